"""The JSON API and the dashboard pages (``newsgraph serve``).

Every page has a JSON twin under ``/api`` that returns the same data the page shows; both call the analysis
library. Errors have one shape, ``{"error": {"status": ..., "message": ...}}``, on the API (an HTML page on the
dashboard). The OpenAPI schema is at ``/api/openapi.json``; the interactive docs are off because they load
scripts from a CDN. Every style and script the pages use ships in ``static/``.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import analysis
from ..analysis.overview import events_table
from ..ontology.plover import QUADS, ontology
from ..store import open_store
from ..store.store import Store
from . import charts
from .upload import UploadError, UploadSettings, ingest_upload, receive

HERE = Path(__file__).parent
MAX_LIMIT = 500
MAX_BODY = 64 * 1024  # bytes; only the upload endpoint (off unless enabled) takes a larger body


class Stores:
    """One open store per worker thread (SQLite connections and psycopg connections are not shared)."""

    def __init__(self, url: str | None, schema: str | None = None) -> None:
        self.url, self.schema = url, schema
        self.local = threading.local()
        self.opened: list[Store] = []
        self.lock = threading.Lock()
        with open_store(url, schema) as store:  # migrate once, up front
            self.resolved = store.db.url

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.url, self.schema)
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        with self.lock:
            for store in self.opened:
                store.close()
            self.opened.clear()
        self.local = threading.local()


def create_app(db_url: str | None = None, schema: str | None = None,
               upload: UploadSettings | None = None) -> FastAPI:
    """The app on one store. Read-only unless ``upload`` is given: then ``POST /api/upload`` takes a file from a
    client holding the token."""
    stores = Stores(db_url, schema)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="newsgraph", version="1", description="Events, quotations and entities read from news, "
                  "each traceable to its source offsets.", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", lifespan=lifespan)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(urlencode=urlencode, quads=QUADS, types=sorted(ontology().types))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def limit_size(request: Request, call_next: Any) -> Response:
        """Any request body over MAX_BODY is refused before it is read (the upload endpoint has its own limit)."""
        if upload is not None and request.url.path == "/api/upload":
            return await call_next(request)
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return JSONResponse({"error": {"status": 413, "message": f"request body over {MAX_BODY} bytes"}},
                                status_code=413)
        return await call_next(request)

    def store() -> Store:
        return stores.get()

    def page(request: Request, name: str, data: dict[str, Any], **extra: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"data": data, "store_url": stores.resolved, **extra})

    def api_path(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, templates, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error(request, templates, 422, problems or "invalid request")

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Response:
        return _error(request, templates, 400, str(exc))

    if upload is not None:
        @app.post("/api/upload", tags=["upload"], summary="Ingest and analyse one input file (needs the token)",
                  responses={401: {"description": "missing or wrong token"}, 413: {"description": "too large"}})
        async def api_upload(request: Request, name: str | None = None) -> JSONResponse:
            """The body is the file's bytes; ``name`` is a label for the saved file, never a path."""
            try:
                if not upload.authorised(request.headers.get("authorization")):
                    raise UploadError(401, "a valid token is needed: send 'Authorization: Bearer <token>'")
                body = await receive(request, upload.max_bytes)
            except UploadError as exc:
                return JSONResponse({"error": {"status": exc.status, "message": str(exc)}}, status_code=exc.status,
                                    headers={"WWW-Authenticate": "Bearer"} if exc.status == 401 else None)
            from starlette.concurrency import run_in_threadpool
            result = await run_in_threadpool(ingest_upload, upload, db_url, schema, body, name)
            if result["status"] == "failed":
                message = f"{result['code']}: {result['reason']}"
                return JSONResponse({"error": {"status": 422, "message": message}, "result": result},
                                    status_code=422)
            return JSONResponse(result, status_code=201 if result["changed"] else 200)

    # -- overview -----------------------------------------------------------------------------------------
    @app.get("/api/overview", tags=["overview"], summary="Corpus, date range, top actors, event mix, recent events")
    def api_overview() -> dict[str, Any]:
        return analysis.overview(store())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request) -> HTMLResponse:
        return page(request, "overview.html", analysis.overview(store()))

    # -- events -------------------------------------------------------------------------------------------
    def _events(actor: str | None, recipient: str | None, type: str | None, since: str | None,
                until: str | None, all: bool, quad: str | None, limit: int, offset: int,
                request: Request) -> dict[str, Any]:
        data = events_table(store(), actor, recipient, type, since, until, all, quad, limit, offset)
        params = {k: v for k, v in request.query_params.items() if k not in ("offset",)}
        if offset + limit < data["total"]:
            data["next"] = f"{request.url.path}?{urlencode({**params, 'offset': offset + limit})}"
        if offset > 0:
            data["previous"] = f"{request.url.path}?{urlencode({**params, 'offset': max(0, offset - limit)})}"
        data["filters"] = {"actor": actor, "recipient": recipient, "type": type, "since": since, "until": until,
                           "all": all, "quad": quad}
        return data

    @app.get("/api/events", tags=["events"], summary="Event mentions, newest first, filtered and paginated")
    def api_events(request: Request, actor: str | None = None, recipient: str | None = None,
                   type: str | None = None, since: str | None = None, until: str | None = None,
                   all: bool = False, quad: str | None = None, limit: int = Query(50, ge=1, le=MAX_LIMIT),
                   offset: int = Query(0, ge=0)) -> dict[str, Any]:
        return _events(actor, recipient, type, since, until, all, quad, limit, offset, request)

    @app.get("/api/events.csv", tags=["events"], summary="The same events as CSV (up to 100,000 rows)")
    def api_events_csv(actor: str | None = None, recipient: str | None = None, type: str | None = None,
                       since: str | None = None, until: str | None = None, all: bool = False,
                       quad: str | None = None) -> Response:
        rows = events_table(store(), actor, recipient, type, since, until, all, quad, 100_000, 0)["rows"]
        out = io.StringIO()
        fields = ["id", "day", "event_type", "mode", "quad", "score", "actor", "actor_country", "recipient",
                  "recipient_country", "location_name", "location_country", "lat", "lon", "fatalities", "injuries",
                  "aux", "happening_id", "outlet", "title", "source", "start_char", "end_char", "sentence", "rule"]
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({**r, "aux": ",".join(r["aux"] or [])})
        return Response(out.getvalue(), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, actor: str | None = None, recipient: str | None = None,
                    type: str | None = None, since: str | None = None, until: str | None = None,
                    all: bool = False, quad: str | None = None, limit: int = Query(50, ge=1, le=MAX_LIMIT),
                    offset: int = Query(0, ge=0)) -> HTMLResponse:
        clean = {k: v or None for k, v in (("actor", actor), ("recipient", recipient), ("type", type),
                                             ("since", since), ("until", until), ("quad", quad))}
        data = _events(clean["actor"], clean["recipient"], clean["type"], clean["since"], clean["until"], all,
                       clean["quad"], limit, offset, request)
        query = urlencode({k: v for k, v in request.query_params.items() if k not in ("offset", "limit") and v})
        return page(request, "events.html", data, query=query)

    # -- actors -------------------------------------------------------------------------------------------
    @app.get("/api/actors/{entity_id}", tags=["actors"], summary="Roles, quotations, events and counterparts")
    def api_actor(entity_id: str) -> dict[str, Any]:
        found = analysis.actor_profile(store(), entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        return found

    @app.get("/actors/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, entity_id: str) -> HTMLResponse:
        return page(request, "actor.html", api_actor(entity_id))

    # -- series, dyads ------------------------------------------------------------------------------------
    @app.get("/api/series", tags=["series"], summary="Event counts and score by period for an actor or dyad")
    def api_series(actor: str | None = None, recipient: str | None = None,
                   freq: str = Query("week", pattern="^(day|week|month)$"), type: str | None = None,
                   since: str | None = None, until: str | None = None) -> dict[str, Any]:
        return {"actor": actor, "recipient": recipient, "freq": freq,
                "points": analysis.series(store(), actor, recipient, freq, type, since, until)}

    @app.get("/api/dyad", tags=["series"], summary="A→B, B→A and both: conflict-cooperation series")
    def api_dyad(a: str = "USA", b: str = "RUS", freq: str = Query("week", pattern="^(day|week|month)$"),
                 type: str | None = None, since: str | None = None, until: str | None = None) -> dict[str, Any]:
        return analysis.dyad(store(), a, b, freq, type, since, until)

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str = "USA", b: str = "RUS",
                  freq: str = Query("week", pattern="^(day|week|month)$")) -> HTMLResponse:
        data = api_dyad(a, b, freq)

        def link(name: str, p: dict[str, Any]) -> str:
            actor, recipient = {"a_to_b": (a, b), "b_to_a": (b, a)}.get(name, (None, None))
            args = {"since": p["period"], "until": p["end"]}
            if name == "both":
                args.update({"actor": a, "recipient": b})
            else:
                args.update({"actor": actor, "recipient": recipient})
            return "/events?" + urlencode(args)

        labels = {f"{a} → {b}": data["a_to_b"], f"{b} → {a}": data["b_to_a"]}
        chart = charts.line_chart(labels, lambda name, p: link("a_to_b" if name.startswith(a) else "b_to_a", p))
        return page(request, "dyad.html", data, chart=chart)

    # -- map ----------------------------------------------------------------------------------------------
    def _map(type: str | None, since: str | None, until: str | None, limit: int) -> dict[str, Any]:
        from ..analysis.common import cached

        return cached(store(), ("map", type, since, until, limit), lambda: _map_points(type, since, until, limit))

    def _map_points(type: str | None, since: str | None, until: str | None, limit: int) -> dict[str, Any]:
        params: list[Any] = []
        from ..analysis.common import DAY, LIGHT_FROM, event_filters

        where = event_filters(params, None, None, type, since, until)
        rows = store().db.query(
            f"SELECT v.happening_id, min(v.id) AS event_id, min(v.article_id) AS article_id, min(v.event_type) AS "
            f"event_type, min(v.location_name) AS place, min(v.location_country) AS country, avg(v.lat) AS lat, "
            f"avg(v.lon) AS lon, count(*) AS mentions, max(v.fatalities) AS fatalities, avg(v.score) AS score, "
            f"max({DAY}) AS day {LIGHT_FROM} WHERE v.lat IS NOT NULL{where} GROUP BY v.happening_id "
            f"ORDER BY max({DAY}) DESC LIMIT {int(limit)}", params)
        for r in rows:
            r["label"] = (f"{r['day'] or ''} {r['event_type']} in {r['place']}"
                          + (f", {r['fatalities']} killed" if r["fatalities"] else "") + f" ({r['mentions']} reports)")
            r["events"] = r["mentions"]
        return {"points": rows}

    @app.get("/api/map", tags=["map"], summary="Located happenings with coordinates")
    def api_map(type: str | None = None, since: str | None = None, until: str | None = None,
                limit: int = Query(2000, ge=1, le=20000)) -> dict[str, Any]:
        return _map(type, since, until, limit)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, type: str | None = None, since: str | None = None,
                 until: str | None = None) -> HTMLResponse:
        data = _map(type or None, since or None, until or None, 2000)
        svg = charts.world_map(data["points"], lambda p: f"/articles/{p['article_id']}?event={p['event_id']}")
        return page(request, "map.html", data, svg=svg, filters={"type": type, "since": since, "until": until})

    # -- network ------------------------------------------------------------------------------------------
    @app.get("/api/network", tags=["network"], summary="Actors and weighted edges between them")
    def api_network(type: str | None = None, since: str | None = None, until: str | None = None,
                    level: str = Query("country", pattern="^(country|entity)$"),
                    min_weight: int = Query(1, ge=1)) -> dict[str, Any]:
        return analysis.network(store(), type, since, until, level, min_weight)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, type: str | None = None, since: str | None = None,
                     until: str | None = None) -> HTMLResponse:
        data = api_network(type or None, since or None, until or None, "country", 1)
        svg = charts.network_svg(data, lambda e: "/events?" + urlencode(
            {"actor": e["source"], "recipient": e["target"], **({"type": type} if type else {})}))
        return page(request, "network.html", data, svg=svg, filters={"type": type, "since": since, "until": until})

    # -- quotes -------------------------------------------------------------------------------------------
    @app.get("/api/quotes", tags=["quotes"], summary="Full-text quotation search")
    def api_quotes(q: str | None = None, speaker: str | None = None,
                   kind: str | None = Query(None, pattern="^(direct|mixed|indirect)$"),
                   limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        data = analysis.search_quotes(store(), q, speaker, kind, limit, offset)
        data["speakers"] = analysis.top_speakers(store(), q) if q else []
        return data

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, q: str | None = None, speaker: str | None = None,
                    offset: int = Query(0, ge=0)) -> HTMLResponse:
        data = api_quotes(q or None, speaker or None, None, 50, offset)
        return page(request, "quotes.html", data, q=q or "", speaker=speaker or "")

    @app.get("/api/speakers", tags=["quotes"], summary="Most-quoted speakers, overall or on a topic")
    def api_speakers(q: str | None = None, limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        return {"q": q, "rows": analysis.top_speakers(store(), q, limit)}

    # -- articles -----------------------------------------------------------------------------------------
    @app.get("/api/articles/{article_id}", tags=["articles"], summary="An article with highlight spans")
    def api_article(article_id: str) -> dict[str, Any]:
        found = analysis.article_view(store(), article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return found

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, event: str | None = None) -> HTMLResponse:
        data = api_article(article_id)
        return page(request, "article.html", data, focus=event, runs=_styled_runs(data, event))

    return app


def _styled_runs(data: dict[str, Any], focus: str | None) -> list[dict[str, str]]:
    """Runs of the article text with CSS classes for the spans covering them; the first run of each event or
    quotation carries its id as an anchor, and the focused event's sentence is marked."""
    seen: set[str] = set()
    out = []
    for run in data["runs"]:
        classes: list[str] = []
        titles: list[str] = []
        anchor = ""
        for i in run["spans"]:
            s = data["spans"][i]
            cls = f"m-{s.get('type')}" if s["kind"] == "mention" else s["kind"]
            if s["kind"] == "event" and not s.get("counted", True):
                cls += " flagged"
            if s["kind"] == "event" and s["id"] == focus:
                cls += " focus"
            classes.append(cls)
            if s.get("label") and s["label"] not in titles:
                titles.append(s["label"])
            if s["kind"] in ("event", "quote") and s["id"] not in seen and not anchor:
                anchor = s["id"]
                seen.add(s["id"])
        out.append({"text": run["text"], "cls": " ".join(dict.fromkeys(" ".join(classes).split())),
                    "title": " | ".join(titles), "anchor": anchor})
    return out


def _error(request: Request, templates: Jinja2Templates, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message,
                                                              "data": {}, "store_url": ""}, status_code=status)
