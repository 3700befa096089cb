"""Reading a temperature array as land-surface temperature in °C, and saying which reading was applied.

Three readings:

* ``"celsius"`` — values already in °C;
* ``"kelvin"`` — values in K (°C = K − 273.15);
* ``"landsat_c2_st_b10"`` — raw digital numbers of the USGS Landsat Collection 2 Level-2 surface
  temperature band (``ST_B10``, uint16): K = DN × 0.00341802 + 149.0, fill DN 0 masked.

``reading="auto"`` detects the reading from the **median of the valid values** (documented heuristic,
override it by passing the reading explicitly):

=====================  ===================================================================
median of valid values reading
=====================  ===================================================================
> 1 000                Landsat C2 L2 ``ST_B10`` DN (plausible DN for 220–350 K: ≈ 20 800–58 800)
150 … 400              kelvin
−100 … 100             celsius
anything else          :class:`AulaInputError` (ambiguous: name the reading explicitly)
=====================  ===================================================================

Gi* z-scores do not depend on the reading (they are affine-invariant); the mean temperatures reported
per unit do, hence the explicit statement of the reading in messages and report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from ..errors import AulaInputError, Message

READING_AUTO = "auto"
READING_CELSIUS = "celsius"
READING_KELVIN = "kelvin"
READING_LANDSAT = "landsat_c2_st_b10"
READINGS = (READING_AUTO, READING_CELSIUS, READING_KELVIN, READING_LANDSAT)

KELVIN_OFFSET = 273.15
#: USGS Landsat Collection 2 Level-2 surface temperature scaling (ST_B10, ST_B6 for Landsat 4–7).
LANDSAT_C2_ST_SCALE = 0.00341802
LANDSAT_C2_ST_OFFSET = 149.0
LANDSAT_C2_ST_FILL = 0
LANDSAT_DN_MAX = 65535

#: Detection thresholds on the median of the valid values (see module docstring).
AUTO_LANDSAT_MIN_MEDIAN = 1000.0
AUTO_KELVIN_RANGE = (150.0, 400.0)
AUTO_CELSIUS_RANGE = (-100.0, 100.0)
#: Plausible land-surface temperatures; values outside are masked and counted in a warning.
PLAUSIBLE_CELSIUS = (-90.0, 100.0)


@dataclass
class TemperatureReading:
    """Result of :func:`read_temperature`."""

    celsius: np.ndarray  #: float64, same shape as the input, NaN where masked
    reading: str  #: one of ``celsius``, ``kelvin``, ``landsat_c2_st_b10``
    detected: bool  #: True when the reading was detected (``reading="auto"``)
    description: Message  #: the reading applied, in words (for the log and the report)
    n_valid: int
    n_masked: int  #: nodata, fill, non-finite or implausible values
    warnings: List[Message] = field(default_factory=list)
    codes: Optional[np.ndarray] = None  #: integer input: the values as read, ``celsius = table[codes]``
    table: Optional[np.ndarray] = None  #: integer input: °C (NaN masked) of every possible value

    def rows(self, start: int, stop: int) -> np.ndarray:
        """°C of the rows ``start:stop`` (first axis), without converting the whole band when the input
        is an integer band (read through its table)."""
        if self._celsius is None and self.table is not None:
            return self.table[self.codes[start:stop]]
        return self.celsius[start:stop]

    @property
    def shape(self):
        return self.codes.shape if self._celsius is None and self.codes is not None else self.celsius.shape


def _celsius(self) -> np.ndarray:
    """°C, NaN where masked; for an integer band looked up in its table on first use."""
    if self._celsius is None and self.table is not None:
        self._celsius = self.table[self.codes]
    return self._celsius


def _set_celsius(self, value) -> None:
    self._celsius = value


TemperatureReading.celsius = property(_celsius, _set_celsius)


_DESCRIPTIONS = {
    READING_CELSIUS: Message("températures lues en °C (aucune conversion)", "temperatures read as °C (no conversion)"),
    READING_KELVIN: Message("températures lues en kelvins : °C = K − 273,15", "temperatures read as kelvins: °C = K − 273.15"),
    READING_LANDSAT: Message(
        "valeurs brutes Landsat Collection 2 niveau 2 ST_B10 : K = CN × 0,00341802 + 149,0 ; "
        "°C = K − 273,15 ; CN 0 (remplissage) masqué",
        "raw Landsat Collection 2 Level-2 ST_B10 values: K = DN × 0.00341802 + 149.0; "
        "°C = K − 273.15; DN 0 (fill) masked",
    ),
}


def detect_temperature_reading(values, layer: str = "TEMPERATURE") -> str:
    """The reading of ``values`` by the median heuristic (module docstring). Non-finite values ignored.

    Raises :class:`AulaInputError` when there is no finite value or the median fits no reading.
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        raise AulaInputError(
            fr=f"{layer} : aucune valeur de température valide.",
            en=f"{layer}: no valid temperature value.",
        )
    return _reading_of_median(float(np.median(v)), layer)


