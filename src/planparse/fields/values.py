"""Grid cells to numbers: '48%', '+ 10%', 'Susp. -10%', 'Views 1530', '9.5 months', '£2.5m'.

Takes one cell of a baseline/target grid and adds value, unit and series. A cell may hold
several values of different series ("Susp. -10% Excl. -10%"); `parse_values` returns each.
Numbers that only qualify a value are none of their own: a time limit ("95% within 20
weeks"), a sample size ("n=40"), a range's far end ("85% - 90%"), where a move starts ("From
30% to 45%"), and numbers that name ("Year 11", "KS2", "16-25 year olds", "by Sept 25").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pydantic import BaseModel, ConfigDict

from planparse.fields.dates import MONTH_YEAR_RE, PERIOD_LABEL_RE, consecutive_years

_VALUE_RE = re.compile(
    # a series label of up to three capitalised words ("Views", "Susp.", "Hillingdon SEN Support"),
    # perhaps glossed ("RI (require improvement) 37%")
    r"(?P<series>[A-Z][A-Za-z]*\.?(?:\s[A-Z][A-Za-z]*\.?){0,2}(?P<gloss>\s\([a-z][^()\d]*\))?"
    r"(?:\s(?:Number|number|rate))?:?\s)?"
    # a comparison sign stays in the value's text ("<10%", "≥ 90%")
    r"(?P<cmp>[<>≤≥]=?\s?)?"
    r"(?P<sign>[+\-–−]\s?)?(?P<cur>£\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    # money: "£2.5m", "£450k", "£1.2 million" (a multiplier only after a pound sign)
    r"(?(cur)(?P<mult>\s?(?:bn|m|k|million)\b)?)"
    # a range "1.6-1.7" or a fraction "3/15", "5 out of 10", "8 of 12" keeps its first number
    # as the value; a proportion "1 in 4" is a percentage
    r"(?:(?P<range>-\d+(?:\.\d+)?)(?![\d/])|(?P<frac>/\d+|\s(?:out\s)?of\s\d+)(?![\d/])"
    r"|\sin\s(?P<one_in>[1-9]\d{0,2})(?![\d.,%]))?\s?"
    # a rate: "3.5 per 1,000", "45.2 per 10,000 children"
    # percentage points: "5pp", "+3 ppts", "5%pts", "2 percentage points"
    # durations abbreviated too: "12 wks", "6 mths"; counted in working or school days
    r"(?:(?:working|school|calendar|business)\s(?=(?:weeks?|wks?|days?)\b))?"
    r"(?P<unit>%\s?pts?\b|%|percent(?:age points?)?|months?|m(?:n)?ths?\b|weeks?|wks?\b|days?"
    r"|ppts?\b|pp"
    r"|per\s?(?:1|10|100),?000\b)?"
    # a number run into a plural or an ordinal names ("Under 5s", "3rd"): no value
    r"(?!(?:s|st|nd|rd|th)\b)",
)


# A cell holding a unit alone: the end of a value cut from its number ("100" / "days") by a
# line or page break
UNIT_ONLY_RE = re.compile(r"(?:%|percent|months?|m(?:n)?ths?|weeks?|wks?|days?|pp)", re.I)


class Value(BaseModel):
    """One number read from a grid cell."""

    model_config = ConfigDict(frozen=True)
    value: float
    unit: str
    series: str | None = None
    value_text: str


def _unit(sign: str | None, unit: str | None) -> str:
    unit = (unit or "").lower()
    if unit.startswith(("pp", "percentage point")) or unit.endswith(("pt", "pts")):
        return "percent_change"  # percentage points are a difference, signed or not
    if unit.startswith(("%", "percent")):
        return "percent_change" if sign else "percent"
    if unit.startswith("per"):
        return "per_" + re.sub(r"\D", "", unit)  # a rate: "per_1000", "per_10000"
    if unit.startswith(("month", "mth", "mnth")):
        return "months"
    if unit.startswith(("week", "wk")):
        return "weeks"
    if unit.startswith("day"):
        return "days"
    return "count_change" if sign else "count"


# "6 weeks at 70%", "4-week decision met at 17%": the words before "at"/"is" name the series
_CLAUSE_RE = re.compile(
    r"(?P<series>[A-Za-z0-9][A-Za-z0-9\-]*(?: [A-Za-z0-9\-]+){0,5}?)\s+(?:at|is)\s+"
    r"(?P<value>[+\-]?\s?\d+(?:\.\d+)?\s?(?:%|percent)?)"
)
# words that make the capitalised words after them an object, not a label: "time in AP 9.5"
_PREPOSITIONS = frozenset(["in", "of", "for", "to", "at", "with", "by", "on", "from", "into"])
# Words before a time limit a value is measured against ("95% within 20 weeks")
_LIMIT_WORDS = "within|in|under|inside"
# "11% of schools", "(42% national average)": a few words after a value naming what it counts
# (up to a time limit: "95% of plans within 20 weeks")
_TRAILING_SERIES_RE = re.compile(
    rf"\s+(?:of\s+(?P<of>[a-z]+(?:\s(?!(?:{_LIMIT_WORDS})\b)[a-z]+){{0,2}})"
    rf"(?=\s*(?:$|[\d(),;•→])|\s+(?:{_LIMIT_WORDS})\s+\d)"
    r"|(?P<aside>[a-z]+(?:\s[a-z]+){0,2})\))"
)


# A RAG rating a scorecard prints before its figure, a dash or colon between ("Red - 38%",
# "Amber: 52%"): no series, and its dash no minus
_RATED_RE = re.compile(r"^(?:red|amber|green|blue|[RAGB])\s*[-–—:]\s+(?=[<>≤≥+\-–−£]?\s?\d)", re.I)


def parse_values(cell: str) -> list[Value]:
    """Every value in a cell, left to right; "Zero" alone is 0.

    >>> [v.value for v in parse_values("Susp. -10% Excl. -30%")]
    [-10.0, -30.0]
    """
    text = _RATED_RE.sub("", " ".join(cell.split()))
    if text.lower() == "zero":  # a target of none: "Zero" exclusions
        return [Value(value=0.0, unit="count", value_text=text)]
    out: list[Value] = []
    pos = 0
    for clause in _CLAUSE_RE.finditer(text):
        if text[pos : clause.start()].strip():
            break  # clauses only lead a cell or follow one another
        out.extend(
            v.model_copy(
                update={"series": _without_qualifier(clause["series"]), "value_text": clause[0]}
            )
            for v in _plain_values(clause["value"])
        )
        pos = clause.end()
    return out + _plain_values(text[pos:].strip())


_MULTIPLIERS = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}


def _plain_values(text: str) -> list[Value]:
    found = list(_matched_values(text))
    for join in (_range_joined, _move_joined):
        found = _pairs_joined(text, found, join)
    return _untimed(text, found)


Found = tuple[Value, re.Match[str]]  # a value and where the cell prints it


def _pairs_joined(
    text: str, found: list[Found], join: Callable[[str, Found, Found], Found | None]
) -> list[Found]:
    """The values with each pair that `join` makes one value (a range, a move) made so."""
    out: list[Found] = []
    for pair in found:
        joined = join(text, out[-1], pair) if out else None
        if joined is None:
            out.append(pair)
        else:
            out[-1] = joined
    return out


_FROM_RE = re.compile(r"(?i)\bfrom\s+$")
_TO_RE = re.compile(r"(?i)\s*to\s+")
_ARROW_RE = re.compile(r"\s*[→⇒➔➜]\s*")


def _move_joined(text: str, before: Found, after: Found) -> Found | None:
    """ "From 30% to 45%", "reduce from 12 to 8 weeks", "45% → 70%": the value aimed at is the
    second; the first is where it starts from, and goes into its text."""
    (first, first_m), (second, m) = before, after
    if _ARROW_RE.fullmatch(text, first_m.end(), m.start()) and not (first.series or second.series):
        moved = " ".join(text[first_m.start() : m.end()].split())
        return second.model_copy(update={"value_text": moved}), m
    if not _TO_RE.fullmatch(text, first_m.end(), m.start()) or second.series:
        return None
    start = _FROM_RE.search(text, 0, _number_start(first_m))
    if start is None:
        return None
    if first.series:  # "Year 6 from 40% to 50%": the series named before "from" holds
        moved = f"{first.value_text} {text[first_m.end() : m.end()]}"
    else:
        moved = text[start.start() : m.end()]
    update = {"value_text": " ".join(moved.split()), "series": first.series}
    return second.model_copy(update=update), m


def _range_joined(text: str, before: Found, after: Found) -> Found | None:
    """ "85% - 90%", "10 - 12 weeks": a spaced dash up to a larger value of the same unit (or
    the first printing none) makes a range, which keeps its first number as the value, as
    "85-90%" does, and the unit printed at its end; not a value and then a fall of 90%."""
    (first, first_m), (second, m) = before, after
    is_range = (
        first.series is None
        and m["series"] is None
        and _spaced_dash_after(text, first_m, m) in ("-", "–")
        and -second.value > first.value
        and (first_m["unit"] is None or first.unit == _unit(None, m["unit"]))
        and not first_m["cur"]
    )
    if not is_range:
        return None
    joined = f"{first.value_text} {text[first_m.end() : m.end()].strip()}"
    unit = _unit(None, m["unit"])
    return first.model_copy(update={"value_text": joined, "unit": unit}), first_m


# "95% within 20 weeks", "within 6 weeks: 80%": the time limit a value is measured against
_TIME_LIMIT_RE = re.compile(rf"(?i)\b(?:{_LIMIT_WORDS})\s+$")
_DURATIONS = frozenset(["weeks", "days", "months"])


def _untimed(text: str, found: list[Found]) -> list[Value]:
    """The values of a cell less the time limits that qualify them.

    A duration after "within" is part of the value it times ("95% within 20 weeks"), the one
    before it or else the one after ("within 6 weeks: 80%"), and goes into that value's text.
    Alone in a cell ("Within 20 weeks") it is the value.
    """
    starts = {
        i: limit.start()
        for i, (value, m) in enumerate(found)
        if value.unit in _DURATIONS and (limit := _TIME_LIMIT_RE.search(text, 0, m.start("num")))
    }
    if len(starts) == len(found):
        return [value for value, _ in found]
    spans = dict(enumerate(_own_spans(text, [value for value, _ in found])))
    for i, start in sorted(starts.items()):
        if spans.get(i - 1) and i - 1 not in starts:
            spans[i - 1] = (spans[i - 1][0], found[i][1].end())  # "95% within 20 weeks"
        elif spans.get(i + 1) and i + 1 not in starts:
            spans[i + 1] = (start, spans[i + 1][1])  # "within 6 weeks: 80%"
    return [
        value.model_copy(update={"value_text": text[slice(*spans[i])].strip()})
        if spans[i]
        else value
        for i, (value, _) in enumerate(found)
        if i not in starts
    ]


def _own_spans(text: str, values: list[Value]) -> Iterator[tuple[int, int] | None]:
    """Where each value's own text is printed in the cell, left to right (None where its text
    is not printed as one run)."""
    cursor = 0
    for value in values:
        start = text.find(value.value_text, cursor)
        if start < 0:
            yield None
            continue
        cursor = start + len(value.value_text)
        yield start, cursor


_SAMPLE_SIZE_RE = re.compile(r"(?i)\bn\s?=\s?$")
# Numbers that name rather than measure: a school year or key stage ("Year 6", "KS2", "Y11"),
# a quarter ("Q1"), a measure's own name ("Attainment 8"), an age band ("16-25 year olds",
# "aged 0-25", "EHCP 16-17"), the age a phase starts or ends at ("Post-16 Lead", "pre-16"),
# a year the value is dated by ("by 2026", "(2023)")
_NAMING_RE = re.compile(
    r"(?i)\b(?:KS|key stage\s?|Y(?:ear|r)?\s?)\d{1,2}\b(?![.,]?\d|\s?%)"
    r"|\b(?:post|pre)[-\s]?1[6-9]\b(?!\s?%)"
    r"|\bQ[1-4]\b"
    r"|\b(?:Attainment|Progress)\s8\b"
    r"|\b(?:aged?|ages)\s\d{1,2}(?:\s?[-–]\s?\d{1,2}|\+)?\b"
    r"|\b(?:0|2|3|4|5|11|14|16|18|19)\s?[-–]\s?(?:5|11|16|17|18|19|24|25)\b"
    r"(?!\s?(?:%|percent|months?|weeks?|days?)|[.,]\d)"
    r"|(?:\b(?:by|in|from|since|until|to|before|after|end(?:\sof)?)\s+|(?<=\())(?:19|20)\d{2}"
    r"(?:[-/]\d{2})?\b(?!\s?%)"
)


def _naming_spans(text: str) -> list[tuple[int, int]]:
    """Where the cell prints numbers that are part of a name or a date, not values."""
    spans = [m.span() for m in _NAMING_RE.finditer(text)]
    return spans + [m.span() for m in MONTH_YEAR_RE.finditer(text)]


def _matched_values(text: str) -> Iterator[Found]:
    names = _naming_spans(text)
    after = 0  # where the value before ends
    before: re.Match[str] | None = None  # the value before
    for m in _VALUE_RE.finditer(text):
        if any(start <= m.start("num") < end for start, end in names):
            continue  # "KS2", "16-25 year olds", "by July 2026": a name, not a value
        if m["frac"] and m["frac"][0] == "/" and _is_year_pair(m["num"], m["frac"][1:]):
            continue  # "22/23" is an academic year, not a fraction
        if _SAMPLE_SIZE_RE.search(text, 0, m.start("num")):
            continue  # "12.5% (n=40)": how many the value was measured on
        num = float(m["num"].replace(",", "")) * _MULTIPLIERS.get((m["mult"] or "").strip(), 1)
        if m["one_in"]:
            num = round(100 * num / int(m["one_in"]), 2)
        sign = (m["sign"] or "").strip()
        parted = before is not None and _parted_by_dash(text, before, m)
        if parted:
            sign = ""  # "60% - 10 weeks": two values, not 60% and a fall of 10 weeks
        change = None if sign else _CHANGE_BY_RE.search(text, 0, m.start())
        if change:
            sign = "-" if change["down"] or change["down_arrow"] else "+"  # "Reduce by 10%": -10%
        named_change = None if sign or change else _CHANGE_NAMED_RE.match(text, m.end())
        if named_change:
            sign = "-" if named_change["down"] else "+"  # "50% reduction": -50%
        if sign in ("-", "–", "−"):
            num = -num
        value_text = m.group(0).strip()
        if parted:
            value_text = value_text[len(m["sign"]) :]
        series = _series(m, text)
        # "Below 2%", "Target 100%": words saying how the value compares stay in its text
        qualified = bool(m["series"]) and _without_qualifier(m["series"].rstrip(": ")) is None
        if change:
            value_text = f"{change[0].strip()} {value_text}"
        elif named_change:
            value_text = f"{value_text} {named_change[0].strip()}"
        elif series is None and m["series"] and not qualified:
            value_text = value_text[len(m["series"]) :].strip()
        elif series and not value_text.startswith(series):
            value_text = value_text[value_text.find(series) :]  # "Baseline Average 1.4"
        if series is None and not m["series"] and (comp := _comparator_before(text, after, m)):
            series = comp  # "45% (national 50%)": the comparison's own figure
            value_text = " ".join(text[text.index(comp, after) : m.end()].split())
        value_text, end = _with_bounds(text, after, m, value_text)
        trail = None if qualified else _TRAILING_SERIES_RE.match(text, end)
        if series is None and trail:
            series = trail["of"] or trail["aside"]
            value_text = f"{value_text} {trail.group(0).strip().rstrip(')')}"
        if (label := _named_label(text, after, m, names)) is not None:
            series = _without_qualifier(label)  # "Target KS2 65%": the series is "KS2"
            value_text = " ".join(text[text.index(label, after) : m.end()].split())
        value = Value(
            value=num,
            unit="gbp" if m["cur"] else _unit(sign, "%" if m["one_in"] else m["unit"]),
            series=series,
            value_text=value_text,
        )
        after, before = m.end(), m
        yield value, m


# Words that make a value a bound, kept in its text as the cell prints them: before it ("At
# least 90%", "no more than 5%", "up to 10%") or after it ("95%+", "90% or above")
_BOUND_BEFORE_RE = re.compile(
    r"(?i)\b(?:at\s+(?:least|most)|no\s+(?:more|less|fewer|lower|higher)\s+than"
    r"|(?:more|less|fewer|lower|higher|greater)\s+than|up\s+to|(?:a\s+)?(?:minimum|maximum)\s+of"
    r"|approximately|about|around|over|under|above|below)\s+$"
)
_BOUND_AFTER_RE = re.compile(
    r"(?i)\s?\+(?!\s?\d)|\s+or\s+(?:more|above|higher|over|greater|better|less|below|lower|fewer"
    r"|under)\b"
)


def _with_bounds(text: str, after: int, m: re.Match[str], value_text: str) -> tuple[str, int]:
    """A value's text with the words around it that make it a bound ("At least 90%"), when
    its text is the value as printed alone, and where the value ends with them."""
    if text.startswith(value_text, m.start()) and (
        bound := _BOUND_BEFORE_RE.search(text, after, m.start())
    ):
        value_text = f"{bound[0]}{value_text}"
    end = m.start() + len(m[0].rstrip())
    if text.endswith(value_text, 0, end) and (bound := _BOUND_AFTER_RE.match(text, end)):
        value_text, end = f"{value_text}{bound[0]}", bound.end()
    return value_text, max(end, m.end())


def _parted_by_dash(text: str, before: re.Match[str], m: re.Match[str]) -> bool:
    """A spaced dash right after a value, before a value of another kind of unit ("60% - 10
    weeks"), parts two values; before one of the same kind it is a sign ("48% - 5%")."""
    return (
        m["series"] is None
        and m["cmp"] is None
        and _spaced_dash_after(text, before, m) in ("-", "–", "−")
        and bool(before["unit"] and m["unit"])
        and _kind(before["unit"]) != _kind(m["unit"])
    )


def _spaced_dash_after(text: str, before: re.Match[str], m: re.Match[str]) -> str | None:
    """The sign a value opens with when it is spaced from its number and printed right after
    the value before ("85% - 90%", "60% - 10 weeks"): a range's dash, a separator or a fall,
    as the two values say."""
    sign = m["sign"] or ""
    if sign.endswith(" ") and not text[before.end() : m.start()].strip():
        return sign[:1]
    return None


def _kind(unit: str) -> str:
    """What a printed unit measures: a share ("%", "pp"), a time ("weeks") or a rate."""
    kind = _unit(None, unit)
    return "time" if kind in _DURATIONS else "share" if kind.startswith("percent") else kind


# What a plan compares its own figure with, printed before that figure in any case:
# "national 50%", "England average 52%", "statistical neighbours: 48%"
_COMPARATOR_RE = re.compile(
    r"(?i)\b(?P<name>national(?:ly)?|england|regional(?:ly)?|london|statistical\s+neighbours?"
    r"|stat\.?\s+neighbours?|similar\s+(?:areas|authorities|LAs))"
    r"(?:\s+(?:average|avg\.?|mean|figure|rate))?\s*[:=]?\s*$"
)


def _comparator_before(text: str, after: int, m: re.Match[str]) -> str | None:
    """The comparator a value is the figure of, printed right before it ("national 50%")."""
    found = _COMPARATOR_RE.search(text, after, _number_start(m))
    return found[0].strip().rstrip(":=").strip() if found else None


def _number_start(m: re.Match[str]) -> int:
    """Where a value's number starts, with its sign: after any words labelling it."""
    return min(m.start(g) for g in ("cmp", "sign", "cur", "num") if m[g] is not None)


def _named_label(
    text: str, after: int, m: re.Match[str], names: list[tuple[int, int]]
) -> str | None:
    """The label a value's series is, when it holds a number that names ("Year 11 NEET 3%",
    "EHCP 16-17 94%", "Q1: 40%"): the words from the value before, opening with a capital or
    a number, at most six of them, and not a date ("By 2026 60%")."""
    start = _number_start(m)
    if not any(after <= a and b <= start for a, b in names):
        return None
    label = text[after:start].strip().rstrip(":=–-").strip()
    words = label.split()
    if not words or len(words) > 6 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return None
    if len(words) > 1 and words[-1].lower() == "from":
        words = words[:-1]  # "Year 6 from 40% to 50%": where a move starts
    if words[0].lower() in _PREPOSITIONS or words[-1].lower() in _PREPOSITIONS:
        return None  # "By 2026 60%": a date, not a series
    return " ".join(words)


def _series(m: re.Match[str], text: str) -> str | None:
    """The label before a value, less its gloss, "Number"/"rate" and a leading "Baseline"."""
    if not m["series"]:
        return None
    before = text[: m.start()].split()
    if before and before[-1].lower() in _PREPOSITIONS:
        return None  # "the average time in AP 9.5 months": AP is not a label
    series = m["series"].replace(m["gloss"] or "", "").strip().rstrip(":").strip()
    series = re.sub(r"\s(?:Number|number|rate)$", "", series)
    words = series.split()
    if words[0].lower() in ("by", "baseline", "from", "to"):
        words = words[1:]  # "Baseline Average 1.4": the label is "Average"
    return _without_qualifier(" ".join(words))


# Words before a value that say how it compares ("Below 2%", "Maintain at 95%", "Target
# 60%"), not which series it belongs to
_QUALIFIERS = frozenset(
    ["under", "over", "below", "above", "maintain", "target", "around", "approx", "approx.",
     "circa", "c.", "min", "max", "minimum", "maximum", "less", "more", "fewer", "least",
     "rate", "within", "inside"]
)  # fmt: skip
# Verbs that say which way a figure moves, one list for grid cells ("Reduce by 10%": a
# change of -10%) and success sentences ("exclusions drop by 10% by 2027", assemble/stated)
DOWN_VERBS = r"reduc\w*|decreas\w*|fall\w*|fell|drop\w*|cut(?:s|ting)?|lower\w*"
UP_VERBS = r"increas\w*|improv\w*|rise[ns]?|rising|rose|rais\w*|grow\w*|grew"
# "Reduce by 10%", "Increase of 5", "↓ 10%": the value is a change, its sign the verb's or
# the arrow's
_CHANGE_BY_RE = re.compile(
    rf"(?:\b(?:(?P<down>{DOWN_VERBS})|{UP_VERBS})\s+(?:by|of)|(?P<down_arrow>[↓▼⬇])|[↑▲⬆])\s*$",
    re.I,
)


# "50% reduction", "10% increase": a change named after the value, its sign the noun's
_CHANGE_NAMED_RE = re.compile(
    r"\s*(?:(?P<down>reduction|decrease|fall|drop|cut)|increase|rise|improvement)\b", re.I
)


def _without_qualifier(series: str) -> str | None:
    words = series.split()
    while words and words[0].lower() in _QUALIFIERS:
        words = words[1:]
    return " ".join(words) or None


# a series printed in a cell of its own before its values: "EHCP 16-25 year olds", "SALT"
_SERIES_LABEL_RE = re.compile(r"^[A-Z][A-Za-z0-9&/.\- ]{0,40}[A-Za-z.]$")


def is_series_label(cell: str) -> bool:
    """A short label naming a row's series, not a value or a period ("By Oct 25")."""
    return bool(_SERIES_LABEL_RE.match(cell)) and not PERIOD_LABEL_RE.match(cell)


def _is_year_pair(first: str, second: str) -> bool:
    """'22/23', '2024/25': consecutive years written as a pair."""
    return len(first) in (2, 4) and len(second) == 2 and consecutive_years(first, second)


def parse_value(cell: str) -> Value | None:
    """The single value of a cell ('48%' -> 48 percent), or None when it holds no number."""
    values = parse_values(cell)
    return values[0] if values else None
