"""Date tables: the words (``date_words.tsv``) and the rules (``date_rules.tsv``) that find
temporal expressions, which ``heraldo.nlp.dates`` resolves (one resolver per rule); and the
datelines (``datelines.tsv``: "QUITO, Jun 20", "BOGOTÁ, 20 jun (AFP)") that give an
article's publication day, each with the groups ``day``, ``month`` and maybe ``year``."""

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
    """The date words of a language (months, weekdays, relative days...) by kind, folded, each
    with its key."""

    words: dict[str, dict[str, str]]  # kind -> folded word -> key

    def key(self, kind: str, word: str) -> str:
        """The key (a month's number, a weekday...) of ``word`` of ``kind``; KeyError for an
        unknown word."""
        return self.words[kind][fold(" ".join(word.split()))]

    def alternation(self, kind: str) -> str:
        """A regex alternation of the words of ``kind``, longest first, any spacing between
        words."""
        forms = sorted(self.words[kind], key=len, reverse=True)
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True)
class DateRule:
    """A named date expression: the resolver it goes to and its compiled regex."""

    name: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class DateTables:
    """What a language pack knows of dates: its words, its date expressions and its datelines."""

    words: DateWords
    rules: tuple[DateRule, ...]
    datelines: tuple[re.Pattern[str], ...] = ()


def _compile(template: str, fills: dict[str, str], where: str, flags: int) -> re.Pattern[str]:
    try:
        return re.compile(re.sub(r"\{([a-z_]+)\}", lambda m: fills[m.group(1)],
                                 strip_accents(template)), flags)
    except (re.error, KeyError, IndexError) as exc:
        raise ValueError(f"{where}: bad date rule regex ({exc})") from exc


def read_date_tables(words_path: Path, rules_path: Path,
                     datelines_path: Path | None = None) -> DateTables:
    """The date tables of a language pack, the rules' {kind} slots filled with its words; a
    DataError or ValueError names the line of a bad row."""
    words: dict[str, dict[str, str]] = {}
    for row in read_tsv(words_path, ("kind", "key", "words")):
        for w in split_values(row["words"]):
            words.setdefault(row["kind"], {})[fold(w)] = row["key"]
    table = DateWords(words)
    fills = {kind: f"(?:{table.alternation(kind)})" for kind in words}
    rules = []
    for row in read_tsv(rules_path, ("rule", "regex")):
        require(row["rule"] in DATE_RULES, row["_line"], f"no resolver for rule {row['rule']!r}")
        rules.append(DateRule(row["rule"], _compile(row["regex"], fills, row["_line"],
                                                    re.IGNORECASE)))
    datelines = []
    for row in (read_tsv(datelines_path, ("rule", "regex")) if datelines_path else ()):
        regex = _compile(row["regex"], fills, row["_line"], re.IGNORECASE | re.MULTILINE)
        require({"day", "month"} <= set(regex.groupindex), row["_line"],
                "a dateline needs the groups day and month")
        datelines.append(regex)
    return DateTables(table, tuple(rules), tuple(datelines))
