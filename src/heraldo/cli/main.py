"""``heraldo``: extract, explain, evaluate, actors; ingest, events, dyads, export, plot;
serve."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import typer
from rich.table import Table

from heraldo.cli.console import stdout_console
from heraldo.cli.errors import CLOSED_PIPE, articles_of, date_option, friendly, quiet_closed_stdout
from heraldo.cli.queries import register as register_corpus_commands
from heraldo.errors import UsageError
from heraldo.model import Article, Document, Event

# plain help (rich_markup_mode=None): each value shows its name (DATE, N, PATH), flags none
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Heraldo: political event data from news text.")
actors_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                         help="The actor knowledge base.")
app.add_typer(actors_app, name="actors")
register_corpus_commands(app, actors_app)

# wide enough for the event table when the output is a pipe or a file
console = stdout_console(160)


def _version(shown: bool) -> None:
    if shown:
        from importlib.metadata import version

        typer.echo(f"heraldo {version('heraldo')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Heraldo: political event data from news text."""


def _check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise UsageError(f"unknown {what} {value!r}; choose one of {', '.join(choices)}")


def _actors(event: Event, side: str) -> str:
    mentions = event.sources if side == "source" else event.targets
    return ", ".join(dict.fromkeys(m.actor.code for m in mentions)) or "—"


def events_table(document: Document) -> Table:
    """The events of one Document as a terminal table (date, sides, codes, modality, trigger,
    rule)."""
    table = Table(title=f"{len(document.events)} events", show_lines=False)
    for column in ("date", "source", "cameo", "target", "plover", "modality", "trigger",
                   "rule"):
        table.add_column(column)
    for e in document.events:
        date = e.when.value if e.when and e.when.value else "?"
        if e.when and e.when.inferred:
            date += "*"
        modality = ("NOT " if e.negated else "") + e.modality
        table.add_row(date, _actors(e, "source"), e.cameo, _actors(e, "target"),
                      f"{e.plover}/{e.plover_mode}".strip("/"), modality, e.trigger, e.rule)
    return table


@app.command()
@friendly
def extract(
    file: str = typer.Argument(..., metavar="FILE", hidden=True),
    lang: str = typer.Option("es", "--lang", metavar="LANG",
                             help="Language of the text (es, en)."),
    published: str = typer.Option(None, "--published", metavar="DATE",
                                  help="Publication date YYYY-MM-DD."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT",
                            help="table, json, jsonl, cameo-tsv or plover-json."),
) -> None:
    """Code the articles of one file, read as `ingest` reads it: actors, events, statements.

    FILE: text, JSONL, HTML, RSS/Atom or WARC, or - for standard input.
    """
    from heraldo.formats import FORMATS, cameo_tsv, plover_json

    _check_choice(fmt, FORMATS, "format")
    date_option(published, "--published")
    documents = _code(articles_of(file, lang, published))
    if fmt == "json":
        dicts = [d.to_dict() for d in documents]
        typer.echo(json.dumps(dicts[0] if len(dicts) == 1 else dicts, ensure_ascii=False,
                              indent=2))
    elif fmt == "jsonl":
        for document in documents:
            typer.echo(json.dumps(document.to_dict(), ensure_ascii=False))
    elif fmt == "cameo-tsv":
        for line in cameo_tsv(documents):
            typer.echo(line)
    elif fmt == "plover-json":
        typer.echo(plover_json(documents))
    else:
        for document in documents:
            console.print(events_table(document))
        if any(d.events for d in documents):
            console.print("[dim]* date inferred from the reporting clause or publication[/dim]")


def _code(articles: list[Article]) -> list[Document]:
    """The Documents of ``articles``, each coded by its language's pipeline."""
    from heraldo.pipeline import get_pipeline

    return [next(get_pipeline(a.language).process([a])) for a in articles]


