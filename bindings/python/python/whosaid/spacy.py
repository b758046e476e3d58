"""whosaid as a spaCy pipeline component.

Installing the package registers the factory ``"whosaid"`` with spaCy
(through the ``spacy_factories`` entry point), so no import is needed::

    import spacy

    nlp = spacy.blank("en")          # any pipeline: whosaid needs no model
    nlp.add_pipe("whosaid")
    doc = nlp('"We agree," said Sergey Lavrov. Officials said talks would resume.')

    for q in doc._.whosaid_quotes:   # one per quotation
        print(q.quote.text, q.speaker, q.name, q.cue)
    for r in doc._.whosaid_reports:  # every attribution, quoted or reported
        print(r.kind, r.cue_class, [c.text for c in r.content], r.speaker)

What the component leaves on a ``Doc``:

- ``doc._.whosaid``: the analysis as plain data, ``{"attributions": [...],
  "reports": [...]}``, each item the ``to_dict()`` of a
  :class:`whosaid.Attribution` or :class:`whosaid.Report` (offsets are
  string indices into ``doc.text``). Plain data keeps a ``DocBin`` with
  ``store_user_data=True`` working (its lists come back as tuples).
- ``doc._.whosaid_quotes`` and ``doc._.whosaid_reports``: the same as
  spaCy ``Span`` objects (:class:`QuoteSpans`, :class:`ReportSpans`),
  read from ``doc._.whosaid`` each time they are asked for.
- ``doc.spans["whosaid"]`` (the key is the ``spans_key`` setting; ``None``
  leaves it out): a span group labelled ``QUOTE``, ``SPEAKER``, ``CUE``,
  ``SOURCE``, ``ADDRESSEE`` and ``CONTENT`` (what a report gives in other
  words), for ``displacy.render(doc, style="span", options={"spans_key":
  "whosaid"})``. A mention that serves several quotations is in it once.

whosaid reads ``doc.text`` with its own rules; it neither needs nor
changes spaCy's tokens, sentences or entities. A span is widened to
whole tokens where spaCy's tokens cut through it (``alignment_mode
"expand"``); the exact offsets stay in ``doc._.whosaid``.

The settings are those of :class:`whosaid.Attributor` (``cues``,
``line_breaks``, ``continuation``, ``disabled_rules``), and:

- ``reports`` (default ``True``): find reported speech as well; with
  ``False`` only quotations are attributed, and ``reports`` lists are
  empty.
- ``spans_key`` (default ``"whosaid"``): the key of the span group.
- ``threads`` (default ``None``, every core): threads for ``nlp.pipe``,
  which hands each batch to whosaid at once with the GIL released.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import minibatch

from . import Attributor

__all__ = ["QuoteSpans", "ReportSpans", "WhosaidComponent", "make_whosaid"]

#: The labels of the span group, in the order a quotation's parts are added.
LABELS = ("QUOTE", "SPEAKER", "CUE", "SOURCE", "ADDRESSEE", "CONTENT")


@dataclass(frozen=True)
class QuoteSpans:
    """A quotation and its attribution, as spans of the ``Doc``."""

    #: The quotation with its marks.
    quote: Span
    #: The speaker as written ("he", "Lavrov"), or ``None``.
    speaker: Optional[Span]
    #: The speaker's canonical name ("Sergey Lavrov" for "he" or "Lavrov"),
    #: or ``None`` where whosaid knows none.
    name: Optional[str]
    #: The reporting verb or phrase ("said", "according to").
    cue: Optional[Span]
    #: The outlet or document the quotation was relayed through.
    source: Optional[Span]
    #: Whom it was said to ("told Lavrov").
    addressee: Optional[Span]
    confidence: float
    #: The rule that attributed it ("trailing_cue_speaker"), or ``None``.
    rule: Optional[str]
    #: The attribution as ``whosaid.Attribution.to_dict()`` gives it.
    data: dict


@dataclass(frozen=True)
class ReportSpans:
    """An attribution, quoted or reported in other words, as spans."""

    #: What was attributed: one span, or two when "X said" interrupts it.
    content: List[Span]
    #: "direct", "mixed" or "indirect".
    kind: str
    #: "speech", "thought" or "evidence".
    cue_class: str
    speaker: Optional[Span]
    name: Optional[str]
    cue: Optional[Span]
    source: Optional[Span]
    addressee: Optional[Span]
    confidence: float
    rule: Optional[str]
    #: The report as ``whosaid.Report.to_dict()`` gives it.
    data: dict


def _span(doc: Doc, item: Optional[dict], label: str = "") -> Optional[Span]:
    """The span of the whole tokens over ``item``'s string offsets."""
    if not item or item["end"] <= item["start"]:
        return None
    return doc.char_span(item["start"], item["end"], label=label, alignment_mode="expand")


