"""Runs the stages for one document or a batch: read -> layout -> tables -> fields -> link."""

from __future__ import annotations

import traceback
from dataclasses import replace
from pathlib import Path

from planparse import __version__
from planparse.assemble.actions import tables_to_actions
from planparse.assemble.code_key import code_key, with_code_key
from planparse.assemble.document import (
    counts_six_terms,
    cover_text,
    doc_type,
    find_council,
    find_period,
    find_title,
    plan_year,
    report_facts,
    year_kind,
)
from planparse.assemble.grids import tables_to_measures
from planparse.assemble.lead_key import lead_key, with_lead_key
from planparse.assemble.narrative import blocks_to_statements, listed_risks, tables_to_risks
from planparse.assemble.recommendations import (
    blocks_to_recommendations,
    cited_links,
    id_links,
    reference_tables,
    section_links,
    theme_links,
)
from planparse.assemble.stated import statements_to_measures
from planparse.errors import PlanparseError, ReadError
from planparse.fields.dates import parse_due, term_reading, year_reading
from planparse.fields.ids import mend_ref
from planparse.layout import blocks_to_contexts, workstream_reading
from planparse.link.fuzzy import fuzzy_links
from planparse.models import Diagnostic, Document, Extract, Link, Measure, Recommendation
from planparse.read.raw import RawDocument
from planparse.tables.find import blocks_to_tables
from planparse.tables.forms import unfold_forms
from planparse.tables.period_rows import turn_period_rows
from planparse.tables.regrid import regrid
from planparse.tables.stacked import unstack_tables

PDF_MAGIC = b"%PDF-"


def sniff_format(path: Path, head: bytes) -> str | None:
    """A document's format told by its first bytes: "pdf", "docx", "xlsx", "html", or None
    when they do not say (a text extract, or something else)."""
    from planparse.read.docx import looks_like_docx
    from planparse.read.html import looks_like_html
    from planparse.read.xlsx import looks_like_xlsx

    if head.lstrip().startswith(PDF_MAGIC):
        return "pdf"
    if looks_like_docx(path, head):
        return "docx"
    if looks_like_xlsx(path, head):
        return "xlsx"
    if looks_like_html(head):
        return "html"
    return None


def read(path: Path) -> RawDocument:
    """Pick a reader by content (PDF magic bytes, a Word zip, an HTML page), then extension."""
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot open ({exc.strerror})") from exc
    suffix = path.suffix.lower()
    kind = sniff_format(path, head)
    if kind == "pdf" or (kind is None and suffix == ".pdf" and not head.startswith(b"PK")):
        from planparse.read.pdf import read_pdf

        return read_pdf(path)
    if kind == "docx":
        from planparse.read.docx import read_docx

        return read_docx(path)
    if kind == "xlsx":
        from planparse.read.xlsx import read_xlsx

        return read_xlsx(path)
    if kind == "html" or (suffix in {".html", ".htm"} and head.lstrip().startswith(b"<")):
        from planparse.read.html import read_html

        return read_html(path)
    from planparse.read.text import read_text

    return read_text(path)


def doc_id_for(sha256: str) -> str:
    """Stable id for the same input bytes."""
    return sha256[:16]


def _mend_action_refs(measures: list[Measure], action_ids: set[str]) -> list[Measure]:
    """Measures citing an action id whose dot a converter lost ("52.1") cite the action."""
    return [
        m.model_copy(update={"action_refs": [mend_ref(r, action_ids) for r in m.action_refs]})
        for m in measures
    ]


def extract_raw(raw: RawDocument) -> Extract:
    """All records of one document already read, its bare years ("2025/26") read as academic
    or financial years and its numbered terms as three or six to a year, as the document
    counts them; a highlight report's "Workstream 1: …" headings as its themes."""
    # what its title and cover call it, before its tables are counted: a report or not
    named_as = doc_type(find_title(raw.blocks), 0, 0, 0, cover_text(raw.blocks))
    with (
        year_reading(year_kind(raw.blocks)),
        term_reading(counts_six_terms(raw.blocks)),
        workstream_reading(named_as == "highlight_report"),
    ):
        return _records(raw)


