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

from planparse.fields.dates import PERIOD_LABEL_RE, parse_period_end
from planparse.fields.ids import parse_id_list
from planparse.fields.values import Value, parse_values
from planparse.models import Measure, Target
from planparse.tables.find import Table

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
        rows_in = [list(row.cells) for row in table.rows]
        if measures:
            # the rest of the last measure, cut by a page break into a grid with other columns
            rest = []
            while (
                rows_in
                and _is_fragment_row(rows_in[0], m_col)
                and not _has_values(rows_in[:1], b_col)
            ):
                rest.append(rows_in.pop(0)[m_col])
            if rest:
                text = " ".join([measures[-1].text, *rest])
                measures[-1] = measures[-1].model_copy(update={"text": text})
        groups: list[list[list[str]]] = []
        for cells in rows_in:
            if not groups or _opens_measure(cells, groups[-1], m_col, b_col):
                groups.append([])
            groups[-1].append(cells)
        for rows in groups:
            measure, values = _group_to_measure(doc_id, number + 1, rows, m_col, b_col, s_col)
            if measure is not None:
                number += 1
                measures.append(measure)
                targets.extend(values)
    return measures, targets


def _opens_measure(cells: list[str], group: list[list[str]], m_col: int, b_col: int) -> bool:
    """Whether a grid row starts a new measure rather than continuing the one above.

    A new measure needs words of its own in the measure column. Rows of ids or values only,
    the lower-case or bracketed rest of a wrapped measure ("improved", "(adult social care)"),
    ids continuing an id cell that ended in "&", and the value line under a measure that so far
    printed only its period labels all continue the measure above.
    """
    text = cells[m_col] if len(cells) > m_col else ""
    if not text:
        # a row of period labels alone, after a measure with values, heads the next measure
        rest = [c for c in cells[m_col + 1 :] if c]
        return (
            bool(rest) and all(PERIOD_LABEL_RE.match(c) for c in rest) and _has_values(group, b_col)
        )
    if _is_fragment_row(cells, m_col):
        return False
    above_ids = " ".join(r[i] for r in group for i in range(min(m_col, len(r))) if r[i])
    if re.search(r"(?:&|,|\band)\s*$", above_ids) and any(_is_id_cell(c) for c in cells[:m_col]):
        return False
    if not _has_values(group, b_col):
        return False
    if not any(_is_id_cell(c) for c in cells[:m_col]):
        # no ids and the measure above stops mid-sentence ("… reporting deadlines for")
        above = " ".join(r[m_col] for r in group if len(r) > m_col and r[m_col])
        if _CUT_RE.search(above):
            return False
    return True


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
    return bool(text) and (text[:1].islower() or text[:1] in "(,;")


def _group_to_measure(
    doc_id: str, number: int, rows: list[list[str]], m_col: int, b_col: int, s_col: int | None
) -> tuple[Measure | None, list[Target]]:
    ids: list[str] = []
    text_parts: list[str] = []
    baseline_parts: list[str] = []
    source_parts: list[str] = []
    labels: dict[int, str] = {}
    cells_by_label: list[tuple[str, str]] = []
    baseline_cols = _labelled_baseline_columns(rows, b_col)
    series_of: dict[int, str] = {}  # index in cells_by_label -> the row's own label ("SALT")
    for cells in rows:
        value_cells: list[tuple[int, str]] = []
        row_label = _row_label(cells, b_col)
        for col, cell in enumerate(cells):
            if not cell:
                continue
            if col < m_col:
                ids.extend(i for i in parse_id_list(cell) if re.search(r"\d", i))
            elif col == m_col:
                text_parts.append(cell)
            elif col in baseline_cols and _BASELINE_LABEL_CELL_RE.match(cell):
                labels[col] = cell  # "Baseline Quarterly": a baseline column's own label
                baseline_parts.append(cell)
            elif col == b_col and row_label and cell == row_label:
                baseline_parts.append(cell)  # the row's label ("SALT"), kept in baseline_text
            elif col == b_col or _BASELINE_CELL_RE.match(cell):
                baseline_parts.append(cell)  # a baseline shifted right is still a baseline
            elif s_col is not None and col >= s_col and _is_source(cell):
                source_parts.append(cell)
            elif m := PERIOD_LABEL_RE.match(cell):
                labels[col] = m["label"]
                rest = m["rest"].strip()
                if rest:
                    cells_by_label.append((m["label"], rest))
            elif parse_values(_drop_asides(cell)):
                value_cells.append((col, cell))
        before = len(cells_by_label)
        baseline_parts.extend(_place_values(value_cells, labels, cells_by_label))
        if row_label:
            series_of.update(dict.fromkeys(range(before, len(cells_by_label)), row_label))
    text = " ".join(text_parts).strip()
    if not text:
        return None, []
    measure_id = f"M{number}"  # printed ids name actions, shared by rows: they go in action_refs
    baseline_text = " ".join(baseline_parts) or None
    measure = Measure(
        doc_id=doc_id,
        measure_id=measure_id,
        text=text,
        action_refs=list(dict.fromkeys(ids)),  # an id cell repeated on a wrapped line
        baseline_text=baseline_text,
        source=" ".join(source_parts) or None,
    )
    baseline_labels = {labels[c] for c in baseline_cols if c in labels}
    targets = [
        _target(
            doc_id,
            measure_id,
            "baseline" if label in baseline_labels else "target",
            label or None,
            value
            if value.series or i not in series_of
            else value.model_copy(update={"series": series_of[i]}),
        )
        for i, (label, cell) in enumerate(cells_by_label)
        for value in parse_values(_drop_asides(cell))
    ]
    if baseline_text:
        targets.extend(_baseline_targets(doc_id, measure_id, baseline_text))
    return measure, targets


