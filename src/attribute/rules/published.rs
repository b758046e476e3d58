//! `Her office issued a statement saying "Q"`: a document that speaks
//! through a participle is the source; the one who issued it (the
//! subject of the verb whose object it is) is the speaker.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;
use crate::attribute::classes::{
    DETERMINER, NON_NAME, NOUN_MARKER, PREPOSITION, PRONOUN, SUBORDINATOR,
};
use crate::attribute::frame::{Frame, REACH};
use crate::attribute::phrase::Np;

/// The issuer is named plainly, but the verb may not be one of issuing.
pub(crate) const CONFIDENCE: f32 = 0.95;

/// How many words may stand between the document and the participle.
const TIME_WORDS: usize = 4;

/// Words that cannot be the verb that issues a document.
const FUNCTION_WORDS: u32 = PREPOSITION | DETERMINER | PRONOUN | SUBORDINATOR | NON_NAME;

/// Heads of phrases that name a document, an ad or a message.
const DOCUMENTS: &[&str] = &[
    "ad",
    "ads",
    "advertisement",
    "article",
    "articles",
    "blog",
    "book",
    "brief",
    "cable",
    "caption",
    "column",
    "commercial",
    "communique",
    "editorial",
    "email",
    "emails",
    "filing",
    "letter",
    "letters",
    "mailer",
    "memo",
    "message",
    "note",
    "op-ed",
    "petition",
    "piece",
    "post",
    "poster",
    "posts",
    "press release",
    "release",
    "report",
    "reports",
    "resolution",
    "sign",
    "spot",
    "statement",
    "statements",
    "study",
    "survey",
    "tweet",
    "tweets",
    "video",
    "videos",
    "website",
];

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::Published,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Her office issued a statement saying the bill was \u{201c}dead on arrival.\u{201d}",
            "Her office",
            Some("saying"),
        ),
        yes(
            "The campaign released a new radio ad calling the plan \"a disaster.\"",
            "The campaign",
            Some("calling"),
        ),
        yes(
            "Amnesty International published a report this month accusing the army of \u{201c}war crimes.\u{201d}",
            "Amnesty International",
            Some("accusing"),
        ),
        // no document: the participle's own subject speaks
        no(
            "The mayor met voters on Monday, saying the city was \u{201c}ready.\u{201d}",
            Some("The mayor"),
        ),
    ],
};

/// Whether the phrase `np` is headed by a document word.
/// (in lower case: "The Washington Post" is a name, not a post)
fn is_document(frame: &Frame<'_>, np: &Np) -> bool {
    let at = np.role.map_or(np.last, |(_, b)| b);
    !frame.r.is_cap(at) && document_word(frame.word(at))
}

