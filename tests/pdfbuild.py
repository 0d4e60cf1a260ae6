"""One-page PDFs of a plan, built by the tests: lines of prose and tables, ruled or not."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from tests.hostile import page_pdf

# WinAnsi, as office software writes: the standard encoding would print "'" as a right quote
HELVETICA = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"

LEFT, RIGHT = 40, 572  # page margins on a 612-wide page
LINE = 14  # points between lines
CHAR = 4.6  # mean width of a character of 8-point Helvetica, for wrapping cells


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def show(x: float, y: float, text: str, size: int = 8) -> bytes:
    """Content-stream bytes drawing `text` at (x, y) in the page's font /F1."""
    return b"BT /F1 %d Tf %.1f %.1f Td (%s) Tj ET " % (size, x, y, _escape(text))


def plan_pdf(
    path: Path,
    parts: list[str | list[list[str]]],
    widths: dict[int, list[int]] | None = None,
    ruled: bool = True,
) -> Path:
    """Write `parts` top to bottom: a string is a line of prose, a list of rows a table whose
    first row is its header. Column widths (points) per table index in `widths`, else equal;
    a cell wider than its column wraps onto more lines. Ruled tables draw every cell's edges;
    others keep their columns apart by space alone."""
    stream = b"0.5 w "
    y = 760.0
    table_no = 0
    for part in parts:
        if isinstance(part, str):
            stream += show(LEFT, y, part, size=10)
            y -= LINE + 4
            continue
        ncols = len(part[0])
        cols = (widths or {}).get(table_no) or [(RIGHT - LEFT) // ncols] * ncols
        xs = [LEFT + sum(cols[:i]) for i in range(ncols + 1)]
        top = y + LINE - 3
        row_ys = [top]
        for row in part:
            lines = [
                textwrap.wrap(cell, max(4, int((width - 6) / CHAR)))
                for cell, width in zip(row, cols, strict=False)
            ]
            for x, cell_lines in zip(xs, lines, strict=False):
                for k, text in enumerate(cell_lines):
                    stream += show(x + 3, y - k * (LINE - 4), text)
            y -= max(1, *(len(c) for c in lines)) * (LINE - 4) + 6
            row_ys.append(y + LINE - 3)
        bottom = row_ys[-1]
        if ruled:
            stream += b"".join(b"%d %.1f m %d %.1f l S " % (xs[0], r, xs[-1], r) for r in row_ys)
            stream += b"".join(b"%d %.1f m %d %.1f l S " % (x, top, x, bottom) for x in xs)
        y -= LINE + 6
        table_no += 1
    path.write_bytes(page_pdf(stream, resource=HELVETICA))
    return path


def parts_of_text(text: str) -> list[str | list[list[str]]]:
    """A text extract's lines as `plan_pdf` parts: tab-separated or pipe-table rows make
    tables (a blank line ends one), other lines are prose; markdown heading marks dropped."""
    parts: list[str | list[list[str]]] = []
    table: list[list[str]] | None = None
    for line in text.splitlines():
        if "\t" in line or line.startswith("|"):
            if re.fullmatch(r"[|\-\s:]+", line):
                continue  # a pipe table's rule line
            cells = line.split("\t") if "\t" in line else line.strip().strip("|").split("|")
            if table is None:
                table = []
                parts.append(table)
            table.append([c.strip() for c in cells])
        else:
            table = None
            if line.strip():
                parts.append(line.lstrip("# "))
    return parts
