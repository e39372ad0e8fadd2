"""An act named inside another act (``heraldo.coding.nested``): whom the inner act
concerns is no source of the outer one, and the target of a request, demand or intent
that has none. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import analyse as _analyse
from conftest import root_sides as _sides
from heraldo.coding.arguments import Argument
from heraldo.coding.nested import Inner, inner_acts, inner_role
from heraldo.lang import Role, load_pack


def _event(pipeline, text, trigger):
    """(root, sources, targets) of the event ``trigger`` codes in ``text``."""
    events = [e for e in _analyse(pipeline, text).document.events if e.trigger == trigger]
    assert events, f"no event for {trigger!r}"
    return _sides(events[0])


@pytest.mark.parametrize("text, trigger, expected", [
    # the inner noun's genitive hangs on it ("detención | del ex dictador"): the judge,
    # the light verb's subject, asks; the former dictator is whom it is against
    ("El juez presentó una petición de detención del ex dictador ante la Corte Suprema.",
     "petición", ("02", ["---JUD"], ["---ELI"])),
    # an act with one party: whoever would resign is whom the request concerns
    ("Los estudiantes presentaron un pedido de renuncia del ministro de Educación de Chile.",
     "pedido", ("02", ["CHLEDU"], ["CHLGOV"])),
    # a verb whose object names the act: active, and passive with an agent
    ("Los diputados de la oposición exigieron la renuncia del ministro de Defensa de Perú.",
     "exigieron", ("10", ["PEROPP"], ["PERGOV"])),
    ("El Gobierno de Bolivia exigió la expulsión de los diplomáticos de Venezuela.",
     "exigió", ("10", ["BOLGOV"], ["VENGOV"])),
    # the act's own genitive, not a second "de" phrase ("del sur del Líbano": whence)
    ("El Consejo de Seguridad de la ONU exige el retiro de Israel del sur del Líbano.",
     "exige", ("10", ["IGOUNO"], ["ISR"])),
    ("La Fiscalía de Chile pidió el levantamiento de la inmunidad del senador.",
     "pidió", ("02", ["CHLJUD"], ["CHLLEG"])),
    ("El levantamiento de la inmunidad del senador fue pedido por el fiscal de Chile.",
     "pedido", ("02", ["CHLJUD"], ["CHLLEG"])),
])
def test_whom_the_inner_act_concerns_is_the_target(pipeline, text, trigger, expected):
    assert _event(pipeline, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an extradition is the states' cooperation, a release a good done to the freed: who
    # is extradited or freed is no side of the request (and no source of it)
    ("El Gobierno de España presentó un pedido de extradición del ex presidente de Perú.",
     "pedido", ("02", ["ESPGOV"], [])),
    ("El Gobierno de Francia exigió la liberación del periodista Juan Pérez.",
     "exigió", ("10", ["FRAGOV"], [])),
    # a state in an extradition's genitive, however the parser hung it, is the requester
    ("La Corte de Italia estudió el \"pedido de extradición\" de Alemania.",
     "pedido", ("02", ["DEU"], [])),
    ("Italia recibió ayer el pedido de extradición de Alemania por el caso del ex capitán.",
     "pedido", ("02", ["DEU"], ["ITA"])),
    # asylum is no act on its genitive: the businessman asks for it
    ("La petición de asilo del empresario venezolano llegó a la embajada de Bolivia.",
     "petición", ("02", ["VENBUS"], [])),
    ("El Gobierno de Ecuador recibió la petición de ayuda de Haití.",
     "petición", ("02", ["HTI"], ["ECUGOV"])),
    # the addressee of a request stays its target: the concerned fill no taken side
    ("El Gobierno de España envió el pedido de extradición de Pinochet a Londres.",
     "pedido", ("02", [], ["GBRGOV"])),
    ("La Cruz Roja recibió la solicitud de liberación de los rehenes colombianos.",
     "solicitud", ("02", [], ["NGOHLHIRC"])),
])
def test_whom_the_inner_act_favours_is_no_side(pipeline, text, trigger, expected):
    assert _event(pipeline, text, trigger) == expected


def test_an_intent_keeps_the_doer_of_what_it_promises(pipeline):
    # Russia promises its own withdrawal: its source, not the promise's target
    assert _event(pipeline, "La promesa de retirada de las tropas de Rusia fue recibida con "
                            "cautela en Kiev.", "promesa") == ("03", ["RUSMIL"], [])


def test_an_act_on_the_genitive_must_be_the_nouns_reading(pipeline):
    # a closure of a university is no closure of an embassy (the row that gives the
    # genitive the target): nobody is the proposal's target; an embassy's closure is
    # against its state
    analysis = _analyse(pipeline, "El rector había propuesto en una asamblea el cierre "
                                  "temporal de la Universidad de Chile.")
    assert not any(e.targets for e in analysis.document.events)
    assert _event(pipeline, "El Congreso de Perú exigió el cierre de la embajada de "
                            "Venezuela.", "exigió") == ("10", ["PERLEG"], ["VENGOV"])


def test_the_act_a_request_names_is_no_event_of_its_own(pipeline):
    # neither Haiti's aid nor the release is done: they are what is asked for
    for text, inner in (("El Gobierno de Ecuador recibió la petición de ayuda de Haití.",
                         "ayuda"),
                        ("El juez presentó una solicitud de liberación de los rehenes "
                         "colombianos.", "liberación")):
        analysis = _analyse(pipeline, text)
        assert not [e for e in analysis.document.events if e.trigger == inner]
        assert any(t.startswith(f"{inner}@") and "which codes it" in t for t in analysis.trace)


def test_only_a_request_takes_whom_its_content_concerns(pipeline):
    # a lifting is no request: the owner of the sanctions lifted stays its source and
    # it takes no target from them
    assert _event(pipeline, "Estados Unidos anunció el levantamiento de las sanciones de "
                            "la ONU contra Irán.", "levantamiento") == ("08", ["IGOUNO"], [])


@pytest.mark.parametrize("text, word, roles", [
    # (to a request, to an intent, to a statement)
    # an act of conflict on the genitive: a request or an intent is against it
    ("la detención del general", "detención", ("target", "target", "apart")),
    # an act the genitive does alone: asked of it, but promised by it
    ("la renuncia del ministro", "renuncia", ("target", "own", "own")),
    ("la retirada de las tropas", "retirada", ("target", "own", "own")),
    # a good done to the genitive: no side
    ("la liberación de los rehenes", "liberación", ("apart", "apart", "apart")),
    # no act on the genitive: asylum is no event noun, aid is given by its genitive
    ("la petición de asilo del empresario", "asilo", ("own", "own", "own")),
    ("la ayuda de Haití", "ayuda", ("own", "own", "own")),
])
def test_inner_role_reads_the_pack(pipeline, text, word, roles):
    pack = load_pack("es")
    doc = next(iter(pipeline.parse([text])))
    token = next(t for t in doc if t.text == word)
    assert tuple(inner_role(pack, token, root).value for root in ("02", "03", "01")) == roles


def test_a_genitive_right_after_an_act_is_its_own(pipeline):
    pack = load_pack("es")
    doc = next(iter(pipeline.parse(["el pedido de detención de Pinochet a Londres"])))
    pedido = doc[1]
    args = [Argument(c, Role.GENITIVE if c.i in (3, 5) else Role.RECIPIENT)
            for c in pedido.children if c.dep_ == "nmod"]
    assert [a.token.text for a in args] == ["detención", "Pinochet", "Londres"]
    found = {a: [] for a in args}  # an act against its genitive takes it, actors or none
    assert {a.token.text: r for a, r in inner_acts(pack, args, "02", found).items()} == {
        "detención": Inner.TARGET, "Pinochet": Inner.TARGET}
