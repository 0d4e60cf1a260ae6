"""Blocks to sections: which ambition, priority or objective each line sits under.

Takes the RawDocument's blocks and adds a `Context` to each: the current theme ("Ambition
Group 1", "1. To work towards …") and objective ("Objective 2: Review and refine …").
Plans print these as headings above their tables, so the tables stage reads them from here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from planparse.fields.dates import year_frame
from planparse.fields.ids import AFI_LABEL, PRIORITY_ACTION_LABEL, WEAKNESS_LABEL, labelled_rec_id
from planparse.fields.ocr import folded_index, ocr_fold
from planparse.read.raw import Block
from planparse.tables.roles import strip_header_tail

# "Ambition Group 1", "AMBITION GROUP 4", "Ambition 2", "Priority 3", "Area for improvement 2"
THEME_RE = re.compile(
    # "Our ambition 1: …": the theme is "Ambition 1"
    r"^(?:our\s+)?(?P<theme>"
    # "AFI1 – Quality of health advice", "APA2 – …": an inspection's area by its id, the
    # number set close (not an action's id, "AFI1.1")
    r"(?-i:AFI|APA|PA|WSOA)\d{1,2}(?![.\d])"
    r"|(?:(?:strategic|key|improvement)\s+)?(?:ambition(?:\s+group)?|priority(?:\s+area)?|theme"
    r"|outcome|aim|goal|commitment|pledge"
    # "Improvement area 1: Early help", "Focus area 2", "Strand 3", "Pillar 1"
    r"|improvement\s+area|focus\s+area|area\s+of\s+focus|strand|pillar"
    rf"|{AFI_LABEL}|AFI|{WEAKNESS_LABEL}|{PRIORITY_ACTION_LABEL}"
    r"|recommendation"
    # "Section 1: Assessment and planning", not "Section 2 of the Act"; "Workstream A – …",
    # not a plan's prose on "Workstream one" (Hull)
    r"|(?:section|work\s?stream)(?=\s+(?:\d{1,2}|[A-H])\s*[:.\u2013\u2014-]))"
    r"\s+(?:\d+|one|two|three|four|five|six"
    # a capital letter before a colon or dash: "Priority A: Identification of need"
    r"|(?-i:[A-H])(?=\s*[:.\u2013\u2014-])))\b",
    re.I,
)
# "Workstream 1: EHCP timeliness": a highlight report's grouping of its progress. Read as a
# theme only in a report (`workstream_reading`): a plan's prose names workstreams too (Hull's
# "Workstream one" paragraphs).
_WORKSTREAM_RE = re.compile(
    r"^(?P<theme>work\s?stream\s+(?:\d+|one|two|three|four|five|six))\b", re.I
)
_READS_WORKSTREAMS: ContextVar[bool] = ContextVar("reads_workstreams", default=False)


@contextmanager
def workstream_reading(on: bool) -> Iterator[None]:
    """Read "Workstream 1: …" headings as themes while the block runs (a highlight report)."""
    token = _READS_WORKSTREAMS.set(on)
    try:
        yield
    finally:
        _READS_WORKSTREAMS.reset(token)


# "1. To work towards having clear …": a numbered strategic priority heading
NUMBERED_THEME_RE = re.compile(r"^(?P<num>\d{1,2})\.\s+(?P<text>To\s.{10,})$")
# "Objective 1: Review and refine early intervention offer", "Objective 2 – Support while …"
OBJECTIVE_RE = re.compile(
    r"\bobjective\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)\s*(?:[:.]|[\u2013\u2014-](?=\s))\s*(?P<text>.+)$",
    re.I,
)
# "Objective: Every child in need has a timely assessment …": an objective the plan does not
# number, labelled at the start of its line
UNNUMBERED_OBJECTIVE_RE = re.compile(r"^objective\s*:\s*(?P<text>\S.{9,})$", re.I)
# A heading over the whole plan's measures, progress or risks ("How we will measure success",
# "Delivery progress (Quarter 2 2025/26)", "5. Risks"): printed once, what follows sits under
# no priority, so the theme above ends there (was: the last priority's, given to every risk).
# Printed under each priority in turn (a highlight report's "Risks" per ambition group), it
# is the priority's own section and the theme stands.
PLAN_WIDE_HEADING_RE = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:"
    r"(?:key\s+)?risks?(?:\s+(?:register|log|and\s+issues))?|risks?\s+and\s+issues"
    r"|how\s+we\s+will\s+(?:measure|know)\b.*"
    r"|measur(?:es|ing)\s+(?:of\s+)?(?:our\s+)?(?:success|progress|impact)"
    r"|monitoring\s+(?:our\s+)?(?:progress|impact)"
    r"|(?:key\s+)?success\s+measures|(?:key\s+)?performance\s+(?:indicators|measures)|kpis"
    r"|delivery\s+progress|progress\s+(?:summary|update)|governance\b.*|appendix\b.*|glossary"
    r")\s*(?:\(.*\))?$",
    re.I,
)


@dataclass(frozen=True)
class Context:
    """Where a block sits in the document's outline."""

    theme: str | None = None
    theme_num: str | None = None
    objective: str | None = None
    objective_num: str | None = None
    heading: str | None = None  # the last heading-like line seen
    # the last heading naming the one year its section covers ("Year 1 (2025/26)"), kept
    # under the themes below it: deadlines there printed without a year fall in that year
    year_heading: str | None = None
    # the lead a theme names on a line of its own ("Priority lead: Head of Early Years"):
    # the lead of its actions that name none
    lead: str | None = None


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}


