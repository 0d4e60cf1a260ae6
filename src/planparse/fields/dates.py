"""Deadline wordings to dates: our UK grammar first, dateparser for what remains.

Takes a deadline cell ("by May 2025", "Feb-23", "Spring term 2025", "Q3 2024/25",
"6 weekly from September 2025", "On-going") and adds `due_date` (end of the period, as the
contract says), `due_kind` and the precision. dateparser reads "Dec-25" as 25 December and
"45%" as 2045 (engineering notes), so every UK form is matched here first and dateparser only
sees complete day-level dates, with DMY order and a base date taken from the document.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from planparse.fields.ocr import folded_index, mend_misread

Precision = Literal["day", "month", "quarter", "term", "half", "year"]
DueKind = Literal["date", "recurring", "ongoing", "tbc", "complete", "none"]
T = TypeVar("T")

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A part of a month: "1st week of January 2026", "week 1 of January 2026" (ends on the 7th),
# "last week of March 2026" (its last day), "mid-January 2026" (the 15th)
_WEEK_NUMBERS = {
    "1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4,
    "last": 5, "final": 5,  # a fifth week runs past every month's end: its last day
}  # fmt: skip
_PART_OF_MONTH = re.compile(
    r"\b(?:(?P<week>1st|first|2nd|second|3rd|third|4th|fourth|last|final)\s+week\s+(?:of|in)"
    r"|week\s+(?P<number>[1-4])\s+(?:of|in)|mid)[\s-]+"
    rf"{_MONTH}\.?,?\s+['’]?(?P<year>\d{{4}}|\d{{2}})\b(?![%/]|\.\d)",
    re.I,
)
# Academic terms end in December (autumn), April (spring) and July (summer): domain notes.
TERM_END_MONTH = {"autumn": 12, "spring": 4, "summer": 7}
# UK financial year quarters: Q1 Apr-Jun … Q4 Jan-Mar; value is (month, year offset).
FY_QUARTER_END = {1: (6, 0), 2: (9, 0), 3: (12, 0), 4: (3, 1)}

# A day's date in words: "5th September 2025", "15 Mar '26", "14-Jan-25" (a spreadsheet's
# format), "January 14, 2025"
_DAY_MONTH_YEAR = tuple(
    re.compile(form, re.I)
    for form in (
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+['’]?"
        r"(?P<year>\d{4}|\d{2})\b(?![%/]|\.\d)",
        rf"\b(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>\d{{4}}|\d{{2}})\b",
        rf"\b{_MONTH}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
    )
)
_NUMERIC_DATE = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})\b")
MONTH_YEAR_RE = re.compile(
    rf"\b{_MONTH}\.?(?:[\s\-/'’]+|(?=\d))(?P<year>\d{{4}}|\d{{2}})(?!\d|%|/|st|nd|rd|th)", re.I
)
# "02/2025", "3/26": a month and year, the year of two digits only past 2019 (no day of a
# month is past 12 then, so "3/26" is no day and month: March 2026)
_NUMERIC_MONTH_YEAR = re.compile(
    r"(?<![\d./])(?P<m>0?[1-9]|1[0-2])/(?P<y>20\d{2}|[23]\d)\b(?![/.]\d)"
)
# "Spring term 2025", "Autumn 1 2024" (a half term), "Summer 2024/25" (the academic year's),
# "Summer half term 2025" (the break in it), "Easter 2025" (the holiday ending the spring term);
# a term's short form is read only as printed ("Aut 2025", "Spr 26", "Sum 2026")
_TERM = re.compile(
    r"\b(?P<term>autumn|spring|summer|easter|christmas|(?-i:Aut|Spr|Sum)\b\.?)"
    r"(?:\s+term|\s+(?P<break>half[- ]?term)|\s+holidays?)?(?:\s+(?P<half>[12]))?"
    r"\s+(?P<year>\d{4}|\d{2})(?:\s*[/-]\s*(?P<y2>\d{4}|\d{2}))?\b(?![/-]?\d)",
    re.I,
)
# Half terms end in October/December, February/April, May/July; the half-term breaks fall at
# the end of the first halves.
HALF_TERM_END_MONTH = {"autumn": (10, 12), "spring": (2, 4), "summer": (5, 7)}
# A term by another name: the school holidays that close it, and its short form ("Spr 26")
TERM_BY_NAME = {
    "christmas": "autumn", "easter": "spring", "aut": "autumn", "spr": "spring", "sum": "summer",
}  # fmt: skip
# Terms and half terms by number: "Half term 3 2025/26", "HT5 2026", "Term 2 2025/26".
# Half terms are always six to a year (1 ends in October … 6 in July). "Term 4"-"Term 6" are
# a six-term year's; "Term 1"-"Term 3" are read as the three terms (autumn, spring,
# summer) unless the document counts six (`term_reading`), the later of the two readings.
_HALF_TERM_BY_NUMBER = r"half[- ]?term|HT"  # a half term by its number: "Half term 5", "HT5"
_NUMBERED_TERM = re.compile(
    rf"\b(?:(?P<half>{_HALF_TERM_BY_NUMBER})|term)\s*(?P<n>[1-6]),?\s+(?P<year>20\d{{2}}|\d{{2}})"
    r"(?:\s*[/-]\s*(?P<y2>20\d{2}|\d{2}))?\b(?![/-]?\d)",
    re.I,
)
# by number: the half terms in turn (10, 12, 2, 4, 5, 7), the terms in turn (12, 4, 7)
SIX_TERM_END_MONTH = dict(
    enumerate((month for pair in HALF_TERM_END_MONTH.values() for month in pair), start=1)
)
THREE_TERM_END_MONTH = dict(enumerate(TERM_END_MONTH.values(), start=1))
# "October half term 2025": the month names the break.
_MONTH_HALF_TERM = re.compile(
    rf"\b{_MONTH}\s+(?:half[- ]?term|HT)\s+(?P<year>\d{{4}}|\d{{2}})\b", re.I
)
_QUARTER = r"(?:Q|Qtr\.?\s*|Quarter\s+)"  # "Q3", "Qtr 3", "Quarter 3"
# A quarter named by its order: "2nd quarter", "third quarter"
_ORDINAL_QUARTER = r"(?P<qc>[1-4](?:st|nd|rd|th)|first|second|third|fourth)\s+quarter"
QUARTER_BY_WORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "Q3 2025/26", "Q2 of FY 25/26", "2025-26 Q3", "FY25/26 Q2", "2nd quarter of 2025/26"
_FY_QUARTER = re.compile(
    rf"\b(?:{_QUARTER}(?P<q>[1-4])|{_ORDINAL_QUARTER})\s*(?:of\s+)?(?:FY\s*)?"
    r"(?P<y1>\d{4}|\d{2})\s*[/-]\s*(?P<y2>\d{2,4})\b"
    rf"|\b(?:FY\s*)?(?P<y1b>20\d{{2}}|\d{{2}})\s*[/-]\s*(?P<y2b>\d{{2,4}})\s+{_QUARTER}(?P<qb>[1-4])\b",
    re.I,
)
# "H1 2025/26", "H2 FY24/25": a financial year's half (Apr-Sep, Oct-Mar), as its quarters are
_FY_HALF = re.compile(
    r"\bH(?P<h>[12])\s*(?:FY\s*)?(?P<y1>20\d{2}|\d{2})\s*[/-]\s*(?P<y2>\d{2,4})\b", re.I
)
FY_HALF_END = {1: (9, 0), 2: (3, 1)}
# "Q1 2026", "Quarter 3 2025": a calendar year's quarter (Q1 Jan-Mar … Q4 Oct-Dec); a
# financial year's is written with both its years ("Q1 2026/27")
_CALENDAR_QUARTER = re.compile(
    rf"\b(?:{_QUARTER}(?P<q>[1-4])|{_ORDINAL_QUARTER})\s+(?:of\s+)?(?P<year>20\d{{2}})\b(?![/-]\d)"
    rf"|(?<![\d/-])(?P<yearb>20\d{{2}})\s+{_QUARTER}(?P<qb>[1-4])\b",  # "2026 Q1"
    re.I,
)
# "FY 24/25", "financial year end 2025/26", "2025/26 academic year": a year named with its
# kind ends as that kind does, whichever way the document counts a bare "2025/26"
_YEAR_KIND = r"(?:FY|(?:financial|academic|school)\s+year)"
_NAMED_YEAR = re.compile(
    rf"\b(?P<kind>{_YEAR_KIND})(?:\s+end)?\s*(?P<y1>\d{{4}}|\d{{2}})\s*[/-]\s*(?P<y2>\d{{2,4}})\b"
    rf"|\b(?P<y1b>20\d{{2}}|\d{{2}})\s*[/-]\s*(?P<y2b>\d{{2,4}})\s+(?P<kindb>{_YEAR_KIND})\b",
    re.I,
)
# The month a year ends in: August for an academic year (a plan about schools and SEND),
# March for a financial year (a corporate or climate plan). Domain notes: "2024/25" in a
# financial context ends 31 March 2025, in a school context 31 August 2025.
YEAR_END_MONTH = {"academic": 8, "financial": 3}
# "By the start of the 2025/26 academic year", "beginning of financial year 2025/26": the
# year before it ends the action (31 August, 31 March of the first year). "Start of academic
# year 2026" names the school year by the calendar year it starts in, so 31 August 2026 (a
# financial year so named is left alone: plans name it by either of its years).
_YEAR_START = re.compile(
    r"\b(?:start|beginning)\s+of\s+(?:the\s+)?"
    r"(?:(?P<y1>20\d{2}|\d{2})\s*[/-]\s*(?P<y2>\d{2,4})\s+)?(?P<kind>academic|school|financial)"
    r"\s+year(?:\s+(?:(?P<y1b>20\d{2}|\d{2})\s*[/-]\s*(?P<y2b>\d{2,4})"
    r"|(?P<starts>20\d{2})\b(?![/-]\d)))?",
    re.I,
)
YEAR_START_MONTH = {**YEAR_END_MONTH, "school": YEAR_END_MONTH["academic"]}
# "Winter 2024/25": December to February, ending in the second year. A single year ("Winter
# 2025") is left alone: plans use it for both the winter it opens and the one it closes.
_WINTER = re.compile(
    r"\bwinter\s+(?P<y1>20\d{2}|\d{2})\s*[/-]\s*(?P<y2>20\d{2}|\d{2})\b(?![/-]?\d)", re.I
)
# Part of a calendar year: "early 2026" (by March), "mid-2025" / "by the middle of 2025" /
# "H1 2025" / "first half of 2025" (by June), "late 2025" / "H2 2025" (by December).
PART_OF_YEAR_END: dict[str, tuple[int, Precision]] = {
    "early": (3, "quarter"), "beginning": (3, "quarter"), "start": (3, "quarter"),
    "mid": (6, "quarter"), "middle": (6, "quarter"), "late": (12, "quarter"),
    "h1": (6, "half"), "first": (6, "half"), "h2": (12, "half"), "second": (12, "half"),
}  # fmt: skip
_PART_OF_YEAR = re.compile(
    r"\b(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle)\s+of|H[12]"
    r"|(?:the\s+)?(?:first|second)\s+half\s+of)(?:\s+|-)(?P<year>20\d{2})\b(?![/-]\d)",
    re.I,
)
_SPLIT_YEAR = re.compile(
    r"(?<![\d./])(?P<y1>20\d{2}|\d{2})\s*[/-]\s*(?P<y2>20\d{2}|\d{2})(?![\d/.%])"
)
# "2024-2026", "2024 to 2026": years a plan runs over, ending with the last (not a pair of
# consecutive years, which is an academic year)
_YEAR_SPAN = re.compile(r"(?<![\d./])(?P<y1>20\d{2})\s*(?:-|–|to)\s*(?P<y2>20\d{2})(?![\d/%])")
_YEAR = re.compile(r"(?<![\d./£$-])(?P<year>20\d{2})(?![\d/%-])")

_RECURRING = re.compile(
    r"\b(termly|monthly|weekly|fortnightly|quarterly|annually|yearly|bi-?monthly|half[- ]termly"
    r"|bi-?annual(?:ly)?|\d+\s*weekly|every\s+\w+"
    # "Each half term", "Once a term", "Twice per year"
    r"|(?:each|(?:once|twice|three\s+times)\s+(?:a|per|each)|per)"
    r"\s+(?:half[- ]?term|term|month|week|quarter|year))\b",
    re.I,
)
_ONGOING = re.compile(r"\b(on-?\s?going|bau|business as usual|continuous|in place)\b", re.I)
# A start with no end ("From April 2025", "March 2025 onwards"): the action runs on from then.
# "Week commencing 6 Jan 2025" names a week, and "beginning of March 2026" a time, not a start.
_START = re.compile(
    r"\b(?:from|starting|(?<!week )commencing|beginning(?!\s+of\b))\b|\bonwards?\b"
    r"|(?:\b(?:and|then)|\s[-–])\s+on-?\s?going\b",
    re.I,
)
# an end to the date range ("April – June 2025"); a dash into "ongoing" is none
_END = re.compile(
    r"\b(?:by|until|till|to|end|completion|deadline)\b|\s[-–]\s(?!on-?\s?going\b)", re.I
)
# A date the cell says was replaced: "June 2025 (revised from March 2025)", "was Dec 2024",
# "originally Sept 2025". Only a date printed right after these words is the old one
# ("was delayed to June 2025" names the new date).
_SUPERSEDED = re.compile(
    r"\b(?:(?:revised|moved|changed|extended|slipped|deferred|delayed|rescheduled|amended"
    r"|put\s+back|brought\s+forward|re-?profiled)\s+from|was|originally|previously"
    r"|original(?:\s+(?:date|deadline|target))?)\s*:?\s*(?:due\s+)?",
    re.I,
)
# A date the cell gives a review of the work by, after its deadline: "Sep-25 (review
# Dec-25)", "March 2026, reviewed July 2026". Not the deadline when the cell names another.
_REVIEW = re.compile(r"\b(?:next\s+)?review(?:ed)?(?:\s+date)?\s*(?:in|by|on|at)?\s*:?\s*", re.I)
_TBC = re.compile(r"\b(tbc|tba|tbd|to be confirmed|to be agreed)\b", re.I)
_DONE_WORDS = r"complete|completed|done|achieved|delivered|closed"
_COMPLETE = re.compile(rf"\b({_DONE_WORDS})\b", re.I)
# A cell saying the work is done and when ("Completed Jan 2025", "Complete – March 2025",
# "March 2025 (completed)"): complete, dated. Not a date it is to be done by ("to be
# completed by March 2026"), nor "Completed by March 2026", which may be either.
_DONE = re.compile(
    rf"^\W*(?:{_DONE_WORDS})\b(?!\s+(?:by|before|within|no\s+later)\b)"
    rf"|(?<!be )\b(?:{_DONE_WORDS})\W*$",
    re.I,
)


@dataclass(frozen=True)
class YearFrame:
    """The one year a plan's or a table's deadlines fall in, where it names one ("SEND
    Improvement Plan 2025/26", "Timescale 2025/26", "Deadline (2025)"): what dates a deadline
    printed without a year ("End Oct", "Summer term", "Q3")."""

    first: int  # the calendar year it starts in
    kind: Literal["calendar", "academic", "financial"]

    def year_of(self, month: int) -> int:
        """The calendar year of a period starting in `month`: an academic year runs from
        September, a financial year from April."""
        opens = {"calendar": 1, "academic": 9, "financial": 4}[self.kind]
        return self.first if month >= opens else self.first + 1

    def __str__(self) -> str:
        return (
            str(self.first)
            if self.kind == "calendar"
            else f"{self.first}/{(self.first + 1) % 100:02d}"
        )


class Due(BaseModel):
    """A parsed deadline: the wording, the latest date it names and what kind it is."""

    model_config = ConfigDict(frozen=True)
    due_text: str | None
    due_date: dt.date | None
    due_kind: DueKind
    precision: Precision | None = None
    dates: tuple[dt.date, ...] = ()
    # the year a wording printed without one was read in ("End Oct" in a 2025/26 plan)
    year: YearFrame | None = None


def _year(text: str) -> int:
    """'25' -> 2025, '2025' -> 2025: plans of this century print two-digit years."""
    year = int(text)
    return year + 2000 if year < 100 else year


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _second_year(y1: str, y2: str) -> int:
    first = _year(y1)
    second = int(y2)
    if second < 100:
        second = first // 100 * 100 + second
        if second < first:
            second += 100
    return second


def _quarter_number(text: str) -> int:
    """A quarter's number as printed: "3", "3rd", "third" -> 3."""
    return QUARTER_BY_WORD.get(text.lower()) or int(text[0])


def find_dates(text: str, *, year_only: bool = False) -> list[tuple[int, dt.date, Precision]]:
    """Every date wording in `text` as (offset, end-of-period date, precision), left to right."""
    return [(start, date, precision) for start, _, date, precision in _date_spans(text, year_only)]


def _date_spans(text: str, year_only: bool) -> list[tuple[int, int, dt.date, Precision]]:
    """Every date wording in `text` as (start, end, end-of-period date, precision), left to
    right.

    Spans are claimed most specific first, so "5th September 2025" is not read again as
    "September 2025", and "Q3 2024/25" not again as the year 2024/25.
    """
    found: list[tuple[int, int, dt.date, Precision]] = []
    taken: list[tuple[int, int]] = []

    def free(match: re.Match[str]) -> bool:
        start, end = match.span()
        return all(end <= s or start >= e for s, e in taken)

    def claim(match: re.Match[str], date: dt.date | None, precision: Precision) -> None:
        taken.append(match.span())
        if date is not None:
            found.append((*match.span(), date, precision))

    for m in _PART_OF_MONTH.finditer(text):
        month_last = month_end(_year(m["year"]), MONTHS[m["mon"][:3].lower()])
        if m["week"] or m["number"]:  # the end of that week of the month
            day = (int(m["number"]) if m["number"] else _WEEK_NUMBERS[m["week"].lower()]) * 7
            claim(m, month_last.replace(day=min(day, month_last.day)), "day")
        else:  # "mid-January": its middle
            claim(m, month_last.replace(day=15), "day")
    for form in _DAY_MONTH_YEAR:
        for m in form.finditer(text):
            if free(m):
                month = MONTHS[m["mon"][:3].lower()]
                claim(m, _safe_date(_year(m["year"]), month, int(m["day"])), "day")
    for m in _NUMERIC_DATE.finditer(text):
        if free(m):
            claim(m, _safe_date(_year(m["y"]), int(m["m"]), int(m["d"])), "day")
    for m in _FY_QUARTER.finditer(text):
        if free(m):
            month, offset = FY_QUARTER_END[_quarter_number(m["q"] or m["qb"] or m["qc"])]
            claim(m, month_end(_year(m["y1"] or m["y1b"]) + offset, month), "quarter")
    for m in _FY_HALF.finditer(text):
        if free(m):
            month, offset = FY_HALF_END[int(m["h"])]
            claim(m, month_end(_year(m["y1"]) + offset, month), "half")
    for m in _CALENDAR_QUARTER.finditer(text):
        if free(m):
            quarter = _quarter_number(m["q"] or m["qb"] or m["qc"])
            claim(m, month_end(int(m["year"] or m["yearb"]), 3 * quarter), "quarter")
    for m in _YEAR_START.finditer(text):
        y1, y2 = m["y1"] or m["y1b"], m["y2"] or m["y2b"]
        if free(m) and y1 and y2 and consecutive_years(y1, y2):
            month = YEAR_START_MONTH[m["kind"].lower()]
            claim(m, month_end(_year(y1), month), "month")
        elif free(m) and m["starts"] and m["kind"].lower() != "financial":
            claim(m, month_end(int(m["starts"]), YEAR_START_MONTH["academic"]), "month")
    for m in _WINTER.finditer(text):
        if free(m) and consecutive_years(m["y1"], m["y2"]):
            claim(m, month_end(_second_year(m["y1"], m["y2"]), 2), "quarter")
    for m in _NAMED_YEAR.finditer(text):
        if free(m):
            kind = (m["kind"] or m["kindb"]).split()[0].lower()
            month = YEAR_START_MONTH.get(kind, YEAR_END_MONTH["financial"])  # "FY"
            claim(
                m, month_end(_second_year(m["y1"] or m["y1b"], m["y2"] or m["y2b"]), month), "year"
            )
    for m in _MONTH_HALF_TERM.finditer(text):
        if free(m):
            claim(m, month_end(_year(m["year"]), MONTHS[m["mon"][:3].lower()]), "term")
    for m in _TERM.finditer(text):
        if free(m) and (m["y2"] is None or consecutive_years(m["year"], m["y2"])):
            half = "1" if m["break"] else m["half"]
            claim(m, _term_end(m["term"], half, m["year"], m["y2"]), "term")
    for m in _NUMBERED_TERM.finditer(text):
        if free(m) and (m["y2"] is None or consecutive_years(m["year"], m["y2"])):
            claim(m, _numbered_term_end(int(m["n"]), bool(m["half"]), m["year"], m["y2"]), "term")
    for m in MONTH_YEAR_RE.finditer(text):
        if free(m):
            claim(m, month_end(_year(m["year"]), MONTHS[m["mon"][:3].lower()]), "month")
    for m in _PART_OF_YEAR.finditer(text):
        if free(m):
            key = next(w for w in m["part"].lower().split() if w in PART_OF_YEAR_END)
            month, precision = PART_OF_YEAR_END[key]
            claim(m, month_end(int(m["year"]), month), precision)
    for m in _NUMERIC_MONTH_YEAR.finditer(text):
        if free(m):
            claim(m, month_end(_year(m["y"]), int(m["m"])), "month")
    for m in _SPLIT_YEAR.finditer(text):
        # a bare '2025/26' is the year the document counts in (`year_reading`)
        if free(m) and consecutive_years(m["y1"], m["y2"]):
            claim(m, month_end(_second_year(m["y1"], m["y2"]), _SPLIT_YEAR_END.get()), "year")
    if year_only:
        for m in _YEAR_SPAN.finditer(text):
            if free(m) and int(m["y2"]) > int(m["y1"]):
                claim(m, dt.date(int(m["y2"]), 12, 31), "year")
        for m in _YEAR.finditer(text):
            if free(m):
                claim(m, dt.date(int(m["year"]), 12, 31), "year")
    found.sort(key=lambda item: item[0])
    return found


_SPLIT_YEAR_END: ContextVar[int] = ContextVar("split_year_end", default=YEAR_END_MONTH["academic"])


@contextmanager
def _reading(setting: ContextVar[T], value: T) -> Iterator[None]:
    """`setting` is `value` while the block runs: one document's reading, set around its
    extraction so that every parser of it agrees."""
    token = setting.set(value)
    try:
        yield
    finally:
        setting.reset(token)


def year_reading(kind: Literal["academic", "financial"]) -> AbstractContextManager[None]:
    """Read bare split years ("2025/26") as `kind` years while the block runs."""
    return _reading(_SPLIT_YEAR_END, YEAR_END_MONTH[kind])


_SIX_TERMS: ContextVar[bool] = ContextVar("six_terms", default=False)


def term_reading(six: bool) -> AbstractContextManager[None]:
    """Read "Term 1"-"Term 3" as a six-term year's while the block runs (a document that
    also names "Term 4"-"Term 6" counts six)."""
    return _reading(_SIX_TERMS, six)


def _numbered_term_end(n: int, half: bool, year: str, second: str | None) -> dt.date:
    """Last day of term `n`; of an academic year "2025/26", the terms before Christmas fall in
    the first year and the rest in the second."""
    six = half or n > 3 or _SIX_TERMS.get()
    month = SIX_TERM_END_MONTH[n] if six else THREE_TERM_END_MONTH[n]
    start = _year(year)
    return month_end(start + 1 if second and month < 9 else start, month)


def _term_end(term: str, half: str | None, year: str, second: str | None) -> dt.date:
    """Last day of a term or half term, by any of its names as printed ("Spring", "Easter",
    "Spr."); of an academic year "2024/25", autumn falls in the first year and spring and
    summer in the second."""
    term = term.lower().rstrip(".")
    term = TERM_BY_NAME.get(term, term)
    month = HALF_TERM_END_MONTH[term][int(half) - 1] if half else TERM_END_MONTH[term]
    start = _year(year)
    return month_end(start + 1 if second and term != "autumn" else start, month)


def consecutive_years(y1: str, y2: str) -> bool:
    """'24/25', '2024/25', '2024/2025', '99/00': a year and the next written as a pair."""
    return _second_year(y1, y2) == _year(y1) + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return _dateparser_date(f"{day}/{month}/{year}")


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "last",
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "REQUIRE_PARTS": ["day", "month", "year"],
            # a duration ("20 weeks", "6 months") is not a date; nor is a bare number
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )


