"""Section context: which priority heading each block sits under."""

import pytest

from planparse.layout import THEME_RE, blocks_to_contexts, names_section_year
from planparse.read.text import lines_to_blocks
from planparse.tables.find import join_cut_cells


def themes_of(text: str) -> list[str | None]:
    blocks = lines_to_blocks(text.splitlines())
    return [
        c.theme for c, b in zip(blocks_to_contexts(blocks), blocks, strict=True) if b.kind == "row"
    ]


def test_a_priority_heading_wrapped_onto_a_second_line_is_one_theme() -> None:
    # Hull PDF p.23: the heading's last words are printed on the line below it
    themes = themes_of(
        "5. To deliver sustainable services that make a difference to\n"
        "children, young people, and their families.\n"
        "Objective\tAction\tLead\n"
        "Remodel\tThrough a remodelling\tAD\n"
    )
    assert (
        themes
        == [
            "5. To deliver sustainable services that make a difference to children, young people, "
            "and their families."
        ]
        * 2
    )


def test_an_objective_the_plan_does_not_number_is_the_objective_of_the_rows_below() -> None:
    blocks = lines_to_blocks(
        "Priority 2: The front door (Recommendation 2)\n"
        "Objective: Decisions at the front door are timely and recorded.\n"
        "No.\tWhat we will do\tLead\n"
        "2.1\tRecruit two managers\tHead of Service\n"
        "Priority 3: Placements\n"
        "No.\tWhat we will do\tLead\n".splitlines()
    )
    rows = [c for c, b in zip(blocks_to_contexts(blocks), blocks, strict=True) if b.kind == "row"]
    assert [(c.theme, c.objective, c.objective_num) for c in rows] == [
        ("Priority 2", "Decisions at the front door are timely and recorded.", None),
        ("Priority 2", "Decisions at the front door are timely and recorded.", None),
        ("Priority 3", None, None),  # a new priority starts without one
    ]


@pytest.mark.parametrize(
    ("heading", "objective", "num"),
    [
        ("Objective 1: Annual reviews happen on time", "Annual reviews happen on time", "1"),
        ("Objective 2 – Support while waiting (Rec 2)", "Support while waiting (Rec 2)", "2"),
        ("Objective 3 - Co-production", "Co-production", "3"),
        ("Objective 4-5 years olds", None, None),  # no dash setting the name apart
        # numbered in full, its priority's number first (Fulbrook)
        ("Objective 1.2: Health visitors identify needs", "Health visitors identify needs", "1.2"),
    ],
)
def test_a_numbered_objective_heading_set_apart_by_a_colon_or_a_dash(
    heading: str, objective: str | None, num: str | None
) -> None:
    blocks = lines_to_blocks(
        f"{heading}\nNo.\tWhat we will do\tLead\n1\tRecruit\tAD\n".splitlines()
    )
    rows = [c for c, b in zip(blocks_to_contexts(blocks), blocks, strict=True) if b.kind == "row"]
    assert {(c.objective, c.objective_num) for c in rows} == {(objective, num)}


def test_a_complete_heading_is_not_extended_by_the_prose_below() -> None:
    themes = themes_of(
        "6. To have improved transition experiences for our children.\n"
        "This section sets out how.\n"
        "Objective\tAction\tLead\n"
    )
    assert themes == ["6. To have improved transition experiences for our children."]


def test_a_word_cut_at_a_cell_edge_is_joined_when_the_document_prints_it_whole() -> None:
    lexicon = {"identify", "early", "so", "that", "the"}
    cells = ["3. To ident", "ify need early so that", "the right support"]
    assert join_cut_cells(cells, lambda: lexicon) == (
        "3. To identify need early so that the right support"
    )
    # "that" + "the" is no word: two words stay two
    assert join_cut_cells(["so that", "the right"], lambda: lexicon) == "so that the right"


PRIORITY_LIST = (
    "Our strategic priorities\n"
    "- 1. To work towards clear and open lines of communication.\n"
    "- 2. To have improved links and partnership working.\n"
    "Governance\n"
)


def test_a_table_above_the_second_priority_heading_is_under_the_first_listed() -> None:
    # Hull text extract: priority 1's heading above the first table was lost; the plan's list
    # of priorities prints heading 2's words as item 2, and item 1 before it
    themes = themes_of(
        PRIORITY_LIST + "Objective\tAction\tLead\n"
        "Communicate\tAgree timescales\tAD\n"
        "\n"
        "2. To have improved links and partnership working.\n"
        "Objective\tAction\tLead\n"
    )
    first = "1. To work towards clear and open lines of communication."
    assert themes == [first, first, "2. To have improved links and partnership working."]


def test_no_first_priority_is_given_where_the_list_is_not_of_these_headings() -> None:
    themes = themes_of(
        PRIORITY_LIST + "Objective\tAction\tLead\n"
        "\n"
        "2. To reduce waiting times for assessments.\n"  # not item 2's words
        "Objective\tAction\tLead\n"
    )
    assert themes == [None, "2. To reduce waiting times for assessments."]
    # prose between the table and the heading: the table is no part of that section
    themes = themes_of(
        PRIORITY_LIST + "Objective\tAction\tLead\n"
        "This plan is reviewed every term.\n"
        "2. To have improved links and partnership working.\n"
    )
    assert themes == [None]


