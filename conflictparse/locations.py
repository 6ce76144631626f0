"""Place names recognised in news text and resolved offline to a GeoNames-derived gazetteer.

Recognition looks capitalised word sequences up in a name index (longest match first) and filters what is
rarely a place in English text: common words that are also villages, parts of person names, abbreviations in the
wrong case. Resolution scores every gazetteer entry of a name by population and feature kind, then by the report's
context: the countries and regions it names, places near the other places it mentions, and its dateline.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import attrs
import regex

from ._gazetteer import KINDS, Gazetteer, Row, fold, gazetteer, haversine_km
from ._text import check_text, lazy_pattern, sentence_spans, span_dict

__all__ = ["Candidate", "Location", "Place", "Relation", "parse_locations"]


@attrs.frozen
class Place:
    """A gazetteer entry: ``kind`` is continent, country, region, admin1, admin2, city, town or village."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    kind: str
    population: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return {"name": self.name, "geonameid": self.geonameid, "lat": self.lat, "lon": self.lon,
                "country_code": self.country_code, "admin1": self.admin1, "kind": self.kind,
                "population": self.population}


@attrs.frozen
class Candidate:
    """One gazetteer entry weighed for a mention, with its score (higher is better)."""

    place: Place
    score: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return {**self.place.to_dict(), "score": round(self.score, 3)}


@attrs.frozen
class Relation:
    """A location given relative to the mentioned place: "50 km north of Kyiv", "outside Kyiv".

    ``kind`` is ``distance``, ``direction``, ``border``, ``outside``, ``near`` or ``part`` ("eastern Ukraine",
    "central Kyiv": ``direction`` is None for the centre); the anchor is the
    :class:`Location` that carries the relation. ``start``/``end``/``text`` are the cue's span.
    """

    start: int
    end: int
    text: str
    kind: str
    distance_km: float | None = None
    direction: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return {**span_dict(self.start, self.end, self.text), "kind": self.kind, "distance_km": self.distance_km,
                "direction": self.direction}


