"""Serve: a read-only FastAPI application over the store — a JSON API under
`/api` (OpenAPI at `/docs`) and server-rendered pages that work offline.

News text is hostile input: every page is rendered by Jinja2 with autoescaping,
highlighted text is assembled from escaped pieces, every response carries a
Content-Security-Policy without inline scripts, page sizes and query lengths are
bounded, and nothing can be written over HTTP.
"""

from __future__ import annotations

import csv
import io
import re
from importlib import resources
from typing import Annotated, Any

import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from armsledger.serve import charts
from armsledger.store import Store
from armsledger.store import queries as q
from armsledger.store.search import MAX_QUERY, for_engine

MAX_LIMIT = 500
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
KINDS = {"transfers": "transfer", "memberships": "membership", "agreements": "agreement",
         "events": "event", "budgets": "budget", "conflicts": "conflict"}
_CODE = re.compile(r"^[A-Za-z0-9 ._-]{1,40}$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Code = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z0-9 ._/-]+$")]
DateQ = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                    description="year or ISO date")]


def create_app(url: str | None = None) -> FastAPI:
    store = Store(url)
    engine = store.engine
    search = for_engine(engine)
    pkg = resources.files("armsledger.serve")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(pkg.joinpath("templates"))), autoescape=True)
    templates = Jinja2Templates(env=env)
    app = FastAPI(title="armsledger", description="An evidence-backed ledger of arms transfers and alignments "
                  "read from defence news (read-only).", version="0.1.0", docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=str(pkg.joinpath("static"))), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        if request.method not in ("GET", "HEAD"):
            return JSONResponse({"detail": "read-only: only GET and HEAD"}, status_code=405)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"parameter": ".".join(str(x) for x in e.get("loc", ())[1:]), "problem": e.get("msg")}
                  for e in exc.errors()]
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": detail}, status_code=422)
        text = "; ".join(f"{d['parameter']}: {d['problem']}" for d in detail)
        return templates.TemplateResponse(request, "error.html", {"status": 422, "detail": text}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/docs"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                                          status_code=exc.status_code)

    def filters(country: str | None, system: str | None, category: str | None, status: str | None,
                type_: str | None, since: str | None, until: str | None) -> q.Filters:
        return q.Filters(country=country.upper() if country and len(country) == 3 else country, system=system,
                         category=category, status=status, type=type_, since=since, until=until)

    # -- JSON API ------------------------------------------------------------------------
    def list_endpoint(kind: str) -> Any:
        def handler(country: Code = None, system: Code = None, category: Code = None, status: Code = None,
                    type: Code = None, since: DateQ = None, until: DateQ = None,  # noqa: A002 - the API's name
                    limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
            items, total = q.list_records(engine, kind, filters(country, system, category, status, type, since, until),
                                          limit, offset)
            return {"items": items, "total": total, "limit": limit, "offset": offset}

        handler.__name__ = f"list_{kind}s"
        return handler

    for path, kind in KINDS.items():
        app.get(f"/api/{path}", summary=f"{kind} records, filtered and paginated")(list_endpoint(kind))

    @app.get("/api/records/{record_id}", summary="one record with its reports")
    def api_record(record_id: str) -> dict[str, Any]:
        rec = q.record(engine, _id(record_id))
        if rec is None:
            raise HTTPException(404, f"no record {record_id!r}")
        return rec

    @app.get("/api/entities/{entity_id}", summary="an entity: aliases and records")
    def api_entity(entity_id: str) -> dict[str, Any]:
        ent = q.entity(engine, _id(entity_id, 200))
        if ent is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        return ent

    @app.get("/api/documents/{doc_id}", summary="a document: cleaned text, extracted spans, removed boilerplate")
    def api_document(doc_id: str) -> dict[str, Any]:
        doc = q.document(engine, _id(doc_id))
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return doc

    @app.get("/api/search", summary="full-text search over sentences")
    def api_search(q_: Annotated[str, Query(alias="q", min_length=1, max_length=MAX_QUERY)],
                   limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        hits, total = search.search(q_, limit, offset)
        return {"items": hits, "total": total, "limit": limit, "offset": offset}

    @app.get("/api/countries/{iso3}/alignment", summary="per year: arms imports by supplier, events by partner")
    def api_alignment(iso3: str) -> dict[str, Any]:
        code = _country(iso3)
        if not q.country_known(engine, code):
            raise HTTPException(404, f"no records for country {iso3!r}")
        return q.alignment(engine, code)

    @app.get("/api/network", summary="supplier -> recipient edges")
    def api_network(since: Annotated[int | None, Query(ge=1900, le=2100)] = None,
                    until: Annotated[int | None, Query(ge=1900, le=2100)] = None,
                    category: Code = None) -> dict[str, Any]:
        return {"edges": q.network(engine, since, until, category)}

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> Response:
        """The API reference rendered from the OpenAPI document on the server: it works
        offline and under the CSP (the stock Swagger UI loads scripts from a CDN)."""
        spec = app.openapi()
        ops = [{"path": path, "method": m.upper(), "summary": op.get("summary", ""),
                "params": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                            "description": p.get("description", ""), "schema": p.get("schema", {})}
                           for p in op.get("parameters", [])]}
               for path, methods in spec["paths"].items() for m, op in methods.items()]
        return page(request, "docs.html", ops=ops, title=spec["info"]["title"])

    # -- pages ---------------------------------------------------------------------------
    def page(request: Request, name: str, **ctx: Any) -> Response:
        return templates.TemplateResponse(request, name, ctx)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        return page(request, "home.html", counts=q.counts(engine), latest=q.latest(engine, 12))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q_: Annotated[str, Query(alias="q", max_length=MAX_QUERY)] = "",
                    offset: Offset = 0) -> Response:
        hits, total = search.search(q_, 50, offset) if q_.strip() else ([], 0)
        return page(request, "search.html", q=q_, hits=hits, total=total, offset=offset)

    @app.get("/transfers", response_class=HTMLResponse, include_in_schema=False)
    def transfers_page(request: Request, country: Code = None, system: Code = None, category: Code = None,
                       status: Code = None, since: DateQ = None, until: DateQ = None,
                       sort: Annotated[str, Query(pattern=r"^-?(date|supplier|recipient|system|category|status|reports)$")] = "-date",
                       limit: Limit = 100, offset: Offset = 0) -> Response:
        f = filters(country, system, category, status, None, since, until)
        items, total = q.list_records(engine, "transfer", f, limit, offset, sort.lstrip("-"), sort.startswith("-"))
        params = {k: v for k, v in dict(country=country, system=system, category=category, status=status,
                                        since=since, until=until).items() if v}
        return page(request, "transfers.html", items=items, total=total, limit=limit, offset=offset,
                    params=params, sort=sort)

    @app.get("/transfers.csv", include_in_schema=False)
    def transfers_csv(country: Code = None, system: Code = None, category: Code = None, status: Code = None,
                      since: DateQ = None, until: DateQ = None) -> Response:
        items, _ = q.list_records(engine, "transfer", filters(country, system, category, status, None, since, until),
                                  10_000, 0)
        buf = io.StringIO()
        cols = ["id", "supplier", "recipient", "system", "description", "category", "quantity", "status",
                "order_date", "delivery_date", "reports"]
        w = csv.writer(buf)
        w.writerow(cols)
        for t in items:
            w.writerow([_csv_safe(t.get(c)) if c != "reports" else len(t.get("reports", [])) for c in cols])
        return Response(buf.getvalue(), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="transfers.csv"'})

    @app.get("/records/{record_id}", response_class=HTMLResponse, include_in_schema=False)
    def record_page(request: Request, record_id: str) -> Response:
        rec = q.record(engine, _id(record_id))
        if rec is None:
            raise HTTPException(404, f"no record {record_id!r}")
        return page(request, "record.html", rec=rec, timeline=_timeline(rec))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str,
                      hl: Annotated[str | None, Query(pattern=r"^\d{1,9}-\d{1,9}$")] = None) -> Response:
        doc = q.document(engine, _id(doc_id))
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        span = tuple(int(x) for x in hl.split("-")) if hl else None
        return page(request, "document.html", doc=doc, pieces=_pieces(doc, span))

    @app.get("/countries/{iso3}", response_class=HTMLResponse, include_in_schema=False)
    def country_page(request: Request, iso3: str) -> Response:
        code = _country(iso3)
        if not q.country_known(engine, code):
            raise HTTPException(404, f"no records for country {iso3!r}")
        al = q.alignment(engine, code)
        return page(request, "country.html", iso3=code, al=al, chart=charts.stacked_bars(al["imports"]),
                    partners=charts.partners(al["events"]))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, since: Annotated[int | None, Query(ge=1900, le=2100)] = None,
                     until: Annotated[int | None, Query(ge=1900, le=2100)] = None, category: Code = None) -> Response:
        edges = q.network(engine, since, until, category, limit=300)
        return page(request, "network.html", svg=charts.network(edges), edges=edges, since=since, until=until,
                    category=category)

    @app.get("/disagreements", response_class=HTMLResponse, include_in_schema=False)
    def disagreements_page(request: Request, offset: Offset = 0) -> Response:
        items, total = q.list_records(engine, "conflict", q.Filters(), 100, offset)
        return page(request, "disagreements.html", items=items, total=total)

    return app