# "Baseline Quarterly" printed as a column label among period labels (Hillingdon 1.4.1)
_BASELINE_LABEL_CELL_RE = re.compile(r"^Baseline\b[\w\s/]{0,25}$", re.I)
_ROW_LABEL_RE = re.compile(r"^[A-Z][A-Za-z&/.\- ]{0,24}$")  # "SALT", "Physio"; not "completed"


def _labelled_baseline_columns(rows: list[list[str]], b_col: int) -> set[int]:
    """Value columns that hold baselines: in a row of period labels, those at or left of a
    label naming a baseline ("May 24 | June 24 | Baseline Quarterly | By April 25 …")."""
    for cells in rows:
        labelled = [
            col
            for col, cell in enumerate(cells)
            if col > b_col and (PERIOD_LABEL_RE.match(cell) or _BASELINE_LABEL_CELL_RE.match(cell))
        ]
        named = [col for col in labelled if _BASELINE_LABEL_CELL_RE.match(cells[col])]
        if named and len(labelled) > len(named):
            return {col for col in labelled if col <= max(named)}
    return set()


def _row_label(cells: list[str], b_col: int) -> str | None:
    """The label a value row prints in its baseline column for all its values ("SALT",
    "OT", "Physio"): a short word cell with values to its right."""
    cell = cells[b_col] if len(cells) > b_col else ""
    if not cell or not _ROW_LABEL_RE.match(cell) or _BASELINE_CELL_RE.match(cell):
        return None
    if cell.lower() in {"baseline", "target", "source"}:
        return None
    has_values = any(c and parse_values(c) for c in cells[b_col + 1 :])
    return cell if has_values else None


_BASELINE_LABEL_RE = re.compile(
    r"Baseline\s+(?:FY\s+)?(?P<label>[A-Z][a-z]{2,8}\.?\s+\d{2,4}|\d{2}/\d{2}|20\d{2}/\d{2})?", re.I
)


def _place_values(
    value_cells: list[tuple[int, str]], labels: dict[int, str], out: list[tuple[str, str]]
) -> list[str]:
    """Give each value cell of a row its period label; return the cells left for the baseline.

    Values sit under their labels, unless the converter shifted the row: then the rightmost
    cells take the labels in order and any cells left over on the left are baseline text run
    into the value columns.
    """
    ordered = [labels[k] for k in sorted(labels)]
    if not ordered:
        out.extend(("", cell) for _, cell in value_cells)
        return []
    if all(col in labels for col, _ in value_cells):
        out.extend((labels[col], cell) for col, cell in value_cells)
        return []
    if len(value_cells) >= len(ordered):
        extra = len(value_cells) - len(ordered)
        out.extend(zip(ordered, (cell for _, cell in value_cells[extra:]), strict=True))
        return [cell for _, cell in value_cells[:extra]]
    out.extend((labels.get(col, ordered[i]), cell) for i, (col, cell) in enumerate(value_cells))
    return []


_BASELINE_CELL_RE = re.compile(r"(?:Baseline|Target)\b\s*\S")


def _is_source(cell: str) -> bool:
    """A data-source cell ("EHM / PBI", "Audit Tool Invision 360"), not a value shifted into
    the source column: values there carry a percent sign, a sign or a period label."""
    return (
        bool(re.search(r"[A-Za-z]{2}", cell))
        and not re.search(r"%|^[+\-–]\s?\d", cell)
        and not PERIOD_LABEL_RE.match(cell)
    )


# Numbers that qualify a value rather than being one: sample sizes ("Based on 25 EHCPs per
# month") and parenthesised asides without a percentage ("(01.10.23- 01.10.24)", "(scale 0-2)").
_ASIDE_RE = re.compile(r"(?i)\bbased on\b[^%\d()]*\d+\s+[A-Za-z]+(?:\s+per\s+[a-z]+)?|\([^()%]*\)")


def _drop_asides(text: str) -> str:
    return _ASIDE_RE.sub(" ", text)


def _baseline_targets(doc_id: str, measure_id: str, text: str) -> list[Target]:
    """Baseline values: numbers in the baseline cell that are not part of its date.

    A "Target 100% …" printed in the baseline cell is a target without a period; a dash after
    the baseline's date separates ("Baseline 22/23 - 44%"), it is not a minus.
    """
    m = _BASELINE_LABEL_RE.search(text)
    label = m.group(0).strip() if m else None
    body = _drop_asides(text[m.end() :] if m else text)
    body = re.sub(r"\b(?:19|20)\d{2}\b|\b\d{2}/\d{2}\b", " ", body)
    body = re.sub(r"\b(?:16|19)-(?:17|25)\b", " ", body)  # age bands are not values
    body = re.sub(r"(?:^|(?<=\s))[-–]\s+(?=\d)", " ", body)
    out: list[Target] = []
    for value in parse_values(body):
        if value.unit in ("weeks", "days"):
            continue  # "6 weeks performance for EHCNA" names a deadline, not a baseline
        if (
            value.unit == "count"
            and value.series is None
            and value.value < 10
            and "." not in value.value_text
            and "/" not in value.value_text
        ):
            continue  # stray small numbers ("Section C") are labels, not baselines
        if value.series == "Target":
            plain = value.model_copy(update={"series": None})
            out.append(_target(doc_id, measure_id, "target", None, plain))
            continue
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
