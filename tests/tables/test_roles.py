import pytest

from planparse.tables.roles import header_to_role, replaces_the_other, row_to_roles, table_kind


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("Lead role & organisation", "lead"),
        ("Strategic Lead", "lead"),
        ("Timeframe", "deadline"),
        ("Due Date", "deadline"),
        ("Status (RAGP)", "status"),
        ("SEF/DBV/ AFI (no)", "refs"),
        ("Areas for Improve", "area"),
        ("SUCCESS MEASURE FOR Ambition 1", "measure"),
        ("Baseline performance", "baseline"),
        ("Mitigation", "mitigation"),
        ("Start Date", "start"),
        ("Hillingdon Local Area", None),
        # other areas' names for the same columns: an owner or an id named after the action
        # is no action column, a risk's owner no risk
        ("Action owner", "lead"),
        ("Action ID", "id"),
        ("Action number", "id"),
        ("Risk owner", "lead"),
        ("Who will lead", "lead"),
        ("Target completion", "deadline"),
        ("Key milestones", "action"),
        ("Expected outcomes", "outcome"),
        ("Current baseline", "baseline"),
        # how a risk is scored: a column of a risk table, not in the contract; "Impact" stays
        # an outcome's name
        ("Likelihood", "risk_rating"),
        ("Risk score", "risk_rating"),
        ("RAG rating", "status"),
        ("Impact", "outcome"),
    ],
)
def test_header_to_role(cell: str, role: str | None) -> None:
    assert header_to_role(cell) == role


def test_data_row_is_not_a_header() -> None:
    assert (
        row_to_roles(("1.1.1", "", "Coproduce Support Information", "CYP Delivery Manager")) is None
    )


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        (("Action", "Issues", "Mitigation"), "risk"),
        (("Risk", "Likelihood", "Impact", "Score", "Mitigation", "Owner"), "risk"),
        (("Workstream", "RAG", "Progress this period", "Next steps"), "progress"),
        # a risk register naming its risk column otherwise: the unnamed column before the
        # mitigations
        (("Ref", "Description", "RAG", "Mitigation", "Owner"), "risk"),
        (("Risk / issue", "Mitigating actions", "Owner"), "risk"),
        (("", "Key Areas", "Actions (with timeliness)", "Lead role & organisation"), "action"),
        (
            ("Areas of Improvement from Inspection:", "Ambition Group Objective & Actions"),
            "reference",
        ),
    ],
)
def test_table_kind(cells: tuple[str, ...], kind: str) -> None:
    roles = row_to_roles(cells)
    assert roles is not None and table_kind(roles) == kind


def test_header_cells_run_together_keep_both_roles() -> None:
    # Hillingdon 5.4: "Key Areas | Key Areas Actions (with timeliness)"
    roles = row_to_roles(("", "Key Areas", "Key Areas Actions (with timeliness)"))
    assert roles == [None, "objective", "action"]


def test_periods_heading_a_grid_beside_its_measures_are_target_columns() -> None:
    roles = row_to_roles(("Success measure", "Baseline (2023/24)", "2024/25", "2025/26", "Q3"))
    assert roles == ["measure", "baseline", "target", "target", "target"]


@pytest.mark.parametrize(
    ("cells", "roles"),
    [
        (
            ("Measure", "2023/24 actual", "2024/25 target", "2025/26 target", "Data source"),
            ["measure", "baseline", "target", "target", "source"],
        ),
        (("Measure", "Actual 2023/24", "Target 2024/25"), ["measure", "baseline", "target"]),
        (
            # two years reached before the targets: the latest is the baseline; figures
            # printed to compare with are no values of the measure
            (
                "Indicator",
                "2023/24 outturn",
                "2024/25 outturn",
                "Target 2025/26",
                "Statistical neighbours",
            ),
            ["measure", "actual", "baseline", "target", "comparator"],
        ),
        (
            ("Measure", "Baseline 2022/23", "2023/24 actual", "2024/25 target", "England average"),
            ["measure", "baseline", "actual", "target", "comparator"],
        ),
        (("KPI", "Outturn Mar 24", "March 2026 target"), ["measure", "baseline", "target"]),
        (
            ("Measure", "Baseline", "Q3 target", "Q4 target"),
            ["measure", "baseline", "target", "target"],
        ),
        # the change aimed at by each year of the plan (Danbury)
        (
            ("Measure", "Baseline (2024/25)", "Year 1 change", "Year 2 change"),
            ["measure", "baseline", "target", "target"],
        ),
    ],
)
def test_a_period_and_a_kind_of_value_head_a_grids_value_columns(
    cells: tuple[str, ...], roles: list[str | None]
) -> None:
    # a past period's actual (or outturn) before the targets is the measure's baseline
    assert row_to_roles(cells) == roles


