"""Whether an article calls a body a kind of some head noun ("the consumer group Fair Fares",
"Fair Fares, a campaign group"): then "the group" in it most likely stands for that body, and a
rule that would make it another kind of body ("the group" as a company, whose name never says
"group") must stand back (``unless_kind_written`` in ``store/data/descriptions.toml``).

The kind is read where news copy writes it: a lower-case word before the head and a capitalised
name just after it ("consumer group Fair Fares", "Aid group Harbour Relief"), or the head after
"a" or "an" and one or two words ("an aid group", "a Velm-based industry group"), or after a
name, a comma and "the" ("Fair Fares, the consumer group,"). "The main group", "a group of" say
no kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

# words before the head that say which one, not what kind: "the group Fair Fares" is no kind
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our",
                          "same", "other", "one", "each", "every", "any"})


@lru_cache(maxsize=64)
def _patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    word = re.escape(head)
    beside = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]+)[ \t]+" + word + r"(?:'s|’s)?[ \t]+[A-Z]")
    after_a = re.compile(r"(?<![\w'’-])[Aa]n?[ \t]+(?:[\w'’-]+[ \t]+){1,2}?" + word
                         + r"(?![\w'’-])(?![ \t]+of\b)")
    # set beside a name after a comma: "Fair Fares, the consumer group, said"
    set_beside = re.compile(r"[\w'’)],[ \t]+[Tt]he[ \t]+(?:[\w'’-]+[ \t]+){1,2}?" + word
                            + r"(?![\w'’-])")
    return beside, after_a, set_beside


def writes_kind(text: str, head: str) -> bool:
    """Whether ``text`` calls a body a kind of ``head`` beside its name or after "a"."""
    if head not in text:
        return False
    beside, after_a, set_beside = _patterns(head)
    if any(m.group(1).lower() not in _DETERMINERS for m in beside.finditer(text)):
        return True
    return after_a.search(text) is not None or set_beside.search(text) is not None
