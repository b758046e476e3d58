//! Document-level entities: the people and organisations that speakers
//! refer to, with the fullest name seen for each.

use super::MentionKind as NpKind;
use super::classes::{FEMALE, MALE, NAME_SUFFIXES};
use crate::Span;
use crate::lexicon::{FastMap, WordHasher};
use std::hash::Hasher;
use std::sync::Arc;
use unicode_segmentation::UnicodeSegmentation;

/// How many entities per word (and, times four, per description) the
/// lookups consider, newest first: a bound that keeps documents with
/// thousands of names linear.
const RECENT: usize = 64;

/// Grammatical gender as the text shows it.
/// Roles and nouns of kin that tell a woman, found inside a word ("chief
/// spokeswoman", "grandmother").
const FEMALE_ROLES: &[&str] = &[
    "spokeswoman",
    "congresswoman",
    "chairwoman",
    "councilwoman",
    "assemblywoman",
    "queen",
    "princess",
    "lady",
    "wife",
    "mother",
    "daughter",
    "sister",
    "niece",
    "girlfriend",
    "duchess",
    "widow",
];

/// Nouns that tell a woman as whole words ("aunt", not "daunting").
const FEMALE_WORDS: &[&str] = &["aunt", "mom", "mum", "bride", "fiancee", "grandma"];

/// Roles and nouns of kin that tell a man, as whole words ("Prince", not
/// "Princeton"; "son", not "Johnson").
const MALE_ROLES: &[&str] = &[
    "spokesman",
    "congressman",
    "chairman",
    "councilman",
    "assemblyman",
    "king",
    "prince",
    "lord",
    "husband",
    "father",
    "grandfather",
    "son",
    "grandson",
    "brother",
    "nephew",
    "uncle",
    "boyfriend",
    "dad",
    "grandpa",
    "widower",
    "fiance",
    "groom",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Unknown,
    Male,
    Female,
}

impl Gender {
    pub(crate) fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }

    /// Gender from an honorific, a gendered role word or the classes of a
    /// first name.
    pub(crate) fn guess(honorific: Option<&str>, role: Option<&str>, first_name: u32) -> Gender {
        if let Some(h) = honorific {
            let mut buf = [0u8; crate::lexicon::MAX_WORD];
            match &*crate::lexicon::folded(h.trim_end_matches('.'), &mut buf) {
                "mr" | "sir" | "messrs" => return Gender::Male,
                "mrs" | "ms" | "miss" | "dame" => return Gender::Female,
                _ => {}
            }
        }
        if let Some(r) = role {
            let mut buf = [0u8; crate::lexicon::MAX_WORD];
            for word in r.split_whitespace() {
                let w = crate::lexicon::folded(word, &mut buf);
                if FEMALE_ROLES.iter().any(|f| w.contains(f)) || FEMALE_WORDS.contains(&&*w) {
                    return Gender::Female;
                }
            }
            for word in r.split_whitespace() {
                let w = crate::lexicon::folded(word, &mut buf);
                if MALE_ROLES.contains(&&*w) {
                    return Gender::Male;
                }
            }
        }
        if first_name & MALE != 0 {
            return Gender::Male;
        }
        if first_name & FEMALE != 0 {
            return Gender::Female;
        }
        Gender::Unknown
    }
}

/// How many of the persons seen last a description by party may mean
/// ([`Registry::by_party`]).
const PERSONS_FOR_PARTY: usize = 2;

/// A political party a person belongs to, as a description names it
/// ("the Democrat", "the Ohio Republican").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Party {
    Democrat,
    Republican,
    Independent,
}

impl Party {
    /// The party a noun of membership names: "Democrat", "Republican",
    /// "Independent", in either case.
    pub(crate) fn of_member(word: &str) -> Option<Party> {
        // (the length first: asked of the word after every comma after a
        // name, and of every description's last word)
        if !(8..=11).contains(&word.len()) {
            return None;
        }
        [
            ("democrat", Party::Democrat),
            ("republican", Party::Republican),
            ("independent", Party::Independent),
        ]
        .into_iter()
        .find_map(|(w, p)| w.eq_ignore_ascii_case(word).then_some(p))
    }

    /// The party an affiliation before a title names ("Democratic Sen.",
    /// "GOP Rep.", "Republican presidential candidate").
    pub(crate) fn of_affiliation(word: &str) -> Option<Party> {
        match word {
            "Democratic" => Some(Party::Democrat),
            "Republican" | "GOP" => Some(Party::Republican),
            _ => None,
        }
    }

