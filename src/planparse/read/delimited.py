"""A plan tracker saved from a spreadsheet as comma-separated values, to blocks.

A council's tracker is often a spreadsheet, and a spreadsheet saved as CSV quotes a cell
holding a comma or a line break ("Inclusion Lead, Oakwell Council") and doubles a quote in
it. The csv module reads the cells back as the spreadsheet had them; each record with two
cells or more filled is a table row, one cell alone a line (a title or a heading the sheet
prints in its first column), none a gap, as the tab-separated rows of a text extract are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from planparse.read.raw import Block


def delimited_to_blocks(text: str) -> list[Block]:
    """The records of a CSV file as blocks, one a record, numbered by the record's place."""
    return records_to_blocks(csv.reader(io.StringIO(text)))


def records_to_blocks(records: Iterable[Sequence[str]]) -> list[Block]:
    """A sheet's records as blocks: a table row, a line or a gap each (read/xlsx.py reads a
    workbook's sheets into records too)."""
    blocks: list[Block] = []
    for line_no, record in enumerate(records, start=1):
        cells = tuple(" ".join(cell.split()) for cell in record)
        filled = [cell for cell in cells if cell]
        if not filled:
            blocks.append(Block(kind="blank", line_no=line_no))
        elif len(filled) == 1:
            blocks.append(Block(kind="line", text=filled[0], line_no=line_no))
        else:
            while cells and not cells[-1]:
                cells = cells[:-1]  # a sheet's empty columns to the right of the table
            blocks.append(Block(kind="row", cells=cells, line_no=line_no))
    return blocks
