"""The golden check pairs numbered measures by their words, so one extra does not shift all."""

from pathlib import Path

from planparse.check import align_numbered, compare


def _measure(mid: str, text: str, refs: list[str]) -> dict:
    return {"table": "measures", "measure_id": mid, "text": text, "action_refs": refs,
            "baseline_text": None, "source": None}  # fmt: skip


def _target(mid: str, value: float) -> dict:
    return {"table": "targets", "measure_id": mid, "kind": "target", "series": None,
            "period_label": "By Oct 25", "period_end": "2025-10-31", "value": value,
            "unit": "percent", "value_text": f"{value:g}%"}  # fmt: skip


EXPECTED = [
    _measure("M1", "Annual reviews completed within timescales", ["1.2.1"]),
    _measure("M2", "Views of the Local Offer website", ["2.1.1"]),
    _target("M1", 50),
    _target("M2", 70),
]


def test_an_extra_measure_does_not_shift_the_ones_after_it() -> None:
    found = [
        _measure("M1", "Annual reviews completed within timescales", ["1.2.1"]),
        _measure("M2", "(based on monthly audit)", []),  # a stray line read as a measure
        _measure("M3", "Views of the Local Offer website", ["2.1.1"]),
        _target("M1", 50),
        _target("M3", 70),
    ]
    aligned = align_numbered(found, EXPECTED)
    assert [r["measure_id"] for r in aligned] == ["M1", "+M2", "M2", "M1", "M2"]
    scores = {s.table: s for s in compare(found, EXPECTED)}
    assert (scores["targets"].correct, scores["targets"].found) == (2, 2)
    assert (scores["measures"].correct, scores["measures"].found) == (2, 3)


def test_a_changed_value_is_still_a_regression() -> None:
    found = [*EXPECTED[:3], _target("M2", 75)]
    scores = {s.table: s for s in compare(found, EXPECTED)}
    assert scores["targets"].correct == 1


def test_printed_measure_ids_are_never_renamed() -> None:
    found = [_measure("KPI 4", "Views of the Local Offer website", ["2.1.1"])]
    assert align_numbered(found, EXPECTED) == found


def test_numbered_actions_and_their_links_are_paired_by_words() -> None:
    def action(aid: str, text: str) -> dict:
        return {"table": "actions", "action_id": aid, "text": text, "lead": "Head of SEND"}

    def link(aid: str) -> dict:
        return {"table": "links", "rec_id": "AFI1", "target_id": aid, "method": "cited_in_row",
                "score": 1.0}  # fmt: skip

    expected = [action("A1", "Refresh the new in city protocol"),
                action("A2", "Publish the annual SEND report"), link("A2")]  # fmt: skip
    # the PDF keeps apart a row the text extract merged: one more action, the rest shift
    found = [action("A1", "Refresh the new in city protocol"),
             action("A2", "Review the panel terms of reference"),
             action("A3", "Publish the annual SEND report"), link("A3")]  # fmt: skip
    scores = {s.table: s for s in compare(found, expected)}
    assert (scores["actions"].correct, scores["actions"].found) == (2, 3)
    assert scores["links"].correct == 1


def test_a_pdf_finds_its_golden_by_name_or_through_renditions(tmp_path: Path) -> None:
    from planparse.check import golden_for

    (tmp_path / "plan.txt.jsonl").write_text("")
    assert golden_for(Path("plan.pdf"), tmp_path) == (tmp_path / "plan.txt.jsonl", True)
    assert golden_for(Path("plan-accessible.pdf"), tmp_path) == (None, False)
    (tmp_path / "renditions.json").write_text('{"plan-accessible.pdf": "plan.txt.jsonl"}')
    assert golden_for(Path("plan-accessible.pdf"), tmp_path) == (tmp_path / "plan.txt.jsonl", True)
    assert golden_for(Path("plan.txt"), tmp_path) == (tmp_path / "plan.txt.jsonl", False)
