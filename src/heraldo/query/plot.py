"""The dyad time series drawn with matplotlib (Agg backend: no display needed): events per
period stacked by quad class, and the mean Goldstein score per period, to PNG or SVG."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PLOT_SUFFIXES = (".png", ".svg")
QUADS = (("q1", "verbal cooperation", "#4c9f70"), ("q2", "material cooperation", "#1f6f8b"),
         ("q3", "verbal conflict", "#e0a030"), ("q4", "material conflict", "#c0392b"))


def plot_series(rows: Sequence[dict[str, Any]], out: Path, title: str) -> int:
    """Draw ``rows`` of ``dyad_series`` (summed over their dyads per period) to ``out``;
    the number of periods drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    per: dict[Any, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        totals = per[row["period"]]
        for key, _, _ in QUADS:
            totals[key] += row[key]
        totals["events"] += row["events"]
        totals["goldstein"] += row["goldstein"]
    periods = sorted(per)
    figure, (bars, line) = plt.subplots(2, 1, sharex=True, figsize=(8, 5),
                                        gridspec_kw={"height_ratios": (2, 1)})
    gaps = [(b - a).days for a, b in zip(periods, periods[1:], strict=False)]
    width = 0.8 * min(gaps) if gaps else 20
    bottom = [0.0] * len(periods)
    for key, label, colour in QUADS:
        values = [per[p][key] for p in periods]
        bars.bar(periods, values, bottom=bottom, label=label, color=colour, width=width)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    bars.set_ylabel("events")
    bars.legend(fontsize="small", loc="upper left")
    bars.set_title(title)
    means = [per[p]["goldstein"] / per[p]["events"] if per[p]["events"] else 0.0
             for p in periods]
    line.plot(periods, means, marker=".", markersize=8, color="#333333")
    line.axhline(0, color="#999999", linewidth=0.8)
    line.set_ylabel("mean Goldstein")
    line.set_ylim(-10, 10)
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(out, format=out.suffix.lstrip("."))
    plt.close(figure)
    return len(periods)
