"""The era of an undated article, from the titles its text gives known people, or from
when they held office together."""

from __future__ import annotations

from heraldo.actors.era import Title, era, periods
from heraldo.actors.kb import Entry, Role


def _person(kb_id, *roles):
    return Entry("person", "", roles[0][0], name=kb_id, kb_id=kb_id,
                 roles=tuple(Role(c, "office", s, a, b) for c, s, a, b in roles))


TRUMP = _person("trump", ("USA", "GOV", "2017-01-20", "2021-01-20"),
                ("USA", "GOV", "2025-01-20", ""))
OBAMA = _person("obama", ("USA", "LEG", "2005-01-03", "2008-11-16"),
                ("USA", "GOV", "2009-01-20", "2017-01-20"))
VIDEGARAY = _person("videgaray", ("MEX", "GOV", "2017-01-04", "2018-11-30"))
AMLO = _person("amlo", ("MEX", "PTY", "2017-12-11", "2018-07-01"),
               ("MEX", "GOV", "2018-12-01", "2024-10-01"))


def test_periods_of_an_office_and_of_a_former_one():
    assert periods(Title(OBAMA, "GOV")) == [("2009-01-20", "2017-01-20")]
    assert periods(Title(TRUMP, "GOV"), until="2026-01-01") == [
        ("2017-01-20", "2021-01-20"), ("2025-01-20", "2026-01-01")]
    # "el expresidente": any time after the first office ended
    assert periods(Title(OBAMA, "ELI"), until="2026-01-01") == [("2008-11-16", "2026-01-01")]
    # a title the dictionary knows no office of says nothing
    assert periods(Title(OBAMA, "MIL")) == []


def test_era_is_the_middle_of_the_stretch_most_titles_agree_with():
    assert era([]) is None
    assert era([Title(OBAMA, "MIL")]) is None
    assert era([Title(OBAMA, "GOV")]) == "2013-01-20"
    # "el presidente Trump" and "el expresidente Obama": Trump's terms; of two equally
    # supported stretches, the latest
    assert era([Title(TRUMP, "GOV"), Title(OBAMA, "ELI")], until="2026-01-20") == "2025-07-21"
    # a historical reference is outvoted
    assert era([Title(TRUMP, "GOV"), Title(OBAMA, "ELI"), Title(OBAMA, "GOV")],
               until="2026-01-20") == "2025-07-21"


def test_era_breaks_ties_by_the_offices_of_the_other_people_named():
    # Trump's first term, when Videgaray was Mexico's foreign secretary
    assert era([Title(TRUMP, "GOV")], [VIDEGARAY]) == "2017-12-25"
    assert "2017-12-11" <= era([Title(AMLO, "PTY")], [TRUMP]) <= "2018-07-01"


def test_era_without_titles_is_when_the_people_named_held_office_together():
    # López Obrador with Videgaray: López Obrador's campaign, in Videgaray's years
    assert era([], [AMLO, VIDEGARAY]) == "2018-03-22"
    # one person, or people never in office together, give no era
    assert era([], [AMLO]) is None
    assert era([], [OBAMA, AMLO]) is None
    # Trump and Obama were in office together in no stretch: Obama's ended as Trump's began
    assert era([], [TRUMP, OBAMA]) is None
    # two separate stretches that tie give no era
    biden = _person("biden", ("USA", "GOV", "2009-01-20", "2017-01-20"),
                    ("USA", "GOV", "2021-01-20", "2025-01-20"))
    kerry = _person("kerry", ("USA", "GOV", "2013-02-01", "2017-01-20"),
                    ("USA", "GOV", "2021-01-20", "2024-03-06"))
    assert era([], [biden, kerry]) is None
