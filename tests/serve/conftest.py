"""A store built from the bundled seeds, plus a hostile article, shared by the serve tests."""

from pathlib import Path

import pytest

from armsledger import pipeline
from armsledger.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "src/armsledger/examples/seeds"
HOSTILE = ROOT / "tests/fixtures/hostile_news.html"


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('serve')}/seeds.db"
    store = Store(url)
    pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", store)
    pipeline.ingest([HOSTILE], None, store)
    return url
