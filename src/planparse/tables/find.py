"""Blocks to tables: runs of rows, split where a new header starts, joined over page breaks.

Takes blocks with their contexts and adds `Table`s: header roles, kind, and the body rows
with the context each row was read in. A header repeated after a gap (the same roles as the
table open above) continues that table instead of starting a new one; over a PDF page break
`stitch.py` says what continues (pdfplumber#922); a prose line or a heading ends a table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from planparse.cuts import ends_mid_phrase
from planparse.fields.dates import is_period_name, period_in_year, year_frame
from planparse.fields.ids import id_column_id, is_action_id
from planparse.layout import Context, is_heading_cell, update_context
from planparse.read.raw import Block
from planparse.tables.roles import (
    figure_kind,
    header_to_role,
    heads_themes,
    names_a_column_under_a_year,
    row_to_roles,
    table_kind,
)
from planparse.tables.stitch import (
    continued_on_next_page,
    names_other_periods,
    remap,
    repeats_on_next_page,
    section_of,
)

# A RAG rating as a table prints it in a month's column.
RAG_CELL_RE = re.compile(r"[RAGB]|red|amber|green|blue|purple|[RA]/[AG]|complete", re.I)


@dataclass
class Row:
    cells: list[str]
    context: Context
    page: int | None
    line_no: int
    # the cells as printed on their own page, when they were placed under the columns of a
    # header on an earlier page (a wider grid under a repeated header loses cells there)
    printed: list[str] | None = None


@dataclass
class Table:
    header: list[str]
    roles: list[str | None]
    kind: str
    context: Context
    rows: list[Row] = field(default_factory=list)
    continued: int = 0  # how many repeated headers were folded into this table
    page: int | None = None  # where its header is printed
    # the row naming the columns under a merged header cell ("Start | End" under
    # "Timescale"), folded into the header; printed again under a repeated header
    sub_header: tuple[str, ...] | None = None

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def filled(self, col: int) -> list[str]:
        """The cells printed in column `col`, top to bottom, empty ones left out."""
        return [r.cells[col] for r in self.rows if col < len(r.cells) and r.cells[col]]

    def rated(self, col: int) -> bool:
        """Whether column `col` holds RAG ratings only ("A", "Green"): a month's column of a
        RAG by month ("Aug | Sep | Oct") rather than a timeline's marks or a month's work."""
        filled = self.filled(col)
        return bool(filled) and all(RAG_CELL_RE.fullmatch(c) for c in filled)


def _is_theme_row(cells: tuple[str, ...], lexicon: Callable[[], set[str]]) -> str | None:
    """A numbered priority heading a converter cut into cells ("3. To ident | ify need …")."""
    joined = join_cut_cells([c for c in cells if c], lexicon)
    ctx = update_context(Context(), joined)
    if ctx.theme_num and ctx.theme and not ctx.objective and len(cells) > 1:
        return joined
    return None


_GROUPING_ROLES = frozenset({"area", "objective", "group"})


def _opens_in_grouping_column(table: Table | None, cells: tuple[str, ...]) -> bool:
    """A row of a table with an area or objective column that opens in that column and has
    an id in the id column ("AFI 1: Leaders …" | 1.1 | Recruit …, "AFI 1" | A1 | …), or
    of a reference table, whose rows are areas ("AFI1: Leaders …" | We will … | 1.1, 1.2):
    the area printed in its row, no heading cut into cells ("3. To ident | ify need …",
    Hull)."""
    if table is None:
        return False
    filled = [i for i, cell in enumerate(cells) if cell]
    if len(filled) >= 2 and filled[0] < len(table.header) and heads_themes(table.header[filled[0]]):
        return True  # "Ambition 1: …" | We will … under "Ambition | What we will do"
    return (
        bool(filled)
        and filled[0] < len(table.roles)
        and table.roles[filled[0]] in _GROUPING_ROLES
        and (
            table.kind == "reference"
            or any(
                role == "id" and i < len(cells) and id_column_id(cells[i]) is not None
                for i, role in enumerate(table.roles)
            )
        )
    )


def join_cut_cells(cells: list[str], lexicon: Callable[[], set[str]]) -> str:
    """Cells of one line joined; a word the converter cut at a cell edge is joined back when
    the document prints it whole elsewhere ("ident" + "ify" is "identify") and the piece
    after the cut is no word of the document."""
    out = ""
    for cell in cells:
        left = re.search(r"([A-Za-z]+)$", out)
        right = re.match(r"([a-z]+)", cell)
        words = lexicon() if left and right else set()
        if left and right and (left[1] + right[1]).lower() in words and right[1] not in words:
            out += cell
            continue
        out = f"{out} {cell}" if out else cell
    return out


def document_words(blocks: list[Block]) -> set[str]:
    """Every word the document prints (lower case), counted twice or more."""
    seen: Counter[str] = Counter()
    for block in blocks:
        for text in (block.text, *block.cells):
            seen.update(w.lower() for w in re.findall(r"[A-Za-z]+", text or ""))
    return {w for w, n in seen.items() if n >= 2}


# Names too short to name a column alone that do under a merged "Timescale": "From | To"
_UNDER_MERGED = {"to": "deadline", "until": "deadline"}


def _names_under_merged(
    table: Table, cells: tuple[str, ...]
) -> tuple[list[str], list[str | None]] | None:
    """The header and roles once a line naming columns under merged header cells is folded
    in: "Timescale" printed over two columns (twice, or once and an empty cell), "Start |
    End" under it, are a start and a deadline ("Timescale Start", "Timescale End"). Each of
    the line's cells must name a column and sit under such a merged cell."""
    filled = [(i, c) for i, c in enumerate(cells) if c]
    printed, header = table.header, list(table.header)
    if len(filled) < 2 or any(i >= len(header) for i, _ in filled):
        return None

    def merged_over(i: int) -> str | None:
        # the text of the merged cell over column i: the name printed at its left, then
        # again or not at all over the columns it spans
        j = i
        while j > 0 and not printed[j]:
            j -= 1
        while j > 0 and printed[j - 1] == printed[j]:
            j -= 1
        k = j + 1
        while k < len(printed) and printed[k] in (printed[j], ""):
            k += 1
        return printed[j] if printed[j] and k - j >= 2 and i < k else None

    roles = list(table.roles)
    for i, cell in filled:
        over = merged_over(i)
        role = header_to_role(cell) or _UNDER_MERGED.get(cell.strip().lower())
        if over is None or role is None or len(cell.split()) > 3 or is_period_name(over):
            return None  # (what a year over its figures names: `_years_over_periods`)
        header[i], roles[i] = f"{over} {cell}", role
    return header, roles


