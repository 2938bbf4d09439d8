"""A saved web page's count of its readers' comments: "Comments (214)", or "187 comments" alone
on its line or in a byline's cell between bars. It is page furniture, the link to the comments
under a story, not a claim of the article's text; kept, it would be a figure that "changes" from
one page to the next. The counter words are ``page_counters`` of ``[not_claims]`` in
``store/data/context.toml``."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.numbers import NumberExpr
from store.knowledge.context import context_words

REACH = 40  # characters before the number that its counter word and its line's start stand in


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted((re.escape(w) for w in context_words().page_counters), key=len,
                            reverse=True)) or "(?!)"
    # "Comments (": the counter word opens its line or cell, the number in brackets after it
    named_before = re.compile(rf"(?:^|[|\n])[ \t]*(?:{words})[ \t]*\([ \t]*$", re.I)
    # " comments": the word after the number, ending its line or cell
    named_after = re.compile(rf"[ \t]+(?:{words})[ \t]*(?:$|[|\n])", re.I)
    line_start = re.compile(r"(?:^|[|\n])[ \t]*$")
    return named_before, named_after, line_start


def page_counter(expr: NumberExpr, text: str) -> bool:
    """Whether a number is a page's comment count: "Comments (214)", or "187 comments" standing
    alone in its line or cell (not "readers left 187 comments on the plan", a sentence's)."""
    if expr.kind != "digits" or expr.is_range:
        return False
    named_before, named_after, line_start = _patterns()
    window = max(0, expr.start - REACH)
    if named_before.search(text, window, expr.start) and re.match(r"[ \t]*\)", text[
            expr.end:expr.end + 4]):
        return True
    return bool(line_start.search(text, window, expr.start) and named_after.match(text, expr.end))
