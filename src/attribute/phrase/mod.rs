//! The speaker-phrase grammar: the noun phrases that can name a speaker,
//! source or addressee, read over the tokens of a paragraph.
//!
//! * [`parse`](self::parse): the one grammar of a speaker phrase, read
//!   forwards: determiner, modifiers, ages, possessors, titles, names with
//!   initials and suffixes, complements ("a spokesman for the campaign")
//!   and coordinated speakers ("Smith and Jones");
//! * [`names`](self::names): a run of capitalised words with its titles,
//!   affiliations and descriptors ("Russian Foreign Minister Sergey
//!   Lavrov", "state news agency RIA Novosti"), told apart into a person's
//!   name, a role, and an organisation;
//! * [`subjects`](self::subjects): where a phrase stands: the subject
//!   before a verb (the longest phrase that ends there, across appositives,
//!   relative clauses and time phrases), and what a relative pronoun
//!   refers to.

mod names;
pub(crate) use names::FINDINGS;
mod parse;
mod quantity;

pub(crate) use quantity::{COUNTS, FRACTIONS, ends_share, is_count, is_qualifier, share_starts};
mod subjects;

pub(crate) use parse::{grading_adverb, looks_adjective, nominal_in_ly, plainly_adjective};
pub(crate) use subjects::{DAYS, IRREGULAR_PARTICIPLES, MEDIUM_WORDS, is_year};

/// Nouns of time: they head no complement of a speaker ("Rep. Lee at the
/// time") and end a phrase of time after a reporting verb ("tweeted the
/// day after").
pub(crate) const TIME_NOUNS: &[&str] = &[
    "time",
    "moment",
    "day",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "hour",
    "decade",
    "minute",
];

use super::MentionKind;
use super::classes::{
    DETERMINER, EVIDENCE, MODIFIER, NON_NAME, ORG, POSSESSIVE, PREPOSITION, PRONOUN, SPEAKER,
    SUBORDINATOR, THOUGHT, TITLE, VERB, classes,
};
use super::tokens::{Kind, Token};
use std::cell::Cell;

/// A noun phrase over tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Np {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) kind: MentionKind,
    /// The tokens of the name proper (person or organisation).
    pub(crate) name: Option<(usize, usize)>,
    /// The tokens of the role ("Foreign Minister").
    pub(crate) role: Option<(usize, usize)>,
    /// The tokens of the affiliation ("Russian").
    pub(crate) affiliation: Option<(usize, usize)>,
    /// Reached across an appositive or relative clause.
    pub(crate) appositive: bool,
    /// Headed by a common noun that is no known speaker word ("the
    /// ruling"), which names a speaker only where its place shows one.
    pub(crate) generic: bool,
    /// Two phrases joined by "and" ("Smith and Jones").
    pub(crate) coordinated: bool,
}

impl Np {
    pub(crate) fn pronoun(i: usize) -> Np {
        Np::new(i, i, MentionKind::Pronoun)
    }

    /// A description over `first..=last` whose head is `last`.
    pub(crate) fn description(first: usize, last: usize) -> Np {
        let mut np = Np::new(first, last, MentionKind::Description);
        np.role = Some((last, last));
        np
    }

    pub(crate) fn new(first: usize, last: usize, kind: MentionKind) -> Self {
        Np {
            first,
            last,
            kind,
            name: None,
            role: None,
            affiliation: None,
            appositive: false,
            generic: false,
            coordinated: false,
        }
    }

    /// The same phrase with its head (its role, for a description) at
    /// token `head`.
    pub(crate) fn with_head(mut self, head: usize) -> Np {
        self.role = Some((head, head));
        self
    }

    /// Whether it names someone: a person or an organisation.
    pub(crate) fn is_named(&self) -> bool {
        matches!(self.kind, MentionKind::Person | MentionKind::Organization)
    }
}

/// Words before a month that make it a date, not a given name ("in
/// June", "since April", "last June", "by early April").
const DATE_OPENERS: &[&str] = &[
    "in", "on", "since", "until", "till", "by", "from", "through", "to", "of", "during", "last",
    "next", "this", "that", "early", "late", "mid", "before", "after", "every", "each",
];

/// Function words that end a description read backwards.
pub(crate) const STOP: u32 = PREPOSITION | SUBORDINATOR | NON_NAME | MODIFIER | VERB | PRONOUN;

/// Prepositions that attach a complement to the head of a speaker phrase:
/// "a spokesman for the ministry", "Mr. Morgan of the Sierra Club", "a
/// narrator in the new ad", "an adviser to Clinton".
pub(crate) const HEAD_PREPOSITIONS: &[&str] = &[
    "at", "for", "from", "in", "inside", "near", "of", "on", "outside", "to", "with",
];

