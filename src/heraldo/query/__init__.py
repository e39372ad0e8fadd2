"""The query layer over a store: events, dyad series, actors, the actor graph, and the
exports (``heraldo.query.export``). It owns the SQL that reads a store outside
``heraldo.store`` and ``heraldo.dedup``; the CLI (and later the HTTP API) call these."""

from heraldo.query.actors import list_actors
from heraldo.query.events import EventFilter, find_events
from heraldo.query.graph import actor_graph, write_graph
from heraldo.query.series import dyad_series

__all__ = ["EventFilter", "actor_graph", "dyad_series", "find_events", "list_actors",
           "write_graph"]
