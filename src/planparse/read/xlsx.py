"""Excel workbooks (.xlsx) to a RawDocument, with openpyxl.

A council's tracker is often a workbook: a sheet a priority or a year, a title in its first
rows, then the table, its RAG cells coloured and its dates real dates. Each visible sheet is
read in order, the name of each after the first a heading over its rows; each row is a
record as a CSV file's is (read/delimited.py: two cells or more filled a table row, one a
line, none a gap). Cells are written as the sheet shows them: a date as "31/10/2025", a
number formatted as a percentage as "45%", a whole number without ".0". A merged cell's
value stays at its top-left, the cells it covers empty, as the table stage expects; an empty
cell coloured under a status or timeline heading reads as its colour (read/fills.py).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from planparse.errors import ReadError
from planparse.read.delimited import records_to_blocks
from planparse.read.docx import holds_office_part
from planparse.read.fills import Rgb, hex_rgb, mark_coloured_cells
from planparse.read.raw import Block, RawDocument, document_of
from planparse.read.text import clean_cell


def looks_like_xlsx(path: Path, head: bytes) -> bool:
    """A zip holding a workbook's part: an Excel file whatever its name."""
    return holds_office_part(path, head, "xl/workbook.xml", ".xlsx")


def read_xlsx(path: Path) -> RawDocument:
    from openpyxl import load_workbook

    try:
        data = path.read_bytes()
        # from its bytes: openpyxl refuses a path not named .xlsx, as a renamed file may be
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot read file ({exc.strerror})") from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a bad file
        raise ReadError(f"{path.name}: not a readable Excel workbook ({exc})") from exc
    sheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    blocks: list[Block] = []
    for n, sheet in enumerate(sheets):
        if n:
            # a later sheet's name heads its rows ("Priority 2", "KPIs"); the first sheet's
            # rows open with the workbook's own title
            blocks += [Block("line", text=clean_cell(sheet.title), heading_level=1)]
        blocks += _sheet_blocks(sheet)
        blocks.append(Block("blank"))
    workbook.close()
    return document_of(path.name, "xlsx", data, blocks)


def _sheet_blocks(sheet: Any) -> list[Block]:
    """A sheet's rows as blocks, its coloured empty cells read as their colours."""
    rows: list[list[str]] = []
    colours: dict[tuple[int, int], Rgb] = {}
    for r, row in enumerate(sheet.iter_rows()):
        cells = []
        for c, cell in enumerate(row):
            cells.append(shown(cell.value, cell.number_format))
            if (colour := _fill(cell)) is not None:
                colours[(r, c)] = colour
        rows.append(cells)
    if colours:
        # the table's header is its first row of two cells or more, under the sheet's title
        top = next((r for r, cells in enumerate(rows) if sum(1 for c in cells if c) >= 2), 0)
        rows = rows[:top] + mark_coloured_cells(rows[top:], lambda r, c: colours.get((r + top, c)))
    return records_to_blocks(rows)


def shown(value: object, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float):
        if "%" in (number_format or ""):
            return f"{value * 100:g}%"
        return str(int(value)) if float(value).is_integer() else f"{value:g}"
    return clean_cell(str(value))


def _fill(cell: Any) -> Rgb | None:
    """A cell's solid fill colour given as RGB ("FFFF0000"), None for none or a theme's."""
    fill = getattr(cell, "fill", None)
    if fill is None or fill.fill_type != "solid":
        return None
    colour = fill.fgColor
    if getattr(colour, "type", None) != "rgb" or not isinstance(colour.rgb, str):
        return None
    return hex_rgb(colour.rgb[-6:])
