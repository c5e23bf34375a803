"""The command line where a user stumbles: help, info, evaluate in a pipe, explain without a date."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from dutchfacts.cli import app

from conftest import CORPUS, REPO

COMMAND = [sys.executable, "-c", "from dutchfacts.cli import main; main()"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def commands() -> dict[str, click.Command]:
    return get_command(app).commands


def test_help_lists_every_command_and_the_readme_table_too(runner):
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert set(commands()) == {"extract", "evaluate", "explain", "render", "label", "schema", "info"}
    for name in commands():
        assert f"  {name} " in result.stdout, name
        assert f"| `dutchfacts {name}" in readme, f"the README's command tables lack {name}"


@pytest.mark.parametrize("name", ["extract", "evaluate", "explain", "render", "label", "schema", "info"])
def test_every_option_has_help_and_flags_read_as_flags(runner, name):
    command = commands()[name]
    for parameter in command.params:
        assert isinstance(parameter, click.Argument) or parameter.help, f"{name} {parameter.opts} has no help text"
    text = runner.invoke(app, [name, "--help"]).stdout
    assert "<bool>" not in text and "BOOLEAN" not in text


def test_help_does_not_import_spacy_or_pydantic():
    probe = "import sys; from dutchfacts.cli import app; print(sorted(m for m in ('spacy', 'pydantic', 'thinc') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert subprocess.run([*COMMAND, "--help"], capture_output=True).returncode == 0


def test_info_is_readable_and_json_has_no_float_noise(runner):
    text = runner.invoke(app, ["info"])
    assert text.exit_code == 0, text.output
    for heading in ("dutchfacts 0.", "model ", "components ", "rule files ", "accuracy"):
        assert heading in text.stdout
    assert "qualifiers.tsv" in text.stdout
    details = json.loads(runner.invoke(app, ["info", "--json"]).stdout)
    assert details["rules"]["files"] and details["dutchfacts"]
    scores = [v for v in details["performance"].values() if isinstance(v, float)]
    assert all(len(repr(v).split(".")[1]) <= 4 for v in scores)


@pytest.fixture
def labelled(tmp_path):
    """Two corpus articles with their labels, one label given a wrong attribute."""
    for name in sorted(p.stem for p in CORPUS.glob("*.txt"))[:2]:
        shutil.copy(CORPUS / f"{name}.txt", tmp_path)
        shutil.copy(CORPUS / f"{name}.expected.yaml", tmp_path)
    return tmp_path


def test_evaluate_prints_the_scores_first_wide_and_in_the_singular(runner, tmp_path):
    (tmp_path / "a.txt").write_text(" date 2022 Het aantal steeg met 14 procent.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(
        "document: a\nmentions:\n  - {text: \"14 procent\", type: percentage, value: 14}\nactors: []\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["evaluate", str(tmp_path), "--diff", "--model", "blank:nl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "(1 article)" in lines[0]
    assert any("percentage" in line and "1.000" in line for line in lines[:8])  # the table comes first
    # The change found is no label's: an attribute error, counted as one.
    assert "a (1 error)" in result.stdout and "change: expected None, found increase" in result.stdout
    assert result.stdout.index("attribute accuracy") < result.stdout.index("a (1 error)")
    assert max(len(line) for line in lines) > 80  # a pipe is not cut to 80 columns
    assert "corr…" not in result.stdout


def test_evaluate_into_a_closed_pipe_exits_0_after_the_table(tmp_path):
    text = max(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)
    for n in range(60):  # unlabelled figures: a long diff of spurious mentions
        shutil.copy(text, tmp_path / f"a{n:03d}.txt")
        (tmp_path / f"a{n:03d}.expected.yaml").write_text(f"document: a{n:03d}\n", encoding="utf-8")
    process = subprocess.Popen([*COMMAND, "evaluate", str(tmp_path), "--diff", "--model", "blank:nl"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = [process.stdout.readline().decode() for _ in range(10)]
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) == 0, stderr
    assert "(60 articles)" in head[0] and "Traceback" not in stderr
    assert any("number" in line for line in head)


def test_explain_without_a_date_says_what_a_date_would_add(runner):
    result = runner.invoke(app, ["explain", "Vorig jaar was het 5 procent.", "--model", "blank:nl"])
    assert result.exit_code == 0
    assert "1 relative year left out (Vorig jaar): give one with --date" in result.stdout
    dated = runner.invoke(app, ["explain", "Vorig jaar was het 5 procent.", "--model", "blank:nl", "--date", "2020"])
    assert "left out" not in dated.stdout and "2019" in dated.stdout


def test_progress_bars_only_for_many_articles_on_a_terminal(monkeypatch):
    from dutchfacts.io.progress import MANY_ARTICLES, progress_bar

    class Terminal:
        def isatty(self):
            return True

        def write(self, text):
            return len(text)

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stderr", Terminal())
    assert not progress_bar(MANY_ARTICLES).disable
    assert progress_bar(MANY_ARTICLES - 1).disable
    monkeypatch.setattr(sys, "stderr", open(Path(__file__), encoding="utf-8"))
    assert progress_bar(1000).disable


def test_evaluate_reports_progress_per_article(blank_nlp, labelled):
    from dutchfacts.evaluation.folder import evaluate_folder

    ticks = []
    evaluation = evaluate_folder(labelled, blank_nlp, progress=lambda: ticks.append(1))
    assert len(ticks) == len(evaluation.articles) == 2


def test_dutchfacts_in_your_own_spacy_pipeline():
    import spacy

    import dutchfacts

    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts")
    doc = nlp(" date 2022-10 Vorig jaar steeg het aantal slachtoffers volgens het CBS met 14 procent.")
    assert [m["text"] for m in doc._.mentions] == ["Vorig jaar", "14 procent"]
    assert "CBS" in [a["name"] for a in doc._.actors]
    record = dutchfacts.records_of(doc)
    assert record.date == "2022-10" and record.mentions[1].source == "CBS"
    assert record.mentions[0].value == 2021
