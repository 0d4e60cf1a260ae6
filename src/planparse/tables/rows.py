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
from planparse.fields.leads import is_lead_cell, names_lead
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
    id_inferred: bool = False  # the id cell was lost and the id read from the sequence (W302)


def _printed_id(cells: list[str], roles: list[str | None]) -> str | None:
    if "id" not in roles:
        return None
    k = roles.index("id")
    return _leading_id(cells[k]) if k < len(cells) else None


def gap_id(previous: str | None, following: str | None) -> str | None:
    """The id between two printed ids one step apart: ('1.1.1', '1.1.3') -> '1.1.2'.

    Only a gap of exactly one is filled, so a lost id is never guessed past what the plan
    prints on both sides of it.
    """
    if not previous or not following:
        return None
    head, _, last = previous.rpartition(".")
    f_head, _, f_last = following.rpartition(".")
    if not (head and head == f_head and last.isdigit() and f_last.isdigit()):
        return None
    return f"{head}.{int(last) + 1}" if int(f_last) == int(last) + 2 else None


def _opens_unnumbered_row(
    values: dict[str, str], above: LogicalRow, carried: dict[str, str]
) -> bool:
    """Whether a line without an id is a row of its own rather than the rest of the one above.

    Two signs, each from the corpus: the line has a deadline while the row above already has
    one (Hounslow 1.1.2, 3.3.2, ids lost by the converter); or it opens a new key area with
    an action and a lead of its own (Hillingdon's unnumbered second row under 1.5).
    """
    if not values.get("action"):
        return False
    if values.get("deadline") and above.values.get("deadline"):
        return True
    if not values.get("lead") or not above.values.get("lead"):
        return False
    for role in ("objective", "area", "group"):
        value = values.get(role)
        if value and value[:1].isupper() and not _is_fragment(value, carried.get(role)):
            return True
    return False


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
            # two ids make a column of ids; in a one-action table (Hillingdon prints a table
            # per objective) one id under an empty header cell does
            blank_header = col >= len(table.header) or not table.header[col].strip()
            if (
                filled
                and len(ids) / len(filled) >= DEFAULT_ID_COLUMN_SHARE
                and (len(ids) >= 2 or (ids and blank_header))
            ):
                roles[col] = "id"
                break
    if "lead" not in roles and "action" in roles:
        # a header that lost its lead cell (Hillingdon 5.4): the unnamed column after the
        # actions whose cells name roles or organisations holds the leads
        for col in range(roles.index("action") + 1, width):
            filled = [r.cells[col] for r in table.rows if col < len(r.cells) and r.cells[col]]
            if roles[col] is None and filled and all(is_lead_cell(c) for c in filled):
                roles[col] = "lead"
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
            lead_in = cells[: j - k]
            if j > k and all(not c or _OWN_ROW_RE.match(c) for c in lead_in):
                # empty cells, or a neighbouring row pasted whole into one cell (Hillingdon 4.2.4
                # printed before 4.2.3's id): the id is the anchor, what stands before it goes
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
    # Ties go to the latest gap: cells before it keep the columns they were printed in
    # (Hounslow "to develop and implement …" stays under the area it continues).
    candidates = [(len(cells), cells + [""] * missing)]
    for at in [0] + [i for i, c in enumerate(cells) if not c]:
        candidates.append((at, cells[:at] + [""] * missing + cells[at:]))
    return max(candidates, key=lambda c: (_fit(c[1], roles), c[0]))[1]


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
        if role == "lead" and cell:
            score += 1 if is_lead_cell(cell) else -1
            continue
        pattern = _TYPED.get(role or "")
        if pattern is not None and cell:
            score += 1 if pattern.search(cell) else -1
    return score


def _is_debris(cell: str) -> bool:
    """Letters a converter left from clipped or vertical text: 'd', 'pa yo ha le' (Hounslow)."""
    words = cell.split()
    return len(cell) < 3 or all(len(w) <= 2 for w in words)


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and not a.endswith(" -") and b[:1].islower():
        return a[:-1] + b  # hyphenation at a line end: "im-" + "proving"
    return f"{a} {b}"


