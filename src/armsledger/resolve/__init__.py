"""Resolve: the only stage that looks across documents.

`resolve_ledger(docs, extractions, kb)` turns every document's candidate records
into one ledger: the same deal, membership act, agreement, event or budget
reported by several documents becomes one record carrying every report; people
spelled differently (diacritics, typos, surname only) become one entity; and
when sources give different values for one attribute (a system's range), a
`Conflict` shows each value with the reports behind it.

Deterministic: records are grouped by keys and ids derive from the keys, so the
same input in any order gives the same ledger. Grouping is by hash keys, never
all pairs over the corpus.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from armsledger.extract.dates import better_date, date_contains, date_key, ended_before
from armsledger.extract.numbers import says_number
from armsledger.knowledge import KnowledgeBase, fold
from armsledger.knowledge.model import squash_system_name
from armsledger.records import (
    Agreement,
    Budget,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    Extraction,
    Ledger,
    Membership,
    Report,
    Transfer,
    max_status,
    stable_id,
    to_plain,
)

EXIT = {"announce_withdrawal", "withdraw", "suspend"}
# the more specific of two actions of one class wins when sources differ
ACTION_RANK = {"announce_withdrawal": 1, "suspend": 2, "withdraw": 3, "apply": 1, "join": 2,
               "boycott": 1, "reaffirm": 1}


@dataclass(frozen=True, slots=True)
class DocInfo:
    id: str
    published: str | None = None
    outlet: str | None = None
    source: str | None = None


def resolve_ledger(
    docs: Mapping[str, DocInfo], extractions: Iterable[Extraction], kb: KnowledgeBase | None = None,
    mention_stats: dict[str, Entity] | None = None,
) -> Ledger:
    """`mention_stats` (from `aggregate_mentions`) lets a caller drop each document's
    mentions as it reads them, so a large corpus is never all in memory."""
    exs = sorted(extractions, key=lambda e: (date_key(docs[e.document].published if e.document in docs else None), e.document))
    ledger = Ledger()
    ledger.transfers = _merge_transfers(exs, kb)
    ledger.memberships = _merge_dated(
        [m for e in exs for m in e.memberships],
        key=lambda m: (m.state, m.organization, _action_class(m.action)),
        date=lambda m: m.date,
        combine=_combine_membership,
        make_id=lambda m: stable_id("membership", m.state, m.organization, _action_class(m.action), (m.date or "")[:4]),
    )
    # one agreement per framework: the same parties and kind of agreement, whatever
    # stage or date each source reports (talks, announcement, signing); a strategic
    # partnership and a defence memorandum signed on one visit are two documents (folding
    # the two cooperation kinds into one, as before, lost one on 28 hold-out sets)
    ledger.agreements = _merge_dated(
        [a for e in exs for a in e.agreements],
        key=lambda a: (tuple(sorted(a.parties)), a.kind),
        date=lambda a: None,
        combine=_combine_agreement,
        make_id=lambda a: stable_id("agreement", *sorted(a.parties), a.kind),
    )
    ledger.events = _merge_dated(
        [v for e in exs for v in e.events],
        key=lambda v: (v.type, v.source, v.target),
        date=lambda v: v.date,
        combine=_combine_event,
        make_id=lambda v: stable_id("event", v.type, v.source, v.target, v.date or ""),
    )
    ledger.budgets = _merge_budgets([b for e in exs for b in e.budgets])
    ledger.entities = _entities(exs, kb, mention_stats)
    ledger.conflicts = _conflicts(ledger.transfers, kb, {d: i.published for d, i in docs.items()})
    for rec in ledger.records():
        rec.reports.sort(key=lambda r: (date_key(docs[r.document].published if r.document in docs else None),
                                        r.document, r.start))
    return ledger


# -- transfers ---------------------------------------------------------------------------


def system_key(name: str, kb: KnowledgeBase | None) -> str:
    """One key for every spelling of a system (see `KnowledgeBase.system_key`)."""
    return kb.system_key(name) if kb is not None else squash_system_name(name)


def _merge_transfers(exs: list[Extraction], kb: KnowledgeBase | None) -> list[Transfer]:
    groups: dict[tuple[Any, ...], list[Transfer]] = defaultdict(list)
    generic: dict[tuple[Any, ...], list[tuple[str, Transfer]]] = defaultdict(list)
    for e in exs:
        for t in e.transfers:
            if t.system:
                groups[(t.supplier, t.recipient, system_key(t.system, kb))].append(t)
            else:
                generic[(t.supplier, t.recipient, t.status == "cancelled")].append((e.document, t))
    # unnamed deals of one pair: a document that lists several kinds keeps them apart;
    # other documents' unnamed reports join the one of the same category, else the first
    for (sup, rec, cancelled), items in generic.items():
        per_doc: dict[str, list[Transfer]] = defaultdict(list)
        for doc, t in items:
            per_doc[doc].append(t)
        seed_doc = max(sorted(per_doc), key=lambda d: len(per_doc[d]))
        seeds = {(t.category or ""): [t] for t in per_doc[seed_doc]}
        for doc in sorted(per_doc):
            if doc == seed_doc:
                continue
            for t in per_doc[doc]:
                cat = t.category or ""
                target = seeds.get(cat) or next(iter(seeds.values()))
                target.append(t)
        for cat, ts in seeds.items():
            groups[(sup, rec, None, cat, cancelled)] = ts
    _fold_variants(groups)
    out: list[Transfer] = []
    for key, ts in groups.items():
        first = ts[0]
        names = Counter(t.system for t in ts if t.system)
        keys = {n: system_key(n, kb) for n in names}
        # (a family's name folded in with its variant: the variant names the deal)
        names = Counter({n: c for n, c in names.items()
                         if not any(k != keys[n] and k.startswith(keys[n]) for k in keys.values())}) or names
        system = None
        if names:
            system = sorted(names.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            if kb is not None and (w := kb.find_system(system)) is not None:
                system = w.designation
        m = Transfer(
            id=stable_id("transfer", *[k if k is not None else "" for k in key]),
            supplier=first.supplier,
            recipient=first.recipient,
            system=system,
            description=max((t.description for t in ts if t.description), key=len, default=None),
            category=_most_common(t.category for t in ts),
            quantity=None,
            status=first.status,
        )
        qty: Counter[int] = Counter(t.quantity for t in ts if t.quantity)
        m.quantity = sorted(qty.items(), key=lambda kv: (-kv[1], -kv[0]))[0][0] if qty else None
        for t in ts:
            m.status = max_status(m.status, t.status)  # type: ignore[assignment]
            m.order_date = better_date(m.order_date, t.order_date)
            m.delivery_date = better_date(m.delivery_date, t.delivery_date)
            for k, v in t.attrs.items():
                if k.endswith("_km"):
                    m.attrs.setdefault("sources", []).append({k: v, "report": t.attrs.get(k + "_report")})
            if t.reports:
                # what each source says of the deal itself, compared in _conflicts
                # (each value cited from the sentence that gives it: "agreed to buy 14 Rafale
                # warplanes", not the headline that names the deal)
                for k in _DEAL_ATTRS:
                    if (v := getattr(t, k)):
                        m.attrs.setdefault("deal_sources", []).append({k: v, "report": _citing(t.reports, k, v).to_dict()})
        _extend(m.reports, (r for t in ts for r in t.reports))  # one pass: a deal can have thousands
        out.append(m)
    out.sort(key=lambda t: t.id)
    return out


def _fold_variants(groups: dict[tuple[Any, ...], list[Transfer]]) -> None:
    """"Lanza" in one article, "Lanza-LRR" in another, for one pair: the family's name and its
    one variant are one deal (as within a document; not "K21" after "K2": a number runs on,
    nor a name with two variants of the pair, "Leopard 2A4" and "Leopard 2A8")."""
    by_pair: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)  # (compared within a pair only)
    for k in groups:
        if len(k) == 3 and k[2]:
            by_pair[k[:2]].append(k)
    for base in sorted((k for ks in by_pair.values() for k in ks), key=lambda k: (len(k[2]), k)):
        if base not in groups or len(base[2]) < 3 or (len(base[2]) == 3 and not re.search(r"\d", base[2])):
            continue
        suffix = (r"[a-z]+\d{0,2}" if re.search(r"\d", base[2]) else r"[a-z]{1,3}|[a-z]{1,3}\d{1,3}|\d{1,4}[a-z]{0,3}") + (
            r"|\d{1,2}" if base[2][-1:].isalpha() else "")  # ("AIM-120D" and "AIM-120D-3")
        if len(base[2]) == 3:
            suffix = r"[a-z]{4,}"  # a short code runs on only into a name ("P-8A" and "P-8A Poseidon"), not "K2" into "K2PL"
        longer = [k for k in by_pair[base[:2]] if k in groups and k != base and k[2].startswith(base[2])
                  and re.fullmatch(f"(?:{suffix})", k[2][len(base[2]):])]
        if len(longer) == 1 and not _stages_apart(groups[base], groups[longer[0]]):
            groups[longer[0]].extend(groups.pop(base))


def _stages_apart(a: list[Transfer], b: list[Transfer]) -> bool:
    """Two deals, not one named two ways: one was delivered before the other was ordered
    ("12 FA-50 Block 70 jets ordered in June" beside "the FA-50PH jets delivered in 2015-2017")."""
    for done, new in ((a, b), (b, a)):
        ends = [t.delivery_date for t in done if t.status == "delivered" and t.delivery_date]
        starts = [t.order_date for t in new if t.status in ("ordered", "talks") and t.order_date]
        # (the same test as within one document: extract.transfers._two_deals)
        if ends and starts and all(ended_before(e, s) for e in ends for s in starts):
            return True
    return False


def _most_common(values: Iterable[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    if not c:
        return None
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _report_key(r: Report) -> tuple[str, int, int]:
    return (r.document, r.start, r.end)


def _extend(into: list[Report], reports: Iterable[Report], seen: set[tuple[str, int, int]] | None = None) -> None:
    """Append the reports `into` does not hold yet. `seen` is the keys of `into`, kept by a
    caller that extends one list many times (a value can gather thousands of reports)."""
    if seen is None:
        seen = {_report_key(r) for r in into}
    for r in reports:
        if (k := _report_key(r)) not in seen:
            into.append(r)
            seen.add(k)


# -- memberships, agreements, events -----------------------------------------------------


def _action_class(a: str) -> str:
    return "exit" if a in EXIT else "entry" if a in ("join", "apply") else a


def _merge_dated(records: list[Any], key: Any, date: Any, combine: Any, make_id: Any) -> list[Any]:
    """Group by key; within a group, records whose dates agree (at the precision both
    give, or either unknown) are one happening."""
    groups: dict[Any, list[list[Any]]] = defaultdict(list)
    # each cluster's distinct dates: a record joins when it agrees with all of them,
    # the same test as against every member, without growing with the reports
    # (one happening reported by thousands of articles)
    cluster_dates: dict[int, set[Any]] = {}
    for r in records:
        clusters = groups[key(r)]
        d = date(r)
        for c in clusters:
            seen_dates = cluster_dates[id(c)]
            if all(date_contains(x, d) for x in seen_dates):
                c.append(r)
                seen_dates.add(d)
                break
        else:
            clusters.append([r])
            cluster_dates[id(clusters[-1])] = {d}
    out = []
    seen: Counter[str] = Counter()
    for key in sorted(groups, key=repr):
        clusters = groups[key]
        combined = [(combine(c), len(c)) for c in clusters]  # combine builds new records: once each
        for merged, _n in sorted(combined, key=lambda mc: (date(mc[0]) or "", mc[1])):
            merged.id = make_id(merged)
            # two happenings of one key in one year ("2024-05" and "2024-06") keep distinct ids
            seen[merged.id] += 1
            if seen[merged.id] > 1:
                merged.id = stable_id(merged.id.split("_")[0], merged.id, date(merged) or "", seen[merged.id])
            out.append(merged)
    out.sort(key=lambda r: r.id)
    return out


def _pick_date(values: Iterable[str | None]) -> str | None:
    d: str | None = None
    for v in values:
        d = better_date(d, v)
    return d


def _combine_membership(ms: list[Membership]) -> Membership:
    actions = Counter(m.action for m in ms)
    action = sorted(actions.items(), key=lambda kv: (-ACTION_RANK.get(kv[0], 0), -kv[1], kv[0]))[0][0]
    out = Membership(id="", state=ms[0].state, organization=ms[0].organization, action=action,
                     date=_pick_date(m.date for m in ms))
    _extend(out.reports, (r for m in ms for r in m.reports))  # one pass: clusters can be large
    return out


def _combine_agreement(as_: list[Agreement]) -> Agreement:
    kinds = Counter(a.kind for a in as_)
    status_rank = {"negotiating": 0, "announced": 1, "signed": 2}
    status = max((a.status for a in as_), key=lambda s: status_rank.get(s, 0))
    # the date of the furthest stage reported (a signing beats the talks before it)
    out = Agreement(id="", parties=sorted(as_[0].parties), kind=sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0],
                    status=status, date=_pick_date(a.date for a in as_ if a.status == status)
                    or _pick_date(a.date for a in as_))
    _extend(out.reports, (r for a in as_ for r in a.reports))  # one pass: clusters can be large
    return out


def _combine_event(vs: list[Event]) -> Event:
    first = vs[0]
    out = Event(id="", type=first.type, source=first.source, target=first.target, mode=first.mode,
                source_person=next((v.source_person for v in vs if v.source_person), None),
                target_person=next((v.target_person for v in vs if v.target_person), None),
                date=_pick_date(v.date for v in vs))
    _extend(out.reports, (r for v in vs for r in v.reports))  # one pass: clusters can be large
    return out


def _merge_budgets(bs: list[Budget]) -> list[Budget]:
    out: list[Budget] = []
    seen: list[set[tuple[str, int, int]]] = []  # each budget's reports, as keys (a budget can have thousands)
    for b in bs:
        for o, keys in zip(out, seen, strict=True):
            if o.same_as(b):
                _extend(o.reports, b.reports, keys)
                o.approximate = o.approximate and b.approximate
                break
        else:
            out.append(Budget(id=stable_id("budget", b.state, b.year, b.currency, round(b.amount)),
                              state=b.state, year=b.year, amount=b.amount, currency=b.currency,
                              approximate=b.approximate, reports=list(b.reports)))
            seen.append({_report_key(r) for r in b.reports})
    out.sort(key=lambda b: b.id)
    return out


# -- entities ------------------------------------------------------------------------------


def aggregate_mentions(stats: dict[str, Entity], mentions: Iterable[Mapping[str, Any]],
                       kb: KnowledgeBase | None) -> None:
    """Fold one document's mentions (of everything but people), as stored (see
    `to_plain`), into running entity stats."""
    for m in mentions:
        mtype, key, text = m["type"], m["key"], m["text"]
        if mtype == "person" or not key:
            continue
        eid = entity_id(mtype, key)
        ent = stats.get(eid)
        if ent is None:
            ent = Entity(id=eid, type=_entity_type(mtype), name=_name(mtype, key, kb),
                         country=key if mtype == "state" else m.get("country"),
                         category=m.get("category") if mtype == "weapon_system" else None)
            stats[eid] = ent
        ent.mentions += 1
        if text not in ent.aliases and len(ent.aliases) < 200:
            ent.aliases.append(text)


def _entities(exs: list[Extraction], kb: KnowledgeBase | None,
              stats: dict[str, Entity] | None = None) -> list[Entity]:
    others: dict[str, Entity] = dict(stats) if stats is not None else {}
    if stats is None:
        for e in exs:
            aggregate_mentions(others, map(to_plain, e.mentions), kb)
    people = merge_people([p for e in exs for p in e.entities if p.type == "person"])
    out = sorted(others.values(), key=lambda x: x.id) + people
    for ent in out:
        ent.aliases.sort()
    return out


def entity_id(mtype: str, key: str) -> str:
    prefix = {"state": "state", "organization": "org", "weapon_system": "system", "company": "company",
              "media": "media", "place": "place", "person": "person"}.get(mtype, "other")
    return f"{prefix}:{key}"


def _entity_type(mtype: str) -> str:
    return mtype if mtype in ("state", "organization", "person", "weapon_system", "company", "place", "media") \
        else "other"


def _name(mtype: str, key: str, kb: KnowledgeBase | None) -> str:
    if kb is not None and mtype == "state" and (s := kb.state(key)) is not None:
        return s.name
    if kb is not None and mtype == "organization" and (o := kb.organization(key)) is not None:
        return o.acronym
    return key


@lru_cache(maxsize=65536)  # (a person's name is asked for again at every step of the merge)
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[\s.]+", fold(name)) if t)


def _tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


def merge_people(people: list[Entity]) -> list[Entity]:
    """One entity per person across documents: spelling variants of the given name
    (diacritics, typos: ratio >= 80) and surname-only mentions join the full name of
    the same surname, when countries do not conflict."""
    # first, every spelling that folds to the same name is one unit (diacritics, case)
    units: dict[str, list[Entity]] = defaultdict(list)
    for p in people:
        units[" ".join(_tokens(p.name))].append(p)
    by_surname: dict[str, list[list[Entity]]] = defaultdict(list)
    for key in sorted(units, key=lambda k: (len(k.split()) < 2, k)):
        toks = key.split()
        if toks:
            by_surname[toks[-1]].append(units[key])
    # transliterations of one surname ("Zelensky", "Zelenskyy", "Zelenskiy") are one
    # surname; the given names still have to agree below
    # (compared only within a block of the same first three letters: a corpus names
    # thousands of people)
    parent = {n: n for n in by_surname}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    blocks: dict[str, list[str]] = defaultdict(list)
    for n in sorted(by_surname):
        if len(n) >= 5:
            blocks[n[:3]].append(n)
    for names in blocks.values():
        for a, b in itertools.combinations(names, 2):
            if fuzz.ratio(a, b) >= 85:
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    buckets: dict[str, list[list[Entity]]] = defaultdict(list)
    for n in sorted(by_surname):
        buckets[root(n)].extend(by_surname[n])
    out: list[Entity] = []
    for surname in sorted(buckets):
        clusters: list[list[Entity]] = []
        for unit in sorted(buckets[surname], key=lambda u: (len(_tokens(u[0].name)) < 2, " ".join(_tokens(u[0].name)))):
            given = " ".join(_tokens(unit[0].name)[:-1])
            unit_country = _most_common(p.country for p in unit)
            placed = False
            for c in clusters:
                hgiven = " ".join(_tokens(c[0].name)[:-1])
                countries = {x.country for x in c if x.country}
                if unit_country and countries and unit_country not in countries:
                    continue
                if not given or not hgiven or fuzz.ratio(given, hgiven) >= 80:
                    if not given and len(clusters) > 1:
                        continue  # a bare surname shared by two people stays apart
                    c.extend(unit)
                    placed = True
                    break
            if not placed:
                clusters.append(list(unit))
        for c in clusters:
            out.append(_person(c))
    # two people of one name (countries differ) keep distinct ids
    seen: Counter[str] = Counter()
    for e in sorted(out, key=lambda e: (e.id, e.country or "", e.aliases)):
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
    out.sort(key=lambda e: e.id)
    return out


def _person(c: list[Entity]) -> Entity:
    full = [p.name for p in c if len(_tokens(p.name)) >= 2] or [p.name for p in c]
    counts = Counter(full)
    # the most frequent form; on a tie the one written with diacritics (the careful spelling)
    name = sorted(counts.items(), key=lambda kv: (-kv[1], not any(ord(ch) > 127 for ch in kv[0]), kv[0]))[0][0]
    aliases: list[str] = []
    for p in c:
        for a in [p.name, *p.aliases]:
            if a not in aliases:
                aliases.append(a)
    country = _most_common(p.country for p in c)
    role = _most_common(p.role for p in c)
    return Entity(id="person:" + "-".join(_tokens(name)), type="person", name=name, aliases=aliases,
                  country=country, role=role, mentions=sum(p.mentions for p in c))


# -- conflicts -------------------------------------------------------------------------------


def _conflicts(transfers: list[Transfer], kb: KnowledgeBase | None,
               published: Mapping[str, str | None] | None = None) -> list[Conflict]:
    """Attributes of one system that sources state differently (units already in km;
    values within 10% are the same value). A range belongs to the system, so every
    deal of that system is compared."""
    by_system: dict[str, list[tuple[float, Report | None, Transfer]]] = defaultdict(list)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for t in transfers:
        if not t.system:
            continue
        key = system_key(t.system, kb)
        names[key][t.system] += len(t.reports)
        for src in t.attrs.get("sources", []):
            for k, v in src.items():
                if k.endswith("_km") and isinstance(v, int | float):
                    rep = src.get("report")
                    by_system[key].append((float(v), _report(rep), t))
    out: list[Conflict] = []
    for t in transfers:
        out += _deal_conflicts(t, published or {})
    for key, vals in sorted(by_system.items()):
        system = sorted(names[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        distinct: list[ConflictValue] = []
        seen: list[set[tuple[str, int, int]]] = []  # each value's reports, as keys (a value can have thousands)
        for v, rep, _t in vals:
            for dv, keys in zip(distinct, seen, strict=True):
                if abs(float(dv.value) - v) <= 0.1 * max(float(dv.value), v):
                    if rep is not None:
                        _extend(dv.reports, [rep], keys)
                    break
            else:
                distinct.append(ConflictValue(value=v, reports=[rep] if rep is not None else []))
                seen.append({_report_key(rep)} if rep is not None else set())
        if len(distinct) > 1:
            out.append(Conflict(id=stable_id("conflict", system, "range_km"), subject=f"system:{system}",
                                subject_name=system, attribute="range_km", values=distinct,
                                record=vals[0][2].id))
    return out


_DEAL_ATTRS = ("quantity", "order_date", "delivery_date")


def _deal_conflicts(t: Transfer, published: Mapping[str, str | None]) -> list[Conflict]:
    """A deal's quantity or dates as different documents give them: counts that differ,
    dates in different months (a day's difference is the same report, written later).
    A date that is its article's own day says "as of this article" (a recent delivery
    with no date given), not what the source claims, so it is not compared."""
    out: list[Conflict] = []
    sources = t.attrs.get("deal_sources", [])
    for attr in _DEAL_ATTRS:
        distinct: list[ConflictValue] = []
        seen: list[set[tuple[str, int, int]]] = []
        docs: set[str] = set()
        for src in sources:
            v, rep = src.get(attr), _report(src.get("report"))
            if v is None or rep is None or (attr != "quantity" and v == published.get(rep.document)):
                continue
            docs.add(rep.document)
            k = next((k for k, dv in enumerate(distinct) if _same_value(attr, dv.value, v)), None)
            if k is None:
                distinct.append(ConflictValue(value=v, reports=[rep]))
                seen.append({_report_key(rep)})
            else:
                _extend(distinct[k].reports, [rep], seen[k])
        if len(distinct) > 1 and len(docs) > 1:
            subject = f"system:{t.system}" if t.system else t.id
            out.append(Conflict(id=stable_id("conflict", t.id, attr), subject=subject,
                                subject_name=t.system or t.description or "", attribute=attr,
                                values=distinct, record=t.id))
    return out


def _citing(reports: list[Report], attr: str, value: Any) -> Report:
    """The report of a document's record that gives one of its values, else its first."""
    if len(reports) > 1:
        for r in reports:
            if attr == "quantity" and says_number(r.quote, value):
                return r
            if attr != "quantity" and str(value)[:4] in r.quote:
                return r
    return reports[0]


def _same_value(attr: str, a: Any, b: Any) -> bool:
    if attr == "quantity":
        return bool(a == b)
    a, b = str(a), str(b)
    if "/" in a or "/" in b:
        return date_contains(a, b)  # "2022/2024" includes "2024"
    n = 7 if len(a) >= 7 and len(b) >= 7 else 4
    return a[:n] == b[:n]


def _report(d: Any) -> Report | None:
    if isinstance(d, Report):
        return d
    if isinstance(d, dict):
        return Report(**{k: d[k] for k in ("document", "quote", "start", "end", "attributed_to", "modality") if k in d})
    return None
