//! `X said:` (or `Excerpts from the senator's statement:`) closing a
//! paragraph introduces the quotation that opens the next one. (Without
//! a reporting verb, `X made the following comment:`, the introduction is
//! [`subject_colon`](super::subject_colon)'s.)

use super::{Apply, Found, RuleDef, no, noun_cue, subject_colon, yes};
use crate::attribute::classes::{DOCUMENT, SPEECH_NOUN};
use crate::attribute::frame::Frame;
use crate::attribute::phrase::Np;
use crate::attribute::{MentionKind, Rule};
use crate::lexicon::{MAX_WORD, folded};

/// The colon points ahead plainly, across a paragraph break.
pub(crate) const CONFIDENCE: f32 = 0.9;

/// How far before the colon the reporting verb may stand, in tokens: as
/// far as before a colon inside the paragraph ("put it more bluntly at a
/// meeting last month:").
const REACH: usize = 12;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ColonParagraph,
    apply: Apply::Discourse,
    examples: &[
        yes(
            "In a statement, the minister said:\n\n\u{201c}We are ready to talk.\u{201d}",
            "the minister",
            Some("said"),
        ),
        yes(
            "Gov. Alma Reyes wrote on Twitter:\n\n\"Proud of this team.\"",
            "Gov. Alma Reyes",
            Some("wrote"),
        ),
        yes(
            "She added:\n\n\u{201c}Nobody asked us.\u{201d}",
            "She",
            Some("added"),
        ),
        // an imperative before a document names no speaker
        no(
            "Read the full statement below:\n\n\"The department regrets the delay.\"",
            None,
        ),
        yes(
            "Said the mayor:\n\n\"We are ready.\"",
            "the mayor",
            Some("Said"),
        ),
        // a place and a time between the verb and its colon
        yes(
            "Here is how the mayor put it at a meeting last month:\n\n\"We can argue forever.\"",
            "the mayor",
            Some("put it"),
        ),
        // an object, an adverb, a place and a time after the verb
        yes(
            "The board chair, Denise Okafor, put it more bluntly at a meeting last month:\n\n\"We can argue forever.\"",
            "The board chair, Denise Okafor",
            Some("put it"),
        ),
        // a verb without a subject leaves the frame to an opening "as"
        yes(
            "As the Herald reported, the city hall was refusing to call it a crisis:\n\n\"The city is calm.\"",
            "the Herald",
            Some("reported"),
        ),
        // an infinitive after "had", its subject the speaker
        yes(
            "Here is what Councilman Ray Dunn had to say about it:\n\n\"Nobody asked us.\"",
            "Councilman Ray Dunn",
            Some("say"),
        ),
        // without a reporting verb
        no(
            "Gov. Alma Reyes made the following comment:\n\n\u{201c}We are proud of this law.\u{201d}",
            Some("Gov. Alma Reyes"),
        ),
        // a noun for words said or written, with its possessor
        yes(
            "Key quotes from Ann Lee's speech:\n\n\"We will not back down.\"",
            "Ann Lee",
            Some("speech"),
        ),
        yes(
            "Excerpts from the senator's statement:\n\n\"I have done nothing wrong.\"",
            "the senator",
            Some("statement"),
        ),
        yes(
            "Here is the full text of her letter:\n\n\"Dear friends, we did it.\"",
            "her",
            Some("letter"),
        ),
        // (not without one)
        no("The statement in full:\n\n\"We regret the error.\"", None),
    ],
};

/// "X said:" (or, without a verb, "X made the following comment:")
/// closing the frame, for a quotation in the next paragraph.
pub(crate) fn closing(frame: &Frame<'_>) -> Option<Found> {
    let last = frame.hi.checked_sub(1).filter(|&l| l > frame.lo)?;
    if !frame.r.toks[last].is_punct(':') {
        return None;
    }
    let mut c = last;
    let mut reported = None;
    while c > frame.lo && c + REACH > last {
        c -= 1;
        if frame.is_cue(c) {
            // "Said Stone:": a sentence opening with its verb (not an
            // imperative before a document, "Read the full statement
            // below:", which names no speaker)
            let inverted = || {
                (c == frame.lo)
                    .then(|| frame.r.phrase_starting_at(frame.cue_last(c) + 1, last))
                    .flatten()
                    .filter(|np| np.last + 1 == last)
                    .filter(|np| {
                        !(np.first..=np.last)
                            .any(|k| !frame.r.is_cap(k) && frame.r.is(k, DOCUMENT | SPEECH_NOUN))
                    })
            };
            // (a verb without a subject of its own, "refusing to call
            // it terrorism:", leaves the frame to an opening "as" clause)
            reported = frame
                .r
                .subject_before(frame.lo, frame.had_to(c).unwrap_or(c))
                .or_else(inverted)
                .map(|subject| (subject, c));
            break;
        }
    }
    // "Excerpts from the senator's statement:": the possessor of a noun
    // of speech closing the frame; "Of course, as Pollak observed, the
    // winner was the stage itself:": the speaker of an opening "as" clause
    // (the words' owner first: "Key quotes from Biden's speech:" has no
    // verb "quotes")
    if let Some((np, c)) = possessed_words(frame, last)
        .or(reported)
        .or_else(|| as_clause(frame))
    {
        let f = Found::new(np, Some(c), Rule::ColonParagraph, CONFIDENCE, last + 1);
        return Some(f);
    }
    let np = frame.subject.filter(|s| {
        matches!(
            s.kind,
            MentionKind::Person | MentionKind::Pronoun | MentionKind::Organization
        )
    })?;
    Some(Found::new(
        np,
        None,
        Rule::SubjectColon,
        subject_colon::CONFIDENCE,
        last + 1,
    ))
}

/// Words said or written, besides the nouns of speech and documents, that
/// may close an introduction to what follows ("from his speech:").
const DELIVERED: &[&str] = &[
    "address",
    "interview",
    "sermon",
    "speech",
    "speeches",
    "testimony",
];

/// The possessor of a noun for words said or written right before the
/// colon at `colon`, with the noun: "Key quotes from Biden's speech:",
/// "Excerpts from the senator's statement:", "the full text of her
/// letter:". Not a noun with no possessor ("the statement:"), nor "its".
fn possessed_words(frame: &Frame<'_>, colon: usize) -> Option<(Np, usize)> {
    let noun = colon.checked_sub(1).filter(|&n| n > frame.lo)?;
    let mut buf = [0u8; MAX_WORD];
    let words = frame.r.is(noun, SPEECH_NOUN | DOCUMENT)
        || DELIVERED.contains(&&*folded(frame.word(noun), &mut buf));
    if !words || frame.r.is_cap(noun) {
        return None;
    }
    Some((noun_cue::possessor(frame, noun)?, noun))
}

/// How far into the frame an opening "as" clause may start ("Of course,
/// as …").
const AS_REACH: usize = 4;

/// An opening clause "as X observed," (after an adverb at most): its
/// speaker, named or a particular description, and its reporting verb,
/// closed by a comma.
fn as_clause(frame: &Frame<'_>) -> Option<(Np, usize)> {
    let r = &frame.r;
    let a = (frame.lo..frame.hi.min(frame.lo + AS_REACH))
        .find(|&i| frame.word(i).eq_ignore_ascii_case("as"))?;
    let np = r
        .phrase_starting_at(a + 1, frame.hi)
        .filter(|np| np.is_named() || (np.kind == MentionKind::Description && !np.generic))?;
    let c = np.last + 1;
    (frame.is_cue(c) && frame.comma_at(frame.cue_last(c) + 1)).then_some((np, c))
}
