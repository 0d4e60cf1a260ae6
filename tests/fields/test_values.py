import pytest

from planparse.fields.values import parse_value, parse_values


@pytest.mark.parametrize(
    ("cell", "value", "unit", "series"),
    [
        ("48%", 48.0, "percent", None),
        ("12.00%", 12.0, "percent", None),
        ("+ 10%", 10.0, "percent_change", None),
        ("-5%", -5.0, "percent_change", None),
        ("Views 1530", 1530.0, "count", "Views"),
        ("9.5 months", 9.5, "months", None),
        # durations abbreviated, as a scorecard's narrow cells print them
        ("12 wks", 12.0, "weeks", None),
        ("15 working days", 15.0, "days", None),  # days of a kind: still days
        ("20 school days", 20.0, "days", None),
        ("6 mths", 6.0, "months", None),
        ("18 mnths", 18.0, "months", None),
        # a move printed with an arrow aims at its second value; "Zero" is none
        ("45% → 70%", 70.0, "percent", None),
        ("12 → 8 weeks", 8.0, "weeks", None),
        ("Zero", 0.0, "count", None),
        ("Susp. -10%", -10.0, "percent_change", "Susp."),
        ("Susp. Number: 561", 561.0, "count", "Susp."),
        # money, as plans print budgets and savings (not in the corpus)
        ("£2.5m", 2_500_000.0, "gbp", None),
        ("£450k", 450_000.0, "gbp", None),
        ("£12,000", 12_000.0, "gbp", None),
        ("5m", 5.0, "count", None),  # a multiplier counts only after a pound sign
        # a rate per head of population: one value, not the rate and its base
        ("3.5 per 1,000", 3.5, "per_1000", None),
        ("45.2 per 10,000 children", 45.2, "per_10000", None),
        ("8.2 per 100,000", 8.2, "per_100000", None),
    ],
)
def test_parse_value(cell: str, value: float, unit: str, series: str | None) -> None:
    v = parse_value(cell)
    assert v is not None and (v.value, v.unit, v.series) == (value, unit, series)


def test_several_series_in_one_cell() -> None:
    values = parse_values("Susp. -10% Excl. -30%")
    assert [(v.series, v.value) for v in values] == [("Susp.", -10.0), ("Excl.", -30.0)]


