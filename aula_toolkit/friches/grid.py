"""Scoring grids: the documented, versioned JSON format (``docs/friches_grid_format.md``), its
validation, and the shipped Mutafriches presets.

A grid is loaded once into a :class:`Grid`: weights, per-criterion option tables (numeric buckets with
explicit bounds in canonical units, or categorical values) giving a score code per use, exclusion
rules, potentiel classes and fiabilité levels. Every fault names the grid, the criterion and the value.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np

from ..errors import AulaInputError, preview
from .criteria import CATALOGUE, NUMERIC, UNITS

FORMAT = "aula-friches-grid"
FORMAT_VERSIONS = ("1.0",)
GRIDS_DIR = Path(__file__).resolve().parent / "grids"
PRESETS = ("mutafriches-v1.11", "mutafriches-v1.16", "mutafriches-v1.19")
DEFAULT_PRESET = PRESETS[-1]
NOT_FOUND_SKIP = "skip"
NOT_FOUND_SCORE = "score"


@dataclass(frozen=True)
class Option:
    """One row of a criterion: a categorical value or a numeric bucket (bounds in canonical units)."""

    id: str
    codes: Tuple[str, ...]  # one score code per use, in grid use order
    low: float = -math.inf
    high: float = math.inf
    low_inclusive: bool = False
    high_inclusive: bool = False
    fr: str = ""
    en: str = ""

    def contains(self, value: float) -> bool:
        above = value >= self.low if self.low_inclusive else value > self.low
        below = value <= self.high if self.high_inclusive else value < self.high
        return above and below


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str
    weight: float
    options: Tuple[Option, ...]
    fr: str
    en: str
    unit: str = ""
    not_found: str = NOT_FOUND_SKIP
    unscored_values: Tuple[str, ...] = ()
    group: str = ""

    def option_index(self) -> Dict[str, int]:
        return {o.id: i for i, o in enumerate(self.options)}


@dataclass(frozen=True)
class ExclusionRule:
    id: str
    when: Tuple[Tuple[str, Tuple[str, ...]], ...]  # (criterion, values): all must hold
    excludes: Tuple[str, ...]
    fr: str
    en: str


@dataclass(frozen=True)
class Level:
    id: str
    min: float
    fr: str
    en: str


@dataclass
class Grid:
    name: str
    version: str
    fr: str
    en: str
    uses: Tuple[str, ...]
    use_labels: Dict[str, Tuple[str, str]]
    codes: Dict[str, float]
    neutral_codes: Tuple[str, ...]
    unknown_values: Tuple[str, ...]
    criteria: Tuple[Criterion, ...]
    exclusions: Tuple[ExclusionRule, ...] = ()
    potentiel: Tuple[Level, ...] = ()
    fiabilite_levels: Tuple[Level, ...] = ()
    fiabilite_scale: float = 10.0
    fiabilite_step: float = 0.5
    source: dict = field(default_factory=dict, repr=False)

    @property
    def total_weight(self) -> float:
        return float(sum(c.weight for c in self.criteria))

    def criterion(self, cid: str) -> Criterion:
        for c in self.criteria:
            if c.id == cid:
                return c
        raise KeyError(cid)

    @property
    def criterion_ids(self) -> Tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    def with_weights(self, weights: Dict[str, float]) -> "Grid":
        """A copy with some weights replaced (sensitivity analysis, user overrides); weights must be > 0."""
        for cid, w in weights.items():
            if cid not in self.criterion_ids:
                raise _err(self.name, f"critère inconnu « {cid} »", f"unknown criterion '{cid}'")
            if not (isinstance(w, (int, float)) and w > 0 and math.isfinite(w)):
                raise _err(self.name, f"poids de « {cid} » = {w} : il doit être > 0",
                           f"weight of '{cid}' = {w}: it must be > 0")
        crit = tuple(Criterion(**{**c.__dict__, "weight": float(weights.get(c.id, c.weight))}) for c in self.criteria)
        g = Grid(**{**self.__dict__, "criteria": crit})
        return g


def _err(grid: str, fr: str, en: str) -> AulaInputError:
    return AulaInputError(fr=f"Grille « {grid} » : {fr}", en=f"Grid '{grid}': {en}")


def _label(node, default: str) -> Tuple[str, str]:
    if isinstance(node, dict):
        fr = str(node.get("fr") or default)
        return fr, str(node.get("en") or fr)
    if isinstance(node, str):
        return node, node
    return default, default


def preset_path(name: str) -> Path:
    return GRIDS_DIR / f"{name}.json"


def list_presets() -> List[str]:
    return list(PRESETS)


def load_grid(source: Union[str, Path, dict, None] = None) -> Grid:
    """A grid from a preset name (``mutafriches-v1.19`` or ``v1.19``; None = latest), a JSON file or a dict."""
    if source is None:
        source = DEFAULT_PRESET
    if isinstance(source, dict):
        return parse_grid(source, str(source.get("name", "grille")))
    text = str(source)
    for preset in PRESETS:
        if text in (preset, preset.replace("mutafriches-", "")):
            return parse_grid(json.loads(preset_path(preset).read_text(encoding="utf-8")), preset)
    path = Path(text)
    if not path.exists():
        raise AulaInputError(
            fr=f"Grille « {text} » introuvable : ni un fichier, ni un préréglage ({', '.join(PRESETS)}).",
            en=f"Grid '{text}' not found: neither a file nor a preset ({', '.join(PRESETS)}).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise AulaInputError(fr=f"Grille « {path.name} » : JSON invalide ({error}).",
                             en=f"Grid '{path.name}': invalid JSON ({error}).") from None
    return parse_grid(data, path.name)


def parse_grid(data: dict, label: str = "grille") -> Grid:
    """Validate a grid document and compile it; raises AulaInputError naming the fault."""
    if not isinstance(data, dict):
        raise _err(label, "le document doit être un objet JSON", "the document must be a JSON object")
    name = str(data.get("name") or label)
    if data.get("format") != FORMAT:
        raise _err(name, f"champ « format » = {data.get('format')!r}, attendu « {FORMAT} »",
                   f"field 'format' = {data.get('format')!r}, expected '{FORMAT}'")
    if str(data.get("format_version")) not in FORMAT_VERSIONS:
        raise _err(name, f"format_version {data.get('format_version')!r} non pris en charge ({', '.join(FORMAT_VERSIONS)})",
                   f"unsupported format_version {data.get('format_version')!r} ({', '.join(FORMAT_VERSIONS)})")
    codes, neutral = _parse_codes(name, data.get("score_codes"))
    uses, use_labels = _parse_uses(name, data.get("uses"))
    unknown_values = tuple(str(v) for v in data.get("unknown_values", ["ne-sait-pas"]))
    raw_criteria = data.get("criteria")
    if not isinstance(raw_criteria, list) or not raw_criteria:
        raise _err(name, "« criteria » doit être une liste non vide", "'criteria' must be a non-empty list")
    criteria = []
    seen = set()
    for raw in raw_criteria:
        crit = _parse_criterion(name, raw, uses, codes)
        if crit.id in seen:
            raise _err(name, f"critère « {crit.id} » défini deux fois", f"criterion '{crit.id}' defined twice")
        seen.add(crit.id)
        criteria.append(crit)
    by_id = {c.id: c for c in criteria}
    exclusions = tuple(_parse_exclusion(name, raw, by_id, uses) for raw in data.get("exclusions", []) or [])
    potentiel = _parse_levels(name, "potentiel", data.get("potentiel") or _DEFAULT_POTENTIEL)
    fia = data.get("fiabilite") or {}
    levels = _parse_levels(name, "fiabilite.levels", fia.get("levels") or _DEFAULT_FIABILITE)
    fr, en = _label(data.get("label"), name)
    return Grid(name=name, version=str(data.get("version", "")), fr=fr, en=en, uses=uses, use_labels=use_labels,
                codes=codes, neutral_codes=neutral, unknown_values=unknown_values, criteria=tuple(criteria),
                exclusions=exclusions, potentiel=potentiel, fiabilite_levels=levels,
                fiabilite_scale=float(fia.get("scale", 10)), fiabilite_step=float(fia.get("step", 0.5)), source=data)


_DEFAULT_POTENTIEL = [{"id": "excellent", "min": 70}, {"id": "tres-bon", "min": 60}, {"id": "bon", "min": 50},
                      {"id": "moyen", "min": 40}, {"id": "faible", "min": None}]
_DEFAULT_FIABILITE = [{"id": "tres-fiable", "min": 9}, {"id": "fiable", "min": 7},
                      {"id": "moyennement-fiable", "min": 5}, {"id": "peu-fiable", "min": 3},
                      {"id": "tres-peu-fiable", "min": 0}]


def _parse_codes(name, raw) -> Tuple[Dict[str, float], Tuple[str, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise _err(name, "« score_codes » manquant", "'score_codes' missing")
    codes, neutral = {}, []
    for code, spec in raw.items():
        value = spec.get("value") if isinstance(spec, dict) else spec
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise _err(name, f"code « {code} » : valeur {value!r} non numérique",
                       f"code '{code}': value {value!r} is not a number")
        codes[str(code)] = float(value)
        if isinstance(spec, dict) and spec.get("neutral"):
            neutral.append(str(code))
    return codes, tuple(neutral)


def _parse_uses(name, raw) -> Tuple[Tuple[str, ...], Dict[str, Tuple[str, str]]]:
    if not isinstance(raw, list) or not raw:
        raise _err(name, "« uses » doit être une liste non vide", "'uses' must be a non-empty list")
    uses, labels = [], {}
    for item in raw:
        uid = str(item.get("id") if isinstance(item, dict) else item)
        if uid in labels:
            raise _err(name, f"usage « {uid} » défini deux fois", f"use '{uid}' defined twice")
        uses.append(uid)
        labels[uid] = _label(item.get("label") if isinstance(item, dict) else None, uid)
    return tuple(uses), labels


def _scores(name, cid, option, scores, uses, codes) -> Tuple[str, ...]:
    if not isinstance(scores, dict):
        raise _err(name, f"critère « {cid} », « {option} » : « scores » manquant",
                   f"criterion '{cid}', '{option}': 'scores' missing")
    extra = [u for u in scores if u not in uses]
    if extra:
        raise _err(name, f"critère « {cid} », « {option} » : usage(s) inconnu(s) {preview(extra)}",
                   f"criterion '{cid}', '{option}': unknown use(s) {preview(extra)}")
    missing = [u for u in uses if u not in scores]
    if missing:
        raise _err(name, f"critère « {cid} », « {option} » : pas de code pour {preview(missing)}",
                   f"criterion '{cid}', '{option}': no code for {preview(missing)}")
    bad = [f"{u}={scores[u]}" for u in uses if scores[u] not in codes]
    if bad:
        raise _err(name, f"critère « {cid} », « {option} » : code(s) inconnu(s) {preview(bad)} (codes : {', '.join(codes)})",
                   f"criterion '{cid}', '{option}': unknown code(s) {preview(bad)} (codes: {', '.join(codes)})")
    return tuple(str(scores[u]) for u in uses)


def _parse_criterion(name, raw, uses, codes) -> Criterion:
    cid = str(raw.get("id", "")) if isinstance(raw, dict) else ""
    if cid not in CATALOGUE:
        raise _err(name, f"critère inconnu « {cid} » (critères connus : {preview(sorted(CATALOGUE), 40)})",
                   f"unknown criterion '{cid}' (known criteria: {preview(sorted(CATALOGUE), 40)})")
    info = CATALOGUE[cid]
    weight = raw.get("weight")
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not math.isfinite(weight) or weight <= 0:
        raise _err(name, f"critère « {cid} » : poids {weight!r} invalide, il doit être un nombre > 0",
                   f"criterion '{cid}': invalid weight {weight!r}, it must be a number > 0")
    kind = raw.get("type", info.kind)
    if kind != info.kind:
        raise _err(name, f"critère « {cid} » : type « {kind} », attendu « {info.kind} »",
                   f"criterion '{cid}': type '{kind}', expected '{info.kind}'")
    fr, en = _label(raw.get("label"), info.fr)
    if not isinstance(raw.get("label"), dict):
        fr, en = info.fr, info.en
    common = dict(id=cid, kind=kind, weight=float(weight), fr=fr, en=en, group=str(raw.get("group", "")))
    if kind == NUMERIC:
        unit = str(raw.get("unit", ""))
        if unit not in UNITS or UNITS[unit][0] != info.quantity:
            allowed = [u for u, (q, _) in UNITS.items() if q == info.quantity]
            raise _err(name, f"critère « {cid} » : unité « {unit} » invalide (attendu : {', '.join(allowed)})",
                       f"criterion '{cid}': invalid unit '{unit}' (expected: {', '.join(allowed)})")
        not_found = str(raw.get("not_found", NOT_FOUND_SKIP))
        if not_found not in (NOT_FOUND_SKIP, NOT_FOUND_SCORE):
            raise _err(name, f"critère « {cid} » : not_found « {not_found} » (skip ou score)",
                       f"criterion '{cid}': not_found '{not_found}' (skip or score)")
        options = _parse_buckets(name, cid, raw.get("buckets"), UNITS[unit][1], unit, uses, codes)
        return Criterion(options=options, unit=unit, not_found=not_found, **common)
    values = raw.get("values")
    if not isinstance(values, list) or not values:
        raise _err(name, f"critère « {cid} » : « values » doit être une liste non vide",
                   f"criterion '{cid}': 'values' must be a non-empty list")
    options, seen = [], set()
    for item in values:
        value = item.get("value") if isinstance(item, dict) else None
        value = {True: "true", False: "false"}.get(value, value)
        value = str(value)
        if value not in info.values:
            raise _err(name, f"critère « {cid} » : valeur inconnue « {value} » (valeurs : {', '.join(info.values)})",
                       f"criterion '{cid}': unknown value '{value}' (values: {', '.join(info.values)})")
        if value in seen:
            raise _err(name, f"critère « {cid} » : valeur « {value} » définie deux fois",
                       f"criterion '{cid}': value '{value}' defined twice")
        seen.add(value)
        vfr, ven = _label(item.get("label"), value)
        options.append(Option(id=value, codes=_scores(name, cid, value, item.get("scores"), uses, codes), fr=vfr, en=ven))
    unscored = tuple(str(v) for v in raw.get("unscored_values", []) or [])
    bad = [v for v in unscored if v not in info.values or v in seen]
    if bad:
        raise _err(name, f"critère « {cid} » : unscored_values invalides {preview(bad)}",
                   f"criterion '{cid}': invalid unscored_values {preview(bad)}")
    return Criterion(options=tuple(options), unscored_values=unscored, **common)


def _bound(name, cid, bid, key, value, factor):
    if value is None:
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise _err(name, f"critère « {cid} », tranche « {bid} » : {key} = {value!r} non numérique",
                   f"criterion '{cid}', bucket '{bid}': {key} = {value!r} is not a number")
    return float(value) * factor


def _parse_buckets(name, cid, raw, factor, unit, uses, codes) -> Tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        raise _err(name, f"critère « {cid} » : « buckets » doit être une liste non vide",
                   f"criterion '{cid}': 'buckets' must be a non-empty list")
    options = []
    for k, b in enumerate(raw):
        bid = str(b.get("id", f"#{k + 1}"))
        low = _bound(name, cid, bid, "min", b.get("min"), factor)
        high = _bound(name, cid, bid, "max", b.get("max"), factor)
        lo_inc = bool(b.get("min_inclusive", False)) and low is not None
        hi_inc = bool(b.get("max_inclusive", False)) and high is not None
        low = -math.inf if low is None else low
        high = math.inf if high is None else high
        if low > high or (low == high and not (lo_inc and hi_inc)):
            raise _err(name, f"critère « {cid} », tranche « {bid} » : min > max ou tranche vide",
                       f"criterion '{cid}', bucket '{bid}': min > max or empty bucket")
        bfr, ben = _label(b.get("label"), bid)
        options.append(Option(id=bid, codes=_scores(name, cid, bid, b.get("scores"), uses, codes), low=low,
                              high=high, low_inclusive=lo_inc, high_inclusive=hi_inc, fr=bfr, en=ben))
    ordered = sorted(options, key=lambda o: (o.low, not o.low_inclusive))

    def show(x):
        return f"{x / factor:g} {unit}"

    first, last = ordered[0], ordered[-1]
    if first.low != -math.inf and not (first.low == 0 and first.low_inclusive):
        raise _err(name, f"critère « {cid} » : trou sous {show(first.low)} (tranche « {first.id} » ; "
                         f"la première tranche doit partir de min null ou de 0 inclus)",
                   f"criterion '{cid}': hole below {show(first.low)} (bucket '{first.id}'; the first bucket "
                   f"must start at min null or 0 inclusive)")
    if last.high != math.inf:
        raise _err(name, f"critère « {cid} » : trou au-dessus de {show(last.high)} (tranche « {last.id} » ; "
                         f"la dernière tranche doit avoir max null)",
                   f"criterion '{cid}': hole above {show(last.high)} (bucket '{last.id}'; the last bucket must have max null)")
    for a, b in zip(ordered, ordered[1:]):
        if a.high > b.low or (a.high == b.low and a.high_inclusive and b.low_inclusive):
            raise _err(name, f"critère « {cid} » : les tranches « {a.id} » et « {b.id} » se chevauchent",
                       f"criterion '{cid}': buckets '{a.id}' and '{b.id}' overlap")
        if a.high < b.low or (a.high == b.low and not a.high_inclusive and not b.low_inclusive):
            raise _err(name, f"critère « {cid} » : trou entre les tranches « {a.id} » et « {b.id} » ({show(a.high)})",
                       f"criterion '{cid}': hole between buckets '{a.id}' and '{b.id}' ({show(a.high)})")
    return tuple(ordered)


def _parse_exclusion(name, raw, by_id, uses) -> ExclusionRule:
    rid = str(raw.get("id", "exclusion"))
    when = []
    for cond in raw.get("when", []) or []:
        cid = str(cond.get("criterion"))
        if cid not in by_id:
            raise _err(name, f"exclusion « {rid} » : critère « {cid} » absent de la grille",
                       f"exclusion '{rid}': criterion '{cid}' not in the grid")
        values = tuple({True: "true", False: "false"}.get(v, str(v)) for v in cond.get("in", []) or [])
        allowed = CATALOGUE[cid].values
        bad = [v for v in values if allowed and v not in allowed]
        if not values or bad:
            raise _err(name, f"exclusion « {rid} » : valeurs invalides pour « {cid} » : {preview(bad) or 'aucune'}",
                       f"exclusion '{rid}': invalid values for '{cid}': {preview(bad) or 'none'}")
        when.append((cid, values))
    if not when:
        raise _err(name, f"exclusion « {rid} » : « when » vide", f"exclusion '{rid}': empty 'when'")
    excludes = tuple(str(u) for u in raw.get("excludes", []) or [])
    bad = [u for u in excludes if u not in uses]
    if not excludes or bad:
        raise _err(name, f"exclusion « {rid} » : usages invalides {preview(bad) or '(aucun)'}",
                   f"exclusion '{rid}': invalid uses {preview(bad) or '(none)'}")
    fr, en = _label(raw.get("label"), rid)
    return ExclusionRule(id=rid, when=tuple(when), excludes=excludes, fr=fr, en=en)


def _parse_levels(name, key, raw) -> Tuple[Level, ...]:
    levels = []
    for item in raw:
        m = item.get("min")
        fr, en = _label(item.get("label"), str(item.get("id")))
        levels.append(Level(id=str(item.get("id")), min=-math.inf if m is None else float(m), fr=fr, en=en))
    mins = [lv.min for lv in levels]
    if not levels or mins != sorted(mins, reverse=True) or len(set(mins)) != len(mins):
        raise _err(name, f"« {key} » : seuils non strictement décroissants", f"'{key}': thresholds not strictly decreasing")
    return tuple(levels)


def level_of(levels: Sequence[Level], value: float) -> Optional[Level]:
    """The first level whose min ≤ value (levels are in decreasing order)."""
    for lv in levels:
        if value >= lv.min:
            return lv
    return None


def levels_array(levels: Sequence[Level], values: np.ndarray, french: bool = True) -> np.ndarray:
    """Vectorised :func:`level_of` returning labels (NaN → None)."""
    out = np.full(len(values), None, dtype=object)
    done = np.isnan(values)
    for lv in levels:
        hit = ~done & (values >= lv.min)
        out[hit] = lv.fr if french else lv.en
        done |= hit
    return out
