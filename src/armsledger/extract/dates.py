"""Dates in news text, resolved against the publication date, at the precision
the text supports: "on June 18" in an article of 2024 is 2024-06-18, "last
month" in one of November 2023 is 2023-10, "between 2018 and 2022" is
2018/2022, "on Thursday" is the latest Thursday on or before publication.

Hand-written rather than dateparser: dateparser resolves a bare "June 18" or
"Thursday" against today's clock, not the article's date, and turns "in 2024"
into a full day; the genre needs precision kept and the article's date as anchor.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.extract.context import dateline_end
from armsledger.patterns import Pattern, PatternList


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    surface: str
    value: str | None
    kind: str = "point"  # point | interval
    relative: bool = False


@lru_cache(maxsize=1)
def _names() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("armsledger.extract").joinpath("data/dates.yaml").read_text("utf-8")
    )
    return data


def is_month_name(word: str) -> bool:
    """Whether a word names a month ("May", "Sept")."""
    return word.lower().rstrip(".") in _names()["months"]


def _month_re() -> str:
    names = sorted(_names()["months"], key=len, reverse=True)
    return r"(?P<mon>" + "|".join(names) + r")\.?"


@lru_cache(maxsize=1)
def _pattern_list() -> PatternList[str]:
    mon = _month_re()
    wd = "(?P<wd>" + "|".join(sorted(_names()["weekdays"], key=len, reverse=True)) + ")"
    num = "(?P<n>" + "|".join(k for k in _names()["numbers"] if k != "a") + r"|a|\d+)"
    year = r"(?P<y>(?:1[89]|20)\d\d)"
    p = [
        ("interval", r"\b(?:between|from)\s+(?P<y1>(?:1[89]|20)\d\d)\s+(?:and|to|until|till)\s+(?P<y2>(?:1[89]|20)\d\d)\b"),
        ("interval", r"\bin\s+(?P<y1>(?:1[89]|20)\d\d)\s+and\s+(?P<y2>(?:1[89]|20)\d\d)\b"),
        ("interval", r"\b(?P<y1>(?:1[89]|20)\d\d)\s*[-–]\s*(?P<y2>(?:1[89]|20)\d\d)\b"),
        # (a time may follow: "2024-06-18T10:12:00Z")
        ("iso", r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:\b|(?=T\d))"),
        ("mdy", rf"\b{mon}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:,|-)?\s*{year}\b"),
        ("dmy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{mon},?\s+{year}\b"),
        ("my", rf"\b{mon}\s+(?:of\s+)?{year}\b"),
        # "in October last year", "in March of this year", "in May next year": the month of that year
        ("month_rel_year", rf"\b{mon}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
        ("md", rf"\b{mon}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:km|kilomet|mile|per|%))"),
        ("dm", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}\b"),
        ("last_month_name", rf"\b(?:(?P<rel>last|this|next|early|late|earlier|later)\s+|(?P<mid>mid)[\s-]+){mon}\b"),
        ("later", rf"\b{num}\s+(?P<unit>years?|months?|decades?)\s+(?P<dir>later|earlier|after|before|ago)\b"),
        ("ago", rf"\b{num}\s+(?P<unit>days?|weeks?)\s+ago\b"),
        # a season with no year: "this spring", "last summer" (only the year is known)
        ("season", r"\b(?P<rel>this|last|next|earlier\s+this|late\s+last|early\s+this)\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
        ("rel", r"\b(?P<rel>(?:late\s+|early\s+|earlier\s+|later\s+)?(?:last|this|next|previous|past)\s+(?:month|year|week))\b"),
        ("rel", r"\b(?P<rel>yesterday|today|tonight|the\s+same\s+day)\b"),
        # "at the start of the year": the article's year
        ("rel", r"\bthe\s+(?:start|beginning|end|middle|turn)\s+of\s+(?P<rel>the\s+year)\b"),
        ("weekday", rf"\b(?:(?P<last>last|this|next)\s+)?{wd}\b"),
        ("decade", r"\b(?:the\s+)?(?P<part>early|mid|late)?[\s-]*(?P<dec>(?:1[89]|20)\d)0s\b"),
        ("fiscal", rf"\b(?:fiscal(?:\s+year)?|FY)\s*{year}\b"),
        ("year", rf"(?<![\d$€£.,])\b{year}\b(?!\s*(?:km|kilomet|mile|troops|soldiers|%)|[.,]\d)"),
        ("month", rf"\b(?:in|since|by|until|from|during|of)\s+{mon}\b(?!\s*\d)"),
    ]
    return PatternList((Pattern(r, re.IGNORECASE), k) for k, r in p)


def parse_published(published: str | None) -> tuple[int | None, int | None, int | None]:
    if not published:
        return None, None, None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not m:
        return None, None, None
    y, mo, d = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _month(name: str) -> int:
    return int(_names()["months"][name.lower().rstrip(".")])


def _number(tok: str) -> int:
    t = tok.lower()
    if t.isdigit():
        return int(t)
    return int(_names()["numbers"][t])


def _year_for(m: int, d: int | None, pub: tuple[int | None, int | None, int | None]) -> int | None:
    """The year of a month/day without one: the publication's, unless that would put
    it well after publication (news mostly looks back), then the year before."""
    py, pm, pd = pub
    if py is None:
        return None
    if pm is None:
        return py
    if m > pm + 2 or (m == pm + 2 and (d or 1) > (pd or 1)):
        return py - 1
    return py


def find_dates(text: str, published: str | None, offset: int = 0) -> list[DateExpr]:
    """Every date expression in `text`, longest first where they overlap, with
    offsets shifted by `offset`."""
    return list(_find_dates(text, published, offset))


@lru_cache(maxsize=4096)
def _find_dates(text: str, published: str | None, offset: int) -> tuple[DateExpr, ...]:
    # cached: extractors ask for the dates of one sentence many times
    return tuple(_scan_dates(text, published, offset))


# The kinds that write a full calendar date out, and the intervals that, searched
# first, can take a span before them. Without a publication date nothing else gives
# a day, and later kinds never take a span from these: `full_dates` reads only them.
_FULL_DATE_KINDS = ("interval", "iso", "mdy", "dmy")


def full_dates(text: str) -> list[DateExpr]:
    """The full dates (YYYY-MM-DD) written out in a text with no date to anchor it:
    the same as those of `find_dates(text, None)`, for a fraction of the scanning."""
    return [d for d in _scan_dates(text, None, 0, _FULL_DATE_KINDS) if d.value and len(d.value) == 10]


def _scan_dates(text: str, published: str | None, offset: int,
                kinds: tuple[str, ...] | None = None) -> list[DateExpr]:
    pub = parse_published(published)
    matches: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in _pattern_list().candidates(text):
        if kinds is not None and kind not in kinds:
            continue
        for mt in rx.rx.finditer(text):
            s, e = mt.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if kind == "md" and not _valid(2000, _month(mt.group("mon")), int(mt.group("d"))):
                continue
            matches.append((kind, mt))
            taken.append((s, e))
    # resolve in reading order, so "four years later" sees the year before it
    matches.sort(key=lambda km: km[1].start())
    found: list[DateExpr] = []
    for kind, mt in matches:
        if kind == "year" and _names_something(text, mt.start()):
            continue  # "Mirage 2000", "Vision 2030": part of a name, not a date
        value, interval, relative = _resolve(kind, mt, pub, text, found)
        if kind == "weekday" and value is None and not mt.group("last"):
            continue  # a bare weekday name without a dated article gives nothing
        s, e = mt.span()
        found.append(
            DateExpr(s + offset, e + offset, mt.group(0), value,
                     "interval" if interval else "point", relative)
        )
    return found


@lru_cache(maxsize=1024)
def _asides(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The relative and the subordinate clauses of a sentence (read once per sentence:
    every extractor asks best_date about it)."""
    return ([m.span() for m in _RELATIVE_ASIDE.finditer(text)],
            [m.span() for m in _SUBORDINATE_ASIDE.finditer(text)])


