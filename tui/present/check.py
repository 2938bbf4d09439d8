"""How a claim check reads, at the command line and in the reader: the answer with a glyph and
a word (never colour alone), the period it was compared for, and the evidence, strongest first.
Every string from the store or the claim goes through ``short`` (``store.sanitize``)."""

from __future__ import annotations

import textwrap

from rich.text import Text

from store.check.answer import Answer, CheckResult, Evidence
from tui.present.labels import short

#: answer -> (glyph, style): the glyph says it without colour
ANSWER_MARKS: dict[str, tuple[str, str]] = {
    "supported": ("✓", "bold"),
    "contradicted": ("✗", "bold reverse"),
    "outdated": ("↺", "bold italic"),
    "disputed": ("±", "bold underline"),
    "no evidence": ("∅", "dim"),
}
#: evidence stance -> glyph
STANCE_MARKS = {"agrees": "✓", "disagrees": "✗", "superseded": "~", "other period": "·"}
BASIS_WORDS = {"claim": "the period the claim names", "as of": "the claim's --as-of date",
               "latest": "the latest period: the claim names none"}
EVIDENCE_SHOWN = 6  # evidence rows printed per answer (--json has them all)


def answer_label(answer: str) -> str:
    """ "✗ contradicted" """
    glyph, _ = ANSWER_MARKS.get(answer, ("?", ""))
    return f"{glyph} {answer}"


def answer_text(answer: str) -> Text:
    return Text(answer_label(answer), style=ANSWER_MARKS.get(answer, ("", ""))[1], end="")


def stance_label(stance: str) -> str:
    return f"{STANCE_MARKS.get(stance, '?')} {stance}"


def compared_with(answer: Answer) -> str:
    """What the figure was compared with, in words."""
    if not answer.quantity:
        return "nothing in the store counts this"
    period = answer.period or "any period"
    basis = BASIS_WORDS.get(answer.period_basis or "", "")
    return f"{short(answer.quantity, 120)}, {short(period, 20)}" + (f" ({basis})" if basis else "")


def evidence_source(evidence: Evidence) -> str:
    """ "latest coastal survey · blog, 2021-05-14" """
    printed = ", ".join(short(p, 40) for p in (evidence.outlet, evidence.date) if p)
    who = short(evidence.origin, 60)
    def bare(name: str) -> str:
        return name.lower().removeprefix("the ").strip()

    if bare(evidence.source) not in ("article", bare(evidence.origin)):
        who += f", per {short(evidence.source, 40)}"
    return f"{who} · {printed or 'undated'}"


def _wrapped(text: str, width: int, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(text, width=max(width, 40), initial_indent=first or indent,
                         subsequent_indent=indent, break_on_hyphens=False) or [first or indent]


def result_lines(result: CheckResult, width: int = 80) -> list[Text]:
    """The answer as lines that read at 80 columns and when piped."""
    lines = [Text("claim: ", style="bold", end="") + Text(short(result.claim, 2000), end="")]
    if result.as_of:
        lines.append(Text(f"as of: {short(result.as_of, 20)}", end=""))
    for answer in result.answers:
        lines.append(Text(""))
        head = Text(f"{short(answer.value, 60)}: ", style="bold", end="")
        lines.append(head + answer_text(answer.answer))
        for line in _wrapped(compared_with(answer), width, "    ", "  compared with: "):
            lines.append(Text(line, end=""))
        names = [f"{short(w, 40)} → {short(n, 40) if n else 'no actor of that name'}"
                 for w, n in answer.names]
        if names:
            for line in _wrapped("; ".join(names), width, "    ", "  names: "):
                lines.append(Text(line, end=""))
        for line in _wrapped(short(answer.reason, 1200), width, "    ", "  reason: "):
            lines.append(Text(line, end=""))
        if answer.evidence:
            lines.append(Text("  evidence, strongest first:", end=""))
        for n, evidence in enumerate(answer.evidence[:EVIDENCE_SHOWN], 1):
            first = f"  {n:>2}. {STANCE_MARKS.get(evidence.stance, '?')} "
            body = f"{short(evidence.value, 50)} · {evidence_source(evidence)}"
            if evidence.period:
                body += f" · period {short(evidence.period, 20)}"
            for line in _wrapped(body, width, " " * len(first), first):
                lines.append(Text(line, end=""))
            for line in _wrapped(f"“{short(evidence.sentence, 400)}”", width, " " * len(first)):
                lines.append(Text(line, style="italic", end=""))
            lines.append(Text(" " * len(first) + f"article {short(evidence.article, 60)} · "
                              f"figure {short(evidence.figure, 70)}", style="dim", end=""))
        hidden = max(answer.evidence_total, len(answer.evidence)) - EVIDENCE_SHOWN
        if hidden > 0:
            lines.append(Text(f"      … {hidden} more (--json lists the strongest "
                              f"{len(answer.evidence)})", style="dim", end=""))
        if answer.alternatives:
            others = "; ".join(short(a, 80) for a in answer.alternatives)
            for line in _wrapped(others, width, "    ", "  the claim may also mean: "):
                lines.append(Text(line, style="dim", end=""))
    return lines
