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
    /// How single line breaks are read (`--line-breaks auto|hard|soft`).
    pub line_breaks: whosaid::LineBreaks,
    /// The file to read; standard input when absent.
    pub path: Option<String>,
}

impl Args {
    /// Parses `--jsonl`, `--stream`, `--line-breaks` and an optional path;
    /// prints usage and exits on anything else.
    pub fn parse(usage: &str) -> Args {
        Args::parse_with(usage, |_| false)
    }

    /// [`Args::parse`], with the example's own flags: `flag` takes each
    /// option the common ones do not know and says whether it is one.
    pub fn parse_with(usage: &str, mut flag: impl FnMut(&str) -> bool) -> Args {
        let mut args = Args {
            jsonl: false,
            stream: false,
            line_breaks: whosaid::LineBreaks::Auto,
            path: None,
        };
        let mut it = std::env::args().skip(1);
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--jsonl" if usage.contains("--jsonl") => args.jsonl = true,
                "--stream" if usage.contains("--stream") => args.stream = true,
                "--line-breaks" => {
                    args.line_breaks = match it.next().as_deref() {
                        Some("auto") => whosaid::LineBreaks::Auto,
                        Some("hard") => whosaid::LineBreaks::Hard,
                        Some("soft") => whosaid::LineBreaks::Soft,
                        other => {
                            eprintln!(
                                "--line-breaks takes auto, hard or soft, not {}\n{usage}",
                                other.unwrap_or("nothing")
                            );
                            std::process::exit(2);
                        }
                    }
                }
                "-h" | "--help" => {
                    println!("{usage}");
                    std::process::exit(0);
                }
                _ if arg.starts_with('-') && arg != "-" && flag(&arg) => {}
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

    /// The attributor for these options.
    pub fn attributor(&self) -> whosaid::Attributor {
        let segmenter = whosaid::Segmenter::builder()
            .line_breaks(self.line_breaks)
            .build()
            .expect("a line-break mode alone is a valid segmenter");
        whosaid::Attributor::builder()
            .segmenter(segmenter)
            .build()
            .expect("a segmenter alone is a valid attributor")
    }

    /// The input's name for messages: its path, or "standard input".
    pub fn name(&self) -> &str {
        match self.path.as_deref() {
            None | Some("-") => "standard input",
            Some(path) => path,
        }
    }

    /// The input as one reader; errors name the input.
    pub fn reader(&self) -> io::Result<Box<dyn BufRead>> {
        let inner: Box<dyn Read> = match self.path.as_deref() {
            None | Some("-") => Box::new(io::stdin()),
            Some(path) => {
                let named = |e: io::Error| io::Error::new(e.kind(), format!("{path}: {e}"));
                if std::fs::metadata(path).map_err(named)?.is_dir() {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidInput,
                        format!("{path}: is a directory, not a file"),
                    ));
                }
                Box::new(std::fs::File::open(path).map_err(named)?)
            }
        };
        Ok(Box::new(io::BufReader::with_capacity(
            1 << 20,
            Named {
                inner,
                name: self.name().to_owned(),
            },
        )))
    }

    /// The whole input as text. Bytes that are not UTF-8 are an error
    /// naming the input and the offset of the first bad byte.
    pub fn read_text(&self) -> io::Result<String> {
        let mut bytes = Vec::new();
        self.reader()?.read_to_end(&mut bytes)?;
        String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}: invalid UTF-8 at byte {offset}", self.name()),
            )
        })
    }
}

/// A reader whose errors name its input.
struct Named {
    inner: Box<dyn Read>,
    name: String,
}

impl Read for Named {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner
            .read(buf)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", self.name)))
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
