"""Actor mentions: spaCy's named entities, repaired where the pipeline is visibly wrong, plus
the curated names the tagger does not know.

The small English model finds most names but gets their edges wrong in ways a reader spots at
once, and that would otherwise split one actor into several or make junk actors:

* words glued on: "the United Nations", "Venn's", "Yusuf al-Qarani Photo",
  "Gen Harold Pike", "Government of National Unity and Velmoran Field Marshal", "Air Force Col";
* two names in one span: "Venn's Northern Liberation Army", "World Health Organization (WHO";
* one name in two spans: "ALF" + "-" + "Velmora", "The UN Agency" + "for" + "the Protection of
  Coastal Fisheries", "the Joint Campaign to Disarm" + "ALF";
* words that are not actors: "CREDIT", "Bayraktar TB2", "MZN 4.5 billion", "armed drone
  aircraft", "Cyclone Marlo", the "Defence" of "Defence Secretary Alan Crewe";
* names it tags once and misses later in the same article ("Pike", "KARSBY"), and curated
  names it never tags ("IS" in "IS leader").

Each repair is a rule about the shape of the text, never about a particular name; the word lists
it needs (titles, caption words, designators) are data in ``store/data/names.toml``. Labels are
left as the tagger gave them except where the text says better (a curated name, a country, a
place designator); the resolver takes the majority label per actor.

One module per stage: ``spans`` (what the stages share), ``edges``, ``curated``, ``joins``,
``heads`` (a body's cut-off head, a minister's portfolio), ``spelled`` (a name its acronym
spells), ``openers`` (a headline's first word glued to a name), ``junk``, ``repeats``, and
``assemble`` (``extract_mentions``, which runs them in order); ``front`` finds the body's names
again in a Markdown file's title, outlet and issuer lines, which are not parsed.
"""

from store.extract.mentions.assemble import extract_mentions
from store.extract.mentions.spans import RawMention

__all__ = ["RawMention", "extract_mentions"]
