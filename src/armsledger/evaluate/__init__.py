"""Score a ledger against a user's answer key (the form of the project's
seeds.gold.json; see the annotation guide). Our own implementation of the
matching the guide describes: a gold row is matched by at most one record and a
record by at most one row; rows marked optional count neither way; precision,
recall and F1 per record kind, and a ledger F1 over transfers, memberships and
agreements.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

EXIT = {"announce_withdrawal", "withdraw", "suspend"}
COOP = {"defense_cooperation", "strategic_partnership"}


def _n(s: Any) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _code(s: Any) -> str:
    return _n(s).replace(" ", "")


def names_match(pred: Any, aliases: list[str]) -> bool:
    p = _n(pred)
    if not p:
        return False
    pt = p.split()
    for a in aliases:
        at = _n(a).split()
        if not at:
            continue
        if p.replace(" ", "") == "".join(at):
            return True
        if any(pt[i : i + len(at)] == at for i in range(len(pt) - len(at) + 1)):
            return True
    return False


def _m_class(a: str | None) -> str:
    return "exit" if a in EXIT else "entry" if a in ("join", "apply") else str(a)


def _a_class(k: str | None) -> str:
    return "cooperation" if k in COOP else str(k)


def _match(golds: list[dict[str, Any]], preds: list[dict[str, Any]], ok: Callable[[dict, dict], bool]) -> dict[str, Any]:
    free = list(range(len(preds)))
    tp = fn = 0
    for g in sorted(golds, key=lambda g: bool(g.get("optional"))):
        hit = next((i for i in free if ok(g, preds[i])), None)
        if hit is None:
            fn += 0 if g.get("optional") else 1
            continue
        free.remove(hit)
        tp += 0 if g.get("optional") else 1
    fp = len(free)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def evaluate(gold: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    by: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by.setdefault(r.get("record", ""), []).append(r)
    named = [g for g in gold.get("transfers", []) if g.get("system")]

    def transfer_ok(g: dict, p: dict) -> bool:
        if _code(p.get("supplier")) != _code(g["supplier"]) or _code(p.get("recipient")) != _code(g["recipient"]):
            return False
        if g.get("system"):
            return names_match(p.get("system"), g["system"])
        return not any(_code(n["supplier"]) == _code(g["supplier"]) and _code(n["recipient"]) == _code(g["recipient"])
                       and names_match(p.get("system"), n["system"]) for n in named)

    def membership_ok(g: dict, p: dict) -> bool:
        return (_code(p.get("state")) == _code(g["state"]) and _code(p.get("organization")) == _code(g["organization"])
                and _m_class(p.get("action")) in {_m_class(a) for a in g["action"]})

    def agreement_ok(g: dict, p: dict) -> bool:
        neg_g = g["status"] == ["negotiating"]
        return (sorted(_code(x) for x in p.get("parties") or []) == sorted(_code(x) for x in g["parties"])
                and _a_class(p.get("kind")) in {_a_class(k) for k in g["kind"]}
                and (p.get("status") == "negotiating") == neg_g)

    def event_ok(g: dict, p: dict) -> bool:
        if p.get("type") not in g["type"]:
            return False
        s, t = _code(p.get("source")), _code(p.get("target"))
        gs, gt = {_code(x) for x in g["source"]}, {_code(x) for x in g["target"]}
        return (s in gs and t in gt) or bool(g.get("symmetric")) and s in gt and t in gs

    def budget_ok(g: dict, p: dict) -> bool:
        try:
            amount = float(p.get("amount"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return (_code(p.get("state")) == _code(g["state"]) and int(p.get("year") or 0) == g["year"]
                and _code(p.get("currency")) == _code(g["currency"])
                and abs(amount - g["amount"]) <= g.get("tolerance", 0.05) * g["amount"])

    kinds = {
        "transfers": _match(gold.get("transfers", []), by.get("transfer", []), transfer_ok),
        "memberships": _match(gold.get("memberships", []), by.get("membership", []), membership_ok),
        "agreements": _match(gold.get("agreements", []), by.get("agreement", []), agreement_ok),
        "events": _match(gold.get("events", []), by.get("event", []), event_ok),
        "budgets": _match(gold.get("budgets", []), by.get("budget", []), budget_ok),
    }
    tp = sum(int(kinds[k]["tp"]) for k in ("transfers", "memberships", "agreements"))
    fp = sum(int(kinds[k]["fp"]) for k in ("transfers", "memberships", "agreements"))
    fn = sum(int(kinds[k]["fn"]) for k in ("transfers", "memberships", "agreements"))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"kinds": kinds, "ledger_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
