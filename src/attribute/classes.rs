//! Word classes for the attribution rules: every word list the rules read,
//! folded into one table so that each token is looked up once.

use crate::lexicon::{
    AFFILIATIONS, COMPANIES, CUE_MODIFIERS, CUE_PHRASES, DOCUMENT_NOUNS, EVIDENCE_VERBS,
    FEMALE_NAMES, FastMap, MALE_NAMES, MAX_WORD, NON_NAMES, ORGANIZATION_WORDS, PORTFOLIOS,
    REPORTING_VERBS, SPEAKER_NOUNS, SPEECH_ACTS, SPEECH_NOUNS, THOUGHT_VERBS, TITLES, WordList,
    ascii_lower,
};
use once_cell::sync::Lazy;

/// A reporting verb form ("said", "tells").
pub(crate) const VERB: u32 = 1;
/// A title or role ("Minister", "spokesman", "Sen").
pub(crate) const TITLE: u32 = 1 << 1;
/// A nationality or party before a title ("Russian").
pub(crate) const AFFILIATION: u32 = 1 << 2;
/// A word that makes a name an organisation ("Post", "agency").
pub(crate) const ORG: u32 = 1 << 3;
/// A noun that heads a description of a speaker ("official", "sources").
pub(crate) const SPEAKER: u32 = 1 << 4;
/// A capitalised word that is never a name ("However", "Speaking").
pub(crate) const NON_NAME: u32 = 1 << 5;
/// A common male first name.
pub(crate) const MALE: u32 = 1 << 6;
/// A common female first name.
pub(crate) const FEMALE: u32 = 1 << 7;
/// A word between a speaker and its verb ("also", "has").
pub(crate) const MODIFIER: u32 = 1 << 8;
/// A portfolio word before a title ("Foreign").
pub(crate) const PORTFOLIO: u32 = 1 << 9;
/// A determiner ("the", "a", "his").
pub(crate) const DETERMINER: u32 = 1 << 10;
/// A personal pronoun that can be a speaker ("he", "they").
pub(crate) const PRONOUN: u32 = 1 << 11;
/// A name particle ("de", "van", "al").
pub(crate) const PARTICLE: u32 = 1 << 12;
/// An honorific ("Mr", "Ms").
pub(crate) const HONORIFIC: u32 = 1 << 13;
/// A preposition that keeps a phrase from being a subject.
pub(crate) const PREPOSITION: u32 = 1 << 14;
/// A word that opens an adverbial clause ("after", "because").
pub(crate) const SUBORDINATOR: u32 = 1 << 15;
/// An article ("the", "a", "an").
pub(crate) const ARTICLE: u32 = 1 << 16;
/// A possessive determiner ("his", "their", "our").
pub(crate) const POSSESSIVE: u32 = 1 << 17;
/// A demonstrative ("this", "that", "these", "those"): a determiner before
/// a noun, but also a pronoun, so it opens a speaker phrase only before a
/// speaker noun or a document ("this source").
pub(crate) const DEMONSTRATIVE: u32 = 1 << 18;
/// The first word of a built-in reporting phrase ("pointed" of "pointed
/// out").
pub(crate) const CUE_HEAD: u32 = 1 << 19;
/// A noun for what someone said ("claim", "remarks").
pub(crate) const SPEECH_NOUN: u32 = 1 << 20;
/// A verb of thought, belief, wish or stance ("believes", "wants").
pub(crate) const THOUGHT: u32 = 1 << 21;
/// A verb of evidence or finding ("shows", "found").
pub(crate) const EVIDENCE: u32 = 1 << 22;
/// A noun for a document, poll or data ("poll", "study", "records").
pub(crate) const DOCUMENT: u32 = 1 << 23;
/// A verb of a speech act read for reported speech only ("talked",
/// "declined").
pub(crate) const SPEECH_ACT: u32 = 1 << 24;
/// A word that may open a share of people ("about", "one", "half"; see
/// [`crate::attribute::phrase`]'s quantity grammar).
pub(crate) const SHARE_START: u32 = 1 << 25;
/// A company named by one word ("Google"; `companies.txt`), an
/// organisation's name when it stands alone.
pub(crate) const COMPANY: u32 = 1 << 26;
/// Words after which a reporting verb's plain form is a noun ("the
/// report", "his claim", "that statement").
pub(crate) const NOUN_MARKER: u32 = ARTICLE | POSSESSIVE | DEMONSTRATIVE;

