"""Who said what in English news text.

The Rust library whosaid, bound to Python: sentences, quotations, the
speaker of each quotation, and every attribution quoted or reported, with
offsets that are Python string indices (``text[q.start:q.end]`` is the
quotation) beside UTF-8 byte offsets (``byte_start``, ``byte_end``).

>>> import whosaid
>>> a = whosaid.attribute('"We agree," Sergey Lavrov said.')[0]
>>> a.speaker.text, a.cue.text
('Sergey Lavrov', 'said')
"""

# ARROW_FIELDS and REPORT_ARROW_FIELDS: the fields of each struct of
# ``attribute_arrow`` and ``attributions_arrow``, in order, as the Rust
# side builds them.
from ._whosaid import (
    ARROW_FIELDS,
    REPORT_ARROW_FIELDS,
    Attribution,
    Attributor,
    Cue,
    Document,
    Entity,
    Fragment,
    Mention,
    Quote,
    Report,
    Sentence,
    Speaker,
    attribute,
    attribute_many,
    attributions,
    attributions_many,
    quotes,
    sentences,
)

__all__ = [
    "Attribution",
    "Attributor",
    "Cue",
    "Document",
    "Entity",
    "Fragment",
    "Mention",
    "Quote",
    "Report",
    "Sentence",
    "Speaker",
    "attribute",
    "attribute_arrow",
    "attribute_many",
    "attributions",
    "attributions_arrow",
    "attributions_many",
    "quotes",
    "sentences",
]

def attribute_arrow(array, threads=None, attributor=None):
    """Every quotation of each text of a ``pyarrow`` string array.

    Returns a ``pyarrow`` list array of structs, one list per text (a null
    text gives a null list), with the fields of ``ARROW_FIELDS``: offsets
    as string indices and bytes, the quotation with its marks, its
    content and kind, the speaker as written with its canonical name, kind
    and role, the cue, the source, the confidence and the rule. The
    columns are built in Rust and handed over as buffers: no Python object
    is made per quotation. ``array`` may be a ``ChunkedArray``.
    """
    texts = _string_list(array, "whosaid.attribute_arrow")
    runner = attributor if attributor is not None else _default()
    return _list_of_structs(runner._attribute_columns(texts, threads))


def attributions_arrow(array, threads=None, attributor=None):
    """Every attribution, quoted or reported, of each text of a ``pyarrow``
    string array: what ``attributions`` finds, as ``attribute_arrow``
    gives quotations.

    Returns a list array of structs, one list per text (a null text gives
    a null list), with the fields of ``REPORT_ARROW_FIELDS``. A report's
    ``start``/``end`` (string indices; ``byte_start``/``byte_end`` in
    bytes) run from its content's first fragment to its last, and
    ``text`` is that stretch of the text; ``content`` is the fragments
    themselves, joined by " \u2026 " where "he said" interrupts them. Beside
    them: ``kind`` (direct, mixed, indirect), ``cue_class`` (speech,
    thought, evidence), the speaker as written with its canonical name,
    kind and role, the cue, the source, the addressee, the confidence and
    the rule. No Python object is made per report.
    """
    texts = _string_list(array, "whosaid.attributions_arrow")
    runner = attributor if attributor is not None else _default()
    return _list_of_structs(runner._report_columns(texts, threads))


def _string_list(array, caller):
    import pyarrow as pa

    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if not isinstance(array, pa.Array) or not (
        pa.types.is_string(array.type) or pa.types.is_large_string(array.type)
    ):
        raise TypeError(f"{caller}: a pyarrow string array is needed")
    return array.to_pylist()


def _list_of_structs(raw):
    """The list-of-struct array of the raw columns the Rust side built."""
    import pyarrow as pa

    count = raw["count"]
    children, names = [], []
    for field in raw["fields"]:
        name, kind = field[0], field[1]
        if kind == "int64":
            child = pa.Array.from_buffers(pa.int64(), count, [None, pa.py_buffer(field[2])])
        elif kind == "float32":
            child = pa.Array.from_buffers(pa.float32(), count, [None, pa.py_buffer(field[2])])
        else:
            offsets, data, validity, nulls = field[2], field[3], field[4], field[5]
            child = pa.Array.from_buffers(
                pa.large_string(),
                count,
                [
                    pa.py_buffer(validity) if validity is not None else None,
                    pa.py_buffer(offsets),
                    pa.py_buffer(data),
                ],
                null_count=nulls,
            )
        children.append(child)
        names.append(name)
    structs = pa.StructArray.from_arrays(children, names)
    validity = raw["list_validity"]
    return pa.Array.from_buffers(
        pa.list_(structs.type),
        raw["length"],
        [pa.py_buffer(validity) if validity is not None else None, pa.py_buffer(raw["list_offsets"])],
        null_count=raw["list_nulls"],
        children=[structs],
    )


_DEFAULT = None


def _default():
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Attributor()
    return _DEFAULT
