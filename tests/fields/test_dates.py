import datetime as dt

import pytest

from planparse.fields.dates import (
    YearFrame,
    is_month_heading,
    is_period_name,
    is_timeline_heading,
    parse_due,
    parse_period_end,
    period_in_year,
    split_off_deadline,
    year_frame,
    year_reading,
)

D = dt.date

# Wordings copied from the corpora (and the domain notes), with their reading.
CASES = [
    ("by May 2025", D(2025, 5, 31), "date"),
    ("Feb-23", D(2023, 2, 28), "date"),
    ("Nov-23", D(2023, 11, 30), "date"),
    ("May- 24", D(2024, 5, 31), "date"),
    ("by February 25", D(2025, 2, 28), "date"),
    ("end of March 26", D(2026, 3, 31), "date"),
    ("Spring term 2025", D(2025, 4, 30), "date"),
    ("Autumn term 2025", D(2025, 12, 31), "date"),
    ("Q3 2024/25", D(2024, 12, 31), "date"),
    ("FY 24/25", D(2025, 3, 31), "date"),
    ("2025/26", D(2026, 8, 31), "date"),
    ("27.01.2026", D(2026, 1, 27), "date"),
    ("05/09/2025", D(2025, 9, 5), "date"),
    ("02/2025", D(2025, 2, 28), "date"),
    # a month and a two-digit year past 2019: no day and month then (no month is past 12)
    ("3/26", D(2026, 3, 31), "date"),
    ("03/26", D(2026, 3, 31), "date"),
    ("12/25", D(2025, 12, 31), "date"),
    ("10/12", None, "none"),  # a day and month, or a year long past: not read
    ("February 2025 April 2025", D(2025, 4, 30), "date"),
    ("April 2025 and then Termly", D(2025, 4, 30), "recurring"),
    ("6 weekly from September 2025", D(2025, 9, 30), "recurring"),
    # how often, said in words: each term, once a term, twice a year, bi-annually
    ("Each term from Sept 2025", D(2025, 9, 30), "recurring"),
    ("Each half term", None, "recurring"),
    ("Once a term", None, "recurring"),
    ("Twice a year from March 2026", D(2026, 3, 31), "recurring"),
    ("Bi-annually", None, "recurring"),
    ("For each school by March 2026", D(2026, 3, 31), "date"),  # each of a thing, not a period
    ("On-going", None, "ongoing"),
    ("Ongoing", None, "ongoing"),
    ("TBC", None, "tbc"),
    ("Complete", None, "complete"),
    ("Completed", None, "complete"),
    ("45961", D(2025, 10, 31), "date"),  # a spreadsheet's serial date, its format lost in CSV
    ("45961.0", D(2025, 10, 31), "date"),
    ("12345", None, "none"),  # before 2000: no date of a plan
    ("Closed", None, "complete"),  # a tracker closing its action
    ("Closed – Nov 2025", D(2025, 11, 30), "complete"),
    ("", None, "none"),
]


@pytest.mark.parametrize(("wording", "date", "kind"), CASES)
def test_parse_due(wording: str, date: dt.date | None, kind: str) -> None:
    due = parse_due(wording)
    assert (due.due_date, due.due_kind) == (date, kind)


def test_dec_25_is_december_2025_not_christmas() -> None:
    # dateparser reads "Dec-25" as 25 December (engineering notes)
    assert parse_due("Dec-25").due_date == D(2025, 12, 31)


def test_percent_is_not_a_year() -> None:
    assert parse_due("45%").due_date is None


def test_scan_takes_latest_date_in_action_text() -> None:
    text = "To commence project in January 2025 for completion by May 2025"
    due = parse_due(text, scan=True)
    assert due.due_date == D(2025, 5, 31) and due.due_kind == "date"


def test_scan_ignores_recurring_words_in_prose() -> None:
    due = parse_due("Quarterly reviews of outcomes will commence by June 2025", scan=True)
    assert due.due_kind == "date"


@pytest.mark.parametrize(
    ("label", "end"),
    [
        ("By Oct 25", D(2025, 10, 31)),
        ("By April 26", D(2026, 4, 30)),
        ("By Sept 27", D(2027, 9, 30)),
        ("24/25", D(2025, 8, 31)),
        ("Baseline Jul 24", D(2024, 7, 31)),
    ],
)
def test_period_end(label: str, end: dt.date) -> None:
    assert parse_period_end(label) == end


