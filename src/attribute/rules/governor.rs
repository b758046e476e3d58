//! The reporting clause before a quotation that governs it, shared by the
//! rules that read it (not itself a rule): `X said: "Q"`, `X said "Q"`,
//! `X told Y that … "Q"`, `X said the plan was "a disaster"`.
//!
//! The reporting verbs before the quotation are read nearest first, each
//! with its subject (a participle or infinitive takes the main clause's).
//! A quotation introduced right after its verb belongs to that verb.
//! Otherwise reported speech inside reported speech belongs to the outer
//! speaker, as the article presents it ("X said Y called it "Q""), but
//! the chain stops at an adverbial clause, a coordinated clause, and the
//! sentence's opening phrase.

use crate::attribute::MentionKind;
use crate::attribute::classes::{
    DOCUMENT, MODIFIER, NOUN_MARKER, PREPOSITION, PRONOUN, SPEAKER, SPEECH_NOUN, SUBORDINATOR, VERB,
};
use crate::attribute::frame::{
    Frame, OBJECT_PRONOUNS, REACH, is_be, is_finite_auxiliary, is_foreseeing, is_tell, says,
};
use crate::attribute::phrase::{Np, is_past_form, looks_finite};
use crate::attribute::tokens::Kind;
use crate::lexicon::CAUSATIVE_VERBS;

/// How many reporting verbs before the quotation are read.
const CANDIDATES: usize = 4;

/// How close a verb must be for the quotation to count as introduced
/// right after it, in tokens.
const ADJACENT: usize = 8;

/// The reporting clause that governs a quotation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Governor {
    /// The reporting verb's token.
    pub(crate) verb: usize,
    pub(crate) speaker: Np,
    /// The quotation follows its verb directly, or after a comma or colon
    /// ("said: "Q"", "said, "Q"", "told reporters, "Q"").
    pub(crate) adjacent: bool,
    /// …after a colon.
    pub(crate) colon: bool,
    /// "that" stands between the verb and the quotation.
    pub(crate) that: bool,
    /// Whom the verb addresses ("told Lavrov").
    pub(crate) addressee: Option<Np>,
}

/// The reporting clause governing the quotation at `q`, if any.
pub(crate) fn find(frame: &Frame<'_>, q: usize) -> Option<Governor> {
    let mut candidates = [None; CANDIDATES];
    let n = candidates_before(frame, q, &mut candidates);
    let (nearest, _) = candidates[..n].first().copied().flatten()?;
    let before_quote = &frame.r.toks[q - 1];
    let near = q - nearest <= ADJACENT && !frame.quote_between(nearest + 1, q);
    let that = (nearest + 1..q).any(|i| frame.word(i) == "that");
    // "Lee said voters would say "enough"": words foreseen for someone
    // else, after a modal, are the reporter's own (when one reports them)
    let hypothetical = n > 1 && {
        let mut b = nearest;
        while b > frame.lo && frame.r.is_modifier(b - 1) && !is_foreseeing(frame.word(b - 1)) {
            b -= 1;
        }
        b > frame.lo && is_foreseeing(frame.word(b - 1))
    };
    let adjacent = near
        && !hypothetical
        && !(nearest + 1 == q && embedded(frame, &candidates[..n]))
        && (before_quote.is_punct(':')
            || (!that && (before_quote.is_punct(',') || nearest + 1 == q)));
    let (verb, speaker) = if adjacent {
        // ("He told a student who asked about it: "Q"", "Lee answered a
        // voter who asked: "Q"": a verb inside a relative clause on the
        // object of an earlier verb of saying speaks no quotation after
        // it; that verb does)
        let (verb, speaker) = candidates[0]?;
        let relative = speaker.first == speaker.last && frame.r.relative(speaker.first);
        // ("Lee was asked by the host, who had dismissed the story, "Q"":
        // nor one on the speaker of an earlier verb whose own object ends
        // it before the quotation; that verb speaks)
        let own_object = relative && object_before_quote(frame, verb, q);
        candidates[1..n]
            .iter()
            .flatten()
            .copied()
            .find(|&(v, np)| {
                relative
                    && v < speaker.first
                    && (frame
                        .r
                        .phrase_starting_at(frame.cue_last(v) + 1, speaker.first)
                        .is_some_and(|np| np.last + 1 == speaker.first)
                        || own_object
                            && (np.last + 2 == speaker.first && frame.r.comma_at(np.last + 1)
                                || complement_holds(frame, v, speaker.first)))
            })
            .unwrap_or((verb, speaker))
    } else {
        outermost(frame, &candidates[..n], q)?
    };
    Some(Governor {
        verb,
        speaker,
        adjacent,
        colon: adjacent && before_quote.is_punct(':'),
        that: (verb + 1..q).any(|i| frame.word(i) == "that"),
        addressee: frame.addressee(verb),
    })
}

/// Whether the verb at `v` has an object of its own (a phrase opened by
/// an article, a possessive or a demonstrative, addressing no one) that
/// a comma or a colon right before the quotation at `q` ends: "who had
/// dismissed the story, "Q"", "who promised the wall: "Q"", not "who
/// said in an interview, "Q"" nor "who told reporters, "Q"".
fn object_before_quote(frame: &Frame<'_>, v: usize, q: usize) -> bool {
    let after = frame.cue_last(v) + 1;
    after + 1 < q
        && (frame.r.comma_at(q - 1) || frame.r.toks[q - 1].is_punct(':'))
        && frame.r.is(after, NOUN_MARKER)
        && frame.addressee(v).is_none()
        && (after..q - 1).all(|k| frame.r.is_word_at(k) || frame.r.toks[k].kind == Kind::Clitic)
}

