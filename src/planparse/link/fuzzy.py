"""Fuzzy recommendation -> action links, for actions the plan links to nothing.

Plans often say which inspection area an action answers; where they do not, the action's
words are compared with each recommendation's words. One method, measured: rapidfuzz
`token_set_ratio` over the whole actions x recommendations matrix (`process.cdist`), after
both sides are normalised the same way (short forms spelled out from vocabulary.toml,
stop words and the words most recommendations share dropped), with no score where they share
fewer than MIN_COMMON_WORDS words. An action takes its best
recommendation when the score reaches FUZZY_CUTOFF and leads the runner-up by FUZZY_MARGIN;
otherwise it takes none (engineering notes: no link rather than a weak one).

The cutoff and margin were chosen on the corpus's stated links, scored as if they were not
stated (scripts/link_eval.py prints precision and recall for each plan).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from planparse.assemble.actions import AREA_NAME_WORDS
from planparse.link.reach import actions_reached
from planparse.models import Action, Link, Recommendation

FUZZY_CUTOFF = 70.0
FUZZY_MARGIN = 5.0
# a word in more than this share of a document's recommendations tells them apart from none
SHARED_WORD_SHARE = 0.5
# token_set_ratio scores a short recommendation high on two common words ("integrated" from
# ICB and "review": Hillingdon 4.2.4 against "Integrated two-year-old review", 72): fewer
# words in common than this is no match. Chosen with the sweep (scripts/link_eval.py):
# precision 0.83 -> 1.00 on the corpus's stated links at the same recall
MIN_COMMON_WORDS = 3

_WORD_RE = re.compile(r"[a-z0-9]+")


@cache
def _vocabulary() -> tuple[dict[str, str], frozenset[str]]:
    """(short form -> long form, stop words) from vocabulary.toml."""
    path = Path(__file__).with_name("vocabulary.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return data["expand"], frozenset(data["stop"].split())


def words(text: str) -> list[str]:
    """Lower-case words with short forms spelled out and stop words dropped."""
    expand, stop = _vocabulary()
    out: list[str] = []
    for word in _WORD_RE.findall(text.lower()):
        out.extend(expand.get(word, word).split())
    return [w for w in out if w not in stop and len(w) > 1]


def _shared_words(texts: Iterable[list[str]]) -> set[str]:
    """Words found in more than SHARED_WORD_SHARE of the texts (at least two)."""
    texts = list(texts)
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(text):
            counts[word] = counts.get(word, 0) + 1
    limit = max(2, SHARED_WORD_SHARE * len(texts))
    return {w for w, n in counts.items() if n > limit or (n >= limit and len(texts) > 2)}


def leaf_recommendations(recs: list[Recommendation]) -> list[Recommendation]:
    """Recommendations no other one names as parent: the specific areas actions answer."""
    parents = {r.parent_id for r in recs if r.parent_id}
    return [r for r in recs if r.rec_id not in parents]


def score_matrix(
    actions: list[str], recs: list[str], min_common: int = MIN_COMMON_WORDS
) -> np.ndarray:
    """Similarity (0-100) of every action text to every recommendation text; 0 where the two
    share fewer than `min_common` words (0: no such floor)."""
    rec_words = [words(t) for t in recs]
    shared = _shared_words(rec_words)

    def prepare(ws: list[str]) -> str:
        return " ".join(w for w in ws if w not in shared)

    queries = [prepare(words(t)) for t in actions]
    choices = [prepare(ws) for ws in rec_words]
    matrix = process.cdist(queries, choices, scorer=fuzz.token_set_ratio, dtype=np.float32)
    if min_common <= 0:
        return matrix
    query_sets, choice_sets = [set(q.split()) for q in queries], [set(c.split()) for c in choices]
    for i, query in enumerate(query_sets):
        for j, choice in enumerate(choice_sets):
            if len(query & choice) < min_common:
                matrix[i, j] = 0.0
    return matrix


def best_matches(
    matrix: np.ndarray, cutoff: float = FUZZY_CUTOFF, margin: float = FUZZY_MARGIN
) -> list[tuple[int, int, float]]:
    """(action row, rec column, score) for each action whose best column is clear enough."""
    out: list[tuple[int, int, float]] = []
    if matrix.size == 0:
        return out
    for row, scores in enumerate(matrix):
        order = np.argsort(-scores, kind="stable")
        best = float(scores[order[0]])
        runner_up = float(scores[order[1]]) if len(order) > 1 else 0.0
        if best >= cutoff and best - runner_up >= margin:
            out.append((row, int(order[0]), round(best / 100, 3)))
    return out


def fuzzy_links(
    doc_id: str, recs: list[Recommendation], actions: list[Action], stated: list[Link]
) -> list[Link]:
    """Fuzzy links for the actions that no stated link reaches (directly or by objective)."""
    reached = actions_reached(
        ((link.rec_id, link.target_id) for link in stated),
        ((a.action_id, a.objective_id) for a in actions),
    )
    linked = set().union(*reached.values())
    open_actions = [a for a in actions if a.action_id not in linked]
    leaves = leaf_recommendations(recs)
    if not open_actions or not leaves:
        return []
    named = _named_areas(open_actions, leaves)
    open_actions = [a for a in open_actions if a.action_id not in named]
    matrix = score_matrix([a.text for a in open_actions], [r.text for r in leaves])
    by_words = [
        (open_actions[row].action_id, leaves[col].rec_id, score)
        for row, col, score in best_matches(matrix)
    ]
    order: dict[str, int] = {}
    for place, action in enumerate(actions):
        order.setdefault(action.action_id, place)  # in reading order, an id where first read
    return [
        Link(doc_id=doc_id, rec_id=rec_id, target_id=action_id, method="fuzzy", score=score)
        for action_id, (rec_id, score) in sorted(
            {**named, **{a: (r, s) for a, r, s in by_words}}.items(),
            key=lambda item: order[item[0]],
        )
    ]


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _named_areas(actions: list[Action], recs: list[Recommendation]) -> dict[str, tuple[str, float]]:
    """Actions whose theme names one area by a few of its words ("Timeliness", "Co-production",
    "Quality of plans" in an "Area for improvement" column): action id -> (rec id, score), where
    every word of the name is a word of that area's text and of no other's. The score is
    rapidfuzz's token_set_ratio of the two, as for actions matched by their words (a name
    whose words an area holds scores 1.0)."""
    rec_words = [words(r.text) for r in recs]
    shared = _shared_words(rec_words)
    rec_sets = [{_stem(w) for w in ws if w not in shared} for ws in rec_words]
    out: dict[str, tuple[str, float]] = {}
    for action in actions:
        name = {_stem(w) for w in words(action.theme or "") if w not in shared}
        if not name or len(name) > AREA_NAME_WORDS or any(ch.isdigit() for ch in "".join(name)):
            continue
        holding = [i for i, ws in enumerate(rec_sets) if name <= ws]
        if len(holding) == 1:
            (i,) = holding
            ratio = fuzz.token_set_ratio(" ".join(sorted(name)), " ".join(sorted(rec_sets[i])))
            out[action.action_id] = (recs[i].rec_id, round(ratio / 100, 3))
    return out
