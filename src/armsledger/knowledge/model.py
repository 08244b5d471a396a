"""The knowledge base's typed entries and the read-only `KnowledgeBase` over them.

The entries are loaded from the data files in `knowledge/data/` by `loader.py`;
tests may build a `KnowledgeBase` directly from a few entries.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# the letters of a coded designation ("Ka" of "Ka-226T", "KF" of "KF-21"): case kept
_PREFIX_RE = re.compile(r"([A-Z][A-Za-z]{0,3})-\d")


def fold(s: str) -> str:
    """Case- and diacritic-insensitive form used for lookups ('Sébastien' -> 'sebastien')."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return " ".join(s.casefold().split())


_SQUASH = re.compile(r"[\s\-_/.]+")


def squash_system_name(name: str) -> str:
    """A system name folded without spaces, hyphens, dots or a plural 's'."""
    k = re.sub(r"[\s\-_/.]+", "", fold(name))
    return k[:-1] if k.endswith("s") and len(k) > 4 else k


@dataclass(frozen=True, slots=True)
class State:
    iso3: str
    name: str  # short English name: "Armenia"
    aliases: tuple[str, ...] = ()  # official and short forms: "Republic of Armenia", "U.S.", "UK"
    demonyms: tuple[str, ...] = ()  # adjectives and nouns: "Armenian", "Armenians", "French-made"
    capitals: tuple[str, ...] = ()  # "Yerevan"
    metonyms: tuple[str, ...] = ()  # "the Kremlin", "Washington", "the White House", "Élysée"


@dataclass(frozen=True, slots=True)
class Organization:
    acronym: str  # the contract's code: "CSTO", "NATO", "EU"
    name: str
    aliases: tuple[str, ...] = ()  # "Collective Security Treaty Organisation", "the alliance"? (no: too vague)
    members: tuple[str, ...] = ()  # ISO3 codes
    kind: str = "organization"  # organization, alliance, treaty, bloc


# the source of a one-word name SIPRI lists only a few times (scripts/build_kb.py marks it)
RARE_NAME_SOURCE = "SIPRI (rare one-word name: a weapon only beside a weapon noun)"


@dataclass(frozen=True, slots=True)
class WeaponSystem:
    designation: str  # canonical: SIPRI's designation where SIPRI has it ("CAESAR 155mm" -> "CAESAR")
    category: str  # SIPRI category, see records.CATEGORIES
    description: str = ""  # "self-propelled gun", from SIPRI
    origin: str | None = None  # ISO3 of the country of origin (main supplier in SIPRI)
    manufacturer: str | None = None  # company name as in companies
    aliases: tuple[str, ...] = ()  # spellings and names: "Ground Master 200", "GM200", "GM-200"
    source: str = "SIPRI"  # where the row came from


@dataclass(frozen=True, slots=True)
class Company:
    name: str  # "Bharat Forge"
    country: str  # ISO3
    aliases: tuple[str, ...] = ()  # "KNDS France", "Nexter"
    kind: str = "company"  # company, multinational (MBDA, Airbus), agency (DGA, DRDO, DSCA), media


@dataclass(frozen=True, slots=True)
class Title:
    """An official title that ties a person to a state ('Defence Minister')."""

    name: str  # canonical role: "Minister of Defence"
    aliases: tuple[str, ...] = ()  # "Defence Minister", "Defense Minister", "Minister of the Armed Forces"
    kind: str = "government"  # head_of_state, head_of_government, government, military, diplomat


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """A holder of an office the genre quotes ('Recep Tayyip Erdoğan', TUR): the state
    of a person the text names without one."""

    name: str
    country: str
    aliases: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()  # set when the surname alone names this person


