"""Builds a document, its sentences and hand-made mentions for extractor unit tests,
so each extractor is tested apart from the mention matcher."""

from __future__ import annotations

import re

from armsledger.analyse.sentences import split_sentences
from armsledger.extract.context import Context, build_context
from armsledger.knowledge import KnowledgeBase, Organization, State, WeaponSystem
from armsledger.records import Document, Mention, Sentence

KB = KnowledgeBase(
    states=[
        State("FRA", "France", demonyms=("French",), capitals=("Paris",)),
        State("ARM", "Armenia", demonyms=("Armenian",), capitals=("Yerevan",)),
        State("IND", "India", demonyms=("Indian",), capitals=("New Delhi",)),
        State("JPN", "Japan", demonyms=("Japanese",), capitals=("Tokyo",)),
        State("USA", "United States", aliases=("U.S.",), demonyms=("American",)),
        State("HRV", "Croatia", demonyms=("Croatian",)),
        State("NGA", "Nigeria", demonyms=("Nigerian",)),
        State("TUR", "Turkey", demonyms=("Turkish",)),
        State("KEN", "Kenya", demonyms=("Kenyan",)),
    ],
    organizations=[
        Organization("NATO", "North Atlantic Treaty Organization", members=("USA", "FRA", "HRV", "TUR")),
        Organization("EU", "European Union", members=("FRA", "HRV")),
        Organization("CSTO", "Collective Security Treaty Organization", members=("ARM",)),
    ],
    systems=[
        WeaponSystem("CAESAR", "artillery", "self-propelled gun", "FRA"),
        WeaponSystem("Tomahawk", "missiles", "land-attack missile", "USA"),
        WeaponSystem("Bayraktar TB2", "aircraft", "armed UAV", "TUR", aliases=("TB2",)),
    ],
    head_nouns={"howitzer": "artillery", "missile": "missiles", "drone": "aircraft",
                "jet": "aircraft", "vehicle": "armoured_vehicles", "radar": "sensors"},
)


def context(
    text: str, spans: list[tuple[str, str, str | None, str, str | None]], published: str | None = "2024-05-10"
) -> Context:
    """spans: (surface, type, key, form, country) — every occurrence is a mention."""
    doc = Document(id="doc_test", source="test.txt", text=text, raw=text, published=published)
    sentences: list[Sentence] = split_sentences(text, [])
    mentions: list[Mention] = []
    for surface, typ, key, form, country in spans:
        for mt in re.finditer(re.escape(surface), text):
            idx = next(i for i, s in enumerate(sentences) if s.start <= mt.start() < s.end)
            mentions.append(
                Mention(mt.start(), mt.end(), surface, typ, key, idx, country=country,
                        form=form, category=_cat(typ, key))
            )
    mentions.sort(key=lambda m: m.start)
    return build_context(doc, sentences, mentions, KB)


def _cat(typ: str, key: str | None) -> str | None:
    if typ != "weapon_system" or key is None:
        return None
    w = KB.find_system(key)
    return w.category if w else "artillery"


def state(surface: str, iso3: str, form: str = "name") -> tuple[str, str, str | None, str, str | None]:
    return (surface, "state", iso3, form, None)


def system(surface: str, key: str) -> tuple[str, str, str | None, str, str | None]:
    return (surface, "weapon_system", key, "name", None)