def _number(text: str) -> str | None:
    m = re.search(r"(\d+|one|two|three|four|five|six)\s*$", text, re.I)
    if not m:
        return None
    return _NUMBER_WORDS.get(m.group(1).lower(), m.group(1))


# The words a theme heading opens with, by their OCR-folded form: "Prlority 1" is Priority 1
_FOLDED_LABELS = folded_index(
    (label, label.title())
    for label in ("priority", "ambition", "theme", "outcome", "objective", "workstream")
)
_NUMBERED_OPENING_RE = re.compile(
    r"^(?P<word>[A-Za-z0-9]{4,10})(?=\s+(?:\d|one|two|three)\b)", re.I
)


def _mend_misread_label(text: str) -> str:
    """A heading whose opening label a scan misread letter for letter ("Prlority 1: …",
    "Outcorne 2"), the label written again; any other line as it is. Asked of a line no
    theme heading matched as printed."""
    m = _NUMBERED_OPENING_RE.match(text)
    if not m:
        return text
    label = _FOLDED_LABELS.get(ocr_fold(m["word"].lower()))
    return f"{label}{text[m.end() :]}" if label else text


# A table's caption: "Table 1: Actions for Priority 1 – Timely assessment", "Figure 2."
_CAPTION_RE = re.compile(r"^(?:table|figure)\s+\d{1,2}[.:]?\s+(?P<rest>\S.*)$", re.I)
# words a caption puts before the heading it names: "Actions for", "Success measures under"
_CAPTION_LEAD_RE = re.compile(r"^(?:[A-Za-z]+\s+){0,3}(?:for|under|against|in)\s+", re.I)


def _uncaptioned(text: str) -> str:
    """A caption naming a heading, as that heading ("Table 1: Actions for Priority 1 – …" is
    "Priority 1 – …"); any other line as it is."""
    caption = _CAPTION_RE.match(text)
    if caption is None:
        return text
    rest = caption["rest"]
    lead = _CAPTION_LEAD_RE.match(rest)
    named = rest[lead.end() :] if lead else rest
    return named if THEME_RE.match(named) else text


def update_context(ctx: Context, text: str) -> Context:
    """The context after reading one line of prose (a heading changes it, prose does not)."""
    text = _uncaptioned(text.strip())
    theme = THEME_RE.match(text)
    if theme is None and (mended := _mend_misread_label(text)) != text:
        text, theme = mended, THEME_RE.match(mended)
    if theme is None and _READS_WORKSTREAMS.get():
        theme = _WORKSTREAM_RE.match(text)
    if theme:
        name = " ".join(theme["theme"].split())
        name = name[:1].upper() + name[1:]  # "ambition 1" after "Our"
        if name.isupper():  # "AMBITION GROUP 4" -> "Ambition Group 4", "PRIORITY ONE" ->
            # "Priority One"; "AFI 2" and "APA1" stay
            name = " ".join(
                w
                if (len(w) <= 3 or not w.isalpha()) and w.lower() not in _NUMBER_WORDS
                else w.title()
                for w in name.split()
            )
        ctx = Context(theme=name, theme_num=_number(name), year_heading=ctx.year_heading)
        rest = text[theme.end() :]
        objective = OBJECTIVE_RE.search(rest)
        if objective:
            ctx = replace(
                ctx,
                objective=strip_header_tail(objective["text"].strip()),
                objective_num=objective["num"],
            )
        return replace(ctx, heading=text)
    numbered = NUMBERED_THEME_RE.match(text)
    if numbered and len(text) < 400:
        return Context(
            theme=text, theme_num=numbered["num"], heading=text, year_heading=ctx.year_heading
        )
    objective = OBJECTIVE_RE.match(text) or (OBJECTIVE_RE.search(text) if len(text) < 200 else None)
    if objective and objective.start() < 5:
        if objective["num"] == ctx.objective_num and ctx.objective:
            return ctx  # the same objective printed again (a noisier copy: "tillee-tiered")
        return replace(
            ctx,
            objective=strip_header_tail(objective["text"].strip()),
            objective_num=objective["num"],
            heading=text,
        )
    unnumbered = UNNUMBERED_OBJECTIVE_RE.match(text)
    if unnumbered and len(text) < 250:
        objective_text = strip_header_tail(unnumbered["text"].strip())
        return replace(ctx, objective=objective_text, objective_num=None, heading=text)
    section_lead = _SECTION_LEAD_RE.match(text)
    if section_lead and ctx.theme and ctx.lead is None:
        return replace(ctx, lead=section_lead["lead"].strip(), heading=text)
    if len(text) < 120 and not text.endswith((".", ",", ";")):
        year_heading = text if names_section_year(text) else ctx.year_heading
        return replace(ctx, heading=text, year_heading=year_heading)
    return ctx


