"""How good the fuzzy linker is, measured against the links plans state.

Take a reviewed golden extract, pretend its plan stated no link, run the fuzzy method on its
actions and recommendations, and score each fuzzy link against the stated ones (a link to an
objective reaches every action under it). Only actions with a stated link are scored: for the
others nobody knows the right answer. `scripts/link_eval.py` prints the figures; a test keeps
them from falling.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planparse.check import load_golden
from planparse.link.fuzzy import (
    FUZZY_CUTOFF,
    FUZZY_MARGIN,
    best_matches,
    leaf_recommendations,
    score_matrix,
)
from planparse.link.reach import actions_reached
from planparse.models import Action, Recommendation


@dataclass(frozen=True)
class LinkScore:
    made: int  # fuzzy links made
    right: int  # of them, stated in the plan
    scored: int  # actions with a stated link
    found: int  # of them, given a right fuzzy link

    def __add__(self, other: LinkScore) -> LinkScore:
        return LinkScore(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, int, int, int]:
        return self.made, self.right, self.scored, self.found

    @property
    def precision(self) -> float:
        return self.right / self.made if self.made else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.scored if self.scored else 1.0


def stated_pairs(path: Path) -> tuple[list[Action], list[Recommendation], set[tuple[str, str]]]:
    """A golden file's actions, recommendations and stated (rec_id, action_id) pairs."""
    rows = load_golden(path)

    def build(model: type, table: str) -> list:
        fields = model.model_fields
        return [
            model(doc_id="golden", **{k: v for k, v in r.items() if k in fields and k != "doc_id"})
            for r in rows
            if r["table"] == table
        ]

    actions: list[Action] = build(Action, "actions")
    recs: list[Recommendation] = build(Recommendation, "recommendations")
    reached = actions_reached(
        ((r["rec_id"], r["target_id"]) for r in rows if r["table"] == "links"),
        ((a.action_id, a.objective_id) for a in actions),
    )
    pairs = {(rec_id, a) for rec_id, ids in reached.items() for a in ids}
    return actions, recs, pairs


def measure_fuzzy(
    path: Path, cutoff: float = FUZZY_CUTOFF, margin: float = FUZZY_MARGIN
) -> LinkScore:
    """Fuzzy links on one golden plan, scored against its stated links."""
    actions, recs, truth = stated_pairs(path)
    scored = sorted({action_id for _, action_id in truth})
    if not scored:
        return LinkScore(0, 0, 0, 0)
    text = {a.action_id: a.text for a in actions}
    leaves = leaf_recommendations(recs)
    matrix = score_matrix([text[a] for a in scored], [r.text for r in leaves])
    made = right = 0
    found: set[str] = set()
    for row, col, _ in best_matches(matrix, cutoff, margin):
        made += 1
        if (leaves[col].rec_id, scored[row]) in truth:
            right += 1
            found.add(scored[row])
    return LinkScore(made, right, len(scored), len(found))
