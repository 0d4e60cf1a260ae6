"""A page's tables and lines, in reading order, to blocks.

Shared by the readers that see pages: the PDF reader (read/pdf.py) and the reader of text set
out with spaces (read/spaced.py). Both find a page's borderless tables with whitespace.py
and read its other lines as prose, two-column prose down one column then the other; both
drop running headers and footers — lines printed on most pages, "Page 3 of 12", "OFFICIAL".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from planparse.read import whitespace
from planparse.read.pdf_cells import is_cut_line, tidy_table
from planparse.read.pdf_lines import join_wrapped_bullets
from planparse.read.raw import Block
from planparse.read.text import lines_to_blocks

Word = whitespace.Word
# What a page holds, top to bottom: (top, kind, payload), kind "table" or "continued" (a
# table going on from the page before) with rows of cells, or "line" with a PageLine.
Item = tuple[float, str, Any]


class PageLine(NamedTuple):
    """A line of text outside tables, with where it starts and ends on the page."""

    text: str
    x0: float
    x1: float


# A line on at least this share of pages (and 3 pages or more) is a running header/footer.
DEFAULT_RUNNING_SHARE = 0.5
# How many of a page's first and last items a running header or footer is among.
EDGE_ITEMS = 2
_PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
# Share of the page's height at its foot that holds footers, not a table's rows.
FOOT_MARGIN = 0.1
# How far a printed page number may be from the page's place in the file (a cover or a
# contents page left unnumbered).
PAGE_NUMBER_SLACK = 3
# A line of a cell sits under the one above it by less than this many times its height, its
# first word where theirs starts (points): a page number is set apart from the text.
CELL_LINE_GAP = 1.0
ALIGN_TOLERANCE = 2.0


def foot_of(height: float) -> float:
    """Where the foot of a page `height` tall starts: below it, any line may be a footer."""
    return (1 - FOOT_MARGIN) * height


def is_running_text(text: str) -> bool:
    """A page number or a protective marking, printed on every page."""
    return bool(_PAGE_NUMBER_RE.match(text)) or text.upper() == "OFFICIAL"


def running_test(
    page_number: int, edges: frozenset[str], words: list[Word] | None = None
) -> Callable[[list[Word]], bool]:
    """Whether a line of the page is a running header or footer by its words: a page number,
    a marking, a line printed at the top or foot of a page before (`edges`). A bare number
    is this page's number only when near it: "26" at the top of page 3 is the rest of a date
    the break cut ("by end of March" / "26"); and, given the page's `words`, only printed
    above or below all of them, and not set right under a word of the line above, as the
    rest of its cell is: a "3" under "AFIs 2 and"."""
    words = words or []
    top = min((w["top"] for w in words), default=0.0)
    bottom = max((w["bottom"] for w in words), default=0.0)

    def at_edge(line: list[Word]) -> bool:
        if not words:
            return True
        return line[0]["top"] <= top + 1 or line[-1]["bottom"] >= bottom - 1

    def under_a_word(number: Word) -> bool:
        reach = CELL_LINE_GAP * (number["bottom"] - number["top"])
        return any(
            abs(w["x0"] - number["x0"]) <= ALIGN_TOLERANCE
            and 0 <= number["top"] - w["bottom"] <= reach
            for w in words
        )

    def running(line: list[Word]) -> bool:
        text = " ".join(w["text"] for w in line)
        if text.isdigit():
            near = abs(int(text) - page_number) <= PAGE_NUMBER_SLACK
            return near and at_edge(line) and not under_a_word(line[0])
        return text in edges or is_running_text(text)

    return running


def edge_lines(lines: list[list[Word]]) -> set[str]:
    """The text of a page's first and last line: a running header or footer prints them on
    the pages after."""
    return {" ".join(w["text"] for w in line) for line in lines[:1] + lines[-1:]}


def borderless_items(
    found: list[whitespace.Found], lines: list[list[Word]], width: float, height: float
) -> list[Item]:
    """A page's borderless tables (`found` among its `lines`) and its other lines as items.

    Two-column prose reads down the left column, then down the right one (the right
    column's items placed a page's `height` below, after the left's)."""
    items: list[Item] = []
    in_table: set[int] = set()
    for first, end, rows, continued in found:
        kind, keep = ("continued", range(len(rows[0]))) if continued else ("table", ())
        items.append((lines[first][0]["top"], kind, tidy_table(rows, keep)))
        in_table.update(range(first, end))
    prose = [line for index, line in enumerate(lines) if index not in in_table]
    at = whitespace.gutter(prose, width)
    columns = (
        [(0.0, prose)]
        if at is None
        else list(zip((0.0, height), whitespace.split_columns(prose, at), strict=True))
    )
    for offset, column in columns:
        for words in column:
            line = PageLine(" ".join(w["text"] for w in words), words[0]["x0"], words[-1]["x1"])
            items.append((words[0]["top"] + offset, "line", line))
    return items


def blocks_of_pages(
    pages_items: list[list[Item]], widths: list[float] | None = None
) -> list[Block]:
    """Each page's items, sorted top to bottom, as blocks: a table's rows as `row` blocks (a
    `table_break` on its first) then a `blank`; a ruled box around prose as its lines; each
    other line as a `line` block unless it runs on most pages; lines a page wrapped joined
    back into their bullet or heading (pdf_lines.py); `widths`, each page's width, tell a page
    whose lines all stop short of its right margin."""
    pages_items = [sorted(items, key=lambda item: item[0]) for items in pages_items]
    running = _running_lines(pages_items)
    blocks: list[Block] = []
    for number, items in enumerate(pages_items, start=1):
        for _, kind, payload in items:
            if kind == "table" and len(payload) == 1 and is_cut_line(payload[0]):
                # one row: a box around a line whose last word the box's rules cut off into
                # a cell of its own ("… to be inclusive" | "and", strategy p.4)
                payload = [[" ".join(c for c in payload[0] if c)]]
            if kind == "table" and all(sum(1 for c in row if c) <= 1 for row in payload):
                blocks.extend(_box_lines(payload, number, len(blocks)))
                continue
            if kind in ("table", "continued"):
                for i, cells in enumerate(payload):
                    if any(cells):
                        blocks.append(
                            Block(
                                "row",
                                cells=tuple(cells),
                                page=number,
                                line_no=len(blocks) + 1,
                                table_break=i == 0,
                            )
                        )
                blocks.append(Block("blank", page=number, line_no=len(blocks) + 1))
                continue
            text = payload.text.strip()
            if text in running or is_running_text(text):
                continue
            for block in lines_to_blocks([text]):
                blocks.append(
                    replace(
                        block, page=number, line_no=len(blocks) + 1, x0=payload.x0, x1=payload.x1
                    )
                )
    return join_wrapped_bullets(blocks, widths)


def _box_lines(payload: list[list[str]], page: int, before: int) -> list[Block]:
    """A ruled box around prose or a list, not a table: its cells are lines, and a line without
    a bullet under a bullet that has not ended is the rest of it (Word boxes each line of a
    boxed list: "… EBSNA Response and" / "Outreach Team (EROS)"). `before` blocks precede."""
    out: list[Block] = []
    for text in (c for cells in payload for c in cells if c):
        for block in lines_to_blocks([text]):
            above = out[-1] if out else None
            if (
                above is not None
                and above.bullet
                and not block.bullet
                and not above.text.endswith((".", "!", "?"))
            ):
                out[-1] = replace(above, text=f"{above.text} {block.text}")
                continue
            out.append(replace(block, page=page, line_no=before + len(out) + 1))
    return out


def _running_lines(pages_items: list[list[Item]]) -> set[str]:
    """Lines printed at the top or foot of most pages (half, and three or more), each page's
    items sorted top to bottom: running headers and footers. A label printed mid-page on
    each page ("Progress this quarter:" in a report of a workstream a page) is none."""
    counts: Counter[str] = Counter()
    for items in pages_items:
        edges = items[:EDGE_ITEMS] + items[-EDGE_ITEMS:]
        counts.update({p.text.strip() for _, kind, p in edges if kind == "line"})
    threshold = max(3, DEFAULT_RUNNING_SHARE * len(pages_items))
    return {line for line, n in counts.items() if n >= threshold and len(line) < 120}
