"""The fills of a ruled PDF table's cells: the rectangles a page fills with colour under them.

A Gantt bar's shading or a RAG cell's colour is drawn as a filled rectangle under a cell that
prints nothing. This finds the page's filled rectangles and the colour covering each cell;
read/fills.py decides what an empty cell's colour says.
"""

from __future__ import annotations

from typing import Any

from planparse.read.fills import Rgb, mark_coloured_cells

Fill = tuple[tuple[float, float, float, float], Rgb]  # (x0, top, x1, bottom), colour


def page_fills(page: Any) -> list[Fill]:
    """The page's filled rectangles that are not white, each with its colour."""
    fills: list[Fill] = []
    for rect in page.rects:
        colour = _rgb(rect.get("non_stroking_color")) if rect.get("fill") else None
        if colour is not None and min(colour) < 0.95:
            fills.append(((rect["x0"], rect["top"], rect["x1"], rect["bottom"]), colour))
    return fills


def _rgb(colour: Any) -> Rgb | None:
    """A PDF fill colour (grey, RGB or CMYK components) as RGB; None for a pattern."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(
        isinstance(c, (int, float)) for c in colour
    ):
        return None
    if len(colour) == 1:
        return (float(colour[0]),) * 3
    if len(colour) == 3:
        r, g, b = colour
        return float(r), float(g), float(b)
    if len(colour) == 4:
        c, m, y, k = colour
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None


def mark_filled_cells(
    table: Any, rows: list[list[str]], fills: list[Fill], carried: list[list[str]] | None = None
) -> list[list[str]]:
    """`rows` with each empty cell a fill covers read as its colour says (read/fills.py),
    under `carried` headings when the rows print none."""
    if not fills:
        return rows
    drawn: list[list[Any]] = []  # the cells' boxes, read when a cell is asked for

    def colour_of(i: int, j: int) -> Rgb | None:
        if not drawn:  # pdfplumber builds a table's rows anew on each access: once
            drawn.extend(row.cells for row in table.rows)
        bbox = drawn[i][j] if i < len(drawn) and j < len(drawn[i]) else None
        return _covering(bbox, fills) if bbox else None

    return mark_coloured_cells(rows, colour_of, carried)


def _covering(bbox: tuple[float, float, float, float], fills: list[Fill]) -> Rgb | None:
    """The colour of the fill covering most of a cell, when fills cover at least half of it."""
    x0, top, x1, bottom = bbox
    area = (x1 - x0) * (bottom - top)
    if area <= 0:
        return None
    covered, best, colour = 0.0, 0.0, None
    for (fx0, ftop, fx1, fbottom), rgb in fills:
        w, h = min(x1, fx1) - max(x0, fx0), min(bottom, fbottom) - max(top, ftop)
        if w > 0 and h > 0:
            covered += w * h
            if w * h > best:
                best, colour = w * h, rgb
    return colour if covered >= area / 2 else None
