//! Columns for Arrow: the quotations or reports of many texts as flat
//! buffers (one per field, plus the offsets of each text's list), built
//! without a Python object per row. The package's Python side wraps them in
//! a `pyarrow` list-of-struct array without copying them again.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

use crate::{name_of, on_threads, Offsets};

/// A column of optional strings in Arrow's large-string layout.
#[derive(Default)]
struct Strings {
    offsets: Vec<i64>,
    data: Vec<u8>,
    valid: Vec<bool>,
}

impl Strings {
    fn push(&mut self, s: Option<&str>) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        if let Some(s) = s {
            self.data.extend_from_slice(s.as_bytes());
        }
        self.offsets
            .push(i64::try_from(self.data.len()).unwrap_or(i64::MAX));
        self.valid.push(s.is_some());
    }
}

/// Arrow's validity bitmap of `valid` (least significant bit first), and
/// the number of nulls; no bitmap when nothing is null.
fn bitmap(valid: &[bool]) -> (Option<Vec<u8>>, usize) {
    let nulls = valid.iter().filter(|v| !**v).count();
    if nulls == 0 {
        return (None, 0);
    }
    let mut bits = vec![0u8; valid.len().div_ceil(8)];
    for (i, _) in valid.iter().enumerate().filter(|(_, v)| **v) {
        bits[i / 8] |= 1 << (i % 8);
    }
    (Some(bits), nulls)
}

/// The rows of one table: the four offset columns (string indices and
/// bytes of the row's span), its confidence, and one string column per
/// name of the table's kind.
struct Table {
    ints: [Vec<i64>; 4],
    strings: Vec<Strings>,
    confidence: Vec<f32>,
}

/// The names of the integer columns, in the order of `Table::ints`.
const INTS: [&str; 4] = ["start", "end", "byte_start", "byte_end"];

/// The string columns of a quotation's row.
const ATTRIBUTION_STRINGS: &[&str] = &[
    "text",
    "content",
    "kind",
    "speaker",
    "speaker_name",
    "speaker_kind",
    "speaker_role",
    "cue",
    "source",
    "rule",
];

/// The string columns of a report's row.
const REPORT_STRINGS: &[&str] = &[
    "text",
    "content",
    "kind",
    "cue_class",
    "speaker",
    "speaker_name",
    "speaker_kind",
    "speaker_role",
    "cue",
    "source",
    "addressee",
    "rule",
];

/// What separates the fragments of a report's content in its "content"
/// column: a content that "he said" interrupts is one string.
const FRAGMENT_GAP: &str = " \u{2026} ";

impl Table {
    fn new(strings: usize) -> Self {
        Table {
            ints: Default::default(),
            strings: std::iter::repeat_with(Strings::default)
                .take(strings)
                .collect(),
            confidence: Vec::new(),
        }
    }

    /// A row over the bytes `span` of `text`.
    fn push(
        &mut self,
        span: std::ops::Range<usize>,
        off: &Offsets,
        strings: &[Option<&str>],
        confidence: f32,
    ) {
        for (col, v) in
            self.ints
                .iter_mut()
                .zip([off.at(span.start), off.at(span.end), span.start, span.end])
        {
            col.push(i64::try_from(v).unwrap_or(i64::MAX));
        }
        for (col, s) in self.strings.iter_mut().zip(strings) {
            col.push(*s);
        }
        self.confidence.push(confidence);
    }

    fn push_attribution(&mut self, a: &whosaid::Attribution<'_>, text: &str, off: &Offsets) {
        let q = a.quote();
        let s = q.span();
        let [speaker, speaker_name, speaker_kind, speaker_role] = speaker_columns(a.speaker());
        let strings = [
            text.get(s.range()),
            Some(q.content()),
            Some(name_of(&q.kind())),
            speaker,
            speaker_name,
            speaker_kind,
            speaker_role,
            a.cue().map(whosaid::Cue::text),
            a.source().map(whosaid::Mention::text),
            a.rule().map(|r| name_of(&r)),
        ];
        self.push(s.range(), off, &strings, a.confidence());
    }

    /// A report's row spans its content, from the first fragment's start to
    /// the last one's end; "content" joins the fragments.
    fn push_report(&mut self, r: &whosaid::Report<'_>, text: &str, off: &Offsets) {
        let spans = r.content();
        let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
            return;
        };
        let span = first.start..last.end;
        let content = r.content_text().collect::<Vec<_>>().join(FRAGMENT_GAP);
        let [speaker, speaker_name, speaker_kind, speaker_role] = speaker_columns(r.speaker());
        let strings = [
            text.get(span.clone()),
            Some(content.as_str()),
            Some(name_of(&r.kind())),
            Some(name_of(&r.cue_class())),
            speaker,
            speaker_name,
            speaker_kind,
            speaker_role,
            r.cue().map(whosaid::Cue::text),
            r.source().map(whosaid::Mention::text),
            r.addressee().map(whosaid::Mention::text),
            r.rule().map(|x| name_of(&x)),
        ];
        self.push(span, off, &strings, r.confidence());
    }

    fn append(&mut self, mut other: Table) {
        for (a, b) in self.ints.iter_mut().zip(std::mem::take(&mut other.ints)) {
            a.extend(b);
        }
        self.confidence.extend(other.confidence);
        for (a, b) in self.strings.iter_mut().zip(other.strings) {
            let base = a.data.len();
            if a.offsets.is_empty() {
                a.offsets.push(0);
            }
            a.data.extend(b.data);
            let shift = i64::try_from(base).unwrap_or(i64::MAX);
            a.offsets
                .extend(b.offsets.iter().skip(1).map(|o| o + shift));
            a.valid.extend(b.valid);
        }
    }
}

