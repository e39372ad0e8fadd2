"""Screenshots of the dashboard for the README: the network, map and event pages of a
store, taken by Debian's chromium (Playwright) from an app served on loopback.

    .venv/bin/python scripts/dashboard_screenshots.py /tmp/corpus.duckdb docs/

The event shown is the one with a source and a target reported in the most articles, then
with the most mentions (or ``--event ID``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from heraldo.server.app import create_app
from heraldo.server.background import served
from heraldo.store.access import Access

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def busiest_event(db: Path) -> str:
    with Access(db).reading() as store:
        rows = store.events(limit=None)
    both = [r for r in rows if r.source_codes and r.target_codes and r.sentence]
    return max(both, key=lambda r: (r.num_articles, r.num_mentions, r.id)).id


def small(png: Path, colours: int = 128) -> None:
    """Rewrite ``png`` with a palette of ``colours``: a third of the bytes, same look."""
    from PIL import Image

    with Image.open(png) as image:
        image.convert("RGB").quantize(colours).save(png, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--event", help="the event page to show (default: the busiest)")
    parser.add_argument("--network", default="/network?min_events=3",
                        help="the network page's URL (its filters)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    pages = {"network": args.network,
             "event": f"/events/{args.event or busiest_event(args.db)}", "map": "/map"}
    args.out.mkdir(parents=True, exist_ok=True)
    with served(create_app(args.db)) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        for name, path in pages.items():
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            if name == "map":
                page.wait_for_selector("#map[data-ready=true]")
            out = args.out / f"dashboard-{name}.png"
            page.screenshot(path=str(out), full_page=False)
            small(out)
            print(f"{out}: {url + path} ({out.stat().st_size // 1024} KB)")
        browser.close()


if __name__ == "__main__":
    main()
