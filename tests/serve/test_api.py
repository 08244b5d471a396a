"""The JSON API over a store built from the seeds: every endpoint, filters,
pagination, errors, headers, and hostile text kept inert."""

import pytest
from fastapi.testclient import TestClient

from armsledger.serve import create_app


@pytest.fixture(scope="module")
def client(seeds_db):
    return TestClient(create_app(seeds_db))


@pytest.mark.parametrize("kind", ["transfers", "memberships", "agreements", "events", "budgets", "conflicts"])
def test_lists_are_paginated_in_contract_form(client, kind):
    r = client.get(f"/api/{kind}", params={"limit": 2})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"items", "total", "limit", "offset"} and body["limit"] == 2
    assert len(body["items"]) == min(2, body["total"]) and body["total"] >= 1
    assert all(it["record"] == kind[:-1] for it in body["items"])


def test_filters(client):
    arm = client.get("/api/transfers", params={"country": "ARM", "limit": 500}).json()
    assert arm["total"] > 5 and all("ARM" in (t["supplier"], t["recipient"]) for t in arm["items"])
    fra = client.get("/api/transfers", params={"country": "ARM", "status": "delivered", "limit": 500}).json()
    assert all(t["status"] == "delivered" for t in fra["items"]) and fra["total"] < arm["total"]
    art = client.get("/api/transfers", params={"category": "artillery"}).json()
    assert art["total"] and all(t["category"] == "artillery" for t in art["items"])
    since = client.get("/api/transfers", params={"since": "2024"}).json()
    assert all((t["order_date"] or t["delivery_date"]) >= "2024" for t in since["items"])
    ev = client.get("/api/events", params={"type": "ACCUSE"}).json()
    assert ev["total"] and all(e["type"] == "ACCUSE" for e in ev["items"])
    page2 = client.get("/api/transfers", params={"limit": 3, "offset": 3}).json()
    page1 = client.get("/api/transfers", params={"limit": 3}).json()
    assert {t["id"] for t in page1["items"]}.isdisjoint({t["id"] for t in page2["items"]})


def test_record_entity_document_search_alignment(client):
    t = client.get("/api/transfers", params={"system": "CAESAR", "country": "ARM"}).json()["items"][0]
    rec = client.get(f"/api/records/{t['id']}").json()
    assert rec["id"] == t["id"] and rec["reports"][0]["outlet"] is not None or rec["reports"][0]["published"]
    rep = rec["reports"][0]
    doc = client.get(f"/api/documents/{rep['document']}").json()
    assert doc["text"][rep["start"] : rep["end"]] == rep["quote"]
    assert doc["mentions"] and doc["removed"] and doc["reports"]
    ent = client.get("/api/entities/state:ARM").json()
    assert ent["name"] == "Armenia" and "Armenia" in ent["aliases"] and ent["records"]
    hits = client.get("/api/search", params={"q": "Caesar howitzers"}).json()
    assert hits["total"] >= 1 and "Caesar" in hits["items"][0]["text"]
    al = client.get("/api/countries/ARM/alignment").json()
    assert any("FRA" in v for v in al["imports"].values())
    assert any("AZE" in v for v in al["events"].values()) and al["timeline"]


@pytest.mark.parametrize("url,status", [
    ("/api/transfers?limit=0", 422), ("/api/transfers?limit=100000", 422), ("/api/transfers?offset=-1", 422),
    ("/api/transfers?since=last-year", 422), ("/api/records/no-such-record", 404),
    ("/api/entities/state:XXX", 404), ("/api/documents/doc_0000", 404), ("/api/countries/XXX/alignment", 404),
    ("/api/countries/%3Cscript%3E/alignment", 422), ("/api/search?q=" + "x" * 201, 422), ("/api/search", 422),
    ("/records/nope", 404), ("/transfers?sort=password", 422),
])
def test_bad_parameters_are_clear_errors_not_500(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    assert ("detail" in r.json()) if url.startswith("/api") else (f"<h1>{status}</h1>" in r.text)


def test_search_syntax_is_plain_text(client):
    for q in ['" OR *', "NEAR(a b)", "Caesar*", "a AND (b"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200


def test_read_only_and_security_headers(client):
    assert client.post("/api/transfers").status_code == 405
    assert client.delete("/api/records/x").status_code == 405
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_hostile_text_is_escaped_in_pages(client):
    hits = client.get("/api/search", params={"q": "alert"}).json()["items"]
    assert hits
    page = client.get(f"/documents/{hits[0]['document']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert "onerror" not in page


def test_pages_render(client):
    for url in ["/", "/transfers", "/transfers?sort=supplier", "/countries/ARM", "/network",
                "/network?since=2023&category=artillery", "/disagreements", "/search?q=Lecornu", "/docs"]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert "https://" not in r.text.split("<main>")[0]  # no CDN assets
    csv = client.get("/transfers.csv?country=ARM")
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.startswith("id,supplier")
