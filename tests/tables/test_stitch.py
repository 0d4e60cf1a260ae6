"""Tables continued over a page break (pdfplumber#922), from blocks as the PDF reader makes them."""

from planparse.layout import blocks_to_contexts
from planparse.read.raw import Block
from planparse.tables.find import blocks_to_tables
from planparse.tables.rows import table_to_rows

HEADER = ("", "Key Areas", "Actions (with timeliness)", "Lead role & organisation")


def row(cells: tuple[str, ...], page: int, first: bool = False) -> Block:
    return Block("row", cells=cells, page=page, table_break=first)


def actions(blocks: list[Block]) -> list[dict[str, str]]:
    tables = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    return [r.values for t in tables for r in table_to_rows(t)]


def test_repeated_header_without_the_empty_id_column_continues_and_mends_the_cut_row() -> None:
    # Hillingdon p.10 -> p.11: the id column is never filled on p.11, so pdfplumber drops it
    rows = actions(
        [
            row(HEADER, 10, first=True),
            row(("1.2.5", "0-19 Nurses (Health", "All referrals will be triaged.", "DCO"), 10),
            row(HEADER[1:], 11, first=True),
            row(("Visitors) will receive 100%", "Systm 1 will be reconfigured.", "AD LBH"), 11),
        ]
    )
    assert [r["id"] for r in rows] == ["1.2.5"]
    assert rows[0]["action"] == "All referrals will be triaged. Systm 1 will be reconfigured."
    assert rows[0]["lead"] == "DCO AD LBH"


def test_headerless_rows_on_the_next_page_continue_the_table() -> None:
    rows = actions(
        [
            row(HEADER, 8, first=True),
            row(("1.1.4", "Early Help.", "Strengthen intervention.", "PEP"), 8),
            row(("", "", "visits to commence by February 25", "Hillingdon ICB"), 9, first=True),
            row(("1.1.5", "Next area.", "Another action.", "DCO"), 9),
        ]
    )
    assert [r["id"] for r in rows] == ["1.1.4", "1.1.5"]
    assert rows[0]["action"].endswith("visits to commence by February 25")


def test_a_row_without_ids_cut_by_the_break_is_joined_when_it_has_no_dates() -> None:
    # Hull: no id column; the lead "Assistant Director" / "Learning and Skills." cut by the break
    header = ("Action", "Strategic Lead", "Start Date", "Due Date")
    rows = actions(
        [
            row(header, 20, first=True),
            row(("Provide CPD opportunities", "Assistant Director", "Feb-23", "Apr-24"), 20),
            row(("Further CPD sessions", "Learning and Skills.", "", ""), 21, first=True),
            row(("Ensure the Local Offer", "Head of Service", "Feb-23", "Sep-24"), 21),
        ]
    )
    assert len(rows) == 2
    assert rows[0]["lead"] == "Assistant Director Learning and Skills."


def test_a_page_that_dropped_its_empty_first_column_still_continues_the_table() -> None:
    # Hull accessible PDF p.12 -> p.13: the objective column is empty on p.13, so the page's
    # table is one column narrower; its dates and statuses say where its cells belong
    header = (
        "What do we want to achieve",
        "What we will do",
        "Strategic Lead",
        "Due Date",
        "Status",
    )
    rows = actions(
        [
            row(header, 12, first=True),
            row(
                (
                    "Ensure a robust QA framework",
                    "Strengthen the audit team.",
                    "Director",
                    "Jan-24",
                    "On track",
                ),
                12,
            ),
            row(
                (
                    "Ensure that Synergy Access provides read only access.",
                    "Head of Performance",
                    "May-25",
                    "On track",
                ),
                13,
                first=True,
            ),
            row(
                (
                    "Single view includes up to date SEND information.",
                    "Head of Performance",
                    "Jan-25",
                    "Not due yet",
                ),
                13,
            ),
        ]
    )
    assert [r["deadline"] for r in rows] == ["Jan-24", "May-25", "Jan-25"]
    assert {r["objective"] for r in rows} == {"Ensure a robust QA framework"}
    assert rows[1]["action"] == "Ensure that Synergy Access provides read only access."


