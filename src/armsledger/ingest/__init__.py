"""Ingest: one reader per input kind (pre-scraped text, HTML, JSON / JSON Lines in
the shapes news-please and trafilatura emit, WARC response records) plus the
manifest that adds metadata. Bad input gives an `IngestError` naming the file
(and line) and the rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from armsledger.ingest.errors import IngestError
from armsledger.records import RawDocument

__all__ = ["IngestError", "read_inputs", "read_manifest", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 5_000_000
TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json", ".jsonl", ".ndjson"}
WARC_EXT = {".warc", ".gz"}
MANIFEST_FIELDS = ("url", "outlet", "published", "title", "language")
# field names news-please and trafilatura use, in order of preference
TEXT_FIELDS = ("maintext", "text", "raw_text", "content", "body")
HTML_FIELDS = ("html", "raw_html")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date_publish", "published", "date", "pubdate", "filedate")
OUTLET_FIELDS = ("outlet", "sitename", "source_domain", "hostname", "source")
AUTHOR_FIELDS = ("authors", "author", "byline")


def read_manifest(path: Path) -> tuple[dict[str, dict[str, Any]], list[IngestError]]:
    """Manifest lines by resolved path; malformed lines become errors."""
    entries: dict[str, dict[str, Any]] = {}
    errors: list[IngestError] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        return {}, [IngestError(str(path), None, f"cannot read manifest: {e.strerror or e}")]
    except UnicodeDecodeError:
        return {}, [IngestError(str(path), None, "manifest is not UTF-8 text")]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(IngestError(str(path), n, f"manifest line is not JSON ({e.msg})"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("path"), str) or not obj["path"]:
            errors.append(IngestError(str(path), n, "manifest line has no 'path'"))
            continue
        target = (path.parent / obj["path"]).resolve()
        if not target.exists():
            errors.append(IngestError(str(path), n, f"manifest path does not exist: {obj['path']}"))
            continue
        entries[str(target)] = {k: obj.get(k) for k in MANIFEST_FIELDS if obj.get(k)}
    return entries, errors


def read_inputs(
    paths: Sequence[str | Path], manifest: str | Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | IngestError]:
    meta: dict[str, dict[str, Any]] = {}
    if manifest is not None:
        meta, errs = read_manifest(Path(manifest))
        yield from errs
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield IngestError(str(path), None, "no such file or directory")
            continue
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.name.startswith(".") or f.name == "manifest.jsonl":
                continue
            if manifest is not None and f.resolve() == Path(manifest).resolve():
                continue
            yield from _read_file(f, meta.get(str(f.resolve()), {}), max_bytes)


def _read_file(f: Path, meta: dict[str, Any], max_bytes: int) -> Iterator[RawDocument | IngestError]:
    ext = f.suffix.lower()
    name = f.name.lower()
    if ext not in TEXT_EXT | HTML_EXT | JSON_EXT and not name.endswith((".warc", ".warc.gz")):
        yield IngestError(str(f), None, f"unsupported file type '{f.suffix or f.name}' (skipped)")
        return
    try:
        size = f.stat().st_size
        if size > max_bytes:
            yield IngestError(str(f), None, f"file too large: {size} bytes (limit {max_bytes})")
            return
        if size == 0:
            yield IngestError(str(f), None, "empty file")
            return
        data = f.read_bytes()
    except OSError as e:
        yield IngestError(str(f), None, f"cannot read: {e.strerror or e}")
        return
    if name.endswith((".warc", ".warc.gz")):
        yield from _read_warc(f, data, meta, max_bytes)
        return
    text = decode(data)
    if text is None:
        yield IngestError(str(f), None, "binary or undecodable content (not UTF-8 or Windows-1252 text)")
        return
    if ext in TEXT_EXT and not _HTML_START.match(text):
        yield _raw(str(f), text, "text", meta)
    elif ext in HTML_EXT or ext in TEXT_EXT:  # (a page saved as .txt is still a page)
        yield _raw(str(f), text, "html", meta)
    else:
        yield from _read_json(f, text, meta)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def decode(data: bytes) -> str | None:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 when the result
    looks like text; None for binary content."""
    if b"\x00" in data[:8192]:
        return None
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        # one regex pass, not a Python loop per character (that loop was 3 % of ingest)
        bad = len(_CONTROL_RE.findall(sample))
        if sample and bad / len(sample) > 0.01:
            return None
        return text
    return None


