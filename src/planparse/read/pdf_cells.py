"""One ruled PDF table to rows of cell texts: the words each cell holds, tidied.

pdfplumber finds the table's cells from its rules; this reads their text from the page's words
(each word whole, in the cell holding its middle), puts words that fall in no cell into the
open cell of their row and column, mends what a narrow cell wraps ("62\n%", "Feb-\n23",
"im-\nproving"), splits tables stacked in one grid, drops never-filled columns, folds a header
printed over two rows and moves a header drawn off the column it heads.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import partial
from typing import Any

from planparse.fields.ids import is_id_list
from planparse.read.raw import DRAWN_EMPTY
from planparse.read.text import clean_cell


def cell_text(text: str | None, spellings: frozenset[str] = frozenset()) -> str:
    """A cell's printed lines as one string, with words wrapped inside them mended;
    `spellings` are the page's words, whose hyphens settle a word hyphenated at a line end."""
    if not text:
        return ""
    text = mend_line_end_hyphens(text, spellings)
    # a narrow Word cell wraps inside a token: "62\n%" is 62%, "Quarterl\ny" is Quarterly
    # (one letter alone on a line is never a word of its own, except "a")
    text = re.sub(r"(?<=\d)(?<!(?:19|20)\d\d)\n+%", "%", text)  # not "June 2024\n% of"
    # a sign wrapped before its number: "Susp. -\n10%" is Susp. -10%; after a value the dash
    # is spaced, "80% -\n90%" a range
    text = re.sub(r"(?<=[^\d%\s]\s[-–+])\n(?=\d+(?:\.\d+)?%)", "", text)
    # a month and year wrapped at their hyphen: "Feb-\n23" is Feb-23, "24-\nApr" 24-Apr
    text = re.sub(r"(?<=\b[A-Za-z]{3}-)\n(?=\d{2}\b)|(?<=\b\d{2}-)\n(?=[A-Za-z]{3}\b)", "", text)
    # a range or date span wrapped at its hyphen: "3-\n6%", "(01.10.23-\n01.10.24)"
    text = re.sub(r"(?<=\d)-\n(?=\d)", "-", text)
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


def mend_line_end_hyphens(text: str, spellings: frozenset[str] = frozenset()) -> str:
    """Words hyphenated at a line end, whole again: "im-\nproving" is improving; a compound
    keeps its hyphen ("self-\nevaluation"), and so does a word going on with a capital
    ("Non-\nAttendance", "Co-\nOrdinator"). Where the page prints the word elsewhere on one
    line (`spellings`, lower case), that is how it is spelled: "neuro-\ndisability" is
    neuro-disability on Hounslow p.13, which prints it so twice."""
    text = re.sub(
        r"(?<=[a-z])-\n(?=[a-z])", partial(_hyphen_at_line_end, spellings=spellings), text
    )
    return re.sub(r"(?<=[A-Za-z])-\n(?=[A-Z][a-z])", "-", text)


def page_spellings(words: list[dict[str, Any]]) -> frozenset[str]:
    """The words a page prints, lower case, without the punctuation around them."""
    return frozenset(w["text"].strip(".,;:()'\"").lower() for w in words)


def _hyphen_at_line_end(match: re.Match[str], spellings: frozenset[str]) -> str:
    head = re.search(r"[A-Za-z]+$", match.string[: match.start()])
    rest = match.string[match.end() :]
    tail = re.match(r"[a-z]+", rest)
    if head and tail:
        if f"{head[0]}-{tail[0]}".lower() in spellings:
            return "-"  # the page prints the compound whole: "neuro-disability"
        if f"{head[0]}{tail[0]}".lower() in spellings:
            return ""
    if re.match(r"[a-z]+-[a-z]", rest):
        return "-"  # the line goes on inside the compound: "face-" + "to-face"
    if re.match(r"(?:and|or|to)\b", rest):
        return "- "  # a hyphen left hanging: "pre- and post-diagnostic"
    if re.search(r"[A-Za-z]+-[A-Za-z]+$", match.string[: match.start()]):
        return "-"  # inside a compound already: "easy-to-" + "understand"
    return "-" if head and head[0].lower() in _COMPOUND_HEADS else ""


