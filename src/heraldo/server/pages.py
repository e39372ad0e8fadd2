"""The dashboard: server-rendered pages (Jinja2, autoescaped) over the store's typed
queries, each linking its JSON twin (the API endpoint with the same data). Their scripts
are our own (``static/``) and the npm packages' (``vendor.py``); nothing comes from a CDN.

Pages read the store in one short reading session per request (the access policy), and
render bad parameters as one clear line with status 422.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from heraldo.errors import StoreError
from heraldo.server import views
from heraldo.server.errors import error_body
from heraldo.server.forms import KINDS, Form, FormError, events_form, graph_form, places_form
from heraldo.server.sessions import sessions
from heraldo.server.vendor import vendor_file

HERE = Path(__file__).parent
STATIC = HERE / "static"
#: the pages of the navigation bar: route name, label
NAV = (("overview", "Overview"), ("network_page", "Network"), ("map_page", "Map"),
       ("events_page", "Events"), ("analyse_page", "Analyse text"))
API = "/api/v1"
#: the titles of error pages
ERRORS = {404: "Not found", 422: "Bad request", 503: "Store unavailable"}



@jinja2.pass_context
def url_for(context: Any, name: str, /, **params: Any) -> str:
    """The path of the route ``name`` (links stay on whatever host serves the pages)."""
    return str(context["request"].app.url_path_for(name, **params))


_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
_env.globals.update(url_for=url_for, nav=NAV, quad_names=views.QUAD_NAMES)
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)


class PageNotFound(LookupError):
    """What a page shows does not exist (status 404)."""


def _render(request: Request, name: str, page: str, title: str, twin: str | None,
            **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {
        "page": page, "title": title, "twin": twin, **context})


def _twin(path: str, params: Mapping[str, Any] | None = None) -> str:
    """The JSON twin's URL: ``path`` under the API, with the non-empty ``params``."""
    given = {k: v for k, v in (params or {}).items() if v not in (None, "")}
    return f"{API}{path}" + (f"?{urlencode(given)}" if given else "")


def _page(request: Request, page: str, build: Callable[[Any], HTMLResponse]) -> HTMLResponse:
    """``build(store)`` in a reading session; a bad parameter or a missing thing becomes
    the error page with one line (422, 404)."""
    try:
        with sessions(request).reading() as store:
            return build(store)
    except FormError as exc:
        return _error(request, page, 422, f"Bad parameter {exc}")
    except PageNotFound as exc:
        return _error(request, page, 404, str(exc))
    except StoreError as exc:
        return _error(request, page, 503, str(exc))


def _error(request: Request, page: str, status: int, message: str) -> HTMLResponse:
    response = _render(request, "error.html", page, ERRORS.get(status, "Error"), None,
                       message=message)
    response.status_code = status
    return response


