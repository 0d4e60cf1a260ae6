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
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from planparse.cuts import ends_mid_phrase, inside_brackets
from planparse.fields.dates import names_milestone, parse_due, split_off_deadline
from planparse.fields.ids import REC_ID_RE, canonical_action_id, id_column_id, labelled_rec_id
from planparse.fields.leads import is_lead_cell, names_lead, names_no_one_yet
from planparse.fields.status import opens_with_a_status
from planparse.layout import Context
from planparse.read.raw import DrawnEmpty
from planparse.tables.find import Row, Table
from planparse.tables.roles import replaces_the_other
from planparse.tables.stitch import section_of

# Roles whose cell is printed once for a block of rows.
CARRIED_ROLES = ("objective", "area", "lead", "lead_org", "group")
# The columns naming who leads: the lead, and its organisation where printed apart.
LEAD_ROLES = ("lead", "lead_org")
# A cell repeating the one above: "As above", "Ditto", a ditto mark
AS_ABOVE_RE = re.compile(r"^\W*(?:as above|ditto|same as above)\W*$|^\s*[\"”〃]\s*$", re.I)
LEAD_AND_DEADLINE = ("lead", "deadline")  # what a "Lead / timescale" cell holds, in order
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
    unfused: bool = False  # split from a line holding two printed rows (W303)
    id_as_printed: str | None = None  # "4.3" for an id whose last number was cut (W302)
    # the cell of a deadline column that replaces another ("Revised date"), when it has words
    revised_deadline: str | None = None
    # the id of the objective row printed above it in the table ("1 | Objective: …" over 1.1)
    objective_id: str | None = None