def test_words_have_no_value() -> None:
    assert parse_value("New measurement no baseline yet") is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # words before "at"/"is" name the series; the value keeps its words
        ("6 weeks at 70%", [("6 weeks", 70.0, "percent", "6 weeks at 70%")]),
        (
            "12-week final amended date met is 38%",
            [
                (
                    "12-week final amended date met",
                    38.0,
                    "percent",
                    "12-week final amended date met is 38%",
                )
            ],
        ),
        # several clauses in one cell, each its own series (Hillingdon M5 baseline)
        (
            "4-week decision met at 17% 12-week final amended date met is 38%",
            [
                ("4-week decision met", 17.0, "percent", "4-week decision met at 17%"),
                (
                    "12-week final amended date met",
                    38.0,
                    "percent",
                    "12-week final amended date met is 38%",
                ),
            ],
        ),
        # a label glossed in brackets; a value followed by what it counts (Hillingdon M6, M11)
        (
            "RI (require improvement) 37% (42% national average)",
            [
                ("RI", 37.0, "percent", "RI (require improvement) 37%"),
                ("national average", 42.0, "percent", "42% national average"),
            ],
        ),
        (
            "11% of early years settings 11% of schools",
            [
                ("early years settings", 11.0, "percent", "11% of early years settings"),
                ("schools", 11.0, "percent", "11% of schools"),
            ],
        ),
        # but not a clause about them, nor words after a value that are not "of" or bracketed
        ("43% of YP who moved to employment", [(None, 43.0, "percent", "43%")]),
        ("3/15 reviews completed", [(None, 3.0, "count", "3/15")]),
        # capitalised words after a preposition are its object, not a label
        ("Average time of CYP in AP 9.5 months", [(None, 9.5, "months", "9.5 months")]),
        ("Baseline Average 1.4 schools", [("Average", 1.4, "count", "Average 1.4")]),
        # a range is its lower bound; a fraction its numerator; "22/23" is a year, not a value
        ("1.6-1.7", [(None, 1.6, "count", "1.6-1.7")]),
        ("3/15 reviews", [(None, 3.0, "count", "3/15")]),
        ("3 out of 4 schools", [(None, 3.0, "count", "3 out of 4")]),  # as "3/4" is
        ("8 of 12", [(None, 8.0, "count", "8 of 12")]),  # one value, not 8 and 12 (Pendle)
        # a change named after the value is a change, its sign the noun's
        ("50% reduction", [(None, -50.0, "percent_change", "50% reduction")]),
        ("10% increase in attendance", [(None, 10.0, "percent_change", "10% increase")]),
        ("22/23 44%", [(None, 44.0, "percent", "44%")]),
        # a series label of several capitalised words
        (
            "Hillingdon SEN Support 11.86% National 13.41%",
            [
                ("Hillingdon SEN Support", 11.86, "percent", "Hillingdon SEN Support 11.86%"),
                ("National", 13.41, "percent", "National 13.41%"),
            ],
        ),
        ("G 43% RI 32%", [("G", 43.0, "percent", "G 43%"), ("RI", 32.0, "percent", "RI 32%")]),
        # a comparator printed in lower case, or with "average", still names its figure
        (
            "45% (national 50%)",
            [(None, 45.0, "percent", "45%"), ("national", 50.0, "percent", "national 50%")],
        ),
        (
            "Hillingdon 45% (England average 52%, statistical neighbours 48%)",
            [
                ("Hillingdon", 45.0, "percent", "Hillingdon 45%"),
                ("England average", 52.0, "percent", "England average 52%"),
                ("statistical neighbours", 48.0, "percent", "statistical neighbours 48%"),
            ],
        ),
    ],
)
def test_parse_values_real_wordings(
    cell: str, expected: list[tuple[str | None, float, str, str]]
) -> None:
    assert [(v.series, v.value, v.unit, v.value_text) for v in parse_values(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "is_label"),
    [
        ("EHCP 16-25 year olds", True),  # Hillingdon p.30's series column
        ("SALT", True),
        ("92.5%", False),
        ("By Oct 25", False),  # a period, not a series
        ("Susp. -10% Excl. -10%", False),
        ("accessing S", False),
    ],
)
def test_is_series_label(cell: str, is_label: bool) -> None:
    from planparse.fields.values import is_series_label

    assert is_series_label(cell) is is_label


