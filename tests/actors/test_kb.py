"""The knowledge base: validation, dated roles, user files."""

from __future__ import annotations

import pytest

from heraldo.actors.kb import Entry, Role, build_kb
from heraldo.actors.validate import validate
from heraldo.lang import load_pack
from heraldo.resources import DataError


def test_kb_tables_validate_cleanly():
    assert [str(p) for p in validate()] == []


@pytest.mark.parametrize("date, code", [
    ("2009-01-01", "RUSGOV"),   # prime minister
    ("2013-06-01", "RUSGOV"),   # president
    ("1990-01-01", "RUSELI"),   # before office: an elite
    (None, "RUSGOV"),
])
def test_kb_role_at_date(date, code):
    entry = Entry("person", "RUSGOV", "RUS", ("GOV",), name="Putin", roles=(
        Role("RUS", "head_of_government", "GOV", "2008-05-08", "2012-05-07"),
        Role("RUS", "head_of_state", "GOV", "2012-05-07", "")))
    assert entry.code_on(date) == code


def test_kb_role_after_office_is_elite():
    entry = Entry("person", "USAGOV", "USA", ("GOV",), roles=(
        Role("USA", "head_of_state", "GOV", "2021-01-20", "2025-01-20"),))
    assert entry.code_on("2025-06-01") == "USAELI"
    assert entry.code_on("2025-01-20") == "USAELI"  # the handover day is the successor's
    assert entry.code_on("2025-01-19") == "USAGOV"


def test_kb_user_file_adds_actors(tmp_path, monkeypatch):
    from heraldo.pipeline import Pipeline

    user = tmp_path / "mis_actores.tsv"
    user.write_text("code\tcountry\tsectors\tkind\tnames_es\tnames_en\tprovenance\n"
                    "PERREB\tPER\tREB\tgroup\tFrente Cóndor Andino|el Frente Cóndor\t"
                    "Andean Condor Front\ttest\n", encoding="utf-8")
    pipeline = Pipeline("es", actor_files=[user])
    document = pipeline.extract("El Frente Cóndor Andino atacó un cuartel policial.")
    assert "PERREB" in {m.actor.code for m in document.mentions}


def test_kb_user_file_from_environment(tmp_path, monkeypatch):
    from heraldo.pipeline import Pipeline

    user = tmp_path / "otros.tsv"
    user.write_text("code\tcountry\tsectors\tkind\tnames_es\tnames_en\tprovenance\n"
                    "BOLREB\tBOL\tREB\tgroup\tMilicia del Altiplano\t\ttest\n",
                    encoding="utf-8")
    monkeypatch.setenv("HERALDO_ACTORS", str(user))
    document = Pipeline("es").extract("La Milicia del Altiplano atacó un puesto militar.")
    assert "BOLREB" in {m.actor.code for m in document.mentions}


def test_kb_user_file_missing_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="not found"):
        build_kb(load_pack("es"), lambda t: t.split(), [tmp_path / "nope.tsv"])


@pytest.mark.parametrize("row, message", [
    ("\tPER\tREB\tgroup\tAlgo\tSomething", "bad.tsv:2"),  # no code
    ("PERBUS\tPER\tBUS\tempresa\tMinera Andina\t", "bad.tsv:2.*kind must be one of"),
])
def test_kb_malformed_user_file_names_the_line(tmp_path, row, message):
    bad = tmp_path / "bad.tsv"
    bad.write_text("code\tcountry\tsectors\tkind\tnames_es\tnames_en\n" + row + "\n",
                   encoding="utf-8")
    with pytest.raises(DataError, match=message):
        build_kb(load_pack("es"), lambda t: t.split(), [bad])


@pytest.mark.parametrize("date, code, sectors", [
    ("1995-03-01", "AFGREBTAL", ("REB",)),   # before Kabul fell to them
    ("1999-01-01", "AFGGOVTAL", ("GOV",)),   # the Islamic Emirate
    ("2006-11-20", "AFGREBTAL", ("REB",)),   # the insurgency
    ("2023-01-01", "AFGGOVTAL", ("GOV", "REB")),
    (None, "AFGGOVTAL", ("GOV", "REB")),     # undated: the present code
])
def test_kb_group_earlier_codes(date, code, sectors):
    from heraldo.actors.kb import load_kb

    entries = [e for e in load_kb("es").lookup("los talibanes", str.split)
               if e.kind == "group"]
    assert entries and entries[0].code_on(date) == code
    assert entries[0].sectors_on(date) == sectors


@pytest.mark.parametrize("name, date, code", [
    ("López Obrador", "2003-06-01", "MEXGOV"),   # head of government of Mexico City
    ("López Obrador", "2018-07-05", "MEXOPP"),   # the opposition's winning candidate
    ("López Obrador", "2019-06-01", "MEXGOV"),
    ("López Obrador", "2025-06-01", "MEXELI"),   # after office: an elite
    ("Meade", "2018-03-01", "MEXPTY"),           # the governing party's candidate
    ("Lula", "1998-10-01", "BRAOPP"),
    ("Angela Merkel", "2000-04-10", "DEUOPP"),
    ("John Kerry", "2002-01-01", "USALEG"),      # a senator
    ("John Kerry", "2004-10-19", "USAOPP"),      # ... and the Democratic nominee: the later
    ("Ricardo Anaya", "2018-05-01", "MEXOPP"),
    ("Álvaro Uribe", "2018-05-01", "COLLEG"),    # a senator after his presidency
    ("Alan García", "2001-06-03", "PEROPP"),     # between his two presidencies
    ("Claudia Sheinbaum", "2020-06-01", "MEXGOV"),  # head of government of Mexico City
])
def test_kb_people_before_their_highest_office(name, date, code):
    from heraldo.actors.kb import load_kb

    (entry,) = [e for e in load_kb("es").lookup(name, str.split) if e.kind == "person"]
    assert entry.code_on(date) == code


