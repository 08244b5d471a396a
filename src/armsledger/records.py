"""Typed records shared by every stage of the pipeline.

ingest -> RawDocument -> clean -> Document -> analyse -> Sentence/Mention
-> extract -> candidate records (one document) -> resolve -> merged records
-> store / export / serve.

Records are plain dataclasses so that they pickle (for a distributed engine) and
turn into the export contract's JSON with `to_dict`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from dataclasses import dataclass, field
from typing import Any, Literal

# Segment kinds that cleaning marks; extraction must never make a record from a
# caption or a teaser alone.
SegmentKind = Literal["body", "title", "caption", "teaser"]
PublishedFrom = Literal["metadata", "text", "inferred", "none"]
Modality = Literal["asserted", "reported", "denied", "planned", "hypothetical"]
TransferStatus = Literal["talks", "ordered", "delivered", "cancelled"]

CATEGORIES = (
    "aircraft",
    "air_defence",
    "anti_submarine",
    "armoured_vehicles",
    "artillery",
    "engines",
    "missiles",
    "naval_weapons",
    "satellites",
    "sensors",
    "ships",
    "other",
)
STATUS_ORDER = {"talks": 0, "ordered": 1, "delivered": 2, "cancelled": 3}
MEMBERSHIP_ACTIONS = (
    "join",
    "apply",
    "withdraw",
    "announce_withdrawal",
    "suspend",
    "boycott",
    "reaffirm",
)
AGREEMENT_KINDS = (
    "defense_cooperation",
    "strategic_partnership",
    "arms_contract",
    "financial",
    "peace",
    "other",
)
AGREEMENT_STATUSES = ("negotiating", "signed", "announced")
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def max_status(a: str, b: str) -> str:
    """The furthest stage of a deal two reports give; a cancellation (or suspension) ends a
    deal in talks or ordered ("the contract, awarded in 2023, was cancelled"), not one
    whose weapons were delivered."""
    if a == "cancelled":
        return "cancelled" if b in ("talks", "ordered") else b
    if b == "cancelled":
        return "cancelled" if a in ("talks", "ordered") else a
    return a if STATUS_ORDER[a] >= STATUS_ORDER[b] else b


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id: the same inputs always give the same id."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:16]}"


@dataclass(slots=True)
class RawDocument:
    """What a reader produced from one input: text or HTML plus what metadata it had."""

    source: str  # path (with '#line' for JSON Lines) or URL it was read from
    content: str
    kind: Literal["text", "html"]
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # as given by metadata, not yet normalised
    language: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.content.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Segment:
    """A span of the cleaned text with a role other than body text."""

    start: int
    end: int
    kind: SegmentKind


@dataclass(slots=True)
class Removed:
    """A span of the raw text that cleaning dropped, and why."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Document:
    id: str
    source: str
    text: str  # cleaned main text: every offset in the ledger points into it
    raw: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 at the precision known
    published_from: PublishedFrom = "none"
    language: str | None = "en"
    # offset map: sorted (clean_start, raw_start, length) runs copied verbatim
    offsets: list[tuple[int, int, int]] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    content_hash: str = ""

    @property
    def chars_in(self) -> int:
        return len(self.raw)

    @property
    def chars_kept(self) -> int:
        return len(self.text)

    def raw_offset(self, clean_offset: int) -> int | None:
        """Map an offset of the cleaned text back to the raw text."""
        for cs, rs, n in self.offsets:
            if cs <= clean_offset < cs + n:
                return rs + (clean_offset - cs)
        return None

    def segment_kind(self, start: int, end: int) -> SegmentKind:
        for s in self.segments:
            if s.start <= start and end <= s.end:
                return s.kind
        return "body"

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": "document",
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "text": self.text,
            "chars_in": self.chars_in,
            "chars_kept": self.chars_kept,
        }


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    kind: SegmentKind = "body"


@dataclass(slots=True)
class Mention:
    """A span of the cleaned text that names something the knowledge base knows
    (or that looks like a weapon system from the shape of the phrase)."""

    start: int
    end: int
    text: str
    type: str  # state, organization, person, weapon_system, company, place, media, other
    key: str | None  # canonical key: ISO3, org acronym, system designation, person name
    sentence: int = -1
    country: str | None = None  # the state it ties to (demonym, capital, company, title)
    role: str | None = None  # for people and titles
    category: str | None = None  # for weapon systems
    form: str = "name"  # name, demonym, capital, metonym, acronym, title, ...


@dataclass(slots=True)
class Report:
    document: str
    quote: str
    start: int
    end: int
    attributed_to: str | None = None
    modality: Modality = "asserted"
    published: str | None = None  # the document's date, for display; not in the contract
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "attributed_to": self.attributed_to,
            "modality": self.modality,
        }


