"""Golden comparison: re-extract documents and compare them with reviewed extracts.

A golden file (golden/<input file name>.jsonl) holds one record a line, keys sorted, each with
its `table`. Records are matched by their key fields (action_id, rec_id …); a matched record is
correct when every field is equal. Per table we report precision and recall; a regression is
a score below the floor recorded in golden/floors.json for that document and table (floors
are the reviewed level reached; raise them when extraction improves, never lower them to pass).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planparse.models import TABLES, Extract

KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("source_file",),
    "recommendations": ("rec_id",),
    "actions": ("action_id",),
    "measures": ("measure_id",),
    "targets": ("measure_id", "kind", "series", "period_label", "value_text"),
    "links": ("rec_id", "target_id", "method"),
    "risks": ("theme", "action"),
    "statements": ("theme", "section", "text"),
}
# Fields that vary with the input bytes or the package version, not with extraction.
IGNORED = {"doc_id", "sha256", "parser_version"}


def extract_to_rows(extract: Extract) -> list[dict[str, Any]]:
    """An extract as golden rows: JSON-ready dicts with their table, keys sorted."""
    rows = []
    for model in TABLES:
        for record in extract.rows(model.table):
            row = {k: v for k, v in record.model_dump(mode="json").items() if k not in IGNORED}
            rows.append(dict(sorted({"table": model.table, **row}.items())))
    return rows


def _keyed(rows: list[dict[str, Any]], table: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    seen: Counter[tuple[Any, ...]] = Counter()
    for row in rows:
        if row["table"] != table:
            continue
        key = tuple(str(row.get(k)) for k in KEYS[table])
        seen[key] += 1
        out[key + (seen[key],)] = row
    return out


@dataclass
class TableScore:
    table: str
    expected: int
    found: int
    correct: int
    diffs: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


# Ids planparse numbers in reading order when the document prints none.
_NUMBERED = {"measures": re.compile(r"^M\d+$"), "actions": re.compile(r"^A\d+$")}
# (table, id field, fields that name the same id in other tables, fields compared for pairing)
_ALIGNED = (
    ("measures", "measure_id", (("targets", "measure_id"),), "action_refs"),
    ("actions", "action_id", (("links", "target_id"),), "lead"),
)


def align_numbered(
    found: list[dict[str, Any]], expected: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Found rows with numbered measures and actions (`M1`, `A1`… in reading order) renamed to
    the expected record they are, so one extra or missing record does not shift every later
    one's number.

    Pairs are made greedily, best first, by the record's words (rapidfuzz token_set_ratio)
    plus 30 when a second field agrees (a measure's action ids, an action's lead); a found
    record that matches none keeps a name of its own (`+M8`) and counts as unexpected. Printed
    ids are never renamed.
    """
    for table, id_field, dependents, second in _ALIGNED:
        found = _align(found, expected, table, id_field, dependents, second)
    return found


