"""Start-up time of the command line: `dutchfacts --help` and a command that loads the pipeline.

    python benchmarks/bench_startup.py [--runs 5]

Run by hand on an otherwise idle machine. Prints the median wall-clock time of
each command, run as a fresh process the way a shell runs it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CLI = [sys.executable, "-c", "from dutchfacts.cli import main; main()"]
COMMANDS = {
    "dutchfacts --help": [*CLI, "--help"],
    "dutchfacts extract --help": [*CLI, "extract", "--help"],
    "dutchfacts schema (pydantic, no spaCy)": [*CLI, "schema"],
    "dutchfacts info (loads the packaged model)": [*CLI, "info"],
    # What every command, --help included, waited for when the CLI imported the pipeline at start.
    "python -c 'import spacy, dutchfacts.pipeline'": [sys.executable, "-c", "import spacy, dutchfacts.pipeline"],
}


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="Runs of each command; the median is printed.")
    args = parser.parse_args()
    print("| command | seconds (median) |\n| --- | ---: |")
    for name, command in COMMANDS.items():
        print(f"| `{name}` | {median_seconds(command, args.runs):.2f} |", flush=True)


if __name__ == "__main__":
    main()