def _parts(doc: Doc, item: dict) -> dict:
    """What a quotation and a report share, as spans: speaker, canonical
    name, cue, source, addressee, confidence, rule and the data itself."""
    speaker = item["speaker"]
    return {
        "speaker": _span(doc, speaker),
        "name": speaker.get("name") if speaker else None,
        "cue": _span(doc, item["cue"]),
        "source": _span(doc, item["source"]),
        "addressee": _span(doc, item["addressee"]),
        "confidence": item["confidence"],
        "rule": item["rule"],
        "data": item,
    }


def _quotes(doc: Doc) -> List[QuoteSpans]:
    data = doc._.whosaid or {}
    out = []
    for a in data.get("attributions", []):
        quote = _span(doc, a)
        if quote is not None:
            out.append(QuoteSpans(quote=quote, **_parts(doc, a)))
    return out


def _reports(doc: Doc) -> List[ReportSpans]:
    data = doc._.whosaid or {}
    out = []
    for r in data.get("reports", []):
        content = [s for s in (_span(doc, c) for c in r["content"]) if s is not None]
        out.append(
            ReportSpans(content=content, kind=r["kind"], cue_class=r["cue_class"], **_parts(doc, r))
        )
    return out


def _register_extensions() -> None:
    if not Doc.has_extension("whosaid"):
        Doc.set_extension("whosaid", default=None)
    if not Doc.has_extension("whosaid_quotes"):
        Doc.set_extension("whosaid_quotes", getter=_quotes)
    if not Doc.has_extension("whosaid_reports"):
        Doc.set_extension("whosaid_reports", getter=_reports)


class WhosaidComponent:
    """The pipeline component: attributes the quotations (and, with
    ``reports``, every reported attribution) of each ``Doc``'s text."""

    def __init__(
        self,
        nlp: Language,
        name: str = "whosaid",
        *,
        reports: bool = True,
        spans_key: Optional[str] = "whosaid",
        cues: Iterable[str] = (),
        line_breaks: str = "auto",
        continuation: bool = True,
        disabled_rules: Iterable[str] = (),
        threads: Optional[int] = None,
    ) -> None:
        _register_extensions()
        self.name = name
        self.reports = reports
        self.spans_key = spans_key
        self.threads = threads
        self.attributor = Attributor(
            cues=list(cues),
            line_breaks=line_breaks,
            continuation=continuation,
            disabled_rules=list(disabled_rules),
        )

    def __call__(self, doc: Doc) -> Doc:
        if self.reports:
            found = self.attributor.document(doc.text)
            return self._set(doc, found.attributions, found.reports)
        return self._set(doc, self.attributor.attribute(doc.text), [])

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            texts = [doc.text for doc in batch]
            quoted = self.attributor.attribute_many(texts, threads=self.threads)
            if self.reports:
                reported = self.attributor.attributions_many(texts, threads=self.threads)
            else:
                reported = [[] for _ in texts]
            for doc, a, r in zip(batch, quoted, reported):
                yield self._set(doc, a, r)

    def _set(self, doc: Doc, attributions, reports) -> Doc:
        data = {
            "attributions": [a.to_dict() for a in attributions],
            "reports": [r.to_dict() for r in reports],
        }
        doc._.whosaid = data
        if self.spans_key is not None:
            doc.spans[self.spans_key] = _span_group(doc, self.spans_key, data)
        return doc


def _span_group(doc: Doc, key: str, data: dict) -> SpanGroup:
    seen = set()
    spans = []

    def add(item, label):
        span = _span(doc, item, label)
        if span is not None and (span.start, span.end, label) not in seen:
            seen.add((span.start, span.end, label))
            spans.append(span)

    for a in data["attributions"]:
        add(a, "QUOTE")
    for item in data["attributions"] + data["reports"]:
        add(item["speaker"], "SPEAKER")
        add(item["cue"], "CUE")
        add(item["source"], "SOURCE")
        add(item["addressee"], "ADDRESSEE")
    for r in data["reports"]:
        # a direct report's content is its quotations, already there
        if r["kind"] != "direct":
            for c in r["content"]:
                add(c, "CONTENT")
    spans.sort(key=lambda s: (s.start, s.end, LABELS.index(s.label_)))
    return SpanGroup(doc, name=key, spans=spans)


@Language.factory(
    "whosaid",
    default_config={
        "reports": True,
        "spans_key": "whosaid",
        "cues": [],
        "line_breaks": "auto",
        "continuation": True,
        "disabled_rules": [],
        "threads": None,
    },
)
def make_whosaid(
    nlp: Language,
    name: str,
    reports: bool,
    spans_key: Optional[str],
    cues: List[str],
    line_breaks: str,
    continuation: bool,
    disabled_rules: List[str],
    threads: Optional[int],
) -> WhosaidComponent:
    """The factory spaCy calls for ``nlp.add_pipe("whosaid", config=...)``."""
    return WhosaidComponent(
        nlp,
        name,
        reports=reports,
        spans_key=spans_key,
        cues=cues,
        line_breaks=line_breaks,
        continuation=continuation,
        disabled_rules=disabled_rules,
        threads=threads,
    )
