"""Batch runs: inputs to extracts in worker processes, then one writer.

Takes files, folders and globs and adds a run: duplicates (same sha256) read once; documents
extracted in `workers` processes, each document stopped at `timeout` seconds and each worker
held to `max_memory_mb`, a document that hangs, exhausts memory or kills its worker recorded
as failed while the others finish; results gathered in input order and written by this
process alone, so the output bytes do not depend on the number of workers. With
`incremental`, documents whose bytes and parser version match the previous run in the same
output folder are taken from its tables instead of being extracted again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import resource
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from planparse import __version__
from planparse.models import SCHEMA_VERSION, TABLES, Diagnostic, Document, Extract

INPUT_SUFFIXES = {".pdf", ".txt", ".text", ".md", ".csv", ".html", ".htm", ".docx", ".xlsx"}
DEFAULT_TIMEOUT = 300.0
DEFAULT_MAX_MEMORY_MB = 4096


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files, folders (recursive) and globs to a sorted, de-duplicated list of files."""
    found: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and _is_input(p))
        elif any(ch in str(item) for ch in "*?["):
            found.update(p for p in Path().glob(str(item)) if p.is_file())
        else:
            found.add(path)
    return sorted(found, key=lambda p: (p.name, str(p)))


def _is_input(path: Path) -> bool:
    """A file in a folder is an input by its extension, or by its first bytes when the
    extension says nothing (a PDF saved as "plan.dat", a Word file without ".docx")."""
    if path.suffix.lower() in INPUT_SUFFIXES:
        return True
    if path.name.startswith("."):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError:
        return False
    from planparse.api import sniff_format

    return sniff_format(path, head) is not None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Outcome:
    """What became of one input: an extract, or a failure with its diagnostic."""

    path: Path
    extract: Extract | None = None
    diagnostic: Diagnostic | None = None
    debug: str | None = None  # the traceback of an internal error (shown with --debug)
    seconds: float = 0.0
    reused: bool = False
    worker_rss_mb: float | None = None  # the worker's peak RSS after this document


@dataclass
class Settings:
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float = DEFAULT_TIMEOUT
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    incremental: bool = False


# ---- workers ---------------------------------------------------------------------------


def _extract_one(path: Path) -> Outcome:
    from planparse.api import Failure, extract_safely

    t0 = time.perf_counter()
    result = extract_safely(path)
    seconds = round(time.perf_counter() - t0, 3)
    rss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if isinstance(result, Failure):
        return Outcome(path, None, result.diagnostic, result.debug, seconds, worker_rss_mb=rss)
    return Outcome(path, result, seconds=seconds, worker_rss_mb=rss)


def _worker(conn: Connection, max_memory_mb: int) -> None:
    """A worker process: extract the paths it is sent, one at a time, until told to stop."""
    if max_memory_mb > 0:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from planparse.api import prepare

    prepare()
    while True:
        path = conn.recv()
        if path is None:
            return
        conn.send(_extract_one(path))


@dataclass
class _Slot:
    process: Any
    conn: Connection
    path: Path | None = None
    started: float = 0.0


def run_documents(
    paths: list[Path], settings: Settings, on_done: Callable[[Outcome], None] | None = None
) -> dict[Path, Outcome]:
    """Extract paths in worker processes; a worker stuck past the timeout is killed."""
    outcomes: dict[Path, Outcome] = {}

    def done(outcome: Outcome) -> None:
        outcomes[outcome.path] = outcome
        if on_done is not None:
            on_done(outcome)

    if settings.workers <= 0:  # in this process: for debugging, no timeout
        from planparse.api import prepare

        prepare()
        for path in paths:
            done(_extract_one(path))
        return outcomes
    context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")

    def start() -> _Slot:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, settings.max_memory_mb), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    queue = list(reversed(paths))
    slots = [start() for _ in range(min(settings.workers, len(paths)))]
    try:
        while queue or any(s.path for s in slots):
            for slot in slots:
                if slot.path is None and queue:
                    slot.path, slot.started = queue.pop(), time.perf_counter()
                    slot.conn.send(slot.path)
            busy = [s for s in slots if s.path is not None]
            ready = mp.connection.wait([s.conn for s in busy], timeout=0.2)
            now = time.perf_counter()
            for i, slot in enumerate(slots):
                if slot.path is None:
                    continue
                died = "E902", "its worker process died (out of memory or killed)"
                if slot.conn in ready:
                    try:
                        done(slot.conn.recv())
                        slot.path = None
                        continue
                    except (EOFError, OSError):
                        code, reason = died
                elif now - slot.started > settings.timeout:
                    code, reason = "E903", f"stopped after {settings.timeout:g} s (timeout)"
                elif not slot.process.is_alive():
                    code, reason = died
                else:
                    continue
                done(
                    Outcome(
                        slot.path,
                        diagnostic=Diagnostic(code=code, message=f"{slot.path.name}: {reason}"),
                        seconds=round(now - slot.started, 3),
                    )
                )
                slot.process.kill()
                slot.process.join()
                slots[i] = start()
    finally:
        for slot in slots:
            if slot.process.is_alive():
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
                slot.process.join(timeout=2)
                if slot.process.is_alive():
                    slot.process.kill()
    return outcomes