/// Whether `word` is one of the [`DOCUMENTS`].
fn document_word(word: &str) -> bool {
    DOCUMENTS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Verbs that issue a document, or hold up a sign, before a relative
/// "that" or "which", in every form: the subject is the document's
/// author.
const ISSUING: &[&str] = &[
    "aired",
    "airing",
    "airs",
    "carried",
    "carries",
    "carrying",
    "circulated",
    "circulating",
    "displayed",
    "displaying",
    "distributed",
    "distributing",
    "drafted",
    "drafting",
    "drafts",
    "held",
    "hoisted",
    "holding",
    "holds",
    "issued",
    "issues",
    "issuing",
    "launched",
    "launches",
    "launching",
    "penned",
    "posted",
    "posting",
    "posts",
    "published",
    "publishes",
    "publishing",
    "ran",
    "released",
    "releases",
    "releasing",
    "reprint",
    "reprinted",
    "reprinting",
    "reprints",
    "running",
    "runs",
    "sending",
    "sent",
    "shared",
    "shares",
    "sharing",
    "signed",
    "signing",
    "signs",
    "started",
    "starting",
    "starts",
    "tweeted",
    "unveiled",
    "unveiling",
    "unveils",
    "waved",
    "waving",
    "wearing",
    "wore",
    "writes",
    "wrote",
];

/// How many modifiers may stand between a document's determiner and its
/// head ("a new 30-second marketing video").
const MODIFIERS: usize = 3;

/// A document noun right before token `end`, after a determiner and a few
/// lower-case modifiers ("a marketing video that said"), which the
/// speaker grammar does not read as a phrase: no person speaks there.
fn plain_document(frame: &Frame<'_>, end: usize) -> Option<Np> {
    let head = end.checked_sub(1).filter(|&h| h > frame.lo)?;
    if !frame.r.is_word_at(head) || !document_word(frame.word(head)) {
        return None;
    }
    let det = (head.saturating_sub(MODIFIERS + 1).max(frame.lo)..head)
        .rev()
        .take_while(|&k| frame.r.is_word_at(k) && !frame.r.is_cap(k) && !frame.is_cue(k))
        .find(|&k| frame.r.is(k, NOUN_MARKER))?;
    Some(Np::description(det, head))
}

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    let floor = frame.lo.max(q.saturating_sub(REACH));
    // the participle nearest the quotation, not after a comma, or a
    // reporting verb after a relative "that" or "which" ("ran a piece that
    // noted")
    let c = (floor..q).rev().find(|&c| {
        frame.is_cue(c)
            && c > frame.lo
            && (frame.word(c).ends_with("ing") && !frame.r.toks[c - 1].is_punct(',')
                || matches!(frame.word(c - 1), "that" | "which") && frame.r.relative(c - 1))
    })?;
    // the document ends before the participle, or before "that"
    let after = if frame.word(c).ends_with("ing") {
        c
    } else {
        c - 1
    };
    // the later quotations of a list the participle governs ("accusing
    // the army of "Q1," "Q2" and "Q3"") are the document's too, but not
    // across another cue
    if frame.quote_between(c, q) && (c + 1..q).any(|k| frame.is_cue(k)) {
        return None;
    }
    let (issuer, document) = issued(frame, after, after < c)?;
    let mut f = Found::new(issuer, Some(c), Rule::Published, CONFIDENCE, q);
    f.source = Some(document);
    Some(f)
}

/// How many tokens before the participle or relative pronoun a document
/// of [`issued`] may start.
const DOCUMENT_WINDOW: usize = 12;

/// The document that ends before token `after`, and who issued it: the
/// subject of the verb that takes it as object ("Her office issued a
/// statement saying", "He released a letter from his doctor that
/// says"). `relative`: a relative pronoun stands at `after`, and the verb
/// must be one of [`ISSUING`] ("She watched a video that said" names no
/// publisher).
pub(crate) fn issued(frame: &Frame<'_>, after: usize, relative: bool) -> Option<(Np, Np)> {
    // the document right before it, or before a short time phrase ("a
    // report this month accusing"), past its author ("a letter from his
    // doctor Friday that says")
    let past_author = |k: usize| {
        if matches!(frame.word(k), "from" | "by") {
            frame
                .r
                .phrase_starting_at(k + 1, after)
                .map_or(k, |np| np.last + 1)
        } else {
            k
        }
    };
    let mut window = after.saturating_sub(DOCUMENT_WINDOW).max(frame.lo)..after;
    // (a cheap look first, as this runs for every participle: the
    // document's head word stands in the window)
    if !window
        .clone()
        .any(|k| frame.r.is_word_at(k) && document_word(frame.word(k)))
    {
        return None;
    }
    let document = window
        .find_map(|s| {
            frame.r.phrase_starting_at(s, after).filter(|np| {
                is_document(frame, np)
                    && after - past_author(np.last + 1) < TIME_WORDS
                    && (np.last + 1..after).all(|k| frame.r.is_word_at(k) && !frame.is_cue(k))
            })
        })
        .or_else(|| plain_document(frame, after))?;
    // the verb that takes it as object, and that verb's subject
    let mut v = document.first.checked_sub(1).filter(|&v| v >= frame.lo)?;
    // a verb with its particle: "sent out a press release"
    if matches!(frame.word(v), "out" | "up" | "off") && v > frame.lo {
        v -= 1;
    }
    if !frame.r.is_word_at(v) || frame.r.is_cap(v) || frame.r.is(v, FUNCTION_WORDS) {
        return None;
    }
    if relative && !ISSUING.contains(&frame.word(v)) {
        return None;
    }
    let issuer = frame.r.subject_before(frame.lo, v)?;
    Some((issuer, document))
}
