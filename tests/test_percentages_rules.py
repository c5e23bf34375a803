"""Percentage rules: percent words, fractions, proportions, points, change, qualifiers."""

from __future__ import annotations

import pytest
from rules_helpers import mentions_of, only


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Dat is 14 procent.", "14 procent", 14),
        ("Dat is 14%.", "14%", 14),
        ("Dat is 14 %.", "14 %", 14),
        ("Dat is 14,5 procent.", "14,5 procent", 14.5),
        ("Dat is 6 pct van het totaal.", "6 pct", 6),
        ("Dat is veertien procent.", "veertien procent", 14),
        ("Een kwart is ouder.", "Een kwart", 25),
        ("Het gaat om drie kwart.", "drie kwart", 75),
        ("Het gaat om driekwart.", "driekwart", 75),
        ("De helft stemt voor.", "De helft", 50),
        ("Het gaat om een derde.", "een derde", 100 / 3),
        ("Het gaat om twee derde.", "twee derde", 200 / 3),
        ("Tweederde van de Belgen.", "Tweederde", 200 / 3),
        ("Het gaat om een vijfde.", "een vijfde", 20),
        ("Het gaat om een tiende.", "een tiende", 10),
        ("Een op de vijf is jong.", "Een op de vijf", 20),
        ("1 op de 5 is jong.", "1 op de 5", 20),
        ("Eén op de drie is jong.", "Eén op de drie", 100 / 3),
        ("Negen van de tien is tevreden.", "Negen van de tien", 90),
        ("Vier op tien Vlamingen sparen.", "Vier op tien", 40),
    ],
)
def test_values(blank_nlp, sentence, text, value):
    mention = only(blank_nlp, sentence)
    assert (mention.type, mention.text) == ("percentage", text)
    assert mention.value == pytest.approx(value, rel=1e-3)


def test_percentage_points(blank_nlp):
    mention = only(blank_nlp, "De werkloosheid steeg met 0,3 procentpunt.")
    assert (mention.value, mention.percentage_point, mention.change) == (0.3, True, "increase")


def test_counts_in_digits_are_not_a_share(blank_nlp):
    found = mentions_of(blank_nlp, "Dat geldt voor 300 van de 581 gemeenten.")
    assert [(m.type, m.value) for m in found] == [("number", 300), ("number", 581)]


def test_ordinal_fraction_word_is_not_a_share(blank_nlp):
    assert mentions_of(blank_nlp, "Hij werd derde in de race.") == []


def test_ordinal_before_a_nominal_adjective_is_not_a_share(nlp):
    # The model tags `verdachte` as an adjective; with a comma after it, it stands for a noun.
    assert mentions_of(nlp, "Een derde verdachte, een heler uit Dordrecht, kreeg een boete.") == []
    assert only(nlp, "Bij de universiteiten kwamen er een derde minder.").value == pytest.approx(100 / 3, abs=1e-3)


