//! Reported speech: every attribution of a text, with or without
//! quotation marks ("Yellen said that rates would stay high", "according
//! to the poll, Clinton leads", "the senator believes the bill will
//! fail"), beside the quotations' own attributions.
//!
//! * [`scan`](self::scan) reads a frame for reporting clauses and the
//!   content each one reports, as token ranges;
//! * [`clause`](self::clause) finds where a reported clause ends;
//! * [`join`](self::join) joins them with the frame's quotations: a
//!   quotation inside a reported clause makes it mixed, an attributed
//!   quotation of its own is a direct report, and a quotation that
//!   continues the speaker of the one before it in the paragraph adds to
//!   its content.
//!
//! Nothing here changes what the quotations' attribution decides: the
//! speakers of reported speech are linked to entities without changing
//! them ([`Coref::peek`](super::coref::Coref::peek)).

mod clause;
mod join;
mod openers;
mod scan;

pub(crate) use clause::{adverbial_clause, time_after};
pub(crate) use join::{FrameQuote, Joiner};
pub(crate) use openers::reports_itself;
pub(crate) use scan::aspect_verb;

use super::coref::Draft;
use super::entities::Registry;
use super::outcome::public;
use super::phrase::Np;
use super::{Cue, Mention, Rule};
use crate::Span;
use clause::Range;
use std::borrow::Cow;

/// Whether a report's content is quoted.
///
/// Serialized in snake case (`"direct"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ReportKind {
    /// The content is a quotation, or quotations of one speaker that follow
    /// each other ("“We will win,” she said. “Nothing has changed.”").
    Direct,
    /// A paraphrase that holds a partial quotation: the content is the
    /// whole reported clause ("he said the plan would “hurt farmers” in
    /// the long run").
    Mixed,
    /// A paraphrase without quotation marks ("Yellen said that rates would
    /// stay high").
    Indirect,
}

/// What a report's cue reports: speech, a thought, or evidence.
///
/// The class follows the cue: a verb of saying is [`CueClass::Speech`]
/// ("said", "told", "denied", "according to"), a verb of belief, wish or
/// stance [`CueClass::Thought`] ("believes", "expects", "wants",
/// "supports"), a verb of finding [`CueClass::Evidence`] ("shows",
/// "found"). A document, poll or data as the source ("the poll",
/// "a 2019 study") makes what it says or suggests evidence. Keep only
/// speech to count who gets a voice.
///
/// Serialized in snake case (`"speech"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CueClass {
    /// Something said or written.
    Speech,
    /// A belief, expectation, wish or stance.
    Thought,
    /// A finding of a document, poll, study or data.
    Evidence,
}

/// One attribution of a text, quoted or not: who reported what.
///
/// # Examples
///
/// ```
/// use whosaid::{CueClass, ReportKind};
///
/// let text = "Janet Yellen said Monday that rates would stay high.";
/// let r = whosaid::reports(text).next().expect("one report");
/// assert_eq!(r.kind(), ReportKind::Indirect);
/// assert_eq!(r.speaker().map(|s| s.text()), Some("Janet Yellen"));
/// assert_eq!(r.cue().map(|c| c.text()), Some("said"));
/// assert_eq!(r.cue_class(), CueClass::Speech);
/// assert_eq!(r.content_text().collect::<Vec<_>>(), ["that rates would stay high"]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'t> {
    content: Vec<Span>,
    /// The text of each content span.
    fragments: Vec<Cow<'t, str>>,
    kind: ReportKind,
    speaker: Option<Mention<'t>>,
    cue: Option<Cue<'t>>,
    class: CueClass,
    // (boxed: most reports have neither, and a report stays small)
    source: Option<Box<Mention<'t>>>,
    addressee: Option<Box<Mention<'t>>>,
    confidence: f32,
    rule: Option<Rule>,
}

