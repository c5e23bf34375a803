"""Reading articles: encodings, line ends, offsets and clear errors."""

from __future__ import annotations

import pytest
from rules_helpers import mentions_of

from dutchfacts.io.reading import MAX_CHARACTERS, ArticleError, read_article


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bom_is_dropped_and_prefix_gives_the_date(tmp_path, blank_nlp):
    path = write(tmp_path, "a.txt", "\ufeff date 2022-10 In 2021 waren het 285 slachtoffers.".encode())
    article = read_article(path)
    assert article.text.startswith(" date") and article.document == "a"
    found = mentions_of(blank_nlp, article.text)
    assert [(m.text, article.text[m.start : m.end]) for m in found] == [("2021", "2021"), ("285", "285")]


def test_crlf_and_non_breaking_spaces_keep_offsets(blank_nlp):
    text = " date 2020 Regel een.\r\nDat kost\u00a0€\u00a040 en 12\u202f300 mensen kwamen.\r\n"
    found = mentions_of(blank_nlp, text)
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]
    assert [m.value for m in found] == [40, 12300]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n ", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        ("Café met 3 gasten".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_name_the_file_and_the_reason(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(path) in str(error.value) and reason in str(error.value)


def test_huge_file_is_refused(tmp_path):
    path = write(tmp_path, "huge.txt", b"a" * (MAX_CHARACTERS + 1))
    with pytest.raises(ArticleError, match="too large"):
        read_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot be read"):
        read_article(tmp_path / "nope.txt")
