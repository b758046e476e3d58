//! Word lists, embedded from the plain-text files beside this module.
//!
//! Each file holds one entry per line after a `#` header that says what the
//! list holds. Case carries meaning: an entry written in lower case matches
//! the word in any case ("co" matches "Co." and "CO."), an entry with a
//! capital matches as written or in full capitals ("No" matches "No." and
//! "NO." but not the word "no."). Tests check that every list is sorted and
//! free of duplicates.

use once_cell::sync::Lazy;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash taking eight bytes at a time (after `FxHash`),
/// its high half folded into its low: the keys are short words, where
/// `SipHash`'s setup cost dominates. The lists' keys are the crate's own;
/// the words of the names a text brings in are keys too, which the fold
/// spreads over a table's buckets however alike they begin (it is no
/// defence against keys chosen to collide).
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // (the high half folded into the low: a product's low bits depend
        // only on its factors' low bits, the first bytes of a word, and
        // the hash tables pick buckets by the low bits, so that words
        // sharing a prefix, "Ann1" … "Ann999", would share a bucket)
        self.0 ^ (self.0 >> 32)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
}

pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Longest word the case-folding lookups handle without allocating; longer
/// words are never list entries.
pub(crate) const MAX_WORD: usize = 40;

/// A word list with the case rule described in the module docs.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList {
    exact: FastSet<Box<str>>,
    /// Entries written in lower case, matched in any case.
    folded: FastSet<Box<str>>,
    /// Entries with capitals, in full capitals ("NO" for "No").
    upper: FastSet<Box<str>>,
}

/// The entries of a list file: lines that are neither blank nor comments.
pub(crate) fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl WordList {
    fn new(source: &'static str) -> Self {
        Self::from_words(entries(source))
    }

    /// A list of the given words, under the case rule.
    pub(crate) fn from_words<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Self {
        let mut list = WordList::default();
        for word in words {
            let e = word.as_ref();
            list.exact.insert(e.into());
            if e.chars().any(char::is_uppercase) {
                list.upper.insert(e.to_uppercase().into());
            } else {
                list.folded.insert(e.into());
            }
        }
        list
    }

    /// Every entry as written.
    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.exact.iter().map(|w| &**w)
    }

    /// Whether the list has no entries.
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }

    /// Whether `word` is on the list, under the case rule.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        // added-word lists are usually empty and asked about for many
        // tokens: answer those without a call
        !self.is_empty() && self.contains_word(word)
    }

    fn contains_word(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > MAX_WORD {
            return false;
        }
        if self.exact.contains(word) {
            return true;
        }
        let mut buf = [0u8; MAX_WORD];
        if let Some(lower) = ascii_lower(word, &mut buf) {
            if self.folded.contains(lower) {
                return true;
            }
        } else if self.folded.contains(word.to_lowercase().as_str()) {
            return true;
        }
        !self.upper.is_empty()
            && word.chars().all(|c| !c.is_lowercase())
            && self.upper.contains(word)
    }
}

/// `word` with its ASCII letters in lower case, written into `buf` when it
/// fits (the rules compare words with lower-case constants many times per
/// sentence, and need no allocation for it).
pub(crate) fn folded<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> std::borrow::Cow<'b, str> {
    if word.len() > MAX_WORD {
        return std::borrow::Cow::Owned(word.to_ascii_lowercase());
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    // only ASCII bytes change: the bytes stay UTF-8
    out.make_ascii_lowercase();
    match std::str::from_utf8(out) {
        Ok(lower) => std::borrow::Cow::Borrowed(lower),
        Err(_) => std::borrow::Cow::Owned(word.to_ascii_lowercase()),
    }
}

/// `word` in lower case in `buf`, when it is ASCII and fits.
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    if !word.is_ascii() {
        return None;
    }
    match folded(word, buf) {
        std::borrow::Cow::Borrowed(lower) => Some(lower),
        std::borrow::Cow::Owned(_) => None,
    }
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) static $name: Lazy<WordList> =
            Lazy::new(|| WordList::new(include_str!($file)));
    };
}

