//! Frames: the sentences of a paragraph as the rules read them, outside
//! their quotations, with the facts every rule asks about computed once
//! (the main subject, an "according to" phrase, whether it is a headline)
//! and the questions they share (is this word a reporting verb used as a
//! verb? does a clause start here?).

use super::MentionKind;
use super::classes::{
    ARTICLE, CUE_HEAD, DEMONSTRATIVE, DETERMINER, DOCUMENT, EVIDENCE, FEMALE, HONORIFIC, MALE,
    MODIFIER, NON_NAME, NOUN_MARKER, ORG, POSSESSIVE, PREPOSITION, PRONOUN, SHARE_START, SPEAKER,
    SPEECH_NOUN, SUBORDINATOR, THOUGHT, TITLE, VERB, WORKS,
};
use super::phrase::{
    ADVERB_REACH, DAYS, FRACTIONS, Np, Reader, STOP, TIME_NOUNS, ends_share, grading_adverb,
    is_past_form, looks_finite, plainly_adjective, subject_pronoun,
};
use super::tokens::{Kind, Token};
use crate::Span;
use crate::lexicon::{MAX_WORD, Vocabulary, folded};
use crate::quote::is_title_small_word;

/// Irregular past forms among the reporting verbs and the heads of
/// reporting phrases ("shot back", "hit back"), which are never nouns.
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "written", "swore", "sworn", "spoke", "spoken", "sang", "sung",
    "read", "shot", "hit",
];

/// Verbs whose past is their plain form ("hit", "put"): after a singular
/// name, which a plain form cannot follow, they are past forms ("Then
/// Silva hit out at the referee").
const UNCHANGED_PAST: &[&str] = &[
    "beat", "bet", "cast", "cut", "hit", "hurt", "let", "put", "quit", "read", "set", "shut",
    "spread", "upset",
];

/// How many words may stand between a reporting verb and the preposition
/// of the medium it names ("saying only in his statement").
const MEDIUM_REACH: usize = 3;

/// How many words may stand between a form of "have" and the "to" of
/// the verb it governs ("had nothing good to say").
const HAVE_REACH: usize = 3;

/// Plural nouns without an -s that head a subject ("Data from the agency
/// show", "People in the town say").
const UNMARKED_PLURALS: &[&str] = &["data", "people", "police", "media", "women", "men"];

/// How many adjectives may stand between the determiner and the noun of a
/// thing written on, after an inverted "read" ("read a large
/// hand-painted sign").
const INSCRIPTION_ADJECTIVES: usize = 2;

/// How many tokens an appositive after an opening phrase may have.
const APPOSITIVE_WORDS: usize = 14;

/// How many capitalised words make a paragraph of them a title: a name
/// runs to three ("Ann Marie Lee"), a headline's subject and verb further.
const TITLE_WORDS: usize = 4;

/// Adjectives that stand before a noun of speech and never head a subject
/// ("his recent remarks", "her public statements").
const NOUN_ADJECTIVES: &[&str] = &[
    "recent",
    "latest",
    "public",
    "previous",
    "past",
    "controversial",
    "earlier",
    "initial",
    "own",
    "private",
    "inflammatory",
    "repeated",
    "frequent",
    "new",
    "final",
    "formal",
    "further",
    "additional",
    "similar",
    "such",
    "various",
    "numerous",
    "harsh",
];

/// Present forms of the verbs of saying that stand before their speaker
/// at the end of a sentence ("…, says Ann Lee.", "…, adds the report").
pub(crate) const INVERTING: &[&str] = &[
    "says",
    "adds",
    "writes",
    "notes",
    "explains",
    "recalls",
    "argues",
    "insists",
    "warns",
    "observes",
    "continues",
    "concludes",
    "concedes",
    "admits",
    "acknowledges",
    "suggests",
    "predicts",
    "cautions",
    "quips",
    "jokes",
    "complains",
    "remarks",
    "replies",
    "responds",
    "asks",
    "reports",
    "tweets",
    "declares",
    "agrees",
    "contends",
    "counters",
    "claims",
];

/// The most words the phrase of "In a poll …," may have.
const DOCUMENT_PHRASE: usize = 12;

/// Bodies that hear evidence: "the court heard" reports what it was told.
const HEARINGS: &[&str] = &[
    "court",
    "jury",
    "jurors",
    "inquest",
    "tribunal",
    "inquiry",
    "hearing",
    "trial",
    "magistrates",
];

/// How many words in lower case a possessor's noun may have
/// ("The state's deputy attorney general").
const POSSESSED_WORDS: usize = 3;

/// How far after an opening preposition "was" or "were" may stand
/// before an inverted subject, in tokens ("Among the hundreds of
/// spectators was …").
const INVERTED_REACH: usize = 8;

/// Adverbs that may stand between an auxiliary or subject and a verb.
pub(crate) const FREQUENCY_ADVERBS: &[&str] = &[
    "now",
    "then",
    "still",
    "just",
    "also",
    "again",
    "often",
    "sometimes",
    "always",
    "usually",
    "later",
    "soon",
];

/// Participles of polling that follow the people polled ("voters
/// surveyed", "students polled") and leave a plain form after them a verb.
const POLLED: &[&str] = &["surveyed", "polled", "questioned", "interviewed", "sampled"];

/// How many words may stand between an infinitive's "to" and the "and"
/// that joins a reporting verb to its verb ([`Frame::joined_infinitive`]).
const COORDINATED_REACH: usize = 8;

/// Words after which a plain form is a verb ("they say", "will tell").
const VERB_MARKERS: &[&str] = &[
    "i", "we", "they", "you", "to", "would", "will", "can", "could", "should", "may", "might",
    "must", "did", "do", "does", "not", "never", "also", "people", "men", "women", "children",
    "police", "staff", "public", "data", "two", "three", "both", "who",
];

/// Plain forms of reporting verbs that are never nouns: a verb wherever
/// they stand ("Critics of the plan argue", "Most of those polled
/// believe").
const NEVER_NOUNS: &[&str] = &[
    "believe",
    "think",
    "argue",
    "agree",
    "expect",
    "insist",
    "warn",
    "suggest",
    "contend",
    "acknowledge",
    "admit",
    "predict",
    "assert",
    "deny",
    "explain",
    "complain",
    "know",
    "concede",
    "recall",
];

/// Whether `lower`, a lower-case word, is the plain form of a reporting
/// verb that is never a noun, or "say".
pub(crate) fn always_verb(lower: &str) -> bool {
    lower == "say" || NEVER_NOUNS.contains(&lower)
}

/// How far back from a quotation the rules look for its reporting verb, in
/// tokens: far enough for long reported clauses, and a bound that keeps a
/// frame of many quotations linear.
pub(crate) const REACH: usize = 64;

/// How far before a pronoun the conjunction opening its clause may stand,
/// in words ("though in a news conference last week he …").
const CLAUSE_OPENING_REACH: usize = 8;

/// Verbs whose gerund shares their subject, besides those of [`ASPECT`]:
/// of aspect too ("kept insisting", "resumed criticizing"), of liking and
/// regret ("enjoys saying", "regrets telling"). Not the verbs that report the gerund themselves
/// ("denied saying"), nor those that say it was not done ("avoided
/// saying").
const GERUND_TAKERS: &[&str] = &[
    "keep",
    "keeps",
    "kept",
    "start",
    "resumed",
    "enjoys",
    "enjoyed",
    "enjoy",
    "likes",
    "liked",
    "like",
    "loves",
    "loved",
    "love",
    "hates",
    "hated",
    "hate",
    "regretted",
    "regrets",
    "regret",
];

/// Verbs of aspect, whose infinitive or gerund carries their subject's
/// report ("continued to insist", "began arguing").
pub(crate) const ASPECT: &[&str] = &[
    "continued",
    "continues",
    "continue",
    "began",
    "begins",
    "begin",
    "started",
    "starts",
];

/// Whether the verb `w` takes a gerund that shares its subject
/// ([`ASPECT`], [`GERUND_TAKERS`]).
pub(crate) fn takes_gerund(w: &str) -> bool {
    ASPECT.contains(&w) || GERUND_TAKERS.contains(&w)
}

/// Words before a plural noun that make it one ("Other estimates",
/// "Some reports", "conflicting statements"): no subject of a verb.
const PLURAL_DETERMINERS: &[&str] = &[
    "other",
    "some",
    "multiple",
    "numerous",
    "various",
    "conflicting",
    "earlier",
    "initial",
    "recent",
    "both",
    "these",
    "those",
    "such",
];

/// Nouns in -ly, which are no adverbs before a participle ("the family
/// claimed").
pub(crate) const LY_NOUNS: &[&str] = &[
    "family",
    "rally",
    "ally",
    "assembly",
    "supply",
    "reply",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "folly",
    "tally",
    "weekly",
    "daily",
    "monthly",
    "quarterly",
    "homily",
    "melancholy",
];

/// How many capitalised words a broadcaster's name, or its programme's,
/// may have in [`Frame::programme`].
const PROGRAMME_WORDS: usize = 4;

/// The most bytes a quoted programme's title may have, marks included
/// ("“Meet the Press”", "“The Late Show with Stephen Colbert”").
const PROGRAMME_TITLE: usize = 64;

/// How many words may stand between "at" and its occasion ("at a
/// packed town hall").
const OCCASION_REACH: usize = 4;

/// Events a speaker may speak at ("at a rally", "at a town hall"), besides
/// the media of speaking (`MEDIA` of the reports' clauses).
pub(crate) const EVENTS: &[&str] = &[
    "forum",
    "hall",
    "event",
    "fundraiser",
    "luncheon",
    "dinner",
    "breakfast",
    "gathering",
    "ceremony",
    "summit",
    "convention",
    "stop",
    "meeting",
];

/// Occasions of speaking that close the phrase of the one addressed
/// ("told farmers at a meeting", "told the crowd at the rally"): the
/// [`EVENTS`] and these.
const OCCASION_NOUNS: &[&str] = &[
    "hearing",
    "session",
    "town",
    "rally",
    "debate",
    "conference",
    "briefing",
    "speech",
    "interview",
    "appearance",
    "address",
];

/// Whether a word is a form of "be", contracted ("'re") or not.
pub(crate) fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "were"
            | "are"
            | "am"
            | "be"
            | "been"
            | "being"
            | "'m"
            | "'re"
            | "\u{2019}m"
            | "\u{2019}re"
    )
}

/// Adverbs besides those in -ly that may stand between a form of "be"
/// and its participle: "was first reported", "has long been known", "is
/// best known for", "was once regarded as".
const PASSIVE_ADVERBS: &[&str] = &[
    "not", "also", "first", "later", "never", "already", "since", "long", "best", "better", "now",
    "often", "once", "still", "well",
];

/// Whether `w` is an adverb that may stand between a form of "be" and
/// its participle ([`PASSIVE_ADVERBS`], or a word in -ly: "widely").
pub(crate) fn passive_adverb(w: &str) -> bool {
    w.ends_with("ly") || PASSIVE_ADVERBS.contains(&w)
}

/// Whether `w` is the clitic "'s" (straight or curly apostrophe), which
/// may be "is", "has" or a possessive.
pub(crate) fn is_s_clitic(w: &str) -> bool {
    matches!(w, "'s" | "\u{2019}s")
}

/// Whether a reporting verb is of the "tell" family, whose object is the
/// addressee, not the speaker.
pub(crate) fn is_tell(word: &str) -> bool {
    matches!(word, "tell" | "tells" | "told" | "telling")
}

/// One frame: tokens `lo..hi` of the paragraph's tokens.
pub(crate) struct Frame<'a> {
    pub(crate) r: Reader<'a>,
    /// Reporting verbs and phrases, built-in and added by the caller.
    pub(crate) vocab: &'a Vocabulary,
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    /// A headline in title case, where verbs are capitalised too.
    pub(crate) headline: bool,
    /// The subject of the frame's main clause.
    pub(crate) subject: Option<Np>,
    /// "according to X" in the frame: its position and phrase.
    pub(crate) according: Option<(usize, Np)>,
}