@pytest.mark.parametrize(
    ("line", "theme"),
    [
        ("Ambition Group 1: Early identification", "Ambition Group 1"),
        ("Priority action 2: Leaders must …", "Priority action 2"),
        ("Area for priority action 1: timeliness of plans", "Area for priority action 1"),
        ("Area of weakness 1: joint commissioning", "Area of weakness 1"),
        ("Outcome 1: Children's needs are identified early", "Outcome 1"),
        ("Strategic aim 3 - Inclusion", "Strategic aim 3"),
        ("Goal two: Preparing for adulthood", "Goal two"),
        ("Our ambition 1: Children's needs are met early", "ambition 1"),  # named "Ambition 1"
        ("Section 1: Assessment and planning", "Section 1"),
        ("Section 2 of the Children and Families Act sets out", None),  # prose citing a law
        ("Priority A: Identification of need", "Priority A"),  # lettered (Quenby)
        ("Outcome A and B are linked", None),  # a letter in prose
        ("Outcomes for children improved", None),
        ("Workstream three", None),  # a highlight report's word; in a plan's prose (Hull)
        # an inspection's area by its id, the number set close (Elmhurst)
        ("AFI1 – Quality of health advice", "AFI1"),
        ("APA2 – Neurodevelopmental waiting times", "APA2"),
        ("AFI1.1 Audit health advice each term", None),  # an action by its id
        ("AFI12b", None),
        # a lettered or numbered workstream heading its actions (Otley), not prose about one
        ("Workstream A – Speech and language therapy", "Workstream A"),
        ("Workstream 2: Health", "Workstream 2"),
        ("Workstream one will bring together the therapies", None),
        # other names plans give their top groupings (Suttonfield)
        ("Improvement area 1: Early help", "Improvement area 1"),
        ("Focus area 2 – Health", "Focus area 2"),
        ("Strand 3: Preparing for adulthood", "Strand 3"),
        ("Pillar of the community", None),
        ("Commitment 3: Listening to families", "Commitment 3"),
        ("Pledge 1: We will listen", "Pledge 1"),
        ("Priority Area 1: Early identification", "Priority Area 1"),
        ("Improvement Priority 2 – Timeliness", "Improvement Priority 2"),
        ("Our commitment to families", None),
    ],
)
def test_theme_headings_of_other_areas(line: str, theme: str | None) -> None:
    m = THEME_RE.match(line)
    assert (m["theme"] if m else None) == theme


@pytest.mark.parametrize(
    ("line", "theme"),
    [
        ("Prlority 1: Timely assessment", "Priority 1"),  # a label a scan misread
        ("Pr1ority 3", "Priority 3"),
        ("Outcorne 2: Families are heard", "Outcome 2"),
        ("Poverty 1 in 4 children", None),  # a word of its own
        ("Table 2 shows the trend", None),
    ],
)
def test_a_heading_label_misread_by_ocr_still_heads_its_section(
    line: str, theme: str | None
) -> None:
    from planparse.layout import Context, update_context

    assert update_context(Context(), line).theme == theme


@pytest.mark.parametrize(
    ("line", "theme", "num"),
    [
        ("PRIORITY ONE – EARLY IDENTIFICATION", "Priority One", "1"),  # a number in words too
        ("AMBITION GROUP 4", "Ambition Group 4", "4"),
        ("AFI 2 – TIMELINESS", "AFI 2", "2"),  # initials stay
        ("APA1 – TIMELINESS", "APA1", "1"),  # an id stays
        ("Priority two: Inclusion", "Priority two", "2"),  # as printed when not in capitals
    ],
)
def test_a_theme_heading_in_capitals_is_named_in_title_case(
    line: str, theme: str, num: str
) -> None:
    from planparse.layout import Context, update_context

    ctx = update_context(Context(), line)
    assert (ctx.theme, ctx.theme_num) == (theme, num)


def test_a_heading_over_the_whole_plan_ends_the_last_priority() -> None:
    # risks and measures printed once after the priorities belong to no priority
    themes = themes_of(
        "Priority 2: Children attend their local school\n"
        "Ref\tKey task\tLead\n"
        "2a\tOpen four resource bases\tHead of SEND\n"
        "Risks\n"
        "Risk\tMitigation\n"
        "Building works overrun\tMonthly capital board\n"
    )
    assert themes == ["Priority 2", "Priority 2", None, None]


@pytest.mark.parametrize(
    "heading", ["Measuring our progress", "Measuring impact", "Monitoring our progress"]
)
def test_headings_over_the_whole_plans_measures_end_the_last_priority(heading: str) -> None:
    # Carnforth: "Measuring our progress" over measures printed once after the priorities
    themes = themes_of(
        "Priority 2: Timely assessment\nRef\tAction\tLead\n2.1\tTriage requests\tHead of SEND\n"
        f"{heading}\nMeasure\tBaseline\tTarget\nPlans on time\t38%\t60%\n"
    )
    assert themes == ["Priority 2", "Priority 2", None, None]


