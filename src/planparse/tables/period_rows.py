"""A measure's figures printed with their periods down the rows, to the grid row they are.

A performance annex gives each measure a small table of its own under the measure's name:

    Measure 1: Percentage of new EHC plans issued within 20 weeks
    Year                Target  Actual
    2023/24 (baseline)          38%
    2024/25             50%     47%
    2025/26             60%

The grid reader reads periods across a header ("Baseline | 2024/25 | 2025/26"), so such a
table is turned round: one header naming each figure by its column and its row ("Target
2024/25", "Actual 2024/25"; a row naming itself the baseline keeps its own label) over one
row holding the measure and its figures. The measure is the line above the table. Blocks
that are no such table pass as they are.
"""

from __future__ import annotations

import re

from planparse.read.raw import Block
from planparse.tables.forms import MEASURE_LINE_RE
from planparse.tables.roles import figure_kind, heads_a_period

# The header over the periods: "Year", "Academic year", "Quarter", "Reporting period"
_PERIOD_HEADER_RE = re.compile(
    r"^(?:(?:academic|financial|school|reporting|plan)\s+)?"
    r"(?:years?|periods?|quarters?|terms?|months?|dates?|as\s+at)$",
    re.I,
)
_BASELINE_RE = re.compile(r"\bbaseline\b", re.I)
# the most words a line naming the measure over its table has: more is prose
MAX_MEASURE_WORDS = 30
MIN_PERIOD_ROWS = 2


def _figure_columns(header: tuple[str, ...]) -> dict[int, str] | None:
    """The header's figure columns and the kind each holds, when its first cell heads the
    periods and every other filled cell names a kind of figure (a target or an actual)."""
    if len(header) < 2 or not _PERIOD_HEADER_RE.match(" ".join(header[0].split())):
        return None
    kinds = {i: figure_kind(cell) for i, cell in enumerate(header) if i and cell.strip()}
    if not kinds or None in kinds.values():
        return None
    if not {"target", "actual"} & set(kinds.values()):
        return None
    return {i: kind for i, kind in kinds.items() if kind}


def heads_periods_down(cells: tuple[str, ...]) -> bool:
    """Whether a row heads a measure's figures with their periods down the rows ("Year |
    Target | Actual"), a header no plan column's name makes."""
    return _figure_columns(cells) is not None


def _measure_text(line: Block) -> str | None:
    """The measure a line over the table names: after its "Measure 1:" label, or the line."""
    if line.kind != "line" or line.bullet:
        return None
    text = " ".join(line.text.split())
    m = MEASURE_LINE_RE.match(text)
    if m:
        return m["text"].strip()
    return text if 0 < len(text.split()) <= MAX_MEASURE_WORDS else None


def _as_grid(measure: str, header: tuple[str, ...], rows: list[Block]) -> list[Block]:
    """The header and the one row a turned-round table stands for."""
    kinds = _figure_columns(header) or {}
    labels, values = ["Measure"], [measure]
    for row in rows:
        period = " ".join(row.cells[0].split())
        filled = [(i, row.cells[i]) for i in kinds if i < len(row.cells) and row.cells[i].strip()]
        if _BASELINE_RE.search(period):
            filled = filled[-1:]  # a baseline year's one figure, whatever column holds it
            names = [period for _ in filled]
        else:
            names = [f"{' '.join(header[i].split())} {period}" for i, _ in filled]
        labels += names
        values += [cell for _, cell in filled]
    first = rows[0]
    return [
        Block(kind="row", cells=tuple(labels), page=first.page, line_no=first.line_no),
        Block(kind="row", cells=tuple(values), page=first.page, line_no=first.line_no),
    ]


def _period_rows(blocks: list[Block], start: int) -> int:
    """The index after the rows from `start` whose first cell names a period."""
    end = start
    while (
        end < len(blocks)
        and blocks[end].kind == "row"
        and blocks[end].cells
        and heads_a_period(blocks[end].cells[0])
    ):
        end += 1
    return end


def _going_on(blocks: list[Block], end: int, header: tuple[str, ...]) -> int | None:
    """Where the rows go on at `end`, after a gap or none: under the header printed again,
    or, on the next page, with no header (a page break cutting the table); None when they
    do not."""
    k = end
    while k < len(blocks) and blocks[k].kind == "blank":
        k += 1
    if k >= len(blocks) or blocks[k].kind != "row":
        return None
    if blocks[k].cells == header:
        return k + 1
    next_page = blocks[k].page is not None and blocks[k].page != blocks[end - 1].page
    return k if next_page and _period_rows(blocks, k) > k else None


def _line_above(blocks: list[Block], i: int) -> int | None:
    """The index of the first block above `i` that is not blank, or None."""
    k = i - 1
    while k >= 0 and blocks[k].kind == "blank":
        k -= 1
    return k if k >= 0 else None


def turn_period_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with each measure's table of periods down its rows turned into a grid."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        header = block.kind == "row" and heads_periods_down(block.cells)
        above = _line_above(blocks, i) if header else None
        measure = _measure_text(blocks[above]) if above is not None else None
        if measure:
            end = _period_rows(blocks, i + 1)
            rows = blocks[i + 1 : end]
            while (k := _going_on(blocks, end, block.cells)) is not None:
                end = _period_rows(blocks, k)
                rows += blocks[k:end]
            if len(rows) >= MIN_PERIOD_ROWS:
                # the measure's line, now in the row, leaves a gap: the grid is a table of its own
                out[len(out) - (i - above)] = Block(kind="blank", page=block.page)
                out.extend(_as_grid(measure, block.cells, rows))
                i = end
                continue
        out.append(block)
        i += 1
    return out
