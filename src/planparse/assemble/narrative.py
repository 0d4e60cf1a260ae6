"""Risk tables and narrative lists to `risks` and `statements`.

Takes risk tables (Action | Issues | Mitigation) and adds one Risk per printed row, rows cut
over lines joined back. Takes the bullet lists of strategies and highlight reports and adds
Statements: a strategy's objectives with their bullets and its "What does success look
like?" lists; a report's ambition headlines, progress updates and milestones.
"""

from __future__ import annotations

import re
from dataclasses import replace

from planparse.fields.dates import is_month_heading
from planparse.layout import THEME_RE, Context
from planparse.models import Risk, Statement
from planparse.read.raw import Block
from planparse.tables.find import Table
from planparse.tables.roles import row_to_roles, table_kind

_ITEM_SPLIT_RE = re.compile(r"\s*[•➤▪→]\s*")
SECTION_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"success (?:will |would )?looks? like|success measures?|what will success"
            r"|measures? of (?:success|impact)|impact measures?|how (?:will )?we (?:will )?know"
            r"|how (?:will )?we (?:will )?measure|success (?:criteria|indicators)"
            r"|what difference|difference (?:it|this|we) (?:will )?makes?"
            r"|(?:what )?(?:you|families|children|young people) will see",
            re.I,
        ),
        "success",
    ),
    # what children and families said ("What children and families told us", "You said",
    # "What young people say"): their words, no objective of the plan's
    (
        re.compile(
            r"\btold us\b|\byou said\b|\bwe heard\b|\bvoice of\b"
            r"|\bwhat (?:children|young people|families|parents|carers)\b[\w ,&]{0,30}"
            r"\b(?:said|say|told)\b",
            re.I,
        ),
        "voice",
    ),
    (re.compile(r"milestone", re.I), "milestone"),
    (re.compile(r"headline|summary of progress", re.I), "headline"),
    (re.compile(r"\bnext\s+(?:steps?|month|period|quarter)\b", re.I), "next_step"),
    # what a report asks its board to decide ("Decisions required from the Board", "Asks of
    # the board", "Escalations"): a section value added to the contract's, as `voice` is
    (
        re.compile(
            r"\bdecisions?\s+(?:required|needed|sought|requested)|\basks?\s+of\b|\bescalat",
            re.I,
        ),
        "decision",
    ),
    # what a report says was done ("Key achievements this period", "What went well")
    (
        re.compile(
            r"progress|update|achievements?|accomplishments|what went well|key highlights", re.I
        ),
        "update",
    ),
)


# A workstream's RAG on a labelled line of its own: "RAG: Amber (previous: Red)", "Status:
# Green"; the rating now, not the one before it
_RATED_LINE_RE = re.compile(
    r"^(?:(?:current|overall\s+workstream)\s+)?(?:rag|status|rag\s+status|rag\s+rating)\s*:\s*"
    r"(?P<status>[A-Za-z][A-Za-z /-]*?)\s*(?:\(.*\))?$",
    re.I,
)


# A heading that only leads into its bullets ("We will:", "Our actions:"): no objective's title
_LEAD_IN_RE = re.compile(r"(?:\S+\s+){0,2}\S+\s*:")


# A numbered list item: "1. We will …", "2) …", "b. …"; a number then a sentence's capital
_NUMBERED_ITEM_RE = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s+(?=[A-Z])")


def split_items(cell: str) -> list[str]:
    """A cell holding a list ('• a • b', '➤ a ➤ b') to its items."""
    return [p.strip() for p in _ITEM_SPLIT_RE.split(cell) if len(p.strip()) > 2]


