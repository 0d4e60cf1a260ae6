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
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from planparse.models import (
    ACROSS_TABLES,
    SCHEMA_VERSION,
    TABLES,
    Coverage,
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


def write_tables(
    extracts: list[Extract], out_dir: Path, across: Mapping[str, list[Record]] | None = None
) -> dict[str, int]:
    """Write every contract table for these extracts into out_dir (atomically), and the
    tables that link them to each other as the link stage made them (`across`, by table
    name; written empty when not given)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    counts: dict[str, int] = {}
    try:
        for model in TABLES + ACROSS_TABLES:
            if model in TABLES:
                records = [r for e in extracts for r in e.rows(model.table)]
            else:
                records = list((across or {}).get(model.table, []))
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


def write_run_json(report: dict[str, Any], out_dir: Path) -> None:
    """run.json beside the tables, replaced in one rename."""
    run_json = out_dir / "run.json"
    tmp = run_json.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(report, indent=2, default=str) + "\n")
    os.replace(tmp, run_json)


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema of every contract table, keyed by table name."""
    out = {}
    for model in (*TABLES, *ACROSS_TABLES, Coverage):
        schema = model.model_json_schema()
        schema["title"] = model.table
        schema["x-planparse-schema-version"] = SCHEMA_VERSION
        out[model.table] = schema
    return out
