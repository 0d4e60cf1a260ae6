"""The golden check pairs numbered measures by their words, so one extra does not shift all."""

from planparse.check import align_measures, compare


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
    aligned = align_measures(found, EXPECTED)
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
    assert align_measures(found, EXPECTED) == found