def inside(word: dict[str, Any], bboxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bboxes)


Word = dict[str, Any]


def cells_from_words(table: Any, words: list[Word]) -> list[list[str | None]]:
    """The text of each cell from the page's words: a word goes to the cell holding its middle,
    whole, where pdfplumber's `Table.extract()` gives each cell its own chars and so cuts a
    word printed over a cell's edge ("… in the right pla" | "ce", Hillingdon strategy p.1);
    and the page's words are read once, not again per cell (a tenth of a PDF's time)."""
    return cell_texts(table, place_words(table, words)[0])


def place_words(
    table: Any, words: list[Word]
) -> tuple[dict[tuple[int, int], list[Word]], list[Word]]:
    """The words each cell holds, by (row, column), and the words no cell took."""
    # pdfplumber's Table.rows builds its rows anew on each access: take them once
    rows = [row.cells for row in table.rows]
    found: dict[tuple[int, int], list[Word]] = {}
    unplaced: list[Word] = []
    for word in words:
        h_mid, v_mid = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        for i, cells in enumerate(rows):
            at = next(
                (
                    j
                    for j, c in enumerate(cells)
                    if c and c[0] <= h_mid < c[2] and c[1] <= v_mid < c[3]
                ),
                None,
            )
            if at is not None:
                found.setdefault((i, at), []).append(word)
                break
        else:
            unplaced.append(word)
    return found, unplaced


def cell_texts(table: Any, found: dict[tuple[int, int], list[Word]]) -> list[list[str | None]]:
    """Each cell's words as text; `None` where pdfplumber has no cell (merged or open)."""
    return [
        [None if c is None else _words_text(found.get((i, j), [])) for j, c in enumerate(row.cells)]
        for i, row in enumerate(table.rows)
    ]


def _words_text(words: list[dict[str, Any]]) -> str:
    """Words as the lines they are printed on, top to bottom, for `cell_text`: a word starts a new
    line when its top is more than 3 points below the line's last word (pdfplumber's own
    clustering, which `Table.extract()` uses)."""
    if words and all(w.get("direction") in ("btt", "ttb") for w in words):
        # a cell's text turned a quarter: its words in a column, up or down the cell
        up = words[0]["direction"] == "btt"
        ordered = sorted(words, key=lambda w: (w["x0"], -w["bottom"] if up else w["top"]))
        return " ".join(w["text"] for w in ordered)
    groups: list[list[dict[str, Any]]] = []
    last = None
    for word in sorted(words, key=lambda w: w["top"]):
        if last is None or word["top"] - last > LINE_TOLERANCE:
            groups.append([])
        groups[-1].append(word)
        last = word["top"]
    return "\n".join(" ".join(w["text"] for w in sorted(g, key=lambda w: w["x0"])) for g in groups)


LINE_TOLERANCE = 3.0


def fill_open_cells(table: Any, rows: list[list[str]], words: list[Word]) -> list[list[str]]:
    """Words inside a table that fall in no cell, put in the open cell of their row and column.

    `words` are those `place_words` gave no cell; a word on a cell's very edge, which its
    half-open test leaves out, is still that cell's here.

    A cell drawn without one of its rules is no cell to pdfplumber (`None`, like a merged one),
    and `extract()` drops its words: Hull p.9 draws "Implement a partnership wide training
    offer …" under an action column whose rule stops one row short. Words inside another cell
    are that cell's; the rest go to the open cell whose row and column hold them, when only
    one row and one column do.
    """
    table_rows = table.rows  # pdfplumber builds them anew on each access
    cells = [c for row in table_rows for c in row.cells if c]
    orphans = [w for w in words if not inside(w, cells)]
    if not orphans:
        return rows
    columns = [c.bbox for c in table.columns]
    tops = [r.bbox[1] for r in table_rows]
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
        if j < len(rows[i]) and table_rows[i].cells[j] is None:
            placed.setdefault((i, j), []).append(word)
    out = [list(r) for r in rows]
    for (i, j), found in placed.items():
        out[i][j] = cell_text(_words_text(found))
    return out


