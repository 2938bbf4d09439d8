"""Rule 9 of actor resolution (``store.actors.resolve``): definite descriptions, within one
article and conservatively.

"The ministry", "the company", "the kingdom", "the state's governor" (extraction marks them with
the label ``DESC``) stand for an actor only when exactly one actor named EARLIER IN THE SAME
ARTICLE (or, with none, in the rest of it) fits the description's head noun: its type, and the
head's rule in ``store/data/descriptions.toml`` (the head is a word of its name; its name ends
or starts with a word of a class; a person the article gave that title; a listed country; any
sovereign state; or the corpus called it by that head anywhere: "the island of Tarvos", "Velkor
AV, the state company,", and for a ``called`` rule "the Velkor line", so "the island" after
"Tarvos" fits it in every article). No candidate: the one actor of the whole article that fits,
named after the description ("The union's count was higher, said the Federation of Rail
Workers"; not for a head that may name any body of a kind, "the group"), else nobody; two or
more: it names the one the article has named at least twice as often as any other that fits (its
subject), else the only one named in its own sentence, else in its own paragraph, else nobody
(but of several places "the hamlet" may stand for, first the ones the corpus calls a hamlet; and
"the city" that neither its sentence nor its paragraph settles is the place the article's other
"the city" descriptions were all settled on, if one, else the one of them the story's other
articles call so: ``store.actors.restated``).
A rule may stand back where its article calls a body a kind of its head ("the group" is the one
company named before, but not in an article that writes "the consumer group Fair Fares":
``store.actors.kind_written``), and then for that article only.
A head noun that a body's names hold only before another body's head noun ("University and
College Union", "Senate Budget Committee") does not make that body "the university" or "the
senate": the name says it is a union or a committee.
An actor the article has so far only described counts as named for the descriptions after it
("the health ministry said ... the ministry added"), when their modifiers are its words. A
modifier that is a trade the corpus names a body by, or a ministry's portfolio, must be a word
of the candidate's name: "the drilling firm" is "Oster Drilling" and never "Orvane Mining
Corporation"; a modifier that says a level of government ("the regional office") wants a name
that says that level or names a place below a country. A description reaches across articles
only where its own article names nothing that fits it and its head noun is a word of the one
name of the corpus that fits it ("the refinery" in
an article that names none is the corpus's one "Karsby refinery"; of two or three places that
fit, the one the corpus names twice as often as each other, in two articles at least: "the
glacier" of a story about the Orla glacier), so two articles' "the company"
are never joined by the phrase alone (a head word written alone in capitals, "Navy", "Customs",
likewise: the corpus's one "Orlandan Navy", else it is known by its word); and a happening's ("the
breach", "the census") with none named in its article stands for the one happening of its kind the
corpus names after names the article gives ("the Harlow breach", where the article names Harlow:
``store.actors.happenings``), and "the fire" that fits both the Kandor fire and Kandor is the
happening. A body an article only describes, and describes again ("the state agriculture department
... the department"), with nothing named that fits, is one actor of its own, called by the first.
Each joined description keeps its reason, in words, for the actor screen. Two things come first:

* apposition: a description set beside a name by a comma ("the miner, Tolland Ridge Minerals
  Ltd, said"; an office's title, "Orla Bank's chief executive, Ivo Lind", is a person's)
  is that name when its type fits, whatever else the article named before, and no other
  name when it does not; and every description of the same head noun in that article
  is that name too ("the miner expects"), when the article sets it beside one name only;
* after it, a country's body: "the government" that fits no named government is the government
  of the one country the article named, an actor of its own keyed as "Government of X" is;
  "the interior ministry" is the one "Ministry of the Interior" the corpus names, if it names
  one, else that country's interior ministry; in an article that names places but no
  country, the one such body of a country the other articles name so. "The state" that no
  state of its article fits is that government too ("the state will pay"), but not after a
  preposition of place ("in the state") nor in a federation whose units are states.

A candidate has the type it will be named with (a curated entry's, a country's, else its
mentions' majority); other articles change what a description stands for only through what
they call a name.

Mixed into ``Resolver``: it runs after every naming rule, over the settled union-find.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from store.actors.happenings import happening_fits
from store.actors.kind_written import writes_kind
from store.actors.naming import majority_of
from store.actors.placed import placed_elsewhere
from store.actors.placed_words import in_dateline
from store.actors.records import MentionRecord
from store.actors.restated import StorySettled, filed_from, restated
from store.extract.mentions.descriptions import held_office, is_office_head
from store.extract.mentions.outlets import DATELINE_REACH
from store.knowledge.aliases import AliasEntry, alias_entries, curated_entry
from store.knowledge.countries import countries
from store.knowledge.descriptions import DescriptionRule, descriptions
from store.knowledge.estimates import estimate_words
from store.knowledge.folding import fold, is_acronym, name_key, name_tokens
from store.knowledge.foreign_heads import foreign_heads
from store.knowledge.name_words import name_words

DESC = "DESC"
_OWNERS = frozenset({"his", "her", "their"})  # "their union": a person's or people's body
# matches whose head says what a name is to another, not what it is: learnt in one article only
_RELATIVE = frozenset({"beside", "title", "of_country"})
_BODY_TYPES = frozenset({"ORG", "FAC", "GPE", "LOC"})
_WRITTEN_STATE_TYPES = frozenset({"GPE", "ORG", "LOC", "PERSON"})
_TYPE_WORDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "FAC": "place", "EVENT": "event", "NORP": "group"}
_TITLE_REACH = 40  # characters before a person's name where a title counts
_APPOSITION = re.compile(r"[)\]]?,[ \t]+")  # "Coastal Water Trust (CWT), the charity"
_OWNER_BEFORE = re.compile(r"['’]s?[ \t]+")  # "Tarvonia's largest city": its owner's possessive
# the pair is closed by punctuation or a line's end, a bracketed short form between: "the
# nurses' union, the Harbour Nursing Guild (HNG), said"
_CLOSED = re.compile(r"[ \t]*(?:\([A-Z][\w&.-]{0,11}\)[ \t]*)?(?:[,.;:)\]\n—–]|$)")
# after a description set beside the name before it, a clause or a place may go on: "Dr Ilse
# Varga, the chemist who ran the tests", "Tomas Okello, the water officer in Karsby", "Tolland
# Ridge, the state miner digging the pit", "Summitvale, the bank owned by the province", "Velmorin,
# the vaccine against river fever", "Velmorin, the drug developed by Orla Labs"
_GOES_ON = re.compile(r"[ \t]+(?:who|whose|that|which|in|at|of|for|from|with|on|against|"
                      r"[a-z]+ing|owned|based|run|founded|controlled|backed|led|hired|chosen|"
                      r"made|developed|built|produced|approved|licensed|sold)\b")


class _Candidate:
    """What a description may be compared with: one actor in the making, of the type it will
    have once named (a curated entry's, a country's, else its mentions' majority label)."""

    # slots: ``_fits`` reads a candidate's attributes half a million times at 10,000 articles,
    # and a dictionary per candidate spreads what it reads over more memory than fits in the
    # processor's caches
    __slots__ = ("adjective_in", "beside_a_body", "called", "called_after", "country", "curated",
                 "english", "firsts", "keys", "kind", "lasts", "listed", "mentions", "modifiers",
                 "surfaces", "tokens", "type", "words")

    def __init__(self, mentions: list[MentionRecord], entry: AliasEntry | None,
                 called: frozenset[str] = frozenset(),
                 called_after: frozenset[str] = frozenset(),
                 written: frozenset[str] = frozenset(),
                 texts: Mapping[str, str] | None = None) -> None:
        self.mentions = mentions
        # head nouns the corpus called it by: "the island of X", "X, the state miner," (any
        # rule), and "the X line" (only a rule that matches by what a name is ``called``)
        self.called = called
        self.called_after = called_after
        self.kind = entry.kind if entry else None
        self.curated = entry is not None
        # its mentions' surfaces and labels, counted in one visit of each record (an actor's
        # records lie far apart in a large corpus)
        forms = Counter((m.surface, m.label) for m in mentions)
        self.surfaces = frozenset(surface for surface, _ in forms)
        names = self.surfaces | set((*entry.names, *entry.called) if entry else ())
        self.tokens = [name_tokens(n) for n in names]
        self.words = {t for tokens in self.tokens for t in tokens}
        # words its names hold only before another body's head noun: "university" of the
        # "University and College Union" (a union), "senate" of the "Senate Budget Committee"
        self.modifiers = _modifier_words(self.tokens)
        # its names' first and last words, for the rules that match by them (``_fits``)
        self.firsts = frozenset(t[0] for t in self.tokens if t)
        self.lasts = frozenset(t[-1] for t in self.tokens if t)
        # "Servicio Médico Legal" is a service to "the forensic service": a foreign head word
        # fits as its English word too (but a name holding the head noun itself comes first)
        heads = foreign_heads()
        self.english = frozenset(heads[t] for t in self.words if t in heads)
        self.keys = {" ".join(t) for t in self.tokens}
        self.beside_a_body = 0  # articles that set it beside a body's description, if a person
        # the sovereign state it is, if it is one (its mentions join it by the country's names)
        self.country = next((countries().by_key[k] for k in sorted(self.keys)
                             if k in countries().by_key), None)
        # a country known only by its adjective: the articles that write it (None: known by a
        # name); written in one only, it may be a donor's or a buyer's, not the story's state
        self.adjective_in: frozenset[str] | None = None
        if self.country is None:
            self.country, self.adjective_in = _demonyms_country(self.keys, mentions, texts)
        self.type = entry.type if entry else "GPE" if self.country else \
            "LOC" if any(_is_feature(n) for n in names) else majority_of(forms)
        # a state the country list lacks but the corpus writes as one (``written_countries``):
        # a country for "the country" and "the government" where no listed state fits, whatever
        # label the tagger gave its name most often (the small model reads a rare country's
        # name as a person's too: "Tarvonia's airport")
        self.listed = self.country is not None
        if self.country is None and entry is None and self.type in _WRITTEN_STATE_TYPES:
            # whatever label the tagger gave it most often ("Velmora" is often an ORG)
            self.country = _written_name(forms, written)
            if self.country is not None:
                self.type = "GPE"
        if self.type != "GPE":
            self.country = None


# a minister's portfolio before the title ("Transport Minister", "Water Resources Minister", a
# sentence's "Water minister") or after it ("Minister of Ports", "minister for water")
_PORTFOLIO_TITLE = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+[ \t]){1,2})[Mm]inister\b"
                              r"|\b[Mm]inister[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?([A-Za-z]+)")


