"""Families of Dutch number writing, one table each, on both pipelines.

Every case names the figure's text, its type and value and, where it matters,
an attribute. The negative table lists what must stay no figure at all.
"""

from __future__ import annotations

import pytest
from rules_helpers import mentions_of

from conftest import has_packaged_model

PIPELINES = ["blank_nlp", pytest.param("nlp", marks=pytest.mark.skipif(not has_packaged_model(), reason="packaged model absent"))]


def figure(nlp, sentence: str, text: str):
    """The one mention that overlaps the first occurrence of `text`."""
    start = sentence.index(text)
    end = start + len(text)
    found = [m for m in mentions_of(nlp, sentence) if m.start < end and start < m.end]
    assert len(found) == 1, [(m.text, m.type, m.value) for m in mentions_of(nlp, sentence)]
    return found[0]


def check(request, pipeline, sentence, text, kind, value, attributes):
    nlp = request.getfixturevalue(pipeline)
    mention = figure(nlp, sentence, text)
    assert mention.type == kind, (mention.text, mention.type)
    assert mention.value == pytest.approx(value, rel=1e-3), mention.text
    for name, expected in attributes.items():
        assert getattr(mention, name) == expected, (mention.text, name)


def cases(table):
    return pytest.mark.parametrize("sentence, text, kind, value, attributes", table)


NEGATIVES = [
    ("Vannacht wordt het min 7.", "min 7", "number", -7, {}),
    ("In Lelystad vroor het min drie komma twee graden.", "min drie komma twee", "number", -3.2, {"unit": "graad"}),
    ("Het was vanochtend -4 graden in De Bilt.", "-4 graden", "number", -4, {"unit": "graad", "change": None}),
    ("Om zes uur was het \u22123 graden.", "\u22123", "number", -3, {"change": None}),
    ("In Twente werd het min 12 graden.", "min 12", "number", -12, {"unit": "graad"}),
    ("Het volume bleef bijna gelijk (-0,4 procent).", "-0,4 procent", "percentage", 0.4, {"change": "decrease"}),
    ("De omzet liep terug (\u22122,5%).", "2,5%", "percentage", 2.5, {"change": "decrease"}),
    ("Het saldo van de gemeente kwam uit op -12 miljoen euro.", "12 miljoen euro", "number", -12_000_000, {"unit": "EUR"}),
    ("Het kwik daalde tot vijf graden onder nul.", "vijf graden", "number", -5, {"unit": "graad", "change": None}),
    ("In Winterswijk was het minus 5 graden.", "minus 5", "number", -5, {"unit": "graad"}),
    ("De koers ging +3% omhoog.", "3%", "percentage", 3, {"change": "increase"}),
    ("Het zeewater is daar rond −3 graden.", "rond −3 graden", "number", -3, {"qualifier": "approximately"}),
]

MIXED = [
    ("Hij zat zes en een half jaar vast.", "zes en een half jaar", "number", 6.5, {"unit": "jaar"}),
    ("De operatie duurde vier en een kwart uur.", "vier en een kwart", "number", 4.25, {"unit": "uur"}),
    ("Zij liep negen en driekwart kilometer.", "negen en driekwart", "number", 9.75, {"unit": "km"}),
    ("Het duurde achtenhalf jaar.", "achtenhalf", "number", 8.5, {"unit": "jaar"}),
    ("Het duurde acht en een halve maand.", "acht en een halve", "number", 8.5, {"unit": "maand"}),
    ("Daarvoor is een halve liter nodig.", "een halve liter", "number", 0.5, {"unit": "liter"}),
    ("De verbouwing duurde 3 1/2 jaar.", "3 1/2", "number", 3.5, {"unit": "jaar"}),
    ("De club kreeg 7 miljoen en een half euro.", "7 miljoen en een half", "number", 7_500_000, {"unit": "EUR"}),
    ("Het kabinet trekt twee miljard en een kwart uit.", "twee miljard en een kwart", "number", 2_250_000_000, {}),
    ("Er gaat drieënhalf miljoen naar de club.", "drieënhalf miljoen", "number", 3_500_000, {}),
    ("De rente steeg tot zes en een half procent.", "zes en een half procent", "percentage", 6.5, {}),
    ("De bouw duurde 2½ jaar.", "2½", "number", 2.5, {"unit": "jaar"}),
    ("Er ging ½ miljoen euro naartoe.", "½ miljoen", "number", 500_000, {"unit": "EUR"}),
    ("Een 30-tal scholen vond geen leraar.", "30-tal", "number", 30, {"qualifier": "approximately", "counted": "scholen"}),
    ("Er kwamen een 2.000-tal mensen.", "2.000-tal", "number", 2000, {"qualifier": "approximately", "counted": "mensen"}),
    ("Het bezoek steeg met een 15-tal procent.", "15-tal procent", "percentage", 15, {"qualifier": "approximately"}),
    ("Hij zat 5 1/2 maand vast.", "5 1/2", "number", 5.5, {"unit": "maand"}),
]

