"""Rule files: one strict reader, one table of their formats, and users' overlay folders.

A rule file under `dutchfacts/rules/` is plain text: one entry a line, tab-separated columns,
`#` comments. `RULE_FILES` says what each column may hold (a `.txt` file not listed there holds
one phrase a line); every line of every file is checked against it when the rules are read, and a
line that breaks it stops loading with `FILE:LINE: …`. A typo is an error at load time, never an
article lost at validation.

An overlay folder (`dutchfacts.load(rules=DIR)`, `dutchfacts extract --rules DIR`) holds files
named like packaged ones. Their lines are read after the packaged file's (where a table keeps one
entry per phrase, the later line wins); a file whose first line is `# replace` takes the packaged
file's place. Overlay lines are checked like packaged ones.
"""

from __future__ import annotations

import difflib
import math
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

import regex
import srsly
from spacy.util import ensure_path

from .records import ActorKind, Change, Qualifier

RULES_DIR = Path(__file__).parent / "rules"
REPLACE_HEADER = "# replace"
SAVED_RULES = "rules"
SAVED_OVERLAY = "overlay.json"


class RuleFileError(ValueError):
    """A rule file is missing, has a malformed line, or an overlay names no rule file."""


@dataclass(frozen=True)
class Column:
    name: str
    problem: Callable[[str], Optional[str]]
    """What is wrong with a cell, or None."""


def phrase(name: str) -> Column:
    return Column(name, lambda cell: None if cell else f"empty {name}")


def one_of(name: str, allowed: Iterable[str]) -> Column:
    allowed = tuple(allowed)

    def problem(cell: str) -> Optional[str]:
        return None if cell in allowed else f"unknown {name} {cell!r} (allowed: {', '.join(allowed)})"

    return Column(name, problem)


def literal(name: str, values: object, only: Iterable[str] = ()) -> Column:
    """The values of a `Literal` type of the records (or those of them in `only`): one list, kept there."""
    allowed = typing.get_args(values)
    only = tuple(only)
    assert set(only) <= set(allowed), f"{only} are not all among {allowed}"
    return one_of(name, only or allowed)


def number(name: str) -> Column:
    def problem(cell: str) -> Optional[str]:
        try:
            return None if math.isfinite(float(cell)) else f"{name} {cell!r} is not a finite number"
        except ValueError:
            return f"{name} {cell!r} is not a number"

    return Column(name, problem)


def whole_number(name: str, low: Optional[int] = None, high: Optional[int] = None) -> Column:
    def problem(cell: str) -> Optional[str]:
        try:
            value = int(cell)
        except ValueError:
            return f"{name} {cell!r} is not a whole number"
        if low is not None and value < low or high is not None and value > high:
            return f"{name} {value} is not between {low} and {high}" if high is not None else f"{name} {value} is below {low}"
        return None

    return Column(name, problem)


def unit(name: str = "unit") -> Column:
    """A unit label as written in a record's `unit` (`EUR`, `km/u`): one word."""
    return Column(name, lambda cell: None if regex.fullmatch(r"\S+", cell) else f"{name} {cell!r} is not one word")


def pattern(name: str) -> Column:
    def problem(cell: str) -> Optional[str]:
        try:
            regex.compile(cell.replace("{N}", "N"), regex.VERSION1)
        except regex.error as error:
            return f"{name} {cell!r} is not a valid regular expression: {error}"
        return None

    return Column(name, problem)


POSITIONS = ("before", "after")
# The affix classes of word_formation.tsv: the fields of actors.rules.WordFormation that are read from it.
WORD_FORMATION_CLASSES = (
    "adjective", "capitalised_adjective", "title_adjective", "modifier", "verb", "common_noun",
    "agent", "agent_not_first_name", "demonym", "plural", "compass", "person_plural", "person_singular", "agent_plural", "agent_singular",
    "nationality", "body", "body_compound",
)