def _ministry_of_minister(before: str, portfolios: dict[str, set[int]]) -> int | None:
    """The ministry "the ministry" stands for where the article named it only through its
    minister's title before ("Transport Minister Ana Lind said ... the ministry"): the one
    ministry the corpus names after the portfolio of every minister titled so in the article
    before it (the first word of the portfolio that names a ministry); None when the titles
    name none, or more than one ministry (two ministers of two portfolios)."""
    roots: set[int] = set()
    for m in _PORTFOLIO_TITLE.finditer(before):
        words = fold(m.group(1) or m.group(2)).split()
        found = next((portfolios[w] for w in words if w in portfolios), None)
        if found is not None:
            roots |= found
        if len(roots) > 1:
            return None
    return next(iter(roots)) if roots else None


def _modifier_words(names: list[list[str]]) -> frozenset[str]:
    """The words that each of a body's names (their tokens) holding them has only before
    another head noun of a body's name, its last word ("University and College Union",
    "Senate Budget Committee"), and not as the head of a complement ("University of X
    Staff Union" still says university), nor straight before a last word that says only what
    kind of unit it is ("Orvik Police Department" is the police). A description of such a
    word's head ("the university", "the senate") is another body, the one the word modifies
    there."""
    heads = name_words().org_heads
    tails = descriptions().body_tails
    modifying: set[str] = set()
    heading: set[str] = set()
    for tokens in names:
        last = tokens[-1] if tokens else ""
        owner = _owner_at(tokens, heads)
        for i, word in enumerate(tokens):
            if i >= owner:
                modifying.add(word)  # "Road Agency of the Ministry of X": the ministry's words
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            # "Orvik Police Department" is the police itself (``body_tails``)
            if after is not None and last in heads and word != last \
                    and not (after == last and last in tails) \
                    and after not in _COMPLEMENT and not _COMPLEMENT.intersection(tokens[:i]):
                modifying.add(word)
            else:
                heading.add(word)
    return frozenset(modifying - heading)


_COMPLEMENT = frozenset({"of", "for"})


def _owner_at(tokens: list[str], heads: frozenset[str]) -> int:
    """Where a body's name goes on with the name of the body it belongs to: "of" (and "the")
    then another body's head noun, after a head noun of its own ("Freight Agency of the
    Ministry of Ports", "Audit Committee of the Senate"). Those words name the owner, not the
    body: "the ministry" is the owner, never its agency. The name's length when it does not."""
    for i, word in enumerate(tokens):
        if word not in _COMPLEMENT or not i or tokens[i - 1] not in heads:
            continue
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1] == "the")
        if j < len(tokens) and tokens[j] in heads:
            return j
        return len(tokens)
    return len(tokens)


def _demonyms_country(keys: set[str], mentions: list[MentionRecord],
                      texts: Mapping[str, str] | None) -> tuple[str | None, frozenset[str] | None]:
    """The country a name known only by its demonyms stands for ("Czech", "Czechs"), and the
    articles that write it: copy that names a country by its adjective alone on its bodies or
    officials ("the Czech transport ministry", "Czech officials") names that country for "the
    government" and "the country" as its name would; (None, None) when a key is no demonym,
    they say two countries, or no mention sits on an official body ("Japanese carmakers",
    "Chinese-made steel" say nothing of a state)."""
    demonyms = countries().demonyms
    states = {demonyms.get(k) for k in keys}
    if len(states) != 1 or None in states or texts is None:
        return None, None
    if not any(_on_official(texts.get(m.article, ""), m.end) for m in mentions):
        return None, None
    return next(iter(states)), frozenset(m.article for m in mentions)


