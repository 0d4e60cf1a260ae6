"""Document-level facts: council, type, title, plan years, report date, overall status.

Takes the blocks and what the other builders found and adds the `documents` row. Nothing is
keyed on a file name: the title is the first line naming a plan, strategy or report; the
council is the place the document names most often beside "Local Area", "SEND" or "Council".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Literal

from planparse.fields.dates import YearFrame, parse_due, year_frame
from planparse.fields.status import opens_with_a_status
from planparse.read.raw import Block

# What a cover names a document: a plan, a strategy, a report, a programme's log or tracker
_TITLE_RE = re.compile(
    r"\b(plan|strategy|report|statement of action|programme|log|tracker)\b", re.I
)
# A span of years: "2024-2028", "2024 to 2027", "2025-28"; not one date to another ("1
# October 2025 to 31 October 2025": a reporting period, no span from 2025 to 2031)
_PERIOD_RE = re.compile(
    r"\b(20\d{2})\s*(?:-|–|to)\s*(20\d{2}|\d{2})\b"
    r"(?!\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|[/.]\d|(?:st|nd|rd|th)\b)"
)
_PLACE_RE = re.compile(
    r"\b([A-Z][a-z]{2,}(?: upon [A-Z][a-z]+)?)(?:'s|’s)?\s+(?:Local Area|SEND|Council|LAP|Borough|"
    r"Partnership|children|Parent Carers?)\b"
)
# A title opening with its area before its service: "Brookfield Children's Services
# Improvement Plan", "Kelby Children and Young People's Plan"
_OPENS_TITLE_RE = re.compile(r"([A-Z][a-z]{2,}(?: upon [A-Z][a-z]+)?)\s+Children(?:'s|’s|\s+and)\b")
_NOT_PLACES = {
    "The",
    "Our",
    "Area",
    "Local",
    "National",
    "England",
    "London",
    "North",
    "West",
    "This",
    "Joint",
    "Children",
    "Special",
    "All",
    "Improving",
    "Designated",
    "Lead",
    "Learning",
    "Assistant",
    "Head",
    "Service",
    "Education",
    "Ensure",
    "Support",
    "Developing",
    "Inclusive",
    "Improved",
    "Executive",
    "Strategic",
    "Each",
    "Based",
    "Borough",
    "Integrated",
    "Delivery",
    "Operational",
    "Years",
}


def lines(blocks: list[Block]) -> list[str]:
    return [b.printed for b in blocks if b.kind != "blank"]


# Words of schooling: a plan dense with them (SEND plans: 23-140 per thousand words) counts
# in academic years; corporate and climate plans (0-3) count in financial years.
_SCHOOL_WORDS_RE = re.compile(
    r"\b(?:schools?|pupils?|students?|SEND|SENCOs?|EHCPs?|EHC\s?plans?|academic|early years|SEN"
    r"|teachers?|terms?|nurser(?:y|ies)|colleges?|education)\b",
    re.I,
)
SCHOOL_WORDS_PER_THOUSAND = 10


def year_kind(blocks: list[Block]) -> Literal["academic", "financial"]:
    """Whether the document's bare years ("2025/26") are academic or financial years."""
    text = " ".join(lines(blocks))
    words = len(text.split())
    school = len(_SCHOOL_WORDS_RE.findall(text))
    return "academic" if school * 1000 >= SCHOOL_WORDS_PER_THOUSAND * words else "financial"


# "Term 4", "Term 6", "six-term year": a school year counted in six terms, so "Term 2" ends
# in December, not at Easter. Half terms are six in every year and say nothing of it.
_SIX_TERMS_RE = re.compile(r"(?<!half[- ])\bterms?\s*[4-6]\b|\bsix[- ]term", re.I)


def counts_six_terms(blocks: list[Block]) -> bool:
    """Whether the document numbers its terms one to six."""
    return any(_SIX_TERMS_RE.search(line) for line in lines(blocks))


COVER_LINES = 12  # the lines a report names itself within


def cover_text(blocks: list[Block]) -> str:
    """The first lines, where a report names itself ("Highlight Report January 2026"), up to
    the first table: a row's words ("Safety Valve plan; sufficiency strategy") name none."""
    cover: list[str] = []
    for block in blocks:
        if len(cover) == COVER_LINES or (
            block.kind == "row" and sum(1 for c in block.cells if c) > 2
        ):
            break
        if block.kind != "blank":
            cover.append(block.printed)
    return " ".join(cover)


