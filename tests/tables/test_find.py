"""Header lines to tables: a header printing its years once over the periods under them."""

from __future__ import annotations

import pytest

from planparse.layout import blocks_to_contexts
from planparse.read.text import lines_to_blocks
from planparse.tables.find import Table, blocks_to_tables

ROWS = ["1.1\tTrain SENCOs\tHead of SEND\t✓\t✓\t\t", "1.2\tOpen a hub\tHead of Place\t\t\t✓\t✓"]
DATED = ["Ref", "Action", "Lead", "Q1 2025/26", "Q2 2025/26", "Q1 2026/27", "Q2 2026/27"]


def _tables(lines: list[str]) -> list[Table]:
    blocks = lines_to_blocks(lines)
    return blocks_to_tables(blocks, blocks_to_contexts(blocks))


@pytest.mark.parametrize(
    "header",
    [
        # the years' cells merged over the periods, the other columns over both lines
        ["Ref\tAction\tLead\t2025/26\t\t2026/27\t", "\t\t\tQ1\tQ2\tQ1\tQ2"],
        # the years on a line of their own
        ["\t\t\t2025/26\t\t2026/27\t", "Ref\tAction\tLead\tQ1\tQ2\tQ1\tQ2"],
        # every column named on both lines
        ["Ref\tAction\tLead\t2025/26\t\t2026/27\t", "Ref\tAction\tLead\tQ1\tQ2\tQ1\tQ2"],
        # both lines read as one, each year stacked on its first period
        ["Ref\tAction\tLead\t2025/26 Q1\tQ2\t2026/27 Q1\tQ2"],
    ],
    ids=["merged", "years-alone", "both-named", "stacked"],
)
def test_periods_under_a_merged_year_name_it(header: list[str]) -> None:
    tables = [t for t in _tables(header + ROWS) if t.rows]
    assert [(t.kind, t.header, len(t.rows)) for t in tables] == [("action", DATED, 2)]
    assert tables[0].roles[3:] == ["timeline"] * 4


GRID_ROWS = ["EHC plans issued within 20 weeks\t38%\t55%\t51%\t75%\t"]


@pytest.mark.parametrize(
    "header",
    [
        ["Measure\tBaseline\t2025/26\t\t2026/27\t", "\t\tTarget\tActual\tTarget\tActual"],
        ["\t\t2025/26\t\t2026/27\t", "Measure\tBaseline\tTarget\tActual\tTarget\tActual"],
        [
            "Measure\tBaseline\t2025/26\t\t2026/27\t",
            "Measure\tBaseline\tTarget\tActual\tTarget\tActual",
        ],
    ],
    ids=["merged", "years-alone", "both-named"],
)
def test_the_figures_under_a_merged_year_name_it(header: list[str]) -> None:
    # a grid giving each year's target and what was reached, the year printed once over both
    tables = [t for t in _tables(header + GRID_ROWS) if t.rows]
    assert [(t.kind, t.header, t.roles) for t in tables] == [
        (
            "grid",
            ["Measure", "Baseline", "2025/26 Target", "2025/26 Actual", "2026/27 Target",
             "2026/27 Actual"],
            ["measure", "baseline", "target", "actual", "target", "actual"],
        )
    ]  # fmt: skip


def test_the_periods_printed_again_under_a_repeated_header_are_no_row() -> None:
    header = ["Ref\tAction\tLead\t2025/26\t\t2026/27\t", "\t\t\tQ1\tQ2\tQ1\tQ2"]
    tables = _tables(header + ROWS[:1] + header + ROWS[1:])
    assert [(t.header, [r.cells[0] for r in t.rows]) for t in tables] == [(DATED, ["1.1", "1.2"])]


@pytest.mark.parametrize(
    "header",
    [
        # periods that print their own years, under a heading that is no year
        ["Measure\tBaseline\tTarget\t", "\t\tBy Oct 25\tBy Apr 26"],
        # under a year, a cell that is neither a period nor a figure given for the year
        ["Measure\tBaseline\t2025/26\t", "\t\tTarget\tCommentary"],
    ],
    ids=["printed-years", "not-periods"],
)
def test_other_two_line_headers_are_left_as_they_were(header: list[str]) -> None:
    first = _tables(header)[0]
    assert first.header == header[0].split("\t")


