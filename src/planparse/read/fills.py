"""Table cells filled with colour and printing nothing: a Gantt bar, a RAG rating.

A plan's timeline may mark when an action happens by shading its periods' cells, and a
highlight report may rate an item by filling its status cell red, amber or green. No word is
printed there: the mark is the cell's colour, which a ruled PDF draws as a filled rectangle
(read/pdf_fills.py), a web page gives as the cell's background (read/html.py) and Word as
its shading (read/docx.py). A reader finds each empty cell's colour; this decides what it
says, as the text a printed mark would have given: under a timeline heading, shading is "■"
(tables/rows.py reads it as a tick); under a status heading, a colour is its RAG word. A
timeline whose cells are filled in more than one RAG colour is a RAG by month (a highlight
report's "Aug | Sep | Oct"), its cells read as RAG words too. Any other cell's colour says
nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from planparse.fields.dates import is_timeline_heading

SHADED = "■"

Rgb = tuple[float, float, float]

# rows a table's header may take: a title row, a merged year or "Target" over its periods
HEADER_ROWS = 3


def hex_rgb(digits: str) -> Rgb | None:
    """A colour written "RRGGBB" or "RGB" (HTML, Word's shading), with or without "#"."""
    digits = digits.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    try:
        r, g, b = (int(digits[k : k + 2], 16) / 255 for k in (0, 2, 4))
    except ValueError:
        return None
    return (r, g, b) if len(digits) == 6 else None


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


def _headings(rows: list[list[str]]) -> tuple[set[int], set[int], int]:
    """The timeline and status columns the first rows name, and how many rows name them."""
    from planparse.tables.roles import header_to_role

    timeline, status, first = set(), set(), 0
    for i, row in enumerate(rows[:HEADER_ROWS]):
        for j, cell in enumerate(row):
            if cell and is_timeline_heading(cell):
                timeline.add(j)
            elif cell and header_to_role(cell) == "status":
                status.add(j)
            else:
                continue
            first = i + 1  # the rows under the last one naming a heading
    return timeline, status, first


def heading_rows(rows: list[list[str]]) -> list[list[str]]:
    """The first rows of a table, down to the last naming a timeline or status heading: what
    a page that continues the table without printing its header reads its colours by."""
    return rows[: _headings(rows)[2]]


def mark_coloured_cells(
    rows: list[list[str]],
    colour_of: Callable[[int, int], Rgb | None],
    carried: list[list[str]] | None = None,
) -> list[list[str]]:
    """`rows` with each empty cell under a timeline or status heading given the text its
    colour (`colour_of(row, column)`, None for none) stands for; every other cell as it is.
    Rows that name no heading are read under `carried`: the heading rows of the table they
    continue, its columns aligned with theirs."""
    timeline, status, first = _headings(rows)
    if not (timeline or status) and carried:
        timeline, status, _ = _headings(carried)
    colours: dict[tuple[int, int], Rgb] = {}
    for i in range(first, len(rows)):
        for j in sorted(timeline | status):
            if j < len(rows[i]) and not rows[i][j] and (colour := colour_of(i, j)) is not None:
                colours[i, j] = colour
    if not colours:
        return rows
    rag_by_month = len({rag_of(c) for (_, j), c in colours.items() if j in timeline} - {None}) > 1
    out = [list(r) for r in rows]
    for (i, j), colour in colours.items():
        if j in status or rag_by_month:
            out[i][j] = rag_of(colour) or out[i][j]
        else:
            out[i][j] = SHADED
    return out
