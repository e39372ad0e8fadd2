"""The precision audits of coded events (issue 16): each judged sample is complete and the
script that drew it scores it (``scripts/audit_sample.py``). ``event_audit_16.tsv`` was
drawn from the corpus coded at 4419dea (seed 16), ``event_audit_16b.tsv`` from the corpus
coded at 0cf964d (seed 17), ``event_audit_16c.tsv`` from the corpus coded at aab7c1a
(seed 18), each judged blind by an annotator who saw only the sentence,
the trigger, the code and the sides."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
JUDGED = ("root_ok", "source_ok", "target_ok")
#: each audit and its share of events right on root, source and target
AUDITS = (("event_audit_16.tsv", "0.313"), ("event_audit_16b.tsv", "0.307"),
          ("event_audit_16c.tsv", "0.347"))


@pytest.mark.parametrize("name, _all_three", AUDITS)
def test_every_audited_event_is_judged_on_root_source_and_target(name, _all_three):
    with (DATA / name).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 150
    assert all(r[k] in ("y", "n") for r in rows for k in JUDGED)
    # a wrong judgement says why
    assert all(r["note"].strip() for r in rows if "n" in (r[k] for k in JUDGED))


@pytest.mark.parametrize("name, all_three", AUDITS)
def test_the_audit_script_scores_the_judged_sample(name, all_three):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "audit_sample.py"), "score",
                          str(DATA / name)], capture_output=True, text=True, check=True).stdout
    assert out.startswith("judged 150 of 150 events")
    line = next(line for line in out.splitlines() if line.startswith("all three"))
    assert line.split()[-1] == all_three
