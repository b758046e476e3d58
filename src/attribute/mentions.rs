//! Noun phrases that can be speakers: names with their titles, pronouns,
//! and descriptions ("a senior official").

use super::tokens::{Kind, Token, bare};
use crate::lexicon::{
    AFFILIATIONS, CUE_MODIFIERS, NON_NAMES, ORGANIZATION_WORDS, PORTFOLIOS, SPEAKER_NOUNS, TITLES,
};

/// What kind of phrase a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NpKind {
    Person,
    Organization,
    Pronoun,
    Description,
}

/// A noun phrase over tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Np {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) kind: NpKind,
    /// The tokens of the name proper (person or organisation).
    pub(crate) name: Option<(usize, usize)>,
    /// The tokens of the role ("Foreign Minister").
    pub(crate) role: Option<(usize, usize)>,
    /// The tokens of the affiliation ("Russian").
    pub(crate) affiliation: Option<(usize, usize)>,
    /// Reached across an appositive or relative clause.
    pub(crate) appositive: bool,
}

impl Np {
    pub(crate) fn pronoun(i: usize) -> Np {
        Np::new(i, i, NpKind::Pronoun)
    }

    /// A description over `first..=last` whose head is `last`.
    pub(crate) fn description(first: usize, last: usize) -> Np {
        let mut np = Np::new(first, last, NpKind::Description);
        np.role = Some((last, last));
        np
    }

    fn new(first: usize, last: usize, kind: NpKind) -> Self {
        Np {
            first,
            last,
            kind,
            name: None,
            role: None,
            affiliation: None,
            appositive: false,
        }
    }
}

pub(crate) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "He", "She", "They", "It", "I", "We",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "one", "two", "three", "some",
    "several", "many", "other", "our", "both",
];

const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von",
    "y", "dos", "das", "ben", "abu",
];

/// Honorifics tell gender but are not roles.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "messrs"];

/// A noun that heads a description of a speaker, singular or plural.
pub(crate) fn is_speaker_noun(word: &str) -> bool {
    SPEAKER_NOUNS.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|w| w.len() > 2 && SPEAKER_NOUNS.contains(w))
}

pub(crate) fn is_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&word)
}

fn is_determiner(word: &str) -> bool {
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

pub(crate) fn is_honorific(word: &str) -> bool {
    HONORIFICS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(bare(word)))
}

fn is_title(word: &str) -> bool {
    TITLES.contains(bare(word))
}

/// A lower-case word that describes the name after it: a title, a
/// speaker noun or an organisation word ("state news agency RIA Novosti",
/// "campaign spokesman Jason Miller").
fn is_descriptor(tok: &Token, word: &str) -> bool {
    tok.is_word()
        && !tok.cap
        && (TITLES.contains(word) || is_speaker_noun(word) || ORGANIZATION_WORDS.contains(word))
}

/// An all-capital acronym of two to five letters ("IMF", "NATO").
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// Whether `word` may stand inside a name: capitalised, a particle, or
/// an initial.
fn name_like(tok: &Token, word: &str) -> bool {
    tok.is_word() && (tok.cap || PARTICLES.contains(&word))
}

/// Reading the tokens of one frame.
pub(crate) struct Reader<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
}

