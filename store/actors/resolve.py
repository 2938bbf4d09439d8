"""Corpus-wide actor resolution: every mention of every article, joined into actors.

Each mention starts at a node named by its match key; rules then say which nodes are one actor
(a union-find joins them). No rule compares all pairs of the corpus: names meet only through
shared keys, and every index below is a dictionary from a key to the few names that have it.

Decisions, in the order they are applied (after ``store.actors.refind`` has found again, in
every article, the names the tagger found elsewhere and missed there):

1. **Keys** (``store.actors.keys``): case, accents, full stops, "the" ... do not matter.
2. **Curated names** (``store/data/aliases.toml``): "IS", "ISIS", "Da'esh" -> Islamic State.
3. **Countries and demonyms** (``store/data/countries.toml``): a nationality word joins its
   country: "the Turkish government", "Iraqi forces", "the Russians" are about the state a
   fact-checker would look up, and the mention keeps its NORP label so the reader still sees
   it was the adjective. Words for peoples without a state ("Kurdish") stay their own actor.
4. **Partial names within an article**: a lone surname or first name ("Hifter", "Mr Guterres",
   "Kyle"), even where the tagger called it an organisation or a place, joins the one full name
   in the same article that ends (or, for a person, starts) with it, or, for a person, has it
   before its last name (a first surname: "Villaseñor" of "Ernesto Villaseñor Arriaga"); but not a
   place written as one ("in Washington" is the city, even beside George Washington), nor a
   word its article writes as a place anywhere ("growers at Varenne": "Varenne" is no surname
   of the "Petit Varenne" the tagger made a person of a wine; ``placed_words``). Two full
   names with that surname in the article: it stays apart. A double-barrelled surname written alone
   ("Varenne-Moss") joins the one full name of its article, else of the corpus, ending with it;
   so does a surname written with its particles and no given name ("Dela Torre-Villacorta", the
   particles apart, capitalised or run together: ``store.actors.particled``), a lone long
   word that sounds like the surname of its article's one full name, and a hyphenated surname
   written as one word ("Roychowdhury" of "Madhurima Roy-Chowdhury": ``store.actors.people``). A
   region's code in brackets ("(Region IV-A)") is its region within its article
   (``store.actors.regions``); a
   year and an acronym spelling an event of the article ("2030 CPH") is that year's edition
   (``store.actors.editions``), so two editions of one event stay two.
5. **Acronyms**: "Syrian Democratic Forces (SDF)" defines SDF in that article (and overrides a
   curated meaning there), and so does a body's name whatever the acronym's letters (one of its
   name in its own language: "National Disaster Management Agency (BNPB)"), but for a curated
   name, a news agency's credit; elsewhere an acronym takes its curated meaning, else a definition
   given in the corpus if all agree, else the one long name whose initials it is (GNA <->
   Government of National Accord), else stays itself. One article's "Reporters Without Borders
   (RSF)" does not turn every other article's RSF away from the Rapid Support Forces; but one
   acronym two articles define by names sharing a word that says which body ("Geophysical
   Institute", "Geophysical Institute of Orla") is one body.
6. **Shortened organisation names within an article**: "the Global Coalition" -> "Global
   Coalition to Defeat IS"; "Congress" -> "United States Congress" (a country, curated name or
   place of the article dropped: "Orrin Islands Electoral Board" -> "Electoral Board"). "Dept of
   Transport" never joins "Department of Transport Office of the Chief Auditor": what follows
   must start with a joining word, not a new head. A lone capitalised word that is not a person
   or a place written as one joins the one longer name of the article that ends with it, or
   starts with it before "of": "the Times" -> "The New York Times", "the Cape" -> "Cape of Good
   Hope"; but not a branch a body's acronym names with it ("Kelby" is not "UCU Kelby", the
   union's Kelby branch), nor, written bare, the name it ends after "of" ("flights to Tarvos":
   not the "University of Tarvos"; "the Kell said" is still the "Port of Kell"); a word the
   corpus mostly tags as a place joins no body's name ("Tarvos" is never the "Tarvos Fire
   Directorate"), nor does one its article writes as a place ("wheat at Rosario", "in
   Rosario": not the "Rosario Board of Trade" there, whatever the tagger called it), nor one
   its article writes as a route's or a structure's name ("the Kelvar line": not "Kelvar Rail
   Partners", ``store.actors.structure_words``).
   A place's body the tagger took whole from a possessive and lower-case words ("Velmora's
   water agency") joins the one body's name of its article, else of the corpus, holding all
   those words and naming no other place ("National Water Resources Agency"); a name without
   a place from another article only where that article names the owner and no other country.
   A body's name of two words or more joins the one body of the corpus named with it after
   "National" or "Federal" ("Fisheries Ministry", "Federal Ministry of Fisheries"), or after
   its country's adjective where its article names that country ("Directorate of Fisheries",
   "Norwegian Directorate of Fisheries"); and the one body of the corpus named with it and a
   complement ("Natural Resources Committee", "Natural Resources Committee of the National
   Assembly"); and a name with an acronym for some of its words the one body named with them
   written out ("Mataram SAR Office", "Mataram Search and Rescue Office":
   ``store.actors.inner_acronyms``).
   Before any of rule 6, a name of two words or more joins the one company of the corpus whose
   name starts with it and goes on to its trade or legal form ("Osgood Pryce", "Osgood Pryce
   Securities"), whatever the tagger called it, unless it is written as a place, or mostly
   tagged one where no article names both ("Harrow Bay", "Harrow Bay Company";
   ``store.actors.company_names``); a name written with a legal form ("Kessa Ropeways AG") is
   a company's there even where the tagger took it for a person's.
7. **People across articles**: full names join on their key, and a name without middle initial
   joins the one name with initials that matches it ("Thomas Kettering" -> "Thomas D.
   Kettering"; "George W. Bush" and "George H. W. Bush" stay two), and so does a name the
   corpus writes with one middle name only ("Ruth Calder" -> "Ruth Ellen Calder"), and a
   surname after initials the one full name whose first name has the first initial ("J.
   Kowalski" -> "Jan Kowalski"; with "Jerzy Kowalski" too, neither; initials run together,
   "A.K. Rawal", are initials too), and a name without its first given name the one full
   name of the corpus it ends ("Iqbal Qureshi" -> "Mohammad Iqbal Qureshi"). A lone
   surname in an article without its full name joins the corpus's one full name with that
   surname (``Kerry`` -> ``John Kerry``); with two candidates it stays apart, since two people
   surnamed Smith in different articles are two people until a full name ties them; so does a
   lone surname the tagger took for a body's ("Steiner said premiums would grow"), unless the
   corpus names a body with it first ("Steiner Group") or its article writes it as a place. A
   lone word joins the one party of the corpus named with it and "Party" ("Labour", "the
   Greens": "Labour Party", "Green Party"). A lone
   word no person of the corpus is named by (first or last name) and no rule placed joins the
   one company whose name it starts ("Orvane" -> "Orvane Mining Corporation"), whatever label
   the tagger gave it, unless an article writes it as a place ("in Orvane": the town); a
   newspaper's title word ("the Herald") the one paper of the corpus
   named with it ("The Velm Herald").
   A place named with and without its feature word is one place ("Orrin strait",
   "Orrin"; not where the corpus names another feature with it, "Orrin valley"), and so is
   a site with and without its title ("Velm Valley National Park", "Velm Valley"), unless
   the shorter is also a political place ("Suez Canal", Suez); and so is a port named
   before and after its place ("Port of Ostrud", "Ostrud Port").
8. **Spelling and transliteration variants** (``store.actors.fuzzy``): Gadhafi / Qaddafi; a
   place written in syllables and as one word ("Hà Nội", "Hanoi"; "Sài Gòn", "Saigon") is one
   place where the syllables written together are a variant of the word, and two capitalised
   words the tagger took for a body's name are the place whose word they are written together
   ("Orla Vento", "Orlavento"); two
   names that differ in a number ("the 2019 census", "the 2029 census") are never variants.
   A name of two words or more meets its variants whatever label the tagger gave each
   (a person's name it took for a body's), and whether a middle name ends in a vowel or not
   ("Juma Saidi Barwani", "Juma Said Barwani").
   b. **One happening across articles** (``store.actors.happenings``): "the 2031 Velm census",
   "the Velm census" and "the 2031 census" are one event; "the 2021 census" another; so is
   "the 2031 Census of Farms and Fisheries", its noun before a complement.
9. **Definite descriptions** (``store.actors.described``): "the ministry" joins the one actor
   named earlier in its article that fits it, with the reason kept, else the one actor of its
   article that fits it, named after it; else, where its article names nothing that fits,
   the one name of the corpus that holds its head noun and fits ("the refinery", "Karsby
   refinery"); else it names nobody ("the
   breach" aside: the one breach the corpus names after a name its article gives, else the one
   the corpus names by a date alone, "the July heatwave", else, where the corpus names none of
   its kind, one happening only described, shared by every such description); a body an
   article only describes, described again there ("the state agriculture department ... the
   department"), is one actor of its own.
10. **The reader's own edits** (the ``user`` table: merge, split), last, so they always win.

Events are actors too (keys: ``store.actors.keys``). Once actors are named, ``store.actors.parts``
links each part to the body it belongs to ("Yemen's coast guard" -> Yemen).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from store.actors.acronyms import AcronymRule
from store.actors.company_names import join_short_company_names
from store.actors.described import DESC, Descriptions
from store.actors.editions import join_editions
from store.actors.edits import apply_edits
from store.actors.fuzzy import forms_agree, variant_form
from store.actors.graph import UnionFind, collector_paused
from store.actors.happenings import Happenings
from store.actors.inner_acronyms import join_inner_acronyms
from store.actors.keys import (
    ACRO,
    LOCATIVE,
    PLACES,
    Keys,
    branch_at,
    owned_body,
    shortens_from_front,
)
from store.actors.naming import finish
from store.actors.particled import join_particled_surnames
from store.actors.parts import link_parts
from store.actors.people import (
    after_kin,
    glued_surnames,
    join_without_first_names,
    written_initials,
)
from store.actors.placed_words import dateline_words, placed_words, words_written_as_places
from store.actors.portfolios import JOINING, portfolio_pairs
from store.actors.records import ArticleMentions, Cluster, MentionRecord, SurfaceFacts, edge_words
from store.actors.refind import refound
from store.actors.regions import is_region_code, join_region_codes
from store.actors.spelling import (
    as_surname,
    loose_tokens,
    person_tokens,
    respellings,
    skeleton,
    token_phonetic,
)
from store.actors.storms import StormNames
from store.actors.structure_words import structure_words
from store.knowledge.aliases import alias_index
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold, is_acronym, name_tokens
from store.knowledge.name_words import name_words
from store.knowledge.spellings import traditions
from store.packing import pack_actor_mentions

_FORMAL = re.compile(r"\s(?:of|for)\s", re.IGNORECASE)  # "Office of Rail", not "rail office"
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]$")  # "the Kell": a body's short form, not a bare place
_COMPLEMENT = JOINING - {"and"}  # what may follow a body's name in full, across articles
# a surface's node: its article's node of its key; none (a description, joined by rule 9)
LOCAL, OWN = -1, -2

# a lone word this long that sounds as the surname of the one full name of its article is that
# surname spelt another way ("Ghvaramadze" beside "Levan Gvaramadze"): shorter words sound alike
# by chance too often
_SPELT_APART = 7

# --- the resolver -------------------------------------------------------------------------------


def _legal_form_written(surface: str) -> bool:
    """A name written with a company's legal form after two words or more ("Orsk Tunnelbau
    GmbH", "Velm Freight Ltd") is a company's, whatever the tagger took it for (often a person's);
    a form of two letters only in capitals ("SA", not the surname "Sá")."""
    words = surface.split()
    last = words[-1].rstrip(".") if len(words) > 2 else ""
    return fold(last).lower() in name_words().legal_suffixes and (len(last) > 2 or last.isupper())


class Resolver(AcronymRule, StormNames, Happenings, Descriptions):
    def __init__(self, articles: list[ArticleMentions]) -> None:
        self.articles = articles
        self._texts = {art.id: art.text for art in articles}
        self.uf = UnionFind()
        self.keys = Keys()
        self.mentions: list[MentionRecord] = []
        self.by_article: dict[str, list[MentionRecord]] = defaultdict(list)
        self.node: list[int] = []  # base node of each mention
        self.fixed: set[int] = set()  # curated and country nodes: never fuzzy-joined
        self.tentative: set[int] = set()  # mentions kept only if a rule places them
        self._aliases = alias_index()
        self._countries = countries()
        self._global: dict[str, int] = {}  # key -> its node, made once
        self._fixed: dict[str, int | None] = {}  # key -> its curated or country node, or None
        self._read()

    def global_node(self, key: str) -> int:
        """The node of a name known by its key across the corpus."""
        node = self._global.get(key)
        if node is None:
            node = self._global[key] = self.uf.node(f"g:{key}")
        return node

    # nodes
    def _read(self) -> None:
        # What a surface under a label is (its key, tokens, node) is worked out once per distinct
        # pair, in one dictionary: a corpus repeats the same few thousand names, and one lookup a
        # mention in one table costs less, at 10,000 articles, than one in each of five.
        facts: dict[tuple[str, str], SurfaceFacts] = {}
        self._surfaces = facts
        # each distinct pair's first mention, and the words in capitals settled in their article
        # (rule 5): what later rules would otherwise look for in every mention of the corpus
        first: dict[tuple[str, str], int] = {}
        self._first_mention = first
        self._local_acronyms: list[MentionRecord] = []
        # whether the mentions come in corpus order (articles by order, each in text order), as
        # a store gives them: each actor's then do too, and need no sort once grouped
        self.in_order = True
        last_order, last_start = -1, -1
        for art in self.articles:
            text = art.text
            if art.order < last_order:
                self.in_order = False
            elif art.order > last_order:
                last_order, last_start = art.order, -1
            local: dict[str, int] = {}  # key -> this article's own node of it
            mentions = self.by_article[art.id]
            for item in art.items:
                start, end, label = item[0], item[1], item[2]
                if not (0 <= start < end <= len(text)):
                    continue
                surface = text[start:end]
                f = facts.get((surface, label))
                if f is None:
                    f = facts[(surface, label)] = self._facts(surface, label)
                    first[(surface, label)] = len(self.mentions)
                if start < last_start:
                    self.in_order = False
                last_start = start
                index = len(self.mentions)
                item[3] = None  # its actor's id, filled in once resolved (none: it names nobody)
                if label == ACRO:  # a word in capitals: an acronym if the corpus says of what
                    self.tentative.add(index)
                m = MentionRecord(index, art.id, art.order, start, end, f.label, f.surface, f.key,
                                  item, f.acronym, f.loose, f.person)
                self.mentions.append(m)
                mentions.append(m)
                node = f.node
                if node == LOCAL:  # settled within the article (partial names, acronyms)
                    if f.acronym:
                        self._local_acronyms.append(m)
                    node = local.get(f.key, LOCAL)
                    if node == LOCAL:
                        node = local[f.key] = self.uf.fresh("l:")
                self.node.append(node)  # OWN for a description: it has none (rule 9)

    def _facts(self, surface: str, label: str) -> SurfaceFacts:
        if label == ACRO:
            label = "ORG"
        key = self.keys.key(surface, label)
        acronym = is_acronym(surface)
        loose = loose_tokens(surface)
        node = LOCAL if is_region_code(surface, label) else \
            self._base_node(label, key, acronym, loose)
        return SurfaceFacts(surface, label, key, acronym, loose, person_tokens(surface), node)

    def _base_node(self, label: str, key: str, acronym: bool, loose: list[str]) -> int:
        """The node a surface starts at: ``OWN`` for a description (none), ``LOCAL`` for one of
        its article's, else a node across the corpus."""
        if label == DESC:
            return OWN
        if label == "EVENT":
            return self.global_node(key)  # the storm's own name is its key
        if acronym and key not in self._countries.by_key:
            return LOCAL  # settled by the acronym rule
        fixed = self._fixed_node(key)
        if fixed is not None:
            return fixed
        if len(loose) == 1 and not acronym:
            return LOCAL  # settled by the partial-name rules
        return self.global_node(key)

    def _fixed_node(self, key: str) -> int | None:
        if key not in self._fixed:
            self._fixed[key] = self._make_fixed_node(key)
        return self._fixed[key]

    def _make_fixed_node(self, key: str) -> int | None:
        i = self._aliases.get(key)
        if i is not None:
            node = f"c:{i}"
        else:
            country = self._countries.by_key.get(key) or self._countries.demonyms.get(key)
            if country is None:
                return None
            ckey = " ".join(name_tokens(country))
            i = self._aliases.get(ckey)
            node = f"c:{i}" if i is not None else f"k:{ckey}"
        number = self.uf.node(node)
        self.fixed.add(number)
        return number

    def run(self, edits: Iterable[dict] = ()) -> list[Cluster]:
        definitions = self._acronym_definitions()
        # a name the corpus gives an acronym in brackets is a body's, whatever the tagger took it
        # for: "Yayasan Damai Flores (PKF)" is no person surnamed Flores
        self._bodies = {node for forms in self._long_forms.values() for node, _ in forms}
        self._partial_names_in_articles()
        self._double_surnames()
        join_particled_surnames(self.mentions, self.node, self.uf, self._bodies, self._texts)
        join_region_codes(self.by_article, self._texts, self.node, self.uf, self.global_node)
        # rule 6e, before the lone words are settled: "Marwick" then starts one company's
        # names, "Marwick Dale" and "Marwick Dale Capital LLC"
        places = {f.key for f in self._surfaces.values() if f.label in PLACES
                  and " " not in f.key} | set(self._countries.by_key) \
            | set(self._countries.demonyms)
        join_short_company_names(self._company_names(), self._surfaces.values(), self.mentions,
                                 self.node, self._texts, self.uf, self.fixed, places)
        self._shortened_orgs_in_articles()
        self._owned_bodies()
        self._state_scope()
        self._complemented_across_corpus()
        formal = {f.key for f in self._surfaces.values()
                  if f.label == "ORG" and _FORMAL.search(f.surface)}
        for short, long in portfolio_pairs(self._named_bodies(), formal, self._countries.demonyms,
                                           self.uf.find, self._countries_beside):
            self.uf.union(short, long)
        join_inner_acronyms(self._surfaces.values(), self.uf)
        self._people_across_articles()
        self._features()
        self._variants()
        self._surnames_across_corpus()
        self._acronyms(definitions)
        self._short_names_defined()
        self._storm_names()
        join_editions(self.mentions, self.node, self.uf)
        self._happenings()
        self._descriptions()
        edits = list(edits)
        clusters = finish(apply_edits(self._clusters(), edits),
                          ordered=self.in_order and not edits)
        if edits:
            actor_of = [-1] * len(self.mentions)  # each mention's actor, by its place in clusters
            for i, c in enumerate(clusters):
                for m in c.mentions:
                    actor_of[m.index] = i
        else:
            # the clusters as made, in their order: each mention's place among them read from
            # its group's slot in corpus order, not written from each actor's records, which at
            # 10,000 articles lie scattered over more memory than the caches hold (the loop
            # above took 27 times as long at 10,000 articles as at 1,000)
            actor_of = [slot[0] for slot in self._slots]
        # the items are filled in corpus order, the order their records were made in: not in
        # each actor's, which at 10,000 articles reaches for a record and an item far apart in
        # memory at every mention
        ids = [c.id for c in clusters]
        for m, i in zip(self.mentions, actor_of, strict=True):
            if i >= 0:
                m.item[3] = ids[i]
        link_parts(clusters, self._texts, self.mentions, actor_of)
        return clusters

    # rule 4: partial names within an article
    def _partial_names_in_articles(self) -> None:
        self._pending: list[MentionRecord] = []  # lone person names with no full name beside them
        self._orphans: list[MentionRecord] = []  # other lone words: settled after rule 6
        self._placed_lone: set[int] = set()  # lone words their article writes as a place
        texts = self._texts
        names = self.uf.names
        # the corpus's full names by their surname's sound, for rule 7b: gathered here from the
        # full names each article is read for anyway, not in a second pass over every mention
        self._surnames: dict[str, set[int]] = defaultdict(set)
        # and by their last name as written, for a lone word the tagger took for a body's
        self._last_names: dict[str, set[int]] = defaultdict(set)
        for article, mentions in self.by_article.items():
            text = texts[article]
            # "East Orla" the tagger took for a person's name is another place than Orla, no
            # full name "Orla" shortens
            full = [m for m in mentions if m.label == "PERSON" and len(m.loose) > 1
                    and self.node[m.index] not in self._bodies
                    and not _beside_a_place(m.loose)]
            by_last: dict[str, set[int]] = defaultdict(set)
            by_first: dict[str, set[int]] = defaultdict(set)
            by_middle: dict[str, set[int]] = defaultdict(set)  # "Villaseñor" of "Ernesto Villaseñor
            by_sound: dict[str, set[int]] = defaultdict(set)   # Arriaga": a first surname
            glued = glued_surnames((m for m in full if "-" in m.surface), self.node)
            placed_here: frozenset[str] | None = None  # read on the first lone word
            for m in full:
                tokens = m.person
                if tokens:
                    by_last[tokens[-1]].add(self.node[m.index])
                    sound = token_phonetic(as_surname(tokens[-1]))
                    by_sound[sound].add(self.node[m.index])
                    by_first[tokens[0]].add(self.node[m.index])
                    if len(tokens) > 2:
                        by_middle[tokens[-2]].add(self.node[m.index])
                    self._surnames[sound].add(self.node[m.index])
                    self._last_names[tokens[-1]].add(self.node[m.index])
            for m in mentions:
                node = self.node[m.index]
                if node < 0 or not names[node].startswith("l:") or m.acronym \
                        or is_region_code(m.surface, m.label):
                    continue  # a region's code is settled by its bracket, in its article
                token = m.loose[0]
                candidates = {self.uf.find(n) for n in by_last.get(token, ())}
                if not candidates and m.label == "PERSON":
                    candidates = {self.uf.find(n) for n in by_first.get(token, ())}
                if not candidates and m.label == "PERSON":
                    candidates = {self.uf.find(n) for n in by_middle.get(token, ())}
                if not candidates:  # "Roychowdhury" of "Madhurima Roy-Chowdhury"
                    candidates = {self.uf.find(n) for n in glued.get(token, ())}
                if not candidates and len(token) >= _SPELT_APART:
                    sound = token_phonetic(as_surname(token))  # compared with a surname
                    candidates = {self.uf.find(n) for n in by_sound.get(sound, ())}
                if m.label in PLACES and LOCATIVE.search(text[max(0, m.start - 24):m.start]):
                    candidates = set()  # "in Washington" is the city, not George Washington
                if placed_here is None:
                    placed_here = words_written_as_places(text) | dateline_words(mentions, text)
                placed = token in placed_here
                if placed:
                    candidates = set()  # "at Chablis" there: no "Petit Chablis" the tagger made
                    self._placed_lone.add(m.index)
                if len(candidates) == 1:
                    self.uf.union(node, candidates.pop())
                elif candidates:
                    continue  # two full names end so: the lone one stays its own actor
                elif m.label == "PERSON" and not placed:
                    self._pending.append(m)
                else:
                    self._orphans.append(m)

    # rule 4b: a double-barrelled surname written alone
    def _double_surnames(self) -> None:
        """"Varenne-Moss" joins the one full name of its article that ends with it ("Odile
        Varenne-Moss"), else the one full name of the corpus that does; its halves are not
        lone words, so rule 4 never sees it. Two full names end so: it stays apart."""
        texts = self._texts
        full: dict[tuple[str, str], set[int]] = defaultdict(set)  # (article, surname) -> nodes
        anywhere: dict[str, set[int]] = defaultdict(set)
        lone: list[tuple[MentionRecord, str]] = []
        if not any("-" in f.surface for f in self._surfaces.values()):
            return  # no name of the corpus has a hyphen: no mention to read
        for m in self.mentions:
            if "-" not in m.surface:
                continue
            written = m.surface.strip()
            if len(m.loose) < 2 or m.label == DESC or self.node[m.index] < 0:
                continue
            first, _, last = written.rpartition(" ")
            surname = " ".join(name_tokens(last))
            if not first:
                lone.append((m, surname))
            elif m.label == "PERSON" and "-" in last and self.node[m.index] not in self._bodies:
                full[(m.article, surname)].add(self.node[m.index])
                anywhere[surname].add(self.node[m.index])
        for m, surname in lone:
            before = texts[m.article][max(0, m.start - 24):m.start]
            if m.label in PLACES and LOCATIVE.search(before):
                continue
            nodes = full.get((m.article, surname)) or anywhere.get(surname, ())
            roots = {self.uf.find(n) for n in nodes}
            if len(roots) == 1:
                self.uf.union(self.node[m.index], roots.pop())

    # rule 6: shortened organisation names within an article
    def _shortened_orgs_in_articles(self) -> None:
        country_words = set(self._countries.by_key) | set(self._countries.demonyms) | set(
            self._aliases)
        scope = name_words().state_scope_words
        for mentions in self.by_article.values():
            orgs = [m for m in mentions if m.label == "ORG" and not m.acronym]
            if len(orgs) < 2:
                continue
            by_key = {m.key: self.node[m.index] for m in orgs}
            places = {m.key for m in mentions if m.label in PLACES}  # and the article's places
            longer_by_prefix: dict[str, set[str]] = defaultdict(set)
            longer_by_tail: dict[str, set[str]] = defaultdict(set)
            for key, node in by_key.items():
                tokens = key.split()
                # "the Energy Regulator" of the "National Energy Regulator of South Africa": a
                # country's own body without its "National" and its complement, in one article
                scoped = tokens[0] in scope
                for n in range(2, len(tokens)):
                    if tokens[n] in JOINING:
                        longer_by_prefix[" ".join(tokens[:n])].add(node)
                        if scoped and n >= 3:
                            longer_by_prefix[" ".join(tokens[1:n])].add(node)
                for n in range(1, len(tokens)):
                    if (head := " ".join(tokens[:n])) in country_words or head in places:
                        longer_by_tail[" ".join(tokens[n:])].add(node)
            for key, node in by_key.items():
                for index in (longer_by_prefix, longer_by_tail):
                    roots = {self.uf.find(n) for n in index.get(key, ())} - {self.uf.find(node)}
                    if len(roots) == 1:
                        self.uf.union(node, roots.pop())
        # a lone word no rule has placed: the one longer name of its article it shortens, else
        # it is known by its key across the corpus
        self._soft: list[MentionRecord] = []  # "the Alliance": settled as a description
        # what _shortened looks up, for the article of the lone words being settled: made when
        # first asked for there and dropped at the next article (the lone words come article by
        # article), not kept for every article at once
        self._edges: tuple[str | None, dict[str, list[tuple[MentionRecord, list[str]]]]] = \
            (None, {})
        # a lone word its article once writes as a place ("wheat at Rosario", "in Rosario"),
        # whatever the tagger called it there: in that article it is the place, never a body
        # named after it ("Rosario Board of Trade") nor its newspaper
        texts = self._texts
        self._placed = placed_words(
            self._orphans, (m for m in self.mentions if m.label != DESC), texts)
        # and the lone words some article writes as a place: the town, in every article, rather
        # than a company named after it ("supply Velm" beside an article filed from Velm is
        # not "Velm Regional Water")
        self._places_written = frozenset(key for _, key in self._placed)
        # "the Kelvar line": a lone word its article writes as a route's or a structure's name
        # is that, there, not the body building it ("Kelvar Rail Partners")
        self._placed |= structure_words(self._orphans, texts)
        for m in self._orphans:
            node = self.node[m.index]
            if self.uf.find(node) == node:
                target = self._shortened(m)
                if target is None:
                    target = self._fixed_node(m.key)
                if target is None and m.label == "ORG" and descriptions().rules_for(m.key):
                    self._soft.append(m)
                    continue
                self.uf.union(node, self._lone_word(m) if target is None else target)

    def _shortened(self, m: MentionRecord) -> int | None:
        """The root of the one longer name in ``m``'s article that ends with its word, or starts
        with it (``shortens_from_front``: "Cape" -> "Cape of Good Hope", "Saltmarsh" -> "Saltmarsh
        Paria Energy"); None for none or several, and for a place written as one ("Aden" is the
        city, not the Gulf of Aden). A name that ends with the word comes before one that starts
        with it: "the Observer" is "The Velm Observer", not its "Observer Weekend" supplement."""
        # a word the tagger once calls a place that the corpus mostly tags otherwise is not
        # the place there ("Gletschbau" of "Gletschbau Tiefwerke"): it shortens as a body does
        if (m.label == "PERSON" or (m.label == "GPE" and self._mostly_a_place(m.key))) \
                or self._fixed_node(m.key) is not None \
                or not m.surface.split()[-1][:1].isupper() or (m.article, m.key) in self._placed:
            return None
        word = m.key
        after_of = name_words().joining_particles | {"of"}
        roots, fronts = set(), set()
        # "Tarvos" once tagged a body is still the island, not its agency: a word the corpus
        # mostly tags as a place shortens as a place does
        label = "LOC" if m.label not in PLACES and self._mostly_a_place(word) else m.label
        if m.label == "GPE":
            label = "ORG"  # no place, by the corpus's count (above)
        article, edges = self._edges
        if article != m.article:
            edges = edge_words(self.by_article[m.article])
            self._edges = (m.article, edges)
        for other, tokens in edges.get(word, ()):  # not all: quadratic
            if other.label == DESC or (other.label == "PERSON" and not (
                    m.label == "ORG" and tokens[0] == word)):
                continue  # no person's name, but "Encuestia Canarias" the tagger took for one
            if tokens[-1] == word and _beside_a_place(tokens):
                continue  # "East Orla" is another place than Orla, a part of it or beside it
            if tokens[-1] == word and branch_at(other.surface):
                continue  # "UCU Kelby", "APHA Orla": a body's branch there, not the place
            if tokens[-1] == word and other.label not in PLACES \
                    and not after_of.isdisjoint(tokens[1:-1]) \
                    and (label != "ORG" or not _with_the(m, self._texts[m.article])):
                # "Indio" is the valley "Asociación Agraria del Río Quelcho" is of, and
                # "Tarvos", written bare, the island of the "University of Tarvos" whatever the
                # tagger called it (but "the Kell said" is the "Port of Kell")
                continue
            if tokens[-1] == word and (label == m.label or other.label in PLACES):
                roots.add(self.uf.find(self.node[other.index]))
            elif tokens[0] == word and shortens_from_front(label, self._usual_label(other),
                                                           tokens):
                fronts.add(self.uf.find(self.node[other.index]))
        roots = roots or fronts
        return roots.pop() if len(roots) == 1 else None

    _name_labels: dict[str, Counter[str]] | None = None

    def _usual_label(self, m: MentionRecord) -> str:
        """The label the corpus most often gives a name of two words or more written as ``m``
        is, where the tagger gave it a place's here: "Zelezobet Brno" tagged a person in
        two articles and a place in a third is no place in the third either (the counts made
        on first ask, one pass over the mentions)."""
        if m.label not in PLACES:
            return m.label
        if self._name_labels is None:
            labels: dict[str, Counter[str]] = defaultdict(Counter)
            for o in self.mentions:
                if len(o.loose) > 1 and o.label != DESC:
                    labels[o.key][o.label] += 1
            self._name_labels = labels
        votes = self._name_labels.get(m.key)
        if not votes:
            return m.label
        (usual, n), = votes.most_common(1)
        return usual if n > votes[m.label] else m.label

    _companies: dict[str, set[int]] | None = None

    def _lone_word(self, m: MentionRecord) -> int:
        """The node of a lone word no rule has placed in its article: the one company of the
        corpus whose name starts with it ("Orvane" in an article that never writes "Orvane
        Mining Corporation", whatever label the tagger gave it), when no person of the corpus
        has it for a first or last name and no article writes it as a place ("in Orvane", a
        wire dateline: a company is often named after its town, and the word alone is then
        the town as often as the company); else a storm's or its own (``_lone_name``)."""
        if (m.article, m.key) in self._placed:
            return self._lone_name(m)
        if self._companies is None:
            self._companies = self._companies_by_first_word()
        roots = {self.uf.find(n) for n in self._companies.get(m.key, ())} \
            if m.key not in self._places_written else set()
        if not roots and m.label == "ORG" and m.key in name_words().masthead_words:
            # "the Herald" in an article that never writes the paper's whole name: the one
            # newspaper of the corpus named with it ("The Velm Herald")
            if self._papers is None:
                self._papers = self._papers_by_last_word()
            roots = {self.uf.find(n) for n in self._papers.get(m.key, ())}
        if not roots and m.label == "ORG":
            roots = self._surname_of_one_person(m)
        if not roots and m.label in ("ORG", "NORP"):
            roots = self._party_of(m)
        if len(roots) == 1 and m.label not in PLACES and not self._mostly_a_place(m.key):
            return roots.pop()
        return self._lone_name(m)

    _parties: dict[str, set[int]] | None = None

    def _party_of(self, m: MentionRecord) -> set[int]:
        """The roots of the parties of the corpus named with the lone word ``m`` and a party's
        head ("Labour", "the Labour Party"), or with it in the singular ("the Greens", "the
        Green Party"): copy names a party again without its head word, or by its members."""
        if self._parties is None:
            heads = name_words().party_heads
            found: dict[str, set[int]] = defaultdict(set)
            for f in self._surfaces.values():
                tokens = f.key.split()
                if f.label == "ORG" and f.node >= 0 and len(tokens) == 2 and tokens[1] in heads:
                    found[tokens[0]].add(f.node)
            self._parties = found
        nodes = self._parties.get(m.key, set())
        if not nodes and m.key.endswith("s"):
            nodes = self._parties.get(m.key[:-1], set())
        return {self.uf.find(n) for n in nodes}

    _body_first_words: frozenset[str] | None = None

    def _surname_of_one_person(self, m: MentionRecord) -> set[int]:
        """The roots of the full names of the corpus whose last name is the lone word ``m``,
        tagged a body's in an article that names nobody with it ("Steiner said premiums would
        grow", where another article quotes "Mark Steiner"): the tagger reads a surname alone
        as a firm's name as often as a person's. None where the corpus names a body with the
        word first ("Steiner Insurance", "Steiner Group"): the word may be that body's."""
        if self._body_first_words is None:
            self._body_first_words = frozenset(
                f.key.split()[0] for f in self._surfaces.values()
                if f.label == "ORG" and len(f.key.split()) > 1)
        if m.key in self._body_first_words or len(m.loose) != 1 or m.index in self._placed_lone:
            return set()  # nor a word its article writes as a place ("growers at Varenne")
        return {self.uf.find(n) for n in self._last_names.get(m.loose[0], ())}

    _papers: dict[str, set[int]] | None = None

    def _papers_by_last_word(self) -> dict[str, set[int]]:
        """A newspaper's title word -> the nodes of the names of two words or more the corpus
        ends with it ("Velm Herald"), whatever label the tagger gave them, not a body's
        ("Herald Square" aside, "Ministry of the Interior Gazette" has an "of")."""
        masts = name_words().masthead_words
        found: dict[str, set[int]] = defaultdict(set)
        for f in self._surfaces.values():
            tokens = f.key.split()
            if f.label in ("ORG", "PERSON") and f.node >= 0 and len(tokens) > 1 \
                    and tokens[-1] in masts and "of" not in tokens:
                found[tokens[-1]].add(f.node)
        return found

    def _companies_by_first_word(self) -> dict[str, set[int]]:
        """A company's first word -> the nodes of the companies the corpus names with it
        (``_company_names``), not one whose first word is also a person's first or last name in
        the corpus: the word alone may be that person."""
        companies = self._company_names()
        firms = {self.uf.find(node) for _, node in companies}
        # a company's short name the tagger took for a person's ("Marwick Dale") is no person
        people = {t for f in self._surfaces.values()
                  if f.label == "PERSON" and len(f.person) > 1 and f.node >= 0
                  and self.uf.find(f.node) not in firms for t in (f.person[0], f.person[-1])}
        found: dict[str, set[int]] = defaultdict(set)
        for tokens, node in companies:
            if tokens[0] not in people:
                found[tokens[0]].add(node)
        return found

    _company_list: list[tuple[list[str], int]] | None = None

    def _company_names(self) -> list[tuple[list[str], int]]:
        """The companies the corpus names, each as its key's words and its node (made on first
        ask): an organisation's name of two words or more that ends with a word of the
        description rules for "the company" ("Orvane Mining Corporation") or another word of a
        firm's trade (``company_name_words``: "Marwick Dale Capital"), or starts with a
        group's word before two more (``company_first_words``: "Grupo Velmar Aviação"), or for
        "the lender" ("Harvel Bank", not a central or reserve bank's)."""
        if self._company_list is not None:
            return self._company_list
        words = {w for rule in descriptions().rules_for("company") if rule.match == "ends"
                 for w in rule.words}
        unless = {w for rule in descriptions().rules_for("company") for w in rule.unless}
        banks = [rule for rule in descriptions().rules_for("lender")
                 if rule.match == "ends" and not rule.words & words]
        words |= name_words().company_name_words  # "Marwick Dale Capital": no description's
        # "Grupo Velmar Aviação": a group's word before the name says it is a company
        first_words = name_words().company_first_words
        found: list[tuple[list[str], int]] = []
        for f in self._surfaces.values():
            tokens = f.key.split()
            # the name as written: "Orvane Mining Corporation" is keyed without its legal form
            if (f.label != "ORG" and not _legal_form_written(f.surface)) or f.node < 0 \
                    or len(tokens) < 2 or tokens[1] == "of":
                continue
            company = (not words.isdisjoint((tokens[-1], *f.loose[-1:]))
                       or (tokens[0] in first_words and len(tokens) > 2)) \
                and not unless & set(tokens)
            if company or any(tokens[-1] in rule.words and rule.unless.isdisjoint(tokens)
                              for rule in banks):
                found.append((tokens, f.node))
        self._company_list = found
        return found

    _place_votes: dict[str, int] | None = None

    def _mostly_a_place(self, key: str) -> bool:
        """A lone word the tagger calls a place more often than not across the corpus (its
        lone mentions counted once, on first ask): where it once calls it an organisation, it is
        still the place, not the body named after it."""
        if self._place_votes is None:
            votes: dict[str, int] = defaultdict(int)
            for o in self.mentions:
                if len(o.loose) == 1 and o.label != DESC:
                    votes[o.key] += 1 if o.label in PLACES else -1
            self._place_votes = votes
        return self._place_votes.get(key, 0) > 0

    # rule 6c: a body's name without its "National" or "Federal", or its country's adjective
    def _state_scope(self) -> None:
        """"Fisheries Ministry" (keyed "ministry of fisheries") joins the one body of the corpus
        named "Federal Ministry of Fisheries"; with a "National" and a "Federal" one, neither.
        So does "Directorate of Fisheries" the one "Norwegian Directorate of Fisheries", where
        an article naming it names Norway (or Norwegians): another country's directorate is
        not Norway's. The rest must be two words or more: a lone "Assembly" is settled in its
        article."""
        scope = name_words().state_scope_words
        demonyms = self._countries.demonyms
        bodies = self._named_bodies()
        longer: dict[str, set[int]] = defaultdict(set)
        country_of: dict[int, str] = {}  # a node named with its country's adjective -> it
        for key, node in bodies.items():
            first, _, rest = key.partition(" ")
            if (first in scope or first in demonyms) and rest in bodies and " " in rest:
                longer[rest].add(node)
                if first in demonyms:
                    country_of[node] = demonyms[first]
        named_with = self._countries_beside({bodies[rest] for rest, nodes in longer.items()
                                             if nodes & country_of.keys()})
        for rest, nodes in longer.items():
            roots = {self.uf.find(n) for n in nodes}
            states = {country_of[n] for n in nodes if n in country_of}
            if len(roots) == 1 and states <= named_with.get(bodies[rest], set()):
                self.uf.union(bodies[rest], roots.pop())

    def _named_bodies(self) -> dict[str, int]:
        """Each distinct body's name (not an acronym) -> its surface's node."""
        return {f.key: f.node for f in self._surfaces.values()
                if f.label == "ORG" and f.node >= 0 and not f.acronym}

    # rule 6d: a body's name without the complement another article gives it
    def _complemented_across_corpus(self) -> None:
        """"Natural Resources Committee" joins the one body of the corpus named with it and a
        complement after "of", "for", "to", "on", "in" or "against" ("Natural Resources
        Committee of the National Assembly", "Solsticio Centre for Climate and Health"),
        whichever articles they stand in; a name of two words or more with no such word of its
        own ("Ministry of Health" is not shortened from "Ministry of Health of Orla"), and not
        after "and" (another portfolio: "Department of Water and Sanitation"). From the
        distinct surfaces."""
        bodies = self._named_bodies()
        longer: dict[str, set[int]] = defaultdict(set)
        for key, node in bodies.items():
            tokens = key.split()
            for n in range(2, len(tokens) - 1):
                if tokens[n] in _COMPLEMENT:
                    prefix = " ".join(tokens[:n])
                    if prefix in bodies and not _COMPLEMENT.intersection(tokens[:n]):
                        longer[prefix].add(node)
                    break
        for prefix, nodes in longer.items():
            roots = {self.uf.find(n) for n in nodes}
            if len(roots) == 1:
                self.uf.union(bodies[prefix], roots.pop())

    def _countries_beside(self, nodes: set[int]) -> dict[int, set[str]]:
        """Of each of ``nodes``, the countries the articles naming it name (by their names or
        their people's words); one pass over the corpus, and none when there are no nodes."""
        found: dict[int, set[str]] = defaultdict(set)
        if not nodes:
            return found
        by_key, demonyms = self._countries.by_key, self._countries.demonyms
        for mentions in self.by_article.values():
            here = {self.node[m.index] for m in mentions} & nodes
            if here:
                states = {by_key.get(m.key) or demonyms[m.key] for m in mentions
                          if m.key in by_key or m.key in demonyms}
                for node in here:
                    found[node] |= states
        return found

    # rule 6b: a place's body written with a possessive
    def _owned_bodies(self) -> None:
        """"Velmora's water agency" (the tagger's name for a description) joins the one body's
        name of its article, else of the corpus, holding all its lower-case words and naming no
        place but its owner: "National Water Resources Agency", "Dravic National Bureau of
        Statistics"; with none such, its words before the head noun in a name the head's rule
        in the descriptions file takes for a body of that kind ("Velmora's energy regulator",
        "Energy Regulatory Office": a regulator's name may end in "office"); two such names, or
        only one naming another place, and it stays apart."""
        owned: dict[tuple[str, str], tuple[str, list[str]]] = {}
        for pair, f in self._surfaces.items():
            if f.label == "ORG" and f.node >= 0 and (body := owned_body(f.surface)):
                owned[pair] = body
        if not owned:
            return
        wanted = {w for _, words in owned.values() for w in words}
        by_word: dict[str, set[int]] = defaultdict(set)
        keys: dict[int, list[str]] = {}
        for pair, f in self._surfaces.items():
            if f.label == "ORG" and f.node >= 0 and not f.acronym and pair not in owned:
                tokens = f.key.split()
                for w in wanted.intersection(tokens):
                    by_word[w].add(f.node)
                    keys[f.node] = tokens
        places = {f.key for f in self._surfaces.values() if f.label in PLACES or
                  f.label == "NORP"} | set(self._countries.by_key) | set(self._countries.demonyms)
        states: dict[int, set[str]] | None = None
        adjectives: dict[str, set[str]] = defaultdict(set)  # a country -> its demonyms' keys
        for demonym, country in self._countries.demonyms.items():
            adjectives[country].add(demonym)
        for m in self.mentions:
            body = owned.get((m.surface, m.label))
            if body is None:
                continue
            owner, words = body
            fits = set.intersection(*(by_word.get(w, set()) for w in words)) or {
                n for n in set.intersection(*(by_word.get(w, set()) for w in words[:-1]))
                if _of_kind(words[-1], keys[n])}
            key = " ".join(name_tokens(owner))
            if not fits:  # "Orla's coast guard", "Orla Maritime Guard": the owner's own name
                fits = {n for n in by_word.get(words[-1], ()) if _named_by_owner(
                    key.split(), words[-1], keys[n])}
            country = self._countries.by_key.get(key, "")
            own = {key, " ".join(name_tokens(country)), *adjectives.get(country, ())}
            fits = {n for n in fits if not _other_place(keys[n], places, own)}
            named = {n for n in fits if _other_place(keys[n], places, set())}  # by the owner
            here = {self.node[o.index] for o in self.by_article[m.article]} & fits
            if not here and not named:  # elsewhere, a name without a place: in an article
                # that names the owner's country and no other ("Ministry of Health" beside
                # Chad is not Sudan's health ministry)
                if states is None:
                    states = self._states_by_node(set(keys), {
                        " ".join(name_tokens(o)) for o, _ in owned.values()})
                fits = {n for n in fits if states.get(n, set()) & own}
            pool = here & named or here or named or fits
            roots = {self.uf.find(n) for n in pool} - {self.uf.find(self.node[m.index])}
            if len(roots) == 1:
                self.uf.union(self.node[m.index], roots.pop())

    def _states_by_node(self, nodes: set[int], owners: set[str]) -> dict[int, set[str]]:
        """Of each of ``nodes``, the country keys of the articles naming it that name one
        country only (by its name or its people's word; an owner of a body counts as one)."""
        found: dict[int, set[str]] = defaultdict(set)
        by_key, demonyms = self._countries.by_key, self._countries.demonyms
        for mentions in self.by_article.values():
            states = {m.key for m in mentions if m.key in by_key or m.key in demonyms
                      or m.key in owners}
            named = {by_key.get(k) or demonyms.get(k) or k for k in states}
            if len(named) != 1:
                continue
            for m in mentions:
                if self.node[m.index] in nodes:
                    found[self.node[m.index]] |= states
        return found

    # rule 7a: full names across articles, middle initials
    def _people_across_articles(self) -> None:
        plain: dict[tuple[str, str], set[int]] = defaultdict(set)
        with_initials: dict[tuple[str, str], set[int]] = defaultdict(set)
        # first and last name -> the middle names written between them -> the nodes
        middles: dict[tuple[str, str], dict[tuple[str, ...], set[int]]] = defaultdict(
            lambda: defaultdict(set))
        by_initial: dict[tuple[str, str], set[int]] = defaultdict(set)  # ("j", "kowalski")
        people: list[tuple[list[str], int]] = []  # for the names without a first given name
        for tokens, raw, node in self._full_names():
            people.append((tokens, node))
            target = with_initials if len(raw) > len(tokens) else plain
            target[(tokens[0], tokens[-1])].add(node)
            middles[(tokens[0], tokens[-1])][tuple(tokens[1:-1])].add(node)
            by_initial[(tokens[0][0], tokens[-1])].add(node)
        for pair, nodes in plain.items():
            keyed = {self.uf.find(n) for n in with_initials.get(pair, ())}
            if len(keyed) == 1:
                target = keyed.pop()
                for node in nodes:
                    self.uf.union(node, target)
        # "Ruth Calder" and "Ruth Ellen Calder": one person where the corpus writes that first
        # and last name with one middle name only (two middle names: two people, or not sure);
        # and so "Severino Bezerra Tavora" and "Severino Arruda Bezerra-Tavora", where the
        # middle names of every form are some of the longest form's, in its order (a double
        # surname written with a space, a second given name left out)
        together: dict[int, set[int]] | None = None  # a full name's node -> its articles
        for found in middles.values():
            if len(found) > 1:
                if together is None:
                    wanted = {n for f in middles.values() if len(f) > 1 for ns in f.values()
                              for n in ns}
                    together = defaultdict(set)
                    for m in self.mentions:
                        if self.node[m.index] in wanted and m.label == "PERSON":
                            together[self.node[m.index]].add(m.article)
                for nodes in _one_fullest(found, together):
                    for node in nodes[1:]:
                        self.uf.union(nodes[0], node)
        self._initialled_people(by_initial)
        mislabelled = [(f.person, f.node) for f in self._surfaces.values()
                       if f.label == "ORG" and f.node >= 0 and len(f.person) >= 3]
        if people:
            wanted = {node for _, node in people} | {node for _, node in mislabelled}
            articles: dict[int, set[str]] = defaultdict(set)
            kin: set[int] = set()
            for m in self.mentions:
                node = self.node[m.index]
                if node in wanted:
                    articles[node].add(m.article)
                    if after_kin(self._texts[m.article], m.start):
                        kin.add(node)
            join_without_first_names(people, self.uf, articles, mislabelled, frozenset(kin))

    def _initialled_people(self, by_initial: dict[tuple[str, str], set[int]]) -> None:
        """"J. Kowalski", "J. A. Kowalski": a surname after initials only is the one full name
        of the corpus with that surname whose first name starts with the first initial ("Jan
        Kowalski"); with two such ("Jan", "Jerzy"), nobody. One dictionary from (initial,
        surname) to the full names' nodes (``by_initial``, gathered with the full names), and
        the distinct surfaces read once: a lookup a name."""
        for f in list(self._surfaces.values()):
            loose = f.loose
            if f.label != "PERSON" or f.node < 0 or len(loose) < 2 or len(loose[-1]) < 2:
                continue
            # initials apart ("J. A. Kowalski") or run together ("A.K. Rawal": one word folded)
            if not all(len(t) == 1 for t in loose[:-1]) and (
                    len(loose) != 2 or written_initials(f.surface) != loose[0]):
                continue
            roots = {self.uf.find(n) for n in by_initial.get((loose[0][0], loose[-1]), ())} \
                - {self.uf.find(f.node)}  # "A.K. Rawal" is a full name of its own there
            if len(roots) == 1:
                self.uf.union(f.node, roots.pop())

    def _full_names(self) -> Iterator[tuple[list[str], list[str], int]]:
        """Each person's name of two words or more the corpus writes, as (its person tokens,
        its loose tokens, its node), in the order first written: read from the distinct
        surfaces, whose node is every mention's, not from every mention of the corpus (a name
        in capitals has its article's node: its mentions are read, last)."""
        local: set[str] = set()
        for f in self._surfaces.values():
            if f.label == "PERSON" and len(f.person) >= 2:
                if f.node >= 0:
                    yield f.person, f.loose, f.node
                else:
                    local.add(f.surface)
        if local:
            for m in self.mentions:
                if m.label == "PERSON" and m.surface in local:
                    yield m.person, m.loose, self.node[m.index]

    # rule 7c: a place named with and without its feature word
    def _features(self) -> None:
        """"Orrin strait" and "Orrin" are one place, where the shorter name is
        never a political place or a people ("Suez Canal" and the city of Suez
        stay two, and so do "Malacca Strait" and Malacca), and the corpus names no other
        feature with it ("Velder glacier" and "Velder valley": "Velder" is neither)."""
        features = name_words().feature_words
        # "Velm Valley National Park" and "Velm Valley": a site with and without its title
        titles = [" " + " ".join(name_tokens(t)) for t in name_words().site_titles]
        other = {f.key for f in self._surfaces.values() if f.label in ("GPE", "NORP")}
        for key, node in self._global.items():
            head, _, last = key.rpartition(" ")
            bare = self._global.get(head) if last in features else None
            if bare is not None and sum(f"{head} {f}" in self._global for f in features) > 1:
                bare = None  # "Velder glacier" and "Velder valley": "Velder" is neither
            if bare is None:
                head = next((key[:-len(t)] for t in titles if key.endswith(t)), "")
                bare = self._global.get(head) if head else None
                if bare is not None and any(f"{head} {f}" in self._global for f in features):
                    bare = None  # "Vaal" is also the "Vaal River": the dam is not it
            if bare is not None and head not in other and key not in other:
                self.uf.union(bare, node)
        # "the Port of Ostrud" and "Ostrud Port": a head written before the place with "of"
        # or after it, for one place (names.toml's either_side_heads)
        either = name_words().either_side_heads
        for key, node in list(self._global.items()):
            head, of, place = key.partition(" of ")
            if of and head in either and (after := self._global.get(f"{place} {head}")) is not None:
                self.uf.union(node, after)

    # rule 8: transliteration variants, within skeleton blocks
    def _variants(self) -> None:
        reps: dict[int, tuple[str, str]] = {}  # node -> (surface, label group)
        names = self.uf.names
        lone: dict[int, str] = {}  # a one-word place's lone-word node -> its surface
        for m in self.mentions:
            node = self.node[m.index]
            if node < 0 or node in reps or m.acronym:
                continue
            if names[node].startswith("g:"):
                reps[node] = (as_surname(m.surface), "PERSON") if m.label == "PERSON" else (
                    m.surface, "PLACE" if m.label in PLACES else "OTHER")
            elif m.label in PLACES and names[node].startswith("l:"):
                lone.setdefault(node, m.surface)
        blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
        joined: dict[int, str] = {}  # a place in syllables, written together: "Hà Nội" as "HàNội"
        for node, (surface, group) in reps.items():
            words = surface.split()
            # a name of two words or more the tagger called a body in one article and a person
            # in another ("Clodagh Mac Conmara" after "said", tagged an organisation) is
            # compared with both: its words, not its label, say whose spelling it is
            named = group != "PLACE" and len(words) > 1
            blocks[("NAMED", _open_ended(skeleton(surface))) if named
                   else (group, skeleton(surface))].append(node)
            # in syllables with its own language's marks ("Hà Nội") it is the place whatever
            # the tagger took it for; without them a person's ("Wu Han") may sound the same
            marked = group == "PERSON" and fold(surface) != surface.lower()
            if (group == "PLACE" or marked) and 1 < len(words) < 4 \
                    and all(w[:1].isupper() for w in words):
                joined[node] = "".join(words)
                blocks[("joined", skeleton(joined[node]))].append(node)
        for node, surface in [*((n, s) for n, (s, g) in reps.items() if g == "PLACE"),
                              *lone.items()]:
            if " " not in surface and ("joined", skeleton(surface)) in blocks:
                reps.setdefault(node, (surface, "PLACE"))
                blocks[("joined", skeleton(surface))].append(node)
        self._written_apart(reps, lone)
        # a person's full name as each romanisation tradition writes it ("Giannis Vlachos",
        # "Yiannis Vlahos"): a block of its own per tradition, compared only where a rule
        # changed one of its names (else the plain block has compared them)
        respelled: dict[tuple[str, int], str] = {}
        changed: set[str] = set()
        plains: dict[int, str] = {}
        exact = {t.name for t in traditions() if t.exact}
        for node, (surface, group) in reps.items():
            if group != "PERSON":
                continue
            plain = plains[node] = " ".join(person_tokens(surface))
            for tradition, name in respellings(surface):
                key = "spelled " + tradition
                respelled[(key, node)] = name
                blocks[(key, skeleton(name))].append(node)
                if name != plain:
                    changed.add(key + " " + skeleton(name))
        fixed_roots = {self.uf.find(f) for f in self.fixed}
        for (group, shape), nodes in blocks.items():
            together = group == "joined"  # one name in syllables beside one written as a word
            spelled = group.startswith("spelled ")
            if spelled and f"{group} {shape}" not in changed:
                continue
            forms = {n: variant_form(respelled[(group, n)] if spelled else
                                     joined[n] if together and n in joined else reps[n][0])
                     for n in nodes} if len(nodes) > 1 else {}
            for i, a in enumerate(nodes):
                for b in nodes[i + 1:]:
                    ra, rb = self.uf.find(a), self.uf.find(b)
                    if ra == rb or (ra in fixed_roots and rb in fixed_roots):
                        continue
                    if together and (a in joined) == (b in joined):
                        continue
                    if spelled and (plains[a] == plains[b] or (
                            group[len("spelled "):] in exact
                            and respelled[(group, a)] != respelled[(group, b)])):
                        continue  # the plain block judged one spelling; a strict tradition
                    if forms_agree(forms[a], forms[b]):
                        root = self.uf.union(a, b)
                        if ra in fixed_roots or rb in fixed_roots:
                            fixed_roots.add(root)

    def _written_apart(self, reps: dict[int, tuple[str, str]], lone: dict[int, str]) -> None:
        """"Orla Vento", tagged a body's name, beside the place "Orlavento": a place's one word
        written as two capitalised words is that place whatever the tagger took it for, where
        the two written together are the word itself (a variant needs the place's own label)."""
        places: dict[str, int] = {}
        for node, surface in [*((n, s) for n, (s, g) in reps.items() if g == "PLACE"),
                              *lone.items()]:
            if " " not in surface:
                places.setdefault(fold(surface).lower(), node)
        if not places:
            return
        for node, (surface, group) in reps.items():
            words = surface.split()
            if group == "OTHER" and 1 < len(words) < 4 \
                    and all(w[:1].isupper() and not w.isupper() for w in words) \
                    and (place := places.get(fold("".join(words)).lower())) is not None:
                self.uf.union(place, node)

    # rule 7b: lone surnames across the corpus
    def _surnames_across_corpus(self) -> None:
        surnames = self._surnames  # by sound: Gaddafi finds Gadhafi (gathered by rule 4)
        for m in self._pending:
            node = self.node[m.index]
            token = token_phonetic(as_surname(m.loose[0]))
            roots = {self.uf.find(n) for n in surnames.get(token, ())}
            if len(roots) == 1:
                self.uf.union(node, roots.pop())
            elif not roots:
                self.uf.union(node, self._lone_word(m))
            # two or more people with that surname: it stays its own actor in its article

    # clusters
    def _clusters(self) -> list[Cluster]:
        # each root's mentions and its slot, which holds its place among the clusters once they
        # are made (-1: none); each mention's slot is kept in corpus order (``self._slots``)
        groups: dict[int, tuple[list[MentionRecord], list[int]]] = {}
        nowhere = [-1]
        slots: list[list[int]] = []
        self._slots = slots
        root_of = self.root_of  # the names' roots, as the description rule left them
        find = self.uf.find
        for m in self.mentions:
            root = root_of[m.index]
            if root < 0:
                node = self.node[m.index]
                if node < 0:
                    slots.append(nowhere)
                    continue  # a description that names nobody
                root = find(node)
            group = groups.get(root)
            if group is None:
                group = groups[root] = ([m], [-1])
            else:
                group[0].append(m)
            slots.append(group[1])
        names = self.uf.names
        fixed_by_root: dict[int, list[str]] = defaultdict(list)
        # the country picked below: one, whatever the hash seed (by name, not by number)
        for node in sorted(self.fixed, key=names.__getitem__):
            fixed_by_root[find(node)].append(names[node])
        given = {find(node): name for node, name in sorted(self.given.items(),
                                                            key=lambda kv: names[kv[0]])}
        given_types = {find(node): kind for node, kind in self.given_types.items()}
        reasons: dict[int, list[tuple[str, int, int, str]]] = defaultdict(list)
        for index, reason in self.reasons.items():  # the few joined descriptions, not every name
            m = self.mentions[index]
            root = root_of[index]
            reasons[root if root >= 0 else find(self.node[index])].append(
                (m.article, m.start, m.end, reason))
        clusters = []
        for root, (members, slot) in groups.items():
            if root not in given and all(m.label == DESC or m.index in self.tentative
                                         for m in members):
                continue  # a description that fits no one, a word in capitals no one defines
            cluster = Cluster(members, given_name=given.get(root),
                              given_type=given_types.get(root, "ORG"))
            cluster.reasons = reasons.get(root, [])
            fixed = fixed_by_root.get(root, [])
            for node in sorted(fixed):  # the first curated entry in file order, else a country
                if node.startswith("c:"):
                    cluster.curated = int(node[2:])
                    break
            else:
                if fixed:
                    cluster.country = self._country_name(fixed[0][2:])
            slot[0] = len(clusters)
            clusters.append(cluster)
        return clusters

    def _country_name(self, key: str) -> str | None:
        return self._countries.by_key.get(key)