/// Whether the relative pronoun at `relative` stands in the complement
/// of the verb at `v`, a few words on with no clause between (a comma
/// right before the pronoun at most): "tweeted back at the candidate who
/// …", "wrote to a senator, who …".
fn complement_holds(frame: &Frame<'_>, v: usize, relative: usize) -> bool {
    let from = frame.cue_last(v) + 1;
    let to = if frame.r.comma_at(relative - 1) {
        relative - 1
    } else {
        relative
    };
    from < to
        && to - from <= COMPLEMENT_REACH
        && (from..to).all(|k| frame.r.is_word_at(k) && !frame.r.is(k, VERB))
}

/// The most words between a verb and a relative clause on its
/// complement ([`complement_holds`]).
const COMPLEMENT_REACH: usize = 8;

/// "Trump said Fox executives were calling "every 15 minutes"": the verb
/// right before the quotation opens no report of its own when its subject
/// starts the clause another reporting verb reports (after it, or after
/// its "that", with no comma between); the quoted words are that outer
/// speaker's.
fn embedded(frame: &Frame<'_>, candidates: &[Option<(usize, Np)>]) -> bool {
    let (Some((_, inner)), Some(Some((outer, _)))) = (candidates[0], candidates.get(1)) else {
        return false;
    };
    let opener = if inner.first > frame.lo && frame.word(inner.first - 1) == "that" {
        inner.first - 1
    } else {
        inner.first
    };
    *outer + 1 == opener
}

/// Follows the chain of reporting clauses outwards from the nearest, but
/// not across an adverbial clause ("described her as a disgrace after she
/// blamed … on "Q""), into another clause (", but he said that …"), nor
/// back into an opening phrase before the sentence's subject ("In a
/// message posted Friday, Cruz said …").
fn outermost(
    frame: &Frame<'_>,
    candidates: &[Option<(usize, Np)>],
    q: usize,
) -> Option<(usize, Np)> {
    let main = frame.subject.map_or(frame.lo, |s| s.first);
    let mut chosen = candidates.first().copied().flatten()?;
    // (the first verb of two the subject's "and" joins, whose chain goes
    // on outwards while the second keeps the quotation)
    let mut joined: Option<(usize, usize)> = None;
    for &(outer, np) in candidates[1..].iter().flatten() {
        // "He accused Lee of "Q1" and said the plan would "Q2"": the verb
        // after "and" is its subject's next act, not inside what the verb
        // before reports; the chain goes on from that verb ("She noted
        // that Lee had criticized him and called him "Q"" is hers)
        if joined.is_none() && coordinated_verb(frame, chosen.0) && chosen.1.first == np.first {
            joined = Some((chosen.0, outer));
            chosen = (outer, np);
            continue;
        }
        // "with Trump tweeting": an absolute clause has its own speaker;
        // "X accuses Obama of "Q1" and Trump says …": a clause of its own
        let before_speaker = if chosen.1.first > frame.lo {
            frame.word(chosen.1.first - 1)
        } else {
            ""
        };
        let own_clause = matches!(before_speaker, "with" | "and" | "but");
        // "C that it is "Q1," Lee added, saying "Q2"": a reporting clause
        // that closes a quotation is the sentence's main clause; a verb
        // before that quotation is inside what it reports
        let closes_quote = {
            let s = chosen.0.min(chosen.1.first);
            s > frame.lo && frame.r.toks[s - 1].quote().is_some() && frame.comma_at(s - 1)
        };
        // "criticized the plan, which the agency said was "Q"": a relative
        // clause with a subject of its own reports for that subject (not
        // "a video in which Trump called himself "Q"", which shows what
        // the video's publisher relays; but "a speech in which she said
        // judges should "Q"" is hers)
        let relative = object_relative(frame, &chosen.1).is_some_and(|p| {
            !(p > frame.lo && frame.r.is(p - 1, PREPOSITION)) || says(frame.word(chosen.0))
        }) || that_relative(frame, chosen, q);
        if outer < main
            || own_clause
            || closes_quote
            || relative
            // a verb inside the chosen verb's subject ("Trump, who
            // questioned …, said") is no clause around it
            || (chosen.1.appositive && outer > chosen.1.first)
            || reduced_relative(frame, outer, chosen)
            // …nor one in a relative clause set off by no comma ("the
            // groups who wrote to her say")
            || (np.first > chosen.1.last
                && np.first <= chosen.1.last + 2
                && frame.r.relative(np.first)
                && outer < chosen.0)
            // "echoed by her campaign and Democrats, who highlighted
            // "Q"": a relative clause on the outer verb's speaker speaks
            // for its own verb
            // (or a dash: "praised the mayor -- who called the cuts "Q"")
            || (frame.r.relative(chosen.1.first)
                && chosen.1.first > np.last
                && (frame.comma_at(chosen.1.first - 1)
                    || frame.r.toks[chosen.1.first - 1].is_dash()))
            // "apologized for a minister who called the victims "Q"": so
            // does one set off by no comma, where its verb governs the
            // quotation
            || restrictive_report(frame, chosen, q)
            || (outer + 1..chosen.0).any(|i| frame.r.is(i, SUBORDINATOR))
            // "According to the Times, which first reported the texts, Lee
            // described them as "Q"": a relative clause closed by a comma
            // before the chosen verb's subject reports nothing around it
            || (frame.r.relative(np.first)
                && np.last < chosen.1.first
                && (outer + 1..chosen.1.first).any(|i| frame.comma_at(i)))
            // "after the interview ended, Maher said …": the outer verb
            // in an adverbial clause closed by a comma before the chosen
            // verb's subject
            || (np.first > frame.lo
                && frame.r.is(np.first - 1, SUBORDINATOR)
                && (outer + 1..chosen.1.first).any(|i| frame.comma_at(i)))
            || frame.coordinated(outer + 1, chosen.0)
            || closed_participle(frame, outer, chosen.0)
            || own_participle(frame, outer, chosen.0)
        {
            break;
        }
        chosen = (outer, np);
    }
    // (the chain stopped at the first of the joined verbs: the second,
    // nearer the quotation, is its cue)
    match joined {
        Some((second, first)) if chosen.0 == first => Some((second, chosen.1)),
        _ => Some(chosen),
    }
}

