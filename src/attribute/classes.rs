//! Word classes for the attribution rules: every word list the rules read,
//! folded into one table so that each token is looked up once.

use crate::lexicon::{
    AFFILIATIONS, CUE_MODIFIERS, FEMALE_NAMES, FastMap, MALE_NAMES, NON_NAMES, ORGANIZATION_WORDS,
    PORTFOLIOS, REPORTING_VERBS, SPEAKER_NOUNS, TITLES, WordList,
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

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "one", "two", "three", "some",
    "several", "many", "other", "our", "both", "my", "your",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von",
    "y", "dos", "das", "ben", "abu",
];
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "messrs"];
const PREPOSITIONS: &[&str] = &[
    "to", "with", "by", "of", "from", "for", "at", "in", "on", "about", "against", "after",
    "before", "during", "like", "than", "into", "toward", "towards", "over", "under", "between",
    "among", "since", "despite", "without", "through",
];
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "although", "though", "if", "until",
    "unless", "whereas",
];

/// Longest word the table is asked about; longer words are in no class.
const MAX_WORD: usize = 40;

static TABLE: Lazy<FastMap<Box<[u8]>, u32>> = Lazy::new(|| {
    let mut table: FastMap<Box<[u8]>, u32> = FastMap::default();
    let mut add = |word: &str, class: u32| {
        *table
            .entry(word.to_lowercase().into_bytes().into())
            .or_insert(0) |= class;
    };
    let lists: [(&WordList, u32); 10] = [
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
    ];
    for (list, class) in lists {
        for word in list.words() {
            add(word, class);
            if class == SPEAKER {
                // descriptions are plural as often as not
                add(&format!("{word}s"), class);
            }
        }
    }
    for (words, class) in [
        (DETERMINERS, DETERMINER),
        (PRONOUNS, PRONOUN),
        (PARTICLES, PARTICLE),
        (HONORIFICS, HONORIFIC),
        (PREPOSITIONS, PREPOSITION),
        (SUBORDINATORS, SUBORDINATOR),
    ] {
        for word in words {
            add(word, class);
        }
    }
    table
});

/// The classes of `word` (its final period ignored), in any case.
pub(crate) fn classes(word: &str) -> u32 {
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.is_empty() || word.len() > MAX_WORD {
        return 0;
    }
    let mut buf = [0u8; MAX_WORD];
    if word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        TABLE.get(&*lower).copied().unwrap_or(0)
    } else {
        TABLE
            .get(word.to_lowercase().as_bytes())
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
