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


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Designated Clinical Offlcer", "Designated Clinical Officer"),
        ("SEND Manaqer", "SEND Manager"),  # g read as q
        ("HCAD OF SEND", "HEAD OF SEND"),  # in capitals as printed
        ("Officer", "Officer"),  # spelt right: as it is
        ("0fficer of SEND", "Officer of SEND"),  # a zero for the O
        ("Lcaf", "Lcaf"),  # read as no word of the spellings
    ],
)
def test_words_a_scan_misread_are_written_as_spelt(printed: str, read: str) -> None:
    import re

    from planparse.fields.ocr import folded_index, mend_misread

    spellings = folded_index((w.lower(), w) for w in ("Officer", "Head", "Lead", "Manager"))
    assert mend_misread(printed, spellings, re.compile(r"[A-Za-z0-9]{3,}")) == read
