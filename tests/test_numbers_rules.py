"""Number rules: notation, scale words, number words, money, units, counted nouns, non-numbers."""

from __future__ import annotations

import pytest
from rules_helpers import mentions_of, only, summary


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Er kwamen 1.234 klachten binnen.", "1.234", 1234),
        ("Het tekort is 1.234,5 euro.", "1.234,5 euro", 1234.5),
        ("De rente bedraagt 3,5 op de lening.", "3,5", 3.5),
        ("Er wonen 12 300 mensen.", "12 300", 12300),
        ("De gemeente telt 12\u00a0300 inwoners.", "12\u00a0300", 12300),
        ("Het kost 1,2 miljoen euro.", "1,2 miljoen euro", 1_200_000),
        ("Er werd 12 duizend keer gebeld.", "12 duizend", 12000),
        ("Het project kost 3,2 mln per jaar.", "3,2 mln", 3_200_000),
        ("De provincie trekt 2,3 miljard uit.", "2,3 miljard", 2_300_000_000),
        ("Er zijn tweeëntwintig aanvragen.", "tweeëntwintig", 22),
        ("Er zijn tweeentwintig aanvragen.", "tweeentwintig", 22),
        ("Er kwamen honderdvijftig mensen.", "honderdvijftig", 150),
        ("Zo'n zeventienhonderd fans kwamen.", "Zo'n zeventienhonderd", 1700),
        ("Het gaat om drieduizendvijfhonderd woningen.", "drieduizendvijfhonderd", 3500),
        ("Het duurde anderhalf jaar.", "anderhalf jaar", 1.5),
        ("Er gaat een half miljoen euro naar de club.", "een half miljoen euro", 500_000),
        ("Een ticket kost € 40.", "€ 40", 40),
        ("Een ticket kost €40.", "€40", 40),
        ("De aandelen kosten $ 3.", "$ 3", 3),
        ("Het vat kost 5 dollar.", "5 dollar", 5),
    ],
)
def test_values(blank_nlp, sentence, text, value):
    mention = only(blank_nlp, sentence)
    assert (mention.type, mention.text, mention.value) == ("number", text, value)


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("Hij zat vijf jaar vast.", "jaar"), ("Het duurde drie maanden.", "maand"), ("Na 6 weken.", "week"),
        ("Binnen 14 dagen.", "dag"), ("Het duurde 240 uur.", "uur"), ("De file was 38 km lang.", "km"),
        ("Er lag 9 kilo.", "kg"), ("Het weegt 5 ton.", "ton"), ("Een woning van 50 m2.", "m2"),
        ("Het werd 38,2 graden.", "graad"), ("Het kost 1000 euro.", "EUR"),
    ],
)
def test_units(blank_nlp, sentence, unit):
    assert only(blank_nlp, sentence).unit == unit


def test_counted_noun(blank_nlp):
    assert only(blank_nlp, "In totaal meldden zich 285 slachtoffers.").counted == "slachtoffers"
    assert only(blank_nlp, "Er stonden 59.700 Nederlandse studenten ingeschreven.").counted == "studenten"
    assert only(blank_nlp, "Het waren er 40 die bleven.").counted is None


def test_een_is_a_number_only_before_a_time_unit(blank_nlp):
    assert summary(blank_nlp, "Een vrouw kocht een huis.") == []
    mention = only(blank_nlp, "Zij zitten er al een jaar of langer.")
    assert (mention.text, mention.value, mention.unit, mention.qualifier) == ("een jaar of langer", 1, "jaar", "at_least")


