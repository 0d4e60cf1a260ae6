"""Header cells to column roles, through the vocabulary in vocab.toml.

Takes a table row and adds a role per column ("lead", "deadline", …) when the row is a
header. Matching is fuzzy because converters split and misspell headers ("Areas for
Improve | ement", "Tai get"); a row counts as a header only when most of its filled cells
match, so a data row that happens to say "Action" is not mistaken for one (docling#2985).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from planparse.fields.dates import is_month_dash_year, is_period_name, is_timeline_heading
from planparse.fields.ocr import folded_index, ocr_fold

VOCAB = Path(__file__).with_name("vocab.toml")
# Set on the corpus headers: 'areas for improve' scores 89 against its full form, while the
# nearest wrong pair ('status' vs 'start') scores 73.
DEFAULT_HEADER_CUTOFF = 84
# Share of filled cells that must name a role for a row to be a header.
DEFAULT_HEADER_SHARE = 0.5


@lru_cache(maxsize=1)
def _vocab_file() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(VOCAB.read_text())


def vocabulary() -> dict[str, list[str]]:
    return _vocab_file()["roles"]


def replaces_the_other(header: str, role: str) -> bool:
    """Whether a column of `role` sharing its role with another replaces it: a "Revised
    date" beside an "Original date" is the deadline, earlier or later."""
    words = set(normalise_header(header).split())
    return any(set(w.split()) <= words for w in _vocab_file()["replacing"].get(role, []))


