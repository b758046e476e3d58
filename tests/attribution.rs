//! Speaker attribution, rule by rule, with negative cases.

use whosaid::{Attribution, Mention, MentionKind, Rule};

/// Speaker as written, canonical name, cue and rule of one quotation.
type Summary = (Option<String>, Option<String>, Option<String>, Option<Rule>);

fn all(text: &str) -> Vec<Attribution<'_>> {
    whosaid::attribute(text)
        .filter(|a| a.quote().depth() == 0)
        .collect()
}

/// (speaker as written, canonical name, cue, rule) of each top-level quote.
fn summary(text: &str) -> Vec<Summary> {
    all(text)
        .iter()
        .map(|a| {
            (
                a.speaker().map(|s| s.text().to_owned()),
                a.speaker().and_then(Mention::name).map(str::to_owned),
                a.cue().map(|c| c.text().to_owned()),
                a.rule(),
            )
        })
        .collect()
}

fn speaker(text: &str, i: usize) -> Option<String> {
    all(text)[i].speaker().map(|s| s.text().to_owned())
}

mod trailing {
    use super::*;

    #[test]
    fn one_who_recalls_another_speaking_reports_the_words() {
        for (text, who) in [
            (
                "\"Try harder,\" Mr. Mitchell recalled the president telling him.",
                "Mr. Mitchell",
            ),
            ("\"Try harder,\" Ann Lee recalled him saying.", "Ann Lee"),
            (
                "\"Try harder,\" Ann Lee recalled her coach saying at the time.",
                "Ann Lee",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
            assert_eq!(a.cue().map(whosaid::Cue::text), Some("recalled"), "{text}");
        }
        // a memory of a thing, or of any other act, is no report of the
        // quotation
        for text in [
            "\"Try harder,\" Ann Lee recalled the coach had written.",
            "\"Try harder,\" Ann Lee recalled the coach running drills.",
        ] {
            assert_eq!(speaker(text, 0), None, "{text}");
        }
    }

    #[test]
    fn quote_then_speaker_then_verb() {
        assert_eq!(
            summary("\u{201c}We will win,\u{201d} Maria Lopez said."),
            [(
                Some("Maria Lopez".to_owned()),
                Some("Maria Lopez".to_owned()),
                Some("said".to_owned()),
                Some(Rule::TrailingSpeakerCue)
            )]
        );
    }

    #[test]
    fn will_is_a_given_name_inside_a_sentence() {
        assert_eq!(
            speaker("\u{201c}We lost,\u{201d} said Will Hurd.", 0).as_deref(),
            Some("Will Hurd")
        );
        // a question opening with the modal names no "Will Trump"
        assert_eq!(
            speaker("Lee asked: \u{201c}Will Trump win?\u{201d}", 0).as_deref(),
            Some("Lee")
        );
        let text = "Will Trump win? \u{201c}No,\u{201d} Lee said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
        assert!(
            whosaid::Document::new(text)
                .entities()
                .iter()
                .all(|e| !e.name().contains("Will")),
            "no entity named Will Trump"
        );
    }

    #[test]
    fn june_and_april_are_given_names_before_a_surname() {
        for (text, who) in [
            (
                "\u{201c}It was time,\u{201d} June Halvorsen said.",
                "June Halvorsen",
            ),
            (
                "\u{201c}It was time,\u{201d} said April Ryan, a reporter.",
                "April Ryan",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        // a date: after a word of time, or before a number or a day
        for text in [
            "In June Trump said: \u{201c}It was time.\u{201d}",
            "Since April Congress has stalled. \u{201c}It was time,\u{201d} Lee said.",
        ] {
            assert!(
                whosaid::Document::new(text)
                    .entities()
                    .iter()
                    .all(|e| !e.name().contains("June") && !e.name().contains("April")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_speaker_placed_by_a_participle_and_its_complement() {
        for (text, who) in [
            (
                "\u{201c}It is over,\u{201d} two people briefed on the talks said.",
                "two people briefed on the talks",
            ),
            (
                "\u{201c}It is over,\u{201d} officials involved in the review said.",
                "officials involved in the review",
            ),
            (
                "\u{201c}It is over,\u{201d} said a diplomat based in Geneva.",
                "a diplomat based in Geneva",
            ),
            (
                "\u{201c}It is over,\u{201d} aides working on the campaign said.",
                "aides working on the campaign",
            ),
        ] {
            let found = summary(text);
            assert_eq!(found[0].0.as_deref(), Some(who), "{text}");
            assert_eq!(found[0].2.as_deref(), Some("said"), "{text}");
        }
        // a finite verb with the same preposition ends the phrase
        let all = whosaid::reports("Lee said the mayor worked on the plan.").collect::<Vec<_>>();
        assert_eq!(
            all[0].content_text().collect::<Vec<_>>(),
            ["the mayor worked on the plan"]
        );
    }

    #[test]
    fn the_agent_of_a_participle_in_the_subject_does_not_speak() {
        let text = "A memo obtained by The Times says \u{201c}the plan is dead.\u{201d}";
        assert_eq!(speaker(text, 0).as_deref(), Some("A memo"));
        let text = "A letter from the union seen by Reuters warns \u{201c}no deal.\u{201d}";
        assert_eq!(speaker(text, 0).as_deref(), Some("A letter from the union"));
        // an agent with no participle before it is read as before
        let text = "Aides to the mayor said \u{201c}no deal.\u{201d}";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aides to the mayor"));
    }

    #[test]
    fn a_modal_or_contracted_auxiliary_before_the_verb() {
        for text in [
            "\u{201c}Not again,\u{201d} she would later say.",
            "\u{201c}Not again,\u{201d} she\u{2019}d say.",
            "\u{201c}Not again,\u{201d} she will argue.",
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some("she"), "{text}");
        }
        // a name with an apostrophe is no pronoun and its auxiliary
        let text = "\u{201c}Not again,\u{201d} Ann O\u{2019}Dell said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann O\u{2019}Dell"));
    }

    #[test]
    fn a_relative_clause_after_whom_the_speaker_told() {
        let text =
            "\u{201c}It is over,\u{201d} the mayor told a crowd that organizers put at 3,000.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
        // without the quotation's comma, "that" opens what was told
        let text = "The mayor told a crowd that \u{201c}it is over.\u{201d}";
        assert_eq!(summary(text)[0].3, Some(Rule::ToldThat));
    }

    #[test]
    fn quote_then_verb_then_speaker() {
        assert_eq!(
            summary("\"Not today,\" said Sen. Tom Avery, a Republican from Ohio."),
            [(
                Some("Sen. Tom Avery".to_owned()),
                Some("Tom Avery".to_owned()),
                Some("said".to_owned()),
                Some(Rule::TrailingCueSpeaker)
            )]
        );
    }

    #[test]
    fn a_pronoun_in_an_aside_set_off_by_dashes_stays_the_mention() {
        let text = "Ann Lee suggested that the plan was unserious - \"Again, we need the \
                    details,\" she said - and charged that it would fail.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("she"));
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
        // without the dashes the subject who reports it is the mention
        let text = "Ann Lee said she recalled thinking, \"This is over.\"";
        assert_eq!(all(text)[0].speaker().map(Mention::text), Some("Ann Lee"));
    }

    #[test]
    fn a_dateline_with_an_agency_is_no_subject() {
        let text = "Washington (AFP) – Democrat Ann Lee has taken a swipe at the plan, \
                    saying that \"bombastic comments\" do more harm than good.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Democrat Ann Lee"));
    }

    #[test]
    fn with_and_a_participle_over_coordinated_words() {
        let text = "The city was in their thoughts, with many marchers and spectators \
                    chanting \"We are here.\"";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("many marchers and spectators")
        );
        // a pronoun after "with" is read as before
        let a = &all("The rally ended with Lee tweeting \"We won.\"")[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Lee"));
    }

    #[test]
    fn a_title_that_is_also_a_portfolio_heads_a_phrase_alone() {
        let text = "The justice weighed in on the case, saying she did not \"want to \
                    contemplate\" the effects.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("The justice"));
        // and still joins the title after it
        let a = &all("\"It is over,\" said justice minister Ann Lee.")[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
    }

    #[test]
    fn a_portfolio_noun_heads_a_complement() {
        // "the economy" is a phrase of its own after "of"
        let a = &all("The minister of the economy said \"it is over.\"")[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("The minister of the economy")
        );
        // an adjective among the portfolio words still needs its title
        let a = &all("\"It is over,\" said the foreign minister.")[0];
        assert_eq!(a.speaker().map(Mention::text), Some("the foreign minister"));
    }

    #[test]
    fn a_capitalised_verb_opening_a_list_item_is_no_speaker() {
        let found = all("Calls men names, like \"pigs,\" and runs pageants.");
        assert!(found.iter().all(|a| a.speaker().is_none()), "{found:?}");
    }

    #[test]
    fn a_shared_role_after_an_outlet() {
        let a = &all("\"It was the first time,\" CBS co-Anchor Ann Lee said.")[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("CBS co-Anchor Ann Lee")
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
    }

    #[test]
    fn speaker_with_an_appositive() {
        let text = "\"It is over,\" Kim Park, a senior aide to the mayor, told reporters.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Kim Park"));
        assert_eq!(a.rule(), Some(Rule::TrailingAppositive));
        assert_eq!(a.addressee().map(Mention::text), Some("reporters"));
    }

    #[test]
    fn the_occasion_is_no_part_of_the_one_told() {
        for text in [
            "\"Aid is coming,\" Vilsack told farmers at a meeting in Des Moines.",
            "Vilsack told farmers at a meeting in Des Moines: \"Aid is coming.\"",
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some("Vilsack"), "{text}");
            assert_eq!(a.addressee().map(Mention::text), Some("farmers"), "{text}");
        }
        // (a place is: "workers in Ohio")
        let a = &all("\"Jobs will return,\" Lee told workers in Ohio.")[0];
        assert_eq!(a.addressee().map(Mention::text), Some("workers in Ohio"));
    }

    #[test]
    fn a_programme_closing_the_sentence_is_the_one_told() {
        for (text, expected) in [
            (
                "\"We lost,\" Lee told the BBC's Today programme.",
                "the BBC's Today programme",
            ),
            (
                "\"We lost,\" Lee told WXYZ's Face the Fans on Sunday.",
                "WXYZ's Face the Fans",
            ),
            (
                "\"We lost,\" Lee told ABC's \"Good Morning America.\"",
                "ABC's \"Good Morning America.\"",
            ),
            (
                "\"We lost,\" Lee told Fox News' Ann Park.",
                "Fox News' Ann Park",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some("Lee"), "{text}");
            assert_eq!(a.addressee().map(Mention::text), Some(expected), "{text}");
        }
    }

    #[test]
    fn initials_with_periods_before_a_surname_name_a_person() {
        // so that a later "he" can refer to them
        let text = "Rep. Ann Lee said the firm must act. \"It has acted,\" said J.M. Berger, \
                    a fellow at the institute. \"He added,\" he said.";
        let found = all(text);
        assert_eq!(found[0].speaker().map(Mention::text), Some("J.M. Berger"));
        assert_eq!(
            found[0].speaker().map(Mention::kind),
            Some(MentionKind::Person)
        );
        assert_eq!(
            found[1].speaker().and_then(Mention::name),
            Some("J.M. Berger")
        );
        // a place's initials still make an organisation
        let a = &all("\"It has acted,\" said U.S. Steel.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
    }

    #[test]
    fn an_age_after_a_name_and_a_title_word_as_surname() {
        // "King" is a title word, but after "Mr." it is a surname
        let text = "\"I was never edited,\" Mr. King, 82, told me.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Mr. King"));
        assert_eq!(a.speaker().map(Mention::kind), Some(MentionKind::Person));
        assert_eq!(
            speaker("\"We lost,\" said Ms. Judge.", 0),
            Some("Ms. Judge".to_owned())
        );
        // without the honorific it is still a role
        let a = &all("\"No,\" the king said.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(MentionKind::Description)
        );
    }

    #[test]
    fn any_description_closing_the_sentence_after_said() {
        assert_eq!(
            speaker("\"The law is void,\" said the ruling.", 0),
            Some("the ruling".to_owned())
        );
        // not when the phrase goes on as a clause
        assert_eq!(
            speaker("\"The law is void,\" said the ruling would stand.", 0),
            None
        );
    }

    #[test]
    fn numbers_and_nouns_describing_a_name() {
        let a = &all("\"It is wrong,\" said 9/11 widow Terry Strada.")[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("9/11 widow Terry Strada")
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Terry Strada"));
        assert_eq!(
            speaker("\"It is wrong,\" 9/11 widow Terry Strada said.", 0),
            Some("9/11 widow Terry Strada".to_owned())
        );
        // a function word is no descriptor
        assert_eq!(speaker("\"It is wrong,\" said that Terry Strada.", 0), None);
    }

    #[test]
    fn a_time_with_earlier_or_later_between_subject_and_verb() {
        for text in [
            "\"It failed,\" Lee earlier this year said.",
            "\"It failed,\" Lee later that week said.",
            "\"It failed,\" Lee last week said.",
        ] {
            assert_eq!(speaker(text, 0), Some("Lee".to_owned()), "{text}");
        }
    }

    #[test]
    fn a_phrase_and_an_indefinite_one_joined_speak_together() {
        for (text, expected) in [
            (
                "\"It failed,\" Lee and a colleague said.",
                "Lee and a colleague",
            ),
            (
                "\"It failed,\" Police and a witness said.",
                "Police and a witness",
            ),
        ] {
            assert_eq!(speaker(text, 0), Some(expected.to_owned()), "{text}");
        }
        // the object of a verb before "and" is no part of the subject
        // after it
        let reports: Vec<_> =
            whosaid::reports("She praised Lee and a colleague said the plan failed.").collect();
        let said = reports
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text() == "said"))
            .expect("a report of said");
        assert_eq!(said.speaker().map(Mention::text), Some("a colleague"));
    }

    #[test]
    fn two_words_dating_a_role_joined_before_its_noun() {
        for (text, expected) in [
            (
                "\"It is over,\" current and former officials said.",
                "current and former officials",
            ),
            (
                "\"It is over,\" said three past or present members of the board.",
                "three past or present members of the board",
            ),
            (
                "\"It is over,\" Current and former Senate aides said.",
                "Current and former Senate aides",
            ),
        ] {
            assert_eq!(speaker(text, 0), Some(expected.to_owned()), "{text}");
        }
        // the pair inside a complement after the speaker is no speaker
        assert_eq!(
            speaker(
                "\"It is over,\" she said of current and former officials.",
                0
            ),
            Some("she".to_owned())
        );
    }

    #[test]
    fn description_speaker() {
        assert_eq!(
            speaker("\"No comment,\" a company spokesman said.", 0),
            Some("a company spokesman".to_owned())
        );
        assert_eq!(
            all("\"No comment,\" a company spokesman said.")[0]
                .speaker()
                .map(Mention::kind),
            Some(MentionKind::Description)
        );
    }

    #[test]
    fn dash_attribution() {
        let a = &all("\u{201c}A terrible influence on children.\u{201d} \u{2015} Esther Tapia")[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Esther Tapia"));
        assert_eq!(a.rule(), Some(Rule::Dash));
    }

    #[test]
    fn a_noun_after_the_quote_is_no_speaker() {
        // "a Donald Trump tweet" names no one who speaks
        let text = "Clinton is describing as \u{201c}unhinged\u{201d} a Donald Trump tweet.";
        assert_eq!(speaker(text, 0), Some("Clinton".to_owned()));
    }
}

mod detached_trailers {
    use super::*;

    #[test]
    fn a_reporting_clause_after_a_quoted_sentence_attributes_it() {
        let text = "\"How are you today?\" Ann Lee, a volunteer, asked over the phone.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // a full stop where a comma belongs
        let text = "\"We will find the emails.\" Ortiz said. \"It will be easy.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Ortiz"));
        // the sentences stay as they were
        assert_eq!(whosaid::sentences(text).count(), 3);
    }

    #[test]
    fn a_quotation_after_a_sentence_adverb_continues_the_speaker() {
        let text = "\"He should cheer,\" Ortiz said. Instead, \"he just sulks.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Ortiz"));
    }

    #[test]
    fn a_sentence_that_reports_more_is_no_detached_clause() {
        // a clause of its own after the verb
        let text = "\"It is over.\" Ortiz said the count was rigged.";
        assert_ne!(speaker(text, 0).as_deref(), Some("Ortiz"));
        // a colon or comma that opens what the verb reports
        let text = "\"We are refugees.\" Mr. Zahed said: \"We fled.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("Mr. Zahed"));
        // a sentence before the quotation: it is no quoted sentence alone
        let text = "Ms. Park called it \"a disgrace.\" Ortiz said nothing.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
    }
}

mod leading {
    use super::*;

    #[test]
    fn a_verb_after_but_in_a_relative_clause_on_the_agent_is_the_clauses() {
        // "but has dismissed" goes on with the relative clause on the
        // agent, whose own object ends it before the quotation: the agent
        // asks, not the sentence's subject with "dismissed"
        let text = "Lee was asked by host Ann Park, who is backing Lee, but has \
                    dismissed the story about the emails, \"Has the story moved?\"";
        let s = summary(text);
        assert_eq!(s[0].0.as_deref(), Some("host Ann Park"), "{s:?}");
        assert_eq!(s[0].2.as_deref(), Some("asked"));
        // a verb after "and" in a relative clause set off by commas has the
        // relative pronoun as subject
        let text = "Lee met Kim, who is backing Lee, and later said, \"It works.\"";
        assert_eq!(summary(text)[0].1.as_deref(), Some("Kim"));
        // not after a restrictive relative clause: "but" joins the main verb
        let text = "He praised those who left but said, \"We are in a new game.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("He"));
    }

    #[test]
    fn a_common_noun_of_a_person_across_an_aside() {
        // "who", or an indefinite aside with a noun of people, makes a
        // common noun a person who may speak
        for text in [
            "Another rider, who gave only his first name, said, \"The trains are late.\"",
            "Another rider, a nurse from Queens, said, \"The trains are late.\"",
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some("Another rider"), "{text}");
        }
        // an aside that names no person leaves a thing no speaker
        let text = "The lake, a popular spot, said \"The trains are late.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("The lake"));
    }

    #[test]
    fn an_aside_opened_by_an_irregular_participle() {
        // "stung", "struck", "shaken": participles not in -ed open an
        // aside as "angered" does
        for text in [
            "The senator, stung by the defections, said, \"We will wait.\"",
            "The senator, struck by the defections, said: \"We will wait.\"",
            "\"We will wait,\" the senator, shaken by the defections, said.",
        ] {
            let got = speaker(text, 0);
            assert!(
                got.as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case("the senator")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn colon_introduction_with_a_titled_speaker() {
        let text = "Speaking in Ottawa after talks with her counterpart Luis Ortega, \
                    Environment Minister Claire Dubois said: \"The era is over.\"";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("Environment Minister Claire Dubois")
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Claire Dubois"));
        assert_eq!(
            a.speaker().and_then(Mention::role),
            Some("Environment Minister")
        );
        assert_eq!(a.rule(), Some(Rule::ColonIntro));
    }

    #[test]
    fn verb_then_comma_then_quote() {
        assert_eq!(
            summary("She continued, \"When the cameras leave, we stay.\"")[0].3,
            Some(Rule::LeadingCue)
        );
    }

    #[test]
    fn partial_quote_in_reported_speech() {
        let text = "Gov. Ann Reyes denounced the \"reckless cuts\" in the budget.";
        assert_eq!(
            summary(text),
            [(
                Some("Gov. Ann Reyes".to_owned()),
                Some("Ann Reyes".to_owned()),
                Some("denounced".to_owned()),
                Some(Rule::ReportedSpeech)
            )]
        );
    }

    #[test]
    fn told_that_with_addressee_and_relay() {
        let text = "According to the Northern Wire, Luis Ortega told Dubois that Mexico would \
                    \"honor every line\" of the deal.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Luis Ortega"));
        assert_eq!(a.addressee().map(Mention::text), Some("Dubois"));
        assert_eq!(a.source().map(Mention::text), Some("the Northern Wire"));
        assert_eq!(a.rule(), Some(Rule::ToldThat));
    }

    #[test]
    fn relative_clause_between_speaker_and_verb() {
        let text = "Ms. Grant, who has led the union since 2019, said the offer was \"an insult.\"";
        assert_eq!(speaker(text, 0), Some("Ms. Grant".to_owned()));
    }

    #[test]
    fn a_that_clause_with_an_object_between_speaker_and_verb() {
        // the relative clause's object is not the speaker
        let text = "The firm that designed the bridge said, \"Our drawings were altered.\"";
        assert_eq!(speaker(text, 0), Some("The firm".to_owned()));
        let text = "The union which represents the drivers said the offer was \"a joke.\"";
        assert_eq!(speaker(text, 0), Some("The union".to_owned()));
    }

    #[test]
    fn outer_reporter_of_nested_reported_speech() {
        let text =
            "Ben Cole said on Friday that Ms. Grant once described the plan as \"a disaster.\"";
        assert_eq!(speaker(text, 0), Some("Ben Cole".to_owned()));
    }

    #[test]
    fn reported_speech_does_not_reach_across_a_coordinated_clause() {
        let text = "Kim Park, the police chief, said the video gave no \"clear evidence,\" \
                    but he said that the footage \"supports what we heard.\"";
        assert_eq!(speaker(text, 0), Some("Kim Park".to_owned()));
        assert_eq!(speaker(text, 1), Some("he".to_owned()));
        let text = "Kim Park said the video gave no clear evidence, \
                    but he said that the footage \"supports what we heard.\"";
        assert_eq!(speaker(text, 0), Some("he".to_owned()));
    }

    #[test]
    fn adverbial_clause_keeps_its_own_speaker() {
        let text = "Ben Cole criticized Ms. Grant after she attacked the board and blamed the losses on \"bad luck.\"";
        assert_eq!(speaker(text, 0), Some("she".to_owned()));
    }

    #[test]
    fn the_object_of_a_participle_phrase_is_no_subject() {
        let text = "Fans walking along the river chanted \"One more year!\" all night.";
        assert_eq!(speaker(text, 0), Some("Fans".to_owned()));
        // a phrase after a preposition with no participle keeps its head
        let text = "A narrator in the new ad asks, \"Who pays?\"";
        assert_eq!(
            speaker(text, 0),
            Some("A narrator in the new ad".to_owned())
        );
    }

    #[test]
    fn a_past_form_after_a_bare_noun_of_a_crowd_is_its_verb() {
        // the crowd's noun after "of" ends before the verb that follows
        // it with a preposition or an adverb
        let text =
            "Hundreds of nurses marched outside the hospital, chanting \"Safe staffing now!\"";
        assert_eq!(speaker(text, 0), Some("Hundreds of nurses".to_owned()));
        let text = "Dozens of fans gathered nearby and chanted \"One more year!\"";
        assert_eq!(speaker(text, 0), Some("Dozens of fans".to_owned()));
        // a past form before a noun describes it
        let text = "A poll of 400 registered voters found \"deep unease\" about the plan.";
        assert_eq!(
            speaker(text, 0),
            Some("A poll of 400 registered voters".to_owned())
        );
    }

    #[test]
    fn descriptions_with_complements_and_two_roles() {
        let text = "The former secretary of state said she wanted to speak \"directly to voters.\"";
        assert_eq!(
            speaker(text, 0),
            Some("The former secretary of state".to_owned())
        );
        let text = "Asked why, the 34-year-old mother of three replied, \"It is for everyone.\"";
        assert_eq!(
            speaker(text, 0),
            Some("the 34-year-old mother of three".to_owned())
        );
        let text = "The former first lady and U.S. senator said it was \"a mistake.\"";
        assert_eq!(
            speaker(text, 0),
            Some("The former first lady and U.S. senator".to_owned())
        );
        let text = "The former governor and current nominee said it was \"a mistake.\"";
        assert_eq!(
            speaker(text, 0),
            Some("The former governor and current nominee".to_owned())
        );
        // two people, or a clause after "and", are not joined into one
        let text = "The bill passed and officials said it was \"a mistake.\"";
        assert_eq!(speaker(text, 0), Some("officials".to_owned()));
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_phrase_before_it() {
        let text =
            "Guests included Stevie Wonder, who joked of the museum, \"I have not seen it.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("who"));
        assert_eq!(a.speaker().map(Mention::kind), Some(MentionKind::Pronoun));
        assert_eq!(a.speaker().and_then(Mention::name), Some("Stevie Wonder"));
        let text = "They asked the Chicago Police Department, which reported \"2,521 incidents.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("which"));
        assert_eq!(
            a.speaker().and_then(Mention::name),
            Some("Chicago Police Department")
        );
        // a relative clause between a subject and its verb keeps the subject
        let text = "Stevie Wonder, who was there, said \"it is great.\"";
        assert_eq!(speaker(text, 0), Some("Stevie Wonder".to_owned()));
    }

    #[test]
    fn a_relative_pronoun_after_a_noun_that_cannot_speak_stands_for_its_name() {
        // "a defeat for X, who": a defeat says nothing; X does
        for text in [
            "The vote was a defeat for Mayor Ruth Alder, who called the plan \"a chance.\"",
            "It came as a blow to Ruth Alder, who said \"it is over.\"",
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some("who"), "{text}");
            assert_eq!(
                a.speaker().and_then(Mention::name),
                Some("Ruth Alder"),
                "{text}"
            );
        }
        // a noun of a speaker is the antecedent itself: not its complement
        let text = "A spokesman for Ruth Alder, who said \"it is over,\" left.";
        assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
    }

    #[test]
    fn an_opening_phrase_may_end_in_a_quotation_with_its_comma() {
        let text = "After saying her foot was \"so swollen I could not walk,\" she left.";
        assert_eq!(speaker(text, 0), Some("she".to_owned()));
    }

    #[test]
    fn a_time_between_subject_and_verb() {
        let text = "Ross Dale, who in 2010 said the goal was \"a one-term president,\" is back.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("who"));
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ross Dale"));
        assert_eq!(
            speaker("\"It is over,\" Ann Reyes last week told reporters.", 0),
            Some("Ann Reyes".to_owned())
        );
        assert_eq!(
            speaker(
                "Ann Reyes on Monday night said the plan was \"a disaster.\"",
                0
            ),
            Some("Ann Reyes".to_owned())
        );
        // a span of time ago
        for when in [
            "two weeks ago",
            "less than a month ago",
            "just a few days ago",
            "days ago",
        ] {
            let text = format!("The agency {when} said the plan was \"a disaster.\"");
            assert_eq!(speaker(&text, 0).as_deref(), Some("The agency"), "{text}");
        }
    }

    #[test]
    fn a_verb_in_an_opening_phrase_does_not_reach_past_the_subject() {
        let text = "With leaders worried about turnout, Ann Reyes is rolling out \
                    a new message: \"It is about me.\"";
        assert_eq!(speaker(text, 0), Some("Ann Reyes".to_owned()));
        // unless the opening phrase reports it
        let text = "As Ann Reyes put it, the network is \"a voice for the voiceless.\"";
        assert_eq!(speaker(text, 0), Some("Ann Reyes".to_owned()));
    }

    #[test]
    fn participle_takes_the_main_subject() {
        let text = "Ann Reyes spoke in Dayton, arguing that the cuts were \"reckless.\"";
        assert_eq!(speaker(text, 0), Some("Ann Reyes".to_owned()));
        // also after a conjunction and a sentence adverb, where the
        // comma closes a clause of its own, not an opening phrase
        for opening in [
            "And then Ann Reyes went on the attack",
            "But now Ann Reyes attacked",
        ] {
            let text = format!("{opening}, saying, \"He should resign.\"");
            assert_eq!(speaker(&text, 0).as_deref(), Some("Ann Reyes"), "{text}");
        }
        // an opening phrase still ends at its comma
        let text = "In Dayton, Ann Reyes attacked, saying, \"He should resign.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Reyes"));
    }

    #[test]
    fn a_plain_noun_is_no_reporting_verb() {
        // "claims" and "remarks" are nouns here; "rated" is the verb
        let text = "PolitiFact rated most Republican claims as \"false.\"";
        assert_eq!(speaker(text, 0), Some("PolitiFact".to_owned()));
    }

    #[test]
    fn passive_verb_has_no_speaker() {
        assert_eq!(
            speaker("The plan is widely criticized as \"a giveaway.\"", 0),
            None
        );
    }

    #[test]
    fn a_passive_agent_after_the_quotation_speaks() {
        for (text, who) in [
            // an article before the quotation
            (
                "The plan was labeled a \"disaster\" by Democrats.",
                "Democrats",
            ),
            // a participle set off by a comma or dashes, an adverb before it
            (
                "The inquiry, often labeled as a \"witch hunt\" by Democrats, dragged on.",
                "Democrats",
            ),
            (
                "The town \u{2014} called the \"Crossroads of America\" by its citizens \u{2014} voted.",
                "its citizens",
            ),
            // the agent before "as" and the quotation
            (
                "The bill was described by Sen. Ann Lee as \"a disaster.\"",
                "Sen. Ann Lee",
            ),
            (
                "The bill, branded by critics as a \"giveaway,\" passed.",
                "critics",
            ),
            (
                "It is an option seen by organizers as a \"lifeboat\" for the party.",
                "organizers",
            ),
        ] {
            assert_eq!(speaker(text, 0), Some(who.to_owned()), "{text}");
        }
        // "seen" is no cue but before its agent and "as"
        let got = summary("He was seen by his rivals, the Democrats, as \"the favorite.\"");
        assert_ne!(got[0].2.as_deref(), Some("seen"), "{got:?}");
        // without an agent, a participle after a comma names no speaker
        assert_eq!(
            speaker(
                "The inquiry, often labeled a \"witch hunt,\" dragged on.",
                0
            ),
            None
        );
    }
}

mod according_to {
    use super::*;

    #[test]
    fn trailing_according_to_names_the_speaker() {
        let text =
            "Talks collapsed over \"fundamental differences,\" according to a senior diplomat.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("a senior diplomat"));
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("according to"));
        assert_eq!(a.rule(), Some(Rule::TrailingAccordingTo));
        assert!(a.source().is_none());
    }

    #[test]
    fn leading_according_to_names_the_speaker_when_no_one_else_speaks() {
        let text = "According to the ministry, the talks showed \"real progress.\"";
        assert_eq!(all(text)[0].rule(), Some(Rule::LeadingAccordingTo));
        assert_eq!(speaker(text, 0), Some("the ministry".to_owned()));
    }

    #[test]
    fn a_relative_clause_on_the_source_of_according_to_speaks_for_no_one() {
        // the verb inside the relative clause does not introduce the
        // quotation that follows the clause's closing comma
        for text in [
            "According to the official, who spoke on condition of anonymity, \"talks have stalled.\"",
            "According to the official, who asked not to be named, \"talks have stalled.\"",
        ] {
            let a = &all(text)[0];
            assert_eq!(a.rule(), Some(Rule::LeadingAccordingTo), "{text}");
            assert_eq!(speaker(text, 0), Some("the official".to_owned()), "{text}");
        }
        // a relative clause elsewhere still introduces its own quotation
        let text = "The talks were led by Ann Lee, who said, \"We are close.\"";
        assert_eq!(speaker(text, 0), Some("who".to_owned()));
    }

    #[test]
    fn a_subject_without_a_reporting_verb_gives_way_to_according_to() {
        let text = "Ann Reyes was greeted with chants of \"Four more years!\" at the rally, \
                    according to union leader Tom Ford.";
        assert_eq!(speaker(text, 0), Some("union leader Tom Ford".to_owned()));
    }

    #[test]
    fn any_description_or_organisation_after_according_to() {
        let text = "Thousands joined a \"walk-in,\" according to the event organizer.";
        assert_eq!(speaker(text, 0), Some("the event organizer".to_owned()));
        let text = "Thousands joined a \"walk-in,\" according to the organizer \
                    Alliance to Reclaim Our Schools (AROS).";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("the organizer Alliance to Reclaim Our Schools")
        );
        assert_eq!(
            a.speaker().and_then(Mention::name),
            Some("Alliance to Reclaim Our Schools")
        );
        // a connector joins capitalised words only in an organisation's name
        let text = "\"We won,\" said Smith to Jones.";
        assert_eq!(speaker(text, 0), Some("Smith".to_owned()));
    }
}

mod other_rules {
    use super::*;

    #[test]
    fn split_quotation() {
        let text = "\"We tried,\" Ortega said, \"and we failed.\"";
        let got = summary(text);
        assert_eq!(got[1].0, Some("Ortega".to_owned()));
        assert_eq!(got[1].3, Some(Rule::SplitQuote));
    }

    #[test]
    fn headline_colon() {
        let a = &all("Ortega: 'We Will Not Sign'\nThe talks ended.")[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ortega"));
        assert_eq!(a.rule(), Some(Rule::Headline));
    }

    #[test]
    fn continuation_in_the_same_paragraph_and_the_next() {
        let text = "\"We waited,\" Raman said. \"Now it must work.\"\n\n\"There is no other way.\"";
        let got = summary(text);
        assert_eq!(got[1].0, Some("Raman".to_owned()));
        assert_eq!(got[1].3, Some(Rule::Continuation));
        assert_eq!(got[2].0, Some("Raman".to_owned()));
    }

    #[test]
    fn colon_at_the_end_of_a_paragraph() {
        let text = "Ortega said:\n\n\"We have a deal.\"";
        assert_eq!(summary(text)[0].0, Some("Ortega".to_owned()));
    }

    #[test]
    fn continuation_can_be_turned_off() {
        let attributor = whosaid::Attributor::builder()
            .continuation(false)
            .build()
            .expect("valid");
        let text = "\"We waited,\" Raman said. \"Now it must work.\"";
        let got: Vec<_> = attributor.attribute(text).collect();
        assert!(got[1].speaker().is_none());
    }
}

mod pronouns_and_entities {
    use super::*;

    /// The canonical name of each top-level quotation's speaker.
    fn names(text: &str) -> Vec<Option<String>> {
        summary(text).into_iter().map(|s| s.1).collect()
    }

    #[test]
    fn names_of_companies_firms_and_groups_are_bodies() {
        // a title or a given name opening the name does not make it a
        // person's ("General", "Ford")
        for text in [
            "\"We must act,\" said General Motors Corp.",
            "\"We must act,\" said Ford Motor Co.",
        ] {
            let a = &all(text)[0];
            assert_eq!(
                a.speaker().map(Mention::kind),
                Some(whosaid::MentionKind::Organization),
                "{text}"
            );
        }
        // an ampersand joins a firm's names, not two people's
        for text in [
            "\"Sales rose,\" Johnson & Johnson said.",
            "\"Sales rose,\" said Simon & Schuster.",
        ] {
            let a = &all(text)[0];
            assert_eq!(
                a.speaker().map(Mention::kind),
                Some(whosaid::MentionKind::Organization),
                "{text}"
            );
        }
        let a = &all("\"Sales rose,\" Ann Lee & Tom Park said.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(whosaid::MentionKind::Person)
        );
        // a body's word closing the name ("International", "Pictures"),
        // and a group of people named by its cause
        for (text, name) in [
            (
                "\"It is a war crime,\" Amnesty International said.",
                "Amnesty International",
            ),
            (
                "\"It opens in May,\" said Universal Pictures.",
                "Universal Pictures",
            ),
            (
                "\"It saves lives,\" Mothers Against Drunk Driving said.",
                "Mothers Against Drunk Driving",
            ),
            (
                "\"It was shelled,\" said Doctors Without Borders.",
                "Doctors Without Borders",
            ),
            (
                "\"It is flawed,\" Americans for Prosperity said.",
                "Americans for Prosperity",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(
                a.speaker().map(Mention::kind),
                Some(whosaid::MentionKind::Organization),
                "{text}"
            );
            assert_eq!(a.speaker().and_then(Mention::name), Some(name));
        }
        // not those who work for someone, nor a role after the name
        let a = &all("\"It is flawed,\" attorneys for Ann Lee said.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(whosaid::MentionKind::Description)
        );
        let a = &all("\"It is flawed,\" Americans for Prosperity spokesman Tom Park said.")[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Tom Park"));
        // "it" and "the company" after it refer to it
        let text = "Ford Motor Co. cut 3,000 jobs. \"We must act,\" it said. \"It hurts,\" the company said.";
        assert_eq!(
            names(text),
            [
                Some("Ford Motor Co.".to_owned()),
                Some("Ford Motor Co.".to_owned())
            ]
        );
        // "the company" needs a company's name: no body of another kind
        let text = "The Pentagon cut 3,000 jobs. \"It hurts,\" the company said.";
        assert_eq!(names(text), [None]);
        // a plural opening the sentence, capitalised only there, is no
        // word of the company's name after its "of"
        for first in ["Shares", "Employees", "Rivals"] {
            let text = format!(
                "{first} of Nimbus Software Inc. fell sharply. \"It hurts,\" the company said."
            );
            assert_eq!(
                names(&text),
                [Some("Nimbus Software Inc.".to_owned())],
                "{text}"
            );
        }
        // a body's word opening the name keeps it whole
        let text = "Bank of America Corp. cut 3,000 jobs. \"It hurts,\" the company said.";
        assert_eq!(names(text), [Some("Bank of America Corp.".to_owned())]);
    }

    #[test]
    fn the_former_and_the_latter_name_one_of_the_pair_just_named() {
        let pair = "Ann Lee and Tom Hale met on Monday.";
        for (which, name) in [("former", "Ann Lee"), ("latter", "Tom Hale")] {
            let text = format!("{pair} \"We agreed on nothing,\" the {which} said.");
            assert_eq!(names(&text), [Some(name.to_owned())], "{which}");
        }
        // not with one person named, nor as a title's modifier
        let text = "Tom Hale spoke. \"We agreed on nothing,\" the former said.";
        assert_eq!(names(text), [None]);
        let text = format!("{pair} \"We agreed on nothing,\" the former senator said.");
        assert_eq!(names(&text), [None]);
    }

    #[test]
    fn a_country_named_by_two_words_is_named_whole() {
        // "Saudi" and "South" before a country's name are part of it, not
        // an affiliation before a person's ("Arabia")
        for country in ["Saudi Arabia", "South Africa", "Sri Lanka"] {
            let text = format!("\"We will not comment,\" {country} said.");
            assert_eq!(names(&text), [Some(country.to_owned())], "{country}");
        }
    }

    #[test]
    fn the_object_of_a_body_s_of_is_not_that_body() {
        // "Friends of Saudi Arabia" is no fuller name of "Saudi Arabia",
        // nor "Saudi Arabia" a shorter one of it, in either order
        let text = "Friends of Saudi Arabia gave $1 million. \
                    \"We are grateful,\" Saudi Arabia said.";
        assert_eq!(names(text), [Some("Saudi Arabia".to_owned())]);
        let text = "Saudi Arabia gave $1 million, and Friends of Saudi Arabia \
                    gave more. \"We are grateful,\" Saudi Arabia said.";
        assert_eq!(names(text), [Some("Saudi Arabia".to_owned())]);
        // a body's own shorter name still is
        let text = "Bank of America cut jobs. \"It hurts,\" Bank of America said.";
        assert_eq!(names(text), [Some("Bank of America".to_owned())]);
    }

    #[test]
    fn who_after_a_place_a_preposition_governs_is_the_person_described() {
        // "…, a professor at a university in South Africa, who said": the
        // person the description is set off after, not the place
        let text = "\"It is a car crash,\" said Pierre de Vos, a professor in law at \
                    the University of Nairobi in Kenya, who likened the race to a \
                    crash. \"It is my guilty pleasure.\"";
        let all = whosaid::reports(text).collect::<Vec<_>>();
        let likened = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text() == "likened"))
            .expect("a report by likened");
        let who = likened.speaker().expect("a speaker");
        assert_eq!(who.text(), "who");
        assert_eq!(who.name(), Some("Pierre de Vos"));
        // an agent after "by" is the one "who" means
        let text = "The effort was championed by RNC Committeeman Curly Haugland, \
                    who argued that delegates are free.";
        let all = whosaid::reports(text).collect::<Vec<_>>();
        let argued = all
            .iter()
            .find(|r| r.cue().is_some_and(|c| c.text() == "argued"))
            .expect("a report by argued");
        assert!(
            argued
                .speaker()
                .and_then(whosaid::Mention::name)
                .is_some_and(|n| n.contains("Haugland"))
        );
    }

