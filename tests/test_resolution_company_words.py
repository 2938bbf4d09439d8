"""A company called by the first words of its name (``store.actors.company_names``), where what
says it is a company is a group's word before the name ("Grupo", "Groupe", "Gruppo":
``company_first_words`` in ``store/data/names.toml``) or a carrier's "Line", a builder's
or a holding company's word after it (``company_name_words``). Cases: articles with their
mentions marked, the mentions that must be one actor and those that must stay apart.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, actor_of, resolve

CASES = [
    ("a group named again without its trade after the group's word",
     ["[Grupo Panadero Ruiz|ORG] opened 12 bakeries.",
      "Analysts said [Grupo Panadero|ORG] would sell its flour mill."],
     [(0, "Grupo Panadero Ruiz"), (1, "Grupo Panadero")], []),
    ("a French group likewise, in one article",
     ["[Groupe Velard Autocars|ORG] bought 40 buses. [Groupe Velard|ORG] paid cash."],
     [(0, "Groupe Velard Autocars"), (0, "Groupe Velard")], []),
    ("a ferry line named again by the words before 'Line'",
     ["[Kessel-Brandt Ferry Line|ORG] cut two sailings.",
      "[Kessel-Brandt|ORG] blamed the storm."],
     [(0, "Kessel-Brandt Ferry Line"), (1, "Kessel-Brandt")], []),
    ("a builder named again without its trade, in another article",
     ["[Marzana Construcciones|ORG] won the bakery's new depot.",
      "[Marzana|ORG] starts work in May."],
     [(0, "Marzana Construcciones"), (1, "Marzana")], []),
    ("a holding company named again by its first word",
     ["[Velbrook Resorts Holding|ORG] bought two ski lifts.",
      "Guests of [Velbrook|ORG] get free passes."],
     [(0, "Velbrook Resorts Holding"), (1, "Velbrook")], []),
    ("two groups that start alike: the short name is neither",
     ["[Grupo Marzo Textil|ORG] and [Grupo Marzo Hoteles|ORG] split.",
      "[Grupo Marzo|ORG] shares fell."],
     [], [(0, "Grupo Marzo Textil"), (0, "Grupo Marzo Hoteles"), (1, "Grupo Marzo")]),
    ("the group's word and one more word is the whole name, no short one to join",
     ["[Grupo Ruiz|ORG] opened a bakery.", "[Grupo|ORG] staff cheered."],
     [], [(0, "Grupo Ruiz"), (1, "Grupo")]),
]


@pytest.mark.parametrize(("name", "texts", "joined", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_company_called_by_its_first_words(name: str, texts: list[str], joined: list[Ref],
                                             apart: list[Ref]) -> None:
    articles, _ = resolve(texts)
    if joined:
        actors = {actor_of(articles, ref) for ref in joined}
        assert len(actors) == 1 and None not in actors, name
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart), name
