"""The views: `explain`, the HTML page of `render` and the report of `evaluate --html`.

The pages are read back with the standard library's HTML parser, as a browser
would see them: every mention must be there with its value, nothing may come
from the network, and one page is opened in headless Chromium.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from dutchfacts.cli import app
from dutchfacts.views.describe import format_value
from dutchfacts.evaluation.folder import evaluate_folder
from dutchfacts.views.explain import explain, print_explanation, read_source, token_section
from dutchfacts.pipeline import load
from dutchfacts.io.reading import Article, ArticleError, read_article
from dutchfacts.records import Actor, ActorMention
from dutchfacts.evaluation.console import summary_rows
from dutchfacts.views.markup import Mark, mark_up
from dutchfacts.views.render import RenderedArticle, render_articles, render_page
from dutchfacts.views.report_page import report_page

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
EXAMPLE = CORPUS / "a01-cbs-bevolking-inflatie.txt"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
# HTML elements that have no end tag.
VOID_ELEMENTS = {"meta", "br", "hr", "img", "input", "link", "wbr"}
ARTICLE = " date 2022-10 Volgens de politie meldden zich in 2021 285 slachtoffers <b>&</b>, 14 procent meer."


class Page(HTMLParser):
    """The parts of a page the tests look at: marks with their text, links and sources, scores.

    It also checks that every element is closed, in order, as valid HTML requires.
    """

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.open_marks: list[dict] = []
        self.elements: list[tuple[str, dict]] = []
        self.documents: list[str] = []
        self.table_rows: list[list[str]] = []
        self.in_scores = False
        self.nesting: list[str] = []
        self.feed(html)
        self.close()
        assert not self.nesting, f"unclosed elements: {self.nesting}"

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in VOID_ELEMENTS:
            return
        self.nesting.append(tag)
        classes = attributes.get("class", "").split()
        if tag in ("mark", "span") and ("mention" in classes or "outcome" in classes or "actor" in classes):
            if "continued" in classes:
                # The rest of a mark that crossed another: its text belongs to the open original.
                self.open_marks.append(next(m for m in reversed(self.marks) if m["title"] == attributes["title"]))
            else:
                mark = {**attributes, "tag": tag, "classes": classes, "text": ""}
                self.marks.append(mark)
                self.open_marks.append(mark)
        else:
            self.open_marks.append(None)
        if tag == "section":
            self.documents.append(attributes["data-document"])
        if tag == "table" and "scores" in classes:
            self.in_scores = True
        if self.in_scores and tag == "tr":
            self.table_rows.append([])

    def handle_endtag(self, tag):
        assert self.nesting and self.nesting[-1] == tag, f"</{tag}> closes <{self.nesting[-1:]}>"
        self.nesting.pop()
        self.open_marks.pop()
        if tag == "table":
            self.in_scores = False

    def handle_data(self, data):
        for mark in self.open_marks:
            if mark is not None:
                mark["text"] += data
        if self.in_scores and self.table_rows:
            self.table_rows[-1].append(data)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def assert_self_contained(html: str) -> None:
    page = Page(html)
    for tag, attributes in page.elements:
        assert tag not in ("script", "link", "iframe", "img"), f"<{tag}> in a self-contained page"
        for name in ("src", "href"):
            target = attributes.get(name) or ""
            assert "http" not in target and "//" not in target, f"<{tag} {name}={target!r}> reaches out"
    assert "url(" not in html and "@import" not in html


@pytest.fixture(scope="module")
def corpus_evaluation(blank_nlp):
    return evaluate_folder(CORPUS, blank_nlp)


@pytest.fixture(params=["blank_nlp", "nlp"])
def pipeline(request):
    """Both pipelines a user may have: the rules alone, and the default (the packaged model once it is there)."""
    return request.getfixturevalue(request.param)


def rendered(nlp, *articles: Article) -> list[RenderedArticle]:
    return render_articles(nlp, list(articles), [])


def test_mark_up_escapes_and_nests_crossing_marks():
    text = "a <b> & c d"
    marks = [Mark(0, 5, "mark", "mention", "first", {"value": "1"}), Mark(4, 9, "span", "actor", 'say "2"')]
    html = mark_up(text, marks)
    page = Page(html)
    assert [m["text"] for m in page.marks] == ["a <b>", "> & c"]
    assert html.startswith('<mark class="mention" title="first" data-value="1">a &lt;b<span class="actor"')
    assert '</span></mark><span class="actor continued" title="say &quot;2&quot;"> &amp; c</span> d' in html
    assert page.marks[1]["title"] == 'say "2"'
    # Balanced: every element opened is closed, in order.
    assert html.count("<mark") == html.count("</mark>") and html.count("<span") == html.count("</span>")


def test_render_shows_every_mention_with_its_value_and_the_actors(pipeline):
    article = read_article(EXAMPLE)
    view = rendered(pipeline, article)[0]
    assert view.result.mentions, "the example article must have mentions"
    if not view.result.actors:
        # A pipeline without the actor component: one actor by hand, so the underlining is tested.
        cbs = article.text.index("CBS")
        mention = ActorMention(text="CBS", start=cbs, end=cbs + 3)
        view.result.actors.append(Actor(name="CBS", kind="organization", rule="test", mentions=[mention]))
    html = render_page([view], [])
    page = Page(html)
    shown = Counter((m["data-type"], m["text"], m["data-value"]) for m in page.marks if "mention" in m["classes"])
    expected = Counter((m.type, m.text, format_value(m.value)) for m in view.result.mentions)
    assert shown == expected
    for mark in page.marks:
        if "mention" in mark["classes"]:
            assert mark["data-value"] in mark["title"] and "rule: " in mark["title"]
    underlined = Counter((m["text"], m["data-actor"]) for m in page.marks if "data-actor" in m)
    assert underlined == Counter((m.text, a.name) for a in view.result.actors for m in a.mentions)
    assert page.documents == [article.document]
    assert_self_contained(html)


def test_render_escapes_article_text_and_lists_unreadable_inputs(blank_nlp):
    html = render_page(rendered(blank_nlp, Article("odd", ARTICLE)), ["bad.txt: not UTF-8"])
    assert "<b>&" not in html and "&lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "bad.txt: not UTF-8" in html and "1 input could not be shown" in html
    # The date prefix is metadata: shown as the date, not as text.
    assert "date 2022-10 Volgens" not in html and "date 2022-10 ·" in html


@Language.component("views_test_failure")
def fail_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("boom")
    return doc


def test_an_article_the_pipeline_fails_on_is_listed_and_the_others_keep_their_texts():
    nlp = load("blank:nl")
    nlp.add_pipe("views_test_failure", first=True)
    articles = [Article("a", "In 2020 was het 5 procent."), Article("b", "BOOM 7"), Article("c", "Er waren 12 gevallen.")]
    failures: list[str] = []
    views = render_articles(nlp, articles, failures)
    assert [(v.result.document, v.text) for v in views] == [("a", articles[0].text), ("c", articles[2].text)]
    assert failures == ["b: the pipeline failed on this article"]
    assert Page(render_page(views, failures)).documents == ["a", "c"]


def test_report_has_the_text_reports_numbers_and_every_outcome(corpus_evaluation):
    html = report_page(corpus_evaluation, "corpus", "blank:nl")
    page = Page(html)
    assert_self_contained(html)
    rows = [tuple(cell.strip() for cell in row) for row in page.table_rows[1:]]
    assert [tuple(c for c in row if c) for row in rows] == [tuple(c for c in row if c) for row in summary_rows(corpus_evaluation)]
    ordered = sorted(corpus_evaluation.articles, key=lambda a: -a.errors)
    assert page.documents == [a.document for a in ordered]
    assert [a.errors for a in ordered] == sorted((a.errors for a in ordered), reverse=True)
    outcomes = [m for m in page.marks if "outcome" in m["classes"]]
    shown = Counter((m["data-outcome"], m["text"], m.get("data-gold"), m.get("data-found")) for m in outcomes)
    expected = Counter(
        (
            o.outcome,
            article.text[o.start : o.end],
            format_value(o.gold.label.value) if o.gold else None,
            format_value(o.predicted.value) if o.predicted else None,
        )
        for article in ordered
        for o in article.outcomes
    )
    assert shown == expected
    missed = sum(len(a.missed) for a in ordered)
    assert missed == sum(m["data-outcome"] in ("missed", "value") for m in outcomes)
    underlined = Counter((m["data-actor"], "spurious-actor" in m["classes"]) for m in page.marks if "data-actor" in m)
    found = Counter(
        (o.predicted.name, o.gold is None) for a in ordered for o in a.actor_outcomes if o.predicted for _ in o.predicted.mentions
    )
    assert underlined == found


def test_report_on_the_shared_development_set(blank_nlp, shared_dev):
    evaluation = evaluate_folder(shared_dev, blank_nlp)
    page = Page(report_page(evaluation, str(shared_dev), "blank:nl"))
    assert sorted(page.documents) == sorted(a.document for a in evaluation.articles)


def test_explain_prints_tables_on_a_terminal_and_tab_separated_text_in_a_pipe(blank_nlp):
    explanation = explain(blank_nlp, Article("text", ARTICLE), tokens=True)
    piped = io.StringIO()
    print_explanation(explanation, Console(file=piped, force_terminal=False))
    lines = piped.getvalue().splitlines()
    assert lines[0].startswith("# text: date 2022-10, model blank:nl ")
    assert "start\tend\ttext\ttype\tvalue\tattributes\tsentence\trule" in lines
    assert any(line.split("\t")[2:5] == ["14 procent", "percentage", "14"] for line in lines)
    assert any(line.startswith("## tokens") and "no POS, lemma, dependency" in line for line in lines)
    terminal = io.StringIO()
    print_explanation(explanation, Console(file=terminal, force_terminal=True, width=160))
    assert "┃" in terminal.getvalue() and "14 procent" in terminal.getvalue()


def test_explain_lists_the_annotations_a_model_sets(blank_nlp):
    doc = Doc(
        blank_nlp.vocab,
        words=["Het", "CBS", "telt", "285", "slachtoffers"],
        pos=["DET", "PROPN", "VERB", "NUM", "NOUN"],
        lemmas=["het", "CBS", "tellen", "285", "slachtoffer"],
        heads=[1, 2, 2, 4, 2],
        deps=["det", "nsubj", "ROOT", "nummod", "obj"],
    )
    section = token_section(doc)
    assert section.note == ""
    assert section.rows[4] == ("4", "17", "slachtoffers", "NOUN", "", "slachtoffer", "obj", "2 telt")


def test_explain_tokens_show_what_the_pipeline_gives_the_rules(pipeline):
    tokens = explain(pipeline, Article("text", ARTICLE), tokens=True).sections[-1]
    assert [row[2] for row in tokens.rows[3:6]] == ["Volgens", "de", "politie"]
    if pipeline.has_pipe("tagger") or pipeline.has_pipe("morphologizer"):
        assert tokens.rows[5][3] == "NOUN" and "POS" not in tokens.note
    else:
        assert tokens.note == "the model sets no POS, lemma, dependency: those columns are empty"


def test_explain_reads_a_file_stdin_or_the_text_itself(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert read_source(str(article)) == Article("a", ARTICLE)
    assert read_source("Er waren 285 slachtoffers.", date="2022") == Article("text", "Er waren 285 slachtoffers.", "2022")
    long_text = "In 2021 waren er 285 slachtoffers. " * 20
    assert read_source(long_text).text == long_text
    with pytest.raises(ArticleError, match="no such file"):
        read_source(str(tmp_path / "typo.txt"))
    with pytest.raises(ArticleError, match="a folder"):
        read_source(str(tmp_path))


def test_cli_explain_render_and_evaluate_html(tmp_path):
    runner = CliRunner()
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("caf\xe9 2021".encode("latin-1"))
    explained = runner.invoke(app, ["explain", str(good), "--model", "blank:nl"])
    assert explained.exit_code == 0, explained.output
    assert explained.output.startswith("# good: date 2022-10")
    as_text = runner.invoke(app, ["explain", "Het kabinet trekt 2,3 miljard euro uit.", "--model", "blank:nl"])
    assert "2300000000" in as_text.output and "unit EUR" in as_text.output
    view = tmp_path / "view.html"
    rendering = runner.invoke(app, ["render", str(bad), str(good), "-o", str(view), "--model", "blank:nl"])
    assert rendering.exit_code == 1
    assert f"{bad}: not UTF-8" in rendering.stderr
    assert Page(view.read_text(encoding="utf-8")).documents == ["good"]
    report = tmp_path / "report.html"
    evaluation = runner.invoke(app, ["evaluate", str(CORPUS), "--model", "blank:nl", "--html", str(report)])
    assert evaluation.exit_code == 0, evaluation.output
    assert Page(report.read_text(encoding="utf-8")).marks


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")
def test_the_view_opens_in_headless_chromium(blank_nlp, tmp_path):
    view = tmp_path / "view.html"
    view.write_text(render_page(rendered(blank_nlp, read_article(EXAMPLE)), []), encoding="utf-8")
    screenshot = tmp_path / "view.png"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={screenshot}", "--window-size=1200,1600",
        view.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    # A blank white page compresses to a few kilobytes; highlighted text does not.
    assert len(data) > 50_000
