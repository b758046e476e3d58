//! Names: a run of capitalised words with the titles, affiliations and
//! descriptors in it, told apart into a person's name, a role and an
//! affiliation, or an organisation.

use super::{Np, Reader, is_past_form};
use crate::attribute::MentionKind;
use crate::attribute::classes::{
    AFFILIATION, COMPANY, DOCUMENT, FEMALE, HONORIFIC, MALE, NAME_SUFFIXES, NON_NAME, ORG,
    PARTICLE, PORTFOLIO, PREPOSITION, SPEAKER, THOUGHT, TITLE, VERB, classes, is_agent_noun,
};
use crate::lexicon::{CORPORATE_FORMS, MAX_WORD, POST_NOMINALS, folded};

/// Whether `w` is an academic title that stands before a name as an
/// honorific does ("Dr", "Prof.").
fn is_academic(w: &str) -> bool {
    ["dr", "dr.", "prof", "prof."]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(w))
}

/// Nouns of speakers that name a group or a body, not a person, and are
/// hardly ever a surname: capitalised alone at a sentence's start they
/// describe ("Police said", "People close to him say"), like a plural.
const COLLECTIVE_NOUNS: &[&str] = &[
    "people",
    "police",
    "staff",
    "crowd",
    "audience",
    "government",
    "administration",
    "ministry",
    "department",
    "committee",
    "panel",
    "company",
    "firm",
    "group",
    "team",
    "network",
    "newspaper",
    "paper",
    "outlet",
    "tabloid",
    "website",
    "source",
    "family",
    "campaign",
    "leadership",
    "electorate",
    "community",
];

/// Documents of a finding whose name in capitals is no one's: "Large
/// Study", "Gallup Poll", "Mueller Report" (and which alone before a
/// headline's colon are a source: "Poll: …").
pub(crate) const FINDINGS: &[&str] = &[
    "study", "survey", "poll", "report", "analysis", "audit", "census",
];

/// An all-capital acronym of two to five letters ("IMF", "NATO"), not
/// the numeral closing a name ("Harry Hurt III").
pub(super) fn is_acronym(word: &str) -> bool {
    if word.len() > 12 || NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(word)) {
        return false;
    }
    let mut letters = 0;
    for c in word.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if c != '.' && c != '&' {
            return false;
        }
    }
    (2..=5).contains(&letters)
}

/// Whether a word is a person's initials written with periods ("J.M.",
/// "T.J."), not a place's ("U.S.", "D.C.").
fn is_dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (4..=6).contains(&b.len())
        && b.chunks(2)
            .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
        && !PLACE_INITIALS.contains(&word)
}

/// Initials with periods that name a place or a body, never a person.
const PLACE_INITIALS: &[&str] = &[
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "S.C.", "N.C.", "N.H.",
    "U.A.E.", "U.S.A.",
];

/// Titles written in capitals as a rule ("the MP for Leeds", "CEO Ann
/// Lee", "says PM"): titles though they look like acronyms, which otherwise name
/// organisations ("GOV" in a headline in capitals does not).
const ACRONYM_TITLES: &[&str] = &["MP", "MEP", "MSP", "CEO", "CFO", "COO", "CTO", "PM"];

/// Words of affiliation that are adjectives alone, never a person ("the
/// Democratic primary", "the Federal Reserve").
const ADJECTIVES_ONLY: &[&str] = &[
    "democratic",
    "federal",
    "foreign",
    "national",
    "senior",
    "state",
    "north",
    "south",
    "white",
];

/// An initial: one capital letter, with or without its period ("T.").
pub(crate) fn is_initial(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
}