    #[test]
    fn a_body_s_noun_in_lower_case_before_its_name_is_its_role() {
        // "news agency Tass": the name is the capitals after the noun,
        // with or without an article or a nation before it
        for subject in [
            "Soviet news agency Tass",
            "The news agency Tass",
            "Russian state news agency Tass",
        ] {
            let text = format!("{subject} called the plan \"unrealistic.\"");
            let a = &all(&text)[0];
            let s = a.speaker().expect(subject);
            assert_eq!(s.name(), Some("Tass"), "{subject}");
            assert!(
                s.role().is_some_and(|r| r.ends_with("news agency")),
                "{subject}"
            );
        }
        // a body's name that holds its noun stays whole, and so does one
        // after an affiliation in lower case
        let text = "The Justice Department called the plan \"unrealistic.\"";
        assert_eq!(names(text), [Some("The Justice Department".to_owned())]);
        let text = "Lee won a seat in the state Senate. \"Q,\" the state Senate said.";
        assert_eq!(names(text), [Some("state Senate".to_owned())]);
    }

    #[test]
    fn a_name_after_an_article_and_its_role_is_named_before_a_past_verb() {
        // "The novelist Alma Reyes spoke": the irregular past after the
        // name is its verb, not the head of a phrase ("the Reyes spoke")
        for verb in ["spoke", "wrote", "told us", "met us", "said no more"] {
            let text = format!("The novelist Alma Reyes {verb}. \"Q,\" Reyes said.");
            assert_eq!(names(&text), [Some("Alma Reyes".to_owned())], "{verb}");
        }
        // a noun of the same verb's plain form after a name is still the
        // head of a phrase: "the Reyes report"
        let text = "The Reyes report came out. \"Q,\" Reyes said.";
        assert_eq!(names(text), [Some("Reyes".to_owned())]);
    }

    #[test]
    fn a_party_member_described_by_party_is_the_one_brought_in_with_it() {
        // the party from a label, an affiliation before the title, or a
        // description in apposition; "the Democrat", "the Ohio Democrat"
        for (intro, description) in [
            ("Sen. Sherrod Brown (D-Ohio)", "the Ohio Democrat"),
            ("Sen. Sherrod Brown, D-Ohio,", "the Democrat"),
            ("Democratic Sen. Sherrod Brown", "the Democrat"),
            ("Sen. Sherrod Brown, an Ohio Democrat,", "the Ohio Democrat"),
            ("Sherrod Brown, Democrat of Ohio,", "the Democrat"),
            (
                "Rep. Sherrod Brown, D-Upper Arlington,",
                "the Upper Arlington Democrat",
            ),
        ] {
            let text = format!("{intro} spoke after Ann Park. \"It hurts,\" {description} said.");
            assert_eq!(names(&text), [Some("Sherrod Brown".to_owned())], "{text}");
        }
        // the one of that party among two people of two parties
        let text = "Rep. Ann Lee, R-Texas, and Sen. Sherrod Brown, D-Ohio, spoke. \
                    \"It hurts,\" the Texas Republican said.";
        assert_eq!(names(text), [Some("Ann Lee".to_owned())]);
        // no one of the party named: no one
        let text = "Sen. Sherrod Brown (D-Ohio) spoke first. \"It hurts,\" the Republican said.";
        assert_eq!(names(text), [None]);
        // nor one set apart from the one named
        let text =
            "Sen. Sherrod Brown (D-Ohio) spoke first. \"It hurts,\" the other Democrat said.";
        assert_eq!(names(text), [None]);
        // nor one named before two others since: the party may be theirs
        let text = "Sen. Sherrod Brown (D-Ohio) spoke first. Gov. Ann Park and Mayor Tom Reed \
                    disagreed. \"It hurts,\" the Democrat said.";
        assert_eq!(names(text), [None]);
    }

    #[test]
    fn a_companys_short_name_is_the_company() {
        // the first word of a name closed by a legal form
        for (intro, short) in [
            ("Goldman Sachs Group Inc.", "Goldman"),
            ("Nimbus Software Inc.", "Nimbus"),
        ] {
            let text = format!(
                "{intro} reported earnings. \"A strong quarter,\" {short} said. \"Again,\" it said."
            );
            let got = all(&text);
            assert_eq!(
                got[0].speaker().and_then(Mention::name),
                Some(intro),
                "{text}"
            );
            assert_eq!(
                got[0].speaker().map(Mention::kind),
                Some(whosaid::MentionKind::Organization),
                "{text}"
            );
            assert_eq!(got[1].speaker().and_then(Mention::name), Some(intro));
        }
        // not a body's name without a legal form, nor over a person who
        // holds the word
        let text = "Trump Tower opened. \"No,\" Trump said.";
        assert_eq!(names(text), [Some("Trump".to_owned())]);
        let text = "Donald Trump spoke. Trump Hotels Inc. sued. \"No,\" Trump said.";
        assert_eq!(names(text), [Some("Donald Trump".to_owned())]);
    }

    #[test]
    fn a_one_word_name_shown_to_be_a_bodys_is_an_organisation() {
        // "which" after it, an appositive headed by a body's noun
        for intro in [
            "Hamas, which controls Gaza, rejected the offer.",
            "Hamas, the militant group that controls Gaza, rejected the offer.",
            "Vantor, a company that makes drones, cut jobs.",
        ] {
            let name = intro.split(',').next().unwrap_or_default();
            let text = format!("{intro} \"We will not yield,\" {name} said. \"Never,\" it said.");
            let got = all(&text);
            assert_eq!(
                got[0].speaker().map(Mention::kind),
                Some(whosaid::MentionKind::Organization),
                "{text}"
            );
            assert_eq!(
                got[1].speaker().and_then(Mention::name),
                Some(name),
                "{text}"
            );
        }
        // not a person's name: "who", a role
        for intro in [
            "Vantor, who leads the group, rejected the offer.",
            "Vantor, the group's founder, rejected the offer.",
            "Vantor, a union leader, rejected the offer.",
        ] {
            let text = format!("{intro} \"We will not yield,\" Vantor said.");
            assert_eq!(
                all(&text)[0].speaker().map(Mention::kind),
                Some(whosaid::MentionKind::Person),
                "{text}"
            );
        }
    }

    #[test]
    fn a_companys_unit_after_its_possessive_is_an_organisation() {
        // the possessive after the legal form's period, in either mark
        for (text, speaker) in [
            (
                "\"Search is changing,\" said Meta Platforms Inc.\u{2019}s Instagram.",
                "Meta Platforms Inc.\u{2019}s Instagram",
            ),
            (
                "\"Search is changing,\" Alphabet Inc.'s Google said.",
                "Alphabet Inc.'s Google",
            ),
        ] {
            let a = &all(text)[0];
            let s = a.speaker().expect("a speaker");
            assert_eq!(s.text(), speaker, "{text}");
            assert_eq!(s.kind(), whosaid::MentionKind::Organization, "{text}");
        }
        // a person of the company stays one
        let a = &all("\"Search is changing,\" said Acme Corp.'s John Smith.")[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("John Smith"));
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(whosaid::MentionKind::Person)
        );
    }

    #[test]
    fn a_companys_officers_in_capitals_are_titles() {
        for (text, name, role) in [
            (
                "\"We see headwinds,\" CFO Mark Mason said.",
                "Mark Mason",
                "CFO",
            ),
            (
                "\"We ship in May,\" said Acme CTO Ann Lee.",
                "Ann Lee",
                "CTO",
            ),
            ("\"We hire in May,\" COO Tom Park said.", "Tom Park", "COO"),
        ] {
            let a = &all(text)[0];
            let s = a.speaker().expect("a speaker");
            assert_eq!(s.name(), Some(name), "{text}");
            assert_eq!(s.role(), Some(role), "{text}");
        }
    }

    #[test]
    fn the_agency_is_the_government_body_named_before() {
        for (intro, name) in [
            (
                "The State Department released the emails.",
                "The State Department",
            ),
            ("The CIA declined to comment.", "The CIA"),
            (
                "The Centers for Disease Control and Prevention issued a warning.",
                "The Centers for Disease Control and Prevention",
            ),
            (
                "The Congressional Budget Office scored the bill.",
                "The Congressional Budget Office",
            ),
        ] {
            let text = format!("{intro} \"We stand by it,\" the agency said.");
            assert_eq!(names(&text), [Some(name.to_owned())], "{text}");
        }
        // not a party, a company or a broadcaster, nor an agency a
        // relative clause defines
        for intro in [
            "The GOP released a plan.",
            "Ford Motor Co. cut jobs.",
            "CNN aired the debate.",
        ] {
            let text = format!("{intro} \"We stand by it,\" the agency said.");
            assert_eq!(names(&text), [None], "{text}");
        }
        let text = "The State Department released the emails. \"We stand by it,\" \
                    the agency that handles visas said.";
        assert_eq!(names(text), [None]);
    }

    #[test]
    fn the_company_with_modifiers_is_the_company_named_before() {
        // its trade or its home town before "company" or "firm"
        for description in [
            "the software company",
            "the Austin company",
            "the Austin-based company",
            "the Texas firm",
            "the firm",
            "the Austin, Texas, company",
        ] {
            let text =
                format!("Nimbus Software Inc. cut 400 jobs. \"It hurts,\" {description} said.");
            assert_eq!(
                names(&text),
                [Some("Nimbus Software Inc.".to_owned())],
                "{text}"
            );
        }
        // not one set apart, nor without a company named
        let text = "Nimbus Software Inc. cut 400 jobs. \"It hurts,\" the other company said.";
        assert_eq!(names(text), [None]);
        let text = "The Pentagon cut 400 jobs. \"It hurts,\" the Austin company said.";
        assert_eq!(names(text), [None]);
    }

    #[test]
    fn a_role_with_modifiers_names_the_one_who_holds_it() {
        let text =
            "Sen. Ann Lee introduced the bill. \"We have the votes,\" the two-term senator said.";
        assert_eq!(names(text), [Some("Ann Lee".to_owned())]);
        let text =
            "Sen. Ann Lee introduced the bill. \"We have the votes,\" the embattled senator said.";
        assert_eq!(names(text), [Some("Ann Lee".to_owned())]);
        // not one that sets another apart, nor a party the role does not
        // hold
        let text =
            "Sen. Ann Lee introduced the bill. \"We have the votes,\" the other senator said.";
        assert_eq!(names(text), [None]);
        let text =
            "Sen. Ann Lee introduced the bill. \"We have the votes,\" the Republican senator said.";
        assert_eq!(names(text), [None]);
    }

    #[test]
    fn a_man_and_a_woman_joined_in_a_subject_are_the_next_pronouns() {
        let text = "Senator Ann Lee and her husband arrived late. \"Traffic was bad,\" she said.";
        assert_eq!(names(text), [Some("Ann Lee".to_owned())]);
        let text = "Ann Lee and Tom Park arrived late. \"Traffic was bad,\" she said. \
                    \"Awful,\" he added.";
        assert_eq!(
            names(text),
            [Some("Ann Lee".to_owned()), Some("Tom Park".to_owned())]
        );
        // the husband described is the newer man: no older one is meant
        let text = "Tom Park spoke first. Ann Lee and her husband arrived late. \
                    \"Traffic was bad,\" he said.";
        assert_eq!(names(text), [None]);
    }

    #[test]
    fn a_person_a_sentence_of_there_is_brings_in_is_the_next_pronouns() {
        let text = "David Axelrod advised the campaign. Later, Tom Hale ran it.\n\n\
                    Then there's Axelrod.\n\n\
                    \"Kind of bewildering,\" he wrote last October.";
        assert_eq!(names(text), [Some("David Axelrod".to_string())]);
        let text = "Mayor Tom Hale spoke first.\n\n\
                    There is also Dan Ortiz.\n\n\
                    \"We are ready,\" he said.";
        assert_eq!(names(text), [Some("Dan Ortiz".to_string())]);
        // not a name inside a longer phrase after "there is"
        let text = "Mayor Tom Hale spoke first.\n\n\
                    There is a problem with Dan Ortiz.\n\n\
                    \"We are ready,\" he said.";
        assert_eq!(names(text), [Some("Tom Hale".to_string())]);
    }

    #[test]
    fn a_nickname_in_quotation_marks_is_no_part_of_the_names_key() {
        // the full name with its nickname and the name without it are one
        // person, whatever form comes first
        for text in [
            "\"We will win,\" said state Del. Marcia \"Cia\" Price.\n\n\
             Later, Marcia Price said, \"We won.\"",
            "\"We will win,\" said Marcia Price.\n\n\
             Later, Marcia \u{201c}Cia\u{201d} Price said, \"We won.\"",
        ] {
            let got: Vec<String> = names(text).into_iter().flatten().collect();
            assert_eq!(got.len(), 2, "{got:?}");
            assert_eq!(got[0], got[1], "{text}");
        }
    }

    #[test]
    fn a_number_in_words_opening_a_sentence_is_no_one_for_a_pronoun() {
        for text in [
            "\"We will win,\" Tom Park said.\n\nTwenty agreed.\n\n\"It is over,\" he said.",
            "\"We will win,\" Tom Park said.\n\n\
             Sixty-two percent of Republicans agreed.\n\n\"It is over,\" he said.",
        ] {
            assert_eq!(names(text)[1].as_deref(), Some("Tom Park"), "{text}");
        }
    }

    #[test]
    fn contrary_opens_a_phrase_and_names_no_one() {
        // "Contrary to his claim": the possessor speaks, and "his" is the
        // man named before
        let text = "Donald Trump refused.\n\n\
                    Contrary to his claim that voters would \"learn nothing,\" the returns matter.";
        let got = summary(text);
        assert_eq!(got[0].0.as_deref(), Some("his"), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Donald Trump"), "{got:?}");
    }

    #[test]
    fn a_person_set_up_by_as_for_is_the_pronoun_after() {
        for text in [
            "\"It would be a disaster,\" Sen. Ted Cruz said.\n\n\
             As for Trump, he said he is not worried. \"We will win,\" he said.",
            "\"It would be a disaster,\" Sen. Ted Cruz said.\n\n\
             And as for Trump, he was calm. \"We will win,\" he said.",
        ] {
            assert_eq!(names(text)[1].as_deref(), Some("Trump"), "{text}");
        }
        // not a topic of the other gender, nor a thing
        for text in [
            "\"It would be a disaster,\" Sen. Ted Cruz said.\n\n\
             As for Ann Lee, he said she would lose. \"We will win,\" he said.",
            "\"It would be a disaster,\" Sen. Ted Cruz said.\n\n\
             As for the Senate, he said it would wait. \"We will win,\" he said.",
        ] {
            assert_eq!(names(text)[1].as_deref(), Some("Ted Cruz"), "{text}");
        }
    }

    #[test]
    fn a_surname_names_the_person_it_already_named() {
        // "Mr. Cruz" has been the senator; his father, named in full
        // later, does not take the surname over
        let text = "Sen. Ted Cruz toured Iowa. Mr. Cruz has won over pastors.\n\n\
                    He sent his father, Rafael Cruz, to the churches.\n\n\
                    \"We will win,\" Mr. Cruz said.";
        assert_eq!(names(text)[0].as_deref(), Some("Ted Cruz"));
        // a surname met before the full name it grew into counts for no
        // one: the one named last has it
        let text = "Trump talked politics on Fox.\n\n\
                    Eric Trump, his son, was in Ohio. Donald Trump held a rally.\n\n\
                    \"We will win,\" Trump said.";
        assert_eq!(names(text)[0].as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn one_whose_words_a_phrase_gives_ranks_below_the_subject() {
        // "in the words of X" names X inside the sentence about Lee: the
        // next "he" is still Lee
        let text = "Tom Lee died on Friday.\n\n\
                    Lee was, in the words of the critic Ben Ortiz, \"the finest of them.\" \
                    He rarely spoke. \"I let the piano talk,\" he said.";
        let got = names(text);
        assert_eq!(got[0].as_deref(), Some("Ben Ortiz"), "{got:?}");
        assert_eq!(got[1].as_deref(), Some("Tom Lee"), "{got:?}");
        // the speaker of a verb stays the newest candidate
        let text = "Tom Lee died on Friday.\n\n\
                    Lee was \"the finest of them,\" the critic Ben Ortiz said. \
                    \"I heard him often,\" he said.";
        assert_eq!(names(text)[1].as_deref(), Some("Ben Ortiz"));
    }

    #[test]
    fn a_surname_that_speaks_is_the_one_who_spoke_before() {
        // the teacher named last never spoke: "Murphy said" is the
        // senator, and so is the "he" after it
        let text = "\"We will act,\" said Sen. Chris Murphy.\n\n\
                    He paid tribute to a teacher, Anne Marie Murphy, who died.\n\n\
                    \"It takes courage,\" Murphy said.\n\n\
                    \"This was a way to lead,\" he conceded.";
        let got = names(text);
        assert_eq!(got[1].as_deref(), Some("Chris Murphy"), "{got:?}");
        assert_eq!(got[2].as_deref(), Some("Chris Murphy"), "{got:?}");
        // with no one of the name who spoke, a man and a woman named as
        // often: the one named first, whom the story is about ("his
        // daughter, Linda Brooks" does not take "Brooks" over)
        let text = "Bill Clinton stayed home. Hillary Clinton went to Ohio.\n\n\
                    \"We will win,\" Clinton said.";
        assert_eq!(names(text)[0].as_deref(), Some("Bill Clinton"));
        let text = "Hillary Clinton went to Ohio. Bill Clinton stayed home.\n\n\
                    \"We will win,\" Clinton said.";
        assert_eq!(names(text)[0].as_deref(), Some("Hillary Clinton"));
        let text = "Harold Brooks, a pianist, died on Saturday. He was 91.\n\n\
                    His daughter, Linda Brooks, said he died at home.\n\n\
                    \"He was kind,\" said Ben Ortiz.\n\n\
                    Brooks taught himself to play. \"I never had a lesson,\" he said.";
        assert_eq!(names(text)[1].as_deref(), Some("Harold Brooks"));
        // so a relative of the same gender, named as one: the bare surname
        // is kept for the one the story is about
        let text = "Margaret Ellison, a surgeon, died on Sunday.\n\n\
                    Her daughter, Ruth Ellison, said the cause was heart failure.\n\n\
                    Dr. Ellison joined the hospital in 1962. \"I liked fixing things,\" she said.";
        assert_eq!(names(text)[0].as_deref(), Some("Margaret Ellison"));
        let text = "Tom Hale retired in May.\n\n\
                    His brother, Carl Hale, runs the farm now.\n\n\
                    \"It was time,\" Hale said.";
        assert_eq!(names(text)[0].as_deref(), Some("Tom Hale"));
        // not when the newer one was named with no word of kin
        let text = "Tom Hale retired in May.\n\n\
                    A neighbour, Carl Hale, runs the farm now.\n\n\
                    \"It was time,\" Hale said.";
        assert_eq!(names(text)[0].as_deref(), Some("Carl Hale"));
        // a title's modifier after a name is the name's verb ("retired"),
        // and the name is a person a pronoun may mean
        for verb in ["retired", "resigned"] {
            let text = format!("Tom Hale {verb} in May.\n\n\"It was time,\" he said.");
            assert_eq!(names(&text)[0].as_deref(), Some("Tom Hale"), "{verb}");
        }
        // (before a title it still modifies it)
        let text = "\"It was time,\" said retired Gen. Tom Hale.";
        assert_eq!(names(text)[0].as_deref(), Some("Tom Hale"));
        // one named more often keeps the name whoever came first
        let text = "Bill Clinton stayed home. Hillary Clinton went to Ohio.\n\n\
                    Hillary Clinton spoke there.\n\n\
                    \"We will win,\" Clinton said.";
        assert_eq!(names(text)[0].as_deref(), Some("Hillary Clinton"));
        // a full name is never overruled
        let text = "\"We will act,\" said Sen. Chris Murphy.\n\n\
                    \"It takes courage,\" said Anne Marie Murphy.";
        assert_eq!(names(text)[1].as_deref(), Some("Anne Marie Murphy"));
        // a headline's speaker, whose capitals may take in a description,
        // is no one who spoke before
        let text = "Liberal Oscar-winner Sarandon \u{2018}not sure\u{2019} about the race.\n\n\
                    Actress Susan Sarandon is not sure she can vote.\n\n\
                    \"It is a concern,\" Sarandon told reporters.";
        let got = names(text);
        assert_eq!(
            got.last().cloned().flatten().as_deref(),
            Some("Susan Sarandon"),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_first_met_in_capitals_takes_its_ordinary_case() {
        let text = "EISENHOWER ASKS CONGRESS FOR AID\n\n\
                    President Eisenhower urged Congress today to act. \
                    \"It is vital,\" the President said.";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_eq!(found.speaker().and_then(|m| m.name()), Some("Eisenhower"));
        // a name in capitals throughout keeps them
        let text = "Officials from NATO met on Monday. \"We are ready,\" NATO said.";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_eq!(found.speaker().and_then(|m| m.name()), Some("NATO"));
    }

    #[test]
    fn pronoun_resolves_to_the_previous_subject() {
        let text = "Luis Ortega met Claire Dubois. Ortega repeated his offer. \
                    He added that it would \"help farmers.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("He"));
        assert_eq!(a.speaker().map(Mention::kind), Some(MentionKind::Pronoun));
        assert_eq!(a.speaker().and_then(Mention::name), Some("Luis Ortega"));
    }

    #[test]
    fn a_subject_described_by_a_role_is_the_one_a_later_pronoun_means() {
        // "the secretary" is the one whose role it names, and a pronoun
        // of that person's gender after it means them, not the last name
        let text = "Secretary of State Dean Rusk testified first. Senator Tom Hicks \
                    disagreed.\n\nLater, the secretary was asked about the bill. \
                    \"Never,\" he said.";
        let last = all(text).pop().expect("a quotation");
        assert_eq!(last.speaker().and_then(Mention::name), Some("Dean Rusk"));
        // a role holder whose gender no word tells is no one's "she"
        let text = "Judge Berman heard the case. Ann Park spoke for the defense.\n\n\
                    The judge nodded. \"Thank you,\" she said.";
        let last = all(text).pop().expect("a quotation");
        assert_eq!(last.speaker().and_then(Mention::name), Some("Ann Park"));
    }

    #[test]
    fn a_participle_after_a_clause_opened_by_a_conjunction_is_its_pronouns() {
        // the participle belongs to the clause before its comma, whose
        // subject is the pronoun after "though", "and", "in which"
        for text in [
            "Senator Ann Lee avoided the word, though at a hearing last week \
             she used stronger language, saying the plan was \"a fraud.\"",
            "The mayor spoke after Senator Ann Lee, who leads the polls, held \
             a rally in which she went after the mayor, mocking his \"big plan.\"",
        ] {
            let a = all(text).pop().expect("a quotation");
            assert_eq!(a.speaker().map(Mention::text), Some("she"), "{text}");
            assert_eq!(
                a.speaker().and_then(Mention::name),
                Some("Ann Lee"),
                "{text}"
            );
        }
        // not a pronoun inside what a verb reports, nor "they"
        for (text, who) in [
            (
                "Tom Park fired a builder who said he was cheated after he \
                 finished the job, saying \"he did bad work.\"",
                "Tom Park",
            ),
            (
                "Tom Park apologized for the posts after they came out, \
                 saying they were \"old news.\"",
                "Tom Park",
            ),
            (
                "Tom Park said he would win, calling Lee \"a fraud.\"",
                "Tom Park",
            ),
        ] {
            let a = all(text).pop().expect("a quotation");
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
        }
    }

    #[test]
    fn a_building_named_for_a_person_is_not_that_person() {
        for place in [
            "Ortega Tower",
            "Ortega National Golf Club",
            "The Ortega Plaza Hotel",
            "Ortega Casino",
        ] {
            let text = format!(
                "Luis Ortega spoke on Monday. Later, {place} was quiet. \"It was great,\" Ortega said."
            );
            let found = all(&text);
            assert_eq!(
                found[0].speaker().and_then(Mention::name),
                Some("Luis Ortega"),
                "{place}"
            );
        }
    }

    #[test]
    fn a_surname_refers_to_the_name_it_ends_before_one_it_opens() {
        let text = "Luis Ortega spoke first. His jet, Ortega Air One, landed later. \
                    \"It was great,\" Ortega said.";
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
        // a suffix after the surname is no obstacle
        let text = "Luis Ortega Jr. spoke first. His jet, Ortega Air One, landed later. \
                    \"It was great,\" Ortega said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Luis Ortega Jr.")
        );
        // a given name alone still finds the full name it opens
        let text = "Claire Dubois spoke first. \"It was great,\" Claire said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Claire Dubois")
        );
    }

    #[test]
    fn letters_of_office_or_honour_after_a_name_are_no_part_of_it() {
        for (text, written, name) in [
            (
                "\"It is over,\" said Keith Larkin QC, for the defence.",
                "Keith Larkin QC",
                "Keith Larkin",
            ),
            (
                "\"We lost,\" said Jane Holt MP.",
                "Jane Holt MP",
                "Jane Holt",
            ),
            (
                "Sir Paul Nurse FRS said funding was \"vital.\"",
                "Sir Paul Nurse FRS",
                "Paul Nurse",
            ),
            // one word is a name after an honorific or a title
            ("\"We lost,\" said Mr Hale MP.", "Mr Hale MP", "Hale"),
            ("\"We lost,\" said Dr Jones FRS.", "Dr Jones FRS", "Jones"),
        ] {
            let found = all(text);
            let m = found[0].speaker().expect("a speaker");
            assert_eq!(m.text(), written, "{text}");
            assert_eq!(m.name(), Some(name), "{text}");
            assert_eq!(m.kind(), MentionKind::Person, "{text}");
        }
        // the surname alone later is the same person
        let text = "\"It is over,\" said Keith Larkin QC. \"No,\" Larkin added.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Keith Larkin")
        );
        // one word alone before them, a party or a nation's, names no one:
        // the member is described
        for text in [
            "One senior Reform MP told the BBC: 'The mood is grim.'",
            "A senior Conservative MP said: \"We lost.\"",
            "\"We lost,\" said one veteran Tory MEP.",
        ] {
            let m = all(text)[0].speaker().cloned().expect("a speaker");
            assert_eq!(m.kind(), MentionKind::Description, "{text}");
            assert_eq!(m.name(), None, "{text}");
        }
        // capitals that are a body's name stay one
        let text = "\"It is over,\" said the BBC.";
        assert_eq!(
            all(text)[0].speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
    }

    #[test]
    fn a_street_that_stands_for_an_institution_is_no_person() {
        let text =
            "Ann Lee spoke first. Later, Wall Street reacted badly. \"It is bad,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
        let text = "Downing Street said the talks were \"constructive.\"";
        assert_eq!(
            all(text)[0].speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
    }

    #[test]
    fn a_headline_does_not_lengthen_a_name_with_its_verbs() {
        // the capitals of a title-case headline run over its verb
        for headline in [
            "Ortega Endorses Claire Dubois With Party Blessing.",
            "Farm Icon Luis Ortega Endorses Claire Dubois.",
            "Luis Ortega Is Now Calling The Plan A Scam.",
            "Underdog Farmer Luis Ortega Beats Incumbent in Iowa Primary.",
            "Luis Ortega Nominates Claire Dubois for 2nd Term.",
        ] {
            let text = format!(
                "{headline}\n\nLuis Ortega spoke on Monday. \"It is a scam,\" Ortega said."
            );
            let found = all(&text);
            let last = found.last().expect("the quotation");
            assert_eq!(
                last.speaker().and_then(Mention::name),
                Some("Luis Ortega"),
                "{headline}"
            );
        }
        // a name alone in a headline still names its entity
        let text = "Ortega Tells Voters To \u{2018}Wake Up\u{2019} About Prices.\n\n\
                    Luis Ortega spoke on Monday.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
        // a sentence of names among others is no headline
        let text = "Few break ranks. Take Iowa Sens. Claire Dubois and Luis Ortega. \
                    \"It is a scam,\" Ortega said.";
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
        // and a sentence with verbs in lower case is no headline, however
        // many capitals it has
        let text = "Ohio Farm Party Chairman Luis Ortega called Friday's ruling a \"huge win.\"";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
    }

    #[test]
    fn a_country_speaks_as_a_body_and_is_no_one_a_pronoun_means() {
        let text = "Luis Ortega met the envoys. China warned of \"consequences.\" \
                    \"We will see,\" he said.";
        let found = all(text);
        assert_eq!(
            found[0].speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
        assert_eq!(
            found[1].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
        // two countries are one speaker
        let text = "Canada and Mexico called the deal \"a start.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Canada and Mexico"));
    }

    #[test]
    fn a_plural_noun_opening_a_sentence_is_a_description_not_a_name() {
        let text = "Luis Ortega met the envoys. \"It is late,\" he said. \
                    Analysts told reporters that prices were \"too high.\" \"We will see,\" he said.";
        let found = all(text);
        let analysts = found[1].speaker().expect("a speaker");
        assert_eq!(analysts.text(), "Analysts");
        assert_eq!(analysts.kind(), MentionKind::Description);
        assert_eq!(analysts.name(), None);
        // so a later "he" is no analyst
        assert_eq!(
            found[2].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
        // as are people of a place, a journey or a loss
        for noun in ["Villagers", "Tourists", "Refugees", "Mourners", "Commuters"] {
            let text = format!("{noun} said the bridge was \"a death trap.\"");
            let found = all(&text);
            let who = found[0].speaker().expect("a speaker");
            assert_eq!(who.kind(), MentionKind::Description, "{noun}");
            assert_eq!(who.name(), None, "{noun}");
        }
        // and a plural the lexicon lacks, before a verb in the plain present
        // that no one person takes
        for (text, name) in [
            ("Foresters say the stand is \"remarkable.\"", None),
            ("Glaziers believe the glass is \"too thin.\"", None),
            ("Sanders says the stand is \"remarkable.\"", Some("Sanders")),
            ("Rogers said the stand is \"remarkable.\"", Some("Rogers")),
        ] {
            let found = all(text);
            let who = found[0].speaker().expect("a speaker");
            assert_eq!(who.name(), name, "{text}");
        }
        // so is an indefinite pronoun
        let text = "Nobody asked about it. \"We are worried,\" he said.";
        let he = all(text)[0]
            .speaker()
            .and_then(Mention::name)
            .map(str::to_owned);
        assert_eq!(he, None);
        // a capitalised plural name is still a name
        let text = "\"We are worried,\" Jones told reporters.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Jones")
        );
    }

    #[test]
    fn a_name_in_the_subjects_appositive_is_a_pronouns_antecedent() {
        let text = "Mary Lee praised the plan. Her deputy, Tom Park, was less sure. \
                    \"We need more time,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
        // an appositive without a name names no one
        let text = "Mary Lee praised the plan. Her deputy, a cautious man, was less sure. \
                    \"We need more time,\" he said.";
        assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
    }

