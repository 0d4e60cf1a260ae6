"""Logical rows from small synthetic tables, one per layout trait."""

import pytest

from planparse.layout import Context, blocks_to_contexts
from planparse.read.text import lines_to_blocks
from planparse.tables.find import blocks_to_tables
from planparse.tables.rows import table_to_rows


def rows_of(text: str) -> list[dict[str, str]]:
    blocks = lines_to_blocks(text.splitlines())
    tables = blocks_to_tables(blocks, [Context()] * len(blocks))
    return [r.values for t in tables for r in table_to_rows(t)]


def test_line_without_id_continues_row_above() -> None:
    rows = rows_of(
        "\tKey Areas\tActions\tLead role & organisation\n"
        "1.1.1\tArea\tDo a thing\tAD of SEND LBH\n"
        "\t\t→ more of it by May 2025\t\n"
        "1.1.2\t\tAnother\tPEP\n"
    )
    assert [r["id"] for r in rows] == ["1.1.1", "1.1.2"]
    assert rows[0]["action"] == "Do a thing → more of it by May 2025"


def test_lead_printed_once_applies_below_and_cut_lead_is_joined() -> None:
    rows = rows_of(
        "Areas for Improvement\t\tActions\tLead\tTimeframe\n"
        "3.2 Oversight\t3.2.1\tMonitor\tService Manager – Education, Inclusion and\tFebruary 2025\n"
        "\t3.2.2\tIdentify trends\tParticipation\tApril 2025\n"
        "\t3.2.3\tShare practice\t\tSeptember 2025\n"
    )
    leads = {r["id"]: r["lead"] for r in rows}
    assert set(leads.values()) == {"Service Manager – Education, Inclusion and Participation"}
    assert rows[2]["area"] == "3.2 Oversight"


def test_an_accountable_lead_printed_once_applies_below_beside_each_rows_own() -> None:
    # "Responsible | Accountable": the accountable post printed once for the area's rows
    rows = rows_of(
        "No.\tAction\tResponsible\tAccountable\tTimescale\n"
        "1.1\tReview the offer\tHead of SEND\tDirector of Education\tMay 2025\n"
        "1.2\tPublish the offer\tLocal Offer Officer\t\tJune 2025\n"
        "1.3\tTrain SENCOs\tSENCO Network Lead\tAssistant Director\tMarch 2026\n"
    )
    assert [(r["id"], r["lead"]) for r in rows] == [
        ("1.1", "Head of SEND; Director of Education"),
        ("1.2", "Local Offer Officer; Director of Education"),
        ("1.3", "SENCO Network Lead; Assistant Director"),
    ]


def test_the_rest_of_a_lead_goes_on_the_row_that_printed_it_not_on_a_twin_above() -> None:
    # Ashdown as a PDF with short pages: 5.1 and 5.2 each print "Head of Service, …"; the
    # rest of 5.2's lead is cut onto the next page, and 5.1 keeps its own
    rows = rows_of(
        "No.\tWhat we will do\tAccountable lead\tFinish\n"
        "5.1\tCommission interviews\tHead of Service, Exploitation and Missing\tSep 2025\n"
        "5.2\tQuarterly report\tHead of Service, Exploitation and Missing\tJan 2026\n"
        "\t\t/ Detective Sergeant, Ashdown Police\t\n"
    )
    assert [(r["id"], r["lead"]) for r in rows] == [
        ("5.1", "Head of Service, Exploitation and Missing"),
        ("5.2", "Head of Service, Exploitation and Missing / Detective Sergeant, Ashdown Police"),
    ]


def test_dates_under_an_unnamed_header_are_a_deadline_not_a_group_carried_down() -> None:
    # "Go-live" names no role; its dates are long enough to look like a grouping printed
    # once, which would carry M1's date onto M2, whose cell is empty
    rows = rows_of(
        "Ref\tMilestone\tOwner\tGo-live\tStatus\n"
        "M1\tEHCP hub fully staffed\tHead of SEND\t31 August 2025\tComplete\n"
        "M2\tPathway published\tPfA Lead\t\tOn track\n"
    )
    assert [(r["id"], r.get("deadline"), r.get("group")) for r in rows] == [
        ("M1", "31 August 2025", None),
        ("M2", None, None),
    ]


def test_deadlines_of_any_kind_under_an_unnamed_header_are_a_deadline() -> None:
    # "Complete by" names no role; its cells are deadlines, most dated and one recurring,
    # and a PDF wraps one over two lines: still a deadline, never an objective carried down
    rows = rows_of(
        "Ref\tAction\tLead officer\tComplete by\tStatus\n"
        "1.1\tSet up a panel\tHead of Inclusion\tBy half term (Oct\tComplete\n"
        "\t\t\t2025)\t\n"
        "1.2\tAudit plans\tHead of SEND\tHalf-termly\tOn track\n"
        "1.3\tTrain SENCOs\tPrincipal EP\t31/03/2026\tOn track\n"
    )
    assert [(r["id"], r.get("deadline"), r.get("group")) for r in rows] == [
        ("1.1", "By half term (Oct 2025)", None),
        ("1.2", "Half-termly", None),
        ("1.3", "31/03/2026", None),
    ]


