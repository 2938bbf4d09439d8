"""What actor resolution works on: an article's stored mentions, one mention, one actor in the
making."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.knowledge.name_words import vessel_prefix


@dataclass(slots=True)
class ArticleMentions:
    """One article's stored mentions: what resolution reads."""

    id: str
    order: int
    text: str
    items: list[list]  # [start, end, label, actor id, sentence index]; actor id is filled in
    sentences: list[list[int]] = field(default_factory=list)
    date: str | None = None  # the article's date, ISO ("2031-05-02"), where known


@dataclass(slots=True)
class MentionRecord:
    """One mention as resolution sees it (``store.model.Mention`` is the read side's)."""

    index: int
    article: str
    order: int
    start: int
    end: int
    label: str
    surface: str
    key: str
    item: list
    # what the rules ask of the surface again and again, kept on the mention they read anyway
    # (one memo per distinct surface behind them): a word in capitals, its loose tokens, its
    # tokens as a person's name
    acronym: bool = False
    loose: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)


@dataclass
class Cluster:
    """One resolved actor before it becomes a row."""

    mentions: list[MentionRecord]
    curated: int | None = None
    country: str | None = None
    name: str = ""
    type: str = "ORG"
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    id: str = ""
    reasons: list[tuple[str, int, int, str]] = field(default_factory=list)  # descriptions joined
    part_of: str | None = None  # id of the actor it is a part of
    keep_name: str | None = None  # the name a reader's merge asked for
    given_name: str | None = None  # a body only described ("the government"): what it is called
    given_type: str = "ORG"  # and what it is: a body, or a happening only described
    edits: list[str] = field(default_factory=list)  # the reader's edits that shaped it, in words


@dataclass(slots=True, frozen=True)
class SurfaceFacts:
    """What resolution asks of one surface under one label, worked out once: its label as read
    (a word in capitals is read as an organisation), key, whether it is an acronym, its loose
    tokens and a person's name tokens, and the node it starts at (``OWN``: none, a description;
    ``LOCAL``: its article's node of its key)."""

    surface: str
    label: str
    key: str
    acronym: bool
    loose: list[str]
    person: list[str]
    node: int


def edge_words(mentions: list[MentionRecord]) -> dict[str, list[tuple[MentionRecord, list[str]]]]:
    """An article's names of two words or more by their first and by their last word, with
    their key's words: what a lone word might shorten ("Times" -> "The New York Times") is
    looked up here instead of in every mention of the article. A vessel's name is left out,
    with or without its prefix: "Rona" is not the "MV Rona Star" it names."""
    index: dict[str, list[tuple[MentionRecord, list[str]]]] = {}
    vessels = {m.key for m in mentions if " " in m.surface
               and vessel_prefix(m.surface.split(" ", 1)[0])}
    for m in mentions:
        tokens = m.key.split()
        if len(tokens) >= 2 and m.key not in vessels:
            for word in {tokens[0], tokens[-1]}:
                index.setdefault(word, []).append((m, tokens))
    return index