def test_a_period_with_its_years_in_brackets_heads_a_target_column() -> None:
    # Millford: "Year 1 (2025/26)" is a period alone, as "2025/26" is; "End of plan" names
    # the plan's last period in words
    cells = ("Measure", "Current position", "Year 1 (2025/26)", "End of plan (2027/28)")
    assert row_to_roles(cells) == ["measure", "baseline", "target", "target"]


def test_a_grids_group_column_names_the_series_of_its_rows() -> None:
    # Kenley: "Measure | Group | Baseline 2024/25 | 2025/26"; beside no measure, "Group" is
    # no series (a working group delivering actions)
    cells = ("Measure", "Group", "Baseline 2024/25", "2025/26")
    assert row_to_roles(cells) == ["measure", "series", "baseline", "target"]
    assert row_to_roles(("Action", "Group", "Lead")) == ["action", None, "lead"]


def test_a_labelled_value_names_no_column() -> None:
    # Northwick's row: "Lead: …" and "From Jan 2026, monthly" start with column names, but
    # the first is a labelled value and the row is no header
    row = ("N2", "Quality assure every new plan", "Lead: SEND QA Manager; Support: Principal EP",
           "From Jan 2026, monthly")  # fmt: skip
    assert row_to_roles(row) is None


def test_an_action_table_printing_its_measures_is_an_action_table() -> None:
    # Pendle: "Ref | Action | Lead | Deadline | Success measure | Baseline | Target"
    cells = ("Ref", "Action", "Lead", "Deadline", "Success measure", "Baseline", "Target")
    assert table_kind(row_to_roles(cells) or []) == "action"
    assert table_kind(row_to_roles(("Measure", "Baseline", "Target")) or []) == "grid"


def test_ids_right_of_the_areas_are_the_actions_addressing_them() -> None:
    # Beckton: "Inspection finding | Our response | Action refs" is a reference table; ids
    # left of the areas are the areas' own
    assert row_to_roles(("Inspection finding", "Our response", "Action refs")) == [
        "area", None, "link_target"
    ]  # fmt: skip
    assert row_to_roles(("Ref", "Area for improvement", "Lead")) == ["id", "area", "lead"]