@pytest.mark.parametrize(
    ("cell", "period"),
    [
        ("2025/26", True),
        ("By Oct 25", True),
        ("Q3", True),
        ("Q3 2024/25", True),
        ("2026", True),
        ("Spring term 2025", True),
        ("Summer term 2025/26", True),
        ("Autumn 2 2025/26", True),  # a half term
        ("Term 3 2025/26", True),  # terms and half terms by number
        ("Half term 5 2026", True),
        ("Spr 2026", True),
        ("Aut 1 2025", True),
        ("Term 3 plan", False),
        ("By Apr 25 Based on 25 EHCPs per month", False),  # a label with values after it
        ("Baseline", False),
        ("Lead", False),
    ],
)
def test_a_period_heading_names_a_period_and_nothing_else(cell: str, period: bool) -> None:
    from planparse.fields.dates import is_period_heading

    assert is_period_heading(cell) is period


# Wordings other areas print (school half terms, a year before its quarter, a term of an
# academic year, a start with no end): the reading chosen for each is in the README.
OTHER_AREAS = [
    ("2025-26 Q1", D(2025, 6, 30), "date"),  # financial year first, then its quarter
    ("2024/25 Q3", D(2024, 12, 31), "date"),
    ("Autumn 1 2024", D(2024, 10, 31), "date"),  # half terms: the first ends in October
    ("Autumn 2 2024", D(2024, 12, 31), "date"),
    ("Spring 1 2025", D(2025, 2, 28), "date"),
    ("Spring 2 2025", D(2025, 4, 30), "date"),
    ("Summer 1 2025", D(2025, 5, 31), "date"),
    ("Summer 2 2025", D(2025, 7, 31), "date"),
    ("Spring term 2024/25", D(2025, 4, 30), "date"),  # the academic year's spring
    ("Autumn term 2025/26", D(2025, 12, 31), "date"),
    ("Summer 2024-25", D(2025, 7, 31), "date"),
    ("From April 2025", D(2025, 4, 30), "ongoing"),  # a start, not a deadline
    ("March 2025 onwards", D(2025, 3, 31), "ongoing"),
    ("Starting September 2025", D(2025, 9, 30), "ongoing"),
    ("From April 2025 to March 2026", D(2026, 3, 31), "date"),  # a start and an end
    ("Ongoing from Sept 2024", D(2024, 9, 30), "ongoing"),
    ("To commence in January 2025 for completion by May 2025", D(2025, 5, 31), "date"),
    ("Week commencing 6 Jan 2025", D(2025, 1, 6), "date"),  # a week, not a start
    ("Beginning April 2025", D(2025, 4, 30), "ongoing"),
    ("By the beginning of March 2026", D(2026, 3, 31), "date"),  # a time, not a start
    ("beginning of Autumn term 2025", D(2025, 12, 31), "date"),
    ("Spring 2025 and ongoing", D(2025, 4, 30), "ongoing"),
    ("Sept 2025 – ongoing", D(2025, 9, 30), "ongoing"),
    ("April 2025 - ongoing", D(2025, 4, 30), "ongoing"),
    ("April – June 2025", D(2025, 6, 30), "date"),
    ("2025/26 financial year", D(2026, 3, 31), "date"),  # the years before their kind
    ("October half term 2025", D(2025, 10, 31), "date"),  # a half-term break by its month
    ("February half-term 2026", D(2026, 2, 28), "date"),
    ("Summer half term 2025", D(2025, 5, 31), "date"),  # the break in the summer term
    ("By Easter 2025", D(2025, 4, 30), "date"),  # the holiday that ends the spring term
    ("Christmas holidays 2024", D(2024, 12, 31), "date"),
    ("14-Jan-25", D(2025, 1, 14), "date"),  # a spreadsheet's date
    ("January 14, 2025", D(2025, 1, 14), "date"),
    ("Jan 14th 2025", D(2025, 1, 14), "date"),
    ("15th Mar '26", D(2026, 3, 15), "date"),  # a day with a two-digit year: not month end
    ("by 30 June 25", D(2025, 6, 30), "date"),
    ("1st Sept 25", D(2025, 9, 1), "date"),
    ("12 May 25/26", D(2026, 8, 31), "date"),  # a day before an academic year is not its year
    ("Early 2026", D(2026, 3, 31), "date"),  # part of a year: early by March,
    ("By mid-2025", D(2025, 6, 30), "date"),  # mid by June,
    ("Mid 2025", D(2025, 6, 30), "date"),
    ("By the middle of 2025", D(2025, 6, 30), "date"),
    ("Late 2025", D(2025, 12, 31), "date"),  # late by December
    # a month or year a scan misread letter for letter: the month it was, not the year's end
    ("Aprll 2026", D(2026, 4, 30), "date"),
    ("March 2O26", D(2026, 3, 31), "date"),
    ("0ct 2025", D(2025, 10, 31), "date"),
    ("Ju1y 2026", D(2026, 7, 31), "date"),
    ("Maybe 2026", D(2026, 12, 31), "date"),  # no month however read
    # part of a month: a week ends on its seventh day, the middle is the 15th
    ("1st week of January 2026", D(2026, 1, 7), "date"),
    ("By the second week of March 2026", D(2026, 3, 14), "date"),
    ("week 2 of March 2026", D(2026, 3, 14), "date"),  # was 2 March
    ("last week of February 2026", D(2026, 2, 28), "date"),
    ("mid-January 2026", D(2026, 1, 15), "date"),
    ("by mid Feb 26", D(2026, 2, 15), "date"),
    ("H1 2026", D(2026, 6, 30), "date"),  # calendar halves
    ("H2 2025", D(2025, 12, 31), "date"),
    ("First half of 2025", D(2025, 6, 30), "date"),
    ("Mid-2025 onwards", D(2025, 6, 30), "ongoing"),
    ("Qtr 3 2025/26", D(2025, 12, 31), "date"),  # a quarter spelt out
    ("Quarter 2 2025-26", D(2025, 9, 30), "date"),
    ("Q1 2026", D(2026, 3, 31), "date"),  # one year: the calendar year's quarter
    ("Quarter 3 2025", D(2025, 9, 30), "date"),
    ("H1 2025/26", D(2025, 9, 30), "date"),  # a financial year's halves, as its quarters
    ("H2 FY24/25", D(2025, 3, 31), "date"),
    ("2025/2026", D(2026, 8, 31), "date"),  # an academic year with both years whole
    ("2025-2026", D(2026, 8, 31), "date"),
    ("2024-2026", D(2026, 12, 31), "date"),  # years a plan runs over: the last one's end
    ("2024 to 2027", D(2027, 12, 31), "date"),
    # by the start of a year: the year before it ends the action
    ("by the start of the 2025/26 academic year", D(2025, 8, 31), "date"),
    ("start of financial year 2026/27", D(2026, 3, 31), "date"),
    # a school year named by the calendar year it starts in
    ("Start of academic year 2026", D(2026, 8, 31), "date"),
    ("by the start of the school year 2025", D(2025, 8, 31), "date"),
    ("Winter 2024/25", D(2025, 2, 28), "date"),  # December to February
    ("Winter 2025", D(2025, 12, 31), "date"),  # which winter is not said: the year
    ("2026 Q1", D(2026, 3, 31), "date"),  # a calendar year before its quarter
    ("2025 Quarter 4", D(2025, 12, 31), "date"),
    # half terms by number, six to a year: autumn 1 and 2, spring 1 and 2, summer 1 and 2
    ("Half term 1 2025", D(2025, 10, 31), "date"),
    ("Half-term 2 2025/26", D(2025, 12, 31), "date"),
    ("HT3 2025/26", D(2026, 2, 28), "date"),
    ("by half term 6 2026", D(2026, 7, 31), "date"),
    # terms by number: 4 to 6 only a six-term year has; 1 to 3 the three terms
    ("Term 5 2025/26", D(2026, 5, 31), "date"),
    ("Term 1 2025/26", D(2025, 12, 31), "date"),
    ("Term 2 2025/26", D(2026, 4, 30), "date"),
    ("Term 3, 2026", D(2026, 7, 31), "date"),
    ("Term 1 2025/27", None, "none"),  # not one academic year: no date, as "Spring 2025/27"
    # a term's short form, as a tracker prints it; only as printed ("sum 2026" is no term)
    ("Spr 26", D(2026, 4, 30), "date"),
    ("Sum 2026", D(2026, 7, 31), "date"),
    ("Sum. 2026", D(2026, 7, 31), "date"),
    ("Spr 2025/26", D(2026, 4, 30), "date"),
    ("Aut 1 2025", D(2025, 10, 31), "date"),
    ("sum 2026", D(2026, 12, 31), "date"),
    ("Feb HT 2026", D(2026, 2, 28), "date"),  # a half-term break by its month
    # a quarter by its order, or with "of" or "FY" before its year (was: the year's end)
    ("2nd quarter 2025/26", D(2025, 9, 30), "date"),
    ("third quarter of 2025/26", D(2025, 12, 31), "date"),
    ("4th Quarter 2025-26", D(2026, 3, 31), "date"),
    ("Q2 of FY 25/26", D(2025, 9, 30), "date"),
    ("FY25/26 Q2", D(2025, 9, 30), "date"),
    ("1st quarter 2026", D(2026, 3, 31), "date"),  # a calendar year's
    ("the first quarter of 2026", D(2026, 3, 31), "date"),
    ("3rd Quarter", None, "none"),  # no year
]