@attrs.frozen
class Location:
    """A place name in the text and the gazetteer entry it resolves to (``place`` is None when none fits).

    ``within`` is set for a name the gazetteer lacks that the text puts inside a place it holds ("X, a suburb east
    of Harare", "the Nairobi slum of Mathare"): the mention is approximately there.
    """

    start: int
    end: int
    text: str
    name: str
    place: Place | None = None
    candidates: tuple[Candidate, ...] = ()
    relation: Relation | None = None
    within: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``.

        Without a place of its own, a location inside a known one takes that place's point, country and admin1
        (its ``geonameid`` and ``kind`` stay null), as event datasets code a village by the nearest place they know.
        """
        p = self.place
        at = p or self.within
        return {**span_dict(self.start, self.end, self.text), "name": self.name,
                "geonameid": p.geonameid if p else None, "lat": at.lat if at else None, "lon": at.lon if at else None,
                "country_code": at.country_code if at else None, "admin1": at.admin1 if at else None,
                "kind": p.kind if p else None, "population": p.population if p else None,
                "relation": self.relation.to_dict() if self.relation else None,
                "within": self.within.to_dict() if self.within else None,
                "candidates": [c.to_dict() for c in self.candidates]}


# --- recognition -----------------------------------------------------------------------------------------------

_TOKEN = lazy_pattern(r"[\p{L}\p{M}]+")
# What may stand between two words of one name: "Ivano-Frankivsk", "Côte d'Ivoire", "St. Louis", "U.S.".
_GAP = lazy_pattern(r"[ \u00a0]|[-‐‑]|['’]|\.[ \u00a0]?| - ")
_CONNECTORS = frozenset({
    "of", "the", "and", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el",
    "al", "upon", "on", "in", "y", "e", "von", "van", "der", "den", "am", "im", "sur", "d", "l", "bin", "ibn",
    "au", "aux", "en", "es", "sous", "op", "aan", "ter", "te", "under", "s",
    "ez", "ed", "er", "az", "ash", "adh", "ar", "an", "as", "at", "ad", "um", "umm", "wa", "kwa",
    "i",  # the Persian ezafe: "Mazar-i-Sharif"
})
_MAX_TOKENS = 7
_LOCATIVE = frozenset({
    "in", "near", "at", "outside", "around", "across", "into", "from", "to", "towards", "toward", "throughout",
    "via", "inside", "within", "between", "through", "over", "along", "beyond", "called", "named", "reach",
    "reached", "entered", "visited", "left",
})
# Month and weekday names are never places, whatever precedes them ("in May").
_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_PERSON_VERBS = lazy_pattern(
    r"\s+(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|argued|argues"
    r"|stated|states|suggested|suggests|confirmed|confirms|insisted|insists|warned|warns|denied|denies|claimed"
    r"|claims|replied|replies|admitted|admits|recalled|recalls|believes|believed)\b"
)
# Words after a place name that make the whole an organisation, a currency or a disease, not the place.
_NOT_PLACE_AFTER = lazy_pattern(
    r"\$|/\d"
    r"|[ \u00a0-](?:(?i:ha?emorrhagic)[ \u00a0])?(?i:virus|ebolavirus|fever|flu|influenza|strain|disease|syndrome"
    r"|variant)\b"
)
# Before a place name: a disease ("Ebola-Reston"), a currency ("$US 5"), a flu strain ("A/California/7"; but
# "Zaire/Congo" names two places),
# or an institution whose name holds the place ("University of California", "Times of India").
_NOT_PLACE_BEFORE = lazy_pattern(
    r"(?:Ebola|Zika|Marburg)[ -]$|\$$|(?<![\p{L}\d])\p{Lu}/$|\d/$"

    # "Royal Alexandra Hospital", "Royal Victoria Infirmary": named after a person.
    r"|\bRoyal[ \u00a0]$"
)
# Capitalised words that start sentences or phrases rather than person names ("In Buffalo", "North Jackson").
_NOT_GIVEN_NAMES = frozenset({
    "the", "and", "but", "for", "with", "by", "as", "if", "when", "while", "after", "before", "since", "during",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "new", "old", "saint", "st", "port", "fort", "mount", "lake", "cape", "san", "santa", "downtown",
    "suburban", "rural", "urban", "metropolitan", "outer", "inner", "coastal", "then", "also", "both", "all",
    "city", "county", "state", "province", "district", "region", "village", "town", "camp", "airport",
})
# Abbreviations and titles whose full stop does not end a sentence.
_TITLES = frozenset({
    "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "rev", "sen", "rep", "gov", "st",
    "jr", "sr", "no", "vs", "mt", "ft", "cpl", "adm", "cmdr", "insp", "supt", "det",
})
_STRONG_KINDS = frozenset({"continent", "country", "region", "admin1"})
_DIVISION_WORD = lazy_pattern(
    r"(?i)\b(?:oblast|province|region|state|governorate|prefecture|county|district|department|territory|lga)\b"
)
# Unknown names after an explicit cue are still places ("the village of Zarichne").
_LEADING_WORDS = frozenset({"in", "at", "near", "from", "to", "the", "and", "but", "of", "on", "for", "by", "with"})
_UNKNOWN_CUE = lazy_pattern(
    r"\b(?:village|town|city|hamlet|settlement|district|province|region|municipality|suburb|neighbou?rhood"
    r"|township|county|commune|camp|port)s?\s+of\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3})"
    # Bases, lakes and mountains, and divisions named with their kind: "Fort Drum", "Camp Bastion",
    # "Lake Victoria", "Hedmark County", "Shindand Air Base".
    r"|(?<![\p{L}\p{M}'’-])((?:Fort|Camp|Lake|Mount|Mt\.)[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+"
    r"|\p{Lu}[\p{L}\p{M}'’-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’-]+)?[ \u00a0](?:Province|Governorate|Oblast|County"
    r"|Air[ \u00a0]?[Bb]ase|Airbase|Air[ \u00a0]Field|Airfield|Military[ \u00a0]Base|Naval[ \u00a0]Base"
    r"|Island|Islands|Bay|Valley|Peninsula|Square|Proving[ \u00a0]Ground|Refugee[ \u00a0]Camp))\b"
)


@attrs.frozen
class _Mention:
    start: int
    end: int
    key: str
    ids: tuple[int, ...]
    feature: bool = False
    #: Where a capitalised word the gazetteer does not know runs into the name ("Western Plateau", "North Eastern
    #: Province"), its start: the name may be only the tail of a longer one. -1 when there is none.
    prefix_start: int = -1

    @property
    def prefixed(self) -> bool:
        return self.prefix_start >= 0


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i] in " \t\"'“‘([«" or text[i] == "\u00a0"):
        i -= 1
    if i < 0:
        return True
    if text[i] == ".":
        word = regex.search(r"(\p{L}+)$", text[max(0, i - 8):i])
        # "Dr. Dunn" and "J. Dillon": the full stop ends a title or an initial, not a sentence.
        return not (word and (word.group(1).lower() in _TITLES or len(word.group(1)) == 1))
    return text[i] in "!?:;\n\r—–•"


def _previous_word(text: str, start: int) -> str:
    window = text[max(0, start - 30):start]
    m = regex.search(r"([\p{L}]+)[\s\u00a0]+$", window)
    return m.group(1) if m else ""


_DATELINE_REACH = 200
_LINE_REACH = 300


def _dateline(text: str, start: int, end: int) -> bool:
    if start > _DATELINE_REACH:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t\"'\ufeff")  # a byte-order mark may open a file
    if before and not _DATELINE_PEERS.fullmatch(before):
        return False
    return bool(_DATELINE_END.match(text[end:end + 4]))


# Datelines naming two cities: "ABUJA/LAGOS (Reuters) -".
_DATELINE_PEERS = lazy_pattern(r"(?:\p{Lu}[\p{Lu}\p{M} .'’-]*/)+")
_DATELINE_END = lazy_pattern(r"\s*(?:,|\(|—|–|-{1,2}\s|:)|/\p{Lu}")


@cache
def _abbreviations() -> frozenset[str]:
    """Folded forms of the all-capital aliases (US, UK, DRC): they match only when written in capitals."""
    from ._gazetteer import _data_lines

    out = set()
    for line in _data_lines("aliases.tsv"):
        alias = line.split("\t")[0]
        letters = "".join(ch for ch in alias if ch.isalpha())
        if letters.isupper():
            out.add(fold(alias))
    return frozenset(out)


@cache
def _alias_keys() -> frozenset[str]:
    """Folded aliases that name one place; one naming two ("Congo") leaves the choice to context."""
    from ._gazetteer import _data_lines

    counts = Counter(fold(line.split("\t")[0]) for line in _data_lines("aliases.tsv"))
    return frozenset(key for key, n in counts.items() if n == 1)


_VILLAGE_SIZE = 10_000
_SETTLEMENT_AFTER = lazy_pattern(
    r"[ \u00a0](?:area|town|village|city|district|region|neighbou?rhood|suburb|township|municipality|residents"
    r"|outskirts)\b"
)
_NEIGHBOUR_PLACE = lazy_pattern(r"\s*(?:,|\(|\band\b|\bor\b)\s*\p{Lu}")
_NEIGHBOUR_BEFORE = lazy_pattern(r"\p{L}\s*(?:,|\(|\band|\bor)\s*$")


def _needs_support(gaz: Gazetteer, ids: Sequence[int]) -> bool:
    """True when every reading of a name is a town, village or district of under 10,000 people."""
    return all(gaz.kind_rank[_row_index(i)] >= KINDS.index("admin2") and gaz.population[_row_index(i)] < _VILLAGE_SIZE
               for i in ids[:_MAX_CANDIDATES])


# A noun that only a place follows: "the mayor of X", "residents of X", "the provincial capital X".
_PLACE_NOUN_BEFORE = lazy_pattern(
    r"\b(?i:mayor|governor|residents?|inhabitants|outskirts|streets|suburbs?|capital|city|town|village|port"
    r"|province|region|district|governorate|oblast|county)[ \u00a0]+(?:of[ \u00a0]+)?\Z"
)


# A capitalised name and a list gap, not itself part of a body's name ("the University of Rouen and University").
_LISTED_BEFORE = lazy_pattern(
    r"(?<!\bof[ \u00a0]+)(\p{Lu}[\p{L}\p{M}'’-]+)"
    r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)\Z"
)


def _after_a_listed_place(text: str, start: int, gaz: Gazetteer) -> bool:
    """The name follows a well-known place in a list ("Palermo, Rome and Florence")."""
    m = _LISTED_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    ids = gaz.lookup(fold(m.group(1)))
    return any(i >= 0 and (gaz.kind_rank[i] <= _ADMIN1_RANK or gaz.population[i] >= 100_000)
               for i in ids[:_MAX_CANDIDATES])


def _place_noun_before(text: str, start: int) -> bool:
    return bool(_PLACE_NOUN_BEFORE.search(text, max(0, start - 30), start))


def _supported(text: str, start: int, end: int) -> bool:
    """A locative preposition before the name, or another name beside it in a list or a qualifier."""
    return (_previous_word(text, start).lower() in _LOCATIVE or _place_noun_before(text, start)
            or bool(_NEIGHBOUR_PLACE.match(text, end))
            or bool(_NEIGHBOUR_BEFORE.search(text, max(0, start - 8), start))
            or bool(_SAYS_SETTLEMENT.search(text[max(0, start - 20):start])) or bool(_DIVISION_AFTER.match(text, end))
            or bool(_SETTLEMENT_AFTER.match(text, end)))


def _acceptable(text: str, start: int, end: int, key: str, ids: Sequence[int], n_tokens: int,
                gaz: Gazetteer, names: _TextNames) -> bool:
    """Filter out capitalised words that match a name but are not used as a place here."""
    surface = text[start:end]
    letters = "".join(ch for ch in surface if ch.isalpha())
    all_caps = letters.isupper() and len(letters) > 1
    before = text[max(0, start - 40):start]
    if (_NOT_PLACE_AFTER.match(text, end) or _NOT_PLACE_BEFORE.search(before)) and not _dateline(text, start, end):
        return False
    if key in _abbreviations():
        return all_caps
    if len(letters) <= 2 or key in _CALENDAR:
        return False
    if all_caps and not _dateline(text, start, end):
        # Headlines and acronyms ("AIDS", "NATO") are not names unless the whole line shouts.
        # Only the nearby part of the line is read, so that a text without line breaks stays linear.
        lo, hi = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
        line_start = text.rfind("\n", lo, start) + 1 or lo
        line_end = text.find("\n", end, hi)
        line = text[line_start:line_end if line_end >= 0 else hi]
        if not (len(key) >= 4 and sum(ch.isupper() for ch in line) > 0.8 * sum(ch.isalpha() for ch in line)):
            return False
    best = abs(ids[0]) - (ids[0] < 0)
    # Strong names (countries, large divisions and cities by their own name) survive beside other capitalised
    # words ("California Department of Health"); weak ones there are more likely parts of person names, and so
    # are a division's local or alternate names ("Michael Sicilia").
    strong = (ids[0] >= 0 and gaz.kind_rank[best] <= 2) or any(
        i >= 0 and gaz.population[i] >= 100_000 for i in ids[:_MAX_CANDIDATES]
    )
    person_after = _PERSON_AFTER.match(text, end)
    if _TITLE_BEFORE.search(before) or (person_after and person_after.group(1).lower() not in _INSTITUTION_WORDS):
        return False  # "Dr. Houston", "Jordan Peterson said"
    if key in gaz.given_names:
        after = _NEXT_WORD.match(text, end)
        if after and after.group(1).lower() not in _INSTITUTION_WORDS and not _country_name(gaz, fold(after.group(1))):
            return False  # "Victoria Beckham", "Jordan Henderson", but not "Georgia Department of Health"
    # A common word is a place only right after a locative preposition, mid-sentence, and not as the first word
    # of a longer name ("in South Kerry").
    if key in gaz.stopnames and (
        _sentence_initial(text, start) or _CAPITALISED_NEXT.match(text, end)
        or (_previous_word(text, start).lower() not in _LOCATIVE
            and not _LATER_IN_A_LIST_OF_PLACES.search(text, max(0, start - _LIST_REACH), start)
            and not _place_noun_before(text, start) and not _DIVISION_AFTER.match(text, end)
            and not _after_a_listed_place(text, start, gaz))
    ) and not _qualified_after(text, end, ids, gaz):
        return False  # but "the town of Sake", "Cameroon's North-West region", "Florence, Alabama"
    if n_tokens == 1 and names.surname(surface) and (not strong or gaz.kind_rank[best] > _ADMIN1_RANK):
        return False  # "Governor David Paterson ... Paterson said": a town's name, even a big one, is the person
    if (not strong and _PERSON_VERBS.match(text, end) and _previous_word(text, start).lower() not in _IN_PLACE
            and not _place_noun_before(text, start)
            and not _LATER_IN_A_LIST.search(text, max(0, start - _LIST_REACH), start)):
        return False  # "Hamilton said", but "a lab in Wageningen confirmed", "groups in Savannah and Augusta said"
    if (gaz.kind_rank[best] > _COUNTRY_RANK and names.disease(surface)
            and _previous_word(text, start).lower() not in _LOCATIVE):
        return False  # "the Marburg virus ... imported Marburg": the disease, unless "in Marburg"
    if n_tokens == 1 and _needs_support(gaz, ids) and not _supported(text, start, end):
        return False  # a lone small village name with nothing around it is more often a surname or a word
    if not strong and _ELIDED_PARTICLE_BEFORE.search(before):
        return False  # "Pla d'Adet", "Val d'Isère" when the gazetteer lacks the whole: no Ethiopian Adet
    if not strong and _SURNAME_HALF.search(before):
        return False  # "Laura Ortega-Valls": the second half of a hyphenated surname, not "the Bucha-Irpin road"
    if (not strong or gaz.kind_rank[best] > _COUNTRY_RANK) and _LONGER_NAME_AFTER.match(text, end):
        return False  # "Bab el-Mandeb", "Plateau de Beille": part of a longer name the gazetteer lacks
    joined = _JOINED_NAME_AFTER.match(text, end)
    if joined and not gaz.lookup(fold(joined.group(1))):
        return False  # "Pont-Sondé": the first half of a hyphenated name, not "the Bucha-Irpin road"
    if not strong:
        after = regex.match(r"[ \u00a0](\p{Lu}[\p{L}]+)", text[end:end + 40])
        if after and not _DIVISION_WORD.fullmatch(after.group(1)):
            return False
        # A capitalised word or an initial just before ("Anne Dillon", "J. Dillon"); a sentence's last word is not
        # ("near Kharkiv. Vovchansk was shelled").
        previous = regex.search(r"(?:\p{Lu}[\p{L}]*|\b\p{Lu}\.)[ \u00a0]\Z", before)
        if previous and not _sentence_initial(text, start - len(previous.group(0))):
            return False
    return True


_LIST_NAME = r"\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,2}"
# A later item of a list of places after a locative: "residents of Sulaymaniyah and Duhok said", "police in Nice,
# Tours and Nancy".
_LIST_TAIL = rf"[ \u00a0]+{_LIST_NAME}(?:,[ \u00a0]*{_LIST_NAME})*(?:,[ \u00a0]*|,?[ \u00a0]+(?:and|or)[ \u00a0]+)\Z"
_LATER_IN_A_LIST = lazy_pattern(
    rf"\b(?:in|near|at|outside|inside|within|throughout|across|around|of|from){_LIST_TAIL}"
)
# For a common word, "of" and "from" open too many names of bodies ("the University of Rouen and University").
_LATER_IN_A_LIST_OF_PLACES = lazy_pattern(
    rf"\b(?:in|near|at|outside|inside|within|throughout|across|around){_LIST_TAIL}"
)
_LIST_REACH = 100
_ELIDED_PARTICLE_BEFORE = lazy_pattern(r"\p{Lu}\p{L}*[ \u00a0-](?i:d|l|dell)['’]\Z")
_SURNAME_HALF = lazy_pattern(r"\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}+[-‐]$")
_TITLE_BEFORE = lazy_pattern(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|Sir|Dame|Lady|Lord)\.?[ \u00a0]$"
)
_PERSON_AFTER = lazy_pattern(r"[ \u00a0](\p{Lu}\p{Ll}+)" + _PERSON_VERBS.pattern)
_NEXT_WORD = lazy_pattern(r"[ \u00a0](\p{Lu}\p{L}+)")
# Capitalised words after a place name that make an institution of it, not a person ("Georgia Department").
_INSTITUTION_WORDS = frozenset({
    "department", "governor", "state", "police", "health", "ministry", "minister", "government", "army", "airport",
    "county", "city", "province", "region", "council", "republic", "court", "supreme", "national", "public",
    "regional", "primary", "federal", "provincial", "general", "senator", "representative", "attorney", "president",
    "mayor", "university", "college", "school", "district", "metropolitan", "municipal", "fire", "emergency",
    "international", "legislature", "assembly", "parliament", "congress", "congressman", "congresswoman", "senate",
    "house", "office", "agency", "authority", "commission", "board", "medical", "hospital", "institute", "centre",
    "center", "museum", "zoo", "port", "harbour", "harbor", "highway", "road", "street", "avenue", "bridge",
    "station", "market", "stock", "exchange", "bank", "central", "north", "south", "east", "west", "times", "post",
    "airways", "airlines", "officials", "authorities", "spokesman", "spokeswoman", "chief", "head", "leader",
    "defence", "defense", "foreign", "interior", "justice", "finance", "border", "security", "armed", "military",
    "prime", "vice", "deputy", "energy", "economy", "trade", "education", "war", "navy", "coast", "air",
})
_LONGER_NAME_AFTER = lazy_pattern(
    r"[ \u00a0-](?:el|al|ad|as|ash|at|de|da|du|des|del|della|la|le|kwa|bin|ibn|von|van|der|den|di|do|dos|das)"
    r"[ \u00a0-]\p{Lu}"
)
_CAPITALISED_NEXT = lazy_pattern(r"[ \u00a0-]\p{Lu}")
_JOINED_NAME_AFTER = lazy_pattern(r"[-‐](\p{Lu}[\p{L}\p{M}]+)")
# No full stop between the two: "on Thursday. Kananga is" is two sentences.
_NAME_PAIR = lazy_pattern(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+)[ \u00a0](?=(\p{Lu}\p{Ll}+)(?![\p{L}'’-]))")


def _surnames(text: str, gaz: Gazetteer) -> frozenset[str]:
    """Words the text writes after a given name ("John Clifford"): a lone "Clifford" later is the person too."""
    out = set()
    for m in _NAME_PAIR.finditer(text):
        given = m.group(1).lower()
        if (given in _NOT_GIVEN_NAMES or given in _LOCATIVE or given in _CONNECTORS or given in _TITLES
                or given in _CALENDAR):
            continue
        if not gaz.lookup(fold(f"{m.group(1)} {m.group(2)}")) and not _country_name(gaz, fold(given)):
            out.add(m.group(2))
    return frozenset(out)


def _country_name(gaz: Gazetteer, key: str) -> bool:
    """A country's or a world region's name that is no given name too: "Taiwan", but not "Jordan" or "Georgia"."""
    ids = gaz.lookup(key)
    return bool(ids) and ids[0] >= 0 and gaz.kind_rank[ids[0]] <= _REGION_RANK and key not in gaz.given_names


# Prepositions after which a name is where something is, not who speaks.
_IN_PLACE = frozenset({"in", "near", "at", "outside", "inside", "within", "throughout", "across", "around"})
_ADMIN1_RANK = KINDS.index("admin1")
_REGION_RANK = KINDS.index("region")
_COUNTRY_RANK = KINDS.index("country")
_DISEASE_NAME = lazy_pattern(
    r"(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}]+[ \u00a0])?(\p{Lu}[\p{L}\p{M}]+))[ \u00a0-]"
    r"(?:(?i:ha?emorrhagic)[ \u00a0])?(?i:virus|ebolavirus|fever)\b"
)


class _TextNames:
    """Names a text uses for something other than a place, collected on first need (most texts need neither)."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self._text = text
        self._gaz = gaz
        self._surnames: frozenset[str] | None = None
        self._diseases: frozenset[str] | None = None

    def surname(self, word: str) -> bool:
        """True when the text also writes ``word`` after a given name."""
        if self._surnames is None:
            self._surnames = _surnames(self._text, self._gaz)
        return word in self._surnames

    def disease(self, name: str) -> bool:
        """True when the text also names a virus or fever after ``name`` ("Marburg virus", "Lassa fever")."""
        if self._diseases is None:
            # Both "West Nile" and "Nile": the first word may be "The".
            self._diseases = frozenset(n for m in _DISEASE_NAME.finditer(self._text) for n in m.group(1, 2))
        return name in self._diseases