def _id(value: str, n: int = 80) -> str:
    if len(value) > n or not re.fullmatch(r"[\w:.\- ]+", value):
        raise HTTPException(404, "no such id")
    return value


def _country(value: str) -> str:
    if not _CODE.match(value):
        raise HTTPException(422, "a country is an ISO 3166-1 alpha-3 code or an organisation acronym")
    return value.upper() if len(value) == 3 else value


def _csv_safe(v: Any) -> Any:
    """Cells a spreadsheet would run as a formula get a leading quote."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@"):
        return "'" + v
    return v


def _timeline(rec: dict[str, Any]) -> list[dict[str, Any]]:
    if rec.get("record") != "transfer":
        return []
    order = ["talks", "ordered", "delivered"]
    reached = order.index(rec["status"]) if rec.get("status") in order else -1
    steps = [{"stage": s, "reached": i <= reached,
              "date": rec.get("order_date") if s == "ordered" else rec.get("delivery_date") if s == "delivered" else None}
             for i, s in enumerate(order)]
    if rec.get("status") == "cancelled":
        steps.append({"stage": "cancelled", "reached": True, "date": None})
    return steps


def _pieces(doc: dict[str, Any], hl: tuple[int, ...] | None) -> list[dict[str, Any]]:
    """The cleaned text cut into pieces, each with the classes of the spans over it
    (mentions by type, report sentences, the highlighted sentence); the template
    escapes every piece."""
    text = doc["text"]
    marks: list[tuple[int, int, str]] = []
    for m in doc["mentions"]:
        marks.append((m["start"], m["end"], "m-" + re.sub(r"\W", "", m["type"])))
    for r in doc["reports"]:
        marks.append((r["start"], r["end"], "evidence"))
    if hl and len(hl) == 2 and 0 <= hl[0] < hl[1] <= len(text):
        marks.append((hl[0], hl[1], "hl"))
    starts = {s["start"] for s in doc["sentences"]}
    cuts = sorted({0, len(text), *starts, *[s for s, _, _ in marks], *[e for _, e, _ in marks]})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        classes = sorted({c for s, e, c in marks if s <= a and b <= e})
        anchor = f"s-{a}" if a in starts else None
        pieces.append({"text": text[a:b], "classes": " ".join(classes), "anchor": anchor,
                       "hl": "hl" in classes})
    return pieces