def _dateparser_date(text: str) -> dt.date | None:
    """Last resort for day-level wordings our grammar does not cover."""
    data = _parser().get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None


def year_frame(text: str) -> YearFrame | None:
    """The one year `text` names and nothing finer: "2025/26" (an academic or financial year,
    as the document counts), "FY 2025/26", "2025" (a calendar year). A span of years, two
    years, or a month or day ("by March 2026") is no frame."""
    text = " ".join(text.split())
    found = find_dates(text, year_only=True)
    if len(found) != 1 or found[0][2] != "year":
        return None
    span = _YEAR_SPAN.search(text)
    if span and not consecutive_years(span["y1"], span["y2"]):
        return None
    end = found[0][1]
    if end.month == 12:
        return YearFrame(end.year, "calendar")
    return YearFrame(
        end.year - 1, "academic" if end.month == YEAR_END_MONTH["academic"] else "financial"
    )


_MONTH_WORD = _MONTH.replace("(?P<mon>", "(?:")
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
# a day after its month prints its ordinal ("March 31st"): "Jul 26" is July 2026, as
# `find_dates` reads it, so the end of a range "Sept 25 - Jul 26" has its year
_DAY_AFTER = r"\d{1,2}(?:st|nd|rd|th)"
# A period printed without its year: "October half term", "Autumn term", "Spring 2" (a half
# term), "Easter", "31st March", "March 31st", "End Oct", "Q3". Nothing like a year may follow,
# and the group is atomic so a period printed with its year is not read short of it ("Spring"
# out of "Spring term 2026", "Oct" out of "Oct half term 2025").
_YEARLESS = re.compile(
    rf"\b(?>(?P<mht>{_MONTH_WORD})\s+(?:half[- ]?term|HT)"
    r"|(?P<term>autumn|spring|summer)(?:\s+term)?(?:\s+(?P<half>[12])(?!\d))?"
    r"|(?P<holiday>easter|christmas)(?:\s+holidays?)?"
    rf"|(?:{_ORDINAL}\s+(?:of\s+)?)?(?P<month>{_MONTH_WORD})\.?(?:\s+{_DAY_AFTER}\b)?"
    rf"|{_QUARTER}(?P<q>[1-4]))\b(?![\s\-/'’.]*\d)",
    re.I,
)
# a year named by its kind or its end and not by its number ("End of financial year", "by
# the end of the academic year", "Year end"): the one year a heading or title names
_YEARLESS_NAMED_YEAR = re.compile(
    rf"\b(?:(?P<kind>{_YEAR_KIND})(?:\s+end)?|year[- ]end|end\s+of\s+(?:the\s+)?year)\b"
    r"(?![\s\-/'’.]*\d)",
    re.I,
)
# the month each starts in, which places it in its year
_TERM_START_MONTH = {
    ("autumn", ""): 9, ("autumn", "2"): 11, ("spring", ""): 1, ("spring", "2"): 2,
    ("summer", ""): 4, ("summer", "2"): 6, ("easter", ""): 3, ("christmas", ""): 12,
}  # fmt: skip