def _dict(rec: Any, kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {"record": kind}
    for f in dataclasses.fields(rec):
        v = getattr(rec, f.name)
        if f.name == "reports":
            v = [r.to_dict() for r in v]
        elif f.name == "attrs":
            continue
        out[f.name] = v
    return out


@dataclass(slots=True)
class Transfer:
    id: str
    supplier: str | None
    recipient: str | None
    system: str | None
    description: str | None = None
    category: str | None = None
    quantity: int | None = None
    status: TransferStatus = "talks"
    order_date: str | None = None
    delivery_date: str | None = None
    reports: list[Report] = field(default_factory=list)
    # attributes of the system as reported (e.g. range_km), compared across sources
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return _dict(self, "transfer")


@dataclass(slots=True)
class Membership:
    id: str
    state: str
    organization: str
    action: str
    date: str | None = None
    reports: list[Report] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _dict(self, "membership")


@dataclass(slots=True)
class Agreement:
    id: str
    parties: list[str]
    kind: str
    status: str = "signed"
    date: str | None = None
    reports: list[Report] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _dict(self, "agreement")


@dataclass(slots=True)
class Event:
    id: str
    type: str
    source: str
    target: str
    mode: str | None = None
    source_person: str | None = None
    target_person: str | None = None
    date: str | None = None
    reports: list[Report] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _dict(self, "event")


@dataclass(slots=True)
class Budget:
    id: str
    state: str
    year: int
    amount: float
    currency: str
    approximate: bool = False
    reports: list[Report] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _dict(self, "budget")

    def same_as(self, other: Budget) -> bool:
        """One state's budget for one year told twice, rounded or exact ("66 trillion won",
        "66.3 trillion won"): within 5 %, as sources round."""
        return (self.state, self.year, self.currency) == (other.state, other.year, other.currency) \
            and abs(self.amount - other.amount) <= 0.05 * max(self.amount, other.amount)


@dataclass(slots=True)
class ConflictValue:
    value: Any
    reports: list[Report] = field(default_factory=list)


@dataclass(slots=True)
class Conflict:
    id: str
    subject: str  # entity id
    subject_name: str
    attribute: str
    values: list[ConflictValue] = field(default_factory=list)
    record: str | None = None  # the record (e.g. a transfer) the disagreement is about

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": "conflict",
            "id": self.id,
            "subject": self.subject,
            "subject_name": self.subject_name,
            "attribute": self.attribute,
            "about": self.record,
            "values": [
                {"value": v.value, "reports": [r.to_dict() for r in v.reports]}
                for v in self.values
            ],
        }


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    role: str | None = None
    category: str | None = None
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return _dict(self, "entity")


AssertionRecord = Transfer | Membership | Agreement | Event | Budget
LedgerRecord = Transfer | Membership | Agreement | Event | Budget | Conflict | Entity


@dataclass(slots=True)
class Extraction:
    """What extraction produced from one document: a pure function's output.

    `people` are the persons found in the document (canonical name within the
    document, aliases seen, country, role); `resolve` merges them across documents."""

    document: str
    transfers: list[Transfer] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def records(self) -> list[AssertionRecord]:
        return [*self.transfers, *self.memberships, *self.agreements, *self.events, *self.budgets]


@dataclass(slots=True)
class Ledger:
    """The merged ledger across all documents: what `resolve` returns and `store` keeps."""

    transfers: list[Transfer] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def records(self) -> list[AssertionRecord]:
        return [*self.transfers, *self.memberships, *self.agreements, *self.events, *self.budgets]


# -- JSON round trip for per-document extraction output (stored, and shipped
# between workers of a distributed engine) --------------------------------------

_KINDS: dict[str, type] = {
    "transfers": Transfer,
    "memberships": Membership,
    "agreements": Agreement,
    "events": Event,
    "budgets": Budget,
    "entities": Entity,
    "mentions": Mention,
}


def to_plain(obj: Any) -> Any:
    """A value with its records (dataclasses) made plain JSON values: how they are stored.
    Hand-written: dataclasses.asdict deep-copies every value and took a tenth of the
    ingest time (measured on 600 articles)."""
    t = type(obj)
    if t in _SCALARS:
        return obj  # most values: tested first, before the costly dataclass check
    flat = _FLAT_GETTERS.get(t)
    if flat is not None:
        # a record of scalars only (mentions: most of the values stored), read in one call
        return dict(zip(flat[0], flat[1](obj), strict=True))
    names = _FIELDS.get(t)
    if names is not None or (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
        return {name: to_plain(getattr(obj, name)) for name in names or _field_names(t)}
    if isinstance(obj, list | tuple):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj


_FIELDS: dict[type, tuple[str, ...]] = {}
# records whose fields are all scalars (str, int, float, bool, None): no recursion needed
_FLAT_GETTERS: dict[type, tuple[tuple[str, ...], Any]] = {
    cls: (names, operator.attrgetter(*names))
    for cls in (Mention, Report) for names in [tuple(f.name for f in dataclasses.fields(cls))]
}
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _build(cls: type, d: dict[str, Any]) -> Any:
    # (only the fields the record has: a value stored by an older version may have more)
    kw = {k: d[k] for k in _field_names(cls) if k in d}
    if "reports" in kw:
        kw["reports"] = [Report(**r) for r in kw["reports"]]
    return cls(**kw)


def extraction_from_json(d: dict[str, Any]) -> Extraction:
    ex = Extraction(document=d["document"])
    for key, cls in _KINDS.items():
        setattr(ex, key, [_build(cls, x) for x in d.get(key) or []])
    return ex