def normalise_header(text: str) -> str:
    text = text.lower().replace("&", " & ").replace("#", " no ")  # "#", "Action #": a number
    text = re.sub(r"[^a-z0-9& ]+", " ", text)
    text = re.sub(r"\b(?:for )?ambition(?: group)? \d{1,2}\b", "", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _normalised_names() -> tuple[tuple[str, str], ...]:
    """(role, normalised name) for every name in the vocabulary, in its order."""
    return tuple(
        (role, normalise_header(name)) for role, names in vocabulary().items() for name in names
    )


# "RAG this quarter", "Status this period": the rating now, beside last period's. Matched
# whole, not fuzzily: as a vocabulary name it would make a cut header's "this quarter"
# (of "Key achievements this quarter") a status column of its own.
# "RAG (now)", "RAG current" (brackets read as spaces) too.
_CURRENT_RATING_RE = re.compile(
    r"^(?:b?rag|status) (?:(?:this|current) (?:month|quarter|period|term)|now|current)$"
)
# A milestone asked after, answered "Yes", "No", "Partly": "Achieved?", "Met?", "On track?".
# With its question mark only: "Achieved" alone is a status a form's field gives.
_ASKED_STATUS_RE = re.compile(r"(?:achieved|met|on track|completed|delivered|done)\s*\?", re.I)
# The person in post, in a column of their own beside the role ("Lead name | Lead role"):
# part of the lead as printed, never a role. Matched whole: "Lead (name, role,
# organisation)" is a lead column of its own.
_NAME_HEADERS = frozenset(
    {"lead name", "name of lead", "lead officer name", "officer name", "named lead",
     "name of officer", "name of lead officer"}
)  # fmt: skip


@lru_cache(maxsize=16384)
def header_to_role(cell: str, cutoff: float = DEFAULT_HEADER_CUTOFF) -> str | None:
    """The role a header cell names, or None.

    Cached: every row of every table is asked whether it is a header, and repeated headers
    and cells come back page after page (Hillingdon plan PDF: 2.8 s -> 2.4 s with the cache).

    >>> header_to_role("Lead role & organisation")
    'lead'
    """
    text = normalise_header(cell)
    if not text or len(text) > 120:
        return None
    if _CURRENT_RATING_RE.match(text) or _ASKED_STATUS_RE.fullmatch(cell.strip()):
        return "status"
    if text in _NAME_HEADERS:
        return "lead_name"
    best_role, best = None, 0.0
    for role, name_n in _normalised_names():
        score = fuzz.ratio(text, name_n)
        if len(name_n) >= 4 and (text.startswith(name_n + " ") or text == name_n):
            score = max(score, 95.0 + len(name_n) / 100)
        if score > best:
            best_role, best = role, score
    if best < cutoff:
        # a name a scan misread letter for letter ("Actlon", "Lcad", "Sourcc"): the same
        # name once the letters OCR confuses are folded together
        return _ocr_folded_names().get(ocr_fold(text))
    return best_role


@lru_cache(maxsize=1)
def _ocr_folded_names() -> dict[str, str]:
    """The role of each vocabulary name by its folded form; a folded form two roles share
    names neither (never guessed)."""
    # "rag", "no": too short to tell from a misread word
    return folded_index((name, role) for role, name in _normalised_names() if len(name) >= 4)


@lru_cache(maxsize=4096)
def is_one_name(cell: str) -> bool:
    """Whether a header cell is one name of the vocabulary as a whole ("Target date", "RAG
    status"), not a name with more words after it ("Deadline RAG")."""
    text = normalise_header(cell)
    found = process.extractOne(
        text, _name_set(), scorer=fuzz.ratio, score_cutoff=DEFAULT_HEADER_CUTOFF
    )
    # a name it only resembles, of another column ("Deadline Area for improvement" is 84
    # like "Link to area for improvement"), is none: the cell names what its start names
    return found is not None and _role_of_name()[found[0]] == header_to_role(cell)


@lru_cache(maxsize=1)
def _role_of_name() -> dict[str, str]:
    return {name: role for role, name in _normalised_names()}


def is_exactly_a_name(cell: str) -> bool:
    """Whether a header cell, normalised, is word for word a name of the vocabulary."""
    return normalise_header(cell) in _name_set()


@lru_cache(maxsize=1)
def _name_set() -> frozenset[str]:
    return frozenset(name for _, name in _normalised_names())


def _after_name(cell: str, role: str) -> str:
    """What a header cell says after the longest name of `role` it starts with."""
    text = normalise_header(cell)
    names = sorted((normalise_header(n) for n in vocabulary()[role]), key=len, reverse=True)
    for name in names:
        if text.startswith(name + " "):
            return text[len(name) + 1 :]
    return ""


# how a header joins two names in one cell: "Lead / timescale", "Who and when"
_TWO_NAMES = re.compile(r"\s*(?:/|&|\+|\band\b)\s*", re.I)


@lru_cache(maxsize=4096)
def names_lead_and_deadline(cell: str) -> bool:
    """Whether a header cell names a lead and a deadline ("Lead / timescale", "Who and
    when", "Lead officer & deadline"): one column holding both, split cell by cell."""
    parts = [p for p in _TWO_NAMES.split(cell) if p.strip()] if _TWO_NAMES.search(cell) else []
    if len(parts) != 2:
        return False
    # the second part is read only when the first names one of the two (most cells that
    # are asked hold a sentence with "and" in it, whose parts name nothing)
    first = header_to_role(parts[0])
    other = {"lead": "deadline", "deadline": "lead"}.get(first or "")
    return other is not None and header_to_role(parts[1]) == other


MAX_UNNAMED_HEADER_WORDS = 3
_LABELLED_RE = re.compile(r"^[^:]{1,30}:\s*\w")


def row_to_roles(cells: tuple[str, ...]) -> list[str | None] | None:
    """Roles for a header row, or None when the row is not a header."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return None
    # a labelled value ("Lead: Head of SEND; Support: DCO") is a row's cell, naming no column
    roles = [header_to_role(c) if c.strip() and not _LABELLED_RE.match(c) else None for c in cells]
    roles = [
        "lead_deadline" if names_lead_and_deadline(c) else r
        for r, c in zip(roles, cells, strict=True)
    ]
    for i, role in enumerate(roles):
        if role is not None and roles.count(role) > 1:
            # "Key Areas | Key Areas Actions (with timeliness)": a converter ran two header
            # cells together; the words after the repeated name say what the column holds
            rest = _after_name(cells[i], role)
            other = header_to_role(rest) if rest else None
            if other is not None and other not in roles:
                roles[i] = other
    if "measure" in roles:
        # a grid that heads its target columns with their periods ("Success measure |
        # Baseline | 2024/25 | 2025/26"), or with a period and what its values are
        # ("2023/24 actual | 2024/25 target"), or with periods whose year the plan or its
        # section names ("Autumn term | Spring term", "Q1 | Q2"); only beside a measure
        # column, as a row of period labels inside a grid is no header
        # "Mar-26" as a spreadsheet heads a date column: a period only in a row whose other
        # cells name columns or are a few words, as a header's are (a plan's row prints
        # "Feb-23" under its deadline beside sentences)
        dashed = all(
            r is not None or len(c.split()) <= MAX_UNNAMED_HEADER_WORDS
            for r, c in zip(roles, cells, strict=True)
        )
        roles = [
            (
                "target"
                if is_period_name(c) or (dashed and is_month_dash_year(c))
                else _period_and_kind(c)
            )
            if r is None
            else r
            for r, c in zip(roles, cells, strict=True)
        ]
        # "Measure | Group | Baseline | 2025/26": the group of children each row's figures
        # are of ("EHCP", "SEN Support"), a series of the measure
        roles = [
            "series" if r is None and normalise_header(c) in _SERIES_HEADERS else r
            for r, c in zip(roles, cells, strict=True)
        ]
        baselines = [i for i, r in enumerate(roles) if r == "baseline"]
        for i in baselines[1:]:
            # "Baseline (Mar 24) | Latest (Aug 25) | Target (Mar 26)": the figure reached
            # since the baseline is an actual, not a second baseline
            words = _without_period(cells[i]).split()
            if words and words[0] in _REACHED_WORDS:
                roles[i] = "actual"
        if "actual" in roles and "baseline" not in roles:
            # "2023/24 outturn | 2024/25 outturn | Target 2025/26": the latest figure reached
            # is where the targets start from, the baseline; earlier ones stay actuals. An
            # actual after a target is that year's figure beside its target ("2025/26 Target
            # | 2025/26 Actual"), and no baseline.
            latest = max(i for i, r in enumerate(roles) if r == "actual")
            if "target" not in roles[:latest]:
                roles[latest] = "baseline"
    elif "action" in roles:
        # a plan's timeline beside its actions ("Action | Lead | Q1 (Apr-Jun 25) | Q2 …",
        # "Apr | May | Jun"): each column a period, marked in the rows it covers
        roles = [
            "timeline" if r is None and is_timeline_heading(c) else r
            for r, c in zip(roles, cells, strict=True)
        ]
    if "action" not in roles and {"lead", "deadline"} <= set(roles):
        # "What | Who | When": the questions a plan's columns answer, "What" alone the
        # actions ("What good looks like" names other words, as a vocabulary name would)
        roles = [
            "action" if r is None and normalise_header(c) == "what" else r
            for r, c in zip(roles, cells, strict=True)
        ]
    if "measure" not in roles and "action" not in roles and {"baseline", "target"} & set(roles):
        # "Success criteria | Baseline | Target": beside a baseline or targets, and no
        # actions, the criteria are what is measured
        roles = ["measure" if r == "impact_measure" else r for r in roles]
    if "area" in roles and "action" not in roles and "id" in roles[roles.index("area") + 1 :]:
        # "Inspection finding | Our response | Action refs": ids right of the areas are the
        # actions addressing them, a reference table's; ids left of them are the areas' own
        roles[roles.index("id", roles.index("area"))] = "link_target"
    if "mitigation" in roles and "issue" not in roles:
        # a risk register naming its risks otherwise ("Ref | Description | RAG | Mitigation"):
        # the first column before the mitigations that no name placed holds them
        unnamed = (i for i in range(roles.index("mitigation")) if roles[i] is None and cells[i])
        if (first := next(unnamed, None)) is not None:
            roles[first] = "issue"
    named = sum(1 for r in roles if r)
    if named < 2 or (named / len(filled) < DEFAULT_HEADER_SHARE and named < 3):
        return None
    return roles


# A period inside a grid's header cell: "2024/25", "2026", "Q3", "March 2026", "Mar 26", and
# a year of the plan's own ("Year 1 target (2025/26)", "Year 2 target").
_PERIOD_IN_HEADER_RE = re.compile(
    r"\b(?:(?:20)?\d{2}/\d{2}|20\d{2}|Q[1-4]|[Yy]ear\s+[1-9]"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?:20)?\d{2})\b"
)
# What a grid's value column holds once its period is taken out: "2024/25 target" is a
# target; "2023/24 actual" / "outturn" is what was reached before the targets, an actual.
# "Latest (Aug 25)" and "Current" are what was reached by then: an actual too.
_REACHED_WORDS = frozenset({"actual", "actuals", "outturn", "latest", "current"})
# A grid's column naming the group of children each row's figures are of
_SERIES_HEADERS = frozenset(
    {"group", "cohort", "pupil group", "sub group", "subgroup", "breakdown", "population"}
)
# "Ambition 2028", "Goal (2027/28)": what a grid aims at by a period, a target; named so only
# beside a period, as "Ambition" alone heads a strategy's themes.
# "Year 1 change", "Reduction 2026/27": the change a grid aims at by a period, a target too.
_AIMED_WORDS = frozenset(
    {"ambition", "our ambition", "goal", "aim", "aspiration", "change", "reduction", "increase"}
    | {"stretch", "stretch target"}
)
# Words that say which of a grid's targets a period's column holds ("Stretch target
# (2027/28)", "Interim target 2026", "Aspirational target"): a target still. Only beside a
# period, as "Interim target date" heads a plan's deadlines.
_TARGET_QUALIFIERS = frozenset(
    {"stretch", "interim", "aspirational", "ambitious", "final", "minimum", "overall", "annual"}
)


# A column of themes, one a row, as a strategy's table of its ambitions heads it
_THEME_HEADERS = frozenset(
    {"ambition", "ambitions", "our ambitions", "priority", "priorities", "our priorities",
     "outcome", "outcomes", "theme", "themes"}
)  # fmt: skip


def heads_themes(cell: str) -> bool:
    """Whether a header cell heads a column of themes ("Ambition", "Our priorities")."""
    return normalise_header(cell) in _THEME_HEADERS


def names_period(cell: str) -> bool:
    """Whether a header cell names a period, dated or not ("2024/25", "Year 2 target")."""
    return bool(_PERIOD_IN_HEADER_RE.search(cell))


def heads_a_period(cell: str) -> bool:
    """Whether a grid's figure column heading names its period, with its year ("Target
    2025/26", "2024/25") or without ("Autumn term", "Dec"): its values take it as their
    label."""
    return names_period(cell) or is_period_name(cell)


def _without_period(cell: str) -> str:
    """A grid header cell's words once its period is taken out ("Target 2025/26" -> "target",
    "Latest (Aug 25)" -> "latest"), normalised as header names are."""
    return normalise_header(_PERIOD_IN_HEADER_RE.sub(" ", cell))


def _period_and_kind(cell: str) -> str | None:
    """The role of a grid header cell naming a period and a kind of value, the period first
    or last ("2024/25 target", "Actual 2023/24"), or None. A period alone, its words in
    brackets ("Year 1 (2025/26)"), heads a target column as a bare "2025/26" does."""
    if not names_period(cell):
        return None
    rest = _without_period(cell)
    return figure_kind(rest) if rest else "target"


def names_a_target_beside_its_period(cell: str) -> bool:
    """A grid header cell naming a target in words beside its period ("Target 2024/25",
    "2025/26 target"), not a period alone ("2023/24"), which may head a baseline."""
    return names_period(cell) and bool(_without_period(cell)) and _period_and_kind(cell) == "target"


def names_a_column_under_a_year(cell: str) -> bool:
    """A header cell that a year merged over it heads: a period printed without its year
    ("Q1", "Autumn") or a kind of figure ("Target", "Actual")."""
    return is_period_name(cell) or figure_kind(cell) is not None


# The ends of a span of time, as a merged "Timescale" names its two columns
_SPAN_ENDS = frozenset(
    {"from", "to", "start", "end", "start date", "end date", "finish", "until", "begin"}
)


def names_an_end_of_a_span(cell: str) -> bool:
    """A header cell naming where a span of time starts or ends ("From", "To", "Start")."""
    return normalise_header(cell) in _SPAN_ENDS


def figure_kind(cell: str) -> str | None:
    """The kind of value a grid header cell names once its period is taken out ("target",
    "outturn" -> actual, "goal" -> target), as a role; None for any other cell."""
    rest = normalise_header(cell)
    if rest in _REACHED_WORDS:
        return "actual"
    if rest in _AIMED_WORDS:
        return "target"
    *qualifiers, last = rest.split() or [""]
    if last in ("target", "targets") and qualifiers and set(qualifiers) <= _TARGET_QUALIFIERS:
        return "target"
    role = header_to_role(rest) if rest else None
    return role if role in ("target", "baseline", "actual") else None


# Columns that make a column of actions an action table: who, when, how it stands, or the
# grouping it sits under.
_BESIDE_ACTIONS = frozenset(
    {"lead", "lead_org", "lead_name", "deadline", "lead_deadline", "status", "objective", "area"}
)


def names_figures(roles: Iterable[str | None]) -> bool:
    """Whether a header names a measure column beside its baseline or target columns: the
    figures of a grid, or of an action table printing each action's measure."""
    present = set(roles)
    return "measure" in present and bool({"baseline", "target"} & present)