def _start_month(yearless: re.Match[str]) -> int:
    """The month a period printed without its year (a `_YEARLESS` match, not a quarter)
    starts in."""
    month_word = yearless["mht"] or yearless["month"]
    if month_word:
        return MONTHS[month_word[:3].lower()]
    name = (yearless["term"] or yearless["holiday"]).lower()
    return _TERM_START_MONTH[(name, "2" if yearless["half"] == "2" else "")]


# what joins a range's start to its end: "Sept 2025 - March", "Autumn 2025 to Summer term"
_RANGE_JOINT = re.compile(r"\s*(?:[-–—]|\b(?:to|until|till|through)\b)\s*", re.I)


def _complete_range_ends(text: str) -> str:
    """`text` with the year written after a range's end that prints none, from its start:
    "Sept 2025 - March" -> "Sept 2025 - March 2026" (a range runs forward), "Jan 2026 – Jul"
    -> "Jan 2026 – Jul 2026". The start's year is the cell's own; nothing is taken from
    elsewhere. A quarter's year depends on how it is counted, so it is left alone."""
    if not _YEARLESS.search(text):
        return text  # most cells: no period without a year, so no dates to look for
    pieces: list[str] = []
    done = 0
    for _, end, date, _ in _date_spans(text, year_only=True):
        joint = _RANGE_JOINT.match(text, end)
        yearless = _YEARLESS.match(text, joint.end()) if joint else None
        if yearless is None or yearless["q"] or yearless["month"] == "may":
            continue
        year = date.year + (_start_month(yearless) < date.month)
        pieces += [text[done : yearless.end()], f" {year}"]
        done = yearless.end()
    return "".join(pieces) + text[done:]


