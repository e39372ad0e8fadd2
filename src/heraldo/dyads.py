"""How one event expands to CAMEO dyads (one row per source-target pair), the one rule
used by evaluation, the CAMEO TSV export and the store's dyad table.

Every source goes with every target. Coordinated actors without a target act on each other
when the event is mutual by nature (agree, consult, cooperate, fight: "Rusia y Turquía
conversaron"); otherwise each acts alone ("reprimidas por la policía y el ejército").
A missing actor is "".
"""

from __future__ import annotations

from collections.abc import Sequence

from heraldo.model import Event
from heraldo.ontology.event_code import EventCode

#: roots whose events between coordinated actors are mutual
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})


def dyad_pairs(sources: Sequence[str], targets: Sequence[str],
               cameo: str) -> list[tuple[str, str]]:
    """The (source, target) pairs of an event, without repeats, in order."""
    sources = list(dict.fromkeys(sources))
    targets = list(dict.fromkeys(targets))
    if targets:
        pairs = [(s, t) for s in (sources or [""]) for t in targets]
    elif len(sources) > 1 and EventCode.parse(cameo).root in RECIPROCAL_ROOTS:
        pairs = [(s, t) for s in sources for t in sources if s != t]
    else:
        pairs = [(s, "") for s in (sources or [""])]
    return list(dict.fromkeys(pairs))


def dyad_rows(event: Event) -> list[dict[str, str]]:
    """The CAMEO dyads of an event as rows (source, target, cameo, plover): what the scorer,
    the CAMEO TSV export and the store's dyad table read."""
    pairs = dyad_pairs([m.actor.code for m in event.sources],
                       [m.actor.code for m in event.targets], event.cameo)
    return [{"source": s, "target": t, "cameo": event.cameo, "plover": event.plover}
            for s, t in pairs]
