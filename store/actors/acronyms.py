"""Rule 5 of actor resolution (``store.actors.resolve``): acronyms.

"Syrian Democratic Forces (SDF)", or "Syrian Democratic Forces, known as SDF", defines SDF in
that article (and overrides a curated meaning there); elsewhere an acronym takes its curated
meaning, else a definition given in the corpus if all agree, else the one long name whose
initials it is (GNA <-> Government of National Accord), else stays itself. Mixed into
``Resolver``, whose union-find, mentions and nodes it uses.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from store.actors.described import DESC
from store.actors.records import MentionRecord
from store.actors.spelling import token_phonetic
from store.knowledge.countries import countries
from store.knowledge.folding import initials, is_short_form, name_tokens
from store.knowledge.foreign_heads import foreign_heads
from store.knowledge.name_words import name_words

# the rest of a long name the tagger cut short, before the bracket of its acronym: a short
# lower-case joining word or none, then capitalised words ("e Speleologico (", "and Rescue (")
_NAME_TAIL = re.compile(r"\s+((?:[a-z]{1,3}\s+)?(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)\s*\(\s*")
# "the National Institute of Statistics, known as NIS, said": the acronym's definition too
_KNOWN_AS = re.compile(r",?[ \t]+(?:also[ \t]+|better[ \t]+|commonly[ \t]+)?known[ \t]+as[ \t]+")


class AcronymRule:
    """The acronym rule's two passes: definitions in the text, then every acronym settled."""

    def _acronym_definitions(self) -> dict[tuple[str, str], int]:
        """(article, acronym key) -> node of the long name defined beside it in the text."""
        found: dict[tuple[str, str], int] = {}
        self._short_names: list[tuple[int, int]] = []  # (long name's node, short name's node)
        # acronym key -> the long names the articles define it with: (node, surface)
        self._long_forms: dict[str, set[tuple[int, str]]] = defaultdict(set)
        for art in self.articles:
            mentions = self.by_article.get(art.id, [])
            for a, b in itertools.pairwise(mentions):
                if b.start - a.end > 24 or (art.text.find("(", a.end, b.start) < 0
                                            and art.text.find("known", a.end, b.start) < 0):
                    continue  # no bracket nor "known as" between them: no definition
                gap = art.text[a.end:b.start]
                after = art.text[b.end:b.end + 3]
                tail = _NAME_TAIL.fullmatch(gap)
                if tail and b.acronym and not a.acronym and re.match(r"\s*\)", after) and (
                        b.surface.replace(".", "").upper() in initials(
                            f"{a.surface} {tail.group(1)}")) and DESC not in (a.label, b.label):
                    # "Corpo Nazionale Soccorso Alpino e Speleologico (CNSAS)" with the name
                    # cut short by the tagger before "e Speleologico": its initials say whose
                    found[(art.id, b.key)] = self.node[a.index]
                    self._long_forms[b.key].add((self.node[a.index], a.surface))
                    continue
                if not (re.fullmatch(r"\s*\(\s*", gap) and re.match(r"\s*\)", after)) \
                        and not (_KNOWN_AS.fullmatch(gap) and b.acronym):
                    continue
                if DESC in (a.label, b.label):
                    continue  # "the agency (INGD)" defines nothing: no name, no node
                if b.acronym and not a.acronym and (
                        _may_define(b.surface, a.surface, a.label)
                        or (a.label == "ORG" and b.key not in self._aliases)):
                    found[(art.id, b.key)] = self.node[a.index]
                    self._long_forms[b.key].add((self.node[a.index], a.surface))
                elif a.acronym and not b.acronym and _may_define(a.surface, b.surface, b.label):
                    found[(art.id, a.key)] = self.node[b.index]
                    self._long_forms[a.key].add((self.node[b.index], b.surface))
                elif _short_name(a, b, art.text):
                    self._short_names.append((self.node[a.index], self.node[b.index]))
        return found

    def _short_names_defined(self) -> None:
        """"the Ministry of Finance (Treasuria)": the one word in brackets after a body's name is
        its short name, wherever the corpus uses it."""
        for long, short in self._short_names:
            self.uf.union(long, short)

    def _one_body_defined_apart(self) -> None:
        """"Geophysical Institute (IGO)" in one article, "Geophysical Institute of Orla (IGO)"
        in another: one acronym that two articles define by long names that share a word is one
        body, its name shortened in one, or written in its own language in the other. A shared
        word counts by its first five letters as it sounds ("geophysical", "geophysics",
        "geofísico") and only when it says which body: no
        head noun ("institute"), country or word of scope ("national"): the National
        Intelligence Service and the National Institute of Statistics stay two NIS."""
        for forms in self._long_forms.values():
            nodes = {node for node, _ in forms}
            if len({self.uf.find(n) for n in nodes}) < 2:
                continue
            for (a, one), (b, other) in itertools.combinations(sorted(forms), 2):
                sound = _foreign_headed(one) or _foreign_headed(other)
                if _which_stems(one, sound) & _which_stems(other, sound):
                    self.uf.union(a, b)

    def _translated_definitions(self) -> None:
        """"Comissão do Mercado de Valores Mobiliários (CMVM)" in one article, "the Portuguese
        Securities Market Commission (CMVM)" in another: where the one body's name that spells
        an acronym is in its own language (``_foreign_headed``), a name in English that does
        not spell it is its translation, and one body. Two bodies' names that spell it ("Rapid
        Support Forces", "Reporters sans frontières"), or one in English, and nothing joins:
        "Reporters Without Borders (RSF)" is no translation of the Rapid Support Forces."""
        for key, forms in self._long_forms.items():
            if len(forms) < 2:
                continue
            letters = key.replace(".", "").upper()
            spelling = {self.uf.find(n) for n, surface in forms if letters in initials(surface)}
            if len(spelling) != 1 or not all(_foreign_headed(surface) for n, surface in forms
                                             if self.uf.find(n) in spelling):
                continue
            root = spelling.pop()
            for node, surface in sorted(forms):
                if self.uf.find(node) != root and not _foreign_headed(surface):
                    self.uf.union(node, root)

    def _acronyms(self, definitions: dict[tuple[str, str], int]) -> None:
        self._one_body_defined_apart()
        self._translated_definitions()
        corpus_defs: dict[str, set[int]] = defaultdict(set)
        for (_, key), node in definitions.items():
            corpus_defs[key].add(node)
        acronyms = self._local_acronyms  # the article's own node of each: gathered as read
        wanted = {m.surface.replace(".", "").upper() for m in acronyms}
        by_initials: dict[str, set[int]] = defaultdict(set)
        seen: set[str] = set()
        # each distinct surface once, at its first mention under a label that may name a body,
        # with that mention's node: from the distinct surfaces, not every mention of the corpus
        for pair, f in self._surfaces.items():
            if f.surface in seen or f.label in ("PERSON", DESC) or f.acronym:
                continue
            seen.add(f.surface)
            for letters in initials(f.surface) & wanted:
                by_initials[letters].add(f.node if f.node >= 0
                                         else self.node[self._first_mention[pair]])
        tagged = {m.key for m in acronyms if m.index not in self.tentative}
        for m in acronyms:
            node = self.node[m.index]
            local = definitions.get((m.article, m.key))
            if local is not None:
                self.uf.union(node, local)
                continue
            fixed = self._fixed_node(m.key)
            if fixed is not None:
                self.uf.union(node, fixed)
                continue
            defined = self.uf.one_root(corpus_defs.get(m.key, ()))
            if defined is not None:
                self.uf.union(node, defined)
                continue
            # the one body whose initials these are: the corpus's names with those initials
            # grow with it, so no set of all their roots, only until a second one is met
            root = self.uf.one_root(by_initials.get(m.surface.replace(".", "").upper(), ()))
            if root is not None:
                self.uf.union(node, root)
            elif m.index not in self.tentative or m.key in tagged or self.uf.has(f"g:{m.key}"):
                self.uf.union(node, self.global_node(m.key))
            # else: a word in capitals nothing explains stays out of the actors


