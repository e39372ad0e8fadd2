"""The precision audit of coded events (issue 16): the judged sample is complete and the
script that drew it scores it (``scripts/audit_sample.py``)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests" / "data" / "event_audit_16.tsv"
JUDGED = ("root_ok", "source_ok", "target_ok")


def test_every_audited_event_is_judged_on_root_source_and_target():
    with AUDIT.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 150
    assert all(r[k] in ("y", "n") for r in rows for k in JUDGED)
    # a wrong judgement says why
    assert all(r["note"].strip() for r in rows if "n" in (r[k] for k in JUDGED))


def test_the_audit_script_scores_the_judged_sample():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "audit_sample.py"), "score",
                          str(AUDIT)], capture_output=True, text=True, check=True).stdout
    assert out.startswith("judged 150 of 150 events")
    all_three = next(line for line in out.splitlines() if line.startswith("all three"))
    assert all_three.split()[-1] == "0.313"
