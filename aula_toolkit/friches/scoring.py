"""Mutability index per use: criterion evaluation, the published arithmetic, ranking, fiabilité.

Reproduces Mutafriches ``calcul.service.ts`` (friches.md §2.2, §2.5) for a whole table of sites at once:

* each criterion value → an option of the grid (bucket or categorical value) → a score code per use;
* points ``pp = score × weight``; a neutral code counts on **both** sides (A and C), pp > 0 on the
  advantage side A, pp < 0 on the constraint side C as |pp|;
* ``indice = A + C == 0 ? 0 : Math.round(A / (A + C) · 1000) / 10`` (one decimal, half-up);
* rank by index descending, ties in the grid's use order (stable sort), excluded uses last;
* ``fiabilite = round(2 · 10 · known weight / total weight) / 2`` (nearest 0.5, half-up); a value
  counts as known when it is given, even if the grid has no row for it (upstream rule), and
  "searched, nothing found" (+inf distance) counts as known but is not scored.

A value that is missing stays unknown: it is not scored and lowers fiabilité, never a default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview
from . import fields as F
from .criteria import BOOLEAN, NUMERIC
from .grid import NOT_FOUND_SCORE, Criterion, Grid, levels_array

UNKNOWN = -1
"""Option index of a missing value (not scored, not counted in fiabilité)."""
UNSCORED = -2
"""Option index of a given value that is not scored (no grid row, or 'searched, nothing found')."""
NOT_FOUND = math.inf
"""Value of a numeric criterion that was searched and not found (upstream ``null``): e.g. no stop within 2 km."""

_TRUE = {"true", "1", "oui", "vrai", "yes", "o", "t", "y"}
_FALSE = {"false", "0", "non", "faux", "no", "n", "f"}


@dataclass
class Evaluation:
    """Option index per site for one criterion, and the values that matched nothing."""

    criterion: str
    option: np.ndarray  # int, UNKNOWN / UNSCORED / option index
    text: np.ndarray  # object, value as shown in DETAILS (None when unknown)
    unmatched: List[str] = field(default_factory=list)


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def normalise_category(value, boolean: bool = False) -> Optional[str]:
    """Site value → grid value spelling: trimmed, lowercase; booleans → 'true'/'false'."""
    if _is_missing(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if boolean and isinstance(value, (int, float, np.integer, np.floating)):
        return "true" if value else "false"
    text = str(value).strip().lower()
    if boolean:
        if text in _TRUE:
            return "true"
        if text in _FALSE:
            return "false"
    return text


def evaluate_criterion(criterion: Criterion, values: Sequence, unknown_values: Sequence[str] = ("ne-sait-pas",)
                       ) -> Evaluation:
    """Site values of one criterion → option indices (vectorised)."""
    n = len(values)
    option = np.full(n, UNKNOWN, dtype=np.int64)
    if criterion.kind == NUMERIC:
        raw = pd.Series(values, dtype=object) if not isinstance(values, (pd.Series, np.ndarray)) else pd.Series(values)
        num = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)
        bad_mask = np.zeros(n, dtype=bool)
        nan_at = np.flatnonzero(np.isnan(num))  # only these can be text that is not a number
        if nan_at.size:
            bad_mask[nan_at] = [not _is_missing(v) for v in raw.to_numpy(dtype=object)[nan_at].tolist()]
        if bad_mask.any():
            texts = raw[bad_mask].astype(str)
            in_unknown = texts.str.strip().str.lower().isin(list(unknown_values)).to_numpy()
            bad_mask[np.flatnonzero(bad_mask)[in_unknown]] = False
        unmatched = sorted(set(raw[bad_mask].astype(str)))
        finite = np.isfinite(num)
        for k, opt in enumerate(criterion.options):
            lo = (num >= opt.low) if opt.low_inclusive else (num > opt.low)
            hi = (num <= opt.high) if opt.high_inclusive else (num < opt.high)
            option[finite & lo & hi] = k
        inf = np.isposinf(num)
        if criterion.not_found == NOT_FOUND_SCORE:
            option[inf] = len(criterion.options) - 1
        else:
            option[inf] = UNSCORED
        text = np.full(n, None, dtype=object)
        known = ~np.isnan(num)
        text[known & ~inf] = list(map("{:g}".format, num[known & ~inf].tolist()))
        text[inf] = "non trouvé"
        return Evaluation(criterion.id, option, text, unmatched)
    boolean = criterion.kind == BOOLEAN
    index = criterion.option_index()
    unknown = set(unknown_values)
    unscored = set(criterion.unscored_values)
    series = pd.Series(list(values) if not isinstance(values, pd.Series) else values.to_numpy(), dtype=object)
    uniques = pd.unique(series)
    lookup, unmatched = {}, []
    text_of = {}
    for u in uniques:
        norm = normalise_category(u, boolean)
        text_of[u] = norm
        if norm is None or norm in unknown:
            lookup[u] = UNKNOWN
            text_of[u] = None
        elif norm in index:
            lookup[u] = index[norm]
        elif norm in unscored:
            lookup[u] = UNSCORED
        else:
            lookup[u] = UNKNOWN
            text_of[u] = None
            unmatched.append(str(u))
    codes, cats = pd.factorize(series, use_na_sentinel=True) if _has_sentinel_kw() else pd.factorize(series)
    cat_opt = np.array([lookup[c] for c in cats] + [UNKNOWN], dtype=np.int64)
    cat_txt = np.array([text_of[c] for c in cats] + [None], dtype=object)
    option = cat_opt[codes]  # code -1 (NaN) → last slot (UNKNOWN)
    return Evaluation(criterion.id, option, cat_txt[codes], sorted(unmatched))


def _has_sentinel_kw() -> bool:
    return tuple(int(x) for x in pd.__version__.split(".")[:2]) >= (1, 5)


@dataclass
class ScoreResult:
    """Everything computed for a table of sites (arrays indexed [site, use] in grid use order)."""

    grid: Grid
    site_ids: np.ndarray
    evaluations: Dict[str, Evaluation]
    advantage: np.ndarray
    constraint: np.ndarray
    index: np.ndarray
    rank: np.ndarray
    excluded: np.ndarray
    known_weight: np.ndarray
    fiabilite: np.ndarray
    table: pd.DataFrame
    warnings: List[Message] = field(default_factory=list)


def round_half_up(values: np.ndarray, decimals: int = 1) -> np.ndarray:
    """JS ``Math.round(x · 10^d) / 10^d``: halves go up (towards +∞)."""
    factor = 10.0 ** decimals
    return np.floor(np.asarray(values, dtype=float) * factor + 0.5) / factor


def mutability_index(advantage: np.ndarray, constraint: np.ndarray) -> np.ndarray:
    """``A + C == 0 ? 0 : Math.round(A / (A + C) · 1000) / 10`` element-wise."""
    total = advantage + constraint
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(total > 0, advantage / np.where(total > 0, total, 1.0), 0.0)
    return np.floor(ratio * 1000 + 0.5) / 10


def rank_uses(index: np.ndarray, excluded: np.ndarray) -> np.ndarray:
    """Rank 1..n per site: index descending, ties in use order, excluded uses last."""
    n_sites, n_uses = index.shape
    tenths = np.rint(index * 10).astype(np.int64)
    key = (excluded.astype(np.int64) * 100001 + (100000 - tenths)) * n_uses + np.arange(n_uses)[None, :]
    order = np.argsort(key, axis=1, kind="stable")
    rank = np.empty_like(order)
    rows = np.arange(n_sites)[:, None]
    rank[rows, order] = np.arange(1, n_uses + 1)[None, :]
    return rank


def fiabilite_note(known_weight: np.ndarray, total_weight: float, scale: float = 10.0, step: float = 0.5) -> np.ndarray:
    """``round(scale · known / total / step) · step`` half-up (upstream: nearest 0.5 on 0–10)."""
    raw = (scale / step) * np.asarray(known_weight, dtype=float) / total_weight  # JS: 2 * 10 * known / total
    return np.floor(raw + 0.5) * step


def _option_tables(grid: Grid, crit: Criterion):
    """Per option (+1 trailing row for unknown/unscored): score, advantage share, constraint share."""
    n_opt, n_uses = len(crit.options), len(grid.uses)
    score = np.zeros((n_opt + 1, n_uses))
    pos = np.zeros((n_opt + 1, n_uses))
    neg = np.zeros((n_opt + 1, n_uses))
    neutral = np.zeros((n_opt + 1, n_uses), dtype=bool)
    for k, opt in enumerate(crit.options):
        for u, code in enumerate(opt.codes):
            s = grid.codes[code]
            score[k, u] = s
            if code in grid.neutral_codes:
                neutral[k, u] = True
                pos[k, u] = s
                neg[k, u] = s
            elif s > 0:
                pos[k, u] = s
            else:
                neg[k, u] = -s
    return score, pos, neg, neutral


def evaluate_sites(grid: Grid, criteria_values: Mapping[str, Sequence], n_sites: int) -> Dict[str, Evaluation]:
    """Evaluate every criterion of the grid; a criterion without a column is unknown for every site."""
    evaluations = {}
    for crit in grid.criteria:
        values = criteria_values.get(crit.id)
        if values is None:
            evaluations[crit.id] = Evaluation(crit.id, np.full(n_sites, UNKNOWN, dtype=np.int64),
                                              np.full(n_sites, None, dtype=object))
        else:
            if len(values) != n_sites:
                raise AulaInputError(
                    fr=f"Critère « {crit.id} » : {len(values)} valeurs pour {n_sites} sites.",
                    en=f"Criterion '{crit.id}': {len(values)} values for {n_sites} sites.")
            evaluations[crit.id] = evaluate_criterion(crit, values, grid.unknown_values)
    return evaluations


def points_matrices(grid: Grid, evaluations: Dict[str, Evaluation]):
    """Unweighted advantage and constraint shares [site, use, criterion] (for weight sensitivity)."""
    crits = grid.criteria
    n = len(next(iter(evaluations.values())).option) if evaluations else 0
    pos = np.zeros((n, len(grid.uses), len(crits)), dtype=np.float64)
    neg = np.zeros_like(pos)
    for j, crit in enumerate(crits):
        _, p, q, _ = _option_tables(grid, crit)
        opt = evaluations[crit.id].option
        opt = np.where(opt >= 0, opt, len(crit.options))
        pos[:, :, j] = p[opt]
        neg[:, :, j] = q[opt]
    return pos, neg


def excluded_uses(grid: Grid, evaluations: Dict[str, Evaluation], n_sites: int) -> np.ndarray:
    """[site, use] True where an exclusion rule applies (all its conditions hold; unknown never excludes)."""
    excluded = np.zeros((n_sites, len(grid.uses)), dtype=bool)
    for rule in grid.exclusions:
        hit = np.ones(n_sites, dtype=bool)
        for cid, values in rule.when:
            crit = grid.criterion(cid)
            ev = evaluations[cid]
            wanted = [k for k, o in enumerate(crit.options) if o.id in values]
            hit &= np.isin(ev.option, wanted) if wanted else np.zeros(n_sites, dtype=bool)
        for use in rule.excludes:
            excluded[hit, grid.uses.index(use)] = True
    return excluded


def score_sites(grid: Grid, criteria_values: Mapping[str, Sequence], site_ids: Optional[Sequence] = None,
                french: bool = True, best_use_without_data: bool = True) -> ScoreResult:
    """Score every site for every use of the grid. ``criteria_values``: criterion id → one value per site
    (canonical units: m, m², %; ``NOT_FOUND`` = searched, nothing found; None/NaN = unknown).
    ``best_use_without_data``: as Mutafriches, a site where nothing could be scored still gets a best use
    (the first in use order, index 0); False leaves usage_1 / potentiel empty (deliberate deviation)."""
    lengths = {len(v) for v in criteria_values.values() if v is not None}
    if site_ids is not None:
        n = len(site_ids)
    elif lengths:
        n = lengths.pop()
    else:
        n = 0
    ids = np.asarray([str(s) for s in site_ids] if site_ids is not None else [str(i + 1) for i in range(n)],
                     dtype=object)
    unused = sorted(set(criteria_values) - set(grid.criterion_ids))
    evaluations = evaluate_sites(grid, criteria_values, n)
    n_uses = len(grid.uses)
    adv = np.zeros((n, n_uses))
    con = np.zeros((n, n_uses))
    known = np.zeros(n)
    for crit in grid.criteria:
        ev = evaluations[crit.id]
        _, pos, neg, _ = _option_tables(grid, crit)
        opt = np.where(ev.option >= 0, ev.option, len(crit.options))
        adv += (pos * crit.weight)[opt]  # weighted per option first: the same products, on a few rows
        con += (neg * crit.weight)[opt]
        known += np.where(ev.option != UNKNOWN, crit.weight, 0.0)
    index = mutability_index(adv, con)
    excluded = excluded_uses(grid, evaluations, n)
    rank = rank_uses(index, excluded)
    fia = fiabilite_note(known, grid.total_weight, grid.fiabilite_scale, grid.fiabilite_step)
    table = _result_table(grid, ids, evaluations, adv, con, index, rank, excluded, fia, french,
                          best_use_without_data)
    warnings = []
    for crit in grid.criteria:
        bad = evaluations[crit.id].unmatched
        if bad:
            warnings.append(Message(
                fr=f"Critère « {crit.id} » : valeur(s) inconnue(s) de la grille {grid.name}, traitée(s) comme non "
                   f"renseignée(s) : {preview(bad)}",
                en=f"Criterion '{crit.id}': value(s) unknown to grid {grid.name}, taken as missing: {preview(bad)}"))
    if unused:
        warnings.append(Message(
            fr=f"Critère(s) absent(s) de la grille {grid.name}, ignoré(s) : {preview(unused)}",
            en=f"Criterion(s) not in grid {grid.name}, ignored: {preview(unused)}"))
    return ScoreResult(grid, ids, evaluations, adv, con, index, rank, excluded, known, fia, table, warnings)


def _result_table(grid, ids, evaluations, adv, con, index, rank, excluded, fia, french,
                  best_use_without_data=True) -> pd.DataFrame:
    n, n_uses = index.shape
    uses = np.array(grid.uses, dtype=object)
    data = {F.SITE_ID: ids}
    for u, use in enumerate(grid.uses):
        data[F.index_field(use)] = index[:, u]
    for u, use in enumerate(grid.uses):
        data[F.rank_field(use)] = rank[:, u]
    order = np.argsort(rank, axis=1)
    rows = np.arange(n)
    if best_use_without_data:
        scored = np.full(n, n_uses > 0)
    else:
        scored = (adv + con).max(axis=1) > 0 if n_uses else np.zeros(n, dtype=bool)
    first, second = order[:, 0], order[:, 1] if n_uses > 1 else order[:, 0]
    ok1 = scored & ~excluded[rows, first]
    ok2 = scored & ~excluded[rows, second] & (n_uses > 1)
    data[F.USAGE_1] = np.where(ok1, uses[first], None)
    data[F.INDICE_1] = np.where(ok1, index[rows, first], np.nan)
    data[F.USAGE_2] = np.where(ok2, uses[second], None)
    data[F.INDICE_2] = np.where(ok2, index[rows, second], np.nan)
    data[F.POTENTIEL] = levels_array(grid.potentiel, data[F.INDICE_1].astype(float), french)
    data[F.FIABILITE] = fia
    data[F.FIABILITE_NIVEAU] = levels_array(grid.fiabilite_levels, fia.astype(float), french)
    data[F.EXCLUS] = _join_lists(excluded, uses)
    unknown = np.stack([evaluations[c.id].option == UNKNOWN for c in grid.criteria], axis=1)
    data[F.INCONNUS] = _join_lists(unknown, np.array(grid.criterion_ids, dtype=object))
    data[F.NB_CONNUS] = (~unknown).sum(axis=1)
    data[F.NB_CRITERES] = np.full(n, len(grid.criteria))
    data[F.GRILLE] = np.full(n, grid.name, dtype=object)
    data[F.GRILLE_VERSION] = np.full(n, grid.version, dtype=object)
    return pd.DataFrame(data)


def _join_lists(mask: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per row, the labels where mask is True joined with '|' (None when empty); grouped for speed."""
    n = mask.shape[0]
    out = np.full(n, None, dtype=object)
    if n == 0 or mask.shape[1] == 0:
        return out
    if mask.shape[1] <= 62:  # each row's bits as one integer: hashed, not sorted row by row
        key = mask.astype(np.int64) @ (np.int64(1) << np.arange(mask.shape[1], dtype=np.int64))
        inverse, _ = pd.factorize(key)
        rows = mask[np.unique(inverse, return_index=True)[1]]
    else:
        packed = np.packbits(mask, axis=1)
        keys, inverse = np.unique(packed, axis=0, return_inverse=True)
        inverse = np.asarray(inverse).reshape(-1)
        rows = np.unpackbits(keys, axis=1)[:, : mask.shape[1]].astype(bool)
    texts = []
    for bits in rows:
        texts.append(F.LIST_SEPARATOR.join(labels[bits]) if bits.any() else None)
    out[:] = np.array(texts + [None], dtype=object)[inverse]
    return out


