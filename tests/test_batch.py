"""Batch runs: workers, timeouts, memory limits, incremental re-runs, atomic output, exit codes."""

import json
import os
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import planparse.api
from planparse.batch import Settings, extract_many, run_documents
from planparse.cli import app

from .conftest import CORPORA

runner = CliRunner()
TEXTS = sorted(CORPORA.glob("*.txt"))


def _copy(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes((CORPORA / name).read_bytes())
        paths.append(path)
    return paths


@pytest.fixture
def misbehaving(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents named hang/hog/crash misbehave inside the worker (forked: patches carry)."""
    real = planparse.api.extract

    def fake(path: Path):  # type: ignore[no-untyped-def]
        if path.stem == "hang":
            time.sleep(60)
        if path.stem == "hog":
            return [bytearray(1 << 30) for _ in range(64)]
        if path.stem == "crash":
            os._exit(3)
        return real(path)

    monkeypatch.setattr(planparse.api, "extract", fake)


def test_output_does_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    extract_many(TEXTS, one, settings=Settings(workers=1))
    extract_many(TEXTS, two, settings=Settings(workers=2))
    for parquet in sorted(one.glob("*.parquet")):
        assert parquet.read_bytes() == (two / parquet.name).read_bytes(), parquet.name


def test_hung_crashed_and_memory_hungry_documents_fail_and_the_rest_finish(
    tmp_path: Path, misbehaving: None
) -> None:
    good = CORPORA / "hull-send-strategic-plan-2024-27.txt"
    bad = []
    for stem in ("hang", "hog", "crash"):
        path = tmp_path / f"{stem}.txt"
        path.write_text(f"{stem} document\n")
        bad.append(path)
    settings = Settings(workers=2, timeout=3, max_memory_mb=2048)
    outcomes = run_documents([*bad, good], settings)
    codes = {p.stem: o.diagnostic.code for p, o in outcomes.items() if o.diagnostic}
    assert codes == {"hang": "E903", "hog": "E902", "crash": "E902"}
    assert outcomes[good].extract is not None
    assert "timeout" in outcomes[bad[0]].diagnostic.message  # type: ignore[union-attr]


def test_incremental_run_reuses_unchanged_documents(tmp_path: Path) -> None:
    paths = _copy(
        tmp_path,
        "hull-send-strategic-plan-2024-27.txt",
        "hillingdon-send-highlight-report-2026-01.txt",
    )
    out = tmp_path / "out"
    first = extract_many(paths, out, settings=Settings(workers=1))
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    again = extract_many(paths, out, settings=Settings(workers=1, incremental=True))
    assert [f["status"] for f in again["files"]] == ["reused", "reused"]
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    # one input changes: only it is extracted again, the other is kept
    paths[1].write_text(paths[1].read_text() + "\nRisks\n")
    third = extract_many(paths, out, settings=Settings(workers=1, incremental=True))
    status = {Path(f["file"]).name: f["status"] for f in third["files"]}
    assert status == {paths[0].name: "reused", paths[1].name: "ok"}
    assert first["tables"]["actions"] == third["tables"]["actions"]


def test_an_interrupted_write_leaves_the_previous_output(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    extract_many(TEXTS[:1], out, settings=Settings(workers=1))
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr("planparse.write.write_parquet", interrupted)
    with pytest.raises(KeyboardInterrupt):
        extract_many(TEXTS, out, settings=Settings(workers=1))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out-")]


def test_exit_codes_and_messages(tmp_path: Path) -> None:
    good = CORPORA / "hull-send-strategic-plan-2024-27.txt"
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    ok = runner.invoke(app, ["extract", str(good), "--out", str(out), "--workers", "1"])
    assert ok.exit_code == 0, ok.output
    some = runner.invoke(app, ["extract", str(good), str(bad), "--out", str(out), "--workers", "1"])
    assert some.exit_code == 1 and "bad.pdf" in some.output and "Traceback" not in some.output
    none = runner.invoke(app, ["extract", str(tmp_path / "missing"), "--out", str(out)])
    assert none.exit_code == 2 and "no input files" in none.output
    usage = runner.invoke(app, ["extract", str(good), "--workers", "-1"])
    assert usage.exit_code == 2


def test_duplicates_are_extracted_once_and_recorded(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (a, b):
        path.write_bytes((CORPORA / "hull-send-strategic-plan-2024-27.txt").read_bytes())
    report = extract_many([tmp_path], tmp_path / "out", settings=Settings(workers=1))
    assert [f["status"] for f in report["files"]] == ["ok", "duplicate"]
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["files"][1]["same_as"] == str(a)
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").num_rows
    assert docs == 1


def test_folders_take_documents_by_their_bytes_when_the_extension_says_nothing(
    tmp_path: Path,
) -> None:
    from planparse.batch import expand_inputs

    pdf = tmp_path / "plan.dat"
    pdf.write_bytes((CORPORA / "hull-send-strategic-plan-2024-27.pdf").read_bytes()[:4096])
    page = tmp_path / "saved-page"
    page.write_text("<!DOCTYPE html><html><body><p>Plan</p></body></html>")
    (tmp_path / "notes.log").write_text("not a plan")
    (tmp_path / "plan.txt").write_text("Objective 1: a plan")
    assert [p.name for p in expand_inputs([tmp_path])] == ["plan.dat", "plan.txt", "saved-page"]
