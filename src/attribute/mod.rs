//! Third stage: who said each quotation.
//!
//! The stage reads each paragraph as tokens (the words and punctuation
//! outside quotations, each top-level quotation one token) split into
//! frames (its sentences), and runs, in this order:
//!
//! 1. [`phrase`](self::phrase): the speaker-phrase grammar (names with
//!    their titles, descriptions, the subject before a verb);
//! 2. [`frame`](self::frame): the facts of each sentence every rule asks
//!    about (its subject, its "according to" phrase, which words are
//!    reporting verbs);
//! 3. [`rules`](self::rules): one file per construction, tried in the
//!    order of one list; the first that finds a speaker decides;
//! 4. [`discourse`](self::discourse): a quotation standing alone continues
//!    the speaker before it;
//! 5. [`coref`](self::coref) and [`entities`](self::entities): mentions
//!    linked to the document's people and organisations, pronouns
//!    resolved, the fullest name kept;
//! 6. [`outcome`](self::outcome): token positions turned into spans and
//!    the public [`Attribution`].
//!
//! [`pass`](self::pass) runs 2–6 over one paragraph; the driver above the
//! stages feeds it paragraphs with their sentences
//! and quotations.

mod classes;
mod coref;
mod discourse;
mod entities;
mod frame;
mod options;
mod outcome;
mod pass;
mod phrase;
mod report;
mod rules;
mod tokens;

pub(crate) use entities::Registry;
pub use options::{Attributor, AttributorBuilder};
pub(crate) use outcome::{Outcome, Stored, build, entities};
pub(crate) use pass::Pass;
pub use report::{CueClass, Report, ReportKind};
pub(crate) use report::{Reported, build_report};

use crate::Span;
use crate::quote::Quote;
use std::borrow::Cow;
use std::sync::Arc;

/// What kind of phrase names a speaker, source or addressee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum MentionKind {
    /// A person's name, with any title ("Foreign Minister Sergey Lavrov").
    Person,
    /// An organisation or outlet ("the Kremlin", "RIA Novosti").
    Organization,
    /// A pronoun ("he", "they"), or a relative pronoun ("Stevie Wonder,
    /// who joked") whose name is that of the phrase before it.
    Pronoun,
    /// A description without a name ("a senior official", "sources").
    Description,
}

