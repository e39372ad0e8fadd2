"""Organisations the knowledge base does not hold, by their own names (``agent+name``).

A capitalised run headed by an organisation noun (``organisation_nouns.tsv``: "la
Comisión de Libre Competencia y Asuntos del Consumidor (CLICAC)", "la Universidad
Panamericana", "el Colegio de Profesores de Educación Media de Honduras (Copemh)") is one
actor: the sector of a sector word inside the name ("Profesores": EDU), else of its head
noun (the knowledge base's agent, else the table's); the country of a demonym or a place
inside it ("Costarricense", "de Honduras"), else none (the story's country places it).
Its acronym, its initials and its head noun again ("la CLICAC", "el Copemh", "la
Comisión") refer back to it. The knowledge base wins: a name it holds, or an agent term
that covers the whole name but its places ("el Consejo Nacional Electoral de Venezuela"),
is resolved as before. A sentence in capitals (a headline), a title in quotes and a
capitalised word alone (a sentence start) name no organisation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from heraldo.actors.context import Context, after_comma
from heraldo.actors.how import How, Rule
from heraldo.actors.mentions import Match
from heraldo.actors.phrase import covered, modifier_countries, phrase_end
from heraldo.actors.spans import PLACE_KINDS, Resolution, actor_from_entry, composed_actor
from heraldo.lang import Role as ArgRole
from heraldo.model import Actor
from heraldo.nlp.text import token_table
from heraldo.ontology import sectors
from heraldo.resources import fold

#: sectors a word inside a name does not give it: a government word in a name
#: ("Secretaría de Gobierno", "Fundación Presidente Allende") makes it no agency
NAME_SECTORS_EXCLUDED = sectors("not_from_name")
#: sectors of the titles of people ("el Gobierno del Presidente Eduardo Frei")
TITLES = sectors("title")
#: matches that end a name: another institution's ("la Comisión de Derechos Humanos de
#: la ONU" is the ONU's own body, which the knowledge base names when it knows it)
OTHER_INSTITUTIONS = frozenset({"organisation", "group", "metonym"})
#: the fewest letters initials must have to stand for a name ("CLCAC")
INITIALS = 3
#: the most letters of an acronym in parentheses ("(CLICAC)", "(Copemh)")
ACRONYM = 10


def organisation_heads(ctx: Context) -> list[int]:
    """The tokens that may head an organisation's name: a capitalised organisation noun,
    not in a sentence in capitals."""
    nouns, table = ctx.pack.organisation_nouns, token_table(ctx.doc)
    return [i for i, word in enumerate(table.folded) if word in nouns
            and table.text[i][:1].isupper() and not table.text[i].isupper()]


def organisation(ctx: Context, head: Token, role: bool = False) -> Resolution | None:
    """The organisation named by the capitalised run ``head`` heads; ``None`` when it
    names none. After a role's "de" (``role``), only a name whose own words say its
    sector makes the role its organisation's ("el vocero de la Unión Nacional de
    Trabajadores", of any head noun; "el rector de la Universidad Panamericana"), not
    the table's default ("los legisladores de la Comisión de Relaciones Exteriores"
    stay legislators)."""
    own = ctx.at.get(head.i)
    if own is not None and (own.kind != "agent" or own.start != head.i):
        return None  # the knowledge base holds it ("la Comisión Europea")
    start, end = _extent(ctx, head)
    acronym = _acronym(ctx, end)
    if (start, end) == (head.i, head.i + 1) and acronym is None:
        return _again(ctx, head)
    if own is not None and not _beyond(ctx, own, end):
        return None  # "el Consejo Nacional Electoral de Venezuela": the agent's phrase
    titled = own is not None and own.entry.sectors[:1] and own.entry.sectors[0] in TITLES
    listed = fold(head.text) in ctx.pack.organisation_nouns
    if _quoted(ctx, start) or not (listed or (role and not titled)):
        return None  # after a role, a title ("del Presidente Eduardo Frei") is no name
    first = ctx.left_edge(head, start)  # with its article and adjectives ("la opositora")
    inside = _matches(ctx, first, end)
    body = _body(ctx, end) if acronym is None else None
    found = _actors(ctx, head, own, inside, body, role, ctx.doc[start:end])
    if found is None:
        return None
    actors, taken = found
    last = phrase_end(end if acronym is None else acronym + 2, taken)
    span = ctx.span(first, last, actors, How(Rule.NAME), "agent")
    if span is None:
        return None
    _aliases(ctx, head, start, end, acronym, actors)
    return Resolution(span, covered(taken))


def _countries(ctx: Context, head: Token, inside: list[Match]) -> tuple[list[str], list[Match]]:
    """The countries of a demonym or a place inside the name ("Costarricense", "de
    Honduras"), else of a modifier that says whose it is; and the matches that name
    them with the name's own."""
    countries = list(dict.fromkeys(m.entry.country for m in inside
                                   if m.kind in PLACE_KINDS | {"demonym"} and m.entry.country))
    found = modifier_countries(ctx, head) if not countries else None
    if found is None or not all(_whose(ctx, m) for m in found.matches):
        return countries, inside  # "la Universidad Rutgers, en Estados Unidos": where
    return found.countries, [*inside, *found.matches]


def _extent(ctx: Context, head: Token) -> tuple[int, int]:
    """The name's words around ``head``: capitalised words before it (a name in
    English: "the National Statistics Institute"), and after it capitalised words,
    with the pack's name particles between them ("de", "del", "y")."""
    doc, particles = ctx.doc, ctx.pack.grammar.name_particle
    start = head.i
    while start > head.sent.start + 1 and _name_word(ctx, doc[start - 1]) and \
            doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    end = j = head.i + 1
    conjunction = False
    while j < head.sent.end:
        token = doc[j]
        word = fold(token.text)
        if token.text.islower() and word in particles:
            conjunction = conjunction or word in ctx.pack.grammar.list_conjunction
            j += 1
            continue
        if not _name_word(ctx, token) or (
                (conjunction or _determined(ctx, doc[j - 1])) and _institution(ctx, token)):
            break  # "la Comisión ... y la Fundación ...", "la Junta Directiva del Parlamento"
        m = ctx.at.get(j)
        end = j = m.end if m is not None and m.start == j else j + 1
        conjunction = False
    return start, end


def _determined(ctx: Context, token: Token) -> bool:
    """An article, or one contracted into the genitive ("del")."""
    return token.pos_ == "DET" or fold(token.text) in ctx.pack.grammar.contractions


def _institution(ctx: Context, token: Token) -> bool:
    """A word that names an institution of its own ("Parlamento", "Fundación",
    "Embajada"): an organisation noun, an agent term, a building."""
    m = ctx.at.get(token.i)
    return (m is not None and m.kind == "agent") or fold(token.text) in \
        ctx.pack.organisation_nouns or fold(token.text) in ctx.pack.role_nouns.building


def _name_word(ctx: Context, token: Token) -> bool:
    """A capitalised word that may be part of a name: no other institution's."""
    m = ctx.at.get(token.i)
    return token.text[:1].isupper() and token.text[:1].isalpha() and (
        m is None or m.kind not in OTHER_INSTITUTIONS)


def _acronym(ctx: Context, end: int) -> int | None:
    """The token of an acronym in parentheses right after the name ("(CLICAC)",
    "(Copemh)"); not a place ("(Honduras)")."""
    doc = ctx.doc
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word, m = doc[end + 1].text, ctx.at.get(end + 1)
    if word[:1].isupper() and word.isalpha() and len(word) <= ACRONYM and (
            m is None or m.kind not in PLACE_KINDS | {"demonym"}):
        return end + 1
    return None


def _beyond(ctx: Context, own: Match, end: int) -> bool:
    """Whether the name goes on past an agent term at its head with words of its own,
    not only places ("la Universidad Panamericana", not "la Universidad de Chile")."""
    return any(t.text[:1].isupper() and (
        (m := ctx.at.get(t.i)) is None or m.kind not in PLACE_KINDS | {"demonym"})
        for t in ctx.doc[own.end:end])


def _whose(ctx: Context, m: Match) -> bool:
    """A modifier that says whose the name is: a demonym, or a place after "de" ("la
    Unión Nacional de Trabajadores por la Salud de México"), not after a comma."""
    token = ctx.doc[m.start]
    return not after_comma(token) and (m.kind == "demonym" or any(
        c.dep_ == "case" and ctx.pack.role_of(c.text) == ArgRole.GENITIVE
        for c in token.children))


def _quoted(ctx: Context, start: int) -> bool:
    """A title in quotes ("«Escuela de Calor»"), a work's, not an organisation."""
    return start > 0 and ctx.doc[start - 1].is_quote


def _matches(ctx: Context, start: int, end: int) -> list[Match]:
    """The knowledge-base matches inside the name."""
    return list(dict.fromkeys(m for i in range(start, end) if (m := ctx.at.get(i)) is not None
                              and m.start >= start))


def _actors(ctx: Context, head: Token, own: Match | None, inside: list[Match],
            body: Match | None, role: bool,
            name: Span) -> tuple[tuple[Actor, ...], list[Match]] | None:
    """The name's actors and the matches they cover. The sector: a sector word's inside
    the name ("Colegio de Profesores": EDU), else the institution's it belongs to ("la
    Junta de Coordinación Política de la Cámara de Diputados": LEG; "el Instituto de
    Investigaciones Jurídicas de la UNAM" is the UNAM's), else the knowledge base's agent
    term at its head ("Universidad"), else the pack's (not after a role's "de")."""
    inner = next((m.entry.sectors[0] for m in inside if m is not own and m.kind == "agent"
                  and m.entry.sectors and m.entry.sectors[0] not in NAME_SECTORS_EXCLUDED), "")
    if body is not None and not inner and body.kind != "agent":
        return (actor_from_entry(body.entry, ctx.date),), inside
    sector = inner or (body.entry.sectors[0] if body is not None and body.entry.sectors
                       else "") or (own.entry.sectors[0] if own is not None and
                                    own.entry.sectors else "")
    if not sector and not role:
        sector = ctx.pack.organisation_nouns.get(fold(head.text), "")
    if not sector:
        return None
    countries, taken = _countries(ctx, head, inside)
    actors = tuple(composed_actor(c, sector, name.text, c) for c in countries or [""])
    words = ctx.doc[ctx.left_edge(head, name.start):name.end]
    if not countries and any(fold(t.text) in ctx.pack.place_words.unplaced for t in words):
        # "el Consejo Mundial de Boxeo", "el Comité Olímpico Internacional": of no one
        # country, and none for the story to give it
        actors = tuple(replace(a, kind="organisation") for a in actors)
    return actors, taken


def _body(ctx: Context, end: int) -> Match | None:
    """The institution a name belongs to, named after it with "de" and an article: "la
    Junta Directiva del Parlamento", "la Oficina Humanitaria de la Unión Europea"."""
    doc, particles = ctx.doc, ctx.pack.grammar.name_particle
    j, article = end, False
    while j < len(doc) and doc[j].text.islower() and fold(doc[j].text) in particles:
        if fold(doc[j].text) in ctx.pack.grammar.list_conjunction:
            return None  # "la Comisión ... y la Fundación ...": another name
        article = article or _determined(ctx, doc[j])
        j += 1
    m = ctx.at.get(j) if article and j < len(doc) else None
    if m is None or m.start != j or not doc[j].text[:1].isupper() or \
            ctx.pack.role_of(doc[end].text) != ArgRole.GENITIVE:
        return None
    return m if m.kind in OTHER_INSTITUTIONS or m.kind == "agent" else None


def _aliases(ctx: Context, head: Token, start: int, end: int, acronym: int | None,
             actors: tuple[Actor, ...]) -> None:
    """The acronym, the initials and the head noun refer back to the organisation."""
    discourse, doc = ctx.discourse, ctx.doc
    if acronym is not None:
        discourse.alias(fold(doc[acronym].text), actors, "agent")
    initials = "".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper())
    if len(initials) >= INITIALS:
        discourse.alias(fold(initials), actors, "agent")
    discourse.organisations[fold(head.text)] = actors


def _again(ctx: Context, head: Token) -> Resolution | None:
    """``coreference:name``: a capitalised head noun alone, with its article, after an
    organisation it headed ("la Comisión", "el Colegio") is that organisation."""
    actors = ctx.discourse.organisations.get(fold(head.text))
    if actors is None or head.is_sent_start or not any(
            c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in head.children):
        return None
    return Resolution(ctx.span(ctx.left_edge(head, head.i), head.i + 1, actors,
                               How(Rule.NAME_REFERENCE), "agent"),
                      covered([m for m in [ctx.at.get(head.i)] if m is not None]))
