"""Cells a ruled PDF table fills with colour and prints nothing in: a Gantt bar, a RAG rating.

A plan's timeline may mark when an action happens by shading its periods' cells, and a
highlight report may rate an item by filling its status cell red, amber or green. The text
layer holds nothing there: the mark is a rectangle filled under the cell. This reads such a
cell, when it sits under a timeline or status heading, as the text a printed mark would
have given: a timeline's shading as "■" (tables/rows.py reads it as a tick), a status cell's
colour as its RAG word. A timeline whose cells are filled in more than one RAG colour is a
RAG by month (a highlight report's "Aug | Sep | Oct"), its cells read as RAG words too.
"""

from __future__ import annotations

from typing import Any

from planparse.fields.dates import is_timeline_heading

SHADED = "■"

Rgb = tuple[float, float, float]
Fill = tuple[tuple[float, float, float, float], Rgb]  # (x0, top, x1, bottom), colour

# rows of a table searched for its headings: a title row, a merged year over its periods
_HEADER_ROWS = 3


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


def rag_of(colour: Rgb) -> str | None:
    """The RAG rating a fill colour shows ("Red", "Amber", "Green"), or None for any other."""
    r, g, b = colour
    if b > 0.45:
        return None
    if r > 0.7 and g < 0.35:
        return "Red"
    if r > 0.8 and 0.45 <= g <= 0.9:
        return "Amber"
    if g > 0.4 and g > r + 0.2:
        return "Green"
    return None


def mark_filled_cells(table: Any, rows: list[list[str]], fills: list[Fill]) -> list[list[str]]:
    """`rows` with each empty cell that a fill covers, under a timeline or status heading,
    given the text its fill stands for; every other cell as it is."""
    if not fills:
        return rows
    from planparse.tables.roles import header_to_role

    timeline, status, first = set(), set(), 0
    for i, row in enumerate(rows[:_HEADER_ROWS]):
        for j, cell in enumerate(row):
            if cell and is_timeline_heading(cell):
                timeline.add(j)
            elif cell and header_to_role(cell) == "status":
                status.add(j)
            else:
                continue
            first = i + 1  # the rows under the last one naming a heading
    colours: dict[tuple[int, int], Rgb] = {}
    for i, drawn in enumerate(table.rows[first : len(rows)], start=first):
        for j, bbox in enumerate(drawn.cells):
            empty = j in timeline | status and bbox and j < len(rows[i]) and not rows[i][j]
            if empty and (colour := _covering(bbox, fills)) is not None:
                colours[i, j] = colour
    rag_by_month = len({rag_of(c) for (_, j), c in colours.items() if j in timeline} - {None}) > 1
    out = [list(r) for r in rows]
    for (i, j), colour in colours.items():
        if j in status or rag_by_month:
            out[i][j] = rag_of(colour) or out[i][j]
        else:
            out[i][j] = SHADED
    return out


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