/// The rule that attributed a quotation: the construction it read.
///
/// The rules are tried in a fixed order, the most specific first; the
/// first that finds a speaker decides. Each can be switched off with
/// [`AttributorBuilder::rule`]. Serialized in `snake_case`
/// (`"trailing_speaker_cue"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// `"Q," according to X`
    TrailingAccordingTo,
    /// `"Q" — X`
    Dash,
    /// `"Q," said X`
    TrailingCueSpeaker,
    /// `"Q," X said`
    TrailingSpeakerCue,
    /// `"Q," X, a senior aide, said`: the speaker across an appositive or
    /// relative clause.
    TrailingAppositive,
    /// `"Q," X crowed` or `"Q," crowed X`: a verb the lists lack in the
    /// place of a reporting verb right after the quotation (or set off by
    /// dashes: `"Q" — she paused — "Q2"`); or `X cracked, "Q."` before a
    /// whole utterance that closes the sentence.
    UnlistedCue,
    /// `"Q1," X said, "Q2."`: the second part of a split quotation.
    SplitQuote,
    /// `X: 'Q'` opening a paragraph, as in a headline.
    Headline,
    /// `Lagarde Warns of "Sticky" Prices`: the name before the verb of a
    /// headline in title case.
    HeadlineVerb,
    /// `The problem, says the budget office, is that "Q"`: a reporting
    /// clause set off by commas inside the sentence.
    Parenthetical,
    /// `Interfax quoted X as saying "Q"`, `X was quoted as saying "Q"`:
    /// the one quoted speaks, the one quoting relays.
    QuotedAsSaying,
    /// `Her office issued a statement saying "Q"`: the issuer speaks, the
    /// document is the source.
    Published,
    /// `Trump's claim that "Q"`, `his call for "a total ban"`, `in her
    /// words, "Q"`: a noun for what someone said, with its possessor (or
    /// `in the words of X`).
    NounCue,
    /// `X said: "Q"`
    ColonIntro,
    /// `X said "Q"` or `X said, "Q"`
    LeadingCue,
    /// `X told Y that … "Q"`
    ToldThat,
    /// `X, who led the inquiry, said … "Q"`: reported speech whose
    /// speaker is reached across an appositive or relative clause.
    LeadingAppositive,
    /// `X said the plan was "a disaster"`: a quotation inside reported
    /// speech, the reporting verb earlier in the sentence.
    ReportedSpeech,
    /// `The plan is "a disaster" for us, X said.`: a reporting clause
    /// closing the sentence after more than the quotation; also `The
    /// phrase "Q" was uttered once, by X.`, a passive with its agent, and
    /// `"Q." That was the message from X.`, whose words they were.
    ClosingCue,
    /// `X had one message: "Q"`: a colon without a reporting verb; also
    /// `X shared her worry with donors, "Q."`, a comma before a quotation
    /// that is a sentence of its own, the subject a name or a pronoun.
    SubjectColon,
    /// `According to X, … "Q"`: no one else speaks in the sentence.
    LeadingAccordingTo,
    /// `… "Q" …, according to X`: no one else speaks in the sentence.
    LaterAccordingTo,
    /// A quotation inside the content of a report that reported speech
    /// reads (`Officials wanted the deal to stay "quiet"`) belongs to its
    /// speaker.
    ReportedContent,
    /// `X has gone after Y as a "Q"`: no reporting verb and no report
    /// around the quotation, so the subject of the sentence (a person
    /// known as one, an organisation or a description; not a pronoun), as
    /// a weak guess for a partial quotation or a term. In reported speech a
    /// partial quotation so attributed reports the complement of the verb
    /// nearest before it (`The panel deemed him "well qualified,"`: cue
    /// "deemed", content `him "well qualified,"`).
    SentenceSubject,
    /// A quotation standing alone continues the speaker of the paragraph's
    /// previous quotation (or of a sentence reporting a named speaker, or
    /// asking for a possessor's words: `Her response? "No comment."`).
    /// After a sentence whose subject is another person, named in full or
    /// known to be one (`"We agree," Ann Lee said. Tom Park frowned.
    /// "That is wrong."`), or the first person named before anyone has
    /// spoken (`Ann Lee was blunt. "It is over."`), it is that person's,
    /// with no cue and at the confidence of a guess.
    Continuation,
    /// A quotation opening a sentence that goes on without a reporting
    /// verb continues the paragraph's speaker (`…, X said. "Q" on farms.`);
    /// so does one of three words or more closing a sentence without a
    /// reporting verb right after a sentence whose own rules attributed a
    /// quotation (`"Q1," she says. It's "Q2."`) or that reports a named
    /// speaker (`…, he said. It wins only when "Q."`).
    ContinuedFragment,
    /// A quotation opening a paragraph, alone or after a topic label
    /// (`On the goalie: "He is tough."`), continues the previous
    /// paragraph's last speaker.
    ParagraphContinuation,
    /// `X said:` closing a paragraph introduces the quotation opening the
    /// next; so does a noun for words said or written with its possessor
    /// (`Excerpts from the senator's statement:`).
    ColonParagraph,
    /// `"Q"` in a paragraph of its own, then a paragraph that is a dash
    /// and a name (`- Ann Lee.`, `—Ann Lee, a nurse in Ames.`): the name
    /// signs the quotations no rule attributed.
    Signature,
    /// Reported speech ([`crate::reports`]): `X said (that) C`, `X told Y
    /// that C`, `X believes C`, the content the clause after the cue; also
    /// an adjective of stance after a copula, `X is concerned that C`,
    /// `X was critical of Y` (cue class thought).
    ReportedClause,
    /// Reported speech: `C, X said.`, a reporting clause closing its
    /// sentence after a comma.
    ClosingReport,
    /// Reported speech: `C1, X said, C2`, a reporting clause between
    /// commas, its content on both sides; or opening the sentence: `As X
    /// put it, C`.
    InterruptedReport,
    /// Reported speech: `According to X, C` and `C, according to X`; also
    /// `As reported by X, C`, `C, as first reported by X` and `C1, first
    /// reported by X, C2`; `C, per X` and `Per X, C`; and `In X's view,
    /// C` (also "opinion", "estimation", "judgment"), a view held, whose
    /// cue class is thought.
    AccordingTo,
    /// Reported speech: `X: C`, a name and a colon opening a headline or
    /// a speaker's turn in a transcript (a turn that opens a paragraph
    /// runs to the paragraph's end); or a document of findings alone
    /// before the colon (`Poll: C`, `Report: C`), whose cue class is
    /// evidence.
    ColonReport,
    /// Reported speech: `In a new poll, C`, a document as the source.
    InDocument,
    /// Reported speech: `X's claim that C`, `his promise to C`: the
    /// possessor of a noun of speech and the clause after it; or the
    /// sentence's subject, for a noun after "with" (`X stirred
    /// controversy with an assertion that C`) or the object of a verb
    /// that only carries it (`X issued a warning that C`, `X made a
    /// promise to C`).
    NounReport,
    /// Reported speech whose source no one names: `X is expected to C`,
    /// `X is said to C`, `it was said that C`, `it is thought that C`,
    /// `X was asked about C`, `Asked whether C, …`, `When asked about C,
    /// …`, `X was told C` (a passive without its agent), `X seems to C`,
    /// `X seemed lost`, `it seems likely that C`, `it appears (that) C`,
    /// `X is reportedly C` (an adverb of report), `X is widely seen as
    /// C`, `a state known for C`, `the contests known as C`, `X was
    /// described as C` (a passive of repute, naming or judging: the
    /// content is X and C). Its report has no speaker.
    UnnamedSource,
}