/// Words that close a person's name after the surname ("Joseph R. Biden
/// Jr.", "Harry Hurt III"), lower case and without their period.
pub(crate) const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii"];

/// Determiners that open a speaker phrase: articles, possessives and
/// quantifiers ("two officials", "several aides").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "one", "two", "three", "some",
    "several", "many", "other", "our", "both", "my", "your",
];
const ARTICLES: &[&str] = &["the", "a", "an"];
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];
const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von",
    "y", "dos", "das", "los", "las", "des", "den", "ben", "abu", "ten", "ter", "zu",
];
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "messrs"];
const PREPOSITIONS: &[&str] = &[
    "to",
    "with",
    "by",
    "of",
    "from",
    "for",
    "at",
    "in",
    "on",
    "about",
    "against",
    "after",
    "before",
    "during",
    "like",
    "than",
    "into",
    "toward",
    "towards",
    "over",
    "under",
    "between",
    "among",
    "since",
    "despite",
    "without",
    "through",
    "along",
    "across",
    "around",
    "near",
    "outside",
    "inside",
    "behind",
    "beyond",
    "within",
    "throughout",
    "upon",
    "amid",
    "amidst",
    "amongst",
    "alongside",
    "beside",
    "besides",
    "unlike",
    "onto",
    "via",
    "aboard",
    "atop",
    "beneath",
    "underneath",
];
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "although", "though", "if", "until",
    "unless", "whereas", "whenever", "wherever",
];

/// An ASCII word of at most 16 bytes, in lower case, packed into two
/// integers (zero-padded: words hold no NUL byte). Nearly every token is
/// one, and comparing and hashing two integers is far cheaper than a byte
/// string: the table is read for most tokens of every paragraph.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Packed([u64; 2]);

impl std::hash::Hash for Packed {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.0[0]);
        state.write_u64(self.0[1]);
    }
}

impl Packed {
    fn new(word: &[u8]) -> Option<Packed> {
        if word.len() > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..word.len()].copy_from_slice(word);
        let (a, b) = buf.split_at(8);
        let half = |h: &[u8]| {
            let mut w = [0u8; 8];
            w.copy_from_slice(h);
            u64::from_le_bytes(w)
        };
        let (a, b) = (half(a), half(b));
        if (a | b) & HIGH_BITS != 0 {
            return None;
        }
        Some(Packed([lower_ascii(a), lower_ascii(b)]))
    }
}

/// The high bit of every byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight ASCII bytes with `A`–`Z` turned to lower case, all at once: a
/// byte gets 0x20 added when it is at least `A` and not above `Z`.
fn lower_ascii(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // with every byte below 0x80, adding (0x80 - c) sets a byte's high bit
    // exactly when the byte is at least c
    let at_least_a = x + ONES * u64::from(0x80 - b'A');
    let above_z = x + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !above_z & HIGH_BITS;
    x | (upper >> 2)
}

/// The table: short ASCII words packed, the others as lower-case bytes.
#[derive(Default)]
struct Table {
    short: FastMap<Packed, u32>,
    long: FastMap<Box<[u8]>, u32>,
}

impl Table {
    fn add(&mut self, word: &str, class: u32) {
        let lower = word.to_lowercase();
        let slot = match Packed::new(lower.as_bytes()) {
            Some(p) => self.short.entry(p).or_insert(0),
            None => self.long.entry(lower.into_bytes().into()).or_insert(0),
        };
        *slot |= class;
    }
}

/// The plural of a speaker noun: "aides", "companies", "congressmen".
fn plural(word: &str) -> String {
    let consonant_y = word.len() > 1
        && word.ends_with('y')
        && !matches!(word.as_bytes()[word.len() - 2], b'a' | b'e' | b'o' | b'u');
    if consonant_y {
        format!("{}ies", &word[..word.len() - 1])
    } else if let Some(stem) = word.strip_suffix("man") {
        format!("{stem}men")
    } else {
        format!("{word}s")
    }
}

/// Whether a title names one who acts by an agent's ending ("controller",
/// "senator", "sergeant", "congressman"), whose plural is a noun of
/// speakers; not titles whose plural is also a verb's form ("chairs",
/// "hosts", "judges", "whips", "primes").
fn agent_title(word: &str) -> bool {
    ["er", "or", "ist", "ian", "ant", "ent", "man"]
        .iter()
        .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
}

