"""Mention finder: speed (articles/s) and people found against the answer keys' `people`.

Run: .venv/bin/python bench/bench_mentions.py [corpus dirs...]
Prints figures, asserts nothing. Uses the real knowledge base when `load_kb` exists, else a
small stand-in built from pycountry (states only) so the people figures stay comparable.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from armsledger.analyse.mentions import find_mentions
from armsledger.knowledge import KnowledgeBase
from armsledger.knowledge.model import State
from armsledger.records import Document, Mention, Sentence

SHARED = Path("/work/shared")


def _kb() -> KnowledgeBase:
    try:
        from armsledger.knowledge import load_kb

        return load_kb()
    except (ImportError, AttributeError, FileNotFoundError) as e:
        print(f"(no load_kb: {e}; using a pycountry stand-in with a few demonyms)")
    import pycountry

    dem = {"FRA": "French", "ARM": "Armenian", "AZE": "Azerbaijani", "USA": "American",
           "RUS": "Russian", "GRC": "Greek", "JPN": "Japanese", "NER": "Nigerien",
           "DEU": "German", "ROU": "Romanian", "NLD": "Dutch", "PAK": "Pakistani",
           "CHN": "Chinese", "IND": "Indian", "ISR": "Israeli", "HRV": "Croatian",
           "TCD": "Chadian", "BRA": "Brazilian", "GBR": "British", "AUS": "Australian",
           "UKR": "Ukrainian", "SAU": "Saudi", "VNM": "Vietnamese", "MAR": "Moroccan"}
    extra = {"USA": ("U.S.", "US", "United States"), "GBR": ("UK", "Britain"),
             "RUS": ("Russia",), "TUR": ("Turkey",), "IRN": ("Iran",), "KOR": ("South Korea",),
             "VNM": ("Vietnam",), "SYR": ("Syria",)}
    states = []
    for c in pycountry.countries:
        iso = c.alpha_3
        name = getattr(c, "common_name", None) or c.name
        aliases = tuple({c.name, *extra.get(iso, ())} - {name})
        states.append(State(iso, name, aliases=aliases, demonyms=(dem[iso],) if iso in dem else ()))
    return KnowledgeBase(states=states)


def _split(text: str) -> list[Sentence]:
    try:
        mod = importlib.import_module("armsledger.analyse.sentences")
        out: list[Sentence] = mod.split_sentences(text, [])
        return out
    except ImportError:
        pass
    out = []  # a stand-in splitter until the real one lands
    # paragraphs are separated by blank lines; single line breaks are wrapped text
    for mt in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        for s in re.finditer(r".+?(?:(?<![A-Z])[.!?](?=\s)|$)", mt.group(0), re.S):
            a = mt.start() + s.start()
            b = mt.start() + s.end()
            while a < b and text[a].isspace():
                a += 1
            if a < b:
                out.append(Sentence(a, b, text[a:b]))
    return out


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.casefold()).strip()


def alias_match(p: str, aliases: list[str]) -> bool:
    pt = norm(p).split()
    for a in aliases:
        at = norm(a).split()
        if at and any(pt[i:i + len(at)] == at for i in range(len(pt) - len(at) + 1)):
            return True
    return False


def main(dirs: list[str]) -> None:
    kb = _kb()
    paths = sorted(p for d in dirs for p in Path(d).glob("*.txt"))
    docs = []
    for p in paths:
        text = p.read_text("utf-8")
        docs.append((Document(id=p.stem, source=str(p), text=text, raw=text), text))
    find_mentions(docs[0][0], _split(docs[0][1]), kb)  # build the matcher once
    t0 = time.perf_counter()
    rounds = 5
    words = 0
    results: dict[str, list[Mention]] = {}
    for _ in range(rounds):
        for doc, text in docs:
            results[doc.id] = find_mentions(doc, _split(text), kb)
            words += len(text.split())
    dt = time.perf_counter() - t0
    n = rounds * len(docs)
    print(f"{len(docs)} articles, {words // n} words on average: {n / dt:.0f} articles/s "
          f"({words / dt:.0f} words/s), sentence splitting included")
    counts: dict[str, int] = {}
    for ms in results.values():
        for m in ms:
            counts[m.type] = counts.get(m.type, 0) + 1
    print("mentions by type:", dict(sorted(counts.items())))
    # people: one entity per key across the corpus (the resolve stage merges more cleverly)
    ents: dict[str, Ent] = {}
    for ms in results.values():
        for m in ms:
            if m.type != "person" or not m.key:
                continue
            k = norm(m.key)
            # merge spelling variants across documents as the resolve stage would
            for other in ents:
                if other.split()[-1:] == k.split()[-1:] and fuzz.ratio(other, k) >= 80:
                    k = other
                    break
            e = ents.setdefault(k, Ent(m.key))
            e.aliases.add(m.text)
            if m.country:
                e.countries.append(m.country)
    gold_people = []
    for g in ("seeds", "dev"):
        gp = SHARED / "eval" / f"{g}.gold.json"
        if gp.exists():
            gold_people += json.loads(gp.read_text())["people"]
    used: set[str] = set()
    found = right = 0
    for g in gold_people:
        hits = [k for k, e in ents.items() if any(alias_match(a, g["aliases"]) for a in [e.name, *e.aliases])]
        if hits:
            found += 1
            used.update(hits)
            cs = ents[hits[0]].countries
            c = Counter(cs).most_common(1)[0][0] if cs else None
            ok = c == g["country"] and len(hits) == 1
            right += ok
            if not ok:
                print(f"  wrong: {g['name']} ({g['country']}) -> {[ents[h].name for h in hits]} {c}")
        else:
            print(f"  missed: {g['name']} ({g['country']})")
    print(f"people: found {found}/{len(gold_people)}, one entity with the right country {right}/{len(gold_people)}")
    extra = sorted(e.name for k, e in ents.items() if k not in used)
    print(f"people not in the keys ({len(extra)}): {extra}")


@dataclass
class Ent:
    name: str
    aliases: set[str] = field(default_factory=set)
    countries: list[str] = field(default_factory=list)


if __name__ == "__main__":
    main(sys.argv[1:] or [str(SHARED / "corpus" / "seeds"), str(SHARED / "corpus" / "dev")])
