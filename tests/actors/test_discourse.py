"""The discourse state of a document's resolution: leaders, groups, pairs, aliases."""

from __future__ import annotations

from heraldo.actors.discourse import Discourse
from heraldo.actors.how import How, Rule
from heraldo.actors.spans import ActorSpan
from heraldo.model import Actor

RUS = Actor("RUS", "RUS", (), name="Rusia")
UKR = Actor("UKR", "UKR", (), name="Ucrania")
TUR = Actor("TUR", "TUR", (), name="Turquía")
PUTIN = Actor("RUSGOV", "RUS", ("GOV",), name="Putin", kind="person", kb_id="putin")
RUSMIL = Actor("RUSMIL", "RUS", ("MIL",), name="el ejército ruso")
USAGOV = Actor("USAGOV", "USA", ("GOV",), name="la Casa Blanca")
MEDIA = Actor("---MED", "", ("MED",), name="la prensa", kind="group")


COUNTRY = How(Rule.DICTIONARY, ("country",))


def _span(head, *actors, kind="country", how=COUNTRY):
    return ActorSpan(head, head + 1, head, actors, how, kind, 0)


def test_the_last_leader_is_the_last_person_or_government_named():
    discourse = Discourse()
    discourse.add(_span(0, PUTIN, kind="person"))
    assert discourse.last_leader == PUTIN
    discourse.add(_span(3, RUSMIL, kind="agent"))  # a force is no leader
    assert discourse.last_leader == PUTIN
    discourse.add(_span(5, USAGOV, kind="metonym"))
    assert discourse.last_leader == USAGOV
    assert discourse.by_head[5].actors == (USAGOV,)


def test_both_sides_are_the_last_coordination_else_the_last_two_countries():
    discourse = Discourse()
    assert discourse.previous_pair() == ()
    for i, actor in enumerate((RUS, MEDIA, UKR, UKR)):
        discourse.add(_span(i, actor))
    # the last two actors with a country and different codes, in text order
    assert discourse.previous_pair() == (RUS, UKR)
    discourse.group([TUR, RUS, TUR])  # "Turquía y Rusia": repeated actors count once
    assert discourse.previous_pair() == (TUR, RUS)


def test_a_full_name_keeps_its_surname_a_title_overrides_it():
    discourse = Discourse()
    discourse.name_person("iglesias", (PUTIN,))
    discourse.name_person("iglesias", (RUSMIL,))  # the first person keeps the surname
    assert discourse.aliases["iglesias"] == (PUTIN,)
    assert "iglesias" in discourse.people_seen
    discourse.title_person("putin", "putin", (RUSMIL,))
    assert discourse.titled["putin"] == (RUSMIL,)
    assert discourse.aliases["putin"] == (RUSMIL,)
    discourse.title_person("felipe", None, (RUS,))  # "Felipe VI": no surname
    assert discourse.titled["felipe"] == (RUS,) and "felipe" not in discourse.aliases


def test_spans_are_replaced_and_removed_in_place():
    discourse = Discourse()
    first, second = _span(0, PUTIN, kind="person"), _span(2, RUS)
    discourse.add(first)
    discourse.add(second)
    retitled = _span(0, RUSMIL, kind="person", how=How(Rule.TITLE))
    discourse.replace(first, retitled)
    assert discourse.spans == [retitled, second] and discourse.by_head[0] is retitled
    name = _span(4, RUS, kind="person", how=How(Rule.NAME_REFERENCE))
    discourse.add_name(name)  # a name heads no phrase
    assert 4 not in discourse.by_head
    discourse.remove(second)
    assert discourse.spans == [retitled, name]
