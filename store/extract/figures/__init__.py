"""The figure grammar's syntactic half: which number expressions are claims, and what they claim.

``store.extract.numbers.scan`` finds every number expression and its value. Here the spaCy parse
decides the rest, one module per question:

* ``found``: the figure as found (span, value, and the fields below) and its stored row;
* ``not_claims``: dates, durations, ages, years, names and codes are dropped;
* ``qualifiers``: "about", "up to", "at least" set ``approx``; "per month" makes a rate;
* ``counted``: the counted noun from the words after the number or its "of" phrase, and its unit;
* ``inherit``: a figure with no noun takes the one its sentence implies;
* ``counted_area``, ``counted_money``, ``counted_estimate``, ``counted_label``, ``counted_share``:
  what an area, a sum, a figure set to an estimate, a fact-box line and a share of a whole count;
* ``counted_price``, ``counted_dimension``, ``counted_ratio``: a sum or a share said of shares
  (the share price), a length before a word of dimension ("300 metres deep": the depth), and a
  multiple ("four times the official toll": a ratio to the toll);
* ``counted_revised``, ``counted_state``, ``counted_scale``, ``counted_average``,
  ``counted_growth``: the object a verb of revising sets a figure from or to ("raised the toll"),
  the state a bare number's own verb names ("12 remain missing"), a scale named before a number
  ("magnitude 6.4"), a count per one thing or an average ("people per household"), and a share
  a verb of growth completes or a change noun is "in";
* ``counted_columns``, ``counted_list``, ``counted_clipped``: a cell of a table set in columns of
  spaces (its column's header), a line of a dated list (the caption above it), and a clause with
  its "to be" left out ("export levy cut to 7%": its subject);
* ``where``, ``when``, ``who``: places, period, source and owner from the sentence;
* ``parse``: the questions all of them ask of the parse;
* ``assemble``: ``extract_figures``, which runs them in that order.
"""

from store.extract.figures.assemble import extract_figures
from store.extract.figures.found import FoundFigure

__all__ = ["FoundFigure", "extract_figures"]
