"""Organisations the tagger took for products: "Velkor AV" tagged PRODUCT where the same article
tags its last word, "AV", as an organisation (a company named by a word and its initials or
its legal form, "Orla Rail SpA"). A product's name made of a maker and a model ("Kestrel
Voyager") keeps its label: its last word is no organisation's."""

from __future__ import annotations

from store.extract.mentions.spans import DocView, Span
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

PRODUCT = "PRODUCT"


def product_bodies(text: str, ctx: DocView) -> list[Span]:
    """The tagger's PRODUCT entities of two words or more whose last word the article tags as
    an organisation elsewhere, or is a legal form ("Ltd", "SpA"), as organisations."""
    products = [(s, e) for (s, e), label in zip(ctx.ents, ctx.labels, strict=True)
                if label == PRODUCT]
    if not products:
        return []
    orgs = {text[s:e] for (s, e), label in zip(ctx.ents, ctx.labels, strict=True)
            if label == "ORG"}
    legal = name_words().legal_suffixes
    found = []
    for start, end in products:
        surface = text[start:end]
        for suffix in ("'s", "’s"):
            if surface.endswith(suffix):
                surface, end = surface[:-2], end - 2
        words = surface.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if words[-1] in orgs or fold(words[-1].rstrip(".")) in legal:
            found.append(Span(start, end, "ORG"))
    return found