/// How many adverbs and other modifiers the rules skip between a verb and
/// the word before it: enough for "has also repeatedly said", and a bound
/// that keeps the rules linear on runs of adverbs.
pub(crate) const ADVERB_REACH: usize = 6;

/// The most tokens a name with its titles may have.
pub(crate) const MAX_RUN: usize = 12;

/// How many tokens a city's state between commas may span from its first
/// comma to its last punctuation: ", North Carolina ," and ", Ark . -".
pub(crate) const CITY_STATE_TOKENS: usize = 4;

/// A class not looked up yet.
pub(crate) const UNSET: u32 = u32::MAX;

/// Reading the tokens of one paragraph.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
    /// Each token's word classes, looked up when a rule first asks
    /// ([`UNSET`] until then): most words of a text are never asked about.
    pub(crate) classes: &'a [Cell<u32>],
    /// Phrases read in this paragraph: the rules ask for the phrase at
    /// a token again and again (a third of the questions on news text).
    pub(crate) memo: &'a PhraseMemo,
}

/// How many phrases [`PhraseMemo`] keeps: a power of two.
const MEMO_SLOTS: usize = 256;

/// A small cache of the phrases read at a token, for one paragraph at a
/// time: a fixed number of slots, each holding the last phrase whose
/// question hashed to it, so its memory does not grow with the text.
#[derive(Debug)]
pub(crate) struct PhraseMemo {
    slots: Box<[Cell<MemoSlot>]>,
    /// The paragraph the slots hold phrases of: a slot of another one is
    /// empty.
    paragraph: Cell<u32>,
}

/// One question and its phrase: the token, the bound, whether a bare role
/// counts, and the paragraph asked in.
#[derive(Debug, Clone, Copy)]
struct MemoSlot {
    paragraph: u32,
    i: usize,
    hi: usize,
    bare_roles: bool,
    np: Option<Np>,
}

impl Default for PhraseMemo {
    /// A memo without slots, which keeps nothing until
    /// [`PhraseMemo::start_paragraph`] gives it some.
    fn default() -> Self {
        PhraseMemo {
            slots: Box::default(),
            paragraph: Cell::new(0),
        }
    }
}

/// A slot that holds no phrase: no question is asked in paragraph 0.
const EMPTY_SLOT: MemoSlot = MemoSlot {
    paragraph: 0,
    i: 0,
    hi: 0,
    bare_roles: false,
    np: None,
};

impl PhraseMemo {
    /// Forgets every phrase: the next paragraph's tokens are other ones.
    pub(crate) fn start_paragraph(&mut self) {
        if self.slots.is_empty() {
            self.slots = (0..MEMO_SLOTS).map(|_| Cell::new(EMPTY_SLOT)).collect();
        }
        // (after four billion paragraphs the count wraps: every slot is
        // emptied then, and the count goes on from 1)
        let next = self.paragraph.get().wrapping_add(1);
        if next == 0 {
            self.slots.iter().for_each(|slot| slot.set(EMPTY_SLOT));
        }
        self.paragraph.set(next.max(1));
    }

    /// The one slot a question may be kept in.
    fn slot(&self, i: usize, hi: usize, bare_roles: bool) -> Option<&Cell<MemoSlot>> {
        let h = i.wrapping_mul(31).wrapping_add(hi.wrapping_mul(7)) ^ usize::from(bare_roles);
        self.slots.get(h & (MEMO_SLOTS - 1))
    }

    /// The phrase for this question: the one read before, if the memo
    /// still has it, else `read`'s, kept for next time in place of
    /// whatever its slot held.
    fn phrase(
        &self,
        i: usize,
        hi: usize,
        bare_roles: bool,
        read: impl FnOnce() -> Option<Np>,
    ) -> Option<Np> {
        let Some(slot) = self.slot(i, hi, bare_roles) else {
            return read();
        };
        let s = slot.get();
        if s.paragraph == self.paragraph.get()
            && s.paragraph != 0
            && s.i == i
            && s.hi == hi
            && s.bare_roles == bare_roles
        {
            return s.np;
        }
        let np = read();
        slot.set(MemoSlot {
            paragraph: self.paragraph.get(),
            i,
            hi,
            bare_roles,
            np,
        });
        np
    }
}

