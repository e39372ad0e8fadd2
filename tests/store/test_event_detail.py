"""One canonical event with its mentions, found by its own id or by any mention's (the
article page links each of its events by the event's own id)."""

from __future__ import annotations

from heraldo.dedup import refresh
from heraldo.model import Actor, Article, Document, Event, Mention, When
from heraldo.store import open_store

TEXTS = ("Rusia y Turquía: Putin llamó a Erdogan por la mañana.",
         "Según otra agencia, Putin llamó hoy a Erdogan por teléfono.")


def _document(text: str, n: int) -> Document:
    article = Article.from_text(text, published="2024-03-01", source=f"agencia{n}")
    putin, erdogan = text.index("Putin"), text.index("Erdogan")
    source = Mention(Actor("RUSGOV", "RUS"), "Putin", putin, putin + 5, 0, "kb")
    target = Mention(Actor("TURGOV", "TUR"), "Erdogan", erdogan, erdogan + 7, 0, "kb")
    trigger = text.index("llamó")
    event = Event(f"ev{n}", article.id, 0, putin, erdogan + 7, "llamó", (source,), (target,),
                  "040", "CONSULT", "", 1.0, 1, when=When("2024-03-01", "day"),
                  evidence=((trigger, trigger + 5),))
    return Document(article, (source, target), (event,))


def test_a_mention_id_finds_its_canonical_event():
    with open_store(":memory:") as store:
        store.write_documents([_document(t, n) for n, t in enumerate(TEXTS)])
        refresh(store)
        (canonical,) = store.events()
        assert canonical.num_mentions == 2
        member = ({"ev0", "ev1"} - {canonical.id}).pop()
        by_member, by_canonical = store.event(member), store.event(canonical.id)
        assert by_member == by_canonical
        assert by_member is not None and by_member.event.id == canonical.id
        assert {m.event.id for m in by_member.mentions} == {"ev0", "ev1"}
        assert store.event("no-such-event") is None