@app.command()
@friendly
def explain(
    text: str = typer.Argument(..., metavar="TEXT", hidden=True),
    lang: str = typer.Option("es", "--lang", metavar="LANG", help="es or en."),
    published: str = typer.Option(None, "--published", metavar="DATE",
                                  help="Publication date YYYY-MM-DD."),
) -> None:
    """Show the parse, each actor mention and how it was resolved, and each coding decision.

    TEXT: the text to explain (quote it).
    """
    date_option(published, "--published")
    from heraldo.model import Article
    from heraldo.pipeline import Pipeline, check_text

    check_text(text)
    pipeline = Pipeline(lang)
    article = Article.from_text(text, language=lang, published=published)
    analysis = next(pipeline.analyse_docs([article]))
    parse = Table(title="parse")
    for column in ("i", "token", "lemma", "pos", "dep", "head"):
        parse.add_column(column)
    for tok in analysis.doc:
        if not tok.is_space:
            parse.add_row(str(tok.i), tok.text, tok.lemma_, tok.pos_, tok.dep_, str(tok.head.i))
    console.print(parse)
    mentions = Table(title="actor mentions")
    for column in ("text", "code", "how"):
        mentions.add_column(column)
    for m in analysis.document.mentions:
        mentions.add_row(m.text, m.actor.code, m.how)
    console.print(mentions)
    console.print("[bold]coding decisions[/bold]")
    for line in analysis.trace:
        console.print(f"  {line}")
    console.print(events_table(analysis.document))


@app.command()
@friendly
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD", hidden=True),
    lang: str = typer.Option(None, "--lang", metavar="LANG",
                             help="es or en (default: the file name prefix)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    output: Path = typer.Option(None, "--output", metavar="PATH",
                                help="Write the system JSONL here."),
) -> None:
    """Code every gold record as one article and score it like shared/eval/score.py.

    GOLD: a gold JSONL file (see shared/eval/README.md).
    """
    from heraldo.evaluate.events import code_gold, format_scores, language_of, read_jsonl, score
    from heraldo.pipeline import Pipeline

    if not gold.is_file():
        raise UsageError(f"{gold}: no such file")
    language = language_of(gold, lang)
    records = read_jsonl(gold)
    system = code_gold(records, language, Pipeline(language))
    if output is not None:
        output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in system),
                          encoding="utf-8")
    result = score(records, system)
    typer.echo(json.dumps(result) if as_json else format_scores(result))


@actors_app.command("lookup")
@friendly
def actors_lookup(
    text: str = typer.Argument(..., metavar="PHRASE", hidden=True),
    date: str = typer.Option(None, "--date", metavar="DATE",
                             help="Resolve roles as of YYYY-MM-DD."),
    lang: str = typer.Option("es", "--lang", metavar="LANG", help="es or en."),
) -> None:
    """Show how the actors of a phrase resolve (code, reason) on a date.

    PHRASE: a phrase, e.g. "el canciller alemán".
    """
    from heraldo.actors.lookup import lookup

    day = date_option(date, "--date")
    mentions = lookup(text, lang=lang, date=day.isoformat() if day else None)
    if not mentions:
        typer.echo("no actor found")
        raise typer.Exit(1)
    table = Table(title=f"actors in {text!r}" + (f" on {day}" if day else ""))
    for column in ("text", "code", "country", "sectors", "org", "kind", "how"):
        table.add_column(column)
    for m in mentions:
        a = m.actor
        table.add_row(m.text, a.code, a.country, ",".join(a.sectors), a.org, a.kind, m.how)
    console.print(table)


@actors_app.command("validate")
@friendly
def actors_validate() -> None:
    """Check the actor tables: duplicates, overlapping roles, unknown codes, size floors."""
    from heraldo.actors.kb import load_kb, user_actor_files
    from heraldo.actors.validate import sizes_report, validate

    load_kb("es", tuple(user_actor_files()))  # loading validates every table and user file
    for name, size in sizes_report().items():
        typer.echo(f"{name:24s} {size}")
    problems = validate()
    for problem in problems:
        typer.echo(f"problem: {problem}", err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo("actor tables: ok")


def main() -> None:
    """The ``heraldo`` command: a usage error (an unknown option, a value out of range) is
    one line on stderr and exit status 2, like every other bad input; a reader that
    closes standard output early (``| head``) ends it quietly (status 141)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as exc:  # typer's click errors: usage, bad parameters
        if type(exc).__name__ != "NoArgsIsHelpError":  # (that one printed the help)
            ctx = getattr(exc, "ctx", None)
            command = ctx.command_path if ctx is not None else "heraldo"
            typer.echo(f"heraldo: error: {exc.format_message()} (see `{command} --help`)",
                       err=True)
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("heraldo: error: interrupted", err=True)
        sys.exit(130)
    try:
        sys.stdout.flush()  # what is still buffered, while a closed pipe can be caught
    except BrokenPipeError:
        quiet_closed_stdout()
        sys.exit(CLOSED_PIPE)
    sys.exit(code if isinstance(code, int) else 0)
