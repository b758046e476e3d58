//! Python bindings of whosaid: the crate's own results, with offsets turned
//! into Python string indices (code points) beside the UTF-8 byte offsets.
//!
//! Every result is built in Rust from the library's types, on worker
//! threads for batches with the GIL released, and handed to Python as typed
//! objects with a `to_dict()` in the form of the examples' JSON.

// pyo3's #[pymethods] expansion converts each error into itself
#![allow(clippy::useless_conversion)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

mod arrow;

/// Byte offsets of one text to code-point offsets.
///
/// ASCII text needs nothing. Otherwise the number of code points before
/// every 64th byte is kept, and the rest counted on demand: at most 63
/// bytes, and memory a sixteenth of the text's.
struct Offsets<'t> {
    text: &'t [u8],
    /// Code points before byte `64 * k`, for non-ASCII text.
    blocks: Option<Vec<u32>>,
}

/// The bytes between two checkpoints of [`Offsets`].
const BLOCK: usize = 64;

/// Whether a byte starts a code point (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

impl<'t> Offsets<'t> {
    fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return Offsets {
                text: bytes,
                blocks: None,
            };
        }
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| starts_char(b)).count() as u32;
        }
        blocks.push(count);
        Offsets {
            text: bytes,
            blocks: Some(blocks),
        }
    }

    fn at(&self, byte: usize) -> usize {
        let Some(blocks) = &self.blocks else {
            return byte;
        };
        let byte = byte.min(self.text.len());
        let k = byte / BLOCK;
        let base = blocks.get(k).copied().unwrap_or(0) as usize;
        base + self.text[k * BLOCK..byte]
            .iter()
            .filter(|&&b| starts_char(b))
            .count()
    }
}

/// The name of an enum value in the crate's serde form ("direct",
/// "trailing_speaker_cue"), looked up once per value and thread: the names
/// are few, and a batch asks for them for every quotation.
fn name_of<T: serde::Serialize + std::hash::Hash + 'static>(value: &T) -> &'static str {
    use std::hash::Hasher;
    thread_local! {
        static NAMES: std::cell::RefCell<std::collections::HashMap<(std::any::TypeId, u64), &'static str>> =
            std::cell::RefCell::default();
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    let key = (std::any::TypeId::of::<T>(), h.finish());
    NAMES.with(|names| {
        *names.borrow_mut().entry(key).or_insert_with(|| {
            let name = match serde_json::to_value(value) {
                Ok(serde_json::Value::String(s)) => s,
                Ok(other) => other.to_string(),
                Err(_) => String::new(),
            };
            // a few dozen names in all, kept for the life of the process
            Box::leak(name.into_boxed_str())
        })
    })
}

/// A confidence as Python shows it: the shortest decimal that is the
/// `f32` (0.97, not 0.9700000286102295), as the crate's JSON writes it.
fn confidence(c: f32) -> f64 {
    c.to_string().parse().unwrap_or(f64::from(c))
}

/// An optional string as Python writes it: quoted, or `None`.
fn py_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| format!("{s:?}"))
}

/// Sets `key` of `dict` to `value`.
fn put<'py, V: IntoPy<PyObject>>(dict: &Bound<'py, PyDict>, key: &str, value: V) -> PyResult<()> {
    dict.set_item(key, value.into_py(dict.py()))
}

/// A sentence: its text and offsets.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Sentence {
    /// Offset of its first character in the text (a Python index).
    start: usize,
    /// Offset after its last character.
    end: usize,
    /// The same as UTF-8 byte offsets.
    byte_start: usize,
    byte_end: usize,
    text: String,
}

/// `{"start", "end", "byte_start", "byte_end", "text"}` of a span, its
/// offsets in that order: the dictionary of a sentence and of a fragment.
fn span_dict<'py>(
    py: Python<'py>,
    [start, end, byte_start, byte_end]: [usize; 4],
    text: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new_bound(py);
    put(&d, "start", start)?;
    put(&d, "end", end)?;
    put(&d, "byte_start", byte_start)?;
    put(&d, "byte_end", byte_end)?;
    put(&d, "text", text)?;
    Ok(d)
}