impl<'a> Frame<'a> {
    /// The same frame seen over tokens `lo..hi` only, a window inside it:
    /// its subject and "according to" phrase kept where they lie inside
    /// the window. Reading a very long sentence cue by cue in windows
    /// keeps the work per cue bounded.
    pub(crate) fn window(&self, lo: usize, hi: usize) -> Frame<'a> {
        Frame {
            r: self.r,
            vocab: self.vocab,
            lo,
            hi,
            headline: self.headline,
            subject: self.subject.filter(|s| s.first >= lo && s.last < hi),
            according: self.according.filter(|&(k, np)| k >= lo && np.last < hi),
        }
    }

    /// The form of "have" that governs the infinitive reporting verb at `c`
    /// ("what the mayor had to say", "Lee had this to say"), whose subject
    /// is the speaker of the quotation a colon introduces. (Reported
    /// speech reads no such verb in `aspect_verb`: "She had nothing to
    /// say about the plan" reports nothing.)
    pub(crate) fn had_to(&self, c: usize) -> Option<usize> {
        let to = c
            .checked_sub(1)
            .filter(|&t| t > self.lo && self.word(t) == "to")?;
        (to.saturating_sub(HAVE_REACH + 1).max(self.lo + 1)..to)
            .rev()
            .take_while(|&k| self.r.is_word_at(k) && !self.r.is_cap(k))
            .find(|&k| matches!(self.word(k), "had" | "has" | "have"))
    }

    /// The frame over tokens `lo..hi`, with its headline test, subject and
    /// "according to" phrase computed.
    pub(crate) fn new(r: Reader<'a>, vocab: &'a Vocabulary, lo: usize, hi: usize) -> Self {
        let mut frame = Frame {
            r,
            vocab,
            lo,
            hi,
            headline: false,
            subject: None,
            according: None,
        };
        frame.headline = frame.is_headline();
        frame.subject = frame.find_subject();
        frame.according = frame.find_according();
        frame
    }

    /// Whether no word of the frame has a lower-case letter.
    fn all_capitals(&self) -> bool {
        (self.lo..self.hi)
            .filter(|&i| self.r.is_word_at(i))
            .all(|i| self.r.no_lower_case(i))
    }

    /// The word of token `i`.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.r.word(i)
    }

    /// Whether the frame is a headline in title case: mostly capitalised
    /// words, among them at least two that are common words elsewhere
    /// ("Says", "To", "The"), which names are not; or a paragraph of its
    /// own of [`TITLE_WORDS`] or more capitalised words and perhaps title
    /// case's small words; and never a sentence with two other words in
    /// lower case.
    fn is_headline(&self) -> bool {
        // words: all, capitalised, title case's small words (and numbers:
        // "for 2nd Term"), and other words in lower case
        let (mut total, mut capitalised, mut small, mut lower) = (0, 0, 0, 0);
        for t in &self.r.toks[self.lo..self.hi] {
            if !t.is_word() {
                continue;
            }
            total += 1;
            let w = t.text(self.r.text);
            if t.cap {
                capitalised += 1;
            } else if is_title_small_word(w) || w.starts_with(|c: char| c.is_ascii_digit()) {
                small += 1;
            } else if w.starts_with(|c: char| c.is_lowercase()) {
                lower += 1;
                // (the test below fails from here on: no need to read on)
                if lower >= 2 {
                    return false;
                }
            }
        }
        // most sentences have few capitals (title case's small words
        // aside, where no other word is in lower case: "Sanders Vows to
        // Stay in Race"); and title case leaves only its small words in
        // lower case: two other lower-case words make a sentence ("Party
        // Chairman David Pepper called Friday's decision a …")
        let class = VERB | DETERMINER | PREPOSITION | NON_NAME | SUBORDINATOR | MODIFIER;
        let common = || {
            (self.lo + 1..self.hi)
                .filter(|&i| self.r.is_cap(i) && self.r.is(i, class))
                .take(2)
                .count()
        };
        // a sentence in capitals throughout (wire copy, a shouted line)
        // says nothing by its capitals: one common word after the first
        // makes it read as a headline, whose verbs are capitalised ("“WE
        // MUST ACT,” CARTER SAID.")
        if total >= 2 && capitalised == total && self.all_capitals() && common() >= 1 {
            return true;
        }
        let few = if lower == 0 { total - small } else { total };
        if total < 3 || capitalised * 10 < few * 7 || lower >= 2 {
            return false;
        }
        let common = common();
        // one common word in capitals is enough where no full stop ends
        // the line ("Lagarde Warns of "Sticky" Prices")
        let unstopped = !self.r.toks[self.hi - 1].is_punct('.');
        // a paragraph of its own, every word capitalised but title case's
        // small words, four or more, from the first token: a title,
        // whatever its words ("Conservative Icon Morton Blackwell Endorses
        // Ted Cruz.", "Ted Cruz Refuses to Disavow …"); not the name after
        // a quotation, nor a sentence of names among others ("Take Idaho
        // Sens. Mike Crapo and Jim Risch.")
        let all = capitalised + small == total
            && capitalised >= TITLE_WORDS
            && self.r.is_word_at(self.lo)
            && self.lo == 0
            && self.hi == self.r.toks.len();
        common >= 2 || (common == 1 && unstopped) || all
    }

    /// How many words the reporting phrase starting at token `i` has, if
    /// one does ("pointed out", "put it").
    fn phrase_len(&self, i: usize) -> Option<usize> {
        let w = self.word(i);
        if !(self.r.is(i, CUE_HEAD) || self.vocab.is_added_head(w)) {
            return None;
        }
        self.vocab.phrase_len(|k| {
            if self.r.is_word_at(i + k) && i + k < self.hi {
                self.word(i + k)
            } else {
                ""
            }
        })
    }

    /// The last token of the cue at `c`: the cue itself, or the last word
    /// of a reporting phrase.
    pub(crate) fn cue_last(&self, c: usize) -> usize {
        c + self.phrase_len(c).map_or(1, |n| n.max(1)) - 1
    }

    /// Whether the capitalised word at `i` opens an inverted clause before
    /// a name: at the frame's start or right after a quotation ("Continued
    /// Stone: "…""), not inside a headline ("Clinton Continues Attacks").
    fn opens_inverted(&self, i: usize) -> bool {
        let opening = i == self.lo || (i > 0 && self.r.toks[i - 1].quote().is_some());
        opening && self.r.is_cap(i) && self.r.is_cap(i + 1)
    }

    /// The token of the verb of an inverted clause that starts at `k`
    /// right after a quotation: `k` itself, or the token after "So" or
    /// "Thus" ("…." So said Lee.) when a verb of saying follows it.
    pub(crate) fn inverted_cue(&self, k: usize) -> usize {
        let opens = k > self.lo && self.r.toks[k - 1].quote().is_some();
        if opens && matches!(self.word(k), "So" | "Thus") && self.is_cue(k + 1) {
            k + 1
        } else {
            k
        }
    }

    /// Whether token `q` is a quotation whose words end with terminal
    /// punctuation inside its marks ("We won."), ending its sentence.
    pub(crate) fn quotation_ends_sentence(&self, q: usize) -> bool {
        let Some(t) = self.r.toks.get(q).filter(|t| t.quote().is_some()) else {
            return false;
        };
        self.r
            .text
            .get(t.span.range())
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'))
            .ends_with(['.', '!', '?'])
    }

    /// Whether token `i` is a reporting verb (or phrase) used as a verb.
    pub(crate) fn is_cue(&self, i: usize) -> bool {
        let Some(t) = self.r.toks.get(i) else {
            return false;
        };
        // headlines capitalise their verbs ("Lindsey Graham Says"), and an
        // inverted attribution may open its sentence ("Said Ellis: …")
        // (some house styles capitalise the verb of Twitter: "Lee, the
        // head of the group, Tweeted on Friday")
        // (or right after a quotation that ended its sentence: "…."
        // Said Lee.; not a name after a comma: "…," Read said.)
        if !t.is_word()
            || (t.cap
                && !(self.headline && i > self.lo)
                && i != self.lo
                && !(i > self.lo && self.quotation_ends_sentence(i - 1))
                && !self.capital_tweet(i))
        {
            return false;
        }
        // (not after an article or possessive, where its first word is a
        // noun: "the talks about the border")
        if self.phrase_len(i).is_some() {
            return i == self.lo
                || !(self.r.is(i - 1, ARTICLE | POSSESSIVE)
                    || (self.word(i).ends_with('s') && self.possessed_pair_before(i)));
        }
        let w = self.word(i);
        if self.graded_adjective(i) {
            return false;
        }
        if let Some(cue) = self.word_cue(i, w) {
            return cue;
        }
        if !self.r.is(i, VERB) && !self.vocab.is_added_cue(w) {
            return false;
        }
        let mut buf = [0u8; MAX_WORD];
        let lower = folded(w, &mut buf);
        if self.aside_to_reader(i) {
            return false;
        }
        // "continue to support" and "continue "to strengthen …"" are no
        // speech; "she continued, "…"", "she continued." and, opening an
        // inverted clause, "Continued Stone: "…"" are
        if lower.starts_with("continu")
            && !self
                .r
                .toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Punct(',' | ':' | '.' | ';' | '!' | '?')))
            && !self.opens_inverted(i)
        {
            return false;
        }
        // (a participle in -ed, too: "Trump's reported net worth", "the
        // leadership's repeated refusal"; before a number it may be the
        // verb of its object: "the alliance's recommended 2 percent")
        // (not after a relative "that": "letters that called him")
        let participle = lower.ends_with("ed")
            && i > self.lo
            && self.word(i - 1) != "that"
            && self
                .word(i + 1)
                .starts_with(|c: char| c.is_ascii_alphabetic());
        if (lower.ends_with("ing") || participle) && self.gerund_modifier(i) {
            return false;
        }
        // (and after a noun's possessive, before a quoted term: "one of the
        // congressman's alleged "paramours""; not a pronoun's "'s", which
        // is "has": "she's alleged "fraud"")
        if lower.ends_with("ed")
            && i > self.lo + 1
            && self.r.toks[i - 1].kind == Kind::Clitic
            && is_s_clitic(self.word(i - 1))
            && !self.r.is(i - 2, PRONOUN)
            && self.r.toks.get(i + 1).is_some_and(|n| n.quote().is_some())
        {
            return false;
        }
        // ("…," worried residents said: an adjective of the speakers)
        if self.r.participle_before_plural(i) {
            return false;
        }
        // ("Lee made remarks that …", "Lazar released notes": a form in
        // -s right after a past form is its object)
        if self.plural_after_past_form(i) {
            return false;
        }
        // ("embracing his American and Cuban sides with gusto": a form in
        // -s after a possessive and words joined by "and" heads that
        // phrase; two things joined would not take a verb in -s)
        if lower.ends_with('s') && self.possessed_pair_before(i) {
            return false;
        }
        // ("a large pledged delegate lead", "include pledged delegates":
        // a participle that names a kind of delegate is part of the term)
        if lower.ends_with("ed") && matches!(self.word(i + 1), "delegate" | "delegates") {
            return false;
        }
        // "issued a warning that C", "in a telling sign", "In a written
        // statement", "his prepared remarks": after an article or a
        // possessive a verb's form is a noun or an adjective (but "a video
        // of her slamming …": "her" is also an object)
        if i > self.lo
            && self.r.is(i - 1, ARTICLE | POSSESSIVE)
            && !(self.word(i - 1) == "her" && lower.ends_with("ing"))
        {
            return false;
        }
        let verbal =
            lower.ends_with("ed") || lower.ends_with("ing") || IRREGULAR_PAST.contains(&&*lower);
        // ("a sign that says": a relative "that" is the verb's subject, no
        // determiner of a noun)
        verbal
            || i == self.lo
            || (self.word(i - 1) == "that" && self.r.relative(i - 1))
            || self.plain_form_is_verb(i, &lower)
    }

    /// Whether a possessive determiner ("his", "their", not "her",
    /// which is an object too) opens the words before token `i`, within
    /// [`POSSESSED_PAIR`] words with "and" among them and no verb,
    /// preposition or punctuation: "his American and Cuban", "their state
    /// and local" (not "his secretary of state and").
    fn possessed_pair_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(POSSESSED_PAIR + 1).max(self.lo);
        let Some(p) = (lo..i)
            .rev()
            .find(|&j| !self.r.is_word_at(j) || self.r.is(j, POSSESSIVE))
        else {
            return false;
        };
        self.r.is_word_at(p)
            && self.r.is(p, POSSESSIVE)
            && ["his", "their", "its", "our"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(self.word(p)))
            && (p + 1..i).any(|j| self.word(j) == "and")
            && (p + 1..i).all(|j| {
                let w = self.word(j);
                !is_past_form(w)
                    && !w.ends_with("ing")
                    && !is_finite_auxiliary(w)
                    && !self.r.is(j, PREPOSITION | DETERMINER | PRONOUN)
            })
    }

    /// Whether the word at `i` is a plural by its ending right after a
    /// past form or a participle in lower case ("made remarks",
    /// "released notes", "her nuanced views"), whose object or noun it
    /// is; never "says", which is no noun ("The man charged says …").
    pub(crate) fn plural_after_past_form(&self, i: usize) -> bool {
        // (past an adjective of number or kind: "Trump made further
        // demands", "Lee issued new warnings")
        let v = if i > self.lo + 1 && OBJECT_ADJECTIVES.contains(&self.word(i - 1)) {
            i - 1
        } else {
            i
        };
        let before = self.word(v.saturating_sub(1));
        v > self.lo
            && self.plural_word_at(i)
            && !self.word(i).eq_ignore_ascii_case("says")
            && self.r.is_word_at(v - 1)
            && !self.r.is_cap(v - 1)
            // (not a short word in -ed, "shed", "need")
            && is_past_form(before)
            && (!before.ends_with("ed") || before.len() > 4)
    }

    /// Whether the verb at `i` is "believe" or "tell" before "me" and a
    /// comma or dash: an aside to the reader ("… and believe me, you will
    /// never see it") or an imperative ("Tell me, what changed?", "But
    /// tell me —"), which reports nothing.
    pub(crate) fn aside_to_reader(&self, i: usize) -> bool {
        let mut buf = [0u8; MAX_WORD];
        let verb = &*folded(self.word(i), &mut buf);
        // ("tell" only as an imperative, with no subject or auxiliary
        // before it: "My father would tell me, "Q"" reports)
        let imperative = || {
            i == self.lo
                || !self.r.is_word_at(i - 1)
                || ["and", "but", "so", "now", "please", "just", "then"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(self.word(i - 1)))
        };
        (verb == "believe" || (verb == "tell" && imperative()))
            && self.word(i + 1) == "me"
            && self
                .r
                .toks
                .get(i + 2)
                .is_some_and(|n| n.is_punct(',') || n.is_dash())
    }

    /// Whether the word `w` at `i`, one of the verbs whose use as a cue
    /// depends on the words around it ("reading", "read", "saying",
    /// "ruling", "heard"), is a cue there; `None` for any other word.
    fn word_cue(&self, i: usize, w: &str) -> Option<bool> {
        // "a banner reading "Q"", "a sign reading: …": what is written on
        // the thing named before it
        if w == "reading" {
            return Some(
                i > self.lo
                    && self.r.is_word_at(i - 1)
                    && !self
                        .r
                        .is(i - 1, PRONOUN | PREPOSITION | DETERMINER | MODIFIER)
                    && !is_finite_auxiliary(self.word(i - 1))
                    && !is_be(self.word(i - 1))
                    && self.r.toks.get(i + 1).is_some_and(|n| {
                        n.quote().is_some() || matches!(n.kind, Kind::Punct(',' | ':'))
                    }),
            );
        }
        // "the article read." (past), not "she read the book"
        if w == "read" {
            // "…," read the statement: inverted after a quotation, before
            // a document or a speaker noun
            // ("…," read one.), adjectives between ("read a hand-painted
            // sign", "read one sign")
            let det = self.r.is(i + 1, DETERMINER | DEMONSTRATIVE)
                || matches!(self.word(i + 1), "one" | "another");
            let noun = (i + 2..=i + 2 + INSCRIPTION_ADJECTIVES)
                .take_while(|&j| self.r.is_word_at(j) && !self.r.is_cap(j))
                .find(|&j| self.r.is(j, DOCUMENT | SPEAKER))
                .is_some_and(|j| (i + 2..j).all(|k| !self.r.is(k, STOP | DETERMINER)));
            let inverted = i > self.lo
                && self.comma_at(i - 1)
                && ((det && noun)
                    || (matches!(self.word(i + 1), "one" | "another")
                        && !self.r.is_word_at(i + 2)));
            // ("The letter read in part: "…"")
            let after = if self.word(i + 1) == "in" && self.word(i + 2) == "part" {
                i + 3
            } else {
                i + 1
            };
            return Some(
                inverted
                    || self.r.toks.get(after).is_none_or(|n| {
                        n.quote().is_some() || matches!(n.kind, Kind::Punct(',' | ':' | '.'))
                    }),
            );
        }
        // "an old saying", "as the saying goes", "his favorite saying": the
        // noun of a proverb
        if w == "saying" && self.r.proverb_noun(i) {
            return Some(false);
        }
        // ", ruling that …": a court's participle (not the noun, "the
        // ruling said", "the court ruling that …")
        if w == "ruling" {
            return Some(i > self.lo && self.comma_at(i - 1) && self.word(i + 1) == "that");
        }
        // "The court heard that …", "Lee, the inquest heard, had …": what
        // a hearing is told (not "she heard a bang")
        if w == "heard" {
            return Some(i > self.lo && HEARINGS.contains(&self.word(i - 1)));
        }
        None
    }

    /// Whether the -ing form at `i` modifies the noun after it, inside a
    /// noun phrase: "her speaking fees", "the warning signs", "its
    /// post-election talking points", "Fiorina's speaking firm" (but "her
    /// saying that …" reports).
    fn gerund_modifier(&self, i: usize) -> bool {
        if i <= self.lo {
            return false;
        }
        let before = self.word(i - 1);
        let in_phrase = self.r.is(i - 1, NOUN_MARKER)
            || self.r.toks[i - 1].kind == Kind::Clitic
            || (self.r.is_word_at(i - 1) && before.contains('-') && !self.r.is_cap(i - 1));
        let next = self.word(i + 1);
        in_phrase
            && self.r.is_word_at(i + 1)
            && !self.r.is_cap(i + 1)
            && !self.r.is(i + 1, STOP | DETERMINER)
            && !next.ends_with("ly")
    }

    /// Whether a relative pronoun and a subject of its own stand right
    /// before token `i` ("which the OECD says is …", "who officials say
    /// are …"): the verb at `i` has its subject, and the verb after it is
    /// the relative clause's.
    pub(crate) fn relative_subject_before(&self, i: usize) -> bool {
        self.relative_before(i).is_some()
    }

    /// The relative pronoun of [`Frame::relative_subject_before`], whose
    /// subject phrase runs from the token after it to just before `i`.
    pub(crate) fn relative_before(&self, i: usize) -> Option<usize> {
        let floor = self.lo.max(i.saturating_sub(RELATIVE_SUBJECT + 1));
        (floor..i)
            .rev()
            .find(|&p| matches!(self.word(p), "which" | "that" | "who" | "whom"))
            .filter(|&p| {
                p > self.lo
                    && self
                        .r
                        .phrase_starting_at(p + 1, i)
                        .is_some_and(|np| np.last + 1 == i)
            })
    }

    /// Whether the plain form at `i` modifies a plural noun that a verb
    /// of saying follows, the phrase being that verb's subject: "Some
    /// protest leaders said", "Many support groups say" (not "Critics
    /// say voters …", where no verb of saying follows the noun).
    fn modifies_speaker(&self, i: usize) -> bool {
        let noun = self.word(i + 1);
        let verb = self.word(i + 2);
        i + 2 < self.hi
            && self.r.is_word_at(i + 1)
            && !self.r.is_cap(i + 1)
            && noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !self.r.is(i + 1, VERB | PRONOUN | DETERMINER | PREPOSITION)
            && self.r.is_word_at(i + 2)
            && !self.r.is_cap(i + 2)
            && self.r.is(i + 2, VERB)
            && !verb.ends_with("ing")
            && !is_finite_auxiliary(verb)
    }

    /// Whether the plain or third-person form `lower` at `i` is a verb
    /// here: "the report", "a claim", "Obama's remarks" are nouns after a
    /// determiner or a possessive; "officials say", "will tell" are verbs.
    pub(crate) fn plain_form_is_verb(&self, i: usize, lower: &str) -> bool {
        !self.modifies_speaker(i) && self.plain_form_reads_as_verb(i, lower)
    }

    /// Whether the word at `i` (`lower`, folded) is a noun as the subject
    /// of the verb right after it: "His introductory remarks were", "The
    /// police report said …", "the jobs report shows …", and for a plural
    /// of speech or documents, a verb in its plain form, "Media reports
    /// say …", "Other estimates put …" (not "to say remarks", "we discuss
    /// reasons").
    fn noun_before_verb(&self, i: usize, lower: &str) -> bool {
        let next = self.word(i + 1);
        if matches!(next, "is" | "are" | "was" | "were" | "has" | "have" | "had") {
            return true;
        }
        let lower_next = self.r.is_word_at(i + 1) && !self.r.is_cap(i + 1);
        let noun_too = self.r.is(i, SPEECH_NOUN | DOCUMENT);
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        // (a form in -ed before a plural noun modifies it, after a verb
        // that names no document or speech: "recommends unspecified
        // adjustments", "backs renewed talks")
        let modifier = !noun_too && {
            let noun = self.word(i + 2);
            next.len() > 4
                && self.r.is_word_at(i + 2)
                && !self.r.is_cap(i + 2)
                && noun.ends_with('s')
                && !noun.ends_with("ss")
                && !self.r.is(i + 2, STOP | VERB | DETERMINER)
        };
        lower_next
            && ((next.ends_with("ed") && !modifier)
                || (noun_too
                    && (IRREGULAR_PAST.contains(&next)
                        // ("a police report indicates", "the report shows")
                        || (next.ends_with('s') && self.r.is(i + 1, VERB | EVIDENCE | THOUGHT))
                        || (plural
                            && self.r.is(i + 1, VERB | EVIDENCE | THOUGHT)
                            && !self
                                .r
                                .is(i + 1, PREPOSITION | DETERMINER | SUBORDINATOR | PRONOUN)))))
    }

    /// Whether the form in -s at `i` is the object of a verb in -s right
    /// before it, after a name that opens the sentence: "Apple beats
    /// estimates", "Trump slams reports" (a plural subject would take the
    /// plain form, "Police reports say"). Not after a singular noun in -s
    /// ("news", "series").
    fn object_of_verb_in_s(&self, i: usize) -> bool {
        let v = i - 1;
        if v <= self.lo || !self.r.is_word_at(v) {
            return false;
        }
        let mut buf = [0u8; MAX_WORD];
        let verb = folded(self.word(v), &mut buf);
        let in_s = verb.ends_with('s')
            && !["ss", "us", "is", "news", "series", "species", "ics"]
                .iter()
                .any(|e| verb.ends_with(e));
        // (the name alone opens the sentence: not "an average of Post-ABC
        // polls shows"; in lower case, not a name in -s in a title,
        // "Bernie Sanders Promises …")
        in_s && !self.r.is_cap(v) && (self.lo..v).all(|k| self.r.is_word_at(k) && self.r.is_cap(k))
    }

    /// [`Frame::plain_form_is_verb`] by the words around it.
    fn plain_form_reads_as_verb(&self, i: usize, lower: &str) -> bool {
        let prev = self.r.toks[i - 1];
        if prev.kind == Kind::Clitic {
            return false;
        }
        if self.inverted_present(i, lower) {
            return true;
        }
        // "a liberal think tank": the first word of a compound noun
        if lower == "think" && matches!(self.word(i + 1), "tank" | "tanks") {
            return false;
        }
        if self.noun_before_verb(i, lower) && !self.relative_subject_before(i) {
            return false;
        }
        // "three reasons", "several comments": a plural after a number
        // (not after one closing a name: "Channel 4 says")
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        if plural && self.object_of_verb_in_s(i) {
            return false;
        }
        if plural
            && ((self.r.is_number(i - 1) && !self.r.is_numbered(i - 1))
                || matches!(
                    self.word(i - 1),
                    "several" | "many" | "few" | "two" | "three" | "four" | "five"
                )
                || (self.r.is(i, SPEECH_NOUN | DOCUMENT)
                    && PLURAL_DETERMINERS
                        .iter()
                        .any(|d| d.eq_ignore_ascii_case(self.word(i - 1)))))
        {
            return false;
        }
        // the word before, past adverbs: "would now ask" (a few at most:
        // this runs for many tokens, and must not walk back far)
        let mut b = i - 1;
        let floor = self.lo.max(i.saturating_sub(ADVERB_REACH));
        // (a word in -ly after an article or possessive is a noun: "the
        // rally say", "his family")
        while b > floor && {
            let w = self.word(b);
            (w.ends_with("ly") && !self.r.is(b - 1, NOUN_MARKER)) || FREQUENCY_ADVERBS.contains(&w)
        } {
            b -= 1;
        }
        if self.r.is(b, NOUN_MARKER) {
            return false;
        }
        // "his recent remarks", "Her public comments": an adjective that
        // only modifies a noun, after a determiner or opening the sentence
        if NOUN_ADJECTIVES.contains(&&*folded(self.word(b), &mut [0u8; MAX_WORD]))
            && (b == self.lo || self.r.is(b - 1, NOUN_MARKER | DETERMINER))
        {
            return false;
        }
        // "say" is a noun only after a determiner or possessive ("have a
        // say", "their say"), and "believe", "argue" never are: elsewhere
        // their subject is plural, however long ("Aides to Clinton say",
        // "42% say", "Critics of the plan argue")
        if always_verb(lower) {
            return true;
        }
        // after a compound adjective it is a noun: "early-morning tweets"
        let adjective = self.word(b);
        let mut buf = [0u8; MAX_WORD];
        let before = folded(self.word(b), &mut buf);
        // "a third say", "9 percent say", "four in 10 say", "two-thirds
        // say": a share of people is a plural subject
        // (an ordinal after a possessive or "the" is no share: "in her
        // third term", "the fifth term")
        let ordinal = b > self.lo
            && (self.r.is(b - 1, POSSESSIVE)
                || self.r.toks[b - 1].kind == Kind::Clitic
                || (self.word(b - 1) == "the" && before != "half"));
        let share = ends_share(&before)
            || (FRACTIONS.contains(&&*before) && !ordinal)
            || before.ends_with('%')
            || (b > self.lo
                && self.word(b - 1) == "in"
                && (self.r.is_number(b) || self.r.is(b, SHARE_START)));
        if share {
            return true;
        }
        // "The economists, like their counterparts, say": after an aside,
        // the subject before it decides
        if self.r.toks[b].is_punct(',') {
            return self
                .r
                .subject_before(self.lo, i)
                .is_some_and(|np| np.appositive && self.finite_after(i, &np));
        }
        if self.r.is_word_at(b) && adjective.contains('-') && !self.r.toks[b].cap {
            return false;
        }
        // after an adjective an adverb grades it is a noun: "surprisingly
        // positive comments" (not "likely voters say", "only aides say")
        if b == i - 1 && graded_by_adverb(self, b) {
            return false;
        }
        // a plain form ("say", "state") is a verb only after a plural
        // subject, an auxiliary or "to": "officials say", "will tell"
        if lower.ends_with('s') || before.ends_with('s') || VERB_MARKERS.contains(&&*before) {
            return true;
        }
        // …or after a plural noun and a participle of polling that
        // modifies it, or "here" or "there": "the senators surveyed
        // support", "students polled say", "Polls there show"
        if (POLLED.contains(&&*before) || matches!(&*before, "here" | "there"))
            && b > self.lo
            && self.plural_word_at(b - 1)
        {
            return true;
        }
        // …or after a plural head and the place it is from: "Polls in New
        // Hampshire show", "Voters across Iowa say"
        if self.plural_head_before_complement(b) {
            return true;
        }
        // …or after a plural phrase whose last word is not its head:
        // "Forbes and Wealth-X say"
        self.r.is_word_at(b)
            && self
                .r
                .subject_before(self.lo, i)
                .is_some_and(|np| self.plural(&np))
    }

    /// The verb of an earlier infinitive that the "and" before the plain
    /// form of a reporting verb at `c` joins it to: "make" in "to make a
    /// joke and call him "Q"". Only words stand between them, a few at
    /// most; the word after "to" is no noun's determiner, pronoun or
    /// plural ("went to the rally and", "spoke to voters and").
    ///
    /// Such a verb reports a quotation after it; reported speech leaves
    /// it inside the content of the verb it is joined to ("hopes to make
    /// a statement and encourage …" is one content).
    pub(crate) fn joined_infinitive(&self, c: usize) -> Option<usize> {
        let conj = c
            .checked_sub(1)
            .filter(|&a| a > self.lo && self.word(a) == "and")?;
        let w = self.word(c);
        if !self.r.is_word_at(c)
            || self.r.is_cap(c)
            || !self.r.is(c, VERB)
            || w.ends_with('s')
            || w.ends_with("ing")
            || is_past_form(w)
        {
            return None;
        }
        let floor = self.lo.max(conj.saturating_sub(COORDINATED_REACH));
        (floor..conj)
            .rev()
            .take_while(|&k| self.r.is_word_at(k))
            .filter(|&k| self.word(k) == "to")
            .map(|k| k + 1)
            .find(|&verb| {
                let w = self.word(verb);
                verb < conj
                    && !self.r.is_cap(verb)
                    && !w.ends_with('s')
                    && !is_past_form(w)
                    && !self.r.is(
                        verb,
                        DETERMINER | NOUN_MARKER | PRONOUN | PREPOSITION | MODIFIER,
                    )
            })
    }

    /// The first of the adverbs standing right before token `i`, not
    /// before `floor`: `i` itself when none does ("first revealed",
    /// "and later said").
    pub(crate) fn before_modifiers(&self, mut i: usize, floor: usize) -> usize {
        while i > floor && self.r.is_modifier(i - 1) {
            i -= 1;
        }
        i
    }

    /// Whether the present form at `i` (`lower`) is an inverting verb of
    /// saying after a comma, before the speaker phrase that closes its
    /// clause: a form of [`INVERTING`] in -s before any phrase ("…, says
    /// Ann Lee.", "…, notes the report"), its plain form before a plural
    /// one ("…," write the authors.", "…, argue critics of the plan.").
    fn inverted_present(&self, i: usize, lower: &str) -> bool {
        // (the comma first: it rules out nearly every word this runs for)
        if i <= self.lo || !self.comma_at(i - 1) {
            return false;
        }
        let singular = INVERTING.contains(&lower);
        let plural = !singular && INVERTING.iter().any(|v| v.strip_suffix('s') == Some(lower));
        (singular || plural)
            && self.r.phrase_starting_at(i + 1, self.hi).is_some_and(|np| {
                let end = np.last + 1;
                (singular || self.plural(&np))
                    && (end >= self.hi || !self.r.is_word_at(end) || self.r.is(end, PREPOSITION))
            })
    }

    /// Whether the words up to token `b` are a plural head and a
    /// complement: a place of a few capitalised words ("Polls in New
    /// Hampshire", "Voters across Iowa", "Opponents of Trump") or a plain
    /// object after its determiner ("Opponents of the law", "Voters in
    /// each state"), or the agent of a participle of handling ("Emails
    /// released by the State Department"). (A few words: this runs for many tokens, and must not
    /// walk back far.)
    fn plural_head_before_complement(&self, b: usize) -> bool {
        let mut p = b;
        while p > self.lo && p + PLACE_WORDS > b && self.r.is_cap(p) {
            p -= 1;
        }
        if p == b {
            while p > self.lo && p + PLACE_WORDS > b && self.r.plain_phrase_word(p) {
                p -= 1;
            }
            if !(p < b && p > self.lo && self.r.opens_plain_phrase(p)) {
                return false;
            }
            p -= 1;
        }
        if !(p < b && p > self.lo) {
            return false;
        }
        // (a name after "the": "by the State Department")
        if p < b && self.word(p) == "the" && self.word(p - 1) == "by" {
            p -= 1;
        }
        // ("Emails released Friday by the State Department": a plural
        // document, a participle of its handling, a time or two, "by")
        if self.word(p) == "by" {
            return self
                .handled_before(p)
                .is_some_and(|v| self.plural_word_at(v - 1));
        }
        matches!(self.word(p), "in" | "from" | "across" | "around" | "of")
            && self.plural_word_at(p - 1)
    }

    /// The participle of a document's making or handling ([`HANDLED`]:
    /// "published", "released", "obtained", …) right before the
    /// preposition at `p`, past a time or two or "here" ("released Friday
    /// by", "issued here after"), with a word before it in the frame.
    pub(crate) fn handled_before(&self, p: usize) -> Option<usize> {
        let mut v = p.checked_sub(1)?;
        for _ in 0..2 {
            let w = self.word(v);
            if v > self.lo
                && (DAYS.contains(&w) || is_time_word(w) || matches!(w, "here" | "there"))
            {
                v -= 1;
            }
        }
        (v > self.lo && HANDLED.contains(&self.word(v))).then_some(v)
    }

    /// Whether token `j` is a word in the plural by its ending ("polls",
    /// not "press").
    pub(crate) fn plural_word_at(&self, j: usize) -> bool {
        let w = self.word(j);
        self.r.is_word_at(j) && w.ends_with('s') && !w.ends_with("ss")
    }

    /// Whether the phrase `np` names more than one: two joined by "and",
    /// a plural head before its complements, or a plural pronoun or
    /// quantifier first.
    pub(crate) fn plural(&self, np: &Np) -> bool {
        if np.coordinated {
            return true;
        }
        let first = self.word(np.first);
        if [
            "those", "these", "both", "many", "most", "some", "others", "all",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
        {
            return true;
        }
        (np.first..=np.last)
            .take_while(|&k| !self.r.is(k, PREPOSITION) && self.r.is_word_at(k))
            .last()
            .is_some_and(|head| {
                let w = self.word(head);
                (!self.r.is_cap(head) && w.ends_with('s') && !w.ends_with("ss"))
                    || UNMARKED_PLURALS.iter().any(|p| p.eq_ignore_ascii_case(w))
            })
    }

    /// Whether the verb at `c` can close an attribution after its
    /// subject: a past or present form ("said", "says"), or a plain form
    /// after a plural subject ("they say").
    pub(crate) fn finite_after(&self, c: usize, subject: &Np) -> bool {
        let mut buf = [0u8; MAX_WORD];
        let w = folded(self.word(c), &mut buf);
        if w.ends_with("ing") {
            return false;
        }
        // ("…," she put it: the phrase's verb is past in its plain form)
        if w.ends_with("ed")
            || w.ends_with('s')
            || IRREGULAR_PAST.contains(&&*w)
            || (w == "put" && self.phrase_len(c).is_some())
        {
            return true;
        }
        // "she would later say", "he’d say": a plain form after a modal,
        // past adverbs
        let mut i = c;
        while i > subject.last + 1 && self.r.is_modifier(i - 1) {
            i -= 1;
            let mut buf = [0u8; MAX_WORD];
            if MODALS.contains(&&*folded(self.word(i), &mut buf)) {
                return true;
            }
        }
        let mut buf = [0u8; MAX_WORD];
        let last = folded(self.word(subject.last), &mut buf);
        // "they write", "the officials say", "the two write"
        // ("supporters of the law hope": the head before its complement)
        matches!(
            &*last,
            "i" | "we" | "they" | "you" | "two" | "three" | "four" | "five" | "both" | "many"
        ) || last.ends_with('s')
            || self.plural(subject)
    }

    /// The subject of the frame's main clause: the first name, pronoun or
    /// description that no preposition governs, after any opening phrase
    /// ("Speaking in Beijing, …", "According to X, …", "However, …").
    fn find_subject(&self) -> Option<Np> {
        let r = &self.r;
        let start = self.after_dateline();
        if let Some(np) = self.inverted_subject(start) {
            return Some(np);
        }
        let mut i = self.after_opening_phrase(start);
        let first = i;
        while i < self.hi {
            let t = r.toks[i];
            if !t.is_word() {
                i += 1;
                continue;
            }
            if self.according_to(i) {
                i = self.according_phrase(i).map_or(i + 2, |np| np.last + 1);
                continue;
            }
            if i > self.lo && r.is(i - 1, PREPOSITION) {
                i += 1;
                continue;
            }
            if r.is(i, PRONOUN) {
                return Some(Np::pronoun(i));
            }
            if t.cap {
                if let Some(np) = r.phrase_starting_at(i, self.hi) {
                    // ("Pop star Kylie Dawson has …": a capital the lexicon
                    // does not know, before a noun it does not know either
                    // and a name, describes the name)
                    // (opening the clause, not inside a phrase: "In a
                    // Bloomberg interview Trump said")
                    // (nor a plural before its verb: "Polls show Lee …")
                    let described = (i == first
                        && np.first == np.last
                        && !plural_capital(r.word(i))
                        && r.is_word_at(i + 1)
                        && !r.is_cap(i + 1))
                    .then(|| r.described_name(i, self.hi, false))
                    .flatten();
                    return Some(self.with_possessed(described.unwrap_or(np)));
                }
                if let Some(np) = self.document_subject(i) {
                    return Some(np);
                }
                // "Calls men derogatory names": a clause opening with a
                // verb of saying has no subject before it, and what
                // follows is its object
                if i == first && r.is(i, VERB) && !r.is(i, SPEAKER | TITLE) {
                    return None;
                }
                i += 1;
                continue;
            }
            if r.is_number(i) {
                i += 1;
                continue;
            }
            // "And then Trump went …", "But now Lee says …": a sentence
            // adverb before the subject; "even a top strategist said": a
            // focus adverb before a description
            if i + 1 < self.hi
                && (r.is_cap(i + 1) || r.is(i + 1, ARTICLE | DEMONSTRATIVE | POSSESSIVE))
                && (r.is_modifier(i) || matches!(r.word(i), "so" | "instead"))
            {
                i += 1;
                continue;
            }
            return r
                .phrase_starting_at(i, self.hi)
                .or_else(|| self.document_subject(i));
        }
        None
    }

    /// "Among the spectators was Joseph Kowalski, 12, …", "At his side
    /// were two aides": after an opening phrase of place and "was" or
    /// "were", the phrase that follows is the subject (a named one only:
    /// the grammar reads generic nouns where a phrase plainly ends).
    fn inverted_subject(&self, i: usize) -> Option<Np> {
        let r = &self.r;
        if !(r.is_cap(i) && r.is(i, PREPOSITION)) || r.is(i, SUBORDINATOR) {
            return None;
        }
        let be = (i + 1..self.hi.min(i + INVERTED_REACH))
            .take_while(|&k| r.is_word_at(k))
            .find(|&k| matches!(r.word(k), "was" | "were"))?;
        r.phrase_starting_at(be + 1, self.hi)
            .filter(|np| np.is_named() && np.kind == MentionKind::Person)
    }

    /// "The email went on to say": a determiner and a document noun as a
    /// sentence's subject, where the speaker grammar, which reads a
    /// generic noun only where the phrase plainly ends, reads none.
    fn document_subject(&self, i: usize) -> Option<Np> {
        let r = &self.r;
        (r.is(i, ARTICLE | DEMONSTRATIVE | POSSESSIVE)
            && r.is(i + 1, DOCUMENT)
            && !r.is_cap(i + 1)
            && i + 2 < self.hi
            && r.is_word_at(i + 2))
        .then(|| Np::description(i, i + 1))
    }

    /// The first token after an opening phrase from `i` (the first token
    /// past any dateline), which ends at the first comma: "Speaking in
    /// Beijing, …", "However, …" ("He" opens no phrase: it is the
    /// subject).
    pub(crate) fn after_opening_phrase(&self, i: usize) -> usize {
        let first_comma = || (i..self.hi.min(i + TIME_OPENING)).find(|&k| self.comma_at(k));
        // "Hours later, …", "Moments after the vote, …", "Just before the
        // flight took off, …", "Back in 1999, …"
        // ("Early in his campaign, …", "Late last year, …")
        // (a span of time or an adverb of time before "later": "Lee later
        // left, saying …" opens with its subject)
        let span = |k: usize| {
            let w = self.word(k);
            let unit = w.strip_suffix('s').unwrap_or(w);
            self.r.is_number(k)
                || TIME_NOUNS
                    .iter()
                    .chain(&[
                        "decade",
                        "second",
                        "long",
                        "shortly",
                        "soon",
                        "immediately",
                        "just",
                    ])
                    .any(|n| n.eq_ignore_ascii_case(unit))
        };
        let time = || {
            matches!(self.word(i), "Early" | "Late") && self.r.is_word_at(i + 1)
                || first_comma().is_some_and(|c| {
                    (i + 1..c).any(|k| {
                        (matches!(
                            self.word(k),
                            "later" | "ago" | "earlier" | "after" | "before"
                        ) && span(k - 1))
                            || (self.r.is_number(k) && self.r.is(k - 1, PREPOSITION))
                    })
                })
        };
        // "First, …": an adverb alone before a comma; "Challenged by …,",
        // "Asked about …,": a participle before its preposition
        let w = self.word(i);
        let adverb = self.r.is(i, MODIFIER) && self.comma_at(i + 1);
        // ("Asked whether he would run, …", "Pressed on why …,": a
        // question after it, whose own subject is no sentence's)
        let question_word = |k: usize| {
            matches!(
                self.word(k),
                "whether" | "if" | "why" | "what" | "how" | "when" | "where" | "who"
            )
        };
        let question = question_word(i + 1);
        let participle =
            w.len() > 4 && w.ends_with("ed") && (self.r.is(i + 1, PREPOSITION) || question);
        // "The day before, …", "That night, …": a phrase of time
        let dated = time_phrase_end(self, i, self.hi).is_some_and(|e| self.comma_at(e));
        // "Down the road, …", "Up the street, …": a particle of direction
        // used as a preposition before its noun (which the word class of
        // prepositions leaves out: "backed down", "called up")
        let direction = matches!(w, "Down" | "Up") && self.r.is(i + 1, ARTICLE | POSSESSIVE);
        let opening = self.r.toks.get(i).is_some_and(|t| t.cap)
            && (dated
                || direction
                || (!self.r.is(i, PRONOUN | DETERMINER)
                    && (self.r.is(i, NON_NAME | PREPOSITION)
                        || w.ends_with("ing")
                        || adverb
                        || participle
                        || time()))
                // ("Three weeks after the flood, …": a count of time, which
                // the word classes take for a determiner)
                || (self.r.is(i, DETERMINER) && crate::lexicon::number_in_words(w) && time()));
        let subject_after_conjunction = self.subject_after_conjunction(i);
        if opening && !subject_after_conjunction && !self.according_to(i) {
            if let Some(comma) = (i..self.hi.min(i + 30)).find(|&k| self.comma_at(k)) {
                // "Then he began by saying, …": an adverb opens no phrase
                // that runs to a comma after a clause of its own
                let asks = participle && (i + 1..comma).any(question_word);
                let adverb = !self.r.is(i, PREPOSITION | SUBORDINATOR)
                    && !asks
                    && !self.word(i).ends_with("ing")
                    && (i + 1..comma).any(|p| {
                        // (or a name: "And then Trump attacked, saying";
                        // "Then Silva hit out at the referee, claiming")
                        // (not a capitalised modifier after a determiner:
                        // "Courted by most of the Republican candidates and
                        // …," where "candidates" is no verb)
                        let name = self.r.is_cap(p)
                            && !self.r.is(p, NON_NAME | PREPOSITION)
                            && !self.r.is(p - 1, ARTICLE | DETERMINER | POSSESSIVE)
                            && (crate::attribute::phrase::looks_finite(self.word(p + 1))
                                || UNCHANGED_PAST.contains(&self.word(p + 1)));
                        (name || subject_pronoun(self.word(p)))
                            && self.r.is_word_at(p + 1)
                            && !self.r.is_cap(p + 1)
                            && !self.r.is(p + 1, PREPOSITION)
                            // "And although he thanked …, he": the clause
                            // is adverbial after all
                            && !(i..p).any(|x| {
                                self.r.is(x, SUBORDINATOR)
                                    || self.word(x).eq_ignore_ascii_case("as")
                            })
                    });
                if !adverb {
                    let next = self.past_place(comma);
                    // "And, in a clip that …, Santilli said", "At an event
                    // in Ames, Iowa, on Sunday, Lee said": a second opening
                    // phrase, a preposition in lower case after the comma
                    // (or a relative clause on the place: "In Shropshire,
                    // where routes have halved, Margaret Hughes said")
                    let second = self.r.is_word_at(next)
                        && !self.r.is_cap(next)
                        && (self.r.is(next, PREPOSITION | SUBORDINATOR)
                            || self.word(next) == "where")
                        && !self.according_to(next);
                    if let Some(c) = second
                        .then(|| (next..self.hi.min(next + 30)).find(|&k| self.comma_at(k)))
                        .flatten()
                    {
                        return self.past_place(c);
                    }
                    return next;
                }
            }
        }
        i
    }

    /// "But Obama, making it clear …, stood", "But his wife, Jane,
    /// offered": a conjunction at `i` before the subject, set off by the
    /// comma of a phrase that describes it (or, after a person's
    /// description, of the name in apposition).
    fn subject_after_conjunction(&self, i: usize) -> bool {
        matches!(self.word(i), "But" | "And" | "Yet" | "So")
            && self.r.phrase_starting_at(i + 1, self.hi).is_some_and(|np| {
                self.comma_at(np.last + 1)
                    && (np.is_named()
                        || (np.kind == MentionKind::Description
                            && self.r.is(np.last, SPEAKER)
                            && self
                                .r
                                .simple_phrase(np.last + 2, self.hi)
                                .is_some_and(|name| {
                                    name.kind == MentionKind::Person && self.comma_at(name.last + 1)
                                })))
            })
    }

    /// The first token after a dateline opening the frame ("WASHINGTON —",
    /// "PORTLAND, Ore. -", "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP)
    /// –"): a word in capitals, or a capitalised one with an agency in
    /// parentheses after it, then at most a few capitalised words,
    /// numbers, commas and parentheses, then a dash.
    pub(crate) fn after_dateline(&self) -> usize {
        let i = self.lo;
        if let Some(k) = self.after_time_label() {
            return k;
        }
        // "EXCLUSIVE: Trump will skip the debate, aides say": a label of
        // the headline's kind is no part of what follows it
        if self.r.is_word_at(i)
            && self.r.toks.get(i + 1).is_some_and(|t| t.is_punct(':'))
            && self.r.is_cap(i + 2)
            && crate::lexicon::SECTION_LABELS.contains(self.word(i))
        {
            return i + 2;
        }
        // "(CNN)The …", "(CNN) -- The …": an agency in parentheses opens
        // the sentence
        if self.agency_at(i) {
            let k = i + 3 + usize::from(self.r.toks.get(i + 3).is_some_and(Token::is_dash));
            if self.r.is_cap(k) {
                return k;
            }
        }
        let shouting = self.r.is_word_at(i)
            && self.word(i).len() > 1
            && self.word(i).chars().all(|c| !c.is_lowercase());
        // ("Washington (AFP) –": a place in title case, with its agency;
        // "Washington, D.C. —": or with its state's abbreviation)
        let agency = self.r.is_cap(i)
            && (i + 1..self.hi.min(i + DATELINE)).any(|k| match self.r.toks[k].kind {
                Kind::Punct('(') => self.agency_at(k),
                Kind::Punct(',') => self.abbreviated_state(k),
                _ => false,
            });
        if let Some(k) = self.dated_colon(i) {
            return k;
        }
        // "ISLAMABAD: Prime Minister Imran Khan said …": a place in
        // capitals and a colon before a sentence whose named subject
        // reports (not a transcript's label, "SANDERS: We will …", which
        // names the one speaking)
        if shouting {
            if let Some(colon) = (i + 1..self.hi.min(i + DATELINE_PLACE))
                .take_while(|&k| {
                    let t = self.r.toks[k];
                    t.is_punct(':')
                        || t.is_punct(',')
                        || (t.cap && self.word(k).chars().all(|c| !c.is_lowercase()))
                })
                .find(|&k| self.r.toks[k].is_punct(':'))
                .filter(|&c| {
                    self.r.is_cap(c + 1)
                        && self.reporter_opens(c + 1, |np| np.kind != MentionKind::Pronoun)
                })
            {
                return colon + 1;
            }
        }
        if !shouting && !agency {
            return i;
        }
        (i + 1..self.hi.min(i + DATELINE))
            .take_while(|&k| {
                let t = self.r.toks[k];
                // ("WASHINGTON, Dec. 8 (UPI) —": a date and an agency)
                t.is_dash()
                    || t.cap
                    || matches!(t.kind, Kind::Punct(',' | '.' | '(' | ')'))
                    || self.r.is_number(k)
            })
            // ("NEW YORK (CNNMoney) The …": or the agency's bracket with
            // no dash after it)
            .find(|&k| {
                self.r.toks[k].is_dash()
                    || (k >= i + 3 && self.agency_at(k - 2) && self.r.is_word_at(k + 1))
            })
            // the sentence starts after it ("NATO — the alliance — said"
            // has no dateline)
            .filter(|&d| self.r.is_cap(d + 1))
            .map_or(i, |d| d + 1)
    }

    /// Whether a news agency in parentheses opens at token `k`: "(AP)",
    /// "(Reuters)", "(`CNNMoney`)" (a word that opens with two capitals).
    fn agency_at(&self, k: usize) -> bool {
        self.r.toks.get(k).is_some_and(|t| t.is_punct('('))
            && self.r.is_word_at(k + 1)
            && self.r.toks.get(k + 2).is_some_and(|t| t.is_punct(')'))
            && {
                let w = self.word(k + 1);
                let mut caps = w.chars().take(2);
                w == "Reuters"
                    || (w.len() > 1
                        && caps.next().is_some_and(char::is_uppercase)
                        && caps.next().is_some_and(char::is_uppercase))
            }
    }

    /// Whether the comma at `k` sets off a state's abbreviation before a
    /// dash: "Washington, D.C. —", "Portland, Ore. -", "Washington, DC —".
    fn abbreviated_state(&self, k: usize) -> bool {
        if !self.r.toks.get(k).is_some_and(|t| t.is_punct(',')) || !self.r.is_cap(k + 1) {
            return false;
        }
        let w = self.word(k + 1);
        // (its period is a token of its own after a word no list holds)
        let period = self.r.toks.get(k + 2).is_some_and(|t| t.is_punct('.'));
        let dash = k + 2 + usize::from(period);
        (w.ends_with('.') || period || (w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase())))
            && self.r.toks.get(dash).is_some_and(Token::is_dash)
    }

    /// Whether a sentence part opening at `k` has a reporting verb soon
    /// after its subject, a phrase opening at `k` that `speaks` accepts:
    /// "Prime Minister Imran Khan on Tuesday said …" after a dateline's
    /// colon.
    pub(crate) fn reporter_opens(&self, k: usize, speaks: impl Fn(&Np) -> bool) -> bool {
        (k + 1..self.hi.min(k + 1 + OPENING_REPORTER_REACH)).any(|c| {
            self.is_cue(c)
                && self
                    .r
                    .subject_before(k, c)
                    .is_some_and(|np| np.first == k && speaks(&np))
        })
    }

    /// The first token after a dateline closed by a colon rather than a
    /// dash: a place, a comma and a date, perhaps an agency in parentheses
    /// ("NEW DELHI, Dec 3 (PTI): …", "Islamabad, Dec. 3: …"). Only with
    /// the date: a name and a colon alone are as often a speaker's label
    /// ("TAPPER: …").
    fn dated_colon(&self, i: usize) -> Option<usize> {
        let r = &self.r;
        if !r.is_cap(i) {
            return None;
        }
        let comma = (i + 1..self.hi.min(i + DATELINE_PLACE)).find(|&k| self.comma_at(k))?;
        // (the months follow the days of the week in `DAYS`)
        let month = |w: &str| {
            let w = w.trim_end_matches('.');
            DAYS[7..]
                .iter()
                .chain(MONTH_ABBREVIATIONS)
                .any(|m| m.eq_ignore_ascii_case(w))
        };
        // (the month's abbreviation may keep its period as a token of its
        // own: "Dec . 3")
        let day = comma + 2 + usize::from(r.toks.get(comma + 2).is_some_and(|t| t.is_punct('.')));
        // (the cheap tests first: this runs for every frame that opens
        // with a capital and a comma soon after)
        if !r.is_number(day) || !(i..comma).all(|k| r.is_cap(k)) || !month(self.word(comma + 1)) {
            return None;
        }
        let mut k = day + 1;
        if r.toks.get(k).is_some_and(|t| t.is_punct('(')) {
            // (an agency of a word or two: "(PTI)", "(Dawn News)")
            let close = (k + 1..self.hi.min(k + 4)).find(|&j| r.toks[j].is_punct(')'))?;
            k = close + 1;
        }
        (k + 1 < self.hi && r.toks[k].is_punct(':') && r.is_cap(k + 1)).then_some(k + 1)
    }

    /// The first token after a clock time that labels the entry of a live
    /// report ("10:42 p.m.:", "9 a.m. ET:", "11:05:", "3:45 p.m. —"): a
    /// number, its minutes, "a.m." or "p.m." and a zone in capitals, then
    /// a colon or a dash, with a capitalised word after it.
    fn after_time_label(&self) -> Option<usize> {
        let r = &self.r;
        let mut k = self.lo;
        if !r.is_number(k) || self.word(k).len() > 2 {
            return None;
        }
        k += 1;
        let minutes = |k: usize| r.is_number(k) && self.word(k).len() == 2;
        let clock = r.toks.get(k).is_some_and(|t| t.is_punct(':')) && minutes(k + 1);
        if clock {
            k += 2;
        }
        let meridiem = ["a.m", "p.m", "a.m.", "p.m.", "am", "pm"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(self.word(k)));
        if !clock && !meridiem {
            return None;
        }
        if meridiem {
            k += 1;
            // ("p.m." may lose its last period to the colon's token)
            if r.toks.get(k).is_some_and(|t| t.is_punct('.')) {
                k += 1;
            }
        }
        // a zone: "ET", "GMT", "BST"
        let w = self.word(k);
        if r.is_word_at(k)
            && (2..=4).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
        {
            k += 1;
        }
        // (then a colon or a dash: "3:45 p.m. — Sen. Ann Lee on the
        // vote: …")
        let label_end = |t: &Token| t.is_punct(':') || t.is_dash();
        (k + 1 < self.hi && label_end(&r.toks[k]) && r.is_cap(k + 1)).then_some(k + 1)
    }

    /// Past the comma at `comma` that closes an opening phrase, and past a
    /// place's state or country after it: "Speaking in Salem, New
    /// Hampshire, Trump said" (the phrase ends in a capitalised word, and
    /// only capitalised words stand before the next comma).
    fn past_place(&self, comma: usize) -> usize {
        let after = comma + 1;
        // (an appositive describing the opening phrase's last noun, a name
        // or not: "In his 2004 speech, a testimonial to John Kerry, Obama
        // urged …")
        if comma > self.lo && self.r.is_word_at(comma - 1) && !self.r.is_cap(comma - 1) {
            if let Some(next) = self.past_appositive_of_name(after) {
                return next;
            }
        }
        // (a word opening the sentence, or following a dateline's dash,
        // is capitalised whatever it is: "Earlier, Sheriff Joe Arpaio, …"
        // names no place)
        // (nor does a day or a month: "On Sunday, Hanna Melnyk, …")
        if comma <= self.lo
            || !self.r.is_cap(comma - 1)
            || comma - 1 == self.lo
            || !self.r.is_word_at(comma - 2)
            || DAYS.contains(&self.word(comma - 1))
        {
            return after;
        }
        if let Some(next) = self.past_appositive_of_name(after) {
            return next;
        }
        let caps = (after..self.hi.min(after + 4))
            .take_while(|&k| self.r.is_cap(k))
            .count();
        // (a state's abbreviation keeps its period apart: "in San
        // Bernardino, Calif., a voice")
        let period = usize::from(
            caps > 0
                && self
                    .r
                    .toks
                    .get(after + caps)
                    .is_some_and(|t| t.is_punct('.'))
                && self
                    .r
                    .toks
                    .get(after + caps + 1)
                    .is_some_and(|t| t.is_punct(',')),
        );
        // (a given name and a surname are a person, not a place: "At Boca
        // West, Jay DiPietro, the club's president, said")
        // (nor are a title and a name: "In Phoenix, Sheriff Joe Arpaio,
        // the county's sheriff, said")
        // (nor a name with an age after it: "In Zatoka, Hanna Melnyk, 68,")
        let aged = self
            .r
            .toks
            .get(after + caps)
            .is_some_and(|t| t.is_punct(','))
            && after + caps + 1 < self.hi
            && self.r.age_aside(after + caps + 1, self.hi);
        let person = caps >= 2 && (self.r.is(after, MALE | FEMALE | TITLE | HONORIFIC) || aged);
        if caps > 0
            && !person
            && self
                .r
                .toks
                .get(after + caps + period)
                .is_some_and(|t| t.is_punct(','))
        {
            after + caps + period + 1
        } else {
            after
        }
    }

    /// "Preceded by Joe Arpaio, the Arizona sheriff, Trump launched": an
    /// appositive from `after` (opening with an article, up to a comma)
    /// that describes the name (or noun) ending the opening phrase, when a
    /// subject and its finite verb follow it; the token after its comma.
    fn past_appositive_of_name(&self, after: usize) -> Option<usize> {
        if !matches!(self.word(after), "the" | "a" | "an") {
            return None;
        }
        let comma_after = |from: usize| {
            (from + 1..self.hi.min(from + APPOSITIVE_WORDS))
                .take_while(|&k| self.r.is_word_at(k) || self.comma_at(k))
                .find(|&k| self.comma_at(k))
        };
        let mut close = comma_after(after)?;
        // (and a second one after it, opened by an article too: "a
        // testimonial to John Kerry, the nominee that year, Obama urged")
        for second in [false, true] {
            let np = self.r.phrase_starting_at(close + 1, self.hi)?;
            let v = np.last + 1;
            let w = self.word(v);
            if self.r.is_word_at(v) && !self.r.is_cap(v) && (looks_finite(w) || self.is_cue(v)) {
                return Some(close + 1);
            }
            if second || !matches!(self.word(close + 1), "the" | "a" | "an") {
                return None;
            }
            close = comma_after(close + 1)?;
        }
        None
    }

    /// "Clinton's campaign": a possessor and its noun, as a description;
    /// with the nouns of a speaker or title in lower case after that noun
    /// ("The state's attorney general", "the state's top prosecutor").
    fn with_possessed(&self, np: Np) -> Np {
        let after = np.last + 1;
        if after + 1 < self.hi
            && self.r.toks[after].kind == Kind::Clitic
            && self.r.is_word_at(after + 1)
            && !self.r.toks[after + 1].cap
        {
            let mut last = after + 1;
            while last + 1 < self.hi.min(after + 1 + POSSESSED_WORDS)
                && self.r.is_word_at(last + 1)
                && !self.r.is_cap(last + 1)
                && self.r.is(last + 1, SPEAKER | TITLE)
                && !self.r.is(last + 1, VERB)
            {
                last += 1;
            }
            return Np::description(np.first, last);
        }
        np
    }

    /// The pronoun subject of the clause closing at the comma `comma`, when
    /// a conjunction opens that clause after the sentence's subject ("…, and
    /// he has battled …, at one point calling"; "in which he continued …,
    /// mocking"), or a name right after "and" or "but" ("Prosecutors
    /// charged him and Emanuel fired his chief, acknowledging"); not the
    /// subject of a reported clause ("Lee said he would win, calling …" is
    /// Lee's), nor "they" (often a thing).
    pub(crate) fn adverbial_pronoun(&self, comma: usize) -> Option<Np> {
        let subject = self.subject?;
        let joined = |i: usize| i > self.lo && matches!(self.word(i - 1), "and" | "but");
        // (most clauses hold no such subject: a cheap look first)
        if !(subject.last + 1..comma)
            .any(|i| matches!(self.word(i), "he" | "she") || (self.r.is_cap(i) && joined(i)))
        {
            return None;
        }
        let p = self.clause_subject(comma)?;
        // (a person's pronoun, or a name, after the subject: not "after
        // they came out")
        let pronoun = matches!(self.word(p.first), "he" | "she");
        if !(pronoun || (p.is_named() && joined(p.first))) || subject.last >= p.first {
            return None;
        }
        let floor = self.lo.max(p.first.saturating_sub(CLAUSE_OPENING_REACH));
        let opening = (floor..p.first)
            .rev()
            .take_while(|&i| !self.comma_at(i) && !self.r.is(i, VERB))
            .find(|&i| {
                self.r.is(i, SUBORDINATOR) || matches!(self.word(i), "and" | "but" | "which" | "as")
            })?;
        // (not a clause inside a report: "an architect who said he was
        // stiffed after he designed …, saying")
        // (a verb with an object before "and" and a name holds no clause:
        // "charged the officer with murder and Emanuel fired …")
        let reported = (subject.last + 1..opening)
            .rev()
            .take_while(|&i| !self.comma_at(i))
            .any(|i| self.is_cue(i) && (pronoun || says(self.word(i)) || self.r.is(i, THOUGHT)));
        (!reported).then_some(p)
    }

    /// Whether `np`, right before the form in -s at `c`, is a determiner
    /// or possessor with adjectives only, before a noun of speech or of a
    /// document: then the word at `c` is a plural noun, not a verb with
    /// `np` as its subject ("his ambitious claims about …", "several
    /// negative comments about …", "the two lengthy investigative
    /// reports"). Nouns of people and bodies that end as adjectives do
    /// ("the executive says", "the official says") head phrases of their
    /// own.
    pub(crate) fn adjectives_before_noun(&self, np: &Np, c: usize) -> bool {
        let w = self.word(c);
        let head = np.last;
        np.last + 1 == c
            && np.kind == MentionKind::Description
            && self.r.is(c, SPEECH_NOUN | DOCUMENT)
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !self.r.is_cap(head)
            && plainly_adjective(self.word(head))
            && !self.r.is(head, SPEAKER | TITLE | ORG | DOCUMENT | VERB)
            && (np.first..head).all(|i| !self.r.is(i, SPEAKER | TITLE | ORG | DOCUMENT))
    }

    /// Whether the quotation at token `j` reads as a title: a short name
    /// in title case ("“Meet the Press”").
    pub(crate) fn title_at(&self, j: usize) -> bool {
        let body = self
            .word(j)
            .trim_matches(|ch: char| !ch.is_alphanumeric() && ch != ',');
        crate::quote::short_name(body).is_some_and(crate::quote::title_case)
    }

    /// Whether the quotation at token `q` is a title ([`Frame::title_at`])
    /// right after a preposition, a possessive or a noun for a work
    /// ([`WORKS`]): the name of a work or a programme ("starred in "Parks
    /// and Recreation"", "CNN's "The Lead"", "the show "Morning Joe"").
    pub(crate) fn work_title(&self, q: usize) -> bool {
        q > self.lo
            && (self.r.is(q - 1, PREPOSITION)
                || self.r.toks[q - 1].kind == Kind::Clitic
                || WORKS.contains(&self.word(q - 1)))
            && self.title_at(q)
    }

    /// The nearest pronoun or name before token `end` that a finite verb
    /// follows ("she attacked"): the subject of a coordinated clause; and
    /// at the latest the sentence's subject, past which only an opening
    /// phrase lies ("When told Perez was …, Bush thought and said": Bush).
    pub(crate) fn clause_subject(&self, end: usize) -> Option<Np> {
        let mut i = end;
        let floor = self.lo.max(end.saturating_sub(REACH));
        let main = self.subject.filter(|s| s.first > self.lo && s.last < end);
        while i > floor {
            i -= 1;
            if let Some(s) = main.filter(|s| i < s.first) {
                return Some(s);
            }
            if self.r.toks[i].quote().is_some() {
                // (a work's title names the place of the words, no
                // quotation of the clause's: "after Reed appeared on "Fox
                // News Sunday" and predicted …", "on CNN's "State of the
                // Union"")
                if !self.work_title(i) {
                    return None;
                }
                continue;
            }
            let verb = self.word(i + 1);
            // (a noun of a speaker or body continues the phrase: "White
            // House officials started", not "White House" with a verb)
            let verb_at = self.r.is_word_at(i + 1)
                && !self.r.toks[i + 1].cap
                && !self
                    .r
                    .is(i + 1, SPEAKER | TITLE | ORG | PREPOSITION | POSSESSIVE);
            let finite = (verb.ends_with("ed") || verb.ends_with('s'))
                && verb_at
                // ("cast Clinton as unqualified and accused her")
                && !matches!(verb, "as" | "this" | "thus" | "us" | "plus" | "versus");
            // (after a pronoun an irregular past too: "When he returned
            // he began by saying"; after a noun it may be another clause's
            // verb: "As voters went to the polls, the campaign sent …")
            let irregular = verb_at && looks_finite(verb);
            if (finite || irregular) && self.r.is(i, PRONOUN) {
                return Some(Np::pronoun(i));
            }
            // (a plural noun of speakers too: "officials started"; or one
            // after a determiner: "As the mayor likes to say", where a
            // verb the lexicon knows or one taking an infinitive follows,
            // not a compound's noun, "the police videos")
            let determined = || {
                i > self.lo
                    && self.r.is(i - 1, ARTICLE | DETERMINER | POSSESSIVE)
                    && (self.r.is(i + 1, VERB) || self.word(i + 2) == "to")
            };
            let speaker_noun = finite
                && !self.r.toks[i].cap
                && ((self.r.is(i, SPEAKER) && self.word(i).ends_with('s'))
                    || (self.r.is(i, SPEAKER | TITLE) && determined()));
            if finite && (self.r.toks[i].cap || speaker_noun) {
                if let Some(np) = self.r.phrase_ending_at(self.lo, i) {
                    if np.is_named() || (speaker_noun && np.kind == MentionKind::Description) {
                        return Some(np);
                    }
                }
            }
        }
        None
    }

    /// Whether the capitalised word at `i` is "Tweeted" or "Tweets" after
    /// a comma or a word inside the sentence: a verb in a house style that
    /// capitalises it, never a name.
    fn capital_tweet(&self, i: usize) -> bool {
        i > self.lo
            && matches!(self.word(i), "Tweeted" | "Tweets")
            && (self.comma_at(i - 1) || (self.r.is_word_at(i - 1) && !self.r.is_cap(i - 1)))
    }

    /// Whether the participle at `i` is graded after a determiner, as an
    /// adjective is: "the most telling promise", "Trump's most promising
    /// path", "the least favored candidates" (not "most said", where
    /// "most" is the subject).
    ///
    /// So is one after an adverb in -ly, before its noun: "a widely
    /// reported speech", "a politically charged visit" (not "the family
    /// claimed that", "the rally denounced him", where the -ly word is
    /// the noun).
    pub(crate) fn graded_adjective(&self, i: usize) -> bool {
        let w = self.word(i);
        if !(w.ends_with("ing") || w.ends_with("ed")) || i < self.lo + 2 {
            return false;
        }
        let determined =
            self.r.is(i - 2, DETERMINER | POSSESSIVE) || self.r.toks[i - 2].kind == Kind::Clitic;
        if matches!(self.word(i - 1), "most" | "least" | "more" | "less") {
            return determined;
        }
        // (a participle in -ing after "a friendly" is a noun: "a friendly
        // warning not to …")
        determined && w.ends_with("ed") && self.ly_adverb(i - 1) && self.noun_at(i + 1)
    }

    /// Whether the word at `i` is an adverb in -ly: lower case, of more
    /// than four letters, and none of the nouns in -ly ("family",
    /// "rally", "assembly", "weekly").
    fn ly_adverb(&self, i: usize) -> bool {
        let w = self.word(i);
        self.r.is_word_at(i)
            && !self.r.is_cap(i)
            && w.len() > 4
            && w.ends_with("ly")
            && !LY_NOUNS.contains(&w)
    }

    /// Whether the token at `i` is a lower-case word that can head a noun
    /// phrase: not a function word, nor "that" opening a clause.
    fn noun_at(&self, i: usize) -> bool {
        i < self.hi
            && self.r.is_word_at(i)
            && !self.r.is_cap(i)
            && !self.r.is(
                i,
                DETERMINER | PRONOUN | PREPOSITION | SUBORDINATOR | POSSESSIVE,
            )
    }

    /// Whether a form of "be" stands before token `c`, past adverbs: a
    /// passive ("was criticized", "is being called").
    pub(crate) fn after_be(&self, c: usize) -> bool {
        let mut i = c;
        let floor = self.lo.max(c.saturating_sub(ADVERB_REACH));
        while i > floor {
            i -= 1;
            let w = self.word(i);
            // (negated too: "wasn't approved", "isn't expected")
            let unnegated = w
                .strip_suffix("n't")
                .or_else(|| w.strip_suffix("n\u{2019}t"))
                .unwrap_or(w);
            if is_be(unnegated) {
                return true;
            }
            // ("it's assumed", "it's expected": after the "it" of an
            // impersonal passive, "'s" is "is"; after others it may be
            // "has", "he's claimed victory")
            if self.r.toks[i].kind == Kind::Clitic
                && is_s_clitic(w)
                && i > self.lo
                && self.word(i - 1).eq_ignore_ascii_case("it")
            {
                return true;
            }
            if !passive_adverb(w) {
                return false;
            }
        }
        false
    }

    /// Whether tokens `i` and `i + 1` are "according to".
    pub(crate) fn according_to(&self, i: usize) -> bool {
        // the length first: this runs on every token of every frame
        i + 1 < self.hi
            && self.r.toks[i].span.len() == "according".len()
            && self.word(i).eq_ignore_ascii_case("according")
            && self.word(i + 1) == "to"
            && !self.by_norm(i + 2)
    }

    /// Whether a norm or plan, no source, follows "according to" at `k`:
    /// "went according to plan", "dealt with according to law", "held
    /// according to the rules of the House" say how, not who says so.
    pub(crate) fn by_norm(&self, k: usize) -> bool {
        let k = k + usize::from(self.word(k) == "the");
        // (closing its phrase: not a possessor, "according to the plan's
        // authors", nor a modifier, "according to law enforcement")
        let ends = |j: usize| {
            j >= self.hi
                || (!self.r.is_word_at(j) && self.r.toks[j].kind != Kind::Clitic)
                || matches!(self.word(j), "of" | "and")
        };
        self.r.is_word_at(k) && NORMS.contains(&self.word(k)) && ends(k + 1)
    }

    /// The phrase after "according to" at `i`, with a name in apposition
    /// where the two close the sentence ("…, according to a spokesman,
    /// Ann Lee."; not "According to police, Ann Lee, 45, was …", where
    /// the name is the content's subject).
    pub(crate) fn according_phrase(&self, i: usize) -> Option<Np> {
        self.source_phrase(i + 2)
    }

    /// The phrase at `k` that names the source of "according to" or "as
    /// reported by", as [`Frame::according_phrase`] reads it.
    pub(crate) fn source_phrase(&self, k: usize) -> Option<Np> {
        let np = self.r.phrase_starting_at(k, self.hi)?;
        let named = self.r.named_in_apposition(np, self.hi).filter(|named| {
            self.r.toks.get(named.last + 1).is_none_or(|t| {
                named.last + 1 >= self.hi || matches!(t.kind, Kind::Punct('.' | '!' | '?'))
            })
        });
        let np = named.unwrap_or(np);
        Some(self.handled_by(np).unwrap_or(np))
    }

    /// "a statement released by the central bank", "documents obtained
    /// by The Post": a document's or statement's phrase that goes on with
    /// a participle of its making or handling, to the punctuation that
    /// closes the clause (or the frame's end), within a few words.
    fn handled_by(&self, np: Np) -> Option<Np> {
        let p = np.last + 1;
        if np.kind != MentionKind::Description
            || !self.r.is(np.last, DOCUMENT | SPEECH_NOUN)
            || !HANDLED.contains(&self.word(p))
        {
            return None;
        }
        let end = (p + 1..=self.hi.min(p + 1 + HANDLED_REACH)).find(|&j| {
            j >= self.hi || !(self.r.is_word_at(j) || self.r.toks[j].kind == Kind::Clitic)
        })?;
        let closed = end >= self.hi
            || self.r.toks[end].is_dash()
            || matches!(
                self.r.toks[end].kind,
                Kind::Punct(',' | '.' | '!' | '?' | ';')
            );
        // (not over a clause: "the polls conducted before Lee won")
        let clause = (p + 1..end).any(|j| self.r.is(j, SUBORDINATOR));
        (closed && !clause && end > p + 1).then_some(Np {
            last: end - 1,
            ..np
        })
    }

    /// "according to X" anywhere in the frame: its position and phrase.
    fn find_according(&self) -> Option<(usize, Np)> {
        (self.lo..self.hi)
            .find(|&i| self.according_to(i))
            .and_then(|i| self.according_phrase(i).map(|np| (i, np)))
    }

    /// The phrase of "In a new poll," opening the frame, headed by a
    /// document, poll or data, with its comma: not a document inside a
    /// phrase after a preposition ("In addition to the FBI's
    /// investigation,", "In the wake of the report,").
    pub(crate) fn opening_document(&self) -> Option<(Np, usize)> {
        let (r, lo) = (&self.r, self.lo);
        if !self.word(lo).eq_ignore_ascii_case("in") {
            return None;
        }
        let comma =
            (lo + 1..self.hi.min(lo + DOCUMENT_PHRASE + 1)).find(|&k| r.toks[k].is_punct(','))?;
        let head = (lo + 1..comma)
            .take_while(|&k| !r.is(k, PREPOSITION))
            .find(|&k| r.is(k, DOCUMENT))?;
        // (a participle set off by commas goes with the document: "In the
        // new poll, conducted March 11-13, 40 percent …")
        let aside =
            r.is_word_at(comma + 1) && !r.is_cap(comma + 1) && self.word(comma + 1).ends_with("ed");
        let comma = aside
            .then(|| {
                (comma + 2..self.hi.min(comma + 2 + DOCUMENT_PHRASE))
                    .take_while(|&k| r.toks[k].quote().is_none())
                    .find(|&k| r.toks[k].is_punct(','))
            })
            .flatten()
            .unwrap_or(comma);
        Some((Np::description(lo + 1, comma - 1).with_head(head), comma))
    }

    /// Whether a coordinated clause (", but", ", and", ";") starts between
    /// tokens `a` and `b`.
    pub(crate) fn coordinated(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| {
            self.r.toks[i].is_punct(';')
                || (self.comma_at(i) && matches!(self.word(i + 1), "but" | "and" | "while" | "yet"))
        })
    }

    /// Whether the token at `c` is a participle of naming after an
    /// indefinite object ("writing a book called", "for a class titled",
    /// "to broadcast a film called"), which names a work: no one speaks
    /// through it. After a subject ("The president called", "and a
    /// spokesman called", "what Lee called") it is a verb, and so before
    /// an object and the name it gives ("Trump in a tweet called it "a
    /// disgrace"").
    pub(crate) fn names_an_object(&self, c: usize) -> bool {
        let r = &self.r;
        if !matches!(
            self.word(c),
            "called" | "named" | "titled" | "entitled" | "dubbed"
        ) {
            return false;
        }
        let Some(np) = c
            .checked_sub(1)
            .filter(|&j| j >= self.lo)
            .and_then(|j| r.phrase_ending_at(self.lo, j))
        else {
            return false;
        };
        // an indefinite phrase ("a book called", not "the president
        // called"), after a verb or preposition of its own
        if np.kind == MentionKind::Pronoun
            || np.first <= self.lo
            || !r.is_word_at(np.first - 1)
            || !matches!(self.word(np.first), "a" | "an")
        {
            return false;
        }
        let b = np.first - 1;
        let w = self.word(b);
        let after_object = if r.is(b, PREPOSITION) {
            w != "by"
        } else {
            !r.is_cap(b)
                && !r.is(b, SUBORDINATOR | MODIFIER | DETERMINER | PRONOUN)
                && !matches!(
                    w,
                    "and"
                        | "but"
                        | "or"
                        | "that"
                        | "which"
                        | "who"
                        | "whom"
                        | "what"
                        | "as"
                        | "than"
                )
                && !is_finite_auxiliary(w)
        };
        // (an object and the name given to it after the verb make it one)
        let k = c + 1;
        let object = k < self.hi
            && r.is_word_at(k)
            && (matches!(self.word(k), "it" | "this" | "that")
                || OBJECT_PRONOUNS.contains(&self.word(k))
                || r.phrase_starting_at(k, self.hi).is_some_and(|np| {
                    r.toks.get(np.last + 1).is_some_and(|t| t.quote().is_some())
                }));
        after_object && !object
    }

    /// The person named in an appositive right after the description
    /// `np`, set off by commas or dashes: "Her deputy, Tom Park, was",
    /// "quoted a spokesman, Gennadi Gerasimov, as saying".
    pub(crate) fn appositive_name(&self, np: &Np) -> Option<Np> {
        let r = &self.r;
        let comma = np.last + 1;
        // (or between dashes: "Trump's running mate — Indiana Gov. Mike
        // Pence — has …")
        let dash = comma < self.hi && r.toks[comma].is_dash();
        if comma >= self.hi || !(r.toks[comma].is_punct(',') || dash) {
            return None;
        }
        r.phrase_starting_at(comma + 1, self.hi).filter(|name| {
            name.kind == MentionKind::Person
                && name.name.is_some()
                && r.toks
                    .get(name.last + 1)
                    .is_some_and(|t| if dash { t.is_dash() } else { t.is_punct(',') })
        })
    }

    /// Whether token `i` is a comma, or a quotation that ends with one
    /// inside its marks (US style: "… a gun," but he said).
    pub(crate) fn comma_at(&self, i: usize) -> bool {
        self.r.comma_at(i)
    }

    /// Whether the possessor starting at token `first` names the medium
    /// of a reporting verb right before it: "said in her statement that
    /// …", "saying in his statement only that …". What follows is the
    /// verb's content, and the verb the cue, not the noun's.
    pub(crate) fn names_a_medium(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1).filter(|&p| p > self.lo) else {
            return false;
        };
        if !matches!(self.word(p), "in" | "during" | "on") {
            return false;
        }
        (p.saturating_sub(MEDIUM_REACH).max(self.lo)..p)
            .rev()
            .take_while(|&k| self.r.is_word_at(k))
            .any(|k| self.is_cue(k))
    }

    /// Whether `np` is the pronoun "it", which names a thing, a body as
    /// often as not, or nothing at all ("It seems", "It is common for …").
    pub(crate) fn is_it(&self, np: &Np) -> bool {
        np.kind == MentionKind::Pronoun && self.word(np.first).eq_ignore_ascii_case("it")
    }

    /// The words of the quotation at token `i` past its opening marks
    /// ("who embody …" of "“who embody …”"), to read how it opens.
    pub(crate) fn quote_body(&self, i: usize) -> &'a str {
        self.word(i)
            .trim_start_matches(|ch: char| !ch.is_alphanumeric())
    }

    /// Whether a quotation stands among tokens `a..b`.
    pub(crate) fn quote_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.r.toks[i].quote().is_some())
    }

    /// The addressee of "told", "tells", "telling": "told Lavrov that".
    pub(crate) fn addressee(&self, c: usize) -> Option<Np> {
        if !is_tell(self.word(c)) && !self.word(c).starts_with("tel") {
            return None;
        }
        if let Some(np) = self.programme(c, c + 1) {
            return Some(np);
        }
        let np = self.r.phrase_starting_at(c + 1, self.hi)?;
        (np.kind != MentionKind::Pronoun || self.word(np.first) != "it")
            .then(|| self.without_occasion(np))
    }

    /// The programme a verb of telling at `c` addresses from `k`: a
    /// broadcaster or paper in capitals, its possessive, and the programme
    /// or its host as a quotation or in capitals, with the small words of
    /// a title between capitals ("told NBC's "Meet the Press"", "told the
    /// BBC's Today programme", "told CBS' Face the Nation", "told CNN's
    /// Jake Tapper"). The grammar of speakers reads only the broadcaster
    /// there, or nothing. What follows it, past a time of speaking ("on
    /// Sunday", "last week"), must close it: "that", punctuation, the end,
    /// a subordinator, a preposition other than "of" ("in an interview",
    /// "about …"; "Obama's Chief of Staff" is a title the grammar reads),
    /// or a clause's own subject ("… on Monday the tone was cordial").
    pub(crate) fn programme(&self, c: usize, k: usize) -> Option<Np> {
        let r = &self.r;
        if !is_tell(self.word(c)) {
            return None;
        }
        let owner = if self.word(k) == "the" { k + 1 } else { k };
        let capital = |j: usize| j < self.hi && r.is_word_at(j) && r.is_cap(j);
        let owner_last = (owner..self.hi.min(owner + PROGRAMME_WORDS))
            .take_while(|&j| capital(j))
            .last()?;
        let show = owner_last + 2;
        if show >= self.hi || r.toks[owner_last + 1].kind != Kind::Clitic {
            return None;
        }
        // (a quoted title is short: not a quotation of words said that a
        // stray mark opened, "told NBC's "We will win. …"")
        let quoted = r.toks[show].quote().is_some();
        let span = r.toks[show].span;
        if quoted && span.end - span.start > PROGRAMME_TITLE {
            return None;
        }
        let last = if quoted {
            show
        } else {
            let mut words = show;
            while words + 1 < self.hi.min(show + PROGRAMME_WORDS) {
                let n = words + 1;
                if capital(n) {
                    words = n;
                } else if is_title_small_word(self.word(n))
                    && !r.is_cap(n)
                    && capital(n + 1)
                    && n + 1 < show + PROGRAMME_WORDS
                    && !is_time_word(self.word(n + 1))
                {
                    words = n + 1;
                } else {
                    break;
                }
            }
            if !capital(show) {
                return None;
            }
            if matches!(self.word(words + 1), "show" | "programme" | "program") {
                words + 1
            } else {
                words
            }
        };
        let after = (last + 1..self.hi.min(last + 4))
            .find(|&j| !(self.word(j) == "on" || is_time_word(self.word(j))))
            .unwrap_or(self.hi.min(last + 4));
        let closes = after >= self.hi || !r.is_word_at(after) || {
            let w = self.word(after);
            !r.is_cap(after)
                && (w == "that"
                    || r.is(after, SUBORDINATOR | ARTICLE | POSSESSIVE)
                    || (r.is(after, PREPOSITION) && w != "of")
                    || subject_pronoun(w))
        };
        closes.then(|| Np::description(k, last))
    }

    /// The one addressed, `np`, without a phrase of the occasion that
    /// closes it ("farmers at a meeting in Des Moines": "farmers"): "at",
    /// "during" or "in" at least one word in, an occasion of speaking
    /// within [`OCCASION_REACH`] words after it.
    pub(crate) fn without_occasion(&self, np: Np) -> Np {
        let r = &self.r;
        let occasion = (np.first + 1..=np.last).find(|&p| {
            matches!(self.word(p), "at" | "during" | "in")
                && (p + 1..=np.last.min(p + 1 + OCCASION_REACH)).any(|j| {
                    let w = self.word(j);
                    r.is_word_at(j) && (EVENTS.contains(&w) || OCCASION_NOUNS.contains(&w))
                })
        });
        match occasion {
            Some(p) => Np {
                last: p - 1,
                name: np.name.filter(|&(_, b)| b < p),
                role: np.role.filter(|&(_, b)| b < p),
                ..np
            },
            None => np,
        }
    }
}

