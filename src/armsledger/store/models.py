"""SQLAlchemy models: the store's schema. Only `armsledger.store` imports this.

Documents and their per-document extraction output are the durable input; the
merged ledger (entities, records, reports) is derived from them by `resolve` and
replaced as a whole, so it can always be rebuilt (`armsledger extract`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    published_from: Mapped[str] = mapped_column(String(16), default="none")
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    chars_in: Mapped[int] = mapped_column(Integer)
    chars_kept: Mapped[int] = mapped_column(Integer)
    # [[clean_start, raw_start, length], ...]
    offsets: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # [{"start", "end", "kind"}]
    segments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # [{"start", "end", "reason"}] in raw offsets
    removed: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class SentenceRow(Base):
    __tablename__ = "sentences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="body")
    text: Mapped[str] = mapped_column(Text)


class ExtractionRow(Base):
    """The candidate records one document gave (Extraction as JSON)."""

    __tablename__ = "extractions"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    mentions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kb_version: Mapped[str] = mapped_column(String(64), default="")
    extracted_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class EntityRow(Base):
    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(16), index=True)
    role: Mapped[str | None] = mapped_column(String(300))
    category: Mapped[str | None] = mapped_column(String(32))
    mentions: Mapped[int] = mapped_column(Integer, default=0)


class RecordRow(Base):
    """One merged ledger record of any kind; `payload` is its export form without
    reports, the other columns are copies kept for filtering and sorting."""

    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    supplier: Mapped[str | None] = mapped_column(String(120), index=True)
    recipient: Mapped[str | None] = mapped_column(String(120), index=True)
    system: Mapped[str | None] = mapped_column(String(200), index=True)
    category: Mapped[str | None] = mapped_column(String(32), index=True)
    status: Mapped[str | None] = mapped_column(String(32), index=True)
    type: Mapped[str | None] = mapped_column(String(32), index=True)  # event type, action, kind
    date: Mapped[str | None] = mapped_column(String(32), index=True)  # earliest date, ISO
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    n_reports: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_records_kind_date", "kind", "date"),)


class RecordPartyRow(Base):
    """Every actor a record involves (supplier, recipient, state, organisation,
    party, source, target), so `country=ARM` is one indexed lookup."""

    __tablename__ = "record_parties"

    record_id: Mapped[str] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    party: Mapped[str] = mapped_column(String(120), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)

    __table_args__ = (Index("ix_record_parties_party", "party", "record_id"),)


class ReportRow(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    attributed_to: Mapped[str | None] = mapped_column(String(300))
    modality: Mapped[str] = mapped_column(String(16), default="asserted")
    # for a conflict record: the value this report supports
    value: Mapped[str | None] = mapped_column(Text)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[str | None] = mapped_column(String(120), index=True)
    type: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
