//! The attribution rules, one file each, tried in the order of [`RULES`].
//!
//! A rule reads one frame (a sentence outside its quotations, each
//! top-level quotation one token) and, for the quotation at hand, either
//! finds its speaker or passes. The first rule that finds one decides, as
//! in the tagged boundary rules of UAX #29: the specific constructions
//! come first (`"Q," X said`), the weak guesses last (the subject of a
//! sentence without a reporting verb). The last rules of the list carry a
//! speaker over from earlier sentences; the discourse stage applies them
//! where no rule of the frame applies.
//!
//! Each rule file holds the rule's doc comment naming its construction,
//! its base confidence as a named constant, the function that reads it,
//! and a table of example sentences, positive and negative, that one test
//! runs for every rule. Adding a rule is one file and one row of
//! [`RULES`].

mod closing_cue;
mod colon_intro;
mod colon_paragraph;
mod continuation;
mod continued_fragment;
mod dash;
mod governor;
mod headline;
mod headline_verb;
mod later_according_to;
mod leading_according_to;
mod leading_appositive;
mod leading_cue;
pub(crate) mod noun_cue;
mod paragraph_continuation;
mod parenthetical;
pub(crate) mod published;
pub(crate) mod quoted_as_saying;
pub(crate) mod relay;
mod reported_content;
mod reported_speech;
mod sentence_subject;
pub(crate) mod signature;
mod split_quote;
mod subject_colon;
mod told_that;
mod trailer;
mod trailing_according_to;
mod trailing_appositive;
mod trailing_cue_speaker;
mod trailing_speaker_cue;
mod unlisted_cue;

pub(crate) use colon_paragraph::closing as closing_colon;
pub(crate) use continuation::CONFIDENCE as CONTINUATION;
pub(crate) use continuation::GUESSED as CONTINUATION_GUESSED;
pub(crate) use continued_fragment::CONFIDENCE as CONTINUED_FRAGMENT;
pub(crate) use paragraph_continuation::CONFIDENCE as PARAGRAPH_CONTINUATION;

use super::Rule;
use super::classes::{DOCUMENT, SPEECH_NOUN, VERB};
use super::frame::Frame;
use super::frame::is_tell;
use super::phrase::Np;
use crate::quote::QuoteKind;
use std::cell::OnceCell;

/// A speaker found for one quotation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub(crate) speaker: Np,
    /// The token of the reporting verb, "according" or the dash.
    pub(crate) cue: Option<usize>,
    /// The last token of the cue when it has more than one.
    pub(crate) cue_last: Option<usize>,
    pub(crate) source: Option<Np>,
    pub(crate) addressee: Option<Np>,
    pub(crate) rule: Rule,
    pub(crate) confidence: f32,
    /// The token after the attribution, for a quotation split around it.
    pub(crate) attribution_end: usize,
}

impl Found {
    pub(crate) fn new(
        speaker: Np,
        cue: Option<usize>,
        rule: Rule,
        confidence: f32,
        end: usize,
    ) -> Found {
        Found {
            speaker,
            cue,
            cue_last: None,
            source: None,
            addressee: None,
            rule,
            confidence,
            attribution_end: end,
        }
    }
}

/// What a rule reads: the frame, the quotation's token and kind, the
/// attribution of the quotation before it in the frame, and the analyses
/// several rules share, each computed at most once per quotation.
pub(crate) struct Ctx<'f, 'a> {
    pub(crate) frame: &'f Frame<'a>,
    /// The quotation's token.
    pub(crate) q: usize,
    pub(crate) kind: QuoteKind,
    /// The attribution of the frame's previous quotation, if any.
    pub(crate) prior: Option<&'f Found>,
    /// Whether a name phrase names someone known to be a person (from
    /// the document's entities).
    pub(crate) known_person: &'f dyn Fn(&Np) -> bool,
    governor: OnceCell<Option<governor::Governor>>,
    trailer: OnceCell<Option<(usize, Np)>>,
}

impl<'f, 'a> Ctx<'f, 'a> {
    pub(crate) fn new(
        frame: &'f Frame<'a>,
        q: usize,
        kind: QuoteKind,
        prior: Option<&'f Found>,
        known_person: &'f dyn Fn(&Np) -> bool,
    ) -> Self {
        Ctx {
            frame,
            q,
            kind,
            prior,
            known_person,
            governor: OnceCell::new(),
            trailer: OnceCell::new(),
        }
    }

    /// The reporting clause before the quotation that governs it
    /// ([`governor`]).
    fn governor(&self) -> Option<&governor::Governor> {
        self.governor
            .get_or_init(|| governor::find(self.frame, self.q))
            .as_ref()
    }