#[pymethods]
impl Sentence {
    /// `{"start", "end", "byte_start", "byte_end", "text"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        span_dict(
            py,
            [self.start, self.end, self.byte_start, self.byte_end],
            &self.text,
        )
    }

    fn __repr__(&self) -> String {
        format!("Sentence({}..{}, {:?})", self.start, self.end, self.text)
    }
}

/// A quotation: its span with the marks, its content, kind and nesting.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Quote {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    /// The quotation with its marks.
    text: String,
    /// Between the marks.
    content: String,
    content_start: usize,
    content_end: usize,
    /// "direct", "partial" or "term".
    kind: &'static str,
    /// The mark convention ("straight", "curly", …).
    style: &'static str,
    closed: bool,
    depth: usize,
    /// Index of the quotation holding this one.
    parent: Option<usize>,
}

impl Quote {
    fn new(q: &whosaid::Quote<'_>, text: &str, off: &Offsets) -> Self {
        let span = q.span();
        let content = q.content_span();
        Quote {
            start: off.at(span.start),
            end: off.at(span.end),
            byte_start: span.start,
            byte_end: span.end,
            text: text.get(span.range()).unwrap_or("").to_owned(),
            content: q.content().to_owned(),
            content_start: off.at(content.start),
            content_end: off.at(content.end),
            kind: name_of(&q.kind()),
            style: name_of(&q.style()),
            closed: q.is_closed(),
            depth: q.depth(),
            parent: q.parent(),
        }
    }

    fn fill(&self, d: &Bound<'_, PyDict>) -> PyResult<()> {
        put(d, "start", self.start)?;
        put(d, "end", self.end)?;
        put(d, "byte_start", self.byte_start)?;
        put(d, "byte_end", self.byte_end)?;
        put(d, "content", self.content.clone())?;
        put(d, "content_start", self.content_start)?;
        put(d, "content_end", self.content_end)?;
        put(d, "kind", self.kind)?;
        put(d, "style", self.style)?;
        put(d, "closed", self.closed)?;
        put(d, "depth", self.depth)?;
        put(d, "parent", self.parent)
    }
}

#[pymethods]
impl Quote {
    /// The examples' JSON form of a quotation.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        self.fill(&d)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Quote({}..{}, {:?})", self.start, self.end, self.text)
    }
}

/// A phrase naming a speaker, source or addressee.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Mention {
    /// As written ("He", "Russian Foreign Minister Sergey Lavrov").
    text: String,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    /// The canonical name of the entity it refers to.
    name: Option<String>,
    /// "person", "organization", "pronoun" or "description".
    kind: &'static str,
    role: Option<String>,
    /// Index into the run's entities.
    entity: Option<usize>,
}

impl Mention {
    fn new(m: &whosaid::Mention<'_>, off: &Offsets) -> Self {
        let s = m.span();
        Mention {
            text: m.text().to_owned(),
            start: off.at(s.start),
            end: off.at(s.end),
            byte_start: s.start,
            byte_end: s.end,
            name: m.name().map(str::to_owned),
            kind: name_of(&m.kind()),
            role: m.role().map(str::to_owned),
            entity: m.entity(),
        }
    }
}

#[pymethods]
impl Mention {
    /// `{"text", "start", "end", "byte_start", "byte_end", "name", "kind",
    /// "role"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        put(&d, "text", self.text.clone())?;
        put(&d, "start", self.start)?;
        put(&d, "end", self.end)?;
        put(&d, "byte_start", self.byte_start)?;
        put(&d, "byte_end", self.byte_end)?;
        put(&d, "name", self.name.clone())?;
        put(&d, "kind", self.kind)?;
        put(&d, "role", self.role.clone())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention({:?}, name={})",
            self.text,
            py_opt(self.name.as_deref())
        )
    }
}

/// The reporting verb or phrase.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Cue {
    text: String,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

impl Cue {
    fn new(c: &whosaid::Cue<'_>, off: &Offsets) -> Self {
        let s = c.span();
        Cue {
            text: c.text().to_owned(),
            start: off.at(s.start),
            end: off.at(s.end),
            byte_start: s.start,
            byte_end: s.end,
        }
    }
}

