//! Where the content of a report starts and ends, by the shape of the
//! clause: past the cue's particle ("called for"), its addressee ("told
//! Lavrov"), a time ("said Monday") or a place of speaking ("said in a
//! statement") to "that" or the first word of the clause; and on to the
//! end of the sentence, unless a semicolon, a contrasting clause (", but
//! …"), a new report (", adding …", ", according to X") or a reporting
//! clause of its own (", X said.") ends it first.

use crate::attribute::MentionKind;
use crate::attribute::classes::{
    ARTICLE, DEMONSTRATIVE, DETERMINER, EVIDENCE, HONORIFIC, MODIFIER, POSSESSIVE, PREPOSITION,
    PRONOUN, SPEAKER, SUBORDINATOR, THOUGHT, TITLE, VERB, WORKS,
};
use crate::attribute::frame::{
    FREQUENCY_ADVERBS, Frame, OBJECT_PRONOUNS, is_addressing, is_be, is_finite_auxiliary, is_tell,
    is_time_word, says,
};
use crate::attribute::phrase::{
    DAYS, FRACTIONS, HEAD_PREPOSITIONS, MEDIUM_WORDS, Np, STOP, contracted_negation, is_count,
    is_past_form, is_year, looks_finite, nominal_in_ly, subject_pronoun,
};
use crate::attribute::tokens::Kind;

/// Tokens `a..b` of a paragraph.
pub(crate) type Range = (usize, usize);

/// Prepositions that may open a cue's content: its topic ("talked about
/// the economy", "called for a ban"). Others open a circumstance of the
/// speaking ("said in a statement", "said on Monday").
pub(crate) const TOPICAL: &[&str] = &["about", "for", "against"];

/// Verbs whose "about" or "of" belongs to the cue ("talked about",
/// "warned of"); "call" takes "for" and "on", "refer", "point", "respond"
/// and "react" take "to".
const PARTICLE_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "talk",
    "talks",
    "talked",
    "talking",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "complain",
    "complains",
    "complained",
    "complaining",
    "warn",
    "warns",
    "warned",
    "warning",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "comment",
    "commented",
    "commenting",
    "comments",
    "wrote",
    "write",
    "writes",
    "writing",
];

/// How far "that" may stand after the verb, past a place or time of
/// speaking ("said in an interview with CNN on Tuesday that"), in tokens.
pub(crate) const THAT_REACH: usize = 12;

/// How far "that" may stand after the verb past a long chain of
/// circumstance that ends at a name or a comma ("said Thursday during a
/// taping of a town hall in Buffalo, New York, that"), in tokens; see
/// [`distant_that`].
const DISTANT_THAT_REACH: usize = 20;

/// Participles that name the source of what a verb before them reports
/// ("reported, citing unnamed sources, that …"): an aside before its
/// content, their own content no more than the source.
pub(crate) const SOURCE_PARTICIPLES: &[&str] = &["citing", "quoting"];

/// Words that open a clause contrasting with the report before it.
const CONTRAST: &[&str] = &["but", "while", "although", "though", "whereas", "yet"];

/// The last token of the cue at `c`: a reporting phrase's last word, and
/// a particle of its verb ("called for", "talked about").
pub(crate) fn cue_end(frame: &Frame<'_>, c: usize) -> usize {
    let last = frame.cue_last(c);
    let next = last + 1;
    let verb = frame.word(c);
    let particle = match frame.word(next) {
        "for" | "on" => verb.starts_with("call"),
        // (not "about" before a number, which approximates it: "said
        // about 400 customers lost power")
        "about" => PARTICLE_VERBS.contains(&verb) && !quantity_at(frame, next + 1),
        "of" => PARTICLE_VERBS.contains(&verb),
        "to" => ["refer", "point", "respond", "react"]
            .iter()
            .any(|v| verb.starts_with(v)),
        _ => false,
    };
    if particle && next < frame.hi && frame.r.is_word_at(next) {
        next
    } else {
        distant_about(frame, verb, next).unwrap_or(last)
    }
}

/// Whether token `k` is an adverb of manner in lower case ("openly",
/// "passionately", "instead"), which may stand between a verb of
/// speaking and what it is about.
pub(crate) fn manner_adverb(frame: &Frame<'_>, k: usize) -> bool {
    let w = frame.word(k);
    frame.r.is_word_at(k)
        && !frame.r.is_cap(k)
        && (w.len() > 4 && w.ends_with("ly") || w == "instead")
}

/// Whether tokens `a..b` open, past adverbs of manner, with a clause of
/// "as" (a subject and its finite verb, or "as if", "as though"): when or
/// how the words were said ("said quietly as confetti fluttered down",
/// "responded as if he had been hurt"), no content. Not "as" before a
/// phrase alone ("described it as a mess", "as many as 30 percent").
pub(crate) fn as_circumstance(frame: &Frame<'_>, a: usize, b: usize) -> bool {
    let r = &frame.r;
    let mut k = a;
    while k < b && manner_adverb(frame, k) {
        k += 1;
    }
    let n = k + 1;
    if n + 1 >= b || frame.word(k) != "as" || !r.is_word_at(n) {
        return false;
    }
    if matches!(frame.word(n), "if" | "though") {
        return true;
    }
    // (a pronoun, a phrase with an article, a possessive or a name, or a
    // bare noun: "as confetti fell"; not an adverb, nor a comparison's
    // first word: "as fiercely divided as", "as many as 30 percent")
    let w = frame.word(n);
    if (n + 1..b.min(n + 4)).any(|j| frame.word(j) == "as") {
        return false;
    }
    let verb = if subject_pronoun(w) || w == "it" {
        n + 1
    } else if r.is(n, ARTICLE) || r.is(n, POSSESSIVE) || r.is(n, DETERMINER) || r.is_cap(n) {
        match r.phrase_starting_at(n, b) {
            Some(np) => np.last + 1,
            None => return false,
        }
    } else if w.ends_with("ly") {
        return false;
    } else {
        n + 1
    };
    verb < b && r.is_word_at(verb) && !r.is_cap(verb) && {
        let w = frame.word(verb);
        is_finite_auxiliary(w) || looks_finite(w)
    }
}

/// How many words a phrase of medium or occasion may have between a
/// verb and its "about" ([`distant_about`]).
const ABOUT_GAP: usize = 4;

/// "talked openly about", "spoke at length about", "wrote on Facebook
/// about": the "about" of a verb that takes one ([`PARTICLE_VERBS`]),
/// past an adverb or a short phrase of manner, medium or occasion in
/// words alone, from token `next` right after the verb.
fn distant_about(frame: &Frame<'_>, verb: &str, next: usize) -> Option<usize> {
    let r = &frame.r;
    if next >= frame.hi || !r.is_word_at(next) {
        return None;
    }
    let w = frame.word(next);
    let reach = if manner_adverb(frame, next) || (w == "at" && frame.word(next + 1) == "length") {
        next + 2 + usize::from(w == "at")
    } else if matches!(w, "on" | "in" | "at" | "during") {
        next + 1 + ABOUT_GAP
    } else {
        return None;
    };
    // (the list read last: most verbs have no such phrase after them)
    if !PARTICLE_VERBS.contains(&verb) {
        return None;
    }
    (next + 1..frame.hi.min(reach))
        .take_while(|&i| r.is_word_at(i))
        .find(|&i| frame.word(i) == "about")
        // (not "about" before a number: "in a speech about 40 minutes
        // long")
        .filter(|&i| !r.is_cap(i) && !r.is_number_like(i + 1))
}

/// The addressee of the verb at `c`, whose object starts at `k` ("told
/// Lavrov", "warned reporters", "told him"), and the first token after
/// it.
/// How many tokens a relative clause on the one addressed may have before
/// the quotation it introduces ([`relative_before_quotation`]).
const ADDRESSEE_RELATIVE: usize = 16;

/// "told a student who asked about it: "Q"": a relative clause at `i` on
/// the one addressed, in words alone up to the colon or comma before a
/// quotation, describes the listener; the content starts after it.
fn relative_before_quotation(frame: &Frame<'_>, i: usize) -> Option<usize> {
    if !matches!(frame.word(i), "who" | "whom") {
        return None;
    }
    let toks = &frame.r.toks;
    let j = (i + 1..frame.hi.min(i + ADDRESSEE_RELATIVE)).find(|&j| !frame.r.is_word_at(j))?;
    (matches!(toks[j].kind, Kind::Punct(':' | ','))
        && toks.get(j + 1).is_some_and(|t| t.quote().is_some()))
    .then_some(j + 1)
}

/// Whether the word at `k` is a participle in "-ing" in lower case right
/// before a bare noun of people, which it modifies: "cheering
/// supporters", "striking workers".
pub(crate) fn participle_before_people(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    k + 1 < frame.hi
        && r.is_word_at(k)
        && !r.is_cap(k)
        && frame.word(k).ends_with("ing")
        && r.is_word_at(k + 1)
        && !r.is_cap(k + 1)
        && r.is(k + 1, SPEAKER)
}

/// "him and Lee" from the object pronoun at `k`: the pronoun and a phrase
/// joined to it by "and", addressed together, where "that" or
/// punctuation shows where the phrase ends ("told him and Lee that …";
/// not "told him and his fellow associates to …").
fn pronoun_and_phrase(frame: &Frame<'_>, k: usize) -> Option<Np> {
    if frame.word(k + 1) != "and" {
        return None;
    }
    let np = frame.r.phrase_starting_at(k + 2, frame.hi)?;
    let after = np.last + 1;
    (after < frame.hi
        && (frame.word(after) == "that"
            || matches!(frame.r.toks[after].kind, Kind::Punct(',' | ':'))))
    .then_some(Np {
        first: k,
        coordinated: true,
        ..np
    })
}

/// Whom the addressing verb at `c` ("told", "warned", "assured") speaks
/// to, from token `k` right after it, and the token after that phrase.
pub(crate) fn addressee(frame: &Frame<'_>, c: usize, k: usize) -> (Option<Np>, usize) {
    if k >= frame.hi || !is_addressing(frame.word(c)) || frame.word(k) == "that" {
        return (None, k);
    }
    // ("told her aides the plan …": "her" before a noun of people owns
    // it)
    let owner = frame.word(k) == "her"
        && frame.r.is_word_at(k + 1)
        && !frame.r.is_cap(k + 1)
        && frame.r.is(k + 1, SPEAKER);
    if OBJECT_PRONOUNS.contains(&frame.word(k)) && !owner {
        return match pronoun_and_phrase(frame, k) {
            Some(both) => (Some(both), both.last + 1),
            None => (Some(Np::pronoun(k)), k + 1),
        };
    }
    // "told NBC's "Meet the Press" that", "told the BBC's Today programme
    // that": a broadcaster's programme
    if let Some(np) = frame.programme(c, k) {
        return (Some(np), np.last + 1);
    }
    // "told state radio his country …", "told local television that …":
    // a broadcast medium, bare or after one modifier, right before the
    // content
    if is_tell(frame.word(c)) {
        if let Some(head) = bare_medium(frame, k) {
            return (Some(Np::description(k, head)), head + 1);
        }
    }
    // ("told cheering supporters that …": a participle before a noun of
    // people modifies it)
    let r = &frame.r;
    let phrase = if participle_before_people(frame, k) {
        r.phrase_starting_at(k + 1, frame.hi)
            .map(|np| Np { first: k, ..np })
    } else {
        r.phrase_starting_at(k, frame.hi)
    };
    // "warned voters will pay more": a phrase before an auxiliary is the
    // content's subject, no one addressed; and so before a verb in the
    // past with its object after a verb other than "tell" ("warned the
    // party faced a hard winter"; not "warned voters worried about …")
    let past_with_object = |v: usize| {
        !is_tell(frame.word(c))
            && !frame.r.is_cap(v)
            && is_past_form(frame.word(v))
            && (frame.r.is(v + 1, ARTICLE | POSSESSIVE | DETERMINER) || frame.r.is_number(v + 1))
    };
    if phrase.is_some_and(|np| {
        let v = np.last + 1;
        v < frame.hi
            && frame.r.is_word_at(v)
            && (is_finite_auxiliary(frame.word(v)) || past_with_object(v))
    }) {
        return (None, k);
    }
    // (the token after a bare noun and any time: "told parliament on
    // Monday that")
    let after_time = time_after(frame, k + 1);
    match phrase {
        // "told the story": the object of "tell" is its addressee only
        // when a clause follows
        Some(np) if is_tell(frame.word(c)) || np.is_named() || !np.generic => {
            // ("asked Lee, Kim and Park to …": a list of names)
            let np = frame.r.list_after(np, frame.hi);
            // ("told The Post and Courier that …": two joined by "and"
            // the grammar left apart; a content cannot open with "and")
            let np = coordinated_after(frame, np);
            // ("Clinton Urges Congress to Act on Guns": in a headline, the
            // name ends before an infinitive the verb takes, which a
            // body's name would otherwise run on over)
            let np = match (np.first + 1..=np.last).find(|&i| frame.word(i) == "to") {
                Some(i) if infinitive(frame, c, i) => Np { last: i - 1, ..np },
                _ => np,
            };
            // "told the Senate panel that": a noun after the capitals the
            // grammar stopped at, right before "that"; "told a news
            // conference the chancellor …": the head of a compound, right
            // before the content's own subject
            let n = np.last + 1;
            let clause_next = frame.word(n + 1) == "that"
                || (is_tell(frame.word(c))
                    && frame.r.is_word_at(n + 1)
                    && !frame.r.is_cap(n + 1)
                    && (frame.r.is(n + 1, ARTICLE | POSSESSIVE)
                        || subject_pronoun(frame.word(n + 1))));
            let noun = clause_next
                && frame.r.is_word_at(n)
                && !frame.r.is_cap(n)
                && !frame.r.is(n, STOP | VERB)
                && !frame.word(n).ends_with("ly")
                && !is_time_word(frame.word(n));
            let np = if noun { Np { last: n, ..np } } else { np };
            // ("asked the owners - Lee, Kim and Park - why …": past an
            // aside to the clause)
            let after = np.last + 1;
            // ("told farmers at a meeting in Des Moines that …": the
            // occasion is no part of whom he told)
            let np = frame.without_occasion(np);
            let k = past_dash_aside(frame, after, |i| {
                starts_content(frame, i) || frame.word(i) == "that"
            })
            .or_else(|| appositive_before_that(frame, after))
            .or_else(|| relative_before_quotation(frame, after));
            (Some(np), k.unwrap_or(after))
        }
        // "warned shareholders that …", "told parliament that …": a bare
        // noun the grammar does not know, right before "that" (or before
        // a time and "that": "told parliament on Monday that")
        _ if frame.word(after_time) == "that"
            && frame.r.is_word_at(k)
            && !frame.r.is_cap(k)
            && !frame.r.is(k, STOP | VERB)
            && !frame.word(k).ends_with("ly")
            && !is_time_word(frame.word(k))
            // (not a relative clause: "telling responses that could …")
            && !is_finite_auxiliary(frame.word(after_time + 1))
            && !frame.r.is(after_time + 1, VERB) =>
        {
            (Some(Np::description(k, k)), k + 1)
        }
        // "told police the man fled", "told jurors his client …": a bare
        // noun of listeners, right before the content's own subject
        _ if is_tell(frame.word(c))
            && frame.r.descriptor(k)
            && k + 1 < frame.hi
            && frame.r.is_word_at(k + 1)
            && !frame.r.is_cap(k + 1)
            && (frame.r.is(k + 1, ARTICLE | POSSESSIVE) || subject_pronoun(frame.word(k + 1))) =>
        {
            (Some(Np::description(k, k)), k + 1)
        }
        _ => match loose_listener(frame, c, k) {
            Some(np) => (Some(np), np.last + 1),
            None => (None, k),
        },
    }
}

/// Media addressed without a determiner ("told state radio").
const BROADCAST: &[&str] = &["radio", "television", "TV", "media", "press"];

/// The last token of a bare broadcast medium at `k` ("radio", "state
/// radio", "local television"), where the content follows it: "that",
/// or a clause whose subject opens with an article, a possessive or a
/// subject pronoun.
fn bare_medium(frame: &Frame<'_>, k: usize) -> Option<usize> {
    let r = &frame.r;
    let head = if BROADCAST.contains(&frame.word(k)) {
        k
    } else if k + 1 < frame.hi
        && BROADCAST.contains(&frame.word(k + 1))
        && r.is_word_at(k)
        && !r.is(k, PREPOSITION | SUBORDINATOR | PRONOUN)
    {
        k + 1
    } else {
        return None;
    };
    let n = head + 1;
    (n < frame.hi
        && r.is_word_at(n)
        && !r.is_cap(n)
        && (frame.word(n) == "that"
            || r.is(n, ARTICLE | POSSESSIVE)
            || subject_pronoun(frame.word(n))))
    .then_some(head)
}

/// `np` and the phrase joined to it by "and" after it, where the grammar
/// read them apart ("The Post and Courier", "the mayor and his aides"):
/// one addressee. `np` alone where no phrase follows "and".
fn coordinated_after(frame: &Frame<'_>, np: Np) -> Np {
    let and = np.last + 1;
    if np.coordinated || and + 1 >= frame.hi || frame.word(and) != "and" {
        return np;
    }
    match frame.r.phrase_starting_at(and + 1, frame.hi) {
        // (two names in one mention: no one name is canonical)
        Some(next) if next.kind != MentionKind::Pronoun => Np {
            last: next.last,
            coordinated: true,
            name: None,
            ..np
        },
        _ => np,
    }
}

/// The "that" (or the word opening a question: "whether", "why", …)
/// after an appositive between commas that opens at `i` ("told Lee, a
/// reporter, that C", "asked Lee, the chief executive, whether C"), if
/// one is there.
fn appositive_before_that(frame: &Frame<'_>, i: usize) -> Option<usize> {
    let r = &frame.r;
    if i + 1 >= frame.hi || !r.toks[i].is_punct(',') {
        return None;
    }
    let np = r.phrase_starting_at(i + 1, frame.hi)?;
    let that = np.last + 2;
    (np.kind != MentionKind::Pronoun
        && that < frame.hi
        && r.toks[np.last + 1].is_punct(',')
        && matches!(
            frame.word(that),
            "that" | "whether" | "if" | "why" | "how" | "what"
        ))
    .then_some(that)
}

