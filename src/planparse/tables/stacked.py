"""Tables printed one cell a line, to table rows.

Text copied from a PDF viewer, or converted without its layout, sets each cell of a table on
a line of its own: "Ref", "Action", "Lead", "Deadline", then "1.1", "Recruit two …", "Head of
SEND", "March 2026", and so on, a wrapped cell going on over several lines. A run of lines
that each name a column (tables/vocab.toml, or a period: "2025/26") and together make a
table's header starts such a table. The lines after it are cut into rows of as many cells
by what each column holds: an id, a date, a lead, a figure, a RAG rating, or any text. The
cut is the one that fits the columns best over the whole table (a dynamic programme over
lines and columns), so a wrapped action or a lead over two lines lands in its own cell.
Blocks that are no such table pass as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from planparse.cuts import ends_mid_phrase
from planparse.fields.dates import parse_due
from planparse.fields.ids import id_column_id, parse_id_list
from planparse.fields.leads import is_lead_cell
from planparse.fields.values import parse_values
from planparse.read.pages import is_running_text
from planparse.read.raw import Block
from planparse.tables.find import RAG_CELL_RE
from planparse.tables.roles import (
    is_exactly_a_name,
    is_one_name,
    names_period,
    row_to_roles,
    table_kind,
)
from planparse.tables.rows import LEAD_CUT_SIGNS

# the fewest columns a header of one name a line has: two short lines in a row are too often
# prose ("Lead" / "Head of SEND")
MIN_COLUMNS = 3
# the most words a line naming a column has
MAX_NAME_WORDS = 6
# the most lines a row of such a table runs to; a longer run is no row of it
MAX_ROW_LINES = 14
# what a table of one cell a line is read for
_KINDS = frozenset({"action", "grid", "risk", "reference", "progress"})
_DATE_ROLES = frozenset({"deadline", "start", "review"})
_FIGURE_ROLES = frozenset({"baseline", "target", "comparator"})
_LEAD_ROLES = frozenset({"lead", "lead_org", "partners"})
# the columns whose cells are of a kind, not any text
_TYPED_ROLES = _DATE_ROLES | _FIGURE_ROLES | _LEAD_ROLES | {"id", "status", "refs"}
# how many lines a cell of a typed column may run to (one of text, up to MAX_ROW_LINES)
_MOST_LINES = (({"id", "status"}, 1), (_DATE_ROLES | _FIGURE_ROLES, 2), (_LEAD_ROLES, 3))
# figures that are no number but fill a figure's cell
_NO_FIGURE = frozenset({"tbc", "tba", "n/a", "na", "-", "–", "new measure", "not available"})
# how well a row's cells must fit its columns at least: a row's typed cells outweigh its
# empty ones (prose under column names, "We will …" / "The board meets each month …", fits
# a date but leaves a lead empty)
MIN_ROW_FIT = 1.0
# a cell left empty: a copied table drops it without trace, so each one costs
_EMPTY = -1.5
_IMPOSSIBLE = float("-inf")
# what each line after its first costs a cell of a typed column (half that for a lead's)
_WRAP_COST = 0.5
# what a cell costs that is cut where its words go on: it ends mid-phrase, on a comma, a
# dash or a joining word (cuts.ends_mid_phrase, with the signs a lead line is cut on:
# "Designated Clinical Officer," / "NHS Millbrook ICB" is one lead), or opens in lower case
_CUT_COST = 1.0


@dataclass(frozen=True)
class _Column:
    name: str
    role: str | None


def unstack_tables(blocks: list[Block]) -> list[Block]:
    """The blocks with each table printed one cell a line rewritten as its rows."""
    out: list[Block] = []
    done = 0
    for start, end, rows in stacked_tables(blocks):
        out += blocks[done:start] + rows
        done = end
    return out + blocks[done:]


def stacked_tables(blocks: list[Block]) -> Iterator[tuple[int, int, list[Block]]]:
    """Each table printed one cell a line: where its header starts and where it ends among
    the blocks, and its rows, the header's first. Column names before a table's own are left
    as the lines they are (a heading's)."""
    i = 0
    while i < len(blocks):
        table = _best_table(blocks, i) if _opens_header(blocks[i]) else None
        if table is None:
            i += 1
            continue
        first = blocks[table.start]
        cells = tuple(c.name for c in table.columns)
        header = Block("row", cells=cells, page=first.page, line_no=first.line_no)
        yield table.start, table.end, [header, *table.rows]
        i = table.end


@dataclass(frozen=True)
class _Table:
    start: int  # where its header starts
    end: int  # after its last line
    columns: list[_Column]
    rows: list[Block]
    score: float


def _opens_header(block: Block) -> bool:
    """A column's name a header may start with: a name, not a period ("December 2026"
    ends a row as often as it heads a column)."""
    return _is_name_line(block) and is_one_name(block.text)


def _is_name_line(block: Block) -> bool:
    return (
        block.kind == "line"
        and not block.bullet
        and not block.heading_level
        and len(block.text.split()) <= MAX_NAME_WORDS
        and (is_one_name(block.text) or names_period(block.text))
    )


def _best_table(blocks: list[Block], i: int) -> _Table | None:
    """The table whose header is the run of column names from `i`, one a line (blank lines
    between them allowed), or the end of that run: names before a table's own may be a
    heading ("How we will know", then "Success measure", "Baseline" …). The start whose
    rows fit best wins."""
    run, end = _name_run(blocks, i)
    tables = [
        table
        for n, (start, _) in enumerate(run)
        if len(run) - n >= MIN_COLUMNS
        and _opens_header(blocks[start])
        and (table := _table(blocks, [name for _, name in run[n:]], start, end))
    ]
    return max(tables, key=lambda t: t.score, default=None)


def _name_run(blocks: list[Block], i: int) -> tuple[list[tuple[int, str]], int]:
    """The column names printed one a line from `i`, each with where it starts, and where
    the run ends. A name wrapped over two lines is one: its second line opens in lower case
    and the two make a name ("Target completion" / "date")."""
    run: list[tuple[int, str]] = []
    k = i
    while k < len(blocks):
        block = blocks[k]
        if run and block.kind == "line" and block.text[:1].islower():
            wrapped = f"{run[-1][1]} {block.text}"
            if not is_exactly_a_name(wrapped):
                break
            run[-1] = (run[-1][0], wrapped)
        elif _is_name_line(block):
            run.append((k, block.text))
        elif block.kind != "blank":
            break
        k += 1
    return run, k


def _table(blocks: list[Block], names: list[str], start: int, body_start: int) -> _Table | None:
    """The table these names head, its rows cut from the lines after them; None when they
    name no table's columns or no row fits them."""
    roles = row_to_roles(tuple(names))
    if roles is None or table_kind(roles) not in _KINDS:
        return None
    columns = [_Column(name, role) for name, role in zip(names, roles, strict=True)]
    body = _body(blocks, body_start, columns)
    rows, used, score = _rows([blocks[k] for k in body], columns)
    if not rows:
        return None
    return _Table(start, body[used - 1] + 1, columns, rows, score)


def _body(blocks: list[Block], start: int, columns: list[_Column]) -> list[int]:
    """Where the lines a table's rows may hold are: the lines after its header up to a
    heading, a row, another such header, or a blank line after which no row goes on. A page's
    running lines between them ("Page 2 of 5", "OFFICIAL") are none of the table's."""
    by_id = columns[0].role == "id"
    body: list[int] = []
    since_id = 0  # lines since the row's id, when the first column is the id
    k = start
    while k < len(blocks):
        block = blocks[k]
        if block.kind == "row" or block.heading_level or _heads_a_table(blocks, k):
            break
        if block.kind == "line" and _is_running(block.text):
            k += 1
            continue
        if block.kind == "blank":
            nxt = next(
                (b for b in blocks[k + 1 :] if b.kind != "blank" and not _is_running(b.text)), None
            )
            goes_on = nxt is not None and nxt.kind == "line" and _is_id(nxt.text)
            if body and not (by_id and (goes_on or since_id < len(columns))):
                break
            k += 1
            continue
        since_id = 1 if by_id and _is_id(block.text) else since_id + 1
        body.append(k)
        k += 1
    return body


def _heads_a_table(blocks: list[Block], k: int) -> bool:
    """Whether the lines from `k` are a table's header: the same table's printed again on a
    new page, or another table's."""
    if not _opens_header(blocks[k]):
        return False
    run, _ = _name_run(blocks, k)
    roles = row_to_roles(tuple(name for _, name in run)) if len(run) >= MIN_COLUMNS else None
    return roles is not None and table_kind(roles) in _KINDS


def _is_running(text: str) -> bool:
    """A page's number or marking; a number alone may be a row's id or figure."""
    return is_running_text(text) and not text.isdigit()


def _is_id(text: str) -> bool:
    return len(text) <= 12 and id_column_id(text) is not None


def _rows(lines: list[Block], columns: list[_Column]) -> tuple[list[Block], int, float]:
    """The rows that fit the lines best, how many lines they take (0: none fit) and how
    well they fit.

    best[p][c]: the best score of the lines before p cut into whole rows and, of the row
    they end in, the cells before column c; base[p][c]: the score where that row starts. A
    cell takes 0 to its column's most lines, and a row must fit by MIN_ROW_FIT."""
    texts = [_line_text(b) for b in lines]
    width, n = len(columns), len(lines)
    score = _cell_scorer(texts, columns)
    best = [[_IMPOSSIBLE] * (width + 1) for _ in range(n + 1)]
    base = [[0.0] * (width + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], int] = {}
    best[0][0] = 0.0
    for p in range(n + 1):
        # the cells after a row's first reach no further than p before the row ends at p,
        # and the next row starts there
        for c in [*range(1, width), 0]:
            if c == 0 and p and best[p][width] > best[p][0]:
                best[p][0] = best[p][width]
            if best[p][c] == _IMPOSSIBLE:
                continue
            most = min(_most_lines(columns[c].role), n - p)
            for q in range(p if c else p + 1, p + most + 1):  # a row's first cell is printed
                s = best[p][c] + score(p, q, c)
                nc, row_base = c + 1, base[p][c] if c else best[p][0]
                if nc == width and s - row_base < MIN_ROW_FIT:
                    continue
                if s > best[q][nc] or (s == best[q][nc] and back.get((q, nc), -1) < p):
                    best[q][nc], back[(q, nc)], base[q][nc] = s, p, row_base
    ends = [p for p in range(1, n + 1) if best[p][width] > 0]
    if not ends:
        return [], 0, 0.0
    end = max(ends, key=lambda p: (best[p][width], p))
    return _traced(lines, texts, columns, back, end), end, best[end][width]


def _traced(
    lines: list[Block],
    texts: list[str],
    columns: list[_Column],
    back: dict[tuple[int, int], int],
    end: int,
) -> list[Block]:
    """The rows the programme chose, read back from where the table ends."""
    rows: list[Block] = []
    p = end
    while p > 0:
        cells: list[str] = []
        q = p
        for c in range(len(columns), 0, -1):
            start = back[(q, c)]
            cells.append(" ".join(texts[start:q]))
            q = start
        cells.reverse()
        first = lines[q]
        rows.append(Block("row", cells=tuple(cells), page=first.page, line_no=first.line_no))
        p = q
    rows.reverse()
    return rows


def _line_text(block: Block) -> str:
    return f"• {block.text}" if block.bullet else block.text


def _most_lines(role: str | None) -> int:
    return next((most for roles, most in _MOST_LINES if role in roles), MAX_ROW_LINES)


def _cell_scorer(texts: list[str], columns: list[_Column]) -> Callable[[int, int, int], float]:
    """How well lines p..q fit column c: a typed column (an id, a date, a lead, a figure, a
    rating) gains for a cell that holds its kind and loses for one that does not; a text
    column neither, but loses for a line that is a row's id where the table has ids."""
    has_ids = any(c.role == "id" for c in columns)
    id_lines = [_is_id(t) for t in texts] if has_ids else [False] * len(texts)

    @cache
    def score(p: int, q: int, c: int) -> float:
        role = columns[c].role
        if p == q:
            return _IMPOSSIBLE if role == "id" else _EMPTY
        text = " ".join(texts[p:q])
        if role == "id":
            return 3.0 if id_lines[p] else _IMPOSSIBLE
        if role != "refs" and any(id_lines[p:q]):
            return _IMPOSSIBLE  # a row's id opens the next row, in no cell but a citing one
        cut = ends_mid_phrase(text, signs=LEAD_CUT_SIGNS) or _goes_on(texts[p], role)
        return _score(role, text, q - p - 1) - (_CUT_COST if cut else 0.0)

    return score


def _score(role: str | None, text: str, wrapped: int) -> float:
    """How well a cell's text fits a column of `role`, printed over `wrapped` more lines than
    one (a typed cell over more lines fits less well)."""
    if role in _DATE_ROLES:
        fits = parse_due(text).due_kind != "none"
        return (2.0 if fits else -2.0) - _WRAP_COST * wrapped
    if role in _LEAD_ROLES:
        return (1.0 if is_lead_cell(text) else -1.0) - _WRAP_COST / 2 * wrapped
    if role == "status":
        return 2.0 if RAG_CELL_RE.fullmatch(text) else 0.5 if len(text.split()) <= 4 else -2.0
    if role in _FIGURE_ROLES:
        fits = bool(parse_values(text)) or text.lower() in _NO_FIGURE
        return (2.0 if fits else -1.0) - _WRAP_COST * wrapped
    if role == "refs":
        return (2.0 if parse_id_list(text) else -1.0) - _WRAP_COST * wrapped
    return 0.0


def _goes_on(line: str, role: str | None) -> bool:
    """Whether a line opening a cell of text goes on the cell before: it opens in lower
    case ("and training provider")."""
    return role not in _TYPED_ROLES and line[:1].islower()
