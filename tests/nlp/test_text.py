from __future__ import annotations

import pytest

from heraldo.nlp.text import clean_for_parse, paragraph_breaks, shouting


@pytest.mark.parametrize("text", [
    "Putin y Erdogan \u201crevisaron\u201d\nla cooperación\u00a0bilateral",
    "PAISES NORDICOS PIDEN A FRANCIA\nEl texto sigue aquí.",
])
def test_text_clean_preserves_offsets(text):
    assert len(clean_for_parse(text)) == len(text)


def test_text_masked_numbers_become_figures_for_the_parser(pipeline):
    text = "Los niños, *NUMBER* en total, llegaron el *NUMBER* de julio."
    cleaned = clean_for_parse(text)
    assert cleaned == "Los niños, 10000000 en total, llegaron el 10000000 de julio."
    document = pipeline.extract(text, published="2018-08-15")
    assert "NUMBER" not in {m.text for m in document.mentions}  # no name, no actor
    # dates read the source text: the masked day is no day (not the 10th of July)
    document = pipeline.extract("La Policía detuvo el *NUMBER* de julio a los manifestantes.",
                                published="2018-08-15")
    (event,) = document.events
    assert event.when is not None and "10" not in str(event.when.value)


def test_text_html_references_become_their_punctuation(pipeline):
    text = "Irlanda protestó ante el gobierno español&quot;, dijo &amp; &#233;l &foo;."
    cleaned = clean_for_parse(text)
    # padded to their length; letters (split from their word) and unknown names stay
    assert cleaned == 'Irlanda protestó ante el gobierno español"     , dijo &     &#233;l &foo;.'
    document = pipeline.extract("Esto sería una protesta ante el gobierno español&quot;, "
                                "dijo el ministro irlandés.", published="1994-08-05")
    assert "ESPGOV" in {m.actor.code for m in document.mentions}
    # offsets are the caller's: the mention's text is read from the original
    (spain,) = [m for m in document.mentions if m.actor.code == "ESPGOV"]
    assert spain.text == "el gobierno español"


def test_text_capital_lines_are_lowered_but_first_letter():
    text = "PAISES NORDICOS PIDEN A FRANCIA\nEl Gobierno de Francia respondió."
    cleaned = clean_for_parse(text)
    assert cleaned.startswith("Paises nordicos piden a francia ")
    assert cleaned.endswith("El Gobierno de Francia respondió.")
    assert shouting(text) == [(0, 31)]


def test_text_acronyms_alone_are_not_a_shouting_line():
    assert shouting("La ONU y la OTAN") == []
    assert shouting("OTAN, UE") == []


def test_hard_wrapped_lines_continue_their_sentence():
    wrapped = ("SAN JOSE - El último miembro de una banda de asaltantes, que desde el\n"
               "martes controlaba una agencia bancaria en un poblado del Pacífico de Costa\n"
               "Rica, se entregó la noche del miércoles a las autoridades, poniendo fin a\n"
               "una crisis que costó la vida de nueve personas.\n"
               "Otra noticia empieza aquí.")
    assert paragraph_breaks(wrapped) == {wrapped.index("Otra")}
    # one paragraph per line, as most web text has it: every line break ends one
    plain = "Personas con tatuajes sí pueden donar sangre en todo el país\nDespués de años."
    assert paragraph_breaks(plain) == {plain.index("Después")}


def test_tokens_by_dependency_and_part_of_speech_match_a_scan(pipeline):
    from heraldo.nlp.text import with_dep, with_pos

    doc = next(pipeline.parse(["La incursión turca y los bombardeos rusos dejaron muertos; "
                               "Ankara negó y Moscú calló."]))
    assert [t.i for t in with_dep(doc, "amod")] == [t.i for t in doc if t.dep_ == "amod"]
    assert [t.i for t in with_pos(doc, "VERB")] == [t.i for t in doc if t.pos_ == "VERB"]
    assert with_dep(doc, "amod") and with_pos(doc, "VERB")
