//! Relays: an "according to" phrase in a sentence where someone else
//! speaks names the outlet the words came through ("According to RIA
//! Novosti, Wang Yi told Lavrov …": speaker Wang Yi, source RIA Novosti).
//! Not a rule: it completes whatever rule decided.

use super::Found;
use crate::attribute::Rule;
use crate::attribute::frame::Frame;

/// `found` with the frame's "according to" phrase as its source, when the
/// speaker is someone else and the rule did not read that phrase itself.
pub(crate) fn relay(frame: &Frame<'_>, mut found: Found) -> Found {
    let Some((at, np)) = frame.according else {
        return found;
    };
    let own = matches!(
        found.rule,
        Rule::TrailingAccordingTo | Rule::LeadingAccordingTo | Rule::LaterAccordingTo
    ) || found.cue == Some(at);
    if !own && np.first != found.speaker.first {
        found.source = Some(np);
    }
    found
}