#[pymethods]
impl Cue {
    /// `{"text", "start", "end", "byte_start", "byte_end"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        put(&d, "text", self.text.clone())?;
        put(&d, "start", self.start)?;
        put(&d, "end", self.end)?;
        put(&d, "byte_start", self.byte_start)?;
        put(&d, "byte_end", self.byte_end)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Cue({:?})", self.text)
    }
}

/// The dictionary of an optional mention or cue.
fn opt_dict<'py, T>(
    py: Python<'py>,
    value: &Option<T>,
    f: impl Fn(&T, Python<'py>) -> PyResult<Bound<'py, PyDict>>,
) -> PyResult<PyObject> {
    Ok(match value {
        Some(v) => f(v, py)?.into_any().unbind(),
        None => py.None(),
    })
}

/// A quotation with its speaker, cue, source, addressee, confidence and
/// rule.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Attribution {
    quote: Quote,
    speaker: Option<Mention>,
    cue: Option<Cue>,
    source: Option<Mention>,
    addressee: Option<Mention>,
    confidence: f64,
    rule: Option<&'static str>,
}

impl Attribution {
    fn new(a: &whosaid::Attribution<'_>, text: &str, off: &Offsets) -> Self {
        Attribution {
            quote: Quote::new(a.quote(), text, off),
            speaker: a.speaker().map(|m| Mention::new(m, off)),
            cue: a.cue().map(|c| Cue::new(c, off)),
            source: a.source().map(|m| Mention::new(m, off)),
            addressee: a.addressee().map(|m| Mention::new(m, off)),
            confidence: confidence(a.confidence()),
            rule: a.rule().map(|r| name_of(&r)),
        }
    }
}

#[pymethods]
impl Attribution {
    /// The examples' JSON form: the quotation's fields, then "speaker",
    /// "cue", "source", "addressee", "confidence" and "rule".
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        self.quote.fill(&d)?;
        put(
            &d,
            "speaker",
            opt_dict(py, &self.speaker, Mention::to_dict)?,
        )?;
        put(&d, "cue", opt_dict(py, &self.cue, Cue::to_dict)?)?;
        put(&d, "source", opt_dict(py, &self.source, Mention::to_dict)?)?;
        put(
            &d,
            "addressee",
            opt_dict(py, &self.addressee, Mention::to_dict)?,
        )?;
        put(&d, "confidence", self.confidence)?;
        put(&d, "rule", self.rule)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Attribution({:?}, speaker={})",
            self.quote.text,
            py_opt(self.speaker.as_ref().map(|s| s.text.as_str()))
        )
    }
}

/// One span of a report's content.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Fragment {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: String,
}

#[pymethods]
impl Fragment {
    /// `{"start", "end", "byte_start", "byte_end", "text"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        span_dict(
            py,
            [self.start, self.end, self.byte_start, self.byte_end],
            &self.text,
        )
    }

    fn __repr__(&self) -> String {
        format!("Fragment({}..{}, {:?})", self.start, self.end, self.text)
    }
}

/// One attribution, quoted or reported: who said, thought or found what.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Report {
    /// What was reported, one fragment or more.
    content: Vec<Fragment>,
    /// "direct", "mixed" or "indirect".
    kind: &'static str,
    speaker: Option<Mention>,
    cue: Option<Cue>,
    /// "speech", "thought" or "evidence".
    cue_class: &'static str,
    source: Option<Mention>,
    addressee: Option<Mention>,
    confidence: f64,
    rule: Option<&'static str>,
}

impl Report {
    fn new(r: &whosaid::Report<'_>, off: &Offsets) -> Self {
        Report {
            content: r
                .content()
                .iter()
                .zip(r.content_text())
                .map(|(s, t)| Fragment {
                    start: off.at(s.start),
                    end: off.at(s.end),
                    byte_start: s.start,
                    byte_end: s.end,
                    text: t.to_owned(),
                })
                .collect(),
            kind: name_of(&r.kind()),
            speaker: r.speaker().map(|m| Mention::new(m, off)),
            cue: r.cue().map(|c| Cue::new(c, off)),
            cue_class: name_of(&r.cue_class()),
            source: r.source().map(|m| Mention::new(m, off)),
            addressee: r.addressee().map(|m| Mention::new(m, off)),
            confidence: confidence(r.confidence()),
            rule: r.rule().map(|x| name_of(&x)),
        }
    }
}