def _reading_of_median(med: float, layer: str) -> str:
    if med > AUTO_LANDSAT_MIN_MEDIAN:
        return READING_LANDSAT
    if AUTO_KELVIN_RANGE[0] <= med <= AUTO_KELVIN_RANGE[1]:
        return READING_KELVIN
    if AUTO_CELSIUS_RANGE[0] <= med <= AUTO_CELSIUS_RANGE[1]:
        return READING_CELSIUS
    raise AulaInputError(
        fr=(f"{layer} : unité de température indéterminable (médiane {med:g}) ; "
            "choisissez la lecture : °C, K ou Landsat C2 ST_B10."),
        en=(f"{layer}: cannot tell the temperature unit (median {med:g}); "
            "choose the reading: °C, K or Landsat C2 ST_B10."),
    )


def landsat_dn_to_kelvin(dn, scale: float = LANDSAT_C2_ST_SCALE, offset: float = LANDSAT_C2_ST_OFFSET):
    """K = DN × scale + offset (no masking; see :func:`read_temperature`)."""
    return np.asarray(dn, dtype=np.float64) * scale + offset


def celsius_to_landsat_dn(celsius, mask=None, scale: float = LANDSAT_C2_ST_SCALE,
                          offset: float = LANDSAT_C2_ST_OFFSET) -> np.ndarray:
    """°C → uint16 ST_B10 DN (rounded); NaN or ``mask`` True → fill DN 0. Values clipped to 1…65535."""
    c = np.asarray(celsius, dtype=np.float64)
    dn = np.rint((c + KELVIN_OFFSET - offset) / scale)
    bad = ~np.isfinite(dn)
    if mask is not None:
        bad |= np.asarray(mask, dtype=bool)
    dn = np.clip(np.where(bad, 1, dn), 1, LANDSAT_DN_MAX)
    dn[bad] = LANDSAT_C2_ST_FILL
    return dn.astype(np.uint16)


def _median_of_nonzero_above(values: np.ndarray, threshold: float) -> bool:
    """``np.median(values[values != 0]) > threshold`` (threshold > 0, finite values) by counting: more than
    half the non-zero values above it, or exactly half and the median itself decides. One pass, no sort."""
    nonzero = int(np.count_nonzero(values))
    above = int(np.count_nonzero(values > threshold))
    if nonzero == 0 or 2 * above < nonzero:
        return False
    if 2 * above > nonzero:
        return True
    return bool(np.median(values[values != 0]) > threshold)


def read_temperature(values, reading: str = READING_AUTO, *, nodata=None, mask=None,
                     layer: str = "TEMPERATURE", plausible=PLAUSIBLE_CELSIUS,
                     landsat_scale: float = LANDSAT_C2_ST_SCALE,
                     landsat_offset: float = LANDSAT_C2_ST_OFFSET,
                     landsat_fill=LANDSAT_C2_ST_FILL) -> TemperatureReading:
    """Convert ``values`` (raster band or field values; any shape) to °C.

    Masked (NaN in the result): non-finite values, ``values == nodata``, ``mask`` True, the Landsat fill
    DN (0) for the Landsat reading, and converted values outside ``plausible`` (°C; counted in a warning).
    """
    if reading not in READINGS:
        raise AulaInputError(
            fr=f"{layer} : lecture de température inconnue « {reading} » (attendu : {', '.join(READINGS)}).",
            en=f"{layer}: unknown temperature reading '{reading}' (expected: {', '.join(READINGS)}).",
        )
    raw = np.asarray(values)
    if mask is None and raw.dtype in (np.uint8, np.uint16) and raw.size > 4 * 65536:
        return _read_by_table(raw, reading, nodata, layer, plausible, landsat_scale, landsat_offset, landsat_fill)
    try:
        v = raw.astype(np.float64)
    except (TypeError, ValueError):
        raise AulaInputError(
            fr=f"{layer} : les valeurs de température ne sont pas numériques.",
            en=f"{layer}: temperature values are not numeric.",
        ) from None
    invalid = ~np.isfinite(v)
    if nodata is not None:
        invalid |= v == float(nodata)
    if mask is not None:
        invalid |= np.broadcast_to(np.asarray(mask, dtype=bool), v.shape)

    detected = reading == READING_AUTO
    if detected:
        candidates = v[~invalid]
        # a Landsat fill of 0 must not drag the median: ignore exact zeros when most values are large
        if _median_of_nonzero_above(candidates, AUTO_LANDSAT_MIN_MEDIAN):
            reading = READING_LANDSAT  # what detect_temperature_reading(nonzero) says, without a second median
        else:
            reading = detect_temperature_reading(candidates, layer=layer)

    celsius, n_valid, warnings = _apply_reading(v, invalid, None, reading, layer, plausible, landsat_scale,
                                                landsat_offset, landsat_fill)
    return TemperatureReading(celsius=celsius, reading=reading, detected=detected,
                              description=_description(reading, detected), n_valid=n_valid,
                              n_masked=int(v.size - n_valid), warnings=warnings)


