"""Excel workbooks (read/xlsx.py): a tracker's sheets read as the sheet shows them."""

import datetime as dt
from pathlib import Path

import pytest

from planparse.api import extract, read
from planparse.errors import ReadError
from planparse.read.xlsx import shown


def _tracker(path: Path) -> Path:
    """Whitby: a title over the table, a priority merged over its rows, real dates, RAG cells
    coloured and left empty, a KPI sheet of percentages, a hidden sheet of lists."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Action plan"
    sheet.append(["Whitby SEND Improvement Plan Tracker 2025-26"])
    sheet.append([])
    sheet.append(["Priority", "Ref", "Action", "Lead", "Due date", "RAG"])
    sheet.append(["Priority 1: Timely assessment", "1.1", "Recruit three EHC coordinators",
                  "Head of SEND", dt.datetime(2025, 10, 31), None])  # fmt: skip
    sheet.append([None, "1.2", "Introduce a weekly panel", "SEND Manager",
                  dt.datetime(2025, 12, 31), None])  # fmt: skip
    sheet.merge_cells("A4:A5")
    sheet["F4"].fill = PatternFill("solid", fgColor="FF00B050")
    sheet["F5"].fill = PatternFill("solid", fgColor="FFFF0000")
    kpis = workbook.create_sheet("KPIs")
    kpis.append(["Ref", "Measure", "Baseline 2024/25", "Target 2025/26"])
    kpis.append(["KPI 1", "EHC plans issued within 20 weeks", 0.38, 0.6])
    for cell in ("C2", "D2"):
        kpis[cell].number_format = "0%"
    lists = workbook.create_sheet("Lists")
    lists.append(["Green", "Amber", "Red"])
    lists.sheet_state = "hidden"
    workbook.save(path)
    return path


def test_a_tracker_workbooks_sheets_give_its_actions_and_measures(tmp_path: Path) -> None:
    extracted = extract(_tracker(tmp_path / "tracker.xlsx"))
    got = extracted.records
    assert extracted.document.source_format == "xlsx"
    assert extracted.document.title == "Whitby SEND Improvement Plan Tracker 2025-26"
    assert [(a.action_id, a.theme, a.due_date, a.status) for a in got["actions"]] == [
        ("1.1", "Priority 1", dt.date(2025, 10, 31), "Green"),
        ("1.2", "Priority 1", dt.date(2025, 12, 31), "Red"),
    ]
    assert [(t.kind, t.value, t.value_text) for t in got["targets"]] == [
        ("target", 60.0, "60%"), ("baseline", 38.0, "38%")
    ]  # fmt: skip
    # the hidden sheet of lists is no part of the plan
    assert "Lists" not in [b.text for b in read(tmp_path / "tracker.xlsx").blocks]


def test_a_workbook_is_read_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    renamed = _tracker(tmp_path / "tracker.xlsx").rename(tmp_path / "tracker.dat")
    assert read(renamed).source_format == "xlsx"


def test_a_damaged_workbook_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "tracker.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(ReadError, match="tracker.xlsx"):
        read(bad)


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (dt.datetime(2025, 10, 31), "dd/mm/yyyy", "31/10/2025"),
        (dt.date(2026, 3, 31), "General", "31/03/2026"),
        (0.45, "0%", "45%"),
        (0.455, "0.0%", "45.5%"),
        (12.0, "General", "12"),
        (9.5, "General", "9.5"),
        (True, "General", "Yes"),
        (None, "General", ""),
        ("  Head of SEND\n(LA) ", "General", "Head of SEND (LA)"),
    ],
)
def test_a_cell_is_written_as_the_sheet_shows_it(
    value: object, number_format: str, text: str
) -> None:
    assert shown(value, number_format) == text