/// How many lower-case words a listener [`loose_listener`] reads may
/// have after its article.
const LISTENER_WORDS: usize = 4;

/// Nouns for what is told rather than who is told ("told the story that
/// …").
const THINGS_TOLD: &[&str] = &[
    "story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales", "secret",
    "secrets", "news",
];

/// A listener the grammar does not read, after "told": an article or
/// possessive and a few lower-case words up to the content's own article
/// or subject pronoun ("told a packed town hall meeting the plan …"), or
/// up to "that" ("told the nation that …").
fn loose_listener(frame: &Frame<'_>, c: usize, k: usize) -> Option<Np> {
    let r = &frame.r;
    if !is_tell(frame.word(c)) || !r.is(k, ARTICLE | POSSESSIVE) {
        return None;
    }
    let plain = |i: usize| {
        r.is_word_at(i)
            && !r.is_cap(i)
            && !r.is(i, STOP | VERB)
            && !frame.word(i).ends_with("ly")
            && !is_time_word(frame.word(i))
    };
    let last = (k + 1..frame.hi.min(k + 1 + LISTENER_WORDS))
        .take_while(|&i| plain(i))
        .last()?;
    let next = last + 1;
    // (or one noun before "that", after a time too: "told the nation
    // tonight that …"; not a thing told, whose "that" is a relative's:
    // "told the story that her father told")
    let that_next = (frame.word(next) == "that"
        || (is_time_word(frame.word(next)) && frame.word(next + 1) == "that"))
        && !THINGS_TOLD.contains(&frame.word(last));
    (r.is_word_at(next)
        && !r.is_cap(next)
        && ((last > k + 1
            && (r.is(next, ARTICLE | POSSESSIVE) || subject_pronoun(frame.word(next))))
            || that_next))
        .then(|| Np::description(k, last))
}

/// The token after an aside between dashes that opens at `k` ("said — on
/// Twitter, as it happens — that C", "asked the campaigns - Trump, Cruz
/// and Kasich - why …"): the aside closes within reach, holds no
/// quotation, and `goes_on` holds for the token after it.
fn past_dash_aside(frame: &Frame<'_>, k: usize, goes_on: impl Fn(usize) -> bool) -> Option<usize> {
    let r = &frame.r;
    if !r
        .toks
        .get(k)
        .is_some_and(crate::attribute::tokens::Token::is_dash)
    {
        return None;
    }
    (k + 1..frame.hi.min(k + THAT_REACH))
        .take_while(|&j| r.toks[j].quote().is_none())
        .find(|&j| r.toks[j].is_dash())
        .filter(|&d| goes_on(d + 1))
        .map(|d| d + 1)
}

/// Whether the word in -ly at `k` is an adjective before its noun, the
/// verb's object ("reported quarterly revenue that beat estimates",
/// "found early signs that"): a lower-case word follows it that is no
/// preposition, no "that" or "whether" and no word of time. The "that"
/// after such an object is a relative's, or the object's own.
fn ly_before_noun(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let next = frame.word(k + 1);
    nominal_in_ly(frame.word(k))
        && k + 1 < frame.hi
        && r.is_word_at(k + 1)
        && !r.is_cap(k + 1)
        && !r.is(k + 1, PREPOSITION | SUBORDINATOR)
        && !matches!(next, "that" | "whether")
        && !is_time_word(next)
}

/// Whether token `k` opens a quantity: a number in digits ("38,000",
/// "$600"; not a year, "talked about 2016"), in words from "two" on
/// ([`crate::lexicon::number_in_words`]; "about one" is as often a
/// topic, "talked about one of them"), in the plural ("dozens",
/// "thousands"), a fraction ("half") or a multiple ("twice").
pub(crate) fn quantity_at(frame: &Frame<'_>, k: usize) -> bool {
    if k >= frame.hi || !frame.r.is_word_at(k) {
        return false;
    }
    let w = frame.word(k);
    (frame.r.is_number_like(k) && !is_year(w))
        || w.starts_with('$')
        || (w != "one" && crate::lexicon::number_in_words(w.strip_suffix('s').unwrap_or(w)))
        || FRACTIONS.contains(&w)
        || matches!(w, "twice" | "double" | "triple")
}

/// The first token of the content after a verb whose object ends before
/// `k`: "that" within reach past a place or time of speaking, else past a
/// time ("said Monday"), a colon or a comma before "that".
pub(crate) fn content_start(frame: &Frame<'_>, k: usize) -> usize {
    let r = &frame.r;
    let reach = frame.hi.min(k + THAT_REACH);
    // ("found virtually nothing that …": an adverb before its object's
    // words modifies the object, and the "that" after is a relative's)
    let adverb = r.is_word_at(k)
        && (frame.word(k).ends_with("ly") || r.is(k, MODIFIER) || frame.word(k) == "aloud")
        && !matches!(
            frame.word(k + 1),
            "nothing" | "everything" | "something" | "anything" | "all" | "none" | "no"
        )
        && !ly_before_noun(frame, k)
        // ("said roughly 38,000 customers lost power": an adverb before
        // a number approximates it, the content's first word)
        && !quantity_at(frame, k + 1);
    // ("reported at least 20 victims at a center that …": "at least"
    // opens a quantity, the object, no phrase of circumstance)
    let quantity = frame.word(k) == "at" && matches!(frame.word(k + 1), "least" | "most");
    if adverb
        || (r.is(k, PREPOSITION) && !quantity)
        || is_time_word(frame.word(k))
        || r.toks[k..reach.max(k)]
            .first()
            .is_some_and(|t| t.is_punct(','))
    {
        // (whether the tokens from `k` to `j` are all words)
        let mut words_only = true;
        for j in k..frame.hi.min(k + DISTANT_THAT_REACH) {
            // ("said Tuesday he would veto any bill that …": a clause of
            // its own, with its subject or auxiliary, right after the
            // words of circumstance, is the content, and a later "that"
            // is its own; not a contact clause on a noun of the occasion,
            // "said in a speech he gave that", nor one set off by commas,
            // "said on CNN, where he is a contributor, that")
            let w = frame.word(j);
            if j > k
                && r.is_word_at(j)
                && (is_finite_auxiliary(w)
                    || (subject_pronoun(w)
                        && !MEDIA.contains(&frame.word(j - 1))
                        // ("since World War I that": a numeral in a name)
                        && !(w == "I" && r.is_cap(j - 1))))
                && words_only
            {
                break;
            }
            words_only &= r.toks[j].is_word();
            if complement_that(frame, k, j) && (j < reach || distant_that(frame, k, j)) {
                return j;
            }
            if j >= reach {
                continue;
            }
            // "asked in recent days whether": a question's clause too,
            // where no infinitive or preposition governs it ("declined to
            // comment on whether") and no comma ends the reporting clause
            // before it ("…, they say, even whether")
            if frame.word(j) == "whether"
                && !r.is(j - 1, PREPOSITION)
                && !(k..j).any(|i| frame.word(i) == "to" || r.toks[i].is_punct(','))
            {
                return j;
            }
            let t = &r.toks[j];
            // ("said during this week's debate that": a possessive
            // inside the phrase of circumstance; "said on NBC's "Meet the
            // Press" that": a title after a possessive or a name)
            // (a title in title case: not the words of "vowed to "take
            // our fight" to the states that remain")
            // ("said on the MSNBC show "Morning Joe" that": after a
            // noun for a work, too)
            let title = t.quote().is_some()
                && j > k
                && (frame.work_title(j) || (r.is_cap(j - 1) && frame.title_at(j)));
            // (a comma before an article opens an appositive, not a
            // circumstance: "…, Sanders said, a policy that could …")
            let appositive = t.is_punct(',') && r.is(j + 1, ARTICLE);
            // ("said after the vote that": a word that opens clauses
            // too, here a preposition before its phrase)
            // (later, before an article or a possessive: "said in an
            // interview taped before the attacks that")
            let preposition = (j == k
                || (adverb && j == k + 1)
                || (matches!(frame.word(j), "before" | "after" | "until")
                    && r.is(j + 1, ARTICLE | POSSESSIVE)))
                && r.is(j, PREPOSITION)
                && !r.is(j + 1, PRONOUN);
            // ("added, though, that": a subordinator alone between
            // commas is a connective)
            let aside = j > k
                && r.toks[j - 1].is_punct(',')
                && r.toks.get(j + 1).is_some_and(|n| n.is_punct(','));
            // ("proposed today a budget that …": an article right after
            // the time opens the object, whose "that" is a relative's)
            let object = j > k && r.is(j, ARTICLE) && is_time_word(frame.word(j - 1));
            if !(t.is_word() || t.kind == Kind::Clitic || t.is_punct(',') || title)
                || (r.is(j, SUBORDINATOR) && !preposition && !aside)
                || appositive
                || object
                || verb_after_comma(frame, j)
            {
                break;
            }
        }
    }
    if let Some(j) = past_medium(frame, k, reach) {
        return j;
    }
    // "said — on Twitter, as it happens — that C": an aside between
    // dashes before "that"
    // (after an adverb of manner too: "argued emphatically — at length —
    // that C")
    let open = if adverb
        && r.toks
            .get(k + 1)
            .is_some_and(crate::attribute::tokens::Token::is_dash)
    {
        k + 1
    } else {
        k
    };
    if let Some(j) = past_dash_aside(frame, open, |i| frame.word(i) == "that") {
        return j;
    }
    // "said repeatedly the plan would fail", "has said flatly “no”": an
    // adverb of manner after the verb, before a clause or quotation, is
    // no content
    // (not one that focuses what follows: "reveal exactly what he would
    // say")
    // (nor a negation, whose content it is: "pleaded not guilty")
    let focus = FOCUS_ADVERBS.contains(&frame.word(k)) || frame.word(k) == "not";
    let k = if adverb && !focus && clause_or_quote(frame, k + 1) {
        k + 1
    } else {
        k
    };
    let k = time_after(frame, k);
    if k < frame.hi && r.toks[k].is_punct(':') {
        return k + 1;
    }
    // ("said Tuesday in an interview he …": the medium after the time)
    past_medium(frame, k, frame.hi.min(k + THAT_REACH)).unwrap_or(k)
}

/// Whether the comma at token `j` is followed by a verb whose own
/// "that" any later one is: a participle ("C, Lee said, adding that C2";
/// not one naming the source, an aside before the content: "reported,
/// citing unnamed sources, that C") or a finite verb of saying
/// ("Officials, who declined to comment, said that C").
fn verb_after_comma(frame: &Frame<'_>, j: usize) -> bool {
    let r = &frame.r;
    if !r.toks[j].is_punct(',') || !r.is_word_at(j + 1) {
        return false;
    }
    let w = frame.word(j + 1);
    if w.ends_with("ing") {
        !r.is_cap(j + 1) && !SOURCE_PARTICIPLES.contains(&w) && !manner_aside(frame, j + 1)
    } else {
        frame.is_cue(j + 1)
    }
}

/// Whether the participle at `c` stands alone between commas before
/// "that": an aside of manner ("said, grinning, that C", "said,
/// half-joking, that C"), not a clause of its own.
pub(crate) fn manner_aside(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    c > frame.lo
        && frame.word(c).ends_with("ing")
        && r.toks[c - 1].is_punct(',')
        && r.toks.get(c + 1).is_some_and(|t| t.is_punct(','))
        && frame.word(c + 2) == "that"
}

/// Whether the comma at token `j` (a quotation ending with one) parts
/// two quoted items of a list, each after its article ("a “loser,” a
/// “liar” and a “whiner”"), or a conjunction joins the next quotation to
/// it ("“loves China,” and “people …”").
fn quoted_list(frame: &Frame<'_>, j: usize) -> bool {
    let toks = &frame.r.toks;
    let article = |i: usize| matches!(frame.word(i), "a" | "an" | "the");
    let quote = |i: usize| i < frame.hi && toks[i].quote().is_some();
    // ("he “loves China,” and “people from China love me”": quotations
    // joined by a conjunction after the comma)
    let joined = matches!(frame.word(j + 1), "and" | "or") && quote(j + 2);
    j > frame.lo && quote(j) && ((article(j - 1) && article(j + 1) && quote(j + 2)) || joined)
}

/// Adverbs that focus the words after them ("exactly what he meant"),
/// which belong to the content they open.
const FOCUS_ADVERBS: &[&str] = &[
    "exactly",
    "precisely",
    "only",
    "simply",
    "mostly",
    "largely",
    "mainly",
    "partly",
    "especially",
    "particularly",
];

/// Whether a reported clause, or a quotation, starts at token `k`.
fn clause_or_quote(frame: &Frame<'_>, k: usize) -> bool {
    k < frame.hi && (frame.r.toks[k].quote().is_some() || own_clause(frame, k))
}

/// Whether a clause of its own opens at token `k`: "that" or a subject
/// pronoun ("that C", "he would …"; not "when", "where" or "if", which as
/// often open a circumstance), or a phrase with a verb after it ("the
/// mayor had …", "the next president should …": an auxiliary within a
/// few words of a determiner, pronoun or capital).
pub(crate) fn own_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if opens_clause(frame, k) {
        return !matches!(frame.word(k), "when" | "where" | "if");
    }
    let finite_after = r.phrase_starting_at(k, frame.hi).is_some_and(|np| {
        let v = np.last + 1;
        let w = frame.word(v);
        r.is_word_at(v)
            && !r.is_cap(v)
            && (is_auxiliary(w) || (looks_finite(w) && !w.ends_with("ing")))
    });
    // (a finite auxiliary: not "a meeting being held")
    // (a quantifier opens a subject too: "any breach must be reported";
    // after an adverb the subject opens with the adverb, "nearly every
    // conversation")
    let quantifier = matches!(
        frame.word(k),
        "any" | "every" | "each" | "no" | "some" | "all" | "many" | "most" | "both"
    ) && !(k > frame.lo && (r.is(k - 1, MODIFIER) || r.is_modifier(k - 1)));
    finite_after
        || ((r.is(k, DETERMINER | PRONOUN) || r.is_cap(k) || quantifier)
            && auxiliary_after_subject(
                frame,
                k,
                |_| true,
                |w| is_auxiliary(w) && !matches!(w, "be" | "been" | "being"),
            ))
}

/// Whether an auxiliary `is_verb` accepts, in lower case, stands within
/// [`CLAUSE_SUBJECT`] words after a subject opening at `k`, across words
/// `goes_on` accepts.
fn auxiliary_after_subject(
    frame: &Frame<'_>,
    k: usize,
    goes_on: impl Fn(usize) -> bool,
    is_verb: impl Fn(&str) -> bool,
) -> bool {
    let r = &frame.r;
    (k + 1..frame.hi.min(k + 1 + CLAUSE_SUBJECT))
        .take_while(|&j| r.is_word_at(j) && goes_on(j))
        .any(|j| !r.is_cap(j) && is_verb(frame.word(j)))
}

/// Whether the "that" at `j`, after words of circumstance from `k`,
/// opens the content: not a time ("said in his speech that night"), nor a
/// relative's "that" on a noun in lower case with its verb right after it
/// ("charged after a crash that injured three").
fn complement_that(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let r = &frame.r;
    let relative = j > k
        && r.is_word_at(j - 1)
        && !r.is_cap(j - 1)
        && r.is_word_at(j + 1)
        && !r.is_cap(j + 1)
        && is_past_form(frame.word(j + 1))
        && !r.is(j + 1, PRONOUN | DETERMINER);
    // (nor a determiner after a preposition: "pledged to fight through
    // that contest"; nor the object of a gerund a preposition governs:
    // "cautioned against viewing that as an endorsement")
    let gerund_object = j > k + 1
        && r.is_word_at(j - 1)
        && !r.is_cap(j - 1)
        && frame.word(j - 1).ends_with("ing")
        && r.is(j - 2, PREPOSITION);
    frame.word(j) == "that"
        && r.is_word_at(j)
        && !TIME_UNITS.contains(&frame.word(j + 1))
        && !relative
        && !gerund_object
        && !(j > k && r.is(j - 1, PREPOSITION) && !r.is(j - 1, SUBORDINATOR))
}

/// Whether the "that" at `j`, further than [`THAT_REACH`] from `k`, ends
/// a chain of circumstance and opens the content: right after a comma or
/// a name ("in Buffalo, New York, that", "with Greta Van Susteren that"),
/// not before a verb's past form (a relative's: "on Twitter that
/// showed"), and with no infinitive or participle in the chain (a noun
/// in -ing after a preposition or determiner is none: "during a
/// taping"), whose own "that" it would be ("for his decision to tell
/// supporters … that").
fn distant_that(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let r = &frame.r;
    (r.toks[j - 1].is_punct(',') || (r.is_word_at(j - 1) && r.is_cap(j - 1)))
        && !is_past_form(frame.word(j + 1))
        && !(k..j).any(|i| {
            let w = frame.word(i);
            w == "to"
                || (w.ends_with("ing")
                    && !r.is_cap(i)
                    && !r.is(i, PREPOSITION)
                    && !r.is(i - 1, PREPOSITION | ARTICLE | POSSESSIVE | DETERMINER))
        })
}

/// Whether a clause without "that" opens at token `k` with a subject of a
/// few words and a finite form of "be" or "have" or a modal ("the term
/// would be", "Americans are", "times have changed"; not "the way to do
/// that", "a large pledged lead"): for verbs whose object is more often
/// a thing than a report.
pub(crate) fn bare_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    k < frame.hi
        && r.is_word_at(k)
        && !is_finite_auxiliary(frame.word(k))
        && !r.is(k, PREPOSITION | SUBORDINATOR)
        && auxiliary_after_subject(
            frame,
            k,
            |j| frame.word(j) != "to" && !r.is(j, PREPOSITION | SUBORDINATOR),
            is_finite_auxiliary,
        )
}

/// How many words after its first the subject of a clause without "that"
/// may have before its auxiliary ("the next president should").
const CLAUSE_SUBJECT: usize = 4;

/// Nouns for the occasion or medium of speaking ("in a statement", "in an
/// interview with CNN", "during a speech").
const MEDIA: &[&str] = &[
    "statement",
    "interview",
    "speech",
    "email",
    "tweet",
    "letter",
    "post",
    "video",
    "appearance",
    "call",
    "briefing",
    "address",
    "memo",
    "op-ed",
    "release",
    "conference",
    "rally",
    "debate",
    "note",
    "filing",
    "column",
    "essay",
    "podcast",
    "forum",
];

