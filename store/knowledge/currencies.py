"""Currency names several countries share (``store/data/currencies.toml``): for each name, the
words that write it after an amount (and the prefixes that write it before one), each country's
own currency of that name, and other names of a country the file adds to ``countries.toml``'s."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class SharedName:
    words: tuple[str, ...]  # "dinars", "dinar": lower case
    countries: dict[str, str]  # country (as countries.toml names it) -> ISO 4217 code
    names: dict[str, tuple[str, ...]]  # country -> other names the file adds ("Britain")
    own: bool = True  # units.toml gives the word a code of its own; else money only by country
    symbols: tuple[str, ...] = ()  # "DH", "Dh": prefixes glued to an amount, as written


@lru_cache(maxsize=1)
def shared_currencies() -> dict[str, SharedName]:
    """Word -> the shared name it writes, for every word of every shared name."""
    found: dict[str, SharedName] = {}
    for entry in load_data("currencies.toml").get("shared", {}).values():
        shared = SharedName(
            words=tuple(w.lower() for w in entry.get("words", ())),
            countries=dict(entry.get("countries", {})),
            names={k: tuple(v) for k, v in entry.get("names", {}).items()},
            own=bool(entry.get("own", True)),
            symbols=tuple(entry.get("symbols", ())),
        )
        for word in shared.words:
            found[word] = shared
    return found


@lru_cache(maxsize=1)
def shared_symbols() -> dict[str, str]:
    """Prefix as written ("DH") -> the first word of the shared name it writes ("dirhams")."""
    return {symbol: shared.words[0] for shared in shared_currencies().values()
            for symbol in shared.symbols}
