"""Baseline/target grids to `measures` and `targets`.

Takes each grid table (a "success measure" column with baseline and target columns) and adds
one Measure per measure row, and one Target per value in its baseline and period cells.
Grids print the period labels ("By Oct 25", "24/25") either on a row of their own above the
values or at the head of each value cell; a label is remembered per column, so values below
a label row take it. A cell with several series ("Susp. -10% Excl. -10%") gives one Target
per series.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from planparse.assemble.baselines import (
    baseline_targets,
    drop_asides,
    grid_target,
    periods_beside,
)
from planparse.assemble.years import (
    SourcedYear,
    plan_source,
    plan_year_ends,
    table_year,
    years_counted,
    years_read,
)
from planparse.cuts import ends_mid_phrase
from planparse.fields.dates import (
    PERIOD_LABEL_RE,
    YearFrame,
    complete_years,
    parse_due,
    parse_period_end,
)
from planparse.fields.ids import id_column_id, is_id_list, measure_id_of, parse_id_list
from planparse.fields.values import UNIT_ONLY_RE, Value, is_series_label, parse_values
from planparse.models import Diagnostic, Measure, Target
from planparse.tables.find import Table
from planparse.tables.roles import heads_a_period, names_a_target_beside_its_period, names_figures

# Columns of a grid that hold no value of its measures.
NO_VALUE_ROLES = ("comparator", "deadline", "start", "review", "frequency")


class Grids(NamedTuple):
    measures: list[Measure]
    targets: list[Target]
    diagnostics: list[Diagnostic]


def tables_to_measures(
    doc_id: str,
    tables: list[Table],
    plan_year: YearFrame | None = None,
    plan_period: tuple[int | None, int | None] = (None, None),
) -> Grids:
    """Every measure and its baseline/target values.

    `plan_year` is the one year the plan's title names; with the year of a grid's section
    heading before it, it dates the periods a grid prints without a year ("Autumn term",
    "March"), which W403 reports. `plan_period` is the years the plan runs over ("2025–2028"):
    a grid's "Year 1", "Year 2" are its years in turn, reported too."""
    measures: list[Measure] = []
    targets: list[Target] = []
    number = 0
    plan = plan_source(plan_year)
    read_in: dict[SourcedYear, list[str]] = {}
    counted: list[str] = []
    for table in tables:
        if not _carries_measures(table):
            continue
        m_col = table.column("measure")
        m_col = 1 if m_col is None else _words_beside_ids(table, m_col)
        b_col = table.column("baseline")
        if b_col is None:
            # with no baseline column the first figure column is the baseline ("2023/24 |
            # 2024/25"), unless its heading names it a target ("Target 2024/25 | Target
            # 2025/26"): then none is, and the measure's column stands where it would be
            first = table.header[m_col + 1] if m_col + 1 < len(table.header) else ""
            b_col = m_col if names_a_target_beside_its_period(first) else m_col + 1
        s_col = table.column("source")
        # comparators ("Statistical neighbours", "England average"), dates ("Forecast",
        # "Target date", "Review date") and how often it is reported ("Monthly") are no
        # values of the measure: their cells are read as empty
        others = set().union(*(_columns_of(table, role) for role in NO_VALUE_ROLES))
        rows_in = [_without(list(row.cells), others) for row in table.rows]
        # "Measure | Baseline | Target | Target date": the date each row's target is due by;
        # an action table's deadline is its action's, no date of the measure's target
        due_cols = sorted(_columns_of(table, "deadline")) if table.kind == "grid" else []
        dues = [
            " ".join(row.cells[c] for c in due_cols if c < len(row.cells)) for row in table.rows
        ]
        if measures:
            # the rest of the last measure, cut by a page break into a grid with other columns
            rest = []
            while (
                rows_in
                and _is_fragment_row(rows_in[0], m_col)
                and not _has_values(rows_in[:1], b_col)
            ):
                rest.append(rows_in.pop(0)[m_col])
                dues.pop(0)
            if rest:
                text = " ".join([measures[-1].text, *rest])
                measures[-1] = measures[-1].model_copy(update={"text": text})
        carried = _header_labels(table)
        actual_labels = {carried[c] for c in _columns_of(table, "actual") if c in carried}
        heading = table.header[b_col] if b_col < len(table.header) else ""
        dated_heading = " ".join(heading.split()) if parse_period_end(heading) else None
        year = table_year(table, plan)
        ends = _period_ends(carried, year[0]) if year else {}
        plan_years = plan_year_ends(carried.values(), plan_period)
        groups: list[list[list[str]]] = []
        group_dues: list[list[str]] = []
        for cells, due in zip(rows_in, dues, strict=True):
            if not groups or _opens_measure(cells, groups[-1], m_col, b_col):
                groups.append([])
                group_dues.append([])
            groups[-1].append(cells)
            group_dues[-1].append(due)
        groups, group_dues, group_kinds = _kind_rows_together(groups, group_dues, m_col)
        for rows, due_cells, kinds in zip(groups, group_dues, group_kinds, strict=True):
            if kinds:
                measure, values, carried = _kind_rows_to_measure(
                    doc_id, number + 1, rows, kinds, (m_col, b_col, s_col), carried,
                    dated_heading, table.column("baseline") is not None,
                )  # fmt: skip
            else:
                measure, values, carried = _group_to_measure(
                    doc_id, number + 1, rows, (m_col, b_col, s_col), carried, dated_heading,
                    table.column("series"),
                )  # fmt: skip
            values = _due_by(values, " ".join(d for d in due_cells if d), year)
            values = [
                v.model_copy(update={"kind": "actual"}) if v.period_label in actual_labels else v
                for v in values
            ]
            if measure is None:
                continue
            if table.kind == "action" and not measure.action_refs:
                # the measure of the action beside it, in an action table
                refs = _ids_in(rows, table.column("id"))
                measure = measure.model_copy(update={"action_refs": refs})
            number += 1
            measures.append(measure)
            if year is not None and any(v.period_label in ends for v in values):
                values = [_dated(v, ends) for v in values]
                read_in.setdefault(year, []).append(measure.measure_id)
            if any(v.period_label in plan_years and v.period_end is None for v in values):
                values = [_dated(v, plan_years) for v in values]
                counted.append(measure.measure_id)
            targets.extend(values)
    diagnostics = years_read("W403", "grid periods", "measure", read_in)
    diagnostics += years_counted("W403", plan_period, counted)
    diagnostics += _undated_periods(targets)
    return Grids(_fill_spanned_refs(measures), targets, diagnostics)


