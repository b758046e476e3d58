//! Attribution of a text that arrives in pieces.

use crate::Span;
use crate::attribute::{Attribution, Attributor, Entity, Outcome, Pass};
use crate::quote::{Quote, QuoteKind, QuotePairer};
use crate::segment::chars::skip_space;
use crate::segment::{End, ParagraphScanner, ParagraphSplitter};

/// Attributes the quotations of a text fed to it in pieces of any size:
/// each quotation comes out, with its attribution, as soon as no later text
/// can change it (its paragraph, or its chain of paragraphs for a
/// multi-paragraph quotation, is complete).
///
/// Memory stays bounded by the longest paragraph (or chain of paragraphs
/// one quotation runs over), the paragraph before it, and the entity table;
/// it does not grow with the length of the text. Offsets are in the whole
/// text, counted from the first byte ever pushed.
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
    pairer: QuotePairer,
    pass: Pass<'a>,
    /// Complete paragraphs waiting for their quotation chain to close, with
    /// their sentences.
    waiting: Vec<(Span, Vec<Span>)>,
    /// Quotations found and not yet attributed, with `buffer` offsets.
    pending: Vec<Quote<'static>>,
    /// The index of the first pending quotation in the whole text.
    emitted: usize,
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
            pairer: QuotePairer::default(),
            pass: Pass::new(self),
            waiting: Vec::new(),
            pending: Vec::new(),
            emitted: 0,
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

    /// Ends the text and returns the remaining quotations, in document
    /// order.
    #[must_use]
    pub fn finish(mut self) -> Vec<Attribution<'static>> {
        let mut out = Vec::new();
        self.advance(true, &mut out);
        out
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

    /// The entities seen so far.
    #[must_use]
    pub fn entities(&self) -> Vec<Entity> {
        self.pass.entities()
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
                    self.paragraph(p, out);
                }
            }
        }
        if complete {
            self.pairer.finish(&self.buffer);
            self.take_quotes();
            self.flush(out);
        }
    }

    fn take_quotes(&mut self) {
        let mut found = Vec::new();
        self.pairer.take_ready(&self.buffer, &mut found);
        self.pending
            .extend(found.into_iter().map(Quote::into_owned));
    }

    fn paragraph(&mut self, p: Span, out: &mut Vec<Attribution<'static>>) {
        let segmenter = self.attributor.segmenter();
        let sentences = ParagraphSplitter::new(segmenter, &self.buffer, p).collect();
        self.pairer.feed(&self.buffer, p);
        self.take_quotes();
        self.waiting.push((p, sentences));
        if !self.pairer.is_open() {
            self.flush(out);
        }
    }

    /// Attributes the waiting paragraphs, whose quotations are all known,
    /// emits their quotations, and drops the text before the last of them.
    fn flush(&mut self, out: &mut Vec<Attribution<'static>>) {
        let Some(&(last, _)) = self.waiting.last() else {
            return;
        };
        let top: Vec<(usize, Span, QuoteKind)> = self
            .pending
            .iter()
            .enumerate()
            .filter(|(_, q)| q.depth() == 0)
            .map(|(k, q)| (k, q.span(), q.kind()))
            .collect();
        let mut results: Vec<Option<Outcome>> = vec![None; self.pending.len()];
        let mut found = Vec::new();
        let mut first = 0;
        for (p, sentences) in self.waiting.drain(..) {
            while first < top.len() && top[first].1.end <= p.start {
                first += 1;
            }
            let mut end = first;
            while end < top.len() && top[end].1.start < p.end {
                end += 1;
            }
            self.pass.paragraph(
                &self.buffer,
                self.base,
                p,
                &sentences,
                &top[first..end],
                &mut found,
            );
            for (k, r) in found.drain(..) {
                results[k] = Some(r);
            }
        }
        for (quote, r) in self.pending.drain(..).zip(&results) {
            let quote = quote.shifted(self.base);
            let a = self
                .pass
                .attribution(&self.buffer, self.base, quote, r.as_ref());
            out.push(a.into_owned());
        }
        self.emitted += results.len();
        // Keep the last paragraph: the next one may continue its speaker.
        let drop = last.start;
        self.buffer.drain(..drop);
        self.base += drop;
        self.next -= drop;
    }
}
