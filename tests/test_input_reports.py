"""Input problems that used to pass in silence are reported, and inputs are read as given."""

from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from dutchfacts.cli import app
from dutchfacts.io.reading import ArticleError, read_article

ARTICLE = "Vorig jaar kwamen er 12 mensen bij."


def extract(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["extract", *args, "--model", "blank:nl"], input=stdin)


def lines_of(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def warnings_of(result) -> list[str]:
    return [line for line in result.stderr.replace("\r", "\n").splitlines() if line.startswith("warning:")]


def test_an_invalid_date_prefix_is_reported_and_the_article_still_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f" date 2022-13-45 {ARTICLE}", encoding="utf-8")
    result = extract(str(path))
    assert result.exit_code == 0, result.output
    assert warnings_of(result) == [f"warning: {path}: its prefix ` date 2022-13-45` is not a date YYYY[-MM[-DD]]: the article is read without a date"]
    [line] = lines_of(result)
    assert line["date"] is None and [m["value"] for m in line["mentions"]] == [12]


def test_an_invalid_date_prefix_of_a_record_names_the_record(tmp_path):
    archive = tmp_path / "x.jsonl"
    archive.write_text(json.dumps({"id": "r1", "text": f" date 2022-02-40 {ARTICLE}"}) + "\n", encoding="utf-8")
    result = extract(str(archive))
    assert result.exit_code == 0 and warnings_of(result)[0].startswith(f"warning: {archive}: record 'r1': its prefix ` date 2022-02-40`")


def test_a_date_given_leaves_the_prefix_unreported(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f" date 2022-13-45 {ARTICLE}", encoding="utf-8")
    result = extract(str(path), "--date", "2022-05")
    assert warnings_of(result) == [] and lines_of(result)[0]["date"] == "2022-05"


def test_a_file_holding_only_a_prefix_is_a_prefix_with_an_empty_body(tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text(" date 2023-05", encoding="utf-8")
    result = extract(str(path))
    assert result.exit_code == 0, result.output
    assert [(line["date"], line["mentions"]) for line in lines_of(result)] == [("2023-05", [])]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    marks = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    path = tmp_path / "a.txt"
    path.write_bytes(marks.get(encoding, b"") + f" date 2021 {ARTICLE}".encode(encoding))
    article = read_article(path)
    assert article.text == f" date 2021 {ARTICLE}"


@pytest.mark.parametrize("encoding, named", [("utf-16-le", "utf-16le"), ("utf-16-be", "utf-16be")])
def test_utf16_without_a_byte_order_mark_is_named_as_such(tmp_path, encoding, named):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    with pytest.raises(ArticleError, match=f"UTF-16 without a byte-order mark; convert it first, e.g. `iconv -f {named} -t utf-8`"):
        read_article(path)


def test_binary_data_is_still_called_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ArticleError, match="binary file"):
        read_article(path)


def test_files_sharing_a_stem_get_their_paths_as_document_names(tmp_path):
    for folder in ("2022", "2023", "other"):
        (tmp_path / folder).mkdir()
    (tmp_path / "2022" / "nieuws.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2023" / "nieuws.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "other" / "los.txt").write_text(ARTICLE, encoding="utf-8")
    result = extract(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert [line["document"] for line in lines_of(result)] == ["2022/nieuws", "2023/nieuws", "los"]
    assert warnings_of(result) == []


def test_files_sharing_a_stem_and_a_folder_keep_their_suffix(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    result = extract(str(tmp_path / "a.txt"), str(tmp_path / "a.md"))
    assert [line["document"] for line in lines_of(result)] == ["a.txt", "a.md"]


def test_duplicate_ids_in_an_archive_are_warned_about(tmp_path):
    archive = tmp_path / "x.jsonl"
    archive.write_text("".join(json.dumps({"id": name, "text": ARTICLE}) + "\n" for name in ("a", "b", "a")), encoding="utf-8")
    result = extract(str(archive))
    assert result.exit_code == 0
    assert [line["document"] for line in lines_of(result)] == ["a", "b", "a"]
    assert warnings_of(result) == [f"warning: {archive}: record 'a': the document name 'a' is taken (by {archive}): both results carry it"]


def test_stdin_between_files_is_read_in_its_place(tmp_path):
    (tmp_path / "first.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "last.txt").write_text(ARTICLE, encoding="utf-8")
    result = extract(str(tmp_path / "first.txt"), "-", str(tmp_path / "last.txt"), stdin="Er kwamen 3 mensen.")
    assert result.exit_code == 0, result.output
    assert [line["document"] for line in lines_of(result)] == ["first", "stdin", "last"]


def test_explain_refuses_text_that_is_no_valid_unicode():
    result = CliRunner().invoke(app, ["explain", "x \udcff 5 procent", "--model", "blank:nl"])
    assert result.exit_code == 2 and "a lone surrogate U+DCFF at" not in result.stderr
    assert "the text given: a lone surrogate U+DCFF" in result.stderr