impl Rule {
    /// The rules of reported speech without quotation marks, which
    /// [`crate::reports`] applies beside the rules of [`Rule::all`].
    ///
    /// ```
    /// use whosaid::Rule;
    /// assert!(Rule::reported().any(|r| r == Rule::AccordingTo));
    /// assert!(Rule::all().all(|r| Rule::reported().all(|s| s != r)));
    /// ```
    #[must_use]
    pub fn reported() -> impl ExactSizeIterator<Item = Rule> {
        [
            Rule::ReportedClause,
            Rule::ClosingReport,
            Rule::InterruptedReport,
            Rule::AccordingTo,
            Rule::ColonReport,
            Rule::InDocument,
            Rule::NounReport,
            Rule::UnnamedSource,
        ]
        .into_iter()
    }
}

impl Rule {
    /// Every rule for quotations, in the order they are tried.
    ///
    /// ```
    /// use whosaid::Rule;
    /// assert_eq!(Rule::all().next(), Some(Rule::TrailingAccordingTo));
    /// assert!(Rule::all().any(|r| r == Rule::Continuation));
    /// ```
    #[must_use]
    pub fn all() -> impl ExactSizeIterator<Item = Rule> {
        rules::RULES.iter().map(|def| def.rule)
    }

    /// Its position among [`Rule::all`], below 64.
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Text borrowed from the input or shared with the entity table (names are
/// the same string for every mention of an entity).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Text<'t> {
    Borrowed(&'t str),
    Shared(Arc<str>),
}

impl Text<'_> {
    fn into_owned(self) -> Text<'static> {
        match self {
            Text::Borrowed(s) => Text::Shared(s.into()),
            Text::Shared(s) => Text::Shared(s),
        }
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Borrowed(s) => s,
            Text::Shared(s) => s,
        }
    }
}

/// A phrase that names a speaker, source or addressee.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention<'t> {
    span: Span,
    text: Cow<'t, str>,
    name: Option<Text<'t>>,
    kind: MentionKind,
    role: Option<Text<'t>>,
    entity: Option<usize>,
}

impl Mention<'_> {
    /// The mention as written ("He", "Russian Foreign Minister Sergey
    /// Lavrov", "a senior official").
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its byte span.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The canonical name of the entity it refers to: the fullest form of
    /// the name in the document ("Lavrov" → "Sergey Lavrov"; a pronoun →
    /// the person it refers to), or the full name of one of a couple named
    /// together ("Denise and Robert Tate": "Mrs. Tate" → "Denise Tate").
    /// `None` when the mention names no one the document names (an
    /// unresolved pronoun, "sources"). A name met only in reported speech
    /// before any quotation's attribution linked it ("As Lee put it, …"
    /// opening a text) is its own name, with no [`Mention::entity`].
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// What kind of phrase it is.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// The role or title given with the name, or the entity's role
    /// elsewhere in the document ("Foreign Minister").
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    /// The index of its entity among the entities of the run that found
    /// it: [`crate::Document::entities`], [`crate::Attributions::entities`]
    /// or [`crate::AttributionStream::entities`].
    #[must_use]
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    fn into_owned(self) -> Mention<'static> {
        Mention {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            name: self.name.map(Text::into_owned),
            kind: self.kind,
            role: self.role.map(Text::into_owned),
            entity: self.entity,
        }
    }
}

/// Serialized as `{"text", "start", "end", "name", "kind", "role"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Mention<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("name", &self.name())?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("role", &self.role())?;
        map.end()
    }
}

/// The reporting verb or phrase of an attribution ("said", "according
/// to", a colon, a dash).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cue<'t> {
    text: Cow<'t, str>,
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
}

impl Cue<'_> {
    /// The cue as written.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its byte span.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
}