#[pymethods]
impl Report {
    /// The `attributions` example's JSON form: "content" (a list of
    /// fragments), "kind", "speaker", "cue", "cue_class", "source",
    /// "addressee", "confidence", "rule".
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        let content = PyList::empty_bound(py);
        for f in &self.content {
            content.append(f.to_dict(py)?)?;
        }
        put(&d, "content", content.unbind())?;
        put(&d, "kind", self.kind)?;
        put(
            &d,
            "speaker",
            opt_dict(py, &self.speaker, Mention::to_dict)?,
        )?;
        put(&d, "cue", opt_dict(py, &self.cue, Cue::to_dict)?)?;
        put(&d, "cue_class", self.cue_class)?;
        put(&d, "source", opt_dict(py, &self.source, Mention::to_dict)?)?;
        put(
            &d,
            "addressee",
            opt_dict(py, &self.addressee, Mention::to_dict)?,
        )?;
        put(&d, "confidence", self.confidence)?;
        put(&d, "rule", self.rule)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let content: Vec<&str> = self.content.iter().map(|f| f.text.as_str()).collect();
        format!(
            "Report({}, speaker={}, content={:?})",
            self.kind,
            py_opt(self.speaker.as_ref().map(|s| s.text.as_str())),
            content
        )
    }
}

/// A person or organisation the speakers refer to.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Entity {
    name: String,
    kind: &'static str,
    role: Option<String>,
}

#[pymethods]
impl Entity {
    /// `{"name", "kind", "role"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        put(&d, "name", self.name.clone())?;
        put(&d, "kind", self.kind)?;
        put(&d, "role", self.role.clone())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Entity({:?})", self.name)
    }
}

/// One speaker of a document with the indices of their quotations.
#[pyclass(module = "whosaid", get_all, frozen)]
#[derive(Clone)]
pub struct Speaker {
    name: String,
    kind: &'static str,
    role: Option<String>,
    entity: Option<usize>,
    /// Indices into the document's attributions.
    quotes: Vec<usize>,
}

#[pymethods]
impl Speaker {
    /// `{"name", "kind", "role", "entity", "quotes"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        put(&d, "name", self.name.clone())?;
        put(&d, "kind", self.kind)?;
        put(&d, "role", self.role.clone())?;
        put(&d, "entity", self.entity)?;
        put(&d, "quotes", self.quotes.clone())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Speaker({:?}, {} quotes)", self.name, self.quotes.len())
    }
}

fn entities(list: &[whosaid::Entity]) -> Vec<Entity> {
    list.iter()
        .map(|e| Entity {
            name: e.name().to_owned(),
            kind: name_of(&e.kind()),
            role: e.role().map(str::to_owned),
        })
        .collect()
}

/// A text analysed at once: sentences, attributions, reports, entities,
/// and who was quoted.
#[pyclass(module = "whosaid", get_all, frozen)]
pub struct Document {
    text: Py<PyString>,
    sentences: Vec<Sentence>,
    attributions: Vec<Attribution>,
    reports: Vec<Report>,
    entities: Vec<Entity>,
    speakers: Vec<Speaker>,
}

/// What a `Document` holds, built without the GIL.
struct DocumentParts {
    sentences: Vec<Sentence>,
    attributions: Vec<Attribution>,
    reports: Vec<Report>,
    entities: Vec<Entity>,
    speakers: Vec<Speaker>,
}

fn document_parts(attributor: &whosaid::Attributor, text: &str) -> DocumentParts {
    let off = Offsets::new(text);
    let doc = attributor.document(text);
    DocumentParts {
        sentences: doc
            .sentences()
            .iter()
            .map(|s| Sentence {
                start: off.at(s.start()),
                end: off.at(s.end()),
                byte_start: s.start(),
                byte_end: s.end(),
                text: s.as_str().to_owned(),
            })
            .collect(),
        attributions: doc
            .attributions()
            .iter()
            .map(|a| Attribution::new(a, text, &off))
            .collect(),
        reports: doc.reports().iter().map(|r| Report::new(r, &off)).collect(),
        entities: entities(doc.entities()),
        speakers: doc
            .speakers()
            .iter()
            .map(|s| Speaker {
                name: s.name().to_owned(),
                kind: name_of(&s.kind()),
                role: s.role().map(str::to_owned),
                entity: s.entity(),
                quotes: s.quotes().to_vec(),
            })
            .collect(),
    }
}

