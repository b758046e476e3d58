//! The attribution rules, tried on each quotation in order, most specific
//! first. Each reads one frame: the tokens of a sentence outside its
//! quotations, with each top-level quotation as one token.

use super::Rule;
use super::classes::{DETERMINER, MODIFIER, NON_NAME, PREPOSITION, PRONOUN, SUBORDINATOR, VERB};
use super::mentions::{ADVERB_REACH, Np, NpKind, Reader};
use super::tokens::Kind;
use crate::lexicon::{MAX_WORD, WordList, folded};

/// Irregular past forms among the reporting verbs, which are never nouns.
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "written", "swore", "sworn", "spoke", "spoken", "sang", "sung", "read",
];

/// A speaker found for one quotation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub(crate) speaker: Np,
    /// The token of the reporting verb, "according" or the dash.
    pub(crate) cue: Option<usize>,
    /// The last token of "according to" when the cue is that phrase.
    pub(crate) cue_last: Option<usize>,
    pub(crate) source: Option<Np>,
    pub(crate) addressee: Option<Np>,
    pub(crate) rule: Rule,
    pub(crate) confidence: f32,
    /// The token after the attribution, for a quotation split around it.
    pub(crate) attribution_end: usize,
}

impl Found {
    pub(crate) fn new(
        speaker: Np,
        cue: Option<usize>,
        rule: Rule,
        confidence: f32,
        end: usize,
    ) -> Found {
        Found {
            speaker,
            cue,
            cue_last: None,
            source: None,
            addressee: None,
            rule,
            confidence,
            attribution_end: end,
        }
    }
}

/// One frame of tokens `lo..hi` of the paragraph's tokens.
pub(crate) struct Frame<'a> {
    pub(crate) r: Reader<'a>,
    /// Reporting verbs added by the caller.
    pub(crate) extra_cues: &'a WordList,
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    /// A headline in title case, where verbs are capitalised too.
    pub(crate) headline: bool,
    /// The subject of the frame's main clause.
    pub(crate) subject: Option<Np>,
    /// "according to X" in the frame: its position and phrase.
    pub(crate) according: Option<(usize, Np)>,
}

/// Word classes that are never a noun describing a name: "when Clinton
/// blasted" and "as Garner said" hold no descriptor of the name.
const FUNCTION: u32 =
    PREPOSITION | SUBORDINATOR | NON_NAME | MODIFIER | VERB | PRONOUN | DETERMINER;

/// How far back from a quotation the rules look for its reporting verb, in
/// tokens: far enough for long reported clauses, and a bound that keeps a
/// frame of many quotations linear.
const REACH: usize = 64;

/// Adverbs that may stand between an auxiliary or subject and a verb.
const FREQUENCY_ADVERBS: &[&str] = &[
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

/// Words after which a reporting verb's plain form is a noun ("the report").
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "your",
];

/// Words after which a plain form is a verb ("they say", "will tell").
const VERB_MARKERS: &[&str] = &[
    "i", "we", "they", "you", "to", "would", "will", "can", "could", "should", "may", "might",
    "must", "did", "do", "does", "not", "never", "also", "people", "men", "women", "children",
    "police", "staff", "public",
];

/// Whether a reporting verb is of the "tell" family, whose object is the
/// addressee, not the speaker.
fn is_tell(word: &str) -> bool {
    matches!(word, "tell" | "tells" | "told" | "telling")
}