_OWN_ID_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
# a cell holding a whole action row: its id, then a sentence ("4.2.4 Young People will …")
_OWN_ROW_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\s+[A-Z]")


def _is_fragment(value: str, previous: str | None, role: str | None = None) -> bool:
    """Whether a grouping cell is the rest of the value above rather than a value of its own."""
    if _OWN_ID_RE.match(value):
        return False  # "1.2 Ensuring …" opens a group of its own
    if not previous:
        return False
    # a new group opens with a capital or an id; "and care …", "(EOTAS) routinely …" go on
    if not value[:1].isupper() and not value[:1].isdigit():
        return True
    if _CONNECTOR_END.search(previous):
        return True
    # a lead line naming no role or organisation is a wrapped end ("Learner" / "Voice")
    return role == "lead" and len(value.split()) <= 2 and not names_lead(value)


def table_to_rows(table: Table) -> list[LogicalRow]:
    """Logical rows of an action-like table."""
    roles = infer_roles(table)
    has_id = "id" in roles
    rows: list[LogicalRow] = []
    carried: dict[str, str] = {}
    last_ctx: Context | None = None
    aligned = [_align(row.cells, roles) for row in table.rows]
    printed = [_printed_id(cells, roles) for cells in aligned]
    for index, (row, cells) in enumerate(zip(table.rows, aligned, strict=True)):
        if last_ctx is not None and (row.context.objective, row.context.theme) != (
            last_ctx.objective,
            last_ctx.theme,
        ):
            carried = {}  # a new section: nothing printed above carries into it
        last_ctx = row.context
        values = {}
        for role, cell in zip(roles, cells, strict=False):
            if role in CARRIED_ROLES and _names_carried_group(cell, carried.get(role)):
                # the group's id printed apart from its words, lower down (Hounslow "3.1."
                # under "… panel and its role …"): the group's rows get the id in front
                named = f"{_leading_id(cell)} {carried[role]}"
                _rewrite_carried(rows, role, carried[role], named)
                carried[role] = named
                continue
            if role in CARRIED_ROLES and (_is_debris(cell) or _leading_id(cell)):
                continue  # converter debris ("d", "pa yo ha le") or a group id again ("2.1.")
            if role and cell:
                values[role] = _join(values.get(role, ""), cell)
        if not values:
            continue
        row_id = _leading_id(values.get("id", "")) if has_id else None
        inferred = False
        # the first line on a new page without an id is the row the page break cut
        cut_by_break = row.page is not None and index > 0 and table.rows[index - 1].page != row.page
        if (
            has_id
            and not row_id
            and rows
            and not cut_by_break
            and _opens_unnumbered_row(values, rows[-1], carried)
        ):
            # a row whose id cell the converter lost: the id the sequence skips, else none
            nxt = next((p for p in printed[index + 1 :] if p), None)
            row_id = gap_id(rows[-1].values.get("id"), nxt)
            inferred = row_id is not None
            starts = True
        elif has_id:
            starts = bool(row_id)
        else:
            # without ids, the first line on a new page with no dates of its own is the rest
            # of the row the break cut (Hull: "Learning and Skills." under the lead)
            dated = values.get("deadline") or values.get("start")
            starts = _starts_row(values, rows) and not (cut_by_break and not dated)
        if starts:
            logical = LogicalRow(
                {}, row.context, row.page, row.line_no, [row.line_no], id_inferred=inferred
            )
            values.pop("id", None)
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
                if _is_fragment(value, previous, role) and not (
                    starts and role == "lead" and names_lead(value)
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


def _names_carried_group(cell: str, carried: str | None) -> bool:
    """A cell that is nothing but a group id, under a carried group that has no id."""
    return bool(
        carried
        and re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", cell.strip())
        and not re.match(r"\s*\d{1,2}\.\d", carried)
    )


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