# the two words after an adjective: "officials said", "transport ministry"
_NEXT_WORDS = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)(?:[ \t]+([^\W\d_][\w'’-]*))?")


def _on_official(text: str, end: int) -> bool:
    """Whether one of the two words after a country's adjective ending at ``end`` is a state
    body's or its officials' word (the institutions of descriptions.toml, the official bodies
    of estimates.toml): "Czech officials", "the Czech transport ministry"."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    words = [fold(w) for w in m.groups() if w]
    return any(w in _state_heads() for w in words) \
        or bool(estimate_words().official_bodies.search(" ".join(words)))


@lru_cache(maxsize=1)
def _state_heads() -> frozenset[str]:
    """The last words of the state's institutions ("ministry", "police", "regulator")."""
    d = descriptions()
    return frozenset(p[-1] for p in (*d.institutions, *d.after_demonym,
                                     *d.modified_institutions) if p)


def _written_name(mentions: dict[tuple[str, str], int], written: frozenset[str]) -> str | None:
    """The name a state the corpus writes as a country goes by: the surface its mentions use
    most often (``mentions``: how many carry each surface and label), in title case ("Velmora",
    not "VELMORA" or "Velmora's"); None if none of its names is such a state's."""
    forms: Counter[str] = Counter()
    for (surface, _), n in mentions.items():
        if name_key(surface) in written:
            forms[re.sub(r"['’]s?$", "", surface)] += n
    if not forms:
        return None
    return max(forms, key=lambda f: (not f.isupper(), forms[f], f))


def _is_feature(name: str) -> bool:
    """A natural feature by its own name, "Bab el-Mandeb Strait", "Red Sea": a place whatever
    label the tagger gives its shorter names ("Bab el-Mandeb" is mostly an ORG to it), so "the
    strait" may stand for it; not "Assembly of the Orrin Islands" (an "of", a body's head)."""
    words = [w.strip(".,") for w in fold(name).split()]
    nw = name_words()
    return len(words) > 1 and words[-1] in nw.feature_words and "of" not in words \
        and not set(words) & nw.org_heads


def _said_of(surface: str, trades: set[str], rules: tuple[DescriptionRule, ...]) -> set[str]:
    """The modifiers of a description that name a trade the corpus names bodies by, or a kind
    its rules tell apart: tested word by word, never by a union with the corpus's trades (a set
    that grows with the archive, once per description)."""
    which = _which_words(rules)
    sequence = descriptions().sequence  # "the first round": which of a series, by its place
    return {w for w in _trade_words(surface) if w in trades or w in which or w in sequence} \
        | _holders(surface)


def _holders(surface: str) -> set[str]:
    """The office a description's possessive names ("prosecutor" of "the prosecutor's
    office"): the body it stands for is named with it ("Federal Prosecutor's Office")."""
    found = set()
    for word in surface.split()[1:-1]:
        bare = re.sub(r"['’]s$", "", word)
        if bare != word and bare.islower() and is_office_head(bare):
            found.add(fold(bare))
    return found


class _Form:
    """What a description's own words say, whatever its article: its head noun, the head's
    rules and the types they take, its modifiers and what they name. Worked out once per
    distinct surface (a corpus repeats "the company" and "the ministry" thousands of times),
    not once per description and candidate."""

    __slots__ = ("body", "body_rule", "by_trade", "determiner", "head", "levels", "modifiers",
                 "named", "office", "own", "rules", "said", "types")

    def __init__(self, surface: str, trades: set[str]) -> None:
        words = surface.split()
        self.head = fold(words[-1])
        self.rules = descriptions().rules_for(self.head)
        types = _types_of(self.rules)
        if not self.rules and surface[:1].isupper() and fold(words[0]) in name_words().titles:
            types = {"PERSON"}  # "Minister of Fisheries" beside a name: an office
        if not self.rules and is_office_head(words[-1]):
            types = {"PERSON"}  # "(Orla Bakery's) chief executive" beside a name: an office
        self.office = held_office(surface)
        if self.office:
            types = {"PERSON"}  # "head of the Velm Water Agency": an office held there
        self.types = types
        self.modifiers = _modifiers(surface)
        self.said = _said_of(surface, trades, self.rules)
        self.named = _named_words(surface)
        # "the regional office": a name must say the level too (any word of each set)
        self.levels = tuple(words for level, words in descriptions().levels
                            if level in self.modifiers)
        self.by_trade = any(rule.match == "ends" and "ORG" in rule.types for rule in self.rules)
        self.body_rule = _of_country_rule(surface, self.rules)
        self.body = _of_country(surface, self.body_rule)
        self.determiner = fold(words[0])
        # rules that read the article (its dateline, a title before a name): whether a candidate
        # fits is then asked anew at each description, else it is what the candidate is
        self.own = any(rule.match in ("dateline", "title") for rule in self.rules)

    def body_at(self, text: str, start: int) -> str | None:
        """The country's body the description stands for where it is written, None if none:
        "the state" after a preposition of place ("in the state") is the territory, not the
        body that acts."""
        rule = self.body_rule
        if rule is not None and rule.not_placed and _after_preposition(text, start):
            return None
        return self.body

    @property
    def not_in(self) -> frozenset[str]:
        """The countries whose body the description never stands for (a federation's "the
        state")."""
        return self.body_rule.not_in if self.body_rule is not None else frozenset()


class Descriptions:
    """Join each description to the one earlier actor of its article that fits it."""

    def _descriptions(self) -> None:
        self.reasons: dict[int, str] = {}
        self._joined_here: list[tuple[int, MentionRecord]] = []  # this article's, since last read
        # (article, body) -> the node and country "the government" stood for there
        self._bodies_named: dict[tuple[str, str], tuple[int, str]] = {}
        # "the government" in an article that names no country, by mention index
        self._countryless: dict[int, tuple[MentionRecord, str]] = {}
        # a name's root once the naming rules are done, by mention index (-1: not a name); a list,
        # not a dictionary: a corpus has a million mentions
        self.root_of: list[int] = [-1] * len(self.mentions)
        self.given: dict[int, str] = {}  # node of a country's body -> its name ("the government")
        self.given_types: dict[int, str] = {}  # such a node -> its type, where not a body's
        soft = {m.index for m in self._soft}
        self._soft_answers: dict[str, int | None] | None = None  # ``_soft_in_corpus``'s
        wanted = [m for m in self.mentions if m.label == DESC] + self._soft
        if not wanted:
            return
        articles = {m.article for m in wanted}
        # Each name's root, found once: no union below moves a root (a description and a soft
        # word join under the root they are joined to), so these hold to the end of resolution.
        members: dict[int, list[MentionRecord]] = defaultdict(list)
        for m in self.mentions:
            if m.label != DESC and m.index not in soft:
                root = self.root_of[m.index] = self.uf.find(self.node[m.index])
                members[root].append(m)
        curated = self._curated_by_root()
        cache = _Cache(self._written_countries(), {a.id: a.text for a in self.articles})
        texts = {a.id: a.text for a in self.articles if a.id in articles}
        # article -> head noun -> the roots a description of it is set beside -> where, and with
        # what modifiers
        taught_in: dict[str, dict[str, dict[int, list[tuple[int, frozenset[str]]]]]] = \
            defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
        called = self._called_in_corpus(articles, soft, members, curated, taught_in, cache)
        for root, candidate in cache.items():  # made before what the corpus calls them was known
            candidate.called = frozenset(called[0].get(root, ()))
            candidate.called_after = frozenset(called[1].get(root, ()))
        portfolios = self._portfolios()
        # the names of the corpus's places below a country, as name tokens: "the regional
        # parliament" may be the "Parliament of the Canary Islands" (``_at_level``)
        country_keys = countries().by_key
        self._places = {tuple(name_tokens(f.surface)) for f in self._surfaces.values()
                        if f.label in ("GPE", "LOC") and f.key not in country_keys}
        # the last words of the corpus's names: the trades it names bodies by ("Oster
        # Drilling", whatever label the tagger gave it), what a description's modifier may say
        # ("the drilling firm"); of a name whose key drops a spelled-out legal form, its last
        # word as written ("Orvane Mining Corporation" names no body by mining)
        spelled = name_words().spelled_legal_suffixes
        trades = {f.loose[-1] if f.loose[-1:] and f.loose[-1] in spelled else
                  f.key.rsplit(" ", 1)[-1] for f in self._surfaces.values()
                  if f.label in ("ORG", "PERSON") and " " in f.key}
        self._forms: dict[str, _Form] = {}  # a description's surface -> what its words say
        # descriptions no actor of their own article fits: "the union" in an article that
        # names no union
        unnamed: list[tuple[MentionRecord, _Form]] = []
        # a description's surface -> root -> the type its candidate had and why it fits (or
        # None), for rules that do not read the article: the corpus repeats "the ministry", and
        # each is tried against the same names (a country, a curated body) again
        fitted: dict[str, dict[int, tuple[str, str | None]]] = {}
        # the places each article's "the city" descriptions were settled on, for the ones
        # that neither their own sentence nor paragraph settles (``store.actors.restated``)
        story = StorySettled()
        for article in sorted(articles):  # unions carry over: one order, whatever the hash seed
            # a name's mention of this article -> the title words just before it
            # (``_title_words``), by index: a candidate is only ever tried with its mentions in
            # the description's own article, so none is kept past it
            titles: dict[int, frozenset[str]] = {}
            seen: dict[int, list[MentionRecord]] = {}  # roots named so far -> their mentions
            by_type: dict[str, list[int]] = defaultdict(list)  # the same roots by actor type
            kinded: list[int] = []  # the same roots that are curated with a kind
            # head noun -> the roots a description of that head is set beside, in this article
            beside_by_head = taught_in.get(article, {})
            named = self.by_article[article]
            self._joined_here.clear()
            # roots first met as a description here -> that description's modifiers: "the
            # interior ministry" makes no candidate of its ministry for "the education ministry"
            described_by: dict[int, frozenset[str]] = {}
            # descriptions no name before them fits, to try against the names after them
            ahead: list[tuple[MentionRecord, _Form]] = []
            # "the city" that several places fit, and the places this article's other
            # descriptions of a head were settled on (``store.actors.restated``)
            unsettled: list[tuple[MentionRecord, str, frozenset[int]]] = []
            # head noun -> whether this article calls a body a kind of it ("the consumer group
            # Fair Fares"), read once per article and head (``kind_written``)
            kinds_written: dict[str, bool] = {}
            settled: dict[str, set[int]] = defaultdict(set)
            settled_at: dict[str, list[int]] = defaultdict(list)  # where they stand
            named_most: set[int] | None = None  # the places it names most, on first ask
            for position, m in enumerate(named):
                for node, earlier in self._joined_here:
                    # an actor the article has only described so far ("the health ministry
                    # said ... the ministry added") is named, for the descriptions after it
                    root = self.uf.find(node)
                    if root not in seen and members.get(root):
                        seen[root] = [earlier]
                        described_by[root] = self._forms[earlier.surface].modifiers
                        candidate = _candidate(cache, root, members, curated, called)
                        by_type[candidate.type].append(root)
                        if candidate.kind:
                            kinded.append(root)
                self._joined_here.clear()
                if m.label != DESC and m.index not in soft:
                    root = self.root_of[m.index]
                    if root not in seen:
                        seen[root] = []
                        candidate = _candidate(cache, root, members, curated, called)
                        by_type[candidate.type].append(root)
                        if candidate.kind:
                            kinded.append(root)
                    seen[root].append(m)
                    continue
                form = self._forms.get(m.surface)
                if form is None:
                    form = self._forms[m.surface] = _Form(m.surface, trades)
                head, rules, types, office = form.head, form.rules, form.types, form.office
                narrowed = False
                if any(rule.unless_kind_written for rule in rules):
                    # only the bare "the group", in an article that calls no body a kind of
                    # group: "the consumer group", "Consumer group says" name a kind themselves
                    written = len(m.surface.split()) != 2 or form.determiner != "the"
                    if not written:
                        written = kinds_written.get(head)
                        if written is None:
                            written = kinds_written[head] = writes_kind(texts[article], head)
                    if written:
                        rules = tuple(rule for rule in rules if not rule.unless_kind_written)
                        narrowed = True
                if m.index not in soft:
                    beside = _apposed(named, position, texts[article], soft)
                    if beside is not None and self.root_of[beside.index] >= 0:
                        root = self.root_of[beside.index]
                        candidate = _candidate(cache, root, members, curated, called)
                        if candidate.type in types or _retyped(candidate, types):
                            self._join(root, m)
                            self.reasons[m.index] = f"set beside the name “{beside.surface}”"
                            continue
                        if beside.start != m.end + 1:
                            # set beside a name of another type by a comma ("Orla-UNA, the
                            # teachers' union", a union the tagger took for a people): it is
                            # that name, no other one
                            continue
                    if beside is None and _beside_a_word(texts[article], m):
                        continue  # set beside a name the tagger cut or missed: that one
                if office:
                    continue  # an office held at a body is the person beside it, or nobody
                fits: dict[int, str] = {}
                mine = form.modifiers
                # "the first round" is not the "ninth bidding round" set beside a name before
                order = mine & descriptions().sequence
                taught = [root for root, where in beside_by_head.get(head, {}).items()
                          if any((at < m.start or said <= mine) and order <= said
                                 for at, said in where)]
                if m.index not in soft and len(taught) == 1:
                    # "Tolland Ridge, the state miner, said ... the miner expects": the one name
                    # the article sets that description beside; after it only where the later
                    # one says no more ("The owner lied. Police charged the owner, Dina Ferro";
                    # but "the service's chief" is not the helpline named below as "IDCARE, the
                    # national identity support service", one service among others)
                    root = taught[0]
                    self._join(root, m)
                    self.reasons[m.index] = f"the {head} the article set beside its name before"
                    continue
                # only a candidate of a type the rules take, or with a curated kind, can fit
                pool = {root for t in types for root in by_type.get(t, ())}
                pool.update(kinded)
                # a name the corpus calls by a place's head ("the mountain town of Orsk"),
                # whatever type the tagger gave it: what it was called says what place it is
                if all(_of_places(rule) for rule in rules):
                    pool.update(root for root in seen if head in cache[root].called)
                # a rule that stands back where the article writes a kind of its head is a last
                # resort too: "the group" is the "Velm Research Group" named before, and only
                # with no such body named, the one company ("Orla Ferries plc")
                last = tuple(rule for rule in rules if rule.unless_kind_written)
                passes = (tuple(rule for rule in rules if not rule.unless_kind_written), last) \
                    if last else (rules,)
                # a fit learnt under all the rules holds only where they all apply
                known = None if form.own or narrowed or last \
                    else fitted.setdefault(m.surface, {})
                for pass_rules in passes:
                    for root in pool:
                        if root in described_by and not mine <= (
                                described_by[root] | cache[root].words):
                            continue
                        if known is None:
                            reason = _fits(cache[root], head, pass_rules, seen[root],
                                           texts[article], mine, m.start, titles)
                        else:
                            c = cache[root]
                            was = known.get(root)
                            if was is not None and was[0] == c.type:  # retyped: asked anew
                                reason = was[1]
                            else:
                                reason = _fits(c, head, pass_rules, seen[root], texts[article],
                                               mine)
                                known[root] = (c.type, reason)
                        if reason and cache[root].type == "EVENT" and (
                                not happening_fits(m.surface, cache[root].surfaces)
                                or self.recalled(m.article, cache[root].surfaces)):
                            continue  # "Tuesday's quake", the 2014 eruption recalled in 2026
                        if reason:
                            fits[root] = reason
                    if fits:
                        break
                if fits and form.own and any(rule.match == "dateline" for rule in rules):
                    if named_most is None:
                        named_most = _named_most(named, self.root_of, cache, members, curated,
                                                 called)
                    fits = _named_no_less(fits, head, cache, named_most)
                said = form.said
                # "the drilling firm" is no "Orvane Mining Corporation", "the agriculture
                # ministry" no "Velm's health ministry"
                if said:
                    fits = {r: why for r, why in fits.items() if said <= cache[r].words}
                if place := form.named:  # "the Orla exchange": Orla in its name
                    fits = {r: why for r, why in fits.items() if place <= cache[r].words}
                if form.levels:  # "the regional office" is no "Office of the President"
                    fits = {r: why for r, why in fits.items()
                            if _at_level(cache[r], form.levels, self._places)}
                trade = _named_by_modifier(m.surface, pool, cache) if form.by_trade else None
                if trade is not None:
                    # "the drilling firm" after "Oster Drilling" and "Orvane Mining": the one
                    # whose name holds the modifier, whatever else fits the head
                    fits = {trade[0]: f"the only {_TYPE_WORDS.get(cache[trade[0]].type, 'actor')}"
                                      f" named earlier in the article with “{trade[1]}” in its "
                                      "name"}
                fits = _listed_first(fits, cache)
                if not fits and form.head == "ministry" and not form.modifiers \
                        and form.determiner == "the":
                    ministry = _ministry_of_minister(texts[article][:m.start], portfolios)
                    if ministry is not None:
                        fits = {ministry: "the only ministry the corpus names of the portfolio "
                                          "of the minister named earlier in the article"}
                none_before = not fits
                body = form.body_at(texts[article], m.start) if not fits else None
                if body is not None:
                    states = _states(by_type.get("GPE", []), cache)
                    if self._join_body(m, body, states, portfolios, "earlier ",
                                       _state_counts(by_type.get("GPE", []), cache, seen),
                                       form.not_in):
                        continue
                if not fits and m.index not in soft:
                    node = self.happening_named_elsewhere(m, named)
                    if node is not None:
                        self._join(node, m)
                        self.reasons[m.index] = f"the {head} the corpus names after names " \
                                                "this article gives"
                        continue
                    found = self.happening_of_corpus(m)
                    if found is not None:
                        node, reason = found
                        self._join(node, m)
                        self.reasons[m.index] = reason
                        continue
                if len(fits) > 1 and mine:
                    # "the disaster service" after the "National Disaster Relief Service" and
                    # another service: the ones whose names hold its modifiers, if any do
                    fits = {r: why for r, why in fits.items()
                            if mine <= cache[r].words} or fits
                if len(fits) > 1:
                    fits = _called_first(_named_by_head(_happenings_first(fits, cache, rules),
                                                        cache, head, rules), cache, head, rules)
                # "her bank" beside two banks: hers, the one she works at, is not the story's
                # own bank; such a description is only the one body that fits
                owned = form.determiner in _OWNERS
                if len(fits) > 1 and not owned and not any(rule.alone for rule in rules):
                    fits = _dominant(fits, seen, head, texts[article], m)
                elif len(fits) > 1 and not owned and any(rule.paragraph for rule in rules):
                    fits = _in_paragraph(fits, seen, head, texts[article], m)
                if len(fits) == 1:
                    root, reason = fits.popitem()
                    self._join(root, m)
                    self.reasons[m.index] = reason
                    settled[head].add(root)
                    settled_at[head].append(m.start)
                elif len(fits) > 1 and m.index not in soft and not owned \
                        and any(rule.paragraph for rule in rules):
                    unsettled.append((m, head, frozenset(fits)))
                elif m.index in soft:  # a name after all: known by its key
                    # ("Navy" in an article that names no navy: the one navy the corpus names)
                    node = self._soft_in_corpus(m, form, cache, members, curated, called) \
                        if none_before else None
                    if node is not None:
                        self._join(node, m)
                        self.reasons[m.index] = f"the only body the corpus names with “{head}” " \
                                                "in its name, in an article that names none"
                        self._joined_here.append((node, m))
                        continue
                    node = self.global_node(m.key)
                    self._join(node, m)
                    # and named, for the descriptions after it: "Parliament's committee met
                    # ... asked parliament to act"
                    members[self.uf.find(node)].append(m)
                    self._joined_here.append((node, m))
                elif none_before and not any(rule.kinds for rule in rules) \
                        and form.determiner not in ("his", "her"):
                    # not a head that may name any body of a kind ("the group"): the body
                    # named before it that no rule fits may be the one (but "her bank" is
                    # where she works, whatever bank the story names after it)
                    ahead.append((m, form))
            joined_again = restated(unsettled, settled, settled_at, seen)
            if unsettled:
                joined_again += filed_from(unsettled, {m.index for _, m, _ in joined_again},
                                           seen, texts[article], _places_named(seen, cache))
            for root, m, reason in joined_again:
                self._join(root, m)
                self.reasons[m.index] = reason
                settled[self._forms[m.surface].head].add(root)
            if unsettled:
                joined_now = {m.index for _, m, _ in joined_again}
                story.wait([p for p in unsettled if p[0].index not in joined_now], seen)
            story.settle(article, settled)
            # a description before any name that fits it ("The union's count was higher, said
            # the Federation of Rail Workers"): the one actor of the whole article that fits
            for m, form in ahead:
                fits = {}
                head, rules, types, modifiers = form.head, form.rules, form.types, form.modifiers
                for root in {root for t in types for root in by_type.get(t, ())} | set(kinded):
                    c = cache[root]
                    reason = _fits(c, head, rules, seen[root], texts[article], modifiers,
                                   m.start, titles)
                    # its modifiers words of the name, unless the corpus calls the name so: "the
                    # international coalition" is no "Coalition Provisional Authority" named
                    # far below it
                    if reason and root not in described_by and (
                            modifiers <= c.words or head in c.called) and not (
                            c.type == "EVENT" and (not happening_fits(m.surface, c.surfaces)
                                                   or self.recalled(m.article, c.surfaces))) \
                            and not _kind_named_far(c, head, rules, seen[root], texts[article], m,
                                                    modifiers):
                        fits[root] = reason
                said = form.said | form.named
                if said:
                    fits = {r: why for r, why in fits.items() if said <= cache[r].words}
                if fits and form.own and any(rule.match == "dateline" for rule in rules):
                    if named_most is None:
                        named_most = _named_most(named, self.root_of, cache, members, curated,
                                                 called)
                    fits = _named_no_less(fits, head, cache, named_most)
                fits = _listed_first(fits, cache)
                if len(fits) == 1:
                    root, reason = fits.popitem()
                    self._join(root, m)
                    self.reasons[m.index] = reason.replace(" earlier", "") + \
                        ", after the description: the only one the article names"
                elif not fits and (body := form.body_at(texts[article], m.start)) is not None:
                    # "The government said ..." before the one country the article names
                    self._join_body(m, body, _states(by_type.get("GPE", []), cache),
                                    portfolios, "", not_in=form.not_in)
                elif not fits and not any(rule.kinds for rule in rules):
                    unnamed.append((m, form))
        for root, m, reason in story.told(self.uf.find):
            self._join(root, m)
            self.reasons[m.index] = reason
        unnamed = self._placed_elsewhere(unnamed)
        self._bodies_of_corpus(cache)
        self._named_in_corpus(unnamed, cache, members, curated, called)
        self._described_only(unnamed)

    def _placed_elsewhere(self, unnamed: list) -> list:
        """"the Orla prosecutor's office" that its article does not settle: the body the same
        description settled on in other articles (``store.actors.placed``); the rest, still
        unnamed."""
        settled = [(m, form, self.root_of[m.index]) for m in self.mentions
                   if m.label == DESC and self.root_of[m.index] >= 0
                   and (form := self._forms.get(m.surface)) is not None and form.named]
        for m, root in placed_elsewhere(unnamed, settled, self.uf.find):
            self._join(root, m)
            self.reasons[m.index] = "the body the same description with its place's name " \
                                    "stands for in the corpus's other articles"
        return [(m, form) for m, form in unnamed if self.root_of[m.index] < 0]

    def _named_in_corpus(self, unnamed: list, cache: _Cache,
                         members: dict[int, list[MentionRecord]],
                         curated: dict[int, AliasEntry],
                         called: tuple[dict[int, set[str]], dict[int, set[str]]]) -> None:
        """"The refinery", "the union" in an article that names no actor it fits: the one
        body or place of the whole corpus whose name holds the head noun itself ("Karsby
        refinery", "Velm Nurses' Union") or that the corpus calls by it ("Tolland Freight, the
        operator,") and fits the head's rule, with the description's modifiers words of its
        name; two such, or none: nobody ("the company" is never
        "Karavel Shipping" of another article: a name must say what the description says).
        Only names of two words or more are looked at, found through the distinct surfaces,
        once; and never for a head whose rule wants its own article to name it ("the state")."""
        wanted = [(m, form, fitting) for m, form in unnamed
                  if form.types & _BODY_TYPES
                  and (fitting := tuple(r for r in form.rules if r.match in ("name", "ends")
                                        and not r.in_article))]
        if not wanted:
            return
        heads = {form.head for _, form, _ in wanted}
        by_word = self._bodies_by_word(heads)
        # and the names the corpus calls by the head ("Tolland Freight, the operator,"): what a
        # name is, once said, holds in every article
        for root, said in called[0].items():
            for head in said & heads:
                by_word.setdefault(head, set()).add(root)
        # what a description says does not depend on its article: one answer per form, and
        # the search stops at a second fit (a corpus of many unions names none "the union")
        # (the answer, and whether it is the one named most often of a few that fit)
        answers: dict[tuple[str, frozenset[str], frozenset[str]], tuple[int | None, bool]] = {}
        for m, form, rules in wanted:
            head, types, modifiers = form.head, form.types, form.modifiers
            key = (head, modifiers, frozenset(types))
            if key not in answers:
                fits = _fitting(by_word.get(head, ()), head, types & _BODY_TYPES, rules,
                                modifiers, cache, members, curated, called, _FEW)
                answers[key] = ((fits[0], False) if len(fits) == 1
                                else (_story_place(fits, members, cache), True))
            root, by_count = answers[key]
            if root is not None:
                self._join(root, m)
                what = _TYPE_WORDS.get(cache[root].type, "actor")
                self.reasons[m.index] = f"the only {what} the corpus names that is a {head}, " \
                                        "in an article that names none" if not by_count \
                    else f"the {what} the corpus names most often that is a {head}, in an " \
                         "article that names none"

    def _soft_in_corpus(self, m: MentionRecord, form: _Form, cache: _Cache,
                        members: dict[int, list[MentionRecord]],
                        curated: dict[int, AliasEntry],
                        called: tuple[dict[int, set[str]], dict[int, set[str]]]) -> int | None:
        """A lone capitalised head word ("Navy", "Customs") that nothing of its own article
        fits: the root of the one body of the corpus, of two words or more, whose name holds the
        word and fits its rule (``_named_in_corpus``'s test); two or none: None. The names are
        looked up through the distinct surfaces, once, and each word's answer is kept."""
        answers = self._soft_answers
        if answers is None:
            answers = self._soft_answers = {}
            self._soft_by_word = self._bodies_by_word({fold(w.key.split()[-1]) for w in self._soft})
        head = form.head
        if head not in answers:
            rules = tuple(r for r in form.rules if r.match in ("name", "ends")
                          and not r.in_article)
            types = form.types & _BODY_TYPES
            answers[head] = _only_body(self._soft_by_word.get(head, ()) if rules and types else (),
                                       head, types, rules, frozenset(), cache, members, curated,
                                       called)
        return answers[head]

    def _bodies_by_word(self, heads: set[str]) -> dict[str, set[int]]:
        """Each of the head words to the roots of the bodies and places, of two words or more,
        whose name holds it: the surface's words, not its key's ("Canton of Valais" is keyed as
        Valais), looked at through the distinct surfaces, once."""
        by_word: dict[str, set[int]] = defaultdict(set)
        for f in self._surfaces.values():
            if f.label in _BODY_TYPES and f.node >= 0 and len(f.loose) > 1:
                for word in set(f.loose) & heads or ():
                    by_word[word].add(self.uf.find(f.node))
        return by_word

    def _described_only(self, unnamed: list) -> None:
        """A body an article only describes, never names, and describes again: "The state
        agriculture department revised its estimate ... 'The department counts only what it
        can reach'", where nothing the article or the corpus names fits either. The later
        description ("the", its modifiers all words of the earlier one's) joins the one earlier
        description of its head noun that no name took, and the two are one actor, called by
        the first. Two such earlier descriptions: nobody ("a company ... a company ... the
        company"). Only bodies (not "the region", nor "the line", a structure, and not "the
        group", which may be any armed group the corpus names), and only within the article."""
        chains: dict[tuple[str, str], list[list[MentionRecord]]] = defaultdict(list)
        for m, form in unnamed:
            if self.root_of[m.index] >= 0 or form.office or not any(
                    "ORG" in rule.types and rule.match != "called" for rule in form.rules):
                continue
            determiner = form.determiner
            if determiner not in ("the", "a", "an"):
                continue  # "its union", "her bank": whose, not which
            head, said = form.head, form.modifiers
            earlier = [chain for chain in chains[(m.article, head)]
                       if said <= self._forms[chain[0].surface].modifiers]
            if determiner == "the" and len(earlier) == 1:
                earlier[0].append(m)
            elif determiner != "the" or not earlier:  # "a company": another body
                chains[(m.article, head)].append([m])
        for (_, head), found in sorted(chains.items()):
            for chain in found:
                if len(chain) < 2:
                    continue
                first = chain[0].surface.split(" ", 1)[1]
                node = self.uf.fresh("d:")
                self.given[node] = first[:1].upper() + first[1:]
                for m in chain:
                    self._join(node, m)
                    self.reasons[m.index] = f"the {head} the article describes again, naming " \
                                            f"no {head} that fits"
        self._joined_here.clear()

    def _bodies_of_corpus(self, cache: _Cache) -> None:
        """"The government" in an article that names no country (a local paper's "farmers in
        Pergamino ... the government announced a fund", a trade paper's "growers are angry at
        the government's levy", naming no place at all): the one country's government the
        corpus's other articles name so, when they all name the same one; else nobody. A
        country the corpus writes only by its adjective, and in one article only ("Chinese
        officials offered aid ... the government said"), lends its government to no other: it
        may be a donor's, not the story's state."""
        if not self._countryless:
            return
        states = self._countries
        domestic = {article for article in {m.article for m, _ in self._countryless.values()}
                    if not any(o.key in states.by_key or o.key in states.demonyms
                               for o in self.by_article[article])}
        by_body: dict[str, set[int]] = defaultdict(set)
        country_of: dict[int, str] = {}
        for (article, body), (node, country) in self._bodies_named.items():
            if not any((r := self.root_of[o.index]) >= 0 and r in cache
                       and cache[r].country == country
                       and (cache[r].adjective_in is None or len(cache[r].adjective_in) > 1)
                       for o in self.by_article[article]):
                continue
            root = self.uf.find(node)
            by_body[body].add(root)
            country_of[root] = country
        for m, body in self._countryless.values():
            roots = by_body.get(body, set())
            if m.article in domestic and self.root_of[m.index] < 0 and len(roots) == 1:
                root = next(iter(roots))
                form = self._forms.get(m.surface)
                if form is not None and country_of[root] in form.not_in:
                    continue
                self._join(root, m)
                self.reasons[m.index] = (f"the {body} of {country_of[root]}, the only one the "
                                         "corpus names, in an article that names no country")

    def _join_body(self, m: MentionRecord, body: str, states: set[str],
                   portfolios: dict[str, set[int]], when: str,
                   counts: dict[str, int] | None = None,
                   not_in: frozenset[str] = frozenset()) -> bool:
        """Join "the government", "the health ministry" to that body of the one country of
        ``states`` (the one "Ministry of Health" the corpus names, if it names one, else an
        actor of its own, "Health ministry of X"); with no country named, "the health ministry"
        to the one such ministry the corpus names. Of several countries named (``counts``: how
        often each so far), the one named at least twice and twice as often as each other, the
        story's own; else the body an earlier such description of the article stood for ("the
        government" says the same government again after the donors are named). False when it
        joins nothing."""
        ministries = portfolios.get(body.rsplit(" ", 1)[0], ()) if " " in body else ()
        earlier = self._bodies_named.get((m.article, body))
        if len(states) > 1 and counts:
            ranked = sorted(((n, c) for c, n in counts.items() if c in states), reverse=True)
            ranked += [(0, "")] * (2 - len(ranked))
            if ranked[0][0] >= 2 and ranked[0][0] >= 2 * ranked[1][0]:
                states = {ranked[0][1]}
                when = f"most often {when}"
            elif earlier is not None and earlier[1] not in not_in:
                node, country = earlier
                self._join(node, m)
                self.reasons[m.index] = f"the {body} of {country}, as earlier in the article"
                return True
        if len(states) == 1:  # "the government" of the one country named
            country = next(iter(states))
            if country in not_in:
                return False  # a federation's "the state": maybe a unit's own government
            if len(ministries) == 1:
                # "the interior ministry": the one "Ministry of the Interior" named
                node = next(iter(ministries))
            else:
                node = self.global_node(self.keys.key(f"{country}'s {body}", "ORG"))
                self.given.setdefault(node, f"{body[:1].upper()}{body[1:]} of {country}")
            self._join(node, m)
            self._bodies_named[(m.article, body)] = (node, country)
            only = "the country named" if when.startswith("most") else "the only country named"
            self.reasons[m.index] = f"the {body} of {country}, {only} {when}in the article"
            return True
        if not states and not ministries:
            self._countryless[m.index] = (m, body)  # settled once every article is read
        if not states and len(ministries) == 1:
            # "the health ministry" in an article that names no country: the one "Ministry of
            # Health" the corpus names
            self._join(next(iter(ministries)), m)
            self.reasons[m.index] = f"the only {body} the corpus names"
            return True
        return False

    def _called_in_corpus(self, articles: set[str], soft: set[int],
                          members: dict[int, list[MentionRecord]],
                          curated: dict[int, AliasEntry],
                          taught_in: dict[str, dict[str, dict[int, list[tuple[int, frozenset[
                              str]]]]]],
                          cache: _Cache
                          ) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
        """What each name's root is called anywhere in the corpus: a head noun before "of" and
        the name ("the Aegean island of Tarvos"), a description set beside it by a comma
        ("Velkor AV, the state company,") or straight before it ("Orla's forest agency
        CORFA"), and, apart, a head noun of a ``called`` rule just
        after it and "the" before it ("the Velkor high-speed line"). What a name is, once
        said, holds in every article: "the island" after "Tarvos" in an article that never
        said it is one. Each article's descriptions set beside a name, by head noun, go to
        ``taught_in`` (what the owner or the parent is holds in its own article only)."""
        heads = descriptions().by_head
        event_nouns = name_words().event_nouns
        after_heads = {h for h, rules in heads.items() if any(r.match == "called" for r in rules)}
        of_form: dict[int, set[str]] = defaultdict(set)
        after_form: dict[int, set[str]] = defaultdict(set)
        texts = {a.id: a.text for a in self.articles}
        for m in self.mentions:
            root = self.root_of[m.index]
            if root < 0:
                continue
            text = texts[m.article]
            if text.endswith(("of ", "of the "), max(0, m.start - 7), m.start):
                hit = _CALLED.search(text, max(0, m.start - _CALLED_REACH), m.start)
                # "the island of Tarvos" is Tarvos, "the eruption of Mount Orla" not the
                # mountain, nor "the organiser of the Velm festival" the festival (a head that
                # says what one is to another)
                if hit and hit.group(1) in heads and hit.group(1) not in event_nouns \
                        and not _relative(heads[hit.group(1)]):
                    of_form[root].add(hit.group(1))
            if text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2].islower() \
                    and (text.endswith(("the ", "The "), max(0, m.start - 4), m.start)
                         or (m.label != "GPE" and text.endswith(
                             _OWNER_DETERMINERS, max(0, m.start - 6), m.start))):
                # "the Kandor fire", not "told Kandor fire crews"; an owner's "its Tellby
                # mine" names the mine as "the" does, but "its Karsby refinery" is the
                # refinery at the town of Karsby, which is no refinery
                hit = _CALLED_AFTER.match(text, m.end, m.end + _CALLED_REACH)
                if hit and hit.group(1) in after_heads:
                    after_form[root].add(hit.group(1))
        def teach(article: str, m: MentionRecord, head: str, root: int,
                  rules: tuple[DescriptionRule, ...]) -> None:
            taught_in[article][head][root].append((m.start, _modifiers(m.surface)))
            if not any(_says_relation(rule) for rule in rules):
                of_form[root].add(head)  # not "Tolland's parent": what it is to another

        # roots the tagger calls a person set beside a body's description -> where, and what
        # (no mention: the description stood straight before the name)
        doubted: dict[int, list[tuple[str, MentionRecord | None, str]]] = defaultdict(list)
        for article in sorted(articles):
            named = self.by_article[article]
            dateline: list[MentionRecord] | None = None  # the article's, found on first ask
            for position, m in enumerate(named):
                if m.label != DESC:
                    continue
                if dateline is None:
                    dateline = [o for o in named if o.start < DATELINE_REACH
                                and o.label != DESC and self.root_of[o.index] >= 0
                                and in_dateline(o, texts[article])]
                if dateline:
                    _teach_dateline(m, dateline, texts[article], self.root_of, of_form)
                beside = _apposed(named, position, texts[article], soft)
                if beside is None or self.root_of[beside.index] < 0:
                    continue
                root = self.root_of[beside.index]
                head = fold(m.surface.split()[-1])
                rules = descriptions().rules_for(head)
                types = _types_of(rules)
                candidate = _candidate(cache, root, members, curated)
                doubt = candidate.type == "PERSON" and bool(types) and "PERSON" not in types
                if beside.start == m.end + 1:  # "the state insurer Ostrava Mutual"
                    if doubt:
                        doubted[root].append((article, None, head))
                    elif candidate.type in types and not any(_says_relation(r) for r in rules):
                        of_form[root].add(head)  # "Velm's forest agency CORFO"
                    continue
                if candidate.type not in types and not _retyped(candidate, types):
                    if doubt:
                        doubted[root].append((article, m, head))
                    continue
                teach(article, m, head, root, rules)
        # a full name the tagger calls a person, set beside a body's description in two
        # articles ("Ostrava Mutual, the state insurer"; "the state insurer Ostrava Mutual"):
        # the corpus writes it as a body (``_retyped``)
        for root, found in doubted.items():
            candidate = cache[root]
            candidate.beside_a_body = len({article for article, *_ in found})
            for article, m, head in found:
                rules = descriptions().rules_for(head)
                if m is not None and (candidate.type in _types_of(rules)
                                      or _retyped(candidate, _types_of(rules))):
                    teach(article, m, head, root, rules)
        return of_form, after_form

    def _written_countries(self) -> frozenset[str]:
        """The keys of places the corpus writes as sovereign states though the country list
        lacks them (a state it does not know by name): the place after the city of a wire
        dateline ("KARSBY, Velmora, March 3 (Reuters) -"), one whose people's adjective the
        corpus writes, its name with "-n", "-ian" or "-ese" ("Velmoran", "Ostlandian"), or one
        a name says is a state ("National Bank of Velmora", "Republic of Orla": the
        ``state_titles`` of store/data/countries.toml). Read
        from the top of each article and from the distinct surfaces, once."""
        found: set[str] = set()
        for art in self.articles:
            for hit in _DATELINE_STATE.finditer(art.text, 0, min(len(art.text), DATELINE_REACH)):
                found.add(name_key(hit.group(1)))
        titled = _state_titled()
        for f in self._surfaces.values():  # "National Bank of Velmora", "Republic of Orla"
            hit = titled.search(f.surface) if " of " in f.surface else None
            if hit is not None:
                found.add(name_key(hit.group(1)))
        words = {w for f in self._surfaces.values() for w in f.surface.split()
                 if w[:1].isupper() and w[1:].islower()}
        places = {f.key for f in self._surfaces.values() if f.label == "GPE" and " " not in f.key}
        for key in places:
            name = key.capitalize()
            forms = (name + "n", name + "ian", name + "ese") if name.endswith("a") else (
                name + "ian", name + "ese")
            if any(form in words for form in forms):
                found.add(key)
        return frozenset(k for k in found if k and k not in countries().by_key)

    def _portfolios(self) -> dict[str, set[int]]:
        """A ministry's portfolio word -> the roots of the ministries named after it in the
        corpus ("Ministry of the Interior" -> interior, "Ministry of Mines and Mining
        Industries" -> mines, "Federal Ministry of Finance" -> finance: a state's scope word
        before it says no other portfolio), read from the distinct surfaces, not from every
        mention. The later words of a portfolio count too, where no ministry's portfolio opens
        with the word: news copy calls the "Ministry of National Education" the education
        ministry and the "Ministry of Public Health" the health ministry, but "the health
        ministry" is still the "Ministry of Health" beside a "Ministry of Labour and Health" (a
        scope word or a joining word names no portfolio)."""
        found: dict[str, set[int]] = defaultdict(set)
        later: dict[str, set[int]] = defaultdict(set)
        scope = name_words().state_scope_words
        for f in self._surfaces.values():
            words = f.key.split()
            if words[:1] and words[0] in scope:
                words = words[1:]
            if f.label == "ORG" and f.node >= 0 and len(words) > 2 and words[:2] == [
                    "ministry", "of"]:
                root = self.uf.find(f.node)
                found[words[2]].add(root)
                for word in words[3:]:
                    if word not in scope and word not in _JOINING:
                        later[word].add(root)
        for word, roots in later.items():
            if word not in found:
                found[word] = roots
        return found

    def _join(self, node: int, m: MentionRecord) -> None:
        """Join a description (which has no node: most name nobody) or a soft word to the actor
        of ``node``, whose root stays root."""
        if m.label == DESC:
            self.root_of[m.index] = self.uf.find(node)
            self._joined_here.append((node, m))
        else:
            self.uf.union(node, self.node[m.index])

    def _curated_by_root(self) -> dict[int, AliasEntry]:
        """Root -> the curated entry of the clusters that hold one."""
        entries = alias_entries()
        found: dict[int, AliasEntry] = {}
        names = self.uf.names
        # the first entry of a cluster, by name, whatever the hash seed
        for node in sorted(self.fixed, key=names.__getitem__):
            if names[node].startswith("c:"):
                found.setdefault(self.uf.find(node), entries[int(names[node][2:])])
        return found


class _Cache(dict[int, _Candidate]):
    """The candidates made so far, by root, and the states the corpus writes as countries
    that each is checked against when made."""

    def __init__(self, written: frozenset[str], texts: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.written = written
        self.texts = texts  # every article's text: where a country's adjective sits


def _candidate(cache: _Cache, root: int,
               members: dict[int, list[MentionRecord]],
               curated: dict[int, AliasEntry],
               called: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})) -> _Candidate:
    """The candidate of a root, made once."""
    if root not in cache:
        cache[root] = _Candidate(members[root], curated.get(root),
                                 frozenset(called[0].get(root, ())),
                                 frozenset(called[1].get(root, ())),
                                 cache.written, cache.texts)
    return cache[root]


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_FEW = 3  # names of the corpus a description of an article that names none may choose among


def _only_body(roots: Iterable[int], head: str, types: set[str] | frozenset[str],
               rules: tuple[DescriptionRule, ...], modifiers: frozenset[str], cache: _Cache,
               members: dict[int, list[MentionRecord]], curated: dict[int, AliasEntry],
               called: tuple[dict[int, set[str]], dict[int, set[str]]]) -> int | None:
    """The one root among the roots whose candidate is of one of the types, holds the
    modifiers among its words and fits the head's rules; two or none: None (the search stops
    at a second fit)."""
    fits = _fitting(roots, head, types, rules, modifiers, cache, members, curated, called, 1)
    return fits[0] if len(fits) == 1 else None


def _fitting(roots: Iterable[int], head: str, types: set[str] | frozenset[str],
             rules: tuple[DescriptionRule, ...], modifiers: frozenset[str], cache: _Cache,
             members: dict[int, list[MentionRecord]], curated: dict[int, AliasEntry],
             called: tuple[dict[int, set[str]], dict[int, set[str]]], few: int) -> list[int]:
    """The roots among the roots whose candidate is of one of the types, holds the modifiers
    among its words and fits the head's rules, ``few`` at most: the search stops at one
    more (and so many is returned as none)."""
    fits: list[int] = []
    for root in roots:
        if not members.get(root):
            continue
        c = _candidate(cache, root, members, curated, called)
        if c.type in types and modifiers <= c.words \
                and _fits(c, head, rules, members[root], "", modifiers):
            fits.append(root)
            if len(fits) > few:
                return []
    return fits


def _story_place(fits: list[int], members: dict[int, list[MentionRecord]],
                 cache: _Cache) -> int | None:
    """Of a few places of the corpus a description fits, the one the corpus names twice as
    often as each other, and in two articles at least (its mentions are in corpus order): its
    story's ("the glacier" in an article that names none, where the corpus names the Orla
    glacier again and again and another glacier once); None if none is. Never a body: a body
    the story is about may go by a name that does not say what it is ("the union" after the
    "Velm Labour Congress"), a glacier or a valley hardly."""
    if len(fits) < 2:
        return None
    (top, root), (second, _) = sorted(((len(members[r]), r) for r in fits), reverse=True)[:2]
    named = members[root]
    return root if top >= 2 * second and named[0].article != named[-1].article \
        and cache[root].type in _PLACE_TYPES else None


def _retyped(c: _Candidate, types: set[str]) -> bool:
    """A name the tagger calls a person, but only ever as one word, set beside a description
    that names one kind of thing and never a person ("Kestrel, the state-owned pipeline
    operator, said"; "the ferry operator Kestrel"): the description says what it is, and the
    candidate takes that type (so "the operator" later fits it). A full name ("Ana Kestrel")
    stays a person, unless the tagger took it for a thing of that type elsewhere ("Orla Kasih
    Velm, the relief network," where "Orla Kasih Velm (OKV)" was tagged a body), or the corpus
    never calls it by its last word alone, as it would a person after the first mention, and
    calls it by its first word alone ("Marrow Ratings, the credit rating agency ... Marrow
    expects") or sets it beside a body's description in two articles or more ("Ostrava Mutual,
    the state insurer"; "the state insurer Ostrava Mutual"); a curated entry or a country keeps
    its own type."""
    if c.type != "PERSON" or "PERSON" in types or c.curated or c.country is not None:
        return False
    if len(types) != 1:
        # "the rating agency" (a body, a site or a happening): a body, for a name the corpus
        # writes as one
        if "ORG" not in types or not _body_named_as_one(c):
            return False
        c.type = "ORG"
        return True
    if any(len(t) != 1 for t in c.tokens) and not any(m.label in types for m in c.mentions) \
            and not _body_named_as_one(c):
        return False
    c.type = next(iter(types))
    return True


def _relative(rules: tuple[DescriptionRule, ...]) -> bool:
    """Whether every rule of a head says what one is to another ("the owner", "the organiser",
    "the mother"): "the organiser of X" says X is no organiser."""
    return all(_says_relation(rule) for rule in rules)


def _says_relation(rule: DescriptionRule) -> bool:
    """Whether a rule's head says what one is to another, learnt in one article only ("the
    parent"), not what a body is ("the charity", a ``kind_of_body`` said beside its name)."""
    return rule.match in _RELATIVE and not rule.kind_of_body


def _types_of(rules: tuple[DescriptionRule, ...]) -> set[str]:
    """The actor types a description's rules allow."""
    return {t for rule in rules for t in rule.types}


def _body_named_as_one(c: _Candidate) -> bool:
    """A full name the corpus writes as a body's, not a person's (``_retyped``): never by its
    last word alone, and by its first word alone or beside a body's description in two
    articles or more."""
    full = [t for t in c.tokens if len(t) > 1]
    alone = {t[0] for t in c.tokens if len(t) == 1}
    if not full or any(t[-1] in alone for t in full):
        return False
    return any(t[0] in alone for t in full) or c.beside_a_body > 1


def _states(roots: list[int], cache: dict[int, _Candidate]) -> set[str]:
    """The countries among the roots: the listed ones if any, else the states the corpus
    writes as countries ("Velmora", absent from the list)."""
    listed = {cache[root].country for root in roots if cache[root].listed}
    return listed or {cache[root].country for root in roots if cache[root].country}


def _state_counts(roots: list[int], cache: dict[int, _Candidate],
                  seen: dict[int, list[MentionRecord]]) -> dict[str, int]:
    """How often the article has named each country among the roots so far."""
    counts: dict[str, int] = defaultdict(int)
    for root in roots:
        if cache[root].country:
            counts[cache[root].country] += len(seen.get(root, ()))
    return counts


def _listed_first(fits: dict[int, str], cache: dict[int, _Candidate]) -> dict[int, str]:
    """Of the fits, only the listed states when there are some: a state the list lacks is a
    country for a description only where no listed one fits it."""
    if any(cache[r].listed for r in fits) and any(
            cache[r].country and not cache[r].listed for r in fits):
        return {r: why for r, why in fits.items() if not cache[r].country or cache[r].listed}
    return fits


def _happenings_first(fits: dict[int, str], cache: dict[int, _Candidate],
                      rules: tuple[DescriptionRule, ...]) -> dict[int, str]:
    """"The fire" after "the Kandor fire" and "Kandor": the happening, not the place it is
    named after, when the head has a rule for events alone and an event fits."""
    if not any(rule.types == frozenset({"EVENT"}) for rule in rules):
        return fits
    events = {root: why for root, why in fits.items() if cache[root].type == "EVENT"}
    return events or fits


def _kind_named_far(c: _Candidate, head: str, rules: tuple[DescriptionRule, ...],
                    local: list[MentionRecord], text: str, m: MentionRecord,
                    modifiers: frozenset[str]) -> bool:
    """"The regulator said" and, paragraphs below, the "Orla Flood Relief Agency": a name that
    only says the description's kind by another word (a rule that matches by the words a name
    ends with or holds; "beside" names nothing on its own), named first in a later paragraph, is
    not shown to be the one meant; a name holding the head noun itself, or the description's own
    words, may be."""
    if head in c.words or head + "s" in c.words or head in c.called or modifiers \
            or not all(rule.match in ("ends", "has", "beside") for rule in rules):
        return False
    after = next((x.start for x in local if x.start >= m.end), None)
    return after is not None and "\n\n" in text[m.end:after]


def _named_by_head(fits: dict[int, str], cache: dict[int, _Candidate], head: str,
                   rules: tuple[DescriptionRule, ...]) -> dict[int, str]:
    """"The agency" after the "Orla Water Service" and the "Tarn Weather Agency": the one
    whose name holds the head noun itself, where the head's rule also takes names holding
    other words of its kind (a ``has`` rule) and some, not all, of the fits hold it."""
    if not any(rule.match == "has" for rule in rules):
        return fits
    named = {root: why for root, why in fits.items() if head in cache[root].words}
    return named or fits


def _called_first(fits: dict[int, str], cache: dict[int, _Candidate], head: str,
                  rules: tuple[DescriptionRule, ...]) -> dict[int, str]:
    """"The hamlet" after "Orsk" and "Dravlin", where the corpus writes "the hamlet of
    Orsk": of several places that fit a head any place but a country may fit (a
    ``not_country`` rule), the ones the corpus calls by the head noun itself, when some, not
    all, are (what a name is, once said, holds in every article). Not "the country": every
    state is one, whichever the corpus happened to call so."""
    if not any(rule.match == "not_country" for rule in rules):
        return fits
    called = {root: why for root, why in fits.items() if head in cache[root].called}
    return called or fits


def _dominant(fits: dict[int, str], seen: dict[int, list[MentionRecord]], head: str,
              text: str, m: MentionRecord) -> dict[int, str]:
    """Of several actors that fit, the one the article is about: named at least twice so far,
    and at least twice as often as each other one ("Tolland Ridge Minerals Ltd ... Tolland, a
    unit of Summitvale Holdings Inc ... Tolland said ... the company said" is Tolland). News
    copy names its subject again and again and the company it mentions in passing once; with no
    such subject, the one named in the description's own paragraph when the others were named
    only in earlier ones; else the description still names nobody."""
    counts = sorted(((_times_named(seen[root], text), root) for root in fits), reverse=True)
    (top, root), (second, _) = counts[0], counts[1]
    if top >= 2 and top >= 2 * second:
        return {root: f"the {head} named most often earlier in the article ({top} times; "
                      f"another that fits, {second})"}
    # else the only one its paragraph has named: "Bergen-listed Skarvik Tankers ... its chief
    # said ... The company expects", after another company in an earlier paragraph
    return _in_paragraph(fits, seen, head, text, m)


_DEFINING = re.compile(r"[ \t]*\($")  # "Orla Ambulance Service (OAS)": the acronym it is given


def _times_named(mentions: list[MentionRecord], text: str) -> int:
    """How often the article has named an actor: an acronym given in brackets just after its
    name ("Queensland Ambulance Service (QAS)") is that naming, not another one."""
    return sum(1 for i, m in enumerate(mentions)
               if not (i and m.acronym and _DEFINING.fullmatch(text, mentions[i - 1].end,
                                                                m.start)))


def _in_paragraph(fits: dict[int, str], seen: dict[int, list[MentionRecord]], head: str,
                  text: str, m: MentionRecord) -> dict[int, str]:
    """Of several that fit, the only one named earlier in the description's own sentence
    ("Police in Dunmarrow, where the flood crested, pulled 17 people from the water", after
    Kelby in the sentence before), else the only one named earlier in its paragraph; else all
    of them still (the description names nobody)."""
    here = [r for r in fits if "\n\n" not in text[seen[r][-1].end:m.start]]
    sentence = m.item[4] if len(m.item) > 4 else None
    if sentence is not None:
        alone = [r for r in here if seen[r][-1].item[4:5] == [sentence]]
        if len(alone) == 1:
            return {alone[0]: f"the only {head} that fits named earlier in its sentence"}
    if len(here) == 1:
        return {here[0]: f"the only {head} that fits named earlier in its paragraph"}
    return fits


def _of_country_rule(surface: str,
                     rules: tuple[DescriptionRule, ...]) -> DescriptionRule | None:
    """The rule by which the description may stand for a body of a country, None if none:
    its head has such a rule and its modifiers are all words of it ("the federal
    government"; not "the provincial government"); a rule that says ``which`` needs at least
    one modifier ("the ministry" alone says not which)."""
    modifiers = fold(surface).split()[1:-1]
    for rule in rules:
        if rule.match == "of_country" and all(w in rule.words for w in modifiers) \
                and (modifiers or not rule.which):
            return rule
    return None


def _of_country(surface: str, rule: DescriptionRule | None) -> str | None:
    """The body of a country the description stands for by its rule ("government",
    "interior ministry"), None if none. A rule that says ``which`` keeps the modifiers in the
    body's name: "the interior ministry" is the country's interior ministry; one that names
    its ``body`` gives that ("the state" is the government)."""
    if rule is None:
        return None
    words = fold(surface).split()
    if rule.which:
        return " ".join(words[1:])
    return rule.body or words[-1]


def _apposed(mentions: list[MentionRecord], position: int, text: str,
             soft: set[int]) -> MentionRecord | None:
    """The name a description is in apposition to: "the miner, Tolland Ridge Minerals Ltd,
    said" and "Tolland Ridge Minerals, the miner, said" (only a comma, and titles the tagger
    left out of the name, between the two, and the pair closed by punctuation or the end of a
    line, so a list "the company, X and Y" is not one); and "the city-owned utility Northvale
    Water said", a description set straight before the name with one space between (a name
    right after a description is no list); and "the regional ambulance service (ORAS)", the
    acronym a description gives in brackets; None when there is no such name."""
    m = mentions[position]
    pairs = []
    if position + 1 < len(mentions):
        pairs.append((m, mentions[position + 1], mentions[position + 1]))
    if position > 0:
        pairs.append((mentions[position - 1], m, mentions[position - 1]))
    for left, right, other in pairs:
        if other.label == DESC or other.index in soft:
            continue
        if left is m and right.start == m.end + 1 and text[m.end] in " \t":
            return other
        gap = _APPOSITION.match(text, left.end, right.start)
        closed = _CLOSED.match(text, right.end) or (right is m and _GOES_ON.match(text, m.end))
        if gap and _only_titles(text[gap.end():right.start]) and closed:
            return other
    # "Velmora, Tarvonia's largest city, voted": the owner's possessive between the name and
    # the description, the pair closed after it
    if position > 1:
        owner, other = mentions[position - 1], mentions[position - 2]
        if _OWNER_BEFORE.fullmatch(text, owner.end, m.start) and owner.label != DESC \
                and other.label != DESC and other.index not in soft \
                and _APPOSITION.fullmatch(text, other.end, owner.start) \
                and (_CLOSED.match(text, m.end) or _GOES_ON.match(text, m.end)):
            return other
    # "the regional ambulance service (ORAS) said": the acronym it gives, where no name is set
    # beside it by a comma ("Ivo Lind, chief executive of the Orla Fishers' League (OFL)": the
    # acronym is the league's, the office his)
    after = pairs[0][1] if pairs and pairs[0][0] is m else None
    if after is not None and (after.acronym or _hyphened_acronym(after.surface)) \
            and after.label != DESC and after.index not in soft \
            and _DEFINING.fullmatch(text, m.end, after.start) \
            and text[after.end:after.end + 1] == ")":
        return after
    return None


def _hyphened_acronym(surface: str) -> bool:
    """"SES-MG", "DER-SP": a body's acronym joined by a hyphen to its state's or region's, as
    Brazilian and Spanish bodies write their short forms (the state code of ISO 3166-2:BR after
    the body's initials). Not a run of countries' or blocs' codes ("EU-US", "US-UK"): that says
    which parties, not what body ("the joint council (EU-US)")."""
    parts = surface.split("-")
    return len(parts) > 1 and all(is_acronym(part) for part in parts) \
        and not all(_country_or_bloc(part) for part in parts)


def _country_or_bloc(code: str) -> bool:
    """A country's or a bloc's short name ("US", "UK", "EU"): countries.toml, or a curated
    place or a body news copy calls a bloc (aliases.toml)."""
    if countries().country(code):
        return True
    entry = curated_entry(code)
    return entry is not None and (entry.type == "GPE" or "bloc" in entry.called)


_AFTER_A_NAME = re.compile(r"[A-Z][\w'’.-]*[)\]]?,[ \t]+$")


def _beside_a_word(text: str, m: MentionRecord) -> bool:
    """The description is set beside a capitalised word no mention holds whole ("Velmor-UNA,
    the teachers' union, said", the tagger's "Velmor" cut before the hyphen): it describes
    that word's name, whoever else the article named."""
    return bool(_AFTER_A_NAME.search(text, max(0, m.start - 40), m.start)) and bool(
        _CLOSED.match(text, m.end) or _GOES_ON.match(text, m.end))


def _only_titles(words: str) -> bool:
    """Nothing, or only title words, between the comma and the name: "The ship's master,
    Captain Anton Belyk, said" (the tagger leaves the title out of the name)."""
    titles = name_words().titles  # and an article: "the health funding council, the HFC, expects"
    return all(fold(w.rstrip(".")) in titles or w in ("the", "The") for w in words.split())


def _named_by_modifier(surface: str, pool: set[int],
                       cache: dict[int, _Candidate]) -> tuple[int, str] | None:
    """The one organisation of the pool whose name ends with one of the description's
    lowercase modifiers, a business named by its trade ("the drilling firm" -> "Oster
    Drilling"), with that word; None when none or several do. Words of scope ("national",
    "state") and short words ("new") say no trade. Only for heads of businesses (a rule that
    matches by the name's last word): "the health ministry" is no "Velm Global Health"."""
    words = _trade_words(surface)
    if not words:
        return None
    found = {(root, t[-1]) for root in pool if cache[root].type == "ORG"
             for t in cache[root].tokens if len(t) > 1 and t[-1] in words}
    if len({root for root, _ in found}) != 1:
        return None
    return min(found)


def _at_level(c: _Candidate, levels: tuple[frozenset[str], ...],
              places: set[tuple[str, ...]]) -> bool:
    """A body a description that says its level of government ("the regional office", "the
    provincial government") may stand for: its name says the level too ("PSA Regional Office",
    "Canton of Velm"), or names a place below a country ("Parliament of the Canary Islands"),
    whose level the name's place says; never a body whose name says neither ("Office of the
    President"). The n-grams of a name are few: a look-up each."""
    if all(not words.isdisjoint(c.words) for words in levels):
        return True
    return any(tuple(tokens[i:j]) in places for tokens in c.tokens
               for i in range(len(tokens)) for j in range(i + 1, min(len(tokens), i + 4) + 1))


# the words that join a ministry's portfolios ("Ministry of Labour and Social Affairs")
_JOINING = frozenset({"and", "the", "of", "for", "&"})


def _which_words(rules: tuple[DescriptionRule, ...]) -> frozenset[str]:
    """The words that say which body of a country a description is, for a head whose rule
    says so ("health" of "the health ministry"): a candidate must hold them too."""
    return frozenset(w for rule in rules if rule.which for w in rule.words)


def _trade_words(surface: str) -> set[str]:
    """A description's lowercase modifiers that may say what trade or field a body is in
    ("drilling" of "the drilling firm"): not words of scope ("national") or short ones."""
    scope = name_words().scope_words
    return {w for w in surface.split()[1:-1]
            if w.isalpha() and w.islower() and len(w) > 3 and w not in scope}


@lru_cache(maxsize=1 << 16)
def _modifiers(surface: str) -> frozenset[str]:
    """The words between a description's determiner and its head: "national statistics" of
    "the national statistics agency"; not a place's possessive, which says whose the body is
    ("the country's" of "the country's port authority"). Asked of the same surfaces again and
    again across a corpus, so kept per surface."""
    words = surface.split()[1:-1]
    if words and _is_place_possessive(words[0]):
        words = words[1:]
    return frozenset(name_tokens(" ".join(words)))


def _named_words(surface: str) -> frozenset[str]:
    """The capitalised words between "the" and its head, "Orla" of "the Orla exchange": a name
    the body it stands for must hold (not a name's possessive, "the FTU's secretary general", nor
    a backer's, "the Velm-backed group")."""
    words = surface.split()
    if words[0].lower() != "the":
        return frozenset()
    named = [w for w in words[1:-1] if w[:1].isupper() and w.isalpha()]  # "Velm-based": no
    return frozenset(name_tokens(" ".join(named))) if named else frozenset()


def _is_place_possessive(word: str) -> bool:
    """"country's", "city’s": a place's head noun with a possessive mark."""
    bare = re.sub(r"['’]s$", "", word)
    return bare != word and bare.islower() and descriptions().is_place_head(bare)


def _named_no_less(fits: dict[int, str], head: str, cache: _Cache, named_most: set[int]
                   ) -> dict[int, str]:
    """ "The capital" the corpus taught by another article's dateline is no place an article
    names less often than another one of its places: of the fits, those it called so and that
    are not named most are dropped."""
    return {r: why for r, why in fits.items() if head not in cache[r].called or r in named_most}


def _named_most(named: list[MentionRecord], root_of: list[int], cache: _Cache,
                members: dict[int, list[MentionRecord]], curated: dict[int, AliasEntry],
                called: tuple[dict[int, set[str]], dict[int, set[str]]]) -> set[int]:
    """The places below a country an article names most often (its names' roots), and the
    place of its dateline: a story about Velm names Velm more than the towns around it."""
    by_root: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in named:
        if m.label != DESC and root_of[m.index] >= 0:
            by_root[root_of[m.index]].append(m)
    for root in by_root:
        _candidate(cache, root, members, curated, called)
    places = _places_named(by_root, cache)
    most = max((len(by_root[root]) for root in places), default=0)
    text = cache.texts.get(named[0].article, "") if cache.texts and named else ""
    return {root for root in places if len(by_root[root]) == most} | {
        root for root, mentions in by_root.items()
        if any(in_dateline(m, text) for m in mentions if m.start < DATELINE_REACH)}


def _places_named(seen: dict[int, list[MentionRecord]], cache: _Cache) -> set[int]:
    """The roots named in an article that are places below a country: typed a place, tagged
    one there, or called by a place's head anywhere in the corpus ("the hamlet of Gruben",
    whatever the tagger took "Gruben" for)."""
    heads = _place_heads()
    return {root for root, mentions in seen.items() if root in cache and not cache[root].country
            and (cache[root].type in _PLACE_TYPES or not cache[root].called.isdisjoint(heads)
                 or any(m.label in _PLACE_TYPES for m in mentions))}


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """The head nouns of the description rules that describe places only."""
    return frozenset(head for head, rules in descriptions().by_head.items()
                     if any(_of_places(rule) for rule in rules))


def _of_places(rule: DescriptionRule) -> bool:
    """The rule describes places only ("the town", "the port"): a name the corpus calls by its
    head is such a place, whatever the tagger took it for (an unknown town's name is often
    tagged a body); a body's head ("the department") says nothing of the kind."""
    return bool(rule.types) and rule.types <= _PLACE_TYPES


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _fits(c: _Candidate, head: str, rules: tuple[DescriptionRule, ...],
          local: list[MentionRecord], text: str,
          modifiers: frozenset[str] = frozenset(), m_start: int = -1,
          titles: dict[int, frozenset[str]] | None = None) -> str | None:
    """Why the candidate fits the description, in words; None when it does not. A ``has``
    rule wants the description's modifiers in the name too: "the statistics agency" is the
    "Velm Bureau of Statistics", "the research agency" is not the "Data Commission"."""
    for rule in rules:
        if rule.kinds and c.kind in rule.kinds:
            return f"the only {c.kind.replace('_', ' ')} named earlier in the article"
        if (c.type not in rule.types and not (head in c.called and _of_places(rule))) \
                or not c.words.isdisjoint(rule.unless) or (rule.below_country and c.country):
            continue
        what = _TYPE_WORDS.get(c.type, "actor")
        # a dateline's "the capital" follows a preposition of place, as the dateline rule asks
        # ("raised the capital" is money), and is no place it is said to lie away from ("220
        # kilometres northwest of the capital")
        called = head in c.called and (rule.match != "dateline" or (
            _after_preposition(text, m_start) and not _located_from(text, m_start, local)))
        if called or (rule.match == "called" and head in c.called_after):
            return f"the {what} named earlier in the article that the corpus calls a {head}"
        if rule.match == "name" and ((head in c.words and head not in c.modifiers)
                                     or head + "s" in c.words or head in c.english):
            return f"the only {what} named earlier in the article with “{head}” in its name"
        if rule.match == "has" and (c.words & rule.words or c.english & rule.words) \
                and modifiers <= c.words:
            return f"the only {what} named earlier in the article whose name says it is an {head}"
        if rule.match == "ends" and not c.lasts.isdisjoint(rule.words):
            return f"the only {what} named earlier in the article whose name says it is a {head}"
        if rule.match == "starts" and not c.firsts.isdisjoint(rule.words):
            return f"the only {what} named earlier in the article that is a {head}"
        if rule.match == "listed" and c.keys & rule.names:
            return f"the only {head} named earlier in the article"
        if rule.match == "country" and c.country:
            return f"the only {head} named earlier in the article"
        if rule.match == "not_country" and not c.country:
            return f"the only {what} named earlier in the article that may be a {head}"
        if rule.match == "dateline" and any(in_dateline(m, text) for m in local) \
                and _after_preposition(text, m_start) and not _located_from(text, m_start, local):
            return f"the place of the article's dateline, the {head} it is filed from"
        if rule.match == "title" and _titled(local, rule.words, text, titles):
            return f"the only {what} the article gave the title {head} before"
    return None


def _teach_dateline(m: MentionRecord, dateline: list[MentionRecord], text: str,
                    root_of: list[int], of_form: dict[int, set[str]]) -> None:
    """A description its article's dateline settles ("KARSBY, March 3 (Reuters) - ... talks in
    the capital") says what the dateline's place is for the whole corpus: "the capital" of
    another article of the story, filed from nowhere, is Karsby where that article names it
    (wire copy calls the city it is filed from so; the features that follow it do too)."""
    head = fold(m.surface.split()[-1])
    if not any(rule.match == "dateline" for rule in descriptions().rules_for(head)):
        return
    if m.surface.split()[0].lower() != "the" or not _after_preposition(text, m.start) \
            or _located_from(text, m.start, dateline):
        return
    for place in dateline:
        of_form[root_of[place.index]].add(head)


# the state of a wire dateline, after its city: "KARSBY, Velmora, March 3 (CWN) -", "KARSBY,
# Velmora (AP) —" (a line that starts with the city in capitals)
@lru_cache(maxsize=1)
def _state_titled() -> re.Pattern[str]:
    """A name that ends with a title only a sovereign state's own bodies or formal name carry,
    "of" and a place's name of up to three words (the place: group 1)."""
    titles = "|".join(r"[ \t]+".join(re.escape(w) for w in t.split())
                      for t in countries().state_titles) or "(?!)"
    return re.compile(rf"(?i:^|[ \t])(?i:{titles})[ \t]+(?:the[ \t]+)?"
                      r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})$")