@pytest.mark.parametrize(
    "sentence, change",
    [
        ("Het aantal is met 14 procent gestegen.", "increase"),
        ("Het aantal daalde met 3 procent.", "decrease"),
        ("Er was een stijging van 5 procent.", "increase"),
        ("Er kwamen 6 procent minder aanmeldingen.", "decrease"),
        ("De prijs veranderde (-0,4 procent).", "decrease"),
        ("De prijs steeg tot 5 procent.", None),
        ("Dat is 5 procent.", None),
    ],
)
def test_change(blank_nlp, sentence, change):
    assert only(blank_nlp, sentence).change == change


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("Dat is ongeveer 14 procent.", "approximately"), ("Dat is circa 14 procent.", "approximately"),
        ("Dat is ca. 14 procent.", "approximately"), ("Dat is zo'n 14 procent.", "approximately"),
        ("Dat is rond de 14 procent.", "approximately"), ("Dat is pakweg 14 procent.", "approximately"),
        ("Dat is bijna 14 procent.", "almost"), ("Dat is nagenoeg 14 procent.", "almost"),
        ("Dat is ruim 14 procent.", "more_than"), ("Dat is meer dan 14 procent.", "more_than"),
        ("Dat is minder dan 14 procent.", "less_than"), ("Dat is nog geen 14 procent.", "less_than"),
        ("Dat is ten minste 14 procent.", "at_least"), ("Dat is minstens 14 procent.", "at_least"),
        ("Dat is zeker 14 procent.", "at_least"), ("Dat is maximaal 14 procent.", "at_most"),
        ("Dat is hooguit 14 procent.", "at_most"), ("Dat is ten hoogste 14 procent.", "at_most"),
        ("Dat is net boven de 17 procent.", "more_than"),
    ],
)
def test_qualifiers_before(blank_nlp, sentence, qualifier):
    mention = only(blank_nlp, sentence)
    assert mention.qualifier == qualifier
    assert mention.text.endswith("14 procent") or mention.text.endswith("17 procent")
    assert mention.text != "14 procent"


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("Het duurt vijf jaar of meer.", "at_least"), ("Het duurt een jaar of langer.", "at_least"),
        ("Het duurt vijf jaar of minder.", "at_most"), ("Zij is jonger dan vijftien jaar.", "less_than"),
        ("Hij is ouder dan 65 jaar.", "more_than"), ("Ze is jonger van vijftien jaar.", "less_than"),
        ("Het kan binnen de vijf jaar.", "at_most"),
    ],
)
def test_qualifiers_of_durations(blank_nlp, sentence, qualifier):
    mention = only(blank_nlp, sentence)
    assert (mention.qualifier, mention.unit) == (qualifier, "jaar")


def test_bare_range_end_takes_the_type_of_the_other(blank_nlp):
    found = mentions_of(blank_nlp, "De groei ligt tussen 7,6 en 8,7 procent.")
    assert [(m.type, m.value) for m in found] == [("percentage", 7.6), ("percentage", 8.7)]
    found = mentions_of(blank_nlp, "Dat is ruim 10 tot 11 procent.")
    assert [(m.type, m.qualifier) for m in found] == [("percentage", "more_than"), ("percentage", "more_than")]


def test_levels_share_the_type_but_not_the_qualifier(blank_nlp):
    found = mentions_of(blank_nlp, "Het tarief ging van pakweg 19 naar 21 procent.")
    assert [(m.type, m.value, m.qualifier, m.change) for m in found] == [
        ("percentage", 19, "approximately", None), ("percentage", 21, "exact", None)
    ]


def test_fraction_without_numerator_after_geen(blank_nlp):
    mention = only(blank_nlp, "Dat geldt voor nog geen tiende van de aanvragen.")
    assert (mention.text, mention.value, mention.qualifier) == ("nog geen tiende", 10, "less_than")


def test_second_half_of_the_year_is_a_period(blank_nlp):
    assert mentions_of(blank_nlp, "In de tweede helft van het jaar daalt het.") == []


def test_change_after_met_even_before_a_level(blank_nlp):
    found = mentions_of(blank_nlp, "De werkloosheid daalde met 0,2 procentpunt naar 3,6 procent.")
    assert [(m.value, m.change) for m in found] == [(0.2, "decrease"), (3.6, None)]


def test_fraction_of_a_scale_word_is_a_count(blank_nlp):
    mention = only(blank_nlp, "Een kwart miljoen mensen keek.")
    assert (mention.type, mention.value) == ("number", 250_000)


@pytest.mark.parametrize(
    "sentence, change",
    [
        ("Het record betekent een stijging met 13,7 procent.", "increase"),
        ("Eindhoven ontving meer reizigers (9,3 procent groei).", "increase"),
        ("Die sector groeide met maar liefst 3.850 banen.", "increase"),
        ("Het aantal opnames nam met 265 toe.", "increase"),
        ("Toen het aantal met 265 toenam, schrok men.", "increase"),
        ("De index klom met 0,17 punt.", "increase"),
        ("Er was een stijging van 5 procent naar 7 procent.", None),
    ],
)
def test_change_cues(blank_nlp, sentence, change):
    assert mentions_of(blank_nlp, sentence)[0].change == change