static TABLE: Lazy<Table> = Lazy::new(|| {
    let mut table = Table::default();
    let lists: [(&WordList, u32); 16] = [
        (&REPORTING_VERBS, VERB),
        (&TITLES, TITLE),
        (&AFFILIATIONS, AFFILIATION),
        (&ORGANIZATION_WORDS, ORG),
        (&SPEAKER_NOUNS, SPEAKER),
        (&NON_NAMES, NON_NAME),
        (&MALE_NAMES, MALE),
        (&FEMALE_NAMES, FEMALE),
        (&CUE_MODIFIERS, MODIFIER),
        (&PORTFOLIOS, PORTFOLIO),
        (&SPEECH_NOUNS, SPEECH_NOUN),
        (&THOUGHT_VERBS, THOUGHT),
        (&EVIDENCE_VERBS, EVIDENCE),
        (&DOCUMENT_NOUNS, DOCUMENT),
        (&SPEECH_ACTS, SPEECH_ACT),
        (&COMPANIES, COMPANY),
    ];
    for (list, class) in lists {
        for word in list.words() {
            table.add(word, class);
            if class == SPEAKER {
                // descriptions are plural as often as not
                table.add(&plural(word), class);
            }
            if class == TITLE && agent_title(word) {
                // and a title's plural describes those who hold it, as a
                // speaker noun does: "pilots and controllers said"
                table.add(&plural(word), SPEAKER);
            }
        }
    }
    for phrase in CUE_PHRASES.iter() {
        table.add(phrase[0], CUE_HEAD);
    }
    for (words, class) in [
        (DETERMINERS, DETERMINER),
        (PRONOUNS, PRONOUN),
        (PARTICLES, PARTICLE),
        (HONORIFICS, HONORIFIC),
        (PREPOSITIONS, PREPOSITION),
        (SUBORDINATORS, SUBORDINATOR),
        (ARTICLES, ARTICLE),
        (POSSESSIVES, POSSESSIVE),
        (DEMONSTRATIVES, DEMONSTRATIVE),
    ] {
        for word in words {
            table.add(word, class);
        }
    }
    for word in crate::attribute::phrase::share_starts() {
        table.add(word, SHARE_START);
    }
    table
});

/// The classes of `word` (its final period ignored), in any case.
pub(crate) fn classes(word: &str) -> u32 {
    // a capital and its period is an initial ("A. J. Lee", "I. M. Pei"),
    // not the article or the pronoun
    if let [c, b'.'] = word.as_bytes() {
        if c.is_ascii_uppercase() {
            return 0;
        }
    }
    let class = TABLE.get(word);
    if class == 0 && is_agent_noun(word) {
        return SPEAKER;
    }
    // "Del." with its period and capital is a delegate's title ("state
    // Del. Marcia Price"), "Del" alone a name's word ("Lana Del Rey"); the
    // test stands before the table's answer, which ignores the period
    if word == "Del." {
        return TITLE;
    }
    // "WHO" in capitals is the World Health Organization ("WHO
    // Director-General Tedros"), not the pronoun
    if class & NON_NAME != 0 && word == "WHO" {
        return ORG;
    }
    if class == 0 {
        // a former holder of a title is named by it ("ex-senator",
        // "then-Sen.", "then-candidate"), and a shared role is the role
        // ("co-anchor", "co-Chair")
        if let Some(rest) = crate::lexicon::former_of(word)
            .or_else(|| crate::lexicon::shared_of(word))
            .or_else(|| crate::lexicon::elect_of(word))
        {
            return classes(rest) & (TITLE | SPEAKER);
        }
        // an adverb opening a sentence is no name: "Apparently",
        // "Reportedly", "Unfortunately" (in lower case it may modify an
        // adjective inside a phrase: "the famously gruff senator")
        if word.starts_with(|c: char| c.is_ascii_uppercase()) && is_adverb(word) {
            return NON_NAME;
        }
    }
    class
}

/// Endings of adverbs that no name has ("Apparently", "Allegedly",
/// "Obviously", "Ultimately", "Surprisingly"; not "Kelly", "Early").
const ADVERB_ENDINGS: &[&str] = &[
    "ally", "ently", "antly", "edly", "ously", "ively", "ately", "ingly", "ilarly", "sely", "tily",
    "pily", "rily", "vily", "dily",
];

/// Whether `word`, of seven letters or more, ends as only adverbs do.
/// Surnames that end so are names: a capital inside the word
/// ("`McNally`") or a double "n" before "-ally" ("Connally"), which no
/// adverb has.
pub(crate) fn is_adverb(word: &str) -> bool {
    let n = word.len();
    n >= 7
        && word.is_ascii()
        && ADVERB_ENDINGS
            .iter()
            .any(|e| n > e.len() && word[n - e.len()..].eq_ignore_ascii_case(e))
        && !word[n - 6..].eq_ignore_ascii_case("nnally")
        && !(word[1..].bytes().any(|b| b.is_ascii_uppercase())
            && word[1..].bytes().any(|b| b.is_ascii_lowercase()))
}

