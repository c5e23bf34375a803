"""The README's examples run as written, and its set-up command is the one CI runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
# A block the tests run is marked `<!-- tested: NAME -->` on the line before its fence.
TESTED_BLOCK = re.compile(r"<!-- tested: (?P<name>[\w-]+) -->\n```(?P<language>\w+)\n(?P<code>.*?)\n```", re.S)


def block(name: str) -> str:
    blocks = {m["name"]: m["code"] for m in TESTED_BLOCK.finditer(README)}
    assert name in blocks, f"README has no block marked `<!-- tested: {name} -->`"
    return blocks[name]


@pytest.fixture
def workdir(tmp_path) -> Path:
    """A folder like the repository's root, for the README's relative paths; outputs/ is its own."""
    for name in ("corpus", "examples"):
        (tmp_path / name).symlink_to(REPO / name)
    (tmp_path / "outputs").mkdir()
    return tmp_path


def run_bash(code: str, cwd: Path) -> subprocess.CompletedProcess:
    # `dutchfacts` as installed beside the running Python, as in an activated venv.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=900)


def test_the_setup_command_is_the_one_ci_runs():
    readme_install = re.search(r'pip install -e "(\.\[[\w,]+\])"', README)[1]
    ci_install = re.search(r'pip install --quiet -e "(\.\[[\w,]+\])"', (REPO / ".ci" / "run").read_text())[1]
    assert readme_install == ci_install == ".[test,dask,parquet]"


def test_the_duckdb_query_over_parquet_output(workdir):
    pytest.importorskip("duckdb", reason="duckdb (the test extra) is not installed")
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    extracted = run_bash(block("parquet-extract"), workdir)
    assert extracted.returncode == 0, extracted.stderr
    queried = run_python(block("parquet-query"), workdir)
    assert queried.returncode == 0, queried.stderr
    assert "share_of_year" in queried.stdout and "(no source)" in queried.stdout


def test_the_labelling_loop(workdir):
    result = run_bash(block("labelling"), workdir)
    assert result.returncode == 0, result.stderr
    label = workdir / "outputs" / "labelling" / "fietsdiefstal.expected.yaml"
    assert label.is_file() and "# check:" in label.read_text(encoding="utf-8")
    table = [line for line in result.stdout.splitlines() if line.startswith(("│ percentage", "│ year", "│ number", "│ actors"))]
    assert len(table) == 4 and all(line.count("1.000") >= 3 for line in table), result.stdout


def test_the_spacy_pipeline_example(workdir):
    result = run_python(block("spacy-pipeline"), workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "14 procent CBS"