# Natural features named like a town but not at it; towns' own squares, stations or airports stay the town.
_FEATURE_AFTER = lazy_pattern(
    r"(?:['’]s)?[ \u00a0](?:Bay|River|Island|Islands|Isle|Mountains?|Hills|Valley|Lake|Creek|Falls|Glacier|Peninsula"
    r"|Desert|Forest|Plateau|Heights|Reservoir|Strait|Gulf|Sound|Channel|Lagoon|Reef|Basin|Range|Delta|Square"
    r"|Park)\b"
)
_FEATURE_BEFORE = lazy_pattern(
    r"(?:\b(?:Lake|Mount|Mt\.|Cape|Isle of|Gulf of|Bay of|Sea of|Strait of|Lake of|Straits of)[ \u00a0])$"
)


_PREFIX_WORD = lazy_pattern(
    r"(?<![\p{L}.])(?!(?:Village|Town|City|Camp|District|Province|Region|County|State)[ \u00a0])\p{Lu}\p{L}*[ \u00a0]\Z"
)


_MAX_LOWER_TOKENS = 4
_LOWER_SHARE = 0.02
_LOWER_CITY = 100_000


def _lower_case_text(text: str, tokens: Sequence[tuple[int, int]]) -> bool:
    """True for a text written in lower case throughout (a chat message, a lower-cased pipeline's output).

    Recognition otherwise starts from capital letters; here it has none to go by.
    """
    if len(tokens) < 3:
        return False
    capitals = sum(1 for s, _ in tokens if text[s].isupper())
    return capitals <= _LOWER_SHARE * len(tokens)


@cache
def _lowercase_words() -> frozenset[str]:
    from ._gazetteer import _data_lines

    return frozenset(fold(w) for w in _data_lines("lowercase_words.txt"))


def _acceptable_lower(key: str, ids: Sequence[int], n_tokens: int, gaz: Gazetteer) -> bool:
    """In lower-case text, only a country, a large division or a city of 100,000 by its own name is a place.

    Every word could start a name there, so small places, alternate names and names that are also common words
    ("nice", "reading", "turkey") are left out.
    """
    if len(key) < 4 or key in _CALENDAR or key in gaz.stopnames or key in _abbreviations():
        return False
    if n_tokens == 1 and key in _lowercase_words():
        return False
    return any(i >= 0 and (gaz.kind_rank[i] <= _ADMIN1_RANK or gaz.population[i] >= _LOWER_CITY)
               for i in ids[:_MAX_CANDIDATES])


_SAINT_FORMS = {"st": "saint", "saint": "st", "ste": "sainte", "sainte": "ste", "mt": "mount", "mount": "mt",
                "ft": "fort", "fort": "ft"}


def _lookup(gaz: Gazetteer, key: str) -> tuple[int, ...]:
    """The gazetteer's ids for a folded name, under both forms of a leading "St."/"Saint", "Mt."/"Mount", "Ft."/"Fort".

    GeoNames spells "Saint-Marc" where the news writes "St. Marc", and "St. Louis" where it writes "Saint Louis".
    A multi-word Arabic name found under neither is looked up by its skeleton ("Deir al-Balah", "Dayr al Balah").
    """
    ids = gaz.lookup(key)
    first, _, rest = key.partition(" ")
    other = _SAINT_FORMS.get(first)
    if other is not None and rest:
        seen = {_row_index(i) for i in ids}
        ids += tuple(i for i in gaz.lookup(f"{other} {rest}") if _row_index(i) not in seen)
    if not ids and rest:
        words, _ = _arabic_spellings()
        if any(word in words for word in key.split(" ")):
            # Reached by a spelling of its own, the place ranks as if by an alternate name.
            ids = tuple(-i - 1 for i in _arabic_index().get(_skeleton(key, words), ()))
    return ids


@cache
def _arabic_spellings() -> tuple[dict[str, str], frozenset[str]]:
    """Canonical forms of the words Arabic place names are romanised with, and the countries that use them."""
    from ._gazetteer import _data_lines

    words: dict[str, str] = {}
    countries = set()
    for line in _data_lines("arabic_spellings.tsv"):
        section, spelling, *canonical = line.split("\t")
        if section == "word":
            words[fold(spelling)] = canonical[0]
        else:
            countries.add(spelling)
    return words, frozenset(countries)


# Vowel spellings that romanise one Arabic sound: "Younis"/"Yunis", "Zawr"/"Zor", "Nuseirat"/"Nusayrat".
_VOWEL_SPELLINGS = lazy_pattern(r"ou|oo|aw|o|ee|ei|ey|ay|ai|y|e|q")
_VOWEL_SOUNDS = {"ou": "u", "oo": "u", "aw": "u", "o": "u", "ee": "i", "ei": "i", "ey": "i", "ay": "i", "ai": "i",
                 "y": "i", "e": "a", "q": "k"}
_DOUBLED = lazy_pattern(r"(.)\1+")


def _skeleton(key: str, words: dict[str, str]) -> str:
    """A folded name with its listed words made canonical and the others' vowel spellings made one."""
    out = []
    for word in key.split(" "):
        canonical = words.get(word)
        if canonical is None:
            if len(word) > 3 and word[-1] == "h" and word[-2] in "aeiou":
                word = word[:-1]  # "Jumah", "Juma"
            canonical = _DOUBLED.sub(r"\1", _VOWEL_SPELLINGS.sub(lambda m: _VOWEL_SOUNDS[m.group(0)], word))
        out.append(canonical)
    return " ".join(out)


@cache
def _arabic_index() -> dict[str, tuple[int, ...]]:
    """Skeletons of the multi-word names of places in Arabic-speaking countries, built once when first needed."""
    gaz = gazetteer()
    words, countries = _arabic_spellings()
    listed = {word.encode("ascii") for word in words}
    index: dict[str, list[int]] = {}
    for line in gaz.names.split(b"\n")[:-1]:
        name, _, ids = line.partition(b"\t")
        tokens = name.split(b" ")
        if len(tokens) < 2 or not any(token in listed for token in tokens):
            continue
        rows = [_row_index(int(i)) for i in ids.split(b",")]
        rows = [r for r in rows if gaz.row(r).country_code in countries]
        if rows:
            key = _skeleton(name.decode("utf-8"), words)
            index.setdefault(key, []).extend(r for r in rows if r not in index.get(key, ()))
    return {key: tuple(rows) for key, rows in index.items()}


@cache
def _state_abbreviations() -> tuple[dict[str, str], regex.Pattern[str]]:
    """American states as written after a town ("Tampa, Fla.", "Tampa, FL"): the state's name by abbreviation."""
    from ._gazetteer import _data_lines

    states: dict[str, str] = {}
    for line in _data_lines("us_state_abbreviations.tsv"):
        abbreviation, state, postal = line.split("\t")
        states[postal] = state
        if abbreviation != state:  # a name in full is the gazetteer's
            states[abbreviation] = state
    alternatives = "|".join(regex.escape(a) for a in sorted(states, key=len, reverse=True))
    return states, regex.compile(rf"(?:{alternatives})(?![\p{{L}}\d])")


# A capitalised name and a comma: where a state abbreviation qualifies a town.
_TOWN_COMMA = lazy_pattern(r"\p{Lu}[\p{L}\p{M}'’-]*\.?,[ \u00a0]\Z")


