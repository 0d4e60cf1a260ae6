"""Action and recommendation ids: recognise, canonicalise, split id lists.

Ids are matched exactly after canonicalisation, never fuzzily: `fuzz.ratio("1.2", "1.12")`
is 85.7 (engineering notes). OCR and converters damage ids ("4.3." for 4.3.1, "5.3.1 a",
"AFI 1"); canonical forms drop spaces and trailing dots and upper-case prefixes.
"""

from __future__ import annotations

import re

# "1.1.1", "4.2.10", "5.3.1 a", "1.3.1b", "4.3." (last number lost), "4.1" (two levels)
ACTION_ID_RE = re.compile(r"^(?P<num>\d{1,2}(?:\s?\.\s?\d{1,2}){1,3})\.?\s?(?P<suffix>[a-z])?\.?$")
# A recommendation id: "AFI2", "AFI 5", "AF15" (OCR for AFI5), "1.3", "1.0", "APA1" (an
# area for priority action, PA1 as the labelled list names it)
REC_ID_RE = re.compile(
    r"\b(?P<prefix>AFI|AF|WSOA|APP|APA|PA|R|W)\s?(?P<num>\d{1,2}(?:\.\d{1,2})?)\b", re.I
)
# Prefixes two spellings share, by the one ids are named with: an area for priority action
# is PA<n> whether a plan writes "Area for priority action 1" or "APA1"
_PREFIX_SPELLINGS = {"APA": "PA"}


def rec_id_prefix(printed: str) -> str:
    """A recommendation id's prefix as ids are named: 'afi' -> 'AFI', 'APA' -> 'PA'."""
    prefix = printed.upper()
    return _PREFIX_SPELLINGS.get(prefix, prefix)


_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}(?:\s?[a-z]\b)?")
_LIST_SPLIT_RE = re.compile(r"\s*(?:&|,|/|;|\band\b|\+)\s*", re.I)


# A date printed with dots ("31.07.26", "05.09.2025"): a day and month, one of them padded
# with a zero or the day past 12, and a year of this century's twenties or thirties. Ids do
# not pad their numbers, and a third-level id is rarely past 12 in its first part too.
_DOTTED_DATE_RE = re.compile(
    r"^(?P<d>0[1-9]|[12]\d|3[01]|[1-9])\.(?P<m>0[1-9]|1[0-2]|[1-9])\.(?:20)?[23]\d$"
)


def is_dotted_date(text: str) -> bool:
    """'31.07.26' and '05.09.2025' are dates; '1.1.25' and '4.2.10' are ids."""
    m = _DOTTED_DATE_RE.match(text.strip())
    if not m:
        return False
    return m["d"].startswith("0") or m["m"].startswith("0") or int(m["d"]) > 12


def canonical_action_id(text: str) -> str | None:
    """'1.1.1' -> '1.1.1', '5.3.1 a' -> '5.3.1a', '4.3.' -> '4.3'; None when not an id (a
    date printed with dots, '31.07.26')."""
    m = ACTION_ID_RE.match(text.strip())
    if not m or is_dotted_date(text):
        return None
    num = re.sub(r"\s", "", m["num"])
    return num + (m["suffix"] or "")


# An id with a letter prefix, printed in a plan's id column: "P1.1", "EY 2.3", "A4", "SM1b".
# Only a cell of the id column is read this way: elsewhere "Q3" or "KS4" is no action id.
PREFIXED_ID_RE = re.compile(
    r"^(?P<prefix>[A-Z]{1,4})\s?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<suffix>[a-z])?\.?$"
)


def canonical_prefixed_id(text: str) -> str | None:
    """'P1.1' -> 'P1.1', 'EY 2.3' -> 'EY2.3', 'SM1b' -> 'SM1b'; None when not such an id."""
    m = PREFIXED_ID_RE.match(text.strip())
    if not m:
        return None
    return m["prefix"] + m["num"] + (m["suffix"] or "")