def test_kb_group_earlier_codes_are_validated(tmp_path):
    header = "code\tcountry\tsectors\tkind\tnames_es\tnames_en\tprovenance\tearlier\n"
    bad = tmp_path / "bad.tsv"
    bad.write_text(header + "PERGOV\tPER\tGOV\tgroup\tAlgo\t\ttest\tPERREB-2001\n",
                   encoding="utf-8")
    with pytest.raises(DataError, match="bad.tsv:2.*CODE<YYYY-MM-DD"):
        build_kb(load_pack("es"), lambda t: t.split(), [bad])
    bad.write_text(header + "PERGOV\tPER\tGOV\tgroup\tAlgo\t\ttest\t"
                   "PERREB<2005-01-01|PEROPP<2001-01-01\n", encoding="utf-8")
    with pytest.raises(DataError, match="out of order"):
        build_kb(load_pack("es"), lambda t: t.split(), [bad])


def test_kb_an_organisation_office_must_name_a_known_organisation(tmp_path, monkeypatch):
    import heraldo.actors.kb as kb_module

    people = tmp_path / "people.tsv"
    people.write_text("person\tnames\tcountry\trole\tsector\tstart\tend\tprovenance\n"
                      "x\tFulano Mengánez\torg:NOPE\tsecretary_general\t\t2001-01-01\t\ttest\n",
                      encoding="utf-8")
    real = kb_module.data_path
    monkeypatch.setattr(kb_module, "data_path", lambda *parts: people
                        if parts == ("actors", "people.tsv") else real(*parts))
    with pytest.raises(DataError, match="people.tsv:2.*unknown organisation 'NOPE'"):
        build_kb(load_pack("es"), lambda t: t.split())


def test_kb_an_agent_term_has_one_sector_per_language():
    from heraldo.actors.validate import _agent_conflicts

    rows = [{"lang": "es", "terms": "empresa|multinacional", "sector": "BUS", "_line": "a:2"},
            {"lang": "es", "terms": "multinacional|Multinacional", "sector": "MNC",
             "_line": "a:3"},
            {"lang": "en", "terms": "multinational", "sector": "MNC", "_line": "a:4"},
            {"lang": "es", "terms": "Empresa", "sector": "BUS", "_line": "a:5"}]
    assert [str(p) for p in _agent_conflicts(rows)] == [
        "a:3: term 'multinacional' is already BUS in a:2",
        "a:3: term 'Multinacional' is already BUS in a:2"]


def test_kb_a_multinational_is_a_top_level_type():
    from heraldo.actors.kb import load_kb
    from heraldo.actors.spans import composed_actor

    (entry,) = load_kb("es").lookup("multinacionales", str.split)
    assert entry.code == "MNC"
    assert composed_actor("USA", "MNC", "petroleras estadounidenses").code == "MNCUSA"


def test_kb_a_company_row_is_its_country_s_business_or_media():
    from heraldo.actors.validate import _company_problems

    rows = [{"code": "JPNBUS", "country": "JPN", "sectors": "BUS", "kind": "company",
             "_line": "c:2"},
            {"code": "QATMED", "country": "QAT", "sectors": "MED", "kind": "media",
             "_line": "c:3"},
            {"code": "USAGOV", "country": "USA", "sectors": "BUS", "kind": "company",
             "_line": "c:4"},
            {"code": "FRABUS", "country": "FRA", "sectors": "BUS", "kind": "party",
             "_line": "c:5"}]
    assert [str(p) for p in _company_problems(rows)] == [
        "c:4: a company row is USABUS, got 'USAGOV' with sectors 'BUS'",
        "c:5: kind must be one of company, media, got 'party'"]


def test_kb_companies_and_media_resolve_to_their_seat():
    from heraldo.actors.kb import load_kb

    kb = load_kb("es")
    assert {e.code for e in kb.lookup("Nissan", str.split)} == {"JPNBUS"}
    assert {e.code for e in kb.lookup("Al Jazeera", str.split)} == {"QATMED"}


@pytest.mark.parametrize("name, date, code", [
    ("FMLN", "1990-11-20", "SLVREB"),       # at war
    ("FMLN", "1995-03-01", "SLVPTY"),       # a party after the Chapultepec accords
    ("FMLN", "2012-07-11", "SLVGOVPTY"),    # in the presidency (Funes, Sánchez Cerén)
    ("URNG", "1994-05-01", "GTMREB"),
    ("EPR", "1996-07-11", "MEXREB"),
])
def test_kb_former_guerrillas_keep_their_years_at_war(name, date, code):
    from heraldo.actors.kb import load_kb

    (entry,) = load_kb("es").lookup(name, str.split)
    assert entry.code_on(date) == code
