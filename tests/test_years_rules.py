"""Year rules: absolute years, dates, ranges, relative and anaphoric years."""

from __future__ import annotations

import pytest
from rules_helpers import mentions_of, only, summary


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("In 2021 was het druk.", "2021", 2021),
        ("Sinds 1998 groeit het.", "1998", 1998),
        ("Het jaar 2000 was bijzonder.", "2000", 2000),
        ("Op 3 maart 2022 ging het mis.", "3 maart 2022", 2022),
        ("Op 03-03-2022 ging het mis.", "03-03-2022", 2022),
        ("In december 2017 daalde het.", "december 2017", 2017),
    ],
)
def test_absolute(blank_nlp, sentence, text, value):
    mention = only(blank_nlp, sentence)
    assert (mention.type, mention.text, mention.value, mention.relative) == ("year", text, value, False)


def test_count_before_a_noun_with_a_tagger(nlp):
    if not nlp.has_pipe("tagger") and not nlp.has_pipe("morphologizer"):
        pytest.skip("needs a pipeline with part-of-speech tags (the packaged model is absent)")
    mention = only(nlp, "Er kwamen 2021 slachtoffers.")
    assert (mention.type, mention.value, mention.counted) == ("number", 2021, "slachtoffers")


def test_ranges(blank_nlp):
    assert summary(blank_nlp, "In de periode 2013-2017 groeide het.") == [("year", "2013", 2013), ("year", "2017", 2017)]
    assert summary(blank_nlp, "In het seizoen 2019/2020 won de club.") == [("year", "2019", 2019), ("year", "2020", 2020)]


@pytest.mark.parametrize(
    "sentence, kind, value",
    [
        ("De 2021 deelnemers kregen een medaille.", "number", 2021),
        ("Het kost 2000 euro.", "number", 2000),
        ("Het gaat om ruim 2000 woningen.", "number", 2000),
        ("Rond 2030 is het klaar.", "year", 2030),
    ],
)
def test_counts_and_amounts_are_not_years(blank_nlp, sentence, kind, value):
    mention = only(blank_nlp, sentence)
    assert (mention.type, mention.value) == (kind, value)


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Vorig jaar zagen we een stijging.", "Vorig jaar", 2021),
        ("Het afgelopen jaar groeide het.", "Het afgelopen jaar", 2021),
        ("Dit jaar groeit het.", "Dit jaar", 2022),
        ("Volgend jaar groeit het.", "Volgend jaar", 2023),
        ("Komend jaar groeit het.", "Komend jaar", 2023),
        ("Drie jaar geleden begon het.", "Drie jaar geleden", 2019),
        ("Over twee jaar is het klaar.", "Over twee jaar", 2024),
    ],
)
def test_relative_to_article_date(blank_nlp, sentence, text, value):
    mention = only(blank_nlp, sentence, date="2022-10")
    assert (mention.text, mention.value, mention.relative) == (text, value, True)


def test_relative_years_need_a_date(blank_nlp):
    assert mentions_of(blank_nlp, "Vorig jaar zagen we een stijging.") == []


def test_date_prefix_is_the_article_date_and_no_mention(blank_nlp):
    found = mentions_of(blank_nlp, " date 2022-10 Vorig jaar was het rustig.")
    assert [(m.text, m.value) for m in found] == [("Vorig jaar", 2021)]


def test_date_option_overrides_prefix(blank_nlp):
    found = mentions_of(blank_nlp, " date 2022-10 Vorig jaar was het rustig.", date="2020")
    assert [m.value for m in found] == [2019]


@pytest.mark.parametrize(
    "sentence, anaphor, value",
    [
        ("In 2017 groeide het meer dan in het jaar ervoor.", "het jaar ervoor", 2016),
        ("In 2017 begon het; een jaar later was het klaar.", "een jaar later", 2018),
        ("In 2017 begon het; twee jaar eerder was er niets.", "twee jaar eerder", 2015),
        ("In 2015 begon het, het jaar nadien groeide het.", "het jaar nadien", 2016),
    ],
)
def test_anaphoric_years(blank_nlp, sentence, anaphor, value):
    found = {m.text: m for m in mentions_of(blank_nlp, sentence)}
    assert found[anaphor].value == value and found[anaphor].relative


def test_relative_year_swallows_its_count(blank_nlp):
    assert [m.type for m in mentions_of(blank_nlp, "Drie jaar geleden begon het.", date="2022")] == ["year"]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("De 52e editie vindt plaats van 8 tot 19 oktober 2025.", "8 tot 19 oktober 2025"),
        ("De beurs loopt op 3 en 4 mei 2026.", "3 en 4 mei 2026"),
    ],
)
def test_days_before_a_full_date_are_part_of_it(blank_nlp, sentence, text):
    assert [(m.text, m.type, m.value) for m in mentions_of(blank_nlp, sentence)] == [(text, "year", int(text[-4:]))]
