//! `Lagarde Warns of "Sticky" Prices`: in a headline in title case, the
//! name before the first verb speaks the quotation that follows; the verb
//! is no part of the name.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::classes::{EVIDENCE, FEMALE, MALE, NON_NAME, PREPOSITION, VERB};
use crate::attribute::frame::is_be;
use crate::attribute::phrase::looks_finite;
use crate::attribute::{MentionKind, Rule};
use crate::lexicon::{MAX_WORD, folded};

/// Headlines are terse: the subject usually, not always, speaks (25 of 27
/// right on the training split).
pub(crate) const CONFIDENCE: f32 = 0.9;

/// The most words the name before the verb may have.
const LONGEST: usize = 5;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::HeadlineVerb,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Lagarde Warns of \u{201c}Sticky\u{201d} Prices",
            "Lagarde",
            Some("Warns"),
        ),
        yes(
            "Senator Ruth Alder Says Plan Is \"Dead on Arrival\"",
            "Senator Ruth Alder",
            Some("Says"),
        ),
        yes(
            "Selena Ruiz Opened Up About Being Called \u{201c}Too Loud\u{201d}",
            "Selena Ruiz",
            Some("Opened"),
        ),
        // a verb in "-s" after a given name and a surname
        yes(
            "Ann Lee Sides With the Unions On \u{2018}Fair Pay\u{2019}",
            "Ann Lee",
            Some("Sides With"),
        ),
        // an adverb between the name and the verb is no part of the name
        yes(
            "Ann Lee Just Called the Tax Plan \"A Disaster\"",
            "Ann Lee",
            Some("Called"),
        ),
        // a copula says what the subject is: the quotation labels it
        no(
            "Ann Lee Is A \u{2018}Born Leader,\u{2019} Court Finds",
            None,
        ),
        // a given name in "-ed" is no verb
        no(
            "Former Ted Cruz Aide \u{2018}Regrets\u{2019} Nothing",
            Some("Former Ted Cruz Aide"),
        ),
        // not in a headline
        no(
            "Lagarde warned of \u{201c}sticky\u{201d} prices and left the room early.",
            Some("Lagarde"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    if !frame.headline {
        return None;
    }
    let r = &frame.r;
    let start = frame.lo;
    let verb = (start + 1..ctx.q.min(start + LONGEST + 1)).find(|&v| {
        let mut buf = [0u8; MAX_WORD];
        let lower = folded(frame.word(v), &mut buf);
        // (a verb in "-s" only after a given name and a surname, where
        // it cannot be part of the name: "Ann Lee Sides With …"; after
        // one word it may be a plural: "Clinton Emails Show")
        // (after one word, where its object follows: "Trump Addresses
        // Munich Attack", not a verb, "Clinton Emails Show", nor a
        // preposition, "Clinton Emails On …"; nor after an adjective,
        // "Frustrated Parents Rally", nor in capitals, "IOWA POLLS NOT
        // WRONG")
        let after_word = v == start + 1
            && !frame.word(start).ends_with("ed")
            && !r.no_lower_case(v)
            && r.is_word_at(v + 1)
            && !r.is(v + 1, VERB | EVIDENCE | PREPOSITION)
            && !looks_finite(&folded(frame.word(v + 1), &mut [0u8; MAX_WORD]));
        let after_name = (v == start + 2 && r.is(start, MALE | FEMALE)) || after_word;
        // (a given name in "-ed" is no past form: "Former Ted Cruz Aide …")
        r.is_cap(v)
            && !r.is(v, MALE | FEMALE)
            && (r.is(v, VERB) || (looks_finite(&lower) && (!lower.ends_with('s') || after_name)))
    })?;
    // (an adverb of time may stand between the name and its verb, and is
    // no part of the name: "Trump Just Announced …", "Lee Finally Says …")
    let end = if verb > start + 1 && r.headline_aside(verb - 1) {
        verb - 1
    } else {
        verb
    };
    if !(start..end).all(|k| r.is_cap(k) && !r.is(k, NON_NAME)) {
        return None;
    }
    let np = r.classify_run(start, end - 1, false);
    // (past an auxiliary and an adverb to the verb itself: "Trump Is Now
    // Calling …")
    let mut verb = verb;
    while r.headline_aside(verb) {
        verb += 1;
    }
    // (a copula that is the verb itself says what the subject is, and the
    // quotation is a label for it, not its words: "Lee Is A \"Born
    // Leader,\" Court Finds")
    if is_be(&folded(frame.word(verb), &mut [0u8; MAX_WORD])) {
        return None;
    }
    // (or a speaker described: "Christian Speaker Just Shared …")
    let described = np.kind == MentionKind::Description && !np.generic;
    (matches!(np.kind, MentionKind::Person | MentionKind::Organization) || described)
        .then(|| Found::new(np, Some(verb), Rule::HeadlineVerb, CONFIDENCE, verb + 1))
}
