"""Store: the only code that speaks SQL.

`Store(url)` opens any SQLAlchemy URL (SQLite by default, `armsledger.db`, or the
`ARMSLEDGER_DB` environment variable; PostgreSQL as `postgresql+psycopg://...`),
brings the schema to the latest Alembic migration, and offers the write side
(documents with their sentences and extraction output, one batch per
transaction; the merged ledger replaced as a whole) and the read side the CLI and
the export need. Every query is built with SQLAlchemy expressions: parameterised.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

from armsledger.records import (
    Document,
    Extraction,
    Ledger,
    Sentence,
    extraction_from_json,
    to_plain,
)
from armsledger.store.models import (
    DocumentRow,
    EntityRow,
    ExtractionRow,
    MentionRow,
    RecordPartyRow,
    RecordRow,
    ReportRow,
    SentenceRow,
)
from armsledger.store.search import index_sentences, last_sentence_id

DEFAULT_URL = "sqlite:///armsledger.db"
KINDS = ("transfer", "membership", "agreement", "event", "budget", "conflict")


class StoreError(RuntimeError):
    """The store cannot be opened or used (bad URL, unreachable server)."""


def resolve_url(url: str | None) -> str:
    return url or os.environ.get("ARMSLEDGER_DB") or DEFAULT_URL


class Store:
    def __init__(self, url: str | None = None, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        try:
            self.engine: Engine = create_engine(self.url, json_serializer=_json_dumps, json_deserializer=orjson.loads)
        except (ArgumentError, ImportError, ValueError) as e:
            raise StoreError(f"cannot open database URL {self.url!r}: {e}") from e
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            try:
                self.migrate()
            except OperationalError as e:
                raise StoreError(f"cannot open database {self.url!r}: {e.orig}") from e

    # -- schema ----------------------------------------------------------------------
    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("armsledger.store").joinpath("migrations")))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine) as s:
            yield s

    # -- write side ---------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        with self.engine.connect() as c:
            rows = c.execute(select(DocumentRow.content_hash).where(DocumentRow.content_hash.in_(list(hashes))))
            return {r[0] for r in rows}

    def add_batch(self, items: Sequence[tuple[Document, list[Sentence], Extraction | None]]) -> tuple[int, int]:
        """Store documents with their sentences and extraction in ONE transaction:
        a killed ingest leaves whole batches or nothing. Returns (new, unchanged)."""
        known = self.known_hashes([d.content_hash for d, _, _ in items])
        fresh: list[tuple[Document, list[Sentence], Extraction | None]] = []
        seen: set[str] = set()
        for d, s, e in items:
            if d.content_hash in known or d.content_hash in seen:
                continue
            seen.add(d.content_hash)
            fresh.append((d, s, e))
        if fresh:
            with self.engine.begin() as c:
                c.execute(insert(DocumentRow), [_doc_row(d) for d, _, _ in fresh])
                sents = [
                    {"document_id": d.id, "idx": i, "start": s.start, "end": s.end, "kind": s.kind, "text": s.text}
                    for d, ss, _ in fresh for i, s in enumerate(ss)
                ]
                if sents:
                    before = last_sentence_id(c)
                    c.execute(insert(SentenceRow), sents)
                    index_sentences(c, before)  # (the full-text index of the rows just stored)
                exs = [_extraction_row(d.id, e) for d, _, e in fresh if e is not None]
                if exs:
                    c.execute(insert(ExtractionRow), exs)
        return len(fresh), len(items) - len(fresh)

    def add_document(self, doc: Document, sentences: list[Sentence], extraction: Extraction | None) -> bool:
        new, _ = self.add_batch([(doc, sentences, extraction)])
        return new == 1

    def set_extraction(self, doc_id: str, extraction: Extraction) -> None:
        with self.engine.begin() as c:
            c.execute(delete(ExtractionRow).where(ExtractionRow.document_id == doc_id))
            c.execute(insert(ExtractionRow), [_extraction_row(doc_id, extraction)])

    def replace_ledger(self, ledger: Ledger) -> None:
        """Rewrite the merged ledger (entities, records, parties, reports, mentions) in
        one transaction."""
        with self.engine.begin() as c:
            for table in (ReportRow, RecordPartyRow, RecordRow, EntityRow, MentionRow):
                c.execute(delete(table))
            if ledger.entities:
                c.execute(insert(EntityRow), [
                    {"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases), "country": e.country,
                     "role": e.role, "category": e.category, "mentions": e.mentions}
                    for e in ledger.entities
                ])
            records: list[dict[str, Any]] = []
            parties: list[dict[str, Any]] = []
            reports: list[dict[str, Any]] = []
            for rec in [*ledger.records()]:
                d = rec.to_dict()
                kind = d["record"]
                reps = d.pop("reports", [])
                records.append(_record_row(kind, rec.id, d, len(reps)))
                parties.extend({"record_id": rec.id, "party": p, "role": r} for p, r in _parties(kind, d))
                reports.extend({"record_id": rec.id, "document_id": r["document"], "start": r["start"],
                                "end": r["end"], "quote": r["quote"], "attributed_to": r["attributed_to"],
                                "modality": r["modality"], "value": None} for r in reps)
            for cf in ledger.conflicts:
                d = cf.to_dict()
                vals = d.pop("values")
                records.append(_record_row("conflict", cf.id, {**d, "values": [{"value": v["value"]} for v in vals]},
                                           sum(len(v["reports"]) for v in vals)))
                parties.append({"record_id": cf.id, "party": cf.subject_name, "role": "subject"})
                for v in vals:
                    reports.extend({"record_id": cf.id, "document_id": r["document"], "start": r["start"],
                                    "end": r["end"], "quote": r["quote"], "attributed_to": r["attributed_to"],
                                    "modality": r["modality"], "value": str(v["value"])} for r in v["reports"])
            known_docs = {r[0] for r in c.execute(select(DocumentRow.id))}
            reports = [r for r in reports if r["document_id"] in known_docs]
            if records:
                c.execute(insert(RecordRow), records)
            if parties:
                uniq = {(p["record_id"], p["party"], p["role"]): p for p in parties}
                c.execute(insert(RecordPartyRow), list(uniq.values()))
            if reports:
                c.execute(insert(ReportRow), reports)
            # mentions stay in each document's extraction row (read from there by the
            # document page): copying them into a table cost a fifth of a large ingest

    # -- read side -------------------------------------------------------------------------
    def iter_extractions(self) -> Iterator[tuple[dict[str, Any], Extraction, list[dict[str, Any]]]]:
        """(document info, extraction, its mentions as stored) for every stored document,
        in id order. The mentions stay plain rows (the extraction's list is empty): the
        ledger only counts them, and making objects of them was a third of a rebuild."""
        q = (select(DocumentRow.id, DocumentRow.published, DocumentRow.outlet, DocumentRow.source,
                    ExtractionRow.payload, ExtractionRow.mentions)
             .join(ExtractionRow, ExtractionRow.document_id == DocumentRow.id).order_by(DocumentRow.id))
        with self.engine.connect() as c:
            for row in c.execute(q):
                yield ({"id": row.id, "published": row.published, "outlet": row.outlet, "source": row.source},
                       extraction_from_json(row.payload), row.mentions or [])

    def iter_documents(self) -> Iterator[Document]:
        with self.engine.connect() as c:
            for r in c.execute(select(DocumentRow).order_by(DocumentRow.id)):
                yield _document(r)

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as c:
            r = c.execute(select(DocumentRow).where(DocumentRow.id == doc_id)).first()
            return _document(r) if r else None

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        q = (select(DocumentRow.id, DocumentRow.source, DocumentRow.outlet, DocumentRow.title,
                    DocumentRow.published, DocumentRow.published_from, DocumentRow.language,
                    DocumentRow.chars_in, DocumentRow.chars_kept)
             .order_by(DocumentRow.published.desc(), DocumentRow.id).limit(limit).offset(offset))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def kb_versions(self) -> dict[str, str]:
        with self.engine.connect() as c:
            return {r[0]: r[1] for r in c.execute(select(ExtractionRow.document_id, ExtractionRow.kb_version))}

    def entities(self) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            return [{"record": "entity", **dict(r._mapping)}
                    for r in c.execute(select(EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.aliases,
                                              EntityRow.country, EntityRow.role, EntityRow.category,
                                              EntityRow.mentions).order_by(EntityRow.id))]

    def all_records(self, kind: str | None = None, country: str | None = None, since: str | None = None,
                    until: str | None = None) -> list[dict[str, Any]]:
        """Records in the export contract's form (with reports), filtered."""
        q = select(RecordRow.id, RecordRow.kind, RecordRow.payload)
        if kind:
            q = q.where(RecordRow.kind == kind)
        if country:
            q = q.where(RecordRow.id.in_(select(RecordPartyRow.record_id).where(RecordPartyRow.party == country)))
        if since:
            q = q.where(RecordRow.date >= since)
        if until:
            q = q.where(RecordRow.date <= until + "\uffff")
        q = q.order_by(RecordRow.kind, RecordRow.date, RecordRow.id)
        with self.engine.connect() as c:
            rows = list(c.execute(q))
            reps = self._reports(c, [r.id for r in rows])
        out = []
        for r in rows:
            d = dict(r.payload)
            rs = reps.get(r.id, [])
            if r.kind == "conflict":
                d["values"] = _conflict_values(d.get("values", []), rs)
            else:
                for x in rs:
                    x.pop("_v", None)
                d["reports"] = rs
            out.append(d)
        return out

    def record(self, record_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            r = c.execute(select(RecordRow.id, RecordRow.kind, RecordRow.payload).where(RecordRow.id == record_id)).first()
            if r is None:
                return None
            rs = self._reports(c, [r.id], with_docs=True).get(r.id, [])
        d = dict(r.payload)
        if r.kind == "conflict":
            d["values"] = _conflict_values(d.get("values", []), rs)
        else:
            for x in rs:
                x.pop("_v", None)
            d["reports"] = rs
        return d

    def _reports(self, c: Connection, ids: list[str], with_docs: bool = False) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            q = (select(ReportRow.record_id, ReportRow.document_id, ReportRow.quote, ReportRow.start, ReportRow.end,
                        ReportRow.attributed_to, ReportRow.modality, ReportRow.value, DocumentRow.outlet,
                        DocumentRow.published, DocumentRow.title)
                 .join(DocumentRow, DocumentRow.id == ReportRow.document_id)
                 .where(ReportRow.record_id.in_(part)).order_by(ReportRow.id))
            for r in c.execute(q):
                rep = {"document": r.document_id, "quote": r.quote, "start": r.start, "end": r.end,
                       "attributed_to": r.attributed_to, "modality": r.modality, "_v": r.value}
                if with_docs:
                    rep.update({"outlet": r.outlet, "published": r.published, "title": r.title})
                out.setdefault(r.record_id, []).append(rep)
        return out

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            out = {"documents": c.execute(select(func.count()).select_from(DocumentRow)).scalar_one(),
                   "entities": c.execute(select(func.count()).select_from(EntityRow)).scalar_one()}
            for kind, n in c.execute(select(RecordRow.kind, func.count()).group_by(RecordRow.kind)):
                out[kind] = n
        for k in KINDS:
            out.setdefault(k, 0)
        return out


def _conflict_values(values: list[dict[str, Any]], reps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for v in values:
        rs = [{k: x[k] for k in x if not k.startswith("_")} for x in reps if x.get("_v") == str(v["value"])]
        out.append({"value": v["value"], "reports": rs})
    return out


def _json_dumps(value: Any) -> str:
    """JSON columns through orjson: the standard library's encoder and decoder were
    a tenth of an ingest (bench/ingest_throughput.py: store and rebuild 2.0 -> 1.4 ms
    an article). Records (dataclasses) are written as their fields. The standard one
    stays for what orjson refuses (integers beyond 64 bits)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(to_plain(value))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _doc_row(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "content_hash": d.content_hash, "source": d.source, "url": d.url, "outlet": d.outlet,
        "title": d.title, "author": d.author, "published": d.published, "published_from": d.published_from,
        "language": d.language, "text": d.text, "raw": d.raw, "chars_in": d.chars_in, "chars_kept": d.chars_kept,
        "offsets": [list(o) for o in d.offsets],
        "segments": [{"start": s.start, "end": s.end, "kind": s.kind} for s in d.segments],
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in d.removed],
    }


def _document(r: Any) -> Document:
    from armsledger.records import Removed, Segment

    return Document(
        id=r.id, source=r.source, text=r.text, raw=r.raw, url=r.url, outlet=r.outlet, title=r.title,
        author=r.author, published=r.published, published_from=r.published_from, language=r.language,
        offsets=[(int(o[0]), int(o[1]), int(o[2])) for o in r.offsets or []],
        segments=[Segment(s["start"], s["end"], s["kind"]) for s in r.segments or []],
        removed=[Removed(x["start"], x["end"], x["reason"]) for x in r.removed or []],
        content_hash=r.content_hash,
    )


def _extraction_row(doc_id: str, e: Extraction) -> dict[str, Any]:
    from armsledger.knowledge import load_kb

    # the records themselves, not a copy of them as dicts: orjson writes dataclasses as
    # the same JSON (_json_dumps), in a fraction of the time
    payload = {name: getattr(e, name) for name in _EXTRACTION_FIELDS if name != "mentions"}
    return {"document_id": doc_id, "payload": payload, "mentions": e.mentions, "kb_version": load_kb().version}


_EXTRACTION_FIELDS = tuple(f.name for f in dataclasses.fields(Extraction))


def _record_row(kind: str, rid: str, d: dict[str, Any], n_reports: int) -> dict[str, Any]:
    date = None
    typ = None
    if kind == "transfer":
        date = d.get("order_date") or d.get("delivery_date")
    elif kind in ("membership", "agreement", "event"):
        date = d.get("date")
        typ = d.get("action") or d.get("type") if kind != "agreement" else d.get("kind")
    elif kind == "budget":
        date = str(d.get("year")) if d.get("year") else None
    elif kind == "conflict":
        typ = d.get("attribute")
    date = date.split("/")[0] if isinstance(date, str) else None
    return {
        "id": rid, "kind": kind, "payload": d,
        "supplier": d.get("supplier"), "recipient": d.get("recipient"), "system": d.get("system"),
        "category": d.get("category"),
        "status": d.get("status") if kind in ("transfer", "agreement") else None,
        "type": typ, "date": date, "year": int(date[:4]) if date and date[:4].isdigit() else None,
        "n_reports": n_reports,
    }


def _parties(kind: str, d: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if kind == "transfer":
        out += [(d["supplier"], "supplier")] if d.get("supplier") else []
        out += [(d["recipient"], "recipient")] if d.get("recipient") else []
    elif kind == "membership":
        out += [(d["state"], "state"), (d["organization"], "organization")]
    elif kind == "agreement":
        out += [(p, "party") for p in d.get("parties") or []]
    elif kind == "event":
        out += [(d["source"], "source"), (d["target"], "target")]
    elif kind == "budget":
        out += [(d["state"], "state")]
    return [(p, r) for p, r in out if p]
