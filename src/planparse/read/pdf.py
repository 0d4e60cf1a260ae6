"""PDF to RawDocument with pdfplumber: ruled tables as rows of cells, other text as lines.

Takes a PDF and adds, page by page in reading order (top to bottom): each table pdfplumber
finds from ruling lines as `row` blocks (a `table_break` on its first row; a merged cell,
`None`, becomes an empty cell that the rows stage fills from above), and the words outside
tables as `line` blocks. Running headers and footers — lines printed on most pages, "Page 3 of
12", "OFFICIAL" — are dropped. Each page is closed after use (engineering notes: 47 MB vs
795 MB peak on 204 pages).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from planparse.errors import NoTextLayerError, ReadError
from planparse.read import whitespace
from planparse.read.raw import Block, RawDocument
from planparse.read.text import clean_cell, lines_to_blocks

# A line on at least this share of pages (and 3 pages or more) is a running header/footer.
DEFAULT_RUNNING_SHARE = 0.5
_PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _cell(text: str | None) -> str:
    if not text:
        return ""
    # "im-\nproving" is improving; a compound keeps its hyphen ("self-\nevaluation")
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", _hyphen_at_line_end, text)
    # a narrow Word cell wraps inside a token: "62\n%" is 62%, "Quarterl\ny" is Quarterly
    # (one letter alone on a line is never a word of its own, except "a")
    text = re.sub(r"(?<=\d)[ \n]+%", "%", text)
    # a month and year wrapped at their hyphen: "Feb-\n23" is Feb-23, "24-\nApr" 24-Apr
    text = re.sub(r"(?<=\b[A-Za-z]{3}-)\n(?=\d{2}\b)|(?<=\b\d{2}-)\n(?=[A-Za-z]{3}\b)", "", text)
    text = re.sub(r"(?<=[a-z])\n([b-z])(?=\s|$)", r"\1", text)
    return clean_cell(text.replace("\n", " "))


# First halves of compounds that keep their hyphen when a line ends after it.
_COMPOUND_HEADS = frozenset(
    (  # noqa: SIM905 (a word list reads better as words)
        "self co non multi cross well person child family young pre post joined long short "
        "full part high low year age evidence trauma needs solution outcome inter one two "
        "three four five six half"
    ).split()
)


def _hyphen_at_line_end(match: re.Match[str]) -> str:
    head = re.search(r"[A-Za-z]+$", match.string[: match.start()])
    if re.match(r"(?:and|or|to)\b", match.string[match.end() :]):
        return "- "  # a hyphen left hanging: "pre- and post-diagnostic"
    if re.search(r"[A-Za-z]+-[A-Za-z]+$", match.string[: match.start()]):
        return "-"  # inside a compound already: "easy-to-" + "understand"
    return "-" if head and head[0].lower() in _COMPOUND_HEADS else ""


def _inside(word: dict[str, Any], bboxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bboxes)


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


def _page_items(page: Any) -> list[tuple[float, str, Any]]:
    """(top, kind, payload) for each table and each text line outside tables."""
    items: list[tuple[float, str, Any]] = []
    tables = page.find_tables(settings_for(page))
    bboxes = [t.bbox for t in tables]
    all_words = page.extract_words(use_text_flow=False, keep_blank_chars=False)
    words = [w for w in all_words if not _inside(w, bboxes)]
    for table in tables:
        inner = [w for w in all_words if _inside(w, [table.bbox])]
        rows = [[_cell(c) for c in row] for row in cells_from_words(table, inner)]
        rows = fill_open_cells(table, rows, inner)
        for part in split_at_headers(rows):
            items.append((table.bbox[1], "table", tidy_table(part)))
    lines: dict[int, list[dict[str, Any]]] = {}
    for word in words:
        lines.setdefault(round(word["top"] / 3), []).append(word)
    ordered = [sorted(lines[key], key=lambda w: w["x0"]) for key in sorted(lines)]
    in_table: set[int] = set()
    for first, end, rows in whitespace.find_tables(ordered):
        # a table drawn without rules, columns from its header's words (read/whitespace.py)
        items.append((ordered[first][0]["top"], "table", tidy_table(rows)))
        in_table.update(range(first, end))
    prose = [line for index, line in enumerate(ordered) if index not in in_table]
    at = whitespace.gutter(prose, page.width)
    # two-column prose reads down the left column, then down the right one
    columns = (
        [(0.0, prose)]
        if at is None
        else list(zip((0.0, page.height), whitespace.split_columns(prose, at), strict=True))
    )
    for offset, column in columns:
        for line_words in column:
            text = " ".join(w["text"] for w in line_words)
            line = PdfLine(text, line_words[0]["x0"], line_words[-1]["x1"])
            items.append((line_words[0]["top"] + offset, "line", line))
    items.sort(key=lambda item: item[0])
    return items


class PdfLine(NamedTuple):
    """A line of text outside tables, with where it starts and ends on the page."""

    text: str
    x0: float
    x1: float


def cells_from_words(table: Any, words: list[dict[str, Any]]) -> list[list[str | None]]:
    """The text of each cell from the page's words: a word goes to the cell holding its middle,
    whole, where pdfplumber's `Table.extract()` gives each cell its own chars and so cuts a
    word printed over a cell's edge ("… in the right pla" | "ce", Hillingdon strategy p.1);
    and the page's words are read once, not again per cell (a tenth of a PDF's time)."""
    cells = [[c for c in row.cells] for row in table.rows]
    found: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for word in words:
        h_mid, v_mid = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        for i, row in enumerate(cells):
            at = next(
                (
                    j
                    for j, c in enumerate(row)
                    if c and c[0] <= h_mid < c[2] and c[1] <= v_mid < c[3]
                ),
                None,
            )
            if at is not None:
                found.setdefault((i, at), []).append(word)
                break
    out: list[list[str | None]] = []
    for i, row in enumerate(cells):
        out.append(
            [
                None if c is None else _words_text(found.get((i, j), []), 3)
                for j, c in enumerate(row)
            ]
        )
    return out


def _words_text(words: list[dict[str, Any]], tolerance: float | None = None) -> str:
    """Words as the lines they are printed on, top to bottom, for `_cell`: a word starts a new
    line when its top is more than `tolerance` below the line's last word (pdfplumber's own
    clustering), or, without one, by rows of 3 points."""
    if tolerance is None:
        lines: dict[int, list[dict[str, Any]]] = {}
        for word in words:
            lines.setdefault(round(word["top"] / 3), []).append(word)
        groups = [lines[k] for k in sorted(lines)]
    else:
        groups = []
        last = None
        for word in sorted(words, key=lambda w: w["top"]):
            if last is None or word["top"] - last > tolerance:
                groups.append([])
            groups[-1].append(word)
            last = word["top"]
    return "\n".join(" ".join(w["text"] for w in sorted(g, key=lambda w: w["x0"])) for g in groups)


def fill_open_cells(
    table: Any, rows: list[list[str]], words: list[dict[str, Any]]
) -> list[list[str]]:
    """Words inside a table that fall in no cell, put in the open cell of their row and column.

    A cell drawn without one of its rules is no cell to pdfplumber (`None`, like a merged one),
    and `extract()` drops its words: Hull p.9 draws "Implement a partnership wide training
    offer …" under an action column whose rule stops one row short. Words inside another cell
    are that cell's; the rest go to the open cell whose row and column hold them, when only
    one row and one column do.
    """
    cells = [c for row in table.rows for c in row.cells if c]
    orphans = [w for w in words if not _inside(w, cells)]
    if not orphans:
        return rows
    columns = [c.bbox for c in table.columns]
    tops = [r.bbox[1] for r in table.rows]
    placed: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for word in orphans:
        cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        # a row reaches from its top to the next row's: a cell spanning rows makes its
        # row's box reach further down (Hull p.12)
        in_rows = [i for i, top in enumerate(tops) if top <= cy]
        in_columns = [j for j, c in enumerate(columns) if c[0] <= cx <= c[2]]
        if not in_rows or len(in_columns) != 1:
            continue  # columns overlap (stacked tables, Hounslow): no one place
        i, j = in_rows[-1], in_columns[0]
        if j < len(rows[i]) and table.rows[i].cells[j] is None:
            placed.setdefault((i, j), []).append(word)
    out = [list(r) for r in rows]
    for (i, j), found in placed.items():
        out[i][j] = _cell(_words_text(found))
    return out


def split_at_headers(rows: list[list[str]]) -> list[list[list[str]]]:
    """Cut a pdfplumber table where a header row starts another table drawn right below it.

    Two tables stacked on a page with touching borders come back as one grid whose columns are
    the union of both (Hounslow p.6); each part keeps only its own columns after tidying.
    """
    from planparse.tables.roles import row_to_roles

    def is_header(row: list[str]) -> bool:
        return row_to_roles(tuple(c for c in row if c)) is not None

    parts: list[list[list[str]]] = [[]]
    for row in rows:
        # a header printed over two rows ("Lead | Timeframe" above "Areas … | Actions") stays whole
        if parts[-1] and is_header(row) and not all(is_header(r) for r in parts[-1]):
            parts.append([])
        parts[-1].append(row)
    return [p for p in parts if p]


def tidy_table(rows: list[list[str]]) -> list[list[str]]:
    """Drop columns empty in every row, and fold a header printed over two rows into one.

    Word/LibreOffice exports draw extra rules, so pdfplumber's grid has columns no cell fills;
    a header whose "Lead" sits lower than "Actions" comes back as two rows (Hounslow).
    """
    from planparse.tables.roles import header_to_role

    if not rows:
        return rows
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [c for c in range(width) if any(r[c] for r in rows)]
    rows = [[r[c] for c in keep] for r in rows]
    out: list[list[str]] = []
    for row in rows:
        filled = [c for c in row if c]
        if (
            out
            and filled
            and all(header_to_role(c) for c in filled)
            and any(header_to_role(c) for c in out[-1] if c)
            and all(not a or not b for a, b in zip(out[-1], row, strict=True))
        ):
            out[-1] = [a or b for a, b in zip(out[-1], row, strict=True)]
            continue
        out.append(row)
    return _headers_over_their_columns(out)


def _headers_over_their_columns(rows: list[list[str]]) -> list[list[str]]:
    """Move a header cell drawn off the column it heads.

    A header row drawn with other rules than the body names a column nothing fills:
    - Hounslow p.12 prints "Timeframe" one column right of its dates, p.10 "Lead" one column
      right of its leads: a deadline or lead header moves onto a neighbouring unnamed column
      whose cells read as deadlines or name roles and organisations;
    - Hounslow p.9 prints "Actions" over the id column, the action texts two columns right:
      an action header over an empty column, followed by a column of ids and then a column of
      sentences, moves onto the sentences (the ids keep their unnamed column); so does one
      drawn over the ids themselves with the sentences right of them (p.14), and one over an
      empty column beside a column of sentences (pp.8, 13).
    """
    from planparse.fields.dates import parse_due
    from planparse.fields.ids import is_action_id
    from planparse.fields.leads import is_lead_cell
    from planparse.tables.roles import header_to_role

    if len(rows) < 2:
        return rows
    header, body = list(rows[0]), rows[1:]
    filled = [[r[c] for r in body if r[c]] for c in range(len(header))]

    def mostly(cells: list[str], test: Any) -> bool:
        return bool(cells) and len([c for c in cells if test(c)]) * 2 > len(cells)

    def dated(cell: str) -> bool:
        return parse_due(cell).due_kind in ("date", "recurring", "ongoing")

    def unnamed(n: int) -> bool:
        return 0 <= n < len(header) and not header[n] and bool(filled[n])

    for c, name in enumerate(header):
        role = header_to_role(name) if name else None
        if (
            role == "action"
            and mostly(filled[c], is_action_id)
            and unnamed(c + 1)
            and mostly(filled[c + 1], lambda t: len(t.split()) >= 3)
        ):
            # Hounslow p.14: "Actions" drawn over the ids, the action texts one column right
            header[c + 1], header[c] = name, ""
            continue
        if filled[c] or role not in ("deadline", "action", "lead"):
            continue
        if role in ("deadline", "lead"):
            fits = dated if role == "deadline" else is_lead_cell
            target = next(
                (n for n in (c - 1, c + 1) if unnamed(n) and mostly(filled[n], fits)), None
            )
        else:
            ids_then_text = (
                unnamed(c + 1)
                and unnamed(c + 2)
                and mostly(filled[c + 1], is_action_id)
                and mostly(filled[c + 2], lambda t: len(t.split()) >= 4)
            )
            # Hounslow p.13 / p.8: "Actions" drawn one column right / left of its texts
            beside = next(
                (
                    n
                    for n in (c - 1, c + 1)
                    if unnamed(n)
                    and mostly(filled[n], lambda t: len(t.split()) >= 4)
                    and not mostly(filled[n], is_action_id)
                ),
                None,
            )
            target = c + 2 if ids_then_text else beside
        if target is not None:
            header[target], header[c] = name, ""
    keep = [c for c in range(len(header)) if header[c] or filled[c]]
    return [[row[c] for c in keep] for row in [header, *body]]


def _is_cut_line(cells: list[str]) -> bool:
    """A line of prose and its last word, which a box's rule put in a cell of its own."""
    filled = [c for c in cells if c]
    return len(filled) == 2 and len(filled[0].split()) >= 3 and len(filled[1].split()) == 1


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