def _undated_periods(targets: list[Target]) -> list[Diagnostic]:
    """One warning for the period labels no year dates ("Q1 target" in a plan naming no
    year, a quarter of a school year), naming the measures that print them: their values
    are kept with an empty period_end."""
    undated: dict[str, list[str]] = {}
    for t in targets:
        label = t.period_label
        if label and t.period_end is None and heads_a_period(label):
            ids = undated.setdefault(label, [])
            if t.measure_id not in ids:
                ids.append(t.measure_id)
    if not undated:
        return []
    labels = ", ".join(repr(label) for label in undated)
    ids = list(dict.fromkeys(i for found in undated.values() for i in found))
    message = (
        f"grid periods {labels} name no year the plan or its section places"
        f" (measure{'s' if len(ids) > 1 else ''} {', '.join(ids)}); period_end left empty"
    )
    return [Diagnostic(code="W404", message=message)]


def _words_beside_ids(table: Table, m_col: int) -> int:
    """The column of a grid's measures: the one named so, or, where that one holds only the
    measures' ids ("KPI | Definition | Baseline": "KPI 1"), the column of words right of it,
    unnamed or named a measure too ("KPI | Measure"), so the ids are read as ids left of the
    measures."""
    ids = table.filled(m_col)
    nxt = m_col + 1
    if not ids or not all(measure_id_of(c) for c in ids):
        return m_col
    if nxt >= len(table.roles) or table.roles[nxt] not in (None, "measure"):
        return m_col
    words = table.filled(nxt)
    return nxt if words and sum(len(c.split()) for c in words) >= 2 * len(words) else m_col


def _carries_measures(table: Table) -> bool:
    """A grid, or an action table printing its actions' measures with their baselines or
    targets in columns of their own."""
    return table.kind == "grid" or (table.kind == "action" and names_figures(table.roles))


def _ids_in(rows: list[list[str]], col: int | None) -> list[str]:
    """The action ids an id column holds in a measure's rows ("P1")."""
    cells = [cells[col] for cells in rows if col is not None and col < len(cells)]
    return list(dict.fromkeys(i for cell in cells if cell and (i := id_column_id(cell))))