#[pymethods]
impl Document {
    /// Analyses `text` with the default options, or `attributor`'s.
    #[new]
    #[pyo3(signature = (text, attributor = None))]
    fn py_new(
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        attributor: Option<&Attributor>,
    ) -> PyResult<Self> {
        let s = text_arg("Document", text)?;
        let owned = s.to_cow()?.into_owned();
        let shared = whosaid::Attributor::default();
        let a = attributor.map_or(&shared, |a| &a.inner);
        let parts = py.allow_threads(|| document_parts(a, &owned));
        Ok(Document {
            text: s.clone().unbind(),
            sentences: parts.sentences,
            attributions: parts.attributions,
            reports: parts.reports,
            entities: parts.entities,
            speakers: parts.speakers,
        })
    }

    /// `{"sentences", "attributions", "reports", "entities", "speakers"}`,
    /// each a list of dictionaries.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new_bound(py);
        macro_rules! list {
            ($key:literal, $items:expr) => {{
                let l = PyList::empty_bound(py);
                for x in $items {
                    l.append(x.to_dict(py)?)?;
                }
                put(&d, $key, l.unbind())?;
            }};
        }
        list!("sentences", &self.sentences);
        list!("attributions", &self.attributions);
        list!("reports", &self.reports);
        list!("entities", &self.entities);
        list!("speakers", &self.speakers);
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Document({} sentences, {} quotations, {} reports)",
            self.sentences.len(),
            self.attributions.len(),
            self.reports.len()
        )
    }
}

/// The text argument as a Python string, or a `TypeError` naming the
/// function and the type given.
fn text_arg<'a, 'py>(
    what: &str,
    text: &'a Bound<'py, PyAny>,
) -> PyResult<&'a Bound<'py, PyString>> {
    text.downcast::<PyString>().map_err(|_| {
        let ty = text
            .get_type()
            .name()
            .map_or_else(|_| "?".to_owned(), |n| n.to_string());
        PyTypeError::new_err(format!("whosaid.{what}: text must be str, not {ty}"))
    })
}

/// Texts of a batch as owned strings, or a `TypeError` naming the first
/// that is not a `str`.
fn texts_arg(what: &str, texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for (i, item) in texts.iter()?.enumerate() {
        let item = item?;
        let s = item.downcast::<PyString>().map_err(|_| {
            let ty = item
                .get_type()
                .name()
                .map_or_else(|_| "?".to_owned(), |n| n.to_string());
            PyTypeError::new_err(format!("whosaid.{what}: texts[{i}] must be str, not {ty}"))
        })?;
        out.push(s.to_cow()?.into_owned());
    }
    Ok(out)
}