FIGURES = ["Measure", "Baseline", "2025/26 Target", "2025/26 Actual", "2026/27 Target",
           "2026/27 Actual"]  # fmt: skip


def test_figures_stacked_under_each_year_on_one_line_name_it() -> None:
    # both lines read as one, as the spaced reader gives a header left at a page's foot
    header = ["Measure\tBaseline\t2025/26 Target\tActual\t2026/27 Target\tActual"]
    tables = [t for t in _tables(header + GRID_ROWS) if t.rows]
    assert [(t.header, t.roles[3:]) for t in tables] == [(FIGURES, ["actual", "target", "actual"])]


@pytest.mark.parametrize(
    "line",
    [
        # one year: its target may be for no year printed
        "Measure\t2024/25 Baseline\tTarget",
        # the years head different figures
        "Measure\tBaseline\t2025/26 Target\tActual\t2026/27 Target",
    ],
)
def test_figures_on_one_line_are_left_unless_each_year_heads_the_same(line: str) -> None:
    assert _tables([line])[0].header == line.split("\t")


def test_the_figures_printed_again_under_a_header_repeated_before_any_row_are_no_row() -> None:
    # the grid's two header lines alone at the foot of a page, printed again over its rows
    header = ["Measure\tBaseline\t2025/26\t\t2026/27\t", "\t\tTarget\tActual\tTarget\tActual"]
    tables = [t for t in _tables(header + header + GRID_ROWS) if t.rows]
    assert [(t.header, len(t.rows)) for t in tables] == [(FIGURES, 1)]


def test_a_table_under_the_next_years_heading_is_its_own() -> None:
    # the same header under the same priority, the year's heading between: two tables
    lines = ["Year 1 (2025/26)", "Ref\tAction\tBy when", "1.1\tTrain\tMarch",
             "Year 2 (2026/27)", "Ref\tAction\tBy when", "1.2\tReview\tMay"]  # fmt: skip
    tables = _tables(lines)
    assert [(t.context.year_heading, [r.cells[0] for r in t.rows]) for t in tables] == [
        ("Year 1 (2025/26)", ["1.1"]),
        ("Year 2 (2026/27)", ["1.2"]),
    ]


@pytest.mark.parametrize(
    ("first", "second", "tables"),
    [
        # other periods under the same columns: a grid of its own
        ("Autumn term\tSpring term", "Dec\tMar", 2),
        ("2024/25\t2025/26", "2026/27\t2027/28", 2),
        # the same periods: the header printed again, one grid
        ("Autumn term\tSpring term", "Autumn term\tSpring term", 1),
    ],
)
def test_a_grid_header_naming_other_periods_opens_a_grid_of_its_own(
    first: str, second: str, tables: int
) -> None:
    lines = [f"Measure\tBaseline\t{first}", "EHCPs in 20 weeks\t38%\t50%\t60%",
             f"Indicator\tBaseline\t{second}", "Waiting over 18 weeks\t260\t220\t180"]  # fmt: skip
    assert [len(t.rows) for t in _tables(lines)] == ([1, 1] if tables == 2 else [2])


@pytest.mark.parametrize("ref", ["1.1", "A1", "SEND-01"])
def test_a_row_opening_with_its_area_and_an_id_of_the_plans_own_is_a_row(ref: str) -> None:
    # "AFI 1" in the area column reads as an area heading; with an id in the id column the
    # row is an action under that area, whatever the plan's ids look like
    (table,) = _tables(
        [
            "AFI\tRef\tAction\tLead\tDue",
            f"AFI 1\t{ref}\tRecruit posts\tPrincipal EP\tBy 31.3.26",
            "AFI 2\tX9\tPublish times\tHead of SEND\tMarch 2026",
        ]
    )
    assert [row.cells[1] for row in table.rows] == [ref, "X9"]