impl<'t> Report<'t> {
    /// What was reported, as one or more spans in order: two when the
    /// reporting clause interrupts it ("The plan, she said, will fail"),
    /// one per quotation when a speaker's quotations follow each other.
    /// Quotation marks are included in a quotation's span; a reported
    /// clause starts at its first word ("that" included) and ends before
    /// the punctuation that closes it.
    #[must_use]
    pub fn content(&self) -> &[Span] {
        &self.content
    }

    /// The text of each span of [`Report::content`].
    pub fn content_text(&self) -> impl Iterator<Item = &str> + '_ {
        self.fragments.iter().map(|f| &**f)
    }

    /// From the start of the first content span to the end of the last.
    #[must_use]
    pub fn span(&self) -> Span {
        let start = self.content.first().map_or(0, |s| s.start);
        let end = self.content.last().map_or(start, |s| s.end);
        Span::new(start, end)
    }

    /// Whether the content is quoted.
    #[must_use]
    pub fn kind(&self) -> ReportKind {
        self.kind
    }

    /// Who reported it: a person, an organisation, a description, a
    /// pronoun (resolved in [`Mention::name`]) or a document; `None` for a
    /// quotation no rule attributed, and for a report whose source no one
    /// names ([`Rule::UnnamedSource`]: "X is expected to …").
    #[must_use]
    pub fn speaker(&self) -> Option<&Mention<'t>> {
        self.speaker.as_ref()
    }

    /// The reporting verb or phrase ("said", "believes", "according to"),
    /// with the preposition of its topic or its particle when the content
    /// follows them ("voted against", "asked for", "called out").
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.cue.as_ref()
    }

    /// Whether the cue reports speech, a thought or evidence.
    #[must_use]
    pub fn cue_class(&self) -> CueClass {
        self.class
    }

    /// The outlet or person it was relayed through ("according to RIA
    /// Novosti, Wang Yi told Lavrov that …").
    #[must_use]
    pub fn source(&self) -> Option<&Mention<'t>> {
        self.source.as_deref()
    }

    /// Whom the speaker addressed ("told Lavrov that …").
    #[must_use]
    pub fn addressee(&self) -> Option<&Mention<'t>> {
        self.addressee.as_deref()
    }

    /// How sure the rule is, in `[0, 1]`, to four decimals; 0 for a
    /// quotation no rule attributed.
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The rule that found it: for a direct report, the rule that
    /// attributed its first quotation.
    #[must_use]
    pub fn rule(&self) -> Option<Rule> {
        self.rule
    }

    /// A copy that owns its text and no longer borrows the input.
    #[must_use]
    pub fn into_owned(self) -> Report<'static> {
        let owned = |m: Option<Mention<'t>>| m.map(Mention::into_owned);
        Report {
            content: self.content,
            fragments: self
                .fragments
                .into_iter()
                .map(|f| Cow::Owned(f.into_owned()))
                .collect(),
            kind: self.kind,
            speaker: owned(self.speaker),
            cue: self.cue.map(|c| Cue {
                text: Cow::Owned(c.text.into_owned()),
                span: c.span,
            }),
            class: self.class,
            source: self.source.map(|m| Box::new(m.into_owned())),
            addressee: self.addressee.map(|m| Box::new(m.into_owned())),
            confidence: self.confidence,
            rule: self.rule,
        }
    }
}

/// Serialized as `{"content": [{"start", "end", "text"}, …], "kind",
/// "speaker", "cue", "cue_class", "source", "addressee", "confidence",
/// "rule"}`, the mentions and cue as in [`crate::Attribution`].
#[cfg(feature = "serde")]
impl serde::Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Fragment<'a>(Span, &'a str);
        impl serde::Serialize for Fragment<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(3))?;
                map.serialize_entry("start", &self.0.start)?;
                map.serialize_entry("end", &self.0.end)?;
                map.serialize_entry("text", self.1)?;
                map.end()
            }
        }
        let content: Vec<Fragment<'_>> = self
            .content
            .iter()
            .zip(&self.fragments)
            .map(|(&s, f)| Fragment(s, f))
            .collect();
        let mut map = serializer.serialize_map(Some(9))?;
        map.serialize_entry("content", &content)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("speaker", &self.speaker)?;
        map.serialize_entry("cue", &self.cue)?;
        map.serialize_entry("cue_class", &self.class)?;
        map.serialize_entry("source", &self.source())?;
        map.serialize_entry("addressee", &self.addressee())?;
        map.serialize_entry("confidence", &self.confidence)?;
        map.serialize_entry("rule", &self.rule)?;
        map.end()
    }
}