@pytest.mark.parametrize(
    ("cells", "status"),
    [
        # how the work went: a commentary, no status
        (["Form in use since October", "Eight reviews completed"], [None, None]),
        # a rating, worded or in colours: a status
        (["On track", "Amber – delayed to June"], ["On track", "Amber – delayed to June"]),
        (["Complete", "Two hubs open"], ["Complete", "Two hubs open"]),  # half rated
        (["A", "G/A"], ["A", "G/A"]),  # RAG letters
        # an article opening the progress is no RAG letter
        (["A draft is with the board", "A panel met twice"], [None, None]),
        # symbols a key names (Hexham): a rating
        (["✔", "▲"], ["✔", "▲"]),
    ],
)
def test_a_progress_column_telling_how_the_work_went_is_no_status(
    cells: list[str], status: list[str | None]
) -> None:
    rows = rows_of(
        "Ref\tAction\tResponsible lead\tTarget date\tProgress\n"
        f"1.1\tIntroduce a single form\tHead of SEND\t30/11/2025\t{cells[0]}\n"
        f"1.2\tReduce the backlog\tHead of SEND\t31/03/2026\t{cells[1]}\n"
    )
    assert [r.get("status") for r in rows] == status


def test_repeated_header_after_page_break_continues_table() -> None:
    text = "Action\tIssues\tMitigation\nA\tB\tC\n\nAction\tIssues\tMitigation\nD\tE\tF\n"
    blocks = lines_to_blocks(text.splitlines())
    tables = blocks_to_tables(blocks, [Context()] * len(blocks))
    assert len(tables) == 1 and tables[0].continued == 1 and len(tables[0].rows) == 2


def test_short_row_padded_where_merged_cell_was() -> None:
    rows = rows_of(
        "Objective\tAction\tStrategic Lead\tStart Date\tDue Date\tStatus\n"
        "Goal\tFirst\tHead of X\tFeb-23\tNov-23\tOn track\n"
        "Second action\tHead of Y\tMay- 24\tNov-24\tNot due yet\n"
    )
    assert rows[1]["action"] == "Second action"
    assert rows[1]["deadline"] == "Nov-24"
    assert rows[1]["objective"] == "Goal"


def test_lost_id_inside_a_sequence_is_inferred() -> None:
    # Hounslow 1.1.2: the converter dropped the id cell; the row has its own deadline
    rows = rows_of(
        "Areas for Improve\tement\t\tActions\tLead\tTimeframe\n"
        "1.0 Leaders across the partnership need\t<b>1.1</b> Developing co-\t1.1.1\t"
        "Restructure of LLSE.\tProfessional Lead for Wellbeing and Learner\tApril 2025\n"
        "to develop and implement a more effective strategy:\t\t<ul> <li>Establish a plan</li>"
        "</ul>\tVoice\tMay 2025\t\n"
        "\t\t1.1.3\tImplement and embed approach.\t\tSeptember 2025\n"
    )
    assert [r["id"] for r in rows] == ["1.1.1", "1.1.2", "1.1.3"]
    assert rows[1]["deadline"] == "May 2025" and rows[0]["deadline"] == "April 2025"
    # "Voice" names no role: it is the wrapped end of the lead above, not a lead of its own
    assert {r["lead"] for r in rows} == {"Professional Lead for Wellbeing and Learner Voice"}
    assert rows[0]["area"].endswith("to develop and implement a more effective strategy:")


def test_gap_id_fills_only_a_gap_of_one() -> None:
    from planparse.tables.rows import gap_id

    assert gap_id("1.1.1", "1.1.3") == "1.1.2"
    assert gap_id("3.3.1", "3.3.3") == "3.3.2"
    assert gap_id("1.1.1", "1.1.2") is None
    assert gap_id("1.1.1", "1.1.4") is None
    assert gap_id("1.1.9", "1.2.1") is None
    assert gap_id(None, "1.1.3") is None


def test_row_pasted_whole_into_the_id_cell_is_dropped() -> None:
    # Hillingdon: 4.2.4's whole row printed in the id cell of 4.2.3's line
    rows = rows_of(
        "\tKey Areas\tActions (with timeliness)\tLead role & organisation\n"
        "4.2.2\tonwards and YP\tThe Partnership will review transition panel.\tDCO\n"
        "4.2.4 Young People will have access to an assessment by November 2025\t4.2.3\t\t"
        "The Partnership will work with CYP.\tSEND Education Advisor\n"
        "\t4.2.4\tan assessment for Learning Disability\t → To undertake a mapping exercise\t\n"
    )
    assert [r["id"] for r in rows] == ["4.2.2", "4.2.3", "4.2.4"]
    assert rows[1]["action"] == "The Partnership will work with CYP."
    assert rows[1]["lead"] == "SEND Education Advisor"