@pytest.mark.parametrize(
    "sentence",
    [
        "De eerste gevallen doken op bij de 3e ronde.",
        "Bel 020-5551234 of 0800-1234 voor hulp.",
        "Het kantoor zit op 1012 AB Amsterdam.",
        "De trein vertrekt om 14.30 uur.",
        "Het ongeluk gebeurde rond vier uur 's nachts.",
        "Ik heb van twaalf uur tot acht uur ’s ochtends beregend.",
        "De trein vertrekt om kwart over acht.",
        "De wedstrijd begint om half negen.",
        "Volgens artikel 12 is dat verboden.",
        "Op de A2 en de A12 stond file door COVID-19.",
        "Op 3 maart vergaderde de raad.",
        "De 15-jarige jongen en de 65-plussers.",
        "De vakbond NU'91 ziet hetzelfde beeld.",
        "Het werd 2-1 voor de thuisploeg.",
        "Dat staat in groep 8 op het programma.",
    ],
)
def test_not_numbers(blank_nlp, sentence):
    assert summary(blank_nlp, sentence) == []


def test_range_gives_two_mentions(blank_nlp):
    found = mentions_of(blank_nlp, "Het duurt 10 à 15 jaar.")
    assert [(m.value, m.unit) for m in found] == [(10, "jaar"), (15, "jaar")]
    found = mentions_of(blank_nlp, "Ze krijgen tussen 10 en 15 euro.")
    assert [(m.value, m.unit) for m in found] == [(10, "EUR"), (15, "EUR")]


def test_vague_counts(blank_nlp):
    mention = only(blank_nlp, "Honderden mensen stonden in de rij.")
    assert (mention.value, mention.qualifier, mention.rule) == (100, "more_than", "number.vague_count")
    mention = only(blank_nlp, "Een tiental bewoners klaagde.")
    assert (mention.value, mention.qualifier) == (10, "approximately")


@pytest.mark.parametrize(
    "sentence, value, qualifier",
    [
        ("Dat duurt anderhalve maand.", 1.5, "exact"),
        ("Er kwamen een kleine 300 mensen.", 300, "almost"),
        ("Er kwamen een dikke 300 mensen.", 300, "more_than"),
    ],
)
def test_inflected_words_and_qualifiers(blank_nlp, sentence, value, qualifier):
    mention = only(blank_nlp, sentence)
    assert (mention.value, mention.qualifier) == (value, qualifier)


def test_identifier_in_words(blank_nlp):
    assert summary(blank_nlp, "Hij is de nummer twee van de wereld.") == []


def test_every_mention_names_its_rule(blank_nlp):
    for mention in mentions_of(blank_nlp, "In 2021 kwamen 285 mensen, 14 procent meer, een kwart jonger dan 18 jaar."):
        assert mention.rule.split(".")[0] == mention.type


@pytest.mark.parametrize(
    "sentence",
    [
        "Het festival is op 30 juni en 1 en 2 juli.",
        "Het feest duurt van 2, 3 en 4 juni.",
        "In de nacht van 3 op 4 februari brandde het.",
        "In de jaren zestig en de jaren '80 was dat anders.",
        "Onder de nul- tot tienjarigen is dat anders.",
        "Probleem 1: de wachttijd.",
        "Er staat nul op de teller.",
    ],
)
def test_dates_decades_and_compounds_are_not_numbers(blank_nlp, sentence):
    assert summary(blank_nlp, sentence) == []


def test_range_start_shares_the_scale(blank_nlp):
    found = mentions_of(blank_nlp, "Het gaat om 3 à 4 miljoen ton per jaar.")
    assert [(m.value, m.unit) for m in found] == [(3_000_000, "ton"), (4_000_000, "ton")]


def test_identifier_cue_before_an_amount_is_no_identifier(blank_nlp):
    assert summary(blank_nlp, "Olie werd deze week 5 dollar duurder.") == [("number", "5 dollar", 5)]
    assert only(blank_nlp, "Olie werd deze week 5 dollar duurder.").change == "increase"


def test_seven_and_a_half_in_words(blank_nlp):
    assert only(blank_nlp, "Dat kost zeveneneenhalf miljard euro.").value == 7_500_000_000


def test_counted_from_het_aantal_earlier_in_the_sentence(blank_nlp):
    mention = only(blank_nlp, "Het aantal internationale eerstejaars bedroeg 17.900.")
    assert mention.counted == "eerstejaars"


