"""Read-side queries for the API and the web pages: filtered, paginated lists of
records, one record with its evidence, entities, documents with their spans,
a country's alignment by year and the supplier network. SQLAlchemy expressions
only (parameterised); every list is bounded by its caller's limit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select

from armsledger.store.models import (
    DocumentRow,
    EntityRow,
    ExtractionRow,
    RecordPartyRow,
    RecordRow,
    ReportRow,
    SentenceRow,
)

# PLOVER types that draw states together, and those that push them apart
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
HOSTILE = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SORTABLE = {"date": RecordRow.date, "supplier": RecordRow.supplier, "recipient": RecordRow.recipient,
            "system": RecordRow.system, "category": RecordRow.category, "status": RecordRow.status,
            "reports": RecordRow.n_reports}


@dataclass(frozen=True)
class Filters:
    country: str | None = None
    system: str | None = None
    category: str | None = None
    status: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None


def list_records(engine: Engine, kind: str, f: Filters, limit: int, offset: int,
                 sort: str = "date", descending: bool = True) -> tuple[list[dict[str, Any]], int]:
    conds = [RecordRow.kind == kind]
    if f.country:
        conds.append(RecordRow.id.in_(select(RecordPartyRow.record_id).where(RecordPartyRow.party == f.country)))
    if f.system:
        conds.append(func.lower(RecordRow.system) == f.system.lower())
    if f.category:
        conds.append(RecordRow.category == f.category)
    if f.status:
        conds.append(RecordRow.status == f.status)
    if f.type:
        conds.append(RecordRow.type == f.type)
    if f.since:
        conds.append(RecordRow.date >= f.since)
    if f.until:
        conds.append(RecordRow.date <= f.until + "\uffff")
    where = and_(*conds)
    col = SORTABLE.get(sort, RecordRow.date)
    order = [col.desc() if descending else col.asc(), RecordRow.id]
    with engine.connect() as c:
        total = c.execute(select(func.count()).select_from(RecordRow).where(where)).scalar_one()
        rows = list(c.execute(select(RecordRow.id, RecordRow.payload).where(where).order_by(*order)
                              .limit(limit).offset(offset)))
        reps = reports_for(engine, [r.id for r in rows])
    items = []
    for r in rows:
        d = dict(r.payload)
        if kind == "conflict":
            d["values"] = _values(d.get("values", []), reps.get(r.id, []))
        else:
            d["reports"] = [_public(x) for x in reps.get(r.id, [])]
        items.append(d)
    return items, total


def _public(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rep.items() if not k.startswith("_")}


def _values(values: list[dict[str, Any]], reps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"value": v["value"], "reports": [_public(x) for x in reps if x.get("_v") == str(v["value"])]}
            for v in values]


def reports_for(engine: Engine, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return out
    with engine.connect() as c:
        for k in range(0, len(ids), 500):
            q = (select(ReportRow.record_id, ReportRow.document_id, ReportRow.quote, ReportRow.start, ReportRow.end,
                        ReportRow.attributed_to, ReportRow.modality, ReportRow.value, DocumentRow.outlet,
                        DocumentRow.published, DocumentRow.title)
                 .join(DocumentRow, DocumentRow.id == ReportRow.document_id)
                 .where(ReportRow.record_id.in_(ids[k : k + 500])).order_by(ReportRow.id))
            for r in c.execute(q):
                out[r.record_id].append({
                    "document": r.document_id, "quote": r.quote, "start": r.start, "end": r.end,
                    "attributed_to": r.attributed_to, "modality": r.modality, "outlet": r.outlet,
                    "published": r.published, "title": r.title, "_v": r.value})
    return out


def record(engine: Engine, record_id: str) -> dict[str, Any] | None:
    with engine.connect() as c:
        r = c.execute(select(RecordRow.id, RecordRow.kind, RecordRow.payload).where(RecordRow.id == record_id)).first()
    if r is None:
        return None
    d = dict(r.payload)
    reps = reports_for(engine, [r.id]).get(r.id, [])
    if r.kind == "conflict":
        d["values"] = _values(d.get("values", []), reps)
    else:
        d["reports"] = [_public(x) for x in reps]
    return d


def entity(engine: Engine, entity_id: str, limit: int = 200) -> dict[str, Any] | None:
    with engine.connect() as c:
        e = c.execute(select(EntityRow).where(EntityRow.id == entity_id)).first()
        if e is None:
            return None
        key = entity_id.split(":", 1)[1] if ":" in entity_id else entity_id
        party = key if e.type in ("state", "organization") else e.name
        recs = [dict(r.payload) for r in c.execute(
            select(RecordRow.payload).where(or_(
                RecordRow.id.in_(select(RecordPartyRow.record_id).where(RecordPartyRow.party == party)),
                func.lower(RecordRow.system) == e.name.lower())).order_by(RecordRow.date.desc()).limit(limit))]
    return {"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, "country": e.country,
            "role": e.role, "category": e.category, "mentions": e.mentions, "records": recs}


def document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    with engine.connect() as c:
        d = c.execute(select(DocumentRow).where(DocumentRow.id == doc_id)).first()
        if d is None:
            return None
        ex = c.execute(select(ExtractionRow.mentions).where(ExtractionRow.document_id == doc_id)).first()
        mentions = sorted(({"start": m["start"], "end": m["end"], "type": m["type"], "entity": _entity_id(m),
                            "text": m["text"]} for m in ((ex.mentions if ex else None) or [])),
                          key=lambda m: m["start"])
        reports = [{"start": r.start, "end": r.end, "record": r.record_id, "kind": r.kind}
                   for r in c.execute(select(ReportRow.start, ReportRow.end, ReportRow.record_id, RecordRow.kind)
                                      .join(RecordRow, RecordRow.id == ReportRow.record_id)
                                      .where(ReportRow.document_id == doc_id).order_by(ReportRow.start))]
        sentences = [{"start": s.start, "end": s.end, "kind": s.kind}
                     for s in c.execute(select(SentenceRow.start, SentenceRow.end, SentenceRow.kind)
                                        .where(SentenceRow.document_id == doc_id).order_by(SentenceRow.idx))]
    removed = [{"start": x["start"], "end": x["end"], "reason": x["reason"], "text": d.raw[x["start"] : x["end"]]}
               for x in d.removed or []]
    return {"id": d.id, "source": d.source, "url": d.url, "outlet": d.outlet, "title": d.title,
            "author": d.author, "published": d.published, "published_from": d.published_from,
            "language": d.language, "text": d.text, "chars_in": d.chars_in, "chars_kept": d.chars_kept,
            "sentences": sentences, "mentions": mentions, "reports": reports, "removed": removed}


_PREFIX = {"state": "state", "organization": "org", "weapon_system": "system", "company": "company",
           "media": "media", "place": "place"}


def _entity_id(m: dict[str, Any]) -> str | None:
    """The entity a mention names (people are merged across documents: no direct id)."""
    p = _PREFIX.get(m.get("type", ""))
    return f"{p}:{m['key']}" if p and m.get("key") else None


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as c:
        out = {"documents": c.execute(select(func.count()).select_from(DocumentRow)).scalar_one()}
        for kind, n in c.execute(select(RecordRow.kind, func.count()).group_by(RecordRow.kind)):
            out[kind] = n
    return out


def latest(engine: Engine, limit: int = 10) -> list[dict[str, Any]]:
    with engine.connect() as c:
        return [{"id": r.id, "kind": r.kind, **dict(r.payload)} for r in c.execute(
            select(RecordRow.id, RecordRow.kind, RecordRow.payload)
            .where(RecordRow.kind.in_(["transfer", "membership", "agreement"]))
            .order_by(RecordRow.date.desc().nulls_last(), RecordRow.id).limit(limit))]


def country_known(engine: Engine, iso3: str) -> bool:
    with engine.connect() as c:
        return c.execute(select(RecordPartyRow.record_id).where(RecordPartyRow.party == iso3).limit(1)).first() is not None


def alignment(engine: Engine, iso3: str) -> dict[str, Any]:
    """Per year: arms imports by supplier; cooperative and hostile events by partner;
    memberships and agreements."""
    imports: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    exports: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    events: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: {"cooperative": 0, "hostile": 0}))
    timeline: list[dict[str, Any]] = []
    ids = select(RecordPartyRow.record_id).where(RecordPartyRow.party == iso3)
    with engine.connect() as c:
        for r in c.execute(select(RecordRow.kind, RecordRow.payload, RecordRow.year).where(RecordRow.id.in_(ids))):
            d = r.payload
            year = str(r.year) if r.year else "undated"
            if r.kind == "transfer":
                if d.get("recipient") == iso3 and d.get("supplier"):
                    imports[year][d["supplier"]] += 1
                elif d.get("supplier") == iso3 and d.get("recipient"):
                    exports[year][d["recipient"]] += 1
            elif r.kind == "event":
                partner = d["target"] if d.get("source") == iso3 else d.get("source")
                side = "cooperative" if d.get("type") in COOPERATIVE else "hostile"
                if partner:
                    events[year][partner][side] += 1
            elif r.kind in ("membership", "agreement"):
                timeline.append({"kind": r.kind, "id": d.get("id"), "date": d.get("date"),
                                 "what": d.get("action") or d.get("kind"), "with": d.get("organization")
                                 or ", ".join(p for p in d.get("parties", []) if p != iso3),
                                 "status": d.get("status")})
    timeline.sort(key=lambda x: x["date"] or "9999")
    return {"country": iso3,
            "imports": {y: dict(v) for y, v in sorted(imports.items())},
            "exports": {y: dict(v) for y, v in sorted(exports.items())},
            "events": {y: {p: dict(s) for p, s in v.items()} for y, v in sorted(events.items())},
            "timeline": timeline}


def network(engine: Engine, since: int | None, until: int | None, category: str | None,
            limit: int = 2000) -> list[dict[str, Any]]:
    """Edges supplier -> recipient with the number of deals (bounded)."""
    conds = [RecordRow.kind == "transfer", RecordRow.supplier.is_not(None), RecordRow.recipient.is_not(None)]
    if since is not None:
        conds.append(RecordRow.year >= since)
    if until is not None:
        conds.append(RecordRow.year <= until)
    if category:
        conds.append(RecordRow.category == category)
    q = (select(RecordRow.supplier, RecordRow.recipient, func.count().label("n")).where(and_(*conds))
         .group_by(RecordRow.supplier, RecordRow.recipient).order_by(func.count().desc()).limit(limit))
    with engine.connect() as c:
        return [{"supplier": r.supplier, "recipient": r.recipient, "deals": r.n} for r in c.execute(q)]
