"""The Python API's errors: one documented type for bad input, a clear one for a failing pipeline."""

from __future__ import annotations

import pytest
from conftest import has_packaged_model
from spacy.language import Language

import dutchfacts
from dutchfacts import DateError, ExtractionError, InputError, TextError
from dutchfacts.evaluation.labels import LabelError
from dutchfacts.pipeline import ModelError, process_article
from dutchfacts.io.reading import Article, ArticleError


@Language.component("fails_on_boom_in_api")
def fails_on_boom(doc):
    if "boom" in doc.text:
        raise RuntimeError("boom went the component")
    return doc


@pytest.fixture(scope="module")
def failing_nlp():
    nlp = dutchfacts.load("blank:nl")
    nlp.add_pipe("fails_on_boom_in_api", before="dutchfacts_figures")
    return nlp


def test_a_bad_date_raises_the_documented_error_not_stop_iteration():
    with pytest.raises(InputError, match="date must be YYYY, YYYY-MM or YYYY-MM-DD, not '2022-13'") as error:
        dutchfacts.extract("5 procent", date="2022-13", model="blank:nl")
    assert isinstance(error.value, DateError) and isinstance(error.value, ValueError)


def test_a_bad_date_inside_a_generator_stays_an_input_error():
    def results():
        yield dutchfacts.extract("5 procent", date="2022-13", model="blank:nl")

    with pytest.raises(DateError):
        list(results())


@pytest.mark.parametrize("text, reason", [
    ("x \ud800 5 procent", r"lone surrogate U\+D800"),
    ("Er waren \udfff 5 mensen", r"lone surrogate U\+DFFF"),
    ("a\x00 5 procent", "NUL character"),
])
def test_text_that_is_no_valid_unicode_raises_a_text_error(text, reason):
    with pytest.raises(TextError, match=reason):
        dutchfacts.extract(text, model="blank:nl")


def test_too_long_a_text_raises_a_text_error():
    with pytest.raises(TextError, match="too large"):
        dutchfacts.extract("a " * 500_001, model="blank:nl")


def test_a_component_failure_raises_an_extraction_error_with_its_cause(failing_nlp):
    with pytest.raises(ExtractionError, match="b: component 'fails_on_boom_in_api' failed: boom went the component") as error:
        process_article(failing_nlp, Article("b", "boom: 5 procent"))
    assert isinstance(error.value.__cause__, RuntimeError)
    assert process_article(failing_nlp, Article("a", "Dat is 5 procent.")).mentions[0].value == 5


def test_every_error_for_input_is_an_input_error():
    for error_type in (DateError, TextError, ArticleError, LabelError, ModelError):
        assert issubclass(error_type, InputError)
    assert {"InputError", "DateError", "TextError", "ExtractionError"} <= set(dutchfacts.__all__)


@pytest.mark.parametrize("text", ["Dat was 50%korting", "12€x", "6€t", "Kosten: 8$ab"])
def test_a_figure_glued_to_a_sign_and_letters_at_the_end_is_no_crash(text):
    # The packaged model tags such a text as one token; the counted noun then had none.
    result = dutchfacts.extract(text)
    assert all(text[m.start : m.end] == m.text for m in result.mentions)


@pytest.mark.skipif(not has_packaged_model(), reason="the crash needs the tags of the packaged model")
def test_a_figure_glued_to_a_sign_has_no_counted_noun_from_a_later_token():
    result = dutchfacts.extract("Het kostte 12€x en daarna kwamen er mensen.")
    assert [(m.text, m.counted) for m in result.mentions] == [("12", None)]


@pytest.mark.parametrize("text, figure, value", [
    ("Er kwamen 1\u200b200 mensen.", "1\u200b200", 1200),
    ("Dat kost 1\u2060200,50 euro.", "1\u2060200,50 euro", 1200.5),
    ("Het ging om 12\u200d345 gevallen.", "12\u200d345", 12345),
    ("Een stijging van 3\u200c4 procent.", "3\u200c4 procent", 34),
    ("Er kwamen 1.2\u00ad00 mensen.", "1.2\u00ad00", 1200),
])
def test_an_invisible_character_inside_a_number_does_not_split_it(text, figure, value):
    result = dutchfacts.extract(text, model="blank:nl")
    assert [(m.text, m.value) for m in result.mentions] == [(figure, value)]
    assert all(text[m.start : m.end] == m.text for m in result.mentions)


def test_an_invisible_character_outside_a_number_stays_out_of_it():
    text = "Er kwamen 1200\u200b mensen en \u200b5 auto's."
    result = dutchfacts.extract(text, model="blank:nl")
    assert [m.text for m in result.mentions] == ["1200", "5"]


def test_an_invalid_date_prefix_warns_and_the_article_is_still_read():
    with pytest.warns(dutchfacts.InputWarning, match=r"text: its prefix ` date 2022-13-45` is not a date"):
        result = dutchfacts.extract(" date 2022-13-45 Er kwamen 5 mensen.", model="blank:nl")
    assert result.date is None and [m.value for m in result.mentions] == [5]


def test_a_bare_prefix_is_a_prefix_not_two_mentions():
    result = dutchfacts.extract(" date 2023-05", model="blank:nl")
    assert result.date == "2023-05" and result.mentions == []
