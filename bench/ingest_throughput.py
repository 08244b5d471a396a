"""Ingest-and-extract throughput on a corpus of varied real articles.

Builds N articles (default 5,000) by varying the bundled seed articles and any
`--extra` folder of .txt articles: states swapped for other states, weapon
systems for other systems of the knowledge base, paragraphs reordered, and a
unique line so that no two are the same content. Then it runs the real
pipeline (`armsledger.pipeline.ingest`) into a fresh SQLite store in this one
process (one core) and prints articles per second and peak memory. It asserts
nothing: the figures are for reading.

    .venv-fast/bin/python bench/ingest_throughput.py [--n 5000] [--extra DIR]

(`make bench` runs it on the compiled build, .venv-fast, then on the pure-Python
one, .venv.)
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import resource
import sys
import tempfile
import time
import timeit
from pathlib import Path


def vary(texts: list[str], n: int, seed: int = 7) -> list[str]:
    from armsledger.knowledge import load_kb

    kb = load_kb()
    rng = random.Random(seed)
    states = [s.name for s in kb.states if " " not in s.name][:150]
    systems = [w.designation for w in kb.systems if re.fullmatch(r"[A-Z][\w-]{2,12}", w.designation)][:400]
    out = []
    for k in range(n):
        base = texts[k % len(texts)]
        paras = [p for p in base.split("\n") if p.strip()]
        head, body = paras[:2], paras[2:]
        rng.shuffle(body)
        text = "\n".join(head + body)
        for name in rng.sample(states, 3):
            text = re.sub(rf"\b{re.escape(rng.choice(states))}\b", name, text)
        if systems:
            for name in rng.sample(systems, 2):
                text = re.sub(rf"\b{re.escape(rng.choice(systems))}\b", name, text)
        out.append(f"{text}\nRef {k}-{rng.random():.12f}\n")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--extra", type=Path, help="a folder of more .txt articles to vary")
    a = ap.parse_args()

    from armsledger import pipeline
    from armsledger.store import Store

    src = Path(__file__).resolve().parents[1] / "src/armsledger/examples/seeds"
    files = sorted(src.glob("*.txt")) + (sorted(a.extra.glob("*.txt")) if a.extra else [])
    texts = [f.read_text(encoding="utf-8") for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        t0 = time.perf_counter()
        articles = vary(texts, a.n)
        for k, t in enumerate(articles):
            (corpus / f"{k:05d}.txt").write_text(t, encoding="utf-8")
        made = time.perf_counter() - t0
        words = sum(len(t.split()) for t in articles) / len(articles)
        store = Store(f"sqlite:///{tmp}/bench.db")
        t0, c0 = time.perf_counter(), time.process_time()
        counts = pipeline.ingest([corpus], None, store, quiet=True)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the machine's own speed, so that figures from different machines (or from one
    # shared machine at different moments) can be compared
    ref_ms = min(timeit.repeat("sum(range(10**6))", number=10, repeat=5)) / 10 * 1000
    print(f"articles:            {a.n} (mean {words:.0f} words; made in {made:.1f} s)")
    print(f"stored:              new={counts.new} unchanged={counts.unchanged} failed={counts.failed}")
    print(f"ingest + extract:    {took:.1f} s (one process, one core)")
    print(f"throughput:          {a.n / took:.0f} articles/s")
    # (on a shared machine the wall clock also counts the time others had the core)
    print(f"per CPU second:      {a.n / cpu:.0f} articles/s ({cpu:.1f} s of CPU time)")
    print(f"peak memory (RSS):   {peak_mb:.0f} MB")
    print(f"machine reference:   {ref_ms:.1f} ms for sum(range(10**6)) (best of 5; lower is faster)")
    # the interpreter's build matters as much as the machine (a PGO/LTO build is ~1.2x)
    print(f"interpreter:         {platform.python_implementation()} {platform.python_version()}"
          f" ({getattr(sys, '_base_executable', sys.executable)})")
    from armsledger.analyse import mentions

    # the same sources, compiled or not (setup.py; `make fast` builds .venv-fast)
    compiled = not mentions.__file__.endswith(".py")
    print(f"build:               {'compiled with mypyc' if compiled else 'pure Python'} ({Path(mentions.__file__).parent.parent})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
