"""PDF to RawDocument with pdfplumber: ruled tables as rows of cells, other text as lines.

Each page's chars and rules are read by pdfium (`pdfium_objects.py`, three times faster than
pdfminer's parse, which stays as the fallback); pdfplumber's table finder and word grouping
then run on them.

Takes a PDF and adds, page by page in reading order (top to bottom): each table pdfplumber
finds from ruling lines as `row` blocks (a `table_break` on its first row; a merged cell,
`None`, becomes an empty cell that the rows stage fills from above), and the words outside
tables as `line` blocks. Running headers and footers — lines printed on most pages, "Page 3 of
12", "OFFICIAL" — are dropped. Rules that draw no grid round a table printed without one
(a shaded header, a frame, rules down the columns alone) leave it to the borderless reader.
Each page is closed after use (engineering notes: 47 MB vs
795 MB peak on 204 pages). A table's cells are read in `pdf_cells.py`, tables drawn without
rules and two-column prose in `whitespace.py`, lines a page wrapped joined in `pdf_lines.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, NamedTuple

from planparse.errors import NoTextLayerError, ReadError
from planparse.read import whitespace
from planparse.read.fills import HEADER_ROWS, heading_rows
from planparse.read.pages import (
    Item,
    blocks_of_pages,
    borderless_items,
    edge_lines,
    foot_of,
    running_test,
)
from planparse.read.pdf_cells import (
    cell_text,
    cell_texts,
    fill_open_cells,
    inside,
    mark_drawn_empty,
    page_spellings,
    place_words,
    split_at_headers,
    spread_spanning_cells,
    tidy_table,
)
from planparse.read.pdf_fills import Fill, mark_filled_cells, page_fills
from planparse.read.pdfium_objects import load_objects
from planparse.read.raw import RawDocument

# What reads each page's chars and rules: pdfium (pdfium_objects.py) or pdfminer's parse
Engine = Literal["pdfium", "pdfminer"]
TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def settings_for(page: Any) -> dict[str, Any]:
    """Table settings for one page: ruling lines, plus a rule closing the top and the bottom
    of the vertical rules. A table cut by a page break is often drawn without the rule at the
    cut (Hull accessible PDF p.8: the row continued from p.7 has side rules and a bottom rule
    only), and pdfplumber finds no cell in a grid left open."""
    vertical = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 5]
    if not vertical:
        return TABLE_SETTINGS
    closing = [min(e["top"] for e in vertical), max(e["bottom"] for e in vertical)]
    return {**TABLE_SETTINGS, "explicit_horizontal_lines": closing}


def as_drawn(pdf: Any, page: Any) -> Any:
    """A page whose /Rotate turns its text on its side, read as its content draws it.

    A landscape table saved as a portrait page turned by /Rotate shows its lines running down
    the page: pdfplumber reads the page as displayed, so every char is on its side and the
    words come out a letter column at a time. When most chars of a rotated page are not
    upright, the page is read again unrotated, where they are. Pages without /Rotate, and
    rotated pages whose content is drawn turned back (most Word landscape pages), are as is.
    """
    from pdfplumber.page import Page

    if not page.rotation or not page.chars:
        return page
    if sum(1 for c in page.chars if c["upright"]) * 2 >= len(page.chars):
        return page
    page.page_obj.attrs["Rotate"] = 0
    page.page_obj.rotate = 0
    return Page(
        pdf, page.page_obj, page_number=page.page_number, initial_doctop=page.initial_doctop
    )


class Columns(NamedTuple):
    """A ruled table's columns as a page left them: the span (x0, x1) of each column it kept,
    and its heading rows (`fills.heading_rows`), each a column's text by span."""

    spans: list[tuple[float, float]]
    headings: list[dict[tuple[float, float], str]]


# Points a column's edges may move between pages and still be the same column: pdfplumber
# snaps rules this close together into one (its snap_tolerance).
SAME_EDGE = 3.0

Span = tuple[float, float]
Word = whitespace.Word