def _which_stems(name: str, sound: bool) -> frozenset[str]:
    """The first five letters of each word of a long name that says which body it is: as it
    sounds when one of the two names is in another language ("kiufi" of "Geophysical Institute
    of Orla", and of "Instituto Geofísico de Orla": words that differ in spelling, not in
    sound), else as it is spelled, since two English names' words that sound alike may differ
    ("state" and "statistics", "monetary" and "monitoring"). No head noun, in English or
    another language ("instituto"), function word, country or word of scope."""
    words = name_words()
    heads = foreign_heads()
    return frozenset((token_phonetic(t) if sound else t)[:5] for t in name_tokens(name)
                     if len(t) >= 5 and t not in words.function_words
                     and t not in words.org_heads and t not in words.scope_words
                     and t not in heads and not countries().country(t))


def _foreign_headed(name: str) -> bool:
    """A body's name in its own language: one of its words is the head of a name in another
    language ("instituto", "oficina"), not an English head as well."""
    heads, english = foreign_heads(), name_words().org_heads
    return any(t in heads and t not in english for t in name_tokens(name))


_SHORT_NAME = re.compile(r"[A-Z][a-z]{3,}")
_DATELINE_DASH = re.compile(r"\s*\)\s*[-–—]")  # "(Reuters) -": an outlet's dateline


