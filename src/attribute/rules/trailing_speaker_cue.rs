//! `"Q," X said`: the speaker right after the quotation, then the
//! reporting verb ("Maria Lopez said", "a narrator in the new ad asks",
//! "officials say").

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;
use crate::attribute::classes::{DETERMINER, POSSESSIVE, SPEAKER, SPEECH_NOUN, SUBORDINATOR};
use crate::attribute::frame::Frame;
use crate::attribute::phrase::Np;

/// The commonest attribution in news, and the most reliable.
pub(crate) const CONFIDENCE: f32 = 0.98;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::TrailingSpeakerCue,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}We will win,\u{201d} Maria Lopez said.",
            "Maria Lopez",
            Some("said"),
        ),
        yes(
            "\"The numbers do not add up,\" the economist at the bank wrote on Monday.",
            "the economist at the bank",
            Some("wrote"),
        ),
        // a dash sets the clause off as a comma does
        yes(
            "\"The numbers do not add up\" \u{2014} the economist wrote on Monday.",
            "the economist",
            Some("wrote"),
        ),
        yes(
            "\"The numbers do not add up\" -- Ann Lee said.",
            "Ann Lee",
            Some("said"),
        ),
        // a noun of speech naming the words, and a relative clause on it
        no(
            "Lee argued that her client \"never meant harm,\" a claim prosecutors rejected.",
            Some("Lee"),
        ),
        yes(
            "\u{201c}Not again,\u{201d} she sighed.",
            "she",
            Some("sighed"),
        ),
        // the speaker reached across an appositive is another rule's
        no(
            "\u{201c}It is over,\u{201d} Kim Park, a senior aide to the mayor, said.",
            Some("Kim Park"),
        ),
        // the words of a question that opens the sentence are the
        // question's
        no(
            "Asked whether Lee \u{201c}can win,\u{201d} 75 percent of voters said yes.",
            None,
        ),
        // a participle does not close an attribution
        no("\u{201c}It is over,\u{201d} Kim Park saying so.", None),
        // …but a gerund completing a verb of aspect does
        yes(
            "\u{201c}It is over,\u{201d} Kim Park kept saying.",
            "Kim Park",
            Some("saying"),
        ),
        // a surname that is also a function word or verb
        yes("\u{201c}We lost,\u{201d} From said.", "From", Some("said")),
        // "Will" before a surname is a given name inside a sentence
        yes(
            "\u{201c}We lost,\u{201d} Will Hurd said.",
            "Will Hurd",
            Some("said"),
        ),
        // …and so is "Will" before a past form, which the modal never takes
        yes(
            "\u{201c}We lost,\u{201d} Will wrote.",
            "Will",
            Some("wrote"),
        ),
        // …but a pronoun or determiner is none
        no("\u{201c}We lost,\u{201d} This said.", None),
        // whom the speaker works for, and the role there, describe them
        yes(
            "\u{201c}We lost,\u{201d} Good Morning Ohio anchor Ann Lee said.",
            "Good Morning Ohio anchor Ann Lee",
            Some("said"),
        ),
        yes(
            "\u{201c}Pay up,\u{201d} Fair Pay for $20 field director Ann Lee told reporters.",
            "Fair Pay for $20 field director Ann Lee",
            Some("told"),
        ),
        // adjectives parted by a comma
        yes(
            "\u{201c}We lost,\u{201d} the soft-spoken, 80-year-old judge said.",
            "the soft-spoken, 80-year-old judge",
            Some("said"),
        ),
        // a plural noun after an adjective is the head, not a verb
        yes(
            "\u{201c}We lost,\u{201d} the progressive heavyweights wrote.",
            "the progressive heavyweights",
            Some("wrote"),
        ),
        // a passive verb's agent speaks, and its subject was spoken to
        yes(
            "\u{201c}Go home,\u{201d} he was told by an aide.",
            "an aide",
            Some("told"),
        ),
        no("\u{201c}Go home,\u{201d} the crowd was told.", None),
        // a reporting phrase whose verb's past is its plain form
        yes(
            "\u{201c}It is a bluff,\u{201d} one manager put it.",
            "one manager",
            Some("put it"),
        ),
        // a clause opening the sentence that reports the quotation keeps it
        no(
            "After Ann Lee said the plan was \u{201c}dead on arrival,\u{201d} Bo Chen said nothing.",
            Some("Ann Lee"),
        ),
        // …but once a comma closes that clause, a verb of the main
        // clause before the quotation does not
        yes(
            "After the news broke, Ann Lee posted a long message on her page: \u{201c}Nothing will change,\u{201d} she wrote.",
            "Ann Lee",
            Some("wrote"),
        ),
        no(
            "When Ann Lee, the mayor, said the plan was \u{201c}dead on arrival,\u{201d} Bo Chen said nothing.",
            Some("Ann Lee"),
        ),
        // "was how X put it": the clause points back to the quotation
        yes(
            "\u{201c}It is dead,\u{201d} was how Ann Lee put it.",
            "Ann Lee",
            Some("put it"),
        ),
        no("\u{201c}It is dead,\u{201d} was how the story began.", None),
        // a participle on the speaker before the reporting verb
        yes(
            "\u{201c}The claim is speculative,\u{201d} the order released Friday said.",
            "the order",
            Some("said"),
        ),
        yes(
            "\u{201c}Stay home,\u{201d} the memo sent to staff says.",
            "the memo",
            Some("says"),
        ),
        // …but a time or a conjunction before the name does not
        no("\u{201c}We lost,\u{201d} On Tuesday Ann Lee said.", None),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let (c, np) = ctx.trailer()?;
    if np.appositive
        || in_reported_opening(ctx)
        || in_opening_question(ctx)
        || names_the_words(ctx.frame, &np)
    {
        return None;
    }
    let mut f = Found::new(np, Some(c), Rule::TrailingSpeakerCue, CONFIDENCE, c + 1);
    f.addressee = ctx.frame.addressee(c);
    Some(f)
}