def complete_years(text: str, frame: YearFrame) -> str:
    """`text` with the year of `frame` written after each period printed without one ("End
    Oct" in 2025/26 -> "End Oct 2025", "Summer term" -> "Summer term 2026" in an academic
    year, 2025 in a financial one). Periods run forward: "Sep - Mar" in the calendar year
    2025 ends in March 2026. A quarter is completed in a financial or calendar year only;
    "may" in lower case is the verb."""
    last = (0, 0)  # the year and month the period before starts in

    def complete(m: re.Match[str]) -> str:
        nonlocal last
        word = m[0]
        if m["q"]:  # "Q3 2025/26" (financial) or "Q3 2025" (calendar), as `find_dates` reads them
            return word if frame.kind == "academic" else f"{word} {frame}"
        if m["month"] == "may":
            return word
        month = _start_month(m)
        year = frame.year_of(month)
        if (year, month) < last:
            year += 1
        last = (year, month)
        return f"{word} {year}"

    if frame.kind != "calendar":
        text = _YEARLESS_NAMED_YEAR.sub(
            lambda m: f"{m[0]} {frame}" if m["kind"] else f"{m[0]} {frame.kind} year {frame}", text
        )
    return _YEARLESS.sub(complete, text)


# A quarter, term or half term by its number, printed without a year: "Q1", "Term 2", "HT5"
_NUMBERED_PERIOD = re.compile(rf"(?:{_QUARTER}[1-4]|(?:{_HALF_TERM_BY_NUMBER}|term)\s*[1-6])", re.I)


