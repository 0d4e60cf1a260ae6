"""Tables drawn without rules: columns found from where the words of a header line start.

pdfplumber finds tables by their ruling lines; many council PDFs print tables with none, the
columns kept apart by space alone (engineering notes: borderless tables). Its own "text"
strategy cuts such tables through words on these documents, so this reads them from the lines
of words outside ruled tables instead:

- a header is a line whose pieces (runs of words split where the gap is wider than a space)
  name columns of a plan table ("Ref | Action | Lead | Deadline", by the same vocabulary as
  every other table);
- each column runs from where its header piece starts to where the next one starts;
- the lines below are rows while each of their pieces falls within one column; a line whose
  words run across a column edge (prose), or a gap of several lines, ends the table;
- a form printed without rules (labels naming plan columns down a left column, "Lead",
  "Timescale", their values in a right one) is a table of two columns, a value's wrapped
  lines joined into it; tables/forms.py reads its rows as one action.

Where rows are padded apart, a cell wrapped over lines is joined back into its row here, as
a ruled cell is; in evenly spaced tables each row is a line as printed, a wrapped cell
arriving as lines with cells in some columns only, which the rows stage joins.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import reduce
from typing import Any, NamedTuple

from planparse.cuts import ends_mid_phrase, inside_brackets
from planparse.read.pdf_cells import cell_text

Word = dict[str, Any]

# A gap between words wider than this share of the line's height separates two pieces.
PIECE_GAP = 0.8
# Points a piece may start left of its column (text set a little out of line).
ALIGN_SLACK = 4.0
# Lines of empty space that end a table.
MAX_GAP_LINES = 2.5
# How far (a share of the line's height) a header's wrapped line may sit from the header
# line, above or below it.
HEADER_LINE_SPACING = 1.5


def pieces(line: list[Word]) -> list[list[Word]]:
    """A line's words in runs split at gaps wider than a space."""
    out: list[list[Word]] = []
    for word in line:
        height = word["bottom"] - word["top"]
        if out and word["x0"] - out[-1][-1]["x1"] <= PIECE_GAP * height:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def _text(words: list[Word]) -> str:
    return " ".join(w["text"] for w in words)


def _names(line: list[list[Word]]) -> tuple[str, ...]:
    return tuple(_text(piece) for piece in line)


class Found(NamedTuple):
    """A borderless table: its first line, its last line + 1, its rows of cells, and whether
    it goes on from the page before without its header (`Carried`)."""

    first: int
    end: int
    rows: list[list[str]]
    continued: bool = False


# How many of the document's line spacings a page passes on (`Carried.gaps`).
KEPT_SPACINGS = 200


class Carried(NamedTuple):
    """A borderless table that ran to the foot of its page, as the next page goes on with it
    without printing its header again (a spreadsheet's way): where its columns start, its
    line height, and the spacing of the lines of the document's tables so far, to tell its
    padded rows (`printed_rows`); and its header's names, to know it printed again where
    the next page sets its columns out afresh (`_header_again`)."""

    starts: list[float]
    height: float
    gaps: list[float]
    names: tuple[str, ...] = ()


class _Headed(NamedTuple):
    """A table read under a header of the page's own, before its padded rows are joined:
    its lines (`first`, `end`), its rows as printed with each one's top, its line height and
    where its columns start; and whether its header is the page before's printed again,
    whole, so no line under it is a wrapped line of it (`_header_again`)."""

    first: int
    end: int
    rows: list[list[str]]
    tops: list[float]
    height: float
    starts: list[float]
    printed_again: bool = False


def _never(line: list[Word]) -> bool:
    return False


