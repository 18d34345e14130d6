"""Extraction on a Dask cluster: each partition of a bag of JSON Lines documents is piped through
`extract run - -q` on the worker that holds it, and the record lines come back in input order.

    /usr/bin/python3 contrib/dask/extract_dask.py corpus.jsonl --config pipeline.json > records.jsonl
    /usr/bin/python3 contrib/dask/extract_dask.py corpus.jsonl --config pipeline.json --scheduler tcp://host:8786

Without --scheduler it starts a LocalCluster on 127.0.0.1 (--workers N, one thread each) and stops it at
the end. `extract` must be on the workers' PATH (or give --extract "dotnet /path/to/extract.dll"), and
--config must name a pipeline.json the workers can read: their folder is seldom the checkout.

As under GNU parallel --pipe, each partition numbers its lines afresh, so a record's `source` is
`-:<line in its partition>`; the `id` is what identifies a document.
"""

import argparse
import shlex
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def extract_partition(lines, command):
    """Runs one extract process over a partition's documents; exit code 1 only marks documents that
    gave error lines, which are records too."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if not text:
        return []
    done = subprocess.run(command, input=text, capture_output=True, text=True, encoding="utf-8")
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} exited with {done.returncode}: {done.stderr.strip()}")
    return done.stdout.splitlines()


def extract_records(client, paths, command, blocksize="16MB"):
    """The record lines of every document in `paths` (files or globs of JSON Lines), computed on `client`."""
    bag = db.read_text(paths, blocksize=blocksize)
    workers = len(client.scheduler_info()["workers"])
    print(f"dask: {bag.npartitions} partitions on {workers} workers of {client.scheduler.address}", file=sys.stderr)
    return bag.map_partitions(extract_partition, command).compute(scheduler=client)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines files or globs, one document per line")
    parser.add_argument("--config", required=True, help="pipeline.json, as the workers see it")
    parser.add_argument("--extract", default="extract", help='the program, e.g. "dotnet /opt/extraction/extract.dll"')
    parser.add_argument("--scheduler", help="address of a running scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--blocksize", default="16MB", help="bytes of JSON Lines per partition")
    args = parser.parse_args()
    command = shlex.split(args.extract) + ["run", "-", "-q", "--config", args.config]

    if args.scheduler:
        with Client(args.scheduler) as client:
            lines = extract_records(client, args.inputs, command, args.blocksize)
    else:
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, protocol="tcp",
                          host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as client:
            lines = extract_records(client, args.inputs, command, args.blocksize)
    sys.stdout.writelines(line + "\n" for line in lines)


if __name__ == "__main__":
    main()