def explanation_rows(result: ScoreResult, french: bool = True) -> pd.DataFrame:
    """DETAILS: one row per site × use × criterion: value, code, score, weight, points, side.

    Built directly in (site, use, criterion) order: one (criterion, site × use) block per column,
    transposed once — no per-criterion frames to concatenate and sort."""
    grid = result.grid
    n = len(result.site_ids)
    n_uses = len(grid.uses)
    n_crit = len(grid.criteria)
    if not n_crit:
        return pd.DataFrame(columns=[f.name for f in F.DETAIL_FIELDS])
    m = n * n_uses
    site = np.repeat(np.arange(n), n_uses)
    use = np.tile(np.arange(n_uses), n)
    values = np.empty((n_crit, m), dtype=object)
    codes_out = np.empty((n_crit, m), dtype=object)
    scores = np.empty((n_crit, m), dtype=np.float64)
    points = np.empty((n_crit, m), dtype=np.float64)
    sides = np.empty((n_crit, m), dtype=object)
    weights = np.empty(n_crit, dtype=np.float64)
    for k, crit in enumerate(grid.criteria):
        ev = result.evaluations[crit.id]
        score, pos, neg, neutral = _option_tables(grid, crit)
        codes = np.array([list(o.codes) for o in crit.options] + [[None] * n_uses], dtype=object)
        opt = np.where(ev.option >= 0, ev.option, len(crit.options))
        o = opt[site]
        sc = score[o, use]
        pts = sc * crit.weight
        side = np.where(neutral[o, use], F.SIDE_NEUTRAL,
                        np.where(pts > 0, F.SIDE_ADVANTAGE, np.where(pts < 0, F.SIDE_CONSTRAINT, F.SIDE_NEUTRAL)))
        state = ev.option[site]
        sides[k] = np.where(state == UNKNOWN, F.SIDE_UNKNOWN, np.where(state == UNSCORED, F.SIDE_UNSCORED, side))
        missing = state < 0
        values[k] = ev.text[site]
        codes_out[k] = codes[o, use]
        scores[k] = np.where(missing, np.nan, sc)
        points[k] = np.where(missing, np.nan, pts)
        weights[k] = crit.weight
    return pd.DataFrame({
        F.SITE_ID: np.repeat(np.asarray(result.site_ids, dtype=object), n_uses * n_crit),
        F.D_USAGE: np.tile(np.repeat(np.array(grid.uses, dtype=object), n_crit), n),
        F.D_CRITERE: np.tile(np.array([c.id for c in grid.criteria], dtype=object), m),
        F.D_VALEUR: values.T.ravel(),
        F.D_CODE: codes_out.T.ravel(),
        F.D_SCORE: scores.T.ravel(),
        F.D_POIDS: np.tile(weights, m),
        F.D_POINTS: points.T.ravel(),
        F.D_COTE: sides.T.ravel(),
    })


