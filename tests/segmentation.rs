//! Sentence and paragraph segmentation, case by case, grouped by phenomenon.

use whosaid::{LineBreaks, Segmenter};

fn split(text: &str) -> Vec<&str> {
    whosaid::sentences(text).map(|s| &text[s.span()]).collect()
}

fn split_with(seg: &Segmenter, text: &str) -> Vec<String> {
    seg.sentences(text).map(|s| s.as_str().to_owned()).collect()
}

mod abbreviations {
    use super::split;

    #[test]
    fn titles_never_end_a_sentence() {
        assert_eq!(
            split("Sen. Elizabeth Warren met Gen. Mark Milley and Dr. Ruth Lee."),
            ["Sen. Elizabeth Warren met Gen. Mark Milley and Dr. Ruth Lee."]
        );
    }

    #[test]
    fn a_title_after_then_or_ex_never_ends_a_sentence() {
        assert_eq!(
            split("It was signed by then-Sen. Barack Obama and ex-Gov. Ann Lee in 2006."),
            ["It was signed by then-Sen. Barack Obama and ex-Gov. Ann Lee in 2006."]
        );
        // the prefix alone changes nothing
        assert_eq!(
            split("They met the then-mayor. Then they left."),
            ["They met the then-mayor.", "Then they left."]
        );
    }

    #[test]
    fn an_abbreviation_ends_before_a_new_quotation() {
        assert_eq!(
            split("\"We won,\" says Ann Lee, a student from Fresno, Calif. \"I voted.\""),
            [
                "\"We won,\" says Ann Lee, a student from Fresno, Calif.",
                "\"I voted.\""
            ]
        );
        // not a quotation opening in lower case, which goes on
        assert_eq!(
            split("She moved to Fresno, Calif. \"for the jobs,\" she said."),
            ["She moved to Fresno, Calif. \"for the jobs,\" she said."]
        );
        // an ellipsis that opens the quotation stands before its capital
        assert_eq!(
            split("\"No,\" said Ann Lee of Peoria, Ill. \". . . I want more.\""),
            [
                "\"No,\" said Ann Lee of Peoria, Ill.",
                "\". . . I want more.\""
            ]
        );
        assert_eq!(
            split("He moved to Peoria, Ill. \"\u{2026}and stayed,\" she said."),
            ["He moved to Peoria, Ill. \"\u{2026}and stayed,\" she said."]
        );
    }

    #[test]
    fn company_suffix_ends_before_a_pronoun() {
        assert_eq!(
            split("He sold his stake in Acme Corp. It was worth millions."),
            ["He sold his stake in Acme Corp.", "It was worth millions."]
        );
    }

    #[test]
    fn company_suffix_goes_on_before_a_name() {
        assert_eq!(
            split("Shares of Acme Inc. Holdings fell sharply."),
            ["Shares of Acme Inc. Holdings fell sharply."]
        );
    }

    #[test]
    fn dotted_abbreviation_ends_before_a_sentence_starter() {
        assert_eq!(
            split("Troops returned to the U.S. The war was over."),
            ["Troops returned to the U.S.", "The war was over."]
        );
        assert_eq!(split("The U.S. Senate voted."), ["The U.S. Senate voted."]);
    }

    #[test]
    fn short_fragment_before_an_abbreviation_goes_on() {
        assert_eq!(
            split("By 9 a.m. Mr. Smith had left. He came back at 5 p.m. He was tired."),
            [
                "By 9 a.m. Mr. Smith had left.",
                "He came back at 5 p.m.",
                "He was tired."
            ]
        );
    }

    #[test]
    fn number_abbreviation_before_a_number() {
        assert_eq!(
            split("It ranked No. 1 in the poll."),
            ["It ranked No. 1 in the poll."]
        );
        assert_eq!(
            split("The answer was no. Nobody asked again."),
            ["The answer was no.", "Nobody asked again."]
        );
    }

    #[test]
    fn month_abbreviation_before_a_date() {
        assert_eq!(
            split("The vote is set for Jan. 12 in Albany."),
            ["The vote is set for Jan. 12 in Albany."]
        );
    }

    #[test]
    fn exempli_gratia_never_ends() {
        assert_eq!(
            split("Some states, e.g. Ohio, voted early."),
            ["Some states, e.g. Ohio, voted early."]
        );
    }