def _due_by(targets: list[Target], due_text: str, year: SourcedYear | None) -> list[Target]:
    """Targets under no period of their own, dated by the row's target date ("70%" beside
    "March 2027" in "Measure | Baseline | Target | Target date"): that cell is their period."""
    due = parse_due(due_text, year=year[0] if year else None) if due_text.strip() else None
    if due is None or due.due_date is None:
        return targets
    return [
        t.model_copy(update={"period_label": due.due_text, "period_end": due.due_date})
        if t.kind == "target" and t.period_label is None and t.period_end is None
        else t
        for t in targets
    ]


def _period_ends(labels: dict[int, str], year: YearFrame) -> dict[str, dt.date]:
    """The end of each period a grid's header prints without a year ("Q2", "Autumn term",
    "March"), in `year`. The header is read left to right as one run of periods, so
    "Autumn term | Spring term | Summer term" runs forward whatever month the year opens."""
    yearless = [labels[c] for c in sorted(labels) if parse_period_end(labels[c]) is None]
    if not yearless:
        return {}
    completed = complete_years(" | ".join(yearless), year).split(" | ")
    ends = {label: parse_period_end(text) for label, text in zip(yearless, completed, strict=True)}
    return {label: end for label, end in ends.items() if end is not None}


def _dated(target: Target, ends: dict[str, dt.date]) -> Target:
    if target.period_end is not None or target.period_label not in ends:
        return target
    return target.model_copy(update={"period_end": ends[target.period_label]})


def _fill_spanned_refs(measures: list[Measure]) -> list[Measure]:
    """A measure citing no action between two citing the same ones shares their id cell: a
    cell drawn once beside several measures, which a text extract prints once (Hillingdon
    "1.3.3" beside the primary-schools measure between two others it heads)."""
    out = list(measures)
    for i in range(1, len(out) - 1):
        above, below = out[i - 1].action_refs, out[i + 1].action_refs
        if not out[i].action_refs and above and above == below:
            out[i] = out[i].model_copy(update={"action_refs": list(above)})
    return out


# A row naming the kind of its figures after the measure: "EHC plans issued within 20 weeks –
# target", "… – actual", "… (baseline)"; the rows of one measure, one per kind
_KIND_ROW_RE = re.compile(
    r"^(?P<stem>.*\w.*?)\s*(?:[-\u2013\u2014:]\s*|\(\s*)"
    r"(?P<kind>targets?|actuals?|baseline|outturn)\s*\)?\s*$",
    re.I,
)
_KINDS = {"target": "target", "targets": "target", "baseline": "baseline"}


def _row_kind(cells: list[str], m_col: int) -> tuple[str, str] | None:
    """(the measure, the kind) of a row naming its figures' kind after the measure."""
    m = _KIND_ROW_RE.match(cells[m_col]) if len(cells) > m_col else None
    if not m:
        return None
    return " ".join(m["stem"].split()), _KINDS.get(m["kind"].lower(), "actual")


def _row_kinds(rows: list[list[str]], m_col: int) -> list[tuple[str, str]] | None:
    """Each row's (measure, kind) when every row of a group names its kind, else None."""
    kinds = [_row_kind(cells, m_col) for cells in rows]
    return [k for k in kinds if k] if all(kinds) else None


def _kind_rows_together(
    groups: list[list[list[str]]], dues: list[list[str]], m_col: int
) -> tuple[list[list[list[str]]], list[list[str]], list[list[tuple[str, str]] | None]]:
    """Rows naming the same measure, each another kind of its figures ("… – target" over "…
    – actual"), are one measure's: their groups joined. With each group, its rows' (measure,
    kind), or None for a group whose rows name no kind."""
    out: list[list[list[str]]] = []
    out_dues: list[list[str]] = []
    out_kinds: list[list[tuple[str, str]] | None] = []
    for rows, due in zip(groups, dues, strict=True):
        one = _one_row(rows, m_col)
        if one is not None and _row_kind(one, m_col):
            rows = [one]  # "New EHC plans issued" over "within 20 weeks – actual"
        kinds = _row_kinds(rows, m_col)
        above = out_kinds[-1] if out_kinds else None
        if kinds and above and {k[0].lower() for k in kinds + above} == {kinds[0][0].lower()}:
            out[-1] = out[-1] + rows
            out_dues[-1] = out_dues[-1] + due
            out_kinds[-1] = above + kinds
        else:
            out.append(rows)
            out_dues.append(due)
            out_kinds.append(kinds)
    return out, out_dues, out_kinds