def _state_after_town(text: str, start: int, gaz: Gazetteer) -> tuple[int, str, tuple[int, ...]] | None:
    """An American state abbreviated after a town at ``start``: its end, folded name and the state's row."""
    if not _TOWN_COMMA.search(text, max(0, start - 40), start):
        return None
    states, pattern = _state_abbreviations()
    m = pattern.match(text, start)
    if m is None:
        return None
    key = fold(states[m.group(0)])
    ids = tuple(i for i in gaz.lookup(key) if i >= 0 and gaz.kind_rank[i] == _ADMIN1_RANK
                and gaz.row(i).country_code == "US")
    return (m.end(), key, ids) if ids else None


def _after_a_town(text: str, start: int, found: Sequence[_Mention]) -> bool:
    """The name before the comma is a place found, or a name after a locative ("in Smallville, Ky."), no person."""
    town = _TOWN_COMMA.search(text, max(0, start - 40), start)
    if town is None:
        return False
    after_place = bool(found) and found[-1].end >= town.start() and _QUALIFIER_GAP.fullmatch(
        text, found[-1].end, start) is not None
    return after_place or _previous_word(text, town.start()).lower() in _LOCATIVE


def _qualified_after(text: str, end: int, ids: Sequence[int], gaz: Gazetteer) -> bool:
    """A comma and a state or country that holds one of the name's places ("Florence, Alabama", "Tampa, Fla.")."""
    gap = _QUALIFIER_GAP.match(text, end)
    if gap is None or not gap.group(0).startswith(",") or gap.end() >= len(text):
        return False
    state = _state_after_town(text, gap.end(), gaz)
    if state is not None:
        qualifiers: Sequence[int] = state[2]
    else:
        name = _QUALIFIER_NAME.match(text, gap.end())
        qualifiers = [i for i in gaz.lookup(fold(name.group(0)))[:_MAX_CANDIDATES]
                      if i >= 0 and gaz.kind_rank[i] <= _ADMIN1_RANK] if name else []
    rows = [gaz.row(_row_index(i)) for i in ids[:_MAX_CANDIDATES]]
    return any(r.country_code == q.country_code and (q.kind == "country" or r.admin1 == q.admin1)
               for q in map(gaz.row, qualifiers) for r in rows)


_QUALIFIER_NAME = lazy_pattern(r"\p{Lu}[\p{L}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]+)?")


def _find_mentions(text: str, gaz: Gazetteer) -> list[_Mention]:
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[_Mention] = []
    names = _TextNames(text, gaz)
    looked_up: dict[str, tuple[int, ...]] = {}  # a report repeats its places; bisection is paid once per name

    lower = _lower_case_text(text, tokens)
    i, n = 0, len(tokens)
    while i < n:
        s = tokens[i][0]
        if not text[s].isupper() and (not lower or tokens[i][1] - s < 3 or text[s:tokens[i][1]] in _CONNECTORS):
            i += 1
            continue
        state = None if lower else _state_after_town(text, s, gaz)
        if state is not None and _after_a_town(text, s, out):
            out.append(_Mention(s, state[0], state[1], state[2]))
            while i < n and tokens[i][0] < state[0]:
                i += 1
            continue
        ends: list[int] = []
        for j in range(i, min(n, i + (_MAX_LOWER_TOKENS if lower else _MAX_TOKENS))):
            ts, te = tokens[j]
            if j > i and not _GAP.fullmatch(text, tokens[j - 1][1], ts):
                break
            if text[ts].isupper() or (lower and text[ts:te] not in _CONNECTORS):
                ends.append(j)
            elif text[ts:te].lower() not in _CONNECTORS:
                break
        found = None
        if not lower and ends and _NOT_PLACE_BEFORE.search(text[max(0, s - 40):s]) and not _dateline(
                text, s, tokens[i][1]):
            # "the Federal Reserve Bank of New York": no word of the name is a place, not even "York"; the name
            # ends at the first word that is not capitalised or not joined by a space.
            i += 1
            while i < n and text[tokens[i][0]].isupper() and text[tokens[i - 1][1]:tokens[i][0]] in (" ", "\u00a0"):
                i += 1
            continue
        for j in reversed(ends):
            end = tokens[j][1]
            # "U.S." keeps its final dot.
            if end < len(text) and text[end] == "." and all(te - ts == 1 for ts, te in tokens[i:j + 1]):
                end += 1
            key = fold(text[s:end])
            ids = looked_up.get(key)
            if ids is None:
                ids = looked_up[key] = _lookup(gaz, key)
            if ids and (_acceptable_lower(key, ids, j - i + 1, gaz) if lower
                        else _acceptable(text, s, end, key, ids, j - i + 1, gaz, names)):
                found = (j, end, key, ids)
                break
        if found is None:
            i += 1
            continue
        j, end, key, ids = found
        feature_after = _FEATURE_AFTER.match(text, end)
        feature_before = _FEATURE_BEFORE.search(text, max(0, s - 12), s)
        if feature_after or feature_before:
            # "Napa Valley", "Lake Kivu" when the gazetteer lacks them: the feature is placed at the town it is
            # named after only if that town is in a country the report is about (not "Elie Bay" in Scotland).
            s = feature_before.start() if feature_before else s
            end = feature_after.end() if feature_after else end
        prefix = _PREFIX_WORD.search(text, max(0, s - 40), s)
        prefix_start = -1
        if prefix and not feature_before and not _sentence_initial(text, prefix.start()):
            prefix_start = prefix.start()
        out.append(_Mention(s, end, key, ids, bool(feature_after or feature_before), prefix_start))
        i = j + 1
        while i < n and tokens[i][0] < end:
            i += 1
    return out


# --- resolution ------------------------------------------------------------------------------------------------

_KIND_BONUS = {"continent": 4.0, "country": 4.0, "region": 2.5, "admin1": 2.5, "admin2": 0.5, "city": 1.0,
               "town": 0.5, "village": 0.0}
_ALTERNATE_PENALTY = 2.5
_EXONYM_MARGIN = 10
_CAPITAL_BONUS = 1.5
# A division yields its bare name to a city of the same name that holds at least this share of its people.
_CITY_SHARE = 0.10
_BIG_CITY = 100_000
_SETTLEMENT = frozenset({"city", "town", "village"})
_ALIAS_BONUS = 3.0
_MAX_CANDIDATES = 40
_SHOWN_CANDIDATES = 5


def _alternate_penalty(row: Row) -> float:
    """What reading a name as one of a place's other names costs.

    A big city's other names are mostly its names in other languages ("Hanover" for Hannover), a small place's are
    mostly old or local ones nobody writes in English news; the cost falls from 2.5 at 100,000 people to 0.5 at a
    million.
    """
    size = math.log10(row.population + 10) if row.kind in _SETTLEMENT else 0.0
    return min(_ALTERNATE_PENALTY, max(0.5, _ALTERNATE_PENALTY - 2 * (size - 5)))


def _row_index(signed: int) -> int:
    return signed if signed >= 0 else -signed - 1


def _place(row: Row) -> Place:
    return Place(row.geonameid, row.name, row.lat, row.lon, row.country_code, row.admin1, row.kind, row.population)


@attrs.frozen
class _Scored:
    row: Row
    prior: float


_DIVISION_AFTER = lazy_pattern(
    r"[ \u00a0](?i:oblast|province|region|state|governorate|prefecture|county|district|department|lga)\b"
)
_DIVISION_BEFORE = lazy_pattern(
    r"(?i:oblast|province|region|state|governorate|prefecture|county|district|department)[ \u00a0]+of[ \u00a0]+$"
)


def _says_division(text: str, start: int, end: int) -> bool:
    """"Kharkiv Oblast", "Kharkiv region", "the province of Bulacan" name the division, not the town."""
    return bool(_DIVISION_WORD.search(text, start, end) or _DIVISION_AFTER.match(text, end)
                or _DIVISION_BEFORE.search(text[max(0, start - 20):start]))


# "Marib city", "Gaza city"; an apposition: "Santa Cruz, Bolivia's largest city", "X, the provincial capital".
_CITY_AFTER = lazy_pattern(
    r"[ \u00a0]+(?:city|town)\b"
    r"|,[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?(?:\p{Lu}\p{L}+['’]s[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+){0,2}"
    r"(?:city|town|capital|port)\b"
)
_SAYS_SETTLEMENT = lazy_pattern(r"(?i:city|town|village|capital|port|suburb)[ \u00a0]+of[ \u00a0]+$")


_US_STATE_OFFICE = lazy_pattern(
    r"[ \u00a0](?:Department[ \u00a0]of|Dept\.?[ \u00a0]of|State[ \u00a0](?:Senate|House|Legislature|Patrol|Police"
    r"|University|Capitol|Department)|General[ \u00a0]Assembly|Highway[ \u00a0]Patrol|Attorney[ \u00a0]General"
    r"|Secretary[ \u00a0]of[ \u00a0]State|National[ \u00a0]Guard|Legislature|Governor)\b"
)
_DIVISION_KEYS = ("oblast", "region", "province", "state", "governorate")
# Offices and bodies only a sovereign state has, after a possessive.
_NATIONAL_AFTER = lazy_pattern(
    r"['’]s?[ \u00a0]+(?:(?:new|former|acting|interim|outgoing)[ \u00a0]+)?(?:prime[ \u00a0]+minister|president"
    r"|parliament|army|armed[ \u00a0]+forces|foreign[ \u00a0]+minist(?:er|ry)|defen[cs]e[ \u00a0]+minist(?:er|ry)"
    r"|central[ \u00a0]+bank|national[ \u00a0]+(?:team|army|bank|guard))\b"
)
_WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "river", "lake", "channel", "canal"})


