"""The pipeline: files in, ledger stored.

`process_raw` is the per-document work (clean -> sentences -> extract), a pure
function of one input and the knowledge base, so it can run in a process pool or
a distributed engine. `ingest` runs it over inputs, stores each batch atomically
and then merges across documents (`resolve`) and replaces the stored ledger.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from armsledger.records import Document, Extraction, RawDocument, Sentence
from armsledger.store import Store

if TYPE_CHECKING:
    from armsledger.ingest import IngestError

log = logging.getLogger("armsledger")

Progress = Callable[[int, str], None]


@dataclass
class Counts:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def process_raw(raw: RawDocument) -> tuple[Document, list[Sentence], Extraction]:
    from armsledger.analyse.sentences import split_sentences
    from armsledger.clean import clean_document
    from armsledger.extract import extract_document
    from armsledger.knowledge import load_kb

    doc = clean_document(raw)
    sentences = split_sentences(doc.text, doc.segments)
    return doc, sentences, extract_document(doc, sentences, load_kb())


@contextmanager
def _steady_heap() -> Iterator[None]:
    """Long work with the knowledge base loaded: its objects (hundreds of thousands,
    read-only) are frozen out of garbage collection, and collections run less often.
    Every collection of the old generation scanned them all again; measured on
    bench/ingest_throughput.py this cut about a twentieth of the time."""
    # one small document through every stage builds the lexicons and matchers first,
    # so that they are frozen with the knowledge base
    process_raw(RawDocument(source="<warm-up>", kind="text", content=(
        "France has agreed to sell 12 Rafale fighter jets to India, the ministry said on Monday.\n"
        "India joined the alliance and signed a defence cooperation agreement with France.\n"
        "Its defence budget rose to $10 billion in 2024, Reuters reported.")))
    gc.collect()
    gc.freeze()
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def ingest(
    paths: Sequence[str | Path],
    manifest: str | Path | None,
    store: Store,
    *,
    batch_size: int = 50,
    max_bytes: int | None = None,
    quiet: bool = False,
    progress: Progress | None = None,
) -> Counts:
    with _steady_heap():
        return _ingest(paths, manifest, store, batch_size, max_bytes, progress)


def _ingest(
    paths: Sequence[str | Path],
    manifest: str | Path | None,
    store: Store,
    batch_size: int,
    max_bytes: int | None,
    progress: Progress | None,
) -> Counts:
    from armsledger.ingest import DEFAULT_MAX_BYTES, IngestError, read_inputs

    counts = Counts()
    batch: list[tuple[Document, list[Sentence], Extraction | None]] = []
    known: set[str] = set()  # hashes stored by this run

    def flush() -> None:
        if batch:
            known.update(d.content_hash for d, _, _ in batch)
            new, unchanged = store.add_batch(batch)
            counts.new += new
            counts.unchanged += unchanged
            log.info("stored a batch: %d new, %d already stored", new, unchanged)
            batch.clear()

    for item, stored in _with_stored(read_inputs(paths, manifest, max_bytes or DEFAULT_MAX_BYTES), store, batch_size):
        if isinstance(item, IngestError):
            counts.failed += 1
            counts.errors.append(str(item))
            log.warning("%s", item)
            if progress:
                progress(1, str(item.source))
            continue
        if item.content_hash in known or stored:
            counts.unchanged += 1
            if progress:
                progress(1, item.source)
            continue
        try:
            doc, sentences, extraction = process_raw(item)
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
            counts.failed += 1
            msg = f"{item.source}: {e}"
            counts.errors.append(msg)
            log.warning("%s", msg)
            if progress:
                progress(1, item.source)
            continue
        batch.append((doc, sentences, extraction))
        if progress:
            progress(1, item.source)
        if len(batch) >= batch_size:
            flush()
    flush()
    rebuild_ledger(store)
    return counts


def _with_stored(
    items: Iterator[RawDocument | IngestError], store: Store, n: int
) -> Iterator[tuple[RawDocument | IngestError, bool]]:
    """Each input with whether the store already holds its content: asked of the
    store once for every `n` inputs, not once for each."""
    chunk: list[RawDocument | IngestError] = []

    def drain() -> Iterator[tuple[RawDocument | IngestError, bool]]:
        stored = store.known_hashes([x.content_hash for x in chunk if isinstance(x, RawDocument)])
        for x in chunk:
            yield x, isinstance(x, RawDocument) and x.content_hash in stored
        chunk.clear()

    for item in items:
        chunk.append(item)
        if len(chunk) >= n:
            yield from drain()
    yield from drain()


def rebuild_ledger(store: Store) -> int:
    """Merge every stored document's extraction into the ledger and store it."""
    from armsledger.knowledge import load_kb
    from armsledger.records import Entity
    from armsledger.resolve import DocInfo, aggregate_mentions, resolve_ledger

    kb = load_kb()
    infos: dict[str, DocInfo] = {}
    exs: list[Extraction] = []
    stats: dict[str, Entity] = {}
    for info, ex, mentions in store.iter_extractions():
        infos[info["id"]] = DocInfo(**info)
        # mentions are folded into entity counts as they come, then dropped: memory
        # stays bounded by the ledger, not by every mention of the corpus
        aggregate_mentions(stats, mentions, kb)
        exs.append(ex)
    ledger = resolve_ledger(infos, exs, kb, mention_stats=stats)
    store.replace_ledger(ledger)
    return len(ledger.records())


def reextract(store: Store, all_documents: bool = False, progress: Progress | None = None) -> int:
    """Extract again from the stored documents (after the knowledge base changed),
    without reading the files; then merge. Returns the number re-extracted."""
    with _steady_heap():
        return _reextract(store, all_documents, progress)


def _reextract(store: Store, all_documents: bool, progress: Progress | None) -> int:
    from armsledger.analyse.sentences import split_sentences
    from armsledger.extract import extract_document
    from armsledger.knowledge import load_kb

    kb = load_kb()
    versions = store.kb_versions()
    n = 0
    for doc in store.iter_documents():
        if not all_documents and versions.get(doc.id) == kb.version:
            if progress:
                progress(1, doc.source)
            continue
        sentences = split_sentences(doc.text, doc.segments)
        store.set_extraction(doc.id, extract_document(doc, sentences, kb))
        n += 1
        if progress:
            progress(1, doc.source)
    rebuild_ledger(store)
    return n