def _one_row(rows: list[list[str]], m_col: int) -> list[str] | None:
    """A measure's rows as one, its words wrapped over them (by a page break too), where no
    column but the measure's holds more than one cell; else None."""
    width = max(len(cells) for cells in rows)
    columns = [[cells[c] for cells in rows if c < len(cells) and cells[c]] for c in range(width)]
    if any(len(cells) > 1 for c, cells in enumerate(columns) if c != m_col):
        return None
    return [" ".join(cells) for cells in columns]


def _kind_rows_to_measure(
    doc_id: str,
    number: int,
    rows: list[list[str]],
    kinds: list[tuple[str, str]],
    cols: tuple[int, int, int | None],
    carried: dict[int, str],
    dated_heading: str | None,
    has_baseline_column: bool,
) -> tuple[Measure | None, list[Target], dict[int, str]]:
    """One measure from its rows naming their kind ("… – target", "… – actual"): each row's
    figures are of its kind, the first period's too when no column is the baseline's (a
    "KPI | Q1 | Q2" tracker has none)."""
    m_col = cols[0]
    parts: list[tuple[Measure | None, list[Target]]] = []
    for cells, (stem, kind) in zip(rows, kinds, strict=True):
        named = [stem if c == m_col else cell for c, cell in enumerate(cells)]
        measure, values, carried = _group_to_measure(
            doc_id, number, [named], cols, carried, dated_heading
        )
        kept = [
            v
            if has_baseline_column and v.kind == "baseline"
            else v.model_copy(update={"kind": kind})
            for v in values
        ]
        # in the order of the periods, the first (read as a baseline) first
        kept.sort(key=lambda v: (v.period_end is None, v.period_end or dt.date.min))
        parts.append((measure, kept))
    first = parts[0][0]
    if first is None:
        return None, [], carried
    baseline_rows = [
        m for (m, _), (_, kind) in zip(parts, kinds, strict=True) if kind == "baseline"
    ]
    shown = baseline_rows[0] if baseline_rows else first if has_baseline_column else None
    measure = first.model_copy(update={"baseline_text": shown.baseline_text if shown else None})
    return measure, [v for _, values in parts for v in values], carried


def _opens_measure(cells: list[str], group: list[list[str]], m_col: int, b_col: int) -> bool:
    """Whether a grid row starts a new measure rather than continuing the one above.

    A new measure needs words of its own in the measure column. Rows of ids or values only,
    the lower-case or bracketed rest of a wrapped measure ("improved", "(adult social care)"),
    a line of words alone in the measure column ("… within" / "20 weeks"),
    ids continuing an id cell that ended in "&", and the value line under a measure that so far
    printed only its period labels (no values, no aims in words) all continue the measure
    above.
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
    others = [c for i, c in enumerate(cells) if i != m_col and c]
    if not others:
        return False  # words alone: the measure above wrapped
    if all(_continues_cell(c) for c in others):
        # "Support | census" under "Number of children on SEN | … | School": the other
        # cells go on with words in lower case, so the row is the rest of the one above
        return False
    above_ids = " ".join(r[i] for r in group for i in range(min(m_col, len(r))) if r[i])
    has_id = any(_names_ids(c) for c in cells[:m_col])
    if not has_id and measure_id_of(above_ids) and not _holds_figures(cells, b_col):
        # words and an owner under a measure printed with its own id, and no figure: the
        # rest of the row above, cut by a page break ("Children's | 14 | … | Complaints" over
        # "Services complaints about SEND upheld | Manager" on the next page)
        return False
    if re.search(r"(?:&|,|\band)\s*$", above_ids) and any(is_id_list(c) for c in cells[:m_col]):
        return False
    if not (
        _has_values(group, b_col) or _states_aims(group, b_col) or _bare_baseline(group, b_col)
    ):
        return False
    if not has_id:
        # no ids and the measure above stops mid-sentence ("… reporting deadlines for")
        above = " ".join(r[m_col] for r in group if len(r) > m_col and r[m_col])
        if ends_mid_phrase(above, signs=""):
            return False
    return True


def _names_ids(cell: str) -> bool:
    """Whether a grid's id cell names the actions measured ("1.1, 1.2") or the measure
    itself ("M5", "KPI 1")."""
    return bool(cell) and (is_id_list(cell) or measure_id_of(cell) is not None)


def _holds_figures(cells: list[str], b_col: int) -> bool:
    """Whether a row prints a value from its baseline column on."""
    return any(c and parse_values(c) for c in cells[b_col:])


def _continues_cell(cell: str) -> bool:
    """A cell holding the rest of the words of the cell above it ("census", "return"); not a
    value the grid has yet to fill ("tbc")."""
    return (
        cell[:1].islower() and cell.replace(" ", "").isalpha() and cell.lower() not in _PLACEHOLDERS
    )


_PLACEHOLDERS = frozenset({"tbc", "tbd", "tba", "na", "nil", "none"})


def _is_placeholder(cell: str) -> bool:
    """A cell standing for a value the grid has yet to fill or never will ("TBC", "N/A")."""
    return re.sub(r"[^a-z]", "", cell.lower()) in _PLACEHOLDERS


def _has_values(rows: list[list[str]], b_col: int) -> bool:
    """Whether a measure's rows already hold a value right of the baseline column."""
    for cells in rows:
        for cell in cells[b_col + 1 :]:
            m = PERIOD_LABEL_RE.match(cell)
            rest = m["rest"] if m else cell
            if rest and parse_values(rest):
                return True
    return False