def test_a_row_of_period_labels_inside_a_grid_is_no_header() -> None:
    # Hillingdon 1.4.1: "Waiting times for the | Baseline | By April 25 | By Apr 26 | …"
    row = ("Waiting times for the", "Baseline", "", "By April 25", "By Apr 26", "By Apr 27")
    assert row_to_roles(row) is None


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        # header names other areas print (not in the corpus)
        ("What will we do?", "action"),
        ("Accountable officer", "lead"),
        ("Who is responsible", "lead"),
        ("Responsible lead", "lead"),
        ("Frequency", "frequency"),  # how often a measure is reported: no source
        ("When", "deadline"),
        ("Target completion date", "deadline"),  # a deadline, not a grid's target column
        ("Current RAG", "status"),
        ("RAG this quarter", "status"),  # Blackmoor, beside "RAG last quarter"
        ("Status this period", "status"),
        ("RAG last quarter", None),  # the rating before: no status
        ("this quarter", None),  # cut from "Key achievements this quarter" (Thornbury PDF)
        ("Sponsor", "lead"),
        ("Addresses", "refs"),  # Ashwell: the recommendation a row answers
        ("Controls in place", "mitigation"),  # Grantley's risk register
        ("Inherent score", "risk_rating"),
        ("Action taken", "mitigation"),  # an issues log's response to its issue
        ("Date raised", "raised"),  # when an issue was logged: no deadline
        ("By", "deadline"),  # Ingleby
        ("Revised date", "deadline"),  # a highlight report's milestones
        ("Original date", "deadline"),
        ("Forecast completion date", "deadline"),
        ("Success criteria", "impact_measure"),
        ("Outcome measures", "measure"),
        ("Inspection recommendation", "area"),
        ("Link to WSOA", "refs"),
        ("Current position", "baseline"),
        ("Comments", "commentary"),  # a narrative column: known, so it is no status
        ("Progress update", "commentary"),
        ("Resources", None),
        ("#", "id"),
        ("Action #", "id"),
        ("Current status", "status"),
        ("Finish", "deadline"),  # beside "Start"
        ("How we will do it", "action"),
        ("Outcome / Impact", "outcome"),
        ("Performance measure", "measure"),
        ("Latest data", "baseline"),
        ("Review date", "review"),  # when progress is reviewed: no deadline
        # who works with the lead: no lead, and no grouping either
        ("Supporting partners", "partners"),
        ("Key partners", "partners"),
        ("Supported by", "partners"),
        # the lead's organisation in a column of its own
        ("Lead organisation", "lead_org"),
        ("Lead agency", "lead_org"),
        ("Organisation", "lead_org"),
        ("SRO", "lead"),  # a programme's senior responsible officer
        ("Forecast", "deadline"),  # a milestone's forecast date, beside its due date
        ("Planned next quarter", "next_steps"),
        # "By whom | By when": a pair one letter apart, each its own role
        ("By whom", "lead"),
        ("By Whom", "lead"),
        ("By when", "deadline"),
        ("Who by", "lead"),
        ("When by", "deadline"),
        ("Milestone date", "deadline"),
        ("To be completed by", "deadline"),
        ("Completed (Y/N)", None),  # a column of ticks, not a date
        ("Delivery date", "deadline"),
        ("Officer responsible", "lead"),
        ("Delivery lead", "lead"),
        ("Due by", "deadline"),
        ("Complete by date", "deadline"),
        ("Achieve by", "deadline"),
        ("Date due", "deadline"),
        ("Completed", None),  # a done column as often as a date: its cells tell
        ("Expected completion", "deadline"),
        ("Intended impact", "outcome"),
        ("What difference will it make?", "outcome"),
        ("Officer", None),  # a word of many names, none alone
        ("Risk ID", "id"),  # a risk register's own ids, not its risks
        ("Risk ref", "id"),
        ("RAG this month", "status"),  # beside "RAG last month", which is none
        ("Health lead", "lead"),  # a partner's lead beside another's (Cadwell)
        ("Education lead", "lead"),
        # "You said | We will | Led by | By when | You will see" and an agreed action's
        # table (Lydford)
        ("We will", "action"),
        ("You will see", "outcome"),
        ("Agreed action", "action"),
        ("Success indicator", "impact_measure"),
        ("How will we measure impact", "impact_measure"),  # not "how will we measure", a source
        ("Who is accountable", "lead"),
        ("Code", "id"),  # a tracker's action code (Rosedale)
        ("Action code", "id"),
    ],
)
def test_header_names_of_other_areas(cell: str, role: str | None) -> None:
    assert header_to_role(cell) == role


def test_success_criteria_beside_a_baseline_and_targets_are_the_measures() -> None:
    roles = row_to_roles(("Success criteria", "Baseline", "Target", "RAG"))
    assert roles == ["measure", "baseline", "target", "status"]
    assert table_kind(roles) == "grid"


def test_success_criteria_beside_actions_stay_the_actions_measures() -> None:
    roles = row_to_roles(("Action", "Lead", "Success criteria", "Target", "RAG"))
    assert roles is not None and roles[2] == "impact_measure"
    assert table_kind(roles) == "action"


def test_periods_heading_an_action_tables_columns_are_its_timeline() -> None:
    roles = row_to_roles(("Ref", "Action", "Lead Officer", "Directorate", "Q1 (Apr-Jun 25)", "Q2"))
    assert roles == ["id", "action", "lead", None, "timeline", "timeline"]
    assert table_kind(roles) == "action"


def test_periods_beside_no_actions_are_no_timeline() -> None:
    # a highlight report's RAG by month ("Workstream | Lead | Aug | Sep") is read by its
    # own rule; a grid's periods are target columns
    assert row_to_roles(("Workstream", "Lead", "Aug", "Sep")) == ["objective", "lead", None, None]
    assert row_to_roles(("Measure", "Baseline", "Q1", "Q2")) == [
        "measure", "baseline", "target", "target"
    ]  # fmt: skip


def test_a_plans_own_years_head_a_grids_target_columns() -> None:
    # "Year 1 target (2025/26)": the plan's year, its dates in brackets or not printed
    roles = row_to_roles(
        ("Measure", "Baseline (March 2024)", "Year 1 target (2025/26)", "Year 2 target", "Source")
    )
    assert roles == ["measure", "baseline", "target", "target", "source"]


@pytest.mark.parametrize(
    "cells",
    [
        ("Measure", "2025/26 Target", "2025/26 Actual", "2026/27 Target", "2026/27 Actual"),
        ("KPI", "Target 2025/26", "Outturn 2025/26", "Target 2026/27"),
    ],
)
def test_an_actual_beside_its_years_target_is_no_baseline(cells: tuple[str, ...]) -> None:
    # each year's figure reached sits after its target: a pair, not where the targets start
    roles = row_to_roles(cells)
    assert roles is not None
    assert "baseline" not in roles
    assert [r for r in roles[1:]] == ["target" if "arget" in c else "actual" for c in cells[1:]]