/// Where the content starts after a phrase of the medium of speaking at
/// `k`, before `reach`, with no "that" ("said in a statement released by
/// the campaign the report merits …", "said in an interview with CNN he
/// would run"): the first subject followed by a verb of its own.
fn past_medium(frame: &Frame<'_>, k: usize, reach: usize) -> Option<usize> {
    let r = &frame.r;
    let medium = if matches!(frame.word(k), "in" | "during" | "at") {
        (k + 1..frame.hi.min(k + 2 + MEDIUM_WORDS))
            .take_while(|&j| r.is_word_at(j))
            .find(|&j| MEDIA.contains(&frame.word(j)))
    } else {
        None
    };
    let Some(noun) = medium else {
        // ("said on Twitter she …", "said on CNN Sunday he …": a platform
        // or network by its name, its capitalised words, and the clause's
        // subject right after it, past a time; "said in Ohio the economy
        // was …": a place by its name)
        if !(matches!(frame.word(k), "on" | "in" | "at") && r.is_word_at(k + 1) && r.is_cap(k + 1))
        {
            return None;
        }
        let name = (k + 1..frame.hi.min(k + 1 + MEDIUM_WORDS))
            .take_while(|&j| r.is_word_at(j) && r.is_cap(j))
            .last()?;
        let subject = time_after(frame, name + 1);
        return (subject < reach && own_subject(frame, subject)).then_some(subject);
    };
    // (a participle after a comma is the sentence's own: "wrote in an
    // email to POLITICO, marking the first time she named …")
    let words = |j: &usize| {
        r.is_word_at(*j)
            || (r.toks[*j].is_punct(',') && !frame.word(*j + 1).ends_with("ing"))
            || r.toks[*j].kind == Kind::Clitic
    };
    // (not past a clause of circumstance: "told Reuters in an interview
    // when asked if he had met Trump", whose subject is the question's)
    let found = (noun + 1..reach)
        .take_while(|j| words(j) && (!r.is(*j, SUBORDINATOR) || r.is(*j, PREPOSITION)))
        .find(|&j| !r.is(j - 1, PREPOSITION) && frame.word(j - 1) != "by" && own_subject(frame, j));
    // ("acknowledged in a forum Monday night "it will be hard" if …": a
    // quotation that opens the clause right after the medium's words; not
    // a title after a preposition, a name or a noun for a work, nor one
    // before "that")
    found.or_else(|| {
        let j = (noun + 1..reach).find(|j| !words(j))?;
        let before = j - 1;
        (r.toks[j].quote().is_some()
            && r.is_word_at(before)
            && !r.is(before, PREPOSITION)
            && (!r.is_cap(before) || is_time_word(frame.word(before)))
            && !WORKS.contains(&frame.word(before))
            && frame.word(j + 1) != "that")
            .then_some(j)
    })
}

/// Whether a clause's subject opens at `j`, a personal pronoun or a
/// determiner's phrase, with a finite verb after it that is no verb of
/// saying ("said on CNN he would run", not "said on CNN … he said, "Q"").
/// Narrower than [`clause_with_subject`], which also takes names and plain
/// phrases: read at every word past a medium ("in an interview with CNN
/// anchor Jake Tapper he …"), a name there would open no clause.
fn own_subject(frame: &Frame<'_>, j: usize) -> bool {
    let r = &frame.r;
    let verb = |i: usize| finite_verb_at(frame, i) && !frame.is_cue(i);
    if !r.is_word_at(j) {
        return false;
    }
    if matches!(frame.word(j), "he" | "she" | "they" | "we" | "I" | "it") {
        return verb(j + 1);
    }
    // (or, where the grammar reads no speaker's phrase there, a few
    // words before an auxiliary: "said in a statement the plan had
    // failed")
    r.is(j, DETERMINER)
        && (r
            .phrase_starting_at(j, frame.hi)
            .is_some_and(|np| verb(np.last + 1))
            || verb_after_determiner(frame, j, CLAUSE_SUBJECT + 1, |i| {
                !r.is_cap(i) && is_finite_auxiliary(frame.word(i))
            }))
}

/// Whether a word `verb` accepts stands within `reach` words after the
/// determiner at `j`, past words with no preposition or conjunction
/// among them, and no determiner right before it ("the plan had", "the
/// system gives").
fn verb_after_determiner(
    frame: &Frame<'_>,
    j: usize,
    reach: usize,
    verb: impl Fn(usize) -> bool,
) -> bool {
    let r = &frame.r;
    (j + 1..frame.hi.min(j + 1 + reach))
        .take_while(|&i| {
            r.is_word_at(i)
                && !r.is(i, PREPOSITION)
                && !matches!(frame.word(i), "and" | "or" | "as")
        })
        .any(|i| !r.is(i - 1, ARTICLE | DETERMINER | POSSESSIVE) && verb(i))
}

/// Past a comma at `k` before a clause with a subject of its own, later
/// in it: "Rubio says, win or lose, he's staying" ("says, however, that"
/// is read by [`content_start`]); `k` itself otherwise.
pub(crate) fn past_comma(frame: &Frame<'_>, k: usize) -> usize {
    if k + 1 < frame.hi && frame.r.toks[k].is_punct(',') && comma_clause(frame, k + 1) {
        k + 1
    } else {
        k
    }
}

/// How far past a comma after the verb a reported clause's pronoun
/// subject may stand ("says, win or lose in the primary, he's …").
const COMMA_CLAUSE_REACH: usize = 12;

/// Whether a clause with a pronoun subject and a verb of its own starts
/// at `k` or after a fronted phrase and a comma within reach, with no
/// participle or "according to" at `k`.
fn comma_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if !r.is_word_at(k) || frame.word(k).ends_with("ing") || frame.according_to(k) {
        return false;
    }
    let pronoun = |i: usize| {
        matches!(
            frame.word(i),
            "he" | "she" | "they" | "we" | "I" | "it" | "you"
        )
    };
    let subject_at = |i: usize| {
        i + 1 < frame.hi && pronoun(i) && r.is_word_at(i + 1) && {
            let v = frame.word(i + 1);
            is_auxiliary(v) || looks_finite(v)
        }
    };
    let clitic_subject =
        |i: usize| i + 1 < frame.hi && pronoun(i) && r.toks[i + 1].kind == Kind::Clitic;
    // ("said, the plan is dead": a determiner's phrase of a few words
    // before a finite auxiliary, right after the comma; its noun may
    // take a complement, "the man in the car was armed", but no clause)
    let plain = |j: usize| !r.is(j, PREPOSITION | SUBORDINATOR);
    let phrase_subject = |i: usize| {
        let complement = || {
            (i + 2..frame.hi.min(i + CLAUSE_SUBJECT))
                .take_while(|&j| r.is_word_at(j))
                .find(|&j| !plain(j))
                .filter(|&j| {
                    HEAD_PREPOSITIONS.contains(&frame.word(j)) && r.is(j + 1, ARTICLE | POSSESSIVE)
                })
                .is_some_and(|j| auxiliary_after_subject(frame, j + 1, plain, is_finite_auxiliary))
        };
        r.is(i, ARTICLE | POSSESSIVE | DEMONSTRATIVE)
            && !r.is_cap(i)
            && (auxiliary_after_subject(frame, i, plain, is_finite_auxiliary) || complement())
    };
    (k..frame.hi.min(k + COMMA_CLAUSE_REACH))
        .take_while(|&i| {
            r.is_word_at(i) || r.toks[i].is_punct(',') || r.toks[i].kind == Kind::Clitic
        })
        .any(|i| {
            (i == k || r.toks[i - 1].is_punct(','))
                && (subject_at(i) || clitic_subject(i) || (i == k && phrase_subject(i)))
        })
}

/// Whether "the" and an ordinal stand at token `k` ("the first", "the
/// last"): after "for", a time ("for the second time"), not a topic.
pub(crate) fn ordinal_after(frame: &Frame<'_>, k: usize) -> bool {
    k + 1 < frame.hi
        && frame.word(k) == "the"
        && matches!(
            frame.word(k + 1),
            "first" | "second" | "third" | "fourth" | "fifth" | "last" | "umpteenth"
        )
}

/// Past a time after token `k`: "Monday", "on Tuesday night", "last
/// week", "earlier", "in 2010", "late on Friday", "for the first time".
pub(crate) fn time_after(frame: &Frame<'_>, mut k: usize) -> usize {
    let word = |i: usize| if i < frame.hi { frame.word(i) } else { "" };
    for _ in 0..3 {
        let w = word(k);
        if matches!(
            w,
            "on" | "in" | "last" | "this" | "earlier" | "early" | "late"
        ) && (DAYS.contains(&word(k + 1)) || is_time_word(word(k + 1)) || is_year(word(k + 1)))
        {
            k += 2;
        } else if matches!(w, "early" | "late" | "earlier" | "later")
            && matches!(word(k + 1), "on" | "in")
            && (DAYS.contains(&word(k + 2)) || is_time_word(word(k + 2)))
        {
            // "said late on Wednesday", "said early in the day": the
            // time's preposition comes next
            k += 1;
            continue;
        } else if let Some(end) = recent_span(frame, k) {
            // "said in recent weeks", "over the past year"
            k = end;
            continue;
        } else if w == "for" && ordinal_after(frame, k + 1) && word(k + 3) == "time" {
            // "warning for the second time", "said for the first time
            // that": how often, not what
            k += 4;
            continue;
        } else if w == "that" && TIME_UNITS.contains(&word(k + 1)) {
            // "said that night", "told reporters that day": a time, not
            // the conjunction that opens the content
            k += 2;
            continue;
        } else if (DAYS.contains(&w) || (is_time_word(w) && !demonstrative_this(w, word(k + 1))))
            // "Thursday's speeches" is a phrase, not a time
            && frame.r.toks.get(k + 1).is_none_or(|t| t.kind != Kind::Clitic)
            // (not "long", which after the verb is the content's: "says
            // long lines kept voters away", nor a negation: "said not
            // everyone agreed")
            || (k < frame.hi
                && frame.r.is_word_at(k)
                && frame.r.is(k, MODIFIER)
                && !matches!(w, "long" | "not")
                && !focuses_content(frame, k))
        {
            k += 1;
        } else {
            break;
        }
        if TIME_UNITS.contains(&word(k)) {
            k += 1;
        }
    }
    k
}

/// Whether the adverb at `k` focuses the words of the content after it
/// ("said even small towns can grow", "said only three people came",
/// "said nearly everyone agreed"), which are no time or preposition
/// ("said just before the vote", "said only after midnight").
fn focuses_content(frame: &Frame<'_>, k: usize) -> bool {
    let next = frame.word(k + 1);
    matches!(
        frame.word(k),
        "even" | "only" | "just" | "nearly" | "almost"
    ) && k + 1 < frame.hi
        && frame.r.is_word_at(k + 1)
        && !frame.r.is(k + 1, PREPOSITION | SUBORDINATOR)
        && !is_time_word(next)
        && !DAYS.contains(&next)
}

/// The token after a span of time reaching up to now or ahead from `k`:
/// "in recent weeks", "over the past year", "in the coming days".
fn recent_span(frame: &Frame<'_>, k: usize) -> Option<usize> {
    let word = |i: usize| if i < frame.hi { frame.word(i) } else { "" };
    if !matches!(word(k), "in" | "over" | "during") {
        return None;
    }
    let d = if word(k + 1) == "the" { k + 2 } else { k + 1 };
    let unit = word(d + 1);
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    (matches!(word(d), "recent" | "past" | "last" | "coming" | "next")
        && TIME_UNITS.contains(&unit))
    .then_some(d + 2)
}

/// Whether "this" before `next` is a demonstrative, not the start of a
/// time ("said this is a problem", "said this plan"; not "said this
/// week").
fn demonstrative_this(w: &str, next: &str) -> bool {
    w.eq_ignore_ascii_case("this") && !TIME_UNITS.contains(&next)
}

/// Nouns that close a phrase of time after its first word ("Monday
/// night", "this week", "last year").
const TIME_UNITS: &[&str] = &[
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "month",
    "year",
];

/// Whether a word is an auxiliary verb ("is", "would", "has", "been",
/// "'ll"): words that stand between a verb and its content as its subject
/// would not, so that a relative clause's gap ("the plan that officials
/// said would fail") leaves the content without a subject.
pub(crate) fn is_auxiliary(w: &str) -> bool {
    is_finite_auxiliary(w) || matches!(w, "been" | "being" | "be")
}

/// Words that open a reported clause of their own: "that", a question
/// word, or a subject pronoun ("found that …", "asked whether …", "knew
/// he would …").
const CLAUSE_WORDS: &[&str] = &[
    "that", "whether", "if", "how", "what", "why", "when", "where", "who", "he", "she", "they",
    "it", "we", "i", "you", "there",
];

/// Whether a reported clause of its own opens at token `k`.
pub(crate) fn opens_clause(frame: &Frame<'_>, k: usize) -> bool {
    k < frame.hi && frame.r.is_word_at(k) && {
        let w = frame.word(k);
        CLAUSE_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w))
    }
}

/// Whether the words from `start` to `end` open with a subject and its
/// verb, past an adverb ("Kasich also finished ahead", "Carson once
/// drew close").
pub(crate) fn subject_and_verb(frame: &Frame<'_>, start: usize, end: usize) -> bool {
    let r = &frame.r;
    let Some(subject) = r.phrase_starting_at(start, end) else {
        return false;
    };
    (subject.last + 1..end)
        .find(|&k| {
            let w = frame.word(k);
            !(w.ends_with("ly") || w == "once" || FREQUENCY_ADVERBS.contains(&w))
        })
        .is_some_and(|v| {
            let w = frame.word(v);
            r.is_word_at(v) && !r.is_cap(v) && (is_auxiliary(w) || looks_finite(w))
        })
}

/// Whether content can start at token `k`: a word or quotation that is
/// not an auxiliary (a relative clause's gap) nor a preposition of
/// circumstance.
pub(crate) fn starts_content(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let Some(t) = r.toks.get(k).filter(|_| k < frame.hi) else {
        return false;
    };
    if t.quote().is_some() {
        return true;
    }
    if !t.is_word() {
        return false;
    }
    let w = frame.word(k);
    // ("at least six planes": a quantity, no circumstance)
    let quantity = w == "at" && matches!(frame.word(k + 1), "least" | "most");
    !(is_auxiliary(w) || (r.is(k, PREPOSITION) && !TOPICAL.contains(&w) && !quantity) || w == "to")
}

/// Past a negation at `k` and a word that focuses it ("not to act", "not
/// just to win", "not only to win"); `k` itself where none stands there.
pub(crate) fn past_negation(frame: &Frame<'_>, k: usize) -> usize {
    if frame.word(k) != "not" {
        return k;
    }
    if matches!(
        frame.word(k + 1),
        "just" | "only" | "merely" | "simply" | "even"
    ) {
        k + 2
    } else {
        k + 1
    }
}

/// Verbs of saying, whose "to" names a listener ("spoke to reporters"),
/// never an infinitive content.
const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "talk",
    "talked",
    "talking",
    "write",
    "writes",
    "wrote",
    "writing",
    "reply",
    "replied",
    "respond",
    "responded",
    "refer",
    "referred",
    "point",
    "pointed",
    "tweet",
    "tweeted",
    "explain",
    "explained",
];

/// Whether the content of the verb at `c` can be the infinitive at `k`
/// ("declined to comment", "urged Congress to act", "vowed to fight"):
/// "to" before a verb, after a verb that is not one of saying.
pub(crate) fn infinitive(frame: &Frame<'_>, c: usize, k: usize) -> bool {
    let r = &frame.r;
    // "prefer not to register", "hopes not just to win"
    let k = past_negation(frame, k);
    // ("vowed to "take our fight" to the states": a quoted verb phrase,
    // in lower case)
    let quoted_verb = k + 1 < frame.hi
        && r.toks[k + 1].quote().is_some()
        && frame
            .quote_body(k + 1)
            .starts_with(|ch: char| ch.is_lowercase());
    k + 1 < frame.hi
        && frame.word(k) == "to"
        && (quoted_verb
            || (r.is_word_at(k + 1)
                // (in a headline in title case every word is capitalised,
                // and its verb is in the present: "Sanders Vows to Stay in
                // Race"; not "A Curious Plan to Fight …")
                && (!r.is_cap(k + 1) || (frame.headline && frame.word(c).ends_with('s')))
                && !r.is(k + 1, DETERMINER | PRONOUN)
                && !r.is_number(k + 1)
                && !OBJECT_PRONOUNS.contains(&frame.word(k + 1))))
        && !SAYING.contains(&frame.word(c))
}

/// Whether the content goes on at token `k`, after a reporting clause
/// that interrupts it ("The plan, she said, will fail"): a word or a
/// quotation, its subject perhaps before the interruption.
pub(crate) fn continues(frame: &Frame<'_>, k: usize) -> bool {
    k < frame.hi && (frame.r.is_word_at(k) || frame.r.toks[k].quote().is_some())
}

/// Whether "and" or "but" at `j` opens the writer's aside to the reader
/// ("… and believe me, you will never see it"), which closes what was
/// reported before it.
fn aside_after(frame: &Frame<'_>, j: usize) -> bool {
    matches!(frame.word(j), "and" | "but") && frame.aside_to_reader(j + 1)
}

