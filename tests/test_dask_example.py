"""The Dask example extracts a small archive in partitions; DuckDB reads the parts as one."""

import importlib.util
import shutil
from pathlib import Path

import pytest

from .conftest import CORPORA, ROOT

pytest.importorskip("dask.distributed")
duckdb = pytest.importorskip("duckdb")


def _example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "dask_archive", ROOT / "examples" / "dask_archive.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_partitions_on_a_local_cluster_make_one_dataset(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for path in sorted(CORPORA.glob("*.txt"))[2:]:  # the three plans' text extracts
        shutil.copy(path, archive / path.name)
    results = _example().run(archive, tmp_path / "out", partition_size=2, workers=2)
    assert [(r["partition"], r["ok"], r["failed"]) for r in results] == [(0, 2, 0), (1, 1, 0)]
    parts = sorted((tmp_path / "out" / "actions").glob("part-*.parquet"))
    assert [p.name for p in parts] == ["part-0000.parquet", "part-0001.parquet"]
    actions = duckdb.sql(f"select count(*) from '{tmp_path}/out/actions/*.parquet'").fetchall()[0]
    assert actions == (43 + 69 + 63,)  # Hillingdon, Hounslow, Hull (golden counts)
