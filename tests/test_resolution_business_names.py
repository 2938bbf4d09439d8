"""A name of several words ending with a business's trade word or legal form ("Velm Airlines",
"Orla Holdings SA") is a body whatever the tagger called it (``store.actors.naming.majority_of``,
``business_words`` in ``store/data/names.toml``): the tagger often reads a made-up company's
first word as a surname, and a body typed a person is never "the airline" or "the company".
Cases: articles with their mentions marked, the actor's expected type, and the mentions that
must be one actor and those that must stay apart.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, actor_of, resolve

CASES = [
    ("a bus company the tagger takes for a person, called 'the company' later",
     ["[Brindle Coaches Ltd|PERSON] cut 40 routes. [Brindle|PERSON] blamed fuel. [Brindle "
      "Coaches Ltd|PERSON] hired drivers. [The company|DESC] expects a loss. [Brindle Coaches "
      "Ltd|ORG] said so."],
     "ORG", [(0, "Brindle Coaches Ltd"), (0, "The company")], []),
    ("an airline named mostly as a person, and a pilot who is one",
     ["[Kestrel Airways|PERSON] grounded jets. [Kestrel|PERSON] said 80 flights went. "
      "[Kestrel Airways|PERSON] hired [Dana Moor|PERSON]. [The airline|DESC] apologised. "
      "[Kestrel Airways|ORG] refunded fares."],
     "ORG", [(0, "Kestrel Airways"), (0, "The airline")], [(0, "Dana Moor"), (0, "The airline")]),
    ("a national rail company the tagger takes for a person once",
     ["[Orlandian Railways|PERSON] cut 12 trains. Its engineers blamed the heat."],
     "ORG", [], []),
    ("a brewery's owner named as a person by a name that ends with no trade word",
     ["[Tomas Hollins|PERSON] bought a brewery. [Tomas Hollins|ORG] paid 3m. "
      "[Tomas Hollins|PERSON] spoke."],
     "PERSON", [], []),
]


@pytest.mark.parametrize(("name", "texts", "kind", "joined", "apart"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_business_name_is_a_body(name: str, texts: list[str], kind: str, joined: list[Ref],
                                   apart: list[Ref]) -> None:
    articles, clusters = resolve(texts)
    by_id = {c.id: c for c in clusters}
    first = actor_of(articles, (0, name_of(texts[0])))
    assert by_id[first].type == kind
    if joined:
        assert len({actor_of(articles, ref) for ref in joined}) == 1
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart)


def name_of(marked: str) -> str:
    """The first marked mention's surface."""
    return marked.split("[", 1)[1].split("|", 1)[0]