def _header_names_wrapped(
    table: Table, cells: tuple[str, ...]
) -> tuple[list[str], list[str | None]] | None:
    """The header and roles once a line finishing its names is folded in: "Lead | Target |
    Progress" over "officer | date | RAG" name a lead, a deadline and a status, where
    "Target" alone names a grid's column. Each of the line's cells is a word or two with no
    figure under a named column, together naming a column; the columns a row opens with (id,
    action) have nothing, so the line is no row of the table."""
    filled = [(i, c) for i, c in enumerate(cells) if c]
    header, roles = list(table.header), list(table.roles)
    if not filled or "action" not in roles:
        return None
    for i, cell in filled:
        if i >= len(header) or not header[i] or roles[i] in ("id", "action"):
            return None
        if len(cell.split()) > 2 or any(ch.isdigit() for ch in cell):
            return None
        role = header_to_role(f"{header[i]} {cell}")
        if role is None:
            return None
        header[i], roles[i] = f"{header[i]} {cell}", role
    return header, roles


def _completes_header(table: Table, cells: tuple[str, ...]) -> bool:
    """A line under a header whose cells each finish a header cut after '&', 'and', 'of'.

    ("Lead role &" above "organisation", Hillingdon Ambition 3)
    """
    filled = [(i, c) for i, c in enumerate(cells) if c]
    return bool(filled) and all(
        i < len(table.header)
        and ends_mid_phrase(table.header[i], signs="&")
        and len(c.split()) <= 3
        for i, c in filled
    )


# A wrapped piece of a period heading: "(Apr-Jun", "25)", "2025/26)", "(2026/27)".
_PERIOD_PIECE_RE = re.compile(r"\(?[A-Za-z]{0,9}\.?(?:[\s\-–/]*[A-Za-z0-9]{1,9}){0,2}\)?")