    #[test]
    fn user_abbreviations_extend_the_lists() {
        let seg = whosaid::Segmenter::builder()
            .prefix_abbreviation("Cllr.")
            .build()
            .expect("valid");
        assert_eq!(super::split_with(&seg, "Cllr. Jones spoke.").len(), 1);
        assert_eq!(split("Cllr. Jones spoke.").len(), 2);
    }

    #[test]
    fn invalid_user_abbreviations_are_errors() {
        for bad in ["", ".", "two words", &"x".repeat(40)] {
            let err = whosaid::Segmenter::builder()
                .abbreviation(bad)
                .build()
                .expect_err("invalid");
            assert!(matches!(err, whosaid::Error::InvalidAbbreviation(ref a) if a == bad));
            assert!(err.to_string().starts_with("invalid abbreviation"));
        }
    }
}

mod initials_and_numbers {
    use super::split;

    #[test]
    fn initials_inside_names() {
        assert_eq!(
            split("George W. Bush met J. R. R. Tolkien's heirs. They talked."),
            [
                "George W. Bush met J. R. R. Tolkien's heirs.",
                "They talked."
            ]
        );
    }

    #[test]
    fn pronoun_i_ends_after_a_lower_case_word() {
        assert_eq!(
            split("It was you and I. Did anyone notice?"),
            ["It was you and I.", "Did anyone notice?"]
        );
    }

    #[test]
    fn a_letter_after_a_lower_case_word_ends_before_a_quotation() {
        assert_eq!(
            split("Warren said so in a post on X. \"Congress must act.\""),
            ["Warren said so in a post on X.", "\"Congress must act.\""]
        );
        // an initial after a given name goes on into a nickname in marks
        assert_eq!(
            split("He met Robert F. \"Bobby\" Kennedy. They talked."),
            ["He met Robert F. \"Bobby\" Kennedy.", "They talked."]
        );
    }

    #[test]
    fn money_and_decimals() {
        assert_eq!(
            split("The deal is worth $1.5 billion. Shares rose 3.14 percent."),
            [
                "The deal is worth $1.5 billion.",
                "Shares rose 3.14 percent."
            ]
        );
    }

    #[test]
    fn sentence_ending_in_a_number() {
        assert_eq!(
            split("The count was 1,024. Officials disputed it."),
            ["The count was 1,024.", "Officials disputed it."]
        );
    }
}

mod punctuation {
    use super::split;

    #[test]
    fn repeated_marks_end_once() {
        assert_eq!(
            split("What?! No way!!! Really?"),
            ["What?!", "No way!!!", "Really?"]
        );
    }

    #[test]
    fn ellipsis_before_lower_case_goes_on() {
        assert_eq!(
            split("NATO... as well as the OSCE. It is over."),
            ["NATO... as well as the OSCE.", "It is over."]
        );
        assert_eq!(
            split("He paused\u{2026} then spoke."),
            ["He paused\u{2026} then spoke."]
        );
    }

    #[test]
    fn ellipsis_before_a_sentence_starter_ends() {
        assert_eq!(
            split("I waited and waited... The bus never came."),
            ["I waited and waited...", "The bus never came."]
        );
    }

    #[test]
    fn ellipsis_before_a_name_goes_on() {
        assert_eq!(
            split("We talked about... Ukraine, mostly."),
            ["We talked about... Ukraine, mostly."]
        );
    }

    #[test]
    fn missing_space_after_a_period() {
        assert_eq!(
            split("It rained.Then it stopped."),
            ["It rained.", "Then it stopped."]
        );
        // a straight mark before the capital opens the next sentence
        assert_eq!(
            split("It was all lies.\"We were deceived.\" Then he left."),
            ["It was all lies.", "\"We were deceived.\"", "Then he left."]
        );
        // one after a space or before a word in lower case closes its own
        assert_eq!(
            split("He said \"Stop.\" Then he left."),
            ["He said \"Stop.\"", "Then he left."]
        );
    }

    #[test]
    fn names_with_exclamation_marks() {
        assert_eq!(
            split("She works at Yahoo! in the ad unit."),
            ["She works at Yahoo! in the ad unit."]
        );
    }

    #[test]
    fn addresses_keep_their_periods() {
        assert_eq!(
            split("Write to press@example.org. Or visit www.Example.com. Thanks."),
            [
                "Write to press@example.org.",
                "Or visit www.Example.com.",
                "Thanks."
            ]
        );
    }