def tables_to_risks(doc_id: str, tables: list[Table]) -> list[Risk]:
    risks: list[dict[str, str | None]] = []
    for table in tables:
        if table.kind == "progress":
            risks.extend(_progress_risks(table))
        if table.kind != "risk":
            continue
        cols = {role: table.column(role) for role in ("action", "issue", "mitigation", "id")}
        # what a risk opens with: its action, or its issue in a register that names no action
        # ("Risk | Likelihood | Impact | Mitigation | Owner")
        opens = "action" if cols["action"] is not None else "issue"
        text_cols = {col for role, col in cols.items() if col is not None and role != "id"}
        # a register that numbers its risks ("Ref | Risk | …"): a line without a number is the
        # rest of the risk above, however its cells wrapped
        numbered = any(_cell(r.cells, cols["id"]) for r in table.rows)
        opening: list[str] | None = None
        for row in table.rows:
            values = {role: _cell(row.cells, col) for role, col in cols.items()}
            ref = values.pop("id")
            if not any(values.values()):
                continue
            if values["action"] and not (values["issue"] or values["mitigation"]):
                # a risk names its issue or mitigation; a box the table finder stitched on
                # from the next page ("Major milestones", a list of objectives) names neither
                continue
            issue = cols["issue"]
            goes_on = (
                not values[opens]
                or (numbered and not ref)
                or (
                    opens == "issue"
                    and opening is not None
                    and issue is not None
                    and _wrapped_line(row.cells, opening, issue, text_cols)
                )
            )
            if goes_on and risks and risks[-1]["theme"] == row.context.theme:
                for role, value in values.items():
                    if value:
                        risks[-1][role] = f"{risks[-1][role] or ''} {value}".strip()
                continue
            opening = row.cells
            risks.append({"theme": row.context.theme, **{k: v or None for k, v in values.items()}})
    return [Risk(doc_id=doc_id, **r) for r in risks]  # type: ignore[arg-type]


# A risks cell saying there are none: "None", "No new risks", "N/A", "-"
_NO_RISK_RE = re.compile(
    r"(?:(?:none|nil|n/?a)(?:\s+(?:this|at|identified|to|reported|raised)\b[\w /]*)?"
    r"|no (?:new |current )?(?:risks?|issues?)[\w /]*|[-\u2013])\.?",
    re.I,
)


# A heading over a list of risks: "Risks and issues:", "Key risks", "Risks / issues",
# "Issues and risks", "Risks and mitigations"
_RISK_HEADING_RE = re.compile(
    r"(?:(?:key|current|top|main|new)\s+)?(?:(?:issues?\s*(?:and|&|/)\s*)?risks?"
    r"(?:\s*(?:and|&|/)\s*(?:issues?|mitigations?))?)\s*:?",
    re.I,
)
# where an item of the list says how a risk is met: "… demand. Mitigation: agency cover"
_MITIGATION_LABEL_RE = re.compile(r"\s*(?:[-–—;,]\s*)?\(?\bmitigations?\s*:\s*", re.I)


def listed_risks(doc_id: str, blocks: list[Block], contexts: list[Context]) -> list[Risk]:
    """Risks printed as a list under a heading naming them ("Risks and issues:" over its
    bullets), each with its theme and the mitigation its item labels; an item saying there
    are none ("None this quarter") gives none."""
    out: list[Risk] = []
    for block, ctx in zip(blocks, contexts, strict=True):
        heading = (ctx.heading or "").strip()
        if not (block.kind == "line" and block.bullet and _RISK_HEADING_RE.fullmatch(heading)):
            continue
        for item in split_items(block.text) or [block.text]:
            issue, *mitigation = _MITIGATION_LABEL_RE.split(item, maxsplit=1)
            if issue and not _NO_RISK_RE.fullmatch(issue.strip()):
                mitigation_text = mitigation[0].strip().rstrip(")") if mitigation else ""
                out.append(
                    Risk(doc_id=doc_id, theme=ctx.theme, issue=issue.strip(),
                         mitigation=mitigation_text or None)
                )  # fmt: skip
    return out


def _progress_risks(table: Table) -> list[dict[str, str | None]]:
    """The risks a workstream table prints in a column of its own ("Workstream | … |
    Risks/issues"), each with its workstream as its theme; a cell saying there are none
    gives none."""
    issue_col, theme_col = table.column("issue"), table.column("objective")
    if issue_col is None:
        return []
    return [
        {"theme": _cell(cells, theme_col) or None, "action": None, "issue": issue,
         "mitigation": None}
        for cells in _progress_rows(table)
        if (issue := _cell(cells, issue_col)) and not _NO_RISK_RE.fullmatch(issue.strip())
    ]  # fmt: skip


