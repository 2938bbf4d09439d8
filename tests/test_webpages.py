"""Saved web pages and Markdown in: the main text only, metadata from the page itself, front
matter as metadata and never as text, other document formats refused with the formats read.

The pages under ``tests/data/pages/`` are of our own making: a news page with navigation,
comments, a sidebar and a footer; a page whose only metadata is Open Graph; a page that says it is
UTF-8 and is written in cp1252."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from store.errors import SkipFile
from store.ingest.documents import blank_front_matter, load_document
from store.ingest.metadata import article_metadata
from store.ingest.pipeline import ingest
from store.ingest.reading import discover

PAGES = Path(__file__).resolve().parent / "data" / "pages"

# page -> (title, outlet, date, url, words of the story, words of the furniture around it)
CASES = {
    "news_with_furniture.html": (
        "Floods in the Tarn valley: toll rises to 41", "The Valley Courier", "2024-03-14",
        "https://valleycourier.example/2024/03/14/tarn-floods-toll",
        ["At least 41 people have died", "25 million euros for emergency repairs",
         "240 residents spent two nights"],
        ["Home", "Subscribe", "12 cookies", "riverwatcher", "over 100", "3 feet of water",
         "Most read", "8 million jackpot", "600 trains", "Advertisement", "rue des Lilas",
         "Privacy", "pageviews", "font-family"]),
    "open_graph_only.html": (
        "Harbour authority counts 2,300 containers lost in the storm", "Port Ledger",
        "2023-11-02", "https://portledger.example/news/containers-lost-storm",
        ["about 2,300 containers", "recovered 140 of them", "4.5 million dollars"], []),
    "broken_charset.html": (
        "Le budget de la région dépasse 1,2 milliard d’euros", "Le Courrier du Sud",
        "2022-06-30", None,
        ["a budget of 1.2 billion euros (€1.2bn)", "“about 40%”", "café-and-culture",
         "Hélène Rouquié", "département"],
        ["Accueil", "Économie", "© 2022"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_page_gives_its_main_text_and_its_own_metadata(name: str) -> None:
    title, outlet, date, url, story, furniture = CASES[name]
    path = PAGES / name
    document = load_document(path)
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == title, "the headline opens the text"
    for words in story:
        assert words in document.text
    for words in furniture:
        assert words not in document.text, words
    assert "<" not in document.text and "\n\n\n" not in document.text
    meta = article_metadata(path, document.text, document.fields)
    assert (meta.title, meta.outlet, meta.date, meta.url) == (title, outlet, date, url)
    assert not meta.date_inferred


def test_a_page_in_another_encoding_than_it_says_is_decoded_and_noted() -> None:
    document = load_document(PAGES / "broken_charset.html")
    assert document.note == "decoded as cp1252 (not UTF-8)"
    assert "\ufffd" not in document.text and "Ã" not in document.text


def test_a_page_with_no_article_text_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing here</title></head><body><nav>Home</nav>"
                    "</body></html>")
    with pytest.raises(SkipFile, match="no article text"):
        load_document(page)


FRONT = "---\ntitle: A headline\ndate: 2024-09-20\nurl: https://x.example/a/20\n---\n"


@pytest.mark.parametrize(("text", "expected"), [
    (FRONT + "Body 12.\n", "".join(" " * len(line) + "\n" for line in FRONT.splitlines())
     + "Body 12.\n"),
    ("No front matter: 12.\n", "No front matter: 12.\n"),
    ("Text\n---\ndate: 2024\n---\n", "Text\n---\ndate: 2024\n---\n"),  # fences not at the top
])
def test_front_matter_is_blanked_to_the_same_length(text: str, expected: str) -> None:
    assert blank_front_matter(text) == expected
    assert len(blank_front_matter(text)) == len(text)


@pytest.mark.parametrize(("front", "values"), [
    ('---\ntitle: "Velm Water Agency lowers its count"\noutlet: "Velm Water Agency, press '
     'release"\ndate: 2031-05-02\n---\n', ["Velm Water Agency lowers its count",
                                            "Velm Water Agency, press release"]),
    ("---\nOutlet: Kell Courier\nurl: https://kell.example/a\n---\n", ["Kell Courier"]),
    ("---\ntitle: ''\ndate: 2031\n---\n", []),
])
def test_the_titles_and_the_outlets_values_are_found_where_the_file_writes_them(
        tmp_path: Path, front: str, values: list[str]) -> None:
    path = tmp_path / "release.md"
    path.write_text(front + "Body text.\n")
    document = load_document(path)
    assert [value for _, _, value in document.front] == values
    written = path.read_text()
    assert all(written[s:e] == value for s, e, value in document.front)
    assert all(not document.text[s:e].strip() for s, e, _ in document.front)  # still blank


def test_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(FRONT + "# The headline in the text\n\nAt least 40 people died.\n")
    document = load_document(path)
    assert "2024" not in document.text and "title" not in document.text
    assert document.text.endswith("# The headline in the text\n\nAt least 40 people died.\n")
    meta = article_metadata(path, document.text, document.fields)
    assert (meta.title, meta.date, meta.url) == ("A headline", "2024-09-20",
                                                 "https://x.example/a/20")


@pytest.mark.parametrize("name", ["report.docx", "scan.PDF", "notes.odt", "old.doc", "memo.rtf"])
def test_other_documents_are_refused_naming_the_formats_read(tmp_path: Path, name: str) -> None:
    from store.ingest.documents import READ_SUFFIXES, REFUSED_SUFFIXES

    (tmp_path / name).write_bytes(b"PK\x03\x04")
    (tmp_path / "a.txt").write_text("An article.")
    for given in ([tmp_path], [tmp_path / name]):
        found = {p.name: skip.reason if skip else None for p, skip in discover(
            given, suffixes=READ_SUFFIXES, refused=REFUSED_SUFFIXES)}
        suffix = Path(name).suffix.lower()
        assert found[name] == f"a {suffix} file: claimscope reads .txt, .md, .html and .htm"


def test_a_saved_pages_asset_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text("<html></html>")
    (tmp_path / "story_files").mkdir()
    (tmp_path / "story_files" / "advert.html").write_text("<html></html>")
    (tmp_path / "other_files").mkdir()  # no page of that name beside it: an ordinary folder
    (tmp_path / "other_files" / "b.html").write_text("<html></html>")
    found = [p.relative_to(tmp_path).as_posix() for p, _ in discover(
        [tmp_path], suffixes=(".html",))]
    assert found == ["other_files/b.html", "story.html"]


@pytest.mark.slow
def test_pages_ingest_with_offsets_into_the_stored_text(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    report = ingest([PAGES], db)
    assert (report.added, report.skipped) == (3, [])
    corpus = Corpus.open(db)
    by_file = {a.file: a for a in corpus.articles()}
    assert set(by_file) == set(CASES)
    for name, (title, outlet, date, url, _, furniture) in CASES.items():
        article = by_file[name]
        assert (article.title, article.outlet, article.date, article.url) == (
            title, outlet, date, url)
        text = corpus.text(article.id)
        figures = corpus.figures(article.id)
        assert figures
        for figure in figures:
            assert text[figure.start:figure.end] == figure.text
        for mention in corpus.article_mentions(article.id):
            assert text[mention.start:mention.end].strip()
        assert not any(words in text for words in furniture)
    flood = corpus.figures(by_file["news_with_furniture.html"].id)
    assert 100 not in {f.low for f in flood}, "a commenter's figure is no figure of the story"
