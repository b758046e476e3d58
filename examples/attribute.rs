//! Prints who said what in an article, as three tables: each quotation
//! with its speaker's canonical name (and the mention as written), the
//! reporting verb and the outlet it was relayed through; who was quoted,
//! most often first, with their role and number of quotations; and what
//! was reported without quotation marks of its own (indirect and mixed
//! reports), with who reported it, the cue and its class.
//!
//! ```text
//! cargo run --example attribute                  # the bundled sample article
//! cargo run --example attribute -- article.txt   # your own
//! cargo run --example attribute -- -             # standard input
//! cargo run --example attribute -- --line-breaks soft mail.txt
//! ```

use std::io::{Read, Write};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sample_article.txt"
);

const USAGE: &str = "usage: attribute [--line-breaks MODE] [FILE | -]
Prints who said what in FILE (the bundled sample article by default; - for
standard input), then who was quoted, then what was reported in other
words.
  --line-breaks auto|hard|soft
            how a single line break is read: auto (news: it ends a
            paragraph unless the line plainly goes on: the next line
            starts in lower case, the line ends with a comma or a word
            like \"of\", or the paragraph is indented and the next line
            is not), hard (every line is a paragraph), soft (only blank
            lines end paragraphs, for hard-wrapped text: e-mail, books)";

/// The widest a quotation is shown, in characters.
const QUOTE_WIDTH: usize = 56;

/// The widest a reported content is shown, in characters.
const REPORT_WIDTH: usize = 60;

fn main() {
    let (path, line_breaks) = parse_args();
    let text = match read(&path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("attribute: {message}");
            std::process::exit(1);
        }
    };
    let segmenter = whosaid::Segmenter::builder()
        .line_breaks(line_breaks)
        .build()
        .expect("a line-break mode alone is a valid segmenter");
    let attributor = whosaid::Attributor::builder()
        .segmenter(segmenter)
        .build()
        .expect("a segmenter alone is a valid attributor");
    let doc = attributor.document(&text);
    let rows: Vec<[String; 4]> = doc
        .attributions()
        .iter()
        // (a quotation inside another only when someone is named for it,
        // indented under the one it is in)
        .filter(|a| a.quote().depth() == 0 || a.speaker().is_some())
        .map(|a| {
            let speaker = a.speaker().map_or_else(
                || "(unattributed)".to_owned(),
                |s| match s.name() {
                    Some(name) if !name.eq_ignore_ascii_case(s.text()) => {
                        format!("{name} (\"{}\")", s.text())
                    }
                    _ => s.text().to_owned(),
                },
            );
            [
                // the quotation with its own marks, as the text has them
                format!(
                    "{}{}",
                    "  ".repeat(a.quote().depth()),
                    shorten(&text[a.quote().span()], QUOTE_WIDTH),
                ),
                speaker,
                a.cue().map_or(String::new(), |c| c.text().to_owned()),
                a.source().map_or(String::new(), |s| s.text().to_owned()),
            ]
        })
        .collect();
    let mut out = String::new();
    if rows.is_empty() {
        // (an article may report without quoting: its reports follow)
        out.push_str("no quotations found\n");
    } else {
        print_table(&mut out, ["quote", "speaker", "cue", "source"], &rows);
        out.push('\n');
        let speakers: Vec<[String; 3]> = doc
            .speakers()
            .iter()
            .map(|s| {
                [
                    s.name().to_owned(),
                    s.role().unwrap_or("").to_owned(),
                    s.quotes().len().to_string(),
                ]
            })
            .collect();
        print_table(&mut out, ["speaker", "role", "quotes"], &speakers);
    }
    // what was reported in the writer's words, with or without a partial
    // quotation (the quotations of their own are in the first table)
    let reported: Vec<[String; 5]> = doc
        .reports()
        .iter()
        .filter(|r| r.kind() != whosaid::ReportKind::Direct)
        .map(|r| {
            let speaker = r.speaker().map_or_else(String::new, |s| {
                s.name().unwrap_or_else(|| s.text()).to_owned()
            });
            let content: Vec<&str> = r.content_text().collect();
            [
                speaker,
                r.cue().map_or(String::new(), |c| c.text().to_owned()),
                format!("{:?}", r.cue_class()).to_lowercase(),
                format!("{:?}", r.kind()).to_lowercase(),
                clip(&content.join(" \u{2026} "), REPORT_WIDTH),
            ]
        })
        .collect();
    if !reported.is_empty() {
        out.push('\n');
        print_table(
            &mut out,
            ["reported by", "cue", "class", "kind", "what"],
            &reported,
        );
    }
    emit(&out);
}

/// Writes `out` to standard output. A reader that stops early (`| head`)
/// ends the program quietly; any other failure is reported.
fn emit(out: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("attribute: {e}");
            std::process::exit(1);
        }
    }
}

/// The input path (the sample by default) and the line-break mode; prints
/// usage and exits on anything else.
fn parse_args() -> (String, whosaid::LineBreaks) {
    let mut path = None;
    let mut line_breaks = whosaid::LineBreaks::Auto;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--line-breaks" => {
                line_breaks = match args.next().as_deref() {
                    Some("auto") => whosaid::LineBreaks::Auto,
                    Some("hard") => whosaid::LineBreaks::Hard,
                    Some("soft") => whosaid::LineBreaks::Soft,
                    other => {
                        eprintln!(
                            "--line-breaks takes auto, hard or soft, not {}\n{USAGE}",
                            other.unwrap_or("nothing")
                        );
                        std::process::exit(2);
                    }
                }
            }
            _ if arg.starts_with('-') && arg != "-" => {
                eprintln!("unknown option {arg}\n{USAGE}");
                std::process::exit(2);
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("more than one input file given\n{USAGE}");
                std::process::exit(2);
            }
        }
    }
    (path.unwrap_or_else(|| SAMPLE.to_owned()), line_breaks)
}

/// The text of `path` (`-` for standard input); an error message names the
/// input and, for bytes that are not UTF-8, the offset of the first.
fn read(path: &str) -> Result<String, String> {
    let name = if path == "-" { "standard input" } else { path };
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(format!("{name}: is a directory, not a file"));
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|e| format!("{name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Appends `rows` under `header` to `out`, in columns as wide as their
/// widest cell.
fn print_table<const N: usize>(out: &mut String, header: [&str; N], rows: &[[String; N]]) {
    let header = header.map(str::to_owned);
    let mut widths = [0usize; N];
    for row in std::iter::once(&header).chain(rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut line = |row: &[String; N]| {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    };
    line(&header);
    line(&widths.map(|w| "-".repeat(w)));
    for row in rows {
        line(row);
    }
}

/// `s` on one line, cut to at most `max` characters with an ellipsis
/// before its closing mark where it was cut.
fn shorten(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let close = flat.chars().last().unwrap_or('"');
    let cut: String = flat.chars().take(max - 2).collect();
    format!("{cut}\u{2026}{close}")
}

/// `s` on one line, cut to at most `max` characters with an ellipsis
/// where it was cut.
fn clip(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max - 1).collect();
    format!("{cut}\u{2026}")
}