def find_tables(
    lines: list[list[Word]],
    above: Carried | None = None,
    running: Callable[[list[Word]], bool] = _never,
    foot: float = math.inf,
    columns_per_page: bool = False,
) -> tuple[list[Found], Carried | None]:
    """Each borderless table among `lines` (each a line's words, left to right, lines top to
    bottom), and the table that runs to the foot of the page, if one does, for the next.

    `above` is the table the page before ran to its foot with: lines at the top of this page
    set in its columns go on with it. `running` tells a running header or footer by its
    words ("Page 3 of 12"): those under the page's last other line are no rows of a table
    above them. Lines starting below `foot` may be footers too. Either may stand between a
    table and the page's edge. `columns_per_page` says the pages set their columns out
    afresh, each as its own cells' widths ask (`pdftotext -layout`): a table going on from
    the page before is read in this page's columns (`_columns_here`), not that page's."""
    from planparse.tables.period_rows import heads_periods_down
    from planparse.tables.roles import row_to_roles

    printed = [k for k, line in enumerate(lines) if not running(line)]
    body = [k for k in printed if lines[k][0]["top"] <= foot]
    last = body[-1] + 1 if body else 0
    lines = lines[: printed[-1] + 1 if printed else 0]  # footers under the last row: no rows
    line_pieces = [pieces(line) for line in lines]
    carried_names = above.names if above is not None else ()
    found: list[_Headed] = []
    tables: list[Found] = []
    i = 0
    while i < len(lines):
        header = line_pieces[i]
        printed_names = _names(header)
        named = len(header) >= 2 and (
            row_to_roles(printed_names) is not None or heads_periods_down(printed_names)
        )
        # cells one space apart (`_header_cut`), when the line names columns already, or
        # is cut into three cells or more that each name a column: a heading cut by chance
        # ("Priority | action 1: …") names too few; or the header the page before ran to
        # its foot with, printed again with its cells closer (`_header_again`), unless the
        # lines under it cut it finer
        cut = _header_cut(line_pieces, i)
        again = _header_again(line_pieces, i, carried_names) if carried_names else None
        if again is not None and len(again[0]) >= len(cut):
            cut = again[0]
        roles = row_to_roles(_names(cut)) if len(cut) > len(header) else None
        if roles is not None and (
            named
            or (again is not None and cut is again[0])
            or (len(cut) >= MIN_CUT_HEADER_CELLS and None not in roles)
        ):
            header, named = cut, True
        # the header printed again, in the cells it had: whole once its wrapped cells end
        again_lines = again[1] if again is not None and _names(header) == _names(again[0]) else 0
        names = _names(header)
        starts = [p[0]["x0"] for p in header]
        # a header's lines stack no higher than the table above, nor onto a running header
        floor = found[-1].end if found else (printed[0] if printed else 0)
        if len(header) >= 2 and _header_goes_on_below(lines, i, len(header), floor):
            i += 1  # read from its last line, which stacks this one on
            continue
        height = lines[i][0]["bottom"] - lines[i][0]["top"]
        end = i + 1
        first = i
        if again_lines:
            names, end = carried_names, i + again_lines
        elif len(header) >= 2 and not named:
            # a header whose cells wrap onto a second line ("Success" / "measure")
            second = _header_second_line(lines, i, names, starts, height)
            if second is not None and row_to_roles(second) is not None:
                names, end, named = second, i + 2, True
        if len(header) >= 2:
            # a header set at the bottom or middle of its row: its cells' first lines above
            # it, this line alone perhaps naming too few columns ("Baseline (March" over
            # "Measure | 2024)")
            stacked, top = _with_lines_above(lines, i, floor, names, starts, height)
            if named or top < i:
                names, first, named = stacked, top, True
        if not named:
            form = _form_lines(lines, i)
            if form is not None:
                tables.append(Found(i, form[0], form[1]))
            i = form[0] if form is not None else i + 1
            continue
        # a header cell over several period columns ("Target" over "2025/26  2026/27"), the
        # periods on the line under it or under its cells' wrapped lines
        for j in range(end, min(end + 2, len(lines))):
            if periods := _period_starts(lines, line_pieces, j - 1, j, starts, height):
                split, line_pieces[j] = periods  # the periods' line read as cut there
                names = tuple(names[starts.index(x)] if x in starts else "" for x in split)
                starts = split
                break
        rows: list[list[str]] = [list(names)]
        tops = [lines[end - 1][0]["top"]]
        while end < len(lines):
            top = lines[end][0]["top"]
            cells = _in_columns(line_pieces[end], starts)
            if cells is None or _ends_table(top - tops[-1], height):
                break
            rows.append(cells)
            tops.append(top)
            end += 1
        if _heading_under(rows, tops, height):
            rows, tops, end = rows[:-1], tops[:-1], end - 1
        # a header alone at the foot of the page: its rows are on the next (not a header
        # printed again, whole: the lines under it are the rest of a row)
        if end >= last and not again_lines and _header_lines(rows, tops, height):
            rows, tops = [list(reduce(_stacked, rows))], tops[:1]
        elif end >= last and len(rows) == 1 and (first, end) == (i, i + 1):
            # a header line alone at the foot: no row under it to show where its cells
            # start, names run together are cut by the vocabulary alone
            header = [part for piece in header for part in _names_run_together(piece, None)]
            rows[0], starts = list(_names(header)), [piece[0]["x0"] for piece in header]
        if len(rows) > 1 or end >= last:
            found.append(_Headed(first, end, rows, tops, height, starts, bool(again_lines)))
        i = end
    # the page's tables share one style: a header left alone at the foot of the page, its
    # second line under it, is told by the spacing of the page's other tables
    gaps = [b - a for t in found for a, b in zip(t.tops, t.tops[1:], strict=False)]
    tables.extend(
        Found(
            t.first,
            t.end,
            printed_rows(t.rows, t.tops, t.height, gaps, headed=not t.printed_again),
        )
        for t in found
    )
    # lines at the top of the page in the columns of the table the page before ran to its
    # foot with: that table going on, up to a table of the page's own. The document's tables
    # share one style: their spacing so far tells its padded rows
    spacing = (above.gaps if above else []) + gaps
    going_on = None
    if above is not None and body:
        headers = {table.first for table in tables}
        carried = above._replace(gaps=spacing)
        if columns_per_page:
            here = _columns_here(line_pieces, body[0], carried, headers)
            carried = carried._replace(starts=here)
        going_on = _going_on(lines, body[0], carried, headers)
    if going_on is not None:
        table, own = going_on
        tables = [t for t in tables if t.first >= table.end] + [table]
        spacing += own
    tables.sort(key=lambda table: table.first)
    # the page's last table, when it runs to the page's foot: the next page may go on with it
    final = tables[-1] if tables and tables[-1].end >= last else None
    return tables, _left_for_next_page(final, found, lines, above, spacing[-KEPT_SPACINGS:])