def test_unnumbered_key_area_with_its_own_lead_is_a_row() -> None:
    # Hillingdon objective 1.5: a second key area, action and lead printed without an id
    rows = rows_of(
        "\tKey Areas\tActions (with timeliness)\tLead role & organisation\n"
        "1.5.1\tAll CYP with SEND have SMART outcomes.\tThe Partnership will monitor.\tDCO\n"
        "Monitor the outcomes of amended EHCPs.\tAll agencies will work on outcomes.\t"
        "Borough Director NWL ICB\n"
        "\t\tAD of SEND & Inclusion LBH\n"
    )
    assert [r.get("id") for r in rows] == ["1.5.1", None]
    assert rows[1]["lead"] == "Borough Director NWL ICB AD of SEND & Inclusion LBH"
    assert rows[1]["action"] == "All agencies will work on outcomes."


def test_milestone_line_stays_in_the_action_column() -> None:
    rows = rows_of(
        "\tKey Areas\tActions (with timeliness)\tLead role & organisation\n"
        "1.3.1\tICB will align resourcing.\tPre-assessment and 'waiting well'.\tMHLDA NWL ICB\n"
        "\t\t→ ICB will launch a procurement exercise in November 2024\t\n"
    )
    assert rows[0]["lead"] == "MHLDA NWL ICB"
    assert rows[0]["action"].endswith("procurement exercise in November 2024")


def test_letters_left_by_clipped_text_are_not_carried() -> None:
    rows = rows_of(
        "Areas for Improvement\t\tActions\tLead\tTimeframe\n"
        "5.0 Leaders in health need to ensure that they:\t5.1.1\tFund assessments.\tICB\tMay 2025\n"
        "pa yo ha le\t5.2.1\tComplete a review.\tLA\tJune 2025\n"
    )
    assert rows[1]["area"] == "5.0 Leaders in health need to ensure that they:"


def test_a_lead_of_initials_is_the_rows_own_lead() -> None:
    # capitals are initials or a body's short name, never clipped letters: the lead above
    # must not carry into the row
    rows = rows_of(
        "No.\tAction\tResponsible Officer\tTarget Date\n"
        "2a\tLaunch practice model training\tPractice Development Manager\tJuly 2025\n"
        "2b\tReduce caseloads to 18\tJS / AB\t31/03/2026\n"
        "2c\tRefresh the QA framework\tLA\t31/03/2026\n"
    )
    assert [r["lead"] for r in rows] == ["Practice Development Manager", "JS / AB", "LA"]


def test_initials_under_initials_are_the_rows_own_lead() -> None:
    # Ingleby: "JB" then "KM", each the lead of its own row (was "JB KM" for both, the
    # second read as the wrapped end of the first)
    rows = rows_of(
        "Ref\tAction\tLead\tBy\n"
        "1.1\tRecruit two EHC coordinators\tJB\tOct 2025\n"
        "1.2\tAgree health advice timescales\tKM\tNov 2025\n"
        "1.3\tReview the EP advice template\tRP / PCF\tJan 2026\n"
    )
    assert [(r["lead"], r["deadline"]) for r in rows] == [
        ("JB", "Oct 2025"), ("KM", "Nov 2025"), ("RP / PCF", "Jan 2026")
    ]  # fmt: skip


def test_columns_sharing_a_role_are_joined_column_by_column() -> None:
    # "Action | Milestones" both hold the action; wrapped over two lines, each column's
    # lines go together before the columns do, rather than line by line
    rows = rows_of(
        "Ref\tAction\tMilestones\tResponsible\tTimescale\n"
        "2.1\tClear the ND\tAdditional clinics\tND Pathway Lead\tSept 2025\n"
        "\twaiting list\tfrom April 2025\t\t\n"
    )
    assert rows[0]["action"] == "Clear the ND waiting list Additional clinics from April 2025"


def test_heading_left_in_a_row_ends_the_table_and_wrapped_header_is_folded() -> None:
    text = (
        "\tKey Areas\tActions (with timeliness)\tLead role &\n"
        "\t\t\torganisation\n"
        "3.3.1\tReviewing provision.\tThe Partnership will ensure needs are met.\tAD of SEND LBH\n"
        "\t\tAmbition Group 3 Objective 4: Develop a SEND school outreach offer\t\n"
        "\tKey Areas\tActions (with timeliness)\tLead role & organisation\n"
        "3.4.1\tCreating a new SEND outreach model.\tThe Partnership will create outreach.\t"
        "SEND Education Advisor LBH\n"
    )
    blocks = lines_to_blocks(text.splitlines())
    tables = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    rows = [r.values for t in tables for r in table_to_rows(t)]
    assert len(tables) == 2
    assert [r["lead"] for r in rows] == ["AD of SEND LBH", "SEND Education Advisor LBH"]