    #[test]
    fn a_titled_subject_of_an_inner_clause_is_a_pronouns_antecedent() {
        let text = "\"Go home,\" Tom Park told the crowd. \
                    The anger grew so loud that Mr. Luis Ortega was asked about it. \
                    \"I hope not,\" he said.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Luis Ortega")
        );
        // not the subject of what someone reports
        let text = "\"Go home,\" Tom Park told the crowd. \
                    The writer doubts that Mr. Luis Ortega will win. \
                    \"I hope not,\" he said.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
        // nor a surname alone, without a title, an honorific or a given
        // name
        let text = "\"Go home,\" Tom Park told the crowd. \
                    The anger grew so loud that Ortega was asked about it. \
                    \"I hope not,\" he said.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
    }

    #[test]
    fn a_person_who_said_something_is_a_pronouns_antecedent() {
        let text = "Mayor Tom Park defended the budget. \
                    The plan was backed by Sen. Ann Lee of Ohio, the chairwoman \
                    of the panel, who said the numbers were sound. \
                    \"It adds up,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
        // one who named something in a relative clause said nothing the
        // pronoun goes on with
        let text = "\"We are ready,\" Tom Park said. \
                    Asked about Gov. Luis Ortega, who has called the plan a hoax, \
                    Park smiled. \"We will see,\" he said.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
    }

    #[test]
    fn a_subject_who_does_something_is_a_person_a_pronoun_may_mean() {
        let text = "\"We lost,\" Belichick said. \
                    Brady, who threw for 300 yards, shrugged off the loss. \
                    \"It's one game,\" he said.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Brady")
        );
        // a body "which" does something is no "he"
        let text = "\"We lost,\" Belichick said. \
                    Acme, which makes the helmets, cut its forecast. \
                    \"It's one game,\" he said.";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Belichick")
        );
    }

    #[test]
    fn the_speaker_closing_a_sentence_is_a_pronouns_antecedent() {
        // the pronoun goes on with the one who said it, not with the
        // subject of what was said
        let text = "Mr. Tom Park joined Gov. Luis Ortega at the rallies. \
                    Ortega won over the small crowds with his speeches, Park said.\n\n\
                    \"He was very sharp,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
        // a name after "said" that opens the content is no speaker
        let text = "Mr. Tom Park spoke first. \
                    Mr. Bo Lee, the party's chairman, said Gov. Luis Ortega had hurt the party.\n\n\
                    \"It was not well done,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Bo Lee")
        );
    }

    #[test]
    fn a_definite_description_by_the_head_of_a_bodys_name_is_that_body() {
        for (text, name) in [
            (
                "The Environmental Protection Agency issued a rule. \"It is overdue,\" the agency said.",
                Some("The Environmental Protection Agency"),
            ),
            // the head before "of"
            (
                "The Department of Justice issued a rule. \"It is overdue,\" the department said.",
                Some("The Department of Justice"),
            ),
            // past one other body
            (
                "The Senate Finance Committee met. The Sierra Club sued. \"It is overdue,\" the committee said.",
                Some("The Senate Finance Committee"),
            ),
            // not a word of the name that heads nothing
            (
                "The State Department issued a rule. \"It is overdue,\" the state said.",
                None,
            ),
            // nor a body named before two others
            (
                "The Environmental Protection Agency issued a rule. The Sierra Club sued. \
                 Then the Chamber of Commerce joined. \"It is overdue,\" the agency said.",
                None,
            ),
        ] {
            assert_eq!(
                all(text)[0].speaker().and_then(Mention::name),
                name,
                "{text}"
            );
        }
    }

    #[test]
    fn a_possessors_title_of_two_words_takes_the_name_after_it() {
        // "The state's attorney general, Mary Fitch,": the name is the
        // title's, the one a later "she" means
        for opening in ["The state's attorney general", "The state's top prosecutor"] {
            let text = format!(
                "\"No evidence,\" wrote Judge Ann Vail.\n\n\
                 {opening}, Mary Fitch, said she would appeal. \"We will win,\" she said."
            );
            assert_eq!(
                all(&text)[1].speaker().and_then(Mention::name),
                Some("Mary Fitch"),
                "{text}"
            );
        }
        assert_eq!(
            speaker("The state's attorney general said: \"No.\"", 0).as_deref(),
            Some("The state's attorney general")
        );
    }

    #[test]
    fn two_given_names_before_one_surname_are_a_couple() {
        let text = "Denise and Robert Tate are still sleeping at their daughter's.\n\n\
                    \"We lost everything,\" Mrs. Tate said. \"It is gone,\" Mr. Tate said.";
        let both = all(text);
        assert_eq!(
            both[0].speaker().and_then(Mention::name),
            Some("Denise Tate")
        );
        assert_eq!(
            both[1].speaker().and_then(Mention::name),
            Some("Robert Tate")
        );
        // and a pronoun of one's gender means that one
        let text = "Denise and Robert Tate are still sleeping at their daughter's. \
                    \"We lost everything,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Denise Tate")
        );
        // after an opening count of time too
        let text = "Three weeks after the flood, Denise and Robert Tate are still there.\n\n\
                    \"We lost everything,\" Mrs. Tate said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Denise Tate")
        );
        // a surname and a full name are no couple
        let text = "Keyworth and Dick Hackborn cheered the merger. \"It was a shock,\" she said.";
        assert_ne!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Keyworth Hackborn")
        );
    }

    #[test]
    fn a_first_name_after_a_noun_of_kin_is_a_person_of_its_gender() {
        let text = "Gov. Ann Lee spoke first. On Monday, the senator's wife, Clara, \
                    was in the crowd. \"He is kind,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Clara")
        );
        let text = "Ann Lee held up a sign. Her father, Tobias, 39, worried that few read the news.\n\n\
                    \"People are afraid,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tobias")
        );
        // the noun of kin heads a description with a complement
        let text = "Gov. Ann Lee spoke first. Her husband of 30 years, Tobias, recalled the day. \
                    \"People are afraid,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tobias")
        );
        // after a noun of no kin, a lone first name is still no known
        // person: the pronoun goes back to the one named in full
        let text = "Mr. Tom Park spoke first. His rival, Quinn, was in the crowd. \
                    \"It went well,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
    }

    #[test]
    fn a_named_possessor_opening_a_sentence_is_the_next_pronouns() {
        // "Trump's attempt … did not last long": the one whose thing the
        // sentence opens with, not the one named before
        let text = "Marco Rubio spoke first. Donald Trump's attempt not to engage in \
                    personal attacks did not last long. \"We will win,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Donald Trump")
        );
        // after an opening phrase too
        let text = "Marco Rubio spoke first. On Monday, Donald Trump's speech in Ohio \
                    ran long. \"We will win,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Donald Trump")
        );
        // not the possessor of a person ("Trump's lawyer"), whom the
        // pronoun may as well mean
        let text = "Marco Rubio spoke first. Donald Trump's lawyer was not amused. \
                    \"We will sue,\" he said.";
        assert_ne!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Donald Trump")
        );
        // nor one of no known gender, who would take the pronoun's gender
        let text = "Marco Rubio spoke first. President Obama's decision to visit \
                    received support. \"We will win,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Marco Rubio")
        );
    }

    #[test]
    fn a_described_subject_after_a_conjunction_keeps_its_named_apposition() {
        // "But his wife, Jane, offered": "his wife," opens no phrase; it is
        // the subject, Jane its name, a woman for the next "she"
        let text = "Ann Lee won the primary. But his wife, Jane, offered a preview \
                    in an interview. \"He wants to keep going,\" she said.";
        assert_eq!(all(text)[0].speaker().and_then(Mention::name), Some("Jane"));
        // a phrase of time after the conjunction still opens the sentence
        let text = "Ann Lee won the primary. But the next day, Lee, a senator, \
                    conceded. \"It is over,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
    }

    #[test]
    fn a_particle_of_direction_before_its_noun_opens_a_phrase_of_place() {
        // "Down the road," is an opening phrase: the subject after it, with
        // its appositive, is whom the pronoun means
        for opening in ["Down the road", "Up the street"] {
            let text = format!(
                "Earl Marsh worked at the mill. {opening}, the mayor, Frank Ruiz, sees \
                 it differently. \"It is fine,\" he said."
            );
            assert_eq!(
                all(&text)[0].speaker().and_then(Mention::name),
                Some("Frank Ruiz"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_titled_subject_after_a_one_word_opening_is_no_place() {
        // "Earlier," is capitalised only because it opens the sentence, and
        // "Sheriff Joe Arpaio," after it is a person, not a state after a
        // town: the sentence's subject, whom the pronoun means
        for opening in ["Earlier", "In Phoenix"] {
            let text = format!(
                "Mr. Tom Park spoke first. {opening}, Sheriff Joe Arpaio, a polarizing \
                 figure, backed the plan. \"It will work,\" he said."
            );
            assert_eq!(
                all(&text)[0].speaker().and_then(Mention::name),
                Some("Joe Arpaio"),
                "{text}"
            );
        }
        // (after a dateline's dash too)
        let text = "WASHINGTON \u{2014} Earlier, Sheriff Joe Arpaio, a polarizing figure, \
                    backed the plan. \"It will work,\" he said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Joe Arpaio")
        );
        // a town and its state after an opening phrase are still passed
        // over: the subject is the one after them
        let text = "Mr. Tom Park spoke first. Speaking in Salem, New Hampshire, Ann Lee \
                    said the plan would fail. \"It will not work,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
    }

    #[test]
    fn a_day_or_a_name_with_an_age_after_an_opening_is_no_place() {
        // "Sunday," names no town, and "Hanna Melnyk, 68," (a given name
        // the lists may lack) is a person with an age, not a state
        // (nor does a relative clause on the place: "In Zatoka, where …,")
        for opening in [
            "On Sunday",
            "In Zatoka",
            "In the village of Zatoka",
            "In Zatoka, where the buses have stopped",
        ] {
            let text = format!(
                "Mr. Tom Park spoke first. {opening}, Dana Kowalczyk, 68, swept glass \
                 from her floor. \"Where should we go?\" she asked."
            );
            assert_eq!(
                all(&text)[0].speaker().and_then(Mention::name),
                Some("Dana Kowalczyk"),
                "{text}"
            );
        }
        // a town and its state are still passed over after a day
        let text = "Mr. Tom Park spoke first. In Salem, Oregon, on Sunday, Dana Kowalczyk \
                    swept glass from her floor. \"Where should we go?\" she asked.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Dana Kowalczyk")
        );
    }

    #[test]
    fn nouns_of_kin_tell_a_gender() {
        // a widow named after her role is a woman a later "she" means
        let text = "Mr. Tom Park spoke first. \"It is wrong,\" said widow Terry Strada.\n\n\
                    She continued, \"We want our day in court.\"";
        assert_eq!(
            all(text)[1].speaker().and_then(Mention::name),
            Some("Terry Strada")
        );
        // an aunt with no name is the woman "she" means, not one named before
        let text = "Ann Lee spoke first. My aunt reads every one of the books. \
                    \"That is not how it happened,\" she tells me.";
        assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
        // "taunt" holds "aunt" but tells nothing
        let text = "Ann Lee spoke first. The taunt came from the stands. \
                    \"That is not how it happened,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
    }

    #[test]
    fn given_names_of_other_languages_tell_a_gender() {
        // a pronoun of the other gender passes over the name to the one
        // named before it
        for (name, female) in [
            ("Hanna Melnyk", true),
            ("Olena Shevchenko", true),
            ("Priya Raman", true),
            ("Petro Kovalenko", false),
            ("Dmytro Bondar", false),
            ("Kofi Mensah", false),
            ("Mara Quist", true),
            ("Adrienne Vail", true),
            ("Jalen Brooks", false),
        ] {
            let (first, pronoun) = if female {
                ("Mr. Tom Park", "he")
            } else {
                ("Ms. Ann Park", "she")
            };
            let text = format!(
                "{first} spoke at the event. {name} spoke next. \"We will stay,\" {pronoun} said."
            );
            let want = first.split_once(' ').unwrap().1;
            assert_eq!(
                all(&text)[0].speaker().and_then(Mention::name),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn pronoun_gender_skips_an_incompatible_subject() {
        let text = "Ms. Claire Dubois met Luis Ortega. Ortega spoke first. \
                    \"We agree,\" she said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Claire Dubois")
        );
    }

    #[test]
    fn surname_first_names_link_to_the_full_name() {
        let text = "Lavrov met his counterpart Wang Yi. \"We agree,\" Wang said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Wang Yi")
        );
    }

    #[test]
    fn named_subject_of_the_reporting_verb_wins_over_a_pronoun() {
        let text = "Ann Reyes said she recalled thinking, \"This is it.\"";
        assert_eq!(speaker(text, 0), Some("Ann Reyes".to_owned()));
    }

    #[test]
    fn description_resolves_through_a_role() {
        let text = "Foreign Minister Sergey Lavrov arrived. \"Enough,\" the foreign minister said.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("the foreign minister"));
        assert_eq!(a.speaker().and_then(Mention::name), Some("Sergey Lavrov"));
    }

    /// The canonical name of the description that says "Enough," after
    /// the sentences `before`.
    fn name_described(before: &str, description: &str) -> Option<String> {
        let text = format!("{before} \"Enough,\" {description} said.");
        let a = &all(&text)[0];
        a.speaker().and_then(Mention::name).map(str::to_owned)
    }

    #[test]
    fn an_abbreviated_title_is_the_role_a_description_names() {
        for (before, description) in [
            ("Sen. Ann Lee spoke first.", "the senator"),
            ("Rep. Ann Lee spoke first.", "the congresswoman"),
            ("Gov. Ann Lee spoke first.", "the governor"),
            ("Gen. Ann Lee spoke first.", "the general"),
            ("Lt. Gov. Ann Lee spoke first.", "the lieutenant governor"),
        ] {
            let name = name_described(before, description);
            assert_eq!(name.as_deref(), Some("Ann Lee"), "{before} {description}");
        }
        // the lieutenant governor is not the governor
        assert_eq!(
            name_described("Lt. Gov. Ann Lee spoke first.", "the governor"),
            None
        );
    }

    #[test]
    fn a_word_of_rank_makes_another_office() {
        // "the president" is not the vice president, the former one, the
        // deputy or the one elected, but the one named before them
        for (before, description) in [
            (
                "President Ann Lee spoke. Vice President Bo Park spoke.",
                "the president",
            ),
            (
                "President Ann Lee spoke. Former President Bo Park spoke.",
                "the president",
            ),
            (
                "Prime Minister Ann Lee spoke. Deputy Prime Minister Bo Park spoke.",
                "the prime minister",
            ),
            (
                "Chancellor Ann Lee spoke. Shadow Chancellor Bo Park spoke.",
                "the chancellor",
            ),
            (
                "Secretary of State Ann Lee spoke. Assistant Secretary of State Bo Park spoke.",
                "the secretary of state",
            ),
        ] {
            let name = name_described(before, description);
            assert_eq!(name.as_deref(), Some("Ann Lee"), "{before} {description}");
        }
        // with the word of rank, the description names the one who has it
        let text = "President Ann Lee spoke. Vice President Bo Park spoke. \
                    \"Enough,\" the president said. \"No,\" the vice president said.";
        let found = all(text);
        let names: Vec<_> = found
            .iter()
            .map(|a| a.speaker().and_then(Mention::name))
            .collect();
        assert_eq!(names, [Some("Ann Lee"), Some("Bo Park")]);
        // and alone, "the president" does not name a vice president
        assert_eq!(
            name_described("Vice President Bo Park spoke.", "the president"),
            None
        );
    }

    #[test]
    fn the_speaker_of_a_closing_reporting_clause_is_there_for_pronouns() {
        let before = "\"It is a way to skip the media,\" said Brian Sole, the chief executive.\n\n";
        for middle in [
            "The model will be part of the postmortem, said Jack Hale, an editor.",
            "The model will be part of the postmortem, Jack Hale said.",
        ] {
            let text = format!("{before}{middle} \"You have a real operation,\" he said.");
            let a = &all(&text)[1];
            assert_eq!(
                a.speaker().and_then(Mention::name),
                Some("Jack Hale"),
                "{middle}"
            );
        }
        // a name after the verb with no comma before it is the content's
        // subject, not a speaker
        let text = format!(
            "{before}Mr. Sole said Jack Hale lied about it. \"You have a real operation,\" he said."
        );
        let a = &all(&text)[1];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Brian Sole"));
    }

    #[test]
    fn a_plural_of_a_party_before_names_is_no_part_of_them() {
        let text = "Ann Jolly hopes to win. Republicans Jolly and Park are against the plan. \
                    \"It is wrong,\" Jolly said.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Jolly"));
    }

    #[test]
    fn a_surname_read_as_a_title_names_the_person_before() {
        let text = "Tennis great Billie Jean King remembered him. \
                    \"He was fun,\" King said.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("King"));
        assert_eq!(
            a.speaker().and_then(Mention::name),
            Some("Billie Jean King")
        );
        // with no such person, a title alone names no one
        let a = &all("Crowds gathered. \"He was fun,\" the King said.")[0];
        assert_eq!(a.speaker().and_then(Mention::name), None);
    }

    #[test]
    fn a_body_is_not_the_person_whose_role_it_modifies() {
        let before = "Lee campaign manager Rob Moor spoke first. ";
        let text = format!("{before}\"We won,\" her campaign said.");
        let a = &all(&text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("her campaign"));
        assert_eq!(a.speaker().and_then(Mention::name), None);
        // a person's role still refers back by its words
        let text = format!("{before}\"We won,\" the manager said.");
        let a = &all(&text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Rob Moor"));
    }

    #[test]
    fn no_name_opens_with_a_word_in_lower_case_after_a_role() {
        // a preposition after a title: the title's complement
        let a = &all("\"He was kind,\" said Chad\u{2019}s Ambassador to France.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(MentionKind::Description)
        );
        assert_eq!(a.speaker().and_then(Mention::name), None);
        // a verb after a plural role: the role ends the phrase
        let text = "Perhaps young voters prefer Lee\u{2019}s call for \"revolution\" over caution.";
        for a in all(text) {
            let name = a.speaker().and_then(Mention::name);
            assert!(name.is_none_or(|n| !n.starts_with("prefer")), "{name:?}");
        }
        // a participle after a plural role goes on with the phrase, which
        // names no one
        let text = "\"It is a fraud,\" said supporters planning Occupy-style protests.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("supporters planning Occupy-style")
        );
        assert_eq!(a.speaker().and_then(Mention::name), None);
        // a particle of a name stays in it
        let a = &all("Pierre de Vos spoke. \"It is wrong,\" Mr. de Vos said.")[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Pierre de Vos"));
    }

    #[test]
    fn a_member_of_a_party_or_nation_is_a_person_described() {
        let text = "The Republican Party met on Monday. \"We will not back him,\" \
                    said one Republican involved in the planning.";
        let a = &all(text)[0];
        let s = a.speaker().expect("a speaker");
        assert_eq!(s.text(), "one Republican involved in the planning");
        assert_eq!(s.kind(), MentionKind::Description);
        assert_eq!(s.name(), None);
        for text in [
            "\"We lost,\" a Democrat said.",
            "\"We lost,\" the American said.",
            "\"We lost,\" said one senior Democrat.",
            "\"We lost,\" said a well-connected Republican.",
        ] {
            let a = &all(text)[0];
            assert_eq!(
                a.speaker().map(Mention::kind),
                Some(MentionKind::Description),
                "{text}"
            );
        }
        // a party's name stays an organisation
        let a = &all("\"We lost,\" the GOP said.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
    }

    #[test]
    fn an_indefinite_description_names_someone_new() {
        let before = "Foreign Minister Sergey Lavrov arrived. ";
        for tail in [
            "\"Enough,\" a foreign minister said.",
            "\"Enough,\" one foreign minister said.",
            "\"Enough,\" another foreign minister said.",
        ] {
            let text = format!("{before}{tail}");
            let a = &all(&text)[0];
            assert!(a.speaker().is_some(), "{tail}");
            assert_eq!(a.speaker().and_then(Mention::name), None, "{tail}");
        }
        // the definite description refers back
        let text = format!("{before}\"Enough,\" the foreign minister said.");
        let a = &all(&text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Sergey Lavrov"));
    }
}

mod negatives {
    use super::*;

    #[test]
    fn a_name_inside_the_quote_is_never_its_speaker() {
        let text = "\"Lavrov said no,\" Dubois told reporters.";
        assert_eq!(speaker(text, 0), Some("Dubois".to_owned()));
        assert_eq!(speaker("Then came \"Lavrov said no.\"", 0), None);
    }

    #[test]
    fn a_free_relative_opening_the_sentence_is_no_speaker() {
        for text in [
            "Whatever his doubts may be, dismissing her view as a \"rant\" is wrong.",
            "Whoever wins, calling the vote \"rigged\" helps no one.",
        ] {
            let found = all(text);
            assert!(
                found
                    .iter()
                    .all(|a| a.speaker().is_none_or(|s| !s.text().starts_with("Wh"))),
                "{text}: {found:#?}"
            );
            let reported = whosaid::reports(text).collect::<Vec<_>>();
            assert!(
                reported
                    .iter()
                    .all(|r| r.speaker().is_none_or(|s| !s.text().starts_with("Wh"))),
                "{text}: {reported:#?}"
            );
        }
    }

    #[test]
    fn an_organisation_subject_without_a_verb_is_a_weak_guess() {
        let text = "A Government Accountability Office report traced the money \
                    to \"the drug trade.\"";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("A Government Accountability Office report")
        );
        assert_eq!(a.rule(), Some(Rule::SentenceSubject));
        // with a verb of finding, the report's clause holds the quotation
        let text = "A Government Accountability Office report found that the money \
                    came from \"the drug trade.\"";
        let found = &all(text)[0];
        assert_eq!(found.rule(), Some(Rule::ReportedContent));
        assert_eq!(found.cue().map(whosaid::Cue::text), Some("found"));
        // a guess is less sure than a reporting verb
        let said = all("The report said the money came from \"the drug trade.\"");
        assert!(a.confidence() < said[0].confidence());
        // a pronoun subject is no guess
        assert_eq!(speaker("It came from \"the drug trade.\"", 0), None);
    }

    #[test]
    fn a_said_in_an_unrelated_sentence_does_not_attribute() {
        let text = "Ortega said the vote was close. The bill is \"a mess\" for everyone involved.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn terms_go_to_their_sentence_speaker_with_less_confidence() {
        let text = "Ortega said he watched \"Fox News Sunday\" and the so-called \"experts.\"";
        let got = all(text);
        assert_eq!(got.len(), 2);
        for a in &got {
            assert_eq!(a.quote().kind(), whosaid::QuoteKind::Term);
            assert_eq!(a.speaker().map(Mention::text), Some("Ortega"));
        }
        let direct = all("Ortega said, \"The experts were wrong.\"");
        assert!(got[0].confidence() < direct[0].confidence());
    }

    #[test]
    fn a_term_without_a_speaker_in_its_sentence_stays_unattributed() {
        let text = "The show \"Fox News Sunday\" airs at nine. Its so-called \"experts\" disagree.";
        assert!(all(text).iter().all(|a| a.speaker().is_none()));
    }

    #[test]
    fn a_nested_term_stays_unattributed() {
        let text = "\"They called it 'madness',\" Dubois said.";
        let got: Vec<_> = whosaid::attribute(text).collect();
        assert_eq!(got.len(), 2);
        assert!(got[1].speaker().is_none());
    }

    #[test]
    fn invalid_cue_is_an_error() {
        // words are separated by single spaces: "pointed out" is a cue
        for bad in ["", "two  words", " lead", "x1"] {
            let err = whosaid::Attributor::builder()
                .cue(bad)
                .build()
                .expect_err("invalid");
            assert!(matches!(err, whosaid::Error::InvalidCue(ref c) if c == bad));
        }
    }
}

mod sample_article {
    use super::*;

    /// The bundled sample article carries the constructions of the
    /// project's reference article.
    #[test]
    fn every_quotation_is_attributed_as_a_reader_would() {
        let text = include_str!("../examples/data/sample_article.txt");
        let got: Vec<(String, String, String)> = all(text)
            .iter()
            .map(|a| {
                let sp = a.speaker().expect("attributed");
                (
                    sp.text().to_owned(),
                    sp.name().unwrap_or("").to_owned(),
                    a.cue().map(|c| c.text().to_owned()).unwrap_or_default(),
                )
            })
            .collect();
        let want = [
            ("Claire Dubois", "Claire Dubois", "said"),
            ("He", "Luis Ortega", "added"),
            ("Claire Dubois", "Claire Dubois", "criticized"),
            ("Ortega", "Luis Ortega", "told"),
            ("Raman", "Priya Raman", "said"),
            ("Raman", "Priya Raman", "said"),
        ];
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
            .collect();
        assert_eq!(got, want);
        let relayed = &all(text)[3];
        assert!(
            relayed
                .source()
                .is_some_and(|s| s.text().contains("Northern Wire"))
        );
        assert_eq!(relayed.addressee().map(Mention::text), Some("Dubois"));
        // the words Raman's grandfather said, in hers
        let nested: Vec<_> = whosaid::attribute(text)
            .filter(|a| a.quote().depth() > 0)
            .collect();
        assert_eq!(nested.len(), 1);
        let speaker = nested[0].speaker().expect("attributed");
        assert_eq!(speaker.text(), "My grandfather");
        assert_eq!(nested[0].cue().map(whosaid::Cue::text), Some("tell"));
        assert_eq!(
            nested[0].source().and_then(Mention::name),
            Some("Priya Raman")
        );
    }
}

mod more_constructions {
    use super::*;

    #[test]
    fn as_x_put_it() {
        let text = "As Ms. Ann Lee put it in a statement, the plan is \"a giveaway.\"";
        assert_eq!(speaker(text, 0), Some("Ms. Ann Lee".to_owned()));
    }

    #[test]
    fn points_out_but_not_points() {
        assert_eq!(
            speaker(
                "The report also points out that costs are \"out of control.\"",
                0
            ),
            Some("The report".to_owned())
        );
        assert_eq!(
            speaker("He scored points and called it \"luck.\"", 0),
            Some("He".to_owned())
        );
    }

    #[test]
    fn an_opening_prepositional_phrase_is_no_speaker() {
        for (text, who) in [
            (
                "Amidst the chaos, officials said the plan was dead, adding, \"It is over.\"",
                "officials",
            ),
            (
                "Alongside the protests, a senior aide spoke up, saying, \"It is over.\"",
                "a senior aide",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_verb_in_a_relative_clause_does_not_govern_the_main_clause() {
        let text = "The groups who wrote to her on Thursday say they are \"concerned.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("The groups"));
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("say"));
        // a verb outside the subject still governs the one inside
        let text = "Clinton said Trump called it \"a disaster.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Clinton"));
    }

    #[test]
    fn a_plural_noun_of_speech_after_an_adjective_is_no_verb() {
        let text = "Ann Lee went on the show to discuss her recent remarks, saying \
                    the plan was \"a disaster.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Lee"));
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("saying"));
    }

    #[test]
    fn an_appositive_closing_the_opening_phrase_is_no_subject() {
        let text = "Preceded at the lectern by Joe Arpaio, the county sheriff, \
                    Sen. Ann Lee launched into a lament for \"forgotten Americans.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sen. Ann Lee"));
        // without a subject and verb after it, the phrase is the subject
        let text = "Speaking after Joe Arpaio, the senator called it \"a mess.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the senator"));
        // so is one describing a noun that closes the opening phrase, and
        // a second appositive after it
        for text in [
            "In his speech, a tribute to Ann Lee, Mr. Obama closed by urging \"a politics of hope.\"",
            "In his speech, a tribute to Ann Lee, the nominee that year, Mr. Obama closed by urging \"a politics of hope.\"",
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some("Mr. Obama"), "{text}");
        }
        let text = "In the end, the senator, a Democrat, called it \"a mess.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the senator"));
    }

    #[test]
    fn an_inverted_verb_before_a_colon_is_the_cue() {
        for text in [
            "Said Mr. Smith: \"We will win.\"",
            "Added Ann Smith: \"We will win.\"",
        ] {
            let a = &all(text)[0];
            assert_eq!(a.rule(), Some(Rule::ColonIntro), "{text}");
            assert_ne!(a.cue().map(whosaid::Cue::text), Some(":"), "{text}");
        }
        // a present form that inverts, or a phrase of where it was said
        // between the name and the colon, or a quotation before it
        for (text, who, cue) in [
            (
                "Writes Jill Lepore: \"The nation is a story.\"",
                "Jill Lepore",
                "Writes",
            ),
            (
                "Writes Jill Lepore in her new book: \"The nation is a story.\"",
                "Jill Lepore",
                "Writes",
            ),
            (
                "\"It will happen here.\" Continued Stone: \"It is a real problem.\"",
                "Stone",
                "Continued",
            ),
        ] {
            let a = all(text).pop().expect("a quotation");
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
            assert_eq!(a.cue().map(whosaid::Cue::text), Some(cue), "{text}");
        }
        // a form that names things too, opening an outlet's name, stays
        let text = "States Newsroom reported: \"The bill is dead.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("States Newsroom"));
        // and "Continues" inside a headline reports no clause after it
        let text = "Clinton Continues Attacks On Trump's \"Temperament\"\n\nShe spoke.";
        assert!(
            whosaid::reports(text).all(|r| r.kind() == whosaid::ReportKind::Direct),
            "{text}"
        );
    }

    #[test]
    fn an_opening_adverb_is_no_speaker() {
        let text = "Apparently, the mayor said the plan was \"dead.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
        let text = "Reportedly the mayor called the plan \"dead.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
        // adverbs in "-ily" too, before a participle and a coordinated verb
        for adverb in ["Hastily", "Angrily"] {
            let text = format!(
                "{adverb} blaming the storm, Lee cast the blame on his rivals, and stressed the threat that \"chaos\" poses."
            );
            assert_eq!(speaker(&text, 0).as_deref(), Some("Lee"), "{text}");
        }
        // an adverb inside a phrase is part of it
        let text = "The famously gruff senator called the plan \"dead.\"";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("The famously gruff senator")
        );
        // a name that ends like an adverb, not as only adverbs do
        let text = "Kelly called the plan \"dead.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kelly"));
    }

    #[test]
    fn prepositional_phrase_after_a_name() {
        let text = "\"It was the least bad outcome,\" Mr. Tom Reyes of the Sierra Club said.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("Mr. Tom Reyes of the Sierra Club")
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Tom Reyes"));
    }

    #[test]
    fn lower_case_modifier_before_a_titled_name() {
        let text = "\"Subpoenas are not optional,\" panel Chairman Jason Reed said.";
        assert_eq!(
            speaker(text, 0),
            Some("panel Chairman Jason Reed".to_owned())
        );
    }

    #[test]
    fn prepositional_appositive() {
        let text = "Ann Reyes, at a later press briefing, said, \"We are ready.\"";
        assert_eq!(speaker(text, 0), Some("Ann Reyes".to_owned()));
    }

    #[test]
    fn adverb_before_a_plain_verb() {
        let text = "Farmers often say, \"Rain comes when it wants.\"";
        assert_eq!(speaker(text, 0), Some("Farmers".to_owned()));
    }

    #[test]
    fn a_named_reporter_introduces_the_next_paragraph() {
        let text = "Ann Reyes said the deal was fair.\n\n\"It took two years.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Reyes"));
        assert_eq!(a.rule(), Some(Rule::ParagraphContinuation));
    }

    #[test]
    fn a_quotation_running_over_paragraphs_keeps_its_introduction() {
        // the convention of long quotations: no closing mark at the end of
        // a paragraph, an opening mark at the start of the next
        let text = "Ann Reyes said in an interview: \"We are done. We are tired.\n\n\
                    \"But we will be back.\"";
        let a = &all(text)[0];
        assert_eq!(a.quote().segments().len(), 2);
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Reyes"));
        assert_eq!(a.rule(), Some(Rule::ColonIntro));
        let text = "\"We are done,\" Ann Reyes said. \"We are tired.\n\n\"But we will be back.\"";
        assert_eq!(all(text)[1].rule(), Some(Rule::Continuation));
    }

    #[test]
    fn a_reporting_clause_closing_a_running_quotation_decides() {
        let text =
            "Tom Diaz spoke first.\n\n\"We are done.\n\n\"But we will be back,\" Ann Reyes said.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Reyes"));
        assert_eq!(a.rule(), Some(Rule::TrailingSpeakerCue));
    }
}

mod boundaries_of_speaker_phrases {
    use super::*;

    #[test]
    fn and_inside_the_name_of_a_body_is_part_of_the_name() {
        for (text, who) in [
            (
                "The United Food and Commercial Workers union, which represents 8,000 workers, said: \"We were not consulted.\"",
                "The United Food and Commercial Workers union",
            ),
            (
                "The Central and East European Coalition said: \"We were not consulted.\"",
                "The Central and East European Coalition",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        // inside the complement of a body's "of" too, whatever follows
        for (text, name) in [
            (
                "Tolls will rise, said the Port Authority of New York and New Jersey: \"We were not consulted.\"",
                "Port Authority of New York and New Jersey",
            ),
            (
                "\"We were not consulted,\" said the Department of Parks and Recreation.",
                "Department of Parks and Recreation",
            ),
            // and of its "for", "Centers" in capitals a body's word
            (
                "\"Cases are rising,\" said the Centers for Disease Control and Prevention.",
                "Centers for Disease Control and Prevention",
            ),
            (
                "\"We were not consulted,\" said the Center for Science and Democracy.",
                "Center for Science and Democracy",
            ),
        ] {
            let all = all(text);
            assert_eq!(
                all[0].speaker().and_then(Mention::name),
                Some(name),
                "{text}"
            );
        }
        // "centers" in lower case is a verb, after no body's name
        assert_ne!(
            speaker("The controversy centers on a speech attacking the \"failed policies\" of the past.", 0).as_deref(),
            Some("The controversy centers")
        );
        // two bodies, or people, joined by "and" are two: the canonical
        // name is neither's whole
        let all = all("The FBI and Justice Department said: \"We were not consulted.\"");
        assert_ne!(
            all[0].speaker().and_then(Mention::name),
            Some("FBI and Justice Department")
        );
    }

    #[test]
    fn the_after_of_or_for_inside_the_name_of_a_body_is_part_of_the_name() {
        for (text, name) in [
            (
                "The strikes are \"deliberate,\" the Institute for the Study of War said.",
                "Institute for the Study of War",
            ),
            (
                "\"The cuts are deliberate,\" the Department of the Interior said.",
                "Department of the Interior",
            ),
            (
                "\"We will appeal,\" said the Society for the Prevention of Cruelty to Animals.",
                "Society for the Prevention of Cruelty to Animals",
            ),
        ] {
            let found = all(text);
            assert_eq!(
                found[0].speaker().and_then(Mention::name),
                Some(name),
                "{text}"
            );
        }
        // a role's "of the" is the title's own, and people's "for the" is
        // no body's name: "Staff" is described, not named
        let found = all("Staff for the House Ethics Committee said: \"We were not consulted.\"");
        assert_eq!(
            found[0].speaker().map(Mention::kind),
            Some(MentionKind::Description)
        );
        let found = all("Lee told the Bank of the West: \"We were not consulted.\"");
        assert_eq!(found[0].speaker().and_then(Mention::name), Some("Lee"));
    }

    #[test]
    fn a_noun_of_speech_before_a_name_is_the_object_of_its_relative_clause() {
        // "a charge [that] X called": the noun is what the name's clause
        // is about, no part of the speaker
        for (text, who) in [
            (
                "He accused her of a tax increase, a charge Democrat Elena Ruiz called \"flatly false.\"",
                "Democrat Elena Ruiz",
            ),
            (
                "He cited the study, a claim Senator Ruiz called \"absurd.\"",
                "Senator Ruiz",
            ),
            // a noun of a speaker keeps its name
            (
                "The campaign manager Ann Lee called it \"absurd.\"",
                "The campaign manager Ann Lee",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn two_names_before_of_are_a_person_with_a_complement() {
        // a given name the lexicon does not know still makes "X Y of Z" a
        // person of a body, whose canonical name is the person's
        for (text, name) in [
            (
                "\"We called everyone,\" said Darran Whiting of Liberty Baptist Church.",
                "Darran Whiting",
            ),
            (
                "\"It is fine,\" said Meenakshi Ganguly of Human Rights Watch.",
                "Meenakshi Ganguly",
            ),
            // (a body's word before "of" keeps the body's name whole)
            (
                "\"It is fine,\" the American Academy of Pediatrics said.",
                "American Academy of Pediatrics",
            ),
        ] {
            assert_eq!(
                all(text)[0].speaker().and_then(Mention::name),
                Some(name),
                "{text}"
            );
        }
    }

    #[test]
    fn a_participle_after_a_persons_noun_heads_a_clause_on_that_person() {
        // "a woman backing Mr. Cruz" is a woman, not Mr. Cruz with the role
        // "woman backing": the whole phrase speaks, and names no one
        for (text, phrase) in [
            (
                "A woman backing Mr. Cruz said: \"We called everyone.\"",
                "A woman backing Mr. Cruz",
            ),
            (
                "\"We called everyone,\" said a woman backing Mr. Cruz.",
                "a woman backing Mr. Cruz",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(phrase), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), None, "{text}");
        }
        // with the name in apposition after it, that name
        let text = "One pastor supporting Mr. Cruz, Tom Whiting, said: \"We called everyone.\"";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tom Whiting")
        );
        // a participle before the noun is an adjective of the name's phrase
        let text = "A smiling Ann Lee said: \"We called everyone.\"";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
    }

    #[test]
    fn a_body_s_initials_in_parentheses_before_its_officer() {
        // "(EPA)" between the body's name and the role stays in the phrase
        for (text, phrase, name) in [
            (
                "\"It is final,\" said Environmental Protection Agency (EPA) Administrator \
                 Lisa Jackson.",
                "Environmental Protection Agency (EPA) Administrator Lisa Jackson",
                "Lisa Jackson",
            ),
            (
                "\"It is closed,\" said Federal Bureau of Investigation (F.B.I.) Director \
                 James Comey.",
                "Federal Bureau of Investigation (F.B.I.) Director James Comey",
                "James Comey",
            ),
            (
                "The Federal Bureau of Investigation (FBI) director, James Comey, said: \
                 \"It is closed.\"",
                "The Federal Bureau of Investigation (FBI) director, James Comey",
                "James Comey",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(phrase), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
        }
        // words in parentheses that are no initials before a role end it
        let text = "\"It is final,\" said Lisa Jackson (a Democrat) on Monday.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lisa Jackson"));
    }

    #[test]
    fn an_officer_of_a_body_named_with_of() {
        // a role after "of" and a word that is no title is the officer's,
        // not part of the body's name
        for (text, phrase, name) in [
            (
                "The Bank of England Governor, Ann Iyer, said: \"Rates will hold.\"",
                "The Bank of England Governor, Ann Iyer",
                "Ann Iyer",
            ),
            (
                "\"Rates will hold,\" said Chamber of Commerce President Tom Donohue.",
                "Chamber of Commerce President Tom Donohue",
                "Tom Donohue",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(phrase), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
        }
        // a role right after "of" still names the body ("Justice")
        let text = "\"Rates will hold,\" the Department of Justice said.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(whosaid::MentionKind::Organization)
        );
        // "Chamber" names a body in capitals
        let text = "\"We oppose it,\" the Chamber of Commerce said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Chamber of Commerce")
        );
    }