def _left_for_next_page(
    final: Found | None,
    found: list[_Headed],
    lines: list[list[Word]],
    above: Carried | None,
    spacing: list[float],
) -> Carried | None:
    """The table a page ran to its foot with (`final`), as the next page goes on with it: the
    table it went on with from the page before (`above`), a table of its own (among `found`)
    by the columns its rows fill, or a form by its label and value columns."""
    if final is None:
        return None
    if final.continued:
        return above._replace(gaps=spacing) if above is not None else None
    for own in found:
        if own.first == final.first:
            kept = [s for j, s in enumerate(own.starts) if any(row[j] for row in own.rows)]
            return Carried(kept, own.height, spacing, tuple(filter(None, final.rows[0])))
    label, value, *_ = pieces(lines[final.first])
    height = lines[final.first][0]["bottom"] - lines[final.first][0]["top"]
    return Carried([label[0]["x0"], value[0]["x0"]], height, spacing)


def _header_again(
    line_pieces: list[list[list[Word]]], i: int, names: tuple[str, ...]
) -> tuple[list[list[Word]], int] | None:
    """Line i's words (`line_pieces`: each line's pieces) cut into the cells of the header of
    the table the page before ran to its foot with (`names`), when it prints that header
    again word for word, however near this page sets its columns (`pdftotext -layout` sets
    each page's columns out afresh, a cell's widest line one space short of the next
    column: "Progress update RAG"); and the lines it takes, two when cells wrap onto the
    next line, which then holds the rest of each in turn ("2023/24 | 2024/25 target" over
    "actual"). None when it does not."""
    line = line_pieces[i]
    flat = [word for piece in line for word in piece]
    words = [word["text"] for word in flat]
    cells: list[list[Word]] = []
    left: list[str] = []  # the words of wrapped cells the line leaves to the next
    at = 0
    for name in names:
        expected = name.split()
        taken = 0
        while taken < len(expected) and at + taken < len(words):
            if words[at + taken] != expected[taken]:
                break
            taken += 1
        if not taken:
            return None  # a cell not printed on this line
        cells.append(flat[at : at + taken])
        left += expected[taken:]
        at += taken
    if at < len(words) or len(cells) < 2:
        return None
    if not left:
        return cells, 1
    below = line_pieces[i + 1] if i + 1 < len(line_pieces) else []
    if [w["text"] for piece in below for w in piece] != left:
        return None
    return cells, 2


# Lines a table holds (its header's first line, two more, and the heading) before a line
# set apart under them may be a heading rather than a row.
MIN_ROWS_OVER_HEADING = 4


def _heading_under(rows: list[list[str]], tops: list[float], height: float) -> bool:
    """Whether a table's last line is a heading under it, not a row: under two lines or more
    besides the header's, it fills its first cell alone and stands further from the line
    above than any line of the table from the one above it ("Key risks" a blank line under
    the last row, over a table of its own). Under one line, it may be a row set apart by
    padding ("coaches", the rest of a row a page break cut, under the header again). The
    header's wrapped lines ("Target" / "Mar" / "2027") are the header's, no lines of it."""
    wrapped = 1
    while (
        wrapped < len(rows) - 1
        and not rows[wrapped][0]
        and tops[wrapped] - tops[wrapped - 1] <= HEADER_LINE_SPACING * height
    ):
        wrapped += 1
    rows, tops = rows[wrapped - 1 :], tops[wrapped - 1 :]
    if len(rows) < MIN_ROWS_OVER_HEADING or any(rows[-1][1:]) or not rows[-1][0]:
        return False
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    return gaps[-1] > max(gaps[:-1]) + ROW_PADDING * height


def _header_lines(rows: list[list[str]], tops: list[float], height: float) -> bool:
    """Whether the lines under a header are its cells' wrapped lines ("Previous" / "RAG"):
    set right under it and leaving its first column empty, as no row's first line does.
    Asked of a table that ends at the foot of its page, its rows on the next."""
    return len(rows) > 1 and all(
        not cells[0] and below - above <= HEADER_LINE_SPACING * height
        for cells, above, below in zip(rows[1:], tops[:-1], tops[1:], strict=True)
    )


def _going_on(
    lines: list[list[Word]], k: int, above: Carried, headers: set[int]
) -> tuple[Found, list[float]] | None:
    """The lines from line k set in the columns of the table the page before ran to its foot
    with (`above`): its rows going on without its header, and the spacing of its lines. None
    where no line fills a column but the first (a heading, not the rest of a row), unless
    the first line starts in lower case: the rest of the row above, alone.

    They end at a line that opens a table of its own (`headers`), unless it leaves the first
    column empty, as a header starting at the table's left edge does not, or rows of the
    table going on come right before it, no further apart than its rows: then its words
    name columns by chance ("partners | 2025 | Ashdown Police / | Partnership", the rest of
    a row cut by the break), and it is a row."""
    rows: list[list[str]] = []
    tops: list[float] = []
    end = k
    row_spacing = max(above.gaps, default=2 * above.height)
    while end < len(lines):
        top = lines[end][0]["top"]
        cells = _in_columns(pieces(lines[end]), above.starts)
        if cells is None or (tops and _ends_table(top - tops[-1], above.height)):
            break
        close = bool(tops) and top - tops[-1] <= row_spacing + ALIGN_SLACK
        if end in headers and cells[0] and not (close and any(any(c[1:]) for c in rows)):
            break
        rows.append(cells)
        tops.append(top)
        end += 1
    if not any(any(cells[1:]) for cells in rows):
        if rows and rows[0][0][:1].islower():
            # the last words of the row above, cut by the break ("… for secondary" /
            # "schools"): lower case, no heading
            return Found(k, k + 1, [rows[0]], continued=True), []
        return None
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    rows = printed_rows(rows, tops, above.height, above.gaps + gaps)
    return Found(k, end, rows, continued=True), gaps


