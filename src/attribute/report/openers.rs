//! Reports announced by something other than a verb: `X: C`, a name and
//! a colon before what X said (a headline, "Rubio: I Still Believe …", or
//! a transcript, "TAPPER: Donald Trump released …"); `In a new poll, C`, a
//! document or poll as the source of the clause after it; and `X's claim
//! that C`, a noun of speech with its possessor.

use super::clause;
use super::{Candidate, CueClass};
use crate::attribute::classes::{
    DETERMINER, DOCUMENT, NOUNS_ABOUT, ORG, POSSESSIVE, PREPOSITION, SPEAKER, SPEECH_NOUN,
    SUBORDINATOR, VERB,
};
use crate::attribute::frame::{Frame, is_finite_auxiliary};
use crate::attribute::phrase::{DAYS, Np, looks_finite};
use crate::attribute::tokens::Kind;
use crate::attribute::{MentionKind, Rule};

/// `X: C`: a name and a colon; but a headline's name is at times its
/// topic ("Cruz: Just hang on") rather than its speaker: right, content
/// and speaker, 76 times in 108 on the training and development splits.
pub(crate) const COLON_REPORT: f32 = 0.7;
/// `Poll: C`: a document of findings alone before the colon is nearly
/// always the headline's source (9 of the 10 on the training and
/// development splits).
pub(crate) const COLON_FINDING: f32 = 0.8;
/// `In a new poll, C`: a document named as the source of the clause, but
/// often the medium of a report inside it.
pub(crate) const IN_DOCUMENT: f32 = 0.32;
/// `C in a new poll.`: the poll's finding as often as a standing the
/// writer reports ("Mr. Trump is ahead in the latest polls").
pub(crate) const IN_POLL: f32 = 0.5;

/// `X's claim that C`: the noun says what kind of speech, but the claim
/// is often itself the content of another report ("critics rejected
/// Trump's claim that …"): right, content and speaker, 36 times in 85 on
/// the training split (5 in 9 on dev).
pub(crate) const NOUN_REPORT: f32 = 0.42;

/// How many words may stand between a possessor and its noun of speech
/// ("Trump's recent evidence-free assertion").
const NOUN_ADJECTIVES: usize = 3;

/// The most words a name before a colon may have.
const COLON_NAME: usize = 5;

/// The fewest words (or quotations), numbers aside, after a name and its
/// colon.
const MIN_COLON_WORDS: usize = 2;

/// The fewest words a finding after "In a poll …," has: a clause, not a
/// word ("In the polls, anyway").
const MIN_FINDING: usize = 3;