def _priors(mention: _Mention, gaz: Gazetteer, text: str) -> list[_Scored]:
    says_division = _says_division(text, mention.start, mention.end)
    ids = list(mention.ids[:_MAX_CANDIDATES])
    if says_division and mention.ids:
        # "the Zaporizhzhia region": the division may be indexed only under its full name.
        seen = {_row_index(i) for i in ids}
        for suffix in _DIVISION_KEYS:
            ids.extend(i for i in gaz.lookup(f"{mention.key} {suffix}") if _row_index(i) not in seen)
            seen.update(_row_index(i) for i in ids)
    rows = [(gaz.row(_row_index(i)), i < 0) for i in ids]
    biggest_city: dict[str | None, int] = {}
    seats = set()  # divisions holding a city that bears their name as its own, of a hundred thousand people
    for r, alternate in rows:
        if r.kind in _SETTLEMENT:
            biggest_city[r.country_code] = max(biggest_city.get(r.country_code, 0), r.population)
            if r.population >= _BIG_CITY and not alternate:
                seats.add((r.country_code, r.admin1))
    says_settlement = bool(_SAYS_SETTLEMENT.search(text[max(0, mention.start - 20):mention.start])
                           or _CITY_AFTER.match(text, mention.end))
    dateline = _dateline(text, mention.start, mention.end)
    water = mention.key.rpartition(" ")[2] in _WATER_WORDS
    national = bool(_NATIONAL_AFTER.match(text, mention.end))
    us_state_office = bool(_US_STATE_OFFICE.match(text, mention.end, min(len(text), mention.end + 40)))
    own_name = {r.country_code for r, alternate in rows if not alternate}
    own_biggest = max((r.population for r, alternate in rows if not alternate), default=0)
    shortened = not own_name
    out = []
    for k, (row, alternate) in enumerate(rows):
        prior = math.log10(row.population + 10) + _KIND_BONUS[row.kind]
        if row.kind == "admin2":
            # A second-order division's people are summed from the towns a coarse grid assigns it, which can be a
            # whole metropolis ("Cambridge", a council of Perth): count them at a tenth.
            prior -= 1.0
        if row.kind == "admin1" and max(biggest_city.values(), default=0) > row.population:
            # A division smaller than a town of its name abroad has no claim over it: "Manchester" is the English
            # city, not the Jamaican parish.
            prior += _KIND_BONUS["city"] - _KIND_BONUS["admin1"]
        if alternate and row.country_code in own_name and not says_settlement:
            # Another place of the country bears the name as its own: "New York" is the state, not New York City.
            prior -= _ALTERNATE_PENALTY
        elif alternate and not (shortened and row.kind in _SETTLEMENT and fold(row.name).startswith(mention.key + " ")):
            # The main name cut short ("Frankfurt" for Frankfurt am Main) is the usual name of a city. A big city's
            # other name outweighs places bearing it as their own only when they are much smaller ("Hanover" is
            # Hannover, not a Jamaican parish; "Puno" is the Peruvian city, not Pune).
            prior -= (_alternate_penalty(row) if row.population >= _EXONYM_MARGIN * own_biggest
                      else _ALTERNATE_PENALTY)
        if row.capital:
            prior += _CAPITAL_BONUS
        if k == 0 and mention.key in _alias_keys():
            prior += _ALIAS_BONUS
        if row.kind in ("admin1", "admin2") and says_settlement:
            prior -= 3.0  # "the city of X", "X city", "X, Bolivia's largest city"
        elif row.kind in ("admin1", "admin2") and not says_division and biggest_city.get(row.country_code, 0) >= max(
                _CITY_SHARE * row.population, _BIG_CITY):
            # "Kharkiv" alone is the city, "Kharkiv Oblast" the region; "Washington" the capital; "Wyoming" the
            # state, not a town of 75,000. A division named after its own capital yields more ("São Paulo").
            prior -= 3.0 if (row.country_code, row.admin1) in seats else 2.0
        if row.kind in _SETTLEMENT and says_division:
            prior -= 3.0
        if water and row.kind in ("admin1", "admin2") and not says_division:
            prior -= 3.0  # "the Red Sea" is the sea; its state is "Red Sea State"
        if says_division and row.kind == "region" and row.country_code is None:
            prior -= 3.0  # a sea or a world region is no "state" or "province"
        if national and row.kind == "country":
            prior += 2.0  # "Georgia's prime minister": a state of a federation has none
        if dateline and row.kind in ("admin1", "admin2"):
            prior -= 3.0  # a dateline names a city: "NEW YORK (Reuters) -" is not the state
        if row.kind in _SETTLEMENT and says_settlement:
            prior += 1.0
        if us_state_office and row.kind == "admin1" and row.country_code == "US":
            prior += 5.0  # "the Georgia Department of Public Health": an American state's office
        out.append(_Scored(row, prior))
    if says_division and all(s.row.kind == "village" for s in out):
        return []  # "the Marne region" is none of the villages called Marne
    return out


@attrs.frozen
class _Context:
    countries: Counter[str]
    # The names that picked each first-order division: a town is not supported by its own name's division.
    admin1: dict[tuple[str, str], Counter[str]]
    # Other mentions' points in one-degree cells, so that "is anything mentioned within 150 km" stays local.
    points: dict[tuple[int, int], list[tuple[str, float, float]]]


def _context(picks: Sequence[Row | None], mentions: Sequence[_Mention], text: str) -> _Context:
    ctx = _Context(Counter(), {}, {})
    for row, m in zip(picks, mentions, strict=True):
        _add(ctx, row, m, text)
    return ctx


def _add(ctx: _Context, row: Row | None, m: _Mention, text: str) -> None:
    """Count mention ``m``'s pick ``row`` into a context that is still being built."""
    if row is None or row.country_code is None:
        return
    ctx.countries[row.country_code] += 2 if _dateline(text, m.start, m.end) else 1
    if row.kind == "admin1" and row.admin1:
        ctx.admin1.setdefault((row.country_code, row.admin1), Counter())[m.key] += 1
    if row.kind in ("admin1", "admin2", "city", "town", "village") and row.lat is not None and row.lon is not None:
        cell = ctx.points.setdefault((math.floor(row.lat), math.floor(row.lon)), [])
        if len(cell) < _POINTS_PER_CELL and all(other != m.key for other, _, _ in cell):
            cell.append((m.key, row.lat, row.lon))


def _within(row: Row, other: Row, km: float) -> bool:
    """True when two rows with coordinates are less than ``km`` apart (divisions and towns only)."""
    if row.lat is None or row.lon is None or other.lat is None or other.lon is None:
        return False
    if other.kind not in ("admin2", "city", "town", "village") or abs(row.lat - other.lat) > km / 100:
        return False
    return haversine_km(row.lat, row.lon, other.lat, other.lon) < km


_QUALIFIER_GAP = lazy_pattern(r"\s*,\s*|\s+\(\s*")


_RANK = {"continent": 0, "country": 1, "region": 2, "admin1": 2, "admin2": 3, "city": 4, "town": 4, "village": 4}


def _narrower(row: Row, qualifier: Row) -> bool:
    """True when ``qualifier`` can contain ``row``: a country holds divisions and towns, a division holds towns."""
    return _RANK[row.kind] > _RANK[qualifier.kind]


_QUALIFIER_END = lazy_pattern(
    r"\s*(?:[,.;:)\]!?\"'”’—–-]|$)|\s+(?:on|in|at|and|or|was|is|has|had|where|which|who|were|are|said|says|to|for"
    r"|from|after|before|last|this|near|late|early|yesterday|today|tonight|overnight)\b"
)
_SUBJECT_AFTER = lazy_pattern(
    r"['’]s\b|[ \u00a0]+(?:said|says|say|was|is|has|had|were|are|will|would|could|can|may|might|must|should|claimed"
    r"|claims|denied|denies|accused|accuses|announced|announces|reported|reports|confirmed|confirms|insisted|insists"
    r"|warned|warns|launched|sent|did|does)\b"
)
_LIST_GAP = lazy_pattern(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ARTICLES = frozenset({"a", "an", "the"})


def _qualifier(text: str, mentions: Sequence[_Mention], picks: Sequence[Row | None], i: int) -> Row | None:
    """The place that qualifies mention ``i`` right after it: "Paris, Texas", "Malolos, Bulacan", "Metetí (Panamá)".

    In a list of peers ("Utah, Washington, West Virginia and Wyoming") the next item is no qualifier.
    """
    if i + 1 >= len(mentions) or not _QUALIFIER_GAP.fullmatch(text, mentions[i].end, mentions[i + 1].start):
        return None
    qualifier = picks[i + 1]
    if qualifier is None or qualifier.kind not in ("country", "admin1", "admin2", "region"):
        return None
    if not _QUALIFIER_END.match(text, mentions[i + 1].end) and not (
        # "a Bradford, Ontario court": the pair modifies the noun after it.
        qualifier.kind in ("admin1", "admin2") and _previous_word(text, mentions[i].start).lower() in _ARTICLES
    ):
        return None  # "In Deir ez-Zor, US forces were attacked": a new clause, not a qualifier
    if qualifier.kind == "country" and _SUBJECT_AFTER.match(text, mentions[i + 1].end):
        return None  # "In Kherson, Russia says ...", "In Idlib, Turkey's army ...": the country opens the clause
    for j in (i - 1, i + 2):
        neighbour = picks[j] if 0 <= j < len(mentions) else None
        if neighbour is not None and neighbour.kind == qualifier.kind:
            a, b = (j, i) if j < i else (i + 1, j)
            if _LIST_GAP.fullmatch(text, mentions[a].end, mentions[b].start):
                return None
    return qualifier


_POINTS_PER_CELL = 50
_NEAR_KM = 150.0


def _near_other(ctx: _Context, key: str, lat: float, lon: float) -> bool:
    """True when another mentioned place (of a different name) lies within 150 km."""
    lat_cell, lon_cell = math.floor(lat), math.floor(lon)
    lon_reach = 2 if abs(lat) < 50 else 4
    for dlat in (-1, 0, 1):
        for dlon in range(-lon_reach, lon_reach + 1):
            for other_key, plat, plon in ctx.points.get((lat_cell + dlat, lon_cell + dlon), ()):
                if other_key != key and haversine_km(lat, lon, plat, plon) < _NEAR_KM:
                    return True
    return False


def _peers(text: str, mentions: Sequence[_Mention], picks: Sequence[Row | None], i: int) -> list[tuple[Row, bool]]:
    """The places listed right beside mention ``i`` ("Utah, Washington and Wyoming").

    Each comes with whether every entry of its name lies in one country.
    """
    out = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions):
            a, b = (j, i) if j < i else (i, j)
            peer = picks[j]
            if peer is not None and _LIST_GAP.fullmatch(text, mentions[a].end, mentions[b].start):
                out.append((peer, _one_country(mentions[j].ids)))
    return out


def _one_country(ids: tuple[int, ...]) -> bool:
    gaz = gazetteer()
    return len({gaz.row(_row_index(i)).country_code for i in ids[:_MAX_CANDIDATES]}) == 1


_PEER_GROUP = {"continent": "continent", "country": "country", "region": "region", "admin1": "admin1",
               "admin2": "admin2", "city": "settlement", "town": "settlement", "village": "settlement"}


def _score(s: _Scored, key: str, ctx: _Context, own: Counter[str], qualifier: Row | None,
           peers: frozenset[str] = frozenset(), peer_countries: frozenset[str | None] = frozenset()) -> float:
    row = s.row
    score = s.prior
    if _PEER_GROUP[row.kind] in peers:
        score += 1.5
    if row.country_code in peer_countries:
        score += 1.5  # "Auckland and Hamilton": listed together, likely in one country
    cc = row.country_code
    if cc and ctx.countries[cc] - own[cc] > 0:
        score += 2.0 + 0.25 * min(ctx.countries[cc] - own[cc] - 1, 4)
    votes = ctx.admin1.get((cc, row.admin1)) if cc and row.admin1 and row.kind != "admin1" else None
    if votes:
        n = sum(votes.values()) - votes[key]
        if n > 0:
            score += 1.0 if n == 1 else 2.0
    if qualifier is not None and cc and qualifier.country_code == cc and _narrower(row, qualifier):
        score += 2.0
        if (qualifier.kind == "admin1" and row.admin1 == qualifier.admin1) or _within(row, qualifier, 100):
            score += 2.0
    if (row.lat is not None and row.lon is not None and row.kind not in ("continent", "country", "region")
            and _near_other(ctx, key, row.lat, row.lon)):
        score += 1.5
    return score