def read_pdf(path: Path) -> RawDocument:
    """Read a PDF; raises ReadError naming the file and the reason when it cannot."""
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
    pages_items: list[list[tuple[float, str, Any]]] = []
    try:
        with pdfplumber.open(path) as pdf:
            page_count = len(pdf.pages)
            for page in pdf.pages:
                upright = as_drawn(pdf, page)
                pages_items.append(_page_items(upright))
                upright.close()
                page.close()
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
    running = _running_lines(pages_items)
    blocks: list[Block] = []
    for number, items in enumerate(pages_items, start=1):
        for _, kind, payload in items:
            if kind == "table" and len(payload) == 1 and _is_cut_line(payload[0]):
                # one row: a box around a line whose last word the box's rules cut off into
                # a cell of its own ("… to be inclusive" | "and", strategy p.4)
                payload = [[" ".join(c for c in payload[0] if c)]]
            if kind == "table" and all(sum(1 for c in row if c) <= 1 for row in payload):
                # a ruled box around prose or a list, not a table: its cells are lines, and a
                # line without a bullet under a bullet that has not ended is the rest of it
                # (Word boxes each line of a boxed list: "… EBSNA Response and" / "Outreach
                # Team (EROS)")
                first = len(blocks)
                for cells in payload:
                    for text in (c for c in cells if c):
                        for block in lines_to_blocks([text]):
                            above = blocks[-1] if len(blocks) > first else None
                            if (
                                above is not None
                                and above.bullet
                                and not block.bullet
                                and not above.text.endswith((".", "!", "?"))
                            ):
                                blocks[-1] = replace(above, text=f"{above.text} {block.text}")
                                continue
                            blocks.append(replace(block, page=number, line_no=len(blocks) + 1))
                continue
            if kind == "table":
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
            if text in running or _PAGE_NUMBER_RE.match(text) or text.upper() == "OFFICIAL":
                continue
            for block in lines_to_blocks([text]):
                blocks.append(
                    replace(
                        block, page=number, line_no=len(blocks) + 1, x0=payload.x0, x1=payload.x1
                    )
                )
    return RawDocument(
        source_file=path.name,
        source_format="pdf",
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=join_wrapped_bullets(blocks),
        page_count=page_count,
    )