def _short_name(a: MentionRecord, b: MentionRecord, text: str) -> bool:
    """A body's name of several words, then its short name in brackets: one capitalised word
    the tagger took for a body too ("Ministry of Finance (Treasuria)"), or words of the name
    itself ("Harlow Valley Water and Sewerage Board (Harlow Water)"), or a short form longer or
    looser than an acronym whose first letter starts a word of the name ("National Emergency
    Relief Service (SENAREM)", "Velmoran Air Force (FAVe)"), or the name's initials written as a
    word before its last words ("Velm Export Council (Ve Council)": ``_initialled``); not a
    place in brackets
    ("Ministry of Health (Gaza)") and not an outlet's dateline ("(Reuters) -")."""
    if a.label == "ORG" and not a.acronym and _syllabic(b.surface, a.surface) \
            and not _DATELINE_DASH.match(text, b.end):
        return True  # "Bureau of Corrections (BuCor)", whatever the tagger took BuCor for
    return a.label == b.label == "ORG" and not a.acronym and " " in a.surface.strip() \
        and (bool(_SHORT_NAME.fullmatch(b.surface)) or _shortened(b.surface, a.surface)
             or _initialled(b.surface, a.surface)
             or (is_short_form(b.surface) and _may_abbreviate(b.surface, a.surface))
             or _in_own_language(b.surface, a.surface)) \
        and not _DATELINE_DASH.match(text, b.end)


# "BuCor", "DepEd", "PhilHealth", "FedEx": two to four capitalised pieces run together, one of
# them two letters or more
_SYLLABLES = re.compile(r"(?=.*[A-Z][a-z])(?:[A-Z][a-z]{0,5}){2,4}")
_PIECE = re.compile(r"[A-Z][a-z]*")


def _syllabic(short: str, long: str) -> bool:
    """A short form run together from the first letters of the long name's words, in their
    order, each piece capitalised: "Bureau of Corrections (BuCor)", "Department of Education
    (DepEd)", "Philippine Health Insurance Corporation (PhilHealth)" (an abbreviation by
    syllables, as government style in the Philippines and company names write them). The first
    piece opens the name's first word; function words are passed over; a word may be left out
    between two pieces ("PhilHealth" says nothing of "Insurance")."""
    if not _SYLLABLES.fullmatch(short):
        return False
    joining = name_words().function_words
    words = [w for w in name_tokens(long) if w not in joining]
    pieces = [p.lower() for p in _PIECE.findall(short)]
    if len(words) < len(pieces) or not words[0].startswith(pieces[0]):
        return False
    i = 1
    for piece in pieces[1:]:
        while i < len(words) and not words[i].startswith(piece):
            i += 1
        if i == len(words):
            return False
        i += 1
    return True


def _in_own_language(name: str, english: str) -> bool:
    """A body's name of several words in brackets after its English name is its name in its own
    language ("Railway Administration (Správa železnic)", "Electoral Board (Junta Electoral de
    Orla)") where it reads as another language and the English name does not: a foreign head
    word, a letter English does not write, or a lower-case word that joins no English name (the
    sentence case of Czech, Polish or Swedish names)."""
    return " " in name.strip() and _reads_foreign(name) and not _reads_foreign(english)


def _reads_foreign(name: str) -> bool:
    """A name written in a language other than English (``_in_own_language``)."""
    if _foreign_headed(name) or any(c.isalpha() and not c.isascii() for c in name):
        return True
    joining = name_words().function_words
    return any(w[:1].islower() and w not in joining for w in name.split()[1:])


def _shortened(short: str, long: str) -> bool:
    """A short name of several words, each a word of the long name before it, which it starts
    as the long name does: "Harlow Valley Water and Sewerage Board (Harlow Water)"."""
    words, long_words = name_tokens(short), name_tokens(long)
    return 2 <= len(words) < len(long_words) and words[0] == long_words[0] \
        and set(words) <= set(long_words)


def _initialled(short: str, long: str) -> bool:
    """A short name of two words or more whose first word is the initials of the long name's
    first words, written as a word ("Ai" for "Australian Industry"), and whose other words are
    the long name's last: "Australian Industry Group (Ai Group)", "Orla Port Workers' Union
    (OPW Union)". The initials are those of two words or more, function words left out."""
    words, long_words = name_tokens(short), name_tokens(long)
    if len(words) < 2 or len(words) >= len(long_words):
        return False
    tail = words[1:]
    if long_words[-len(tail):] != tail:
        return False
    named = [w for w in long_words[:-len(tail)] if w not in name_words().function_words]
    return len(named) >= 2 and words[0] == "".join(w[0] for w in named)


def _may_define(short: str, long: str, label: str) -> bool:
    """The long name may be what the acronym beside it in brackets stands for. A name the
    tagger took for a person's only when the acronym is exactly its initials: "Liga Costera
    (LC)" is a party, "Ahmed Salem (Reuters)" is not defined by the outlet; and so a place's
    name: "KARSBY, Aldoria (AP)" is a dateline, its agency's credit no short form of Aldoria."""
    if label in ("PERSON", "GPE"):
        return short.replace(".", "").upper() in initials(long)
    return _may_abbreviate(short, long)


def _may_abbreviate(short: str, long: str) -> bool:
    """The first letter of an acronym starts some word of its long form: "INGD" for
    "National Institute for ...", but not a dateline "NAIROBI (Horn Monitor)"."""
    first = short.replace(".", "")[:1].lower()
    return any(w[:1] == first for w in name_tokens(long))


