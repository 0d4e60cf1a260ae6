"""Coverage: for each inspection recommendation, the actions that answer it, and what is left.

Reads the tables `planparse extract` wrote (recommendations, actions, links, documents) and
adds one Coverage row per recommendation of each plan: its actions (linked directly, through
the objective they sit under, or through its sub-recommendations), their lead organisations
and roles, the latest deadline, whether nothing answers it, and which of its actions are past
their deadline on the as-of date (not marked complete).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from planparse.errors import PlanparseError
from planparse.link.reach import actions_reached
from planparse.models import Coverage

NEEDED = ("documents", "recommendations", "actions", "links")


class CoverageError(PlanparseError):
    code = "E601"


@dataclass
class CoverageReport:
    rows: list[Coverage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # per document: why it has no coverage
    files: dict[str, str] = field(default_factory=dict)  # doc_id -> source file


def _read(out_dir: Path, table: str) -> list[dict[str, Any]]:
    path = out_dir / f"{table}.parquet"
    if not path.exists():
        raise CoverageError(
            f"{out_dir}: no {table}.parquet; run `planparse extract … --out {out_dir}` first"
        )
    return pq.read_table(path).to_pylist()


def coverage(out_dir: Path, as_of: dt.date) -> CoverageReport:
    """Coverage rows for every document in out_dir that lists recommendations."""
    if not out_dir.is_dir():
        raise CoverageError(f"{out_dir}: no such folder")
    tables = {t: _read(out_dir, t) for t in NEEDED}
    report = CoverageReport(files={d["doc_id"]: d["source_file"] for d in tables["documents"]})
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for table in ("recommendations", "actions", "links"):
        for row in tables[table]:
            by_doc[row["doc_id"]][table].append(row)
    for document in tables["documents"]:
        doc_id, name = document["doc_id"], document["source_file"]
        rows = by_doc[doc_id]
        if document["doc_type"] != "improvement_plan" and not rows["recommendations"]:
            continue  # strategies and reports answer no recommendation themselves
        if not rows["recommendations"]:
            report.notes.append(f"{name}: no recommendations found, nothing to cover")
            continue
        if not rows["links"]:
            report.notes.append(
                f"{name}: no action is linked to any recommendation "
                "(the plan states no link and none passed the fuzzy cutoff)"
            )
        report.rows += _document_coverage(doc_id, rows, as_of)
    if not report.rows and not report.notes:
        report.notes.append(f"{out_dir}: no plan in this output")
    return report


def _document_coverage(
    doc_id: str, rows: dict[str, list[dict[str, Any]]], as_of: dt.date
) -> list[Coverage]:
    actions = {a["action_id"]: a for a in rows["actions"]}
    order = {action_id: i for i, action_id in enumerate(actions)}
    reached = actions_reached(
        ((link["rec_id"], link["target_id"]) for link in rows["links"]),
        ((a["action_id"], a["objective_id"]) for a in rows["actions"]),
    )
    methods: dict[str, set[str]] = defaultdict(set)
    for link in rows["links"]:
        methods[link["rec_id"]].add(link["method"])
    children: dict[str, list[str]] = defaultdict(list)
    for rec in rows["recommendations"]:
        if rec["parent_id"]:
            children[rec["parent_id"]].append(rec["rec_id"])
    out = []
    for rec in rows["recommendations"]:
        family = [rec["rec_id"], *children.get(rec["rec_id"], [])]
        ids = sorted({a for r in family for a in reached[r]}, key=lambda a: order[a])
        linked = [actions[a] for a in ids]
        dues = [a["due_date"] for a in linked if a["due_date"]]
        out.append(
            Coverage(
                doc_id=doc_id,
                rec_id=rec["rec_id"],
                parent_id=rec["parent_id"],
                text=rec["text"],
                action_ids=ids,
                lead_orgs=sorted({o for a in linked for o in a["lead_orgs"] or []}),
                lead_roles=sorted({r for a in linked for r in a["lead_roles"] or []}),
                latest_due=max(dues) if dues else None,
                methods=sorted({m for r in family for m in methods[r]}),
                uncovered=not ids,
                overdue_ids=[a["action_id"] for a in linked if _overdue(a, as_of)],
                as_of=as_of,
            )
        )
    return out


def _overdue(action: dict[str, Any], as_of: dt.date) -> bool:
    done = action["due_kind"] == "complete" or "complete" in (action["status"] or "").lower()
    return bool(action["due_date"] and action["due_date"] < as_of and not done)


def coverage_text(report: CoverageReport) -> str:
    """The report as a plain table, one block per document."""
    lines: list[str] = []
    current = None
    for row in report.rows:
        if row.doc_id != current:
            current = row.doc_id
            lines += ["", report.files.get(row.doc_id, row.doc_id)]
            lines.append(
                f"  {'rec':<6} {'actions':>7} {'overdue':>7}  {'latest due':<10}  "
                f"{'leads (organisations, else roles)':<34} text"
            )
        flag = "  NO ACTION" if row.uncovered else ""
        leads = ", ".join(row.lead_orgs or row.lead_roles)
        lines.append(
            f"  {row.rec_id:<6} {len(row.action_ids):>7} {len(row.overdue_ids):>7}  "
            f"{row.latest_due.isoformat() if row.latest_due else '-':<10}  "
            f"{leads[:34]:<34} {row.text[:50]}{flag}"
        )
    lines += [""] + report.notes if report.notes else []
    return "\n".join(lines).strip("\n")
