"""Links plans state: areas quoted under an objective, and actions nested under an area."""

from pathlib import Path
from typing import Any

import pytest

from planparse.assemble.actions import _enclosing_rec
from planparse.assemble.recommendations import section_links
from planparse.layout import blocks_to_contexts
from planparse.models import Action, Recommendation
from planparse.read.text import lines_to_blocks


def _rec(rec_id: str, text: str, parent: str | None = None) -> Recommendation:
    return Recommendation(
        doc_id="d", rec_id=rec_id, parent_id=parent, text=text, source="inspection"
    )


RECS = [
    _rec(
        "1.3",
        "more effectively using the voice and aspirations of children and young people "
        "when shaping their EHC and/or amended EHC plan",
        "1",
    ),
    _rec("1.4", "ensuring that PfA is more effectively planned from Year 9 onwards", "1"),
    _rec(
        "2",
        "Leaders should improve how well information about children and young people and "
        "their families is shared and used between and across all those involved in the "
        "partnership. This should focus on ensuring that:",
    ),
    _rec(
        "2.3",
        "leaders use a wider range of information to inform how they evaluate children "
        "and young people's needs and understand families' lived experiences.",
        "2",
    ),
    Recommendation(
        doc_id="d",
        rec_id="L5",
        source="local",
        text="the local offer is not well established, many CYP and their families "
        "do not know about it.",
    ),
]


def _links(lines: list[str]) -> list[tuple[str, str]]:
    blocks = lines_to_blocks(lines)
    return [
        (lk.rec_id, lk.target_id)
        for lk in section_links("d", blocks, blocks_to_contexts(blocks), RECS)
    ]


def test_quoted_ids_link_to_the_objective_and_see_also_to_another() -> None:
    lines = [
        "Ambition Group 4",
        "Objective 4: Regularly gather feedback from SEND children",
        "Areas of Improvement from Inspection:",
        "",
        "- 1.3 more effectively using the voice and aspirations of children and young people",
        "- 2.3 leaders use a wider range of information to inform how they evaluate children "
        "and young people's needs and understand families' lived experiences. (see also 1.1)",
        "",
        "\tKey Areas\tActions (with timeliness)\tLead role & organisation",
    ]
    assert _links(lines) == [("1.3", "4.4"), ("2.3", "4.4"), ("2.3", "1.1")]


def test_quotes_without_ids_are_matched_by_their_words() -> None:
    lines = [
        "Ambition Group 2",
        "Objective 1: Improve the Local Offer",
        "Areas of Improvement from Inspection:",
        "• the local offer is not well established, many CYP and their families do not know "
        "about it.",
        "Key Areas\tActions (with timeliness)\tLead role & organisation",
    ]
    assert _links(lines) == [("L5", "2.1")]


def test_a_lead_in_wrapped_over_pdf_lines_is_one_quote_of_the_parent_area() -> None:
    lines = [
        "Ambition Group 1",
        "Objective 1: Review and refine early intervention offer",
        "Areas of Improvement from Inspection:",
        "Leaders should improve how well information about children and young people and their "
        "families is shared and used between and across all those involved in the",
        "partnership. This should focus on ensuring that:",
        "• leaders use a wider range of information to inform how they evaluate children and "
        "young people's needs and understand families' lived experiences",
        "\tKey Areas\tActions",
    ]
    assert _links(lines) == [("2", "1.1"), ("2.3", "1.1")]


def test_a_quote_nobody_wrote_links_nothing() -> None:
    lines = [
        "Ambition Group 3",
        "Objective 2: Something else",
        "Areas of Improvement from Inspection:",
        "• the weather in Hillingdon was wet throughout the inspection week, said everyone",
        "\tKey Areas\tActions",
    ]
    assert _links(lines) == []


