"""Extract a large archive of plan documents with Dask: one planparse call per partition.

Each partition of the input files is extracted by one Dask task (planparse's own worker pool
is switched off inside it: Dask supplies the parallelism), into a folder of its own; its
tables are then moved into one dataset folder per table, one Parquet part per partition:

    OUT/actions/part-0000.parquet, OUT/actions/part-0001.parquet, …
    OUT/runs/part-0000.json …            (each partition's run.json)

DuckDB reads each table as one: `select * from 'OUT/actions/*.parquet'`. Links across
documents (a report to its plan) are made within a partition only, so keep a council's
documents in one partition (the default partitioning sorts by file name, which keeps a
council's files together when their names start with it).

    python examples/dask_archive.py ARCHIVE_DIR OUT_DIR [--partition-size 50] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from planparse.batch import Settings, expand_inputs, extract_many


def partitions(files: list[Path], size: int) -> list[list[Path]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


def extract_partition(number: int, files: list[str], out_dir: str) -> dict:
    """One Dask task: extract these files and move their tables into the dataset folders."""
    out = Path(out_dir)
    with tempfile.TemporaryDirectory(dir=out, prefix=f".part-{number:04d}-") as tmp:
        report = extract_many(files, Path(tmp) / "out", settings=Settings(workers=0))
        for parquet in sorted((Path(tmp) / "out").glob("*.parquet")):
            table_dir = out / parquet.stem
            table_dir.mkdir(exist_ok=True)
            shutil.move(str(parquet), table_dir / f"part-{number:04d}.parquet")
        runs = out / "runs"
        runs.mkdir(exist_ok=True)
        (runs / f"part-{number:04d}.json").write_text(json.dumps(report, indent=2, default=str))
    return {"partition": number, "ok": report["ok"], "failed": report["failed"]}


def run(
    archive: Path, out: Path, partition_size: int = 50, workers: int = 2, processes: bool = True
) -> list[dict]:
    from dask.distributed import Client, LocalCluster

    out.mkdir(parents=True, exist_ok=True)
    parts = partitions(expand_inputs([archive]), partition_size)
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = [
            client.submit(extract_partition, n, [str(p) for p in part], str(out), pure=False)
            for n, part in enumerate(parts)
        ]
        return sorted(client.gather(futures), key=lambda r: r["partition"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for result in run(args.archive, args.out, args.partition_size, args.workers):
        print(result)


if __name__ == "__main__":
    main()
