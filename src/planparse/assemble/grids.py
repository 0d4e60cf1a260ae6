"""Baseline/target grids to `measures` and `targets`.

Takes each grid table (a "success measure" column with baseline and target columns) and adds
one Measure per measure row, and one Target per value in its baseline and period cells.
Grids print the period labels ("By Oct 25", "24/25") either on a row of their own above the
values or at the head of each value cell; a label is remembered per column, so values below
a label row take it. A cell with several series ("Susp. -10% Excl. -10%") gives one Target
per series.
"""

from __future__ import annotations

import re

from planparse.fields.dates import parse_period_end
from planparse.fields.ids import parse_id_list
from planparse.fields.values import Value, parse_values
from planparse.models import Measure, Target
from planparse.tables.find import Table

# "By Oct 25", "By April 26", "By Sept 25", "24/25", "2025/26", "Q3 2025/26"
PERIOD_LABEL_RE = re.compile(
    r"^(?P<label>By\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4}|(?:20)?\d{2}/\d{2}|Q[1-4]\s+\d{4}/\d{2})\b\s*(?P<rest>.*)$"
)
_CUT_RE = re.compile(r"\b(?:for|of|and|the|to|in|with|that|by)\s*$", re.I)
_MEASURE_IDS_RE = re.compile(r"^[\d.\s&,ab+]+$")


def _is_id_cell(cell: str) -> bool:
    return bool(cell) and bool(_MEASURE_IDS_RE.match(cell)) and bool(re.search(r"\d\.\d", cell))


def tables_to_measures(doc_id: str, tables: list[Table]) -> tuple[list[Measure], list[Target]]:
    """Every measure and its baseline/target values."""
    measures: list[Measure] = []
    targets: list[Target] = []
    number = 0
    for table in tables:
        if table.kind != "grid":
            continue
        m_col = table.column("measure") or 1
        b_col = table.column("baseline") or m_col + 1
        s_col = table.column("source")
        groups: list[list[list[str]]] = []
        for row in table.rows:
            cells = list(row.cells)
            opens = any(_is_id_cell(c) for c in cells[:m_col]) or (
                len(cells) > m_col and bool(cells[m_col]) and not _is_fragment_row(cells, m_col)
            )
            # A measure often prints its text and period labels on one line and its ids and
            # values on the next (Hillingdon): a group that has no values yet takes the line.
            if opens and groups and not _has_values(groups[-1], b_col):
                opens = False
            # no ids and the measure above stops mid-sentence ("… reporting deadlines for"):
            # this line is the rest of it, with a second series of values
            if opens and groups and not any(_is_id_cell(c) for c in cells[:m_col]):
                above = " ".join(r[m_col] for r in groups[-1] if len(r) > m_col and r[m_col])
                if _CUT_RE.search(above):
                    opens = False
            if opens or not groups:
                groups.append([])
            groups[-1].append(cells)
        for rows in groups:
            measure, values = _group_to_measure(doc_id, number + 1, rows, m_col, b_col, s_col)
            if measure is not None:
                number += 1
                measures.append(measure)
                targets.extend(values)
    return measures, targets


def _has_values(rows: list[list[str]], b_col: int) -> bool:
    """Whether a measure's rows already hold a value right of the baseline column."""
    for cells in rows:
        for cell in cells[b_col + 1 :]:
            m = PERIOD_LABEL_RE.match(cell)
            rest = m["rest"] if m else cell
            if rest and parse_values(rest):
                return True
    return False


def _is_fragment_row(cells: list[str], m_col: int) -> bool:
    """A row that carries only the rest of a measure cut by the converter."""
    text = cells[m_col] if len(cells) > m_col else ""
    return bool(text) and text[:1].islower()


def _group_to_measure(
    doc_id: str, number: int, rows: list[list[str]], m_col: int, b_col: int, s_col: int | None
) -> tuple[Measure | None, list[Target]]:
    ids: list[str] = []
    text_parts: list[str] = []
    baseline_parts: list[str] = []
    source_parts: list[str] = []
    labels: dict[int, str] = {}
    cells_by_label: list[tuple[str, str]] = []
    for cells in rows:
        for col, cell in enumerate(cells):
            if not cell:
                continue
            if col < m_col:
                ids.extend(i for i in parse_id_list(cell) if re.search(r"\d", i))
            elif col == m_col:
                text_parts.append(cell)
            elif col == b_col:
                baseline_parts.append(cell)
            elif s_col is not None and col == s_col and not parse_values(cell):
                source_parts.append(cell)
            else:
                m = PERIOD_LABEL_RE.match(cell)
                if m:
                    labels[col] = m["label"]
                    rest = m["rest"].strip()
                    if rest:
                        cells_by_label.append((m["label"], rest))
                elif parse_values(cell) and col in labels:
                    cells_by_label.append((labels[col], cell))
                elif parse_values(cell) and labels:
                    # values shifted by the converter: take the labels in order
                    ordered = [labels[k] for k in sorted(labels)]
                    used = sum(1 for lab, _ in cells_by_label if lab in ordered)
                    cells_by_label.append((ordered[used % len(ordered)], cell))
                elif not labels and parse_values(cell):
                    cells_by_label.append(("", cell))
    text = " ".join(text_parts).strip()
    if not text:
        return None, []
    measure_id = f"M{number}"  # printed ids name actions, shared by rows: they go in action_refs
    baseline_text = " ".join(baseline_parts) or None
    measure = Measure(
        doc_id=doc_id,
        measure_id=measure_id,
        text=text,
        action_refs=ids,
        baseline_text=baseline_text,
        source=" ".join(source_parts) or None,
    )
    targets = [
        _target(doc_id, measure_id, "target", label or None, value)
        for label, cell in cells_by_label
        for value in parse_values(cell)
    ]
    if baseline_text:
        targets.extend(_baseline_targets(doc_id, measure_id, baseline_text))
    return measure, targets


_BASELINE_LABEL_RE = re.compile(
    r"Baseline\s+(?:FY\s+)?(?P<label>[A-Z][a-z]{2,8}\.?\s+\d{2,4}|\d{2}/\d{2}|20\d{2}/\d{2})?", re.I
)


def _baseline_targets(doc_id: str, measure_id: str, text: str) -> list[Target]:
    """Baseline values: numbers in the baseline cell that are not part of its date."""
    m = _BASELINE_LABEL_RE.search(text)
    label = m.group(0).strip() if m else None
    body = text[m.end() :] if m else text
    body = re.sub(r"\b(?:19|20)\d{2}\b|\b\d{2}/\d{2}\b|\b\d+\s*EHCPs? per month", " ", body)
    body = re.sub(r"\b(?:16|19)-(?:17|25)\b", " ", body)  # age bands are not values
    out: list[Target] = []
    for value in parse_values(body):
        if (
            value.unit == "count"
            and value.series is None
            and value.value < 10
            and "." not in value.value_text
        ):
            continue  # stray small numbers ("Section C") are labels, not baselines
        out.append(_target(doc_id, measure_id, "baseline", label, value))
    return out


def _target(doc_id: str, measure_id: str, kind: str, label: str | None, value: Value) -> Target:
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
