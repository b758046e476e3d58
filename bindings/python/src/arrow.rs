//! Columns for Arrow: the attributions of many texts as flat buffers (one
//! per field, plus the offsets of each text's list), built without a
//! Python object per attribution. The package's Python side wraps them in
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

/// The columns of one attribution list.
#[derive(Default)]
struct Columns {
    ints: [Vec<i64>; 4],
    text: Strings,
    content: Strings,
    kind: Strings,
    speaker: Strings,
    speaker_name: Strings,
    speaker_kind: Strings,
    speaker_role: Strings,
    cue: Strings,
    source: Strings,
    rule: Strings,
    confidence: Vec<f32>,
}

/// The names of the integer columns, in the order of `Columns::ints`.
const INTS: [&str; 4] = ["start", "end", "byte_start", "byte_end"];

impl Columns {
    fn push(&mut self, a: &whosaid::Attribution<'_>, text: &str, off: &Offsets) {
        let q = a.quote();
        let s = q.span();
        for (col, v) in self
            .ints
            .iter_mut()
            .zip([off.at(s.start), off.at(s.end), s.start, s.end])
        {
            col.push(i64::try_from(v).unwrap_or(i64::MAX));
        }
        self.text.push(text.get(s.range()));
        self.content.push(Some(q.content()));
        self.kind.push(Some(name_of(&q.kind())));
        let sp = a.speaker();
        self.speaker.push(sp.map(whosaid::Mention::text));
        self.speaker_name.push(sp.and_then(whosaid::Mention::name));
        self.speaker_kind.push(sp.map(|m| name_of(&m.kind())));
        self.speaker_role.push(sp.and_then(whosaid::Mention::role));
        self.cue.push(a.cue().map(whosaid::Cue::text));
        self.source.push(a.source().map(whosaid::Mention::text));
        self.rule.push(a.rule().map(|r| name_of(&r)));
        self.confidence.push(a.confidence());
    }

    fn append(&mut self, mut other: Columns) {
        for (a, b) in self.ints.iter_mut().zip(std::mem::take(&mut other.ints)) {
            a.extend(b);
        }
        let confidence = std::mem::take(&mut other.confidence);
        for (a, b) in self.strings_mut().into_iter().zip(other.into_strings()) {
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
        self.confidence.extend(confidence);
    }

    fn strings_mut(&mut self) -> [&mut Strings; 10] {
        [
            &mut self.text,
            &mut self.content,
            &mut self.kind,
            &mut self.speaker,
            &mut self.speaker_name,
            &mut self.speaker_kind,
            &mut self.speaker_role,
            &mut self.cue,
            &mut self.source,
            &mut self.rule,
        ]
    }

    fn into_strings(self) -> [Strings; 10] {
        [
            self.text,
            self.content,
            self.kind,
            self.speaker,
            self.speaker_name,
            self.speaker_kind,
            self.speaker_role,
            self.cue,
            self.source,
            self.rule,
        ]
    }
}

/// The names of the string columns, in the order of `Columns::strings_mut`.
const STRINGS: [&str; 10] = [
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

fn le_bytes<T: Copy, const N: usize>(values: &[T], f: impl Fn(T) -> [u8; N]) -> Vec<u8> {
    values.iter().flat_map(|&v| f(v)).collect()
}

/// The attributions of each text of `texts` (a list of `str` or `None`) as
/// raw columns: a dict with "length" (texts), "list_offsets" (int32
/// bytes), "list_validity" (bytes or None) and "list_nulls", and "fields":
/// a list of (name, type, buffers…) for the struct's children.
pub(crate) fn attribute_columns(
    py: Python<'_>,
    attributor: &whosaid::Attributor,
    texts: &Bound<'_, PyList>,
    threads: Option<usize>,
) -> PyResult<PyObject> {
    let mut owned: Vec<Option<String>> = Vec::with_capacity(texts.len());
    for (i, item) in texts.iter().enumerate() {
        if item.is_none() {
            owned.push(None);
            continue;
        }
        let s = item.downcast::<PyString>().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(format!(
                "whosaid.attribute_arrow: element {i} must be a string or null"
            ))
        })?;
        owned.push(Some(s.to_cow()?.into_owned()));
    }
    let keys: Vec<String> = owned
        .iter()
        .map(|t| t.clone().unwrap_or_default())
        .collect();
    let (columns, counts) = py.allow_threads(|| {
        let parts = on_threads(&keys, threads, |t| {
            let off = Offsets::new(t);
            let mut c = Columns::default();
            let mut n = 0i32;
            for a in attributor.attribute(t) {
                c.push(&a, t, &off);
                n += 1;
            }
            (c, n)
        });
        let mut all = Columns::default();
        let mut counts = Vec::with_capacity(parts.len());
        for (c, n) in parts {
            all.append(c);
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
    let Columns {
        ints, confidence, ..
    } = &columns;
    for (name, col) in INTS.iter().zip(ints) {
        let bytes = PyBytes::new_bound(py, &le_bytes(col, i64::to_le_bytes));
        fields.append(PyTuple::new_bound(
            py,
            [name.into_py(py), "int64".into_py(py), bytes.into_py(py)],
        ))?;
    }
    let conf = PyBytes::new_bound(py, &le_bytes(confidence, f32::to_le_bytes));
    fields.append(PyTuple::new_bound(
        py,
        [
            "confidence".into_py(py),
            "float32".into_py(py),
            conf.into_py(py),
        ],
    ))?;
    for (name, col) in STRINGS.iter().zip(columns.into_strings()) {
        let mut col = col;
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
