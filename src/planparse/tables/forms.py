"""Action and measure forms to table rows: plans that print each as labelled fields.

Not every plan prints a table. Some print each action as a short form, one field a line
("Action: …", "Lead: …", "Timescale: …", often under an "Action 1.1" line), each measure
so ("KPI 1: …", "Baseline (2024/25): 41%", "Target 2025/26: 60%"), or as a table of
two columns, labels left and values right, one such table per action. Either way the labels
are the header names councils print (tables/vocab.toml). A run of such forms is rewritten
here as the header row and body rows a table would print, so that everything after (table
finding, fields, links) reads it as it reads any table. Blocks that are no form pass as
they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from planparse.fields.dates import parse_due
from planparse.fields.ids import id_column_id, measure_id_of
from planparse.fields.leads import names_role
from planparse.layout import PLAN_WIDE_HEADING_RE
from planparse.read.raw import DRAWN_EMPTY, Block
from planparse.tables.roles import header_to_role, names_period, row_to_roles, table_kind
from planparse.tables.rows import LEAD_ROLES

# "Lead officer: Head of SEND", "Timescale – by June 2025": a label of a few words, no digits
# (a label with a number is a heading: "Priority 1:", "Area for improvement 2:") unless they
# are the period of a figure ("Target 2025/26: 60%")
_FIELD_RE = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z0-9 /&()'’.-]{0,40}?)\s*(?::|\s[–—]\s)\s*(?P<value>.*)$"
)
# "Action 1.1", "Action 1.1: Publish …", "Ref: 1.1", "Action no. 3 – …": an action's id
_ID_LINE_RE = re.compile(
    r"^(?P<label>action|ref(?:erence)?|action\s+(?:no|number|ref)\.?|no\.?)\s*:?\s*"
    r"(?P<id>[A-Za-z]{0,4}\s?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\.?"
    r"(?:\s*(?::|[–—-])\s*(?P<text>.*))?$",
    re.I,
)
# "Measure 1: % of EHC plans issued in 20 weeks", "KPI 2 – …": a measure's form opens
MEASURE_LINE_RE = re.compile(
    r"^(?P<label>(?:(?:success|impact|outcome|performance)\s+)?(?:measure|kpi|indicator))\s*"
    r"(?P<number>[A-Za-z]{0,2}\d{1,3}(?:\.\d{1,3})?)\s*(?::|[–—-])\s*(?P<text>\S.*)$",
    re.I,
)
# An action whose fields follow it on its own line: "Roll out the toolkit (Lead: Early Years
# SEND Manager; by September 2025)", "Publish the guide – Lead: Local Offer Manager – July 2025"
_INLINE_RE = re.compile(
    r"^(?P<action>.{8,}?)\s*(?:\((?P<paren>[A-Za-z][A-Za-z /&'’-]{0,40}:[^()]+)\)"
    r"|\s[–—-]\s(?P<dash>[A-Z][A-Za-z /&'’-]{0,40}:.+?)"
    # or after the action's sentence: "1.1 Recruit locums. Lead: Principal EP. Due: April 2025."
    r"|(?<=[.!?])\s+(?P<after>[A-Z][A-Za-z /&'’-]{0,40}:.+?))\s*\.?$"
)
# between fields printed on one line: "Lead: Head of SEND | Deadline: June 2025; RAG: Green";
# in an action line's brackets also before its date: "(Lead: Head of Nursing, by March 2026)"
# and after a sentence, before the next field's label: "Risk: … December. Mitigation: …"
_FIELD_SEP = r"\s*[;|]\s*|\s[–—-]\s|(?<=[.!?])\s+(?=[A-Z][A-Za-z /&'’-]{0,40}:\s)"
_FIELD_SEP_RE = re.compile(f"({_FIELD_SEP})")
_INLINE_SEP_RE = re.compile(rf"({_FIELD_SEP}|,\s*(?=(?:by|due|from)\b))", re.I)
# A label names one of these to be a form's field; "area" and "objective" are left out, as
# plans print those as the headings layout.py reads ("Area for improvement 1: …").
FORM_ROLES = frozenset(
    {
        "id",
        "action",
        "lead",
        "lead_org",
        "partners",
        "start",
        "review",
        "deadline",
        "status",
        "outcome",
        "impact_measure",
        "commentary",
        "refs",
        "measure",
        "baseline",
        "target",
        "source",
        "issue",
        "mitigation",
    }
)
MAX_LABEL_WORDS = 5
_FIGURE_ROLES = frozenset({"baseline", "target"})


@dataclass
class _Field:
    role: str
    label: str
    value: str

    @property
    def key(self) -> str:
        """The column the field fills: its role, or for a figure its label, which names its
        period ("Target 2025/26" beside "Target 2026/27" in one form)."""
        return self.label if self.role in _FIGURE_ROLES and names_period(self.label) else self.role


@dataclass
class _Form:
    """One action's fields, in the order printed."""

    fields: list[_Field] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)  # indexes of the blocks it was read from

    def roles(self) -> set[str]:
        return {f.role for f in self.fields}

    def columns(self) -> set[str]:
        return {f.key for f in self.fields}

    def id(self) -> str | None:
        return next((f.value for f in self.fields if f.role == "id"), None)


