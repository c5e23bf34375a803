"""Property-based tests: random Dutch-like text, with figures, separators and unicode oddities,
through `extract()` and the command line.

Whatever the text, there is a result or the documented InputError; every mention and actor
mention is the text as read at its offsets; every value is finite; every record validates.
`FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz.py` runs a larger fuzz by hand, and
`FUZZ_MODEL=` (empty: the packaged model) one through another pipeline than blank:nl.
"""

from __future__ import annotations

import json
import math
import os
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import dutchfacts
import dutchfacts.pipeline
from dutchfacts import InputError
from dutchfacts.cli import app
from dutchfacts.records import ArticleResult

pytestmark = pytest.mark.filterwarnings("ignore::dutchfacts.InputWarning")

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
MODEL = os.environ.get("FUZZ_MODEL", "blank:nl") or None
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CLI_FUZZ = settings(max_examples=max(10, EXAMPLES // 10), deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = (
    "de het een en of van in op met tot tussen naar dan ruim bijna ongeveer meer minder dan procent procentpunt "
    "euro miljoen miljard duizend honderd jaar vorig volgend mensen werklozen banen medewerkers kinderen stijging "
    "daling steeg daalde zei meldt volgens aldus blijkt uit cijfers kabinet minister CBS UWV Jan de Vries Rutte "
    "Amsterdam tweede helft kwart derde twee drie tien twintig vijftig anderhalf een op de vijf "
    "januari mei december uur om Dat Het Volgens"
).split()
SEPARATORS = [".", ",", "-", "/", "%", "€", "$", "–", ":", "(", ")", "'", '"', "’", "+", "±", "½", "×"]
ODDITIES = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u00a0", "\u202f", "\u2009", "\u0301", "\u0308",
    "\u200f", "\u200e", "\u202e", "\u2066", "\ufeff", "\ufffd", "😀", "🇳🇱", "👩‍👩‍👧", "\t", "\r\n", "\n", "\n\n",
    "\x0b", "\x1f", "\u2028", "\U0001d7d9", "٣", "５",
]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]


def figure() -> st.SearchStrategy[str]:
    digits = st.integers(min_value=0, max_value=10**12).map(str)
    grouped = st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}".replace(",", "."))
    decimal = st.tuples(st.integers(0, 99999), st.integers(0, 999)).map(lambda p: f"{p[0]},{p[1]}")
    glued = st.tuples(digits, st.sampled_from(["%", "€", "$", "%korting", "€x", "€t", "e", "ste", "-jarige"])).map("".join)
    invisible = st.tuples(st.integers(1, 99), st.sampled_from(ODDITIES[:9]), st.integers(0, 999)).map(lambda p: f"{p[0]}{p[1]}{p[2]:03d}")
    return st.one_of(digits, grouped, decimal, glued, invisible, st.integers(1500, 2099).map(str))


PIECE = st.one_of(
    st.sampled_from(WORDS), figure(), st.sampled_from(SEPARATORS), st.sampled_from(ODDITIES),
    st.text(max_size=4), st.sampled_from(["a" * 300, "Onderwijsminister", "jeugdzorgmedewerkers", "A.B.C."]),
)
GLUE = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". "])


@st.composite
def dutch_like(draw, surrogates: bool = True) -> str:
    pieces = draw(st.lists(st.tuples(PIECE, GLUE), max_size=40))
    text = "".join(piece + glue for piece, glue in pieces)
    if draw(st.booleans()):
        prefix = draw(st.sampled_from(["2022", "2022-05", "2022-05-17", "2022-13-45", "2023-05", "mei", ""]))
        text = f" date {prefix}{draw(GLUE)}{text}"
    if surrogates and draw(st.integers(0, 9)) == 0:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(SURROGATES)) + text[at:]
    return text


def assert_sound(result: ArticleResult, source: str) -> None:
    for mention in result.mentions:
        assert source[mention.start : mention.end] == mention.text, mention
        assert math.isfinite(mention.value), mention
    for actor in result.actors:
        for mention in actor.mentions:
            assert source[mention.start : mention.end] == mention.text, (actor.name, mention)
    ArticleResult.validated(json.loads(result.model_dump_json()), source=source)


@FUZZ
@given(text=dutch_like(), date=st.one_of(st.none(), st.sampled_from(["2020", "2021-02", "2022-13", "x"])))
@example(text="0 Onderwijsminister, ", date=None)  # a list of places looked two tokens past the end
def test_extract_gives_a_sound_record_or_the_documented_error(text, date):
    try:
        result = dutchfacts.extract(text, date=date, model=MODEL)
    except InputError:
        return
    assert_sound(result, text)


@CLI_FUZZ
@given(texts=st.lists(dutch_like(), min_size=1, max_size=8))
def test_the_command_line_writes_sound_records_and_reports_the_rest(texts, tmp_path_factory):
    archive = tmp_path_factory.mktemp("fuzz") / "archive.jsonl"
    archive.write_text("".join(json.dumps({"id": f"r{n}", "text": text}) + "\n" for n, text in enumerate(texts)), encoding="utf-8")
    # The blank pipeline loaded once for all examples: the run, not the loading, is under test.
    nlp = dutchfacts.default_pipeline(MODEL)
    with patch.object(dutchfacts.pipeline, "load", lambda model, rules=None: nlp):
        result = CliRunner().invoke(app, ["extract", str(archive), "--model", MODEL or "", "--n-process", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    refused = [line for line in result.stderr.replace("\r", "\n").splitlines() if line.startswith("error:")]
    assert result.exit_code == (1 if refused else 0), result.stderr
    assert len(lines) + len(refused) == len(texts)
    for line in lines:
        text = texts[int(line["document"][1:])]
        assert_sound(ArticleResult.validated(line, source=text), text)
    for error in refused:
        assert any(reason in error for reason in ("surrogate", "NUL", "record without text", "empty text")), error


@pytest.mark.parametrize("text", ["Dat was 50%korting", "12€x", "6€t", "1\u200b200 mensen", "x \ud800 5"])
def test_the_audit_cases_hold_with_the_default_pipeline(text):
    try:
        result = dutchfacts.extract(text)
    except InputError:
        assert "\ud800" in text
        return
    assert_sound(result, text)