def _bare_baseline(rows: list[list[str]], b_col: int) -> bool:
    """Whether a measure's baseline cell is one value and nothing else ("7", "41%", "58
    weeks"): a measure whole, though its target is in words ("Zero") or to come."""
    for cells in rows:
        cell = cells[b_col].strip() if b_col < len(cells) else ""
        values = parse_values(cell) if cell else []
        if len(values) == 1 and values[0].value_text == cell:
            return True
    return False


def _states_aims(rows: list[list[str]], b_col: int) -> bool:
    """Whether a row of a measure aims at its targets in words right of its baseline ("In
    line with statistical neighbours | Top quartile"), as a measure of figures prints
    values: two aims or more, in a row printing no period labels (whose words are labels
    and sources, Hillingdon's rows)."""
    for cells in rows:
        rest = [c for c in cells[b_col + 1 :] if c]
        labelled = any(PERIOD_LABEL_RE.match(c) for c in rest)
        if not labelled and sum(1 for c in rest if _states_an_aim(c)) >= 2:
            return True
    return False


def _is_fragment_row(cells: list[str], m_col: int) -> bool:
    """A row that carries only the rest of a measure cut by the converter."""
    text = cells[m_col] if len(cells) > m_col else ""
    return bool(text) and (text[:1].islower() or text[:1] in "(,;")


def _header_labels(table: Table) -> dict[int, str]:
    """Period labels a grid prints in its header ("2024/25", "Target 2025/26", "2023/24
    outturn", "Autumn term") rather than on a row of their own: every measure's values in
    those columns take them."""
    return {
        col: " ".join(cell.split())
        for col, (role, cell) in enumerate(zip(table.roles, table.header, strict=False))
        if role in ("target", "actual") and (heads_a_period(cell) or parse_period_end(cell))
    }


def _columns_of(table: Table, role: str) -> set[int]:
    return {col for col, r in enumerate(table.roles) if r == role}


def _without(cells: list[str], cols: set[int]) -> list[str]:
    return [("" if col in cols else cell) for col, cell in enumerate(cells)]