def label_role(label: str) -> str | None:
    """The role a form's label names, or None: a few words, no number unless it is a figure's
    period ("Target 2025/26"), a role forms have."""
    label = label.strip().rstrip(":").strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    role = header_to_role(label)
    if any(ch.isdigit() for ch in label):
        return role if role in _FIGURE_ROLES and names_period(label) else None
    return role if role in FORM_ROLES else None


# A line labelled before a colon: "Date completed: 7 November 2025", "Overall status: On track"
_LABELLED_LINE_RE = re.compile(r"^[A-Z][A-Za-z /&()'’-]{0,40}:\s+\S")


def is_labelled_line(text: str) -> bool:
    """Whether a line opens with a label and a colon, a cover fact or a form's field."""
    return bool(_LABELLED_LINE_RE.match(text.strip()))


# Fields a form may list as bullets ("- **Lead:** Head of SEND", "- **Due:** October
# 2025" in a markdown plan): who, when and how it stands, which no bullet of prose opens with
_LISTED_FIELD_ROLES = frozenset({"lead", "deadline", "lead_deadline", "status"})


def form_fields(block: Block) -> list[_Field]:
    """The labelled fields one block prints: a "Label: value" line, an "Action 1.1" line, or
    a two-cell row whose left cell is a label; none for any other block."""
    if block.kind == "line" and not block.heading_level:
        inline = _inline_fields(block.text.strip(), listed=block.bullet)
        if inline:
            return inline
    if block.kind == "line" and not block.bullet:
        text = block.text.strip()
        id_line = _ID_LINE_RE.match(text)
        if id_line and id_column_id(id_line["id"]):
            found = [_Field("id", "Ref", " ".join(id_line["id"].split()))]
            if id_line["text"]:
                found.append(_Field("action", "Action", id_line["text"].strip()))
            return found
        if block.heading_level:
            return []
        if measure_line := MEASURE_LINE_RE.match(text):
            # its id, where it is one a grid prints ("KPI 1"; "Measure 1" is a count)
            own = measure_id_of(f"{measure_line['label']} {measure_line['number']}")
            head = [_Field("id", "Ref", own)] if own else []
            return [*head, _Field("measure", "Measure", measure_line["text"].strip())]
    if block.kind == "line" and not block.heading_level:
        m = _FIELD_RE.match(block.text.strip())
        role = label_role(m["label"]) if m else None
        if m and role and (not block.bullet or role in _LISTED_FIELD_ROLES):
            return _one_line_fields(_Field(role, m["label"].strip(), m["value"].strip()))
        return []
    if block.kind == "row":
        filled = [(i, c) for i, c in enumerate(block.cells) if c.strip()]
        if len(filled) == 2 and [i for i, _ in filled] == [0, 1]:
            label, value = filled[0][1], filled[1][1]
            role = label_role(label)
            if role and header_to_role(value) is None:
                return [_Field(role, label.strip().rstrip(":").strip(), value)]
    return []