_STANDALONE = frozenset({"continent", "country", "region"})
_STRANGER_SIZE = 50_000
_MAIN_SHARE = 0.75


def _far_fetched(m: _Mention, row: Row, ctx: _Context, own: Counter[str], beside: frozenset[str],
                 listed: Sequence[tuple[Row, bool]] = ()) -> bool:
    """True when the best candidate lies in a country nothing else in the report points to, and should not stand.

    The mention is then kept without a place rather than forced onto one far away:

    - A feature named like a town ("Elie Bay" near Auckland) is placed at the town only in a country the report is
      about.
    - The tail of a longer name the gazetteer lacks ("the Western Plateau" of Vietnam is no Nigerian state) in a
      report about another country.
    - A small place in a report that keeps naming places of one other country: a district listed among Kenyan ones is
      no hamlet in the Philippines, more likely a place the gazetteer lacks.
    - A place listed right beside places of the one other country the report is about (``listed``: each peer's
      place, and whether its name has entries in that one country only), and more than 1,000 km from them, however
      big. A peer that is itself ambiguous ("Auckland and Hamilton" in a report on Canada) proves nothing.
    - A small place whose own sentence puts it in one other country (``beside``: the countries of the sentence's
      other places): "the town of Kalam in north-west Pakistan" is no Indian town spelt Kallam. A sentence naming
      several countries ("the Zaire, Bundibugyo and Sudan strains") puts it in none.
    """
    cc = row.country_code
    if cc and ctx.countries[cc] - own[cc] > 0:
        return False
    if m.feature:
        return True
    others = [n for other, n in ctx.countries.items() if other != cc]
    countries = {peer.country_code for peer, sure in listed if sure}
    if (len(countries) == 1 and len(listed) == sum(sure for _, sure in listed) and cc not in countries
            and row.kind in ("admin2", "city", "town", "village")
            and _main(ctx.countries[next(iter(countries)) or ""], sum(others))
            and all(_far_from(row, peer) for peer, _ in listed)):
        return True  # "Mocímboa da Praia and Palma" in a report on Mozambique: no Spanish city, however big
    if m.prefixed and row.kind not in _STANDALONE:
        return bool(others)
    if m.key in gazetteer().stopnames and row.kind not in ("continent", "country") and others:
        # A common word as a name ("Western", "Central") is read abroad only when the report is about no one place:
        # among Kenyan provinces, "Western" is no Sri Lankan one.
        return _main(max(others), sum(others))
    if row.kind not in ("admin2", "town", "village") or row.population >= _STRANGER_SIZE or not cc:
        return False
    if len(beside) == 1 and cc not in beside:
        return True
    # A survey of outbreaks across many countries ("Uganda in 2007, the Congo in 2012") has no such main country.
    return bool(others) and _main(max(others), sum(others))


_LIST_REACH_KM = 1000.0


def _far_from(row: Row, peer: Row) -> bool:
    """True when two places with coordinates lie farther apart than one list of places usually spans."""
    if row.lat is None or row.lon is None or peer.lat is None or peer.lon is None:
        return False
    return haversine_km(row.lat, row.lon, peer.lat, peer.lon) > _LIST_REACH_KM


def _main(n: int, total: int) -> bool:
    """True when a country with ``n`` of a report's ``total`` placed names is the one the report is about."""
    return n >= 2 and n >= _MAIN_SHARE * total


def _sentence_index(text: str, mentions: Sequence[_Mention]) -> list[int]:
    """The number of the sentence each mention lies in (mentions are sorted)."""
    out: list[int] = []
    spans = sentence_spans(text)
    number, end = -1, -1
    for m in mentions:
        while m.start >= end:
            span = next(spans, None)
            end = len(text) + 1 if span is None else span[1]
            number += 1
        out.append(number)
    return out


def _beside(counts: Counter[str] | None, pick: Row | None) -> frozenset[str]:
    """The countries of a sentence's places other than the mention's own pick."""
    if not counts:
        return frozenset()
    own = pick.country_code if pick is not None else None
    return frozenset(cc for cc, n in counts.items() if n - (cc == own) > 0)


def _resolve(mentions: Sequence[_Mention], gaz: Gazetteer, text: str) -> list[list[tuple[float, Row]]]:
    priors = [sorted(_priors(m, gaz, text), key=lambda s: -s.prior) for m in mentions]
    picks: list[Row | None] = [ps[0].row if ps else None for ps in priors]
    datelines = [_dateline(text, m.start, m.end) for m in mentions]
    sentences = _sentence_index(text, mentions)
    # First pass: the surest names settle first, and each name is scored only against names already settled, so that
    # two ambiguous names cannot pull each other abroad ("Barcelona ... Valencia" in Venezuela).
    ctx = _Context(Counter(), {}, {})
    own_by_key: dict[str, Counter[str]] = {}
    by_sentence: dict[int, Counter[str]] = {}
    for i in sorted(range(len(mentions)), key=lambda i: (not datelines[i], -_margin(priors[i]), i)):
        m = mentions[i]
        # Whether a pick is far-fetched waits for the second pass: half a context would wrongly strand small places.
        ranked = _rank(text, mentions, picks, i, priors[i], ctx, own_by_key.get(m.key, Counter()), None)
        picks[i] = ranked[0][1] if ranked else None
        _add(ctx, picks[i], m, text)
        _count(own_by_key, by_sentence, m, picks[i], datelines[i], sentences[i])
    # Picks that are far-fetched against the whole first-pass context drop out before they vote in the second pass:
    # two stray readings in one foreign country ("Western" and "Eastern Province" among Kenyan ones) would otherwise
    # hold each other up.
    ctx, own_by_key, by_sentence = _tallies(text, mentions, picks, datelines, sentences)
    picks = [None if pick is not None and _far_fetched(
                 m, pick, ctx, own_by_key.get(m.key, Counter()), _beside(by_sentence.get(sentences[i]), pick),
                 _peers(text, mentions, picks, i))
             else pick for i, (m, pick) in enumerate(zip(mentions, picks, strict=True))]
    # Second pass: every name again, against all the others.
    ctx, own_by_key, by_sentence = _tallies(text, mentions, picks, datelines, sentences)
    return [_rank(text, mentions, picks, i, priors[i], ctx, own_by_key.get(m.key, Counter()),
                  _beside(by_sentence.get(sentences[i]), picks[i]))
            for i, m in enumerate(mentions)]


def _tallies(text: str, mentions: Sequence[_Mention], picks: Sequence[Row | None], datelines: Sequence[bool],
             sentences: Sequence[int]) -> tuple[_Context, dict[str, Counter[str]], dict[int, Counter[str]]]:
    """The context of all picks, each name's own votes, and each sentence's countries."""
    own_by_key: dict[str, Counter[str]] = {}
    by_sentence: dict[int, Counter[str]] = {}
    for i, m in enumerate(mentions):
        _count(own_by_key, by_sentence, m, picks[i], datelines[i], sentences[i])
    return _context(picks, mentions, text), own_by_key, by_sentence


def _margin(ps: Sequence[_Scored]) -> float:
    """How far a name's likeliest reading leads the next one before any context."""
    # A lone reading leads by its whole prior: a junk alias of a hamlet must not settle before "Valencia" does.
    return ps[0].prior - (ps[1].prior if len(ps) > 1 else 0.0) if ps else -math.inf


def _count(own_by_key: dict[str, Counter[str]], by_sentence: dict[int, Counter[str]], m: _Mention, pick: Row | None,
           dateline: bool, sentence: int) -> None:
    if pick is not None and pick.country_code:
        # A mention does not vote for itself: its own name's countries are taken out of the context it is scored in.
        own_by_key.setdefault(m.key, Counter())[pick.country_code] += 2 if dateline else 1
        by_sentence.setdefault(sentence, Counter())[pick.country_code] += 1


def _rank(text: str, mentions: Sequence[_Mention], picks: Sequence[Row | None], i: int, ps: Sequence[_Scored],
          ctx: _Context, own: Counter[str], beside: frozenset[str] | None) -> list[tuple[float, Row]]:
    """Mention ``i``'s candidates, best first, scored in context; empty when none should stand."""
    qualifier = _qualifier(text, mentions, picks, i)
    if qualifier is not None and qualifier.country_code and ps and all(
        _narrower(s.row, qualifier) and s.row.country_code != qualifier.country_code for s in ps
    ):
        return []  # "Stroud, Alberta" with no Stroud in Canada: better no place than one an ocean away.
    if qualifier is not None and qualifier.country_code and not any(s.row.kind in _STANDALONE for s in ps):
        # "Ras al-Ain, Syria": the hamlet in Syria, however much bigger a namesake abroad.
        inside = [s for s in ps if s.row.country_code == qualifier.country_code and _narrower(s.row, qualifier)]
        ps = inside or ps
    m = mentions[i]
    peers = _peers(text, mentions, picks, i)
    kinds = frozenset(_PEER_GROUP[peer.kind] for peer, _ in peers)
    countries = frozenset(peer.country_code for peer, _ in peers)
    scored = sorted(((_score(s, m.key, ctx, own, qualifier, kinds, countries), s.row) for s in ps),
                    key=lambda x: (-x[0], x[1].index))
    if scored and beside is not None and _far_fetched(m, scored[0][1], ctx, own, beside, peers):
        return []
    return scored


# --- relations -------------------------------------------------------------------------------------------------

_DIRECTION = (r"(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)")
_RELATION = lazy_pattern(
    r"(?i)(?:"
    r"(?P<dist>\d+(?:[.,]\d+)?)[ \u00a0-]*(?P<unit>km|kms|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s?)"
    r"\s+(?:\(\s*[\d.,]+\s*\w+\s*\)\s+)?(?:(?P<ddir>" + _DIRECTION + r")(?:ern)?\s+)?(?:of|from)"
    r"|(?P<dir>" + _DIRECTION + r")(?:ern|ward)?\s+(?:of|from)"
    r"|(?P<border>border\s+(?:with|between)|frontier\s+with)"
    r"|(?P<outside>outside(?:\s+of)?|(?:on|in)\s+the\s+outskirts\s+of)"
    r"|(?P<near>near(?:\s+to)?|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of)"
    r"|(?<!\p{L})(?P<part>(?:" + _DIRECTION + r")(?:ern)?|central)"
    r")\s+(?:the\s+(?:city|town|village|capital|region|province|port|settlement)\s+of\s+|the\s+)?$"
)
_DIRECTIONAL = lazy_pattern(r"(?:North|South|East|West|Central|Greater|Upper|Lower)(?:ern)?[ \u00a0]")
_UNIT_KM = {"km": 1.0, "kms": 1.0, "mi": 1.609344, "m": 0.001}
_RELATION_WINDOW = 80


