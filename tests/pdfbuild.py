"""PDFs of a plan, built by the tests: lines of prose and tables, ruled or not."""

from __future__ import annotations

import re
from pathlib import Path

from tests.hostile import pdf_bytes

# WinAnsi, as office software writes: the standard encoding would print "'" as a right quote
HELVETICA = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"

LEFT, RIGHT = 40, 572  # page margins on a 612-wide page
LINE = 14  # points between lines
PAD = 8  # points of a cell's width its text keeps clear of (3 on the left)


# A tick as Word prints it, in Wingdings, whose tick sits where WinAnsi has "ü": the text
# layer of a real plan's timeline reads "ü" under each tick.
_WINGDINGS = str.maketrans({"✓": "ü", "✔": "ü"})


# A cell printing only one of these is drawn filled with its colour and holds no text: a
# Gantt bar's shaded period, a status cell rated by its colour alone.
FILLS = {
    "■": b"0.6 g",
    "{Red}": b"1 0 0 rg",
    "{Amber}": b"1 0.75 0 rg",
    "{Green}": b"0 0.69 0.31 rg",
}


def printable(text: str) -> bool:
    """Whether the page font (cp1252, ticks as Wingdings' "ü") shows every character of
    `text`: a status key's "▲ ● ✖" it does not."""
    try:
        text.translate(_WINGDINGS).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _escape(text: str) -> bytes:
    text = text.translate(_WINGDINGS)
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def show(x: float, y: float, text: str, size: int = 8) -> bytes:
    """Content-stream bytes drawing `text` at (x, y) in the page's font /F1."""
    return b"BT /F1 %d Tf %.1f %.1f Td (%s) Tj ET " % (size, x, y, _escape(text))


TOP = 760.0  # first baseline on a page
LETTER, A4_LANDSCAPE = (612, 792), (842, 595)  # page sizes (points), as MediaBox gives them