/// The end (exclusive) of a content that starts at token `k`: the end of
/// the sentence, or an earlier semicolon, contrasting clause, new report
/// or closing reporting clause; without the punctuation before it.
pub(crate) fn end(frame: &Frame<'_>, k: usize) -> usize {
    let toks = &frame.r.toks;
    // a content with a subject of its own ("that she raised concerns …
    // and warned") goes on past a coordinated verb, which is its own;
    // an object ("denounced the sanctions and warned …") does not
    let own_subject = opens_clause(frame, k);
    let in_opening = in_opening_clause(frame, k);
    // "that despite the divisions that remain, the country …": the first
    // comma after a fronted adverbial closes that phrase, not the content
    let mut fronted = fronts_adverbial(frame, k) && !in_opening;
    let (in_aside, in_parens) = enclosed(frame, k);
    // the cue right before the content (past "that"), if it reports a
    // clause: a verb of saying or of thought
    let before = k - usize::from(k > frame.lo && frame.word(k - 1) == "that");
    // (or any cue before a clause of a subject and its verb: "argue the
    // system gives too much power and could fail")
    let clause_cue = before > frame.lo
        && (says(frame.word(before - 1))
            || frame.r.is(before - 1, THOUGHT)
            || (before == k
                && !own_subject
                && frame.is_cue(before - 1)
                && clause_follows(frame, k)));
    let mut seen = ObjectScan::new(k);
    let mut j = k;
    while j < frame.hi {
        let t = &toks[j];
        if t.is_punct(';') || (in_aside && j > k && t.is_dash()) || (in_parens && t.is_punct(')')) {
            break;
        }
        // (the comma that opens it: "that, if elected, …")
        if fronted && j == k + 1 && frame.comma_at(j) {
            j += 1;
            continue;
        }
        if fronted && j > k + 1 && frame.comma_at(j) {
            fronted = false;
            if after_fronted(frame, j + 1) {
                j += 1;
                continue;
            }
        }
        // "While 7 percent said they are undecided, 27 percent …": the
        // comma that closes an opening adverbial clause closes its content
        // (a quotation ending with that comma inside its marks stays in:
        // "While Lee calls it a “mess,” Kim …")
        if in_opening && j > k && frame.comma_at(j) && !quoted_list(frame, j) {
            j += usize::from(t.quote().is_some());
            break;
        }
        if j > k && t.is_dash() && writer_after_dash(frame, k, j) {
            break;
        }
        // "say Omar Mateen, the gunman who …, held two licenses": an
        // appositive of the content's subject, its verb after it; "it was
        // fitting that, having lost twice, she now faces …": an aside
        // after "that" inside the content, before that clause's subject
        if frame.comma_at(j) && j > k {
            let that = (j > k + 1 && frame.word(j - 1) == "that").then(|| that_aside(frame, j));
            if let Some(close) = that.flatten().or_else(|| appositive(frame, k, j)) {
                j = close + 1;
                continue;
            }
        }
        // a comma, or a quotation ending with one inside its marks (US
        // style: "… on a “bad earpiece,” claiming …"), which stays in
        // (not in a list of quoted words: "a “loser,” a “liar” and …")
        if frame.comma_at(j)
            && j > k
            && clause_after_comma(frame, k, j)
            && !quoted_list(frame, j)
            && !finding_contrast(frame, before, j)
            && !(clause_cue && predicate_contrast(frame, j))
        {
            j += usize::from(t.quote().is_some());
            break;
        }
        if j > k && writers_clause_after_and(frame, &mut seen, j, clause_cue || own_subject) {
            j += usize::from(t.quote().is_some());
            break;
        }
        // "denied the charges and counter-accused her", "praised the
        // truce but voted against it": after an object with no verb of
        // its own, a verb coordinated by "and" or "but" is the speaker's
        // next act, not part of the content
        // ("said her client would appeal and would plead not guilty",
        // "argue the system is rigged and could fail": after a verb of
        // saying or thought, a predicate that opens with a modal is the
        // reported clause's; "outlined a plan and may not do so", "has
        // seen them but would say nothing" are the speaker's)
        // (so does one in the past perfect, the tense of a report after a
        // verb in the past: "said his client was remorseful and had asked
        // for …")
        let speakers_act = j > k
            && !own_subject
            && matches!(frame.word(j), "and" | "but")
            && !(clause_cue
                && frame.word(j) == "and"
                && (j + 1..=past_modifiers(frame, j + 1).min(frame.hi - 1))
                    .any(|i| MODALS.contains(&frame.word(i)) || past_perfect(frame, i)));
        if speakers_act && next_predicate(frame, k, j) {
            break;
        }
        // "… and said", "… but later added": a report of its own (not a
        // passive's second participle: "was arrested and charged with
        // murder")
        if speakers_act && report_follows(frame, k, j) {
            break;
        }
        if j > k && ((!own_subject && next_in_series(frame, k, j)) || aside_after(frame, j)) {
            break;
        }
        // "… on condition of anonymity": how the source spoke, never
        // what; and the writer's relative clause on a thing
        if j > k && (anonymity(frame, j) || (clause_cue && writers_relative(frame, j))) {
            j += usize::from(t.quote().is_some());
            break;
        }
        if j > k && !own_subject && closes_object(frame, j, before, clause_cue) {
            seen.read_to(frame, j);
            // (the second "as" of a comparison opens no clause: "as much
            // help as many had hoped")
            if seen.object && !(seen.compared && frame.word(j) == "as") {
                j += usize::from(t.quote().is_some());
                break;
            }
        }
        if own_subject
            && j > k
            && (next_act_in_past(frame, before, k, j) || refusal_after_but(frame, j))
        {
            break;
        }
        // "said C1 and one in four said C2": a report of its own, by
        // another speaker with the same verb
        if j > k && second_report(frame, before, j) {
            break;
        }
        j += 1;
    }
    trim(frame, k, j)
}

/// What [`end`] has read of a content so far, from its first token up to
/// `to`: whether it is a plain object ([`object_word`]), holds a
/// comparison's "as" or a quotation. Read only where a clause may close
/// the content, and on from where the last reading stopped, so that the
/// content is never walked twice.
struct ObjectScan {
    object: bool,
    compared: bool,
    quoted: bool,
    to: usize,
    /// Where the words start.
    from: usize,
}

impl ObjectScan {
    fn new(k: usize) -> Self {
        ObjectScan {
            object: true,
            compared: false,
            quoted: false,
            to: k,
            from: k,
        }
    }

    /// Whether the words start right after a cue, as its object does
    /// ("endorsed Trump and …"), not after "that" or a comma.
    fn after_cue(&self, frame: &Frame<'_>) -> bool {
        self.from > frame.lo && frame.is_cue(self.from - 1)
    }

    /// Reads on up to token `j`.
    fn read_to(&mut self, frame: &Frame<'_>, j: usize) {
        while self.to < j {
            self.object &= object_word(frame, self.to);
            self.compared |= frame.word(self.to) == "as";
            self.quoted |= frame.r.toks[self.to].quote().is_some();
            self.to += 1;
        }
    }
}

/// Whether a clause with a subject of its own follows the comma at `j`
/// and "and", past a time and adverbs; and, after a plain object (`plain`:
/// no verb of saying or thought before it, no subject of its own, no
/// quotation in it, which may hold a predicate the words do not show,
/// "Clinton, an aide said, “is very confident” …"), past a short phrase
/// opening the clause ("mentioned her, and at one point the crowd
/// chanted"; after a verb of saying such a clause may still be what was
/// said).
fn clause_after_and(frame: &Frame<'_>, j: usize, plain: bool) -> bool {
    let next = past_adverbs(frame, time_after(frame, j + 2));
    let next = if plain {
        past_opening_phrase(frame, next)
    } else {
        next
    };
    clause_with_subject(frame, next)
}

/// How many words a prepositional phrase opening a clause after ", and"
/// may have ("at one point", "in the end", "for the first time").
const OPENING_PHRASE_WORDS: usize = 4;

/// The token after a short prepositional phrase of words alone at `k`
/// that opens a clause with a subject of its own right after it ("…, and
/// at one point the crowd chanted"); `k` when none does.
fn past_opening_phrase(frame: &Frame<'_>, k: usize) -> usize {
    let r = &frame.r;
    if k >= frame.hi || !r.is(k, PREPOSITION) || r.is_cap(k) || clause_with_subject(frame, k) {
        return k;
    }
    (k + 2..frame.hi.min(k + 2 + OPENING_PHRASE_WORDS))
        .take_while(|&i| r.is_word_at(i - 1))
        .find(|&i| {
            r.is_word_at(i)
                && (r.is(i, ARTICLE | DETERMINER | POSSESSIVE) || subject_pronoun(frame.word(i)))
                && clause_with_subject(frame, i)
        })
        .unwrap_or(k)
}

/// Whether the dash at `j`, in a content from `k`, opens words of the
/// writer's: a contrast ("… with the FBI - but she also insisted"), the
/// speaker's own act or terms, or a clause with a pronoun for subject
/// ("— and he was right") after a dash that closes no aside the content
/// opened ("that – in his life – he is …").
fn writer_after_dash(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    CONTRAST.contains(&frame.word(j + 1))
        || dash_act(frame, j + 1)
        || (dash_clause(frame, j + 1)
            && !matches!(frame.word(j - 1), "that" | "and")
            && frame.r.toks[k..j].iter().filter(|t| t.is_dash()).count() % 2 == 0)
        || (summing_after_dash(frame, j + 1) && !frame.quote_between(k, j))
}

/// How many words may stand between "a" and the relative pronoun of a
/// phrase that sums up what came before ([`summing_after_dash`]).
const SUMMING_WORDS: usize = 4;

/// "… last week — a move that may help trigger fresh opposition", "… not
/// classified at the time - a point that officials have disputed": after
/// a dash, a phrase opened by "a" or "an" and closed by a relative
/// pronoun sums up the content before it in the writer's words (in a
/// content with no quotation, where the words may be the speaker's own:
/// "with respect - the respect that we deserve").
fn summing_after_dash(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    matches!(frame.word(i), "a" | "an")
        && (i + 2..frame.hi.min(i + 2 + SUMMING_WORDS))
            .take_while(|&x| r.is_word_at(x) && r.toks[x].quote().is_none())
            .any(|x| matches!(frame.word(x), "that" | "which") && !r.is_cap(x - 1))
}

/// Whether the words at `i`, after a dash in a content, are the
/// speaker's own act or terms rather than more of what was said: a
/// reporting participle ("— asserting that …") or "as long as".
fn dash_act(frame: &Frame<'_>, i: usize) -> bool {
    let w = frame.word(i);
    (w.ends_with("ing") && frame.is_cue(i))
        || (w == "as" && frame.word(i + 1) == "long" && frame.word(i + 2) == "as")
}

/// Whether a clause of the writer's opens at `i`, after a dash: a
/// personal pronoun as its subject, after "and" or an adverb, before a
/// verb ("— and he was right", "- only she thinks …"), not a clause the
/// reporting verb goes on to report ("— and that the mayor knew it").
fn dash_clause(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    let mut s = i;
    if matches!(frame.word(s), "and" | "so") || (r.is_word_at(s) && r.is_modifier(s)) {
        s += 1;
    }
    let v = s + 1;
    subject_pronoun(frame.word(s))
        && v < frame.hi
        && r.is_word_at(v)
        && (looks_finite(frame.word(v)) || is_auxiliary(frame.word(v)))
}

/// Whether the word at `i`, after the comma that closes a phrase fronted
/// in a content, goes on with the content's clause: an article or an -ing
/// form, or the clause's own subject ("that, thanks to the rules, he was
/// …", "…, Lee's firm was …").
fn after_fronted(frame: &Frame<'_>, i: usize) -> bool {
    let w = frame.word(i);
    matches!(w, "a" | "an" | "the")
        || w.ends_with("ing")
        || subject_pronoun(w)
        || frame.r.is(i, POSSESSIVE)
}

/// How many tokens an aside after "that," is read over for its closing
/// comma.
const THAT_ASIDE_REACH: usize = 12;

/// The comma that closes an aside opened by the comma at `j` after
/// "that" ("that, having lost twice before, she now faces …"), where the
/// clause after it opens as a fronted phrase's clause does
/// ([`after_fronted`]); none where "that" ends a phrase of its own ("he
/// wanted that, saying it was fair").
fn that_aside(frame: &Frame<'_>, j: usize) -> Option<usize> {
    (j + 2..frame.hi.min(j + THAT_ASIDE_REACH))
        .take_while(|&i| frame.r.is_word_at(i) || frame.comma_at(i))
        .find(|&i| frame.comma_at(i))
        .filter(|&i| i + 1 < frame.hi && after_fronted(frame, i + 1))
}

/// Whether "while" at token `j` or after its comma draws a contrast inside
/// what a verb of evidence before `before` found ("the poll showed Trump
/// ahead, while Rubio was at 18%"), which is part of the finding.
fn finding_contrast(frame: &Frame<'_>, before: usize, j: usize) -> bool {
    before > frame.lo
        && frame.r.is(before - 1, EVIDENCE)
        && (frame.word(j) == "while" || frame.word(j + 1) == "while")
}

/// Whether ", but" after the comma at `j` goes on with a second
/// predicate of the reported clause's own subject: "said she wanted
/// change, but found Mr. Trump too objectionable", "said the process was
/// fair, but required an effort". Asked only after a verb of saying or
/// thought (the caller's `clause_cue`), whose content is a clause: "but"
/// and a verb with no subject of its own (past adverbs: "but now plans")
/// belong to the content: an auxiliary, a negated one, a past form, or a
/// form in -s before its object ("but favors a ban"; not "but voters
/// say", whose plural is a subject). A verb of saying there still ends
/// it, being a report of its own ("but wants “tougher” deals"). A subject
/// after "but" opens the writer's clause, and after an object ("denounced
/// the plan, but voted for it") the verb is the speaker's next act.
fn predicate_contrast(frame: &Frame<'_>, j: usize) -> bool {
    let r = &frame.r;
    let b = j + 1;
    if b >= frame.hi || frame.word(b) != "but" {
        return false;
    }
    let v = past_adverbs(frame, b + 1);
    if v >= frame.hi || !r.is_word_at(v) || r.is_cap(v) || r.is(v, PRONOUN | DETERMINER) {
        return false;
    }
    let w = frame.word(v);
    let object_after = |k: usize| {
        k < frame.hi
            && (r.toks[k].quote().is_some()
                || (r.is_word_at(k)
                    && (r.is(k, ARTICLE | DETERMINER | POSSESSIVE | PREPOSITION)
                        || frame.word(k) == "to")))
    };
    is_auxiliary(w)
        || contracted_negation(w)
        || is_past_form(w)
        || (w.ends_with('s') && !w.ends_with("ss") && object_after(v + 1))
}

/// Whether "on (the) condition of" or "on (the) condition that" starts
/// at token `j`: the terms on which a source spoke ("on condition of
/// anonymity"), no part of what it said; not the state of a thing ("had
/// no information on the condition of the hostages"), where a determiner
/// follows "of".
fn anonymity(frame: &Frame<'_>, j: usize) -> bool {
    // (with the adverb that focuses it: "only on condition of anonymity")
    let j = if matches!(frame.word(j), "only" | "just") && j + 1 < frame.hi {
        j + 1
    } else {
        j
    };
    if frame.word(j) != "on" {
        return false;
    }
    let c = if frame.word(j + 1) == "the" {
        j + 2
    } else {
        j + 1
    };
    frame.word(c) == "condition"
        && match frame.word(c + 1) {
            "that" => true,
            "of" => !frame.r.is(c + 2, ARTICLE | DETERMINER | POSSESSIVE),
            _ => false,
        }
}

/// Whether a clause of the writer's opens at token `j` after an object
/// from `k` with no verb of its own (`clause_cue`: after a verb of saying
/// or thought, the phrase before a relative clause is a clause's subject,
/// whose verb may come after it, "said the plan, which critics said would
/// fail, was sound"): a clause of time, contrast or cause
/// with its own subject ("preferred Clinton while most men backed
/// Sanders", "praised the mogul after he clinched it"), or a relative
/// clause set off by a comma ("predicted a win in Texas, which votes on
/// March 1"); not the contrast a finding draws, its cue before `before`
/// ([`finding_contrast`]).
fn closes_object(frame: &Frame<'_>, j: usize, before: usize, clause_cue: bool) -> bool {
    if finding_contrast(frame, before, j) {
        return false;
    }
    // (a person's after a preposition too: ", with whom he clashed")
    let relative = !clause_cue
        && frame.comma_at(j)
        && (matches!(frame.word(j + 1), "which" | "who" | "whose" | "whom")
            || (frame.r.is(j + 1, PREPOSITION) && frame.word(j + 2) == "whom"))
        && !subject_of_verb_after(frame, j + 1);
    relative || adverbial_clause(frame, j) || reduced_time_clause(frame, before, j)
}

/// "said he supports the bill, which includes …": whether the comma at
/// `j` opens a relative clause on a thing that runs on to the end of a
/// reported clause, the writer's account of it; not one closed by a
/// comma before the clause's own verb ("said the bill, which passed,
/// would fail").
fn writers_relative(frame: &Frame<'_>, j: usize) -> bool {
    frame.comma_at(j) && frame.word(j + 1) == "which" && !subject_of_verb_after(frame, j + 1)
}

/// How far a relative clause set off by commas is read for its closing
/// comma.
const RELATIVE_REACH: usize = 30;

/// Whether the relative clause opening at `k` closes with a comma and a
/// finite verb after it: the phrase before it is the subject of that
/// verb ("argued the Islamic State, which has lost ground, is in
/// retreat"), not an object the clause closes; nor does it close one
/// whose complement "as" goes on after it ("described Bush, who quit on
/// Saturday, as "a man who …"").
fn subject_of_verb_after(frame: &Frame<'_>, k: usize) -> bool {
    closing_comma(frame, k + 1, RELATIVE_REACH).is_some_and(|c| {
        let v = past_adverbs(frame, c + 1);
        frame.word(v) == "as" || finite_verb_at(frame, v)
    })
}

/// The comma that closes a phrase or clause set off by commas, read from
/// token `from` over at most `reach` tokens, not past a quotation or a
/// semicolon.
fn closing_comma(frame: &Frame<'_>, from: usize, reach: usize) -> Option<usize> {
    (from..frame.hi.min(from + reach))
        .take_while(|&i| frame.r.toks[i].quote().is_none() && !frame.r.toks[i].is_punct(';'))
        .find(|&i| frame.comma_at(i))
}

/// Conjunctions that open an adverbial clause of time, contrast or cause.
const ADVERBIAL_CONJUNCTIONS: &[&str] = &[
    "while", "when", "although", "though", "because", "whereas", "as", "after", "before",
];

/// Words before a conjunction that make it no clause's opener: a focus
/// ("only because") or a degree of time ("shortly after", "back when").
const BEFORE_NO_CLAUSE: &[&str] = &[
    "only",
    "just",
    "partly",
    "largely",
    "mainly",
    "simply",
    "mostly",
    "especially",
    "back",
    "shortly",
    "soon",
    "long",
    "right",
    "not",
    "much",
    "particularly",
];

