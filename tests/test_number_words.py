"""The Dutch number-word parser and digit notation."""

from __future__ import annotations

import pytest

from dutchfacts.figures.lexicon import load_lexicon
from dutchfacts.figures.numbers import NumberWords, parse_digits

UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def below_hundred(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    unit, ten = n % 10, TENS[n // 10]
    if not unit:
        return ten
    link = "ën" if UNITS[unit].endswith("e") else "en"
    return UNITS[unit] + link + ten


def below_thousand(n: int) -> str:
    if n < 100:
        return below_hundred(n)
    hundreds, rest = divmod(n, 100)
    return ("" if hundreds == 1 else below_hundred(hundreds)) + "honderd" + (below_hundred(rest) if rest else "")


def dutch(n: int) -> str:
    """The Dutch spelling of 0–9999 as the Taalunie writes it: one word, ë after e."""
    if n < 1000:
        return below_thousand(n)
    thousands, rest = divmod(n, 1000)
    return ("" if thousands == 1 else below_hundred(thousands)) + "duizend" + (below_thousand(rest) if rest else "")


def dutch_in_hundreds(n: int) -> str:
    """The other common spelling of 1100–9999: `zeventienhonderd`, `negentienhonderdvijftig`."""
    hundreds, rest = divmod(n, 100)
    return below_hundred(hundreds) + "honderd" + (below_hundred(rest) if rest else "")


@pytest.fixture(scope="module")
def words() -> NumberWords:
    return NumberWords(load_lexicon())


def test_writer_spells_known_numbers():
    assert dutch(22) == "tweeëntwintig"
    assert dutch(150) == "honderdvijftig"
    assert dutch(3500) == "drieduizendvijfhonderd"
    assert dutch_in_hundreds(1700) == "zeventienhonderd"


def test_every_value_below_ten_thousand(words):
    wrong = [(n, dutch(n), words.parse(dutch(n))) for n in range(10000) if words.parse(dutch(n)) != n]
    assert not wrong, wrong[:10]


def test_every_value_in_hundreds(words):
    values = [n for n in range(1100, 10000) if (n // 100) % 10]
    wrong = [(n, words.parse(dutch_in_hundreds(n))) for n in values if words.parse(dutch_in_hundreds(n)) != n]
    assert not wrong, wrong[:10]


def test_diaeresis_is_optional(words):
    assert words.parse("tweeentwintig") == 22
    assert words.parse("drieentachtig") == 83


@pytest.mark.parametrize("word, value", [("anderhalf", 1.5), ("tweeënhalf", 2.5), ("één", 1), ("Vijftien", 15)])
def test_special_words(words, word, value):
    assert words.parse(word) == value


@pytest.mark.parametrize("word", ["tweedrie", "honderden", "eentwee", "derde", "tienen", "vijftiental"])
def test_non_numbers(words, word):
    assert words.parse(word) is None


@pytest.mark.parametrize(
    "text, value",
    [("1.234", 1234), ("1.234,5", 1234.5), ("3,5", 3.5), ("0,5", 0.5), ("1 234", 1234),
     ("12\u202f300", 12300), ("1\u00a0234\u00a0567", 1234567), ("3414", 3414), ("1.000.000", 1_000_000)],
)
def test_digit_notation(text, value):
    assert parse_digits(text) == value