def test_table_whose_header_was_lost_takes_the_roles_above() -> None:
    # Hillingdon 5.5: the header ran into the objective heading above the table
    text = (
        "\tKey Areas\tActions (with timeliness)\tLead role & organisation\n"
        "5.4.1\tA working DPS.\tThe Partnership will review providers.\tAD Education LBH\n"
        "Objective 5: Reduce the number of children requiring tuition\n"
        "5.5.1\tReduced reliance on Home Tuition.\tThe Partnership will widen AP.\t"
        "AD Education LBH\n"
    )
    blocks = lines_to_blocks(text.splitlines())
    tables = blocks_to_tables(blocks, [Context()] * len(blocks))
    assert [t.kind for t in tables] == ["action", "action"]
    assert table_to_rows(tables[1])[0].values["id"] == "5.5.1"


# Hounslow text l.244-251, shortened: the converter split the header ("Areas for Improve",
# "ement") and printed sub-area 3.1's id ("3.1.") on 3.1.3's line, its words on 3.1.1's.
HOUNSLOW_HEADER = "Areas for Improve\tement\t\tActions\tLead\tTimeframe\t\n"


def test_group_id_printed_apart_below_its_words_names_the_group() -> None:
    rows = rows_of(
        HOUNSLOW_HEADER + "3.0 Leaders across the partnership need to ensure:\tpanel and its "
        "role in supporting inclusion\t3.1.1\tGather data\tService Manager\tApril 2025\n"
        "\t\t3.1.2\tEnsure fair access panel has oversight\t\tMay 2025\n"
        "\t3.1.\t3.1.3\tStart to hold reviews\t\tSeptember 2025\n"
    )
    groups = {r["id"]: r.get("group") for r in rows}
    assert groups == dict.fromkeys(
        ["3.1.1", "3.1.2", "3.1.3"], "3.1 panel and its role in supporting inclusion"
    )


def test_group_id_repeated_under_a_group_that_has_one_changes_nothing() -> None:
    rows = rows_of(
        HOUNSLOW_HEADER + "2.0 Leaders:\t<b>2.1</b> Ensuring plans are prioritised.\t2.1.1\t"
        "Enhance reporting\tSM\tFebruary 2025\n"
        "\t2.1.\t2.1.2\tMonitor team performance\t\tFebruary 2025\n"
    )
    assert {r.get("group") for r in rows} == {"2.1 Ensuring plans are prioritised."}


HULL_HEADER = (
    "What do we want to achieve\tWhat we will do\tStrategic Lead\tStart Date\tDue Date"
    "\tSEF/DBV /AFI (no)\tStatus (RAGP)\n"
)


def test_a_row_whose_first_letters_were_clipped_is_a_row_of_its_own() -> None:
    # Hull text l.159-160: the converter cut the action cell's left edge into the first column
    rows = rows_of(
        HULL_HEADER + "Strengthen the Graduated Approach to SEND\tImplement a training offer.\t"
        "Assistant Director Learning and Skills\tFeb-23\tJan-24\tAFI4\tOn track\n"
        "comp Comp Educ (CCE cogni needs\tort SENCOs to lete Certificate of betence\t"
        "Assistant Director Learning and Skills.\tFeb-23\tApr-24\tAFI4\tOn track\n"
        "\tso that needs are identified.\t\t\t\t\t\n"
    )
    assert [r["deadline"] for r in rows] == ["Jan-24", "Apr-24"]
    # the clipped letters are no objective: the one printed above carries on
    assert {r["objective"] for r in rows} == {"Strengthen the Graduated Approach to SEND"}
    assert (
        rows[1]["action"]
        == "ort SENCOs to lete Certificate of betence so that needs are identified."
    )


def test_a_line_holding_two_fused_rows_is_split() -> None:
    # Hull text l.206: two printed rows fused cell by cell ("Feb-23 Feb-23", "Jan-23 Sep-24")
    rows = rows_of(
        HULL_HEADER
        + "Remodel SEND outreach services\tEnsure service KPIs promote capacity building as well "
        "as direct work To develop a commissioning framework to reduce the\t"
        "Assistant Director Learning and Skills. Assistant Director Learning and\t"
        "Feb-23 Feb-23\tJan-23 Sep-24\tSEF/DBV SEF/DBV\tOn track no concerns On track no concerns\n"
        "\tneed for spot commissioning.\tSkills.\t\t\t\t\n"
    )
    assert [(r["start"], r["deadline"], r["refs"]) for r in rows] == [
        ("Feb-23", "Jan-23", "SEF/DBV"),
        ("Feb-23", "Sep-24", "SEF/DBV"),
    ]
    assert (
        rows[0]["action"] == "Ensure service KPIs promote capacity building as well as direct work"
    )
    assert (
        rows[1]["action"]
        == "To develop a commissioning framework to reduce the need for spot commissioning."
    )
    assert [r["lead"] for r in rows] == ["Assistant Director Learning and Skills."] * 2