/// Runs `f` on each text, on `threads` threads (all cores when `None`), in
/// the order of `texts`.
fn on_threads<T: Send>(
    texts: &[String],
    threads: Option<usize>,
    f: impl Fn(&str) -> T + Sync,
) -> Vec<T> {
    let n = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .max(1)
        .min(texts.len().max(1));
    if n == 1 {
        return texts.iter().map(|t| f(t)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(texts.len()).collect();
    let done: Vec<Vec<(usize, T)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..n)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(t) = texts.get(k) else { break };
                        mine.push((k, f(t)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    for (k, r) in done.into_iter().flatten() {
        slots[k] = Some(r);
    }
    slots.into_iter().flatten().collect()
}

/// Options of the analysis, as keyword arguments: extra reporting verbs
/// or phrases (`cues`), how a single line break is read (`line_breaks`:
/// "auto", "hard" or "soft"), whether a quotation standing alone continues
/// the speaker before it (`continuation`), and rules to switch off
/// (`disabled_rules`, by their names: "sentence_subject").
#[pyclass(module = "whosaid", frozen)]
pub struct Attributor {
    inner: whosaid::Attributor,
}

fn rule_named(name: &str) -> PyResult<whosaid::Rule> {
    whosaid::Rule::all()
        .chain(whosaid::Rule::reported())
        .find(|r| name_of(r) == name)
        .ok_or_else(|| PyValueError::new_err(format!("whosaid.Attributor: no rule named {name:?}")))
}

#[pymethods]
impl Attributor {
    #[new]
    #[pyo3(signature = (*, cues = Vec::new(), line_breaks = "auto", continuation = true, disabled_rules = Vec::new()))]
    fn py_new(
        cues: Vec<String>,
        line_breaks: &str,
        continuation: bool,
        disabled_rules: Vec<String>,
    ) -> PyResult<Self> {
        let lb = match line_breaks {
            "auto" => whosaid::LineBreaks::Auto,
            "hard" => whosaid::LineBreaks::Hard,
            "soft" => whosaid::LineBreaks::Soft,
            other => {
                return Err(PyValueError::new_err(format!(
                    "whosaid.Attributor: line_breaks is \"auto\", \"hard\" or \"soft\", not {other:?}"
                )));
            }
        };
        let segmenter = whosaid::Segmenter::builder()
            .line_breaks(lb)
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let mut b = whosaid::Attributor::builder();
        b.segmenter(segmenter).continuation(continuation);
        for c in &cues {
            b.cue(c);
        }
        for r in &disabled_rules {
            b.rule(rule_named(r)?, false);
        }
        let inner = b
            .build()
            .map_err(|e| PyValueError::new_err(format!("whosaid.Attributor: {e}")))?;
        Ok(Attributor { inner })
    }

    /// Every quotation of `text` with its attribution.
    fn attribute(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Attribution>> {
        let s = text_arg("Attributor.attribute", text)?
            .to_cow()?
            .into_owned();
        Ok(py.allow_threads(|| attribute_one(&self.inner, &s)))
    }

    /// Every attribution of `text`, quoted or reported.
    fn attributions(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Report>> {
        let s = text_arg("Attributor.attributions", text)?
            .to_cow()?
            .into_owned();
        Ok(py.allow_threads(|| reports_one(&self.inner, &s)))
    }

    /// A `Document` of `text` with these options.
    fn document(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Document> {
        Document::py_new(py, text, Some(self))
    }

    /// `attribute` on each text, on `threads` threads (all cores by
    /// default), the GIL released; results in the order of `texts`.
    #[pyo3(signature = (texts, threads = None))]
    fn attribute_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Vec<Attribution>>> {
        let texts = texts_arg("Attributor.attribute_many", texts)?;
        Ok(py.allow_threads(|| on_threads(&texts, threads, |t| attribute_one(&self.inner, t))))
    }

    /// `attributions` on each text, in parallel, in order.
    #[pyo3(signature = (texts, threads = None))]
    fn attributions_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Vec<Report>>> {
        let texts = texts_arg("Attributor.attributions_many", texts)?;
        Ok(py.allow_threads(|| on_threads(&texts, threads, |t| reports_one(&self.inner, t))))
    }

    /// The raw Arrow columns of the attributions of `texts` (a list of
    /// `str` or `None`), for `whosaid.attribute_arrow`.
    #[pyo3(signature = (texts, threads = None))]
    fn _attribute_columns(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyList>,
        threads: Option<usize>,
    ) -> PyResult<PyObject> {
        arrow::columns(py, &self.inner, texts, threads, arrow::Rows::Quotations)
    }

    /// The raw Arrow columns of the reports of `texts` (a list of `str` or
    /// `None`), for `whosaid.attributions_arrow`.
    #[pyo3(signature = (texts, threads = None))]
    fn _report_columns(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyList>,
        threads: Option<usize>,
    ) -> PyResult<PyObject> {
        arrow::columns(py, &self.inner, texts, threads, arrow::Rows::Reports)
    }
}

fn attribute_one(attributor: &whosaid::Attributor, text: &str) -> Vec<Attribution> {
    let off = Offsets::new(text);
    attributor
        .attribute(text)
        .map(|a| Attribution::new(&a, text, &off))
        .collect()
}

fn reports_one(attributor: &whosaid::Attributor, text: &str) -> Vec<Report> {
    let off = Offsets::new(text);
    attributor
        .reports(text)
        .map(|r| Report::new(&r, &off))
        .collect()
}

thread_local! {
    static DEFAULT: whosaid::Attributor = whosaid::Attributor::default();
}

/// The sentences of `text`.
#[pyfunction]
fn sentences(text: &Bound<'_, PyAny>) -> PyResult<Vec<Sentence>> {
    let s = text_arg("sentences", text)?.to_cow()?;
    let off = Offsets::new(&s);
    Ok(whosaid::sentences(&s)
        .map(|x| Sentence {
            start: off.at(x.start()),
            end: off.at(x.end()),
            byte_start: x.start(),
            byte_end: x.end(),
            text: x.as_str().to_owned(),
        })
        .collect())
}

/// Every quotation of `text`.
#[pyfunction]
fn quotes(text: &Bound<'_, PyAny>) -> PyResult<Vec<Quote>> {
    let s = text_arg("quotes", text)?.to_cow()?;
    let off = Offsets::new(&s);
    Ok(whosaid::quotes(&s)
        .map(|q| Quote::new(&q, &s, &off))
        .collect())
}

/// Every quotation of `text` with its attribution, with the default
/// options.
#[pyfunction]
fn attribute(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Attribution>> {
    let s = text_arg("attribute", text)?.to_cow()?.into_owned();
    Ok(py.allow_threads(|| DEFAULT.with(|a| attribute_one(a, &s))))
}

/// Every attribution of `text`, quoted or reported, with the default
/// options.
#[pyfunction]
fn attributions(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Report>> {
    let s = text_arg("attributions", text)?.to_cow()?.into_owned();
    Ok(py.allow_threads(|| DEFAULT.with(|a| reports_one(a, &s))))
}

/// `attribute` on each text in parallel, in order.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn attribute_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<Vec<Attribution>>> {
    let texts = texts_arg("attribute_many", texts)?;
    let a = whosaid::Attributor::default();
    Ok(py.allow_threads(|| on_threads(&texts, threads, |t| attribute_one(&a, t))))
}

/// `attributions` on each text in parallel, in order.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn attributions_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<Vec<Report>>> {
    let texts = texts_arg("attributions_many", texts)?;
    let a = whosaid::Attributor::default();
    Ok(py.allow_threads(|| on_threads(&texts, threads, |t| reports_one(&a, t))))
}

/// Seconds the crate itself takes to attribute every text of `texts` on
/// one thread, `rounds` times (the best round), building no Python
/// object: the baseline of the package's benchmark.
#[pyfunction]
#[pyo3(signature = (texts, rounds = 3))]
fn _rust_seconds(py: Python<'_>, texts: &Bound<'_, PyAny>, rounds: usize) -> PyResult<f64> {
    let texts = texts_arg("_rust_seconds", texts)?;
    let a = whosaid::Attributor::default();
    Ok(py.allow_threads(|| {
        (0..rounds.max(1))
            .map(|_| {
                let start = std::time::Instant::now();
                let n: usize = texts.iter().map(|t| a.attribute(t).count()).sum();
                std::hint::black_box(n);
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    }))
}

#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Sentence>()?;
    m.add_class::<Quote>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Cue>()?;
    m.add_class::<Attribution>()?;
    m.add_class::<Fragment>()?;
    m.add_class::<Report>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Speaker>()?;
    m.add_class::<Document>()?;
    m.add_class::<Attributor>()?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(quotes, m)?)?;
    m.add_function(wrap_pyfunction!(attribute, m)?)?;
    m.add_function(wrap_pyfunction!(attributions, m)?)?;
    m.add_function(wrap_pyfunction!(attribute_many, m)?)?;
    m.add_function(wrap_pyfunction!(attributions_many, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_seconds, m)?)?;
    m.add(
        "ARROW_FIELDS",
        PyTuple::new_bound(m.py(), arrow::Rows::Quotations.fields()),
    )?;
    m.add(
        "REPORT_ARROW_FIELDS",
        PyTuple::new_bound(m.py(), arrow::Rows::Reports.fields()),
    )?;
    Ok(())
}