def _finishes_period_headings(table: Table, cells: tuple[str, ...]) -> bool:
    """A line under a header printed alone, each of its cells the rest of a period heading
    set over several lines ("Q1" / "(Apr-Jun" / "25)"), as a borderless table whose header
    was left alone at the foot of a page prints it. The pieces go on their headings, so
    that the timeline's columns name their months and years, and a grid's its periods
    ("Baseline" / "(Mar 24)"; a bare number there is a value, not a piece)."""
    filled = [(i, c) for i, c in enumerate(cells) if c]
    if not filled or not all(
        i < len(table.roles)
        and (
            table.roles[i] in ("timeline", "target")
            or (table.roles[i] in ("baseline", "actual") and not c.isdigit())
        )
        and _PERIOD_PIECE_RE.fullmatch(c)
        for i, c in filled
    ):
        return False
    for i, c in filled:
        table.header[i] = f"{table.header[i]} {c}"
    return True


def _under_year(cell: str, year: str) -> str | None:
    """A header cell under a year heading as one naming both: a period printed without its
    year ("Q1" -> "Q1 2025/26"), or the kind of figure a grid gives for that year ("Target",
    "Actual" -> "2025/26 Target"); None for any other cell."""
    dated = period_in_year(cell, year)
    if dated is None and figure_kind(cell) is not None:
        dated = f"{year} {cell}"
    return dated


def _years_over_periods(header: list[str], below: tuple[str, ...]) -> list[str] | None:
    """A header's two lines, the first naming years each spanning the periods the second
    names ("2025/26" over "Q1 | Q2 | Q3 | Q4", "2026" over "Jan | Feb …") or the figures
    given for it ("2025/26" over "Target | Actual"), as one line whose cells each name their
    year ("Q1 2025/26", "2025/26 Target"); None unless every cell under a year is one of
    those, and the other cells of the two lines agree. A year spans the empty cells to its
    right, as a merged cell prints."""
    width = max(len(header), len(below))
    merged: list[str] = []
    year = ""
    dated_periods = 0
    for j in range(width):
        top = header[j] if j < len(header) else ""
        cell = below[j] if j < len(below) else ""
        if top:
            year = top if year_frame(top) else ""
        if year and cell:
            dated = _under_year(cell, year)
            if dated is None:
                return None
            merged.append(dated)
            dated_periods += 1
        elif cell and top and cell != top:
            return None
        else:
            merged.append(cell or top)
    return merged if dated_periods >= 2 else None


# A header cell of a year with its first period stacked under it: "2025/26 Q1", "2026 Jan"
_YEAR_OVER_PERIOD_RE = re.compile(r"(?P<year>(?:20)?\d{2}/\d{2}|20\d{2})\s+(?P<period>.+)")


def _years_stacked_on_periods(cells: tuple[str, ...]) -> list[str] | None:
    """A header whose two lines were read as one, each year stacked on the first period under
    it ("2025/26 Q1 | Q2 | Q3 | Q4 | 2026/27 Q1 …", a header printed alone at a page's foot)
    or on the first figure given for it ("2025/26 Target | Actual | 2026/27 Target | Actual"),
    as one line whose cells each name their year ("Q1 2025/26", "2025/26 Actual"); else None.
    Figures are read so only when two years or more each head the same ones, as "2024/25
    Baseline | Target" may be one line, its target for no year printed."""
    top: list[str] = []
    below: list[str] = []
    groups: list[list[str]] = []  # what each year heads
    for cell in cells:
        m = _YEAR_OVER_PERIOD_RE.fullmatch(" ".join(cell.split()))
        if m and year_frame(m["year"]) and names_a_column_under_a_year(m["period"]):
            top.append(m["year"])
            below.append(m["period"])
            groups.append([m["period"]])
        elif cell and names_a_column_under_a_year(cell) and not year_frame(cell) and groups:
            top.append("")
            below.append(cell)
            groups[-1].append(cell)
        else:  # a column of its own, which ends the year spanning the columns before it
            top.append(cell)
            below.append("")
    figures = any(not is_period_name(c) for group in groups for c in group)
    if not groups or (figures and (len(groups) < 2 or any(g != groups[0] for g in groups))):
        return None
    return _years_over_periods(top, tuple(below))


def _naming_a_table(header: list[str] | None) -> tuple[list[str], list[str | None]] | None:
    """`header` with its roles, when it names the columns of a table of some kind."""
    roles = row_to_roles(tuple(header)) if header else None
    return (header, roles) if header and roles and table_kind(roles) != "other" else None


def _sets_years_over_periods(table: Table, cells: tuple[str, ...]) -> bool:
    """Under a header naming years over its periods' columns (a merged cell over "Q1 | Q2 |
    Q3 | Q4", a Gantt chart's heading), the line naming the periods: the header takes each
    period with its year, so that a timeline's marks and a grid's targets are dated."""
    named = _naming_a_table(_years_over_periods(table.header, cells))
    if named is None:
        return False
    table.header, table.roles = named
    table.kind = table_kind(table.roles)
    return True


