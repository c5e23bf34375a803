"""Batch runs: JSONL archives in, results streamed out, resumed after a kill, stopped by Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from dutchfacts.io.batch import worker_count
from dutchfacts.cli import app
from dutchfacts.records import ArticleResult
from dutchfacts.io.resume import ResumeError, completed_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
COMMAND = [sys.executable, "-c", "from dutchfacts.cli import main; main()"]


def corpus_copies(folder: Path, copies: int) -> Path:
    """The corpus articles `copies` times over, as text files named r{copy}-{article}.txt."""
    folder.mkdir()
    for copy in range(copies):
        for article in sorted(CORPUS.glob("*.txt")):
            (folder / f"r{copy:02d}-{article.name}").write_bytes(article.read_bytes())
    return folder


def extract(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, "extract", *args, "--model", "blank:nl"], capture_output=True, text=True, **kwargs)


@contextmanager
def started_extract(stderr: Path, *args: str) -> Iterator[subprocess.Popen]:
    """A run in a session of its own, so that signals reach it and its workers as a job manager's or a terminal's do.

    Its stderr goes to a file: a pipe read only at the end could fill up with
    the progress bar and block it. A test that fails leaves no run behind.
    """
    with open(stderr, "w") as stream:
        run = subprocess.Popen(
            [*COMMAND, "extract", *args, "--model", "blank:nl"],
            stdout=subprocess.DEVNULL, stderr=stream, start_new_session=True,
            # A background job (`cmd &` in a script) ignores Ctrl-C, and its children inherit that.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            yield run
        finally:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)
                run.wait()


def wait_for_lines(path: Path, lines: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.read_bytes().count(b"\n") >= lines):
        assert process.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline, f"no {lines} lines in {path} after {timeout} s"
        time.sleep(0.05)


def children_of(pid: int) -> list[int]:
    result = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(child) for child in result.stdout.split()]


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    # Enough articles that a run is still going when the interruption tests stop it.
    return corpus_copies(tmp_path_factory.mktemp("batch") / "articles", copies=6)


@pytest.fixture(scope="module")
def uninterrupted(articles, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("reference") / "all.jsonl"
    run = extract(str(articles), "-o", str(out), "--n-process", "1")
    assert run.returncode == 0, run.stderr
    return out.read_bytes()


def test_a_killed_run_resumed_gives_exactly_the_uninterrupted_lines(articles, uninterrupted, tmp_path):
    out = tmp_path / "out.jsonl"
    total = uninterrupted.count(b"\n")
    with started_extract(tmp_path / "stderr.txt", str(articles), "-o", str(out), "--n-process", "2", "--batch-size", "2") as run:
        wait_for_lines(out, total // 3, run)
        workers = children_of(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert b"\n" in out.read_bytes() and out.read_bytes() != uninterrupted
    time.sleep(0.5)
    assert not [pid for pid in workers if running(pid)], "workers outlived their killed parent"

    resumed = extract(str(articles), "-o", str(out), "--resume", "--n-process", "2", "--batch-size", "2")
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == uninterrupted


def test_resume_trims_a_line_cut_short_and_redoes_that_article(articles, uninterrupted, tmp_path):
    out = tmp_path / "out.jsonl"
    lines = uninterrupted.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:-3]) + lines[-3][:40])
    resumed = extract(str(articles), "-o", str(out), "--resume", "--n-process", "1")
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == uninterrupted


def test_ctrl_c_ends_cleanly_with_a_message_and_whole_lines(articles, uninterrupted, tmp_path):
    out = tmp_path / "out.jsonl"
    # Batches of 16: the workers' queues still hold unread batches when Ctrl-C comes.
    with started_extract(tmp_path / "stderr.txt", str(articles), "-o", str(out), "--n-process", "2", "--batch-size", "16") as run:
        wait_for_lines(out, 4, run)
        workers = children_of(run.pid)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        assert run.wait(timeout=60) == 130
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert "interrupted" in stderr and "--resume" in stderr and "Traceback" not in stderr, stderr
    written = out.read_bytes()
    assert written.endswith(b"\n") and uninterrupted.startswith(written)
    assert not [pid for pid in workers if running(pid)]


def test_jsonl_archive_bad_records_are_reported_with_their_line(tmp_path):
    archive = tmp_path / "archive.jsonl"
    records = [
        json.dumps({"id": "a", "text": "Vorig jaar waren het 40 procent.", "date": "2020-05"}),
        "{not json",
        json.dumps({"id": "b"}),
        "",
        json.dumps({"id": 7, "text": "In 2019 kwamen er 12 bij.", "url": "ignored"}),
        json.dumps({"id": "c", "text": "Dat kost 5 euro.", "date": "mei 2020"}),
    ]
    archive.write_text("\n".join(records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(archive), "--model", "blank:nl", "--date", "2023"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["document"], line["date"]) for line in lines] == [("a", "2020-05"), ("7", "2023")]
    assert [m["value"] for m in lines[0]["mentions"]] == [2019, 40]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert f"{archive}:2: not a JSON record" in errors[0]
    assert f"{archive}:3: record without text" in errors[1]
    assert f"{archive}:6: date must be" in errors[2]


def test_jsonl_on_stdin(tmp_path):
    records = "".join(json.dumps({"id": f"n{i}", "text": f"Er kwamen {i} mensen."}) + "\n" for i in range(3))
    result = CliRunner().invoke(app, ["extract", "-", "--jsonl-input", "--model", "blank:nl"], input=records)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["mentions"][0]["value"] for line in result.stdout.splitlines()] == [0, 1, 2]


def test_a_folder_with_bad_files_yields_every_good_article_and_three_errors(tmp_path):
    folder = corpus_copies(tmp_path / "articles", copies=1)
    (folder / "m-binary.txt").write_bytes(b"\x00\x01\x02 binary\x00")
    (folder / "m-empty.txt").write_bytes(b"")
    (folder / "m-latin1.txt").write_bytes("Het café telde 30 gasten.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    run = extract(str(folder), "-o", str(out))
    assert run.returncode == 1
    documents = [json.loads(line)["document"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert documents == [f"r00-{path.stem}" for path in sorted(CORPUS.glob("*.txt"))]
    errors = [line for line in run.stderr.replace("\r", "\n").splitlines() if line.startswith("error:")]
    assert len(errors) == 3, run.stderr
    for name, reason in (("m-binary.txt", "binary file"), ("m-empty.txt", "empty file"), ("m-latin1.txt", "not UTF-8")):
        assert any(name in error and reason in error for error in errors), errors
    assert "3 inputs could not be read" in run.stderr


def test_a_thousand_articles_give_a_correct_line_each(tmp_path):
    # The corpus articles' first paragraphs (date prefix and lead, 50 words on
    # average), so that a thousand of them take seconds, not minutes.
    leads = {path.stem: path.read_text(encoding="utf-8").split("\n\n")[0] for path in sorted(CORPUS.glob("*.txt"))}
    folder = tmp_path / "leads"
    folder.mkdir()
    for stem, lead in leads.items():
        (folder / f"{stem}.txt").write_text(lead, encoding="utf-8")
    reference_run = extract(str(folder), "--n-process", "1")
    assert reference_run.returncode == 0, reference_run.stderr
    reference = {json.loads(line)["document"]: json.loads(line) for line in reference_run.stdout.splitlines()}
    archive = tmp_path / "archive.jsonl"
    stems = list(leads)
    with open(archive, "w", encoding="utf-8") as stream:
        for number in range(1000):
            stem = stems[number % len(stems)]
            stream.write(json.dumps({"id": f"{number:04d}-{stem}", "text": leads[stem]}) + "\n")
    out = tmp_path / "out.jsonl"
    run = extract(str(archive), "-o", str(out))  # all cores
    assert run.returncode == 0, run.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1000
    for number, line in enumerate(lines):
        result = ArticleResult.model_validate_json(line)
        prefix, stem = result.document.split("-", 1)
        assert int(prefix) == number
        assert {**json.loads(line), "document": stem} == reference[stem]


def test_completed_documents_counts_repeated_ids_and_refuses_a_foreign_file(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"document": "a"}\n{"document": "b"}\n{"document": "a"}\n{"docu', encoding="utf-8")
    assert completed_documents(out) == Counter({"a": 2, "b": 1})
    assert out.read_text(encoding="utf-8").endswith('"a"}\n')
    assert completed_documents(tmp_path / "absent.jsonl") == Counter()
    out.write_text("document,type\n", encoding="utf-8")
    with pytest.raises(ResumeError, match="out.jsonl:1"):
        completed_documents(out)


def test_resume_needs_a_jsonl_output_file(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(CORPUS), "--resume", "--model", "blank:nl"])
    assert result.exit_code == 2 and "--resume needs a JSONL output file" in result.stderr


def test_worker_count_defaults_to_all_cores_but_not_more_than_batches():
    assert worker_count(None, None, 32) == (os.cpu_count() or 1)
    assert worker_count(4, 1000, 32) == 4
    assert worker_count(4, 40, 32) == 2
    assert worker_count(None, 1, 32) == 1
