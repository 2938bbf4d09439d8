"""schema.org ``ClaimReview`` JSON-LD: what fact-check aggregators and search engines read.

One ``ClaimReview`` for every group whose verdict was set by hand (``claimscope review verdict``)
and one for every figure of every saved check (``claimscope check --save``):

- ``claimReviewed``: the claim in words (a group: its quantity and the values its sources give);
- ``itemReviewed``: a ``Claim`` with its ``appearance`` (the articles, or the URLs given with
  ``--seen-at``), ``author`` (whose estimates, or ``--said-by``) and ``datePublished``;
- ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict in words and whose
  ``ratingExplanation`` is the reason (the note, or the check's reasoning);
- ``author`` and ``url``: the publishing desk (``Publisher``); ``citation``: the evidence.

The document is ``{"@context": "https://schema.org", "@graph": [...]}``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.corpus import Corpus
from store.errors import ClaimscopeError
from store.model import Article, ConflictGroup

CONTEXT = "https://schema.org"
GROUP_WORDS = {
    "contradiction": "Contradiction: the sources disagree",
    "consistent": "Consistent: the sources agree",
    "revision": "Revised by its source",
    "change_over_time": "Changed over time",
}
CHECK_WORDS = {
    "supported": "Supported",
    "contradicted": "Contradicted",
    "outdated": "Outdated",
    "disputed": "Disputed",
    "no evidence": "No evidence",
}
MAX_APPEARANCES = 20
MAX_CITATIONS = 5


@dataclass(frozen=True)
class Publisher:
    """The desk that publishes the reviews: ClaimReview's ``author`` and the base of its
    ``url``."""

    name: str
    url: str | None = None

    @classmethod
    def from_config(cls, name: str | None, url: str | None, config: Path | None) -> Publisher:
        """``--publisher`` and ``--url``, else the ``[publisher]`` table of the config file."""
        table: dict[str, Any] = {}
        if config is not None and config.is_file():
            try:
                table = tomllib.loads(config.read_text(encoding="utf-8")).get("publisher") or {}
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ClaimscopeError(f"cannot read the config file {config}: {exc}") from exc
        name = name or table.get("name")
        url = url or table.get("url")
        if not name:
            where = f" or a [publisher] name in {config}" if config else ""
            raise ClaimscopeError(f"ClaimReview needs the publishing desk: give --publisher NAME "
                                  f"(and --url URL){where}")
        return cls(str(name), str(url) if url else None)

    def author(self) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "Organization", "name": self.name}
        if self.url:
            node["url"] = self.url
        return node

    def review_url(self, anchor: str) -> str | None:
        return f"{self.url.rstrip('#')}#{anchor}" if self.url else None


def _day(stamp: object) -> str | None:
    return str(stamp)[:10] if stamp else None


def _appearance(article: Article) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        node["url"] = article.url
    if article.date:
        node["datePublished"] = article.date
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    return node


def _party(corpus: Corpus, name: str) -> dict[str, Any]:
    """A claim's author: a Person when the store knows the name as a person."""
    actor = corpus.find_actor(name)
    kind = "Person" if actor is not None and actor.type == "PERSON" else "Organization"
    return {"@type": kind, "name": name}


def _review(publisher: Publisher, anchor: str, claim: str, item: dict[str, Any], words: str,
            reason: str, made: object, citations: list[dict[str, Any]]) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": claim,
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "alternateName": words,
                         "ratingExplanation": reason},
        "reviewBody": reason,
        "author": publisher.author(),
    }
    url = publisher.review_url(anchor)
    if url:
        review["url"] = url
    if _day(made):
        review["datePublished"] = _day(made)
    if citations:
        review["citation"] = citations
    return review


def group_review(corpus: Corpus, group: ConflictGroup, record: dict[str, Any],
                 publisher: Publisher) -> dict[str, Any]:
    figures = [corpus.figure(fid) for fid in group.figures if corpus.has_figure(fid)]
    articles = {f.article: corpus.article(f.article) for f in figures}
    values = "; ".join(f"{f.value} ({f.origin if f.origin != 'the article' else f.source})"
                       for f in figures[:6])
    origins = sorted({f.origin if f.origin != "the article" else f.source for f in figures})
    dates = sorted(a.date for a in articles.values() if a.date)
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [_appearance(a) for a in list(articles.values())[:MAX_APPEARANCES]],
        "author": [_party(corpus, name) for name in origins if name != "the article"]
        or [{"@type": "Organization", "name": a.outlet}
            for a in articles.values() if a.outlet][:1],
    }
    if dates:
        item["datePublished"] = dates[0]
    reason = group.note or group.reason
    return _review(publisher, f"claimscope-group-{group.id}", f"{group.quantity}: {values}",
                   item, GROUP_WORDS.get(group.verdict, group.verdict), reason,
                   record.get("made_at"), [])


def check_reviews(corpus: Corpus, record: dict[str, Any],
                  publisher: Publisher) -> list[dict[str, Any]]:
    answers = record.get("answers") or []
    reviews = []
    for n, answer in enumerate(answers):
        claim = str(record.get("claim", ""))
        if len(answers) > 1:
            claim += f" ({answer.get('value')})"
        item: dict[str, Any] = {"@type": "Claim"}
        if record.get("seen_at"):
            item["appearance"] = [{"@type": "CreativeWork", "url": str(u)}
                                  for u in record["seen_at"]]
        if record.get("said_by"):
            item["author"] = _party(corpus, str(record["said_by"]))
        if record.get("said_on"):
            item["datePublished"] = str(record["said_on"])
        citations, cited_before = [], set()
        for evidence in answer.get("evidence") or []:
            if len(citations) >= MAX_CITATIONS:
                break
            seen = (evidence.get("title"), evidence.get("sentence"))
            if seen in cited_before:
                continue
            cited_before.add(seen)
            cited: dict[str, Any] = {"@type": "CreativeWork", "headline": evidence.get("title"),
                                     "text": evidence.get("sentence")}
            if evidence.get("url"):
                cited["url"] = evidence["url"]
            citations.append(cited)
        reviews.append(_review(publisher, f"claimscope-check-{record.get('seq')}-{n}", claim,
                               item, CHECK_WORDS.get(answer.get("answer"), "Unrated"),
                               str(answer.get("reason", "")), record.get("made_at"),
                               citations))
    return reviews


def claimreview_document(corpus: Corpus, publisher: Publisher) -> dict[str, Any]:
    """Every reviewed group and saved check of a store as one JSON-LD document."""
    graph: list[dict[str, Any]] = []
    groups = {g.id: g for g in corpus.conflicts()}
    for record in corpus.user_rows():
        if record.get("op") == "verdict":
            now = record.get("now") or {}
            group = groups.get(str(now.get("group")))
            if group is not None and group.reviewed:
                graph.append(group_review(corpus, group, record, publisher))
        elif record.get("op") == "check":
            graph.extend(check_reviews(corpus, record, publisher))
    return {"@context": CONTEXT, "@graph": graph}