/// `X: C` opening `frame`: a name, pronoun or speaker description of a
/// few words, a colon, and a content that is not only a quotation.
pub(crate) fn colon(frame: &Frame<'_>) -> Option<Candidate> {
    let r = &frame.r;
    let lo = frame.lo;
    let colon = (lo + 1..frame.hi.min(lo + COLON_NAME + 1)).find(|&k| r.toks[k].is_punct(':'))?;
    // (a transcript's speaker may carry a role in capitals after a comma:
    // "JANE MOSS, BYLINE:", "STEVE INSKEEP, HOST:")
    let name_end = role_label(frame, colon).unwrap_or(colon);
    if !(lo..name_end)
        .all(|k| r.is_word_at(k) || r.toks[k].kind == crate::attribute::tokens::Kind::Clitic)
    {
        return None;
    }
    // a person or organisation by name ("Rubio:", "TAPPER:"), not a
    // topic ("The Latest:", "Good news:") nor an interview's "Q:"
    let np = r.phrase_starting_at(lo, name_end)?;
    // (nor a participle alone, a label: "Breaking:", "Contributing:",
    // "Revealed:")
    // (in capitals too: "BREAKING:"; and a noun of speech alone is a
    // label of what follows, "Answer:", "Question:")
    let w = frame.word(lo);
    let mut buf = [0u8; crate::lexicon::MAX_WORD];
    let lower = crate::lexicon::folded(w, &mut buf);
    // (nor a label of the headline's kind or section: "Opinion:",
    // "EXCLUSIVE:", "Watch:")
    let participle = np.first == np.last
        && (lower.ends_with("ing")
            || lower.ends_with("ed")
            || r.is(lo, SPEECH_NOUN)
            || crate::lexicon::SECTION_LABELS.contains(w));
    // (a finding's document alone is a source: "Poll: Clinton leads",
    // "Report: Walker to speak"; not a label for what follows, "Video:",
    // "Transcript:")
    let finding = np.first == np.last && is_finding(w);
    // (and a newspaper alone, in a headline's convention: "Newspaper:
    // Minister used private email")
    let outlet = np.first == np.last && matches!(&*lower, "newspaper" | "paper" | "tabloid");
    // (and people a plural noun describes: "Insiders: Trump will
    // rebound", "Historians: …")
    let people = np.first == np.last
        && r.is(lo, SPEAKER)
        && !r.is(lo, DOCUMENT | ORG)
        && lower.ends_with('s')
        && !lower.ends_with("ss");
    // (a document with the name of whoever published it: "IG report:")
    let owned = np.last > np.first
        && r.is(np.last, DOCUMENT)
        && r.is_cap(np.first)
        && !r.is(np.first, DOCUMENT | DETERMINER);
    if np.last + 1 != name_end
        || !(np.is_named() || finding || outlet || people || owned)
        || participle
        || (r.is(np.last, DOCUMENT) && !finding && !owned)
        || frame.word(np.last).len() < 2
    {
        return None;
    }
    let k = colon + 1;
    // what follows has words: not a tally ("Sanders: 1,547")
    let words = (k..frame.hi)
        .filter(|&i| (r.is_word_at(i) && !r.is_number(i)) || r.toks[i].quote().is_some())
        .take(MIN_COLON_WORDS)
        .count();
    // (nor a label before a clause that names its own source:
    // "Superdelegates: Clinton is backed by 520, according to the AP")
    if !clause::continues(frame, k)
        || words < MIN_COLON_WORDS
        || reports_itself(frame, k)
        || closes_with_report(frame, k)
        || (k..frame.hi).any(|j| frame.according_to(j))
    {
        return None;
    }
    // "Obama to Congress: Pass the bill": the one who speaks, and to whom
    let (np, addressee) = to_whom(frame, np).map_or((np, None), |(s, a)| (s, Some(a)));
    // (nor a label before a phrase with no verb in it: "Christie: A
    // closing surge", "Kasich: Now or never", a title or a headline's
    // section; but a poll's finding, a question and what is said to
    // someone may have none: "Poll: Clinton and Trump in dead heat",
    // "TAPPER: Why not debate", "Obama to Congress: Pass the bill")
    if !(finding
        || addressee.is_some()
        || question_word(frame, k)
        || (k..frame.hi).any(|j| may_be_verb(frame, j)))
    {
        return None;
    }
    Some(Candidate {
        content: [(k, clause::trimmed_end(frame, k, frame.hi)), (0, 0)],
        speaker: np,
        named: true,
        cue: (colon, colon),
        source: None,
        addressee,
        class: if finding {
            CueClass::Evidence
        } else {
            CueClass::Speech
        },
        rule: Rule::ColonReport,
        confidence: if finding { COLON_FINDING } else { COLON_REPORT },
    })
}

/// How many words a closing reporting clause may have from its subject to
/// its verb ("…, a senior defense official said").
const CLOSING_REPORTER: usize = 6;