def _one_line_fields(first: _Field) -> list[_Field]:
    """A labelled line's fields: the first, and each later piece that opens with a label of
    its own ("| Deadline: June 2025")."""
    pieces = _FIELD_SEP_RE.split(first.value)
    return _pieces_to_fields([_Field(first.role, first.label, pieces[0])], pieces[1:])


def _pieces_to_fields(found: list[_Field], rest: list[str], dated: bool = False) -> list[_Field]:
    """`found` and the fields of `rest` (separator, piece, separator, piece…): a piece that
    opens with a label of its own is a field; when `dated`, a date wording with none is the
    deadline ("by March 2026"); any other piece stays in the value before it, as printed
    ("Lead: Local Offer Manager; Brampton Parent Carer Forum")."""
    for sep, piece in zip(rest[0::2], rest[1::2], strict=True):
        m = _FIELD_RE.match(piece)
        role = label_role(m["label"]) if m else None
        if m and role:
            found.append(_Field(role, m["label"].strip(), m["value"].strip()))
        elif found and dated and parse_due(piece).due_kind != "none":
            found.append(_Field("deadline", "By when", piece.strip()))
        elif found:
            found[-1].value += sep + piece
    return found


def _inline_fields(text: str, listed: bool = False) -> list[_Field]:
    """An action line's own fields: its id when it opens with one, its words, and the fields
    after them; none unless a labelled lead is among them, the sign of an action line, or
    the line opens with an id and ends with a lead and a date printed with no labels."""
    m = _INLINE_RE.match(text)
    if not m:
        return _unlabelled_fields(text, listed)
    if form_fields(Block(kind="line", text=m["action"])):
        return []  # "Lead: Head of SEND – Deadline: June 2025": a labelled line's fields
    fields = m["paren"] or m["dash"] or m["after"]
    found = _pieces_to_fields([], ["", *_INLINE_SEP_RE.split(fields)], True)
    if not any(f.role in LEAD_ROLES for f in found):
        return _unlabelled_fields(text, listed)
    if m["after"]:
        for f in found:  # fields printed as sentences: a full stop ends each, no part of it
            f.value = f.value.rstrip(".").strip()
    action = m["action"].strip()
    opens, rest = _opening_id(action)
    head = [_Field("id", "Ref", opens), _Field("action", "Action", rest)] if opens and rest else []
    return (head or [_Field("action", "Action", action)]) + found


# An action line whose lead and date follow it with no labels: "1.1 Roll out the toolkit
# (Early Years SEND Manager, Ashcombe Council, September 2025)", "2.1 Publish the guide –
# Local Offer Manager – by July 2025"
_BRACKETED_END_RE = re.compile(r"^(?P<action>.{8,}?)\s*\((?P<inside>[^()]+)\)\s*\.?$")
_BARE_SEP_RE = re.compile(rf"({_FIELD_SEP}|,\s*)")  # with no labels, a comma parts fields too
_DASH_SEP_RE = re.compile(r"(\s[–—-]\s)")
MAX_DATE_WORDS = 6


def _unlabelled_fields(text: str, listed: bool = False) -> list[_Field]:
    """Id, action, lead and deadline of a line that opens with an id and ends with a lead
    and a date in brackets or after dashes, either first; none when the end is not a date
    and words naming a role (`names_role`: with no label to vouch for it, an organisation
    alone, "(Ofsted, 2023)", is a citation). A bullet with no id ends so too ("• Recruit
    three EHC coordinators – Head of SEND – October 2025"): its action, lead and date."""
    opens, rest = _opening_id(text)
    if not opens:
        if not listed:
            return []
        rest = text
    m = _BRACKETED_END_RE.match(rest)
    if m:
        action, pieces = m["action"], _BARE_SEP_RE.split(m["inside"].strip())
    else:
        parts = _DASH_SEP_RE.split(rest.strip().rstrip("."))
        if len(parts) < 5:
            return []
        action, pieces = "".join(parts[:-4]), parts[-3:]
    if len(pieces) < 3:
        return []
    if _is_date_piece(pieces[-1]):
        lead, due = "".join(pieces[:-2]), pieces[-1]
    elif _is_date_piece(pieces[0]):
        lead, due = "".join(pieces[2:]), pieces[0]
    else:
        return []
    if not (names_role(lead) and parse_due(lead).due_kind == "none"):
        return []
    head = [_Field("id", "Ref", opens)] if opens else []
    return [
        *head,
        _Field("action", "Action", action.strip()),
        _Field("lead", "Lead", lead.strip()),
        _Field("deadline", "By when", due.strip()),
    ]


