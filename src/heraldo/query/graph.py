"""The actor graph (``Store.graph``) as a ``networkx.DiGraph``, written as GraphML, GEXF
or node-link JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from heraldo.store import Store

GRAPH_FORMATS = ("graphml", "gexf", "graph-json")


def actor_graph(store: Store) -> Any:
    """A ``networkx.DiGraph`` of the store's canonical events (negated ones left out)."""
    import networkx as nx

    graph = nx.DiGraph()
    found = store.graph()
    for node in found.nodes:
        graph.add_node(node.code, name=node.name, kind=node.kind, country=node.country)
    for edge in sorted(found.edges, key=lambda e: (e.source, e.target)):
        graph.add_edge(edge.source, edge.target, weight=edge.events, events=edge.events,
                       mentions=edge.mentions, goldstein=edge.goldstein)
    return graph


def write_graph(store: Store, fmt: str, out: Path) -> int:
    """Write the actor graph as GraphML, GEXF or node-link JSON; the number of edges."""
    import networkx as nx

    graph = actor_graph(store)
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