_DATELINE_STATE = re.compile(r"^[A-Z][A-Z.'’ -]+,[ \t]+([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2})"
                             r"(?=,[ \t]|[ \t]*\()", re.MULTILINE)


def _after_preposition(text: str, start: int) -> bool:
    """A preposition of place just before the description: "in the capital"."""
    return start >= 0 and bool(_PLACE_PREPOSITION.search(text, max(0, start - 12), start))


def _located_from(text: str, start: int, local: list[MentionRecord]) -> bool:
    """The description says where the dateline's own place lies from it: "In Karsby, 220
    kilometres northwest of the capital" filed from KARSBY (a place is no distance from
    itself), the place named just before in the same sentence."""
    if start < 0 or not _FROM_THE.search(text, max(0, start - 24), start):
        return False
    return any(m.end <= start and start - m.end <= _LOCATED_REACH and not in_dateline(m, text)
               and not _SENTENCE_END.search(text, m.end, start) for m in local)


_FROM_THE = re.compile(r"(?<![\w-])(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[ \t]+of"
                       r"|from)[ \t]+$", re.IGNORECASE)
_LOCATED_REACH = 60  # characters between the place and the description
_SENTENCE_END = re.compile(r"[.!?][ \t\n]|\n")
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|to|from|into|near|around|across|outside|"
                                r"inside|of)[ \t]+$", re.IGNORECASE)  # "Outside the capital,"
