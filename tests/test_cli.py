"""The command line: extract and evaluate, on files, folders and stdin, with bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dutchfacts.cli import app

ARTICLE = " date 2022-10 In 2021 meldden zich 285 slachtoffers, 14 procent meer dan vorig jaar."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Een kwart van de 40 leden stemde voor.", encoding="utf-8")
    return tmp_path


def run(runner, *args, **kwargs):
    return runner.invoke(app, [*args, "--model", "blank:nl"], catch_exceptions=False, **kwargs)


def test_extract_a_folder_as_jsonl(runner, folder):
    result = run(runner, "extract", str(folder))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["document"] for line in lines] == ["b", "a"]
    first = lines[0]
    assert first["date"] == "2022-10" and first["model"]["name"] == "blank:nl"
    assert [(m["type"], m["value"]) for m in first["mentions"]] == [
        ("year", 2021), ("number", 285), ("percentage", 14), ("year", 2021)
    ]


def test_extract_stdin_with_date_override(runner):
    result = run(runner, "extract", "-", "--date", "2020-01", input="Vorig jaar was het 3 procent.")
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout)
    assert line["document"] == "stdin" and line["mentions"][0]["value"] == 2019


def test_extract_csv_to_file(runner, folder, tmp_path):
    out = tmp_path / "out" / "mentions.csv"
    result = run(runner, "extract", str(folder / "b.txt"), "-o", str(out), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["text"] for row in rows] == ["2021", "285", "14 procent", "vorig jaar"]
    assert rows[1]["counted"] == "slachtoffers" and rows[2]["rule"] == "percentage.percent"


def test_bad_files_are_reported_and_the_rest_is_written(runner, folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\xff\x00data")
    (folder / "latin.txt").write_bytes("Café: 3 gasten".encode("latin-1"))
    out = tmp_path / "results.jsonl"
    result = run(runner, "extract", str(folder), "-o", str(out))
    assert result.exit_code == 1
    documents = [json.loads(line)["document"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert documents == ["b", "a"]
    for name, reason in (("empty.txt", "empty file"), ("binary.txt", "binary"), ("latin.txt", "not UTF-8")):
        assert any(name in line and reason in line for line in result.stderr.splitlines()), result.stderr


def test_bad_date_and_bad_model_are_usage_errors(runner, folder):
    assert run(runner, "extract", str(folder), "--date", "22-10-2022").exit_code == 2
    result = runner.invoke(app, ["extract", str(folder), "--model", "/nonexistent/model"])
    assert result.exit_code == 2 and "cannot load spaCy model" in result.stderr


def test_schema(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and "ArticleResult" in json.loads(result.stdout)["title"]


def test_evaluate_scores_and_diffs(runner, folder):
    (folder / "b.expected.yaml").write_text(
        "document: b\ndate: 2022-10\nmentions:\n"
        "  - {text: \"2021\", type: year, value: 2021}\n"
        "  - {text: \"285\", type: number, value: 285, counted: slachtoffers}\n"
        "  - {text: \"14 procent\", type: percentage, value: 14, change: increase}\n"
        "  - {text: \"vorig jaar\", type: year, value: 2021, relative: true}\n"
        "  - {text: \"slachtoffers\", type: number, value: 7}\n",
        encoding="utf-8",
    )
    result = run(runner, "evaluate", str(folder), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["types"]["year"]["f1"] == 1.0
    assert summary["types"]["number"]["recall"] == 0.5
    assert summary["attributes"]["change"] == 1.0
    diff = run(runner, "evaluate", str(folder), "--diff")
    assert "missed: number 'slachtoffers' = 7" in diff.stdout


def test_evaluate_reports_a_malformed_label_file_and_scores_the_rest(runner, folder):
    (folder / "b.expected.yaml").write_text("document: b\nmentions: [\n", encoding="utf-8")
    result = run(runner, "evaluate", str(folder), "--json")
    assert result.exit_code == 1
    assert "b.expected.yaml" in result.stderr and "not valid YAML" in result.stderr


def test_an_article_the_pipeline_fails_on_is_reported_and_the_rest_goes_on(capsys):
    import dutchfacts
    from spacy.language import Language

    from dutchfacts.pipeline import process
    from dutchfacts.io.reading import Article

    @Language.component("fails_on_boom")
    def fails_on_boom(doc):
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return doc

    nlp = dutchfacts.load("blank:nl")
    nlp.add_pipe("fails_on_boom", before="dutchfacts_figures")
    results = list(process(nlp, [Article("a", "In 2021."), Article("b", "boom"), Article("c", "Dat is 5 procent.")]))
    assert [r.document for r in results] == ["a", "c"]
    assert "b: component 'fails_on_boom' failed: boom" in capsys.readouterr().err


def test_output_file_gets_the_usual_permissions(runner, folder, tmp_path):
    import os
    import stat

    out = tmp_path / "out.jsonl"
    assert run(runner, "extract", str(folder / "b.txt"), "-o", str(out)).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