/// A report found in a frame, over its tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    /// The content's token ranges; the second is empty unless the
    /// reporting clause interrupts it.
    pub(crate) content: [Range; 2],
    /// Who reports it; where no one is named (`named` false), a stand-in
    /// that is never handed out.
    pub(crate) speaker: Np,
    pub(crate) named: bool,
    /// The cue's first and last tokens.
    pub(crate) cue: (usize, usize),
    pub(crate) source: Option<Np>,
    pub(crate) addressee: Option<Np>,
    pub(crate) class: CueClass,
    pub(crate) rule: Rule,
    pub(crate) confidence: f32,
}

impl Candidate {
    /// The content's ranges that are not empty.
    pub(crate) fn ranges(&self) -> impl Iterator<Item = Range> + '_ {
        self.content.iter().copied().filter(|r| r.0 < r.1)
    }

    pub(crate) fn holds(&self, i: usize) -> bool {
        self.ranges().any(|(a, b)| (a..b).contains(&i))
    }
}

/// The innermost report of `frame` whose content holds the quotation at
/// token `q` with words of its own besides: how reported speech reads the
/// clause a quotation stands in.
pub(crate) fn holder(frame: &super::frame::Frame<'_>, q: usize) -> Option<Candidate> {
    let mut found = Vec::new();
    scan::scan_around(frame, q, &mut found);
    found
        .into_iter()
        .filter(|c| {
            c.named
                && c.ranges().any(|(a, b)| (a..b).contains(&q))
                && c.ranges()
                    .flat_map(|(a, b)| a..b)
                    .any(|i| frame.r.toks[i].is_word())
        })
        .min_by_key(|c| c.ranges().map(|(a, b)| b - a).sum::<usize>())
}

/// A report with whole-text spans, its mentions linked to entities, kept
/// until it is handed out.
#[derive(Debug, Clone)]
pub(crate) struct Reported {
    pub(crate) content: Vec<Span>,
    pub(crate) kind: ReportKind,
    pub(crate) speaker: Option<Draft>,
    pub(crate) cue: Option<Span>,
    pub(crate) class: CueClass,
    pub(crate) source: Option<Draft>,
    pub(crate) addressee: Option<Draft>,
    pub(crate) confidence: f32,
    pub(crate) rule: Option<Rule>,
}

impl Reported {
    /// Where it starts: its first content span.
    pub(crate) fn start(&self) -> usize {
        self.content.first().map_or(0, |s| s.start)
    }
}

/// The public form of a stored report over `text` (whose first byte is at
/// `base` in the whole text), its names from `registry` as they stand.
pub(crate) fn build_report<'t>(
    registry: &Registry,
    text: &'t str,
    base: usize,
    r: &Reported,
) -> Report<'t> {
    let mention = |d: Option<Draft>| d.map(|d| public(registry, text, base, d));
    Report {
        content: r.content.clone(),
        fragments: r
            .content
            .iter()
            .map(|s| Cow::Borrowed(&text[s.start - base..s.end - base]))
            .collect(),
        kind: r.kind,
        speaker: mention(r.speaker),
        cue: r.cue.map(|c| Cue {
            text: Cow::Borrowed(&text[c.start - base..c.end - base]),
            span: c,
        }),
        class: r.class,
        source: mention(r.source).map(Box::new),
        addressee: mention(r.addressee).map(Box::new),
        confidence: crate::attribute::outcome::rounded(r.confidence),
        rule: r.rule,
    }
}
