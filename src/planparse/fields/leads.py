"""Lead cells to organisations and roles, with a blank spaCy pipeline and a gazetteer.

Takes a lead cell as printed ("CYP Delivery Manager Hillingdon ICB DCO CDC Consultant
Paediatrician") and adds `lead_orgs` (["Hillingdon ICB", "CDC"]) and `lead_roles`
(["CYP Delivery Manager", "DCO", "Consultant Paediatrician"]). Organisations come from
gazetteer/organisations.toml through an EntityRuler (longest match wins); what is left is cut
into roles where a role head ("Manager") or a role abbreviation ("PEP") closes one and the
next word does not continue it ("Head of SEND & Inclusion" stays whole).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from planparse.fields.ocr import folded_index, mend_misread

GAZETTEER = Path(__file__).parent / "gazetteer"


class Lead(BaseModel):
    model_config = ConfigDict(frozen=True)
    lead: str | None
    lead_orgs: list[str]
    lead_roles: list[str]


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    gazetteer = tomllib.loads((GAZETTEER / "organisations.toml").read_text())
    roles = tomllib.loads((GAZETTEER / "roles.toml").read_text())["roles"]
    people = tomllib.loads((GAZETTEER / "people.toml").read_text())["people"]
    return {
        "orgs": gazetteer["organisations"]["names"],
        "org_patterns": gazetteer["organisation_patterns"]["patterns"],
        "not_place": gazetteer["organisation_patterns"]["not_place"],
        "not_initials": gazetteer["organisation_patterns"]["not_initials"],
        "service_ends": gazetteer["organisation_patterns"]["service_ends"],
        "places": gazetteer["places"]["names"],
        "place_forms": gazetteer["places"]["forms"],
        "titles": people["titles"],
        "given_names": people["given_names"],
        **roles,
    }


def _person_patterns(vocab: dict[str, Any], not_surname: list[str]) -> list[dict[str, Any]]:
    """EntityRuler patterns for a person in a lead (gazetteer/people.toml): a title (perhaps
    with an initial or a given name), an initial or a given name, then a surname (hyphenated
    or not) that is no role word."""
    initial = {"TEXT": {"REGEX": r"^[A-Z]\.$"}}
    surname = {"IS_TITLE": True, "TEXT": {"NOT_IN": not_surname}}
    double = [surname, {"ORTH": "-"}, {"IS_TITLE": True}]
    # after a title any name or initial, dotted or not, may come before the surname: "Ms K
    # Lewis", "Cllr Jane Smith", "Dr Amir Patel" (a given name the list lacks)
    forename = {**surname, "OP": "?"}
    openings = [
        [{"ORTH": {"IN": vocab["titles"]}}, forename],  # "Dr A. Khan", "Dr Amir Patel"
        [{"ORTH": {"IN": vocab["given_names"]}}],
        [initial],
    ]
    return [
        {"label": "PERSON", "pattern": [*opening, *rest]}
        for opening in openings
        for rest in ([surname], double)
    ]


# How many capitals a body's initials have, in a gazetteer pattern ("BNSSG ICB") and in
# brackets after a body ("(KCHFT)")
INITIALS_LENGTH = (2, 6)


def _token_patterns(
    words: list[str], not_place: list[str], role_words: list[str], not_initials: list[str]
) -> list[list[dict[str, Any]]]:
    """spaCy token patterns for one organisation pattern of the gazetteer (see the notes
    there): "<place>" becomes one to three capitalised words outside `not_place`, or two such
    runs joined by "and"; "<name>" one to five capitalised words that are no role words,
    perhaps after initials and perhaps possessive ("Alder Hey Children's"), joined by "and"
    only after a possessive ("Women's and Children's": a plain "and" form doubles the
    matcher's work on every lead); "<initials>" a word of two to six capitals outside
    `not_initials`."""
    place = {"IS_TITLE": True, "TEXT": {"NOT_IN": not_place}, "OP": "{1,3}"}
    name = {"IS_TITLE": True, "TEXT": {"NOT_IN": role_words}, "OP": "{1,5}"}
    possessive = {"ORTH": {"IN": ["'s", "’s", "'", "’"]}}
    least, most = INITIALS_LENGTH
    initials = {
        "IS_UPPER": True,
        "LENGTH": {">=": least, "<=": most},
        "TEXT": {"NOT_IN": not_initials},
    }
    runs = {
        "<place>": [[place], [place, {"LOWER": "and"}, place]],
        "<name>": [
            # "CNWL Mental Health Trust", "Alder Hey Children's"
            [{**initials, "OP": "?"}, name, {**possessive, "OP": "?"}],
            # "Birmingham Women's and Children's", "Guy's and St Thomas'"
            [name, possessive, {"LOWER": "and"}, name, {**possessive, "OP": "?"}],
        ],
        "<initials>": [[initials]],
    }
    out: list[list[dict[str, Any]]] = [[]]
    for word in words:
        if word in runs:
            out = [pattern + run for pattern in out for run in runs[word]]
            continue
        optional, word = word.startswith("?"), word.lstrip("?")
        options = word.split("|")
        token: dict[str, Any] = (
            {"ORTH": {"IN": options}} if word.isupper() else {"LOWER": {"IN": options}}
        )
        if optional:
            token["OP"] = "?"
        out = [pattern + [token] for pattern in out]
    return out


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    vocab = _vocab()
    ruler.add_patterns([{"label": "ORG", "pattern": name} for name in vocab["orgs"]])
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": form.format(place)}
            for place in vocab["places"]
            for form in vocab["place_forms"]
        ]
    )
    role_words = sorted(set(vocab["heads"]) | set(vocab["openers"]))
    not_place = sorted(set(vocab["not_place"]) | set(role_words))
    not_initials = sorted(_never_initials())
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": tokens}
            for words in vocab["org_patterns"]
            for tokens in _token_patterns(words, not_place, role_words, not_initials)
        ]
    )
    ruler.add_patterns([{"label": "ROLE_ABBR", "pattern": abbr} for abbr in vocab["abbreviations"]])
    ruler.add_patterns(_person_patterns(vocab, not_place))
    return nlp


# Where one role may end and the next begin, when both sides stand as roles: "Manager & PEP",
# "Head of SEND and Designated Clinical Officer", "Service Manager, SEND Team"
_SPLITS = ("&", "/", "and", ",", ";")
_TEAMS = frozenset({"Team", "Teams"})


def _cut_roles(
    words: list[str],
    heads: frozenset[str],
    abbrs: frozenset[str],
    connectors: frozenset[str],
    openers: frozenset[str],
) -> list[str]:
    """Cut a run of words into roles.

    A cut falls after a role head ("Manager") or abbreviation ("DCO"), or at '&' and '/',
    only when what follows can stand as a role itself (it holds a head or starts with an
    abbreviation): "Manager & PEP" is two roles, "AD of SEND & Inclusion" one.
    """

    def stands_alone(rest: list[str]) -> bool:
        # the words up to the next '&', '/' or role abbreviation ("Inclusion" in "AD SEND &
        # Inclusion DCO" is not a role of its own; "PEP" in "Manager & PEP" is)
        segment: list[str] = []
        for j, word in enumerate(rest):
            # "Head" ending a title is its head ("Virtual School Head"), not a role's start
            ends_title = j + 1 == len(rest) or rest[j + 1] in _SPLITS
            # a rank before initials is theirs: "Principal EP", "Senior DCO"
            ranked = word in abbrs and all(w in _ranks() for w in segment)
            if word in _SPLITS or (
                segment and ((word in abbrs and not ranked) or (word in openers and not ends_title))
            ):
                break
            segment.append(word)
            if word.endswith(".") and len(word) > 2:
                break  # "… Learning and Skills." ends where its full stop is
        # (a role's title starts in capitals: "SENCO network chair" is one role)
        return (
            bool(segment)
            and not segment[0].islower()
            and (
                segment[0] in abbrs
                or segment[0] in openers
                or (segment[0] in _ranks() and any(w in abbrs for w in segment[1:]))
                or any(w in heads or w.capitalize() in heads for w in segment[1:])
                or (len(segment) == 1 and segment[0] in heads)
                or (len(segment) > 1 and segment[-1] in openers)
            )
        )

    def title(rest: list[str]) -> list[str]:
        # the words up to a split, a role abbreviation or a word opening a role
        segment = []
        for word in rest:
            if word in _SPLITS or word in abbrs or word in openers or word.startswith("("):
                break
            segment.append(word)
        return segment

    def names_a_post(rest: list[str]) -> bool:
        # capitalised words, the first not an acronym, up to a role head that ends them, in
        # capitals or not ("SENCo Forum chair"; "DCO CYP Delivery Manager" is two: a second
        # acronym starts a title of its own)
        segment = title(rest)
        return (
            bool(segment)
            and not segment[0].isupper()
            and (segment[-1] in heads or segment[-1].capitalize() in heads)
            and all(w[:1].isupper() for w in segment[:-1])
        )

    def its_team(word: str, rest: list[str]) -> bool:
        # a team printed right after a post's head is the post's: "Service Manager 0-25 SEN
        # Team" is one role, where "DCO SEND Team" and "SEND Manager Commissioning Manager"
        # are two
        segment = title(rest)
        return (
            word in heads
            and word not in _TEAMS
            and len(segment) > 1
            and segment[-1] in _TEAMS
            and not any(w in heads for w in segment[:-1])
        )

    roles: list[list[str]] = [[]]
    for i, word in enumerate(words):
        rest = words[i + 1 :]
        complete = any(w in heads or w in abbrs for w in roles[-1])
        if (
            complete
            and (word in abbrs or word in openers)
            and roles[-1][-1] not in connectors  # connectors include "&"
            and roles[-1][-1] not in ("/", "(")  # "Director of … (DCS)": its own initials
        ):
            # an abbreviation or "Head" after a complete role opens the next one:
            # "… & Operations AD of SEND", "PEP Head of Education"
            roles.append([])
        if word in _SPLITS and complete and (word == ";" or stands_alone(rest)):
            # a semicolon lists roles; it never joins words within one
            roles.append([])
            continue
        roles[-1].append(word)
        # an abbreviation opening a role may name what the role leads: "SENCO Network Lead",
        # "EP Service Manager" (one role each), where "DCO Service leads for …" is two
        closes = (word in heads or word in abbrs) and not (
            roles[-1] == [word] and (word in abbrs or word in _qualifiers()) and names_a_post(rest)
        )
        continues = (
            not rest or rest[0] in connectors or rest[0] in (*_SPLITS, ")") or rest[0] in heads
        )
        if closes and not continues and stands_alone(rest) and not its_team(word, rest):
            roles.append([])
    out = []
    for role in roles:
        while role and role[-1] in connectors:
            role.pop()
        while role and role[0] in connectors:
            role.pop(0)
        if role:
            out.append(role)
    return [" ".join(r) for r in out]


# What a role does not start or end with: the separators left where an organisation or the
# next role was cut out ("Head of SEND / NHS Talking Therapies" leaves "Head of SEND /")
ROLE_EDGES = " .,;:/&"


_PAIRS = {")": "(", "]": "["}


def _unmatched_brackets(text: str) -> set[int]:
    """Where `text` holds a bracket whose partner is not in it."""
    open_at: list[int] = []
    unmatched: set[int] = set()
    for i, ch in enumerate(text):
        if ch in "([":
            open_at.append(i)
        elif ch in _PAIRS:
            if open_at and text[open_at[-1]] == _PAIRS[ch]:
                open_at.pop()
            else:
                unmatched.add(i)
    return unmatched | set(open_at)


def _unbracketed(role: str) -> str:
    """A role without the brackets its organisation or a person was cut from: "Designated
    Clinical Officer (NHS Oakham ICB)" leaves "Designated Clinical Officer (" once the body
    is out, "AD Inclusion (LA) & Deputy Chief Nurse (ICB)" leaves ") & Deputy Chief Nurse (",
    and "Sarah Jones (Designated Clinical Officer" leaves "(Designated Clinical Officer"."""
    unmatched = _unmatched_brackets(role)
    if unmatched:
        role = " ".join("".join(ch for i, ch in enumerate(role) if i not in unmatched).split())
    if role.startswith("(") and role.endswith(")") and role.count("(") == 1:
        role = role[1:-1]  # "Manager (Joint Commissioning Team)": the team in brackets
    return role.strip(ROLE_EDGES)


_LEAD_IN = re.compile(r"^(?:(?:[a-z][\w'-]*|['’]s)\s+)+(?=[A-Z0-9])")


def _without_lead_in(role: str) -> str:
    """A role without the lower-case words before its title, left where an organisation
    was cut out before them: "(LA) and Schools Forum", "(LA), supported by DCO (ICB)",
    "(ICB's DCO)"."""
    return _LEAD_IN.sub("", role)


# Words at a role's end that hand over to the next role or body: "supported by", "working
# closely with", ", with support from the", "in partnership with", or name the body that
# employs the post: "(commissioned by LA)", ", hosted by"; a title's own lower-case words
# stay ("Head of children's services")
_HAND_OVER = (
    r",?\s+(?:supported|assisted|advised|helped|overseen|working"
    r"|commissioned|hosted|employed|funded|seconded|contracted"
    r"|in\s+(?:partnership|conjunction|collaboration)|with\s+(?:support|input|help))"
    r"(?:\s+[a-z]+)?"
)
# at a role's end, the body it hands over to cut out after it (the preposition may go too)
_LEAD_OUT = re.compile(rf"{_HAND_OVER}(?:\s+(?:by|from|with)(?:\s+the)?)?$")
# inside a role, before the next: "Head of SEND working with DCO"
_HANDS_OVER = re.compile(rf"{_HAND_OVER}\s+(?:by|from|with)(?:\s+the)?\s+")
# How bodies share a lead, which names no post: "LA and ICB jointly", "(joint)", "together"
_SHARED = frozenset({"joint", "jointly", "together", "collectively", "both"})


def _without_lead_out(role: str) -> str:
    """A role without the words after its title that lead into the next one: "Head of SEND
    supported by" (DCO), "Manager with support from" (PCF). A title ending in its own
    preposition stays ("Head of", "Lead for" a body cut out of it)."""
    m = _LEAD_OUT.search(role)
    return role[: m.start()] if m and role[: m.start()].strip() else role


def _handed_over(role: str) -> list[str]:
    """A role and the one it hands over to, when both name a post: "Head of SEND working
    with DCO" -> "Head of SEND", "DCO"; "Head of Service working with Families" stays."""
    parts = _HANDS_OVER.split(role)
    return parts if len(parts) > 1 and all(names_role(p) for p in parts) else [role]


def _names_no_post(role: str) -> bool:
    """A part that says how bodies share a lead ("jointly"), or hands over to one (a
    lower-case lead-in ending in a preposition): no role."""
    return set(role.lower().split()) <= _SHARED or _is_lead_in(role)


def _respace(role: str, text: str) -> str:
    """Give a role rebuilt from tokens the spacing it had in the cell ("Children's")."""
    pattern = r"\s*".join(re.escape(tok) for tok in role.split(" "))
    m = re.search(pattern, text)
    return m.group(0) if m else role


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    vocab = _vocab()
    return frozenset(vocab["heads"]) | frozenset(vocab["abbreviations"])


# Words a title prints in lower case ("Head of SEND and Inclusion")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "with", "on", "at", "by"})
# Short words of a lead that are words, not initials ("POST-16", "SOCIAL CARE", "EARLY HELP")
_SHORT_WORDS = frozenset(
    {"post", "pre", "care", "help", "year", "area", "hub", "new", "all", "data", "life", "work",
     "home", "plan", "case", "unit", "fund", "zone", "hubs", "days"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _long_initials() -> frozenset[str]:
    """Initials of five letters or more the gazetteer prints in capitals (CAMHS, SENDIASS,
    SENCO): kept so when a lead in capitals is read."""
    here = Path(__file__).with_name("gazetteer")
    found = set()
    for path in sorted(here.glob("*.toml")):
        found |= set(re.findall(r"\b[A-Z]{5,}\b", path.read_text(encoding="utf-8")))
    return frozenset(found)


@lru_cache(maxsize=4096)
def mixed_case(text: str) -> str:
    """A lead printed all in capitals ("HEAD OF SEND", "DESIGNATED CLINICAL OFFICER (ICB)")
    as a title prints it ("Head of SEND"), so that its role words are found: small words in
    lower case, role words and words of five letters or more title-cased (not initials the
    gazetteer knows: CAMHS), shorter words kept (initials: SEND, ICB, LA). Text not all in
    capitals, or with no word a title would set in lower or title case, is returned as it
    is."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return text
    role_words = {w.lower(): w for w in _role_word_spellings().values()}
    tokens = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    if not tokens & (role_words.keys() | _SMALL_WORDS | _SHORT_WORDS):
        return text  # initials alone ("MHLDA NWL ICB"): no words to set in a title's case
    keep = _long_initials() | _role_sets()[1]

    def word(m: re.Match[str]) -> str:
        w = m[0]
        lower = w.lower()
        if lower in _SMALL_WORDS:
            return lower
        if lower in role_words:
            return role_words[lower]
        if lower in _SHORT_WORDS:
            return w.capitalize()
        return w if w in keep or len(w) < 5 else w.capitalize()

    return re.sub(r"[A-Za-z]+(?:['’][A-Za-z]+)?", word, text)


def names_lead(text: str) -> bool:
    """Whether a lead fragment names a role or an organisation on its own.

    "Voice" (the wrapped end of "… and Learner Voice") does not; "PEP" and "Service Manager"
    do. The rows stage joins a fragment that does not to the lead above it.
    """
    text = _mend_misread_role_words(mixed_case(text))  # "SEND Manaqer" from a scan
    if names_role(text):
        return True
    return any(ent.label_ == "ORG" for ent in _nlp()(" ".join(text.split())).ents)


def names_role(text: str) -> bool:
    """Whether words of `text` are a role's head or abbreviation ("Manager", "Head", "DCO")."""
    return bool(set(re.findall(r"[\w'-]+", text)) & _role_words())


_BULLET_START = re.compile(r"^\s*[→•▪➤\-]")


def is_lead_cell(cell: str) -> bool:
    """A short cell naming a role or organisation, not a milestone ("→ ICB will launch …"):
    what a lead column holds, used to find one whose header was lost or misplaced."""
    return not _BULLET_START.match(cell) and len(cell.split()) <= 25 and names_lead(cell)


@lru_cache(maxsize=1)
def _role_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The role vocabulary as sets, built once: heads, abbreviations, connectors, openers."""
    vocab = _vocab()
    return (
        frozenset(vocab["heads"]),
        frozenset(vocab["abbreviations"]),
        frozenset(vocab["connectors"]),
        frozenset(vocab.get("openers", [])),
    )


@lru_cache(maxsize=1)
def _role_word_spellings() -> dict[str, str]:
    """{folded spelling: role word} of the words roles are made of ("Officer", "Head",
    "Principal"): a word a scan misread letter for letter is found by its folded spelling."""
    vocab = _vocab()
    words = {w for key in ("heads", "openers", "ranks", "qualifiers") for w in vocab.get(key, [])}
    return folded_index((w.lower(), w) for w in words)


_WORD_RE = re.compile(r"[A-Za-z0-9]{3,}")


def _mend_misread_role_words(text: str) -> str:
    """A lead cell's role words as printed before a scan misread them ("Offlcer" -> "Officer",
    "Hcad of SEND" -> "Head of SEND"); every other word as it is."""
    return mend_misread(text, _role_word_spellings(), _WORD_RE)


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """Heads that, alone at a role's start, qualify the post after them ("Consultant")."""
    return frozenset(_vocab().get("qualifiers", []))


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """Words ranking the post after them, initials too ("Principal EP", "Senior SENCO")."""
    return frozenset(_vocab().get("ranks", []))


@lru_cache(maxsize=1)
def _completable_heads() -> tuple[tuple[str, ...], frozenset[str]]:
    """The role words a cut word may be completed to, and the words never taken as cut."""
    vocab = _vocab()
    heads = tuple(h for h in vocab["heads"] if h.isalpha())
    return heads, frozenset(vocab.get("whole_words", [])) | frozenset(heads)


def complete_cut_heads(text: str) -> str:
    """A role's last word cut at a cell's edge by the converter, completed: "School Place
    Planning Manag LBH" is "… Manager LBH". Only a capitalised word of four letters or more,
    at most three short of exactly one role word of the gazetteer ("Manag" -> Manager), and
    not a word of its own (`whole_words`: "Office", "Work")."""
    heads, whole = _completable_heads()

    def complete(match: re.Match[str]) -> str:
        word = match[0]
        if word in whole:
            return word
        found = {h for h in heads if h.startswith(word) and len(h) - len(word) <= 3}
        found = {h for h in found if not any(f != h and h.startswith(f) for f in found)}
        return found.pop() if len(found) == 1 else word

    return re.sub(r"\b[A-Z][a-z]{3,}\b", complete, text)


# What may follow a person whose surname is also a role word ("Claire Head, …").
_AFTER_PERSON = frozenset({",", ";", "/", "-", "–", "—", "(", ")", "&"})


def _person_ends(doc: Any) -> dict[int, int]:
    """Where each person named in a lead starts and ends: the PERSON patterns, and a given
    name with a surname that is also a role word ("Claire Head", "Tom Lead") where the name
    ends its part of the cell, as a role there would not ("Head" alone is no post)."""
    ends = {ent.start: ent.end for ent in doc.ents if ent.label_ == "PERSON"}
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    given = _given_names()
    for i in range(len(doc) - 1):
        if i in taken or i + 1 in taken or doc[i].text not in given or not doc[i + 1].is_title:
            continue
        if i + 2 == len(doc) or doc[i + 2].text in _AFTER_PERSON:
            ends[i] = i + 2
    return ends


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(_vocab()["given_names"])


# Words after which the organisations named belong to the role (see parse_lead): after "for"
# and "with" a list of them, after "of" one ("Head of CAMHS, CNWL": CNWL employs the head).
_SERVED_AFTER = ("for", "with", "of")
_SERVED_LIST_AFTER = ("for", "with")
# Words that end a lower-case lead-in whose object, an organisation, was cut out of it
# ("with support from" PCF): such a lead-in is no role.
_PREPOSITIONS = frozenset({"by", "for", "from", "of", "to", "with"})


# What parts a body's name from the words after it: another body or role follows
_PARTING = frozenset({",", ";", "/", "(", ")", "[", "]", "and", "&", "-", "–", "+", ":"})


def _goes_on_naming(doc: Any, i: int, org_starts: dict[int, Any]) -> bool:
    """Whether the words from token i, after a body a role is of ("Head of CAMHS"), are
    still the role's: capitalised words up to the next parting naming no post of their own
    ("Services", "Council Tax"), not another role ("Designated Clinical Officer")."""
    words = []
    for tok in doc[i:]:
        if tok.text in _PARTING or tok.i in org_starts:
            break
        words.append(tok.text)
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not names_role(" ".join(words))
    )


def _service_in_a_post(doc: Any, ent: Any) -> bool:
    """Whether a body found as "<place> Health" is a service a post is of, and so none:
    "Children's Health Lead" and "Oral Health Service Manager" are roles, the words after
    "Health" a bare post. Before a post naming its own service the body stands:
    "Whittington Health SLT Team" is the team of Whittington Health."""
    if ent[-1].lower_ not in _service_ends():
        return False
    words = []
    for tok in doc[ent.end :]:
        if tok.text in _PARTING:
            break
        words.append(tok.text)
    heads, _, connectors, _ = _role_sets()
    bare_post = heads | connectors
    return bool(words) and words[0][:1].isupper() and all(w in bare_post for w in words)


@lru_cache(maxsize=1)
def _service_ends() -> frozenset[str]:
    """Words a body's name may end in that also name a service ("Whittington Health")."""
    return frozenset(w.lower() for w in _vocab()["service_ends"])


def _is_lead_in(role: str) -> bool:
    return role.islower() and role.split()[-1] in _PREPOSITIONS


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    """The labels of a lead cell's parts ("Lead:", "Support:"), longest first, or the part
    they follow in brackets ("Head of SEND (Lead), DCO (Support)"); a sector's ("Health:")
    only where a part starts."""
    vocab = _vocab()
    anywhere, starting = (
        "|".join(re.escape(n) for n in sorted(vocab[key], key=len, reverse=True))
        for key in ("labels", "part_labels")
    )
    return re.compile(
        rf"(?<![\w'-])(?:{anywhere})\s*:|\(\s*(?:{anywhere})\s*\)"
        rf"|(?:^|(?<=[;,/•]))\s*(?:{starting})\s*:",
        re.I | re.M,
    )


# The most words a body's own name in brackets after it has ("Parent Carer Forum (Kent PACT)")
_GLOSS_WORDS = 4


def _glossed_initials(doc: Any, org_starts: dict[int, Any]) -> dict[int, Any]:
    """A name in brackets right after an organisation, ending in initials, is its own name,
    an organisation too: "Kent Community Health NHS Foundation Trust (KCHFT)", "Parent
    Carer Forum (Kent PACT)". Capitalised words naming no post, before the initials, are
    part of the name; a service's or a need's capitals ("Council (SEND)") are none."""
    out = {}
    for span in org_starts.values():
        i = span.end
        if i >= len(doc) or doc[i].text != "(":
            continue
        ahead = range(i + 1, min(len(doc), i + 2 + _GLOSS_WORDS))
        close = next((j for j in ahead if doc[j].text == ")"), None)
        if close is None or close == i + 1:
            continue
        words = [t.text for t in doc[i + 1 : close]]
        if (
            _is_body_initials(words[-1])
            and all(w[:1].isupper() for w in words)
            and not names_role(" ".join(words))
        ):
            out[i + 1] = doc[i + 1 : close]
    return out


def _initials_before(doc: Any, org_starts: dict[int, Any]) -> dict[int, Any]:
    """Initials printed before a service named in capitals, alone or several joined by "/"
    or "&", are the bodies that run it: "HCT/SPFT CAMHS", "NELFT CAMHS". A role's initials
    stay a role ("DCO CAMHS"), as do a service's or a need's ("SEND CAMHS"); before a body
    named in words they name a team of it ("MHLDA NWL ICB")."""
    out = {}
    for start, span in org_starts.items():
        i = start - 1
        if len(span) > 1 or not span.text.isupper() or i < 0 or not doc[i].whitespace_:
            continue
        while i not in org_starts and _is_body_initials(doc[i].text):
            out[i] = doc[i : i + 1]
            if i < 2 or doc[i - 1].text not in ("/", "&"):
                break
            i -= 2
    return out


def _is_body_initials(word: str) -> bool:
    return _is_initials(word) and word not in _never_initials()


def _is_initials(word: str) -> bool:
    least, most = INITIALS_LENGTH
    return word.isalpha() and word.isupper() and least <= len(word) <= most


@lru_cache(maxsize=1)
def _never_initials() -> frozenset[str]:
    """Capitals that are no body's initials: services, needs and roles' abbreviations."""
    vocab = _vocab()
    return frozenset(vocab["not_initials"]) | frozenset(vocab["abbreviations"])


def _word_start(doc: Any, i: int, taken: set[int]) -> int:
    """Where the word holding token `i` starts: a body's name found inside a hyphenated
    word takes all of it ("Stoke-on-Trent PCF", not "Trent PCF"), up to a token another
    name (`taken`) holds."""
    while i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in _GLUE_STOPS:
        if i - 1 in taken:
            break
        i -= 1
    return i


def _word_end(doc: Any, ent: Any) -> int:
    """Where a body's name ends: before the word it would end inside ("NHS Kent and Medway"
    of "NHS Kent and Medway Stoke-on-Trent", not "… Medway Stoke")."""
    end = ent.end
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in _END_STOPS:
        while end > ent.start and not doc[end - 1].whitespace_:
            end -= 1
    return end


_GLUE_STOPS = frozenset("([/,;&")
_CUT_POSSESSIVE = re.compile(r"^['’]s\b")
_END_STOPS = frozenset(")]/,;&.:'’") | {"'s", "’s"}
# What a lead cell may print beside or instead of a post: an e-mail address or a telephone
# number ("Head of SEND (s.jones@oakridge.gov.uk)", "– 01234 567890"), or a lead still to be
# named ("TBC", "To be appointed", "Vacant post", "N/A")
_NO_POST_RE = re.compile(
    r"(?:\s[-\u2013\u2014]\s|,\s*)?"  # the separator before it
    r"(?:\(?\s*(?:e-?mail\s*:?\s*)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\s*\)?"
    r"|\(?\s*(?:(?:tel|telephone|phone|mobile|mob)\.?\s*:?\s*)?"
    r"(?:\+44\s?(?:\(0\)\s?)?\d|\b0\d)(?:\s?\d){8,9}\b\s*\)?"
    r"|\b(?:TB[CAD]|to be (?:confirmed|agreed|appointed|determined|recruited)"
    r"|vacant(?:\s+post)?)\b|(?<!\w)n/a(?!\w))",
    re.I,
)


def names_no_one_yet(text: str) -> bool:
    """Whether a lead cell says its lead is still to be named ("TBC", "Vacant post", "N/A"):
    a lead of its own, naming no post, never the rest of the lead above."""
    return bool(_NO_POST_RE.fullmatch(" ".join(text.split())))


_LISTED = re.compile(r"[•▪●◦‣⁃]|^\s*[-–—]\s+", re.M)


def parse_lead(cell: str | None) -> Lead:
    """Split a lead cell.

    >>> parse_lead("AD of SEND & Inclusion LBH").lead_roles
    ['AD of SEND & Inclusion']
    """
    if cell is None or not cell.strip():
        return Lead(lead=None, lead_orgs=[], lead_roles=[])
    printed = complete_cut_heads(" ".join(cell.split()))
    cased = mixed_case(cell)  # "HEAD OF SEND": read as "Head of SEND", kept as printed
    text = printed if cased == cell else complete_cut_heads(" ".join(cased.split()))
    cell = cased
    heads, abbrs, connectors, openers = _role_sets()
    # a bullet or a dash opening a line lists the next part, and a label ends the part
    # before it, as ";" does
    listed = (
        complete_cut_heads(" ".join(_LISTED.sub(" ; ", cell).split()))
        if _LISTED.search(cell)
        else text
    )
    listed = _mend_misread_role_words(listed)  # "Designated Clinical Offlcer" from a scan
    # contact details and a lead still to be named part the roles, naming none themselves
    unlabelled = _NO_POST_RE.sub(" ; ", _labels().sub(";", listed))
    doc = _nlp()(unlabelled)
    orgs: list[str] = []
    runs: list[list[Any]] = [[]]
    org_starts = {}
    # the tokens each name holds once cut to whole words: "Stoke" cut from "NHS Kent and
    # Medway Stoke" is free for "Stoke-on-Trent PCF"
    ends = {ent.start: _word_end(doc, ent) if ent.label_ == "ORG" else ent.end for ent in doc.ents}
    taken = {t for ent in doc.ents for t in range(ent.start, ends[ent.start])}
    for ent in doc.ents:
        if ent.label_ == "ORG" and not _service_in_a_post(doc, ent):
            start, end = _word_start(doc, ent.start, taken), ends[ent.start]
            if end > start:
                org_starts[start] = doc[start:end]
    org_starts.update(_glossed_initials(doc, org_starts))
    org_starts.update(_initials_before(doc, org_starts))
    # a person named beside the role is cut out of it: "Jane Smith, Head of SEND"
    person_ends = _person_ends(doc)
    # organisations after "for", "with" or "of" belong to the role: "Service leads for CDC,
    # CAMHS and CITS", "Commissioning Manager (Joint with ICB)", "Head of CAMHS"
    served: str | None = None  # the word the role's bodies follow
    i = 0
    while i < len(doc):
        ent = org_starts.get(i)
        if ent is not None:
            name = ent.text
            if name not in orgs:
                orgs.append(name)
            if (
                served is None
                and runs[-1]
                and runs[-1][-1].lower_ in _SERVED_AFTER
                and not _LEAD_OUT.search(" ".join(t.text for t in runs[-1]))
            ):
                served = runs[-1][-1].lower_  # not a hand-over: "in partnership with" PCF
            if served is not None:
                runs[-1].extend(doc[ent.start : ent.end])
            else:
                runs.append([])
            i = ent.end
            continue
        if i in person_ends and served is None:
            runs.append([])
            i = person_ends[i]
            continue
        if served in _SERVED_LIST_AFTER and doc[i].text in (",", "and") and i + 1 in org_starts:
            runs[-1].append(doc[i])  # the list of organisations served goes on
            i += 1
            continue
        if served is not None:
            served = None
            if doc[i].text in _PAIRS and _unmatched_brackets("".join(t.text for t in runs[-1])):
                runs[-1].append(doc[i])  # the bracket the role opened before them closes
                i += 1
            elif _goes_on_naming(doc, i, org_starts):
                continue  # "Head of CAMHS Services": the role's own words go on after the body
            runs.append([])  # the list ended: what follows is another role
            continue
        runs[-1].append(doc[i])
        i += 1
    roles: list[str] = []
    for run in runs:
        if _notes_a_body(run, heads, abbrs):
            continue  # "Northshire Council (SEND)": the body's department, no post
        for role in _cut_roles([t.text for t in run], heads, abbrs, connectors, openers):
            role = _respace(role, unlabelled).strip(ROLE_EDGES)
            # a possessive left where a body's name was cut out ("… Medway Women's")
            role = _CUT_POSSESSIVE.sub("", role).strip(ROLE_EDGES)
            role = _without_lead_out(_without_lead_in(_unbracketed(role)))
            for part in _handed_over(role):
                if (
                    part
                    and part not in roles
                    and any(ch.isalpha() for ch in part)
                    and not _names_no_post(part)
                ):
                    roles.append(part)
    roles = _heads_of_bodies(roles, orgs, unlabelled, heads)
    return Lead(lead=printed, lead_orgs=orgs, lead_roles=roles)


def _notes_a_body(run: list[Any], heads: frozenset[str], abbrs: frozenset[str]) -> bool:
    """A run of words that is nothing but a bracketed note after a body, naming no post:
    "(SEND)", "(North)", "(Education and Inclusion)"; "(DCO)" names one."""
    words = [t.text for t in run]
    return (
        len(words) > 2
        and words[0] == "("
        and words[-1] == ")"
        and "(" not in words[1:]
        and not any(w in heads or w in abbrs or w.capitalize() in heads for w in words[1:-1])
    )


# A head word shared or deputised ("Co-Chair", "Vice Chair", "Deputy Manager"): its head
_SHARED_HEAD_RE = re.compile(r"^(?:Co|Vice|Deputy)(?:-|\s)", re.I)


def _heads_of_bodies(
    roles: list[str], orgs: list[str], text: str, heads: frozenset[str]
) -> list[str]:
    """A role that is a head word alone keeps the body printed right before it: "PCF Chair",
    "SENDIASS Manager", "PCF Co-Chair" (a "Chair" alone names no post)."""
    out = []
    for role in roles:
        if role in heads or _SHARED_HEAD_RE.sub("", role) in heads:
            for org in orgs:
                if re.search(rf"(?<![\w-]){re.escape(org)}\s+{re.escape(role)}\b", text):
                    role = f"{org} {role}"
                    break
        out.append(role)
    return out
