"""Letters a scan's OCR reads one for another, folded together so a misread word is found.

"Actlon" is "Action", "Lcad" is "Lead", "Aprll" is "April": compared folded, a header name or
a month a scan misread letter for letter is the word it was printed as. Used where the
words to find are few and known (header names, months, role words), never to guess free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Letters OCR reads one for another: i, l and 1; o and 0; c and e; g and q; "rn" for "m",
# "cl" for "d", "vv" for "w".
_OCR_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))
_OCR_LETTERS = str.maketrans("i10eq", "llocg")


def ocr_fold(text: str) -> str:
    """`text` (lower case) with the letters OCR confuses folded together."""
    for pair, one in _OCR_PAIRS:
        text = text.replace(pair, one)
    return text.translate(_OCR_LETTERS)


def folded_index(words: Iterable[tuple[str, str]]) -> dict[str, str]:
    """What each (word, meaning) pair's word reads as once folded: {folded word: meaning}. A
    folded form two meanings share is left out, so a misread word is never guessed."""
    meanings: dict[str, set[str]] = {}
    for word, meaning in words:
        meanings.setdefault(ocr_fold(word), set()).add(meaning)
    return {folded: next(iter(m)) for folded, m in meanings.items() if len(m) == 1}


def mend_misread(text: str, spellings: dict[str, str], words: re.Pattern[str]) -> str:
    """`text` with each word `words` finds that a scan misread letter for letter ("Aprll",
    "Offlcer") written as `spellings` (a `folded_index`) spells it, in capitals where it was
    printed so; a word spelt right, or read as no word of `spellings`, stays as it is."""

    def mend(m: re.Match[str]) -> str:
        word = m[0]
        known = spellings.get(ocr_fold(word.lower()))
        if known is None or known.lower() == word.lower():
            return word
        return known.upper() if word.isupper() else known

    return words.sub(mend, text)
