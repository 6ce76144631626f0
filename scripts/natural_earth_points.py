"""Write conflictparse/data/geo/division_points.tsv: a point for each first-order division Natural Earth draws.

A division's point in the gazetteer is otherwise the middle of the area its towns span, which drifts towards where
people live (Queensland's towns crowd its coast, Ontario's its south). Natural Earth's 1:50m "admin 1 states and
provinces" layer (public domain) draws the divisions of the United States, Brazil, Canada and Australia, the largest
ones in the world; for these the point is the label point of the division's largest polygon (its centroid, as the sp
package computes it), close to both GeoNames' and Wikipedia's points for the division.

Source: the ``rnaturalearthdata`` R package 0.1.0 as Debian ships it (``apt-get download r-cran-rnaturalearthdata``,
then ``dpkg -x`` it); its lazy-load database ``usr/lib/R/site-library/rnaturalearthdata/data/Rdata.rdb`` holds the
layer as an sp SpatialPolygonsDataFrame named ``states50``. Needs the ``rdata`` package (build time only)::

    python scripts/natural_earth_points.py EXTRACTED_DIR/usr/lib/R/site-library/rnaturalearthdata/data

The output is deterministic for the same input.
"""

from __future__ import annotations

import argparse
import gzip
import lzma
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", type=Path, help="rnaturalearthdata's data folder (holding Rdata.rdb and Rdata.rdx)")
    args = ap.parse_args()
    layer = slots(load_layer(args.data_dir, "states50"))
    frame = layer["data"]
    names = [decode(v.value) or "" for v in slots(frame)["names"].value]
    division, country = column(frame, names, "name"), column(frame, names, "iso_a2")
    rows = []
    for k, polygons in enumerate(layer["polygons"].value):
        lon, lat = (float(v) for v in slots(polygons)["labpt"].value)
        rows.append((country[k] or "", division[k] or "", round(lat, 4), round(lon, 4)))
    rows.sort()
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# First-order divisions drawn by Natural Earth's 1:50m admin-1 layer (public domain), each with the\n"
                "# label point of its largest polygon. Written by scripts/natural_earth_points.py.\n"
                "# country\tdivision\tlat\tlon\n")
        for cc, name, lat, lon in rows:
            f.write(f"{cc}\t{name}\t{lat}\t{lon}\n")
    print(f"{len(rows)} divisions")


if __name__ == "__main__":
    main()
