"""Action ids a converter cut, completed from the ids around them."""

import datetime as dt

import pytest

from planparse.assemble.actions import _complete_cut_ids, _objectives_in_rows
from planparse.layout import Context
from planparse.tables.rows import LogicalRow


def _rows(*ids: str) -> list[LogicalRow]:
    return [LogicalRow({"id": i, "action": "Do"}, Context(), None, n) for n, i in enumerate(ids)]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # Hillingdon text: "4.3." between 4.2.4 and 4.4.1 is 4.3.1, its last number cut
        (["4.2.4", "4.3", "4.4.1"], ["4.2.4", "4.3.1", "4.4.1"]),
        # Hull numbers priority 4 with two parts: its ids stay
        (["3.2.1", "4.1", "4.2", "4.3"], ["3.2.1", "4.1", "4.2", "4.3"]),
        # an id with actions numbered under it is a heading's, not cut
        (["4.2.4", "4.3", "4.3.1"], ["4.2.4", "4.3", "4.3.1"]),
        # neighbours of another ambition say nothing about it
        (["3.2.4", "4.3", "5.1.1"], ["3.2.4", "4.3", "5.1.1"]),
    ],
)
def test_a_two_part_id_between_three_part_ids_is_completed(
    printed: list[str], read: list[str]
) -> None:
    rows = _rows(*printed)
    _complete_cut_ids(rows)
    assert [r.values["id"] for r in rows] == read
    # the id as printed is kept for the W302 warning, on the completed row only
    assert [r.id_as_printed for r in rows if r.id_as_printed] == [
        p for p, r in zip(printed, read, strict=True) if p != r
    ]


def _texts(*texts: str) -> list[LogicalRow]:
    return [LogicalRow({"action": t}, Context(), None, n) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "ids"),
    [
        # each action's id at the start of its text, written three ways
        (
            ["1.1 Publish a dashboard", "2.1. Map pathways", "2.2) Hold fairs"],
            ["1.1", "2.1", "2.2"],
        ),
        # half the rows are enough: a row the converter left without its id stays so
        (["1.1 Publish a dashboard", "Train SENCOs", "1.3 Map pathways"], ["1.1", None, "1.3"]),
        # a number alone, with its stop or bracket (Ashgrove: "1. Introduce …")
        (["1. Introduce a form", "2. Train visitors", "3) Agree a protocol"], ["1", "2", "3"]),
        # a lone number is a quantity, not an id
        (["2.5 FTE posts recruited", "Train SENCOs", "Map pathways"], [None, None, None]),
        # an id twice is no numbering
        (["1.1 Publish a dashboard", "1.1 Train SENCOs"], [None, None]),
    ],
)
def test_ids_printed_at_the_start_of_the_action_text(
    texts: list[str], ids: list[str | None]
) -> None:
    from planparse.assemble.actions import _ids_from_action_text

    rows = _texts(*texts)
    _ids_from_action_text(rows)
    assert [r.values.get("id") for r in rows] == ids
    assert rows[0].values["action"] == (texts[0].split(" ", 1)[1] if ids[0] else texts[0])


def test_the_nearest_year_printed_dates_a_deadline_printed_without_one() -> None:
    # the deadline column's heading, then the section's heading, then the plan's title
    from planparse.assemble.actions import tables_to_actions
    from planparse.fields.dates import YearFrame
    from planparse.layout import blocks_to_contexts
    from planparse.read.text import lines_to_blocks
    from planparse.tables.find import blocks_to_tables

    lines = ["Ref\tAction\tBy when", "1.0\tPlan\tMarch",
             "Year 2 (2026/27)", "Ref\tAction\tBy when", "1.1\tTrain\tMarch",
             "Ref\tAction\tLead\tBy when (2028)", "1.2\tReview\tHead of SEND\tMarch", "Next steps",
             "Ref\tAction\tBy when", "1.3\tAudit\tMarch"]  # fmt: skip
    blocks = lines_to_blocks(lines)
    tables = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    got = tables_to_actions("d", tables, plan_year=YearFrame(2025, "academic"))
    assert [(a.action_id, a.due_date) for a in got.actions] == [
        ("1.0", dt.date(2026, 3, 31)),  # the plan's 2025/26, under no year's heading
        ("1.1", dt.date(2027, 3, 31)),  # Year 2 (2026/27)
        ("1.2", dt.date(2028, 3, 31)),  # By when (2028)
        ("1.3", dt.date(2027, 3, 31)),  # a heading naming no year: still Year 2's section
    ]


