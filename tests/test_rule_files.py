"""Every rule file is checked line by line and column by column when it is read."""

from __future__ import annotations

import shutil

import pytest

from dutchfacts.actors.rules import load_actor_rules
from dutchfacts.figures.lexicon import load_lexicon
from dutchfacts.rulefiles import RULE_FILES, RULES_DIR, RuleFileError, RuleSource, format_of, read_rows

PACKAGED = RuleSource().names()

# One wrong line per kind of mistake each format can hold: the file, the line, the message.
BAD_LINES = [
    ("qualifiers.tsv", "zowat\talmots\tbefore",
     "unknown qualifier 'almots' (allowed: exact, approximately, almost, more_than, at_least, less_than, at_most)"),
    ("qualifiers.tsv", "zowat\tapproximately\tbfore", "unknown position 'bfore' (allowed: before, after)"),
    ("qualifiers.tsv", "\tapproximately\tbefore", "empty phrase"),
    ("change_cues.tsv", "groei van\tincrase\tbefore", "unknown direction 'incrase' (allowed: increase, decrease)"),
    ("change_cues.tsv", "groeide\tincrease\tverbs", "unknown position 'verbs' (allowed: before, after, head, verb)"),
    ("number_words.tsv", "elf\telf\tunit", "value 'elf' is not a number"),
    ("number_words.tsv", "elf\t11\tunits", "unknown class 'units'"),
    ("scales.tsv", "dozijn\ttwaalf", "multiplier 'twaalf' is not a number"),
    ("scales.tsv", "oneindig\tinf", "multiplier 'inf' is not a finite number"),
    ("vague_counts.tsv", "tientallen\t10\tmore", "unknown qualifier 'more'"),
    ("vague_counts.tsv", "tientallen\ttien\tmore_than", "value 'tien' is not a number"),
    ("fractions.tsv", "kwart\t4.0\tshare", "denominator '4.0' is not a whole number"),
    ("fractions.tsv", "geheel\t1\tshare", "denominator 1 is below 2"),
    ("fractions.tsv", "kwart\t4\tquarter", "unknown form 'quarter'"),
    ("fraction_phrases.tsv", "een half\thalf\talone", "value 'half' is not a number"),
    ("range_links.tsv", "tot\treach", "unknown role 'reach'"),
    ("needs_unit.tsv", "een\ttime", "unknown needs 'time'"),
    ("share_links.tsv", "uit de\tuit", "unknown relation 'uit'"),
    ("clock_words.tsv", "om\tvoor", "unknown position 'voor'"),
    ("time_compound_heads.tsv", "jaren\tschool jaar", "singular 'school jaar' is not one word"),
    ("signed_units.txt", "graden Celsius", "unit 'graden Celsius' is not one word"),
    ("approximate_suffixes.tsv", "-tal\tabout", "unknown qualifier 'about'"),
    ("reporting_verbs.tsv", "melden\t", "empty forms"),
    ("attribution_pointers.tsv", "dat\tnoemer", "unknown role 'noemer' (allowed: opener, noun)"),
    ("actor_words.tsv", "\tdeterminer", "empty word"),
    ("word_formation.tsv", "-isten\tperson", "unknown class 'person'"),
    ("team_names.tsv", "Oranje\t", "empty place"),
    ("organisation_kinds.tsv", "CBS\t", "empty anaphor"),
    ("attribution_words.tsv", "dat\tcomplementiser", "unknown class 'complementiser'"),
    ("draft_doubts.tsv", "rules\tnumber.vague_count\ta vague plural", "unknown field 'rules' (allowed: rule, text)"),
    ("word_endings.tsv", "ste\tordinaal",
     "unknown class 'ordinaal' (allowed: ordinal, inflected_adjective, nominalised_plural)"),
    ("percent_words.tsv", "procent\tprocent", "unknown kind 'procent' (allowed: percent, point)"),
    ("units.tsv", "euro\tEU R", "unit 'EU R' is not one word"),
    ("currency_signs.tsv", "€\t", "unit '' is not one word"),
    ("relative_years.tsv", "(vorig jaar\t-1\tarticle", "pattern '(vorig jaar' is not a valid regular expression"),
    ("relative_years.tsv", "vorig jaar\tmin een\tarticle", "offset 'min een' is not a whole number"),
    ("relative_years.tsv", "vorig jaar\t-1\tartikel", "unknown anchor 'artikel' (allowed: article, previous)"),
    ("months.tsv", "maart\t13", "month 13 is not between 1 and 12"),
    ("time_units.txt", "jaar tijd", "unit 'jaar tijd' is not one word"),
    ("actor_groups.tsv", "arts\tartsen\tperson", "unknown kind 'person' (allowed: group, organization)"),
    ("actor_groups.tsv", "arts\t\tgroup", "empty plural"),
    ("actor_group_members.tsv", "vader\t", "empty group"),
    ("attribution_cues.tsv", "volgens\tbefore", "unknown position 'before' (allowed: after, noun, either)"),
    ("year_cues.txt", "in\tjaar", "expected 1 tab-separated columns (phrase), got 2"),
]


