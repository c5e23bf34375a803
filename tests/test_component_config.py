"""spaCy conventions for the dutchfacts components: declared requires/assigns, settings in
`nlp.config`, and rule tables saved with the pipeline so that a saved pipeline is self-contained."""

from __future__ import annotations

import shutil

import pytest
import spacy

import dutchfacts
from dutchfacts.pipeline import process
from dutchfacts.io.reading import Article
from dutchfacts.rulefiles import RuleFileError

from conftest import CORPUS, has_packaged_model

NEW_QUALIFIER = "plusminus\tapproximately\tbefore\n"
TEXTS = [
    " date 2022-10 Er kwamen plusminus 300 mensen naar de markt, volgens de politie 12 procent meer dan vorig jaar.",
    "Minister Jan de Vries zegt dat het kabinet ruim 1,2 miljoen euro uittrekt voor 45 projecten in 2024.",
]
RULE_COMPONENTS = ("dutchfacts_figures", "dutchfacts_actors")


def results(nlp, texts=TEXTS) -> list[tuple]:
    articles = [Article(f"t{number}", text, None) for number, text in enumerate(texts)]
    return [(result.mentions, result.actors) for result in process(nlp, articles)]


def corpus_texts(count: int = 4) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:count]]


@pytest.fixture
def rules_folder(tmp_path):
    folder = tmp_path / "newsroom"
    folder.mkdir()
    (folder / "qualifiers.tsv").write_text(NEW_QUALIFIER, encoding="utf-8")
    return folder


def test_components_declare_what_they_need_and_set(blank_nlp):
    assert all(problems == [] for problems in blank_nlp.analyze_pipes()["problems"].values())
    for name in ("dutchfacts_header", *RULE_COMPONENTS):
        assert blank_nlp.get_pipe_meta(name).assigns


@pytest.mark.skipif(not has_packaged_model(), reason="the packaged model is not built")
def test_the_packaged_pipeline_shows_every_setting(nlp):
    assert all(problems == [] for problems in nlp.analyze_pipes()["problems"].values())
    components = nlp.config["components"]
    assert components["dutchfacts_sentence_ends"]["same_line_continues"] is True
    assert components["dutchfacts_lemma_lookup"]["rules"] is None
    for name in RULE_COMPONENTS:
        assert components[name]["rules"] is None
    assert nlp.get_pipe_meta("dutchfacts_lemma_lookup").requires


def test_a_saved_blank_pipeline_needs_no_rules_folder(tmp_path, rules_folder):
    nlp = dutchfacts.load("blank:nl", rules=rules_folder)
    expected = results(nlp)
    assert expected[0][0][0].text == "plusminus 300"
    nlp.to_disk(tmp_path / "saved")
    shutil.rmtree(rules_folder)
    saved = spacy.load(tmp_path / "saved")
    assert saved.config["components"]["dutchfacts_figures"]["rules"] == str(rules_folder)
    assert results(saved) == expected


def test_dutchfacts_load_takes_a_saved_pipeline(tmp_path, blank_nlp):
    blank_nlp.to_disk(tmp_path / "saved")
    nlp = dutchfacts.load(tmp_path / "saved")
    assert nlp.pipe_names == blank_nlp.pipe_names
    assert results(nlp) == results(blank_nlp)


def test_a_new_overlay_applies_on_top_of_saved_rules(tmp_path, blank_nlp, rules_folder):
    blank_nlp.to_disk(tmp_path / "saved")
    nlp = dutchfacts.load(tmp_path / "saved", rules=rules_folder)
    assert results(nlp)[0][0][0].text == "plusminus 300"


