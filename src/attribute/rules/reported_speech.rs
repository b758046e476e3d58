//! `X said the plan was "a disaster"`: a quotation inside reported speech,
//! the reporting verb earlier in the sentence (the outer one of nested
//! reports: "X said Y called it "Q"" is X's).

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// The verb may be far from the quotation, and its clause may not hold
/// it: right about nine times in ten (0.92 on the training split, 0.96
/// on dev).
pub(crate) const CONFIDENCE: f32 = 0.9;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ReportedSpeech,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Maria Lopez said that the plan was \u{201c}a disaster.\u{201d}",
            "Maria Lopez",
            Some("said"),
        ),
        yes(
            "The union denounced the \"unlawful\" cuts on Tuesday.",
            "The union",
            Some("denounced"),
        ),
        yes(
            "Critics have accused the agency of \u{201c}looking away.\u{201d}",
            "Critics",
            Some("accused"),
        ),
        // a verb in an opening adverbial clause governs nothing after it
        yes(
            "Later that day, after the hearing concluded, Maria Lopez said the plan was \u{201c}a disaster.\u{201d}",
            "Maria Lopez",
            Some("said"),
        ),
        // …but an adverbial clause may hold the whole report
        yes(
            "Nothing changed because Ann Lee said Bo Chen called it \u{201c}a disaster.\u{201d}",
            "Ann Lee",
            Some("said"),
        ),
        // a verb in an adverbial clause that a comma closes before the
        // quotation does not govern it
        yes(
            "Ann Lee said that when Bo Chen criticized the banks from the floor of the Senate, \u{201c}he spoke for all of us.\u{201d}",
            "Ann Lee",
            Some("said"),
        ),
        // a relative clause on the outer verb's object speaks for its
        // own verb
        yes(
            "The mayor praised Ann Lee, who has vowed to block \u{201c}the tax grab.\u{201d}",
            "who",
            Some("vowed"),
        ),
        // (set off by a dash too)
        yes(
            "The chief praised the mayor \u{2014} who called the cuts \u{201c}reckless\u{201d} \u{2014} at the meeting.",
            "who",
            Some("called"),
        ),
        // the verb right before the quotation reports inside the clause
        // the outer verb opens
        yes(
            "Trump said Fox executives were calling \"every 15 minutes.\"",
            "Trump",
            Some("said"),
        ),
        yes(
            "Police have said that he said \u{201c}no more\u{201d} to officers.",
            "Police",
            Some("said"),
        ),
        // …and so does one set off by no comma whose verb of saying or
        // naming takes the quotation
        yes(
            "The premier apologized for a minister who called the flood victims \u{201c}lucky.\u{201d}",
            "who",
            Some("called"),
        ),
        // …and one opened by "that" after a noun, where the verb calls
        // that noun by the quotation…
        yes(
            "The firm announced the layoffs, a move that one analyst described as \u{201c}overdue.\u{201d}",
            "one analyst",
            Some("described"),
        ),
        yes(
            "Ms. Park accused the board of lying, a charge that the board dismissed as \u{201c}absurd.\u{201d}",
            "the board",
            Some("dismissed"),
        ),
        // …but not the clause of a noun of speech, whose verb has an
        // object of its own
        yes(
            "Ann Lee repeated her claim that officials described the plan as \u{201c}a disaster.\u{201d}",
            "Ann Lee",
            Some("repeated"),
        ),
        // …and one after a preposition where "say" takes the quotation
        yes(
            "Her critics pointed to a speech in which she said judges should \u{201c}push back.\u{201d}",
            "she",
            Some("said"),
        ),
        // …but not one whose clause the quotation's verb goes on past
        yes(
            "Lee mocked the plan, saying anyone who complains about it \u{201c}is not paying attention.\u{201d}",
            "Lee",
            Some("saying"),
        ),
        // a relative clause closed before the subject governs nothing
        yes(
            "According to the Sunday Times, which first reported the texts, Lee described striking nurses as \u{201c}moaners\u{201d} in a chat.",
            "Lee",
            Some("described"),
        ),
        // a participle describing the subject, with its preposition's
        // phrase, is no verb around the sentence's own
        yes(
            "A former nurse accused of poisoning three patients told the jury she had \u{201c}never harmed anyone.\u{201d}",
            "A former nurse",
            Some("told"),
        ),
        yes(
            "Officials charged with the inquiry said it would be \u{201c}thorough.\u{201d}",
            "Officials",
            Some("said"),
        ),
        // …but a participle set off by a comma after a verb's object
        // reports its own words, its subject the verb's
        yes(
            "The senator called for a vote, saying the bill was \u{201c}overdue.\u{201d}",
            "The senator",
            Some("saying"),
        ),
        yes(
            "A judge refused to dismiss the charges, saying the case had \u{201c}merit.\u{201d}",
            "A judge",
            Some("saying"),
        ),
        // (not after a clause, which the participle may go on)
        yes(
            "Ann Lee said that the plan had failed, calling it \u{201c}a farce.\u{201d}",
            "Ann Lee",
            Some("said"),
        ),
        yes(
            "Ann Lee said the plan was failing, calling it \u{201c}a farce.\u{201d}",
            "Ann Lee",
            Some("said"),
        ),
        // a reporting verb joined by "and" to an infinitive has that
        // infinitive's subject (here the object of a verb of causing)
        yes(
            "The debate prompted Ann Lee to make a joke and call the mayor \u{201c}very flexible.\u{201d}",
            "Ann Lee",
            Some("call"),
        ),
        yes(
            "Ann Lee wanted to speak to voters and call the plan \u{201c}a fraud.\u{201d}",
            "Ann Lee",
            Some("call"),
        ),
        // (not after "to" with a noun: "went to the rally and")
        yes(
            "Ann Lee went to the rally and called the mayor \u{201c}a fraud.\u{201d}",
            "Ann Lee",
            Some("called"),
        ),
        // a phrase of talking at length
        yes(
            "Voters drifted off as Ann Lee went on about \u{201c}the good old days\u{201d} for an hour.",
            "Ann Lee",
            Some("went on about"),
        ),
        // no reporting verb before the quotation
        no("The \u{201c}reform\u{201d} passed on Tuesday.", None),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let g = ctx.governor()?;
    if g.adjacent || (g.that && g.addressee.is_some()) || g.speaker.appositive {
        return None;
    }
    let mut f = Found::new(
        g.speaker,
        Some(g.verb),
        Rule::ReportedSpeech,
        CONFIDENCE,
        ctx.q,
    );
    f.addressee = g.addressee;
    Some(f)
}
