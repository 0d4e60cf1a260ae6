"""Action forms (tables/forms.py): labelled fields rewritten as the table rows they stand for."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.read.raw import Block
from planparse.read.text import lines_to_blocks
from planparse.tables.forms import form_fields, unfold_forms


def _rows(text: str) -> list[tuple[str, ...]]:
    return [b.cells for b in unfold_forms(lines_to_blocks(text.splitlines())) if b.kind == "row"]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Lead: Head of SEND", [("lead", "Lead", "Head of SEND")]),
        ("Lead officer: Principal EP", [("lead", "Lead officer", "Principal EP")]),
        ("By when: March 2026", [("deadline", "By when", "March 2026")]),
        ("Timescale – by June 2025", [("deadline", "Timescale", "by June 2025")]),
        ("RAG: Green", [("status", "RAG", "Green")]),
        (
            "Measure of success: Fewer tribunals",
            [("impact_measure", "Measure of success", "Fewer tribunals")],
        ),
        ("Action:", [("action", "Action", "")]),
        ("Action 1.1", [("id", "Ref", "1.1")]),
        ("Action 2.3: Train SENCOs", [("id", "Ref", "2.3"), ("action", "Action", "Train SENCOs")]),
        ("Ref: EY 2.3", [("id", "Ref", "EY 2.3")]),
        # headings and prose are no fields
        ("Priority 1: Early identification", []),
        ("Area for improvement 2: Families wait too long", []),
        ("Context: there is clear evidence in research", []),
        ("Our aim is simple: children first", []),
        ("Action 1 day training for all staff", []),
        # an action with its fields beside it, in brackets or after dashes
        (
            "1.1 Roll out the toolkit (Lead: Early Years SEND Manager, Ashcombe Council; "
            "by September 2025)",
            [("id", "Ref", "1.1"), ("action", "Action", "Roll out the toolkit"),
             ("lead", "Lead", "Early Years SEND Manager, Ashcombe Council"),
             ("deadline", "By when", "by September 2025")],
        ),
        (
            "Publish the guide – Owner: Local Offer Manager – Spring term 2026",
            [("action", "Action", "Publish the guide"),
             ("lead", "Owner", "Local Offer Manager"),
             ("deadline", "By when", "Spring term 2026")],
        ),
        (
            "Train health visitors (Lead: Head of Nursing, by March 2026)",
            [("action", "Action", "Train health visitors"), ("lead", "Lead", "Head of Nursing"),
             ("deadline", "By when", "by March 2026")],
        ),
        (
            "Set up an advice line (Owner: DCO; Timescale: Q3 2025/26; RAG: Green)",
            [("action", "Action", "Set up an advice line"), ("lead", "Owner", "DCO"),
             ("deadline", "Timescale", "Q3 2025/26"), ("status", "RAG", "Green")],
        ),
        # fields printed on one line, each with its label; a piece without one is the value's
        (
            "Lead: Head of SEND | Deadline: June 2025 | RAG: Green",
            [("lead", "Lead", "Head of SEND"), ("deadline", "Deadline", "June 2025"),
             ("status", "RAG", "Green")],
        ),
        (
            "Lead: Head of SEND – Deadline: June 2025",
            [("lead", "Lead", "Head of SEND"), ("deadline", "Deadline", "June 2025")],
        ),
        (
            "Lead: Local Offer Manager; Brampton Parent Carer Forum",
            [("lead", "Lead", "Local Offer Manager; Brampton Parent Carer Forum")],
        ),
        # brackets naming no lead are the action's own words
        ("Agree a charter with heads (see the draft: Appendix B)", []),
        ("Publish the guide (by March 2026)", []),
        # a lead and a date with no labels, after the action's id: in brackets or after
        # dashes, the date last or first
        (
            "1.1 Introduce a single front door (Early Years SEND Manager, Ravensby Council, "
            "Term 2 2025/26)",
            [("id", "Ref", "1.1"), ("action", "Action", "Introduce a single front door"),
             ("lead", "Lead", "Early Years SEND Manager, Ravensby Council"),
             ("deadline", "By when", "Term 2 2025/26")],
        ),
        (
            "1.2 Recruit two psychologists – Principal Educational Psychologist – by April 2026",
            [("id", "Ref", "1.2"), ("action", "Action", "Recruit two psychologists"),
             ("lead", "Lead", "Principal Educational Psychologist"),
             ("deadline", "By when", "by April 2026")],
        ),
        (
            "1.5 Agree a joint pathway (Term 1 2026/27; Head of SEND Commissioning)",
            [("id", "Ref", "1.5"), ("action", "Action", "Agree a joint pathway"),
             ("lead", "Lead", "Head of SEND Commissioning"),
             ("deadline", "By when", "Term 1 2026/27")],
        ),
        (
            "3.1 Relaunch the website with families (Local Offer Manager – Ongoing)",
            [("id", "Ref", "3.1"), ("action", "Action", "Relaunch the website with families"),
             ("lead", "Lead", "Local Offer Manager"), ("deadline", "By when", "Ongoing")],
        ),
        # a field after a sentence, its label opening the next
        (
            "Risk: Agency contracts end in December. Mitigation: Posts out to advert.",
            [("issue", "Risk", "Agency contracts end in December."),
             ("mitigation", "Mitigation", "Posts out to advert.")],
        ),
        # a label that names no field stays in the value
        ("Risk: Contracts end. Example: posts are out to advert.",
         [("issue", "Risk", "Contracts end. Example: posts are out to advert.")]),
        # no labels and no role: a citation, prose, or no date
        ("1. Leaders should improve EHC plans (Ofsted and CQC, 2023)", []),
        ("1.2 Improve attendance (see page 5, March 2026)", []),
        ("1.3 Improve attendance (Head of Inclusion, see page 5)", []),
        ("Improve attendance (Head of Inclusion, March 2026)", []),  # no id
        ("2.2 Publish the guide – a first step – by July 2026", []),
        # the fields as sentences after the action's (Morpeth), their full stops no part
        ("1.1 Recruit locums. Lead: Principal EP. Due: April 2025. Status: Complete.",
         [("id", "Ref", "1.1"), ("action", "Action", "Recruit locums."),
          ("lead", "Lead", "Principal EP"), ("deadline", "Due", "April 2025"),
          ("status", "Status", "Complete")]),
        # sentences with no lead among their labels: prose, no action
        ("The panel met twice. Outcome: two plans agreed. Note: see page 4.", []),
        # a markdown form's fields listed as bold-labelled bullets (Ledbury); a bullet of
        # prose opening with another label is no field
        ("- **Lead:** Head of SEND", [("lead", "Lead", "Head of SEND")]),
        ("- **Due:** October 2025", [("deadline", "Due", "October 2025")]),
        ("• RAG: Green", [("status", "RAG", "Green")]),
        ("• Risk: agency contracts end in December", []),
        # a bullet with no id, its lead and date after dashes (Appleby); prose is none
        ("• Recruit three EHC coordinators – Head of SEND – October 2025",
         [("action", "Action", "Recruit three EHC coordinators"),
          ("lead", "Lead", "Head of SEND"), ("deadline", "By when", "October 2025")]),
        ("• Families told us – loudly – in 2025", []),
        ("• Introduce a weekly panel (SEND Manager, by December 2025)",
         [("action", "Action", "Introduce a weekly panel"), ("lead", "Lead", "SEND Manager"),
          ("deadline", "By when", "by December 2025")]),
        ("• Families told us they wait too long (Ofsted, 2023)", []),
    ],
)  # fmt: skip
def test_form_fields_of_a_line(line: str, fields: list[tuple[str, str, str]]) -> None:
    (block,) = lines_to_blocks([line])
    assert [(f.role, f.label, f.value) for f in form_fields(block)] == fields


def test_a_two_cell_row_with_a_label_is_a_field_and_a_header_is_not() -> None:
    assert [f.role for f in form_fields(Block("row", cells=("Lead", "Head of SEND")))] == ["lead"]
    assert form_fields(Block("row", cells=("Action", "Lead"))) == []  # a header of two names
    assert form_fields(Block("row", cells=("1.1", "Train SENCOs"))) == []


def test_forms_one_after_another_become_a_table() -> None:
    rows = _rows(
        "Action 1.1\nAction: Publish a dashboard\nLead: Head of Performance\nTimescale: May 2025\n"
        "\n"
        "Action 1.2\nAction: Refresh the JSNA\nTimescale: March 2026\nLead: Public Health\n"
    )
    assert rows == [
        ("Ref", "Action", "Lead", "Timescale"),
        ("1.1", "Publish a dashboard", "Head of Performance", "May 2025"),
        ("1.2", "Refresh the JSNA", "Public Health", "March 2026"),  # fields in any order
    ]


def test_a_field_repeated_opens_the_next_form_when_no_id_line_does() -> None:
    rows = _rows(
        "Action: Publish a dashboard\nLead: Head of Performance\n"
        "Action: Refresh the JSNA\nLead: Public Health\n"
    )
    assert rows[1:] == [
        ("Publish a dashboard", "Head of Performance"),
        ("Refresh the JSNA", "Public Health"),
    ]


def test_a_value_listed_over_lines_stays_with_its_label() -> None:
    rows = _rows(
        "Action 3\nAction:\n• Train SENCOs\n• Publish a digest\nwith termly data\n"
        "Lead: SEND Manager\nDeadline: Termly"
    )
    assert rows[1] == (
        "3",
        "• Train SENCOs • Publish a digest with termly data",
        "SEND Manager",
        "Termly",
    )


def test_a_form_cut_by_a_page_break_repeats_its_id_and_goes_on() -> None:
    blocks = [
        Block("row", cells=("Ref", "2.1")),
        Block("row", cells=("Action", "Commission capacity")),
        Block("row", cells=("Ref", "2.1"), table_break=True),
        Block("row", cells=("Lead", "Head of Commissioning")),
    ]
    rows = [b.cells for b in unfold_forms(blocks)]
    assert rows == [
        ("Ref", "Action", "Lead"),
        ("2.1", "Commission capacity", "Head of Commissioning"),
    ]


def test_a_field_cut_by_a_page_break_goes_on_beside_the_repeated_id() -> None:
    # a borderless form sets the cut field's last line beside its repeated first row
    blocks = [
        Block("row", cells=("Ref", "2.1"), page=6),
        Block("row", cells=("Action", "Commission capacity"), page=6),
        Block("row", cells=("Lead", "Director of Commissioning,"), page=6),
        Block("row", cells=("Ref", "2.1 NHS Kingsmere ICB"), page=7),
        Block("row", cells=("Timescale", "Q3 2025/26"), page=7),
        Block("row", cells=("Ref", "2.2 Offer support"), page=7),  # same page: a new form
        Block("row", cells=("Action", "Offer waiting well support"), page=7),
    ]
    rows = [b.cells for b in unfold_forms(blocks)]
    assert rows == [
        ("Ref", "Action", "Lead", "Timescale"),
        (
            "2.1",
            "Commission capacity",
            "Director of Commissioning, NHS Kingsmere ICB",
            "Q3 2025/26",
        ),
        ("2.2 Offer support", "Offer waiting well support", "", ""),
    ]


def test_a_value_cut_onto_a_row_with_an_empty_label_goes_on() -> None:
    # a ruled form cut by a page break: the cut lead's rest in a row of its own, its label
    # cell empty, under the repeated first row
    blocks = [
        Block("row", cells=("Ref", "2.2"), page=5),
        Block("row", cells=("Action", "Offer waiting well support"), page=5),
        Block("row", cells=("Lead", "Designated"), page=5),
        Block("row", cells=("Ref", "2.2"), page=6, table_break=True),
        Block("row", cells=("", "Clinical Officer"), page=6),
        Block("row", cells=("Timescale", "Spring term 2026"), page=6),
    ]
    rows = [b.cells for b in unfold_forms(blocks)]
    assert rows == [
        ("Ref", "Action", "Lead", "Timescale"),
        ("2.2", "Offer waiting well support", "Designated Clinical Officer", "Spring term 2026"),
    ]


def test_prose_after_the_last_field_is_left_as_prose() -> None:
    blocks = unfold_forms(
        lines_to_blocks(
            [
                "Action: Publish a dashboard",
                "Lead: Head of Performance",
                "Timescale: May 2025",
                "",
                "Progress is reported to the board.",
            ]
        )
    )
    assert [b.kind for b in blocks if b.kind != "blank"] == ["row", "row", "line"]
    assert blocks[-1].text == "Progress is reported to the board."


@pytest.mark.parametrize(
    "text",
    [
        # a cover's facts: no action, risk or measure among them
        "Date: January 2026\nStatus: Draft\nVersion: 3",
        # one field alone in prose
        "The plan was agreed in May.\nLead: Director of Children's Services\nIt is reviewed.",
        # a form of two fields only
        "Action: Publish a dashboard\nLead: Head of Performance",
    ],
)
def test_what_is_no_action_table_is_left_alone(text: str) -> None:
    blocks = lines_to_blocks(text.splitlines())
    assert unfold_forms(blocks) == blocks


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["Action 1.1", "Action:", "Lead: X", "RAG: Green", "", "• a", "Ref: 2"]
            ),
            st.text(max_size=40),
        ),
        max_size=30,
    )
)
def test_junk_lines_never_break_the_rewrite(lines: list[str]) -> None:
    blocks = lines_to_blocks(lines)
    out = unfold_forms(blocks)
    # the lines kept are the input's, in order, none twice; the rest became table rows
    kept = iter(b for b in blocks if b.kind == "line")
    assert all(any(line is b for b in kept) for line in out if line.kind == "line")
    assert all(b.kind in {"line", "row", "blank"} for b in out)


def test_partners_and_a_review_date_are_fields_of_their_own() -> None:
    # not the rest of the lead or of the deadline above them
    rows = _rows(
        "Action 1.1\nAction: Publish a dashboard\nLead: Head of Performance\n"
        "Supporting partners: NHS Kingsmere ICB\nTimescale: May 2025\n"
        "Review date: December 2025\n"
    )
    assert rows == [
        ("Ref", "Action", "Lead", "Supporting partners", "Timescale", "Review date"),
        ("1.1", "Publish a dashboard", "Head of Performance", "NHS Kingsmere ICB", "May 2025",
         "December 2025"),
    ]  # fmt: skip


def test_a_list_of_actions_with_their_fields_beside_them_is_a_table() -> None:
    # an action of the list that prints no lead or date is a row all the same, its lead
    # empty rather than the one above's
    rows = _rows(
        "• 2.1 Open two resourced provisions (Lead: Head of Place Planning; by Sept 2026)\n"
        "• 2.2 Publish a guide (Lead: Local Offer Manager; Spring term 2026)\n"
        "• 2.3 Agree a charter with every head teacher\n"
        "• 3.1 Something else entirely\n"
    )
    assert rows == [
        ("Ref", "Action", "Lead", "By when"),
        ("2.1", "Open two resourced provisions", "Head of Place Planning", "by Sept 2026"),
        ("2.2", "Publish a guide", "Local Offer Manager", "Spring term 2026"),
        ("2.3", "Agree a charter with every head teacher", "", ""),
    ]


def test_a_heading_over_the_risks_ends_the_form_above() -> None:
    # "Risks and issues" heads the risks: it is no rest of the workstream's progress, and the
    # risks are forms of their own, not fields of the workstream's (in a PDF as in a text,
    # with no blank line to tell it)
    rows = _rows(
        "Lead: Head of Inclusion\nRAG: Green\nProgress this month:\n"
        "• Inclusion charter signed by 61 of 74 schools.\nRisks and issues\n"
        "Risk: Agency contracts end in December. Mitigation: Posts out to advert.\n"
        "Issue: Health advice is late. Mitigation: Escalated to the ICB Chief Nurse.\n"
    )
    assert rows == [
        ("Risk", "Mitigation"),
        ("Agency contracts end in December.", "Posts out to advert."),
        ("Health advice is late.", "Escalated to the ICB Chief Nurse."),
    ]


def test_one_risk_and_its_mitigation_is_a_table_of_one_row() -> None:
    # Abbotsley: a single labelled risk; one form of two fields is a table only so, a risk
    # and its mitigation, not any two labelled lines ("Lead: …", "RAG: …")
    text = "Risks and issues\nRisk: Agency staff leave. Mitigation: Retention payments.\n"
    assert _rows(text) == [
        ("Risk", "Mitigation"), ("Agency staff leave.", "Retention payments.")
    ]  # fmt: skip
    assert _rows("Lead: Head of Inclusion\nRAG: Green\n") == []


def test_measure_forms_with_periods_in_their_labels_become_grids() -> None:
    # Glenmoor: "KPI 1: …" over "Baseline (2024/25): 41%" and "Target 2025/26: 60%"; each
    # figure's label names its period, so two targets are two columns of one form, and a
    # measure whose figures name other periods is a grid of its own
    text = (
        "KPI 1: EHC plans issued within 20 weeks\nBaseline (2024/25): 41%\n"
        "Target 2025/26: 60%\nTarget 2026/27: 75%\nData source: SEN2 return\n\n"
        "Measure 2: Average wait for an assessment\nBaseline (March 2025): 58 weeks\n"
        "Target March 2026: 40 weeks\n"
    )
    assert _rows(text) == [
        ("Ref", "Measure", "Baseline (2024/25)", "Target 2025/26", "Target 2026/27", "Data source"),
        ("KPI 1", "EHC plans issued within 20 weeks", "41%", "60%", "75%", "SEN2 return"),
        ("Measure", "Baseline (March 2025)", "Target March 2026"),
        ("Average wait for an assessment", "58 weeks", "40 weeks"),
    ]


@pytest.mark.parametrize(
    "line",
    ["Priority 1: Early help", "Area for improvement 2: Transitions", "Action 2025: review"],
)
def test_a_numbered_label_naming_no_figures_period_is_no_field(line: str) -> None:
    (block,) = lines_to_blocks([line])
    assert [f.role for f in form_fields(block)] == []


def test_a_line_over_a_numbered_measure_is_no_rest_of_the_action_above() -> None:
    # Carnforth: "Timescale: Monthly from October 2025", then a heading, then "Measure 1: …";
    # a numbered measure opens a form of its own, as an "Action 2.1" line does, so the
    # heading between is not the rest of the deadline (was: "Monthly from October 2025 What
    # success looks like")
    text = (
        "Action 2.2\nWhat we will do: Report the rate monthly\nLead: Head of Performance\n"
        "Timescale: Monthly from October 2025\n\nWhat success looks like\n\n"
        "Measure 1: EHC plans issued within 20 weeks\nBaseline: 38%\nTarget: 60%\n"
    )
    assert _rows(text)[:2] == [
        ("Ref", "What we will do", "Lead", "Timescale"),
        ("2.2", "Report the rate monthly", "Head of Performance", "Monthly from October 2025"),
    ]


def test_a_line_opening_with_an_id_over_labelled_fields_is_the_forms_id_and_action() -> None:
    # Otley: "A1  Commission …" over indented "Lead: …", "Target date: …"; before, the
    # fields named no action and the plan gave nothing (W201)
    text = (
        "A1  Commission an integrated SALT service\n    Lead: Head of Commissioning\n"
        "    Target date: April 2026\nA2  Publish the SALT offer\n    Lead: Local Offer Manager\n"
        "    Target date: October 2025\n"
    )
    assert _rows(text) == [
        ("Ref", "Action", "Lead", "Target date"),
        ("A1", "Commission an integrated SALT service", "Head of Commissioning", "April 2026"),
        ("A2", "Publish the SALT offer", "Local Offer Manager", "October 2025"),
    ]


def test_a_line_opening_with_an_id_over_no_fields_stays_as_printed() -> None:
    blocks = lines_to_blocks(["1.1 Recruit two coordinators", "", "Our approach is simple."])
    assert unfold_forms(blocks) == blocks
