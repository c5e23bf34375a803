"""The counted noun from the packaged model's parse, where its tags mislead."""
import pytest

from dutchfacts.pipeline import PACKAGED_MODEL, load

pytestmark = pytest.mark.skipif(not (PACKAGED_MODEL / "meta.json").is_file(), reason="packaged model absent")


@pytest.fixture(scope="module")
def nlp():
    return load()


def counted(nlp, text: str, figure: str):
    doc = nlp(text)
    (mention,) = [m for m in doc._.mentions if m["text"] == figure]
    return mention["counted"]


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        ("Van de 24 omgekomen fietsers waren er 17 ouder dan zeventig.", "24", "fietsers"),
        ("De politie registreerde in 2021 ruim 28.700 inbraken in woningen.", "ruim 28.700", "inbraken"),
        ("Bij 68 scholen liep de wachttijd op, en vier deden het even goed als in 2018.", "vier", None),
        ("De teller stond voor de eerste keer op meer dan één miljoen banen.", "meer dan één miljoen", "banen"),
        ("Vooral werknemers ouder dan zestig maken zich zorgen.", "ouder dan zestig", None),
        ("Daarvan zijn er 40 ziek.", "40", None),
        ("Er zijn 7 nog vermiste kinderen.", "7", "kinderen"),
        ("Er zijn 45 ernstig zieke patiënten opgenomen.", "45", "patiënten"),
        ("Onder wie bijna zeventienhonderd meegereisde fans uit Velsen.", "bijna zeventienhonderd", "fans"),
        # A participle in `-ten` that the tagger calls one stands before its noun all the same.
        ("Uit een rondgang blijkt dat 37 van de 64 aangesloten ziekenhuizen het budget overschrijden.", "64", "ziekenhuizen"),
    ],
)
def test_counted_noun(nlp, text, figure, expected):
    assert counted(nlp, text, figure) == expected


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        # The count cue names what its own clause counts ...
        ("Het aantal daklozen in Gent steeg vorig jaar tot 1.250.", "1.250", "daklozen"),
        ("Het aantal inschrijvingen lag in maart 4.300 hoger dan een jaar eerder.", "4.300", "inschrijvingen"),
        # ... not what a coordinated clause with a verb of its own gives.
        ("Het aantal daklozen bedroeg vorig jaar 1.250 en kan dit jaar oplopen tot meer dan 1.400.", "meer dan 1.400", None),
        ("Het aantal leden groeide tot 820, maar daalt volgens het bestuur straks weer tot 700.", "700", None),
    ],
)
def test_count_cue_reaches_its_own_clause(nlp, text, figure, expected):
    assert counted(nlp, text, figure) == expected


@pytest.mark.parametrize(
    "text,change",
    [
        ("Er komen volgend jaar 45 voltijdse banen bij.", "increase"),
        # `bij` opening a phrase after the counted noun is a preposition, not a particle.
        ("Er werken 300 verpleegkundigen bij het ziekenhuis.", None),
    ],
)
def test_particle_after_the_counted_noun(nlp, text, change):
    (mention,) = nlp(text)._.mentions
    assert mention["change"] == change


@pytest.mark.parametrize(
    "text,change",
    [
        ("Ze schat de groei dit jaar op 1 procent.", "increase"),
        ("De loonstijgingen komen dit jaar uit op 4 procent.", "increase"),
        ("De daling bedroeg 12 procent.", "decrease"),
        # A count of things is not the size of the change its clause names.
        ("De groei van de economie hangt af van 3 factoren.", None),
        # A span of time is when the change comes, not its size.
        ("In die markt verwacht het bedrijf de komende vijf jaar een forse groei.", None),
    ],
)
def test_change_named_by_the_figures_clause(nlp, text, change):
    (mention,) = [m for m in nlp(text)._.mentions if m["type"] != "year"]
    assert mention["change"] == change


def test_coordinated_adjectives_share_their_noun(nlp):
    doc = nlp("Het team won vijf gouden, drie zilveren en twee bronzen medailles.")
    assert [m["counted"] for m in doc._.mentions] == ["medailles", "medailles", "medailles"]
    doc = nlp("Er vielen drie doden en vier gewonden.")
    assert [m["counted"] for m in doc._.mentions] == ["doden", "gewonden"]
