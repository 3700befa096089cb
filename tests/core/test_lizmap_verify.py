"""Reading WMS answers without QGIS: PNG pixels, GetCapabilities layer names, Lizmap URLs."""

from __future__ import annotations

import struct
import zlib

import pytest

from aula_toolkit_plugin.aula_toolkit.lizmap import verify as V


def png(width, height, pixel, filter_type=0, odd=None):
    """An RGBA PNG filled with ``pixel``, one ``odd`` pixel at (0, 0) if given."""
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            row += bytes(odd if odd and x == 0 and y == 0 else pixel)
        if filter_type == 1:  # Sub filter, to exercise unfiltering
            raw = bytearray(row)
            for i in range(len(row) - 1, 3, -1):
                raw[i] = (row[i] - row[i - 4]) & 0xFF
            row = raw
        rows.append(bytes([filter_type]) + bytes(row))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


@pytest.mark.parametrize("filter_type", [0, 1])
def test_png_colours(filter_type):
    assert V.distinct_colors(png(8, 4, (0, 0, 0, 0), filter_type)) == 1
    assert V.distinct_colors(png(8, 4, (0, 0, 0, 0), filter_type, odd=(200, 10, 10, 255))) == 2
    width, height, channels, rows = V.png_pixels(png(3, 2, (1, 2, 3, 4), filter_type))
    assert (width, height, channels) == (3, 2, 4) and rows[1] == bytes([1, 2, 3, 4] * 3)
    with pytest.raises(ValueError):
        V.png_pixels(b"GIF89a")


CAPS = b"""<?xml version="1.0"?>
<WMS_Capabilities xmlns="http://www.opengis.net/wms" version="1.3.0">
 <Service><Name>WMS</Name><Title>t</Title></Service>
 <Capability><Layer><Name>projet</Name><Title>Projet</Title>
   <Layer><Name>zan</Name><Layer><Name>compteurs_zan</Name><Style><Name>default</Name></Style></Layer></Layer>
 </Layer></Capability></WMS_Capabilities>"""


def test_capabilities_layer_names_ignore_service_and_style_names():
    assert V.capabilities_layer_names(CAPS) == ["projet", "zan", "compteurs_zan"]
    with pytest.raises(ValueError, match="not valid"):
        V.capabilities_layer_names(
            b'<ServiceExceptionReport><ServiceException code="x">MAP not valid</ServiceException>'
            b'</ServiceExceptionReport>')


def test_lizmap_urls():
    assert V.lizmap_map_url("https://carto.example.org/lizmap/", "aula", "résultats") == (
        "https://carto.example.org/lizmap/index.php/view/map?repository=aula&project=r%C3%A9sultats")
    endpoint = V.lizmap_wms_endpoint("https://carto.example.org/lizmap", "aula", "p")
    assert endpoint.full_url({"SERVICE": "WMS"}) == (
        "https://carto.example.org/lizmap/index.php/lizmap/service?repository=aula&project=p&SERVICE=WMS")