/// Whether the quotation closes a clause that opens the sentence with a
/// subordinator and reports it ("When Lee said she would "fight," the
/// crowd cheered"): the clause's speaker said it, not the main clause's.
fn in_reported_opening(ctx: &Ctx<'_, '_>) -> bool {
    let frame = ctx.frame;
    if in_adverbial_clause(ctx) {
        return true;
    }
    // ("After the news broke, the actress posted a message: "Q," she
    // wrote": a verb after the main clause's subject, which the comma
    // closing the opening clause comes before, is no longer in that
    // clause; a phrase between two commas is an aside in it: "When Lee,
    // the mayor, said …")
    frame.r.is(frame.lo, SUBORDINATOR)
        && ctx.governor().is_some_and(|g| {
            !frame.subject.is_some_and(|s| {
                s.first > frame.lo
                    && frame.comma_at(s.first - 1)
                    && !frame.comma_at(s.last + 1)
                    && s.last < g.verb
            })
        })
}

/// Whether the quotation stands inside an adverbial clause before the
/// main clause, after its subject and a verb ("As the band played "Hail
/// to the Chief," Lee smiled", "…, and as he talked about "Q," the crowd
/// cheered"): the comma after it closes that clause, and the main
/// clause's verb reports something else. Not a quotation right after the
/// subordinator ("Although "the economy is strong," Lee said, "…"").
fn in_adverbial_clause(ctx: &Ctx<'_, '_>) -> bool {
    let frame = ctx.frame;
    let r = &frame.r;
    let q = ctx.q;
    // the nearest "as", "while" or "when" before the quotation with no
    // comma between, a clause's length at most before it
    let Some(s) = (frame.lo.max(q.saturating_sub(QUESTION_REACH))..q)
        .rev()
        .take_while(|&k| !r.toks[k].is_punct(','))
        .find(|&k| {
            ["as", "while", "when"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(frame.word(k)))
        })
    else {
        return false;
    };
    // (opening the sentence or a clause after a comma or ", and")
    let opens = s == frame.lo
        || frame.comma_at(s - 1)
        || (s > frame.lo + 1
            && matches!(frame.word(s - 1), "and" | "but")
            && frame.comma_at(s - 2));
    // (the words of the clause, and the quotations it lists before this
    // one: "as Trump went on about "Q1" and "Q2," …")
    // (a reporting verb of the clause's own reports it too: "as Trump
    // went on about "Q," …")
    opens && q > s + 2 && (s + 1..q).all(|k| r.is_word_at(k) || r.toks[k].quote().is_some())
}

/// Whether the quotation is inside a question that opens the sentence
/// ("Asked whether Clinton "has the integrity …," 75 percent said yes",
/// "When asked to confirm his "top secret" role, …"): the words are the
/// question's, not the answer's speaker's.
fn in_opening_question(ctx: &Ctx<'_, '_>) -> bool {
    let frame = ctx.frame;
    let r = &frame.r;
    let lo = frame.lo;
    let asked = if frame.word(lo).eq_ignore_ascii_case("asked") {
        lo
    } else if r.is(lo, SUBORDINATOR) && frame.word(lo + 1) == "asked" {
        lo + 1
    } else {
        return false;
    };
    // (a question is a clause of a few words: the bound keeps a long
    // sentence of many quotations linear)
    asked < ctx.q
        && ctx.q - asked <= QUESTION_REACH
        && !(asked..ctx.q).any(|i| r.toks[i].is_punct(','))
}

/// How many tokens an opening question, or an adverbial clause, may run
/// before a quotation in it.
const QUESTION_REACH: usize = 40;

/// Whether `np` is a noun of speech that names the quotation before it,
/// with the subject of a relative clause on it, "that" left out: `"…," a
/// claim prosecutors rejected` (the claim was made by whoever said the
/// words; the prosecutors rejected it), `"…," a view her rivals share`.
fn names_the_words(frame: &Frame<'_>, np: &Np) -> bool {
    let r = &frame.r;
    let (det, noun, next) = (np.first, np.first + 1, np.first + 2);
    next <= np.last
        && r.is(det, DETERMINER)
        && !r.is_cap(noun)
        && r.is(noun, SPEECH_NOUN)
        && (r.is(next, DETERMINER | POSSESSIVE | SPEAKER) || r.is_cap(next))
}