@pytest.mark.parametrize(
    ("cell", "value", "unit", "value_text"),
    [
        # other areas' targets: a word saying how the value compares is no series, and stays
        # in the value's text
        ("Below 2%", 2.0, "percent", "Below 2%"),
        ("Under 5%", 5.0, "percent", "Under 5%"),
        ("Maintain at 95%", 95.0, "percent", "Maintain at 95%"),
        ("Target 60%", 60.0, "percent", "Target 60%"),
        ("Target 100% of all identified schools", 100.0, "percent", "Target 100%"),
        # a change by a verb: its sign is the verb's
        ("Reduce by 10%", -10.0, "percent_change", "Reduce by 10%"),
        ("Increase by 5%", 5.0, "percent_change", "Increase by 5%"),
        ("Reduce by 25", -25.0, "count_change", "Reduce by 25"),
        ("Improve by 3pp", 3.0, "percent_change", "Improve by 3pp"),
        ("Reduce to 10%", 10.0, "percent", "10%"),  # a level to reach, not a change
        ("Increase of 5%", 5.0, "percent_change", "Increase of 5%"),
        ("Drop by 10%", -10.0, "percent_change", "Drop by 10%"),
        ("Cuts of 15", -15.0, "count_change", "Cuts of 15"),
        ("Raise by 2pp", 2.0, "percent_change", "Raise by 2pp"),
        # an arrow before the value: a change its way, as a dashboard prints it
        ("↑ 5%", 5.0, "percent_change", "↑ 5%"),
        ("↓10%", -10.0, "percent_change", "↓ 10%"),
        ("▼ 3", -3.0, "count_change", "▼ 3"),
        # words making the value a bound stay in its text, before or after it (were dropped:
        # "At least 90%" printed as "90%")
        ("At least 90%", 90.0, "percent", "At least 90%"),
        ("no more than 5%", 5.0, "percent", "no more than 5%"),
        ("Up to 10%", 10.0, "percent", "Up to 10%"),
        ("fewer than 20", 20.0, "count", "fewer than 20"),
        ("a minimum of 80%", 80.0, "percent", "a minimum of 80%"),
        ("95%+", 95.0, "percent", "95%+"),
        ("90% or above", 90.0, "percent", "90% or above"),
        ("Target 60% or higher", 60.0, "percent", "Target 60% or higher"),
        ("at least 95% within 20 weeks", 95.0, "percent", "at least 95% within 20 weeks"),
        # a comparison sign stays in the text
        ("<10%", 10.0, "percent", "<10%"),
        ("≥ 90%", 90.0, "percent", "≥ 90%"),
        ("Target <5%", 5.0, "percent", "Target <5%"),
        # percentage points are a change, signed or not
        ("+3 ppts", 3.0, "percent_change", "+3 ppts"),
        ("5pp", 5.0, "percent_change", "5pp"),
        ("Increase of 5%pts", 5.0, "percent_change", "Increase of 5%pts"),
        (
            "Decrease of 2 percentage points",
            -2.0,
            "percent_change",
            "Decrease of 2 percentage points",
        ),
        # a proportion is a percentage; "rate" names no series
        ("1 in 4", 25.0, "percent", "1 in 4"),
        ("1 in 3 children", 33.33, "percent", "1 in 3"),
        ("Rate 3.1 per 1,000", 3.1, "per_1000", "Rate 3.1 per 1,000"),
    ],
)
def test_a_target_worded_as_a_comparison_or_a_change(
    cell: str, value: float, unit: str, value_text: str
) -> None:
    v = parse_value(cell)
    assert v is not None
    assert (v.value, v.unit, v.series, v.value_text) == (value, unit, None, value_text)


def test_a_bound_keeps_what_the_value_counts() -> None:
    # "of schools" after a bound still names the series
    v = parse_value("95%+ of schools")
    assert v is not None and (v.series, v.value_text) == ("schools", "95%+ of schools")
    # a plus before a number is the sign of a value of its own, not a bound
    assert [(v.value, v.value_text) for v in parse_values("5+3")] == [(5.0, "5"), (3.0, "+3")]


def test_a_noun_that_begins_like_a_verb_is_no_change() -> None:
    # "rise" and "risk" share their first letters: only the verb signs a change
    v = parse_value("Risk of 5%")
    assert v is not None and (v.value, v.unit) == (5.0, "percent")


