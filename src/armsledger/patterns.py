"""Lexicon patterns with a literal prefilter.

Most sentences contain none of a lexicon's cues, yet a case-insensitive
alternation of dozens of cues costs a full regex scan of every sentence (the
profile of `bench/ingest_throughput.py` put about a third of extraction time
in such scans). `Pattern` reads, from the regex's own parse tree, a set of
literal strings one of which every match must contain ("sell", "sold",
"deliver" ... for a trigger list), and skips the regex when the casefolded
sentence holds none of them. The set is derived, not listed by hand, so the
lexicon files stay the only place a cue is written, and the answer is always
the regex's own: the prefilter can only say "cannot match".
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import product
from operator import itemgetter
from typing import Any, Generic, TypeVar

import ahocorasick

# the regex's own parse tree (CPython's, as `re` itself uses it): reading the cues
# from it keeps one source of truth; typeshed does not describe these modules
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

T = TypeVar("T")

_MAX_SET = 64  # larger literal sets cost more to test than they save
_MAX_SETS = 4  # sets a pattern is tested for: the best, and up to three other parts


def fold(text: str) -> str:
    """The form text and needles are compared in: casefolding maps every pair that
    `re.IGNORECASE` treats as equal (K and the Kelvin sign, s and the long s) to one."""
    return text.casefold()


def _finite(seq: Any) -> set[str] | None:
    """The exact (small, finite) set of strings a parsed sequence matches, ignoring
    zero-width assertions, or None when it is not small and finite."""
    out: set[str] = {""}
    for op, av in seq:
        if op is C.LITERAL:
            piece: set[str] | None = {chr(av)}
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the text matched around it stays contiguous
        elif op is C.IN:
            piece = _charset(av)
        elif op is C.SUBPATTERN:
            piece = _finite(av[-1])
        elif op is C.BRANCH:
            piece = set()
            for alt in av[1]:
                sub = _finite(alt)
                if sub is None:
                    return None
                piece |= sub
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, inner = av
            if hi > 1:
                return None
            sub = _finite(inner)
            if sub is None:
                return None
            piece = sub | ({""} if lo == 0 else set())
        else:
            return None
        if piece is None:
            return None
        out = {a + b for a, b in product(out, piece)}
        if len(out) > _MAX_SET:
            return None
    return out


def _charset(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None  # ranges, categories, negation: too many strings
        chars.add(chr(av))
    return chars if len(chars) <= 4 else None


def _score(needles: AbstractSet[str]) -> tuple[int, int]:
    return (min(len(n) for n in needles), -len(needles))


def _required(seq: Any) -> list[set[str]]:
    """Sets of strings, from different parts of the sequence, such that every match
    holds one string of each set: "(?:signed|inked) an? (?:deal|contract)" needs one of
    {signed, inked} and one of {deal, contract}."""
    found: list[set[str]] = []
    run: set[str] = {""}

    def consider(cand: set[str] | None) -> None:
        if cand and "" not in cand:
            found.append(cand)

    for op, av in seq:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        piece = _finite([(op, av)])
        if piece is not None:
            grown = {a + b for a, b in product(run, piece)}
            if len(grown) <= _MAX_SET:
                run = grown
                continue
            consider(run)
            run = piece
            continue
        consider(run)
        run = {""}
        # not a small finite language: it may still require something inside
        if op is C.SUBPATTERN:
            found += _required(av[-1])
        elif op is C.BRANCH:
            # one set of each alternative, together: a match holds one of their union
            union: set[str] = set()
            for alt in av[1]:
                sub = _required(alt)
                if not sub:
                    union = set()
                    break
                union |= max(sub, key=_score)
            consider(union if len(union) <= _MAX_SET else None)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _required(av[2])
    consider(run)
    return found


def _folded(found: set[str]) -> frozenset[str]:
    needles = {fold(n) for n in found}
    # a needle inside another is enough on its own
    return frozenset(n for n in needles if not any(o != n and o in n for o in needles))


def required_sets(rx: re.Pattern[str]) -> list[frozenset[str]]:
    """Casefolded string sets, the most selective first, such that every match of `rx`
    holds one string of each set; empty when the pattern gives none (it always runs)."""
    try:
        found = _required(P.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - an unparsable pattern just runs unfiltered
        return []
    out: list[frozenset[str]] = []
    for f in sorted(found, key=_score, reverse=True):
        needles = _folded(f)
        if needles not in out:
            out.append(needles)
    return out


def required_substrings(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Casefolded strings one of which every match of `rx` contains (the most selective
    of `required_sets`); None when the pattern gives no such set (then it always runs)."""
    sets = required_sets(rx)
    return sets[0] if sets else None


