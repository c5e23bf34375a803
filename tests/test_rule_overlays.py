"""A user's rules folder: files that add to or replace packaged rule files, checked like them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import dutchfacts
from dutchfacts.cli import app
from dutchfacts.model.lemma_lookup import LemmaLookup
from dutchfacts.rulefiles import RuleFileError, RuleSource, read_rows

NEW_QUALIFIER = "plusminus\tapproximately\tbefore\n"
ARTICLES = {
    "markt.txt": "Er kwamen plusminus 300 mensen naar de markt en ongeveer 20 agenten. In 2020 was dat 12 procent minder.",
    "dorp.txt": "Het dorp telt plusminus 4.000 inwoners, 3 scholen en twee kerken.",
    "zonder.txt": "De gemeente gaf in 2023 ruim 1,2 miljoen euro uit aan 45 projecten.",
}


def overlay(tmp_path, files: dict[str, str]):
    folder = tmp_path / "newsroom"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_overlay_file_adds_its_lines(tmp_path):
    folder = overlay(tmp_path, {"qualifiers.tsv": NEW_QUALIFIER})
    packaged = read_rows(RuleSource() / "qualifiers.tsv", 3)
    assert read_rows(RuleSource(overlay=folder) / "qualifiers.tsv", 3) == packaged + [["plusminus", "approximately", "before"]]


def test_an_overlay_file_headed_replace_replaces(tmp_path):
    folder = overlay(tmp_path, {"qualifiers.tsv": "# replace\n" + NEW_QUALIFIER})
    assert read_rows(RuleSource(overlay=folder) / "qualifiers.tsv", 3) == [["plusminus", "approximately", "before"]]


def test_an_overlay_names_only_rule_files(tmp_path):
    folder = overlay(tmp_path, {"qualifier.tsv": NEW_QUALIFIER})
    with pytest.raises(RuleFileError, match=r"qualifier.tsv: no rule file is called 'qualifier.tsv' \(did you mean 'qualifiers.tsv'\?\)"):
        RuleSource(overlay=folder)


def test_a_missing_overlay_folder_is_an_error(tmp_path):
    with pytest.raises(RuleFileError, match="rules folder not found"):
        dutchfacts.load("blank:nl", rules=tmp_path / "absent")


def test_overlay_lines_are_checked(tmp_path):
    folder = overlay(tmp_path, {"qualifiers.tsv": "# ours\nzowat\talmots\tbefore\n"})
    with pytest.raises(RuleFileError, match=rf"^{folder / 'qualifiers.tsv'}:2: unknown qualifier 'almots'"):
        dutchfacts.load("blank:nl", rules=folder)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["extract", "evaluate", "explain", "render"])
def test_a_bad_rule_line_stops_every_command_before_any_article(tmp_path, articles, command):
    folder = overlay(tmp_path, {"qualifiers.tsv": "zowat\talmots\tbefore\n"})
    output = tmp_path / "out"
    source = str(articles / "markt.txt") if command == "explain" else str(articles)
    options = ["-o", str(output)] if command in ("extract", "render") else []
    result = CliRunner().invoke(app, [command, source, *options, "--rules", str(folder), "--model", "blank:nl"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"dutchfacts: {folder / 'qualifiers.tsv'}:1: unknown qualifier 'almots' (allowed: ")
    assert result.stdout == "" and not output.exists()


def extracted(articles, *options) -> dict[str, list[dict]]:
    result = CliRunner().invoke(app, ["extract", str(articles), "--model", "blank:nl", *options], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return {record["document"]: record["mentions"] for record in map(json.loads, result.stdout.splitlines())}


def test_an_added_qualifier_word_changes_exactly_the_mentions_that_use_it(tmp_path, articles):
    before = extracted(articles)
    after = extracted(articles, "--rules", str(overlay(tmp_path, {"qualifiers.tsv": NEW_QUALIFIER})))
    changed = 0
    for document, mentions in after.items():
        old = {mention["end"]: mention for mention in before[document]}
        assert sorted(old) == sorted(mention["end"] for mention in mentions)
        for mention in mentions:
            if mention["text"].startswith("plusminus"):
                changed += 1
                assert old[mention["end"]]["qualifier"] == "exact" and mention["qualifier"] == "approximately"
                assert {**mention, "text": None, "start": None, "qualifier": None} == {
                    **old[mention["end"]], "text": None, "start": None, "qualifier": None}
            else:
                assert mention == old[mention["end"]]
    assert changed == 2


def test_the_lemma_lookup_reads_the_overlay(tmp_path):
    folder = overlay(tmp_path, {"separable_particles.txt": "met\n"})
    assert "met" in LemmaLookup("lookup", [], "WW|pv", rules=str(folder)).particles
    assert "met" not in LemmaLookup("lookup", [], "WW|pv").particles


def test_the_overlay_is_in_the_pipeline_config(tmp_path):
    folder = overlay(tmp_path, {"qualifiers.tsv": NEW_QUALIFIER})
    nlp = dutchfacts.load("blank:nl", rules=folder)
    assert nlp.config["components"]["dutchfacts_figures"]["rules"] == str(folder)
    assert nlp.config["components"]["dutchfacts_actors"]["rules"] == str(folder)
