"""The output file is safe: never one of the inputs, never written by two runs at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from dutchfacts.cli import app

ARTICLE = "In 2021 kwamen er 12 mensen bij, 5 procent meer.\n"


def extract(*args: str) -> Result:
    """A run in this process: the lock is the kernel's, so another process's lock holds it off all the same."""
    return CliRunner().invoke(app, ["extract", *args, "--model", "blank:nl"])


@pytest.fixture
def archive(tmp_path) -> Path:
    path = tmp_path / "x.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": ARTICLE}) + "\n" for i in range(3)), encoding="utf-8")
    return path


def test_an_output_that_is_the_input_archive_is_refused_and_left_whole(archive):
    before = archive.read_bytes()
    run = extract(str(archive), "-o", str(archive))
    assert run.exit_code == 2
    assert f"{archive} is one of the inputs" in run.stderr and "destroy" in run.stderr
    assert archive.read_bytes() == before


def test_an_output_that_is_an_input_text_file_by_another_path_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    run = extract(str(tmp_path), "-o", str(tmp_path / "sub" / ".." / "a.txt"), "--format", "csv")
    assert run.exit_code == 2 and "is one of the inputs" in run.stderr, run.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_csv_actors_file_that_is_an_input_is_refused(tmp_path):
    (tmp_path / "out.actors.csv").write_text(ARTICLE, encoding="utf-8")
    run = extract(str(tmp_path / "out.actors.csv"), "-o", str(tmp_path / "out.csv"), "--format", "csv")
    assert run.exit_code == 2 and "out.actors.csv is one of the inputs" in run.stderr
    assert not (tmp_path / "out.csv").exists()


def holding_lock(path: Path) -> subprocess.Popen:
    """Another process that holds the output's lock, as a running extract does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(600)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_second_writer_stops_with_status_2_and_leaves_the_output_alone(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    first = extract(str(archive), "-o", str(out))
    assert first.exit_code == 0, first.stderr
    written = out.read_bytes()
    holder = holding_lock(out)
    try:
        second = extract(str(archive), "-o", str(out))
        assert second.exit_code == 2
        assert f"{out} is being written by another dutchfacts run" in second.stderr
        assert out.read_bytes() == written
        csv_run = extract(str(archive), "-o", str(out), "--format", "csv")
        assert csv_run.exit_code == 2 and out.read_bytes() == written
    finally:
        holder.kill()
        holder.wait()


def test_resume_goes_on_after_the_lock_holder_was_killed(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    reference = tmp_path / "reference.jsonl"
    assert extract(str(archive), "-o", str(reference)).exit_code == 0
    lines = reference.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0] + lines[1][:20])  # what a run killed mid-write leaves
    holder = holding_lock(out)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    time.sleep(0.1)
    resumed = extract(str(archive), "-o", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()


def test_a_failed_run_leaves_no_empty_output_it_created(tmp_path):
    out = tmp_path / "out.csv"
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "absent.txt"), "-o", str(out), "--format", "csv", "--model", "no-such-model"])
    assert run.exit_code == 2 and "cannot load spaCy model" in run.stderr
    assert not out.exists()
