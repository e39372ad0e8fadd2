"""The parts of a noun phrase that say whose it is: the countries of its modifiers ("el
presidente ruso", "los presidentes de Brasil y Argentina"), its group ("guerrilleros de
las FARC"), the country of a locative inside it, the group a bare definite noun refers
back to. Each returns the matches it covers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from heraldo.actors.context import Context, after_comma, bare_definite, one_of
from heraldo.actors.how import How, Rule
from heraldo.actors.mentions import Match
from heraldo.actors.spans import PLACE_KINDS, ActorSpan, composed_actor
from heraldo.lang import Role as ArgRole
from heraldo.model import Actor
from heraldo.resources import fold

#: how many nouns may stand between an agent and its group ("del Frente 33 de las FARC")
GROUP_DEPTH = 2
#: how many sentences back a bare definite noun looks for the group it names ("la compañía")
ANTECEDENT_SENTENCES = 3


@dataclass(frozen=True)
class Countries:
    """The countries a phrase's modifiers name, how (``agent+demonym``, ``agent+de``),
    and the matches that name them."""

    countries: list[str]
    how: How
    matches: tuple[Match, ...]


def covered(matches: tuple[Match, ...] | list[Match]) -> frozenset[int]:
    """The token starts of ``matches``: the tokens a phrase has used."""
    return frozenset(m.start for m in matches)


def phrase_end(end: int, matches: tuple[Match, ...] | list[Match]) -> int:
    """The end of a phrase that covers ``matches`` beyond its own ``end``."""
    return max([end, *(m.end for m in matches)])


def modifier_countries(ctx: Context, head: Token, depth: int = 0) -> Countries | None:
    """The countries a noun's modifiers give it: a demonym ("el canciller alemán") or the places
    of a genitive ("los presidentes de Brasil y Argentina"), one level down at most."""
    for child in head.children:
        if child.dep_ not in ctx.pack.deps.modifier or child.i not in ctx.at or (
                child.dep_ == "conj" and any(c.dep_ == "det" for c in child.children)):
            # "los jóvenes y los colombianos": a phrase of its own, no modifier
            continue
        m = ctx.at[child.i]
        if m.kind == "demonym":
            return _chain(ctx, child, frozenset({"demonym"}), How(Rule.DEMONYM))
        if m.kind in PLACE_KINDS and child.dep_ in ("nmod", "flat", "compound"):
            # "los presidentes de Brasil y Argentina": every coordinated country
            return _chain(ctx, child, PLACE_KINDS, How(Rule.GENITIVE))
    if depth == 0:
        for child in head.children:
            if child.dep_ == "nmod" and child.i not in ctx.at:
                inner = modifier_countries(ctx, child, 1)
                if inner:
                    return inner
    return None


def _chain(ctx: Context, token: Token, kinds: frozenset[str], how: How) -> Countries:
    matches = [m for t in (token, *token.conjuncts)
               if (m := ctx.at.get(t.i)) is not None and m.kind in kinds]
    return Countries([m.entry.country for m in matches], how, tuple(matches))


def modifier_group(ctx: Context, head: Token, depth: int = 0) -> Match | None:
    """The group a phrase belongs to: "guerrilleros de las FARC", and through units
    and acronyms ("insurgentes del Frente 33 de las FARC", "guerrilleros de la UC
    ELN"), only along "de" modifiers (not "atacados por las FARC")."""
    for child in head.children:
        if child.dep_ not in ("nmod", "appos", "flat") or after_comma(child):
            continue
        if any(c.dep_ == "case" and ctx.pack.role_of(c.text) != ArgRole.GENITIVE
               for c in child.children):
            continue
        m = ctx.at.get(child.i)
        if m is not None and (m.kind in ("group", "organisation") or (
                m.kind == "metonym" and m.entry.sectors)):
            # "guerrilleros de las FARC", "tropas del Ejército Nacional"
            return m
        if m is None and depth < GROUP_DEPTH:
            found = modifier_group(ctx, child, depth + 1)
            if found is not None:
                return found
    return None


def place_country(ctx: Context, head: Token) -> str:
    """The country of a locative inside the phrase ("... en el este de Ucrania")."""
    for token in head.subtree:
        m = ctx.at.get(token.i)
        if m is None or m.kind not in PLACE_KINDS or token.i == head.i:
            continue
        path = [t for t in token.ancestors if head.is_ancestor(t) or t == head]
        cases = {ctx.pack.roles.of(c.lower_) for t in (token, *path) for c in t.children
                 if c.dep_ == "case"}
        if ArgRole.AGENT in cases:
            continue  # "respaldados por Rusia": the backer, not the nationality
        if ArgRole.LOCATIVE in cases:
            return m.entry.country
    return ""


def antecedent(ctx: Context, head: Token, sector: str, match: Match) -> ActorSpan | None:
    """The named group an organisation noun (``role_nouns.tsv`` kind ``anaphor``),
    definite, singular and bare, refers back to: "Pfizer informó ... explicó la
    compañía" (Pfizer), the nearest group of the noun's sector named in the last
    ``ANTECEDENT_SENTENCES`` sentences. A noun with modifiers ("la compañía estatal",
    "la empresa de seguridad") says which one it is, a plural ("las empresas") is no
    single group, and collective nouns ("la prensa") name the whole sector."""
    anaphors = ctx.pack.role_nouns.anaphor
    if not sector or not one_of(head, anaphors) or not bare_definite(ctx.pack, head, match):
        return None
    sentence = ctx.sentence(head.i)
    for span in reversed(ctx.discourse.spans):
        if span.sentence < sentence - ANTECEDENT_SENTENCES:
            break
        for named in (span, *span.nested):
            if named.start < head.i and named.kind == "group" and \
                    named.how.rule == Rule.DICTIONARY and \
                    all(a.sectors[:1] == (sector,) for a in named.actors):
                return named
    return None


def _recent(ctx: Context, head: Token) -> list[ActorSpan]:
    """The spans (and their nested ones) named before ``head`` within
    ``ANTECEDENT_SENTENCES`` sentences: subjects first (the salient ones), each group
    nearest first."""
    sentence = ctx.sentence(head.i)
    out: list[ActorSpan] = []
    for span in reversed(ctx.discourse.spans):
        if span.sentence < sentence - ANTECEDENT_SENTENCES:
            break
        out.extend(n for n in (span, *span.nested) if n.start < head.i)
    subject = ctx.pack.deps.subject
    return sorted(out, key=lambda n: ctx.doc[n.head].dep_ not in subject)


def _bare_anaphor(ctx: Context, head: Token, match: Match, words: frozenset[str]) -> bool:
    """Whether the phrase is one of ``words`` (its head or its whole match), definite,
    singular and bare."""
    matched = fold(ctx.doc[match.start:match.end].text)
    return (one_of(head, words) or matched in words) and bare_definite(ctx.pack, head, match)


def leader_antecedent(ctx: Context, head: Token, sector: str,
                      match: Match) -> ActorSpan | None:
    """The leader a bare title (``role_nouns.tsv`` kind ``leader_anaphor``) refers back
    to: "Putin visitó Ankara ... El mandatario condenó" is Putin, the nearest person or
    institution of the title's sector (a former president's is no current leader's) and
    of a country, named in the last ``ANTECEDENT_SENTENCES`` sentences."""
    if not sector or not _bare_anaphor(ctx, head, match, ctx.pack.role_nouns.leader_anaphor):
        return None
    for named in _recent(ctx, head):
        if named.kind not in PLACE_KINDS and named.actors and all(
                a.country and a.sectors[:1] == (sector,) for a in named.actors):
            return named
    return None


def state_antecedent(ctx: Context, head: Token, sector: str,
                     match: Match) -> list[Actor] | None:
    """The institution of ``sector`` of the state a bare noun (``role_nouns.tsv`` kind
    ``state_anaphor``) refers back to: "Cuba expulsó a dos diplomáticos ... El régimen
    acusó" is CUBGOV, the nearest single country named in the last
    ``ANTECEDENT_SENTENCES`` sentences."""
    if not sector or not _bare_anaphor(ctx, head, match, ctx.pack.role_nouns.state_anaphor):
        return None
    for named in _recent(ctx, head):
        countries = {a.country for a in named.actors if a.country}
        if len(countries) == 1 and len(named.actors) == 1:
            country = countries.pop()
            return [composed_actor(country, sector, ctx.doc[match.start:match.end].text,
                                   country)]
    return None


def neighbouring_states(ctx: Context, head: Token) -> bool:
    """Whether "vecinos" are a state's neighbours: with a possessive, after a state (a
    country, a capital or a government) in the sentence or the one before ("Siria
    refuerza vínculos con sus vecinos"); bare, in a clause a state is the subject of
    ("Siria refuerza vínculos con vecinos")."""
    states = [s for s in ctx.discourse.spans if s.kind in ("country", "capital", "metonym")]
    if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in head.children):
        sentence = ctx.sentence(head.i)
        return any(sentence - 1 <= s.sentence <= sentence and s.start < head.i
                   for s in states)
    if any(c.dep_ == "det" for c in head.children):
        return False  # "los vecinos del barrio": residents
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")} \
        if verb is not None else set()
    return any(s.head in subjects for s in states)