/// Whether the verb at `outer` is a participle right after the chosen
/// verb's subject that, with its preposition's phrase, describes that
/// subject, the chosen verb following with no comma between and in a
/// finite form: "A nurse accused of poisoning patients told the jury that
/// …", "Officials charged with the inquiry said …" (not "The senator
/// called for a vote, saying …", where the first verb is the clause's).
fn reduced_relative(frame: &Frame<'_>, outer: usize, (c, np): (usize, Np)) -> bool {
    outer == np.last + 1
        && outer < c
        && frame.r.agent_participle(outer)
        && frame.r.is(outer + 1, PREPOSITION)
        && !frame.word(c).ends_with("ing")
        && !(outer..c).any(|i| frame.comma_at(i))
}

/// Whether "and" or "but" (and adverbs) stand right before the verb at
/// `c`: "He accused Lee of "Q1" and later said the plan would "Q2"". With
/// the same subject as the verb before, the verb is that subject's next
/// act, a clause of its own, not one inside what the verb before reports
/// (as in "She noted that Lee had criticized him and called him "Q"").
fn coordinated_verb(frame: &Frame<'_>, c: usize) -> bool {
    let b = frame.before_modifiers(c, frame.lo + 1);
    b > frame.lo + 1 && matches!(frame.word(b - 1), "and" | "but")
}

/// Whether the reporting verb and subject `chosen` are a relative
/// clause's, "who" or "that" right after the noun it describes with no
/// comma between, whose verb governs the quotation at `q`: a form of
/// "say" or a verb of naming, with no finite verb between it and the
/// quotation ("who called the victims "Q"", "who described them as
/// "Q""; not "the officials who announced the plan were "Q"", nor
/// "anybody who complains about it "is not having a good night"", where
/// the quotation is the outer clause's).
fn restrictive_report(frame: &Frame<'_>, (c, np): (usize, Np), q: usize) -> bool {
    let r = &frame.r;
    let p = np.first;
    let w = frame.word(c);
    let naming = matches!(w, "called" | "calls" | "described" | "describes" | "dubbed")
        && frame.word(c + 1) != "for";
    let governs = || {
        (says(w) || naming)
            && (c + 1..q).all(|i| {
                let w = frame.word(i);
                !(r.is_word_at(i) && (is_finite_auxiliary(w) || is_be(w) || w.ends_with("ed")))
            })
    };
    np.kind == MentionKind::Pronoun
        && matches!(frame.word(p), "who" | "that")
        && r.relative(p)
        && p > frame.lo
        && r.is_word_at(p - 1)
        // (a document's words are relayed by whoever quotes it: "Interfax
        // quoted a statement that called it "Q"")
        && !r.is(p - 1, PRONOUN | DOCUMENT | SPEECH_NOUN)
        && governs()
}

/// Whether the verb at `inner` is a participle set off by a comma after
/// the object of the verb at `outer`, a phrase with no clause of its own
/// ("refused to dismiss the charges, saying …", "called for a vote,
/// calling it …"): the participle reports its own words, whatever its
/// subject did before it. (Not after a clause, whose verb it may go on:
/// "suggest Mr. Trump is running, railing against …".)
fn own_participle(frame: &Frame<'_>, outer: usize, inner: usize) -> bool {
    inner > outer + 2
        && frame.word(inner).ends_with("ing")
        && frame.comma_at(inner - 1)
        && frame.r.is(outer + 1, NOUN_MARKER | PREPOSITION)
        && (outer + 1..inner - 1).all(|i| {
            frame.r.is_word_at(i)
                && frame.r.toks[i].quote().is_none()
                && !frame.r.is(i, SUBORDINATOR)
                && !is_finite_auxiliary(frame.word(i))
        })
}

/// Whether the verb at `outer` is a participle set off by a comma that a
/// later comma closes before the main clause's verb goes on, ahead of the
/// verb at `inner` ("Obama, making it clear that C, stood beside him and
/// described it as "Q"": the quotation is not in what "making it clear"
/// reports).
fn closed_participle(frame: &Frame<'_>, outer: usize, inner: usize) -> bool {
    outer > frame.lo
        && frame.word(outer).ends_with("ing")
        && frame.comma_at(outer - 1)
        && (outer + 1..inner).any(|i| {
            frame.comma_at(i)
                && frame.r.is_word_at(i + 1)
                && !frame.r.is_cap(i + 1)
                && looks_finite(frame.word(i + 1))
        })
}