def period_in_year(period: str, heading: str) -> str | None:
    """A period printed without its year under a heading naming one year, as a heading naming
    both: "Q1" under "2025/26" -> "Q1 2025/26", "Apr" -> "Apr 2025" in a financial year (2026
    in an academic one), "Autumn" -> "Autumn 2025", "Q1 (Apr-Jun)" -> "Q1 2025/26 (Apr-Jun)".
    None when `period` is no period without a year or `heading` names no one year."""
    frame = year_frame(heading)
    period = " ".join(period.split())
    core, _, bracket = period.partition(" (")
    if frame is None or not core or find_dates(period, year_only=True):
        return None
    if _NUMBERED_PERIOD.fullmatch(core):
        dated = f"{core} {frame}"  # as `find_dates` reads a quarter or term with its year
    elif _YEARLESS.fullmatch(core):
        dated = complete_years(core, frame)
    else:
        return None
    return f"{dated} ({bracket}" if bracket else dated


# A month's name, full or short, by its OCR-folded form: "Aprll" is April, "0ct" October
_MONTH_NAMES = frozenset(
    (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    )
)  # fmt: skip
_FOLDED_MONTHS = folded_index((name, name.title()) for name in _MONTH_NAMES)
_WORD_RE = re.compile(r"\b[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*\b")
_MISREAD_YEAR_RE = re.compile(r"\b2[0O][0-9O]{2}\b")