    /// The reporting verb and its subject right after the quotation
    /// ([`trailer`]).
    fn trailer(&self) -> Option<(usize, Np)> {
        *self
            .trailer
            .get_or_init(|| trailer::find(self.frame, self.q))
    }
}

/// Whether the frame `frame`, joined from the sentence ending with the
/// quotation at `q` and the sentence after it, reads as `"Q" X said`: the
/// second sentence opens with the speaker and holds only the reporting
/// clause; or as `"Q" That was the reply from X.`, whose words they were.
pub(crate) fn detached_trailer(frame: &Frame<'_>, q: usize) -> bool {
    inverted_trailer(frame, q)
        // ("Q." That was the reply from the mayor.)
        || closing_cue::whose_words(frame, q).is_some()
        || trailer::find(frame, q).is_some_and(|(c, np)| {
            // not a sentence that goes on to report more ("X said: …",
            // "X said, twice, that …")
            let next = frame.cue_last(c) + 1;
            np.first == q + 1
                && !(next < frame.hi
                    && (frame.r.toks[next].is_punct(':') || frame.r.toks[next].is_punct(',')))
        })
}

/// `"Q." Said Ann Lee.`, `"Q." So said Lee, the mayor.`: whether the
/// second sentence of a joined frame is an inverted reporting clause
/// alone (perhaps after "So" or "Thus"): a verb of saying opens it, a
/// speaker follows, and nothing but an appositive comes after. A verb
/// that goes on with a clause or a preposition ("Said to be …", "Added
/// to the list was …") reads no speaker after it.
fn inverted_trailer(frame: &Frame<'_>, q: usize) -> bool {
    let c = frame.inverted_cue(q + 1);
    if !frame.is_cue(c) || is_tell(frame.word(c)) || frame.word(c).ends_with("ing") {
        return false;
    }
    frame
        .r
        .speaker_after_verb(frame.cue_last(c) + 1, frame.hi)
        .is_some_and(|np| {
            let after = np.last + 1;
            after >= frame.hi
                || frame.r.toks[after].is_punct('.')
                || (frame.r.toks[after].is_punct(',')
                    && (after + 1..frame.hi).all(|k| !frame.r.is(k, VERB)))
        })
}

/// How a rule is applied.
#[derive(Clone, Copy)]
pub(crate) enum Apply {
    /// It reads the quotation's own frame.
    Frame(fn(&Ctx<'_, '_>) -> Option<Found>),
    /// It carries a speaker over from an earlier sentence or paragraph
    /// when no rule of the frame applies (the discourse stage reads it).
    Discourse,
}

/// One example sentence of a rule: for the last top-level quotation of
/// `text`, whether the rule decides it, and the speaker (as written) and
/// cue that result, by this rule or, for a negative, by whatever decides
/// instead (`None`: unattributed).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code))] // read by the rule-table test
pub(crate) struct Example {
    pub(crate) text: &'static str,
    pub(crate) fires: bool,
    pub(crate) speaker: Option<&'static str>,
    pub(crate) cue: Option<&'static str>,
}

/// A positive example: the rule decides, with this speaker and cue.
pub(crate) const fn yes(
    text: &'static str,
    speaker: &'static str,
    cue: Option<&'static str>,
) -> Example {
    Example {
        text,
        fires: true,
        speaker: Some(speaker),
        cue,
    }
}

/// A negative example: the rule does not decide; the speaker is what
/// results instead.
pub(crate) const fn no(text: &'static str, speaker: Option<&'static str>) -> Example {
    Example {
        text,
        fires: false,
        speaker,
        cue: None,
    }
}

/// One rule: its name, how it applies, and its examples.
#[cfg_attr(not(test), allow(dead_code))] // the examples are read by a test
pub(crate) struct RuleDef {
    pub(crate) rule: Rule,
    pub(crate) apply: Apply,
    pub(crate) examples: &'static [Example],
}

/// Every rule, in the order they are tried: the first that finds a
/// speaker decides.
pub(crate) const RULES: &[RuleDef] = &[
    // right after the quotation
    trailing_according_to::RULE,
    dash::RULE,
    trailing_cue_speaker::RULE,
    trailing_speaker_cue::RULE,
    trailing_appositive::RULE,
    unlisted_cue::RULE,
    // the second part of a quotation split around its attribution
    split_quote::RULE,
    headline::RULE,
    headline_verb::RULE,
    // a reporting clause set off by commas in the sentence
    parenthetical::RULE,
    // a reporting clause before the quotation
    quoted_as_saying::RULE,
    published::RULE,
    colon_intro::RULE,
    leading_cue::RULE,
    noun_cue::RULE,
    told_that::RULE,
    leading_appositive::RULE,
    reported_speech::RULE,
    // after the quotation, later in the sentence
    closing_cue::RULE,
    // no reporting verb
    subject_colon::RULE,
    leading_according_to::RULE,
    later_according_to::RULE,
    // inside a report that reported speech reads
    reported_content::RULE,
    sentence_subject::RULE,
    // from earlier sentences and paragraphs
    continuation::RULE,
    continued_fragment::RULE,
    paragraph_continuation::RULE,
    colon_paragraph::RULE,
    signature::RULE,
];

