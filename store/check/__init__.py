"""Checking a typed claim against the store: ``claimscope check "CLAIM"`` and the reader's claim
prompt.

* ``parse``: the claim's figures, read by the ingest's own figure grammar (spaCy: the only module
  here that loads it, and only when called);
* ``match``: the store's quantity each figure is about, found by the grouping's own keys and
  buckets (``store.conflicts``), with the reader's judgements applied as the groups apply them;
* ``answer``: supported, contradicted, outdated, disputed or no evidence, with the evidence
  strongest first and one sentence of reasoning.

Importing the package loads nothing heavy; ``answer`` and ``match`` never reach spaCy.
"""
