"""Charts as inline SVG, drawn on the server: no script is needed to see them, and
every label is escaped here because the template inserts the markup as is."""

from __future__ import annotations

import math
from html import escape
from typing import Any

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf"]


def _color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def stacked_bars(by_year: dict[str, dict[str, int]], width: int = 640, height: int = 260) -> str:
    """Arms imports per year, stacked by supplier."""
    years = [y for y in by_year if y != "undated"] + (["undated"] if "undated" in by_year else [])
    if not years:
        return '<p class="empty">No arms imports recorded.</p>'
    suppliers = sorted({s for y in years for s in by_year[y]},
                       key=lambda s: -sum(by_year[y].get(s, 0) for y in years))
    top = max(sum(by_year[y].values()) for y in years) or 1
    pad, bottom = 40, 30
    bw = max(8, (width - pad - 10) // max(1, len(years)) - 8)
    parts = [f'<svg class="chart" role="img" aria-label="arms imports by supplier and year" '
             f'viewBox="0 0 {width} {height + 40 + 18 * math.ceil(len(suppliers) / 4)}" xmlns="http://www.w3.org/2000/svg">']
    for k in range(top + 1):
        yy = height - bottom - (height - bottom - 10) * k / top
        parts.append(f'<line x1="{pad}" x2="{width - 5}" y1="{yy:.1f}" y2="{yy:.1f}" class="grid"/>'
                     f'<text x="{pad - 6}" y="{yy + 4:.1f}" class="axis" text-anchor="end">{k}</text>')
    for i, y in enumerate(years):
        x = pad + 6 + i * (bw + 8)
        base = float(height - bottom)
        for s in suppliers:
            n = by_year[y].get(s, 0)
            if not n:
                continue
            h = (height - bottom - 10) * n / top
            base -= h
            parts.append(f'<rect class="bar" x="{x}" y="{base:.1f}" width="{bw}" height="{h:.1f}" '
                         f'fill="{_color(suppliers.index(s))}"><title>{escape(y)}: {escape(s)} {n}</title></rect>')
        parts.append(f'<text x="{x + bw / 2:.1f}" y="{height - bottom + 16}" class="axis" '
                     f'text-anchor="middle">{escape(y)}</text>')
    for i, s in enumerate(suppliers):
        lx, ly = pad + (i % 4) * 150, height + 10 + 18 * (i // 4)
        parts.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{_color(i)}"/>'
                     f'<text x="{lx + 18}" y="{ly + 11}" class="legend">{escape(s)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def partners(events: dict[str, dict[str, dict[str, int]]]) -> list[dict[str, Any]]:
    """Partners ranked by cooperative minus hostile events, all years together."""
    tot: dict[str, dict[str, int]] = {}
    for by_partner in events.values():
        for p, c in by_partner.items():
            t = tot.setdefault(p, {"cooperative": 0, "hostile": 0})
            t["cooperative"] += c.get("cooperative", 0)
            t["hostile"] += c.get("hostile", 0)
    top = max([max(c["cooperative"], c["hostile"]) for c in tot.values()] or [1]) or 1
    rows: list[dict[str, Any]] = [
        {"partner": p, "cooperative": c["cooperative"], "hostile": c["hostile"],
         "balance": c["cooperative"] - c["hostile"], "coop_pct": round(100 * c["cooperative"] / top),
         "host_pct": round(100 * c["hostile"] / top)}
        for p, c in tot.items()]
    rows.sort(key=lambda r: (-r["balance"], r["partner"]))
    return rows


def network(edges: list[dict[str, Any]], size: int = 560) -> str:
    """Suppliers and recipients on a circle (a deterministic layout), an arrow per pair."""
    if not edges:
        return '<p class="empty">No transfers match.</p>'
    nodes = sorted({e["supplier"] for e in edges} | {e["recipient"] for e in edges})
    c, r = size / 2, size / 2 - 50
    pos = {n: (c + r * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               c + r * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, n in enumerate(nodes)}
    top = max(e["deals"] for e in edges)
    parts = [f'<svg class="network" role="img" aria-label="arms transfer network" viewBox="0 0 {size} {size}" '
             f'xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" '
             f'markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
             f'class="arrowhead"/></marker></defs>']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["supplier"]], pos[e["recipient"]]
        w = 1 + 4 * e["deals"] / top
        parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke-width="{w:.1f}" marker-end="url(#arrow)"><title>{escape(e["supplier"])} → '
                     f'{escape(e["recipient"])}: {e["deals"]} deals</title></line>')
    suppliers = {e["supplier"] for e in edges}
    for n, (x, y) in pos.items():
        kind = "supplier" if n in suppliers else "recipient"
        parts.append(f'<circle class="node {kind}" cx="{x:.1f}" cy="{y:.1f}" r="9"/>'
                     f'<text class="label" x="{x:.1f}" y="{y - 13:.1f}" text-anchor="middle">{escape(n)}</text>')
    parts.append("</svg>")
    return "".join(parts)
