"""Reading the tables of an HTML report back, to compare them with the result layers."""

from __future__ import annotations

from html.parser import HTMLParser


class Tables(HTMLParser):
    """Every table of a page as lists of cell texts, each with the heading (h2/h3) before it."""

    def __init__(self):
        super().__init__()
        self.tables, self._cell, self._row, self._heading, self._in_heading = [], None, None, "", False

    def handle_starttag(self, tag, attrs):
        if tag in ("h2", "h3"):
            self._in_heading, self._heading = True, ""
        elif tag == "table":
            self.tables.append((self._heading.strip(), []))
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("h2", "h3"):
            self._in_heading = False
        elif tag in ("td", "th") and self._row is not None:
            self._row.append(self._cell.strip())
            self._cell = None
        elif tag == "tr" and self._row is not None and self.tables:
            self.tables[-1][1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._in_heading:
            self._heading += data
        if self._cell is not None:
            self._cell += data


def tables_of(html: str):
    parser = Tables()
    parser.feed(html)
    return parser.tables


def table_after(html: str, heading: str):
    """Rows of the first table whose heading starts with ``heading``."""
    return next(rows for title, rows in tables_of(html) if title.startswith(heading))


def number(text: str, lang: str) -> float:
    """A number as the report prints it in ``lang`` ('1 234,5 ha' in French, '1,234.5 ha' in English)."""
    text = text.replace("\u202f", "").replace("\u00a0", " ").split(" ")[0]
    return float(text.replace(",", ".") if lang == "fr" else text.replace(",", ""))