/// The frames of a paragraph's tokens: its sentences, except that a
/// sentence end inside a quotation (`quotes`, sorted) does not end a frame.
/// Sentences and quotations are both in order, so one merge finds them.
pub(crate) fn frames_of(
    toks: &[Token],
    sentences: &[Span],
    quotes: &[(usize, Span)],
    frames: &mut Vec<(usize, usize)>,
) {
    frames.clear();
    let mut start = 0;
    let mut t = 0;
    let mut q = 0;
    for s in sentences.iter().take(sentences.len().saturating_sub(1)) {
        let e = s.end;
        while q < quotes.len() && quotes[q].1.end <= e {
            q += 1;
        }
        // top-level quotations do not overlap: only the first one ending
        // after `e` can hold it
        if quotes.get(q).is_some_and(|(_, span)| span.start < e) {
            continue;
        }
        while t < toks.len() && toks[t].span.start < e {
            t += 1;
        }
        if t > start {
            frames.push((start, t));
            start = t;
        }
    }
    if start < toks.len() {
        frames.push((start, toks.len()));
    }
}

// The reporting clause after a quotation or a reported clause: shared by
// the quotation rules and by reported speech.

/// How many capitalised words a place after a plural head may have
/// ("Polls in New Hampshire show").
const PLACE_WORDS: usize = 4;