def _years_alone(current: Table | None) -> Table | None:
    """`current` when it is a line naming years and nothing else, read as a table of one row
    with no header: the first line of a header whose second names the periods under the
    years ("2025/26" over "Q1 | Q2 | Q3 | Q4"), as a converter prints a merged cell."""
    if current is None or current.header or len(current.rows) != 1:
        return None
    filled = [c for c in current.rows[0].cells if c]
    return current if filled and all(year_frame(c) for c in filled) else None


def _repeats_periods(table: Table, cells: tuple[str, ...]) -> bool:
    """A line of periods printed again under a header repeated over a page break, whose
    table's header already names them with their years ("Q1" under "Q1 2025/26", "Target"
    under "2025/26 Target")."""
    filled = [(j, c) for j, c in enumerate(cells) if c]
    return (
        bool(filled)
        and all(
            j < len(table.header)
            and (
                (table.header[j] + " ").startswith(f"{c} ")
                or (" " + table.header[j]).endswith(f" {c}")
            )
            for j, c in filled
        )
        and any(table.header[j] != c for j, c in filled)
    )


def _headerless(cells: tuple[str, ...], tables: list[Table], ctx: Context) -> Table:
    """A table with no header of its own.

    When its first row has an action id where the action table above keeps its ids, and the
    same number of cells, the header was lost (merged into the heading line, Hillingdon 5.5)
    and the table takes the roles of the one above.
    """
    above = next((t for t in reversed(tables) if t.kind != "other"), None)
    if above is not None and above.kind == "action" and len(cells) == len(above.roles):
        id_col = above.column("id")
        if id_col is None and above.roles and above.roles[0] is None:
            id_col = 0
        # a numbered row: an action's id ("2.1"), or a number beside words alone ("3 |
        # Objective: …", an objective row over its actions)
        if id_col is not None and (
            (is_action_id(cells[id_col]) and "." in cells[id_col])
            or (cells[id_col].strip().isdigit() and sum(1 for c in cells if c) == 2)
        ):
            return Table(
                header=list(above.header), roles=list(above.roles), kind="action", context=ctx
            )
    return Table(header=[], roles=[], kind="other", context=ctx)


def _goes_on_under(table: Table | None, cells: tuple[str, ...], roles: list[str | None]) -> bool:
    """A line inside a table, as wide as its header, whose words name columns but make no
    table of any kind is a row of it ("from April 2025 | Lead, Eldon … Trust": the rest of a
    row a page break cut, under the repeated header), not a header of its own."""
    return (
        table is not None
        and table.kind != "other"
        and len(cells) == len(table.roles)
        and table_kind(roles) == "other"
    )


def _goes_on_from_page_before(
    current: Table | None, block: Block, roles: list[str | None], tables: list[Table], ctx: Context
) -> bool:
    """A page's first row whose words name columns but make no table of any kind, where the
    table above goes on without printing its header again ("" | "report to the Safeguarding
    Partnership" | "2025" | "from Jan 2026" …: the rest of a row the break cut), is a row of
    that table, as `_goes_on_under` reads it under a repeated header."""
    return (
        current is None
        and table_kind(roles) == "other"
        and continued_on_next_page(block, tables, ctx) is not None
    )


def _repeated_header(
    current: Table | None,
    previous: Table | None,
    tables: list[Table],
    block: Block,
    header: list[str],
    roles: list[str | None],
    ctx: Context,
) -> tuple[Table | None, list[int | None] | None]:
    """The table a header row prints again, and where its columns sit in that table's when
    they moved (else None): the table it is in, the last table when it named the same
    columns in the same section before a gap (`previous`), or the table above it on an
    earlier page. A grid header naming other periods repeats none of them."""
    above = tables[-1] if tables else None
    if above is not None and names_other_periods(header, roles, above):
        return None, None
    if current is not None and current.roles == roles:
        return current, None
    if (
        previous is not None
        and previous is above
        and section_of(previous.context) == section_of(ctx)
    ):
        return previous, None  # page-break repeat after a gap
    colmap = repeats_on_next_page(above, block, roles, ctx)
    return (above, colmap) if colmap is not None else (None, None)


