//! Pairs quotation marks paragraph by paragraph, following multi-paragraph
//! quotations in news convention.

use super::marks::{self, Family, Mark, Role};
use super::{Quote, kind};
use crate::Span;
use crate::chars::trim_end;
use crate::lexicon::Vocabulary;
use crate::segment::{LineBreaks, ParagraphScanner};
use std::collections::VecDeque;

/// The deepest nesting of quotations read; marks that would open deeper
/// quotations are stray. Real text nests three deep at most.
pub(crate) const MAX_DEPTH: usize = 16;

/// The most bytes one quotation may run over paragraphs; past that it ends
/// unclosed with the paragraph it has reached.
pub(crate) const MAX_CHAIN: usize = 256 * 1024;

/// Whether `text[start..end]` holds a letter or digit.
fn has_words(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end)
        .is_some_and(|s| s.chars().any(char::is_alphanumeric))
}

/// An opening mark waiting for its closer.
#[derive(Debug, Clone)]
struct Open {
    mark: Mark,
    /// Finished paragraph segments of a multi-paragraph quotation.
    segments: Vec<Span>,
    /// Where the current segment starts.
    segment_start: usize,
    /// The start of the paragraph holding the opening mark.
    paragraph_start: usize,
    /// The end of the last paragraph it has reached.
    reached: usize,
}

impl Open {
    /// A straight or curly single mark is often an apostrophe: such an
    /// opener never carries a quotation across a paragraph.
    fn can_continue(&self) -> bool {
        !(self.mark.family == Family::Single && matches!(self.mark.ch, '\'' | '\u{2019}'))
    }
}

/// A paired (or unclosed) quotation before classification.
#[derive(Debug, Clone)]
struct Found {
    open: Open,
    close: Option<Mark>,
    end: usize,
}

/// A quotation found, ordered and linked, waiting to be built against the
/// text.
#[derive(Debug, Clone)]
struct Ready {
    found: Found,
    depth: usize,
    parent: Option<usize>,
}

/// Pairs the marks of the paragraphs fed to it, in order. It keeps byte
/// positions only, so the caller may hand it a different (longer) string
/// for each paragraph, as long as earlier positions still hold.
#[derive(Debug, Clone, Default)]
pub(crate) struct QuotePairer {
    marks: Vec<Mark>,
    /// Per mark of the paragraph: whether a later mark could close.
    closer_after: Vec<bool>,
    stack: Vec<Open>,
    open_count: [usize; Family::COUNT],
    /// An opener left open at the end of the last paragraph.
    carry: Option<Open>,
    /// Quotations of the current chain of paragraphs, not yet ordered.
    found: Vec<Found>,
    ready: VecDeque<Ready>,
    emitted: usize,
}

/// Finds the quotations of a text in document order, one paragraph chain
/// at a time.
#[derive(Debug, Clone)]
pub(crate) struct QuoteScanner<'t> {
    text: &'t str,
    paragraphs: ParagraphScanner<'t>,
    pairer: QuotePairer,
    out: VecDeque<Quote<'t>>,
    built: Vec<Quote<'t>>,
    done: bool,
}

impl<'t> QuoteScanner<'t> {
    pub(crate) fn new(text: &'t str, line_breaks: LineBreaks) -> Self {
        QuoteScanner {
            text,
            paragraphs: ParagraphScanner::new(text, line_breaks),
            pairer: QuotePairer::default(),
            out: VecDeque::new(),
            built: Vec::new(),
            done: false,
        }
    }
}

impl<'t> Iterator for QuoteScanner<'t> {
    type Item = Quote<'t>;

    fn next(&mut self) -> Option<Quote<'t>> {
        loop {
            if let Some(q) = self.out.pop_front() {
                return Some(q);
            }
            if self.done {
                return None;
            }
            if let Some(p) = self.paragraphs.next() {
                self.pairer.feed(self.text, p);
            } else {
                self.done = true;
                self.pairer.finish(self.text);
            }
            self.pairer
                .take_ready(self.text, Vocabulary::shared(), &mut self.built);
            self.out.extend(self.built.drain(..));
        }
    }
}