def _relation(text: str, start: int) -> Relation | None:
    lo = max(0, start - _RELATION_WINDOW)
    m = _RELATION.search(text, lo, start)
    if m is None:
        return None
    cue = m.group(0).rstrip()
    rel_start, rel_end = m.start(), m.start() + len(cue)
    if m.group("dist"):
        unit = m.group("unit").lower()
        factor = _UNIT_KM.get(unit) or (1.609344 if unit.startswith("mile") else 0.001 if unit.startswith("met")
                                        else 1.0)
        distance = round(float(m.group("dist").replace(",", ".")) * factor, 3)
        direction = m.group("ddir")
        return Relation(rel_start, rel_end, cue, "distance", distance, _direction(direction))
    if m.group("dir"):
        return Relation(rel_start, rel_end, cue, "direction", None, _direction(m.group("dir")))
    if m.group("part"):
        # "eastern Ukraine", "central Kyiv": a part of the place, in a direction from its middle.
        return Relation(rel_start, rel_end, cue, "part", None, _direction(m.group("part")))
    kind = "border" if m.group("border") else "outside" if m.group("outside") else "near"
    return Relation(rel_start, rel_end, cue, kind)


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().replace("-", "").replace(" ", "")
    return "".join(part[0].upper() for part in regex.findall(r"north|south|east|west", w)) or None


# --- public API ------------------------------------------------------------------------------------------------

def parse_locations(text: str) -> tuple[Location, ...]:
    """Find place names in ``text`` and resolve each against the gazetteer.

    Each :class:`Location` keeps its span, the chosen :class:`Place` (or None for a place no gazetteer holds,
    such as "the village of X"), the best few :class:`Candidate` entries with their scores, and a
    :class:`Relation` when the text places something relative to it ("30 km south of", "outside").
    """
    check_text(text)
    if not text:
        return ()
    gaz = gazetteer()
    mentions = _find_mentions(text, gaz)
    ranked = _resolve(mentions, gaz, text)
    found: list[Location] = []
    for m, scored in zip(mentions, ranked, strict=True):
        place = _place(scored[0][1]) if scored else None
        candidates = tuple(Candidate(_place(row), score) for score, row in scored[:_SHOWN_CANDIDATES])
        start = m.start
        if m.prefixed and (place is None or _DIRECTIONAL.fullmatch(text, m.prefix_start, m.start)):
            # The whole name: "Western Plateau" unknown, "North Dallas" a part of Dallas.
            start = m.prefix_start
        surface = text[start:m.end]
        found.append(Location(start, m.end, surface, place.name if place else surface, place, candidates,
                              _relation(text, m.start if place else start)))
    # Mentions are sorted and disjoint: the one that could overlap a cue's name is the last starting before its end.
    starts = [loc.start for loc in found]
    ends = [loc.end for loc in found]
    known = list(found)
    for i, loc in enumerate(known):
        if loc.place is None:
            # A name the gazetteer holds only far away ("Stroud, Ontario"): kept, and put in the place it lies in.
            within = _container(text, loc.start, loc.end, known, starts, ends)
            if within is not None:
                found[i] = attrs.evolve(loc, within=within)
    last_end = 0
    countries = Counter(loc.place.country_code for loc in known if loc.place is not None and loc.place.country_code)
    # A list cue's names share the place its last name is put in: "the villages of A and B near Izium".
    groups: dict[int, list[int]] = {}
    group_end: dict[int, tuple[int, int]] = {}
    for s, e, group in _unknown_names(text):
        if group >= 0:
            group_end[group] = (s, e)
        k = bisect.bisect_left(starts, e) - 1
        if s >= last_end and (k < 0 or ends[k] <= s):
            if group >= 0:
                groups.setdefault(group, []).append(len(found))
            respelt = _respelt(gaz, fold(text[s:e]), countries)
            if respelt is not None:
                # Written otherwise than the gazetteer has it ("Elwak" for El Wak), in a country the report is about.
                place = _place(respelt)
                found.append(Location(s, e, text[s:e], place.name, place, (Candidate(place, 0.0),),
                                      _relation(text, s)))
            else:
                found.append(Location(s, e, text[s:e], text[s:e], None, (), _relation(text, s),
                                      _container(text, s, e, known, starts, ends)))
            last_end = e
    for group, members in groups.items():
        within = _container(text, *group_end[group], known, starts, ends)
        if within is not None:
            for i in members:
                if found[i].within is None:
                    found[i] = attrs.evolve(found[i], within=within)
    if countries:
        found.extend(_respelt_after_locatives(text, gaz, countries, sorted((loc.start, loc.end) for loc in found)))
    main = _main_country(known, gaz)
    divisions = _SentenceDivisions(text, known) if any(
        loc.place is None and loc.within is None for loc in found) else None
    for i, loc in enumerate(found):
        if loc.place is None and loc.within is None:
            within = (_people_country(text, loc.start, gaz)
                      or (divisions.around(loc.start, loc.end) if divisions is not None else None) or main)
            if within is not None:
                found[i] = attrs.evolve(loc, within=within)
    found.sort(key=lambda loc: loc.start)
    return tuple(found)


class _SentenceDivisions:
    """The divisions each sentence names: a name the text puts nowhere else likely lies in its sentence's one."""

    def __init__(self, text: str, known: Sequence[Location]) -> None:
        self.text = text
        self.spans = list(sentence_spans(text))
        self.starts = [s for s, _ in self.spans]
        self.divisions = [loc for loc in known if loc.place is not None and loc.place.kind in ("admin1", "admin2")]
        self.division_starts = [loc.start for loc in self.divisions]

    def around(self, start: int, end: int) -> Place | None:
        """The division named nearest before the name in its sentence, not as an item of the same list.

        "In Kerala's Wayanad district ... the villages of X and Y": Wayanad; but in "the districts of Siaya and X",
        Siaya is X's peer. None when the sentence's divisions lie in several countries.
        """
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0:
            return None
        lo, hi = self.spans[k]
        a = bisect.bisect_left(self.division_starts, lo)
        b = bisect.bisect_left(self.division_starts, hi)
        here = self.divisions[a:b]
        if not here or len({loc.place.country_code for loc in here if loc.place}) > 1:
            return None
        before = [loc for loc in here if loc.end <= start]
        if not before or _PEERS_BETWEEN.fullmatch(self.text, before[-1].end, start):
            return None
        return before[-1].place


# Between two items of one list: names, commas and "and"/"or" only.
_PEERS_BETWEEN = lazy_pattern(r"(?:[\s,]|\band\b|\bor\b|\p{Lu}[\p{L}\p{M}'’-]*)*")


def _respelt(gaz: Gazetteer, key: str, countries: Counter[str]) -> Row | None:
    """The likeliest place one spelling change away from a name the gazetteer lacks, in a country of the report.

    News and GeoNames romanise the same name differently: "Elwak" and "El Wak", "Qoryoley" and "Qoryooley",
    "Sulaimaniyah" and "Sulaymaniyah", "Pétion-Ville" and "Pétionville". Only a place in a country the report
    already names is taken, so that a near-miss abroad never stands in for an unknown village.
    """
    if not countries or len(key) < 4:
        return None
    best: Row | None = None
    for variant in _spellings(key):
        for i in gaz.lookup(variant)[:_MAX_CANDIDATES]:
            row = gaz.row(_row_index(i))
            cc = row.country_code or ""
            if cc in countries and row.kind not in ("continent", "country") and (
                    best is None or (countries[cc], row.population) > (countries[best.country_code or ""],
                                                                       best.population)):
                best = row
    return best


# A capitalised name right after a locative, which no other rule has read as a place.
_AFTER_LOCATIVE = lazy_pattern(
    r"\b(?:in|near|at|outside|from|to)[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’]+(?:[ \u00a0-]\p{Lu}[\p{L}\p{M}'’]+)?)"
    r"(?![\p{L}\p{M}'’-])"
)


def _respelt_after_locatives(text: str, gaz: Gazetteer, countries: Counter[str],
                             taken: Sequence[tuple[int, int]]) -> list[Location]:
    """Names after "in", "near", "at"... that only a changed spelling finds ("in Sulaimaniyah")."""
    out = []
    ends = [e for _, e in taken]
    for m in _AFTER_LOCATIVE.finditer(text):
        s, e = m.span(1)
        k = bisect.bisect_right(ends, s)
        if k < len(taken) and taken[k][0] < e:
            continue  # part of a place already read
        key = fold(m.group(1))
        if key in gaz.stopnames or key in gaz.given_names or key in _CALENDAR or gaz.lookup(key):
            continue  # a name the gazetteer holds was left out for a reason
        row = _respelt(gaz, key, countries)
        if row is not None:
            place = _place(row)
            out.append(Location(s, e, m.group(1), place.name, place, (Candidate(place, 0.0),), _relation(text, s)))
    return out


_RESPELLINGS = (("ai", "ay"), ("ay", "ai"), ("ei", "ey"), ("ey", "ei"), ("ou", "u"), ("u", "ou"), ("y", "i"),
                ("i", "y"), ("iya", "ia"), ("ia", "iya"))


def _spellings(key: str) -> Iterator[str]:
    """Every form of a folded name one change away.

    Spaces dropped or added, a vowel doubled or undoubled, one vowel spelling for another, a final "h" added or
    dropped.
    """
    words = key.split(" ")
    if len(words) > 1:
        yield "".join(words)
    elif len(key) >= 5:
        yield from (f"{key[:i]} {key[i:]}" for i in range(2, len(key) - 1))
    for i, ch in enumerate(key):
        if ch in "aeiou":
            yield key[:i] + ch + key[i:]
            if key[i + 1:i + 2] == ch:
                yield key[:i] + key[i + 1:]
    for old, new in _RESPELLINGS:
        at = key.find(old)
        while at >= 0:
            yield key[:at] + new + key[at + len(old):]
            at = key.find(old, at + 1)
    yield key[:-1] if key.endswith("h") else key + "h"


# "the German island X", "a Kenyan village called X": the people's country holds the place.
_PEOPLE_BEFORE = lazy_pattern(
    r"(\p{Lu}\p{Ll}+)[ \u00a0]+(?:island|village|town|hamlet|district|province|region|port|settlement|county"
    r"|community)(?:[ \u00a0]+(?:of|called|named))?[ \u00a0]+$"
)