# A theme's lead on a line of its own: "Priority lead: Head of Early Years", "Lead officer:
# …", "Senior responsible officer: …", "Workstream lead: …"
_SECTION_LEAD_RE = re.compile(
    r"^(?:(?:priority|theme|ambition|workstream|objective|area|outcome|programme)\s+)?"
    r"(?:lead(?:\s+officer)?|owner|senior\s+responsible\s+(?:officer|owner)|sro"
    r"|accountable\s+(?:lead|officer))\s*:\s*(?P<lead>\S.{1,100})$",
    re.I,
)


# A year printed as a span ("2025/26", "2025-26", "2025 to 2026"), and a heading numbering
# the plan's years or phases ("Year 1", "Phase two")
_YEAR_SPAN_RE = re.compile(r"\b20\d{2}\s*(?:[/\-–]|to)\s*(?:20)?\d{2}\b", re.I)
_NUMBERED_YEAR_RE = re.compile(r"^(?:year|phase|stage)\s+(?:\d|one|two|three|four|five)\b", re.I)


def names_section_year(text: str) -> bool:
    """A short heading naming the one year its section covers: "Year 1 (2025/26)", "Phase 2:
    2026", "Actions for 2025-26". A calendar year alone counts only after "Year N" or "Phase
    N", as a heading's "2023" more often names an inspection or a report than a plan year."""
    text = " ".join(text.split())
    # the two patterns first: `year_frame` runs every date pattern, and most headings fail
    return (
        len(text.split()) <= 8
        and bool(_YEAR_SPAN_RE.search(text) or _NUMBERED_YEAR_RE.match(text))
        and year_frame(text) is not None
    )


def is_heading_cell(cell: str) -> bool:
    """A theme or objective heading a converter left in a one-cell row.

    ("AMBITION GROUP 1 The right …", "Ambition Group 3 Objective 4: Develop a SEND …")
    """
    if THEME_RE.match(cell):
        return True
    objective = OBJECTIVE_RE.search(cell)
    return objective is not None and objective.start() < 40 and len(cell) < 250


def blocks_to_contexts(blocks: list[Block]) -> list[Context]:
    """One Context per block, in order."""
    ctx = Context()
    out: list[Context] = []
    above: Block | None = None
    written: Block | None = None  # the last block that is not a blank line
    plan_wide = _plan_wide_headings(blocks)
    for block in blocks:
        if block.kind == "line" and not block.bullet and _continues_theme(ctx, above, block.text):
            theme = f"{ctx.theme} {block.text.strip()}"
            ctx = replace(ctx, theme=theme, heading=theme)
        elif (
            block.kind == "line"
            and not block.bullet
            and _heading_key(block.text) in plan_wide
            and not _heads_theme(ctx, written)
        ):
            ctx = Context(heading=block.text.strip())
        elif block.kind == "line" and not block.bullet:
            ctx = update_context(ctx, block.text)
        elif block.kind == "row" and len([c for c in block.cells if c]) == 1:
            # a heading a converter left in a one-cell row ("AMBITION GROUP 1 The right …\t")
            cell = next(c for c in block.cells if c)
            if is_heading_cell(cell):
                ctx = update_context(ctx, cell)
        out.append(ctx)
        above = block
        written = block if block.kind != "blank" else written
    return _listed_areas_head_nothing(blocks, _first_theme_lost(blocks, out))


