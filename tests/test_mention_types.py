"""The typed figure contract and the one definition of mention types and fields (`figures/types.py`).

A figure is one `Figure` from the rule that finds it to the record that is written: attribution
sets its typed `source`, `doc._.mentions` reads the figures as the records' plain dicts, and
the figures travel with their Doc (pickle, `Doc.to_bytes`, `nlp.pipe(n_process=2)`). Records,
CSV columns, descriptions, the HTML views and the evaluator take the types and fields from the
definition: a toy type added to a copy of it reaches all of them.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import typing
from pathlib import Path

import spacy
from spacy.tokens import Doc

from dutchfacts.evaluation.scoring import ATTRIBUTES, TYPES
from dutchfacts.figures.component import FigureFinder
from dutchfacts.figures.spans import Figure
from dutchfacts.figures.types import ATTRIBUTE_DEFAULTS, FIELD_NAMES, FINDERS, MENTION_TYPES, TYPE_NAMES
from dutchfacts.io.output import CSV_COLUMNS
from dutchfacts.records import Mention, MentionType
from dutchfacts.views.markup import stylesheet
from dutchfacts.windows import FigureWindows

TYPES_FILE = Path(__file__).resolve().parents[1] / "src" / "dutchfacts" / "figures" / "types.py"
TEXT = " date 2022-10 Vorig jaar steeg het aantal volgens het CBS met 14 procent, tot 285 woningen."


def blank_with_dutchfacts():
    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts")
    return nlp


def test_figures_are_typed_from_the_rules_to_the_mentions():
    doc = blank_with_dutchfacts()(TEXT)
    figures = doc._.figures
    assert all(isinstance(figure, Figure) for figure in figures)
    assert [(f.type, f.text, f.source) for f in figures] == [
        ("year", "Vorig jaar", None), ("percentage", "14 procent", "CBS"), ("number", "285", "CBS"),
    ]
    assert doc._.mentions == [figure.record() for figure in figures]
    assert all(list(mention) == list(FIELD_NAMES) for mention in doc._.mentions)
    assert [Mention.model_validate(m).source for m in doc._.mentions] == [None, "CBS", "CBS"]


def test_a_record_holds_the_rounded_value_and_no_working_fields():
    figure = Figure("number", 0, 3, 1 / 3, "number.digits", text="1/3", scale=1000.0, core_start=1)
    assert figure.record()["value"] == 0.3333 and figure.value == 1 / 3
    assert "scale" not in figure.record() and "core_start" not in figure.record()


def test_figures_travel_with_their_doc_by_pickle_and_by_bytes():
    nlp = blank_with_dutchfacts()
    doc = nlp(TEXT)
    pickled = pickle.loads(pickle.dumps(doc))
    unpacked = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for copy in (pickled, unpacked):
        assert copy._.figures == doc._.figures and all(isinstance(f, Figure) for f in copy._.figures)
        assert copy._.mentions == doc._.mentions


def test_figures_come_back_from_spacys_worker_processes():
    nlp = blank_with_dutchfacts()
    texts = [TEXT, " date 2020 Volgens de gemeente kwamen er 300 bezoekers, 5 procent meer."] * 2
    alone = [doc._.mentions for doc in nlp.pipe(texts)]
    in_workers = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [doc._.mentions for doc in in_workers] == alone
    assert all(isinstance(f, Figure) for doc in in_workers for f in doc._.figures)


def test_the_records_outputs_and_evaluator_take_the_definition():
    assert typing.get_args(MentionType) == TYPE_NAMES == TYPES
    assert set(Mention.model_fields) == set(FIELD_NAMES)
    assert CSV_COLUMNS == ("document", "date", *FIELD_NAMES)
    assert {name: Mention.model_fields[name].default for name in ATTRIBUTE_DEFAULTS} == ATTRIBUTE_DEFAULTS
    assert set(ATTRIBUTES) <= set(ATTRIBUTE_DEFAULTS) and "percentage_point" not in ATTRIBUTES
    assert all(f"mark.{kind.name} {{" in stylesheet() for kind in MENTION_TYPES)
    assert {kind.label for kind in MENTION_TYPES} <= {"percent", "unit", "plain"}


def test_the_figure_finder_runs_the_finders_of_the_definition_in_its_order():
    finder = FigureFinder(None, FigureWindows())
    finder.load_rules()
    assert [f"{f.__module__.rsplit('.', 1)[1]}.{f.__name__}" for f in finder.finders] == list(FINDERS)


# Run in a fresh interpreter: the definition, with one more type and its finder, is in place
# before any module reads it. The toy rule module finds `N euro` as an `amount`.
TOY_TYPE = '    MentionKind("amount", "unit", "5 euro", "#dff5d8", "#2e7d32", "1.5px double", counts=True),\n'
TOY_RUN = r'''
import json, sys, types
from pathlib import Path

import regex

source = Path(sys.argv[1]).read_text(encoding="utf-8")
source = source.replace("MENTION_TYPES: tuple[MentionKind, ...] = (\n", "MENTION_TYPES: tuple[MentionKind, ...] = (\n" + sys.argv[2], 1)
source = source.replace('    "quantities.numbers",\n', '    "toy.amounts",\n    "quantities.numbers",\n', 1)
assert sys.argv[2] in source and '"toy.amounts"' in source, "the definition's layout changed: place the toy type anew"
definition = types.ModuleType("dutchfacts.figures.types")
definition.__file__ = sys.argv[1]
sys.modules[definition.__name__] = definition
exec(compile(source, sys.argv[1], "exec"), definition.__dict__)

from dutchfacts.figures.spans import Figure

class ToyAmounts:
    def amounts(self, context, start, claims):
        for match in regex.finditer(r"(\d+) euro", context.text[start:]):
            if claims.take(start + match.start(), start + match.end()):
                yield Figure("amount", start + match.start(), start + match.end(), float(match.group(1)), "amount.toy", unit="EUR")

toy = types.ModuleType("dutchfacts.figures.toy")
toy.figure_rules = lambda source, patterns, windows: ToyAmounts()
sys.modules[toy.__name__] = toy

import io, tempfile
import dutchfacts
from dutchfacts.evaluation.folder import evaluate_folder
from dutchfacts.io.output import csv_writer
from dutchfacts.pipeline import load
from dutchfacts.views.describe import value_label
from dutchfacts.views.render import RenderedArticle, render_page

text = " date 2023-05 Volgens de gemeente kost een kaartje 5 euro, 10 procent meer dan in 2022."
nlp = load("blank:nl")
result = dutchfacts.extract(text, model="blank:nl")
stream = io.StringIO()
csv_writer(stream)(result)
folder = Path(tempfile.mkdtemp())
(folder / "toy.txt").write_text(text, encoding="utf-8")
(folder / "toy.expected.yaml").write_text(
    "document: toy\ndate: 2023-05\nmentions:\n"
    "  - {text: 5 euro, type: amount, value: 5, unit: EUR, source: gemeente}\n"
    "  - {text: 10 procent, type: percentage, value: 10, change: increase, source: gemeente}\n"
    "  - {text: '2022', type: year, value: 2022}\n"
    "actors:\n  - {name: gemeente, kind: organization}\n",
    encoding="utf-8",
)
summary = evaluate_folder(folder, nlp).summary()
page = render_page([RenderedArticle(text, result)], [])
amount = next(m for m in result.mentions if m.type == "amount")
print(json.dumps({
    "mentions": [[m.type, m.text, m.unit, m.source, m.rule] for m in result.mentions],
    "csv": stream.getvalue().splitlines()[1],
    "label": value_label(amount),
    "scores": {name: scores["f1"] for name, scores in summary["types"].items()},
    "schema": result.model_json_schema()["$defs"]["Mention"]["properties"]["type"]["enum"],
    "styled": "mark.amount { background: #dff5d8; border: 1.5px double #2e7d32; }" in page,
    "legend": '<mark class="amount">5 euro</mark> amount' in page,
    "counted": "1 amount, " in page,
}))
'''


def test_a_type_added_to_the_definition_reaches_finder_records_outputs_views_and_evaluator():
    run = subprocess.run(
        [sys.executable, "-c", TOY_RUN, str(TYPES_FILE), TOY_TYPE], capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.splitlines()[-1])
    assert seen["mentions"] == [
        ["amount", "5 euro", "EUR", "gemeente", "amount.toy"],
        ["percentage", "10 procent", None, "gemeente", "percentage.percent"],
        ["year", "2022", None, None, "year.absolute"],
    ]
    assert seen["csv"] == "text,2023-05,amount,5 euro,51,57,5.0,exact,EUR,,,False,False,gemeente,0,amount.toy"
    assert seen["label"] == "5 EUR"
    assert seen["scores"] == {"amount": 1.0, "percentage": 1.0, "year": 1.0, "number": 1.0}
    assert seen["schema"] == ["amount", *TYPE_NAMES]
    assert seen["styled"] and seen["legend"] and seen["counted"]