/// The reporting verbs before the quotation at `q` that have a subject,
/// nearest first, into `out`; returns how many.
fn candidates_before(frame: &Frame<'_>, q: usize, out: &mut [Option<(usize, Np)>]) -> usize {
    let mut n = 0;
    let mut c = q;
    let floor = frame.lo.max(q.saturating_sub(REACH));
    while c > floor && n < out.len() {
        c -= 1;
        let w = frame.word(c);
        // ("seen by X as "Q"": a verb of view only before its agent)
        let seen_by = w == "seen" && frame.word(c + 1) == "by";
        if !frame.is_cue(c) && frame.joined_infinitive(c).is_none() && !seen_by {
            continue;
        }
        // "is being criticized as": a passive verb has no speaker subject;
        // "was asked by host Bill Maher, "Q"": its agent speaks
        // ("was told by an aide: "Q"": an irregular participle too)
        let participle = w.ends_with("ed") || matches!(w, "told" | "written" | "spoken" | "said");
        // "was described by Ann Lee as "a disaster"", "an option seen by
        // organizers as a "lifeboat"": the agent before "as" and the
        // quotation, whatever stands before the participle
        if participle || seen_by {
            if let Some(np) = agent_before_as(frame, c, q) {
                out[n] = Some((c, np));
                n += 1;
                continue;
            }
            if seen_by {
                continue;
            }
        }
        if participle && frame.after_be(c) {
            if let Some(np) = passive_agent(frame, c, q).or_else(|| agent_after(frame, c, q)) {
                out[n] = Some((c, np));
                n += 1;
            }
            continue;
        }
        // "The inquiry, often labeled a "witch hunt" by Democrats,": a
        // participle set off by a comma, with its agent after the
        // quotation (without one, an active verb may follow its comma)
        if w.ends_with("ed") && after_comma(frame, c) {
            if let Some(np) = agent_after(frame, c, q) {
                out[n] = Some((c, np));
                n += 1;
                continue;
            }
        }
        // "shared a syllabus for a class called "Perception"": a
        // participle of naming after an indefinite object names a work;
        // no one speaks through it
        if frame.names_an_object(c) {
            continue;
        }
        // "her turn at the club (whose songs mock politicians), when she
        // went from "Queen" to …": a verb inside parentheses closed
        // before the quotation governs nothing after them
        if parenthesis_closes(frame, c, q) {
            continue;
        }
        // "Trump said, and I quote, "Q"": the writer's aside between
        // commas; the verb before it reports
        if w == "quote" && c > frame.lo && frame.word(c - 1) == "I" && frame.comma_at(c + 1) {
            continue;
        }
        // "With leaders worried about …, Obama is rolling out a message:
        // "Q"": a verb in an opening phrase does not reach a quotation
        // after the main subject, unless the phrase reports it ("As Ms.
        // Simonyan put it, RT is "Q"")
        // (not a verb opening the sentence with its speaker right after
        // it, whom an appositive describes: "Said Ann Lee, the mayor's
        // aide: "Q"")
        let opening_phrase = frame.subject.is_some_and(|s| {
            c < s.first
                && s.last < q
                && (c..s.first).any(|i| frame.comma_at(i))
                && !(frame.lo..frame.lo + 2).any(|i| frame.word(i).eq_ignore_ascii_case("as"))
        });
        let subject = subject_of(frame, c, q);
        if opening_phrase && !(c == frame.lo && subject.is_some_and(|np| np.first == c + 1)) {
            break;
        }
        if let Some(np) = subject {
            // ("called the investigative reports "Q"": a noun of speech
            // or a document after adjectives)
            if closed_relative(frame, &np, c, q)
                || closed_adverbial(frame, &np, c, q)
                || frame.adjectives_before_noun(&np, c)
            {
                continue;
            }
            out[n] = Some((c, np));
            n += 1;
        }
    }
    n
}

/// Whether a parenthesis open at `c` closes before `q`.
fn parenthesis_closes(frame: &Frame<'_>, c: usize, q: usize) -> bool {
    let mut depth = 0usize;
    for t in &frame.r.toks[c..q] {
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
    }
    false
}

/// The agent of the passive reporting verb at `c` that introduces the
/// quotation at `q`: "was asked by host Bill Maher, "Q"" (a comma or
/// colon, perhaps after a relative clause on the agent, before the
/// quotation), "was asked by a moderator whether …"Q"…" (a question
/// after the agent).
fn passive_agent(frame: &Frame<'_>, c: usize, q: usize) -> Option<Np> {
    if frame.word(c + 1) != "by" {
        return None;
    }
    let np = frame.r.phrase_starting_at(c + 2, q)?;
    let after = np.last + 1;
    let introduces = after + 1 == q && matches!(frame.r.toks[after].kind, Kind::Punct(',' | ':'));
    let relative = frame.comma_at(after)
        && frame.r.relative(after + 1)
        && matches!(frame.r.toks[q - 1].kind, Kind::Punct(',' | ':'));
    let question = matches!(frame.word(after), "whether" | "if" | "why" | "how" | "what");
    (introduces || relative || question).then_some(np)
}

/// Whether the word at `c` follows a comma or dash, perhaps after a few
/// adverbs ("…, often labeled").
fn after_comma(frame: &Frame<'_>, c: usize) -> bool {
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "often" | "also" | "once");
    let mut b = c;
    while b > frame.lo + 1 && adverb(frame.word(b - 1)) {
        b -= 1;
    }
    b > frame.lo && (frame.comma_at(b - 1) || frame.r.toks[b - 1].is_dash())
}

/// The agent after the quotation at `q` that the passive verb at `c`
/// takes as its complement ("was called "a disaster" by Ann Lee", "was
/// described as "Q" by the mayor", "was labeled a "witch hunt" by
/// Democrats", an article before the quotation): the one who called it so.
fn agent_after(frame: &Frame<'_>, c: usize, q: usize) -> Option<Np> {
    let next = if frame.word(c + 1) == "as" {
        c + 2
    } else {
        c + 1
    };
    if !quotation_at(frame, next, q) || frame.word(q + 1) != "by" {
        return None;
    }
    frame
        .r
        .phrase_starting_at(q + 2, frame.hi)
        .filter(names_an_agent)
}

