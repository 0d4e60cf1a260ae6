"""Which actions a recommendation's links reach.

A link's target is an action id, or an objective id ("1.2"): then it reaches every action
whose `objective_id` is that objective. One rule for every reader of links: the fuzzy linker
(which actions are left unlinked), the coverage report, and the fuzzy method's measurement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def actions_reached(
    links: Iterable[tuple[str, str]], actions: Iterable[tuple[str, str | None]]
) -> dict[str, set[str]]:
    """rec_id -> ids of the actions its links reach, from (rec_id, target_id) links and
    (action_id, objective_id) actions."""
    action_ids: set[str] = set()
    under: dict[str, list[str]] = defaultdict(list)  # objective id -> its actions
    for action_id, objective_id in actions:
        action_ids.add(action_id)
        if objective_id:
            under[objective_id].append(action_id)
    reached: dict[str, set[str]] = defaultdict(set)
    for rec_id, target_id in links:
        if target_id in action_ids:
            reached[rec_id].add(target_id)
        reached[rec_id].update(under.get(target_id, []))
    return reached
