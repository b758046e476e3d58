//! `"Q1," X said, "Q2."`: the second part of a quotation split around its
//! attribution takes the first part's speaker.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;
use crate::attribute::classes::PREPOSITION;

/// Only punctuation, a phrase describing the speaker, or a complement of
/// time or occasion stands between the attribution and the second part
/// (all 87 right on the training split, all 17 on the development one).
pub(crate) const CONFIDENCE: f32 = 0.99;

/// The most tokens a phrase describing the speaker may have.
const APPOSITIVE: usize = 24;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::SplitQuote,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}We agree,\u{201d} Lavrov said, \u{201c}and we will act.\u{201d}",
            "Lavrov",
            Some("said"),
        ),
        yes(
            "\"First,\" said the coach: \"we rest.\"",
            "the coach",
            Some("said"),
        ),
        yes(
            "\u{201c}No,\u{201d} she said \u{2014} \u{201c}never.\u{201d}",
            "she",
            Some("said"),
        ),
        yes(
            "\u{201c}The risk,\u{201d} said Ed Leamer, an economist at the bank, \u{201c}is that we lose.\u{201d}",
            "Ed Leamer",
            Some("said"),
        ),
        // a complement of time or occasion after the speaker
        yes(
            "\u{201c}Nobody wanted this,\u{201d} writes Tom Field in his new book, \u{201c}least of all the unions.\u{201d}",
            "Tom Field",
            Some("writes"),
        ),
        yes(
            "\u{201c}We agree,\u{201d} said Ann Lee on Tuesday, \u{201c}and we will act.\u{201d}",
            "Ann Lee",
            Some("said"),
        ),
        // a part in capitals after a complement may be its title
        no(
            "\u{201c}We lost,\u{201d} she wrote in her memoir, \u{201c}Hard Truths.\u{201d}",
            Some("she"),
        ),
        // words between: the second part is read on its own
        no(
            "\u{201c}We agree,\u{201d} Lavrov said, and Wang Yi replied: \u{201c}So do we.\u{201d}",
            Some("Wang Yi"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let prior = ctx.prior?;
    let between = prior.attribution_end..ctx.q;
    let frame = ctx.frame;
    let separator = |i: usize| {
        let t = &frame.r.toks[i];
        t.is_punct(',') || t.is_punct(':') || t.is_dash()
    };
    let only_punctuation = between.clone().all(separator);
    // "Q1," said X, an economist at the bank, "Q2": an appositive or a
    // participle describing the speaker, set off by commas
    // ("Q1," said X on Tuesday, "q2"; "Q1," writes X in his new book,
    // "q2": or a complement of time, place or occasion, with no comma
    // before it, where the second part goes on in lower case; in capitals
    // it may be a title the complement names: `she wrote in her memoir,
    // "Tough Choices."`)
    let continues = || {
        frame.r.toks[ctx.q]
            .text(frame.r.text)
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
    };
    let opens = between.len() > 2
        && (separator(between.start) || (frame.r.is(between.start, PREPOSITION) && continues()));
    let described = opens
        && separator(between.end - 1)
        && between.len() <= APPOSITIVE
        && !between.clone().any(|i| {
            frame.r.toks[i].quote().is_some()
                || (frame.is_cue(i) && !frame.word(i).ends_with("ing"))
        });
    ((only_punctuation || described) && !between.is_empty()).then(|| Found {
        rule: Rule::SplitQuote,
        confidence: CONFIDENCE,
        attribution_end: ctx.q + 1,
        ..*prior
    })
}
