"""Relations stated in the text."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, a, b", [
    ("Polonia, miembro de la OTAN, envió tropas a la frontera.", "member_of", "POL",
     "IGOWSTNAT"),
    ("El aliado de Rusia, Bielorrusia, realizó maniobras.", "ally_of", "BLR", "RUS"),
    ("Los rebeldes respaldados por Irán atacaron Saná.", "backs", "IRN", None),
    ("Francia mantiene buenas relaciones con Marruecos.", "good_relations", "FRA", "MAR"),
    ("En Yemen, Irán y Arabia Saudí apoyan a bandos opuestos.", "opposes", "IRN", "SAU"),
])
def test_relations_found(pipeline, text, kind, a, b):
    document = pipeline.extract(text, published="2023-05-01")
    found = [(r.kind, r.a.actor.code, r.b.actor.code) for r in document.relations]
    assert any(k == kind and ca.startswith(a) and (b is None or cb.startswith(b))
               for k, ca, cb in found), found
    relation = next(r for r in document.relations if r.kind == kind)
    assert relation.evidence and relation.start < relation.end


def test_relations_seed(seed_document):
    found = {(r.kind, r.a.actor.code, r.b.actor.code) for r in seed_document.relations}
    assert ("member_of", "TUR", "IGOWSTNAT") in found
    assert ("ally_of", "AZE", "TUR") in found
    assert ("backs", "RUS", "UKRREB") in found