def spread_spanning_cells(table: Any, rows: list[list[str]]) -> list[list[str]]:
    """A cell drawn once beside several rows belongs to each: pdfplumber gives it to its top
    row and no cell (`None`) to the rows below. An id cell goes to every row it spans
    (Hillingdon p.18 prints "1.3.3" once for three success measures); any other cell to the
    spanned rows that print an id of their own and cells of their own right of it (p.29:
    4.5.1 and 4.5.2 share one action cell, each with its own lead), not to the value rows of
    one measure (p.30's baseline beside two series rows)."""
    table_rows = table.rows  # pdfplumber builds them anew on each access
    out = [list(r) for r in rows]
    for i, row in enumerate(table_rows):
        for j, cell in enumerate(row.cells):
            if cell is None or j >= len(out[i]) or not out[i][j]:
                continue
            ids = is_id_list(out[i][j])
            for k in range(i + 1, len(table_rows)):
                below = table_rows[k]
                if below.bbox[1] >= cell[3] - 1:
                    break  # the cell ends above this row
                if j >= len(below.cells) or below.cells[j] is not None or out[k][j]:
                    continue
                own_id = any(is_id_list(c) for c in rows[k][:j] if c)  # printed, not spread
                if ids or (own_id and any(out[k][j + 1 :]) and any(out[i][j + 1 :])):
                    out[k][j] = out[i][j]
    return out


def mark_drawn_empty(table: Any, rows: list[list[str]]) -> list[list[str]]:
    """An empty cell drawn right under a cell with text, with a rule of its own between them,
    as `DRAWN_EMPTY`: the row prints nothing there, where a cell merged over both rows would
    give the lower row no cell at all (Hillingdon p.27: 4.2.4's empty lead under 4.2.3's).

    The cell above is the nearest one drawn in the column (it may be merged over several
    rows); under a header, an empty cell is left as it is: the table's first row may go on
    with the value of a cell cut by the page break or printed above a repeated header
    (Hounslow p.7).
    """
    from planparse.tables.roles import header_to_role

    table_rows = table.rows  # pdfplumber builds them anew on each access
    out = [list(r) for r in rows]
    for i in range(1, min(len(rows), len(table_rows))):
        for j, cell in enumerate(table_rows[i].cells):
            if cell is None or j >= len(rows[i]) or rows[i][j]:
                continue
            k = next(
                (
                    k
                    for k in range(i - 1, -1, -1)
                    if j < len(table_rows[k].cells) and table_rows[k].cells[j] is not None
                ),
                None,
            )
            if k is None or j >= len(rows[k]) or not rows[k][j] or header_to_role(rows[k][j]):
                continue
            out[i][j] = DRAWN_EMPTY
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


def tidy_table(rows: list[list[str]], keep: Collection[int] = ()) -> list[list[str]]:
    """Drop columns empty in every row but those in `keep`, and fold a header printed over two
    rows into one.

    Word/LibreOffice exports draw extra rules, so pdfplumber's grid has columns no cell fills;
    a header whose "Lead" sits lower than "Actions" comes back as two rows (Hounslow). A page
    continuing a table keeps (`keep`) the columns the table kept on the page before, though
    none of its cells here is filled (a timeline's quarters already past).
    """
    from planparse.tables.roles import header_to_role

    if not rows:
        return rows
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    kept = [c for c in range(width) if c in keep or any(r[c] for r in rows)]
    rows = [[r[c] for c in kept] for r in rows]
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
    return _headers_over_their_columns(out, {i for i, c in enumerate(kept) if c in keep})


def _headers_over_their_columns(
    rows: list[list[str]], keep: Collection[int] = ()
) -> list[list[str]]:
    """Move a header cell drawn off the column it heads; the column it leaves goes, unless in
    `keep`.

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
    kept = [c for c in range(len(header)) if c in keep or header[c] or filled[c]]
    return [[row[c] for c in kept] for row in [header, *body]]


def is_cut_line(cells: list[str]) -> bool:
    """A line of prose and its last word, which a box's rule put in a cell of its own."""
    filled = [c for c in cells if c]
    return len(filled) == 2 and len(filled[0].split()) >= 3 and len(filled[1].split()) == 1