/// Whether the quotation at `q` starts at token `k`, or right after an
/// article there ("labeled a "witch hunt"").
fn quotation_at(frame: &Frame<'_>, k: usize, q: usize) -> bool {
    k == q || (k + 1 == q && matches!(frame.word(k), "a" | "an" | "the"))
}

/// Whether a passive's agent names someone: a name, or a description
/// that is no generic noun.
fn names_an_agent(np: &Np) -> bool {
    np.is_named() || np.kind == MentionKind::Description && !np.generic
}

/// The agent of the participle at `c` between "by" and an "as" right
/// before the quotation at `q` ("described by Ann Lee as "Q"", "seen by
/// organizers as a "Q"", an article before the quotation): the one who
/// called it so.
fn agent_before_as(frame: &Frame<'_>, c: usize, q: usize) -> Option<Np> {
    if frame.word(c + 1) != "by" {
        return None;
    }
    let np = frame.r.phrase_starting_at(c + 2, q)?;
    let as_ = np.last + 1;
    (frame.word(as_) == "as" && quotation_at(frame, as_ + 1, q) && names_an_agent(&np))
        .then_some(np)
}

/// Whether the verb at `c`, with subject `np`, stands in a relative clause
/// set off by commas that closes before the quotation at `q` ("The plan,
/// which Lee criticized in a speech, was "dead"" is not Lee's): the
/// quotation is in the main clause. The closing comma is one before a
/// verb, an adverb or a preposition of the main clause, not one in a
/// list ("as a generous, kind man who would be "Q"") nor one that
/// introduces the quotation ("who lamented, "Q""). A relative clause on
/// the source of "according to" is closed by any comma before the
/// quotation ("According to the official, who spoke on condition of
/// anonymity, "Q"": the phrase is the sentence's opening, the quotation
/// its main clause).
fn closed_relative(frame: &Frame<'_>, np: &Np, c: usize, q: usize) -> bool {
    let pronoun = if frame.r.relative(np.first) {
        np.first
    } else if let Some(p) = object_relative(frame, np) {
        p
    } else {
        return false;
    };
    let on_source = frame
        .according
        .is_some_and(|(at, source)| at < pronoun && source.last + 2 == pronoun);
    pronoun > frame.lo
        && frame.comma_at(pronoun - 1)
        && (c + 1..q).any(|i| {
            let next = frame.word(i + 1);
            frame.comma_at(i)
                && (on_source
                    || (i + 1 < q
                        && frame.r.is_word_at(i + 1)
                        && (frame.r.is(i + 1, PREPOSITION)
                            || frame.r.is_modifier(i + 1)
                            || is_finite_auxiliary(next)
                            || next.ends_with("ed"))))
        })
}

/// Whether the verb at `c`, with subject `np`, stands in an adverbial
/// clause ("when", "if", "because" before its subject) that a comma closes
/// before the quotation at `q`: "Clinton said that when Warren railed
/// against the banks, "she spoke for us"" is Clinton's, the quotation in
/// the clause the adverbial one opens. The comma closes it when the
/// quotation follows at once, or a clause with a verb of its own does
/// (not a list inside the adverbial clause: "after she blamed Obama, Bush
/// and the banks for "Q""), and the verb is too far from the quotation
/// to introduce it.
fn closed_adverbial(frame: &Frame<'_>, np: &Np, c: usize, q: usize) -> bool {
    let r = &frame.r;
    // (a verb near the quotation introduces it: "when he told Chris
    // Wallace of Fox News, "Q"")
    q - c > ADJACENT
        && np.first > frame.lo
        && r.is(np.first - 1, SUBORDINATOR)
        && (c + 2..q)
            .rev()
            .find(|&i| frame.comma_at(i))
            .is_some_and(|i| {
                i + 1 == q
                    || (i + 1..q).any(|j| {
                        r.is_word_at(j)
                            && !r.is_cap(j)
                            && (is_finite_auxiliary(frame.word(j)) || looks_finite(frame.word(j)))
                    }) && !(i + 1..q).any(|j| r.is(j, SUBORDINATOR))
            })
}

/// The relative pronoun right before the subject `np` of a relative
/// clause that has its own subject ("which the agency said", "whom the
/// panel called"), if one stands there.
fn object_relative(frame: &Frame<'_>, np: &Np) -> Option<usize> {
    let p = np.first.checked_sub(1).filter(|&p| p >= frame.lo)?;
    matches!(frame.word(p), "which" | "whom").then_some(p)
}

/// Whether the verb at `c`, with subject `np`, stands in a relative
/// clause opened by "that" after a noun, with its object the noun and
/// the quotation what the verb calls it: "a move that one analyst
/// described as "Q"", "a charge that officials dismissed as "Q"". The
/// gap after the verb tells it from the clause a noun of speech opens,
/// whose verb has an object of its own ("her claim that officials
/// described the plan as "Q"" goes on with the claim's speaker).
fn that_relative(frame: &Frame<'_>, (c, np): (usize, Np), q: usize) -> bool {
    let r = &frame.r;
    let Some(p) = np.first.checked_sub(1).filter(|&p| p > frame.lo) else {
        return false;
    };
    frame.word(p) == "that"
        && (r.noun_before(p) || r.is(p - 1, SPEECH_NOUN))
        && (np.last + 1..c).all(|i| is_finite_auxiliary(frame.word(i)) || r.is_modifier(i))
        && frame.word(c + 1) == "as"
        && c + 2 == q
}

/// How far back from a participle's comma a clause of place may start.
const PLACE_CLAUSE_REACH: usize = 16;