/// The speaker of the quotation `ctx` reads: the first rule of [`RULES`]
/// (among those `enabled`) that finds one, with an "according to" phrase
/// elsewhere in the sentence as the relay it came through.
pub(crate) fn find(ctx: &Ctx<'_, '_>, enabled: impl Fn(Rule) -> bool) -> Option<Found> {
    // a nickname in marks inside a name ("Marcia "Cia" Price") is no one's
    // words
    if ctx.frame.r.nickname(ctx.q) {
        return None;
    }
    // nor is a title opening a speaker's phrase (""Meet the Press" host
    // Chuck Todd said")
    if ctx.frame.r.title_modifier(ctx.q)
        && ctx
            .frame
            .r
            .phrase_starting_at(ctx.q, ctx.frame.hi)
            .is_some_and(|np| np.first == ctx.q)
    {
        return None;
    }
    // (a mention never holds its own quotation: a phrase may take a
    // quoted term in, "told the "Gang of Eight" that", and marks inside a
    // word may open one)
    // (a quotation inside the one a verb addresses is the name of a show,
    // "told NBC's "Today"", no one's words)
    let holds = |np: &Np| np.first <= ctx.q && ctx.q <= np.last;
    let mut found = RULES.iter().find_map(|def| match def.apply {
        Apply::Frame(apply) if enabled(def.rule) => apply(ctx),
        _ => None,
    })?;
    if holds(&found.speaker) || found.addressee.as_ref().is_some_and(holds) {
        return None;
    }
    found.speaker = speech_owner(ctx, found.speaker);
    let mut found = relay::relay(ctx.frame, found);
    found.source = found.source.filter(|np| !holds(np));
    Some(found)
}

/// The one whose words a speaker phrase names, for a phrase headed by a
/// noun of speech with a possessor: "The mayor's words to the council
/// were simple: "Q"" and "his remarks calling it "Q"" are the mayor's and
/// his. A document keeps its phrase ("Lee's letter said"), and so does
/// any other phrase.
fn speech_owner(ctx: &Ctx<'_, '_>, speaker: Np) -> Np {
    let r = &ctx.frame.r;
    if speaker.kind != super::MentionKind::Description {
        return speaker;
    }
    (speaker.first + 1..=speaker.last)
        .take(SPEECH_HEAD_REACH)
        .find(|&k| r.is(k, SPEECH_NOUN) && !r.is(k, DOCUMENT))
        .and_then(|k| noun_cue::possessor(ctx.frame, k))
        .filter(|owner| owner.first >= speaker.first)
        .unwrap_or(speaker)
}

/// How far into a speaker phrase [`speech_owner`] looks for its noun of
/// speech: past a possessor and an adjective or two.
const SPEECH_HEAD_REACH: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::{Attribution, Cue, Mention};

    fn last(text: &str) -> Option<Attribution<'_>> {
        crate::attribute(text)
            .filter(|a| a.quote().depth() == 0)
            .last()
    }

    /// Every example of every rule: a positive is decided by its rule,
    /// with the speaker and cue given; a negative is not, and gives the
    /// speaker given.
    #[test]
    fn every_rule_reads_its_examples() {
        let mut failures = Vec::new();
        for def in RULES {
            for ex in def.examples {
                let a = last(ex.text);
                let a = a.as_ref();
                let rule = a.and_then(Attribution::rule);
                let speaker = a.and_then(Attribution::speaker).map(Mention::text);
                let cue = a.and_then(Attribution::cue).map(Cue::text);
                let ok = if ex.fires {
                    rule == Some(def.rule) && speaker == ex.speaker && cue == ex.cue
                } else {
                    rule != Some(def.rule) && speaker == ex.speaker
                };
                if !ok {
                    failures.push(format!(
                        "{:?} {}: {:?} gave {rule:?} {speaker:?} {cue:?}",
                        def.rule,
                        if ex.fires { "positive" } else { "negative" },
                        ex.text
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Each rule has at least three examples, one of them negative, and
    /// appears once in the list.
    #[test]
    fn every_rule_has_examples_and_one_place() {
        for def in RULES {
            assert!(
                def.examples.len() >= 3,
                "{:?} has too few examples",
                def.rule
            );
            assert!(
                def.examples.iter().any(|e| !e.fires),
                "{:?} has no negative example",
                def.rule
            );
            assert_eq!(RULES.iter().filter(|d| d.rule == def.rule).count(), 1);
        }
    }
}