/// Verbs and other words in -ist that name no one.
const NOT_AGENTS: &[&str] = &[
    "insist", "resist", "assist", "persist", "consist", "subsist", "enlist", "desist", "exist",
];

/// Whether the lower-case `word` is a noun of a person by its suffix,
/// singular or plural, that the speaker list lacks: "capitalist",
/// "columnists", "historian", "statistician".
pub(crate) fn is_agent_noun(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let stem = word.strip_suffix('s').unwrap_or(word);
    let suffix = stem.ends_with("ist") || (stem.ends_with("ian") && stem != "median");
    suffix && stem.len() >= 6 && !NOT_AGENTS.contains(&stem)
}

impl Table {
    fn get(&self, word: &str) -> u32 {
        let word = word.strip_suffix('.').unwrap_or(word);
        if word.is_empty() || word.len() > MAX_WORD {
            return 0;
        }
        if let Some(p) = Packed::new(word.as_bytes()) {
            return self.short.get(&p).copied().unwrap_or(0);
        }
        let mut buf = [0u8; MAX_WORD];
        let found = match ascii_lower(word, &mut buf) {
            Some(lower) => self.long.get(lower.as_bytes()),
            None => self.long.get(word.to_lowercase().as_bytes()),
        };
        found.copied().unwrap_or(0)
    }
}

/// Verbs of seeming, which report with no one named ("X seems to …").
pub(crate) const HEDGES: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Verbs of laughing, sighing, interrupting and of gesture ("smiled",
/// "shrugged", "nodded"; past forms only, the others being nouns as
/// often: "wide smiles"), which report words
/// quoted or a "that"-clause, and nothing else that follows them: the
/// object of "interrupted the speaker" is no content.
pub(crate) const MANNER_VERBS: &[&str] = &[
    "laugh",
    "laughs",
    "laughed",
    "laughing",
    "sigh",
    "sighs",
    "sighed",
    "sighing",
    "scoff",
    "scoffs",
    "scoffed",
    "scoffing",
    "interrupt",
    "interrupts",
    "interrupted",
    "interrupting",
    "smiled",
    "grinned",
    "chuckled",
    "shrugged",
    "beamed",
    "nodded",
];

/// Adverbs that mark a clause as reported by someone unnamed ("The group
/// is reportedly spending $1.5 million"). Not "allegedly", which marks an
/// accusation more often than a report.
pub(crate) const REPORTED_ADVERBS: &[&str] = &["reportedly"];

/// Adjectives of stance after a copula, with the words that may open
/// what they hold ("are concerned that C", "was critical of X", "remain
/// hopeful that C"): the subject holds the view (cue class thought). Only
/// those whose uses the training split annotates more than half the
/// time; not "critical to" (important), "eager", "confident", "happy",
/// "ready" or "sure", which say as often something of the writer's.
pub(crate) const STANCE_ADJECTIVES: &[(&str, &[&str])] = &[
    ("concerned", &["that", "about", "over"]),
    ("worried", &["that", "about", "over"]),
    ("convinced", &["that"]),
    ("hopeful", &["that", "about"]),
    ("optimistic", &["that", "about"]),
    ("skeptical", &["that", "of", "about"]),
    ("sceptical", &["that", "of", "about"]),
    ("adamant", &["that"]),
    ("wary", &["of", "about"]),
    ("unhappy", &["that", "with", "about"]),
    ("pleased", &["that", "with"]),
    ("critical", &["of"]),
    ("supportive", &["of"]),
];

/// The word lists whose every word may be a cue of reported speech: the
/// reporting verbs, the verbs of thought, evidence and speech acts, and
/// the nouns of speech.
fn cue_lists() -> [&'static WordList; 5] {
    [
        &REPORTING_VERBS,
        &THOUGHT_VERBS,
        &EVIDENCE_VERBS,
        &SPEECH_ACTS,
        &SPEECH_NOUNS,
    ]
}

/// A filter over the words that may be a cue of reported speech: a bit
/// for each key ([`report_key`]: first and last letters, the bytes next
/// to them, length) of the reporting verbs,
/// the verbs of thought, evidence and speech acts, the nouns of speech,
/// the first words of reporting phrases, the participles of repute, and
/// "according", "heard" and "ruling" (cues only where they stand). A word
/// whose bit is clear is none of them, found without a lookup in the
/// table: most words of a text are not.
static MAY_REPORT: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut bits = vec![0u64; REPORT_KEYS.div_ceil(64)];
    let words = cue_lists()
        .into_iter()
        .flat_map(WordList::words)
        .chain(CUE_PHRASES.iter().map(|p| p[0]))
        .chain(["according", "heard", "ruling", "per", "in"])
        .chain(NOUNS_ABOUT.iter().map(|&(noun, _)| noun))
        .chain(HEDGES.iter().copied())
        .chain(STANCE_ADJECTIVES.iter().map(|&(adjective, _)| adjective))
        .chain(REPORTED_ADVERBS.iter().copied())
        .chain(REPUTE_PARTICIPLES.iter().copied())
        .chain(NAMING_PARTICIPLES.iter().copied());
    for word in words {
        if let Some(k) = report_key(word.as_bytes()) {
            bits[k / 64] |= 1 << (k % 64);
        }
    }
    bits
});

