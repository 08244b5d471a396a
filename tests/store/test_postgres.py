"""The store on a real PostgreSQL server, started by the test in a temporary folder:
migrations, ingest of the seeds, full-text search, and the same ledger as SQLite."""

import glob
import io
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from armsledger import pipeline
from armsledger.export import write_jsonl
from armsledger.store import Store
from armsledger.store.search import for_engine

pytestmark = pytest.mark.postgres
SEEDS = Path(__file__).resolve().parents[2] / "src/armsledger/examples/seeds"
BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))

if not BIN or not os.path.exists(os.path.join(BIN[-1], "initdb")):
    pytest.skip("needs PostgreSQL's server binaries (apt package postgresql)", allow_module_level=True)
try:
    import psycopg  # noqa: F401
except ImportError:  # pragma: no cover
    pytest.skip("needs psycopg", allow_module_level=True)


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server as the postgres user when we are root
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="module")
def pg_url():
    # a folder of its own under /tmp: pytest's folders are private to root, and the server
    # runs as the postgres user
    base = Path(tempfile.mkdtemp(prefix="armsledger-pg-"))
    os.chmod(base, 0o755)
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for p in (base, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    bin_ = BIN[-1]
    subprocess.run(_as_postgres([f"{bin_}/initdb", "-D", str(data), "-U", "ledger", "-A", "trust"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres([f"{bin_}/pg_ctl", "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                                 f"-p {port} -k {sock} -c listen_addresses=127.0.0.1", "start"]),
                   check=True, capture_output=True)
    try:
        url = f"postgresql+psycopg://ledger@127.0.0.1:{port}/postgres"
        deadline = time.time() + 30
        while True:
            try:
                Store(url, migrate=False).engine.connect().close()
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        yield url
    finally:
        subprocess.run(_as_postgres([f"{bin_}/pg_ctl", "-D", str(data), "-m", "fast", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _ledger(url: str) -> list[dict]:
    store = Store(url)
    pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", store)
    buf = io.StringIO()
    write_jsonl(store, buf)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def test_postgres_gives_the_same_ledger_as_sqlite(pg_url, tmp_path):
    pg = _ledger(pg_url)
    lite = _ledger(f"sqlite:///{tmp_path}/l.db")

    def key(rs):
        return sorted(json.dumps(r, sort_keys=True) for r in rs if r["record"] != "document")

    assert key(pg) == key(lite)
    assert sum(r["record"] == "transfer" for r in pg) > 5
    # idempotent on the server too
    again = pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", Store(pg_url))
    assert (again.new, again.unchanged) == (0, 5)


def test_postgres_full_text_search(pg_url):
    store = Store(pg_url)
    pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", store)
    hits, total = for_engine(store.engine).search("Caesar howitzers", 10, 0)
    assert total >= 1 and any("Caesar" in h["text"] for h in hits)
    hits, total = for_engine(store.engine).search('" OR * --', 10, 0)
    assert total == 0
