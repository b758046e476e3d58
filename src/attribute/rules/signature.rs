//! A signature line: a paragraph of quotations no rule attributed, then a
//! paragraph that is nothing but a dash and a name ("- Ann Lee." or "—Ann
//! Lee, a nurse in Ames."), as in collections of quotations and fact
//! checks. The name signs the quotations before it.

use super::{Apply, Found, RuleDef, no, yes};
use crate::attribute::frame::Frame;
use crate::attribute::{MentionKind, Rule};

/// A name alone after a dash under a quotation rarely names anyone else.
pub(crate) const CONFIDENCE: f32 = 0.9;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::Signature,
    apply: Apply::Discourse,
    examples: &[
        yes(
            "\u{201c}We will look into it. I will certainly look into it.\u{201d}\n\n- Ann Lee.",
            "Ann Lee",
            None,
        ),
        yes(
            "\"The whole idea needs to stop.\"\n\n\u{2014}Maria Lopez, Philadelphia.",
            "Maria Lopez",
            None,
        ),
        yes(
            "\u{201c}Great speech. She is ready.\u{201d}\n\n-Maria Lopez, after the speech.",
            "Maria Lopez",
            None,
        ),
        // a description after the dash signs nothing
        no(
            "\u{201c}We will look into it.\u{201d}\n\n- An immigrant herself.",
            None,
        ),
        // nor does a name that goes on into a sentence
        no(
            "\u{201c}We will look into it.\u{201d}\n\n- Ann Lee said nothing more.",
            None,
        ),
    ],
};

/// The name of a signature line: `frame` is the whole paragraph, a dash,
/// then a named phrase that ends it or is followed by a comma (and a
/// description: "—Ann Lee, speaking after the vote."), with no quotation
/// after it.
pub(crate) fn read(frame: &Frame<'_>) -> Option<Found> {
    let r = &frame.r;
    // (a hyphen right before the name is a dash there: "-Ann Lee.")
    let dash = r.toks[frame.lo].is_dash() || r.toks[frame.lo].is_punct('-');
    if frame.lo != 0 || frame.hi != r.toks.len() || !dash {
        return None;
    }
    let np = r.phrase_starting_at(frame.lo + 1, frame.hi)?;
    if !matches!(np.kind, MentionKind::Person | MentionKind::Organization) || np.name.is_none() {
        return None;
    }
    let after = np.last + 1;
    let closes = after >= frame.hi
        || (r.toks[after].is_punct('.') && after + 1 == frame.hi)
        || r.toks[after].is_punct(',');
    let plain = (after..frame.hi).all(|k| r.toks[k].quote().is_none());
    (closes && plain).then(|| Found::new(np, None, Rule::Signature, CONFIDENCE, frame.hi))
}