# How far down the cover a title may start, and what a cover line of a title looks like.
TITLE_SEARCH_LINES = 12
_YEARS_RE = re.compile(r"^(?:20\d{2})\s*(?:-|–|to)\s*(?:20)?\d{2}$")
_DATE_LINE_RE = re.compile(r"^(?:[A-Z][a-z]+\s+)?20\d{2}$")  # "October 2024": a date, not a title


def find_title(blocks: list[Block]) -> str | None:
    """The title as the cover prints it, over its lines ("Hillingdon Local Area SEND & AP
    Partnership / Improvement Plan 2024-2028 / Highlight Report January 2026").

    The first cover line naming a plan, strategy or report starts it; the short lines just
    above (the area's name) and below (a year range, "Highlight Report …") belong to it.
    Sentences ("Our strategy is underpinned by five key ambitions:") are not titles; when the
    cover prints none (a text extract that lost it), the title is unknown rather than guessed.
    Of several, the first that states the plan's years is the cover's: a converter may put
    the file's own title line ("Hull SEND Strategic Plan") above the printed one.
    """
    top = lines(blocks)[:TITLE_SEARCH_LINES]
    titles = [
        _title_from(top, i)
        for i, line in enumerate(top)
        if _TITLE_RE.search(line) and _is_title_line(line)
    ]
    if not titles:
        return None
    return next((t for t in titles if _PERIOD_RE.search(t)), titles[0])


def _title_from(top: list[str], first: int) -> str:
    """The title whose first line naming a plan is `top[first]`, with its lines around."""
    start = first
    while start > 0 and _is_title_line(top[start - 1]) and len(top[start - 1]) < 60:
        start -= 1
    end = first + 1
    while end < len(top) and _continues_title(top[end]):
        end += 1
    return " ".join(line.strip() for line in top[start:end])


def _is_title_line(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) < 150
        and not line.endswith((":", ".", ";", ","))
        and not line[:1].islower()
        and line.upper() != "OFFICIAL"
        and not _DATE_LINE_RE.match(line)
        and not line.startswith(('"', "\u201c"))
        and not _is_cover_fact(line)
    )


def _continues_title(line: str) -> bool:
    """A line under the title's first line that is still the title: a year range, or a short
    line naming a report ("Highlight Report January 2026")."""
    line = line.strip()
    if _YEARS_RE.match(line):
        return True
    return bool(
        _is_title_line(line) and len(line) < 60 and re.search(r"\b(?:report|log)\b", line, re.I)
    )


def find_council(blocks: list[Block], title: str | None = None) -> str | None:
    """The area a document is about: the place its title names before "Local Area",
    "SEND", "Council" …, else the place named so most often in it (a lead column's "Early
    Years SEND Lead", printed row after row, must not outnumber the title)."""
    title = _in_title_case(title or "")
    if named := next(_places(title), None):
        return named
    if (m := _OPENS_TITLE_RE.match(title)) and m[1] not in _NOT_PLACES:
        return m[1]
    counts = Counter(place for line in lines(blocks) for place in _places(line))
    return counts.most_common(1)[0][0] if counts else None


# Initials a title in capitals prints that stay in capitals ("BRACKLEY SEND AND …")
_KEPT_CAPITALS = frozenset({"SEND", "NHS", "ICB", "LAP", "CQC", "EHCP", "SENCO", "WSOA"})


def _in_title_case(title: str) -> str:
    """A title printed in capitals as words in title case, initials kept: "BRACKLEY SEND AND
    ALTERNATIVE PROVISION" -> "Brackley SEND And Alternative Provision"; others as they are."""
    if sum(c.isupper() for c in title) <= sum(c.islower() for c in title):
        return title
    return " ".join(
        w.title() if len(w) > 3 and w.isupper() and w not in _KEPT_CAPITALS else w
        for w in title.split()
    )


def _places(text: str) -> Iterator[str]:
    """The places `text` names before "Local Area", "SEND", "Council" …, left to right."""
    return (m.group(1) for m in _PLACE_RE.finditer(text) if m.group(1) not in _NOT_PLACES)


def plan_year(title: str | None) -> YearFrame | None:
    """The one academic or financial year a plan's title names ("SEND Improvement Plan
    2025/26"), which dates its deadlines printed without a year. A calendar year alone in a
    title ("… Plan 2025") is as often the year it was written as the year it covers."""
    year = year_frame(title) if title else None
    return year if year and year.kind != "calendar" else None