/// Participles of perception or repute that report, in the passive,
/// what unnamed people think ("is seen as", "known for").
pub(crate) const REPUTE_PARTICIPLES: &[&str] =
    &["seen", "viewed", "regarded", "perceived", "known"];

/// Participles of naming or judging that report, in the passive and
/// before "as", what unnamed people call their subject ("is described
/// as", "a bill criticized as", "names mentioned as").
pub(crate) const NAMING_PARTICIPLES: &[&str] = &[
    "billed",
    "branded",
    "cast",
    "characterised",
    "characterized",
    "condemned",
    "criticised",
    "criticized",
    "denounced",
    "depicted",
    "derided",
    "described",
    "dismissed",
    "dubbed",
    "flagged",
    "hailed",
    "identified",
    "intended",
    "labeled",
    "labelled",
    "listed",
    "marked",
    "mentioned",
    "painted",
    "pitched",
    "portrayed",
    "praised",
    "touted",
];

/// Nouns of speech whose object, after a preposition, is what was said
/// ("his attacks on Clinton", "her criticism of the plan"), with that
/// preposition.
pub(crate) const NOUNS_ABOUT: &[(&str, &str)] = &[
    ("attack", "on"),
    ("attacks", "on"),
    ("criticism", "of"),
    ("call", "for"),
    ("calls", "for"),
    ("case", "for"),
    ("case", "against"),
    ("plea", "for"),
    ("appeal", "for"),
    ("statements", "about"),
    ("comments", "about"),
    ("remarks", "about"),
    ("mention", "of"),
    ("allegations", "against"),
    ("accusations", "against"),
    ("complaints", "about"),
    ("warnings", "about"),
    ("rejection", "of"),
    ("embrace", "of"),
    ("critique", "of"),
    ("criticisms", "of"),
    ("denunciation", "of"),
];

/// How many keys [`report_key`] has: bits enough that the words of the
/// lists seldom share one.
const REPORT_KEYS: usize = 1 << 17;

/// The key of a word for [`MAY_REPORT`], `None` unless it starts and ends
/// with an ASCII letter: its first two and last two bytes (case folded)
/// and its length, mixed.
fn report_key(word: &[u8]) -> Option<usize> {
    let letter = |b: u8| {
        b.is_ascii_alphabetic()
            .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
    };
    let first = letter(*word.first()?)?;
    let last = letter(*word.last()?)?;
    let n = word.len();
    let inner = |i: usize| usize::from(word[i].to_ascii_lowercase());
    let (second, penult) = if n > 2 {
        (inner(1), inner(n - 2))
    } else {
        (0, 0)
    };
    let outer = (first * 26 + last) * 32 + n.min(31);
    Some(((outer * 257 + second) * 257 + penult) % REPORT_KEYS)
}

/// Whether `word` may be a cue of reported speech: `false` only for words
/// that are surely none ([`MAY_REPORT`]).
pub(crate) fn may_report(word: &str) -> bool {
    report_key(word.as_bytes()).is_none_or(|k| MAY_REPORT[k / 64] & (1 << (k % 64)) != 0)
}

