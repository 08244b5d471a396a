"""Clean: a raw input becomes a `Document` — main text without the scrape's
boilerplate, metadata (date, title, author, outlet, language), and a map from
cleaned-text offsets back to the raw text.

HTML goes through trafilatura (main text and metadata). Pre-scraped text is
cleaned line by line with the patterns in `data/boilerplate.yaml`; photo captions
are taken out of the text but kept in `Document.removed` marked "caption", so
they never produce records on their own and can still be shown.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.clean.metadata import DIGIT_RE, date_from_text, guess_language, normalise_date
from armsledger.patterns import Pattern, PatternList
from armsledger.records import Document, RawDocument, Removed, Segment

__all__ = ["CleanError", "clean_document"]

MAX_LINE = 20_000


class CleanError(ValueError):
    """Nothing usable is left of an input."""


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("armsledger.clean").joinpath("data/boilerplate.yaml").read_text("utf-8")
    )
    # all the line patterns in one list, each with its literal prefilter: a line is
    # looked up once, not once per pattern (most lines hold none of their words)
    return {
        "all": PatternList((Pattern(p, re.IGNORECASE if kind != "caption" else 0), kind)
                           for kind, items in data.items() if isinstance(items, list) for p in items),
        "icons": Pattern(data["icons"], re.IGNORECASE),
        "related": Pattern(data["related_start"], re.IGNORECASE),
        "bio": Pattern(data["bio_start"], re.IGNORECASE),
        "news": Pattern(data["headline_verbs"], re.IGNORECASE),
    }


_BOILER_KINDS = ("appeal", "newsletter", "navigation", "audio", "payment", "copyright", "credit")
_GLUE_RE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_CASE_TURN = re.compile(r"[a-z][A-Z]")  # what a glue needs: found in C, 3x faster than the lookbehind
# "By Jan Kowalski", "By Jan Kowalski, Defence Correspondent", "By A and B | Reuters": short,
# with no full stop at the end (a sentence "By Tuesday, the ministry had ..." has one)
_BYLINE_RE = re.compile(r"^\s*(?:written\s+)?by\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
                        r"(?:\s*(?:,|\band\b|\||[-–—])\s*[^.]{0,50}[^.\s])?\s*$", re.IGNORECASE)
_LETTER_RE = re.compile(r"[A-Za-z]")
_READER_RE = re.compile(r"\b(?:our|us|you|your|we)\b", re.IGNORECASE)
_ADDRESS_RE = re.compile(r"\b(?:our|ours|us|you|your|we|readers?|subscribers?|donat\w*|subscri\w*)\b", re.IGNORECASE)
_TIME_RE = re.compile(r"^\s*\d{1,2}:\d{2}\s*(?:AM|PM)?\s*$", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"[.!?:][\"'”’)]*\s*$")
_DATE_PREFIX_RE = re.compile(r"^\s*(?:date|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})\s+", re.IGNORECASE)


def clean_document(raw: RawDocument) -> Document:
    content = raw.content
    if not content or not content.strip():
        raise CleanError("no text")
    meta_title, meta_author, meta_date, meta_site = raw.title, raw.author, None, None
    if raw.kind == "html":
        text, meta = _from_html(content)
        if not text.strip():
            raise CleanError("no main text found in the HTML")
        content = text
        meta_title = meta_title or meta.get("title")
        meta_author = meta_author or meta.get("author")
        meta_date = meta.get("date")
        meta_site = meta.get("sitename")
    doc = _clean_text(raw, content)
    # metadata: the manifest first, then the page's metadata, then the text itself
    published, published_from = None, "none"
    if raw.published:
        published, published_from = normalise_date(raw.published), "metadata"
    if not published and meta_date:
        published, published_from = normalise_date(meta_date), "metadata"
    if not published:
        found = date_from_text(content)
        if found:
            published, published_from = found, "text"
    if not published:
        published_from = "none"
    doc.published = published
    doc.published_from = published_from  # type: ignore[assignment]
    doc.title = meta_title or doc.title
    doc.author = meta_author or doc.author
    doc.outlet = raw.outlet or meta_site
    doc.url = raw.url
    doc.language = raw.language or guess_language(doc.text)
    if not doc.text.strip():
        raise CleanError("nothing left after removing boilerplate")
    return doc


def _from_html(html: str) -> tuple[str, dict[str, Any]]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta: dict[str, Any] = {}
    try:
        md = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - malformed pages must not stop a batch
        md = None
    if md is not None:
        meta = {"title": md.title, "author": md.author, "date": md.date, "sitename": md.sitename}
    return text, meta


def _clean_text(raw: RawDocument, content: str) -> Document:
    pats = _patterns()
    pieces: list[tuple[int, int]] = []  # raw spans kept
    removed: list[Removed] = []
    author: str | None = None
    title: str | None = None
    in_feed = False
    in_box = False
    in_related = False  # after "Related posts": other stories' headlines
    bio_of: str | None = None  # after "About Jan Kowalski": "Jan Kowalski is ..."
    heads: list[str] = []  # headline-like lines kept before the first paragraph
    body_started = False
    pos = 0
    for line in content.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s:
            continue
        lstart = start + (len(line) - len(line.lstrip()))
        lend = start + len(line.rstrip())
        if in_feed:
            removed.append(Removed(lstart, lend, "feed"))
            continue
        reason = _line_reason(s, pats)
        if reason == "feed":
            # a ticker or feed follows the article: before any article text it is only a label
            in_feed = len(pieces) >= 2
        if reason is None and in_box and len(s) < 60 and not s.endswith("."):
            reason = "newsletter"  # short labels inside a newsletter box
        if pats["related"].search(s):
            in_related = body_started  # (a "Latest news" menu above the headline lists nothing of the kind)
        elif reason is None and in_related and not _PARAGRAPH_END.search(s) and len(s.split()) <= 25:
            reason = "related"  # another story's headline
        elif reason is None:
            in_related = False
        if (bio := pats["bio"].search(s)) is not None:
            bio_of, reason = bio.group("name"), "byline"
        elif reason is None and bio_of and s.startswith(bio_of + " "):
            reason = "byline"  # "Jan Kowalski is associate editor for Europe at ..."
        if reason == "newsletter":
            # (a box sits among the article's text; a site's "Subscribe" button above the
            # headline opens none)
            in_box = body_started
        elif reason is None:
            in_box = False
        if reason is None:
            m = _BYLINE_RE.match(s)
            if m and lstart - 0 < 2000:
                author = author or m.group("name")
                reason = "byline"
        if reason is None and len(s) <= 120 and DIGIT_RE.search(s) and date_from_text(s, whole_line=True):
            reason = "date stamp"
        if reason in ("appeal", "newsletter") and len(s) > 150:
            # a paragraph of news with an appeal in it ("... the minister said. Support our
            # journalism - become a member ..."): only the appeal's sentences go
            kept = _keep_news_sentences(content, lstart, lend, pats, removed, reason)
            if kept:
                pieces.extend(kept)
                continue
        if reason is not None:
            if reason in ("byline", "date stamp") and heads and not body_started and title \
                    and (len(title.split()) <= 4 < len(heads[-1].split())
                         or (heads[-1] != title and not pats["news"].search(title)
                             and pats["news"].search(heads[-1]) is not None)):
                # the headline is the line right above the byline or date, not a site's
                # name above it ("The Defence Post" / "Estonia buys 12 K9s" / "By ...")
                # (not a standfirst after a full headline: only a name-like first line yields)
                title = heads[-1]
            removed.append(Removed(lstart, lend, reason))
            continue
        # glued blocks: "Become a memberMinister of ..." -> drop the appeal part
        a, b = lstart, lend
        for g in _GLUE_RE.finditer(content, lstart, lend) if _CASE_TURN.search(content, lstart, lend) else ():
            head = content[a : g.start()]
            if _line_reason(head.strip(), pats) in _BOILER_KINDS:
                removed.append(Removed(a, g.start(), "appeal"))
                a = g.start()
        m = _DATE_PREFIX_RE.match(content, a, b)
        if m:
            removed.append(Removed(a, m.end(), "date stamp"))
            a = m.end()
        if a < b:
            pieces.append((a, b))
            if _headline(content[a:b]):
                heads.append(content[a:b].strip())
                if title is not None and not body_started and not pats["news"].search(title) \
                        and pats["news"].search(heads[-1]) and len(heads[-1].split()) >= 5:
                    title = heads[-1]  # "NORDIC POST | Denmark in English" above "Denmark orders Italian frigates"
                title = title or heads[-1]
            else:
                body_started = True
    text_parts: list[str] = []
    offsets: list[tuple[int, int, int]] = []
    segments: list[Segment] = []
    cur = 0
    prev_end = None
    for a, b in pieces:
        if prev_end is not None:
            sep = "\n\n" if content.count("\n", prev_end, a) > 1 else "\n"
            text_parts.append(sep)
            cur += len(sep)
        offsets.append((cur, a, b - a))
        if title is not None and content[a:b].strip() == title and not segments:
            segments.append(Segment(cur, cur + (b - a), "title"))
        text_parts.append(content[a:b])
        cur += b - a
        prev_end = b
    text = "".join(text_parts)
    doc_id = "doc_" + hashlib.sha256(raw.content.encode("utf-8")).hexdigest()[:16]
    return Document(
        id=doc_id,
        source=raw.source,
        text=text,
        raw=content,
        title=title,
        author=author,
        offsets=offsets,
        segments=segments,
        removed=removed,
        content_hash=raw.content_hash,
    )


_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z])")


def _keep_news_sentences(content: str, lstart: int, lend: int, pats: dict[str, Any],
                         removed: list[Removed], reason: str) -> list[tuple[int, int]]:
    """The spans of a line's sentences that are no boilerplate, when the line has both
    kinds (else nothing: the whole line is the boilerplate it looked like)."""
    spans, a = [], lstart
    for g in _SENTENCE_GAP.finditer(content, lstart, lend):
        spans.append((a, g.start()))
        a = g.end()
    spans.append((a, lend))
    if len(spans) < 2:
        return []
    # (a sentence that speaks to the reader, "outlets like ours", "only one in 10,000 readers
    # ...", belongs to the appeal around it)
    why = [_line_reason(content[x:y].strip(), pats) or ("appeal" if _ADDRESS_RE.search(content, x, y) else None)
           for x, y in spans]
    if all(w is not None for w in why) or all(w is None for w in why):
        return []
    for (x, y), w in zip(spans, why, strict=True):
        if w is not None:
            removed.append(Removed(x, y, w if w in _BOILER_KINDS else reason))
    return [(x, y) for (x, y), w in zip(spans, why, strict=True) if w is None]


def _line_reason(s: str, pats: dict[str, Any]) -> str | None:
    if not s:
        return None
    if len(s) > MAX_LINE:
        return "oversized line"
    by_kind: dict[str, list[Pattern]] = {}
    for p, kind in pats["all"].candidates(s):
        by_kind.setdefault(kind, []).append(p)
    for rx in by_kind.get("feed_start", ()):
        if rx.rx.search(s):
            return "feed"
    if len(pats["icons"].findall(s)) >= 4:
        return "icons"
    if len(s) < 600:
        reader: bool | None = None  # (read only when an appeal's words are there)
        for kind in _BOILER_KINDS:
            rxs = by_kind.get(kind)
            if not rxs:
                continue
            if kind in ("appeal", "newsletter"):
                if reader is None:
                    reader = len(s) < 80 or _READER_RE.search(s) is not None
                if not reader:
                    continue  # an appeal speaks to the reader; news about members does not
            for rx in rxs:
                if rx.rx.search(s):
                    return kind
        for rx in by_kind.get("caption", ()):
            if rx.rx.search(s):
                return "caption"
    words = s.split()
    if not _LETTER_RE.search(s):
        return "counter"
    if _TIME_RE.match(s):
        return "time stamp"
    if len(words) <= 2 and not re.search(r"[.!?]\W*$", s) or len(words) == 1:
        return "label"
    return None


def _headline(s: str) -> bool:
    s = s.strip()
    words = s.split()
    return 3 <= len(words) <= 20 and not re.search(r"[.,;:]\W*$", s) and s[:1].isupper()