/// "NEW DELHI: A delayed monsoon has left farmers anxious, officials said
/// on Friday.": whether the sentence after the colon at `k` closes with a
/// reporting clause of its own (a comma, a subject, its verb of saying,
/// perhaps a time, and the sentence's end), which makes the label before
/// the colon a dateline, not whoever spoke. A speaker's label in a
/// transcript is followed by the speaker's own words ("TAPPER: The
/// president said …").
fn closes_with_report(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    // (the sentence's last word or quotation, found once: past it only
    // punctuation ends the sentence)
    let Some(last) = (k..frame.hi)
        .rev()
        .find(|&i| r.toks[i].is_word() || r.toks[i].quote().is_some())
    else {
        return false;
    };
    let ends = |i: usize| i > last;
    (k + 1..frame.hi).any(|j| {
        frame.comma_at(j - 1)
            && r.is_word_at(j)
            && (j + 1..frame.hi.min(j + 1 + CLOSING_REPORTER)).any(|c| {
                frame.is_cue(c)
                    && ends(clause::time_after(frame, c + 1))
                    && r.subject_before(j, c).is_some_and(|np| np.first == j)
            })
    })
}

/// Whether a question word opens the words at `k` ("Why not debate").
fn question_word(frame: &Frame<'_>, k: usize) -> bool {
    let mut buf = [0u8; crate::lexicon::MAX_WORD];
    let w = crate::lexicon::folded(frame.word(k), &mut buf);
    matches!(
        &*w,
        "why" | "what" | "how" | "who" | "when" | "where" | "which"
    )
}

/// Whether token `j` may be, or stand for, a clause's verb: a quotation
/// (which holds words of its own), a contraction ("'s", "n't"), a subject
/// pronoun, an auxiliary, "to" before a word in lower case, or a word that
/// looks finite in any case ("Leads", "warned"; plural nouns too, so that
/// only a phrase plainly without a verb fails).
fn may_be_verb(frame: &Frame<'_>, j: usize) -> bool {
    let r = &frame.r;
    let t = r.toks[j];
    if t.quote().is_some() || t.kind == Kind::Clitic {
        return true;
    }
    if !t.is_word() {
        return false;
    }
    let mut buf = [0u8; crate::lexicon::MAX_WORD];
    let w = crate::lexicon::folded(frame.word(j), &mut buf);
    is_finite_auxiliary(&w)
        || matches!(&*w, "i" | "we" | "you" | "he" | "she" | "they")
        || looks_finite(&w)
        || (w == "to" && r.is_word_at(j + 1) && !r.is_cap(j + 1))
}

/// Whether what follows a colon at `k` has a reporting clause of its
/// own with a speaker in the third person: `NEW DELHI: India on Tuesday
/// said …`, `LONDON: "Q," the prime minister said`. The words before the
/// colon are then a dateline or a label, no speaker (a speaker's label
/// goes on in the first person: `SANDERS: I said we would win`).
pub(crate) fn reports_itself(frame: &Frame<'_>, k: usize) -> bool {
    // (a headline's capitalised verbs are read as cues, and what a
    // headline's label says may hold them: "Obama: Americans Will Say No")
    if frame.headline || k >= frame.hi {
        return false;
    }
    let r = &frame.r;
    let third = |np: &Np| {
        np.kind != MentionKind::Pronoun
            || matches!(
                frame.word(np.first),
                "he" | "she" | "they" | "He" | "She" | "They"
            )
    };
    // the subject opens the sentence after the colon, or follows the
    // quotation that opens it ("LONDON: "Q," the prime minister said")
    let opening = if r.toks[k].quote().is_some() {
        k + 1
    } else {
        k
    };
    if opening >= frame.hi {
        return false;
    }
    let start = opening + usize::from(opening > k && r.toks[opening].is_punct(','));
    // ("…," said the prime minister: inverted after the quotation)
    let inverted = opening > k
        && frame.is_cue(start)
        && r.phrase_starting_at(start + 1, frame.hi)
            .is_some_and(|np| third(&np));
    inverted || frame.reporter_opens(start, third)
}

