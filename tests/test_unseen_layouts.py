"""Plans laid out as the corpus does not: other column names, lettered ids, periods in a grid's
header, areas for improvement as labelled lines, lead cells naming bodies the gazetteer does
not list. The documents in tests/unseen/ are written for these tests (not council
documents); each expectation below is read from the document, not from the program.
"""

from datetime import date
from pathlib import Path

import pytest

from planparse.api import extract

UNSEEN = Path(__file__).parent / "unseen"


@pytest.fixture(scope="module")
def northshire() -> dict[str, list]:
    return extract(UNSEEN / "northshire-plan.txt").records


@pytest.fixture(scope="module")
def westvale() -> dict[str, list]:
    return extract(UNSEEN / "westvale-wsoa.txt").records


def test_lettered_ids_under_other_column_names(northshire: dict[str, list]) -> None:
    actions = northshire["actions"]
    assert [(a.action_id, a.due_date, a.status) for a in actions] == [
        ("P1.1", date(2025, 4, 30), "Green"),  # Spring term ends in April (domain notes)
        ("P1.2", date(2024, 12, 31), "Amber"),  # Q3 2024/25
        ("P1.3", date(2026, 3, 31), "Red"),  # by end of March 26
    ]
    assert actions[2].lead == "Parent Carer Forum Chair"  # the grid below is not its lead


def test_leads_naming_bodies_by_what_they_are(northshire: dict[str, list]) -> None:
    first, second, _ = northshire["actions"]
    assert (first.lead_orgs, first.lead_roles) == (
        ["Northshire County Council"],
        ["Principal Educational Psychologist"],
    )
    assert (second.lead_orgs, second.lead_roles) == (
        ["Northshire ICB"],
        ["Head of SEND Services (NCC)", "Designated Clinical Officer"],
    )


def test_a_grid_with_its_periods_in_the_header(northshire: dict[str, list]) -> None:
    measures, targets = northshire["measures"], northshire["targets"]
    assert [m.text for m in measures] == [
        "EHCPs issued within 20 weeks",
        "Average wait for EP advice",
    ]
    got = {(t.measure_id, t.kind, t.period_label, t.value, t.unit) for t in targets}
    assert got == {
        ("M1", "baseline", "Baseline (2023/24)", 32.0, "percent"),
        ("M1", "target", "2024/25", 50.0, "percent"),
        ("M1", "target", "2025/26", 65.0, "percent"),
        ("M1", "target", "2026/27", 80.0, "percent"),
        ("M2", "baseline", "Baseline (2023/24)", 14.0, "weeks"),
        ("M2", "target", "2024/25", 10.0, "weeks"),
        ("M2", "target", "2025/26", 8.0, "weeks"),
        ("M2", "target", "2026/27", 6.0, "weeks"),
    }


def test_areas_for_improvement_as_labelled_headings(westvale: dict[str, list]) -> None:
    recs = {r.rec_id: r.text for r in westvale["recommendations"]}
    assert recs == {
        "AFI1": "Leaders do not have an accurate understanding of the needs of children with SEND.",
        "AFI2": "Families wait too long for speech and language therapy assessments.",
    }
    links = {(link.rec_id, link.target_id, link.method) for link in westvale["links"]}
    assert links == {
        ("AFI1", "1.1", "section_heading"),
        ("AFI1", "1.2", "section_heading"),
        ("AFI2", "2.1", "section_heading"),
        ("AFI2", "2.2", "section_heading"),
    }


def test_deadline_wordings_and_bodies_of_another_area(westvale: dict[str, list]) -> None:
    actions = westvale["actions"]
    assert [(a.action_id, a.due_kind, a.due_date) for a in actions] == [
        ("1.1", "date", date(2024, 12, 31)),  # Autumn term 2024
        ("1.2", "date", date(2025, 3, 31)),  # 31/03/2025
        ("2.1", "date", date(2025, 2, 28)),  # Feb-25
        ("2.2", "ongoing", None),
    ]
    assert actions[0].lead_orgs == ["Westvale Borough Council"]
    assert actions[2].lead_orgs == ["NHS Westvale ICB"]
    assert [a.theme for a in actions] == ["Area for improvement 1"] * 2 + ["AFI 2"] * 2
