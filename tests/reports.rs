//! Reported speech, construction by construction, on sentences written for
//! these tests: what is found (speaker, cue, content, kind, class, rule)
//! and what must not be.

use whosaid::{CueClass, Report, ReportKind, Rule};

/// The reports of `text`.
fn reports(text: &str) -> Vec<Report<'_>> {
    whosaid::reports(text).collect()
}

/// The one report of `text` whose cue is `cue`, with or without the
/// preposition or particle a cue takes in after it ("asked" finds "asked
/// about"; see `a_preposition_of_the_topic_after_the_cue_is_the_cues`).
fn by_cue<'t>(all: &'t [Report<'t>], cue: &str) -> &'t Report<'t> {
    let found: Vec<_> = all
        .iter()
        .filter(|r| {
            r.cue().is_some_and(|c| {
                let t = c.text();
                t.eq_ignore_ascii_case(cue)
                    || [
                        "about", "for", "against", "up", "down", "out", "off", "back", "away",
                    ]
                    .iter()
                    .any(|p| {
                        t.len() == cue.len() + 1 + p.len()
                            && t[..cue.len()].eq_ignore_ascii_case(cue)
                            && t[cue.len()..].eq_ignore_ascii_case(&format!(" {p}"))
                    })
            })
        })
        .collect();
    assert_eq!(found.len(), 1, "one report with cue {cue:?} in {all:#?}");
    found[0]
}

/// Asserts, for each text, the content of its one report with the cue.
fn assert_contents(cases: &[(&str, &str, &str)]) {
    for &(text, cue, expected) in cases {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [expected], "{text}");
    }
}

/// The reports of `text` fed to a stream in the pieces `split` cuts it
/// into, each piece's reports taken as they come.
fn streamed(text: &str, split: char) -> Vec<Report<'static>> {
    let mut stream = whosaid::stream().with_reports();
    let mut out = Vec::new();
    for piece in text.split_inclusive(split) {
        stream.push(piece);
        out.extend(stream.take_reports());
    }
    let (_, rest) = stream.finish_reports();
    out.extend(rest);
    out
}

fn speaker<'a>(r: &'a Report<'_>) -> Option<&'a str> {
    r.speaker().map(whosaid::Mention::text)
}

fn addressee<'a>(r: &'a Report<'_>) -> Option<&'a str> {
    r.addressee().map(whosaid::Mention::text)
}

fn content(r: &Report<'_>) -> Vec<String> {
    r.content_text().map(str::to_owned).collect()
}

/// Asserts, for each text, the speaker of its report whose cue is "say"
/// or "said".
fn assert_say_speakers(cases: &[(&str, &str)]) {
    for &(text, who) in cases {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| matches!(c.text(), "say" | "said")))
            .unwrap_or_else(|| panic!("a report in {text}: {all:#?}"));
        assert_eq!(speaker(r), Some(who), "{text}");
    }
}

#[test]
fn a_that_clause_after_a_reporting_verb() {
    let all = reports("Janet Yellen said on Monday that rates would stay high for a while.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Janet Yellen"));
    assert_eq!(content(r), ["that rates would stay high for a while"]);
    assert_eq!(r.kind(), ReportKind::Indirect);
    assert_eq!(r.cue_class(), CueClass::Speech);
    assert_eq!(r.rule(), Some(Rule::ReportedClause));
}

#[test]
fn disclosing_is_saying() {
    // a verb of disclosing reports its clause as "said" would, after an
    // opening phrase of the document too
    for (text, cue, who) in [
        (
            "The company disclosed that it expects to record charges.",
            "disclosed",
            "The company",
        ),
        (
            "In a filing, the company disclosed that it expects to record charges.",
            "disclosed",
            "the company",
        ),
        (
            "The company divulged that it expects to record charges.",
            "divulged",
            "The company",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), ["that it expects to record charges"], "{text}");
        assert_eq!(r.cue_class(), CueClass::Speech, "{text}");
    }
}

#[test]
fn a_number_grouped_by_commas_opens_a_content() {
    let all = reports("The department said 2,093 emails were redacted.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["2,093 emails were redacted"]
    );
    let all = reports("The count said 1,500,000 votes were cast.");
    assert_eq!(content(by_cue(&all, "said")), ["1,500,000 votes were cast"]);
}

#[test]
fn an_adverb_before_a_number_approximates_it_inside_the_content() {
    for (text, cue, expected) in [
        (
            "The utility said roughly 38,000 customers were without power.",
            "said",
            "roughly 38,000 customers were without power",
        ),
        (
            "Officials said nearly half the homes had flooded.",
            "said",
            "nearly half the homes had flooded",
        ),
        (
            "The company said about 400 customers lost power.",
            "said",
            "about 400 customers lost power",
        ),
        (
            "The agency estimated approximately $2 million was missing.",
            "estimated",
            "approximately $2 million was missing",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(r.cue().map(whosaid::Cue::text), Some(cue), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // an adverb of manner before a clause is still no content, and
    // "about" before a year, or after a noun with its possessor, is the
    // topic's
    assert_contents(&[
        (
            "Lee said repeatedly the plan would fail.",
            "said",
            "the plan would fail",
        ),
        (
            "Lee talked about 2016 at length.",
            "talked",
            "2016 at length",
        ),
    ]);
    let all = reports("Lee talked about 2016 at length.");
    assert_eq!(
        by_cue(&all, "talked").cue().map(whosaid::Cue::text),
        Some("talked about")
    );
}

#[test]
fn an_adverb_that_focuses_the_contents_first_words_is_part_of_it() {
    assert_contents(&[
        (
            "The mayor said even small towns can grow.",
            "said",
            "even small towns can grow",
        ),
        (
            "The survey suggests only a few voters have decided.",
            "suggests",
            "only a few voters have decided",
        ),
        (
            "Organizers said just three people came.",
            "said",
            "just three people came",
        ),
        (
            "Lee said almost everyone agreed.",
            "said",
            "almost everyone agreed",
        ),
        // before "that", a preposition or a time it focuses no content
        (
            "Lee said only that he was tired.",
            "said",
            "that he was tired",
        ),
        (
            "Lee said just before the vote that he was tired.",
            "said",
            "that he was tired",
        ),
        (
            "Lee said again the plan would fail.",
            "said",
            "the plan would fail",
        ),
    ]);
}

#[test]
fn a_dateline_before_a_colon_is_no_speaker_when_the_sentence_reports_itself() {
    for (text, who, expected) in [
        (
            "NEW DELHI: A delayed monsoon has left farmers anxious, officials said on Friday.",
            "officials",
            "A delayed monsoon has left farmers anxious",
        ),
        (
            "LONDON: The pound fell sharply, traders said.",
            "traders",
            "The pound fell sharply",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(&all[0]), Some(who), "{text}");
        assert_eq!(content(&all[0]), [expected], "{text}");
        assert_eq!(all[0].rule(), Some(Rule::ClosingReport), "{text}");
    }
    // a transcript's label speaks what follows it, reports inside and all
    let all = reports("TAPPER: Senator, the president said the plan would work.");
    let label = all
        .iter()
        .find(|r| r.rule() == Some(Rule::ColonReport))
        .expect("the label's report");
    assert_eq!(speaker(label), Some("TAPPER"));
}

#[test]
fn a_verb_deep_in_a_relative_clause_on_the_subject_ends_before_the_main_verb() {
    // "A neighbor who moved away because she feared X said C": "feared"
    // reports X alone, and the main clause's "said" reports C
    let all = reports(
        "A neighbor who moved away because she feared retaliation said the block was unsafe.",
    );
    assert_eq!(content(by_cue(&all, "feared")), ["retaliation"]);
    let said = by_cue(&all, "said");
    assert_eq!(speaker(said), Some("A neighbor"));
    assert_eq!(content(said), ["the block was unsafe"]);
    // a content cut before a report held in it leaves out the opening of
    // that report's clause
    let all = reports(
        "A neighbor who asked not to be named because she feared retaliation said the block was unsafe.",
    );
    assert_eq!(content(by_cue(&all, "asked")), ["not to be named"]);
    assert_eq!(content(by_cue(&all, "said")), ["the block was unsafe"]);
    // a clause after the verb deeper in is still its content, up to the
    // main clause's auxiliary
    let all = reports("Workers who quit because they feared the plant was unsafe said nothing.");
    assert_eq!(content(by_cue(&all, "feared")), ["the plant was unsafe"]);
    let all = reports("Workers who quit after they said the plant was unsafe were rehired.");
    assert_eq!(content(by_cue(&all, "said")), ["the plant was unsafe"]);
    let all = reports("A man who left after he said he would return has not been seen.");
    assert_eq!(content(by_cue(&all, "said")), ["he would return"]);
}

#[test]
fn a_verb_of_worry_with_a_noun_object_worries_someone_and_reports_nothing() {
    for text in [
        "Monsoon delay worries farmers as sowing lags.",
        "The new rule concerns many small landlords.",
        "What alarms the party's leaders is the turnout.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a clause, or what follows "about", is what the speaker worries
    assert_contents(&[
        (
            "Lee worries the plan will fail.",
            "worries",
            "the plan will fail",
        ),
        ("Lee worries about the plan.", "worries", "the plan"),
    ]);
}

#[test]
fn a_warning_for_a_place_after_an_article_is_a_noun_and_reports_nothing() {
    for text in [
        "Officials issued a flood warning for the county.",
        "The bureau has issued a severe heatwave warning for the Central West.",
        "Turnout set the stage for a strong showing for Clinton.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a participle with its subject, or before "that", still reports
    assert_contents(&[
        (
            "The mayor is warning for the third time that the dam may fail.",
            "warning",
            "that the dam may fail",
        ),
        (
            "The campaign is asking for donations to the fund.",
            "asking",
            "donations to the fund",
        ),
    ]);
}

#[test]
fn for_the_nth_time_after_a_verb_is_when_not_what() {
    // a participle set off by commas with only "for the second time"
    // after it reports nothing; the main verb reports its clause
    let all = reports("The governor, warning for the second time, said the dam may fail.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(content(by_cue(&all, "said")), ["the dam may fail"]);
    assert_contents(&[
        (
            "Lee said for the first time she would run.",
            "said",
            "she would run",
        ),
        (
            "Shoppers saw for the first time the abundance of the aisles.",
            "saw",
            "the abundance of the aisles",
        ),
    ]);
}

#[test]
fn a_clause_after_a_comma_with_a_subject_of_its_own() {
    let all = reports("Rubio says, win or lose in Florida, he is staying in the race.");
    assert_eq!(
        content(by_cue(&all, "says")),
        ["win or lose in Florida, he is staying in the race"]
    );
    // not where the reporting clause interrupts the sentence
    let all = reports("Lee can win the seat, he said, he would consider a run.");
    let r = by_cue(&all, "said");
    assert_eq!(r.rule(), Some(Rule::InterruptedReport));
    assert_eq!(
        content(r),
        ["Lee can win the seat", "he would consider a run"]
    );
    // nor after a verb of thought
    let all = reports("You know, I got in trouble for it.");
    assert!(
        all.iter()
            .all(|r| content(r) != ["I got in trouble for it"]),
        "{all:#?}"
    );
    // the subject may be "you", or a determiner's phrase right after the
    // comma with its auxiliary
    assert_contents(&[
        (
            "I said, you have got to change the culture.",
            "said",
            "you have got to change the culture",
        ),
        (
            "The mayor said, the levy is dead.",
            "said",
            "the levy is dead",
        ),
        (
            "Lee told me, our plan will work.",
            "told",
            "our plan will work",
        ),
        // (its noun with a complement of its own)
        (
            "He said, the man in the car was armed.",
            "said",
            "the man in the car was armed",
        ),
        (
            "She said, the owner of the shop had fled.",
            "said",
            "the owner of the shop had fled",
        ),
    ]);
    // a verb that reports nothing takes no clause after its comma
    assert!(reports("He spoke, the crowd in the hall was silent.").is_empty());
    // not where the verb's own clause opens the sentence: its comma
    // closes it, and the main clause follows
    for text in [
        "After the union objected, they moved the case.",
        "After the union objected, the case was moved.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "objected")
                    || content(r).iter().all(|c| !c.contains("moved"))),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_name_and_its_participle_are_the_clause_a_verb_of_finding_reports() {
    assert_contents(&[
        ("Pew finds Clinton leading.", "finds", "Clinton leading"),
        (
            "Gallup found Clinton leading in Ohio.",
            "found",
            "Clinton leading in Ohio",
        ),
    ]);
    // a form in -ing before a noun modifies it: no clause
    let all = reports("Lee maintained a paid speaking schedule.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "maintained")),
        "{all:#?}"
    );
}

#[test]
fn a_relative_that_before_an_auxiliary_closes_the_subject_before_it() {
    let all = reports("A study of firms that have hired workers shows that profits rose.");
    let r = by_cue(&all, "shows");
    assert_eq!(speaker(r), Some("A study of firms"));
    assert_eq!(content(r), ["that profits rose"]);
    // a "that" after the verb is the content's, whatever follows it
    let all = reports("Lee said that would be fine.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["that would be fine"]);
}

#[test]
fn a_participle_before_a_plural_noun_after_a_verb_in_s_modifies_the_noun() {
    assert_contents(&[(
        "The panel recommends unspecified adjustments to the law.",
        "recommends",
        "unspecified adjustments to the law",
    )]);
    // a noun of speech or a document in -s before its verb is the subject
    for text in [
        "His remarks angered voters.",
        "The reports alarmed officials.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r
                .cue()
                .is_none_or(|c| !matches!(c.text(), "remarks" | "reports"))),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_demonstrative_that_closing_an_opening_clause_is_the_whole_content() {
    // "that" before the comma that closes the clause is its object
    assert_contents(&[("When Lee said that, we left.", "said", "that")]);
    // elsewhere "that" and a comma open a fronted phrase of the clause
    assert_contents(&[(
        "Lee said that, if elected, she would act.",
        "said",
        "that, if elected, she would act",
    )]);
}

#[test]
fn a_preposition_of_the_topic_after_the_cue_is_the_cues() {
    for (text, cue, expected) in [
        (
            "Lee voted against the measure.",
            "voted against",
            "the measure",
        ),
        ("A woman asked for a photo.", "asked for", "a photo"),
        (
            "Lee called out his rival for his record.",
            "called out",
            "his rival for his record",
        ),
        (
            "Kim joked about moving abroad.",
            "joked about",
            "moving abroad",
        ),
        (
            "The campaign pushed back on the charges.",
            "pushed back",
            "on the charges",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(r.cue().map(whosaid::Cue::text), Some(cue), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // a duration, a time or an amount after the verb is no topic of it
    for (text, cue) in [
        ("Lee said for weeks he would win.", "said"),
        ("Lee said for the first time that he would win.", "said"),
        ("Lee said up to 20 people had left.", "said"),
    ] {
        let all = reports(text);
        assert_eq!(
            by_cue(&all, cue).cue().map(whosaid::Cue::text),
            Some(cue),
            "{text}"
        );
    }
}

#[test]
fn the_writers_comparison_after_a_comma_ends_the_content() {
    assert_contents(&[
        (
            "Just 28 percent of voters said they trusted the mayor, compared with 33 percent last month.",
            "said",
            "they trusted the mayor",
        ),
        (
            "The firm says it counted 2,400 donors, compared to 1,900 in the rival's count.",
            "says",
            "it counted 2,400 donors",
        ),
    ]);
    // "compared" as the content's own verb, or without a comma, stays in
    assert_contents(&[
        (
            "Lee said the panel compared the two plans.",
            "said",
            "the panel compared the two plans",
        ),
        (
            "Lee said the cost was small compared with the benefits.",
            "said",
            "the cost was small compared with the benefits",
        ),
    ]);
}

#[test]
fn a_clause_of_the_writers_after_a_comma_and_and() {
    // ", and" with a subject and verb of its own ends the content, an
    // adverb or two before the subject too
    assert_contents(&[
        (
            "Aides said the mayor was tired, and his rivals are pressing him.",
            "said",
            "the mayor was tired",
        ),
        (
            "Aides said the mayor was tired, and now his rivals are pressing him.",
            "said",
            "the mayor was tired",
        ),
        (
            "Aides said the mayor was tired, and then the council voted.",
            "said",
            "the mayor was tired",
        ),
    ]);
    // not a second verb of the content's own subject
    assert_contents(&[(
        "Aides said the mayor was tired, and now wants a rest.",
        "said",
        "the mayor was tired, and now wants a rest",
    )]);
}

#[test]
fn but_after_a_negation_corrects_it_inside_the_content() {
    // "not X, but Y": a phrase without a verb after "but" corrects the
    // negated phrase before the comma, and the content goes on
    assert_contents(&[
        (
            "Lee said she was charged not for what she did, but because of who she is.",
            "said",
            "she was charged not for what she did, but because of who she is",
        ),
        (
            "Aides said the plan was not a failure, but a disaster.",
            "said",
            "the plan was not a failure, but a disaster",
        ),
        (
            "Lee said the mayor didn't run for the money, but for the town.",
            "said",
            "the mayor didn't run for the money, but for the town",
        ),
    ]);
    // not a clause of its own after "but", nor a phrase that opens one,
    // nor "but" with no negation before it
    assert_contents(&[
        (
            "Aides said the mayor did not comment, but a spokesman spoke later.",
            "said",
            "the mayor did not comment",
        ),
        (
            "Lee says the plan is not final, but for now, it is the law.",
            "says",
            "the plan is not final",
        ),
        (
            "Aides said the mayor was tired, but in good spirits.",
            "said",
            "the mayor was tired",
        ),
    ]);
}

#[test]
fn a_clause_of_as_after_a_closing_reporting_clause_is_the_writers() {
    // "C, X said, as Y …": the writer's circumstance, no part of C
    for text in [
        "The tax is unfair, union leaders said on Friday, as they met the minister.",
        "The tax is unfair, union leaders said, as the strike entered its third week.",
        "The tax is unfair, union leaders said, as Ann Lee looked on.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(content(r), ["The tax is unfair"], "{text}");
        assert_eq!(r.rule(), Some(Rule::ClosingReport), "{text}");
    }
    // nor does a verb of reaction in it report what came before: "as"
    // with such a verb is of time, not "as X noted"
    for text in [
        "The tax is unfair, Ann Lee said, as the crowd cheered.",
        "\"The tax is unfair,\" Ann Lee said, as the audience applauded.",
        "The tax is unfair, Ann Lee said, as her aides laughed.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| !matches!(
                r.cue().map(whosaid::Cue::text),
                Some("cheered" | "applauded" | "laughed")
            )),
            "{text}"
        );
        assert_eq!(speaker(by_cue(&all, "said")), Some("Ann Lee"), "{text}");
    }
    let all = reports("The tax is unfair, as Ann Lee noted.");
    assert_eq!(content(by_cue(&all, "noted")), ["The tax is unfair"]);
    // "as" with no clause of its own goes on with the content
    let all = reports("Prices rose, the minister said, as a result of the war.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Prices rose", "as a result of the war"]
    );
}

#[test]
fn a_subject_with_a_complement_the_grammar_reads_apart() {
    // the phrase that opens the clause is the subject, with its
    // complement, not the complement's own noun
    for (text, cue, who) in [
        (
            "The group behind the ad said the claim was true.",
            "said",
            "The group behind the ad",
        ),
        (
            "The debate over the bill shows how divided the party is.",
            "shows",
            "The debate over the bill",
        ),
        (
            "Officials within the agency said the plan would fail.",
            "said",
            "Officials within the agency",
        ),
        (
            "A report about the crash found that the pilot erred.",
            "found",
            "A report about the crash",
        ),
        (
            "In court, the case against the mayor shows that the rules failed.",
            "shows",
            "the case against the mayor",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // after a verb and its object the phrase is no subject
    let all = reports("She threw her weight behind Obama, saying he would win.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("She"));
    let all = reports("He told his staff about the show that it would end.");
    assert_eq!(speaker(by_cue(&all, "told")), Some("He"));
}

#[test]
fn two_subjects_of_a_that_clause_joined_by_and() {
    // "and" after the phrase that opens the clause joins its subjects:
    // the verb after them is the content's, not a report of its own
    assert_contents(&[
        (
            "Prosecutors allege that Hoyle and two colleagues submitted false figures.",
            "allege",
            "that Hoyle and two colleagues submitted false figures",
        ),
        (
            "Lee said that Kim and two aides said the bill would pass.",
            "said",
            "that Kim and two aides said the bill would pass",
        ),
    ]);
    // after a clause it opens a second report
    let all = reports("Lee said that Kim lied and two aides said the bill would pass.");
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(content(&all[0]), ["that Kim lied"]);
    assert_eq!(speaker(&all[1]), Some("two aides"));
}

#[test]
fn a_question_after_a_verb_of_asking_and_its_comma() {
    assert_contents(&[
        ("She asked, what happens now?", "asked", "what happens now"),
        (
            "I asked him, why did the plan fail?",
            "asked",
            "why did the plan fail",
        ),
    ]);
    // not without the question mark ending the sentence
    let all = reports("She asked, what happens now is up to them.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "asked")),
        "{all:#?}"
    );
}

#[test]
fn an_aside_on_the_one_addressed_before_the_infinitive() {
    assert_contents(&[
        (
            "Hannity asked Kasich, who is fourth in the count, to lay out his path.",
            "asked",
            "Kasich, who is fourth in the count, to lay out his path",
        ),
        (
            "Lee urged Kim, the treasurer, to resign.",
            "urged",
            "Kim, the treasurer, to resign",
        ),
    ]);
    // the aside needs an infinitive after it
    let all = reports("Lee told Kim, his aide, that the plan failed.");
    assert_eq!(content(by_cue(&all, "told")), ["that the plan failed"]);
}

#[test]
fn a_role_without_an_article_after_an_inverted_speaker_is_no_content() {
    for text in [
        "The levy will pass, said Ann Lee, executive director of the group.",
        "The levy will pass, said Ann Lee, former head of the agency, whose term ended.",
        "The levy will pass, said Ann Lee, deputy campaign manager for Kim.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(speaker(r), Some("Ann Lee"), "{text}");
        assert_eq!(content(r), ["The levy will pass"], "{text}");
    }
    // the rest of a content the reporting clause interrupts stays
    let all = reports("The levy, said Ann Lee, will pass.");
    assert_eq!(content(by_cue(&all, "said")), ["The levy", "will pass"]);
}

#[test]
fn a_closing_speaker_after_the_verb_over_a_name_between_commas() {
    // the name between commas is the content's; the speaker closes the
    // sentence after "said"
    let text = "Lee warned the leader, Kim Soo, during their talks not to move, \
                said an official who was briefed on the meeting.";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("an official"));
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    // a content after the verb keeps the subject before it: a pronoun, a
    // name before a quotation, a relative clause with a verb after it
    assert_say_speakers(&[
        (
            "Ann Lee, a delegate from Ohio, said he is proud of the campaign.",
            "Ann Lee",
        ),
        (
            "Ann Lee, an aide, said Kim \"understood the stakes.\"",
            "Ann Lee",
        ),
        (
            "Ann Lee, an aide, said the official who ran the office, Tom Kim, should resign.",
            "Ann Lee",
        ),
    ]);
    // a name opening the sentence leaves nothing before the verb to
    // report, however its appositive runs: the phrase after the verb with
    // a relative clause and a verb after that is the content's subject
    for text in [
        "Ann Lee, a doctor at the clinic who was not involved in the study, \
         said the patients who took the drug may have been healthier.",
        "Ann Lee, a doctor at the clinic, said the patients who took the drug \
         may have been healthier.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(speaker(r), Some("Ann Lee"), "{text}");
        assert_eq!(
            content(r),
            ["the patients who took the drug may have been healthier"],
            "{text}"
        );
    }
}

#[test]
fn an_age_heads_a_phrase_naming_a_person() {
    // "the 62-year-old" is a person's description, read across an aside
    // between commas as any speaker's noun is
    assert_say_speakers(&[
        (
            "The 62-year-old, who has run the charity since 2004, said she did nothing wrong.",
            "The 62-year-old",
        ),
        (
            "The 62-year-old, a mother of three, said she did nothing wrong.",
            "The 62-year-old",
        ),
    ]);
    // a number alone is no person
    let all = reports("The 2004 budget, which the council passed, said the fund was empty.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("The 2004")),
        "{all:#?}"
    );
}

#[test]
fn people_and_police_as_the_subject_of_a_relative_clause() {
    // plurals without an -s speak in a relative clause too
    for (text, who) in [
        (
            "The man, who police say robbed three stores, was arrested.",
            "police",
        ),
        ("It is a plan that people say will fail.", "people"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "say");
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r).len(), 2, "{text}: {r:#?}");
    }
}

#[test]
fn a_that_clause_with_an_object_between_subject_and_verb() {
    assert_say_speakers(&[
        (
            "The company that built the bridge said the steel met every standard.",
            "The company",
        ),
        (
            "The agency that oversees the port said the cranes were safe.",
            "The agency",
        ),
    ]);
    // not across a clause of its own, and not before a participle
    for (text, cue, who) in [
        (
            "Owners won many of the battles that preceded the strike because the board refused requests to delay it.",
            "refused",
            "the board",
        ),
        (
            "The mayor addressed the students in a speech that included Harris vowing to cut taxes.",
            "vowing",
            "Harris",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn a_relative_clause_without_its_pronoun_after_a_subject() {
    assert_say_speakers(&[
        (
            "In her favor, all the experts I interviewed said her plan was sound.",
            "the experts I interviewed",
        ),
        (
            "Most of the doctors we talked to said the clinic was understaffed.",
            "Most of the doctors we talked to",
        ),
    ]);
}

#[test]
fn a_noun_that_sums_up_a_clause_is_what_its_relative_clause_reports() {
    let text = "Lee insisted there had been no deal, a claim the opposition rejected.";
    let all = reports(text);
    let r = by_cue(&all, "rejected");
    assert_eq!(speaker(r), Some("the opposition"));
    assert_eq!(content(r), ["a claim"]);
    // the clause before it keeps its own report
    assert_eq!(speaker(by_cue(&all, "insisted")), Some("Lee"));
    for (text, cue, who, what) in [
        (
            "He said the vote was rigged, a charge that the party's leaders strongly denied.",
            "denied",
            "the party's leaders",
            "a charge",
        ),
        (
            "She did take part, a point Park also acknowledged to reporters.",
            "acknowledged",
            "Park",
            "a point",
        ),
        // past a time after the verb, and a stance or a sentiment
        (
            "The tax must go, a position he reiterated Monday.",
            "reiterated",
            "he",
            "a position",
        ),
        (
            "The tax must go, a sentiment the mayor echoed last week.",
            "echoed",
            "the mayor",
            "a sentiment",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!((speaker(r), content(r)), (Some(who), vec![what.to_owned()]));
    }
    // the clause before it keeps its report when a time follows the verb
    let all = reports("The governor said he would veto the tax, a claim he repeated Monday.");
    assert_eq!(content(by_cue(&all, "said")), ["he would veto the tax"]);
    // a participle after it speaks for the relative clause's subject
    let text = "He said the vote was rigged, a charge that the leaders denied, noting that the rules had not changed.";
    let all = reports(text);
    assert_eq!(speaker(by_cue(&all, "noting")), Some("the leaders"));
    // not a noun that names no speech or content
    let all = reports("The mayor resigned, a move that critics welcomed.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_relative_pronoun_that_is_the_object_of_a_cue_is_its_content() {
    // ", which X <verb of speech>" with nothing after the verb but a
    // comma, the sentence's end or a conjunction: the pronoun is what X
    // said
    for (text, cue, who) in [
        (
            "The charge, which Lee denied, was dropped on Friday.",
            "denied",
            "Lee",
        ),
        (
            "Kim's victory, which Park conceded when polls closed, was narrow.",
            "conceded",
            "Park",
        ),
        (
            "She made a promise, which she repeated but never kept.",
            "repeated",
            "she",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(
            (speaker(r), content(r)),
            (Some(who), vec!["which".to_owned()]),
            "{text}"
        );
    }
    // not after a verb of saying, which takes the clause, nor of thought
    // or stance, nor where the verb has an object of its own, nor in a
    // clause not set off by a comma
    let all = reports("It was a plan, which Lee said would fail.");
    assert_eq!(content(by_cue(&all, "said")), ["which", "would fail"]);
    for text in [
        "It is a reform, which the mayor championed.",
        "It is a law, which Lee denied in the Senate.",
        "It is a law, which Lee criticized the mayor for.",
        "These are the services that Lee demanded.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| content(r) != ["which"] && content(r) != ["that"]),
            "{text}: {:#?}",
            reports(text)
        );
    }
}

#[test]
fn a_noun_that_sums_up_a_clause_before_a_participle_and_its_agent() {
    // "C, a N <participle> by X": the agent speaks, the noun is what
    // was said (by a verb of speech or stance), and the clause before it
    // is no content of that participle
    for (text, cue, who, what) in [
        (
            "The city raised its fees, a practice criticized by several unions.",
            "criticized",
            "several unions",
            "a practice",
        ),
        (
            "Lee won the state easily, an outcome predicted by most polls.",
            "predicted",
            "most polls",
            "an outcome",
        ),
        (
            "He dismissed the labels altogether, a sentiment endorsed by the crowd.",
            "endorsed",
            "the crowd",
            "a sentiment",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(
            (speaker(r), content(r)),
            (Some(who), vec![what.to_owned()]),
            "{text}"
        );
    }
    // the clause before it keeps its own report
    let all = reports("He dismissed the labels altogether, a sentiment endorsed by the crowd.");
    assert_eq!(
        content(by_cue(&all, "dismissed")),
        ["the labels altogether"]
    );
    // not a verb of neither speech nor stance, nor a noun without "a"
    for text in [
        "The mayor raised taxes, a decision made by the council.",
        "The mayor raised taxes, the move criticized by unions.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| content(r) != ["a decision"] && content(r) != ["the move"]),
            "{text}"
        );
    }
}

#[test]
fn a_relative_clause_or_manner_after_a_closing_clause_is_no_content() {
    assert_contents(&[
        (
            "The plan will fail, Ann Lee said, which surprised no one.",
            "said",
            "The plan will fail",
        ),
        (
            "The vote was rigged, the candidate claimed, without offering evidence.",
            "claimed",
            "The vote was rigged",
        ),
    ]);
    // a clause of the content's own still goes on after it
    let all = reports("The plan, Ann Lee said, will fail.");
    assert_eq!(content(by_cue(&all, "said")), ["The plan", "will fail"]);
}

#[test]
fn as_one_put_it_inside_a_sentence_reports_what_follows() {
    assert_contents(&[
        (
            "But at the time, as the prosecutor put it, there was not much to complain about.",
            "put it",
            "there was not much to complain about",
        ),
        // closing the sentence, what came before
        ("It was a mess, as Lee put it.", "put it", "It was a mess"),
    ]);
    // after the sentence's subject, whose verb follows the aside, the
    // words on both sides
    for text in [
        "The fund, as Ann Lee put it, is running on fumes.",
        "The fund, as Ann Lee put it, was running on fumes.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "put it");
        assert_eq!(content(r).len(), 2, "{text}");
        assert_eq!(content(r)[0], "The fund", "{text}");
    }
}

#[test]
fn the_time_and_occasion_that_close_an_object() {
    // an object's content ends before the event it was said at, and
    // before a time with it, read from the end
    assert_contents(&[
        (
            "Lee stressed those worries on Sunday at a university forum in Ohio.",
            "stressed",
            "those worries",
        ),
        (
            "Lee thanked supporters at a rally in Iowa.",
            "thanked",
            "supporters",
        ),
        (
            "Lee praised the plan in an interview published Saturday.",
            "praised",
            "the plan",
        ),
        (
            "The senator endorsed the wall in December.",
            "endorsed",
            "the wall",
        ),
        ("A Saudi prince mocked Trump on Twitter.", "mocked", "Trump"),
        (
            "The campaign announced his endorsement on its Facebook page.",
            "announced",
            "his endorsement",
        ),
    ]);
    // (whom the speaker spoke through closes it, and a span of time up
    // to now)
    assert_contents(&[
        (
            "Lee denied the accusations through a spokeswoman.",
            "denied",
            "the accusations",
        ),
        (
            "Lee denied the charges through his lawyer.",
            "denied",
            "the charges",
        ),
        // a phrase on through that names no speaker stays
        (
            "Lee praised the road through the valley.",
            "praised",
            "the road through the valley",
        ),
    ]);
    assert_contents(&[(
        "Kim wrote about Latinos in the last year.",
        "wrote about",
        "Latinos",
    )]);
    // a phrase that is the object's own stays: a medium that heads no
    // phrase, one without a determiner, a debate, a second phrase after
    // "and"
    assert_contents(&[
        (
            "Lee described additional content on the email chains.",
            "described",
            "additional content on the email chains",
        ),
        (
            "Kim cited examples of plagiarism in political speech.",
            "cited",
            "examples of plagiarism in political speech",
        ),
        (
            "Lee boasted about his prowess in the debates.",
            "boasted",
            "his prowess in the debates",
        ),
    ]);
    // in a clause or an infinitive the event may be what was said; nor
    // is an event cut off with words of content after it
    assert_contents(&[
        (
            "Lee said she will speak at the convention.",
            "said",
            "she will speak at the convention",
        ),
        (
            "Lee praised the voters at the rally who backed the tax.",
            "praised",
            "the voters at the rally who backed the tax",
        ),
    ]);
}

#[test]
fn an_adverbial_clause_after_an_object_is_the_writers() {
    // a clause of time, contrast or cause with its own subject after an
    // object ends the content
    assert_contents(&[
        (
            "Most women preferred Lee while most men backed Kim.",
            "preferred",
            "Lee",
        ),
        (
            "Ramos considers himself an immigrant even though he has citizenship.",
            "considers",
            "himself an immigrant",
        ),
        (
            "Kim praised the mogul after he clinched the nomination.",
            "praised",
            "the mogul",
        ),
        (
            "The council condemned the launch as Pyongyang fired three missiles.",
            "condemned",
            "the launch",
        ),
    ]);
    // "as" before a role or in a comparison opens no clause
    assert_contents(&[
        (
            "Cruz described Veep as one of his top shows.",
            "described",
            "Veep as one of his top shows",
        ),
        (
            "The bank offered as much help as many had hoped.",
            "offered",
            "as much help as many had hoped",
        ),
    ]);
    // not after a clause of the content's own, nor where a time or a
    // focus makes the conjunction part of the content
    assert_contents(&[
        (
            "Lee said the plan failed because taxes rose.",
            "said",
            "the plan failed because taxes rose",
        ),
        (
            "Kim criticized the ruling a day after it was issued.",
            "criticized",
            "the ruling a day after it was issued",
        ),
        (
            "Kim praised the plan back when it passed.",
            "praised",
            "the plan back when it passed",
        ),
    ]);
}

#[test]
fn a_participle_of_time_after_an_object_is_the_writers() {
    // "when", "while", "after" or "before" with a participle in "-ing"
    // after an object: the speaker's circumstance, not what was said
    assert_contents(&[
        (
            "The host called the mayor a fraud on his radio show when discussing the budget.",
            "called",
            "the mayor a fraud",
        ),
        (
            "The company announced the merger after cutting ties with its old partner.",
            "announced",
            "the merger",
        ),
        (
            "Ortiz praised the volunteers while touring the shelter.",
            "praised",
            "the volunteers",
        ),
    ]);
    // the participle's clause is its own report when its verb reports
    let all = reports("Lee called her brother a hero before explaining why she left.");
    assert_eq!(content(by_cue(&all, "called")), ["her brother a hero"]);
    assert_eq!(content(by_cue(&all, "explaining")), ["why she left"]);
    // not after a focus or a measure of time, nor where a word in "-ing"
    // in the object may be the participle's verb, nor in a clause
    assert_contents(&[
        (
            "Many voters see Kim as the stronger candidate, particularly when facing Lee.",
            "see",
            "Kim as the stronger candidate, particularly when facing Lee",
        ),
        (
            "Kim announced the appointment of a new envoy two days after taking office.",
            "announced",
            "the appointment of a new envoy two days after taking office",
        ),
        (
            "Lee was referring to an account of coming under fire while visiting the border.",
            "referring to",
            "an account of coming under fire while visiting the border",
        ),
        (
            "Lee said the council erred when approving the budget.",
            "said",
            "the council erred when approving the budget",
        ),
    ]);
}

#[test]
fn a_relative_clause_after_an_object_is_the_writers() {
    // a relative clause set off by a comma describes an object for the
    // reader; at the end of a reported clause a "which" does too, a
    // person's "who" stays in its content
    assert_contents(&[
        (
            "Patrick predicted a Cruz win in Texas, which votes on March 1.",
            "predicted",
            "a Cruz win in Texas",
        ),
        (
            "Bush criticized Donald Trump, with whom he clashed at the debate.",
            "criticized",
            "Donald Trump",
        ),
        (
            "Lee said the plan would help Ohio, which lost jobs last year.",
            "said",
            "the plan would help Ohio",
        ),
        (
            "Lee said the plan would help Kim, who lost her job last year.",
            "said",
            "the plan would help Kim, who lost her job last year",
        ),
    ]);
}

#[test]
fn a_stranded_preposition_is_no_content() {
    // "rails against" with its object before the relative clause
    let all = reports("It is essentially the establishment he rails against.");
    assert!(all.iter().all(|r| content(r) != ["against"]), "{all:#?}");
}

#[test]
fn the_terms_of_anonymity_are_no_content() {
    assert_contents(&[
        (
            "Two officials discussed the meeting on the condition of anonymity.",
            "discussed",
            "the meeting",
        ),
        (
            "Aides described the plan on condition that they not be named.",
            "described",
            "the plan",
        ),
    ]);
    // "on condition" without "of" or "that" is content
    assert_contents(&[(
        "Lee said the car was sold on condition.",
        "said",
        "the car was sold on condition",
    )]);
    // and so is the state of a thing, a determiner after "of"
    assert_contents(&[
        (
            "Lee said the agency had no word on the condition of the hostages.",
            "said",
            "the agency had no word on the condition of the hostages",
        ),
        (
            "Kim said doctors were silent on the condition of his son.",
            "said",
            "doctors were silent on the condition of his son",
        ),
    ]);
}

#[test]
fn a_phrase_with_between_is_one_subject() {
    // "and" between the objects of "between" joins no subjects or clauses
    let all = reports("The talks between Lee and Kim showed that a deal was near.");
    assert_eq!(
        speaker(by_cue(&all, "showed")),
        Some("The talks between Lee and Kim")
    );
    let all = reports("The ties between America and Britain appear to be strong.");
    assert_eq!(
        content(by_cue(&all, "appear")),
        ["The ties between America and Britain", "to be strong"]
    );
}

#[test]
fn a_fronted_adverbial_in_a_that_clause_keeps_its_subject() {
    // the comma after "despite …" closes the fronted phrase, not the
    // content: the clause's subject and verb come after it
    let all = reports(
        "The mayor insisted that despite the cuts that remain, the city would recover by spring.",
    );
    assert_eq!(
        content(by_cue(&all, "insisted")),
        ["that despite the cuts that remain, the city would recover by spring"]
    );
    let all = reports("Lee argued that when the mill closed, the town lost its school.");
    assert_eq!(
        content(by_cue(&all, "argued")),
        ["that when the mill closed, the town lost its school"]
    );
    // a clause opening with its subject still ends at an appositive the
    // writer adds
    let all = reports("Lee said that the mill closed in March, a blow to the town.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that the mill closed in March"]
    );
}

#[test]
fn but_coordinating_a_second_part_of_the_content() {
    // a second "that" clause of the same verb
    let all = reports("Lee said that wages would fall, but that the bonus would offset it.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that wages would fall, but that the bonus would offset it"]
    );
    // a phrase after "but not"
    let all = reports("Kim said the owners should pay, but not the tenants.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the owners should pay, but not the tenants"]
    );
    // not a clause of the writer's, whose subject is "that" or a pronoun
    let all = reports("Lee said that the deal was final, but that could change.");
    assert_eq!(content(by_cue(&all, "said")), ["that the deal was final"]);
    let all = reports("Kim said the mill was old, but she liked it.");
    assert_eq!(content(by_cue(&all, "said")), ["the mill was old"]);
}

#[test]
fn a_subject_with_a_contact_clause_or_a_parenthesis() {
    // "people I've met": a relative clause without "who", its subject "I"
    let all = reports("Several people I've met this week said the mill would close.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Several people"));
    assert_eq!(content(r), ["the mill would close"]);
    // a party and state in parentheses, a stray comma after them, and a
    // time before "that"
    let all = reports("Rep. Ann Lee (D-Ohio), said after the vote that she would appeal.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Rep. Ann Lee"));
    assert_eq!(content(r), ["that she would appeal"]);
    // a capitalised "I" opening a clause of its own is no contact clause
    let all = reports("The plan I drafted failed.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_plain_form_after_the_people_polled_is_a_verb() {
    let all = reports("The senators surveyed support a shorter session.");
    let r = by_cue(&all, "support");
    assert_eq!(speaker(r), Some("The senators surveyed"));
    assert_eq!(content(r), ["a shorter session"]);
    // a noun after a participle with no plural before it stays a noun
    let all = reports("The plan surveyed support for the levy.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn an_opening_participle_with_a_time_before_that() {
    let all = reports("Since announcing in March that she would retire, Ann Lee has traveled.");
    let r = by_cue(&all, "announcing");
    assert_eq!(speaker(r), Some("Ann Lee"));
    assert_eq!(content(r), ["that she would retire"]);
}

#[test]
fn an_adverb_before_a_quantifier_object_is_no_circumstance() {
    // the "that" after "virtually nothing" is a relative pronoun's, not
    // the start of a reported clause
    let all = reports("The mayor said virtually nothing that was new.");
    assert!(
        all.iter().all(|r| content(r) != ["that was new"]),
        "{all:#?}"
    );
    // an adverb of time before "that" still leads to the clause
    let all = reports("The mayor said recently that the levy would pass.");
    assert_eq!(content(by_cue(&all, "said")), ["that the levy would pass"]);
}

#[test]
fn an_adjective_in_ly_before_the_object_keeps_its_relative_clause() {
    // "quarterly" and "weekly" modify the object: the "that" after it is
    // a relative pronoun's
    assert_contents(&[
        (
            "The bank reported quarterly profits that beat forecasts.",
            "reported",
            "quarterly profits that beat forecasts",
        ),
        (
            "The agency reported weekly figures that were revised.",
            "reported",
            "weekly figures that were revised",
        ),
    ]);
    // as an adverb before "that" or a time it still leads to the clause
    assert_contents(&[
        (
            "The mayor said early that the levy would pass.",
            "said",
            "that the levy would pass",
        ),
        (
            "The board reported quarterly that sales had fallen.",
            "reported",
            "that sales had fallen",
        ),
    ]);
}

#[test]
fn a_phrase_summing_up_the_content_after_a_dash_is_the_writers() {
    // "— a move that …", "- a point that …": after a dash, a phrase with
    // "a" or "an" closed by a relative pronoun ends the content
    assert_contents(&[
        (
            "Lee said the rule was never enforced - a point that officials dispute.",
            "said",
            "the rule was never enforced",
        ),
        (
            "Most senators support reforming the rules \u{2014} a move that would cut their power.",
            "support",
            "reforming the rules",
        ),
    ]);
    // not another kind of phrase after the dash, nor in a content with a
    // quotation, whose words may be the speaker's own
    assert_contents(&[
        (
            "Lee said the rule was never enforced - the one rule that mattered.",
            "said",
            "the rule was never enforced - the one rule that mattered",
        ),
        (
            "Lee said the city was \"in decline\" - a decline that began years ago.",
            "said",
            "the city was \"in decline\" - a decline that began years ago",
        ),
    ]);
}

#[test]
fn asides_between_dashes() {
    // a report inside the aside ends with it, and the verb around it
    // keeps its "that" clause
    let all = reports(
        "The mayor argued - rebuking the council twice by name - that the levy had failed.",
    );
    let r = by_cue(&all, "argued");
    assert_eq!(speaker(r), Some("The mayor"));
    assert_eq!(content(r), ["that the levy had failed"]);
    assert!(
        all.iter().all(|r| !content(r).concat().contains("levy")
            || r.cue().is_some_and(|c| c.text() == "argued")),
        "{all:#?}"
    );
    // after an adverb of manner too
    let all = reports("The mayor argued firmly - at length - that the levy had failed.");
    assert_eq!(
        content(by_cue(&all, "argued")),
        ["that the levy had failed"]
    );
    // a subject with an aside holding a quotation still reports
    let all = reports(
        "A spokesman for the firm - a company billed as \"the best in town\" - noted that it pays well.",
    );
    let r = by_cue(&all, "noted");
    assert_eq!(speaker(r), Some("A spokesman for the firm"));
    assert_eq!(content(r), ["that it pays well"]);
}

#[test]
fn an_aside_between_dashes_after_the_addressee() {
    let all = reports("We asked the owners - Lee, Kim and Park - why the mill had closed.");
    let r = by_cue(&all, "asked");
    assert_eq!(addressee(r), Some("the owners"));
    assert_eq!(content(r), ["why the mill had closed"]);
}

#[test]
fn scholars_and_legislators_are_speakers() {
    // a speaker noun heads a subject an aside between dashes follows
    let all = reports("The three scholars - Lee, Kim and Park - agreed the levy would pass.");
    let r = by_cue(&all, "agreed");
    assert_eq!(speaker(r), Some("The three scholars"));
    assert_eq!(content(r), ["the levy would pass"]);
    let all = reports("Two legislators - both from Ohio - warned that the levy would fail.");
    assert_eq!(speaker(by_cue(&all, "warned")), Some("Two legislators"));
}

#[test]
fn a_participle_after_a_comma_and_instead_ends_an_object() {
    // ", instead restating …", ", also noting …": the participle after an
    // adverb of that kind is the speaker's next act, as one right after
    // the comma is
    assert_contents(&[
        (
            "Lee did not criticize her rival, instead restating her own plan.",
            "criticize",
            "her rival",
        ),
        (
            "Kim praised the budget, also noting its cost.",
            "praised",
            "the budget",
        ),
    ]);
    // not "then" in a sequence the content lists
    assert_contents(&[(
        "Lee said the first step is a border plan, then cracking down on fraud.",
        "said",
        "the first step is a border plan, then cracking down on fraud",
    )]);
}

#[test]
fn a_participle_after_a_closing_reporting_clause_reports_apart() {
    let all = reports("The levy is dead, the mayor said, noting that the vote had failed.");
    let said = by_cue(&all, "said");
    assert_eq!(content(said), ["The levy is dead"]);
    assert_eq!(said.rule(), Some(Rule::ClosingReport));
    let noting = by_cue(&all, "noting");
    assert_eq!(speaker(noting), Some("the mayor"));
    assert_eq!(content(noting), ["that the vote had failed"]);
    // a clause that goes on after the reporting clause still joins
    let all = reports("The levy, the mayor said, is dead.");
    assert_eq!(content(by_cue(&all, "said")), ["The levy", "is dead"]);
}

#[test]
fn a_quoted_title_in_the_circumstance_before_that() {
    let text = "Sanders said on NBC's \"Meet the Press\" that the plan was \"clearly lacking.\"";
    let all = reports(text);
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that the plan was \"clearly lacking.\""]
    );
    // a quotation right after the verb is still its content
    let all = reports("Sanders said \"no\" that day.");
    assert!(all.iter().all(|r| content(r) != ["that day"]), "{all:#?}");
}

#[test]
fn the_medium_of_speaking_is_no_content() {
    for text in [
        "Pence said in a statement the report merits a prosecutor.",
        "Pence said in a statement released by the campaign the report merits a prosecutor.",
    ] {
        let all = reports(text);
        assert_eq!(
            content(by_cue(&all, "said")),
            ["the report merits a prosecutor"],
            "{text}"
        );
    }
    let all = reports("Pence said in an interview with CNN he would run.");
    assert_eq!(content(by_cue(&all, "said")), ["he would run"]);
    // a subject the grammar reads as no speaker, before an auxiliary, and
    // a note, a filing or a podcast as the medium
    for (text, what) in [
        (
            "Lee said in a statement the plan had failed.",
            "the plan had failed",
        ),
        (
            "Lee said in an interview Tuesday the city would appeal.",
            "the city would appeal",
        ),
        (
            "Analysts said in a note to clients they expected prices to rise.",
            "they expected prices to rise",
        ),
        (
            "Lee said in a court filing the company had lied.",
            "the company had lied",
        ),
        // a place by its name, like a platform's
        (
            "Lee said in Ohio the economy was strong.",
            "the economy was strong",
        ),
        ("Lee said at Harvard he would run.", "he would run"),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "said")), [what], "{text}");
    }
    // a fronted phrase that is no medium stays in the content
    let all = reports("She said in politics it takes time.");
    assert_eq!(content(by_cue(&all, "said")), ["in politics it takes time"]);
}

#[test]
fn no_one_is_a_speaker() {
    for (text, cue, said) in [
        (
            "No one expected a full hour of debate.",
            "expected",
            "a full hour of debate",
        ),
        (
            "No one said the plan would work.",
            "said",
            "the plan would work",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some("No one"), "{text}");
        assert_eq!(content(r), [said], "{text}");
    }
    // "one" before a past form still modifies a noun
    assert!(reports("It was one reported case.").is_empty());
}

#[test]
fn a_clause_without_that() {
    let all = reports("The mayor says the bridge will reopen next spring.");
    let r = by_cue(&all, "says");
    assert_eq!(speaker(r), Some("The mayor"));
    assert_eq!(content(r), ["the bridge will reopen next spring"]);
}

#[test]
fn told_names_the_addressee() {
    let all = reports("Wang Yi told Lavrov that China would keep its promises.");
    let r = by_cue(&all, "told");
    assert_eq!(speaker(r), Some("Wang Yi"));
    assert_eq!(addressee(r), Some("Lavrov"));
    assert_eq!(content(r), ["that China would keep its promises"]);
    let all = reports("The coach told reporters the team had played badly.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("reporters"));
    assert_eq!(content(r), ["the team had played badly"]);
}

#[test]
fn a_participle_of_warning_or_reminding_names_the_addressee() {
    for (text, cue, who, what) in [
        (
            "Lee spoke Tuesday, warning voters the plan would fail.",
            "warning",
            "voters",
            "the plan would fail",
        ),
        (
            "Lee spoke Tuesday, reminding the crowd that the plan had failed.",
            "reminding",
            "the crowd",
            "that the plan had failed",
        ),
        (
            "Lee wrote to the board, assuring members the plan would work.",
            "assuring",
            "members",
            "the plan would work",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(addressee(r), Some(who), "{text}");
        assert_eq!(content(r), [what], "{text}");
    }
}

#[test]
fn an_infinitive_after_the_addressee_holds_its_own_that() {
    // "that" inside the infinitive's object opens no content of the verb
    for (text, cue, what) in [
        (
            "Aides urged Kim to accept the fact that Lee had won.",
            "urged",
            "Kim to accept the fact that Lee had won",
        ),
        (
            "Others spoke, urging Kim to accept the fact that Lee had won.",
            "urging",
            "Kim to accept the fact that Lee had won",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [what], "{text}");
    }
    // a list of names addressed inside an opening clause: its commas do
    // not end the clause, whose own comma does
    let all = reports(
        "Later, after the board asked Kim, Lee and Park to search their files, Ann Ross said that one file was missing.",
    );
    assert_eq!(
        content(by_cue(&all, "asked")),
        ["Kim, Lee and Park to search their files"]
    );
    assert_eq!(content(by_cue(&all, "said")), ["that one file was missing"]);
}

#[test]
fn a_clause_right_after_a_time_of_speaking_is_the_content() {
    // the clause's own subject or auxiliary comes before any "that": a
    // later "that" is a relative pronoun inside it
    for (text, cue, expected) in [
        (
            "The governor said Tuesday he would veto any bill that cut pensions.",
            "said",
            "he would veto any bill that cut pensions",
        ),
        (
            "The governor said on Tuesday the plan would hurt workers that need help.",
            "said",
            "the plan would hurt workers that need help",
        ),
        // "that" after the circumstance still opens the content
        (
            "The governor said in an interview with a radio station on Tuesday that he would veto the bill.",
            "said",
            "that he would veto the bill",
        ),
        (
            "The governor said in a speech he gave Tuesday that he would veto the bill.",
            "said",
            "that he would veto the bill",
        ),
        (
            "The governor said on the radio, where he is a weekly guest, that he would veto the bill.",
            "said",
            "that he would veto the bill",
        ),
        (
            "Historians have known since World War I that hunger breeds unrest.",
            "known",
            "that hunger breeds unrest",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [expected], "{text}");
    }
}

#[test]
fn a_that_after_a_long_chain_of_circumstance_ending_at_a_name_or_comma() {
    assert_contents(&[
        (
            "The mayor said Friday during a taping of a radio show in Dayton, Ohio, that the levy would pass.",
            "said",
            "that the levy would pass",
        ),
        (
            "The mayor insisted, most recently in a long interview with the Dayton Daily News, that the levy would pass.",
            "insisted",
            "that the levy would pass",
        ),
        (
            "The mayor argued in a long interview on local radio with host Ann Marie Cole that the levy would pass.",
            "argued",
            "that the levy would pass",
        ),
    ]);
    // a "that" that far before a past form (a relative's), or one in the
    // phrase of an infinitive or a participle, opens no content
    for (text, cue) in [
        (
            "The mayor wrote during a long chat with his followers on the page of the city council on Facebook that showed the mill.",
            "wrote",
        ),
        (
            "The mayor apologized for his decision to tell voters on the eve of the vote in Dayton, Ohio, that the levy had failed.",
            "apologized",
        ),
    ] {
        let all = reports(text);
        let found = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text() == cue))
            .map(content);
        assert!(
            found.as_ref().is_none_or(|c| !c[0].starts_with("that")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_name_given_in_a_relative_clause_is_reported() {
    for (text, cue, who, parts) in [
        (
            "The coach praised the stadium, which he called \"a cathedral of sport.\"",
            "called",
            "he",
            ["which", "\"a cathedral of sport.\""],
        ),
        (
            "The fans, whom she described as \"loyal to a fault,\" cheered.",
            "described",
            "she",
            ["whom", "\"loyal to a fault,\""],
        ),
        (
            "In a clip that the referee called \"regrettable,\" the striker fell.",
            "called",
            "the referee",
            ["that", "\"regrettable,\""],
        ),
        (
            "The club runs videos he calls \"Inside the Dressing Room,\" with interviews.",
            "calls",
            "he",
            ["videos", "\"Inside the Dressing Room,\""],
        ),
        // unquoted, in a clause set off by commas: up to its closing comma
        (
            "The ruling, which the judge called premature, was appealed.",
            "called",
            "the judge",
            ["which", "premature"],
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), parts, "{text}");
    }
    // "that" after a verb opens a clause, whose verb of naming has its
    // object: one report, the owner's, holds it
    let all = reports("The owner said that Lee called the stadium \"a disgrace.\"");
    assert_eq!(all.len(), 1);
    assert_eq!(
        content(&all[0]),
        ["that Lee called the stadium \"a disgrace.\""]
    );
    // an object before the name: no name given to the pronoun's noun
    let all = reports("The stadium, which Lee called Kim a fool for building, is old.");
    assert!(all.iter().all(|r| content(r)[0] != "which"));
}

#[test]
fn a_past_verb_of_saying_after_a_clause_in_the_present_is_the_speakers() {
    // the clause reported is in the present; "said" agrees with "told"
    let all = reports(
        "The coach told reporters that he thinks the team is \"a mess\" and said \"we need help.\"",
    );
    assert_eq!(
        content(by_cue(&all, "told")),
        ["that he thinks the team is \"a mess\""]
    );
    let said = by_cue(&all, "said");
    assert_eq!(speaker(said), Some("The coach"));
    let all = reports(
        "The mayor has said she wants a new bridge and has argued that the city needs one.",
    );
    assert_eq!(content(by_cue(&all, "said")), ["she wants a new bridge"]);
    // a clause in the past, or one whose "has" a later participle shares,
    // goes on past "and"
    for (text, whole) in [
        (
            "The mayor said that she raised taxes and warned the council.",
            "that she raised taxes and warned the council",
        ),
        (
            "The mayor said she has never held a fundraiser and never called a donor.",
            "she has never held a fundraiser and never called a donor",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "said")), [whole], "{text}");
    }
}

#[test]
fn a_programme_of_a_broadcaster_is_the_addressee() {
    for (text, expected) in [
        (
            "The coach told KXAN's \"Sports Desk\" that the team had played badly.",
            "KXAN's \"Sports Desk\"",
        ),
        (
            "The coach told the BBC's Sunday Sport programme that the team had played badly.",
            "the BBC's Sunday Sport programme",
        ),
        (
            "The coach told WFAN's \"Morning Show\" on Friday that the team had played badly.",
            "WFAN's \"Morning Show\"",
        ),
        // (a person of the broadcaster, as before)
        (
            "The coach told ESPN's Tina Park that the team had played badly.",
            "ESPN's Tina Park",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(speaker(r), Some("The coach"), "{text}");
        assert_eq!(addressee(r), Some(expected), "{text}");
        assert_eq!(content(r), ["that the team had played badly"], "{text}");
    }
    // a programme with the small words of a title, closed by a time and a
    // clause with no "that", or by a preposition
    for (text, expected, rest) in [
        (
            "The coach told KXAN's Face the Fans on Sunday the team had played badly.",
            "KXAN's Face the Fans",
            "the team had played badly",
        ),
        (
            "The coach told ESPN's Tina Park about the team's bad season.",
            "ESPN's Tina Park",
            "about the team's bad season",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(addressee(r), Some(expected), "{text}");
        assert_eq!(content(r), [rest], "{text}");
    }
    // after a quotation, the programme closing the sentence is whom the
    // speaker told, and no content of its own
    let all = reports("\"We played badly,\" the coach, Ann Lee, told the BBC's Today programme.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(addressee(&all[0]), Some("the BBC's Today programme"));
    // a title with "of" is no programme: the grammar of speakers reads it
    let all =
        reports("The coach told Lee's Chief of Staff Ann Park that the team had played badly.");
    assert_eq!(
        addressee(by_cue(&all, "told")),
        Some("Lee's Chief of Staff Ann Park")
    );
    // lower-case listeners after the possessive are read as before, with
    // the clause after them
    let all = reports("The coach told ESPN's viewers the team had played badly.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("ESPN's viewers"));
    assert_eq!(content(r), ["the team had played badly"]);
}

#[test]
fn two_addressees_joined_by_and_are_one() {
    for (text, expected) in [
        (
            "Lee told The Daily Ledger and Courier on Monday that she would run.",
            "The Daily Ledger and Courier",
        ),
        (
            "The mayor told the council and its staff that the budget was short.",
            "the council and its staff",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(addressee(r), Some(expected), "{text}");
        assert!(content(r)[0].starts_with("that "), "{text}");
    }
    // "and" before no phrase joins the verb to another: no content
    let all = reports("Lee told reporters and left.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_list_of_names_is_one_addressee() {
    let all = reports("The coach told Ann Lee, Bo Chen and Kim Park that the game was off.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("Ann Lee, Bo Chen and Kim Park"));
    assert_eq!(content(r), ["that the game was off"]);
    let all = reports("The board asked Lee, Chen and Park to resign.");
    assert_eq!(
        content(by_cue(&all, "asked")),
        ["Lee, Chen and Park to resign"]
    );
    // a description after the comma is an appositive, no second name
    let all = reports("The coach told Lee, a reporter, that the game was off.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("Lee"));
}

#[test]
fn a_question_after_the_appositive_of_the_one_asked_is_reported() {
    for (text, cue, who, expected) in [
        (
            "The senator asked Carl Bright, the chief executive, whether the airline had enough pilots.",
            "asked",
            "Carl Bright",
            "whether the airline had enough pilots",
        ),
        (
            "The senator asked the chief executive, Carl Bright, why so few pilots were hired.",
            "asked",
            "the chief executive",
            "why so few pilots were hired",
        ),
        (
            "The senator told the chief executive, Carl Bright, that too few pilots were hired.",
            "told",
            "the chief executive",
            "that too few pilots were hired",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some("The senator"), "{text}");
        assert_eq!(addressee(r), Some(who), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
}

#[test]
fn warned_and_denied() {
    let all = reports("The minister warned farmers that prices would fall.");
    let r = by_cue(&all, "warned");
    assert_eq!(addressee(r), Some("farmers"));
    assert_eq!(content(r), ["that prices would fall"]);
    let all = reports("The company denied that it had broken any rules.");
    assert_eq!(
        content(by_cue(&all, "denied")),
        ["that it had broken any rules"]
    );
}

#[test]
fn a_bare_noun_before_that_is_the_addressee() {
    for (text, cue, to) in [
        (
            "The chairman warned shareholders that profits would fall.",
            "warned",
            "shareholders",
        ),
        (
            "The minister told parliament that the bill was ready.",
            "told",
            "parliament",
        ),
        // with a time before "that"
        (
            "The minister told parliament on Monday that the bill was ready.",
            "told",
            "parliament",
        ),
        (
            "The chairman warned shareholders last week that profits would fall.",
            "warned",
            "shareholders",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(addressee(r), Some(to), "{text}");
        assert!(content(r)[0].starts_with("that "), "{text}");
    }
    // a time is no addressee, nor the head of a relative clause
    let all = reports("The minister told today that the bill was ready.");
    assert_eq!(by_cue(&all, "told").addressee(), None);
    let all = reports("The minister warned households that could not pay.");
    assert_eq!(by_cue(&all, "warned").addressee(), None);
    let all = reports("The minister warned households on Monday that could not pay.");
    assert_eq!(by_cue(&all, "warned").addressee(), None);
}

#[test]
fn a_quotation_continuing_a_partial_quotation_joins_its_report() {
    let all = reports(
        "Farmers are \u{201c}tired of waiting for rain,\u{201d} Ann Lee said. \
         \u{201c}The wells are dry.\u{201d}",
    );
    let direct: Vec<_> = all
        .iter()
        .filter(|r| r.kind() != ReportKind::Indirect)
        .collect();
    assert_eq!(direct.len(), 1, "{all:#?}");
    assert_eq!(
        content(direct[0]),
        [
            "Farmers are \u{201c}tired of waiting for rain,\u{201d}",
            "\u{201c}The wells are dry.\u{201d}"
        ]
    );
    // a quotation another speaker's clause attributes stays apart
    let all = reports(
        "Farmers are \u{201c}tired of waiting,\u{201d} Ann Lee said. \
         \u{201c}The wells are dry,\u{201d} Tom Park said.",
    );
    let direct: Vec<_> = all
        .iter()
        .filter(|r| r.kind() != ReportKind::Indirect)
        .collect();
    assert_eq!(direct.len(), 2, "{all:#?}");
}

#[test]
fn negations_and_questions_are_still_reports() {
    let all = reports("The senator did not say whether she would run again.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("The senator"));
    assert_eq!(content(r), ["whether she would run again"]);
    // a contracted negation is no part of the speaker
    for (text, cue) in [
        ("She didn't say whether she would run again.", "say"),
        ("She doesn\u{2019}t think she will run again.", "think"),
        ("They won't admit that she will run again.", "admit"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert!(matches!(speaker(r), Some("She" | "They")), "{text}: {r:#?}");
    }
    let all = reports("Reporters asked if the plan was dead.");
    assert_eq!(content(by_cue(&all, "asked")), ["if the plan was dead"]);
}

#[test]
fn an_infinitive_content() {
    let all = reports("The governor urged lawmakers to pass the budget by Friday.");
    let r = by_cue(&all, "urged");
    assert_eq!(addressee(r), Some("lawmakers"));
    // the one addressed is the infinitive's subject, and in its content
    assert_eq!(content(r), ["lawmakers to pass the budget by Friday"]);
    let all = reports("The campaign declined to comment.");
    assert_eq!(content(by_cue(&all, "declined")), ["to comment"]);
    // so is its negation
    assert_contents(&[
        (
            "The mayor vowed not to raise taxes again.",
            "vowed",
            "not to raise taxes again",
        ),
        (
            "Two banks warned the council not to cut rates.",
            "warned",
            "the council not to cut rates",
        ),
        (
            "The coach told him not to worry about it.",
            "told",
            "him not to worry about it",
        ),
    ]);
    // …but not a time between the verb and the infinitive
    assert_contents(&[(
        "The governor urged on Tuesday to pass the budget.",
        "urged",
        "to pass the budget",
    )]);
}

#[test]
fn view_as_a_verb_of_thought() {
    assert_contents(&[
        (
            "Some voters view the mayor as a threat.",
            "view",
            "the mayor as a threat",
        ),
        (
            "The council views itself as a leader on climate.",
            "views",
            "itself as a leader on climate",
        ),
    ]);
    let all = reports("The council views itself as a leader on climate.");
    assert_eq!(by_cue(&all, "views").cue_class(), CueClass::Thought);
    // the noun is no cue
    for text in [
        "Her views on trade are well known.",
        "The views from the hill are stunning.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "views")),
            "{text}"
        );
    }
}

#[test]
fn phrases_of_attack_and_comment_report_their_object() {
    assert_contents(&[
        (
            "The senator lashed out at the agency on Monday.",
            "lashed out at",
            "the agency",
        ),
        (
            "Lee took aim at the governor's budget.",
            "took aim at",
            "the governor's budget",
        ),
        (
            "Several mayors weighed in on the new rules.",
            "weighed in on",
            "the new rules",
        ),
        (
            "The union took issue with the ruling.",
            "took issue with",
            "the ruling",
        ),
    ]);
    assert_contents(&[
        (
            "The governor laid out her plan for the schools.",
            "laid out",
            "her plan for the schools",
        ),
        (
            "The mayor shrugged off the criticism.",
            "shrugged off",
            "the criticism",
        ),
        (
            "Aides have made the case that the tax is fair.",
            "made the case",
            "that the tax is fair",
        ),
        (
            "The council took credit for the new park.",
            "took credit for",
            "the new park",
        ),
        (
            "A federal judge sided with the city.",
            "sided with",
            "the city",
        ),
        (
            "The mayor hinted at a run for governor.",
            "hinted at",
            "a run for governor",
        ),
        (
            "The manager hit out at the referee on Saturday.",
            "hit out at",
            "the referee",
        ),
        (
            "The coach hits out at his critics.",
            "hits out at",
            "his critics",
        ),
    ]);
    // the shorter phrase still reads where the longer does not
    let all = reports("\u{201c}We will not wait,\u{201d} Lee lashed out.");
    assert!(
        all.iter()
            .any(|r| r.cue().is_some_and(|c| c.text() == "lashed out"))
    );
}

#[test]
fn what_a_source_knows_stays_in_its_phrase_before_a_relative_clause() {
    // "familiar with the matter", "briefed on the situation": the
    // phrase ends before the relative clause on the source
    for (text, cue, who) in [
        (
            "The talks have stalled, according to people familiar with the matter \
             who spoke on condition of anonymity.",
            "according to",
            "people familiar with the matter",
        ),
        (
            "People briefed on the situation who asked not to be named say the deal is off.",
            "say",
            "People briefed on the situation",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn a_second_predicate_after_but_belongs_to_the_reported_clause() {
    // after a verb of saying, "but" and a verb with no subject go on with
    // the reported clause's own subject
    assert_contents(&[
        (
            "Leon said she wanted change, but found the mogul too crude to support.",
            "said",
            "she wanted change, but found the mogul too crude to support",
        ),
        (
            "The chairman said the process was fair, but required an effort.",
            "said",
            "the process was fair, but required an effort",
        ),
        (
            "Porter said he was paid well, but strongly favored the new rule.",
            "said",
            "he was paid well, but strongly favored the new rule",
        ),
    ]);
    // a subject after "but" opens the writer's clause, and after an
    // object the verb is the speaker's next act
    assert_contents(&[
        (
            "Lee said the plan was fair, but voters say it is not.",
            "said",
            "the plan was fair",
        ),
        (
            "Lee said the plan was fair, but the mayor disagreed.",
            "said",
            "the plan was fair",
        ),
        (
            "Lee denounced the plan, but voted for it.",
            "denounced",
            "the plan",
        ),
    ]);
}

#[test]
fn a_content_ends_before_a_reporting_clause_that_closes_the_sentence() {
    // a report inside what a closing "police said" reports ends at the
    // comma before it, as the outer content does
    for (text, cue, expected) in [
        (
            "The man heard shots and reported them, police said.",
            "reported",
            "them",
        ),
        (
            "The agency met twice and cited a list of concerns, officials said Tuesday.",
            "cited",
            "a list of concerns",
        ),
        (
            "The man heard shots and reported them, said a police spokesman.",
            "reported",
            "them",
        ),
        // with a few words of place or occasion after the verb
        (
            "Officers came after a neighbor reported hearing shots, police said at a briefing.",
            "reported",
            "hearing shots",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [expected], "{text}");
    }
    // a relative clause whose verb takes a topic, "called for", is no
    // reporting clause closing the sentence
    let text = "Lee said the deal threatens Iran, whose leaders have called for a vote.";
    let all = reports(text);
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the deal threatens Iran, whose leaders have called for a vote"],
        "{all:#?}"
    );
    // a verb after the comma that is no reporting clause of its own
    // leaves the content whole
    let text = "Lee said his partner Ann Park, AKA Lady Sol, wrote a host of new songs.";
    let all = reports(text);
    assert_eq!(
        content(by_cue(&all, "said")),
        ["his partner Ann Park, AKA Lady Sol, wrote a host of new songs"]
    );
}

#[test]
fn a_sentence_adverb_before_a_name_and_a_past_like_its_plain_form() {
    // "hit", "cut", "put" after a singular name are past forms: the
    // adverb opens no phrase that runs to the comma, and the name is the
    // subject the participle after the comma speaks for
    for text in [
        "Meanwhile Silva hit out at the referee, claiming the goal was offside.",
        "Then Lee cut the budget, claiming the goal was offside.",
        "Later Ann Park put the plan aside, claiming the goal was offside.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "claiming");
        assert!(
            speaker(r).is_some_and(|s| s == "Silva" || s == "Lee" || s == "Ann Park"),
            "{text}: {all:#?}"
        );
        assert_eq!(content(r), ["the goal was offside"], "{text}");
    }
    // a phrase that does open the sentence still does: its comma ends it
    let all = reports("Hit by the storm, Lee said the town would rebuild.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
}

#[test]
fn a_content_inside_parentheses_ends_at_the_closing_one() {
    let all = reports("The group (which often criticized the mayor) met on Monday.");
    assert_eq!(content(by_cue(&all, "criticized")), ["the mayor"]);
}

#[test]
fn an_adjective_of_stance_after_a_copula() {
    for (text, adjective, who, what) in [
        (
            "Some donors are concerned that the race is slipping away.",
            "concerned",
            "Some donors",
            "that the race is slipping away",
        ),
        (
            "The mayor was not convinced that the plan would work.",
            "convinced",
            "The mayor",
            "that the plan would work",
        ),
        (
            "Farmers have been critical of the new rules.",
            "critical",
            "Farmers",
            "the new rules",
        ),
        (
            "Her aides remain hopeful that the vote will pass.",
            "hopeful",
            "Her aides",
            "that the vote will pass",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, adjective);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert_eq!(r.cue_class(), CueClass::Thought, "{text}");
    }
    // no copula, no complement, "critical" of importance, a gerund: none
    for text in [
        "A concerned parent called the school.",
        "The mayor was worried.",
        "It is critical to act now.",
        "She recalls the partner being supportive of her.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r.cue().is_none_or(|c| !matches!(
                c.text(),
                "concerned" | "worried" | "critical" | "supportive"
            ))),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn intimated_and_insinuated_report() {
    assert_contents(&[
        (
            "The senator has intimated that the vote will be close.",
            "intimated",
            "that the vote will be close",
        ),
        (
            "Lee insinuated that the count was rigged.",
            "insinuated",
            "that the count was rigged",
        ),
    ]);
}

#[test]
fn a_conjunction_opening_the_sentence_is_no_speaker() {
    let all = reports("But estimates for the new budget vary widely.");
    let r = by_cue(&all, "estimates");
    assert_eq!(speaker(r), None);
    // a name after it still speaks
    let all = reports("But Lee estimates the budget will grow.");
    assert_eq!(speaker(by_cue(&all, "estimates")), Some("Lee"));
}

#[test]
fn talks_about_reports_its_object() {
    assert_contents(&[
        (
            "The mayor talks about a new start for the city.",
            "talks about",
            "a new start for the city",
        ),
        (
            "She often talks about how she fought for the plan.",
            "talks about",
            "how she fought for the plan",
        ),
    ]);
    // the plural noun is no cue
    let text = "The talks about the border broke down on Friday.";
    assert!(
        reports(text)
            .iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "talks about")),
        "{text}: {:#?}",
        reports(text)
    );
}

#[test]
fn in_someones_view_opening_a_sentence() {
    let all = reports("In Lee's view, the council should have waited a year.");
    let r = by_cue(&all, "view");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["the council should have waited a year"]);
    assert_eq!(r.cue_class(), CueClass::Thought);
    assert_eq!(r.rule(), Some(Rule::AccordingTo));
    let all = reports("In their opinion, the vote came far too early.");
    let r = by_cue(&all, "opinion");
    assert_eq!(speaker(r), Some("their"));
    assert_eq!(content(r), ["the vote came far too early"]);
    // a view of something, and a view with no holder, hold nothing
    for text in [
        "In his view of the city, every street has a story.",
        "In the view from the hill, the river shines.",
        "In view of the storm, the game was called off.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "view")),
            "{text}: {:#?}",
            reports(text)
        );
    }
}

#[test]
fn in_someones_view_or_words_later_in_a_sentence() {
    // set off by commas inside the clause, around it
    let all = reports("The only other step, in Professor Knittel's view, would be more research.");
    let r = by_cue(&all, "view");
    assert_eq!(speaker(r), Some("Professor Knittel"));
    assert_eq!(
        content(r),
        ["The only other step", "would be more research"]
    );
    // with a short subject, or after another phrase with "in", from the
    // clause a conjunction opens
    let all = reports("The cost, in her view, is too high.");
    assert_eq!(content(by_cue(&all, "view")), ["The cost", "is too high"]);
    let all = reports(
        "Turnout fell in the city, in part because of rain, and the result, in Lee's view, was a setback.",
    );
    assert_eq!(
        content(by_cue(&all, "view")),
        ["the result", "was a setback"]
    );
    // closing the sentence, before it
    let all = reports("It is a failure from the budget to diplomacy, in Bolton's view.");
    assert_eq!(
        content(by_cue(&all, "view")),
        ["It is a failure from the budget to diplomacy"]
    );
    // after a conjunction, the clause it opens
    let all = reports("The plan failed, but, in her view, it was worth trying.");
    assert_eq!(content(by_cue(&all, "view")), ["it was worth trying"]);
    // "words" makes the holder a speaker
    let all = reports("In Pike's words, the town is choosing between two losses.");
    let r = by_cue(&all, "words");
    assert_eq!(speaker(r), Some("Pike"));
    assert_eq!(r.cue_class(), CueClass::Speech);
    assert_eq!(content(r), ["the town is choosing between two losses"]);
    // and so does "the words of" a holder after it, opening the sentence
    // or set off inside it
    let all = reports("In the words of Ann Pike, the town is choosing between two losses.");
    let r = by_cue(&all, "words");
    assert_eq!(speaker(r), Some("Ann Pike"));
    assert_eq!(content(r), ["the town is choosing between two losses"]);
    let all = reports("The levy, in the view of the court, was void.");
    let r = by_cue(&all, "view");
    assert_eq!(speaker(r), Some("the court"));
    assert_eq!(content(r), ["The levy", "was void"]);
    // inside someone else's report the view is part of the content, and
    // words without a holder hold nothing
    let all = reports("He said the plan, in his view, was a failure.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan, in his view, was a failure"]
    );
    let text = "In other words, the plan was a failure.";
    assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
}

#[test]
fn a_think_tank_thinks_nothing() {
    for text in [
        "Ann Lee runs a liberal think tank in the capital.",
        "Ann Lee, a fellow at a conservative think tank, wrote the report.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "think")),
            "{text}: {:#?}",
            reports(text)
        );
    }
    // the verb still reports
    let all = reports("Liberals think the tank is empty.");
    assert_eq!(content(by_cue(&all, "think")), ["the tank is empty"]);
}

#[test]
fn thought_and_evidence_have_their_classes() {
    let all = reports("The senator believes the bill will fail.");
    let r = by_cue(&all, "believes");
    assert_eq!(r.cue_class(), CueClass::Thought);
    assert_eq!(content(r), ["the bill will fail"]);
    let all = reports("A 2019 study found that most voters decide late.");
    let r = by_cue(&all, "found");
    assert_eq!(r.cue_class(), CueClass::Evidence);
    assert_eq!(speaker(r), Some("A 2019 study"));
    // a document that "suggests" reports evidence, a person speech
    let all = reports("The poll suggests the race is tied.");
    assert_eq!(by_cue(&all, "suggests").cue_class(), CueClass::Evidence);
    let all = reports("Her adviser suggests the race is tied.");
    assert_eq!(by_cue(&all, "suggests").cue_class(), CueClass::Speech);
}

#[test]
fn a_reporting_clause_closing_the_sentence() {
    let all = reports("The talks will resume in May, officials said.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("officials"));
    assert_eq!(content(r), ["The talks will resume in May"]);
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    // a preposition before a number opens a clause, not a circumstance
    let all = reports("About 270 people have been resettled, officials said.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["About 270 people have been resettled"]
    );
    // (an opening phrase of circumstance alone is still no content)
    let all = reports("In the early 1990s, Ann Lee said, the plan failed.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan failed"]);
    let all = reports("The vote was close, said Maria Lopez, a county clerk.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Maria Lopez"));
    // a phrase after the verb whose complement goes on to a verb of its
    // own is the subject of the content, not an inverted speaker
    let all = reports("Its hawks, like Lee and Park, say the bulk of the troops should be local.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("the bulk")),
        "{all:#?}"
    );
    // a description inverted with a name in apposition: both, named
    let all = reports("The mills are struggling, said the company's chief, Ann Lee.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("the company's chief, Ann Lee"));
    assert_eq!(
        r.speaker().and_then(whosaid::Mention::name),
        Some("Ann Lee")
    );
    assert_eq!(content(r), ["The mills are struggling"]);
    let all = reports("The vote was close, said Rep. Ann Lee of Ohio.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Rep. Ann Lee of Ohio"));
    // "people" heads a description of a speaker, too
    let all = reports("The vote was close, people close to the mayor say.");
    assert_eq!(
        speaker(by_cue(&all, "say")),
        Some("people close to the mayor")
    );
}

#[test]
fn a_present_verb_of_saying_inverted_at_the_end() {
    for (text, cue, who) in [
        (
            "The vote was close, says Maria Lopez.",
            "says",
            "Maria Lopez",
        ),
        (
            "The vote was close, adds Maria Lopez, a county clerk.",
            "adds",
            "Maria Lopez",
        ),
        (
            "The vote was close, writes political scientist Ann Lee in Denver.",
            "writes",
            "political scientist Ann Lee",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), ["The vote was close"], "{text}");
    }
    // a verb that is no verb of saying does not invert
    let all =
        reports("She put her finger on a facet of the campaign that, to her, invokes Reagan.");
    assert!(all.iter().all(|r| speaker(r) != Some("Reagan")));
}

#[test]
fn a_reporting_clause_interrupting_the_sentence() {
    let all = reports("The plan, officials said, will cost more than expected.");
    let r = by_cue(&all, "said");
    assert_eq!(content(r), ["The plan", "will cost more than expected"]);
    assert_eq!(r.rule(), Some(Rule::InterruptedReport));
    let all = reports("As the chairman put it, the fund is running dry.");
    let r = by_cue(&all, "put it");
    assert_eq!(speaker(r), Some("the chairman"));
    assert_eq!(content(r), ["the fund is running dry"]);
}

#[test]
fn a_relative_clause_after_the_subject_interrupts_nothing() {
    let all = reports(
        "The official, who spoke on condition of anonymity because the case is open, said charges were unlikely.",
    );
    // the relative clause reports nothing: "The official" is no content
    assert!(all.iter().all(|r| speaker(r) != Some("who")), "{all:#?}");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("The official"));
    assert_eq!(content(r), ["charges were unlikely"]);
}

#[test]
fn a_verb_joined_to_another_by_and_reports_nothing_of_its_own() {
    let all = reports("As the mayor spoke, the audience laughed and applauded.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("laughed")),
        "{all:#?}"
    );
    let all = reports("She laughed and admitted that the emails had been a curse.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("laughed")),
        "{all:#?}"
    );
    let r = by_cue(&all, "admitted");
    assert_eq!(speaker(r), Some("She"));
    assert_eq!(content(r), ["that the emails had been a curse"]);
}

#[test]
fn a_graded_participle_is_an_adjective() {
    for text in [
        "The most telling promise she has made is modest.",
        "It was one of the campaign's most challenging moments.",
        "They are the least favored candidates in decades.",
    ] {
        assert!(reports(text).is_empty(), "{text}");
    }
    // "most" as the subject still reports
    let all = reports("Voters were worried; most said the economy was weak.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("most"));
}

#[test]
fn a_speaker_quoted_on_in_the_next_paragraph_is_one_report() {
    let text = "\u{201c}We won,\u{201d} Ann Lee said.\n\n\u{201c}It was close.\u{201d}\n\nThe count ended at noon.";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Ann Lee"));
    assert_eq!(
        content(r),
        ["\u{201c}We won,\u{201d}", "\u{201c}It was close.\u{201d}"]
    );
    assert_eq!(r.kind(), ReportKind::Direct);
    // the same with a stream, paragraph by paragraph
    let mut stream = whosaid::stream().with_reports();
    let _ = stream.push(text);
    let (_, streamed) = stream.finish_reports();
    assert_eq!(streamed.len(), all.len());
    assert_eq!(streamed[0].content(), r.content());
    // a paragraph of narration between them keeps them apart
    let text = "\u{201c}We won,\u{201d} Ann Lee said.\n\nThe count ended at noon.\n\n\u{201c}It was close,\u{201d} she said.";
    let all = reports(text);
    assert!(all.iter().all(|r| r.content().len() == 1), "{all:#?}");
}

#[test]
fn according_to_opening_or_closing() {
    let all = reports("According to the census, the city grew by four percent.");
    let r = by_cue(&all, "According to");
    assert_eq!(speaker(r), Some("the census"));
    assert_eq!(r.cue_class(), CueClass::Evidence);
    assert_eq!(content(r), ["the city grew by four percent"]);
    let all = reports("Turnout fell sharply, according to county officials.");
    let r = by_cue(&all, "according to");
    assert_eq!(r.cue_class(), CueClass::Speech);
    assert_eq!(content(r), ["Turnout fell sharply"]);
    // a source named in apposition at the end is the source, not content
    let all = reports("Turnout fell sharply, according to a spokesman, Ann Lee.");
    let r = by_cue(&all, "according to");
    assert_eq!(speaker(r), Some("a spokesman, Ann Lee"));
    assert_eq!(
        r.speaker().and_then(whosaid::Mention::name),
        Some("Ann Lee")
    );
    assert_eq!(content(r), ["Turnout fell sharply"]);
    // but a name after the opening source's comma is the content's subject
    let all = reports("According to police, Ann Lee, 45, was arrested on Monday.");
    let r = by_cue(&all, "According to");
    assert_eq!(speaker(r), Some("police"));
    assert_eq!(content(r), ["Ann Lee, 45, was arrested on Monday"]);
    // a relative clause on the closing source is none of the content
    let all = reports(
        "The firm is weighing a sale, according to people briefed on the talks, who asked not to be named.",
    );
    let r = by_cue(&all, "according to");
    assert_eq!(content(r), ["The firm is weighing a sale"]);
    // …and the content goes on after it
    let all = reports("The wait, according to Ann Lee, who runs the clinic, is now six weeks.");
    let r = by_cue(&all, "according to");
    assert_eq!(content(r), ["The wait", "is now six weeks"]);
    // and so is a participle on it, before a time or a preposition, but
    // not the content's next verb with its object
    for (text, expected) in [
        (
            "Turnout fell, according to the report, published Monday in the Gazette.",
            &["Turnout fell"][..],
        ),
        (
            "The wait, according to the report, released in May, is now six weeks.",
            &["The wait", "is now six weeks"][..],
        ),
        (
            "The city cut its budget and, according to officials, adopted a new plan.",
            &["The city cut its budget and", "adopted a new plan"][..],
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "according to");
        assert_eq!(content(r), expected, "{text}");
    }
}

#[test]
fn according_to_with_an_appositive_of_its_source() {
    // an appositive of the opening source is neither source nor content
    for text in [
        "According to Ann Lee, the campaign's field director, the team has doubled.",
        "According to the campaign's field director, Ann Lee, the team has doubled.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "According to");
        assert_eq!(content(r), ["the team has doubled"], "{text}");
    }
    // nor is a relative clause on the source
    for text in [
        "According to the official, who spoke on condition of anonymity, talks have stalled.",
        "According to Ann Lee, who chairs the panel, the team has doubled.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "According to");
        let expected = if text.contains("Lee") {
            "Ann Lee"
        } else {
            "the official"
        };
        assert_eq!(speaker(r), Some(expected), "{text}");
        assert!(!content(r)[0].contains("who"), "{text}: {:?}", content(r));
    }
    // nor an indefinite appositive of a source without a person's name,
    // with or without a relative clause of its own
    assert_contents(&[
        (
            "According to the Hill Fund, a health think tank, waiting lists have doubled.",
            "According to",
            "waiting lists have doubled",
        ),
        (
            "According to the institute, a nonpartisan group that tracks spending, the race cost $4 million.",
            "According to",
            "the race cost $4 million",
        ),
    ]);
    // but an indefinite subject with a verb of its own is the content, and
    // so is one with an aside before its verb
    assert_contents(&[
        (
            "According to the Herald, an email was sent from the director, Jo Reyes, to the members.",
            "According to",
            "an email was sent from the director, Jo Reyes, to the members",
        ),
        (
            "According to the aide, a deal, if one is reached, would include tax cuts.",
            "According to",
            "a deal, if one is reached, would include tax cuts",
        ),
    ]);
    // not a list of the content's subjects after a document
    let all = reports("According to the poll, Clinton, Sanders and Trump lead the field.");
    assert_eq!(
        content(by_cue(&all, "According to")),
        ["Clinton, Sanders and Trump lead the field"]
    );
}

#[test]
fn according_to_inside_or_closing_with_an_appositive_of_its_source() {
    // the appositive after the source is no part of what it says
    for (text, expected) in [
        (
            "At the heart of the trouble, according to Dennis Ross, another former envoy, was a decision by the president.",
            vec![
                "At the heart of the trouble",
                "was a decision by the president",
            ],
        ),
        (
            "The plan, according to Lee, a Democrat, will fail.",
            vec!["The plan", "will fail"],
        ),
        (
            "The court needs a third judge, according to the Judicial Conference, the policy-making arm of the courts.",
            vec!["The court needs a third judge"],
        ),
        // a name after a source that is no name, alone or joined to
        // another source, closes the sentence
        (
            "The toll rose above 900, according to the disaster agency, AFAD.",
            vec!["The toll rose above 900"],
        ),
        (
            "The toll rose above 900, according to the disaster agency, AFAD, and the health ministry.",
            vec!["The toll rose above 900"],
        ),
        // a subject of its own after the source is the content's
        (
            "In 2015, according to the report, the company lost money.",
            vec!["In 2015", "the company lost money"],
        ),
        (
            "In 2015, according to the report, the company, which is based in Ohio, lost money.",
            vec!["In 2015", "the company, which is based in Ohio, lost money"],
        ),
        (
            "In 2015, according to the agency, Acme lost money.",
            vec!["In 2015", "Acme lost money"],
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "according to")), expected, "{text}");
    }
}

#[test]
fn wanting_to_know_asks_a_question() {
    let all = reports("Allies wanted to know if the country is still in the game.");
    let r = by_cue(&all, "wanted to know");
    assert_eq!(speaker(r), Some("Allies"));
    assert_eq!(content(r), ["if the country is still in the game"]);
}

#[test]
fn according_to_opening_a_sentence_in_parentheses() {
    // whose closing mark is no content
    let all = reports("Skaters still come. (According to the police, no one keeps count.)");
    assert_eq!(
        content(by_cue(&all, "According to")),
        ["no one keeps count"]
    );
}

#[test]
fn according_to_a_dated_document_closing_the_sentence_without_a_comma() {
    let all = reports("Kim now leads by seven points according to a poll released Monday.");
    let r = by_cue(&all, "according to");
    // (the source goes on with its participle and date)
    assert_eq!(speaker(r), Some("a poll released Monday"));
    assert_eq!(content(r), ["Kim now leads by seven points"]);
}

#[test]
fn a_participle_after_a_closing_clause_keeps_its_own_that() {
    // the "that" after "adding" is the participle's, not the content of
    // "said" (which lost its report to the participle's content)
    let all = reports("The plan will fail, Lee said, adding that the votes are not there.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r)[0], "The plan will fail");
    // an adverb between commas still leads to the verb's own "that"
    let all = reports("Lee said, however, that the plan would fail.");
    assert_eq!(content(by_cue(&all, "said")), ["that the plan would fail"]);
}

#[test]
fn a_modal_after_and_goes_on_with_what_was_said() {
    // "and would plead" is the client's, inside what Kim said, also when
    // a partial quotation hides the clause's subject from its verb
    let text = "Sarah Kim said her client \"intends to fight these charges\" and would \
                plead not guilty.";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Sarah Kim"));
    assert_eq!(
        content(r),
        ["her client \"intends to fight these charges\" and would plead not guilty"]
    );
    assert_eq!(r.kind(), ReportKind::Mixed);
    // after a verb that reports no clause, the modal's predicate is the
    // speaker's own: the content stops before it
    let all = reports("Ann Lee outlined a plan to cut taxes and may not do so this year.");
    let r = by_cue(&all, "outlined");
    assert!(!content(r)[0].contains("may not"), "{:?}", content(r));
}

#[test]
fn a_past_perfect_after_and_goes_on_with_what_was_said() {
    // "had asked" is the client's: the tense of a report after "said"
    let all =
        reports("The lawyer said his client was sorry and had asked for the lowest sentence.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["his client was sorry and had asked for the lowest sentence"]
    );
    // a verb in the simple past is the speaker's next act, as before
    let all = reports("The lawyer said his client was sorry and asked the judge for mercy.");
    assert_eq!(content(by_cue(&all, "said")), ["his client was sorry"]);
    assert_eq!(speaker(by_cue(&all, "asked")), Some("The lawyer"));
}

#[test]
fn a_noun_of_speech_in_a_phrase_of_occasion_is_no_verb() {
    // "call" after "on a conference" is a noun: the clause is what was
    // told, not what "analysts on a conference" call
    let text = "Ann Lee told analysts on a conference call that the cuts were painful.";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    let r = by_cue(&all, "told");
    assert_eq!(speaker(r), Some("Ann Lee"));
    assert_eq!(content(r), ["that the cuts were painful"]);
    // the same verbs after a subject that a phrase modifies still report
    for (text, cue, who) in [
        (
            "Critics of the plan claim that it will fail.",
            "claim",
            "Critics of the plan",
        ),
        (
            "Supporters of the measure note that crime fell.",
            "note",
            "Supporters of the measure",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn a_participle_after_a_closing_clause_speaks_for_its_speaker() {
    // the one who closes the sentence by saying it goes on with the
    // participle, not the subject of what was said
    for (text, who) in [
        (
            "Trump will lose the state, Ann Lee said, adding that he would not run again.",
            "Ann Lee",
        ),
        (
            "Trump will lose the state, said Ann Lee, adding that he would not run again.",
            "Ann Lee",
        ),
        (
            "Shares in the firm fell 3 percent, analysts at the bank said in a note, \
             adding that investors were nervous.",
            "analysts at the bank",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "adding");
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r).len(), 1, "{text}");
        assert!(content(r)[0].starts_with("that "), "{text}");
    }
    // a relative clause or a clause of its own before the participle is
    // no closing reporting clause: the sentence's subject goes on
    for text in [
        "Ann Lee praised the plan, which Tom Park said was sound, adding that it would pass.",
        "Ann Lee, a governor, repeated claims that Tom Park recites talking points, \
         noting that he never changes them.",
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| {
                r.cue()
                    .is_some_and(|c| matches!(c.text(), "adding" | "noting"))
            })
            .expect("the participle reports");
        assert_eq!(speaker(r), Some("Ann Lee"), "{text}");
    }
}

#[test]
fn a_document_described_by_a_participle_and_its_agent() {
    let all = reports(
        "A 40-page analysis released by the department last month shows that suicides rose.",
    );
    let r = by_cue(&all, "shows");
    assert_eq!(speaker(r), Some("A 40-page analysis"));
    assert_eq!(content(r), ["that suicides rose"]);
}

#[test]
fn a_pronoun_with_a_contracted_auxiliary_is_the_speaker() {
    for (text, who) in [
        ("She\u{2019}ll say that the plan failed.", "She"),
        ("They've said that the plan failed.", "They"),
        ("I\u{2019}ve always believed that the plan would fail.", "I"),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(&all[0]), Some(who), "{text}");
        assert!(content(&all[0])[0].starts_with("that the plan"), "{text}");
    }
    // the auxiliary opens a reported clause of its own
    let all = reports("I know he'll continue to do the right thing.");
    assert_eq!(
        content(by_cue(&all, "know")),
        ["he'll continue to do the right thing"]
    );
}

#[test]
fn an_addressee_with_a_noun_after_its_capitals_and_a_title_after_a_preposition() {
    let all = reports("Lee told the Senate panel that the plan will fail.");
    let r = by_cue(&all, "told");
    assert_eq!(content(r), ["that the plan will fail"]);
    assert_eq!(addressee(r), Some("the Senate panel"));
    let all = reports("Lee said on \u{201c}Meet the Press\u{201d} that the plan will fail.");
    assert_eq!(content(by_cue(&all, "said")), ["that the plan will fail"]);
    // the object of a verb that tells nothing keeps its "that" clause
    let all = reports("The timing supports the idea that the vote moved.");
    assert_eq!(
        content(by_cue(&all, "supports")),
        ["the idea that the vote moved"]
    );
}

#[test]
fn the_one_told_is_no_speaker() {
    for text in [
        "He was told that the plan had failed.",
        "I'm told that the plan had failed.",
        "Kim had been told just before the vote that the plan had failed.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(speaker(r), None, "{text}");
        assert_eq!(r.rule(), Some(Rule::UnnamedSource), "{text}");
        assert_eq!(content(r), ["that the plan had failed"], "{text}");
    }
    // with its agent, the agent tells
    let all = reports("She was told by aides that the plan had failed.");
    assert_eq!(speaker(by_cue(&all, "told")), Some("aides"));
}

#[test]
fn aloud_is_a_manner_before_the_content() {
    let all = reports("Lee wondered aloud whether the plan would fail.");
    assert_eq!(
        content(by_cue(&all, "wondered")),
        ["whether the plan would fail"]
    );
}

#[test]
fn implying_and_retweeting_are_cues() {
    let all = reports("Lee implied that the plan would fail.");
    assert_eq!(
        content(by_cue(&all, "implied")),
        ["that the plan would fail"]
    );
    let all = reports("Kim retweeted a post calling the plan a failure.");
    assert_eq!(speaker(by_cue(&all, "retweeted")), Some("Kim"));
}

#[test]
fn as_reported_by_reads_as_according_to() {
    let all = reports("As reported by the Daily Ledger, the city grew by four percent.");
    let r = by_cue(&all, "As reported by");
    assert_eq!(speaker(r), Some("the Daily Ledger"));
    assert_eq!(content(r), ["the city grew by four percent"]);
    let all = reports("Turnout fell sharply, as first reported by the Daily Ledger.");
    let r = by_cue(&all, "as first reported by");
    assert_eq!(speaker(r), Some("the Daily Ledger"));
    assert_eq!(content(r), ["Turnout fell sharply"]);
    // an aside between commas after the subject, a time after its source
    let all =
        reports("The new levy, first reported by the Daily Ledger on Monday, will start in May.");
    let r = by_cue(&all, "first reported by");
    assert_eq!(speaker(r), Some("the Daily Ledger"));
    assert_eq!(content(r), ["The new levy", "will start in May"]);
    // "reported" with no agent after "as" is no source
    let all = reports("Turnout fell sharply, as reported earlier.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::AccordingTo)),
        "{all:#?}"
    );
}

#[test]
fn according_to_relays_the_report_inside() {
    let text = "According to RIA Novosti, Wang Yi told Lavrov that China would \
                support \u{201c}Russia\u{2019}s stable development\u{201d} in the region.";
    let all = reports(text);
    // RIA Novosti reports nothing of its own: it relays what Wang Yi said
    assert!(
        all.iter().all(|r| speaker(r) != Some("RIA Novosti")),
        "{all:#?}"
    );
    let r = by_cue(&all, "told");
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(speaker(r), Some("Wang Yi"));
    assert_eq!(r.source().map(whosaid::Mention::text), Some("RIA Novosti"));
    assert!(content(r)[0].ends_with("in the region"));
}

#[test]
fn according_to_relays_no_verb_that_describes_a_noun() {
    // a sign or shirt that reads a slogan is no speaker the source
    // relays: the sentence is the source's report
    for text in [
        "According to the sheriff, the men wore hats that read \u{201c}Vote Lee.\u{201d}",
        "According to the sheriff, the men carried signs reading \u{201c}Vote Lee.\u{201d}",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "according to");
        assert_eq!(speaker(r), Some("the sheriff"), "{text}");
        assert_eq!(r.kind(), ReportKind::Mixed, "{text}");
        assert!(content(r)[0].starts_with("the men"), "{text}");
    }
}

#[test]
fn a_noun_of_speech_with_its_possessor() {
    let all = reports("Nobody forgot the mayor's claim that the budget was balanced.");
    let r = by_cue(&all, "claim");
    assert_eq!(speaker(r), Some("the mayor"));
    assert_eq!(content(r), ["that the budget was balanced"]);
    assert_eq!(r.rule(), Some(Rule::NounReport));
    let all = reports("She kept her promise to lower taxes.");
    assert_eq!(speaker(by_cue(&all, "promise")), Some("her"));
}

#[test]
fn a_noun_of_speech_as_the_subject_leaves_the_sentences_verb_out() {
    assert_contents(&[
        (
            "Her claim that the vote was rigged drew scorn from officials.",
            "claim",
            "that the vote was rigged",
        ),
        (
            "His promise to cut taxes won applause.",
            "promise",
            "to cut taxes",
        ),
        (
            "Lee's argument that taxes should fall has merit.",
            "argument",
            "that taxes should fall",
        ),
        (
            "Her claim that the vote would have been rigged drew scorn.",
            "claim",
            "that the vote would have been rigged",
        ),
        // a clause the content opens keeps its own verb
        (
            "His claim that the vote was rigged and that officials lied was rejected.",
            "claim",
            "that the vote was rigged and that officials lied",
        ),
        // a participle before "by" or after a quantity is no verb
        (
            "His remarks that Lee would sign laws passed by the Senate were welcome.",
            "remarks",
            "that Lee would sign laws passed by the Senate",
        ),
        (
            "His call to deport 11 million undocumented people has support.",
            "call",
            "to deport 11 million undocumented people",
        ),
        // after a main verb, a finite auxiliary is the sentence's
        (
            "Her claim that thousands cheered was false.",
            "claim",
            "that thousands cheered",
        ),
    ]);
    // as an object, the noun's clause runs on to the sentence's end
    let all = reports("She kept her promise that taxes would fall by June.");
    assert_eq!(
        content(by_cue(&all, "promise")),
        ["that taxes would fall by June"]
    );
}

#[test]
fn a_name_and_a_colon() {
    let all = reports("Rubio: Trump Cannot Be Trusted With the Codes");
    let r = by_cue(&all, ":");
    assert_eq!(speaker(r), Some("Rubio"));
    assert_eq!(r.rule(), Some(Rule::ColonReport));
    assert_eq!(content(r), ["Trump Cannot Be Trusted With the Codes"]);
    // a quotation counts among the words after the colon
    let all = reports("Lee: \u{2018}No Place\u{2019} for Hate");
    assert_eq!(speaker(by_cue(&all, ":")), Some("Lee"));
}

#[test]
fn a_document_of_findings_and_a_colon() {
    for (text, source) in [
        ("Poll: Lee Leads Park in Ohio", "Poll"),
        ("Report: Mayor to Quit by June", "Report"),
        ("STUDY: Most Voters Favor Reform", "STUDY"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, ":");
        assert_eq!(speaker(r), Some(source), "{text}");
        assert_eq!(r.cue_class(), CueClass::Evidence, "{text}");
    }
    // a label of what follows is no source
    for text in [
        "Video: Lee Speaks in Ohio",
        "Transcript: The Mayor's Speech",
    ] {
        let all = reports(text);
        assert!(
            !all.iter().any(|r| r.rule() == Some(Rule::ColonReport)),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_name_and_a_colon_before_a_phrase_without_a_verb_is_a_label() {
    // a title or a section under a name: no verb after the colon
    for text in [
        "Lee: A closing surge",
        "Park: Now or never",
        "The Weekly Digest: A World at War",
        "Ann Lee: Reformer or another career politician",
    ] {
        let all = reports(text);
        assert!(
            !all.iter().any(|r| r.rule() == Some(Rule::ColonReport)),
            "{text}: {all:#?}"
        );
    }
    // a verb, a contraction, a subject pronoun, an infinitive, a question
    // or a poll's finding after the colon keeps the report
    for (text, source) in [
        ("Lee: Park Leads in Ohio", "Lee"),
        ("Lee: Park won", "Lee"),
        ("Lee: I'm staying", "Lee"),
        ("Lee: We support statehood", "Lee"),
        ("Lee: Why not debate", "Lee"),
        ("Report: Mayor to quit by June", "Report"),
        ("Poll: Lee and Park in dead heat", "Poll"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, ":")), Some(source), "{text}");
    }
}

#[test]
fn a_label_or_a_tally_after_a_colon_is_no_report() {
    for text in [
        "Contributing: Dana Park",
        "Breaking: Judge Rules Against the Mayor",
        "Exclusive: Mayor Plans to Resign",
        "The Latest: Polls Close in the East",
        "Sanders: 1,547",
        // the labels of a news page and of an interview's format
        "BYLINE: Dana Park and Tom Lee",
        "PIC: The crowd at the rally in Ohio",
        "Q&A: The mayor on housing",
    ] {
        let all = reports(text);
        assert!(
            !all.iter().any(|r| r.rule() == Some(Rule::ColonReport)),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_document_opening_the_sentence() {
    let all = reports("In a new Gallup poll, most voters favor the measure.");
    let r = by_cue(&all, "In");
    assert_eq!(r.rule(), Some(Rule::InDocument));
    assert_eq!(r.cue_class(), CueClass::Evidence);
    assert_eq!(content(r), ["most voters favor the measure"]);
}

#[test]
fn a_partial_quotation_makes_the_clause_mixed() {
    let text = "The senator said the plan would \u{201c}hurt farmers\u{201d} in the long run.";
    let all = reports(text);
    assert_eq!(
        all.len(),
        1,
        "the quotation is part of the report: {all:#?}"
    );
    let r = &all[0];
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(
        content(r),
        ["the plan would \u{201c}hurt farmers\u{201d} in the long run"]
    );
    // the quotation marks the clause as speech: surer than one without
    let plain = reports("The senator said the plan would hurt farmers in the long run.");
    assert_eq!(plain[0].kind(), ReportKind::Indirect);
    assert!(r.confidence() > plain[0].confidence(), "{r:#?} {plain:#?}");
}

#[test]
fn a_partial_quotation_before_its_reporting_clause_reports_its_clause() {
    let text = "The new plan is a \u{201c}welcome change,\u{201d} she said.";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(
        content(r),
        ["The new plan is a \u{201c}welcome change,\u{201d}"]
    );
    // a whole quotation is its own content
    let all = reports("\u{201c}The plan is a welcome change,\u{201d} she said.");
    let r = by_cue(&all, "said");
    assert_eq!(r.kind(), ReportKind::Direct);
    assert_eq!(
        content(r),
        ["\u{201c}The plan is a welcome change,\u{201d}"]
    );
}

#[test]
fn quotations_of_one_speaker_make_one_direct_report() {
    let text = "\u{201c}We will win,\u{201d} she said. \u{201c}Nothing has changed.\u{201d}\n\n\
                Tom Avery disagreed.";
    let all = reports(text);
    let direct: Vec<_> = all
        .iter()
        .filter(|r| r.kind() == ReportKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{all:#?}");
    assert_eq!(
        content(direct[0]),
        [
            "\u{201c}We will win,\u{201d}",
            "\u{201c}Nothing has changed.\u{201d}"
        ]
    );
    // its rule, cue and speaker are those of the quotation's attribution
    let a = whosaid::attribute(text).next().expect("a quotation");
    assert_eq!(direct[0].rule(), a.rule());
    assert_eq!(direct[0].speaker(), a.speaker());
}

#[test]
fn a_coordinated_verb_shares_the_speaker() {
    let all = reports("Lavrov denounced the new sanctions and warned that talks would stall.");
    let r = by_cue(&all, "warned");
    assert_eq!(speaker(r), Some("Lavrov"));
    assert_eq!(content(r), ["that talks would stall"]);
    assert_eq!(content(by_cue(&all, "denounced")), ["the new sanctions"]);
    // also past adverbs and auxiliaries after the conjunction
    for conjunct in ["but later said", "and has since said", ", and also said"] {
        let text = format!("Lavrov praised the deal {conjunct} it was a mistake.");
        let all = reports(&text);
        assert_eq!(content(by_cue(&all, "praised")), ["the deal"], "{text}");
        let r = by_cue(&all, "said");
        assert_eq!(speaker(r), Some("Lavrov"), "{text}");
        assert_eq!(content(r), ["it was a mistake"], "{text}");
    }
}

#[test]
fn speaking_reports_only_what_it_is_about() {
    for text in [
        "Trump spoke for more than 45 minutes.",
        "Mr. Obama spoke Hebrew at the dinner.",
        "She talked with aides until midnight.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    for (text, cue, said) in [
        (
            "Clinton spoke about the economy.",
            "spoke about",
            "the economy",
        ),
        (
            "His friends talked glowingly about his character.",
            "talked glowingly about",
            "his character",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [said], "{text}");
    }
}

#[test]
fn maintained_reports_a_clause_only() {
    assert!(reports("Sanders maintained his lead over Clinton.").is_empty());
    let all = reports("Clinton has long maintained that she followed the rules.");
    assert_eq!(
        content(by_cue(&all, "maintained")),
        ["that she followed the rules"]
    );
}

#[test]
fn long_between_the_auxiliary_and_the_verb() {
    let all = reports("Clinton has long argued that the rules were unclear.");
    let r = by_cue(&all, "argued");
    assert_eq!(speaker(r), Some("Clinton"));
    assert_eq!(content(r), ["that the rules were unclear"]);
    // after the verb, "long" is the content's own word
    let all = reports("The campaign says long lines kept many from voting.");
    assert_eq!(
        content(by_cue(&all, "says")),
        ["long lines kept many from voting"]
    );
}

#[test]
fn called_naming_or_phoning_reports_nothing() {
    for text in [
        "Officials looked at a firm called Cambridge Analytica, which is owned by a donor.",
        "The so called plan was dropped.",
        "Clinton called Sanders.",
        "She called Ann Lee, who was in Ohio.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "called")),
            "{text}: {all:#?}"
        );
    }
    // a name with a description after it, or a quotation, is reported
    for (text, said) in [
        ("Clinton called Sanders a liar.", "Sanders a liar"),
        ("Trump called Clinton \"crooked.\"", "Clinton \"crooked.\""),
        (
            "A spokesman called the decision a mistake.",
            "the decision a mistake",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "called")), [said], "{text}");
    }
}

#[test]
fn a_that_clause_after_a_verb_that_reports_nothing() {
    for text in [
        "She made sure that the doors were locked.",
        "The bridge is so old that engineers closed it.",
        "He found the keys under the mat.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
}

#[test]
fn said_in_a_relative_clause_reports_its_pronoun_and_stops_at_the_main_verb() {
    // the relative pronoun is the content's subject; the main clause's
    // verb after the relative clause is no content
    let all = reports("The plan that officials said would fail passed on Tuesday.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("officials"));
    assert_eq!(content(r), ["that", "would fail"]);
    // a verb's own complement or a participle before a noun stays in
    let all = reports("It was a change that insiders said went unnoticed in most districts.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that", "went unnoticed in most districts"]
    );
}

#[test]
fn a_report_in_a_relative_clause_leaves_the_main_clause_its_own() {
    let all = reports("Cruz, who said Trump is attacking Rubio, said voters should go with him.");
    let main = all
        .iter()
        .find(|r| speaker(r) == Some("Cruz"))
        .expect("the main clause's report");
    assert_eq!(content(main), ["voters should go with him"]);
    // the relative clause's own report ends before the main verb
    assert!(
        all.iter().all(|r| !content(r)
            .iter()
            .any(|c| c.contains("voters") && speaker(r) != Some("Cruz"))),
        "{all:#?}"
    );
    // also past an auxiliary after "who": the appositive's comma ends it
    let text =
        "Sanders, the senator who is challenging Clinton, enjoys \u{201c}Modern Family.\u{201d}";
    let all = reports(text);
    let r = by_cue(&all, "challenging");
    assert_eq!(content(r), ["Clinton"]);
    // a report inside the content is still nested in it
    let all = reports("Aides say the senator believes the bill will fail.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Aides"));
}

#[test]
fn an_opening_adverb_is_no_speaker() {
    let all = reports("Apparently invited guests said the event was closed.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("Apparently")),
        "{all:#?}"
    );
}

#[test]
fn a_noun_of_speech_without_a_claimant_names_no_one() {
    let all = reports("The claim that the vote was rigged spread quickly online.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn reports_leave_quotations_as_they_are() {
    let text = "Sergey Lavrov said: \u{201c}We agree.\u{201d} Wang Yi noted that ties \
                were \u{201c}strong.\u{201d} Officials said the meeting went well.";
    let quotes: Vec<_> = whosaid::attribute(text).collect();
    let all = reports(text);
    for q in &quotes {
        let holder = all
            .iter()
            .find(|r| r.content().iter().any(|s| s.overlaps(q.quote().span())))
            .expect("each quotation is in a report");
        if holder.kind() == ReportKind::Direct {
            assert_eq!(holder.speaker(), q.speaker());
        }
    }
    // the entities are those of the quotations' run
    let run = whosaid::attribute(text);
    assert_eq!(whosaid::reports(text).entities(), run.entities());
}

#[test]
fn rules_can_be_turned_off() {
    let attributor = whosaid::Attributor::builder()
        .rule(Rule::ClosingReport, false)
        .build()
        .expect("valid options");
    let text = "The talks will resume in May, officials said.";
    assert!(attributor.reports(text).next().is_none());
    assert_eq!(whosaid::reports(text).count(), 1);
}

#[test]
fn stream_and_batch_carry_the_reports() {
    let text = "Officials said the talks would resume in May.\n\
                \u{201c}We are ready,\u{201d} Ann Lee said.\n\
                The vote was close, according to the county clerk.\n";
    let whole: Vec<_> = whosaid::reports(text).map(Report::into_owned).collect();
    let streamed = streamed(text, ' ');
    let spans = |v: &[Report<'_>]| -> Vec<Vec<whosaid::Span>> {
        v.iter().map(|r| r.content().to_vec()).collect()
    };
    assert_eq!(spans(&streamed), spans(&whole));
    let attributor = whosaid::Attributor::default();
    let texts = [text, text];
    let batch = attributor.reports_batch(&texts);
    assert_eq!(spans(&batch[1]), spans(&whole));
    let doc = whosaid::Document::new(text);
    assert_eq!(spans(doc.reports()), spans(&whole));
}

#[test]
fn a_report_inside_a_noun_phrase_ends_before_the_sentence_goes_on() {
    let all = reports("The novice who wants to unseat the mayor is raising money fast.");
    let r = by_cue(&all, "wants");
    assert_eq!(speaker(r), Some("who"));
    assert_eq!(content(r), ["to unseat the mayor"]);
    let all = reports("A group supporting the senator's campaign, Citizens First, spent heavily.");
    assert_eq!(
        content(by_cue(&all, "supporting")),
        ["the senator's campaign"]
    );
}

#[test]
fn a_passive_speaks_through_its_agent_or_names_no_one() {
    let all = reports("Sanders was asked by host John Dickerson whether his aim had changed.");
    let r = by_cue(&all, "asked");
    assert_eq!(speaker(r), Some("host John Dickerson"));
    assert_eq!(addressee(r), Some("Sanders"));
    assert_eq!(content(r), ["whether his aim had changed"]);
    // no agent, no reporter: a report with no speaker
    let all = reports("The House is expected to pass the bill this week.");
    assert!(all.iter().all(|r| r.speaker().is_none()), "{all:#?}");
    // its subject with what stands between it and the verb, and a
    // subject the grammar does not read
    for (text, subject) in [
        (
            "The bank, under growing pressure, is expected to act in May.",
            "The bank, under growing pressure,",
        ),
        (
            "About one of every nine voters this fall is expected to act in May.",
            "About one of every nine voters this fall",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "expected");
        assert_eq!(content(r), [subject, "to act in May"], "{text}");
    }
    assert!(reports("The House was found to pass the bill.").is_empty());
    // "it is understood that", "X is understood to": unnamed, as "said"
    let all = reports("It is understood that the talks have stalled.");
    let r = by_cue(&all, "understood");
    assert_eq!(r.speaker(), None);
    assert_eq!(content(r), ["that the talks have stalled"]);
    let all = reports("The minister is understood to have resigned.");
    assert_eq!(by_cue(&all, "understood").speaker(), None);
    // a passive of understanding with an object reports nothing
    assert!(reports("The rules are not well understood by voters.").is_empty());
    // after an impersonal "it", other passives report their clause too
    for cue in ["thought", "alleged", "feared", "known", "estimated"] {
        let text = format!("It is widely {cue} that the talks have stalled.");
        let all = reports(&text);
        let r = by_cue(&all, cue);
        assert_eq!(r.speaker(), None, "{text}");
        assert_eq!(r.rule(), Some(Rule::UnnamedSource), "{text}");
        assert_eq!(content(r), ["that the talks have stalled"], "{text}");
    }
    // and past a time before "that", in the older wire style
    for cue in ["learned", "confirmed"] {
        let text = format!("It was {cue} today that the talks have stalled.");
        let all = reports(&text);
        let r = by_cue(&all, cue);
        assert_eq!(r.rule(), Some(Rule::UnnamedSource), "{text}");
        assert_eq!(content(r), ["that the talks have stalled"], "{text}");
    }
    // but not after a person, whom the passive addresses
    let all = reports("Lee was warned that the talks have stalled.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::UnnamedSource)),
        "{all:#?}"
    );
}

#[test]
fn a_participle_after_a_closing_clause_continues_its_speaker() {
    let text = "\u{201c}It is not new,\u{201d} said Rep. Ann Lee at the time, adding that \
                \u{201c}we have done this for years.\u{201d}";
    let quotes: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(quotes.len(), 2);
    assert_eq!(
        quotes[1].speaker().map(whosaid::Mention::text),
        Some("Rep. Ann Lee"),
        "{quotes:#?}"
    );
    assert_eq!(quotes[1].rule(), Some(Rule::ReportedContent));
}

#[test]
fn a_content_ends_before_a_clause_of_the_writers_own() {
    // a participle after a comma, and a clause with a pronoun subject
    let all = reports("Ortiz said the plan exploited gaps in the law, tapping a vein of anger.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan exploited gaps in the law"]
    );
    let all = reports("Ortiz said the tax would return in May, they are sure to be upset.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the tax would return in May"]
    );
    // but a clause inside the content, after its own adverbial clause,
    // stays in it
    let all = reports("Ortiz said that if elected, he would cut the tax.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that if elected, he would cut the tax"]
    );
    // and "including" lists what the content holds
    let all = reports("Ortiz said several taxes would rise, including the tax on fuel.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["several taxes would rise, including the tax on fuel"]
    );
}

#[test]
fn a_fronted_phrase_in_the_content_keeps_its_clause() {
    let all = reports("Ortiz said that during the visit, she raised the tax question.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that during the visit, she raised the tax question"]
    );
}

#[test]
fn a_verb_of_stance_reports_its_object() {
    let all = reports("Ms. Park endorsed Ortiz last week and has campaigned with him since.");
    let r = by_cue(&all, "endorsed");
    assert_eq!(speaker(r), Some("Ms. Park"));
    assert_eq!(content(r), ["Ortiz"]);
    assert_eq!(r.cue_class(), CueClass::Thought);
    // other verbs report what follows to the clause's end
    let all = reports("Ms. Park denounced the plan as a fraud from the start.");
    assert_eq!(
        content(by_cue(&all, "denounced")),
        ["the plan as a fraud from the start"]
    );
}

#[test]
fn an_ing_form_before_a_noun_is_no_cue() {
    // "speaking fees", "warning signs": noun phrases, not reports
    let all = reports("The senator defended her speaking fees at the dinner.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "speaking")),
        "{all:#?}"
    );
    let all = reports("Ann Lee saw the warning signs on the road.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "warning")),
        "{all:#?}"
    );
    // a gerund with its clause still reports
    let all = reports("Kim regretted saying that the plan was dead.");
    assert_eq!(content(by_cue(&all, "saying")), ["that the plan was dead"]);
}

#[test]
fn an_opening_adverbial_clause_ends_its_content_at_its_comma() {
    let all = reports("While only 7 percent said they are undecided, most voters have chosen.");
    assert_eq!(content(by_cue(&all, "said")), ["they are undecided"]);
    // a sentence that opens with its reporter goes on past a comma
    let all = reports("Kim said that if the bill passes, she will sue.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["that if the bill passes, she will sue"]
    );
}

#[test]
fn a_dash_before_a_contrast_ends_the_content() {
    let all =
        reports("Lee explained that the memo was old - but she also insisted that it mattered.");
    assert_eq!(
        content(by_cue(&all, "explained")),
        ["that the memo was old"]
    );
    assert_eq!(content(by_cue(&all, "insisted")), ["that it mattered"]);
}

#[test]
fn two_verbs_reaching_one_content_make_one_report() {
    let all = reports("Mook refused to speculate, adding that he would be on vacation then.");
    let same: Vec<_> = all
        .iter()
        .filter(|r| content(r) == ["that he would be on vacation then"])
        .collect();
    assert_eq!(same.len(), 1, "{all:#?}");
    assert_eq!(same[0].cue().map(whosaid::Cue::text), Some("adding"));
    assert_eq!(speaker(same[0]), Some("Mook"));
}

#[test]
fn a_closing_clause_with_a_circumstance_after_its_verb() {
    let all = reports("The plan was a mistake, she said in an interview later.");
    let r = by_cue(&all, "said");
    assert_eq!(content(r), ["The plan was a mistake"]);
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    let all =
        reports("Victory is vital, he said after meeting with aides, because the party is split.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Victory is vital", "because the party is split"]
    );
    // a clause after the verb is its content, not a circumstance
    let all = reports("The plan failed, and Kim said after all that it was doomed.");
    assert!(
        all.iter().all(|r| content(r) != ["The plan failed"]),
        "{all:#?}"
    );
}

#[test]
fn a_participle_of_manner_between_commas_is_an_aside_of_the_cue() {
    for text in [
        "Lee said, grinning, that the plan was doomed.",
        "Lee said, half-joking, that the plan was doomed.",
        "Lee said, laughing, that the plan was doomed.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(
            content(by_cue(&all, "said")),
            ["that the plan was doomed"],
            "{text}"
        );
    }
    // a participle with the content after it reports it itself
    let all = reports("Lee said, adding that the plan was doomed.");
    assert_eq!(
        content(by_cue(&all, "adding")),
        ["that the plan was doomed"]
    );
}

#[test]
fn an_infinitive_after_an_idiom_of_effort_reports_for_its_subject() {
    for (text, who, cue) in [
        (
            "Lee took pains to stress that the plan was sound.",
            "Lee",
            "stress",
        ),
        (
            "The mayor made a point to say that taxes would not rise.",
            "The mayor",
            "say",
        ),
        (
            "He went out of his way to note that the talks had failed.",
            "He",
            "note",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert!(content(r)[0].starts_with("that "), "{text}: {all:#?}");
    }
    // and before a gerund after "of"
    for (text, who, cue) in [
        (
            "Lee made a point of saying that the plan was sound.",
            "Lee",
            "saying",
        ),
        (
            "The mayor stopped short of calling the plan a failure.",
            "The mayor",
            "calling",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}: {all:#?}");
    }
    // the same idioms before an infinitive of doing report nothing
    assert!(reports("Lee took pains to fix the roof.").is_empty());
    assert!(reports("The plan fell short of expectations.").is_empty());
    assert!(reports("The road went out of its way to avoid the river.").is_empty());
}

#[test]
fn an_infinitive_after_a_verb_of_aspect_reports_for_its_subject() {
    let all = reports("He went on to say that the deal was dead.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("He"));
    assert_eq!(content(r), ["that the deal was dead"]);
    let all = reports("The mayor continued to insist that the budget was balanced.");
    assert_eq!(speaker(by_cue(&all, "insist")), Some("The mayor"));
    // "refused to say" says nothing
    let all = reports("Kim refused to say whether she would run.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "say")),
        "{all:#?}"
    );
}

#[test]
fn a_gerund_after_a_verb_of_aspect_or_liking_reports_for_its_subject() {
    for (text, who, cue) in [
        (
            "Lee kept insisting that the vote was rigged.",
            "Lee",
            "insisting",
        ),
        (
            "The mayor started criticizing the new budget plan.",
            "The mayor",
            "criticizing",
        ),
        (
            "Then she began arguing that taxes were too high.",
            "she",
            "arguing",
        ),
        (
            "The firm continues saying it will pay.",
            "The firm",
            "saying",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // and after verbs of liking
    let all = reports("Kim enjoys saying that the rules are silly.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("Kim"));
    let all = reports("The coach likes reminding players that defense wins games.");
    assert_eq!(speaker(by_cue(&all, "reminding")), Some("The coach"));
    // (a gerund describing a noun is no such complement: "the letter",
    // not "the start", speaks)
    let all = reports("They sent a letter saying the plan would fail.");
    assert!(
        all.iter()
            .all(|r| speaker(r).is_none_or(|s| !s.ends_with("sent"))),
        "{all:#?}"
    );
}

#[test]
fn a_participle_after_an_adverb_in_ly_before_its_noun_is_an_adjective() {
    // the participle reports nothing, and the real report is found
    let all = reports("In a widely reported speech, Lee said the war was over.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
    for text in [
        "He made a politically charged visit to the border.",
        "The highly anticipated treaty fell apart in 2009.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // (a noun in -ly is the subject: "the family claimed")
    let all = reports("The family claimed that the police lied.");
    assert_eq!(speaker(by_cue(&all, "claimed")), Some("The family"));
    // (nor is a participle before a clause an adjective)
    let all = reports("The rally denounced the plan as cruel.");
    assert_eq!(speaker(by_cue(&all, "denounced")), Some("The rally"));
}

#[test]
fn be_supposed_to_reports_nothing() {
    for text in [
        "It wasn't supposed to be this way.",
        "That's what it's supposed to do.",
        "The plan was not supposed to cost more.",
        // (the "be" put before the subject by a question)
        "Where is that $115 supposed to come from?",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // (the verb of thought still reports)
    let all = reports("He supposed that the rain would stop.");
    assert_eq!(
        content(by_cue(&all, "supposed")),
        ["that the rain would stop"]
    );
}

#[test]
fn a_span_of_time_to_an_event_after_a_comma_closes_a_content() {
    assert_contents(&[
        (
            "The minister accused Moscow of stalling the talks, hours after the vote.",
            "accused",
            "Moscow of stalling the talks",
        ),
        (
            "Lee said the plan was dead, just days before the vote.",
            "said",
            "the plan was dead",
        ),
        (
            "Lee said the plan was dead, two weeks after its launch.",
            "said",
            "the plan was dead",
        ),
        // (any count in words up to ten)
        (
            "Lee said the plan was dead, six days after its launch.",
            "said",
            "the plan was dead",
        ),
        // (an aside inside the content, its verb after it, stays in)
        (
            "Lee said the plan, days after its launch, was dead.",
            "said",
            "the plan, days after its launch, was dead",
        ),
        // (and without a comma, the time is the content's own)
        (
            "Lee said the bill passed two weeks after the vote.",
            "said",
            "the bill passed two weeks after the vote",
        ),
    ]);
}

#[test]
fn a_participle_after_a_dash_speaks_for_the_clause_before() {
    let all = reports("Lee rejected the plan — calling it a disaster.");
    let r = by_cue(&all, "calling");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["it a disaster"]);
    let all = reports(
        "\u{201c}We are not going away,\u{201d} said Tony Alvarez, who heads the union \u{2014} adding that members would picket.",
    );
    let r = by_cue(&all, "adding");
    assert_eq!(speaker(r), Some("Tony Alvarez"));
    assert_eq!(content(r), ["that members would picket"]);
}

#[test]
fn a_relative_pronoun_past_an_age_or_party_label_names_the_person() {
    for text in [
        "Sen. Rita Vance, D-Maine, who voted for the bill, said she had no regrets.",
        "Rita Vance, 54, who voted for the bill, said she had no regrets.",
        // (a state's abbreviation with its period)
        "Sen. Rita Vance, R-Mo., who voted for the bill, said she had no regrets.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "voted");
        assert_eq!(speaker(r), Some("who"), "{text}");
        assert_eq!(
            r.speaker().and_then(whosaid::Mention::name),
            Some("Rita Vance"),
            "{text}"
        );
    }
}

#[test]
fn a_bare_broadcast_medium_told_is_the_addressee() {
    for (text, to, said) in [
        (
            "Lee told state radio his country would not accept it.",
            "state radio",
            "his country would not accept it",
        ),
        (
            "Lee told local television the plan would fail.",
            "local television",
            "the plan would fail",
        ),
        (
            "Lee told radio that he would run.",
            "radio",
            "that he would run",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(addressee(r), Some(to), "{text}");
        assert_eq!(content(r), [said], "{text}");
    }
}

#[test]
fn projected_is_a_finding_and_projects_stays_a_noun() {
    let all = reports(
        "The Department of Agriculture, in a report released Friday, projected that corn yields would fall.",
    );
    let r = by_cue(&all, "projected");
    assert_eq!(speaker(r), Some("The Department of Agriculture"));
    assert_eq!(content(r), ["that corn yields would fall"]);
    assert_eq!(r.cue_class(), CueClass::Evidence);
    // ("projects", like "project", is a noun as often as not)
    let all = reports("Lee, a lawyer who represents developers of housing projects, left early.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "projects")),
        "{all:#?}"
    );
}

#[test]
fn the_occasion_is_no_part_of_the_one_told_and_the_infinitive_keeps_them() {
    let all = reports("Vilsack told farmers at a meeting in Des Moines that aid would come.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("farmers"));
    assert_eq!(content(r), ["that aid would come"]);
    let all = reports("Trump urged his supporters at a rally to vote early.");
    let r = by_cue(&all, "urged");
    assert_eq!(addressee(r), Some("his supporters"));
    assert_eq!(content(r), ["his supporters at a rally to vote early"]);
}

#[test]
fn a_champion_medalist_or_hawk_heads_a_description() {
    for (text, who) in [
        (
            "Her coach, former champion Li Na, said the win was earned.",
            "Her coach, former champion Li Na",
        ),
        (
            "Olympic medalist Tu Wei said the race was fair.",
            "Olympic medalist Tu Wei",
        ),
        // "hawk", too, and before an aside of examples
        (
            "The biggest hawks, like Ann Lee, said the troops should stay.",
            "The biggest hawks",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(speaker(r), Some(who), "{text}");
    }
}

#[test]
fn appeared_with_a_judged_state_is_a_hedge() {
    for (text, cue, expected) in [
        (
            "The campaign team appeared paralyzed.",
            "appeared",
            ["The campaign team", "paralyzed"],
        ),
        (
            "Both houses now seem intent on a delay.",
            "seem",
            ["Both houses", "intent on a delay"],
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(r.speaker(), None, "{text}");
        assert_eq!(content(r), expected, "{text}");
    }
    // (where or how one showed up is no hedge)
    for text in [
        "Lee appeared onstage with the mayor.",
        "Lee appeared later on Fox.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
}

#[test]
fn a_noun_of_speech_a_light_verb_carries_with_its_preposition() {
    for (text, who, cue, said) in [
        (
            "Trump made conflicting statements about how he would cut taxes.",
            "Trump",
            "statements",
            "how he would cut taxes",
        ),
        (
            "Trump notably made no mention of Jeb Bush.",
            "Trump",
            "mention",
            "Jeb Bush",
        ),
        (
            "Author Ann Lee made a case for reading diverse authors.",
            "Author Ann Lee",
            "case",
            "reading diverse authors",
        ),
        (
            "Lee made a plea for the party to unite behind him.",
            "Lee",
            "plea",
            "the party to unite behind him",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [said], "{text}");
    }
    // (with no one who made it, nothing: "The case for reform is strong.")
    assert!(reports("The case for reform is strong.").is_empty());
    // the possessor of such a noun in an object is no subject of the next
    // verb in a series
    let all = reports(
        "Curbelo has slammed Trump's comments about immigrants, and vowed not to vote for him.",
    );
    assert_eq!(speaker(by_cue(&all, "vowed")), Some("Curbelo"));
}

#[test]
fn a_quantity_of_people_alone_is_a_speaker() {
    for (text, who, cue) in [
        ("Many said the party was weak.", "Many", "said"),
        (
            "Several argued that the party was weak.",
            "Several",
            "argued",
        ),
        ("The two said the party was weak.", "The two", "said"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // a past form that modifies a noun after a quantity reports nothing
    for text in [
        "Some reported cases were mild.",
        "The two expected results came in late.",
    ] {
        assert!(reports(text).is_empty(), "{text}");
    }
}

#[test]
fn a_share_of_people_is_a_speaker() {
    for (text, who) in [
        ("About four in 10 said they were angry.", "About four in 10"),
        ("One in three said the party was weak.", "One in three"),
        (
            "A mere 9 percent say they only buy local.",
            "A mere 9 percent",
        ),
        ("Nearly a third say they don't know.", "Nearly a third"),
        (
            "Two-thirds of voters say the race is close.",
            "Two-thirds of voters",
        ),
        // and the people counted, the share between commas after them
        (
            "Most voters, 54 percent, say the race is close.",
            "Most voters",
        ),
        (
            "About two-thirds, 67 percent, say the race is close.",
            "About two-thirds",
        ),
        (
            "Republicans, about four in 10, say it is close.",
            "Republicans",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(speaker(&all[0]), Some(who));
    }
    // (not a thing a percentage measures)
    assert!(reports("The tax, 5 percent, says nothing.").is_empty());
}

#[test]
fn an_aside_between_subject_and_verb() {
    let all = reports("The economists, like their counterparts, say taxing consumption helps.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("The economists"));
    assert_eq!(content(r), ["taxing consumption helps"]);
    let all = reports("Her office, when contacted by a reporter, said the trip was private.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Her office"));
    // a plain form after a comma with no subject before it is no verb
    assert!(reports("In the end, say the plan is dead.").is_empty());
}

#[test]
fn a_closing_clause_that_tells_someone() {
    let all = reports("He had been in his second year, a school spokesman told The Daily Star.");
    let r = by_cue(&all, "told");
    assert_eq!(content(r), ["He had been in his second year"]);
    assert_eq!(speaker(r), Some("a school spokesman"));
    assert_eq!(addressee(r), Some("The Daily Star"));
}

#[test]
fn a_listener_the_grammar_does_not_read_before_that() {
    for text in [
        "Carter told the nation that the crisis was real.",
        "Carter told the nation tonight that the crisis was real.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(content(r), ["that the crisis was real"], "{text}");
        assert_eq!(addressee(r), Some("the nation"), "{text}");
    }
    // what is told is no listener: its "that" is a relative pronoun
    let all = reports("Lee told the story that her father had told her.");
    assert_eq!(by_cue(&all, "told").addressee(), None);
}

#[test]
fn a_verb_of_stance_or_naming_after_a_comma_is_no_inverted_clause() {
    // its object follows it; it is no speaker of what came before
    for text in [
        "The former coach, now a speaker who tours the country, endorsed Senator Tom Park.",
        "The plan had been drafted by aides, and supported Mayor Ann Lee.",
        "His nonprofit group, called the Legacy Fund, will still own the land.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r.rule() != Some(Rule::ClosingReport)),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn as_opens_a_closing_reporting_clause() {
    let all = reports("It is a classic scare tactic, as Ann Park noted in a column.");
    let r = by_cue(&all, "noted");
    assert_eq!(content(r), ["It is a classic scare tactic"]);
    assert_eq!(speaker(r), Some("Ann Park"));
}

#[test]
fn an_opening_participle_with_a_that_clause_speaks_for_the_subject() {
    let all = reports("Noting that the policy failed, Trump reminded voters of his plan.");
    let r = by_cue(&all, "Noting");
    assert_eq!(content(r), ["that the policy failed"]);
    assert_eq!(speaker(r), Some("Trump"));
    // a participle of circumstance reports nothing
    let all = reports("Speaking in Ohio, Kim said the plan was dead.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(content(by_cue(&all, "said")), ["the plan was dead"]);
}

#[test]
fn an_opening_participle_with_an_object_speaks_for_the_subject() {
    // a verb of speech opening the sentence with its object up to the
    // comma before the subject, on its own or after a preposition
    for (text, cue, what, who) in [
        (
            "Emphasizing the urgency of the matter, Lee said the vote must wait.",
            "Emphasizing",
            "the urgency of the matter",
            "Lee",
        ),
        (
            "After blasting the report for its errors, Kim doubled down.",
            "blasting",
            "the report for its errors",
            "Kim",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(
            (content(r), speaker(r)),
            (vec![what.to_owned()], Some(who)),
            "{text}"
        );
    }
    // "In" and "When" govern such a participle where they open the
    // sentence
    let all = reports("In describing his rival, Cuban said he lacks curiosity.");
    let r = by_cue(&all, "describing");
    assert_eq!(
        (content(r), speaker(r)),
        (vec!["his rival".to_owned()], Some("Cuban"))
    );
    // the main clause keeps its own report
    let all = reports("Emphasizing the urgency of the matter, Lee said the vote must wait.");
    assert_eq!(content(by_cue(&all, "said")), ["the vote must wait"]);
    // not a verb of speaking with no object, nor an adverb, a particle
    // or a phrase with a preposition after the participle
    for text in [
        "By calling out the mayor on taxes, Kim said the plan was dead.",
        "Speaking later on the show, Kim said the plan was dead.",
        "Speaking to reporters, Kim said the plan was dead.",
        "Talking the matter over, Kim said the plan was dead.",
        "Voting to delay the tax, Kim said the plan was dead.",
        "Praying for the victims, Kim said the plan was dead.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(
            content(by_cue(&all, "said")),
            ["the plan was dead"],
            "{text}"
        );
    }
}

#[test]
fn a_governed_participle_opening_the_sentence_speaks_for_the_subject() {
    for (text, cue) in [
        (
            "After saying that the plan would fail, Lee voted for it.",
            "saying",
        ),
        (
            "While insisting that the plan would work, Lee voted against it.",
            "insisting",
        ),
        (
            "In addition to stating that the law was void, Kim has vowed to repeal it.",
            "stating",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(
            speaker(r),
            Some(if text.contains("Kim") { "Kim" } else { "Lee" }),
            "{text}"
        );
        assert!(content(r)[0].starts_with("that the "), "{text}: {all:#?}");
    }
    // past a conjunction or an adverb and its comma opening the sentence
    for text in [
        "But after saying that the plan would fail, Lee voted for it.",
        "Now, after saying that the plan would fail, Lee voted for it.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "saying");
        assert_eq!(speaker(r), Some("Lee"), "{text}");
        assert_eq!(content(r), ["that the plan would fail"], "{text}");
    }
    // the participle needs a "that" clause here too: "By voting early,"
    // is a circumstance, and "saying so" reports nothing
    let all = reports("Without saying so, Lee voted against it.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "saying")),
        "{all:#?}"
    );
}

#[test]
fn an_adverb_of_manner_between_a_governor_and_its_participle() {
    // the governor still governs: the participle speaks for the subject
    for text in [
        "After initially saying that the plan would fail, Lee voted for it.",
        "Lee, after initially saying the plan would fail, voted for it.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "saying");
        assert_eq!(speaker(r), Some("Lee"), "{text}: {all:#?}");
        assert!(content(r)[0].ends_with("the plan would fail"), "{text}");
    }
    // and the content before it ends before the governor, not the adverb
    let all = reports(
        "The union wants to address concerns about its fundraising after recently accusing the board of fraud.",
    );
    assert_eq!(
        content(by_cue(&all, "wants")),
        ["to address concerns about its fundraising"]
    );
    assert_eq!(content(by_cue(&all, "accusing")), ["the board of fraud"]);
    // an adverb after a word that governs no participle changes nothing:
    // the clause goes on
    let all = reports("Lee said the board was quietly weighing a new offer.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the board was quietly weighing a new offer"]
    );
}

#[test]
fn auxiliaries_of_the_progressive_stand_between_subject_and_verb() {
    for text in [
        "Clinton has been saying that the rules are unfair.",
        "Clinton has long been saying that the rules are unfair.",
        "They are saying that the rules are unfair.",
        "Clinton will be arguing that the rules are unfair.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(content(&all[0]), ["that the rules are unfair"], "{text}");
        assert!(
            matches!(speaker(&all[0]), Some("Clinton" | "They")),
            "{text}"
        );
    }
}

#[test]
fn a_preposition_that_also_opens_clauses_is_a_circumstance_before_that() {
    let all = reports("Lee said after the vote that the plan would fail.");
    let r = by_cue(&all, "said");
    assert_eq!(content(r), ["that the plan would fail"]);
    assert_eq!(speaker(r), Some("Lee"));
    let all = reports("Lee argued before the hearing on Monday that the plan would fail.");
    assert_eq!(
        content(by_cue(&all, "argued")),
        ["that the plan would fail"]
    );
}

#[test]
fn making_clear_is_a_cue_with_or_without_it() {
    for (text, cue) in [
        ("Lee made clear that the plan would fail.", "made clear"),
        (
            "Lee has made it clear that the plan would fail.",
            "made it clear",
        ),
        ("The rules make clear that the vote counts.", "make clear"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(
            content(r)[0].split_whitespace().last(),
            Some(
                text.split_whitespace()
                    .last()
                    .unwrap()
                    .trim_end_matches('.')
            ),
            "{text}"
        );
        assert!(content(r)[0].starts_with("that "), "{text}");
    }
    // "clear" alone is no cue
    assert!(reports("The sky was clear that day.").is_empty());
}

#[test]
fn a_document_with_complements_finds_an_object() {
    let all = reports("A survey by the group in March found Ms. Lee with a lead of 7 points.");
    let r = by_cue(&all, "found");
    assert_eq!(content(r), ["Ms. Lee with a lead of 7 points"]);
    assert_eq!(r.cue_class(), CueClass::Evidence);
    // a person who finds a thing reports nothing
    assert!(reports("A friend of the family in Ohio found the keys.").is_empty());
}

#[test]
fn a_named_bodys_document_and_a_modal_before_the_verb() {
    let all = reports("According to F.A.A. records, the jet has flown 333 hours.");
    let r = by_cue(&all, "According to");
    assert_eq!(speaker(r), Some("F.A.A. records"));
    assert_eq!(content(r), ["the jet has flown 333 hours"]);
    let all = reports("Ann Lee can barely believe she lives in the city.");
    assert_eq!(speaker(by_cue(&all, "believe")), Some("Ann Lee"));
}

#[test]
fn a_passive_of_expecting_or_asking_without_agent_has_no_speaker() {
    let all = reports("Trump is expected to attend the dinner.");
    let r = by_cue(&all, "expected");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["Trump", "to attend the dinner"]);
    assert_eq!(r.rule(), Some(Rule::UnnamedSource));
    assert_eq!(r.cue_class(), CueClass::Thought);
    let all = reports("Asked whether he would run, Kim said he was undecided.");
    let r = by_cue(&all, "Asked");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["whether he would run"]);
    assert_eq!(speaker(by_cue(&all, "said")), Some("Kim"));
    let all = reports("Clinton was asked about the border.");
    assert_eq!(content(by_cue(&all, "asked")), ["the border"]);
    // with its agent the asker speaks; a thing asked for is no question
    let all = reports("Clinton was asked by a voter whether she would run.");
    assert_eq!(speaker(by_cue(&all, "asked")), Some("a voter"));
    assert!(reports("The fee was expected.").is_empty());
    assert!(reports("The court was asked for a delay.").is_empty());
}

#[test]
fn a_question_asked_after_its_time_or_occasion() {
    let all = reports("Asked Tuesday about the levy, Ann Lee said she had no plan.");
    let r = by_cue(&all, "Asked");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["about the levy"]);
    assert_eq!(speaker(by_cue(&all, "said")), Some("Ann Lee"));
    let all = reports("When asked at a town hall in Ames whether she would run, Lee smiled.");
    assert_eq!(content(by_cue(&all, "asked")), ["whether she would run"]);
    let all = reports("Asked on local radio who would pay, the mayor said the state.");
    assert_eq!(content(by_cue(&all, "Asked")), ["who would pay"]);
    // an occasion with no question after it reports nothing
    let all = reports("Asked at the door, the guard said the hall was full.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("Asked")),
        "{all:#?}"
    );
}

#[test]
fn a_verb_of_seeming_reports_with_no_one_named() {
    let all = reports("The senator seemed to back away from the plan.");
    let r = by_cue(&all, "seemed");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["The senator", "to back away from the plan"]);
    assert_eq!(r.rule(), Some(Rule::UnnamedSource));
    // with a place after it, it reports nothing
    assert!(reports("The senator appeared on television.").is_empty());
}

#[test]
fn a_seeming_infinitive_of_saying_keeps_the_asides_of_its_clause() {
    // the clause an infinitive of saying reports holds its appositive
    let all = reports("She appeared to imply that Lee, a newcomer, could win the seat.");
    assert_eq!(
        content(by_cue(&all, "appeared")),
        ["She", "to imply that Lee, a newcomer, could win the seat"]
    );
    let all =
        reports("Lee seemed to wonder whether the deal, a draft of which leaked, would last.");
    assert_eq!(
        content(by_cue(&all, "seemed")),
        [
            "Lee",
            "to wonder whether the deal, a draft of which leaked, would last"
        ]
    );
    // an infinitive of doing still ends where the writer goes on after a
    // comma
    let all = reports("The firm is expected to cut 200 jobs, the first wave of many.");
    assert_eq!(
        content(by_cue(&all, "expected")),
        ["The firm", "to cut 200 jobs"]
    );
}

#[test]
fn speaking_as_an_activity_reports_only_what_it_is_about() {
    assert!(reports("Boos grew louder when the mayor began speaking a little later.").is_empty());
    let all = reports("The senator spent the day talking about the border wall.");
    assert_eq!(content(by_cue(&all, "talking about")), ["the border wall"]);
    // a possessor's gerund before a noun is no cue
    assert!(
        reports("Lee's speaking firm advertised her next talks.")
            .iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "speaking"))
    );
}

#[test]
fn proved_reports_only_a_clause() {
    let all = reports("Last week proved that the plan works.");
    assert_eq!(content(by_cue(&all, "proved")), ["that the plan works"]);
    assert!(reports("She also proved adept at dodging questions.").is_empty());
}

#[test]
fn a_noun_before_its_verb_is_no_cue() {
    for text in [
        "His introductory remarks were so subdued that few noticed.",
        "The jobs report surprised analysts across the country.",
        "There are three reasons the plan should work.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // a verb before a clause still reports
    let all = reports("The officials say the plan is dead.");
    assert_eq!(content(by_cue(&all, "say")), ["the plan is dead"]);
}

#[test]
fn a_plain_form_after_a_plural_phrase_is_a_verb() {
    for (text, who) in [
        (
            "Forbes and Wealth-X say the country has more billionaires.",
            "Forbes and Wealth-X",
        ),
        ("One in five say that it won't be true.", "One in five"),
        (
            "The top officials of both parties say the deal must pass.",
            "The top officials of both parties",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(&all[0]), Some(who));
    }
    // after a single name a plain form is no verb ("Smith say" is a
    // headline's or a typo's)
    assert!(
        reports("The Smith report cites a poll.")
            .iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "report"))
    );
}

#[test]
fn an_opening_phrase_of_circumstance_is_not_reported() {
    let all = reports("In the early 1990s, Ms. Ripert said, she was earning little.");
    assert_eq!(content(by_cue(&all, "said")), ["she was earning little"]);
    assert!(reports("In the end, Sanders said.").is_empty());
    // a clause before the reporting clause is
    let all = reports("The deal is off, Kim said, and talks will end.");
    assert_eq!(content(by_cue(&all, "said"))[0], "The deal is off");
}

#[test]
fn a_short_phrase_fronted_in_the_reported_clause() {
    let all = reports("Pence said in politics it takes time to build ties.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["in politics it takes time to build ties"]
    );
    // a phrase of circumstance alone reports nothing
    assert!(reports("Kim said in an interview.").is_empty());
}

#[test]
fn a_passive_of_saying_or_believing_without_agent_has_no_speaker() {
    let all = reports("He is believed to be in Mexico.");
    let r = by_cue(&all, "believed");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["He", "to be in Mexico"]);
    let all = reports("It was said that the party would never win again.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["that the party would never win again"]);
}

#[test]
fn a_speakers_honorific_keeps_the_name_of_its_gender() {
    // the report's speaker is linked as a quotation's is: "Mrs." is no
    // man's, "Mr." no woman's
    for (text, other) in [
        (
            "Bill Clinton spoke. Mrs. Clinton said she would win.",
            "Bill Clinton",
        ),
        (
            "Carl Halvorsen confirmed it. Mrs. Halvorsen said she had never learned to swim.",
            "Carl Halvorsen",
        ),
        ("Ann Lee spoke. Mr. Lee said he would win.", "Ann Lee"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_ne!(
            r.speaker().and_then(whosaid::Mention::name),
            Some(other),
            "{text}"
        );
    }
}

#[test]
fn a_passive_set_off_after_a_noun_has_no_speaker() {
    for (text, cue, expected) in [
        (
            "The thief, thought to be in his twenties, grabbed her bag.",
            "thought",
            ["The thief", "to be in his twenties"],
        ),
        (
            "Police arrested a man, believed to be 30.",
            "believed",
            ["a man", "to be 30"],
        ),
        (
            "The suspect, said to be a former employee, was arrested.",
            "said",
            ["The suspect", "to be a former employee"],
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), None, "{text}");
        assert_eq!(r.rule(), Some(Rule::UnnamedSource), "{text}");
        assert_eq!(content(r), expected, "{text}");
    }
    // the sentence it stands in goes on past it
    assert_contents(&[(
        "Police said the gunman, believed to be in his 40s, fled on foot.",
        "said",
        "the gunman, believed to be in his 40s, fled on foot",
    )]);
    // a subject's own verb after its appositive speaks
    for (text, cue, who) in [
        ("Lee, an aide, declined to comment.", "declined", "Lee"),
        (
            "Lee, an aide, said to reporters that it was over.",
            "said",
            "Lee",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn a_participle_after_a_quotation_with_its_comma_or_after_by() {
    let all = reports(
        "The senator mocked him for calling himself the \"king of debt,\" noting that the cuts would fail.",
    );
    let r = by_cue(&all, "noting");
    assert_eq!(speaker(r), Some("The senator"));
    assert_eq!(content(r), ["that the cuts would fail"]);
    let all = reports("Kim opened the rally by saying he is ready to work.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("Kim"));
    // the whole clause, its own verb included
    let all = reports("Kim smiled while saying that the plan was dead.");
    let r = by_cue(&all, "saying");
    assert_eq!(speaker(r), Some("Kim"));
    assert_eq!(content(r), ["that the plan was dead"]);
}

#[test]
fn a_day_with_a_possessive_is_no_time() {
    let all = reports("Ann Lee said Thursday's speeches had led her to change her mind.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Thursday's speeches had led her to change her mind"]
    );
}

#[test]
fn those_and_a_participle_are_a_speaker() {
    let all = reports("By big margins, those surveyed say the economy should come first.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("those surveyed"));
    assert_eq!(content(r), ["the economy should come first"]);
    // "those" before a relative clause is read as before
    let all = reports("Those who voted said it was close.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("Those who")),
        "{all:#?}"
    );
}

#[test]
fn a_plain_form_after_who_is_a_verb() {
    let all = reports("The law angered business owners who say it drives customers away.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("who"));
    assert_eq!(content(r), ["it drives customers away"]);
    let all = reports("The fund helps families who tell the council they have no heating.");
    let r = by_cue(&all, "tell");
    assert_eq!(speaker(r), Some("who"));
    assert_eq!(content(r), ["they have no heating"]);
}

#[test]
fn a_subject_across_a_long_modifier() {
    for (text, who) in [
        (
            "The doctors who worked the night shift at the clinic, for example, said the wards were full.",
            "The doctors",
        ),
        (
            "Several farmers interviewed at the market in Dover this week, including Ms. Ortiz, said prices had doubled.",
            "Several farmers",
        ),
        (
            "Residents of the two villages \u{2014} Eastham and Weston \u{2014} said the road had flooded.",
            "Residents of the two villages",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(speaker(r), Some(who), "{text}");
    }
    // a participle in an aside is no verb of the subject: the verb after
    // it is
    let all = reports("The mayor, angered by the vote in the council, asked to speak first.");
    assert_eq!(speaker(by_cue(&all, "asked")), Some("The mayor"));
}

#[test]
fn a_possessive_in_the_phrase_of_circumstance_before_that() {
    let all = reports("Kim said during last week's town hall that the levy would pass.");
    assert_eq!(content(by_cue(&all, "said")), ["that the levy would pass"]);
}

#[test]
fn a_participle_after_a_noun_keeps_its_own_clause_verb() {
    let all = reports("Voters cheered, with the mayor saying he was proud of them.");
    assert_eq!(content(by_cue(&all, "saying")), ["he was proud of them"]);
    let all = reports("Doctors who think that it is safe are few.");
    assert_eq!(content(by_cue(&all, "think")), ["that it is safe"]);
    // a participle or relative clause inside the subject still ends at
    // the sentence's own verb
    let all = reports("Voters who believe that the economy is weak are angry.");
    assert_eq!(
        content(by_cue(&all, "believe")),
        ["that the economy is weak"]
    );
}

#[test]
fn a_participle_after_an_occasion_speaks_for_the_speaker() {
    let all = reports(
        "\"We will win,\" Ann Ruiz said at a news conference announcing that she would run.",
    );
    let r = by_cue(&all, "announcing");
    assert_eq!(speaker(r), Some("Ann Ruiz"));
    assert_eq!(content(r), ["that she would run"]);
    // "with" names who speaks
    let all = reports("The poll closed, with two aides saying the race was over.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("two aides"));
}

#[test]
fn a_stance_object_keeps_its_infinitive() {
    let all = reports("The senator supported a bill to tighten checks on sales.");
    assert_eq!(
        content(by_cue(&all, "supported")),
        ["a bill to tighten checks on sales"]
    );
    // a person's name is the whole object
    let all = reports("Kim endorsed Dana Lee to the surprise of many.");
    assert_eq!(content(by_cue(&all, "endorsed")), ["Dana Lee"]);
}

#[test]
fn an_appositive_after_an_inverted_speaker_is_no_content() {
    for text in [
        "The plant is under pressure from imports, said Ann Lee, the chief executive of the company.",
        "The plant is under pressure from imports, said Lee Park, who teaches law at the college.",
        "The plant is under pressure from imports, said Ann Lee, a professor at the college, who studies trade.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(
            content(r),
            ["The plant is under pressure from imports"],
            "{text}"
        );
        assert_eq!(r.rule(), Some(Rule::ClosingReport), "{text}");
    }
    // the content may go on after the appositive
    let all = reports("The plan, said Ann Lee, the bill's author, is dead.");
    assert_eq!(content(by_cue(&all, "said")), ["The plan", "is dead"]);
}

#[test]
fn a_verb_of_seeming_with_an_adjective_reports_its_clause() {
    for (text, cue, want) in [
        (
            "Cruz seemed lost during the vote.",
            "seemed",
            vec!["Cruz", "lost during the vote"],
        ),
        // (the plain form with a participle, a comparative or an
        // adjective of readiness is a hedge, "appear divided"; with any
        // other adjective it is too rarely one)
        (
            "Even her own aides in the state appear divided.",
            "appear",
            vec!["Even her own aides in the state", "divided"],
        ),
        (
            "Even her own aides in the state appear calm.",
            "appear",
            vec![],
        ),
        (
            "The race appears closer in Ohio.",
            "appears",
            vec!["The race", "closer in Ohio"],
        ),
        (
            "It seems likely that the bill will pass.",
            "seems",
            vec!["likely that the bill will pass"],
        ),
        // an impersonal "it" before a clause, with "that" or without
        (
            "It appears, though, that the bill will pass.",
            "appears",
            vec!["that the bill will pass"],
        ),
        (
            "It seems the council has too many members.",
            "seems",
            vec!["the council has too many members"],
        ),
    ] {
        let all = reports(text);
        let found: Vec<_> = all
            .iter()
            .filter(|r| r.cue().is_some_and(|c| c.text() == cue))
            .collect();
        if want.is_empty() {
            assert!(found.is_empty(), "{text}: {all:#?}");
        } else {
            assert_eq!(found.len(), 1, "{text}: {all:#?}");
            assert_eq!(speaker(found[0]), None, "{text}");
            assert_eq!(content(found[0]), want, "{text}");
        }
    }
    // "appeared" with a place is showing up, not seeming
    let all = reports("The mayor appeared on television on Monday.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_verb_of_seeing_reports_its_object() {
    let all = reports("The senator sees the race as a referendum on the mayor.");
    assert_eq!(
        content(by_cue(&all, "sees")),
        ["the race as a referendum on the mayor"]
    );
    let all = reports("Many voters see the race as a referendum on the mayor.");
    assert_eq!(speaker(by_cue(&all, "see")), Some("Many voters"));
    // "found" still reports only a clause
    let all = reports("She found the keys under the mat.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn pointing_to_reports_what_it_points_to() {
    let all = reports("Cruz pointed to a poll that shows him ahead.");
    let r = by_cue(&all, "pointed to");
    assert_eq!(speaker(r), Some("Cruz"));
    assert_eq!(content(r), ["a poll that shows him ahead"]);
    // "point" alone is no cue
    let all = reports("Cruz made a point about the poll.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn support_before_for_is_a_noun() {
    let all = reports("Her previous support for trade deals hurt her.");
    assert!(all.is_empty(), "{all:#?}");
    let all = reports("Most members support the trade deal.");
    assert_eq!(content(by_cue(&all, "support")), ["the trade deal"]);
}

#[test]
fn a_report_inside_another_reports_content_belongs_to_the_outer_source() {
    let all = reports("Aides say the senator believes the bill will fail.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Aides"));
    assert_eq!(
        content(&all[0]),
        ["the senator believes the bill will fail"]
    );
    // a closing report holds the one before it
    let all = reports("The campaign said the candidate would attend, the paper reported.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("the paper"));
}

#[test]
fn a_coordinated_report_ends_the_content_before_it() {
    let all = reports("Durbin said the plan was dead, and he said he hoped Lynch would act.");
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(content(&all[0]), ["the plan was dead"]);
    assert_eq!(content(&all[1]), ["he hoped Lynch would act"]);
    let all = reports("Kim praised the bill, citing a poll of voters.");
    assert_eq!(content(by_cue(&all, "praised")), ["the bill"]);
    assert_eq!(content(by_cue(&all, "citing")), ["a poll of voters"]);
}

#[test]
fn a_plain_say_has_a_plural_subject_however_long() {
    for (text, who) in [
        (
            "Aides to the mayor say she will run again.",
            "Aides to the mayor",
        ),
        (
            "Farmers clamoring to block the new dam say the river is theirs.",
            "Farmers clamoring to block the new dam",
        ),
        (
            "Nearly nine out of 10 say they need new skills.",
            "Nearly nine out of 10",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "say")), Some(who), "{text}");
    }
    // a determiner makes it a noun
    assert!(reports("The towns have a say in the plan.").is_empty());
}

#[test]
fn a_plain_form_that_is_never_a_noun_is_a_verb() {
    let all = reports("Critics of the mayor argue the plan is flawed.");
    let r = by_cue(&all, "argue");
    assert_eq!(speaker(r), Some("Critics of the mayor"));
    assert_eq!(content(r), ["the plan is flawed"]);
    // after a modal the name before it is the subject
    let all = reports("The mayor will argue the plan is sound.");
    assert_eq!(speaker(by_cue(&all, "argue")), Some("The mayor"));
}

#[test]
fn verbs_of_depicting_and_outlining_report_their_object() {
    let all = reports("The senator portrayed the plan as a giveaway to banks.");
    assert_eq!(
        content(by_cue(&all, "portrayed")),
        ["the plan as a giveaway to banks"]
    );
    let all = reports("The mayor outlined a budget that cuts the police.");
    assert_eq!(speaker(by_cue(&all, "outlined")), Some("The mayor"));
}

#[test]
fn an_object_content_needs_a_word_of_its_own() {
    for text in [
        "The senator had shown up.",
        "Every member responded anonymously.",
        "Another aide put it more bluntly.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    let all = reports("The senator showed restraint.");
    assert_eq!(content(by_cue(&all, "showed")), ["restraint"]);
    // a clause after the adverb is content again
    let all = reports("Lee put it more bluntly: the plan is dead.");
    assert!(!all.is_empty(), "{all:#?}");
}

#[test]
fn a_subject_across_an_appositive_participle_in_ed() {
    let all = reports("The survey, conducted by the institute in May, finds the mayor far ahead.");
    let r = by_cue(&all, "finds");
    assert_eq!(speaker(r), Some("The survey"));
    assert_eq!(content(r), ["the mayor far ahead"]);
}

#[test]
fn a_name_in_apposition_after_a_long_description_is_the_speaker() {
    for (text, cue, who) in [
        (
            "The head of the group that backed the mayor for a second term, Ana Ruiz, \
             praised the plan.",
            "praised",
            "Ana Ruiz",
        ),
        (
            "One delegate not on the slate, Kelly Lee, told reporters she was leaning toward Park.",
            "told",
            "Kelly Lee",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // not a name after the content, which names who wrote a document, nor
    // one of a list of names
    let all = reports(
        "Voters trust Lee more than ''anyone,'' a survey by a sociologist, Ann Park, concluded.",
    );
    assert!(
        all.iter().all(|r| speaker(r) != Some("Ann Park")),
        "{all:#?}"
    );
    let all = reports("Lee, Ann Park, said the plan would fail.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
}

#[test]
fn an_opening_according_to_reads_its_source_to_the_comma() {
    let all = reports(
        "But according to early results of the exit poll conducted by a firm for the networks, \
         the mayor led in both counties.",
    );
    let r = by_cue(&all, "according to");
    assert_eq!(
        speaker(r),
        Some("early results of the exit poll conducted by a firm for the networks")
    );
    assert_eq!(content(r), ["the mayor led in both counties"]);
}

#[test]
fn a_bare_document_noun_in_lower_case_is_a_subject() {
    // after a comma, a conjunction, or in a closing clause: no capital or
    // determiner opens the phrase, its document noun heads it
    let all = reports("In Ohio, early results showed that the mayor had won.");
    let r = by_cue(&all, "showed");
    assert_eq!(speaker(r), Some("early results"));
    assert_eq!(content(r), ["that the mayor had won"]);
    let all = reports("The fund gave little, and public records show no gifts from the mayor.");
    let r = by_cue(&all, "show");
    assert_eq!(speaker(r), Some("public records"));
    assert_eq!(content(r), ["no gifts from the mayor"]);
    let all = reports("The jet was insured for $2 million, filings show.");
    let r = by_cue(&all, "show");
    assert_eq!(speaker(r), Some("filings"));
    assert_eq!(content(r), ["The jet was insured for $2 million"]);
    let all = reports("The clinic grew fast, and data show that visits doubled.");
    assert_eq!(speaker(by_cue(&all, "show")), Some("data"));
    // financial disclosures are documents too
    let all = reports("Donors paid for the ads, disclosures filed on Sunday revealed.");
    let r = by_cue(&all, "revealed");
    assert_eq!(speaker(r), Some("disclosures filed on Sunday"));
    assert_eq!(content(r), ["Donors paid for the ads"]);
    assert_eq!(r.cue_class(), CueClass::Evidence);
    // a document described by a participle is evidence whatever its verb
    let all = reports("A court document filed Thursday says the deal was signed.");
    assert_eq!(by_cue(&all, "says").cue_class(), CueClass::Evidence);
    let all = reports("The aide who filed Thursday says the deal was signed.");
    assert_eq!(by_cue(&all, "says").cue_class(), CueClass::Speech);
    // a person's noun heads a phrase before its first preposition, a
    // document after it notwithstanding
    for (text, class) in [
        (
            "The author of the report said that rates rose.",
            CueClass::Speech,
        ),
        (
            "A spokesman for the study said that rates rose.",
            CueClass::Speech,
        ),
        (
            "The results of the poll said that rates rose.",
            CueClass::Evidence,
        ),
        (
            "An email from the head of the union said that rates rose.",
            CueClass::Evidence,
        ),
    ] {
        assert_eq!(by_cue(&reports(text), "said").cue_class(), class, "{text}");
    }
}

#[test]
fn a_document_noun_does_not_make_a_loose_subject_of_other_words() {
    // a participle, a phrase after "according to", a relative pronoun
    for (text, cue) in [
        (
            "Calls went out, and emails seeking comment went unanswered.",
            "seeking",
        ),
        (
            "Turnout rose, according to exit polls reported by the networks.",
            "reported",
        ),
        (
            "The plan, which independent analyses estimated to cost $1 billion, died.",
            "estimated",
        ),
    ] {
        let all = reports(text);
        assert!(
            !all.iter().any(|r| r.cue().is_some_and(|c| c.text() == cue)),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn asked_after_when_or_if_names_no_asker() {
    // the one asked does not ask; the question ends at its comma
    let all = reports("When asked which plan she favored, Kim said she was undecided.");
    let r = by_cue(&all, "asked");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["which plan she favored"]);
    assert_eq!(speaker(by_cue(&all, "said")), Some("Kim"));
    let all = reports("On Sunday, when asked about the budget deal, the mayor said it was fine.");
    let r = by_cue(&all, "asked");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["the budget deal"]);
    assert_eq!(content(by_cue(&all, "said")), ["it was fine"]);
    // an asker before the verb still asks
    let all = reports("The senator asked whom the mayor would appoint.");
    assert_eq!(speaker(by_cue(&all, "asked")), Some("The senator"));
}

#[test]
fn whether_after_a_circumstance_opens_the_content() {
    let all = reports("The senator has questioned in recent days whether the plan can pass.");
    assert_eq!(
        content(by_cue(&all, "questioned")),
        ["whether the plan can pass"]
    );
    // not after an infinitive and its preposition
    let all = reports("The aide declined to comment on whether the mayor would run.");
    assert_eq!(
        content(by_cue(&all, "declined")),
        ["to comment on whether the mayor would run"]
    );
}

#[test]
fn an_appositive_after_a_closing_reporting_clause() {
    // the writer's appositive, or the speaker's, closes the report
    let all = reports(
        "Victims of abuse would be a distinct group, the senator said, a policy that could \
         widen asylum.",
    );
    let r = by_cue(&all, "said");
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    assert_eq!(content(r), ["Victims of abuse would be a distinct group"]);
    let all =
        reports("Turnout has helped the party, Ann Lee said, a professor at the state college.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Turnout has helped the party"]
    );
    // a verb after the speaker's appositive goes on with the content
    let all = reports(
        "Any fair reading of the deal, Ann Lee said, an expert on trade at the institute, \
         would find it weak.",
    );
    let r = by_cue(&all, "said");
    assert_eq!(r.rule(), Some(Rule::InterruptedReport));
    assert_eq!(
        content(r),
        ["Any fair reading of the deal", "would find it weak"]
    );
    // a phrase with an auxiliary of its own is the content's subject
    let all = reports("Overall, she said, a number of groups are drifting away.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Overall", "a number of groups are drifting away"]
    );
}

#[test]
fn a_role_without_an_article_after_a_closing_reporting_clause() {
    // a bare role noun, or one after "the" and its modifiers, describes
    // the speaker and is no second part of the content
    for text in [
        "Turnout will be low, said Ann Lee, director of the polling center at the college.",
        "Turnout will be low, said Ann Lee, the party's longtime treasurer.",
        "Turnout will be low, Ann Lee said, spokeswoman for the campaign.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(r.rule(), Some(Rule::ClosingReport), "{text}");
        assert_eq!(content(r), ["Turnout will be low"], "{text}");
    }
    // not a clause with a subject of its own after the comma
    let all = reports("The plan is dead, she said, the director will resign.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["The plan is dead", "the director will resign"]
    );
    let all = reports("The plan is dead, she said, the economy grew anyway.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["The plan is dead", "the economy grew anyway"]
    );
}

#[test]
fn a_participle_of_saying_after_a_noun_reports_a_whole_clause() {
    // the clause's subject is a noun, and its auxiliary its own
    let all =
        reports("Cruz made a pitch to voters saying a state law banning fracking is hurting jobs.");
    assert_eq!(
        content(by_cue(&all, "saying")),
        ["a state law banning fracking is hurting jobs"]
    );
    let all = reports("A new poll has most voters saying race relations are growing worse.");
    assert_eq!(
        content(by_cue(&all, "saying")),
        ["race relations are growing worse"]
    );
    // a participle with a noun object still ends at the sentence's own verb
    let all = reports("A reporter asking Lee about the plan was turned away.");
    assert_eq!(content(by_cue(&all, "asking")), ["Lee about the plan"]);
}

#[test]
fn a_quoted_title_before_the_speaker_is_no_quotation_the_verb_closes() {
    // the verb reports the clause after it, not the title before it
    let all = reports(
        "Sunday on Fox News channel's \"Sunday Morning Futures,\" Rep. Ann Lee said the \
         governor's \"judgment\" is in question.",
    );
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Rep. Ann Lee"));
    assert_eq!(content(r), ["the governor's \"judgment\" is in question"]);
    // a title at the end of a clause closed by its reporting clause: the
    // clause is reported
    let all = reports("The French are big fans of \"Prison Break,\" Mr. Lee said.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Mr. Lee"));
    assert_eq!(content(r), ["The French are big fans of \"Prison Break,\""]);
}

#[test]
fn plural_descriptions_as_subjects() {
    // an irregular plural opening the sentence is a description, not a
    // name, and keeps its complement
    let all = reports("Spokesmen for both campaigns said the plan will fail.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("Spokesmen for both campaigns")
    );
    // two descriptions joined by "and" are one speaker
    let all = reports("Private companies and ordinary traders say the plan will fail.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("Private companies and ordinary traders"));
    assert_eq!(content(r), ["the plan will fail"]);
}

#[test]
fn an_answer_is_the_whole_content() {
    let all = reports("Asked about the plan, 72 percent said yes while 20 percent agreed.");
    assert_eq!(content(by_cue(&all, "said")), ["yes"]);
    let all = reports("Most voters said no, and the rest were unsure.");
    assert_eq!(content(by_cue(&all, "said")), ["no"]);
    // "no" before a noun is a determiner of the content's subject
    let all = reports("Lee said no decision was made.");
    assert_eq!(content(by_cue(&all, "said")), ["no decision was made"]);
}

#[test]
fn a_phrase_of_circumstance_between_a_conjunction_and_its_verb() {
    // the verb is coordinated; the phrase's noun does not speak
    let all = reports("Lee was tired, but in a later interview said he would stay.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["he would stay"]);
    // a name after the phrase is the subject of its own clause
    let all = reports("The talks ended, and at the meeting Ann Lee said it was over.");
    assert_eq!(
        speaker(by_cue(&all, "said")).map(|s| s.ends_with("Ann Lee")),
        Some(true)
    );
}

#[test]
fn openings_before_a_subject_or_a_content() {
    // an adverb of order before a subject with its appositive
    let all = reports("First his wife, the longtime aide Ann Lee, announced they were separated.");
    let r = by_cue(&all, "announced");
    assert_eq!(content(r), ["they were separated"]);
    assert!(speaker(r).is_some_and(|s| s.contains("Ann Lee")));
    // "at least" opens a quantity, not a circumstance
    let all = reports("CNN reported at least six planes filled the skies.");
    assert_eq!(
        content(by_cue(&all, "reported")),
        ["at least six planes filled the skies"]
    );
    // "as X noted" after a conjunction opening the sentence
    let all = reports("But as Lee noted, those voters will take a second look.");
    let r = by_cue(&all, "noted");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["those voters will take a second look"]);
}

#[test]
fn one_alone_before_a_verb_of_saying_speaks() {
    let all = reports("She met two lawyers; one suggested she marry a citizen.");
    let r = by_cue(&all, "suggested");
    assert_eq!(speaker(r), Some("one"));
    assert_eq!(content(r), ["she marry a citizen"]);
    let all = reports("Another told me it was over.");
    assert_eq!(speaker(by_cue(&all, "told")), Some("Another"));
    // not "one" modifying a noun
    assert!(reports("One reported case was fatal.").is_empty());
}

#[test]
fn a_quantifier_floating_after_its_subject() {
    let all = reports("Smith and Jones both said the claims were weak.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Smith and Jones"));
    let all = reports("The senators all said the claims were weak.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("The senators"));
    // opening the sentence, the quantifier is the subject
    let all = reports("Both said the claims were weak.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Both"));
}

#[test]
fn a_list_of_names_is_one_speaker() {
    let all = reports("Ann Lee, Bo Chen and Kim Park said the claims were weak.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("Ann Lee, Bo Chen and Kim Park")
    );
    // an opening phrase closed by its comma is no name of the list
    let all = reports("On Monday, Bo Chen and Kim Park said the claims were weak.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Bo Chen and Kim Park"));
}

#[test]
fn a_complement_of_two_phrases_joined_by_and() {
    // the complement is "Ohio and Texas"; the officials speak
    let all = reports("Officials from Ohio and Texas said the plan would fail.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("Officials from Ohio and Texas")
    );
}

#[test]
fn a_participle_opening_the_sentence_before_an_interrupting_clause() {
    // the opening participle is circumstance; the quotation after the
    // verb is a direct report of its own
    let all =
        reports("Asked whether the governor would run, Ann Lee shook her head and said, \"No.\"");
    let r = by_cue(&all, "said");
    assert_eq!(r.kind(), ReportKind::Direct);
    assert_eq!(content(r), ["\"No.\""]);
    // before a closing reporting clause a gerund is the content's subject
    let all = reports("Defending that terrain is hard for the party, aides said.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Defending that terrain is hard for the party"]
    );
    // a participle modifying the subject of a clause before the
    // interrupting reporting clause is part of that clause
    for (text, first) in [
        (
            "Operating profit rose to 9 million, the firm said, ahead of forecasts.",
            "Operating profit rose to 9 million",
        ),
        (
            "Rising costs were to blame, the firm said, along with weak sales.",
            "Rising costs were to blame",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "said"))[0], first, "{text}");
    }
    // while a participle with its own object stays circumstance
    let all = reports("Speaking in Ohio, Kim said, the senator was clear.");
    assert_eq!(content(by_cue(&all, "said")), ["the senator was clear"]);
    // and so does one of asking before a question's word, whose
    // auxiliary is the question's
    for text in [
        "Asked what would change her mind, Kim replied, \"Real answers.\"",
        "Asked why it had failed, Kim said, the plan was never funded.",
    ] {
        let all = reports(text);
        let r = all.iter().find(|r| r.rule() != Some(Rule::UnnamedSource));
        let r = r.expect("the speaker's report");
        assert_eq!(content(r).len(), 1, "{text}: {r:#?}");
        assert!(!content(r)[0].contains("Asked"), "{text}");
    }
}

#[test]
fn an_inverted_speaker_with_a_relative_clause_closes_the_report() {
    let all = reports("The leader should not move, said an official who was briefed on the talks.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("an official"));
    assert_eq!(content(r), ["The leader should not move"]);
    // an infinitive between commas is no aside of the name before it
    let all = reports(
        "The mayor warned the chief, Ann Lee, not to move the station, said an aide who was \
         there.",
    );
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("an aide"));
    // a relative clause inside the reported clause stays in it
    let all = reports("He said the man who was arrested had fled.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the man who was arrested had fled"]
    );
}

#[test]
fn a_possessive_in_the_place_of_speaking_closes_the_report() {
    let all = reports("The plan was sound, he said on the network's morning show.");
    let r = by_cue(&all, "said");
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    assert_eq!(content(r), ["The plan was sound"]);
}

#[test]
fn after_a_quotation_the_circumstance_of_its_verb_is_no_content() {
    for (text, cue) in [
        (
            "\u{201c}We are ready,\u{201d} the mayor said 30 minutes into the debate.",
            "said",
        ),
        (
            "\u{201c}We are ready,\u{201d} Lee told a crowd at the fair on Monday.",
            "told",
        ),
        (
            "\u{201c}We are ready,\u{201d} she said as the crowd cheered.",
            "said",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(r.kind(), ReportKind::Direct, "{text}: {r:#?}");
    }
    // a clause of its own still follows
    let all = reports("\u{201c}It is over,\u{201d} Lee suggested the mayor had lost.");
    let r = all
        .iter()
        .find(|r| r.kind() == ReportKind::Indirect)
        .expect("the clause is reported");
    assert_eq!(content(r), ["the mayor had lost"]);
}

#[test]
fn a_verb_of_seeming_leaves_auxiliaries_out_of_its_subject() {
    let all = reports("The senator also seemed to agree with the plan.");
    assert_eq!(
        content(by_cue(&all, "seemed")),
        ["The senator", "to agree with the plan"]
    );
    // after "it", the complement alone, past the auxiliaries
    let all = reports("It must have seemed like a smart move.");
    assert_eq!(content(by_cue(&all, "seemed")), ["like a smart move"]);
}

#[test]
fn according_to_after_a_colon_a_dash_or_closing_the_sentence() {
    let all = reports("It has not gone unnoticed: According to recent polls, the mayor trails.");
    let r = by_cue(&all, "According to");
    assert_eq!(speaker(r), Some("recent polls"));
    assert_eq!(content(r), ["the mayor trails"]);
    let all = reports(
        "According to a poll from the state university, in a field of 12, the mayor leads.",
    );
    assert_eq!(
        content(by_cue(&all, "According to")),
        ["in a field of 12, the mayor leads"]
    );
    let all =
        reports("The city had 115 robberies — most of them downtown — according to the data.");
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["The city had 115 robberies — most of them downtown"]
    );
    let all = reports("Most voters view the mayor unfavorably according to the poll.");
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["Most voters view the mayor unfavorably"]
    );
    let all = reports("That's according to early results of the exit polls.");
    assert_eq!(content(by_cue(&all, "according to")), ["That"]);
    // a manner, or a source inside the sentence without its comma
    assert!(reports("Prices were adjusted according to the rules.").is_empty());
    assert!(
        reports("Voters, most of whom dislike him according to the poll, stayed home.")
            .iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "according to"))
    );
}

#[test]
fn reportedly_marks_a_clause_reported_by_someone_unnamed() {
    let all = reports("The group is reportedly spending $1.5 million on ads.");
    let r = by_cue(&all, "reportedly");
    assert_eq!(speaker(r), None);
    assert_eq!(r.rule(), Some(Rule::UnnamedSource));
    assert_eq!(content(r), ["The group is", "spending $1.5 million on ads"]);
    // a verb of saying after it reports for itself
    let all = reports("The mayor reportedly told aides that he would run.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_some_and(|c| c.text() != "reportedly"))
    );
    assert_eq!(speaker(by_cue(&all, "told")), Some("The mayor"));
}

#[test]
fn an_adverb_of_manner_after_the_verb_is_no_content() {
    let all = reports("The senator said repeatedly the next mayor should choose.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the next mayor should choose"]
    );
    let all = reports("The senator has said flatly \u{201c}the plan\u{201d} would fail.");
    let r = by_cue(&all, "said");
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(content(r), ["\u{201c}the plan\u{201d} would fail"]);
    // an adverb that focuses what follows stays in it
    let all = reports("The senator would not reveal exactly what he would say.");
    assert_eq!(
        content(by_cue(&all, "reveal")),
        ["exactly what he would say"]
    );
}

#[test]
fn an_adjective_of_readiness_carries_the_subjects_report() {
    let all = reports("The mayor was quick to add that the plan would not change.");
    let r = by_cue(&all, "add");
    assert_eq!(speaker(r), Some("The mayor"));
    assert_eq!(content(r), ["that the plan would not change"]);
    let all = reports("But he is correct to note that the law was a compromise.");
    assert_eq!(speaker(by_cue(&all, "note")), Some("he"));
    // any other adjective's infinitive reports nothing
    assert!(reports("The mayor was unable to say that the plan would work.").is_empty());
    // a passive of hearing carries it too
    let all = reports("Lee was heard to say that the deal was dead.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["that the deal was dead"]);
}

#[test]
fn a_quantity_of_people_before_a_verb_that_is_never_a_noun() {
    let all = reports("Many believe the mayor has lost the city.");
    let r = by_cue(&all, "believe");
    assert_eq!(speaker(r), Some("Many"));
    assert_eq!(content(r), ["the mayor has lost the city"]);
    let all = reports("Some argue that the plan is too costly.");
    assert_eq!(speaker(by_cue(&all, "argue")), Some("Some"));
    // a relative clause with a gap is no report of theirs
    let all = reports("The mayor, who many believe misled voters, resigned.");
    assert!(all.iter().all(|r| speaker(r) != Some("many")), "{all:#?}");
}

#[test]
fn a_plural_head_before_a_place_makes_a_plain_form_a_verb() {
    let all = reports("Polls in New Hampshire show the two candidates are tied.");
    let r = by_cue(&all, "show");
    assert_eq!(speaker(r), Some("Polls in New Hampshire"));
    assert_eq!(content(r), ["the two candidates are tied"]);
    // a singular head is no plural subject
    assert!(reports("The poll in New Hampshire show results.").is_empty());
}

#[test]
fn an_aside_between_commas_right_after_that_opens_the_clause() {
    assert_contents(&[
        // a participle after a document's noun
        (
            "Lee sent a letter saying that, if elected, she would act.",
            "saying",
            "that, if elected, she would act",
        ),
        // and the comma after the aside's close still ends the content
        (
            "The group issued a statement saying that, in its view, the plan would fail, and left.",
            "saying",
            "that, in its view, the plan would fail",
        ),
        // a report inside a clause of circumstance after "that" is part of
        // the content, no end of it
        (
            "The poll finds that, while most voters say the plan failed, few blame the mayor.",
            "finds",
            "that, while most voters say the plan failed, few blame the mayor",
        ),
    ]);
}

#[test]
fn an_aside_between_dashes_before_that() {
    let all = reports(
        "The mayor said \u{2014} on the radio, as it happens \u{2014} that taxes would rise.",
    );
    assert_eq!(content(by_cue(&all, "said")), ["that taxes would rise"]);
    // no "that" after the aside: no clause to report
    assert!(reports("The mayor said \u{2014} and meant it \u{2014} nothing.").is_empty());
}

#[test]
fn a_closing_occasion_or_day_of_speaking_is_no_content() {
    let all = reports("Lee said the plan would fail in an interview with a local paper.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan would fail"]);
    let all = reports("Kim claimed victory in a tweet on Sunday.");
    assert_eq!(content(by_cue(&all, "claimed")), ["victory"]);
    let all = reports("Kim criticized the budget during a rally in Ohio.");
    assert_eq!(content(by_cue(&all, "criticized")), ["the budget"]);
    let all = reports("Lee said the bill was dead on Tuesday night.");
    assert_eq!(content(by_cue(&all, "said")), ["the bill was dead"]);
    let all = reports("Kim criticized the budget early Sunday morning.");
    assert_eq!(content(by_cue(&all, "criticized")), ["the budget"]);
    // a medium's noun that does not head its phrase stays
    let all = reports("Lee said his interest in her email server had waned.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["his interest in her email server had waned"]
    );
    // "according to" has no day of its own
    let all = reports("According to the police, Lee was arrested on Monday.");
    assert_eq!(
        content(by_cue(&all, "According to")),
        ["Lee was arrested on Monday"]
    );
    // a quotation after the phrase keeps it in the content
    let all = reports("Lee said the plan was in a speech called \u{201c}Forward\u{201d}.");
    assert!(content(by_cue(&all, "said"))[0].contains("speech"));
}

#[test]
fn an_infinitive_of_purpose_reports_for_the_subject_it_serves() {
    let all = reports("Bush took to Twitter to say that the plan would fail.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("Bush"));
    assert_eq!(content(r), ["that the plan would fail"]);
    let all = reports("Lanny Davis appeared on Fox News to defend the senator.");
    assert_eq!(speaker(by_cue(&all, "defend")), Some("Lanny Davis"));
    // the object of a verb of causing speaks
    let all = reports("The leak led Debbie Lee to announce her resignation.");
    assert_eq!(speaker(by_cue(&all, "announce")), Some("Debbie Lee"));
    let all = reports("The chaos allowed him to call for order.");
    assert_eq!(speaker(by_cue(&all, "call for")), Some("him"));
}

#[test]
fn an_infinitive_completing_a_word_reports_nothing_of_its_own() {
    for text in [
        "It is time to say that the plan failed.",
        "She had nothing to say about the plan.",
        "Lee wants them to say that the plan failed.",
        "Lee was ready to say that the plan failed.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some("say")),
            "{text}"
        );
    }
}

#[test]
fn a_subject_pronoun_and_a_noun_are_one_subject_inside_a_content() {
    let all = reports("Lee said she and her peers referred to themselves as rebels.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["she and her peers referred to themselves as rebels"]
    );
    let all = reports("Kim bemoaned the failure to stop what he and many workers see as theft.");
    assert_eq!(
        content(by_cue(&all, "bemoaned")),
        ["the failure to stop what he and many workers see as theft"]
    );
    // two clauses joined by "and" still are two reports
    let all = reports("Lee said the plan failed and Kim said it worked.");
    assert_eq!(content(&all[0]), ["the plan failed"]);
    assert_eq!(content(&all[1]), ["it worked"]);
}

#[test]
fn an_appositive_of_the_contents_subject_stays_inside() {
    let all = reports("Officials say Omar Lee, the gunman who fled, held two licenses.");
    assert_eq!(
        content(by_cue(&all, "say")),
        ["Omar Lee, the gunman who fled, held two licenses"]
    );
    // an appositive after an object closes it
    let all = reports("Lee criticized the plan, a move that angered Kim.");
    assert_eq!(content(by_cue(&all, "criticized")), ["the plan"]);
}

#[test]
fn a_report_in_a_clause_of_circumstance_inside_a_content_is_its_own() {
    let all = reports(
        "The city admitted it had erred when a local doctor reported high lead levels in children.",
    );
    assert_eq!(content(by_cue(&all, "admitted")), ["it had erred"]);
    let r = by_cue(&all, "reported");
    assert_eq!(speaker(r), Some("a local doctor"));
    assert_eq!(content(r), ["high lead levels in children"]);
    // after a comma, and after "while"
    let all =
        reports("Lee said the plan had failed, after the auditors found it was never funded.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan had failed"]);
    assert_eq!(speaker(by_cue(&all, "found")), Some("the auditors"));
    // a clause the verb governs stays nested in its content
    let all = reports("Lee said that the auditors found the plan was never funded.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Lee"));
}

#[test]
fn an_opening_as_clause_ends_its_content_at_its_comma() {
    // (the time after the object is when she considered it, no content)
    let all = reports("As she considered a run last year, Ann Lee told aides she was ready.");
    assert_eq!(content(by_cue(&all, "considered")), ["a run"]);
    let r = by_cue(&all, "told");
    assert_eq!(speaker(r), Some("Ann Lee"));
    assert_eq!(content(r), ["she was ready"]);
    // "As expected" opens no clause: the report is the sentence's own
    let all = reports("As expected, Lee said the plan was dead.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan was dead"]);
}

#[test]
fn a_dateline_is_no_content() {
    assert_contents(&[
        (
            "WASHINGTON (AP) \u{2014} The economy grew faster than expected, the agency said.",
            "said",
            "The economy grew faster than expected",
        ),
        (
            "PORTLAND, Maine - The peso fell 2 percent, according to traders.",
            "according to",
            "The peso fell 2 percent",
        ),
        (
            "LONDON \u{2014} According to police, the suspect fled.",
            "According to",
            "the suspect fled",
        ),
    ]);
    // a dash inside the sentence is no dateline's
    let all = reports("NATO \u{2014} the alliance \u{2014} grew, officials said.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["NATO \u{2014} the alliance \u{2014} grew"]
    );
}

#[test]
fn a_live_reports_time_label_is_no_content() {
    assert_contents(&[
        (
            "11:10 p.m.: Turnout broke records, officials said.",
            "said",
            "Turnout broke records",
        ),
        (
            "9 a.m. ET: Turnout broke records, according to officials.",
            "according to",
            "Turnout broke records",
        ),
        (
            "14:05: The count resumed, the agency said.",
            "said",
            "The count resumed",
        ),
    ]);
    // a time inside the sentence, or no time at all, stays
    let all = reports("At 11:05: Turnout broke records, officials said.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["At 11:05: Turnout broke records"]
    );
    let all = reports("12 votes: the count was close, officials said.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["12 votes: the count was close"]
    );
}

#[test]
fn a_clause_with_its_own_subject_after_a_comma_and_and_is_the_writers() {
    for (text, expected) in [
        (
            "Lee said delegates should back her, and her campaign is calling them one by one.",
            "delegates should back her",
        ),
        (
            "Lee predicted a deal by June, and he renewed that prediction last week.",
            "a deal by June",
        ),
        // (past a time before the new subject)
        (
            "Lee argued that the rules were weak, and last year she proposed a ban.",
            "that the rules were weak",
        ),
        (
            "Lee said the plan would fail, and on Monday her aides began to lobby.",
            "the plan would fail",
        ),
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| speaker(r) == Some("Lee"))
            .expect("Lee's report");
        assert_eq!(content(r), [expected], "{text}");
    }
    // a second verb of the content's own subject, or a second object,
    // stays in it
    for (text, expected) in [
        (
            "Lee said the plan failed badly, and cost the city millions.",
            "the plan failed badly, and cost the city millions",
        ),
        (
            "Lee said the plan would cut taxes, and the deficit too.",
            "the plan would cut taxes, and the deficit too",
        ),
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| speaker(r) == Some("Lee"))
            .expect("Lee's report");
        assert_eq!(content(r), [expected], "{text}");
    }
}

#[test]
fn a_verb_of_saying_inside_a_relative_clause_reports_the_gap() {
    // the relative pronoun is the reported clause's subject: the content
    // is the pronoun and the clause after the cue
    let all =
        reports("France has a high wage floor, which the OECD says is the highest in the world.");
    let r = by_cue(&all, "says");
    assert_eq!(speaker(r), Some("the OECD"));
    assert_eq!(content(r), ["which", "is the highest in the world"]);
    // set off by commas, the relative clause ends at its comma
    let all = reports("The hackers, who officials say are tied to Moscow, struck again.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("officials"));
    assert_eq!(content(r), ["who", "are tied to Moscow"]);
    let all = reports("It was an event that Carson says changed his life.");
    assert_eq!(content(by_cue(&all, "says")), ["that", "changed his life"]);
    // a noun before a verb is still no cue ("the jobs report was")
    let all = reports("The jobs report was strong, and the claims were false.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("report")),
        "{all:#?}"
    );
}

#[test]
fn a_plural_subject_with_here_or_there_before_a_plain_verb() {
    let all = reports("Polls there show Trump is trailing Cruz.");
    let r = by_cue(&all, "show");
    assert_eq!(speaker(r), Some("Polls there"));
    assert_eq!(content(r), ["Trump is trailing Cruz"]);
    let all = reports("Analysts here expect a rate cut in June.");
    assert_eq!(speaker(by_cue(&all, "expect")), Some("Analysts here"));
    // a singular head before "there" makes no plain form a verb
    let all = reports("The trial there support group met on Monday.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("support")),
        "{all:#?}"
    );
}

#[test]
fn people_by_their_activity_speak_after_an_opening_phrase() {
    // nouns of people the speaker list gained: after an opening phrase
    // only a known speaker noun is the subject of a plain "say"
    for (text, who) in [
        (
            "Meanwhile, forecasters say spending will fall.",
            "forecasters",
        ),
        (
            "If it slows, independents say they will stay home.",
            "independents",
        ),
        ("In Ohio, citizens say the roads are worse.", "citizens"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "say")), Some(who), "{text}");
    }
}

#[test]
fn a_partial_quotation_its_subject_speaks_through_an_unlisted_verb() {
    // the verb nearest the quotation and its complement, to the
    // quotation's own closing comma
    let all = reports(
        "The bar association completed its review and judged him \"well qualified,\" which is its top rating.",
    );
    let r = all
        .iter()
        .find(|r| r.rule() == Some(Rule::SentenceSubject))
        .expect("the subject's report");
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(speaker(r), Some("The bar association"));
    assert_eq!(r.cue().map(whosaid::Cue::text), Some("judged"));
    assert_eq!(content(r), ["him \"well qualified,\""]);
    // or to the clause's end
    let all = reports("The board judged the plan \"unworkable\" for now.");
    let r = by_cue(&all, "judged");
    assert_eq!(content(r), ["the plan \"unworkable\" for now"]);
    // a term (a title) is no report
    let all = reports("Lee, a fan of \"The Wire,\" won the seat.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::SentenceSubject)),
        "{all:#?}"
    );
}

#[test]
fn quoted_words_inside_a_reported_clause() {
    // an infinitive whose verb is quoted
    let all = reports("And he vowed to \"take our fight\" to the 35 states that remain.");
    let r = by_cue(&all, "vowed");
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(
        content(r),
        ["to \"take our fight\" to the 35 states that remain"]
    );
    // …and no "that" past it is the content's start; a title is passed
    let all = reports("Lee said on \"Meet the Press\" that the bill would pass.");
    assert_eq!(content(by_cue(&all, "said")), ["that the bill would pass"]);
    // a list of quoted words goes on past its commas
    let all = reports("Bush tweeted that Trump is a \"loser,\" a \"liar\" and a \"whiner.\"");
    assert_eq!(
        content(by_cue(&all, "tweeted")),
        ["that Trump is a \"loser,\" a \"liar\" and a \"whiner.\""]
    );
    // an appositive after a quotation still closes the content
    let all = reports("Lee said the plan was \"a disaster,\" a view that others share.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan was \"a disaster,\""]
    );
}

#[test]
fn a_noun_of_speech_after_adjectives_or_before_a_time() {
    // adjectives between the possessor and the noun
    let all = reports("He found no fault with Trump's scathing criticism that Bush lied.");
    let r = by_cue(&all, "criticism");
    assert_eq!(speaker(r), Some("Trump"));
    assert_eq!(content(r), ["that Bush lied"]);
    let all = reports("The talks went beyond his controversial pledge to be \"neutral\" in talks.");
    assert_eq!(speaker(by_cue(&all, "pledge")), Some("his"));
    // a time of speaking between the noun and its clause
    let all = reports("He stood by his statement on Wednesday that the deal was dead.");
    let r = by_cue(&all, "statement");
    assert_eq!(content(r), ["that the deal was dead"]);
    // a name modifying the noun is its speaker
    let all = reports("He ignored recent Clinton campaign accusations that his backers are rude.");
    let r = by_cue(&all, "accusations");
    assert_eq!(speaker(r), Some("Clinton campaign"));
    assert_eq!(content(r), ["that his backers are rude"]);
    let all = reports("The Trump claim that the vote was rigged is false.");
    let r = by_cue(&all, "claim");
    assert_eq!(speaker(r), Some("Trump"));
    assert_eq!(content(r), ["that the vote was rigged"]);
    // "that" after a noun of content opens no relative clause
    let all = reports("The claim that thousands cheered was false.");
    assert!(
        all.iter().all(|r| !content(r).iter().any(|c| c == "that")),
        "{all:#?}"
    );
}

#[test]
fn a_noun_of_speech_about_its_object() {
    for (text, cue, who, expected) in [
        (
            "Sanders struck a chord with his attacks on the role of money in politics, railing against PACs.",
            "attacks",
            "his",
            "the role of money in politics",
        ),
        (
            "Others were firm in their criticism of the senator's tough talk.",
            "criticism",
            "their",
            "the senator's tough talk",
        ),
        ("Lee's attacks on Park drew fire.", "attacks", "Lee", "Park"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // without a possessor, no one speaks
    let all = reports("The attacks on Clinton continued all week.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("attacks")),
        "{all:#?}"
    );
}

#[test]
fn quoted_words_go_on_after_a_contrast() {
    let all = reports("Lee said the plan was \"a mistake,\" but \"a fixable one.\"");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan was \"a mistake,\" but \"a fixable one.\""]
    );
    // a clause of the writer's after the contrast still ends it
    let all = reports("Lee said the plan was \"a mistake,\" but voters disagreed.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan was \"a mistake,\""]
    );
}

#[test]
fn a_report_inside_parentheses_reads_the_aside_alone() {
    // a closing reporting clause inside an aside reports the aside
    let all = reports("The plan failed (it cost $2 billion, officials said) and was dropped.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("officials"));
    assert_eq!(content(r), ["it cost $2 billion"]);
    // "according to" closing an aside reports the aside, not the words
    // before its parenthesis
    let all = reports(
        "States like Iowa (93 percent of voters were white, according to exit polls) vote early.",
    );
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["93 percent of voters were white"]
    );
}

#[test]
fn a_participle_describing_the_subject_is_not_its_speaker() {
    // the participle's phrases of place, time and agent describe the
    // subject; the noun before the participle reports
    for (text, cue, who) in [
        (
            "A study published in The Lancet found that the drug cut admissions.",
            "found",
            "A study",
        ),
        (
            "A report released in September by the National Academies found that growth rose.",
            "found",
            "A report",
        ),
        (
            "The man arrested in Texas told police he had acted alone.",
            "told",
            "The man",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // without a participle the phrase after the preposition stays part of
    // the subject, and a pronoun's own verb is no participle
    for (text, cue, who) in [
        (
            "Officials in Texas said the plan was dead.",
            "said",
            "Officials in Texas",
        ),
        (
            "They met in Paris and said the talks would go on.",
            "said",
            "They",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn quoted_as_saying_without_quotation_marks() {
    // the one quoted speaks; the one quoting, when named, is the source,
    // as for a quotation
    for (text, who, source, expected) in [
        (
            "She was quoted as saying that the policy was a mistake.",
            "She",
            None,
            "that the policy was a mistake",
        ),
        (
            "Lee was quoted by Reuters as saying the plan would fail.",
            "Lee",
            Some("Reuters"),
            "the plan would fail",
        ),
        (
            "Interfax quoted the minister as saying talks would resume.",
            "the minister",
            Some("Interfax"),
            "talks would resume",
        ),
        // a source the grammar does not read alone
        (
            "Lee was cited by state media as saying the plan would fail.",
            "Lee",
            Some("state media"),
            "the plan would fail",
        ),
        // the name in apposition to the one quoted
        (
            "Tass quoted a ministry spokesman, Gennadi I. Gerasimov, as saying that talks would resume.",
            "Gennadi I. Gerasimov",
            Some("Tass"),
            "that talks would resume",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "saying");
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(r.source().map(whosaid::Mention::text), source, "{text}");
        assert_eq!(content(r), [expected], "{text}");
        assert!(
            all.iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some("quoted")),
            "{text}"
        );
    }
    // "quoted as" before no participle of speech reports nothing
    assert!(reports("Her work was widely quoted as evidence of bias.").is_empty());
    // a clause between the commas is no name in apposition: "quoted"
    // keeps the report, the one quoting speaks
    let all =
        reports("Tass quoted the minister, who spoke in Paris, as saying that talks would resume.");
    assert_eq!(speaker(by_cue(&all, "quoted")), Some("Tass"));
}

#[test]
fn verbs_of_forecast_and_calculation_report_findings() {
    for (text, cue, class, expected) in [
        (
            "The bank forecasts growth of 2 percent this year.",
            "forecasts",
            CueClass::Evidence,
            "growth of 2 percent this year",
        ),
        (
            "Analysts calculated that the plan would cost $2 billion.",
            "calculated",
            CueClass::Evidence,
            "that the plan would cost $2 billion",
        ),
        (
            "Manzano surmised that the vote would be close.",
            "surmised",
            CueClass::Thought,
            "that the vote would be close",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(r.cue_class(), class, "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // a passive "forecast" names no one who forecasts
    assert!(reports("Rain is forecast for Sunday.").is_empty());
}

#[test]
fn a_noun_of_speech_with_its_speaker_after_of() {
    for (text, who, expected) in [
        (
            "The claim of the mayor that the plan failed drew scorn.",
            "the mayor",
            "that the plan failed",
        ),
        // …or "from"
        (
            "The board ignored warnings from its auditor that the fund was short.",
            "its auditor",
            "that the fund was short",
        ),
        (
            "Lee has faced criticism from rivals that his budget is too small.",
            "rivals",
            "that his budget is too small",
        ),
        (
            "His remarks buttress the contention of Senator Ann Lee that the rules were broken.",
            "Senator Ann Lee",
            "that the rules were broken",
        ),
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| r.rule() == Some(Rule::NounReport))
            .unwrap_or_else(|| panic!("{text}: no noun report"));
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // a generic phrase after "of" is the noun's object, not its speaker,
    // and a relative "that" opens no content
    for text in [
        "They recalled the promise of jobs that never came.",
        "The team saw a message from a fan that appeared online.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.rule() != Some(Rule::NounReport)),
            "{text}"
        );
    }
}

#[test]
fn a_noun_of_speech_after_a_time_and_before_a_comma_and_quotation() {
    let text = "The union balked at her March comment that, \u{201c}We will cut taxes.\u{201d}";
    let all = reports(text);
    let r = by_cue(&all, "comment");
    assert_eq!(speaker(r), Some("her"));
    assert_eq!(content(r), ["that, \u{201c}We will cut taxes.\u{201d}"]);
    // the quotation goes to the same speaker
    let q: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(q[0].speaker().map(whosaid::Mention::text), Some("her"));
}

#[test]
fn neither_nor_and_either_or_make_one_speaker() {
    for (text, cue, who) in [
        (
            "Neither the White House nor the State Department responded to questions.",
            "responded to",
            "Neither the White House nor the State Department",
        ),
        (
            "Either Lee or Park will say the trip is off.",
            "say",
            "Either Lee or Park",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        // two speakers have no one name
        assert_eq!(r.speaker().and_then(whosaid::Mention::name), None, "{text}");
    }
    // "or" without "either" joins nothing
    let all = reports("Voters chose Lee or Park said the trip was off.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Park"));
}

#[test]
fn asked_after_the_subject_is_a_passive() {
    // "Lee, asked whether …, said": the asker is unnamed, not Lee
    let all = reports("Lee, asked whether he would run again, said he had not decided.");
    assert_eq!(speaker(by_cue(&all, "asked")), None);
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
    // a coordinated verb after the object is Lee's own
    let all = reports("Lee called the plan a mistake, asked whether it would work, and left.");
    assert_eq!(speaker(by_cue(&all, "asked")), Some("Lee"));
}

#[test]
fn a_quotation_no_rule_attributes_is_no_report() {
    // no source and no cue: the quotation is listed by `attribute`, not
    // by `reports`
    let text = "The hall went quiet.\n\n\u{201c}We will look into it.\u{201d}\n\nLee left.";
    assert_eq!(whosaid::attribute(text).count(), 1);
    assert!(reports(text).is_empty(), "{:?}", reports(text));
    // a signature line after it signs it, and then it is one
    let text = "\u{201c}We will look into it.\u{201d}\n\n- Ann Lee.\n\nLee left.";
    let all = reports(text);
    assert_eq!(all.len(), 1);
    assert_eq!(speaker(&all[0]), Some("Ann Lee"));
    assert_eq!(all[0].kind(), ReportKind::Direct);
    // and the stream, which holds the last quotation back for a signature,
    // lets an unsigned one go without a report
    let mut stream = whosaid::stream().with_reports();
    stream.push("\u{201c}We will look into it.\u{201d}\n\n");
    let mut out = stream.take_reports();
    stream.push("The hall went quiet.\n\n");
    out.extend(stream.take_reports());
    let (_, rest) = stream.finish_reports();
    out.extend(rest);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn a_participle_on_the_source_of_according_to_is_passed() {
    assert_contents(&[
        (
            "According to the report, released Tuesday, the agency ignored the warnings.",
            "According to",
            "the agency ignored the warnings",
        ),
        (
            "According to the letter, signed by 40 senators, the deal is dead.",
            "According to",
            "the deal is dead",
        ),
    ]);
}

#[test]
fn a_past_form_after_a_nouns_verb_modifies_the_noun_after_it() {
    // "ignored repeated warnings": "repeated" is no reporting verb there,
    // and "The agency ignored" no speaker
    for text in [
        "The agency ignored repeated warnings.",
        "The team faced repeated questions about its budget.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
    }
    // a verb after a pronoun subject, or before "that", still reports
    let all = reports("He repeated warnings that the dam would fail.");
    assert_eq!(speaker(by_cue(&all, "repeated")), Some("He"));
    let all = reports("Everyone I interviewed criticized as complicated the new plan.");
    assert_eq!(
        speaker(by_cue(&all, "criticized")),
        Some("Everyone I interviewed")
    );
}

#[test]
fn a_body_a_preposition_governs_is_no_subject() {
    let text = "Democracy Corps published research on behalf of the Roosevelt Institute \
                during the convention showing that voters were angry.";
    let all = reports(text);
    let r = by_cue(&all, "showing");
    assert_ne!(speaker(r), Some("the Roosevelt Institute"), "{all:#?}");
    // a named body before a phrase of place is
    let text = "The Brookings Institution in Washington said that the plan would fail.";
    let all = reports(text);
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("The Brookings Institution")
    );
}

#[test]
fn a_passive_asked_after_the_subject_reports_no_question_of_its_own() {
    let text = "A spokesman for the Soviet Embassy, asked for comment, said only: \
                \u{201c}We have nothing to add.\u{201d}";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].cue().map(whosaid::Cue::text), Some("said"));
    assert_eq!(speaker(&all[0]), Some("A spokesman for the Soviet Embassy"));
    // a question after it is still reported, with no asker
    let text = "Lee, asked whether he would run, said that he had not decided.";
    let all = reports(text);
    let asked = by_cue(&all, "asked");
    assert_eq!(speaker(asked), None);
}

#[test]
fn the_listener_of_told_may_be_a_compound_the_grammar_stops_inside() {
    for (text, listener, expected) in [
        (
            "The spokesman told a news conference the chancellor had full confidence in him.",
            "a news conference",
            "the chancellor had full confidence in him",
        ),
        (
            "Lee told a packed town hall meeting the plan would fail.",
            "a packed town hall meeting",
            "the plan would fail",
        ),
        (
            "Lee told the weekly news briefing she would not resign.",
            "the weekly news briefing",
            "she would not resign",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(content(r), [expected], "{text}");
        assert_eq!(addressee(r), Some(listener), "{text}");
    }
    // an object that is no listener stays in the content
    let all = reports("Lee told reporters the news was bad.");
    assert_eq!(content(by_cue(&all, "told")), ["the news was bad"]);
}

#[test]
fn an_according_to_phrase_is_never_the_content_of_a_closing_clause() {
    for (text, source) in [
        (
            "According to a new Gallup poll, 54 percent of Americans approve of the deal.",
            "a new Gallup poll",
        ),
        (
            "According to Gallup, 54 percent of voters approve of the deal.",
            "Gallup",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(speaker(&all[0]), Some(source), "{text}");
        assert!(content(&all[0])[0].starts_with("54 percent"), "{all:#?}");
    }
}

#[test]
fn a_noun_of_speech_naming_a_verbs_medium_reports_nothing_of_its_own() {
    let text = "Lee said in her statement that the plan was dead.";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["that the plan was dead"]);
}

#[test]
fn an_auxiliary_chain_stays_in_an_embedded_content() {
    assert_contents(&[
        (
            "The posts include one saying the danger had been understated.",
            "saying",
            "the danger had been understated",
        ),
        (
            "They sparred, both acknowledging that they could not be rivals.",
            "acknowledging",
            "that they could not be rivals",
        ),
    ]);
    // a second auxiliary after other words is still the sentence's verb
    let all = reports("Doctors who think that it is safe are few.");
    assert_eq!(content(by_cue(&all, "think")), ["that it is safe"]);
}

#[test]
fn a_quotation_ending_in_a_comma_stays_in_its_content() {
    // before a coordinated report of the same speaker
    let all = reports("Kim said that Lee is a “good, honest man,” and said that Park lied.");
    let r = &all[0];
    assert_eq!(content(r), ["that Lee is a “good, honest man,”"]);
    assert_eq!(r.kind(), ReportKind::Mixed);
    // at the comma that closes an opening clause
    let all = reports("While Kim calls the plan a “costly mistake,” Lee backs it.");
    assert_eq!(
        content(by_cue(&all, "calls")),
        ["the plan a “costly mistake,”"]
    );
    // a plain comma there still ends the content before it
    let all = reports("While Kim calls the plan a mistake, Lee backs it.");
    assert_eq!(content(by_cue(&all, "calls")), ["the plan a mistake"]);
}

#[test]
fn an_expected_or_seeming_infinitive_ends_at_the_writers_comma_or_dash() {
    for (text, cue, rest) in [
        (
            "The mill is expected to cut 300 jobs - the first of many.",
            "expected",
            "to cut 300 jobs",
        ),
        (
            "The ruling is expected to go against the city, with costly consequences.",
            "expected",
            "to go against the city",
        ),
        (
            "The mayor seemed to waver on Tuesday, when she gave a speech.",
            "seemed",
            "to waver on Tuesday",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue))[1], rest, "{text}");
    }
    // a relative clause set off by commas inside the infinitive stays
    let all =
        reports("The filings are expected to show that Cruz, who raised little, spent a lot.");
    assert_eq!(
        content(by_cue(&all, "expected"))[1],
        "to show that Cruz, who raised little, spent a lot"
    );
}

#[test]
fn a_quoted_show_in_the_occasion_of_a_closing_report() {
    let all = reports("The plan was dead, he said Sunday on CBS’s “Face the Nation.”");
    let r = by_cue(&all, "said");
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    assert_eq!(content(r), ["The plan was dead"]);
    // a quotation that is no title is what was said, not an occasion
    let all = reports("The plan was dead, he said on Sunday, “and it stays dead.”");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::ClosingReport)),
        "{all:#?}"
    );
}

#[test]
fn a_quoted_title_after_a_noun_for_a_work_is_part_of_the_occasion() {
    let all = reports("Kim said on the show “Meet the Press” that the plan was dead.");
    assert_eq!(content(by_cue(&all, "said")), ["that the plan was dead"]);
    // quoted words after another noun are no title of a work
    let all = reports("Kim said on the plan “Fix It Now” that it was dead.");
    assert!(
        all.iter().all(|r| content(r) != ["that it was dead"]),
        "{all:#?}"
    );
}

#[test]
fn a_relative_clause_of_saying_inside_a_content_is_a_report_too() {
    let all = reports("Lee said the plan, which critics said would fail, was sound.");
    let outer: Vec<_> = all.iter().filter(|r| speaker(r) == Some("Lee")).collect();
    assert_eq!(
        content(outer[0]),
        ["the plan, which critics said would fail, was sound"]
    );
    let inner: Vec<_> = all
        .iter()
        .filter(|r| speaker(r) == Some("critics"))
        .collect();
    assert_eq!(inner.len(), 1, "{all:#?}");
    assert_eq!(content(inner[0]), ["which", "would fail"]);
    // a held report of another verb, or with no relative pronoun, stays
    // part of the outer content only
    for text in [
        "Lee said the plan, which critics believe would fail, was sound.",
        "Lee said critics said the plan would fail.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
    }
}

#[test]
fn a_document_speaking_through_a_relative_speaks_for_its_issuer() {
    let all = reports("Lee released a letter from her doctor that says she is healthy.");
    let r = by_cue(&all, "says");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(
        r.source().map(whosaid::Mention::text),
        Some("a letter from her doctor")
    );
    assert_eq!(content(r), ["she is healthy"]);
    // a document someone only read speaks for no one else
    let all = reports("Lee read a letter that says she is healthy.");
    assert_ne!(speaker(by_cue(&all, "says")), Some("Lee"));
}

#[test]
fn a_plain_form_before_a_plural_noun_and_a_verb_of_saying_is_no_cue() {
    let all = reports("Some protest leaders said they would march anyway.");
    assert_eq!(all.len(), 1, "{all:#?}");
    let r = by_cue(&all, "said");
    assert!(
        speaker(r).is_some_and(|s| s.ends_with("leaders")),
        "{all:#?}"
    );
    assert_eq!(content(r), ["they would march anyway"]);
    // a verb of saying before a plural subject with another verb is one
    let all = reports("Critics warn voters will pay more.");
    assert_eq!(content(by_cue(&all, "warn")), ["voters will pay more"]);
}

#[test]
fn but_never_and_but_rather_go_on_with_the_content() {
    assert_contents(&[
        (
            "Lee said they will negotiate, but never compromise, on taxes.",
            "said",
            "they will negotiate, but never compromise, on taxes",
        ),
        (
            "Lee said the city would not close the jail, but rather move its inmates.",
            "said",
            "the city would not close the jail, but rather move its inmates",
        ),
    ]);
    // "but" before a clause of the writer's still ends it
    let all = reports("Lee said the plan was fair, but the council voted no.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan was fair"]);
}

#[test]
fn an_interrupted_report_starts_past_a_dash_before_it() {
    let all = reports("He had a rally that night - and the permit, he said, had been hard to get.");
    let r = by_cue(&all, "said");
    assert_eq!(r.rule(), Some(Rule::InterruptedReport));
    assert_eq!(content(r), ["the permit", "had been hard to get"]);
    // not past a dash that closes an aside
    let all = reports("The plan — a costly one — is dead, he said, and it will stay dead.");
    assert_eq!(
        content(by_cue(&all, "said"))[0],
        "The plan — a costly one — is dead"
    );
    // with no dash, from the sentence's start
    let all = reports("The permit, he said, had been hard to get.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["The permit", "had been hard to get"]
    );
}

#[test]
fn a_partial_quotation_with_its_comma_before_a_closing_according_to() {
    let all = reports("The mayor called the audit a “witch hunt,” according to two aides.");
    let r = by_cue(&all, "according to");
    assert_eq!(speaker(r), Some("two aides"));
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(content(r), ["The mayor called the audit a “witch hunt,”"]);
    // a quotation with no comma of its own stays inside running words
    let all = reports("The mayor called it a “witch hunt” according to the rules of debate.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "according to")),
        "{all:#?}"
    );
}

#[test]
fn a_closing_report_after_a_partial_quotation_with_its_comma() {
    // a report of its own before the quotation: the closing clause
    // reports all of it, quotation included
    let all = reports("The mayor called the audit a “witch hunt,” two aides said.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("two aides"));
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    assert_eq!(r.kind(), ReportKind::Mixed);
    assert_eq!(content(r), ["The mayor called the audit a “witch hunt,”"]);
    let all = reports("Lee said the plan was a “costly mistake,” said one aide.");
    let r = all
        .iter()
        .find(|r| speaker(r) == Some("one aide"))
        .expect("the aide's report");
    assert_eq!(content(r), ["Lee said the plan was a “costly mistake,”"]);
    // with no report before it, the quotation's own rules attribute it
    let all = reports("The audit is a “witch hunt,” the mayor said.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("the mayor"));
    assert_ne!(r.rule(), Some(Rule::ClosingReport));
}

#[test]
fn states_as_a_verb_after_a_subject_before_a_clause() {
    assert_contents(&[
        (
            "It states that courts should not rule so close to an election.",
            "states",
            "that courts should not rule so close to an election",
        ),
        (
            "The memo also states that the agency had been warned.",
            "states",
            "that the agency had been warned",
        ),
        (
            "In her book, Byrne states that the detail was a punishment.",
            "states",
            "that the detail was a punishment",
        ),
    ]);
    // a noun, with a relative clause after it
    for text in [
        "Trump won the swing states that Obama had carried.",
        "He visited the United States that year.",
        "Voters in many states that hold primaries were angry.",
        "The states that Lee won are small.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "states")),
            "{text}"
        );
    }
}

#[test]
fn a_connective_between_commas_after_the_subject() {
    assert_contents(&[
        (
            "The report, meanwhile, says that the donor regretted the vote.",
            "says",
            "that the donor regretted the vote",
        ),
        (
            "The agency, for its part, said that the fund was solvent.",
            "said",
            "that the fund was solvent",
        ),
        (
            "The survey, however, found that most voters were undecided.",
            "found",
            "that most voters were undecided",
        ),
    ]);
    let all = reports("The report, meanwhile, says that the donor regretted the vote.");
    assert_eq!(speaker(by_cue(&all, "says")), Some("The report"));
    // an aside that is no connective still needs a speaker noun
    assert!(
        reports("The report, Lee's favourite, says that the donor regretted the vote.")
            .iter()
            .all(|r| speaker(r) != Some("The report")),
    );
    // before a connective, a plain phrase of a few words whose noun is no
    // speaker noun ("for instance" and "for example" are connectives too)
    for text in [
        "Cement makers, for instance, argue that imports grew.",
        "Cement makers, however, argue that imports grew.",
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "argue")),
            Some("Cement makers"),
            "{text}"
        );
    }
}

#[test]
fn a_closing_report_before_a_dash() {
    let all = reports(
        "The deficit will grow this year, the budget office reported Tuesday -- a \
         reversal that worries many.",
    );
    let r = by_cue(&all, "reported");
    assert_eq!(r.rule(), Some(Rule::ClosingReport));
    assert_eq!(speaker(r), Some("the budget office"));
    assert_eq!(content(r), ["The deficit will grow this year"]);
    // (with a dash already in what comes before, the dashes may pair
    // around an aside, and no closing clause is read)
    let all = reports("The plan — a costly one — is dead, Lee said — and then she left.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::ClosingReport)),
        "{all:#?}"
    );
}

#[test]
fn an_opening_adverbial_clause_before_an_interrupting_reporting_clause() {
    // "as" and a subordinator after "And" or "But" open a clause of
    // circumstance, which is no part of what is reported
    let all = reports("As boos erupt from the crowd, he says, \"Please quiet down.\"");
    assert_eq!(content(by_cue(&all, "says")), ["\"Please quiet down.\""]);
    let all = reports(
        "And although he thanked the crowd, he said, \"I'm not sure I really deserve it.\"",
    );
    assert_eq!(
        content(by_cue(&all, "said")),
        ["\"I'm not sure I really deserve it.\""]
    );
    let all = reports("But as president, Lee said, he would cut taxes.");
    assert_eq!(content(by_cue(&all, "said")), ["he would cut taxes"]);
    // a clause of the content's own stays in it
    let all = reports("But the plan is dead, Lee said, and it will stay dead.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["But the plan is dead", "and it will stay dead"]
    );
}

#[test]
fn a_hyphenated_participle_before_its_noun_is_an_adjective() {
    assert_contents(&[(
        "Lee criticized the mayor’s embarrassing, race-baiting tactics from years ago.",
        "criticized",
        "the mayor’s embarrassing, race-baiting tactics from years ago",
    )]);
    // a participle after a comma still opens a clause of the writer's
    assert_contents(&[(
        "Lee criticized the mayor’s tactics, drawing cheers from the crowd.",
        "criticized",
        "the mayor’s tactics",
    )]);
}

#[test]
fn a_document_before_its_complement_after_an_opening_phrase() {
    let all = reports(
        "In Georgia, early results from the state's rural districts showed that Cruz had won \
         delegates.",
    );
    let r = by_cue(&all, "showed");
    assert_eq!(
        speaker(r),
        Some("early results from the state's rural districts")
    );
    assert_eq!(content(r), ["that Cruz had won delegates"]);
    assert_eq!(r.cue_class(), CueClass::Evidence);
    // a noun that is no document does not carry its complement
    assert!(
        reports("In Georgia, early crowds from rural districts showed that Cruz had won.")
            .iter()
            .all(|r| speaker(r) != Some("early crowds from rural districts")),
    );
}

#[test]
fn a_speaker_noun_with_modifiers_and_no_article() {
    // a headline's closing clause
    let all = reports("The plan is dead, top aide says.");
    let r = by_cue(&all, "says");
    assert_eq!(speaker(r), Some("top aide"));
    assert_eq!(content(r), ["The plan is dead"]);
    // not the end of a phrase whose adjectives a comma parts
    let all = reports("The bill is dead, the bespectacled, 71-year-old senator said.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("the bespectacled, 71-year-old senator")
    );
}

#[test]
fn a_noun_in_ing_across_a_comma_is_no_participle_describing_the_subject() {
    let all = reports("He improved his standing, with 30 percent of voters saying they like him.");
    let r = by_cue(&all, "saying");
    assert_eq!(speaker(r), Some("30 percent of voters"));
    assert_eq!(content(r), ["they like him"]);
    // a participle right before the preposition still describes the
    // subject before it
    let all = reports("People living in the city say the plan is bad.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("People"));
}

#[test]
fn a_subject_after_a_subordinator_read_loosely() {
    let all = reports(
        "The agency dragged its feet, even after federal judge ruled that the school \
         misled students.",
    );
    let r = by_cue(&all, "ruled");
    assert_eq!(speaker(r), Some("federal judge"));
    assert_eq!(content(r), ["that the school misled students"]);
    let all = reports("While many bank watchers expect Kim to be reappointed, the vote is open.");
    assert_eq!(speaker(by_cue(&all, "expect")), Some("many bank watchers"));
}

#[test]
fn a_named_subject_and_its_verb_after_and_past_an_object_is_the_writers_clause() {
    assert_contents(&[(
        "Prosecutors charged the officer with murder and Lee fired his police chief.",
        "charged",
        "the officer with murder",
    )]);
    // a name joined to the object, with no verb of its own, stays in it
    assert_contents(&[(
        "Lee thanked the staff and Kim for their work.",
        "thanked",
        "the staff and Kim for their work",
    )]);
    // nor is an adjective in -ed before its noun a verb
    assert_contents(&[(
        "Lee blamed hackers for stealing data from the Senate and House unclassified systems.",
        "blamed",
        "hackers for stealing data from the Senate and House unclassified systems",
    )]);
}

#[test]
fn a_verb_after_and_past_an_object_is_the_speakers_next_act() {
    assert_contents(&[
        (
            "The senator denied the charges and filed a suit of her own.",
            "denied",
            "the charges",
        ),
        (
            "The governor vowed to keep the clinics open and celebrated the ruling.",
            "vowed",
            "to keep the clinics open",
        ),
        (
            "The mayor praised the new budget and has since voted for it twice.",
            "praised",
            "the new budget",
        ),
        (
            "The envoy praised the truce but voted against it.",
            "praised",
            "the truce",
        ),
    ]);
    // a content with a verb of its own keeps its coordinated verb
    assert_contents(&[
        (
            "Lee said the mogul wins about 1 in 3 voters and has a lead over Cruz.",
            "said",
            "the mogul wins about 1 in 3 voters and has a lead over Cruz",
        ),
        (
            "Lee said that the plan failed and would cost jobs.",
            "said",
            "that the plan failed and would cost jobs",
        ),
        (
            "Lee said that the plan would help but could cost jobs.",
            "said",
            "that the plan would help but could cost jobs",
        ),
    ]);
    // after any verb of saying, a bare clause keeps a predicate that
    // opens with a modal
    assert_contents(&[
        (
            "Critics argue the system gives too much power to elites and could fail.",
            "argue",
            "the system gives too much power to elites and could fail",
        ),
        (
            "Lee insists the plan works and will pass.",
            "insists",
            "the plan works and will pass",
        ),
    ]);
    // a passive's second participle, even a cue's form, is the content's
    assert_contents(&[
        (
            "Police say the suspect was arrested Tuesday and charged with murder.",
            "say",
            "the suspect was arrested Tuesday and charged with murder",
        ),
        (
            "Officials said the man was detained and questioned.",
            "said",
            "the man was detained and questioned",
        ),
    ]);
    // (an object, no clause, leaves it to the speaker)
    assert_contents(&[(
        "Lee denied the charges and would not comment.",
        "denied",
        "the charges",
    )]);
    // a form in -ed before a noun modifies it
    assert_contents(&[(
        "Forecasters expect the heat and unsettled weather to last all week.",
        "expect",
        "the heat and unsettled weather to last all week",
    )]);
    // in the object too, which leaves the next act to the speaker; a
    // form before its particle is a verb, one before "and" no modifier
    assert_contents(&[
        (
            "The mayor thanked her adopted home town and then left the stage.",
            "thanked",
            "her adopted home town",
        ),
        (
            "The senator blamed the leak on rivals but later owned up to it.",
            "blamed",
            "the leak on rivals",
        ),
        (
            "The campaign called the charges unfounded and fabricated by rivals.",
            "called",
            "the charges unfounded and fabricated by rivals",
        ),
    ]);
}

#[test]
fn a_negated_verb_of_saying_after_but_is_the_speakers_refusal() {
    // "but" before a negated verb of saying ends a reported clause: the
    // speaker declined to say more, and what follows is that verb's own
    let all = reports("Lee said he will back the nominee but did not say whether he would vote.");
    assert_eq!(content(by_cue(&all, "said")), ["he will back the nominee"]);
    assert_eq!(content(by_cue(&all, "say")), ["whether he would vote"]);
    assert_contents(&[(
        "Kim said that the talks had stalled but wouldn't explain why.",
        "said",
        "that the talks had stalled",
    )]);
    // a negated verb of another kind stays in the reported clause
    assert_contents(&[(
        "Lee said the plan would pass but did not fund schools.",
        "said",
        "the plan would pass but did not fund schools",
    )]);
}

#[test]
fn a_clause_of_the_writers_after_and_past_an_object() {
    // after a plain object, "and" before a subject that a singular
    // auxiliary, or a name or pronoun that a verb of saying, follows
    // (where the words after the cue cannot be read as a clause)
    assert_contents(&[
        (
            "Lee called for a recount and the board was furious.",
            "called for",
            "a recount",
        ),
        (
            "The mayor thanked the volunteers for their work and the crowd was cheering.",
            "thanked",
            "the volunteers for their work",
        ),
        (
            "A voter asked for a photo and Clinton said yes.",
            "asked",
            "a photo",
        ),
    ]);
    // not two subjects of a content's own verb, nor after a title, nor
    // after a clause of the content's own
    assert_contents(&[
        (
            "According to the poll, most women and some men were undecided.",
            "According to",
            "most women and some men were undecided",
        ),
        (
            "According to the survey, most women and many older voters were undecided.",
            "According to",
            "most women and many older voters were undecided",
        ),
        (
            "Lee praised Mr. and Mrs. Khan was the headline.",
            "praised",
            "Mr. and Mrs. Khan was the headline",
        ),
        (
            "Lee said the plan failed and the mayor was to blame.",
            "said",
            "the plan failed and the mayor was to blame",
        ),
    ]);
}

#[test]
fn a_quantifier_before_a_word_of_affiliation_that_is_also_a_verb() {
    let all = reports("Some state officials praised the new budget.");
    assert_eq!(
        speaker(by_cue(&all, "praised")),
        Some("Some state officials")
    );
    let all = reports("Most economists say the Fed will raise rates.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("Most economists"));
    // a quantifier before a plain verb is the speaker alone
    let all = reports("Some say the budget is too small.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("Some"));
}

#[test]
fn a_fronted_phrase_after_that_past_a_comma_or_focusing_adverb() {
    assert_contents(&[
        (
            "She argued that even in small towns, the mayor was out of touch.",
            "argued",
            "that even in small towns, the mayor was out of touch",
        ),
        (
            "Officials said that, if the count was close, a recount would follow.",
            "said",
            "that, if the count was close, a recount would follow",
        ),
        (
            "The party said that according to its tally, the challenger has won.",
            "said",
            "that according to its tally, the challenger has won",
        ),
    ]);
    // with no fronted phrase, a comma before a new subject still closes
    // the content
    assert_contents(&[(
        "She argued that the mayor was out of touch, the polls showing as much.",
        "argued",
        "that the mayor was out of touch",
    )]);
}

#[test]
fn a_possessive_in_s_is_no_verb_before_a_subjects_appositive() {
    assert_contents(&[(
        "He said his father, the son of a farmer, was a pastor.",
        "said",
        "his father, the son of a farmer, was a pastor",
    )]);
}

#[test]
fn a_contrast_between_commas_that_is_an_adjective_phrase_stays_in_the_content() {
    assert_contents(&[
        (
            "She said the hearing was a crucial, although brief, chance to speak.",
            "said",
            "the hearing was a crucial, although brief, chance to speak",
        ),
        (
            "He said it was possible, though not likely, that the bill would pass.",
            "said",
            "it was possible, though not likely, that the bill would pass",
        ),
    ]);
    // a contrast with a clause of its own still closes the content
    assert_contents(&[(
        "She said the plan was fair, though critics disagree.",
        "said",
        "the plan was fair",
    )]);
}

#[test]
fn this_after_the_verb_opens_the_content_unless_a_time_follows() {
    assert_contents(&[
        ("Lee said this is a problem.", "said", "this is a problem"),
        ("Lee said this plan failed.", "said", "this plan failed"),
        (
            "Lee said this week that it failed.",
            "said",
            "that it failed",
        ),
    ]);
}

#[test]
fn a_plain_object_in_the_complement_of_a_speaker_noun() {
    let all = reports("Supporters of the law hope the market is in transition.");
    let r = by_cue(&all, "hope");
    assert_eq!(speaker(r), Some("Supporters of the law"));
    assert_eq!(content(r), ["the market is in transition"]);
    let all = reports("Voters in each state want all immigrants to be deported.");
    assert_eq!(speaker(by_cue(&all, "want")), Some("Voters in each state"));
    let all = reports("Opponents of Trump hope the market is in transition.");
    assert_eq!(speaker(by_cue(&all, "hope")), Some("Opponents of Trump"));
    // a plain form needs a plural head, wherever the phrase ends
    assert!(
        reports("The supporter of the law hope the market is in transition.")
            .iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "hope")),
    );
}

#[test]
fn a_verb_that_reports_only_a_clause_takes_one_without_that() {
    assert_contents(&[
        (
            "Conservatives thought the new term would be different.",
            "thought",
            "the new term would be different",
        ),
        (
            "I know voters are impatient.",
            "know",
            "voters are impatient",
        ),
    ]);
    // its object alone is no report
    for text in [
        "He found the keys to the car.",
        "She knew the way to the hall.",
    ] {
        assert!(reports(text).is_empty(), "{text}");
    }
}

#[test]
fn a_connective_between_commas_after_an_auxiliary() {
    let all = reports("Officials have, however, said the plan failed.");
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Officials"));
    assert_eq!(content(r), ["the plan failed"]);
    let all = reports("The senators would, in fact, argue the bill is flawed.");
    assert_eq!(speaker(by_cue(&all, "argue")), Some("The senators"));
}

#[test]
fn an_opening_circumstance_with_an_adverb_or_a_phrase_before_its_clause() {
    for (text, cue) in [
        (
            "Soon after she was booed, Lee said, \u{201c}It is time to go.\u{201d}",
            "said",
        ),
        (
            "In February, as a protester was led out, he said, \u{201c}Get him out.\u{201d}",
            "said",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(r.kind(), ReportKind::Direct, "{text}");
        assert_eq!(content(r).len(), 1, "{text}");
    }
    // a clause of its own before the comma is still reported
    let all = reports("In February, the plan failed, he said, and it was dropped.");
    assert_eq!(
        content(by_cue(&all, "said"))[0],
        "In February, the plan failed"
    );
}

#[test]
fn a_clause_after_comma_and_with_a_plain_subject_is_the_writers() {
    assert_contents(&[
        (
            "She urged people to seek shelter, and the hashtag was soon trending.",
            "urged",
            "people to seek shelter",
        ),
        (
            "He argued that the tax code needs reform, and both sides actually agreed.",
            "argued",
            "that the tax code needs reform",
        ),
        (
            "She praised the new budget, and the council never voted on it.",
            "praised",
            "the new budget",
        ),
    ]);
    // a second object after ", and" stays in the content
    assert_contents(&[(
        "She praised the mayor, and the council for its work.",
        "praised",
        "the mayor, and the council for its work",
    )]);
}

#[test]
fn a_report_in_a_fronted_clause_of_circumstance_ends_before_the_main_clause() {
    for (text, cue, outer, main_cue, main) in [
        (
            "Even as Lee claimed that the count was rigged, one of the auditors said the tally was clean.",
            "claimed",
            "that the count was rigged",
            "said",
            "the tally was clean",
        ),
        (
            "And after the court refused to reinstate the law, Gov. Ann Lee criticized the ruling.",
            "refused",
            "to reinstate the law",
            "criticized",
            "the ruling",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [outer], "{text}");
        assert_eq!(content(by_cue(&all, main_cue)), [main], "{text}");
    }
    // a report held in the fronted clause itself, with no comma before
    // its speaker, stays in the content
    assert_contents(&[(
        "While Lee conceded that her rival argued the count was fair, the vote was close.",
        "conceded",
        "that her rival argued the count was fair",
    )]);
}

#[test]
fn that_before_a_time_noun_is_a_time_not_the_conjunction() {
    // a time after the medium is no content
    let all = reports("\u{201c}We won,\u{201d} he said in his victory speech that night.");
    assert!(
        all.iter().all(|r| r.kind() == ReportKind::Direct),
        "{all:#?}"
    );
    // the conjunction after it still opens the content
    assert_contents(&[
        (
            "She said in a speech that day that the plan had failed.",
            "said",
            "that the plan had failed",
        ),
        (
            "He said that night that the count was over.",
            "said",
            "that the count was over",
        ),
    ]);
    // "that" before another noun still opens a clause
    assert_contents(&[(
        "She said in a speech that voters were tired.",
        "said",
        "that voters were tired",
    )]);
}

#[test]
fn a_participle_in_ed_inside_a_noun_phrase_is_no_cue() {
    for text in [
        "The holdings are a tiny fraction of Lee's reported net worth.",
        "Voters punished the leadership's repeated refusal to vote.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // the same forms as verbs still report
    assert_contents(&[
        ("Lee reported the figures.", "reported", "the figures"),
        (
            "The aide repeated that the count was over.",
            "repeated",
            "that the count was over",
        ),
    ]);
    // after a relative "that", the form is the relative clause's verb
    let all = reports("The letters that called him an amateur were sent.");
    assert_eq!(speaker(by_cue(&all, "called")), Some("that"));
}

#[test]
fn though_alone_between_commas_after_the_verb_is_a_connective() {
    assert_contents(&[
        (
            "He added, though, that the plan did not work.",
            "added",
            "that the plan did not work",
        ),
        (
            "The mayor said, however, that the count was over.",
            "said",
            "that the count was over",
        ),
    ]);
    // "though" opening a clause of its own is no connective: nothing
    // after it is the verb's content
    let all = reports("He agreed, though the count was over, that the vote should stand.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn as_x_noted_after_a_comma_and_a_conjunction_reports_the_clause_after_it() {
    assert_contents(&[(
        "Staff can be punished, and as Lee noted, the aides could still be fired.",
        "noted",
        "the aides could still be fired",
    )]);
    // at the sentence's start, as before
    assert_contents(&[(
        "But as the paper noted, it is surprising.",
        "noted",
        "it is surprising",
    )]);
    // "as" after a comma with no conjunction reads the other way (the
    // clause before it is what was said): no report of the clause after
    let all = reports("The plan failed, as Lee noted, the aides were fired.");
    assert!(
        all.iter().all(|r| content(r) != ["the aides were fired"]),
        "{all:#?}"
    );
}

#[test]
fn before_or_after_a_noun_phrase_after_the_verb_is_a_preposition() {
    assert_contents(&[
        (
            "Obama had said in an ABC interview taped before the attacks that the group was contained.",
            "said",
            "that the group was contained",
        ),
        (
            "The mayor said at a rally held after the vote that the count was fair.",
            "said",
            "that the count was fair",
        ),
    ]);
    // "since" before a phrase may open a clause, whose "that" is no
    // content's
    let all = reports(
        "The plan hurt him with voters, Lee said, since the majority of them accept that the climate is changing.",
    );
    assert!(
        all.iter()
            .all(|r| !content(r).concat().starts_with("that the climate")),
        "{all:#?}"
    );
}

#[test]
fn a_quantity_alone_before_a_verb_and_its_object_is_the_subject() {
    assert_contents(&[
        // (a phrase of circumstance may stand before "that")
        (
            "Many believed after the election that the party would change.",
            "believed",
            "that the party would change",
        ),
        (
            "Some accused the mayor of hiding the figures.",
            "accused",
            "the mayor of hiding the figures",
        ),
        (
            "Many fear the new rules will hurt small farms.",
            "fear",
            "the new rules will hurt small farms",
        ),
        (
            "Some claimed Lee had lost the count.",
            "claimed",
            "Lee had lost the count",
        ),
        (
            "The two senators both urged the board to delay the vote.",
            "urged",
            "the board to delay the vote",
        ),
    ]);
    // a form that modifies the noun after it reports nothing
    for text in [
        "Some reported cases were severe.",
        "Many expected results never came.",
        "Many involved in the talks that failed went home.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
}

#[test]
fn a_document_issued_speaks_through_a_participle_for_its_issuer() {
    for (text, cue, issuer, document) in [
        (
            "Her office issued a statement saying the plan failed.",
            "saying",
            "Her office",
            "a statement",
        ),
        (
            "The campaign released a new radio ad calling the deal dangerous.",
            "calling",
            "The campaign",
            "a new radio ad",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(issuer), "{text}");
        assert_eq!(
            r.source().map(whosaid::Mention::text),
            Some(document),
            "{text}"
        );
    }
    // a document no one issues here speaks for itself
    let all = reports("A statement saying the plan failed was read aloud.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("A statement"));
}

#[test]
fn a_noun_in_ly_after_a_determiner_is_the_subject_head() {
    for (text, who) in [
        ("The family said the plan failed.", "The family"),
        ("Trump's rally denounced the plan.", "Trump's rally"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(&all[0]), Some(who), "{text}");
    }
    let all = reports("The mayor repeatedly said the plan failed.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("The mayor"));
}

#[test]
fn united_states_inside_a_name_is_no_verb() {
    let all = reports(
        "Half the troops are abroad, according to the United States Special Operations Command.",
    );
    assert_eq!(
        speaker(by_cue(&all, "according to")),
        Some("the United States Special Operations Command")
    );
    let all = reports("The United States Army said the troops are abroad.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("The United States Army")
    );
    // a headline's capitalised verb still ends the name before it
    let all = reports("Lagarde Warns Of Sticky Prices");
    assert!(
        all.iter().all(|r| speaker(r) != Some("Lagarde Warns")),
        "{all:#?}"
    );
}

#[test]
fn a_passive_without_an_agent_names_no_source() {
    for text in [
        "Rubio is seen as the strongest candidate.",
        "Twitter is increasingly seen as a source of news.",
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "seen as")), None, "{text}");
    }
    // in the active voice the subject is the speaker
    let all = reports("Many voters see Rubio as the strongest candidate.");
    assert_eq!(speaker(by_cue(&all, "see")), Some("Many voters"));
    // a form that is only a participle, with no auxiliary, is a reduced
    // passive: no source, and no closing report of the sentence before
    let all = reports("The stadium is run by a firm, a company known for its lawsuits.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::ClosingReport)),
        "{all:#?}"
    );
    let all = reports("He cited a study by a think tank known for its polls.");
    assert!(
        all.iter()
            .all(|r| r.speaker().is_none() || r.cue().is_some_and(|c| c.text() != "known")),
        "{all:#?}"
    );
    // after an auxiliary or a clitic it is the verb of its subject
    let all = reports("The senator has also seen a rise in his standing.");
    assert_eq!(speaker(by_cue(&all, "seen")), Some("The senator"));
    let all = reports("More recently, he\u{2019}s spoken out against the law.");
    assert_eq!(speaker(by_cue(&all, "spoken")), Some("he"));
}

#[test]
fn a_label_before_a_colon_is_no_speaker() {
    for text in [
        "BREAKING: Lee wins the primary by a wide margin.",
        "Answer: A boy, of course.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // a name in capitals, as in a transcript, still speaks
    let all = reports("TAPPER: Lee released a video on Friday about the plan.");
    assert_eq!(speaker(&all[0]), Some("TAPPER"));
    // and with a role in capitals after a comma
    let all = reports("JANE MOSS, BYLINE: The vote was 7 to 2, and the room was packed.");
    let r = by_cue(&all, ":");
    assert_eq!(speaker(r), Some("JANE MOSS"));
    assert_eq!(content(r), ["The vote was 7 to 2, and the room was packed"]);
    // (not a dateline with its state)
    let all = reports("WASHINGTON, D.C.: The vote was 7 to 2, and the room was packed.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::ColonReport)),
        "{all:#?}"
    );
}

#[test]
fn a_clause_without_that_in_a_relative_clause_keeps_its_own_auxiliary() {
    assert_contents(&[
        (
            "The insiders who think Rubio has a chance are wrong.",
            "think",
            "Rubio has a chance",
        ),
        (
            "Voters who fear the plan will fail are staying home.",
            "fear",
            "the plan will fail",
        ),
    ]);
    // a verb that takes a noun object ends its content at the main verb
    assert_contents(&[(
        "The aides who backed the plan are leaving.",
        "backed",
        "the plan",
    )]);
}

#[test]
fn a_quotation_split_by_its_reporting_clause_is_one_report() {
    let text = "\u{201c}First of all,\u{201d} she told Hewitt, \u{201c}I would never wish this on anyone.\u{201d}";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        content(&all[0]),
        [
            "\u{201c}First of all,\u{201d}",
            "\u{201c}I would never wish this on anyone.\u{201d}"
        ]
    );
    // a quotation with a reporting clause of its own is a report of its own
    let text =
        "\u{201c}We are done,\u{201d} she said. Lee told Hewitt, \u{201c}It is over.\u{201d}";
    assert_eq!(reports(text).len(), 2);
}

#[test]
fn a_quotation_over_several_paragraphs_is_reported_once() {
    let text = "He listed the qualities:\n\n\"In the piece I wrote, I discussed several factors. Here they are:\n\n\"Has the candidate a record of activism?\n\n\"Is he a leader?\"\n\nThe end.";
    let all = reports(text);
    // (and "listed" reports its object, "the qualities")
    let direct: Vec<_> = all
        .iter()
        .filter(|r| r.kind() == ReportKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{all:#?}");
    assert_eq!(all.len(), 2, "{all:#?}");
}

#[test]
fn partial_quotations_through_one_verb_of_the_subject_are_one_report() {
    for (text, cue, last) in [
        (
            "Sen. Ann Lee named \u{201c}Criminal Minds,\u{201d} \u{201c}Game of Thrones,\u{201d} \u{201c}Breaking Bad\u{201d} and \u{201c}Veep\u{201d} as her top shows.",
            "named",
            "Veep",
        ),
        (
            "Officials searched their records for words such as \"ambassador,\" \"attack,\" and \"Libya.\"",
            "searched",
            "attack",
        ),
    ] {
        let all = reports(text);
        let through: Vec<_> = all
            .iter()
            .filter(|r| r.cue().is_some_and(|c| c.text() == cue))
            .collect();
        assert_eq!(through.len(), 1, "{text}: {all:#?}");
        assert!(content(through[0])[0].contains(last), "{all:#?}");
    }
}

#[test]
fn a_quotation_continuing_a_reported_sentence_joins_its_report() {
    let text = "Lee will not vote for him. He is no conservative, she said. \u{201c}He is a liberal!\u{201d}";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(
        content(r),
        ["He is no conservative", "\u{201c}He is a liberal!\u{201d}"]
    );
    // a quotation with a speaker of its own is a report of its own
    let text = "He is no conservative, she said. \u{201c}He is a liberal,\u{201d} Park replied.";
    assert_eq!(reports(text).len(), 2);
}

#[test]
fn a_quotation_after_adding_is_a_report_through_the_participle() {
    for (text, cue) in [
        (
            "\u{201c}The plan is sound,\u{201d} Lee said, adding, \u{201c}It will pass.\u{201d}",
            "adding",
        ),
        (
            "\u{201c}The plan is sound,\u{201d} Lee said, adding: \u{201c}It will pass.\u{201d}",
            "adding",
        ),
        (
            "\u{201c}We have talked,\u{201d} Park said, adding of the mayor, \u{201c}He listens.\u{201d}",
            "adding",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 2, "{text}: {all:#?}");
        assert_eq!(all[0].cue().map(whosaid::Cue::text), Some("said"), "{text}");
        assert_eq!(content(&all[0]).len(), 1, "{text}");
        let r = &all[1];
        assert_eq!(r.cue().map(whosaid::Cue::text), Some(cue), "{text}");
        assert_eq!(speaker(r), speaker(&all[0]), "{text}");
        assert_eq!(r.kind(), ReportKind::Direct, "{text}");
    }
    // a quotation after the closing clause, with no participle before
    // it, goes on with the report
    let text = "\u{201c}The plan is sound,\u{201d} Lee said. \u{201c}It will pass.\u{201d}";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(content(&all[0]).len(), 2);
}

#[test]
fn a_call_for_something_reports_its_object() {
    assert_contents(&[
        (
            "Lee's call for a ban on assault weapons was rejected.",
            "call",
            "a ban on assault weapons",
        ),
        (
            "The mayor's calls for a recount went unanswered.",
            "calls",
            "a recount",
        ),
    ]);
    // without a possessor or a name before it, no one calls
    let all = reports("The calls for a recount grew louder.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_phrase_between_commas_after_that_or_how_stays_in_the_content() {
    assert_contents(&[
        (
            "The two admit that, given the partisan divide, passing these bills will not be easy.",
            "admit",
            "that, given the partisan divide, passing these bills will not be easy",
        ),
        (
            "He described how, growing up, his brother became a teacher.",
            "described",
            "how, growing up, his brother became a teacher",
        ),
        (
            "They argue that, while the tax may cut premiums, workers will not see the savings.",
            "argue",
            "that, while the tax may cut premiums, workers will not see the savings",
        ),
    ]);
    // a clause of the writer's after the content still ends it
    assert_contents(&[(
        "He said that the plan failed, and the council voted it down.",
        "said",
        "that the plan failed",
    )]);
}

#[test]
fn a_gerund_after_of_is_no_complement_of_the_object() {
    // "accusing the rivals of arming the border": what they are accused
    // of, not a longer phrase whose next word would be a verb
    let all = reports(
        "The admiral made no apologies for accusing the officials of arming disputed islands.",
    );
    assert!(
        all.iter()
            .all(|r| speaker(r).is_none_or(|s| !s.contains("of arming"))),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "disputed")),
        "{all:#?}"
    );
}

#[test]
fn a_speakers_turn_in_a_transcript_runs_to_the_paragraph_end() {
    let text = "PARK: Why not debate in Ohio?\n\nLEE: We have debated four times. \
                The voters know where we stand. We will debate again in May.\n\n\
                The exchange went on.";
    let all = reports(text);
    let turns: Vec<_> = all
        .iter()
        .filter(|r| r.rule() == Some(Rule::ColonReport))
        .collect();
    assert_eq!(turns.len(), 2, "{all:#?}");
    assert_eq!(content(turns[0]), ["Why not debate in Ohio"]);
    assert_eq!(
        content(turns[1]),
        ["We have debated four times. The voters know where we stand. We will debate again in May"]
    );
    // a finding's headline is no turn: the next sentence is the writer's
    let all = reports("Poll: Lee leads in Ohio. The race is close.");
    let r = by_cue(&all, ":");
    assert_eq!(content(r), ["Lee leads in Ohio"]);
    // nor does a turn run into the next paragraph
    let all = reports("LEE: We will win.\nThe crowd cheered.");
    assert_eq!(content(by_cue(&all, ":")), ["We will win"]);
    // and a sentence with a quotation ends it: the quotation's own
    // attribution says who speaks
    let all = reports("LEE: We will win. \"Never,\" Park said. The crowd cheered.");
    assert_eq!(content(by_cue(&all, ":")), ["We will win"]);
}

#[test]
fn a_report_inside_a_transcripts_turn_is_the_turn_speakers() {
    // the later sentences of the turn are its speaker's words, reports
    // in them included, as in a reported clause
    let all = reports("LEE: We cannot pay for it. I said so in March, and aides believe it too.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("LEE"));
    // in the turn's first sentence, as before
    let all = reports("LEE: Aides believe the plan will fail.");
    assert_eq!(all.len(), 1, "{all:#?}");
    // a name before a colon in ordinary case may be a section's label
    // run into its text: the reports after it stand
    let all =
        reports("Ann Lee: Credit scores. Her campaign did not respond to requests for comment.");
    assert_eq!(
        speaker(by_cue(&all, "respond to")),
        Some("Her campaign"),
        "{all:#?}"
    );
}

#[test]
fn that_after_a_noun_opens_a_relative_clause_with_a_verb_of_finding_or_stance() {
    for (text, cue, expected) in [
        (
            "There is a 2014 study that found that wages rose.",
            "found",
            "that wages rose",
        ),
        (
            "He was helped by a group that endorsed Lee in the primary.",
            "endorsed",
            "Lee",
        ),
        (
            "The rise came with a poll that showed that Lee was leading.",
            "showed",
            "that Lee was leading",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(content(r), [expected], "{text}");
        assert_eq!(speaker(r), Some("that"), "{text}");
    }
    // "that" after a verb is the conjunction, and before a participle
    // that modifies a noun it is a determiner: no report of their own
    for text in [
        "He said that reported cases rose.",
        "She doubted that reported case.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "reported")),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_passive_without_an_agent_holds_no_named_report() {
    let text = "Lee is seen as far more capable than Park - 60 percent of voters \
                said she would be better at the job.";
    let all = reports(text);
    let said = by_cue(&all, "said");
    assert_eq!(speaker(said), Some("60 percent of voters"));
    assert_eq!(content(said), ["she would be better at the job"]);
    // a report with a speaker still holds one in its content
    let all = reports("Lee said that 60 percent of voters said she would win.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Lee"));
}

#[test]
fn quotations_joined_after_a_comma_stay_in_an_opening_clause() {
    let text = "Although he says he \"loves China,\" and \"people from China love me,\" \
                he also accuses it of stealing jobs.";
    let all = reports(text);
    assert_eq!(
        content(by_cue(&all, "says")),
        ["he \"loves China,\" and \"people from China love me,\""]
    );
    // a quotation ending with the comma that closes the clause still
    // ends it
    let all = reports("Although he says he \"loves China,\" he also accuses it of stealing jobs.");
    assert_eq!(content(by_cue(&all, "says")), ["he \"loves China,\""]);
}

#[test]
fn a_noun_of_speech_carried_by_a_light_verb_is_the_subjects() {
    for (text, noun, who, what) in [
        (
            "Lee issued a warning that the dam could fail.",
            "warning",
            "Lee",
            "that the dam could fail",
        ),
        (
            "The mayor has made a promise to fix the roads.",
            "promise",
            "The mayor",
            "to fix the roads",
        ),
        (
            "Ann Lee also delivered a stern warning that the levee was weak.",
            "warning",
            "Ann Lee",
            "that the levee was weak",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, noun);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert_eq!(r.rule(), Some(Rule::NounReport), "{text}");
    }
    // the noun after an article is no verb, and a passive subject received
    // the warning: no one is named
    for text in [
        "The city received a warning that the dam could fail.",
        "Lee was given a warning that the dam could fail.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.speaker().is_none() || r.cue().is_none_or(|c| c.text() != "warning")),
            "{text}: {:#?}",
            reports(text)
        );
    }
}

#[test]
fn a_noun_of_speech_after_with_speaks_for_the_subject() {
    for (text, cue, speaker_text, expected) in [
        (
            "Ms. Warren roused the crowd with criticism of the developer.",
            "criticism",
            "Ms. Warren",
            "the developer",
        ),
        (
            "Last June he stirred controversy with an assertion that the migrants were criminals.",
            "assertion",
            "he",
            "that the migrants were criminals",
        ),
        (
            "She has worked to woo voters with promises to tackle reform.",
            "promises",
            "She",
            "to tackle reform",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(speaker_text), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // what comes to the subject from others, a passive, and a relative
    // clause on the noun are no report of the subject's
    for text in [
        "The mayor has dealt with criticism of his budget.",
        "The outlets were flooded with calls to boycott the films.",
        "He angered voters with a comment that reopened old wounds.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r.rule() != Some(Rule::NounReport)),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_verb_of_laughing_reports_only_quoted_words_or_a_that_clause() {
    // what follows it otherwise says how or when, not what
    for text in [
        "Okoro laughed when I repeated the question.",
        "The senator sighed as the tally was read.",
        "She scoffed at the idea for a while.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| !matches!(
                r.cue().map(whosaid::Cue::text),
                Some("laughed" | "sighed" | "scoffed")
            )),
            "{text}"
        );
    }
    // a "that"-clause and a quotation are its words
    let all = reports("Okoro laughed that the plan was \"pure fantasy.\"");
    assert_eq!(
        content(by_cue(&all, "laughed")),
        ["that the plan was \"pure fantasy.\""]
    );
    let all = reports("The minister laughed that nobody had asked him.");
    assert_eq!(
        content(by_cue(&all, "laughed")),
        ["that nobody had asked him"]
    );
    // "laughed off" dismisses what it names, as "shrugged off" does
    let all = reports("The governor laughed off the attack ad.");
    assert_eq!(content(by_cue(&all, "laughed off")), ["the attack ad"]);
}

#[test]
fn a_verb_of_gesture_reports_only_quoted_words() {
    // "smiled", "shrugged", "nodded": the words quoted beside it
    for (text, verb) in [
        ("\"We are done,\" Lee smiled.", "smiled"),
        (
            "\"This is fantastic!\" beamed Ann Lee of Madison.",
            "beamed",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, verb)).len(), 1, "{text}: {all:#?}");
    }
    // …and nothing that follows it unquoted
    for text in [
        "Lee smiled at the crowd and waved.",
        "The coach shrugged when asked about the injury.",
        "Ann Lee nodded toward the door.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| !matches!(
                r.cue().map(whosaid::Cue::text),
                Some("smiled" | "shrugged" | "nodded")
            )),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn speak_reports_what_it_was_about_not_how_or_how_long() {
    for (text, cue, expected) in [
        (
            "The mayor spoke passionately about the flood.",
            "spoke passionately about",
            "the flood",
        ),
        ("She has spoken out against the law.", "spoken", "the law"),
        ("He has spoken out on the abuses.", "spoken", "the abuses"),
        (
            "He speaks for millions of farmers.",
            "speaks",
            "millions of farmers",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [expected], "{text}");
    }
    for text in [
        "Two officials spoke on condition of anonymity because they were not authorized to comment.",
        "The governor spoke for about 30 minutes and took questions.",
        "The two women spoke for about five minutes.",
        "He spoke for half an hour.",
        "She spoke for several days in a row.",
        "She ended her speaking tour in May.",
        "Earlier this year, the senator spoke.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| !matches!(r.cue().map(whosaid::Cue::text), Some("spoke" | "speaking"))),
            "{text}: {:?}",
            all.iter().map(|r| content(r)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_report_in_a_relative_clause_of_an_opening_phrase_ends_at_its_comma() {
    for (text, cue, expected) in [
        (
            "In a year in which most voters say they distrust her, she won easily.",
            "say",
            "they distrust her",
        ),
        (
            "And in a season during which critics said the team was finished, it won.",
            "said",
            "the team was finished",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [expected], "{text}");
    }
    // a relative clause after the subject is no opening phrase
    let all = reports("It was a year in which voters said they wanted change, jobs and growth.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["they wanted change, jobs and growth"]
    );
}

#[test]
fn a_named_report_after_a_dash_ends_the_one_before() {
    let all = reports("Some say he looks tired -- others say he has never been healthier.");
    let contents: Vec<_> = all.iter().map(content).collect();
    assert_eq!(
        contents,
        [["he looks tired"], ["he has never been healthier"]],
        "{all:#?}"
    );
    // an aside between two dashes stays inside what it interrupts
    let all = reports("Lee said the plan -- which aides say is costly -- would pass.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan -- which aides say is costly -- would pass"]
    );
    // and a phrase after a dash that reports no speech goes on with it
    let all = reports("The audit found two breaches - emails meant to steal passwords.");
    assert_eq!(
        content(by_cue(&all, "found")),
        ["two breaches - emails meant to steal passwords"]
    );
}

#[test]
fn people_before_a_relative_clause_speak() {
    // a plural without an -s, with no determiner, heads a speaker phrase
    // before "who"
    assert_say_speakers(&[
        (
            "Still, people who have followed the case say it could take years.",
            "people",
        ),
        (
            "Yet police who arrived later said the door had been forced.",
            "police",
        ),
    ]);
    // or before the complement of a source, after the verb too
    for text in [
        "The firm is exploring a sale, said people familiar with the matter.",
        "The firm is exploring a sale, said people close to the talks, who asked not to be named.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert!(
            speaker(r).is_some_and(|s| s.starts_with("people ")),
            "{text}"
        );
        assert_eq!(content(r), ["The firm is exploring a sale"], "{text}");
    }
    // and only there: "people" as an object before a verb is no speaker
    let all = reports("She wanted to help people understand the new law.");
    assert!(all.iter().all(|r| speaker(r) != Some("people")), "{all:#?}");
}

#[test]
fn a_collective_noun_opening_a_sentence_is_a_description_not_a_name() {
    for (text, cue, phrase) in [
        (
            "People close to the mayor said she would resign.",
            "said",
            "People close to the mayor",
        ),
        (
            "Source familiar with the talks says a deal is near.",
            "says",
            "Source familiar with the talks",
        ),
        ("Poll: Lee leads in Ohio by four points.", ":", "Poll"),
    ] {
        let all = reports(text);
        let spk = by_cue(&all, cue).speaker().expect("a speaker");
        assert_eq!(spk.text(), phrase, "{text}");
        assert_eq!(spk.name(), None, "{text}");
    }
    // a document noun alone opening a sentence too, and plurals without
    // an -s before a complement agree with a plain verb
    for (text, cue, phrase) in [
        ("Data show that home prices fell.", "show", "Data"),
        ("Records show that he paid.", "show", "Records"),
        (
            "Data from the agency show that home prices fell.",
            "show",
            "Data from the agency",
        ),
        (
            "People in the town say the plant should stay.",
            "say",
            "People in the town",
        ),
    ] {
        let all = reports(text);
        let spk = by_cue(&all, cue).speaker().expect("a speaker");
        assert_eq!(spk.text(), phrase, "{text}");
        assert_eq!(spk.name(), None, "{text}");
    }
    // a surname that is also a noun of a speaker stays a name
    let all = reports("Farmer said the crop had failed.");
    let spk = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(spk.name(), Some("Farmer"));
    // and a newspaper alone before a headline's colon is its source
    let all = reports("Newspaper: Minister used a private email account.");
    assert_eq!(speaker(by_cue(&all, ":")), Some("Newspaper"));
}

#[test]
fn a_prepositional_aside_closing_a_relative_clause_before_the_verb() {
    assert_say_speakers(&[
        (
            "Yet some voters who have heard Lee's speeches, on television or at rallies, said she sounded tired.",
            "some voters",
        ),
        (
            "Still, critics who saw the film, in Paris and in Rome, say it is too long.",
            "critics",
        ),
    ]);
    // an aside that is no prepositional phrase is not read as one
    let all = reports("Voters who met her, she said, were angry.");
    assert!(all.iter().all(|r| speaker(r) != Some("Voters")), "{all:#?}");
}

#[test]
fn a_quantifier_of_an_object_pronoun_is_one_speaker_phrase() {
    // "one of them" before an appositive relative clause is the subject,
    // not "who" of the clause
    let all = reports("One of them, who asked not to be named, said the deal was dead.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("One of them"));
    let all = reports("Still, most of them said they had loved the job.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("most of them"));
    // an object pronoun after another noun's "of" is no part of a speaker
    let all = reports("The mayor of the town said it was time.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("The mayor of the town"));
    let all = reports("A friend of hers said it was time.");
    assert_ne!(speaker(by_cue(&all, "said")), Some("hers"));
}

#[test]
fn an_object_after_the_time_keeps_its_relative_that() {
    assert_contents(&[
        (
            "The governor proposed today a budget that would cut taxes.",
            "proposed",
            "a budget that would cut taxes",
        ),
        (
            "Lee announced on Monday a plan that he said would save jobs.",
            "announced",
            "a plan that he said would save jobs",
        ),
        (
            "Lee said Monday the plan that he backed was dead.",
            "said",
            "the plan that he backed was dead",
        ),
        // a "that" right after the time still opens the content
        (
            "Lee said on Monday that the plan was dead.",
            "said",
            "that the plan was dead",
        ),
        (
            "Lee told reporters Monday that the plan was dead.",
            "told",
            "that the plan was dead",
        ),
    ]);
}

#[test]
fn a_description_named_by_a_body_in_apposition() {
    let all = reports(
        "The quarry's owner, Granite State Aggregates, said in a statement that it follows all rules.",
    );
    let spk = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(spk.text(), "The quarry's owner, Granite State Aggregates");
    assert_eq!(spk.name(), Some("Granite State Aggregates"));
    // an indefinite description or a party's member is no body's name
    let all = reports("The senator, a Texas Republican, said it was over.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("The senator"));
    let all = reports("Unlike other hopefuls, most Americans believe immigration helps.");
    assert_eq!(speaker(by_cue(&all, "believe")), Some("most Americans"));
}

#[test]
fn a_deictic_day_between_subject_and_verb_is_no_part_of_the_speaker() {
    for (text, cue, who) in [
        (
            "Northfield Health today announced the opening of a clinic.",
            "announced",
            "Northfield Health",
        ),
        (
            "Gov. Hugh Carey yesterday proposed a budget of $17 billion.",
            "proposed",
            "Gov. Hugh Carey",
        ),
        ("Lee tonight said the plan was dead.", "said", "Lee"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // a day inside the content stays there
    let all = reports("The plan today is dead, Lee said.");
    assert_eq!(content(by_cue(&all, "said")), ["The plan today is dead"]);
}

#[test]
fn a_weekday_alone_between_subject_and_verb_is_no_part_of_the_speaker() {
    for (text, cue, who) in [
        (
            "The Reagan administration Tuesday rejected a Soviet proposal.",
            "rejected",
            "The Reagan administration",
        ),
        (
            "Rep. Jo Hart, R-Ohio, Wednesday called the bill \"a disaster.\"",
            "called",
            "Rep. Jo Hart",
        ),
        (
            "Gowan earlier Thursday said the panel was done.",
            "said",
            "Gowan",
        ),
        (
            "Dell Corp. Friday announced that it would cut jobs.",
            "announced",
            "Dell Corp.",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // a weekday that a word before it names, or after a preposition, stays
    let all = reports("Voters on Super Tuesday said they liked the plan.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("Voters on Super Tuesday")
    );
    // a weekday before a participle ends no subject
    let all = reports("Lee sent a letter Tuesday urging voters to stay home.");
    assert_ne!(speaker(by_cue(&all, "urging")), Some("a letter"));
}

#[test]
fn a_noun_of_speech_after_adjectives_has_no_adjective_for_speaker() {
    // a plural noun of speech after a determiner and adjectives is no
    // verb whose subject the adjectives are: its possessor speaks, or no
    // one named does
    let all = reports("The spots air his ambitious claims about the economy.");
    assert_eq!(speaker(by_cue(&all, "claims")), Some("his"));
    let all = reports("The account shared several negative comments about her coverage.");
    let r = by_cue(&all, "comments about");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["her coverage"]);
    // a noun of a speaker or body that ends as an adjective is a subject
    for (text, who) in [
        ("The executive says the plan is dead.", "The executive"),
        ("The agency says the plan is dead.", "The agency"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "says")), Some(who), "{text}");
    }
    // and a quotation after such a noun is the verb's before it
    let found: Vec<_> =
        whosaid::attribute("The firm called the two lengthy investigative reports \"false.\"")
            .collect();
    assert_eq!(
        found[0].speaker().map(whosaid::Mention::text),
        Some("The firm")
    );
}

#[test]
fn interrupting_someone_reports_no_content() {
    // the object of "interrupted" is who was interrupted
    for text in [
        "Mr. Biden interrupted himself to wave to his family.",
        "Protesters interrupted her speech twice.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some("interrupted")),
            "{text}: {all:#?}"
        );
    }
    // its quoted words and a that-clause are its content
    let all = reports("\"Wait,\" Lee interrupted.");
    assert_eq!(content(by_cue(&all, "interrupted")), ["\"Wait,\""]);
    let all = reports("She interrupted that the vote was over.");
    assert_eq!(
        content(by_cue(&all, "interrupted")),
        ["that the vote was over"]
    );
}

#[test]
fn a_sign_written_onto_the_first_word_belongs_to_the_content() {
    for (text, want) in [
        (
            "The company said $4.4 billion was lost.",
            "$4.4 billion was lost",
        ),
        ("Analysts had expected €20 million.", "€20 million"),
        (
            "She said #MeToo had changed things.",
            "#MeToo had changed things",
        ),
        ("She said @jdoe was wrong.", "@jdoe was wrong"),
        ("She said unemployment rose 5%.", "unemployment rose 5%"),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(content(&all[0]), [want], "{text}");
    }
    // a sign set apart by a space stays out, as does the cue's last letter
    let all = reports("She said $ 4 was lost.");
    assert_eq!(content(&all[0]), ["4 was lost"]);
}

#[test]
fn a_question_puts_its_subject_after_the_auxiliary() {
    for (text, who) in [
        ("Why didn't Lee say anything?", "Lee"),
        ("Didn't you say the plan would fail?", "you"),
        ("Do you think a socialist can win?", "you"),
        ("Why didn't the mayor say anything?", "the mayor"),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(&all[0]), Some(who), "{text}");
    }
    // a negated auxiliary is no part of a speaker phrase
    let all = reports("Its hosts don't hesitate to call it \"a hoax,\" Lee said.");
    assert!(
        all.iter().filter_map(speaker).all(|s| !s.contains("don't")),
        "{all:#?}"
    );
    // a plain verb after a singular name still finds a longer plural
    // subject when no question opens the clause
    let all = reports("Aides to Clinton say she will run.");
    assert_eq!(speaker(&all[0]), Some("Aides to Clinton"));
}

#[test]
fn a_question_in_an_aside_or_of_naming_reports_for_no_you() {
    let all = reports("Just yesterday, can you believe it, he urged them to go.");
    assert!(all.iter().all(|r| speaker(r) != Some("you")), "{all:#?}");
    let all = reports("What do you call a boy who calls himself a girl?");
    assert!(all.iter().all(|r| speaker(r) != Some("you")), "{all:#?}");
}

#[test]
fn a_bare_noun_of_listeners_after_tell_is_the_addressee() {
    for (text, to, what) in [
        (
            "Witnesses told police the man left the store.",
            "police",
            "the man left the store",
        ),
        (
            "She told officers the man had a gun.",
            "officers",
            "the man had a gun",
        ),
        (
            "He told supporters they would win.",
            "supporters",
            "they would win",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(addressee(r), Some(to), "{text}");
        assert_eq!(content(r), [what], "{text}");
    }
    // a noun of things told is the content, not who was told
    let all = reports("He told stories the kids loved.");
    assert!(all.iter().all(|r| r.addressee().is_none()), "{all:#?}");
}

#[test]
fn a_second_report_with_the_same_verb_ends_the_first_content() {
    let text = "One in three said the party does not care about the community \
                and one in four said the party was hostile.";
    let all = reports(text);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(
        content(&all[0]),
        ["the party does not care about the community"]
    );
    assert_eq!(content(&all[1]), ["the party was hostile"]);
    // a verb of another kind, or one inside the clause, goes on
    let all = reports("Lee said the voters he met and those he said were undecided would decide.");
    assert_eq!(
        content(&all[0]),
        ["the voters he met and those he said were undecided would decide"]
    );
}

#[test]
fn according_to_with_no_comma_before_it_closes_its_clause_before_a_conjunction() {
    let text = "Clinton leads Sanders by 271 delegates according to a count by the AP, \
                but the race goes on.";
    let all = reports(text);
    let r = by_cue(&all, "according to");
    assert_eq!(content(r), ["Clinton leads Sanders by 271 delegates"]);
    // after a comma, "but" opens the writer's clause, "and" goes on
    let all = reports("Trump won 758 delegates, according to a tally, but his path is narrow.");
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["Trump won 758 delegates"]
    );
    let all = reports("One person was killed, according to the agency, and eight were hurt.");
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["One person was killed", "and eight were hurt"]
    );
}

#[test]
fn a_headline_colon_after_people_described_or_a_named_document_reports() {
    for (text, who, what) in [
        (
            "Insiders: Lee will rebound in Ohio.\n\nLee is poised to bounce back.",
            "Insiders",
            "Lee will rebound in Ohio",
        ),
        (
            "Economists: Rates will stay high all year.\n\nThe Fed meets next week.",
            "Economists",
            "Rates will stay high all year",
        ),
        (
            "Senate report: The agency ignored every warning.\n\nThe agency disagrees.",
            "Senate report",
            "The agency ignored every warning",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, ":");
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [what], "{text}");
    }
    // a label alone, or with an article, is no one
    for text in [
        "Video: Lee speaks in Ohio about the plan.\n\nShe spoke for an hour.",
        "The video: Lee speaks in Ohio about the plan.\n\nShe spoke for an hour.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some(":")),
            "{all:#?}"
        );
    }
}

#[test]
fn the_phrase_before_an_aside_of_examples_is_the_subject() {
    for text in [
        "Many experts, such as Ann Lee, believe the plan will fail.",
        "Many experts, like Ann Lee and Bo Chen, believe the plan will fail.",
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "believe")),
            Some("Many experts"),
            "{text}"
        );
    }
    // a pronoun before the aside is no such phrase
    let all = reports("He met voters, like Ann Lee, who say the plan will fail.");
    assert!(all.iter().all(|r| speaker(r) != Some("He")), "{all:#?}");
}

#[test]
fn an_indefinite_pronoun_of_things_is_no_name() {
    for (text, who) in [
        ("Nothing suggests the plan will pass.", "Nothing"),
        ("Everything indicates the plan will pass.", "Everything"),
    ] {
        let all = reports(text);
        let s = all[0].speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), None, "{text}");
    }
    // nor a speaker of a noun's aside: "Something about "optics.""
    assert!(reports("Something about \"optics.\" He left.").is_empty());
}

#[test]
fn a_headline_colon_after_one_name_to_another_has_an_addressee() {
    let all = reports("Obama to Congress: Pass the bill now.\n\nBarack Obama spoke.");
    let r = by_cue(&all, ":");
    assert_eq!(speaker(r), Some("Obama"));
    assert_eq!(addressee(r), Some("Congress"));
    assert_eq!(content(r), ["Pass the bill now"]);
    // a title with "to" is no one speaking
    let all = reports("Road to Recovery: How the town rebuilt after the flood\n\nIt rebuilt.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some(":")),
        "{all:#?}"
    );
}

#[test]
fn a_headline_in_title_case_reports_an_infinitive_after_its_verb() {
    let all = reports("Sanders Vows to Stay in Race Until Convention\n\nBernie Sanders spoke.");
    let r = by_cue(&all, "Vows");
    assert_eq!(speaker(r), Some("Sanders"));
    assert_eq!(content(r), ["to Stay in Race Until Convention"]);
    // a verb with whom it urges and an infinitive, in title case
    let all = reports("Lee Urges Congress to Act on Guns\n\nAnn Lee spoke.");
    let r = by_cue(&all, "Urges");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(addressee(r), Some("Congress"));
    assert_eq!(content(r), ["Congress to Act on Guns"]);
    // a short one, with title case's small words in lower case
    let all = reports("Lee Vows to Stay in Race\n\nAnn Lee spoke.");
    assert_eq!(content(by_cue(&all, "Vows")), ["to Stay in Race"]);
    // a sentence with a lower-case verb and names is no headline
    let all = reports("Rubio said the United States \"must act now.\"");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Rubio"));
    // a noun before "to" in a headline is no verb of saying
    let all = reports("A Curious Plan to Fight Climate Change: Buy Mines\n\nIt is curious.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_person_and_a_body_opening_the_clause_speak_together() {
    for (text, who) in [
        (
            "The NAACP and Sen. Ann Lee said that the plan was unfair.",
            "The NAACP and Sen. Ann Lee",
        ),
        (
            "Ann Lee and the Urban League said that the plan was unfair.",
            "Ann Lee and the Urban League",
        ),
        // a plural verb needs both; an aside after the pair is skipped
        (
            "The Urban League and Sen. Ann Lee of Ohio, the committee's chair, oppose the plan.",
            "The Urban League and Sen. Ann Lee of Ohio",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        let s = all[0].speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), None, "{text}");
    }
    // a name in apposition after a pair stays the pair's
    let all = reports("Lee and his secretary of State, Tom Park, said that the plan was unfair.");
    assert_eq!(
        all[0].speaker().map(whosaid::Mention::text),
        Some("Lee and his secretary of State, Tom Park")
    );
}

#[test]
fn one_bodys_name_may_hold_and() {
    for (text, who, name) in [
        (
            "The Fish and Wildlife Service said that the herd was shrinking.",
            "The Fish and Wildlife Service",
            Some("The Fish and Wildlife Service"),
        ),
        // a body's "of" names the body it belongs to
        (
            "The Civil Rights Division of the Justice Department said that the herd was shrinking.",
            "The Civil Rights Division of the Justice Department",
            Some("The Civil Rights Division"),
        ),
        (
            "Later the Science and Technology Directorate of the Energy Department \
             said that the herd was shrinking.",
            "the Science and Technology Directorate of the Energy Department",
            Some("Science and Technology Directorate"),
        ),
        // words of bodies: an academy, a clinic, a caucus
        (
            "The National Academy of Sciences said that the herd was shrinking.",
            "The National Academy of Sciences",
            Some("The National Academy of Sciences"),
        ),
        // an adjective of party before the name belongs to the phrase
        (
            "The nonpartisan Fiscal Policy Institute said that the herd was shrinking.",
            "The nonpartisan Fiscal Policy Institute",
            Some("Fiscal Policy Institute"),
        ),
        // two bodies, each named on its own, are no one name
        (
            "Google and Facebook said that the herd was shrinking.",
            "Google and Facebook",
            None,
        ),
        (
            "The FBI and Secret Service said that the herd was shrinking.",
            "The FBI and Secret Service",
            None,
        ),
    ] {
        let all = reports(text);
        let s = by_cue(&all, "said").speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), name, "{text}");
    }
}

#[test]
fn a_clause_of_time_after_a_closing_reporting_clause_is_no_content() {
    for (text, cue) in [
        ("The plan will fail, Lee said as he left.", "said"),
        (
            "The plan will fail, Lee told his aides as he labored over the last draft of the speech.",
            "told",
        ),
        ("The plan will fail, Lee said when asked about it.", "said"),
        ("The plan will fail, Lee said while Park looked on.", "said"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(content(r), ["The plan will fail"], "{text}");
        assert_eq!(r.rule(), Some(Rule::ClosingReport), "{text}");
    }
    // a phrase after "as" is no clause of time, and a clause of time
    // after a verb that opens the sentence leaves its content after it
    let all = reports("Lee said as much in a letter to the board.");
    assert_eq!(content(by_cue(&all, "said")), ["as much"]);
}

#[test]
fn her_before_a_noun_of_people_after_told_owns_the_noun() {
    for (text, to, expected) in [
        (
            "Lee told her aides the plan would fail.",
            "her aides",
            "the plan would fail",
        ),
        (
            "Lee told her staff that the plan would fail.",
            "her staff",
            "that the plan would fail",
        ),
        // "her" alone is whom she told
        (
            "Lee told her the plan would fail.",
            "her",
            "the plan would fail",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(content(r), [expected], "{text}");
        assert_eq!(addressee(r), Some(to), "{text}");
    }
}

#[test]
fn a_verb_in_a_relative_clause_after_an_inverted_speaker_closes_no_report() {
    let text =
        "\"I came out for my daughter,\" said Karen Hill, 52, a nurse who voted in Allentown.";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Karen Hill"));
    assert_eq!(all[0].kind(), ReportKind::Direct);
    // a closing reporting clause with a relative clause in its subject
    // still reports
    let all = reports("The plan will fail, Lee, who chairs the panel, said.");
    assert_eq!(content(by_cue(&all, "said")), ["The plan will fail"]);
}

#[test]
fn a_verb_of_seeming_in_a_reported_clause_leaves_the_report() {
    for text in [
        "Lee said the robber seemed calm.",
        "Sanders' team said the committee appears to skirt the limits.",
    ] {
        let all = reports(text);
        let said = by_cue(&all, "said");
        let subject = text.split(" said").next().unwrap_or_default();
        assert_eq!(speaker(said), Some(subject), "{text}");
        assert!(content(said)[0].starts_with("the "), "{all:#?}");
    }
    // alone, a verb of seeming still reports its subject and complement
    let all = reports("The robber seemed calm.");
    assert_eq!(content(by_cue(&all, "seemed")), ["The robber", "calm"]);
}

#[test]
fn members_of_a_party_are_a_description_not_a_body() {
    for (text, who) in [
        ("Republicans said the plan was bad.", "Republicans"),
        ("Some Democrats argue the plan was bad.", "Some Democrats"),
        (
            "Democrats in Congress said the plan was bad.",
            "Democrats in Congress",
        ),
    ] {
        let all = reports(text);
        let s = all[0].speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.kind(), whosaid::MentionKind::Description, "{text}");
        assert_eq!(s.name(), None, "{text}");
    }
    // the party by its name is a body
    let all = reports("The Democratic Party said the plan was bad.");
    let s = all[0].speaker().expect("a speaker");
    assert_eq!(s.kind(), whosaid::MentionKind::Organization);
}

#[test]
fn a_conjunction_after_a_semicolon_is_no_part_of_the_content() {
    let all = reports(
        "The club was paid $29,715; and the hotel was paid $125,080, according to FEC records.",
    );
    let r = by_cue(&all, "according to");
    assert_eq!(content(r), ["the hotel was paid $125,080"]);
    assert_eq!(speaker(r), Some("FEC records"));
}

#[test]
fn a_quotation_inside_an_opening_according_to_source_is_part_of_it() {
    for (text, source) in [
        (
            "According to her \"clawback\" plan, firms that move abroad must repay the aid.",
            "her \"clawback\" plan",
        ),
        (
            "According to the \"Art of the Deal\" author, firms that move abroad must repay the aid.",
            "the \"Art of the Deal\" author",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "According to");
        assert_eq!(speaker(r), Some(source), "{text}");
        assert_eq!(
            content(r),
            ["firms that move abroad must repay the aid"],
            "{text}"
        );
    }
}

#[test]
fn a_question_pressed_or_news_told_after_when_has_no_speaker() {
    let all = reports("When later pressed about the levy, Ann Lee said nothing more.");
    let r = by_cue(&all, "pressed");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["the levy"]);
    assert_eq!(r.rule(), Some(Rule::UnnamedSource));
    let all = reports("When questioned on why the vote slipped, the mayor shrugged.");
    assert_eq!(
        content(by_cue(&all, "questioned")),
        ["why the vote slipped"]
    );
    let all = reports("When told the chief had resigned, Lee laughed.");
    let r = by_cue(&all, "told");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["the chief had resigned"]);
    // the one who presses, named, still speaks: no unnamed report
    let all = reports("The senator pressed the nominee about the levy.");
    assert!(all.iter().all(|r| r.rule() != Some(Rule::UnnamedSource)));
}

#[test]
fn a_conjunction_before_a_noun_of_speech_is_no_end_of_a_subject() {
    // "demand", "claims", "charges" are verbs too, but after "as" or
    // "because" they are the subject of a clause of their own
    for text in [
        "Chipmaker to cut 4,000 jobs as demand slumps",
        "The miners left as demand fell.",
        "Prices rose because claims fell sharply.",
    ] {
        assert!(
            reports(text).iter().all(|r| r
                .speaker()
                .is_none_or(|s| !s.text().ends_with(" as") && !s.text().ends_with(" because"))),
            "{text}"
        );
    }
    assert!(reports("The miners left as demand fell.").is_empty());
    // a subject the grammar reads loosely still speaks
    let all = reports("Protest organizers in Cleveland say the march will go on.");
    assert_eq!(
        speaker(by_cue(&all, "say")),
        Some("Protest organizers in Cleveland")
    );
}

#[test]
fn a_series_of_acts_after_an_object_ends_each_content_at_its_comma() {
    let all = reports("Lee mocked a reporter, accused the press of bias and left.");
    assert_eq!(content(by_cue(&all, "mocked")), ["a reporter"]);
    let r = by_cue(&all, "accused");
    assert_eq!(speaker(r), Some("Lee"));
    assert_eq!(content(r), ["the press of bias"]);
    let all = reports(
        "Ann Cole condemned the violence, accused the state party of using \"its power\" against her.",
    );
    assert_eq!(content(by_cue(&all, "condemned")), ["the violence"]);
    assert_eq!(speaker(by_cue(&all, "accused")), Some("Ann Cole"));
    // a participle describing the object is no next act
    let all = reports("Lee praised the meeting, requested by the mayor, as a start.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "requested"))
    );
    // nor is the verb of a subject set off by commas
    let all =
        reports("Kim left after a woman in Worcester, Massachusetts, told him she was worried.");
    assert_eq!(
        speaker(by_cue(&all, "told")),
        Some("a woman in Worcester, Massachusetts")
    );
}

#[test]
fn a_participle_of_doubt_after_a_possessive_modifies_its_noun() {
    assert!(reports("Clinton's supposed divisiveness was discussed.").is_empty());
    assert!(reports("The mayor's alleged ties to the firm were debated.").is_empty());
    // "'s" as "has" or "is" before a verb still reports
    let all = reports("He's alleged that the vote was rigged.");
    assert_eq!(
        content(by_cue(&all, "alleged")),
        ["that the vote was rigged"]
    );
}

#[test]
fn a_passive_of_repute_reports_what_unnamed_people_think_of_its_subject() {
    let all = reports("Ann Lee is widely seen as a moderate on trade.");
    let r = by_cue(&all, "seen as");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["Ann Lee", "a moderate on trade"]);
    assert_eq!(r.cue_class(), CueClass::Thought);
    assert_eq!(r.rule(), Some(Rule::UnnamedSource));
    let all = reports("The judge has long been known for speaking her mind.");
    assert_eq!(
        content(by_cue(&all, "known for")),
        ["The judge", "speaking her mind"]
    );
    // reduced, after the noun it describes
    let all = reports("They campaigned in a state known for rewarding moderates.");
    assert_eq!(
        content(by_cue(&all, "known for")),
        ["a state", "rewarding moderates"]
    );
    let all = reports("The fund, once regarded as a safe bet, lost money.");
    assert_eq!(
        content(by_cue(&all, "regarded as")),
        ["The fund", "a safe bet"]
    );
    // a name unnamed people give is what they call it
    let all = reports("The bill, known as the Clean Air Act, passed.");
    assert_eq!(
        content(by_cue(&all, "known as")),
        ["The bill", "the Clean Air Act"]
    );
    // a comparison or a verb of its own reports nothing here
    assert!(reports("They have seen as many as 40 cases.").is_empty());
    assert!(reports("I have seen the report.").is_empty());
}

#[test]
fn a_passive_with_its_agent_and_no_clause_reports_its_subject() {
    let all = reports("The meeting was first reported by Politico.");
    let r = by_cue(&all, "reported");
    assert_eq!(speaker(r), Some("Politico"));
    assert_eq!(content(r), ["The meeting"]);
    let all = reports("The plan was criticized by Democrats on Monday.");
    let r = by_cue(&all, "criticized");
    assert_eq!(speaker(r), Some("Democrats"));
    assert_eq!(content(r), ["The plan"]);
    // a verb of naming: the name after "as" is content too
    let all = reports("The bill was described by Sen. Ann Lee as a disaster.");
    let r = by_cue(&all, "described");
    assert_eq!(speaker(r), Some("Sen. Ann Lee"));
    assert_eq!(content(r), ["The bill", "as a disaster"]);
    // and a verb of speech or stance
    let all = reports("The ruling was hailed by civil rights groups as a victory.");
    let r = by_cue(&all, "hailed");
    assert_eq!(speaker(r), Some("civil rights groups"));
    assert_eq!(content(r), ["The ruling", "as a victory"]);
    // (not before a clause, nor in "as part of")
    assert!(reports("The plan was criticized by Democrats as part of a deal.").is_empty());
    // (not after another verb: "as" is no name there)
    assert!(reports("The plan was criticized by Democrats as the vote neared.").is_empty());
    // a clause after the agent is the content, as before
    let all = reports("He was told by aides that the vote failed.");
    assert_eq!(content(by_cue(&all, "told")), ["that the vote failed"]);
    // whom a verb of stance backs is its content too; what a verb of
    // thought has as its object is not
    let all = reports("Donald Trump, meanwhile, is supported by far fewer papers.");
    let r = by_cue(&all, "supported");
    assert_eq!(speaker(r), Some("far fewer papers"));
    assert_eq!(content(r), ["Donald Trump"]);
    assert!(reports("The rules are not well understood by voters.").is_empty());
    // the agent must close its clause; a pronoun subject is no content
    assert!(reports("The plan was criticized by Democrats and sent back to committee.").is_empty());
    assert!(reports("It was reported by Politico.").is_empty());
}

#[test]
fn deem_reports_its_object_and_what_it_is_judged() {
    let all = reports("The fact-checkers deemed those statements false.");
    let r = by_cue(&all, "deemed");
    assert_eq!(speaker(r), Some("The fact-checkers"));
    assert_eq!(content(r), ["those statements false"]);
}

#[test]
fn a_dated_dateline_closed_by_a_colon_is_no_speaker() {
    for text in [
        "NEW DELHI, Dec 3 (PTI): The minister on Friday defended the plan, saying it was \"working\".",
        "Islamabad, Dec. 3: The minister on Friday defended the plan, saying it was \"working\".",
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "saying")),
            Some("The minister"),
            "{text}"
        );
        assert!(
            all.iter().all(|r| r.rule() != Some(Rule::ColonReport)),
            "{all:#?}"
        );
    }
    // without a date, a name and its colon stay a speaker's label
    let all = reports("TAPPER: The minister defended the plan.");
    assert!(all.iter().any(|r| r.rule() == Some(Rule::ColonReport)));
}

#[test]
fn the_object_of_a_verb_of_perceiving_or_making_speaks_the_plain_verb_after_it() {
    for (text, cue, who) in [
        ("He helped people say what they felt.", "say", "people"),
        (
            "She made voters believe the race was close.",
            "believe",
            "voters",
        ),
        (
            "The ad let viewers think the plan was dead.",
            "think",
            "viewers",
        ),
        (
            "We saw officials admit that the plan failed.",
            "admit",
            "officials",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // a noun that is also such a verb, opening the subject, stays in it
    let all = reports("Help desk workers say the system crashed.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("Help desk workers"));
    // and a verb in the past after the phrase has it as its subject
    let all = reports("The people he saw said the plant would close.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("The people he saw"));
}

#[test]
fn a_label_of_the_headlines_kind_before_a_colon_is_no_speaker() {
    for text in [
        "Opinion: The city cannot afford another stadium.",
        "BOMBSHELL: The senator quits the race.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // nor part of the content of a report after it
    let all = reports("EXCLUSIVE: Trump will skip the debate, aides say.");
    assert_eq!(content(by_cue(&all, "say")), ["Trump will skip the debate"]);
    // while a name or a poll before a colon still speaks
    let all = reports("Rubio: The deal is a disaster for America.");
    assert_eq!(speaker(&all[0]), Some("Rubio"));
    let all = reports("Poll: Clinton leads Trump by four points.");
    assert_eq!(speaker(&all[0]), Some("Poll"));
}

#[test]
fn a_quotation_after_a_relayed_one_goes_on_with_the_relays_report() {
    let text = "\u{201c}Do not protest on the floor,\u{201d} Sanders said, according to CNN. \
                \u{201c}It is important you explain this.\u{201d}";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("CNN"));
    assert_eq!(content(&all[0]).len(), 2);
    assert!(content(&all[0])[1].contains("It is important"));
    // without the relay the speaker's own report goes on, as before
    let text = "\u{201c}Do not protest,\u{201d} Sanders said. \u{201c}It is important.\u{201d}";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Sanders"));
    // and a report by someone else before it is not gone on with
    let text = "Lee said, according to CNN, that the plan failed. \
                \u{201c}It is over,\u{201d} Kim said. \u{201c}We lost.\u{201d}";
    let all = reports(text);
    assert_eq!(speaker(all.last().expect("a report")), Some("Kim"));
}

#[test]
fn a_stance_verbs_object_runs_past_a_name_to_the_noun_it_modifies() {
    assert_contents(&[
        (
            "Clinton supports a larger U.S. military role in Iraq.",
            "supports",
            "a larger U.S. military role",
        ),
        (
            "He opposes a Democratic measure authorizing broader checks.",
            "opposes",
            "a Democratic measure authorizing broader checks",
        ),
        ("Corker opposes the Iran deal.", "opposes", "the Iran deal"),
        // a name that ends the object stays its end
        ("Most Republicans backed Trump early.", "backed", "Trump"),
        (
            "Officers support Trump 46 percent to 32 percent.",
            "support",
            "Trump",
        ),
    ]);
}

#[test]
fn a_word_in_ing_inside_a_series_opens_no_clause() {
    assert_contents(&[
        (
            "She called him a kind, loving and admirable person.",
            "called",
            "him a kind, loving and admirable person",
        ),
        (
            "Lee said rents rose for schools, housing and transit.",
            "said",
            "rents rose for schools, housing and transit",
        ),
        (
            "They accused the mayor of covering up, delaying, and withholding facts.",
            "accused",
            "the mayor of covering up, delaying, and withholding facts",
        ),
    ]);
    // while a participle of saying after a comma still opens a report
    let all = reports("Lee praised the plan, saying, \"It will work.\"");
    assert_eq!(content(by_cue(&all, "praised")), ["the plan"]);
    let all = reports("Lee said the plan was dead, adding that talks would go on.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan was dead"]);
}

#[test]
fn a_relative_clause_between_commas_before_a_verb_stays_in_the_content() {
    assert_contents(&[
        (
            "Obama argued the Islamic State, which has lost ground for two years, is in retreat.",
            "argued",
            "the Islamic State, which has lost ground for two years, is in retreat",
        ),
        (
            "Cruz described Bush, who quit the race on Saturday, as a decent man.",
            "described",
            "Bush, who quit the race on Saturday, as a decent man",
        ),
        // while one after a plain object, with no verb after it, closes it
        (
            "Polls predicted a Cruz win in Texas, which votes on March 1.",
            "predicted",
            "a Cruz win in Texas",
        ),
    ]);
}

#[test]
fn a_stance_verbs_object_runs_over_a_list_of_names() {
    assert_contents(&[
        (
            "He supported Sen. Ted Cruz, R-Texas, and former HP chief Carly Fiorina.",
            "supported",
            "Sen. Ted Cruz, R-Texas, and former HP chief Carly Fiorina",
        ),
        (
            "The group endorsed Ann Lee, Bo Chen and Kim Park.",
            "endorsed",
            "Ann Lee, Bo Chen and Kim Park",
        ),
        // a name after a comma with no "and" to close a list is no item
        (
            "The group endorsed Ann Lee, Bo Chen.",
            "endorsed",
            "Ann Lee",
        ),
        (
            "The group endorsed Ann Lee, a former mayor, on Monday.",
            "endorsed",
            "Ann Lee",
        ),
    ]);
}

#[test]
fn a_finding_keeps_the_contrast_it_draws_with_while() {
    assert_contents(&[
        (
            "The survey found that 449 insiders back Clinton, while only 19 support Sanders.",
            "found",
            "that 449 insiders back Clinton, while only 19 support Sanders",
        ),
        (
            "The poll showed Trump ahead of Cruz, while Rubio was at 18 percent.",
            "showed",
            "Trump ahead of Cruz, while Rubio was at 18 percent",
        ),
        // a speaker's words end before the writer's contrast
        (
            "Lee said the plan was dead, while others disagreed.",
            "said",
            "the plan was dead",
        ),
    ]);
}

#[test]
fn the_office_a_stance_verb_backs_someone_for_is_part_of_the_object() {
    assert_contents(&[
        (
            "She endorsed Sen. Ted Cruz for president.",
            "endorsed",
            "Sen. Ted Cruz for president",
        ),
        (
            "They supported Kim for the Republican nomination.",
            "supported",
            "Kim for the Republican nomination",
        ),
        // a duration or a reason is no office
        ("He supported Lee for years.", "supported", "Lee"),
        (
            "He backed the plan for reasons of cost.",
            "backed",
            "the plan",
        ),
    ]);
}

#[test]
fn a_list_of_phrases_after_an_object_stays_in_the_content() {
    assert_contents(&[
        (
            "She criticized the banks, the insurers and the drug companies.",
            "criticized",
            "the banks, the insurers and the drug companies",
        ),
        (
            "Sanders took aim at the billionaire class, the fossil fuel industry and super PACs.",
            "took aim at",
            "the billionaire class, the fossil fuel industry and super PACs",
        ),
        // an appositive the writer adds still closes it, with a relative
        // clause after its "and" too
        (
            "He praised the police, a force that has struggled.",
            "praised",
            "the police",
        ),
        (
            "He would consider Don Beyer, a former governor and ambassador who can raise cash.",
            "consider",
            "Don Beyer",
        ),
    ]);
}

#[test]
fn an_addressee_list_may_close_with_a_comma_and() {
    let all = reports("Lee told Ann Kim, Bo Chen, and Kim Park that the plan had failed.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("Ann Kim, Bo Chen, and Kim Park"));
    assert_eq!(content(r), ["that the plan had failed"]);
}

#[test]
fn an_amount_added_is_no_remark() {
    // "add" with an amount for its object adds points, jobs or money
    for text in [
        "Dejounte Murray added 24 points for the Hawks, who have won four straight.",
        "Over five years the state has added a million jobs.",
        "The striker added two goals in the second half.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
    }
    // but an amount that opens a clause of its own, or a "that" clause,
    // is what was added in words
    assert_contents(&[
        (
            "Police added 24 people were hurt in the crash.",
            "added",
            "24 people were hurt in the crash",
        ),
        (
            "The coach added that 24 points was not enough.",
            "added",
            "that 24 points was not enough",
        ),
    ]);
}

#[test]
fn a_sum_charged_is_no_accusation() {
    // "charge" with a sum of money sets a price
    for text in [
        "The firm charged the campaign approximately $3.7 million in travel costs.",
        "The museum charges 40 dollars a ticket.",
        "The firm charges clients \u{a3}200 an hour.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
    }
    // a report after it is no longer taken into its content
    let all = reports("A firm he owns charged the campaign $3 million since he announced his bid.");
    assert_eq!(content(by_cue(&all, "announced")), ["his bid"]);
    // a count of people, "with", or "that" keeps the accusation
    assert_contents(&[
        (
            "The state charged 12 people with fraud.",
            "charged",
            "12 people with fraud",
        ),
        (
            "Lee charged that $3 million had gone missing.",
            "charged",
            "that $3 million had gone missing",
        ),
    ]);
}

#[test]
fn a_relatives_that_after_words_of_circumstance_opens_no_content() {
    // "that" with its verb right after it, on a noun of the circumstance,
    // is a relative clause's
    for text in [
        "Man charged after crash that injured three",
        "The mayor was charged after a crash that injured three people.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some("charged")),
            "{text}: {:?}",
            reports(text)
        );
    }
    // but a "that" clause after the circumstance is the content, and so
    // is one after a name that ends it, whose first word is an adjective
    assert_contents(&[
        (
            "She charged after the hearing that the mayor had lied.",
            "charged",
            "that the mayor had lied",
        ),
        (
            "We have known since World War I that sustained misery breeds unrest.",
            "known",
            "that sustained misery breeds unrest",
        ),
    ]);
}

#[test]
fn a_negation_opening_the_content_stays_in_it() {
    // "not" after the verb is the content's, never an adverb of the verb
    assert_contents(&[
        (
            "She said not everyone agreed.",
            "said",
            "not everyone agreed",
        ),
        (
            "He says not passing the bill is a mistake.",
            "says",
            "not passing the bill is a mistake",
        ),
        ("The banker pleaded not guilty.", "pleaded", "not guilty"),
        // with its infinitive, and after the listener
        (
            "She hopes not just to win but to govern.",
            "hopes",
            "not just to win but to govern",
        ),
        (
            "Officials told residents not to drink the water.",
            "told",
            "residents not to drink the water",
        ),
    ]);
    // an adverb of manner after the verb is still no content
    assert_contents(&[(
        "She said repeatedly the plan would fail.",
        "said",
        "the plan would fail",
    )]);
}

#[test]
fn a_plural_noun_after_a_quantity_is_no_verb() {
    // a quantity's plural subject takes no verb in "-s": the word is the
    // noun the quantity modifies
    for text in [
        "Here are some reasons to have hope.",
        "Most reports from the region were late.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a plain verb after the quantity still reports
    assert_say_speakers(&[("Some say the plan will fail.", "Some")]);
}

#[test]
fn an_impersonal_passive_set_off_by_a_comma() {
    // closing the sentence, with a place and time of its own
    let all = reports(
        "The President will not call an extra session, it was stated at the White House today.",
    );
    let r = by_cue(&all, "stated");
    assert_eq!(speaker(r), None);
    assert_eq!(r.rule(), Some(Rule::UnnamedSource));
    assert_eq!(content(r), ["The President will not call an extra session"]);
    // inside the clause, around it
    let all = reports("Prices, it is feared, will rise again.");
    assert_eq!(
        content(by_cue(&all, "feared")),
        ["Prices", "will rise again"]
    );
    let all = reports("The road ran through a tunnel where, it is said, bandits once hid.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["The road ran through a tunnel where", "bandits once hid"]
    );
    // not a passive joined by "and", nor one with a clause of its own
    // after it
    let text = "The plan failed, and it was stated at once.";
    assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
}

#[test]
fn a_thing_before_a_participle_of_speaking_leaves_it_to_the_subject() {
    // a thing that cannot speak, with no comma before the participle
    for (text, cue, who) in [
        (
            "Lee was heard on a microphone telling the crowd to go home.",
            "telling",
            "Lee",
        ),
        (
            "Senator Ann Cole is making a pitch to farmers saying the tariff hurts them.",
            "saying",
            "Senator Ann Cole",
        ),
        (
            "She stood at a podium in the rain insisting that the war was over.",
            "insisting",
            "She",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // a person, a body, or a document speaks itself
    for (text, cue, who) in [
        (
            "Her office issued a statement saying the bill was dead.",
            "saying",
            "Her office",
        ),
        (
            "The mayor met a nurse saying the ward was full.",
            "saying",
            "a nurse",
        ),
        (
            "The mayor met voters saying the road was unsafe.",
            "saying",
            "voters",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn an_interrupted_report_after_and_starts_at_its_subject() {
    // the clause before ", and" is the writer's
    for (text, expected) in [
        (
            "The plant closed in May, but the workers, the mayor said, have found new jobs.",
            ["the workers", "have found new jobs"],
        ),
        (
            "Prices rose, and wages, economists said, fell behind.",
            ["wages", "fell behind"],
        ),
    ] {
        assert_eq!(content(by_cue(&reports(text), "said")), expected, "{text}");
    }
    // a clause of its own after the conjunction is not a subject: the
    // whole first part stays
    let text = "Prices rose, and wages fell sharply, economists said, before the election.";
    assert_eq!(
        content(by_cue(&reports(text), "said"))[0],
        "Prices rose, and wages fell sharply",
        "{text}"
    );
}

#[test]
fn a_plural_in_men_is_a_bare_addressee() {
    // "newsmen", "businessmen": plurals without an "-s"
    for text in [
        "Senator Taft told newsmen afterward that he was \"not satisfied\" with the answers.",
        "The governor told businessmen on Monday that taxes would fall.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert!(
            content(r)[0].starts_with("that "),
            "{text}: {:?}",
            content(r)
        );
        assert!(r.addressee().is_some(), "{text}");
    }
}

#[test]
fn an_interview_question_label_is_no_initial() {
    let all = reports("Q. Your opponent says you have no experience.");
    assert_eq!(speaker(by_cue(&all, "says")), Some("Your opponent"));
    // a name's initial opening the paragraph stays
    let all = reports("A. Philip Randolph said the march would go ahead.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("A. Philip Randolph"));
}

#[test]
fn a_relative_pronoun_after_a_preposition_is_no_part_of_the_content() {
    let text = "She gave a speech in which she said judges should push back.";
    let all = reports(text);
    for r in &all {
        assert!(!content(r).iter().any(|c| c == "which"), "{text}: {all:#?}");
    }
    // the pronoun of a relative clause with a gap still is
    let all = reports("It is a law which the agency says is the strictest in Europe.");
    assert_eq!(
        content(by_cue(&all, "says")),
        ["which", "is the strictest in Europe"]
    );
}

#[test]
fn show_up_and_show_off_report_nothing() {
    for text in [
        "Hundreds of voters showed up to hear her speak.",
        "The mayor was showing off the new library on Monday.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // "show" with a clause still reports
    let all = reports("The records show that the mayor was paid twice.");
    assert_eq!(speaker(by_cue(&all, "show")), Some("The records"));
}

#[test]
fn a_verb_joined_to_a_relative_clause_ends_with_it() {
    // the comma that closes the relative clause ends the content
    let all = reports(
        "Lee, who endorsed Park in May and said he would campaign with him, did not attend the rally.",
    );
    let r = by_cue(&all, "said");
    assert_eq!(content(r), ["he would campaign with him"]);
    assert_eq!(speaker(r), Some("who"));
}

#[test]
fn a_document_before_a_participle_speaks_for_its_issuer() {
    // the subject that sent the document speaks, past a word of time
    let all = reports("Two senators sent a letter Tuesday demanding a hearing.");
    let r = by_cue(&all, "demanding");
    assert_eq!(speaker(r), Some("Two senators"));
    assert_eq!(r.source().map(whosaid::Mention::text), Some("a letter"));
    // no document: the thing before the participle is no source
    let all = reports("Two senators stood at the door demanding a hearing.");
    assert_eq!(by_cue(&all, "demanding").source(), None);
}

#[test]
fn a_number_with_other_before_a_noun_is_one_phrase() {
    for text in [
        "Two other directors said they would support her.",
        "Two other directors, speaking privately, said they would support her.",
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "said")),
            Some("Two other directors"),
            "{text}"
        );
    }
    // after an article too
    let all = reports("The two other directors said they would support her.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("The two other directors")
    );
    // "others" alone stays a noun of its own
    let all = reports("Two others said they would support her.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Two others"));
}

#[test]
fn a_number_alone_is_a_subject() {
    assert_say_speakers(&[
        ("Two said the plan would fail.", "Two"),
        ("The two said the plan would fail.", "The two"),
        // a count in figures after a comma
        (
            "Of the 60 delegates asked, 43 said they would vote no.",
            "43",
        ),
    ]);
    // a number before a noun is no subject of its own
    let all = reports("Two reported cases were confirmed on Monday.");
    assert!(all.is_empty(), "{all:#?}");
    // nor is a number closing a name: the name is
    let text = "Section 43 said nothing about fees.";
    assert_eq!(speaker(by_cue(&reports(text), "said")), Some("Section 43"));
}

#[test]
fn a_word_of_time_after_a_loose_subject_is_the_verbs() {
    assert_say_speakers(&[(
        "Britain's trade unions yesterday said the offer was too low.",
        "Britain's trade unions",
    )]);
    // a participle's time stays with its phrase
    let all = reports("A poll released today found that most voters were undecided.");
    assert!(
        speaker(by_cue(&all, "found")).is_some_and(|s| s.ends_with("today")),
        "{all:#?}"
    );
}

#[test]
fn a_relative_pronoun_after_a_description_in_apposition_names_the_person() {
    for (text, name) in [
        (
            "The post drew fire from Ed Park, a radio host who said the plan was cruel.",
            "Ed Park",
        ),
        (
            "Voters asked whether Ann Lee, the party's nominee, who said taxes would fall, was honest.",
            "Ann Lee",
        ),
        (
            "The money came from the Carver Group, a lobbying firm that said it would give more.",
            "Carver Group",
        ),
        // past a bracket
        (
            "The aide Jo Sims (who said the deal was dead) left early.",
            "Jo Sims",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        let who = r.speaker().expect(text);
        assert_eq!(who.name(), Some(name), "{text}");
    }
    // a description with no name before it names no one
    let text = "The post drew fire from a radio host who said the plan was cruel.";
    let all = reports(text);
    let who = by_cue(&all, "said").speaker().expect(text);
    assert_eq!(who.name(), None, "{text}");
}

#[test]
fn with_knowledge_of_is_the_complement_of_a_source() {
    assert_say_speakers(&[
        (
            "People with knowledge of the talks said a deal was close.",
            "People with knowledge of the talks",
        ),
        (
            "Two officials with direct knowledge of the agency's budget said cuts were coming.",
            "Two officials with direct knowledge of the agency's budget",
        ),
    ]);
    // not a manner after a verb: "spoke with knowledge" leaves the subject
    assert_say_speakers(&[(
        "Lee spoke with knowledge of the talks and said a deal was close.",
        "Lee",
    )]);
}

#[test]
fn a_participle_describing_the_medium_of_the_words_is_no_cue() {
    for (text, cue, who) in [
        (
            "The group later claimed, in a message posted on Telegram, that it had no role.",
            "claimed",
            "The group",
        ),
        (
            "The group said in a message posted on Telegram that it had no role.",
            "said",
            "The group",
        ),
        (
            "Lee said in a brief written statement that he would resign.",
            "said",
            "Lee",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(all[0].cue().map(whosaid::Cue::text), Some(cue), "{text}");
        assert_eq!(speaker(&all[0]), Some(who), "{text}");
    }
    // the verb itself, after its subject, still reports
    let text = "Lee posted on Facebook that the plan was dead.";
    let all = reports(text);
    assert_eq!(speaker(by_cue(&all, "posted")), Some("Lee"));
    // before a noun of a message, after a determiner and a modifier, the
    // participle modifies the noun
    let text = "A widely denounced tweet said the plan was dead.";
    let all = reports(text);
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("denounced")),
        "{all:#?}"
    );
}

#[test]
fn an_age_after_an_inverted_speaker_is_no_content() {
    for (text, first, second) in [
        (
            "The town is dying, said Ann Lee, 71, who has lived there for decades.",
            "The town is dying",
            None,
        ),
        (
            "The town is dying, said Ann Lee, 71.",
            "The town is dying",
            None,
        ),
        (
            "The town, said Ann Lee, 71, is dying.",
            "The town",
            Some("is dying"),
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        let want: Vec<&str> = std::iter::once(first).chain(second).collect();
        assert_eq!(content(r), want, "{text}");
    }
    // the relative pronoun after the age and a description names the person
    let text =
        "The town is dying, said Ann Lee, 71, a nurse who asked that her street not be named.";
    let all = reports(text);
    let who = by_cue(&all, "asked").speaker().expect(text);
    assert_eq!(who.name(), Some("Ann Lee"));
}

#[test]
fn a_quotation_with_its_own_reporting_clause_ends_the_report_before_it() {
    for (text, cue, before, said) in [
        (
            "Ann Lee suggested that the plan was unserious - \"We need the details,\" she said - and left.",
            "suggested",
            "that the plan was unserious",
            "We need the details",
        ),
        (
            "Ann Lee suggested that the plan was unserious (\"we need the details,\" she said) and left.",
            "suggested",
            "that the plan was unserious",
            "we need the details",
        ),
        (
            "Ann Lee said she was too busy to look: \"I have a lot going on,\" she wrote.",
            "said",
            "she was too busy to look",
            "I have a lot going on",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [before], "{text}");
        // the quotation is a direct report of its own, said whole
        let own = all
            .iter()
            .find(|r| {
                r.cue().map(whosaid::Cue::text) != Some(cue) && r.kind() == ReportKind::Direct
            })
            .unwrap_or_else(|| panic!("{text}: {all:#?}"));
        assert!(content(own)[0].contains(said), "{text}");
    }
    // a partial quotation inside a report closed by another speaker's
    // clause stays in the report that holds it
    for text in [
        "Ann Lee called the plan \"a mess,\" Kim Park said.",
        "Ann Lee said the plan was \"a mess,\" Kim Park recalled.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(all[0].kind(), ReportKind::Mixed, "{text}");
        assert!(content(&all[0])[0].ends_with("\"a mess,\""), "{text}");
    }
    // and a quotation its report's own clause closes is that report's
    let text = "The plan is \"a mess,\" Kim Park said.";
    let all = reports(text);
    assert_eq!(
        content(by_cue(&all, "said")),
        ["The plan is \"a mess,\""],
        "{all:#?}"
    );
}

#[test]
fn a_quotation_closing_a_relative_clause_with_its_comma_stays_in_its_content() {
    // the comma inside the closing mark ends the relative clause, and the
    // quotation is the content's, not cut off before it
    assert_contents(&[
        (
            "Ann Lee, who called the plan a \"disaster,\" resigned.",
            "called",
            "the plan a \"disaster,\"",
        ),
        (
            "Ann Lee, who said \"enough is enough,\" resigned on Friday.",
            "said",
            "\"enough is enough,\"",
        ),
        (
            "Voters who say the plan is a \"disaster,\" like Ann Lee, will decide.",
            "say",
            "the plan is a \"disaster,\"",
        ),
    ]);
    // a plain comma still closes the relative clause before it
    assert_contents(&[(
        "Ann Lee, who said the plan was dead, resigned on Friday.",
        "said",
        "the plan was dead",
    )]);
}

#[test]
fn a_relative_clause_on_the_subject_reports_up_to_the_main_verb() {
    // the content of the relative clause's verb ends where the main
    // clause's verb (its auxiliary, or a verb of saying) comes
    assert_contents(&[
        (
            "Critics who say the plan will fail have been ignored.",
            "say",
            "the plan will fail",
        ),
        (
            "Those who said they would vote for him were in the minority.",
            "said",
            "they would vote for him",
        ),
        (
            "The aide who wrote the speech for the governor says he was proud of it.",
            "wrote",
            "the speech for the governor",
        ),
        // (past an adverb before the relative clause's verb)
        (
            "The hacker who first revealed that the senator used a server while she was in office was sentenced.",
            "revealed",
            "that the senator used a server while she was in office",
        ),
    ]);
    // …and the main verb reports for the subject
    let all = reports("The aide who wrote the speech for the governor says he was proud of it.");
    assert_eq!(content(by_cue(&all, "says")), ["he was proud of it"]);
    // a relative clause set off by commas is read as before
    assert_contents(&[(
        "Ann Lee, who said the plan would fail and would cost jobs, was right.",
        "said",
        "the plan would fail and would cost jobs",
    )]);
}

#[test]
fn a_noun_in_ly_after_an_article_is_no_adverb_before_a_verb() {
    // "the rally say": "rally" is no adverb standing between a subject
    // and its verb, so "say" is the verb of the subject before the
    // relative clause
    let all = reports("Voters who attended the rally say the plan will fail.");
    let r = by_cue(&all, "say");
    assert_eq!(speaker(r), Some("Voters"));
    assert_eq!(content(r), ["the plan will fail"]);
    let all = reports("The family say they will appeal.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("The family"));
}

#[test]
fn a_colon_dateline_before_a_sentence_with_its_own_reporting_clause_is_no_speaker() {
    let text = "NEW DELHI: India on Tuesday said it \"firmly rejects\" the report.";
    let all = reports(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(by_cue(&all, "said")), Some("India"));
    let quotes: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(
        quotes[0].speaker().map(whosaid::Mention::text),
        Some("India")
    );

    let text = "LONDON: \"We will not back down,\" the prime minister said on Monday.";
    let all = reports(text);
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some(":")),
        "{all:#?}"
    );
    assert_eq!(speaker(by_cue(&all, "said")), Some("the prime minister"));

    // a speaker's label goes on in the first person, and a headline's
    // capitalised verbs are its own
    for (text, label) in [
        ("SANDERS: I said we would win this thing.", "SANDERS"),
        ("Obama: Americans Will Say No to Trump", "Obama"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, ":")), Some(label), "{text}");
    }
}

#[test]
fn according_to_a_norm_or_plan_names_no_source() {
    for text in [
        "Things did not go according to plan.",
        "The vote was held according to the rules of the House.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // the report that holds it keeps its content whole
    assert_contents(&[(
        "He said that the protesters would be dealt with according to law.",
        "said",
        "that the protesters would be dealt with according to law",
    )]);
    // a source whose phrase only opens with such a noun is one
    for (text, source) in [
        (
            "According to the plan's authors, costs will fall.",
            "the plan's authors",
        ),
        (
            "According to law enforcement officials, the man fled.",
            "law enforcement officials",
        ),
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "According to")),
            Some(source),
            "{text}"
        );
    }
}

#[test]
fn a_medium_of_speaking_between_the_subject_and_its_verb() {
    for (text, who) in [
        (
            "The company in a statement said the remarks were unwarranted.",
            "The company",
        ),
        (
            "Ann Lee in a statement issued here said the remarks were unwarranted.",
            "Ann Lee",
        ),
        (
            "The ministry in a statement released on Monday said the remarks were unwarranted.",
            "The ministry",
        ),
        (
            "Ann Lee, the spokesperson, in a statement said the remarks were unwarranted.",
            "Ann Lee",
        ),
        // (a participle's phrase after an appositive's comma)
        (
            "The spokesperson of the ministry, Ann Lee, in a statement issued here said the remarks were unwarranted.",
            "The spokesperson of the ministry, Ann Lee",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), ["the remarks were unwarranted"], "{text}");
    }
    // a participle that a phrase of place or agent follows still
    // describes the message, and the verb before it reports
    let all = reports("The group claimed, in a message posted on Telegram, that it had struck.");
    assert_eq!(speaker(by_cue(&all, "claimed")), Some("The group"));
    // and a poll is where people were asked, not their medium: the
    // subject is not cut to a number before it
    let all =
        reports("Nearly one in four voters in a New York Times poll said the plan would fail.");
    assert_ne!(speaker(by_cue(&all, "said")), Some("one"));
}

#[test]
fn a_participle_describing_the_subject_takes_a_gerund_after_its_preposition() {
    // the gerund's object is no subject: the phrase the participle
    // describes is
    let all = reports(
        "A former nurse accused of poisoning three patients told the jury that she was innocent.",
    );
    assert_eq!(speaker(by_cue(&all, "told")), Some("A former nurse"));
    let all =
        reports("The driver charged with killing a cyclist told police that the road was dark.");
    assert_eq!(speaker(by_cue(&all, "told")), Some("The driver"));
    // a participle set off by commas is no part of the subject's phrase
    let all = reports("Voters, worried about paying rent, say that prices are too high.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("Voters"));
}

#[test]
fn a_place_phrase_after_the_addressee_is_no_content() {
    assert_contents(&[
        (
            "The spokesman told reporters aboard the plane that the talks had stalled.",
            "told",
            "that the talks had stalled",
        ),
        (
            "Lee told reporters atop the tower that the view was unmatched.",
            "told",
            "that the view was unmatched",
        ),
    ]);
}

#[test]
fn a_verb_after_a_reporting_clause_that_interrupts_its_subject_is_in_the_content() {
    // the subject before the interruption is the content's, and so is a
    // reporting verb after it: the interrupting clause holds it all
    for (text, second) in [
        (
            "Mr. Lee, the prosecutor said, had warned the victim twice.",
            "had warned the victim twice",
        ),
        (
            "Ann Park, officials said, has ordered the staff to wait.",
            "has ordered the staff to wait",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(all[0].rule(), Some(Rule::InterruptedReport));
        assert_eq!(content(&all[0])[1], second, "{text}");
    }
    // a relative clause's report between the subject and its verb still
    // ends before the main verb
    let all = reports("Cruz, who said the plan would fail, told reporters that he was ready.");
    assert_eq!(speaker(by_cue(&all, "told")), Some("Cruz"));
    assert_eq!(content(by_cue(&all, "said")), ["the plan would fail"]);
}

#[test]
fn what_a_court_or_inquest_heard_is_reported() {
    assert_contents(&[
        (
            "The jury heard that the victim had been stabbed twice.",
            "heard",
            "that the victim had been stabbed twice",
        ),
        (
            "The inquest heard the pilot had not slept for 20 hours.",
            "heard",
            "the pilot had not slept for 20 hours",
        ),
    ]);
    let all = reports("The defendant, the court heard, had lied to police.");
    let r = by_cue(&all, "heard");
    assert_eq!(speaker(r), Some("the court"));
    assert_eq!(content(r), ["The defendant", "had lied to police"]);
    // anyone else hears sounds, or rumours they report themselves
    assert!(reports("She heard a loud bang and ran outside.").is_empty());
    let all = reports("Lee said he heard that the plant would close.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].cue().map(whosaid::Cue::text), Some("said"));
}

#[test]
fn a_phrase_fronted_after_that_leaves_the_clause_after_its_comma_in_the_content() {
    assert_contents(&[
        // a comma right after "that" opens an aside, whatever its words
        (
            "Lee argued that, frankly, the plan was a mess.",
            "argued",
            "that, frankly, the plan was a mess",
        ),
        (
            "Lee boasted that, thanks to his \u{201c}new method,\u{201d} he was the only pollster to get it right.",
            "boasted",
            "that, thanks to his \u{201c}new method,\u{201d} he was the only pollster to get it right",
        ),
        // a fronted phrase without commas, its subject a pronoun
        (
            "Simas said that given the polls, he was confident of a win.",
            "said",
            "that given the polls, he was confident of a win",
        ),
        // (a quotation right after "that" is no aside)
        (
            "Lee said that \u{201c}the rules are clear,\u{201d} but he kept calm.",
            "said",
            "that \u{201c}the rules are clear,\u{201d}",
        ),
    ]);
}

#[test]
fn a_dash_before_a_reporting_participle_or_terms_closes_the_content() {
    assert_contents(&[
        (
            "Lee said the donations were legal \u{2014} asserting that they changed nothing.",
            "said",
            "the donations were legal",
        ),
        (
            "The leaders called for the delay - as long as it comes with a pause in another tax.",
            "called for",
            "the delay",
        ),
        // more of what was said after a dash stays in
        (
            "Lee said the plan would help everyone \u{2014} including the poorest families.",
            "said",
            "the plan would help everyone \u{2014} including the poorest families",
        ),
    ]);
}

#[test]
fn one_cited_as_saying_is_the_speaker_and_the_one_citing_the_source() {
    let all = reports("The ministry was cited by Interfax as saying that talks would continue.");
    let r = by_cue(&all, "saying");
    assert_eq!(speaker(r), Some("The ministry"));
    assert_eq!(r.source().map(whosaid::Mention::text), Some("Interfax"));
    assert_eq!(content(r), ["that talks would continue"]);
    // "cited" without "as saying" cites a thing, no speaker
    let all = reports("The ministry cited rising costs as the reason for the delay.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("rising costs")),
        "{all:#?}"
    );
}

#[test]
fn a_participle_naming_the_source_between_the_verb_and_that_is_an_aside() {
    for (text, cue, cited) in [
        (
            "Kyodo reported, citing unnamed sources, that the prime minister would resign.",
            "reported",
            "unnamed sources",
        ),
        (
            "The newspaper said, quoting a senior aide, that the talks had collapsed.",
            "said",
            "a senior aide",
        ),
    ] {
        let all = reports(text);
        let outer = by_cue(&all, cue);
        assert!(content(outer)[0].starts_with("that "), "{text}: {all:#?}");
        let participle = by_cue(&all, if cue == "said" { "quoting" } else { "citing" });
        assert_eq!(content(participle), [cited], "{text}");
    }
    // a list the participle cites keeps its commas
    let all =
        reports("Lee blamed the delay on costs, citing rising prices, weak sales and bad weather.");
    assert_eq!(
        content(by_cue(&all, "citing")),
        ["rising prices, weak sales and bad weather"]
    );
}

#[test]
fn a_participle_after_an_article_or_possessive_describes_a_noun() {
    for (text, who) in [
        ("In a written statement, Lee said the plan was dead.", "Lee"),
        (
            "Reading from his prepared remarks, the mayor said the plan was dead.",
            "the mayor",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(by_cue(&all, "said")), Some(who), "{text}");
    }
    // "her" before a participle in -ing is also an object
    let all = reports("Lee tweeted, linking to a video of her slamming his remarks to the Post.");
    assert_eq!(speaker(by_cue(&all, "slamming")), Some("her"), "{all:#?}");
}

#[test]
fn an_inquiry_or_autopsy_finds_like_a_document() {
    for (text, who, what) in [
        (
            "The inquiry found no evidence of wrongdoing.",
            "The inquiry",
            "no evidence of wrongdoing",
        ),
        (
            "An autopsy found bruises on his neck.",
            "An autopsy",
            "bruises on his neck",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "found");
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert_eq!(r.cue_class(), CueClass::Evidence, "{text}");
    }
    // people who find a thing report nothing
    assert!(reports("Divers found the car in the lake.").is_empty());
}

#[test]
fn a_clause_of_the_writer_after_a_dash_ends_the_content() {
    assert_contents(&[
        (
            "Lee said the plan would fail — and he was right.",
            "said",
            "the plan would fail",
        ),
        (
            "Many voters want Washington to change - only she thinks the mayor should do it.",
            "want",
            "Washington to change",
        ),
        // a clause the verb goes on to report, and an aside the content
        // opens, stay in
        (
            "Lee said the plan would fail — and that the mayor knew it.",
            "said",
            "the plan would fail — and that the mayor knew it",
        ),
        (
            "Kim said that – in his own view – he was the better candidate.",
            "said",
            "that – in his own view – he was the better candidate",
        ),
    ]);
    // the pronoun's clause reports on its own
    let all =
        reports("Many voters want Washington to change - only she thinks the mayor should do it.");
    assert_eq!(speaker(by_cue(&all, "thinks")), Some("she"));
}

#[test]
fn a_label_before_a_colon_is_no_part_of_a_closing_report() {
    assert_contents(&[
        (
            "Ukraine war: West must not blink, Zelensky warns",
            "warns",
            "West must not blink",
        ),
        (
            "The result: students take 112 tests before they graduate, the study found.",
            "found",
            "students take 112 tests before they graduate",
        ),
    ]);
    // a single word before the colon is an interview's speaker or a
    // label of its own kind, read as before
    let all = reports("A: Because they needed help, I think.");
    assert_eq!(
        content(by_cue(&all, "think")),
        ["A: Because they needed help"]
    );
}

#[test]
fn a_court_ruling_that_reports_after_a_comma() {
    let all = reports(
        "A judge blocked the law on Friday, ruling that it placed an undue burden on voters.",
    );
    let r = by_cue(&all, "ruling");
    assert_eq!(speaker(r), Some("A judge"));
    assert_eq!(content(r), ["that it placed an undue burden on voters"]);
    // the noun reports nothing of its own
    let all = reports("The ruling that the law was void surprised no one.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("ruling")),
        "{all:#?}"
    );
}

#[test]
fn an_auxiliary_after_to_is_the_infinitives_own() {
    assert_contents(&[
        (
            "Officials who asked not to be named said the fire started at noon.",
            "asked",
            "not to be named",
        ),
        (
            "A neighbor who declined to be identified told police the fire started at noon.",
            "declined",
            "to be identified",
        ),
    ]);
    // a finite auxiliary still ends a relative clause's content
    let all = reports("Critics who say the plan will fail have been ignored.");
    assert_eq!(content(by_cue(&all, "say")), ["the plan will fail"]);
}

#[test]
fn a_source_may_know_of_a_pronoun() {
    // "familiar with it", "close to him", "briefed on them": the pronoun
    // closes the source, and what follows the comma is the content again
    for (text, source) in [
        (
            "The plan, according to two people familiar with it, would cut taxes for most families.",
            "two people familiar with it",
        ),
        (
            "The deal, according to aides briefed on it, is nearly done.",
            "aides briefed on it",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "according to");
        assert_eq!(speaker(r), Some(source), "{text}");
        assert_eq!(content(r).len(), 2, "{text}: {r:#?}");
    }
    let text = "\"It is done,\" said a source close to him.";
    let q = whosaid::attribute(text).next().unwrap();
    assert_eq!(
        q.speaker().map(whosaid::Mention::text),
        Some("a source close to him")
    );
    // "her" before a noun is its possessive, and the phrase goes on
    let text = "The mayor will run, according to two people familiar with her plans.";
    let all = reports(text);
    assert_eq!(
        speaker(by_cue(&all, "according to")),
        Some("two people familiar with her plans")
    );
    let text = "The mayor will run, according to two people close to her.";
    let all = reports(text);
    assert_eq!(
        speaker(by_cue(&all, "according to")),
        Some("two people close to her")
    );
    // (and "Rather," opening the sentence is an adverb, no name the
    // phrase would be an appositive of)
    let text = "Rather, sources close to her campaign say she backs the plan.";
    let all = reports(text);
    assert_eq!(
        speaker(by_cue(&all, "say")),
        Some("sources close to her campaign")
    );
    // a pronoun after any other preposition stays out of the phrase
    let text = "\"It is done,\" said a source with him.";
    let q = whosaid::attribute(text).next().unwrap();
    assert_eq!(q.speaker().map(whosaid::Mention::text), Some("a source"));
}

#[test]
fn later_after_a_subject_opens_no_phrase_of_time() {
    // "later" after a name is the verb's adverb: the sentence opens with
    // its subject
    for text in [
        "Lee later deleted the tweet, saying she regretted it.",
        "Ann Lee later left, saying the plan would fail.",
        "Lee later deleted the tweet, telling Axios she \"regretted the tone.\"",
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text().ends_with("ing")))
            .unwrap_or_else(|| panic!("a report in {text}"));
        assert!(
            speaker(r).is_some_and(|s| s.ends_with("Lee")),
            "{text}: {r:#?}"
        );
    }
    // a span of time before "later", "after" or "ago" still opens the
    // sentence with a phrase of its own
    for text in [
        "Hours later, the mayor said the plan would fail.",
        "Two days later, the mayor said the plan would fail.",
        "Moments after the vote, the mayor said the plan would fail.",
        "Not long after, the mayor said the plan would fail.",
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "said")), Some("the mayor"), "{text}");
        assert_eq!(
            content(by_cue(&all, "said")),
            ["the plan would fail"],
            "{text}"
        );
    }
}

#[test]
fn a_participle_before_a_plural_noun_of_people_describes_them() {
    assert_say_speakers(&[
        (
            "Informed sources said the decision was final.",
            "Informed sources",
        ),
        (
            "Worried residents said the water was unsafe.",
            "Worried residents",
        ),
    ]);
    let q = whosaid::attribute("\"We are scared,\" worried residents said.")
        .next()
        .unwrap();
    assert_eq!(
        q.speaker().map(whosaid::Mention::text),
        Some("worried residents")
    );
    assert_eq!(q.cue().map(whosaid::Cue::text), Some("said"));
    // a verb before its object is still the cue
    let all = reports("The mayor warned residents to stay indoors.");
    assert_eq!(speaker(by_cue(&all, "warned")), Some("The mayor"));
}

#[test]
fn per_names_a_source_as_according_to_does() {
    for (text, source, what) in [
        (
            "The deal is worth $2 billion, per Axios.",
            "Axios",
            "The deal is worth $2 billion",
        ),
        (
            "Per a statement from the company, the deal is worth $2 billion.",
            "a statement from the company",
            "the deal is worth $2 billion",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "per");
        assert_eq!(speaker(r), Some(source), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert_eq!(r.rule(), Some(Rule::AccordingTo));
    }
    // "as per", and a bare body the grammar does not read alone
    for (text, cue, what) in [
        (
            "As per police, two roads were closed.",
            "As per",
            "two roads were closed",
        ),
        (
            "Two roads were closed, as per police.",
            "as per",
            "Two roads were closed",
        ),
        (
            "Two roads were closed, per police.",
            "per",
            "Two roads were closed",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some("police"), "{text}");
        assert_eq!(content(r), [what], "{text}");
    }
    // a rate or a norm names no one
    for text in [
        "Shares rose $5 per share.",
        "The plan costs $400, per person.",
        "Per the plan, the bridge will open in May.",
        "As per usual, the bridge opened late.",
        "Prices rose, as per expectations.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| !r
                .cue()
                .is_some_and(|c| c.text().to_ascii_lowercase().ends_with("per"))),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_participles_aside_closes_at_the_subjects_next_verb() {
    assert_contents(&[
        (
            "The company, citing weak demand, cut its forecast.",
            "citing",
            "weak demand",
        ),
        (
            "Lee, saying the plan was dead, left the room.",
            "saying",
            "the plan was dead",
        ),
        (
            "Lee took a hard line, suggesting the U.S. leave the talks, was cool toward allies and voted no.",
            "suggesting",
            "the U.S. leave the talks",
        ),
    ]);
    // a participle after the comma describes and goes on with the content
    assert_contents(&[(
        "Lee continued as a board member until resigning in 2014, claiming he was wasting time, distracted from the real work.",
        "claiming",
        "he was wasting time, distracted from the real work",
    )]);
}

#[test]
fn a_verb_and_its_particle_end_the_subject() {
    for text in [
        "The mayor hit out at critics, accusing them of lying.",
        "The mayor shot back at critics on Tuesday, accusing them of lying.",
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "accusing")),
            Some("The mayor"),
            "{text}"
        );
    }
    let text =
        "The prime minister hit out at critics, accusing them of \"talking the country down\".";
    let q = whosaid::attribute(text).next().unwrap();
    assert_eq!(
        q.speaker().map(whosaid::Mention::text),
        Some("The prime minister")
    );
    // a noun before a preposition is still the phrase's
    let all = reports("The mayor of Springfield said the plan was dead.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("The mayor of Springfield")
    );
}

#[test]
fn a_verb_before_that_after_a_name_is_no_part_of_it() {
    // "reports" names documents too; before "that" it is the verb
    for (text, name) in [
        ("CBS News reports that the plan is dead.", "CBS News"),
        (
            "As the plan stalled, the Associated Press reports that aides quit.",
            "Associated Press",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "reports");
        assert_eq!(
            r.speaker().and_then(whosaid::Mention::name),
            Some(name),
            "{text}"
        );
    }
}

#[test]
fn a_passive_told_without_its_agent_reports_a_clause_without_that() {
    for text in [
        "Reporters were told the talks had stalled.",
        "Lee was told the talks had stalled.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "told");
        assert_eq!(speaker(r), None, "{text}");
        assert_eq!(content(r), ["the talks had stalled"], "{text}");
        assert_eq!(r.rule(), Some(Rule::UnnamedSource), "{text}");
    }
    // the active verb keeps its speaker, and a passive before an object
    // reports nothing
    let all = reports("Lee told reporters the talks had stalled.");
    assert_eq!(speaker(by_cue(&all, "told")), Some("Lee"));
    let all = reports("Lee was told to leave the room.");
    assert!(
        all.iter().all(|r| r.rule() != Some(Rule::UnnamedSource)),
        "{all:#?}"
    );
}

#[test]
fn a_poll_after_in_closing_its_clause_is_the_source() {
    for (text, source, what) in [
        (
            "Ann Lee held a 24-point lead among older voters in a CNN national poll.",
            "a CNN national poll",
            "Ann Lee held a 24-point lead among older voters",
        ),
        (
            "The mayor leads by 9 points, 42% to 33%, in the survey, taken May 1-4, \
             but her rival is gaining.",
            "the survey",
            "The mayor leads by 9 points, 42% to 33%",
        ),
        (
            "Lee is running fifth in the RealClearPolitics average of state polls.",
            "the RealClearPolitics average of state polls",
            "Lee is running fifth",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, "in");
        assert_eq!(speaker(r), Some(source), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert_eq!(r.rule(), Some(Rule::InDocument), "{text}");
        assert_eq!(r.cue_class(), CueClass::Evidence, "{text}");
    }
    // the polls at large, those asked, a poll inside another phrase, a
    // place where a vote is cast, a survey of something, and a finding
    // that another cue reports
    for text in [
        "Ann Lee has sagged in the polls since May.",
        "Most of the voters surveyed in a new poll support the plan.",
        "Donors worry about the Senate in light of his standing in the polls.",
        "Lee kept up his attacks in the hours before the Tuesday polls.",
        "She spoke in a survey of the region.",
        "Six in 10 say he is decisive, after half said so in the earlier poll.",
        "The poll showed Lee doing better than in other recent polls.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r.cue().is_none_or(|c| c.text() != "in")),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_poll_after_in_reports_its_clause_whatever_follows_the_poll() {
    for (text, source, what) in [
        // an appositive, a second verb, a clause of contrast, a place
        (
            "Ann Lee was leading by 12 points in the same poll, a sharp swing.",
            "the same poll",
            "Ann Lee was leading by 12 points",
        ),
        (
            "Tom Kim once drew even with Lee in national polls and held that spot for weeks.",
            "national polls",
            "Tom Kim once drew even with Lee",
        ),
        (
            "Lee came in third in March polls, although Kim moved up in a later survey from Emerson College.",
            "March polls",
            "Lee came in third",
        ),
        (
            "Lee came in third in March polls, although Kim moved up in a later survey from Emerson College.",
            "a later survey from Emerson College",
            "Kim moved up",
        ),
        (
            "Kim is ahead in public opinion polls in Ohio and Iowa; the race is closer elsewhere.",
            "public opinion polls in Ohio and Iowa",
            "Kim is ahead",
        ),
        // the main clause after an opening clause of contrast
        (
            "While Kim leads in Iowa, she trails the governor in the average of state polls by 4 points.",
            "the average of state polls",
            "she trails the governor",
        ),
        // a relative "where" opens the finding's clause
        (
            "Kim heads to Iowa, where she has had a big lead in the most recent polls, on Friday.",
            "the most recent polls",
            "she has had a big lead",
        ),
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| speaker(r) == Some(source))
            .unwrap_or_else(|| panic!("{text}: no report from {source}: {all:#?}"));
        assert_eq!(r.cue().map(whosaid::Cue::text), Some("in"), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert_eq!(r.rule(), Some(Rule::InDocument), "{text}");
    }
    // no subject and verb before "in"; a second poll in a clause that
    // names one; a poll that goes on with a verb or a relative clause; a
    // poll as the point a change starts from
    for text in [
        "Falling to 10 percent in the latest poll, a collapse driven by errors.",
        "Lee took 6 percent in a new poll released Sunday, his worst showing in the survey in years.",
        "Her job approval rating in the latest state poll stands at 53 percent.",
        "It was the third week in a row that the poll has shown Lee ahead.",
        "Support has declined from 58 percent in the last poll to 55 percent now.",
    ] {
        let all = reports(text);
        let polls: Vec<_> = all
            .iter()
            .filter(|r| r.cue().is_some_and(|c| c.text() == "in"))
            .map(|r| (speaker(r), content(r)))
            .collect();
        // (the first poll of "Lee took …" may report; "the survey" not)
        assert!(
            polls
                .iter()
                .all(|(source, _)| text.starts_with("Lee took") && *source != Some("the survey")),
            "{text}: {polls:?}"
        );
    }
}

#[test]
fn a_document_published_in_a_journal_is_the_speaker_not_the_journal() {
    for (text, source) in [
        (
            "A study published Wednesday in the journal Nature found that reefs are dying.",
            "A study published Wednesday in the journal Nature",
        ),
        (
            "A report released Monday by the inspector general concluded that the agency erred.",
            "A report released Monday by the inspector general",
        ),
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| {
                r.cue()
                    .is_some_and(|c| matches!(c.text(), "found" | "concluded"))
            })
            .expect("a report");
        assert_eq!(speaker(r), Some(source), "{text}");
        assert_eq!(r.cue_class(), CueClass::Evidence, "{text}");
    }
    // a person who published something in a journal speaks for herself
    let text = "Ann Lee, who published in Nature last year, said that reefs are dying.";
    assert_eq!(speaker(by_cue(&reports(text), "said")), Some("Ann Lee"));
    // a statement issued after a meeting speaks, not the meeting
    let text = "A communique issued here after the meeting said the talks had been frank.";
    assert_eq!(
        speaker(by_cue(&reports(text), "said")),
        Some("A communique issued here after the meeting")
    );
}

#[test]
fn a_noun_that_is_a_verb_too_before_a_verb_of_saying_is_the_noun() {
    for (text, source, cue) in [
        (
            "The police report said the driver had been drinking.",
            "The police report",
            "said",
        ),
        (
            "The police report states that the driver had been drinking.",
            "The police report",
            "states",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(source), "{text}");
    }
    // the plain form stays a verb before its content, and a verb that is
    // no noun stays one before a noun in -s
    let text = "Officials report that cases are rising.";
    assert_eq!(speaker(by_cue(&reports(text), "report")), Some("Officials"));
    let text = "Lee will say remarks were misread.";
    assert!(
        reports(text)
            .iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "remarks"))
    );
}

#[test]
fn an_adverb_alone_is_no_content() {
    for (text, adverb) in [
        ("Lee testified voluntarily.", "voluntarily"),
        ("Often, Lee supports it.", "Often"),
        ("Then, she apologized.", "Then"),
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| content(r) != [adverb]),
            "{text}: {all:#?}"
        );
    }
    // a word that stands for a clause still is one
    for (text, word) in [("Lee said yes.", "yes"), ("Lee said so.", "so")] {
        assert_eq!(content(by_cue(&reports(text), "said")), [word], "{text}");
    }
}

#[test]
fn a_number_closing_a_name_ends_a_subject() {
    for (text, subject) in [
        (
            "Workers at Local 1199 said the strike was over.",
            "Workers at Local 1199",
        ),
        (
            "Officials in No. 10 said the plan was final.",
            "Officials in No. 10",
        ),
        (
            "Reporters at Channel 4 said the tape was real.",
            "Reporters at Channel 4",
        ),
        ("Channel 4 says the tape is real.", "Channel 4"),
    ] {
        let cue = if text.contains("says") {
            "says"
        } else {
            "said"
        };
        assert_eq!(
            speaker(by_cue(&reports(text), cue)),
            Some(subject),
            "{text}"
        );
    }
    // a count before a participle still modifies its noun
    let text = "Lee won 20 pledged delegates.";
    assert!(reports(text).is_empty(), "{:#?}", reports(text));
}

#[test]
fn an_inverted_clause_after_a_quoted_sentence_reports_the_quotation() {
    for text in [
        "The mayor spoke. \"We will rebuild.\" So said Ann Lee, the mayor.",
        "The mayor spoke. \"We will rebuild.\" Said Ann Lee.",
    ] {
        let all = reports(text);
        // one report, the quotation's: the speaker is no content
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(&all[0]), Some("Ann Lee"), "{text}");
        assert_eq!(content(&all[0]), ["\"We will rebuild.\""], "{text}");
    }
}

#[test]
fn a_dateline_closed_by_an_underscore_is_no_speaker() {
    let text = "WASHINGTON (AP) _ The administration rejected the plan, saying it would fail.";
    assert_eq!(
        speaker(by_cue(&reports(text), "saying")),
        Some("The administration")
    );
}

#[test]
fn a_relative_clause_without_its_pronoun_reports_the_noun_before_it() {
    for (text, cue, who, what) in [
        (
            "Twitter will charge $8, a move critics warned could fuel fraud.",
            "warned",
            "critics",
            ["a move", "could fuel fraud"],
        ),
        (
            "It was a decision the mayor said was overdue.",
            "said",
            "the mayor",
            ["a decision", "was overdue"],
        ),
        (
            "She endorsed her, a step they believe could help unify the party.",
            "believe",
            "they",
            ["a step", "could help unify the party"],
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(
            (speaker(r), content(r)),
            (Some(who), what.map(str::to_owned).to_vec()),
            "{text}"
        );
    }
    // a verb of saying with a clause of its own after it is no such gap
    let text = "The campaign officials said they had been told.";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("The campaign officials"));
    assert_eq!(content(r), ["they had been told"]);
    // nor is a hyphenated word that opens the clause
    let text = "The officials said would-be buyers were waiting.";
    assert_eq!(
        content(by_cue(&reports(text), "said")),
        ["would-be buyers were waiting"]
    );
}

#[test]
fn a_source_goes_on_with_a_participle_of_its_making() {
    for (text, source) in [
        (
            "The decision was unanimous, according to a statement released by the central bank.",
            "a statement released by the central bank",
        ),
        (
            "The bank agreed, according to documents obtained by The Post.",
            "documents obtained by The Post",
        ),
        (
            "Lee leads by four points, according to a poll conducted in February.",
            "a poll conducted in February",
        ),
    ] {
        assert_eq!(
            speaker(by_cue(&reports(text), "according to")),
            Some(source),
            "{text}"
        );
    }
    // not over a clause, nor past its reach
    let text = "Lee led, according to the polls conducted before Kim won the caucuses.";
    assert_eq!(
        speaker(by_cue(&reports(text), "according to")),
        Some("the polls")
    );
    // and a poll after "in" still ends its phrase at its head
    let text = "Lee held a 24-point lead in a new Fox News poll released Thursday.";
    assert_eq!(
        speaker(by_cue(&reports(text), "in")),
        Some("a new Fox News poll released Thursday")
    );
}

#[test]
fn an_agency_or_a_state_closes_a_dateline() {
    for opening in [
        "(CNN)",
        "(CNN) -- ",
        "NEW YORK (CNNMoney) ",
        "Washington, DC \u{2014} ",
        "Portland, Ore. \u{2014} ",
    ] {
        let text = format!("{opening}The administration rejected the plan, saying it would fail.");
        let all = reports(&text);
        assert_eq!(
            speaker(by_cue(&all, "saying")),
            Some("The administration"),
            "{text}"
        );
    }
    // a name and its suffix before a dash are no dateline
    let text = "Martin Luther King, Jr. \u{2014} The dreamer \u{2014} said the plan would fail.";
    assert_eq!(
        speaker(by_cue(&reports(text), "said")),
        Some("Martin Luther King")
    );
}

#[test]
fn a_function_word_in_s_after_a_relative_clause_is_no_gap() {
    // "his" is no verb of the relative pronoun: the report is the
    // verb's own object, not "that" and what follows
    let text = "In the week that the singer Ann Lee announced his return, the city felt it had its mojo back.";
    let all = reports(text);
    let r = by_cue(&all, "announced");
    assert_eq!(speaker(r), Some("the singer Ann Lee"));
    assert!(content(r)[0].starts_with("his return"), "{:?}", content(r));
    // a verb after the relative pronoun's clause is one
    let text = "It was a plan which the mayor says is unworkable.";
    assert_eq!(
        content(by_cue(&reports(text), "says")),
        ["which", "is unworkable"]
    );
}

#[test]
fn a_relative_clause_on_the_one_told_is_no_content_of_the_quotation() {
    let text = "He told a student who asked about his work: \"Read more poetry.\"";
    let all = reports(text);
    let told = by_cue(&all, "told");
    assert_eq!(speaker(told), Some("He"));
    assert_eq!(content(told), ["\"Read more poetry.\""]);
    // the relative clause's own verb reports only its own words
    assert_eq!(content(by_cue(&all, "asked")), ["his work"]);
}

#[test]
fn words_the_lexicon_lacks_before_a_name_opening_a_sentence_describe_it() {
    let text = "Pop star Kylie Dawson hit back at trolls, blasting them as \"sad little people\".";
    assert_eq!(
        speaker(by_cue(&reports(text), "blasting")),
        Some("Pop star Kylie Dawson")
    );
    // not a verb before the name, nor a plural's verb
    for (text, who) in [
        (
            "Ryan endorsed Trump in June, telling reporters he was ready.",
            "Ryan",
        ),
        (
            "Polls show Clinton ahead, suggesting she will win.",
            "Polls",
        ),
    ] {
        let all = reports(text);
        let cue = if text.contains("telling") {
            "telling"
        } else {
            "suggesting"
        };
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn a_year_closing_a_phrase_of_time_is_no_part_of_the_subject() {
    for (text, expected) in [
        ("In 2012 Lee said that taxes would rise.", "Lee"),
        (
            "By 2015 three senators had said that taxes would rise.",
            "three senators",
        ),
        ("In May 2012 Lee concluded that taxes would rise.", "Lee"),
        (
            "Since 2015 the mayor has said that taxes would rise.",
            "the mayor",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}");
        assert_eq!(speaker(&all[0]), Some(expected), "{text}");
    }
    // a year that modifies the noun stays in the phrase
    let all = reports("The 2012 Lee campaign said taxes would rise.");
    assert_eq!(speaker(&all[0]), Some("The 2012 Lee campaign"));
}

#[test]
fn a_date_between_subject_and_verb_is_a_time_not_a_count() {
    for (text, expected) in [
        (
            "The agency on March 3 said that the plan was dead.",
            "The agency",
        ),
        ("Lee in June 2012 said that the plan was dead.", "Lee"),
        // (an abbreviated month, its period a token of its own)
        ("Lee on Jan. 5 said that the plan was dead.", "Lee"),
        (
            "A memo drafted in June 2012 concluded that the plan was dead.",
            "A memo drafted in June 2012",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}");
        assert_eq!(speaker(&all[0]), Some(expected), "{text}");
        assert_eq!(content(&all[0]), ["that the plan was dead"], "{text}");
    }
    // a count after a determiner is no name like "Channel 4": its
    // participle modifies the noun after it and reports nothing
    for text in [
        "The 20 pledged delegates backed Lee.",
        "Its 20 pledged delegates backed Lee.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some("pledged")),
            "{text}: {all:?}"
        );
    }
    // and a participle after a count is an adjective of the subject's
    // noun: the phrase reads across it
    let all = reports("Some 20 pledged delegates said the plan was dead.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("Some 20 pledged delegates")
    );
    // (any form in -ed there, listed as a verb or not)
    for (text, who) in [
        (
            "\"We object,\" the 20 elected officials said in a letter.",
            "the 20 elected officials",
        ),
        (
            "The 12 appointed members said the plan was dead.",
            "The 12 appointed members",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "said")), Some(who), "{text}");
    }
    // a count's participle before no noun is its verb
    let all = reports("Some 20 pledged to fight the plan.");
    assert_eq!(speaker(by_cue(&all, "pledged")), Some("Some 20"));
    // a number closing a name still does
    let all = reports("Workers at Local 1199 said the plan was dead.");
    assert_eq!(speaker(&all[0]), Some("Workers at Local 1199"));
}

#[test]
fn a_verb_closing_a_quotation_past_its_speaker_s_appositive_reports_only_the_quotation() {
    // what follows the verb is how or when it was said, as after a bare
    // speaker
    for text in [
        "\"How are you today?\" Eva Lee, a retired nurse, said pleasantly into the phone.",
        "\"We will win,\" Bo Park, the chairman, said of the encounter last week.",
        "\"We will win,\" Ann Lee, 45, said about all the activity.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(all[0].kind(), ReportKind::Direct, "{text}");
    }
    // a clause of its own after the verb is still reported
    let all =
        reports("\"We will win,\" Ann Lee, the chairman, said, adding that the plan would pass.");
    assert!(
        all.iter()
            .any(|r| content(r) == ["that the plan would pass"]),
        "{all:?}"
    );
}

#[test]
fn an_aside_between_an_auxiliary_and_its_verb_keeps_the_subject() {
    for (text, cue, who) in [
        (
            "Voters want him to quit, a step which he has, so far, refused to consider.",
            "refused",
            "he",
        ),
        (
            "Ann Lee had, in the end, agreed to testify.",
            "agreed",
            "Ann Lee",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
    // a verb after a comma with no auxiliary before the aside is the next
    // of the subject's acts
    let text = "Ann Lee condemned the vote, accused the party of lying.";
    let all = reports(text);
    assert_eq!(
        speaker(by_cue(&all, "accused")),
        Some("Ann Lee"),
        "{all:#?}"
    );
}

#[test]
fn a_plural_word_of_bodies_keeps_the_name_whole() {
    let text = "The National Institutes of Health said it would fund the study.";
    let all = reports(text);
    let name = by_cue(&all, "said")
        .speaker()
        .and_then(whosaid::Mention::name);
    assert_eq!(name, Some("The National Institutes of Health"), "{all:#?}");
}

#[test]
fn an_appositive_after_a_name_in_the_content_stays_in_it() {
    assert_contents(&[
        (
            "The survey showed that 54 percent would vote for Lee, the Republican \
             nominee, while 25 percent would vote for Kim.",
            "showed",
            "that 54 percent would vote for Lee, the Republican nominee, while 25 percent \
             would vote for Kim",
        ),
        (
            "The panel voted to hold Ann Lee, a former aide, in contempt of Congress.",
            "voted",
            "to hold Ann Lee, a former aide, in contempt of Congress",
        ),
        // not the next item of a list, nor an appositive with a relative
        // clause after it
        (
            "Ann Park said she had invited Tim Cook, the chief of Apple, one of her \
             biggest holdings, and Tom Kim.",
            "said",
            "she had invited Tim Cook",
        ),
        (
            "Ann Park said the deal helped Tom Kim, a builder, who won the bid.",
            "said",
            "the deal helped Tom Kim",
        ),
    ]);
}

#[test]
fn a_list_of_nouns_is_the_whole_object_of_a_verb_of_stance() {
    assert_contents(&[
        (
            "She supports nurses, teachers and farmers.",
            "supports",
            "nurses, teachers and farmers",
        ),
        (
            "She backed workers in Ohio, Texas and Utah who went on strike.",
            "backed",
            "workers in Ohio, Texas and Utah who went on strike",
        ),
        // not a second clause, nor a closing reporting clause
        (
            "She endorsed Cruz, and Rubio backed Kasich.",
            "endorsed",
            "Cruz",
        ),
        (
            "They support the nominee, no matter whom voters back in the primaries.",
            "support",
            "the nominee",
        ),
    ]);
}

#[test]
fn early_or_late_before_a_time_belongs_to_the_time() {
    assert_contents(&[
        (
            "The company said late on Wednesday it now expects revenue to fall.",
            "said",
            "it now expects revenue to fall",
        ),
        (
            "The mayor said early on Monday that the roads would reopen.",
            "said",
            "that the roads would reopen",
        ),
        // "late" before anything but a time is the content's own word
        (
            "The owner said late payments hurt the firm.",
            "said",
            "late payments hurt the firm",
        ),
    ]);
}

#[test]
fn a_name_after_a_role_and_its_place_is_the_speaker() {
    assert_say_speakers(&[
        (
            "Labour MP for Stroud, Simon Opher, said he had received letters.",
            "Labour MP for Stroud, Simon Opher",
        ),
        (
            "The congressman from Ohio, Jim Jordan, said he had received letters.",
            "The congressman from Ohio, Jim Jordan",
        ),
        // a list of names before the verb: the first is the subject
        ("Lee, Ann Park, said the plan had failed.", "Lee"),
    ]);
}

#[test]
fn a_share_in_n_takes_the_people_it_counts() {
    assert_say_speakers(&[
        (
            "About 6 in 10 white men said the economy was weak.",
            "About 6 in 10 white men",
        ),
        (
            "One in four voters said taxes were too high.",
            "One in four voters",
        ),
        // alone, the share is the whole phrase
        ("Four in 10 said they would vote.", "Four in 10"),
    ]);
    // and opens a clause of its own after "while"
    assert_contents(&[(
        "Most women preferred Clinton while about 6 in 10 men supported Sanders.",
        "preferred",
        "Clinton",
    )]);
}

#[test]
fn as_after_a_time_opens_a_clause() {
    assert_contents(&[
        // (a span of time up to now closes an object, and opens no content)
        (
            "Lee said in recent weeks that the plan failed.",
            "said",
            "that the plan failed",
        ),
        (
            "Lee has criticized the plan over the past year.",
            "criticized",
            "the plan",
        ),
        (
            "Lee has played down the idea in recent weeks as he tries to win over voters.",
            "played down",
            "the idea",
        ),
        // a time it measures opens none: "a day after"
        (
            "Lee denied the report a day after the vote was held.",
            "denied",
            "the report a day after the vote was held",
        ),
    ]);
}

#[test]
fn a_clause_after_an_object_and_an_opening_phrase_is_the_writers() {
    assert_contents(&[
        (
            "Lee mentioned the former governor, and at one point the crowd chanted.",
            "mentioned",
            "the former governor",
        ),
        // a phrase with no clause after it stays in the object
        (
            "Lee praised the governor, and at one point the mayor of the city.",
            "praised",
            "the governor, and at one point the mayor of the city",
        ),
        // after a verb of saying the clause may still be what was said
        (
            "Lee said the plan would fail, and in the end the vote was close.",
            "said",
            "the plan would fail, and in the end the vote was close",
        ),
    ]);
}

#[test]
fn that_after_a_preposition_is_a_determiner() {
    assert_contents(&[
        (
            "Sanders pledged to stay in the race through that contest.",
            "pledged",
            "to stay in the race through that contest",
        ),
        (
            "The agency declined to concur with that assessment.",
            "declined",
            "to concur with that assessment",
        ),
        // after a place or a medium it opens the content
        (
            "Lee told reporters in Iowa that the plan failed.",
            "told",
            "that the plan failed",
        ),
    ]);
}

#[test]
fn gerunds_in_a_series_are_one_object() {
    assert_contents(&[
        (
            "The resolution supported eliminating caucuses, limiting superdelegates and \
             binding delegates to the vote.",
            "supported",
            "eliminating caucuses, limiting superdelegates and binding delegates to the vote",
        ),
        // a participle after the comma with no series is the writer's
        (
            "The resolution supported eliminating caucuses, angering party leaders.",
            "supported",
            "eliminating caucuses",
        ),
        // a series brought in by a colon, of three items or more
        (
            "Lee repeated the pledges he had made: cutting taxes, hiring teachers and \
             fixing roads.",
            "repeated",
            "the pledges he had made: cutting taxes, hiring teachers and fixing roads",
        ),
        (
            "Lee repeated the pledges he had made: cutting taxes, hiring teachers, \
             fixing roads and building parks.",
            "repeated",
            "the pledges he had made: cutting taxes, hiring teachers, fixing roads and \
             building parks",
        ),
        // after a colon with no series, the participle is the writer's
        (
            "Lee repeated one pledge: cutting taxes, angering party leaders.",
            "repeated",
            "one pledge: cutting taxes",
        ),
    ]);
}

#[test]
fn an_aside_after_that_inside_a_content_stays_in_it() {
    assert_contents(&[
        (
            "Lee said it was fitting that, having lost twice before, she now faces an \
             easy race.",
            "said",
            "it was fitting that, having lost twice before, she now faces an easy race",
        ),
        (
            "Lee said the bill was so broad that, in her view, the courts would strike \
             it down.",
            "said",
            "the bill was so broad that, in her view, the courts would strike it down",
        ),
        // "that" as a pronoun closing its phrase opens no aside
        (
            "Lee said he wanted that, saying it was fair.",
            "said",
            "he wanted that",
        ),
    ]);
    // a content that opens with "that" and a quotation closed by a comma
    // ends there: the closing reporting clause and the participle after
    // it are reports of their own
    let text = "Kim cannot say that \"from his view,\" Lee added, saying it should be \
                up to the court.";
    let all = reports(text);
    assert_eq!(
        content(by_cue(&all, "saying")),
        ["it should be up to the court"]
    );
}

#[test]
fn an_event_s_plural_after_a_conjunction_of_time_opens_no_clause() {
    assert_contents(&[
        // "the terrorist attacks and …": an event named, not a subject
        // and its verb, so the object goes on
        (
            "The union endorsed Lee, citing her work after the terrorist attacks and \
             her stand on leave.",
            "citing",
            "her work after the terrorist attacks and her stand on leave",
        ),
        // a verb with its object after the subject is a clause's, which
        // closes the object
        (
            "Lee praised the deal after the Treasury issued those rules.",
            "praised",
            "the deal",
        ),
        (
            "Lee praised the mayor after the council votes on it.",
            "praised",
            "the mayor",
        ),
    ]);
}

#[test]
fn an_example_after_for_instance_stays_in_the_content() {
    assert_contents(&[
        (
            "Lee said the firm had successes — for instance, cutting costs by half.",
            "said",
            "the firm had successes — for instance, cutting costs by half",
        ),
        (
            "Lee said the plan has flaws, for example, a lack of money.",
            "said",
            "the plan has flaws, for example, a lack of money",
        ),
        // without such a phrase the participle after the comma is the
        // writer's
        (
            "Lee said the firm had successes, cutting costs by half.",
            "said",
            "the firm had successes",
        ),
    ]);
}

#[test]
fn a_relative_clause_without_a_comma_belongs_to_a_stance_object() {
    assert_contents(&[
        (
            "Most voters support a ban on workers who are not citizens.",
            "support",
            "a ban on workers who are not citizens",
        ),
        // set off by a comma it is the writer's
        (
            "Most voters support the ban, which passed in May.",
            "support",
            "the ban",
        ),
        // after a name it restricts nothing
        ("Most voters support Lee who won.", "support", "Lee"),
    ]);
}

#[test]
fn an_adverb_or_a_short_phrase_may_part_a_verb_from_its_about() {
    assert_contents(&[
        (
            "She talked openly about her views.",
            "talked openly about",
            "her views",
        ),
        (
            "He spoke at length about the economy.",
            "spoke at length about",
            "the economy",
        ),
        // (the adverbs a verb of speaking passes over anywhere)
        (
            "He spoke instead about trade.",
            "spoke instead about",
            "trade",
        ),
        (
            "She wrote on Facebook about her views.",
            "wrote on Facebook about",
            "her views",
        ),
    ]);
    // "about" before a number is no topic, and a verb without "about"
    // keeps no phrase of its own
    assert!(reports("He spoke in a speech about 40 minutes long.").is_empty());
}

#[test]
fn media_are_a_source_that_reports() {
    for text in [
        "Talks would be useless, state media reported.",
        "Talks would be useless, Iranian media reported.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "reported");
        assert!(
            speaker(r).is_some_and(|s| s.ends_with("media")),
            "{text}: {all:#?}"
        );
        assert_eq!(content(r), ["Talks would be useless"], "{text}");
    }
    // a medium one speaks in is no speaker
    let all = reports("He said in the media that talks had failed.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("He"));
}

#[test]
fn a_text_of_law_states_what_it_lays_down() {
    assert_contents(&[
        (
            "The law states that any breach must be reported.",
            "states",
            "that any breach must be reported",
        ),
        (
            "The policy states that every breach must be reported.",
            "states",
            "that every breach must be reported",
        ),
        // an adverb before the quantifier opens the clause with it
        (
            "Lee said nearly every voter he met was angry.",
            "said",
            "nearly every voter he met was angry",
        ),
    ]);
    // kinds of states are no texts
    for text in [
        "The swing states that Obama won will decide.",
        "The member states that signed the treaty met.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().map(whosaid::Cue::text) != Some("states")),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_name_spelled_with_an_exclamation_mark_is_one_addressee() {
    let all = reports("A source told E! News that the singer is happy.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("E! News"));
    assert_eq!(content(r), ["that the singer is happy"]);
}

#[test]
fn a_statement_carried_by_an_agency_is_the_occasion() {
    assert_contents(&[
        (
            "Kim said the drills were a rehearsal in a statement carried by KCNA.",
            "said",
            "the drills were a rehearsal",
        ),
        // a participle of release without a time or an agent stays
        (
            "Kim said the drills were a rehearsal in a statement carried widely.",
            "said",
            "the drills were a rehearsal in a statement carried widely",
        ),
    ]);
}

#[test]
fn a_relative_on_a_thing_at_the_end_of_a_reported_clause_is_the_writers() {
    assert_contents(&[
        (
            "Fowler said he expects Clinton to recover from pneumonia, which forced her \
             to leave early.",
            "said",
            "he expects Clinton to recover from pneumonia",
        ),
        // one closed before the clause's own verb is part of its subject
        (
            "Lee said the bill, which passed in May, would fail.",
            "said",
            "the bill, which passed in May, would fail",
        ),
        // a person's relative stays: it may be what was said of them
        (
            "Lee said she met the mayor, who promised to help.",
            "said",
            "she met the mayor, who promised to help",
        ),
    ]);
}

#[test]
fn a_verb_of_saying_after_a_relative_clause_has_its_own_that_clause() {
    // "declined to comment" between commas has its infinitive; the "that"
    // after the next verb of saying is that verb's, with the subject
    // before the relative clause
    for (text, verb, who) in [
        (
            "The officials, who declined to comment, said that a pause had been discussed.",
            "declined",
            "The officials",
        ),
        (
            "Two aides, who refused to be identified, told reporters that the talks had stalled.",
            "refused",
            "Two aides",
        ),
    ] {
        let all = reports(text);
        let said = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text() != verb))
            .unwrap_or_else(|| panic!("a report of the main verb in {text}: {all:#?}"));
        assert_eq!(speaker(said), Some(who), "{text}");
        assert!(
            content(said)[0].starts_with("that "),
            "{text}: {:?}",
            content(said)
        );
        let relative = by_cue(&all, verb);
        assert!(
            content(relative)[0].starts_with("to "),
            "{text}: {:?}",
            content(relative)
        );
    }
    // a comma before "that" with no verb of saying still lets the
    // circumstance through: "said on Monday, in a statement, that"
    let all = reports("The mayor said on Monday, in a statement, that the plan was dead.");
    assert_eq!(content(by_cue(&all, "said")), ["that the plan was dead"]);
}

#[test]
fn a_participle_after_or_shares_the_speaker_of_the_report_before_it() {
    let all = reports("Many protesters carried placards supporting Sanders or slamming the party.");
    let first = by_cue(&all, "supporting");
    let second = by_cue(&all, "slamming");
    assert!(speaker(first).is_some(), "{all:#?}");
    assert_eq!(speaker(second), speaker(first));
    assert_eq!(content(second), ["the party"]);
    // with no report before it, "or" lends the participle no subject
    let all = reports(
        "A long campaign gives a candidate time to fail by listening to bad advice or saying something stupid.",
    );
    assert!(
        all.iter()
            .filter(|r| r.cue().is_some_and(|c| c.text() == "saying"))
            .all(|r| r.speaker().is_none()),
        "{all:#?}"
    );
}

#[test]
fn a_title_case_and_in_a_headline_joins_a_second_verb() {
    // the second verb's speaker never ends in the conjunction
    let all = reports(
        "Ann Lee Backs Rivals And Denounces Critics Over Tax Plan\n\nThe mayor spoke on Monday.",
    );
    let r = by_cue(&all, "Denounces");
    let who = speaker(r).unwrap_or_default();
    assert!(!who.ends_with("And"), "{all:#?}");
}

#[test]
fn a_document_after_a_preposition_in_an_opening_phrase_is_no_source() {
    // "In addition to …", "In the wake of …": the document is inside a
    // phrase of circumstance, not the phrase's head
    for text in [
        "In addition to the FBI's investigation, the inspector general found that the rules were broken.",
        "In the wake of the report, the mayor resigned from the board.",
        "In response to the survey, the council changed its rules.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r.rule() != Some(Rule::InDocument)),
            "{text}: {all:#?}"
        );
    }
    let all = reports(
        "In addition to the FBI's investigation, the inspector general found that the rules were broken.",
    );
    assert_eq!(
        speaker(by_cue(&all, "found")),
        Some("the inspector general")
    );
    // the document heading the phrase still is
    let all = reports("In a report released Monday, the agency found widespread fraud.");
    assert!(all.iter().any(|r| r.rule() == Some(Rule::InDocument)));
}

#[test]
fn a_participle_right_after_said_is_the_speakers() {
    // "said" takes no object, so the participle after it is the
    // speaker's own, not a phrase ending in "said"
    let all =
        reports("\u{201c}We will win,\u{201d} Ann Lee said answering a question at a town hall.");
    assert_eq!(speaker(by_cue(&all, "answering")), Some("Ann Lee"));
    // after a verb with an object, the participle modifies the object,
    // which is the addressee
    let all = reports("He told cheering supporters in Nashua that the race was close.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("cheering")),
        "{all:#?}"
    );
    let told = by_cue(&all, "told");
    assert_eq!(addressee(told), Some("cheering supporters in Nashua"));
    assert_eq!(content(told), ["that the race was close"]);
}

#[test]
fn a_quoted_title_inside_a_source_phrase_is_part_of_it() {
    let all = reports(
        "The plan would cost $1.38 trillion a year, according to the \"Medicare for all\" document he released.",
    );
    assert_eq!(
        speaker(by_cue(&all, "according to")),
        Some("the \"Medicare for all\" document")
    );
    let all = reports("The \"Medicare for all\" document says the plan would cost $1 trillion.");
    assert_eq!(
        speaker(by_cue(&all, "says")),
        Some("The \"Medicare for all\" document")
    );
}

#[test]
fn the_other_of_two_speakers_reports() {
    // "the other" names one of two; the verb after it is no participle
    // modifying a noun
    let all = reports(
        "One of the people said the deal was off. The other said investigators were focused on revenue.",
    );
    let r = all
        .iter()
        .find(|r| speaker(r) == Some("The other"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(content(r), ["investigators were focused on revenue"]);
    // a participle after another determiner still modifies its noun
    let all = reports("The expected results were worse.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn each_all_and_none_open_a_speaker_phrase() {
    assert_say_speakers(&[
        (
            "Each of the candidates said the economy was the top issue.",
            "Each of the candidates",
        ),
        ("All three said they would vote.", "All three"),
        (
            "None of the senators said the bill would pass.",
            "None of the senators",
        ),
        ("Each said the plan was flawed.", "Each"),
    ]);
    // floating after the subject, the quantifier leaves it the speaker
    assert_say_speakers(&[("They each said the plan was flawed.", "They")]);
    let all = reports("Lee, Park and Kim all suggested that the plan was flawed.");
    assert_ne!(speaker(by_cue(&all, "suggested")), Some("all"));
    // after a comma, before a participle, it is the participle's subject
    let all = reports("Lee and Kim met on Monday, each saying the plan was flawed.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("each"));
    // and as an object it keeps what it picks from
    let all = reports("The campaign endorsed none of this, but it did not object.");
    assert_eq!(content(by_cue(&all, "endorsed")), ["none of this"]);
}

#[test]
fn a_platform_or_a_medium_after_the_verb_is_no_content() {
    // "said on Twitter she …", "said Tuesday in an interview she …": the
    // clause with its own subject is the content, without "that"
    assert_contents(&[
        (
            "Lee said on Twitter she would not run.",
            "said",
            "she would not run",
        ),
        (
            "Lee said on CNN Sunday he would not run.",
            "said",
            "he would not run",
        ),
        (
            "Lee said Tuesday in an interview she would not run.",
            "said",
            "she would not run",
        ),
    ]);
    // a reporting clause after the medium is no content of its own, nor
    // is a clause past a participle the sentence goes on with
    let all = reports(
        "Lee wrote in an email to the paper, noting the first time she named him, that it was over.",
    );
    assert!(
        all.iter()
            .filter(|r| r.cue().is_some_and(|c| c.text() == "wrote"))
            .all(|r| !content(r)[0].starts_with("she named")),
        "{all:#?}"
    );
    // "on" before a name that is no medium leaves the content alone
    let all = reports("Lee insisted on Obama being present.");
    assert!(
        all.iter()
            .all(|r| content(r).iter().all(|c| !c.starts_with("being"))),
        "{all:#?}"
    );
}

#[test]
fn a_content_never_ends_with_a_bare_conjunction() {
    // cut before a second predicate, the content leaves its "and" behind
    let all = reports("Lee was asked whether he would run and said no.");
    let asked = by_cue(&all, "asked");
    assert_eq!(content(asked), ["whether he would run"]);
    let all = reports(
        "She said parents who adopt would not be eligible for the leave, and she said the plan was fair.",
    );
    for r in &all {
        for c in content(r) {
            assert!(
                !c.ends_with(" and") && !c.ends_with(" or") && !c.ends_with(" but"),
                "{c:?}"
            );
        }
    }
}

#[test]
fn names_with_party_labels_joined_by_and_are_one_subject() {
    let all =
        reports("Sens. Ann Lee (D-Ore.) and Tom Kim (D-Ohio) suggested that the plan was flawed.");
    let r = by_cue(&all, "suggested");
    let who = r.speaker().unwrap_or_else(|| panic!("{all:#?}"));
    assert!(who.text().starts_with("Sens. Ann Lee"), "{all:#?}");
    assert!(who.text().ends_with("Tom Kim"), "{all:#?}");
    // two people: no one name for both
    assert_eq!(who.name(), None);
    // and after the verb of a quotation
    let q =
        whosaid::attribute("\"We need a vote,\" said Sens. Ann Lee (D-Ore.) and Tom Kim (D-Ohio).")
            .next()
            .unwrap();
    let who = q.speaker().unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(who.text(), "Sens. Ann Lee (D-Ore.) and Tom Kim");
    assert_eq!(who.name(), None);
    // a label before no second name stays out
    let q = whosaid::attribute("\"We need a vote,\" said Sen. Ann Lee (D-Ore.) and her aide.")
        .next()
        .unwrap();
    assert_eq!(
        q.speaker().map(whosaid::Mention::text),
        Some("Sen. Ann Lee")
    );
    // not across a verb: "Voters backed Sen. Ann Lee (D-Ore.) and …"
    let all = reports("Voters backed Sen. Ann Lee (D-Ore.) and Tom Kim said the plan was flawed.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Tom Kim"));
}

#[test]
fn a_participle_of_stance_on_the_subject_ends_before_the_sentences_verb() {
    for (text, object, cue, subject, what) in [
        (
            "Democrats backing Ann Lee said the race was over.",
            "Ann Lee",
            "said",
            "Democrats backing Ann Lee",
            "the race was over",
        ),
        (
            "Lawmakers opposing the levy argued that it was too costly.",
            "the levy",
            "argued",
            "Lawmakers opposing the levy",
            "that it was too costly",
        ),
        (
            "Voters supporting Mr. Kim have pointed to the budget as proof.",
            "Mr. Kim",
            "pointed to",
            "Voters supporting Mr. Kim",
            "the budget as proof",
        ),
    ] {
        let all = reports(text);
        let stance = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text().ends_with("ing")))
            .unwrap_or_else(|| panic!("{text}: {all:#?}"));
        assert_eq!(content(stance), [object], "{text}");
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(subject), "{text}");
        assert_eq!(content(r), [what], "{text}");
    }
    // after a comma the participle shares the subject, and a name with a
    // verb of its own after it is a clause's subject
    let all = reports("The senator is backing Ann Lee, who said the race was over.");
    assert_ne!(
        speaker(by_cue(&all, "said")),
        Some("The senator backing Ann Lee")
    );
    let all = reports("Lee said he favors Kim winning the seat.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
}

#[test]
fn an_infinitive_of_saying_gives_a_verb_of_writing_or_calling_its_purpose() {
    for (text, cue, what) in [
        (
            "Lee wrote to say the plan had failed.",
            "wrote",
            "the plan had failed",
        ),
        (
            "A spokeswoman emailed after the meeting to say the board backs the plan.",
            "emailed",
            "the board backs the plan",
        ),
        (
            "Lee emailed reporters to say that the plan had failed.",
            "emailed",
            "that the plan had failed",
        ),
        (
            "Lee called Tuesday to say she would resign.",
            "called",
            "she would resign",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [what], "{text}: {all:#?}");
    }
    // an appeal, and an order to a listener, report the infinitive
    assert_contents(&[
        (
            "The mayor called on residents to say no to the levy.",
            "called on",
            "residents to say no to the levy",
        ),
        (
            "Lee told aides to say nothing.",
            "told",
            "aides to say nothing",
        ),
    ]);
}

#[test]
fn phrases_of_raising_and_voicing_report_what_follows_them() {
    assert_contents(&[
        (
            "Ann Lee raised concerns that the levy would fail.",
            "raised concerns",
            "that the levy would fail",
        ),
        (
            "Critics have voiced support for the new levy.",
            "voiced support for",
            "the new levy",
        ),
        (
            "The mayor floated the idea that the levy could wait.",
            "floated the idea",
            "that the levy could wait",
        ),
    ]);
    // with nothing after them they report nothing, and they close no
    // report of the words before them
    let all = reports(
        "Lee fired the clerk, a nurse who said the ward was unsafe when she raised concerns.",
    );
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "raised concerns")),
        "{all:#?}"
    );
    // the words alone are no cue
    let all = reports("The city raised taxes and voiced nothing.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_form_in_s_after_a_verb_in_s_after_a_name_is_its_object() {
    // "estimates" is what Apple beat, no verb whose subject is "Apple
    // beats"
    for text in [
        "Apple beats estimates as iPhone sales surge",
        "Acme tops forecasts as orders rise.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| !r
                .cue()
                .is_some_and(|c| matches!(c.text(), "estimates" | "forecasts"))),
            "{text}: {all:#?}"
        );
    }
    // a plural subject before a plain verb, and a name before a verb in -s
    let all = reports("Police reports say the man fled.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("Police reports"));
    let all = reports("Fox News reports that the plan failed.");
    assert_eq!(speaker(by_cue(&all, "reports")), Some("Fox News"));
}

#[test]
fn a_plural_document_handled_by_a_body_takes_a_plain_verb() {
    // "show" agrees with "Emails", not with the body after "by"
    for text in [
        "Emails released by the State Department show that Lee knew.",
        "Emails released Friday by the State Department show Lee knew.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "show");
        assert!(
            speaker(r).is_some_and(|s| s.starts_with("Emails")),
            "{text}: {all:#?}"
        );
    }
    // a singular thing before the participle leaves the plain form no verb
    let all = reports("The plan backed by the State Department show.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "show")),
        "{all:#?}"
    );
}

#[test]
fn a_plural_document_before_a_plain_verb_is_its_subject() {
    for (text, subject, cue, what) in [
        (
            "Media reports say the deal is off.",
            "Media reports",
            "say",
            "the deal is off",
        ),
        (
            "Police reports show a rise in thefts.",
            "Police reports",
            "show",
            "a rise in thefts",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(subject), "{text}");
        assert_eq!(content(r), [what], "{text}");
        assert!(
            all.iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "reports")),
            "{text}: {all:#?}"
        );
    }
    // after "other" or "some" the plural is a noun, and a quantifier
    // opens its phrase
    let all = reports("Other estimates put the number higher.");
    assert!(all.is_empty(), "{all:#?}");
    for text in [
        "Some reports said the plant would close.",
        "Many reports said the plant would close.",
    ] {
        let all = reports(text);
        let r = by_cue(&all, "said");
        assert_eq!(
            speaker(r),
            Some(&text[..text.find(" said").unwrap()]),
            "{text}"
        );
    }
    // a verb still, before "that" or its object
    assert_contents(&[
        (
            "The agency estimates that sales rose.",
            "estimates",
            "that sales rose",
        ),
        (
            "Ann Lee reports that sales rose.",
            "reports",
            "that sales rose",
        ),
    ]);
}

#[test]
fn a_participles_aside_after_the_contents_subject_stays_in_the_content() {
    assert_contents(&[
        (
            "The agency says voters, numbering 9 million, outnumbered retirees in 2020.",
            "says",
            "voters, numbering 9 million, outnumbered retirees in 2020",
        ),
        (
            "Officials said the levy, backed by unions, would pass.",
            "said",
            "the levy, backed by unions, would pass",
        ),
    ]);
    // a participle of speech reports on its own, and a list after a
    // participle is no aside
    let all = reports(
        "Lee lashed out at the mayor on Facebook, telling him that, whatever he meant, words matter.",
    );
    assert!(
        all.iter()
            .any(|r| r.cue().is_some_and(|c| c.text() == "telling")),
        "{all:#?}"
    );
    let all = reports(
        "The law reflects a convergence, uniting liberals who decried tests, conservatives who wanted less, state officials and unions.",
    );
    assert!(
        all.iter()
            .any(|r| r.cue().is_some_and(|c| c.text() == "decried")),
        "{all:#?}"
    );
}

#[test]
fn a_clause_opening_after_a_fronted_phrase_ends_at_its_comma() {
    assert_contents(&[
        (
            "Last month, when I asked Ann Lee if she would ever run, she looked straight at me and laughed.",
            "asked",
            "if she would ever run",
        ),
        (
            "In June 2001, after the firm asked workers to take a pay cut, 80,000 workers agreed, some in tears.",
            "asked",
            "workers to take a pay cut",
        ),
        (
            "Since May 2, when he asked voters to join him, at least 2,000 said they would.",
            "asked",
            "voters to join him",
        ),
    ]);
    // a fronted phrase with a verb of its own is a clause: the content
    // goes on
    assert_contents(&[(
        "Lee said that, when the vote came, she would abstain.",
        "said",
        "that, when the vote came, she would abstain",
    )]);
}

#[test]
fn a_modified_conjunction_opening_the_sentence_ends_its_clause_at_the_comma() {
    assert_contents(&[
        (
            "Shortly after Lee said the plan had failed, Kim resigned from the board.",
            "said",
            "the plan had failed",
        ),
        (
            "Not long after Lee praised the budget, the mayor cut it by half.",
            "praised",
            "the budget",
        ),
        (
            "Even as aides insisted the race was close, the polls showed a wide gap.",
            "insisted",
            "the race was close",
        ),
        (
            "Two weeks after she warned that prices would rise, the bank raised rates.",
            "warned",
            "that prices would rise",
        ),
        (
            "A few days before Kim announced the deal, Lee sold her shares.",
            "announced",
            "the deal",
        ),
    ]);
    // the main clause after the comma reports on its own
    let all = reports("Shortly after Lee praised the budget, the mayor said it was too large.");
    assert_eq!(content(by_cue(&all, "said")), ["it was too large"]);
    // a modifier with no conjunction after it opens no clause: "Not long
    // ago, Lee said C", "Just then"; nor does "as" after a modifier other
    // than "even" or "just" ("Two as …" is no conjunction)
    assert_contents(&[
        (
            "Not long ago Lee said that, as a rule, she would abstain.",
            "said",
            "that, as a rule, she would abstain",
        ),
        (
            "Even then Lee said that, if pressed, she would resign.",
            "said",
            "that, if pressed, she would resign",
        ),
    ]);
}

#[test]
fn a_bounded_count_is_a_whole_speaker_phrase() {
    for (text, who) in [
        (
            "Yesterday, at least 2,000 said they would help.",
            "at least 2,000",
        ),
        (
            "When asked, at most 40 voters said they would help.",
            "at most 40 voters",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "said")), Some(who), "{text}");
    }
    // a bound inside the content is the content's
    assert_contents(&[(
        "Prices rose at least 5 percent, analysts said.",
        "said",
        "Prices rose at least 5 percent",
    )]);
}

#[test]
fn a_participle_naming_a_kind_of_delegate_is_no_verb() {
    for text in [
        "Clinton holds a large pledged delegate lead over Sanders.",
        "The figures include pledged delegates and superdelegates.",
        "Sanders trails in both pledged delegates and the popular vote.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| r.cue().is_none_or(|c| c.text() != "pledged")),
            "{text}"
        );
    }
    // the verb with its own object or clause still reports
    let all = reports("Sanders pledged his delegates to Clinton.");
    assert_eq!(
        content(by_cue(&all, "pledged")),
        ["his delegates to Clinton"]
    );
    let all = reports("Lee pledged that delegates would be free to vote.");
    assert_eq!(
        content(by_cue(&all, "pledged")),
        ["that delegates would be free to vote"]
    );
}

#[test]
fn believe_me_and_tell_me_before_a_comma_are_asides_to_the_reader() {
    // the aside reports nothing, and closes the report before it
    let all =
        reports("I claim the man is not rich and believe me, you will never see his returns.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "believe"))
    );
    assert_eq!(content(by_cue(&all, "claim")), ["the man is not rich"]);
    let all = reports("Lee said the plan is dead, but believe me, it will be back.");
    assert_eq!(content(by_cue(&all, "said")), ["the plan is dead"]);
    assert!(reports("Tell me, what changed?").is_empty());
    assert!(reports("But tell me, what changed?").is_empty());
    // "tell me" with a subject or an auxiliary reports: the quotation is
    // the teller's
    for text in [
        "My father would tell me, \"The river keeps its own count.\"",
        "My father used to tell me, \"The river keeps its own count.\"",
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "tell")), Some("My father"), "{text}");
    }
    // "believe" with its own object or clause still reports
    let all = reports("Voters believe the plan will fail.");
    assert_eq!(content(by_cue(&all, "believe")), ["the plan will fail"]);
    let all = reports("Lee told me that it was over.");
    assert_eq!(content(by_cue(&all, "told")), ["that it was over"]);
}

#[test]
fn a_stance_object_goes_on_past_a_possessive() {
    assert_contents(&[
        (
            "Lee endorsed the secretary of state's bid, including its tax plan.",
            "endorsed",
            "the secretary of state's bid",
        ),
        (
            "Lee opposed the state\u{2019}s new voter ID law on Monday.",
            "opposed",
            "the state\u{2019}s new voter ID law",
        ),
        // the noun it determines ends before a function word or a verb
        (
            "Kim supports the party's nominee and will vote for him.",
            "supports",
            "the party's nominee",
        ),
    ]);
}

#[test]
fn a_pronoun_restricted_by_its_relative_clause_takes_the_clause_in() {
    assert_say_speakers(&[
        (
            "Those who backed a candidate said they were sure.",
            "Those who backed a candidate",
        ),
        (
            "Some 27 percent of those who named a candidate said they could change their minds.",
            "Some 27 percent of those who named a candidate",
        ),
        (
            "Most of those who voted said they were happy.",
            "Most of those who voted",
        ),
        ("Anyone who met Lee said he was kind.", "Anyone who met Lee"),
    ]);
    // the relative clause's verb reports nothing through the sentence's
    // own verb after it
    let all = reports("Those who voted said they were happy.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(content(by_cue(&all, "said")), ["they were happy"]);
    // a noun before the clause keeps its own phrase
    assert_say_speakers(&[("Voters who backed Lee said they were happy.", "Voters")]);
}

#[test]
fn verbs_of_reproach_report_whom_they_reproach() {
    assert_contents(&[
        (
            "Obama castigated Trump for exploiting fears.",
            "castigated",
            "Trump for exploiting fears",
        ),
        (
            "Lee derided the plan as a gimmick.",
            "derided",
            "the plan as a gimmick",
        ),
        (
            "The senator chastised the agency for its slow response.",
            "chastised",
            "the agency for its slow response",
        ),
        (
            "Kim belittled the idea that the plan could work.",
            "belittled",
            "the idea that the plan could work",
        ),
    ]);
    // and so are verbs of restating, positing, praising and pleading
    assert_contents(&[
        (
            "Lee reaffirmed that the plan would go ahead.",
            "reaffirmed",
            "that the plan would go ahead",
        ),
        (
            "Analysts posited that turnout would fall.",
            "posited",
            "that turnout would fall",
        ),
        (
            "Kim commended him for the bill.",
            "commended",
            "him for the bill",
        ),
        ("Aides implored her to run.", "implored", "her to run"),
    ]);
    // "disparaging" is an adjective more often than not: no cue
    let all = reports("She made disparaging remarks about him.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "disparaging"))
    );
}

#[test]
fn a_first_or_second_person_clause_after_comma_and_is_the_writers() {
    assert_contents(&[
        (
            "Lee called it a \"quiet revolution,\" and I agree.",
            "called",
            "it a \"quiet revolution,\"",
        ),
        (
            "Kim said the plan was dead, and we agree.",
            "said",
            "the plan was dead",
        ),
    ]);
    // "that" after the conjunction goes on with the report
    assert_contents(&[(
        "Kim said the plan was dead, and that we agree.",
        "said",
        "the plan was dead, and that we agree",
    )]);
}

#[test]
fn an_infinitive_right_after_the_cue_keeps_a_relative_that_inside_it() {
    assert_contents(&[
        (
            "Haley wants to build a system that works.",
            "wants",
            "to build a system that works",
        ),
        (
            "Lee sought to put to rest the claims that the party was in disarray.",
            "sought",
            "to put to rest the claims that the party was in disarray",
        ),
        (
            "Kim refused to concede that the vote was lost.",
            "refused",
            "to concede that the vote was lost",
        ),
    ]);
    // "to" before the one addressed leaves the "that" clause the content
    assert_contents(&[
        (
            "Lee complained to police that his car was stolen.",
            "complained",
            "that his car was stolen",
        ),
        (
            "Lee explained to voters that the plan would work.",
            "explained",
            "that the plan would work",
        ),
        (
            "Lee admitted to the newspaper that he had lied.",
            "admitted",
            "that he had lied",
        ),
    ]);
}

#[test]
fn a_quotation_after_the_medium_opens_the_content() {
    // the quotation that opens the clause after "in an interview (time)"
    assert_contents(&[(
        "Lee said in an interview Monday \"it will be hard\" if he loses.",
        "said",
        "\"it will be hard\" if he loses",
    )]);
    // a quotation that is the whole clause is reported on its own
    let all = reports("Lee said in an interview \"it will be hard.\"");
    let r = by_cue(&all, "said");
    assert_eq!(content(r), ["\"it will be hard.\""]);
    assert_eq!(speaker(r), Some("Lee"));
    // a title after a noun for a work is no content, its "that" is
    assert_contents(&[(
        "Lee said in an interview on the show \"Morning Joe\" that he would run.",
        "said",
        "that he would run",
    )]);
}

#[test]
fn an_emphatic_reflexive_after_the_subject_is_no_part_of_it() {
    let text = "Bernie Sanders spoke first. Sanders himself acknowledged that it would be hard.";
    let all = reports(text);
    let r = by_cue(&all, "acknowledged");
    assert_eq!(speaker(r), Some("Sanders"));
    assert_eq!(r.speaker().unwrap().name(), Some("Bernie Sanders"));
    assert_say_speakers(&[
        (
            "The president himself has said the plan is dead.",
            "The president",
        ),
        ("The voters themselves say the plan is dead.", "The voters"),
    ]);
    // the quotation's reporting clause too
    let q: Vec<_> = whosaid::attribute(
        "Bernie Sanders spoke first. \"It will be hard,\" Sanders himself said.",
    )
    .collect();
    let last = q.last().unwrap();
    assert_eq!(last.speaker().map(whosaid::Mention::text), Some("Sanders"));
    assert_eq!(last.cue().map(whosaid::Cue::text), Some("said"));
}

#[test]
fn names_with_a_state_or_a_party_letter_joined_by_and_are_one_subject() {
    assert_say_speakers(&[
        (
            "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) said the plan was dead.",
            "Sens. Rand Paul (Ky.) and Marco Rubio",
        ),
        (
            "Reps. Ann Lee (D) and Tom Park (R) said the plan was dead.",
            "Reps. Ann Lee (D) and Tom Park",
        ),
    ]);
    // a body's initials in brackets join no person to it
    assert_say_speakers(&[(
        "A report by the Government Accountability Office (GAO) and Kim Lee said it.",
        "Kim Lee",
    )]);
}

#[test]
fn a_relative_that_after_a_noun_of_speech_opens_no_content() {
    let all = reports("His claims that shocked voters were false.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "claims")),
        "{all:#?}"
    );
    let all = reports("Republicans issued a report on the Benghazi attacks that cited lapses.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "attacks")),
        "{all:#?}"
    );
    // a complement with a subject of its own is the content
    assert_contents(&[("Her claim that he lied was false.", "claim", "that he lied")]);
}

#[test]
fn a_form_in_s_right_after_a_past_form_is_its_object() {
    for text in [
        "He scrapped plans to attend the debate.",
        "Lazar released notes that the paper noticed the emails.",
        "Her nuanced views about free trade are a harder sell.",
        "Lee made remarks that angered voters.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| speaker(r).is_none_or(|s| !s.contains(' '))),
            "{text}: {all:#?}"
        );
        assert!(
            all.iter().all(|r| r
                .cue()
                .is_none_or(|c| !matches!(c.text(), "plans" | "notes" | "views" | "remarks"))),
            "{text}: {all:#?}"
        );
    }
    // a verb in -s after a noun still reports, and "says" after a
    // participle
    assert_say_speakers(&[("Officials said reports show the plan failed.", "Officials")]);
    let all = reports("The man charged says he is innocent.");
    assert_eq!(content(by_cue(&all, "says")), ["he is innocent"]);
}

#[test]
fn a_negated_contraction_of_be_makes_a_passive() {
    // a passive without its agent names no speaker
    for text in [
        "The plan wasn't approved because of opposition.",
        "The plan wasn\u{2019}t approved because of opposition.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| r.speaker().is_none()),
            "{text}: {all:#?}"
        );
    }
    let all = reports("The plan isn't expected to pass.");
    let r = by_cue(&all, "expected");
    assert!(r.speaker().is_none());
    assert_eq!(content(r), ["The plan", "to pass"]);
}

#[test]
fn a_noun_of_speech_before_a_verb_of_evidence_in_s_is_its_subject() {
    for (text, cue) in [
        (
            "The woman was stressed, a police report indicates.",
            "indicates",
        ),
        ("The woman was stressed, a police report shows.", "shows"),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some("a police report"), "{text}");
        assert_eq!(content(r), ["The woman was stressed"], "{text}");
    }
}

#[test]
fn a_participle_after_a_comma_takes_the_fuller_reading_of_the_subject() {
    let all = reports(
        "The Democratic platform recognizes transgender people, outlining several areas of concern.",
    );
    assert_eq!(
        speaker(by_cue(&all, "outlining")),
        Some("The Democratic platform")
    );
    let all =
        reports("The party chairman, Kelly Armstrong, praised the result, declaring it a win.");
    assert_eq!(
        speaker(by_cue(&all, "declaring")),
        Some("The party chairman, Kelly Armstrong")
    );
}

#[test]
fn a_gerund_after_a_verb_of_trying_or_aspect_is_its_subjects() {
    assert_eq!(
        speaker(by_cue(
            &reports("After the vote, Axelrod tried offering an olive branch to Clinton."),
            "offering"
        )),
        Some("Axelrod")
    );
    assert_eq!(
        speaker(by_cue(
            &reports("So Labor Secretary Tom Perez stopped writing his speech."),
            "writing"
        )),
        Some("Labor Secretary Tom Perez")
    );
}

#[test]
fn verbs_that_double_their_last_consonant_are_cues_in_every_form() {
    for (text, cue) in [
        ("Lee bragged that the plan had worked.", "bragged"),
        ("Aides begged him to stay in the race.", "begged"),
        ("Kim is bragging that the plan worked.", "bragging"),
    ] {
        let all = reports(text);
        assert!(by_cue(&all, cue).speaker().is_some(), "{text}");
    }
}

#[test]
fn an_appositive_may_open_with_an_adverb_of_time() {
    assert_eq!(
        speaker(by_cue(
            &reports(
                "The newspaper, long a vocal advocate of reform, writes that Haley has changed."
            ),
            "writes"
        )),
        Some("The newspaper")
    );
    assert_say_speakers(&[
        (
            "The paper, once an ally of the mayor, said the plan was dead.",
            "The paper",
        ),
        (
            "The paper, then a weekly, said the plan was dead.",
            "The paper",
        ),
    ]);
}

#[test]
fn a_time_alone_before_the_comma_is_no_closing_content() {
    for text in [
        "In 2008, Lee launched plans proposed by the board.",
        "On February 28th, 2016, the canton voted on a new initiative.",
        "Today, Lee voted on the bill.",
        "Earlier this week, the senators, along with two governors, wrote to Lynch, urging a review.",
    ] {
        assert!(
            reports(text)
                .iter()
                .all(|r| r.rule() != Some(Rule::ClosingReport)),
            "{text}"
        );
    }
    // a time opening a clause is part of the content closed by the cue
    let all = reports("Two years ago, the plan worked, Lee said.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["Two years ago, the plan worked"]
    );
    // and the forward reading stays when the time opens the sentence
    let all = reports("Earlier this week, the senators urged a review.");
    assert_eq!(content(by_cue(&all, "urged")), ["a review"]);
}

#[test]
fn a_quoted_relative_clause_on_a_stance_object_belongs_to_it() {
    let all = reports("Lee endorsed four candidates “who share our values.”");
    let r = by_cue(&all, "endorsed");
    assert_eq!(content(r), ["four candidates “who share our values.”"]);
    assert_eq!(r.kind(), ReportKind::Mixed);
    // a quotation opening any other clause is not the object's
    let all = reports("Lee endorsed four candidates “because they share our values.”");
    assert_eq!(content(by_cue(&all, "endorsed")), ["four candidates"]);
}

#[test]
fn a_relative_clause_in_a_fronted_phrase_gives_it_no_verb() {
    let all = reports(
        "The clerk told agents that sometime in the week that followed, he deleted the files.",
    );
    assert_eq!(
        content(by_cue(&all, "told")),
        ["that sometime in the week that followed, he deleted the files"]
    );
    // a verb of the content's own before the comma still closes it
    let all =
        reports("Lee told agents that the week that followed was hard, he deleted the files.");
    assert_eq!(
        content(by_cue(&all, "told")),
        ["that the week that followed was hard"]
    );
}

#[test]
fn a_form_in_ing_after_a_quantifier_is_a_noun() {
    for text in [
        "The nominee had some explaining to do.",
        "There were some warning signs for the mayor.",
    ] {
        assert!(reports(text).is_empty(), "{text}");
    }
    // after a subject it is a verb
    let all = reports("They were warning that the plan would fail.");
    assert_eq!(
        content(by_cue(&all, "warning")),
        ["that the plan would fail"]
    );
}

#[test]
fn long_ago_between_subject_and_verb_is_no_part_of_the_subject() {
    assert_say_speakers(&[
        ("Lee long ago said that the plan would fail.", "Lee"),
        (
            "The agency not long ago said that it would close.",
            "The agency",
        ),
    ]);
}

#[test]
fn a_focus_adverb_goes_with_the_terms_of_anonymity() {
    let all = reports("Officials discussed the plan only on condition of anonymity.");
    assert_eq!(content(by_cue(&all, "discussed")), ["the plan"]);
    // and "only" before any other phrase stays in the content
    let all = reports("Lee said the plan would work only on Mondays.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan would work only on Mondays"]
    );
}

#[test]
fn a_relative_clause_on_the_subject_of_reportedly_is_in_the_content() {
    let all = reports("The woman who sent the photos has reportedly met him twice.");
    assert_eq!(
        content(by_cue(&all, "reportedly")),
        ["The woman who sent the photos has", "met him twice"]
    );
    let all = reports("The fund which paid the bills was reportedly closed.");
    assert_eq!(
        content(by_cue(&all, "reportedly")),
        ["The fund which paid the bills was", "closed"]
    );
}

#[test]
fn a_gerund_after_included_or_involves_speaks_for_the_subject() {
    let all = reports("The lobbying included downplaying the resolution.");
    assert_eq!(speaker(by_cue(&all, "downplaying")), Some("The lobbying"));
    let all = reports("The plan involves urging voters to stay home.");
    assert_eq!(speaker(by_cue(&all, "urging")), Some("The plan"));
}

#[test]
fn according_to_a_source_with_a_restrictive_relative_clause_mid_sentence() {
    let all = reports(
        "Absent from the meeting, according to members who spoke with reporters, was any mention of the inquiry.",
    );
    let r = by_cue(&all, "according to");
    assert_eq!(
        content(r),
        ["Absent from the meeting", "was any mention of the inquiry"]
    );
    assert_eq!(speaker(r), Some("members who spoke with reporters"));
    // at the sentence's end the relative clause ends the source, and the
    // content is the clause before
    let all = reports("The plan failed, according to people who know the mayor.");
    assert_eq!(content(by_cue(&all, "according to")), ["The plan failed"]);
}

#[test]
fn according_to_inside_an_aside_between_dashes() {
    let all = reports(
        "Most Americans - 63 percent in 2014, according to the report - still believe immigration is good.",
    );
    assert_eq!(
        content(by_cue(&all, "according to")),
        [
            "Most Americans - 63 percent in 2014",
            "still believe immigration is good"
        ]
    );
}

#[test]
fn a_plural_after_a_past_form_and_an_adjective_is_its_object() {
    // "demands" is no verb of the subject "Trump made"
    let all = reports("But the next day, according to Roffman, Trump made further demands.");
    assert_eq!(all.len(), 1);
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["But the next day", "Trump made further demands"]
    );
    // a time between a participle and the verb leaves the verb alone
    let all = reports("The survey released today shows that Lee leads.");
    assert_eq!(content(by_cue(&all, "shows")), ["that Lee leads"]);
}

#[test]
fn according_to_after_a_colon_reports_the_clause_after_it() {
    let all = reports(
        "The tax has not hurt the city: London was the financial capital in 2015, according to one index.",
    );
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["London was the financial capital in 2015"]
    );
    // a list after the colon is no clause: the sentence is the content
    let all = reports("The film lacks two people: Obama and Clinton, according to reviewers.");
    assert_eq!(
        content(by_cue(&all, "according to")),
        ["The film lacks two people: Obama and Clinton"]
    );
    // and a label before a colon is no speaker when the clause names its
    // own source
    let all = reports("Superdelegates: Clinton is backed by 520, according to the AP.");
    assert_eq!(all.len(), 1);
    assert_eq!(speaker(&all[0]), Some("the AP"));
}

#[test]
fn but_and_a_present_verb_with_its_object_ends_an_object_content() {
    let all = reports("Lee claimed a victory last month but trails Kim in the race.");
    assert_eq!(content(by_cue(&all, "claimed")), ["a victory"]);
    // a clause content goes on ("the plan … trails" may be its own)
    let all = reports("Lee said the plan worked but trails Kim.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the plan worked but trails Kim"]
    );
}

#[test]
fn a_quotation_right_after_but_goes_on_with_the_content() {
    let all =
        reports("Lee said she had offers, but \u{201c}none of them felt right to me.\u{201d}");
    let r = by_cue(&all, "said");
    assert_eq!(
        content(r),
        ["she had offers, but \u{201c}none of them felt right to me.\u{201d}"]
    );
    assert_eq!(r.kind(), ReportKind::Mixed);
    // "but" before the writer's own clause still ends it
    let all = reports("Lee said she had offers, but the buyers never came.");
    assert_eq!(content(by_cue(&all, "said")), ["she had offers"]);
}

#[test]
fn a_sentence_adverb_opening_the_sentence_is_no_speaker() {
    let all = reports(
        "Together, the senators made history, in what one writer has dubbed a first, referring to their roots.",
    );
    assert_ne!(speaker(by_cue(&all, "referring to")), Some("Together"));
}

#[test]
fn a_form_in_s_after_a_possessive_and_a_pair_of_modifiers_is_a_noun() {
    let all = reports("For him it meant taking up his American and Cuban sides with gusto.");
    assert!(
        all.iter()
            .all(|r| r.cue().map(whosaid::Cue::text) != Some("sides with")),
        "{all:?}"
    );
    // past a preposition the verb is the subject's again
    let all =
        reports("She tells of how he hired her as his secretary of state and recites the story.");
    assert_eq!(speaker(by_cue(&all, "recites")), Some("She"));
}

#[test]
fn a_percent_sign_belongs_to_the_number_it_closes() {
    let all = reports("Trump has 45%, while 44% say they back Lee.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("44%"));
    // a number without the sign stays as it is
    let all = reports("In the poll, 44 say they back Lee.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("44"));
}

#[test]
fn a_verb_in_s_after_a_noun_of_speakers_is_their_verb() {
    let all = reports("Her spokesman claims that she won.");
    let r = by_cue(&all, "claims");
    assert_eq!(speaker(r), Some("Her spokesman"));
    assert_eq!(r.rule(), Some(Rule::ReportedClause));
    // a plural noun of speech after a name and a noun stays a noun
    let all = reports(
        "Lee is choosing not to respond to recent Kim campaign accusations that his backers are waging attacks.",
    );
    assert_eq!(by_cue(&all, "accusations").rule(), Some(Rule::NounReport));
}

#[test]
fn a_gerund_after_a_present_verb_of_aspect_speaks_for_its_subject() {
    let all = reports("They stop reporting production numbers.");
    assert_eq!(speaker(by_cue(&all, "reporting")), Some("They"));
    let all = reports("Trump avoids condemning the invasion.");
    assert_eq!(speaker(by_cue(&all, "condemning")), Some("Trump"));
}

#[test]
fn at_least_after_a_cue_opens_its_object() {
    let all =
        reports("Authorities reported at least 20 victims at a center that serves the disabled.");
    assert_eq!(
        content(by_cue(&all, "reported")),
        ["at least 20 victims at a center that serves the disabled"]
    );
    // a phrase of time after the cue is still passed
    let all = reports("Officials reported at midday that the fire was out.");
    assert_eq!(content(by_cue(&all, "reported")), ["that the fire was out"]);
}

#[test]
fn a_capitalised_modifier_in_an_opening_participle_phrase_opens_no_clause() {
    let all = reports(
        "Courted by most of the Republican candidates and widely expected to be their top donor, Adelson said he may wait.",
    );
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Adelson"));
    assert_eq!(content(r), ["he may wait"]);
    assert!(all.iter().all(|r| speaker(r) != Some("Courted")));
}

#[test]
fn a_past_form_on_a_noun_before_an_auxiliary_is_a_reduced_passive() {
    // the noun is what was announced or approved, and the auxiliary the
    // sentence's verb: no report, and no speaker
    for text in [
        "A costly merger announced Monday would move the firm abroad.",
        "The budget plan rejected on Tuesday was similar to an older one.",
        "The strategy outlined that day was notable.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a subject's verb in a clause on a noun before it still reports
    let all = reports("A move critics warned could fuel fraud was approved.");
    let r = by_cue(&all, "warned");
    assert_eq!(speaker(r), Some("critics"));
    assert_eq!(content(r), ["A move", "could fuel fraud"]);
    // so does a subject after "what", and a verb with its own object
    let all = reports("It went to what advocates estimated were 100,000 adoptees.");
    assert_eq!(speaker(by_cue(&all, "estimated")), Some("advocates"));
    let all = reports("The agency announced Monday that the office would close.");
    assert_eq!(
        content(by_cue(&all, "announced")),
        ["that the office would close"]
    );
}

#[test]
fn a_phrase_of_time_alone_is_no_content() {
    for text in [
        "It matched a proposal that Lee pushed three years ago.",
        "The column was written a few years earlier.",
        "The Post reported it first, and the Times reported ten days ago.",
    ] {
        let all = reports(text);
        assert!(
            all.iter().all(|r| !content(r)
                .iter()
                .any(|c| c.ends_with("ago") || c.ends_with("earlier"))),
            "{text}: {all:#?}"
        );
    }
    // a pronoun alone still is
    let all = reports("The Democrats understood this.");
    assert_eq!(content(by_cue(&all, "understood")), ["this"]);
}

#[test]
fn a_label_in_brackets_after_a_closing_quotation_speaker_keeps_the_cue_closing() {
    // the words after the cue are its circumstance, not what it reports
    let text = "\u{201c}We are tying their hands,\u{201d} Sen. Ann Lee (D) said about halfway through the session.";
    let all = reports(text);
    assert!(
        all.iter()
            .all(|r| !content(r).iter().any(|c| c.contains("halfway"))),
        "{all:#?}"
    );
    // a clause of its own after the cue still is its content
    let all = reports(
        "\u{201c}We won,\u{201d} Sen. Ann Lee (R-Ariz.) said Monday that the bill would fail.",
    );
    assert_eq!(content(by_cue(&all, "said")), ["that the bill would fail"]);
}

#[test]
fn a_past_form_on_a_noun_before_as_is_a_reduced_passive() {
    let all = reports("The Missouri Senate passes bill criticized as anti-gay.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "criticized")),
        "{all:#?}"
    );
    // "as" opening a clause of time, or after a verb of a clause before
    let all = reports(
        "Lee tweeted as Obama spoke, and the critics denounced as unfair what the board proposed.",
    );
    assert!(
        all.iter()
            .any(|r| r.cue().is_some_and(|c| c.text() == "denounced")),
        "{all:#?}"
    );
}

#[test]
fn a_clause_of_circumstance_after_the_medium_holds_no_content_of_the_cue() {
    let all = reports(
        "\u{201c}It was nice,\u{201d} the tycoon told Reuters in an interview when asked if he had met Trump.",
    );
    assert!(
        all.iter()
            .filter(|r| r.cue().is_some_and(|c| c.text() == "told"))
            .all(|r| content(r) == ["\u{201c}It was nice,\u{201d}"]),
        "{all:#?}"
    );
    // the question is still the one asked
    assert_eq!(content(by_cue(&all, "asked")), ["if he had met Trump"]);
    // a subject right after the medium's words is still the content's
    let all = reports("Lee said in an interview with CNN he would run.");
    assert_eq!(content(by_cue(&all, "said")), ["he would run"]);
}

#[test]
fn a_passive_of_naming_before_as_reports_what_unnamed_people_call_its_subject() {
    let all = reports("The plan was described as a failure.");
    let r = by_cue(&all, "described as");
    assert_eq!(speaker(r), None);
    assert_eq!(content(r), ["The plan", "a failure"]);
    // reduced, after its noun and an adverb, up to the sentence's own verb
    let all = reports("Three names often mentioned as nominees are Kelly and Lee.");
    assert_eq!(
        content(by_cue(&all, "mentioned as")),
        ["Three names", "nominees"]
    );
    // but not past a clause of the complement's own
    let all = reports("It was a move intended as a signal that the network is stable.");
    assert_eq!(
        content(by_cue(&all, "intended as")),
        ["a move", "a signal that the network is stable"]
    );
    // labelling is naming too
    let all = reports("None of the emails was marked as secret.");
    assert_eq!(
        content(by_cue(&all, "marked as")),
        ["None of the emails", "secret"]
    );
    // the active keeps its speaker
    let all = reports("Lee described it as a failure.");
    assert_eq!(speaker(by_cue(&all, "described")), Some("Lee"));
    let all = reports("The critics denounced as unfair what the board proposed.");
    assert_eq!(speaker(by_cue(&all, "denounced")), Some("The critics"));
}

#[test]
fn as_and_a_clause_after_a_cue_is_a_time_and_a_plain_form_before_an_auxiliary_a_noun() {
    let all = reports("Lee tweeted as Obama spoke from the East Room.");
    assert!(all.is_empty(), "{all:#?}");
    let all = reports("Kim told me as he left the room.");
    assert!(all.is_empty(), "{all:#?}");
    // "as many as" opens a quantity, the content
    let all = reports("Polls show as many as 30 percent of voters are undecided.");
    assert_eq!(
        content(by_cue(&all, "show")),
        ["as many as 30 percent of voters are undecided"]
    );
    let all = reports("It is unclear how the weapons report will influence the talks.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "report")),
        "{all:#?}"
    );
}

#[test]
fn a_noun_of_judging_reports_the_object_of_its_preposition() {
    for (text, cue, who, expected) in [
        (
            "Kaine's embrace of the pro-choice position surprised no one.",
            "embrace",
            "Kaine",
            "the pro-choice position",
        ),
        (
            "He opened with his critique of the budget.",
            "critique",
            "his",
            "the budget",
        ),
        (
            "Their denunciation of Mr. Trump was swift.",
            "denunciation",
            "Their",
            "Mr. Trump",
        ),
        (
            "Lee's rejection of the offer ended the talks.",
            "rejection",
            "Lee",
            "the offer",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [expected], "{text}");
    }
    // without a possessor, no one judges
    let all = reports("The rejection of the offer ended the talks.");
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "rejection")),
        "{all:#?}"
    );
}

#[test]
fn a_form_in_s_before_a_finite_verb_is_a_noun_and_its_subject() {
    let all =
        reports("Ryan said the spate of shootings and protests demands that all Americans listen.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["the spate of shootings and protests demands that all Americans listen"]
    );
    assert!(
        all.iter()
            .all(|r| r.cue().is_none_or(|c| c.text() != "protests")),
        "{all:#?}"
    );
    let all = reports("The engineers' estimates are needed by Friday.");
    assert!(all.is_empty(), "{all:#?}");
    // after a pronoun, a verb whose subject a relative clause left out
    let all = reports("They built what it hopes will become a hub.");
    assert_eq!(speaker(by_cue(&all, "hopes")), Some("it"));
    // and a coordinated verb of saying is still the speaker's next act
    let all = reports("Lee denied the charges and claims he was framed.");
    assert_eq!(content(by_cue(&all, "denied")), ["the charges"]);
}

#[test]
fn a_span_of_time_before_an_infinitive_names_no_speaker() {
    let all =
        reports("But for Charlotte, the questions raised by the death will take longer to answer.");
    assert!(all.is_empty(), "{all:#?}");
    // a moment taken to speak is the subject's
    let all = reports("Clinton took a moment to acknowledge his victory.");
    assert_eq!(speaker(by_cue(&all, "acknowledge")), Some("Clinton"));
}

#[test]
fn an_opening_question_holds_its_quoted_words() {
    let all = reports(
        "Asked whether Lee \u{201c}can win the state,\u{201d} 75 percent of voters said yes.",
    );
    assert_eq!(
        content(by_cue(&all, "Asked")),
        ["whether Lee \u{201c}can win the state,\u{201d}"]
    );
    // not a title that names the medium
    let all = reports(
        "Asked why he waited during an appearance on \u{201c}This Morning,\u{201d} Lee said he was busy.",
    );
    assert_eq!(
        content(by_cue(&all, "Asked")),
        ["why he waited during an appearance on"]
    );
}

#[test]
fn an_opening_clause_after_a_dateline_closes_its_content_at_its_comma() {
    let all = reports(
        "CLEVELAND - When the city won in the same week that James announced his return, Cleveland felt it had its mojo back.",
    );
    assert_eq!(content(by_cue(&all, "announced")), ["his return"]);
    assert_eq!(content(by_cue(&all, "felt")), ["it had its mojo back"]);
}

#[test]
fn a_quotation_named_by_another_speaker_inside_a_content_is_theirs() {
    let text = "Cleveland sought the convention to shed what Gilbert called \u{201c}a perception problem.\u{201d}";
    let all = reports(text);
    let outer = by_cue(&all, "sought");
    assert_eq!(outer.kind(), whosaid::ReportKind::Indirect);
    let inner = by_cue(&all, "called");
    assert_eq!(speaker(inner), Some("Gilbert"));
    assert_eq!(inner.kind(), whosaid::ReportKind::Direct);
    // the speaker's own quoted words in a content still make it mixed
    let all = reports("Lee said the plan would \u{201c}hurt farmers.\u{201d}");
    assert_eq!(by_cue(&all, "said").kind(), whosaid::ReportKind::Mixed);
}

#[test]
fn a_participle_after_a_clause_joined_by_and_speaks_for_its_named_subject() {
    let all = reports(
        "Prosecutors charged the officer with murder and Emanuel fired his police chief, acknowledging that the city had lost trust.",
    );
    assert_eq!(speaker(by_cue(&all, "acknowledging")), Some("Emanuel"));
    // after a verb of saying the joined clause may be what was said, and
    // the participle stays the sayer's
    let all = reports("Lee said the plan failed and Kim fired his chief, saying it was time.");
    assert_eq!(speaker(by_cue(&all, "saying")), Some("Lee"));
}

#[test]
fn a_cue_after_a_superlative_is_a_noun() {
    for text in [
        "This reeks of some of the greatest fear that I have ever seen.",
        "Her best showing is 10 percent in Vermont.",
        "It is the biggest guessing game in politics.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // a noun in -est is no superlative
    let all = reports("The contest shows that voters are split.");
    assert_eq!(content(by_cue(&all, "shows")), ["that voters are split"]);
}

#[test]
fn a_verb_after_the_subject_of_a_relative_clauses_report_is_that_clauses() {
    // the verb after "they" is the reported clause's, not the noun's
    let all = reports("The voters who said they back Lee were few.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("who"));
    assert_eq!(content(&all[0]), ["they back Lee"]);
    let all = reports("It was a pledge by a staff member who said she planned to march.");
    assert_eq!(content(by_cue(&all, "said")), ["she planned to march"]);
    // the sentence's own verb after the whole relative clause still has
    // the noun for its subject
    let all = reports("The people who think they know him said he was angry.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("The people"));
    assert_eq!(content(by_cue(&all, "think")), ["they know him"]);
    // so after any verb of saying or thought, and a passive one
    let all = reports("The critics who argue they know better were few.");
    assert_eq!(content(by_cue(&all, "argue")), ["they know better"]);
    let all = reports("It took money from customers who were told they would learn the trade.");
    assert_eq!(
        content(by_cue(&all, "told")),
        ["they would learn the trade"]
    );
    // a clause whose own verb is an auxiliary keeps its chain
    let all = reports("Those who thought they had become citizens were unaware.");
    assert_eq!(
        content(by_cue(&all, "thought")),
        ["they had become citizens"]
    );
    // and a participle of "be" is no sentence's verb
    let all =
        reports("Among those who said they cared about a candidate being honest, most backed Lee.");
    assert_eq!(
        content(by_cue(&all, "said")),
        ["they cared about a candidate being honest"]
    );
}

#[test]
fn a_report_of_saying_in_a_relative_clause_on_who_stands_inside_another() {
    let all = reports(
        "Lee said 61 percent had made up their minds, against 38 percent who said they could change them.",
    );
    assert_eq!(all.len(), 2, "{all:#?}");
    assert!(all.iter().any(|r| speaker(r) == Some("Lee")), "{all:#?}");
    let inner = all.iter().find(|r| speaker(r) == Some("who")).unwrap();
    assert_eq!(content(inner), ["they could change them"]);
    // another verb after "who" inside a content stays the outer speaker's
    let all = reports("Lee said the voters who believe the plan works are few.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("Lee"));
}

#[test]
fn a_bare_singular_noun_after_a_conjunction_is_the_subject_of_says() {
    let all = reports("They lead in the polls, although history says there can be upheavals.");
    let says = by_cue(&all, "says");
    assert_eq!(speaker(says), Some("history"));
    assert_eq!(content(says), ["there can be upheavals"]);
    let all = reports("Turnout rose, and experience shows that it matters.");
    assert_eq!(speaker(by_cue(&all, "shows")), Some("experience"));
    // a bare plural noun with a plain form, after a comma and "but"
    let all = reports("Most back a ban, but majorities say they want immigrants to stay.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("majorities"));
    // …not a noun joined to others before the verb
    let all = reports("Friends, lobbyists and former foes say that Lee is right.");
    assert_ne!(speaker(by_cue(&all, "say")), Some("former foes"));
    // a noun in -s after a participle is no verb with a subject
    let all = reports("The ad ran, stoking fears about the future.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("stoking")),
        "{all:#?}"
    );
}

#[test]
fn a_bare_plural_after_a_conjunction_of_time_is_the_subject_of_its_verb() {
    // "after", "before", "when" open a clause too: the plural is its
    // subject, not the sentence's subject read through a participle
    for (conj, verb) in [("after", "said"), ("when", "said"), ("before", "warned")] {
        let text = format!("Ann Lee joined the school {conj} inspectors {verb} it was failing.");
        let all = reports(&text);
        let r = by_cue(&all, verb);
        assert_eq!(speaker(r), Some("inspectors"), "{text}");
        assert_eq!(content(r), ["it was failing"], "{text}");
    }
    // a verb no bare plural is known to take leaves the clause without a
    // speaker rather than giving it the sentence's subject
    let all = reports("Ann Lee joined the school after plumbers cautioned it was failing.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("Ann Lee")),
        "{all:#?}"
    );
    // a phrase after a preposition, with its determiner, stays inside the
    // subject's modifier
    let all = reports("Officials familiar with the matter cautioned that it was failing.");
    assert_eq!(
        speaker(by_cue(&all, "cautioned")),
        Some("Officials familiar with the matter")
    );
}

#[test]
fn an_answer_after_a_quotation_in_an_opening_question_is_reported() {
    let all = reports(
        "Asked if Lee is \u{201c}realistic enough to serve,\u{201d} 72 percent of Democrats said yes.",
    );
    let said = by_cue(&all, "said");
    assert_eq!(speaker(said), Some("72 percent of Democrats"));
    assert_eq!(content(said), ["yes"]);
    // a clause after the verb is still not its content when the speaker
    // closes a quotation
    let all = reports("\u{201c}It is over,\u{201d} Lee said as the polls closed.");
    assert!(
        all.iter().all(|r| content(r) != ["as the polls closed"]),
        "{all:#?}"
    );
}

#[test]
fn a_long_source_after_according_to_closing_the_sentence_is_read_whole() {
    let text = "The top quality is experience, according to early results of the exit poll conducted by Edison Research for the Associated Press and Television Networks.";
    let all = reports(text);
    let r = by_cue(&all, "according to");
    assert_eq!(content(r), ["The top quality is experience"]);
    assert_eq!(
        speaker(r),
        Some(
            "early results of the exit poll conducted by Edison Research for the Associated Press and Television Networks"
        )
    );
}

#[test]
fn the_agent_of_asked_puts_the_question() {
    let all = reports("Asked by a reporter whether this differed from the plan, Trump said no.");
    let asked = by_cue(&all, "Asked");
    assert_eq!(speaker(asked), Some("a reporter"));
    assert_eq!(content(asked), ["whether this differed from the plan"]);
    assert_eq!(content(by_cue(&all, "said")), ["no"]);
    let all = reports("Trump, asked by the host if he would run, said no.");
    assert_eq!(speaker(by_cue(&all, "asked")), Some("the host"));
    let all = reports("Asked by Lee to respond to the criticism, Kim said nothing.");
    assert_eq!(
        content(by_cue(&all, "Asked")),
        ["to respond to the criticism"]
    );
    // without an agent the question has no speaker, as before
    let all = reports("Asked whether he would run, Kim said no.");
    assert_eq!(speaker(by_cue(&all, "Asked")), None);
}

#[test]
fn named_reports_its_object_for_its_subject() {
    let all = reports("The FBI named Cleveland as the fifth most dangerous city.");
    let r = by_cue(&all, "named");
    assert_eq!(speaker(r), Some("The FBI"));
    assert_eq!(content(r), ["Cleveland as the fifth most dangerous city"]);
    let all = reports("Lee named five people to the committee, while Kim named six.");
    assert_eq!(all.len(), 2, "{all:#?}");
    // a noun named by a name, and a relative clause's "named", report
    // nothing of their own
    assert!(reports("A worker named Antonio Arroyo has nothing but praise.").is_empty());
    let all = reports("Those who named a candidate said they could change.");
    assert_eq!(
        speaker(by_cue(&all, "said")),
        Some("Those who named a candidate")
    );
    // "nominated" and "listed" alike
    let all = reports("Romney listed Trump's personal qualities.");
    assert_eq!(
        content(by_cue(&all, "listed")),
        ["Trump's personal qualities"]
    );
    let all = reports("The website that originally listed the gun has removed the listing.");
    assert!(all.is_empty(), "{all:#?}");
    let all = reports("The Whigs nominated Zachary Taylor, a war hero.");
    assert_eq!(speaker(by_cue(&all, "nominated")), Some("The Whigs"));
    let all = reports("The party that nominated Lee for president is no longer the one he built.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_comparison_of_what_groups_are_more_likely_to_say_reports_for_the_group() {
    let all =
        reports("Democratic voters are slightly more likely to say that Clinton represents them.");
    let say = by_cue(&all, "say");
    assert_eq!(speaker(say), Some("Democratic voters"));
    assert_eq!(content(say), ["that Clinton represents them"]);
    // a forecast is no report, nor a likelihood without a comparison
    assert!(reports("Yellen is likely to stress that the Fed would pause.").is_empty());
    assert!(reports("Voters are likely to say the plan fails.").is_empty());
}

#[test]
fn an_opening_clause_after_a_connective_closes_its_content_at_its_comma() {
    assert_contents(&[
        (
            "But as Lee pledged to cut taxes for farmers, many in the audience appeared to warm to him.",
            "pledged",
            "to cut taxes for farmers",
        ),
        (
            "And when Kim said the plan would fail, the room went quiet.",
            "said",
            "the plan would fail",
        ),
    ]);
    // (a connective before the subject opens no such clause: the content
    // runs to the sentence's end)
    assert_contents(&[(
        "But Kim said the plan, which was new, would fail.",
        "said",
        "the plan, which was new, would fail",
    )]);
}

#[test]
fn a_long_aside_in_parentheses_stands_between_a_speaker_and_the_verb() {
    let text = "Few would admit this, but Sen. Ann Lee (a Democrat so young \
                that she has been taken for an intern more than once) says she \
                was adrift that year.";
    let all = reports(text);
    assert_eq!(
        speaker(by_cue(&all, "says")),
        Some("Sen. Ann Lee"),
        "{all:#?}"
    );
    assert_eq!(content(by_cue(&all, "says")), ["she was adrift that year"]);
}

#[test]
fn the_sentence_subject_speaks_for_no_verb_past_a_comma_and_a_conjunction() {
    // the clause after ", but" has a subject of its own, which the grammar
    // does not read here; the first clause's subject is not it
    let text = "Lee admitted the error, but Sen. Ann Lee (a Democrat so young that \
                she has been taken for an intern, a page, a tourist and once even \
                for a lost student by the guards) says she was adrift that year.";
    let all = reports(text);
    assert!(
        all.iter()
            .all(|r| speaker(r) != Some("Lee") || r.cue().is_some_and(|c| c.text() == "admitted")),
        "{all:#?}"
    );
    // (the subject before a long modifier still speaks: "Several people I
    // have spoken with in the last few weeks said")
    assert_say_speakers(&[(
        "Several people I have spoken with over the last few weeks said the plan would fail.",
        "Several people",
    )]);
}

#[test]
fn a_passive_judgment_keeps_what_it_is_for() {
    // the agent of a verb of judging reports its subject, and what the
    // judgment is for (a gerund or a possessed noun) is the content's
    // second part
    let all = reports("Lee has been criticized by some of his rivals for skipping the state.");
    let r = by_cue(&all, "criticized");
    assert_eq!(speaker(r), Some("some of his rivals"));
    assert_eq!(content(r), ["Lee", "for skipping the state"]);
    let all = reports("Kim was praised by the board for handling the crisis calmly.");
    assert_eq!(
        content(by_cue(&all, "praised")),
        ["Kim", "for handling the crisis calmly"]
    );
    // (a time after "for" is no reason: no report reads it)
    let all = reports("The plan was backed by voters for years.");
    assert!(
        all.iter()
            .all(|r| !content(r).iter().any(|c| c.contains("years"))),
        "{all:#?}"
    );
}

#[test]
fn a_gerund_after_a_verb_of_spending_speaks_for_its_subject() {
    for (text, cue, who) in [
        (
            "Democrats spent weeks criticizing the plan.",
            "criticizing",
            "Democrats",
        ),
        (
            "The campaign has spent $2 million attacking Lee on television.",
            "attacking",
            "The campaign",
        ),
        (
            "Clinton spent much of the debate portraying Lee as a novice.",
            "portraying",
            "Clinton",
        ),
        (
            "The speakers took turns urging the crowd to vote.",
            "urging",
            "The speakers",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}: {all:#?}");
    }
    // (a noun of spending is no such verb: the phrase before the aside
    // speaks)
    let all = reports("The spending bill, criticizing the plan, passed.");
    assert_eq!(
        speaker(by_cue(&all, "criticizing")),
        Some("The spending bill")
    );
}

#[test]
fn a_reporting_clause_closing_an_aside_in_parentheses_reports_the_aside() {
    assert_contents(&[
        (
            "Her ratings (at one point as low as 19%, Gutin says) hurt her husband.",
            "says",
            "at one point as low as 19%",
        ),
        (
            "The mayor (a critic of the plan, Lee says) resigned.",
            "says",
            "a critic of the plan",
        ),
    ]);
    // (an interrupting clause inside the parentheses still interrupts)
    let all = reports("The ratings (which fell, Lee said, to 19%) hurt him.");
    assert_eq!(content(by_cue(&all, "said")), ["which fell", "to 19%"]);
}

#[test]
fn a_form_in_s_after_a_singular_subject_is_its_verb_before_another() {
    // "finds" agrees with "The poll"; "states" is its object, no verb
    let all = reports("The poll finds states shifting toward Clinton.");
    let r = by_cue(&all, "finds");
    assert_eq!(speaker(r), Some("The poll"));
    assert_eq!(content(r), ["states shifting toward Clinton"]);
    // (after a plural or a conjunction a form in -s before another form
    // in -s is a noun, and the content of "said" goes on past both)
    assert_contents(&[(
        "Lee said shootings and protests demands that the police act.",
        "said",
        "shootings and protests demands that the police act",
    )]);
}

#[test]
fn a_span_of_time_before_before_opens_a_phrase_not_a_subject() {
    // "Just before …," and "Shortly before …," open the sentence; the
    // subject after them speaks for a verb after "and"
    for (text, who) in [
        (
            "Just before the flight took off, the pilot checked the load and asked for volunteers.",
            "the pilot",
        ),
        (
            "Shortly before the vote, the senator stood and asked for a recess.",
            "the senator",
        ),
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "asked")),
            Some(who),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn the_there_of_existence_speaks_nothing() {
    for text in [
        "There are plans to expand elsewhere in the building.",
        "There was also hope for Sanders in polling.",
        "There have already been telling responses that could resound.",
    ] {
        let all = reports(text);
        assert!(
            all.iter()
                .all(|r| speaker(r).is_none_or(|s| !s.eq_ignore_ascii_case("there"))),
            "{text}: {all:#?}"
        );
    }
    // (a clause of existence is still what someone says)
    assert_contents(&[("Lee said there was hope.", "said", "there was hope")]);
}

#[test]
fn it_s_before_a_participle_is_an_impersonal_passive() {
    // "it's expected" is "it is expected": no one is named
    let all = reports("It\u{2019}s expected that Lee will win.");
    let r = by_cue(&all, "expected");
    assert_eq!(speaker(r), None, "{all:#?}");
    assert_eq!(content(r), ["that Lee will win"]);
    let all = reports("While it's assumed the ruling should help Lee, the effect is unclear.");
    assert!(all.iter().all(|r| speaker(r) != Some("it")), "{all:#?}");
}

#[test]
fn a_governed_participle_after_a_coordinated_clause_is_its_subjects() {
    // "by calling" after "…, and Lee tripped up Rubio": Lee calls him so,
    // not the sentence's first subject
    for (text, who) in [
        (
            "Christie attacked Rubio in the debate, and Lee tripped up Rubio by calling \
             him a robot.",
            "Lee",
        ),
        (
            "Christie attacked Rubio, and he tripped him up by calling him a robot.",
            "he",
        ),
        // (with no such clause, the sentence's subject)
        (
            "Christie tripped up Rubio by calling him a robot.",
            "Christie",
        ),
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "calling")),
            Some(who),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_share_with_two_qualifiers_is_one_speaker_phrase() {
    // "Just over a quarter": both qualifiers open the share, which the
    // appositive with its count does not cut off
    assert_say_speakers(&[
        (
            "Just over a quarter, 26 percent, say they will vote for Lee.",
            "Just over a quarter",
        ),
        (
            "Only about 4 in 10 voters in each state say the plan works.",
            "Only about 4 in 10 voters in each state",
        ),
        // (one qualifier, as before)
        ("Nearly a third say the plan works.", "Nearly a third"),
    ]);
}

#[test]
fn a_participle_between_an_article_and_its_noun_is_an_adjective() {
    // "a detailed account" is one phrase, so the pair it closes speaks
    for (text, cue, who) in [
        (
            "The memo and a detailed account reveal that the plan failed.",
            "reveal",
            "The memo and a detailed account",
        ),
        (
            "The revised plan says that taxes rise.",
            "says",
            "The revised plan",
        ),
        // (an -ed form before a verb heads its phrase: "the accused")
        (
            "The accused told the court that he was innocent.",
            "told",
            "The accused",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}: {all:#?}");
    }
}

#[test]
fn a_sum_of_money_takes_no_complement() {
    // "$10 million to a group backing Bush": the group backs him, not
    // the sum with its complement
    for text in [
        "The PAC gave $10 million to a group backing Bush.",
        "Lee donated 5 million dollars to a super PAC backing Bush.",
    ] {
        let all = reports(text);
        let who = speaker(by_cue(&all, "backing"));
        assert!(
            matches!(who, Some("a group" | "a super PAC")),
            "{text}: {all:#?}"
        );
    }
    // (a count of people keeps its complement)
    let all = reports("Some 40 at the rally said that the plan failed.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Some 40 at the rally"));
}

#[test]
fn a_personal_pronoun_and_a_named_person_joined_by_and_speak_together() {
    for (text, cue, who) in [
        // a pronoun and a titled name
        (
            "He and Chairman Bob Goodlatte both condemned the program.",
            "condemned",
            "He and Chairman Bob Goodlatte",
        ),
        // a quantifier floating after a party label
        (
            "Sens. Ann Lee (D-Ore.) and Bob Kim (D-Ohio) all suggested that the claims were false.",
            "suggested",
            "Sens. Ann Lee (D-Ore.) and Bob Kim",
        ),
        (
            "he and Brafman had said the same thing.",
            "said",
            "he and Brafman",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}: {all:#?}");
    }
    // (a companion after a possessive, as before)
    let all = reports("He and his wife said that the plan failed.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("He and his wife"));
}

#[test]
fn a_verb_set_off_by_a_comma_and_a_conjunction_goes_on_with_the_reporter() {
    // ", but cautioned" goes on with the one who said it, not with the
    // subject of a verb inside what was said
    let all = reports(
        "The governor said Tuesday that he had voted for Rubio, but cautioned \
         against reading too much into it.",
    );
    assert_eq!(
        speaker(by_cue(&all, "cautioned against")),
        Some("The governor"),
        "{all:#?}"
    );
    // (past an adverb after the conjunction too)
    let all = reports(
        "The governor said Tuesday that he had voted for Rubio, but later cautioned against \
         reading too much into it.",
    );
    assert_eq!(
        speaker(by_cue(&all, "cautioned against")),
        Some("The governor"),
        "{all:#?}"
    );
    // (with no comma, the verb may go on with the reported clause's
    // subject: "they want lower rates and suggest …")
    let all = reports("Lee said they want lower rates and suggest that growth follows.");
    assert_eq!(speaker(by_cue(&all, "suggest")), Some("they"), "{all:#?}");
}

#[test]
fn that_after_a_gerund_a_preposition_governs_is_its_object() {
    // "against viewing that as …": "that" is what is viewed, no clause
    // the warning reports
    assert_contents(&[
        (
            "The governor cautioned against viewing that as an endorsement.",
            "cautioned against",
            "viewing that as an endorsement",
        ),
        // (a noun in -ing after an article: "at a briefing that" opens
        // the content)
        (
            "Lee said at a briefing that the plan failed.",
            "said",
            "that the plan failed",
        ),
    ]);
}

#[test]
fn a_comparison_after_a_conjunction_is_no_subject() {
    // "and like Trump has spoken": the verb "and" joins is Hunter's; the
    // name compared with is no subject
    for (text, cue) in [
        (
            "Hunter represents a district in San Diego, and like Trump has spoken \
             about the need for a wall.",
            "spoken",
        ),
        (
            "Hunter represents a district, and unlike Trump has never called for a wall.",
            "called for",
        ),
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, cue)),
            Some("Hunter"),
            "{text}: {all:#?}"
        );
    }
    // (a pronoun of its own after the comparison is the subject)
    let all = reports("Kim won, but like many Republicans he has said little.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("he"));
    // (and "like" after a noun joins the phrase: "Voters like Trump say")
    let all = reports("Voters like Trump say the wall matters.");
    assert_eq!(speaker(by_cue(&all, "say")), Some("Voters like Trump"));
}

#[test]
fn worse_opening_a_sentence_is_no_subject() {
    // "Worse," (and "Worse still,") is a sentence adverb, not a name
    for text in [
        "Worse, the companies hid their havens, in many cases reporting different numbers.",
        "Worse still, the companies hid them, reporting different numbers.",
    ] {
        let all = reports(text);
        assert_eq!(
            speaker(by_cue(&all, "reporting")),
            Some("the companies"),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_verb_joined_to_an_infinitive_stays_in_its_content() {
    // a quotation after "to make a joke and call" is the infinitive's
    // subject's (see the rule examples of `reported_speech`); reported
    // speech keeps the joined verb inside the content it belongs to
    assert_contents(&[
        (
            "Ann Lee hopes to win the primary and unite the party behind her.",
            "hopes",
            "to win the primary and unite the party behind her",
        ),
        (
            "Officials said the mayor still has time to step up and show that she can lead.",
            "said",
            "the mayor still has time to step up and show that she can lead",
        ),
    ]);
}

#[test]
fn whenever_opens_a_clause_as_when_does() {
    // "Whenever asked about …": a question with no asker, as after "When"
    let all = reports("Whenever asked about her weaknesses, she changed the subject.");
    let r = by_cue(&all, "asked");
    assert_eq!(speaker(r), None, "{all:#?}");
    assert_eq!(content(r), ["her weaknesses"]);
    // a clause it opens holds no subject for the main verb
    let all = reports("Whenever she was pressed on it, Lee said the plan would work.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"), "{all:#?}");
}

#[test]
fn a_letter_signed_speaks_for_its_signers() {
    // the participle after a document its subject signed or drafted is
    // the signers' report, the document its source
    for (text, who, document) in [
        (
            "Fifty former officials signed an open letter Monday making it clear that they would not vote for him.",
            "Fifty former officials",
            "an open letter",
        ),
        (
            "Two senators drafted a memo last week arguing that the deal was illegal.",
            "Two senators",
            "a memo",
        ),
    ] {
        let all = reports(text);
        let r = all
            .iter()
            .find(|r| r.kind() == ReportKind::Indirect)
            .unwrap();
        assert_eq!(speaker(r), Some(who), "{text}: {all:#?}");
        assert_eq!(
            r.source().map(whosaid::Mention::text),
            Some(document),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_verb_after_a_semicolon_goes_on_with_its_own_clause() {
    // the clause after a semicolon has its own subject: a verb joined by
    // "but" there is that subject's, not the report's before the semicolon
    let all =
        reports("He proposes breaking up the banks; she backs tougher rules but embraces the law.");
    assert_eq!(speaker(by_cue(&all, "proposes")), Some("He"));
    assert_eq!(speaker(by_cue(&all, "embraces")), Some("she"), "{all:#?}");
    // within one clause the verb still goes on with the report before it
    let all = reports("He proposed a tax and defended it in a speech.");
    assert_eq!(speaker(by_cue(&all, "defended")), Some("He"), "{all:#?}");
}

#[test]
fn a_participle_after_a_perfect_auxiliary_starts_no_phrase() {
    // "would have allowed private citizens professing …": "allowed" is
    // the clause's verb, and the phrase before the participle starts
    // after it
    let all = reports(
        "The bill would have allowed private citizens professing a religious belief to refuse service.",
    );
    assert_eq!(
        speaker(by_cue(&all, "professing")),
        Some("private citizens"),
        "{all:#?}"
    );
    // (a participle as an adjective after an article still is one: "the
    // detailed account")
    let all = reports("The detailed account reveals that the plan failed.");
    assert_eq!(
        speaker(by_cue(&all, "reveals")),
        Some("The detailed account")
    );
}

#[test]
fn a_conjunction_opening_the_sentence_is_no_word_of_the_speaker() {
    for (text, who) in [
        ("But this only explains why voters are leaving.", "this"),
        (
            "And a full 79 percent of Democrats say they are satisfied.",
            "a full 79 percent of Democrats",
        ),
        ("But few believe the deal will last.", "few"),
        ("Then someone asked how the plan would work.", "someone"),
    ] {
        let all = reports(text);
        assert_eq!(speaker(&all[0]), Some(who), "{text}: {all:#?}");
    }
}

#[test]
fn a_pronoun_and_a_phrase_joined_to_it_are_addressed_together() {
    let all = reports("Officials told him and Lee that the plan would fail.");
    let r = by_cue(&all, "told");
    assert_eq!(addressee(r), Some("him and Lee"), "{all:#?}");
    assert_eq!(content(r), ["that the plan would fail"]);
    // (only where "that" or punctuation shows where the phrase ends)
    let all = reports("A partner told him and his fellow associates to do nothing.");
    assert!(
        all.iter()
            .all(|r| !content(r).concat().starts_with("associates")),
        "{all:#?}"
    );
}

#[test]
fn a_share_of_people_a_poll_opens_the_sentence_with_speaks_through_it() {
    let text = "In a new Gallup poll, 75 percent of nurses said the shifts were \"too long.\"";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("a new Gallup poll"), "{all:#?}");
    assert!(r.source().is_none(), "{all:#?}");
    // a person in the poll's sentence keeps the poll as the source
    let text = "In a new memo, Ann Lee said the shifts were \"too long.\"";
    let all = reports(text);
    let r = by_cue(&all, "said");
    assert_eq!(speaker(r), Some("Ann Lee"), "{all:#?}");
    assert_eq!(r.source().map(whosaid::Mention::text), Some("a new memo"));
}

#[test]
fn a_headline_adverb_before_the_verb_is_no_part_of_the_speaker() {
    for (text, who, cue) in [
        (
            "Ann Lee Just Announced Her Plan for the City",
            "Ann Lee",
            "Announced",
        ),
        (
            "Governor Finally Endorses Tom Park for Mayor",
            "Governor",
            "Endorses",
        ),
        (
            "Ann Lee Has Endorsed Tom Park for Mayor",
            "Ann Lee",
            "Endorsed",
        ),
        (
            "Ann Lee Is Now Calling the Plan a Disaster",
            "Ann Lee",
            "Calling",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{all:#?}");
    }
}

#[test]
fn a_poll_opening_the_sentence_takes_its_participle_and_a_poll_inside_a_share_speaks() {
    let text = "In the new Gallup poll, conducted May 1-3, 40 percent of nurses back the union.";
    let all = reports(text);
    let r = by_cue(&all, "In");
    assert_eq!(speaker(r), Some("the new Gallup poll, conducted May 1-3"));
    assert_eq!(content(r), ["40 percent of nurses back the union"]);
    let text = "About 78 percent of nurses in a recent Gallup poll said they trust the union.";
    let all = reports(text);
    assert_eq!(speaker(by_cue(&all, "said")), Some("a recent Gallup poll"));
}

#[test]
fn a_phrase_before_a_past_verb_with_its_object_is_the_contents_subject() {
    assert_contents(&[
        (
            "Sir John Hale warned the party faced a very difficult winter.",
            "warned",
            "the party faced a very difficult winter",
        ),
        (
            "The mayor warned commuters faced a long wait at the station.",
            "warned",
            "commuters faced a long wait at the station",
        ),
    ]);
    // "told" always has its listener; "warned" a listener before "that"
    let all = reports("Lee warned the party leaders that they faced a crisis.");
    let r = by_cue(&all, "warned");
    assert_eq!(addressee(r), Some("the party leaders"));
    assert_eq!(content(r), ["that they faced a crisis"]);
}

#[test]
fn adverbs_of_degree_and_time_between_the_speaker_and_the_verb() {
    // "has since said", "almost always says", "never quite realized":
    // the adverbs stand outside the speaker's phrase, the report is found
    for (text, cue, who, what) in [
        (
            "Ann Lee has since said that the plan had failed.",
            "said",
            "Ann Lee",
            "that the plan had failed",
        ),
        (
            "Ann Lee almost always says that the plan failed.",
            "says",
            "Ann Lee",
            "that the plan failed",
        ),
        (
            "But the police never quite realized that the plan had failed.",
            "realized",
            "the police",
            "that the plan had failed",
        ),
        (
            "No one had ever said that the plan would fail.",
            "said",
            "No one",
            "that the plan would fail",
        ),
    ] {
        let all = reports(text);
        let r = by_cue(&all, cue);
        assert_eq!(speaker(r), Some(who), "{text}");
        assert_eq!(content(r), [what], "{text}");
    }
    // "since" elsewhere is no adverb of the verb: no report of "seen"
    let text = "Crime fell at a rate not seen since the 1960s.";
    assert!(
        reports(text)
            .iter()
            .all(|r| !content(r).iter().any(|c| c.contains("1960s"))),
        "{text}"
    );
}

#[test]
fn calling_a_person_with_nothing_to_name_them_reports_nothing() {
    // a call made: a person after "called" with no name for them after
    for text in [
        "Parker called her son, who drove in from Macon.",
        "Lee called a friend for help.",
        "She called Sanders to congratulate him.",
        "Lee called her lawyer and went home.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // naming: a person and what they are called
    for (text, what) in [
        ("Lee called the man a liar.", "the man a liar"),
        ("Lee called him \"a liar.\"", "him \"a liar.\""),
        (
            "Lee called Trump's plan a disaster.",
            "Trump's plan a disaster",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "called")), [what], "{text}");
    }
    // and calling on someone, or for something
    let all = reports("Lee called on Congress to act.");
    assert_eq!(content(by_cue(&all, "called on")), ["Congress to act"]);
}

#[test]
fn a_noun_in_ment_before_a_verb_in_s_is_its_subject() {
    // "indictment", "statement": nouns, not adjectives before a plural
    // noun of speech ("several negative comments")
    let all = reports("The indictment charges that Lee conspired to defraud investors.");
    let r = by_cue(&all, "charges");
    assert_eq!(speaker(r), Some("The indictment"));
    assert_eq!(content(r), ["that Lee conspired to defraud investors"]);
    // an adjective before such a noun is still no speaker
    let all = reports("His vehement claims of fraud were never proven.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("His vehement")),
        "{all:#?}"
    );
}

#[test]
fn the_ones_a_survey_polled_are_the_speaker_with_its_agent() {
    // "polled by", "surveyed by", "interviewed by": the participle and
    // its agent place the speakers, as "familiar with" does
    assert_say_speakers(&[
        (
            "Voters surveyed by the Pew Research Center said the economy mattered most.",
            "Voters surveyed by the Pew Research Center",
        ),
        (
            "Economists polled by Reuters say the bank will hold rates.",
            "Economists polled by Reuters",
        ),
    ]);
    // not a passive of the sentence's own ("was interviewed by police")
    let all = reports("Lee was interviewed by police and said he saw nothing.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
}

#[test]
fn an_opening_as_clause_reads_past_where_the_words_stand() {
    // "in her memoir", "on her blog last week": where the words were
    // written, between the verb and the comma
    for text in [
        "As Lee notes in her memoir, the party lost its way.",
        "As Lee wrote on her blog last week, the party lost its way.",
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(speaker(&all[0]), Some("Lee"), "{text}");
        assert_eq!(content(&all[0]), ["the party lost its way"], "{text}");
    }
    // a clause of time, with no verb of saying, reports nothing
    assert!(reports("As Lee arrived in the city, the party lost its way.").is_empty());
}

#[test]
fn a_city_and_its_state_between_commas_stay_inside_the_speaker() {
    assert_say_speakers(&[
        (
            "The Cupertino, Calif., company said it would cut 400 jobs.",
            "The Cupertino, Calif., company",
        ),
        (
            "The Trenton, N.J., firm said it would cut 400 jobs.",
            "The Trenton, N.J., firm",
        ),
        (
            "The Austin, Texas-based company said it would cut 400 jobs.",
            "The Austin, Texas-based company",
        ),
        (
            "A spokeswoman for the Bentonville, Ark., retailer said it would cut 400 jobs.",
            "A spokeswoman for the Bentonville, Ark., retailer",
        ),
        (
            "The Raleigh, North Carolina, company said it would cut 400 jobs.",
            "The Raleigh, North Carolina, company",
        ),
    ]);
    // no report of the words before it when a quotation closes first
    let all = reports("\"It hurts,\" the Austin, Texas, company said.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(speaker(&all[0]), Some("the Austin, Texas, company"));
    assert_eq!(all[0].kind(), ReportKind::Direct);
    // not a list of places, nor a place without an article before it
    let all = reports("Workers in the Austin, Texas, and Ohio plants said they would strike.");
    let r = by_cue(&all, "said");
    assert!(
        speaker(r).is_none_or(|s| !s.starts_with("the Austin, Texas,")),
        "{all:#?}"
    );
    assert_say_speakers(&[(
        "In Austin, Texas, officials said they would strike.",
        "officials",
    )]);
}

#[test]
fn a_bodys_noun_opening_the_sentence_is_the_description_it_is_in_lower_case() {
    // "Police said" as "police said": no organisation named "Police"
    for text in [
        "Police said the man fled on foot.",
        "police said the man fled on foot.",
        "DAYTON, Ohio (AP) \u{2014} Police said the man fled on foot.",
    ] {
        let all = reports(text);
        let s = by_cue(&all, "said").speaker().expect("a speaker");
        assert_eq!(s.kind(), whosaid::MentionKind::Description, "{text}");
        assert_eq!(s.name(), None, "{text}");
    }
    // a body's proper name in one word stays one
    let all = reports("Congress said the man fled on foot.");
    let s = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(s.kind(), whosaid::MentionKind::Organization);
    // and so do "Police" inside a name
    let all = reports("State Police said the man fled on foot.");
    let s = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(s.kind(), whosaid::MentionKind::Organization);
}

#[test]
fn a_subordinator_opening_the_sentence_is_no_word_of_the_speaker() {
    for (text, cue, who) in [
        (
            "As both political parties belatedly recognize the anxiety of workers, the consensus is fading.",
            "recognize",
            "both political parties",
        ),
        (
            "But simple math shows he needs to win women.",
            "shows",
            "simple math",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(who), "{text}");
    }
}

#[test]
fn a_name_met_first_in_a_report_is_its_own_canonical_name() {
    // a speaker no sentence made the subject before has the name it is
    // given, as a quotation's speaker would
    for (text, cue, name) in [
        ("As Lee put it, the plan is dead.", "put it", "Lee"),
        (
            "The plan is dead, according to Sen. Ann Lee.",
            "according to",
            "Ann Lee",
        ),
        (
            "The plan is dead, as Acme Corp. said.",
            "said",
            "Acme Corp.",
        ),
    ] {
        let all = reports(text);
        let spk = by_cue(&all, cue).speaker().expect("a speaker");
        assert_eq!(spk.name(), Some(name), "{text}");
    }
    // a quotation's attribution of the same text names the speaker alike
    let text = "As Lee put it, \"the plan is dead.\"";
    let quoted = whosaid::attribute(text).next().expect("one quotation");
    assert_eq!(quoted.speaker().and_then(|s| s.name()), Some("Lee"));
    // a description keeps none
    let all = reports("As the mayor put it, the plan is dead.");
    let spk = by_cue(&all, "put it").speaker().expect("a speaker");
    assert_eq!(spk.name(), None);
}

#[test]
fn a_sentence_adverb_before_a_name_and_its_appositive_is_no_speaker() {
    let all = reports("Recently, Herman Cain, a radio host, said refugees were a threat.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Herman Cain"));
    let all =
        reports("Recently, Herman Cain, a radio host, was asked by a caller why refugees come.");
    assert_eq!(addressee(by_cue(&all, "asked")), Some("Herman Cain"));
    // (a quotation's speaker is read by the same grammar)
    let text = "Recently, Herman Cain, a radio host, said: \"They come.\"";
    let quoted = whosaid::attribute(text).next().expect("one quotation");
    assert_eq!(
        quoted.speaker().map(whosaid::Mention::text),
        Some("Herman Cain")
    );
    // a surname in "-ly" is a name: before a description, and alone
    let all = reports("Connally, a former governor, said the vote was close.");
    let spk = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(spk.name(), Some("Connally"));
    for name in ["Connally", "McNally"] {
        let text = format!("{name} said the vote was close.");
        let all = reports(&text);
        assert_eq!(speaker(by_cue(&all, "said")), Some(name), "{text}");
    }
    // an adverb opening the sentence stays no name
    let all = reports("Apparently, the vote was close, officials said.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("Apparently")),
        "{all:#?}"
    );
}

#[test]
fn a_plural_of_members_or_initials_after_modifiers_is_a_group_described() {
    for (text, cue) in [
        ("The race is over, veteran Republicans said.", "said"),
        ("He should quit, top fellow Democrats say.", "say"),
        ("The super PACs said they would spend more.", "said"),
    ] {
        let all = reports(text);
        let spk = by_cue(&all, cue).speaker().expect("a speaker");
        assert_eq!(spk.kind(), whosaid::MentionKind::Description, "{text}");
        assert_eq!(spk.name(), None, "{text}");
    }
    // a surname in "-s" after a modifier stays a name
    let all = reports("The race is over, a defiant Sanders said.");
    let spk = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(spk.name(), Some("Sanders"));
}

#[test]
fn a_noun_in_ly_after_a_noun_ends_its_phrase() {
    // "family", "rally", "reply" after a noun are the phrase's head, not
    // an adverb before the verb
    for (text, cue, phrase) in [
        (
            "The Clinton family said it was grateful.",
            "said",
            "The Clinton family",
        ),
        (
            "Even the organizer of a pro-Trump rally said the rules were unfair.",
            "said",
            "the organizer of a pro-Trump rally",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(phrase), "{text}");
    }
    // an adverb in -ly still stands between a subject and its verb
    let all = reports("Lee's allies repeatedly said it was over.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee's allies"));
}

#[test]
fn an_event_before_a_participle_of_speaking_leaves_it_to_the_subject() {
    // the one who opened the rally speaks, a description as much as a
    // name
    for (text, subject) in [
        (
            "The senator opened a rally blasting Clinton for promoting fracking.",
            "The senator",
        ),
        (
            "Tuesday, the senator opened a Rochester rally blasting Clinton for promoting fracking.",
            "the senator",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, "blasting")), Some(subject), "{text}");
    }
    // a thing as the subject speaks for no one
    let all = reports("The fracas opened a rally saying Clinton was wrong.");
    assert!(
        all.iter().all(|r| speaker(r) != Some("The fracas")),
        "{all:#?}"
    );
}

#[test]
fn a_phrase_of_time_between_the_subject_and_its_verb_is_no_subject() {
    // "after the vote" is a preposition's phrase here: the phrase opening
    // the sentence (or a clause of "that") before it is the subject
    for (text, cue, subject) in [
        ("Lee after the vote said he was pleased.", "said", "Lee"),
        (
            "The mayor of Boston after the vote said he was pleased.",
            "said",
            "The mayor of Boston",
        ),
        (
            "The turmoil after the vote shows that voters are angry.",
            "shows",
            "The turmoil",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(subject), "{text}");
    }
    // a clause of time keeps its own subject: after a verb, after "and",
    // or with a bare plural
    for (text, cue, subject) in [
        (
            "Ann Lee resigned after the board said she had misled it.",
            "said",
            "the board",
        ),
        (
            "A judge sentenced him to probation and a fine after the man wrote that refugees should leave.",
            "wrote",
            "the man",
        ),
    ] {
        let all = reports(text);
        assert_eq!(speaker(by_cue(&all, cue)), Some(subject), "{text}");
    }
}

#[test]
fn a_reporting_clause_set_off_by_commas_is_no_content_of_a_later_verb() {
    // "he said" interrupts the sentence: what follows its comma is what
    // he said, and a participle after "was" closes nothing
    for (text, second) in [
        (
            "Still, he said, the message was encouraging.",
            "the message was encouraging",
        ),
        (
            "Even so, Ms. Lee argued, the news was encouraging.",
            "the news was encouraging",
        ),
        // (the verb before its subject, and a time after them)
        (
            "Still, said Ann Lee, the message was encouraging.",
            "the message was encouraging",
        ),
        (
            "Still, he said Tuesday, the message was encouraging.",
            "the message was encouraging",
        ),
    ] {
        let all = reports(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(
            content(&all[0]).last().map(String::as_str),
            Some(second),
            "{text}"
        );
    }
    // a report closing the sentence still holds a report inside its
    // content
    let all = reports("The campaign said the plan failed, CNN reported.");
    assert_eq!(speaker(by_cue(&all, "reported")), Some("CNN"));
}

#[test]
fn a_phrase_of_time_alone_after_the_verb_reports_nothing() {
    // how long or when something was said is no content
    for text in [
        "Dorsey conceded shortly before midnight.",
        "Lee testified for three hours.",
        "The senator pushed for months.",
        "The mayor spoke for about 30 minutes.",
        "Lee replied moments later.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a content after the phrase, or an object that is no time, stays
    for (text, cue, said) in [
        (
            "She argued for hours that the law was wrong.",
            "argued",
            "that the law was wrong",
        ),
        (
            "Lee asked for one more chance.",
            "asked",
            "for one more chance",
        ),
        (
            "He was hoping for two things that day.",
            "hoping",
            "for two things that day",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [said], "{text}");
    }
}

#[test]
fn a_clause_of_as_after_the_verb_is_when_or_how_not_what() {
    // a subject and its verb after "as", or "as if": the circumstance of
    // the words
    for text in [
        "Ann Lee, wearing a hat, said quietly as confetti fluttered down.",
        "He responded as if he had been hurt.",
        "She hesitated as the interview wrapped.",
        "Tom Hale said as it grew dark.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a "that" after the clause opens the content
    let all = reports("She said as the interview wrapped that she would run.");
    assert_eq!(content(by_cue(&all, "said")), ["that she would run"]);
    // "as" before a phrase alone, or a comparison, is no such clause
    for (text, cue, said) in [
        (
            "They described the plan as a mess.",
            "described",
            "the plan as a mess",
        ),
        (
            "Polls show as many as 30 percent of voters are undecided.",
            "show",
            "as many as 30 percent of voters are undecided",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, cue)), [said], "{text}");
    }
}

#[test]
fn a_work_written_with_no_words_of_its_own_is_no_content() {
    // writing a letter or a book names the medium, not what was said
    for text in [
        "Baker wrote the letter Feb. 2 to the legal adviser.",
        "The company wrote a detailed, six-page letter to the president.",
        "She wrote a children's book in 2010.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:#?}", reports(text));
    }
    // a work followed by what it says, or a clause, stays
    for (text, said) in [
        (
            "Ted Cruz wrote an op-ed urging Congress to act.",
            "an op-ed urging Congress to act",
        ),
        (
            "Ann Lee wrote a letter to the board saying the plan was dead.",
            "a letter to the board saying the plan was dead",
        ),
        (
            "Ann Lee wrote that the plan was dead.",
            "that the plan was dead",
        ),
        (
            "Ann Lee wrote about the visit in her book.",
            "the visit in her book",
        ),
    ] {
        let all = reports(text);
        assert_eq!(content(by_cue(&all, "wrote")), [said], "{text}");
    }
}

#[test]
fn a_reporting_clause_after_a_comma_opening_the_line_does_not_panic() {
    // found by fuzzing (the third text is the fuzzer's input, cut to the
    // part that panicked): a range before a comma that is empty made an
    // unchecked subtraction overflow in debug builds
    for text in [
        ", Priya Raman, said Friday that her members welcomed the accord.",
        "The head of the group\n, Priya Raman, said Friday that it worked.",
        "The head of the National Growe\u{1}\0\0\n, Priya Raman, said Friday that her \
         members welco*ed the accord but warn Ortega told Duboiof this agreement\" \
         whatever the weather.\n\"Ge have waited a long time for this,\" Raman said.",
    ] {
        let all = reports(text);
        for r in &all {
            for span in r.content() {
                assert!(text.get(span.start..span.end).is_some(), "{text}");
            }
        }
    }
}

#[test]
fn a_run_on_sentence_is_read_to_its_end() {
    // a sentence far longer than any in news (no stop for 300 clauses)
    // is read cue by cue in windows: every clause still reports, with
    // its speaker and a content that starts at its "that"
    let text = "Ann Lee said that the plan worked, ".repeat(300) + "and that was that.";
    let all = reports(&text);
    assert_eq!(all.len(), 300);
    for r in &all {
        assert_eq!(speaker(r), Some("Ann Lee"));
        assert_eq!(r.cue().map(whosaid::Cue::text), Some("said"));
        let first = r.content_text().next().unwrap_or("");
        assert!(first.starts_with("that the plan worked"), "{first}");
    }
    // the last clause's content runs to the sentence's end
    assert_eq!(
        all.last().and_then(|r| r.content_text().last()),
        Some("that the plan worked, and that was that")
    );
}

#[test]
fn a_quotation_over_paragraphs_is_reported_once_by_its_closing_speaker() {
    // read in each paragraph it runs over: the speaker carried from
    // before gives way to the reporting clause that closes it, as it does
    // for the quotation itself, in a stream too
    let text = "Ann Lee described the night.\n\n\
                \"We drove for hours.\n\n\
                \"Then the truck came.\n\n\
                \"I woke up in the hospital,\" Dana Cole said.\n\n\
                Lee's aide confirmed it.\n";
    let all = reports(text);
    let direct: Vec<_> = all
        .iter()
        .filter(|r| r.kind() == ReportKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{all:#?}");
    assert_eq!(speaker(direct[0]), Some("Dana Cole"));
    assert_eq!(direct[0].rule(), Some(Rule::TrailingSpeakerCue));
    let quoted: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(quoted.len(), 1);
    assert_eq!(
        quoted[0].speaker().map(whosaid::Mention::text),
        speaker(direct[0])
    );
    let direct: Vec<_> = streamed(text, '\n')
        .iter()
        .filter(|r| r.kind() == ReportKind::Direct)
        .map(|r| speaker(r).map(str::to_owned))
        .collect();
    assert_eq!(direct, [Some("Dana Cole".to_owned())]);
    // a quotation over two paragraphs, closed in the second, likewise
    let text = "Ann Lee described the night.\n\n\
                \"We drove for hours.\n\n\
                \"I woke up in the hospital,\" Dana Cole said.\n";
    let all = reports(text);
    let direct: Vec<_> = all
        .iter()
        .filter(|r| r.kind() == ReportKind::Direct)
        .map(|r| speaker(r))
        .collect();
    assert_eq!(direct, [Some("Dana Cole")], "{all:#?}");
}

#[test]
fn an_infinitive_measuring_a_degree_reports_nothing() {
    for text in [
        "With all precincts reporting, the race remained too close to call.",
        "The contest proved too close to call for much of the night.",
        "The outcome is too early to predict, and the count goes on.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // the sentence's own report stays, the degree inside its content
    let all = reports("It is too early to say whether the plan will work, officials said.");
    assert_eq!(all.len(), 1);
    assert_eq!(speaker(&all[0]), Some("officials"));
    // an adjective of readiness keeps its subject's report
    let all = reports("Lee was too quick to blame the unions for the strike.");
    assert_eq!(speaker(by_cue(&all, "blame")), Some("Lee"));
}

#[test]
fn a_verb_after_a_relative_clause_on_the_contents_subject_is_the_contents() {
    assert_contents(&[
        (
            "Officers said the driver, whose name was not released, showed signs of impairment.",
            "said",
            "the driver, whose name was not released, showed signs of impairment",
        ),
        (
            "Police said the suspect, who was not named, fled on foot.",
            "said",
            "the suspect, who was not named, fled on foot",
        ),
    ]);
    // a past form after a comma with no relative clause before it is
    // still the next of the subject's acts
    let all = reports("Lee condemned the vote, accused the party of fraud.");
    assert_eq!(speaker(by_cue(&all, "accused")), Some("Lee"));
}

#[test]
fn an_imperative_with_please_has_no_speaker_in_the_text() {
    for text in [
        "But please know that I am a workhorse, not a show horse.",
        "Please understand that the office is closed on Fridays.",
    ] {
        let all = reports(text);
        assert!(all.is_empty(), "{text}: {all:#?}");
    }
    // the verb of a speaker that reports the imperative still reports it
    let all = reports("Lee said: please understand that the plan is fair.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
}

#[test]
fn a_surname_subject_with_an_age_is_a_person_a_pronoun_may_mean() {
    let text = "Dan Cole spoke first. Smith, 52, did not speak to reporters. \
                He has pleaded not guilty.";
    let all = reports(text);
    let r = by_cue(&all, "pleaded");
    assert_eq!(r.speaker().and_then(whosaid::Mention::name), Some("Smith"));
}

#[test]
fn the_plural_of_a_title_of_agents_is_a_noun_of_speakers() {
    // "controllers", "senators", "sergeants": plurals of titles whose
    // ending names one who acts, in a coordinated subject as a speaker
    // noun's plural would be
    assert_say_speakers(&[
        (
            "Pilots and controllers said that shortages were a risk.",
            "Pilots and controllers",
        ),
        (
            "Nurses and commissioners said the clinic would close.",
            "Nurses and commissioners",
        ),
    ]);
    // a title whose plural is also a verb's form stays a verb: "Lee chairs
    // the panel", "Trump primes supporters"
    let all = reports("Lee chairs the panel and said the vote would wait.");
    assert_eq!(speaker(by_cue(&all, "said")), Some("Lee"));
}

#[test]
fn a_noun_clause_in_an_opening_phrase_ends_before_the_sentences_subject() {
    // "Pressed on complaints … that C, Psaki said …": the content of the
    // noun ends at the comma before the sentence's own subject and verb
    let all = reports(
        "Pressed on complaints from local officials that fuel had been slow to arrive, Psaki said the administration was working.",
    );
    assert_eq!(
        content(by_cue(&all, "complaints")),
        ["that fuel had been slow to arrive"]
    );
    assert_eq!(speaker(by_cue(&all, "said")), Some("Psaki"));
    // an appositive inside the content is no subject of the sentence
    let all = reports("Smith's claim that the mayor, Ann Lee, had lied to voters drew fire.");
    assert_eq!(
        content(by_cue(&all, "claim")),
        ["that the mayor, Ann Lee, had lied to voters"]
    );
}

#[test]
fn capitals_closing_with_a_findings_document_describe_it() {
    // a headline's "Large Study Finds": a document described, no one's
    // name
    let all =
        reports("Daily Walk Cuts Heart Risk, Large Study Finds\n\nPeople who walk live longer.");
    let s = by_cue(&all, "Finds").speaker().expect("a speaker");
    assert_eq!(s.text(), "Large Study");
    assert_eq!(s.kind(), whosaid::MentionKind::Description);
    assert_eq!(s.name(), None);
    // after an article the capitals may name a publication
    let all = reports("The Drudge Report said that the campaign was over.");
    let s = by_cue(&all, "said").speaker().expect("a speaker");
    assert_eq!(s.kind(), whosaid::MentionKind::Organization);
}