impl QuotePairer {
    fn push(&mut self, open: Open) {
        self.open_count[open.mark.family.index()] += 1;
        self.stack.push(open);
    }

    /// Pops up to and including the innermost opener of `family`; openers
    /// above it were never closed and are dropped.
    fn pop_to(&mut self, family: Family) -> Option<Open> {
        while let Some(open) = self.stack.pop() {
            self.open_count[open.mark.family.index()] -= 1;
            if open.mark.family == family {
                return Some(open);
            }
        }
        None
    }

    /// The innermost open mark of `family`.
    fn innermost(&self, family: Family) -> Option<&Open> {
        if self.open_count[family.index()] == 0 {
            return None;
        }
        self.stack.iter().rev().find(|o| o.mark.family == family)
    }

    /// Closes the innermost opener of `mark`'s family. A quotation of no
    /// letter or digit (`""`, `"…"`) quotes no words and is dropped, like
    /// an unclosed one: runs of bare marks make no quotations.
    fn close(&mut self, text: &str, mark: Mark) {
        if let Some(open) = self.pop_to(mark.family) {
            if has_words(text, open.mark.end(), mark.pos) {
                self.found.push(Found {
                    end: mark.end(),
                    open,
                    close: Some(mark),
                });
            }
        }
    }

    /// Whether a quotation is open at the end of the last paragraph and
    /// may run on into the next.
    #[allow(dead_code)] // used by the streaming interface
    pub(crate) fn is_open(&self) -> bool {
        self.carry.is_some()
    }

    /// Takes the next paragraph of `text`, in order.
    pub(crate) fn feed(&mut self, text: &str, paragraph: Span) {
        let mut marks = std::mem::take(&mut self.marks);
        marks::scan(text, paragraph.start, paragraph.end, &mut marks);
        let mut first = 0;
        if let Some(mut carry) = self.carry.take() {
            // News convention: a quotation that runs on into the next
            // paragraph leaves its closing mark off and opens that
            // paragraph with a new opening mark.
            // (not past a bound: a chain of paragraphs that all open with a
            // mark would otherwise hold the text back without end)
            let continues = marks.first().is_some_and(|m| {
                m.pos == paragraph.start && m.family == carry.mark.family && m.role != Role::Close
            }) && paragraph.end.saturating_sub(carry.mark.pos) <= MAX_CHAIN;
            if continues {
                carry
                    .segments
                    .push(Span::new(carry.segment_start, carry.reached));
                carry.segment_start = paragraph.start;
                self.push(carry);
                first = 1;
            } else {
                self.finish_unclosed(text, carry);
                self.flush();
            }
        }
        // For each mark, whether a later mark of its family is left to
        // close something once the openers after it have taken theirs: a
        // possessive apostrophe ("voters'") closes only when none is.
        let mut spare = [0usize; Family::COUNT];
        let mut closer_after = std::mem::take(&mut self.closer_after);
        closer_after.clear();
        closer_after.resize(marks.len(), false);
        for (k, m) in marks.iter().enumerate().rev() {
            let f = m.family.index();
            closer_after[k] = spare[f] > 0;
            match m.role {
                Role::Close | Role::Either => spare[f] += 1,
                Role::Open => spare[f] = spare[f].saturating_sub(1),
            }
        }
        for (k, &mark) in marks.iter().enumerate().skip(first) {
            let open_of_family = self.innermost(mark.family).map(|o| o.mark.ch);
            let closes = match mark.role {
                Role::Close => open_of_family.is_some() && !(mark.possessive && closer_after[k]),
                // « and » point either way: a mark closes the opener that
                // points the other way (« closes », » closes «)
                Role::Either
                    if matches!(mark.family, Family::Guillemet | Family::SingleGuillemet) =>
                {
                    open_of_family.is_some_and(|c| c != mark.ch)
                }
                Role::Either => open_of_family.is_some(),
                Role::Open => false,
            };
            if closes {
                self.close(text, mark);
            } else if mark.role != Role::Close
                && !(mark.possessive && self.open_count[mark.family.index()] > 0)
                // deeper than any real text nests, a mark opens nothing:
                // nesting stays bounded, and so does the time to build
                // each quotation's content
                && self.stack.len() < MAX_DEPTH
            {
                self.push(Open {
                    mark,
                    segments: Vec::new(),
                    segment_start: mark.pos,
                    paragraph_start: paragraph.start,
                    reached: paragraph.end,
                });
            }
        }
        self.marks = marks;
        self.closer_after = closer_after;
        // What is still open: the outermost opener that may run on into
        // the next paragraph is carried; the others end unclosed here.
        let keep = self.stack.iter().position(Open::can_continue);
        let stack = std::mem::take(&mut self.stack);
        self.open_count = [0; Family::COUNT];
        for (k, mut open) in stack.into_iter().enumerate() {
            open.reached = paragraph.end;
            if Some(k) == keep {
                self.carry = Some(open);
            }
        }
        if self.carry.is_none() {
            self.flush();
        }
    }