    #[test]
    fn cjk_full_stops_need_no_space() {
        assert_eq!(split("你好。再见。"), ["你好。", "再见。"]);
    }
}

mod quotations {
    use super::split;

    #[test]
    fn question_in_quotes_before_inverted_speaker() {
        assert_eq!(
            split("\"So what?\" said Harry."),
            ["\"So what?\" said Harry."]
        );
    }

    #[test]
    fn exclamation_in_quotes_before_pronoun_speaker() {
        assert_eq!(
            split("\"It's over!\" he said."),
            ["\"It's over!\" he said."]
        );
    }

    #[test]
    fn question_in_quotes_before_named_speaker_and_verb() {
        assert_eq!(
            split("\u{201c}Why now?\u{201d} Sen. John Smith asked. Nobody answered."),
            [
                "\u{201c}Why now?\u{201d} Sen. John Smith asked.",
                "Nobody answered."
            ]
        );
    }

    #[test]
    fn question_in_quotes_before_named_speaker_and_reporting_phrase() {
        // a reporting phrase of several words reports as a verb does
        assert_eq!(
            split("\u{201c}Why not?\u{201d} Ann Lee fired back. Nobody answered."),
            [
                "\u{201c}Why not?\u{201d} Ann Lee fired back.",
                "Nobody answered."
            ]
        );
        assert_eq!(
            split("\"Really?\" Lee lashed out at them."),
            ["\"Really?\" Lee lashed out at them."]
        );
        // but a verb that reports nothing starts the writer's sentence,
        // as does a phrase's first word alone
        assert_eq!(
            split("\"Why not?\" Ann Lee won Iowa."),
            ["\"Why not?\"", "Ann Lee won Iowa."]
        );
        assert_eq!(
            split("\"Why not?\" Ann Lee fired the aide."),
            ["\"Why not?\"", "Ann Lee fired the aide."]
        );
    }

    #[test]
    fn closing_mark_stays_and_opening_mark_starts_the_next() {
        assert_eq!(
            split("He said, \u{201c}We won.\u{201d} \u{201c}They lost.\u{201d} Then he left."),
            [
                "He said, \u{201c}We won.\u{201d}",
                "\u{201c}They lost.\u{201d}",
                "Then he left."
            ]
        );
    }

    #[test]
    fn closing_bracket_stays() {
        assert_eq!(
            split("He left (it was late.) The rest stayed."),
            ["He left (it was late.)", "The rest stayed."]
        );
    }

    #[test]
    fn single_quotes_and_straight_marks() {
        assert_eq!(
            split("'We are done.' She walked out. \"Fine.\" He shrugged."),
            [
                "'We are done.'",
                "She walked out.",
                "\"Fine.\"",
                "He shrugged."
            ]
        );
    }
}

mod lists {
    use super::split;

    #[test]
    fn numbered_items_without_periods() {
        assert_eq!(
            split("1) Cut taxes 2) Build roads 3) Fix schools"),
            ["1) Cut taxes", "2) Build roads", "3) Fix schools"]
        );
    }

    #[test]
    fn a_number_out_of_sequence_is_not_a_marker() {
        assert_eq!(split("1. We need 5. Not 4."), ["1. We need 5.", "Not 4."]);
    }

    #[test]
    fn bullets() {
        assert_eq!(
            split("\u{2022} Taxes \u{2022} Roads"),
            ["\u{2022} Taxes", "\u{2022} Roads"]
        );
    }
}

mod paragraphs_and_lines {
    use super::{LineBreaks, Segmenter, split, split_with};

    #[test]
    fn headline_lines_are_sentences() {
        assert_eq!(
            split("Senate Passes Budget\nWASHINGTON \u{2014} The Senate voted on Friday."),
            [
                "Senate Passes Budget",
                "WASHINGTON \u{2014} The Senate voted on Friday."
            ]
        );
    }

    #[test]
    fn lower_case_line_continues_the_sentence() {
        assert_eq!(
            split("The minister said the talks\nwould resume. Nobody knew when."),
            [
                "The minister said the talks\nwould resume.",
                "Nobody knew when."
            ]
        );
    }

    #[test]
    fn crlf_bom_nbsp_and_tabs() {
        let text = "\u{feff}First one.\u{a0}Second\ttwo.\r\n\r\nThird.\r\n";
        assert_eq!(split(text), ["First one.", "Second\ttwo.", "Third."]);
    }