/// Whether an adverbial clause with a subject of its own opens at token
/// `j` ("while most men backed Sanders", "even though he has citizenship",
/// "as he faces a test"), perhaps after a comma.
pub(crate) fn adverbial_clause(frame: &Frame<'_>, j: usize) -> bool {
    let c = if frame.comma_at(j) { j + 1 } else { j };
    let c = if frame.word(c) == "even" { c + 1 } else { c };
    let w = frame.word(c);
    if !ADVERBIAL_CONJUNCTIONS.contains(&w) {
        return false;
    }
    // (not a time it measures, "a day after", "at a time when", "a
    // half-hour after", "back when", nor a focus, "not only because")
    if no_clause_after(frame.word(j - 1), w) {
        return false;
    }
    // ("as" before a pronoun, or a noun with a verb in the past: not
    // "described Cruz as his top choice", "listed Veep as his top shows")
    (w != "as" || subject_pronoun(frame.word(c + 1)) || past_clause(frame, c + 1))
        && !(matches!(w, "after" | "before" | "when" | "while") && event_after(frame, c + 1))
        && clause_with_subject(frame, c + 1)
}

/// How many words an event's phrase after "the" may have ("the Sept. 11
/// terrorist attacks").
const EVENT_WORDS: usize = 4;

/// Whether an event's plural closes a phrase from "the" at `k`, as after
/// a conjunction of time it does more often than a clause's verb does:
/// "after the terrorist attacks and …", "before the Iowa caucuses." (a
/// form in -s right before "and", "or" or punctuation, with no object).
fn event_after(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if !frame.word(k).eq_ignore_ascii_case("the") {
        return false;
    }
    (k + 2..frame.hi.min(k + 2 + EVENT_WORDS))
        // (over nouns and their modifiers: no past form, "after the
        // Treasury issued those rules")
        .take_while(|&i| {
            (r.is_word_at(i) && !is_past_form(frame.word(i))) || r.toks[i].is_punct('.')
        })
        .find(|&i| {
            (r.is_word_at(i) && !r.is_word_at(i + 1)) || matches!(frame.word(i + 1), "and" | "or")
        })
        .is_some_and(|i| {
            let w = frame.word(i);
            r.is_word_at(i)
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !is_finite_auxiliary(w)
                && !r.is_cap(i)
        })
}

/// "called Palin a “clown” on his radio show when commenting on her
/// speech", "announced the deal after cutting ties with …": whether a
/// conjunction of time at token `j` (perhaps after a comma) opens a
/// clause of a participle in "-ing" whose subject is the speaker's, the
/// circumstance of the words, not what they were. Not after a focus
/// ("particularly when facing Clinton"), nor where a word in "-ing"
/// between the cue at `before` and `j` may be the participle's own verb
/// ("an account of coming under fire while visiting Bosnia").
fn reduced_time_clause(frame: &Frame<'_>, before: usize, j: usize) -> bool {
    let r = &frame.r;
    let c = if frame.comma_at(j) { j + 1 } else { j };
    let ing = |i: usize| {
        let w = frame.word(i);
        r.is_word_at(i) && !r.is_cap(i) && w.len() > 5 && w.ends_with("ing")
    };
    // (past an adverb of manner: "after recently accusing")
    let v = if manner_adverb(frame, c + 1) {
        c + 2
    } else {
        c + 1
    };
    matches!(frame.word(c), "when" | "while" | "after" | "before")
        && v < frame.hi
        && ing(v)
        && !no_clause_after(frame.word(j - 1), frame.word(c))
        && !(before + 1..j).any(ing)
}

/// Whether `before`, the word before the conjunction `w`, makes it no
/// opener of a clause: a time it measures ("a day after", "two days
/// after", "at a time when", "a half-hour after", "years ago") or a
/// focus ("only because", "back when", "particularly when"). ("as"
/// measures no time: "played down the idea in recent weeks as he
/// attempts …")
fn no_clause_after(before: &str, w: &str) -> bool {
    // (the unit: the last part after a hyphen, without a plural's "s")
    let unit = before.rsplit('-').next().unwrap_or(before);
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    (TIME_UNITS.contains(&unit) && w != "as")
        || matches!(unit, "time" | "moment" | "hour" | "minute" | "ago")
        || BEFORE_NO_CLAUSE.contains(&before)
}

/// Whether a noun phrase at `k` is followed by a verb in the past or a
/// finite auxiliary ("the president traveled", "Congress grappled", "the
/// Fed was"), past a few adverbs.
fn past_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    r.phrase_starting_at(k, frame.hi).is_some_and(|np| {
        let v = past_adverbs(frame, np.last + 1);
        v < frame.hi && r.is_word_at(v) && !r.is_cap(v) && {
            let w = frame.word(v);
            is_past_form(w) || is_finite_auxiliary(w)
        }
    })
}

/// Whether token `i` may stand in a plain object, a content with no verb,
/// clause or infinitive of its own ("supporters", "his Iowa win over
/// Trump"; not "he will speak", "to protest", "why he left"): no
/// infinitive marker, conjunction or question word that opens a clause,
/// auxiliary, subject pronoun nor past form.
fn object_word(frame: &Frame<'_>, i: usize) -> bool {
    let w = frame.word(i);
    !matches!(w, "to" | "that" | "why" | "how" | "what" | "whether" | "if")
        && !is_auxiliary(w)
        && !contracted_negation(w)
        && !subject_pronoun(w)
        && !is_past_form(w)
}

/// Whether a content starting at token `k` stands in an aside between
/// dashes ("argued - rebuking Trump by name - that C"), which the dash
/// that closes it ends, and whether it stands inside parentheses ("The
/// group (which often criticized the mayor) met"), which the parenthesis
/// that closes them ends. (Counted over the [`ASIDE_SCAN`] tokens before
/// it only: an aside is short, and the scan must not grow with the
/// frame.)
fn enclosed(frame: &Frame<'_>, k: usize) -> (bool, bool) {
    let floor = frame.lo.max(k.saturating_sub(ASIDE_SCAN));
    let (mut dashes, mut depth) = (0usize, 0isize);
    for t in &frame.r.toks[floor..k] {
        if t.is_dash() {
            dashes += 1;
        } else if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            depth -= 1;
        }
    }
    (dashes % 2 == 1, depth > 0)
}

/// Whether the comma at `j`, in a content from `k`, opens a clause that
/// is no part of the content: a new clause, an independent one, or the
/// subject's next verb after a participle's aside ("The company, citing
/// weak demand, cut …").
fn clause_after_comma(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    // ("had successes — for instance, cutting costs": what an example's
    // phrase brings in is the example)
    let example = j >= 2
        && matches!(
            (frame.word(j - 2), frame.word(j - 1)),
            ("for", "instance" | "example") | ("that", "is")
        );
    if example || gerund_series(frame, k, j) {
        return false;
    }
    new_clause(frame, j + 1)
        || independent_clause(frame, k, j + 1)
        || closes_participle_aside(frame, k, j)
        || time_to_event(frame, j + 1)
        // (a quotation closing with the comma is that clause's own
        // content, which the joining of reports settles: "scolded him:
        // “C,” she said")
        || (frame.r.toks[j].quote().is_none() && closing_reporter(frame, j + 1))
}

/// Whether a reporting clause that closes the sentence starts at `i`, a
/// subject and its verb of saying or the verb and its subject, perhaps
/// with a time, before the sentence's end: "…, police said.", "…,
/// officials said Tuesday.", "…, said the mayor." It reports what comes
/// before its comma, so a report inside that ("The man heard shots and
/// reported them, police said.") ends at the comma too.
fn closing_reporter(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    let end = |k: usize| k >= frame.hi || matches!(r.toks[k].kind, Kind::Punct('.' | '!' | '?'));
    // (or a few words of place or occasion before the end: "…, police
    // said at a briefing.")
    reporting_clause(frame, i, |k| {
        end(k)
            || (k < frame.hi
                && matches!(
                    frame.word(k),
                    "at" | "in" | "on" | "during" | "to" | "before" | "after" | "outside"
                )
                && (k + 1..frame.hi.min(k + 2 + CIRCUMSTANCE_WORDS))
                    .find(|&e| !(r.is_word_at(e) || r.toks[e].kind == Kind::Clitic))
                    .map_or(frame.hi <= k + 2 + CIRCUMSTANCE_WORDS, |e| {
                        e > k + 1 && end(e)
                    }))
    })
}

/// How many words a circumstance after a closing reporting clause may
/// have ("…, police said at a briefing on Tuesday.").
pub(crate) const CIRCUMSTANCE_WORDS: usize = 10;

/// Whether a reporting clause starts at `i`, a subject and its verb of
/// saying or the verb and its subject, perhaps with a time after them,
/// that `closes` the token after ("…, police said." before the
/// sentence's end; "Still, he said," before a comma).
pub(crate) fn reporting_clause(
    frame: &Frame<'_>,
    i: usize,
    closes: impl Fn(usize) -> bool,
) -> bool {
    let r = &frame.r;
    let ends = |k: usize| closes(time_after(frame, k));
    let finite_cue = |c: usize| {
        c < frame.hi
            && frame.is_cue(c)
            && !r.is_cap(c)
            && (looks_finite(frame.word(c)) || matches!(frame.word(c), "say" | "tell"))
    };
    // (after the verb, a name or a noun of speakers: not "…, wrote a
    // host of new songs.")
    if finite_cue(i) {
        return r
            .phrase_starting_at(i + 1, frame.hi)
            .is_some_and(|np| (np.is_named() || r.is(np.last, SPEAKER)) && ends(np.last + 1));
    }
    r.phrase_starting_at(i, frame.hi).is_some_and(|np| {
        let c = past_modifiers(frame, np.last + 1);
        finite_cue(c) && ends(c + 1)
    })
}

/// Units of time that measure the span to an event ("hours after").
const SPANS_OF_TIME: &[&str] = &[
    "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
    "years", "year", "moments",
];

/// Whether a span of time before "after" or "before" starts at `i`: "hours
/// after the vote", "just days before", "a week after", "two days
/// after", "shortly after". Set off by a comma after a content, it is
/// the writer's account of when it was said ("Lee accused Moscow of
/// stalling, hours after …"), not part of what was said.
fn time_to_event(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    let mut k = i;
    if matches!(frame.word(k), "just" | "only" | "barely" | "mere") {
        k += 1;
    }
    if frame.word(k) == "shortly" {
        return matches!(frame.word(k + 1), "after" | "before");
    }
    // (a count in words or figures, or a quantifier: "two days after",
    // "48 hours after", "a week after", "several days before")
    let w = frame.word(k);
    if matches!(w, "a" | "an" | "several" | "few") || is_count(w) || r.is_number(k) {
        k += 1;
    }
    if !(k < frame.hi
        && r.is_word_at(k)
        && SPANS_OF_TIME.contains(&frame.word(k))
        && matches!(frame.word(k + 1), "after" | "before"))
    {
        return false;
    }
    // (not an aside inside the content, whose verb follows its closing
    // comma: "said the plan, days after its launch, was dead")
    let close = (k + 2..frame.hi).find(|&j| !r.is_word_at(j) && r.toks[j].kind != Kind::Clitic);
    !close.is_some_and(|j| {
        frame.comma_at(j)
            && r.is_word_at(j + 1)
            && !r.is_cap(j + 1)
            && (is_auxiliary(frame.word(j + 1)) || looks_finite(frame.word(j + 1)))
    })
}

/// How far before its content a participle in an aside may stand, in
/// tokens ("citing", "warning of", "saying that").
const ASIDE_PARTICIPLE: usize = 3;

/// Whether the comma at `j` closes an aside opened by a participle after
/// a comma, the content from `k` being the participle's: "The company,
/// citing weak demand, cut its forecast", "Lee, saying the plan was dead,
/// left the room", "Trump took a hands-off approach, suggesting C, was
/// tepid about …". The word after the comma is the subject's next finite
/// verb.
fn closes_participle_aside(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let v = j + 1;
    let finite = frame.r.is_word_at(v)
        && !frame.r.is_cap(v)
        && !frame.word(v).ends_with("ing")
        && (is_past_form(frame.word(v))
            || (frame.r.is(v, VERB) && looks_finite(frame.word(v)))
            // (a verb no list holds, before its object: "cut its forecast")
            || (frame.r.class(v) == 0 && frame.r.is(v + 1, ARTICLE | POSSESSIVE)));
    if !finite || (k..j).any(|i| frame.comma_at(i)) {
        return false;
    }
    // (a participle that describes goes on with the content: "claiming
    // he was wasting time, distracted from the real work")
    if describes_before(frame, v) || frame.word(v + 1) == "from" {
        return false;
    }
    let floor = frame.lo.max(k.saturating_sub(ASIDE_PARTICIPLE));
    (floor.max(frame.lo + 2)..k).any(|p| {
        frame.word(p).ends_with("ing")
            && frame.comma_at(p - 1)
            && frame.r.is_word_at(p - 2)
            && !(p..k).any(|i| frame.comma_at(i))
    })
}

/// "mocked a reporter, referred to migrants as …": whether the comma at
/// `j`, after an object from `k` with no comma of its own, opens the
/// speaker's next act in a series, a verb of report in the past (not a
/// participle describing the object: "the meeting, requested by Sanders,",
/// "…, compared with …").
fn next_in_series(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    frame.comma_at(j)
        && frame.is_cue(j + 1)
        && is_past_form(frame.word(j + 1))
        && !describes_before(frame, j + 1)
        && !(k..j).any(|i| frame.comma_at(i))
        && next_predicate(frame, k, j)
}

/// Whether the past form at `v`, right after a comma, is a participle
/// that describes the phrase before the comma ("his plan, denounced as
/// cruel,", "the meeting, requested by Sanders,", "…, compared with …"),
/// not a verb of its own.
pub(crate) fn describes_before(frame: &Frame<'_>, v: usize) -> bool {
    matches!(frame.word(v), "compared" | "based")
        || matches!(frame.word(v + 1), "by" | "as" | "in" | "on" | "at" | "with")
}

/// "told ABC that he agrees the plan is a "disaster" and said …": whether
/// "and" at `j` opens a verb of saying in the past after the clause
/// reported from `k` in the present, the verb before `before` being in
/// the past too: it agrees with the reporting verb, and is the speaker's
/// next act. (The reporting verb may stand before an addressee: "told
/// ABC's "This Week" that"; it is looked for last, only when the rest
/// holds.)
fn next_act_in_past(frame: &Frame<'_>, before: usize, k: usize, j: usize) -> bool {
    if frame.word(j) != "and" {
        return false;
    }
    let v = past_modifiers(frame, j + 1);
    frame.is_cue(v)
        && is_past_form(frame.word(v))
        && present_clause(frame, k, j)
        && (frame.lo.max(before.saturating_sub(THAT_REACH))..before)
            .rev()
            .find(|&i| frame.is_cue(i))
            .is_some_and(|i| is_past_form(frame.word(i)))
}

/// "said he will back the nominee but did not say whether …", "… but
/// wouldn't elaborate": whether "but" at `j` opens a negated verb of
/// saying, the speaker's refusal to say more, which no reported clause
/// goes on with.
fn refusal_after_but(frame: &Frame<'_>, j: usize) -> bool {
    if frame.word(j) != "but" {
        return false;
    }
    let mut v = j + 1;
    if matches!(frame.word(v), "also" | "still" | "then" | "later") {
        v += 1;
    }
    let w = frame.word(v);
    let negated = if contracted_negation(w) {
        v + 1
    } else if matches!(w, "did" | "would" | "could" | "does" | "will") && frame.word(v + 1) == "not"
    {
        v + 2
    } else {
        return false;
    };
    negated < frame.hi
        && frame.r.is_word_at(negated)
        && (says(frame.word(negated)) || frame.is_cue(negated))
}

/// Whether "and" at `j` opens a second report with the verb of the one
/// before `before`, in the past, and a subject of its own: "said the
/// party does not care about the community and one in four said …".
fn second_report(frame: &Frame<'_>, before: usize, j: usize) -> bool {
    if frame.word(j) != "and" || coordinated_subject(frame, before, j) {
        return false;
    }
    let Some(np) = frame.r.phrase_within(j + 1, frame.hi, false) else {
        return false;
    };
    if np.kind == MentionKind::Pronoun && !subject_pronoun(frame.word(np.first)) {
        return false;
    }
    let v = past_modifiers(frame, np.last + 1);
    v < frame.hi
        && frame.is_cue(v)
        && is_past_form(frame.word(v))
        && (frame.lo.max(before.saturating_sub(THAT_REACH))..before)
            .rev()
            .find(|&i| frame.is_cue(i))
            .is_some_and(|i| frame.word(i).eq_ignore_ascii_case(frame.word(v)))
}

/// Whether "and" at `j` joins two subjects of a "that" clause at
/// `before`: the phrase right after "that" ends before it ("that Kim and
/// two aides said …").
pub(crate) fn coordinated_subject(frame: &Frame<'_>, before: usize, j: usize) -> bool {
    frame.word(before).eq_ignore_ascii_case("that")
        && j >= before + 2
        && frame
            .r
            .phrase_ending_at(before + 1, j - 1)
            .is_some_and(|np| np.first == before + 1)
}

/// Whether the first finite verb of the clause reported from `k`, before
/// `j`, is in the present ("he agrees", "the plan is"): not "was", a past
/// form or a modal, nor "has" or "does", whose participle or plain form
/// a later verb may share ("he has not held dinners and never called").
fn present_clause(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    (k + 1..j)
        .find(|&i| finite_verb_at(frame, i))
        .is_some_and(|i| {
            let w = frame.word(i);
            matches!(w, "is" | "are" | "am")
                || (w.ends_with('s') && !w.ends_with("ss") && !is_auxiliary(w))
        })
}

/// Whether "had" at `i` opens a past perfect: a past participle after
/// it, past a few adverbs ("had asked", "had never been").
fn past_perfect(frame: &Frame<'_>, i: usize) -> bool {
    frame.word(i) == "had" && {
        let v = past_modifiers(frame, i + 1);
        v < frame.hi && !frame.r.is_cap(v) && {
            let w = frame.word(v);
            is_past_form(w) || w.ends_with("en") || w == "been"
        }
    }
}

/// Modal auxiliaries: a predicate that opens with one is in what was
/// reported.
const MODALS: &[&str] = &[
    "would", "will", "could", "should", "might", "may", "can", "must",
];