@router.get("/", name="overview", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    """The overview page: counts, events over time by quad class, top actors."""
    def build(store: Any) -> HTMLResponse:
        data = views.overview(store)
        return _render(request, "overview.html", "overview", "Overview",
                       _twin("/timeline", {"freq": data["freq"]}), **data)
    return _page(request, "overview", build)


@router.get("/network", name="network_page", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    """The actor network page (Cytoscape.js), filtered by the URL's parameters."""
    def build(store: Any) -> HTMLResponse:
        form = graph_form(request.query_params)
        graph = store.graph(**form.query)
        return _render(request, "network.html", "network_page", "Actor network",
                       _twin("/graph", form.query), form=form.values, kinds=KINDS,
                       graph=graph, graph_data=views.graph_data(graph))
    return _page(request, "network_page", build)


@router.get("/map", name="map_page", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    """The map page: events with a place on offline world shapes."""
    def build(store: Any) -> HTMLResponse:
        form = places_form(request.query_params)
        places = store.places(**form.query)
        world = str(request.app.url_path_for("vendor", name="countries-110m.json"))
        return _render(request, "map.html", "map_page", "Map", _twin("/places", form.query),
                       form=form.values, places=places,
                       map_data=views.map_data(places, world))
    return _page(request, "map_page", build)


@router.get("/events", name="events_page", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """The events table, its filters in the URL, a page at a time."""
    def build(store: Any) -> HTMLResponse:
        form = events_form(request.query_params)
        rows = store.events(**form.query, after=views.cursor(request.query_params.get("cursor")))
        listing = _listing(request, form, rows)
        return _render(request, "events.html", "events_page", "Events",
                       _twin("/events", views.api_params(form)), form=form.values,
                       events=rows, **listing)
    return _page(request, "events_page", build)


def _listing(request: Request, form: Form, rows: list[Any]) -> dict[str, str | None]:
    """The links to the first page (when past it) and to the next (when full)."""
    base = {k: v for k, v in form.values.items() if v not in (None, "")}
    here = str(request.app.url_path_for("events_page"))
    first = f"{here}?{urlencode(base)}" if request.query_params.get("cursor") else None
    following = None
    if rows and len(rows) == form.query["limit"]:
        following = f"{here}?{urlencode({**base, 'cursor': views.next_token(rows[-1])})}"
    return {"first_page": first, "next_page": following}


@router.get("/events/{event_id}", name="event_page", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    """One event's page: its evidence sentences with trigger and sides marked."""
    def build(store: Any) -> HTMLResponse:
        detail = store.event(event_id)
        if detail is None:
            raise PageNotFound(f"No event {event_id!r} in this store.")
        shown = views.event_view(detail)
        return _render(request, "event.html", "events_page", f"Event {detail.event.cameo}",
                       _twin(f"/events/{quote(event_id, safe='')}"), detail=detail, **shown)
    return _page(request, "events_page", build)


@router.get("/articles/{article_id}", name="article_page", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """One article's page: actors, triggers, dates and places marked inline."""
    def build(store: Any) -> HTMLResponse:
        document = store.article(article_id)
        if document is None:
            raise PageNotFound(f"No article {article_id!r} in this store.")
        return _render(request, "article.html", "events_page", "Article",
                       _twin(f"/articles/{quote(article_id, safe='')}"), linked=True,
                       **views.document_view(document))
    return _page(request, "events_page", build)


@router.get("/actors/{code}", name="actor_page", response_class=HTMLResponse)
def actor_page(request: Request, code: str) -> HTMLResponse:
    """One actor's page: its counterparts over time and its dated roles."""
    def build(store: Any) -> HTMLResponse:
        freq, detail = views.actor_detail(store, code)
        if detail is None:
            raise PageNotFound(f"No actor {code!r} in this store.")
        here = str(request.app.url_path_for("events_page"))
        return _render(request, "actor.html", "network_page", f"Actor {code}",
                       _twin(f"/actors/{quote(code, safe='')}", {"freq": freq}),
                       detail=detail, **views.actor_view(detail, here, freq))
    return _page(request, "network_page", build)


@router.get("/analyse", name="analyse_page", response_class=HTMLResponse)
def analyse_form(request: Request) -> HTMLResponse:
    """The form to paste a text and see it coded."""
    choices, default = views.languages()
    return _render(request, "analyse.html", "analyse_page", "Analyse text", _twin("/extract"),
                   form={"lang": default}, languages=choices)


@router.post("/analyse", response_class=HTMLResponse)
async def analyse_page(request: Request) -> HTMLResponse:
    """The posted form (urlencoded) analysed like ``POST /api/v1/extract``: nothing stored."""
    form = views.posted(await request.body())
    context: dict[str, Any] = {"form": form, "languages": views.languages()[0]}
    try:
        context.update(await views.analyse(form))
    except ValueError as exc:
        context["error"] = str(exc)
    response = _render(request, "analyse.html", "analyse_page", "Analyse text",
                       _twin("/extract"), linked=False, **context)
    if "error" in context:
        response.status_code = 422
    return response


@router.get("/static/{path}", name="static")
def static(path: str) -> Response:
    """One of the dashboard's own static files."""
    file = STATIC / path
    if "/" in path or not file.is_file():
        return Response(status_code=404)
    return FileResponse(file)


@router.get("/vendor/{name}", name="vendor")
def vendor(name: str) -> Response:
    """One third-party browser file installed from npm."""
    file = vendor_file(name)
    if file is None:
        return JSONResponse(error_body(404, f"{name}: no such file, or not installed "
                                           "(make install runs npm ci)"), status_code=404)
    return FileResponse(file, headers={"Cache-Control": "public, max-age=86400"})
