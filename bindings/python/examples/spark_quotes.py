"""Who said what across an archive, on Spark.

    python examples/spark_quotes.py INPUT OUTPUT [--reports] [--master local[*]]

INPUT is JSON Lines of {"id", "text"} articles (a file or a folder of
them), or Parquet with the columns ``id`` and ``text`` (a path ending in
``.parquet``, or ``--parquet``). OUTPUT is a Parquet folder with one row
per quotation: the document id, the quotation with its marks, its content
and kind, the speaker as written and its canonical name, kind and role,
the cue, the source, the confidence, the rule, and offsets (string indices
and UTF-8 bytes). The job then prints the twenty most-quoted speakers.

With ``--reports`` a row is every attribution, quoted or reported in
other words ("Yellen said that …", "according to the poll, …"): its
content (fragments joined by " … "), kind (direct, mixed, indirect), cue
class (speech, thought, evidence), speaker, cue, source, addressee,
confidence, rule and offsets, through ``whosaid.attributions_arrow``; the
job then prints the twenty speakers with the most attributions.

whosaid runs inside ``mapInArrow``: each Arrow batch of texts goes to
``whosaid.attribute_arrow`` in one call, and the rows come back as Arrow
columns, without a Python object per quotation.

On a cluster, every executor needs the package. Either install the wheel
on each node (``pip install whosaid-*.whl``, built once with ``pip wheel
./bindings/python``), or ship a packed environment::

    python -m venv env && env/bin/pip install ./bindings/python pyarrow venv-pack
    env/bin/venv-pack -o env.tar.gz
    PYSPARK_PYTHON=./env/bin/python spark-submit \\
        --master yarn --archives env.tar.gz#env \\
        examples/spark_quotes.py s3://bucket/articles/ s3://bucket/quotes/
"""

import argparse
import os
import sys

import pyarrow as pa
import pyarrow.compute as pc

import whosaid

#: The output rows: Spark's schema, in the order of the columns written.
SCHEMA = (
    "id string, start long, end long, byte_start long, byte_end long, "
    "quote string, content string, kind string, speaker string, speaker_name string, "
    "speaker_kind string, speaker_role string, cue string, source string, "
    "confidence float, rule string"
)

#: whosaid's Arrow field for each output column after the id.
FIELDS = (
    ("start", "start"),
    ("end", "end"),
    ("byte_start", "byte_start"),
    ("byte_end", "byte_end"),
    ("quote", "text"),
    ("content", "content"),
    ("kind", "kind"),
    ("speaker", "speaker"),
    ("speaker_name", "speaker_name"),
    ("speaker_kind", "speaker_kind"),
    ("speaker_role", "speaker_role"),
    ("cue", "cue"),
    ("source", "source"),
    ("confidence", "confidence"),
    ("rule", "rule"),
)


#: The columns of ``--reports`` after the id: every field of
#: ``whosaid.REPORT_ARROW_FIELDS`` but "text" (the stretch the content spans).
REPORT_FIELDS = tuple((name, name) for name in whosaid.REPORT_ARROW_FIELDS if name != "text")

#: Spark's type of each non-string column.
TYPES = {"start": "long", "end": "long", "byte_start": "long", "byte_end": "long", "confidence": "float"}

#: The rows of ``--reports``: Spark's schema.
REPORT_SCHEMA = ", ".join(["id string"] + [f"{name} {TYPES.get(name, 'string')}" for name, _ in REPORT_FIELDS])


def rows_of(batches, find, fields):
    """Batches of (id, text) in, a batch of rows out for each: ``find``
    gives a list of structs per text, ``fields`` names the columns."""
    for batch in batches:
        lists = find(batch.column("text"), threads=1)
        structs = lists.flatten()
        parents = pc.list_parent_indices(lists)
        ids = pc.take(pc.cast(batch.column("id"), pa.string()), parents)
        columns = [ids]
        for _, field in fields:
            column = structs.field(field)
            if pa.types.is_large_string(column.type):
                column = pc.cast(column, pa.string())
            columns.append(column)
        yield pa.RecordBatch.from_arrays(columns, names=["id"] + [name for name, _ in fields])


def quotations(batches):
    """mapInArrow: batches of (id, text) in, one row per quotation out."""
    return rows_of(batches, whosaid.attribute_arrow, FIELDS)


def reports(batches):
    """mapInArrow: batches of (id, text) in, one row per attribution out."""
    return rows_of(batches, whosaid.attributions_arrow, REPORT_FIELDS)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--parquet", action="store_true", help="read Parquet (also when INPUT ends in .parquet)")
    parser.add_argument("--master", default="local[*]")
    parser.add_argument("--top", type=int, default=20, help="how many speakers to print")
    parser.add_argument(
        "--reports", action="store_true", help="every attribution, quoted or reported, instead of quotations"
    )
    args = parser.parse_args(argv)

    # in local mode the workers run this interpreter, which has whosaid;
    # on a cluster PYSPARK_PYTHON names the executors' environment
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    spark = (
        SparkSession.builder.master(args.master)
        .appName("whosaid quotes")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    if args.parquet or args.input.endswith(".parquet"):
        articles = spark.read.parquet(args.input)
    else:
        articles = spark.read.json(args.input)
    articles = articles.select(F.col("id").cast("string").alias("id"), F.col("text").cast("string").alias("text"))
    if args.reports:
        rows = articles.mapInArrow(reports, REPORT_SCHEMA)
    else:
        rows = articles.mapInArrow(quotations, SCHEMA)
    rows.write.mode("overwrite").parquet(args.output)

    written = spark.read.parquet(args.output)
    who = F.coalesce(F.col("speaker_name"), F.col("speaker"))
    top = (
        written.where(F.col("speaker").isNotNull())
        .groupBy(who.alias("speaker"))
        .count()
        .orderBy(F.desc("count"), F.asc("speaker"))
        .limit(args.top)
        .collect()
    )
    if args.reports:
        print(f"{written.count()} attributions written to {args.output}; the most attributed:")
    else:
        print(f"{written.count()} quotations written to {args.output}; the most quoted:")
    for row in top:
        print(f"{row['count']:6d}  {row['speaker']}")
    spark.stop()


if __name__ == "__main__":
    main()
