"""How claims read, for the reader and the command line alike: marks, labels and the range chart.

Pure functions over the read models (``store.model``) that return ``str`` or Rich ``Text``; no
Textual here, so ``claimscope conflicts`` draws the same chart as the conflicts screen without
loading the interface. Untrusted text (titles, sources, sentences) reaches a label only through
``short`` (one safe line) or ``store.sanitize.visible``.
"""
