"""Robustness rows of ``aula:tvb_continuity`` (ported from tests/qgis/test_tvb_robustness.py)."""

from __future__ import annotations

from .data import TVB_FRICTION, TVB_LANDCOVER, TVB_OBSTACLES, copy, gpkg_sql, raster_warped
from .table import CANCEL_EN, CANCEL_FR, ERROR, OK, Case

ALG = "aula:tvb_continuity"
GUARD = (["détruirait vos données"], ["would destroy your data"])


def base(tmp, **extra):
    params = {"LANDCOVER": str(TVB_LANDCOVER), "FRICTION": str(TVB_FRICTION), "SUBTRAME": "boisee",
              "HABITAT": "5", "MIN_AREA": 1, "DISTANCE": 10000,
              "BARRIERS": f"{TVB_OBSTACLES}|layername=obstacles", "BARRIER_ID_FIELD": "id_obst",
              "PATCHES": str(tmp / "p.gpkg"), "PATHS": str(tmp / "c.gpkg")}
    params.update(extra)
    return {k: v for k, v in params.items() if v is not None}


def _friction(text):
    def build(tmp):
        path = tmp / "friction.csv"
        path.write_text(text, encoding="utf-8")
        return base(tmp, FRICTION=str(path))
    return build


def _over(key, source):
    """``key`` written over a copy of the demo input ``source`` (the copy is given as that input)."""
    def build(tmp):
        path = copy(source, tmp)
        inputs = {TVB_LANDCOVER: "LANDCOVER", TVB_FRICTION: "FRICTION", TVB_OBSTACLES: "BARRIERS"}
        value = f"{path}|layername=obstacles" if source == TVB_OBSTACLES else str(path)
        return base(tmp, **{inputs[source]: value, key: str(path)})
    return build


def _bad_transparency(tmp):
    path = gpkg_sql(TVB_OBSTACLES, tmp, ["UPDATE obstacles SET transpar = 2 WHERE id_obst = 'A21'"])
    return base(tmp, BARRIERS=f"{path}|layername=obstacles", BARRIER_TRANSPARENCY_FIELD="transpar")



def _patches_found(results, tmp):
    assert results["N_PATCHES"] > 0, results


CASES = [
    Case("patches-over-obstacles", ALG, "output-over-input", _over("PATCHES", TVB_OBSTACLES), ERROR,
         fr=["PATCHES", *GUARD[0]], en=["PATCHES", *GUARD[1]]),
    Case("cost-surface-over-landcover", ALG, "output-over-input", _over("COST_SURFACE", TVB_LANDCOVER), ERROR,
         fr=["COST_SURFACE", *GUARD[0]], en=["COST_SURFACE", *GUARD[1]]),
    Case("friction-export-over-friction", ALG, "output-over-input", _over("FRICTION_EXPORT", TVB_FRICTION), ERROR,
         fr=["FRICTION_EXPORT", *GUARD[0]], en=["FRICTION_EXPORT", *GUARD[1]]),
    Case("report-over-friction", ALG, "output-over-input", _over("REPORT", TVB_FRICTION), ERROR,
         fr=["REPORT", *GUARD[0]], en=["REPORT", *GUARD[1]]),
    Case("corridors-over-landcover", ALG, "output-over-input", _over("CORRIDORS", TVB_LANDCOVER), ERROR,
         fr=["CORRIDORS", *GUARD[0]], en=["CORRIDORS", *GUARD[1]]),
    Case("friction-without-code", ALG, "missing-field", _friction("classe;boisee\n1;3\n"), ERROR,
         fr=["FRICTION", "code"], en=["FRICTION", "code"]),
    Case("friction-missing-class", ALG, "missing-field", _friction("class_descr;class;code;boisee\nBois;bois;5;1\n"),
         ERROR, fr=["FRICTION", "sans coefficient"], en=["FRICTION", "no coefficient"]),
    Case("friction-nan-coefficient", ALG, "non-finite",
         _friction(TVB_FRICTION.read_text(encoding="utf-8").replace(";30;20", ";nan;20")), ERROR,
         fr=["FRICTION", "nan"], en=["FRICTION", "nan"]),
    Case("habitat-absent", ALG, "parameter", lambda tmp: base(tmp, HABITAT="42"), ERROR,
         fr=["HABITAT", "42"], en=["HABITAT", "42"]),
    Case("no-habitat", ALG, "parameter", lambda tmp: base(tmp, HABITAT=""), ERROR,
         fr=["HABITAT"], en=["HABITAT"]),
    Case("probability-zero", ALG, "parameter", lambda tmp: base(tmp, PROBABILITY=0.0), ERROR,
         fr=["PROBABILITY"], en=["PROBABILITY"]),
    Case("probability-nan", ALG, "non-finite", lambda tmp: base(tmp, PROBABILITY=float("nan")), ERROR,
         fr=["PROBABILITY"], en=["PROBABILITY"]),
    Case("distance-inf", ALG, "non-finite", lambda tmp: base(tmp, DISTANCE="inf"), ERROR,
         fr=["DISTANCE"], en=["DISTANCE"]),
    Case("unknown-subtrame", ALG, "missing-field", lambda tmp: base(tmp, SUBTRAME="humide"), ERROR,
         fr=["humide"], en=["humide"]),
    Case("no-friction", ALG, "parameter", lambda tmp: base(tmp, FRICTION=None), ERROR,
         fr=["FRICTION"], en=["FRICTION"]),
    Case("landcover-geographic-crs", ALG, "crs",
         lambda tmp: base(tmp, LANDCOVER=str(raster_warped(TVB_LANDCOVER, tmp, "EPSG:4326"))), ERROR,
         fr=["LANDCOVER", "géographique"], en=["LANDCOVER", "geographic"]),
    Case("barrier-transparency-out-of-range", ALG, "domain", _bad_transparency, ERROR,
         fr=["BARRIERS", "A21"], en=["BARRIERS", "A21"]),
    Case("landscape-too-small", ALG, "domain", lambda tmp: base(tmp, LANDSCAPE_AREA=1.0), ERROR,
         fr=["LANDSCAPE_AREA"], en=["LANDSCAPE_AREA"]),
    Case("vector-landcover-without-field", ALG, "missing-field",
         lambda tmp: base(tmp, LANDCOVER=f"{TVB_OBSTACLES}|layername=obstacles"), ERROR,
         fr=["LANDCOVER_FIELD"], en=["LANDCOVER_FIELD"]),
    Case("full-run-all-outputs", ALG, "inputs-unchanged",
         lambda tmp: base(tmp, DISTANCE=1000, CONFLICTS=str(tmp / "x.gpkg"), FRICTION_EXPORT=str(tmp / "f.csv"),
                          CONEFOR=str(tmp / "conefor"), REPORT=str(tmp / "r.html")), OK, check=_patches_found),
    Case("cancel-at-progress", ALG, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=2),
    Case("cancel-timer", ALG, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_after=0.05),
    Case("cancel-graphab-planar-links", ALG, "cancel", lambda tmp: base(tmp, LINK_MODE=2, REMOVE_CROSSING=True),
         ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=9),
]
