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