/// The speaker's columns: as written, canonical name, kind and role.
fn speaker_columns<'a>(sp: Option<&'a whosaid::Mention<'a>>) -> [Option<&'a str>; 4] {
    [
        sp.map(whosaid::Mention::text),
        sp.and_then(whosaid::Mention::name),
        sp.map(|m| name_of(&m.kind())),
        sp.and_then(whosaid::Mention::role),
    ]
}

/// What a table's rows are.
#[derive(Clone, Copy)]
pub(crate) enum Rows {
    /// One row per quotation (`whosaid.attribute_arrow`).
    Quotations,
    /// One row per report, quoted or not (`whosaid.attributions_arrow`).
    Reports,
}

impl Rows {
    /// The names of a row's fields, in the order `columns` gives them:
    /// the offsets, the confidence, then the strings.
    pub(crate) fn fields(self) -> Vec<&'static str> {
        INTS.iter()
            .copied()
            .chain(["confidence"])
            .chain(self.strings().iter().copied())
            .collect()
    }

    fn strings(self) -> &'static [&'static str] {
        match self {
            Rows::Quotations => ATTRIBUTION_STRINGS,
            Rows::Reports => REPORT_STRINGS,
        }
    }

    fn caller(self) -> &'static str {
        match self {
            Rows::Quotations => "whosaid.attribute_arrow",
            Rows::Reports => "whosaid.attributions_arrow",
        }
    }
}

fn le_bytes<T: Copy, const N: usize>(values: &[T], f: impl Fn(T) -> [u8; N]) -> Vec<u8> {
    values.iter().flat_map(|&v| f(v)).collect()
}

/// The rows (quotations or reports) of each text of `texts` (a list of
/// `str` or `None`) as raw columns: a dict with "length" (texts),
/// "list_offsets" (int32 bytes), "list_validity" (bytes or None),
/// "list_nulls" and "count" (rows), and "fields": a list of (name, type,
/// buffers…) for the struct's children.
pub(crate) fn columns(
    py: Python<'_>,
    attributor: &whosaid::Attributor,
    texts: &Bound<'_, PyList>,
    threads: Option<usize>,
    rows: Rows,
) -> PyResult<PyObject> {
    let mut owned: Vec<Option<String>> = Vec::with_capacity(texts.len());
    for (i, item) in texts.iter().enumerate() {
        if item.is_none() {
            owned.push(None);
            continue;
        }
        let s = item.downcast::<PyString>().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(format!(
                "{}: element {i} must be a string or null",
                rows.caller()
            ))
        })?;
        owned.push(Some(s.to_cow()?.into_owned()));
    }
    let keys: Vec<String> = owned
        .iter()
        .map(|t| t.clone().unwrap_or_default())
        .collect();
    let names = rows.strings();
    let (table, counts) = py.allow_threads(|| {
        let parts = on_threads(&keys, threads, |t| {
            let off = Offsets::new(t);
            let mut table = Table::new(names.len());
            match rows {
                Rows::Quotations => {
                    for a in attributor.attribute(t) {
                        table.push_attribution(&a, t, &off);
                    }
                }
                Rows::Reports => {
                    for r in attributor.reports(t) {
                        table.push_report(&r, t, &off);
                    }
                }
            }
            let n = i32::try_from(table.confidence.len()).unwrap_or(i32::MAX);
            (table, n)
        });
        let mut all = Table::new(names.len());
        let mut counts = Vec::with_capacity(parts.len());
        for (table, n) in parts {
            all.append(table);
            counts.push(n);
        }
        (all, counts)
    });
    let d = PyDict::new_bound(py);
    d.set_item("length", owned.len())?;
    let mut offsets = Vec::with_capacity(counts.len() + 1);
    offsets.push(0i32);
    let mut total = 0i32;
    for n in &counts {
        total += n;
        offsets.push(total);
    }
    d.set_item(
        "list_offsets",
        PyBytes::new_bound(py, &le_bytes(&offsets, i32::to_le_bytes)),
    )?;
    let valid: Vec<bool> = owned.iter().map(Option::is_some).collect();
    let (bits, nulls) = bitmap(&valid);
    d.set_item("list_validity", bits.map(|b| PyBytes::new_bound(py, &b)))?;
    d.set_item("list_nulls", nulls)?;
    d.set_item("count", total)?;
    let fields = PyList::empty_bound(py);
    let Table {
        ints,
        strings,
        confidence,
    } = table;
    for (name, col) in INTS.iter().zip(&ints) {
        let bytes = PyBytes::new_bound(py, &le_bytes(col, i64::to_le_bytes));
        fields.append(PyTuple::new_bound(
            py,
            [name.into_py(py), "int64".into_py(py), bytes.into_py(py)],
        ))?;
    }
    let conf = PyBytes::new_bound(py, &le_bytes(&confidence, f32::to_le_bytes));
    fields.append(PyTuple::new_bound(
        py,
        [
            "confidence".into_py(py),
            "float32".into_py(py),
            conf.into_py(py),
        ],
    ))?;
    for (name, mut col) in names.iter().zip(strings) {
        if col.offsets.is_empty() {
            col.offsets.push(0);
        }
        let (bits, nulls) = bitmap(&col.valid);
        fields.append(PyTuple::new_bound(
            py,
            [
                name.into_py(py),
                "large_string".into_py(py),
                PyBytes::new_bound(py, &le_bytes(&col.offsets, i64::to_le_bytes)).into_py(py),
                PyBytes::new_bound(py, &col.data).into_py(py),
                bits.map(|b| PyBytes::new_bound(py, &b).into_py(py))
                    .into_py(py),
                nulls.into_py(py),
            ],
        ))?;
    }
    d.set_item("fields", fields)?;
    Ok(d.into_any().unbind())
}
