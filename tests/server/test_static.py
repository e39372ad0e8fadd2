"""The dashboard's own browser code and templates: no CDN, no markup built from data."""

from __future__ import annotations

import re

import pytest

from heraldo.server import pages
from heraldo.server.vendor import FILES, missing

SOURCES = sorted([*pages.STATIC.iterdir(), *(pages.HERE / "templates").iterdir()])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_nothing_is_loaded_from_another_host(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", text), "assets come from this app"
    assert "cdn" not in text.lower()


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_markup_is_built_from_data(path):
    text = path.read_text(encoding="utf-8")
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", ".html(",
                  "|safe", "| safe", "autoescape false", "Markup("):
        assert risky not in text, f"{path.name} uses {risky}"


def test_the_templates_escape_everything():
    assert pages.templates.env.autoescape is True


def test_the_npm_packages_are_installed():
    assert not missing(), f"make install (npm ci) installs {', '.join(FILES)}"