def test_a_table_of_its_own_on_the_next_page_goes_on_with_the_ids_and_lead_above() -> None:
    # Hounslow p.8 -> p.9: p.9 draws its own table (other columns) for 3.1.3 on; the lead
    # printed once for 3.1 on p.8 applies, and p.9's first line finishes 3.1.2
    from planparse.assemble.actions import tables_to_actions

    blocks = [
        row(("Areas for Improvement", "", "Actions", "Lead", "Timeframe"), 8, first=True),
        row(("3.1 The panel", "3.1.1", "Gather data.", "Service Manager", "April 2025"), 8),
        row(
            ("", "3.1.2", "Schedule termly updates aligned to data gathered and", "", "May 2025"), 8
        ),
        row(("Areas for Improvement", "", "Actions", "Lead", "Timeframe", "Status"), 9, first=True),
        row(("", "", "assessed above.", "", "", ""), 9),
        row(("", "3.1.3", "Establish an Inclusion Dashboard.", "", "June 2025", ""), 9),
    ]
    tables = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    assert len(tables) == 2
    actions = {a.action_id: a for a in tables_to_actions("d", tables).actions}
    assert (
        actions["3.1.2"].text
        == "Schedule termly updates aligned to data gathered and assessed above."
    )
    assert actions["3.1.3"].lead == "Service Manager"


def test_a_table_on_the_next_page_that_starts_other_ids_takes_nothing_from_above() -> None:
    from planparse.assemble.actions import tables_to_actions

    blocks = [
        row(("Areas for Improvement", "", "Actions", "Lead", "Timeframe"), 8, first=True),
        row(("3.1 The panel", "3.1.1", "Gather data.", "Service Manager", "April 2025"), 8),
        row(("Areas for Improvement", "", "Actions", "Lead", "Timeframe", "Status"), 9, first=True),
        row(("4.1 Another", "4.1.1", "Review the offer.", "", "June 2025", ""), 9),
    ]
    actions = tables_to_actions("d", blocks_to_tables(blocks, blocks_to_contexts(blocks))).actions
    assert [(a.action_id, a.lead) for a in actions] == [
        ("3.1.1", "Service Manager"),
        ("4.1.1", None),
    ]


def test_the_rest_of_a_cut_row_whose_words_name_columns_is_no_header() -> None:
    # a WSOA page: "Milestones" is a second action column; the row 2.1 the break cut goes
    # on under the repeated header with "from April 2025" (a start) and "Lead, Eldon …"
    # (a lead): words naming columns, but making no table, so a row of the table above
    header = ("Ref", "Action", "Milestones", "Responsible", "Timescale")
    blocks = [
        row(header, 4, first=True),
        row(("2.1", "Clear the ND waiting list", "Additional clinics", "ND Pathway",
             "by end of Q2 2025/26"), 4),
        row(header, 5, first=True),
        row(("", "", "from April 2025", "Lead, Eldon Community Health NHS Trust", ""), 5),
    ]  # fmt: skip
    assert actions(blocks) == [
        {
            "id": "2.1",
            "action": "Clear the ND waiting list Additional clinics from April 2025",
            "lead": "ND Pathway Lead, Eldon Community Health NHS Trust",
            "deadline": "by end of Q2 2025/26",
        }
    ]


def test_a_two_row_header_repeated_on_the_next_page_is_dropped_with_both_its_rows() -> None:
    # "Target" over "2025/26 | 2026/27", both header rows printed again on p.2 (as Word
    # repeats a header's rows); the measure cut by the break goes on under them
    grid_header = ("Measure", "Baseline (2024)", "Target", "")
    periods = ("", "", "2025/26", "2026/27")
    blocks = [
        row(grid_header, 1, first=True),
        row(periods, 1),
        row(("Young people in supported", "12", "20", "30"), 1),
        row(grid_header, 2, first=True),
        row(periods, 2),
        row(("internships", "", "", ""), 2),
    ]
    (table,) = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    assert [r.cells for r in table.rows] == [
        list(periods),
        ["Young people in supported", "12", "20", "30"],
        ["internships", "", "", ""],
    ]