def test_a_terms_short_form_is_a_term() -> None:
    assert parse_due("Aut 2025").precision == "term"


@pytest.mark.parametrize(("wording", "date", "kind"), OTHER_AREAS)
def test_parse_due_other_areas(wording: str, date: dt.date | None, kind: str) -> None:
    due = parse_due(wording)
    assert (due.due_date, due.due_kind) == (date, kind)


# A cell naming a replaced date as well as the new one: the replaced one is not the deadline,
# and "revised from" is no start ("From April 2025" is).
SUPERSEDED = [
    ("March 2025 (revised from Dec 2024)", D(2025, 3, 31), "date"),
    ("June 2025 (was March 2025)", D(2025, 6, 30), "date"),
    ("Revised June 2025 (originally Sept 2025)", D(2025, 6, 30), "date"),  # brought forward
    ("Sept 2025 - moved from Dec 2025", D(2025, 9, 30), "date"),
    ("Original deadline: Dec 2025, now Sept 2025", D(2025, 9, 30), "date"),
    ("TBC (was March 2025)", None, "tbc"),
    ("was delayed to June 2025", D(2025, 6, 30), "date"),  # the date after "to" is the new one
    ("Moved from April 2025 to July 2025", D(2025, 7, 31), "date"),
]


# A review after the deadline is no deadline, unless the cell names no other date.
REVIEWED = [
    ("Sep-25 (review Dec-25)", D(2025, 9, 30)),
    ("June 2025 (next review Jan 2026)", D(2025, 6, 30)),
    ("March 2026, reviewed July 2026", D(2026, 3, 31)),
    ("Review by March 2026", D(2026, 3, 31)),
    ("Review date: Dec 2025", D(2025, 12, 31)),
]


