"""Letters OCR confuses, folded together (fields/ocr.py)."""

import pytest

from planparse.fields.ocr import ocr_fold


@pytest.mark.parametrize(
    ("misread", "printed"),
    [("actlon", "action"), ("acti0n", "action"), ("lcad", "lead"), ("leacl", "lead"),
     ("aprll", "april"), ("ju1y", "july"), ("0ct", "oct"), ("rnarch", "march")],
)  # fmt: skip
def test_a_misread_word_folds_as_the_word_it_was(misread: str, printed: str) -> None:
    assert ocr_fold(misread) == ocr_fold(printed)


@pytest.mark.parametrize(("one", "other"), [("case", "cost"), ("lead", "load"), ("may", "mar")])
def test_other_words_stay_apart(one: str, other: str) -> None:
    assert ocr_fold(one) != ocr_fold(other)


def test_a_folded_form_two_meanings_share_is_left_out() -> None:
    from planparse.fields.ocr import folded_index

    index = folded_index([("action", "action"), ("lead", "lead"), ("load", "lood"), ("lcad", "x")])
    assert index["actlon"] == "action"
    assert "lcad" not in index  # "lead" and "lcad" fold alike: neither is guessed
    assert index["load"] == "lood"