def _heads_theme(ctx: Context, written: Block | None) -> bool:
    """The line above (blank lines apart) is the heading of the current theme: a heading
    under it ("Priority 2: Support while families wait", then "How we will measure success")
    is the theme's own section, though the plan prints it once."""
    return bool(
        written is not None
        and written.kind == "line"
        and ctx.theme
        and ctx.heading == written.text.strip()
        and ctx.heading.lower().startswith(ctx.theme.lower())
    )


def _listed_areas_head_nothing(blocks: list[Block], contexts: list[Context]) -> list[Context]:
    """Areas for improvement listed one after another with no table between them are the
    inspection's summary: the table right under the list answers no area by sitting under
    its last one ("Recommendation 1: …", "Recommendation 2: …", "Recommendation 3: …", then
    the plan's table). An area heading its own table heads it, also when the list named it
    before ("Area for improvement 1: Timely identification" after the list of three)."""
    out = list(contexts)
    listed: list[str] = []  # areas headed one after another since the last table
    theme: str | None = None
    dropped: str | None = None  # the last area of a list, over the rows that follow it
    for i, (block, ctx) in enumerate(zip(blocks, contexts, strict=True)):
        if ctx.theme != theme:
            theme, dropped = ctx.theme, None
            area = labelled_rec_id(theme or "")
            if area is None or area[0] in listed:
                listed = []  # no area, or one the list named: a heading of its own
            if area is not None:
                listed.append(area[0])
        if block.kind == "row":
            if len(listed) >= 2:
                dropped = theme
            listed = []
        if dropped is not None:
            out[i] = replace(ctx, theme=None, theme_num=None)
    return out


def _heading_key(text: str) -> str:
    return " ".join(text.lower().split())


def _plan_wide_headings(blocks: list[Block]) -> set[str]:
    """The headings over the whole plan's measures, progress or risks: each printed once."""
    seen = Counter(
        _heading_key(b.text)
        for b in blocks
        if b.kind == "line" and not b.bullet and PLAN_WIDE_HEADING_RE.match(b.text.strip())
    )
    return {text for text, times in seen.items() if times == 1}


def _first_theme_lost(blocks: list[Block], contexts: list[Context]) -> list[Context]:
    """The table right above a plan's first numbered priority heading, when that heading is
    not the first priority: the heading above the table was lost, and the plan's own numbered
    list of priorities says which one it was. The Hull text extract prints "2. To have
    improved links …" above its second table and nothing above its first; its list "1. To
    work towards …", "2. To have improved links …" names the first. The list must print the
    heading's words as its item, so that it is the list of these headings."""
    listed = {
        m["num"]: " ".join(b.text.split())
        for b in blocks
        if b.kind == "line" and b.bullet and (m := NUMBERED_THEME_RE.match(b.text.strip()))
    }
    first = next(
        (
            i
            for i, ctx in enumerate(contexts)
            if ctx.theme_num and ctx.theme == ctx.heading and NUMBERED_THEME_RE.match(ctx.theme)
        ),
        None,
    )
    if first is None:
        return contexts
    heading = contexts[first]
    before = str(int(heading.theme_num or 0) - 1)
    if before not in listed or listed.get(heading.theme_num or "") != " ".join(
        (heading.theme or "").split()
    ):
        return contexts
    out = list(contexts)
    theme = Context(theme=listed[before], theme_num=before, heading=listed[before])
    for i in range(first - 1, -1, -1):
        if blocks[i].kind == "line" or out[i].theme is not None:
            break  # prose or a section of its own: the table ends here
        out[i] = replace(theme, objective=out[i].objective, objective_num=out[i].objective_num)
    return out


def _continues_theme(ctx: Context, above: Block | None, text: str) -> bool:
    """A numbered priority heading wrapped onto the next line ("… make a difference to" /
    "children, young people, and their families.", Hull PDF pp.5, 20, 23): the line right
    under a heading that ends mid-sentence, itself short and no heading."""
    return bool(
        above is not None
        and above.kind == "line"
        and ctx.theme
        and ctx.theme == ctx.heading
        and above.text.strip() == ctx.theme
        and NUMBERED_THEME_RE.match(ctx.theme)
        and not ctx.theme.rstrip().endswith((".", ":", "?", "!"))
        and len(text) < 160
        and _is_prose(text)
    )


def _is_prose(text: str) -> bool:
    """A line that is no theme or objective heading."""
    ctx = update_context(Context(), text)
    return ctx.theme is None and ctx.objective is None