def relative_clause_at(text: str, pos: int) -> tuple[int, int] | None:
    """The relative clause (", the last of which India ordered in 2018") holding `pos`."""
    return next(((a, b) for a, b in _asides(text)[0] if a <= pos < b), None)


def in_other_clause(text: str, start: int, pos: int) -> bool:
    """Whether the date at `start` lies in a relative or subordinate clause that does not
    hold the words at `pos` ("Brazil, which holds the presidency this year, said ...")."""
    relative, subordinate = _asides(text)
    return any(a <= start < b and not (a <= pos < b) for a, b in relative + subordinate)


_GERUND_AFTER = re.compile(r"\s+[a-z]+ing\b", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z]+ing\b|\s+(?:the|a|an|its|their)\s+\w", re.IGNORECASE)


def _resolve(
    kind: str, mt: re.Match[str], pub: tuple[int | None, int | None, int | None],
    text: str, earlier: list[DateExpr],
) -> tuple[str | None, bool, bool]:
    py, pm, pd = pub
    g = mt.groupdict()
    if kind == "interval":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return (f"{y1}/{y2}" if y1 < y2 else str(y1)), y1 < y2, False
    if kind == "iso":
        y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
        return (_fmt(y, m, d) if _valid(y, m, d) else None), False, False
    if kind in ("mdy", "dmy"):
        y, m, d = int(g["y"]), _month(g["mon"]), int(g["d"])
        return (_fmt(y, m, d) if _valid(y, m, d) else _fmt(y, m)), False, False
    if kind == "my":
        return _fmt(int(g["y"]), _month(g["mon"])), False, False
    if kind == "month_rel_year":
        if py is None:
            return None, False, True
        return _fmt(py + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()], _month(g["mon"])), False, True
    if kind in ("md", "dm"):
        m, d = _month(g["mon"]), int(g["d"])
        yy = _year_for(m, d, pub)
        if yy is None or not _valid(yy, m, d):
            return None, False, True
        return _fmt(yy, m, d), False, True
    if kind == "month":
        m = _month(g["mon"])
        ym = _year_for(m, None, pub)
        if ym is None:
            return None, False, True
        if pm is not None and m > pm and py is not None:
            ym = py - 1
        return _fmt(ym, m), False, True
    if kind == "last_month_name":
        if py is None:
            return None, False, True
        m, rel = _month(g["mon"]), (g["rel"] or g["mid"]).lower()  # ("mid-March" reads as "early March")
        y = py
        if rel == "last" and pm is not None and m >= pm:
            y = py - 1
        elif rel == "next" and pm is not None and m <= pm:
            y = py + 1
        elif rel in ("early", "late", "earlier", "later", "mid") and pm is not None and m > pm:
            y = py - 1
        return _fmt(y, m), False, True
    if kind == "fiscal":
        return g["y"], False, False
    if kind == "year":
        return g["y"], False, False
    if kind == "decade":
        base = int(g["dec"]) * 10
        part = (g.get("part") or "").lower()
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
        return f"{base + lo}/{base + hi}", True, False
    if kind == "later":
        n = _number(g["n"])
        unit, direction = g["unit"].lower(), g["dir"].lower()
        years = n * (10 if unit.startswith("decade") else 1) if not unit.startswith("month") else 0
        if direction == "ago":
            if py is None:
                return None, False, True
            if unit.startswith("month") and pm is not None:
                y, m = _shift_month(py, pm, -n)
                return _fmt(y, m), False, True
            return str(py - years), False, True
        if direction in ("after", "before") and _EVENT_AFTER.match(text, mt.end()):
            # "received it last month, three years after signing the deal": the signing is
            # three years before the date the clause gave (relative or not)
            last = [d.value for d in earlier if d.value and d.kind == "point"]
            if not last and py is not None and direction == "after" and _GERUND_AFTER.match(text, mt.end()):
                # "has received the first batch, two years after signing the deal": the news is
                # of the article's time
                last = [str(py)]
            if not last or unit.startswith("month"):
                return None, False, True
            return str(int(last[-1][:4]) - (years if direction == "after" else -years)), False, True
        # "four years later": from the last explicit year before it in the text
        prev = [d for d in earlier if d.value and d.kind == "point" and not d.relative]
        anchor_year = int(prev[-1].value[:4]) if prev and prev[-1].value else None
        if anchor_year is None or unit.startswith("month"):
            return None, False, True
        sign = 1 if direction in ("later", "after") else -1
        return str(anchor_year + sign * years), False, True
    if kind == "ago":
        # "two weeks ago": the day is not certain, the month is
        if py is None or pm is None or pd is None:
            return None, False, True
        days = _number(g["n"]) * (7 if g["unit"].lower().startswith("week") else 1)
        day = dt.date(py, pm, pd) - dt.timedelta(days=days)
        return (day.isoformat() if days < 7 else _fmt(day.year, day.month)), False, True
    if kind == "season":
        if py is None:
            return None, False, True
        rel, season = " ".join(g["rel"].lower().split()), g["season"].lower()
        y = py
        if rel.endswith("last"):
            # "last summer" in an article of March is the year before; in October, this year's
            y = py - 1 if pm is None or pm <= {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 12}[season] else py
        elif rel == "next":
            y = py + 1 if pm is not None and pm >= {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season] else py
        return str(y), False, True
    if kind == "rel":
        return _relative(g["rel"].lower(), pub), False, True
    if kind == "weekday":
        if py is None or pm is None or pd is None:
            return None, False, True
        wd = int(_names()["weekdays"][g["wd"].lower()])
        ref = dt.date(py, pm, pd)
        delta = (ref.weekday() - wd) % 7
        if (g.get("last") or "").lower() == "next":
            delta = -((wd - ref.weekday()) % 7 or 7)
        elif (g.get("last") or "").lower() == "last" and delta == 0:
            delta = 7
        day = ref - dt.timedelta(days=delta)
        return day.isoformat(), False, True
    return None, False, False