/// How many words the subject of a relative clause before its verb may
/// have ("which the Organisation for Economic Co-operation says").
pub(crate) const RELATIVE_SUBJECT: usize = 8;

/// How far after the start of a sentence part its reporting verb may
/// stand, in tokens ([`Frame::reporter_opens`]).
const OPENING_REPORTER_REACH: usize = 10;

/// Nouns of a norm or plan that "according to" measures by, naming no
/// source ([`Frame::by_norm`]).
const NORMS: &[&str] = &[
    "plan",
    "schedule",
    "law",
    "rules",
    "tradition",
    "custom",
    "protocol",
    "procedure",
    "script",
    "design",
];

/// Participles of making or handling a document that its phrase as a
/// source goes on with ("a statement released by the bank").
pub(crate) const HANDLED: &[&str] = &[
    "commissioned",
    "compiled",
    "conducted",
    "filed",
    "issued",
    "obtained",
    "posted",
    "prepared",
    "printed",
    "provided",
    "published",
    "released",
    "reviewed",
    "seen",
];

/// How many words may follow such a participle in a source's phrase.
const HANDLED_REACH: usize = 10;

/// Whether a capitalised word reads as a plural noun ("Polls",
/// "Democrats"), not a word that ends in "s" as a singular does
/// ("Tennis", "Texas", "Congress").
fn plural_capital(w: &str) -> bool {
    w.ends_with('s') && !["ss", "is", "us", "as"].iter().any(|e| w.ends_with(e))
}

