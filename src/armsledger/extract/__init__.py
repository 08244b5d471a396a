"""Extraction: one document (and the knowledge base) in, candidate records out.

`extract_document` is a pure function: it reads nothing but its arguments, so
it runs the same in a test, in the CLI and inside a distributed engine. Merging
across documents is `armsledger.resolve`'s job.
"""

from __future__ import annotations

import re
from collections import Counter

from armsledger.knowledge import KnowledgeBase
from armsledger.records import Document, Entity, Extraction, Mention, Sentence, stable_id


def extract_document(
    doc: Document, sentences: list[Sentence], kb: KnowledgeBase | None = None
) -> Extraction:
    from armsledger.analyse.mentions import find_mentions
    from armsledger.extract.agreements import extract_agreements
    from armsledger.extract.budgets import extract_budgets
    from armsledger.extract.context import build_context
    from armsledger.extract.events import extract_events
    from armsledger.extract.memberships import extract_memberships
    from armsledger.extract.transfers import extract_transfers

    if kb is None:
        from armsledger.knowledge import load_kb

        kb = load_kb()
    ex = Extraction(document=doc.id)
    if doc.language and not doc.language.lower().startswith("en"):
        return ex  # stored and flagged, not extracted: the lexicons are English
    mentions = find_mentions(doc, sentences, kb)
    ctx = build_context(doc, sentences, mentions, kb)
    ex.mentions = mentions
    ex.transfers = extract_transfers(ctx)
    ex.memberships = extract_memberships(ctx)
    ex.agreements = extract_agreements(ctx)
    ex.events = extract_events(doc, sentences, mentions, kb)
    ex.budgets = extract_budgets(doc, sentences, mentions)
    ex.entities = people(doc, mentions)
    return ex


def people(doc: Document, mentions: list[Mention]) -> list[Entity]:
    """One entity per person the document names (the mention matcher already gave
    every mention of one person the same key), with every surface form seen."""
    from armsledger.extract.dates import is_month_name  # (here: the package imports this module)

    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "person" and m.key:
            groups.setdefault(m.key, []).append(m)
    out: list[Entity] = []
    surnames = Counter(k.split()[-1] for k in groups if len(k.split()) >= 2)
    for key, ms in groups.items():
        countries = Counter(m.country for m in ms if m.country)
        roles = Counter(m.role for m in ms if m.role)
        aliases = sorted({m.text for m in ms} | {key})
        words = key.split()
        # a later bare surname ("..., Khachaturyan said") is the same person when only one
        # person of the document has that surname
        # (not a month's name: "Theresa May ... visited in May")
        if len(words) >= 2 and surnames[words[-1]] == 1 and words[-1] not in aliases \
                and not is_month_name(words[-1]):
            full = doc.text.count(key)
            # (the surname's bare uses are some of its occurrences: count those first)
            if doc.text.count(words[-1]) > full and len(re.findall(
                    r"(?<![\w-])" + re.escape(words[-1]) + r"(?![\w-])", doc.text)) > full:
                aliases = sorted(set(aliases) | {words[-1]})
        out.append(
            Entity(
                id=stable_id("person", doc.id, key),
                type="person",
                name=key,
                aliases=aliases,
                country=countries.most_common(1)[0][0] if countries else None,
                role=roles.most_common(1)[0][0] if roles else None,
                mentions=len(ms),
            )
        )
    return out
