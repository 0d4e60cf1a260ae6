"""Logical rows from small synthetic tables, one per layout trait."""

from planparse.layout import Context
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
