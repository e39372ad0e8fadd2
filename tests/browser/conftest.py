"""One server and one browser per session for the dashboard's browser tests.

The server (``heraldo.server.app.create_app``, run by uvicorn in a thread) listens on a free
loopback port and serves a store built from the few articles below, coded by the real
pipeline; the browser is Debian's chromium, driven by Playwright (never a downloaded
one). Every page the tests visit is saved as a screenshot under ``build/screenshots/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "build" / "screenshots"
#: no network, no first-run or background traffic: the dashboard must work offline
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: (published, title, text): news in Spanish, and one whose title and text hold markup
ARTICLES = (
    ("2024-03-12", "Petro y Maduro en Caracas",
     "El presidente de Colombia, Gustavo Petro, se reunió el martes en Caracas con el "
     "presidente de Venezuela, Nicolás Maduro, para discutir la seguridad en la frontera."),
    ("2024-03-22", "Acusación",
     "El Gobierno de Venezuela acusó el 20 de marzo a Colombia de permitir ataques de "
     "grupos armados en la frontera."),
    ("2024-04-02", "Protesta en Bogotá",
     "Miles de estudiantes protestaron en Bogotá contra la reforma educativa del Gobierno "
     "de Colombia."),
    ("2024-04-15", "Ataque en Arauca",
     "El Ejército de Colombia atacó un campamento del ELN en el departamento de Arauca."),
)
#: the XSS article: markup in its title and text must be shown as text, never run
XSS_TITLE = "Crisis <script>window.__xss = 'title'</script>"
XSS_TEXT = ("El ministro de Defensa de Colombia criticó a Venezuela <img src=x "
            "onerror=\"window.__xss = 'img'\"> por la crisis <script>window.__xss = 'text'"
            "</script> en la frontera.")


def _store(path: Path, pipeline) -> None:
    from heraldo.dedup import refresh
    from heraldo.model import Article
    from heraldo.store import open_store

    articles = [Article.from_text(text, language="es", published=published, title=title)
                for published, title, text in ARTICLES]
    articles.append(Article.from_text(XSS_TEXT, language="es", published="2024-04-20",
                                      title=XSS_TITLE))
    with open_store(path) as store:
        store.write_documents(pipeline.process(articles))
        refresh(store)


@pytest.fixture(scope="session")
def server(tmp_path_factory, pipeline):
    """The dashboard's base URL, served from a store of the test articles."""
    from heraldo.server.app import create_app
    from heraldo.server.background import served

    path = tmp_path_factory.mktemp("dashboard") / "store.duckdb"
    _store(path, pipeline)
    with served(create_app(path)) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), f"{CHROMIUM} is absent: make browser installs it (as root)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page that fails the test on any script error or request off the server."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"script error: {exc}"))
    page.on("request", lambda r: None if r.url.startswith(server)
            else problems.append(f"request off the server: {r.url}"))
    page.problems = problems
    yield page
    context.close()
    assert not problems, "\n".join(problems)


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