SPELLINGS = [
    ("Er kwamen honderdenvijf mensen.", "honderdenvijf", "number", 105, {"counted": "mensen"}),
    ("Er kwamen tweehonderdenelf mensen.", "tweehonderdenelf", "number", 211, {"counted": "mensen"}),
    ("Er kwamen drieduizend vierhonderd mensen.", "drieduizend vierhonderd", "number", 3400, {"counted": "mensen"}),
    ("Er zijn tweeduizend en negentien leden.", "tweeduizend en negentien", "number", 2019, {"counted": "leden"}),
    ("Er is zes miljard driehonderd miljoen euro nodig.", "zes miljard driehonderd miljoen", "number", 6_300_000_000, {"unit": "EUR"}),
    ("Er zaten negentienhonderdvijftig fans.", "negentienhonderdvijftig", "number", 1950, {"counted": "fans"}),
    ("Het ziekenhuis meldde nul doden.", "nul", "number", 0, {"counted": "doden"}),
    ("De inflatie kwam uit op drie komma vijf procent.", "drie komma vijf procent", "percentage", 3.5, {}),
    ("Er kwamen honderd en twintig bezoekers.", "honderd en twintig", "number", 120, {"counted": "bezoekers"}),
    ("Het kost twee miljoen vijfhonderdduizend euro.", "twee miljoen vijfhonderdduizend", "number", 2_500_000, {"unit": "EUR"}),
    ("De groei was nul komma acht procent.", "nul komma acht procent", "percentage", 0.8, {}),
    ("Het gebeurde in negentienhonderdvijftig.", "negentienhonderdvijftig", "year", 1950, {}),
    ("Sinds tweeduizend negentien is het anders.", "tweeduizend negentien", "year", 2019, {}),
    ("Het ging in negentienhonderdvijftig gevallen mis.", "negentienhonderdvijftig", "number", 1950, {"counted": "gevallen"}),
    ("In tweeduizend gevallen ging het mis.", "tweeduizend", "number", 2000, {"counted": "gevallen"}),
    ("De zee stijgt tot 110 centimeter in 2100.", "2100", "year", 2100, {}),
]

SHARES = [
    ("Het gaat om 2/3 van de mensen.", "2/3", "percentage", 200 / 3, {}),
    ("Ruim 1/5 van de jongeren rookt.", "1/5", "percentage", 20, {"qualifier": "more_than"}),
    ("Het gaat om een-vijfde van de huizen.", "een-vijfde", "percentage", 20, {}),
    ("Het gaat om een zesde van de mensen.", "een zesde", "percentage", 100 / 6, {}),
    ("Het gaat om drie achtsten van de leden.", "drie achtsten", "percentage", 37.5, {}),
    ("Het gaat om zeven tienden van de grond.", "zeven tienden", "percentage", 70, {}),
    ("Het gaat om twee derde deel van de leden.", "twee derde", "percentage", 200 / 3, {}),
    ("Dat geldt voor 2 van de 7 scholen.", "2 van de 7", "percentage", 200 / 7, {}),
    ("Dat geldt voor 1 op 4 scholen.", "1 op 4", "percentage", 25, {}),
    ("Het treft één op de zes kinderen.", "één op de zes", "percentage", 100 / 6, {}),
    ("Het treft 1 op de 20 kinderen.", "1 op de 20", "percentage", 5, {}),
    ("Het treft een op de vijftien kinderen.", "een op de vijftien", "percentage", 100 / 15, {}),
    ("Van alle werklozen is ruim een derde jonger dan 25 jaar.", "ruim een derde", "percentage", 100 / 3, {}),
]