list!(
    /// Abbreviations that may end a sentence ("Inc.", "a.m.", "U.S.").
    ABBREVIATIONS,
    "abbreviations.txt"
);
list!(
    /// Abbreviations that come before what they qualify and never end a
    /// sentence ("Mr.", "Gen.", "e.g.").
    PREFIX_ABBREVIATIONS,
    "abbreviations_prefix.txt"
);
list!(
    /// Abbreviations that never end a sentence before a number ("No. 5").
    NUMERIC_ABBREVIATIONS,
    "abbreviations_numeric.txt"
);
list!(
    /// Closed-class words that commonly open a sentence.
    SENTENCE_STARTERS,
    "sentence_starters.txt"
);
list!(
    /// Words that never end a sentence or a headline, after which a line of
    /// prose goes on on the next line.
    LINE_CONTINUERS,
    "line_continuers.txt"
);
list!(
    /// Every form of the reporting verbs.
    REPORTING_VERBS,
    "reporting_verbs.txt"
);

/// Every built-in reporting verb form, then every phrase of several words,
/// each list in byte order.
pub(crate) fn builtin_cues() -> impl Iterator<Item = &'static str> {
    entries(include_str!("reporting_verbs.txt")).chain(entries(include_str!("cue_phrases.txt")))
}

/// The built-in reporting phrases of more than one word, each as its
/// lower-case words.
pub(crate) static CUE_PHRASES: Lazy<Vec<Vec<&'static str>>> = Lazy::new(|| {
    entries(include_str!("cue_phrases.txt"))
        .map(|l| l.split_whitespace().collect())
        .collect()
});

/// How many words the built-in cue phrase starting at word 0 of `words`
/// has, if one starts there: the longest ("lashed out at" before "lashed
/// out"), among those with that first word. `words(k)` is the k-th word
/// from there, or "" past the end.
pub(crate) fn builtin_phrase_len<'w>(words: &impl Fn(usize) -> &'w str) -> Option<usize> {
    let mut buf = [0u8; MAX_WORD];
    let found = PHRASES_BY_HEAD.get(ascii_lower(words(0), &mut buf)?)?;
    found
        .iter()
        .filter(|&&i| {
            CUE_PHRASES[i]
                .iter()
                .enumerate()
                .all(|(k, p)| words(k).eq_ignore_ascii_case(p))
        })
        .map(|&i| CUE_PHRASES[i].len())
        .max()
}

/// The built-in cue phrases by their first word in lower case: the
/// indexes into [`CUE_PHRASES`] of those that start with it.
static PHRASES_BY_HEAD: Lazy<FastMap<String, Vec<usize>>> =
    Lazy::new(|| phrases_by(|phrase| phrase.first().copied()));

/// The built-in cue phrases by their last word in lower case.
static PHRASES_BY_TAIL: Lazy<FastMap<String, Vec<usize>>> =
    Lazy::new(|| phrases_by(|phrase| phrase.last().copied()));