@pytest.mark.parametrize("area", ["AFI 1", "AFI1"])
def test_a_reference_tables_rows_opening_with_their_area_are_rows(area: str) -> None:
    # Beckton: "AFI 1: Leaders have not …" opens each row of a table mapping areas to
    # actions. Before, the row read as a theme heading cut into cells, and the table had
    # no rows (no recommendations, no links)
    (table, *_) = _tables(
        [
            "Inspection finding\tOur response\tAction refs",
            f"{area}: Leaders have not made sure plans are on time\tWe will clear it\t1.1, 1.2",
            "AFI 2: Families wait too long for therapies\tWe will commission more\t2.1",
        ]
    )
    assert (table.kind, len(table.rows)) == ("reference", 2)


@pytest.mark.parametrize("merged", [["Timescale", "Timescale"], ["Timescale", ""]])
def test_names_under_a_merged_header_cell_name_its_columns(merged: list[str]) -> None:
    # "Timescale" over two columns (printed twice, or once and an empty cell), "Start | End"
    # under it: a start and a deadline, not two deadlines run together
    (table,) = _tables(
        [
            "\t".join(["Ref", "Action", "Lead", *merged, "Key milestones"]),
            "\t\t\tStart\tEnd\t",
            "1.1\tRoll out the toolkit\tEarly Years Lead\tSept 2025\tMar 2026\tLaunched",
        ]
    )
    assert table.roles == ["id", "action", "lead", "start", "deadline", "action"]
    assert table.header[3:5] == ["Timescale Start", "Timescale End"]
    assert [row.cells[0] for row in table.rows] == ["1.1"]


def test_from_and_to_under_a_merged_timescale_are_its_start_and_end() -> None:
    # Moreton: "From | To" under "Timescale"; "To" alone names no column anywhere else
    (table,) = _tables(
        [
            "Ref\tAction\tLead\tTimescale\t",
            "\t\t\tFrom\tTo",
            "1.1\tScreen every two-year-old\tHealth Visiting Lead\tSep 2025\tJul 2026",
        ]
    )
    assert table.roles == ["id", "action", "lead", "start", "deadline"]


def test_names_under_an_unmerged_header_are_a_header_of_their_own() -> None:
    # "Start | End" under "Lead | Due" (no merged cell over them) is no sub-header
    tables = _tables(
        [
            "Ref\tAction\tLead\tDue",
            "\t\tStart\tEnd",
            "1.1\tRoll out the toolkit\tEarly Years Lead\tMar 2026",
        ]
    )
    assert tables[0].roles == ["id", "action", "lead", "deadline"]


@pytest.mark.parametrize(
    ("under", "roles"),
    [
        # Ditchling: "Target" over "date" is a deadline, where "Target" alone is a grid's
        ("\t\tofficer\tdate\tRAG", ["id", "action", "lead", "deadline", "status"]),
        ("\t\t\tdate\t", ["id", "action", "lead", "deadline", "status"]),
        # a row: words under the action column, or a figure under the target
        ("\tAgree a protocol\tofficer\tdate\tRAG", ["id", "action", "lead", "target", "status"]),
        ("\t\t\t2026\t", ["id", "action", "lead", "target", "status"]),
    ],
)
def test_header_names_finished_on_the_line_under_it(under: str, roles: list[str]) -> None:
    tables = _tables(
        [
            "No.\tAction\tLead\tTarget\tProgress",
            under,
            "1.1\tRecruit\tHead of SEND\tOct 2025\tGreen",
        ]
    )
    assert tables[0].roles == roles


@pytest.mark.parametrize(
    ("first", "kind"),
    [
        ("1\tObjective: Needs are met early\t\t", "action"),  # Harrowden: an objective row
        ("1.1\tTrain SENCOs\tHead of SEND\tMarch 2026", "action"),
        ("1\tTrain SENCOs\tHead of SEND\tMarch 2026", "other"),  # a number: no id for sure
    ],
)
def test_rows_under_a_heading_below_the_header_go_on_with_its_roles(first: str, kind: str) -> None:
    tables = _tables(["Ref\tAction\tLead\tDeadline", "Priority 1: Early help", first])
    assert [t.kind for t in tables if t.rows] == [kind]