COUNTED = [
    ("Vorig jaar kwamen 24 omgekomen fietsers in de statistiek.", "24", "number", 24, {"counted": "fietsers"}),
    ("De gemeente bouwt 3.000 nieuwe huurwoningen.", "3.000", "number", 3000, {"counted": "huurwoningen"}),
    ("In het buitenland wonen 1,2 miljoen Nederlanders.", "1,2 miljoen", "number", 1_200_000, {"counted": "Nederlanders"}),
    ("Er kwamen zo'n 9.500 extra bioscoopstoelen bij.", "9.500", "number", 9500, {"counted": "bioscoopstoelen", "change": "increase"}),
    ("Ruim 1.000.000 van die bezoekers kwamen uit Nederland.", "1.000.000", "number", 1_000_000, {"counted": "bezoekers"}),
    ("De bond peilde 312 van de 342 gemeenten.", "312", "number", 312, {"counted": "gemeenten"}),
    ("Vorig jaar werden 450 verkeersboetes uitgedeeld.", "450", "number", 450, {"counted": "verkeersboetes"}),
    ("De politie vond 37 beschadigde scooters.", "37", "number", 37, {"counted": "scooters"}),
    ("De provincie plant 60 nieuwe windmolens langs de dijk.", "60", "number", 60, {"counted": "windmolens"}),
    ("Er werden 230 opgegraven skeletten onderzocht.", "230", "number", 230, {"counted": "skeletten"}),
    ("De file was 70 kilometer lang.", "70", "number", 70, {"counted": None, "unit": "km"}),
    ("Het onderzoek duurde 12 weken.", "12", "number", 12, {"counted": None, "unit": "week"}),
    ("Over de afgelopen drie schooljaren steeg het aantal.", "drie", "number", 3, {"counted": None, "unit": "schooljaar"}),
    ("De aanvraag duurt vijf werkdagen.", "vijf", "number", 5, {"counted": None, "unit": "werkdag"}),
    ("Het waren er 40 die bleven.", "40", "number", 40, {"counted": None}),
    ("Dat zijn er 40 meer dan vorig jaar.", "40", "number", 40, {"counted": None}),
]

NOT_FIGURES = [
    "Het was de derde keer dat de brug dichtging.",
    "Hij kocht een derde ticket voor de finale.",
    "Een vrouw kocht een huis in de stad.",
    "Op 3/4 was het feest in de stad.",
    "Zij werken 24/7 door.",
    "Na de aanslagen van 9/11 veranderde alles.",
    "Het gaat om vijf- tot zesjarigen.",
    "Volgens artikel 3/4 van de wet is dat verboden.",
    "De tweede helft van het jaar was rustig.",
    "Het werd min of meer een gelijkspel.",
    "De vierde verdachte werd later opgepakt.",
    "Zij speelden de halve finale in Rotterdam.",
]


@pytest.mark.parametrize("pipeline", PIPELINES)
@cases(NEGATIVES)
def test_signs(request, pipeline, sentence, text, kind, value, attributes):
    check(request, pipeline, sentence, text, kind, value, attributes)


@pytest.mark.parametrize("pipeline", PIPELINES)
@cases(MIXED)
def test_mixed_numbers_and_halves(request, pipeline, sentence, text, kind, value, attributes):
    check(request, pipeline, sentence, text, kind, value, attributes)


