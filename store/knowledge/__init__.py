"""What the store knows before it reads an article: the curated files in ``store/data`` and the
way names are folded for comparison.

One module per data file (``aliases``, ``countries``, ``name_words``, ``units``, ``number_words``,
``quantity_classes``, ``context``, ``fx_rates``), all read through ``loader.load_data`` and cached
after the first use, plus ``folding`` (pure string functions). Nothing here parses text, touches a
store or imports spaCy, so every layer above (extraction, actors, conflicts, the read API) shares
it.
"""
