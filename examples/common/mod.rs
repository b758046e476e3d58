//! Input handling shared by the examples: a file argument or standard
//! input, and JSON Lines documents `{"id", "text"}`.

#![allow(dead_code)] // each example uses a part

use std::io::{self, BufRead, Read, Write};

/// Command-line options common to the examples.
pub struct Args {
    /// Read JSON Lines documents instead of one plain text.
    pub jsonl: bool,
    /// Read the input in pieces (the `quotes` example).
    pub stream: bool,
    /// The file to read; standard input when absent.
    pub path: Option<String>,
}

impl Args {
    /// Parses `--jsonl`, `--stream` and an optional path; prints usage and
    /// exits on anything else.
    pub fn parse(usage: &str) -> Args {
        let mut args = Args {
            jsonl: false,
            stream: false,
            path: None,
        };
        for arg in std::env::args().skip(1) {
            match arg.as_str() {
                "--jsonl" => args.jsonl = true,
                "--stream" if usage.contains("--stream") => args.stream = true,
                "-h" | "--help" => {
                    println!("{usage}");
                    std::process::exit(0);
                }
                _ if arg.starts_with('-') && arg != "-" => {
                    eprintln!("unknown option {arg}\n{usage}");
                    std::process::exit(2);
                }
                _ if args.path.is_none() => args.path = Some(arg),
                _ => {
                    eprintln!("more than one input file given\n{usage}");
                    std::process::exit(2);
                }
            }
        }
        if args.jsonl && args.stream {
            eprintln!("--jsonl and --stream do not go together\n{usage}");
            std::process::exit(2);
        }
        args
    }

    /// The input as one reader.
    pub fn reader(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match self.path.as_deref() {
            None | Some("-") => Box::new(io::BufReader::with_capacity(1 << 20, io::stdin())),
            Some(path) => Box::new(io::BufReader::with_capacity(
                1 << 20,
                std::fs::File::open(path)
                    .map_err(|e| io::Error::new(e.kind(), format!("cannot open {path}: {e}")))?,
            )),
        })
    }

    /// The whole input as text (a file is read into a string of its exact
    /// size).
    pub fn read_text(&self) -> io::Result<String> {
        if let Some(path) = self.path.as_deref().filter(|p| *p != "-") {
            return std::fs::read_to_string(path)
                .map_err(|e| io::Error::new(e.kind(), format!("cannot read {path}: {e}")));
        }
        let mut text = String::new();
        self.reader()?.read_to_string(&mut text)?;
        Ok(text)
    }
}

/// One JSON Lines input document.
#[derive(serde::Deserialize)]
pub struct Doc {
    /// Echoed unchanged: a number or a string.
    pub id: serde_json::Value,
    pub text: String,
}

/// Parses input line number `n` (counted from 1): `Ok(None)` for a blank
/// line, an error message naming the line for a malformed one.
pub fn parse_line(line: &[u8], n: usize) -> Result<Option<Doc>, String> {
    let trimmed = line.trim_ascii();
    if trimmed.is_empty() {
        return Ok(None);
    }
    serde_json::from_slice(trimmed)
        .map(Some)
        .map_err(|e| format!("line {n}: not a {{\"id\", \"text\"}} document: {e}"))
}

/// Runs `each` on every JSON Lines document of `input` and writes what it
/// returns as one line. A malformed line is reported on standard error with
/// its line number and skipped; returns how many were skipped.
pub fn for_each_doc(
    input: impl BufRead,
    out: &mut impl Write,
    mut each: impl FnMut(&Doc, &mut Vec<u8>) -> serde_json::Result<()>,
) -> io::Result<usize> {
    let mut failed = 0;
    let mut line_buf = Vec::new();
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let doc = match parse_line(&line, n + 1) {
            Ok(Some(doc)) => doc,
            Ok(None) => continue,
            Err(message) => {
                eprintln!("{message}");
                failed += 1;
                continue;
            }
        };
        line_buf.clear();
        each(&doc, &mut line_buf)?;
        line_buf.push(b'\n');
        out.write_all(&line_buf)?;
    }
    Ok(failed)
}