def test_actions_link_to_their_sub_area_else_to_their_area() -> None:
    nested = {"1.0", "1.1", "4.0"}
    assert (
        _enclosing_rec(Action(doc_id="d", action_id="1.1.3", objective_id="1.1", text="x"), nested)
        == "1.1"
    )
    # Hounslow area 4.0 prints its sub-areas without ids
    assert (
        _enclosing_rec(Action(doc_id="d", action_id="4.2.5", objective_id="4.2", text="x"), nested)
        == "4.0"
    )
    assert _enclosing_rec(Action(doc_id="d", action_id="4.3", text="x"), nested) == "4.0"
    assert _enclosing_rec(Action(doc_id="d", action_id="A3", text="x"), nested) is None
    assert (
        _enclosing_rec(Action(doc_id="d", action_id="2.1.1", objective_id="2.1", text="x"), nested)
        is None
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "Area for improvement 1: Leaders do not have an accurate understanding of needs.",
            ("AFI1", "Leaders do not have an accurate understanding of needs."),
        ),
        (
            "AFI 2 - Families wait too long for assessments.",
            ("AFI2", "Families wait too long for assessments."),
        ),
        (
            "Recommendation 3. Improve the Local Offer website",
            ("R3", "Improve the Local Offer website"),
        ),
        (
            "Area of significant weakness 1: Joint commissioning is underdeveloped.",
            ("W1", "Joint commissioning is underdeveloped."),
        ),  # a Written Statement of Action's
        (
            "Weakness 2 - Too many children wait for assessment.",
            ("W2", "Too many children wait for assessment."),
        ),
        ("Area for improvement 2", ("AFI2", None)),  # a bare label: a heading, no text
        ("Areas for improvement", None),  # the list's heading, no id
        ("AFI 1 and AFI 2 are addressed by", None),
    ],
)
def test_a_labelled_area_for_improvement_line(
    line: str, read: tuple[str, str | None] | None
) -> None:
    from planparse.fields.ids import labelled_rec_id

    assert labelled_rec_id(line) == read


def test_actions_under_a_heading_naming_recommendations_link_to_each() -> None:
    from planparse.assemble.recommendations import theme_links

    blocks = lines_to_blocks(
        [
            "Priority 4: Care leavers (Recommendations 4 and 6)",
            "No.\tWhat we will do\tLead",
            "4.1\tCo-produce a pathway plan\tHead of Service",
            "Priority 5: Children who go missing",
            "Objective 1: Interviews informed by Recommendation 5",
            "No.\tWhat we will do\tLead",
            "5.1\tCommission return home interviews\tHead of Service",
            "Priority 6: Performance (Recommendation 9)",
            "No.\tWhat we will do\tLead",
            "6.1\tMonthly challenge sessions\tDCS",
        ]
    )
    contexts = blocks_to_contexts(blocks)
    recs = [
        Recommendation(doc_id="d", rec_id=f"R{n}", text=f"rec {n}", source="inspection")
        for n in range(1, 7)
    ]
    actions = [
        Action(doc_id="d", action_id="4.1", theme="Priority 4", text="x"),
        Action(doc_id="d", action_id="5.1", theme="Priority 5",
               objective="Interviews informed by Recommendation 5", text="x"),
        Action(doc_id="d", action_id="6.1", theme="Priority 6", text="x"),
    ]  # fmt: skip
    links = theme_links("d", actions, recs, blocks, contexts)
    assert [(link.rec_id, link.target_id, link.method) for link in links] == [
        ("R4", "4.1", "section_heading"),
        ("R6", "4.1", "section_heading"),
        ("R5", "5.1", "section_heading"),  # named by its objective's heading
    ]  # R9 is no recommendation of the plan: no link


def _extracted(tmp_path: Path, text: str) -> dict[str, list[Any]]:
    from planparse.api import extract

    plan = tmp_path / "plan.txt"
    plan.write_text(text)
    return extract(plan).records


