//! The reporting clause right after a quotation, `"Q," X said`, shared by
//! the rules that read it (not itself a rule).

use crate::attribute::frame::{Frame, is_tell};
use crate::attribute::phrase::Np;

/// How far after the quotation the reporting verb may stand, in tokens.
const REACH: usize = 32;

/// The first token after the quotation at `q`, past commas and colons.
pub(crate) fn after(frame: &Frame<'_>, q: usize) -> Option<usize> {
    let mut k = q + 1;
    while k < frame.hi && (frame.r.toks[k].is_punct(',') || frame.r.toks[k].is_punct(':')) {
        k += 1;
    }
    (k < frame.hi).then_some(k)
}

/// `"Q," X said`: the first reporting verb within reach after the
/// quotation whose subject starts right after it, with that subject. Not
/// where the quotation is followed by a dash, "according to" or a
/// reporting verb (`"Q," said X`), which other rules read.
pub(crate) fn find(frame: &Frame<'_>, q: usize) -> Option<(usize, Np)> {
    let k = after(frame, q)?;
    if frame.r.toks[k].is_dash()
        || frame.according_to(k)
        || (frame.is_cue(k) && !is_tell(frame.word(k)))
    {
        return None;
    }
    let reach = (k + REACH).min(frame.hi);
    for c in k + 1..reach {
        if frame.r.toks[c].quote().is_some() {
            break;
        }
        if frame.is_cue(c) {
            let mut np = frame.r.subject_before(k, c)?;
            if np.first != k {
                np = frame.r.extend_to(k, np)?;
            }
            return frame.finite_after(c, &np).then_some((c, np));
        }
    }
    None
}