def _cell(cells: list[str], col: int | None) -> str:
    return cells[col] if col is not None and col < len(cells) else ""


def _wrapped_line(cells: list[str], opening: list[str], key: int, text_cols: set[int]) -> bool:
    """Whether a line of a table without ids is the rest of the row `opening` started (a
    borderless PDF's wrapped cells, a row a page break cut): its key cell (the risk, the
    workstream) is empty or goes on in lower case ("delay" under "EP vacancies"), or it
    fills none of the short columns (likelihood, score, RAG, owner) its opening line fills."""

    def short(row: list[str]) -> list[str]:
        return [c for i, c in enumerate(row) if i not in text_cols and i != key and c]

    first = cells[key] if key < len(cells) else ""
    return not first or first[:1].islower() or (bool(short(opening)) and not short(cells))


def _goes_on(out: list[Statement], theme: str | None, section: str, item: str) -> bool:
    """Join an item that a page break cut off to the one it finishes, and say so.

    The first item of a cell on a new page that starts in lower case ("successful in applying
    for.", "at this stage.") is the rest of the last item of its theme and section when that
    one has not ended ("… that Hillingdon was").
    """
    if not item[:1].islower():
        return False
    for k in range(len(out) - 1, -1, -1):
        last = out[k]
        if last.theme != theme:
            return False
        if last.section == section:
            if last.text.endswith((".", "!", "?")):
                return False
            out[k] = last.model_copy(update={"text": _join_cut(last.text, item)})
            return True
    return False


def _join_cut(a: str, b: str) -> str:
    # "easy-to-" + "understand" keeps its hyphen; a word cut at a line end does not exist here
    return f"{a}{b}" if a.endswith("-") else f"{a} {b}"


def _section(heading: str | None, default: str) -> str:
    for pattern, section in SECTION_RULES:
        if heading and pattern.search(heading):
            return section
    return default


# A progress table's columns and the statement section each gives.
PROGRESS_SECTIONS = {"commentary": "update", "next_steps": "next_step"}


def _progress_items(table: Table) -> list[tuple[str | None, str, str, str | None]]:
    """(theme, section, text, status) for a highlight report's workstream table ("Workstream
    | RAG | Progress this period | Next steps"): one item of each progress and next-steps
    cell each, the workstream as its theme and the RAG beside it as its status. A line that
    goes on from the row above (`_wrapped_line`: cells wrapped in a borderless PDF, a row a
    page break cut) is joined to it before its items are split."""
    theme_col = table.column("objective")
    rows = _progress_rows(table)
    out: list[tuple[str | None, str, str, str | None]] = []
    status_col = table.column("status")
    if status_col is None:
        status_col = _latest_rag_column(table)
    for cells in rows:
        theme = (cells[theme_col] or None) if theme_col is not None else None
        status = (cells[status_col] or None) if status_col is not None else None
        for role, cell in zip(table.roles, cells, strict=True):
            section = PROGRESS_SECTIONS.get(role or "")
            for item in (split_items(cell) or [cell]) if section and cell else []:
                out.append((theme, section, item, status))
    return out


def _progress_rows(table: Table) -> list[list[str]]:
    """A workstream table's rows, each as wide as its header, a line that goes on from the
    row above (`_wrapped_line`: cells wrapped in a borderless PDF, a row a page break cut)
    joined to it."""
    text_cols = {i for i, role in enumerate(table.roles) if role in PROGRESS_SECTIONS}
    return _whole_rows(table, table.column("objective"), text_cols)


