//! The reporting clause right after a quotation, `"Q," X said`, shared by
//! the rules that read it (not itself a rule).

use crate::attribute::MentionKind;
use crate::attribute::classes::{DEMONSTRATIVE, DETERMINER, MODIFIER, PRONOUN, SUBORDINATOR, VERB};
use crate::attribute::frame::{Frame, closes_attribution, is_tell};
use crate::attribute::phrase::{IRREGULAR_PARTICIPLES, Np, STOP, subject_pronoun};

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
    // ("…," — he said.): a dash before a pronoun and its verb of saying
    // sets off the same reporting clause
    if frame.r.toks[k].is_dash()
        && subject_pronoun(frame.word(k + 1))
        && frame.is_cue(k + 2)
        && closes_attribution(frame, k + 2)
    {
        return Some((k + 2, Np::pronoun(k + 1)));
    }
    // (so it does before any subject: "…" — the mayor said on Friday.)
    if frame.r.toks[k].is_dash() {
        let np = frame.r.phrase_starting_at(k + 1, frame.hi)?;
        let c = np.last + 1;
        let closes = c < frame.hi
            && frame.is_cue(c)
            && !frame.r.is_cap(c)
            && np.kind != MentionKind::Pronoun
            && closes_attribution(frame, c);
        return closes.then_some((c, np));
    }
    // ("…," was how Lee put it.): the clause after "was how" or "is how"
    // reports the quotation it points back to
    if matches!(frame.word(k), "was" | "is") && frame.word(k + 1) == "how" {
        let np = frame.r.phrase_starting_at(k + 2, frame.hi)?;
        let c = np.last + 1;
        return (c < frame.hi
            && np.first == k + 2
            && frame.is_cue(c)
            && closes_attribution(frame, c))
        .then_some((c, np));
    }
    if frame.r.toks[k].is_dash()
        || frame.according_to(k)
        || (frame.is_cue(k) && !is_tell(frame.word(k)))
    {
        return None;
    }
    // "…," X quoted Y as saying: another rule reads it
    if super::quoted_as_saying::quoted_after(frame, q).is_some() {
        return None;
    }
    let reach = (k + REACH).min(frame.hi);
    for c in k + 1..reach {
        // (a term inside an aside does not end it: "Lee, a "big four"
        // negotiator, said")
        if frame.r.toks[c].quote().is_some() && !frame.r.embedded_quote(k, c) {
            break;
        }
        if frame.is_cue(c) {
            // "Lee, speaking to reporters, said": a participle in an aside
            // is not the reporting verb
            if frame.word(c).ends_with("ing") && frame.r.comma_at(c - 1) {
                continue;
            }
            // the speaker phrase starts right after the quotation ("a
            // reporter can be heard asking": before a verb of perception
            // in the passive)
            // ("…," he was told by an aide: a passive verb's subject was
            // spoken to, and its agent speaks)
            let w = frame.word(c);
            if (w.ends_with("ed") || matches!(w, "told" | "said"))
                && frame.after_be(c)
                && frame.r.subject_before(k, c).is_some_and(|np| np.first == k)
            {
                return passive_trailer(frame, c);
            }
            // "…," the order released Friday said: the phrase before a
            // participle on it speaks
            if let Some(np) = before_participle(frame, k, c) {
                return closes_attribution(frame, c).then_some((c, np));
            }
            let v = heard_before(frame, k, c);
            let np = frame
                .r
                .subject_before(k, v)
                .or_else(|| lone_surname(frame, k, v))?;
            // "Lee, who is chairman of the group said": a relative clause
            // whose own verb is "be", its closing comma missing, leaves
            // the reporting verb to the name before it
            if let Some(main) = (k + 2..np.first.max(k + 2))
                .find(|&p| frame.r.relative(p))
                .and_then(|p| unclosed_relative(frame, k, p, c))
            {
                return closes_attribution(frame, c).then_some((c, main));
            }
            if np.first > k && frame.r.relative(np.first) {
                // "Cruz, who has proposed …, said": the relative clause's
                // verb is not the reporting verb
                continue;
            }
            // "appointing a "chief trade prosecutor" who reports to the
            // president": a relative clause right after the quotation is
            // about what it names, and speaks no words of it
            if np.first == k && frame.r.relative(k) {
                return None;
            }
            let np = if np.first == k {
                np
            } else {
                described(frame, k, np)?
            };
            let closes = (v != c || frame.finite_after(c, &np))
                && (closes_attribution(frame, c) || relative_after_addressee(frame, q, c));
            return closes.then_some((c, np));
        }
    }
    None
}