    #[test]
    fn a_party_member_after_a_place_is_a_person_described() {
        // the place's name holds a body's word ("Mexico"): the phrase is
        // still a Democrat described, not a body named
        for text in [
            "\"We will win,\" the New Mexico Democrat said.",
            "\"We will win,\" said the Texas Republican.",
        ] {
            let a = &all(text)[0];
            let who = a.speaker().expect("a speaker");
            assert_eq!(who.kind(), whosaid::MentionKind::Description, "{text}");
            assert_eq!(who.name(), None, "{text}");
        }
        // a body's name stays one
        let text = "\"Yes,\" the New York Times said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("New York Times")
        );
    }

    #[test]
    fn a_state_s_abbreviation_after_a_comma_is_no_name() {
        // the place of a body's seat, written the wire's way
        for text in [
            "\"Sales were strong,\" said a spokeswoman for the Bentonville, Ark.-based retailer.",
            "\"Sales were strong,\" said a spokeswoman for the Bentonville, Ark., retailer.",
        ] {
            let a = &all(text)[0];
            let who = a.speaker().expect("a speaker");
            assert_eq!(who.name(), None, "{text}");
            assert_eq!(who.kind(), whosaid::MentionKind::Description, "{text}");
        }
        // a name in apposition still is one
        let text = "\"Sales were strong,\" said the company's founder, Sam Walton.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Sam Walton")
        );
    }

    #[test]
    fn a_written_work_of_the_speaker_is_where_the_words_stand() {
        // "in her memoir", "in his column": the medium, not part of who
        let text = "\"I was afraid,\" writes the author in her new memoir.";
        assert_eq!(
            all(text)[0].speaker().map(Mention::text),
            Some("the author")
        );
        let text = "\"I was afraid,\" writes Ann Lee in her column.";
        assert_eq!(all(text)[0].speaker().map(Mention::text), Some("Ann Lee"));
        // a place in a work where people stand stays in the phrase
        let text = "\"Run,\" says a character in the novel.";
        assert_eq!(
            all(text)[0].speaker().map(Mention::text),
            Some("a character in the novel")
        );
    }

    #[test]
    fn who_in_capitals_is_the_health_body() {
        let text = "\"It is spreading,\" said WHO Director-General Tedros Adhanom Ghebreyesus.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("WHO Director-General Tedros Adhanom Ghebreyesus")
        );
        let a = &all("\"It is spreading,\" the WHO said.")[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(whosaid::MentionKind::Organization)
        );
        // the pronoun in lower case still opens a relative clause
        let text = "\"It is spreading,\" said Ann Lee, who runs the clinic.";
        assert_eq!(all(text)[0].speaker().map(Mention::text), Some("Ann Lee"));
    }

    #[test]
    fn project_in_capitals_names_a_body() {
        // its connector "on" goes on over the body's name, and a
        // person's name before "of" it stays in apposition
        let text =
            "A lawyer for the borrowers, Ann Lee of the Project on Student Debt, said: \"We won.\"";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("A lawyer for the borrowers, Ann Lee of the Project on Student Debt")
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
        let text = "\"Turnout rose,\" the State Elections Project said.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("State Elections Project")
        );
    }

    #[test]
    fn a_participle_in_en_before_a_name_is_an_adjective() {
        // "shaken", "heartbroken": a state of the person, with or without
        // an adverb, on either side of the verb
        for (text, phrase, name) in [
            (
                "\"No,\" said a shaken Tom Reyes.",
                "a shaken Tom Reyes",
                "Tom Reyes",
            ),
            (
                "\"No,\" said a visibly shaken Tom Reyes.",
                "a visibly shaken Tom Reyes",
                "Tom Reyes",
            ),
            (
                "\"No,\" a heartbroken Ann Lee said.",
                "a heartbroken Ann Lee",
                "Ann Lee",
            ),
        ] {
            let a = &all(text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(phrase), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
        }
        // a plural in -ren is no participle: the children speak, not the
        // one who coached them
        let text = "\"We won,\" said the children Ann Lee coached.";
        assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
    }

    #[test]
    fn a_body_named_with_for_after_a_person_of_it() {
        // "Americans for Prosperity" is one body after "of", in either
        // order of speaker and verb
        for text in [
            "\"It could hurt,\" said Ann Lee of Americans for Prosperity.",
            "Ann Lee of Americans for Prosperity said: \"It could hurt.\"",
        ] {
            let a = &all(text)[0];
            assert_eq!(
                a.speaker().map(Mention::text),
                Some("Ann Lee of Americans for Prosperity"),
                "{text}"
            );
            assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
        }
        // a day after "on" names when, not the body
        let text = "\"It could hurt,\" said Ann Lee of Ohio on Monday.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee of Ohio"));
    }

    #[test]
    fn a_company_named_in_apposition_to_a_complement_names_no_speaker() {
        // the company is the owner, not the lawyer who speaks
        let text = "\"It is legal,\" a lawyer for the owner, Greenway Properties, said.";
        let got = summary(text);
        assert_eq!(
            got[0].0.as_deref(),
            Some("a lawyer for the owner, Greenway Properties")
        );
        assert_eq!(got[0].1, None);
        // a body right after its own description is the speaker's name,
        // and so is one after a share of a group
        let text = "\"It is legal,\" the building's owner, Greenway Properties, said.";
        assert_eq!(summary(text)[0].1.as_deref(), Some("Greenway Properties"));
        let text = "\"It is legal,\" one of them, Greenway Holdings, said.";
        assert_eq!(summary(text)[0].1.as_deref(), Some("Greenway Holdings"));
    }

    #[test]
    fn a_company_word_makes_a_body_no_pronoun_refers_to() {
        // "Technologies", "Holdings", "Properties": a company's name is no
        // woman's, whom "she" would name
        let text = "Carol Bigbee, 59, has worked at the plant for 13 years.\n\n\
                    In addition, United Technologies has offered to cover the cost of \
                    schooling.\n\n\
                    \"I would go back to school,\" she said.";
        assert_eq!(summary(text)[0].1.as_deref(), Some("Carol Bigbee"));
        // a school, a cathedral, a mosque, a synagogue are bodies too
        for place in [
            "Lincoln Elementary",
            "St. Mary's Cathedral",
            "Al-Noor Mosque",
            "Beth Shalom Synagogue",
        ] {
            let text = format!(
                "Board President Dana Whitaker said the decision was hard.\n\n\
                 {place} has 212 members in a building designed for 600.\n\n\
                 \"We cannot keep it open,\" she said."
            );
            assert_eq!(
                summary(&text)[0].1.as_deref(),
                Some("Dana Whitaker"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_titled_name_ends_before_a_connector_and_a_place() {
        // "to" after a titled person's name sends them somewhere; the
        // place is no part of the name a later surname refers to
        let text = "Aides sent White House Counsel W. Neil Eggleston to Capitol Hill. \
                    \"It could hurt,\" Eggleston said.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().and_then(Mention::name),
            Some("W. Neil Eggleston")
        );
        // a body's own word before the connector keeps it in the name
        let text = "\"It could hurt,\" said Lee of the Committee to Protect Journalists.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Lee of the Committee to Protect Journalists")
        );
    }

    #[test]
    fn a_saying_as_a_noun_speaks_for_no_one() {
        for text in [
            "As the saying goes, \"Where there is smoke, there is fire.\"",
            "As the old saying goes, \"Where there is smoke, there is fire.\"",
            "There is an old saying: \"Where there is smoke, there is fire.\"",
            "His favorite saying was \"Keep it simple.\"",
        ] {
            assert_eq!(speaker(text, 0), None, "{text}");
        }
        // the participle still introduces its speaker's words
        let text = "The old man kept saying, \"Go home.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("The old man"));
        let text = "Her office issued a statement saying, \"We disagree.\"";
        assert!(speaker(text, 0).is_some(), "{text}");
    }

    #[test]
    fn a_subordinate_clause_after_the_quote_is_no_speaker_phrase() {
        // "when Clinton" speaks no one's words; "him", the one the ad
        // shows saying it, does
        let text = "The ad shows him saying, \"That makes me smart,\" when Clinton blasted him.";
        assert_eq!(speaker(text, 0), Some("him".to_owned()));
    }

    #[test]
    fn a_transcript_label_is_no_part_of_the_pronoun_after_it() {
        // "A." labels an answer; "He" opens the answer's own clause
        for (text, who) in [
            ("Q. Did he?\n\nA. He said, \"Trust me.\"", "He"),
            ("A. She told us, \"Trust me.\"", "She"),
            // an initial before a surname is still a name's
            ("A. Lee said, \"Trust me.\"", "A. Lee"),
            ("Mary A. Martin said, \"Trust me.\"", "Mary A. Martin"),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        let r = whosaid::reports("A. He said it was the best deal he could get.").next();
        let who = r.as_ref().and_then(|r| r.speaker()).map(Mention::text);
        assert_eq!(who, Some("He"));
    }

    #[test]
    fn a_plural_description_stops_at_function_words() {
        let text = "They were involved with what multiple lawmakers called \"fraud.\"";
        assert_eq!(speaker(text, 0), Some("multiple lawmakers".to_owned()));
    }

    #[test]
    fn an_opening_phrase_is_not_the_outer_reporter() {
        let text = "In a Facebook message posted Friday, Ted Cruz said he had \"areas of disagreement\" with him.";
        assert_eq!(speaker(text, 0), Some("Ted Cruz".to_owned()));
    }

    #[test]
    fn a_relative_clause_with_its_own_verb_leaves_the_subject_before_it() {
        let text = "A city official who spoke on condition of anonymity said Friday, \
                    \"The count is wrong.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("A city official"));
        let text = "Ms. Park, who questioned whether the count was fair, said Friday \
                    that the result was \"wrong.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ms. Park"));
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("said"));
        // the verb right after "who" is the relative clause's own cue
        let text = "The clerk who said the count was \"wrong\" left the office.";
        assert_eq!(speaker(text, 0).as_deref(), Some("who"));
    }

    #[test]
    fn a_coordinated_reporting_verb_shares_the_first_verbs_subject() {
        let text = "Ms. Park said it was too early to count the votes but added, \
                    \"We expect to win.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
        // across an adverbial clause, the subject of the clause joined
        let text = "He wept after she attacked him and blamed him for \"the mess.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("she"));
        // a verb in a relative clause joins nothing after it
        let text = "She wants a prosecutor who reports to the president, and called \
                    for \"more officers.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("She"));
    }

    #[test]
    fn a_participle_after_an_object_speaks_for_the_main_clause() {
        // an object of the verb or of a preposition
        let text = "Ortiz opened the debate saying \"of course\" he would win.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
        let text = "Ms. Park responded to the question on her blog writing, \"Yes, I will.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
        // but the one shown or heard speaks, and "with" opens a clause of
        // its own
        let text = "The ad shows Ortiz saying \"we will win.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
        let text = "The ad uses footage of Ms. Park asking, \"Why not?\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
        let text = "Critics were quick to respond, with Ortiz tweeting that it was \
                    \"a disaster.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
    }

    #[test]
    fn a_clause_after_and_with_its_own_subject_keeps_its_speaker() {
        let text = "Ortiz accuses the board of \"hiding\" and Ms. Park says it is \
                    \"losing the vote.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Ms. Park"));
        // a sentence adverb is no speaker
        let text = "Indeed, the protests have become as routine as the chants to \
                    \"build the wall.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("Indeed"));
    }

    #[test]
    fn an_opening_adverb_is_no_phrase_running_to_the_verbs_comma() {
        let text = "Then he began by saying, \"It is not necessary.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("he"));
        // an opening clause still runs to its comma
        let text = "After he spoke, Ms. Park said \"we will win.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
        // adverbs between "and" and the verb
        let text = "Ortiz raised the bombing and later said, \"It is not just them.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
    }

    #[test]
    fn a_phrase_of_circumstance_between_subject_and_verb() {
        let text = "Ortiz in his first speech called the plan \"a fraud.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
        // a relative clause's verb after the quotation is not its cue
        let text = "\"The answer is no,\" Ortiz, who has proposed a repeal, said at the summit.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ortiz"));
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("said"));
    }

    #[test]
    fn a_time_phrase_before_the_verb_is_not_its_subject() {
        let text = "Mr. Ortiz, who has in the past described the plan as \"a fraud\", left.";
        assert_ne!(speaker(text, 0).as_deref(), Some("the past"));
        let text = "She fought the board for years, at one point calling it \"a cartel.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("She"));
        // nor is a dateline, nor a time with a year
        let text = "SALEM, Ore. - In a speech, the mayor rallied supporters, saying: \
                    \"We are ready.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
        let text = "Back in 1999, Ortiz praised the plan, telling a radio host: \"I like it.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
        // an opening phrase of time is not the sentence's subject
        let text = "Hours later, Ortiz returned the favor, telling reporters, \"We are friends.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ortiz"));
    }

    #[test]
    fn a_time_after_the_speaker_is_not_part_of_the_speaker() {
        for text in [
            "\"We will win,\" said Maria Lopez at the time.",
            "\"We will win,\" said the mayor on Monday.",
            "\"We will win,\" said the mayor last week.",
        ] {
            let who = speaker(text, 0);
            assert!(
                matches!(who.as_deref(), Some("Maria Lopez" | "the mayor")),
                "{text}: {who:?}"
            );
        }
        // a place or an organisation after "for" or "of" still is
        let text = "\"We will win,\" said a spokesman for the campaign.";
        assert_eq!(
            speaker(text, 0),
            Some("a spokesman for the campaign".to_owned())
        );
    }
}

mod titles_with_objects {
    use super::*;

    #[test]
    fn a_lower_case_title_with_its_object_before_a_name() {
        let text = "\"It is late,\" said former secretary of state Ann Lee, who left in May.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("former secretary of state Ann Lee")
        );
        let text = "\"It is late,\" director of communications Jen Park said.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("director of communications Jen Park")
        );
        // without a name after it the title stays a description
        let text = "\"It is late,\" said the secretary of state.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the secretary of state"));
        // a day after the title's object is no name
        let text = "\"It is late,\" said the secretary of state Monday.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the secretary of state"));
    }

    #[test]
    fn a_title_with_an_object_after_of_the_before_a_name() {
        for (text, phrase, name) in [
            (
                "\"We walked out,\" said Leader of the Opposition R. Subramanian.",
                "Leader of the Opposition R. Subramanian",
                "R. Subramanian",
            ),
            (
                "Speaker of the House Ann Park called it \"a sham.\"",
                "Speaker of the House Ann Park",
                "Ann Park",
            ),
        ] {
            let found = whosaid::attribute(text).next().expect("a quotation");
            let spk = found.speaker().expect("a speaker");
            assert_eq!(spk.text(), phrase, "{text}");
            assert_eq!(spk.name(), Some(name), "{text}");
        }
        // without a name after it, the title's object names no one
        let text = "The Chief of the Defence Staff said it was \"over.\"";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_eq!(found.speaker().and_then(Mention::name), None);
    }
}

mod naming_participles {
    use super::*;

    #[test]
    fn a_work_named_after_an_indefinite_object_is_not_its_speaker() {
        let text = "Kim Lee has built her brand on it, writing a book called \"Women Who Work.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("a book"));
        let text = "Later, Lee shared a syllabus for a class called \"Perception\" online.";
        assert_ne!(speaker(text, 0).as_deref(), Some("a syllabus for a class"));
        // before an object and the name given to it, "called" is a verb
        let text = "Trump in a tweet called it \"a disgrace.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Trump"));
        let text = "Lee in a post called the ruling \"a disgrace.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
        // after a subject, "called" is the verb
        let text = "The president called the plan \"a disaster.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("The president"));
        let text = "It was what a spokesman called \"a mistake.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("a spokesman"));
    }
}

mod reporters_and_inversions {
    use super::*;

    #[test]
    fn inverted_attribution_opening_its_sentence() {
        assert_eq!(
            speaker("Said Ellis: \"I don't see it.\"", 0),
            Some("Ellis".to_owned())
        );
    }

    #[test]
    fn possessor_before_a_role() {
        let text = "\"That was outrageous,\" Obama's former campaign strategist said.";
        assert_eq!(
            speaker(text, 0),
            Some("Obama's former campaign strategist".to_owned())
        );
    }

    #[test]
    fn a_closing_reporter_introduces_the_next_quotation() {
        let text = "The talks may stall, Schiff said. \"The other factor is time.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Schiff"));
        assert_eq!(a.rule(), Some(Rule::Continuation));
    }

    #[test]
    fn a_negated_verb_introduces_no_quotation() {
        // the quotation after it goes on with the last speaker
        for between in ["He didn't suggest a deal.", "He did not suggest a deal."] {
            let text = format!(
                "\"We met,\" Ann Lee said after the talks. {between} \"The goal is calm.\""
            );
            assert_eq!(speaker(&text, 1).as_deref(), Some("Ann Lee"), "{text}");
        }
        // a verb that is not negated introduces it
        let text = "\"We met,\" Ann Lee said. Bo Chen suggested a deal. \"The goal is calm.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bo Chen"));
    }

    #[test]
    fn my_is_a_determiner() {
        assert_eq!(
            speaker("\"We live in fear,\" my father often said.", 0),
            Some("my father".to_owned())
        );
    }
}

mod sentence_subject {
    use super::*;

    #[test]
    fn a_fragment_without_a_reporting_verb_is_the_named_subjects_guess() {
        let text = "Harry Reid has gone after Trump as a \"human leech\" for months.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Harry Reid"));
        assert_eq!(a.rule(), Some(Rule::SentenceSubject));
        let said = all("Harry Reid has called Trump a \"human leech\" for months.");
        assert!(
            a.confidence() < said[0].confidence(),
            "a guess says it is one"
        );
    }

    #[test]
    fn a_weak_guess_for_a_personal_pronoun_but_not_it_nor_a_whole_sentence() {
        let all_of = all("He has gone after Trump as a \"human leech\" for months.");
        let a = &all_of[0];
        assert_eq!(a.speaker().map(Mention::text), Some("He"));
        assert_eq!(a.rule(), Some(Rule::SentenceSubject));
        // a guess, surer than nothing, less sure than a reporting verb
        let said = all("He said it was \"human\" and fine.");
        assert!(a.confidence() < said[0].confidence());
        assert_eq!(speaker("It has a \"zero tolerance\" policy.", 0), None);
        // a whole sentence is no fragment of the sentence before (the
        // guess of a paragraph's first person is the continuation's)
        assert_ne!(
            all("Harry Reid left. \"We are done here.\"")[0].rule(),
            Some(Rule::SentenceSubject)
        );
        assert_eq!(speaker("The plan failed. \"We are done here.\"", 0), None);
    }

    #[test]
    fn a_title_after_a_preposition_a_possessive_or_a_noun_for_a_work_is_no_ones_words() {
        for text in [
            "The actress returns next month in a revival of \"The Glass Menagerie.\"",
            "Lee starred in \"Parks and Recreation\" for six seasons.",
            "He gave an interview to CNN's \"The Lead\" on Monday.",
            "The actress won an Emmy for the drama \"Bench Mark\" in 1994.",
        ] {
            assert_eq!(speaker(text, 0), None, "{text}");
        }
        // a fragment in lower case there is still the subject's guess
        let text = "Harry Reid has gone after Trump as a \"human leech\" for months.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Harry Reid"));
    }
}

mod openers_and_colons {
    use super::*;

    #[test]
    fn a_pronoun_opening_the_sentence_is_its_subject() {
        let text = "He then defended the remark, saying, \"I stand by it.\"";
        assert_eq!(speaker(text, 0), Some("He".to_owned()));
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_next() {
        let text = "On July 6, Ann Reyes made the following comment:\n\n\"We will not wait.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Reyes"));
        // no reporting verb before the colon
        assert_eq!(a.rule(), Some(Rule::SubjectColon));
    }

    #[test]
    fn read_as_a_cue_only_at_the_end_of_its_clause() {
        assert_eq!(
            speaker("\"Business is back,\" the article read.", 0),
            Some("the article".to_owned())
        );
    }
}

mod modifiers_and_quantities {
    use super::*;

    #[test]
    fn modifiers_and_names_mixed_before_a_role_and_name() {
        for (tail, who) in [
            (
                "said undecided Republican voter Ann Park.",
                "undecided Republican voter Ann Park",
            ),
            (
                "City Times opinion editor Ben Ortiz said.",
                "City Times opinion editor Ben Ortiz",
            ),
            (
                "said a longtime GOP data expert.",
                "a longtime GOP data expert",
            ),
            (
                "former Carter speechwriter Ed Lum wrote.",
                "former Carter speechwriter Ed Lum",
            ),
        ] {
            let text = format!("\"The count is wrong,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_title_word_after_a_first_name_or_initial_is_a_surname() {
        for (tail, who) in [
            ("Peter King, a Republican, said.", "Peter King"),
            ("said Peter T. King, a Republican.", "Peter T. King"),
        ] {
            let text = format!("\"The count is wrong,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
        // still a title before a name
        let text = "\"The count is wrong,\" said King Abdullah.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Abdullah"));
    }

    #[test]
    fn a_term_quoted_inside_the_speaker_aside_keeps_the_speaker() {
        for aside in [
            "a \u{201c}big four\u{201d} negotiator",
            "who wore \u{201c}Ted Cruz\u{201d} pins",
            "wearing a hat and \u{201c}Ted Cruz\u{201d} campaign pins",
        ] {
            let text = format!("\u{201c}The talks failed,\u{201d} Ann Lee, {aside}, said.");
            let a = &all(&text)[0];
            assert_eq!(speaker(&text, 0).as_deref(), Some("Ann Lee"), "{text}");
            assert_eq!(a.rule(), Some(Rule::TrailingAppositive), "{text}");
        }
    }

    #[test]
    fn a_document_described_in_an_aside_speaks() {
        for subject in [
            "The ad, released Monday,",
            "The lawsuit, which was filed in May,",
            "The ad, titled \"Unifier?\",",
        ] {
            let text = format!("{subject} says the plan is \"dangerous and reckless.\"");
            let found = all(&text);
            let a = found.last().unwrap();
            assert_eq!(a.rule(), Some(Rule::LeadingAppositive), "{text}");
            assert_eq!(
                a.speaker().map(Mention::text),
                Some(subject.split(',').next().unwrap()),
                "{text}"
            );
        }
        // not across an aside that is no description of it
        let text = "The problem, Lee argued, is that the plan is \"reckless.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("The problem"));
    }

    #[test]
    fn with_names_an_employer_not_a_manner() {
        for (tail, who) in [
            ("said her companion with a sigh.", "her companion"),
            ("said an aide with a shrug.", "an aide"),
            (
                "said an analyst with Goldman Sachs.",
                "an analyst with Goldman Sachs",
            ),
            (
                "said an official with the agency.",
                "an official with the agency",
            ),
        ] {
            let text = format!("\"Go on,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn an_occasion_after_an_inverted_speaker_is_not_part_of_it() {
        for (tail, who) in [
            ("said the mayor in a statement.", "the mayor"),
            (
                "said the senator in an interview with the Times.",
                "the senator",
            ),
            (
                "wrote the governor in his letter to voters.",
                "the governor",
            ),
            ("said a spokeswoman on Twitter.", "a spokeswoman"),
            ("said a columnist in a post on Facebook.", "a columnist"),
            // a place or an employer stays part of the speaker
            ("said a lawyer in Chicago.", "a lawyer in Chicago"),
            ("said a columnist in the Post.", "a columnist in the Post"),
            ("said the author of the report.", "the author of the report"),
        ] {
            let text = format!("\"Go on,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
        // a subject read back from its verb keeps the phrase whole
        // two roles of one person, joined before the name
        for (text, phrase, name) in [
            (
                "\"We won,\" said author and historian Ann Park.",
                "author and historian Ann Park",
                "Ann Park",
            ),
            (
                "Former prosecutor and City Council Speaker Tom Reyes called it \"a sham.\"",
                "Former prosecutor and City Council Speaker Tom Reyes",
                "Tom Reyes",
            ),
        ] {
            let found = whosaid::attribute(text).next().expect("a quotation");
            let spk = found.speaker().expect("a speaker");
            assert_eq!(spk.text(), phrase, "{text}");
            assert_eq!(spk.name(), Some(name), "{text}");
        }
        // (not a plural, nor a role and an institution)
        let text = "\"We won,\" said lawyers and activist Ann Park.";
        assert_ne!(
            speaker(text, 0).as_deref(),
            Some("lawyers and activist Ann Park")
        );
        // but not the occasion of the words, between subject and verb
        let text = "The senator in an interview on Tuesday said the bill was \"dead.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("The senator"));
        let text = "Four voters in a new poll said the plan was \"a disaster.\"";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Four voters in a new poll")
        );
    }

    #[test]
    fn a_country_abbreviation_before_a_title_is_part_of_the_speaker() {
        for who in [
            "US President Joe Biden",
            "US Attorney Ann Lee",
            "US officials",
            "the US State Department",
        ] {
            let text = format!("\u{201c}We will not back down,\u{201d} {who} said.");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn an_inverted_description_takes_the_name_in_apposition_to_it() {
        for (tail, who, name, role) in [
            (
                "said a spokesman, Ann Lee.",
                "a spokesman, Ann Lee",
                "Ann Lee",
                "spokesman",
            ),
            (
                "said the company's chief executive, John J. Ferriola, who spoke Monday.",
                "the company's chief executive, John J. Ferriola",
                "John J. Ferriola",
                "chief executive",
            ),
        ] {
            let text = format!("\"The count is wrong,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
            assert_eq!(a.speaker().and_then(Mention::role), Some(role), "{text}");
        }
        // and after "according to", where the two close the sentence
        let text = "\"The count is wrong,\" according to a spokesman, Ann Lee.";
        assert_eq!(speaker(text, 0).as_deref(), Some("a spokesman, Ann Lee"));
        // as before the verb, where the description keeps its role too
        let text = "The spokesman, Ann Lee, said: \"No.\"";
        let a = &all(text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
        assert_eq!(a.speaker().and_then(Mention::role), Some("spokesman"));
        // a phrase that goes on, a list, or a party is no name in apposition
        for (tail, who) in [
            ("said the mayor, Ann Lee's deputy.", "the mayor"),
            ("said a spokesman, Ann Lee and Bo Chen.", "a spokesman"),
            ("said the senator, Texas Republican.", "the senator"),
        ] {
            let text = format!("\"The count is wrong,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
            assert_eq!(
                all(&text)[0].speaker().and_then(Mention::name),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn a_title_word_after_a_first_and_middle_name_is_a_surname() {
        let text = "\"We march on,\" Dr. Martin Luther King Jr. said. \"Not yet,\" said Edmund G. Brown Jr.";
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some("Martin Luther King Jr.")
        );
        // two people who share only a suffix are two entities
        assert_eq!(
            found[1].speaker().and_then(Mention::name),
            Some("Edmund G. Brown Jr.")
        );
        // a title's word before a name is still a title
        let text = "\"Not yet,\" said Burger King spokesman Bob Lee.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Bob Lee")
        );
    }

    #[test]
    fn a_title_after_then_or_ex_names_a_speaker() {
        for (tail, who, name) in [
            (
                "said then-Sen. Barack Obama.",
                "then-Sen. Barack Obama",
                "Barack Obama",
            ),
            (
                "then-Secretary of State Hillary Clinton said.",
                "then-Secretary of State Hillary Clinton",
                "Hillary Clinton",
            ),
            ("said ex-senator Ann Lee.", "ex-senator Ann Lee", "Ann Lee"),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
        }
        // the title's "of" complement is no part of the name
        let text = "\"Yes,\" said Director of National Intelligence James Clapper. \"No,\" said Secretary of State Kerry.";
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some("James Clapper")
        );
        assert_eq!(found[1].speaker().and_then(Mention::name), Some("Kerry"));
        // a prefix of time before a word that is no title names no one
        let text = "\"We are ready,\" said then-soaring prices.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_title_that_is_a_whole_word_leaves_a_sentence_end_alone() {
        for (text, who) in [
            ("\"We are ready,\" said Larry King.", "Larry King"),
            ("\"We are ready,\" said the aide.", "the aide"),
            (
                "\"We are ready,\" said Lt. Gen. Ann Ford.",
                "Lt. Gen. Ann Ford",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_place_that_is_also_a_given_name_before_a_title() {
        for (tail, who, role) in [
            ("said Virginia Sen. Ann Lee.", "Ann Lee", "Sen."),
            ("said Charlotte Mayor Tom Park.", "Tom Park", "Mayor"),
            ("said Chicago Alderman Bo Chen.", "Bo Chen", "Alderman"),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            let a = &all(&text)[0];
            let s = a.speaker().expect("a speaker");
            assert_eq!(s.name(), Some(who), "{text}");
            assert_eq!(s.role(), Some(role), "{text}");
        }
        // a title word after a given name, with no name after it, is a
        // surname
        let text = "\"We are ready,\" said Peter King.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Peter King")
        );
    }

    #[test]
    fn an_auxiliary_opening_a_question_is_no_part_of_a_name() {
        for opening in [
            "Does Ann Lee have a chance?",
            "Had Ann Lee won, the vote would stand.",
        ] {
            let text = format!("{opening} \"We will see,\" Lee said.");
            let found = all(&text);
            assert_eq!(
                found[0].speaker().and_then(Mention::name),
                Some("Ann Lee"),
                "{opening}"
            );
        }
    }

    #[test]
    fn a_word_of_another_kind_before_a_given_name_opens_no_name() {
        for (text, who) in [
            (
                "Telling Ann Lee to wait, Tom Park said \"no.\" \"Fine,\" Lee said.",
                "Ann Lee",
            ),
            (
                "Billionaire Ann Lee arrived. \"Fine,\" Lee said.",
                "Ann Lee",
            ),
            ("Iowa-based Ann Lee arrived. \"Fine,\" Lee said.", "Ann Lee"),
            ("\"We pray,\" said Fr. Frank Pavone.", "Frank Pavone"),
            // a noun of an agent, alone or closing a longer phrase
            ("\"We won,\" said Pennsylvanian Ann Lee.", "Ann Lee"),
            ("\"We won,\" said Vermonter Ann Lee.", "Ann Lee"),
            ("\"We won,\" said District Collector Ann Lee.", "Ann Lee"),
            ("\"We won,\" said County Assessor Tom Park.", "Tom Park"),
            // … and before a given name the lists lack
            ("\"It hit,\" Meteorologist Kiri Tane said.", "Kiri Tane"),
            ("\"It hit,\" said Photographer Kiri Tane.", "Kiri Tane"),
            ("\"It hit,\" said Physician Kiri Tane.", "Kiri Tane"),
            // a verb in the imperative, or a sentence adverb, opening the
            // sentence
            (
                "Ask Rosa Mendes about it. \"I heard it,\" she says.",
                "Rosa Mendes",
            ),
            (
                "Tell Rosa Mendes she lost. \"I heard it,\" she says.",
                "Rosa Mendes",
            ),
            (
                "Perhaps Rosa Mendes knew. \"I heard it,\" she says.",
                "Rosa Mendes",
            ),
        ] {
            let found = all(text);
            let last = found.last().expect("a quotation");
            assert_eq!(last.speaker().and_then(Mention::name), Some(who), "{text}");
        }
        // a given name the lists lack, before one they hold, stays, and a
        // headline verb before a second name leaves the first one whole
        for (text, who) in [
            ("\"We sing,\" said Norbert Leo Butz.", "Norbert Leo Butz"),
            (
                "\"Amen,\" said First Baptist Church.",
                "First Baptist Church",
            ),
            ("Ann Lee Endorses Tom Park: \"He will win\"", "Ann Lee"),
        ] {
            assert_eq!(
                all(text)[0].speaker().and_then(Mention::name),
                Some(who),
                "{text}"
            );
        }
    }

    #[test]
    fn an_adverb_grading_a_participle_after_the_article_stays_in_the_phrase() {
        for (text, who, name) in [
            (
                "\"It is over,\" a visibly tired Kiri Tane said.",
                "a visibly tired Kiri Tane",
                Some("Kiri Tane"),
            ),
            (
                "\"It is over,\" the deeply divided board said.",
                "the deeply divided board",
                None,
            ),
        ] {
            let s = all(text)[0].speaker().cloned().expect("a speaker");
            assert_eq!((s.text(), s.name()), (who, name), "{text}");
        }
        // an adverb after the head ends the phrase before the verb
        let found = all("\"It is over,\" the board quickly added.");
        assert_eq!(found[0].speaker().map(Mention::text), Some("the board"));
    }

    #[test]
    fn a_numeral_after_a_name_is_no_acronym() {
        for text in [
            "\"We won,\" said Harry Hurt III.",
            "\"We won,\" said Luther Stan Pate IV.",
        ] {
            let s = all(text)[0].speaker().cloned().expect("a speaker");
            assert_eq!(s.kind(), MentionKind::Person, "{text}");
        }
        // an acronym still names an organisation
        let text = "\"We won,\" said the IMF.";
        assert_eq!(
            all(text)[0].speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
    }

    #[test]
    fn a_crowd_of_unknown_size_is_a_description() {
        let text = "Hundreds of farmers chanted, \"Water now!\"";
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.text(), "Hundreds of farmers");
        assert_eq!(s.kind(), MentionKind::Description);
        assert_eq!(s.name(), None);
    }

    #[test]
    fn the_state_after_a_place_is_no_name_in_apposition() {
        let text = "A woman in Worcester, Massachusetts, said the plan was \"a disgrace.\"";
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.text(), "A woman in Worcester, Massachusetts");
        assert_eq!(s.kind(), MentionKind::Description);
        assert_eq!(s.name(), None);
        let text = "\"It is a disgrace,\" said a farmer in Ames, Iowa.";
        assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
        // nor, further on in a chain of asides, the speaker
        let text = "Lee, 54, a former teacher from Dayton, Ohio, who now runs a charity, \
                    said: \"We need help.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
        assert_eq!(all(text)[0].cue().map(whosaid::Cue::text), Some("said"));
        let text = "Ann Cho, 30, of Raleigh, N.C., who was among those polled, said the \
                    plan was \"a disgrace.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Cho"));
        // a name in apposition stays one
        let text = "The aide, Tom Park, said the plan was \"a disgrace.\"";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Tom Park")
        );
        // with a party label after it too
        let text = "His niece, Ann Lee (D-Ohio), called it \"a disgrace.\"";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Ann Lee")
        );
    }

    #[test]
    fn where_a_person_comes_from_is_no_part_of_the_name() {
        for (tail, who) in [
            ("said Ann Lee of Iowa.", "Ann Lee"),
            ("said Sen. Tom Park of New Mexico.", "Tom Park"),
            (
                "said Joseph Chen of Marion Avenue Baptist Church.",
                "Joseph Chen",
            ),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            let a = &all(&text)[0];
            let s = a.speaker().expect("a speaker");
            assert_eq!(s.name(), Some(who), "{text}");
            assert_eq!(s.kind(), MentionKind::Person, "{text}");
        }
        // an organisation's name keeps its "of"
        let text = "\"We are ready,\" said Bank of America.";
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some("Bank of America")
        );
    }

    #[test]
    fn neither_opens_no_name() {
        let text = "Neither Johnson nor Stein made the stage. \"We were robbed,\" Johnson said.";
        let a = &all(text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some("Johnson"));
    }

    #[test]
    fn a_markup_tag_holds_no_words_of_a_name() {
        let text = "<tweet author=\"@alee\" datetime=\"2016-09-01\">Ann Lee said it was \"a disgrace.\"</tweet>";
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Lee"));
    }

    #[test]
    fn lower_case_particles_join_a_name() {
        for (tail, who) in [
            ("said Ursula von der Leyen.", "Ursula von der Leyen"),
            ("said the manager, Erik ten Hag.", "Erik ten Hag"),
            ("said Karl zu Guttenberg.", "Karl zu Guttenberg"),
            ("Marc ter Stegen told reporters.", "Marc ter Stegen"),
            ("said Juan de los Santos.", "Juan de los Santos"),
            ("said Pilar de las Heras, the mayor.", "Pilar de las Heras"),
            ("said Joost van den Berg.", "Joost van den Berg"),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(a.speaker().and_then(Mention::name), Some(who), "{text}");
        }
        // a number word after a name is no particle
        let text = "\"We are ready,\" said Ann Lee ten minutes later.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn players_and_officials_of_sport_are_speakers() {
        for text in [
            "\"It is what it is,\" shrugged the veteran defender.",
            "\"We were robbed,\" fumed the goalkeeper after the game.",
        ] {
            assert!(speaker(text, 0).is_some(), "{text}");
        }
        // an unknown noun after an unlisted verb is no speaker
        let text = "\"It is what it is,\" seethed the gathering.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_participle_after_a_nouns_possessive_modifies_the_quoted_term() {
        // "the congressman's alleged "paramours"": an adjective, no verb
        // whose subject speaks
        for text in [
            "She is one of the congressman\u{2019}s alleged \u{201c}paramours.\u{201d}",
            "She is one of the congressman's alleged \"paramours.\"",
        ] {
            assert_eq!(summary(text)[0].2, None, "{text}");
        }
        // a pronoun's "'s" is "has", and a verb after a name speaks
        for text in [
            "She\u{2019}s alleged \"fraud\" for years.",
            "The mayor alleged \"fraud\" on Monday.",
        ] {
            assert_eq!(summary(text)[0].2.as_deref(), Some("alleged"), "{text}");
        }
    }

    #[test]
    fn verbs_of_delivery_are_listed_cues() {
        // "deadpanned", "intoned": listed verbs of speaking, read at the
        // confidence of the list, not as unknown verbs
        for text in [
            "\"We will see,\" Lee deadpanned.",
            "\"We will see,\" intoned the chairman.",
            "\"We will see,\" Lee intones.",
        ] {
            assert_eq!(
                summary(text)[0].3,
                Some(if text.contains("intoned") {
                    Rule::TrailingCueSpeaker
                } else {
                    Rule::TrailingSpeakerCue
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn a_noun_of_speech_naming_the_words_is_no_speaker() {
        for text in [
            "Ann Lee argued that her client \"never meant harm,\" a claim prosecutors rejected.",
            "Ann Lee said the plan was \"dead on arrival,\" a view her rivals share.",
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"), "{text}");
        }
        // a noun of speech with its own verb still speaks
        let text = "\"We are sorry,\" the statement said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the statement"));
    }

    #[test]
    fn a_named_speaker_after_an_unlisted_verb_may_go_on_with_a_clause() {
        for text in [
            "\"A great day,\" beamed Mayor Ann Lee as she cut the ribbon.",
            "\"A great day,\" beamed Ann Lee and waved to the crowd.",
        ] {
            assert_eq!(
                speaker(text, 0).as_deref(),
                Some(if text.contains("Mayor") {
                    "Mayor Ann Lee"
                } else {
                    "Ann Lee"
                }),
                "{text}"
            );
        }
        // a thing is no speaker, whatever follows it
        let text = "\"A great day,\" dawned the morning as the sun rose.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_surname_with_a_hyphenated_arabic_article_is_a_name() {
        for (tail, who) in [
            ("said Bashar al-Assad.", "Bashar al-Assad"),
            (
                "Abdel Fattah el-Sisi told reporters.",
                "Abdel Fattah el-Sisi",
            ),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
        // another lower-case word with a hyphen is no name, but it may
        // still describe one
        let text = "\"We are ready,\" all-star guard Ann Lee said.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("all-star guard Ann Lee")
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
    }

    #[test]
    fn a_surname_with_an_elided_particle_is_a_name() {
        for (tail, who) in [
            ("said Valéry Giscard d'Estaing.", "Valéry Giscard d'Estaing"),
            (
                "Foreign Minister Miguel d\u{2019}Escoto Brockmann said.",
                "Miguel d\u{2019}Escoto Brockmann",
            ),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(a.speaker().and_then(Mention::name), Some(who), "{text}");
        }
        // the surname alone, after an honorific, names the same person
        let text = "\"We are ready,\" said Miguel d'Escoto Brockmann.\n\n\"Nothing has changed,\" Mr. d'Escoto said.";
        let a = &all(text)[1];
        assert_eq!(a.speaker().map(Mention::text), Some("Mr. d'Escoto"));
        // an elided word that is no particle reads as it is written
        let text = "\"We are ready,\" said the l'Oréal spokesman.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the l'Oréal spokesman"));
    }

    #[test]
    fn a_title_not_yet_taken_up_is_a_title() {
        for (tail, who, role) in [
            (
                "said Gov.-elect Ann Lee.",
                "Gov.-elect Ann Lee",
                "Gov.-elect",
            ),
            (
                "said Sen.-designate Ann Lee.",
                "Sen.-designate Ann Lee",
                "Sen.-designate",
            ),
            (
                "said President-elect Ann Lee.",
                "President-elect Ann Lee",
                "President-elect",
            ),
        ] {
            let text = format!("\"We will act,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
            assert_eq!(
                a.speaker().and_then(Mention::name),
                Some("Ann Lee"),
                "{text}"
            );
            assert_eq!(a.speaker().and_then(Mention::role), Some(role), "{text}");
        }
    }

    #[test]
    fn a_name_closed_by_a_number_names_a_body() {
        for (tail, who) in [
            ("No 10 said.", "No 10"),
            ("a No 10 spokesman said.", "a No 10 spokesman"),
            ("Number 10 said.", "Number 10"),
            ("Channel 4 said.", "Channel 4"),
            ("said SEIU Local 1199.", "SEIU Local 1199"),
        ] {
            let text = format!("\"We stand by it,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
        }
        let text = "\"We stand by it,\" Channel 4 said.";
        let a = &all(text)[0];
        assert_eq!(
            a.speaker().map(Mention::kind),
            Some(MentionKind::Organization)
        );
        assert_eq!(a.speaker().and_then(Mention::name), Some("Channel 4"));
        // a day after a month, a year or a verse is no part of a name
        let text = "\"We stand by it,\" the mayor said March 3.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
        let text = "Isaiah 45:1 reads: \"Arise.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("Isaiah 45"));
    }

    #[test]
    fn a_month_or_weekday_after_a_given_name_or_honorific_is_a_surname() {
        for (tail, text_, who) in [
            ("Mrs May told MPs.", "Mrs May", "May"),
            ("said Mrs May.", "Mrs May", "May"),
            ("Ms. June said.", "Ms. June", "June"),
            ("Mr. Friday said.", "Mr. Friday", "Friday"),
            (
                "British Prime Minister Theresa May said.",
                "British Prime Minister Theresa May",
                "Theresa May",
            ),
        ] {
            let text = format!("\"We are ready,\" {tail}");
            let a = &all(&text)[0];
            assert_eq!(a.speaker().map(Mention::text), Some(text_), "{text}");
            assert_eq!(a.speaker().and_then(Mention::name), Some(who), "{text}");
        }
        // a weekday between a name and its verb is still when they spoke
        let text = "\"We are ready,\" Ann Lee Friday said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        let text = "\"We are ready,\" the mayor Tuesday said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
    }

    #[test]
    fn demonstratives_and_organisation_words_in_speaker_phrases() {
        for (tail, who) in [
            ("this source told the Post.", "this source"),
            ("said Human Rights Watch.", "Human Rights Watch"),
            (
                "Judicial Watch president Tom Fitton said.",
                "Judicial Watch president Tom Fitton",
            ),
        ] {
            let text = format!("\"The count is wrong,\" {tail}");
            assert_eq!(speaker(&text, 0).as_deref(), Some(who), "{text}");
        }
        // "that" opens a clause, not a speaker phrase
        let text = "Ms. Park said that officials called it \"a mess.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
    }

    #[test]
    fn a_sentence_opening_with_its_verb_has_the_speaker_after_it() {
        let text = "Said Ann Lee, who grew up on the street, \"We were proud of him.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        let text = "Wrote Ann Lee:\n\n\"We were proud of him.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // a description in apposition to the name, before a colon or a
        // comma, is no subject of a clause of its own
        for text in [
            "Said Ann Lee, the mayor's aide: \"We were proud of him.\"",
            "Said Lee, an aide: \"We were proud of him.\"",
            "Said Lee, the chief of staff, \"We were proud of him.\"",
        ] {
            let name = summary(text)[0].1.clone();
            assert!(
                matches!(name.as_deref(), Some("Ann Lee" | "Lee")),
                "{text}: {name:?}"
            );
        }
        // and a name in apposition to the description names the speaker
        let text = "Said the mayor's aide, Ann Lee: \"We were proud of him.\"";
        assert_eq!(summary(text)[0].1.as_deref(), Some("Ann Lee"));
        // a verb opening the sentence with no speaker right after it
        // still reaches no quotation past the sentence's subject
        let text = "Asked about the vote, Lee, the mayor, said: \"We were proud of him.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
    }

    #[test]
    fn a_capitalised_noun_before_a_parenthetical_pronoun_is_not_its_speaker() {
        let text = "Cost estimates, he added, were \"based on a prototype.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("he"));
        // a named subject whose verb reports the pronoun's clause still is
        let text = "Ms. Lynch said she recalled thinking, \"This is bad.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Lynch"));
    }

    #[test]
    fn an_infinitive_belongs_to_a_plural_speaker_noun_with_its_own_verb() {
        // the noun after a name is the head of the phrase, not a verb
        let text = "The file was sent long before White House officials started to call it a \"workplace\" issue.";
        assert_eq!(speaker(text, 0).as_deref(), Some("White House officials"));
        let text = "The vote came after state regulators decided to label the plan \"reckless.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("state regulators"));
    }

    #[test]
    fn a_coordinated_verb_skips_a_name_before_a_function_word_ending_in_s() {
        // "Clinton as" is no subject and verb: "accused" shares the
        // sentence's subject
        let text = "Sen. Ann Lee has cast Gov. Bo Chen as unqualified and accused him of using the term \"thugs.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sen. Ann Lee"));
        let text = "Ann Lee met Bo Chen this week and accused him of \"lying.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // a name before a finite verb still is the subject
        let text = "Ann Lee was calm, but Bo Chen stormed out and called it \"a sham.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bo Chen"));
    }

    #[test]
    fn a_verb_in_a_closed_relative_clause_governs_no_quotation_after_it() {
        let text = "The plan, which Ann Lee criticized in her speech, was \"dead on arrival.\"";
        assert_eq!(speaker(text, 0), None);
        let text = "The senator, whom Ann Lee described in May, has \"no plan.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // the clause still holds a quotation before its closing comma …
        let text = "Bo Chen met the senator, whom Ann Lee described as \"volatile,\" in May.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // … and one after a comma in a list or after one that introduces it
        let text =
            "Ann Lee, who called him a generous, kind man who would be \"a fighter,\" spoke.";
        assert_eq!(speaker(text, 0).as_deref(), Some("who"));
        let text = "Then there was Bo Chen, who lamented in an interview, \"We erred.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("who"));
    }

    #[test]
    fn a_participle_after_a_clause_of_place_is_its_peoples() {
        for (text, who) in [
            (
                "Lee spoke near the casino, where about 50 protesters had gathered, chanting \"no deal.\"",
                "about 50 protesters",
            ),
            (
                "Lee spoke at the park \u{2014} where hundreds of students marched, chanting \"No more.\"",
                "hundreds of students",
            ),
            // a pronoun or a thing in the clause of place leaves the
            // participle to the main clause
            (
                "Ann Lee visited Flint, where she grew up, saying the crisis was \"a disgrace.\"",
                "Ann Lee",
            ),
            (
                "Ann Lee spoke at the arena, where the rally was held, saying it was \"a disgrace.\"",
                "Ann Lee",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_relative_clause_with_its_own_reporter_keeps_its_quotation() {
        let text = "Ann Lee criticized the plan, which the agency said was \"too costly.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the agency"));
        let text = "Ann Lee praised the judge, whom the panel called \"fair.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("the panel"));
        // reported speech inside reported speech still is the outer one's
        let text = "Ann Lee said the agency called the plan \"too costly.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // and a clause after "in which" shows what the outer one relays
        let text = "Ann Lee posted a video in which Bo Chen called himself \"pro-choice.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_thing_reading_a_quotation_is_its_speaker() {
        let text = "Two senators wore a campaign hat reading, \"Make it great.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("a campaign hat"));
        let text = "Protesters carried a banner reading \"No war.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("a banner"));
        // someone reading a book is no cue
        let text = "She was reading \"War and Peace\" at the time.";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_ne!(found.cue().map(whosaid::Cue::text), Some("reading"));
    }

    #[test]
    fn an_opening_phrase_ends_after_a_place_and_its_state_abbreviation() {
        for place in ["Fresno, Calif.,", "Salem, Ore.,", "Tacoma, Wash.,"] {
            let text =
                format!("In {place} a familiar voice celebrated on Twitter: \"We are here.\"");
            assert_eq!(
                speaker(&text, 0).as_deref(),
                Some("a familiar voice"),
                "{text}"
            );
        }
    }

    #[test]
    fn adverbs_and_imperatives_opening_a_sentence_are_no_names() {
        let text = "Ever since the vote, Ms. Lee has had a simple message: \"Stay calm.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Lee"));
        let text = "Wait, it gets better:\n\n\"The law sets the limit.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("Wait"));
        for adverb in ["Likewise", "Nevertheless", "Therefore", "Overall"] {
            let text =
                format!("{adverb}, a paper from the institute had this to say: \"Costs rose.\"");
            assert_eq!(
                speaker(&text, 0).as_deref(),
                Some("a paper from the institute"),
                "{text}"
            );
        }
    }

    #[test]
    fn titles_written_in_capitals_are_titles() {
        for (text, who) in [
            (
                "'It is a disgrace,' the MP for Leeds North told the Commons.",
                "the MP for Leeds North",
            ),
            (
                "'It is a disgrace,' said Labour MP Jane Smith.",
                "Labour MP Jane Smith",
            ),
            ("\"We grew,\" the Apple CEO said.", "the Apple CEO"),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        // the MP is a person, whom later pronouns can name
        let text = "Labour MP Jane Smith spoke first. \"We won,\" she said.";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_eq!(found.speaker().and_then(|m| m.name()), Some("Jane Smith"));
        // "PM" for a prime minister is a title, no organisation's name
        let text = "'We will not be bullied,' says PM as row deepens";
        let found = whosaid::attribute(text).next().expect("a quotation");
        let pm = found.speaker().expect("a speaker");
        assert_eq!((pm.text(), pm.name(), pm.role()), ("PM", None, Some("PM")));
        let text = "\"We will win,\" said PM Ann Reyes.";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_eq!(found.speaker().and_then(|m| m.name()), Some("Ann Reyes"));
    }

    #[test]
    fn words_foreseen_for_others_are_the_reporters() {
        let text = "Ann Lee said she expected that voters will say \"no\" to the plan.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        let text = "Ann Lee said voters would probably call it \"a scam.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // words that were spoken are the nearer speaker's in a clause of
        // their own…
        let text = "Ann Lee spoke first, and voters did say \"no\" in May.";
        assert_eq!(speaker(text, 0).as_deref(), Some("voters"));
        // …and the reporter's inside what she reports
        let text = "Ann Lee said voters did say \"no\" in May.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
        // and a modal with no one reporting it leaves the verb its own
        let text = "Ann Lee will say \"no.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn names_with_combining_accents_or_mojibake_are_whole() {
        let text = "\"We won,\" said Jose\u{301} Marti\u{301}nez.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Jose\u{301} Marti\u{301}nez")
        );
        let text =
            "\"We won,\" French President FranA\u{303}\u{83}A\u{302}\u{a7}ois Hollande said.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("French President FranA\u{303}\u{83}A\u{302}\u{a7}ois Hollande")
        );
    }

    #[test]
    fn a_subject_with_an_appositive_after_a_question_word() {
        let text = "It was what Bay Lee, national treasurer for the campaign, called \"hand-to-hand combat.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bay Lee"));
        let text = "Nobody knew how Ann Lee, the mayor, would describe the \"deal.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("the mayor"));
    }

    #[test]
    fn a_second_opening_phrase_after_a_lone_conjunction() {
        let text = "And, in a clip that Judge Ann Lee called \"distasteful,\" Bo Chen expressed a wish to \"convict her.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bo Chen"));
        // the phrase's own quotation stays its speaker's
        assert_eq!(speaker(text, 0).as_deref(), Some("Judge Ann Lee"));
        // a second phrase after a place with its state
        let text = "At a town hall in Ames, Iowa, on Sunday, Ann Lee tried again, saying that the city should \"stay the course.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn common_occupations_are_speaker_nouns() {
        for (text, who) in [
            (
                "\"No,\" said local developer Tom Sembler.",
                "local developer Tom Sembler",
            ),
            ("\"It was loud,\" the singer told reporters.", "the singer"),
            ("\"We flew low,\" a pilot said.", "a pilot"),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        // and a name after one is the sentence's subject, for later pronouns
        let text = "Ron Weiser spoke first. Florida developer Mel Sembler expressed dismay. \"No,\" he said.";
        let found: Vec<_> = whosaid::attribute(text).collect();
        assert_eq!(
            found[0].speaker().and_then(|m| m.name()),
            Some("Mel Sembler")
        );
    }

    #[test]
    fn a_capitalised_speaker_noun_opening_a_name_is_its_role() {
        let text = "Activist Ann Lee said: \"No.\"";
        let found = whosaid::attribute(text).next().expect("a quotation");
        let who = found.speaker().expect("a speaker");
        assert_eq!(who.name(), Some("Ann Lee"));
        assert_eq!(who.role(), Some("Activist"));
        // a first name alone before a surname stays the name
        let text = "Hunter Biden said: \"No.\"";
        let found = whosaid::attribute(text).next().expect("a quotation");
        assert_eq!(found.speaker().and_then(|m| m.name()), Some("Hunter Biden"));
    }

    #[test]
    fn a_day_before_a_document_belongs_to_its_phrase() {
        for (text, who) in [
            ("\"We won,\" a Monday statement said.", "a Monday statement"),
            (
                "\"Spineless,\" reads a Wednesday editorial in The Des Moines Register.",
                "a Wednesday editorial in The Des Moines Register",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        // a day after the verb is when it was said
        let text = "\"We won,\" Lee said Monday.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
    }

    #[test]
    fn a_sentence_glued_to_the_next_keeps_its_attribution() {
        let text = "\"We have control,\" Ann Lee said.Lee claimed that she learned it abroad.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_pronoun_in_an_adverbial_clause_after_a_comma_stays_the_speaker() {
        // the clause after ", although" is the narrator's, not the named
        // subject's report: its pronoun is the mention
        let text = "Mr. Netanyahu said he would attend, although he wrote that he \"rejects the remarks.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("he"));
        let text = "Ann Lee said the plan was sound, because she wrote that it \"saves money.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("she"));
        // a pronoun before the named subject's verb is not in its report
        let text = "Though he said it drew a \"handful of people,\" Mr. Lee said none were added.";
        assert_eq!(speaker(text, 0).as_deref(), Some("he"));
        // without the comma the pronoun's clause is still the report's
        let text = "Ms. Lynch said that when she arrived she thought, \"This is bad.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Lynch"));
    }

    #[test]
    fn a_closing_clause_reaches_back_across_the_last_quotation() {
        let text = "It was a \"good thing\" that gave \"good information,\" she remarked.";
        let found = all(text);
        assert_eq!(found[0].speaker().map(Mention::text), Some("she"));
        assert_eq!(found[0].rule(), Some(Rule::ClosingCue));
        assert_eq!(found[1].rule(), Some(Rule::TrailingSpeakerCue));
        // also where the comma follows the closing mark
        let text = "Do not use words like \"maybe\" and \"perhaps\", she told reporters.";
        assert_eq!(speaker(text, 0).as_deref(), Some("she"));
    }

    #[test]
    fn read_inverted_before_a_document() {
        let text = "\"We grew,\" read the statement, which the campaign sent.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the statement"));
        let text = "\"Not us,\" read one. \"Anybody else,\" read another.";
        assert_eq!(speaker(text, 1).as_deref(), Some("another"));
        // with a number or adjectives before the noun of the thing
        // written on
        let text = "\"Not us,\" read one sign. \"Go home,\" read a hand-painted banner.";
        assert_eq!(speaker(text, 0).as_deref(), Some("one sign"));
        assert_eq!(speaker(text, 1).as_deref(), Some("a hand-painted banner"));
        // "read" with an object after it is no cue
        let text = "\"We grew,\" she said, and read the report aloud.";
        assert_eq!(speaker(text, 0).as_deref(), Some("she"));
    }

    #[test]
    fn documents_speak_as_subjects() {
        assert_eq!(
            speaker("\"You are a loser,\" the note says.", 0).as_deref(),
            Some("the note")
        );
        let text = "The email went on to say, \"We are strong.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("The email"));
        let text = "That letter demanded that Ms. Park make \"a public apology.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("That letter"));
    }

    #[test]
    fn a_time_after_the_verb_closes_the_attribution() {
        let text = "\"We mourn,\" Ms. Park tweeted the day after.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ms. Park"));
        // an object does not
        let text = "\"We mourn,\" Ms. Park tweeted the news.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_number_in_words_after_a_determiner() {
        assert_eq!(
            speaker("\"The count is wrong,\" the two lawyers wrote.", 0).as_deref(),
            Some("the two lawyers")
        );
        assert_eq!(
            speaker("\"The count is wrong,\" the two said.", 0).as_deref(),
            Some("the two")
        );
        // a plural number takes the plain form of the verb
        assert_eq!(
            speaker("\"The count is wrong,\" the two write.", 0).as_deref(),
            Some("the two")
        );
    }

    #[test]
    fn a_lone_nationality_word_is_a_name_only_where_no_noun_can_follow() {
        assert_eq!(
            speaker("\"The count is wrong,\" Cuban said.", 0).as_deref(),
            Some("Cuban")
        );
        assert_eq!(
            speaker("\"The count is wrong,\" said Cuban, a team owner.", 0).as_deref(),
            Some("Cuban")
        );
        // an adjective before a noun: no speaker
        assert_eq!(
            speaker("Republican claims of \"a rigged count\" were rejected.", 0),
            None
        );
    }

    #[test]
    fn lower_case_modifiers_before_a_role_and_name() {
        let text =
            "According to conservative talk radio host Rush Limbaugh, the move reeks of \"fear.\"";
        assert_eq!(
            speaker(text, 0),
            Some("conservative talk radio host Rush Limbaugh".to_owned())
        );
    }

    #[test]
    fn a_quantity_heads_a_description() {
        let text = "However, 63 percent said she was \"justified\" in waiting.";
        assert_eq!(speaker(text, 0), Some("63 percent".to_owned()));
    }

    #[test]
    fn an_opening_participle_takes_the_subject_after_it() {
        let text = "After saying her foot was \"so swollen\", she went to the hospital.";
        assert_eq!(speaker(text, 0), Some("she".to_owned()));
    }

    #[test]
    fn collective_nouns_take_plain_verbs() {
        assert_eq!(
            speaker(
                "Police say they have \"adequate resources\" for the game.",
                0
            ),
            Some("Police".to_owned())
        );
    }
}

