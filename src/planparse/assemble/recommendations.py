"""Inspection recommendations and the links plans state for them.

Takes the blocks and tables and adds:
- recommendations from the numbered list under an "areas for improvement" heading
  ("1. Leaders in education …"; Hull's list under "… Areas for Improvement (AFIs)" gives
  AFI1…AFI5 by position, since its first item lost its number);
- recommendations and `reference_table` links from a reference table ("1.2 improving … |
  1.2 & 1.6"); rows without an id are the area's own additions (`source = local`, ids L1…);
- `cited_in_row` links from the ids an action row cites (Hull's "SEF/DBV/AFI (no)"), a
  mistyped id ("AF15") resolved to the nearest existing one by its digits;
- `section_heading` links from the areas for improvement a plan quotes under an objective
  heading ("Objective 3: …  Areas of Improvement from Inspection: • 1.4 ensuring that PfA …
  (see also 4.2)"): each quoted area is linked to that objective, and to the objectives its
  "see also" names.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from planparse.assemble.actions import rec_refs
from planparse.fields.ids import (
    REC_ID_RE,
    canonical_rec_id,
    cited_ids,
    cites_all,
    heading_rec_ids,
    labelled_rec_id,
    parse_id_list,
    rec_id_prefix,
    rec_of_action_id,
)
from planparse.layout import THEME_RE, Context
from planparse.models import Action, Diagnostic, Link, Recommendation
from planparse.read.raw import Block
from planparse.tables.find import Table
from planparse.tables.roles import row_to_roles

# A heading that opens the inspection's list of areas for improvement.
AFI_HEADING_RE = re.compile(
    r"areas? (?:for|of) improvement|\bAFIs?\b|priority actions|areas? for priority action"
    r"|areas? of (?:significant )?weakness"
    # "Recommendations from the inspection", "The inspection's recommendations",
    # "Recommendations" alone
    r"|\brecommendations\b.{0,40}\binspection\b|\binspection(?:'s|\u2019s)? recommendations\b"
    r"|^\s*recommendations(?:\s+for\s+improvement)?\s*:?\s*$"
    # the 2023 framework report's own heading over its areas for improvement, and the older
    # reports' "What the local area needs to improve"
    r"|\bwhat (?:does|do) the local area(?: partnership)? need to do\b"
    r"|\bwhat the local area(?: partnership)? needs? to improve\b",
    re.I,
)
# "2. The support …", and a part of an area lettered after its number: "1a. The timeliness …"
_NUMBERED_ITEM_RE = re.compile(r"^[^\w\"\u201c]*(?P<num>\d{1,2}[a-z]?)\.\s+(?P<text>.+)$")
_REC_ROW_RE = re.compile(r"^(?P<id>\d{1,2}\.\d{1,2})\.?\s+(?P<text>.+)$")
_QUOTED_ID_RE = re.compile(r"^[^\w]*(?P<id>\d{1,2}\.\d{1,2}|AFI\s?\d{1,2})\b\.?\s+(?P<text>.+)$")
# "- 1.3 more effectively …": the text reader keeps a dash before a number as text (a minus?)
_DASH_ITEM_RE = re.compile(r"^[-\u2013]\s+\S")
# A quoted area is the recommendation's own words, so the match must be close: measured on
# Hillingdon's quotes, true pairs score 95-100 (ratio) and the best wrong pair 62.
QUOTE_CUTOFF = 88.0


def blocks_to_recommendations(doc_id: str, blocks: list[Block]) -> list[Recommendation]:
    """The numbered list of areas for improvement that follows an AFI heading."""
    found: dict[str, str] = {}  # rec id -> its text; the first printed stands
    listed: dict[str, str] = {}  # rec id -> its text in the list of areas, which wins
    in_sections = False  # a priority or ambition heading has been read
    labels = [labelled_rec_id(b.text) if b.kind == "line" else None for b in blocks]
    # the document labels its areas "Area for improvement 1: …": its bare list's "1." is AFI1
    labels_afis = any(label and label[0].startswith("AFI") for label in labels)
    for i, (block, labelled) in enumerate(zip(blocks, labels, strict=True)):
        if labelled and labelled[1]:
            found.setdefault(labelled[0], labelled[1])
        if (
            block.kind == "line"
            and not block.bullet
            and AFI_HEADING_RE.search(block.text)
            and len(block.text) < 120
        ):
            nearby = " ".join(b.text for b in blocks[max(0, i - 40) : i + 1] if b.kind == "line")
            prefix = "AFI" if labels_afis or re.search(r"\bAFIs?\b", nearby) else ""
            items = _list_after(blocks, i + 1)
            numbered = [it for it in items if _NUMBERED_ITEM_RE.match(it)]
            if not items:
                for rec_id, text in _id_rows_after(blocks, i + 1, prefix):
                    found.setdefault(rec_id, text)
            elif len(items) >= 2 and (
                len(numbered) >= len(items) - 1 or not (numbered or in_sections)
            ):
                # numbered (the first item may be a lead-in bullet), or bullets numbered by
                # their order before the plan's sections: under a priority, bullets under an
                # areas heading quote the areas (Hillingdon's "Areas of Improvement from
                # Inspection:"), listing none of their own
                for position, item in enumerate(items, start=1):
                    m = _NUMBERED_ITEM_RE.match(item)
                    num = m["num"] if m else str(position)
                    text = m["text"] if m else item
                    found.setdefault(f"{prefix}{num}", text.strip())
                    listed.setdefault(f"{prefix}{num}", text.strip())
        if block.kind == "line" and not block.bullet and labelled is None:
            in_sections = in_sections or bool(THEME_RE.match(block.text.strip()))
    return [
        Recommendation(
            doc_id=doc_id, rec_id=rec_id, text=listed.get(rec_id, text), source="inspection"
        )
        for rec_id, text in found.items()
    ]


def _id_rows_after(blocks: list[Block], start: int, prefix: str) -> list[tuple[str, str]]:
    """The areas listed by id after their heading, as a two-column table ("PA1 | Leaders
    should …", "Area for improvement 2 | …", "3 | …") or, where a PDF keeps the columns apart
    by space alone, as lines led by the id ("PA1 Leaders should …", wrapped onto the lines
    below): (id, text) for each; the list ends at the first row or line that is neither."""
    out: list[tuple[str, str]] = []
    wrapped = False  # the last area is cut mid-sentence by a line end
    header: str | None = None  # "Ref | Area for improvement", printed again on a new page
    lead_in = 0
    for block in blocks[start:]:
        if block.kind == "blank":
            continue
        printed = block.printed
        if header is None and not out and block.kind == "row" and row_to_roles(block.cells):
            header = " ".join(printed.split())
            continue
        if header and " ".join(printed.split()) == header:
            continue
        if block.kind == "line":
            led = _id_led(block.text.strip())
            if led:
                out.append(led)
            elif wrapped and out:
                out[-1] = (out[-1][0], f"{out[-1][1]} {block.text.strip()}")
            elif not out and lead_in < MAX_LEAD_IN:
                lead_in += 1  # "The inspection found:", or the table's header as a line
                continue
            else:
                break
            wrapped = not _ends_sentence(out[-1][1])
            continue
        wrapped = False
        cells = [c for c in block.cells if c.strip()]
        if out and len(cells) == 1 and not block.cells[0].strip():
            out[-1] = (out[-1][0], f"{out[-1][1]} {' '.join(cells[0].split())}")
            continue  # the rest of an area a page break cut, under an empty id cell
        if len(cells) != 2 or len(cells[1].split()) < 2:
            break  # (an area's first line may be two words, wrapped in a narrow column)
        head = cells[0].strip().rstrip(".:")
        labelled = labelled_rec_id(head)
        if labelled:
            rec_id = labelled[0]
        elif REC_ID_RE.fullmatch(head):
            rec_id = canonical_rec_id(head)
        elif re.fullmatch(r"\d{1,2}", head):
            rec_id = f"{prefix}{head}"
        else:
            break
        out.append((rec_id, " ".join(cells[1].split())))
    return out


# Lines of prose a list of areas by id may open with.
MAX_LEAD_IN = 3


def _id_led(line: str) -> tuple[str, str] | None:
    """("PA1", "Leaders across …") for a line "PA1 Leaders across the partnership should …":
    an area's id, then the start of a sentence in its words."""
    m = REC_ID_RE.match(line)
    if not m:
        return None
    text = line[m.end() :].lstrip(".:) ")
    if len(text) < 15 or not (text[:1].isupper() or text[:1] in '\u201c"'):
        return None
    return canonical_rec_id(m[0]), text


def _ends_sentence(text: str) -> bool:
    """Whether a line ends where a sentence or a lead-in ends; a PDF line that does not is
    cut mid-sentence, and the next line goes on with it."""
    return text.rstrip().endswith((".", ":", ";"))


def _list_after(blocks: list[Block], start: int) -> list[str]:
    """Top-level items of the list after a heading, skipping a few lines of lead-in prose.

    Top level = the first item plus every numbered one; unnumbered bullets after a numbered
    item are its sub-points (the indentation that said so is gone from text extracts). In a
    list that numbers none, each bullet is an item.
    """
    items: list[str] = []
    numbering = False  # a numbered item has been read: bullets after it are its points
    prose = 0
    wrapped = False  # the last item is cut mid-sentence by a line end (PDF)
    following = [b for b in blocks[start:] if b.kind != "blank"]
    for index, block in enumerate(following):
        if block.kind == "row":
            break
        numbered = bool(_NUMBERED_ITEM_RE.match(block.text))
        if wrapped and not (block.bullet or numbered):
            items[-1] = f"{items[-1]} {block.text}"
            wrapped = not _ends_sentence(block.text)
            continue
        wrapped = False
        if block.bullet or (numbered and len(block.text) > 40):
            numbering = numbering or numbered
            if not items or numbered or not numbering:
                items.append(block.text)
                wrapped = not block.bullet and not _ends_sentence(block.text)
            continue
        if items:
            nxt = following[index + 1] if index + 1 < len(following) else None
            if nxt is not None and _NUMBERED_ITEM_RE.match(nxt.text):
                items[-1] = f"{items[-1]} {block.text}"  # the item went on over a page break
                continue
            break
        if THEME_RE.match(block.text.strip()):
            break  # a new section ("Priority 1: …", "Area for improvement 1: …"): no list here
        prose += 1
        if prose > 6:
            break
    return items


def reference_tables(doc_id: str, tables: list[Table]) -> tuple[list[Recommendation], list[Link]]:
    """Recommendations and their stated targets from reference tables."""
    recs: list[Recommendation] = []
    links: list[Link] = []
    local = 0
    for table in tables:
        if table.kind != "reference":
            continue
        area_col, target_col = table.column("area"), table.column("link_target")
        if area_col is None or target_col is None:
            continue
        for row in table.rows:
            cells = row.cells + [""] * (max(area_col, target_col) + 1 - len(row.cells))
            area, target = cells[area_col], cells[target_col]
            if not area:
                continue
            m = _REC_ROW_RE.match(area)
            if (
                recs
                and not m
                and not _id_led(area)
                and area[:1].islower()
                and not recs[-1].text.endswith((".", "!", "?"))
            ):
                # the rest of the area above, cut by a page break ("… issued on" / "time")
                recs[-1] = recs[-1].model_copy(update={"text": f"{recs[-1].text} {area}"})
                for target_id in parse_id_list(target):
                    links.append(Link.stated(doc_id, recs[-1].rec_id, target_id, "reference_table"))
                continue
            if m:
                rec_id = m["id"]
                rec = Recommendation(
                    doc_id=doc_id,
                    rec_id=rec_id,
                    parent_id=rec_id.split(".")[0],
                    text=m["text"].strip(),
                    source="inspection",
                )
            elif led := _id_led(area):  # "AFI1: Leaders have not made sure …"
                rec_id = led[0]
                rec = Recommendation(doc_id=doc_id, rec_id=rec_id, text=led[1], source="inspection")
            else:
                local += 1
                rec_id = f"L{local}"
                rec = Recommendation(doc_id=doc_id, rec_id=rec_id, text=area, source="local")
            recs.append(rec)
            for target_id in parse_id_list(target):
                links.append(Link.stated(doc_id, rec_id, target_id, "reference_table"))
    return recs, links


def resolve_rec_id(printed: str, known: set[str]) -> str | None:
    """A cited id to an existing recommendation id: exact, else the one with the same digits.

    'AF15' is AFI5 with the I read as 1: drop a leading '1' from the digits when that names
    an existing id. Never fuzzy: 'AFI1' and 'AFI11' differ by one character (engineering notes).
    """
    canonical = canonical_rec_id(printed)
    if canonical in known:
        return canonical
    if canonical.isdigit():  # "2" in a column citing recommendations: the one numbered 2
        named = [k for k in known if re.fullmatch(rf"[A-Z]+{canonical}", k)]
        return named[0] if len(named) == 1 else None
    m = re.fullmatch(r"(?P<prefix>[A-Z]+)(?P<num>\d+)", canonical)
    if not m:
        return None
    # "AF" is "AFI" with the I lost; "AF15" is "AFI5" with the I read as a 1
    prefixes = [m["prefix"], "AFI"] if m["prefix"] == "AF" else [m["prefix"]]
    numbers = [m["num"]]
    if m["num"].startswith("1") and len(m["num"]) > 1:
        numbers.append(m["num"][1:])
    for number in numbers:
        for prefix in prefixes:
            if f"{prefix}{number}" in known:
                return f"{prefix}{number}"
    # "Rec 2" in a plan listing its recommendations "1.", "2.": the one numbered 2
    return m["num"] if m["num"] in known else None


def cited_links(
    doc_id: str, actions: list[Action], recs: list[Recommendation]
) -> tuple[list[Link], list[Diagnostic]]:
    """Links from ids cited in action rows."""
    known = {r.rec_id for r in recs}
    links: list[Link] = []
    diagnostics: list[Diagnostic] = []
    for action in actions:
        for printed in rec_refs(action):
            every = all_cited(printed, recs)
            if every is not None:
                links += [Link.stated(doc_id, r, action.action_id, "cited_in_row") for r in every]
                if not every:
                    diagnostics.append(
                        Diagnostic(
                            code="W501",
                            message=f"action {action.action_id} cites {printed!r}, "
                            "and the plan lists none",
                            where=action.action_id,
                        )
                    )
                continue
            rec_id = resolve_rec_id(printed, known)
            if rec_id is None:
                diagnostics.append(
                    Diagnostic(
                        code="W501",
                        message=f"action {action.action_id} cites {printed}, "
                        "which the plan does not define",
                        where=action.action_id,
                    )
                )
                continue
            if rec_id != canonical_rec_id(printed):
                diagnostics.append(
                    Diagnostic(
                        code="W501",
                        message=f"action {action.action_id} cites {printed}; read as {rec_id}",
                        where=action.action_id,
                    )
                )
            links.append(Link.stated(doc_id, rec_id, action.action_id, "cited_in_row"))
    return links, diagnostics


def id_links(doc_id: str, actions: list[Action], recs: list[Recommendation]) -> list[Link]:
    """Links from action ids numbered under the area they answer ("AFI1.2" under AFI1, "R2.1"
    under R2): the row's id cites it. Read after every other stated link, so that an action
    under its area's heading keeps its `section_heading` link."""
    known = {r.rec_id for r in recs}
    return [
        Link.stated(doc_id, own, action.action_id, "cited_in_row")
        for action in actions
        if (own := rec_of_action_id(action.action_id)) in known
    ]


def all_cited(printed: str, recs: list[Recommendation]) -> list[str] | None:
    """The areas a ref citing all of them means: "All AFIs" each area for improvement the
    plan lists, a bare "All" (or a label the plan's ids do not print) every area; the
    top-level ones, as the inspection numbered them, not their parts. None for any other ref."""
    prefix = cites_all(printed)
    if prefix is None:
        return None
    top = [r.rec_id for r in recs if r.parent_id is None and r.source == "inspection"]

    def prefix_of(rec_id: str) -> str:
        m = REC_ID_RE.fullmatch(rec_id)
        return rec_id_prefix(m["prefix"]) if m else ""

    named = [r for r in top if prefix and prefix_of(r) == prefix]
    return named or top


def theme_links(
    doc_id: str,
    actions: list[Action],
    recs: list[Recommendation],
    blocks: list[Block],
    contexts: list[Context],
) -> list[Link]:
    """Actions under an area-for-improvement heading ("Area for improvement 2: …" above their
    table) address that area: a `section_heading` link each. So do the actions of a priority
    whose heading follows the area's with no table between them (the priority answers it)."""
    known = {r.rec_id for r in recs}
    answers = _themes_under_areas(blocks, contexts)
    cited = _cited_by_headings(blocks, contexts)
    links: list[Link] = []
    for action in actions:
        labelled = labelled_rec_id(action.theme or "")
        rec_id = labelled[0] if labelled else answers.get(action.theme or "")
        rec_ids = [rec_id] if rec_id else []
        if not labelled:
            # "Priority 4: Care leavers (Recommendations 4 and 6)" over the actions
            rec_ids += cited.get((action.theme, None), [])
            if action.objective:
                rec_ids += cited.get((action.theme, action.objective), [])
                # a key area printed once beside its rows, citing what it answers:
                # "Timeliness (AFI1)" in a table's priority column
                rec_ids += heading_rec_ids(action.objective)
        for cited_id in dict.fromkeys(rec_ids):
            rec_id = resolve_rec_id(cited_id, known)
            if rec_id is not None:
                links.append(Link.stated(doc_id, rec_id, action.action_id, "section_heading"))
    return links


def _cited_by_headings(
    blocks: list[Block], contexts: list[Context]
) -> dict[tuple[str | None, str | None], list[str]]:
    """Recommendation ids each theme heading, and each objective heading under its theme,
    cites by label ("(Recommendations 4 and 6)"), keyed (theme, None) and (theme, objective).
    A theme heading continued on the next line keeps what its first line cited."""
    cited: dict[tuple[str | None, str | None], list[str]] = {}
    before = Context()
    for block, ctx in zip(blocks, contexts, strict=True):
        if ctx.theme != before.theme and ctx.theme:
            carried = (
                cited.get((before.theme, None), [])
                if before.theme and ctx.theme.startswith(f"{before.theme} ")
                else []
            )
            cited[(ctx.theme, None)] = carried + heading_rec_ids(block.printed)
        elif ctx.objective != before.objective and ctx.objective:
            cited[(ctx.theme, ctx.objective)] = heading_rec_ids(block.printed)
        before = ctx
    return {key: ids for key, ids in cited.items() if ids}


def _themes_under_areas(blocks: list[Block], contexts: list[Context]) -> dict[str, str]:
    """Themes ("Priority 1") whose heading comes right under an area-for-improvement heading,
    with the area each answers. Areas listed one after another with no table between them
    are a summary of the inspection, not headings over what follows: none of them counts."""
    answers: dict[str, str] = {}
    area: str | None = None  # the area heading above, while no table has followed it
    listed = False
    theme: str | None = None
    for block, ctx in zip(blocks, contexts, strict=True):
        if block.kind == "row":
            area, listed = None, False
        if ctx.theme == theme:
            continue
        theme = ctx.theme
        labelled = labelled_rec_id(theme or "")
        if labelled:
            listed = area is not None
            area = labelled[0]
        elif theme and area and not listed:
            answers.setdefault(theme, area)
    return answers


def section_links(
    doc_id: str, blocks: list[Block], contexts: list[Context], recs: list[Recommendation]
) -> list[Link]:
    """Areas for improvement quoted under an objective heading, linked to that objective.

    A quote names its area by id ("• 1.4 ensuring …") or by its words alone ("• the local
    offer is not well established …"), matched to the recommendation texts; the lead-in
    sentence of a parent area counts as a quote of the parent.
    """
    by_id = {r.rec_id: r for r in recs}
    texts = [r.text for r in recs]
    links: list[Link] = []
    for i, block in enumerate(blocks):
        ctx = contexts[i]
        if not (block.kind == "line" and AFI_HEADING_RE.search(block.text)):
            continue
        if not (ctx.theme_num and ctx.objective_num) or len(block.text) > 80:
            continue
        objective_id = f"{ctx.theme_num}.{ctx.objective_num}"
        for quote in _quotes_after(blocks, i + 1):
            rec_id = _quoted_rec(quote, by_id, texts, recs)
            if rec_id is None:
                continue
            for target in [objective_id, *cited_ids(quote)]:
                links.append(Link.stated(doc_id, rec_id, target, "section_heading"))
    return links


def _quotes_after(blocks: list[Block], start: int) -> list[str]:
    """The lines between an areas-for-improvement heading and the next table or heading."""
    quotes: list[str] = []
    wrapped = False  # the last quote is prose cut mid-sentence by a line end (PDF)
    for block in blocks[start:]:
        if block.kind == "blank":
            continue
        if block.kind == "row":
            break
        item = block.bullet or bool(_DASH_ITEM_RE.match(block.text))
        if wrapped and not item:
            quotes[-1] = f"{quotes[-1]} {block.text}"
        elif item or len(block.text) >= 60:
            quotes.append(block.text)
        else:
            break  # a short line that is not a quote: the next heading
        wrapped = not item and not _ends_sentence(block.text)
    return quotes


def _quoted_rec(
    quote: str, by_id: dict[str, Recommendation], texts: list[str], recs: list[Recommendation]
) -> str | None:
    m = _QUOTED_ID_RE.match(quote)
    if m and canonical_rec_id(m["id"]) in by_id:
        return canonical_rec_id(m["id"])
    words = re.sub(r"\((?:see also|see)[^)]*\)", "", quote).strip(" -\u2022\t")
    best = process.extractOne(
        words, texts, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=QUOTE_CUTOFF
    )
    return recs[best[2]].rec_id if best else None
