//! Attribution of a text that arrives in pieces.

use crate::Error;
use crate::attribute::{Attribution, Attributor, Entity, Report, Stored};
use crate::chars::skip_space;
use crate::pipeline::Engine;
use crate::quote::Quote;
use crate::segment::{End, ParagraphScanner};

/// Attributes the quotations of a text fed to it in pieces of any size:
/// each quotation comes out, with its attribution, as soon as no later text
/// can change it (its paragraph, or its chain of paragraphs for a
/// multi-paragraph quotation, is complete).
///
/// Memory stays bounded by the longest paragraph (or chain of paragraphs
/// one quotation runs over, or of quotation-only paragraphs continuing one
/// speaker), the paragraph before it, and the entity table; it does not
/// grow with the length of the text, but the entity table grows with the
/// number of distinct people and bodies named, by about 400 bytes each
/// (a stream over many unrelated articles may start a new stream for
/// each). Offsets are in the whole text, counted from the first byte
/// ever pushed.
///
/// The results equal those of [`crate::attribute`] on the whole text,
/// except for two things that depend on text not yet seen: a mention's
/// [`crate::Mention::name`] is the fullest form of the name *so far*
/// ("Lavrov" until "Sergey Lavrov" appears), and a mention without a role of
/// its own takes its entity's role only if one was seen before.
///
/// # Examples
///
/// ```
/// let first = "\u{201c}We agree,\u{201d} Sergey Lavrov said.\n";
/// let mut stream = whosaid::stream();
/// let mut out = stream.push(first);
/// assert!(out.is_empty(), "the paragraph may go on");
/// out.extend(stream.push("\u{201c}And we will act.\u{201d}\n\nLavrov left."));
/// out.extend(stream.finish());
/// assert_eq!(out.len(), 2);
/// let speaker = out[1].speaker().expect("continues the speaker");
/// assert_eq!(speaker.name(), Some("Sergey Lavrov"));
/// // offsets count from the first byte pushed
/// assert_eq!(out[1].quote().start(), first.len());
/// ```
#[derive(Debug)]
pub struct AttributionStream<'a> {
    attributor: &'a Attributor,
    buffer: String,
    /// Offset of `buffer[0]` in the whole text.
    base: usize,
    /// Where the search for the next paragraph starts in `buffer`.
    next: usize,
    /// The paragraph whose end is not decided yet: its start and where the
    /// search for its end resumes.
    open: Option<(usize, usize)>,
    engine: Engine<'a>,
    /// Quotations found and not yet handed out, with whole-text offsets
    /// (the text before them may be dropped while they wait).
    pending: Vec<Quote<'static>>,
    /// Outcomes of the pending quotations, by index in the whole text.
    results: Vec<(usize, Stored)>,
    /// The index of the first pending quotation in the whole text.
    emitted: usize,
    /// Start (in `buffer`) of the last paragraph fed.
    last: usize,
    /// The first bytes of a character split across [`AttributionStream::push_bytes`]
    /// calls.
    partial: Vec<u8>,
    /// Reports final and not yet taken, when asked for.
    reports: Option<Vec<Report<'static>>>,
}

/// A stream with the default rules; see [`AttributionStream`].
#[must_use]
pub fn stream() -> AttributionStream<'static> {
    Attributor::shared().stream()
}

impl Attributor {
    /// A stream that attributes a text fed in pieces, with these options;
    /// see [`AttributionStream`].
    #[must_use]
    pub fn stream(&self) -> AttributionStream<'_> {
        AttributionStream {
            attributor: self,
            buffer: String::new(),
            base: 0,
            next: 0,
            open: None,
            engine: Engine::new(self, false),
            pending: Vec::new(),
            results: Vec::new(),
            emitted: 0,
            last: 0,
            partial: Vec::new(),
            reports: None,
        }
    }
}