@pytest.mark.parametrize(("wording", "date"), REVIEWED)
def test_a_review_after_the_deadline_is_no_deadline(wording: str, date: dt.date) -> None:
    assert parse_due(wording).due_date == date


# Work that goes on, with only a review dated, is ongoing from that review on.
@pytest.mark.parametrize(
    "wording",
    ["Ongoing (review March 2026)", "Ongoing - review March 2026", "BAU, reviewed Mar-26"],
)
def test_ongoing_work_with_a_review_date_is_ongoing(wording: str) -> None:
    due = parse_due(wording)
    assert (due.due_kind, due.due_date) == ("ongoing", D(2026, 3, 31))


@pytest.mark.parametrize(("wording", "date", "kind"), SUPERSEDED)
def test_parse_due_drops_a_replaced_date(wording: str, date: dt.date | None, kind: str) -> None:
    due = parse_due(wording)
    assert (due.due_date, due.due_kind) == (date, kind)


# A year named with its kind ends as that kind does, whichever way the document counts a bare
# split year ("2025/26" is academic in a SEND plan).
NAMED_YEARS = [
    ("financial year end 2025/26", D(2026, 3, 31)),
    ("end of academic year 2025/26", D(2026, 8, 31)),
    ("2025/26 academic year", D(2026, 8, 31)),
    ("end of the school year 2025/26", D(2026, 8, 31)),
    ("2025/26 FY", D(2026, 3, 31)),
    ("FY24/25", D(2025, 3, 31)),
]


@pytest.mark.parametrize(("wording", "date"), NAMED_YEARS)
@pytest.mark.parametrize("reading", ["academic", "financial"])
def test_a_year_named_with_its_kind_ends_as_that_kind(
    wording: str, date: dt.date, reading: str
) -> None:
    with year_reading(reading):  # type: ignore[arg-type]
        assert parse_due(wording).due_date == date


# A cell saying the work is done and when is complete, dated; one saying when it is to be
# done by is a deadline.
DONE = [
    ("Completed Jan 2025", D(2025, 1, 31), "complete"),
    ("Complete – March 2025", D(2025, 3, 31), "complete"),
    ("March 2025 (completed)", D(2025, 3, 31), "complete"),
    ("Achieved Dec 2024", D(2024, 12, 31), "complete"),
    ("Done: 12/03/2025", D(2025, 3, 12), "complete"),
    ("Completed by March 2026", D(2026, 3, 31), "date"),
    ("To be completed by March 2026", D(2026, 3, 31), "date"),
    ("March 2026 – to be completed", D(2026, 3, 31), "date"),
    ("Delivered Jan 2026", D(2026, 1, 31), "complete"),
    ("Delivered", None, "complete"),
    ("To be delivered by March 2026", D(2026, 3, 31), "date"),
]