/// The speaker phrase from `k` right after the quotation when a past
/// participle on it follows, and then no more than [`PARTICIPLE_TAIL`]
/// words before the verb of saying at `c` ("the order released Friday
/// said", "the memo sent to staff says").
fn before_participle(frame: &Frame<'_>, k: usize, c: usize) -> Option<Np> {
    let r = &frame.r;
    if !matches!(frame.word(c), "said" | "says" | "stated" | "states") {
        return None;
    }
    let np = r.phrase_starting_at(k, c)?;
    let p = np.last + 1;
    let w = frame.word(p);
    let participle = r.is_word_at(p)
        && !r.is_cap(p)
        && (w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w));
    (participle
        && np.kind != MentionKind::Pronoun
        && c - p <= PARTICIPLE_TAIL
        && (p..c).all(|i| r.is_word_at(i)))
    .then_some(np)
}

/// How many words a participle on a speaker and what follows it may have
/// before the reporting verb ([`before_participle`]).
const PARTICIPLE_TAIL: usize = 4;

/// The named speaker from `k` to the comma before the relative pronoun at
/// `p`, when the relative clause opens with "is" or "was" and runs in
/// words alone to the reporting verb at `c`: "Lee, who is chairman of
/// the group said" (a clause of "be" takes no second verb).
fn unclosed_relative(frame: &Frame<'_>, k: usize, p: usize, c: usize) -> Option<Np> {
    // (`p` is at least `k + 2`: a word and its comma before it)
    if !frame.r.comma_at(p - 1)
        || !matches!(frame.word(p + 1), "is" | "was")
        || (p + 1..c).any(|i| !frame.r.is_word_at(i))
    {
        return None;
    }
    let mut np = frame
        .r
        .phrase_ending_at(k, p - 2)
        .filter(|np| np.first == k && np.is_named())?;
    np.appositive = true;
    Some(np)
}

/// The agent after "by" of the passive reporting verb at `c` closing the
/// sentence ("…," he was told by an aide.), or none.
fn passive_trailer(frame: &Frame<'_>, c: usize) -> Option<(usize, Np)> {
    let by = frame.cue_last(c) + 1;
    if frame.word(by) != "by" {
        return None;
    }
    let np = frame.r.phrase_starting_at(by + 1, frame.hi)?;
    let end = np.last + 1;
    (end >= frame.hi || !frame.r.is_word_at(end)).then_some((c, np))
}

/// A lone capitalised word at `k` right after a quotation and before the
/// past reporting verb at `c`, which the speaker grammar reads as no name
/// because the word is also a function word or verb ("“Q,” From said",
/// "“Q,” Read said"): there it can only be a surname. Not a pronoun,
/// determiner, conjunction or adverb ("“Q,” This said"), nor a word that
/// may stand between a subject and its verb ("Still"); "Will" may, but
/// not before a past form ("“Q,” Will wrote").
fn lone_surname(frame: &Frame<'_>, k: usize, c: usize) -> Option<Np> {
    let r = &frame.r;
    let w = frame.word(c);
    let past = w.ends_with("ed") || matches!(w, "said" | "wrote" | "told");
    // ("“Q,” Will wrote": the modal takes no past form after it, so
    // "Will" before one is a surname)
    let function = (frame.word(k) != "Will"
        && r.is(
            k,
            PRONOUN | DETERMINER | DEMONSTRATIVE | SUBORDINATOR | MODIFIER,
        ))
        || matches!(frame.word(k), "And" | "But" | "Or" | "So" | "Yet" | "Nor");
    (c == k + 1 && r.is_word_at(k) && r.is_cap(k) && past && !function).then(|| {
        let mut np = Np::new(k, k, MentionKind::Person);
        np.name = Some((k, k));
        np
    })
}

