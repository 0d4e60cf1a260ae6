"""Success statements that state their figures to measures and targets.

A plan that prints no baseline/target grid may still state its success measures in words,
one bullet each under a success heading: "… rises from 41% to 55% by 2027", "… fall by 10%
by March 2027", "… from 212 to 150 by 2028". Each statement that states a target this way is
also a measure (`M1`, `M2`… in reading order), the figure it starts from a baseline and the
figure it aims at a target dated by the period it names. Statements without such figures
stay statements only.
"""

from __future__ import annotations

import re

from planparse.assemble.baselines import grid_target
from planparse.fields.values import DOWN_VERBS, UP_VERBS, Value, parse_value
from planparse.models import Measure, Statement, Target

# a figure as a sentence words it: "41%", "£1.2m", "9.5 weeks", "3 percentage points"
_FIGURE = (
    r"[<>≤≥]?\s?[+\-]?£?\d[\d,]*(?:\.\d+)?\s?"
    r"(?:%|per ?cent|pp\b|percentage points?|days?|weeks?|months?|[mk]\b)?"
)
# a period a baseline was taken in: "2024", "April 2025", "2024/25"
_WHEN = r"(?:[A-Z][a-z]+\s+)?20\d{2}(?:/\d{2})?\b"
# "rises from 41% to 55%", "from 212 to 150", "from 38% (2024) to 60%", "from 640 in April
# 2025 to 300": a baseline, when it was taken if said, and a target
_FROM_TO_RE = re.compile(
    rf"\bfrom\s+(?P<base>{_FIGURE})\s*"
    rf"(?:\(\s*(?:in\s+)?(?P<bracketed>{_WHEN})\s*\)\s*|(?:in|at)\s+(?P<when>{_WHEN})\s*)?"
    rf"to\s+(?P<target>{_FIGURE})",
    re.I,
)
# a baseline stated beside a target: "(baseline 52%, 2024/25)", "baseline: 52% in 2024",
# "currently 310"
_BASELINE_RE = re.compile(
    rf"\b(?:baseline|currently)\s*:?\s*(?:of\s+)?(?P<base>{_FIGURE})"
    rf"(?:\s*(?:,|in|at|as at)\s*(?P<when>{_WHEN}))?",
    re.I,
)
# a sentence opening with the figure it aims at: "At least 90% of annual reviews completed on
# time by July 2026", "95% of new plans issued within 20 weeks by 2027"
_OPENING_RE = re.compile(
    r"^\W*(?P<target>(?:(?:at\s+least|no\s+more\s+than|more\s+than|fewer\s+than|less\s+than"
    rf"|over|under)\s+)?{_FIGURE})(?=\s+of\b)",
    re.I,
)
# "fall by 10%", "an increase of 5 percentage points", "reduce the number of suspensions by
# 20%" (what changes between the verb and its figure; "by 2027" there is its period, no
# figure): a target that is a change
_CHANGE_RE = re.compile(
    rf"\b(?P<verb>{DOWN_VERBS}|{UP_VERBS})"
    r"(?:\s+(?:by|of)|(?P<changed>(?:\s+(?!by\b)[\w'’-]+){1,10}?)\s+by)\s+"
    rf"(?!20\d{{2}}\b)(?P<target>{_FIGURE})",
    re.I,
)
# "rises to 55%", "reach 90%": a target level
_LEVEL_RE = re.compile(
    rf"\b(?:(?:{DOWN_VERBS}|{UP_VERBS})\s+to|reach\w*(?:\s+to)?)\s+(?P<target>{_FIGURE})",
    re.I,
)
# the period a target is for: "by 2027", "by March 2027", "by 2026/27", "in 2026"
_PERIOD = r"(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?20\d{2}(?:/\d{2})?\b"
# the period after a target's figure, a few words on: "… to 55% for all pupils by 2027"
_BY_RE = re.compile(rf"[^.;]*?\b(?P<label>{_PERIOD})")
# a further target with its own period: "… to 50% by 2026 and 60% by 2027", ", then by 20%
# by 2028"
_NEXT_RE = re.compile(
    rf"\s*(?:,\s*)?(?:and\s+|then\s+)*(?:to\s+|by\s+)?(?P<target>{_FIGURE})\s*"
    rf"(?P<label>{_PERIOD})",
    re.I,
)


def statements_to_measures(
    doc_id: str, statements: list[Statement]
) -> tuple[list[Measure], list[Target]]:
    """A measure and its values for each success statement that states a target."""
    measures: list[Measure] = []
    targets: list[Target] = []
    for statement in statements:
        if statement.section != "success":
            continue
        found = _stated_figures(statement.text)
        if found is None:
            continue
        (base, base_when), aims = found
        measure_id = f"M{len(measures) + 1}"
        measures.append(
            Measure(
                doc_id=doc_id,
                measure_id=measure_id,
                text=statement.text,
                baseline_text=base.value_text if base else None,
            )
        )
        if base:
            targets.append(grid_target(doc_id, measure_id, "baseline", base_when, base))
        targets.extend(
            grid_target(doc_id, measure_id, "target", label, target) for target, label in aims
        )
    return measures, targets


def _stated_figures(
    text: str,
) -> tuple[tuple[Value | None, str | None], list[tuple[Value, str | None]]] | None:
    """((baseline or None, when it was taken or None), [(target, period label or None)…]) a
    sentence states, or None.

    A sentence may aim at a figure for each of several periods ("to 50% by 2026 and 60% by
    2027"); each further figure is read as the first was, a change keeping its verb's sign.
    """
    verb = ""
    base_when: str | None = None
    if from_to := _FROM_TO_RE.search(text):
        base = parse_value(from_to["base"])
        base_when = from_to["bracketed"] or from_to["when"]
        first = from_to
    elif change := _CHANGE_RE.search(text):
        base, verb = None, f"{change['verb']} by "
        first = change
    elif level := _LEVEL_RE.search(text) or _OPENING_RE.search(text):
        base, first = None, level
    else:
        return None
    target = parse_value(verb + first["target"])
    if target is None:
        return None
    if verb and first["changed"]:
        # "Reduce the number … by 20%": the change as printed, its verb words away
        target = target.model_copy(update={"value_text": f"by {first['target'].strip()}"})
    by = _BY_RE.match(text, first.end())
    if first.re is _OPENING_RE and by is None:
        return None  # "90% of families say …": a finding, no target without its period
    aims: list[tuple[Value, str | None]] = [(target, by["label"] if by else None)]
    while by and (further := _NEXT_RE.match(text, by.end())):
        if (value := parse_value(verb + further["target"])) is None:
            break
        aims.append((value, further["label"]))
        by = further
    if base is None and (stated := _BASELINE_RE.search(text)):
        base, base_when = parse_value(stated["base"]), stated["when"]
    return (base, base_when), aims
