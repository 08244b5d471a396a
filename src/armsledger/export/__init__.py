"""Export the ledger in the public contract's form (docs: shared contract
ledger-export.md): JSON Lines, one record per line, or one CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from armsledger.store import Store

RECORD_KINDS = ("transfer", "membership", "agreement", "event", "budget", "conflict")


def iter_records(store: Store) -> Iterator[dict[str, Any]]:
    for doc in store.iter_documents():
        yield doc.to_dict()
    yield from store.entities()
    for kind in RECORD_KINDS:
        yield from store.all_records(kind)


def write_jsonl(store: Store, fh: TextIO) -> int:
    n = 0
    for rec in iter_records(store):
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


CSV_FIELDS = ["record", "id", "supplier", "recipient", "system", "description", "category", "quantity",
              "status", "order_date", "delivery_date", "state", "organization", "action", "parties", "kind",
              "type", "mode", "source", "target", "source_person", "target_person", "date", "year", "amount",
              "currency", "approximate", "subject", "subject_name", "attribute", "values", "name", "aliases",
              "country", "role", "mentions", "url", "outlet", "title", "published", "published_from",
              "language", "chars_in", "chars_kept", "text", "reports"]


def write_csv(store: Store, fh: TextIO) -> int:
    """One CSV for every kind: a `record` column says the kind; lists and reports are JSON."""
    w = csv.DictWriter(fh, fieldnames=CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    n = 0
    for rec in iter_records(store):
        row = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v) for k, v in rec.items()}
        w.writerow(row)
        n += 1
    return n