def _same_span(a: Span, b: Span) -> bool:
    return abs(a[0] - b[0]) <= SAME_EDGE and abs(a[1] - b[1]) <= SAME_EDGE


def _kept_from_above(spans: list[Span], above: Columns | None) -> set[int] | None:
    """The columns of a page's first table that the table the page before ended with kept,
    when every one of those is among them (the table goes on, drawn on the same columns);
    else None."""
    if above is None or not above.spans:
        return None
    kept = {j for j, s in enumerate(spans) if any(_same_span(s, a) for a in above.spans)}
    return kept if len(kept) >= len(above.spans) else None


def _carried_headings(spans: list[Span], above: Columns) -> list[list[str]]:
    """The heading rows of the table above, set on this table's columns."""
    return [
        [next((text for a, text in row.items() if _same_span(s, a)), "") for s in spans]
        for row in above.headings
    ]


def _column_spans(table: Any) -> list[Span]:
    """Each column's span (x0, x1) in a pdfplumber table: its cells' left edges in turn, the
    last column ending at the table's right edge (a merged cell's own edges would span
    several)."""
    lefts = sorted({cell[0] for cell in table.cells})
    return list(zip(lefts, [*lefts[1:], max(cell[2] for cell in table.cells)], strict=True))


def _has_merged_cells(table: Any) -> bool:
    """Whether a cell of the table spans columns or rows (pdfplumber gives None where)."""
    return any(cell is None for row in table.rows for cell in row.cells)


def _columns_left(
    spans: list[Span], rows: list[list[str]], kept: set[int], continued: Columns | None
) -> Columns:
    """The columns a table leaves for the next page: those it fills or kept from the page
    before (`continued`, the columns it goes on from), and its own heading rows or, printing
    none, those it went on under."""
    own = heading_rows(rows)
    return Columns(
        [s for j, s in enumerate(spans) if j in kept or any(r[j] for r in rows)],
        [dict(zip(spans, r, strict=True)) for r in own]
        if own or continued is None
        else continued.headings,
    )


class Carry(NamedTuple):
    """What a page leaves for the next: the columns of the ruled table it ended with, the
    borderless table that ran to its foot, and the text of each page's first and last line
    so far (a running header or footer prints them again)."""

    ruled: Columns | None = None
    borderless: whitespace.Carried | None = None
    edges: frozenset[str] = frozenset()


def page_words(page: Any) -> list[Word]:
    """The page's words. Text turned a quarter left, as a narrow header cell prints it
    ("Deadline" up the cell), reads up the page: pdfplumber reads turned text downwards
    unless told, which spells it backwards ("enildaeD"), so a page whose turned chars mostly
    read up is read so."""
    turned = [c for c in page.chars if not c["upright"]]
    up = sum(1 for c in turned if _reads_up(c))
    settings = {"char_dir_rotated": "btt"} if up * 2 > len(turned) else {}
    return page.extract_words(use_text_flow=False, keep_blank_chars=False, **settings)


def _reads_up(char: dict[str, Any]) -> bool:
    """Whether a char reads up the page: as pdfium's reading says, or by pdfminer's matrix."""
    if "reads_up" in char:
        return bool(char["reads_up"])
    matrix = char.get("matrix") or (1, 0)
    return matrix[1] > 0


