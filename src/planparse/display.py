"""Show what extraction saw on one PDF page: tables, cells and the role given to each column.

Takes a PDF and a page number and adds a text grid per table (each column headed by the role
`tables/roles.py` gives it), and optionally a PNG of the page with pdfplumber's table finder
drawn over it, so an analyst can see why a row was missed. It uses the same table settings and
tidying as `read/pdf.py`: no second code path for debugging.
"""

from __future__ import annotations

from pathlib import Path

from planparse.errors import ReadError
from planparse.read.pdf import load_drawn, page_words, pdfium_document, settings_for
from planparse.read.pdf_cells import cells_from_words, tidy_table
from planparse.read.text import clean_cell
from planparse.tables.roles import row_to_roles

DEFAULT_CELL_WIDTH = 28


def _grid(rows: list[list[str]], width: int = DEFAULT_CELL_WIDTH) -> str:
    roles = next((r for r in (row_to_roles(tuple(row)) for row in rows) if r), None)
    header = [f"<{r or '?'}>" for r in roles] if roles else [f"col{i}" for i in range(len(rows[0]))]
    lines = [" | ".join(h[:width].ljust(width) for h in header)]
    for row in rows:
        lines.append(" | ".join(c[:width].ljust(width) for c in row))
    return "\n".join(lines)


def inspect_page(path: str | Path, page: int, png: str | Path | None = None) -> str:
    """A text report of the tables on `page` (1-based); writes the debug PNG when asked."""
    import pdfplumber

    path = Path(path)
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises many types for damaged files
        raise ReadError(f"{path.name}: cannot open as PDF ({type(exc).__name__})") from exc
    with pdf, pdfium_document(path.read_bytes()) as drawn:
        if not 1 <= page <= len(pdf.pages):
            raise ReadError(f"{path.name}: page {page} out of range 1-{len(pdf.pages)}")
        p = pdf.pages[page - 1]
        load_drawn(p, drawn, page - 1)  # the chars and rules extraction reads
        tables = p.find_tables(settings_for(p))
        words = page_words(p)  # as extraction reads them: turned text the right way up
        parts = [f"{path.name} page {page}: {len(tables)} table(s)"]
        for number, table in enumerate(tables, start=1):
            cells = cells_from_words(table, words)
            rows = tidy_table([[clean_cell(c or "") for c in row] for row in cells])
            parts.append(f"\ntable {number} bbox {tuple(round(v) for v in table.bbox)}")
            parts.append(_grid(rows) if rows else "(empty)")
        if png is not None:
            p.to_image(resolution=100).debug_tablefinder(settings_for(p)).save(str(png))
            parts.append(f"\nwrote {png}")
    return "\n".join(parts)
