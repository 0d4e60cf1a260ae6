"""Table rows to logical rows: one per action, with continuation lines folded in.

Takes a Table and adds `LogicalRow`s: a dict of role -> text per row the plan means.
Converters and page breaks cut one printed row into several lines; the rules, each from
the corpus:
- In a table with an id column, a line with no id continues the row above (Hillingdon).
- Without an id column, a line with an action starts a row, unless its action cell starts in
  lower case (a sentence cut mid-way, Hull).
- A grouping cell (objective, area, lead) printed once applies to the rows below it until
  another is printed; a fragment starting in lower case, or following one that ends in a
  connector ("… Inclusion and"), extends the value above instead (Hounslow leads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planparse.fields.ids import canonical_action_id
from planparse.layout import Context
from planparse.tables.find import Table

# Roles whose cell is printed once for a block of rows.
CARRIED_ROLES = ("objective", "area", "lead", "group")
# Words a cut cell ends on when its text goes on in the next line.
_CONNECTOR_END = re.compile(r"(?:\b(?:and|of|for|the|to|in|with|or)|[&,–\-/(])\s*$", re.I)
# Share of filled cells in a column that must be ids for an unnamed column to be the id one.
DEFAULT_ID_COLUMN_SHARE = 0.5


@dataclass
class LogicalRow:
    values: dict[str, str]
    context: Context
    page: int | None
    line_no: int
    lines: list[int] = field(default_factory=list)


def infer_roles(table: Table) -> list[str | None]:
    """Fill unnamed columns from their content: ids, or a grouping printed once."""
    width = max([len(table.roles)] + [len(r.cells) for r in table.rows])
    roles = list(table.roles) + [None] * (width - len(table.roles))
    if "id" not in roles:
        for col in range(width):
            if roles[col] is not None:
                continue
            filled = [r.cells[col] for r in table.rows if col < len(r.cells) and r.cells[col]]
            ids = [c for c in filled if _leading_id(c)]
            if filled and len(ids) / len(filled) >= DEFAULT_ID_COLUMN_SHARE and len(ids) >= 2:
                roles[col] = "id"
                break
    for col in range(width):
        if roles[col] is None:
            filled = [r.cells[col] for r in table.rows if col < len(r.cells) and r.cells[col]]
            if filled and sum(len(c) for c in filled) / len(filled) > 12:
                roles[col] = "group"
    return roles


def _leading_id(cell: str) -> str | None:
    """The action id a cell holds, alone or ahead of text ('<b>1.1</b> Developing …')."""
    cell = cell.strip()
    whole = canonical_action_id(cell)
    if whole:
        return whole
    return None


def _align(cells: list[str], roles: list[str | None]) -> list[str]:
    """Shift and pad a row so its cells sit under the right headers.

    The id cell is the anchor (engineering notes, borderless tables): when a row's id stands
    in another column than the table's id column, the row is shifted to put it there. A row
    that lost its leading empty id cell (one cell short, first cell prose) is shifted right by
    one; other short rows are padded at the end.
    """
    width = len(roles)
    while cells and not cells[-1] and len(cells) > 1:
        cells = cells[:-1]  # a trailing tab is not a cell
    if "id" in roles:
        k = roles.index("id")
        found = [(i, _leading_id(c)) for i, c in enumerate(cells) if _leading_id(c)]
        # the deepest id is the row's own ("2.1." before "2.1.2" re-prints the group's id)
        j = max(found, key=lambda f: (f[1] or "").count("."))[0] if found else None
        if j is not None and j != k:
            if j > k and all(not c for c in cells[: j - k]):
                cells = cells[j - k :]
            elif j < k:
                cells = [""] * (k - j) + cells
    if len(cells) >= width:
        return cells[:width] + (
            [" ".join(cells[width:])] if len(cells) > width and any(cells[width:]) else []
        )
    if (
        roles
        and roles[0] == "id"
        and len(cells) == width - 1
        and cells
        and cells[0]
        and not _leading_id(cells[0])
    ):
        return [""] + cells
    missing = width - len(cells)
    # A row that lost a merged cell is short: pad it where the gap is (at the start, or at an
    # empty cell the merge left) so that dates, statuses and refs sit under the columns that
    # hold them (Hull rows missing "What do we want to achieve"; Hounslow 1.1.2).
    candidates = [cells + [""] * missing]
    for at in [0] + [i for i, c in enumerate(cells) if not c]:
        candidates.append(cells[:at] + [""] * missing + cells[at:])
    return max(candidates, key=lambda c: _fit(c, roles))


_TYPED = {
    "start": re.compile(
        r"^\W*(?:[A-Z][a-z]{2,8}[\s\-]*\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|TBC|On-?going)\W*$",
        re.I,
    ),
    "deadline": re.compile(
        r"^\W*(?:[A-Z][a-z]{2,8}[\s\-]*\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|TBC|On-?going|Complete)\W*$",
        re.I,
    ),
    "refs": re.compile(r"^(?:(?:SEF|DBV|AFI\s?\d|AF\d+)[\s/,&]*)+$", re.I),
    "status": re.compile(r"\b(?:on track|not due|complete|red|amber|green|purple|delayed)\b", re.I),
}


def _fit(cells: list[str], roles: list[str | None]) -> int:
    """How many typed cells (dates, refs, statuses) sit under a column of their type."""
    score = 0
    for role, cell in zip(roles, cells, strict=False):
        pattern = _TYPED.get(role or "")
        if pattern is not None and cell:
            score += 1 if pattern.search(cell) else -1
    return score


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and not a.endswith(" -") and b[:1].islower():
        return a[:-1] + b  # hyphenation at a line end: "im-" + "proving"
    return f"{a} {b}"


_OWN_ID_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")


def _is_fragment(value: str, previous: str | None) -> bool:
    if _OWN_ID_RE.match(value):
        return False  # "1.2 Ensuring …" opens a group of its own
    return bool(previous) and (value[:1].islower() or bool(_CONNECTOR_END.search(previous or "")))


def table_to_rows(table: Table) -> list[LogicalRow]:
    """Logical rows of an action-like table."""
    roles = infer_roles(table)
    has_id = "id" in roles
    rows: list[LogicalRow] = []
    carried: dict[str, str] = {}
    last_ctx: Context | None = None
    for row in table.rows:
        if last_ctx is not None and (row.context.objective, row.context.theme) != (
            last_ctx.objective,
            last_ctx.theme,
        ):
            carried = {}  # a new section: nothing printed above carries into it
        last_ctx = row.context
        cells = _align(row.cells, roles)
        values = {}
        for role, cell in zip(roles, cells, strict=False):
            if role in CARRIED_ROLES and (len(cell) < 3 or _leading_id(cell)):
                continue  # converter debris ("d") or a group id printed again ("2.1.")
            if role and cell:
                values[role] = _join(values.get(role, ""), cell)
        if not values:
            continue
        row_id = _leading_id(values.get("id", "")) if has_id else None
        starts = bool(row_id) if has_id else _starts_row(values, rows)
        if starts:
            logical = LogicalRow({}, row.context, row.page, row.line_no, [row.line_no])
            if row_id:
                values["id"] = row_id
            rows.append(logical)
        elif rows:
            logical = rows[-1]
            logical.lines.append(row.line_no)
        else:
            continue
        for role, value in values.items():
            if role in CARRIED_ROLES:
                previous = carried.get(role)
                if (
                    previous
                    and _is_fragment(value, previous)
                    and not (starts and role == "lead" and not _CONNECTOR_END.search(previous))
                ):
                    value = _join(previous, value)
                    _rewrite_carried(rows, role, previous, value)
                elif not starts:
                    value = _join(logical.values.get(role, ""), value)
                carried[role] = value
                logical.values[role] = value
            elif role == "id" and not starts:
                continue
            else:
                logical.values[role] = (
                    _join(logical.values.get(role, ""), value) if not starts else value
                )
        for role, value in carried.items():
            logical.values.setdefault(role, value)
    return rows


def _rewrite_carried(rows: list[LogicalRow], role: str, old: str, new: str) -> None:
    """A grouping cell grew by a fragment: every row that carried it gets the whole text."""
    for logical in reversed(rows):
        if logical.values.get(role) == old:
            logical.values[role] = new
        elif role in logical.values:
            break


def _starts_row(values: dict[str, str], rows: list[LogicalRow]) -> bool:
    action = values.get("action", "")
    if not action:
        return False
    if not rows:
        return True
    return not action[:1].islower()
