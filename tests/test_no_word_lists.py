"""No Dutch word list in the package's Python code: language knowledge lives in rule files.

Two checks over every module of the package, docstrings and comments aside:
- a collection literal (tuple, list, set, dict keys) of three or more strings, at least
  half of them words of our own Dutch articles (`corpus/*.txt`);
- a string with an alternation of three or more lower-case letter sequences, as a regular
  expression of words or endings (`heid|schap|dom`) would have.
Code vocabulary (field names, record values, component names) is English and passes the
first check; a Dutch list, however short its words, fails it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import regex

import dutchfacts

PACKAGE = Path(dutchfacts.__file__).parent
CORPUS = Path(__file__).parent.parent / "corpus"
SHORT_WORD = regex.compile(r"\p{Ll}+")
ALTERNATION = regex.compile(r"(?:\p{Ll}+\|){2,}\p{Ll}+")


def dutch_words() -> set[str]:
    return {word for path in CORPUS.glob("*.txt") for word in regex.findall(r"\p{L}+", path.read_text(encoding="utf-8").lower())}


def docstrings(tree: ast.AST) -> set[int]:
    return {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}


def string_lists(tree: ast.AST, words: set[str]) -> list[tuple[int, list[str]]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            strings = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str) and SHORT_WORD.fullmatch(i.value)]
            if len(strings) >= 3 and 2 * sum(s in words for s in strings) >= len(strings):
                found.append((node.lineno, strings))
    return found


def alternations(tree: ast.AST) -> list[tuple[int, str]]:
    skip = docstrings(tree)
    return [
        (node.lineno, match)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
        for match in ALTERNATION.findall(node.value)
    ]


def test_the_checks_see_a_word_list_and_pass_code_vocabulary():
    words = {"de", "het", "een", "volgens", "zegt"}
    dutch = ast.parse('CUES = ("volgens", "zegt", "aldus")\nPATTERN = r"(?:heid|schap|dom)$"')
    english = ast.parse('FIELDS = ("type", "text", "start", "end")\n"""Docstring: a|b|c."""')
    assert string_lists(dutch, words) == [(1, ["volgens", "zegt", "aldus"])]
    assert alternations(dutch) == [(2, "heid|schap|dom")]
    assert string_lists(english, words) == [] and alternations(english) == []


def test_no_dutch_word_list_in_the_package_code():
    if not any(CORPUS.glob("*.txt")):
        import pytest

        pytest.skip(f"no corpus articles in {CORPUS} to tell Dutch words from code vocabulary")
    words = dutch_words()
    lists = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE)
        lists += [f"{where}:{line}: {strings}" for line, strings in string_lists(tree, words)]
        lists += [f"{where}:{line}: {match}" for line, match in alternations(tree)]
    assert lists == [], "word lists belong in src/dutchfacts/rules/:\n" + "\n".join(lists)