def test_an_area_printed_in_the_actions_row_is_the_one_it_answers(tmp_path: Path) -> None:
    # an "AFI" column opening each row: the rows are actions (not headings cut into cells),
    # and each row's own area, not the heading above the table, is the one it answers
    got = _extracted(
        tmp_path,
        "Eastfield SEND Improvement Plan 2025\n\n"
        "Area for improvement 1: Leaders should reduce the time families wait for assessments.\n"
        "Area for improvement 2: Leaders should improve the quality of EHC plans.\n\n"
        "AFI\tRef\tAction\tLead\tDue\n"
        "AFI 1: Timely assessment\t1.1\tRecruit four EHC coordinators\tHead of SEND\tMarch 2026\n"
        "AFI 2\t1.2\tAudit twenty EHC plans a month\tHead of SEND\tJune 2026\n",
    )
    assert [(a.action_id, a.theme, a.refs) for a in got["actions"]] == [
        ("1.1", "AFI 1", ["AFI1"]),
        ("1.2", "AFI 2", ["AFI2"]),
    ]
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("AFI1", "1.1", "cited_in_row"),
        ("AFI2", "1.2", "cited_in_row"),
    ]


def test_a_priority_column_citing_an_area_links_each_row_under_it(tmp_path: Path) -> None:
    # "Timeliness (AFI1)" printed once beside its rows: the rows under it answer AFI1, as
    # actions under a heading citing it would; the rows cite nothing themselves
    got = _extracted(
        tmp_path,
        "Eastfield SEND Improvement Plan 2025\n\n"
        "AFI1: Leaders should reduce the time families wait for assessments.\n"
        "AFI2: Leaders should improve the quality of EHC plans.\n\n"
        "Priority\tRef\tAction\tLead\tDue\n"
        "Timeliness (AFI1)\tT1\tRecruit four EHC coordinators\tHead of SEND\tMarch 2026\n"
        "\tT2\tPublish a weekly dashboard\tHead of SEND\tMay 2026\n"
        "Quality (AFI 2)\tQ1\tAudit twenty EHC plans a month\tPrincipal EP\tJune 2026\n",
    )
    assert [(a.action_id, a.objective, a.refs) for a in got["actions"]] == [
        ("T1", "Timeliness (AFI1)", []),
        ("T2", "Timeliness (AFI1)", []),
        ("Q1", "Quality (AFI 2)", []),
    ]
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("AFI1", "T1", "section_heading"),
        ("AFI1", "T2", "section_heading"),
        ("AFI2", "Q1", "section_heading"),
    ]


def test_areas_listed_right_above_a_table_head_none_of_its_actions(tmp_path: Path) -> None:
    # the list is the inspection's summary; the last area in it is no heading over the table,
    # where an area heading its own table, named in the list before, is
    listed = (
        "Eastfield SEND Improvement Plan 2025\n\n"
        "Recommendation 1: Leaders should reduce the time families wait for assessments.\n"
        "Recommendation 2: Leaders should improve the quality of EHC plans.\n\n"
    )
    table = "Ref\tAction\tLead\tDue\n1.1\tRecruit four EHC coordinators\tHead of SEND\tMay 2026\n"
    got = _extracted(tmp_path, listed + table)
    assert [(a.action_id, a.theme) for a in got["actions"]] == [("1.1", None)]
    assert [link for link in got["links"] if link.method == "section_heading"] == []
    got = _extracted(tmp_path, listed + "Recommendation 1: Timely assessment\n" + table)
    assert [(a.action_id, a.theme) for a in got["actions"]] == [("1.1", "Recommendation 1")]
    assert [(link.rec_id, link.method) for link in got["links"]] == [("R1", "section_heading")]