@pytest.mark.parametrize("latest", ["Latest (Aug 25)", "Current position", "Actual Aug 25"])
def test_the_figure_reached_since_the_baseline_is_an_actual(latest: str) -> None:
    # a highlight report's KPIs: "Baseline (Mar 24) | Latest (Aug 25) | Target (Mar 26)"
    roles = row_to_roles(("Measure", "Baseline (Mar 24)", latest, "Target (Mar 26)", "RAG"))
    assert roles == ["measure", "baseline", "actual", "target", "status"]


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        # a local area inclusion plan: where the area stands, where it wants to be, and an
        # ambition for a later year
        (
            ("Indicator", "Where we are now (2024/25)", "Where we want to be by 2026",
             "Ambition 2028", "Data source"),
            ["measure", "baseline", "target", "target", "source"],
        ),
        (("Measure", "Starting point", "Goal (2027/28)"), ["measure", "baseline", "target"]),
        # Egremont: which target a period's column holds, said before "target"
        (
            ("Ref", "Success measure", "Baseline (Aug 2024)", "Year 1 target (2025/26)",
             "Stretch target (2027/28)", "Interim target 2026", "Stretch (2028/29)"),
            ["id", "measure", "baseline", "target", "target", "target", "target"],
        ),
        (("Measure", "Baseline", "Stretch target"), ["measure", "baseline", "target"]),
        # with no period, a qualified target's date is a deadline
        (("Ref", "Action", "Lead", "Interim target date"), ["id", "action", "lead", "deadline"]),
        (
            ("Ref", "Key task", "Accountable lead", "Completion date", "Evidence of impact",
             "BRAG"),
            ["id", "action", "lead", "deadline", "impact_measure", "status"],
        ),
        (
            ("Workstream", "Deliverable", "Owner", "Due", "Status", "Comments"),
            ["objective", "action", "lead", "deadline", "status", "commentary"],
        ),
        # headers asked as questions; "Led by", a "Start | End" pair; "Latest" beside the
        # comparators and a target is where the measure stands
        (
            ("Ref", "What are we going to do?", "Who will do it?", "When will it be done by?",
             "How will we know it has worked?"),
            ["id", "action", "lead", "deadline", "impact_measure"],
        ),
        (
            ("Priority", "Improvement action", "Led by", "Start", "End"),
            ["objective", "action", "lead", "start", "deadline"],
        ),
        (
            ("Indicator", "Latest", "England", "Stat neighbours", "Target", "How we will measure"),
            ["measure", "baseline", "comparator", "comparator", "target", "source"],
        ),
    ],
)  # fmt: skip
def test_other_areas_names_for_tasks_and_a_grids_columns(
    header: tuple[str, ...], roles: list[str | None]
) -> None:
    assert row_to_roles(header) == roles


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("RAG (now)", "status"),
        ("RAG current", "status"),
        ("RAG (last)", None),
        ("Previous RAG", None),
    ],
)
def test_the_rating_now_beside_the_last_is_the_status(cell: str, role: str | None) -> None:
    assert header_to_role(cell) == role


@pytest.mark.parametrize(
    ("cell", "role"),
    [("Achieved?", "status"), ("Met?", "status"), ("On track?", "status"), ("Achieved", None)],
)
def test_a_milestone_asked_after_is_its_status(cell: str, role: str | None) -> None:
    # Corbridge; "Achieved" alone is a value a form's "Status" field gives, no header
    assert header_to_role(cell) == role


def test_a_column_naming_the_person_in_post_is_no_role_column() -> None:
    # Alnmouth: "Lead name" beside "Lead role"; "Lead (name, role, organisation)" is a lead
    assert row_to_roles(("Ref", "Action", "Lead name", "Lead role")) == [
        "id", "action", "lead_name", "lead"
    ]  # fmt: skip
    assert row_to_roles(("Ref", "Action", "Lead (name, role, organisation)", "Due")) == [
        "id", "action", "lead", "deadline"
    ]  # fmt: skip


def test_what_beside_who_and_when_heads_the_actions() -> None:
    assert row_to_roles(("Ref", "What", "Who", "When")) == ["id", "action", "lead", "deadline"]
    # "What good looks like" is no "What"; nor is "What" beside no lead and deadline
    assert row_to_roles(("Action", "What good looks like", "Lead", "Due"))[1] != "action"
    assert "action" not in (row_to_roles(("What", "Why", "Measure", "Lead")) or [])


