//! Prints who said what in an article, as a table: each quotation, its
//! speaker's canonical name (and the mention as written), the reporting
//! verb, and the outlet it was relayed through.
//!
//! ```text
//! cargo run --example attribute                  # the bundled sample article
//! cargo run --example attribute -- article.txt   # your own
//! cargo run --example attribute -- -             # standard input
//! ```

use std::io::Read;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sample_article.txt"
);

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| SAMPLE.to_owned());
    if path == "-h" || path == "--help" {
        println!(
            "usage: attribute [FILE | -]\nPrints who said what in FILE (the bundled sample article by default)."
        );
        return;
    }
    let text = if path == "-" {
        let mut t = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut t) {
            eprintln!("attribute: cannot read standard input: {e}");
            std::process::exit(1);
        }
        t
    } else {
        match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("attribute: cannot read {path}: {e}");
                std::process::exit(1);
            }
        }
    };
    let rows: Vec<[String; 4]> = whosaid::attribute(&text)
        .filter(|a| a.quote().depth() == 0)
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
                shorten(&format!("\u{201c}{}\u{201d}", a.quote().content()), 56),
                speaker,
                a.cue().map_or(String::new(), |c| c.text().to_owned()),
                a.source().map_or(String::new(), |s| s.text().to_owned()),
            ]
        })
        .collect();
    if rows.is_empty() {
        println!("no quotations found");
        return;
    }
    let header = ["quote", "speaker", "cue", "source"].map(str::to_owned);
    let mut widths = [0usize; 4];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |row: &[String; 4]| {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        println!("{}", cells.join("  ").trim_end());
    };
    line(&header);
    line(&widths.map(|w| "-".repeat(w)));
    for row in &rows {
        line(row);
    }
}

/// `s` cut to at most `max` characters, with an ellipsis where it was cut.
fn shorten(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max - 2).collect();
    format!("{cut}\u{2026}\u{201d}")
}