mod descriptions_with_phrases {
    use super::*;

    #[test]
    fn a_description_with_a_prepositional_phrase_after_the_quote() {
        let text = "\"You work hard,\" a narrator in the Clinton ad asks.";
        assert_eq!(
            speaker(text, 0),
            Some("a narrator in the Clinton ad".to_owned())
        );
    }
}

mod openings_and_surnames {
    use super::*;

    #[test]
    fn a_capitalised_verb_after_a_first_name_is_a_surname() {
        let text = "\u{201c}We are done,\u{201d} said Ian Read, the chief executive.";
        assert_eq!(speaker(text, 0), Some("Ian Read".to_owned()));
        let text = "Chief executive Ian Read said the deal was \"sound.\"";
        assert_eq!(
            speaker(text, 0),
            Some("Chief executive Ian Read".to_owned())
        );
        // a headline goes on in capitals: its verb stays a verb
        let text = "Hillary Says She Will \"Fight On\"";
        assert_eq!(speaker(text, 0), Some("Hillary".to_owned()));
    }

    #[test]
    fn an_opening_adverb_or_participle_is_no_subject() {
        let text = "First, the mayor refused to say the words \"budget cut.\"";
        assert_eq!(speaker(text, 0), Some("the mayor".to_owned()));
        let text = "Pressed by reporters on the cost, Dana Kim said it was \"manageable.\"";
        assert_eq!(speaker(text, 0), Some("Dana Kim".to_owned()));
        for opening in ["Early in his campaign", "Late last year"] {
            let text = format!("{opening}, Dana Kim attacked Lee, calling him \"a failure.\"");
            assert_eq!(speaker(&text, 0).as_deref(), Some("Dana Kim"), "{text}");
        }
        // "early" is no name's word only where it opens the sentence
        let text = "\"We won,\" said the early favorite.";
        assert_eq!(speaker(text, 0).as_deref(), Some("the early favorite"));
        // a name opening the sentence is its subject
        let text = "Tom Avery, a senator, called the plan \"reckless.\"";
        assert_eq!(speaker(text, 0), Some("Tom Avery".to_owned()));
    }
}

mod agent_nouns {
    use super::*;

    #[test]
    fn nouns_of_persons_by_their_suffix_head_a_description() {
        let text = "The venture capitalist Ann Park, who backed the plan, said it was \"sound.\"";
        assert_eq!(
            speaker(text, 0),
            Some("The venture capitalist Ann Park".to_owned())
        );
        let text = "\"It was a mess,\" said a local historian.";
        assert_eq!(speaker(text, 0), Some("a local historian".to_owned()));
        // verbs in -ist are no persons
        let text = "\"We will not move,\" they insist.";
        assert_eq!(speaker(text, 0), Some("they".to_owned()));
    }
}

mod following_sentences {
    use super::*;

    #[test]
    fn a_partial_quotation_right_after_an_attributed_sentence_continues_it() {
        let text = "\u{201c}It is ambush journalism,\u{201d} she says. It is \
                    \u{201c}a new kind of journalism.\u{201d} The weather was \u{201c}fine.\u{201d}";
        let all = summary(text);
        assert_eq!(all[1].0.as_deref(), Some("she"));
        assert_eq!(all[1].3, Some(Rule::ContinuedFragment));
        // not two sentences on: the chain ends where no rule attributed
        assert_eq!(all[2].0, None);
        // a sentence with a reporting verb of its own is left to its rules
        let text =
            "\u{201c}It is over,\u{201d} she says. Critics called it \u{201c}a farce.\u{201d}";
        assert_eq!(speaker(text, 1), Some("Critics".to_owned()));
    }

    #[test]
    fn a_question_before_a_speaker_and_a_reporting_phrase_is_theirs() {
        for (text, cue) in [
            ("\"Why not?\" Ann Lee fired back.", "fired back"),
            ("\u{201c}Really?\u{201d} Tom Park shot back.", "shot back"),
            (
                "\u{201c}Why now?\u{201d} Tom Park wanted to know.",
                "wanted to know",
            ),
        ] {
            let got = summary(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].2.as_deref(), Some(cue), "{text}");
            assert_eq!(got[0].3, Some(Rule::TrailingSpeakerCue), "{text}");
        }
    }

    #[test]
    fn a_quotation_after_another_named_person_as_subject_is_a_guess_for_them() {
        let said = all("\"We agree,\" Ann Lee said. \"And we will act.\"");
        for (text, i) in [
            // a full name, or one known to be a person's ("Trump went on")
            (
                "\"We agree,\" Ann Lee said. Tom Park frowned. \"That is wrong.\"",
                1,
            ),
            (
                "\"Go,\" Tom Park said. \"We agree,\" Ann Lee said. Park shook his head. \"That is wrong.\"",
                2,
            ),
        ] {
            let got = all(text);
            assert_eq!(
                got[i].speaker().map(Mention::text),
                Some(if i == 1 { "Tom Park" } else { "Park" }),
                "{text}"
            );
            assert_eq!(got[i].rule(), Some(Rule::Continuation), "{text}");
            assert!(got[i].confidence() < said[1].confidence(), "{text}");
        }
        // a paragraph that opens with another person after a speaker's
        // paragraph: the same guess
        let got = all("\"We agree,\" Ann Lee said.\n\nTom Park frowned. \"That is wrong.\"");
        assert_eq!(got[1].speaker().map(Mention::text), Some("Tom Park"));
        assert!(got[1].confidence() < said[1].confidence());
        // the guess goes no further than its paragraph
        let got = all("\"We agree,\" Ann Lee said. Tom Park frowned.\n\n\"That is wrong.\"");
        assert_eq!(got[1].speaker(), None);
        // before anyone has spoken, the person named is the same guess
        for text in [
            "Ann Lee was blunt. \"It is over.\"",
            "The mayor arrived late.\n\nAnn Lee was blunt. \"It is over.\"",
        ] {
            let got = all(text);
            assert_eq!(
                got[0].speaker().map(Mention::text),
                Some("Ann Lee"),
                "{text}"
            );
            assert_eq!(got[0].rule(), Some(Rule::Continuation), "{text}");
            assert!(got[0].confidence() < said[1].confidence(), "{text}");
        }
        // but not in the next paragraph, nor for a thing as the subject
        assert_eq!(
            all("Ann Lee was blunt.\n\n\"It is over.\"")[0].speaker(),
            None
        );
        assert_eq!(all("The plan was dead. \"It is over.\"")[0].speaker(), None);
        // the same speaker, a pronoun or a description as the subject
        // keeps the last speaker, at the usual confidence
        for text in [
            "\"We agree,\" Ann Lee said. Lee smiled. \"And we will act.\"",
            "\"We agree,\" Ann Lee said. She paused. \"And we will act.\"",
            "\"We agree,\" Ann Lee said. The room was quiet. \"And we will act.\"",
        ] {
            let got = all(text);
            assert_eq!(
                got[1].speaker().and_then(Mention::name),
                Some("Ann Lee"),
                "{text}"
            );
            assert!(
                (got[1].confidence() - said[1].confidence()).abs() < f32::EPSILON,
                "{text}"
            );
        }
    }
}

mod coordinated_appositives {
    use super::*;

    #[test]
    fn two_names_between_commas_after_a_description() {
        let text = "The biographers, Dana and Lee Park, wrote that he \"had a tin ear.\"";
        assert_eq!(
            speaker(text, 0),
            Some("The biographers, Dana and Lee Park".to_owned())
        );
        // one name, as before
        let text = "The biographer, Dana Park, wrote that he \"had a tin ear.\"";
        assert_eq!(
            speaker(text, 0),
            Some("The biographer, Dana Park".to_owned())
        );
    }
}

mod following_sentences_inside {
    use super::*;

    #[test]
    fn a_quotation_inside_the_writers_sentence_stays_unattributed() {
        let text = "\u{201c}It is over,\u{201d} she says. The choice was between him as \
                    \u{201c}unfit for the job\u{201d} or waiting.";
        assert_eq!(speaker(text, 1), None);
    }
}

mod titles_in_appositives {
    use super::*;

    #[test]
    fn a_title_closing_an_appositive_keeps_the_subject_before_it() {
        let text = "Ann Lee, the owner of the show \u{201c}The Show,\u{201d} said in an interview that \
                    the season was \u{201c}too long.\u{201d}";
        let all = summary(text);
        assert_eq!(all[1].0.as_deref(), Some("Ann Lee"));
        assert_eq!(all[1].2.as_deref(), Some("said"));
    }
}

mod middle_initials {
    use super::*;

    #[test]
    fn an_initial_that_is_also_a_word_stays_in_the_name() {
        // "A." and "I." are initials here, not an article or a pronoun
        for (text, who) in [
            (
                "\u{201c}It is over,\u{201d} Mary A. Lopez said.",
                "Mary A. Lopez",
            ),
            (
                "\u{201c}It is over,\u{201d} said Tom I. Berg.",
                "Tom I. Berg",
            ),
            (
                "Mary A. Lopez said that the report had \u{201c}no basis.\u{201d}",
                "Mary A. Lopez",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        }
        // an article before a capital after a name is no initial
        let text = "\u{201c}It is over,\u{201d} Lopez said. A Reuters poll agreed.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lopez"));
    }
}

mod retorts {
    use super::*;

    #[test]
    fn a_verb_of_retort_with_its_particle_is_a_cue() {
        for cue in ["shot back", "fired back", "hit back", "snapped back"] {
            let text = format!("\u{201c}Let me talk,\u{201d} Ann Ruiz {cue}.");
            let got = summary(&text);
            assert_eq!(got[0].0.as_deref(), Some("Ann Ruiz"), "{text}");
            assert_eq!(got[0].2.as_deref(), Some(cue), "{text}");
        }
        // the verb alone reports nothing
        let text = "\u{201c}Let me talk,\u{201d} the guard shot the lock off.";
        assert_ne!(summary(text)[0].2.as_deref(), Some("shot"));
    }
}

mod fragments_after_reported_speech {
    use super::*;

    #[test]
    fn a_quotation_closing_the_sentence_after_a_closing_reporter_continues_it() {
        let text = "The rules make it hard to fix, Ann Ruiz said. Good work still wins, \
                    but only when \u{201c}the facts are on your side.\u{201d}";
        let got = summary(text);
        assert_eq!(got[0].0.as_deref(), Some("Ann Ruiz"));
        assert_eq!(got[0].3, Some(Rule::ContinuedFragment));
        // not a sentence without such a reporter before it
        let text = "The rules make it hard to fix. Good work still wins, \
                    but only when \u{201c}the facts are on your side.\u{201d}";
        assert_eq!(summary(text)[0].0, None);
    }
}

mod companions {
    use super::*;

    #[test]
    fn a_speaker_with_a_companion_or_the_rest_of_a_group() {
        for (text, want) in [
            (
                "\u{201c}We stay,\u{201d} he and his wife said.",
                "he and his wife",
            ),
            (
                "\u{201c}We stay,\u{201d} Ann Lee and others said.",
                "Ann Lee and others",
            ),
            (
                "She and other Democrats said the plan would \u{201c}fail badly.\u{201d}",
                "She and other Democrats",
            ),
            (
                "\u{201c}We stay,\u{201d} she and another reporter said.",
                "she and another reporter",
            ),
            (
                "\u{201c}We stay,\u{201d} said Ann Lee and her husband.",
                "Ann Lee and her husband",
            ),
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some(want), "{text}");
            let all = all(text);
            let mention = all[0].speaker().unwrap();
            // no one name for two people
            assert_eq!(mention.name(), None, "{text}");
        }
    }

    #[test]
    fn an_object_and_a_possessive_phrase_are_two_clauses() {
        // "his campaign" opens a clause of its own after an object
        let text = "Lee talked about Kim and his campaign said \u{201c}we will win.\u{201d}";
        assert_eq!(speaker(text, 0).as_deref(), Some("his campaign"));
    }
}

mod participles_after_with {
    use super::*;

    #[test]
    fn a_coordinated_participle_shares_the_subject_after_with() {
        let text = "Critics chimed in, with Ann Lee writing that it was a \u{201c}mess\u{201d} \
                    and asking, \u{201c}Who pays for this?\u{201d}";
        let all = summary(text);
        assert_eq!(all[1].0.as_deref(), Some("Ann Lee"));
        assert_eq!(all[1].2.as_deref(), Some("asking"));
        // a quotation that closes a clause still ends the search
        let text = "\u{201c}It is a mess,\u{201d} Lee said. Critics agreed and asked, \
                    \u{201c}Who pays?\u{201d}";
        assert_eq!(summary(text)[1].0.as_deref(), Some("Critics"));
    }
}

mod datelines {
    use super::*;

    #[test]
    fn a_reporting_clause_wrapped_before_the_name_keeps_its_speaker() {
        // text wrapped at a fixed width: the line after "said Sen." or a
        // bare "said" goes on with the speaker's name
        for text in [
            "\"We will not yield,\" said Sen.\nJohn Smith of Ohio.",
            "\"We will not yield,\" said\nJohn Smith of Ohio.",
            // (after the title and the given name too)
            "\"We will not yield,\" said Sen. John\nSmith of Ohio.",
            // (a canonical name has single spaces, whatever the text's)
            "\"We will not yield,\" said Sen. John\u{a0}Smith of Ohio.",
            "\"We will not yield,\" said Sen. John\tSmith of Ohio.",
        ] {
            assert_eq!(summary(text)[0].1.as_deref(), Some("John Smith"), "{text}");
        }
    }

    #[test]
    fn a_dateline_with_a_date_and_an_agency_is_no_subject() {
        for text in [
            "SPRINGFIELD, Mass., Dec. 8 (UPI) \u{2014} In response to the plan, the mayor rallied \
             supporters, saying: \u{201c}We have to stop it.\u{201d}",
            "SPRINGFIELD \u{2014} In response to the plan, the mayor rallied supporters, \
             saying: \u{201c}We have to stop it.\u{201d}",
        ] {
            assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"), "{text}");
        }
    }

    #[test]
    fn an_aside_after_the_subject_never_reaches_back_into_the_dateline() {
        for text in [
            "WASHINGTON, Jan. 12 -- The House leadership, stung by defections, said: \
             \"We will wait.\"",
            "WASHINGTON, Jan. 12 -- The House leadership, worried by defections, said: \
             \"We will wait.\"",
        ] {
            assert_eq!(
                speaker(text, 0).as_deref(),
                Some("The House leadership"),
                "{text}"
            );
        }
        // a pair of dashes inside the aside stays inside it
        let text = "Lee, later alleging - again falsely - that the count was rigged, \
                    said: \"We will wait.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
    }
}

#[test]
fn a_signature_line_signs_the_quotation_before_it() {
    let text = "\u{201c}We will look into it. I will certainly look into it.\u{201d}\n\n\
                - Ann Lee.\n\nLee has looked into it for months.";
    let all: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].rule(), Some(Rule::Signature));
    assert_eq!(
        all[0].speaker().map(whosaid::Mention::text),
        Some("Ann Lee")
    );
    // the stream holds the quotation back until the line after it is read
    let mut stream = whosaid::stream();
    let first = stream.push("\u{201c}We will look into it.\u{201d}\n\n");
    assert!(first.is_empty(), "{first:?}");
    let mut out = stream.push("- Ann Lee.\n\nShe left.\n\n");
    out.extend(stream.finish());
    assert_eq!(out.len(), 1);
    assert_eq!(
        out[0].speaker().map(whosaid::Mention::text),
        Some("Ann Lee")
    );
    // a quotation some rule attributed keeps its speaker, and a dash
    // before a description signs nothing
    let text = "\u{201c}We won,\u{201d} Bo Chen said.\n\n- Ann Lee.";
    let all: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(
        all[0].speaker().map(whosaid::Mention::text),
        Some("Bo Chen")
    );
    let text = "\u{201c}We will look into it.\u{201d}\n\n- An immigrant herself.";
    let all: Vec<_> = whosaid::attribute(text).collect();
    assert!(all[0].speaker().is_none());
}

#[test]
fn dubbed_and_termed_report_like_called() {
    let text = "They ran in what one Ohio conservative has dubbed \u{201c}the corn primary,\u{201d} a joke.";
    let all: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(
        all[0].speaker().map(whosaid::Mention::text),
        Some("one Ohio conservative")
    );
    assert_eq!(all[0].cue().map(whosaid::Cue::text), Some("dubbed"));
}

#[test]
fn a_participle_after_the_speaker_noun_describes_it() {
    let text = "The man arrested in Texas told reporters, \u{201c}I acted alone.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("The man"));
    let text = "A poll conducted in May by Gallup said voters were \u{201c}fed up.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("A poll"));
}

#[test]
fn a_quotation_in_the_content_of_a_noun_of_speech_with_of() {
    let text = "His remarks buttress the contention of Ann Lee that the emails were \u{201c}over-classified.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
}

#[test]
fn a_conjunction_before_the_subject_opens_no_phrase() {
    // "But Obama, making it clear …, stood": the name after the
    // conjunction is the subject its comma sets a phrase off from, and
    // the participle's own report does not reach the quotation
    let text = "But Ann Lee, making it clear that trade came first, stood beside the envoy \
                and described the vote as \u{201c}free and fair.\u{201d}";
    let all = all(text);
    assert_eq!(all[0].speaker().map(Mention::text), Some("Ann Lee"));
    assert_eq!(all[0].cue().map(whosaid::Cue::text), Some("described"));
    // the subject is there for a pronoun later
    let text = "And Ann Lee, who had won, spoke last. \u{201c}I am tired,\u{201d} she said.";
    assert_eq!(summary(text)[0].1.as_deref(), Some("Ann Lee"));
    // a time after the conjunction still opens a phrase
    assert_eq!(
        speaker("But Monday, Lee said the plan was \u{201c}dead.\u{201d}", 0).as_deref(),
        Some("Lee")
    );
}

