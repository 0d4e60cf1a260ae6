"""What a run prints: a progress bar only on a terminal, failures always, a summary unless quiet."""

from pathlib import Path

import pytest

from planparse.progress import RunDisplay

REPORT = {
    "files": [
        {"file": "a/plan.txt", "status": "ok", "records": {"actions": 43}, "diagnostics": []},
        {
            "file": "a/bad.pdf",
            "status": "failed",
            "diagnostics": [{"code": "E101", "message": "bad.pdf: encrypted PDF"}],
            "traceback": "Traceback (most recent call last): …",
        },
    ],
    "ok": 1,
    "reused": 0,
    "failed": 1,
    "seconds": 1.0,
    "workers": 2,
}


def _run(capsys: pytest.CaptureFixture[str], tty: bool, **flags: bool) -> tuple[str, str, bool]:
    import sys

    original = sys.stdout.isatty
    sys.stdout.isatty = lambda: tty  # type: ignore[method-assign]
    try:
        with RunDisplay(**flags) as display:
            display.start([Path("plan.txt"), Path("bad.pdf")])
            had_bar = display.progress is not None
            for entry in REPORT["files"]:
                display.document(entry)  # type: ignore[arg-type]
            display.summary(REPORT, Path("out"))
    finally:
        sys.stdout.isatty = original  # type: ignore[method-assign]
    captured = capsys.readouterr()
    return captured.out, captured.err, had_bar


def test_no_bar_when_output_is_not_a_terminal_and_a_summary_table(capsys) -> None:  # type: ignore[no-untyped-def]
    out, err, had_bar = _run(capsys, tty=False)
    assert not had_bar
    assert "plan.txt" in out and "43" in out and "1 extracted, 1 failed" in out
    assert "FAILED bad.pdf: [E101] bad.pdf: encrypted PDF" in err and "Traceback" not in err


def test_a_terminal_gets_a_bar_quiet_gets_failures_only_debug_the_traceback(capsys) -> None:  # type: ignore[no-untyped-def]
    _, _, had_bar = _run(capsys, tty=True)
    assert had_bar
    out, err, had_bar = _run(capsys, tty=True, quiet=True, debug=True)
    assert not had_bar and out == ""
    assert "FAILED bad.pdf" in err and "Traceback" in err
