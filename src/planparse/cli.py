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
    inputs: Annotated[list[Path], typer.Argument(help="Files, folders or globs to extract.")],
    out: Annotated[
        Path, typer.Option("--out", help="Output folder for Parquet and run.json.")
    ] = Path("out"),
    quiet: Annotated[bool, typer.Option("--quiet", help="Print only failures.")] = False,
) -> None:
    """Extract plans into Parquet tables in OUT.

    Example: planparse extract corpora/ --out out/
    """
    from planparse.write import extract_many

    def show(entry: dict) -> None:
        name = Path(entry["file"]).name
        if entry["status"] == "failed":
            for d in entry["diagnostics"]:
                typer.echo(f"FAILED {name}: [{d['code']}] {d['message']}", err=True)
        elif not quiet and entry["status"] == "ok":
            r = entry["records"]
            warn = len(entry["diagnostics"])
            typer.echo(
                f"{name:<55} actions {r['actions']:>3}  measures {r['measures']:>3}  "
                f"targets {r['targets']:>3}  recs {r['recommendations']:>3}  "
                f"links {r['links']:>3}  "
                f"risks {r['risks']:>2}  statements {r['statements']:>3}  warnings {warn}"
            )

    report = extract_many(inputs, out, on_document=show)
    if not quiet:
        typer.echo(f"{report['ok']} extracted, {report['failed']} failed -> {out}/ (run.json)")
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
    from planparse.check import check as run_check
    from planparse.write import expand_inputs

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