_BEFORE_YEAR = {"in", "since", "by", "until", "from", "during", "of", "fiscal", "fy", "early", "late", "mid",
                "before", "after", "around", "circa", "about", "through", "to", "and", "or", "between", "summer",
                "spring", "autumn", "fall", "winter", "end", "start", "beginning", "year", "the", "for",
                "q1", "q2", "q3", "q4", "h1", "h2"}  # quarters and halves of a year


def _names_something(text: str, start: int) -> bool:
    glued = _GLUED_BEFORE.search(text, max(0, start - 12), start)
    if glued is not None and glued.group(1).lower() not in _GLUED_DATE_WORDS:
        return True  # "FD-2000", "Mirage-2000": a designation (not "mid-2024")
    m = re.search(r"([A-Za-z][\w-]*)\s+$", text[:start])
    if not m or not m.group(1)[:1].isupper():
        return False
    word = m.group(1).lower()
    return word not in _BEFORE_YEAR and word.rstrip(".") not in _names()["months"]


_GLUED_BEFORE = re.compile(r"([A-Za-z]+)-$")
_GLUED_DATE_WORDS = {"mid", "early", "late", "pre", "post", "end", "fy"}


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _relative(rel: str, pub: tuple[int | None, int | None, int | None]) -> str | None:
    py, pm, pd = pub
    if py is None:
        return None
    rel = " ".join(rel.split())
    if rel.endswith("year"):
        if "last" in rel or "previous" in rel or "past" in rel:
            return str(py - 1)
        if "next" in rel:
            return str(py + 1)
        return str(py)
    if pm is None:
        return None
    if rel.endswith("month"):
        if "last" in rel or "previous" in rel or "past" in rel:
            y, m = _shift_month(py, pm, -1)
        elif "next" in rel:
            y, m = _shift_month(py, pm, 1)
        else:
            y, m = py, pm
        return _fmt(y, m)
    if rel.endswith("week"):
        if pd is None:
            return _fmt(py, pm)
        ref = dt.date(py, pm, pd)
        if "last" in rel or "previous" in rel or "past" in rel:
            ref -= dt.timedelta(days=7)
        elif "next" in rel:
            ref += dt.timedelta(days=7)
        return _fmt(ref.year, ref.month)
    if pd is None:
        return _fmt(py, pm)
    ref = dt.date(py, pm, pd)
    if rel == "yesterday":
        ref -= dt.timedelta(days=1)
    return ref.isoformat()


