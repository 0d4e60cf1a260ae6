"""Word documents (.docx) to a RawDocument, with python-docx.

Takes the body in reading order: paragraphs styled "Heading N" (or "Title") keep their level,
list paragraphs are bullets, and each table becomes rows of cells. Word merges cells by
pointing several grid positions at one cell; python-docx returns that cell again for each
position, so a merged cell's text is kept where it starts (top-left) and the positions it
covers are left empty, as on the printed page: the table stage then carries a key area or a
lead printed once down to its rows, the same as for PDFs and HTML.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from planparse.errors import ReadError
from planparse.read.fills import Rgb, hex_rgb, mark_coloured_cells
from planparse.read.raw import Block, RawDocument, document_of
from planparse.read.text import clean_cell, lines_to_blocks

_HEADING_STYLE_RE = re.compile(r"^heading\s*(\d)$", re.I)
DOCX_MAGIC = b"PK\x03\x04"


def holds_office_part(path: Path, head: bytes, part: str, suffix: str) -> bool:
    """An Office file (a zip) holding `part` ("word/document.xml", "xl/workbook.xml"),
    whatever its name; a damaged zip by its `suffix` alone."""
    if not head.startswith(DOCX_MAGIC):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return part in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return path.suffix.lower() == suffix


def looks_like_docx(path: Path, head: bytes) -> bool:
    return holds_office_part(path, head, "word/document.xml", ".docx")


def read_docx(path: Path) -> RawDocument:
    from docx import Document

    try:
        data = path.read_bytes()
        document = Document(str(path))
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot read file ({exc.strerror})") from exc
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a bad file
        raise ReadError(f"{path.name}: not a readable Word document ({exc})") from exc
    blocks: list[Block] = []
    _content(_body_items(document.element.body, document), blocks)
    return document_of(path.name, "docx", data, blocks)


def _content(items: Iterable[Any], blocks: list[Block]) -> None:
    """Blocks of paragraphs and tables in order. A table laid out as a box around content
    (a cell holding a table of its own, as a template frames a section) is read as the
    paragraphs and tables its cells hold, not as a table of data."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    counter = 0  # position in a run of "List Number" paragraphs: Word prints the number
    for item in items:
        if isinstance(item, Paragraph):
            style = (item.style.name if item.style is not None else "") or ""
            counter = counter + 1 if "number" in style.lower() else 0
            _paragraph(item, blocks, counter)
        elif isinstance(item, Table):
            counter = 0
            cells = [cell for row in item.rows for cell in _own_cells(row)]
            if any(cell.tables for cell in cells):
                for cell in cells:
                    _content(_body_items(cell._tc, cell), blocks)
            else:
                _table(item, blocks)


def _own_cells(row: Any) -> list[Any]:
    """A row's cells, a cell merged across columns once."""
    seen: list[Any] = []
    for cell in row.cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return seen


def paragraph_text(paragraph: object) -> str:
    """A paragraph's text as Word shows it with its tracked changes accepted: its runs, those
    a tracked insertion holds too (python-docx's `text` leaves them out), and not the text a
    tracked deletion or move took away."""
    from docx.oxml.ns import qn

    gone = {qn("w:del"), qn("w:moveFrom")}
    parts = []
    for element in paragraph._p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):  # type: ignore[attr-defined]
        if any(ancestor.tag in gone for ancestor in element.iterancestors()):
            continue
        if element.tag == qn("w:t"):
            parts.append(element.text or "")
        else:
            parts.append("\t" if element.tag == qn("w:tab") else "\n")
    return "".join(parts)


def _body_items(parent: Any, owner: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, those inside content controls (a council
    template's `w:sdt` boxes around a table or a section) too: python-docx's
    `iter_inner_content` passes over them."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, owner)
        elif child.tag == qn("w:tbl"):
            yield Table(child, owner)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_items(content, owner)


def _paragraph(paragraph: object, blocks: list[Block], number: int = 0) -> None:
    text = paragraph_text(paragraph)
    if number and text.strip():
        text = f"{number}. {text}"
    if not text.strip():
        blocks.append(Block("blank"))
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""  # type: ignore[attr-defined]
    heading = _HEADING_STYLE_RE.match(style)
    level = int(heading.group(1)) if heading else (1 if style.lower() == "title" else 0)
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None  # type: ignore[attr-defined]
    bullet = numbered or "list" in style.lower()
    for line in text.splitlines():
        for block in lines_to_blocks([line]):
            if block.kind != "line":
                continue
            blocks.append(
                Block(
                    "line",
                    text=block.text,
                    heading_level=level or block.heading_level,
                    bullet=bullet or block.bullet,
                )
            )


def _table(table: object, blocks: list[Block]) -> None:
    """The table's rows, an empty cell shaded under a timeline or status heading as its
    colour says (read/fills.py: a Gantt bar's shading, a RAG cell's colour)."""
    above: list[object] = []
    rows: list[list[str]] = []
    colours: dict[tuple[int, int], Rgb] = {}
    for r, row in enumerate(table.rows):  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: list[object] = []
        for col, cell in enumerate(row.cells):
            merged_left = bool(seen) and cell._tc is seen[-1]
            merged_above = col < len(above) and cell._tc is above[col]
            seen.append(cell._tc)
            cells.append("" if merged_left or merged_above else _cell_text(cell))
            if not (merged_left or merged_above) and (colour := _shading(cell)) is not None:
                colours[(r, col)] = colour
        above = seen
        rows.append(cells)
    if colours:
        rows = mark_coloured_cells(rows, lambda r, c: colours.get((r, c)))
    first = True
    for cells in rows:
        if any(cells):
            blocks.append(Block("row", cells=tuple(cells), table_break=first))
            first = False
    blocks.append(Block("blank"))


def _shading(cell: object) -> Rgb | None:
    """A cell's shading colour (`w:shd w:fill`), None when it has none or "auto"."""
    from docx.oxml.ns import qn

    properties = cell._tc.tcPr  # type: ignore[attr-defined]
    shading = properties.find(qn("w:shd")) if properties is not None else None
    return hex_rgb(shading.get(qn("w:fill"), "")) if shading is not None else None


def _cell_text(cell: object) -> str:
    """A cell's paragraphs joined; list paragraphs marked '•' so milestone lists stay apart."""
    parts = []
    for paragraph in cell.paragraphs:  # type: ignore[attr-defined]
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        listed = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        text = paragraph_text(paragraph)
        prefix = "• " if (listed or "list" in style.lower()) and text.strip() else ""
        parts.append(prefix + text)
    return clean_cell(" ".join(parts))
