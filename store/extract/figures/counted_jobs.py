"""A role, post or position whose fate the sentence tells is a job: "cut 1,200 roles", "900
roles will be removed", "4,000 posts at risk" count jobs, the unit the same count is given in
by the headline and the union ("4,000 jobs"). Without such a fate the word keeps its own plural:
"2,140 posts vacant" counts posts, "40 roles in the play" roles. Reads the noun's own verb and
the few words after it (``[count_classes_jobs]`` of units.toml). A figure so counted in jobs
names jobs too (``name_as_jobs``), so the roles an employer cuts and the jobs a union counts are
one thing counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import job_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from store.extract.figures.found import FoundFigure
    from store.knowledge.units import JobWords

JOBS = "jobs"
AFTER_WINDOW = 4  # "posts at risk", "roles now at risk": words after the noun
BEFORE_WINDOW = 12  # "jobs to be cut ..., taking in 900 more roles": words before the noun
# "went viral", "go up", "went to the board": a verb of going with a complement says where or
# how a thing went, not that the job is gone
_GO_COMPLEMENTS = frozenset({"prt", "acomp", "xcomp", "oprd", "attr", "dobj", "advcl"})
_GO_TOWARDS = frozenset({"to", "into", "towards", "toward", "on", "up", "down"})
_GO = "go"


def job_class(head: Token) -> str | None:
    """ "jobs" when ``head`` is a role, post or position whose sentence says it is cut, lost,
    created or at risk; None otherwise."""
    words = job_words()
    noun = head.lemma_.lower()
    if noun not in words.nouns:
        return None
    verb = head.head
    if verb is not head and verb.pos_ in ("VERB", "AUX") and head.dep_ in (
            "dobj", "nsubjpass", "nsubj", "conj") and _befalls(verb, noun, words):
        return JOBS
    if any(c.dep_ in ("acl", "relcl") and _befalls(c, noun, words) for c in head.children):
        return JOBS  # "roles affected by the plan", "posts that will be cut"
    doc = head.doc
    after = " ".join(t.lower_ for t in doc[head.i + 1:min(len(doc), head.i + 1 + AFTER_WINDOW)]
                     if t.pos_ not in ("ADV", "AUX"))
    if any(after.startswith(phrase) for phrase in words.after):
        return JOBS
    start = max(head.sent.start, head.i - BEFORE_WINDOW)
    return JOBS if any(_a_job_cue(t, words) for t in doc[start:head.i]) else None


def _a_job_cue(tok: Token, words: JobWords) -> bool:
    """A word before the noun that says its sentence tells of jobs: "jobs", "workforce", or a
    verb or noun of a job's fate ("cut"), not the bare "go"."""
    lemma = tok.lemma_.lower()
    return lemma in words.cues or (lemma in words.verbs and lemma != _GO and tok.pos_ in (
        "VERB", "NOUN"))


def _befalls(verb: Token, noun: str, words: JobWords) -> bool:
    """The verb tells a job's fate: "cut", "shed"; "remove" or "delete" only of a noun that
    names no message ("900 roles removed", not "30 posts deleted"); "go" only where it goes
    nowhere ("6,000 posts will go", "60 posts will go at the brewery", not "went to the
    board")."""
    lemma = verb.lemma_.lower()
    if lemma in words.removed:
        return noun not in words.messages
    if lemma not in words.verbs:
        return False
    return lemma != _GO or not any(
        c.dep_ in _GO_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in _GO_TOWARDS)
        for c in verb.children)


def name_as_jobs(fig: FoundFigure) -> None:
    """ "cut 350 roles", "900 posts at risk": a figure whose unit is jobs names jobs, not the
    role or post the sentence wrote, with the noun's own modifiers kept ("new roles": "new
    jobs"). A figure that counts roles or posts in their own unit keeps its word."""
    if fig.base_unit != JOBS or not fig.counted:
        return
    *before, last = fig.counted.split()
    word = last.lower()
    nouns = job_words().nouns
    if word in nouns or (word.endswith("s") and word[:-1] in nouns):
        fig.counted = " ".join([*before, JOBS])
        fig.counted_head = "job"
