"""The corpus through the CLI: Parquet per contract table, schemas current, determinism."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from planparse.check import check
from planparse.cli import app
from planparse.models import ACROSS_TABLES, SCHEMA_VERSION, TABLES
from planparse.write import json_schemas

from .conftest import CORPORA, ROOT

runner = CliRunner()
TEXTS = sorted(CORPORA.glob("*.txt"))


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["extract", *map(str, TEXTS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_every_contract_table_written_with_schema_version(out_dir: Path) -> None:
    for model in TABLES + ACROSS_TABLES:
        table = pq.read_table(out_dir / f"{model.table}.parquet")
        assert table.schema.metadata[b"planparse.schema_version"] == SCHEMA_VERSION.encode()
        assert set(model.model_fields) <= set(table.schema.names)


def test_output_is_byte_identical_across_runs(out_dir: Path, tmp_path: Path) -> None:
    runner.invoke(app, ["extract", *map(str, TEXTS), "--out", str(tmp_path)])
    for model in TABLES + ACROSS_TABLES:
        name = f"{model.table}.parquet"
        assert (out_dir / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_duckdb_reads_the_output(out_dir: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    n = duckdb.sql(
        f"select count(*) from '{out_dir}/actions.parquet' where due_date is not null"
    ).fetchall()
    assert n[0][0] > 100


def test_coverage_reads_the_output_and_the_plans_link_every_recommendation(
    out_dir: Path,
) -> None:
    result = runner.invoke(app, ["coverage", str(out_dir), "--as-of", "2026-11-23"])
    assert result.exit_code == 0, result.output
    rows = pq.read_table(out_dir / "coverage.parquet").to_pylist()
    assert len(rows) == 24 + 17 + 5  # Hillingdon, Hounslow, Hull recommendations (golden)
    assert not [r["rec_id"] for r in rows if r["uncovered"]]


def test_highlight_report_facts(out_dir: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    row = duckdb.sql(
        f"select report_date::varchar, overall_status from '{out_dir}/documents.parquet' "
        "where doc_type = 'highlight_report'"
    ).fetchall()
    assert row == [("2026-01-27", "Green")]


def test_schemas_folder_is_current() -> None:
    for table, body in json_schemas().items():
        on_disk = json.loads((ROOT / "schemas" / f"{table}.json").read_text())
        assert on_disk == json.loads(json.dumps(body)), f"run `make schema` ({table})"


def test_golden_check_passes_on_corpus() -> None:
    report = check(TEXTS, ROOT / "golden")
    assert report.ok, report.to_text()


def test_check_detects_a_regression(tmp_path: Path) -> None:
    source = ROOT / "golden" / "hull-send-strategic-plan-2024-27.txt.jsonl"
    rows = [json.loads(line) for line in source.read_text().splitlines()]
    for row in rows:
        if row["table"] == "actions":
            row["due_date"] = "1999-01-31"
            break
    (tmp_path / source.name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = check([CORPORA / "hull-send-strategic-plan-2024-27.txt"], tmp_path)
    assert not report.ok


def test_bad_inputs_recorded_and_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf at all")
    good = CORPORA / "hull-send-strategic-plan-2024-27.txt"
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(empty), str(fake), str(good), "--out", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "fake.pdf" in result.output
    run = json.loads((out / "run.json").read_text())
    assert run["ok"] == 1 and run["failed"] == 2
    assert pq.read_table(out / "actions.parquet").num_rows > 40


def test_inspect_prints_roles_and_writes_png(tmp_path: Path) -> None:
    pdf = CORPORA / "hounslow-send-ap-strategic-improvement-plan-2025.pdf"
    png = tmp_path / "p6.png"
    result = runner.invoke(app, ["inspect", str(pdf), "--page", "6", "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert "<area>" in result.output and "1.1.3" in result.output
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_inspect_page_out_of_range() -> None:
    pdf = CORPORA / "hounslow-send-ap-strategic-improvement-plan-2025.pdf"
    result = runner.invoke(app, ["inspect", str(pdf), "--page", "99"])
    assert result.exit_code == 1 and "out of range" in result.output


def test_a_pdf_without_its_own_golden_is_checked_against_its_text_twin(tmp_path: Path) -> None:
    from planparse.check import golden_for

    (tmp_path / "plan.txt.jsonl").write_text("")
    assert golden_for(Path("corpora/plan.pdf"), tmp_path) == (tmp_path / "plan.txt.jsonl", True)
    assert golden_for(Path("corpora/other.pdf"), tmp_path) == (None, False)
    (tmp_path / "plan.pdf.jsonl").write_text("")
    assert golden_for(Path("corpora/plan.pdf"), tmp_path) == (tmp_path / "plan.pdf.jsonl", False)
