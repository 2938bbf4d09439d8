"""claimscope's data layer: the claim store, its ingestion and its read API.

``from store import Corpus`` is all a reader needs; it never loads spaCy or any interface code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.model import TOOL_VERSION as __version__

__all__ = ["Corpus", "__version__"]

if TYPE_CHECKING:
    from store.corpus import Corpus


def __getattr__(name: str):
    if name == "Corpus":
        # deferred: `import store` stays cheap for the command line (no TinyDB, no store opened)
        from store.corpus import Corpus

        return Corpus
    raise AttributeError(name)