impl Frame<'_> {
    /// Whether the frame is a headline in title case: mostly capitalised
    /// words, among them at least two that are common words elsewhere
    /// ("Says", "To", "The"), which names are not.
    pub(crate) fn is_headline(&self) -> bool {
        let (mut total, mut capitalised) = (0, 0);
        for t in &self.r.toks[self.lo..self.hi] {
            if t.is_word() {
                total += 1;
                capitalised += usize::from(t.cap);
            }
        }
        // the cheap test first: most sentences have few capitals
        if total < 3 || capitalised * 10 < total * 7 {
            return false;
        }
        let class = VERB | DETERMINER | PREPOSITION | NON_NAME | SUBORDINATOR | MODIFIER;
        (self.lo + 1..self.hi)
            .filter(|&i| self.r.toks[i].is_word() && self.r.toks[i].cap && self.r.is(i, class))
            .nth(1)
            .is_some()
    }

    /// Whether token `i` is a reporting verb used as a verb.
    pub(crate) fn is_cue(&self, i: usize) -> bool {
        let Some(t) = self.r.toks.get(i) else {
            return false;
        };
        // headlines capitalise their verbs ("Lindsey Graham Says"), and an
        // inverted attribution may open its sentence ("Said Ellis: …")
        if !t.is_word() || (t.cap && !(self.headline && i > self.lo) && i != self.lo) {
            return false;
        }
        let w = self.r.word(i);
        // "as X put it", "X points out that"
        if matches!(w, "put" | "puts") {
            return self.r.word(i + 1) == "it";
        }
        if matches!(w, "point" | "points" | "pointed" | "pointing") {
            return self.r.word(i + 1) == "out";
        }
        // "the article read." (past), not "she read the book"
        if w == "read" {
            return self.r.toks.get(i + 1).is_none_or(|n| {
                n.quote().is_some() || matches!(n.kind, Kind::Punct(',' | ':' | '.'))
            });
        }
        if !self.r.is(i, VERB) && !self.extra_cues.contains(w) {
            return false;
        }
        let mut buf = [0u8; MAX_WORD];
        let lower = folded(w, &mut buf);
        // "continue to support" and "continue "to strengthen …"" are no
        // speech; "she continued, "…"" and "she continued." are
        if lower.starts_with("continu")
            && !self
                .r
                .toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Punct(',' | ':' | '.' | ';' | '!' | '?')))
        {
            return false;
        }
        let verbal =
            lower.ends_with("ed") || lower.ends_with("ing") || IRREGULAR_PAST.contains(&&*lower);
        if verbal || i == self.lo {
            return true;
        }
        // "the report", "a claim", "Obama's remarks": base forms and
        // plurals after a determiner or a possessive are nouns
        let prev = self.r.toks[i - 1];
        if prev.kind == Kind::Clitic {
            return false;
        }
        // the word before, past adverbs: "would now ask" (a few at most:
        // this runs for many tokens, and must not walk back far)
        let mut b = i - 1;
        let floor = self.lo.max(i.saturating_sub(ADVERB_REACH));
        while b > floor && {
            let w = self.r.word(b);
            w.ends_with("ly") || FREQUENCY_ADVERBS.contains(&w)
        } {
            b -= 1;
        }
        let mut buf = [0u8; MAX_WORD];
        let before = folded(self.r.word(b), &mut buf);
        if NOUN_MARKERS.contains(&&*before) {
            return false;
        }
        // a plain form ("say", "state") is a verb only after a plural
        // subject, an auxiliary or "to": "officials say", "will tell"
        lower.ends_with('s') || before.ends_with('s') || VERB_MARKERS.contains(&&*before)
    }

    /// Whether the verb at `c` can close an attribution after its
    /// subject: a past or present form ("said", "says"), or a plain form
    /// after a plural subject ("they say").
    fn finite_after(&self, c: usize, subject: &Np) -> bool {
        let mut buf = [0u8; MAX_WORD];
        let w = folded(self.r.word(c), &mut buf);
        if w.ends_with("ing") {
            return false;
        }
        if w.ends_with("ed") || w.ends_with('s') || IRREGULAR_PAST.contains(&&*w) {
            return true;
        }
        let mut buf = [0u8; MAX_WORD];
        let last = folded(self.r.word(subject.last), &mut buf);
        matches!(&*last, "i" | "we" | "they" | "you") || last.ends_with('s')
    }

    /// The subject of the frame's main clause: the first name, pronoun or
    /// description that no preposition governs, after any opening phrase
    /// ("Speaking in Beijing, …", "According to X, …", "However, …").
    pub(crate) fn find_subject(&self) -> Option<Np> {
        let r = &self.r;
        let mut i = self.lo;
        // an opening phrase ends at the first comma
        let opener = r.word(i);
        // ("He" opens no phrase: it is the subject)
        let opening = r.toks.get(i).is_some_and(|t| t.cap)
            && !self.r.is(i, PRONOUN)
            && (self.r.is(i, NON_NAME | PREPOSITION) || opener.ends_with("ing"));
        if opening && !self.according_to(i) {
            if let Some(comma) = (i..self.hi.min(i + 30)).find(|&k| self.comma_at(k)) {
                i = comma + 1;
            }
        }
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
            let w = r.word(i);
            let governed = i > self.lo && r.is(i - 1, PREPOSITION);
            if governed {
                i += 1;
                continue;
            }
            if r.is(i, PRONOUN) {
                return Some(Np::pronoun(i));
            }
            if t.cap {
                if let Some(np) = r.phrase_starting_at(i, self.hi) {
                    // "Clinton's campaign": a possessor and its noun
                    let after = np.last + 1;
                    if after + 1 < self.hi
                        && r.toks[after].kind == Kind::Clitic
                        && r.toks[after + 1].is_word()
                        && !r.toks[after + 1].cap
                    {
                        return Some(Np::description(np.first, after + 1));
                    }
                    return Some(np);
                }
                i += 1;
                continue;
            }
            if w.chars().all(|c| c.is_ascii_digit()) {
                i += 1;
                continue;
            }
            return r.phrase_starting_at(i, self.hi);
        }
        None
    }

    /// The nearest pronoun or name before token `end` that a finite verb
    /// follows ("she attacked"): the subject of a coordinated clause.
    fn clause_subject(&self, end: usize) -> Option<Np> {
        let mut i = end;
        let floor = self.lo.max(end.saturating_sub(REACH));
        while i > floor {
            i -= 1;
            if self.r.toks[i].quote().is_some() {
                return None;
            }
            let verb = self.r.word(i + 1);
            let finite = (verb.ends_with("ed") || verb.ends_with('s')) && !self.r.toks[i + 1].cap;
            if finite && self.r.is(i, PRONOUN) {
                return Some(Np::pronoun(i));
            }
            if finite && self.r.toks[i].cap {
                if let Some(np) = self.r.phrase_ending_at(self.lo, i) {
                    if matches!(np.kind, NpKind::Person | NpKind::Organization) {
                        return Some(np);
                    }
                }
            }
        }
        None
    }

    /// Whether a form of "be" stands before token `c`, past adverbs: a
    /// passive ("was criticized", "is being called").
    fn after_be(&self, c: usize) -> bool {
        let mut i = c;
        let floor = self.lo.max(c.saturating_sub(ADVERB_REACH));
        while i > floor {
            i -= 1;
            let w = self.r.word(i);
            if matches!(w, "is" | "was" | "were" | "are" | "be" | "been" | "being") {
                return true;
            }
            if !(w.ends_with("ly") || matches!(w, "not" | "also" | "widely")) {
                return false;
            }
        }
        false
    }

    /// Whether tokens `i` and `i + 1` are "according to".
    fn according_to(&self, i: usize) -> bool {
        // the length first: this runs on every token of every frame
        i + 1 < self.hi
            && self.r.toks[i].span.len() == "according".len()
            && self.r.word(i).eq_ignore_ascii_case("according")
            && self.r.word(i + 1) == "to"
    }

    /// The phrase after "according to" at `i`.
    fn according_phrase(&self, i: usize) -> Option<Np> {
        self.r
            .phrase_starting_at(i + 2, self.hi)
            .or_else(|| self.r.clause_final_description(i + 2, self.hi))
    }

    /// "according to X" anywhere in the frame: its position and phrase
    /// (computed once per frame into [`Frame::according`]).
    pub(crate) fn find_according(&self) -> Option<(usize, Np)> {
        (self.lo..self.hi)
            .find(|&i| self.according_to(i))
            .and_then(|i| self.according_phrase(i).map(|np| (i, np)))
    }

    /// A name after descriptors, as one phrase: "said 9/11 widow Terry
    /// Strada".
    fn described_name(&self, start: usize) -> Option<Np> {
        let end = (start + 5).min(self.hi);
        let name = (start + 1..end).find(|&i| self.r.toks[i].cap)?;
        self.described(start, self.r.phrase_starting_at(name, self.hi)?)
    }

    /// Whether a coordinated clause (", but", ", and", ";") starts between
    /// tokens `a` and `b`.
    pub(crate) fn coordinated(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| {
            self.r.toks[i].is_punct(';')
                || (self.comma_at(i)
                    && matches!(self.r.word(i + 1), "but" | "and" | "while" | "yet"))
        })
    }

    /// Whether token `i` is a comma, or a quotation that ends with one
    /// inside its marks (US style: "… a gun," but he said).
    fn comma_at(&self, i: usize) -> bool {
        let t = self.r.toks[i];
        t.is_punct(',')
            || (t.quote().is_some()
                && self
                    .r
                    .word(i)
                    .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
                    .ends_with(','))
    }

    fn quote_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.r.toks[i].quote().is_some())
    }

    /// "Q," X said / "Q," said X / "Q" — X / "Q," according to X: an
    /// attribution right after the quotation at `q`.
    pub(crate) fn trailing(&self, q: usize) -> Option<Found> {
        let mut k = q + 1;
        while k < self.hi && (self.r.toks[k].is_punct(',') || self.r.toks[k].is_punct(':')) {
            k += 1;
        }
        if k >= self.hi {
            return None;
        }
        let t = self.r.toks[k];
        if t.is_dash() {
            // "Q" — Senator X, in a list of reactions
            let np = self.r.phrase_starting_at(k + 1, self.hi)?;
            if matches!(np.kind, NpKind::Person | NpKind::Organization) {
                return Some(Found::new(np, Some(k), Rule::Dash, 0.85, np.last + 1));
            }
            return None;
        }
        if self.according_to(k) {
            let np = self.according_phrase(k)?;
            let mut f = Found::new(np, Some(k), Rule::TrailingAccordingTo, 0.85, np.last + 1);
            f.cue_last = Some(k + 1);
            return Some(f);
        }
        if self.is_cue(k) && !is_tell(self.r.word(k)) {
            // "said Mr. McGinley", "added Rep. Jim Clyburn (D-S.C.)", "said
            // 9/11 widow Terry Strada"
            let np = self
                .r
                .phrase_starting_at(k + 1, self.hi)
                .or_else(|| self.described_name(k + 1))
                .or_else(|| self.r.clause_final_description(k + 1, self.hi))?;
            return Some(Found::new(
                np,
                Some(k),
                Rule::TrailingCueSpeaker,
                0.95,
                np.last + 1,
            ));
        }
        // "Q," X said: the first reporting verb within reach whose subject
        // starts right here
        let reach = (k + 32).min(self.hi);
        for c in k + 1..reach {
            if self.r.toks[c].quote().is_some() {
                break;
            }
            if self.is_cue(c) {
                let mut np = self.r.subject_before(k, c)?;
                if np.first != k {
                    np = self.extend_to(k, np)?;
                }
                if !self.finite_after(c, &np) {
                    return None;
                }
                let rule = if np.appositive {
                    Rule::Appositive
                } else {
                    Rule::TrailingSpeakerCue
                };
                let mut f = Found::new(np, Some(c), rule, 0.95, c + 1);
                f.addressee = self.addressee(c);
                return Some(f);
            }
        }
        None
    }

    /// A speaker phrase right after a quotation that starts before the
    /// phrase found at the verb: a head with a prepositional phrase ("a
    /// narrator in the Clinton ad asks", "Mr. Morgan of the Sierra Club
    /// said") or a lower-case modifier ("panel Chairman Jason Chaffetz").
    fn extend_to(&self, k: usize, np: Np) -> Option<Np> {
        // a determiner's phrase up to a preposition: "a narrator in …"
        let head = self.r.phrase_starting_at(k, np.first).or_else(|| {
            let prep = (k + 1..np.first.min(k + 5)).find(|&i| self.r.is(i, PREPOSITION))?;
            let words = (k + 1..prep).all(|i| self.r.toks[i].is_word() && !self.r.toks[i].cap);
            (self.r.is(k, DETERMINER) && prep > k + 1 && words)
                .then(|| Np::description(k, prep - 1))
        });
        if let Some(head) = head {
            let prep = head.last + 1;
            if matches!(head.kind, NpKind::Description | NpKind::Person)
                && prep < np.first
                && matches!(
                    self.r.word(prep),
                    "in" | "of" | "for" | "at" | "from" | "with" | "on"
                )
            {
                return Some(Np {
                    last: np.last,
                    ..head
                });
            }
        }
        self.described(k, np)
    }

    /// A person's name `np` with the descriptors from token `k` before it:
    /// lower-case nouns, not "when Clinton blasted" or "as Garner said",
    /// two at most, numbers not counted ("9/11 widow Terry Strada").
    fn described(&self, k: usize, np: Np) -> Option<Np> {
        let modifiers = k..np.first;
        let numbers = modifiers
            .clone()
            .filter(|&i| self.r.word(i).bytes().all(|b| b.is_ascii_digit()))
            .count();
        (modifiers.len() - numbers <= 2
            && modifiers.len() <= 4
            && np.kind == NpKind::Person
            && modifiers.clone().all(|i| {
                self.r.toks[i].is_word() && !self.r.toks[i].cap && !self.r.is(i, FUNCTION)
            }))
        .then_some(Np { first: k, ..np })
    }

    /// The addressee of "told", "tells", "telling": "told Lavrov that".
    fn addressee(&self, c: usize) -> Option<Np> {
        let w = self.r.word(c);
        if !w.starts_with("tel") && w != "told" {
            return None;
        }
        let np = self.r.phrase_starting_at(c + 1, self.hi)?;
        (np.kind != NpKind::Pronoun || self.r.word(np.first) != "it").then_some(np)
    }

    /// X said: "Q" / X said "Q" / X said that … "Q" / X told Y that … "Q":
    /// the nearest reporting verb before the quotation whose subject is
    /// found.
    pub(crate) fn leading(&self, q: usize) -> Option<Found> {
        // Reporting verbs before the quotation, nearest first, with their
        // subjects. A participle or infinitive ("…, saying", "to accuse")
        // takes the subject of the main clause.
        let mut candidates: Vec<(usize, Np)> = Vec::new();
        let mut c = q;
        let floor = self.lo.max(q.saturating_sub(REACH));
        while c > floor && candidates.len() < 4 {
            c -= 1;
            if !self.is_cue(c) {
                continue;
            }
            let w = self.r.word(c);
            // "is being criticized as": a passive verb has no speaker subject
            if w.ends_with("ed") && self.after_be(c) {
                continue;
            }
            // "With leaders worried about …, Obama is rolling out a
            // message: "Q"": a verb in an opening phrase does not reach a
            // quotation after the main subject, unless the phrase reports
            // it ("As Ms. Simonyan put it, RT is "Q"")
            if self.subject.is_some_and(|s| {
                c < s.first
                    && s.last < q
                    && (c..s.first).any(|i| self.comma_at(i))
                    && !self.r.word(self.lo).eq_ignore_ascii_case("as")
            }) {
                break;
            }
            // "…, arguing", "to accuse", "and vowed": non-finite or
            // coordinated verbs share the main clause's subject
            let nonfinite = w.ends_with("ing")
                || (c > self.lo && matches!(self.r.word(c - 1), "to" | "and" | "but"));
            // "…, arguing that": a participle after a comma belongs to the
            // main clause, whatever stands before the comma
            let main = if c > self.lo && matches!(self.r.word(c - 1), "and" | "but") {
                // "after she attacked … and blamed": the nearest subject
                // with a verb of its own
                self.clause_subject(c - 1)
                    .or(self.subject.filter(|s| s.last < c))
            } else {
                // the subject before the verb, or after an opening phrase
                // holding it ("After saying …, she was …")
                self.subject
                    .filter(|s| nonfinite && (s.last < c || c < s.first))
            };
            let subject = if nonfinite && c > self.lo && self.r.toks[c - 1].is_punct(',') {
                main
            } else {
                self.r
                    .subject_before(self.lo, c)
                    .or_else(|| {
                        // "said Sen. Smith: "Q"": the speaker after the verb
                        let np = self.r.phrase_starting_at(c + 1, q)?;
                        (np.last + 2 == q
                            && matches!(self.r.toks[np.last + 1].kind, Kind::Punct(':' | ','))
                            && !is_tell(w))
                        .then_some(np)
                    })
                    .or(main)
            };
            if let Some(np) = subject {
                candidates.push((c, np));
            }
        }
        let &(nearest, _) = candidates.first()?;
        let before_quote = &self.r.toks[q - 1];
        let near = q - nearest <= 8 && !self.quote_between(nearest + 1, q);
        let that = (nearest + 1..q).any(|i| self.r.word(i) == "that");
        // introduced right after its verb: "said: "Q"", "said, "Q"",
        // "said "Q"", "told reporters, "Q""
        let adjacent = near
            && (before_quote.is_punct(':')
                || (!that && (before_quote.is_punct(',') || nearest + 1 == q)));
        // Reported speech inside reported speech belongs to the outer
        // speaker as the article presents it ("X said Y called it "Q"");
        // a quotation introduced right after its verb belongs to that verb.
        let (c, np) = if adjacent {
            candidates[0]
        } else {
            // follow the chain of reporting clauses outwards, but not
            // across an adverbial clause ("described her as a disgrace
            // after she blamed … on "Q"")
            // nor back into an opening phrase before the sentence's subject
            // ("In a message posted Friday, Cruz said …")
            let main = self.subject.map_or(self.lo, |s| s.first);
            let mut chosen = candidates[0];
            for &(outer, np) in &candidates[1..] {
                // nor into another clause: ", but he said that …"
                if outer < main
                    || (outer + 1..chosen.0).any(|i| self.r.is(i, SUBORDINATOR))
                    || self.coordinated(outer + 1, chosen.0)
                {
                    break;
                }
                chosen = (outer, np);
            }
            chosen
        };
        let addressee = self.addressee(c);
        let that = (c + 1..q).any(|i| self.r.word(i) == "that");
        let (rule, confidence) = if adjacent && before_quote.is_punct(':') {
            (Rule::ColonIntro, 0.95)
        } else if adjacent {
            (Rule::LeadingCue, 0.9)
        } else if addressee.is_some() && that {
            (Rule::ToldThat, 0.85)
        } else if np.appositive {
            (Rule::Appositive, 0.8)
        } else {
            (Rule::ReportedSpeech, 0.8)
        };
        let mut f = Found::new(np, Some(c), rule, confidence, q);
        f.addressee = addressee;
        Some(f)
    }

    /// "The plan is "a disaster" for us, Trump said.": a reporting verb
    /// later in the frame, after a comma, with its speaker.
    pub(crate) fn later(&self, q: usize) -> Option<Found> {
        let reach = (q + 24).min(self.hi);
        for c in q + 1..reach {
            if self.r.toks[c].quote().is_some() {
                return None;
            }
            if !self.is_cue(c) {
                continue;
            }
            if let Some(np) = self.r.subject_before(q + 1, c) {
                if np.first > q + 1
                    && (self.r.toks[np.first - 1].is_punct(',')
                        || self.r.word(np.first - 1) == "as")
                {
                    return Some(Found::new(np, Some(c), Rule::ReportedSpeech, 0.75, c + 1));
                }
            }
            if c > q + 1 && self.r.toks[c - 1].is_punct(',') && !is_tell(self.r.word(c)) {
                if let Some(np) = self.r.phrase_starting_at(c + 1, self.hi) {
                    return Some(Found::new(
                        np,
                        Some(c),
                        Rule::ReportedSpeech,
                        0.75,
                        np.last + 1,
                    ));
                }
            }
            return None;
        }
        None
    }

    /// Headline "X: 'Q'": a name, a colon, then the quotation.
    pub(crate) fn headline(&self, q: usize) -> Option<Found> {
        let colon = (self.lo + 1..q.min(self.lo + 12)).find(|&i| self.r.toks[i].is_punct(':'))?;
        let np = self.r.phrase_starting_at(self.lo, colon)?;
        if np.last + 1 != colon || !matches!(np.kind, NpKind::Person | NpKind::Organization) {
            return None;
        }
        // a speaker's name, not a title-case phrase ("Veto Power Impedes
        // Peace Efforts:")
        let (a, b) = np.name?;
        if b - a >= 3 {
            return None;
        }
        Some(Found::new(np, Some(colon), Rule::Headline, 0.75, colon + 1))
    }

    /// `X has one message: "Q"`: a colon right before a direct quotation,
    /// with no reporting verb, presents it as the subject's words.
    pub(crate) fn colon_subject(&self, q: usize) -> Option<Found> {
        if q == self.lo || !self.r.toks[q - 1].is_punct(':') {
            return None;
        }
        let np = self.subject.filter(|s| s.last + 1 < q - 1)?;
        Some(Found::new(np, None, Rule::ColonIntro, 0.7, q))
    }

    /// A quotation inside a sentence with no reporting verb is the words of
    /// the sentence's subject, as far as the sentence shows ("Reid has gone
    /// after Trump as a "human leech"", "The report found the money came
    /// from "the drug trade""): a weak guess. A pronoun subject is left
    /// out; the caller keeps a name only when it is known to be a person's.
    pub(crate) fn subject_fallback(&self, q: usize) -> Option<Found> {
        let np = self
            .subject
            .filter(|s| s.last < q && s.kind != NpKind::Pronoun)?;
        Some(Found::new(np, None, Rule::SentenceSubject, 0.4, q))
    }

    /// "X said:" closing the frame, for a quotation in the next paragraph.
    pub(crate) fn colon_intro_at_end(&self) -> Option<Found> {
        let last = self.hi.checked_sub(1).filter(|&l| l > self.lo)?;
        if !self.r.toks[last].is_punct(':') {
            return None;
        }
        let mut c = last;
        while c > self.lo && c + 6 > last {
            c -= 1;
            if self.is_cue(c) {
                let np = self.r.subject_before(self.lo, c)?;
                return Some(Found::new(np, Some(c), Rule::ColonIntro, 0.85, last + 1));
            }
        }
        // "Sanders made the following comment:" introduces without a verb
        let np = self.subject.filter(|s| {
            matches!(
                s.kind,
                NpKind::Person | NpKind::Pronoun | NpKind::Organization
            )
        })?;
        Some(Found::new(np, None, Rule::ColonIntro, 0.7, last + 1))
    }
}