@pytest.mark.parametrize("pipeline", PIPELINES)
@cases(SPELLINGS)
def test_number_word_spellings(request, pipeline, sentence, text, kind, value, attributes):
    check(request, pipeline, sentence, text, kind, value, attributes)


@pytest.mark.parametrize("pipeline", PIPELINES)
@cases(SHARES)
def test_fractions_and_shares(request, pipeline, sentence, text, kind, value, attributes):
    check(request, pipeline, sentence, text, kind, value, attributes)


@pytest.mark.parametrize("pipeline", PIPELINES)
@cases(COUNTED)
def test_counted_nouns(request, pipeline, sentence, text, kind, value, attributes):
    check(request, pipeline, sentence, text, kind, value, attributes)


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_figures(request, pipeline, sentence):
    nlp = request.getfixturevalue(pipeline)
    assert [(m.type, m.text, m.value) for m in mentions_of(nlp, sentence)] == []


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_new_forms_work_in_ranges(request, pipeline):
    nlp = request.getfixturevalue(pipeline)
    found = mentions_of(nlp, "Het duurt zes en een half tot acht en een half jaar.")
    assert [(m.value, m.unit) for m in found] == [(6.5, "jaar"), (8.5, "jaar")]
    found = mentions_of(nlp, "Het kwik zakt tot tussen min 3 en min 7 graden.")
    assert [(m.value, m.unit) for m in found] == [(-3, "graad"), (-7, "graad")]
    found = mentions_of(nlp, "Het gaat om tussen de 10 en 15 procent.")
    assert [(m.type, m.value) for m in found] == [("percentage", 10), ("percentage", 15)]


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Er komen twee- tot drieduizend woningen bij.", [2000, 3000]),
        ("Er kwamen tien- tot twintigduizend mensen.", [10_000, 20_000]),
        ("Het kost drie- à vierhonderd euro.", [300, 400]),
    ],
)
def test_elided_range_start_shares_the_magnitude(request, pipeline, sentence, values):
    nlp = request.getfixturevalue(pipeline)
    assert [m.value for m in mentions_of(nlp, sentence)] == values


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_elided_range_shares_the_change(request, pipeline):
    nlp = request.getfixturevalue(pipeline)
    found = mentions_of(nlp, "Er komen daar nog vijf- tot zesduizend woningen bovenop.")
    assert [(m.value, m.counted, m.change) for m in found] == [(5000, "woningen", "increase"), (6000, "woningen", "increase")]


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ze kregen 24, 10 en 4 maanden cel.", [(24, "maand", None), (10, "maand", None), (4, "maand", None)]),
        ("Er vielen 12, 15 en 9 doden.", [(12, None, "doden"), (15, None, "doden"), (9, None, "doden")]),
        ("Het kost 5 of 6 miljoen euro.", [(5_000_000, "EUR", None), (6_000_000, "EUR", None)]),
        ("Er waren 3 doden en 4 gewonden.", [(3, None, "doden"), (4, None, "gewonden")]),
        # A vote: `tegen` joins two counts of one thing.
        ("De raad stemde met 26 tegen 13 stemmen in.", [(26, None, "stemmen"), (13, None, "stemmen")]),
    ],
)
def test_list_items_share_the_last_items_unit_and_noun(request, pipeline, sentence, expected):
    nlp = request.getfixturevalue(pipeline)
    assert [(m.value, m.unit, m.counted) for m in mentions_of(nlp, sentence)] == expected


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_range_start_larger_than_the_scaled_end_keeps_its_value(request, pipeline):
    nlp = request.getfixturevalue(pipeline)
    found = mentions_of(nlp, "Het aantal steeg met 12.500 tot 1,2 miljoen.")
    assert [m.value for m in found] == [12_500, 1_200_000]
    found = mentions_of(nlp, "De winst daalde met 11 procent tot 47,3 miljoen euro.")
    assert [(m.type, m.value) for m in found] == [("percentage", 11), ("number", 47_300_000)]