@pytest.mark.parametrize(("wording", "date", "kind"), DONE)
def test_a_deadline_marked_done_is_complete_and_keeps_its_date(
    wording: str, date: dt.date, kind: str
) -> None:
    due = parse_due(wording)
    assert (due.due_date, due.due_kind) == (date, kind)


# A "Lead / timescale" cell: (the lead, the deadline), in either order and over wrapped lines
# ("Employment Support Manager /" over "June 2026"; "December" over "2025").
LEAD_AND_DEADLINE = [
    ("Head of PfA / December 2025", ("Head of PfA", "December 2025")),
    ("December 2025 – Head of PfA", ("Head of PfA", "December 2025")),
    ("Head of SEND by end of March 2026", ("Head of SEND", "by end of March 2026")),
    ("Head of SEND (Dec 2025)", ("Head of SEND", "Dec 2025")),
    ("Head of SEND/Q3 2025/26", ("Head of SEND", "Q3 2025/26")),
    ("Head of SEND, ICB / Sept 2025 - Mar 2026", ("Head of SEND, ICB", "Sept 2025 - Mar 2026")),
    ("w/c 6 January 2025 Head of SEND", ("Head of SEND", "w/c 6 January 2025")),
    ("SENCO Network Lead, termly from September 2025",
     ("SENCO Network Lead", "termly from September 2025")),
    ("Head of Year 2 / 2025/26", ("Head of Year 2", "2025/26")),
    ("Head of SEND, ongoing", ("Head of SEND", "ongoing")),
    ("Head of SEND Ongoing", ("Head of SEND", "Ongoing")),
    ("TBC / Head of SEND", ("Head of SEND", "TBC")),
    ("Head of SEND / End Oct", ("Head of SEND", "End Oct")),
    ("April 2025 and then termly", ("", "April 2025 and then termly")),
    ("Head of SEND and DCO", ("Head of SEND and DCO", "")),
    ("Employment Support Manager /", ("Employment Support Manager", "")),
    # a line of a wrapped cell: the comma parting the lead's own words is kept, and a dash
    # opening a line parts the lead above from the deadline after it
    ("Head of Children's Community Services,", ("Head of Children's Community Services,", "")),
    ("– termly from", ("", "termly from")),
    ("/ March 2026", ("", "March 2026")),
    ("Family Hubs Manager – from", ("Family Hubs Manager", "from")),
    ("Head of SEND, end of", ("Head of SEND", "end of")),
    ("June 2026", ("", "June 2026")),
    ("December", ("", "December")),
    ("from", ("", "from")),
    ("TBC", ("", "TBC")),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "parts"), LEAD_AND_DEADLINE)
def test_a_lead_and_its_deadline_in_one_cell_are_parted(cell: str, parts: tuple) -> None:
    assert split_off_deadline(cell) == parts


# A duration is not a date: dateparser reads "20 weeks" as twenty weeks before its base date.
DURATIONS = ["20 weeks", "6 months", "12 weeks", "1 month", "3 days", "2 years", "in 3 weeks"]


@pytest.mark.parametrize("wording", DURATIONS)
def test_a_duration_has_no_date(wording: str) -> None:
    due = parse_due(wording)
    assert (due.due_date, due.due_kind) == (None, "none")


@pytest.mark.parametrize(
    ("cell", "month"),
    [("Aug", True), ("Sept", True), ("Oct-25", True), ("October 2025", True), ("Q3", True),
     ("Direction of travel", False), ("Commentary", False), ("May be", False)],
)  # fmt: skip
def test_a_highlight_reports_month_columns(cell: str, month: bool) -> None:
    assert is_month_heading(cell) is month


