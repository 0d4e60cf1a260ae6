"""Links across documents: the Hillingdon highlight report and strategy to their plan.

The expected links were read from the documents, not taken from the program: each risk row's
"Action" cell was looked up in the plan's text (the row it quotes, or the objective it names).
"""

import datetime as dt
from functools import cache

import pytest

from planparse.api import extract
from planparse.link.across import link_documents, plans_for, theme_number
from planparse.models import Document, Extract
from tests.conftest import corpus_path

PLAN = "hillingdon-send-improvement-plan-2024-28.txt"
REPORT = "hillingdon-send-highlight-report-2026-01.txt"
STRATEGY = "hillingdon-send-ap-strategy-2023-28.txt"

# risk row (start of its Action cell) -> plan action, and where the plan says so
RISKS_READ = {
    "Configure EHM database system": "1.2.2",  # 1.2.2's milestones configure EHM reports
    "CNWL Service Leads, Business Intelligence": "1.3.2",  # quoted word for word (l.209)
    "Waiting times for ASD / ADHD": "1.3.1",  # 1.3.1: ND assessment waits, ASD/ADHD/Tics
    "Collaborative Agreement -CITS delivery": "1.4.1",  # objective 1.4, the CITS agreement
    "Create additional places in local": "3.3.1",  # objective 3.3 "Create additional places…"
    "The Partnership will develop SEMH Inclusion": "4.5.2",  # quoted word for word (l.386)
    "Review existing guidance for educational": "5.2.1",  # 5.2.1's action, quoted
}


@cache
def _extracts() -> tuple[Extract, ...]:
    return tuple(extract(corpus_path(name)) for name in (PLAN, REPORT, STRATEGY))


def test_report_and_strategy_are_matched_to_the_plan() -> None:
    plan, report, strategy = _extracts()
    links = link_documents(list(_extracts()))["document_links"]
    assert {(link.doc_id, link.plan_doc_id, link.relation) for link in links} == {
        (report.document.doc_id, plan.document.doc_id, "reports_on"),
        (strategy.document.doc_id, plan.document.doc_id, "carried_out_by"),
    }


def test_risk_rows_link_to_the_plan_actions_they_are_about() -> None:
    links = link_documents(list(_extracts()))["risk_links"]
    found = {link.risk_action: link.action_id for link in links}
    for start, action_id in RISKS_READ.items():
        matches = [a for text, a in found.items() if text and text.startswith(start)]
        assert matches == [action_id], start
    # the eighth risk ("Support settings to ensure that CYP who do not require special
    # school…") names no plan action closely enough: no link rather than a guess
    assert len(links) == len(RISKS_READ)


def test_strategy_objectives_link_to_the_plan_objectives_of_the_same_title() -> None:
    links = link_documents(list(_extracts()))["objective_links"]
    by_heading = {link.heading: link.objective_id for link in links}
    assert by_heading["Review and refine early intervention offer"] == "1.1"
    assert by_heading["Create additional places in local Special School provision"] == "3.3"
    assert by_heading["Reduce the number of children requiring tuition"] == "5.5"
    assert all(link.objective_id.split(".")[0] == theme_number(link.theme) for link in links)


def _doc(council: str | None, **kw: object) -> Document:
    base = {"doc_id": "x", "source_file": "f", "source_format": "text", "sha256": "0"}
    return Document(**base, council=council, parser_version="0", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (_doc("Hillingdon", report_date=dt.date(2026, 1, 27)), 1),
        (_doc("Hull", report_date=dt.date(2026, 1, 27)), 0),  # another council's plan
        (_doc("Hillingdon", report_date=dt.date(2031, 1, 1)), 0),  # long after the plan
        (_doc(None), 0),  # council unknown: never guessed
    ],
)
def test_a_plan_is_matched_only_within_its_council_and_years(
    report: Document, expected: int
) -> None:
    plan = _doc("Hillingdon", doc_type="improvement_plan", period_start=2024, period_end=2028)
    assert len(plans_for(report, [plan])) == expected


def test_no_plan_in_the_run_gives_no_links() -> None:
    _, report, strategy = _extracts()
    assert all(not rows for rows in link_documents([report, strategy]).values())


def test_a_row_matching_a_text_several_actions_share_links_to_each() -> None:
    # Hillingdon PDF p.29: 4.5.1 and 4.5.2 share one action cell, each with its own lead; a
    # risk quoting that text is about both, where a tie between them used to link neither
    from planparse.link.across import _matched_actions
    from planparse.models import Action

    shared = "The Partnership will develop SEMH Inclusion commitment"
    actions = [
        Action(doc_id="p", action_id="4.4.1", theme="Ambition Group 4", text="Coproduction"),
        Action(doc_id="p", action_id="4.5.1", theme="Ambition Group 4", text=shared),
        Action(doc_id="p", action_id="4.5.2", theme="Ambition Group 4", text=shared),
    ]
    matched = _matched_actions(["risk"], [("Ambition Group 4", shared)], actions)
    assert [(row, action_id) for row, action_id, _ in matched] == [
        ("risk", "4.5.1"),
        ("risk", "4.5.2"),
    ]