/// The comma before a role in capitals that closes a transcript's
/// speaker label at `colon` ("JANE MOSS, BYLINE:"): a name in capitals
/// from the frame's start, a comma, and one or two words in capitals
/// without periods.
fn role_label(frame: &Frame<'_>, colon: usize) -> Option<usize> {
    let r = &frame.r;
    let comma = (frame.lo + 1..colon).find(|&k| r.toks[k].is_punct(','))?;
    let capitals = |k: usize| r.no_lower_case(k) && frame.word(k).chars().any(char::is_alphabetic);
    // (not a dateline's state, "WASHINGTON, D.C.:")
    ((frame.lo..comma).all(capitals)
        && (1..=2).contains(&(colon - comma - 1))
        && (comma + 1..colon).all(|k| capitals(k) && !frame.word(k).contains('.')))
    .then_some(comma)
}

/// A headline's "X to Y" before its colon, read as the speaker `X` and
/// the addressee `Y`, each a name the grammar reads up to "to" and up to
/// the colon.
fn to_whom(frame: &Frame<'_>, np: Np) -> Option<(Np, Np)> {
    let to = (np.first + 1..np.last).find(|&t| frame.word(t) == "to")?;
    let speaker = frame.r.phrase_starting_at(np.first, to)?;
    let addressee = frame.r.phrase_starting_at(to + 1, np.last + 1)?;
    (speaker.last + 1 == to && addressee.last == np.last && speaker.is_named())
        .then_some((speaker, addressee))
}

/// Whether `w`, capitalised and alone before a colon, names a document
/// that reports a finding ("Poll:", "Report:", "STUDY:").
fn is_finding(w: &str) -> bool {
    // (the documents whose names in capitals are no one's, and a few
    // more that are never a name's last word)
    const MORE: &[&str] = &["polls", "research", "findings", "memo"];
    let capitalised = w.starts_with(|c: char| c.is_ascii_uppercase());
    capitalised
        && crate::attribute::phrase::FINDINGS
            .iter()
            .chain(MORE)
            .any(|f| f.eq_ignore_ascii_case(w))
}

/// `In a new poll, C` opening `frame`: "In" (or "In the latest …"), a
/// phrase naming a document, poll or data, a comma, and the clause.
pub(crate) fn in_document(frame: &Frame<'_>) -> Option<Candidate> {
    let (speaker, comma) = frame.opening_document()?;
    let k = comma + 1;
    let end = opening_content(frame, k)?;
    Some(Candidate {
        content: [(k, end), (0, 0)],
        speaker,
        named: true,
        cue: (frame.lo, frame.lo),
        source: None,
        addressee: None,
        class: CueClass::Evidence,
        rule: Rule::InDocument,
        confidence: IN_DOCUMENT,
    })
}

/// The end of the clause that an opening phrase and its comma ("In a new
/// poll,", "In his view,") hand on at `k`: a content of a few words at
/// least, not one word ("In the polls, anyway").
fn opening_content(frame: &Frame<'_>, k: usize) -> Option<usize> {
    let end = clause::end(frame, k);
    let words = (k..end).filter(|&i| frame.r.is_word_at(i)).count();
    (clause::starts_content(frame, k) && words >= MIN_FINDING).then_some(end)
}

/// `In his view, C`: a view held, not a finding; as often a writer's
/// framing of what the holder thinks as the holder's own words.
pub(crate) const IN_VIEW: f32 = 0.6;

/// Nouns of opinion whose possessor holds the clause after "In …, ";
/// "words" makes the possessor its speaker ("In Pike's words, C").
const VIEWS: &[&str] = &[
    "view",
    "opinion",
    "estimation",
    "judgment",
    "judgement",
    "words",
];

/// The most words a possessor before a noun of opinion may have ("In
/// Professor Knittel's view").
const HOLDER_WORDS: usize = 5;