/// How many tokens a dateline may have, with its dash.
const DATELINE: usize = 12;

/// The most tokens a dateline's place may have before its comma
/// ("NEW DELHI,").
const DATELINE_PLACE: usize = 4;

/// The abbreviations of months, as a dateline dates itself ("Dec 3",
/// "Sept. 12"); the full names are the months of [`DAYS`].
pub(crate) const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// How many tokens an opening phrase of time may have, with its comma
/// ("Moments after the vote,").
const TIME_OPENING: usize = 8;

/// How many words may stand between a possessive determiner and the noun
/// of [`Frame::possessed_pair_before`].
const POSSESSED_PAIR: usize = 4;

/// Adjectives of number or kind that stand between a verb and its plural
/// object ("made further demands", "issued new warnings").
const OBJECT_ADJECTIVES: &[&str] = &[
    "further",
    "new",
    "more",
    "several",
    "many",
    "other",
    "additional",
    "fresh",
    "repeated",
    "similar",
    "numerous",
];

/// Words of time other than the days of the week that may follow the
/// verb of an attribution ("said later").
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "recently",
    "again",
    "then",
    "afterward",
    "afterwards",
];

/// Whether `w` is a word of time ("Monday", "later", "yesterday"): a day
/// of the week (the first seven of [`DAYS`]; months are left out, "May"
/// is also a verb) or one of [`TIME_WORDS`].
pub(crate) fn is_time_word(w: &str) -> bool {
    DAYS.iter()
        .take(7)
        .chain(TIME_WORDS)
        .any(|a| a.eq_ignore_ascii_case(w))
}