_CALLED_REACH = 48  # characters before a name where "the island of" counts
# the possessive pronouns before a name that make "<name> <head>" the thing's own name, as
# "the" does ("its Tellby mine")
_OWNER_DETERMINERS = ("its ", "Its ", "their ", "Their ")
_CALLED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\s+(?:the\s+)?$")
# the head noun written after the name, up to two hyphened modifiers between ("Velkor
# high-speed line"; a plain word between may be a verb: "Velkor said fire crews")
_CALLED_AFTER = re.compile(r"[ \t]+(?:[a-z]+-[a-z-]+[ \t]+){0,2}([a-z]+)(?![\w-])")
# the same, for the lone words written as a structure's name (``store.actors.structure_words``)
CALLED_AFTER, CALLED_REACH = _CALLED_AFTER, _CALLED_REACH


def _titled(local: list[MentionRecord], words: frozenset[str], text: str,
            titles: dict[int, frozenset[str]] | None = None) -> bool:
    """A mention of the candidate earlier in this article comes just after a title word, with
    only names or title words between ("Ostland Gov. Rita Harlan", "Governor of Ostland Rita
    Harlan"; not "Gov. Harlan thanks Sergeant Major Voss", where a verb comes between). The
    words before each mention are read once (``titles``, by mention index), not once for each
    description of its article."""
    if not text:
        return False  # no words before any mention
    if titles is None:
        titles = {}
    for m in local:
        found = titles.get(m.index)
        if found is None:
            found = titles[m.index] = _title_words(m, text)
        if not found.isdisjoint(words):
            return True
    return False


def _title_words(m: MentionRecord, text: str) -> frozenset[str]:
    """The words, folded, that may be the mention's title: the last four words before it, from
    the nearest back, up to and with the first that is neither capitalised nor a title
    qualifier ("Governor of Ostland Rita Harlan": governor, of, ostland)."""
    qualifiers = name_words().title_qualifiers
    before = re.findall(r"[\w]+", text[max(0, m.start - _TITLE_REACH):m.start])[-4:]
    found = []
    for word in reversed(before):
        folded = fold(word)
        found.append(folded)
        if not (word[:1].isupper() or folded in qualifiers):
            break
    return frozenset(found)
