"""Extraction: spaCy-backed readers that turn article text into figures and actor mentions.

Only the ingest path imports this package; the read path never does, so spaCy stays unloaded there.
"""
