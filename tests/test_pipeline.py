"""The pipeline end to end through the CLI: idempotent re-ingest, a killed ingest
rerun to completion, bad input reported with a failing exit code."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from armsledger import pipeline
from armsledger.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "src/armsledger/examples/seeds"
CLI = [sys.executable, "-m", "armsledger.cli"]


def corpus(tmp: Path, n: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    d = tmp / "corpus"
    d.mkdir()
    for k in range(n):
        (d / f"{k:04d}.txt").write_text(texts[k % len(texts)] + f"\nReference number {k}.\n", encoding="utf-8")
    return d


def test_reingest_is_idempotent(tmp_path):
    store = Store(f"sqlite:///{tmp_path}/a.db")
    first = pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", store)
    records = store.counts()
    second = pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", store)
    assert (first.new, first.unchanged, first.failed) == (5, 0, 0)
    assert (second.new, second.unchanged, second.failed) == (0, 5, 0)
    assert store.counts() == records


def _consistent(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        docs = con.execute("select count(*) from documents").fetchone()[0]
        orphans = con.execute(
            "select count(*) from documents d where not exists (select 1 from extractions e where e.document_id = d.id)"
            " or not exists (select 1 from sentences s where s.document_id = d.id)").fetchone()[0]
        return docs, orphans
    finally:
        con.close()


def test_killed_ingest_leaves_whole_batches_and_a_rerun_completes(tmp_path):
    src = corpus(tmp_path, 120)
    db = tmp_path / "k.db"
    url = f"sqlite:///{db}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([*CLI, "ingest", str(src), "--db", url, "--batch-size", "10", "--quiet"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = _consistent(db)[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 10:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    docs, orphans = _consistent(db)
    assert orphans == 0
    assert docs % 10 == 0 and 0 < docs < 120
    rerun = subprocess.run([*CLI, "ingest", str(src), "--db", url, "--quiet"], env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{120 - docs} new, {docs} unchanged, 0 failed" in rerun.stderr
    assert _consistent(db) == (120, 0)


def test_bad_input_is_reported_and_fails_the_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text((SEEDS / "003_31f8ef302d5d4dde.txt").read_text(encoding="utf-8"))
    (src / "empty.txt").write_text("")
    (src / "bin.txt").write_bytes(b"\x00\xff" * 50)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([*CLI, "ingest", str(src), str(tmp_path / "nope"), "--db", f"sqlite:///{tmp_path}/b.db"],
                       env=env, capture_output=True, text=True)
    assert r.returncode == 1
    assert "empty.txt: empty file" in r.stderr and "bin.txt" in r.stderr and "nope: no such file" in r.stderr
    assert "1 new, 0 unchanged, 3 failed" in r.stderr
    assert Store(f"sqlite:///{tmp_path}/b.db").counts()["documents"] == 1


def test_database_url_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ARMSLEDGER_DB", f"sqlite:///{tmp_path}/env.db")
    store = Store()
    assert store.url.endswith("env.db")
    pipeline.ingest([SEEDS / "004_d28359b600c0102c.txt"], None, store)
    assert (tmp_path / "env.db").exists()


def test_bad_database_url_is_a_clear_error(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([*CLI, "docs", "--db", "nosuchdb://x"], env=env, capture_output=True, text=True)
    assert r.returncode == 2 and "cannot open database URL" in r.stderr and "Traceback" not in r.stderr