def test_counted_with_a_parse(nlp):
    if not nlp.has_pipe("parser"):
        pytest.skip("needs a pipeline with a parser (the packaged model is absent)")
    assert only(nlp, "Er zijn 34 512 vacatures open.").counted == "vacatures"


@pytest.mark.parametrize(
    "sentence, values",
    [
        # Durations stay numbers next to the clock-time rules.
        ("Hij werkte tien uur per dag.", [10]),
        ("Het kost een half miljoen euro.", [500_000]),
        ("Ze sliepen 's nachts vier uur.", [4]),
    ],
)
def test_durations_beside_clock_words(blank_nlp, sentence, values):
    assert [m.value for m in mentions_of(blank_nlp, sentence)] == values


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("De schade loopt in de tientallen miljoenen euro's.", "tientallen miljoenen euro's", 10_000_000),
        ("Het gaat om honderden miljarden.", "honderden miljarden", 100_000_000_000),
        ("Er stonden duizenden mensen.", "duizenden", 1000),
    ],
)
def test_vague_plurals_multiply(blank_nlp, sentence, text, value):
    mention = only(blank_nlp, sentence)
    assert (mention.text, mention.value, mention.qualifier) == (text, value, "more_than")


@pytest.mark.parametrize("text, change", [
    ("Negen op de tien huishoudens gaan er volgend jaar zo'n 1 procent op vooruit.", "increase"),
    ("Gepensioneerden gaan er 0,5 procent op achteruit, berekende het Nibud.", "decrease"),
    ("Volgens het CPB zullen de meeste Nederlanders er 1,5 procent op vooruitgaan.", "increase"),
])
def test_gaan_er_op_vooruit_is_a_change(blank_nlp, text, change):
    (mention,) = [m for m in mentions_of(blank_nlp, text) if m.text.endswith("procent")]
    assert mention.change == change


@pytest.mark.parametrize("text, change", [
    # compared with an earlier time: the size of a rise or fall
    ("De ronde lokte 8 procent meer publiek dan vorig jaar.", "increase"),
    ("Er waren 610 meer aanvragen dan in dezelfde week van 2024.", "increase"),
    ("De prijzen lagen 8 procent hoger dan in 2017.", "increase"),
    ("De oogst was 11 procent kleiner dan het vijfjarig gemiddelde.", "decrease"),
    ("Het zijn er 300 minder dan een jaar eerder.", "decrease"),
    ("Het waren er 40 meer dan het jaar ervoor.", "increase"),
    ("Er kwamen 20 procent minder reizigers dan op een normale woensdag.", "decrease"),
    # compared with another party: a difference between two, no change (ANNOTATION.md)
    ("Hij won met 12 seconden meer dan zijn Nederlandse rivaal.", None),
    ("De ploeg heeft 3 punten meer dan hekkensluiter NAC.", None),
    ("Het parket telde er 60, twee meer dan de politie had geteld.", None),
])
def test_meer_dan_is_a_change_only_against_an_earlier_time(blank_nlp, text, change):
    figure = next(m for m in mentions_of(blank_nlp, text) if m.value in (8, 610, 11, 300, 40, 20, 12, 3, 2))
    assert figure.change == change, figure


@pytest.mark.parametrize("text, qualifier", [
    # a negated comparison bounds the figure from the other side
    ("Het aandeel mag nooit meer dan 25 procent zijn.", "at_most"),
    ("De marge is niet minder dan 3 procent.", "at_least"),
    ("De rente zakt nooit minder dan 2 procent.", "at_least"),
    # a maximum or minimum of the figure
    ("Er geldt een maximum van 200 euro per persoon.", "at_most"),
    ("De boete bedraagt een minimum van 50 euro.", "at_least"),
])
def test_negated_comparisons_and_bounds_of_a_figure(blank_nlp, text, qualifier):
    assert mentions_of(blank_nlp, text)[0].qualifier == qualifier
