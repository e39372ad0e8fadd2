"""Date tables: the words (``date_words.tsv``) and the rules (``date_rules.tsv``) that find
temporal expressions; ``heraldo.nlp.dates`` resolves them (one resolver per rule)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from heraldo.resources import fold, read_tsv, require, split_values, strip_accents

#: the rules ``heraldo.nlp.dates`` knows how to resolve (its ``RESOLVERS``)
DATE_RULES = ("day_month", "day_of_month", "edge_month", "edge_year", "month_year", "month",
              "weekday", "relative_day", "ago", "this_period", "other_period", "year")


@dataclass(frozen=True)
class DateWords:
    words: dict[str, dict[str, str]]  # kind -> folded word -> key

    def key(self, kind: str, word: str) -> str:
        return self.words[kind][fold(" ".join(word.split()))]

    def alternation(self, kind: str) -> str:
        forms = sorted(self.words[kind], key=len, reverse=True)
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True)
class DateRule:
    name: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class DateTables:
    words: DateWords
    rules: tuple[DateRule, ...]


def read_date_tables(words_path: Path, rules_path: Path) -> DateTables:
    words: dict[str, dict[str, str]] = {}
    for row in read_tsv(words_path, ("kind", "key", "words")):
        for w in split_values(row["words"]):
            words.setdefault(row["kind"], {})[fold(w)] = row["key"]
    table = DateWords(words)
    fills = {kind: f"(?:{table.alternation(kind)})" for kind in words}
    rules = []
    for row in read_tsv(rules_path, ("rule", "regex")):
        require(row["rule"] in DATE_RULES, row["_line"], f"no resolver for rule {row['rule']!r}")
        try:
            template = re.sub(r"\{([a-z]+)\}", lambda m: fills[m.group(1)],
                              strip_accents(row["regex"]))
            regex = re.compile(template, re.IGNORECASE)
        except (re.error, KeyError, IndexError) as exc:
            raise ValueError(f"{row['_line']}: bad date rule regex ({exc})") from exc
        rules.append(DateRule(row["rule"], regex))
    return DateTables(table, tuple(rules))