# The format of every rule file that is not one phrase a line: its columns, in order.
RULE_FILES: dict[str, tuple[Column, ...]] = {
    "qualifiers.tsv": (phrase("phrase"), literal("qualifier", Qualifier), one_of("position", POSITIONS)),
    "change_cues.tsv": (phrase("cue"), literal("direction", Change), one_of("position", (*POSITIONS, "head", "verb"))),
    "number_words.tsv": (
        phrase("word"),
        number("value"),
        one_of("class", ("unit", "teen", "tens", "hundred", "thousand", "link", "zero", "fraction_word", "decimal_point", "sign")),
    ),
    "scales.tsv": (phrase("word"), number("multiplier")),
    "vague_counts.tsv": (phrase("word"), number("value"), literal("qualifier", Qualifier)),
    "fractions.tsv": (phrase("word"), whole_number("denominator", low=2), one_of("form", ("ordinal", "share", "plural", "article"))),
    "fraction_phrases.tsv": (phrase("phrase"), number("value"), one_of("use", ("alone", "mixed", "glyph"))),
    "needs_unit.tsv": (phrase("word"), one_of("needs", ("time_unit", "unit", "counted"))),
    "range_links.tsv": (
        phrase("phrase"),
        one_of("role", ("range", "between_link", "between_start", "levels_link", "levels_start", "change_by", "list_link", "day_link")),
    ),
    "share_links.tsv": (phrase("phrase"), one_of("relation", ("op", "van"))),
    "clock_words.tsv": (phrase("word"), one_of("position", (*POSITIONS, "day_part", "hour_part"))),
    "time_compound_heads.tsv": (phrase("head"), unit("singular")),
    "signed_units.txt": (unit(),),
    "approximate_suffixes.tsv": (phrase("suffix"), literal("qualifier", Qualifier)),
    "percent_words.tsv": (phrase("word"), one_of("kind", ("percent", "point"))),
    "units.tsv": (phrase("word"), unit()),
    "currency_signs.tsv": (phrase("sign"), unit()),
    "relative_years.tsv": (pattern("pattern"), whole_number("offset"), one_of("anchor", ("article", "previous"))),
    "months.tsv": (phrase("word"), whole_number("month", low=1, high=12)),
    "time_units.txt": (unit(),),
    "actor_groups.tsv": (
        phrase("singular"),
        phrase("plural"),
        literal("kind", ActorKind, only=("group", "organization")),
    ),
    "actor_group_members.tsv": (phrase("member"), phrase("group")),
    "attribution_cues.tsv": (phrase("phrase"), one_of("position", ("after", "noun", "either"))),
    "reporting_verbs.tsv": (phrase("lemma"), phrase("forms")),
    "attribution_pointers.tsv": (phrase("word"), one_of("role", ("opener", "noun"))),
    # The word classes are the fields of actors.rules.ActorWords, checked where they are read.
    "actor_words.tsv": (phrase("word"), phrase("class")),
    "word_formation.tsv": (phrase("affix"), one_of("class", WORD_FORMATION_CLASSES)),
    "team_names.tsv": (phrase("nickname"), phrase("place")),
    "organisation_kinds.tsv": (phrase("name"), phrase("anaphor")),
    "attribution_words.tsv": (
        phrase("word"),
        one_of("class", ("frame_article", "result_preposition", "complementizer", "clause_link", "staff_link", "staff_determiner",
                          "relative_subject", "spokesperson", "definite_article", "object_pronoun", "tag_adverb", "research_staff",
                          "preposition")),
    ),
    "word_endings.tsv": (phrase("ending"), one_of("class", ("ordinal", "inflected_adjective", "nominalised_plural"))),
    "draft_doubts.tsv": (one_of("field", ("rule", "text")), phrase("pattern"), phrase("note")),
}
ONE_PHRASE = (phrase("phrase"),)


def declare_format(name: str, *columns: Column) -> None:
    """The columns of a rule file that a rule module brings with it (a new mention type's, say),
    declared in that module so that the loader checks it as strictly as the files above."""
    if name in RULE_FILES and [c.name for c in RULE_FILES[name]] != [c.name for c in columns]:
        raise RuleFileError(f"{name}: declared twice, with other columns")
    RULE_FILES[name] = columns


def format_of(name: str) -> Optional[tuple[Column, ...]]:
    """The columns of a rule file, or None for a table not described in `RULE_FILES`."""
    if name in RULE_FILES:
        return RULE_FILES[name]
    return ONE_PHRASE if name.endswith(".txt") else None


