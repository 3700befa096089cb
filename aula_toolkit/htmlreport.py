"""Offline HTML reports: one self-contained page (inline CSS and SVG, no network).

Shared by every algorithm's report so they look alike and open anywhere, e.g. on an elected
official's laptop with no connection. A report speaks one language, French or English
(:func:`report_language`); numbers follow that language (``1 234,5`` / ``1,234.5``).
"""

from __future__ import annotations

import html
import math
from typing import Iterable, List, Optional, Sequence, Tuple

CSS = """
body{font-family:'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;
line-height:1.45;padding:0 1em}
h1{color:#1b4965;border-bottom:3px solid #1b4965;padding-bottom:.2em}
h2{color:#1b4965;margin-top:2em;border-bottom:1px solid #ccd}
h3{color:#333}
.card h2:first-child,.card h3:first-child{margin-top:.3em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ccd;padding:.25em .6em;text-align:right}
th{background:#eef2f7}
td.t,th.t{text-align:left}
.card{border:1px solid #ccd;border-radius:6px;padding:.6em 1.2em;margin:1.2em 0;page-break-inside:avoid}
.note{color:#555;font-size:.9em}
.badge{display:inline-block;padding:.1em .6em;border-radius:1em;color:#fff;font-size:.9em;white-space:nowrap}
.legend span{display:inline-block;margin-right:1.2em}
.legend i{display:inline-block;width:1.6em;height:.35em;vertical-align:middle;margin-right:.3em}
@media print{body{margin:0}.card{border:none}}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th:after{content:' \\2195';color:#99a}
.scroll{max-height:70vh;overflow:auto;border:1px solid #ccd}
.scroll table{margin:0}
.scroll thead th{position:sticky;top:0}
"""

LANGUAGES = ("fr", "en")

SORT_SCRIPT = """<script>
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
  var b=t.tBodies[0],r=Array.prototype.slice.call(b.rows),d=th.dataset.d==='1'?-1:1;th.dataset.d=d===1?'1':'0';
  var k=function(x){var c=x.cells[i],v=c.dataset.v;return v===undefined?c.textContent:v;};
  var n=r.every(function(x){var v=k(x);return v===''||!isNaN(+v);});
  r.sort(function(a,c){var x=k(a),y=k(c);if(n){x=x===''?-1e308:+x;y=y===''?-1e308:+y;return (x-y)*d;}
   return x.localeCompare(y,document.documentElement.lang)*d;});
  var f=document.createDocumentFragment();r.forEach(function(x){f.appendChild(x);});b.appendChild(f);});});});
</script>"""


def report_language(choice: str = "", locale: str = "") -> str:
    """The report's language: ``choice`` ('fr'/'en') if given, else the QGIS locale's, French or English."""
    for value in (choice, locale):
        code = (value or "").strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en" if locale else "fr"


class Words:
    """Picks the report language's variant: ``w = Words('en'); w("Surface", "Area")``."""

    def __init__(self, lang: str = "fr"):
        self.lang = lang if lang in LANGUAGES else "fr"

    @property
    def fr(self) -> bool:
        return self.lang == "fr"

    def __call__(self, fr: str, en: str) -> str:
        return fr if self.fr else en

    def pair(self, labels) -> str:
        """The variant of a (French, English) label pair."""
        return labels[0] if self.fr else labels[1]

    def num(self, value, digits: int = 1, unit: str = "") -> str:
        return fmt(value, digits, unit, self.lang)

    def count(self, value) -> str:
        return count(value, self.lang)

    def plain(self, value) -> str:
        return plain(value, self.lang)

    def date(self, day) -> str:
        return day.strftime("%d/%m/%Y") if self.fr else day.isoformat()


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def page(title: str, body: str, lang: str = "fr", subtitle: str = "", script: bool = False) -> str:
    """The whole page; ``script`` adds the few lines that sort ``table.sortable`` on a header click."""
    sub = f"<p class='note'>{esc(subtitle)}</p>" if subtitle else ""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{esc(title)}</title><style>{CSS}</style></head>"
            f"<body><h1>{esc(title)}</h1>{sub}{body}{SORT_SCRIPT if script else ''}</body></html>")


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(math.isnan(value))
    except (TypeError, ValueError):
        return False