# An id a plan makes up for its id column: "7", "2a", "SEND-01", "Action 3", "WS1/3", "1-2"
_ID_CODE_RE = re.compile(
    r"(?:[A-Za-z]{1,8}[\s\-_/.]?)?\d{1,3}(?:[.\-_/]\d{1,3}){0,3}[a-z]?"
    # a code of two parts ("P1-A1", "P1 A1": priority 1, action 1), a lettered part "1(a)"
    r"(?:[\s.\-_/][A-Za-z]{1,4}\d{1,3}[a-z]?)?(?:\s?\([a-z]\))?"
)


# Letters OCR reads for digits in an id: l and I for 1, O for 0
_MISREAD_ID_RE = re.compile(r"[\dlIO]{1,2}(?:\.[\dlIO]{1,2}){1,3}\.?")
_MISREAD_DIGITS = str.maketrans("lIO", "110")


def id_column_id(text: str) -> str | None:
    """The id a cell of a table's id column holds: a plan's own numbering, or one only the id
    column is trusted to hold: lettered ("P1.1", "EY 2.3"), plain ("2a", "7") or the plan's
    own code ("SEND-01", "WS1/3"), kept as printed."""
    if _MISREAD_ID_RE.fullmatch(text.strip()) and re.search(r"\d", text):
        # a dotted number a scan misread in part ("1.l", "l.3", "2.O", "1.2.l": no lettered
        # suffix, which follows its number without a stop): its digits again
        return canonical_action_id(text.strip().translate(_MISREAD_DIGITS))
    found = canonical_action_id(text) or canonical_prefixed_id(text)
    if found:
        return found
    code = _ID_CODE_RE.fullmatch(" ".join(text.split()).rstrip("."))
    if code:
        return code[0]
    # numbered again under each objective in roman numerals ("i", "ii", "iv."), or lettered
    # with a bracket or stop ("a)", "b."): a lone "o" is a bullet, a lone "a" a word
    listed = _LISTED_ID_RE.fullmatch(text.strip())
    return (listed["id"] or listed["letter"] or listed["stop"]) if listed else None


# a roman numeral from i to xix, in one case: "i", "iv", "xii", "IX"
_ROMAN = r"x?(?:ix|iv|v?i{1,3}|v)|x"
_LISTED_ID_RE = re.compile(
    rf"\(?(?P<id>{_ROMAN}|{_ROMAN.upper()})[.)]?|\(?(?P<letter>[a-z])\)|(?P<stop>[a-z])\."
)


# A success measure's own id in a grid's id column ("KPI 1", "PI03", "SM2", "M4"): the
# measure's name, where an action id there names the actions measured.
_MEASURE_ID_RE = re.compile(r"(?:KPI|KPM|PI|SM|KM|PM|M)\s?-?\d{1,3}[a-z]?", re.I)


def measure_id_of(text: str) -> str | None:
    """The measure id a grid's id cell prints, as printed ('KPI 1'), or None."""
    text = " ".join(text.split()).rstrip(".")
    return text if _MEASURE_ID_RE.fullmatch(text) else None


def is_action_id(text: str) -> bool:
    return canonical_action_id(text) is not None


# An action id numbered under the recommendation it answers: "AFI1.2", "R2.1", "W3-1"
_UNDER_REC_RE = re.compile(
    r"(?P<prefix>AFI|APA|PA|WSOA|W|R)\s?(?P<num>\d{1,2})\s?[.\-]\s?\d{1,2}(?:\.\d{1,2})?[a-z]?",
    re.I,
)


def rec_of_action_id(action_id: str) -> str | None:
    """The recommendation an action's own id numbers it under ("AFI1.2" -> 'AFI1', "R2.1" ->
    'R2'), or None for an id naming none ("1.2", "A3")."""
    m = _UNDER_REC_RE.fullmatch(action_id.strip())
    return f"{rec_id_prefix(m['prefix'])}{m['num']}" if m else None


def canonical_rec_id(text: str) -> str:
    """'AFI 1' -> 'AFI1', 'afi2' -> 'AFI2'; the letters stay as printed ('AF15' is not guessed
    here: recommendations.resolve_rec_id decides what a mistyped id means)."""
    m = REC_ID_RE.fullmatch(text.strip())
    if m:
        return f"{rec_id_prefix(m['prefix'])}{m['num']}"
    return text.strip().rstrip(".")


