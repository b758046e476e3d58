//! Prints the quotations of a text with their speakers as JSON, one object
//! per line.
//!
//! ```text
//! cargo run --example quotes -- article.txt
//! cargo run --example quotes -- --jsonl < docs.jsonl
//! ```
//!
//! Plain mode prints one object per quotation; with `--jsonl`, each input
//! line `{"id", "text"}` gives one output line `{"id", "quotes": [...]}`
//! with `id` echoed unchanged.

mod common;

use std::io::{self, BufWriter, Write};

const USAGE: &str = "usage: quotes [--jsonl] [FILE]
Prints the quotations of FILE (or standard input), with who said them, as
JSON lines.
  --jsonl  read {\"id\", \"text\"} documents, one per line";

#[derive(serde::Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    quotes: Vec<whosaid::Attribution<'a>>,
}

fn main() {
    let args = common::Args::parse(USAGE);
    match run(&args) {
        Ok(0) => {}
        Ok(failed) => {
            eprintln!("{failed} malformed input line(s) skipped");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("quotes: {e}");
            std::process::exit(1);
        }
    }
}

fn run(args: &common::Args) -> io::Result<usize> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let failed = if args.jsonl {
        common::for_each_doc(args.reader()?, &mut out, |doc, buf| {
            let output = Output {
                id: &doc.id,
                quotes: whosaid::attribute(&doc.text).collect(),
            };
            serde_json::to_writer(buf, &output)
        })?
    } else {
        let text = args.read_text()?;
        for quote in whosaid::attribute(&text) {
            serde_json::to_writer(&mut out, &quote)?;
            out.write_all(b"\n")?;
        }
        0
    };
    out.flush()?;
    Ok(failed)
}
