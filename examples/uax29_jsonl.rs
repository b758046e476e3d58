//! The whole-process speed baseline for `quotes --jsonl`: reads the same
//! JSON Lines documents `{"id", "text"}`, splits each text into sentences
//! with unicode-segmentation's UAX#29 splitter, and prints
//! `{"id", "sentences": N}` per document.
//!
//! ```text
//! cargo build --release --examples
//! time target/release/examples/uax29_jsonl < corpus.jsonl > /dev/null
//! time target/release/examples/quotes --jsonl < corpus.jsonl > /dev/null
//! ```

mod common;

#[path = "../benches/support/baseline.rs"]
mod baseline;

use std::io::{self, BufWriter, Write};

const USAGE: &str = "usage: uax29_jsonl [FILE]
Counts the UAX#29 sentences of each {\"id\", \"text\"} document of FILE (or
standard input): the speed baseline for `quotes --jsonl`.";

fn main() {
    let args = common::Args::parse(USAGE);
    let result = (|| -> io::Result<usize> {
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let failed = common::for_each_doc(args.reader()?, &mut out, |doc, buf| {
            let n = baseline::uax29_sentences(&doc.text);
            serde_json::to_writer(buf, &serde_json::json!({"id": doc.id, "sentences": n}))
        })?;
        out.flush()?;
        Ok(failed)
    })();
    match result {
        Ok(0) => {}
        Ok(failed) => {
            eprintln!("uax29_jsonl: {failed} malformed input line(s) skipped");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("uax29_jsonl: {e}");
            std::process::exit(1);
        }
    }
}