def test_two_dates_alone_do_not_split_a_row() -> None:
    # a deadline cell with a milestone and a review date, one status: one row
    rows = rows_of(
        HULL_HEADER
        + "Objective\tReview the offer\tHead of Service\tFeb-23\tJan-24 Apr-24\tSEF\tOn track\n"
    )
    assert len(rows) == 1 and rows[0]["deadline"] == "Jan-24 Apr-24"


def test_a_date_pushed_past_the_timeframe_column_by_a_stray_gap_is_its_deadline() -> None:
    # Hounslow text l.245: "d" (clipped letters), an empty cell, then "May 2025" one column
    # past "Timeframe"
    rows = rows_of(
        "Areas for Improvement\t\t\tActions\tLead\tTimeframe\t\n"
        "3.1 The fair access panel\t\t3.1.1\tGather data.\tService Manager\tApril 2025\t\n"
        "\t\t3.1.2\tEnsure fair access panel has oversight.\td\t\tMay 2025\n"
    )
    assert [(r["id"], r["deadline"]) for r in rows] == [
        ("3.1.1", "April 2025"),
        ("3.1.2", "May 2025"),
    ]


def test_words_a_converter_printed_again_at_a_line_start_are_dropped() -> None:
    # Hounslow text l.224-225: "… when practitioners review children" / "review children and …"
    rows = rows_of(
        "Areas for Improvement\t\tActions\tLead\tTimeframe\n"
        "1.2 Voice is heard when practitioners review children\t1.2.1\tA\tPEP\tApril 2025\n"
        "review children and young people's plans.\t1.2.2\tB\t\tMay 2025\n"
    )
    assert rows[1]["area"] == (
        "1.2 Voice is heard when practitioners review children and young people's plans."
    )


def test_two_unnamed_grouping_columns_are_area_and_sub_area() -> None:
    # Hounslow PDF p.13: a header naming only "Actions" and "Timeframe" over "5.0 …" | "5.1 …"
    rows = rows_of(
        "\t\t\tActions\t\tTimeframe\n"
        "5.0 Leaders in health need to ensure that they:\t5.1 Prioritise reducing waiting times"
        "\t5.1.1\tDevelop the pathway.\tNWL ICB\tApril 2025\n"
        "\t5.2 Commission a pathway\t5.2.1\tReview the pathways.\tNWL ICB\tJune 2025\n"
    )
    assert [(r["area"], r["group"]) for r in rows] == [
        (
            "5.0 Leaders in health need to ensure that they:",
            "5.1 Prioritise reducing waiting times",
        ),
        ("5.0 Leaders in health need to ensure that they:", "5.2 Commission a pathway"),
    ]


@pytest.mark.parametrize(
    ("above", "line", "finishes"),
    [
        ("Termly from January", "2025", True),  # the year wrapped onto the next line
        ("Termly from", "January 2025", True),
        ("by end of", "March 2026", True),
        ("April 2025", "September 2025", False),  # a row of its own (Hounslow 1.1.2)
        ("Q3 2024/25", "Ongoing", False),
        # a note in brackets on the date above, opened on either line
        ("September 2025", "(revised from", True),
        ("September 2026 (revised", "from April 2026)", True),
        ("March 2026 (was December 2025)", "June 2026", False),
        # a range cut after its dash or inside its end's term
        ("Autumn term 2025 –", "Spring term 2026", True),
        ("Autumn term 2025 – Spring", "term 2026", True),
        # phases listed in a narrow cell, cut after a label or a list's ";" (Northwick)
        ("Phase 1: Dec 2025; Phase 2:", "Jul 2026", True),
        ("Phase 1: Dec 2025;", "Phase 2: Jul 2026", True),
        ("Phase 1 by Feb 2026, phase 2", "by Sept 2026", True),
        ("Phase 1: Jan 2026; Phase", "2: Sept 2026", True),
    ],
)
def test_a_deadline_line_finishing_the_one_above(above: str, line: str, finishes: bool) -> None:
    from planparse.tables.rows import _finishes_deadline

    assert _finishes_deadline(above, line) is finishes


def test_a_pdf_rows_empty_end_cells_keep_a_wrapped_lead_under_its_column() -> None:
    # a PDF places each cell under its column: "Performance", a lead's wrapped line, is not
    # a short row to pad until it fits (it named no role, so it was moved under the last
    # column); a text extract's trailing tabs are still no cells
    from planparse.tables.rows import _align

    roles = ["action", "lead", "deadline", "impact_measure"]
    assert _align(["", "Performance", "", ""], roles, placed=True) == ["", "Performance", "", ""]
    assert _align(["Train SENCOs", "Head of SEND", "", ""], roles) == [
        "Train SENCOs",
        "Head of SEND",
        "",
        "",
    ]