/// Verbs that take the person spoken to as their object ("told me",
/// "asked Trump", "warned reporters").
const ADDRESSING: &[&str] = &[
    "tell",
    "tells",
    "told",
    "telling",
    "ask",
    "asks",
    "asked",
    "warn",
    "warns",
    "warned",
    "remind",
    "reminds",
    "reminded",
    "assure",
    "assures",
    "assured",
    "urge",
    "urges",
    "urged",
    "advise",
    "advised",
    "inform",
    "informed",
    "reassure",
    "reassured",
    "caution",
    "cautioned",
    "warning",
    "reminding",
    "assuring",
    "urging",
    "informs",
    "informing",
    "reassures",
    "reassuring",
    "cautions",
    "cautioning",
];

/// Whether a verb takes the person spoken to as its object ("told me").
pub(crate) fn is_addressing(verb: &str) -> bool {
    ADDRESSING.iter().any(|v| v.eq_ignore_ascii_case(verb))
}

/// Object pronouns, which name the person addressed.
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them", "you"];

/// Whether the verb at `c` closes an attribution after a quotation: what
/// follows it is not a reported clause ("… ," X said the two cases
/// differ; "…," X said that …) nor, for a verb that takes no addressee, an
/// object ("… ," X charged a fee).
pub(crate) fn closes_attribution(frame: &Frame<'_>, c: usize) -> bool {
    closes_attribution_before(frame, c, frame.hi)
}