def _group_to_measure(
    doc_id: str,
    number: int,
    rows: list[list[str]],
    cols: tuple[int, int, int | None],
    carried: dict[int, str],
    baseline_heading: str | None = None,
    series_col: int | None = None,
) -> tuple[Measure | None, list[Target], dict[int, str]]:
    """One measure from its rows, and the period labels of its value columns for the next.

    A measure that prints values under no period label of its own takes the labels of the
    measure above in the same grid (Hillingdon 4.2.2 under 4.2.1's "By April 25 … By Apr 28").
    """
    m_col, b_col, s_col = cols
    rows = _join_cut_values(rows, m_col)
    ids: list[str] = []
    own_ids: list[str] = []  # the measure's own id ("KPI 1")
    text_parts: list[str] = []
    baseline_parts: list[str] = []  # the baseline text read for values
    shown_parts: list[str] = []  # the baseline text as printed, with its columns' values
    source_parts: list[str] = []
    labels: dict[int, str] = {}
    cells_by_label: list[tuple[str, str]] = []
    baseline_cols = _labelled_baseline_columns(rows, b_col)
    series_of: dict[int, str] = {}  # index in cells_by_label -> the row's own label ("SALT")
    # an id its cell wrapped over rows a page break parts ("KPI" over "2"): whole again
    whole_id = measure_id_of(" ".join(c for cells in rows for c in cells[:m_col] if c))
    if whole_id:
        own_ids.append(whole_id)
    aims: list[tuple[str, str]] = []  # target cells stating an aim in words ("Top quartile")
    grouped: list[tuple[str, str]] = []  # (group, baseline cell) of rows a series column names
    for cells in rows:
        value_cells: list[tuple[int, str]] = []
        worded: list[tuple[int, str]] = []
        label_col, row_label = _row_label(cells, max(b_col, m_col + 1), series_col)
        row_start, row_grouped = len(baseline_parts), len(grouped)
        for col, cell in enumerate(cells):
            if not cell or (col < m_col and whole_id):
                continue
            if col < m_col and (own := measure_id_of(cell)):
                own_ids.append(own)
            elif col < m_col:
                ids.extend(i for i in parse_id_list(cell) if re.search(r"\d", i))
            elif col == m_col:
                text_parts.append(cell)
            elif col in baseline_cols and _BASELINE_LABEL_CELL_RE.match(cell):
                labels[col] = cell  # "Baseline Quarterly": a baseline column's own label
                baseline_parts.append(cell)
            elif col == label_col and col == b_col:
                baseline_parts.append(cell)  # the row's label ("SALT"), kept in baseline_text
            elif col == label_col:
                continue  # a series column of its own ("EHCP 16-25 year olds")
            elif col == b_col and label_col is not None and label_col == series_col:
                grouped.append((row_label or "", cell))  # a group's own baseline ("EHCP" | "8%")
            elif col == b_col or _BASELINE_CELL_RE.match(cell):
                baseline_parts.append(cell)  # a baseline shifted right is still a baseline
            elif s_col is not None and col >= s_col and _is_source(cell):
                source_parts.append(cell)
            elif m := PERIOD_LABEL_RE.match(cell):
                labels[col] = m["label"]
                rest = m["rest"].strip()
                if rest:
                    cells_by_label.append((m["label"], rest))
            elif parse_values(drop_asides(cell)):
                value_cells.append((col, cell))
            elif _states_an_aim(cell):
                worded.append((col, cell))
        before = len(cells_by_label)
        if (value_cells or worded) and not labels:
            labels.update(carried)
        aims.extend(
            (labels[col], cell)
            for col, cell in worded
            if col in labels and col not in baseline_cols
        )
        labels.update(_lost_label(value_cells, labels))
        baseline_parts.extend(_place_values(value_cells, labels, cells_by_label))
        if row_label:
            series_of.update(dict.fromkeys(range(before, len(cells_by_label)), row_label))
        shown_parts.extend(
            _shown_baseline(cells, b_col, m_col, baseline_cols, baseline_parts[row_start:])
        )
        shown_parts.extend(cell for _, cell in grouped[row_grouped:])  # as printed
    text = " ".join(text_parts).strip()
    if not text:
        return None, [], carried
    # printed action ids name the actions measured, shared by rows: they go in action_refs
    measure_id = own_ids[0] if own_ids else f"M{number}"
    # a span cut at its hyphen over two rows: "Baseline (01.10.23-" + "01.10.24)"
    baseline_text = _mend_spans(" ".join(baseline_parts)) or None
    measure = Measure(
        doc_id=doc_id,
        measure_id=measure_id,
        text=text,
        action_refs=list(dict.fromkeys(ids)),  # an id cell repeated on a wrapped line
        baseline_text=_mend_spans(" ".join(shown_parts)) or None,
        source=" ".join(source_parts) or None,
    )
    baseline_labels = {labels[c] for c in baseline_cols if c in labels}
    targets = [
        grid_target(
            doc_id,
            measure_id,
            "baseline" if label in baseline_labels else "target",
            label or None,
            value
            if value.series or i not in series_of
            else value.model_copy(update={"series": series_of[i]}),
        )
        for i, (column_label, cell) in enumerate(cells_by_label)
        for value, label in _dated_values(column_label, cell)
    ]
    targets.extend(
        Target(
            doc_id=doc_id,
            measure_id=measure_id,
            kind="target",
            period_label=label,
            period_end=parse_period_end(label),
            value_text=cell,
        )
        for label, cell in aims
    )
    for group, cell in grouped:
        targets.extend(
            t if t.series else t.model_copy(update={"series": group})
            for t in baseline_targets(doc_id, measure_id, cell, [], baseline_heading)
        )
    if baseline_text:
        row_labels = list(dict.fromkeys(series_of.values()))
        targets.extend(
            baseline_targets(doc_id, measure_id, baseline_text, row_labels, baseline_heading)
        )
    targets = _series_as_in_targets(targets)
    own = {c: label for c, label in labels.items() if c not in baseline_cols}
    return measure, targets, own or carried