/// How many words may stand between the participle of a passive and
/// the "and" that coordinates a second one ("was arrested Tuesday in
/// Ohio and charged").
const PASSIVE_GAP: usize = 6;

/// Whether "and" at token `j` coordinates a second participle with a
/// passive in the content from `k` ("the suspect was arrested Tuesday
/// and charged with murder"): a form of "be" and a past form right
/// after it a few words before, and a past form after "and".
fn passive_chain(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let r = &frame.r;
    frame.word(j) == "and"
        && is_past_form(frame.word(past_modifiers(frame, j + 1)))
        && (k.max(j.saturating_sub(PASSIVE_GAP))..j).any(|p| {
            r.is_word_at(p)
                && is_be(frame.word(p))
                && r.is_word_at(p + 1)
                && is_past_form(frame.word(p + 1))
                && (p + 2..j).all(|i| !frame.comma_at(i) && !finite_verb_at(frame, i))
        })
}

/// Whether "and" or "but" at token `j` opens a predicate coordinated
/// with the reporting verb's, after a content from `k` that is an object
/// or an infinitive with no finite verb of its own ("the charges and
/// counter-accused her", "to keep abortion legal and celebrated the
/// ruling", "immigration reform and has since voted"): a past form or a
/// finite auxiliary in lower case follows, past a few adverbs. (A verb
/// after an auxiliary, "to be identified", is a participle of the
/// content's.)
fn next_predicate(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let r = &frame.r;
    let function_word = |i: usize| {
        i < frame.hi
            && r.is_word_at(i)
            && r.is(
                i,
                ARTICLE | DETERMINER | POSSESSIVE | PRONOUN | PREPOSITION | MODIFIER,
            )
    };
    let verb_at = |i: usize| {
        finite_verb_at(frame, i)
            && past_or_auxiliary(frame.word(i))
            && !(i > k && is_auxiliary(frame.word(i - 1)))
    };
    // (a form in -s or -ed before its object: "the system gives too
    // much", "the mogul wins about 1 in 3")
    let with_object = |i: usize| finite_verb_at(frame, i) && function_word(i + 1);
    // (past adverbs and auxiliaries to the verb, or back to the
    // auxiliary before it: "has since voted")
    let v = past_modifiers(frame, j + 1);
    let v = if v > j + 1 && is_auxiliary(frame.word(v - 1)) {
        v - 1
    } else {
        v
    };
    // (a form in -ed before a noun modifies it: "the heat and unsettled
    // weather", "her adopted home state"; not before its particle, "but
    // later fessed up", nor a conjunction, "called the charges
    // unsubstantiated and fabricated")
    let adjective = |i: usize| {
        frame.word(i).ends_with("ed")
            && i + 1 < frame.hi
            && r.is_word_at(i + 1)
            && !r.is_cap(i + 1)
            && !function_word(i + 1)
            && !matches!(frame.word(i + 1), "and" | "or" | "but")
            && !PARTICLES.contains(&frame.word(i + 1))
    };
    // (after "but", a form in -s before its object too: "claimed a
    // victory last month but trails Clinton in the delegate chase")
    let present = frame.word(j) == "but"
        && finite_verb_at(frame, v)
        && frame.word(v).ends_with('s')
        && v + 1 < frame.hi
        && (function_word(v + 1) || r.is_cap(v + 1));
    (verb_at(v) || present)
        && !adjective(v)
        && !(k..j).any(|i| (verb_at(i) && !adjective(i)) || (i > k && with_object(i)))
}

/// Whether "and" at token `j` (or a comma before it at `j`) opens a
/// clause of the writer's after a content read by `seen`: "that C1, and
/// (now) his campaign is …", a clause with a subject of its own after a
/// comma and "and" (past a time before it: "…, and last year she
/// proposed a ban"); and, after a plain object (no quotation in it, and
/// `clausal` false: no verb of saying or thought before it, no subject
/// of its own, nothing the words after the cue read as a clause),
/// "called for a recount and the board was furious", "asked for a photo
/// and Clinton said": with no comma, a clause whose subject a singular
/// auxiliary, or a name or pronoun that a verb of saying, follows (a
/// plural or a modal is as often the verb of two subjects, "that Alabama
/// and Georgia were", which the content's start did not show).
fn writers_clause_after_and(
    frame: &Frame<'_>,
    seen: &mut ObjectScan,
    j: usize,
    clausal: bool,
) -> bool {
    if frame.comma_at(j) && frame.word(j + 1) == "and" {
        seen.read_to(frame, j);
        let plain = seen.object && !seen.quoted && !clausal;
        return clause_after_and(frame, j, plain);
    }
    frame.word(j) == "and"
        && !clausal
        && !frame.r.is(j - 1, TITLE | HONORIFIC)
        && {
            seen.read_to(frame, j);
            seen.object && !seen.quoted
        }
        && (subject_before_report(frame, j + 1)
            || (seen.after_cue(frame) && named_past_clause(frame, j + 1)))
}

/// Whether a clause opens at token `k` with a name or a personal pronoun
/// and a verb in the past that is no auxiliary, before an object that
/// opens with a determiner: after a cue's object, "charged the officer
/// with murder and Emanuel fired his police chief" is the writer's next
/// clause (not "praised the plan and the budget passed by the House").
fn named_past_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    subject_and_its_verb(frame, k).is_some_and(|(v, named)| {
        let w = frame.word(v);
        named
            && is_past_form(w)
            && !is_auxiliary(w)
            // (its object opens with a determiner: "unclassified
            // systems" is an adjective's phrase)
            && r.is(v + 1, ARTICLE | POSSESSIVE | DEMONSTRATIVE)
    })
}

/// Whether a clause opens at token `k` with a subject (a pronoun or a
/// phrase) that a singular auxiliary follows, or a pronoun or a name
/// that a verb of saying follows, past adverbs: "Melania Trump's entry
/// was", "Clinton said" (not "Republican-leaning voters said", as often
/// the second of two subjects).
fn subject_before_report(frame: &Frame<'_>, k: usize) -> bool {
    subject_and_its_verb(frame, k).is_some_and(|(v, named)| {
        matches!(frame.word(v), "is" | "was" | "has" | "had" | "does" | "did")
            || (named && says(frame.word(v)))
    })
}

/// The word in lower case after the subject that opens a clause at token
/// `k` (a subject pronoun or a phrase the grammar reads), past adverbs,
/// and whether that subject is a pronoun or a name.
fn subject_and_its_verb(frame: &Frame<'_>, k: usize) -> Option<(usize, bool)> {
    let r = &frame.r;
    let (after, named) = if subject_pronoun(frame.word(k)) {
        (k + 1, true)
    } else {
        let np = r.phrase_starting_at(k, frame.hi)?;
        (np.last + 1, np.is_named())
    };
    let v = past_adverbs(frame, after);
    (v < frame.hi && r.is_word_at(v) && !r.is_cap(v)).then_some((v, named))
}

/// Adverbial particles of phrasal verbs ("fessed up", "backed down",
/// "lashed out").
pub(crate) const PARTICLES: &[&str] = &["up", "down", "out", "off", "back", "away"];

/// Whether a verb of report follows "and" or "but" at `j`, past adverbs
/// (not a passive's second participle after a content from `k`, nor a
/// noun before the verb of its own clause: "shootings and protests
/// demands that …").
fn report_follows(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let v = past_modifiers(frame, j + 1);
    frame.is_cue(v) && !noun_before_verb(frame, v) && !passive_chain(frame, k, j)
}

/// "the shootings and protests demands that …", "the claims are": a
/// form in "-s" (not "says", nor one after a pronoun) with a finite verb
/// right after it is a noun, that verb's subject.
pub(crate) fn noun_before_verb(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    let (w, k) = (frame.word(c), c + 1);
    // (after a subject pronoun it is a verb whose subject a relative
    // clause left out: "in what it hopes will become a hub")
    if !w.ends_with('s')
        || w.ends_with("ss")
        || w == "says"
        || (c > frame.lo && r.is(c - 1, PRONOUN))
    {
        return false;
    }
    // (a form in -s before another is no noun after a singular noun its
    // article opens, whose verb it agrees with: "The poll finds states
    // shifting")
    let singular_subject = c > frame.lo + 1
        && r.is(c - 2, ARTICLE)
        && r.is_word_at(c - 1)
        && !r.is_cap(c - 1)
        && !frame.word(c - 1).ends_with('s');
    let next = frame.word(k);
    k < frame.hi
        && r.is_word_at(k)
        && !r.is_cap(k)
        && (is_finite_auxiliary(next)
            || (!singular_subject
                && next.ends_with('s')
                && !next.ends_with("ss")
                && (frame.is_cue(k) || r.is(k, VERB))))
}

/// Whether a content starting at token `k` is a "that" clause that opens
/// with an adverbial phrase or clause before its subject ("that despite
/// …,", "that when …,", "that by the end of the month,").
fn fronts_adverbial(frame: &Frame<'_>, k: usize) -> bool {
    // (or a question word before a comma: "how, growing up, he …")
    let that = frame.word(k).eq_ignore_ascii_case("that");
    let question = matches!(frame.word(k), "how" | "why" | "whether") && frame.comma_at(k + 1);
    if k + 2 >= frame.hi || !(that || question) {
        return false;
    }
    // (past a comma or a focusing adverb: "that, if elected,", "that even
    // in small things,")
    let mut i = k + 1;
    let comma = frame.comma_at(i);
    // ("that, thanks to the rules, …", "that, frankly, …": a comma right
    // after "that" opens an aside before the clause, whatever its words)
    if that && frame.r.toks[k + 1].is_punct(',') {
        return true;
    }
    if comma {
        i += 1;
    }
    if matches!(frame.word(i), "even" | "only" | "just") {
        i += 1;
    }
    // (a participle between commas too: "how, growing up, …")
    let participle = comma && !frame.r.is_cap(i) && frame.word(i).ends_with("ing");
    i < frame.hi
        && frame.r.is_word_at(i)
        && (frame.r.is(i, PREPOSITION | SUBORDINATOR)
            || frame.word(i) == "given"
            || participle
            || frame.according_to(i))
        && frame.word(i) != "of"
}

/// How many tokens before a content are searched for the dash opening an
/// aside it may stand in.
const ASIDE_SCAN: usize = 64;

/// How many tokens a closing time of speaking may have ("late Monday
/// night" has three).
const TIME_WORDS_AT_END: usize = 4;

/// `k..j` without the occasion or time of speaking that closes it: "said
/// the plan would fail in an interview with CNN", "claimed victory in a
/// tweet", "criticized the plan on Tuesday night". The phrase must leave
/// a word of content and hold no quotation; a medium's noun must head
/// its phrase ("in her email server" is no occasion).
pub(crate) fn without_circumstance(frame: &Frame<'_>, k: usize, j: usize) -> usize {
    // (the phrases of time and occasion that close it, read from the end:
    // "those worries on Sunday at a university forum in Beijing")
    // (the first word that opens a clause of the content's own, read
    // once: the content before it is a plain object, [`object_word`])
    let clause_at = (k..j).find(|&i| !object_word(frame, i)).unwrap_or(j);
    let mut end = j;
    for _ in 0..CIRCUMSTANCES {
        let cut = occasion_before(frame, k, time_before_end(frame, k, end), clause_at);
        let cut = object_circumstance(frame, k, cut, clause_at);
        if cut == end {
            break;
        }
        end = cut;
    }
    trim(frame, k, end)
}

/// How many phrases of time and occasion [`without_circumstance`] takes
/// off a content's end.
const CIRCUMSTANCES: usize = 3;

/// Where a time that ends a content from `k` at `j` starts, a weekday as
/// [`time_after`] reads it to the end ("on Tuesday", "late Monday
/// night"); `j` when none does.
fn time_before_end(frame: &Frame<'_>, k: usize, j: usize) -> usize {
    let word = |i: usize| if i < j { frame.word(i) } else { "" };
    (k + 2..j)
        .rev()
        .take(TIME_WORDS_AT_END)
        .find(|&i| {
            matches!(word(i), "on" | "late" | "early" | "last" | "this")
                && DAYS.iter().take(7).any(|d| *d == word(i + 1))
                && time_after(frame, i) >= j
        })
        .unwrap_or(j)
}

/// Where a time or medium that closes an object's content from `k` at
/// `end` starts: "so in December", "this in 2008", "Trump on Twitter",
/// "his endorsement on its Facebook page", "him in almost every speech";
/// `end` when none does, or when the content is no plain object, a word
/// of a clause of its own standing at `clause_at` before `end` (in a
/// clause such a phrase is as often what was said).
fn object_circumstance(frame: &Frame<'_>, k: usize, end: usize, clause_at: usize) -> usize {
    if end <= k + 1 || clause_at < end || frame.quote_between(k, end) {
        return end;
    }
    let r = &frame.r;
    // (not a debate, which an object's noun is as often about: "his
    // prowess in debates")
    let medium = |i: usize| {
        let w = frame.word(i);
        let one = w.strip_suffix('s').unwrap_or(w);
        (MEDIA.contains(&one) && one != "debate") || SOCIAL.contains(&w)
    };
    (k + 1..end)
        .find(|&i| {
            let w = frame.word(i);
            // ("last week" after a noun: not "in the last year", "a few
            // years earlier"; "this year" may be what a forecast is for,
            // "forecasts growth of 2 percent this year")
            let after_noun = r.is_word_at(i - 1)
                && !r.is(i - 1, PREPOSITION | DETERMINER | ARTICLE)
                && !r.is_number_like(i - 1)
                && !is_time_word(frame.word(i - 1))
                && !matches!(frame.word(i - 1), "earlier" | "later");
            // (nor the second of two phrases joined by "and")
            let opens = (matches!(w, "in" | "on") && !matches!(frame.word(i - 1), "and" | "or"))
                || (w == "last" && after_noun)
                || recent_span(frame, i).is_some();
            let time = opens && time_after(frame, i) >= end;
            // (opened by a determiner or a name: "in a speech", "on
            // Twitter", "in other interviews"; not "in political speech")
            let opened = r.is(i + 1, DETERMINER | POSSESSIVE | ARTICLE)
                || r.is_cap(i + 1)
                || matches!(
                    frame.word(i + 1),
                    "other" | "every" | "almost" | "several" | "many"
                );
            let media = matches!(w, "in" | "on")
                && !matches!(frame.word(i - 1), "and" | "or")
                && opened
                && (i + 1..end.min(i + 2 + MEDIUM_WORDS))
                    .take_while(|&x| r.is_word_at(x) || r.toks[x].kind == Kind::Clitic)
                    // (a medium's noun heads its phrase: not "on the email
                    // chains")
                    .any(|x| medium(x) && heads_medium(frame, x, end));
            // ("denied the accusations through a spokeswoman": whom the
            // speaker spoke through, closing the content)
            let conduit = w == "through"
                && opened
                && end - 1 <= i + 3
                && r.is(end - 1, SPEAKER)
                && !r.is_cap(end - 1);
            time || media || conduit
        })
        .unwrap_or(end)
}

/// Social media and broadcasts a speaker speaks on ("on Twitter", "on
/// his radio show").
const SOCIAL: &[&str] = &[
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "show",
    "program",
    "radio",
    "television",
    "TV",
    "page",
    "blog",
    "website",
    "podcast",
];

/// Where an occasion that ends a content from `k` at `end` starts: "in a
/// statement", "during a speech", "at a rally in Iowa", "in an interview
/// published Saturday"; `end` when none does. The noun of the medium or
/// event heads its phrase, which an article or possessive opens, and no
/// quotation stands in it.
fn occasion_before(frame: &Frame<'_>, k: usize, end: usize, clause_at: usize) -> usize {
    let r = &frame.r;
    let word = |i: usize| if i < end { frame.word(i) } else { "" };
    let Some(at) = (k + 1..end).find(|&i| matches!(word(i), "in" | "during" | "at")) else {
        return end;
    };
    // ("at" an event closes an object only: "thanked supporters at a
    // rally"; in a clause or an infinitive the event is as often part of
    // what was said, "said he will speak at the convention")
    let object = word(at) == "at" && clause_at >= at;
    let Some(noun) = (at + 1..end.min(at + 2 + MEDIUM_WORDS))
        .take_while(|&i| r.is_word_at(i))
        .find(|&i| {
            let w = frame.word(i);
            if word(at) == "at" {
                object && (MEDIA.contains(&w) || crate::attribute::frame::EVENTS.contains(&w))
            } else {
                MEDIA.contains(&w)
            }
        })
    else {
        return end;
    };
    let heads = heads_medium(frame, noun, end);
    let opened = r.is(at + 1, DETERMINER) || r.is(at + 1, POSSESSIVE);
    // (and its phrase closes the content: no infinitive or clause after
    // it, "urged supporters at a rally Friday to ask why …")
    let closes = word(at) != "at"
        || (noun + 1..end).all(|i| {
            let w = frame.word(i);
            !matches!(w, "to" | "that") && !finite_verb_at(frame, i) && !is_auxiliary(w)
        });
    if heads && opened && closes && !frame.quote_between(at, end) {
        at
    } else {
        end
    }
}

/// Whether the noun of a medium at `x` heads its phrase in a content that
/// ends at `end`: the content or the phrase ends after it, or a
/// preposition, a day or time, or a participle of its release with a
/// time after it follows ("a statement released Tuesday", "an interview
/// published Saturday"); not "in her email server", "on the email
/// chains".
fn heads_medium(frame: &Frame<'_>, x: usize, end: usize) -> bool {
    let r = &frame.r;
    let next = frame.word(x + 1);
    // (a time after it, or its agent: "comments carried by KCNA")
    let released = || {
        RELEASED.contains(&next)
            && (x + 2 >= end
                || DAYS.contains(&frame.word(x + 2))
                || is_time_word(frame.word(x + 2))
                || frame.word(x + 2) == "by")
    };
    x + 1 >= end
        || !r.is_word_at(x + 1)
        || r.is(x + 1, PREPOSITION)
        || DAYS.contains(&next)
        || is_time_word(next)
        || released()
}

/// Participles of the release of a medium ("a statement released
/// Tuesday").
const RELEASED: &[&str] = &[
    "carried",
    "released",
    "published",
    "posted",
    "aired",
    "issued",
    "broadcast",
];

/// How many adverbs and auxiliaries may stand between a conjunction and
/// the verb it coordinates ("but has since said").
const CONJUNCT_MODIFIERS: usize = 3;