/// [`closes_attribution`] within tokens before `hi`.
pub(crate) fn closes_attribution_before(frame: &Frame<'_>, c: usize, hi: usize) -> bool {
    let mut k = frame.cue_last(c) + 1;
    let addressing = is_addressing(frame.word(c));
    if addressing {
        if OBJECT_PRONOUNS.contains(&frame.word(k)) {
            k += 1;
        } else if let Some(np) = frame.r.phrase_starting_at(k, hi) {
            k = np.last + 1;
        }
    }
    if let Some(end) = time_phrase_end(frame, k, hi) {
        // "tweeted the day after", "said this week"
        k = end;
    }
    if k >= hi || !frame.r.is_word_at(k) {
        return true;
    }
    if frame.word(k) == "that" {
        return false;
    }
    // "…," Lee recalled the president telling him: the one who remembers
    // reports what another said, and the words after the verb are theirs
    let cue = frame.word(c);
    if (cue.starts_with("recall") || cue.starts_with("remember"))
        && frame.r.phrase_starting_at(k, hi).is_some_and(|np| {
            let v = np.last + 1;
            v < hi && frame.word(v).ends_with("ing") && frame.is_cue(v)
        })
    {
        return true;
    }
    // ("…," she captioned a photo of herself: the object of a caption is
    // the picture it stands under, no object of the words)
    if !addressing
        && !says(cue)
        && !cue.starts_with("caption")
        && (frame.r.is(k, DETERMINER) || frame.r.is_number(k))
    {
        return false;
    }
    // a clause: a phrase and a finite verb ("said the two cases were"),
    // or, where the words after the verb read as no speaker phrase, an
    // auxiliary among the next few ("said the count was rigged")
    let phrase_clause = frame.r.phrase_starting_at(k, hi).is_some_and(|np| {
        let v = np.last + 1;
        let w = frame.word(v);
        frame.r.is_word_at(v)
            && !w.ends_with("ing")
            && (frame.r.is(v, VERB | MODIFIER) || looks_finite(w))
    });
    let function = PREPOSITION | SUBORDINATOR;
    let auxiliary_clause = !frame.r.is(k, function)
        && (k..hi.min(k + AUXILIARY_REACH))
            // (a relative clause's auxiliary describes a speaker: "said an
            // official who was briefed")
            .take_while(|&i| {
                frame.r.is_word_at(i)
                    && !frame.r.is(i, function)
                    && !matches!(frame.word(i), "who" | "whose")
            })
            .any(|i| is_finite_auxiliary(frame.word(i)));
    !(phrase_clause || auxiliary_clause)
}