def test_a_timeline_of_ticks_gives_the_deadline_and_start_as_printed() -> None:
    rows = rows_of(
        "Ref\tAction\tLead\tQ1 (Apr-Jun 25)\tQ2 (Jul-Sep 25)\tQ3 (Oct-Dec 25)\n"
        "CP1\tAdopt the Local Plan\tHead of Planning\t✓\t✓\t\n"
        "CP2\tLaunch the scheme\tHead of Revenues\tü\t\t\n"  # a Wingdings tick's letter
        "CP3\tReview the offer\tHead of Service\t\t\t\n"
    )
    got = [(r["id"], r.get("start"), r.get("deadline")) for r in rows]
    assert got == [
        ("CP1", "Q1 (Apr-Jun 25)", "Q2 (Jul-Sep 25)"),
        ("CP2", None, "Q1 (Apr-Jun 25)"),
        ("CP3", None, None),
    ]


def test_words_under_a_timeline_are_milestones_and_a_deadline_column_wins() -> None:
    rows = rows_of(
        "Ref\tAction\tLead\tDue\tApr-25\tMay-25\n"
        "1\tExtend the service\tHead of Care\tJune 2025\tPilot\tLaunch\n"
    )
    assert rows[0]["deadline"] == "June 2025"
    assert rows[0]["action"] == "Extend the service Apr-25: Pilot May-25: Launch"


def test_milestones_due_by_a_period_give_the_deadline_and_no_start() -> None:
    # Glenmoor: "By Dec 25 | By Jun 26" beside the actions, a milestone's words in each; a
    # line printing words under a milestone alone (its cell wrapped) goes on the row above
    rows = rows_of(
        "Ref\tAction\tLead\tBy Dec 25\tBy Jun 26\n"
        "2.1\tPublish a guide\tHead of PfA\tGuide drafted with young\tGuide published\n"
        "\t\t\tpeople\t\n"
    )
    assert [(r["id"], r.get("start"), r["deadline"]) for r in rows] == [("2.1", None, "By Jun 26")]
    assert rows[0]["action"] == (
        "Publish a guide By Dec 25: Guide drafted with young people By Jun 26: Guide published"
    )


def test_months_rated_beside_actions_are_a_rag_by_month() -> None:
    rows = rows_of(
        "Ref\tAction\tLead\tDue\tAug\tSep\tOct\n"
        "1\tMove services online\tHead of Digital\tMarch 2026\tG\tA\tA\n"
        "2\tBalance the budget\tDirector of Finance\t2025/26\tG\tG\t\n"
    )
    assert [(r["deadline"], r.get("status")) for r in rows] == [
        ("March 2026", "A"),
        ("2025/26", None),
    ]


def test_a_period_heading_set_over_several_lines_under_its_header_is_finished() -> None:
    # a borderless header left alone at the foot of a page keeps its cells' lines apart
    text = (
        "Ref\tAction\tLead\tQ1\tQ2\n"
        "\t\t\t(Apr-Jun\t(Jul-Sep\n"
        "\t\t\t25)\t25)\n"
        "CP1\tAdopt the Local Plan\tHead of Planning\t✓\t✓\n"
    )
    blocks = lines_to_blocks(text.splitlines())
    (table,) = blocks_to_tables(blocks, [Context()] * len(blocks))
    assert table.header[3:] == ["Q1 (Apr-Jun 25)", "Q2 (Jul-Sep 25)"]
    assert [r.values["deadline"] for r in table_to_rows(table)] == ["Q2 (Jul-Sep 25)"]


def test_a_grids_period_headings_set_over_several_lines_under_its_header_are_finished() -> None:
    # the same for a grid's baseline and targets ("Baseline" / "(Mar 24)", "Year 2 target" /
    # "(2026/27)"); a bare number under the baseline is its value, not a piece of its name
    text = (
        "Measure\tBaseline\tLatest (Aug 25)\tYear 2 target\n"
        "\t(Mar 24)\t\t(2026/27)\n"
        "EHCPs in 20 weeks\t22%\t47%\t75%\n"
    )
    blocks = lines_to_blocks(text.splitlines())
    (table,) = blocks_to_tables(blocks, [Context()] * len(blocks))
    assert table.header == [
        "Measure", "Baseline (Mar 24)", "Latest (Aug 25)", "Year 2 target (2026/27)"
    ]  # fmt: skip
    text = "Measure\tBaseline\tTarget\n\t310\t150\nChildren waiting\t\t\n"
    blocks = lines_to_blocks(text.splitlines())
    (table,) = blocks_to_tables(blocks, [Context()] * len(blocks))
    assert table.header == ["Measure", "Baseline", "Target"]