def test_a_row_citing_all_the_areas_links_to_each(tmp_path: Path) -> None:
    # "All AFIs" in the column naming what a row answers: every area for improvement the plan
    # lists (a bare "All" too), each a stated link; areas cited by their plural label
    # ("AFIs 1 and 3") each by number
    got = _extracted(
        tmp_path,
        "Eastfield SEND Improvement Plan 2025\n\n"
        "Area for improvement 1: Leaders should reduce the time families wait for assessments.\n"
        "Area for improvement 2: Leaders should improve the quality of EHC plans.\n"
        "Area for improvement 3: Leaders should improve joint commissioning.\n\n"
        "Ref\tAction\tLead\tDue\tAFI\n"
        "1.1\tPublish a partnership dashboard\tHead of SEND\tMarch 2026\tAll AFIs\n"
        "1.2\tAudit twenty EHC plans a month\tHead of SEND\tJune 2026\tAFIs 1 and 3\n"
        "1.3\tReport to the board each term\tHead of SEND\tJuly 2026\tAll\n",
    )
    assert [(a.action_id, a.refs) for a in got["actions"]] == [
        ("1.1", ["All AFIs"]),
        ("1.2", ["AFI1", "AFI3"]),
        ("1.3", ["All"]),
    ]
    assert sorted(
        (link.target_id, link.rec_id, link.method, link.score) for link in got["links"]
    ) == [
        ("1.1", "AFI1", "cited_in_row", 1.0),
        ("1.1", "AFI2", "cited_in_row", 1.0),
        ("1.1", "AFI3", "cited_in_row", 1.0),
        ("1.2", "AFI1", "cited_in_row", 1.0),
        ("1.2", "AFI3", "cited_in_row", 1.0),
        ("1.3", "AFI1", "cited_in_row", 1.0),
        ("1.3", "AFI2", "cited_in_row", 1.0),
        ("1.3", "AFI3", "cited_in_row", 1.0),
    ]


def test_a_row_citing_all_the_areas_of_a_plan_listing_none_is_reported(tmp_path: Path) -> None:
    got = extract_plan(
        tmp_path,
        "Eastfield SEND Improvement Plan 2025\n\n"
        "Ref\tAction\tLead\tDue\tAFI\n"
        "1.1\tPublish a partnership dashboard\tHead of SEND\tMarch 2026\tAll AFIs\n",
    )
    assert got.records["links"] == []
    assert [(d.code, d.message) for d in got.diagnostics if d.code == "W501"] == [
        ("W501", "action 1.1 cites 'All AFIs', and the plan lists none")
    ]


def extract_plan(tmp_path: Path, text: str) -> Any:
    from planparse.api import extract

    plan = tmp_path / "plan.txt"
    plan.write_text(text)
    return extract(plan)


def test_a_reference_table_of_findings_led_by_their_ids_links_each_to_its_actions() -> None:
    # Beckton: "Inspection finding | Our response | Action refs", each finding led by its id
    # ("AFI1: Leaders have not …"); a finding a page break cut goes on in the next row
    from planparse.assemble.recommendations import reference_tables
    from planparse.layout import Context
    from planparse.tables.find import Row, Table

    context = Context()
    rows = [
        ["AFI1: Leaders have not made sure that EHC plans are issued on", "We will", "1.1, 1.2"],
        ["time", "clear the backlog", ""],
        ["AFI2: Children and young people wait too long for therapies", "We will", "2.1"],
    ]
    header = ["Inspection finding", "Our response", "Action refs"]
    table = Table(header, ["area", None, "link_target"], "reference", context,
                  [Row(r, context, None, i) for i, r in enumerate(rows)])  # fmt: skip
    recs, links = reference_tables("d", [table])
    assert [(r.rec_id, r.text, r.source) for r in recs] == [
        ("AFI1", "Leaders have not made sure that EHC plans are issued on time", "inspection"),
        ("AFI2", "Children and young people wait too long for therapies", "inspection"),
    ]
    assert [(link.rec_id, link.target_id) for link in links] == [
        ("AFI1", "1.1"), ("AFI1", "1.2"), ("AFI2", "2.1")
    ]  # fmt: skip