@pytest.mark.parametrize(
    ("cell", "timeline"),
    [("Q1 (Apr-Jun 25)", True), ("Q4 (Jan-Mar 26)", True), ("Apr-25", True), ("Sept", True),
     ("Quarter 2", True), ("Qtr 3", True), ("Term 1", True), ("2025/26", True),
     ("May 2025", True), ("Directorate", False), ("Lead Officer", False), ("Due", False),
     ("Action (2025)", False), ("Q1 (Apr-Jun", False),
     # a column of the milestones due by a period (Glenmoor)
     ("Milestone 1 (Dec 25)", True), ("Milestone by March 2026", True),
     ("Key milestone: Spring term 2026", True), ("By Jun 26", True), ("Due by Q3 2025/26", True),
     ("Milestone 2", False), ("Milestones", False), ("Milestone date", False),
     ("By when", False), ("Due 2025", False)],
)  # fmt: skip
def test_an_action_tables_timeline_columns(cell: str, timeline: bool) -> None:
    assert is_timeline_heading(cell) is timeline


@pytest.mark.parametrize(
    ("kind", "end"),
    [("academic", D(2026, 8, 31)), ("financial", D(2026, 3, 31))],
)
def test_a_bare_split_year_is_read_as_the_documents_year(kind: str, end: dt.date) -> None:
    with year_reading(kind):  # type: ignore[arg-type]
        assert parse_due("2025/26").due_date == end
        assert parse_period_end("2025/26 target") == end
        assert parse_due("Q3 2025/26").due_date == D(2025, 12, 31)  # a quarter says which
        assert parse_due("Spring term 2025/26").due_date == D(2026, 4, 30)  # a term too
    assert parse_due("2025/26").due_date == D(2026, 8, 31)  # the reading ends with the block


def test_a_document_counting_six_terms_ends_term_2_in_december() -> None:
    from planparse.fields.dates import term_reading

    with term_reading(six=True):
        assert parse_due("Term 2 2025/26").due_date == D(2025, 12, 31)
        assert parse_due("Term 3 2025/26").due_date == D(2026, 2, 28)
    assert parse_due("Term 2 2025/26").due_date == D(2026, 4, 30)  # the reading ends with it


# Deadlines printed without a year, as plans for one year print them, with their date in an
# academic year 2025/26 (September to August), a financial year 2025/26 (April to March) and
# the calendar year 2025. None: not dated (a quarter names no months of an academic year; the
# verb "may").
ACADEMIC, FINANCIAL, CALENDAR = (
    YearFrame(2025, "academic"),
    YearFrame(2025, "financial"),
    YearFrame(2025, "calendar"),
)
YEARLESS = [
    ("By end Oct", D(2025, 10, 31), D(2025, 10, 31), D(2025, 10, 31)),
    ("end of March", D(2026, 3, 31), D(2026, 3, 31), D(2025, 3, 31)),
    ("May", D(2026, 5, 31), D(2025, 5, 31), D(2025, 5, 31)),
    ("Sept", D(2025, 9, 30), D(2025, 9, 30), D(2025, 9, 30)),
    ("31st March", D(2026, 3, 31), D(2026, 3, 31), D(2025, 3, 31)),
    ("March 31st", D(2026, 3, 31), D(2026, 3, 31), D(2025, 3, 31)),
    ("w/c 3rd March", D(2026, 3, 3), D(2026, 3, 3), D(2025, 3, 3)),
    ("Sept - Dec", D(2025, 12, 31), D(2025, 12, 31), D(2025, 12, 31)),
    ("Jan - Jun", D(2026, 6, 30), D(2026, 6, 30), D(2025, 6, 30)),
    ("Sep - Mar", D(2026, 3, 31), D(2026, 3, 31), D(2026, 3, 31)),  # periods run forward
    ("Autumn term", D(2025, 12, 31), D(2025, 12, 31), D(2025, 12, 31)),
    ("Spring term", D(2026, 4, 30), D(2026, 4, 30), D(2025, 4, 30)),
    ("end of Summer term", D(2026, 7, 31), D(2025, 7, 31), D(2025, 7, 31)),
    ("Summer 1", D(2026, 5, 31), D(2025, 5, 31), D(2025, 5, 31)),
    ("Autumn 2", D(2025, 12, 31), D(2025, 12, 31), D(2025, 12, 31)),
    ("October half term", D(2025, 10, 31), D(2025, 10, 31), D(2025, 10, 31)),
    ("By Easter", D(2026, 4, 30), D(2026, 4, 30), D(2025, 4, 30)),
    ("Christmas", D(2025, 12, 31), D(2025, 12, 31), D(2025, 12, 31)),
    ("Q3", None, D(2025, 12, 31), D(2025, 9, 30)),
    ("Q4", None, D(2026, 3, 31), D(2025, 12, 31)),
    ("may be delayed", None, None, None),
    # a year named by its kind or its end: the year given, ending as that kind does; a
    # calendar year places no financial or academic year
    ("End of financial year", D(2026, 3, 31), D(2026, 3, 31), None),
    ("By the end of the academic year", D(2026, 8, 31), D(2026, 8, 31), None),
    ("End of the school year", D(2026, 8, 31), D(2026, 8, 31), None),
    ("Year end", D(2026, 8, 31), D(2026, 3, 31), None),
    ("End of year", D(2026, 8, 31), D(2026, 3, 31), None),
    ("End of year 1", None, None, None),
]


