"""The build: pure Python unless ARMSLEDGER_COMPILE=1.

With ARMSLEDGER_COMPILE=1 the per-document stages (clean, analyse, extract: the
code every article runs through) are compiled to C extensions with mypyc, from
the same typed sources; they give the same ledger, about a fifth faster
(bench/ingest_throughput.py). It needs mypy (in requirements.lock) and a C
compiler, so it is a choice, not the default: `make fast` builds it.
"""

from __future__ import annotations

import os

from setuptools import setup

COMPILED = [
    "src/armsledger/patterns.py",
    "src/armsledger/clean/__init__.py",
    "src/armsledger/clean/metadata.py",
    "src/armsledger/analyse/sentences.py",
    "src/armsledger/analyse/mentions.py",
    "src/armsledger/extract/__init__.py",
    "src/armsledger/extract/agreements.py",
    "src/armsledger/extract/attribution.py",
    "src/armsledger/extract/budgets.py",
    "src/armsledger/extract/context.py",
    "src/armsledger/extract/dates.py",
    "src/armsledger/extract/events.py",
    "src/armsledger/extract/memberships.py",
    "src/armsledger/extract/numbers.py",
    "src/armsledger/extract/transfers.py",
]


def ext_modules() -> list:
    if os.environ.get("ARMSLEDGER_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    return mypycify(COMPILED, opt_level="3")


setup(ext_modules=ext_modules())
