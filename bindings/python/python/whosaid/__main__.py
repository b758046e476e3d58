"""``python -m whosaid FILE``: who said what in FILE (``-`` for standard
input), as the Rust ``attribute`` example prints it: each quotation with
its speaker, cue and source; who was quoted; what was reported in other
words."""

import argparse
import sys

from . import Attributor

QUOTE_WIDTH = 56
REPORT_WIDTH = 60


def shorten(s, width):
    """``s`` on one line, cut to ``width`` characters with an ellipsis
    before its closing mark."""
    flat = " ".join(s.split())
    if len(flat) <= width:
        return flat
    return flat[: width - 2] + "\u2026" + flat[-1]


def clip(s, width):
    """``s`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(s.split())
    if len(flat) <= width:
        return flat
    return flat[: width - 1] + "\u2026"


def table(header, rows):
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m whosaid", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="the article to read; - for standard input")
    parser.add_argument("--line-breaks", default="auto", choices=["auto", "hard", "soft"])
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(args.file, "rb") as f:
                text = f.read().decode("utf-8")
    except UnicodeDecodeError as e:
        name = "standard input" if args.file == "-" else args.file
        print(f"whosaid: {name}: invalid UTF-8 at byte {e.start}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"whosaid: {args.file}: {e.strerror}", file=sys.stderr)
        return 1
    doc = Attributor(line_breaks=args.line_breaks).document(text)
    rows = []
    for a in doc.attributions:
        # (a quotation inside another only when someone is named for it,
        # indented under the one it is in)
        if a.quote.depth and a.speaker is None:
            continue
        s = a.speaker
        if s is None:
            who = "(unattributed)"
        elif s.name and s.name.lower() != s.text.lower():
            who = f'{s.name} ("{s.text}")'
        else:
            who = s.text
        rows.append(
            [
                "  " * a.quote.depth + shorten(a.quote.text, QUOTE_WIDTH),
                who,
                a.cue.text if a.cue else "",
                a.source.text if a.source else "",
            ]
        )
    if not rows:
        # (an article may report without quoting: its reports follow)
        print("no quotations found")
    else:
        table(["quote", "speaker", "cue", "source"], rows)
        print()
        table(
            ["speaker", "role", "quotes"],
            [[s.name, s.role or "", str(len(s.quotes))] for s in doc.speakers],
        )
    reported = [
        [
            (r.speaker.name or r.speaker.text) if r.speaker else "",
            r.cue.text if r.cue else "",
            r.cue_class,
            r.kind,
            clip(" \u2026 ".join(f.text for f in r.content), REPORT_WIDTH),
        ]
        for r in doc.reports
        if r.kind != "direct"
    ]
    if reported:
        print()
        table(["reported by", "cue", "class", "kind", "what"], reported)
    return 0


if __name__ == "__main__":
    sys.exit(main())