# An inspection's labels as plans write them out, one spelling for every reader of them
# (layout.THEME_RE, LABELLED_REC_RE below, citing cells below): an area for
# improvement (AFI<n>), and a Written Statement of Action's area of weakness (W<n>).
AFI_LABEL = r"areas?\s+for\s+improvement"
WEAKNESS_LABEL = r"(?:areas?\s+of\s+(?:significant\s+)?)?weakness"
# the 2023 framework's "Area for priority action 1" (PA<n>), as "Priority action 1"
PRIORITY_ACTION_LABEL = r"(?:areas?\s+for\s+)?priority\s+actions?"
# Labels written out in a citing cell, as labelled_rec_id below names them:
# "Area for improvement 2" is AFI2, "Area of weakness 1" / "Weakness 1" / "AoW 1" is W1,
# "Recommendation 3" / "Rec. 3" / "Recs 1, 3" is R3.
_SPELT_OUT = (
    (re.compile(r"\b(?:recommendations?|recs?)\b\.?\s*(?P<num>\d{1,2})\b", re.I), "R"),
    (re.compile(rf"\b(?:{AFI_LABEL}|AFIs)\s*(?P<num>\d{{1,2}})\b", re.I), "AFI"),
    (re.compile(rf"\b(?:{WEAKNESS_LABEL}(?:es)?|AoWs?)\s*(?P<num>\d{{1,2}})\b", re.I), "W"),
    (re.compile(rf"\b{PRIORITY_ACTION_LABEL}\s*(?P<num>\d{{1,2}})\b", re.I), "PA"),
)


# A cell citing every area the inspection named rather than listing them: "All", "All AFIs",
# "All areas for improvement", "All recommendations", "All areas of weakness". The label, if
# any, names which kind (its prefix by rec_prefix).
_ALL_RE = re.compile(
    rf"all(?:\s+(?:the\s+)?(?P<label>AFIs|{AFI_LABEL}|recommendations|recs|"
    rf"{WEAKNESS_LABEL}(?:es)?|{PRIORITY_ACTION_LABEL}))?",
    re.I,
)


def cites_all(ref: str) -> str | None:
    """The prefix of the areas a ref citing all of them names ("All AFIs" -> 'AFI', "All
    recommendations" -> 'R'), '' for a bare "All", None for any other ref."""
    m = _ALL_RE.fullmatch(" ".join(ref.split()))
    if not m:
        return None
    return rec_prefix(m["label"]) if m["label"] else ""


# A run of ids by its ends: "1.1-1.4", "AFI1–AFI3", "AFI 1 to 3". Only an id with a prefix or
# a dot starts one ("2024-25" is a year).
_RANGE_RE = re.compile(
    r"(?<![\w.])(?P<prefix>[A-Za-z]{1,5}\s?)?(?P<head>(?:\d{1,2}\.){0,3})(?P<first>\d{1,2})"
    r"\s*(?:-|–|—|\bto\b)\s*"
    r"(?:(?P<prefix2>[A-Za-z]{1,5}\s?)?(?P<head2>(?:\d{1,2}\.){0,3}))?(?P<last>\d{1,2})(?![\w.])"
)
MAX_RANGE = 20  # a run longer than this is no list of ids


def _runs_spelt_out(text: str) -> str:
    """Each run of ids as the ids in it: '1.1-1.3' -> '1.1, 1.2, 1.3'."""

    def spell(m: re.Match[str]) -> str:
        prefix, head = m["prefix"] or "", m["head"]
        first, last = int(m["first"]), int(m["last"])
        if m["prefix2"] is None:  # "1.1-1.4", or the last number alone: "1.1-4", "AFI 1-3"
            same_series = m["head2"] in (None, "", head)
        else:
            same_series = m["prefix2"].strip().upper() == prefix.strip().upper()
            same_series = same_series and m["head2"] == head
        if not (prefix or head) or not same_series or not 0 < last - first <= MAX_RANGE:
            return m[0]
        return ", ".join(f"{prefix}{head}{n}" for n in range(first, last + 1))

    return _RANGE_RE.sub(spell, text)