/// ", where about 50 protesters had gathered, chanting "Q"": a participle
/// right after a clause of place set off by commas, whose subject is
/// people (a noun of speakers last: "protesters", "hundreds of
/// students"), is theirs (`comma` is the comma before the participle).
/// Not a pronoun's ("Obama visited Flint, where he grew up, saying"), nor
/// a thing's ("where the rally was held, saying").
fn place_clause_subject(frame: &Frame<'_>, comma: usize) -> Option<Np> {
    let floor = frame.lo.max(comma.saturating_sub(PLACE_CLAUSE_REACH));
    let w = (floor + 1..comma)
        .rev()
        .take_while(|&k| frame.r.is_word_at(k))
        .find(|&k| frame.word(k) == "where")?;
    let set_off = frame.comma_at(w - 1) || frame.r.toks[w - 1].is_dash();
    if !set_off || frame.r.is(w + 1, PRONOUN) {
        return None;
    }
    // the subject runs to the first finite verb
    let verb = (w + 2..comma).find(|&k| {
        let v = frame.word(k);
        !frame.r.is_cap(k) && (is_finite_auxiliary(v) || v.ends_with("ed"))
    })?;
    let head = verb - 1;
    (frame.r.is(head, SPEAKER) && !frame.r.is(head, PREPOSITION))
        .then(|| Np::description(w + 1, head))
}

/// How far before a participle the reporting clause it continues may end.
const PARTICIPLE_REACH: usize = 3;

/// The subject of a finite reporting verb ending right before the comma at
/// `comma` ("…, Spicer said, adding"), if one does.
fn reporter_before(frame: &Frame<'_>, comma: usize) -> Option<Np> {
    let floor = frame.lo.max(comma.saturating_sub(PARTICIPLE_REACH));
    (floor..comma)
        .rev()
        .find(|&v| frame.is_cue(v) && !frame.word(v).ends_with("ing"))
        .and_then(|v| {
            let np = frame.r.subject_before(frame.lo, v)?;
            // a clause of its own: "…, Spicer said", not "with Sanders'
            // comments"
            let own = np.first == frame.lo || !frame.r.is_word_at(np.first - 1);
            (own && frame.finite_after(v, &np)).then_some(np)
        })
}

/// "Kim said it was too early but added": a reporting verb after "and" or
/// "but" (at `conj`) joins the nearest finite reporting verb before it,
/// and shares its subject, not that of the clause it reported; not across
/// an adverbial clause ("X wept after she attacked … and blamed").
fn reporter_coordinated(frame: &Frame<'_>, conj: usize) -> Option<Np> {
    let floor = frame.lo.max(conj.saturating_sub(REACH));
    let mut v = conj;
    // (the sentence's subject after an opening clause starts the clause
    // "and" goes on: "When reporters asked …, the chairman smiled and
    // said")
    let main = frame
        .subject
        .filter(|s| s.first > frame.lo && s.last < conj)
        .map_or(floor, |s| s.first.max(floor));
    // (the first finite verb or auxiliary before the conjunction)
    let mut finite = None;
    while v > main {
        v -= 1;
        // "Maher, who is supporting Sanders, but has dismissed": "but"
        // goes on with a relative clause set off by its comma whose verb
        // is the first before it; its relative pronoun is the subject
        // (not a restrictive one's: "praised those who left but said")
        if frame.r.relative(v) && finite == Some(v + 1) && v > frame.lo && frame.comma_at(v - 1) {
            return Some(Np::pronoun(v));
        }
        if finite.is_none()
            && frame.r.is_word_at(v)
            && !frame.r.is_cap(v)
            && (is_finite_auxiliary(frame.word(v)) || looks_finite(frame.word(v)))
        {
            finite = Some(v);
        }
        // (a term in running words is passed: "tweeting that it was a
        // "disaster" for her and asking")
        let term = frame.r.toks[v].quote().is_some() && frame.r.embedded_quote(frame.lo, v);
        if frame.r.is(v, SUBORDINATOR) || (frame.r.toks[v].quote().is_some() && !term) {
            return None;
        }
        let w = frame.word(v);
        // "with Trump tweeting that … and asking": a participle whose
        // subject is the object of "with" or of a verb of perception
        if frame.is_cue(v) && w.ends_with("ing") && v > frame.lo {
            if let Some(Some(np)) = participle_object(frame, v) {
                return Some(np);
            }
        }
        if frame.is_cue(v) && !w.ends_with("ing") && (v == frame.lo || frame.word(v - 1) != "to") {
            let np = frame.r.subject_before(frame.lo, v)?;
            if let Some(actor) = acting_subject(frame, v, conj) {
                return Some(actor);
            }
            if frame.r.relative(np.first) {
                // a relative clause's verb ("a prosecutor who reports to
                // …, and called for") joins no verb after it
                continue;
            }
            return frame.finite_after(v, &np).then_some(np);
        }
    }
    None
}

/// "Lee testified that her boss handed her the files and said": a
/// person named or described (no pronoun, whom the reporter may be) as
/// the subject of a verb of action in the past (no auxiliary, no
/// reporting verb) inside what the reporting verb at `v` reports, with
/// "and" at `conj` joining a verb of saying to it: the second verb is
/// that person's next act. Not a verb of going on ("Lee said the team
/// played well but added"), which is the reporter's own.
fn acting_subject(frame: &Frame<'_>, v: usize, conj: usize) -> Option<Np> {
    if !matches!(
        frame.word(conj + 1),
        "said" | "told" | "asked" | "yelled" | "shouted"
    ) {
        return None;
    }
    (v + 1..conj).find_map(|f| {
        let w = frame.word(f);
        if !is_past_form(w) || frame.r.is_cap(f) || is_finite_auxiliary(w) || frame.is_cue(f) {
            return None;
        }
        frame.r.subject_before(frame.lo, f).filter(|np| {
            np.first > v
                && (np.last + 1 == f || np.last + 2 == f && frame.comma_at(np.last + 1))
                && matches!(np.kind, MentionKind::Person | MentionKind::Description)
        })
    })
}