_FOR_PERIOD = re.compile(r"\bfor\s+(?:the\s+)?(?:period\s+|years\s+)?$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


# a date that a participle gives to another noun: a tender, a competition, talks
_PROCESS_DATE_BEFORE = re.compile(
    r"\b(?:tender|competition|bidding|bid|procurement\s+process|process|talks|negotiations|evaluation|trials?)\s+"
    r"(?:that\s+was\s+|which\s+was\s+|that\s+were\s+|which\s+were\s+)?(?:first\s+)?(?:launched|opened|started|begun|began|"
    r"held|issued|initiated|announced)\s+(?:(?:in|on)\s+)?$", re.IGNORECASE)


def ended_before(span: str, date: str) -> bool:
    """Whether a date or span ("2015/2017") ended before another date began, compared at the
    span's own precision ("2017" before "2018-06"; "2017" not before "2017-06")."""
    end = span.split("/")[-1]
    return end < date[: len(end)]


def is_end_point(text: str, start: int) -> bool:
    """A date that ends a span ("until 2028", "through the end of 2025"), not one that dates an act."""
    return bool(_UNTIL.search(text, max(0, start - 30), start))


# the start of another clause of the sentence (extractors share these: one word list)
CLAUSE_BREAK = re.compile(r"[;]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def best_date(text: str, span_start: int, span_end: int, published: str | None,
              avoid: Sequence[tuple[int, int]] = (), verbs: Sequence[tuple[int, int]] = ()) -> str | None:
    """The date that governs the words at [span_start, span_end) of `text`: the
    nearest date expression in the same clause, one after the verb preferred on a tie.
    A date with one of the `avoid` spans (another verb) between it and the words is
    that verb's ('took delivery of jets ordered in 2022': 2022 is the order's). So is a
    date in another coordinated clause that has one of the `verbs` ('which it bought
    in 2022, and has received drones': 2022 is the purchase's)."""
    dates = [d for d in find_dates(text, published) if d.value]
    line = dateline_end(text)
    if line > 0 and any(d.start >= line for d in dates):
        # "SOFIA, March 2, 2025 — Bulgaria received ... on Friday": the filing date is the
        # article's, not the act's, when the sentence gives another
        dates = [d for d in dates if d.start >= line]
    if not dates:
        return None
    best: tuple[float, str] | None = None
    # a relative clause set off by commas is about its noun ("Niger's junta, which seized
    # power in July 2023, has strengthened ties"): its dates are not the words' outside it
    relative, subordinate = _asides(text)
    asides = [(a, b) for a, b in relative + subordinate if not (a <= span_start < b)]
    # the words inside an "after/since X did" clause take only its own dates ("a fund
    # announced in 2023 after Russia invaded Ukraine": 2023 is not the invasion's); a relative
    # clause may take its noun's ("a war in 2020, which was ended by a peace deal")
    inside = next(((a, b) for a, b in subordinate if a <= span_start < b), None)
    if inside is not None:
        dates = [d for d in dates if inside[0] <= d.start and d.end <= inside[1]]
    elif relative and (rel := next(((a, b) for a, b in relative if a <= span_start < b and b < len(text) - 1
                                    and text[b - 1 : b] == ","), None)) is not None:
        # (the words inside a relative clause set off by commas take no date of the predicate
        # after it: "Egypt, which receives US aid, has been trying since 2013 to ...")
        dates = [d for d in dates if d.start < rel[1]]
    for d in dates:
        if any(min(span_end, d.end) <= a and b <= max(span_start, d.start) for a, b in avoid):
            continue
        if d.surface[-6:].lower() in (" after", "before") and not 0 <= span_start - d.end <= 40:
            continue  # "two years after signing the deal" dates the signing, not the words around it
        if any(a <= d.start and d.end <= b for a, b in asides):
            continue
        if _attributive_year(text, d) and not (0 <= span_start - d.end <= 40
                                               and not _NP_BREAK.search(text, d.end, span_start)):
            continue  # "reaffirmed its commitment to the 1951 treaty": the treaty's year
        if verbs and _other_clause(text, d.start, d.end, span_start, span_end, verbs):
            continue
        if _PROCESS_DATE_BEFORE.search(text, max(0, d.start - 60), d.start) and not (d.start <= span_start < d.end):
            continue  # "concluded following a tender launched in September last year": the tender's date
        if d.start >= span_end:
            between = text[span_end : d.start]
            dist = float(d.start - span_end)
        elif d.end <= span_start:
            between = text[d.end : span_start]
            dist = (span_start - d.end) * 1.2
        else:
            between, dist = "", 0.0
        if d.end <= span_start and DEAL_YEAR.match(text, d.start) and COORDINATED_CLAUSE.search(between):
            continue  # "... under a 2008 agreement, and said it would buy frigates": that deal's year
        if d.end <= span_start and _AND_NEXT_VERB.fullmatch(between) and any(b <= d.start for _a, b in verbs):
            continue  # "signed a deal for Rafale jets in 2016 and bought MH-60Rs": the signing's year
        if CLAUSE_BREAK.search(between):
            if d.end <= span_start:
                continue  # "Angola signed a deal in March, while Ethiopia has received drones"
            dist += 400
        if is_end_point(text, d.start) or (d.kind == "interval" and _FOR_PERIOD.search(text, max(0, d.start - 25), d.start)):
            # "suspends talks until 2028", "a roadmap for 2024-2025": the span the words
            # cover, the act's date only if the sentence has no other
            dist += 300
        if best is None or dist < best[0]:
            best = (dist, d.value or "")
    return best[1] if best else None


# a bare year as an adjective: "the 1951 Mutual Defense Treaty", "Russia's 2022 invasion"
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+$", re.IGNORECASE)
# (not "a 2018 deal": the transfer reader dates its order by that year itself)
_WORD_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|for|from|with|by|when|after|before|until|as|is|was|were|are|"
                         r"deal|contract|agreement|order|purchase)s?\b)[A-Za-z]", re.IGNORECASE)