def test_a_percentage_does_not_take_the_unit_of_a_level_after_it(blank_nlp):
    found = mentions_of(blank_nlp, "Het aandeel won 1,2 procent tot 17,24 euro.")
    assert [(m.type, m.unit) for m in found] == [("percentage", None), ("number", "EUR")]


@pytest.mark.parametrize(
    "sentence, change",
    [
        # A change noun as the head of a compound keeps its meaning (word formation).
        ("De bond eist een loonsverhoging van minimaal 4 procent.", "increase"),
        ("Analisten rekenen op een prijsstijging van 12 procent.", "increase"),
        ("De winkels zagen een omzetdaling van 8 procent.", "decrease"),
        ("De belastingverlaging van 300 euro gaat in januari in.", "decrease"),
        # A word that is no qualifier may stand between the cue and the figure.
        ("De huren stegen met gemiddeld 5,5 procent.", "increase"),
        ("De groep verwacht een groei van gemiddeld 12 procent per jaar.", "increase"),
        ("De tarieven stijgen volgend jaar met tussen 10 en 15 procent.", "increase"),
        # A cue after the figure also where `met` stands before it without a change verb.
        ("De bank houdt rekening met 1,5 procent groei dit jaar.", "increase"),
        # `bij` after the counted noun, past its adjectives.
        ("Er komen 45 voltijdse banen bij.", "increase"),
        # A noun that only ends like a cue is no cue.
        ("De campagne van 12 weken begint maandag.", None),
    ],
)
def test_change_cues_by_word_formation(blank_nlp, sentence, change):
    assert mentions_of(blank_nlp, sentence)[0].change == change


@pytest.mark.parametrize(
    "sentence, change",
    [
        # `van X tot Y` after a change noun is a range of the change's size ...
        ("Ze rekenen op een stijging van 30 tot 110 centimeter.", "increase"),
        # ... `van X naar Y` two levels.
        ("Er was een stijging van 5 naar 7 procent.", None),
    ],
)
def test_a_range_after_a_change_noun_is_its_size(blank_nlp, sentence, change):
    assert mentions_of(blank_nlp, sentence)[0].change == change


@pytest.mark.parametrize(
    "sentence, figure, qualifier",
    [
        ("Die vacatures staan langer dan een jaar open.", "een jaar", "more_than"),
        ("De behandeling duurt korter dan drie weken.", "drie weken", "less_than"),
        # A comparison split by its verb (`ouder is dan`) still qualifies the figure.
        ("Een kwart van het personeel is ouder dan 55 jaar.", "55 jaar", "more_than"),
        ("Van wie ruim een kwart ouder is dan 55 jaar.", "55 jaar", "more_than"),
        ("Een derde van de klanten woont verder weg dan 20 kilometer.", "20 kilometer", "more_than"),
    ],
)
def test_comparisons_qualify(blank_nlp, sentence, figure, qualifier):
    (mention,) = [m for m in mentions_of(blank_nlp, sentence) if figure in m.text]
    assert mention.qualifier == qualifier


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # One word of a number and an ordinal ending is that ordinal ...
        ("In de negentiende-eeuwse wijk staan 40 huizen.", [("40", 40)]),
        ("Dat gebeurde in de negentiende eeuw.", []),
        # ... with a space, or glued where no number word is left, a fraction.
        ("Negen tiende van de leden stemde voor.", [("Negen tiende", 90)]),
        ("Het gaat om drievierde van de leden.", [("drievierde", 75)]),
    ],
)
def test_a_glued_teen_ordinal_is_no_fraction(blank_nlp, sentence, expected):
    assert [(m.text, round(m.value)) for m in mentions_of(blank_nlp, sentence)] == expected
