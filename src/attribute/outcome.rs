//! What the rules found, turned from token positions into whole-text spans
//! and linked to entities ([`Outcome`]), kept compactly until the
//! quotation is handed out ([`Stored`]), and then built into the public
//! [`Attribution`] with the entities' names as they stand.

use super::coref::{Coref, Draft};
use super::entities::{Registry, display_form, is_display_form};
use super::frame::Frame;
use super::rules::Found;
use super::{Attribution, Cue, Entity, Mention, MentionKind, Rule, Text};
use crate::Span;
use crate::quote::Quote;
use std::borrow::Cow;
use std::sync::Arc;

/// The confidence of a quotation no rule attributed.
const UNATTRIBUTED: f32 = 0.0;

/// An attribution with whole-text spans.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    pub(crate) speaker: Draft,
    /// The speaker mention nearest the quotation, as written, where the
    /// speaker is a fuller mention of the same person elsewhere in the
    /// sentence.
    pub(crate) nearest: Draft,
    pub(crate) cue: Option<Span>,
    pub(crate) source: Option<Draft>,
    pub(crate) addressee: Option<Draft>,
    pub(crate) rule: Rule,
    pub(crate) confidence: f32,
}

impl Outcome {
    /// What the rules found in `frame` (whose string starts at `base` in
    /// the whole text), as spans, its mentions linked to entities.
    pub(crate) fn resolve(coref: &mut Coref, frame: &Frame<'_>, base: usize, f: &Found) -> Outcome {
        let cue = cue_span(frame, base, f);
        coref.registry.linking_speaker = true;
        let speaker = coref.mention(frame, base, f.speaker);
        coref.registry.linking_speaker = false;
        // a name that speaks is a person's (or an organisation's)
        if let (MentionKind::Person, Some(e)) = (speaker.kind, speaker.entity) {
            coref.registry.entities[e].person = true;
        }
        // (not in a headline, nor by the rule that reads one in sentence
        // case, whose capitals may take in words of description: "Liberal
        // Oscar-winner Sarandon 'not sure' about …")
        let headline = frame.headline
            || matches!(
                f.rule,
                Rule::Headline | Rule::HeadlineVerb | Rule::SentenceSubject
            );
        if let Some(e) = speaker.entity.filter(|_| !headline) {
            coref.registry.entities[e].spoke = true;
        }
        Outcome {
            speaker,
            nearest: speaker,
            cue,
            source: f.source.map(|np| coref.mention(frame, base, np)),
            addressee: f.addressee.map(|np| coref.mention(frame, base, np)),
            rule: f.rule,
            confidence: f.confidence,
        }
    }

    /// The earliest offset of its mentions and cue.
    pub(crate) fn start(&self) -> Option<usize> {
        [
            Some(self.speaker),
            Some(self.nearest),
            self.source,
            self.addressee,
        ]
        .into_iter()
        .flatten()
        .map(|d| d.span.start)
        .chain(self.cue.map(|c| c.start))
        .min()
    }
}

/// The whole-text span of the cue `f` found in `frame` (whose string
/// starts at `base`): a reporting phrase of several words ends at its
/// last word.
pub(crate) fn cue_span(frame: &Frame<'_>, base: usize, f: &Found) -> Option<Span> {
    let toks = frame.r.toks;
    f.cue.map(|c| {
        let last = f.cue_last.unwrap_or_else(|| frame.cue_last(c));
        Span::new(toks[c].span.start, toks[last].span.end).shifted(base)
    })
}

/// An outcome as kept until the quotation is handed out: the speaker and
/// cue inline, the rarer source and addressee boxed.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    speaker: Draft,
    cue: Option<Span>,
    others: Option<Box<(Option<Draft>, Option<Draft>)>>,
    rule: Rule,
    confidence: f32,
}