/// The indexes into [`CUE_PHRASES`] by the word `word_of` picks from each,
/// in lower case.
fn phrases_by(
    word_of: impl Fn(&[&'static str]) -> Option<&'static str>,
) -> FastMap<String, Vec<usize>> {
    let mut by: FastMap<String, Vec<usize>> = FastMap::default();
    for (i, phrase) in CUE_PHRASES.iter().enumerate() {
        if let Some(word) = word_of(phrase) {
            by.entry(word.to_ascii_lowercase()).or_default().push(i);
        }
    }
    by
}

list!(
    /// Every form of the verbs of thought, belief, wish and stance.
    THOUGHT_VERBS,
    "thought_verbs.txt"
);
list!(
    /// Every form of the verbs of evidence and finding.
    EVIDENCE_VERBS,
    "evidence_verbs.txt"
);
list!(
    /// Every form of the verbs of speech acts read for reported speech only.
    SPEECH_ACTS,
    "speech_acts.txt"
);
list!(
    /// Verbs of causing and allowing whose object speaks in the
    /// infinitive after it ("led Lee to announce").
    CAUSATIVE_VERBS,
    "causative_verbs.txt"
);
list!(
    /// Words whose own complement an infinitive after them is ("wants
    /// them to say", "time to say", "ready to say").
    INFINITIVE_TAKERS,
    "infinitive_takers.txt"
);
list!(
    /// Nouns for documents, polls and data.
    DOCUMENT_NOUNS,
    "document_nouns.txt"
);

list!(
    /// Words written with a leading apostrophe ('em, 'tis, 'n').
    ELISIONS,
    "elisions.txt"
);
list!(
    /// Words that mark the quotation right after them as a name or term.
    TERM_MARKERS,
    "term_markers.txt"
);
list!(
    /// Nouns for what someone said ("claim", "remarks").
    SPEECH_NOUNS,
    "speech_nouns.txt"
);
list!(
    /// Titles and roles before a person's name.
    TITLES,
    "titles.txt"
);
list!(
    /// Nationalities and parties before a title.
    AFFILIATIONS,
    "affiliations.txt"
);
list!(
    /// Words that make a name an organisation.
    ORGANIZATION_WORDS,
    "organization_words.txt"
);
list!(
    /// Companies named by one word that is never a person's name: that
    /// word alone is an organisation's name.
    COMPANIES,
    "companies.txt"
);
/// Legal forms of companies that close their names ("Co.", "Inc."), as
/// written: a handful, asked about for the last word of every run of
/// capitals, which a scan of a few short strings answers faster than a
/// [`WordList`]'s hashing.
pub(crate) static CORPORATE_FORMS: Lazy<Vec<&'static str>> =
    Lazy::new(|| entries(include_str!("corporate_forms.txt")).collect());
/// The U.S. states by name and by the abbreviation news agencies write
/// after a city, as written (abbreviations without their final period):
/// asked only of a capitalised word after a comma after a city's name,
/// inside a phrase.
pub(crate) static US_STATES: Lazy<Vec<&'static str>> =
    Lazy::new(|| entries(include_str!("us_states.txt")).collect());
list!(
    /// Nouns that head a description of a speaker.
    SPEAKER_NOUNS,
    "speaker_nouns.txt"
);
list!(
    /// Capitalised words that are never names.
    NON_NAMES,
    "non_names.txt"
);
list!(
    /// Numbers in words ("twenty", "sixty"), never a person's name.
    NUMBER_WORDS,
    "number_words.txt"
);

/// Whether `word` is a number in words, alone or joined by hyphens
/// ("Twenty", "Sixty-two"), in any case.
pub(crate) fn number_in_words(word: &str) -> bool {
    // (the longest, "seventeen-thousand", has 18 bytes)
    (3..=18).contains(&word.len()) && word.split('-').all(|part| NUMBER_WORDS.contains(part))
}
list!(
    /// Common male first names.
    MALE_NAMES,
    "first_names_male.txt"
);
list!(
    /// Common female first names.
    FEMALE_NAMES,
    "first_names_female.txt"
);
list!(
    /// Words between a speaker and the reporting verb.
    CUE_MODIFIERS,
    "cue_modifiers.txt"
);
list!(
    /// Portfolio words that join the title after them ("Foreign Minister").
    PORTFOLIOS,
    "portfolios.txt"
);
list!(
    /// Letters after a person's name that are no part of it ("QC", "MP",
    /// "OBE").
    POST_NOMINALS,
    "post_nominals.txt"
);
list!(
    /// Words that label a headline's kind or section before a colon
    /// ("Opinion:", "EXCLUSIVE:").
    SECTION_LABELS,
    "section_labels.txt"
);

/// Short and other forms of a role with the word a description names it
/// by ("sen" → "senator", "congresswoman" → "representative"), lower case.
pub(crate) static ROLE_FORMS: Lazy<Vec<(&'static str, &'static str)>> = Lazy::new(|| {
    entries(include_str!("role_forms.txt"))
        .filter_map(|l| l.split_once(' '))
        .map(|(form, word)| (form, word.trim()))
        .collect()
});

/// The raw list files, for the tests that check their form.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("abbreviations.txt")),
    (
        "abbreviations_prefix.txt",
        include_str!("abbreviations_prefix.txt"),
    ),
    (
        "abbreviations_numeric.txt",
        include_str!("abbreviations_numeric.txt"),
    ),
    (
        "sentence_starters.txt",
        include_str!("sentence_starters.txt"),
    ),
    ("line_continuers.txt", include_str!("line_continuers.txt")),
    ("reporting_verbs.txt", include_str!("reporting_verbs.txt")),
    ("cue_phrases.txt", include_str!("cue_phrases.txt")),
    ("thought_verbs.txt", include_str!("thought_verbs.txt")),
    ("evidence_verbs.txt", include_str!("evidence_verbs.txt")),
    ("document_nouns.txt", include_str!("document_nouns.txt")),
    ("speech_acts.txt", include_str!("speech_acts.txt")),
    ("causative_verbs.txt", include_str!("causative_verbs.txt")),
    (
        "infinitive_takers.txt",
        include_str!("infinitive_takers.txt"),
    ),
    ("elisions.txt", include_str!("elisions.txt")),
    ("term_markers.txt", include_str!("term_markers.txt")),
    ("portfolios.txt", include_str!("portfolios.txt")),
    ("post_nominals.txt", include_str!("post_nominals.txt")),
    ("section_labels.txt", include_str!("section_labels.txt")),
    ("titles.txt", include_str!("titles.txt")),
    ("affiliations.txt", include_str!("affiliations.txt")),
    (
        "organization_words.txt",
        include_str!("organization_words.txt"),
    ),
    ("companies.txt", include_str!("companies.txt")),
    ("speaker_nouns.txt", include_str!("speaker_nouns.txt")),
    ("speech_nouns.txt", include_str!("speech_nouns.txt")),
    ("non_names.txt", include_str!("non_names.txt")),
    ("first_names_male.txt", include_str!("first_names_male.txt")),
    (
        "first_names_female.txt",
        include_str!("first_names_female.txt"),
    ),
    ("cue_modifiers.txt", include_str!("cue_modifiers.txt")),
    ("role_forms.txt", include_str!("role_forms.txt")),
    ("corporate_forms.txt", include_str!("corporate_forms.txt")),
    ("us_states.txt", include_str!("us_states.txt")),
];

/// Reporting verbs the caller adds to the built-in ones, one word or
/// several, for every stage that reads them: the quotation stage (a
/// quotation right after a reporting verb is speech) and the attribution
/// rules.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    /// Added cues of one word.
    cues: WordList,
    /// Added cues of several words, each as its lower-case words.
    phrases: Vec<Vec<Box<str>>>,
    /// The first words of `phrases`.
    heads: WordList,
    /// The last words of `phrases`.
    tails: WordList,
}