# a year that names a deal: "under a 2018 deal" (the order's year)
DEAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:deal|contract|agreement|order|purchase)\b", re.IGNORECASE)
_NP_BREAK = re.compile(r"[,;:()]|\b(?:and|or|to|in|on|at|for|from|with|by|that|which|who|is|was|were|are|has|have|had)\b",
                       re.IGNORECASE)


def _attributive_year(text: str, d: DateExpr) -> bool:
    return (len(d.surface) == 4 and d.surface.isdigit()
            and bool(_DETERMINER_BEFORE.search(text, max(0, d.start - 8), d.start))
            and bool(_WORD_AFTER.match(text, d.end)))


# a clause with its own subject and past verb after "since"/"after"/"when": "the biggest deal
# since they normalised relations in 2020" (2020 is the normalisation's)
_SUBORDINATE_ASIDE = re.compile(
    r"\b(?:since|after|before|when|because)\s+(?:they|it|he|she|we|the\s+two(?:\s+\w+)?|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"\s+(?:had\s+|have\s+|has\s+|first\s+|was\s+|were\s+|had\s+been\s+)?[a-z]+ed\b[^,;.]*"
    # (or with a gerund: "left the programme in 2019 after buying the S-400")
    # (not a span after a duration: "three years after signing the deal" dates the signing)
    r"|(?<=\s)(?<!years\s)(?<!year\s)(?<!months\s)(?<!month\s)(?<!weeks\s)(?<!days\s)(?<!decades\s)"
    r"(?:after|before|since)\s+(?!during\b)[a-z]{3,}ing\b[^,;.]*")