def _printed_id(cells: list[str], roles: list[str | None]) -> str | None:
    if "id" not in roles:
        return None
    k = roles.index("id")
    return id_column_id(cells[k]) if k < len(cells) else None


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
    an action and a lead of its own (Hillingdon's unnumbered second row under 1.5). A line
    listed under the action ("- Toolkit published | | Jan 2026") with no lead of its own is
    a milestone of the row above, dated or not (Jesmond).
    """
    if not values.get("action"):
        return False
    if _MILESTONE_LINE_RE.match(values["action"]) and not values.get("lead"):
        return False
    if values.get("deadline") and above.values.get("deadline"):
        return not _finishes_deadline(above.values["deadline"], values["deadline"])
    if not values.get("lead") or not above.values.get("lead"):
        return False
    for role in ("objective", "area", "group"):
        value = values.get(role)
        if value and value[:1].isupper() and not _is_fragment(value, carried.get(role)):
            return True
    return False


# A line listing a milestone under its action: a dash, bullet or arrow, then words
_MILESTONE_LINE_RE = re.compile(r"^\s*(?:[-–•→➤▪*]|\d{1,2}[.)])\s+\S")


# a deadline line stopping at a month, a term ("… – Spring" / "term 2026") or "from"
_MONTH_END_RE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|autumn|spring|summer|from)$",
    re.I,
)


# A deadline line stopping on a label, its date below: "…; Phase 2:", "…, phase 2", "…; Phase"
_LABEL_END_RE = re.compile(r"(?::|\b(?:phase|stage|part|step)(?:\s*\d{1,2})?)\s*$", re.I)


# Signs a deadline line stops on when it goes on below: a list's "&", "," or ";", a range's dash
_DEADLINE_CUT_SIGNS = "&,;-–—"


def _finishes_deadline(above: str, value: str) -> bool:
    """Whether a deadline line is the wrapped end of the deadline above ("Termly from
    January" / "2025"): a bare year; a dash or "&" going on ("– ongoing"), or ending the
    line above ("Autumn term 2025 –" / "Spring term 2026"); lower-case words,
    unless both lines name a date ("w/c 7 July 2025" under "End of Summer Term 2025" is a
    date of its own); the line above stopping mid-date or on a label ("… Phase 2:", "…,
    phase 2"), or naming no date alone but one with this line ("End of Summer" / "Term
    2025"); a note in brackets on the date above, opening on this line or going on from it
    ("September 2026 (revised" / "from April 2026)")."""
    if (
        re.fullmatch(r"\d{2,4}\.?", value.strip())
        or value.strip()[:1] in ("-", "–", "—", "&", "(")  # "Sept 2025" / "– ongoing"
        or inside_brackets(above)
        or _LABEL_END_RE.search(above)  # "Phase 1: Dec 2025; Phase 2:" / "Jul 2026"
        or _MONTH_END_RE.search(above.strip())
        or ends_mid_phrase(above, signs=_DEADLINE_CUT_SIGNS)  # "Autumn term 2025 –" / …
    ):
        return True
    above_due = parse_due(above)  # the dated checks last, each wording parsed once
    if value[:1].islower():
        return above_due.due_date is None or parse_due(value).due_date is None
    return above_due.due_kind == "none" and parse_due(f"{above} {value}").due_kind != "none"


def _only_rec_ids(cell: str) -> bool:
    """Whether a cell holds recommendation ids and nothing else ("R1", "AFI 2 & 5", "1a,
    1b")."""
    rest = re.sub(r"\b\d{1,2}[a-z]?\b|[,&/;+]|\band\b", " ", REC_ID_RE.sub(" ", cell))
    return bool(re.search(r"\d", cell)) and not rest.strip()


# How urgent an action is, as a "Priority" column rates it: "High", "Medium", "Low", "H"
_URGENCY_RE = re.compile(r"(?i)(?:very\s+)?(?:high|medium|med|low|critical|urgent)|[HML]")


def infer_roles(table: Table) -> list[str | None]:
    """Fill unnamed columns from their content: ids, or a grouping printed once."""
    width = max([len(table.roles)] + [len(r.cells) for r in table.rows])
    roles = list(table.roles) + [None] * (width - len(table.roles))
    if "area" in roles and "refs" not in roles and "action" in roles:
        # "Recommendation(s)" beside actions, each cell ids alone ("R1", "R2 & R3"): the
        # recommendations each row cites, not an area printed once over its rows; an area's
        # label ("AFI 1") stays the row's area, its theme
        col = roles.index("area")
        cited = table.filled(col)
        if (
            cited
            and all(_only_rec_ids(c) for c in cited)
            and not any(labelled_rec_id(c) for c in cited)
        ):
            roles[col] = "refs"
    for col, role in enumerate(roles):
        # "Priority | High": a column of how urgent each action is, no objective of it
        filled = table.filled(col) if role == "objective" else []
        if filled and all(_URGENCY_RE.fullmatch(c.strip()) for c in filled):
            roles[col] = None
    if "id" not in roles and "action" in roles:
        # "Action | Description | …": a column named for the actions that holds only their
        # numbers is the id column, the unnamed column of words after it the actions
        col = roles.index("action")
        numbers = table.filled(col)
        words = table.filled(col + 1) if col + 1 < width and roles[col + 1] is None else []
        if (
            numbers
            and all(id_column_id(c) and len(c) <= 6 for c in numbers)
            and words
            and sum(len(c) for c in words) / len(words) > 12
        ):
            roles[col], roles[col + 1] = "id", "action"
    if "id" not in roles:
        for col in range(width):
            if roles[col] is not None:
                continue
            filled = table.filled(col)
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
            filled = table.filled(col)
            if roles[col] is None and filled and all(is_lead_cell(c) for c in filled):
                roles[col] = "lead"
                break
    for col in range(width):
        if roles[col] == "status" and _tells_progress(table, col, roles):
            roles[col] = "commentary"
    rag_by_month = [col for col in range(width) if roles[col] == "timeline" and table.rated(col)]
    for col in rag_by_month:
        roles[col] = None  # months rated, not marked: a RAG by month
    if rag_by_month and "status" not in roles:
        roles[rag_by_month[-1]] = "status"  # the latest month's rating
    for col in range(width):
        if roles[col] is None:
            filled = table.filled(col)
            if _holds_deadlines(_record_cells(table, col, roles)):
                # dates under a header no name placed ("Go-live"): a deadline, never a
                # grouping printed once and carried down to the rows below
                roles[col] = None if "deadline" in roles else "deadline"
            elif filled and sum(len(c) for c in filled) / len(filled) > 12:
                roles[col] = "group"
    if "area" not in roles and roles.count("group") >= 2:
        # two grouping columns and no header naming them (Hounslow p.13 "5.0 Leaders …" |
        # "5.1 Prioritise …"): the outer one is the area, not more of the same group
        roles[roles.index("group")] = "area"
    return roles


# Words a status cell holds at most ("Amber – delayed to June")
STATUS_WORDS = 6


def _tells_progress(table: Table, col: int, roles: list[str | None]) -> bool:
    """Whether a column named "Progress" tells how the work went ("Backlog down from 212 to
    130", "Eight reviews completed") rather than rating it ("On track", "Amber – delayed"):
    a commentary, not a status. Half its cells must open with a status for it to stay one; a
    column named "RAG" or "Status" does."""
    header = table.header[col].lower() if col < len(table.header) else ""
    if "progress" not in header or re.search(r"\b(?:rag|status)\b", header):
        return False
    cells = _record_cells(table, col, roles)
    rated = [c for c in cells if len(c.split()) <= STATUS_WORDS and opens_with_a_status(c)]
    return bool(cells) and len(rated) * 2 < len(cells)


def _record_cells(table: Table, col: int, roles: list[str | None]) -> list[str]:
    """A column's filled cells, each joined over the lines of its row where an id column
    says where rows start: a PDF's wrapped cell "By half term (Oct" over "2025)" is one."""
    if "id" not in roles:
        return table.filled(col)
    id_col = roles.index("id")
    joined: list[str] = []
    for row in table.rows:
        cell = row.cells[col] if col < len(row.cells) else ""
        if not joined or (id_col < len(row.cells) and row.cells[id_col].strip()):
            joined.append(cell)
        else:
            joined[-1] = f"{joined[-1]} {cell}".strip()
    return [cell for cell in joined if cell.strip()]


def _holds_deadlines(filled: list[str]) -> bool:
    """Whether a column's cells are deadlines: each short and read as one, and most of them
    dated ("31/03/2026", "Half-termly", "Dec 2025 then quarterly"); the cheap checks first, as
    every unnamed column of every action table is asked."""
    if not filled or any(len(c) > 40 for c in filled):
        return False
    dated = 0
    for cell in filled:
        kind = parse_due(cell).due_kind
        if kind == "none":
            return False  # a column of text stops at its first cell, unparsed beyond it
        dated += kind == "date" and any(ch.isdigit() for ch in cell)
    return dated * 2 >= len(filled)


def _leading_id(cell: str) -> str | None:
    """The action id a cell holds, alone or ahead of text ('<b>1.1</b> Developing …')."""
    cell = cell.strip()
    whole = canonical_action_id(cell)
    if whole:
        return whole
    return None


def _align(cells: list[str], roles: list[str | None], placed: bool = False) -> list[str]:
    """Shift and pad a row so its cells sit under the right headers.

    The id cell is the anchor (engineering notes, borderless tables): when a row's id stands
    in another column than the table's id column, the row is shifted to put it there. A row
    that lost its leading empty id cell (one cell short, first cell prose) is shifted right by
    one; other short rows are padded at the end. A row whose cells the reader `placed` under
    their columns by where they are printed (a PDF's) keeps its empty cells at the end: it is
    not short, and a lead's wrapped line ("Performance") stays under the lead.
    """
    width = len(roles)
    printed = len(cells)
    while (
        not placed
        and len(cells) > 1
        and not cells[-1]
        and not isinstance(cells[-1], DrawnEmpty)  # a form's field it does not print is
    ):
        cells = cells[:-1]  # a trailing tab is not a cell (a PDF's drawn empty cell is placed)
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
    named = max((i for i, r in enumerate(roles) if r), default=-1) + 1
    if len(cells) > named and any(cells[named:]):
        cells = _drop_stray_gaps(cells, roles, named)
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
        and not id_column_id(cells[0])
    ):
        return [""] + cells
    missing = width - len(cells)
    # A row that lost a merged cell is short: pad it where the gap is (at the start, or at an
    # empty cell the merge left) so that dates, statuses and refs sit under the columns that
    # hold them (Hull rows missing "What do we want to achieve"; Hounslow 1.1.2).
    # Ties go to the latest gap: cells before it keep the columns they were printed in
    # (Hounslow "to develop and implement …" stays under the area it continues). A gap
    # between two filled cells counts only where it fits better still: a tab export that
    # dropped an empty lead or deadline cell ("1.2 | Train … | Dec 2025 | Amber").
    candidates = [(len(cells), cells + [""] * missing)]
    for at in [0] + [i for i, c in enumerate(cells) if not c]:
        candidates.append((at, cells[:at] + [""] * missing + cells[at:]))
    fit, _, best = max((fits_columns(c, roles), at, c) for at, c in candidates)
    # only a row opening with its id that printed no cell for the gap (no trailing tabs)
    if not (printed == len(cells) and cells and id_column_id(cells[0])):
        return best
    inside = [
        (fits_columns(padded, roles), padded)
        for at in range(1, len(cells))
        if cells[at - 1] and cells[at]
        for padded in [cells[:at] + [""] * missing + cells[at:]]
    ]
    top = max(inside, key=lambda scored: scored[0], default=None)
    return top[1] if top is not None and top[0] > fit else best


def _drop_stray_gaps(cells: list[str], roles: list[str | None], named: int) -> list[str]:
    """A row reaching past its header's named columns by empty cells a converter added: drop
    the gaps that put its typed cells (dates, statuses) under their columns (Hounslow 3.1.2's
    "May 2025", printed after a stray empty cell, one column past "Timeframe"). Ties keep the
    leftmost cells where they are; a row no dropped gap makes fit better is returned as it was.
    """
    extra = len(cells) - named
    # cells left of the row's first text (or of the id column, the row's anchor) stay put
    first = roles.index("id") if "id" in roles else next((i for i, c in enumerate(cells) if c), 0)
    gaps = [i for i, c in enumerate(cells[:named]) if not c and i > first]
    if extra > min(len(gaps), 2):
        return cells
    best, best_key = cells, (fits_columns(cells, roles), -1)
    for drop in combinations(gaps, extra):
        trimmed = [c for i, c in enumerate(cells) if i not in drop]
        key = (fits_columns(trimmed, roles), min(drop))
        if key > best_key:
            best, best_key = trimmed, key
    return best


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


def fits_columns(cells: list[str], roles: list[str | None]) -> int:
    """How many typed cells (dates, refs, statuses) sit under a column of their type."""
    score = 0
    for role, cell in zip(roles, cells, strict=False):
        if role in LEAD_ROLES and cell:
            score += 1 if is_lead_cell(cell) else -1
            continue
        pattern = _TYPED.get(role or "")
        if pattern is not None and cell:
            score += 1 if pattern.search(cell) else -1
    return score


# Initials and short names a lead cell may hold: "JS / AB", "LA", "SW & EP".
_INITIALS_RE = re.compile(r"^[A-Z]{2,3}(?:\s*(?:[/,&+]|and)\s*[A-Z]{2,3})*$")


def _is_debris(cell: str) -> bool:
    """Letters a converter left from clipped or vertical text: 'd', 'pa yo ha le' (Hounslow);
    never capitals, which are initials or a body's short name ('JS / AB', 'LA'), nor a
    number, nor a code of both ('P1': a priority's)."""
    words, stripped = cell.split(), cell.strip()
    if (
        _INITIALS_RE.match(stripped)
        or _LIST_REST_RE.fullmatch(stripped)
        or _CODE_RE.fullmatch(stripped)
    ):
        # a number is the rest of a list cut by a page break or a line end ("AFIs 2 and" /
        # "3", "AFI 1" / "& 3")
        return False
    return len(cell) < 3 or all(len(w) <= 2 for w in words)


_CODE_RE = re.compile(r"[A-Z]{1,4}\s?\d{1,2}")
_LIST_REST_RE = re.compile(r"(?:(?:[&,/+]|and)\s*)?\d{1,3}(?:\s*(?:[&,/+]|and)\s*\d{1,3})*", re.I)


_WORD_RE = re.compile(r"[A-Za-z]{2,}")
# Share of a cell's words found in other cells of its table below which the cell is shreds.
SHRED_KNOWN_SHARE = 0.5


def _table_words(rows: list[list[str]]) -> Counter[str]:
    """How many cells of a table each word (lower case) appears in."""
    seen: Counter[str] = Counter()
    for cells in rows:
        for cell in cells:
            seen.update({w.lower() for w in _WORD_RE.findall(cell)})
    return seen


def _action_clipped(cells: list[str], k: int | None) -> bool:
    """An action cell (column `k`) starting in lower case: cut mid-sentence, or its first
    letters clipped."""
    return k is not None and k < len(cells) and cells[k][:1].islower()


def _is_shreds(cell: str, words: Counter[str]) -> bool:
    """Letters a converter cut off the left of the action cell, one piece per printed line
    ("Fram Atten prome centre appro" beside "ng the 'ATTEND' ework …", Hull priority 3): most
    of its words appear in no other cell of the table, where a real heading's do. Tested only
    beside a clipped action cell, and only left of it, where the cut letters fall: a cell to
    its right (the rest of a lead a page break cut) is never shreds."""
    found = [w.lower() for w in _WORD_RE.findall(cell)]
    if len(found) < 4:
        return False
    known = sum(1 for w in found if words[w] >= 2)
    return known / len(found) < SHRED_KNOWN_SHARE


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and not a.endswith(" -") and b[:1].islower():
        return a[:-1] + b  # hyphenation at a line end: "im-" + "proving"
    return f"{a} {_drop_overlap(a, b)}"


def _drop_overlap(a: str, b: str) -> str:
    """The next line without the words a converter printed again from the end of the line
    above ("… when practitioners review children" / "review children and young people's …",
    Hounslow text l.224-225): two words or more, and not the whole line."""
    words_a, words_b = a.split(), b.split()
    for size in range(min(len(words_a), len(words_b) - 1, 6), 1, -1):
        if [w.lower() for w in words_a[-size:]] == [w.lower() for w in words_b[:size]]:
            return " ".join(words_b[size:])
    return b


_OWN_ID_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
# a cell holding a whole action row: its id, then a sentence ("4.2.4 Young People will …")
_OWN_ROW_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\s+[A-Z]")


# Signs a lead line stops on when its words go on in the line below ("Head of SEND –" /
# "Inclusion", "Highways /" / "Transport")
LEAD_CUT_SIGNS = "&,–-/("


def _is_fragment(value: str, previous: str | None, role: str | None = None) -> bool:
    """Whether a grouping cell is the rest of the value above rather than a value of its own."""
    if _OWN_ID_RE.match(value):
        return False  # "1.2 Ensuring …" opens a group of its own
    if not previous:
        return False
    # a new group opens with a capital or an id; "and care …", "(EOTAS) routinely …" go on
    if not value[:1].isupper() and not value[:1].isdigit():
        return True
    if ends_mid_phrase(previous, signs=LEAD_CUT_SIGNS):
        return True
    if (
        role == "lead"
        and _INITIALS_RE.match(value.strip())
        and (_INITIALS_RE.match(previous.strip()) or names_lead(previous))
    ):
        return False  # "KM" under "JB": initials of their own, no wrapped end of a whole lead
    # a lead line naming no role or organisation is a wrapped end ("Learner" / "Voice"),
    # unless it stops mid-phrase itself: "Highways /" goes on below, not from above
    return (
        role == "lead"
        and len(value.split()) <= 2
        and not names_lead(value)
        and not ends_mid_phrase(value, signs=LEAD_CUT_SIGNS)
        and not names_no_one_yet(value)  # "TBC": this row's lead, still to be named
    )


# Lines below a lead a wrapped lead may run on to before it names a role.
LEAD_LOOKAHEAD = 3


def _lead_names_role(
    value: str,
    index: int,
    aligned: list[list[str]],
    printed: list[str | None],
    roles: list[str | None],
) -> bool:
    """Whether a lead wrapped in its own cell ("Public Health" / "Consultant") names a role
    or body once its next lines are read, while they open no row of their own: up to
    `LEAD_LOOKAHEAD` of them ("Designated" / "Clinical" / "Officer" in a narrow column)."""
    k = roles.index("lead" if "lead" in roles else "lead_deadline")
    for nxt, nxt_id in zip(
        aligned[index + 1 : index + 1 + LEAD_LOOKAHEAD],
        printed[index + 1 : index + 1 + LEAD_LOOKAHEAD],
        strict=True,
    ):
        if names_lead(value):
            return True
        if nxt_id or k >= len(nxt) or not nxt[k]:
            return False
        value = f"{value} {nxt[k]}"
    return names_lead(value)


# A step's letter in a column of its own beside the id ("a", "(b)", "c."); not "x", as a
# column of crosses marks
_SUB_ID_RE = re.compile(r"\(?[a-w][.)]?")


def _sub_id_column(table: Table, roles: list[str | None]) -> int | None:
    """The unnamed column right of the id column that letters each action's steps ("1.1 |
    a", " | b", " | c"): each of its cells a letter alone, two of them or more."""
    if "id" not in roles:
        return None
    col = roles.index("id") + 1
    if col >= len(roles) or roles[col] is not None:
        return None
    filled = table.filled(col)
    return (
        col if len(filled) >= 2 and all(_SUB_ID_RE.fullmatch(c.strip()) for c in filled) else None
    )


def _steps_lettered(
    lines: list[tuple[Row, list[str], bool]], id_col: int, sub: int
) -> list[tuple[Row, list[str], bool]]:
    """Each line lettering a step gets its action's id with the letter after it, the id
    printed once above it carried down ("1.1 | a", " | b" -> 1.1a, 1.1b), and the letter's
    own cell emptied; a line lettering no step (a wrapped line) is left as it is."""
    out = []
    parent = ""
    for row, cells, k in lines:
        letter = cells[sub].strip().strip("().") if sub < len(cells) else ""
        if letter:
            parent = cells[id_col].strip() or parent
            cells = list(cells)
            cells[id_col], cells[sub] = (f"{parent}{letter}" if parent else ""), ""
        out.append((row, cells, k))
    return out


def table_to_rows(table: Table, above: LogicalRow | None = None) -> list[LogicalRow]:
    """Logical rows of an action-like table.

    `above` is the last row of the action table before this one: when this table goes on with
    its ids on the next page (Hounslow p.9 opens a table of its own for 3.1.3–3.1.6 under the
    3.1.1–3.1.2 of p.8), the lines before its first id finish that row and the lead printed
    once above carries on into it.
    """
    roles = infer_roles(table)
    has_id = "id" in roles
    rows: list[LogicalRow] = []
    carried: dict[str, str] = {}
    # the row that printed each carried value: rows above it that print the same words print
    # them for themselves (5.1 and 5.2 both led by "Head of Service"), and keep them when the
    # value grows by a fragment cut onto the next page
    origin: dict[str, LogicalRow] = {}
    last_ctx: Context | None = None
    lines = [
        (row, cells, k > 0)
        for row in table.rows
        for k, cells in enumerate(unfuse(_align(row.cells, roles, row.page is not None), roles))
    ]
    if (sub := _sub_id_column(table, roles)) is not None:
        lines = _steps_lettered(lines, roles.index("id"), sub)
    aligned = [cells for _, cells, _ in lines]
    words = cache(lambda: _table_words(aligned))  # read only beside a clipped action cell
    printed = [_printed_id(cells, roles) for cells in aligned]
    action_col = roles.index("action") if "action" in roles else None
    # columns sharing a role ("Action | Milestones", "Responsible | Accountable"): each
    # column's wrapped lines are joined in that column before the columns are joined, so
    # that their lines do not interleave
    shared = [
        col
        for col, role in enumerate(roles)
        if role
        and (role not in CARRIED_ROLES or role in LEAD_ROLES)
        and role != "timeline"
        and roles.count(role) > 1
    ]
    # those columns and a timeline's are read apart, each row's text kept per column
    apart = shared + [col for col, role in enumerate(roles) if role == "timeline"]
    parts: dict[int, dict[int, str]] = {}  # id(logical row) -> column read apart -> its text
    drawn_empty: set[tuple[int, int]] = set()  # (id(logical row), lead column) drawn empty
    if has_id and not any(printed) and (above is None or not above.values.get("id")):
        # an id column that holds no id on any row (bullets, ticks): the rows start as in a
        # table without ids, rather than none of them starting
        has_id = False
    if has_id and above is not None and _goes_on_from(table, above, printed):
        rows.append(above)
        # only the lead: a page's own table may put area and group in other columns
        carried = {role: above.values[role] for role in LEAD_ROLES if above.values.get(role)}
        origin = dict.fromkeys(carried, above)
        last_ctx = table.rows[0].context
    for index, (row, cells, second_half) in enumerate(lines):
        if last_ctx is not None and section_of(row.context) != section_of(last_ctx):
            carried, origin = {}, {}  # a new section: nothing printed above carries into it
        last_ctx = row.context
        values = {}
        # "As above", "Ditto" in a lead or grouping cell: the value above, carried down as
        # an empty cell's is
        cells = [
            "" if role in CARRIED_ROLES and AS_ABOVE_RE.match(cell) else cell
            for role, cell in zip(roles, cells, strict=False)
        ] + cells[len(roles) :]
        clipped = _action_clipped(cells, action_col)
        for col, (role, cell) in enumerate(zip(roles, cells, strict=False)):
            if role in CARRIED_ROLES and _names_carried_group(cell, carried.get(role)):
                # the group's id printed apart from its words, lower down (Hounslow "3.1."
                # under "… panel and its role …"): the group's rows get the id in front
                named = f"{_leading_id(cell)} {carried[role]}"
                _rewrite_carried(rows, role, carried[role], named, origin.get(role))
                carried[role] = named
                continue
            if role in CARRIED_ROLES and (
                _is_debris(cell)
                or _leading_id(cell)
                or (
                    clipped
                    and action_col is not None
                    and col < action_col
                    and _is_shreds(cell, words())
                )
            ):
                continue  # converter debris ("d", "pa yo ha le", shreds) or a group id ("2.1.")
            if role == "lead_deadline":
                # "Lead / timescale": the lead and its deadline printed in one cell
                for part_role, part in zip(
                    LEAD_AND_DEADLINE, split_off_deadline(cell), strict=True
                ):
                    if part:
                        values[part_role] = _join(values.get(part_role, ""), part)
            elif role and cell and role != "timeline":
                values[role] = _join(values.get(role, ""), cell)
        if not values and not any(cells[col] for col in apart if col < len(cells)):
            continue  # words only in columns read apart (a timeline's) go on the row above
        row_id = id_column_id(values.get("id", "")) if has_id else None
        inferred = False
        # the first line on a new page without an id is the row the page break cut
        cut_by_break = row.page is not None and index > 0 and lines[index - 1][0].page != row.page
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
            # of the row the break cut (Hull: "Learning and Skills." under the lead); a
            # deadline that finishes the one above ("End of Summer Term" / "2025") is none
            above_due = rows[-1].values.get("deadline") if rows else None
            due = values.get("deadline")
            own_due = bool(due) and not (above_due and _finishes_deadline(above_due, due))
            dated = own_due or values.get("start")
            starts = _starts_row(values, rows, own_due) and not (cut_by_break and not dated)
        starts = starts or second_half
        if starts:
            empty_leads = []  # the lead columns this row draws empty
            for col, (role, cell) in enumerate(zip(roles, cells, strict=False)):
                if role in LEAD_ROLES and isinstance(cell, DrawnEmpty):
                    # a row drawn with an empty lead cell of its own has no lead: the one
                    # above ends. Leads only: Hull p.15 shades its cells' text with boxes
                    # whose edges pdfplumber takes for rules, one cutting a merged objective
                    # cell into parts
                    carried.pop(role, None)
                    empty_leads.append(col)
            logical = LogicalRow(
                {},
                row.context,
                row.page,
                row.line_no,
                [row.line_no],
                id_inferred=inferred,
                unfused=second_half,
            )
            values.pop("id", None)
            if row_id:
                values["id"] = row_id
            rows.append(logical)
            drawn_empty.update((id(logical), col) for col in empty_leads)
        elif rows:
            logical = rows[-1]
            logical.lines.append(row.line_no)
        else:
            continue
        if apart:
            row_parts = parts.setdefault(id(logical), {})
            for col in apart:
                if col < len(cells) and cells[col]:
                    row_parts[col] = _join(row_parts.get(col, ""), cells[col])
        for role, value in values.items():
            if role in CARRIED_ROLES:
                previous = carried.get(role)
                if _is_fragment(value, previous, role) and not (
                    starts
                    and role == "lead"
                    and _lead_names_role(value, index, aligned, printed, roles)
                ):
                    value = _join(previous, value)
                    _rewrite_carried(rows, role, previous, value, origin.get(role))
                else:
                    if not starts and value != logical.values.get(role):
                        # (a merged cell cut by a rule prints its text again: Hull p.15)
                        value = _join(logical.values.get(role, ""), value)
                    origin[role] = logical
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
    # a deadline column that replaces another ("Original date | Revised date")
    revising = {
        col
        for col in shared
        if roles[col] == "deadline"
        and col < len(table.header)
        and replaces_the_other(table.header[col], "deadline")
    }
    lead_cols = [col for col in shared if roles[col] in LEAD_ROLES]
    _carry_lead_columns(rows, parts, lead_cols, drawn_empty)
    for logical in rows:
        row_parts = sorted(parts.get(id(logical), {}).items())
        for role in sorted({roles[col] or "" for col in shared}):
            # the same words in two columns ("Due | Forecast": "July 2025 | July 2025") once
            texts = dict.fromkeys(t for col, t in row_parts if roles[col] == role)
            if texts:
                # two leads side by side are two leads ("Early Years SEND Lead | Head of
                # Early Years"), whose words must not run into one role
                logical.values[role] = ("; " if role in LEAD_ROLES else " ").join(texts)
        revised = [t for col, t in row_parts if col in revising]
        logical.revised_deadline = revised[-1] if revised else None
        marked = [(col, t) for col, t in row_parts if roles[col] == "timeline"]
        _read_timeline(logical, marked, table.header)
    return rows[1:] if rows and rows[0] is above else rows


def _carry_lead_columns(
    rows: list[LogicalRow],
    parts: dict[int, dict[int, str]],
    lead_cols: list[int],
    drawn_empty: set[tuple[int, int]],
) -> None:
    """Two lead columns side by side ("Responsible | Accountable"), one of them printed once
    for a block of rows: a row that prints a lead in one column and none in the other takes
    the other's from the row above, as a single lead column's is carried. A cell drawn empty
    ends it, and a new section starts afresh."""
    if len(lead_cols) < 2:
        return
    last: dict[int, str] = {}
    section: tuple[str | None, str | None, str | None] | None = None
    for logical in rows:
        if section_of(logical.context) != section:
            last, section = {}, section_of(logical.context)
        row_parts = parts.setdefault(id(logical), {})
        printed = any(col in row_parts for col in lead_cols)
        for col in lead_cols:
            if (id(logical), col) in drawn_empty:
                last.pop(col, None)
            elif col in row_parts:
                last[col] = row_parts[col]
            elif printed and col in last:
                row_parts[col] = last[col]


# A cell that only marks a timeline column: a tick, a cross, a dot, "Y". A tick or cross in
# Wingdings reads as the letter under it ("ü", "û", "þ") or a private-use character.
_MARK_RE = re.compile(r"[✓✔☑✗✘√xX●•■▪◆*+üûþ\uf0fb\uf0fc\uf0fe]|yes|y", re.I)


def _read_timeline(logical: LogicalRow, cells: list[tuple[int, str]], header: list[str]) -> None:
    """A row's marks under its timeline's periods (`cells`: column, text), as the dates a
    deadline column would give: the last marked period is the deadline and the first the
    start, each as its heading is printed; words in a period's cell ("Consult", "Adopt") are
    a milestone of the action. A milestone due by a period ("By Dec 25") is no start."""
    marked = [(header[col], cell) for col, cell in cells if col < len(header)]
    if not marked:
        return
    values = logical.values
    if not values.get("deadline"):
        values["deadline"] = marked[-1][0]
        due_by = names_milestone(marked[0][0])
        if len(marked) > 1 and not due_by and not values.get("start"):
            values["start"] = marked[0][0]
    milestones = [f"{period}: {cell}" for period, cell in marked if not _MARK_RE.fullmatch(cell)]
    if milestones and values.get("action"):
        values["action"] = " ".join([values["action"], *milestones])


def _goes_on_from(table: Table, above: LogicalRow, printed: list[str | None]) -> bool:
    """Whether a table on the page after `above` continues its id sequence in its section:
    its first id is a later sibling of above's ("3.1.3" after "3.1.2")."""
    first_id = next((p for p in printed if p), None)
    above_id = above.values.get("id")
    first = table.rows[0] if table.rows else None
    if not (first_id and above_id and first and first.page and above.page):
        return False
    head, _, last = first_id.rpartition(".")
    a_head, _, a_last = above_id.rpartition(".")
    return (
        0 < first.page - above.page <= 1
        and head == a_head
        and last.isdigit()
        and a_last.isdigit()
        and int(last) > int(a_last)
        and section_of(first.context) == section_of(above.context)
    )


# Cells that hold one value per printed row, and so tell a fused line by holding two.
_ONE_VALUE_ROLES = ("start", "deadline", "refs", "status")
_SENTENCE_CUT_RE = re.compile(r"(?<=[a-z)][.;]) (?=[A-Z])")
_PHRASE_CUT_RE = re.compile(r"(?<=[a-z]) (?=[A-Z][a-z])")


def unfuse(cells: list[str], roles: list[str | None]) -> list[list[str]]:
    """A line holding two printed rows, as the two rows.

    Converters sometimes fuse a row with the next one, cell by cell ("Feb-23 Feb-23",
    "Jan-23 Sep-24", "SEF/DBV SEF/DBV", Hull priority 4). The sign is the deadline cell and
    one more one-value cell (start, refs, status) each holding two values of their type. The
    typed cells are split between their values; prose cells at their last sentence break, else
    where a word is followed by a capitalised one; a prose cell with neither stays whole with
    the first row.
    """
    halves = {r: _split_typed(cells[roles.index(r)], r) for r in _ONE_VALUE_ROLES if r in roles}
    if halves.get("deadline") is None or sum(h is not None for h in halves.values()) < 2:
        return [cells]
    first, second = list(cells), [""] * len(cells)
    for k, (role, cell) in enumerate(zip(roles, cells, strict=False)):
        if not cell or role is None or role == "id":
            continue
        cut = halves.get(role) if role in _ONE_VALUE_ROLES else _split_prose(cell)
        if cut is not None:
            first[k], second[k] = cut
    return [first, second]


def _split_typed(cell: str, role: str) -> tuple[str, str] | None:
    """A cell as two values of its column's type ('Jan-23 Sep-24', 'SEF/DBV SEF/DBV'), else
    None: both halves are values, and the whole is not one (or repeats one value)."""
    pattern = _TYPED[role]
    for m in re.finditer(r" (?=[A-Z0-9])", cell):
        a, b = cell[: m.start()], cell[m.end() :]
        if pattern.search(a) and pattern.search(b) and (a == b or not pattern.search(cell)):
            return a, b
    return None


def _split_prose(cell: str) -> tuple[str, str] | None:
    for pattern in (_SENTENCE_CUT_RE, _PHRASE_CUT_RE):
        cuts = list(pattern.finditer(cell))
        if cuts:
            at = cuts[-1]
            return cell[: at.start() + 1].rstrip(), cell[at.end() :]
    return None


def _names_carried_group(cell: str, carried: str | None) -> bool:
    """A cell that is nothing but a group id, under a carried group that has no id."""
    return bool(
        carried
        and re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", cell.strip())
        and not re.match(r"\s*\d{1,2}\.\d", carried)
    )


def _rewrite_carried(
    rows: list[LogicalRow], role: str, old: str, new: str, origin: LogicalRow | None
) -> None:
    """A grouping cell grew by a fragment: every row that carried it, back to the row that
    printed it (`origin`), gets the whole text."""
    for logical in reversed(rows):
        if logical.values.get(role) == old:
            logical.values[role] = new
            if logical is origin:
                break
        elif role in logical.values:
            break


# Signs a cell's list goes on after, to the next line: a bullet or arrow left at a line's end
_LIST_SIGNS = ("•", "→", "➤", "▪")


def _starts_row(values: dict[str, str], rows: list[LogicalRow], own_due: bool) -> bool:
    """Whether a line of an id-less table opens an action of its own.

    A line of action words alone goes on with the list in the cell above: after a bullet
    left at the line's end, or as the list's next bullet.
    A line whose action starts in lower case is a sentence cut mid-way, unless it carries a
    deadline and a lead of its own under a row that has both: then the converter clipped the
    first letters of a printed row ("ort SENCOs to lete …" for "Support SENCOs to complete …",
    Hull priority 3), and it is a row of its own. A deadline that finishes the one above
    ("Sept 2025 –" / "ongoing", a row cut by a page break) is no deadline of its own
    (`own_due`, read by the caller).
    """
    action = values.get("action", "")
    if not action:
        return False
    if not rows:
        return True
    above = rows[-1].values
    above_action = above.get("action", "").strip()
    if set(values) == {"action"} and (
        above_action.endswith(_LIST_SIGNS)
        or (action.startswith(_LIST_SIGNS) and above_action.startswith(_LIST_SIGNS))
    ):
        # the next item of the list in the cell above ("… employers •" / "Map post-16 …",
        # "• Recruit two …" / "• Track every …"), nothing else on its line
        return False
    if not action[:1].islower():
        return True
    return bool(own_due and above.get("deadline") and values.get("lead") and above.get("lead"))
