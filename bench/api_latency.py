"""API latency on a large synthetic ledger.

Builds a store with N records (default 100,000: transfers, events, memberships,
agreements, budgets, each citing a sentence of one of 2,000 synthetic documents),
then times the main queries through the real application (FastAPI's in-process
client: routing, validation, SQL and JSON, without the network) and prints the
median and 95th percentile per query. Asserts nothing.

    .venv/bin/python bench/api_latency.py [--records 100000] [--requests 60]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import warnings

STATES = ["ARM", "AZE", "FRA", "IND", "USA", "RUS", "CHN", "TUR", "ISR", "DEU", "GBR", "UKR", "PAK", "JPN",
          "KOR", "BRA", "EGY", "SAU", "ARE", "GRC", "HRV", "ROU", "POL", "IRN", "SRB", "KAZ", "VNM", "NGA"]
SYSTEMS = [("CAESAR", "artillery"), ("Mistral", "air_defence"), ("Rafale", "aircraft"), ("Patriot", "air_defence"),
           ("Bayraktar TB2", "aircraft"), ("Leopard 2", "armoured_vehicles"), ("Type 054A", "ships"),
           ("Pinaka", "artillery"), ("Ground Master-200", "sensors"), ("Tomahawk", "missiles")]
EVENTS = ["ACCUSE", "CONSULT", "SANCTION", "AID", "COOPERATE", "THREATEN", "ASSAULT", "REJECT"]


def build(url: str, n_records: int, n_docs: int = 2000, seed: int = 11) -> None:
    from armsledger.records import (
        Agreement,
        Budget,
        Document,
        Event,
        Extraction,
        Ledger,
        Membership,
        Report,
        Sentence,
        Transfer,
        stable_id,
    )
    from armsledger.store import Store

    rng = random.Random(seed)
    store = Store(url)
    docs = []
    for k in range(n_docs):
        a, b = rng.sample(STATES, 2)
        sysname = rng.choice(SYSTEMS)[0]
        text = (f"{a} agreed to sell {sysname} systems to {b} on Monday, officials said. "
                f"The deal number {k} follows talks between {a} and {b} about air defence and artillery.")
        d = Document(id=f"doc_{k:06d}", source=f"synthetic/{k}.txt", text=text, raw=text,
                     published=f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     outlet=rng.choice(["Wire A", "Wire B", "Daily C"]), content_hash=f"h{k}")
        end = text.index("said.") + 5
        docs.append((d, [Sentence(0, end, text[:end]), Sentence(end + 1, len(text), text[end + 1:])],
                     Extraction(document=d.id)))
    for i in range(0, len(docs), 500):
        store.add_batch(docs[i : i + 500])

    def rep() -> list[Report]:
        d, ss, _ = rng.choice(docs)
        s = ss[0]
        return [Report(document=d.id, quote=s.text, start=s.start, end=s.end)]

    led = Ledger()
    for i in range(n_records):
        a, b = rng.sample(STATES, 2)
        y = rng.randint(2000, 2025)
        date = f"{y}-{rng.randint(1, 12):02d}"
        kind = i % 10
        if kind < 6:
            system, cat = rng.choice(SYSTEMS) if rng.random() < 0.8 else (None, None)
            led.transfers.append(Transfer(id=stable_id("transfer", i), supplier=a, recipient=b, system=system,
                                          category=cat, status=rng.choice(["talks", "ordered", "delivered"]),
                                          order_date=date, reports=rep()))
        elif kind < 9:
            led.events.append(Event(id=stable_id("event", i), type=rng.choice(EVENTS), source=a, target=b,
                                    date=date, reports=rep()))
        elif i % 20 == 9:
            led.memberships.append(Membership(id=stable_id("membership", i), state=a,
                                              organization=rng.choice(["NATO", "EU", "CSTO", "SCO"]),
                                              action=rng.choice(["join", "withdraw", "suspend"]), date=date,
                                              reports=rep()))
        elif i % 40 == 19:
            led.agreements.append(Agreement(id=stable_id("agreement", i), parties=sorted([a, b]),
                                            kind="defense_cooperation", date=date, reports=rep()))
        else:
            led.budgets.append(Budget(id=stable_id("budget", i), state=a, year=y, amount=rng.random() * 1e10,
                                      currency="USD", reports=rep()))
    store.replace_ledger(led)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=60)
    a = ap.parse_args()
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from armsledger.serve import create_app
    from armsledger.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        t0 = time.perf_counter()
        build(url, a.records)
        counts = Store(url).counts()
        print(f"built {sum(v for k, v in counts.items() if k not in ('documents', 'entities'))} records "
              f"over {counts['documents']} documents in {time.perf_counter() - t0:.1f} s")
        client = TestClient(create_app(url))
        rid = client.get("/api/transfers", params={"limit": 1}).json()["items"][0]["id"]
        queries = {
            "list transfers (50)": "/api/transfers",
            "transfers country=ARM": "/api/transfers?country=ARM",
            "transfers ARM since 2020": "/api/transfers?country=ARM&since=2020",
            "transfers system+status": "/api/transfers?system=Rafale&status=delivered",
            "events type=ACCUSE": "/api/events?type=ACCUSE&country=RUS",
            "record by id": f"/api/records/{rid}",
            "alignment ARM": "/api/countries/ARM/alignment",
            "search 'artillery'": "/api/search?q=artillery%20Monday",
            "network page": "/network?since=2018",
            "transfers page": "/transfers?country=FRA",
        }
        print(f"{'query':28s} {'median ms':>10s} {'p95 ms':>10s}")
        for name, path in queries.items():
            times = []
            for _ in range(a.requests):
                t = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    print(f"{name}: HTTP {r.status_code}", file=sys.stderr)
                    break
            times.sort()
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            print(f"{name:28s} {statistics.median(times):10.1f} {p95:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