@pytest.mark.parametrize(("wording", "academic", "financial", "calendar"), YEARLESS)
def test_a_deadline_without_a_year_is_dated_in_the_year_given(
    wording: str, academic: dt.date | None, financial: dt.date | None, calendar: dt.date | None
) -> None:
    assert parse_due(wording).due_date is None  # no year given: no date, as before
    for year, date in ((ACADEMIC, academic), (FINANCIAL, financial), (CALENDAR, calendar)):
        due = parse_due(wording, year=year)
        assert (due.due_date, due.due_text, due.year) == (date, wording, year if date else None)


@pytest.mark.parametrize(
    ("wording", "kind", "date"),
    [
        ("Termly from Autumn term", "recurring", D(2025, 12, 31)),
        ("From Sept", "ongoing", D(2025, 9, 30)),
        ("TBC", "tbc", None),
        ("Ongoing", "ongoing", None),
    ],
)
def test_a_year_given_keeps_the_kind_of_a_deadline(
    wording: str, kind: str, date: dt.date | None
) -> None:
    assert (
        parse_due(wording, year=ACADEMIC).due_kind,
        parse_due(wording, year=ACADEMIC).due_date,
    ) == (kind, date)


@pytest.mark.parametrize(
    "wording",
    ["Oct 25", "March 2026", "Sept 2025 - March", "Summer term 2026", "Q3 2024/25", "27.01.2026"],
)
def test_a_deadline_printing_its_year_is_read_as_printed(wording: str) -> None:
    assert parse_due(wording, year=FINANCIAL) == parse_due(wording)


# A range printing its year at the start only: the end is in that year or, running forward,
# the next.
RANGE_ENDS = [
    ("Sept 2025 - March", D(2026, 3, 31), (D(2025, 9, 30), D(2026, 3, 31))),
    ("Sep 25 – Mar", D(2026, 3, 31), (D(2025, 9, 30), D(2026, 3, 31))),
    ("September 2025 to March", D(2026, 3, 31), (D(2025, 9, 30), D(2026, 3, 31))),
    ("Jan 2026 – Jul", D(2026, 7, 31), (D(2026, 1, 31), D(2026, 7, 31))),
    ("Oct-25 until Feb", D(2026, 2, 28), (D(2025, 10, 31), D(2026, 2, 28))),
    ("1st Sept 2025 - 31st March", D(2026, 3, 31), (D(2025, 9, 1), D(2026, 3, 31))),
    ("Autumn term 2025 - Spring term", D(2026, 4, 30), (D(2025, 12, 31), D(2026, 4, 30))),
    ("Summer term 2025 to Autumn", D(2025, 12, 31), (D(2025, 7, 31), D(2025, 12, 31))),
    ("May 2025 - August", D(2025, 8, 31), (D(2025, 5, 31), D(2025, 8, 31))),
    # not a range's end: a year printed, a start with no end, the verb, a quarter
    ("Sept 2025 - March 2027", D(2027, 3, 31), (D(2025, 9, 30), D(2027, 3, 31))),
    # a term or half term printed with its year, the year after the word "term"
    ("Autumn term 2025 - Spring term 2026", D(2026, 4, 30), (D(2025, 12, 31), D(2026, 4, 30))),
    ("September 2025 – Spring term 2026", D(2026, 4, 30), (D(2025, 9, 30), D(2026, 4, 30))),
    ("Autumn term 2025 to Summer term 2026", D(2026, 7, 31), (D(2025, 12, 31), D(2026, 7, 31))),
    ("Sept 2025 - ongoing", D(2025, 9, 30), (D(2025, 9, 30),)),
    ("June 2025 - may change", D(2025, 6, 30), (D(2025, 6, 30),)),
    ("April 2025 to Q2", D(2025, 4, 30), (D(2025, 4, 30),)),
    ("Sept 2025, reviewed in March", D(2025, 9, 30), (D(2025, 9, 30),)),
    # a month and its two-digit year at both ends: the end is no day ("Jul 26" is July 2026)
    ("Sept 25 - Jul 26", D(2026, 7, 31), (D(2025, 9, 30), D(2026, 7, 31))),
    ("Apr 25 - Mar 26", D(2026, 3, 31), (D(2025, 4, 30), D(2026, 3, 31))),
    ("Oct 25 – Jan 26", D(2026, 1, 31), (D(2025, 10, 31), D(2026, 1, 31))),
]


