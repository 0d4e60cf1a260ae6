"""Pydantic models of the output contract (shared/design/output-contract.md, v1).

Field names are contract names: the same word is the Python attribute, the Parquet column
and the JSON Schema property. Arrow types are declared beside each field in `json_schema_extra`
so `write.py` builds its schema from these models and nothing else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

DueKind = Literal["date", "recurring", "ongoing", "tbc", "complete", "none"]
DocType = Literal["improvement_plan", "strategy", "highlight_report", "other"]
LinkMethod = Literal["reference_table", "cited_in_row", "section_heading", "fuzzy"]


def arrow(kind: str) -> Any:
    """Attach the contract's Arrow type to a field (read by write.arrow_schema)."""
    return {"arrow": kind}


class Record(BaseModel):
    """Base of every output row: frozen, no extra keys, a contract table name."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    table: ClassVar[str] = ""
    doc_id: str = Field(json_schema_extra=arrow("string"))


class Document(Record):
    table: ClassVar[str] = "documents"
    source_file: str = Field(json_schema_extra=arrow("string"))
    source_format: Literal["pdf", "text", "html", "docx", "xlsx"] = Field(
        json_schema_extra=arrow("string")
    )
    sha256: str = Field(json_schema_extra=arrow("string"))
    council: str | None = Field(default=None, json_schema_extra=arrow("string"))
    doc_type: DocType = Field(default="other", json_schema_extra=arrow("string"))
    title: str | None = Field(default=None, json_schema_extra=arrow("string"))
    period_start: int | None = Field(default=None, json_schema_extra=arrow("int16"))
    period_end: int | None = Field(default=None, json_schema_extra=arrow("int16"))
    page_count: int | None = Field(default=None, json_schema_extra=arrow("int32"))
    report_date: dt.date | None = Field(default=None, json_schema_extra=arrow("date32"))
    overall_status: str | None = Field(default=None, json_schema_extra=arrow("string"))
    parser_version: str = Field(json_schema_extra=arrow("string"))


class Recommendation(Record):
    table: ClassVar[str] = "recommendations"
    rec_id: str = Field(json_schema_extra=arrow("string"))
    parent_id: str | None = Field(default=None, json_schema_extra=arrow("string"))
    text: str = Field(json_schema_extra=arrow("string"))
    source: Literal["inspection", "local"] = Field(json_schema_extra=arrow("string"))


class Action(Record):
    table: ClassVar[str] = "actions"
    action_id: str = Field(json_schema_extra=arrow("string"))
    theme: str | None = Field(default=None, json_schema_extra=arrow("string"))
    objective: str | None = Field(default=None, json_schema_extra=arrow("string"))
    objective_id: str | None = Field(default=None, json_schema_extra=arrow("string"))
    text: str = Field(json_schema_extra=arrow("string"))
    lead: str | None = Field(default=None, json_schema_extra=arrow("string"))
    lead_orgs: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    lead_roles: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    due_text: str | None = Field(default=None, json_schema_extra=arrow("string"))
    due_date: dt.date | None = Field(default=None, json_schema_extra=arrow("date32"))
    due_kind: DueKind = Field(default="none", json_schema_extra=arrow("string"))
    start_date: dt.date | None = Field(default=None, json_schema_extra=arrow("date32"))
    status: str | None = Field(default=None, json_schema_extra=arrow("string"))
    refs: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    page: int | None = Field(default=None, json_schema_extra=arrow("int32"))


class Measure(Record):
    table: ClassVar[str] = "measures"
    measure_id: str = Field(json_schema_extra=arrow("string"))
    text: str = Field(json_schema_extra=arrow("string"))
    action_refs: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    baseline_text: str | None = Field(default=None, json_schema_extra=arrow("string"))
    source: str | None = Field(default=None, json_schema_extra=arrow("string"))


class Target(Record):
    table: ClassVar[str] = "targets"
    measure_id: str = Field(json_schema_extra=arrow("string"))
    kind: Literal["baseline", "target", "actual"] = Field(json_schema_extra=arrow("string"))
    series: str | None = Field(default=None, json_schema_extra=arrow("string"))
    period_label: str | None = Field(default=None, json_schema_extra=arrow("string"))
    period_end: dt.date | None = Field(default=None, json_schema_extra=arrow("date32"))
    value: float | None = Field(default=None, json_schema_extra=arrow("float64"))
    unit: str | None = Field(default=None, json_schema_extra=arrow("string"))
    value_text: str = Field(json_schema_extra=arrow("string"))


class Link(Record):
    table: ClassVar[str] = "links"
    rec_id: str = Field(json_schema_extra=arrow("string"))
    target_id: str = Field(json_schema_extra=arrow("string"))
    method: LinkMethod = Field(json_schema_extra=arrow("string"))
    score: float = Field(json_schema_extra=arrow("float64"))

    @classmethod
    def stated(cls, doc_id: str, rec_id: str, target_id: str, method: LinkMethod) -> Link:
        """A link the document states itself (reference table, cited id, heading): score 1.0."""
        return cls(doc_id=doc_id, rec_id=rec_id, target_id=target_id, method=method, score=1.0)


class Risk(Record):
    table: ClassVar[str] = "risks"
    theme: str | None = Field(default=None, json_schema_extra=arrow("string"))
    action: str | None = Field(default=None, json_schema_extra=arrow("string"))
    issue: str | None = Field(default=None, json_schema_extra=arrow("string"))
    mitigation: str | None = Field(default=None, json_schema_extra=arrow("string"))


class Statement(Record):
    table: ClassVar[str] = "statements"
    theme: str | None = Field(default=None, json_schema_extra=arrow("string"))
    section: Literal[
        "objective",
        "success",
        "update",
        "milestone",
        "headline",
        "next_step",
        "voice",
        "decision",
    ] = Field(json_schema_extra=arrow("string"))
    heading: str | None = Field(default=None, json_schema_extra=arrow("string"))
    text: str = Field(json_schema_extra=arrow("string"))
    # the RAG printed beside a report's workstream, or null (a column added to contract v1)
    status: str | None = Field(default=None, json_schema_extra=arrow("string"))


class DocumentLink(Record):
    """A highlight report or strategy matched to the plan it reports on or is carried out by."""

    table: ClassVar[str] = "document_links"
    plan_doc_id: str = Field(json_schema_extra=arrow("string"))
    relation: Literal["reports_on", "carried_out_by"] = Field(json_schema_extra=arrow("string"))
    score: float = Field(json_schema_extra=arrow("float64"))


class RiskLink(Record):
    """A highlight report's risk row -> the plan action it is about (keyed like `risks`)."""

    table: ClassVar[str] = "risk_links"
    risk_theme: str | None = Field(default=None, json_schema_extra=arrow("string"))
    risk_action: str | None = Field(default=None, json_schema_extra=arrow("string"))
    plan_doc_id: str = Field(json_schema_extra=arrow("string"))
    action_id: str = Field(json_schema_extra=arrow("string"))
    score: float = Field(json_schema_extra=arrow("float64"))


