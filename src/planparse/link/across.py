"""Links between the documents of one run: reports and strategies to the plans they concern.

A highlight report reports on a plan, and a strategy is carried out by one: the same council,
periods that meet (a report dated within the plan's years), and titles alike. Once matched:
- each risk row of the report is linked to the plan action it is about (the risk table's
  "Action" column usually quotes the plan), and each progress update to the action it
  reports on;
- each objective of the strategy is linked to the plan objective that carries it out (plans
  often repeat the strategy's objective titles).

Texts are compared with the fuzzy linker's scorer (link/fuzzy.py); an action's objective is
part of its text, since a report names what the plan groups ("Create additional places in
local specialist provision"). Where both sides print an ambition/priority number, only
actions under the same number are candidates. A row takes its best match at ACROSS_CUTOFF
with a lead of FUZZY_MARGIN, else none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz, utils

from planparse.link.fuzzy import FUZZY_MARGIN, best_matches, score_matrix
from planparse.models import (
    ACROSS_TABLES,
    Action,
    Document,
    DocumentLink,
    Extract,
    ObjectiveLink,
    ProgressLink,
    Record,
    RiskLink,
)

# Read on the corpus: the Hillingdon highlight report's risk rows quote plan actions and score
# 77-100 with their action; the next best candidates score 36-69.
ACROSS_CUTOFF = 70.0
_THEME_NUMBER_RE = re.compile(r"\b(?:ambition|priority|theme)(?:\s+group)?\s+(\d{1,2})\b", re.I)


def theme_number(theme: str | None) -> str | None:
    """'Ambition Group 3' -> '3'; None when the theme prints no number."""
    m = _THEME_NUMBER_RE.search(theme or "")
    return m.group(1) if m else None


def plans_for(document: Document, plans: Sequence[Document]) -> list[tuple[Document, float]]:
    """The plans of the run a report or strategy concerns, with a title similarity (0-1)."""
    out = []
    for plan in plans:
        if not document.council or plan.council != document.council:
            continue
        if not _periods_meet(document, plan):
            continue
        similarity = fuzz.token_set_ratio(
            document.title or "", plan.title or "", processor=utils.default_process
        )
        out.append((plan, round(similarity / 100, 3)))
    return out


def _periods_meet(document: Document, plan: Document) -> bool:
    if plan.period_start is None or plan.period_end is None:
        return True
    if document.report_date is not None:
        return plan.period_start <= document.report_date.year <= plan.period_end + 1
    if document.period_start is not None and document.period_end is not None:
        return document.period_start <= plan.period_end and plan.period_start <= document.period_end
    return True


def link_documents(extracts: Sequence[Extract]) -> dict[str, list[Record]]:
    """Every cross-document link among these extracts, by table name."""
    plans = [e for e in extracts if e.document.doc_type == "improvement_plan"]
    by_doc = {e.document.doc_id: e for e in plans}
    out: dict[str, list[Record]] = {m.table: [] for m in ACROSS_TABLES}
    for extract in extracts:
        doc = extract.document
        relation = {"highlight_report": "reports_on", "strategy": "carried_out_by"}.get(
            doc.doc_type
        )
        if relation is None:
            continue
        for plan, similarity in plans_for(doc, [p.document for p in plans]):
            out["document_links"].append(
                DocumentLink(
                    doc_id=doc.doc_id,
                    plan_doc_id=plan.doc_id,
                    relation=relation,  # type: ignore[arg-type]
                    score=similarity,
                )
            )
            actions = list(by_doc[plan.doc_id].rows("actions"))  # type: ignore[arg-type]
            if relation == "reports_on":
                out["risk_links"] += _risk_links(extract, plan.doc_id, actions)
                out["progress_links"] += _progress_links(extract, plan.doc_id, actions)
            else:
                out["objective_links"] += _objective_links(extract, plan.doc_id, actions)
    return out


def match_by_theme(
    queries: list[tuple[str | None, str]], choices: list[tuple[str | None, str]]
) -> list[tuple[int, int, float]]:
    """(query, choice, score) best matches, each query among choices of its theme number."""
    out: list[tuple[int, int, float]] = []
    numbers = {theme_number(theme) for theme, _ in choices}
    for number in sorted({theme_number(theme) for theme, _ in queries}, key=str):
        rows = [i for i, (theme, _) in enumerate(queries) if theme_number(theme) == number]
        cols = [
            j
            for j, (theme, _) in enumerate(choices)
            if number is None or number not in numbers or theme_number(theme) == number
        ]
        if not rows or not cols:
            continue
        # a risk or progress row names its action in a few words: no floor on common words
        matrix = score_matrix(
            [queries[i][1] for i in rows], [choices[j][1] for j in cols], min_common=0
        )
        for row, col, score in best_matches(matrix, ACROSS_CUTOFF, FUZZY_MARGIN):
            out.append((rows[row], cols[col], score))
    return sorted(out)


def _matched_actions(
    rows: list[Any], queries: list[tuple[str | None, str]], actions: list[Action]
) -> list[tuple[Any, str, float]]:
    """(row, action id, score) for the rows whose text names a plan action clearly enough.

    Actions printed with one shared text (a cell spanning their rows) are one choice, and a
    row matching it is linked to each of them rather than to neither for the tie."""
    sharing: dict[tuple[str | None, str], list[str]] = {}
    for a in actions:
        sharing.setdefault((a.theme, f"{a.objective or ''} {a.text}"), []).append(a.action_id)
    choices = list(sharing)
    return [
        (rows[i], action_id, s)
        for i, j, s in match_by_theme(queries, choices)
        for action_id in sharing[choices[j]]
    ]


def _risk_links(extract: Extract, plan_doc_id: str, actions: list[Action]) -> list[Record]:
    risks: list[Any] = list(extract.rows("risks"))
    queries = [(r.theme, r.action or r.issue or "") for r in risks]
    return [
        RiskLink(
            doc_id=extract.document.doc_id,
            risk_theme=risk.theme,
            risk_action=risk.action,
            plan_doc_id=plan_doc_id,
            action_id=action_id,
            score=score,
        )
        for risk, action_id, score in _matched_actions(risks, queries, actions)
    ]


def _progress_links(extract: Extract, plan_doc_id: str, actions: list[Action]) -> list[Record]:
    updates: list[Any] = [s for s in extract.rows("statements") if s.section == "update"]  # type: ignore[attr-defined]
    queries = [(s.theme, s.text) for s in updates]
    return [
        ProgressLink(
            doc_id=extract.document.doc_id,
            theme=update.theme,
            text=update.text,
            plan_doc_id=plan_doc_id,
            action_id=action_id,
            score=score,
        )
        for update, action_id, score in _matched_actions(updates, queries, actions)
    ]


def _objective_links(extract: Extract, plan_doc_id: str, actions: list[Action]) -> list[Record]:
    headings: dict[tuple[str | None, str], None] = {}
    for s in extract.rows("statements"):
        if s.section == "objective" and s.heading:  # type: ignore[attr-defined]
            headings.setdefault((s.theme, s.heading), None)  # type: ignore[attr-defined]
    objectives: dict[str, tuple[str | None, str]] = {}
    for a in actions:
        if a.objective_id and a.objective:
            objectives.setdefault(a.objective_id, (a.theme, a.objective))
    queries, ids = list(headings), list(objectives)
    return [
        ObjectiveLink(
            doc_id=extract.document.doc_id,
            theme=queries[i][0],
            heading=queries[i][1],
            plan_doc_id=plan_doc_id,
            objective_id=ids[j],
            score=score,
        )
        for i, j, score in match_by_theme(queries, [objectives[k] for k in ids])
    ]