def _people_country(text: str, start: int, gaz: Gazetteer) -> Place | None:
    m = _PEOPLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    from ._actor_lexicon import actor_lexicon

    iso3 = actor_lexicon().demonyms.get(m.group(1))
    return _country_place(gaz, iso3) if iso3 else None


def _country_place(gaz: Gazetteer, iso3: str) -> Place | None:
    import pycountry  # already loaded by the actor lexicon that gave the code

    country = pycountry.countries.get(alpha_3=iso3)
    row = gaz.country_row(str(country.alpha_2)) if country is not None else None
    return _place(row) if row is not None else None


def _main_country(known: Sequence[Location], gaz: Gazetteer) -> Place | None:
    """The country a report is about: three in four of its placed names, and at least two of them.

    A village no gazetteer holds in such a report is put in that country, as event datasets code a place they cannot
    find more closely.
    """
    counts = Counter(loc.place.country_code for loc in known if loc.place is not None and loc.place.country_code)
    if not counts:
        return None
    cc, n = counts.most_common(1)[0]
    if not _main(n, sum(counts.values())):
        return None
    row = gaz.country_row(cc)
    return _place(row) if row is not None else None


_CONTAINER_KINDS = frozenset({"admin1", "admin2", "city", "town", "village"})
_CONTAINER_REACH = 80
_GAP_WORDS = 8
_PEER_GAP = lazy_pattern(r"\s+(?:and|or)\s+")
# Between a name and the place it lies in: lower-case words, a comma or an opening bracket ("X, a suburb east of
# Harare", "X refugee camp in El Fasher", "X district, Mashonaland East", "X village (Bassa, Plateau)").
_GAP_AFTER = lazy_pattern(r"[\p{Ll}\s,(-]*")
_CONTAINS = lazy_pattern(r"(?:^|[\s,(])(?:in|of|near|outside|at|inside|within)\s")
_KIND_WORDS = lazy_pattern(
    r"\s*(?:village|town|district|county|sub-county|township|municipality|area|suburb|camp|refugee\s+camp)?\s*[,(]\s*"
)
# Before the name: "the Nairobi slum of Mathare", "Harare's X".
_GAP_BEFORE = lazy_pattern(
    r"(?:['’]s)?[ \u00a0]+(?:(?:slum|suburb|township|district|village|camp|neighbou?rhood|area)[ \u00a0]+"
    r"(?:of[ \u00a0]+)?)?"
)


def _qualified(text: str, place: Location, after: Location | None) -> bool:
    """True when ``after`` is the country ``place`` lies in, right after it: "Stroud, Ontario, Canada"."""
    return (after is not None and after.place is not None and place.place is not None
            and after.place.kind == "country" and after.place.country_code == place.place.country_code
            and _QUALIFIER_GAP.fullmatch(text, place.end, after.start) is not None)


def _container(text: str, s: int, e: int, known: Sequence[Location], starts: Sequence[int],
               ends: Sequence[int]) -> Place | None:
    """The known place the text puts an unknown name in, right after or right before it."""
    k = bisect.bisect_left(starts, e)
    if k < len(known) and known[k].start - e <= _CONTAINER_REACH:
        after = known[k]
        gap = text[e:after.start]
        if (after.place is not None and after.place.kind in _CONTAINER_KINDS and _GAP_AFTER.fullmatch(gap)
                and len(gap.split()) <= _GAP_WORDS and not _PEER_GAP.fullmatch(gap)):
            # "X, Bassa" names where X is only when no list goes on after it ("X, Bassa and Jos" are peers).
            more = _LIST_GAP.match(text, after.end)
            listed = ("(" not in gap and more is not None and text[more.end():more.end() + 1].isupper()
                      and not _qualified(text, after, known[k + 1] if k + 1 < len(known) else None))
            if _CONTAINS.search(gap) or (_KIND_WORDS.fullmatch(gap) and not listed):
                return after.place
    k = bisect.bisect_right(ends, s) - 1
    if k >= 0 and s - known[k].end <= 30:
        before = known[k]
        gap_text = text[before.end:s]
        if (before.place is not None and before.place.kind in _CONTAINER_KINDS and gap_text.strip()
                and _GAP_BEFORE.fullmatch(text, before.end, s)):
            return before.place
    return None


_NAME = r"\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0-]\p{Lu}[\p{L}\p{M}'’-]*){0,2}"
# "Turkana district", "the Dadaab refugee camp": a lower-case kind word after a name the gazetteer lacks.
_KIND_AFTER = lazy_pattern(
    r"(?<![\p{L}\p{M}'’.-])(" + _NAME + r")[ \u00a0]+(?:(?:refugee|IDP|displacement)[ \u00a0]+camp|district|sub-county"
    r"|governorate|township|slum|village|town)\b"
)
#: Capitalised words before "village" or "town" that describe rather than name it ("the Olympic village").
_NOT_SETTLEMENT_NAMES = frozenset({
    "olympic", "global", "christmas", "ghost", "boom", "old", "new", "model", "smart", "border", "frontier", "market",
    "university", "home", "hometown", "native", "small", "fishing", "mining", "farming", "company", "potemkin",
    "arab", "christian", "muslim", "druze", "shiite", "shia", "sunni", "yazidi", "alawite", "jewish", "bedouin",
    "tribal", "coptic", "maronite", "assyrian", "turkmen", "pashtun", "tuareg", "fulani", "hausa", "rohingya",
    "hindu", "buddhist", "catholic", "orthodox", "kurd",
})
# Adjectives of peoples and languages the demonym list lacks ("the Kurdish village", "a Lebanese town").
_PEOPLE_ADJECTIVE = lazy_pattern(r"\p{Lu}\p{Ll}+(?:ish|ese|ian|ic)")
# "X, a suburb east of Harare", "X is a rural township".
_APPOSITIVE = lazy_pattern(
    r"(?<![\p{L}\p{M}'’.-])(" + _NAME + r")(?:,[ \u00a0]+an?|[ \u00a0]+is[ \u00a0]+an?)[ \u00a0]+"
    r"(?:(?:small|rural|remote|tiny|farming|fishing|mountain|mountainous|border|coastal|poor|sprawling|densely"
    r"[ \u00a0]+populated|northern|southern|eastern|western|central)[ \u00a0]+)?"
    r"(?:village|town|suburb|township|hamlet|settlement|slum|district|neighbou?rhood|refugee[ \u00a0]+camp)\b"
    # "Kamau, a village elder": a person described by where they serve.
    r"(?![ \u00a0-]+(?:elders?|chiefs?|officials?|residents?|councillors?|council|leaders?|head|mayor|doctors?|nurses?"
    r"|teachers?|man|men|woman|women|boys?|girls?|spokes\p{L}+|administrators?|natives?|farmers?|police|health"
    r"|school|clinic|hospital|market|hall|planners?|clerks?|officers?|judges?|magistrates?|priests?|imams?)\b)"
)
# "the Baltic island X", "the Nairobi slum Mathare", "the village X": the kind before the name, without "of".
_KIND_BEFORE = lazy_pattern(
    r"\b(?:island|slum|village|hamlet|township)[ \u00a0]+(" + _NAME + r")"
)
# "four villages: X, Y and Z", "the towns of Gwoza and Bama": every name of the list.
_LIST_CUE = lazy_pattern(
    r"\b(?:villages|towns|cities|districts|provinces|settlements|suburbs|townships|camps|communities|localities"
    r"|regions|counties)(?:[ \u00a0]+of|[ \u00a0]*:|,?[ \u00a0]+(?:including|namely|such[ \u00a0]+as))[ \u00a0]+"
)
_LIST_ITEM = lazy_pattern(
    r"(" + _NAME + r")(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)?"
)
#: Capitalised words that open a phrase rather than name a place ("This district", "Each village").
_NOT_NAMES = frozenset({
    "this", "that", "these", "those", "each", "every", "another", "which", "whose", "its", "his", "her", "their",
    "our", "my", "your", "a", "an", "one", "same", "other", "some", "any", "no", "it", "he", "she", "they", "we",
    "there", "here", "what", "where", "also", "only", "even", "just", "now", "then", "today", "yesterday",
})
_MAX_LIST = 12


@cache
def _demonyms() -> frozenset[str]:
    """Demonyms ("Kenyan", "Afghan"): "the Kenyan village" names no village called Kenyan."""
    from ._actor_lexicon import actor_lexicon

    return frozenset(actor_lexicon().demonyms)


def _unknown_names(text: str) -> list[tuple[int, int, int]]:
    """Spans of place names shown to be places by a cue, whether or not the gazetteer holds them, sorted.

    Each span comes with the number of the list cue it belongs to ("four villages: A, B and C"), or -1.
    """
    spans: list[tuple[int, int, int]] = []
    for u in _UNKNOWN_CUE.finditer(text):
        spans.append((*(u.span(1) if u.group(1) else u.span(2)), -1))
    for pattern in (_KIND_AFTER, _APPOSITIVE, _KIND_BEFORE):
        spans.extend((*u.span(1), -1) for u in pattern.finditer(text))
    for n, cue in enumerate(_LIST_CUE.finditer(text)):
        pos = cue.end()
        for _ in range(_MAX_LIST):
            item = _LIST_ITEM.match(text, pos, min(len(text), pos + 200))
            if item is None:
                break
            spans.append((*item.span(1), n))
            if item.end() == item.end(1):
                break  # the list ends without a separator
            pos = item.end()
    demonyms = _demonyms() if spans else frozenset()  # the actor lexicon loads only when a cue needs it
    out = []
    for s, e, group in sorted(spans, key=lambda x: (x[0], -x[2], x[1])):
        first = regex.match(r"(\p{L}+)[ \u00a0]+", text[s:e])
        if first and first.group(1).lower() in _LEADING_WORDS:
            s += first.end()  # "In Hedmark County"
        word = regex.match(r"\p{L}+", text[s:e])
        if s < e and word and _opens_a_name(word.group(0), group >= 0, demonyms):
            out.append((s, e, group))
    return out


def _opens_a_name(word: str, listed: bool, demonyms: frozenset[str]) -> bool:
    """Whether a capitalised word a cue points at can open a place name ("Zorka district", not "Health district")."""
    low = word.lower()
    if low in _NOT_NAMES or low in _LEADING_WORDS or low in _NOT_SETTLEMENT_NAMES:
        return False
    if len(word) <= 4 and word.isupper():
        return False  # an acronym: "the villages of A and B, and UN peacekeepers"
    if low in _INSTITUTION_WORDS and not listed:
        return False  # "Health district officials", but "the districts of Central and Eastern" are names
    return word not in demonyms and not _PEOPLE_ADJECTIVE.fullmatch(word)