def _running_lines(pages_items: list[list[tuple[float, str, Any]]]) -> set[str]:
    counts: Counter[str] = Counter()
    for items in pages_items:
        counts.update({p.text.strip() for _, kind, p in items if kind == "line"})
    threshold = max(3, DEFAULT_RUNNING_SHARE * len(pages_items))
    return {line for line, n in counts.items() if n >= threshold and len(line) < 120}


# A line ending on a word that cannot end a sentence goes on in the next line.
_ENDS_ON_CONNECTOR = re.compile(r"\b(?:and|or|of|for|the|to|in|with|through|by)\s*$|[&,]\s*$")


def join_wrapped_bullets(blocks: list[Block]) -> list[Block]:
    """Lines a PDF wrapped, joined back into the bullet or heading they continue.

    - A non-bullet line after a bullet (or after its earlier continuation) is the rest of it
      when it starts in lower case, when the bullet ends on "and", "of", "&" … ("… EBSNA
      Response and" / "Outreach Team (EROS)"), or when it starts right of the bullet's glyph,
      where the bullet's text is indented ("… interventions are in place. New" / "EPS Early
      Years advisor role …", Hillingdon strategy p.3; a heading starts at the margin).
    - A line under a line that reaches the right margin without ending a sentence, or ends
      on "and", "of" …, starting where it starts, is the rest of it ("… assessment and
      reviewing of" / "EHCPs").
    """
    out: list[Block] = []
    right = _right_margins(blocks)
    bullet_x0: float | None = None
    for block in blocks:
        above = out[-1] if out else None
        same_page = above is not None and above.page == block.page
        if block.kind == "line" and block.bullet:
            bullet_x0 = block.x0
        if (
            above is not None
            and above.kind == "line"
            and above.bullet
            and block.kind == "line"
            and not block.bullet
            and (
                block.text[:1].islower()
                or _ENDS_ON_CONNECTOR.search(above.text)
                or (
                    same_page
                    and bullet_x0 is not None
                    and block.x0 is not None
                    and block.x0 > bullet_x0 + INDENT
                )
            )
        ):
            out[-1] = replace(above, text=_join_lines(above.text, block.text), x1=block.x1)
            continue
        if (
            above is not None
            and same_page
            and above.kind == block.kind == "line"
            and not above.bullet
            and not block.bullet
            and above.x0 is not None
            and block.x0 is not None
            and above.x1 is not None
            and abs(above.x0 - block.x0) < INDENT
            and (
                above.x1 >= right.get(block.page, float("inf")) - WRAP_SLACK
                or _ENDS_ON_CONNECTOR.search(above.text)
            )
            and not above.text.endswith((".", ":", ";", "!", "?"))
        ):
            out[-1] = replace(above, text=_join_lines(above.text, block.text), x1=block.x1)
            continue
        out.append(block)
    return out


# Points a wrapped line may start right of its bullet's glyph, or stop short of the margin.
INDENT = 3.0
WRAP_SLACK = 60.0


def _join_lines(a: str, b: str) -> str:
    """Two printed lines as one, a word hyphenated over them mended as in cells."""
    joined = re.sub(r"(?<=[a-z])-\n(?=[a-z])", _hyphen_at_line_end, f"{a}\n{b}")
    return joined.replace("\n", " ")


def _right_margins(blocks: list[Block]) -> dict[int | None, float]:
    """The right edge of the text on each page: the furthest any of its lines reaches, on pages
    with lines enough to tell (five or more); a page of one or two lines has no margin."""
    right: dict[int | None, float] = {}
    count: Counter[int | None] = Counter()
    for block in blocks:
        if block.x1 is not None:
            right[block.page] = max(right.get(block.page, 0.0), block.x1)
            count[block.page] += 1
    return {page: x for page, x in right.items() if count[page] >= MIN_MARGIN_LINES}


MIN_MARGIN_LINES = 5