def _join_cut_values(rows: list[list[str]], m_col: int) -> list[list[str]]:
    """A value a line or page break cut in a value column, whole again on the upper row: a unit
    alone ("days" under "100": Fenwick as a PDF) goes back on the number above it, and a
    value hanging on a dash ("80% -" over "90%") takes the value below, a range, and a value
    goes on below with where a move goes or its time limit ("from 40%" over "to 50%", "95%"
    over "within 20 weeks")."""
    out = [list(cells) for cells in rows]
    for r in range(1, len(out)):
        for col in range(m_col + 1, len(out[r])):
            cell = out[r][col].strip()
            if not cell:
                continue
            above = next(
                (k for k in range(r - 1, -1, -1) if col < len(out[k]) and out[k][col]), None
            )
            if above is None:
                continue
            upper = out[above][col].rstrip()
            unit = UNIT_ONLY_RE.fullmatch(cell) and upper[-1:].isdigit()
            goes_on = _GOES_ON_RE.match(cell) and upper[-1:] in "0123456789%"
            if unit or goes_on or (_HANGING_DASH_RE.search(upper) and cell[:1].isdigit()):
                out[above][col] = f"{upper} {cell}"
                out[r][col] = ""
    return out


_HANGING_DASH_RE = re.compile(r"[\d%]\s[-–]$")
# the rest of a value under it: where a move goes, or the time limit it is measured in
_GOES_ON_RE = re.compile(r"(?:to|within|inside|under)\s+\d", re.I)


_YEAR_END_RE = re.compile(r"^(?P<head>By\s+[A-Z][a-z]{2,8}\.?\s+)(?P<year>\d{2})$")


def _lost_label(value_cells: list[tuple[int, str]], labels: dict[int, str]) -> dict[int, str]:
    """The period label of a value column whose label cell a converter lost, from the yearly
    run to its right: values under "" | "By Apr 26" | "By Apr 27" | "By Apr 28" are under
    "By Apr 25" (Hillingdon text 1.5.1). Only one column, next to a run of two labels or more
    a year apart, is inferred."""
    cols = [col for col, _ in value_cells]
    named = sorted(c for c in labels if c > min(cols, default=0))
    unlabelled = [c for c in cols if c not in labels]
    if len(unlabelled) != 1 or len(named) < 2 or unlabelled[0] != named[0] - 1:
        return {}
    first, second = (_YEAR_END_RE.match(labels[c]) for c in named[:2])
    if not (first and second and first["head"] == second["head"]):
        return {}
    if int(second["year"]) - int(first["year"]) != 1 or first["year"] == "00":
        return {}
    return {unlabelled[0]: f"{first['head']}{int(first['year']) - 1:02d}"}


def _mend_spans(text: str) -> str:
    """A span cut at its hyphen over two rows: "Baseline (01.10.23-" + "01.10.24)"."""
    return re.sub(r"(?<=\d[-–]) (?=\d)", "", text)


def _shown_baseline(
    cells: list[str], b_col: int, m_col: int, baseline_cols: set[int], parts: list[str]
) -> list[str]:
    """A row's baseline text as printed: with baseline columns of their own ("May 24 | June 24
    | Baseline Quarterly", Hillingdon 1.4.1) their labels and values too, left to right."""
    if not baseline_cols:
        return parts
    cols = sorted(({b_col} - {m_col}) | baseline_cols)  # b_col is m_col in a grid with none
    shown = [cells[c] for c in cols if c < len(cells) and cells[c]]
    return shown + [p for p in parts if p not in shown]


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