static NO_ADDITIONS: Lazy<Vocabulary> = Lazy::new(Vocabulary::default);

impl Vocabulary {
    /// Whether the caller added cues of their own.
    pub(crate) fn has_additions(&self) -> bool {
        !(self.cues.is_empty() && self.heads.is_empty())
    }

    /// The built-in vocabulary alone.
    pub(crate) fn shared() -> &'static Vocabulary {
        &NO_ADDITIONS
    }

    /// The built-in vocabulary with `cues` added (each one word, or words
    /// separated by spaces).
    pub(crate) fn with_cues<S: AsRef<str>>(cues: &[S]) -> Vocabulary {
        let mut single = Vec::new();
        let mut phrases = Vec::new();
        for cue in cues {
            let words: Vec<Box<str>> = cue
                .as_ref()
                .split_whitespace()
                .map(|w| w.to_lowercase().into())
                .collect();
            match words.len() {
                0 => {}
                1 => single.extend(words),
                _ => phrases.push(words),
            }
        }
        let heads = WordList::from_words(phrases.iter().map(|p| p[0].clone()));
        let tails = WordList::from_words(phrases.iter().filter_map(|p| p.last().cloned()));
        Vocabulary {
            cues: WordList::from_words(single),
            phrases,
            heads,
            tails,
        }
    }

    /// Whether `word` is a reporting verb form of one word, built-in or
    /// added.
    pub(crate) fn is_cue_word(&self, word: &str) -> bool {
        REPORTING_VERBS.contains(word) || self.cues.contains(word)
    }

    /// Whether `word` is the last word of a reporting phrase of several
    /// words, built-in or added ("out" of "pointed out").
    pub(crate) fn may_end_phrase(&self, word: &str) -> bool {
        static TAILS: Lazy<WordList> =
            Lazy::new(|| WordList::from_words(CUE_PHRASES.iter().filter_map(|p| p.last())));
        TAILS.contains(word) || self.tails.contains(word)
    }

    /// Whether `word` is an added cue of one word.
    pub(crate) fn is_added_cue(&self, word: &str) -> bool {
        self.cues.contains(word)
    }

    /// Whether `word` may open an added cue of several words.
    pub(crate) fn is_added_head(&self, word: &str) -> bool {
        self.heads.contains(word)
    }

    /// How many words the cue of several words starting at word 0 of
    /// `words` has, if one starts there (`words(k)` is the k-th word from
    /// there, or "" past the end).
    pub(crate) fn phrase_len<'w>(&self, words: impl Fn(usize) -> &'w str) -> Option<usize> {
        let matches = |phrase: &mut dyn Iterator<Item = &str>| {
            let mut n = 0;
            for (k, p) in phrase.enumerate() {
                if !words(k).eq_ignore_ascii_case(p) {
                    return None;
                }
                n = k + 1;
            }
            Some(n)
        };
        builtin_phrase_len(&words).or_else(|| {
            self.phrases
                .iter()
                .filter_map(|p| matches(&mut p.iter().map(|w| &**w)))
                .max()
        })
    }

    /// Whether the words that end at `last` (read backwards by
    /// `word_before(k)`, the k-th word before the end) end with a
    /// reporting verb or phrase: "he said", "she pointed out".
    pub(crate) fn ends_with_cue<'w>(&self, word_before: impl Fn(usize) -> &'w str) -> bool {
        let last = word_before(0);
        if self.is_cue_word(last) {
            return true;
        }
        if !self.may_end_phrase(last) {
            return false;
        }
        let ends = |phrase: &mut dyn DoubleEndedIterator<Item = &str>| {
            phrase
                .rev()
                .enumerate()
                .all(|(k, p)| word_before(k).eq_ignore_ascii_case(p))
        };
        // (the built-in ones found by their last word)
        let mut buf = [0u8; MAX_WORD];
        ascii_lower(last, &mut buf)
            .and_then(|tail| PHRASES_BY_TAIL.get(tail))
            .is_some_and(|found| {
                found
                    .iter()
                    .any(|&i| ends(&mut CUE_PHRASES[i].iter().copied()))
            })
            || self
                .phrases
                .iter()
                .any(|p| ends(&mut p.iter().map(|w| &**w)))
    }
}

