"""Grid cells to numbers: '48%', '+ 10%', 'Susp. -10%', 'Views 1530', '9.5 months'.

Takes one cell of a baseline/target grid and adds value, unit and series. A cell may hold
several values of different series ("Susp. -10% Excl. -10%"); `parse_values` returns each.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

_VALUE_RE = re.compile(
    # a series label of up to three capitalised words ("Views", "Susp.", "Hillingdon SEN Support")
    r"(?P<series>[A-Z][A-Za-z]*\.?(?:\s[A-Z][A-Za-z]*\.?){0,2}(?:\s(?:Number|number|rate))?:?\s)?"
    r"(?P<sign>[+\-–−]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    # a range "1.6-1.7" or a fraction "3/15" keeps its first number as the value
    r"(?:(?P<range>-\d+(?:\.\d+)?)(?![\d/])|(?P<frac>/\d+)(?![\d/]))?\s?"
    r"(?P<unit>%|percent|months?|weeks?|days?|pp)?",
)


class Value(BaseModel):
    """One number read from a grid cell."""

    model_config = ConfigDict(frozen=True)
    value: float
    unit: str
    series: str | None = None
    value_text: str


def _unit(sign: str | None, unit: str | None) -> str:
    unit = (unit or "").lower()
    if unit in ("%", "percent", "pp"):
        return "percent_change" if sign else "percent"
    if unit.startswith("month"):
        return "months"
    if unit.startswith("week"):
        return "weeks"
    if unit.startswith("day"):
        return "days"
    return "count_change" if sign else "count"


def parse_values(cell: str) -> list[Value]:
    """Every value in a cell, left to right.

    >>> [v.value for v in parse_values("Susp. -10% Excl. -30%")]
    [-10.0, -30.0]
    """
    text = " ".join(cell.split())
    at = re.match(r"^(?P<series>[A-Za-z0-9 \-]+?)\s+(?:at|is)\s+(?P<rest>[+\-]?\s?\d.*)$", text)
    if at:
        # "6 weeks at 70%", "4-week decision at 50%": the words before "at" name the series
        return [
            v.model_copy(update={"series": at["series"], "value_text": text})
            for v in parse_values(at["rest"])
        ]
    out: list[Value] = []
    for m in _VALUE_RE.finditer(text):
        if m["frac"] and _is_year_pair(m["num"], m["frac"][1:]):
            continue  # "22/23" is an academic year, not a fraction
        num = float(m["num"].replace(",", ""))
        sign = (m["sign"] or "").strip()
        if sign in ("-", "–", "−"):
            num = -num
        series = m["series"].strip().rstrip(":").strip() if m["series"] else None
        if series:
            series = re.sub(r"\s(?:Number|number|rate)$", "", series)
            if series.split()[0].lower() in ("by", "baseline", "from", "to"):
                series = None
        out.append(
            Value(
                value=num, unit=_unit(sign, m["unit"]), series=series, value_text=m.group(0).strip()
            )
        )
    return out


def _is_year_pair(first: str, second: str) -> bool:
    """'22/23', '2024/25': consecutive years written as a pair."""
    return len(first) in (2, 4) and len(second) == 2 and (int(first) + 1) % 100 == int(second)


def parse_value(cell: str) -> Value | None:
    """The single value of a cell ('48%' -> 48 percent), or None when it holds no number."""
    values = parse_values(cell)
    return values[0] if values else None