class ProgressLink(Record):
    """A highlight report's progress update (a `statements` row) -> the plan action it reports."""

    table: ClassVar[str] = "progress_links"
    theme: str | None = Field(default=None, json_schema_extra=arrow("string"))
    text: str = Field(json_schema_extra=arrow("string"))
    plan_doc_id: str = Field(json_schema_extra=arrow("string"))
    action_id: str = Field(json_schema_extra=arrow("string"))
    score: float = Field(json_schema_extra=arrow("float64"))


class ObjectiveLink(Record):
    """A strategy's objective (its `statements` heading) -> the plan objective carrying it out."""

    table: ClassVar[str] = "objective_links"
    theme: str | None = Field(default=None, json_schema_extra=arrow("string"))
    heading: str = Field(json_schema_extra=arrow("string"))
    plan_doc_id: str = Field(json_schema_extra=arrow("string"))
    objective_id: str = Field(json_schema_extra=arrow("string"))
    score: float = Field(json_schema_extra=arrow("float64"))


class Coverage(Record):
    """One recommendation of a plan: the actions answering it, their leads and deadlines."""

    table: ClassVar[str] = "coverage"
    rec_id: str = Field(json_schema_extra=arrow("string"))
    parent_id: str | None = Field(default=None, json_schema_extra=arrow("string"))
    text: str = Field(json_schema_extra=arrow("string"))
    action_ids: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    lead_orgs: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    lead_roles: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    latest_due: dt.date | None = Field(default=None, json_schema_extra=arrow("date32"))
    methods: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    uncovered: bool = Field(json_schema_extra=arrow("bool"))
    overdue_ids: list[str] = Field(default_factory=list, json_schema_extra=arrow("list<string>"))
    as_of: dt.date = Field(json_schema_extra=arrow("date32"))


TABLES: tuple[type[Record], ...] = (
    Document,
    Recommendation,
    Action,
    Measure,
    Target,
    Link,
    Risk,
    Statement,
)
# Tables that link the documents of one run to each other (link/across.py).
ACROSS_TABLES: tuple[type[Record], ...] = (DocumentLink, RiskLink, ProgressLink, ObjectiveLink)


class Diagnostic(BaseModel):
    """A coded warning or error about one input, quoted in run.json and by the CLI."""

    model_config = ConfigDict(frozen=True)
    code: str
    message: str
    where: str | None = None


class Extract(BaseModel):
    """Everything planparse read from one document."""

    document: Document
    records: dict[str, list[Record]] = Field(default_factory=dict)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    def rows(self, table: str) -> list[Record]:
        if table == "documents":
            return [self.document]
        return self.records.get(table, [])
