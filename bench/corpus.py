"""A corpus of any size, of the shape and length of real news, for the benchmarks.

    python bench/corpus.py N FOLDER [--seed 16]

Articles are made from the samples' and the gold sets' texts (``seeds/``, ``tests/gold/extra*``):
the corpus is a run of *stories*, each one source text covered by two to eight outlets. Within a
story the names (people, and organisations named by two or three capitalised words), the
countries and the years are replaced the same way in every article, so the story's articles
share actors; across stories they differ, so the corpus has many actors. Each article keeps the
source's first paragraph and a share of the others, in order, and changes about a third of its
figures by a factor between 0.6 and 1.5 (the rest agree with the other outlets), so grouping
finds agreeing and disagreeing figures. Titles, outlets and dates go in a ``manifest.toml``, as a
desk's folder would have them.

The same N and seed give the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = ["Amara", "Bilal", "Chiara", "Dmitri", "Esi", "Farid", "Greta", "Hamid", "Ines", "Jonas",
         "Kemal", "Leila", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Sipho", "Tariq",
         "Ulla", "Viktor", "Wanjiru", "Ximena", "Yusuf", "Zofia", "Anil", "Beatriz", "Cheng",
         "Dalia", "Emeka", "Fatima", "Goran", "Hana", "Ivo", "Jamila", "Kofi", "Lucia", "Malik",
         "Noor"]
LAST = ["Okafor", "Haddad", "Rossi", "Volkov", "Mensah", "Karimi", "Lindqvist", "Rahimi",
        "Duarte", "Becker", "Yilmaz", "Mansour", "Herrera", "Petrova", "Farouk", "Sharma",
        "Moreau", "Aziz", "Dlamini", "Qureshi", "Nieminen", "Horvat", "Kamau", "Salazar",
        "Demir", "Nowak", "Rao", "Costa", "Wei", "Saleh", "Eze", "Benali", "Markovic", "Tanaka",
        "Pavic", "Osei", "Ferrari", "Bakr", "Adeyemi", "Ibrahim"]
OUTLETS = ["Coastal Ledger", "Northern Wire", "Daily Compass", "The Meridian", "Harbour Times",
           "Frontline Report", "Capital Gazette", "Evening Standardbearer", "Regional Monitor",
           "Field Dispatch", "World Desk", "The Observer Post", "Valley Herald", "Press Review",
           "Relief Bulletin", "Market Signal", "Atlas News", "Civic Courier", "Signal Daily",
           "The Record"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# first words that make a run of capitals a sentence's start, not a name
STARTERS = {"The", "A", "An", "But", "And", "In", "On", "At", "For", "By", "With", "From", "After",
            "Before", "When", "While", "This", "That", "These", "Those", "It", "He", "She", "They",
            "We", "Its", "His", "Her", "Their", "Our", "As", "If", "Since", "Under", "Over", "Some",
            "Many", "Most", "According", "During", "Last", "Next", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Ms", "Dr", *MONTHS}
NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")
NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/])")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MONTH_NEAR = re.compile(r"(?:" + "|".join(MONTHS) + r")\s*$|^\s*(?:" + "|".join(MONTHS) + ")")
CHANGED = 0.35  # share of an article's figures that disagree with the story's source
PER_STORY = (2, 8)


def sources() -> list[str]:
    """The source texts: the samples and the gold sets, front matter removed."""
    gold = ROOT / "tests" / "gold"
    files = sorted([*(ROOT / "seeds").glob("*.txt"), *gold.glob("extra*/*.txt"),
                    *gold.glob("extra*/*.md")])
    texts = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text.split("\n---\n", 1)[-1]
        texts.append(text.strip())
    return texts


def countries() -> list[str]:
    with (ROOT / "store" / "data" / "countries.toml").open("rb") as handle:
        return sorted(name for name in tomllib.load(handle)["countries"] if " " not in name)


@dataclass
class Story:
    """What every article of one story replaces the same way."""

    source: str
    names: dict[str, str]
    years: int
    day: date

    def apply(self, text: str) -> str:
        if self.names:
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(
                self.names, key=len, reverse=True)) + r")\b")
            text = pattern.sub(lambda m: self.names[m.group(0)], text)
        return YEAR.sub(lambda m: str(int(m.group(0)) + self.years), text)


def story(rng: random.Random, source: str, places: list[str]) -> Story:
    names: dict[str, str] = {}
    for match in NAME.finditer(source):
        words = match.group(0).split()
        if words[0] in STARTERS or match.group(0) in names:
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        names[match.group(0)] = f"{first} {last}" if len(words) == 2 else (
            f"{first} {rng.choice(FIRST)} {last}")
        names.setdefault(words[-1], last)  # the surname alone, later in the text
    for place in places:
        if re.search(rf"\b{re.escape(place)}\b", source):
            names[place] = rng.choice(places)
    start = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    return Story(source, names, rng.randrange(-4, 5), start)


def vary_figures(rng: random.Random, text: str) -> str:
    """About a third of the numbers changed by a factor in [0.6, 1.5]: never a year, a day of a
    month, or a share above 100 %."""
    def changed(match: re.Match[str]) -> str:
        whole, decimals = match.group(1), match.group(2) or ""
        value = int(whole.replace(",", ""))
        before, after = text[max(0, match.start() - 12):match.start()], text[match.end():
                                                                             match.end() + 12]
        if (rng.random() >= CHANGED or value < 10 or YEAR.fullmatch(whole)
                or MONTH_NEAR.search(before) or MONTH_NEAR.search(after)):
            return match.group(0)
        new = max(10, round(value * rng.uniform(0.6, 1.5)))
        if re.match(r"\s*(?:%|per ?cent)", after):
            new = min(new, 99)
        body = f"{new:,}" if "," in whole else str(new)
        return body + decimals
    return NUMBER.sub(changed, text)


def article(rng: random.Random, tale: Story, outlet: str) -> tuple[str, str]:
    """One outlet's article of a story: (title, text)."""
    paragraphs = [p for p in tale.source.split("\n") if p.strip()]
    keep = [paragraphs[0], *(p for p in paragraphs[1:] if rng.random() < 0.8)]
    body = vary_figures(rng, tale.apply("\n\n".join(keep)))
    first, _, rest = body.partition("\n\n")
    if len(first) <= 100:  # the source's headline
        title, body = first.strip(), rest
    else:
        title = " ".join(first.split()[:10]).rstrip(",;:") + "..."
    byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}, {outlet}"
    return title, f"{title}\n\n{byline}\n\n{body}\n"


def generate(n: int, folder: Path, seed: int = 16) -> list[Path]:
    """Write ``n`` articles and their manifest into ``folder``; returns the article files."""
    rng = random.Random(seed)
    texts, places = sources(), countries()
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    manifest: list[str] = ["# made by bench/corpus.py: a generated corpus, not real news\n"]
    while len(files) < n:
        tale = story(rng, rng.choice(texts), places)
        for _ in range(min(rng.randint(*PER_STORY), n - len(files))):
            outlet = rng.choice(OUTLETS)
            title, text = article(rng, tale, outlet)
            day = tale.day + timedelta(days=rng.randrange(30), weeks=52 * tale.years)
            path = folder / f"{len(files):06d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
            manifest.append(f'["{path.name}"]\ntitle = {_toml(title)}\noutlet = "{outlet}"\n'
                            f'date = "{day.isoformat()}"\n')
    (folder / "manifest.toml").write_text("\n".join(manifest), encoding="utf-8")
    return files


def _toml(text: str) -> str:
    """A TOML basic string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    files = generate(args.n, args.folder, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} articles, {size / 1e6:.1f} MB, in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