/// `In his view, C`, `In Ash's view, C` opening `frame`: the possessor of
/// a noun of opinion holds the clause after the comma (cue class
/// thought); `In Pike's words, C` is the possessor's speech. Set off by
/// commas later in the sentence, the phrase gives its holder the
/// sentence around it ("The cost, in her view, is too high"; "C, in
/// Bolton's view.").
pub(crate) fn in_view(frame: &Frame<'_>) -> Option<Candidate> {
    let lo = frame.lo;
    if !frame.word(lo).eq_ignore_ascii_case("in") {
        return in_view_aside(frame);
    }
    let (n, speaker, k) = view_holder(frame, lo)?;
    if k + 1 >= frame.hi || !frame.r.toks[k].is_punct(',') {
        return None;
    }
    let k = k + 1;
    let end = opening_content(frame, k)?;
    Some(view_report(frame, n, speaker, [(k, end), (0, 0)]))
}

/// `C, in his view, C2` and `C, in her opinion.`: the phrase after a
/// comma inside the sentence, the sentence's clause around it the
/// content (the clause after it only where it goes on with its verb).
fn in_view_aside(frame: &Frame<'_>) -> Option<Candidate> {
    let r = &frame.r;
    // (the first "in" after a comma that a holder's noun follows: not
    // "…, in part because …")
    let (i, (n, speaker, after)) = (frame.lo + 1..frame.hi)
        .filter(|&i| r.toks[i - 1].is_punct(',') && frame.word(i) == "in" && r.is_word_at(i))
        .find_map(|i| view_holder(frame, i).map(|h| (i, h)))?;
    let comma = i - 1;
    let sentence = clause::sentence_start(frame, comma);
    // (not inside what someone else reports: "He said the plan, in his
    // view, was a failure" is his report)
    if comma <= sentence || (sentence..comma).any(|j| frame.is_cue(j)) {
        return None;
    }
    let closes = after >= frame.hi || matches!(r.toks[after].kind, Kind::Punct('.' | '!' | '?'));
    // ("…, because, in Forbes' words, "Q"": after a conjunction, or
    // before a quotation, the phrase opens what it introduces)
    let opens = !closes
        && r.toks[after].is_punct(',')
        && (r.is(comma - 1, SUBORDINATOR)
            || matches!(frame.word(comma - 1), "and" | "but" | "that")
            || r.toks.get(after + 1).is_some_and(|t| t.quote().is_some()));
    // (inside a clause, from its subject: the sentence's start, or the
    // clause a conjunction after a comma opens, "Turnout fell, and the
    // result, in Lee's view, was a setback")
    let clause_start = (sentence..comma)
        .rev()
        .find(|&j| r.toks[j].is_punct(',') && matches!(frame.word(j + 1), "and" | "but" | "yet"))
        .map_or(sentence, |j| j + 2);
    let words = |from: usize| (from..comma).filter(|&j| r.is_word_at(j)).count();
    let content = if opens {
        [(after + 1, clause::end(frame, after + 1)), (0, 0)]
    } else if closes && words(sentence) >= MIN_FINDING {
        [(sentence, comma), (0, 0)]
    } else if !closes
        && words(clause_start) > 0
        && r.toks[after].is_punct(',')
        && clause::continues(frame, after + 1)
    {
        [
            (clause_start, comma),
            (after + 1, clause::end(frame, after + 1)),
        ]
    } else {
        return None;
    };
    Some(view_report(frame, n, speaker, content))
}

