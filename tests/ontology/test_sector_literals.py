"""One-time check: the attribute columns reproduce the literal sets they replace."""
from heraldo.actors import compose, kb, phrase, standing
from heraldo.ontology import sectors

STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
LITERALS = {
    "state": STATE,
    "former": STATE | {"PTY", "OPP"},
    "top_level": frozenset({"MNC"}),
    "standing": frozenset({"GOV", "OPP"}),
    "acts_for": frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB",
                           "UAF", "INS", "SEP", "CRM", "ELI", "IGO", "NGO"}),
    "opposing": frozenset({"OPP"}),
    "title": STATE | {"ELI", "PTY", "OPP", "REB", "IGO"},
    "force": frozenset({"MIL", "COP", "SPY"}),
    "not_from_name": frozenset({"GOV", "ELI"}),
    "localised": frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "REB", "UAF",
                            "OPP", "PTY", "INS", "SEP", "CRM"}),
    "seated": frozenset({"BUS", "MED"}),
    "state_side": frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "OPP", "PTY"}),
}
CODE = {
    "state": kb.STATE_SECTORS, "former": kb.FORMER_SECTORS, "top_level": kb.TOP_LEVEL_SECTORS,
    "standing": kb.STANDINGS, "acts_for": compose.ACTS_FOR_SECTORS,
    "opposing": compose.OPPOSING_SECTORS, "title": compose.TITLE_SECTORS,
    "force": compose.FORCE_SECTORS, "not_from_name": phrase.NAME_SECTORS_EXCLUDED,
    "localised": standing.LOCALISED_SECTORS, "seated": standing.SEATED_SECTORS,
    "state_side": standing.STATE_SIDE,
}


def test_columns_reproduce_the_literal_sets():
    for attribute, literal in LITERALS.items():
        assert sectors(attribute) == literal, attribute
        assert CODE[attribute] == literal, attribute
