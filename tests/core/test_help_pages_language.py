"""The offline help pages (resources/help, built by scripts/build_docs.py) speak one language each: no long
English passage in a French page, no long French passage in an English one. A passage is a sentence of 8
words or more in a paragraph, list item, table cell or heading (code, identifiers and file names aside);
it counts as English (French) when a fifth of its words, and at least three, are English (French) function
words."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"
ENGLISH = frozenset("the and of to is are was were be been with which when each from this that these those it its "
                    "not by for or into than where there has have can only if at per while whose".split())
FRENCH = frozenset("le la les des du est une pour dans avec sur qui par au aux ces sont ou pas que se son sa leur "
                   "leurs cette ce lorsque quand chaque".split())
BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption"}


class _Text(HTMLParser):
    """Text of each block element, without code, preformatted text and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.passages, self._current, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("code", "pre", "style", "script"):
            self._skip += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("code", "pre", "style", "script"):
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data):
        if not self._skip:
            self._current.append(data)

    def _flush(self):
        text = " ".join("".join(self._current).split())
        if text:
            self.passages.append(text)
        self._current = []


def foreign_passages(page: Path, stop_words: frozenset) -> list:
    """Sentences of ``page`` that read as the language of ``stop_words``."""
    parser = _Text()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    parser._flush()
    found = []
    for passage in parser.passages:
        for sentence in re.split(r"(?<=[.;!?])\s+|\s+[—–]\s+|:\s+", passage):
            words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", sentence)]
            hits = sum(w in stop_words for w in words)
            if len(words) >= 8 and hits >= 3 and hits >= 0.2 * len(words):
                found.append(sentence)
    return found


def pages(lang: str):
    return sorted((HELP / lang).glob("*.html"))


def test_the_detector_tells_english_from_french():
    english = "The envelope is the reference minus the objective, applied to each commune of the territory."
    french = "L'enveloppe est la référence diminuée de l'objectif, appliquée à chaque commune du territoire."
    sample = HELP.parent.parent / "artifacts"
    sample.mkdir(exist_ok=True)
    page = sample / "language_sample.html"
    page.write_text(f"<p>{english}</p><p>{french}</p><p><code>{english}</code></p>", encoding="utf-8")
    assert foreign_passages(page, ENGLISH) == [english]
    assert foreign_passages(page, FRENCH) == [french]


@pytest.mark.parametrize("page", pages("fr"), ids=lambda p: p.name)
def test_french_pages_have_no_english_passage(page):
    assert foreign_passages(page, ENGLISH) == []


@pytest.mark.parametrize("page", pages("en"), ids=lambda p: p.name)
def test_english_pages_have_no_french_passage(page):
    assert foreign_passages(page, FRENCH) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_link_between_help_pages_leads_to_a_page(lang):
    """Links to other pages of the documentation (e.g. robustness.html) are pages shipped with the plugin."""
    dead = []
    for page in pages(lang):
        for target in re.findall(r"href='([^']+)'", page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("#"):
                continue
            if not (page.parent / target.split("#")[0]).resolve().is_file():
                dead.append((page.name, target))
    assert dead == []
