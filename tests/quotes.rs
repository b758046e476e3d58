//! Quotation detection, case by case, grouped by phenomenon.

use whosaid::{Quote, QuoteKind, QuoteStyle};

/// The top-level quotations, as the text with their marks.
fn spans(text: &str) -> Vec<&str> {
    whosaid::quotes(text)
        .filter(|q| q.depth() == 0)
        .map(|q| &text[q.span()])
        .collect()
}

fn all(text: &str) -> Vec<Quote<'_>> {
    whosaid::quotes(text).collect()
}

mod marks {
    use super::*;

    #[test]
    fn straight_double_marks_take_direction_from_context() {
        let t = r#""We won," he said, calling it "a rout" and "final.""#;
        assert_eq!(spans(t), [r#""We won,""#, r#""a rout""#, r#""final.""#]);
    }

    #[test]
    fn marks_inside_markup_tags_delimit_attributes_not_quotations() {
        let t = r#"<tweet author="AnnLee" id='42'>We won.</tweet> She said "we won.""#;
        assert_eq!(spans(t), [r#""we won.""#]);
        // a quotation right after or around a tag is one
        let t = r#"He said <a href="https://example.com/x">"We won,"</a> and left."#;
        assert_eq!(spans(t), [r#""We won,""#]);
        // comparisons and unclosed angle brackets are no tags
        let t = r#"Is 3 < 4 and "x" > y? And x<"y" or "z" too."#;
        assert_eq!(spans(t), [r#""x""#, r#""y""#, r#""z""#]);
        let t = r#"A <"b" c"#;
        assert_eq!(spans(t), [r#""b""#]);
        // a "tag" longer than any real one is text
        let t = format!(r#"<p {} "long" >"#, "x".repeat(600));
        assert_eq!(spans(&t), [r#""long""#]);
    }

    #[test]
    fn a_mark_between_a_clause_ending_and_a_word_opens_or_closes() {
        // a space missing after the closing mark, or before the opening
        let t = r#""We will win,"he said. "We always do.""#;
        assert_eq!(spans(t), [r#""We will win,""#, r#""We always do.""#]);
        let t = r#"He said,"We will win." Then he left."#;
        assert_eq!(spans(t), [r#""We will win.""#]);
        // both in one sentence
        let t = r#"She said,"No,"and walked out."#;
        assert_eq!(spans(t), [r#""No,""#]);
    }

    #[test]
    fn a_mark_after_a_dash_closes_words_broken_off() {
        // with space, a comma or a period after it, the mark closes
        let t = "\"We\u{2014}\" Lee began. \"Never mind.\"";
        assert_eq!(spans(t), ["\"We\u{2014}\"", "\"Never mind.\""]);
        let t = "\u{201c}Well, I\u{2014}\u{201d} she said.";
        assert_eq!(spans(t), ["\u{201c}Well, I\u{2014}\u{201d}"]);
        let t = "She said \"no--\", then stopped.";
        assert_eq!(spans(t), ["\"no--\""]);
        // with words or another mark after it, it opens
        let t = "He said\u{2014}\"no way\"\u{2014}and left.";
        assert_eq!(spans(t), ["\"no way\""]);
        let t = "\u{2014}\"\u{2018}Hamilton\u{2019} to tour,\" by Variety.";
        assert_eq!(spans(t), ["\"\u{2018}Hamilton\u{2019} to tour,\""]);
    }

    #[test]
    fn curly_double_and_single_nested() {
        let t = "\u{201c}They said \u{2018}never\u{2019} to us,\u{201d} she said.";
        let q = all(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].style(), QuoteStyle::Curly);
        assert_eq!(q[1].content(), "never");
        assert_eq!(q[1].style(), QuoteStyle::CurlySingle);
        assert_eq!((q[1].depth(), q[1].parent()), (1, Some(0)));
    }

    #[test]
    fn guillemets_either_way_round_with_inner_spaces() {
        assert_eq!(spans("Il a dit « non » hier."), ["\u{ab} non \u{bb}"]);
        assert_eq!(
            spans("Er sagte \u{bb}nein\u{ab} gestern."),
            ["\u{bb}nein\u{ab}"]
        );
        assert_eq!(
            all("Er sagte \u{bb}nein\u{ab}.")[0].style(),
            QuoteStyle::Guillemets
        );
    }

    #[test]
    fn low_high_marks() {
        let t = "Er sagte \u{201e}nie wieder\u{201c} und ging.";
        let q = all(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].content(), "nie wieder");
        assert_eq!(q[0].style(), QuoteStyle::LowHigh);
    }

    #[test]
    fn corner_brackets() {
        let q = all(
            "\u{5f7c}\u{306f}\u{300c}\u{306f}\u{3044}\u{300e}\u{3044}\u{3044}\u{3048}\u{300f}\u{300d}",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].style(), QuoteStyle::Corner);
        assert_eq!(q[1].style(), QuoteStyle::WhiteCorner);
        assert_eq!(q[1].depth(), 1);
    }

    #[test]
    fn wire_copy_backticks_and_double_apostrophes() {
        let t = "``We will not back down,'' he said. ''Never,'' she said.";
        let q = all(t);
        assert_eq!(spans(t), ["``We will not back down,''", "''Never,''"]);
        assert_eq!(q[0].style(), QuoteStyle::Backticks);
        assert_eq!(q[1].style(), QuoteStyle::DoubleApostrophes);
    }

    #[test]
    fn double_apostrophes_with_a_nested_single() {
        let t = "''I had to think, 'This is their lives.'.'' she said.";
        let q = all(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].content(), "I had to think, 'This is their lives.'.");
        assert_eq!(q[1].content(), "This is their lives.");
    }

    #[test]
    fn mixed_straight_and_curly_marks_pair() {
        assert_eq!(
            spans("there was \u{201c}no evidence\" yet"),
            ["\u{201c}no evidence\""]
        );
    }

    #[test]
    fn closing_mark_set_off_by_a_space() {
        let t = r#""I hate the term 'outreach,' " he said."#;
        assert_eq!(spans(t), [r#""I hate the term 'outreach,' ""#]);
        assert_eq!(all(t)[1].content(), "outreach,");
    }
}

mod apostrophes {
    use super::*;

    #[test]
    fn contractions_and_possessives_are_not_quotes() {
        assert!(all("Don't say it's Russia's fault or the voters' choice.").is_empty());
        assert!(all("The Joneses' dog barked at JFK Jr.'s car.").is_empty());
        assert!(all("Don\u{2019}t blame the voters\u{2019} mood.").is_empty());
    }

    #[test]
    fn elisions_are_not_quotes() {
        assert!(all("Back in the '90s they played rock 'n' roll at 5 o'clock.").is_empty());
        assert!(all("Give 'em hell, 'tis the season.").is_empty());
        assert!(all("In the \u{2019}80s it was fine.").is_empty());
    }

    #[test]
    fn possessive_inside_a_single_quoted_quote() {
        let t = "'It's the voters' choice,' she said.";
        assert_eq!(spans(t), ["'It's the voters' choice,'"]);
    }

    #[test]
    fn short_single_quotes_side_by_side() {
        assert_eq!(spans("He said 'yes' and 'no' again."), ["'yes'", "'no'"]);
    }

    #[test]
    fn headline_single_quotes() {
        assert_eq!(spans("Trump: 'I will win'"), ["'I will win'"]);
        assert_eq!(
            spans("Flynn says Trump 'absolutely right' on generals"),
            ["'absolutely right'"]
        );
    }

    #[test]
    fn british_outer_single_quotes_with_inner_double() {
        let t = "'We called it \"madness\",' he said.";
        let q = all(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].style(), QuoteStyle::StraightSingle);
        assert_eq!(q[1].content(), "madness");
    }
}

mod paragraphs {
    use super::*;

    #[test]
    fn news_convention_multi_paragraph_quote() {
        let t = "He said: \u{201c}First part.\n\n\u{201c}Second part.\n\n\u{201c}Third part.\u{201d}\n\nThen he left.";
        let q = all(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].segments().len(), 3);
        assert_eq!(&t[q[0].segments()[1]], "\u{201c}Second part.");
        assert!(q[0].is_closed());
        assert!(q[0].content().starts_with("First part."));
        assert!(q[0].content().ends_with("Third part."));
    }

    #[test]
    fn crlf_multi_paragraph_quote() {
        let t = "\"One.\r\n\r\n\"Two.\"\r\n";
        let q = all(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span(), whosaid::Span::new(0, t.len() - 2));
        assert_eq!(q[0].segments().len(), 2);
    }

    #[test]
    fn unclosed_quote_ends_with_its_paragraph() {
        let t = "He said \u{201c}we will win.\n\nThe next paragraph is narrative. \u{201c}Fine,\u{201d} she said.";
        let q = all(t);
        assert_eq!(q.len(), 2);
        assert!(!q[0].is_closed());
        assert_eq!(q[0].content(), "we will win.");
        assert_eq!(q[1].content(), "Fine,");
    }

    #[test]
    fn a_single_line_break_that_continues_the_sentence_stays_inside() {
        let t = "He said \"this is\nall one\" quote.";
        assert_eq!(spans(t), ["\"this is\nall one\""]);
    }

    #[test]
    fn a_quotation_wrapped_after_a_word_that_ends_nothing_stays_whole() {
        // text wrapped at a fixed width, the next line opening with a name
        let t = "\"There is no doubt. The voters of\nKansas know it,\" Dole said.";
        assert_eq!(
            spans(t),
            ["\"There is no doubt. The voters of\nKansas know it,\""]
        );
        // a line ending in another word still ends its paragraph, and the
        // quotation open at its end with it
        let t = "\"There is no doubt. The voters\nKansas know it,\" Dole said.";
        assert_eq!(spans(t), ["\"There is no doubt. The voters"]);
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        let t = "It ended.\u{201d} Then \u{201c}a new one\u{201d} began.";
        assert_eq!(spans(t), ["\u{201c}a new one\u{201d}"]);
    }
}

mod kinds {
    use super::*;

    fn kind_of(text: &str) -> QuoteKind {
        all(text)[0].kind()
    }

    #[test]
    fn speech_is_direct() {
        assert_eq!(kind_of("\"We will fight,\" he said."), QuoteKind::Direct);
        assert_eq!(kind_of("Lavrov said: \"It is over.\""), QuoteKind::Direct);
        assert_eq!(
            kind_of("She added, \"and then we left.\""),
            QuoteKind::Direct
        );
    }

    #[test]
    fn fragments_are_partial() {
        assert_eq!(
            kind_of("Lavrov denounced the \"unlawful sanctions\" on Russia."),
            QuoteKind::Partial
        );
    }

    #[test]
    fn names_and_titles_are_terms() {
        assert_eq!(
            kind_of("the so-called \"Gang of Eight\" met"),
            QuoteKind::Term
        );
        assert_eq!(
            kind_of("a film titled \"Nightfall\" opened"),
            QuoteKind::Term
        );
        assert_eq!(kind_of("He told \"Fox News Sunday\" that"), QuoteKind::Term);
        // a comma the sentence puts inside the marks (US style) does not
        // make a title speech
        assert_eq!(
            kind_of("Speaking on the network's \"State of the Union,\" Lee said it was over."),
            QuoteKind::Term
        );
        // a comma inside words still does
        assert_eq!(
            kind_of("Lee added \"We Tried, We Lost\" and left."),
            QuoteKind::Direct
        );
    }
}

mod document {
    #[test]
    fn sentence_to_quotes_and_back() {
        let text = "Intro. \"One. Two,\" he said. Outro with \"a term\" here.";
        let doc = whosaid::Document::new(text);
        assert_eq!(doc.sentences().len(), 4);
        assert_eq!(doc.sentences_of(0), 1..3);
        assert_eq!(doc.sentences_of(1), 3..4);
        assert_eq!(doc.sentences_of(7), 0..0);
        let in_second: Vec<&str> = doc.quotes_in(2).map(whosaid::Quote::content).collect();
        assert_eq!(in_second, ["One. Two,"]);
        assert_eq!(doc.quotes_in(0).count(), 0);
        assert_eq!(doc.quotes_in(99).count(), 0);
        assert_eq!(doc.sentence_at(8), Some(1));
        assert_eq!(doc.sentence_at(6), None);
    }
}

mod pathological {
    use super::*;

    /// Runs of bare marks quote no words and make no quotations, however
    /// long: nothing to keep, nothing to print.
    #[test]
    fn runs_of_straight_double_marks_make_no_quotations() {
        for n in [1, 2, 10, 1_001, 1_000_000] {
            assert!(all(&"\"".repeat(n)).is_empty(), "{n} marks");
        }
        // a word inside is a quotation
        assert_eq!(all("\"\" \"a\" \"\"").len(), 1);
    }

    #[test]
    fn runs_of_apostrophes_are_never_quotes() {
        for n in [1, 3, 1_000, 1_000_000] {
            assert!(all(&"'".repeat(n)).is_empty(), "{n} apostrophes");
        }
    }

    #[test]
    fn runs_of_opening_marks_never_open_a_quote() {
        for n in [1, 100, 1_000_000] {
            let text = "\u{201c}".repeat(n);
            assert!(all(&text).iter().all(|q| q.content().is_empty()));
        }
    }

    #[test]
    fn deep_alternating_nesting_is_followed_sixteen_deep() {
        let deep = "\u{201c}a \u{2018}b ".repeat(100_000) + &"c\u{2019} d\u{201d} ".repeat(100_000);
        // two megabytes: no quotation nests deeper, and the count stays
        // far below the number of marks
        let q = all(&deep);
        assert!(q.iter().all(|q| q.depth() < 16));
        assert!(q.len() < 1_000, "{}", q.len());
        for n in [1, 8, 100] {
            let text = "\u{201c}a \u{2018}b ".repeat(n) + &"c\u{2019} d\u{201d} ".repeat(n);
            let q = all(&text);
            // real text nests three deep; deeper marks open nothing
            assert_eq!(q.len(), (2 * n).min(16), "{n}");
            for (i, quote) in q.iter().enumerate() {
                assert_eq!(quote.depth(), i);
                assert_eq!(quote.parent(), i.checked_sub(1));
                assert!(quote.is_closed());
            }
        }
    }

    /// A megabyte without a newline is cut into paragraphs of at most 64
    /// KiB at sentence ends: every sentence and quotation is still found.
    #[test]
    fn a_megabyte_without_a_newline_keeps_every_sentence() {
        let text = "He said \"yes\" and left. ".repeat(50_000);
        assert_eq!(all(&text).len(), 50_000);
        assert_eq!(whosaid::sentences(&text).count(), 50_000);
    }
}

#[test]
fn marks_typed_with_inner_spaces_pair() {
    // a mark with space on both sides opens when nothing is open and
    // closes what is
    assert_eq!(spans("\" We will win, \" he said."), ["\" We will win, \""]);
    assert_eq!(
        spans("\u{201c}We will win,\u{201d} he said. \u{201c} And soon. \u{201d}"),
        [
            "\u{201c}We will win,\u{201d}",
            "\u{201c} And soon. \u{201d}"
        ]
    );
    assert_eq!(
        spans("As the paper reported, \u{201c} \u{2026} the vote was close.\u{201d}"),
        ["\u{201c} \u{2026} the vote was close.\u{201d}"]
    );
    // a spaced mark after an open quotation still closes it
    assert_eq!(
        spans("\"It is over, \" she said, \"and we lost.\""),
        ["\"It is over, \"", "\"and we lost.\""]
    );
}
