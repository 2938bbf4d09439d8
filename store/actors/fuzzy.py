"""When two spellings are one transliterated name.

Names are first blocked by their consonant skeleton (``store.actors.spelling.skeleton``), so only
names that already sound alike are compared; the comparison is rapidfuzz's ``fuzz.ratio`` over
their phonetic forms (``store.actors.spelling.phonetic``: particles dropped, q/g/k and o/u and e/i
folded, doubled letters single). The thresholds come from measurements, not taste:
``bench/actors.py`` prints the score of every pair in ``VARIANT_PAIRS`` (one name, two
spellings) and ``DISTINCT_PAIRS`` (two names that share a skeleton or nearly), and
``tests/test_resolution.py`` checks that the thresholds still separate them. Measured:

* names of two or more words: lowest variant 84.6 ("Khalifa Hifter" / "Khalifa Haftar"),
  highest distinct 78.3 ("Ahmed Hassan" / "Ahmad Husain"): threshold 82;
* single words: every variant scores 100 (the folding absorbs them), distinct words reach 75
  ("Kerry" / "Carrie"): threshold 90, since one short word carries little evidence.

Both sit nearer the distinct side than the middle would: a missed merge costs a reader one
``claimscope actors merge``, while a false merge silently mixes two people.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from store.actors.spelling import loose_tokens, phonetic, skeleton

THRESHOLD = 82.0  # names of two or more words
THRESHOLD_ONE_WORD = 90.0

# One name, two spellings found in news copy (transliteration, particles, accents, doubling).
VARIANT_PAIRS: tuple[tuple[str, str], ...] = (
    ("Moammar Gadhafi", "Muammar el-Qaddafi"),
    ("Moammar Gadhafi", "Muammar Qaddafi"),
    ("Muammar Gaddafi", "Muammar Kadhafi"),
    ("Gadhafi", "Qaddafi"),
    ("Khalifa Hifter", "Khalifa Haftar"),
    ("Mahmoud al-Rashidi", "Mahmud el-Rasheedi"),
    ("Osama bin Laden", "Usama bin Laden"),
    ("Mahmoud Abbas", "Mahmud Abbas"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Abu Bakr al-Baghdadi", "Abu Bakr el-Baghdadi"),
    ("Hassan Nasrallah", "Hasan Nasrallah"),
    ("Ali Khamenei", "Ali Khamene'i"),
    ("Abdel Fattah al-Sisi", "Abdel Fattah el-Sissi"),
    ("Raqqa", "Raqqah"),
    ("Baghuz", "Baghouz"),
    ("Al-Qaeda", "al-Qaida"),
    ("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham"),
    # one Cyrillic, Serbian or Dutch sound written the English, French or German way, and a
    # surname's particles apart or run together (``store.actors.spelling._TRANSLITERATIONS``)
    ("Sergei Tchernov", "Sergei Chernov"),
    ("Igor Setschin", "Igor Sechin"),
    ("Dzhokhar Dudayev", "Jokhar Dudaev"),
    ("Novak Djokovic", "Novak Đoković"),
    ("Mikhail Petrenko", "Mihail Petrenko"),
    ("Mohammed Schehab", "Mohammed Shehab"),
    ("Ruud van Nistelrooij", "Ruud van Nistelrooy"),
    ("Juan de la Cruz", "Juan Dela Cruz"),
    ("Pieter van der Berg", "Pieter Vanderberg"),
    ("Niamh Mac Giolla", "Niamh MacGiolla"),
    ("Ruairi Mc Grath", "Ruairi McGrath"),
    ("Sanjay Shrivastava", "Sanjay Srivastava"),
)

# Different names that share a consonant skeleton, so blocking alone would join them.
DISTINCT_PAIRS: tuple[tuple[str, str], ...] = (
    ("Hassan", "Hussein"),
    ("Ahmed Hassan", "Ahmad Husain"),
    ("Mali", "Mel"),
    ("Omar", "Amr"),
    ("Salim", "Salma"),
    ("Karim", "Kareem Ammar"),
    ("Ali", "Ala"),
    ("Adel", "Adli"),
    ("Kerry", "Carrie"),
    ("Mattis", "Matta"),
    ("Khan", "Han"),
    ("Juan de la Cruz", "Juan Cruz"),
    ("Vijay Singh", "Vyay Singh"),
    ("Peter Schmidt", "Peter Smith"),
)


def same_skeleton(a: str, b: str) -> bool:
    return skeleton(a) == skeleton(b)


def similarity(a: str, b: str) -> float:
    return fuzz.ratio(phonetic(a), phonetic(b))


def threshold_for(a: str) -> float:
    return THRESHOLD if len(loose_tokens(a)) > 1 else THRESHOLD_ONE_WORD


def is_variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` look like two spellings of one transliterated name."""
    return same_skeleton(a, b) and similarity(a, b) >= threshold_for(a)


def variant_form(surface: str) -> tuple[str, float]:
    """What ``is_variant`` compares of a name, worked out once: its phonetic form and its
    threshold. Names of one skeleton block are compared pairwise, and a block grows with the
    corpus, so the pairs should cost no more than the ratio itself."""
    return phonetic(surface), threshold_for(surface)


def forms_agree(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """``is_variant`` of two names already known to share a skeleton, from their forms."""
    return fuzz.ratio(a[0], b[0], score_cutoff=a[1]) >= a[1]
