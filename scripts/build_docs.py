"""Build the user documentation shipped inside the plugin: resources/help/{fr,en}/<algorithm>.html.

Each page, opened offline by the *Help* button of the algorithm's dialog (``helpUrl()``), has: what the
algorithm does and the form in words (the help of the dialog, in the page's language), every parameter of the
form as it is labelled there (label, name for models and ``qgis_process``, default, advanced or not), every
output field with its alias and comment, then the technical reference (method, rules, statistics,
performance) in the page's language: ``docs/<lang>/<alg>.md`` when that translation exists, else ``docs/<alg>.md``
— written in English, or in French when ``docs/en/<alg>.md`` holds its English translation (a page whose text
is not yet translated says so in its heading). Run with QGIS's Python:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_docs.py

``scripts/build_plugin.py`` runs it before zipping; the pages are committed so a clone has them.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
OUT = ROOT / "resources" / "help"
PAGES = {"zan_counters": "zan.md", "friches_mutability": "friches.md", "icu_hotspots": "icu.md",
         "lizmap_publish": "lizmap.md", "tvb_continuity": "tvb.md", "zan_net_artificialisation": "zan_artificialisation.md",
         "ocsge_to_postgis": "zan_artificialisation.md", "zae_inventory": "zae.md"}
EXTRA = {"friches_grid_format": "friches_grid_format.md", "robustness": "robustness.md"}
CSS = """body{font-family:'Segoe UI',Roboto,Helvetica,Arial,sans-serif;max-width:980px;margin:1.5em auto;padding:0 1em;
color:#222;line-height:1.45}h1{color:#1b4965;border-bottom:3px solid #1b4965}h2{color:#1b4965;margin-top:1.6em;
border-bottom:1px solid #ccd}table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #ccd;
padding:.2em .5em;text-align:left;vertical-align:top}th{background:#eef2f7}code{background:#f3f4f6;padding:0 .2em}
.note{color:#555;font-size:.9em}nav a{margin-right:1em}"""

WORDS = {
    "fr": {"form": "Le formulaire", "parameters": "Paramètres du formulaire", "label": "Libellé",
           "name": "Nom (modèles, qgis_process)", "default": "Valeur par défaut", "where": "Où",
           "advanced": "avancé", "main": "principal", "outputs": "Champs des résultats", "field": "Champ",
           "alias": "Alias", "comment": "Description", "reference": "Référence technique",
           "reference_untranslated": "Référence technique (en anglais)",
           "index": "Documentation d'AULA Toolkit", "optional": "facultatif", "other": "English",
           "title": "Aide"},
    "en": {"form": "The form", "parameters": "Parameters of the form", "label": "Label",
           "name": "Name (models, qgis_process)", "default": "Default", "where": "Where", "advanced": "advanced",
           "main": "main", "outputs": "Result fields", "field": "Field", "alias": "Alias", "comment": "Description",
           "reference": "Technical reference", "reference_untranslated": "Technical reference (in French)",
           "index": "AULA Toolkit documentation", "optional": "optional",
           "other": "Français", "title": "Help"},
}


def source(md: str, lang: str):
    """(Markdown of ``md`` for a page in ``lang``, whether it is in that language): ``docs/<lang>/<md>`` when it
    exists, else ``docs/<md>`` (English, or French when ``docs/en/<md>`` is its English translation)."""
    translated = DOCS / lang / md
    if translated.is_file():
        return translated, True
    original = "fr" if (DOCS / "en" / md).is_file() else "en"
    return DOCS / md, original == lang


def inline(text: str) -> str:
    """Markdown inline → HTML: code, bold, italics, links (``x.md`` → ``x.html``)."""
    parts = re.split(r"(`[^`]*`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) >= 2:
            out.append(f"<code>{html.escape(part[1:-1])}</code>")
            continue
        s = html.escape(part, quote=False)
        s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
        s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
        s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f"<a href='{_link(m.group(2))}'>{m.group(1)}</a>", s)
        out.append(s)
    return "".join(out)


def _link(target: str) -> str:
    name = target.split("/")[-1]
    if name.endswith(".md"):
        stem = name[:-3]
        for alg, md in {**PAGES, **EXTRA}.items():
            if md == name:
                return f"{alg}.html"
        return f"{stem}.html"
    return target


def markdown(text: str, shift: int = 0) -> str:
    """The small Markdown of docs/: headings, paragraphs, lists, tables, fenced code."""
    lines = text.splitlines()
    out, para, i = [], [], 0

    def flush():
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            out.append("<pre><code>" + html.escape("\n".join(lines[i + 1:j])) + "</code></pre>")
            i = j + 1
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading:
            flush()
            level = min(6, len(heading.group(1)) + shift)
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                    rows.append(cells)
                i += 1
            head, body = rows[0], rows[1:]
            out.append("<table><thead><tr>" + "".join(f"<th>{inline(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in r) + "</tr>" for r in body)
                       + "</tbody></table>")
            continue
        elif re.match(r"^\s*([-*]|\d+\.)\s+", line):
            flush()
            items = []
            while i < len(lines) and (re.match(r"^\s*([-*]|\d+\.)\s+", lines[i]) or
                                      (lines[i].startswith("  ") and items)):
                if re.match(r"^\s*([-*]|\d+\.)\s+", lines[i]):
                    items.append(re.sub(r"^\s*([-*]|\d+\.)\s+", "", lines[i]))
                else:
                    items[-1] += " " + lines[i].strip()
                i += 1
            out.append("<ul>" + "".join(f"<li>{inline(t)}</li>" for t in items) + "</ul>")
            continue
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()
    return "\n".join(out)


def page(title: str, body: str, lang: str, other: str) -> str:
    w = WORDS[lang]
    nav = (f"<nav class='note'><a href='index.html'>{w['index']}</a>"
           f"<a href='../{'en' if lang == 'fr' else 'fr'}/{other}'>{w['other']}</a></nav>")
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{CSS}</style></head><body>{nav}<h1>{html.escape(title)}</h1>{body}</body></html>\n")


def _default(parameter, lang: str = "en") -> str:
    """The default as the form shows it: '50' not '50.0', '0,05' on a French page."""
    value = parameter.defaultValue()
    if value is None or value == "":
        return "–"
    options = getattr(parameter, "options", None)
    if callable(options) and isinstance(value, int):
        try:
            return html.escape(str(options()[value]))
        except IndexError:
            pass
    if isinstance(value, bool):
        return "✔" if value else "✘"
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
        return text.replace(".", ",") if lang == "fr" else text
    return html.escape(str(value))


def algorithm_page(algorithm, lang: str, specs_by_output, reference: str, translated: bool = True) -> str:
    from qgis.core import QgsProcessingParameterDefinition

    w = WORDS[lang]
    rows = []
    for p in algorithm.parameterDefinitions():
        advanced = bool(p.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        optional = bool(p.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
        label = html.escape(p.description()) + (f" <span class='note'>({w['optional']})</span>" if optional else "")
        rows.append(f"<tr><td>{label}</td><td><code>{p.name()}</code></td><td>{_default(p, lang)}</td>"
                    f"<td>{w['advanced'] if advanced else w['main']}</td></tr>")
    params = (f"<h2>{w['parameters']}</h2><table><thead><tr><th>{w['label']}</th><th>{w['name']}</th>"
              f"<th>{w['default']}</th><th>{w['where']}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    outputs = ""
    if specs_by_output:
        from aula_toolkit_plugin.aula_toolkit.fields import comment

        outputs = f"<h2>{w['outputs']}</h2>"
        for output, specs in specs_by_output.items():
            outputs += f"<h3><code>{output}</code></h3><table><thead><tr><th>{w['field']}</th><th>{w['alias']}</th>" \
                       f"<th>{w['comment']}</th></tr></thead><tbody>"
            outputs += "".join(
                f"<tr><td><code>{s.name}</code></td><td>{html.escape(s.fr if lang == 'fr' else s.en)}</td>"
                f"<td>{html.escape(comment(s, lang == 'fr'))}</td></tr>" for s in specs)
            outputs += "</tbody></table>"
    body = (f"<h2>{w['form']}</h2>{algorithm.shortHelpString()}{params}{outputs}"
            f"<h2>{w['reference' if translated else 'reference_untranslated']}</h2>{reference}")
    return page(f"{algorithm.displayName()} — aula:{algorithm.name()}", body, lang, f"{algorithm.name()}.html")


def output_specs():
    """{algorithm id: {output: field specs}} (friches: for the default grid's uses)."""
    from aula_toolkit_plugin.aula_toolkit.friches import fields as FF
    from aula_toolkit_plugin.aula_toolkit.friches import grid as G
    from aula_toolkit_plugin.aula_toolkit.icu import fields as FI
    from aula_toolkit_plugin.aula_toolkit.tvb import fields as FT
    from aula_toolkit_plugin.aula_toolkit.zae import cnig
    from aula_toolkit_plugin.aula_toolkit.zan import artif, counters

    grid = G.load_grid()
    return {
        "zan_counters": {"OUTPUT": counters.COUNTER_FIELDS, "TRAJECTORY": counters.TRAJECTORY_FIELDS},
        "friches_mutability": {
            "OUTPUT": FF.score_fields([(u, *grid.use_labels[u]) for u in grid.uses], with_stability=True),
            "DETAILS": FF.DETAIL_FIELDS},
        "icu_hotspots": {"HOTSPOTS": FI.HOTSPOT_FIELDS, "STAKES_POPULATION": FI.STAKES_POPULATION_FIELDS,
                         "STAKES_ERP": FI.STAKES_ERP_FIELDS, "SUMMARY": FI.SUMMARY_FIELDS},
        "lizmap_publish": {},
        "tvb_continuity": {"PATCHES": FT.PATCH_FIELDS, "LINKS": FT.LINK_FIELDS, "CORRIDOR_POLYGONS": FT.CORRIDOR_FIELDS,
                           "CONFLICTS": FT.CONFLICT_FIELDS, "INDICES": FT.GLOBAL_FIELDS},
        "zan_net_artificialisation": {"OUTPUT": artif.OUTPUT_FIELDS, "CHANGES": artif.CHANGE_FIELDS},
        "zae_inventory": {"UNITS": cnig.UNIT_FIELDS, "SUMMARY": cnig.SUMMARY_FIELDS},
    }


def build(out: Path = OUT) -> list:
    sys.path.insert(0, str(ROOT / "scripts"))
    from plugin_package import register

    sys.path.pop(0)
    register()
    from aula_toolkit_plugin.processing.provider import algorithm_classes
    from aula_toolkit_plugin.toolbelt.i18n import install_translator, remove_translator

    written = []
    specs = output_specs()
    for lang in ("fr", "en"):
        if lang == "fr":
            install_translator("fr")
        else:
            remove_translator()
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        w = WORDS[lang]
        links = []
        for cls in algorithm_classes():
            algorithm = cls()
            algorithm.initAlgorithm()
            md, in_language = source(PAGES[algorithm.name()], lang)
            reference = markdown(md.read_text(encoding="utf-8").split("\n", 1)[1], shift=1)
            target = folder / f"{algorithm.name()}.html"
            target.write_text(algorithm_page(algorithm, lang, specs.get(algorithm.name()), reference, in_language),
                              encoding="utf-8")
            written.append(target)
            links.append(f"<li><a href='{algorithm.name()}.html'>{html.escape(algorithm.displayName())}</a> — "
                         f"<code>aula:{algorithm.name()}</code></li>")
        for name, md in EXTRA.items():
            text = source(md, lang)[0].read_text(encoding="utf-8")
            title = re.sub(r"[`#]", "", text.splitlines()[0]).strip()
            target = folder / f"{name}.html"
            target.write_text(page(title, markdown(text.split("\n", 1)[1], 1), lang, f"{name}.html"), encoding="utf-8")
            written.append(target)
        index = folder / "index.html"
        index.write_text(page(w["index"], f"<ul>{''.join(links)}</ul>", lang, "index.html"), encoding="utf-8")
        written.append(index)
    remove_translator()
    return written


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in build():
        print(path.relative_to(ROOT))