def _is_date_piece(piece: str) -> bool:
    """A few words that say when: "September 2025", "by July 2025", "Ongoing", "TBC"."""
    return len(piece.split()) <= MAX_DATE_WORDS and parse_due(piece).due_kind != "none"


def _opening_id(text: str) -> tuple[str | None, str]:
    """The id a line opens with ("1.1", "2.3.", "P1.2:") and the words after it; (None, …)
    when its first word is no id."""
    first, _, rest = text.strip().partition(" ")
    return id_column_id(first.rstrip(".:")), rest


def _rest_of_value(block: Block, above: Block) -> bool:
    """A two-cell row under a form's row with only its value cell filled."""
    return (
        block.kind == "row"
        and above.kind == "row"
        and len(block.cells) == 2
        and not block.cells[0].strip()
        and bool(block.cells[1].strip())
    )


def _sibling_action(form: _Form, block: Block) -> list[_Field]:
    """An id and action for a line in a list of one-line actions ("1.1 Roll out … (Lead: …;
    by …)") that opens with the next id of the list but prints no lead or date: the list's
    action all the same ("2.3 Agree an inclusion charter …"); none for any other line."""
    one_line = len(form.blocks) == 1 and {"action", "lead"} <= form.roles()
    above = form.id()
    if not (one_line and above and block.kind == "line" and not block.heading_level):
        return []
    own, rest = _opening_id(block.text)
    stem, _, last = above.rpartition(".")
    if not (own and rest and last.isdigit()) or own != f"{stem}.{int(last) + 1}".lstrip("."):
        return []
    return [_Field("id", "Ref", own), _Field("action", "Action", rest)]


def _next_fields(blocks: list[Block], start: int) -> tuple[list[_Field], bool]:
    """The fields of the first block at or after `start` that is not blank, and whether that
    block opens a new form by its own id or number ("Action 2.1", "Measure 1: …")."""
    for block in blocks[start:]:
        if block.kind != "blank":
            found = form_fields(block)
            numbered = block.kind == "line" and bool(MEASURE_LINE_RE.match(block.text.strip()))
            return found, bool(found) and (found[0].role == "id" or numbered)
    return [], False


def _continues(value: str, block: Block) -> str:
    line = f"• {block.text}" if block.bullet else block.text
    return f"{value} {line}".strip()


def _rest_under_repeated_id(
    forms: list[_Form], first: _Field, block: Block, before: Block
) -> str | None:
    """What a new page's first row adds after the open form's id when it prints that id again
    (the form's first row repeated over the break), or None."""
    if not forms or first.role != "id" or block.page == before.page or not forms[-1].fields:
        return None
    own = forms[-1].id()
    if own is None or not first.value.startswith(f"{own} "):
        return None
    return first.value[len(own) :].strip()