/// How far after a reporting verb an auxiliary shows a reported clause.
const AUXILIARY_REACH: usize = 6;

/// Finite forms of "be" and "have", contracted too ("they're", "I've"):
/// with [`MODALS`], the finite auxiliaries, each of which opens the
/// predicate of a clause.
const FINITE_BE_HAVE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "'ve",
    "'re",
    "'m",
    "\u{2019}ve",
    "\u{2019}re",
    "\u{2019}m",
];

/// Whether a word is a finite auxiliary: a form of "be" or "have" or a
/// modal ("is", "had", "would", "'ll").
pub(crate) fn is_finite_auxiliary(w: &str) -> bool {
    FINITE_BE_HAVE.contains(&w) || MODALS.contains(&w)
}

/// The token after a phrase of time starting at `k` ("the day after",
/// "this week", "last night", "the next morning"), if one starts there.
fn time_phrase_end(frame: &Frame<'_>, k: usize, hi: usize) -> Option<usize> {
    // (capitalised too, opening a sentence: "The day before, …")
    let w = frame.word(k);
    if !["the", "this", "that", "last", "next"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(w))
    {
        return None;
    }
    let mut i = k + 1;
    if matches!(frame.word(i), "next" | "following" | "same" | "previous") {
        i += 1;
    }
    if i >= hi || !TIME_NOUNS.contains(&frame.word(i)) {
        return None;
    }
    i += 1;
    if i < hi && matches!(frame.word(i), "after" | "before") && !frame.r.is_word_at(i + 1) {
        i += 1;
    }
    Some(i)
}

/// Whether a verb is a form of "say", which takes no object but speech.
pub(crate) fn says(word: &str) -> bool {
    matches!(word, "say" | "says" | "said" | "saying")
}

/// Whether `w` is a modal that makes the verb of saying after it foreseen
/// or supposed, not spoken ("would say", "will say", "might call"; not
/// "did say").
pub(crate) fn is_foreseeing(w: &str) -> bool {
    MODALS.contains(&w) && !matches!(w, "did" | "does" | "do")
}

/// Modal and other auxiliaries after which a reporting verb's plain form
/// is finite ("would say", "will argue", "did say"), contracted too
/// ("he'll say").
const MODALS: &[&str] = &[
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "'ll",
    "'d",
    "\u{2019}ll",
    "\u{2019}d",
];

/// Whether the lower-case word at `b` is an adjective graded by an adverb
/// in -ly right before it ("surprisingly positive", "deeply personal"):
/// the word after such a pair is a noun, never a verb whose subject ends
/// in an adjective.
fn graded_by_adverb(frame: &Frame<'_>, b: usize) -> bool {
    let r = &frame.r;
    if b <= frame.lo || !r.is_word_at(b) || r.is_cap(b) || r.is(b, STOP) {
        return false;
    }
    r.is_word_at(b - 1) && grading_adverb(frame.word(b - 1))
}