def _raw(source: str, content: str, kind: str, meta: dict[str, Any], **fields: Any) -> RawDocument:
    values = {**{k: v for k, v in fields.items() if v}, **meta}
    return RawDocument(
        source=source,
        content=content,
        kind=kind,  # type: ignore[arg-type]
        url=_s(values.get("url")),
        outlet=_s(values.get("outlet")),
        title=_s(values.get("title")),
        author=_s(values.get("author")),
        published=_s(values.get("published")),
        language=_s(values.get("language")),
    )


def _s(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v if x)
    v = str(v).strip()
    return v[:1000] or None


def _first(obj: dict[str, Any], fields: Sequence[str]) -> Any:
    for k in fields:
        if obj.get(k):
            return obj[k]
    return None


def _read_json(f: Path, text: str, meta: dict[str, Any]) -> Iterator[RawDocument | IngestError]:
    objs: list[tuple[int | None, Any]] = []
    if f.suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield IngestError(str(f), e.lineno, f"not JSON ({e.msg})")
            return
        objs = [(None, o) for o in obj] if isinstance(obj, list) else [(None, obj)]
    else:
        for n, ln in enumerate(text.splitlines(), 1):
            if not ln.strip():
                continue
            try:
                objs.append((n, json.loads(ln)))
            except json.JSONDecodeError as e:
                yield IngestError(str(f), n, f"not JSON ({e.msg})")
    for k, (where, obj) in enumerate(objs, 1):
        source = f"{f}#{where if where is not None else k}"
        if not isinstance(obj, dict):
            yield IngestError(str(f), where, "JSON value is not an object")
            continue
        html = _first(obj, HTML_FIELDS)
        body = _first(obj, TEXT_FIELDS)
        fields = {
            "url": _first(obj, ("url", "source_url")),
            "outlet": _first(obj, OUTLET_FIELDS),
            "title": _first(obj, TITLE_FIELDS),
            "author": _first(obj, AUTHOR_FIELDS),
            "published": _first(obj, DATE_FIELDS),
            "language": _first(obj, ("language", "lang")),
        }
        if isinstance(body, str) and body.strip():
            yield _raw(source, body, "text", meta, **fields)
        elif isinstance(html, str) and html.strip():
            yield _raw(source, html, "html", meta, **fields)
        else:
            yield IngestError(str(f), where, "JSON article has no text or html field")


def _read_warc(f: Path, data: bytes, meta: dict[str, Any], max_bytes: int) -> Iterator[RawDocument | IngestError]:
    import io

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = io.BytesIO(data)
    n = 0
    try:
        for rec in ArchiveIterator(stream):
            if rec.rec_type != "response":
                continue
            n += 1
            ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
            if "html" not in ctype and "text" not in ctype:
                continue
            body = rec.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield IngestError(str(f), n, "WARC record too large")
                continue
            text = decode(body)
            if text is None:
                yield IngestError(str(f), n, "WARC record is not text")
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            date = rec.rec_headers.get_header("WARC-Date")
            kind = "html" if "html" in ctype else "text"
            # the WARC date is the crawl date, not publication: used only as a last resort
            yield _raw(f"{f}#{n}", text, kind, meta, url=url, crawl_date=date)
    except (ArchiveLoadFailed, gzip.BadGzipFile, OSError, ValueError) as e:
        yield IngestError(str(f), n or None, f"malformed WARC: {e}")
