//! Throughput of each stage beside unicode-segmentation's UAX#29 sentence
//! splitter on the same text, in the same run, with the ratios printed at
//! the end.
//!
//! The text is the bundled sample article and, when the evaluation set is
//! present beside the project (`../shared/eval/dev_quotes.jsonl`), the texts
//! of its articles, joined by blank lines.

#[path = "support/baseline.rs"]
mod baseline;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, Throughput, black_box};
use std::time::Duration;

fn corpus() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut text = std::fs::read_to_string(format!("{root}/examples/data/sample_article.txt"))
        .expect("the bundled sample article is part of the repository");
    if let Ok(dev) = std::fs::read_to_string(format!("{root}/../shared/eval/dev_quotes.jsonl")) {
        for line in dev.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("valid JSON Lines");
            if let Some(t) = doc["text"].as_str() {
                text.push_str("\n\n");
                text.push_str(t);
            }
        }
    }
    text
}

/// A pathological input: its name and how to make one of about `n` bytes.
type Pathological = (&'static str, fn(usize) -> String);

/// One benchmarked function: its name and what it does to the text.
type Stage = (&'static str, fn(&str) -> usize);

const STAGES: &[Stage] = &[
    ("uax29_sentences", baseline::uax29_sentences),
    ("whosaid_sentences", |t| whosaid::sentences(t).count()),
    ("whosaid_quotes", |t| whosaid::quotes(t).count()),
    ("whosaid_attribute", |t| whosaid::attribute(t).count()),
    ("whosaid_reports", |t| whosaid::reports(t).count()),
];

/// Plain timings of every stage for the ratio table: rounds that run each
/// stage in turn for about 100 ms, keeping each stage's best time per run.
/// Interleaving puts the baseline and the stages under the same load, which
/// on a shared machine changes from second to second.
fn interleaved_best(text: &str) -> Vec<(&'static str, f64)> {
    let mut best = vec![f64::INFINITY; STAGES.len()];
    for _ in 0..10 {
        for (k, &(_, f)) in STAGES.iter().enumerate() {
            let start = std::time::Instant::now();
            let mut runs = 0u32;
            while start.elapsed() < Duration::from_millis(100) {
                black_box(f(black_box(text)));
                runs += 1;
            }
            best[k] = best[k].min(start.elapsed().as_secs_f64() / f64::from(runs));
        }
    }
    STAGES.iter().map(|&(name, _)| name).zip(best).collect()
}

/// Benchmarks `stage` on each input at both `sizes` in `group`, and
/// returns each input's best of three plain timings per size, for the
/// ratios printed at the end.
fn grow(
    group: &mut BenchmarkGroup<'_, WallTime>,
    inputs: &[Pathological],
    sizes: [usize; 2],
    stage: fn(&str) -> usize,
) -> Vec<(&'static str, usize, f64)> {
    let mut rates = Vec::new();
    for &(name, make) in inputs {
        for size in sizes {
            let input = make(size);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, size), input.as_str(), |b, t| {
                b.iter(|| stage(black_box(t)));
            });
            let best = (0..3)
                .map(|_| {
                    let start = std::time::Instant::now();
                    black_box(stage(&input));
                    start.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            rates.push((name, size, best));
        }
    }
    rates
}

fn main() {
    let text = corpus();
    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    let mut group = c.benchmark_group("throughput");
    group.throughput(Throughput::Bytes(text.len() as u64));
    for &(name, f) in STAGES {
        group.bench_with_input(BenchmarkId::from_parameter(name), text.as_str(), |b, t| {
            b.iter(|| f(black_box(t)));
        });
    }
    group.finish();

    // Pathological inputs at two sizes: the same throughput at both shows
    // the cost growing linearly with the input.
    let mut growth = c.benchmark_group("growth");
    growth.sample_size(10);
    let inputs: [Pathological; 10] = [
        ("double_marks", |n| "\"".repeat(n)),
        ("apostrophes", |n| "'".repeat(n)),
        ("open_curly", |n| "\u{201c}".repeat(n / 3)),
        ("guillemets", |n| "\u{ab}".repeat(n / 2)),
        ("nested", |n| {
            "\u{201c}\u{2018}".repeat(n / 12) + &"\u{2019}\u{201d}".repeat(n / 12)
        }),
        ("tags", |n| "<a href=\"x\" title='y'>".repeat(n / 24)),
        ("nested_words", |n| {
            "\u{201c}a \u{2018}b ".repeat(n / 20) + &"c\u{2019} d\u{201d} ".repeat(n / 20)
        }),
        // a quotation opened in every paragraph and never closed, read
        // again in each paragraph it runs over (its words were counted
        // to its end there: 1.9 s a MB)
        ("unclosed_paragraphs", |n| {
            "\"We drove for hours and the road was dark.\n\n".repeat(n / 45)
        }),
        // thousands of quotations in one sentence, each of which asked
        // for the reports of the whole sentence
        ("quotations_one_sentence", |n| {
            "\"a,\" \"b,\" \"c,\" ".repeat(n / 15)
        }),
        ("reopened_paragraphs", |n| {
            "\"We drove for hours,\n\n\"and the road was dark.\n\n".repeat(n / 46)
        }),
    ];
    let rates = grow(&mut growth, &inputs, [1_000_000, 4_000_000], |t| {
        whosaid::attribute(t).count()
    });
    // Reported speech reads a content from each cue to its sentence's end:
    // on run-on text with no sentence end (a page of capitals, a list of
    // "Lee said that …" with no stop) that was quadratic up to the 64 KiB
    // a paragraph is cut at. Two sizes below that cut show the growth.
    let run_on: [Pathological; 3] = [
        ("run_on_capitals", |n| "ANN LEE SAID ".repeat(n / 13)),
        ("run_on_said_that", |n| "Lee said that ".repeat(n / 14)),
        ("run_on_according_to", |n| {
            "according to Lee, ".repeat(n / 18)
        }),
    ];
    let report_rates = grow(&mut growth, &run_on, [16_000, 64_000], |t| {
        whosaid::reports(t).count()
    });
    growth.finish();
    c.final_summary();
    let timings = interleaved_best(&text);
    let base = timings[0].1;
    println!(
        "\n{} bytes of text; speed relative to {}:",
        text.len(),
        timings[0].0
    );
    for (name, secs) in &timings {
        #[allow(clippy::cast_precision_loss)] // text sizes are far below 2^52
        let mbs = text.len() as f64 / secs / 1e6;
        println!("  {name:<24} {mbs:>9.1} MB/s   {:>6.2}x", base / secs);
    }
    // The work is linear (instruction counts grow 4x); the time may grow a
    // little more where buffers outgrow the cache or the allocator's reuse
    // threshold at 4 MB and each run pays fresh page faults.
    println!("\nattribution time on pathological input, 4 MB over 1 MB (4 is linear):");
    for pair in rates.chunks(2) {
        if let [(name, _, small), (_, _, large)] = pair {
            println!("  {name:<24} {:>6.2}", large / small);
        }
    }
    println!("\nreported speech on run-on text, 64 KB over 16 KB (4 is linear):");
    for pair in report_rates.chunks(2) {
        if let [(name, _, small), (_, size, large)] = pair {
            #[allow(clippy::cast_precision_loss)] // sizes are far below 2^52
            let mbs = *size as f64 / large / 1e6;
            println!("  {name:<24} {:>6.2}   {mbs:>6.2} MB/s", large / small);
        }
    }
}