impl<'a> Reader<'a> {
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_word_at(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_word)
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
        t.is_word() && !t.cap && (CUE_MODIFIERS.contains(w) || (w.len() > 4 && w.ends_with("ly")))
    }

    /// The speaker phrase that ends just before token `v` (a reporting
    /// verb), not before `lo`: "Lavrov said", "the minister, who …, said",
    /// "Gov. Pat Moran (R) said".
    pub(crate) fn subject_before(&self, lo: usize, v: usize) -> Option<Np> {
        let mut j = v.checked_sub(1)?;
        while j >= lo && j > 0 && self.is_modifier(j) {
            j -= 1;
        }
        if j < lo {
            return None;
        }
        if self.toks[j].is_punct(',') {
            // an appositive or relative clause: "Flynn, a top surrogate,
            // said"; the phrase before it is the speaker
            let mut k = j;
            let floor = j.saturating_sub(24).max(lo);
            while k > floor {
                k -= 1;
                let t = &self.toks[k];
                if t.quote().is_some() {
                    return None;
                }
                if t.is_punct(',') {
                    let inner = k + 1;
                    let opener = self.word(inner);
                    let clause = is_determiner(opener)
                        || matches!(
                            opener,
                            "who" | "which" | "whose" | "now" | "then" | "herself" | "himself"
                        )
                        || is_title(opener)
                        || opener.ends_with("ing")
                        || opener.chars().all(|c| c.is_ascii_digit())
                        || self.toks.get(inner).is_some_and(|t| t.cap);
                    if !clause || k == 0 || k <= lo {
                        return None;
                    }
                    let mut np = self.phrase_ending_at(lo, k - 1)?;
                    if np.kind == NpKind::Description && np.name.is_none() {
                        // "Another critic, Laurence H. Tribe, likened": the
                        // name between the commas
                        let name = self.phrase_starting_at(inner, j)?;
                        if name.last + 1 != j || name.kind != NpKind::Person {
                            return None;
                        }
                        np = name;
                    }
                    np.appositive = true;
                    return Some(np);
                }
            }
            return None;
        }
        self.phrase_ending_at(lo, j)
    }

    /// The phrase whose last token is `j`.
    pub(crate) fn phrase_ending_at(&self, lo: usize, mut j: usize) -> Option<Np> {
        if self.toks[j].is_punct(')') {
            // "(R)", "(D-S.C.)": a party label after a name
            let floor = j.saturating_sub(8).max(lo);
            let mut k = j;
            while k > floor && !self.toks[k].is_punct('(') {
                k -= 1;
            }
            if !self.toks[k].is_punct('(') || k == 0 || k <= lo {
                return None;
            }
            j = k - 1;
        }
        let t = self.toks[j];
        if !t.is_word() {
            return None;
        }
        let w = self.word(j);
        if is_pronoun(w) {
            return Some(Np::new(j, j, NpKind::Pronoun));
        }
        if t.cap || is_title(w) {
            return self.name_run_ending_at(lo, j);
        }
        self.description_ending_at(lo, j)
    }

    /// A run of capitalised words, titles and particles ending at `j`.
    fn name_run_ending_at(&self, lo: usize, j: usize) -> Option<Np> {
        let mut k = j;
        while k > lo {
            let p = k - 1;
            let t = &self.toks[p];
            let w = self.word(p);
            let keep = (name_like(t, w) && !(t.cap && NON_NAMES.contains(w) && !is_title(w)))
                || (t.is_word() && (is_title(w) || PORTFOLIOS.contains(w)))
                || is_descriptor(t, w)
                // "Secretary of State John Kerry"
                || (w == "of" && p > lo && is_title(self.word(p - 1)) && self.toks[k].cap);
            if !keep {
                break;
            }
            k = p;
        }
        // sentence openers are not part of a name ("However Lavrov")
        while k <= j
            && self.toks[k].cap
            && NON_NAMES.contains(self.word(k))
            && !is_title(self.word(k))
        {
            k += 1;
        }
        if k > j || (k..=j).all(|i| AFFILIATIONS.contains(self.word(i))) {
            // "Republican claims": an adjective, not a speaker
            return None;
        }
        let with_det = k > lo && is_determiner(self.word(k - 1));
        let mut np = self.classify_run(k, j, with_det);
        if with_det {
            np.first = k - 1;
        }
        Some(np)
    }

    /// Splits a name run into affiliation, role and name, and tells a
    /// person from an organisation.
    pub(crate) fn classify_run(&self, k: usize, j: usize, with_det: bool) -> Np {
        let words: Vec<&str> = (k..=j).map(|i| self.word(i)).collect();
        let descriptor = |n: usize| is_descriptor(&self.toks[k + n], words[n]);
        let last_title = (0..words.len())
            .rev()
            .find(|&n| (is_title(words[n]) && !is_acronym(words[n])) || descriptor(n));
        let first_title = (0..words.len()).find(|&n| {
            (is_title(words[n]) && !is_honorific(words[n]) && !is_acronym(words[n]))
                || descriptor(n)
        });
        let mut np = Np::new(k, j, NpKind::Person);
        if let Some(lt) = last_title {
            if lt + 1 < words.len() {
                np.name = Some((k + lt + 1, j));
                // "news agency RIA Novosti": the name of an organisation
                if descriptor(lt) && !is_title(words[lt]) && ORGANIZATION_WORDS.contains(words[lt])
                {
                    np.kind = NpKind::Organization;
                }
            } else {
                // "the Foreign Minister": a role without a name
                np.kind = NpKind::Description;
            }
            if let Some(mut ft) = first_title.filter(|&ft| ft <= lt) {
                // "Foreign Minister", "US Treasury Secretary": portfolio
                // words join the title
                while ft > 0 && PORTFOLIOS.contains(words[ft - 1]) {
                    ft -= 1;
                }
                np.role = Some((k + ft, k + lt));
                if ft > 0 {
                    np.affiliation = Some((k, k + ft - 1));
                }
            }
            return np;
        }
        let org = words
            .iter()
            .any(|w| ORGANIZATION_WORDS.contains(bare(w)) || is_acronym(w));
        if org || (with_det && words.len() <= 4) {
            np.kind = NpKind::Organization;
            np.name = Some((k, j));
            return np;
        }
        // leading nationality adjectives are not part of a person's name
        let mut start = k;
        while start < j && AFFILIATIONS.contains(self.word(start)) {
            start += 1;
        }
        if start > k {
            np.affiliation = Some((k, start - 1));
        }
        np.name = Some((start, j));
        np
    }

    /// A description ending at `j`: "a senior official", "the source",
    /// "sources", "the influential US daily".
    fn description_ending_at(&self, lo: usize, j: usize) -> Option<Np> {
        let head = self.word(j);
        let known = is_speaker_noun(head) || is_title(head);
        // Right before a reporting verb, any noun after a determiner names
        // the speaker ("the commission says", "the announcer said").
        let noun_like = head.len() >= 3
            && head.chars().all(char::is_alphabetic)
            && !head.ends_with("ly")
            && !NON_NAMES.contains(head);
        if !known && !noun_like {
            return None;
        }
        let floor = j.saturating_sub(12).max(lo);
        let mut k = j;
        while k > floor {
            let p = k - 1;
            let t = &self.toks[p];
            let w = self.word(p);
            if t.kind == Kind::Clitic && p > lo {
                // a possessor: "the ad's narrator", "Gary Johnson's doctor"
                let mut o = p - 1;
                if !self.is_word_at(o) {
                    return None;
                }
                while o > lo && o > floor && self.is_word_at(o - 1) {
                    let prev = o - 1;
                    if is_determiner(self.word(prev)) {
                        o = prev;
                        break;
                    }
                    if !(self.toks[prev].cap && self.toks[o].cap) {
                        break;
                    }
                    o = prev;
                }
                let mut np = Np::new(o, j, NpKind::Description);
                np.role = Some((j, j));
                return Some(np);
            }
            if !t.is_word() {
                break;
            }
            if is_determiner(w) {
                let mut np = Np::new(p, j, NpKind::Description);
                np.role = Some((j, j));
                return Some(np);
            }
            k = p;
        }
        // a bare plural: "officials said", "sources said"
        if known && head.ends_with('s') && k == j {
            let mut np = Np::new(j, j, NpKind::Description);
            np.role = Some((j, j));
            return Some(np);
        }
        None
    }

    /// The speaker phrase that starts at token `i`, not after `hi`: "said
    /// Mr. Gilroy, the law professor", "said a spokesman for the
    /// campaign", "said he".
    pub(crate) fn phrase_starting_at(&self, i: usize, hi: usize) -> Option<Np> {
        let t = self.toks.get(i).filter(|_| i < hi)?;
        if !t.is_word() {
            return None;
        }
        let w = self.word(i);
        if is_pronoun(w) {
            return Some(Np::new(i, i, NpKind::Pronoun));
        }
        if is_determiner(w) {
            // "a spokesman for the campaign", "the Kremlin"
            let mut k = i + 1;
            let limit = (i + 7).min(hi);
            if self.toks.get(k).is_some_and(|t| t.cap) {
                let mut end = k;
                while end + 1 < hi && self.toks[end + 1].is_word() && self.toks[end + 1].cap {
                    end += 1;
                }
                let mut np = self.classify_run(k, end, true);
                // "the Russian foreign minister": a description after all
                if end + 1 < hi && self.is_word_at(end + 1) && is_speaker_noun(self.word(end + 1)) {
                    np = Np::new(i, end + 1, NpKind::Description);
                    np.role = Some((end + 1, end + 1));
                    return Some(np);
                }
                np.first = i;
                return Some(np);
            }
            while k < limit && self.is_word_at(k) && !self.toks[k].cap {
                let w = self.word(k);
                if is_speaker_noun(w) || is_title(w) {
                    let mut np = Np::new(i, k, NpKind::Description);
                    np.role = Some((k, k));
                    return Some(np);
                }
                k += 1;
            }
            return None;
        }
        if t.cap || is_title(w) {
            let mut end = i;
            while end + 1 < hi {
                let n = &self.toks[end + 1];
                let nw = self.word(end + 1);
                if (n.is_word() && (n.cap || PARTICLES.contains(&nw)))
                    || (nw == "of"
                        && is_title(self.word(end))
                        && self.toks.get(end + 2).is_some_and(|t| t.cap))
                {
                    end += 1;
                } else if is_descriptor(n, nw) {
                    // descriptors count only with a name after them
                    let mut m = end + 1;
                    while m < hi && is_descriptor(&self.toks[m], self.word(m)) {
                        m += 1;
                    }
                    if m < hi && self.toks[m].is_word() && self.toks[m].cap {
                        end = m;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let mut k = i;
            while k <= end && NON_NAMES.contains(self.word(k)) && !is_title(self.word(k)) {
                k += 1;
            }
            if k > end {
                return None;
            }
            return Some(self.classify_run(k, end, false));
        }
        if is_speaker_noun(w) && w.ends_with('s') {
            let mut np = Np::new(i, i, NpKind::Description);
            np.role = Some((i, i));
            return Some(np);
        }
        None
    }
}