#[test]
fn a_portfolio_after_of_belongs_to_the_title() {
    // read forwards from the sentence's start as well as back from a verb
    for (text, who) in [
        (
            "The former secretary of State began by calling the plan \u{201c}dead.\u{201d}",
            "The former secretary of State",
        ),
        (
            "The minister of finance opened by calling the budget \u{201c}prudent.\u{201d}",
            "The minister of finance",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // not after a word that is no title
    let text = "A friend of labor began by calling the plan \u{201c}cruel.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("A friend"));
}

#[test]
fn a_title_s_complement_ends_before_a_given_name_the_lists_lack() {
    // three words or more after "of" and no known given name: the last
    // two are the name, unless the first of them belongs to the title or
    // the last is a body's word
    for (text, name) in [
        (
            "\"No,\" U.S. Secretary of State Antony Blinken said.",
            Some("Antony Blinken"),
        ),
        (
            "\"No,\" Director of National Intelligence Clapper said.",
            Some("Clapper"),
        ),
        (
            "\"No,\" Secretary of Homeland Security Johnson said.",
            Some("Johnson"),
        ),
        ("\"No,\" Secretary of State Kerry said.", Some("Kerry")),
    ] {
        assert_eq!(summary(text)[0].1.as_deref(), name, "{text}");
    }
    let text = "\"No,\" said the chief of Washington Restaurant Association.";
    assert_ne!(
        summary(text)[0].1.as_deref(),
        Some("Restaurant Association"),
        "{text}"
    );
}

#[test]
fn a_nationality_after_the_is_a_description_not_a_name() {
    for text in [
        "Bruno Fernandes scored twice. \"We have to look at ourselves,\" the Portuguese said.",
        "\"It is over,\" the Norwegian said after the race.",
        "\"Not this year,\" the Texan said.",
    ] {
        let a = &all(text)[0];
        let s = a.speaker().expect(text);
        assert_eq!(
            (s.kind(), s.name()),
            (MentionKind::Description, None),
            "{text}"
        );
    }
    // before a title it tells where the person comes from
    let text = "Norwegian Prime Minister Ola Berg said, \"We will wait.\"";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Ola Berg")
    );
}

#[test]
fn a_description_speaks_across_an_indefinite_aside_or_an_age() {
    for (text, who) in [
        (
            "\u{201c}It was a mistake,\u{201d} the senator, a Democrat, said.",
            "the senator",
        ),
        (
            "\u{201c}It was a mistake,\u{201d} the mayor, a former teacher, said.",
            "the mayor",
        ),
        (
            "\u{201c}It was a mistake,\u{201d} the senator, 71, said.",
            "the senator",
        ),
        (
            "\u{201c}It was a mistake,\u{201d} the senator, a Democrat from Ohio, said.",
            "the senator",
        ),
        (
            "\u{201c}It was a mistake,\u{201d} the agent, a member of Customs and Border \
             Protection, said.",
            "the agent",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a list is no aside: its last phrase is read as before
    let text = "The senator, a governor and a mayor said the plan was \u{201c}dead.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("a governor and a mayor"));
}

#[test]
fn an_opening_preposition_is_no_name_and_a_focus_adverb_no_subject() {
    for (text, who) in [
        (
            "Amid calls for calm, even the mayor said Lee will have to wait, saying, \
             \u{201c}We are not ready.\u{201d}",
            "the mayor",
        ),
        (
            "Alongside union calls for a strike, only the governor said Park would \
             fail, saying, \u{201c}They are over.\u{201d}",
            "the governor",
        ),
        (
            "Amid Lee calls for a recount, even the party chair said Lee had \
             lost, adding, \u{201c}It is done.\u{201d}",
            "the party chair",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // an opening preposition is no name of its own: with no speaker in
    // the sentence, it speaks for no one
    let text = "Amid the noise, the word \u{201c}unity\u{201d} was heard.";
    assert_ne!(speaker(text, 0).as_deref(), Some("Amid"));
}

#[test]
fn a_named_body_before_a_phrase_of_place_is_the_subject() {
    for (text, who) in [
        (
            "The Brookings Institution in Washington said the plan was \u{201c}a disaster.\u{201d}",
            "The Brookings Institution",
        ),
        (
            "The Holocaust Memorial Museum in Washington issued a report charging the \
             group with \u{201c}crimes against humanity.\u{201d}",
            "The Holocaust Memorial Museum",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a body a preposition governs is no subject
    let text = "Lee wrote the memo on behalf of the Roosevelt Institute during the \
                convention, calling the plan \u{201c}a disaster.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
}

#[test]
fn every_quotation_of_a_list_is_the_publishers() {
    let text = "Amnesty International published a report this month accusing the army \
                of \u{201c}war crimes,\u{201d} \u{201c}torture\u{201d} and \
                \u{201c}mass killings.\u{201d}";
    let found = all(text);
    assert_eq!(found.len(), 3);
    for a in &found {
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("Amnesty International"),
            "{}",
            a.quote().content()
        );
        assert_eq!(a.source().map(Mention::text), Some("a report"));
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("accusing"));
    }
    // another cue between ends the list
    let text = "The campaign released an ad calling him \u{201c}a liar,\u{201d} and Lee \
                said it was \u{201c}false.\u{201d}";
    assert_eq!(speaker(text, 1).as_deref(), Some("Lee"));
}

#[test]
fn british_ranks_without_periods_are_titles() {
    for (text, name) in [
        (
            "Det Insp Jane Cole said: \u{2018}Our thoughts are with the family.\u{2019}",
            "Jane Cole",
        ),
        (
            "Cllr Ann Lee said: \u{2018}We will fight on.\u{2019}",
            "Ann Lee",
        ),
        (
            "Pte John Park, 19, said: \u{2018}I was scared.\u{2019}",
            "John Park",
        ),
    ] {
        let found = all(text);
        let name_of = found[0].speaker().and_then(Mention::name);
        assert_eq!(name_of, Some(name), "{text}");
    }
}

#[test]
fn a_quotation_after_a_relative_pronouns_quotation_goes_on_with_its_antecedent() {
    let text = "\u{201c}Sales are up,\u{201d} said Mr. Ortiz, who noted that prices had \
                \u{201c}cratered\u{201d} in the recession. \u{201c}Things are moving in the \
                right direction.\u{201d}";
    let found = all(text);
    assert_eq!(found.len(), 3);
    // the partial quotation in the relative clause is the pronoun's, as
    // written; the one after it goes on with the name
    assert_eq!(speaker(text, 1).as_deref(), Some("who"));
    assert_eq!(speaker(text, 2).as_deref(), Some("Mr. Ortiz"));
    assert_eq!(found[2].rule(), Some(whosaid::Rule::Continuation));
    // a personal pronoun goes on as written
    let text = "\u{201c}Sales are up,\u{201d} Ortiz said. Later she noted that prices had \
                \u{201c}cratered.\u{201d} \u{201c}Things are moving.\u{201d}";
    assert_eq!(speaker(text, 2).as_deref(), Some("she"));
}

#[test]
fn will_before_a_reporting_verb_no_modal_takes_is_a_name() {
    for text in [
        "While Will acknowledges the senator\u{2019}s appeal as a \u{201c}forceful \
         persona,\u{201d} he backs the governor.",
        "He praised the speech, which Will claims affirmed \u{201c}the core belief of \
         the party.\u{201d}",
        "After Will wrote that the speech was \u{201c}a triumph,\u{201d} readers agreed.",
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some("Will"), "{text}");
    }
    // the modal before a bare verb is no name
    let text = "\u{201c}Will voters say yes?\u{201d} Lee asked.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
    let text = "Lee said she will say \u{201c}no\u{201d} to the plan.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
}

#[test]
fn a_noun_of_speech_naming_a_verbs_medium_is_no_cue() {
    for (text, who, cue) in [
        (
            "Lee said in her statement that the plan was \u{201c}dead.\u{201d}",
            "Lee",
            "said",
        ),
        (
            "The senator gave no details, saying in his statement only that he was \
             \u{201c}refining some practices.\u{201d}",
            "The senator",
            "saying",
        ),
    ] {
        let found = all(text);
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        assert_eq!(found[0].cue().map(whosaid::Cue::text), Some(cue), "{text}");
    }
    // a noun of speech of its own still speaks
    let text = "Lee stood by her claim that the vote was \u{201c}rigged.\u{201d}";
    assert_eq!(all(text)[0].cue().map(whosaid::Cue::text), Some("claim"));
}

#[test]
fn it_before_a_colon_with_no_reporting_verb_names_no_speaker() {
    for text in [
        "Wait, it gets better: \u{201c}The law was never enforced.\u{201d}",
        "It was a hard year for the mayor: \u{201c}We lost everything.\u{201d}",
    ] {
        assert_eq!(speaker(text, 0), None, "{text}");
    }
    // a body's "it" with a reporting verb still speaks, and a subject
    // that is no pronoun before the colon too
    let text = "The company issued a statement. It said: \u{201c}We regret the error.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("It"));
    let text = "The mayor had one message: \u{201c}Stay home.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("The mayor"));
}

#[test]
fn after_an_expletive_it_for_names_the_infinitives_subject() {
    for (text, who) in [
        (
            "It has been common for news accounts to portray the race as a \
             \u{201c}working-class\u{201d} revolt.",
            "news accounts",
        ),
        (
            "It is rare for reporters to describe the senator as \u{201c}shy.\u{201d}",
            "reporters",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // "called for X to": the infinitive is what the subject wants
    let text = "Lee called for Congress to declare it \u{201c}a crisis.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
}

#[test]
fn a_relative_clause_right_after_a_quotation_speaks_none_of_it() {
    let text = "She has proposed appointing a \u{201c}chief trade prosecutor\u{201d} who \
                reports directly to the president.";
    assert_eq!(speaker(text, 0).as_deref(), Some("She"));
    // a speaker after the quotation's comma still speaks
    let text = "\u{201c}It is over,\u{201d} said Lee, who reports to the board.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
}

#[test]
fn a_name_and_colon_after_a_quotation_label_the_next() {
    let text = "Both reject the plan.\n\nClinton: \u{201c}Our goal is to defeat it.\u{201d} \
                Bush: \u{201c}The mission is to destroy it.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Clinton"));
    assert_eq!(speaker(text, 1).as_deref(), Some("Bush"));
    // a title-case phrase is no label
    let text = "Lee: \u{201c}We won.\u{201d} Final Tally Shows Gains: \u{201c}Up ten.\u{201d}";
    assert_ne!(speaker(text, 1).as_deref(), Some("Final Tally Shows Gains"));
}

#[test]
fn a_plural_after_an_adjective_an_adverb_grades_is_a_noun() {
    let text = "The victories unleashed a wave of surprisingly positive comments online, \
                from praise of a \u{201c}strongman\u{201d} to hopes for growth.";
    assert_ne!(
        speaker(text, 0).as_deref(),
        Some("a wave of surprisingly positive")
    );
    // "likely voters say" and "only aides say": the adjective is none
    // (and "Most" opens the phrase, as "many" does)
    let text = "Most likely voters say the plan is \u{201c}a mess.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Most likely voters"));
    let text = "Yet only aides say the plan is \u{201c}a mess.\u{201d}";
    assert_eq!(all(text)[0].cue().map(whosaid::Cue::text), Some("say"));
}

#[test]
fn a_capitalised_tweeted_inside_a_sentence_is_the_verb() {
    let text = "\u{201c}Not us, but we like it!\u{201d} Murphy, the head of the group, \
                Tweeted on Friday.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Murphy"));
    assert_eq!(all(text)[0].cue().map(whosaid::Cue::text), Some("Tweeted"));
    // a capitalised word of another kind is no verb there
    let text = "\u{201c}We won,\u{201d} Murphy, the head of the group, Posted Friday.";
    assert_ne!(all(text)[0].cue().map(whosaid::Cue::text), Some("Posted"));
}

#[test]
fn a_person_speaking_in_a_subordinate_clause_may_be_continued() {
    let text = "What the plan means is left to the voters, since Lopez spoke only in \
                slogans at the rally.\n\n\u{201c}We have to be tougher.\u{201d}\n\
                \u{201c}We are not fighting hard enough.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lopez"));
    assert_eq!(speaker(text, 1).as_deref(), Some("Lopez"));
    // a clause whose verb reports nothing names no one to continue
    let text = "Little was settled, since Lopez arrived late at the rally.\n\n\
                \u{201c}We have to be tougher.\u{201d}";
    assert_eq!(speaker(text, 0), None);
}

#[test]
fn a_paragraph_about_the_last_speaker_keeps_him_for_the_next_quotation() {
    let text = "\u{201c}He has the appeal Reagan had,\u{201d} Viguerie notes.\n\n\
                Viguerie is upbeat about the race, in part because the field is small.\n\n\
                \u{201c}Not only can he win, he is the one with the best chance.\u{201d}";
    assert_eq!(speaker(text, 1).as_deref(), Some("Viguerie"));
    // a paragraph about someone else breaks the chain
    let text = "\u{201c}He has the appeal Reagan had,\u{201d} Viguerie notes.\n\n\
                Hamilton is upbeat about the race, in part because the field is small.\n\n\
                \u{201c}Not only can he win, he is the one with the best chance.\u{201d}";
    assert_eq!(speaker(text, 1), None);
}

#[test]
fn an_opening_as_clause_introduces_the_quotation_after_a_colon() {
    let text = "Of course, as Joel Park of the Tribune observed, the real winner was \
                the network itself:\n\n\u{201c}The clear winner of the night was the \
                network.\u{201d}";
    assert_eq!(
        speaker(text, 0).as_deref(),
        Some("Joel Park of the Tribune")
    );
    // an "as" clause that reports nothing introduces nothing
    let text = "As the night went on, the real winner was the network itself:\n\n\
                \u{201c}The clear winner of the night was the network.\u{201d}";
    assert_ne!(speaker(text, 0).as_deref(), Some("the night"));
}

#[test]
fn a_speaker_heard_speaking_after_the_quotation() {
    for (text, who, cue) in [
        (
            "\u{201c}Should there be a database?\u{201d} a reporter can be heard asking Lee \
             after the event.",
            "a reporter",
            "asking",
        ),
        (
            "\u{201c}Go home,\u{201d} a woman is heard shouting.",
            "a woman",
            "shouting",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        assert_eq!(all(text)[0].cue().map(whosaid::Cue::text), Some(cue));
    }
    // a participle with no "be heard" before it is no trailing verb
    let text = "\u{201c}Go home,\u{201d} a woman shouting at the back.";
    assert_ne!(speaker(text, 0).as_deref(), Some("a woman"));
}

#[test]
fn a_statement_issued_with_a_participle_of_speaking_introduces_the_next_paragraph() {
    let text = "At the chair's direction, the committee issued a statement apologizing to \
                the senator for the emails.\n\n\u{201c}We offer a deep and sincere apology \
                to the senator.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("the committee"));
    // a participle that reports nothing does not
    let text = "At the chair's direction, the committee issued a statement lasting two \
                pages.\n\n\u{201c}We offer a deep and sincere apology.\u{201d}";
    assert_eq!(speaker(text, 0), None);
}

#[test]
fn a_subject_in_the_passive_speaks_no_fragment_of_its_sentence() {
    for text in [
        "Lee was asked about the \u{201c}not there yet\u{201d} comment.",
        "Lazar, 44, known online as a hacker, was extradited for \u{201c}identity theft.\u{201d}",
        "Many voters are expected to \u{201c}sit on it\u{201d} until the end.",
    ] {
        assert_eq!(speaker(text, 0), None, "{text}");
    }
    // an active subject still may
    let text = "Sen. Ann Lee has gone after the nominee as a \u{201c}human leech.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Sen. Ann Lee"));
}

#[test]
fn a_thing_that_said_speaks_through_the_relative_that() {
    // "that" between a noun and a reporting verb is the subject
    for text in [
        "Protesters wore T-shirts that said \u{201c}We won.\u{201d}",
        "The page was replaced by a notice that read, \u{201c}Sorry, the item is gone.\u{201d}",
    ] {
        let found = all(text);
        assert_eq!(speaker(text, 0).as_deref(), Some("that"), "{text}");
        assert_eq!(found[0].rule(), Some(Rule::LeadingCue), "{text}");
    }
    // a verb with a preposition after it reports no words
    let text = "She gave an address that spoke to the \u{201c}anger\u{201d} of voters.";
    assert_ne!(speaker(text, 0).as_deref(), Some("that"));
    // inside another's report, the reporter relays the thing's words
    let text = "According to The Federalist, the men wore shirts that read \
                \u{201c}Settle for less.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("The Federalist"));
    let text = "Ann Lee said the city lost a voice that said \u{201c}love wins.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
}

#[test]
fn the_issuer_of_a_document_that_said_is_the_speaker() {
    let text = "The campaign released a marketing video that said, \u{201c}We will \
                win.\u{201d}";
    let found = all(text);
    assert_eq!(speaker(text, 0).as_deref(), Some("The campaign"));
    assert_eq!(found[0].rule(), Some(Rule::Published));
    assert_eq!(
        found[0].source().map(Mention::text),
        Some("a marketing video")
    );
    assert_eq!(found[0].cue().map(whosaid::Cue::text), Some("said"));
    let text = "The Post ran a piece that noted his \u{201c}plan would cost more.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("The Post"));
    // a verb that issues nothing names no publisher
    let text = "She watched a video that said, \u{201c}We will win.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("that"));
}

#[test]
fn a_headline_verb_in_s_after_a_given_name_and_surname() {
    let text = "Ann Lee Sides With the Unions On \u{2018}Fair Pay\u{2019}\n\nLee spoke.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    assert_eq!(all(text)[0].rule(), Some(Rule::HeadlineVerb));
    // after one word, a word in "-s" may be a plural noun
    let text = "Clinton Emails On \u{2018}Fair Pay\u{2019} Are Released\n\nLee spoke.";
    assert_eq!(speaker(text, 0), None);
}

#[test]
fn an_utterance_that_came_from_a_speaker() {
    for (text, who, cue) in [
        (
            "\u{201c}Go home,\u{201d} came the reply from the guards.",
            "the guards",
            "reply",
        ),
        (
            "\u{201c}Call the roll,\u{201d} came shouts from the crowd, as delegates booed.",
            "the crowd",
            "shouts",
        ),
        // the one whose reply it was
        (
            "\u{201c}Never,\u{201d} came Ann Lee's reply.",
            "Ann Lee",
            "reply",
        ),
    ] {
        let (found_speaker, _, found_cue, _) = &summary(text)[0];
        assert_eq!(found_speaker.as_deref(), Some(who), "{text}");
        assert_eq!(found_cue.as_deref(), Some(cue), "{text}");
        assert!(all(text)[0].confidence() < 0.95, "{text}");
    }
    // (a body's too; but not a time's)
    let text = "\u{201c}Never,\u{201d} came the ministry's reply.";
    assert_eq!(speaker(text, 0).as_deref(), Some("the ministry"));
    let text = "\u{201c}Never,\u{201d} came the day's reply.";
    assert_eq!(all(text)[0].speaker(), None);
    // news that came from a place is no utterance
    let text = "\u{201c}We won,\u{201d} came the news from Ohio.";
    assert_ne!(all(text)[0].cue().map(whosaid::Cue::text), Some("news"));
}

#[test]
fn master_of_ceremonies_is_a_role_before_a_name() {
    let text = "\u{201c}Thanks for coming,\u{201d} said master of ceremonies Ann Lee, a \
                local engineer.";
    assert_eq!(
        summary(text)[0].1.as_deref(),
        Some("Ann Lee"),
        "{:?}",
        summary(text)
    );
    let text = "\u{201c}Thanks for coming,\u{201d} said the emcee.";
    assert_eq!(speaker(text, 0).as_deref(), Some("the emcee"));
}

#[test]
fn a_possessed_noun_of_speech_before_was_and_a_colon() {
    for (text, who) in [
        (
            "Lee wrote to her. Ann Park\u{2019}s response was: \u{201c}Is it over?\u{201d}",
            "Ann Park",
        ),
        (
            "The mayor\u{2019}s reply was blunt: \u{201c}We will not back down.\u{201d}",
            "The mayor",
        ),
    ] {
        let found = all(text);
        let last = found.last().unwrap();
        assert_eq!(last.speaker().map(Mention::text), Some(who), "{text}");
        assert_eq!(last.rule(), Some(Rule::NounCue), "{text}");
    }
    // a capitalised word before the colon is more than a predicate
    let text = "The mayor\u{2019}s reply was Ann Lee: \u{201c}We will not back down.\u{201d}";
    assert_ne!(all(text)[0].rule(), Some(Rule::NounCue));
}

#[test]
fn the_object_of_a_verb_of_causing_speaks_the_infinitive() {
    for (text, who) in [
        (
            "The loss prompted the mayor to say, \u{201c}We will be back.\u{201d}",
            "the mayor",
        ),
        (
            "The vote led Ann Lee to declare, \u{201c}We will win.\u{201d}",
            "Ann Lee",
        ),
        (
            "The defeat forced him to admit, \u{201c}We lost.\u{201d}",
            "him",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a verb of wanting is no verb of causing: its subject speaks
    let text = "The mayor wanted the crowd to hear, \u{201c}We will be back.\u{201d}";
    assert_ne!(speaker(text, 0).as_deref(), Some("the crowd"));
}

#[test]
fn a_source_after_an_opening_from_before_a_colon() {
    let text = "The survey is long. From the report: \u{201c}Samples that were weighted \
                did better.\u{201d}";
    let found = all(text);
    assert_eq!(found[0].speaker().map(Mention::text), Some("the report"));
    assert_eq!(found[0].rule(), Some(Rule::SubjectColon));
    // "from" inside the sentence names a place, not a source
    let text = "She flew in from the coast: \u{201c}We will win.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("She"));
}

#[test]
fn an_irregular_past_after_a_pronoun_opens_a_clause() {
    // a coordinated verb goes with the nearest pronoun and its verb
    let text = "Col. Ann Lee began the row when he brought up the bombing and later \
                said, \u{201c}It is not just them.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("he"));
    // a participle after "by", with no comma to close the opening clause
    let text = "When he returned he began by saying, \u{201c}I see no need for \
                jail.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("he"));
    // after a noun, an irregular past may be another clause's verb
    let text = "As voters went to the polls, the campaign sent out an email and \
                accused its rivals of being \u{201c}traitors.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("the campaign"));
}

#[test]
fn a_quoted_title_after_a_preposition_keeps_the_coordinated_verbs_subject() {
    // the program's title names where the subject appeared; the verb after
    // "and" is still that subject's
    let text = "It came after Tom Reed appeared on \"Fox News Sunday\" and predicted \
                the bill would pass \"with votes to spare.\"";
    let found = all(text);
    let a = found
        .iter()
        .find(|a| a.quote().content().starts_with("with"))
        .expect(text);
    assert_eq!(a.speaker().map(Mention::text), Some("Tom Reed"));
    // and so in reported speech
    let all_reports: Vec<_> = whosaid::reports(text).collect();
    let r = all_reports
        .iter()
        .find(|r| r.cue().map(whosaid::Cue::text) == Some("predicted"))
        .expect(text);
    assert_eq!(r.speaker().map(Mention::text), Some("Tom Reed"));
    // after a possessive, or a noun for a work, too
    for text in [
        "It came after Tom Reed appeared on CNN's \"State of the Union\" and predicted the bill would pass.",
        "It came after Tom Reed praised the show \"Morning Joe\" and predicted the bill would pass.",
    ] {
        let all_reports: Vec<_> = whosaid::reports(text).collect();
        let r = all_reports
            .iter()
            .find(|r| r.cue().map(whosaid::Cue::text) == Some("predicted"))
            .expect(text);
        assert_eq!(r.speaker().map(Mention::text), Some("Tom Reed"), "{text}");
    }
}

#[test]
fn a_given_name_after_an_opening_phrase_is_a_person_not_a_place() {
    let text = "At Boca West, Jay DiPietro, the club\u{2019}s president, suggested that \
                the troubles were real. \u{201c}It was waiting for a recession,\u{201d} he said.";
    assert_eq!(summary(text)[0].1.as_deref(), Some("Jay DiPietro"));
    // a place's state after the comma is still passed over
    let text = "At a rally in Salem, New Hampshire, the senator said, \u{201c}We will \
                win.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("the senator"));
}

#[test]
fn a_given_name_tells_a_pronoun_its_person() {
    let text = "Recently, Gretchen Wolfe, a radio host, was asked by a caller about it. \
                Her husband, Rush, laughed. \u{201c}So they can hurt us,\u{201d} she said.";
    assert_eq!(summary(text)[0].1.as_deref(), Some("Gretchen Wolfe"));
}

#[test]
fn a_surname_that_a_later_pronoun_follows_is_a_person() {
    let text = "Campaign manager Jeff Weaver said the race was close. \n\nSanders seemed torn \
                on Tuesday when he spoke to supporters. \n\nHe vowed to \u{201c}continue the \
                fight.\u{201d}";
    assert_eq!(
        summary(text)[0].1.as_deref(),
        Some("Sanders"),
        "{:?}",
        summary(text)
    );
    // a pronoun that no subordinator opens may be someone else's
    let text = "Campaign manager Jeff Weaver said the race was close. \n\nSanders seemed torn \
                on Tuesday, and aides said he spoke well. \n\nHe vowed to \u{201c}continue the \
                fight.\u{201d}";
    assert_ne!(
        summary(text)[0].1.as_deref(),
        Some("Sanders"),
        "{:?}",
        summary(text)
    );
}

#[test]
fn a_titled_name_before_a_relative_clause_is_there_for_later_pronouns() {
    let text = "David Park, an economist, said the data were clear. \n\nSome members have \
                been sympathetic, but Representative Tom Brooks, who has welcomed support \
                from the Tea Party, doesn't mince words. \n\n\u{201c}We will fight,\u{201d} he \
                said.";
    assert_eq!(
        summary(text)[0].1.as_deref(),
        Some("Tom Brooks"),
        "{:?}",
        summary(text)
    );
}

#[test]
fn the_user_of_words_a_verb_of_using_names_speaks_them() {
    for (text, who, cue) in [
        (
            "When Lee used the words, \u{201c}I am not there yet,\u{201d} she was echoing Park.",
            "Lee",
            "words",
        ),
        (
            "He has coined a new phrase, \u{201c}undocumented Democrats,\u{201d} for them.",
            "He",
            "phrase",
        ),
    ] {
        let (found_speaker, _, found_cue, rule) = &summary(text)[0];
        assert_eq!(found_speaker.as_deref(), Some(who), "{text}");
        assert_eq!(found_cue.as_deref(), Some(cue), "{text}");
        assert_eq!(*rule, Some(Rule::NounCue), "{text}");
    }
    // "it" uses no words of its own, and a word no verb of using governs
    // names no one
    let text = "It uses the word \u{201c}queue\u{201d} often.";
    assert_eq!(speaker(text, 0), None);
    let text = "Voters disliked the phrase, \u{201c}self-deportation,\u{201d} in 2012.";
    assert_ne!(all(text)[0].rule(), Some(Rule::NounCue));
}

#[test]
fn a_time_phrase_with_an_article_opens_the_sentence_before_its_subject() {
    for opening in ["The day before, at a fair in Ames, Iowa,", "That night,"] {
        let text = format!(
            "{opening} Mr. Lee was as blunt, claiming without any proof that \
             Senator Kim wanted to cut jobs. \"That would be foolish,\" he said."
        );
        let s = summary(&text);
        assert_eq!(s[0].1.as_deref(), Some("Lee"), "{text}: {s:?}");
    }
    // an article before a noun that is no time opens no phrase: the
    // subject is the description
    let text = "\"It is a mistake,\" Ms. Park said Sunday.\n\n\
                The senator, at a fair in Ames, was as blunt. \
                \"That would be foolish,\" he said.";
    let s = summary(text);
    assert_ne!(s[1].1.as_deref(), Some("Ames"), "{s:?}");
}

#[test]
fn a_surname_of_a_known_gender_passes_over_the_other_genders_namesake() {
    let opening = "Ann Park met voters on Monday. \
                   \"She will win,\" said her husband, Tom Park.\n\n";
    for line in [
        "\"We are ready,\" Mrs. Park said.",
        "Park herself was upbeat. \"We are ready,\" she said.",
    ] {
        let text = format!("{opening}{line}");
        let s = summary(&text);
        assert_eq!(
            s.last().unwrap().1.as_deref(),
            Some("Ann Park"),
            "{text}: {s:?}"
        );
    }
    // "Mr." keeps the man
    let text = format!("{opening}\"We are ready,\" Mr. Park said.");
    let s = summary(&text);
    assert_eq!(s.last().unwrap().1.as_deref(), Some("Tom Park"), "{s:?}");
}

#[test]
fn a_reporting_clause_that_closes_a_quotation_is_the_main_clause() {
    let text = "Park cannot say that it is \u{201c}fair,\u{201d} Lee added, \
                saying it should be \u{201c}up to the voters.\u{201d}";
    let s = summary(text);
    assert_eq!(s[1].0.as_deref(), Some("Lee"), "{s:?}");
    assert_eq!(s[1].2.as_deref(), Some("saying"), "{s:?}");
    // with no quotation closed before it, the chain reaches the outer verb
    let text = "Park said that Lee, speaking last, called it \u{201c}fair.\u{201d}";
    let s = summary(text);
    assert_eq!(s[0].0.as_deref(), Some("Lee"), "{s:?}");
}

#[test]
fn a_document_with_a_relative_which_or_a_present_verb_is_its_publishers() {
    for (text, publisher) in [
        (
            "Protesters held a sign that says, \u{201c}We will win.\u{201d}",
            "Protesters",
        ),
        (
            "Lee posted a caption that reads, \u{201c}We will win.\u{201d}",
            "Lee",
        ),
        (
            "The campaign released a video which said, \u{201c}We will win.\u{201d}",
            "The campaign",
        ),
        (
            "Kim is releasing an ad that urges voters to \u{201c}send a message.\u{201d}",
            "Kim",
        ),
    ] {
        let s = summary(text);
        assert_eq!(s[0].0.as_deref(), Some(publisher), "{text}: {s:?}");
        assert_eq!(s[0].3, Some(Rule::Published), "{text}: {s:?}");
    }
    // one who only watched it published nothing
    let s = summary("Kim watched a video which said, \u{201c}We will win.\u{201d}");
    assert_ne!(s[0].0.as_deref(), Some("Kim"), "{s:?}");
}

#[test]
fn a_noun_in_ly_after_a_determiner_heads_the_speaker_phrase() {
    let text = "\u{201c}We are done,\u{201d} the family said. His ally said the plan failed.";
    let found: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].speaker().map(whosaid::Mention::text),
        Some("the family")
    );
    // an adverb in -ly between a speaker and its verb is still passed
    let text = "\u{201c}We are done,\u{201d} the mayor quickly said.";
    let found: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(
        found[0].speaker().map(whosaid::Mention::text),
        Some("the mayor")
    );
}

#[test]
fn a_verb_inside_parentheses_governs_no_quotation_after_them() {
    let text = "Her turn at the club (songs criticizing the council) made her \u{201c}the queen of the town\u{201d} overnight.";
    assert_eq!(speaker(text, 0), None);
    // inside the same parentheses it still does
    let text = "The town (its mayor called the plan \u{201c}a disaster\u{201d}) voted no.";
    assert_eq!(speaker(text, 0).as_deref(), Some("its mayor"));
}

#[test]
fn a_player_named_by_position_speaks() {
    for (text, who) in [
        (
            "\"We kept going,\" said goalie Ana Ruiz.",
            "goalie Ana Ruiz",
        ),
        (
            "\"It was a long night,\" said reliever Tom Baker, who pitched two innings.",
            "reliever Tom Baker",
        ),
        ("The shortstop said: \"We will be back.\"", "The shortstop"),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a position as an object is no speaker: the subject speaks
    let text = "The club signed a goalie, and Ana Ruiz said: \"We are happy.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_office_before_a_name_is_its_role() {
    for (text, name, role) in [
        (
            "\"We saw lines,\" county clerk Beth Omari said.",
            "Beth Omari",
            "county clerk",
        ),
        (
            "\"The count is slow,\" said Maricopa County Recorder Ana Ruiz.",
            "Ana Ruiz",
            "Recorder",
        ),
        (
            "EPA Administrator Gina Marsh said: \"The rule stands.\"",
            "Gina Marsh",
            "Administrator",
        ),
        (
            "\"No comment,\" said Archbishop Paul Okafor.",
            "Paul Okafor",
            "Archbishop",
        ),
        // an honorific between the office and the name is neither
        ("\"Enough,\" said Tory MP Sir Alan Reed.", "Alan Reed", "MP"),
        (
            "Local MP Dame Joan Hale said: \"We wait.\"",
            "Joan Hale",
            "MP",
        ),
        // …and so is an academic title there
        (
            "\"Results vary,\" said study author Dr Rosa Klein.",
            "Rosa Klein",
            "study author",
        ),
        (
            "Chancellor Prof. Omar Haddad said: \"We are proud.\"",
            "Omar Haddad",
            "Chancellor",
        ),
        (
            "\"Get a grip,\" said Labour backbencher Clive Lane.",
            "Clive Lane",
            "Labour backbencher",
        ),
        // (alone it is the role)
        ("\"Rest,\" said Dr. Omar Haddad.", "Omar Haddad", "Dr."),
    ] {
        let found = all(text);
        let who = found[0].speaker().expect(text);
        assert_eq!(who.name(), Some(name), "{text}");
        assert_eq!(who.role(), Some(role), "{text}");
    }
    // a name that is also an office word stays whole after a given name
    let text = "\"Fine,\" said Howard Clerk.";
    assert_eq!(
        all(text)[0].speaker().and_then(|s| s.name()),
        Some("Howard Clerk")
    );
}

#[test]
fn a_description_named_in_apposition_keeps_its_name_before_an_age() {
    for (text, who, name) in [
        (
            "Its organiser, retired nurse Maureen Clarke, 71, said she was \"thrilled.\"",
            "Its organiser, retired nurse Maureen Clarke",
            "Maureen Clarke",
        ),
        (
            "Her father, Brad Kent, a teacher, said: \"We read everything.\"",
            "Her father, Brad Kent",
            "Brad Kent",
        ),
    ] {
        let found = all(text);
        let s = found[0].speaker().expect(text);
        assert_eq!((s.text(), s.name()), (who, Some(name)), "{text}");
    }
    // a phrase that names no speaker before the name is no description
    // of it: the name speaks
    let text = "As part of his plea, Marcel Lazar, 44, said he was \"deeply sorry.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("Marcel Lazar"));
}

#[test]
fn the_other_of_two_speaks() {
    for (text, i, who) in [
        (
            "The other man, James York, said \"maybe.\"",
            0,
            "The other man, James York",
        ),
        ("His other son said \"no.\"", 0, "His other son"),
        (
            "One voter said \"no\"; the other said \"yes.\"",
            1,
            "the other",
        ),
        ("\"Fine,\" said the other.", 0, "the other"),
    ] {
        assert_eq!(speaker(text, i).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_pronoun_after_a_person_described_by_gender_names_no_one_before() {
    let text = "Ms. Ortiz said only: \"It needs work.\" Mr. Grant said he had no regrets. \
                His wife was less sure. \"We lost everything,\" she said.";
    let found = all(text);
    let last = found.last().unwrap().speaker().unwrap();
    assert_eq!((last.text(), last.name()), ("she", None));
    // a pronoun of the other gender still goes to the one named
    let text = "Mr. Grant said he had no regrets. His wife was less sure. \
                \"I would do it again,\" he said.";
    let found = all(text);
    let last = found.last().unwrap().speaker().unwrap();
    assert_eq!((last.text(), last.name()), ("he", Some("Grant")));
    // with no description between, the pronoun names her
    let text = "Ms. Ortiz said only: \"It needs work.\" \"We lost everything,\" she said.";
    let found = all(text);
    assert_eq!(
        found.last().unwrap().speaker().unwrap().name(),
        Some("Ortiz")
    );
}

#[test]
fn the_subject_of_an_opening_clause_after_a_preposition_like_conjunction_is_a_candidate() {
    for opener in ["After", "Before", "Since", "Although"] {
        let text = format!(
            "\"We start today,\" John Smith said. \
             {opener} Tom Lee met voters, he said: \"The plan will fail.\""
        );
        let found = all(&text);
        assert_eq!(
            found.last().unwrap().speaker().unwrap().name(),
            Some("Tom Lee"),
            "{text}"
        );
    }
    // the object of a preposition is no subject: the subject before it
    // keeps a pronoun it fits (one it does not fit, "Kim" as a woman's
    // name, leaves the pronoun to the man named after it: see
    // `a_person_named_after_a_subject_that_does_not_fit_is_nearer_than_older_ones`)
    let text = "\"We start today,\" John Smith said. \
                Mr. Kim met with Tom Lee, and he said: \"The plan will fail.\"";
    let found = all(text);
    assert_eq!(found.last().unwrap().speaker().unwrap().name(), Some("Kim"));
}

#[test]
fn a_name_between_dashes_after_a_description_is_the_subjects() {
    let text = "\"We will win,\" Donald Trump said. Trump's running mate \u{2014} Indiana Gov. \
                Mike Pence \u{2014} has backed Ryan. \"He is OK with it,\" he said.";
    let found = all(text);
    assert_eq!(
        found.last().unwrap().speaker().unwrap().name(),
        Some("Mike Pence")
    );
}

#[test]
fn a_description_before_a_relative_clause_between_dashes_is_the_subject() {
    for text in [
        "The police chief \u{2014} who asked not to be named \u{2014} said officers were \"stretched thin.\"",
        "The police chief -- who spoke on Monday -- said officers were \"stretched thin.\"",
    ] {
        let found = all(text);
        let a = &found[0];
        assert_eq!(
            a.speaker().map(Mention::text),
            Some("The police chief"),
            "{text}"
        );
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("said"), "{text}");
    }
}

#[test]
fn it_after_a_described_body_or_document_names_no_body_before() {
    // "it" after "The email was sent …" is the email's, not the body
    // named before it
    let text = "The State Department said only: \"We are reviewing it.\" \
                The email was sent at 7 p.m. \"Forces are ready,\" it said.";
    let found = all(text);
    let last = found.last().unwrap().speaker().unwrap();
    assert_eq!((last.text(), last.name()), ("it", None));
    // so does a body or document whose noun may also speak ("the agency",
    // "the report")
    for thing in ["The agency", "The report"] {
        let text = format!(
            "The State Department said only: \"We are reviewing it.\" \
             {thing} found no evidence. \"Forces are ready,\" it said."
        );
        let found = all(&text);
        let last = found.last().unwrap().speaker().unwrap();
        assert_eq!((last.text(), last.name()), ("it", None), "{text}");
    }
    // a person described comes between for "she", never for "it"
    let text = "The State Department said only: \"We are reviewing it.\" \
                His wife was less sure. \"Forces are ready,\" it said.";
    let found = all(text);
    assert_eq!(
        found.last().unwrap().speaker().unwrap().name(),
        Some("The State Department")
    );
    // with no description between, "it" names the body
    let text = "The State Department said only: \"We are reviewing it.\" \
                \"Forces are ready,\" it said.";
    let found = all(text);
    assert_eq!(
        found.last().unwrap().speaker().unwrap().name(),
        Some("The State Department")
    );
}

#[test]
fn a_speaker_placed_by_a_preposition_keeps_the_place() {
    for (text, who) in [
        (
            "A man outside the plant said: \"We want jobs.\"",
            "A man outside the plant",
        ),
        (
            "\"Go home,\" chanted protesters outside the embassy.",
            "protesters outside the embassy",
        ),
        (
            "One aide inside the campaign said: \"It is over.\"",
            "One aide inside the campaign",
        ),
        (
            "A farmer near the border said: \"Nobody asked us.\"",
            "A farmer near the border",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // where the words were said is no part of the speaker
    let text = "\"No comment,\" the mayor said outside the courthouse.";
    assert_eq!(speaker(text, 0).as_deref(), Some("the mayor"));
}

#[test]
fn a_clause_opening_with_a_verb_of_saying_has_no_subject_after_it() {
    // a fragment of a list whose subject is left out: the object of
    // its verb is no speaker
    for text in [
        "Calls voters derogatory names, like \"pigs,\" and mocks them.",
        "Labels critics \"losers\" at every rally.",
    ] {
        let found = all(text);
        assert!(
            found.iter().all(|q| q
                .speaker()
                .is_none_or(|s| !matches!(s.text(), "voters" | "critics"))),
            "{text}"
        );
    }
    // with its subject, the verb's subject speaks
    let text = "He calls voters derogatory names, like \"pigs.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("He"));
}

#[test]
fn a_full_name_subject_of_a_later_clause_takes_a_later_pronoun() {
    for text in [
        "It was a gray morning, and Karen Oyelaran was on her third coffee.\n\n\"People think it is about food,\" she says.",
        "It was late when Karen Oyelaran arrived.\n\n\"People think it is about food,\" she says.",
    ] {
        let first = &all(text)[0];
        assert_eq!(
            first.speaker().and_then(Mention::name),
            Some("Karen Oyelaran"),
            "{text}"
        );
    }
    // a name after a preposition is no subject ("voters with Ann Lee
    // T-shirts stood"), nor one without a given name
    let text = "Voters with Ann Lee signs stood near the door.\n\n\"We are here,\" she said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
}

#[test]
fn the_subject_of_a_coordinated_clause_is_the_newer_antecedent() {
    let text = "The moderator, Chris Lang, tried to move on, but Mr. Rowe interrupted. \
                \"Let me finish,\" he said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), Some("Rowe"));
    let text = "Ms. Delgado spoke first; Mr. Rowe answered. \"Not so fast,\" he said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), Some("Rowe"));
    // a subordinate clause's subject does not outrank the sentence's own
    let text = "Chris Lang, the moderator, moved on after Mr. Rowe spoke. \
                \"Next question,\" he said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Chris Lang")
    );
}

#[test]
fn one_who_speaks_in_a_clause_after_the_subject_is_the_newer_antecedent() {
    // a clause on a noun, with a reporting verb of its own: its speaker
    // is newer than the subject, with or without a quotation before
    for text in [
        "Mr. Tom Park joined the band in 1955. \
         The critic Al Ames called his album empty, a verdict Mr. Park said he never forgot.\n\n\
         \"I practised more,\" he said.",
        "Mr. Tom Park joined the band in 1955. \
         The critic Al Ames called his album \"pretty but empty,\" a verdict Mr. Park said \
         he never forgot.\n\n\"I practised more,\" he said.",
    ] {
        let last = all(text).pop().unwrap();
        assert_eq!(
            last.speaker().and_then(Mention::name),
            Some("Tom Park"),
            "{text}"
        );
    }
    // what someone reports is not theirs to say, nor is a possessor's man
    for text in [
        "Mr. Tom Park spoke first. \
         Mr. Al Ames said Monday that Gov. Luis Ortega has long called for calm.\n\n\
         \"It was not well done,\" he said.",
        "Mr. Tom Park spoke first. \
         Mr. Al Ames recalled that the paper's Luis Ortega had reported the story.\n\n\
         \"It was not well done,\" he said.",
    ] {
        let last = all(text).pop().unwrap();
        assert_eq!(
            last.speaker().and_then(Mention::name),
            Some("Al Ames"),
            "{text}"
        );
    }
}

#[test]
fn a_verb_set_off_by_dashes_splits_a_quotation() {
    let text =
        "Ann Lee spoke first. \"I think\" \u{2014} she paused \u{2014} \"that we should wait.\"";
    let got = summary(text);
    assert_eq!(got.len(), 2);
    for (who, name, cue, _) in &got {
        assert_eq!(
            (who.as_deref(), name.as_deref(), cue.as_deref()),
            (Some("she"), Some("Ann Lee"), Some("paused")),
            "{got:?}"
        );
    }
    assert_eq!(got[0].3, Some(Rule::UnlistedCue));
}

#[test]
fn the_name_of_a_show_a_verb_addresses_is_no_one_s_words() {
    let text = "\"I was sitting in a house,\" Trump told NBC's \"Today\" on Monday. \
                \"I could hardly hear.\"";
    let got = all(text);
    assert_eq!(got.len(), 3, "{got:#?}");
    // the show's name is no quotation of Trump's
    assert_eq!(got[1].quote().content(), "Today");
    assert!(got[1].speaker().is_none(), "{:#?}", got[1]);
    // and the quotation after goes on with the first, addressee and all
    let addressee =
        |a: &whosaid::Attribution<'_>| a.addressee().map(Mention::text).map(str::to_owned);
    assert_eq!(addressee(&got[2]).as_deref(), Some("NBC's \"Today\""));
    assert_eq!(addressee(&got[0]), addressee(&got[2]));
}

#[test]
fn a_sign_or_banner_with_a_determiner_speaks_its_words() {
    for (text, who) in [
        ("Outside, a sign read \"Closed for good.\"", "a sign"),
        (
            "The headline read: \"Ford to City: Drop Dead.\"",
            "The headline",
        ),
        ("One placard said, \"No more cuts.\"", "One placard"),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a bare plural of them is no speaker: the people who carry them are
    let text = "They marched, carrying signs reading \"No war.\"";
    assert_ne!(speaker(text, 0).as_deref(), Some("carrying signs"));
    let all = whosaid::reports("Crowds waved banners from the bridge.").collect::<Vec<_>>();
    assert!(
        all.iter()
            .all(|r| r.speaker().is_none_or(|s| s.text() != "banners")),
        "{all:#?}"
    );
}

#[test]
fn a_pronoun_no_subject_fits_means_the_person_just_named() {
    // "she" fits no subject before it (a man's), and the woman named in
    // the last sentence is the one
    let text = "\"We will strike,\" Paul Kerr said.\n\n\
                That was also the view of Sarah Mills, a shop steward. \
                \"Nobody wants a strike,\" she said.";
    assert_eq!(
        all(text)[1].speaker().and_then(Mention::name),
        Some("Sarah Mills")
    );
    // a subject named after her is newer: no guess then
    let text = "\"We will strike,\" Paul Kerr said.\n\n\
                He praised Sarah Mills. The plan failed. Lee Okafor left early. \
                \"Nobody wants a strike,\" she said.";
    assert_ne!(
        all(text)[1].speaker().and_then(Mention::name),
        Some("Sarah Mills")
    );
    // nor for a pronoun of another gender than her given name's
    let text = "\"We will strike,\" Ann Kerr said.\n\n\
                That was also the view of Sarah Mills. \"Nobody wants a strike,\" he said.";
    assert_eq!(all(text)[1].speaker().and_then(Mention::name), None);
}

#[test]
fn a_person_named_after_a_subject_that_does_not_fit_is_nearer_than_older_ones() {
    // an older subject fits "she", but the newest subject (a man) does not,
    // and the woman named after him is nearer
    let text = "Ann Lee, a former aide, spoke first. Later, Mr. Smith met Jane Doe. \
                \"It was hard,\" she said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Jane Doe")
    );
    // when the newest subject fits, it keeps the pronoun
    let text = "Ann Lee spoke first. Later, Mary Smith met Jane Doe. \"It was hard,\" she said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Mary Smith")
    );
}