    /// Ends the text: what is still open is unclosed.
    pub(crate) fn finish(&mut self, text: &str) {
        if let Some(carry) = self.carry.take() {
            self.finish_unclosed(text, carry);
        }
        self.flush();
    }

    /// Builds the quotations found so far against `text` and moves them, in
    /// document order, to `out`.
    /// `vocab` holds the reporting verbs that tell speech from fragments.
    pub(crate) fn take_ready<'t>(
        &mut self,
        text: &'t str,
        vocab: &Vocabulary,
        out: &mut Vec<Quote<'t>>,
    ) {
        out.extend(self.ready.drain(..).map(|r| build(text, vocab, r)));
    }

    /// An opener never closed: the quotation ends with its last paragraph.
    fn finish_unclosed(&mut self, text: &str, open: Open) {
        let end = trim_end(text, open.mark.end(), open.reached);
        if has_words(text, open.mark.end(), end) {
            self.found.push(Found {
                open,
                close: None,
                end,
            });
        }
    }

    /// Orders the quotations of the finished chain, links each to its
    /// parent, and queues them.
    fn flush(&mut self) {
        if self.found.is_empty() {
            return;
        }
        let mut found = std::mem::take(&mut self.found);
        let count = found.len();
        found.sort_by(|a, b| {
            a.open
                .mark
                .pos
                .cmp(&b.open.mark.pos)
                .then(b.end.cmp(&a.end))
        });
        // (end, index) of the enclosing quotations
        let mut enclosing: Vec<(usize, usize)> = Vec::new();
        for (k, f) in found.drain(..).enumerate() {
            let index = self.emitted + k;
            let start = f.open.mark.pos;
            while enclosing.last().is_some_and(|&(end, _)| end <= start) {
                enclosing.pop();
            }
            let parent = enclosing.last().map(|&(_, i)| i);
            let depth = enclosing.len();
            enclosing.push((f.end, index));
            self.ready.push_back(Ready {
                found: f,
                depth,
                parent,
            });
        }
        self.emitted += count;
        // keep the buffer's allocation for the next chain
        self.found = found;
    }
}

/// A quotation of `text`.
fn build<'t>(text: &'t str, vocab: &Vocabulary, ready: Ready) -> Quote<'t> {
    let Ready {
        found: f,
        depth,
        parent,
    } = ready;
    let open = f.open;
    let content_end = f.close.map_or(f.end, |c| c.pos);
    let content = Span::new(open.mark.end(), content_end.max(open.mark.end()));
    let mut segments = open.segments;
    if !segments.is_empty() {
        segments.push(Span::new(open.segment_start, f.end));
    }
    Quote {
        span: Span::new(open.mark.pos, f.end),
        content,
        open_mark: Span::new(open.mark.pos, open.mark.end()),
        close_mark: f.close.map(|c| Span::new(c.pos, c.end())),
        style: crate::marks::style_of(open.mark.ch, open.mark.family),
        kind: kind::classify(text, open.paragraph_start, open.mark.pos, content, vocab),
        depth,
        parent,
        segments,
        text: std::borrow::Cow::Borrowed(&text[content]),
    }
}
