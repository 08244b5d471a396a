"""Load the knowledge base from the data files shipped in the package.

Read once per process (cached): the CSV and YAML files under `knowledge/data/`,
see `data/SOURCES.md` for where each file's facts come from.
"""

from __future__ import annotations

import csv
import hashlib
import io
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.knowledge.model import (
    Company,
    KnowledgeBase,
    OfficeHolder,
    Organization,
    State,
    Title,
    WeaponSystem,
)

FILES = ("states.csv", "organizations.yaml", "systems.csv", "companies.csv", "titles.yaml",
         "head_nouns.csv", "office_holders.csv")


def _read(name: str) -> str:
    return resources.files("armsledger.knowledge").joinpath("data", name).read_text("utf-8")


def _csv(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _split(v: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (v or "").split(";") if x.strip())


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    texts = {name: _read(name) for name in FILES}
    version = hashlib.sha256("".join(texts[n] for n in FILES).encode("utf-8")).hexdigest()[:16]
    states = [
        State(r["iso3"], r["name"], _split(r["aliases"]), _split(r["demonyms"]),
              _split(r["capitals"]), _split(r["metonyms"]))
        for r in _csv(texts["states.csv"])
    ]
    orgs_data: list[dict[str, Any]] = yaml.safe_load(texts["organizations.yaml"])
    orgs = [
        Organization(o["acronym"], o["name"], tuple(o.get("aliases") or ()),
                     tuple(o.get("members") or ()), o.get("kind", "organization"))
        for o in orgs_data
    ]
    systems = [
        WeaponSystem(r["designation"], r["category"], r["description"], r["origin"] or None,
                     r["manufacturer"] or None, _split(r["aliases"]), r["source"])
        for r in _csv(texts["systems.csv"])
    ]
    companies = [
        Company(r["name"], r["country"], _split(r["aliases"]), r["kind"])
        for r in _csv(texts["companies.csv"])
    ]
    titles_data: list[dict[str, Any]] = yaml.safe_load(texts["titles.yaml"])
    titles = [Title(t["name"], tuple(t.get("aliases") or ()), t.get("kind", "government")) for t in titles_data]
    heads = {r["noun"].casefold(): r["category"] for r in _csv(texts["head_nouns.csv"])}
    holders = [OfficeHolder(r["name"], r["country"], _split(r["aliases"]), _split(r["surname"]))
               for r in _csv(texts["office_holders.csv"])]
    return KnowledgeBase(states, orgs, systems, companies, titles, heads, holders, version=version)