@dataclass
class KnowledgeBase:
    states: list[State] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    systems: list[WeaponSystem] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    # head noun of a weapon phrase -> SIPRI category ("howitzer" -> "artillery"),
    # used for systems the table does not know
    head_nouns: dict[str, str] = field(default_factory=dict)
    office_holders: list[OfficeHolder] = field(default_factory=list)
    version: str = ""

    def __post_init__(self) -> None:
        self._state: dict[str, State] = {s.iso3: s for s in self.states}
        self._org: dict[str, Organization] = {o.acronym: o for o in self.organizations}
        self._system: dict[str, WeaponSystem] = {}
        for w in self.systems:
            self._system.setdefault(fold(w.designation), w)
        self._company: dict[str, Company] = {fold(c.name): c for c in self.companies}
        # folded surface form -> state, for every way a text may name a state
        self._state_form: dict[str, State] = {}
        for s in self.states:
            for form in (s.name, s.iso3, *s.aliases, *s.demonyms, *s.capitals, *s.metonyms):
                self._state_form.setdefault(fold(form), s)
        self._system_form: dict[str, WeaponSystem] = {}
        for w in self.systems:
            for form in (w.designation, *w.aliases):
                self._system_form.setdefault(fold(form), w)
        self._company_form: dict[str, Company] = {}
        for c in self.companies:
            for form in (c.name, *c.aliases):
                self._company_form.setdefault(fold(form), c)
        self._org_form: dict[str, Organization] = {}
        for o in self.organizations:
            for form in (o.acronym, o.name, *o.aliases):
                self._org_form.setdefault(fold(form), o)
        # folded name (or distinctive surname) -> state of a known office holder
        self._holder: dict[str, str] = {}
        self._holder_surname: dict[str, str] = {}
        for p in self.office_holders:
            for form in (p.name, *p.aliases, *p.surnames):
                self._holder.setdefault(fold(form), p.country)
            for form in p.surnames:
                self._holder_surname.setdefault(fold(form), p.name)
        if not self.version:
            h = hashlib.sha256()
            for part in (self.states, self.organizations, self.systems, self.companies, self.titles):
                h.update(repr(part).encode())
            h.update(repr(sorted(self.head_nouns.items())).encode())
            h.update(repr(self.office_holders).encode())
            self.version = h.hexdigest()[:16]

    # -- lookups by code -------------------------------------------------------
    def state(self, iso3: str) -> State | None:
        return self._state.get(iso3)

    def organization(self, acronym: str) -> Organization | None:
        return self._org.get(acronym)

    def system(self, designation: str) -> WeaponSystem | None:
        return self._system.get(fold(designation))

    # -- lookups by any surface form ---------------------------------------------
    def find_state(self, text: str) -> State | None:
        """'French', 'Paris', 'the Kremlin', 'U.S.' -> the state, else None."""
        return self._state_form.get(fold(text))

    def find_organization(self, text: str) -> Organization | None:
        return self._org_form.get(fold(text))

    def find_system(self, text: str) -> WeaponSystem | None:
        w = self._system_form.get(fold(text))
        if w is None:
            # the same name spaced or hyphenated another way ("Spike LR2" for "Spike-LR-2")
            squashed = self.__dict__.get("_system_squashed")
            if squashed is None:
                squashed = {}
                for form, sw in self._system_form.items():
                    squashed.setdefault(_SQUASH.sub("", form), sw)  # (no plural cut: "Anka-S" is no "Anka")
                self.__dict__["_system_squashed"] = squashed
            key = _SQUASH.sub("", fold(text))
            w = squashed.get(key) or (squashed.get(key[:-1]) if key.endswith("s") and len(key) > 4 else None)
        return w

    def find_by_stem(self, text: str) -> WeaponSystem | None:
        """A name the table knows only as the stem of its variants ('Spyder' for SPYDER-SR
        and SPYDER-MR): the first variant, when every variant has one category and one
        origin. Only read for names the text shows to be weapons: made KB rows, such stems
        would be matched everywhere ('Ambassador', 'Aero', 'APS' are stems too)."""
        families = self.__dict__.get("_families")
        if families is None:
            families = {}
            for w in self.systems:
                stem = re.split(r"[-\s]", fold(w.designation), maxsplit=1)[0]
                if stem != fold(w.designation) and len(stem) >= 3:
                    families.setdefault(stem, []).append(w)
            self.__dict__["_families"] = families
        variants = families.get(fold(text), [])
        if variants and len({(w.category, w.origin) for w in variants}) == 1:
            return variants[0]
        return None

    def find_company(self, text: str) -> Company | None:
        return self._company_form.get(fold(text))

    def system_key(self, name: str) -> str:
        """One key for every spelling of a system ('K2', 'K-2', 'k2s'), and for a named
        variant of a coded system that SIPRI lists apart ('K-2 Black Panther' -> the
        K-2's key, 'AH-64E Apache' -> the AH-64's): one deal, however it is named."""
        cache = self.__dict__.setdefault("_key_cache", {})
        k = cache.get(name)
        if k is None:
            if len(cache) > 50_000:
                cache.clear()
            fam = self._family(name)
            k = cache[name] = squash_system_name(fam.designation if fam else name)
        return k

    def _family(self, name: str) -> WeaponSystem | None:
        w = self.find_system(name)
        if w is None:
            return None
        code, _, rest = w.designation.partition(" ")
        # a code with a digit, then capitalised words of a name: "K-2 Black Panther"
        if rest and any(ch.isdigit() for ch in code) and all(t[:1].isupper() and t[1:].islower()
                                                              for t in rest.split()):
            base = self.find_system(code)
            if base is not None and base.category == w.category and base.origin == w.origin:
                return base
        return w

    def holder_country(self, name: str) -> str | None:
        """The state of a known office holder named so ('Erdogan', 'Sebastien Lecornu')."""
        return self._holder.get(fold(name))

    def origin_of_prefix(self, designation: str) -> str | None:
        """The maker's state of an unknown coded name from the letters it starts with, when
        the knowledge base's designations with those letters nearly all come from one state
        ("Ka-226T": Kamov's "Ka-", Soviet or Russian; a Soviet design new in the news is
        Russia's)."""
        mt = _PREFIX_RE.match(designation)
        if mt is None:
            return None
        table = self.__dict__.get("_prefix_origin")
        if table is None:
            counts: dict[str, Counter[str]] = {}
            for w in self.systems:
                pm = _PREFIX_RE.match(w.designation)
                if pm is not None and w.origin:
                    counts.setdefault(pm.group(1), Counter())["RUS" if w.origin == "SUN" else w.origin] += 1
            table = {}
            for prefix, c in counts.items():
                (top, n), total = c.most_common(1)[0], sum(c.values())
                if n >= 4 and n >= 0.85 * total:
                    table[prefix] = top
            self.__dict__["_prefix_origin"] = table
        return table.get(mt.group(1))

    def holder_by_surname(self, word: str) -> str | None:
        """The full name of the office holder a distinctive surname alone names ('Erdogan')."""
        return self._holder_surname.get(fold(word))

    def category_of_head(self, noun: str) -> str | None:
        """The SIPRI category of a head noun ('howitzers' -> 'artillery')."""
        cache = self.__dict__.setdefault("_head_cache", {})
        if noun in cache:
            return cache[noun]
        if len(cache) > 50_000:
            cache.clear()
        cache[noun] = self._category_of_head(noun)
        return cache[noun]

    def _category_of_head(self, noun: str) -> str | None:
        n = fold(noun)
        if n in self.head_nouns:
            return self.head_nouns[n]
        if n.endswith("s") and n[:-1] in self.head_nouns:
            return self.head_nouns[n[:-1]]
        if n.endswith("ies") and n[:-3] + "y" in self.head_nouns:
            return self.head_nouns[n[:-3] + "y"]  # "batteries"
        return None

    def surface_forms(self) -> Iterator[tuple[str, str, str, str]]:
        """(surface form, entity type, key, form kind) for every name the KB knows:
        what the mention matcher is built from."""
        for s in self.states:
            yield s.name, "state", s.iso3, "name"
            for a in s.aliases:
                yield a, "state", s.iso3, "name"
            for a in s.demonyms:
                yield a, "state", s.iso3, "demonym"
            for a in s.capitals:
                yield a, "state", s.iso3, "capital"
            for a in s.metonyms:
                yield a, "state", s.iso3, "metonym"
        for o in self.organizations:
            yield o.acronym, "organization", o.acronym, "acronym"
            yield o.name, "organization", o.acronym, "name"
            for a in o.aliases:
                yield a, "organization", o.acronym, "name"
        for w in self.systems:
            # a rare one-word name ("Anka") reads as the shape rule's names do: a weapon only
            # beside a weapon noun (see scripts/build_kb.py)
            form = "shape" if w.source == RARE_NAME_SOURCE else "name"
            yield w.designation, "weapon_system", w.designation, form
            for a in w.aliases:
                yield a, "weapon_system", w.designation, form
        for c in self.companies:
            t = "media" if c.kind == "media" else "company"
            # (a multinational group's mentions say so: its seat is no seller, see companies.csv)
            form = "multinational" if c.kind == "multinational" else "name"
            yield c.name, t, c.name, form
            for a in c.aliases:
                yield a, t, c.name, form

    def members_of(self, acronym: str) -> Iterable[str]:
        o = self._org.get(acronym)
        return o.members if o else ()
