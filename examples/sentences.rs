//! Prints the sentences of a text as JSON, one object per line.
//!
//! ```text
//! cargo run --example sentences -- article.txt
//! cargo run --example sentences -- --jsonl < docs.jsonl
//! ```
//!
//! Plain mode prints `{"start", "end", "text"}` per sentence (UTF-8 byte
//! offsets). With `--jsonl`, each input line `{"id", "text"}` gives one
//! output line `{"id", "sentences": [...]}` with `id` echoed unchanged.

mod common;

use std::io::{self, BufWriter, Write};

const USAGE: &str = "usage: sentences [--jsonl] [--line-breaks MODE] [FILE]
Prints the sentences of FILE (or standard input) as JSON lines.
  --jsonl  read {\"id\", \"text\"} documents, one per line
  --line-breaks auto|hard|soft
           how a single line break is read: auto (news: it ends a
           paragraph unless the next line goes on in lower case), hard
           (every line is a paragraph), soft (only blank lines end
           paragraphs, for hard-wrapped text: e-mail, books)";

#[derive(serde::Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    sentences: Vec<whosaid::Sentence<'a>>,
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
            eprintln!("sentences: {e}");
            std::process::exit(1);
        }
    }
}

fn run(args: &common::Args) -> io::Result<usize> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let attributor = args.attributor();
    let segmenter = attributor.segmenter();
    let failed = if args.jsonl {
        common::for_each_doc(args.reader()?, &mut out, |doc, buf| {
            let output = Output {
                id: &doc.id,
                sentences: segmenter.sentences(&doc.text).collect(),
            };
            serde_json::to_writer(buf, &output)
        })?
    } else {
        let text = args.read_text()?;
        for sentence in segmenter.sentences(&text) {
            serde_json::to_writer(&mut out, &sentence)?;
            out.write_all(b"\n")?;
        }
        0
    };
    out.flush()?;
    Ok(failed)
}
