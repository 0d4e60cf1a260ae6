"""The year a table's periods printed without one fall in, and the warning that says so.

Plans print "Autumn term", "March" or "Q2" and leave the year to the page: the plan's title
("SEND Improvement Plan 2025/26") or the heading of the section the table sits under ("Year 2
(2026/27)"). Action deadlines and grid periods take the same nearest year, and each reading
is reported, because an analyst checks a date the plan implies rather than prints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from planparse.fields.dates import YearFrame, parse_period_end, year_frame
from planparse.models import Diagnostic
from planparse.tables.find import Table

# A year and where it is printed ("the plan's title", "the section heading 'Year 1 (2025/26)'")
SourcedYear = tuple[YearFrame, str]


def plan_source(plan_year: YearFrame | None) -> SourcedYear | None:
    """The one year a plan's title names, as a year and where it is printed."""
    return (plan_year, "the plan's title") if plan_year else None


def table_year(table: Table, plan: SourcedYear | None) -> SourcedYear | None:
    """The nearest year a table's section or plan names: the section heading over it ("Year 1
    (2025/26)") before the plan's title. A section naming the plan's own year (the title
    itself, read as a heading) is reported as the title."""
    heading = table.context.year_heading
    year = year_frame(heading) if heading else None
    if not heading or year is None or (plan and year == plan[0]):
        return plan
    return year, f"the section heading {' '.join(heading.split())!r}"


def years_read(
    code: str, what: str, records: str, read: dict[SourcedYear, list[str]]
) -> list[Diagnostic]:
    """One warning per year `what` ("deadlines") printed without a year were read in,
    naming the `records` ("action") read so."""
    return [
        Diagnostic(
            code=code,
            message=f"{what} printed without a year read in {year}, the year {source} names: "
            f"{records}{'s' if len(ids) > 1 else ''} {', '.join(ids)}",
        )
        for (year, source), ids in read.items()
    ]


# A year of the plan by its order ("Year 1", "Yr 2 target"): counted from the plan's first year
# "Year 2", "Year 2 target", "Year 1 change": a year of the plan's own, by its order
_PLAN_YEAR_RE = re.compile(r"^(?:year|yr)\s*(?P<n>[1-9])(?:\s+(?:target|actual|change)s?)?$", re.I)


def plan_year_ends(
    labels: Iterable[str], period: tuple[int | None, int | None]
) -> dict[str, dt.date]:
    """The end of each "Year N" among `labels`, N counted from the first year of the plan's
    `period` (2025–2028: "Year 1" is 2025/26, read as the document counts its years); none
    past the period's end, nor when the plan names no period."""
    start, end = period
    if start is None or end is None:
        return {}
    ends = {}
    for label in labels:
        if not (m := _PLAN_YEAR_RE.match(" ".join(label.split()))):
            continue
        first = start + int(m["n"]) - 1
        if first < end and (date := parse_period_end(f"{first}/{(first + 1) % 100:02d}")):
            ends[label] = date
    return ends


def years_counted(
    code: str, period: tuple[int | None, int | None], measures: list[str]
) -> list[Diagnostic]:
    """The warning that grid periods named by their order were dated from the plan's period."""
    if not measures:
        return []
    start, end = period
    return [
        Diagnostic(
            code=code,
            message=f"grid periods 'Year 1', 'Year 2'… read as the years of the plan's period "
            f"{start}–{end}, from {start}: measure{'s' if len(measures) > 1 else ''} "
            f"{', '.join(measures)}",
        )
    ]