@dataclass
class ExplanationParts:
    """DETAILS factored into three small tables, for writers that expand them themselves (one SQL
    statement instead of one bound row per site × use × criterion). Row (site s, use u, criterion k) of
    :func:`explanation_rows` is ``per_site`` row ``s·K + k`` + ``per_option`` row ``per_site.block + u``
    + ``per_criterion`` row ``k`` (K criteria)."""

    per_site: pd.DataFrame  # site_id, valeur, block
    per_option: pd.DataFrame  # usage, code, score, points, cote: U rows per (criterion, option or state)
    per_criterion: pd.DataFrame  # critere, poids
    n_sites: int
    n_uses: int
    n_criteria: int

    def __len__(self) -> int:
        return self.n_sites * self.n_uses * self.n_criteria

    def expand(self) -> pd.DataFrame:
        """The DETAILS table itself, in :func:`explanation_rows` order (what a writer must produce)."""
        m = len(self)
        i = np.arange(m)
        k, u, s = i % self.n_criteria, (i // self.n_criteria) % self.n_uses, i // (self.n_uses * self.n_criteria)
        site = self.per_site.iloc[s * self.n_criteria + k].reset_index(drop=True)
        option = self.per_option.iloc[site["block"].to_numpy() + u].reset_index(drop=True)
        crit = self.per_criterion.iloc[k].reset_index(drop=True)
        return pd.DataFrame({
            F.SITE_ID: site[F.SITE_ID], F.D_USAGE: option[F.D_USAGE], F.D_CRITERE: crit[F.D_CRITERE],
            F.D_VALEUR: site[F.D_VALEUR], F.D_CODE: option[F.D_CODE], F.D_SCORE: option[F.D_SCORE],
            F.D_POIDS: crit[F.D_POIDS], F.D_POINTS: option[F.D_POINTS], F.D_COTE: option[F.D_COTE]})


def explanation_parts(result: ScoreResult) -> ExplanationParts:
    """The rows of :func:`explanation_rows`, factored (see :class:`ExplanationParts`): per criterion, one
    block of U rows per option, then one for unknown and one for unscored sites."""
    grid = result.grid
    n, n_uses, n_crit = len(result.site_ids), len(grid.uses), len(grid.criteria)
    uses = np.array(grid.uses, dtype=object)
    site_ids = np.asarray(result.site_ids, dtype=object)
    blocks, sites, options = 0, [], []
    for crit in grid.criteria:
        ev = result.evaluations[crit.id]
        score, _, _, neutral = _option_tables(grid, crit)
        n_opt = len(crit.options)
        codes = np.array([list(o.codes) for o in crit.options], dtype=object).reshape(n_opt, n_uses)
        pts = score[:n_opt] * crit.weight
        side = np.where(neutral[:n_opt], F.SIDE_NEUTRAL, np.where(
            pts > 0, F.SIDE_ADVANTAGE, np.where(pts < 0, F.SIDE_CONSTRAINT, F.SIDE_NEUTRAL))).astype(object)
        options.append(pd.DataFrame({
            F.D_USAGE: np.concatenate([np.tile(uses, n_opt), uses, uses]),
            F.D_CODE: np.concatenate([codes.ravel(), np.full(2 * n_uses, None, dtype=object)]),
            F.D_SCORE: np.concatenate([score[:n_opt].ravel(), np.full(2 * n_uses, np.nan)]),
            F.D_POINTS: np.concatenate([pts.ravel(), np.full(2 * n_uses, np.nan)]),
            F.D_COTE: np.concatenate([side.ravel(), np.full(n_uses, F.SIDE_UNKNOWN, dtype=object),
                                      np.full(n_uses, F.SIDE_UNSCORED, dtype=object)])}))
        slot = np.where(ev.option >= 0, ev.option, np.where(ev.option == UNSCORED, n_opt + 1, n_opt))
        sites.append((ev.text, blocks + slot * n_uses))
        blocks += (n_opt + 2) * n_uses
    if n_crit:
        per_site = pd.DataFrame({
            F.SITE_ID: np.repeat(site_ids, n_crit),
            F.D_VALEUR: np.column_stack([t for t, _ in sites]).ravel() if n else np.empty(0, dtype=object),
            "block": np.column_stack([b for _, b in sites]).ravel() if n else np.empty(0, dtype=np.int64)})
        per_option = pd.concat(options, ignore_index=True)
    else:
        per_site = pd.DataFrame({F.SITE_ID: [], F.D_VALEUR: [], "block": []})
        per_option = pd.DataFrame({c: [] for c in (F.D_USAGE, F.D_CODE, F.D_SCORE, F.D_POINTS, F.D_COTE)})
    per_criterion = pd.DataFrame({F.D_CRITERE: np.array([c.id for c in grid.criteria], dtype=object),
                                  F.D_POIDS: np.array([c.weight for c in grid.criteria], dtype=np.float64)})
    return ExplanationParts(per_site, per_option, per_criterion, n, n_uses, n_crit)
