"""HTML pages (council web pages saved from a browser) to a RawDocument.

Takes the DOM, not the text: headings (`h1`…`h6`) keep their level for the layout stage,
list items are bullets, paragraphs and `<br>`-separated lines are lines, and each `<table>`
becomes rows of cells with its `rowspan`/`colspan` resolved the way a printed page shows
them: the text in the first row and column it covers, the cells it spans below and beside
left empty, so the table stage carries a key area or lead printed once down to each row, as
it does for PDFs and text extracts. Navigation, scripts, styles and forms are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from lxml import etree

from planparse.errors import ReadError
from planparse.read.fills import Rgb, hex_rgb, mark_coloured_cells
from planparse.read.raw import Block, RawDocument, document_of
from planparse.read.text import clean_cell, decode, lines_to_blocks

_SKIP = {"script", "style", "noscript", "nav", "form", "button", "select", "svg", "iframe",
         "head", "template"}  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = {"ul", "ol"}
_BLOCKS = {"p", "div", "section", "article", "main", "body", "header", "footer", "aside",
           "blockquote", "dl", "dt", "dd", "figure", "figcaption", "caption", "center",
           "details", "summary", "address", "pre", "html"} | _LISTS  # fmt: skip


def looks_like_html(head: bytes) -> bool:
    """A saved web page: an HTML doctype or <html> tag at the start (text extracts with
    leftover tags start with prose)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<") and b"<body" in head.lower()
    )


def read_html(path: Path) -> RawDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot read file ({exc.strerror})") from exc
    text, warnings = decode(data, path.name)
    if not text.strip():
        raise ReadError(f"{path.name}: empty document, no text to extract")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"{path.name}: not readable as HTML ({exc})") from exc
    blocks: list[Block] = []
    _walk(root, blocks)
    return document_of(path.name, "html", data, blocks, warnings)


_LEFTOVER_TABLE_RE = re.compile(r"<table\b[^>]*>.*?</table\s*>", re.I | re.S)


def leftover_tables(text: str) -> Iterator[tuple[int, int, list[Block]]]:
    """Each whole `<table>…</table>` left in a text extract: where it starts and ends in the
    text, and its rows as blocks. Rows cut into `<tr><td>` tags are only a table by their
    tags; a table cut off before its closing tag is left to be read as text."""
    for match in _LEFTOVER_TABLE_RE.finditer(text):
        try:
            element = lxml.html.fragment_fromstring(match.group(0))
        except (etree.ParserError, ValueError):
            continue
        if _tag(element) == "table":
            blocks: list[Block] = []
            _table(element, blocks)
            yield match.start(), match.end(), blocks


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _walk(element: etree._Element, blocks: list[Block]) -> None:
    """Blocks of an element's children in document order."""
    _text_lines(element.text, blocks)
    number = _list_start(element)  # an ordered list's items print their numbers
    for child in element:
        tag = _tag(child)
        if tag in _SKIP or not tag:
            pass
        elif tag == "table":
            _table(child, blocks)
        elif tag in _HEADINGS:
            text = clean_cell(child.text_content())
            if text:
                blocks.append(Block("line", text=text, heading_level=_HEADINGS[tag]))
        elif tag == "li":
            own = _inline_text(child)
            if number is not None:
                number = _int(child.get("value")) or number
                own = f"{number}. {own}" if own else own
                number += 1
            if own:
                blocks.append(Block("line", text=own, bullet=True))
            for nested in child:
                if _tag(nested) in _LISTS | {"table"}:
                    _walk_one(nested, blocks)
        elif tag in _BLOCKS or _has_blocks(child):
            _walk(child, blocks)
            if tag in {"p", "div", "table", "section"}:
                blocks.append(Block("blank"))
        elif tag == "br":
            blocks.append(Block("blank"))
        else:
            _text_lines(child.text_content(), blocks)
        _text_lines(child.tail, blocks)


def _list_start(element: etree._Element) -> int | None:
    """The number an ordered list's first item prints ("<ol start="3">": 3), or None for any
    other element: a browser numbers an ordered list's items, so the reader does too."""
    if _tag(element) != "ol" or (element.get("type") or "1") != "1":
        return None
    return _int(element.get("start")) or 1


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def _walk_one(element: etree._Element, blocks: list[Block]) -> None:
    if _tag(element) == "table":
        _table(element, blocks)
    else:
        _walk(element, blocks)


def _has_blocks(element: etree._Element) -> bool:
    return any(_tag(e) in _BLOCKS | {"table", "li"} | set(_HEADINGS) for e in element.iter())


