"""`dutchfacts label`: drafted label files that the label reader reads and the evaluator scores 1.0."""

from __future__ import annotations

import json
import shutil

import pytest
import srsly
from typer.testing import CliRunner

from dutchfacts.cli import app
from dutchfacts.evaluation.drafting import draft_label, load_doubts, scalar, write_draft
from dutchfacts.evaluation.folder import evaluate_folder
from dutchfacts.evaluation.labels import read_expected, read_labelled
from dutchfacts.pipeline import model_info
from dutchfacts.io.reading import Article
from dutchfacts.records import ArticleResult

from conftest import CORPUS, SHARED_DEV

SEED = SHARED_DEV / "seed-ckm-mensenhandel.txt"


def perfect(summary: dict) -> bool:
    scores = [summary["actors"]["f1"], *(summary["types"][t]["f1"] for t in ("number", "percentage", "year"))]
    accuracies = [a for a in summary["attributes"].values() if a is not None]
    return all(score == 1.0 for score in scores + accuracies) and not summary["failures"]


def result_for(nlp, document: str, text: str, date=None) -> ArticleResult:
    from dutchfacts.pipeline import process

    return next(process(nlp, [Article(document, text, date)]))


@pytest.fixture
def seed(tmp_path):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent: the shared development articles come with the project's CI only")
    shutil.copy(SEED, tmp_path)
    return tmp_path / SEED.name


def test_label_then_evaluate_scores_one_and_a_second_label_keeps_the_file(seed):
    runner = CliRunner()
    result = runner.invoke(app, ["label", str(seed)])
    assert result.exit_code == 0, result.output
    label = seed.with_name("seed-ckm-mensenhandel.expected.yaml")
    scored = runner.invoke(app, ["evaluate", str(seed.parent), "--json"])
    assert scored.exit_code == 0, scored.output
    assert perfect(json.loads(scored.stdout)), scored.stdout

    drafted = label.read_bytes()
    again = runner.invoke(app, ["label", str(seed)])
    assert again.exit_code == 1
    assert "already there" in again.stderr and "--force" in again.stderr and str(label) in again.stderr
    assert label.read_bytes() == drafted
    assert runner.invoke(app, ["label", str(seed), "--force"]).exit_code == 0


def test_drafts_of_every_corpus_article_score_one(nlp, tmp_path):
    for article in CORPUS.glob("*.txt"):
        shutil.copy(article, tmp_path)
        write_draft(nlp, tmp_path / article.name)
    evaluation = evaluate_folder(tmp_path, nlp)
    assert len(evaluation.articles) == len(list(CORPUS.glob("*.txt")))
    assert perfect(evaluation.summary()), evaluation.summary()


def test_draft_follows_the_label_format(blank_nlp, tmp_path):
    text = " date 2022-10 In 2021 steeg het met 11,9 procent. Van de 9 leden kwam 9 procent, vorig jaar 9 procent."
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    label = write_draft(blank_nlp, article, tmp_path / "labels")
    assert label == tmp_path / "labels" / "a.expected.yaml"
    data = srsly.read_yaml(label)
    assert data["document"] == "a" and str(data["date"]) == "2022-10"
    mentions = {(m["text"], m.get("occurrence")): m for m in data["mentions"]}
    # `9` inside `11,9` is no whole-word occurrence: the first `9 procent` needs no occurrence, the second does.
    assert ("9 procent", None) in mentions and ("9 procent", 2) in mentions
    assert mentions[("vorig jaar", None)] == {"text": "vorig jaar", "type": "year", "value": 2021, "relative": True}
    assert "qualifier" not in mentions[("2021", None)]  # defaults are left out
    shutil.copy(article, label.parent)
    labelled = read_labelled(label.parent / "a.txt")
    assert [(g.start, g.end) for g in labelled.mentions] == [
        (m.start, m.end) for m in result_for(blank_nlp, "a", text).mentions
    ]


def test_doubtful_finds_carry_a_comment(blank_nlp):
    text = " date 2020 Eén van de ouders zag tientallen mensen."
    result = result_for(blank_nlp, "b", text)
    draft = draft_label(result, text, load_doubts(), modelled=False)
    lines = {line.split("text: ")[1].split(",")[0]: line for line in draft.splitlines() if "text: " in line}
    assert "# check: een/één" in lines['"Eén"']
    assert "# check: a vague plural" in lines['"tientallen"']
    assert all("# check:" in line for line in draft.splitlines() if line.startswith("  - {name:"))


def test_an_undated_article_names_the_relative_years_it_lost(blank_nlp, tmp_path):
    article = tmp_path / "c.txt"
    article.write_text("Vorig jaar kwamen er 40 bij.", encoding="utf-8")
    draft = write_draft(blank_nlp, article).read_text(encoding="utf-8")
    assert "date:" not in draft
    assert "# No article date, so these relative years were not drafted: Vorig jaar." in draft
    dated = write_draft(blank_nlp, article, date="2019", force=True)
    assert read_expected(dated).mentions[0].value == 2018


@pytest.mark.parametrize("name", ["Fier", "Centrum tegen Kinderhandel en Mensenhandel", "Ja: nee", "true", "2021", "Brand #3", "a, b", "'s-Hertogenbosch"])
def test_scalars_read_back_as_written(name):
    assert str(srsly.yaml_loads(f"key: {scalar(name)}")["key"]) == name


def test_label_reports_an_unreadable_article_and_drafts_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("Het ging om 12 procent.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["label", str(tmp_path), "--model", "blank:nl"])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr
    assert (tmp_path / "good.expected.yaml").is_file() and not (tmp_path / "empty.expected.yaml").exists()


def test_the_header_names_the_model(blank_nlp):
    result = result_for(blank_nlp, "d", "In 2020.")
    assert draft_label(result, "In 2020.", load_doubts()).startswith(
        f"# Drafted by dutchfacts label with {model_info(blank_nlp)['name']}"
    )


def test_a_find_no_label_can_point_at_is_left_commented_out():
    text = "D66 won."
    result = ArticleResult.model_validate({
        "document": "e", "model": {"name": "test", "version": "0"},
        "mentions": [{"type": "number", "text": "66", "value": 66, "start": 1, "end": 3, "sentence": 0, "rule": "number.digits"}],
    })
    draft = draft_label(result, text, load_doubts())
    assert '  # - {text: "66", type: number, value: 66}  # check: not labelled' in draft
    assert srsly.yaml_loads(draft)["mentions"] is None