def _page_items(page: Any, carry: Carry | None = None) -> tuple[list[Item], Carry]:
    """(top, kind, payload) for each table and each text line outside tables, and what the
    page leaves for the next (`Carry`).

    A page's first table drawn on the columns of the ruled table the page before ended with
    goes on from it: printed without its header, it keeps the columns kept there though none
    of its cells here is filled (a timeline's past quarters), and reads its cells' colours
    under that table's headings. Lines at the top of a page set in the columns of a
    borderless table that ran to the foot of the page before are its rows going on."""
    carry = carry or Carry()
    above = carry.ruled
    items: list[Item] = []
    all_words = page_words(page)
    tables, ordered, spaced, borderless = _tables_by_kind(page, all_words, carry)
    spellings = page_spellings(all_words)
    fills: list[Fill] | None = None  # read once, on a page with a table
    for index, table in enumerate(tables):
        found, unplaced = place_words(table, [w for w in all_words if inside(w, [table.bbox])])
        rows = [[cell_text(c, spellings) for c in row] for row in cell_texts(table, found)]
        rows = spread_spanning_cells(table, fill_open_cells(table, rows, unplaced))
        rows = mark_drawn_empty(table, rows)
        if fills is None:
            fills = page_fills(page)
        spans = _column_spans(table)
        kept = _kept_from_above(spans, above) if index == 0 else None
        carried = _carried_headings(spans, above) if kept is not None and above else None
        rows = mark_filled_cells(table, rows, fills, carried)
        for part in split_at_headers(rows):
            # a table going on from the page before stays one though it holds a single cell
            # (the end of a deadline the break cut): not a box around a line or a list
            # (several rows), nor a title printed across the columns (a merged cell)
            one_cut_cell = len(part) == 1 and not _has_merged_cells(table)
            kind = "continued" if kept is not None and one_cut_cell else "table"
            items.append((table.bbox[1], kind, tidy_table(part, kept or ())))
        above = _columns_left(spans, rows, kept or set(), above if carried else None)
    items += borderless_items(spaced, ordered, page.width, page.height)
    edges = edge_lines(ordered)
    return items, Carry(above if tables else None, borderless, carry.edges | edges)


def _lines_outside(words: list[Word], bboxes: list[Any]) -> list[list[Word]]:
    """The page's words outside the ruled tables, as lines top to bottom, each left to right."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        if not inside(word, bboxes):
            lines.setdefault(round(word["top"] / 3), []).append(word)
    return [sorted(lines[key], key=lambda w: w["x0"]) for key in sorted(lines)]


def _one_row_or_column(table: Any) -> bool:
    """A single row (a shaded header, a box round the whole table, rules down the columns
    alone) or a single column (a frame with a rule under each row)."""
    return len(table.rows) == 1 or len(_column_spans(table)) == 1


def _rules_hold_no_grid(table: Any) -> bool:
    """A "table" of ruling lines that may only frame one drawn without a full grid: one row
    or one column, or a few rows (a header ruled as a grid over rows that are not)."""
    return len(table.rows) <= HEADER_ROWS or len(_column_spans(table)) == 1


def _frames(table: Any, found: list[whitespace.Found], lines: list[list[Word]]) -> bool:
    """Whether a borderless table (of `found`) is printed in rules that draw no grid
    (`table`): its header is the first line inside them, and rows follow it, inside them or
    below. Below them only, where the rules draw a grid of several rows (the header's
    alone)."""
    top, bottom = table.bbox[1], table.bbox[3]
    first = next((k for k, line in enumerate(lines) if top <= line[0]["top"] < bottom), None)
    framed = next((f for f in found if f.first == first and len(f.rows) > 1), None)
    if framed is None:
        return False
    return _one_row_or_column(table) or lines[framed.end - 1][0]["top"] >= bottom


def _tables_by_kind(
    page: Any, words: list[Word], carry: Carry
) -> tuple[list[Any], list[list[Word]], list[whitespace.Found], whitespace.Carried | None]:
    """The page's ruled tables, its lines outside them, and its borderless tables among those
    lines, with what the last of those leaves for the next page.

    Rules that draw no grid are no ruled table when a borderless table is printed in them: a
    header row shaded or ruled as a grid, the rows below kept apart by space alone; a frame
    round a table, perhaps with a rule under each row, but none between its columns; rules
    down its columns alone. Their words are read with the borderless tables, where their
    columns are found from the header's words."""
    tables = sorted(page.find_tables(settings_for(page)), key=lambda t: t.bbox[1])
    running = running_test(page.page_number, carry.edges, words)
    foot = foot_of(page.height)
    loose = [t for t in tables if _rules_hold_no_grid(t)]
    ruled = [t for t in tables if t not in loose]
    ordered = _lines_outside(words, [t.bbox for t in ruled])
    found, borderless = whitespace.find_tables(ordered, carry.borderless, running, foot)
    held = [t for t in loose if not _frames(t, found, ordered)]
    if held:  # rules around a cell or a list: a ruled table after all
        ruled = sorted([*ruled, *held], key=lambda t: t.bbox[1])
        ordered = _lines_outside(words, [t.bbox for t in ruled])
        found, borderless = whitespace.find_tables(ordered, carry.borderless, running, foot)
    return ruled, ordered, found, borderless