    /// The party of a label after a name, its initial alone or before a
    /// hyphen and the state or town: "D", "R-Texas", "D-N.Y.", "I-Vt.".
    pub(crate) fn of_label(word: &str) -> Option<Party> {
        let b = word.as_bytes();
        if b.len() > 1 && b[1] != b'-' {
            return None;
        }
        match b.first() {
            Some(b'D') => Some(Party::Democrat),
            Some(b'R') => Some(Party::Republican),
            Some(b'I') => Some(Party::Independent),
            _ => None,
        }
    }
}

/// One entity.
#[derive(Debug, Clone)]
pub(crate) struct EntityData {
    /// Lower-case words of the fullest name.
    pub(crate) key: Vec<u64>,
    /// The fullest name, as written.
    pub(crate) display: Arc<str>,
    pub(crate) kind: NpKind,
    pub(crate) role: Option<Arc<str>>,
    /// Lower-case words of the role, for descriptions ("the minister").
    role_key: Vec<u64>,
    pub(crate) gender: Gender,
    /// Known to be a person: a title, a first and last name, a known first
    /// name, or a gendered pronoun resolved to it.
    pub(crate) person: bool,
    /// Order of the last mention, for recency.
    pub(crate) last_seen: usize,
    /// The age given after the name ("Kofi Mensah, 19,"), for "the
    /// 19-year-old".
    pub(crate) age: Option<u16>,
    /// Whether it has spoken: the speaker of a quotation, or of a
    /// sentence that reports a named speaker ("…, Schiff said."), outside
    /// headlines.
    pub(crate) spoke: bool,
    /// How many times it has been named by one word (a surname).
    pub(crate) mentions: u32,
    /// The party a label, an affiliation or an appositive gave it
    /// ("(D-Ohio)", "Democratic Sen.", ", an Ohio Democrat,").
    pub(crate) party: Option<Party>,
    /// Whether its role names a relative ("her daughter"): read once,
    /// when the role is given, for [`Registry::best`].
    kin: bool,
}

/// All entities of a document.
#[derive(Debug, Default, Clone)]
pub(crate) struct Registry {
    pub(crate) entities: Vec<EntityData>,
    /// Lower-case word to the entities whose key holds it.
    index: FastMap<u64, Vec<usize>>,
    clock: usize,
    /// Set while a speaker's name is linked: a one-word name then refers
    /// to an entity that has spoken before, if one holds it, rather than
    /// to a more recent one only mentioned.
    pub(crate) linking_speaker: bool,
}

/// The words of a name that make its key: its words less a nickname in
/// double quotation marks (`Marcia "Cia" Price` is Marcia Price, whom a
/// later "Marcia Price" or "Price" names). The display keeps the name as
/// written.
fn name_words(name: &str) -> Vec<u64> {
    let Some((start, len)) = double_mark(name, 0) else {
        return words(name);
    };
    let after_open = start + len;
    match double_mark(name, after_open) {
        // (closed inside the name, which goes on after it)
        Some((end, close_len))
            if end > after_open && !name[end + close_len..].trim().is_empty() =>
        {
            let mut key = words(&name[..start]);
            key.extend(name_words(&name[end + close_len..]));
            key
        }
        _ => words(name),
    }
}

/// The first quotation mark of the double family in `text` from byte
/// `from` (`"`, `“`, `”`, and the newspapers' doubled apostrophe `''`),
/// with its length in bytes.
fn double_mark(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    rest.char_indices().find_map(|(i, c)| {
        let doubled = c == '\'' && rest[i + 1..].starts_with('\'');
        let double =
            crate::marks::mark(c).is_some_and(|m| m.family == crate::marks::Family::Double);
        (double || doubled).then(|| (from + i, if doubled { 2 } else { c.len_utf8() }))
    })
}

/// The words of `text` (by Unicode word boundaries), each as a hash of its
/// lower-case form: keys compare without allocating a string per word.
/// ASCII text, the usual case for names in English news, takes a fast path
/// that splits the same way (an apostrophe or period between letters stays
/// inside a word: "O'Brien", "U.S").
fn words(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric()
                    || matches!(bytes[i], b'\'' | b'.')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric))
            {
                i += 1;
            }
            out.push(word_key(&bytes[start..i]));
        }
        return out;
    }
    let mut lower = String::new();
    for w in text.unicode_words() {
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        out.push(word_key(lower.as_bytes()));
    }
    out
}

/// The key of one word: a hash of its bytes with ASCII letters in lower
/// case, eight bytes at a time.
fn word_key(word: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    for chunk in word.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        w.make_ascii_lowercase();
        h.write_u64(u64::from_le_bytes(w));
    }
    h.finish()
}