def _read_forms(blocks: list[Block], start: int) -> tuple[list[_Form], int]:
    """The forms printed one after another from `start`, and the index after the last block
    they use. A field whose role the open form already has starts the next form; so does an
    id line. A line that is no field belongs to the field above it when another field of the
    same form follows it (a value wrapped or listed over lines); otherwise the run ends."""
    forms: list[_Form] = []
    i, end = start, start
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "blank":
            i += 1
            continue
        found = form_fields(block)
        if found:
            if forms and found[0].role == "id" and found[0].value == forms[-1].id():
                found = found[1:]  # a form's first row printed again over a page break
            elif rest := _rest_under_repeated_id(forms, found[0], block, blocks[end - 1]):
                # a field cut by the page break goes on beside the repeated first row, as a
                # borderless form prints it ("Ref | 2.1" over "NHS Kingsmere ICB")
                forms[-1].fields[-1].value = f"{forms[-1].fields[-1].value} {rest}"
                found = found[1:]
            elif found[0].role == "id" or not forms or found[0].key in forms[-1].columns():
                forms.append(_Form())
            forms[-1].fields.extend(found)
            forms[-1].blocks.append(i)
            i = end = i + 1
            continue
        if forms and _rest_of_value(block, blocks[forms[-1].blocks[-1]]):
            # a value wrapped onto a row of its own, its label cell empty: the cell a page
            # break cut in a ruled table of labels and values ("Lead | Designated" over
            # " | Clinical Officer")
            last = forms[-1].fields[-1]
            last.value = f"{last.value} {block.cells[1].strip()}".strip()
            forms[-1].blocks.append(i)
            i = end = i + 1
            continue
        if forms and (sibling := _sibling_action(forms[-1], block)):
            forms.append(_Form(sibling, [i]))
            i = end = i + 1
            continue
        if not forms or block.kind != "line":
            break
        j = i
        while (
            j < len(blocks) and blocks[j].kind in ("line", "blank") and not form_fields(blocks[j])
        ):
            j += 1
        if any(_heads_a_section(blocks[k]) for k in range(i, j)):
            break  # "Risks and issues" over risks: no rest of the value above
        after, opens_form = _next_fields(blocks, j)
        form = forms[-1]
        if not after or opens_form or after[0].key in form.columns():
            break  # the lines head what follows ("Measuring our progress" over "Measure 1: …")
        last = form.fields[-1]
        for k in range(i, j):
            if blocks[k].kind == "line":
                last.value = _continues(last.value, blocks[k])
                form.blocks.append(k)
        i = end = j
    return forms, end


def _heads_a_section(block: Block) -> bool:
    """A heading over a section of its own (risks, success measures, progress), which no
    form's value runs on into."""
    return (
        block.kind == "line" and not block.bullet and bool(PLAN_WIDE_HEADING_RE.match(block.text))
    )


def _is_table(forms: list[_Form]) -> bool:
    """Forms that make a table the later stages read: an action, risk or measure table, of
    two forms or more, or one form of three fields or more, or one risk and its mitigation
    ("Risk: … Mitigation: …": a pair of labels no prose prints by chance)."""
    if not forms:
        return False
    kind = table_kind(list(dict.fromkeys(role for form in forms for role in form.roles())))
    if kind not in {"action", "risk", "grid"}:
        return False
    return len(forms) >= 2 or len(forms[0].fields) >= 3 or kind == "risk"


def _as_rows(forms: list[_Form], blocks: list[Block]) -> list[Block]:
    """The forms as tables: a table for each run of forms whose figures name the same periods
    (measures with baselines and targets for other years are another grid's)."""
    rows: list[Block] = []
    run: list[_Form] = []
    for form in forms:
        if run and _periods(form) and _periods(form) != _periods(run[0]):
            rows.extend(_as_table(run, blocks))
            run = []
        run.append(form)
    return rows + _as_table(run, blocks)


def _periods(form: _Form) -> set[str]:
    """The labels of a form's figures that name their period ("Target 2025/26")."""
    return {f.key for f in form.fields if f.key != f.role}