impl Stored {
    /// The earliest offset of the text it refers to: its mentions (with
    /// their names and roles) and cue.
    pub(crate) fn start(&self) -> Option<usize> {
        let (source, addressee) = self.others.as_deref().copied().unwrap_or((None, None));
        [Some(self.speaker), source, addressee]
            .into_iter()
            .flatten()
            .flat_map(|d| [Some(d.span), d.name, d.role])
            .chain([self.cue])
            .flatten()
            .map(|s| s.start)
            .min()
    }
}

impl From<&Outcome> for Stored {
    fn from(r: &Outcome) -> Self {
        Stored {
            speaker: r.speaker,
            cue: r.cue,
            others: (r.source.is_some() || r.addressee.is_some())
                .then(|| Box::new((r.source, r.addressee))),
            rule: r.rule,
            confidence: r.confidence,
        }
    }
}

/// The public entities of a registry, in the order of their indices.
pub(crate) fn entities(registry: &Registry) -> Vec<Entity> {
    registry
        .entities
        .iter()
        .map(|e| Entity {
            name: e.display.clone(),
            kind: e.kind,
            role: e.role.clone(),
        })
        .collect()
}

/// The public form of a mention: its text from `text` (whose first byte is
/// at `base`), borrowed when it can be.
pub(crate) fn public<'t>(registry: &Registry, text: &'t str, base: usize, d: Draft) -> Mention<'t> {
    let entity = d.entity.map(|e| &registry.entities[e]);
    let local = |s: Span| Span::new(s.start - base, s.end - base);
    Mention {
        span: d.span,
        text: Cow::Borrowed(&text[local(d.span)]),
        name: match (entity, d.name) {
            (Some(e), _) => Some(Text::Shared(Arc::clone(&e.display))),
            (None, Some(n)) => {
                let name = &text[local(n)];
                Some(if is_display_form(name) {
                    Text::Borrowed(name)
                } else {
                    Text::Shared(display_form(name))
                })
            }
            (None, None) => None,
        },
        kind: d.kind,
        role: match (d.role, entity.and_then(|e| e.role.as_ref())) {
            (Some(r), _) => Some(Text::Borrowed(&text[local(r)])),
            (None, Some(r)) => Some(Text::Shared(Arc::clone(r))),
            (None, None) => None,
        },
        entity: d.entity,
    }
}

/// A quotation with its stored outcome, as the public attribution, its
/// names from `registry` as they stand.
pub(crate) fn build<'t>(
    registry: &Registry,
    text: &'t str,
    base: usize,
    quote: Quote<'t>,
    stored: Option<&Stored>,
) -> Attribution<'t> {
    let Some(r) = stored else {
        return Attribution {
            quote,
            speaker: None,
            cue: None,
            source: None,
            addressee: None,
            confidence: UNATTRIBUTED,
            rule: None,
        };
    };
    let (source, addressee) = r.others.as_deref().copied().unwrap_or((None, None));
    // (a top-level quotation never holds its own speaker, source or
    // addressee: a phrase that a stray mark let run into it is dropped)
    let outside = |m: &Mention<'t>| quote.depth() > 0 || !m.span().overlaps(quote.span());
    let speaker = public(registry, text, base, r.speaker);
    if !outside(&speaker) {
        return build(registry, text, base, quote, None);
    }
    let source = source
        .map(|d| public(registry, text, base, d))
        .filter(|m| outside(m));
    let addressee = addressee
        .map(|d| public(registry, text, base, d))
        .filter(|m| outside(m));
    Attribution {
        quote,
        speaker: Some(speaker),
        cue: r.cue.map(|c| Cue {
            text: Cow::Borrowed(&text[c.start - base..c.end - base]),
            span: c,
        }),
        source: source.map(Box::new),
        addressee: addressee.map(Box::new),
        confidence: rounded(r.confidence),
        rule: Some(r.rule),
    }
}

/// A confidence to four decimals: one reduced by factors ("0.9 × 0.9")
/// reads 0.81, not 0.80999994, where people and JSON see it.
pub(crate) fn rounded(confidence: f32) -> f32 {
    (confidence * 10_000.0).round() / 10_000.0
}