/// Whether `name` is written in capitals throughout, with at least two
/// letters ("EISENHOWER", "J. EDGAR HOOVER").
fn shouted(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// The keys of the words of `list`, for a list of function words.
fn keys(list: &[&str]) -> Vec<u64> {
    list.iter().flat_map(|w| words(w)).collect()
}

/// Whether `e` is a government body's name that "the agency" may refer
/// to: one headed by a noun of a government body (the word before "of" or
/// "for", else the last: "the State Department", "the Centers for Disease
/// Control", "the Congressional Budget Office"), or initials of two to
/// five capitals that name no party, league or broadcaster ("CIA",
/// "FBI"; not "GOP", "CNN").
fn is_government_body(e: &EntityData) -> bool {
    static HEADS: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
        keys(&[
            "agency",
            "administration",
            "bureau",
            "service",
            "commission",
            "centers",
            "center",
            "department",
            "office",
            "authority",
        ])
    });
    static CONNECTORS: once_cell::sync::Lazy<Vec<u64>> =
        once_cell::sync::Lazy::new(|| keys(&["of", "for"]));
    const NOT_AGENCIES: &[&str] = &[
        "GOP", "DNC", "RNC", "NRA", "NATO", "NBA", "NFL", "NCAA", "CNN", "NBC", "CBS", "ABC",
        "NPR", "BBC", "PBS", "MSNBC",
    ];
    let head = e
        .key
        .iter()
        .position(|w| CONNECTORS.contains(w))
        .filter(|&p| p > 0)
        .map_or(e.key.last(), |p| e.key.get(p - 1));
    if head.is_some_and(|h| HEADS.contains(h)) {
        return true;
    }
    let name = e
        .display
        .trim_start_matches("the ")
        .trim_start_matches("The ");
    let letters = name.chars().filter(char::is_ascii_uppercase).count();
    name.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && (2..=5).contains(&letters)
        && !NOT_AGENCIES.contains(&name.trim_end_matches('.'))
}

/// The nouns that describe a company alone ("the company", "the firm"),
/// which refer to a name closed by a legal form.
pub(crate) const COMPANY_NOUNS: &[&str] = &["company", "firm"];

/// Whether the words of a description are one of [`COMPANY_NOUNS`] alone.
fn is_company(want: &[u64]) -> bool {
    static COMPANY: once_cell::sync::Lazy<Vec<u64>> =
        once_cell::sync::Lazy::new(|| keys(COMPANY_NOUNS));
    want.len() == 1 && COMPANY.contains(&want[0])
}

/// Whether `word` is a company's legal form that closes its name ("Co.",
/// "Inc.": [`crate::lexicon::CORPORATE_FORMS`]).
fn is_legal_form(word: u64) -> bool {
    static FORMS: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
        crate::lexicon::CORPORATE_FORMS
            .iter()
            .flat_map(|w| words(w))
            .collect()
    });
    FORMS.contains(&word)
}

/// Whether the word `word` (in any case) opens an indefinite phrase, one
/// that brings in someone new: "a", "an", "one", "another".
pub(crate) fn opens_indefinite(word: &str) -> bool {
    is_indefinite(word_key(word.as_bytes()))
}

/// Whether the word key `word` opens an indefinite phrase ("a", "an",
/// "one", "another").
fn is_indefinite(word: u64) -> bool {
    static INDEFINITE: once_cell::sync::Lazy<Vec<u64>> =
        once_cell::sync::Lazy::new(|| keys(&["a", "an", "one", "another"]));
    INDEFINITE.contains(&word)
}

fn is_article(word: u64) -> bool {
    static ARTICLES: once_cell::sync::Lazy<Vec<u64>> =
        once_cell::sync::Lazy::new(|| keys(&["the", "a", "an", "his", "her", "its", "their"]));
    ARTICLES.contains(&word)
}

/// Whether a role names a relative of someone ("her daughter", "his
/// widow", "the senator's father"): the words news gives a family
/// member beside the person the story is about.
fn is_kin_role(role: &[u64]) -> bool {
    static KIN: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
        keys(&[
            "son",
            "daughter",
            "wife",
            "husband",
            "widow",
            "widower",
            "mother",
            "father",
            "brother",
            "sister",
            "grandson",
            "granddaughter",
            "grandmother",
            "grandfather",
            "nephew",
            "niece",
            "cousin",
            "uncle",
            "aunt",
            "stepson",
            "stepdaughter",
            "stepfather",
            "stepmother",
        ])
    });
    role.iter().any(|w| KIN.contains(w))
}

