"""Baseline cells to baseline values: the numbers a measure's baseline text states.

Takes the text of a grid's baseline cell ("Baseline 23/24 census data Hillingdon SEN Support
11.86% National 13.41%", "Baseline June 2024 … 91.3% Baseline October 2024 … 93.8%") and adds
one Target of kind "baseline" per value, dated by the nearest "Baseline …" label before it;
dates, age bands, sample sizes and planned changes in the text are not values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planparse.fields.dates import MONTH_YEAR_RE, find_dates, parse_period_end
from planparse.fields.values import Value, parse_values
from planparse.models import Target

_BASELINE_LABEL_RE = re.compile(
    r"Baseline\s+(?:FY\s+)?(?P<label>[A-Z][a-z]{2,8}\.?\s+\d{2,4}|\d{2}/\d{2}|20\d{2}/\d{2}"
    r"|\(\d[\d./]*\s?[-–]\s?\d[\d./]*\))?",  # "Baseline (01.10.23-01.10.24)"
    re.I,
)


# Numbers that qualify a value rather than being one: sample sizes ("Based on 25 EHCPs per
# month") and parenthesised asides without a percentage ("(01.10.23- 01.10.24)", "(scale 0-2)").
_ASIDE_RE = re.compile(
    r"(?i)\bbased on\b[^%\d()]*\d+\s+[A-Za-z]+(?:\s+per\s+[a-z]+)?|\([^()%]*\d[^()%]*\)"
)


def drop_asides(text: str) -> str:
    return _ASIDE_RE.sub(" ", text)


def baseline_targets(
    doc_id: str, measure_id: str, text: str, row_labels: list[str], heading: str | None = None
) -> list[Target]:
    """Baseline values: numbers in the baseline cell that are not part of its date.

    Each value takes the nearest "Baseline …" label before it ("Baseline June 2024 … 91.3%
    Baseline October 2024 … 93.8%"); a bare "Baseline" keeps the dated label above it. Before
    the first label only a "Target 100% …" counts, a target without a period; a dash after the
    baseline's date separates ("Baseline 22/23 - 44%"), it is not a minus. Values before any
    label take the column's dated `heading`, when it has one, or else a period printed beside
    them ("2023/24 - 45%", "41% (2024)", "45% at March 2025"). A value with no
    series of its own takes the row label its words end in (see `_row_series`).
    """
    if counted := _COUNT_ALONE_RE.fullmatch(text):
        # a count alone in the cell ("0", "5"), or with its period ("6 (2024/25)"): the baseline
        period = _period_after(text, counted.end("count"))
        return [
            grid_target(doc_id, measure_id, "baseline", heading or period, value)
            for value in parse_values(counted["count"])
        ]
    out: list[Target] = []
    label = heading  # the column's own dated heading ("Baseline (2023/24)"), if any
    unused = list(row_labels)
    starts = list(_BASELINE_LABEL_RE.finditer(text))
    ends = [m.start() for m in starts[1:]] + [len(text)] if starts else []
    pieces: list[tuple[re.Match[str] | None, str]] = [
        (None, text[: starts[0].start()] if starts else text)
    ]
    pieces += [(m, text[m.end() : end]) for m, end in zip(starts, ends, strict=True)]
    for m, body in pieces:
        if m is not None and (m["label"] or label is None):
            label = re.sub(r"(?<=\d)\s*([-–])\s*(?=\d)", r"\1", " ".join(m.group(0).split()))
        for value, before, end in _placed(body, _plain_baseline_values(body)):
            if re.match(r"Target\b", value.value_text):
                # "Target 100% of all identified schools" in a baseline cell (Hillingdon)
                out.append(grid_target(doc_id, measure_id, "target", None, value))
            elif m is not None or not starts:
                if value.series is None and (series := _row_series(before, unused)):
                    unused.remove(series)
                    value = value.model_copy(update={"series": series})
                own = label or _period_before(before) or _period_after(body, end)
                out.append(grid_target(doc_id, measure_id, "baseline", own, value))
    return out


# A baseline cell holding a count and nothing else, perhaps its period in brackets after it:
# "5", "6 (2024/25)", "312 (as at March 2025)"
_COUNT_ALONE_RE = re.compile(r"\s*(?P<count>\d+)\s*(?:\([^()]+\))?\s*")
# words a period is given after: "as at March 2025", a target's "by (the end of) 2027"
_AS_AT_WORDS = r"(?:as\s+(?:at|of)|at|in|by(?:\s+(?:the\s+)?end\s+of)?)"
_AS_AT = rf"(?:{_AS_AT_WORDS}\s+)?"
# A period right after a value, in brackets or after "at"/"in"/"by": "41% (2024)",
# "312 (as at March 2025)", "45% at March 2025", "75% by 2027"
_PERIOD_AFTER_RE = re.compile(
    rf"\s*\({_AS_AT}(?P<period>[^()]{{2,30}})\)"
    rf"|\s+{_AS_AT_WORDS}\s+(?P<bare>[^()\d]{{0,10}}\d[\d/\-–]*)(?=\s*(?:[,;.]|$))"
)
# A period printed alone before a baseline value: "2023/24 - 45%", "As of March 2025: 45%"
_PERIOD_BEFORE_RE = re.compile(rf"(?i)\s*{_AS_AT}(?P<period>.{{2,30}}?)\s*[:\-–=]?\s*")


def _period_after(body: str, end: int) -> str | None:
    """The period a baseline value's own bracket (or "at"/"in") dates it by, where no label
    or heading does: a date and nothing else ("(2024)", "(Mar 2024)", "(2023/24)"), not a note
    that names one ("(2023/24 national 50%)")."""
    m = _PERIOD_AFTER_RE.match(body, end)
    return _whole_period(m["period"] or m["bare"]) if m else None


def periods_beside(cell: str, values: list[Value]) -> list[str | None]:
    """The period printed right after each of a cell's values, or None: a target cell that
    dates its own figure ("75% by 2027", "26 weeks by March 2027", "60% (2026/27)")."""
    return [_period_after(cell, end) for _, _, end in _placed(cell, values)]


def _period_before(before: str) -> str | None:
    """The period printed before a baseline value with nothing else between it and the value
    before: "2023/24 - 45%", "March 2024: 45%", "As of March 2025 45%"."""
    m = _PERIOD_BEFORE_RE.fullmatch(before)
    return _whole_period(m["period"]) if m else None


def _whole_period(period: str) -> str | None:
    """`period` when it is one date and nothing more ("2024", "Mar 2024", "Q3 2024/25")."""
    period = period.strip()
    dates = find_dates(period, year_only=True)
    whole = len(dates) == 1 and dates[0][0] == 0 and period[-1].isdigit()
    return period if whole and parse_period_end(period) else None


def _row_series(before: str, labels: list[str]) -> str | None:
    """The row label whose last words (two at least, or all) the words before a baseline value
    end with: "on SEN Support 16-17 year olds = 91.3%" is the "SEN Support 16-17 year olds"
    row; "16-17 year olds – 93.8%" the first such row not taken ("EHCP 16-17 year olds")."""
    words = re.findall(r"[\w.\-]+", before)
    best, best_n = None, 0
    for label in labels:
        tail = label.split()
        n = next(
            (
                k
                for k in range(len(tail), 0, -1)
                if (k >= 2 or k == len(tail)) and _contains(words, tail[-k:])
            ),
            0,
        )
        if n > best_n:
            best, best_n = label, n
    return best


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


# "There will be 10% increase each year": a change the plan aims at, not a baseline level
_CHANGE_RE = re.compile(r"[+\-]?\s?\d+(?:\.\d+)?\s?%?\s+(?:increase|decrease|reduction|rise)\b")


def _plain_baseline_values(body: str) -> list[Value]:
    """The values of a piece of baseline text, less dates, age bands and stray numbers."""
    body = drop_asides(body)
    # years, split years whole ("2023/24", "2023-2024") and month-years are dates, not values
    body = MONTH_YEAR_RE.sub(" ", body)
    body = re.sub(r"\b(?:19|20)\d{2}(?:[/\-–](?:19|20)?\d{2})?\b|\b\d{2}/\d{2}\b", " ", body)
    body = re.sub(r"\b(?:16|19)-(?:17|25)\b", " ", body)  # age bands are not values
    body = re.sub(r"(?:^|(?<=\s))[-–]\s+(?=\d)", " ", body)
    body = _CHANGE_RE.sub(" ", body)
    out = []
    for value, _, end in _placed(body, parse_values(body)):
        if value.unit in ("weeks", "days") and re.match(r"\s*[A-Za-z]", body[end:]):
            continue  # "6 weeks performance for EHCNA" names a deadline, not a baseline
        if (
            value.unit == "count"
            and value.series is None
            and value.value < 10
            and "." not in value.value_text
            and not re.search(r"/| of ", value.value_text)  # a fraction: "3/15", "8 of 12"
        ):
            continue  # stray small numbers ("Section C") are labels, not baselines
        out.append(value)
    return out


def _placed(body: str, values: list[Value]) -> Iterator[tuple[Value, str, int]]:
    """Each value read from `body`, with the text between it and the value before and where
    it ends; found left to right, so a value printed twice is found at its own place."""
    cursor = 0
    for value in values:
        start = max(body.find(value.value_text, cursor), cursor)
        yield value, body[cursor:start], start + len(value.value_text)
        cursor = start + len(value.value_text)


def grid_target(doc_id: str, measure_id: str, kind: str, label: str | None, value: Value) -> Target:
    """One grid value as a Target row; the period ends where its label says."""
    return Target(
        doc_id=doc_id,
        measure_id=measure_id,
        kind=kind,  # type: ignore[arg-type]
        series=value.series,
        period_label=label,
        period_end=parse_period_end(label) if label else None,
        value=value.value,
        unit=value.unit,
        value_text=value.value_text,
    )