#[test]
fn a_subjects_description_in_apposition_is_its_names_role() {
    for (text, who) in [
        (
            "The family spokesman, Tom Lee, said it was sudden. \"She never lost,\" the spokesman said.",
            "Tom Lee",
        ),
        (
            "Her daughter, Ruth Voss, said it was sudden. \"She never lost,\" her daughter said.",
            "Ruth Voss",
        ),
    ] {
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some(who),
            "{text}"
        );
    }
    // another role names no one of them
    let text =
        "The family spokesman, Tom Lee, said it was sudden. \"She never lost,\" the lawyer said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
}

#[test]
fn a_name_in_apposition_to_a_description_anywhere_takes_its_role() {
    let text = "It was confirmed by her daughter, Ruth Voss, who said it was sudden. \
                \"She never lost,\" her daughter said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Ruth Voss")
    );
    // a list of names, or a document before the name, gives no role
    let text = "Ann Lee, Tom Park, and Bo Chen spoke. \"We won,\" the spokesman said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
    let text = "He cited the report, Tom Park, and others. \"It is clear,\" the report said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
}

#[test]
fn a_word_that_is_also_a_verb_modifies_the_speaker_noun_after_it() {
    for (text, who) in [
        (
            "\"No,\" said one venture capitalist.",
            "one venture capitalist",
        ),
        ("\"No,\" some protest leaders said.", "some protest leaders"),
        // nouns of speakers the lexicon lacked
        ("\"Slow down,\" one motorist said.", "one motorist"),
        ("\"It shook,\" said a bystander.", "a bystander"),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a quantifier alone before a verb is the speaker
    assert_eq!(
        speaker("One ventured a guess: \"No.\"", 0).as_deref(),
        Some("One")
    );
}

#[test]
fn a_possessed_noun_the_lexicon_lacks_before_a_full_name_names_it() {
    for (text, who, name) in [
        (
            "\"I was shocked,\" her former bandmate Kelly Dawes said.",
            "her former bandmate Kelly Dawes",
            "Kelly Dawes",
        ),
        (
            "\"He never slept,\" his college roommate John Hale said.",
            "his college roommate John Hale",
            "John Hale",
        ),
        (
            "\"She was kind,\" the mayor's neighbour Ruth Voss said.",
            "the mayor's neighbour Ruth Voss",
            "Ruth Voss",
        ),
        // after an article, the noun needs a role word before it
        (
            "\"Our job is easy,\" said the veteran safety Marcus Bell.",
            "the veteran safety Marcus Bell",
            "Marcus Bell",
        ),
        (
            "His teammate, the veteran safety Marcus Bell, agreed: \"Our job is easy.\"",
            "His teammate, the veteran safety Marcus Bell",
            "Marcus Bell",
        ),
    ] {
        let a = &all(text)[0];
        let s = a.speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    let text = "The campaign Hillary Clinton ran was \"a mess,\" he said.";
    assert_eq!(speaker(text, 0).as_deref(), Some("he"));
    // no possessor, or no given name, or an organisation's words: no name
    // for the noun's phrase
    let text = "He told one of his young John Birch Society recruits that \"terror works.\"";
    let a = &all(text)[0];
    assert_eq!(a.speaker().map(Mention::text), Some("He"));
}

#[test]
fn a_question_after_an_opening_participle_holds_no_sentence_subject() {
    // the pronoun inside "whether he …" is not the sentence's subject:
    // "Morrow" is, and the later "he" is his
    for opening in [
        "Asked whether he was worried,",
        "Asked why he had benched him,",
        "Pressed on how he would fix it,",
    ] {
        let text = format!(
            "Bill Morrow coaches the team. Danny Ruiz threw two interceptions. \
             {opening} Morrow shook his head. \"We are fine,\" he said."
        );
        let a = all(&text);
        let last = a.last().expect("the quotation");
        assert_eq!(
            last.speaker().and_then(Mention::name),
            Some("Bill Morrow"),
            "{text}"
        );
    }
    // without the opening, the subject of the sentence before decides
    let text = "Bill Morrow coaches the team. Danny Ruiz threw two interceptions. \
                \"I stunk,\" he said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Danny Ruiz")
    );
}

#[test]
fn a_participle_after_a_comma_speaks_for_the_subject_with_its_apposition() {
    for (text, who, name) in [
        (
            "The mayor, Ann Lee, blamed the county for the delay, adding: \"It is bad.\"",
            "The mayor, Ann Lee",
            "Ann Lee",
        ),
        (
            "The shadow health secretary, Wes Streeting, accused the government of \
             complacency, adding: \"Patients are paying.\"",
            "The shadow health secretary, Wes Streeting",
            "Wes Streeting",
        ),
    ] {
        let a = all(text);
        let q = a.last().expect("the quotation");
        let s = q.speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    // with no name in apposition, the description alone
    let text = "The mayor blamed the county for the delay, adding: \"It is bad.\"";
    assert_eq!(
        speaker(text, all(text).len() - 1).as_deref(),
        Some("The mayor")
    );
}

#[test]
fn a_member_of_a_party_after_a_place_is_described_and_an_affiliation_before_a_name_is_no_name() {
    for (text, who) in [
        (
            "\"I have concerns,\" the Maine Republican says.",
            "the Maine Republican",
        ),
        (
            "\"We will win,\" said a New Hampshire Democrat.",
            "a New Hampshire Democrat",
        ),
    ] {
        let a = &all(text)[0];
        let s = a.speaker().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), None, "{text}");
        assert_eq!(s.kind(), MentionKind::Description, "{text}");
    }
    let text = "\"I have concerns,\" the Republican Jeb Bush said.";
    let s = all(text)[0].speaker().cloned().expect("a speaker");
    assert_eq!(s.name(), Some("Jeb Bush"));
    assert_eq!(s.kind(), MentionKind::Person);
    // a newspaper after an article stays an organisation
    let text = "\"No,\" the Texas Tribune said.";
    let s = all(text)[0].speaker().cloned().expect("a speaker");
    assert_eq!(s.kind(), MentionKind::Organization);
}

#[test]
fn the_late_before_a_name_and_a_laureate_describe_the_speaker() {
    for (text, who, name) in [
        (
            "\"We won,\" said the late Sen. Ann Lee.",
            "the late Sen. Ann Lee",
            "Ann Lee",
        ),
        (
            "\"We won,\" the late Tom Park said.",
            "the late Tom Park",
            "Tom Park",
        ),
        (
            "\"We won,\" said Nobel laureate Ann Lee.",
            "Nobel laureate Ann Lee",
            "Ann Lee",
        ),
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.text(), who, "{text}");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    // "late" before a month is a time
    let text = "In the late August heat, Ann Lee said: \"We won.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
}

#[test]
fn a_surname_particle_opening_the_phrase_and_a_hyphenated_title() {
    for (text, name) in [
        // the particles in lower case belong to the name
        ("\"We won,\" de Blasio said.", "de Blasio"),
        ("\"We won,\" said van der Berg.", "van der Berg"),
        // a hyphenated title after an affiliation is no part of it
        (
            "\"We won,\" said UN Secretary-General Antonio Guterres.",
            "Antonio Guterres",
        ),
        ("\"We won,\" said Time editor-in-chief Ann Lee.", "Ann Lee"),
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    // a capital and its period is an initial, not the article or "I"
    for (text, name) in [
        ("\"We won,\" said A. J. Lee.", "A. J. Lee"),
        ("\"We won,\" I. M. Park said.", "I. M. Park"),
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    // a name of anything with "of" before a role and a person's name is
    // no part of the name
    for (text, name) in [
        (
            "\"We won,\" said Hall of Fame quarterback Tom Brady.",
            "Tom Brady",
        ),
        (
            "\"We won,\" said Medal of Honor recipient Ann Lee.",
            "Ann Lee",
        ),
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    // a later mention with the particle is the same person
    let text = "Bill de Blasio spoke first. \"We won,\" de Blasio said.";
    let s = all(text)[0].speaker().cloned().expect("a speaker");
    assert_eq!(s.name(), Some("Bill de Blasio"));
}

#[test]
fn a_body_named_with_a_title_word_is_a_body() {
    for (text, name) in [
        ("\"No,\" the Justice Department said.", "Justice Department"),
        (
            "\"No,\" said the Department of Justice.",
            "Department of Justice",
        ),
        (
            "\"No,\" said Romania's Justice Ministry.",
            "Justice Ministry",
        ),
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.name(), Some(name), "{text}");
        assert_eq!(s.kind(), MentionKind::Organization, "{text}");
        assert_eq!(s.role(), None, "{text}");
    }
    // the title before a person's name stays a title
    let text = "\"No,\" said Justice Department spokeswoman Ann Lee.";
    let s = all(text)[0].speaker().cloned().expect("a speaker");
    assert_eq!(s.name(), Some("Ann Lee"));
    let text = "\"No,\" said Justice Ann Lee.";
    let s = all(text)[0].speaker().cloned().expect("a speaker");
    assert_eq!(s.kind(), MentionKind::Person);
}

#[test]
fn a_nationality_noun_in_man_or_woman_is_no_name() {
    // "the Dutchman" describes the speaker; before a name it is no part
    // of the name
    let text = "Arne Slot was angry. \"We lost,\" the Dutchman said.";
    let s = all(text)[0].speaker().cloned().expect("a speaker");
    assert_eq!(s.text(), "the Dutchman");
    assert_eq!(s.name(), None);
    for (text, name) in [
        (
            "\"We won,\" said Dutchman Max Verstappen.",
            "Max Verstappen",
        ),
        ("\"We won,\" Irishwoman Ann Lee said.", "Ann Lee"),
        ("\"We won,\" said Englishman Tom Park.", "Tom Park"),
        ("\"We won,\" said Serb Novak Djokovic.", "Novak Djokovic"),
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.name(), Some(name), "{text}");
    }
    // so do the demonyms that are no given name ("Dane", "Turk" are:
    // "Dane Cook", "Turk Pipkin")
    for text in [
        "\"We lost,\" the Pole said.",
        "\"We lost,\" said the Basque.",
    ] {
        let s = all(text)[0].speaker().cloned().expect("a speaker");
        assert_eq!(s.name(), None, "{text}");
    }
    let s = all("\"We won,\" said Dane Cook.")[0]
        .speaker()
        .cloned()
        .expect("a speaker");
    assert_eq!(s.name(), Some("Dane Cook"));
}

#[test]
fn a_coordinated_verb_after_an_opening_clause_speaks_for_the_main_subject() {
    // "and said" goes back to its clause's subject, never into the
    // opening clause before it
    let text = "When told Perez was in the Cabinet, Bush thought for a moment and said, \"I think it is an advantage.\"";
    assert_eq!(speaker(text, 0), Some("Bush".to_owned()));
    let text =
        "As voters went to the polls, the campaign sent a memo and said it was \"confident.\"";
    assert_eq!(speaker(text, 0), Some("the campaign".to_owned()));
    // a subject of its own after the comma still speaks
    let text = "Lee spoke first, and then she laughed and said, \"We will see.\"";
    assert_eq!(speaker(text, 0), Some("she".to_owned()));
}

#[test]
fn a_common_noun_with_its_own_article_is_no_part_of_the_name_after_it() {
    // "in a way X slammed": "a way" is a phrase of its own, and the
    // subject of the clause after it starts at the title
    let text =
        "It was handled in a way FBI Director James Comey slammed as \"extremely careless.\"";
    assert_eq!(
        speaker(text, 0),
        Some("FBI Director James Comey".to_owned())
    );
    let text = "It was the day President Ann Lee called \"the worst of my career.\"";
    assert_eq!(speaker(text, 0), Some("President Ann Lee".to_owned()));
    // an article before a speaker's own noun stays in the phrase
    let text = "The former governor John Kasich called it \"a mistake.\"";
    assert_eq!(
        speaker(text, 0),
        Some("The former governor John Kasich".to_owned())
    );
}

#[test]
fn two_roles_after_a_possessive_pronoun_are_one_person() {
    let text = "\"She was the best of us,\" said her friend and colleague Ann Moss.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Ann Moss")
    );
    let text = "\"She was the best of us,\" said her friend and colleague, Ann Moss.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Ann Moss")
    );
    // after an article they are two people; a plural is people too
    let text = "\"It is over,\" said the president and first lady Ann Moss.";
    assert_eq!(speaker(text, 0), Some("the president".to_owned()));
    let text = "\"It is over,\" said his wife and two sons, Ann and Bo Lee.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
}

#[test]
fn a_person_described_then_named_is_that_person() {
    for (text, who, name, role) in [
        (
            "\"We'll stay out,\" a veteran named Walt Kowal said.",
            "a veteran named Walt Kowal",
            "Walt Kowal",
            "veteran",
        ),
        (
            "\"It was cold,\" said a woman named Ana Ruiz.",
            "a woman named Ana Ruiz",
            "Ana Ruiz",
            "woman",
        ),
        (
            "\"We wait,\" said a picket, a worker named Tom Dale.",
            "a picket, a worker named Tom Dale",
            "Tom Dale",
            "worker",
        ),
        (
            "A retiree named Bo Chen said: \"Not today.\"",
            "A retiree named Bo Chen",
            "Bo Chen",
            "retiree",
        ),
        // occupations as well as kinds of people
        (
            "\"Not today,\" said a schoolteacher named Bo Chen.",
            "a schoolteacher named Bo Chen",
            "Bo Chen",
            "schoolteacher",
        ),
        (
            "\"Not today,\" said a bartender named Bo Chen.",
            "a bartender named Bo Chen",
            "Bo Chen",
            "bartender",
        ),
    ] {
        let found = all(text);
        let s = found[0].speaker().expect(text);
        assert_eq!(
            (s.text(), s.name(), s.role()),
            (who, Some(name), Some(role)),
            "{text}"
        );
    }
    // and a pronoun after a subject so described is that person
    let text = "The mayor, a former schoolteacher named Grace Okafor, has no \
                patience for it. She put it this way: \"We are still here.\"";
    assert_eq!(summary(text)[0].1.as_deref(), Some("Grace Okafor"));
    // a thing with a name is no person, nor is the name its speaker
    for text in [
        "\"Join us,\" said a group called Citizens for Trump.",
        "\"Join us,\" said a program named Sandy Hook Promise.",
    ] {
        let found = all(text);
        let s = found[0].speaker().expect(text);
        assert_ne!(s.kind(), whosaid::MentionKind::Person, "{text}");
    }
}

#[test]
fn a_source_with_knowledge_of_something_speaks_after_the_verb() {
    let text = "\"We are close,\" said people with knowledge of the talks.";
    assert_eq!(
        speaker(text, 0).as_deref(),
        Some("people with knowledge of the talks")
    );
    // a manner after "with" is no part of the speaker
    let text = "\"We are close,\" said the envoy with a smile.";
    assert_eq!(speaker(text, 0).as_deref(), Some("the envoy"));
}

#[test]
fn a_description_in_apposition_after_a_name_gives_its_role() {
    for (text, role) in [
        (
            "\"We will stand firm,\" said Rahm Lee, his chief of staff.",
            "chief of staff",
        ),
        (
            "\"Yes,\" Kim Park, the union's president, said.",
            "president",
        ),
        (
            "\"No,\" said Tom Ruiz, a spokesman for the campaign.",
            "spokesman",
        ),
        // without an article, with or without a complement
        (
            "\"No,\" said Mick Lyle, general secretary of the union.",
            "general secretary",
        ),
        (
            "\"No,\" Ann Ode, chief executive of Acme, said.",
            "chief executive",
        ),
        ("\"No,\" said Ann Ode, spokeswoman.", "spokeswoman"),
        // with a complement of a few words the grammar reads no phrase in
        (
            "\"We will win,\" said Ann Ortiz, the party's nominee for governor.",
            "nominee",
        ),
        ("\"No,\" said Ann Ode, member at large.", "member"),
    ] {
        let found = all(text);
        let s = found[0].speaker().expect(text);
        assert_eq!(s.role(), Some(role), "{text}");
    }
    // later mentions of the person carry it
    let text = "\"Yes,\" Kim Park, the union's president, said. \"No,\" Park added.";
    assert_eq!(
        all(text)[1].speaker().and_then(Mention::role),
        Some("president")
    );
    // a role of the name's own wins, and a list is no appositive
    let text = "\"Yes,\" said Gov. Ann Lee, a Democrat.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::role), Some("Gov."));
    let text = "\"Yes,\" said Ann Lee, Bo Chen and a spokesman.";
    assert_ne!(
        all(text)[0].speaker().and_then(Mention::role),
        Some("spokesman")
    );
    // nor a number in words before the name, which says how many
    let text = "Residents cheered. One, 80-year-old Mary Ode, said she had \"never seen it.\"";
    let s = all(text)[0].speaker().expect(text).clone();
    assert_eq!((s.name(), s.role()), (Some("Mary Ode"), None));
    // nor a relative clause on the name, whose noun is someone else's
    let text = "Ann Lee, whose husband, Tom Lee, died in the attack, spoke. \"No,\" she said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::role), None);
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Ann Lee")
    );
}

#[test]
fn a_role_in_apposition_tells_the_gender() {
    // "spokeswoman" makes the person a woman, whom "she" then names
    let text = "\"We are ready,\" said Sam Okafor, a spokeswoman for the city. \
                Mayor Tom Park spoke next. \"We wait,\" she said.";
    assert_eq!(
        all(text)[1].speaker().and_then(Mention::name),
        Some("Sam Okafor")
    );
}

#[test]
fn a_role_in_apposition_after_an_age() {
    let text = "\"We are afraid,\" said Fatima Noor, 34, a teacher.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::role),
        Some("teacher")
    );
}

#[test]
fn a_description_may_name_the_affiliation_with_the_role() {
    let text = "Everton boss Sean Dyer was unhappy. \
                \"It was never a penalty,\" the Everton boss said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Sean Dyer")
    );
    // the role alone still names the person
    let text = "Everton boss Sean Dyer was unhappy. \"It was never a penalty,\" the boss said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Sean Dyer")
    );
    // another club's boss is someone else
    let text = "Everton boss Sean Dyer was unhappy. \
                \"It was a penalty,\" the Liverpool boss said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
}

#[test]
fn a_description_by_age_names_the_person_of_that_age() {
    let text = "Kofi Mensah, 19, scored late. \"I just hit it,\" the 19-year-old said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Kofi Mensah")
    );
    // another age, or an indefinite description, names no one known
    for text in [
        "Kofi Mensah, 19, scored late. \"I just hit it,\" the 20-year-old said.",
        "Kofi Mensah, 19, scored late. \"He just hit it,\" a 19-year-old said.",
    ] {
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            None,
            "{text}"
        );
    }
}

#[test]
fn a_colon_dateline_leaves_the_sentence_subject_to_name_later_mentions() {
    // the subject after "ISLAMABAD:" is the person that "the prime
    // minister" and "he" name later
    let text = "ISLAMABAD: Prime Minister Imran Khan on Tuesday said the country would not bow.\n\n\
                Addressing a ceremony, the prime minister said reforms would go on. \
                \"We will not let the nation down,\" he added.";
    let s = summary(text);
    assert_eq!(s[0].0.as_deref(), Some("he"));
    assert_eq!(s[0].1.as_deref(), Some("Imran Khan"));
    // a transcript's label in capitals still names the one speaking
    let text = "TAPPER: \"Will you run?\"\n\nTAPPER: \"Why not?\"";
    let s = summary(text);
    assert_eq!(s[1].1.as_deref(), Some("TAPPER"), "{s:?}");
}

#[test]
fn a_verb_the_subject_joins_by_and_is_the_cue_of_the_quotation_after_it() {
    let s = summary(
        "He accused the governor of \"scaring voters\" and said the plan would \"save the program.\"",
    );
    assert_eq!(s[0].2.as_deref(), Some("accused"));
    assert_eq!(s[1].0.as_deref(), Some("He"));
    assert_eq!(s[1].2.as_deref(), Some("said"));
    let s = summary("Ann Lee praised the bill and later said it would \"help farmers.\"");
    assert_eq!(s[0].2.as_deref(), Some("said"));
    // verbs joined inside what another verb reports leave the quotation
    // to that verb's speaker
    let s = summary("She noted that Lee had criticized the president and called him \"weak.\"");
    assert_eq!(s[0].0.as_deref(), Some("She"), "{s:?}");
    assert_eq!(s[0].2.as_deref(), Some("noted"), "{s:?}");
}

#[test]
fn a_closing_reported_names_the_outlet_a_quotation_came_through() {
    let text = "Gorbachev told reporters that Moscow would \"never accept\" the plan, the Tass news agency reported.";
    let a = all(text);
    assert_eq!(a[0].speaker().map(Mention::text), Some("Gorbachev"));
    assert_eq!(
        a[0].source().map(Mention::text),
        Some("the Tass news agency")
    );
    // the outlet that speaks for itself is the speaker, and no relay
    let a = all("\"The plan is dead,\" the Tass news agency reported.");
    assert_eq!(
        a[0].speaker().map(Mention::text),
        Some("the Tass news agency")
    );
    assert!(a[0].source().is_none());
    // a verb other than "reported" closing the sentence relays nothing
    let a = all("Gorbachev said Moscow would \"never accept\" the plan, Tass said.");
    assert!(a[0].source().is_none(), "{a:?}");
}

#[test]
fn an_outlet_quoting_the_speaker_between_commas_is_the_relay() {
    for (text, outlet) in [
        (
            "Lavrov, quoted by Interfax, said: \"We will act.\"",
            "Interfax",
        ),
        (
            "Lavrov, quoted by the Interfax news agency, said: \"We will act.\"",
            "the Interfax news agency",
        ),
        ("\"We will act,\" said Wang Yi, quoted by Xinhua.", "Xinhua"),
        (
            "Wang Yi, cited by Xinhua, called it \"a good start.\"",
            "Xinhua",
        ),
    ] {
        let a = all(text);
        assert_eq!(a[0].source().map(Mention::text), Some(outlet), "{text}");
    }
    // and for reported speech
    let r: Vec<_> =
        whosaid::reports("Lavrov, quoted by Interfax, said the talks had failed.").collect();
    assert_eq!(r[0].source().map(Mention::text), Some("Interfax"));
    // not a pronoun, nor "quoted" without "by"
    let a = all("Lavrov, quoted by him, said: \"We will act.\"");
    assert!(a[0].source().is_none());
    let a = all("Lavrov, quoted often, said: \"We will act.\"");
    assert!(a[0].source().is_none());
}

#[test]
fn a_person_named_after_an_opening_place_and_was_is_the_subject() {
    let name = |text: &str, i: usize| {
        all(text)[i]
            .speaker()
            .and_then(Mention::name)
            .map(str::to_owned)
    };
    let text = "The Rev. John Hale, pastor of St. Mary's, offered the invocation. \
        Among the spectators was Joseph Kowalski, 12, who had climbed a lamp post. \
        \"I could see everything,\" he said.";
    assert_eq!(name(text, 0).as_deref(), Some("Joseph Kowalski"));
    let text = "The Rev. John Hale, pastor of St. Mary's, offered the invocation. \
        At his side were Maria Lopez and her husband. \"We came early,\" she said.";
    assert_eq!(name(text, 0).as_deref(), Some("Maria Lopez"));
    // a place phrase followed by its own subject and verb is no inversion
    let text = "Maria Lopez opened the fair. \
        In the park Joseph Kowalski was selling maps. \"Rain is coming,\" she said.";
    assert_eq!(name(text, 0).as_deref(), Some("Maria Lopez"));
}

#[test]
fn an_age_after_now_or_then_is_an_aside_of_the_speaker() {
    for (text, who) in [
        (
            "\"I was wrong,\" the former mayor, now 80, told the Herald.",
            "the former mayor",
        ),
        ("\"It was chaos,\" Tom Reyes, then 19, said.", "Tom Reyes"),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_phrase_of_time_or_place_between_commas_is_an_aside_of_the_speaker() {
    for (text, who) in [
        // after "now", "then" or "still"
        (
            "\"I was wrong,\" the mayor, now in her third term, said on Monday.",
            "the mayor",
        ),
        (
            "\"We held on,\" the coach, then in his first season, said.",
            "the coach",
        ),
        // an ordinal after a possessive is no share of people: "third
        // term" is a noun, not "a third" who "term" it so
        (
            "\"I was wrong,\" Ann Lee, in her third term, said.",
            "Ann Lee",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
    // a share of people still speaks: "a third say"
    let found: Vec<_> = whosaid::reports("A third say the plan will fail.").collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].speaker().map(Mention::text), Some("A third"));
}

#[test]
fn a_relative_clause_of_be_missing_its_closing_comma_leaves_the_verb_to_the_name() {
    let text = "\"We will win,\" Ann Lee, who is chairman of the Civic League said in a statement.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    // a relative clause with a verb of its own speaking still reports
    // nothing for the name before it
    let text = "\"We will win,\" Ann Lee, who has said the mayor said so.";
    assert_ne!(speaker(text, 0).as_deref(), Some("Ann Lee"));
}

#[test]
fn a_dash_before_a_pronoun_and_its_verb_sets_off_the_reporting_clause() {
    for text in [
        "\"We will win,\" \u{2014} he said.",
        "\"We will win\" -- she said.",
    ] {
        let a = &all(text)[0];
        assert!(
            a.speaker()
                .is_some_and(|m| matches!(m.text(), "he" | "she")),
            "{text}"
        );
        assert_eq!(a.cue().map(whosaid::Cue::text), Some("said"), "{text}");
    }
    // a name after the dash is a signature, read by its own rule
    let text = "\"We will win\" \u{2014} Ann Lee, mayor.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    // a pronoun whose verb goes on with a clause is no reporting clause
    // of the quotation
    let text = "\"We will win,\" \u{2014} he said the plan was dead.";
    assert_eq!(speaker(text, 0), None);
}

#[test]
fn a_speaker_phrase_may_end_in_an_abbreviated_number() {
    let text = "A spokesman for No. 10 said: \"The prime minister is confident.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("A spokesman for No. 10"));
    assert_eq!(
        all(text)[0].cue().map(whosaid::Cue::text),
        Some("said"),
        "{:#?}",
        all(text)
    );
}

#[test]
fn a_member_of_a_party_is_a_description_not_a_name() {
    for (text, role) in [
        ("\"We will fight,\" one senior Tory said.", "Tory"),
        ("\"We will fight,\" a Unionist said.", "Unionist"),
        ("\"We will fight,\" a senior Democrat said.", "Democrat"),
    ] {
        let found = all(text);
        let who = found[0].speaker().expect("a speaker");
        assert_eq!(who.kind(), MentionKind::Description, "{text}");
        assert_eq!(who.name(), None, "{text}");
        assert_eq!(who.role(), Some(role), "{text}");
    }
    // before a name the party stays outside it
    let text = "\"We will fight,\" said Tory leader Kemi Badenoch.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Kemi Badenoch")
    );
}

#[test]
fn a_quotations_source_goes_on_with_a_participle_of_its_making() {
    let text = "\"We agreed,\" the bank said, according to a statement released by its board.";
    let a = &all(text)[0];
    assert_eq!(a.speaker().map(Mention::text), Some("the bank"));
    assert_eq!(
        a.source().map(Mention::text),
        Some("a statement released by its board")
    );
}