/// Words that make a role another office than the one they modify: "Vice
/// President Joe Biden" is not "the president", nor "Deputy Prime
/// Minister" "the prime minister", "former Gov. Ann Lee" "the governor",
/// or "President-elect" "the president" (an acting or interim holder is).
fn is_rank(word: u64) -> bool {
    static RANKS: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
        keys(&[
            "vice",
            "deputy",
            "assistant",
            "associate",
            "lieutenant",
            "under",
            "shadow",
            "former",
            "ex",
            "elect",
        ])
    });
    RANKS.contains(&word)
}

/// The key of the word a description names a role's word by: its full
/// form for an abbreviation ("sen" → "senator"), "representative" for
/// "congressman" and "congresswoman", the word itself otherwise.
fn role_word(word: u64) -> u64 {
    static FORMS: once_cell::sync::Lazy<FastMap<u64, u64>> = once_cell::sync::Lazy::new(|| {
        crate::lexicon::ROLE_FORMS
            .iter()
            .map(|(form, full)| (word_key(form.as_bytes()), word_key(full.as_bytes())))
            .collect()
    });
    FORMS.get(&word).copied().unwrap_or(word)
}

/// The words of a role or a description as [`role_word`] names them.
fn role_words(text: &str) -> Vec<u64> {
    let mut out = words(text);
    for w in &mut out {
        *w = role_word(*w);
    }
    out
}

/// Whether the role `role` has a word of rank the description `want`
/// lacks ("the president" is not "Vice President", "the vice president"
/// is).
fn outranked(want: &[u64], role: &[u64]) -> bool {
    role.iter().any(|&w| is_rank(w) && !want.contains(&w))
}

/// Whether the name `long` ends with `short`, but for a suffix after it
/// ("Biden" of "Joseph R. Biden Jr.").
fn ends_with_name(long: &[u64], short: &[u64]) -> bool {
    static SUFFIXES: once_cell::sync::Lazy<Vec<u64>> =
        once_cell::sync::Lazy::new(|| keys(NAME_SUFFIXES));
    let end = long.len() - usize::from(long.last().is_some_and(|w| SUFFIXES.contains(w)));
    !short.is_empty() && long[..end].ends_with(short)
}

/// How many of the names seen last that may be a body's a description by
/// the head of a body's name may refer to ([`Registry::by_name_head`]).
const BODIES_FOR_HEAD: usize = 2;

/// Whether the words of a description `want` stand in a role `role`
/// and end where its head does: at the role's end, or before its "of"
/// ("the minister" in "Foreign Minister", "the secretary" in "Secretary
/// of State"; not "his campaign" in "campaign manager").
fn heads_role(want: &[u64], role: &[u64], of: u64) -> bool {
    !want.is_empty()
        && want.len() <= role.len()
        && (0..=role.len() - want.len()).any(|i| {
            let end = i + want.len();
            role[i..end] == *want && role.get(end).is_none_or(|&w| w == of)
        })
}

/// A role given with a name: its span as shown ("Foreign Minister") and
/// the span of the words a later description may name it by, which may
/// take in the affiliation before it ("Russian Foreign Minister").
#[derive(Clone, Copy)]
pub(crate) struct Role {
    pub(crate) span: Span,
    pub(crate) words: Span,
}

/// A name or role as shown: its words as the text writes them, each run
/// of white space between them (a line break of wrapped text, a tab, a
/// no-break space) one space ("Sen. George\nMitchell" → "George
/// Mitchell").
pub(crate) fn display_form(name: &str) -> Arc<str> {
    if is_display_form(name) {
        return name.into();
    }
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.into()
}

/// Whether `name` is shown as written: no white space in it but single
/// spaces.
pub(crate) fn is_display_form(name: &str) -> bool {
    // (one pass over the bytes, the chars read only past ASCII: asked of
    // every name an entity takes)
    let mut space = false;
    for (i, b) in name.bytes().enumerate() {
        match b {
            b' ' if space => return false,
            b' ' => space = true,
            b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => return false,
            0x80.. => {
                return !name[i..].chars().any(|c| c.is_whitespace() && c != ' ')
                    && !name[i..].contains("  ");
            }
            _ => space = false,
        }
    }
    true
}

/// The key of "of", which joins a body's name to its object and a role
/// to its complement.
static OF: once_cell::sync::Lazy<u64> = once_cell::sync::Lazy::new(|| word_key(b"of"));