@pytest.mark.parametrize(("wording", "date", "dates"), RANGE_ENDS)
def test_a_ranges_end_without_a_year_takes_its_starts(
    wording: str, date: dt.date, dates: tuple[dt.date, ...]
) -> None:
    due = parse_due(wording)
    assert (due.due_date, due.dates, due.year) == (date, dates, None)
    assert parse_due(wording, year=FINANCIAL) == due  # the cell's own year, not the plan's


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        ("Timescale 2025/26", "academic", YearFrame(2025, "academic")),
        ("Timescale 2025/26", "financial", YearFrame(2025, "financial")),
        ("Deadline (FY 2025/26)", "academic", YearFrame(2025, "financial")),
        ("Target date 2025-2026", "academic", YearFrame(2025, "academic")),
        ("Deadline 2025", "academic", YearFrame(2025, "calendar")),
        ("SEND Improvement Plan 2025/26", "academic", YearFrame(2025, "academic")),
        ("Timescale", "academic", None),
        ("SEND Improvement Plan 2024-2028", "academic", None),
        ("SEND Improvement Plan 2024-28", "academic", None),
        ("2024 - 2026", "academic", None),
        ("Deadline (by March 2026)", "academic", None),
        ("Q3 2025/26", "financial", None),
        ("Plan 2025/26, refreshed 2026", "academic", None),
    ],
)
def test_the_one_year_a_heading_names(text: str, kind: str, year: YearFrame | None) -> None:
    with year_reading(kind):  # type: ignore[arg-type]
        assert year_frame(text) == year


# A period printed without its year under a merged cell naming one: (period, heading, in an
# academic year, in a financial year). A quarter is a financial year's either way (domain
# notes); a month or term falls in the half of the year it opens in.
PERIODS_UNDER_A_YEAR = [
    ("Q1", "2025/26", "Q1 2025/26", "Q1 2025/26"),
    ("Qtr 3", "2025/26", "Qtr 3 2025/26", "Qtr 3 2025/26"),
    ("Q1 (Apr-Jun)", "2025/26", "Q1 2025/26 (Apr-Jun)", "Q1 2025/26 (Apr-Jun)"),
    ("Q3", "2026", "Q3 2026", "Q3 2026"),
    ("Apr", "2025/26", "Apr 2026", "Apr 2025"),
    ("Sept", "2025/26", "Sept 2025", "Sept 2025"),
    ("Jan", "2026", "Jan 2026", "Jan 2026"),
    ("Autumn", "2025/26", "Autumn 2025", "Autumn 2025"),
    ("Spring term", "2025/26", "Spring term 2026", "Spring term 2026"),
    ("Summer 2", "2025/26", "Summer 2 2026", "Summer 2 2025"),
    ("Term 2", "2025/26", "Term 2 2025/26", "Term 2 2025/26"),
    ("HT5", "2025/26", "HT5 2025/26", "HT5 2025/26"),
    ("Q1", "Year 1 (2025/26)", "Q1 2025/26", "Q1 2025/26"),
    # no period without a year, or no one year over it
    ("Target", "2025/26", None, None),
    ("Q1 2025", "2025/26", None, None),
    ("By Oct 25", "2025/26", None, None),
    ("Q1", "Year 1", None, None),
    ("Q1", "2025-2028", None, None),
    ("", "2025/26", None, None),
]


@pytest.mark.parametrize(("period", "heading", "academic", "financial"), PERIODS_UNDER_A_YEAR)
def test_a_period_under_a_year_names_it(
    period: str, heading: str, academic: str | None, financial: str | None
) -> None:
    with year_reading("academic"):
        assert period_in_year(period, heading) == academic
    with year_reading("financial"):
        assert period_in_year(period, heading) == financial


@pytest.mark.parametrize(
    ("cell", "period"),
    [("Q1", True), ("Autumn", True), ("Spring term", True), ("Sept", True), ("Term 4", True),
     ("2025/26", True), ("Q3 2025/26", True), ("Lead", False), ("Target", False), ("may", False),
     ("Actual", False), ("", False)],
)  # fmt: skip
def test_a_period_name_with_or_without_its_year(cell: str, period: bool) -> None:
    assert is_period_name(cell) is period
