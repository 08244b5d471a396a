"""Full-text search over stored sentences, behind one interface: SQLite's FTS5
now, PostgreSQL's text search when the store is a server.

The user's query is never passed through as search syntax: it is cut into words
and each word is quoted, so `"`, `*`, `NEAR` or `OR` in a query are plain text.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, bindparam, func, select, text

from armsledger.store.models import DocumentRow, SentenceRow

MAX_QUERY = 200
_WORD = re.compile(r"\w+", re.UNICODE)


class SentenceSearch(Protocol):
    def search(self, query: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]: ...


def index_sentences(conn: Connection, after_id: int) -> None:
    """Index the sentences stored after `after_id` (SQLite's FTS5, in one statement:
    migration 0002 dropped the trigger that did it row by row at seven times the cost).
    PostgreSQL's index is kept by the server."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > :after"),
                     {"after": after_id})


def last_sentence_id(conn: Connection) -> int:
    """The id `index_sentences` indexes after, read before a batch is stored."""
    if conn.dialect.name != "sqlite":
        return 0
    return int(conn.execute(select(func.max(SentenceRow.id))).scalar() or 0)


def fts5_expression(query: str) -> str:
    """A safe FTS5 query: every word quoted, all words required."""
    words = _WORD.findall(query[:MAX_QUERY])[:20]
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


class SqliteSearch:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, query: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        expr = fts5_expression(query)
        if not expr:
            return [], 0
        count = text("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH :q").bindparams(
            bindparam("q", expr))
        rows = text(
            "SELECT s.id, s.document_id, s.start, s.\"end\", s.text, d.title, d.outlet, d.published "
            "FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id "
            "WHERE sentences_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
        ).bindparams(bindparam("q", expr), bindparam("limit", limit), bindparam("offset", offset))
        with self.engine.connect() as c:
            total = c.execute(count).scalar_one()
            hits = [_hit(r) for r in c.execute(rows)]
        return hits, total


class PostgresSearch:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, query: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        q = " ".join(_WORD.findall(query[:MAX_QUERY])[:20])
        if not q:
            return [], 0
        tsq = func.plainto_tsquery("english", q)
        match = func.to_tsvector("english", SentenceRow.text).op("@@")(tsq)
        base = (select(SentenceRow.id, SentenceRow.document_id, SentenceRow.start, SentenceRow.end,
                       SentenceRow.text, DocumentRow.title, DocumentRow.outlet, DocumentRow.published)
                .join(DocumentRow, DocumentRow.id == SentenceRow.document_id).where(match))
        with self.engine.connect() as c:
            total = c.execute(select(func.count()).select_from(base.subquery())).scalar_one()
            hits = [_hit(r) for r in c.execute(base.order_by(SentenceRow.id).limit(limit).offset(offset))]
        return hits, total


def _hit(r: Any) -> dict[str, Any]:
    return {"document": r.document_id, "start": r.start, "end": r.end, "text": r.text, "title": r.title,
            "outlet": r.outlet, "published": r.published}


def for_engine(engine: Engine) -> SentenceSearch:
    if engine.dialect.name == "postgresql":
        return PostgresSearch(engine)
    return SqliteSearch(engine)
