"""Source precision next to source accuracy: of the figures given a source, how many have the labelled one."""

from __future__ import annotations

from pathlib import Path

from dutchfacts.evaluation.labels import read_labelled
from dutchfacts.records import Actor, ArticleResult, Mention, ModelInfo
from dutchfacts.evaluation.scoring import Evaluation, score_article

TEXT = "Het Planbureau voor de Leefomgeving (PBL) rekent op 12 procent. De bond wil 40 procent. Er kwamen 30 klachten."
LABELS = """document: a
mentions:
  - {text: 12 procent, type: percentage, value: 12, source: Planbureau voor de Leefomgeving}
  - {text: 40 procent, type: percentage, value: 40}
  - {text: "30", type: number, value: 30, counted: klachten, source: Planbureau voor de Leefomgeving}
actors:
  - {name: Planbureau voor de Leefomgeving, aliases: [PBL], kind: organization}
  - {name: bond, kind: organization}
"""


def labelled(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(LABELS, encoding="utf-8")
    return read_labelled(tmp_path / "a.txt")


def mention(text: str, kind: str, value: float, source: str | None) -> Mention:
    start = TEXT.index(text)
    return Mention(text=text, type=kind, value=value, start=start, end=start + len(text), sentence=0,
                   rule="test", source=source)


def result(sources: tuple) -> ArticleResult:
    return ArticleResult(
        document="a", model=ModelInfo(name="test", version="0"),
        mentions=[mention("12 procent", "percentage", 12, sources[0]), mention("40 procent", "percentage", 40, sources[1]),
                  mention("30", "number", 30, sources[2])],
        actors=[Actor(name="PBL", kind="organization", aliases=["Planbureau voor de Leefomgeving"], rule="test"),
                Actor(name="bond", kind="organization", rule="test")],
    )


def test_a_source_given_where_the_label_has_none_lowers_precision_not_accuracy(tmp_path):
    evaluation = Evaluation([score_article(labelled(tmp_path), result(("PBL", "bond", None)))])
    summary = evaluation.summary()
    # The alias `PBL` names the labelled actor; `30` has no source: one of two labelled sources found.
    assert summary["attributes"]["source"] == 0.5
    # Two figures were given a source, one of them rightly.
    assert summary["source_precision"] == 0.5


def test_no_source_given_leaves_precision_undefined(tmp_path):
    evaluation = Evaluation([score_article(labelled(tmp_path), result((None, None, None)))])
    assert evaluation.summary()["source_precision"] is None
    assert evaluation.summary()["attributes"]["source"] == 0.0