def test_a_lead_organisation_column_is_read_and_carried_apart_from_the_lead_officer() -> None:
    # "Lead officer | Lead organisation": the organisation printed once for two rows carries
    # down on its own; the partners beside them are neither lead nor a grouping carried down
    rows = rows_of(
        "Ref\tAction\tLead officer\tLead organisation\tSupporting partners\tDue\n"
        "1.1\tRecruit EPs\tPrincipal EP\tPenrose Council\tHR Business Partner\tMay 2025\n"
        "1.2\tPublish the offer\tLocal Offer\t\t\tJune 2025\n"
        "\t\tManager\t\t\t\n"
    )
    assert [(r["lead"], r.get("lead_org")) for r in rows] == [
        ("Principal EP", "Penrose Council"),
        ("Local Offer Manager", "Penrose Council"),
    ]
    assert not any(r.get("group") or r.get("objective") for r in rows)


def test_a_date_printed_the_same_in_two_deadline_columns_is_kept_once() -> None:
    # a highlight report's milestones: "Due | Forecast" (Thornbury)
    rows = rows_of(
        "Ref\tMilestone\tOwner\tDue\tForecast\n"
        "M1\tPublish the Local Offer\tLocal Offer Manager\tJuly 2025\tJuly 2025\n"
        "M2\tAppoint a DSCO\tAD Social Care\tAugust 2025\tNovember 2025\n"
    )
    assert [r["deadline"] for r in rows] == ["July 2025", "August 2025 November 2025"]


@pytest.mark.parametrize(
    ("above", "line", "finishes"),
    [
        ("Termly from January", "2025", True),
        ("Sept 2025", "– ongoing", True),  # a row cut by a page break after its date
        ("Sept 2025 –", "ongoing", True),
        ("End of Summer", "Term 2025", True),  # no date alone, one with the line under it
        ("End of Summer Term 2025", "w/c 7 July 2025", False),  # a date of its own
        ("Termly", "from Autumn 2025", True),
        ("March 2025", "June 2025", False),
    ],
)
def test_a_deadline_line_that_finishes_the_one_above(above: str, line: str, finishes: bool) -> None:
    from planparse.tables.rows import _finishes_deadline

    assert _finishes_deadline(above, line) is finishes


def test_a_lead_still_to_be_named_is_the_rows_own_not_the_rest_of_the_one_above() -> None:
    rows = rows_of(
        "Ref\tAction\tLead\tDue\n"
        "A1\tRecruit posts\tPrincipal Educational Psychologist\tMarch 2026\n"
        "A2\tPublish waiting times\tTBC\tSeptember 2025\n"
    )
    assert [(r["id"], r.get("lead")) for r in rows] == [
        ("A1", "Principal Educational Psychologist"),
        ("A2", "TBC"),
    ]


def test_the_rest_of_a_list_of_areas_wrapped_onto_the_next_line_is_kept() -> None:
    # "AFI 1" / "& 3": a number after a joining sign is the list going on, no debris
    rows = rows_of(
        "AFI\tRef\tAction\tLead\tDue\n"
        "AFI 1\tA2\tPublish waiting times for assessments on the local\tTBC\tSeptember 2025\n"
        "& 3\t\toffer each month\t\t\n"
        "AFI 2\tA3\tMove all annual reviews\tHead of SEND\tSpring term 2026\n"
    )
    assert [(r["id"], r.get("area")) for r in rows] == [("A2", "AFI 1 & 3"), ("A3", "AFI 2")]


def test_an_action_column_of_numbers_beside_a_description_is_the_id_column() -> None:
    # Sandford: "Action | Description | Recommendation(s) | Owner | Deadline", the Action
    # column printing each action's number, the Recommendation(s) column the ids it cites
    from planparse.layout import Context
    from planparse.tables.find import Row, Table
    from planparse.tables.rows import infer_roles

    context = Context()
    rows = [["1", "Recruit additional educational psychologists", "R1", "Principal EP", "Jan 2026"],
            ["2", "Set up a young people's SEND forum", "R2, R3", "Participation Officer",
             "Oct 2025"]]  # fmt: skip
    header = ["Action", "Description", "Recommendation(s)", "Owner", "Deadline"]
    table = Table(header, ["action", None, "area", "lead", "deadline"], "action", context,
                  [Row(r, context, None, i) for i, r in enumerate(rows)])  # fmt: skip
    assert infer_roles(table) == ["id", "action", "refs", "lead", "deadline"]


def test_a_list_cell_wrapped_over_lines_of_an_id_less_table_is_one_action() -> None:
    # Wexcombe in narrow columns: "• Recruit two" over "educational psychologists" and "•
    # Track every assessment weekly", and a bullet left at a line's end: one action each
    lines = [
        "Objective\tKey actions\tLead\tTimescale",
        "2. Assessments are timely\t• Recruit two\tPrincipal EP\tMarch 2026",
        "\teducational psychologists\t\t",
        "\t• Track every assessment weekly\t\t",
        "3. Adulthood\t• Offer internships with two employers •\tHead of 14-25\tJuly 2026",
        "\tMap post-16 routes with colleges\t\t",
    ]
    blocks = lines_to_blocks(lines)
    (table,) = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    assert [r.values["action"] for r in table_to_rows(table, None)] == [
        "• Recruit two educational psychologists • Track every assessment weekly",
        "• Offer internships with two employers • Map post-16 routes with colleges",
    ]