def _records(raw: RawDocument) -> Extract:
    doc_id = doc_id_for(raw.sha256)
    diagnostics = [Diagnostic(code=c, message=m) for c, m in raw.warnings]
    raw = replace(raw, blocks=unstack_tables(unfold_forms(turn_period_rows(raw.blocks))))
    contexts = blocks_to_contexts(raw.blocks)
    tables = regrid(blocks_to_tables(raw.blocks, contexts))
    title = find_title(raw.blocks)
    year = plan_year(title)
    actions = tables_to_actions(doc_id, tables, year)
    actions = replace(actions, actions=with_lead_key(actions.actions, lead_key(raw.blocks)))
    actions = replace(actions, actions=with_code_key(actions.actions, code_key(raw.blocks)))
    start, end = find_period(title, raw.blocks)
    measures, targets, grid_diagnostics = tables_to_measures(doc_id, tables, year, (start, end))
    measures = _mend_action_refs(measures, {a.action_id for a in actions.actions})
    risks = tables_to_risks(doc_id, tables) + listed_risks(doc_id, raw.blocks, contexts)
    list_recs = blocks_to_recommendations(doc_id, raw.blocks)
    ref_recs, ref_links = reference_tables(doc_id, tables)
    recs = _merge_recs(list_recs + ref_recs + actions.recommendations)
    links_cited, link_diags = cited_links(doc_id, actions.actions, recs)
    diagnostics += actions.diagnostics + grid_diagnostics + link_diags
    quoted = section_links(doc_id, raw.blocks, contexts, recs)
    headed = theme_links(doc_id, actions.actions, recs, raw.blocks, contexts)
    numbered = id_links(doc_id, actions.actions, recs)
    stated = _unique_links(ref_links + actions.links + links_cited + quoted + headed + numbered)
    links = stated + fuzzy_links(doc_id, recs, actions.actions, stated)
    kind = doc_type(title, len(actions.actions), len(risks), 0, cover_text(raw.blocks))
    statements = blocks_to_statements(doc_id, raw.blocks, contexts, kind, tables)
    if not measures:  # a plan without a grid may state its success measures in words
        measures, targets = statements_to_measures(doc_id, statements)
    if kind == "other" and statements:
        kind = "strategy"
    report_date_text, status = (
        report_facts(raw.blocks) if kind == "highlight_report" else (None, None)
    )
    document = Document(
        doc_id=doc_id,
        source_file=raw.source_file,
        source_format=raw.source_format,
        sha256=raw.sha256,
        council=find_council(raw.blocks, title),
        doc_type=kind,  # type: ignore[arg-type]
        title=title,
        period_start=start,
        period_end=end,
        page_count=raw.page_count,
        report_date=parse_due(report_date_text).due_date if report_date_text else None,
        overall_status=status,
        parser_version=__version__,
    )
    if not (actions.actions or measures or risks or statements or recs):
        diagnostics.append(
            Diagnostic(
                code="W201",
                message=f"{raw.source_file}: no plan structure found "
                "(no action, measure, risk or recommendation tables)",
            )
        )
    elif recs and not actions.actions and kind != "highlight_report":
        # a plan answering an inspection that gave no actions: they are printed in a form
        # the tables stage does not read, and an analyst should look (`planparse inspect`)
        diagnostics.append(
            Diagnostic(
                code="W202",
                message=f"{raw.source_file}: {len(recs)} recommendations but no actions found; "
                "the action tables may be laid out in a way planparse does not read",
            )
        )
    return Extract(
        document=document,
        records={
            "recommendations": list(recs),
            "actions": list(actions.actions),
            "measures": list(measures),
            "targets": list(targets),
            "links": list(links),
            "risks": list(risks),
            "statements": list(statements),
        },
        diagnostics=diagnostics,
    )


def _merge_recs(recs: list[Recommendation]) -> list[Recommendation]:
    seen: dict[str, Recommendation] = {}
    for rec in recs:
        seen.setdefault(rec.rec_id, rec)
    return list(seen.values())


def _unique_links(links: list[Link]) -> list[Link]:
    seen: dict[tuple[str, str], Link] = {}
    for link in links:
        seen.setdefault((link.rec_id, link.target_id), link)
    return list(seen.values())


def prepare() -> None:
    """Load what every document needs (the lead pipeline, dateparser, pdfplumber) and freeze
    the objects they made out of the garbage collector's way.

    A PDF page makes tens of thousands of objects, so Python's collector runs often; each full
    pass would walk spaCy's and pyarrow's objects too, which never die. `gc.freeze()` keeps
    them out of those passes: about a tenth of a PDF's time. Batch workers call this once.
    """
    import gc

    import pdfplumber  # noqa: F401

    from planparse.fields.leads import parse_lead

    parse_lead("AD of SEND LBH")
    parse_due("by May 2025")
    gc.freeze()


def extract(path: str | Path) -> Extract:
    """Extract one document; raises PlanparseError when it cannot be read."""
    return extract_raw(read(Path(path)))


class Failure(Exception):
    """A document that could not be extracted, with its diagnostic."""

    def __init__(self, path: Path, diagnostic: Diagnostic, debug: str | None = None) -> None:
        super().__init__(diagnostic.message)
        self.path, self.diagnostic, self.debug = path, diagnostic, debug


def extract_safely(path: Path) -> Extract | Failure:
    """Extract one document of a batch: every error becomes a Failure, never an exception."""
    try:
        return extract(path)
    except PlanparseError as exc:
        return Failure(path, Diagnostic(code=exc.code, message=str(exc)))
    except MemoryError:
        return Failure(path, Diagnostic(code="E902", message=f"{path.name}: ran out of memory"))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return Failure(
            path,
            Diagnostic(
                code="E901", message=f"{path.name}: internal error {type(exc).__name__}: {exc}"
            ),
            traceback.format_exc(),
        )