#[test]
fn people_of_entertainment_and_sport_are_speaker_nouns() {
    for (text, who) in [
        (
            "\"I wrote it in a day,\" said rapper Lil Dee.",
            "rapper Lil Dee",
        ),
        ("\"We had fun,\" the celebrity said.", "the celebrity"),
        (
            "\"It is a good song,\" one songwriter said.",
            "one songwriter",
        ),
        ("\"Cook it slowly,\" said chef Ana Ruiz.", "chef Ana Ruiz"),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_noun_of_fame_before_a_name_is_its_role() {
    for (text, who, role) in [
        (
            "\"I loved it,\" said golf legend Jane Doe.",
            "golf legend Jane Doe",
            "legend",
        ),
        (
            "\"I loved it,\" said YouTube sensation Jane Doe.",
            "YouTube sensation Jane Doe",
            "sensation",
        ),
        (
            "\"I loved it,\" said Hollywood heartthrob Jane Doe.",
            "Hollywood heartthrob Jane Doe",
            "heartthrob",
        ),
        (
            "\"We sold out,\" said frontman Jim Roe.",
            "frontman Jim Roe",
            "frontman",
        ),
    ] {
        let found = all(text);
        let m = found[0].speaker().expect("a speaker");
        assert_eq!((m.text(), m.role()), (who, Some(role)), "{text}");
    }
}

#[test]
fn words_the_lexicon_lacks_before_a_name_after_the_verb_are_its_role() {
    for (text, who, name, role) in [
        (
            "\"I loved it,\" said tennis great Jane Doe.",
            "tennis great Jane Doe",
            "Jane Doe",
            "tennis great",
        ),
        (
            "\"It passed,\" said longtime Hill staffer Ann Lee.",
            "longtime Hill staffer Ann Lee",
            "Ann Lee",
            "staffer",
        ),
    ] {
        let found = all(text);
        let m = found[0].speaker().expect("a speaker");
        assert_eq!(
            (m.text(), m.name(), m.role()),
            (who, Some(name), Some(role)),
            "{text}"
        );
    }
    // not a time, nor the manner of saying
    for text in [
        "\"I loved it,\" said last week Ann Lee.",
        "\"I loved it,\" said tearfully Ann Lee.",
    ] {
        assert!(
            all(text)[0].speaker().is_none_or(|m| m.text() == "Ann Lee"),
            "{text}: {:?}",
            all(text)[0].speaker()
        );
    }
}

#[test]
fn a_possessor_before_a_noun_of_response_and_a_colon_speaks() {
    for noun in ["reaction", "assessment", "excuse"] {
        let text = format!("Lee's {noun}: \"The plan is dead.\"");
        assert_eq!(speaker(&text, 0).as_deref(), Some("Lee"), "{text}");
    }
}

#[test]
fn a_year_after_a_preposition_opens_no_speaker() {
    let found =
        whosaid::attribute("In 2012 Ann Lee said: \"Taxes will rise.\"").collect::<Vec<_>>();
    let a = &found[0];
    assert_eq!(a.speaker().map(Mention::text), Some("Ann Lee"));
    assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
}

#[test]
fn a_day_of_a_month_after_a_preposition_opens_no_speaker() {
    // "On March 12 Ann Lee": the date is a time, not part of the name
    for text in [
        "On March 12 Ann Lee said: \"Taxes will rise.\"",
        "By June 3 Ann Lee had said: \"Taxes will rise.\"",
        "On Sept. 12 Ann Lee said: \"Taxes will rise.\"",
    ] {
        let found = whosaid::attribute(text).collect::<Vec<_>>();
        let a = &found[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Lee"), "{text}");
        assert_eq!(
            a.speaker().and_then(Mention::name),
            Some("Ann Lee"),
            "{text}"
        );
    }
    // a date before a noun still belongs to its phrase, with a month's
    // abbreviation and its period too
    for (text, phrase) in [
        (
            "A March 12 memo said: \"Taxes will rise.\"",
            "A March 12 memo",
        ),
        (
            "\"Taxes will rise,\" a Sept. 12 memo from the agency said.",
            "a Sept. 12 memo from the agency",
        ),
    ] {
        let found = whosaid::attribute(text).collect::<Vec<_>>();
        assert_eq!(
            found[0].speaker().map(Mention::text),
            Some(phrase),
            "{text}"
        );
    }
}

#[test]
fn a_nickname_in_marks_is_part_of_the_name_and_nobody_s_words() {
    for text in [
        "\"This is a big year,\" Marcia \"Cia\" Price said.",
        "Marcia \"Cia\" Price said: \"This is a big year.\"",
        "\"This is a big year,\" his niece, state Sen. Marcia \"Cia\" Price, said.",
    ] {
        let found: Vec<_> = whosaid::attribute(text).collect();
        let speech = found
            .iter()
            .find(|a| a.quote().content().starts_with("This"))
            .unwrap();
        assert_eq!(
            speech.speaker().and_then(Mention::name),
            Some("Marcia \"Cia\" Price"),
            "{text}"
        );
        let nickname = found.iter().find(|a| a.quote().content() == "Cia").unwrap();
        assert_eq!(nickname.speaker(), None, "{text}");
    }
    // a later pronoun goes on with the name
    let text = "Juan \"Chico\" Lopez carried a photo. \"I cried,\" he said.";
    let a = whosaid::attribute(text).last().unwrap();
    assert_eq!(
        a.speaker().and_then(Mention::name),
        Some("Juan \"Chico\" Lopez")
    );
    // a given name the lists lack, right after a reporting verb
    let text = "\"Yes,\" said Chiara \"Kiki\" Benedetti.";
    let a = whosaid::attribute(text).next().unwrap();
    assert_eq!(
        a.speaker().and_then(Mention::name),
        Some("Chiara \"Kiki\" Benedetti")
    );
    // a one-word quotation after a verb and a colon or comma, before the
    // next sentence's name, is no nickname: it is the verb's
    for text in [
        "Ann Lee said: \"Never.\" Jim Park left.",
        "Ann Lee said, \"No.\" Jim Park left.",
    ] {
        let a = whosaid::attribute(text).next().unwrap();
        assert_eq!(a.speaker().map(Mention::text), Some("Ann Lee"), "{text}");
    }
    // a word in marks after a verb in a title-case headline is no nickname
    let text = "Retired General Reveals \u{2018}Demoralizing\u{2019} Experience";
    let a = whosaid::attribute(text).next().unwrap();
    assert!(a.speaker().is_some(), "{a:?}");
}

#[test]
fn del_with_its_period_is_a_delegate_s_title() {
    let a = whosaid::attribute("\"It is over,\" Del. Ann Lee said.")
        .next()
        .unwrap();
    assert_eq!(a.speaker().map(Mention::text), Some("Del. Ann Lee"));
    assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
    // a name's word without the period, and the state after a town, stay
    let a = whosaid::attribute("\"It is over,\" Lana Del Rey said.")
        .next()
        .unwrap();
    assert_eq!(a.speaker().and_then(Mention::name), Some("Lana Del Rey"));
    let a = whosaid::attribute("Ann Lee of Dover, Del., said: \"It is over.\"")
        .next()
        .unwrap();
    assert_eq!(a.speaker().and_then(Mention::name), Some("Ann Lee"));
}

#[test]
fn a_caption_names_its_writer_before_the_picture_it_stands_under() {
    let text = "Ann Lee left the show in May. \u{201c}Taking some time for me,\u{201d} \
                she captioned a photo of herself on a beach.";
    assert_eq!(speaker(text, 0).as_deref(), Some("she"));
    assert_eq!(
        all(text)[0].cue().map(whosaid::Cue::text),
        Some("captioned")
    );
    // a verb of another kind before a determiner goes on with its object
    let text = "Ann Lee left the show in May. \u{201c}Taking some time for me,\u{201d} \
                she painted a photo of herself on a beach.";
    assert_eq!(all(text)[0].cue(), None);
}

#[test]
fn letters_after_a_party_alone_are_its_members_title_not_a_name() {
    for text in [
        "Tom Hill arrived.\n\nLabour MP for Stroud, Simon Opher, said he had received \
         letters. \u{201c}People are worried,\u{201d} he told the BBC.",
        "Tom Hill arrived.\n\nLabour MP Simon Opher said he had received letters. \
         \u{201c}People are worried,\u{201d} he told the BBC.",
    ] {
        let s = summary(text);
        assert_eq!(s[0].1.as_deref(), Some("Simon Opher"), "{text}: {s:?}");
    }
    // after a person's name the letters stay the name's
    let s = summary("\u{201c}We lost,\u{201d} said Keith Larkin QC.");
    assert_eq!(s[0].1.as_deref(), Some("Keith Larkin"), "{s:?}");
}

#[test]
fn an_opening_adverb_of_place_leaves_the_subject_to_the_name_after_it() {
    let text = "\u{201c}I never thought it,\u{201d} says Maria Ortega, 34.\n\n\
                \u{201c}People are doing everything right,\u{201d} Rachel Diaz says.\n\n\
                Back in line, Ortega checks her phone.\n\n\
                \u{201c}You do what you have to do,\u{201d} she says.";
    let s = summary(text);
    assert_eq!(s[2].1.as_deref(), Some("Maria Ortega"), "{s:?}");
    // with no subject in between, the last speaker goes on
    let text = "\u{201c}I never thought it,\u{201d} says Maria Ortega, 34.\n\n\
                \u{201c}People are doing everything right,\u{201d} Rachel Diaz says.\n\n\
                Back in line, the phones ring.\n\n\
                \u{201c}You do what you have to do,\u{201d} she says.";
    let s = summary(text);
    assert_eq!(s[2].1.as_deref(), Some("Rachel Diaz"), "{s:?}");
}

#[test]
fn a_quotation_after_a_gesture_is_the_gesturers() {
    // "Lee shrugged. "Q"": the quotation alone in the next sentence
    // continues the subject of the gesture, as after "Lee laughed."
    for (text, who) in [
        (
            "The Celtics won again. Jayson Tatum shrugged. \"I just took what they gave me.\"",
            "Jayson Tatum",
        ),
        (
            "The vote failed. Ann Lee grinned. \"We will be back.\"",
            "Ann Lee",
        ),
    ] {
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some(who),
            "{text}"
        );
    }
    // a thing's gesture names no speaker
    let found = all("The market nodded along. \"It is fine.\"");
    assert_eq!(found[0].speaker().map(Mention::text), None);
}

#[test]
fn a_quoted_title_inside_the_speaker_phrase_is_part_of_it() {
    // "the "Avatar" star": the title modifies the noun after it
    for (text, who) in [
        (
            "\"It was fun,\" the \"Avatar\" star said.",
            "the \"Avatar\" star",
        ),
        (
            "\"It was fun,\" said the \"Jane the Virgin\" actress.",
            "the \"Jane the Virgin\" actress",
        ),
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some(who), "{text}");
        // the title is still a quotation of its own
        assert!(
            whosaid::quotes(text)
                .any(|q| text[q.span()].contains("Avatar") || text[q.span()].contains("Virgin")),
            "{text}"
        );
    }
    // a quotation with a sentence's punctuation is no title
    let text =
        "The \"we will win, no matter what\" slogan was everywhere. \"It was fun,\" she said.";
    assert_eq!(speaker(text, 1).as_deref(), Some("she"));
}

#[test]
fn a_quoted_title_opening_the_speaker_phrase_is_no_ones_words() {
    // ""Meet the Press" host Chuck Todd said": the title opens the
    // speaker's phrase, before a role and a name
    for (text, who) in [
        (
            "\"It is close,\" \"Meet the Press\" host Chuck Todd said.",
            "Chuck Todd",
        ),
        (
            "\"It is close,\" said \"Fox News Sunday\" host Chris Wallace.",
            "Chris Wallace",
        ),
    ] {
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some(who),
            "{text}"
        );
        // the title itself is attributed to no one
        assert_eq!(found[1].speaker().map(Mention::text), None, "{text}");
    }
    // words quoted with their own punctuation are an utterance, not a
    // title: the speaker after them is theirs
    let text = "\u{201c}It is unanimous,\u{201d} councilmember Mark Levine said.";
    assert_eq!(
        speaker(text, 0).as_deref(),
        Some("councilmember Mark Levine")
    );
}

#[test]
fn the_person_a_cleft_puts_in_focus_is_a_later_pronouns() {
    // "It was Mr. Trump who …": the focus is the subject of the clause
    // after it, and a later "he" goes on with him
    for text in [
        "Mr. Cruz came away with no delegates. It was Mr. Trump who seemed different. \"We won,\" he said.",
        "Mr. Cruz came away with no delegates, but it was Mr. Trump who seemed different. \"We won,\" he said.",
    ] {
        let found = all(text);
        assert_eq!(
            found[0].speaker().and_then(Mention::name),
            Some("Trump"),
            "{text}"
        );
    }
    // a possessor after "it was" is in focus of nothing
    let text =
        "Mr. Cruz came away with no delegates. It was Mr. Trump's night. \"We lost,\" he said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), Some("Cruz"));
}

#[test]
fn a_noun_of_speech_after_with_a_is_the_subjects() {
    let text = "Ann Lee closed the rally with a promise \"to fight for every vote.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    let text = "Ann Lee closed with a warning: \"The city is broke.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"));
    // "it" is no speaker
    let text = "It ended with a warning \"to stay indoors.\"";
    assert_eq!(speaker(text, 0), None);
    // the rule reads the noun as the cue
    let found = all("Ann Lee closed the rally with a promise \"to fight for every vote.\"");
    assert_eq!(found[0].rule(), Some(Rule::NounCue));
    assert_eq!(found[0].cue().map(whosaid::Cue::text), Some("promise"));
}

#[test]
fn a_title_of_a_place_alone_names_no_one() {
    // "the Mayor of London": a role whose object is a place, no name
    for text in [
        "\"No,\" said the Mayor of London.",
        "\"No,\" said the Duchess of Sussex.",
    ] {
        let found = all(text);
        assert!(found[0].speaker().is_some(), "{text}");
        assert_eq!(found[0].speaker().and_then(Mention::name), None, "{text}");
    }
    // a portfolio or a place before a name keeps the name
    for (text, name) in [
        ("\"No,\" Secretary of State Kerry said.", "Kerry"),
        ("\"No,\" said Secretary of State John Kerry.", "John Kerry"),
        (
            "\"No,\" Mayor of New York Bill de Blasio said.",
            "Bill de Blasio",
        ),
        (
            "\"No,\" Baroness Helena Kennedy told peers.",
            "Helena Kennedy",
        ),
    ] {
        assert_eq!(
            all(text)[0].speaker().and_then(Mention::name),
            Some(name),
            "{text}"
        );
    }
}

#[test]
fn a_quotation_after_a_gesture_past_a_long_aside_is_the_subjects() {
    // the verb stands after an aside of any length set off by commas
    let text = "The Celtics won.\n\nJayson Tatum, asked about his strong late run in the fourth quarter, shrugged. \"I took it.\"";
    let found = all(text);
    assert_eq!(
        found[0].speaker().and_then(Mention::name),
        Some("Jayson Tatum")
    );
    // a verb of another subject after the aside is not the subject's
    let text = "The Celtics won.\n\nJayson Tatum, whom the crowd cheered for a long time after the game, the coach said. \"I took it.\"";
    let found = all(text);
    assert_ne!(
        found[0].speaker().and_then(Mention::name),
        Some("Jayson Tatum")
    );
}

#[test]
fn the_subject_of_what_a_body_reports_is_there_for_later_pronouns() {
    // "Police" and "Prosecutors" cannot be "he": the man they report on
    // is the newer candidate
    for opening in [
        "Police say that Tom Kim stole the van.",
        "Prosecutors allege Tom Kim stole the van.",
        "They say Tom Kim stole the van.",
    ] {
        let text = format!(
            "Mark Lee, the owner, spoke first. {opening} \u{201c}I did nothing,\u{201d} he said."
        );
        assert_eq!(
            summary(&text)[0].1.as_deref(),
            Some("Tom Kim"),
            "{text}: {:?}",
            summary(&text)
        );
    }
    // a person who reports it stays the one "he" goes on with
    let text = "Mark Lee, the owner, spoke first. Mr. Lee said that Tom Kim stole the van. \
                \u{201c}I saw it,\u{201d} he said.";
    assert_eq!(
        summary(text)[0].1.as_deref(),
        Some("Mark Lee"),
        "{:?}",
        summary(text)
    );
}

#[test]
fn the_agent_after_quoted_as_saying_is_the_source() {
    for (text, source) in [
        (
            "\u{201c}We agree,\u{201d} Lavrov was quoted as saying by Interfax.",
            Some("Interfax"),
        ),
        // (none where no agent follows)
        (
            "\u{201c}We agree,\u{201d} Lavrov was quoted as saying.",
            None,
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some("Lavrov"), "{text}");
        assert_eq!(a.source().map(Mention::text), source, "{text}");
        assert_eq!(a.rule(), Some(Rule::QuotedAsSaying), "{text}");
    }
}

#[test]
fn a_quotation_after_a_passive_of_naming_has_no_speaker() {
    let text = "The senators sparred at the forum, shaking up what is called a \u{201c}debate\u{201d} most years.";
    assert_eq!(speaker(text, 0), None);
    // the active names its speaker
    let text = "The senators sparred at the forum, which Lee called a \u{201c}debate.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
}

#[test]
fn a_quotation_after_a_participle_of_naming_and_as_has_no_speaker() {
    for text in [
        "A spokeswoman for the brand \u{2014} a small business pitched as \u{201c}the place for workers\u{201d} \u{2014} spoke first.",
        "The senator, long known as \u{201c}the closer,\u{201d} won again.",
        "She would set a floor, a version of what has become known as the \u{201c}Buffett rule.\u{201d}",
    ] {
        assert_eq!(speaker(text, 0), None, "{text}");
    }
    // after "have", the active names its speaker
    let text = "Critics have denounced as \u{201c}reckless\u{201d} the plan to cut the budget.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Critics"));
}

#[test]
fn a_quotation_inside_an_opening_question_is_not_the_answers_speakers() {
    for text in [
        "Asked whether Lee \u{201c}can win the state,\u{201d} 75 percent of voters said yes.",
        "When asked about his \u{201c}secret\u{201d} plan Kim said nothing.",
    ] {
        assert_eq!(speaker(text, 0), None, "{text}");
    }
    // after the question's comma, the answer's quotation is the speaker's
    let text = "Asked whether he would run, Lee said: \u{201c}Never.\u{201d}";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lee"));
}

/// Asserts that no top-level quotation of `text` holds its own speaker,
/// source or addressee.
fn assert_no_mention_inside_its_quotation(text: &str) {
    for a in all(text) {
        for m in [a.speaker(), a.source(), a.addressee()]
            .into_iter()
            .flatten()
        {
            assert!(!m.span().overlaps(a.quote().span()), "{a:#?}");
        }
    }
}

#[test]
fn a_long_quotation_after_a_broadcasters_possessive_is_no_programme() {
    // a stray mark opens a quotation right after "told NBC's": that is no
    // show's name, and the addressee is the broadcaster at most
    let text = "\"We lost a house,\" Trump told NBC's \"Today we will fight for every vote in every \
                state of this country.\"\n\"I will win.\"";
    assert_no_mention_inside_its_quotation(text);
    let got = all(text);
    assert_ne!(
        got[0].addressee().map(Mention::text),
        Some("NBC's \"Today we will fight for every vote in every state of this country.\"")
    );
}

#[test]
fn no_quotation_holds_its_own_speaker_source_or_addressee() {
    // found by fuzzing: a mention the first quotation's clause read ran
    // into the quotation that goes on with its speaker
    let text = " n a house,\" Trump told NBC's \"ToOrtega told Dubois''''''''x'''''''' that Mxcoie \
                woumpcouuse,\" Trump told NBC's \"ToOrtega told Dubois''''''''x'''''''' that \
                Mxcoie woumpcou tld hardly hearold NBC tld hardly hearold NBC's \"Tod.\"a \n\"A*yon \
                M\u{8}\u{8}\u{8}\u{8}\u{8}y. \"I cwIll win.\"";
    assert_no_mention_inside_its_quotation(text);
}

#[test]
fn a_sentence_in_capitals_throughout_reads_its_capitalised_verb() {
    // wire copy in capitals: the verb's capital says nothing
    let text = "WASHINGTON (UPI) -- PRESIDENT CARTER SAID TODAY THE CRISIS IS GRAVE.\n\n\
                \"WE MUST ACT NOW,\" SAID CARTER. \"THE ALTERNATIVE IS WORSE.\"\n\n\
                \"IT IS A START,\" BAKER SAID.";
    let got = summary(text);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("CARTER"), "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("SAID"), "{got:?}");
    assert_eq!(got[1].0.as_deref(), Some("CARTER"), "{got:?}");
    assert_eq!(got[2].0.as_deref(), Some("BAKER"), "{got:?}");
    // in mixed case a capitalised word after the quotation is a name, not
    // a verb: "Read said" is Read's
    assert_eq!(
        summary("\"It is over,\" Read said.")[0].0.as_deref(),
        Some("Read")
    );
}

#[test]
fn a_noun_of_speech_with_a_possessor_is_the_possessor_s_words() {
    // the one whose words they are speaks, not the words
    for (text, speaker) in [
        (
            "The mayor's words to the council were simple: \"Fix it.\"",
            "The mayor",
        ),
        (
            "\"We are done here,\" the senator's statement said.",
            "the senator",
        ),
    ] {
        let a = whosaid::attribute(text).next().unwrap();
        assert_eq!(a.speaker().map(Mention::text), Some(speaker), "{text}");
    }
    // a possessive pronoun names the one it stands for
    let text = "Ann Lee stood by her remarks calling the plan \"a fraud.\"";
    let a = whosaid::attribute(text).next().unwrap();
    assert_eq!(
        a.speaker().and_then(Mention::name),
        Some("Ann Lee"),
        "{text}"
    );
    // a document keeps its phrase, and so does a person
    for (text, speaker) in [
        ("\"We are done here,\" Lee's letter said.", "Lee's letter"),
        (
            "\"We are done here,\" Lee's spokesman said.",
            "Lee's spokesman",
        ),
    ] {
        let a = whosaid::attribute(text).next().unwrap();
        assert_eq!(a.speaker().map(Mention::text), Some(speaker), "{text}");
    }
}

#[test]
fn a_share_of_people_polled_speaks_through_its_poll() {
    for (text, poll) in [
        (
            "Some 55 percent of voters said they do not trust the mayor \"to do the right \
             thing,\" according to a Marist poll conducted in March.",
            "a Marist poll conducted in March",
        ),
        (
            "In a statewide Gallup survey released Monday, 31% of Republicans said they were \
             \"very excited\" about the race.",
            "a statewide Gallup survey released Monday",
        ),
        (
            "The new poll also finds that 37 percent of parents say the schools are \"on the \
             right track.\"",
            "The new poll",
        ),
        (
            "Some 20 percent of nurses in a recent Gallup poll said the shifts were \"too \
             long.\"",
            "a recent Gallup poll",
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some(poll), "{text}");
        assert!(a.source().is_none(), "{text}");
    }
    // a person keeps the poll as the source; a share keeps a source that
    // is no poll
    for (text, who, source) in [
        (
            "Ann Lee said the plan was \"a disaster,\" according to a survey of her speeches.",
            "Ann Lee",
            "a survey of her speeches",
        ),
        (
            "About 75 percent of the workers said they were \"angry,\" according to Ann Lee.",
            "About 75 percent of the workers",
            "Ann Lee",
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
        assert_eq!(a.source().map(Mention::text), Some(source), "{text}");
    }
}

#[test]
fn a_majority_or_a_percentage_opens_the_phrase_of_a_share() {
    for (text, who) in [
        (
            "The vast majority of nurses say the shifts are \"too long.\"",
            "The vast majority of nurses",
        ),
        (
            "A narrow majority of members said the vote was \"a mistake.\"",
            "A narrow majority of members",
        ),
        (
            "31% of drivers said the road was \"a death trap.\"",
            "31% of drivers",
        ),
        ("Just 8% said the road was \"a death trap.\"", "Just 8%"),
        // (a majority before a noun is no share: the title stays whole)
        (
            "The majority leader said the vote was \"a mistake.\"",
            "The majority leader",
        ),
    ] {
        assert_eq!(speaker(text, 0), Some(who.to_owned()), "{text}");
    }
}

#[test]
fn a_headline_adverb_between_the_name_and_its_verb_is_no_part_of_the_name() {
    for (text, who, cue) in [
        (
            "Ann Lee Just Called the Tax Plan \"A Disaster\"",
            "Ann Lee",
            "Called",
        ),
        (
            "Union Leader Finally Calls the Deal \u{2018}A Betrayal\u{2019}",
            "Union Leader",
            "Calls",
        ),
        // and an auxiliary, with the verb after it as the cue
        (
            "Ann Lee Is Now Calling the Plan \"A Disaster\"",
            "Ann Lee",
            "Calling",
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
        assert_eq!(a.cue().map(whosaid::Cue::text), Some(cue), "{text}");
    }
    // in running text the adverb is in lower case and the sentence's
    // subject speaks as before
    assert_eq!(
        speaker("Ann Lee just called the plan \"a disaster.\"", 0),
        Some("Ann Lee".to_owned())
    );
}

#[test]
fn a_headline_verb_in_s_after_one_word_where_no_verb_follows() {
    for (text, who, cue) in [
        (
            "Lagarde Addresses Bank Crisis: \u{2018}This Cannot Go On.\u{2019}",
            "Lagarde",
            "Addresses",
        ),
        (
            "Obama Takes Criticism Of His Plan \u{2018}Very Seriously\u{2019}",
            "Obama",
            "Takes",
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
        assert_eq!(a.cue().map(whosaid::Cue::text), Some(cue), "{text}");
    }
    // a plural before a verb, an adjective before a plural, a headline in
    // capitals: the word in -s is no verb
    for (text, not) in [
        ("Lee Emails Show \"Deep Concern\" Over Floods", "Lee"),
        (
            "Frustrated Parents Rally Against \"Unfair\" Tests",
            "Frustrated",
        ),
        ("FARM POLLS NOT WRONG: \"Just Early\"", "FARM"),
    ] {
        assert_ne!(speaker(text, 0).as_deref(), Some(not), "{text}");
        assert_ne!(all(text)[0].rule(), Some(Rule::HeadlineVerb), "{text}");
    }
}

#[test]
fn a_quotation_inside_an_opening_as_clause_is_not_the_main_clauses() {
    for text in [
        "As the mayor went on about \"how the system is rigged,\" Lee nodded.",
        "Kim was drifting off, and as the mayor went on about \"the rigged system\" and \
         \"our own citizens,\" Lee said yes, yes, yes.",
        "While the band played \"Hail to the Chief,\" Lee smiled.",
    ] {
        // (the quotation the main clause follows)
        let found = all(text);
        let last = found.last().expect("a quotation");
        assert_ne!(last.speaker().map(Mention::text), Some("Lee"), "{text}");
    }
    // the clause's own reporting verb speaks, and a quotation right after
    // the subordinator is the trailing clause's
    assert_eq!(
        speaker("When the crowd chanted \"lock her up,\" Lee smiled.", 0),
        Some("the crowd".to_owned())
    );
    assert_eq!(
        speaker(
            "Although \"the economy is strong,\" Lee said, \"we must be careful.\"",
            0
        ),
        Some("Lee".to_owned())
    );
}

#[test]
fn disagreeing_is_a_verb_of_saying_like_agreeing() {
    // a sentence of disagreeing before a quotation gives it its speaker,
    // as one of agreeing does
    for text in [
        "Ann Lee disagreed. \"That is simply wrong.\"",
        "Ann Lee agreed. \"That is simply right.\"",
    ] {
        assert_eq!(speaker(text, 0).as_deref(), Some("Ann Lee"), "{text}");
    }
    // and its clause of "that" is reported; "with" a thing is no content
    let all: Vec<_> =
        whosaid::reports("Ann Lee strongly disagrees that the plan will fail.").collect();
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].content_text().collect::<Vec<_>>(),
        ["that the plan will fail"]
    );
    assert_eq!(
        whosaid::reports("Ann Lee disagreed with the ruling.").count(),
        0
    );
}

#[test]
fn a_possessor_and_a_noun_of_speech_asked_as_a_question_speak_the_answer() {
    for (text, who, cue) in [
        (
            "Ann Lee met the press. Her response? \"No comment.\"",
            "Her",
            "response",
        ),
        ("Ann Lee's answer? \"Never.\"", "Ann Lee", "answer"),
        (
            "Tom Hale met the press. His terse reply? \"No.\"",
            "His",
            "reply",
        ),
    ] {
        let got = summary(text);
        assert_eq!(got[0].0.as_deref(), Some(who), "{text}");
        assert!(got[0].1.is_some(), "{text}: a canonical name");
        assert_eq!(got[0].2.as_deref(), Some(cue), "{text}");
    }
    // no possessor, "its", or a quotation with its own reporting clause
    assert_eq!(speaker("The answer? \"No.\"", 0), None);
    assert_eq!(speaker("Its response? \"No.\"", 0), None);
    assert_eq!(
        speaker(
            "Ann Lee met the press. Her response? \"No comment,\" an aide said.",
            0
        )
        .as_deref(),
        Some("an aide")
    );
}

#[test]
fn a_name_closing_the_sentence_after_a_description_takes_its_role_and_party() {
    for (text, name) in [
        (
            "Holt defeated her challenger, Rick Dorsey. \"The voters have spoken,\" the challenger said.",
            "Rick Dorsey",
        ),
        (
            "Holt met her Republican rival, Rick Dorsey. \"The voters have spoken,\" the Republican said.",
            "Rick Dorsey",
        ),
        (
            "The report named its author, Ann Lee. \"It is final,\" the author said.",
            "Ann Lee",
        ),
    ] {
        let got = summary(text);
        assert_eq!(got[0].1.as_deref(), Some(name), "{text}");
    }
    // a party the description does not give names no one
    let got = summary(
        "Holt met her rival, Rick Dorsey. \"The voters have spoken,\" the Republican said.",
    );
    assert_eq!(got[0].1, None);
}

mod nested {
    use super::*;

    /// The attributions of the quotations nested in others.
    fn inner(text: &str) -> Vec<Attribution<'_>> {
        whosaid::attribute(text)
            .filter(|a| a.quote().depth() > 0)
            .collect()
    }

    #[test]
    fn a_reporting_verb_inside_the_quotation_names_the_nested_speaker() {
        for (text, who, cue) in [
            (
                "\"My boss told me, 'Go home and rest,' and I did,\" Reyes said.",
                "My boss",
                "told",
            ),
            (
                "Reyes said: \"The minister told us, 'We will not retreat.'\"",
                "The minister",
                "told",
            ),
            (
                "\"'We will not retreat,' the minister said, and we believed him,\" Reyes recalled.",
                "the minister",
                "said",
            ),
            (
                "\u{201c}Then Dana Cole said, \u{2018}Nobody leaves,\u{2019} and nobody did,\u{201d} Reyes said.",
                "Dana Cole",
                "said",
            ),
        ] {
            let got = inner(text);
            assert_eq!(got.len(), 1, "{text}");
            let a = &got[0];
            assert_eq!(a.speaker().map(Mention::text), Some(who), "{text}");
            assert_eq!(a.cue().map(whosaid::Cue::text), Some(cue), "{text}");
            // the outer speaker relays the words
            assert_eq!(a.source().map(Mention::text), Some("Reyes"), "{text}");
            let outer = whosaid::attribute(text)
                .find(|o| o.quote().depth() == 0)
                .expect("the outer quotation");
            assert_eq!(outer.speaker().map(Mention::text), Some("Reyes"), "{text}");
            assert!(a.confidence() < outer.confidence(), "{text}");
            assert!(a.quote().span().start > outer.quote().span().start);
        }
    }

    #[test]
    fn i_in_the_outer_words_is_the_outer_speaker() {
        let text = "\"I told him, 'Not this year,'\" said Ann Reyes, the coach.";
        let got = inner(text);
        assert_eq!(got.len(), 1);
        let speaker = got[0].speaker().expect("attributed");
        assert_eq!(speaker.text(), "I");
        assert_eq!(speaker.name(), Some("Ann Reyes"));
        // another pronoun means someone the quoted words speak of
        let text = "Ann Reyes recalled the meeting. \"He said, 'Not this year.'\"";
        let got = inner(text);
        let speaker = got[0].speaker().expect("attributed");
        assert_eq!(speaker.text(), "He");
        assert_eq!(speaker.name(), None);
        // a relative pronoun speaks for the phrase before it
        let text =
            "Ann Lee came too. \"I met Ann Lee, who said, 'Never again,' and left,\" Reyes said.";
        let speaker = inner(text)[0].speaker().cloned().expect("attributed");
        assert_eq!((speaker.text(), speaker.name()), ("who", Some("Ann Lee")));
    }

    #[test]
    fn a_nested_quotation_without_a_reporting_verb_stays_unattributed() {
        for text in [
            // a term, the outer speaker's choice of words
            "\"It is a 'reform' in name only,\" Reyes said.",
            // no one speaks it
            "\"It was like, 'Whatever happens, happens,'\" Reyes said.",
            // "it" says nothing
            "\"It is easy to say, 'We will fix it,'\" Reyes said.",
        ] {
            let got = inner(text);
            assert_eq!(got.len(), 1, "{text}");
            assert!(got[0].speaker().is_none(), "{text}");
            assert!(got[0].rule().is_none(), "{text}");
        }
    }

    #[test]
    fn nested_attribution_changes_nothing_outside() {
        // the outer quotation's speaker, and the one after it, stay
        let text = "\"Lee told me, 'Quit,' so I did,\" Reyes said. \"Then I left.\"";
        let got: Vec<_> = whosaid::attribute(text).collect();
        let who: Vec<_> = got
            .iter()
            .map(|a| a.speaker().map(|s| s.text().to_owned()))
            .collect();
        assert_eq!(
            who,
            [
                Some("Reyes".into()),
                Some("Lee".into()),
                Some("Reyes".into())
            ]
        );
    }

    #[test]
    fn a_stream_keeps_the_text_a_waiting_nested_quotation_names() {
        // the outer quotation runs into a paragraph of quotations alone,
        // which waits for a signature line: the nested one, attributed in
        // the paragraph before, waits with it
        let text = "It rained.\n\"Ann Reyes said 'no' to it, and so did I.\n\"We will see.\"";
        let whole: Vec<_> = whosaid::attribute(text).collect();
        assert!(whole[0].speaker().is_none());
        assert_eq!(whole[1].speaker().map(Mention::text), Some("Ann Reyes"));
        let mut stream = whosaid::stream();
        let mut streamed = stream.push(text);
        streamed.extend(stream.finish());
        let seen = |all: &[Attribution<'_>]| -> Vec<_> {
            all.iter()
                .map(|a| {
                    (
                        a.quote().span(),
                        a.speaker().map(|s| (s.span(), s.name().map(str::to_owned))),
                        a.source().map(Mention::span),
                    )
                })
                .collect()
        };
        assert_eq!(seen(&streamed), seen(&whole));
    }
}

#[test]
fn a_plural_of_persons_before_a_capital_is_part_of_the_name() {
    for (text, name) in [
        (
            "\"Liquidity is ample,\" the People's Daily said.",
            "People's Daily",
        ),
        (
            "\"Cases are rising,\" said Boston Children\u{2019}s Hospital.",
            "Boston Children\u{2019}s Hospital",
        ),
        (
            "\"We will march,\" the Women's Health Alliance said.",
            "Women's Health Alliance",
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
    }
    // a possessor that is no plural of persons stays one: the name is
    // what it has
    let a = &all("\"We are ready,\" said CNN's Jake Tapper.")[0];
    assert_eq!(a.speaker().and_then(Mention::name), Some("Jake Tapper"));
    // nor is a plural before a lower-case noun part of a name
    let a = &all("\"It matters,\" the People's lawyer said.")[0];
    assert_ne!(a.speaker().and_then(Mention::name), Some("People's lawyer"));
}

#[test]
fn an_indefinite_description_with_a_complement_is_someone_new_for_a_pronoun() {
    // the description's head, before its complement, gives its gender:
    // "she" after it is the spokeswoman, whom no name names
    let text = "\"These are hard choices,\" Jane Doe said.\n\n\
                A spokeswoman for the union representing Acme's factory workers said it had not been consulted. \
                \"We learned about this from the news,\" she said.";
    let a = &all(text)[1];
    assert_eq!(a.speaker().map(Mention::text), Some("she"));
    assert_eq!(a.speaker().and_then(Mention::name), None, "not Jane Doe");
    // a definite description may mean the one named before: the pronoun
    // after it still names her
    let text = "\"These are hard choices,\" Jane Doe said.\n\n\
                The former chief executive of the company said it was time. \
                \"We learned a lot,\" she said.";
    let a = &all(text)[1];
    assert_eq!(a.speaker().and_then(Mention::name), Some("Jane Doe"));
}

#[test]
fn a_clock_time_and_a_dash_label_a_live_reports_entry() {
    for (text, name) in [
        (
            "3:45 p.m. \u{2014} Sen. Ann Lee (D-Mass.) on the vote: \"It's a travesty.\"",
            "Ann Lee",
        ),
        (
            "4:10 p.m. \u{2014} House Speaker Tom Reyes, speaking to reporters outside the chamber: \"We'll be back tomorrow.\"",
            "Tom Reyes",
        ),
    ] {
        let a = &all(text)[0];
        assert_eq!(a.speaker().and_then(Mention::name), Some(name), "{text}");
    }
    // a time alone, or closing the text, labels nothing (and breaks
    // nothing)
    for text in [
        "9 pm",
        "3:45 p.m.",
        "11:05",
        "9 a.m. ET",
        "At 9 pm \u{2014}",
    ] {
        assert_eq!(whosaid::attribute(text).count(), 0, "{text}");
        assert_eq!(whosaid::reports(text).count(), 0, "{text}");
    }
}

#[test]
fn a_possessive_pronoun_in_a_described_subjects_predicate_is_the_subjects() {
    // "his" is the senator's, whom no name names: not Ray Tan, the last
    // man named
    let text = "\"I'm not going anywhere,\" Gov. Ray Tan told supporters Saturday.\n\n\
                Speaking at a fundraiser in Miami, the senator repeated his claim that the election was \"stolen.\"";
    let a = &all(text)[1];
    assert_eq!(a.speaker().map(Mention::text), Some("his"));
    assert_eq!(a.speaker().and_then(Mention::name), None, "not Ray Tan");
    // a subject named is the pronoun's as before
    let text = "\"I'm not going anywhere,\" Gov. Ray Tan told supporters Saturday.\n\n\
                Later, Sen. Bo Park repeated his claim that the election was \"stolen.\"";
    let a = &all(text)[1];
    assert_eq!(a.speaker().and_then(Mention::name), Some("Bo Park"));
}

#[test]
fn a_name_after_two_joined_speakers_names_only_the_last() {
    // both speak, and no one name is theirs
    let a = &all("Smith and his wife, Mary, said they were \"heartbroken.\"")[0];
    let s = a.speaker().expect("a speaker");
    assert_eq!(s.text(), "Smith and his wife, Mary");
    assert_eq!(s.name(), None);
    // one described speaker takes the name in apposition
    let a = &all("His wife, Mary Tate, said they were \"heartbroken.\"")[0];
    assert_eq!(a.speaker().and_then(Mention::name), Some("Mary Tate"));
}

#[test]
fn a_possessors_full_name_opening_a_description_names_later_short_mentions() {
    let found = all("Ted Cruz's aides insist he is returning. \"I am ready,\" Cruz said.");
    assert_eq!(found[0].speaker().and_then(Mention::name), Some("Ted Cruz"));
    let found = all("Gov. Ann Lee's office declined to comment. \"We are ready,\" Lee said.");
    assert_eq!(found[0].speaker().and_then(Mention::name), Some("Ann Lee"));
    // a title and a surname alone may be a namesake's ("President Bush's
    // record" in a story about Jeb Bush), and the possessor is no one a
    // later pronoun means: the description is what the sentence is about
    let found = all(
        "Across town is Wayne Borders, a canvasser. Dismayed by his memory of Bill Clinton's years in office, he backs Sanders.\n\n\"I knock on doors,\" he said.",
    );
    assert_eq!(
        found[0].speaker().and_then(Mention::name),
        Some("Wayne Borders")
    );
    let found = all("President Bush's record came up. \"I am ready,\" Bush said.");
    assert_eq!(found[0].speaker().and_then(Mention::name), Some("Bush"));
}

#[test]
fn a_definite_description_of_a_gender_with_a_modifier_is_an_epithet() {
    // "the retired dinner lady" after Doris Whitfield is Doris Whitfield,
    // and so is the "she" after it
    let text = "Doris Whitfield, 82, won her appeal.\n\nThe retired dinner lady, from Wigan, had parked in a bay. \"I was never told,\" she said.";
    assert_eq!(
        all(text)[0].speaker().and_then(Mention::name),
        Some("Doris Whitfield")
    );
    // a relative clause right after the noun brings in someone new
    let text = "Doris Whitfield, 82, won her appeal.\n\nThe retired dinner lady who called police had parked in a bay. \"I was never told,\" she said.";
    assert_eq!(all(text)[0].speaker().and_then(Mention::name), None);
}

#[test]
fn a_name_in_capitals_with_a_given_name_is_a_persons() {
    // a transcript's label: "CHUCK" is a given name, no acronym, and the
    // label names the person its surname alone names later
    let text = "AMY KLOBUCHAR: \"We will win this.\"\n\nKLOBUCHAR: \"And we will win it soon.\"";
    let found = all(text);
    assert_eq!(
        found[0].speaker().map(Mention::kind),
        Some(MentionKind::Person)
    );
    assert_eq!(
        found[1].speaker().and_then(Mention::name),
        Some("AMY KLOBUCHAR")
    );
    // a body's initials in capitals stay a body's
    let found = all("NATO said: \"We are ready.\"");
    assert_eq!(
        found[0].speaker().map(Mention::kind),
        Some(MentionKind::Organization)
    );
}

#[test]
fn a_described_speaker_before_a_verb_taking_an_infinitive_of_saying() {
    // "as the mayor likes to say": the description is the clause's subject
    for text in [
        "As the mayor likes to say, \"You can't eat money.\"",
        "As my father likes to say, \"You can't eat money.\"",
    ] {
        let s = speaker(text, 0);
        assert!(
            s.as_deref()
                .is_some_and(|s| s.ends_with("mayor") || s.ends_with("father")),
            "{text}: {s:?}"
        );
    }
    // a noun of speakers before another noun is no subject
    let text = "Relatives watched the police videos on Thursday and said they had \
                \"more questions than answers.\"";
    assert_eq!(speaker(text, 0).as_deref(), Some("Relatives"));
}

#[test]
fn as_well_as_joins_two_speakers_like_and() {
    let a = &all("\"It is dead,\" Ann Lee as well as Tom Hale said.")[0];
    let s = a.speaker().expect("a speaker");
    assert_eq!(s.text(), "Ann Lee as well as Tom Hale");
    assert_eq!(s.name(), None);
    // not two bodies' words read as one body's name
    let a = &all("\"It is dead,\" the Fish as well as Wildlife Service said.")[0];
    assert_ne!(
        a.speaker().and_then(Mention::name),
        Some("Fish as well as Wildlife Service")
    );
}

#[test]
fn a_companys_one_word_name_is_an_organisation() {
    for (text, kind) in [
        ("\"It is false,\" Google said.", MentionKind::Organization),
        ("\"It is false,\" Pfizer said.", MentionKind::Organization),
        // a word of the list inside a longer name decides nothing alone
        ("\"It is false,\" Ann Apple said.", MentionKind::Person),
        // and a surname that is also a company's is no one's company
        ("\"It is false,\" Ford said.", MentionKind::Person),
    ] {
        let found = all(text);
        assert_eq!(found[0].speaker().map(Mention::kind), Some(kind), "{text}");
    }
}