def test_a_comma_left_where_the_deadline_was_parted_off_is_no_part_of_the_lead() -> None:
    from planparse.assemble.actions import lead_text

    # "Head of SEND," over "March 2026" in one "Lead and deadline" cell
    assert lead_text({"lead": "Head of SEND,", "deadline": "March 2026"}) == "Head of SEND"
    assert lead_text({"lead": "Head of SEND", "lead_org": "Penrose Council"}) == (
        "Head of SEND, Penrose Council"
    )
    assert lead_text({"lead": ","}) is None


def test_a_reports_short_milestone_with_its_date_and_status_is_an_action() -> None:
    # Oxley: "Recruit EHC coordinators | June 2025 | | Complete (Sept 2025)", no lead column:
    # three words, but dated and rated, so no stray grid cell
    from planparse.assemble.actions import tables_to_actions
    from planparse.layout import blocks_to_contexts
    from planparse.read.text import lines_to_blocks
    from planparse.tables.find import blocks_to_tables

    lines = ["Milestone\tOriginal date\tRevised date\tStatus",
             "Recruit EHC coordinators\tJune 2025\t\tComplete (Sept 2025)",
             "Baseline Quarterly\t\t\t"]  # fmt: skip
    blocks = lines_to_blocks(lines)
    result = tables_to_actions("d", blocks_to_tables(blocks, blocks_to_contexts(blocks)))
    assert [(a.text, a.status) for a in result.actions] == [
        ("Recruit EHC coordinators", "Complete (Sept 2025)")
    ]


def test_a_lead_agency_column_gives_organisations_and_the_officer_column_the_roles() -> None:
    # Verwood: "Lead agency | Lead officer"; "All partners" names no organisation and is no
    # part of the officer's role
    from planparse.assemble.actions import _lead_of

    lead = _lead_of({"lead": "SEND Data Lead", "lead_org": "All partners"})
    assert (lead.lead, lead.lead_roles, lead.lead_orgs) == (
        "SEND Data Lead, All partners", ["SEND Data Lead"], []
    )  # fmt: skip
    lead = _lead_of({"lead": "Head of Commissioning", "lead_org": "LA / ICB"})
    assert (lead.lead_roles, lead.lead_orgs) == (["Head of Commissioning"], ["LA", "ICB"])


def test_an_objective_numbered_in_full_is_the_objective_id_as_printed() -> None:
    # Fulbrook: "Priority 1" then "Objective 1.2: …": the objective is 1.2, not 1.1.2
    from planparse.assemble.actions import _section_objective_id

    ctx = Context(theme="Priority 1", theme_num="1", objective="…", objective_num="1.2")
    assert _section_objective_id(ctx) == "1.2"
    assert _section_objective_id(Context(theme_num="1", objective_num="2")) == "1.2"
    assert _section_objective_id(Context(objective_num="2")) is None


def _valued(*values: dict[str, str]) -> list[LogicalRow]:
    return [LogicalRow(dict(v), Context(), None, n) for n, v in enumerate(values)]


def test_a_numbered_row_over_its_children_is_their_objective() -> None:
    # Harrowden: "1 | Objective: … | Head of SEND Assessment" over 1.1 (no lead) and 1.2
    rows = _valued(
        {"id": "1", "action": "Objective: Plans are issued on time", "lead": "Head of SEND"},
        {"id": "1.1", "action": "Recruit coordinators"},
        {"id": "1.2", "action": "Hold weekly panels", "lead": "Principal EP"},
        {"id": "2", "action": "Agree a strategy", "lead": "Head of Commissioning",
         "deadline": "September 2026"},
        {"id": "2.1", "action": "Map the therapies", "deadline": "March 2026"},
    )  # fmt: skip
    kept, _ = _objectives_in_rows(rows, [None] * len(rows))
    got = [(r.values["id"], r.objective_id, r.values.get("objective"), r.values.get("lead"))
           for r in kept]  # fmt: skip
    assert got == [
        ("1.1", "1", "Plans are issued on time", "Head of SEND"),
        ("1.2", "1", "Plans are issued on time", "Principal EP"),
        # a parent row with a deadline of its own is an action with sub-actions
        ("2", None, None, "Head of Commissioning"),
        ("2.1", None, None, None),
    ]
