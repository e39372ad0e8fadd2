"""A mention's ``how``: a rule with arguments, rendered as text only for output."""

from __future__ import annotations

import pytest

from heraldo.actors.how import How, Rule, rule_of


@pytest.mark.parametrize("how, text", [
    (How(Rule.DICTIONARY, ("country",)), "dictionary:country"),
    (How(Rule.DICTIONARY, ("person", "president"), "era:2013-01-20"),
     "dictionary:person:president@era:2013-01-20"),
    (How(Rule.DICTIONARY, ("person", "out-of-office"), "2014-03-02"),
     "dictionary:person:out-of-office@2014-03-02"),
    (How(Rule.UNPLACED, ("neighbours",)), "agent+unplaced:neighbours"),
    (How(Rule.DEMONYM).headed(), "agent+demonym+head"),
    (How(Rule.NAME).headed().headed(), "agent+name+head+head"),
    (How(Rule.DEMONYM_NOUN), "demonym-noun"),
])
def test_how_renders_as_the_rule_name_and_its_arguments(how, text):
    assert str(how) == text
    assert rule_of(text) == how.rule


def test_the_rule_of_a_rendered_how_is_its_longest_rule_name():
    assert rule_of("agent+former+person") == Rule.FORMER_PERSON
    assert rule_of("agent+former") == Rule.FORMER
    assert rule_of("agent+unplaced+place") == Rule.UNPLACED  # localised after
    assert rule_of("agent+place") == Rule.PLACE
    assert rule_of("agent") == Rule.AGENT
    assert rule_of("agentive") is None and rule_of("") is None