/// Nouns for a work or a programme that a quoted title names ("the show
/// “Morning Joe”", "his book “The Art of the Deal”", "the 1990s drama
/// “Bench Mark”").
pub(crate) const WORKS: &[&str] = &[
    "show",
    "program",
    "programme",
    "podcast",
    "broadcast",
    "series",
    "sitcom",
    "drama",
    "comedy",
    "musical",
    "play",
    "opera",
    "novel",
    "book",
    "memoir",
    "column",
    "film",
    "movie",
    "documentary",
    "album",
    "song",
    "newsletter",
    "magazine",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_filter_passes_every_cue_and_few_other_words() {
        for word in cue_lists().into_iter().flat_map(WordList::words) {
            let capital = word[..1].to_ascii_uppercase() + &word[1..];
            for form in [word.to_owned(), capital, word.to_ascii_uppercase()] {
                assert!(may_report(&form), "{form}");
            }
        }
        for word in ["according", "per", "in", "heard", "ruling"] {
            assert!(may_report(word), "{word}");
        }
        // (words that are no cue, in any case)
        let common = [
            "the",
            "table",
            "Tuesday",
            "percent",
            "minutes",
            "building",
            "river",
            "Paris",
            "government",
            "economy",
            "SCHOOL",
            "children",
            "yesterday",
            "after",
        ];
        let passed: Vec<_> = common.iter().filter(|w| may_report(w)).collect();
        assert!(passed.len() <= 2, "{passed:?}");
    }

    #[test]
    fn words_carry_every_class_of_every_list() {
        assert_ne!(classes("said") & VERB, 0);
        assert_ne!(classes("Minister") & TITLE, 0);
        assert_ne!(classes("Gen.") & TITLE, 0);
        assert_ne!(classes("officials") & SPEAKER, 0);
        assert_ne!(classes("The") & DETERMINER, 0);
        assert_ne!(classes("state") & ORG, 0);
        assert_eq!(classes("Lavrov"), 0);
        assert_eq!(classes(&"x".repeat(100)), 0);
        assert_ne!(classes("Spokespersons") & SPEAKER, 0);
    }

    #[test]
    fn a_shared_role_is_the_role() {
        assert_ne!(classes("co-Anchor") & TITLE, 0);
        assert_ne!(classes("co-chair") & TITLE, 0);
        assert_eq!(classes("co-op") & (TITLE | SPEAKER), 0);
    }

    #[test]
    fn titles_of_agents_have_plurals_of_speakers() {
        for w in ["controllers", "Senators", "sergeants", "councilmen"] {
            assert_ne!(classes(w) & SPEAKER, 0, "{w}");
        }
        // (not where the plural is a verb's form too)
        for w in ["chairs", "primes", "whips"] {
            assert_eq!(classes(w) & SPEAKER, 0, "{w}");
        }
    }

    #[test]
    fn speaker_nouns_have_their_plurals() {
        assert_eq!(plural("aide"), "aides");
        assert_eq!(plural("company"), "companies");
        assert_eq!(plural("attorney"), "attorneys");
        assert_eq!(plural("congresswoman"), "congresswomen");
        assert_ne!(classes("companies") & SPEAKER, 0);
        assert_ne!(classes("Congressmen") & SPEAKER, 0);
        assert_ne!(classes("women") & SPEAKER, 0);
    }

    #[test]
    fn packing_folds_exactly_the_ascii_capitals() {
        for b in 0u8..0x80 {
            let word = [b'x', b, b'y'];
            let lower = [b'x', b.to_ascii_lowercase(), b'y'];
            assert!(Packed::new(&word) == Packed::new(&lower), "byte {b}");
            let other = Packed::new(b"xqy");
            assert_eq!(
                Packed::new(&word) == other,
                b.eq_ignore_ascii_case(&b'q'),
                "byte {b}"
            );
        }
        assert!(Packed::new("caf\u{e9}".as_bytes()).is_none());
        assert!(Packed::new(&[b'a'; 17]).is_none());
        assert!(Packed::new(&[b'a'; 16]).is_some());
    }

    #[test]
    fn long_and_non_ascii_words_are_found_in_any_case() {
        let mut table = Table::default();
        table.add("undersecretary-general", TITLE);
        table.add("Ministre", TITLE);
        table.add("pr\u{e9}sident", TITLE | SPEAKER);
        assert_eq!(table.get("Undersecretary-General"), TITLE);
        assert_eq!(table.get("undersecretary-general."), TITLE);
        assert_eq!(table.get("MINISTRE"), TITLE);
        assert_eq!(table.get("Pr\u{c9}sident"), TITLE | SPEAKER);
        assert_eq!(table.get("undersecretary-generals"), 0);
        assert_eq!(table.get("minister"), 0);
    }
}