/// The noun of opinion after "in" at `at`, its possessor, and the token
/// after the phrase: a possessive pronoun ("in his view") or a phrase
/// with "'s" ("in Professor Knittel's view") before the noun, or a phrase
/// after "the" noun "of" ("in the words of Ann Lee", "in the view of
/// the court").
fn view_holder(frame: &Frame<'_>, at: usize) -> Option<(usize, Np, usize)> {
    let r = &frame.r;
    if frame.word(at + 1) == "the"
        && VIEWS.contains(&frame.word(at + 2))
        && frame.word(at + 3) == "of"
        && r.is_word_at(at + 2)
    {
        let np = r.phrase_starting_at(at + 4, frame.hi)?;
        let speaks = np.is_named() || (np.kind == MentionKind::Description && !np.generic);
        return speaks.then_some((at + 2, np, np.last + 1));
    }
    let reach = frame.hi.min(at + HOLDER_WORDS + 3);
    let n = (at + 2..reach).find(|&k| VIEWS.contains(&frame.word(k)) && r.is_word_at(k))?;
    let p = n - 1;
    let speaker = if p == at + 1 && r.is(p, POSSESSIVE) {
        Np::pronoun(p)
    } else if r.toks[p].kind == Kind::Clitic && p > at + 1 {
        let np = r.phrase_ending_at(at + 1, p - 1)?;
        // (the whole phrase between "In" and the clitic, past an article)
        let first = if r.is(at + 1, DETERMINER) {
            at + 2
        } else {
            at + 1
        };
        (np.first <= first).then_some(np)?
    } else {
        return None;
    };
    Some((n, speaker, n + 1))
}

/// The report of a noun of opinion at `n`.
fn view_report(frame: &Frame<'_>, n: usize, speaker: Np, content: [clause::Range; 2]) -> Candidate {
    Candidate {
        content,
        speaker,
        named: true,
        cue: (n, n),
        source: None,
        addressee: None,
        class: if frame.word(n) == "words" {
            CueClass::Speech
        } else {
            CueClass::Thought
        },
        rule: Rule::AccordingTo,
        confidence: IN_VIEW,
    }
}

/// Whether token `k` is a comma right before an opening quotation mark:
/// "her comment that, "Q"" sets off the quotation that is the content.
fn comma_before_quotation(frame: &Frame<'_>, k: usize) -> bool {
    let toks = &frame.r.toks;
    k + 1 < frame.hi && toks[k].is_punct(',') && toks[k + 1].quote().is_some()
}

/// "the contention of Hillary Clinton that C", "the claim of the mayor
/// that C", "warnings from his attorney that C": a noun of speech whose
/// speaker follows it with "of" or "from", before the "that" of its
/// content (not a relative "that": "a tweet from a reporter that
/// appeared …"); the speaker is a name or a description of someone
/// particular.
fn noun_of_speaker(frame: &Frame<'_>, n: usize) -> Option<Candidate> {
    let r = &frame.r;
    if !matches!(frame.word(n + 1), "of" | "from") || r.is_cap(n) || !r.is(n, SPEECH_NOUN) {
        return None;
    }
    let np = r.phrase_starting_at(n + 2, frame.hi)?;
    let k = np.last + 1;
    let speaks = np.is_named() || (np.kind == MentionKind::Description && !np.generic);
    (speaks
        && k < frame.hi
        && frame.word(k) == "that"
        && !opens_relative(frame, k)
        && clause::continues(frame, k + 1))
    .then(|| speech_noun_report(frame, n, k, false, np))
}