/// Whether the words `short` stand in `long` only after its "of", as the
/// object of a body's name ("Saudi Arabia" in "Friends of Saudi Arabia").
fn names_object(long: &[u64], short: &[u64], of: u64) -> bool {
    long.iter()
        .position(|&w| w == of)
        .is_some_and(|p| contiguous(short, &long[p + 1..]) && !contiguous(short, &long[..p]))
}

/// Whether `short` appears as a contiguous run in `long`.
fn contiguous(short: &[u64], long: &[u64]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

impl Registry {
    /// Links a name mention to its entity, creating one if none matches,
    /// and returns the entity's index. A shorter form ("Lavrov") links to
    /// the most recent entity holding it ("Sergey Lavrov"); a longer form
    /// makes the entity's name fuller.
    pub(crate) fn link(
        &mut self,
        text: &str,
        name: Span,
        kind: NpKind,
        role: Option<Role>,
        gender: Gender,
        person: bool,
    ) -> Option<usize> {
        let key = name_words(&text[name]);
        if key.is_empty() {
            return None;
        }
        let found = self.best(&key, kind, gender);
        // ("Twenty agreed", "Sixty-two percent of Republicans said": a
        // number in words opening a sentence is no one a pronoun may mean;
        // looked at only for a name not met before, which is rare)
        if found.is_none() && kind == NpKind::Person && crate::lexicon::number_in_words(&text[name])
        {
            return None;
        }
        self.clock += 1;
        // the words the entity's key gains, to index
        let key_len = key.len();
        let id = if let Some(e) = found {
            let ent = &mut self.entities[e];
            if key.len() > ent.key.len() {
                if ent.key.len() == 1 {
                    // a surname met before its full name ("Trump" before
                    // "Eric Trump, his son,") may have been someone else's:
                    // the count starts here
                    ent.mentions = 0;
                }
                for &w in key.iter().filter(|w| !ent.key.contains(w)) {
                    self.index.entry(w).or_default().push(e);
                }
                ent.key = key;
                ent.display = display_form(&text[name]);
            } else if key.len() == ent.key.len() && shouted(&ent.display) && !shouted(&text[name]) {
                // a name first met in a headline in capitals takes its
                // ordinary case when the text writes it so ("EISENHOWER
                // ASKS …" then "President Eisenhower")
                ent.display = display_form(&text[name]);
            }
            e
        } else {
            let id = self.entities.len();
            for &w in &key {
                self.index.entry(w).or_default().push(id);
            }
            self.entities.push(EntityData {
                key,
                display: display_form(&text[name]),
                kind,
                role: None,
                role_key: Vec::new(),
                kin: false,
                gender: Gender::Unknown,
                person: false,
                last_seen: 0,
                age: None,
                spoke: false,
                mentions: 0,
                party: None,
            });
            id
        };
        let ent = &mut self.entities[id];
        ent.last_seen = self.clock;
        if key_len == 1 {
            ent.mentions += 1;
        }
        if ent.role.is_none() {
            if let Some(r) = role {
                ent.role = Some(display_form(&text[r.span]));
                ent.role_key = role_words(&text[r.words]);
                ent.kin = is_kin_role(&ent.role_key);
            }
        }
        if ent.gender == Gender::Unknown {
            ent.gender = gender;
        }
        ent.person |= person || gender != Gender::Unknown || key_len >= 2 && kind == NpKind::Person;
        Some(id)
    }

    /// The entity a name of words `key` refers to: the most recently seen
    /// one whose name holds it or is held by it. No two entities share a
    /// `last_seen`, so an older candidate is passed over before its name
    /// is compared. An entity of the other gender is passed over ("Mrs.
    /// Clinton" or "Clinton herself" after a Bill Clinton).
    ///
    /// A surname alone names, of the full names it ends, the one it has
    /// named most often ("Mr. Cruz" stays the senator after "his father,
    /// Rafael Cruz,"), the most recent on a tie: news keeps the bare
    /// surname for one person and gives the others their full names.
    fn best(&self, key: &[u64], kind: NpKind, gender: Gender) -> Option<usize> {
        // the most recent entity that the name ends (a surname, "Trump" of
        // "Donald Trump"), else the most recent that holds it elsewhere
        // ("Hillary" of "Hillary Clinton"; not "Trump" of "Trump Tower
        // One" while a Donald Trump is known)
        let of = *OF;
        let mut best: Option<(usize, usize)> = None;
        let mut weak: Option<(usize, usize)> = None;
        // ("Sen. Chris Murphy" speaks, "a teacher's aide, Anne Marie
        // Murphy," is named, and "Murphy said": a surname that speaks is
        // the one who spoke before)
        let speaking = self.linking_speaker && key.len() == 1;
        let mut spoken: Option<(usize, usize)> = None;
        let surname = key.len() == 1;
        let mut salient: Option<(u32, usize, usize)> = None;
        // ("Goldman Sachs Group Inc. … Goldman said": one word read as a
        // person's name that opens a company's name, one closed by a legal
        // form, is that company's short name, where no one else holds the
        // word; not any body's, "Trump" of "Trump Tower")
        let mut short: Option<(usize, usize)> = None;
        // the most recent entities holding each word (ids grow with time)
        for ids in key.iter().filter_map(|w| self.index.get(w)) {
            for &e in ids.iter().rev().take(RECENT) {
                let ent = &self.entities[e];
                if surname
                    && kind == NpKind::Person
                    && ent.kind == NpKind::Organization
                    && ent.key.len() > 1
                    && ent.key[0] == key[0]
                    && ent.key.last().is_some_and(|&w| is_legal_form(w))
                    && short.is_none_or(|(seen, _)| ent.last_seen > seen)
                {
                    short = Some((ent.last_seen, e));
                }
                let newer = |found: Option<(usize, usize)>| {
                    found.is_none_or(|(seen, _)| ent.last_seen > seen)
                };
                // (an older one than the best found is passed over before
                // its name is compared, unless it may be the one who spoke)
                let may_have_spoken = speaking && ent.spoke && newer(spoken);
                // (for a surname, an older one only if named by it more
                // often than the one found: a tie goes to the newer, unless
                // the two are a man and a woman, where it goes to the one
                // named first: "Harold Brooks died …; his daughter, Linda
                // Brooks, said …. Brooks taught himself …")
                // (so when only the newer was named as someone's
                // relative: "Margaret Ellison died …; her daughter, Ruth
                // Ellison, said …. Dr. Ellison joined …")
                let before = |(m, _, cur): (u32, usize, usize)| {
                    let other = &self.entities[cur];
                    ent.mentions > m
                        || (ent.mentions == m
                            && ((ent.gender != Gender::Unknown
                                && other.gender != Gender::Unknown
                                && ent.gender != other.gender)
                                || (other.kin && !ent.kin)))
                };
                let more_often = surname && salient.is_none_or(before);
                // (a body known by one word, read again as a person's
                // name: "Hamas, which controls Gaza, … Hamas said")
                let same_body = surname
                    && kind == NpKind::Person
                    && ent.kind == NpKind::Organization
                    && ent.key.as_slice() == key;
                if !(newer(best) || may_have_spoken || more_often)
                    || (ent.kind != kind && !same_body)
                    || !ent.gender.compatible(gender)
                {
                    continue;
                }
                // (a surname: the full name it has named most often)
                if surname
                    && ent.key.len() >= 2
                    && ends_with_name(&ent.key, key)
                    && salient.is_none_or(|s| {
                        // (the newest first; an older one as above)
                        let (m, seen, _) = s;
                        (ent.mentions, ent.last_seen) > (m, seen) || before(s)
                    })
                {
                    salient = Some((ent.mentions, ent.last_seen, e));
                }
                if !(newer(best) || may_have_spoken) {
                    continue;
                }
                // (not the object of a body's "of", either way: "Saudi
                // Arabia" is no short name of "Friends of Saudi Arabia", nor
                // "Friends of Saudi Arabia" a fuller name of "Saudi Arabia")
                // (asked only of a name that would match)
                let object = || {
                    (ent.kind == NpKind::Organization && names_object(&ent.key, key, of))
                        || (kind == NpKind::Organization && names_object(key, &ent.key, of))
                };
                if contiguous(&ent.key, key) || ends_with_name(&ent.key, key) {
                    if object() {
                        continue;
                    }
                    if newer(best) {
                        best = Some((ent.last_seen, e));
                    }
                    if may_have_spoken {
                        spoken = Some((ent.last_seen, e));
                    }
                } else if contiguous(key, &ent.key) && newer(best) && newer(weak) && !object() {
                    weak = Some((ent.last_seen, e));
                }
            }
        }
        spoken
            .or(salient.map(|(_, s, e)| (s, e)))
            .or(best)
            .or(weak)
            .or(short)
            .map(|(_, e)| e)
    }

    /// The entity a name of `gender` refers to, as [`Registry::link`]
    /// would find it, without linking: the registry is left as it was.
    pub(crate) fn find(
        &self,
        text: &str,
        name: Span,
        kind: NpKind,
        gender: Gender,
    ) -> Option<usize> {
        self.best(&name_words(&text[name]), kind, gender)
    }

    /// The most recent entity whose role holds the words of a description
    /// ("the foreign minister" → "Russian Foreign Minister Sergey Lavrov"),
    /// with no word of rank the description lacks ("the president" is not
    /// "Vice President Joe Biden").
    /// `thing`: the description's head is no noun of a person ("his
    /// campaign"), so it must head the role too: "campaign manager" is
    /// no campaign.
    pub(crate) fn by_role(&self, description: &str, thing: bool) -> Option<usize> {
        let mut want = role_words(description);
        // "a friend said", "one aide said": an indefinite phrase brings in
        // someone new, never one named before
        if want.first().is_some_and(|&w| is_indefinite(w)) {
            return None;
        }
        want.retain(|&w| !is_article(w));
        if want.is_empty() {
            return None;
        }
        let from = self.entities.len().saturating_sub(RECENT * 4);
        let of = *OF;
        self.entities
            .iter()
            .enumerate()
            .skip(from)
            .filter(|(_, e)| {
                let holds = if thing {
                    heads_role(&want, &e.role_key, of)
                } else {
                    contiguous(&want, &e.role_key)
                };
                holds && !outranked(&want, &e.role_key)
            })
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    }

    /// The most recent organisation whose name a definite description
    /// heads: "the agency" after "the Environmental Protection Agency",
    /// "the department" after "the Department of Justice" (the head
    /// before "of"), "the committee" after "the Senate Finance
    /// Committee"; not a word of the name that heads nothing ("the
    /// state" is no "State Department"). Only among the last two names
    /// seen that may be a body's (a body's, or one word of no known
    /// gender): a body's name seldom says what it is ("CNN", "the Times"),
    /// so the further back the named one, the likelier the description
    /// means another. (Just after "Dish Network" and "CNN", "the network"
    /// is still Dish Network.)
    pub(crate) fn by_name_head(&self, description: &str) -> Option<usize> {
        let mut want = words(description);
        if want.first() != Some(&word_key(b"the")) {
            return None;
        }
        want.remove(0);
        if want.is_empty() {
            return None;
        }
        let of = *OF;
        let last: [Option<(usize, usize)>; BODIES_FOR_HEAD] = self.last_seen(|e| {
            e.kind == NpKind::Organization || (e.key.len() == 1 && e.gender == Gender::Unknown)
        });
        // ("the company" after "Ford Motor Co.": a company's legal form
        // closing the name says what it is)
        let company = is_company(&want);
        // ("the agency" after "the State Department", "the CIA": any
        // government body's, as news writes it)
        let agency = want == [word_key(b"agency")];
        last.iter().flatten().map(|&(_, i)| i).find(|&i| {
            let e = &self.entities[i];
            e.kind == NpKind::Organization
                && ((e.key.len() > want.len()
                    && (heads_role(&want, &e.key, of)
                        || (company && e.key.last().is_some_and(|&w| is_legal_form(w)))))
                    || (agency && is_government_body(e)))
        })
    }

    /// The `N` recent entities seen last that `keep` holds, as `(last
    /// seen, index)`, the most recently seen first (no two share a
    /// `last_seen`); `None` in the slots left over.
    fn last_seen<const N: usize>(
        &self,
        keep: impl Fn(&EntityData) -> bool,
    ) -> [Option<(usize, usize)>; N] {
        let from = self.entities.len().saturating_sub(RECENT * 4);
        let mut last = [None; N];
        for (i, e) in self.entities.iter().enumerate().skip(from) {
            if !keep(e) {
                continue;
            }
            let mut item = Some((e.last_seen, i));
            for slot in &mut last {
                if item > *slot {
                    std::mem::swap(slot, &mut item);
                }
            }
        }
        last
    }

    /// The two persons seen last, as `(last seen, index)`, the most
    /// recently seen first.
    pub(crate) fn last_two_persons(&self) -> [Option<(usize, usize)>; 2] {
        self.last_seen(|e| e.kind == NpKind::Person)
    }

    /// The person of `party` among the two persons seen last ("the
    /// Democrat" after "Sen. Sherrod Brown (D-Ohio)"): a party names one
    /// of many, and the text may not have given the party of the one it
    /// means ("Speaker Paul Ryan … the Wisconsin Republican"), so only one
    /// just mentioned is taken.
    pub(crate) fn by_party(&self, party: Party) -> Option<usize> {
        let last: [Option<(usize, usize)>; PERSONS_FOR_PARTY] =
            self.last_seen(|e| e.kind == NpKind::Person);
        last.iter()
            .flatten()
            .map(|&(_, i)| i)
            .find(|&i| self.entities[i].party == Some(party))
    }

    /// The most recently seen of the recent entities whose age is `age`
    /// ("the 19-year-old" after "Kofi Mensah, 19,"; only persons are
    /// given an age).
    pub(crate) fn by_age(&self, age: u16) -> Option<usize> {
        let from = self.entities.len().saturating_sub(RECENT * 4);
        self.entities
            .iter()
            .enumerate()
            .skip(from)
            .filter(|(_, e)| e.age == Some(age))
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    }

    /// Whether the most recent entity whose name holds `name` is known to
    /// be a person, and its gender.
    pub(crate) fn person_of(&self, name: &str) -> Option<(bool, Gender)> {
        let key = name_words(name);
        let last = key.last()?;
        self.index
            .get(last)?
            .iter()
            .rev()
            .take(RECENT)
            .map(|&e| &self.entities[e])
            .filter(|e| contiguous(&key, &e.key))
            .max_by_key(|e| e.last_seen)
            .map(|e| (e.person, e.gender))
    }

    /// Marks an entity as seen now.
    pub(crate) fn touch(&mut self, id: usize) {
        self.clock += 1;
        if let Some(e) = self.entities.get_mut(id) {
            e.last_seen = self.clock;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name is shown with single spaces, whatever white space the text
    /// puts between its words; one already so is kept as it is.
    #[test]
    fn a_name_is_shown_with_single_spaces() {
        for (name, shown) in [
            ("George Mitchell", "George Mitchell"),
            ("George\nMitchell", "George Mitchell"),
            ("George\r\nMitchell", "George Mitchell"),
            ("George\tMitchell", "George Mitchell"),
            ("George  Mitchell", "George Mitchell"),
            ("Newt\u{a0}Gingrich", "Newt Gingrich"),
            ("Andr\u{e9}s  L\u{f3}pez", "Andr\u{e9}s L\u{f3}pez"),
            ("Andr\u{e9}s L\u{f3}pez", "Andr\u{e9}s L\u{f3}pez"),
            ("Ann\u{2003}Lee", "Ann Lee"),
        ] {
            assert_eq!(&*display_form(name), shown, "{name:?}");
            assert_eq!(is_display_form(name), name == shown, "{name:?}");
        }
    }

    /// A nickname in double marks inside a name is left out of its key;
    /// marks that close nothing, or end the name, leave the words as they
    /// are.
    #[test]
    fn a_nickname_is_no_word_of_the_key() {
        let plain = words("Marcia Price");
        assert_eq!(name_words("Marcia \"Cia\" Price"), plain);
        assert_eq!(name_words("Marcia \u{201c}Cia\u{201d} Price"), plain);
        assert_eq!(name_words("Marcia ''Cia'' Price"), plain);
        assert_eq!(name_words("Marcia \"Cia Price"), words("Marcia Cia Price"));
        assert_eq!(
            name_words("Marcia Price \"Cia\""),
            words("Marcia Price Cia")
        );
        assert_eq!(name_words("Marcia Price"), plain);
    }

    /// The ASCII fast path splits words as unicode-segmentation does.
    #[test]
    fn ascii_words_match_unicode_words() {
        for text in [
            "Sergey Lavrov",
            "O'Brien",
            "the U.S. envoy",
            "Jo-Renee Formicola",
            "Mr. Smith Jr.",
            "  a  b  ",
        ] {
            let fast = words(text);
            let slow: Vec<u64> = text
                .unicode_words()
                .map(|w| word_key(w.to_lowercase().as_bytes()))
                .collect();
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn gender_from_honorifics_roles_and_first_names() {
        assert_eq!(Gender::guess(Some("Mrs."), None, 0), Gender::Female);
        assert_eq!(Gender::guess(Some("MR"), None, FEMALE), Gender::Male);
        assert_eq!(
            Gender::guess(None, Some("Chief Spokeswoman"), 0),
            Gender::Female
        );
        assert_eq!(Gender::guess(None, Some("Crown Prince"), 0), Gender::Male);
        // a male role only as a whole word
        assert_eq!(
            Gender::guess(None, Some("Princeton professor"), 0),
            Gender::Unknown
        );
        assert_eq!(Gender::guess(None, Some("senator"), MALE), Gender::Male);
    }

    #[test]
    fn words_ignore_case() {
        assert_eq!(words("LAVROV"), words("Lavrov"));
        assert_eq!(words("Łukasz Wałęsa"), words("łukasz wałęsa"));
        // words differing only past their first eight bytes differ
        assert_ne!(words("Abdulrahman"), words("Abdulrahmen"));
        assert_ne!(words("Smith"), words("Smith Smith"));
    }
}