def _text_lines(text: str | None, blocks: list[Block]) -> None:
    """Loose text between elements: lines as the text reader reads them (bullets, headings)."""
    if text and text.strip():
        blocks.extend(b for b in lines_to_blocks([text.strip()]) if b.kind == "line")


def _inline_text(element: etree._Element) -> str:
    """An element's text without its nested lists and tables (those are blocks of their own)."""
    parts = [element.text or ""]
    for child in element:
        if _tag(child) not in _LISTS | {"table"}:
            parts.append(_cell_text(child))
        parts.append(child.tail or "")
    return clean_cell(" ".join(parts))


def _cell_text(element: etree._Element) -> str:
    """A cell's words, with list items as '• item' so milestone lists stay readable."""
    parts = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag == "li":
            parts.append(" • " + _cell_text(child))
        elif tag in {"br", "p", "div"}:
            parts.append(" " + _cell_text(child) + " ")
        elif tag not in _SKIP:
            parts.append(_cell_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_layout_table(table: etree._Element) -> bool:
    """A table a page is laid out with, not one of data: a cell of it holds a table or a
    heading ("<table><tr><td><h1>…</h1><table>…"), as older council sites wrap their whole
    content. (Paragraphs and lists in a cell are a data cell's own: Word's HTML prints them.)"""
    return any(
        _tag(e) == "table" or _tag(e) in _HEADINGS
        for tr in _own_rows(table)
        for cell in _cells(tr)
        for e in cell.iterdescendants()
    )


def _own_rows(table: etree._Element) -> list[etree._Element]:
    """A table's rows, not those of the tables nested in its cells."""
    return [tr for tr in table.iter("tr") if _owning_table(tr) is table]


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [cell for cell in tr if _tag(cell) in {"td", "th"}]


def _table(table: etree._Element, blocks: list[Block]) -> None:
    if _is_layout_table(table):
        for tr in _own_rows(table):
            for cell in _cells(tr):
                _walk(cell, blocks)
        return
    # its caption ("Table 1: Actions for Priority 1 – …") is the line over it, as printed
    caption = next((c for c in table if _tag(c) == "caption"), None)
    if caption is not None and (text := clean_cell(_inline_text(caption))):
        blocks.append(Block("line", text=text))
    rows = table_grid(table)
    for i, cells in enumerate(rows):
        if any(cells):
            blocks.append(Block("row", cells=tuple(cells), table_break=i == 0))
    blocks.append(Block("blank"))


def table_grid(table: etree._Element) -> list[list[str]]:
    """The table's cells on a grid: a spanning cell's text at its top-left, '' where it spans;
    an empty cell coloured under a timeline or status heading as its colour says
    (read/fills.py: a Gantt bar's shading, a RAG cell's colour)."""
    grid: dict[tuple[int, int], str] = {}
    colours: dict[tuple[int, int], Rgb] = {}
    rows = _own_rows(table)
    for r, tr in enumerate(rows):
        col = 0
        for cell in _cells(tr):
            while (r, col) in grid:
                col += 1
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, col + dc)] = ""
            grid[(r, col)] = clean_cell(_cell_text(cell))
            if (colour := background(cell)) is not None:
                colours[(r, col)] = colour
            col += colspan
    if not grid:
        return []
    width = max(c for _, c in grid) + 1
    cells = [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    return mark_coloured_cells(cells, lambda r, c: colours.get((r, c))) if colours else cells


_BACKGROUND_RE = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_HEX_RE = re.compile(r"#(?:[0-9a-f]{3}|[0-9a-f]{6})\b", re.I)
_RGB_RE = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", re.I)
# the named colours a RAG cell is given; any other name is no rating
_NAMED = {"red": "#ff0000", "darkred": "#8b0000", "orange": "#ffa500", "green": "#008000",
          "lime": "#00ff00", "limegreen": "#32cd32", "darkgreen": "#006400"}  # fmt: skip


def background(cell: etree._Element) -> Rgb | None:
    """A cell's background colour, from `bgcolor` or its style, as RGB from 0 to 1."""
    style = _BACKGROUND_RE.search(cell.get("style", ""))
    value = (style[1] if style else cell.get("bgcolor", "")).strip().lower()
    value = _NAMED.get(value.split(" ")[0], value)
    if hexa := _HEX_RE.search(value):
        return hex_rgb(hexa[0])
    if rgb := _RGB_RE.search(value):
        return int(rgb[1]) / 255, int(rgb[2]) / 255, int(rgb[3]) / 255
    return None


def _owning_table(tr: etree._Element) -> etree._Element | None:
    parent = tr.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 1000))
    except ValueError:
        return 1