class _Pages:
    """Content streams of pages being written top to bottom, a new page below `bottom`."""

    def __init__(
        self, bottom: float, valign: str = "top", top: float = TOP, repeat_header: bool = True
    ) -> None:
        self.bottom = bottom
        self.repeat_header = repeat_header
        self.valign = valign
        self.top = top
        self.done: list[bytes] = []
        self.stream = b"0.5 w "
        self.y = top

    def new_page(self) -> None:
        self.done.append(self.stream)
        self.stream, self.y = b"0.5 w ", self.top

    def prose(self, text: str) -> None:
        if self.y < self.bottom:
            self.new_page()
        self.stream += show(LEFT, self.y, text, size=10)
        self.y -= LINE + 4

    def table(self, rows: list[list[str]], cols: list[int], ruled: bool | str) -> None:
        """Rows line by line; at a page break the header rows again, then the cut row goes on.
        The header is the first row and any under it with nothing in their first cell (a
        period under each column of a merged "Target"), as Word repeats a header's rows."""
        xs = [LEFT + sum(cols[:i]) for i in range(len(cols) + 1)]
        edges = [self.y + LINE - 3]  # the rules between rows on this page
        header = rows[:1]
        while len(header) < len(rows) and not rows[len(header)][0]:
            header.append(rows[len(header)])
        headed = len(header)  # the header rows printed on this page
        for row in rows:
            fills = {j: FILLS[c] for j, c in enumerate(row) if c in FILLS}
            row = ["" if j in fills else c for j, c in enumerate(row)]
            lines = _wrapped(row, cols)
            height = max(1, *(len(c) for c in lines))
            lines = [self._aligned(cell, height) for cell in lines]
            top = self.y + LINE - 3  # the row's top rule on this page
            # a row set at the middle or bottom of its cells is kept whole on one page, as a
            # spreadsheet prints it (unless it is taller than half a page)
            tall = (height - 1) * (LINE - 4)
            whole = self.valign != "top" and self.y - tall < self.bottom
            whole = whole and tall < (self.top - self.bottom) / 2
            for k in range(height):
                if (self.y < self.bottom or (k == 0 and whole)) and row not in header:
                    self._fill(fills, xs, self.y + LINE - 3, top)
                    edges.append(self.y + LINE - 3)
                    self.stream += _rules(xs, edges, ruled, headed)
                    self.new_page()
                    edges = [self.y + LINE - 3]
                    headed = len(header) if self.repeat_header else 0
                    for printed in header if self.repeat_header else []:
                        self._header(printed, xs, cols)
                        edges.append(self.y + LINE - 3)
                    top = self.y + LINE - 3
                self._show_line(lines, xs, k)
            self.y -= 6
            self._fill(fills, xs, self.y + LINE - 3, top)
            edges.append(self.y + LINE - 3)
        self.stream += _rules(xs, edges, ruled, headed)
        self.y -= LINE + 6

    def _fill(self, fills: dict[int, bytes], xs: list[int], bottom: float, top: float) -> None:
        """Each filled cell of a row, from its bottom rule to its top one; then black again."""
        for j, colour in fills.items():
            if top > bottom:
                width = xs[j + 1] - xs[j]
                self.stream += colour + b" %d %.1f %d %.1f re f 0 g " % (
                    xs[j],
                    bottom,
                    width,
                    top - bottom,
                )

    def _aligned(self, cell: list[str], height: int) -> list[str]:
        """A cell's lines set in a row `height` lines tall: at its top, middle or bottom."""
        spare = height - len(cell)
        above = {"top": 0, "middle": spare // 2, "bottom": spare}[self.valign]
        return [""] * above + cell

    def _header(self, row: list[str], xs: list[int], cols: list[int]) -> None:
        """The header row repeated at the top of a page: never broken."""
        lines = _wrapped(row, cols)
        for k in range(max(1, *(len(c) for c in lines))):
            self._show_line(lines, xs, k)
        self.y -= 6

    def _show_line(self, lines: list[list[str]], xs: list[int], k: int) -> None:
        """The k-th wrapped line of every cell of a row, then down one line."""
        for x, cell_lines in zip(xs, lines, strict=False):
            if k < len(cell_lines) and cell_lines[k]:
                self.stream += show(x + 3, self.y, cell_lines[k])
        self.y -= LINE - 4


def text_width(text: str, size: int = 8) -> float:
    """Points `text` takes in Helvetica at `size` (the font's own metrics, as pdfminer has)."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    return sum(widths.get(ch, 556) for ch in text) * size / 1000


def _wrapped(row: list[str], cols: list[int]) -> list[list[str]]:
    """Each cell's text wrapped to its column's width, between words as office programs do."""
    out = []
    for cell, width in zip(row, cols, strict=False):
        lines: list[str] = []
        for word in cell.split():
            if lines and text_width(f"{lines[-1]} {word}") <= width - PAD:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        out.append(lines)
    return out


def min_widths(rows: list[list[str]]) -> list[int]:
    """Each column's narrowest width: its longest word and the cell's padding."""
    return [
        int(max((text_width(w) for row in rows for w in row[k].split()), default=1) + PAD + 1)
        for k in range(len(rows[0]))
    ]


def autofit(rows: list[list[str]], right: float = RIGHT) -> list[int]:
    """Column widths as an office program's autofit sets them: each at least its longest
    word, the rest of the page (to `right`) shared out by how much text each column holds."""
    least = min_widths(rows)
    text = [sum(len(row[k]) for row in rows if k < len(row)) + 1 for k in range(len(least))]
    spare = max(0, int(right) - LEFT - sum(least))
    return [w + int(spare * t / sum(text)) for w, t in zip(least, text, strict=True)]


# How a table may be ruled besides every cell's edges (True) or not at all (False), as
# office table styles draw it: a rule under each row, those and a frame round the table, the
# frame alone, a rule down each column alone, the header's cells ruled and a rule under each
# row below it, or no rule but the header row's cells shaded
RULE_STYLES = ("rows", "frame", "box", "columns", "ruled header", "shaded header")


def _rules(xs: list[int], edges: list[float], style: bool | str, headed: int) -> bytes:
    """A table's rules on one page, drawn in `style` (`RULE_STYLES`): `edges` are the rules
    between its rows there, the first `headed` rows its header."""
    if not style:
        return b""
    left, right, top, bottom = xs[0], xs[-1], edges[0], edges[-1]
    if style == "shaded header":
        if not headed:
            return b""
        low = edges[min(headed, len(edges) - 1)]
        return b"".join(
            b"0.85 g %d %.1f %d %.1f re f 0 g " % (a, low, b - a, top - low)
            for a, b in zip(xs, xs[1:], strict=False)
        )
    if style == "box":
        return b"%d %.1f %d %.1f re S " % (left, bottom, right - left, top - bottom)
    across = b"".join(b"%d %.1f m %d %.1f l S " % (left, e, right, e) for e in edges)
    across = b"" if style == "columns" else across
    sides = {"rows": [], "frame": [left, right]}.get(str(style), xs)
    if style == "ruled header":
        sides, bottom = (xs, edges[min(headed, len(edges) - 1)]) if headed else ([], bottom)
    down = b"".join(b"%d %.1f m %d %.1f l S " % (x, top, x, bottom) for x in sides)
    return across + down


def plan_pdf(
    path: Path,
    parts: list[str | list[list[str]]],
    widths: dict[int, list[int]] | None = None,
    ruled: bool | str = True,
    bottom: float = 40.0,
    running: tuple[str, str] | None = None,
    valign: str = "top",
    size: tuple[int, int] = LETTER,
    repeat_header: bool = True,
) -> Path:
    """Write `parts` top to bottom: a string is a line of prose, a list of rows a table whose
    first row is its header. Column widths (points) per table index in `widths`, else fitted;
    a cell wider than its column wraps onto more lines. Ruled tables draw every cell's edges,
    or the rules one of `RULE_STYLES` names; others keep their columns apart by space alone.

    Below `bottom` the text flows onto a new page, as an office program sets it: a table
    repeats its header row there, and a row cut by the break goes on under it. `running`
    (header, footer) prints on every page, "{page}" and "{pages}" filled in the footer.
    `valign` sets a cell's lines at the top, middle or bottom of its row, as a spreadsheet
    (bottom) or a centred table does. `size` is the page's (width, height): A4_LANDSCAPE as a
    landscape section of a Word document prints, its tables as wide as the page.
    `repeat_header=False` prints a table's header on its first page only, as a spreadsheet
    does unless told to repeat it."""
    top = TOP - (LETTER[1] - size[1])
    pages = _Pages(bottom, valign, top, repeat_header)
    tables = 0
    for part in parts:
        if isinstance(part, str):
            pages.prose(part)
            continue
        cols = (widths or {}).get(tables) or autofit(part, right=size[0] - LEFT)
        pages.table(part, cols, ruled)
        tables += 1
    streams = [*pages.done, pages.stream]
    if running:
        head, foot = running
        streams = [
            page
            + show(LEFT, top + 16, head)
            + show(LEFT, 20, foot.format(page=n, pages=len(streams)))
            for n, page in enumerate(streams, start=1)
        ]
    path.write_bytes(pages_pdf(streams, size))
    return path


def pages_pdf(streams: list[bytes], size: tuple[int, int] = LETTER) -> bytes:
    """Pages of `size` (Letter unless told) drawing `streams`, all in Helvetica as /F1."""
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(streams)))
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[" + kids + b"]/Count %d>>" % len(streams),
        HELVETICA,
    ]
    for i, stream in enumerate(streams):
        objects.append(
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 %d %d]/Contents %d 0 R"
            b"/Resources<</Font<</F1 3 0 R>>>>>>" % (*size, first_page + 2 * i + 1)
        )
        objects.append(b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream")
    return pdf_bytes(objects)


def parts_of_text(text: str) -> list[str | list[list[str]]]:
    """A text extract's lines as `plan_pdf` parts: tab-separated or pipe-table rows make
    tables (a blank line ends one), other lines are prose; markdown heading marks dropped.
    An HTML table left in the text is printed as the HTML reader lays out its cells."""
    from planparse.read.html import leftover_tables

    parts: list[str | list[list[str]]] = []
    done = 0
    for start, end, rows in leftover_tables(text):
        parts += _parts_of_lines(text[done:start])
        parts.append([list(b.cells) for b in rows if b.kind == "row"])
        done = end
    return parts + _parts_of_lines(text[done:])


def _parts_of_lines(text: str) -> list[str | list[list[str]]]:
    """A table printed one cell a line (copied from a PDF) is printed as the table the stacked
    reader cuts it into, as the PDF it was copied from prints it."""
    from planparse.read.text import clean_cell, lines_to_blocks, unframed_rows
    from planparse.tables.stacked import stacked_tables

    parts: list[str | list[list[str]]] = []
    table: list[list[str]] | None = None
    lines = text.splitlines()
    stacked = {start: (end, rows) for start, end, rows in stacked_tables(lines_to_blocks(lines))}
    unframed = unframed_rows(lines)  # "Ref | Action | Lead": bars at neither end
    i = 0
    while i < len(lines):
        if i in stacked:
            end, rows = stacked[i]
            parts.append([list(r.cells) for r in rows])
            table, i = None, end
            continue
        line = lines[i]
        i += 1
        if "\t" in line or line.startswith("|") or i - 1 in unframed:
            if re.fullmatch(r"[|\-\s:]+", line):
                continue  # a pipe table's rule line
            if "\t" in line:
                row = [c.strip() for c in line.split("\t")]
            else:  # a markdown row's cells as its page prints them: "**1.1**" is a bold 1.1
                row = [clean_cell(c) for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                parts.append(table)
            # a row an extract ended early (no tabs after its last filled cell) fills the
            # header's columns with empty cells, as the page prints it
            table.append(row + [""] * (len(table[0]) - len(row)) if table else row)
        else:
            table = None
            if line.strip():
                parts.append(line.lstrip("# "))
    return parts


# Points between two words of one phrase, as a text extractor joins them with a space.
PHRASE_GAP = 4

Phrase = tuple[float, float, str]  # x0, x1, text


def _phrases(pdf: Path) -> list[dict[int, list[Phrase]]]:
    """Each page's phrases (words a space apart) by their line's top, left to right."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            lines: dict[int, list[dict]] = {}
            for word in page.extract_words():
                lines.setdefault(round(word["top"]), []).append(word)
            phrases: dict[int, list[Phrase]] = {}
            for top, words in lines.items():
                words.sort(key=lambda w: w["x0"])
                runs = [[words[0]]]
                for word in words[1:]:
                    if word["x0"] - runs[-1][-1]["x1"] <= PHRASE_GAP:
                        runs[-1].append(word)
                    else:
                        runs.append([word])
                phrases[top] = [
                    (r[0]["x0"], r[-1]["x1"], " ".join(w["text"] for w in r)) for r in runs
                ]
            pages.append(phrases)
    return pages


def _set_out(pages: list[dict[int, list[tuple[int, str]]]], least: int) -> str:
    """Pages of phrases placed at character columns, by their line's top, as text: `least`
    spaces at least between two phrases, a blank line for each line's spacing of empty
    space, pages parted by form feeds."""
    out: list[str] = []
    for placed in pages:
        lines: list[str] = []
        previous = None
        for top in sorted(placed):
            if previous is not None:
                lines += [""] * max(0, round((top - previous) / 12) - 1)
            previous = top
            line = ""
            for column, text in placed[top]:
                line += " " * max(column - len(line), least if line else 0) + text
            lines.append(line)
        out.append("\n".join(lines))
    return "\f".join(out) + "\f"


def layout_text(pdf: Path, char: float = 3.5) -> str:
    """The PDF's text as `pdftotext -layout` sets it out, near enough to test the reader of
    such extracts: each phrase (words a space apart) at the character column its x gives
    (`char` points a column), two spaces at least between phrases, a blank line for each
    line's spacing of empty space, pages parted by form feeds."""
    return _set_out(
        [
            {top: [(round(x0 / char), text) for x0, _, text in line] for top, line in page.items()}
            for page in _phrases(pdf)
        ],
        least=2,
    )


def pdftotext_layout(pdf: Path) -> str:
    """The PDF's text as poppler's `pdftotext -layout` places it (`assignColumns`): each
    phrase (words a space apart) is a fragment, and fragments are taken left to right; one
    wholly right of another starts one space at least after that one's end, one overlapping
    another starts at that one's character under its left edge. So a column is pushed right
    as a whole, past the widest line of the column before, and keeps one space from it: the
    tight case `layout_text` never sets out. Pages are parted by form feeds."""
    pages = []
    for phrases in _phrases(pdf):
        fragments = sorted(
            (x0, top, x1, text) for top, line in phrases.items() for x0, x1, text in line
        )
        columns: dict[tuple[float, int], int] = {}
        for x0, top, _, _ in fragments:
            column = 0
            for left, above, right, text in fragments:
                if (left, above) == (x0, top):
                    break  # those before it, left to right, then top to bottom
                at = columns[left, above]
                if x0 >= right:
                    column = max(column, at + len(text) + 1)
                else:  # the character of `text` under x0, its width spread evenly
                    under = int((x0 - left) / ((right - left) / len(text)) + 0.5)
                    column = max(column, at + min(under, len(text)))
            columns[x0, top] = column
        pages.append(
            {
                top: [(columns[x0, top], text) for x0, _, text in line]
                for top, line in phrases.items()
            }
        )
    return _set_out(pages, least=1)