def parse_lines(path: Path, text: str, columns: tuple[Column, ...]) -> list[list[str]]:
    rows = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(columns):
            names = ", ".join(column.name for column in columns)
            raise RuleFileError(f"{path}:{line_number}: expected {len(columns)} tab-separated columns ({names}), got {len(cells)}")
        for cell, column in zip(cells, columns):
            problem = column.problem(cell)
            if problem:
                raise RuleFileError(f"{path}:{line_number}: {problem}")
        rows.append(cells)
    return rows


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleFileError(f"{path}: rule file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(f"{path}: cannot read rule file: {error}") from None


def is_replacement(text: str) -> bool:
    first = text.split("\n", 1)[0]
    return first.strip() == REPLACE_HEADER


@dataclass(frozen=True)
class RuleSource:
    """Where rule files are read from: a complete folder (the packaged rules, or those a saved
    pipeline wrote) and an optional overlay folder. `source / "qualifiers.tsv"` names one file."""

    base: Path = RULES_DIR
    overlay: Optional[Path] = None

    def __post_init__(self) -> None:
        self.check_overlay()

    def __truediv__(self, name: str) -> RuleFile:
        return RuleFile(self, name)

    def names(self) -> list[str]:
        """The rule files of the base folder."""
        return sorted(path.name for path in self.base.iterdir() if path.is_file() and not path.name.startswith("."))

    def check_overlay(self) -> None:
        """An overlay must be a folder, and name only rule files that exist."""
        if self.overlay is None:
            return
        if not self.overlay.is_dir():
            raise RuleFileError(f"{self.overlay}: rules folder not found")
        known = set(self.names())
        for path in sorted(self.overlay.iterdir()):
            if path.name.startswith("."):
                continue  # editors' and systems' hidden files
            if path.name not in known:
                close = difflib.get_close_matches(path.name, sorted(known), n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"the rule files are those in {self.base}"
                raise RuleFileError(f"{path}: no rule file is called {path.name!r} ({hint})")

    def text(self, name: str) -> str:
        """A file's effective text: the base file's, then the overlay's lines (or the overlay's alone)."""
        text = read_text(self.base / name)
        if self.overlay is not None and (self.overlay / name).is_file():
            added = read_text(self.overlay / name)
            text = added if is_replacement(added) else text.rstrip("\n") + "\n" + added
        return text

    def overlaid(self, name: str, rows: list[list[str]], form: tuple[Column, ...]) -> list[list[str]]:
        """`rows` of a rule file with the overlay's checked lines added, or replaced by them."""
        if self.overlay is None or not (self.overlay / name).is_file():
            return rows
        path = self.overlay / name
        text = read_text(path)
        added = parse_lines(path, text, form)
        return added if is_replacement(text) else rows + added

    def write(self, folder: Path) -> None:
        """Every rule file with its overlay lines applied, as a complete folder without overlay."""
        folder.mkdir(parents=True, exist_ok=True)
        for name in self.names():
            (folder / name).write_text(self.text(name), encoding="utf-8")


@dataclass(frozen=True)
class RuleFile:
    source: RuleSource
    name: str

    def rows(self, columns: Optional[int] = None) -> list[list[str]]:
        """The checked rows of the file, then those of its overlay (or the overlay's alone)."""
        form = self.form(columns)
        path = self.source.base / self.name
        return self.source.overlaid(self.name, parse_lines(path, read_text(path), form), form)

    def form(self, columns: Optional[int]) -> tuple[Column, ...]:
        form = format_of(self.name)
        if form is None:
            if columns is None:
                raise RuleFileError(f"{self.name}: no format in RULE_FILES and no column count given")
            form = (phrase("phrase"),) * columns
        if columns is not None and columns != len(form):
            raise RuleFileError(f"{self.name}: read as {columns} columns, but RULE_FILES gives it {len(form)}")
        return form


def overlay_source(overlay: Optional[str]) -> RuleSource:
    """The packaged rules with a user's overlay folder (a component's `rules` setting) on top."""
    return RuleSource(RULES_DIR, Path(overlay) if overlay else None)


def overlaid_words(words: Iterable[str], name: str, overlay: Optional[str]) -> frozenset[str]:
    """Saved entries of a one-phrase rule file with an overlay's lines added (or in their place)."""
    rows = overlay_source(overlay).overlaid(name, [[word] for word in words], ONE_PHRASE)
    return frozenset(row[0] for row in rows)


def saved_source(path: Path, overlay: Optional[str]) -> RuleSource:
    """The rules a saved component wrote (`save_source`), with the configured overlay on top
    unless they were saved with it: a saved pipeline needs no rules folder but its own."""
    pending = overlay if overlay and overlay != saved_overlay(path) else None
    return RuleSource(path / SAVED_RULES, Path(pending) if pending else None)


def saved_overlay(path: Path) -> Optional[str]:
    """The overlay folder a component's saved tables already hold, if any."""
    record = path / SAVED_OVERLAY
    return srsly.read_json(record)["overlay"] if record.is_file() else None


def save_source(source: RuleSource, path: Path, overlay: Optional[str]) -> None:
    source.write(path / SAVED_RULES)
    record_overlay(path, overlay)


def record_overlay(path: Path, overlay: Optional[str]) -> None:
    srsly.write_json(path / SAVED_OVERLAY, {"overlay": overlay})


class RuleComponent:
    """A spaCy component whose tables come from rule files. Its `rules` setting names a user's
    overlay folder; the files are read on first use (or by `load_rules`, where a bad line raises
    `RuleFileError`), and `to_disk` saves them, so that a saved pipeline reads only its own."""

    def __init__(self, rules: Optional[str] = None):
        self.rules = rules
        self.source: Optional[RuleSource] = None

    def load_rules(self, source: Optional[RuleSource] = None) -> RuleComponent:
        if source is None and self.source is not None:
            return self
        self.source = source or overlay_source(self.rules)
        self.use_rules(self.source)
        return self

    def use_rules(self, source: RuleSource) -> None:
        raise NotImplementedError

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        save_source(self.load_rules().source, ensure_path(path), self.rules)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> RuleComponent:
        return self.load_rules(saved_source(ensure_path(path), self.rules))


def rule_source(rules: Union[str, Path, RuleSource, None] = None) -> RuleSource:
    """A source as given, or a complete rules folder named by a path."""
    if isinstance(rules, RuleSource):
        return rules
    return RuleSource(Path(rules) if rules else RULES_DIR)


def read_rows(path: Union[Path, RuleFile], columns: int) -> list[list[str]]:
    """The checked rows of a rule file: `read_rows(source / "qualifiers.tsv", 3)`, or a plain path."""
    if not isinstance(path, RuleFile):
        path = Path(path)
        path = RuleSource(path.parent) / path.name
    return path.rows(columns)


def read_words(path: Union[Path, RuleFile]) -> frozenset[str]:
    return frozenset(row[0] for row in read_rows(path, 1))
