"""Classes of what a figure counts (``store/data/quantities.toml``): the nouns of each class, the
generic nouns that name no class alone, the nouns an armed context turns into fighters, the
qualifiers that make a part of a whole and the place words. Loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class Change:
    """What a change of a thing is called ("growth" of "the economy grew 1.1%")."""

    name: str
    verbs: frozenset[str]
    of: frozenset[str]  # the subjects it is said of; empty: any


@dataclass(frozen=True)
class WorkedOut:
    """The verbs ("work out at", "mean") and subjects ("that", "figure") of a rate worked out
    from a figure said before it."""

    verbs: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class QuantityClasses:
    noun_class: dict[str, str]  # noun lemma (or two-word phrase) -> class name
    generic: frozenset[str]
    armed_nouns: frozenset[str]
    armed_class: str
    qualifiers: frozenset[str]
    place_words: frozenset[str]
    substances: frozenset[str] = frozenset()  # a rate of one of these is its flow
    percent_nouns: frozenset[str] = frozenset()  # "rate", "share": a percentage measures them
    percent_verbs: frozenset[str] = frozenset()  # "gain": its subject is what a share is of
    changes: tuple[Change, ...] = ()
    uses: dict[str, str] = field(default_factory=dict)  # "consume" -> "consumption"
    use_nouns: frozenset[str] = frozenset()  # "consumption": "petrol consumption" is petrol
    outcomes: dict[str, str] = field(default_factory=dict)  # "died" -> "deaths"
    # "toll": a noun of a fate's class that names the fate only as the head ("toll revenue")
    fate_heads_only: frozenset[str] = frozenset()
    priced: dict[str, str] = field(default_factory=dict)  # "share" -> "share price"
    # "deep" -> "depth": the dimension a length written before the word measures
    dimensions: dict[str, str] = field(default_factory=dict)
    # "share", "target": a qualifier only right before the head noun ("share price")
    modifiers: frozenset[str] = frozenset()
    # "run", "stretch": a length these verbs give a thing is its length ("the queue stretched
    # for 1.2 km"), named ``extent``
    extent_verbs: frozenset[str] = frozenset()
    extent: str = "length"
    speeds: frozenset[str] = frozenset()  # "winds": a noun that a figure in km/h measures itself
    falls: dict[str, str] = field(default_factory=dict)  # "rain" -> "rainfall": a depth of it
    falling_verbs: frozenset[str] = frozenset()  # "fall": a depth its subject is precipitation
    falling_units: frozenset[str] = frozenset()  # "mm": the depth a gauge reads rain in
    fallen: str = "rainfall"  # what such a depth that falls measures
    populated: frozenset[str] = frozenset()  # "nation": its "of N people" is its population
    inhabitants: frozenset[str] = frozenset()  # "residents": a place's are its population
    holding_verbs: frozenset[str] = frozenset()  # "has": a place that has N people, its population
    census_words: frozenset[str] = frozenset()  # "census": people it counts are a population
    census_counts: frozenset[str] = frozenset()  # "count", "enumerate": a census's verbs and nouns
    scales: dict[str, str] = field(default_factory=dict)  # "mw" -> "magnitude", before a number
    averages: frozenset[str] = frozenset()  # "average": a count stated as one per thing
    change_nouns: frozenset[str] = frozenset()  # "drop": a change "in" what it names
    # "down" -> "fall": the change a percentage right after a word of direction is
    change_directions: dict[str, str] = field(default_factory=dict)
    collectives: frozenset[str] = frozenset()  # "queue": a count of it counts what is in it
    # "queue" -> "people": the unit of a count of a collective whose members no words name
    collective_members: dict[str, str] = field(default_factory=dict)
    fates: frozenset[str] = frozenset()  # "destroy": "houses destroyed" are a count of their own
    # "tie up" -> "idle": the class of what a figure's clause's verb says befell the counted
    fate_classes: dict[str, str] = field(default_factory=dict)
    # "enter" -> "entered": the class of what its verb says the counted did, as its subject
    deed_classes: dict[str, str] = field(default_factory=dict)
    increments: frozenset[str] = frozenset()  # "added": a class that is a flow, never a level
    part_states: frozenset[str] = frozenset()  # "trapped": a class that is a part, never all
    # "work out at", "that": a rate worked out from a figure said before it
    worked_out: WorkedOut = field(default_factory=WorkedOut)
    sizes: frozenset[str] = frozenset()  # "size": "household size fell to 3.6 persons"
    unit_amounts: frozenset[str] = frozenset()  # "fine": a sum stated of "fines" is one fine
    scale_quantities: dict[str, str] = field(default_factory=dict)  # "celsius" -> "temperature"
    # "teu" -> ("containers", "container"): the thing a unit counts, plural and singular
    measure_counts: dict[str, tuple[str, str]] = field(default_factory=dict)
    power_units: frozenset[str] = frozenset()  # "mw": a figure in one nothing names is a capacity
    power_noun: str = "capacity"
    setting_verbs: frozenset[str] = frozenset()  # "put": "puts the cost at $2bn" sets the cost
    setting_prepositions: frozenset[str] = frozenset()  # "at": "put ... at", "rose to"
    counting_verbs: frozenset[str] = frozenset()  # "count": "the city counted 1,902,115"
    # "size", "density": a noun its clause sets a count of people at is what the count measures
    quantity_nouns: frozenset[str] = frozenset()
    density: str = "population density"  # what a count of people per area is
    # "size": a quantity noun that measures a whole only with a noun naming the whole before it
    of_a_whole: frozenset[str] = frozenset()
    distance: str = "distance"  # what a length "from" or "off" a place measures
    distance_from: frozenset[str] = frozenset()  # "from", "off"
    distance_places: frozenset[str] = frozenset()  # "coast": "12 miles off the coast"
    life_taking_verbs: frozenset[str] = frozenset()  # "claim": "claimed 12 lives" counts deaths
    taken_alive_verbs: frozenset[str] = frozenset()  # "pull": "pulled 30 alive" counts rescued
    size_comparatives: frozenset[str] = frozenset()  # "smaller": "38% smaller" is no price
    product_heads: frozenset[str] = frozenset()  # "export": "wheat exports" name a product
    product_on_heads: frozenset[str] = frozenset()  # "spending": "spending on care" names one
    product_general: frozenset[str] = frozenset()  # "total": a word before a flow, no product
    # "bus": a noun whose singular ends in "s", so its plural adds "es" ("buses")
    singular_in_s: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def quantity_classes() -> QuantityClasses:
    data = load_data("quantities.toml")
    noun_class: dict[str, str] = {}
    for entry in data.get("class", ()):
        for noun in entry.get("nouns", ()):
            noun_class.setdefault(noun.lower(), entry["name"])
    generic = data.get("generic", {})
    armed = data.get("armed_context", {})
    return QuantityClasses(
        noun_class=noun_class,
        generic=frozenset(n.lower() for n in generic.get("nouns", ())),
        armed_nouns=frozenset(n.lower() for n in armed.get("nouns", ())),
        armed_class=armed.get("class", "fighters"),
        qualifiers=frozenset(w.lower() for w in data.get("qualifiers", {}).get("words", ())),
        place_words=frozenset(w.lower() for w in data.get("place_words", {}).get("words", ())),
        modifiers=frozenset(w.lower() for w in data.get("qualifiers", {}).get("modifiers", ())),
        substances=frozenset(w.lower() for w in data.get("substances", {}).get("nouns", ())),
        percent_nouns=frozenset(w.lower() for w in data.get("percent_nouns", {}).get("nouns", ())),
        percent_verbs=frozenset(w.lower() for w in data.get("percent_verbs", {}).get("verbs", ())),
        uses={k.lower(): v for k, v in data.get("uses", {}).items()},
        use_nouns=frozenset(w.lower() for w in data.get("use_nouns", {}).get("nouns", ())),
        outcomes={k.lower(): v for k, v in data.get("outcome_names", {}).items()
                  if k != "source"},
        fate_heads_only=frozenset(
            w.lower() for w in data.get("fate_heads_only", {}).get("nouns", ())),
        fates=frozenset(w.lower() for w in data.get("fates", {}).get("verbs", ())),
        fate_classes={verb.lower(): name for name, verbs in data.get("fate_classes", {}).items()
                      if name != "source" for verb in verbs},
        deed_classes={verb.lower(): name for name, verbs in data.get("deed_classes", {}).items()
                      if name != "source" for verb in verbs},
        increments=frozenset(w.lower() for w in data.get("increments", {}).get("classes", ())),
        part_states=frozenset(w.lower() for w in data.get("part_states", {}).get("classes", ())),
        worked_out=WorkedOut(
            verbs=frozenset(w.lower() for w in data.get("worked_out", {}).get("verbs", ())),
            subjects=frozenset(w.lower() for w in data.get("worked_out", {}).get(
                "subjects", ()))),
        change_nouns=frozenset(w.lower() for w in data.get("change_nouns", {}).get("nouns", ())),
        change_directions={w.lower(): change for change, words in
                           data.get("change_directions", {}).items() if change != "source"
                           for w in words},
        collectives=frozenset(w.lower() for w in data.get("collectives", {}).get("nouns", ())),
        collective_members={k.lower(): v for k, v in
                            data.get("collectives", {}).get("members", {}).items()},
        averages=frozenset(w.lower() for w in data.get("averages", {}).get("words", ())),
        sizes=frozenset(w.lower() for w in data.get("averages", {}).get("sizes", ())),
        unit_amounts=frozenset(w.lower() for w in data.get("unit_amounts", {}).get("nouns", ())),
        scale_quantities={k.lower(): v for k, v in data.get("scale_quantities", {}).items()},
        measure_counts={k.lower(): (v[0], v[1]) for k, v in
                        data.get("measure_counts", {}).items() if k != "source"},
        power_units=frozenset(u.lower() for u in data.get("power_capacity", {}).get("units", ())),
        power_noun=data.get("power_capacity", {}).get("noun", "capacity"),
        setting_verbs=frozenset(w.lower() for w in data.get("setting", {}).get("verbs", ())),
        setting_prepositions=frozenset(w.lower() for w in data.get("setting", {}).get(
            "prepositions", ())),
        counting_verbs=frozenset(w.lower() for w in data.get("populated", {}).get(
            "counting", ())),
        quantity_nouns=frozenset(w.lower() for w in data.get("quantity_nouns", {}).get(
            "nouns", ())),
        density=data.get("quantity_nouns", {}).get("density", "population density"),
        of_a_whole=frozenset(w.lower() for w in data.get("quantity_nouns", {}).get(
            "of_a_whole", ())),
        distance=data.get("quantity_nouns", {}).get("distance", "distance"),
        distance_from=frozenset(data.get("quantity_nouns", {}).get("distance_from", ())),
        distance_places=frozenset(w.lower() for w in data.get("quantity_nouns", {}).get(
            "distance_places", ())),
        life_taking_verbs=frozenset(w.lower() for w in data.get("lives_taken", {}).get(
            "verbs", ())),
        taken_alive_verbs=frozenset(w.lower() for w in data.get("taken_alive", {}).get(
            "verbs", ())),
        size_comparatives=frozenset(w.lower() for w in data.get("sized", {}).get(
            "comparatives", ())),
        product_heads=frozenset(w.lower() for w in data.get("products", {}).get("heads", ())),
        product_on_heads=frozenset(w.lower() for w in data.get("products", {}).get(
            "on_heads", ())),
        product_general=frozenset(w.lower() for w in data.get("products", {}).get(
            "general", ())),
        singular_in_s=frozenset(w.lower() for w in data.get("plurals", {}).get(
            "singular_in_s", ())),
        scales={k.lower(): v for k, v in data.get("scales", {}).items() if k != "source"},
        priced={k.lower(): v for k, v in data.get("priced", {}).items() if k != "source"},
        dimensions={k.lower(): v for k, v in data.get("dimensions", {}).items()
                    if k != "source"},
        extent_verbs=frozenset(w.lower() for w in data.get("extent", {}).get("verbs", ())),
        extent=data.get("extent", {}).get("name", "length"),
        speeds=frozenset(w.lower() for w in data.get("speeds", {}).get("nouns", ())),
        falls={k.lower(): v for k, v in data.get("precipitation", {}).get("falls", {}).items()},
        falling_verbs=frozenset(w.lower() for w in data.get("precipitation", {}).get(
            "verbs", ())),
        falling_units=frozenset(data.get("precipitation", {}).get("units", ())),
        fallen=data.get("precipitation", {}).get("fallen", "rainfall"),
        populated=frozenset(w.lower() for w in data.get("populated", {}).get("nouns", ())),
        inhabitants=frozenset(w.lower() for w in data.get("populated", {}).get("people", ())),
        holding_verbs=frozenset(w.lower() for w in data.get("populated", {}).get("verbs", ())),
        census_words=frozenset(w.lower() for w in data.get("census", {}).get("words", ())),
        census_counts=frozenset(w.lower() for w in data.get("census", {}).get("counts", ())),
        changes=tuple(Change(c["name"], frozenset(c["verbs"]), frozenset(c.get("of", ())))
                      for c in data.get("change", ())),
    )
