"""Action tables to `actions` records, plus the recommendations a table nests them under.

Takes the logical rows of every action table and adds Action records: id (printed, else
A1, A2… in reading order), theme and objective from the section or the table's grouping
columns, the lead split by fields.leads, the deadline parsed by fields.dates (from the
deadline column, or from the action text when the plan prints deadlines inside it), status,
and the recommendation ids the row cites. Grouping cells that carry their own id
("1.0 Leaders …", "1.1 Developing …", Hounslow) are inspection areas: they become
recommendations, and each action under them a `section_heading` link.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planparse.assemble.years import SourcedYear, plan_source, table_year, years_read
from planparse.fields.dates import Due, YearFrame, parse_due, year_frame, yearless_period
from planparse.fields.ids import (
    canonical_action_id,
    cited_ids,
    cited_recs,
    cites_all,
    id_parent,
    labelled_rec_id,
    parse_id_list,
)
from planparse.fields.leads import Lead, complete_cut_heads, is_lead_cell, parse_lead
from planparse.fields.status import opens_with_a_status
from planparse.layout import THEME_RE, Context
from planparse.models import Action, Diagnostic, Link, Recommendation
from planparse.tables.find import Table
from planparse.tables.rows import AS_ABOVE_RE, LEAD_ROLES, LogicalRow, table_to_rows

# "1.0 Leaders across …", "1.1 Developing …", "3.2 Their oversight …": an id then text.
_GROUP_ID_RE = re.compile(r"^(?P<id>\d{1,2}\.\d{1,2})\.?\s+(?P<text>\S.*)$")
# A ref naming a recommendation: by its id ("AFI2", "R3", "W1") or, in a column citing them,
# by its number alone ("2", as the plan numbers its list)
# a recommendation's id: with its prefix ("AFI2"), or bare, perhaps lettered ("2", "1a")
_REC_REF_RE = re.compile(r"^(?:(?:AFI|AF|WSOA|APP|PA|R|W)\d|\d{1,2}[a-z]?$)", re.I)


@dataclass
class ActionsResult:
    actions: list[Action] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _group_rec(text: str | None) -> tuple[str, str] | None:
    if not text:
        return None
    m = _GROUP_ID_RE.match(text)
    return (m["id"], m["text"].strip()) if m else None


def tables_to_actions(
    doc_id: str, tables: list[Table], plan_year: YearFrame | None = None
) -> ActionsResult:
    """Every action in the document's action tables, in reading order.

    `plan_year` is the one year the plan names ("… Plan 2025/26"); a section heading naming
    one ("Year 1 (2025/26)") is nearer evidence and wins, and a deadline column's heading
    ("Timescale 2025/26") nearer still. Any of them dates the deadlines printed without a
    year."""
    result = ActionsResult()
    recs: dict[str, Recommendation] = {}
    unnumbered = 0
    logical: list[LogicalRow] = []
    plan = plan_source(plan_year)
    # beside each row: the year its table names, and where that is printed
    years: list[SourcedYear | None] = []
    for table in tables:
        if table.kind == "action":
            rows = table_to_rows(table, logical[-1] if logical else None)
            if table.column("id") is None:
                _ids_from_action_text(rows)
            logical.extend(rows)
            years += [_deadline_year(table) or table_year(table, plan)] * len(rows)
    _complete_cut_ids(logical)
    logical, years = _objectives_in_rows(logical, years)
    completed: dict[SourcedYear, list[str]] = {}
    for row, year in zip(logical, years, strict=True):
        action_id = row.values.get("id") or f"A{unnumbered + 1}"
        due, start = _dates(row, year[0] if year else None)
        if result.actions and AS_ABOVE_RE.match(row.values.get("deadline", "")):
            above = result.actions[-1]  # "As above": the deadline of the action above
            due = Due(due_text=due.due_text, due_date=above.due_date, due_kind=above.due_kind)
        action = _row_to_action(doc_id, action_id, row, recs, due, start)
        if action is None:
            continue
        if not row.values.get("id"):
            unnumbered += 1  # only rows kept as actions take a number
        result.diagnostics.extend(_repairs_of(row, action_id))
        result.diagnostics.extend(_unread_deadline(row, action, year))
        result.actions.append(action)
        if year is not None and due.year is not None:  # the year was taken from `year`
            completed.setdefault(year, []).append(action_id)
    result.diagnostics.extend(years_read("W402", "deadlines", "action", completed))
    result.recommendations = list(recs.values())
    rec_ids = set(recs)
    for action in result.actions:
        target = _enclosing_rec(action, rec_ids)
        if target:
            result.links.append(Link.stated(doc_id, target, action.action_id, "section_heading"))
    return result


# "1.1 Publish …", "2.1. Map …", "2.2) Hold …", "3. Agree …": an action's id printed at the
# start of its text; a number alone only with its stop or bracket ("2 FTE posts" is none)
_LEADING_ID_RE = re.compile(
    r"^(?:(?P<id>\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?)[.)]?|(?P<number>\d{1,2})[.)])"
    r"\s+(?P<text>[A-Za-z(•→].*)$",
    re.S,
)


def _ids_from_action_text(rows: list[LogicalRow]) -> None:
    """A table without an id column whose actions print their ids at the start of their text:
    the id is taken from there (and out of the text) when two rows or more, and at least half
    of them, start so, none twice; a lone "2.5 FTE posts …" is a quantity, not an id."""
    starts = [_LEADING_ID_RE.match(row.values.get("action", "")) for row in rows]
    found = [(m, row) for m, row in zip(starts, rows, strict=True) if m]
    ids = [canonical_action_id(m["id"]) if m["id"] else m["number"] for m, _ in found]
    if len(found) < 2 or len(found) * 2 < len(rows) or len(set(ids)) < len(ids):
        return
    for (m, row), action_id in zip(found, ids, strict=True):
        row.values["id"] = action_id or m["id"] or m["number"]
        row.values["action"] = m["text"].strip()


# an objective row's own label before its words: "Objective: Needs are met early"
_OBJECTIVE_LABEL_RE = re.compile(r"^(?:objective|outcome|aim|priority)\s*[:\u2013\u2014-]\s*", re.I)


def _objectives_in_rows(
    rows: list[LogicalRow], years: list[SourcedYear | None]
) -> tuple[list[LogicalRow], list[SourcedYear | None]]:
    """The rows less those printing an objective inside the table ("1 | Objective: Needs are
    met early", over 1.1 and 1.2): a numbered row whose next numbered row is its first child
    and that prints no deadline or status of its own names the objective of its children,
    and is no action. One with dates of its own is an action with sub-actions. A child that
    names no lead takes the objective's (a ruled PDF draws its lead cell empty)."""
    kept: list[tuple[LogicalRow, SourcedYear | None]] = []
    objective: LogicalRow | None = None  # the objective row above
    numbered = [r for r in rows if r.values.get("id")]
    following = dict(zip(map(id, numbered), numbered[1:], strict=False))
    for row, year in zip(rows, years, strict=True):
        own = row.values.get("id")
        after = following.get(id(row))
        if (
            own
            and after is not None
            and id_parent(after.values.get("id", "")) == own
            and row.values.get("action")
            and not any(row.values.get(k) for k in ("deadline", "start", "status"))
        ):
            objective = row
            continue
        if objective is not None and own and id_parent(own) == objective.values["id"]:
            row.objective_id = objective.values["id"]
            words = _OBJECTIVE_LABEL_RE.sub("", objective.values["action"]).strip()
            row.values.setdefault("objective", words)
            if not any(row.values.get(role) for role in LEAD_ROLES):
                row.values.update(
                    {r: objective.values[r] for r in LEAD_ROLES if r in objective.values}
                )
        kept.append((row, year))
    return [r for r, _ in kept], [y for _, y in kept]


def _complete_cut_ids(rows: list[LogicalRow]) -> None:
    """Ids whose last number the converter cut ("4.3." for 4.3.1, Hillingdon text): a lone
    two-part id between three-part ids of the same ambition, with no action numbered under
    it, is the first action under it. A plan that numbers a whole section with two parts
    (Hull 4.1 … 4.5) has two-part neighbours and keeps its ids."""
    numbered = [r for r in rows if r.values.get("id")]
    ids = {r.values["id"] for r in numbered}
    for before, row, after in zip(numbered, numbered[1:], numbered[2:], strict=False):
        cut = row.values["id"]
        if not re.fullmatch(r"\d{1,2}\.\d{1,2}", cut) or f"{cut}.1" in ids:
            continue
        around = (before.values["id"], after.values["id"])
        if all(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{1,2}[a-z]?", i) for i in around) and all(
            i.split(".")[0] == cut.split(".")[0] for i in around
        ):
            row.values["id"] = f"{cut}.1"
            row.id_as_printed = cut


def _repairs_of(row: LogicalRow, action_id: str) -> list[Diagnostic]:
    """Warnings for what the rows stage mended in a converter's output."""
    where = _where(row)
    out = []
    if row.id_inferred:
        message = f"action id {action_id} was not printed; read from the ids on either side of it"
        out.append(Diagnostic(code="W302", message=message, where=where))
    if row.id_as_printed:
        message = f"action id printed as {row.id_as_printed}.; its last number read as 1"
        out.append(Diagnostic(code="W302", message=message, where=where))
    if row.unfused:
        message = (
            f"action {action_id} was printed on one line with the action above it "
            "(two dates, two statuses); split in two"
        )
        out.append(Diagnostic(code="W303", message=message, where=where))
    return out


def _unread_deadline(row: LogicalRow, action: Action, year: SourcedYear | None) -> list[Diagnostic]:
    """A deadline cell whose wording gave no date, no recurrence and no state ("24-Apr": the
    24th of April, or April 2024?): the analyst is told rather than given a guess, and told
    why when the wording is a period printed without a year ("Q2")."""
    if not row.values.get("deadline") or action.due_kind != "none":
        return []
    reason = "not understood"
    period = yearless_period(action.due_text or "")
    if period and year is None:
        reason = "prints no year, and no heading or title over it names one"
    elif period and year and year[0].kind == "academic" and period[:1] in "Qq":
        # domain notes: quarters are a financial year's; an academic year has none
        reason = f"is a quarter, which the academic year {year[0]} {year[1]} names does not place"
    message = (
        f"action {action.action_id}: deadline {action.due_text!r} {reason}; due_date left empty"
    )
    return [Diagnostic(code="W401", message=message, where=_where(row))]


def _deadline_year(table: Table) -> SourcedYear | None:
    """The one year an action table's deadline column heading names ("Timescale 2025/26"),
    and the heading."""
    col = table.column("deadline")
    heading = table.header[col] if col is not None and col < len(table.header) else ""
    year = year_frame(heading)
    return (year, f"the deadline column heading {' '.join(heading.split())!r}") if year else None


# A deadline cell sending the reader to the action's words for its dates ("See action", "As
# per milestones", "Refer to milestones")
_POINTS_TO_ACTION_RE = re.compile(
    r"^\W*(?:see|as per|per|refer to|in line with)\s+(?:the\s+)?"
    r"(?:actions?|milestones?|text|description|timeline"
    r"|timescales? (?:in|within) (?:the )?action)\b",
    re.I,
)


def _dates(row: LogicalRow, year: YearFrame | None) -> tuple[Due, dt.date | None]:
    """The row's deadline and start, years they lack taken from `year`. The deadline is its
    cell's, else the dates in the action's own text, as plans without a deadline column print
    them ("… by May 2025"); a revised date ("Original date | Revised date") wins, even if
    earlier."""
    values = row.values
    if "deadline" in values:
        due = parse_due(values["deadline"], year=year)
        if due.due_kind == "none" and _POINTS_TO_ACTION_RE.match(values["deadline"]):
            # "See action", "As per milestones": the dates are the action's own
            scanned = parse_due(values.get("action", "").strip(), scan=True)
            due = scanned.model_copy(update={"due_text": due.due_text})
    else:
        due = parse_due(values.get("action", "").strip(), scan=True)
    revised = parse_due(row.revised_deadline, year=year)
    if revised.due_date:
        due = revised.model_copy(update={"due_text": due.due_text})
    start_text = values.get("start") or _labelled_start(values.get("deadline", ""))
    start = parse_due(start_text, year=year).due_date if start_text else None
    return due, start


# A deadline cell labelling the start it also prints: "Start: Sep 2025 End: Dec 2025",
# "Start date Oct 2025; End date Mar 2026"
_LABELLED_START_RE = re.compile(
    r"^\s*start(?:\s+date)?\s*[:\-–]?\s*(?P<start>.+?)\s*[;,]?\s*"
    r"\b(?:end|finish|due|completion)(?:\s+date)?\s*[:\-–]?\s*\S",
    re.I,
)


def _labelled_start(cell: str) -> str | None:
    m = _LABELLED_START_RE.match(cell)
    return m["start"] if m else None


def _where(row: LogicalRow) -> str:
    """Where a row was read, for a warning: its page in a PDF, its line in a text."""
    return f"line {row.line_no}" if row.page is None else f"page {row.page}"


def _enclosing_rec(action: Action, rec_ids: set[str]) -> str | None:
    """The innermost grouping area an action is nested under: its sub-area ("1.1" for 1.1.3)
    when the plan prints one, else its area ("4.0" for 4.2.5 and 4.3, Hounslow's area 4 has
    sub-areas without ids)."""
    action_id = action.action_id
    if action.objective_id in rec_ids and action_id.startswith(f"{action.objective_id}."):
        return action.objective_id
    area = f"{action_id.split('.')[0]}.0"
    if canonical_action_id(action_id) and area in rec_ids:
        return area
    return None


def _row_to_action(
    doc_id: str,
    action_id: str,
    row: LogicalRow,
    recs: dict[str, Recommendation],
    due: Due,
    start: dt.date | None,
) -> Action | None:
    values = row.values
    text = values.get("action", "").strip()
    if (
        not values.get("id")
        and len(re.findall(r"[A-Za-z]{2,}", text)) < 4
        and not _led_and_dated(values)
        and not _rated_and_dated(values, text)
    ):
        # grid cells under an action header ("74%", "Baseline Quarterly"); a short action
        # with a lead and a deadline of its own ("Map post-16 pathways") is an action, as is
        # a report's milestone with its date and status ("Recruit EHC coordinators")
        return None
    if not text and not (lead_text(values) or values.get("deadline")):
        return None  # a printed id with a lead is an action even when its text was lost
    ctx = row.context
    theme, objective, objective_id = ctx.theme, ctx.objective, None
    section_id = _section_objective_id(ctx)
    if section_id and canonical_action_id(action_id) and id_parent(action_id) != section_id:
        if ctx.objective_num and id_parent(action_id) == ctx.objective_num:
            # objectives numbered through the plan ("Theme 2" then "Objective 2" over 2.1):
            # the heading's own number is the actions'
            section_id = ctx.objective_num
        else:
            objective = None  # the heading above names another objective (Hillingdon 4.5)
    # grouping cells with ids: inspection areas and their sub-areas (nesting)
    for role in ("area", "group"):
        rec = _group_rec(values.get(role))
        if rec is None:
            continue
        rec_id, rec_text = rec
        parent = None if rec_id.endswith(".0") else f"{rec_id.split('.')[0]}.0"
        recs.setdefault(
            rec_id,
            Recommendation(
                doc_id=doc_id, rec_id=rec_id, parent_id=parent, text=rec_text, source="inspection"
            ),
        )
        if rec_id.endswith(".0"):
            theme = f"{rec_id} {rec_text}"
        else:
            objective, objective_id = rec_text, rec_id
    area_refs: list[str] = []
    labelled = labelled_rec_id(values.get("area") or "")
    if labelled is not None:
        # an area printed in the action's own row ("AFI 2", "Recommendation 1: Leaders …")
        # is the one the action answers, whatever heading is above the table
        area_refs = [labelled[0]]
        label = THEME_RE.match(values["area"].strip())
        if label and (theme is None or labelled_rec_id(theme) is not None):
            # the row's area is its theme, unless it sits under a priority of the plan's own
            # ("Priority 1", its rows citing "AFI 1", "AFIs 1 and 2")
            theme = " ".join(label["theme"].split())
        if labelled[1]:
            recs.setdefault(
                labelled[0],
                Recommendation(
                    doc_id=doc_id, rec_id=labelled[0], text=labelled[1], source="inspection"
                ),
            )
    else:
        area_refs = _areas_cited(values.get("area") or "")
        area = (values.get("area") or "").strip()
        if area and not area_refs and theme is None and len(area.split()) <= AREA_NAME_WORDS:
            # the area named in a word or two in the action's row ("Timeliness",
            # "Co-production"): the grouping it sits under, which link/fuzzy.py matches to
            # the areas' words (an area's own sentence, its id lost, stays no theme)
            theme = area
    if objective is None:
        grouping = values.get("objective") or values.get("group")
        if grouping and not _group_rec(grouping):
            objective = grouping
            label = THEME_RE.match(grouping.strip()) if theme is None else None
            if label:
                # "Priority 1: Timely assessment" printed in the row's priority column, as
                # a heading would head the table: its label the theme, its words the
                # objective
                theme = " ".join(label["theme"].split())
                objective = grouping.strip()[label.end() :].strip(" :.–—-") or None
    if objective_id is None:
        parent = id_parent(action_id) if canonical_action_id(action_id) else None
        if row.objective_id:
            objective_id = row.objective_id
        elif parent and parent.count(".") == 1:
            objective_id = parent
        elif section_id:
            objective_id = section_id
        elif ctx.objective_num and ctx.theme is None:
            objective_id = ctx.objective_num  # objectives numbered under no theme
    if theme is None and objective_id and f"{objective_id.split('.')[0]}.0" in recs:
        area = recs[f"{objective_id.split('.')[0]}.0"]
        theme = f"{area.rec_id} {area.text}"
    if objective_id and objective is None and objective_id in recs:
        objective = recs[objective_id].text
    lead = _lead_of(values)
    if lead.lead is None and ctx.lead:
        lead = parse_lead(ctx.lead)  # "Priority lead: …" under the theme heading
    refs = parse_id_list(values.get("refs", ""), numbers=True) + area_refs + cited_ids(text)
    refs += [r for r in cited_recs(text) if r not in refs]  # "Recruit … (AFI 1)"
    return Action(
        doc_id=doc_id,
        action_id=action_id,
        theme=theme,
        objective=objective,
        objective_id=objective_id,
        text=text,
        lead=lead.lead,
        lead_orgs=lead.lead_orgs,
        lead_roles=lead.lead_roles,
        due_text=due.due_text,
        due_date=due.due_date,
        due_kind=due.due_kind,
        start_date=start,
        status=values.get("status") or None,
        refs=refs,
        page=row.page,
    )


# Words an area cell citing areas by id may hold at most ("AFIs 1, 3 and 5", "All AFIs"); a
# longer cell is the area's own words.
_CITING_WORDS = 8


# Most words an area's name printed in a row has ("Quality of plans")
AREA_NAME_WORDS = 5


def _areas_cited(cell: str) -> list[str]:
    """The areas an area cell cites when it is nothing but citations ("AFI 2 / AFI 5", "AFIs
    1 and 3", "All"), else none: a cell of the area's words names it, not its id."""
    if not cell.strip() or len(cell.split()) > _CITING_WORDS:
        return []
    refs = parse_id_list(cell, numbers=True)
    return refs if refs and all(_names_recs(r) for r in refs) else []


def _lead_of(values: dict[str, str]) -> Lead:
    """The row's lead split into roles and organisations; where the plan prints the
    organisation in a column of its own ("Lead agency | Lead officer"), the roles are the lead
    column's alone, and that column gives only organisations ("All partners" is no part of
    the officer's role)."""
    printed = lead_text(values)
    if values.get("lead_name") and printed:
        # a person's name in a column of their own ("Lead name | Lead role") names no post:
        # the roles are read without it, the lead as printed keeps it
        lead = parse_lead(lead_text({k: v for k, v in values.items() if k != "lead_name"}))
        lead = lead.model_copy(update={"lead": complete_cut_heads(" ".join(printed.split()))})
    else:
        lead = parse_lead(printed)
    officer, body = values.get("lead", "").strip(" ,"), values.get("lead_org", "").strip(" ,")
    if not (officer and body):
        return lead
    own, bodies = parse_lead(officer), parse_lead(body)
    orgs = list(dict.fromkeys(own.lead_orgs + bodies.lead_orgs))
    return lead.model_copy(update={"lead_orgs": orgs, "lead_roles": own.lead_roles})


def lead_text(values: dict[str, str]) -> str | None:
    """The lead as printed: the person named in a column of their own, the lead column, then
    the organisation column where a plan prints it apart ("Jo Barnes; Head of SEND Services,
    Penrose Council"). A comma left at its end parted it from a deadline printed in the same
    cell ("Head of SEND," / "March 2026")."""
    name = (values.get("lead_name") or "").strip(" ,;")
    parts = (values.get("lead"), values.get("lead_org"))
    post = ", ".join(v.rstrip(" ,") for v in parts if v and v.rstrip(" ,"))
    return "; ".join(p for p in (name, post) if p) or None


def _led_and_dated(values: dict[str, str]) -> bool:
    """A row whose lead names a role or organisation and whose deadline gives a date."""
    lead, deadline = lead_text(values), values.get("deadline")
    return bool(lead and deadline and is_lead_cell(lead) and parse_due(deadline).due_date)


def _section_objective_id(ctx: Context) -> str | None:
    """The id of the objective heading a row sits under: numbered in full ("Objective 1.2")
    or within its theme ("Priority 1" then "Objective 2")."""
    if ctx.objective_num and "." in ctx.objective_num:
        return ctx.objective_num
    if ctx.theme_num and ctx.objective_num:
        return f"{ctx.theme_num}.{ctx.objective_num}"
    return None


def _rated_and_dated(values: dict[str, str], text: str) -> bool:
    """A row of words whose deadline gives a date and whose status cell opens with a status:
    a milestone of a report that names no lead."""
    deadline, status = values.get("deadline"), values.get("status", "")
    return bool(
        re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}", text)
        and deadline
        and parse_due(deadline).due_date
        and opens_with_a_status(status)
    )


def rec_refs(action: Action) -> list[str]:
    """The refs of an action that name recommendations (AFI2, "All AFIs"), not sources (SEF,
    DBV)."""
    return [r for r in action.refs if _names_recs(r)]


def _names_recs(ref: str) -> bool:
    """A ref naming recommendations: an id (AFI2, W1, a bare number) or all of them ("All
    AFIs")."""
    return bool(_REC_REF_RE.match(ref)) or cites_all(ref) is not None
