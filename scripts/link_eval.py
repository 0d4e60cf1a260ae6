"""Precision and recall of the fuzzy linker against the corpus's stated links.

    python scripts/link_eval.py [--sweep]

Every golden plan with stated links is scored as if its links were not stated
(planparse.link.measure). --sweep prints the figures over a grid of cutoffs and margins,
which is how FUZZY_CUTOFF and FUZZY_MARGIN were chosen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planparse.link.fuzzy import FUZZY_CUTOFF, FUZZY_MARGIN
from planparse.link.measure import LinkScore, measure_fuzzy

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def report(cutoff: float, margin: float, quiet: bool = False) -> LinkScore:
    total = LinkScore(0, 0, 0, 0)
    for path in sorted(GOLDEN.glob("*.jsonl")):
        score = measure_fuzzy(path, cutoff, margin)
        if not score.scored:
            continue
        total = total + score
        if not quiet:
            print(
                f"{path.name[:48]:48}  links {score.made:3}  precision {score.precision:.2f}"
                f"  actions {score.scored:3}  recall {score.recall:.2f}"
            )
    if not quiet:
        print(
            f"{'all':48}  links {total.made:3}  precision {total.precision:.2f}"
            f"  actions {total.scored:3}  recall {total.recall:.2f}"
        )
    return total


if __name__ == "__main__":
    if "--sweep" in sys.argv:
        for cutoff in (40, 50, 60, 65, 70, 75, 80):
            for margin in (0, 5, 10):
                s = report(cutoff, margin, quiet=True)
                print(
                    f"cutoff {cutoff:3}  margin {margin:3}  links {s.made:3}"
                    f"  precision {s.precision:.2f}  recall {s.recall:.2f}"
                )
    else:
        print(f"fuzzy links: token_set_ratio, cutoff {FUZZY_CUTOFF:g}, margin {FUZZY_MARGIN:g}")
        report(FUZZY_CUTOFF, FUZZY_MARGIN)
