import pytest

from heraldo.ontology import load_ontology
from heraldo.ontology.event_code import EventCode


def test_root_base_and_parent_of_codes_of_each_length():
    full = EventCode.parse(" 0411 ")
    assert (full.root, full.base, str(full)) == ("04", "041", "0411")
    assert full.parent == EventCode("041")
    assert EventCode("041").parent == EventCode("04")
    assert EventCode("04").parent is None
    assert EventCode("04").base == "04"


def test_generic_code_is_the_roots_zero():
    assert EventCode("040").generic
    assert not EventCode("041").generic
    assert not EventCode("04").generic
    assert EventCode("040").same_root(EventCode("0411"))
    assert not EventCode("040").same_root(EventCode("051"))


@pytest.mark.parametrize("bad", ["", "4", "04a", "12345", "abc"])
def test_malformed_codes_are_refused(bad):
    with pytest.raises(ValueError, match="bad CAMEO event code"):
        EventCode.parse(bad)


@pytest.mark.parametrize(("text", "code"), [
    ("0231", "0231"), ("04 consult", "04"), ("12345", "1234"), ("1", None), ("", None),
    (None, None), ("x04", None), (42, "42"),
])
def test_leading_reads_loosely_written_gold_codes(text, code):
    found = EventCode.leading(text)
    assert (str(found) if found else None) == code


def test_codes_are_checked_against_the_codebook():
    ontology = load_ontology()
    assert EventCode("0211").in_codebook(ontology)
    assert not EventCode("0999").in_codebook(ontology)
    assert all(EventCode(c).in_codebook(ontology) for c in ontology.cameo)
