//! Prints the quotations of a text with their speakers as JSON, one object
//! per line.
//!
//! ```text
//! cargo run --example quotes -- article.txt
//! cargo run --example quotes -- --stream < huge.txt
//! cargo run --release --example quotes -- --jsonl < docs.jsonl
//! ```
//!
//! Plain mode prints one object per quotation (the serde form of
//! `whosaid::Attribution`), for the whole text at once; `--stream` reads the
//! input in pieces and prints each quotation as soon as it is final, in
//! memory that does not grow with the input. With `--jsonl`, each input line
//! `{"id", "text"}` gives one output line `{"id", "quotes": [...]}` with `id`
//! echoed unchanged; documents are attributed in batches on all cores, and
//! a long run reports its progress on standard error.

mod common;

use std::io::{self, BufRead, BufWriter, Write};
use std::time::{Duration, Instant};

const USAGE: &str = "usage: quotes [--jsonl | --stream] [--line-breaks MODE] [FILE]
Prints the quotations of FILE (or standard input), with who said them, as
JSON lines.
  --jsonl   read {\"id\", \"text\"} documents, one per line
  --stream  print each quotation as soon as it is final (plain text)
  --line-breaks auto|hard|soft
            how a single line break is read (see the sentences example)";

/// Documents per batch in `--jsonl` mode.
const BATCH_DOCS: usize = 512;
/// Bytes of input per batch in `--jsonl` mode.
const BATCH_BYTES: usize = 16 << 20;

#[derive(serde::Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    quotes: &'a [whosaid::Attribution<'a>],
}

fn main() {
    let args = common::Args::parse(USAGE);
    match run(&args) {
        Ok(0) => {}
        Ok(failed) => {
            eprintln!("quotes: {failed} malformed input line(s) skipped");
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
    let attributor = args.attributor();
    let failed = if args.jsonl {
        jsonl(&attributor, args.reader()?, &mut out)?
    } else if args.stream {
        stream(&attributor, args, &mut out)?;
        0
    } else {
        let text = args.read_text()?;
        for quote in attributor.attribute(&text) {
            serde_json::to_writer(&mut out, &quote)?;
            out.write_all(b"\n")?;
        }
        0
    };
    out.flush()?;
    Ok(failed)
}

/// `--stream`: pieces of 64 KiB; a character split between two pieces is
/// put back together by the stream. Bytes that are not UTF-8 stop the run
/// with the input's name and the offset of the first bad byte, before
/// anything after it is printed.
fn stream(
    attributor: &whosaid::Attributor,
    args: &common::Args,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut input = args.reader()?;
    let mut stream = attributor.stream();
    let mut bytes = vec![0u8; 64 << 10];
    let bad = |e: whosaid::Error| {
        io::Error::new(io::ErrorKind::InvalidData, format!("{}: {e}", args.name()))
    };
    loop {
        let n = input.read(&mut bytes)?;
        if n == 0 {
            break;
        }
        for quote in stream.push_bytes(&bytes[..n]).map_err(bad)? {
            serde_json::to_writer(&mut *out, &quote)?;
            out.write_all(b"\n")?;
        }
    }
    for quote in stream.try_finish().map_err(bad)? {
        serde_json::to_writer(&mut *out, &quote)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// `--jsonl`: batches of documents attributed together, written in order.
fn jsonl(
    attributor: &whosaid::Attributor,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<usize> {
    let start = Instant::now();
    let mut progress = Progress::new(start);
    let mut failed = 0;
    let mut lines = input.split(b'\n').enumerate();
    let mut docs: Vec<common::Doc> = Vec::with_capacity(BATCH_DOCS);
    loop {
        docs.clear();
        let mut bytes = 0;
        let mut done = true;
        for (n, line) in lines.by_ref() {
            let line = line?;
            bytes += line.len() + 1;
            match common::parse_line(&line, n + 1) {
                Ok(Some(doc)) => docs.push(doc),
                Ok(None) => {}
                Err(message) => {
                    eprintln!("{message}");
                    failed += 1;
                }
            }
            if docs.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                done = false;
                break;
            }
        }
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        let batch = attribute_on_all_cores(attributor, &texts);
        for (doc, quotes) in docs.iter().zip(&batch) {
            serde_json::to_writer(
                &mut *out,
                &Output {
                    id: &doc.id,
                    quotes,
                },
            )?;
            out.write_all(b"\n")?;
        }
        progress.add(docs.len(), bytes);
        if done {
            break;
        }
    }
    progress.finish();
    Ok(failed)
}

/// Attributes `texts` in order, on as many threads as the machine has
/// cores: workers take small slices of the batch in turn, so that long and
/// short documents even out. (Library users can do the same with
/// `par_attribute_batch` and the `rayon` feature; the example needs no
/// feature for it.)
fn attribute_on_all_cores<'t>(
    attributor: &whosaid::Attributor,
    texts: &[&'t str],
) -> Vec<Vec<whosaid::Attribution<'t>>> {
    let batch = |texts: &[&'t str]| -> Vec<Vec<whosaid::Attribution<'t>>> {
        texts
            .iter()
            .map(|t| attributor.attribute(t).collect())
            .collect()
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if threads <= 1 || texts.len() <= 1 {
        return batch(texts);
    }
    let slice = texts.len().div_ceil(threads * 4).max(1);
    let slices: Vec<&[&str]> = texts.chunks(slice).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<Vec<whosaid::Attribution<'t>>>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(slices.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(slice) = slices.get(k) else { break };
                        mine.push((k, batch(slice)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|(k, _)| *k);
    done.into_iter().flat_map(|(_, batch)| batch).collect()
}

/// Reports documents and throughput on standard error every few seconds,
/// once a run has lasted that long.
struct Progress {
    start: Instant,
    last: Instant,
    docs: usize,
    bytes: usize,
    reported: bool,
}

impl Progress {
    const EVERY: Duration = Duration::from_secs(5);

    fn new(start: Instant) -> Self {
        Progress {
            start,
            last: start,
            docs: 0,
            bytes: 0,
            reported: false,
        }
    }

    fn add(&mut self, docs: usize, bytes: usize) {
        self.docs += docs;
        self.bytes += bytes;
        if self.last.elapsed() >= Self::EVERY {
            self.last = Instant::now();
            self.report("");
        }
    }

    fn report(&mut self, suffix: &str) {
        self.reported = true;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        #[allow(clippy::cast_precision_loss)] // progress figures, not exact
        let mb = self.bytes as f64 / 1e6;
        eprintln!(
            "quotes: {} documents, {mb:.1} MB, {:.1} MB/s{suffix}",
            self.docs,
            mb / secs
        );
    }

    fn finish(&mut self) {
        if self.reported {
            self.report(", done");
        }
    }
}
