"""The Dask engine on a local cluster of two worker processes gives the records of the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed", reason="the dask extra is not installed (pip install -e '.[dask]')")

import dask.bag  # noqa: E402
from dask.distributed import Client, LocalCluster  # noqa: E402

import dutchfacts.io.dask  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.fixture(scope="module")
def cli_records() -> list[dict]:
    run = subprocess.run(
        [sys.executable, "-c", "from dutchfacts.cli import main; main()", "extract", str(CORPUS), "--model", "blank:nl", "--n-process", "1"],
        capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            yield client


def test_the_example_gives_the_records_of_the_cli(cli_records, tmp_path):
    out = tmp_path / "results"
    run = subprocess.run(
        [sys.executable, str(REPO / "examples" / "dask_extract.py"), str(CORPUS), "-o", str(out),
         "--workers", "2", "--partitions", "4", "--model", "blank:nl"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    files = sorted(out.glob("*.jsonl"))
    # One file per partition; dask rounds the partitions asked for to even sizes of the articles.
    assert len(files) == dask.bag.from_sequence(sorted(CORPUS.glob("*.txt")), npartitions=4).npartitions
    assert all(path.read_bytes().endswith(b"\n") for path in files), "a part file without its last newline"
    records = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    assert records == cli_records


def test_jsonl_records_on_two_workers_load_the_pipeline_once_each(client, cli_records):
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))}
    records = dask.bag.from_sequence([{"id": stem, "text": text} for stem, text in texts.items()], npartitions=6)
    results = dutchfacts.io.dask.extract_bag(records, model="blank:nl").compute()
    assert results == cli_records
    loaded = client.run(lambda: len(dutchfacts.io.dask._pipelines))
    # Six partitions on two workers: a worker ran several, with the pipeline it loaded for the first.
    assert max(loaded.values()) == 1, loaded


def test_a_bad_record_costs_only_itself_and_its_error_names_it(client):
    records = dask.bag.from_sequence([
        {"id": "good", "text": "Er kwamen 3 mensen."}, {"id": "broken"}, {"id": "cut", "text": "x \ud800 5"},
        '{"id": "line", "text": "Nog 4 erbij."}\n', "{not json", "\n", {"id": "glued", "text": "Dat was 50%korting"},
    ], npartitions=1)
    results, errors = dutchfacts.io.dask.extract_bags(records, model="blank:nl")
    results, errors = dask.compute(results, errors)
    assert [result["document"] for result in results] == ["good", "line", "glued"]
    assert errors[0] == "record 'broken': record without text"
    assert errors[1].startswith("record 'cut': a lone surrogate U+D800")
    assert errors[2].startswith("line 5 of its partition: not a JSON record")


def test_the_example_reports_a_bad_file_and_exits_1(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("In 2021 kwamen er 12 bij.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01 binary")
    run = subprocess.run(
        [sys.executable, str(REPO / "examples" / "dask_extract.py"), str(folder), "-o", str(tmp_path / "out"),
         "--workers", "1", "--partitions", "2", "--model", "blank:nl"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 1, run.stderr
    assert "b.txt: binary file" in run.stderr
    records = [json.loads(line) for path in sorted((tmp_path / "out").glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [record["document"] for record in records] == ["a"]


def test_the_readme_dask_route_to_parquet(client, cli_records, tmp_path):
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed (pip install -e '.[parquet]')")
    duckdb = pytest.importorskip("duckdb", reason="duckdb (the test extra) is not installed")
    import dask

    from dutchfacts.io.parquet import write_parquet

    texts = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(CORPUS.glob("*.txt"))]
    records = dutchfacts.io.dask.extract_bag(dask.bag.from_sequence(texts, npartitions=3), model="blank:nl")
    dask.compute(*(
        dask.delayed(write_parquet)(part, tmp_path / f"mentions/{i:05d}.parquet", tmp_path / f"actors/{i:05d}.parquet")
        for i, part in enumerate(records.to_delayed())
    ))
    count = duckdb.sql(f"SELECT count(*) FROM '{tmp_path}/mentions/*.parquet'").fetchall()[0][0]
    assert count == sum(len(record["mentions"]) for record in cli_records)
    actors = duckdb.sql(f"SELECT count(*) FROM '{tmp_path}/actors/*.parquet'").fetchall()[0][0]
    assert actors == sum(len(a["mentions"]) for record in cli_records for a in record["actors"])