def first_row(name: str) -> str:
    return "\t".join(read_rows(RULES_DIR / name, len(format_of(name)))[0])


def written(tmp_path, name: str, line: str):
    path = tmp_path / name
    path.write_text(f"# a comment, then one entry\n{line}\n", encoding="utf-8")
    return path


def test_every_packaged_table_has_a_format():
    assert [name for name in PACKAGED if format_of(name) is None] == []
    assert sorted(set(RULE_FILES) - set(PACKAGED)) == []


@pytest.mark.parametrize("name", PACKAGED)
def test_packaged_rule_file_reads(name):
    assert read_rows(RULES_DIR / name, len(format_of(name)))


@pytest.mark.parametrize("name", PACKAGED)
def test_a_good_line_passes(tmp_path, name):
    line = first_row(name)
    assert ["\t".join(row) for row in read_rows(written(tmp_path, name, line), len(format_of(name)))] == [line]


@pytest.mark.parametrize("name", PACKAGED)
def test_a_line_with_a_column_too_many_fails(tmp_path, name):
    path = written(tmp_path, name, first_row(name) + "\textra")
    with pytest.raises(RuleFileError, match=rf"^{path}:2: expected {len(format_of(name))} tab-separated columns"):
        read_rows(path, len(format_of(name)))


@pytest.mark.parametrize("name, line, message", BAD_LINES)
def test_a_bad_value_fails_with_file_and_line(tmp_path, name, line, message):
    path = written(tmp_path, name, line)
    with pytest.raises(RuleFileError) as error:
        read_rows(path, len(format_of(name)))
    assert str(error.value).startswith(f"{path}:2: {message}")


def test_every_format_has_a_bad_line():
    assert sorted(set(RULE_FILES) - {name for name, _, _ in BAD_LINES}) == []


@pytest.mark.parametrize("loader, name", [(load_lexicon, "qualifiers.tsv"), (load_actor_rules, "attribution_cues.tsv")])
def test_a_bad_line_stops_the_loader(tmp_path, loader, name):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    line = next(line for file, line, _ in BAD_LINES if file == name)
    with open(folder / name, "a", encoding="utf-8") as stream:
        stream.write(line + "\n")
    with pytest.raises(RuleFileError, match=rf"^{folder / name}:\d+: unknown "):
        loader(str(folder))


def test_a_missing_rule_file_is_named(tmp_path):
    with pytest.raises(RuleFileError, match=r"qualifiers.tsv: rule file not found"):
        read_rows(tmp_path / "qualifiers.tsv", 3)


def test_rule_files_are_read_only_through_a_rule_source():
    """`RULES_DIR / name` outside the reader would bypass a user's overlay and a saved pipeline's rules."""
    package = RULES_DIR.parent
    readers = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "rulefiles.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "RULES_DIR /" in line or "RULES_DIR/" in line
    ]
    assert readers == []


def test_a_word_ending_class_left_empty_fails_at_load(tmp_path):
    """An overlay that replaces word_endings.tsv without its ordinal endings would make every
    digit an ordinal: the loader refuses it, naming the file."""
    (tmp_path / "word_endings.tsv").write_text("# replace\ne\tinflected_adjective\nden\tnominalised_plural\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"word_endings\.tsv \(with the overlay .*\): no ending of class 'ordinal'"):
        load_lexicon(RuleSource(RULES_DIR, tmp_path))


def test_a_rule_module_declares_the_format_of_its_own_file(tmp_path, monkeypatch):
    from dutchfacts import rulefiles
    from dutchfacts.records import Qualifier
    from dutchfacts.rulefiles import declare_format, literal, phrase

    monkeypatch.setattr(rulefiles, "RULE_FILES", dict(RULE_FILES))  # the packaged formats stay as they are
    declare_format("amount_words.tsv", phrase("word"), literal("qualifier", Qualifier))
    path = written(tmp_path, "amount_words.tsv", "ruim\tongeveer")
    with pytest.raises(RuleFileError, match=r"amount_words\.tsv:2: unknown qualifier 'ongeveer'"):
        read_rows(path, 2)
    with pytest.raises(RuleFileError, match="declared twice, with other columns"):
        declare_format("amount_words.tsv", phrase("word"))
