"""Parquet output for archives: a mentions table and an actors table, for DuckDB, pandas, Spark.

    pip install 'dutchfacts[parquet]'

`-o OUT.parquet` holds one row per mention (the article's `document` and
`date`, then every field of a mention); `OUT.actors.parquet` one row per
actor mention (the actor's name, kind, aliases and rule, then the mention's
text and offsets). The column types come from the JSON Schema of the records
(`dutchfacts schema`), so the tables and the JSONL output agree.

Rows are written in row groups as results come, so memory stays flat however
many articles there are; both files are written under temporary names and
renamed when the run ends, so they appear whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..records import Actor, ActorMention, ArticleResult, Mention

ROW_GROUP_ROWS = 10_000
# An article's fields that every row repeats: which article, of when.
ARTICLE_COLUMNS = ("document", "date")
JSON_TYPES = ("string", "number", "integer", "boolean", "array")


class ParquetUnavailable(RuntimeError):
    """pyarrow, which writes Parquet, is not installed."""


def arrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ParquetUnavailable(
            "--format parquet needs pyarrow: pip install 'dutchfacts[parquet]'"
        ) from None
    return pyarrow


def arrow_type(pa, schema: dict):
    """The Arrow type of a JSON Schema property (an enum is a string, as in JSON)."""
    kinds = [option for option in schema.get("anyOf", [schema]) if option.get("type") != "null"]
    if len(kinds) != 1 or kinds[0].get("type") not in JSON_TYPES:
        raise TypeError(f"no Arrow column type for the JSON Schema {schema}")
    kind = kinds[0]
    if kind["type"] == "array":
        return pa.list_(pa.field("item", arrow_type(pa, kind["items"]), nullable=False))
    return {"string": pa.string(), "number": pa.float64(), "integer": pa.int64(), "boolean": pa.bool_()}[kind["type"]]


def arrow_fields(pa, model, names: Iterable[str] | None = None) -> list:
    properties = model.model_json_schema()["properties"]
    return [
        pa.field(name, arrow_type(pa, properties[name]), nullable=any(o.get("type") == "null" for o in properties[name].get("anyOf", [])))
        for name in (names or properties)
    ]


def mention_schema(pa):
    return pa.schema(arrow_fields(pa, ArticleResult, ARTICLE_COLUMNS) + arrow_fields(pa, Mention))


def actor_schema(pa):
    actor_columns = [name for name in Actor.model_fields if name != "mentions"]
    return pa.schema(
        arrow_fields(pa, ArticleResult, ARTICLE_COLUMNS) + arrow_fields(pa, Actor, actor_columns) + arrow_fields(pa, ActorMention)
    )


def mention_rows(result: ArticleResult) -> Iterator[dict]:
    article = {"document": result.document, "date": result.date}
    for mention in result.mentions:
        yield {**article, **mention.model_dump()}


def actor_rows(result: ArticleResult) -> Iterator[dict]:
    article = {"document": result.document, "date": result.date}
    for actor in result.actors:
        described = actor.model_dump(exclude={"mentions"})
        for mention in actor.mentions:
            yield {**article, **described, **mention.model_dump()}


def actors_path(path: Path) -> Path:
    """`out.parquet` → `out.actors.parquet`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.actors{path.suffix or '.parquet'}")


class Table:
    """One Parquet file being written: rows gathered into row groups, under a temporary name."""

    def __init__(self, pa, path: Path, schema):
        self.pa, self.path, self.schema = pa, Path(path), schema
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self.temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
        os.close(handle)
        self.writer = pa.parquet.ParquetWriter(self.temporary, schema)
        self.rows: list[dict] = []

    def add(self, rows: Iterable[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= ROW_GROUP_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def finish(self) -> None:
        self.flush()
        self.writer.close()
        # mkstemp makes the file private (0600); the result gets the mode any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temporary, 0o666 & ~umask)
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        if self.writer.is_open:
            self.writer.close()
        if os.path.exists(self.temporary):
            os.unlink(self.temporary)


class ParquetOutput:
    """Where `extract --format parquet` writes: call it with each result."""

    def __init__(self, mentions: Table, actors: Table):
        self.mentions, self.actors = mentions, actors

    def __call__(self, result: Union[ArticleResult, dict]) -> None:
        if isinstance(result, dict):  # a record as `dutchfacts.io.dask.extract_bag` gives it
            result = ArticleResult.model_validate(result)
        self.mentions.add(mention_rows(result))
        self.actors.add(actor_rows(result))


@contextmanager
def parquet_output(path: Path, actors: Optional[Path] = None) -> Iterator[ParquetOutput]:
    """The mentions table at `path`, the actors table at `actors` (default: beside it as
    `NAME.actors.parquet`); both appear when the block ends without an error."""
    pa = arrow()
    tables: list[Table] = []
    try:
        for target, schema in ((Path(path), mention_schema(pa)), (Path(actors or actors_path(path)), actor_schema(pa))):
            tables.append(Table(pa, target, schema))
        yield ParquetOutput(*tables)
        for table in tables:
            table.finish()
    except BaseException:
        for table in tables:
            table.discard()
        raise


def write_parquet(
    results: Iterable[Union[ArticleResult, dict]], path: Union[str, Path], actors: Union[str, Path, None] = None
) -> Path:
    """Write results (records or their dicts, e.g. one Dask partition) as the two tables; returns `path`."""
    with parquet_output(Path(path), actors) as write:
        for result in results:
            write(result)
    return Path(path)
