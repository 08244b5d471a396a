"""The compiled build (setup.py with ARMSLEDGER_COMPILE=1: the per-document stages
compiled by mypyc) gives the very ledger the pure-Python sources give. Built here
from a copy of the sources into a temporary folder, so it takes a few minutes."""

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus(folder: Path) -> None:
    """The seeds, the own test articles, and 200 variations of them (the benchmark's:
    other states and systems, paragraphs reordered) to run many branches."""
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench/ingest_throughput.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    files = sorted((ROOT / "src/armsledger/examples/seeds").glob("*.txt")) + sorted(
        (ROOT / "tests/fixtures/articles").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    folder.mkdir()
    for k, text in enumerate(texts + bench.vary(texts, 200, seed=11)):
        (folder / f"{k:04d}.txt").write_text(text, encoding="utf-8")


def _ledger(tmp: Path, name: str, corpus: Path, pythonpath: str | None) -> tuple[bytes, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    db, out = f"sqlite:///{tmp}/{name}.db", tmp / f"{name}.jsonl"
    cli = [sys.executable, "-m", "armsledger.cli"]
    subprocess.run([*cli, "ingest", str(corpus), "--db", db, "--quiet"], env=env, check=True, capture_output=True)
    subprocess.run([*cli, "export", "--format", "jsonl", "-o", str(out), "--db", db], env=env, check=True,
                   capture_output=True)
    where = subprocess.run([sys.executable, "-c", "import armsledger.analyse.mentions as m; print(m.__file__)"],
                           env=env, check=True, capture_output=True, text=True).stdout.strip()
    return out.read_bytes(), where


def test_the_compiled_build_gives_the_same_ledger(tmp_path):
    src = tmp_path / "project"
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", str(tmp_path / "wheel"), str(src)],
        env={**os.environ, "ARMSLEDGER_COMPILE": "1"}, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = (tmp_path / "wheel").glob("armsledger-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)

    corpus = tmp_path / "corpus"
    _corpus(corpus)
    pure, pure_at = _ledger(tmp_path, "pure", corpus, None)
    compiled, compiled_at = _ledger(tmp_path, "compiled", corpus, str(site))
    assert pure_at.endswith(".py") and pure_at.startswith(str(ROOT))
    assert compiled_at.startswith(str(site)) and compiled_at.endswith(".so")
    assert pure.count(b'"record": "transfer"') > 20  # (a ledger worth comparing)
    assert compiled == pure