def _whole_rows(table: Table, theme_col: int | None, text_cols: set[int]) -> list[list[str]]:
    """A table's rows, each as wide as its header, a line that goes on from the row above
    by `theme_col` (`_wrapped_line`) joined to it."""
    width = len(table.roles)
    rows: list[list[str]] = []
    opening: list[str] = []
    for row in table.rows:
        cells = (list(row.cells) + [""] * width)[:width]
        if rows and theme_col is not None and _wrapped_line(cells, opening, theme_col, text_cols):
            rows[-1] = [
                _join_cut(a, b) if a and b else a or b for a, b in zip(rows[-1], cells, strict=True)
            ]
        else:
            rows.append(cells)
            opening = cells
    return rows


def _pledges_by_row(table: Table) -> bool:
    """A strategy's table of its ambitions, one a row: what it will do beside how it will
    know ("Ambition | What we will do | How we will know"), no ids, leads or dates (a plan's
    action table)."""
    roles = set(table.roles)
    return (
        bool(table.rows)
        and {"action", "impact_measure"} <= roles
        and not roles & {"id", "lead", "lead_org", "deadline", "lead_deadline"}
        and table.roles[0] in (None, "objective", "area")
    )


def _pledged_items(table: Table) -> list[tuple[str | None, str, str | None, str]]:
    """(theme, section, heading, text) of each row of a strategy's table of ambitions: the
    first cell is the theme (carried down while empty; "Ambition 1: …" its label, its words
    a headline), the "What we will do" items objectives under that column's name, the "How
    we will know" items success statements."""
    action, impact = table.column("action"), table.column("impact_measure")
    out: list[tuple[str | None, str, str | None, str]] = []
    theme: str | None = None
    heading = " ".join(table.header[action].split()) if action is not None else None
    text_cols = {col for col in (action, impact) if col is not None}
    for cells in _whole_rows(table, 0, text_cols):
        first = cells[0].strip()
        if first:
            label = THEME_RE.match(first)
            theme = " ".join(label["theme"].split()) if label else first
            words = first[label.end() :].strip(" :.\u2013\u2014-") if label else ""
            if words:
                out.append((theme, "headline", None, words))
        for col, section, named in ((action, "objective", heading), (impact, "success", None)):
            cell = cells[col] if col is not None else ""
            for item in (split_items(cell) or [cell]) if cell else []:
                out.append((theme, section, named, item))
    return out


def _latest_rag_column(table: Table) -> int | None:
    """In a workstream table with a RAG by month ("Aug | Sep | Oct", each cell "A" or
    "Green") instead of a RAG column, the latest month's column: its ratings are the status."""
    months = [
        col
        for col, name in enumerate(table.header)
        if table.roles[col] is None and is_month_heading(name) and table.rated(col)
    ]
    return months[-1] if months else None


def _is_progress_header(cells: tuple[str, ...]) -> bool:
    roles = row_to_roles(cells)
    return roles is not None and table_kind(roles) == "progress"