def parse_id_list(text: str, *, numbers: bool = False) -> list[str]:
    """Split a cell citing several ids: '2.2.1 & 2.2.2' -> ['2.2.1', '2.2.2'].

    A run of ids ("1.1-1.3", "AFI1–AFI3") gives each id in it, and a number after an id with
    a prefix takes that prefix ("AFI 1, 3 and 5"). Tokens that are not ids ('SEF', 'DBV')
    are kept as printed: they are sources the row cites. With `numbers`, for a column that
    only cites, a number alone is kept too ("2, 3": the plan's own list numbers them).
    """
    out: list[str] = []
    # a note in brackets cites nothing ("AFI1 (partly)"); one naming ids cites them too
    # ("AFI 3 (also AFI 5)")
    text = re.sub(r"\b([A-Za-z]{2,6})\s*\((\d{1,2})\)", r"\1\2", text)  # "AFI (3)": AFI3
    text = re.sub(r"\([^()\d]*\)", " ", text)
    text = re.sub(r"\(([^()]*)\)", r", \1", text)
    text = re.sub(r"(?<=\d)\s+(?=[A-Z]{2,})", "/", text.strip())  # "AFI4 AF15": two ids
    for pattern, prefix in _SPELT_OUT:
        text = pattern.sub(lambda m, prefix=prefix: f"{prefix}{m['num']}", text)
    text = _runs_spelt_out(text)
    last_prefix = None
    for part in _LIST_SPLIT_RE.split(text):
        part = part.strip(" .()")
        part = re.sub(r"^(?:[a-z]+\s+)+(?=[A-Z\d])", "", part)  # "also AFI 5", "see 2.3"
        if not part:
            continue
        if cites_all(part) is not None:
            out.append(" ".join(part.split()))  # "All AFIs": as printed, each area linked later
            continue
        action = canonical_action_id(part)
        if action:
            out.append(action)
            continue
        rec = REC_ID_RE.fullmatch(part)
        if rec:
            out.append(canonical_rec_id(part))
            last_prefix = rec_id_prefix(rec["prefix"])
            continue
        if re.fullmatch(r"\d{1,2}", part) and (last_prefix or numbers):
            out.append(f"{last_prefix or ''}{part}")  # "AFI 1, 3 and 5": AFI3, AFI5
            continue
        if re.fullmatch(r"\d{1,2}[a-z]", part) and numbers and not last_prefix:
            out.append(part)  # a lettered part of an area: "1a, 1b"
            continue
        dotted = _NUMBER_RE.findall(part)
        if dotted:
            out.extend(n.replace(" ", "") for n in dotted)
        elif re.fullmatch(r"[A-Za-z]{2,6}\d{0,2}", part):
            out.append(part.upper())
    return out


def is_id_list(text: str) -> bool:
    """A cell of action ids only: "1.3.3", "4.2.1 & 1.5.1", "5.3.1 a"."""
    parts = [p for p in _LIST_SPLIT_RE.split(text.strip()) if p.strip(" .")]
    return bool(parts) and all(canonical_action_id(p) for p in parts)


def cited_ids(text: str) -> list[str]:
    """Ids a sentence cites in passing: '(see also 2.3)', 'action 6.2' -> ['2.3', '6.2']."""
    out: list[str] = []
    for m in re.finditer(r"\((?:see also|see)\s+(\d{1,2}(?:\.\d{1,2}){1,2})\)", text, re.I):
        out.append(m.group(1))
    return out


# A heading naming the areas it answers: "Priority 4: Care leavers (Recommendations 4 and 6)",
# "Theme 2 (AFI 2 & AFI 5)", "… - addresses area for improvement 3", "(Rec 1)". The label,
# then numbers.
_HEADING_CITE_RE = re.compile(
    rf"\b(?P<label>recommendations?|recs?\b\.?|{AFI_LABEL}|AFIs?|{WEAKNESS_LABEL}(?:es)?"
    rf"|{PRIORITY_ACTION_LABEL})\s*"
    r"(?P<nums>\d{1,2}(?:\s*(?:,|&|/|\band\b)\s*(?:AFI\s?)?\d{1,2})*)\b",
    re.I,
)