def _as_table(forms: list[_Form], blocks: list[Block]) -> list[Block]:
    """A header row of every label the forms use (the first label for each role), then a row
    per form, on the page and line its first field is printed."""
    labels: dict[str, str] = {}
    for form in forms:
        for f in form.fields:
            labels.setdefault(f.key, f.label)
    keys = list(labels)
    first = blocks[forms[0].blocks[0]]
    header = replace(
        first, kind="row", text="", cells=tuple(labels.values()), table_break=True, bullet=False
    )
    rows = [header]
    for form in forms:
        # a field a form does not print is empty, not the one the form above printed
        values: dict[str, str] = dict.fromkeys(keys, DRAWN_EMPTY)
        for f in form.fields:
            values[f.key] = f"{values[f.key]} {f.value}".strip() or DRAWN_EMPTY
        rows.append(
            replace(
                blocks[form.blocks[0]],
                kind="row",
                text="",
                cells=tuple(values.values()),
                bullet=False,
                heading_level=0,
                table_break=False,
            )
        )
    return rows


def _id_over_fields(blocks: list[Block], i: int) -> Block | None:
    """A line opening with an id over an action's labelled fields ("A1  Commission a SALT
    service" over "Lead: …", "Target date: …"), as the form's id line "Action A1: …" would
    be; None for any other block."""
    block = blocks[i]
    if block.kind != "line" or block.heading_level or block.bullet:
        return None
    own, rest = _opening_id(block.text)
    if not own or len(rest.split()) < 2 or form_fields(block):
        return None
    after, opens_form = _next_fields(blocks, i + 1)
    if not after or opens_form or after[0].role in ("id", "action"):
        return None
    return replace(block, text=f"Action {own}: {rest.strip()}")


def _milestones_under(form: _Form, blocks: list[Block], start: int) -> int:
    """A table of the form's milestones printed under it ("Milestone | Date | Status": no id
    and no lead of its own), folded into the form's action as its milestones are in an
    action cell ("… → Posts advertised, Jul 2025 (Complete)"); the index after it, or
    `start` when none follows."""
    j = start
    while j < len(blocks) and blocks[j].kind == "blank":
        j += 1
    roles = row_to_roles(blocks[j].cells) if j < len(blocks) and blocks[j].kind == "row" else None
    action = next((f for f in form.fields if f.role == "action"), None)
    if (
        roles is None
        or action is None
        or not {"action", "deadline"} <= set(roles)
        or set(roles) & {"id", "lead", "lead_org"}
    ):
        return start
    form.blocks.append(j)
    header, page, k = blocks[j].cells, blocks[j].page, j + 1
    while k < len(blocks):
        if blocks[k].kind == "blank":
            # a gap ends the table, but for a page break it goes on over (its header
            # printed again or not)
            after = next((b for b in blocks[k:] if b.kind != "blank"), None)
            if after is None or after.kind != "row" or after.page in (None, page):
                break
            k += 1
            continue
        if blocks[k].kind != "row":
            break
        page = blocks[k].page
        if blocks[k].cells == header:
            form.blocks.append(k)  # the header printed again over a page break
            k += 1
            continue
        cells = dict(zip(roles, blocks[k].cells, strict=False))
        what, when = cells.get("action", "").strip(), cells.get("deadline", "").strip()
        state = (cells.get("status") or "").strip()
        if what:
            step = ", ".join(p for p in (what, when) if p) + (f" ({state})" if state else "")
            action.value = f"{action.value} → {step}"
        form.blocks.append(k)
        k += 1
    return k


def unfold_forms(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of action forms replaced by the table rows it stands for."""
    # read with an id over its fields as the form's id line; a run that is no table is
    # passed on as printed
    read = [_id_over_fields(blocks, i) or block for i, block in enumerate(blocks)]
    out: list[Block] = []
    i = 0
    while i < len(read):
        if not form_fields(read[i]):
            out.append(blocks[i])
            i += 1
            continue
        forms, end = _read_forms(read, i)
        if not _is_table(forms):
            # a run read from any later field of it has fewer roles and fields: no table
            # either, so the run is passed over whole rather than read again from each field
            out.extend(blocks[i:end])
            i = end
            continue
        end = _milestones_under(forms[-1], read, end)
        used = {k for form in forms for k in form.blocks}
        out.extend(_as_rows(forms, read))
        out.extend(b for k, b in enumerate(blocks[i:end], start=i) if k not in used)
        i = end
    return out
