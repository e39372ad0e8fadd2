"""The language packs: every table required, es and en alike in shape, roles injective."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import heraldo.lang as lang
from heraldo.lang import TABLES, Role, load_pack
from heraldo.lang.dates import DATE_RULES
from heraldo.resources import DataError, data_path

CODES = ("es", "en")


def _header(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()[0].split("\t")


def test_es_and_en_hold_the_same_tables_with_the_same_columns():
    es, en = data_path("lang", "es"), data_path("lang", "en")
    names = sorted(p.name for p in es.glob("*.tsv"))
    assert names == sorted(p.name for p in en.glob("*.tsv"))
    assert sorted(TABLES) == names  # every table is one the pack reads
    for name in names:
        assert _header(es / name) == _header(en / name), name


@pytest.mark.parametrize("code", CODES)
def test_packs_load(code):
    pack = load_pack(code)
    assert pack.code == code and load_pack(code) is pack  # loaded once
    assert pack.grammar.function_words
    assert pack.roles.of("xyz") == Role.OTHER


def test_spanish_roles_are_injective_and_contractions_expand():
    pack = load_pack("es")
    roles = list(pack.roles.by_marker.values())
    assert len(roles) == len(set(roles)), "one role per Spanish preposition"
    assert pack.role_of("al") == pack.role_of("a") == Role.RECIPIENT
    assert pack.role_of("Del") == Role.GENITIVE
    assert pack.role_of("por") == Role.AGENT and pack.role_of("según") == Role.ATTRIBUTION
    assert pack.roles.markers(Role.GENITIVE) == {"de"}


def test_english_maps_its_prepositions_onto_the_same_roles():
    pack = load_pack("en")
    assert pack.role_of("by") == Role.AGENT and pack.role_of("against") == Role.ADVERSATIVE
    assert pack.role_of("with") == Role.COMITATIVE and pack.role_of("of") == Role.GENITIVE
    assert "dobj" in pack.deps.object and "nsubjpass" in pack.deps.passive_subject


def test_subject_sets_differ_as_they_did():
    deps = load_pack("es").deps
    assert deps.subject == {"nsubj", "csubj"}  # the coder's: doers of active clauses
    assert deps.subject_or_passive == {"nsubj", "nsubj:pass", "csubj"}  # standing's


def test_spanish_morphology():
    m = load_pack("es").morphology
    assert m.reflexive_base("reunirse") == "reunir" and m.reflexive_base("atacar") is None
    assert m.motion_stem("trasladarse") == "traslad" and m.motion_stem("ir") is None
    assert m.singulars("iraquies") == ("iraqui", "iraquie")
    assert m.inflection == 4
    assert m.participle_verbs("perpetrado") == ("perpetrar",)
    assert m.participle_verbs("sufridas") == ("sufrer", "sufrir")
    assert m.participle_verbs("ataque") == () and m.participle_verbs("ido") == ()
    assert load_pack("en").morphology.participle_verbs("imposed")[0] == "impose"


def test_every_date_rule_has_a_resolver():
    from heraldo.nlp.dates import RESOLVERS

    assert set(RESOLVERS) == set(DATE_RULES)


@pytest.fixture
def pack_copy(tmp_path, monkeypatch):
    """A copy of the Spanish tables that ``load_pack`` reads instead of the shipped ones."""
    root = tmp_path / "data"
    shutil.copytree(data_path("lang", "es"), root / "lang" / "es")
    monkeypatch.setattr(lang, "data_path", lambda *parts: root.joinpath(*parts))
    return root / "lang" / "es"


def test_a_copy_of_the_tables_loads(pack_copy):
    assert lang.load_pack.__wrapped__("es").patterns.count() == load_pack("es").patterns.count()


@pytest.mark.parametrize("name", ["roles.tsv", "grammar.tsv", "dependencies.tsv", "verbs.tsv",
                                  "member_nouns.tsv", "role_nouns.tsv", "place_nouns.tsv",
                                  "domains.tsv"])
def test_a_missing_or_misspelt_table_fails_with_its_name(pack_copy, name):
    (pack_copy / name).rename(pack_copy / ("x" + name))
    with pytest.raises(DataError, match=name):
        lang.load_pack.__wrapped__("es")


@pytest.mark.parametrize("name, line, error", [
    ("grammar.tsv", "article_x\tel\t\t", "grammar.tsv:.*unknown kind"),
    ("role_nouns.tsv", "formr\tex\t", "role_nouns.tsv:.*unknown kind"),
    ("place_nouns.tsv", "motions\tllegar\t", "place_nouns.tsv:.*unknown kind"),
    ("role_verbs.tsv", "ofice\tganar\t", "role_verbs.tsv:.*unknown kind"),
    ("roles.tsv", "ante\taudience\t", "roles.tsv:.*mapped twice"),
    ("roles.tsv", "so\tunder\t", "roles.tsv:.*unknown role"),
    ("dependencies.tsv", "subjects\tnsubj\t", "dependencies.tsv:.*unknown dependency set"),
    ("verbs.tsv", "atacar\t\t\ta\t190\t0.5\t\t", "verbs.tsv:.*unknown role"),
    ("references.tsv", "sides\tparte\tGOV\t", "references.tsv:.*unknown kind"),
    ("verbs.tsv", "atacar\t\t\tobj\t190\t0.5\t\t\t\tpolitics", "verbs.tsv:.*unknown domain"),
    ("verbs.tsv", "atacar\t\t\tobj\t190\t0.5\t\t\tXYZ", "verbs.tsv:.*unknown sector"),
    ("nouns.tsv", "ataque\t\t\tgenitive\trecipient\t190\t0.5\t\t\tsports",
     "nouns.tsv:.*unknown domain"),
    ("domains.tsv", "gol\t\t", "domains.tsv:.*needs a word and a domain"),
    ("verbs.tsv", "atacar\t\t\tobj\t190\t0.5\t\t\t\t\t\tobject", "verbs.tsv:.*unknown role"),
    ("nouns.tsv", "ataque\t\t\tgenitive\trecipient\t190\t0.5\t\t\t\t@nothing",
     "nouns.tsv:.*unknown object class"),
])
def test_an_unknown_kind_or_value_fails_with_the_file(pack_copy, name, line, error):
    path = pack_copy / name
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + line + "\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=error):
        lang.load_pack.__wrapped__("es")


def test_a_missing_dependency_set_fails(pack_copy):
    path = pack_copy / "dependencies.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if not ln.startswith("bare\t")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="dependencies.tsv: missing dependency set.*bare"):
        lang.load_pack.__wrapped__("es")
