"""The answer to a typed claim: how each of its figures stands against the store's estimates.

For the quantity a figure is about (``store.check.match``), the store's figures are put in
periods and estimates by the grouping's own rules (``periods.PeriodScale``, ``assign_origins``,
``verdicts.current``: an estimate its origin revised no longer stands). The claim is compared
with the standing estimates of one period: the one it names, else the one its ``--as-of`` date
falls in, else the latest (and the answer says so). Values agree when their ranges overlap
(rounding, "about", open sides and currency conversion, as for a group's verdict):

- ``supported``: every standing estimate of that period agrees;
- ``contradicted``: none does;
- ``outdated``: none does, but the claim names no period and an earlier period's estimate agrees;
- ``disputed``: some do and some do not (the sources contradict each other, or are not equally
  precise, and the claim sides with some);
- ``no evidence``: nothing in the store counts this (or not for that period).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from store.check.match import Finder, Quantity
from store.conflicts.grouping import describe_quantity, group_id
from store.conflicts.keys import Claim
from store.conflicts.origins import assign_origins
from store.conflicts.periods import PeriodScale
from store.conflicts.ranges import overlap
from store.conflicts.verdicts import EVENT_PERIOD, current
from store.corpus import Corpus
from store.errors import ClaimscopeError

SUPPORTED, CONTRADICTED, OUTDATED, DISPUTED, NO_EVIDENCE = (
    "supported", "contradicted", "outdated", "disputed", "no evidence")
ANSWERS = (SUPPORTED, CONTRADICTED, OUTDATED, DISPUTED, NO_EVIDENCE)
AGREES, DISAGREES, SUPERSEDED, OTHER_PERIOD = "agrees", "disagrees", "superseded", "other period"
MAX_EVIDENCE = 40  # evidence listed per answer, strongest first (a popular quantity has hundreds)
Parse = Callable[[str, "str | None"], list[dict[str, Any]]]


@dataclass(frozen=True)
class Evidence:
    """One of the store's figures, as evidence for or against a claim's figure."""

    figure: str
    article: str
    value: str
    origin: str  # whose estimate
    source: str  # who is quoted saying it
    outlet: str | None
    title: str
    url: str | None
    date: str | None  # when the article printed it
    period: str | None  # the period it describes ("the event" for what an event caused)
    sentence: str
    stance: str  # AGREES, DISAGREES, SUPERSEDED or OTHER_PERIOD


@dataclass(frozen=True)
class Answer:
    """How one figure of a claim stands."""

    figure: str  # as written in the claim
    value: str  # in words: "30,000 fighters"
    counted: str | None
    answer: str  # one of ANSWERS
    reason: str  # one sentence a fact-checker could paste
    quantity: str | None = None  # the store's quantity it was compared with
    match: str | None = None  # "exact", "completed", "broader", "nearby" (``store.check.match``)
    period: str | None = None  # the period compared
    period_basis: str | None = None  # "claim", "as of", "latest"
    group: str | None = None  # the store's conflict group holding the evidence, if any
    names: tuple[tuple[str, str | None], ...] = ()  # (as written, the store's actor) pairs
    alternatives: tuple[str, ...] = ()  # other quantities the claim may mean
    evidence: tuple[Evidence, ...] = field(default=())  # the strongest MAX_EVIDENCE
    evidence_total: int = 0  # how many of the store's figures count this quantity


@dataclass(frozen=True)
class CheckResult:
    claim: str
    as_of: str | None
    answers: tuple[Answer, ...]

    def document(self) -> dict[str, Any]:
        """The ``--json`` shape (docs/check.md)."""
        answers = []
        for a in self.answers:
            row = asdict(a)
            row["names"] = [{"written": w, "actor": n} for w, n in a.names]
            row["alternatives"] = list(a.alternatives)
            row["evidence"] = [asdict(e) for e in a.evidence]
            answers.append(row)
        return {"claim": self.claim, "as_of": self.as_of, "answers": answers}


def clean_claim(text: str) -> str:
    return " ".join((text or "").split())


class Checker:
    """Checks claims against one open store; keeps what it learnt of the store between checks
    (the reader's claim prompt asks it many times)."""

    def __init__(self, corpus: Corpus, parse: Parse) -> None:
        self.corpus = corpus
        self.parse = parse
        self.finder = Finder(corpus)
        self._groups = {g.id for g in corpus.conflicts()}

    def check(self, claim: str, as_of: str | None = None) -> CheckResult:
        text = clean_claim(claim)
        rows = self.parse(text, as_of)
        if not rows:
            raise ClaimscopeError("no figure to check in the claim: it needs a number and what it "
                                  "counts (\"30,000 fighters in Iraq and Syria\")")
        answers = []
        for row in rows:
            start, end = (row.get("sentence") or (0, len(text)))[:2]
            own = self.finder.claim(row, text[start:end])
            if own is not None:
                answers.append(self._answer(row, own, as_of))
        return CheckResult(text, as_of, tuple(answers))

    def _names(self, row: dict[str, Any]) -> tuple[tuple[str, str | None], ...]:
        names = []
        for written in [row.get("group"), *(row.get("where") or ())]:
            if written:
                actor = self.corpus.find_actor(str(written))
                names.append((str(written), actor.name if actor else None))
        return tuple(names)

    def _answer(self, row: dict[str, Any], claim: Claim, as_of: str | None) -> Answer:
        base = {"figure": str(row.get("text", "")), "value": claim.label,
                "counted": row.get("counted"), "names": self._names(row)}
        found = self.finder.find(claim)
        if not found:
            what = describe_quantity(claim.key, [claim], None)
            reason = f"Nothing in the store counts {what}."
            if claim.key.thing is None:
                reason = (f"The claim does not say what {claim.label} counts, or whose or where "
                          "it is; say it (\"$310 million in aid for Mozambique\") to find it.")
            return Answer(answer=NO_EVIDENCE, reason=reason, **base)
        stated = row.get("period_basis") in ("stated", "event")
        # the best match that has figures for the claim's period: a quantity of the same places
        # may hold only other periods, while a broader one (its figures name no place of their
        # own) holds the claim's
        for quantity in found[:4]:
            verdict = _Compare(self.corpus, claim, quantity, as_of, stated).run()
            if verdict.answer != NO_EVIDENCE:
                break
        else:
            quantity = found[0]
            verdict = _Compare(self.corpus, claim, quantity, as_of, stated).run()
        key = quantity.key.text()
        group = next((g for g in (group_id(f"{key}@{verdict.period}"), group_id(key))
                      if g in self._groups), None)
        return Answer(
            answer=verdict.answer, reason=verdict.reason,
            quantity=describe_quantity(quantity.key, quantity.members, None),
            match=quantity.how, period=verdict.period, period_basis=verdict.basis, group=group,
            alternatives=tuple(describe_quantity(q.key, q.members, None) for q in found[:4]
                               if q is not quantity)[:3],
            evidence=verdict.evidence, evidence_total=verdict.total, **base)


@dataclass
class _Verdict:
    answer: str
    reason: str
    period: str | None
    basis: str | None
    evidence: tuple[Evidence, ...]
    total: int = 0


class _Compare:
    """One claim's figure against one quantity's figures."""

    def __init__(self, corpus: Corpus, claim: Claim, quantity: Quantity, as_of: str | None,
                 stated: bool) -> None:
        self.corpus, self.claim, self.as_of, self.stated = corpus, claim, as_of, stated
        members = list(quantity.members)
        if as_of:
            members = [m for m in members if m.reported and m.reported[:len(as_of)] <= as_of]
        self.members = members
        self.what = describe_quantity(quantity.key, quantity.members, None)
        self.scale = PeriodScale([m.when for m in members if not m.event]
                                 + ([claim.when] if claim.when else []))
        periods = {m.id: EVENT_PERIOD if m.event else self.scale(m.when) for m in members}
        self.origins = assign_origins(members, periods)
        self.standing = {c.id for c in current(members, self.origins)} if members else set()
        self.total = 0

    def label(self, claim: Claim) -> str | None:
        if claim.event:
            return EVENT_PERIOD
        return self.scale(claim.when) or claim.when

    def in_period(self, claim: Claim, period: str | None) -> bool:
        if period is None:
            return True
        if period == EVENT_PERIOD:
            return claim.event
        own = self.label(claim)
        return bool(own) and (own.startswith(period) or period.startswith(own))

    def latest(self) -> str | None:
        dated = [m for m in self.members if m.id in self.standing and self.label(m)]
        return self.label(max(dated, key=lambda m: m.time_order)) if dated else None

    def run(self) -> _Verdict:
        claim = self.claim
        if not self.members:
            return _Verdict(NO_EVIDENCE, f"Nothing in the store printed by {self.as_of} counts "
                            f"{self.what}.", None, None, ())
        period, basis = self.label(claim), "claim" if self.stated else "as of"
        if not self.stated and (self.as_of is None or not any(
                self.in_period(m, period) for m in self.members)):
            period, basis = self.latest(), "latest"
        members = [m for m in self.members if self.in_period(m, period)]
        if not members:
            have = sorted({p for m in self.members if (p := self.label(m))})
            evidence = self._evidence(period, [], [])
            return _Verdict(NO_EVIDENCE, f"The store counts {self.what}, but not for {period} "
                            f"(it has {', '.join(have) or 'undated figures'}).", period, basis,
                            evidence, self.total)
        standing = [m for m in members if m.id in self.standing] or members
        agreeing = {m.id for m in standing if overlap(claim.claim, m.claim)}
        agree = [m for m in standing if m.id in agreeing]
        disagree = [m for m in standing if m.id not in agreeing]  # a set: no pass per figure
        words = self._period_words(period, basis)
        agree, disagree = self._strongest(agree, near=claim), self._strongest(disagree)
        if not disagree:
            answer = SUPPORTED
            reason = (f"{_count(agree, 'estimate')} for {words} "
                      f"{'agrees' if len(agree) == 1 else 'agree'} with {claim.label}: "
                      f"{self._list(agree)}")
            later = self._later_differs(period)
            if later is not None:
                reason += f"; a later estimate differs: {self._describe(later)}"
        elif agree:
            answer = DISPUTED
            split = any(not overlap(a.claim, d.claim) for a in agree for d in disagree)
            opening = (f"The sources contradict each other about {words}" if split else
                       f"The estimates for {words} are not equally precise")
            reason = (f"{opening}: {self._list(agree)} {'allows' if len(agree) == 1 else 'allow'}"
                      f" {claim.label}, {self._list(disagree)} "
                      f"{'does' if len(disagree) == 1 else 'do'} not")
        else:
            earlier = None if self.stated else self._earlier_agreeing(period)
            if earlier is not None:
                answer = OUTDATED
                reason = (f"{claim.label} matches the estimate for {self.label(earlier)} "
                          f"({self._describe(earlier)}), but the latest, for {period}, is "
                          f"{self._list(disagree[:1])}")
            else:
                answer = CONTRADICTED
                reason = (f"Every estimate for {words} disagrees with {claim.label}: "
                          f"{self._list(disagree)}")
        evidence = self._evidence(period, agree, disagree)
        return _Verdict(answer, reason[:1].upper() + reason[1:] + ".", period, basis, evidence,
                        self.total)

    def _period_words(self, period: str | None, basis: str) -> str:
        if period is None:
            return "any period (the store's figures are undated)"
        if period == EVENT_PERIOD:
            return "the event"
        shown = period
        if basis == "latest":
            return f"the latest period, {shown} (the claim names none)"
        if basis == "as of":
            return f"{shown} (the claim's --as-of date)"
        return shown

    def _later_differs(self, period: str | None) -> Claim | None:
        if period is None or period == EVENT_PERIOD:
            return None
        later = [m for m in self.members if m.id in self.standing
                 and (lab := self.label(m)) and lab != EVENT_PERIOD and lab > period
                 and not lab.startswith(period) and not overlap(self.claim.claim, m.claim)]
        return max(later, key=lambda m: m.time_order) if later else None

    def _earlier_agreeing(self, period: str | None) -> Claim | None:
        earlier = [m for m in self.members if (lab := self.label(m)) and period
                   and lab != period and not self.in_period(m, period)
                   and lab != EVENT_PERIOD and lab < period and overlap(self.claim.claim, m.claim)]
        return max(self._strongest(earlier)[:8], key=lambda m: m.time_order) if earlier else None

    def _strongest(self, claims: Iterable[Claim], near: Claim | None = None) -> list[Claim]:
        """Named estimates before unattributed figures, the most restated first, then the
        latest printed. Figures that agree with a claim are ranked by how closely first: one
        that states the claim's value outright ("3,870 deaths") says more than one that merely
        leaves room for it ("at least 38")."""
        restated = Counter(self.origins.get(m.id) for m in self.members)
        ordered = sorted(claims, key=lambda m: m.time_order, reverse=True)
        ordered = sorted(ordered, key=lambda m: (m.origin is None,
                                                 -restated[self.origins.get(m.id)]))
        if near is None:
            return ordered
        value = (near.values[0] + near.values[1]) / 2
        return sorted(ordered, key=lambda m: (m.claim[0] == float("-inf")
                                              or m.claim[1] == float("inf"),
                                              not m.core[0] <= value <= m.core[1]))

    def _who(self, claim: Claim) -> str:
        if claim.origin_label != "the article":
            return claim.origin_label
        if claim.source != "the article":
            return claim.source
        article = self.corpus.article(claim.article)
        if article.outlet:
            return article.outlet
        title = " ".join(article.title.split())
        return f"“{title if len(title) <= 40 else title[:39].rstrip() + '…'}”"

    def _describe(self, claim: Claim) -> str:
        when = claim.when_label or claim.reported_label
        return f"{claim.label} ({self._who(claim)}, {when})"

    def _list(self, claims: list[Claim], most: int = 2) -> str:
        shown = "; ".join(self._describe(c) for c in claims[:most])
        return shown + (f" and {len(claims) - most} more" if len(claims) > most else "")

    def _evidence(self, period: str | None, agree: list[Claim],
                  disagree: list[Claim]) -> tuple[Evidence, ...]:
        """Every figure of the quantity, strongest first: the standing estimates of the period
        compared, then the superseded ones of that period, then the other periods, latest
        first."""
        shown = [(m, AGREES) for m in agree] + [(m, DISAGREES) for m in disagree]
        seen = {m.id for m, _ in shown}
        rest = self._strongest(m for m in self.members if m.id not in seen)
        rest.sort(key=lambda m: 0 if self.in_period(m, period) else 1)
        shown += [(m, SUPERSEDED if self.in_period(m, period) else OTHER_PERIOD) for m in rest]
        out = []
        self.total = len(shown)
        for member, stance in shown[:MAX_EVIDENCE]:
            figure = self.corpus.figure(member.id)
            article = self.corpus.article(member.article)
            out.append(Evidence(
                figure=member.id, article=member.article, value=member.label,
                origin=self._who(member), source=member.source, outlet=article.outlet,
                title=article.title, url=article.url, date=member.reported,
                period=self.label(member), sentence=self.corpus.sentence(figure).strip(),
                stance=stance))
        return tuple(out)


def _count(claims: list[Claim], word: str) -> str:
    return f"the one {word}" if len(claims) == 1 else f"all {len(claims)} {word}s"