def blocks_to_statements(
    doc_id: str,
    blocks: list[Block],
    contexts: list[Context],
    doc_type: str,
    tables: list[Table] | None = None,
) -> list[Statement]:
    """Bullets under a theme, by the heading above them (strategies and highlight reports),
    and a highlight report's workstream tables (`_progress_items`). Of a plan, whose actions
    and grids are its tables, only the bullets under a success heading ("How we will know
    it is working"): they are its success measures when it prints no grid."""
    if doc_type not in ("strategy", "highlight_report", "improvement_plan"):
        return []
    out: list[Statement] = []
    seen: set[tuple[str | None, str, str | None, str]] = set()
    runs_in_theme = 0
    rated: str | None = None  # the RAG a workstream's labelled line gives
    last_theme: str | None = None
    last_heading: str | None = None
    in_run = False

    def add(
        theme: str | None, section: str, heading: str | None, text: str, status: str | None = None
    ) -> None:
        key = (theme, section, heading, text)
        if key not in seen and text:
            seen.add(key)
            out.append(
                Statement(
                    doc_id=doc_id,
                    theme=theme,
                    section=section,  # type: ignore[arg-type]
                    heading=heading,
                    text=text,
                    status=status,
                )
            )

    progress = [t for t in tables or [] if t.kind == "progress" and t.rows]
    progress_at = {t.rows[0].line_no: t for t in progress}
    progress_lines = {row.line_no for t in progress for row in t.rows}
    pledged = [t for t in tables or [] if doc_type == "strategy" and _pledges_by_row(t)]
    pledged_at = {t.rows[0].line_no: t for t in pledged}
    # the rows of a report's numbered action tables are its actions, no headline and update
    # of the theme they sit under (Morpeth's "1.1 … Lead: … Due: …" under "AFI 1 – …")
    recorded = [
        t
        for t in tables or []
        if t.kind == "action"
        and t.rows
        and "id" in t.roles
        and {"lead", "deadline"} <= set(t.roles)
    ]
    recorded_lines = {row.line_no for t in recorded for row in t.rows}
    recorded_headers = {tuple(t.header) for t in recorded}
    for block, ctx in zip(blocks, contexts, strict=True):
        if block.line_no in pledged_at:
            for theme, section, heading, text in _pledged_items(pledged_at[block.line_no]):
                add(theme, section, heading, text)
        if block.line_no in progress_at and doc_type == "highlight_report":
            for theme, section, text, status in _progress_items(progress_at[block.line_no]):
                add(theme, section, None, text, status)
        if block.kind == "row" and (
            block.line_no in progress_lines or _is_progress_header(block.cells)
        ):
            continue  # read with its table above
        if (
            doc_type == "highlight_report"
            and block.kind == "row"
            and (block.line_no in recorded_lines or tuple(block.cells) in recorded_headers)
        ):
            continue
        if ctx.theme != last_theme:
            last_theme, runs_in_theme, last_heading, rated = ctx.theme, 0, None, None
        if ctx.theme is None:
            if doc_type == "highlight_report" and block.kind == "line" and block.bullet:
                # a report on one programme, no workstreams: the bullets under a heading
                # naming their section ("Key achievements this period", "Decisions
                # required from the Board") are the programme's, of no theme
                section = _section(ctx.heading, "")
                for item in split_items(block.text) or [block.text] if section else []:
                    add(None, section, None, item)
            continue
        if (
            doc_type == "highlight_report"
            and block.kind == "line"
            and not block.bullet
            and (m := _RATED_LINE_RE.match(block.text.strip()))
        ):
            rated = m["status"]  # "RAG: Amber (previous: Red)" under a workstream heading
        if block.kind == "blank":
            in_run = False
            continue
        if (
            doc_type == "highlight_report"
            and block.kind == "line"
            and not block.bullet
            and re.search(r"\s[•➤]\s", block.text)
            and not (last_heading and re.search(r"risk", last_heading, re.I))
        ):
            # a list cell cut by a page break whose rules the page lost: a line of items,
            # the first often the rest of the item above ("at this stage. • Thrive is …")
            section = _section(last_heading, "update")
            for k, item in enumerate(split_items(block.text)):
                if not (k == 0 and _goes_on(out, ctx.theme, section, item)):
                    add(ctx.theme, section, None, item)
            continue
        numbered = _NUMBERED_ITEM_RE.match(block.text) if block.kind == "line" else None
        if numbered and not block.bullet and ctx.heading != block.text:
            # a numbered list under a heading ("Our commitments" then "1. We will …") is a
            # list as bullets are; a numbered line that is a heading stays one
            block = replace(block, text=block.text[numbered.end() :], bullet=True)
        if block.kind == "line" and not block.bullet:
            in_run = False
            if ctx.heading == block.text and block.text != ctx.theme:
                last_heading = block.text
                if doc_type == "highlight_report" and not (
                    re.search(r"milestone|risk", block.text, re.I)
                    # "Progress this month:" over its bullets, "Next month:" over its plans
                    or re.fullmatch(r"(?:progress|update|next)\b.{0,30}?:", block.text, re.I)
                ):
                    last_heading = None
            continue
        if doc_type == "highlight_report":
            if last_heading and re.search(r"risk", last_heading, re.I):
                continue  # risk tables are the risks table's
            if block.kind == "row" and not re.search(
                r"\bissues?\b|mitigation", " ".join(block.cells), re.I
            ):
                filled = [c for c in block.cells if c]
                if len(filled) == 1 and not re.search(r"[•➤]", filled[0]):
                    if re.fullmatch(r"(?:major\s+)?milestones?|risks?", filled[0].strip(), re.I):
                        last_heading = filled[0]  # a heading boxed with the table above it
                    continue  # else the ambition's own title printed as a row
                for index, cell in enumerate(filled[:2]):
                    section = "headline" if index == 0 and len(filled) > 1 else "update"
                    for k, item in enumerate(split_items(cell)):
                        if k == 0 and _goes_on(out, ctx.theme, section, item):
                            continue  # the rest of an item a page or cell break cut
                        add(ctx.theme, section, None, item)
                continue
            if block.kind == "line" and block.bullet:
                if last_heading:
                    section = _section(last_heading, "update")
                else:
                    if not in_run:
                        runs_in_theme += 1
                    section = "headline" if runs_in_theme == 1 else "update"
                in_run = True
                for item in split_items(block.text) or [block.text]:
                    add(ctx.theme, section, None, item, rated)
            continue
        if block.kind == "line" and block.bullet and last_heading:
            section = _section(last_heading, "objective")
            if doc_type == "improvement_plan" and section != "success":
                continue
            titled = section == "objective" and not _LEAD_IN_RE.fullmatch(last_heading)
            add(ctx.theme, section, last_heading if titled else None, block.text)
    if doc_type == "strategy":
        for theme, text in ambition_statements(blocks, contexts):
            add(theme, "headline", None, text)
    return out


