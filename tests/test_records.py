"""Records: validation of results and of label files."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from dutchfacts.evaluation.labels import LabelError, place_mentions, read_expected
from dutchfacts.records import ArticleResult, Expected, Mention

MENTION = {"type": "number", "text": "285", "start": 3, "end": 6, "value": 285, "sentence": 0, "rule": "number.digits"}


def test_mention_span_must_fit_the_source():
    source = "Er 285 slachtoffers"
    ArticleResult.validated({"document": "a", "model": {"name": "m", "version": "1"}, "mentions": [MENTION]}, source)
    with pytest.raises(ValidationError, match="not '285'"):
        ArticleResult.validated(
            {"document": "a", "model": {"name": "m", "version": "1"}, "mentions": [{**MENTION, "start": 2, "end": 5}]},
            source,
        )


def test_unknown_fields_and_values_are_refused():
    with pytest.raises(ValidationError):
        Mention(**MENTION, colour="red")
    with pytest.raises(ValidationError):
        Mention(**{**MENTION, "qualifier": "roughly"})
    with pytest.raises(ValidationError):
        ArticleResult(document="a", model={"name": "m", "version": "1"}, date="2022-13")


def test_schema_is_json():
    schema = ArticleResult.model_json_schema()
    assert "mentions" in schema["properties"]
    json.dumps(schema)


def test_expected_reads_the_annotation_format(tmp_path):
    path = tmp_path / "a.expected.yaml"
    path.write_text(
        "document: a\ndate: 2022-10\nmentions:\n"
        "  - {text: 2021, type: year, value: 2021}\n"
        "  - {text: \"14 procent\", type: percentage, value: 14, change: increase}\n"
        "actors:\n  - {name: CBS, kind: organization}\n",
        encoding="utf-8",
    )
    expected = read_expected(path)
    assert expected.date == "2022-10" and expected.mentions[0].text == "2021"


@pytest.mark.parametrize(
    "content, message",
    [
        ("document: a\nmentions: [{text: x, type: number}]\n", "value"),
        ("document: a\nmentions: [{text: x, type: amount, value: 1}]\n", "type"),
        ("document: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "mapping"),
    ],
)
def test_malformed_label_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.expected.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LabelError) as error:
        read_expected(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_occurrences_count_whole_words_after_the_prefix():
    # The `4 procent` of `-0,4 procent` is no whole word: separators join a figure's digits.
    text = " date 2020 Het is 4 procent, niet 14 procent of -0,4 procent, maar 4 procent."
    expected = Expected(
        document="a",
        mentions=[
            {"text": "4 procent", "type": "percentage", "value": 4},
            {"text": "4 procent", "type": "percentage", "value": 4, "occurrence": 2},
        ],
    )
    first, last = place_mentions(text, expected, "a")
    assert text[first.start - 3 : first.start] == "is " and text[last.start - 5 : last.start] == "maar "


def test_missing_label_text_is_an_error():
    expected = Expected(document="a", mentions=[{"text": "99 procent", "type": "percentage", "value": 99}])
    with pytest.raises(LabelError, match="not found"):
        place_mentions("Niets hier.", expected, "a.expected.yaml")
