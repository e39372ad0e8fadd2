"""The actor graph: actors as nodes, directed dyads as edges weighted by event counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

GRAPH_FORMATS = ("graphml", "gexf", "graph-json")

_EDGES = """
SELECT d.source, d.target, count(*) AS events, sum(e.num_mentions) AS mentions,
       round(sum(e.goldstein), 2) AS goldstein
FROM canonical_dyads d JOIN canonical_events e ON e.id = d.canonical_id
WHERE NOT e.negated AND d.source <> '' AND d.target <> ''
GROUP BY ALL ORDER BY 1, 2
"""
_NODES = """
SELECT code, mode(name), mode(kind), mode(country) FROM actors GROUP BY code
"""


def actor_graph(conn: duckdb.DuckDBPyConnection) -> Any:
    """A ``networkx.DiGraph`` of the store's canonical events."""
    import networkx as nx

    graph = nx.DiGraph()
    names = {r[0]: r[1:] for r in conn.execute(_NODES).fetchall()}
    for source, target, events, mentions, goldstein in conn.execute(_EDGES).fetchall():
        for code in (source, target):
            if code not in graph:
                name, kind, country = names.get(code, ("", "", ""))
                graph.add_node(code, name=name or "", kind=kind or "", country=country or "")
        graph.add_edge(source, target, weight=int(events), events=int(events),
                       mentions=int(mentions), goldstein=float(goldstein))
    return graph


def write_graph(conn: duckdb.DuckDBPyConnection, fmt: str, out: Path) -> int:
    """Write the actor graph as GraphML, GEXF or node-link JSON; the number of edges."""
    import networkx as nx

    graph = actor_graph(conn)
    if fmt == "graphml":
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        nx.write_gexf(graph, out)
    elif fmt == "graph-json":
        data = nx.node_link_data(graph, edges="edges")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_FORMATS)}")
    return int(graph.number_of_edges())