# Headings that end an ambition's own words: its context, its actions, its success measures.
_AMBITION_END_RE = re.compile(
    r"^(?:context|we will achieve this by|what does success look like)\b", re.I
)


MAX_PLEDGE_CHARS = 300


def ambition_statements(blocks: list[Block], contexts: list[Context]) -> list[tuple[str, str]]:
    """A strategy's ambitions in its own words: under each "Ambition N" heading, its title and
    the pledge that follows it ("The right support, at the right time, in the right place";
    "We will improve children's and parents' experience …").

    Lines go on the one above until that ends a sentence or a line starts "We will" (titles
    and pledges wrap). The title and pledge end at a heading ("Context:", "We will achieve
    this by:") or at the paragraph after the pledge. A heading followed by a title but no
    pledge (a contents list of the ambitions) gives nothing; a title printed again, once.
    """
    found: list[tuple[str, str]] = []
    runs: list[str] = []
    theme: str | None = None

    for block, ctx in zip(blocks, contexts, strict=True):
        if block.kind != "line":
            continue
        text = block.text.strip()
        if not block.bullet and THEME_RE.fullmatch(text):
            runs, theme = [], ctx.theme
            continue
        if not block.bullet and (titled := THEME_RE.match(text)):
            # a heading naming its theme and its title ("Our ambition 1: Needs are met
            # early"): the title is the theme's headline
            title = text[titled.end() :].strip(" :.\u2013\u2014-")
            if title and ctx.theme and (ctx.theme, title) not in found:
                found.append((ctx.theme, title))
            runs, theme = [], None
            continue
        if theme is None:
            continue
        # a pledge is a sentence; a paragraph opening "We will …" under a header a page
        # repeats is context (strategy text l.412)
        pledge = (
            text.startswith("We will")
            and not _AMBITION_END_RE.match(text)
            and len(text) <= MAX_PLEDGE_CHARS
        )
        if block.bullet:
            runs, theme = [], None
        elif _AMBITION_END_RE.match(text):
            found.extend((theme, run) for run in runs if (theme, run) not in found)
            runs, theme = [], None
        elif runs and not runs[-1].endswith((".", "!", "?")) and not pledge:
            runs[-1] = f"{runs[-1]} {text}"
        elif len(runs) == 2 or (len(runs) == 1 and not pledge):
            if len(runs) == 2:  # the paragraph after the pledge
                found.extend((theme, run) for run in runs if (theme, run) not in found)
            runs, theme = [], None
        else:
            runs.append(text)
    return found
