"""claimscope's data layer: the claim store, its ingestion and its read API.

``from store import Corpus`` is all a reader needs; it never loads spaCy or any interface code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Corpus", "__version__"]

if TYPE_CHECKING:
    from store.corpus import Corpus


def __getattr__(name: str):  # lazy, so `import store` stays cheap for the command line
    if name == "Corpus":
        from store.corpus import Corpus

        return Corpus
    raise AttributeError(name)
