"""The reader's judgements of figures and groups, kept in the store's ``user`` table.

A fact-checker who has read a conflict group decides things no rule can: this figure was read
wrongly, that one counts troops not fighters, this group is a contradiction after all. Those
decisions are records in the ``user`` table (beside the actor edits), applied after every rebuild
of the conflict groups, so an ingest never undoes them:

* ``anchors``: where a judgement's figure is, in a form that survives re-ingest (article, the
  figure's text, a hash of its sentence, the words around it), and how it is found again;
* ``corrections``: a corrected value, counted noun, place, period or origin applied to a row;
* ``apply``: the conflicts rebuild with the judgements applied (figures out, moved, corrected;
  verdicts set by hand), and each judgement's current state written back;
* ``record``: the one write path (a judgement, an undo, a saved check), one atomic commit.
"""
