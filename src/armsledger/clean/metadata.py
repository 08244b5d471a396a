"""Metadata from a page's text: the publication date (stamps, datelines, a dated
caption as a last resort) and a cheap language guess."""

from __future__ import annotations

import re
from datetime import date as _date

from armsledger.extract.dates import find_dates, full_dates

DIGIT_RE = re.compile(r"\d")  # one C-level scan, not a Python loop per character
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# what may surround a date on a stamp line: times, zones, separators, "Updated", weekdays
_STAMP_REST = re.compile(
    r"\b(?:T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?|AM|PM|CET|CEST|GMT|UTC|IST|EST|EDT|BST|MSK|JST|"
    r"updated|published|publish|date|posted|last|on|at|mon|tue|wed|thu|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|xinhua|bss|afp|\d+\s*min(?:ute)?s?\s+read)\b|[|,:;()\-–—/.]",
    re.IGNORECASE,
)
# "Published: 2024-06-18" (a time may follow: "2024-06-18T10:12:00Z")
_LABELLED_ISO = re.compile(r"^\s*(?:date|published|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:\b|(?=T\d))",
                           re.IGNORECASE | re.MULTILINE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40},\s*(?P<date>[A-Z][a-z]{2,9}\.?\s*\d{1,2}(?:,\s*\d{4})?)\s*\(")
_EN_STOP = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
            "it", "said", "from", "at", "has", "have", "its", "an", "will", "be", "are", "were",
            "would", "also", "after", "more", "their", "his", "her", "this", "which", "who", "not", "but",
            "than", "into", "over", "says", "had", "been", "could"}


def normalise_date(value: str | None) -> str | None:
    """An ISO date at the precision given ('2025-03' stays '2025-03'); other forms
    ('Thu, 20 Jun 2024') through the text parser."""
    if not value:
        return None
    v = str(value).strip()
    m = _ISO.match(v)
    if m:
        y, mo, d = m.groups()
        return "-".join(x for x in (y, mo, d) if x)
    found = [d for d in find_dates(v, None) if d.value and len(d.value) >= 4 and "/" not in d.value]
    return found[0].value if found else None


def date_from_text(text: str, whole_line: bool = False) -> str | None:
    """The publication date a page's text gives: a stamp line near the top ('6 Oct, 2023
    14:42', 'Jan.19 - 2025 9:17 PM CET', 'date 2023-11-21'), else a dateline, else the
    first full date anywhere (a dated caption). With `whole_line`, only a line that is
    nothing but a stamp."""
    lines = text.split("\n")
    for line in lines[: 1 if whole_line else 40]:
        s = line.strip()
        if not s or len(s) > 120:
            if whole_line:
                return None
            m = _LABELLED_ISO.match(line)
            if m:
                return m.group(1)
            continue
        if not DIGIT_RE.search(s):
            continue  # with no publication date to anchor it, a full date has digits
        full = full_dates(s)
        if full:
            start, end, value = full[0].start, full[0].end, full[0].value
        elif (num := _numeric_date(s)) is not None:
            start, end, value = num
        else:
            continue
        rest = s[:start] + " " + s[end:]
        for later in full[1:]:  # "Published: 13 August 2024 | Updated: 14 August 2024"
            rest = rest.replace(later.surface, " ")
        rest = _NUMERIC.sub(" ", rest)  # ("Published 09.01.2025 14:05 | Updated 09.01.2025 15:30")
        rest = _STAMP_REST.sub(" ", rest)
        if len(rest.split()) <= 2:
            return value
    if whole_line:
        return None
    m = _LABELLED_ISO.search(text)
    if m:
        return m.group(1)
    for line in lines[:60]:
        dm = _DATELINE.match(line.strip())
        if dm:
            full = full_dates(dm.group("date"))
            if full:
                return full[0].value
    # a full date is read without context, so the groups are read in order and the
    # first one with a date ends the scan (a page's first year is often dated)
    for group in _year_lines(text[:50000]):
        for d in full_dates(group):
            if not d.relative:
                return d.value
    return None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_LINES_BEFORE = 3  # a full date has at most four words ("5th", "of", "June,", "2024"), the year last


def _year_lines(text: str) -> list[str]:
    """The runs of lines a full date can be on, in order: a full date holds a year, so
    the lines with one and the three non-blank lines before each (a date broken over
    lines) are kept, and the lines between runs are dropped, so no match can join lines
    that were apart. The dates come out as from the whole text, for a fraction of the
    scan."""
    lines = text.split("\n")
    keep = [False] * len(lines)
    for k, line in enumerate(lines):
        if _YEAR.search(line):
            j, words = k, 0
            while j >= 0 and not keep[j] and words <= _LINES_BEFORE:
                keep[j] = True
                words += bool(lines[j].strip())
                j -= 1
    runs: list[str] = []
    start = None
    for k, kept in enumerate([*keep, False]):
        if kept and start is None:
            start = k
        elif not kept and start is not None:
            runs.append("\n".join(lines[start:k]))
            start = None
    return runs


_NUMERIC = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b|\b((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})\b")


def _numeric_date(line: str) -> tuple[int, int, str] | None:
    """'Athens, 18/03/2022', '2022/03/18' on a stamp line. Day first, as most of the
    world writes it, unless only month first makes a date ('03/18/2022')."""
    m = _NUMERIC.search(line)
    if m is None:
        return None
    if m.group(5):
        y, mo, d = int(m.group(5)), int(m.group(6)), int(m.group(7))
    else:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d, mo = (b, a) if a <= 12 < b else (a, b)
    try:
        return m.start(), m.end(), _date(y, mo, d).isoformat()
    except ValueError:
        return None


_LOWER_WORD = re.compile(r"[a-z]+")


def guess_language(text: str) -> str | None:
    """'en' when English function words are common, else 'und' (stored, flagged, not extracted)."""
    words = _LOWER_WORD.findall(text[:5000].lower())
    if len(words) < 20:
        return "en" if words else None
    share = sum(map(_EN_STOP.__contains__, words)) / len(words)
    # (a short brief full of names has fewer function words: "President Zelenskyy said
    # Ukraine would buy more drones")
    return "en" if share > (0.12 if len(words) >= 150 else 0.08) else "und"
