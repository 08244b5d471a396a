"""Sentences with character offsets into the cleaned text.

Hand-written: spaCy's rule-based `sentencizer` splits after every full stop, so it
breaks "U.S. President", "Dec. 28" and "John F. Kennedy" apart, and it keeps
"January 2024.In January 2025" (no space) as one sentence; both happen in scraped
news. The rules here: a line break ends a sentence (but the lines of a hard-wrapped
paragraph are joined first); a full stop, "?" or "!"
(with any closing quote) ends one when the next word starts a sentence, unless the
word before is an abbreviation (data/abbreviations.yaml), an initial, or a month
followed by a day number.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from importlib import resources

import yaml

from armsledger.records import Segment, Sentence

MAX_SENTENCE = 3000  # characters: longer runs are cut so no stage sees unbounded text

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|[A-Z“\"‘]|$)")
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    data = yaml.safe_load(
        resources.files("armsledger.analyse").joinpath("data/abbreviations.yaml").read_text("utf-8")
    )
    return frozenset(a.lower() for a in str(data["abbreviations"]).split())


def split_sentences(text: str, segments: list[Segment] | None = None) -> list[Sentence]:
    out: list[Sentence] = []
    for start, line in _lines(text, segments):
        for s, e in _split_line(line):
            a, b = start + s, start + e
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            while b - a > MAX_SENTENCE:
                out.append(_sentence(text, a, a + MAX_SENTENCE, segments))
                a += MAX_SENTENCE
            if b > a:
                out.append(_sentence(text, a, b, segments))
    return out


_OPEN_END = re.compile(r"[^.!?:;\"”’')\]]\s*$")


def _lines(text: str, segments: list[Segment] | None) -> list[tuple[int, str]]:
    """(offset, text) of each line, with the lines of a hard-wrapped paragraph (wire copy
    wrapped at ~70 characters: a line that ends mid-sentence and a next one that goes on
    in lower case) joined into one, so that their sentences are whole."""
    raw: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        raw.append((pos, line))
        pos += len(line) + 1
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(raw):
        para = [raw[k]]
        while k + 1 < len(raw) and raw[k + 1][1].strip() and raw[k][1].strip():
            k += 1
            para.append(raw[k])
        k += 1
        wrapped = len(para) > 1 and all(len(ln.strip()) >= 40 for _, ln in para[:-1]) and any(
            _OPEN_END.search(a) and b.lstrip()[:1].islower() for (_, a), (_, b) in itertools.pairwise(para))
        if not wrapped or _crosses_segment(para[0][0], para[-1][0] + len(para[-1][1]), segments):
            out += para
            continue
        start = para[0][0]
        out.append((start, text[start : para[-1][0] + len(para[-1][1])]))
    return out


def _crosses_segment(a: int, b: int, segments: list[Segment] | None) -> bool:
    """A paragraph that a title, caption or teaser begins or ends inside is not one text."""
    return any(a < seg.end and seg.start < b and not (seg.start <= a and b <= seg.end) for seg in segments or [])


def _sentence(text: str, a: int, b: int, segments: list[Segment] | None) -> Sentence:
    kind = "body"
    for seg in segments or []:
        if seg.start <= a and b <= seg.end:
            kind = seg.kind
    return Sentence(a, b, text[a:b], kind)  # type: ignore[arg-type]


_LAST_WORD = re.compile(r"[\w.]+$")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_STARTS = re.compile(r"[A-Z“\"‘'(\[]")
_WORD_WINDOW = 100  # the word before a stop is read from this many characters before it


def _split_line(line: str) -> list[tuple[int, int]]:
    # (the word before a stop and the first character after it are read where they are:
    # copying the rest of the line at every stop made long lines quadratic)
    spans: list[tuple[int, int]] = []
    start = 0
    abbr = _abbreviations()
    for m in _END.finditer(line):
        end = m.end()
        nxt_m = _NEXT_CHAR.match(line, end)
        if nxt_m is None:
            continue
        nxt = nxt_m.group(1)
        if m.group(0).startswith("."):
            word = _LAST_WORD.search(line, max(start, m.start() - _WORD_WINDOW), m.start())
            w = word.group(0) if word else ""
            wl = w.lower().rstrip(".")
            if wl in abbr or (len(w) == 1 and w.isupper()):
                continue  # "Mr.", "U.S.", an initial
            if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", w):
                continue  # "U.S", "a.m"
            if wl in _MONTHS and nxt.isdecimal():
                continue  # "Dec. 28", "Jan.19"
            if nxt.isdecimal() and m.start() > start and line[m.start() - 1].isdecimal():
                continue  # "2.5"
            if not _STARTS.match(nxt):
                continue  # the next word is not a sentence start
        elif not _STARTS.match(nxt):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(line)))
    return spans
