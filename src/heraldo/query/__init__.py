"""Exports of a store (``heraldo.query.export``): GDELT, ICEWS, PLOVER, CSV, the actor
graph, and the dyad plot, built from the typed queries of ``heraldo.store.Store``; no
module here touches a database connection."""

from heraldo.query.graph import actor_graph, write_graph

__all__ = ["actor_graph", "write_graph"]