_NEEDLES: set[str] = set()  # every needle of every Pattern made so far
_AUTOMATON: list[Any] = []  # the automaton over them, built on first use


def _register(needles: frozenset[str]) -> None:
    if not needles <= _NEEDLES:
        _NEEDLES.update(needles)
        _AUTOMATON.clear()
        _present.cache_clear()


def present(text: str) -> frozenset[str]:
    """The needles (of all patterns) that a text holds. One Aho-Corasick pass over the
    casefolded text answers for every pattern at once; testing each needle with `in`
    cost 60 us a sentence for the event cues alone, this costs a few. Sentences are
    cached (the extractors read the same ones one after another); whole pages are not,
    to keep the cache small."""
    return _present(text) if len(text) <= _CACHED_LEN else _scan(text)


_CACHED_LEN = 4096
_SECOND = itemgetter(1)


@lru_cache(maxsize=1024)
def _present(text: str) -> frozenset[str]:
    return _scan(text)


def _scan(text: str) -> frozenset[str]:
    if not _AUTOMATON:
        auto = ahocorasick.Automaton()
        for n in _NEEDLES:
            auto.add_word(n, n)
        if _NEEDLES:
            auto.make_automaton()
        _AUTOMATON.append(auto)
    if not _NEEDLES:
        return frozenset()
    return frozenset(map(_SECOND, _AUTOMATON[0].iter(fold(text))))  # (map in C: no generator frame per hit)


class Pattern:
    """A compiled regex with its prefilter; searched like a compiled regex."""

    __slots__ = ("rx", "needles", "also")

    def __init__(self, rx: re.Pattern[str] | str, flags: int = 0) -> None:
        self.rx = re.compile(rx, flags) if isinstance(rx, str) else rx
        sets = required_sets(self.rx)
        self.needles = sets[0] if sets else None
        # the other parts a match needs ("signed" and also "deal"): the cue words alone
        # are common in the genre (measured: a twentieth off the transfer and event stages)
        self.also = tuple(sets[1:_MAX_SETS])
        for needles in sets[:_MAX_SETS]:
            _register(needles)

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def may_match(self, text: str) -> bool:
        """False when the text cannot hold a match."""
        if self.needles is None:
            return True
        found = present(text)
        return not self.needles.isdisjoint(found) and self.parts_in(found)

    def parts_in(self, found: frozenset[str]) -> bool:
        """Whether the needles `found` in a text hold one of each of the other parts."""
        return all(not s.isdisjoint(found) for s in self.also)

    # The prefilter reads the whole text, so a match between pos and endpos (a part
    # of it) is never missed.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.rx.findall(text, pos, endpos) if self.may_match(text) else []


class PatternList(Generic[T]):
    """An ordered lexicon of patterns, each with a payload (a cue's type, a trigger's
    direction). `candidates` gives, in lexicon order, the entries whose literals the
    text holds, looked up from the needles present rather than asking every pattern
    (80 event cues asked one by one cost more than the regexes they saved)."""

    def __init__(self, items: Iterable[tuple[Pattern, T]]) -> None:
        self.items = list(items)
        self._always = [i for i, (p, _) in enumerate(self.items) if p.needles is None]
        self._by_needle: dict[str, list[int]] = {}
        for i, (p, _) in enumerate(self.items):
            for n in p.needles or ():
                self._by_needle.setdefault(n, []).append(i)
        # a sentence holds the needles of every lexicon: one intersection in C picks this
        # one's before any Python loop (the loop over all of them was a tenth of extraction)
        self._needles = frozenset(self._by_needle)

    def __iter__(self) -> Iterator[tuple[Pattern, T]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def candidates(self, text: str) -> list[tuple[Pattern, T]]:
        here = present(text)
        hits = self._needles.intersection(here)
        if not hits and not self._always:
            return []
        idx = set(self._always)
        by_needle = self._by_needle
        for n in hits:
            idx.update(by_needle[n])
        items = self.items
        return [item for i in sorted(idx) if not (item := items[i])[0].also or item[0].parts_in(here)]
