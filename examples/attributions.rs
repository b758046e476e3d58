//! Prints every attribution of a text, quoted or reported, as JSON, one
//! object per line.
//!
//! ```text
//! cargo run --example attributions -- article.txt
//! cargo run --release --example attributions -- --jsonl < docs.jsonl
//! cargo run --example attributions -- --speech article.txt
//! ```
//!
//! Plain mode prints one object per attribution (the serde form of
//! `whosaid::Report`: `content` spans, `kind`, `speaker`, `cue`,
//! `cue_class`, `source`, `addressee`, `confidence`, `rule`). With
//! `--jsonl`, each input line `{"id", "text"}` gives one output line
//! `{"id", "attributions": [...]}` with `id` echoed unchanged; a malformed
//! line is named on standard error, the run goes on, and the exit code is
//! 1 at the end. `--speech` keeps only what was said (cue class
//! `speech`), leaving out thoughts and findings.

mod common;

use std::io::{self, BufWriter, Write};

const USAGE: &str = "usage: attributions [--jsonl] [--speech] [--line-breaks MODE] [FILE]
Prints every attribution of FILE (or standard input), quoted or reported,
with who made it, as JSON lines.
  --jsonl   read {\"id\", \"text\"} documents, one per line
  --speech  only what was said: leave out thoughts and findings
  --line-breaks auto|hard|soft
            how a single line break is read (see the sentences example)";

#[derive(serde::Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    attributions: &'a [whosaid::Report<'a>],
}

fn main() {
    let mut speech_only = false;
    let args = common::Args::parse_with(USAGE, |flag| {
        let known = flag == "--speech";
        speech_only |= known;
        known
    });
    match run(&args, speech_only) {
        Ok(0) => {}
        Ok(failed) => {
            eprintln!("attributions: {failed} malformed input line(s) skipped");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("attributions: {e}");
            std::process::exit(1);
        }
    }
}

fn run(args: &common::Args, speech_only: bool) -> io::Result<usize> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let attributor = args.attributor();
    let keep = |r: &whosaid::Report<'_>| !speech_only || r.cue_class() == whosaid::CueClass::Speech;
    let failed = if args.jsonl {
        common::for_each_doc(args.reader()?, &mut out, |doc, line| {
            let reports: Vec<_> = attributor.reports(&doc.text).filter(keep).collect();
            serde_json::to_writer(
                line,
                &Output {
                    id: &doc.id,
                    attributions: &reports,
                },
            )
        })?
    } else {
        let text = args.read_text()?;
        for report in attributor.reports(&text).filter(keep) {
            serde_json::to_writer(&mut out, &report)?;
            out.write_all(b"\n")?;
        }
        0
    };
    out.flush()?;
    Ok(failed)
}