def _unmisread(text: str) -> str:
    """`text` with the months and years a scan misread letter for letter written again
    ("Aprll 2026" April 2026, "March 2O26" March 2026); other words as they are."""
    text = mend_misread(text, _FOLDED_MONTHS, _WORD_RE)
    return _MISREAD_YEAR_RE.sub(lambda m: m[0].replace("O", "0"), text)


# A date a spreadsheet saved as its serial number, days since 30 December 1899 ("45961":
# 31 October 2025), as a CSV export that lost the cell's format prints it; 2000 to 2049 only
_SERIAL_RE = re.compile(r"(?P<n>3[6-9]\d{3}|4\d{4}|5[0-4]\d{3})(?:\.0+)?")


def _spreadsheet_serial(wording: str) -> dt.date | None:
    m = _SERIAL_RE.fullmatch(wording)
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(m["n"])) if m else None


def parse_due(text: str | None, *, scan: bool = False, year: YearFrame | None = None) -> Due:
    """Parse a deadline.

    `scan=False` reads a deadline cell ("April 2025 and then Termly" -> recurring, first date);
    `scan=True` reads dates out of an action's own text ("… to be published by July 2025"),
    where a recurring word is part of the prose and the latest date is the deadline.

    >>> parse_due("by May 2025").due_date
    datetime.date(2025, 5, 31)
    """
    if text is None or not text.strip():
        return Due(due_text=None, due_date=None, due_kind="none")
    wording = " ".join(text.split())
    if not scan and (serial := _spreadsheet_serial(wording)) is not None:
        return Due(due_text=wording, due_date=serial, due_kind="date")
    # what is read: the wording, a range's year-less end given its start's year, or every
    # year-less period given the year `year` names when the wording prints none; where that
    # finds no date finer than a year, the wording with its months and years a scan misread
    # mended ("Aprll 2026" is April 2026, not the year 2026)
    read = wording if scan else _complete_range_ends(wording)
    dates = find_dates(read, year_only=not scan)
    if (
        all(precision == "year" for _, _, precision in dates)
        and any(ch.isdigit() for ch in wording)  # a year to date a misread month by
        and (mended := _unmisread(wording)) != wording
    ):
        read = mended if scan else _complete_range_ends(mended)
        dates = find_dates(read, year_only=not scan)
    framed = None
    if not dates and year is not None and not scan:
        read = complete_years(wording, year)
        dates = find_dates(read, year_only=True) if read != wording else []
        framed = year if dates else None
    # dates a cell says were replaced ("(revised from March 2025)") are no deadline
    old = {m.end() for m in _SUPERSEDED.finditer(read)}
    dates = [d for d in dates if d[0] not in old]
    reviewed_only = False  # every date the cell names is a review's ("Ongoing (review May 26)")
    if not scan:
        reviews = {m.end() for m in _REVIEW.finditer(read)}
        undated = [d for d in dates if d[0] not in reviews]
        reviewed_only = bool(dates) and not undated
        dates = undated or dates
    wording_left = _SUPERSEDED.sub(" ", read)
    if not dates and not scan and re.search(r"\d", wording_left):
        day = _dateparser_date(wording)
        if day:
            dates = [(0, day, "day")]
    values = tuple(d for _, d, _ in dates)

    def dated(kind: DueKind, chosen: tuple[int, dt.date, Precision] | None) -> Due:
        """The wording as a deadline of `kind` dated by one of its dates (`chosen`)."""
        return Due(
            due_text=wording,
            due_date=chosen[1] if chosen else None,
            due_kind=kind,
            precision=chosen[2] if chosen else None,
            dates=values,
            year=framed,
        )

    if not scan:
        if _RECURRING.search(wording):
            return dated("recurring", min(dates, key=lambda d: d[1]) if dates else None)
        if not dates:
            for pattern, kind in ((_TBC, "tbc"), (_COMPLETE, "complete"), (_ONGOING, "ongoing")):
                if pattern.search(wording):
                    return Due(due_text=wording, due_date=None, due_kind=kind)  # type: ignore[arg-type]
    if not dates:
        return Due(due_text=wording if not scan else None, due_date=None, due_kind="none")
    if not scan and _DONE.search(wording_left):
        return dated("complete", max(dates, key=lambda d: d[1]))
    if not scan and reviewed_only and _ONGOING.search(wording_left):
        # work that goes on, reviewed by a date: ongoing, dated by its first review
        return dated("ongoing", min(dates, key=lambda d: d[1]))
    if not scan and _START.search(wording_left) and not _END.search(wording_left):
        # like a recurring deadline, dated by its first stated occurrence (README)
        return dated("ongoing", min(dates, key=lambda d: d[1]))
    return dated("date", max(dates, key=lambda d: d[1]))


