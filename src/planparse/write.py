"""Records to Parquet and run.json, atomically; JSON Schemas from the same models.

Takes Extracts and adds files: one Parquet file per contract table (written even when empty,
with its schema), `planparse.schema_version` in the file metadata, rows in a stable order
and no timestamps, so the same inputs give the same bytes. Files are written to a temporary
folder beside the output and moved into place only when every table is written: an
interrupted run leaves the previous output as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from planparse import __version__
from planparse.models import (
    ACROSS_TABLES,
    SCHEMA_VERSION,
    TABLES,
    Coverage,
    Diagnostic,
    Extract,
    Record,
)

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int16": pa.int16(),
    "int32": pa.int32(),
    "float64": pa.float64(),
    "date32": pa.date32(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}
INPUT_SUFFIXES = {".pdf", ".txt", ".text", ".md"}


def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Arrow schema of a contract table, from the types declared on its model."""
    fields = []
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        kind = extra["arrow"] if isinstance(extra, dict) else "string"
        fields.append(pa.field(name, ARROW_TYPES[str(kind)], nullable=name != "doc_id"))
    return pa.schema(
        fields,
        metadata={"planparse.schema_version": SCHEMA_VERSION, "planparse.table": model.table},
    )


def records_to_table(model: type[Record], records: Iterable[Record]) -> pa.Table:
    schema = arrow_schema(model)
    rows = [r.model_dump() for r in records]
    columns = {name: [row[name] for row in rows] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def write_parquet(model: type[Record], records: Iterable[Record], path: Path) -> None:
    """One table to one Parquet file, with the contract's schema and stable bytes."""
    pq.write_table(
        records_to_table(model, records),
        path,
        compression="snappy",
        use_dictionary=True,
        write_statistics=True,
    )


def write_tables(extracts: list[Extract], out_dir: Path) -> dict[str, int]:
    """Write every contract table for these extracts into out_dir (atomically), with the
    tables that link them to each other (link/across.py)."""
    from planparse.link.across import link_documents

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    counts: dict[str, int] = {}
    try:
        across = link_documents(extracts)
        for model in TABLES + ACROSS_TABLES:
            if model in TABLES:
                records = [r for e in extracts for r in e.rows(model.table)]
            else:
                records = across[model.table]
            write_parquet(model, records, tmp / f"{model.table}.parquet")
            counts[model.table] = len(records)
        _swap_into_place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return counts


def _swap_into_place(tmp: Path, out_dir: Path) -> None:
    """Replace out_dir's Parquet files by tmp's with renames, keeping unrelated files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for item in sorted(tmp.iterdir()):
        os.replace(item, out_dir / item.name)
    tmp.rmdir()


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files, folders (recursive) and globs to a sorted, de-duplicated list of files."""
    found: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.update(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
            )
        elif any(ch in str(item) for ch in "*?["):
            found.update(p for p in Path().glob(str(item)) if p.is_file())
        else:
            found.add(path)
    return sorted(found, key=lambda p: (p.name, str(p)))


def extract_many(
    inputs: Iterable[str | Path], out_dir: str | Path, on_document: Any = None
) -> dict[str, Any]:
    """Extract a batch and write it; returns the run report that run.json holds."""
    from planparse.api import Failure, extract_safely, sha256_file

    out = Path(out_dir)
    paths = expand_inputs(inputs)
    extracts: list[Extract] = []
    files: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    started = time.perf_counter()
    for path in paths:
        t0 = time.perf_counter()
        if not path.exists():
            result: Extract | Failure = Failure(
                path, Diagnostic(code="E101", message=f"{path}: no such file")
            )
        else:
            digest = sha256_file(path)
            if digest in seen:
                files.append({"file": str(path), "status": "duplicate", "same_as": seen[digest]})
                continue
            seen[digest] = str(path)
            result = extract_safely(path)
        seconds = round(time.perf_counter() - t0, 3)
        if isinstance(result, Failure):
            entry = {
                "file": str(path),
                "status": "failed",
                "seconds": seconds,
                "diagnostics": [result.diagnostic.model_dump()],
            }
        else:
            extracts.append(result)
            entry = {
                "file": str(path),
                "status": "ok",
                "doc_id": result.document.doc_id,
                "seconds": seconds,
                "records": {t.table: len(result.rows(t.table)) for t in TABLES},
                "diagnostics": [d.model_dump() for d in result.diagnostics],
            }
        files.append(entry)
        if on_document is not None:
            on_document(entry)
    counts = write_tables(extracts, out)
    report = {
        "planparse_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "inputs": len(paths),
        "ok": sum(1 for f in files if f["status"] == "ok"),
        "failed": sum(1 for f in files if f["status"] == "failed"),
        "tables": counts,
        "seconds": round(time.perf_counter() - started, 3),
        "files": files,
    }
    run_json = out / "run.json"
    tmp = run_json.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(report, indent=2, default=str) + "\n")
    os.replace(tmp, run_json)
    return report


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema of every contract table, keyed by table name."""
    out = {}
    for model in (*TABLES, *ACROSS_TABLES, Coverage):
        schema = model.model_json_schema()
        schema["title"] = model.table
        schema["x-planparse-schema-version"] = SCHEMA_VERSION
        out[model.table] = schema
    return out