# (also "..., the remaining two of which are due in 2026")
_RELATIVE_ASIDE = re.compile(r",\s*(?:(?:the\s+)?(?:[\w-]+\s+){0,3}of\s+)?(?:which|who|whose|whom)\s[^,;()]{3,120}(?:,|\.?\s*$)",
                             re.IGNORECASE)
_AND_NEXT_VERB = re.compile(r",?\s+and\s+(?:also\s+|later\s+|then\s+)?")
COORDINATED_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\b|;", re.IGNORECASE)


_AND_GAP = re.compile(r"\s+and\s+(?:(?:recently|later|then|also|subsequently|since)\s+)?")
# a second predicate's verb right after "and": "bought drones in 2014 and took delivery of
# radars last year" (2014 is the purchase's), "... in 2023 and has also bought ..."
_PREDICATE_START = re.compile(r"(?:has|have|had|took|got|gave|sent|sold|bought|won|began|[a-z]{3,}ed)\b",
                              re.IGNORECASE)
# a second predicate of the subject: "bought jets in 2019 and has been in talks over ..."
_AND_AUXILIARY = re.compile(r",?\s+and\s+(?:has|have|is|are|was|were|will)\s+(?:also\s+|since\s+|now\s+)?(?:been\s+)?[a-z]+",
                            re.IGNORECASE)


