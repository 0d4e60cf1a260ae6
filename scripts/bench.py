"""Benchmark: text pipeline speed against a baseline that only reads and splits the same files.

Prints documents/s for planparse's extraction of corpora/*.txt and for the baseline (read the
bytes, decode, split lines and tabs), the ratio, and peak RSS. PDF figures come with issue 3.
"""

import resource
import time
from pathlib import Path

from planparse.api import extract

FILES = sorted(Path("corpora").glob("*.txt"))
ROUNDS = 5


def baseline() -> None:
    for path in FILES:
        [line.split("\t") for line in path.read_text().splitlines()]


def pipeline() -> None:
    for path in FILES:
        extract(path)


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up (spaCy and dateparser load once)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        fn()
    return (time.perf_counter() - start) / ROUNDS


base, pipe = timed(baseline), timed(pipeline)
docs = len(FILES)
print(f"documents: {docs}, rounds: {ROUNDS}")
print(f"baseline (read+split): {docs / base:10.1f} docs/s")
print(f"planparse extract:     {docs / pipe:10.1f} docs/s")
print(f"ratio planparse/baseline time: {pipe / base:.1f}x")
print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
