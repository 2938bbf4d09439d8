"""Every actor mention of a parsed article: the tagger's entities split and trimmed, curated
names and outlets added, overlaps settled, cut names joined and cut heads taken back, names
their acronym spells and defined acronyms and events found, junk and line-opening words
dropped, missed repeats found, a place's institutions and definite descriptions marked, labels
set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.mentions.acronymed import as_acronyms, as_bodies, with_countries
from store.extract.mentions.country_tails import with_country_tails
from store.extract.mentions.curated import curated_spans
from store.extract.mentions.dated_happenings import dated_happening_spans
from store.extract.mentions.descriptions import (
    bare_spans,
    description_spans,
    designated_spans,
    headline_spans,
    institution_spans,
    office_spans,
    owned_spans,
    titled_spans,
)
from store.extract.mentions.edges import split, trim, with_given_names
from store.extract.mentions.editions import with_editions
from store.extract.mentions.events import as_events, event_spans
from store.extract.mentions.happening_nouns import bare_happening_spans
from store.extract.mentions.heads import with_cut_heads, with_cut_lists
from store.extract.mentions.hyphened import with_hyphened_forms
from store.extract.mentions.joins import (
    joined,
    untagged_places,
    with_feature_nouns,
    with_hyphen_tails,
    with_particle_places,
    with_site_nouns,
    with_year_names,
    without_overlaps,
)
from store.extract.mentions.junk import without_junk
from store.extract.mentions.named_places import as_named_places
from store.extract.mentions.numbered import with_numbers
from store.extract.mentions.openers import (
    without_common_openers,
    without_line_openers,
    without_sentence_openers,
)
from store.extract.mentions.outlets import (
    dateline_place,
    defined_acronyms,
    loose_acronyms,
    outlet_spans,
)
from store.extract.mentions.owned_parts import owned_part_spans
from store.extract.mentions.ports import with_ports
from store.extract.mentions.products import product_bodies
from store.extract.mentions.regions import with_region_codes
from store.extract.mentions.repeats import repeated
from store.extract.mentions.routes import with_route_ends
from store.extract.mentions.saints import with_saints_bodies
from store.extract.mentions.sentence_case import with_sentence_case_names
from store.extract.mentions.spans import ACTOR_LABELS, DocView, RawMention, Span
from store.extract.mentions.spelled import spelled_spans
from store.extract.mentions.surnames import as_papers, with_surname_particles
from store.extract.mentions.titled import as_titled_people
from store.extract.mentions.untagged_bodies import untagged_bodies
from store.extract.mentions.vessels import vessel_spans
from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_mentions(doc: Doc, outlet: str | None = None) -> list[RawMention]:
    """Actor mentions of one parsed article, repaired, in text order, never overlapping;
    ``outlet`` is the article's own outlet, from its metadata, where known."""
    ctx = DocView(doc)
    text = ctx.text
    spans: list[Span] = []
    for (start, end), label in zip(ctx.ents, ctx.labels, strict=True):
        if label in ACTOR_LABELS:
            spans.extend(split(text, start, end, label, ctx))
    spans = [t for s in spans if (t := trim(text, s)) is not None]
    spans = [with_given_names(text, s, ctx) if s.label == "PERSON" else s for s in spans]
    spans = with_saints_bodies(text, spans)
    place = dateline_place(text, ctx)
    # a dateline's place first: of two spans of one stretch the first wins ("HAMMERFEST" as ORG)
    spans = without_overlaps([*([place] if place is not None else []), *spans,
                              *curated_spans(text, ctx), *outlet_spans(text, outlet),
                              *vessel_spans(text), *product_bodies(text, ctx)])
    spans = with_cut_lists(text, with_cut_heads(text, joined(text, spans, ctx)))
    spans = as_titled_people(text, with_surname_particles(text, spans))
    spans = with_particle_places(text, spans)
    spans = with_site_nouns(text, spans, ctx)
    spans = with_ports(text, with_feature_nouns(text, spans, ctx))
    spans = with_country_tails(text, with_hyphen_tails(text, spans, ctx), ctx)
    spans = with_year_names(text, spans, ctx)
    spans = with_sentence_case_names(text, with_route_ends(text, with_hyphened_forms(text, spans)))
    spans = without_overlaps([*spans, *spelled_spans(text), *untagged_places(text, spans, ctx),
                              *untagged_bodies(text, spans, ctx)])
    spans = as_bodies(text, spans)
    acronyms = defined_acronyms(text, spans)
    spans = as_acronyms(text, spans, frozenset(text[s.start:s.end] for s in acronyms))
    spans = as_events(text, without_overlaps([*spans, *acronyms]))
    spans = without_overlaps([*spans, *event_spans(text, spans, ctx),
                              *dated_happening_spans(text, ctx)])
    spans = without_common_openers(text, without_sentence_openers(
        text, without_line_openers(text, without_junk(text, spans, ctx)), ctx), ctx)
    defined = frozenset(text[s.start:s.end] for s in acronyms)
    # a name found again before a feature's noun names the feature, as the tagger's do; but a
    # political place's stays that place ("the Koldan valley" after the district of Koldan)
    again = repeated(text, spans, ctx, defined)
    spans = without_overlaps([*spans, *(s for s in again if s.label == "GPE"),
                              *with_feature_nouns(text, [s for s in again if s.label != "GPE"],
                                                  ctx)])
    spans = without_overlaps([*spans, *institution_spans(text, spans),
                              *designated_spans(text, spans), *titled_spans(text, spans),
                              *owned_spans(text, spans)])
    spans = without_overlaps([*headline_spans(text, ctx), *spans, *description_spans(text, ctx),
                              *bare_spans(text, ctx), *bare_happening_spans(text, ctx),
                              *owned_part_spans(text, ctx),
                              *loose_acronyms(text, spans, ctx)])
    spans = with_countries(text, without_overlaps([*spans, *office_spans(text, spans)]))
    spans = with_editions(text, as_papers(text, with_region_codes(text, spans)))
    spans = as_named_places(text, with_numbers(text, spans, ctx))
    return [RawMention(s.start, s.end, _label(text, s), text[s.start:s.end]) for s in spans]


def _label(text: str, span: Span) -> str:
    """What the text itself says about a label: a curated name keeps its type, a country is a
    place, "Velm province" is a place."""
    if span.label in ("DESC", "EVENT", "ACRO"):
        return span.label
    surface = text[span.start:span.end]
    entry = curated_entry(surface)
    if entry is not None:
        return entry.type
    if countries().country(surface):
        return "GPE"
    last = surface.rsplit(" ", 1)[-1]
    words = name_words()
    if " " in surface and fold(last) in words.place_designators and last.islower():
        return "GPE"
    if span.label in ("ORG", "PERSON") and " " in surface and fold(last) in words.feature_words:
        folded = {fold(w) for w in surface.split()}
        if "of" not in folded and not folded & words.org_heads:
            return "LOC"  # "Channel Islands", "Red Sea": a natural feature's name is a place
    return span.label