def _other_clause(text: str, ds: int, de: int, ss: int, se: int, verbs: Sequence[tuple[int, int]]) -> bool:
    if de <= ss:
        if _AND_AUXILIARY.search(text, de, ss):
            return True  # "left the programme in 2019, and has since sought F-16s": the first predicate's
        # (", and has received ...", or "in 2023 and has also bought ...": another tense)
        other = bool(COORDINATED_CLAUSE.search(text, de, ss)) or bool(
            _AND_GAP.fullmatch(text, de, ss) and _PREDICATE_START.match(text, ss))
        return other and any(b <= ds for _a, b in verbs)
    if ds >= se:
        # "ordered helicopters, and in 2023 received jets" / "..., and received jets in 2023";
        # "operates drones and took delivery of radars last year": the later verb's
        co = COORDINATED_CLAUSE.search(text, se, ds)
        if co is not None and any(a >= co.end() for a, _b in verbs):
            return True
        return any(se <= a and b <= ds and _AND_BEFORE.search(text, max(se, a - 8), a) for a, b in verbs)
    return False


_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


def better_date(a: str | None, b: str | None) -> str | None:
    """Of two reports of one date: the more precise when they agree, else the earlier
    (later articles often re-report an event with the date they were written)."""
    if not a:
        return b
    if not b:
        return a
    if date_contains(a, b):
        return a if len(a) >= len(b) else b
    return min(a, b, key=date_key)


def date_precision(value: str | None) -> int:
    """0 none, 1 year, 2 month, 3 day; an interval counts as a year."""
    if not value:
        return 0
    if "/" in value:
        return 1
    return {4: 1, 7: 2, 10: 3}.get(len(value), 1)


def date_key(value: str | None) -> str:
    """A sortable key: unknown dates sort last."""
    if not value:
        return "9999"
    return value.split("/")[0]


def date_contains(a: str | None, b: str | None) -> bool:
    """True when the two dates agree at the precision both give."""
    if not a or not b:
        return True
    if "/" in a or "/" in b:
        lo_a, hi_a = (a.split("/") + [a])[:2] if "/" in a else (a, a)
        lo_b, hi_b = (b.split("/") + [b])[:2] if "/" in b else (b, b)
        return lo_a[:4] <= hi_b[:4] and lo_b[:4] <= hi_a[:4]
    n = min(len(a), len(b))
    return a[:n] == b[:n]
