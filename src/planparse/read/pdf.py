"""PDF to RawDocument (placeholder until issue 3): refuses clearly instead of guessing."""

from __future__ import annotations

from pathlib import Path

from planparse.errors import ReadError
from planparse.read.raw import RawDocument


def read_pdf(path: Path) -> RawDocument:
    raise ReadError(f"{path.name}: PDF reading is not available yet; extract its text first")
