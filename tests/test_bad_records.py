"""One bad record costs only itself, in one process and in forked workers, and the exit code says so."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import dutchfacts
import dutchfacts.pipeline
from dutchfacts.cli import app
from dutchfacts.pipeline import process
from dutchfacts.io.reading import Article

COMMAND = [sys.executable, "-c", "from dutchfacts.cli import main; main()"]


def archive_with_one_bad_record(path, records: int, bad: int) -> list[str]:
    """`records` good records, but record `bad` holds a lone surrogate (valid JSON, no valid text)."""
    ids = []
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(records):
            text = f"In {2000 + number} kwamen er {number} mensen bij." if number != bad else "x \ud800 5"
            stream.write(json.dumps({"id": f"n{number:02d}", "text": text}) + "\n")
            ids.append(f"n{number:02d}")
    return ids


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_lone_surrogate_costs_only_its_own_record(tmp_path, workers):
    archive, out = tmp_path / "x.jsonl", tmp_path / "out.jsonl"
    ids = archive_with_one_bad_record(archive, 40, bad=5)
    run = subprocess.run(
        [*COMMAND, "extract", str(archive), "-o", str(out), "--model", "blank:nl", "--n-process", workers, "--batch-size", "8"],
        capture_output=True, text=True,
    )
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    documents = [json.loads(line)["document"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert documents == [name for name in ids if name != "n05"]
    errors = [line for line in run.stderr.replace("\r", "\n").splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"{archive}:6: a lone surrogate U+D800" in errors[0], errors


@Language.component("fails_on_boom_in_batch")
def fails_on_boom(doc):
    if "boom" in doc.text:
        raise RuntimeError("boom")
    return doc


class FailsOnBoomBatches:
    """A batch component, as a tagger or parser is: it fails for a whole batch at once."""

    def __call__(self, doc):
        return doc

    def pipe(self, docs, batch_size=128):
        docs = list(docs)
        if any("boom" in doc.text for doc in docs):
            raise RuntimeError("boom in a batch")
        yield from docs


@Language.factory("fails_on_boom_batches")
def make_fails_on_boom_batches(nlp, name):
    return FailsOnBoomBatches()


def failing_pipeline(component: str):
    nlp = dutchfacts.load("blank:nl")
    nlp.add_pipe(component, before="dutchfacts_figures")
    return nlp


@pytest.mark.parametrize("component", ["fails_on_boom_in_batch", "fails_on_boom_batches"])
def test_a_component_failure_costs_only_that_article_and_names_it(component):
    articles = [Article(f"a{n}", f"In 2021 waren het {n} mensen.") for n in range(5)]
    articles.insert(2, Article("bad", "boom: 5 procent"))
    failures = []
    results = list(process(failing_pipeline(component), articles, batch_size=4, on_failure=failures.append))
    assert [r.document for r in results] == ["a0", "a1", "a2", "a3", "a4"]
    assert [f.document for f in failures] == ["bad"] and "boom" in failures[0].reason


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_the_pipeline_failed_on_gives_exit_1(monkeypatch, tmp_path, workers):
    nlp = failing_pipeline("fails_on_boom_in_batch")
    monkeypatch.setattr(dutchfacts.pipeline, "load", lambda model, rules=None: nlp)
    for name, text in (("a", "Er kwamen 3 mensen."), ("b", "boom"), ("c", "Dat is 5 procent.")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(out), "--n-process", workers, "--batch-size", "2"])
    assert result.exit_code == 1, result.output
    assert [json.loads(line)["document"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "c"]
    assert "b: component 'fails_on_boom_in_batch' failed: boom" in result.stderr
    assert "1 articles could not be processed" in result.stderr