impl<'a> Reader<'a> {
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub(crate) fn is_word_at(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_word)
    }

    /// Whether token `i` is a capitalised word.
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word() && t.cap)
    }

    /// Whether token `i` is a word with no lower-case letter ("TAPPER",
    /// "U.S.", "2016"), as transcripts and headlines in capitals write.
    pub(crate) fn no_lower_case(&self, i: usize) -> bool {
        self.is_word_at(i) && !self.word(i).chars().any(char::is_lowercase)
    }

    /// Whether token `i` is a word of digits only ("63", "2010"), perhaps
    /// grouped by commas ("2,093").
    pub(crate) fn is_number(&self, i: usize) -> bool {
        self.is_word_at(i)
            && self.word(i).starts_with(|c: char| c.is_ascii_digit())
            && self
                .word(i)
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',')
    }

    /// Whether token `i` is a preposition that heads a complement of a
    /// speaker noun ([`HEAD_PREPOSITIONS`]).
    pub(crate) fn is_head_preposition(&self, i: usize) -> bool {
        HEAD_PREPOSITIONS.contains(&self.word(i))
    }

    /// The word classes of token `i` (none for punctuation).
    pub(crate) fn class(&self, i: usize) -> u32 {
        let Some(cell) = self.classes.get(i) else {
            return 0;
        };
        let mut c = cell.get();
        if c == UNSET {
            let t = self.toks[i];
            c = if t.is_word() {
                // (a capitalised word of four bytes is rare enough to test)
                if t.cap && t.span.end - t.span.start == 4 && self.given_will(i) {
                    crate::attribute::classes::MALE
                } else if t.cap && matches!(t.span.end - t.span.start, 4 | 5) && self.given_month(i)
                {
                    crate::attribute::classes::FEMALE
                } else {
                    let c = classes(self.word(i));
                    // "centers" in lower case is as often the verb ("The
                    // dispute centers on …") as a body's word, which it is
                    // in capitals ("the Centers for Disease Control"); so
                    // "chamber" is a room ("the gas chamber") or a body
                    // ("the Chamber of Commerce")
                    if c & ORG != 0 && !t.cap && matches!(self.word(i), "centers" | "chamber") {
                        c & !ORG
                    } else {
                        c
                    }
                }
            } else {
                0
            };
            cell.set(c);
        }
        c
    }

    /// Whether token `i` is "Will" as a given name: capitalised inside a
    /// sentence (after a word, a comma or a closing quotation mark) and
    /// before another capitalised word ("…," Will Estrada said", "said
    /// Will Hurd"); at a sentence's start it is the modal of a question
    /// ("Will Trump win?"). Before a reporting verb in the past or the
    /// third person ("…," Will wrote", "Will claims"), which no modal
    /// takes, it is a name anywhere.
    fn given_will(&self, i: usize) -> bool {
        if self.word(i) != "Will" {
            return false;
        }
        let next = self.word(i + 1);
        let finite_cue = self.is_word_at(i + 1)
            && !self.is_cap(i + 1)
            && self.is(i + 1, VERB)
            && looks_finite(next);
        finite_cue
            || (i > 0 && self.is_cap(i + 1) && {
                let prev = self.toks[i - 1];
                prev.is_word() || prev.is_punct(',') || prev.quote().is_some()
            })
    }

    /// Whether token `i` is "June" or "April" as a given name: before a
    /// capitalised word that is no number, day or month ("June
    /// Halvorsen", "April Ryan"), and not after a word that makes it a
    /// date ("in June Congress …", "since April", "last June"). Looks at
    /// the words themselves, not their classes, which may ask about this
    /// one.
    fn given_month(&self, i: usize) -> bool {
        if !matches!(self.word(i), "June" | "April") || !self.is_cap(i + 1) {
            return false;
        }
        let next = self.word(i + 1);
        let dated = next.starts_with(|c: char| c.is_ascii_digit()) || DAYS.contains(&next);
        let date_opener = i > 0
            && self.toks[i - 1].is_word()
            && DATE_OPENERS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(self.word(i - 1)));
        !dated && !date_opener
    }

    /// Whether token `i` is a word of one of the given classes.
    #[inline]
    pub(crate) fn is(&self, i: usize, class: u32) -> bool {
        self.class(i) & class != 0
    }

    /// A lower-case word that describes the name after it: a title, a
    /// speaker noun or an organisation word ("state news agency RIA
    /// Novosti", "campaign spokesman Jason Miller").
    pub(crate) fn descriptor(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && !t.cap && self.class(i) & (TITLE | SPEAKER | ORG) != 0)
    }

    /// Whether token `i` is a word that may come between a speaker and its
    /// verb ("also", "has", "repeatedly").
    pub(crate) fn is_modifier(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind == Kind::Clitic {
            return true;
        }
        let w = self.word(i);
        // (a word in -ly after a determiner or a possessive is the head
        // of its phrase: "the family said", "Trump's rally drew")
        let head = i > 0
            && (self.is(i - 1, DETERMINER | POSSESSIVE) || self.toks[i - 1].kind == Kind::Clitic);
        // (and a negated auxiliary: "didn't", "won’t")
        // (a headline's capitalised adverb before its verb: "Trump Just
        // Announced")
        // ("has since said": "since" after a perfect's auxiliary, which
        // elsewhere opens a phrase or a clause, "not seen since the '60s")
        t.is_word()
            && if t.cap {
                self.headline_aside(i)
            } else {
                self.is(i, MODIFIER)
                    || (w.len() > 4
                        && w.ends_with("ly")
                        && !head
                        // ("a campaign rally saying": a noun in -ly after
                        // a noun)
                        && !crate::attribute::frame::LY_NOUNS.contains(&w))
                    || contracted_negation(w)
                    || (w == "since" && i > 0 && matches!(self.word(i - 1), "has" | "have" | "had"))
            }
    }

    /// Whether the word before token `i` may be a noun that a relative
    /// clause opening at `i` describes: a word of no function class
    /// ("the study that", not "said that", "so that", "all that").
    pub(crate) fn noun_before(&self, i: usize) -> bool {
        i > 0
            && self.is_word_at(i - 1)
            && !self.is(
                i - 1,
                VERB | PREPOSITION | DETERMINER | PRONOUN | SUBORDINATOR | MODIFIER,
            )
            && !self.is_modifier(i - 1)
    }

    /// Whether token `i` is a relative pronoun that can be a subject:
    /// "Stevie Wonder, who joked", "the department, which reported", and
    /// "that" between a noun and a reporting verb ("a sign that read",
    /// "T-shirts that said"; not "said that", "so that").
    pub(crate) fn relative(&self, i: usize) -> bool {
        match self.word(i) {
            "who" | "which" => true,
            "that" => {
                self.noun_before(i)
                    && self.is_word_at(i + 1)
                    && !self.is_cap(i + 1)
                    // (a verb of saying, thought or finding: "a study
                    // that found", "a group that endorsed")
                    && self.is(i + 1, VERB | THOUGHT | EVIDENCE)
                    && (looks_finite(self.word(i + 1)) || self.word(i + 1) == "read")
                    // ("an address that spoke to the "Q"": a verb with a
                    // preposition reports no words)
                    && !matches!(self.word(i + 2), "to" | "about" | "of" | "with")
            }
            _ => false,
        }
    }

    /// Whether "that" or "which" at `i` opens a relative clause with its
    /// verb or auxiliary right after it, whatever the verb ("a group that
    /// tracks spending", "a message that precedes every rally", "firms
    /// that have cut jobs"): wider than [`Reader::relative`], whose "that"
    /// needs a verb of saying.
    pub(crate) fn relative_with_verb(&self, i: usize) -> bool {
        matches!(self.word(i), "that" | "which")
            && self.is_word_at(i + 1)
            && !self.is_cap(i + 1)
            && (looks_finite(self.word(i + 1))
                || crate::attribute::frame::is_finite_auxiliary(self.word(i + 1)))
    }
}