def test_a_priority_column_of_urgency_ratings_is_no_objective() -> None:
    # Tadley: "Priority | High" rates how urgent an action is; a priority's words stay one
    rows = rows_of(
        "Ref\tAction\tPriority\tLead\n1.1\tTrain SENCOs\tHigh\tHead of SEND\n"
        "1.2\tPublish a guide\tM\tHead of Inclusion\n"
    )
    assert [r.get("objective") for r in rows] == [None, None]
    rows = rows_of("Ref\tAction\tPriority\tLead\n1.1\tTrain SENCOs\tEarly help\tHead of SEND\n")
    assert rows[0]["objective"] == "Early help"


def test_dated_milestones_listed_under_an_action_are_its_own() -> None:
    # Jesmond: "- Toolkit published | | Jan 2026" under 3.1, no id and no lead: a milestone
    # of 3.1, its date one of 3.1's (were actions A1, A2 from the second milestone on)
    rows = rows_of(
        "Ref\tAction and milestones\tLead\tDate\n"
        "3.1\tLaunch a toolkit\tHead of Inclusion\t\n"
        "\t- Draft shared with SENCOs\t\tOct 2025\n"
        "\t- Toolkit published\t\tJan 2026\n"
        "3.2\tOpen two resourced provisions\tHead of Place Planning\tSept 2026\n"
    )
    assert [(r["id"], r["deadline"]) for r in rows] == [
        ("3.1", "Oct 2025 Jan 2026"), ("3.2", "Sept 2026")
    ]  # fmt: skip
    assert rows[0]["action"].endswith("- Toolkit published")


@pytest.mark.parametrize(
    ("letters", "ids"),
    [
        (["a", "b", "c"], ["1.1a", "1.1b", "1.1c"]),
        (["(a)", "(b)", "(c)"], ["1.1a", "1.1b", "1.1c"]),
        (["a.", "b.", "c."], ["1.1a", "1.1b", "1.1c"]),
    ],
)
def test_steps_lettered_beside_the_id_printed_once_take_it(
    letters: list[str], ids: list[str]
) -> None:
    # Holsworthy: "1.1 | a | …" over " | b | …": each step its action's id and its letter
    first, second, third = letters
    rows = rows_of(
        "Ref\tStep\tAction\tLead\tBy\n"
        f"1.1\t{first}\tMap training\tEarly Years Lead\tOct 2025\n"
        f"\t{second}\tDeliver the programme\tEarly Years Lead\tMar 2026\n"
        "\t\tto every setting\t\t\n"  # a wrapped line lettering no step
        f"\t{third}\tReview take-up\tHead of SEND\tJul 2026\n"
    )
    assert [r["id"] for r in rows] == ids
    assert rows[1]["action"] == "Deliver the programme to every setting"


def test_a_column_of_crosses_beside_the_id_letters_no_step() -> None:
    rows = rows_of(
        "Ref\tQuick win\tAction\tLead\tBy\n"
        "1.1\tx\tMap training\tEarly Years Lead\tOct 2025\n"
        "1.2\tx\tReview take-up\tHead of SEND\tJul 2026\n"
    )
    assert [r["id"] for r in rows] == ["1.1", "1.2"]


@pytest.mark.parametrize("again", ["As above", "Ditto", '"', "As above."])
def test_a_lead_printed_as_above_is_the_lead_above(again: str) -> None:
    # Eskdale: "As above" in a lead cell; before, it was read as the wrapped end of the lead
    # above ("Head of SEND As above"), for every row
    rows = rows_of(
        "Ref\tAction\tLead\tDeadline\n"
        "1.1\tRecruit three EHC coordinators\tHead of SEND\tOct 2025\n"
        f"1.2\tTrain every caseworker in outcomes\t{again}\tDec 2025\n"
    )
    assert [r["lead"] for r in rows] == ["Head of SEND", "Head of SEND"]


def test_a_row_printing_no_cell_for_an_empty_one_is_padded_where_it_fits() -> None:
    # Hawes: a tab export that drops an empty lead cell; a continuation line, or a row with
    # trailing tabs, is padded at the end as before
    rows = rows_of(
        "Ref\tAction\tLead\tDeadline\tRAG\n"
        "1.1\tRecruit three EHC coordinators\tHead of SEND\tOct 2025\tGreen\n"
        "1.2\tTrain every caseworker\tDec 2025\tAmber\n"
        "1.3\tAgree a charter\tParticipation Lead\tGreen\n"
    )
    assert [(r.get("deadline"), r.get("status")) for r in rows] == [
        ("Oct 2025", "Green"), ("Dec 2025", "Amber"), (None, "Green")
    ]  # fmt: skip
