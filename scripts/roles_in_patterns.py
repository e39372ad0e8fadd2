"""Rewrite the slot columns of a language's pattern tables from case markers to roles.

Run once per language (``python scripts/roles_in_patterns.py es``): every value of the
``source`` and ``target`` columns of ``verbs.tsv`` and ``nouns.tsv`` that is a case marker
of ``roles.tsv`` ("a", "con", "contra", "por") becomes its role ("recipient",
"comitative", "adversative", "agent"); ``obj``, ``iobj``, ``-`` and roles stay. Lines are
rewritten cell by cell, so comments and every other column keep their bytes.
"""

from __future__ import annotations

import sys

from heraldo.lang.roles import Role
from heraldo.resources import data_path, fold, read_tsv

SLOT_COLUMNS = ("source", "target")
KEEP = {"-", *(r.value for r in Role)}


def rewrite(lang: str, table: str, roles: dict[str, str]) -> int:
    path = data_path("lang", lang, table)
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    columns = [header.index(c) for c in SLOT_COLUMNS if c in header]
    changed = 0
    for n, line in enumerate(lines[1:], start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        for c in columns:
            if c >= len(cells) or not cells[c].strip():
                continue
            values = [v.strip() for v in cells[c].split("|")]
            new = [v if v in KEEP else roles[fold(v)] for v in values]
            if new != values:
                cells[c] = "|".join(new)
                changed += 1
        lines[n] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    return changed


def main(lang: str) -> None:
    roles = {fold(r["marker"]): r["role"]
             for r in read_tsv(data_path("lang", lang, "roles.tsv"), ("marker", "role"))}
    for table in ("verbs.tsv", "nouns.tsv"):
        print(f"{lang}/{table}: {rewrite(lang, table, roles)} cells rewritten")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "es")