def _align(
    found: list[dict[str, Any]],
    expected: list[dict[str, Any]],
    table: str,
    id_field: str,
    dependents: tuple[tuple[str, str], ...],
    second: str,
) -> list[dict[str, Any]]:
    from rapidfuzz import fuzz, utils

    numbered = _NUMBERED[table]
    want = [r for r in expected if r["table"] == table and numbered.match(r[id_field])]
    got = [r for r in found if r["table"] == table and numbered.match(r[id_field])]
    if not got or not want:
        return found
    pairs = sorted(
        (
            (
                fuzz.token_set_ratio(g["text"], w["text"], processor=utils.default_process)
                + (30 if g.get(second) == w.get(second) else 0),
                i,
                j,
            )
            for i, g in enumerate(got)
            for j, w in enumerate(want)
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    rename: dict[str, str] = {}
    taken: set[int] = set()
    for score, i, j in pairs:
        if score < 60 or got[i][id_field] in rename or j in taken:
            continue
        rename[got[i][id_field]] = want[j][id_field]
        taken.add(j)
    mine = {r[id_field] for r in got}
    fields = {(table, id_field), *dependents}
    out = []
    for row in found:
        for t, f in fields:
            if row["table"] == t and row.get(f) in mine:
                row = {**row, f: rename.get(row[f], f"+{row[f]}")}
        out.append(row)
    return out


def compare(found: list[dict[str, Any]], expected: list[dict[str, Any]]) -> list[TableScore]:
    found = align_numbered(found, expected)
    scores = []
    for model in TABLES:
        table = model.table
        got, want = _keyed(found, table), _keyed(expected, table)
        score = TableScore(table, len(want), len(got), 0)
        for key, row in want.items():
            other = got.get(key)
            if other is None:
                score.diffs.append(f"  missing {table} {key[:-1]}")
                continue
            changed = [k for k in sorted(set(row) | set(other)) if row.get(k) != other.get(k)]
            if not changed:
                score.correct += 1
            for k in changed:
                score.diffs.append(
                    f"  {table} {key[:-1]} {k}: expected {row.get(k)!r}, got {other.get(k)!r}"
                )
        for key in got.keys() - want.keys():
            score.diffs.append(f"  unexpected {table} {key[:-1]}")
        scores.append(score)
    return scores


@dataclass
class DocumentCheck:
    file: str
    scores: list[TableScore]
    regressions: list[str]
    error: str | None = None


@dataclass
class CheckReport:
    documents: list[DocumentCheck]

    @property
    def ok(self) -> bool:
        return all(not d.regressions and d.error is None for d in self.documents)

    def to_text(self, diff: bool = True) -> str:
        lines = []
        for doc in self.documents:
            lines.append(f"{doc.file}")
            if doc.error:
                lines.append(f"  ERROR {doc.error}")
                continue
            for s in doc.scores:
                if s.expected or s.found:
                    lines.append(
                        f"  {s.table:<16} expected {s.expected:>4} found {s.found:>4} "
                        f"correct {s.correct:>4}  precision {s.precision:.3f} recall {s.recall:.3f}"
                    )
            for r in doc.regressions:
                lines.append(f"  REGRESSION {r}")
            if diff:
                for s in doc.scores:
                    lines.extend(s.diffs[:40])
                    if len(s.diffs) > 40:
                        lines.append(f"  … {len(s.diffs) - 40} more differences in {s.table}")
        lines.append("OK: no regression" if self.ok else "FAILED: regression against golden")
        return "\n".join(lines)


def load_golden(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def golden_for(path: Path, golden: Path) -> tuple[Path | None, bool]:
    """The golden file of an input, and whether it is its text twin's.

    A golden extract is the document read by a reviewer, so a PDF without a golden file of its
    own is checked against the golden of its text extract (same name, `.txt`); how far the PDF
    reading falls short of it is what `floors.json` records for the PDF. Another printing of
    a reviewed document under another name (an "accessible" PDF) is mapped to its golden file
    in `renditions.json`.
    """
    own = golden / f"{path.name}.jsonl"
    if own.exists():
        return own, False
    twin = golden / f"{path.stem}.txt.jsonl"
    renditions = golden / "renditions.json"
    if renditions.exists():
        # another printing of a reviewed document under another name (an "accessible" PDF)
        named = json.loads(renditions.read_text()).get(path.name)
        twin = golden / named if named else twin
    if path.suffix.lower() == ".pdf" and twin.exists():
        return twin, True
    return None, False


def _as_document_records(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records as the document holds them: without what only one reader can fill (the file
    row, page numbers)."""
    return [
        {k: v for k, v in row.items() if k != "page"} for row in rows if row["table"] != "documents"
    ]


def check(paths: list[str | Path], golden_dir: str | Path) -> CheckReport:
    """Re-extract each input and compare it with golden/<name>.jsonl."""
    from planparse.api import Failure, extract_safely

    golden = Path(golden_dir)
    floors_path = golden / "floors.json"
    floors: dict[str, dict[str, dict[str, float]]] = (
        json.loads(floors_path.read_text()) if floors_path.exists() else {}
    )
    docs = []
    for item in paths:
        path = Path(item)
        gold, twin = golden_for(path, golden)
        if gold is None:
            docs.append(DocumentCheck(path.name, [], [], f"no golden file for {path.name}"))
            continue
        result = extract_safely(path)
        if isinstance(result, Failure):
            docs.append(DocumentCheck(path.name, [], [], result.diagnostic.message))
            continue
        found, expected = extract_to_rows(result), load_golden(gold)
        if twin:
            found, expected = _as_document_records(found), _as_document_records(expected)
        scores = compare(found, expected)
        regressions = []
        doc_floors = floors.get(path.name, {})
        for s in scores:
            floor = doc_floors.get(s.table, {"precision": 1.0, "recall": 1.0})
            for metric in ("precision", "recall"):
                value = getattr(s, metric)
                if value + 1e-9 < floor[metric]:
                    regressions.append(
                        f"{s.table} {metric} {value:.3f} < floor {floor[metric]:.3f}"
                    )
        docs.append(DocumentCheck(path.name, scores, regressions))
    return CheckReport(docs)