/// Whether a word is a personal pronoun in the subject case that opens a
/// clause of its own ("he", "she", "they", "we", "I"; not "it", which is
/// as often the object).
pub(crate) fn subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "I")
}

/// Whether a word is an auxiliary negated by a contraction ("didn't",
/// "won’t").
pub(crate) fn contracted_negation(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n\u{2019}t")
}

/// Whether a lower-case word looks like a finite verb: "-ed", "-s" but
/// not "-ss" ("seeks", "warned"; not "boss"), or a common irregular past
/// ("the mayor met voters").
pub(crate) fn looks_finite(w: &str) -> bool {
    w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")) || IRREGULAR_PAST.contains(&w)
}

/// Whether `w` is a past form: "warned", "said", "told".
pub(crate) fn is_past_form(w: &str) -> bool {
    w.ends_with("ed") || IRREGULAR_PAST.contains(&w)
}

/// Common irregular past forms, which never modify a noun.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "met", "went", "came", "took", "made", "gave", "got", "saw", "knew", "thought", "left", "held",
    "kept", "brought", "began", "ran", "won", "lost", "sent", "spent", "felt", "found", "led",
    "paid", "sat", "stood", "wrote", "spoke", "told", "said", "became", "chose", "drove", "fell",
    "fought", "flew", "grew", "heard", "hid", "meant", "rose", "sold", "shot", "sang", "stole",
    "struck", "swore", "taught", "threw", "wore", "broke", "did", "had", "was", "were", "bought",
    "caught", "built", "sought", "dealt", "drew", "ate", "forgot", "froze", "hung", "slept",
];
