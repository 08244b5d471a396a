"""The bundled seed articles through the whole pipeline and the export: the
contract's shape, provenance, every record kind, people and the conflict."""

import io
import json
from pathlib import Path

import pytest

from armsledger import pipeline
from armsledger.evaluate import evaluate
from armsledger.export import write_csv, write_jsonl
from armsledger.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "src/armsledger/examples/seeds"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('seeds')}/s.db")
    pipeline.ingest([SEEDS], SEEDS / "manifest.jsonl", store)
    buf = io.StringIO()
    write_jsonl(store, buf)
    return store, [json.loads(line) for line in buf.getvalue().splitlines()]


def test_every_report_quotes_its_document_exactly(ledger):
    _, recs = ledger
    texts = {r["id"]: r["text"] for r in recs if r["record"] == "document"}
    reports = [rep for r in recs if r["record"] in ("transfer", "membership", "agreement", "event", "budget")
               for rep in r["reports"]]
    assert reports
    for rep in reports:
        assert texts[rep["document"]][rep["start"] : rep["end"]] == rep["quote"]
        assert rep["modality"] in ("asserted", "reported", "denied", "planned", "hypothetical")


def test_every_record_kind_is_present_in_contract_form(ledger):
    _, recs = ledger
    kinds = {r["record"] for r in recs}
    assert {"document", "entity", "transfer", "membership", "agreement", "event", "budget", "conflict"} <= kinds
    for r in recs:
        if r["record"] == "transfer":
            assert set(r) >= {"id", "supplier", "recipient", "system", "description", "category", "quantity",
                              "status", "order_date", "delivery_date", "reports"}
            assert r["status"] in ("talks", "ordered", "delivered", "cancelled")


def test_a_deal_reported_by_two_outlets_is_one_record(ledger):
    _, recs = ledger
    caesar = [r for r in recs if r["record"] == "transfer" and r["system"] == "CAESAR" and r["recipient"] == "ARM"]
    assert len(caesar) == 1
    assert len({rep["document"] for rep in caesar[0]["reports"]}) == 2
    assert caesar[0]["supplier"] == "FRA" and caesar[0]["status"] == "ordered"


def test_spelling_variants_are_one_person(ledger):
    _, recs = ledger
    people = [r for r in recs if r["record"] == "entity" and r["type"] == "person"]
    lecornu = [p for p in people if "Lecornu" in p["name"]]
    assert len(lecornu) == 1
    assert {"Sebastian Lecornu", "Sébastien Lecornu"} <= set(lecornu[0]["aliases"])
    assert lecornu[0]["country"] == "FRA"


def test_sources_disagreeing_on_a_range_give_a_conflict(ledger):
    _, recs = ledger
    (c,) = [r for r in recs if r["record"] == "conflict"]
    assert c["attribute"] == "range_km" and "CAESAR" in c["subject"]
    values = sorted(v["value"] for v in c["values"])
    assert values[0] == pytest.approx(40.2, abs=0.5) and values[1] == pytest.approx(55, abs=0.5)
    assert all(v["reports"] for v in c["values"])


def test_csv_export_has_one_row_per_record(ledger):
    store, recs = ledger
    buf = io.StringIO()
    n = write_csv(store, buf)
    assert n == len(recs) and buf.getvalue().count("\ntransfer,") == sum(r["record"] == "transfer" for r in recs)


def test_own_evaluation_scores_the_ledger(ledger):
    _, recs = ledger
    gold = {"transfers": [{"supplier": "FRA", "recipient": "ARM", "system": ["Caesar"], "status": ["ordered"]},
                          {"supplier": "XXX", "recipient": "ARM", "system": ["Nothing"], "status": ["ordered"]}],
            "memberships": [], "agreements": [], "events": [], "budgets": []}
    res = evaluate(gold, recs)
    t = res["kinds"]["transfers"]
    assert t["tp"] == 1 and t["fn"] == 1 and t["fp"] == sum(r["record"] == "transfer" for r in recs) - 1
