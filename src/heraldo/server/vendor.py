"""Third-party browser code, served from the npm packages that ``make install`` puts in
``node_modules`` (``package-lock.json`` pins them; none of it is committed).

Only the files named in ``FILES`` are served. ``$HERALDO_NODE_MODULES`` names the folder;
by default it is the one beside the source tree (an editable install).
"""

from __future__ import annotations

import os
from pathlib import Path

#: what the pages load, by the name they use, and where it is under node_modules
FILES = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
}


def node_modules() -> Path:
    """The folder of the npm packages."""
    given = os.environ.get("HERALDO_NODE_MODULES")
    if given:
        return Path(given)
    return Path(__file__).resolve().parents[3] / "node_modules"


def vendor_file(name: str) -> Path | None:
    """The file served as ``name``, or None when it is not one of ``FILES`` or absent."""
    relative = FILES.get(name)
    if relative is None:
        return None
    path = node_modules() / relative
    return path if path.is_file() else None


def missing() -> list[str]:
    """The names of ``FILES`` that are not installed (``make install`` runs npm ci)."""
    return [name for name in FILES if vendor_file(name) is None]