# Grid column labels, with what follows them in the cell:
# "By Oct 25", "By April 26", "By Sept 25", "24/25", "2025/26", "Q3 2025/26"
PERIOD_LABEL_RE = re.compile(
    r"^(?P<label>(?:By\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{2,4}"
    r"|By\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4}|(?:20)?\d{2}/\d{2}|Q[1-4]\s+\d{4}/\d{2})\b\s*(?P<rest>.*)$"
)


# A period printed as a grid's column heading, alone: "2025/26", "Q3", "2026", "Spring 2025",
# "Autumn 2 2025/26", "Term 3 2025/26", "Half term 5 2026"
_PERIOD_HEADING_RE = re.compile(
    r"^(?:(?:By|End of)\s+)?(?:Q[1-4](?:\s+20\d{2}(?:/\d{2})?)?|(?:20)?\d{2}/\d{2}|20\d{2}"
    r"|(?:(?:Spring|Summer|Autumn|Spr|Sum|Aut)(?:\s+term)?(?:\s+[12])?"
    rf"|(?:{_HALF_TERM_BY_NUMBER}|term)\s*[1-6])"
    r"\s+20\d{2}(?:/\d{2})?|Year\s+\d)$",
    re.I,
)


def is_period_heading(cell: str) -> bool:
    """A header cell naming a period and nothing else ("By Oct 25", "2025/26", "Q3"): in a
    grid's header, a column of targets for that period."""
    cell = " ".join(cell.split())
    m = PERIOD_LABEL_RE.match(cell)
    return bool(m and not m["rest"]) or bool(_PERIOD_HEADING_RE.match(cell))


_MONTH_HEADING_RE = re.compile(rf"{_MONTH}\.?(?:[\s\-/'’]+(?:\d{{4}}|\d{{2}}))?", re.I)


def yearless_period(text: str) -> str | None:
    """The first period a wording prints without a year and that no year in it completes
    ("Q2", "Autumn term", "End Oct", "End of financial year"), or None; "24-Apr" may print
    its year first."""
    text = " ".join(text.split())
    m = _YEARLESS.search(text) or _YEARLESS_NAMED_YEAR.search(text)
    may = m is not None and m.re is _YEARLESS and m["month"] == "may"  # the verb
    if m is None or may or find_dates(text, year_only=True):
        return None
    return None if re.search(r"\d\s*[-/'’]\s*$", text[: m.start()]) else m[0]


# Words a deadline opens with before its first date ("by the end of March 2026", "w/c 6 Jan
# 2025"): the deadline's, not the words beside it
_DUE_LEAD_IN = re.compile(
    r"(?:(?:\b(?:by|before|until|till|from|during|in|within|no\s+later\s+than"
    rf"|(?:the\s+)?end\s+of|w/?c|week\s+commencing|due|deadline|target\s+date)|{_RECURRING.pattern})"
    r"\s*:?\s*)+$",
    re.I,
)
# where a cell holding two fields parts them: a slash, a semicolon, a spaced dash, a comma
_FIELD_PARTS = re.compile(r"\s*(?:(?<!\w)/|/(?!\w)|\s/|;|\|| [-–—] |,)\s*")
# a state or a recurrence ending a cell with no separator before it ("Head of SEND Ongoing")
_DUE_WORD_AT_END = re.compile(
    rf"(?:^|\s)(?:{_TBC.pattern}|{_COMPLETE.pattern}|{_ONGOING.pattern}|{_RECURRING.pattern})\W*$",
    re.I,
)


def _is_deadline(part: str) -> bool:
    """Whether a part of a cell reads as a deadline on its own: a date, a state, a
    recurrence, or a period printed without its year ("End Oct", "Q3")."""
    return parse_due(part).due_kind != "none" or yearless_period(part) is not None