def table_kind(roles: list[str | None]) -> str:
    """What a table holds, from its roles: action, grid, risk, reference, progress or other."""
    present = set(r for r in roles if r)
    if {"issue", "mitigation"} <= present:
        return "risk"
    if "link_target" in present:
        return "reference"
    if names_figures(present):
        # an action table printing each action's measure, baseline and target beside its lead
        # and deadline ("Ref | Action | Lead | Deadline | Success measure | Baseline |
        # Target") is an action table still; its measures are read from it too
        beside = present & _BESIDE_ACTIONS
        return "action" if "action" in present and beside else "grid"
    if "action" in present and present & _BESIDE_ACTIONS:
        return "action"
    if "objective" in present and present & {"commentary", "next_steps"}:
        # a highlight report's workstreams with their progress and next steps
        return "progress"
    return "other"


def strip_header_tail(text: str) -> str:
    """Drop header cells a converter ran into the end of a heading.

    "Reduce the number of children requiring tuition Key Areas Actions (with timeliness)"
    -> "Reduce the number of children requiring tuition" (Hillingdon 5.5).
    """
    words = text.split()
    for i in range(3, len(words) - 1):
        tail = " ".join(words[i:])
        role = header_to_role(tail)
        if role is None or not normalise_header(tail).startswith(
            tuple(normalise_header(n) + " " for n in vocabulary()[role] if len(n) >= 4)
        ):
            continue
        rest = _after_name(tail, role)
        if rest and header_to_role(rest) is not None:
            return " ".join(words[:i])
    return text