def _weighted_median(values: np.ndarray, counts: np.ndarray) -> float:
    """``np.median`` of ``values`` repeated ``counts`` times (values sorted ascending)."""
    total = int(counts.sum())
    ends = np.cumsum(counts)
    lower = values[np.searchsorted(ends, (total - 1) // 2, side="right")]
    upper = values[np.searchsorted(ends, total // 2, side="right")]
    return float(np.mean([lower, upper]))


def _read_by_table(raw, reading, nodata, layer, plausible, landsat_scale, landsat_offset, landsat_fill):
    """:func:`read_temperature` of an 8- or 16-bit unsigned band (a Landsat ST_B10 band is uint16): every
    rule applied once per possible value, weighted by how many pixels hold it (one counting pass), and the
    band converted by looking its values up in the resulting table — the same numbers, without a
    float64 copy of the band per rule."""
    counts = np.bincount(raw.ravel(), minlength=int(np.iinfo(raw.dtype).max) + 1)
    v = np.arange(counts.size, dtype=np.float64)
    invalid = np.zeros(counts.size, dtype=bool)
    if nodata is not None:
        invalid |= v == float(nodata)

    detected = reading == READING_AUTO
    if detected:
        ok = ~invalid & (counts > 0)
        nonzero = int(counts[ok & (v != 0)].sum())
        above = int(counts[ok & (v > AUTO_LANDSAT_MIN_MEDIAN)].sum())
        if nonzero and 2 * above > nonzero:
            reading = READING_LANDSAT
        elif nonzero and 2 * above == nonzero and \
                _weighted_median(v[ok & (v != 0)], counts[ok & (v != 0)]) > AUTO_LANDSAT_MIN_MEDIAN:
            reading = READING_LANDSAT
        elif not ok.any():
            raise AulaInputError(fr=f"{layer} : aucune valeur de température valide.",
                                 en=f"{layer}: no valid temperature value.")
        else:
            reading = _reading_of_median(_weighted_median(v[ok], counts[ok]), layer)

    table, n_valid, warnings = _apply_reading(v, invalid, counts, reading, layer, plausible, landsat_scale,
                                              landsat_offset, landsat_fill)
    return TemperatureReading(celsius=None, reading=reading, detected=detected,
                              description=_description(reading, detected), n_valid=n_valid,
                              n_masked=int(raw.size - n_valid), warnings=warnings, codes=raw, table=table)


def _apply_reading(v, invalid, counts, reading, layer, plausible, landsat_scale, landsat_offset, landsat_fill):
    """The rules of a reading, once for the values and the band's table alike: Landsat DN range and fill,
    conversion to °C, implausible values masked. ``counts``: how many pixels hold each value (None: one each).
    Returns °C (NaN where masked), the number of valid pixels and the warnings."""
    def pixels(where) -> int:
        return int(np.count_nonzero(where)) if counts is None else int(counts[where].sum())

    warnings: List[Message] = []
    if reading == READING_LANDSAT:
        ok = v[~invalid] if counts is None else v[~invalid & (counts > 0)]
        if ok.size and (ok.min() < 0 or ok.max() > LANDSAT_DN_MAX):
            raise AulaInputError(
                fr=(f"{layer} : valeurs hors de l'intervalle des CN Landsat ST_B10 (0 à 65535) : "
                    f"{ok.min():g} à {ok.max():g}."),
                en=(f"{layer}: values outside the Landsat ST_B10 DN range (0 to 65535): "
                    f"{ok.min():g} to {ok.max():g}."),
            )
        fill = v == landsat_fill
        n_fill = pixels(fill & ~invalid)
        invalid |= fill
        if n_fill:
            warnings.append(Message(f"{layer} : {n_fill} pixels de remplissage (CN {landsat_fill}) masqués.",
                                    f"{layer}: {n_fill} fill pixels (DN {landsat_fill}) masked."))
        celsius = v * landsat_scale + landsat_offset - KELVIN_OFFSET
    elif reading == READING_KELVIN:
        celsius = v - KELVIN_OFFSET
    else:
        celsius = v.copy()

    lo, hi = plausible
    with np.errstate(invalid="ignore"):
        implausible = ~invalid & ((celsius < lo) | (celsius > hi))
    n_implausible = pixels(implausible)
    if n_implausible:
        warnings.append(Message(
            f"{layer} : {n_implausible} valeurs hors de {lo:g} à {hi:g} °C après lecture masquées "
            "(nodata non déclaré ou mauvaise lecture ?).",
            f"{layer}: {n_implausible} values outside {lo:g} to {hi:g} °C after reading masked "
            "(undeclared nodata or wrong reading?).",
        ))
    invalid |= implausible
    celsius = np.where(invalid, np.nan, celsius)
    n_valid = pixels(~invalid)
    if n_valid == 0:
        raise AulaInputError(
            fr=f"{layer} : aucune valeur de température valide après masquage.",
            en=f"{layer}: no valid temperature value after masking.",
        )
    return celsius, n_valid, warnings


def _description(reading: str, detected: bool) -> Message:
    desc = _DESCRIPTIONS[reading]
    if detected:
        desc = Message(desc.fr + " (détecté automatiquement)", desc.en + " (detected automatically)")
    return desc