def split_off_deadline(text: str) -> tuple[str, str]:
    """A cell holding a deadline beside other words, as a plan's "Lead / timescale" column
    prints them ("Head of PfA / December 2025", "December 2025 – Head of PfA", "Head of
    SEND by end of March 2026", "Head of SEND, ongoing"): (the other words, the deadline).
    Either is "" when the cell holds no such part.

    >>> split_off_deadline("Head of PfA / December 2025")
    ('Head of PfA', 'December 2025')
    """
    text = " ".join(text.split())
    rest = text.lstrip(" /;,|-–—")
    if rest and rest != text and not (parts := split_off_deadline(rest))[0]:
        return parts  # "– termly from": a wrapped cell's line, its deadline after the dash
    spans = _date_spans(text, True)
    if spans:
        start = spans[0][0]
        if lead_in := _DUE_LEAD_IN.search(text[:start]):
            start = lead_in.start()
        before = text[:start].rstrip(" /;,|-–—(")
        if before:
            due = text[start:]
            return before, due[:-1] if due.endswith(")") and "(" not in due else due
        # the date first: the deadline runs to the first separator after its last date
        end = spans[-1][1]
        if sep := _FIELD_PARTS.search(text, end):
            return text[sep.end() :], text[: sep.start()]
        rest = text[end:].strip()
        if rest[:1].isupper() and not _is_deadline(rest):
            return rest, text[:end]  # "w/c 6 January 2025 Head of SEND"
        return "", text
    if yearless_period(text) == text or _DUE_LEAD_IN.fullmatch(text):
        return "", text  # "December" or "from" over "2025": a wrapped deadline's first line
    if cuts := list(_FIELD_PARTS.finditer(text)):
        # no date: a state, a recurrence or a year-less period printed as a part of its own
        head, tail = text[: cuts[-1].start()], text[cuts[-1].end() :]
        if _is_deadline(tail):
            return head, tail
        head, tail = text[: cuts[0].start()], text[cuts[0].end() :]
        if _is_deadline(head):
            return tail, head
        head, tail = text[: cuts[-1].start()], text[cuts[-1].end() :]
        if _DUE_LEAD_IN.fullmatch(tail) and head:
            # "Family Hubs Manager – from" over "February 2026": the deadline's opening
            return head, tail
    if m := _DUE_WORD_AT_END.search(text):
        return text[: m.start()], text[m.start() :].strip()
    # a line of a wrapped cell, its deadline on the next ("Employment Support Manager /"); a
    # comma may part the lead's own words ("Head of Community Services," / "… NHS Trust")
    return text.rstrip(" /;|-–—"), ""


def is_period_name(cell: str) -> bool:
    """A header cell naming a period, with its year or without ("2025/26", "Q3", "Autumn",
    "Sept", "Term 2"): under a merged cell naming a year, one of its periods' columns."""
    cell = " ".join(cell.split())
    return (
        is_period_heading(cell)
        or bool(_NUMBERED_PERIOD.fullmatch(cell))
        or bool(_YEARLESS.fullmatch(cell) and cell != "may")
    )


# A month and year joined by a dash, as a spreadsheet prints a date column's heading: "Mar-26"
_MONTH_DASH_YEAR_RE = re.compile(rf"{_MONTH}-(?:\d{{2}}|\d{{4}})", re.I)


def is_month_dash_year(cell: str) -> bool:
    """A grid's period heading printed as a spreadsheet prints a month ("Mar-26")."""
    return bool(_MONTH_DASH_YEAR_RE.fullmatch(" ".join(cell.split())))


def is_month_heading(cell: str) -> bool:
    """A header cell naming a month ("Aug", "Sept", "Oct-25") or a period: in a highlight
    report, a column of that month's RAG."""
    cell = " ".join(cell.split())
    return bool(_MONTH_HEADING_RE.fullmatch(cell)) or is_period_heading(cell)


# A quarter, term or half term named by its number alone: "Quarter 2", "Term 1", "Qtr 3"
_NUMBERED_PERIOD_RE = re.compile(r"(?:quarter|qtr|term|half\s+term)\s*[1-6]", re.I)


# A timeline column named for the milestone due in it: "Milestone 1 (Dec 25)", "Key
# milestone: March 2026", "By Mar 26"; what follows is the period
_MILESTONE_RE = re.compile(r"(?:key\s+)?milestones?(?:\s+\d+)?\s*[:\-–—]?\s*", re.I)
_BY_RE = re.compile(r"(?:due\s+)?by\s+", re.I)


def names_milestone(cell: str) -> bool:
    """Whether a timeline heading names the milestone due in its period ("By Mar 26")."""
    return _milestone_period(" ".join(cell.split())) is not None


def _milestone_period(cell: str) -> str | None:
    """The period a milestone column's heading names ("Milestone 1 (Dec 25)" -> "Dec 25",
    "By Mar 26" -> "Mar 26"), or None when it names no milestone."""
    rest = cell
    if named := _MILESTONE_RE.match(rest):
        rest = rest[named.end() :]
        if rest.startswith("(") and rest.endswith(")"):
            rest = rest[1:-1].strip()
    if by := _BY_RE.match(rest):
        rest = rest[by.end() :]
    return rest if rest != cell and rest else None


def is_timeline_heading(cell: str) -> bool:
    """A header cell naming one period of a plan's timeline, with its months in brackets or
    not ("Q1 (Apr-Jun 25)", "Apr-25", "Quarter 2", "2025/26"), or the milestone due in it
    ("Milestone 1 (Dec 25)", "By Mar 26"): in an action table, a column whose marked cells
    say when the action happens, and whose words are its milestones."""
    cell = " ".join(cell.split())
    if (period := _milestone_period(cell)) is not None:
        cell = period
    core = re.sub(r"\s*\([^)]*\)", "", cell).strip()
    return bool(core) and (is_month_heading(core) or bool(_NUMBERED_PERIOD_RE.fullmatch(core)))


def parse_period_end(label: str) -> dt.date | None:
    """A grid column label ("By Oct 25", "2025/26", "Q3", "Baseline Jul 24") to its end date."""
    dates = find_dates(" ".join(label.split()), year_only=True)
    return dates[-1][1] if dates else None