def _row_label(
    cells: list[str], b_col: int, series_col: int | None = None
) -> tuple[int | None, str | None]:
    """The column and text of the label a value row prints for all its values: a short word
    cell in the baseline column ("SALT", "OT", "Physio"), or a series column of its own just
    left of the values ("SEN Support 16-17 year olds"), with values to its right; or the
    cell of a column the header names the series' (`series_col`: "Group")."""
    if series_col is not None and series_col < len(cells):
        group = cells[series_col]
        if group and any(c and parse_values(c) for c in cells[series_col + 1 :]):
            return series_col, group
    filled = [col for col in range(b_col, len(cells)) if cells[col]]
    for col in filled[:2]:
        cell = cells[col]
        label = _ROW_LABEL_RE.match(cell) if col == b_col else is_series_label(cell)
        if not label or _BASELINE_CELL_RE.match(cell):
            continue
        if cell.lower() in {"baseline", "target", "source"} or PERIOD_LABEL_RE.match(cell):
            continue
        if _is_placeholder(cell):
            continue  # "TBC", "N/A": a value still to come, no series
        if col > b_col and _AIM_VERB_RE.match(cell):
            continue  # "Maintain" under a target's period: an aim in words, no series
        if _cut_from_left(cells, col):
            continue
        if any(c and parse_values(c) for c in cells[col + 1 :]):
            return col, cell
    return None, None


def _cut_from_left(cells: list[str], col: int) -> bool:
    """A cell that is the rest of the word its left neighbour was cut in, which a converter
    prints twice: "… accessing S" | "SI" (Hillingdon text 4.3.1a) is one word, not a label."""
    left = next((cells[i] for i in range(col - 1, -1, -1) if cells[i]), "")
    head = left.split()[-1] if left.split() else ""
    word = cells[col].split()[0]
    return bool(head) and len(head) < len(word) and word.startswith(head)


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


# A target printed in words, no figure: "Top quartile", "In line with national", "Maintain";
# short, opening in capitals, words only (a cut fragment of text "ks reporting deadlines for"
# or "(national average) inadequate" is none)
_AIM_RE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z]+){0,4}")
_NO_AIM = frozenset(
    {
        "tbc", "tba", "tbd", "none", "nil", "no data", "not available", "n a", "na",
        "not applicable", "to be confirmed", "to be agreed", "to be set", "not known",
        "unknown", "new measure", "awaiting data", "data not available",
    }
)  # fmt: skip


# Words opening an aim a grid states for a period instead of a figure ("Maintain", "Reduce
# further", "In line with national"): no label of a series
_AIM_VERB_RE = re.compile(
    r"(?:maintain|sustain|increase|reduce|improve|decrease|hold|keep|above|below|in line"
    r"|at or (?:above|below)|top|better|no (?:more|fewer|less))\b",
    re.I,
)


def _states_an_aim(cell: str) -> bool:
    text = " ".join(cell.split())
    return bool(_AIM_RE.fullmatch(text)) and text.lower() not in _NO_AIM


_BASELINE_CELL_RE = re.compile(r"(?:Baseline|Target)\b\s*\S")


def _dated_values(label: str, cell: str) -> list[tuple[Value, str]]:
    """The values of a cell, each with its column's period label, or where the label names
    no period, the period printed beside the value ("Target" over "75% by 2027")."""
    values = parse_values(drop_asides(cell))
    if label and parse_period_end(label):
        return [(value, label) for value in values]
    beside = periods_beside(cell, values)
    return [(value, own or label) for value, own in zip(values, beside, strict=True)]


def _is_source(cell: str) -> bool:
    """A data-source cell ("EHM / PBI", "Audit Tool Invision 360"), not a value shifted into
    the source column: values there carry a percent sign, a sign or a period label."""
    return (
        bool(re.search(r"[A-Za-z]{2}", cell))
        and not re.search(r"%|^[+\-–]\s?\d", cell)
        and not PERIOD_LABEL_RE.match(cell)
    )


def _series_as_in_targets(targets: list[Target]) -> list[Target]:
    """A baseline series that ends in a target series is that series: "SEN Support Susp.
    Number: 561" under a row label is the "Susp." the targets count (Hillingdon 5.2.1). A
    one-letter target series abbreviates the baseline's ("Section C 50%" | "C 55%"): kept."""
    # the longest name first, in a fixed order: a set's order changes from run to run
    names = sorted(
        {t.series for t in targets if t.kind == "target" and t.series and len(t.series) > 1},
        key=lambda n: (-len(n), n),
    )
    out = []
    for t in targets:
        name = None
        if t.kind == "baseline" and t.series:
            name = next((n for n in names if t.series.endswith(f" {n}")), None)
        if name and (at := t.value_text.find(name)) >= 0:
            t = t.model_copy(update={"series": name, "value_text": t.value_text[at:]})
        out.append(t)
    return out
