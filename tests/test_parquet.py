"""`extract --format parquet`: two tables that DuckDB (and pandas) read back as the JSONL output has them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dutchfacts.cli import app
from dutchfacts.records import ArticleResult

from conftest import CORPUS

pytest.importorskip("pyarrow", reason="the parquet extra is not installed (pip install -e '.[parquet]')")
duckdb = pytest.importorskip("duckdb", reason="duckdb (the test extra) is not installed")

from dutchfacts.io.parquet import actor_schema, arrow, mention_schema, write_parquet  # noqa: E402

# What DuckDB calls the JSON Schema's types.
DUCKDB_TYPES = {"string": "VARCHAR", "number": "DOUBLE", "integer": "BIGINT", "boolean": "BOOLEAN"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """200 articles: the corpus repeated."""
    texts = sorted(CORPUS.glob("*.txt"))
    path = tmp_path_factory.mktemp("archive") / "archive.jsonl"
    with open(path, "w", encoding="utf-8") as stream:
        for n in range(200):
            text = texts[n % len(texts)]
            stream.write(json.dumps({"id": f"r{n:03d}-{text.stem}", "text": text.read_text(encoding="utf-8")}) + "\n")
    return path


@pytest.fixture(scope="module")
def outputs(archive):
    runner = CliRunner()
    folder = archive.parent
    for name in ("out.jsonl", "out.parquet"):
        result = runner.invoke(app, ["extract", str(archive), "-o", str(folder / name), "--model", "blank:nl",
                                     "--n-process", "1", "--format", name.split(".")[1]])
        assert result.exit_code == 0, result.output
    results = [ArticleResult.model_validate_json(line) for line in (folder / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    return results, folder / "out.parquet", folder / "out.actors.parquet"


def test_duckdb_reads_every_mention_and_actor_mention(outputs):
    results, mentions, actors = outputs
    assert len(results) == 200
    count = duckdb.sql(f"SELECT count(*), count(DISTINCT document) FROM '{mentions}'").fetchall()[0]
    assert count == (sum(len(r.mentions) for r in results), 200)
    expected = [(r.document, m.start, m.text, m.value, m.qualifier, m.counted, m.source, m.rule) for r in results for m in r.mentions]
    rows = duckdb.sql(f"SELECT document, start, text, value, qualifier, counted, source, rule FROM '{mentions}'").fetchall()
    assert rows == expected
    actor_rows = duckdb.sql(f"SELECT document, name, kind, aliases, text, start FROM '{actors}'").fetchall()
    assert actor_rows == [
        (r.document, a.name, a.kind, a.aliases, m.text, m.start) for r in results for a in r.actors for m in a.mentions
    ]


def test_columns_have_the_json_schema_types(outputs):
    _, mentions, actors = outputs
    schema = ArticleResult.model_json_schema()
    definitions = schema["$defs"]

    def json_type(spec: dict) -> str:
        kinds = [o for o in spec.get("anyOf", [spec]) if o.get("type") != "null"]
        kind = kinds[0]
        return f"{DUCKDB_TYPES[kind['items']['type']]}[]" if kind["type"] == "array" else DUCKDB_TYPES[kind["type"]]

    article = {name: json_type(schema["properties"][name]) for name in ("document", "date")}
    columns = {row[0]: row[1] for row in duckdb.sql(f"DESCRIBE SELECT * FROM '{mentions}'").fetchall()}
    assert columns == {**article, **{n: json_type(s) for n, s in definitions["Mention"]["properties"].items()}}
    actor_columns = {row[0]: row[1] for row in duckdb.sql(f"DESCRIBE SELECT * FROM '{actors}'").fetchall()}
    described = {n: json_type(s) for n, s in definitions["Actor"]["properties"].items() if n != "mentions"}
    assert actor_columns == {**article, **described, **{n: json_type(s) for n, s in definitions["ActorMention"]["properties"].items()}}


def test_pandas_reads_the_same_rows(outputs):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (it is no dependency of dutchfacts)")
    results, mentions, _ = outputs
    frame = pandas.read_parquet(mentions)
    assert len(frame) == sum(len(r.mentions) for r in results)
    assert list(frame.columns) == mention_schema(arrow()).names


def test_rows_are_written_in_row_groups_as_results_come(outputs, monkeypatch, tmp_path):
    import pyarrow.parquet as pq

    import dutchfacts.io.parquet

    results, _, _ = outputs
    monkeypatch.setattr(dutchfacts.io.parquet, "ROW_GROUP_ROWS", 500)
    path = write_parquet(results, tmp_path / "small.parquet")
    metadata = pq.ParquetFile(path).metadata
    assert metadata.num_rows == sum(len(r.mentions) for r in results)
    assert metadata.num_row_groups >= metadata.num_rows // 500
    assert pq.ParquetFile(tmp_path / "small.actors.parquet").schema_arrow == actor_schema(arrow())


def test_a_failed_run_leaves_no_file(tmp_path, outputs):
    results, _, _ = outputs
    target = tmp_path / "broken.parquet"

    def failing():
        yield results[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_parquet(failing(), target)
    assert list(tmp_path.iterdir()) == []


def test_parquet_needs_an_output_file(archive):
    result = CliRunner().invoke(app, ["extract", str(archive), "--format", "parquet", "--model", "blank:nl"])
    assert result.exit_code == 2 and "-o OUT.parquet" in result.stderr