/// The first token from `k` past a few adverbs and auxiliaries ("later",
/// "has", "also").
pub(crate) fn past_modifiers(frame: &Frame<'_>, mut k: usize) -> usize {
    for _ in 0..CONJUNCT_MODIFIERS {
        if k < frame.hi && is_adverbial(frame, k) {
            k += 1;
        }
    }
    k
}

/// The first token from `k` past a few adverbs that are no auxiliaries
/// ("still speaks", "actually are"; "has" stays).
fn past_adverbs(frame: &Frame<'_>, mut k: usize) -> usize {
    for _ in 0..CONJUNCT_MODIFIERS {
        if k < frame.hi && is_adverbial(frame, k) && !is_auxiliary(frame.word(k)) {
            k += 1;
        }
    }
    k
}

/// Whether token `k` is an adverb or auxiliary between a subject or
/// conjunction and its verb, "since" after an auxiliary among them ("has
/// since said").
pub(crate) fn is_adverbial(frame: &Frame<'_>, k: usize) -> bool {
    frame.r.is_modifier(k)
        || (k > frame.lo && frame.word(k) == "since" && is_auxiliary(frame.word(k - 1)))
}

/// Adverbial conjunctions that open a sentence with a clause of their own.
pub(crate) const OPENING_CONJUNCTIONS: &[&str] = &[
    "while", "although", "though", "because", "if", "when", "since", "whereas", "unless", "after",
    "before", "once",
];

/// Whether a content starting at `k` lies in a clause that opens the
/// sentence with an adverbial conjunction or a participle ("While only 7
/// percent said …,", "Noting that …,", "Asked whether …,"), or in a
/// relative clause of an opening phrase ("In a year in which most voters
/// say …,"), before any comma.
pub(crate) fn in_opening_clause(frame: &Frame<'_>, k: usize) -> bool {
    // (past a dateline: "CLEVELAND - When …")
    let lo = frame.after_dateline().min(k);
    let first = frame.word(lo);
    // ("Noting that C, Trump said": a participle opens one too)
    let participle = frame.r.is_cap(lo) && (first.ends_with("ing") || first == "Asked");
    // ("In a year in which most voters say C, …": a relative clause of
    // the opening phrase)
    // (a conjunction's clause after a connective too: "But as Lee pledged
    // to …, many …")
    let opener = lo + usize::from(matches!(first, "And" | "But" | "Yet" | "So"));
    let relative = frame.r.is(opener, PREPOSITION)
        && (opener + 2..k)
            .any(|i| matches!(frame.word(i), "which" | "whom") && frame.r.is(i - 1, PREPOSITION));
    (participle
        || relative
        || OPENING_CONJUNCTIONS
            .iter()
            .any(|c| c.eq_ignore_ascii_case(frame.word(opener)))
        || opening_as(frame, opener)
        || modified_conjunction(frame))
        && !(lo..k).any(|i| clause_comma(frame, i, k))
        || after_fronted_phrase(frame, k)
}

/// Words that may stand before an adverbial conjunction opening a
/// sentence, to say how near or how sure ("Shortly after", "Not long
/// after", "Even as", "Only when"), or how long before or after ("Two
/// weeks after", "A few days before", "Hours after").
const CONJUNCTION_MODIFIERS: &[&str] = &[
    "not", "long", "shortly", "soon", "just", "even", "only", "right", "well", "a", "few",
    "several", "one", "two", "three", "four", "five", "six", "ten", "moments", "minutes", "hours",
    "days", "weeks", "months", "years", "decades", "minute", "hour", "day", "week", "month",
    "year", "decade",
];

/// How many words may modify a conjunction that opens a sentence ("A few
/// days before").
const CONJUNCTION_MODIFIER_WORDS: usize = 3;

/// Whether the sentence opens with an adverbial conjunction after a word
/// or few that modify it ([`CONJUNCTION_MODIFIERS`]): "Shortly after
/// Trump tweeted the quote, Todd asked him about it", "Even as aides
/// said C, …", "Two weeks after she warned that C, …".
fn modified_conjunction(frame: &Frame<'_>) -> bool {
    let lo = frame.lo;
    let Some(j) = (lo + 1..frame.hi.min(lo + CONJUNCTION_MODIFIER_WORDS + 1)).find(|&j| {
        !CONJUNCTION_MODIFIERS
            .iter()
            .any(|m| m.eq_ignore_ascii_case(frame.word(j)))
    }) else {
        return false;
    };
    let w = frame.word(j);
    // ("as" and "though" after "even" or "just": "Even as", "Even
    // though", "Just as")
    let as_though = matches!(w, "as" | "though")
        && ["even", "just"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(frame.word(j - 1)));
    CONJUNCTION_MODIFIERS
        .iter()
        .any(|m| m.eq_ignore_ascii_case(frame.word(lo)))
        && frame.r.is_word_at(j)
        && !frame.r.is_cap(j)
        && (OPENING_CONJUNCTIONS.contains(&w) || as_though)
}

/// Whether token `i`, before a content from `k`, is a comma that may
/// close a clause: not one of a list of names before "and" or "or"
/// ("after the department asked Mills, Sullivan and Abedin to search
/// …").
fn clause_comma(frame: &Frame<'_>, i: usize, k: usize) -> bool {
    frame.comma_at(i)
        && !(frame.r.is_cap(i + 1) && (i + 1..k).any(|j| matches!(frame.word(j), "and" | "or")))
}

/// How many tokens a phrase fronted before an opening conjunction may
/// have ("In June 2001, after …").
const FRONTED_TOKENS: usize = 5;

/// Whether a content starting at `k` lies in a clause that an adverbial
/// conjunction opens after a short phrase fronted before it, of words
/// with no verb: "Last month, when I asked Lee if C, he …", "In June
/// 2001, after the firm asked workers to C, 80,000 …" (no comma between
/// the conjunction and `k`).
fn after_fronted_phrase(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let Some(comma) =
        (frame.lo + 1..k.min(frame.lo + FRONTED_TOKENS + 1)).find(|&i| frame.comma_at(i))
    else {
        return false;
    };
    let conjunction = comma + 1;
    conjunction < k
        && !r.is_cap(conjunction)
        && OPENING_CONJUNCTIONS.contains(&frame.word(conjunction))
        && (frame.lo..comma).all(|i| {
            let w = frame.word(i);
            r.is_word_at(i)
                && !frame.is_cue(i)
                && !is_auxiliary(w)
                && (r.is_cap(i) || !looks_finite(w))
        })
        && !(conjunction..k).any(|i| clause_comma(frame, i, k))
}

/// Whether the sentence opens with "As" at `lo` (perhaps after a
/// connective) and a clause of its own: a personal pronoun or a name as
/// its subject, then a lower-case word ("As he considered a run, …", "As
/// Lee argued C, …"); not "As expected", "As a senator" or "As for Lee".
fn opening_as(frame: &Frame<'_>, lo: usize) -> bool {
    let r = &frame.r;
    if !frame.word(lo).eq_ignore_ascii_case("as") {
        return false;
    }
    let subject = lo + 1;
    let verb = if subject_pronoun(frame.word(subject)) {
        subject + 1
    } else {
        match r.simple_phrase(subject, frame.hi) {
            Some(np) if np.kind == MentionKind::Person && np.is_named() => np.last + 1,
            _ => return false,
        }
    };
    r.is_word_at(verb) && !r.is_cap(verb)
}

/// The end of a content that starts at `k` inside a noun phrase (a
/// relative clause or a participle after a noun): where [`end`] puts it,
/// or earlier at a comma or, when `aux`, at the sentence's own verb (an
/// auxiliary: "… who wants to unseat X is reaping …"). `clausal`: the
/// content is a clause whatever word opens it, so its first auxiliary is
/// its own.
pub(crate) fn embedded_end(frame: &Frame<'_>, k: usize, aux: bool, clausal: bool) -> usize {
    let stop = end(frame, k);
    // a reported clause with its own subject has its own verb first:
    // "saying he was tired", "who think that it is over"
    let mut own_verb = (clausal || opens_clause(frame, k)) && !pronoun_and_verb(frame, k);
    // (a quotation ending with the comma inside its marks stays in: "who
    // called it a "disaster," resigned", "who said "enough," left")
    let quoted_comma = |j: usize| frame.comma_at(j) && frame.r.toks[j].quote().is_some();
    if quoted_comma(k) {
        return k + 1;
    }
    // ("saying that, if elected, she would act": an aside set off by
    // commas right after "that" opens the clause, no end)
    let aside = if frame.word(k) == "that" && frame.comma_at(k + 1) {
        (k + 2..stop).find(|&j| frame.comma_at(j)).unwrap_or(k + 1)
    } else {
        k
    };
    let cut = (k + 1..stop)
        .find_map(|j| {
            if frame.comma_at(j) && j > aside {
                return Some(j + usize::from(quoted_comma(j)));
            }
            // (only a finite one can be the next clause's: "cared about
            // a candidate being honest")
            if !(aux && frame.r.is_word_at(j) && is_finite_auxiliary(frame.word(j))) {
                return None;
            }
            // (an auxiliary after another goes on its chain: "had been
            // understated", "could not be"; and one after "to" is the
            // infinitive's: "who asked not to be named said")
            if auxiliary_chain(frame, j) || frame.word(j - 1) == "to" {
                return None;
            }
            (!std::mem::replace(&mut own_verb, false)).then_some(j)
        })
        .unwrap_or(stop);
    trim(frame, k, cut)
}

/// Whether the clause from `k` (past a "that") opens with a subject
/// pronoun and a finite verb that is no auxiliary ("they back Lee"):
/// its own verb is there, and an auxiliary after it is another clause's.
fn pronoun_and_verb(frame: &Frame<'_>, k: usize) -> bool {
    let s = k + usize::from(frame.word(k) == "that");
    if s >= frame.hi || !subject_pronoun(frame.word(s)) {
        return false;
    }
    // (past an adverb: "they just want")
    let mut v = s + 1;
    while v < frame.hi
        && v < s + 3
        && frame.r.is_word_at(v)
        && frame.r.is_modifier(v)
        && !is_auxiliary(frame.word(v))
        && !contracted_negation(frame.word(v))
    {
        v += 1;
    }
    v < frame.hi
        && frame.r.is_word_at(v)
        && !frame.r.is_cap(v)
        && !frame.word(v).ends_with("ing")
        && !is_auxiliary(frame.word(v))
        && !frame.r.is(
            v,
            ARTICLE | DETERMINER | POSSESSIVE | PRONOUN | PREPOSITION | SUBORDINATOR,
        )
}

/// Whether the auxiliary at token `j` goes on the verb chain of an
/// auxiliary before it, past a negation or an adverb ("had been", "could
/// not be", "will also have").
fn auxiliary_chain(frame: &Frame<'_>, j: usize) -> bool {
    let r = &frame.r;
    let mut i = j;
    while i > 0 && r.is_word_at(i - 1) {
        let w = frame.word(i - 1);
        if is_auxiliary(w) {
            return true;
        }
        if !r.is_modifier(i - 1) || i + 2 < j {
            return false;
        }
        i -= 1;
    }
    false
}

/// How many words the subject of a clause read by [`clause_follows`]
/// may have before its verb.
const SUBJECT_WORDS: usize = 4;

/// Whether the words from `k` read as a clause, a subject and its finite
/// verb: a speaker phrase the grammar reads ([`subject_and_verb`]), or a
/// determiner and a few words with no preposition, comma or conjunction
/// before a present form or auxiliary in lower case that no determiner
/// stands right before ("the system gives", "the polls were").
fn clause_follows(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    // (a present form or an auxiliary: a past form is as often a
    // participle, "as fiendishly complicated")
    let present = |i: usize| {
        let w = frame.word(i);
        finite_verb_at(frame, i) && (is_auxiliary(w) || (w.ends_with('s') && !w.ends_with("ss")))
    };
    if !r.is_word_at(k) {
        return false;
    }
    // (the grammar's reading, the costlier, only for a name or a
    // pronoun: a determiner's phrase is read by its words)
    if r.is(k, ARTICLE | DETERMINER | POSSESSIVE) {
        verb_after_determiner(frame, k, SUBJECT_WORDS, present)
    } else {
        (r.is_cap(k) || subject_pronoun(frame.word(k))) && subject_and_verb(frame, k, frame.hi)
    }
}

/// Whether a finite verb or auxiliary in lower case stands at token `i`
/// ("held", "says", "would"; not a participle in "-ing").
pub(crate) fn finite_verb_at(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    i < frame.hi && r.is_word_at(i) && !r.is_cap(i) && {
        let w = frame.word(i);
        // (a word of a closed class in -s is no verb: "his", "this",
        // "its", "us")
        !w.ends_with("ing")
            && (is_auxiliary(w)
                || (looks_finite(w)
                    && !r.is(
                        i,
                        POSSESSIVE | PRONOUN | DETERMINER | DEMONSTRATIVE | PREPOSITION,
                    )))
    }
}

/// The end of a content from `k` whose subject is a relative pronoun
/// before its cue ("that officials said would fail"), or that is the
/// object of a noun of speech ("his attacks on Park"): where [`end`] puts
/// it, or earlier at the main clause's verb after it ("… would fail
/// passed on Tuesday", "… on Park drew fire"): a finite verb right after a word that
/// is no auxiliary, pronoun, determiner, preposition or conjunction, so
/// neither a verb of the content's own chain ("are tied"), a clause of its
/// own ("he was"), a participle before a noun ("the hacked servers") nor
/// a verb's complement ("went unnoticed").
pub(crate) fn gap_end(frame: &Frame<'_>, k: usize) -> usize {
    let r = &frame.r;
    let stop = end(frame, k);
    let cut = (k + 1..stop)
        .find(|&j| {
            // (a past form or an auxiliary: a form in -s is as often a
            // plural noun, "in the next few months")
            finite_verb_at(frame, j)
                && past_or_auxiliary(frame.word(j))
                && r.is_word_at(j - 1)
                && !is_auxiliary(frame.word(j - 1))
                // (nor a verb's complement: "went unnoticed", "improperly
                // used")
                && !looks_finite(frame.word(j - 1))
                && !frame.word(j - 1).ends_with("ly")
                && !r.is(j - 1, PRONOUN | SUBORDINATOR | MODIFIER | DETERMINER | PREPOSITION)
                && !matches!(frame.word(j - 1), "and" | "or" | "but" | "to" | "that" | "who" | "which")
        })
        .unwrap_or(stop);
    trim(frame, k, cut)
}

/// Whether `w` is a past form or a finite auxiliary: a finite verb
/// whatever its subject, where a form in -s is as often a plural noun.
pub(crate) fn past_or_auxiliary(w: &str) -> bool {
    is_finite_auxiliary(w) || is_past_form(w)
}

/// The end of a content from `k` that completes a noun ("her claim that
/// the vote was rigged", "his promise to cut taxes"): where [`end`] puts
/// it, or earlier where the sentence's own verb follows the clause when
/// the noun is its subject ("… drew scorn", "… is false", "… won
/// applause"). The clause's verb comes first, with its auxiliaries and
/// participles; a later verb belongs to a clause the content opens after
/// a conjunction, relative or "that" ("… and that officials lied"); the
/// first past form or finite auxiliary after a word of the clause that is
/// no auxiliary, pronoun, determiner, preposition or adverb ends it.
pub(crate) fn noun_clause_end(frame: &Frame<'_>, k: usize) -> usize {
    let r = &frame.r;
    let stop = end(frame, k);
    // (a form in -ed after a determiner, quantity or number modifies a
    // noun, "many undocumented immigrants", "11 million undocumented
    // people"; before "by" it is a participle, "laws passed by")
    let modifier = |j: usize| {
        let w = frame.word(j);
        w.ends_with("ed")
            && !is_finite_auxiliary(w)
            && (r.is(j - 1, DETERMINER)
                || r.is_number(j - 1)
                || matches!(
                    frame.word(j - 1),
                    "many" | "some" | "most" | "million" | "billion"
                )
                || frame.word(j + 1) == "by")
    };
    let finite =
        |j: usize| finite_verb_at(frame, j) && past_or_auxiliary(frame.word(j)) && !modifier(j);
    let opens = |j: usize| {
        r.is(j, SUBORDINATOR)
            || matches!(
                frame.word(j),
                "that" | "and" | "or" | "but" | "who" | "which" | "whether"
            )
    };
    // the clause's own verb ("that the vote was", "to cut") and its chain
    let first = if frame.word(k) == "to" {
        Some(k + 1)
    } else {
        // (a past form or an auxiliary: a form in -s is as often a
        // plural noun, "that superdelegates should")
        (k + 1..stop).find(|&j| finite(j))
    };
    let Some(mut j) = first else {
        return stop;
    };
    // (the auxiliaries and participles after a verb; a finite auxiliary
    // only right after another, "would have been rigged", not "was
    // rigged is false", and none after an embedded clause's verb, "… and
    // that officials lied was rejected")
    let chain = |mut j: usize, finite_ok: bool| {
        while j < stop && r.is_word_at(j) && {
            let w = frame.word(j);
            let after_aux = is_auxiliary(frame.word(j - 1)) || frame.word(j - 1) == "not";
            (is_auxiliary(w) && (!is_finite_auxiliary(w) || (finite_ok && after_aux)))
                || w.ends_with("ed")
                || w.ends_with("en")
                || w == "not"
                || w.ends_with("ly")
        } {
            j += 1;
        }
        j
    };
    // (after an auxiliary its chain goes on, "would have been rigged";
    // after a main verb a finite auxiliary is the sentence's, "that
    // thousands cheered was false")
    j = chain(j + 1, is_auxiliary(frame.word(j)));
    let mut embedded = false;
    while j < stop {
        if opens(j) {
            embedded = true;
        } else if finite(j) {
            if embedded {
                embedded = false;
                j = chain(j + 1, false);
                continue;
            }
            let before = frame.word(j - 1);
            if r.is_word_at(j - 1)
                && !is_auxiliary(before)
                && !before.ends_with("ly")
                && !r.is(j - 1, PRONOUN | DETERMINER | PREPOSITION | MODIFIER)
            {
                // ("Pressed on complaints that fuel was slow, Psaki said
                // …": the verb's subject after a comma is the sentence's,
                // and the content ends at the comma)
                let subject_after_comma =
                    (k + 1..j).rev().find(|&c| frame.comma_at(c)).filter(|&c| {
                        r.phrase_starting_at(c + 1, j)
                            .is_some_and(|np| np.last + 1 == j)
                    });
                return trim(frame, k, subject_after_comma.unwrap_or(j));
            }
        }
        j += 1;
    }
    stop
}

