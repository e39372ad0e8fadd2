"""The dashboard in a real browser: the click-through of an analyst (overview, network,
actor, event, article, analyse text), the map and the events table's shareable URLs,
each page's JSON twin, and article markup shown as text, never run."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from browser.conftest import XSS_TEXT, XSS_TITLE, screenshot
from heraldo.model import article_id


def _click_node(page, code: str) -> None:
    """A real click on the network's node ``code`` (Cytoscape draws on a canvas)."""
    box = page.locator("#network").bounding_box()
    at = page.evaluate("code => heraldoNetwork.getElementById(code).renderedPosition()", code)
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])


def _brush(page) -> None:
    """Drag across the first half of the overview's chart: the range and its links."""
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.06, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.up()
    expect(page.locator("#range")).to_contain_text("2024-03")
    link = page.locator("#range a", has_text="events").get_attribute("href")
    assert re.fullmatch(r"/events\?since=2024-03-\d\d&until=2024-0[34]-\d\d", link), link


def test_click_through(page):
    page.goto("/")
    expect(page.locator("#counts")).to_contain_text("5")
    assert page.locator("#timeline svg rect").count() >= 4
    expect(page.locator("#top-actors")).to_contain_text("COLGOV")
    _brush(page)
    screenshot(page, "overview")

    page.locator("header nav").get_by_role("link", name="Network").click()
    expect(page).to_have_url(re.compile(r"/network$"))
    page.wait_for_function("window.heraldoNetwork && heraldoNetwork.nodes().length > 0")
    codes = page.evaluate("heraldoNetwork.nodes().map(n => n.id())")
    assert {"COLGOV", "VENGOV", "COLMIL", "COLREB"} <= set(codes)
    screenshot(page, "network")

    _click_node(page, "COLGOV")
    expect(page).to_have_url(re.compile(r"/actors/COLGOV$"))
    expect(page.locator("h1")).to_have_text("Actor COLGOV")
    expect(page.locator("#counterparts")).to_contain_text("VENGOV")
    expect(page.locator("#roles")).to_contain_text("Petro")
    screenshot(page, "actor")

    page.locator("#counterparts tr", has_text="VENGOV").get_by_role("link", name="events").click()
    expect(page).to_have_url(re.compile(r"/events\?source=COLGOV&target=VENGOV"))
    expect(page.locator("input[name=source]")).to_have_value("COLGOV")
    page.locator("#events tbody a", has_text="043").click()

    expect(page.locator("#event-facts")).to_contain_text("043")
    sentence = page.locator(".sentence").first
    # "se reunió ... para discutir": one meeting, both words its evidence
    expect(sentence.locator("mark.m-trigger").first).to_contain_text("reunió")
    expect(sentence.locator("mark.m-trigger").nth(1)).to_contain_text("discutir")
    expect(sentence.locator("mark.m-source").first).to_contain_text("Colombia")
    expect(sentence.locator("mark.m-target").first).to_contain_text("Venezuela")
    screenshot(page, "event")

    page.locator("a.article-link").first.click()
    expect(page.locator("h1")).to_have_text("Petro y Maduro en Caracas")
    text = page.locator("#article-text")
    expect(text.locator("mark.m-actor", has_text="Nicolás Maduro")).to_contain_text("VENGOV")
    expect(text.locator("mark.m-trigger", has_text="reunió")).to_contain_text("043")
    expect(text.locator("mark.m-place")).to_contain_text("Caracas")
    expect(text.locator("mark.m-date")).to_contain_text("2024-03-12")
    screenshot(page, "article")

    page.locator("header nav").get_by_role("link", name="Analyse text").click()
    page.locator("textarea[name=text]").fill(
        "El Ejército de Colombia atacó un campamento del ELN en Arauca.")
    page.locator("input[name=published]").fill("2024-05-01")
    page.get_by_role("button", name="Analyse").click()
    marked = page.locator("#article-text")
    expect(marked.locator("mark.m-trigger")).to_contain_text("atacó")
    assert marked.locator("mark.m-trigger a").count() == 0  # nothing stored to link to
    expect(marked.locator("mark.m-actor", has_text="ELN")).to_contain_text("COLREB")
    expect(page.locator("#doc-events")).to_contain_text("190")
    screenshot(page, "analyse")


def test_map_draws_the_world_and_the_places(page):
    page.goto("/map")
    page.wait_for_selector("#map[data-ready=true]")
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map path.country.has").count() >= 2
    assert page.locator("#map circle.place").count() >= 3
    expect(page.locator("#places")).to_contain_text("Caracas")
    screenshot(page, "map")


def test_the_events_table_keeps_its_filters_in_the_url(page):
    page.goto("/events")
    page.locator("input[name=actor]").fill("VEN")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"actor=VEN"))
    rows = page.locator("#events tbody tr")
    assert rows.count() >= 2
    for i in range(rows.count()):
        assert "VEN" in rows.nth(i).inner_text()
    screenshot(page, "events")
    shared = page.url
    page.goto(shared)
    expect(page.locator("input[name=actor]")).to_have_value("VEN")


def test_a_bad_parameter_is_one_line_naming_it(page):
    response = page.goto("/events?since=yesterday")
    assert response.status == 422
    expect(page.locator("#error-message")).to_contain_text("since")


def test_every_page_links_its_json_twin(page):
    page.goto("/events?actor=COLMIL")
    event = page.locator("#events tbody a", has_text="190").get_attribute("href")
    page.goto(event)
    article = page.locator("a.article-link").first.get_attribute("href")
    for path in ("/", "/network", "/map", "/events?actor=COL&source=COLGOV&target=VEN",
                 "/actors/COLGOV", event, article):
        page.goto(path)
        twin = page.locator("#json-twin").get_attribute("href")
        assert twin.startswith("/api/v1/"), (path, twin)
        response = page.request.get(twin)
        assert response.ok, (path, twin, response.status)
        assert response.headers["content-type"].startswith("application/json")


def test_article_markup_is_shown_as_text(page):
    page.goto(f"/articles/{article_id(XSS_TEXT)}")
    expect(page.locator("h1")).to_have_text(XSS_TITLE)
    text = page.locator("#article-text")
    expect(text).to_contain_text("<script>window.__xss = 'text'</script>")
    expect(text).to_contain_text("onerror=\"window.__xss = 'img'\"")
    assert text.locator("img, script").count() == 0
    assert page.evaluate("window.__xss") is None
    screenshot(page, "xss-article")

    page.goto("/analyse")
    page.locator("textarea[name=text]").fill(XSS_TEXT)
    page.get_by_role("button", name="Analyse").click()
    expect(page.locator("#article-text")).to_contain_text("onerror=")
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.evaluate("window.__xss") is None


def test_the_events_table_shows_what_its_twin_answers(page):
    page.goto("/events?actor=VEN&limit=3")
    shown = [href.rsplit("/", 1)[1] for href in page.locator(
        "#events tbody td:nth-child(3) a").evaluate_all("links => links.map(a => a.href)")]
    twin = page.request.get(page.locator("#json-twin").get_attribute("href")).json()
    assert shown == [e["id"] for e in twin["events"]] and len(shown) == 3
    page.locator("#next-page").click()
    more = page.locator("#events tbody td:nth-child(3) a").count()
    assert more >= 1 and page.locator("input[name=actor]").input_value() == "VEN"


def test_the_openapi_page_is_served_by_the_app(page):
    page.goto("/")
    page.locator("header nav").get_by_role("link", name="API").click()
    page.wait_for_selector(".opblock")
    expect(page.locator("body")).to_contain_text("/api/v1/events/{event_id}")
