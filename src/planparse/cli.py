"""The planparse command line: one short function per command over the library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from planparse import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn council plan documents (PDF or text) into Parquet tables.",
)


@app.command()
def extract(
    inputs: Annotated[
        list[Path], typer.Argument(help="Files, folders (recursive) or globs to extract.")
    ],
    out: Annotated[
        Path, typer.Option("--out", help="Output folder for Parquet and run.json.")
    ] = Path("out"),
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=0, help="Worker processes (default: CPU count; 0: in this process)."
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1, help="Seconds before a document is stopped.")
    ] = 300.0,
    max_memory: Annotated[
        int, typer.Option("--max-memory", min=0, help="MB each worker may use (0: no limit).")
    ] = 4096,
    incremental: Annotated[
        bool,
        typer.Option(
            "--incremental", help="Re-extract only inputs new or changed since the last run."
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="Print only failures.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", help="Print every warning.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Print the traceback of internal errors.")
    ] = False,
) -> None:
    """Extract plans into Parquet tables in OUT.

    Exit code 0 when every file was extracted, 1 when some failed (the rest are written),
    2 on bad usage.

    Example: planparse extract corpora/ --out out/ --workers 2 --incremental
    """
    import os

    from planparse.batch import Settings, expand_inputs, extract_many
    from planparse.progress import RunDisplay

    if not any(p.exists() for p in expand_inputs(inputs)):
        typer.echo("error: no input files found in " + " ".join(map(str, inputs)), err=True)
        raise typer.Exit(2)
    settings = Settings(
        workers=os.cpu_count() or 1 if workers is None else workers,
        timeout=timeout,
        max_memory_mb=max_memory,
        incremental=incremental,
    )
    with RunDisplay(quiet=quiet, verbose=verbose, debug=debug) as display:
        report = extract_many(
            inputs, out, on_document=display.document, settings=settings, on_start=display.start
        )
        display.summary(report, out)
    raise typer.Exit(1 if report["failed"] else 0)


@app.command()
def check(
    inputs: Annotated[list[Path], typer.Argument(help="Documents to re-extract and compare.")],
    golden: Annotated[
        Path, typer.Option("--golden", help="Folder of reviewed golden extracts.")
    ] = Path("golden"),
    diff: Annotated[bool, typer.Option("--diff/--no-diff", help="Show field differences.")] = True,
) -> None:
    """Compare extraction with reviewed golden extracts; exit 1 on a regression.

    Example: planparse check --golden golden/ corpora/*.txt
    """
    from planparse.batch import expand_inputs
    from planparse.check import check as run_check

    report = run_check(list(expand_inputs(inputs)), golden)
    typer.echo(report.to_text(diff=diff))
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", help="Folder for the JSON Schema files.")] = Path(
        "schemas"
    ),
) -> None:
    """Write the JSON Schema of every output table.

    Example: planparse schema --out schemas/
    """
    from planparse.write import json_schemas

    out.mkdir(parents=True, exist_ok=True)
    for table, body in json_schemas().items():
        (out / f"{table}.json").write_text(json.dumps(body, indent=2, sort_keys=True) + "\n")
    typer.echo(f"wrote {len(json_schemas())} schemas to {out}/")


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="A PDF file.")],
    page: Annotated[int, typer.Option("--page", help="1-based page number.")] = 1,
    png: Annotated[
        Path | None, typer.Option("--png", help="Also draw the tables on a PNG.")
    ] = None,
) -> None:
    """Print the tables found on one PDF page with the role of each column.

    Example: planparse inspect corpora/hounslow-send-ap-strategic-improvement-plan-2025.pdf --page 6
    """
    from planparse.display import inspect_page
    from planparse.errors import PlanparseError

    try:
        typer.echo(inspect_page(file, page, png))
    except PlanparseError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


@app.command()
def coverage(
    out_dir: Annotated[Path, typer.Argument(help="A folder `planparse extract` wrote.")],
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Date for overdue actions, YYYY-MM-DD (default: today)."),
    ] = None,
) -> None:
    """Per plan, each recommendation with its actions, leads and latest deadline; those with no
    action flagged; overdue actions counted. Writes OUT_DIR/coverage.parquet.

    Example: planparse coverage out/ --as-of 2026-11-23
    """
    import datetime as dt

    from planparse.coverage import coverage as run_coverage
    from planparse.coverage import coverage_text
    from planparse.errors import PlanparseError
    from planparse.models import Coverage
    from planparse.write import write_parquet

    try:
        day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError as exc:
        typer.echo(f"error: --as-of {as_of!r} is not a date like 2026-11-23", err=True)
        raise typer.Exit(2) from exc
    try:
        report = run_coverage(out_dir, day)
    except PlanparseError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    write_parquet(Coverage, report.rows, out_dir / "coverage.parquet")
    typer.echo(coverage_text(report))
    uncovered = sum(r.uncovered for r in report.rows)
    typer.echo(
        f"\n{len(report.rows)} recommendations, {uncovered} with no action, as of {day} "
        f"-> {out_dir / 'coverage.parquet'}"
    )


@app.command()
def version() -> None:
    """Print the planparse version."""
    typer.echo(__version__)
