"""Rule 5b of actor resolution (``store.actors.resolve``): a storm's other name in brackets, and
its name alone in an article that does not name the storm in full.

Weather services of some countries name a storm that enters their area again ("Typhoon Orwen
(Bituin)": the Philippine service's local name beside the international one), and the press
writes both, either first. A one-word name in brackets straight after a storm's name is that
storm: both join it here, and so does the storm written under the bracketed name anywhere in the
corpus ("Super Typhoon Marilag"), whose key is that name alone. Places, descriptions and words
in capitals stay out ("Cyclone Idai (Mozambique)" is not a second name of the storm).
"""

from __future__ import annotations

import itertools
import re

from store.actors.records import MentionRecord
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

_OPEN = re.compile(r"[ \t]*\([ \t]*")
_CLOSE = re.compile(r"[ \t]*\)")
_NOT_A_NAME = frozenset({"GPE", "LOC", "FAC", "NORP", "DESC"})


class StormNames:
    """Mixed into ``Resolver``: uses its articles, mentions, nodes and union-find."""

    def _lone_name(self, m: MentionRecord) -> int:
        """The node of a lone word no rule has placed: the storm of that name when the corpus
        names one and the word's own article does not ("since Haiyan in 2013", where another
        article wrote "Typhoon Haiyan"; the tagger often takes a storm's name alone for a
        person's), else the word known by its key across the corpus. Beside the storm's full
        name, the name alone was made the storm already where it is one ("Hurricane Maria and
        Maria spoke": she is a person); a person's lone surname found its full name before."""
        storm = self._global.get("event " + m.key)
        if storm is None or storm in self._events_in(m.article):
            return self.global_node(m.key)
        return storm

    _events: dict[str, set[int]] | None = None  # article -> the nodes of its events

    def _events_in(self, article: str) -> set[int]:
        """The nodes of the events an article names, found once per article asked about (a
        lone word that is a storm's name is asked about again in every article it is in)."""
        if self._events is None:
            self._events = {}
        found = self._events.get(article)
        if found is None:
            found = self._events[article] = {self.node[o.index] for o in self.by_article[article]
                                              if o.label == "EVENT"}
        return found

    def _storm_names(self) -> None:
        storm_words = name_words().event_words - {"operation"}
        for art in self.articles:
            mentions = self.by_article.get(art.id, [])
            for a, b in itertools.pairwise(mentions):
                if a.label != "EVENT" or b.label in _NOT_A_NAME or b.acronym \
                        or " " in b.surface or not b.surface[:1].isupper():
                    continue  # the label first: most mentions are no event
                if not (_OPEN.fullmatch(art.text, a.end, b.start)
                        and _CLOSE.match(art.text, b.end)):
                    continue
                if fold(a.surface.split()[0]) not in storm_words:
                    continue
                node = self.node[a.index]
                self.uf.union(node, self.node[b.index])
                self.uf.union(node, self.global_node("event " + " ".join(b.loose)))