def _is_encryption_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's password errors (PdfminerException): look down the chain."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if any(word in type(seen).__name__ for word in ("Password", "Encrypt")):
            return True
        inner = [a for a in seen.args if isinstance(a, BaseException)]
        seen = seen.__cause__ or seen.__context__ or (inner[0] if inner else None)
    return False


def read_pdf(path: Path, engine: Engine = "pdfium") -> RawDocument:
    """Read a PDF; raises ReadError naming the file and the reason when it cannot.

    `engine` reads each page's chars and rules: "pdfium" (pdfium_objects.py, in C) or
    "pdfminer" (pdfplumber's own parse, in Python; the fallback where pdfium cannot open
    the file)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot read file ({exc.strerror})") from exc
    if not data:
        raise ReadError(f"{path.name}: empty file (0 bytes)")
    if not data.lstrip().startswith(b"%PDF-"):
        raise ReadError(f"{path.name}: not a PDF (no %PDF header); is it another format renamed?")
    pages_items: list[list[Item]] = []
    widths: list[float] = []
    carry = Carry()  # what the page before left: tables going on, running lines
    try:
        with pdfplumber.open(path) as pdf, pdfium_document(data, engine) as drawn:
            page_count = len(pdf.pages)
            for index, page in enumerate(pdf.pages):
                pdfium_page = load_drawn(page, drawn, index)
                upright = as_drawn(pdf, page)
                if pdfium_page is not None and upright is not page:
                    load_objects(upright, pdfium_page)
                page_items, carry = _page_items(upright, carry)
                pages_items.append(page_items)
                widths.append(float(upright.width))
                upright.close()
                page.close()
                if pdfium_page is not None:
                    pdfium_page.close()
    except PDFPasswordIncorrect as exc:
        raise ReadError(f"{path.name}: encrypted PDF; remove the password first") from exc
    except Exception as exc:  # pdfminer raises many types for damaged files
        name = type(exc).__name__
        if _is_encryption_error(exc):
            raise ReadError(f"{path.name}: encrypted PDF; remove the password first") from exc
        raise ReadError(f"{path.name}: corrupt or truncated PDF ({name})") from exc
    if page_count == 0:
        raise ReadError(f"{path.name}: PDF has no pages")
    if not any(items for items in pages_items):
        raise NoTextLayerError(f"{path.name}: no text layer (scanned PDF?); run OCR first")
    return RawDocument(
        source_file=path.name,
        source_format="pdf",
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=blocks_of_pages(pages_items, widths),
        page_count=page_count,
    )


def load_drawn(page: Any, drawn: Any, index: int) -> Any:
    """Give `page` its chars and rules from page `index` of the pdfium document and return
    that pdfium page (the caller closes it); None, and pdfminer parses the page when asked,
    where there is no document or pdfium read fewer pages."""
    if drawn is None or index >= len(drawn):
        return None
    pdfium_page = drawn[index]
    load_objects(page, pdfium_page)
    return pdfium_page


@contextmanager
def pdfium_document(data: bytes, engine: Engine = "pdfium") -> Iterator[Any]:
    """The PDF opened in pdfium, or None: pdfminer then reads the pages (pdfplumber's way)."""
    if engine != "pdfium":
        yield None
        return
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        yield None
        return
    try:
        yield document
    finally:
        document.close()