def _columns_here(
    line_pieces: list[list[list[Word]]], k: int, above: Carried, headers: set[int]
) -> list[float]:
    """Where this page sets out the columns of the table the page before ran to its foot
    with (`above`), when it sets them out afresh: the lines from line k, up to a table of
    the page's own or a gap that ends a table, start their pieces in columns (clusters of
    starts) that are the table's in order, each shifted by its cells' widths on this page.
    A column no piece starts (its cells one space after the column before's, or empty) is
    found among the words (`_fitted`). Where the pieces start in the carried columns
    already, give or take a character, the columns start where the pieces do. The carried
    starts where they start in more columns than the table has (not its rows), or in too
    many ways to try (`MAX_FITS`)."""
    xs: list[float] = []
    word_xs: set[float] = set()
    top = line_pieces[k][0][0]["top"]
    for line in _lines_in_table(line_pieces, k, top, above.height, headers):
        xs.extend(piece[0]["x0"] for piece in line)
        # a cell seldom starts in lower case, as the rest of a phrase does ("Head | of")
        word_xs.update(w["x0"] for piece in line for w in piece if not w["text"][0].islower())
    clusters: list[float] = []
    for x in sorted(xs):
        if not clusters or x - clusters[-1] > ALIGN_SLACK:
            clusters.append(x)
    old = above.starts
    if len(clusters) > len(old) or math.comb(len(old), len(clusters)) > MAX_FITS:
        return old
    if all(_starts_just_at(x, old, ALIGN_SLACK) for x in clusters):
        # the columns where they were, give or take a character: where this page starts
        # them, so that a cell's widest line run on into the next is cut just there
        return [next((x for x in clusters if abs(x - s) <= ALIGN_SLACK), s) for s in old]
    return _fitted(clusters, old, sorted(word_xs))


# Ways of giving a page's columns to a table's that `_fitted` tries at most (a table of 14
# columns, 7 of them starting pieces: 3,432); wider tables keep the page before's columns.
MAX_FITS = 5000


def _fitted(xs: list[float], starts: list[float], word_xs: list[float]) -> list[float]:
    """The columns `starts` set out afresh where a page starts its pieces (`xs`, sorted, one
    for each column some piece starts): each of `xs` starts one column, in order, and each
    column left starts where the word nearest its old start does between its neighbours
    (`word_xs`: where the words that may start a cell start; its cells one space after the
    column before's: "October half term Green"), or, no word there, is empty. Of all the
    ways, the one that moves the columns least (`_moved`)."""
    fits = (
        _moved(dict(zip(chosen, xs, strict=True)), starts, word_xs)
        for chosen in itertools.combinations(range(len(starts)), len(xs))
    )
    return min(fits, key=lambda fit: fit[1])[0]


def _moved(
    placed: dict[int, float], starts: list[float], word_xs: list[float]
) -> tuple[list[float], float]:
    """The columns `starts` with those `placed` ({index: new start}) moved there and the rest
    to the word start nearest their own (`word_xs`, sorted) between their neighbours; and
    how far they moved, all told (a column without a word to start it moves for free)."""
    moved: list[float] = []
    distance = 0.0
    for j, start in enumerate(starts):
        x = placed.get(j)
        if x is None:
            low = moved[-1] if moved else -math.inf
            high = min((placed[i] for i in placed if i > j), default=math.inf)
            inside = word_xs[
                bisect.bisect_right(word_xs, low + ALIGN_SLACK) : bisect.bisect_left(
                    word_xs, high - ALIGN_SLACK
                )
            ]
            if not inside:
                moved.append(min(max(start, low + ALIGN_SLACK), high - ALIGN_SLACK))
                continue
            x = min(inside, key=lambda w: abs(w - start))
        moved.append(x)
        distance += abs(x - start)
    return moved, distance


