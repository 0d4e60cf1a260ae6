"""Hostile input: a folder of broken and awkward files never stops a run; each gets a reason."""

from pathlib import Path

from planparse.batch import Settings, extract_many

from .conftest import CORPORA
from .hostile import build


def test_a_folder_of_hostile_files_is_run_through_and_every_file_recorded(tmp_path: Path) -> None:
    expected = build(tmp_path / "in")
    good = tmp_path / "in" / "hull.txt"
    good.write_bytes((CORPORA / "hull-send-strategic-plan-2024-27.txt").read_bytes())
    report = extract_many(
        [tmp_path / "in"], tmp_path / "out", settings=Settings(workers=2, timeout=20)
    )
    by_name = {Path(f["file"]).name: f for f in report["files"]}
    assert by_name["hull.txt"]["status"] == "ok"
    for name, outcome in expected.items():
        entry = by_name[name]
        assert entry["status"] in ("ok", "failed"), name
        if outcome != "either":
            assert entry["status"] == outcome, (name, entry)
        if entry["status"] == "failed":
            message = entry["diagnostics"][0]["message"]
            assert name in message and "Traceback" not in message, (name, message)
            assert entry["diagnostics"][0]["code"] != "E901", (name, message)  # no internal error
    assert by_name["windows-1252.txt"]["diagnostics"][0]["code"] == "W101"
    reasons = {n: by_name[n]["diagnostics"][0]["message"] for n in expected if n in by_name}
    assert "encrypted PDF" in reasons["encrypted.pdf"]
    assert "no text layer" in reasons["image-only.pdf"]
    assert "no pages" in reasons["zero-pages.pdf"]
    assert "not a PDF" in reasons["renamed-notes.pdf"]
    assert (tmp_path / "out" / "actions.parquet").exists()