    #[test]
    fn hard_line_breaks_option() {
        let seg = Segmenter::builder()
            .line_breaks(LineBreaks::Hard)
            .build()
            .expect("valid");
        assert_eq!(
            split_with(&seg, "one line\nand another"),
            ["one line", "and another"]
        );
    }

    #[test]
    fn soft_line_breaks_option() {
        let seg = Segmenter::builder()
            .line_breaks(LineBreaks::Soft)
            .build()
            .expect("valid");
        assert_eq!(
            split_with(&seg, "A Headline\nContinues here.\n\nNew one."),
            ["A Headline\nContinues here.", "New one."]
        );
    }

    #[test]
    fn paragraphs_follow_the_same_rule() {
        let text = "Headline\nThe body starts\nand goes on.\n\n\nNext.";
        let got: Vec<&str> = whosaid::paragraphs(text).map(|p| &text[p.span()]).collect();
        assert_eq!(got, ["Headline", "The body starts\nand goes on.", "Next."]);
    }
}

mod edge_cases {
    use super::split;

    #[test]
    fn empty_and_blank_input() {
        assert!(split("").is_empty());
        assert!(split(" \n\t\r\n\u{a0}").is_empty());
    }

    #[test]
    fn punctuation_only_input_is_one_sentence() {
        assert_eq!(split("... !!! ???"), ["... !!! ???"]);
    }

    #[test]
    fn long_text_without_spaces_or_newlines() {
        let text = "a.".repeat(100_000);
        let got = split(&text);
        assert_eq!(got.concat(), text);
    }

    #[test]
    fn into_owned_outlives_the_input() {
        let owned: Vec<whosaid::Sentence<'static>> = {
            let text = String::from("One. Two.");
            whosaid::sentences(&text)
                .map(whosaid::Sentence::into_owned)
                .collect()
        };
        assert_eq!(owned[1].as_str(), "Two.");
        assert_eq!(owned[1].span(), whosaid::Span::new(5, 9));
    }
}

mod regressions {
    use super::split;

    /// A run of an ellipsis character and spaced periods after a word: the
    /// split after the word's own period applies only to a period.
    #[test]
    fn ellipsis_character_before_spaced_periods() {
        let text = "1\u{2026}. . A";
        let got = split(text);
        assert_eq!(got.concat().replace(' ', ""), text.replace(' ', ""));
    }
}

mod sample_article {
    use super::split;

    /// The bundled sample article has the layout of the project's reference
    /// article: a headline and headings without terminal punctuation, a
    /// "READ MORE : …?" line, and an ellipsis before a lower-case word
    /// inside a long quotation.
    #[test]
    fn headings_are_sentences_and_the_quotation_is_not_cut() {
        let text = include_str!("../examples/data/sample_article.txt");
        let got = split(text);
        for line in [
            "Canada and Mexico Pledge Closer Cooperation on Shared Rivers",
            "READ MORE : Drought Watch: Which Rivers Are Running Dry This Summer?",
            "Farm Groups Cautiously Welcome the Deal",
            "Share your view",
        ] {
            assert!(got.contains(&line), "{line:?} is not a sentence of its own");
        }
        assert!(
            got.iter()
                .any(|s| s.contains("like strangers... that era is over.")),
            "the quotation was cut after the ellipsis"
        );
    }
}

#[test]
fn a_name_spelled_with_an_exclamation_mark_ends_no_sentence() {
    assert_eq!(
        split("A source told E! News that she is happy. We read Yahoo! Finance daily."),
        [
            "A source told E! News that she is happy.",
            "We read Yahoo! Finance daily."
        ]
    );
    // any other word's mark ends one, and so does a quoted name's
    assert_eq!(split("We won! Then we left."), ["We won!", "Then we left."]);
    assert_eq!(
        split("He shouted \u{201c}E!\u{201d} Then he left."),
        ["He shouted \u{201c}E!\u{201d}", "Then he left."]
    );
}

#[test]
fn a_letter_in_brackets_before_a_period_is_no_initial() {
    assert_eq!(
        split("She is running against Sen. John McCain (R). Last month, she won."),
        [
            "She is running against Sen. John McCain (R).",
            "Last month, she won."
        ]
    );
    // an initial itself goes on
    assert_eq!(
        split("She met John Q. Public in May."),
        ["She met John Q. Public in May."]
    );
}