@pytest.mark.parametrize("name", RULE_COMPONENTS)
def test_a_rule_component_saves_and_reads_its_tables(tmp_path, blank_nlp, name):
    component = blank_nlp.get_pipe(name)
    component.to_disk(tmp_path / name)
    assert (tmp_path / name / "rules" / "qualifiers.tsv").read_text(encoding="utf-8") == (
        component.source.base / "qualifiers.tsv").read_text(encoding="utf-8")
    fresh = blank_nlp.create_pipe(name).from_disk(tmp_path / name)
    assert fresh.source.base == tmp_path / name / "rules"


def test_a_bad_rule_line_in_a_saved_pipeline_is_named(tmp_path, blank_nlp):
    blank_nlp.to_disk(tmp_path / "saved")
    with open(tmp_path / "saved" / "dutchfacts_figures" / "rules" / "qualifiers.tsv", "a", encoding="utf-8") as stream:
        stream.write("zowat\talmots\tbefore\n")
    with pytest.raises(RuleFileError, match=r"dutchfacts_figures/rules/qualifiers.tsv:\d+: unknown qualifier 'almots'"):
        spacy.load(tmp_path / "saved")


@pytest.mark.skipif(not has_packaged_model(), reason="the packaged model is not built")
def test_a_saved_packaged_pipeline_gives_the_same_results(tmp_path, nlp, rules_folder):
    nlp.to_disk(tmp_path / "saved")
    saved = spacy.load(tmp_path / "saved")
    assert saved.pipe_names == nlp.pipe_names
    assert saved.config["components"]["dutchfacts_sentence_ends"]["same_line_continues"] is True
    texts = TEXTS + corpus_texts()
    assert results(saved, texts) == results(nlp, texts)


def test_the_lemma_lookup_keeps_an_overlay_when_saved(tmp_path):
    folder = tmp_path / "particles"
    folder.mkdir()
    (folder / "separable_particles.txt").write_text("met\n", encoding="utf-8")
    nlp = spacy.blank("nl")
    lookup = nlp.add_pipe("dutchfacts_lemma_lookup", config={"rules": str(folder)})
    lookup.initialize(table={"kondigde": "kondigen"})
    assert "met" in lookup.particles and "aan" in lookup.particles
    lookup.to_disk(tmp_path / "lookup")
    shutil.rmtree(folder)
    fresh = nlp.create_pipe("dutchfacts_lemma_lookup", config={"rules": str(folder)}).from_disk(tmp_path / "lookup")
    assert fresh.particles == lookup.particles and fresh.table == lookup.table


@pytest.mark.skipif(not has_packaged_model(), reason="the packaged model is not built")
def test_the_packaged_lemma_lookup_reads_the_overlay(tmp_path):
    folder = tmp_path / "particles"
    folder.mkdir()
    (folder / "separable_particles.txt").write_text("met\n", encoding="utf-8")
    lookup = dutchfacts.load(rules=folder).get_pipe("dutchfacts_lemma_lookup")
    assert "met" in lookup.particles and "aan" in lookup.particles


def test_search_windows_are_settings(blank_nlp):
    components = blank_nlp.config["components"]
    assert components["dutchfacts_figures"]["windows"]["qualifier"] == 30
    assert components["dutchfacts_actors"]["windows"]["after_cue"] == 12
    narrow = spacy.blank("nl")
    narrow.add_pipe("sentencizer")
    narrow.add_pipe("dutchfacts_header")
    narrow.add_pipe("dutchfacts_figures", config={"windows": {"qualifier": 10}})
    narrow.add_pipe("dutchfacts_actors")
    text = ["Er kwamen naar schatting 300 mensen en bijna 20 agenten."]
    assert [m.text for m in results(blank_nlp, text)[0][0]] == ["naar schatting 300", "bijna 20"]
    assert [m.text for m in results(narrow, text)[0][0]] == ["300", "bijna 20"]


def test_an_unknown_window_is_named():
    with pytest.raises(ValueError, match=r"unknown window 'qualfier' \(known: cue_gap, after_cue, group_gap\)"):
        spacy.blank("nl").add_pipe("dutchfacts_actors", config={"windows": {"qualfier": 5}})
