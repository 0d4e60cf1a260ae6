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
        ("Susp. -10%", -10.0, "percent_change", "Susp."),
        ("Susp. Number: 561", 561.0, "count", "Susp."),
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
        # a range is its lower bound; a fraction its numerator; "22/23" is a year, not a value
        ("1.6-1.7", [(None, 1.6, "count", "1.6-1.7")]),
        ("3/15 reviews", [(None, 3.0, "count", "3/15")]),
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
    ],
)
def test_parse_values_real_wordings(
    cell: str, expected: list[tuple[str | None, float, str, str]]
) -> None:
    assert [(v.series, v.value, v.unit, v.value_text) for v in parse_values(cell)] == expected