def fmt(value, digits: int = 1, unit: str = "", lang: str = "fr") -> str:
    """A number in the report's language: French ``1 234,5`` (narrow no-break space, decimal comma), English
    ``1,234.5``; integers stay integers; '–' for missing."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return esc(value) if value else "–"
    if type(value) is not float and hasattr(value, "item"):
        value = value.item()
    if value != value:  # NaN
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
    else:
        text = f"{float(value):,.{digits}f}"
        if text.startswith("-") and float(text.replace(",", "")) == 0:
            text = text[1:]
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    if unit:
        return f"{text}\u00a0{unit}" if unit != "%" or lang == "fr" else f"{text}%"
    return text


def plain(value, lang: str = "fr", max_digits: int = 2) -> str:
    """A number with no useless decimals: 2 → '2', 0.5 → '0,5' (weights, thresholds)."""
    if _missing(value):
        return "–"
    v = round(float(value), max_digits)
    if v == int(v):
        return fmt(int(v), 0, "", lang)
    digits = next(d for d in range(1, max_digits + 1) if round(v, d) == v)
    return fmt(v, digits, "", lang)


def count(value, lang: str = "fr") -> str:
    """A count, always printed as an integer."""
    return "–" if _missing(value) else fmt(int(round(float(value))), 0, "", lang)


def table(headers: Sequence[str], rows: Iterable[Sequence], text_columns: Sequence[int] = (0,),
          sortable: bool = False, sort_keys: Optional[Sequence[Sequence]] = None, row_ids: Optional[Sequence] = None,
          css_class: str = "") -> str:
    """An HTML table; cells are already-escaped HTML. ``sortable`` tables sort on a header click, by
    ``sort_keys[row][col]`` when given (raw numbers, not their formatted text)."""
    head = "".join(f"<th class='{'t' if i in text_columns else ''}'>{esc(h)}</th>" for i, h in enumerate(headers))
    parts = []
    for r, row in enumerate(rows):
        keys = sort_keys[r] if sort_keys is not None else None
        cells = []
        for i, c in enumerate(row):
            key = ""
            if keys is not None and keys[i] is not None:
                key = f" data-v='{esc('' if _missing(keys[i]) else keys[i])}'"
            cells.append(f"<td class='{'t' if i in text_columns else ''}'{key}>{c}</td>")
        rid = f" id='{esc(row_ids[r])}'" if row_ids is not None else ""
        parts.append(f"<tr{rid}>{''.join(cells)}</tr>")
    classes = " ".join(c for c in (css_class, "sortable" if sortable else "") if c)
    cls = f" class='{classes}'" if classes else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(parts)}</tbody></table>"


def _nice_max(value: float) -> float:
    if value <= 0 or math.isnan(value):
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def bar_line_chart(categories: Sequence, bars: Sequence[Optional[float]],
                   lines: Sequence[Tuple[str, str, Sequence[Optional[float]]]] = (),
                   bar_label: str = "", unit: str = "", width: int = 760, height: int = 300,
                   bar_color: str = "#5b8db8", title: str = "", lang: str = "fr") -> str:
    """Bars per category plus optional lines (label, colour, values); None values are skipped."""
    left, right, top, bottom = 60, 15, 20, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for v in bars if v is not None] + [v for _, _, ys in lines for v in ys if v is not None]
    top_value = _nice_max(max(values) if values else 1.0)
    n = max(1, len(categories))
    step = plot_w / n
    y = lambda v: top + plot_h - (v / top_value) * plot_h  # noqa: E731
    parts: List[str] = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
                        f"role='img' aria-label='{esc(title)}' style='font-size:11px;font-family:sans-serif'>"]
    for k in range(6):
        v = top_value * k / 5
        parts.append(f"<line x1='{left}' x2='{width - right}' y1='{y(v):.1f}' y2='{y(v):.1f}' stroke='#e3e6ea'/>"
                     f"<text x='{left - 6}' y='{y(v) + 4:.1f}' text-anchor='end'>{fmt(v, 1 if top_value < 10 else 0, '', lang)}</text>")
    for i, (cat, v) in enumerate(zip(categories, bars)):
        x = left + i * step
        if v is not None and v > 0:
            parts.append(f"<rect x='{x + step * 0.15:.1f}' y='{y(v):.1f}' width='{step * 0.7:.1f}' "
                         f"height='{top + plot_h - y(v):.1f}' fill='{bar_color}'><title>{esc(cat)}{' :' if lang == 'fr' else ':'} {fmt(v, 2, unit, lang)}</title></rect>")
        if n <= 24 or i % 2 == 0:
            parts.append(f"<text x='{x + step / 2:.1f}' y='{height - bottom + 15}' text-anchor='middle'>{esc(cat)}</text>")
    for label, color, ys in lines:
        points = [f"{left + (i + 0.5) * step:.1f},{y(v):.1f}" for i, v in enumerate(ys) if v is not None]
        if points:
            parts.append(f"<polyline fill='none' stroke='{color}' stroke-width='2.5' points='{' '.join(points)}'/>")
    parts.append(f"<line x1='{left}' x2='{width - right}' y1='{top + plot_h}' y2='{top + plot_h}' stroke='#555'/>")
    parts.append(f"<text x='12' y='{top + plot_h / 2}' transform='rotate(-90 12 {top + plot_h / 2})' "
                 f"text-anchor='middle'>{esc(unit)}</text></svg>")
    legend = [f"<span><i style='background:{bar_color};height:.8em'></i>{esc(bar_label)}</span>"] if bar_label else []
    legend += [f"<span><i style='background:{c}'></i>{esc(lbl)}</span>" for lbl, c, _ in lines]
    return "".join(parts) + f"<div class='legend note'>{''.join(legend)}</div>"


def horizontal_bars(labels: Sequence[str], values: Sequence[Optional[float]], max_value: float = 100.0,
                    colors: Optional[Sequence[str]] = None, unit: str = "", width: int = 520,
                    digits: int = 1, lang: str = "fr") -> str:
    """Labelled horizontal bars (e.g. a score per use, a count of sites: ``digits=0``), one row each."""
    row_h, label_w = 22, 170
    height = row_h * len(labels) + 6
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
             f"style='font-size:12px;font-family:sans-serif'>"]
    bar_w = width - label_w - 60
    for i, (label, value) in enumerate(zip(labels, values)):
        y = i * row_h + 3
        color = colors[i] if colors else "#5b8db8"
        parts.append(f"<text x='{label_w - 6}' y='{y + 14}' text-anchor='end'>{esc(label)}</text>")
        if value is not None and not (isinstance(value, float) and math.isnan(value)):
            w = max(0.0, min(1.0, value / max_value)) * bar_w
            parts.append(f"<rect x='{label_w}' y='{y}' width='{w:.1f}' height='{row_h - 6}' fill='{color}'/>"
                         f"<text x='{label_w + w + 4:.1f}' y='{y + 14}'>{fmt(value, digits, unit, lang)}</text>")
        else:
            parts.append(f"<text x='{label_w + 4}' y='{y + 14}' fill='#888'>–</text>")
    parts.append("</svg>")
    return "".join(parts)