def blocks_to_tables(blocks: list[Block], contexts: list[Context]) -> list[Table]:
    """Group rows into tables."""
    tables: list[Table] = []
    current: Table | None = None
    last_roles: dict[tuple[str | None, ...], Table] = {}
    ctx_override: Context | None = None
    colmap: list[int | None] | None = None  # a continuation's columns in the first header
    echo: int | None = None  # which of the table's rows a repeated header's next row repeats
    lexicon = cache(lambda: document_words(blocks))
    for block, ctx in zip(blocks, contexts, strict=True):
        if ctx_override is not None and block.kind == "line" and not block.bullet:
            ctx_override = None  # a real heading takes over again
        ctx = ctx_override or ctx
        if block.kind == "blank":
            continue
        if block.kind == "line" or block.table_break:
            current = None
            if block.kind == "line":
                continue
        filled = [c for c in block.cells if c]
        if any(is_heading_cell(c) for c in filled) and all(
            is_heading_cell(c) or len(c.split()) == 1 for c in filled
        ):
            current = None  # a heading left in a row ends the table above (Hillingdon 3.4)
            continue
        if current is not None and (
            # the periods again first: a header whose rows are all on the next page has none
            # yet, and its "2025/26 Target" would take "Target" again as under a year
            (echo == 0 and _repeats_periods(current, block.cells))
            or (not current.rows and _sets_years_over_periods(current, block.cells))
        ):
            continue
        if (
            current is not None
            and not current.rows
            and (under := _names_under_merged(current, block.cells))
        ):
            # "Start | End" under a merged "Timescale": the columns' own names
            current.header, current.roles = under
            current.kind, current.sub_header = table_kind(under[1]), block.cells
            continue
        if (
            current is not None
            and not current.rows
            and (wrapped := _header_names_wrapped(current, block.cells))
        ):
            # "Target" over "date": the header's names set over two lines
            current.header, current.roles = wrapped
            current.kind = table_kind(wrapped[1])
            continue
        if current is not None and block.cells == current.sub_header and echo == 0:
            continue  # the names under the merged header cells, printed again with it
        roles = row_to_roles(block.cells)
        if roles is not None and (
            _goes_on_under(current, block.cells, roles)
            or _goes_on_from_page_before(current, block, roles, tables, ctx)
        ):
            roles = None
        header = list(block.cells)
        years = _years_alone(current)
        under_years = (
            _naming_a_table(_years_over_periods(years.rows[0].cells, block.cells))
            if years
            else None
        )
        if years and under_years:
            tables.remove(years)  # the header's first line, read as a table of its own
            current, (header, roles) = None, under_years
        elif roles is not None and (
            unstacked := _naming_a_table(_years_stacked_on_periods(block.cells))
        ):
            header, roles = unstacked
        if roles is not None:
            key = tuple(roles)
            repeated, colmap = _repeated_header(
                current, last_roles.get(key), tables, block, header, roles, ctx
            )
            if repeated is not None:
                current = repeated
                current.continued += 1
                echo = 0  # the header's next rows may be printed again with it
                continue
            current = Table(
                header=header,
                roles=roles,
                kind=table_kind(roles),
                context=ctx,
                page=block.page,
            )
            tables.append(current)
            last_roles[key] = current
            continue
        if (
            current is not None
            and not current.rows
            and (
                _completes_header(current, block.cells)
                or _finishes_period_headings(current, block.cells)
            )
        ):
            continue  # the rest of a header cell wrapped onto a line of its own
        # (a row at the top of a page opens in the area column of the table it goes on with)
        going_on = continued_on_next_page(block, tables, ctx) if current is None else None
        theme = (
            None
            if _opens_in_grouping_column(current or (going_on and going_on[0]), block.cells)
            else _is_theme_row(block.cells, lexicon)
        )
        if theme is not None:
            ctx_override = update_context(Context(year_heading=ctx.year_heading), theme)
            current = None
            continue
        if current is None:
            current, colmap = going_on if going_on else (None, None)
            if current is None:
                current = _headerless(block.cells, tables, ctx)
                tables.append(current)
        cells = remap(block.cells, colmap, len(current.roles)) if colmap else list(block.cells)
        if echo is not None and echo < len(current.rows) and cells == current.rows[echo].cells:
            echo += 1  # a header's second row ("2025/26 | 2026/27") printed again
            continue
        echo = None
        printed = list(block.cells) if colmap else None
        current.rows.append(Row(cells, ctx, block.page, block.line_no, printed))
    return tables
