"""Run dutchfacts over articles on a Dask cluster, writing JSONL one file per partition.

    pip install 'dutchfacts[dask]'
    python examples/dask_extract.py corpus/ -o results/              # a local cluster of all cores
    python examples/dask_extract.py archive-*.jsonl -o results/ --scheduler tcp://scheduler:8786

Folders are read as their *.txt articles, `*.jsonl` paths as archives of
{"id", "text", "date"} records. The result files results/00000.jsonl,
results/00001.jsonl, … hold, in this order, the lines `dutchfacts extract`
would write. A file or record that cannot be read or processed is reported on
stderr, naming it, and the exit code is then 1, as with `dutchfacts extract`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import dask
import dask.bag
from dask.distributed import Client, LocalCluster

from dutchfacts.io.dask import extract_bags
from dutchfacts.io.reading import expand_paths


def articles_bag(paths: list[str], partitions: int) -> dask.bag.Bag:
    files = list(expand_paths(paths))
    archives = [str(path) for path in files if path.suffix == ".jsonl"]
    texts = [path for path in files if path.suffix != ".jsonl"]
    bags = []
    if texts:
        bags.append(dask.bag.from_sequence(texts, npartitions=min(partitions, len(texts))))
    if archives:
        # About 64 MB of archive per partition; the lines are read as records on the workers.
        bags.append(dask.bag.read_text(archives, blocksize=64_000_000).filter(str.strip))
    return dask.bag.concat(bags)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="Article files, folders of *.txt, or *.jsonl archives.")
    parser.add_argument("-o", "--output", type=Path, required=True, help="Folder for the result files.")
    parser.add_argument("--scheduler", help="Address of a running Dask scheduler (default: a local cluster).")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="Workers of the local cluster.")
    parser.add_argument("--partitions", type=int, default=16, help="Partitions of the text files.")
    parser.add_argument("--model", help="spaCy pipeline name or path, or blank:nl (default: the packaged model).")
    args = parser.parse_args()

    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
    with Client(args.scheduler or cluster) as client:
        print(f"dashboard: {client.dashboard_link}")
        records, errors = extract_bags(articles_bag(args.paths, args.partitions), model=args.model)
        args.output.mkdir(parents=True, exist_ok=True)
        # A partition as one text, every line with its newline: the files joined are JSONL
        # too, and a partition without results gives an empty file, not a blank line.
        texts = records.map_partitions(lambda part: ["".join(json.dumps(record, ensure_ascii=False) + "\n" for record in part)])
        writing = texts.to_textfiles(str(args.output / "*.jsonl"), name_function=lambda index: f"{index:05d}", compute=False)
        written, failures = dask.compute(writing, errors)
        print(f"wrote {len(written)} files to {args.output}")
        for failure in failures:
            print(f"error: {failure}", file=sys.stderr)
    if cluster is not None:
        cluster.close()
    if failures:
        print(f"{len(failures)} articles could not be read or processed (see above)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