def test_a_heading_printed_under_each_priority_is_the_prioritys_own() -> None:
    # a highlight report's "Risks" under each ambition group (Hillingdon highlight report)
    themes = themes_of(
        "Ambition Group 1\nRisks\nRisk\tMitigation\nAmbition Group 2\nRisks\nRisk\tMitigation\n"
    )
    assert themes == ["Ambition Group 1", "Ambition Group 2"]


def test_a_heading_printed_once_right_under_a_priority_heading_is_the_prioritys_own() -> None:
    # "How we will measure success" printed once, but as the first line under the second
    # priority's heading (the first priority words its own "What success will look like")
    themes = themes_of(
        "Priority 1: Timely assessment\nWhat success will look like\n- Plans on time\n"
        "Ref\tAction\tLead\n1.1\tRecruit staff\tHead of SEND\n\n"
        "Priority 2: Support while families wait\n\nHow we will measure success\n- Waits fall\n"
        "Ref\tAction\tLead\n2.1\tOpen a clinic\tHead of SEND\n"
    )
    assert themes == ["Priority 1", "Priority 1", "Priority 2", "Priority 2"]


@pytest.mark.parametrize(
    ("heading", "names_a_year"),
    [
        ("Year 1 (2025/26)", True),
        ("Year 2: 2026-27", True),
        ("2025/26", True),
        ("Actions for 2025-26", True),
        ("Phase 2 (2026)", True),  # a calendar year after "Phase N"
        ("Year One 2025 to 2026", True),
        ("Ofsted inspection 2023", False),  # a calendar year alone names an event
        ("Priority 1: improve outcomes by 2026", False),
        ("SEND Improvement Plan 2024-2028", False),  # four years, no one year
        ("Delivery milestones Q3 2025/26", False),  # a quarter, finer than a year
        ("Year 1", False),  # no year printed
        (
            "In the first year of this plan, 2025/26, we will train every setting and open the "
            "new hub",
            False,  # prose
        ),
    ],
)
def test_headings_naming_the_year_of_their_section(heading: str, names_a_year: bool) -> None:
    assert names_section_year(heading) is names_a_year


def test_a_years_heading_holds_under_the_priorities_below_it_until_the_next() -> None:
    # "Year 1 (2025/26)" over "Priority 1" and "Priority 2"; a heading over the whole plan's
    # measures ends it, as it ends the last priority
    blocks = lines_to_blocks(
        "Year 1 (2025/26)\nPriority 1: Early help\nRef\tAction\tBy when\n1.1\tTrain\tMarch\n"
        "Priority 2: EHC plans\nRef\tAction\tBy when\n2.1\tAudit\tJuly\n"
        "Year 2 (2026/27)\nPriority 1: Early help\nRef\tAction\tBy when\n1.2\tReview\tMay\n"
        "How we will measure success\nMeasure\tBaseline\nEHC plans on time\t41%\n".splitlines()
    )
    years = [
        (ctx.theme, ctx.year_heading)
        for block, ctx in zip(blocks, blocks_to_contexts(blocks), strict=True)
        if block.kind == "row" and block.cells[0] in ("1.1", "2.1", "1.2", "EHC plans on time")
    ]
    assert years == [
        ("Priority 1", "Year 1 (2025/26)"),
        ("Priority 2", "Year 1 (2025/26)"),
        ("Priority 1", "Year 2 (2026/27)"),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("lines", "lead"),
    [
        (["Priority 1: Early help", "Priority lead: Head of Early Years"], "Head of Early Years"),
        (["Priority 1: Early help", "Lead officer: Principal EP", "SRO: Director of Children's"
          " Services"], "Principal EP"),  # the first named
        (["Workstream lead: Head of SEND"], None),  # under no theme: no theme's lead
        (["Priority 1: Early help", "Lead: Head of SEND", "Priority 2: Adulthood"], None),
    ],
)  # fmt: skip
def test_a_themes_lead_on_a_line_of_its_own(lines: list[str], lead: str | None) -> None:
    # Moorcroft: the lead of a priority's actions that name none
    from planparse.layout import Context, update_context

    ctx = Context()
    for line in lines:
        ctx = update_context(ctx, line)
    assert ctx.lead == lead


@pytest.mark.parametrize(
    ("caption", "theme"),
    [
        ("Table 1: Actions for Priority 1 – Timely assessment", "Priority 1"),
        ("Table 3. Success measures under Ambition 2", "Ambition 2"),
        ("Figure 2: Priority 3 milestones", "Priority 3"),
        ("Table 4: Summary of EHC needs assessments", None),  # names no heading
    ],
)
def test_a_tables_caption_naming_a_priority_heads_it(caption: str, theme: str | None) -> None:
    blocks = lines_to_blocks([caption])
    assert blocks_to_contexts(blocks)[-1].theme == theme