/// How many tokens an appositive inside a content may have.
const APPOSITIVE_REACH: usize = 14;

/// The comma closing an appositive that opens at the comma `j` after the
/// subject `k..j` of a content, where the subject's verb follows it:
/// "Omar Mateen, the gunman who killed 49 people, held …", "Millennials,
/// numbering 75 million, surpassed …". The subject has no verb of its
/// own, the appositive opens with an article or a participle, and a verb
/// in lower case follows its closing comma.
fn subject_appositive(frame: &Frame<'_>, k: usize, j: usize) -> Option<usize> {
    let r = &frame.r;
    let verb = |i: usize| finite_verb_at(frame, i);
    // (or a participle: "Millennials, numbering 75 million, surpassed …")
    let next = frame.word(j + 1);
    // (not one of speech, a report of its own: ", telling Trump that …")
    let participle = r.is_word_at(j + 1)
        && !r.is_cap(j + 1)
        && ((next.ends_with("ing") && !frame.is_cue(j + 1)) || is_past_form(next));
    // (the first word is the subject's, though a plural looks like a
    // verb: "voters, numbering …")
    if !(matches!(next, "a" | "an" | "the") || participle)
        || (k..j).any(|i| (i > k && verb(i)) || !r.is_word_at(i))
    {
        return None;
    }
    let close = closing_comma(frame, j + 2, APPOSITIVE_REACH)?;
    // (a participle's aside holds no relative clause, and a verb that is
    // plainly one follows it: not "…, uniting liberals who …,
    // conservatives who …, state officials …", a list)
    let plainly_verb = |i: usize| {
        let w = frame.word(i);
        is_auxiliary(w) || is_past_form(w) || (w.ends_with('s') && !w.ends_with("ss"))
    };
    let aside_ok =
        !participle || (plainly_verb(close + 1) && !(j + 1..close).any(|i| r.relative(i)));
    (verb(close + 1) && aside_ok).then_some(close)
}

/// The closing comma of an appositive set off at the comma `j` that the
/// content from `k` goes on past: [`subject_appositive`],
/// [`name_appositive`].
fn appositive(frame: &Frame<'_>, k: usize, j: usize) -> Option<usize> {
    subject_appositive(frame, k, j).or_else(|| name_appositive(frame, k, j))
}

/// "would vote for Trump, the Republican nominee, while only …": an
/// appositive after a name in the content, opening with an article, with
/// no verb of its own, whose closing comma the content goes on after in
/// lower case (not a reporting clause: "…, the Post reported").
fn name_appositive(frame: &Frame<'_>, k: usize, j: usize) -> Option<usize> {
    let r = &frame.r;
    if j <= k + 1
        || !r.is_word_at(j - 1)
        || !r.is_cap(j - 1)
        || !matches!(frame.word(j + 1), "a" | "an" | "the")
    {
        return None;
    }
    let close = closing_comma(frame, j + 2, APPOSITIVE_REACH)?;
    // (the clause goes on with a verb, a preposition or a conjunction;
    // not a list's next item, "Tim Cook, the chief of Apple, one of …")
    let n = close + 1;
    let goes_on = n < frame.hi
        && r.is_word_at(n)
        && !r.is_cap(n)
        && !r.relative(n)
        && (finite_verb_at(frame, n)
            || r.is(n, PREPOSITION | SUBORDINATOR)
            || frame.word(n).ends_with("ing"))
        && !closing_reporter(frame, n);
    (goes_on && !(j + 2..close).any(|i| finite_verb_at(frame, i))).then_some(close)
}

/// Whether a new clause of its own starts at token `k`, after a comma: a
/// contrast, a participle of speech (", adding"), "according to", or an
/// appositive the reporter adds (", a reference to …").
fn new_clause(frame: &Frame<'_>, k: usize) -> bool {
    if k >= frame.hi {
        return false;
    }
    let w = frame.word(k);
    let participle = |k: usize| {
        let w = frame.word(k);
        k < frame.hi
            && w.ends_with("ing")
            && (frame.is_cue(k) || (!frame.r.is_cap(k) && w != "including"))
            // (a compound before its noun is an adjective: "the
            // Clintons’ embarrassing, race-baiting tactics")
            && !(w.contains('-') && frame.r.is_word_at(k + 1) && !frame.r.is(k + 1, STOP))
            // (and so is one in a series of them, no verb of saying: "a
            // kind, loving and admirable man")
            && !(!frame.is_cue(k)
                && (matches!(frame.word(k + 1), "and" | "or") || frame.comma_at(k + 1)))
    };
    (CONTRAST.contains(&w) && !coordinates_content(frame, k))
        || frame.according_to(k)
        || participle(k)
        // (after an adverb of sequence: "criticized his opponent, instead
        // restating his case")
        || (matches!(w, "instead" | "also") && participle(k + 1))
        || (matches!(w, "a" | "an" | "the") && !list_item(frame, k))
        // (the writer's comparison of one figure with another: "…, compared
        // with 64 percent who say the same of Lee")
        || (w == "compared" && matches!(frame.word(k + 1), "with" | "to"))
}

/// Whether the comma at `j` parts gerunds in a series that is the whole
/// content from `k`, or all of it after a colon: the series opens with a
/// gerund, another follows the comma, and "and" or "or" brings in the
/// last ("supported eliminating caucuses, limiting superdelegates and
/// binding delegates to the vote"), with words and commas alone between.
fn gerund_series(frame: &Frame<'_>, k: usize, j: usize) -> bool {
    let r = &frame.r;
    let gerund = |i: usize| {
        i < frame.hi && r.is_word_at(i) && !r.is_cap(i) && frame.word(i).ends_with("ing")
    };
    // (the first gerund opens the content, or follows a colon that
    // brings in the list, words and commas alone between: "listed her
    // pledges: cutting taxes, hiring teachers and fixing roads")
    let first = || {
        (k.max(j.saturating_sub(2 * LIST_REACH))..j)
            .rev()
            .take_while(|&i| r.is_word_at(i) || frame.comma_at(i) || r.toks[i].is_punct(':'))
            .find(|&i| r.toks[i].is_punct(':'))
            .map_or(k, |colon| colon + 1)
    };
    // (not a participle of saying: "backed it, saying … and adding …")
    gerund(j + 1)
        && !frame.is_cue(j + 1)
        && (j + 2..frame.hi.min(j + 2 + LIST_REACH))
            .take_while(|&i| r.is_word_at(i) || frame.comma_at(i))
            .any(|i| matches!(frame.word(i), "and" | "or") && gerund(i + 1))
        && gerund(first())
}

/// How many tokens a list is read over for the "and" that closes it.
const LIST_REACH: usize = 16;

/// Whether the phrase at `k`, after a comma, is an item of a list closed
/// by "and" or "or" ("criticized the banks, the insurers and the drug
/// companies"), not an appositive the writer adds ("praised the police,
/// a force that has struggled"): "and" or "or" comes before any
/// auxiliary, past form, word in -ing, relative pronoun or punctuation
/// other than the commas between items.
fn list_item(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    for i in k + 1..frame.hi.min(k + LIST_REACH) {
        let w = frame.word(i);
        // (the last item runs to the next punctuation with no verb nor
        // relative pronoun of its own, which an appositive's second noun
        // may have: "a banker and former official who has suggested …")
        if matches!(w, "and" | "or") && r.is_word_at(i + 1) {
            // (a form in -s there is as often a plural noun: "the drug
            // companies")
            return (i + 1..frame.hi.min(i + LIST_REACH))
                .take_while(|&j| r.is_word_at(j))
                .all(|j| !is_auxiliary(frame.word(j)) && !r.relative(j));
        }
        let comma_item =
            frame.comma_at(i) && matches!(frame.word(i + 1), "the" | "a" | "an" | "and" | "or");
        if comma_item {
            continue;
        }
        // (a form in -s may be a plural noun: "the insurers")
        if !r.is_word_at(i)
            || is_auxiliary(w)
            || (!r.is_cap(i) && is_past_form(w))
            || r.relative(i)
            || w.ends_with("ing")
        {
            return false;
        }
    }
    false
}

/// Whether "but" at token `k` coordinates a second part of the same
/// content rather than opening a clause of the writer's: a second "that"
/// clause ("said that A, but that he would …"; not "but that could
/// change", where "that" is the subject) or a phrase after "not", "also"
/// or "only" ("should be punished, but not women", "not only the
/// nomination, but also the election").
fn coordinates_content(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    // "… "a mistake," but "a fixable one"": the speaker's quoted words go
    // on after the conjunction; after "but", a quotation is the speaker's
    // own words going on whatever stands before it ("said he had offers,
    // but “the offers were to use the gun in a fashion I did not feel
    // comfortable with”"), unless it is a title
    if k + 1 < frame.hi
        && r.toks[k + 1].quote().is_some()
        && ((k > frame.lo && r.toks[k - 1].quote().is_some())
            || (frame.word(k) == "but" && !frame.title_at(k + 1)))
    {
        return true;
    }
    if parenthetical_contrast(frame, k) {
        return true;
    }
    if frame.word(k) != "but" || k + 2 >= frame.hi {
        return false;
    }
    match frame.word(k + 1) {
        "not" | "also" | "only" | "never" | "rather" => true,
        "that" => {
            r.toks[k + 2].quote().is_some()
                || (r.is_word_at(k + 2)
                    && (r.is(k + 2, PRONOUN | ARTICLE | POSSESSIVE)
                        || frame.word(k + 2) == "there"
                        || r.is_cap(k + 2)))
        }
        _ => corrects_negation(frame, k),
    }
}

/// How many tokens a "not" may stand before the comma of the contrast
/// that corrects it, and how many the correcting phrase may run.
const CORRECTION_REACH: usize = 16;

/// "not for what I did, but because of who I am", "was not a failure, but
/// a catastrophe": after a negated phrase (a "not" before the comma, no
/// punctuation between), "but" with a preposition or a noun phrase and no
/// verb of its own (to the next punctuation or relative pronoun) corrects
/// what the negation denied: the same clause going on, not a clause of the
/// writer's ("did not comment, but a spokesman said" has a verb, and "not
/// final, but for now, it is" a clause after the phrase).
fn corrects_negation(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let n = k + 1;
    if k < frame.lo + 2
        || !frame.comma_at(k - 1)
        || !r.is_word_at(n)
        || !(r.is(n, PREPOSITION | ARTICLE | DETERMINER | POSSESSIVE) || frame.word(n) == "because")
    {
        return false;
    }
    let negated = (frame.lo.max((k - 1).saturating_sub(CORRECTION_REACH))..k - 1)
        .rev()
        .take_while(|&j| r.is_word_at(j) || r.toks[j].kind == Kind::Clitic)
        .any(|j| frame.word(j) == "not" || contracted_negation(frame.word(j)));
    let reach = frame.hi.min(n + CORRECTION_REACH);
    let end =
        (n..reach).find(|&j| !r.is_word_at(j) || matches!(frame.word(j), "who" | "which" | "that"));
    // (a phrase set off by a comma before a clause of its own opens that
    // clause: "not work-related, but for Republicans, it is …")
    let opens_clause = |e: usize| {
        frame.comma_at(e)
            && e + 1 < frame.hi
            && (r.is(e + 1, PRONOUN) || r.is_cap(e + 1) || finite_verb_at(frame, e + 2))
    };
    negated && end.is_some_and(|e| !(n..e).any(|j| finite_verb_at(frame, j)) && !opens_clause(e))
}

/// How many words a contrast between commas may have after its
/// conjunction.
const CONTRAST_ASIDE_WORDS: usize = 4;

/// Whether the contrast at token `k`, after a comma, is an aside closed
/// by a comma within a few words, an adjective or adverb phrase (no verb,
/// noun phrase or preposition of its own), before the content goes on:
/// "a crucial, although brief, opportunity", "possible, though not
/// likely, that she could lose".
fn parenthetical_contrast(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let Some(close) = (k + 2..frame.hi.min(k + 2 + CONTRAST_ASIDE_WORDS))
        .take_while(|&i| r.is_word_at(i) || frame.comma_at(i))
        .find(|&i| frame.comma_at(i))
    else {
        return false;
    };
    (k + 1..close).all(|i| {
        let w = frame.word(i);
        !finite_verb_at(frame, i)
            && !subject_pronoun(w)
            && !r.is_cap(i)
            && !r.is(i, DETERMINER | POSSESSIVE | PREPOSITION | PRONOUN)
    }) && close + 1 < frame.hi
        && r.is_word_at(close + 1)
}

/// Whether an independent clause with a pronoun subject starts at token
/// `k`, after a comma, in a content that started at `from` with a verb
/// and no adverbial clause before the comma (", he clarified", ", they
/// are …"; not "that if elected, he would …" nor "that during her visit,
/// she …").
fn independent_clause(frame: &Frame<'_>, from: usize, k: usize) -> bool {
    k + 1 < frame.hi
        && subject_pronoun(frame.word(k))
        && {
            let v = frame.word(k + 1);
            is_auxiliary(v) || frame.is_cue(k + 1) || looks_finite(v)
        }
        && !(from..k).any(|i| frame.r.is(i, SUBORDINATOR) || matches!(frame.word(i), "if" | "as"))
        // the content before the comma has a verb of its own: the comma
        // closes no fronted phrase ("that during her visit, she …"; nor
        // one with a relative clause, "that sometime in the week that
        // followed, he …")
        && (from..k).any(|i| {
            let w = frame.word(i);
            frame.r.is_word_at(i)
                && !frame.r.is_cap(i)
                && (is_auxiliary(w) || looks_finite(w))
                && !(i > from + 1 && matches!(frame.word(i - 1), "that" | "which" | "who"))
        })
}

/// Whether a clause with a subject of its own starts at token `k`: a
/// subject pronoun or a noun phrase, then a finite verb or auxiliary
/// ("he renewed", "his campaign is approaching", "a number of probes
/// are"; not "signed the bill", "the next day").
fn clause_with_subject(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if k >= frame.hi || !r.is_word_at(k) {
        return false;
    }
    let v = if subject_pronoun(frame.word(k)) {
        k + 1
    } else {
        match r.phrase_starting_at(k, frame.hi) {
            Some(np) => np.last + 1,
            None => match plain_subject(frame, k) {
                Some(v) => v,
                None => return false,
            },
        }
    };
    // (a plain form after "I", "we", "you" or "they" is finite too: "…,
    // and I agree")
    let plain_person = matches!(
        frame.word(k),
        "I" | "we" | "We" | "you" | "You" | "they" | "They"
    );
    // (past an adverb or two: "and both sides actually are", "and he
    // still speaks")
    let v = past_adverbs(frame, v);
    v < frame.hi && r.is_word_at(v) && !r.is_cap(v) && !r.is(v, PREPOSITION | SUBORDINATOR) && {
        let w = frame.word(v);
        is_finite_auxiliary(w)
            || looks_finite(w)
            || (plain_person && r.is(v, VERB | THOUGHT | EVIDENCE))
    }
}

/// How many lower-case words a plain subject the speaker grammar does not
/// read may have after its determiner ("the market", "both sides").
const PLAIN_SUBJECT_WORDS: usize = 3;

/// The token after a plain subject at `k`
/// ([`opens_plain_phrase`](crate::attribute::phrase::Reader::opens_plain_phrase)) and up to [`PLAIN_SUBJECT_WORDS`] of
/// its words that are no verb ("the hashtag", "both sides", "another").
fn plain_subject(frame: &Frame<'_>, k: usize) -> Option<usize> {
    let r = &frame.r;
    if !r.opens_plain_phrase(k) {
        return None;
    }
    let end = (k + 1..frame.hi.min(k + 1 + PLAIN_SUBJECT_WORDS))
        .take_while(|&i| r.plain_phrase_word(i) && !finite_verb_at(frame, i))
        .last()
        .map_or(k + 1, |last| last + 1);
    Some(end)
}

/// The end of a content from `k` to `hi`, without punctuation or a bare
/// conjunction at its end.
pub(crate) fn trimmed_end(frame: &Frame<'_>, k: usize, hi: usize) -> usize {
    trim(frame, k, hi)
}

/// `a..b` without punctuation or a bare conjunction at its end; a closing
/// parenthesis stays where its opening one is inside ("… Rep. Ann Lee
/// (R-Ohio)"), not where the content ends a parenthesised sentence
/// ("(According to X, C.)").
fn trim(frame: &Frame<'_>, a: usize, mut b: usize) -> usize {
    while b > a {
        let t = &frame.r.toks[b - 1];
        // (nor with a conjunction whose second part was cut off: "whether
        // he would run and" before "said no")
        let conjunction = t.is_word() && matches!(frame.word(b - 1), "and" | "or" | "but");
        if (t.is_word() && !conjunction)
            || t.quote().is_some()
            || (t.is_punct(')') && frame.r.toks[a..b - 1].iter().any(|t| t.is_punct('(')))
        {
            break;
        }
        b -= 1;
    }
    b
}

/// The first token of the sentence part that ends at token `end`: the
/// frame's start past its dateline ("WASHINGTON (AP) —" is no content),
/// or the token after the last semicolon before `end`.
pub(crate) fn sentence_start(frame: &Frame<'_>, end: usize) -> usize {
    // (or after the opening parenthesis of an aside that `end` stands in:
    // "(at one point as low as 19 percent, Gutin says)")
    let toks = &frame.r.toks;
    let semicolon = (frame.lo..end).rev().find(|&j| toks[j].is_punct(';'));
    let aside = (frame.lo..end)
        .rev()
        .take_while(|&j| !toks[j].is_punct(')'))
        .find(|&j| toks[j].is_punct('('));
    let start = semicolon
        .max(aside)
        .map_or_else(|| frame.after_dateline().min(end), |j| j + 1);
    // ("…; and the hotel was paid $125,080, according to FEC records":
    // the conjunction after a semicolon joins the clause, it is none of
    // what was said)
    if semicolon.is_some_and(|j| j + 1 == start)
        && start + 1 < end
        && matches!(frame.word(start), "and" | "but" | "or")
    {
        start + 1
    } else {
        start
    }
}