def _form_lines(lines: list[list[Word]], i: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows of label and value) for the lines from i that print a form's fields, labels
    down a left column and values in a right one; None unless two labels or more line up."""
    from planparse.tables.forms import label_role

    first = pieces(lines[i])
    if len(first) < 2 or label_role(_text(first[0])) is None:
        return None
    label_x, value_x = first[0][0]["x0"], first[1][0]["x0"]
    height = lines[i][0]["bottom"] - lines[i][0]["top"]
    # (label or None for a value's wrapped line, value, top)
    printed = [(_text(first[0]), " ".join(_text(p) for p in first[1:]), lines[i][0]["top"])]
    end = i + 1
    while end < len(lines):
        line, top = pieces(lines[end]), lines[end][0]["top"]
        if _ends_table(top - printed[-1][2], height):
            break
        if (
            len(line) >= 2
            and abs(line[0][0]["x0"] - label_x) <= ALIGN_SLACK
            and abs(line[1][0]["x0"] - value_x) <= ALIGN_SLACK
            and label_role(_text(line[0])) is not None
        ):
            printed.append((_text(line[0]), " ".join(_text(p) for p in line[1:]), top))
        elif line[0][0]["x0"] >= value_x - ALIGN_SLACK:
            printed.append((None, " ".join(_text(p) for p in line), top))
        else:
            break
        end += 1
    rows = _form_rows(printed, height)
    return (end, rows) if len(rows) >= 2 else None


def _form_rows(printed: list[tuple[str | None, str, float]], height: float) -> list[list[str]]:
    """A form's printed lines as its fields. Where its rows are padded apart, the lines set
    close together are one field, its label on any of them (a spreadsheet sets a label at
    the bottom of its value's lines); otherwise a value's wrapped line goes on the field
    above."""
    gaps = [b[2] - a[2] for a, b in zip(printed, printed[1:], strict=False)]
    inner = _inner_spacing(gaps, height)
    padded = inner is not None
    runs: list[list[tuple[str | None, str, float]]] = [[printed[0]]]
    for entry, gap in zip(printed[1:], gaps, strict=True):
        together = inner is not None and gap <= inner
        labelled = [label for label, _, _ in runs[-1] if label]
        if (together and not (entry[0] and labelled)) or (not padded and entry[0] is None):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    rows: list[list[str]] = []
    for run in runs:
        label = next((label for label, _, _ in run if label), None)
        value = cell_text("\n".join(v for _, v, _ in run if v))
        if label is None and rows:
            rows[-1][1] = cell_text(f"{rows[-1][1]}\n{value}")
        elif label is not None:
            rows.append([label, value])
    return rows


def _header_goes_on_below(lines: list[list[Word]], i: int, count: int, floor: int) -> bool:
    """Whether line i, with `count` pieces, is the first line of a header set at the bottom
    of its row: the line right under it names more columns, alone and with line i's words
    stacked on ("Outcome we | What we will" over "want | do | By whom | By when | RAG")."""
    from planparse.tables.roles import row_to_roles

    if i + 1 >= len(lines):
        return False
    below = pieces(lines[i + 1])
    names = _names(below)
    if len(below) <= count or row_to_roles(names) is None:
        return False
    starts = [p[0]["x0"] for p in below]
    height = lines[i + 1][0]["bottom"] - lines[i + 1][0]["top"]
    _, top = _with_lines_above(lines, i + 1, floor, names, starts, height)
    return top <= i


def _header_second_line(
    lines: list[list[Word]], i: int, names: tuple[str, ...], starts: list[float], height: float
) -> tuple[str, ...] | None:
    """Line i's header pieces (`names`) with the next line's words under them added, when
    that line sits right under it (no more than a line's spacing) and only under its pieces.
    Only for a line that names no columns alone; a header that does, and whose second line
    is its own, is told by the spacing in `printed_rows`."""
    if i + 1 >= len(lines):
        return None
    below = _beside_header(lines, i, i + 1, starts, height)
    return _stacked(names, below) if below is not None else None


def _with_lines_above(
    lines: list[list[Word]],
    i: int,
    floor: int,
    names: tuple[str, ...],
    starts: list[float],
    height: float,
) -> tuple[tuple[str, ...], int]:
    """Header line i's cells (`names`) with the header lines right above it stacked on, no
    higher than line `floor`, while they still name a plan's columns; and the first line."""
    from planparse.tables.roles import row_to_roles

    first = i
    while first > floor and (above := _header_line_above(lines, first, starts, height)):
        joined = _stacked(above, names)
        if row_to_roles(joined) is None:
            break
        names, first = joined, first - 1
    return names, first


def _header_line_above(
    lines: list[list[Word]], i: int, starts: list[float], height: float
) -> list[str] | None:
    """The line right above header line i (no more than a line's spacing), when its words
    sit under some of the header's columns only: the first line of header cells wrapped
    and set at the bottom or middle of their row ("Lead" over "officer")."""
    cells = _beside_header(lines, i, i - 1, starts, height)
    return None if cells is None or all(cells) else cells


def _beside_header(
    lines: list[list[Word]], i: int, j: int, starts: list[float], height: float
) -> list[str] | None:
    """Line j's words in the columns of header line i, when j sits right above or below it
    and some of its words fall in those columns and none across their edges."""
    if abs(lines[j][0]["top"] - lines[i][0]["top"]) > HEADER_LINE_SPACING * height:
        return None
    cells = _in_columns(pieces(lines[j]), starts)
    return cells if cells is not None and any(cells) else None


def _period_starts(
    lines: list[list[Word]],
    line_pieces: list[list[list[Word]]],
    i: int,
    j: int,
    starts: list[float],
    height: float,
) -> tuple[list[float], list[list[Word]]] | None:
    """Column starts with those of line j's periods added, when j is the line under line i
    of a header and prints two or more periods ("2025/26", "Q3", "Autumn"), kinds of figure
    ("Target", "Actual") or ends of a span ("From", "To") under one header cell: that cell is
    merged over a column for each ("Target" over "2025/26 | 2026/27", "2025/26" over "Autumn
    | Spring | Summer", over "Target | Actual", "Timescale" over "From | To"), the periods
    cut apart where the rows under them start their cells, as a header's cells are
    (`_header_cut`: "2025/26 2026/27" one space apart); and line j's pieces so cut."""
    if _ends_table(lines[j][0]["top"] - lines[i][0]["top"], height):
        return None
    from planparse.tables.roles import names_a_column_under_a_year, names_an_end_of_a_span

    line = _header_cut(line_pieces, j)
    if _in_columns(line, starts) is None:
        return None
    added = []
    for first, piece in zip(line, line[1:], strict=False):
        x0 = piece[0]["x0"]
        same = _column(first[0]["x0"], starts) == _column(x0, starts)
        pair = (_text(first), _text(piece))
        if same and (
            all(names_a_column_under_a_year(name) for name in pair)
            or all(names_an_end_of_a_span(name) for name in pair)  # "Timescale": "From | To"
        ):
            added.append(x0)
    return (sorted(starts + added), line) if added else None


def _column(x0: float, starts: list[float]) -> int | None:
    """The column a piece starting at x0 falls in."""
    return max((k for k, s in enumerate(starts) if s - ALIGN_SLACK <= x0), default=None)


def _stacked(upper: Sequence[str], lower: Sequence[str]) -> tuple[str, ...]:
    """Header cells printed over two lines, each column's upper words then its lower ones."""
    return tuple(f"{a} {b}".strip() for a, b in zip(upper, lower, strict=True))


# Space between rows, beyond the spacing of lines inside a row, that shows rows are padded
# (a share of the line's height); a line this much closer to the one above is in its row.
ROW_PADDING = 0.4
INNER_SLACK = 0.25


def _inner_spacing(gaps: list[float], height: float) -> float | None:
    """The most space between two lines of one row, where rows are padded apart (the lines'
    `gaps` vary by `ROW_PADDING` or more); None where lines are evenly spaced."""
    if not gaps or max(gaps) - min(gaps) < ROW_PADDING * height:
        return None
    return min(gaps) + INNER_SLACK * height


def _ends_table(gap: float, height: float) -> bool:
    """Whether a gap between two lines is empty space of several lines: the table ends."""
    return gap > MAX_GAP_LINES * 1.2 * height + height


def printed_rows(
    lines: list[list[str]],
    tops: list[float],
    height: float,
    page_gaps: list[float],
    headed: bool = False,
) -> list[list[str]]:
    """A borderless table's lines grouped into the rows they print.

    Where the page's tables set their rows apart with more space than the lines inside a row
    (`page_gaps`: the spacing of each line under the one above, in every table of the page),
    the lines at the inner spacing are one row when one of them (the row's id line) fills
    every column that the others fill only some of: cells set at the top, middle or bottom
    of their row (a spreadsheet sets them at the bottom) are joined as a ruled cell's lines
    are. Otherwise a line that fills only some of the columns the line opening its row fills
    is that row's next line (the header's too). Tables spaced evenly are left line by line,
    but for the header's wrapped lines, when `headed` (lines[0] is the header): the rows
    stage tells a row's next line by what it holds.
    """
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    inner = _inner_spacing(page_gaps, height) if gaps else None
    if inner is None:
        wrapped = _header_wrapped_lines(lines) if headed else 1
        return [list(reduce(_stacked, lines[:wrapped])), *lines[wrapped:]]
    spaced: list[list[list[str]]] = [[lines[0]]]  # runs of lines at the inner spacing
    for cells, gap in zip(lines[1:], gaps, strict=True):
        if gap <= inner:
            spaced[-1].append(cells)
        else:
            spaced.append([cells])
    grouped: list[list[list[str]]] = []
    for run in spaced:
        grouped.extend([run] if _one_row(run) else _rows_opened_by_wider_lines(run))
    return [
        [
            parts[0] if len(parts) == 1 else cell_text("\n".join(p for p in parts if p))
            for parts in zip(*row, strict=True)
        ]
        for row in grouped
    ]


# Words a header cell's wrapped line holds at most ("Baseline" / "2023/24 actual").
HEADER_LINE_WORDS = 3


def _header_wrapped_lines(lines: list[list[str]]) -> int:
    """How many of an evenly spaced table's first lines print its header: the header and the
    lines under it that leave the first column empty, as no row's first line does, hold a
    few words under named columns only, and name no column worse stacked on the header:
    each finishing a header cell left open ("Baseline (Mar" / "24)", "Lead role &" /
    "organisation") or adding a note in brackets ("Year 1 target" / "(2025/26)", "Q1" /
    "(Apr-Jun" / "25)"), or naming a column better ("2023/24" / "actual": a baseline, not
    a target). A header printed again over the rest of a row a page break cut ("Due" /
    "2025") is finished and names its columns as it is."""
    from planparse.tables.roles import row_to_roles

    header = tuple(lines[0])
    named = row_to_roles(header) or ()
    count = 1
    stacked, noted = header, True  # lines stacked since the last taken; all notes so far
    for k, cells in enumerate(lines[1:], start=2):
        filled = [(j, c) for j, c in enumerate(cells) if c]
        if not filled or (cells[0] and re.search(r"\d", cells[0])):
            break  # a row's first line opens with its id
        if not all(header[j] and len(c.split()) <= HEADER_LINE_WORDS for j, c in filled):
            break
        noted = noted and all(_left_open(stacked[j]) or c.startswith("(") for j, c in filled)
        stacked = _stacked(stacked, cells)
        roles = row_to_roles(stacked) or ()
        worse = len(roles) != len(named) or any(
            a and not b for a, b in zip(named, roles, strict=True)
        )
        if worse and noted:
            continue  # a note opened, to be closed on a line below ("(Apr-Jun" / "25)")
        if worse or (roles == named and not noted):
            break
        count, named, noted = k, roles, True
    return count


def _left_open(cell: str) -> bool:
    """Whether a header cell stops mid-phrase or inside brackets: its line wrapped."""
    return inside_brackets(cell) or ends_mid_phrase(cell, signs="&")


def _filled(cells: list[str]) -> set[int]:
    return {k for k, c in enumerate(cells) if c}


def _one_row(run: list[list[str]]) -> bool:
    """Whether lines set close together print one row: one line fills every column the
    others fill only some of."""
    widest = max(run, key=lambda cells: len(_filled(cells)))
    return all(cells is widest or _filled(cells) < _filled(widest) for cells in run)


def _rows_opened_by_wider_lines(run: list[list[str]]) -> list[list[list[str]]]:
    """Lines set close together, each that fills only some of the columns its row's first
    line fills joined to that row."""
    rows: list[list[list[str]]] = [[run[0]]]
    for cells in run[1:]:
        if _filled(cells) < _filled(rows[-1][0]):
            rows[-1].append(cells)
        else:
            rows.append([cells])
    return rows


# Points from a column's start within which a word starts just where the column does.
CUT_SLACK = 1.0
# Cells a line of one piece is cut into to be a row (`_in_columns`).
MIN_CUT_LINE_CELLS = 4
# Cells a line of one piece is cut into to be a row, when it fills every column.
MIN_CUT_ROW_CELLS = 3


def _in_columns(line: list[list[Word]], starts: list[float]) -> list[str] | None:
    """The line's pieces placed in the columns starting at `starts`, or None when a piece
    runs across a column's edge (prose, not a row)."""
    cells = [""] * len(starts)
    # a line of one piece is prose, or a row with one cell filled, unless it is cut into
    # four cells or more (a short table's row, each cell its column's widest line): words of
    # prose fall on three column starts by chance seldom. Any line is cut only when its
    # words fall on every column start it crosses
    cut = [part for whole in line for part in _cut_at_columns(whole, starts)]
    # or cut into one cell a column, three at least: a row of widest lines in a short table
    whole_row = len(cut) == len(starts) >= MIN_CUT_ROW_CELLS
    for piece in cut if len(line) > 1 or len(cut) >= MIN_CUT_LINE_CELLS or whole_row else line:
        x0, x1 = piece[0]["x0"], piece[-1]["x1"]
        column = _column(x0, starts)
        if column is None:
            return None
        following = starts[column + 1] if column + 1 < len(starts) else None
        if following is not None and x1 > following + ALIGN_SLACK:
            return None
        cells[column] = f"{cells[column]} {_text(piece)}".strip()
    return cells


# Lines under a header whose pieces show where its columns start.
COLUMN_EVIDENCE_LINES = 8
# Cells a line naming no columns as printed is cut into, each naming one, to be a header.
MIN_CUT_HEADER_CELLS = 3


def _lines_in_table(
    line_pieces: list[list[list[Word]]],
    start: int,
    top: float,
    height: float,
    headers: Collection[int] = (),
) -> Iterator[list[list[Word]]]:
    """The pieces of up to `COLUMN_EVIDENCE_LINES` lines from line `start`, the lines that show
    where a table's columns start: each no further below the line above (the first below
    `top`) than a table's lines are, and none after the first opening a table of its own
    (`headers`): the lines of the next table, not this one's."""
    for j in range(start, min(start + COLUMN_EVIDENCE_LINES, len(line_pieces))):
        line_top = line_pieces[j][0][0]["top"]
        if (j > start and j in headers) or _ends_table(line_top - top, height):
            return
        yield line_pieces[j]
        top = line_top


def _header_cut(line_pieces: list[list[list[Word]]], i: int) -> list[list[Word]]:
    """Header line i's pieces (`line_pieces`: each line's pieces) cut where a line under it, in
    its table, starts a piece just where one of its words does ("Direction of travel
    Commentary" over "Improving  Inclusion charter signed…"): a header cell is a column's
    widest line as often as a row's cell is (`_cut_at_columns`)."""
    line = line_pieces[i]
    if all(len(piece) == 1 for piece in line):
        return line  # no piece of two words or more to cut
    height = line[0][0]["bottom"] - line[0][0]["top"]
    starts: set[float] = set()
    word_starts: set[float] = set()
    for below in _lines_in_table(line_pieces, i + 1, line[0][0]["top"], height):
        starts.update(piece[0]["x0"] for piece in below)
        word_starts.update(word["x0"] for piece in below for word in piece)
    cut = [part for piece in line for part in _cut_at_columns(piece, sorted(starts))]
    return [part for piece in cut for part in _names_run_together(piece, sorted(word_starts))]


# Words that join two names into one header cell ("Lead & partners", "Start and end date").
_JOINERS = frozenset({"&", "and", "or", "/", "+", "-", "–"})


def _names_run_together(piece: list[Word], word_starts: list[float] | None) -> list[list[Word]]:
    """A header piece that is two column names one space apart ("Deadline RAG", "Lead officer
    Lead organisation"), cut where the second starts: in a table of a row or two no cell
    under it starts a piece there, but a word of one starts just there (its column's widest
    line runs on into the cell before it). The words before the cut are a name word for word
    ("Evidence of" | "impact" is no cut), the words after it start one, not a bracket ("How
    we will know (success measure)"), and the piece as a whole names no column ("Target
    date" stays whole). With no row under the header (`word_starts` None: a header alone at
    the foot of its page), the longest name it starts with is cut off ("Target date |
    Status", not "Target | date Status"), but not before a word that finishes a name as
    often as it is one ("Baseline date" stays whole: "date" alone names a column). Periods
    run together ("Dec Mar") are cut so too, where a word under the second starts."""
    from planparse.tables.roles import header_to_role, is_exactly_a_name, is_one_name

    cuts = range(len(piece) - 1, 0, -1) if word_starts is None else range(1, len(piece))
    for k in cuts:
        if word_starts is not None and not _starts_just_at(piece[k]["x0"], word_starts):
            continue  # no word under it starts here
        head, rest = _text(piece[:k]), _text(piece[k:])
        names = (
            rest[0].isalnum()
            and piece[k - 1]["text"].lower() not in _JOINERS
            and not inside_brackets(head)
            and is_exactly_a_name(head)
            and header_to_role(rest) is not None
            and not is_one_name(_text(piece))
            and not (word_starts is None and rest.lower() in _NAME_ENDINGS)
        )
        if names or (word_starts is not None and _periods_run_together(piece, k)):
            return [piece[:k], *_names_run_together(piece[k:], word_starts)]
    return [piece]


# Words that name a column alone but as often end a longer name ("Baseline date", "Due
# by", "Start date"): with no row under a header to show a cut, no cut before them.
_NAME_ENDINGS = frozenset({"date", "dates", "by", "due", "when", "from", "to", "end"})


def _periods_run_together(piece: list[Word], k: int) -> bool:
    """Whether a header piece is periods one space apart cut before word k: a period before
    it ("Dec", "Summer 1"), a period named in words starting at it ("Mar", "Summer 2", not
    the year of a date: "31 January 2026"), and the whole no one period ("Autumn term
    2025/26" stays whole)."""
    from planparse.fields.dates import is_period_name

    after = (_text(piece[k : k + n]) for n in (1, 2) if k + n <= len(piece))
    return (
        piece[k]["text"][:1].isalpha()
        and is_period_name(_text(piece[:k]))
        and any(is_period_name(text) for text in after)
        and not is_period_name(_text(piece))
    )


def _starts_just_at(x0: float, starts: list[float], slack: float = CUT_SLACK) -> bool:
    """Whether one of `starts` (sorted) is within `slack` of x0: a word starting just where
    a column, a cell or a word under it does."""
    at = bisect.bisect_left(starts, x0 - slack)
    return at < len(starts) and starts[at] <= x0 + slack


def _cut_at_columns(piece: list[Word], starts: list[float]) -> list[list[Word]]:
    """A piece running across a column's start, cut before each word that starts just where
    a column does: a cell's widest line a space short of the next column, as `pdftotext
    -layout` sets them out (it pushes a whole column right, past the widest line of the
    column before, and keeps one space between). A piece within its column is left whole;
    `starts` are sorted."""
    following = [s for s in starts if piece[0]["x0"] + ALIGN_SLACK < s]
    if not following or piece[-1]["x1"] <= following[0]:
        return [piece]
    parts = [[piece[0]]]
    for word in piece[1:]:
        if _starts_just_at(word["x0"], following):
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


# Two-column prose: lines split by a shared gutter.
MIN_GUTTER = 12.0
MIN_GUTTER_LINES = 6


def gutter(lines: list[list[Word]], width: float) -> float | None:
    """The x of a gutter splitting the page's prose into two columns, if there is one: a gap
    of at least 12 points in the middle third that six lines or more share, and that no
    line's words run across."""
    spans = []
    for line in lines:
        runs = pieces(line)
        spans.extend(
            (a[-1]["x1"], b[0]["x0"])
            for a, b in zip(runs, runs[1:], strict=False)
            if b[0]["x0"] - a[-1]["x1"] >= MIN_GUTTER
        )
    best, best_count = None, 0
    for x in range(int(width / 3), int(2 * width / 3), 2):
        count = sum(1 for a, b in spans if a < x < b)
        if count > best_count:
            best, best_count = float(x), count
    if best is None or best_count < MIN_GUTTER_LINES:
        return None
    crossing = sum(1 for line in lines if any(w["x0"] < best < w["x1"] for w in line))
    return best if crossing * 10 <= len(lines) else None


def split_columns(lines: list[list[Word]], at: float) -> tuple[list[list[Word]], list[list[Word]]]:
    """Each line's words left and right of the gutter: the left column's lines, the right's."""
    left = [[w for w in line if w["x1"] <= at] for line in lines]
    right = [[w for w in line if w["x0"] >= at] for line in lines]
    return [line for line in left if line], [line for line in right if line]