/// `X's claim that C`, `his promise to C` at the noun of speech `n`: its
/// possessor (a name or description before `'s`, or a possessive
/// pronoun) and the clause ("that …") or infinitive after it. A noun
/// without a possessor ("the claim that …") names no speaker.
pub(crate) fn noun(frame: &Frame<'_>, n: usize) -> Option<Candidate> {
    let r = &frame.r;
    if let Some(found) = noun_of_speaker(frame, n) {
        return Some(found);
    }
    // "his attacks on Clinton", "her criticism of the plan": a noun of
    // speech about its object, whose phrase is the content
    // (the preposition first: most words have none after them)
    let (w, by) = (frame.word(n), frame.word(n + 1));
    let about =
        matches!(by, "on" | "of" | "for" | "about" | "against") && NOUNS_ABOUT.contains(&(w, by));
    // the word after first: it is rarely "that" or "to" (or a time of
    // speaking before them: "his statement on Wednesday that", "his
    // comment Monday that")
    let k = if about || matches!(frame.word(n + 1), "that" | "to") {
        n + 1
    } else if r.is(n, SPEECH_NOUN) {
        clause::time_after(frame, n + 1)
    } else {
        return None;
    };
    let next = frame.word(k);
    if n <= frame.lo || !(about || matches!(next, "that" | "to")) || r.is_cap(n) {
        return None;
    }
    // ("his claims that shocked voters": a relative "that" opens no
    // content)
    if !(about || (r.is(n, SPEECH_NOUN) && !opens_relative(frame, k)))
        || !(about || next == "that" || clause::infinitive(frame, n, k))
        || !(clause::continues(frame, k + 1) || comma_before_quotation(frame, k + 1))
    {
        return None;
    }
    // ("Her spokesman claims that she won": a form in -s right after a
    // noun of speakers is that noun's verb, not a noun it modifies)
    if frame.word(n).ends_with('s')
        && r.is(n, VERB)
        && r.is_word_at(n - 1)
        && !r.is_cap(n - 1)
        && r.is(n - 1, SPEAKER)
        && !frame.word(n - 1).ends_with('s')
    {
        return None;
    }
    // (past a few adjectives: "Trump's scathing criticism", "his
    // controversial pledge", "Sanders's clarion call")
    // (and a time: "her March comment", "his 2015 remark")
    let mut p = n - 1;
    // (nor past the verb that carries the noun, "Trump made conflicting
    // statements about", which a participle after a possessive or
    // article is not: "his renewed call for")
    let verb = |p: usize| {
        let w = frame.word(p);
        (LIGHT_VERBS.contains(&w) || crate::attribute::phrase::is_past_form(w))
            && !(r.is(p - 1, POSSESSIVE | DETERMINER) || r.toks[p - 1].kind == Kind::Clitic)
    };
    while p > frame.lo
        && n - p <= NOUN_ADJECTIVES
        && r.is_word_at(p)
        && (!r.is_cap(p) || DAYS.contains(&frame.word(p)))
        && !r.is(p, POSSESSIVE | DETERMINER | PREPOSITION | SUBORDINATOR)
        && !clause::is_auxiliary(frame.word(p))
        && !verb(p)
    {
        p -= 1;
    }
    // ("said in her statement that …": the verb's medium, not its cue)
    if frame.names_a_medium(p) {
        return None;
    }
    let speaker = if r.is(p, POSSESSIVE) {
        Np::pronoun(p)
    } else if r.toks[p].kind == Kind::Clitic && p > frame.lo {
        r.phrase_ending_at(frame.lo, p - 1)?
    } else if let Some(subject) = with_subject(frame, p)
        .or_else(|| light_verb_subject(frame, p))
        .filter(|_| !opens_relative(frame, k))
    {
        // "roused the crowd with criticism of the plan", "stirred
        // controversy with an assertion that C": the words the subject
        // acts with are its own
        subject
    } else if r.is_cap(p) && !frame.headline {
        // "recent Clinton campaign accusations that": a name modifying
        // the noun, with the nouns after it
        let mut np = r.phrase_ending_at(frame.lo, p).filter(Np::is_named)?;
        // (without its article: "the Trump claim" is Trump's)
        if np.first < p && r.is(np.first, DETERMINER) {
            np.first += 1;
        }
        if n - 1 > p {
            Np::description(np.first, n - 1)
        } else {
            np
        }
    } else {
        return None;
    };
    Some(speech_noun_report(frame, n, k, about, speaker))
}

/// The subject of `frame` when the noun phrase whose first word before
/// its adjectives is at `p` follows "with" (past an article): "Warren
/// roused the crowd with criticism of …" (the subject before it, with a
/// verb of its own between).
fn with_subject(frame: &Frame<'_>, p: usize) -> Option<Np> {
    let q = if frame.r.is(p, DETERMINER) {
        p.checked_sub(1)?
    } else {
        p
    };
    if q <= frame.lo || frame.word(q) != "with" {
        return None;
    }
    // (not what the subject meets with: "was flooded with calls", "has
    // dealt with criticism of …")
    let verb = frame.word(q - 1);
    if frame.after_be(q - 1) || MEETS_WITH.contains(&verb) {
        return None;
    }
    frame.subject.filter(|s| s.last + 1 < q)
}

