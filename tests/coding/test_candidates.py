"""The candidate search's named rules and the structured rule ids events carry."""

from __future__ import annotations

import pytest

from heraldo.coding.arguments import ActorIndex
from heraldo.coding.candidates import Candidate, Rule
from heraldo.coding.subjects import Found, Way
from heraldo.lang import load_pack
from heraldo.lang.patterns import Kind, RuleId
from heraldo.ontology.event_code import EventCode


def test_rule_ids_render_as_events_carry_them_and_parse_back():
    rule = RuleId("es", Kind.NOUN, "protesta", "*", ("GOV", "LEG", "JUD", "MIL", "IGO"),
                  EventCode("114"))
    assert str(rule) == "es.noun.protesta.*.by-GOV,LEG,JUD,MIL,IGO.114"
    assert RuleId.parse(str(rule)) == rule
    aimed = RuleId("es", Kind.VERB, "atacar", "*", ("GOV",), EventCode("111"), ("OPP", "MED"))
    assert str(aimed) == "es.verb.atacar.*.by-GOV.to-OPP,MED.111"
    assert RuleId.parse(str(aimed)) == aimed
    plain = RuleId.parse("es.verb.criticar.*.111")
    assert (plain.kind, plain.lemma, plain.constraint, plain.sectors, plain.code) == (
        Kind.VERB, "criticar", "*", (), EventCode("111"))


@pytest.mark.parametrize("text", ["synthetic.040", "es.adj.x.*.040", "es.verb.x.*.4",
                                  "es.verb.x.y.z.w.040"])
def test_text_that_renders_no_rule_id_is_refused(text):
    with pytest.raises(ValueError):
        RuleId.parse(text)


def test_every_pattern_id_round_trips_through_its_rendering():
    patterns = load_pack("es").patterns.all_patterns()
    assert patterns
    for p in patterns:
        assert RuleId.parse(str(p.id)) == p.id, p.id
        assert p.noun == (p.id.kind is Kind.NOUN)
        assert str(p.code) == p.cameo


def test_how_renders_the_rule_and_the_way_to_the_sources():
    def cand(rule, found=None, detail=""):
        return Candidate(None, None, [], [], rule, found, detail)  # type: ignore[arg-type]

    nearest = Found([], Way.NEAREST)
    assert cand(Rule.VERB, nearest).how == "nearest"
    each = cand(Rule.EACH, nearest)
    assert each.how == "nearest:each"
    assert cand(Rule.SUBJECT_IS_TARGET, Found([], Way.INHERITED, "xcomp")).how == \
        "inherited:xcomp:subject-is-target"
    assert cand(Rule.NOUN_GOVERNOR, detail="mantener").how == "noun-governor:mantener"
    assert cand(Rule.NOUN_ARGS).how == "noun-args"


def _candidates(pipeline, text):
    doc = next(iter(pipeline.parse([text])))
    spans = pipeline.resolver.resolve(doc, None)
    trace: list[str] = []
    return pipeline.coder.candidates(doc, ActorIndex(pipeline.pack, spans), trace), trace


@pytest.mark.parametrize("text, lemma, rule, way", [
    ("Israel bombardeó Gaza.", "bombardear", Rule.VERB, Way.SUBJECT),
    ("La base fue atacada por el ejército iraní.", "atacar", Rule.VERB, Way.AGENT),
    ("El Gobierno peruano acusó a los rebeldes de violar la tregua.", "violar", Rule.VERB,
     Way.OBJECT_CONTROL),
    ("Un periodista murió por disparos de la policía mexicana.", "morir",
     Rule.SUBJECT_IS_TARGET, Way.SUBJECT),
])
def test_verb_candidates_name_their_rule_and_how_their_sources_were_found(
        pipeline, text, lemma, rule, way):
    cands, _ = _candidates(pipeline, text)
    cand = next((c for c in cands if c.pattern.lemma == lemma), None)
    assert cand is not None, [(c.pattern.id, c.how) for c in cands]
    assert (cand.rule, cand.found.way if cand.found else None) == (rule, way)


def test_a_light_verb_leaves_its_event_noun_to_code_the_event(pipeline):
    cands, trace = _candidates(
        pipeline, "Los campesinos colombianos protagonizaron una protesta en Bogotá.")
    nouns = [c for c in cands if c.pattern.noun]
    assert [(c.rule, c.detail) for c in nouns] == [(Rule.NOUN_GOVERNOR, "protagonizar")], \
        [(c.pattern.id, c.how) for c in cands]
    assert not [c for c in cands if not c.pattern.noun]
    assert any("light verb" in line for line in trace), trace