impl Reader<'_> {
    /// Splits a name run into affiliation, role and name, and tells a
    /// person from an organisation.
    pub(crate) fn classify_run(&self, k: usize, j: usize, with_det: bool) -> Np {
        // "Keith Larkin QC", "Sir Paul Nurse FRS": letters of office or
        // honour after a person's name belong to the phrase, not the name
        // (nor do they make it an organisation's, as capitals would)
        // (not after a party alone, which the title describes: "Labour
        // MP for Stroud, Simon Opher, said")
        // (nor after one word, no one's name without an honorific or a
        // title: "a senior Reform MP", "one veteran Tory MP"; "Mr Hale
        // MP", "Dr Jones FRS" are)
        if j > k && POST_NOMINALS.contains(self.word(j)) && !(j == k + 1 && self.is(k, AFFILIATION))
        {
            let mut np = self.classify_words(k, j - 1, with_det);
            let named = np
                .name
                .is_some_and(|(a, b)| b > a || (a > k && self.is(a - 1, HONORIFIC | TITLE)));
            if np.kind == MentionKind::Person && named {
                np.last = j;
                return np;
            }
        }
        // ("Police said": a noun for a body and for those who speak for it,
        // capitalised only as the sentence's first word, is the same
        // description as in lower case)
        if j == k && !with_det && self.is(k, ORG) && self.is(k, SPEAKER) && self.opens_sentence(k) {
            return Np::description(k, k);
        }
        // "General Motors Corp.", "Ford Motor Co.": a company's legal form
        // closing the run makes it a company's name, whatever title or
        // given name opens it
        // (so does an ampersand between its words, which makes no token:
        // "Johnson & Johnson", "Ernst & Young"; and a group named by its
        // cause: "Mothers Against Drunk Driving")
        // ("…, Large Study Finds", "Harvard Study Says": capitals closing
        // with a finding's document, with no given name, title, body's
        // word or initials before it, describe the document; no one's
        // name. After an article they may name a publication: "the Drudge
        // Report")
        if j > k
            && !with_det
            && FINDINGS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(self.word(j)))
            && (k..j).all(|i| {
                !self.is(i, TITLE | ORG | HONORIFIC | MALE | FEMALE)
                    && !is_acronym(self.word(i))
                    && !self.word(i).contains('.')
            })
        {
            return Np::description(k, j);
        }
        if j > k && (self.corporate_form(j) || self.firm_ampersand(k, j) || self.cause_group(k, j))
        {
            let mut np = Np::new(k, j, MentionKind::Organization);
            np.name = Some((k, j));
            return np;
        }
        self.classify_words(k, j, with_det)
    }

    /// Whether the word at `j` is a company's legal form
    /// ([`CORPORATE_FORMS`], its period aside), all of which open with a
    /// capital and are short.
    pub(super) fn corporate_form(&self, j: usize) -> bool {
        let w = self.word(j);
        w.len() <= LONGEST_FORM
            && w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && CORPORATE_FORMS.contains(&w.strip_suffix('.').unwrap_or(w))
    }

    /// Whether the word at `k` is a plural that may name a group's members
    /// before its cause ("Americans", "Mothers"); not those who work for
    /// someone ("Attorneys for Clinton", "Executives for Mondelez").
    pub(super) fn members_plural(&self, k: usize) -> bool {
        let w = self.word(k);
        let agents = self.is(k, TITLE)
            || AGENTS_FOR
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w.trim_end_matches('s')));
        !agents && looks_plural(w)
    }

    /// Whether the run `k..=j` names a group of people by its cause: one
    /// plural word, then "for", "against" or "without" in either case,
    /// then capitals to its end, none a title ("Americans for Prosperity",
    /// "Mothers Against Drunk Driving", "Doctors Without Borders"; not
    /// "Americans for Prosperity spokesman Ann Lee").
    fn cause_group(&self, k: usize, j: usize) -> bool {
        // (the connector first: most runs have none)
        j >= k + 2
            && ["for", "against", "without"]
                .iter()
                .any(|c| c.eq_ignore_ascii_case(self.word(k + 1)))
            && self.members_plural(k)
            && (k + 2..=j).all(|i| self.is_cap(i) && !self.is(i, TITLE))
    }

    /// Whether an ampersand stands between two words of the run `k..=j`
    /// (it makes no token) joining a firm's names: "Johnson & Johnson",
    /// "Simon & Schuster"; not people, titled or with a given name and a
    /// surname on a side ("Rudy Giuliani & Sen. Jeff Sessions").
    fn firm_ampersand(&self, k: usize, j: usize) -> bool {
        // (most runs have one space between their words: the gap's width
        // is asked first)
        let Some(p) = (k..j).find(|&i| {
            let gap = self.toks[i].span.end..self.toks[i + 1].span.start;
            gap.len() > 1 && self.text[gap].contains('&')
        }) else {
            return false;
        };
        let person = |a: usize, b: usize| b > a && self.is(a, MALE | FEMALE);
        !(k..=j).any(|i| self.is(i, TITLE | HONORIFIC)) && !person(k, p) && !person(p + 1, j)
    }

    /// [`Reader::classify_run`] for a run with no letters after a name.
    fn classify_words(&self, k: usize, j: usize, with_det: bool) -> Np {
        // "Everything points to …", "Nothing suggests …": an indefinite
        // pronoun of things, capitalised at a sentence's start, is no name
        if k == j
            && ["everything", "nothing", "something", "anything"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(self.word(k)))
        {
            let mut np = Np::description(k, j);
            np.generic = true;
            return np;
        }
        // a word after an honorific, a first name or an initial is a
        // surname even when it is also a title: "Mr. King", "Ms. Judge",
        // "Peter King", "Peter T. King", and across a middle name that is
        // no title: "Martin Luther King Jr."
        let given = |i: usize| self.opens_name(i);
        let middle =
            |i: usize| self.is_cap(i) && !self.is(i, TITLE | PORTFOLIO | ORG | AFFILIATION);
        let surname =
            |i: usize| (i > k && given(i - 1)) || (i > k + 1 && middle(i - 1) && given(i - 2));
        // a title after a given name is a surname ("Peter King"), unless a
        // name follows it ("Virginia Sen. Tim Kaine", "Charlotte Mayor
        // Jennifer Roberts": a place that is also a given name)
        let title = |i: usize| {
            let w = self.word(i);
            self.is(i, TITLE)
                && (!is_acronym(w) || ACRONYM_TITLES.contains(&w))
                && (!surname(i) || (i < j && given(i + 1)))
        };
        // a plural noun of people, a collective noun, a document or an
        // indefinite pronoun that opens a sentence is a description there,
        // capital or not: "Officials say", "Police said", "Poll:",
        // "Analysts warned", "Nobody asked"
        let w = self.word(k);
        let plural_opener = k == j
            && self.is_cap(k)
            && ((self.is(k, SPEAKER)
                && !self.is(k, TITLE | ORG | AFFILIATION)
                && (w.ends_with('s')
                    || w.ends_with("men")
                    || w.ends_with("one")
                    || w.ends_with("body")
                    || self.is(k, DOCUMENT)
                    || COLLECTIVE_NOUNS.iter().any(|c| c.eq_ignore_ascii_case(w))))
                // (a document noun of its own too: "Data show", "Figures
                // from the agency show")
                || (self.is(k, DOCUMENT) && !self.is(k, TITLE | ORG | AFFILIATION | MALE | FEMALE))
                || (!with_det && self.before_plural_verb(k)));
        // "Activist Ann Lee", "Retiree Bo Chen": a capitalised noun of a
        // speaker opening the run before a name is the role (not a first
        // name that is also a noun: "Hunter Biden")
        let opening_role = |i: usize| {
            i == k
                && j > k + 1
                && self.is_cap(i)
                && self.is(i, SPEAKER)
                && !self.is(i, ORG | AFFILIATION | MALE | FEMALE | HONORIFIC)
                && (i + 1..=j).all(|x| self.is_cap(x))
        };
        let role_word =
            |i: usize| title(i) || self.descriptor(i) || plural_opener || opening_role(i);
        // "Angela Merkel of Germany", "Peter T. King of New York": a
        // person's name, from a given name to the word before "of"; what
        // follows is where they come from, no part of the name
        let own_name_end = |a: usize| {
            let of = (a + 2..j).find(|&o| self.word(o) == "of");
            match of {
                Some(o)
                    if self.is(a, MALE | FEMALE | HONORIFIC)
                        && !(a..o).any(|i| self.is(i, ORG))
                        && self.is_cap(o + 1) =>
                {
                    o - 1
                }
                _ => j,
            }
        };
        let last_title = (k..=j).rev().find(|&i| role_word(i));
        let first_title = (k..=j).find(|&i| role_word(i) && !self.is(i, HONORIFIC));
        let mut np = Np::new(k, j, MentionKind::Person);
        if let Some(mut lt) = last_title {
            // "Secretary of State John Kerry", "Director of National
            // Intelligence James Clapper": the title's complement
            if lt + 1 < j && self.word(lt + 1) == "of" {
                lt = self.complement_end(lt, j);
            }
            if let Some(np) = (lt < j).then(|| self.nameless(k, j, lt)).flatten() {
                return np;
            }
            if let Some(body) = self.titled_body(k, j, lt) {
                return body;
            }
            if lt < j {
                np.name = Some((lt + 1, own_name_end(lt + 1)));
                // "news agency RIA Novosti": the name of an organisation
                if self.descriptor(lt) && !self.is(lt, TITLE) && self.is(lt, ORG) {
                    np.kind = MentionKind::Organization;
                }
            } else {
                // "the Foreign Minister": a role without a name
                np.kind = MentionKind::Description;
            }
            if let Some(mut ft) = first_title.filter(|&ft| ft <= lt) {
                // "Foreign Minister", "US Treasury Secretary": portfolio
                // words join the title
                while ft > k && self.is(ft - 1, PORTFOLIO) {
                    ft -= 1;
                }
                // ("Local MP Sir Robert Lane", "lead author Dr Sarah Kim":
                // the honorific or academic title between the role and
                // the name is no part of the role)
                let role_end = (ft..=lt)
                    .rev()
                    .find(|&i| !(self.is(i, HONORIFIC) || (i > ft && is_academic(self.word(i)))))
                    .unwrap_or(lt);
                np.role = Some((ft, role_end));
                if ft > k {
                    np.affiliation = Some((k, ft - 1));
                }
            }
            return np;
        }
        let end = own_name_end(k);
        if end < j {
            np.name = Some((k, end));
            np.affiliation = Some((end + 2, j));
            return np;
        }
        self.untitled(k, j, with_det, np)
    }

    /// Whether the capitalised word at `i` opens a person's name: a given
    /// name, an honorific or an initial.
    fn opens_name(&self, i: usize) -> bool {
        self.is_cap(i) && (self.is(i, MALE | FEMALE | HONORIFIC) || is_initial(self.word(i)))
    }

    /// The last token of the complement after "of" of the title ending at
    /// `lt`, in the run that ends at `j`: it runs to the first given name
    /// ("Secretary of State John Kerry"), or else to the last word, which
    /// is the name unless it too belongs to the title. With no given name
    /// the lists know, a complement of three words or more ends before the
    /// last two, a given name and a surname, unless the first of them
    /// belongs to the title or the last is a body's word ("Secretary of
    /// State Antony Blinken"; not "Secretary of Homeland Security
    /// Johnson", nor "Washington Restaurant Association").
    fn complement_end(&self, lt: usize, j: usize) -> usize {
        let pair = j >= lt + 4
            && self.is_cap(j - 1)
            && !self.is(j - 1, PORTFOLIO | AFFILIATION | ORG | TITLE | NON_NAME)
            && !self.is(j, PORTFOLIO | AFFILIATION | ORG);
        let name = (lt + 2..=j)
            .find(|&i| self.opens_name(i))
            .unwrap_or(if pair { j - 1 } else { j });
        let own = name == j && self.is(j, PORTFOLIO | AFFILIATION | ORG);
        if own { j } else { name - 1 }
    }

    /// The run `k..=j` with no role word: an organisation, a described
    /// member of a party or nation, or a person's name after any
    /// affiliation (`np` the run as a person, with nothing read yet).
    fn untitled(&self, k: usize, j: usize, with_det: bool, mut np: Np) -> Np {
        // (not a person's initials before a surname: "J.M. Berger")
        let initials = j == k + 1 && is_dotted_initials(self.word(k)) && !is_acronym(self.word(j));
        // (nor a name in capitals throughout, a transcript's, whose given
        // name is short: "CHUCK SCHUMER:", "AMY KLOBUCHAR:")
        let shouted = j > k && self.is(k, MALE | FEMALE) && (k..=j).all(|i| self.no_lower_case(i));
        // (or a company's one-word name: "Google said")
        let org = (k..=j)
            .any(|i| self.is(i, ORG) || (is_acronym(self.word(i)) && !initials && !shouted))
            || (k == j && self.is(k, COMPANY));
        if with_det && k == j && self.is_member(k) {
            return Np::description(k, j);
        }
        // "Republicans said", "Some Democrats argue": members of a party
        // or nation, many of them, are a description, not a body's name
        if k == j && self.members(k) {
            return Np::description(k, j);
        }
        if let Some(np) = (with_det && !org)
            .then(|| self.after_article(k, j))
            .flatten()
        {
            return np;
        }
        if org || (with_det && j - k < 4) {
            np.kind = MentionKind::Organization;
            np.name = Some((k, j));
            return np;
        }
        let start = self.name_start(k, j);
        if start > k {
            np.affiliation = Some((k, start - 1));
        }
        np.name = Some((start, j));
        np
    }

    /// The run `k..=j`, after an article, as a member of a party or nation
    /// described by where they come from ("the Maine Republican", "the
    /// New York Democrat"), or as a person's name after affiliations
    /// ("the Republican Jeb Bush"); `None` for any other run.
    fn after_article(&self, k: usize, j: usize) -> Option<Np> {
        if self.is_member(j) && (k..j).all(|i| !self.is(i, MALE | FEMALE | HONORIFIC)) {
            return Some(Np::description(k, j));
        }
        let g = (k + 1..j).find(|&i| self.is(i, MALE | FEMALE))?;
        (k..g).all(|i| self.is(i, AFFILIATION)).then(|| {
            let mut np = Np::new(k, j, MentionKind::Person);
            np.name = Some((g, j));
            np.affiliation = Some((k, g - 1));
            np
        })
    }

    /// The run `k..=j`, whose last title word is at `lt`, as a body named
    /// with a title's word, not a titled person: "the Justice
    /// Department", "the Department of Justice".
    fn titled_body(&self, k: usize, j: usize, lt: usize) -> Option<Np> {
        // (not after a body's noun in lower case, which describes the body
        // the name after it names: "news agency Tass"; but an affiliation,
        // "the state Senate")
        let after = lt + 1 == j
            && self.is(j, ORG)
            && !self.is(j, MALE | FEMALE)
            && (self.is_cap(lt) || !self.is(lt, ORG) || self.is(lt, AFFILIATION));
        // (not a body's officer: "the Bank of England Governor", where a
        // word that is no title stands between "of" and the role, as none
        // does in "the Department of Justice")
        let officer = |of: usize| (of + 1..lt).any(|i| self.is_cap(i) && !self.is(i, TITLE));
        let before = lt == j
            && (k..lt).any(|i| self.is(i, ORG) && self.word(i + 1) == "of" && !officer(i + 1));
        (after || before).then(|| {
            let mut np = Np::new(k, j, MentionKind::Organization);
            np.name = Some((k, j));
            np
        })
    }

    /// The run `k..=j` as a description when the word after its role at
    /// `lt` is in lower case, which opens no name: the phrase ends at the
    /// role ([`Reader::ends_at_role`]), or goes on over a participle
    /// ("supporters planning Occupy …").
    fn nameless(&self, k: usize, j: usize, lt: usize) -> Option<Np> {
        if self.ends_at_role(lt) {
            return Some(Np::description(k, lt));
        }
        (!self.is_cap(lt + 1) && !self.is(lt + 1, PARTICLE)).then(|| {
            let mut np = Np::description(k, j);
            np.role = Some((lt, lt));
            np
        })
    }

    /// Whether a name run ends at the role at `lt`: a verb in lower case
    /// after a plural role ("young voters prefer Sanders"; not a
    /// participle, "supporters planning …"), or a preposition after any
    /// ("Chad's Ambassador to France"), opens no name (a name's particle
    /// does: "Mr. de Vos").
    fn ends_at_role(&self, lt: usize) -> bool {
        let next = self.word(lt + 1);
        let participle = next.ends_with("ing") || next.ends_with("ed");
        !self.is_cap(lt + 1)
            && !self.is(lt + 1, PARTICLE)
            && ((self.word(lt).ends_with('s') && !self.is(lt, ORG) && !participle)
                || self.is(lt + 1, PREPOSITION))
    }

    /// Whether the plural-looking word at `k` stands before a verb of
    /// saying or thought in the plain present, which no one person's name
    /// takes: "Foresters say", "Villagers believe" (not "Sanders says",
    /// "Jones said", nor a noun before a verb, "the Sanders campaign
    /// claims"; members of a party are read apart, "Democrats").
    fn before_plural_verb(&self, k: usize) -> bool {
        let w = self.word(k);
        let v = self.word(k + 1);
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !self.is(k, MALE | FEMALE | HONORIFIC | ORG | AFFILIATION)
            && !self.members(k)
            && self.is_word_at(k + 1)
            && !self.is_cap(k + 1)
            && self.is(k + 1, VERB | THOUGHT)
            && !v.ends_with('s')
            && !v.ends_with("ing")
            && !is_past_form(v)
            && !(self.is_word_at(k + 2) && self.is(k + 2, VERB | THOUGHT))
    }

    /// Whether the word at `k` is the plural of a member of a party or
    /// nation ("Republicans", "Democrats", "Americans").
    fn members(&self, k: usize) -> bool {
        let w = self.word(k);
        w.len() > 2
            && w.ends_with('s')
            && !is_acronym(w)
            && classes(&w[..w.len() - 1]) & AFFILIATION != 0
            && !ADJECTIVES_ONLY
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&w[..w.len() - 1]))
    }

    /// Whether the word at `k`, alone after a determiner, names a member
    /// of a party or nation ("one Republican", "a Democrat", "the
    /// American"): a person described, not the organisation.
    pub(super) fn is_member(&self, k: usize) -> bool {
        let w = self.word(k);
        self.is(k, AFFILIATION)
            && !is_acronym(w)
            && !w.ends_with('s')
            && !ADJECTIVES_ONLY.iter().any(|a| a.eq_ignore_ascii_case(w))
    }

    /// Whether the capitalised word at `k` names a group in the plural:
    /// members of a party, nation or faith ("Republicans", "Latinos"), or
    /// bodies known by initials ("PACs").
    pub(super) fn plural_group(&self, k: usize) -> bool {
        let w = self.word(k);
        let Some(stem) = w.strip_suffix('s') else {
            return false;
        };
        !stem.ends_with('s')
            && (((self.is(k, AFFILIATION)
                || crate::attribute::classes::classes(stem) & AFFILIATION != 0)
                && !is_acronym(w))
                || (stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase())))
    }

    /// Whether the capitalised word at `k` is a noun of a speaker: listed
    /// ("Physician", "Photographer"), or by the ending the word classes
    /// read in lower case ("Meteorologist", "Historian").
    fn profession(&self, k: usize) -> bool {
        let mut buf = [0u8; MAX_WORD];
        self.is(k, SPEAKER) || is_agent_noun(&folded(self.word(k), &mut buf))
    }

    /// Where a person's name starts in the run `k..=j`: past leading
    /// nationality adjectives, and past a word of another kind before a
    /// given name.
    fn name_start(&self, k: usize, j: usize) -> usize {
        // leading nationality adjectives are not part of a person's name
        let mut start = k;
        while start < j && self.is(start, AFFILIATION) {
            start += 1;
        }
        // nor are their plurals, the members of a party or nation
        // ("Republicans Jolly and DeSantis", "Democrats Lee and Park")
        if start < j && self.members(start) {
            start += 1;
        }
        // a word of another kind before a given name opens no name: a
        // participle, a plural, a compound, a noun of a speaker or of an
        // agent, a verb of report in the imperative ("Telling Jeb Bush to
        // …", "Democrats Hillary Clinton and …", "Texas-based Matt Lee",
        // "Billionaire Donald Trump", "Vermonter Bernie Sanders", "District
        // Collector Anita Rao", "Ask Rosa Mendes about …"); an unknown
        // given name before a known one does ("Norbert Leo Butz")
        let common = |i: usize| {
            let w = self.word(i);
            (w.ends_with("ing")
                || self.is(i, VERB | THOUGHT)
                || (w.ends_with('s') && !w.ends_with("ss"))
                || w.contains('-')
                || ["aire", "er", "or", "ist", "ian"]
                    .iter()
                    .any(|s| w.ends_with(s))
                || self.is(i, SPEAKER))
                && !self.is(i, MALE | FEMALE | HONORIFIC | PARTICLE)
        };
        // (the noun may close a longer phrase: "District Collector")
        let given = (start + 1..j).find(|&g| self.is(g, MALE | FEMALE));
        match given {
            Some(g)
                if common(g - 1)
                    && (start..g).all(|i| {
                        !self.is(i, MALE | FEMALE | HONORIFIC) && !is_initial(self.word(i))
                    }) =>
            {
                g
            }
            // an unknown given name after a noun of a speaker, before a
            // surname ("Meteorologist Dana Lee", "Photographer Kiri
            // Tane"): a listed noun, or one in -ist or -ian, as the word
            // classes read it in lower case
            None if j >= start + 2
                && self.profession(start)
                && !is_initial(self.word(start + 1))
                && !self.is(start, MALE | FEMALE | HONORIFIC | PARTICLE) =>
            {
                start + 1
            }
            _ => start,
        }
    }
}

/// Whether `w` has a plural's ending: "-s" (not "-ss") or "-men".
pub(super) fn looks_plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("men")
}

/// The length of the longest of [`CORPORATE_FORMS`] with its period
/// ("Incorporated").
const LONGEST_FORM: usize = 12;

/// Nouns of those who act for someone, whose plural before "for" names
/// people working for them, no group ([`Reader::cause_group`]); in the
/// singular.
const AGENTS_FOR: &[&str] = &[
    "attorney",
    "lawyer",
    "executive",
    "official",
    "aide",
    "adviser",
    "advisor",
    "spokesmen",
    "spokespeople",
    "representative",
    "staffer",
    "employee",
    "source",
    "agent",
    "officer",
];