/// How many adverbs (auxiliaries among them: "has since said") may
/// stand between "and" and a reporting verb.
const ADVERBS: usize = 3;

/// Verbs of showing and hearing, whose object is the subject of a
/// participle after it ("a video shows Trump saying").
const PERCEPTION: &[&str] = &[
    "show", "shows", "showed", "shown", "showing", "hear", "hears", "heard", "see", "sees", "saw",
    "seen", "caught", "captured", "features", "featured", "depicts", "depicted",
];

/// How many words may stand between "with" and a participle it governs.
const WITH_REACH: usize = 6;

/// The phrase right before the participle at `c` when it is an object,
/// with what speaks: `Some(Some(np))` for the object of a verb of
/// perception ("shows Trump saying") or of "with" ("with Trump
/// tweeting"); `Some(None)` for any other object ("started the debate
/// saying", "responded to the question writing"), which leaves the
/// participle to the main clause; `None` where the phrase is no object.
#[allow(clippy::option_option)] // "no object" and "the main clause speaks" differ
fn participle_object(frame: &Frame<'_>, c: usize) -> Option<Option<Np>> {
    // "with many marchers and spectators chanting": "with" a few words
    // back, over words the grammar does not read as one phrase
    // (people: a plural or a speaker noun last, not "with softer
    // language calling for"; and no "of", whose object is the one shown:
    // "with footage of Trump saying")
    let people = frame.word(c - 1).ends_with('s') || frame.r.is(c - 1, SPEAKER);
    let with = (c.saturating_sub(WITH_REACH).max(frame.lo + 1)..c)
        .rev()
        .take_while(|&k| frame.r.is_word_at(k) && frame.word(k) != "of")
        .find(|&k| frame.word(k) == "with")
        .filter(|&k| people && k + 1 < c && !frame.r.is(k + 1, PRONOUN));
    let Some(np) = frame.r.phrase_ending_at(frame.lo, c - 1) else {
        return with.map(|k| Some(Np::description(k + 1, c - 1)));
    };
    if let Some(k) = with.filter(|&k| k + 1 < np.first && frame.word(np.first - 1) == "and") {
        return Some(Some(Np::description(k + 1, c - 1)));
    }
    if np.last + 1 != c || np.first <= frame.lo || np.kind == MentionKind::Pronoun {
        return None;
    }
    let b = np.first - 1;
    if !frame.r.is_word_at(b) {
        return None;
    }
    let bw = frame.word(b);
    if bw == "with" || PERCEPTION.contains(&bw) {
        return Some(Some(np));
    }
    let finite = |k: usize| {
        frame.r.is_word_at(k)
            && !frame.r.is_cap(k)
            && looks_finite(frame.word(k))
            && !frame.r.is(k, MODIFIER)
    };
    // "started out the debate saying": a particle after the verb
    let particle = matches!(bw, "out" | "up" | "off" | "down") && b > frame.lo && finite(b - 1);
    // "footage of Clinton asking": the phrase after "of" is the one shown
    let preposition = frame.r.is(b, PREPOSITION) && !frame.r.is(b, SUBORDINATOR) && bw != "of";
    let governed = preposition || finite(b) || particle;
    governed.then_some(None)
}

/// How many words may stand between "for" and "to" in [`for_subject`].
const FOR_WORDS: usize = 4;

/// The subject "for" names before the infinitive whose verb is at `c`,
/// in a sentence whose subject is an expletive "it": "It is common for
/// news accounts to portray …" (not "Lee called for Congress to …", where
/// the infinitive is what Lee wants).
fn for_subject(frame: &Frame<'_>, c: usize) -> Option<Np> {
    if !frame.subject.is_some_and(|s| frame.is_it(&s)) || c < frame.lo + 3 {
        return None;
    }
    // "for" a few words before "to", only words between
    let last = c - 2;
    let f = (last.saturating_sub(FOR_WORDS).max(frame.lo)..last)
        .rev()
        .take_while(|&k| frame.r.is_word_at(k))
        .find(|&k| frame.word(k) == "for")?;
    // the phrase the grammar reads there, or the words as a description
    // ("news accounts")
    Some(
        frame
            .r
            .phrase_ending_at(f + 1, last)
            .filter(|np| np.first == f + 1)
            .unwrap_or_else(|| Np::description(f + 1, last)),
    )
}

/// The object of a verb of causing before the infinitive whose verb is
/// at `c`: "The vote prompted the mayor to say", "led her to declare"
/// (the object, not the causer, speaks).
fn causative_object(frame: &Frame<'_>, c: usize) -> Option<Np> {
    let last = c.checked_sub(2).filter(|&l| l > frame.lo)?;
    let np = if OBJECT_PRONOUNS.contains(&frame.word(last)) {
        Np::pronoun(last)
    } else {
        frame
            .r
            .phrase_ending_at(frame.lo, last)
            .filter(|np| np.kind != MentionKind::Pronoun)?
    };
    let verb = np.first.checked_sub(1).filter(|&v| v >= frame.lo)?;
    (frame.r.is_word_at(verb) && CAUSATIVE_VERBS.contains(frame.word(verb))).then_some(np)
}

