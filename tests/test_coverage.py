"""`planparse coverage` over an extract folder: recommendations, their actions, what is left."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from planparse.cli import app
from planparse.models import Action, Document, Extract, Link, Recommendation
from planparse.write import write_tables

from .conftest import corpus_path


def _plan(links: list[Link]) -> Extract:
    doc = Document(
        doc_id="p",
        source_file="plan.txt",
        source_format="text",
        sha256="0",
        doc_type="improvement_plan",
        parser_version="0",
    )
    recs = [
        Recommendation(doc_id="p", rec_id="1", text="Leaders should", source="inspection"),
        Recommendation(
            doc_id="p", rec_id="1.1", parent_id="1", text="annual reviews", source="inspection"
        ),
        Recommendation(doc_id="p", rec_id="1.2", parent_id="1", text="PfA", source="inspection"),
    ]
    actions = [
        Action(
            doc_id="p",
            action_id="1.1.1",
            objective_id="1.1",
            text="a",
            lead_orgs=["LBH"],
            due_date="2025-03-31",
            due_kind="date",
        ),  # type: ignore[arg-type]
        Action(
            doc_id="p",
            action_id="1.1.2",
            objective_id="1.1",
            text="b",
            lead_orgs=["ICB"],
            due_date="2027-03-31",
            due_kind="date",
        ),  # type: ignore[arg-type]
        Action(
            doc_id="p",
            action_id="1.1.3",
            objective_id="1.1",
            text="c",
            due_kind="complete",
            due_date="2024-03-31",
        ),  # type: ignore[arg-type]
    ]
    return Extract(
        document=doc,
        records={"recommendations": recs, "actions": actions, "links": links},
    )


def _coverage(tmp_path: Path, extract: Extract, *args: str) -> tuple[int, str, list[dict]]:
    write_tables([extract], tmp_path)
    result = CliRunner().invoke(app, ["coverage", str(tmp_path), "--as-of", "2026-01-01", *args])
    path = tmp_path / "coverage.parquet"
    rows = pq.read_table(path).to_pylist() if path.exists() else []
    return result.exit_code, result.output, rows


def test_objective_link_reaches_its_actions_and_parent_gathers_children(tmp_path: Path) -> None:
    code, output, rows = _coverage(
        tmp_path, _plan([Link.stated("p", "1.1", "1.1", "reference_table")])
    )
    assert code == 0
    by_rec = {r["rec_id"]: r for r in rows}
    assert by_rec["1.1"]["action_ids"] == ["1.1.1", "1.1.2", "1.1.3"]
    assert by_rec["1.1"]["lead_orgs"] == ["ICB", "LBH"]
    assert str(by_rec["1.1"]["latest_due"]) == "2027-03-31"
    assert by_rec["1.1"]["overdue_ids"] == ["1.1.1"]  # 1.1.3 is complete, 1.1.2 not yet due
    assert by_rec["1"]["action_ids"] == by_rec["1.1"]["action_ids"]
    assert by_rec["1.2"]["uncovered"] and "NO ACTION" in output


def test_unlinked_plan_is_said_plainly(tmp_path: Path) -> None:
    code, output, rows = _coverage(tmp_path, _plan([]))
    assert code == 0
    assert "no action is linked to any recommendation" in output
    assert all(r["uncovered"] for r in rows)


def test_empty_or_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["coverage", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no such folder" in result.output
    result = CliRunner().invoke(app, ["coverage", str(tmp_path)])
    assert result.exit_code == 2 and "planparse extract" in result.output
    result = CliRunner().invoke(app, ["coverage", str(tmp_path), "--as-of", "soon"])
    assert result.exit_code == 2 and "not a date" in result.output


@pytest.mark.parametrize("name", ["hillingdon-send-ap-strategy-2023-28.txt"])
def test_a_run_without_plans_says_so(tmp_path: Path, name: str) -> None:
    from planparse.api import extract

    code, output, rows = _coverage(tmp_path, extract(corpus_path(name)))
    assert code == 0 and rows == [] and "no plan in this output" in output
