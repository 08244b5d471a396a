"""The `armsledger` command: thin, each command calls one function of a stage."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from armsledger.store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read defence news into an evidence-backed ledger of arms transfers and alignments.")
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)

DbOpt = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL (default: $ARMSLEDGER_DB or sqlite:///armsledger.db)")]


def _store(db: str | None) -> Store:
    from armsledger.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (.txt, .html, .json, .jsonl, .warc[.gz])")],
    manifest: Annotated[Path | None, typer.Option(help="JSON Lines: path, url, outlet, published, title, language")] = None,
    db: DbOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar, errors only")] = False,
    max_bytes: Annotated[int, typer.Option(help="largest input file accepted, in bytes")] = 5_000_000,
    batch_size: Annotated[int, typer.Option(help="documents stored per transaction")] = 50,
) -> None:
    """Read, clean, extract and store documents; then merge the ledger."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from armsledger import pipeline

    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING, format="%(message)s")
    store = _store(db)
    total = sum(1 for p in paths for f in ([p] if p.is_file() else p.rglob("*") if p.is_dir() else [p])
                if not p.exists() or f.is_file())
    show = not quiet and err.is_terminal
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not show) as bar:
        task = bar.add_task("ingesting", total=total or None)
        counts = pipeline.ingest(paths, manifest, store, batch_size=batch_size, max_bytes=max_bytes, quiet=quiet,
                                 progress=lambda n, _src: bar.advance(task, n))
    for e in counts.errors:
        err.print(f"error: {e}", highlight=False, markup=False)
    c = store.counts()
    msg = (f"documents: {counts.new} new, {counts.unchanged} unchanged, {counts.failed} failed; "
           f"ledger: {c['transfer']} transfers, {c['membership']} memberships, {c['agreement']} agreements, "
           f"{c['event']} events, {c['budget']} budgets, {c['conflict']} conflicts")
    err.print(msg, highlight=False)
    if counts.failed:
        raise typer.Exit(1)


@app.command()
def extract(db: DbOpt = None, all_: Annotated[bool, typer.Option("--all", help="every document, not only those extracted with an older knowledge base")] = False) -> None:
    """Extract again from stored documents (after the knowledge base changed) and merge."""
    from armsledger import pipeline

    n = pipeline.reextract(_store(db), all_documents=all_)
    err.print(f"re-extracted {n} documents")


@app.command()
def docs(db: DbOpt = None, limit: int = 50, offset: int = 0) -> None:
    """List stored documents."""
    t = Table("id", "published", "from", "outlet", "title", "lang", "kept/in")
    for d in _store(db).documents(limit, offset):
        t.add_row(d["id"], d["published"] or "", d["published_from"], d["outlet"] or "", (d["title"] or "")[:60],
                  d["language"] or "", f"{d['chars_kept']}/{d['chars_in']}")
    out.print(t)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file (default: standard output)")] = None,
    db: DbOpt = None,
) -> None:
    """Write the ledger in the export contract's form."""
    from armsledger.export import write_csv, write_jsonl

    if format not in ("jsonl", "csv"):
        err.print(f"error: unknown format {format!r} (jsonl or csv)")
        raise typer.Exit(2)
    store = _store(db)
    writer = write_jsonl if format == "jsonl" else write_csv
    if output is None:
        writer(store, sys.stdout)
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        n = writer(store, fh)
    tmp.replace(output)
    err.print(f"wrote {n} records to {output}")


def _table(kind: str, country: str | None, since: str | None, until: str | None, db: str | None) -> None:
    recs = _store(db).all_records(kind, country=country, since=since, until=until)
    cols = {
        "transfer": ["id", "supplier", "recipient", "system", "category", "quantity", "status", "order_date", "delivery_date"],
        "membership": ["id", "state", "organization", "action", "date"],
        "agreement": ["id", "parties", "kind", "status", "date"],
        "event": ["id", "type", "source", "target", "source_person", "date"],
        "budget": ["id", "state", "year", "amount", "currency", "approximate"],
    }[kind]
    t = Table(*cols, "reports", title=f"{len(recs)} {kind} records")
    for r in recs:
        t.add_row(*[", ".join(r[c]) if isinstance(r.get(c), list) else str(r.get(c) if r.get(c) is not None else "")
                    for c in cols], str(len(r.get("reports", []))))
    out.print(t)


CountryOpt = Annotated[str | None, typer.Option("--country", help="ISO3 or organisation code, on any side")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="year or ISO date")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="year or ISO date")]


@app.command()
def transfers(country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None, db: DbOpt = None) -> None:
    """Arms transfers."""
    _table("transfer", country, since, until, db)


@app.command()
def memberships(country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None, db: DbOpt = None) -> None:
    """Membership acts (join, withdraw, boycott ...)."""
    _table("membership", country, since, until, db)


@app.command()
def agreements(country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None, db: DbOpt = None) -> None:
    """Agreements other than single arms deals."""
    _table("agreement", country, since, until, db)


@app.command()
def events(country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None, db: DbOpt = None) -> None:
    """PLOVER-coded political events."""
    _table("event", country, since, until, db)


@app.command()
def budgets(country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None, db: DbOpt = None) -> None:
    """Defence budgets."""
    _table("budget", country, since, until, db)


@app.command()
def show(record_id: str, db: DbOpt = None) -> None:
    """A record with its quotes, their outlets and dates."""
    rec = _store(db).record(record_id)
    if rec is None:
        err.print(f"error: no record {record_id!r}")
        raise typer.Exit(1)
    reports = rec.pop("reports", [])
    out.print_json(json.dumps(rec, ensure_ascii=False))
    for r in reports:
        src = f" (according to {r['attributed_to']})" if r.get("attributed_to") else ""
        out.print(f"\n[bold]{r.get('outlet') or 'unknown outlet'}[/bold], {r.get('published') or 'undated'}{src} "
                  f"[{r['modality']}] {r['document']}:{r['start']}-{r['end']}")
        out.print(f"  “{r['quote']}”", highlight=False, markup=False)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="answer key in the form of seeds.gold.json")],
    db: DbOpt = None,
    pred: Annotated[Path | None, typer.Option(help="score this export instead of the store")] = None,
) -> None:
    """Precision, recall and F1 per record kind against an answer key."""
    from armsledger.evaluate import evaluate as run
    from armsledger.export import iter_records

    try:
        key = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        err.print(f"error: cannot read answer key {gold}: {e}")
        raise typer.Exit(2) from None
    if pred is not None:
        records = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        records = list(iter_records(_store(db)))
    res = run(key, records)
    t = Table("kind", "P", "R", "F1", "tp", "fp", "fn")
    for kind, r in res["kinds"].items():
        t.add_row(kind, f"{r['precision']:.2f}", f"{r['recall']:.2f}", f"{r['f1']:.2f}", str(r["tp"]), str(r["fp"]), str(r["fn"]))
    out.print(t)
    out.print(f"ledger F1 (transfers, memberships, agreements): {res['ledger_f1']:.3f}")


@app.command()
def serve(db: DbOpt = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the REST API and web pages (read-only)."""
    try:
        from armsledger.serve import create_app  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        err.print("error: the web UI is not available in this build")
        raise typer.Exit(2) from None
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