/// A quotation with its speaker, if the rules found one.
///
/// # Examples
///
/// ```
/// use whosaid::{MentionKind, Rule};
///
/// let text = "Sergey Lavrov met Wang Yi. \u{201c}We agree,\u{201d} he said.";
/// let a = whosaid::attribute(text).next().expect("one quotation");
/// let speaker = a.speaker().expect("attributed");
/// assert_eq!(speaker.text(), "he");
/// assert_eq!(speaker.kind(), MentionKind::Pronoun);
/// assert_eq!(speaker.name(), Some("Sergey Lavrov"));
/// assert_eq!(a.cue().map(|c| c.text()), Some("said"));
/// assert_eq!(a.rule(), Some(Rule::TrailingSpeakerCue));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution<'t> {
    quote: Quote<'t>,
    speaker: Option<Mention<'t>>,
    cue: Option<Cue<'t>>,
    // (boxed: most quotations have neither, and an attribution stays
    // small)
    source: Option<Box<Mention<'t>>>,
    addressee: Option<Box<Mention<'t>>>,
    confidence: f32,
    rule: Option<Rule>,
}

impl<'t> Attribution<'t> {
    /// The quotation.
    #[must_use]
    pub fn quote(&self) -> &Quote<'t> {
        &self.quote
    }

    /// Who said it; `None` when no rule applies.
    ///
    /// A quotation nested in another's words has a speaker where a
    /// reporting verb stands next to it inside them; the outer speaker
    /// relays it ([`Attribution::source`]), and is the one its "I" or
    /// "me" means:
    ///
    /// ```
    /// let text = "\"My boss told me, 'Go home,'\" Reyes said.";
    /// let inner = whosaid::attribute(text).nth(1).expect("two quotations");
    /// assert_eq!(inner.quote().depth(), 1);
    /// assert_eq!(inner.speaker().map(|s| s.text()), Some("My boss"));
    /// assert_eq!(inner.source().map(|s| s.text()), Some("Reyes"));
    /// ```
    #[must_use]
    pub fn speaker(&self) -> Option<&Mention<'t>> {
        self.speaker.as_ref()
    }

    /// The reporting verb or phrase.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.cue.as_ref()
    }

    /// The outlet or person the quotation was relayed through ("according
    /// to RIA Novosti, Wang Yi told …"); for a quotation nested in another,
    /// the outer quotation's speaker (`"My boss told me, 'Go home,'" Reyes
    /// said.`: Reyes).
    #[must_use]
    pub fn source(&self) -> Option<&Mention<'t>> {
        self.source.as_deref()
    }

    /// Whom the speaker addressed ("told Lavrov that …").
    #[must_use]
    pub fn addressee(&self) -> Option<&Mention<'t>> {
        self.addressee.as_deref()
    }

    /// How sure the rule is, in `[0, 1]`; 0 when unattributed. A term
    /// ([`QuoteKind::Term`]: a title, a name, a so-called word) goes to the
    /// speaker of its sentence at a lower confidence than speech would, as
    /// the speaker's choice of words rather than their words: filter on
    /// the confidence or the kind to leave terms out. Rounded to four
    /// decimals.
    ///
    /// [`QuoteKind::Term`]: crate::QuoteKind::Term
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The rule that found the speaker.
    #[must_use]
    pub fn rule(&self) -> Option<Rule> {
        self.rule
    }

    /// A copy that owns its text and no longer borrows the input.
    #[must_use]
    pub fn into_owned(self) -> Attribution<'static> {
        Attribution {
            quote: self.quote.into_owned(),
            speaker: self.speaker.map(Mention::into_owned),
            cue: self.cue.map(|c| Cue {
                text: Cow::Owned(c.text.into_owned()),
                span: c.span,
            }),
            source: self.source.map(|m| Box::new(m.into_owned())),
            addressee: self.addressee.map(|m| Box::new(m.into_owned())),
            confidence: self.confidence,
            rule: self.rule,
        }
    }
}

/// Serialized as the quotation's fields followed by `"speaker"`, `"cue"`,
/// `"source"`, `"addressee"` (each `null` or an object), `"confidence"`
/// and `"rule"`.
#[cfg(feature = "serde")]
impl serde::Serialize for Attribution<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        self.quote.serialize_fields(&mut map)?;
        map.serialize_entry("speaker", &self.speaker)?;
        map.serialize_entry("cue", &self.cue)?;
        map.serialize_entry("source", &self.source())?;
        map.serialize_entry("addressee", &self.addressee())?;
        map.serialize_entry("confidence", &self.confidence)?;
        map.serialize_entry("rule", &self.rule)?;
        map.end()
    }
}

/// A person or organisation that the document's speakers refer to.
///
/// Serialized (with the `serde` feature) as `{"name", "kind", "role"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entity {
    name: Arc<str>,
    kind: MentionKind,
    role: Option<Arc<str>>,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Entity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("name", self.name())?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("role", &self.role())?;
        map.end()
    }
}

impl Entity {
    /// The fullest form of its name in the document.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A person or an organisation.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// The first role or title given with its name.
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
}
