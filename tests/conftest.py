from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def corpus_path(name: str) -> Path:
    return CORPORA / name


@pytest.fixture
def corpus() -> type:
    class _C:
        path = staticmethod(corpus_path)

    return _C