impl AttributionStream<'_> {
    /// Appends `chunk` to the text and returns the quotations that became
    /// final, in document order.
    pub fn push(&mut self, chunk: &str) -> Vec<Attribution<'static>> {
        self.buffer.push_str(chunk);
        let mut out = Vec::new();
        self.advance(false, &mut out);
        out
    }

    /// Appends `chunk`, bytes that should be UTF-8, and returns the
    /// quotations that became final. A character split between two chunks
    /// is put back together.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] with the offset of the first bad byte
    /// (counted from the first byte ever pushed) when `chunk` is not
    /// UTF-8; nothing of `chunk` is taken then, and the stream stays as it
    /// was.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "\u{201c}Bon app\u{e9}tit,\u{201d} said the chef.".as_bytes();
    /// let mut stream = whosaid::stream();
    /// // cut inside the two bytes of "é"
    /// let mut out = stream.push_bytes(&text[..13])?;
    /// out.extend(stream.push_bytes(&text[13..])?);
    /// out.extend(stream.try_finish()?);
    /// assert_eq!(out[0].speaker().map(|s| s.text()), Some("the chef"));
    /// assert!(stream_error_offset(b"ok \xff").is_some_and(|o| o == 3));
    /// # fn stream_error_offset(b: &[u8]) -> Option<usize> {
    /// #     match whosaid::stream().push_bytes(b) {
    /// #         Err(whosaid::Error::InvalidUtf8 { offset }) => Some(offset),
    /// #         _ => None,
    /// #     }
    /// # }
    /// # Ok::<(), whosaid::Error>(())
    /// ```
    pub fn push_bytes(&mut self, chunk: &[u8]) -> Result<Vec<Attribution<'static>>, Error> {
        let start = self.len();
        let mut bytes = std::mem::take(&mut self.partial);
        bytes.extend_from_slice(chunk);
        let (valid, rest) = match std::str::from_utf8(&bytes) {
            Ok(_) => (bytes.len(), 0),
            // a character cut off at the end: keep its bytes for the next
            // chunk
            Err(e) if e.error_len().is_none() => (e.valid_up_to(), bytes.len() - e.valid_up_to()),
            Err(e) => {
                bytes.truncate(bytes.len() - chunk.len());
                self.partial = bytes;
                return Err(Error::InvalidUtf8 {
                    offset: start + e.valid_up_to(),
                });
            }
        };
        // `valid` ends where `from_utf8` found the bytes valid up to, so
        // this never falls back to the empty string
        let text = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let out = self.push(text);
        self.partial = bytes[valid..valid + rest].to_vec();
        Ok(out)
    }

    /// Ends the text and returns the remaining quotations, in document
    /// order. Bytes of a character left incomplete by
    /// [`AttributionStream::push_bytes`] are dropped; use
    /// [`AttributionStream::try_finish`] to be told of them.
    #[must_use]
    pub fn finish(mut self) -> Vec<Attribution<'static>> {
        let mut out = Vec::new();
        self.advance(true, &mut out);
        out
    }

    /// Ends the text like [`AttributionStream::finish`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] when the bytes pushed end inside a character,
    /// with the offset of that character's first byte.
    pub fn try_finish(self) -> Result<Vec<Attribution<'static>>, Error> {
        if !self.partial.is_empty() {
            return Err(Error::InvalidUtf8 { offset: self.len() });
        }
        Ok(self.finish())
    }

    /// How many bytes have been pushed in all.
    #[must_use]
    pub fn len(&self) -> usize {
        self.base + self.buffer.len()
    }

    /// Whether nothing has been pushed yet.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many bytes of the text the stream still holds: the paragraphs
    /// not yet final and the one before them.
    #[must_use]
    pub fn buffered(&self) -> usize {
        self.buffer.len()
    }

    /// Finds reported speech too: every attribution, quoted or not
    /// ([`crate::reports`]), taken with [`AttributionStream::take_reports`]
    /// as its paragraphs become final. The reports equal those of the
    /// whole text, with the same two exceptions as the quotations'.
    ///
    /// ```
    /// let mut stream = whosaid::stream().with_reports();
    /// stream.push("Officials said the talks would resume in May.\n");
    /// stream.push("\u{201c}We are ready,\u{201d} Ann Lee said.\n");
    /// let _ = stream.finish_reports();
    /// ```
    #[must_use]
    pub fn with_reports(mut self) -> Self {
        self.engine.report();
        self.reports.get_or_insert_with(Vec::new);
        self
    }

    /// The reports that became final since the last call, in document
    /// order (none unless the stream was made [`with_reports`]). Take them
    /// as you go: those not taken are kept.
    ///
    /// [`with_reports`]: AttributionStream::with_reports
    pub fn take_reports(&mut self) -> Vec<Report<'static>> {
        self.reports
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Ends the text, and returns its quotations not yet handed out and
    /// its reports not yet taken.
    #[must_use]
    pub fn finish_reports(mut self) -> (Vec<Attribution<'static>>, Vec<Report<'static>>) {
        let mut out = Vec::new();
        self.advance(true, &mut out);
        let reports = self.take_reports();
        (out, reports)
    }

    /// The entities seen so far.
    #[must_use]
    pub fn entities(&self) -> Vec<Entity> {
        self.engine.entities()
    }

    /// Takes every paragraph whose end the text shows (all of them when
    /// `complete`).
    fn advance(&mut self, complete: bool, out: &mut Vec<Attribution<'static>>) {
        let mode = self.attributor.segmenter().line_breaks();
        loop {
            let len = self.buffer.len();
            let (start, search) = self.open.unwrap_or_else(|| {
                let start = skip_space(&self.buffer, self.next, len);
                (start, start)
            });
            if start >= len {
                break;
            }
            let end = ParagraphScanner::new(&self.buffer, mode).end_of(start, search, complete);
            match end {
                End::Open(resume) => {
                    self.open = Some((start, resume));
                    break;
                }
                End::Found(p, next) => {
                    self.open = None;
                    self.next = next;
                    self.last = p.start;
                    let mut found = Vec::new();
                    self.engine.paragraph(
                        &self.buffer,
                        self.base,
                        p,
                        &mut found,
                        &mut self.results,
                    );
                    let base = self.base;
                    self.pending
                        .extend(found.into_iter().map(|q| q.into_owned().shifted(base)));
                    if !self.engine.has_waiting() {
                        let limit = self.engine.first_unsigned();
                        self.emit(out, limit);
                    }
                }
            }
        }
        if complete {
            let mut found = Vec::new();
            self.engine
                .finish(&self.buffer, self.base, &mut found, &mut self.results);
            let base = self.base;
            self.pending
                .extend(found.into_iter().map(|q| q.into_owned().shifted(base)));
            self.emit(out, None);
        }
    }

    /// Hands out the pending quotations before the one at index `limit`
    /// (all of them without one), attributed, and drops the text before
    /// the last paragraph (kept: the next may continue its speaker, or
    /// sign the quotations from `limit` on).
    fn emit(&mut self, out: &mut Vec<Attribution<'static>>, limit: Option<usize>) {
        // the quotations from `limit` on wait for the next paragraph (a
        // signature line may sign them): they and their outcomes stay
        let ready = limit.map_or(self.pending.len(), |l| {
            l.saturating_sub(self.emitted).min(self.pending.len())
        });
        let mut stored: Vec<Option<Stored>> = vec![None; ready];
        let mut waiting = Vec::new();
        for (i, r) in self.results.drain(..) {
            match stored.get_mut(i - self.emitted) {
                Some(slot) => *slot = Some(r),
                None => waiting.push((i, r)),
            }
        }
        self.results = waiting;
        self.emitted += ready;
        for (quote, r) in self.pending.drain(..ready).zip(&stored) {
            let a = self
                .engine
                .attribution(&self.buffer, self.base, quote, r.as_ref());
            out.push(a.into_owned());
        }
        if let Some(reports) = &mut self.reports {
            reports.extend(
                self.engine
                    .take_built_reports_at(&self.buffer, self.base)
                    .into_iter()
                    .map(Report::into_owned),
            );
        }
        // the next paragraph may continue a speaker from further back
        // (and so may an outcome kept for a quotation that waits: one
        // nested in a quotation of the last paragraph, read in the one
        // before)
        let kept = self.results.iter().filter_map(|(_, r)| r.start()).min();
        let referenced = self
            .engine
            .earliest_reference()
            .into_iter()
            .chain(kept)
            .min()
            .map_or(usize::MAX, |r| r.saturating_sub(self.base));
        let drop = self.last.min(referenced);
        self.buffer.drain(..drop);
        self.base += drop;
        self.next -= drop;
        self.last -= drop;
    }
}
