"""Type stubs of the whosaid package."""

from typing import Iterable, Optional, Sequence

ARROW_FIELDS: tuple[str, ...]
REPORT_ARROW_FIELDS: tuple[str, ...]

class Sentence:
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    def to_dict(self) -> dict: ...

class Quote:
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    content: str
    content_start: int
    content_end: int
    kind: str
    style: str
    closed: bool
    depth: int
    parent: Optional[int]
    def to_dict(self) -> dict: ...

class Mention:
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    name: Optional[str]
    kind: str
    role: Optional[str]
    entity: Optional[int]
    def to_dict(self) -> dict: ...

class Cue:
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    def to_dict(self) -> dict: ...

class Attribution:
    quote: Quote
    speaker: Optional[Mention]
    cue: Optional[Cue]
    source: Optional[Mention]
    addressee: Optional[Mention]
    confidence: float
    rule: Optional[str]
    def to_dict(self) -> dict: ...

class Fragment:
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    def to_dict(self) -> dict: ...

class Report:
    content: list[Fragment]
    kind: str
    speaker: Optional[Mention]
    cue: Optional[Cue]
    cue_class: str
    source: Optional[Mention]
    addressee: Optional[Mention]
    confidence: float
    rule: Optional[str]
    def to_dict(self) -> dict: ...

class Entity:
    name: str
    kind: str
    role: Optional[str]
    def to_dict(self) -> dict: ...

class Speaker:
    name: str
    kind: str
    role: Optional[str]
    entity: Optional[int]
    quotes: list[int]
    def to_dict(self) -> dict: ...

class Attributor:
    def __init__(
        self,
        *,
        cues: Sequence[str] = ...,
        line_breaks: str = "auto",
        continuation: bool = True,
        disabled_rules: Sequence[str] = ...,
    ) -> None: ...
    def attribute(self, text: str) -> list[Attribution]: ...
    def attributions(self, text: str) -> list[Report]: ...
    def document(self, text: str) -> Document: ...
    def attribute_many(self, texts: Iterable[str], threads: Optional[int] = None) -> list[list[Attribution]]: ...
    def attributions_many(self, texts: Iterable[str], threads: Optional[int] = None) -> list[list[Report]]: ...

class Document:
    text: str
    sentences: list[Sentence]
    attributions: list[Attribution]
    reports: list[Report]
    entities: list[Entity]
    speakers: list[Speaker]
    def __init__(self, text: str, attributor: Optional[Attributor] = None) -> None: ...
    def to_dict(self) -> dict: ...

def sentences(text: str) -> list[Sentence]: ...
def quotes(text: str) -> list[Quote]: ...
def attribute(text: str) -> list[Attribution]: ...
def attributions(text: str) -> list[Report]: ...
def attribute_many(texts: Iterable[str], threads: Optional[int] = None) -> list[list[Attribution]]: ...
def attributions_many(texts: Iterable[str], threads: Optional[int] = None) -> list[list[Report]]: ...
def attribute_arrow(array, threads: Optional[int] = None, attributor: Optional[Attributor] = None): ...
def attributions_arrow(array, threads: Optional[int] = None, attributor: Optional[Attributor] = None): ...