/// The subject of the reporting verb at `c`, before the quotation at `q`.
/// "…, arguing", "to accuse", "and vowed": non-finite or coordinated verbs
/// share the main clause's subject.
fn subject_of(frame: &Frame<'_>, c: usize, q: usize) -> Option<Np> {
    let w = frame.word(c);
    let before = if c > frame.lo { frame.word(c - 1) } else { "" };
    // "wore a hat reading "Q"": the thing read, right before the verb
    if w == "reading" {
        return frame.r.phrase_ending_at(frame.lo, c - 1);
    }
    // "the ad shows him saying": the object of a verb of seeing or
    // hearing is the participle's subject
    if w.ends_with("ing") && matches!(before, "him" | "her" | "them") {
        return Some(Np::pronoun(c - 1));
    }
    // "It has been common for news accounts to portray …": after an
    // expletive "it", "for" and a phrase before the infinitive name its
    // subject
    // ("what the mayor had to say": the subject of the "have" before it)
    if before == "to" {
        if let Some(np) = for_subject(frame, c)
            .or_else(|| causative_object(frame, c))
            .or_else(|| frame.r.subject_before(frame.lo, frame.had_to(c)?))
        {
            return Some(np);
        }
    }
    // "and later said", "but also added", "but has previously
    // dismissed": past adverbs (auxiliaries among them) to the
    // conjunction
    let mut b = c.saturating_sub(1);
    while b > frame.lo && b + ADVERBS > c && frame.r.is_modifier(b) && frame.r.is_word_at(b) {
        b -= 1;
    }
    let adverbs_then_conj =
        b + 1 < c && matches!(frame.word(b), "and" | "but") && frame.r.is_word_at(b);
    let conj = if adverbs_then_conj {
        b
    } else {
        c.saturating_sub(1)
    };
    let before = if adverbs_then_conj {
        frame.word(conj)
    } else {
        before
    };
    // "prompted Rubio to make a joke and call Trump "Q"": a plain form
    // joined to an infinitive has that infinitive's subject
    if let Some(v) = frame.joined_infinitive(c) {
        return subject_of(frame, v, q);
    }
    let nonfinite = w.ends_with("ing") || matches!(before, "to" | "and" | "but");
    let main = if matches!(before, "and" | "but") {
        // "Kim said it was too early but added": the reporting verb it
        // joins; "after she attacked … and blamed": the nearest subject
        // with a verb of its own
        reporter_coordinated(frame, conj)
            .or_else(|| frame.clause_subject(conj))
            .or(frame.subject.filter(|s| s.last < c))
    } else {
        // the subject before the verb, or after an opening phrase holding
        // it ("After saying …, she was …")
        let subject = frame
            .subject
            .filter(|s| nonfinite && (s.last < c || c < s.first));
        // "The debate was so calm that Mr. Trump was prompted to say":
        // an infinitive belongs to the nearest clause with a subject of
        // its own after the main one
        // (its own verb between them, no comma: not "is partly to blame",
        // nor "joked that Brooklyn was his answer, but went on to say")
        let nearer = (before == "to")
            .then(|| frame.clause_subject(c - 1))
            .flatten()
            .filter(|np| {
                let between = np.last + 1..c - 1;
                subject.is_none_or(|s| np.first > s.last)
                    && between.len() <= 3
                    && between.clone().all(|i| frame.r.is_word_at(i))
                    && between
                        .clone()
                        .any(|i| !frame.r.is_modifier(i) && !is_be(frame.word(i)))
            });
        // "When he returned he began by saying": with no main subject
        // found, a participle after "by" speaks for the nearest clause's
        nearer.or(subject).or_else(|| {
            (before == "by" && w.ends_with("ing"))
                .then(|| frame.clause_subject(c - 1))
                .flatten()
        })
    };
    // ("The mayor, Ann Lee, blamed …, adding": the main subject with the
    // name in apposition to it)
    let main = main.map(|np| frame.r.named_in_apposition(np, c).unwrap_or(np));
    // "…, arguing that": a participle after a comma belongs to the main
    // clause, whatever stands before the comma; "…, Spicer said, adding":
    // to the reporting clause just before it
    if nonfinite && c > frame.lo && frame.r.toks[c - 1].is_punct(',') {
        return reporter_before(frame, c - 1)
            .or_else(|| place_clause_subject(frame, c - 1))
            .or_else(|| frame.adverbial_pronoun(c - 1))
            .or(main);
    }
    if w.ends_with("ing") && c > frame.lo {
        if let Some(np) = participle_object(frame, c) {
            return np.or(main);
        }
    }
    frame
        .r
        .subject_before(frame.lo, c)
        .or_else(|| {
            // "said Sen. Smith: "Q"": the speaker after the verb
            let np = frame.r.phrase_starting_at(frame.cue_last(c) + 1, q)?;
            let before_quote = matches!(frame.r.toks[q - 1].kind, Kind::Punct(':' | ','));
            let after_np = matches!(frame.r.toks[np.last + 1].kind, Kind::Punct(':' | ','));
            // "Said Ann Lee, who grew up there, "Q"": a sentence opening
            // with its verb has its speaker right after it, whatever
            // describes them before the quotation
            // (or opening it after a quotation that ended a sentence:
            // "…." Continued Stone: "Q"")
            let opener = (c == frame.lo || frame.r.toks[c - 1].quote().is_some())
                && frame.r.is_cap(c)
                && before_quote
                && !(np.last + 1..q).any(|i| frame.is_cue(i) || frame.r.toks[i].quote().is_some());
            // (or where it spoke: "Writes Jill Lepore in her book: "Q"")
            let medium = opener && frame.r.is(np.last + 1, PREPOSITION);
            ((np.last + 2 == q || opener)
                && (after_np || medium)
                && !is_tell(w)
                && !w.ends_with("ing"))
            // ("Said the mayor's aide, Ann Lee: "Q"": the name in
            // apposition to the description)
            .then(|| frame.r.named_in_apposition(np, q).unwrap_or(np))
        })
        .or(main)
}