# A bracket ending an action's text that only cites areas: "(AFI 1)", "(AFIs 1 and 3)",
# "(see Recommendation 2)"
_CITING_BRACKET_RE = re.compile(r"\((?:see\s+)?(?P<cite>[^()]{3,40})\)\s*\.?\s*$", re.I)


def cited_recs(text: str) -> list[str]:
    """Recommendation ids an action's text cites in a bracket of its own at its end:
    'Recruit four coordinators (AFI 1)' -> ['AFI1']; none for a bracket of other words."""
    m = _CITING_BRACKET_RE.search(text)
    if not m or not _HEADING_CITE_RE.fullmatch(m["cite"].strip()):
        return []
    return heading_rec_ids(m["cite"])


def rec_prefix(label: str) -> str:
    """The id prefix of a recommendation by its label as printed: "Recommendation" R,
    "(Area for) priority action" PA, an area of weakness W, an area for improvement (or
    "AFI") AFI."""
    label = " ".join(label.lower().split())
    if label.startswith("rec"):  # "Recommendations", "Recs"
        return "R"
    if "priority action" in label or label == "apa":
        return "PA"
    return "W" if "weakness" in label else "AFI"


# An area for improvement printed as a labelled line of its own, or heading its actions:
# "Area for improvement 1: Leaders should …", "AFI 2 - …", "Recommendation 3. …", and a
# Written Statement of Action's "Area of (significant) weakness 1: …" / "Weakness 2: …"
LABELLED_REC_RE = re.compile(
    rf"^\W*(?P<label>{AFI_LABEL}|AFI|APA|recommendation|{PRIORITY_ACTION_LABEL}|{WEAKNESS_LABEL})"
    r"\s*"
    r"(?P<num>\d{1,2})\b\s*(?:[:.\-\u2013]\s*(?P<text>\S.{14,}))?$",
    re.I,
)


def labelled_rec_id(text: str) -> tuple[str, str | None] | None:
    """("AFI1", "Leaders should …") for "Area for improvement 1: Leaders should …"; the text
    is None for a bare label ("AFI 1", a theme heading); None for any other line."""
    m = LABELLED_REC_RE.match(text.strip())
    if not m:
        return None
    return f"{rec_prefix(m['label'])}{m['num']}", m["text"]


def heading_rec_ids(text: str) -> list[str]:
    """Recommendation ids a heading cites by label and number, named as the lists name them:
    'Care leavers (Recommendations 4 and 6)' -> ['R4', 'R6'], '(AFI 2 & 5)' -> ['AFI2',
    'AFI5'], 'Area of weakness 1' -> ['W1']."""
    out: list[str] = []
    for m in _HEADING_CITE_RE.finditer(text):
        prefix = rec_prefix(m["label"])
        out.extend(f"{prefix}{n}" for n in re.findall(r"\d{1,2}", m["nums"]))
    return list(dict.fromkeys(out))


def id_parent(action_id: str) -> str | None:
    """'1.2.3' -> '1.2'; '1.2' -> '1'; '7' -> None."""
    base = re.sub(r"[a-z]$", "", action_id)
    if "." not in base:
        return None
    return base.rsplit(".", 1)[0]


def mend_ref(ref: str, known: set[str]) -> str:
    """A cited id with a dot the converter lost, mended when exactly one known action id is
    that id with a dot put back ("52.1" is 5.2.1 in a plan with a 5.2.1 and no 52.1); any
    other id is kept as printed, never guessed by similarity."""
    if ref in known or "." not in ref or not re.fullmatch(r"[\d.]+[a-z]?", ref):
        return ref
    options = {
        mended
        for i in range(1, len(ref))
        if ref[i - 1].isdigit() and ref[i].isdigit() and (mended := f"{ref[:i]}.{ref[i:]}") in known
    }
    return options.pop() if len(options) == 1 else ref
