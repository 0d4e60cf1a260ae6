"""What a batch run shows while it works and when it ends.

A progress bar (files done/total, pages/s, the current file) when stdout is a terminal and
the run is not --quiet; nothing of it when output goes to a file or a pipe. Failures are
always printed, one line each naming the file and the reason (with --debug, the traceback of
an internal error); --verbose prints every warning. At the end, unless --quiet, a table per
document: status, records by table and warnings.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

SUMMARY_TABLES = ("actions", "measures", "targets", "recommendations", "links", "risks",
                  "statements")  # fmt: skip


class RunDisplay:
    """Callbacks for batch.extract_many, printing to the terminal."""

    def __init__(self, quiet: bool = False, verbose: bool = False, debug: bool = False) -> None:
        self.quiet, self.verbose, self.debug = quiet, verbose, debug
        # a file or pipe gets whole lines, not a table squeezed to 80 columns
        self.out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)
        self.progress: Progress | None = None
        self.task: Any = None
        self.pages = 0
        self.started = time.perf_counter()

    def __enter__(self) -> RunDisplay:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.progress is not None:
            self.progress.stop()

    def start(self, todo: list[Path]) -> None:
        if self.quiet or not sys.stdout.isatty() or not todo:
            return
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=self.out,
            transient=True,
        )
        self.task = self.progress.add_task("extracting", total=len(todo), rate="")
        self.progress.start()

    def document(self, entry: dict[str, Any]) -> None:
        name = Path(entry["file"]).name
        if entry["status"] == "failed":
            for d in entry["diagnostics"]:
                self.err.print(f"FAILED {name}: [{d['code']}] {d['message']}", markup=False)
            if self.debug and entry.get("traceback"):
                self.err.print(entry["traceback"], markup=False)
        elif self.verbose:
            for d in entry.get("diagnostics", []):
                self.err.print(f"warning {name}: [{d['code']}] {d['message']}", markup=False)
        if self.progress is not None and entry["status"] != "reused":
            self.pages += entry.get("pages") or 0
            seconds = max(time.perf_counter() - self.started, 1e-6)
            rate = f"{self.pages / seconds:.1f} pages/s" if self.pages else ""
            self.progress.update(self.task, advance=1, description=name[:40], rate=rate)

    def summary(self, report: dict[str, Any], out: Path) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None
        if self.quiet:
            return
        table = Table(box=None, pad_edge=False)
        table.add_column("document", no_wrap=True)
        table.add_column("status")
        for name in SUMMARY_TABLES:
            table.add_column(name, justify="right")
        table.add_column("warnings", justify="right")
        for entry in report["files"]:
            records = entry.get("records", {})
            table.add_row(
                Path(entry["file"]).name,
                entry["status"],
                *(str(records.get(t, "")) for t in SUMMARY_TABLES),
                str(len(entry.get("diagnostics", []))) if "diagnostics" in entry else "",
            )
        self.out.print(table)
        reused = f", {report['reused']} unchanged" if report.get("reused") else ""
        self.out.print(
            f"{report['ok']} extracted{reused}, {report['failed']} failed "
            f"in {report['seconds']:.1f} s with {report['workers']} workers -> {out}/ (run.json)",
            markup=False,
        )