/// Whether "that" after whom the verb of telling at `c` tells opens a
/// relative clause: after a quotation closed by its comma, which is what
/// was told ("“Q,” he told a crowd that the campaign put at 3,000").
fn relative_after_addressee(frame: &Frame<'_>, q: usize, c: usize) -> bool {
    let r = &frame.r;
    if !is_tell(frame.word(c))
        || !(r.comma_at(q) || r.toks.get(q + 1).is_some_and(|t| t.is_punct(',')))
    {
        return false;
    }
    let k = frame.cue_last(c) + 1;
    r.phrase_starting_at(k, frame.hi)
        .is_some_and(|np| frame.word(np.last + 1) == "that")
}

/// A name phrase `np` with up to two lower-case words from token `k`
/// before it, right after a quotation, where they can only describe the
/// speaker ("screenwriter Cole Haddon", "warm-and-fuzzy Trump", "9/11
/// widow Terry Strada"; numbers not counted).
fn described(frame: &Frame<'_>, k: usize, np: Np) -> Option<Np> {
    let words = k..np.first;
    let numbers = words.clone().filter(|&i| frame.r.is_number(i)).count();
    let plain = words
        .clone()
        .all(|i| frame.r.is_word_at(i) && !frame.r.is_cap(i) && !frame.r.is(i, STOP));
    let described = plain && words.len() - numbers <= 2 && words.len() <= 4;
    (np.kind == crate::attribute::MentionKind::Person
        && (described || employer(frame, k, np.first)))
    .then_some(Np { first: k, ..np })
}

/// How many tokens an employer's name and the role after it may take
/// before a described speaker's name.
const EMPLOYER_REACH: usize = 8;

/// Whether tokens `k..first`, right after a quotation and before a
/// person's name, are the name of whom the person works for and perhaps
/// the role there ("CBS This Morning anchor Ann Lee", "Fight for
/// $15 organizing director Kendall Fells"): capitalised words, numbers
/// and amounts, lower-case words only between two of them ("for") or as
/// the last two (the role). Not a phrase opened by a function word ("On
/// Tuesday Lee said", "But Lee said").
fn employer(frame: &Frame<'_>, k: usize, first: usize) -> bool {
    let r = &frame.r;
    if first <= k
        || first - k > EMPLOYER_REACH
        || !r.is_cap(k)
        || r.is(k, (STOP & !VERB) | DETERMINER)
    {
        return false;
    }
    // the role: up to two lower-case words before the name
    let mut end = first;
    while end > k + 1
        && first - end < 2
        && r.is_word_at(end - 1)
        && !r.is_cap(end - 1)
        && !r.is(end - 1, STOP)
    {
        end -= 1;
    }
    // (a currency sign makes no token: "$15" reads as the number)
    (k..end).all(|i| {
        r.is_word_at(i)
            && (r.is_cap(i)
                || r.is_number(i)
                || (matches!(r.word(i), "for" | "of" | "and" | "the" | "on")
                    && (r.is_cap(i + 1) || r.is_number(i + 1))))
    })
}

/// The first token of "can be heard" or "is seen" before the participle
/// of speaking at `c` (not before `k`), where the participle's subject
/// stands: "“Q?” a reporter can be heard asking"; the verb a gerund
/// completes, "“Q,” Lee kept saying"; `c` itself otherwise.
fn heard_before(frame: &Frame<'_>, k: usize, c: usize) -> usize {
    if frame.word(c).ends_with("ing")
        && c > k + 1
        && crate::attribute::frame::takes_gerund(frame.word(c - 1))
    {
        return c - 1;
    }
    if !frame.word(c).ends_with("ing")
        || c < k + 3
        || !matches!(frame.word(c - 1), "heard" | "seen")
    {
        return c;
    }
    let mut v = c - 1;
    // the passive's "be", then a modal or nothing
    if !crate::attribute::frame::is_be(frame.word(v - 1)) {
        return c;
    }
    v -= 1;
    if v > k
        && matches!(
            frame.word(v - 1),
            "can" | "could" | "may" | "might" | "will" | "would"
        )
    {
        v -= 1;
    }
    v
}