# Numbers in a cell that qualify a value or name something, no values of their own
QUALIFIERS = [
    # a time limit the value is measured against is part of that value, not a value
    ("95% within 20 weeks", [(95.0, "percent", None, "95% within 20 weeks")]),
    ("80% in 20 weeks", [(80.0, "percent", None, "80% in 20 weeks")]),
    ("within 6 weeks: 80%", [(80.0, "percent", None, "within 6 weeks: 80%")]),
    ("Within 20 weeks: 60%", [(60.0, "percent", None, "Within 20 weeks: 60%")]),
    (
        "95% of plans within 20 weeks",
        [(95.0, "percent", "plans", "95% of plans within 20 weeks")],
    ),
    (
        "80% in 20 weeks 95% in 26 weeks",
        [
            (80.0, "percent", None, "80% in 20 weeks"),
            (95.0, "percent", None, "95% in 26 weeks"),
        ],
    ),
    # alone in its cell the time limit is the target
    ("Within 20 weeks", [(20.0, "weeks", None, "Within 20 weeks")]),
    ("9.5 months", [(9.5, "months", None, "9.5 months")]),
    # a move from one value to another aims at the second
    ("From 30% to 45%", [(45.0, "percent", None, "From 30% to 45%")]),
    ("Increase from 30% to 45%", [(45.0, "percent", None, "from 30% to 45%")]),
    ("Reduce from 12 to 8 weeks", [(8.0, "weeks", None, "from 12 to 8 weeks")]),
    ("Year 6 from 40% to 50%", [(50.0, "percent", "Year 6", "Year 6 from 40% to 50%")]),
    # a sample size is how many a value was measured on, not a value
    ("12.5% (n=40)", [(12.5, "percent", None, "12.5%")]),
    ("45% n = 120", [(45.0, "percent", None, "45%")]),
]
NAMES = [
    # a school year, key stage, quarter or age band names the series, it is no value
    ("Year 11 NEET 3%", [(3.0, "percent", "Year 11 NEET", "Year 11 NEET 3%")]),
    ("Y6 62%", [(62.0, "percent", "Y6", "Y6 62%")]),
    ("KS2 RWM 45%", [(45.0, "percent", "KS2 RWM", "KS2 RWM 45%")]),
    ("Target KS2 65%", [(65.0, "percent", "KS2", "Target KS2 65%")]),
    (
        "Q1: 40% Q2: 50%",
        [(40.0, "percent", "Q1", "Q1: 40%"), (50.0, "percent", "Q2", "Q2: 50%")],
    ),
    ("Attainment 8: 15.2", [(15.2, "count", "Attainment 8", "Attainment 8: 15.2")]),
    ("EHCP 16-17 94%", [(94.0, "percent", "EHCP 16-17", "EHCP 16-17 94%")]),
    # a RAG rating before the figure, a dash or colon between: no series, no minus
    ("Red - 38%", [(38.0, "percent", None, "38%")]),
    ("Amber: 52%", [(52.0, "percent", None, "52%")]),
    # a number run into a plural or an ordinal names: "Under 5s", "3rd"
    ("Under 5s 40%", [(40.0, "percent", None, "40%")]),
    ("3rd", []),
    # the age a phase starts at names it: no minus sixteen (Egremont's "Post-16 Lead")
    ("Post-16 Lead", []),
    ("Post-16 NEET -2%", [(-2.0, "percent_change", "Post-16 NEET", "Post-16 NEET -2%")]),
    ("16-25 year olds 30%", [(30.0, "percent", "16-25 year olds", "16-25 year olds 30%")]),
    ("Ages 0-25: 4.1%", [(4.1, "percent", "Ages 0-25", "Ages 0-25: 4.1%")]),
    ("50% of pupils in Year 6", [(50.0, "percent", None, "50%")]),
    # a date the value is due by is no value either
    ("100% by July 2026", [(100.0, "percent", None, "100%")]),
    ("60% by Sept 25", [(60.0, "percent", None, "60%")]),
    ("65% (Dec 2024)", [(65.0, "percent", None, "65%")]),
    ("By 2026 60%", [(60.0, "percent", None, "60%")]),
    ("60% in 2025/26", [(60.0, "percent", None, "60%")]),
    # ranges of the same kind stay values
    ("16-18 weeks", [(16.0, "weeks", None, "16-18 weeks")]),
    ("85-90%", [(85.0, "percent", None, "85-90%")]),
    # so do ranges printed with a spaced dash, up to a larger value of the same unit
    ("85% - 90%", [(85.0, "percent", None, "85% - 90%")]),
    ("10 - 12 weeks", [(10.0, "weeks", None, "10 - 12 weeks")]),
    # a dash down to a smaller value is a change, as a dash with no space after it is
    (
        "48% - 5%",
        [(48.0, "percent", None, "48%"), (-5.0, "percent_change", None, "- 5%")],
    ),
    (
        "48% -5%",
        [(48.0, "percent", None, "48%"), (-5.0, "percent_change", None, "-5%")],
    ),
    # a spaced dash between values of different units parts them; it is no sign
    ("60% - 10 weeks", [(60.0, "percent", None, "60%"), (10.0, "weeks", None, "10 weeks")]),
    ("Views 1530", [(1530.0, "count", "Views", "Views 1530")]),
]


@pytest.mark.parametrize(("cell", "expected"), QUALIFIERS + NAMES)
def test_a_number_that_qualifies_or_names_is_no_value(
    cell: str, expected: list[tuple[float, str, str | None, str]]
) -> None:
    got = [(v.value, v.unit, v.series, v.value_text) for v in parse_values(cell)]
    assert got == expected