def test_an_ambition_without_a_period_is_no_target() -> None:
    # "Ambition" alone heads a strategy's themes, and "Ambition 2" one of them
    assert row_to_roles(("Ambition", "Measure", "Baseline")) == [None, "measure", "baseline"]
    assert row_to_roles(("Measure", "Ambition 2", "Baseline")) == ["measure", None, "baseline"]


@pytest.mark.parametrize(
    ("header", "replaces"),
    [
        ("Revised date", True),
        ("Revised deadline", True),
        ("New target date", True),
        ("Re-profiled date", True),
        ("Amended timescale", True),
        ("Original date", False),
        ("Forecast", False),  # a forecast is no new deadline: the later date is
        ("Due", False),
        ("Newham deadline", False),  # a word, not letters
    ],
)
def test_a_deadline_column_that_replaces_another(header: str, replaces: bool) -> None:
    assert replaces_the_other(header, "deadline") is replaces


@pytest.mark.parametrize(
    "periods",
    [
        ("Autumn term", "Spring term", "Summer term"),
        ("Autumn", "Spring", "Summer"),
        ("Dec", "Mar", "Jul"),
        ("Term 1", "Term 2", "Term 3"),
    ],
)
def test_periods_printed_without_a_year_head_a_grids_target_columns(
    periods: tuple[str, ...],
) -> None:
    # the plan's title or section names the year; beside a measure each is a target column
    assert row_to_roles(("Measure", "Baseline", *periods)) == [
        "measure",
        "baseline",
        *["target"] * len(periods),
    ]


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("Lead / timescale", "lead_deadline"),
        ("Lead/Timescale", "lead_deadline"),
        ("Who and when", "lead_deadline"),
        ("Lead officer & deadline", "lead_deadline"),
        ("Responsibility / target date", "lead_deadline"),
        ("Lead role & organisation", "lead"),  # two names, neither a deadline
        ("Start and end date", "start"),  # a start and a deadline, no lead
        ("Lead", "lead"),
    ],
)
def test_a_column_naming_a_lead_and_a_deadline_holds_both(cell: str, role: str | None) -> None:
    roles = row_to_roles(("Ref", "Action", cell))
    assert roles is not None and roles[2] == role


@pytest.mark.parametrize("cell", ["Responsible lead", "Target date", "Accountable lead"])
def test_a_name_of_two_column_names_is_one_name(cell: str) -> None:
    # "Responsible" and "lead" each name a column (a RACI plan's), but "Responsible lead" is
    # one: a header cut where a cell under it starts ("Director of" | "Education") keeps it
    from planparse.tables.roles import is_one_name

    assert is_one_name(cell)


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        # header names a scan misread letter for letter: i/l/1, o/0, c/e, "cl" for "d"
        ("Actlon", "action"),
        ("Acti0n", "action"),
        ("Lcad", "lead"),
        ("Leacl", "lead"),
        ("Sourcc", "source"),
        ("Tai get", "target"),  # the corpus's own
        # words that are no name however read
        ("Case", None),
        ("Cost", None),
        ("Total", None),
    ],
)
def test_a_header_name_misread_by_ocr_is_still_read(cell: str, role: str | None) -> None:
    assert header_to_role(cell) == role


def test_months_headed_as_a_spreadsheet_prints_them_are_target_columns() -> None:
    # Quantock: "Mar-26" heads a grid's column; in a plan's row beside sentences, "Feb-23" is
    # a deadline and the row no header (Hull)
    header = ("Measure", "Baseline (Mar-25)", "Mar-26", "Mar-27", "Trend", "RAG")
    assert row_to_roles(header) == ["measure", "baseline", "target", "target", None, "status"]
    row = ("Measure the impact of strategic actions of the Local Area Partnership (LAP)",
           "Communicate transparently agreed timescales for service responses",
           "Increased service user confidence in Special Educational Needs and Disabilities",
           "Customer service feedback week 6/week 16/week 20. reduced number of complaints",
           "Assistant Director Learning and Skills.", "Feb-23", "Nov-23", "SEF",
           "On track some concerns")  # fmt: skip
    assert row_to_roles(row) is None


def test_two_names_run_together_are_no_one_name_they_resemble() -> None:
    # Yarcombe: "Deadline Area for improvement" (pdftotext's "Deadline" and "Area for
    # improvement" one space apart) is 84 like "Link to area for improvement": not one name
    from planparse.tables.roles import is_one_name

    assert not is_one_name("Deadline Area for improvement")
