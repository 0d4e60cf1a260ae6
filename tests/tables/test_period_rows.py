"""A measure's figures with their periods down the rows (tables/period_rows.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.read.raw import Block
from planparse.read.text import lines_to_blocks
from planparse.tables.period_rows import heads_periods_down, turn_period_rows


def _rows(text: str) -> list[tuple[str, ...]]:
    blocks = turn_period_rows(lines_to_blocks(text.splitlines()))
    return [b.cells for b in blocks if b.kind == "row"]


def test_a_measures_years_down_the_rows_are_one_grid_row() -> None:
    # Dalby: the measure over its table; the baseline year names itself, so its one figure
    # keeps that label whichever column prints it
    text = (
        "Measure 1: Plans issued within 20 weeks\n\n"
        "Year\tTarget\tActual\n2023/24 (baseline)\t\t38%\n2024/25\t50%\t47%\n2025/26\t60%\n"
    )
    assert _rows(text) == [
        ("Measure", "2023/24 (baseline)", "Target 2024/25", "Actual 2024/25", "Target 2025/26"),
        ("Plans issued within 20 weeks", "38%", "50%", "47%", "60%"),
    ]


def test_a_heading_naming_the_measure_and_quarters_down_the_rows() -> None:
    text = "Average wait in weeks\nQuarter\tTarget\tActual\nQ1 2025/26\t52\t55\nQ2 2025/26\t48\n"
    assert _rows(text) == [
        ("Measure", "Target Q1 2025/26", "Actual Q1 2025/26", "Target Q2 2025/26"),
        ("Average wait in weeks", "52", "55", "48"),
    ]


def test_rows_going_on_under_the_header_printed_again_over_a_page_break() -> None:
    blocks = [
        Block(kind="line", text="Suspensions of pupils with an EHC plan", page=1),
        Block(kind="row", cells=("Year", "Target", "Actual"), page=1),
        Block(kind="row", cells=("2024/25", "10", "11"), page=1),
        Block(kind="blank", page=1),
        Block(kind="row", cells=("Year", "Target", "Actual"), page=2),
        Block(kind="row", cells=("2025/26", "6", ""), page=2),
    ]
    rows = [b.cells for b in turn_period_rows(blocks) if b.kind == "row"]
    assert rows == [
        ("Measure", "Target 2024/25", "Actual 2024/25", "Target 2025/26"),
        ("Suspensions of pupils with an EHC plan", "10", "11", "6"),
    ]


def test_what_is_no_such_table_is_left_alone() -> None:
    for text in [
        # an action table: "Year" heads no figures
        "Priority 1\nYear\tAction\tLead\n2025/26\tTrain staff\tHead of SEND\n2026/27\tAudit\tPEP\n",
        # one period row only: too little to tell a table of periods
        "Plans on time\nYear\tTarget\n2025/26\t60%\n",
        # a grid with periods across, as usual
        "Measure\tBaseline\t2025/26\nPlans on time\t38%\t60%\n",
    ]:
        blocks = lines_to_blocks(text.splitlines())
        assert turn_period_rows(blocks) == blocks


def test_headers_of_periods_down_the_rows() -> None:
    assert heads_periods_down(("Year", "Target", "Actual"))
    assert heads_periods_down(("Academic year", "Target"))
    assert heads_periods_down(("Quarter", "Actual", "Target"))
    assert not heads_periods_down(("Year", "Baseline"))  # nothing aimed at or reached
    assert not heads_periods_down(("Year", "Action", "Target"))
    assert not heads_periods_down(("Measure", "Target", "Actual"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("Year\tTargetActul2025/6 Q1()baseline%\n"), max_size=40),
        max_size=12,
    )
)
def test_junk_never_breaks_the_turn(lines: list[str]) -> None:
    blocks = lines_to_blocks(lines)
    out = turn_period_rows(blocks)
    assert all(isinstance(b, Block) for b in out)
    assert len(out) <= len(blocks) + 1