def find_period(title: str | None, blocks: list[Block]) -> tuple[int | None, int | None]:
    """The years a plan runs over: its title's one year ("… Plan 2025/26"), else the first
    span of years ("2024-2028", "2024 to 2027") in its title or its first lines."""
    year = plan_year(title)
    if year:
        return year.first, year.first + 1
    for text in [title or ""] + lines(blocks)[:20]:
        m = _PERIOD_RE.search(text)
        if m:
            start = int(m.group(1))
            end = int(m.group(2)) if len(m.group(2)) == 4 else start // 100 * 100 + int(m.group(2))
            if start <= end <= start + 15:
                return start, end
    return None, None


def doc_type(
    title: str | None, n_actions: int, n_risks: int, n_statements: int, cover: str = ""
) -> str:
    """The document's kind from its title and cover lines, else from what it holds."""
    t = f"{title or ''} {cover}".lower()
    reporting = (
        r"(?:highlight|progress|monitoring|performance) report"
        r"|risks? (?:and issues )?(?:log|register)"
    )
    if re.search(reporting, t):
        return "highlight_report"  # a programme's reporting: its progress, risks and issues
    if re.search(r"improvement plan|action plan|strategic plan|statement of action", t):
        return "improvement_plan"
    if "strategy" in t and n_actions == 0:
        return "strategy"
    if n_actions:
        return "improvement_plan"
    if n_risks:
        return "highlight_report"
    if n_statements:
        return "strategy"
    return "other"


# A labelled cover line: "Overall status: Amber", "Reporting period: October 2025".
_LABELLED_LINE_RE = re.compile(r"^(?P<key>[A-Z][^:]{1,58}):\s+(?P<value>\S.*)$")
# Cover labels that date a report, the report's own date first: "Date completed", "Report
# date", then "As at", then the period it covers ("Reporting period: October 2025").
_DATE_KEYS = (r"\bdate\b", r"\bas (?:at|of)\b", r"\bperiod\b|\bmonth\b")
# Cover labels that give the report's overall status: "Overall status", "Overall RAG",
# "Overall delivery confidence" (the value must open with a status word too).
_STATUS_KEY_RE = re.compile(r"status|\bb?rag\b|\brating\b|\bconfidence\b", re.I)
# A date line a report's cover prints with no colon: "As at 30 September 2025", "Data as of
# 31 October 2025", "Report for the period ending 30 September 2025"
_DATED_LINE_RE = re.compile(
    r"^(?P<key>(?:(?:data|position|figures)\s+)?as (?:at|of)|report date|date of report"
    r"|(?:report\s+)?(?:for\s+)?(?:the\s+)?period\s+(?:ending|ended|to))\s+(?P<value>\d.*)$",
    re.I,
)


def _labelled(line: str) -> re.Match[str] | None:
    """A cover line's label and value ("Overall status: Amber", "As at 30 September 2025")."""
    return _LABELLED_LINE_RE.match(line) or _DATED_LINE_RE.match(line)


def _is_cover_fact(line: str) -> bool:
    """A labelled line giving the report's date or status ("Date of report: 14 November
    2025", "Overall RAG: Green"), which is no part of a title above it."""
    m = _labelled(line)
    if not m:
        return False
    key = m["key"].lower()  # as key_values gives the keys report_facts reads
    return bool(_STATUS_KEY_RE.search(key)) or any(re.search(k, key) for k in _DATE_KEYS)


def key_values(blocks: list[Block]) -> dict[str, str]:
    """A report's cover facts near the top: two-cell rows ('Date | 27.01.2026') and labelled
    lines ('Overall status: Amber')."""
    out: dict[str, str] = {}
    for block in blocks[:80]:
        if block.kind == "row":
            filled = [c for c in block.cells if c]
            if len(filled) == 2 and len(filled[0]) < 60:
                out.setdefault(filled[0].lower(), filled[1])
        elif block.kind == "line" and (m := _labelled(block.text.strip())):
            out.setdefault(m["key"].lower(), m["value"])
    return out


def report_facts(blocks: list[Block]) -> tuple[str | None, str | None]:
    """(report date as printed, overall status) from a report's cover."""
    facts = key_values(blocks)
    date_text = next(
        (
            value
            for pattern in _DATE_KEYS
            for key, value in facts.items()
            if re.search(pattern, key) and parse_due(value).due_date
        ),
        None,
    )
    status = next(
        (
            value
            for key, value in facts.items()
            if _STATUS_KEY_RE.search(key) and opens_with_a_status(value)
        ),
        None,
    )
    return date_text, status