# --- rows ---------------------------------------------------------------------------------------


def actor_rows(clusters: list[Cluster]) -> list[dict]:
    rows = []
    for c in clusters:
        rows.append({
            "id": c.id, "name": c.name, "type": c.type, "kind": c.kind, "aliases": c.aliases,
            "n_mentions": len(c.mentions),
            "articles": sorted({m.article for m in c.mentions}),
            "mentions": pack_actor_mentions([(m.article, m.start, m.end) for m in c.mentions]),
            "part_of": c.part_of,
            "reasons": [list(r) for r in sorted(c.reasons)],
            "edits": list(c.edits),
        })
    return rows


def resolve_articles(articles: list[ArticleMentions], edits: Iterable[dict] = ()) -> list[Cluster]:
    """Resolve every mention of these articles and fill its actor id into its item (with the
    collector paused: ``store.actors.graph.collector_paused``)."""
    with collector_paused():
        # each mention's item holds its actor's id once resolved
        return Resolver(refound(articles)).run(edits)


def _one_fullest(found: dict[tuple[str, ...], set[int]],
                 articles: dict[int, set[int]]) -> list[list[int]]:
    """The nodes of one person's forms written with one first and last name: where one form has
    the most middle names and every other form's middle names are some of its, in its order,
    all of them; else none (two forms of as many middle names, or one that says another name:
    two people, or not sure). Two forms that both have middle names and are written in one
    article are two people (a father and his son: "George Herbert Walker Bush ... his son
    George Walker Bush"); then none join ("George Bush" may be either). A form that leaves
    out two middle names or more joins none: one level of middle names only."""
    longest = max(found, key=len)
    if sum(len(middle) == len(longest) for middle in found) > 1 \
            or not all(_in_order(middle, longest) for middle in found):
        return []
    named = [middle for middle in found if middle]
    seen = {middle: {a for n in found[middle] for a in articles.get(n, ())} for middle in named}
    if any(seen[a] & seen[b] for i, a in enumerate(named) for b in named[i + 1:]):
        return []
    near = [middle for middle in found if len(longest) - len(middle) <= 1]  # one level only
    return [[node for middle in near for node in sorted(found[middle])]] if len(near) > 1 else []


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Every word of ``part`` is a word of ``whole``, in the same order."""
    words = iter(whole)
    return all(word in words for word in part)


def _named_by_owner(owner: list[str], head: str, tokens: list[str]) -> bool:
    """A body's name (its words) that holds its owner's name and ends with the head noun of a
    description of the owner's body, or has it before its complement: "Orla Maritime Guard",
    "Maritime Guard of Orla" for "Orla's coast guard", whose other words the name need not
    hold. Asked only where no name holds those words."""
    if len(tokens) < len(owner) + 2:
        return False
    at = next((i for i in range(len(tokens) - len(owner) + 1)
               if tokens[i:i + len(owner)] == owner), None)
    if at is None:
        return False
    ends = {tokens[-1], *(tokens[i - 1] for i, t in enumerate(tokens) if i and t in _COMPLEMENT)}
    return head in ends


def _of_kind(head: str, tokens: list[str]) -> bool:
    """A body's name (its words) that the head noun's rule in the descriptions file takes for a
    body of that kind without the noun itself: "regulator" for a name ending in "office" or
    "commission", or whose head before its complement is one ("Drug Regulatory Authority of
    Velmora": the authority of Velmora), "agency" for one holding "institute" or "bureau".
    The head before a complement counts only when it names a regulating body itself: an
    "Office for National Statistics" is no "statistics regulator"."""
    ends = {tokens[-1], *(tokens[i - 1] for i, t in enumerate(tokens[:-1])
                          if i and t in _COMPLEMENT and tokens[i - 1] in _RULING_HEADS)}
    return any("ORG" in rule.types and (
        (rule.match == "ends" and not rule.words.isdisjoint(ends))
        or (rule.match == "has" and not rule.words.isdisjoint(tokens)))
        for rule in descriptions().rules_for(head))


_COMPLEMENT = frozenset({"of", "for"})  # what opens a name's complement after its head noun
# heads that say a body regulates whatever its complement names ("Authority of Velmora",
# "Commission for Orsk"); an office, bureau or institute "for" a subject may only serve it.
# Source: WordNet 3.1, regulatory_agency.n.01 and its synonyms.
_RULING_HEADS = frozenset({"authority", "regulator", "commission", "inspectorate", "agency",
                           "commissioner", "ombudsman"})


def _other_place(tokens: list[str], places: set[str], own: set[str]) -> bool:
    """Whether a name's words (its key's) hold a place's name, of up to three words, other
    than its owner's: "Corvia Port Authority" is no body of Orlan's."""
    return any((gram := " ".join(tokens[i:i + n])) in places and gram not in own
               for n in (1, 2, 3) for i in range(len(tokens) - n + 1))


def _with_the(m: MentionRecord, text: str) -> bool:
    """Whether a mention is written with "the" before it ("the Kell said"), inside its span or
    just before it: a body's short form, where a place is written bare ("flights to Kell")."""
    return m.surface[:4].lower() == "the " or _THE_BEFORE.search(
        text, max(0, m.start - 4), m.start) is not None


def _open_ended(shape: str) -> str:
    """A name's skeleton with the final vowel of each middle word left open: a middle name (a
    father's name, in East African and Arabic naming) is written with and without it ("Juma
    Saidi Barwani", "Juma Said Barwani"), so such names meet to be compared; a given name and a
    surname keep it ("Jan", "Jana"; "Browne", "Brown" are other names)."""
    words = shape.split(" ")
    if len(words) < 3:
        return shape
    first, *middle, last = words
    return " ".join([first, *(w[:-1] if len(w) > 1 and w.endswith("a") else w for w in middle),
                     last])


def _beside_a_place(tokens: tuple[str, ...] | list[str]) -> bool:
    """ "East Orla": a compass word and a place's name, another place than the name alone (a
    part of it or beside it), whatever the tagger took it for."""
    return len(tokens) == 2 and tokens[0] in name_words().compass_words