/// The subject of `frame` when the noun phrase whose first word before
/// its adjectives is at `p` (an article) is the object of a verb that
/// only carries it: "Lee issued a warning that C", "Trump made a promise
/// to C", "he made the suggestion that C".
fn light_verb_subject(frame: &Frame<'_>, p: usize) -> Option<Np> {
    let r = &frame.r;
    // (right after the verb, or after its determiner: "made conflicting
    // statements", "made no mention", "made these same allegations")
    let v = if LIGHT_VERBS.contains(&frame.word(p)) {
        p
    } else if p > frame.lo + 1
        && (r.is(p, DETERMINER) || matches!(frame.word(p), "no" | "these" | "those" | "such"))
    {
        p - 1
    } else {
        return None;
    };
    if !LIGHT_VERBS.contains(&frame.word(v)) || frame.after_be(v) {
        return None;
    }
    frame.subject.filter(|s| {
        s.last < v
            && (s.last + 1..v).all(|i| r.is_modifier(i) || clause::is_auxiliary(frame.word(i)))
    })
}

/// Verbs that carry a noun of speech as their object, the speech their
/// subject's ("issued a warning", "made the claim", "repeated his
/// promise").
const LIGHT_VERBS: &[&str] = &[
    "issue",
    "issues",
    "issued",
    "issuing",
    "make",
    "makes",
    "made",
    "making",
    "repeat",
    "repeats",
    "repeated",
    "repeating",
    "renew",
    "renews",
    "renewed",
    "renewing",
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "give",
    "gives",
    "gave",
    "given",
    "giving",
];

/// Whether "that" at `k` opens a relative clause on the noun before it:
/// a finite auxiliary or a past form follows it in lower case ("with a
/// comment that reopened old wounds", "attacks that helped").
fn opens_relative(frame: &Frame<'_>, k: usize) -> bool {
    let v = k + 1;
    frame.word(k) == "that"
        && v < frame.hi
        && frame.r.is_word_at(v)
        && !frame.r.is_cap(v)
        && clause::past_or_auxiliary(frame.word(v))
}

/// Verbs whose object after "with" comes to their subject from others
/// ("dealt with criticism", "grappled with calls for …").
const MEETS_WITH: &[&str] = &[
    "deal",
    "deals",
    "dealt",
    "dealing",
    "grapple",
    "grapples",
    "grappled",
    "grappling",
    "meet",
    "meets",
    "met",
    "meeting",
    "face",
    "faces",
    "faced",
    "facing",
    "contend",
    "contends",
    "contended",
    "wrestle",
    "wrestles",
    "wrestled",
    "struggle",
    "struggles",
    "struggled",
];

/// The report of the noun of speech at `n` whose content opens at `k`
/// ("that", "to", or the object of a noun about it), spoken by `speaker`.
fn speech_noun_report(
    frame: &Frame<'_>,
    n: usize,
    k: usize,
    about: bool,
    speaker: Np,
) -> Candidate {
    let content = if about {
        // (to a comma, or the sentence's verb: "his attacks on Clinton
        // drew fire")
        let end = clause::embedded_end(frame, k + 1, true, false);
        (k + 1, end.min(clause::gap_end(frame, k + 1)))
    } else {
        (k, clause::noun_clause_end(frame, k))
    };
    Candidate {
        content: [content, (0, 0)],
        speaker,
        named: true,
        cue: (n, n),
        source: None,
        addressee: None,
        class: CueClass::Speech,
        rule: Rule::NounReport,
        confidence: NOUN_REPORT,
    }
}