/// The title after a prefix of time, "ex-" or "then-" in any case:
/// "then-Sen." is read as "Sen.", "ex-senator" as "senator".
pub(crate) fn former_of(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(4) != Some(&b'-') {
        return None;
    }
    ["ex-", "then-"].iter().find_map(|p| {
        word.get(..p.len())
            .filter(|head| head.eq_ignore_ascii_case(p))
            .map(|_| &word[p.len()..])
            .filter(|rest| !rest.is_empty())
    })
}

/// The title before "-elect" or "-designate" in any case:
/// "president-elect" and "Gov.-elect" are read as "president" and "Gov.".
pub(crate) fn elect_of(word: &str) -> Option<&str> {
    TITLE_SUFFIXES.iter().find_map(|x| {
        // (the suffix and the hyphen before it)
        let cut = word.len().checked_sub(x.len() + 1)?;
        word.get(cut..)
            .filter(|tail| tail.starts_with('-') && tail[1..].eq_ignore_ascii_case(x))
            .and_then(|_| word.get(..cut))
            .filter(|head| !head.is_empty())
    })
}

/// The suffixes after a hyphen of a title not yet taken up: "-elect",
/// "-designate".
pub(crate) const TITLE_SUFFIXES: &[&str] = &["elect", "designate"];

/// The role after "co-" in any case: "co-anchor" is read as "anchor",
/// "co-Chair" as "Chair".
pub(crate) fn shared_of(word: &str) -> Option<&str> {
    word.get(..3)
        .filter(|head| head.eq_ignore_ascii_case("co-"))
        .and_then(|_| word.get(3..))
        .filter(|rest| !rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_have_a_header_and_are_sorted_without_duplicates() {
        for (name, source) in FILES {
            assert!(source.starts_with('#'), "{name} lacks its # header");
            let items: Vec<&str> = entries(source).collect();
            assert!(!items.is_empty(), "{name} is empty");
            for pair in items.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} then {:?} is unsorted or a duplicate",
                    pair[0],
                    pair[1]
                );
            }
        }
    }

    /// Hash tables pick a bucket by a hash's low bits: words that share
    /// their first bytes ("ann0" … "ann999", as names in a long text may)
    /// must spread over them, hashed as bytes or as a word's number.
    #[test]
    fn words_sharing_a_prefix_spread_over_the_low_bits() {
        let low = |h: u64| h & 0xfff;
        let mut as_bytes = HashSet::new();
        let mut as_number = HashSet::new();
        for i in 0..1000 {
            let word = format!("ann{i}");
            let mut h = WordHasher::default();
            h.write(word.as_bytes());
            as_bytes.insert(low(h.finish()));
            let mut h = WordHasher::default();
            let mut chunk = [0u8; 8];
            chunk[..word.len()].copy_from_slice(word.as_bytes());
            h.write_u64(u64::from_le_bytes(chunk));
            let mut k = WordHasher::default();
            k.write_u64(h.finish());
            as_number.insert(low(k.finish()));
        }
        // (1000 keys over 4096 values: about 890 distinct at random)
        assert!(as_bytes.len() > 800, "{}", as_bytes.len());
        assert!(as_number.len() > 800, "{}", as_number.len());
    }

    /// The verb lists hold British and American spellings: a verb whose
    /// final "l" after a single vowel is doubled in British English
    /// ("signaled", "signalled") has both forms.
    #[test]
    fn verbs_in_l_have_both_spellings() {
        for (name, source) in FILES.iter().filter(|(n, _)| n.ends_with("_verbs.txt")) {
            let all: Vec<&str> = entries(source).collect();
            for w in &all {
                for ending in ["ed", "ing"] {
                    let Some(stem) = w.strip_suffix(ending) else {
                        continue;
                    };
                    let b = stem.as_bytes();
                    // (a single vowel before the "l", in a stem of more
                    // than one syllable's letters: "signal", "marvel"; not
                    // "reveal", "recall", "rule")
                    let vowel = |c: u8| b"aeiou".contains(&c);
                    let single = b.len() > 4
                        && b[b.len() - 1] == b'l'
                        && vowel(b[b.len() - 2])
                        && !vowel(b[b.len() - 3])
                        && b[b.len() - 3] != b'l';
                    if single {
                        let british = format!("{stem}l{ending}");
                        assert!(
                            all.contains(&british.as_str()),
                            "{name}: {w} without {british}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lower_case_entries_match_any_case() {
        assert!(ABBREVIATIONS.contains("inc"));
        assert!(ABBREVIATIONS.contains("Inc"));
        assert!(ABBREVIATIONS.contains("INC"));
    }

    #[test]
    fn capitalised_entries_keep_their_case() {
        assert!(NUMERIC_ABBREVIATIONS.contains("No"));
        assert!(NUMERIC_ABBREVIATIONS.contains("NO"));
        assert!(!NUMERIC_ABBREVIATIONS.contains("no"));
    }

    #[test]
    fn added_cues_of_one_word_or_several() {
        let v = Vocabulary::with_cues(&["Harrumphed", "weighed in"]);
        assert!(v.is_cue_word("harrumphed") && v.is_cue_word("said"));
        assert!(!Vocabulary::shared().is_cue_word("harrumphed"));
        let words = ["weighed", "in", "today"];
        assert_eq!(
            v.phrase_len(|k| words.get(k).copied().unwrap_or("")),
            Some(2)
        );
        let builtin = ["Pointed", "out", "that"];
        assert_eq!(
            v.phrase_len(|k| builtin.get(k).copied().unwrap_or("")),
            Some(2)
        );
        let none = ["weighed", "on"];
        assert_eq!(v.phrase_len(|k| none.get(k).copied().unwrap_or("")), None);
        let back = ["in", "weighed", "she"];
        assert!(v.ends_with_cue(|k| back.get(k).copied().unwrap_or("")));
        assert!(!Vocabulary::shared().ends_with_cue(|k| back.get(k).copied().unwrap_or("")));
    }

    #[test]
    fn overlong_and_empty_words_are_never_entries() {
        assert!(!ABBREVIATIONS.contains(""));
        assert!(!ABBREVIATIONS.contains(&"a".repeat(100)));
    }
}