# ---- incremental ---------------------------------------------------------------------------


def previous_extracts(out_dir: Path) -> dict[str, Extract]:
    """The extracts of the last run into out_dir, by sha256, when its parser version is ours."""
    run_json = out_dir / "run.json"
    if not run_json.exists():
        return {}
    try:
        run = json.loads(run_json.read_text())
    except (OSError, ValueError):
        return {}
    if run.get("planparse_version") != __version__ or run.get("schema_version") != SCHEMA_VERSION:
        return {}
    rows: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for model in TABLES:
        path = out_dir / f"{model.table}.parquet"
        if not path.exists():
            return {}
        for row in pq.read_table(path).to_pylist():
            rows.setdefault(row["doc_id"], {}).setdefault(model.table, []).append(row)
    diagnostics = {
        f.get("doc_id"): [Diagnostic(**d) for d in f.get("diagnostics", [])]
        for f in run.get("files", [])
        if f.get("doc_id")
    }
    out: dict[str, Extract] = {}
    for doc_id, tables in rows.items():
        documents = tables.get("documents", [])
        if len(documents) != 1:
            continue
        document = Document(**documents[0])
        records = {
            m.table: [m(**r) for r in tables.get(m.table, [])] for m in TABLES if m is not Document
        }
        out[document.sha256] = Extract(
            document=document, records=records, diagnostics=diagnostics.get(doc_id, [])
        )
    return out


# ---- the run ---------------------------------------------------------------------------------


def extract_many(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    on_document: Callable[[dict[str, Any]], None] | None = None,
    settings: Settings | None = None,
    on_start: Callable[[list[Path]], None] | None = None,
) -> dict[str, Any]:
    """Extract a batch and write it; returns the run report that run.json holds."""
    from planparse.link.across import link_documents
    from planparse.write import write_run_json, write_tables

    settings = settings or Settings()
    out = Path(out_dir)
    paths = expand_inputs(inputs)
    started = time.perf_counter()
    reuse = previous_extracts(out) if settings.incremental else {}
    entries: dict[Path, dict[str, Any]] = {}
    todo: list[Path] = []
    reused: dict[Path, Outcome] = {}
    seen: dict[str, Path] = {}
    digests: dict[Path, str] = {}
    for path in paths:
        if not path.exists():
            entries[path] = _failed_entry(
                Outcome(path, diagnostic=Diagnostic(code="E101", message=f"{path}: no such file"))
            )
            continue
        try:
            digest = sha256_file(path)
        except OSError as exc:
            message = f"{path.name}: cannot read ({exc.strerror})"
            entries[path] = _failed_entry(
                Outcome(path, diagnostic=Diagnostic(code="E101", message=message))
            )
            continue
        if digest in seen:
            entries[path] = {"file": str(path), "status": "duplicate", "same_as": str(seen[digest])}
            continue
        seen[digest], digests[path] = path, digest
        if digest in reuse:
            reused[path] = Outcome(path, reuse[digest], reused=True)
        else:
            todo.append(path)
    if on_start is not None:
        on_start(todo)

    def finished(outcome: Outcome) -> None:
        entry = _entry(outcome, digests.get(outcome.path))
        entries[outcome.path] = entry
        if on_document is not None:
            on_document(entry)

    for outcome in reused.values():
        finished(outcome)
    outcomes = {**reused, **run_documents(todo, settings, finished)}
    extracts = [e for p in paths if p in outcomes and (e := outcomes[p].extract) is not None]
    counts = write_tables(extracts, out, across=link_documents(extracts))
    files = [entries[p] for p in paths if p in entries]
    report = {
        "planparse_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "inputs": len(paths),
        "ok": sum(1 for f in files if f["status"] in ("ok", "reused")),
        "reused": sum(1 for f in files if f["status"] == "reused"),
        "failed": sum(1 for f in files if f["status"] == "failed"),
        "workers": settings.workers,
        "tables": counts,
        "seconds": round(time.perf_counter() - started, 3),
        "files": files,
    }
    write_run_json(report, out)
    return report


def _failed_entry(outcome: Outcome) -> dict[str, Any]:
    assert outcome.diagnostic is not None
    entry: dict[str, Any] = {
        "file": str(outcome.path),
        "status": "failed",
        "seconds": outcome.seconds,
        "diagnostics": [outcome.diagnostic.model_dump()],
    }
    if outcome.debug:
        entry["traceback"] = outcome.debug
    return entry


def _entry(outcome: Outcome, digest: str | None) -> dict[str, Any]:
    if outcome.extract is None:
        return _failed_entry(outcome)
    result = outcome.extract
    return {
        "file": str(outcome.path),
        "status": "reused" if outcome.reused else "ok",
        "doc_id": result.document.doc_id,
        "sha256": digest,
        "pages": result.document.page_count,
        "seconds": outcome.seconds,
        "worker_rss_mb": outcome.worker_rss_mb,
        "records": {t.table: len(result.rows(t.table)) for t in TABLES},
        "diagnostics": [d.model_dump() for d in result.diagnostics],
    }
