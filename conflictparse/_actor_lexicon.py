"""The actor lexicon: countries, demonyms, metonyms, organisations, people, bodies and titles, loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import attrs

from ._actor_phrases import PhraseTable
from ._data import data_rows

__all__ = ["ActorLexicon", "Entry", "actor_lexicon"]

_KINDS = frozenset({"state", "government", "military", "police", "rebel", "igo", "ngo", "company", "media", "person",
                    "group"})


@attrs.frozen
class Entry:
    """What a name in the lexicon stands for."""

    name: str
    country: str | None
    kind: str


@attrs.frozen
class ActorLexicon:
    """Immutable lookup tables and the phrase table that finds their words in text."""

    entities: dict[str, Entry]
    demonyms: dict[str, str]
    bodies: dict[str, str]
    qualified: frozenset[str]
    titles: dict[str, str]
    capitals: frozenset[str]
    readable: dict[str, str]
    phrases: PhraseTable


def _rows(name: str) -> Iterator[list[str]]:
    return data_rows(f"actors/{name}")


def _strip_the(alias: str) -> str:
    return alias[4:] if alias.startswith(("the ", "The ")) else alias


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("an", "i", "ot", "ar", "er", "ite", "Pole", "Turk", "Dane", "Swede", "Finn", "Serb", "Croat",
                         "Czech", "Slovak", "Slovene", "Kurd", "Uzbek", "Tajik", "Kazakh", "Briton", "Afghan", "Arab")):
        return demonym + ("es" if demonym.endswith("h") else "s")
    return None


def _countries(entities: dict[str, Entry], demonyms: dict[str, str], capitals: set[str]) -> dict[str, str]:
    import pycountry  # its JSON loads on import: only when the lexicon is first needed

    rows = list(_rows("countries.tsv"))
    readables = {row[0]: _strip_the(row[1].split("|")[0]) for row in rows}
    for country in pycountry.countries:
        iso3 = str(country.alpha_3)
        readable = readables.get(iso3) or str(getattr(country, "common_name", None) or country.name)
        readables.setdefault(iso3, readable)
        for alias in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if alias and "," not in alias and "(" not in alias:
                entities.setdefault(_strip_the(str(alias)), Entry(readable, iso3, "state"))
    for row in rows:
        iso3, names, dems, metonyms = ([*row, "", "", "", ""])[:4]
        readable = readables[iso3]
        for alias in filter(None, names.split("|")):
            entities[_strip_the(alias)] = Entry(readable, iso3, "state")
        for dem in filter(None, dems.split("|")):
            demonyms[dem] = iso3
            plural = _plural(dem)
            if plural:
                entities.setdefault(plural, Entry(f"{plural}", iso3, "group"))
        for metonym in filter(None, metonyms.split("|")):
            alias, _, kind = metonym.partition("=")
            entities[_strip_the(alias)] = Entry(readable, iso3, kind or "state")
            if not kind:
                capitals.add(_strip_the(alias))
    return readables


def _organisations(entities: dict[str, Entry]) -> dict[str, Entry]:
    by_name: dict[str, Entry] = {}
    for row in _rows("organisations.tsv"):
        name, kind, iso3, aliases = ([*row, "", "", "", ""])[:4]
        entry = Entry(name, iso3 or None, kind)
        by_name[name] = entry
        for alias in filter(None, aliases.split("|")):
            entities.setdefault(_strip_the(alias), entry)
        entities.setdefault(_strip_the(name), entry)
    return by_name


def _people(entities: dict[str, Entry], orgs: dict[str, Entry]) -> None:
    by_surname: dict[str, list[Entry]] = {}
    for row in _rows("people.tsv"):
        name, affiliation = row[0], row[1]
        if affiliation in orgs:
            country = orgs[affiliation].country
        else:
            country = affiliation if len(affiliation) == 3 and affiliation.isupper() else None
        entry = Entry(name, country, "person")
        entities[name] = entry
        for alias in filter(None, "".join(row[4:5]).split("|")):
            entities.setdefault(alias, entry)  # "Saddam", "Mahathir": a name the wires use alone
        if row[3:4] == ["-"]:
            continue  # "William Hague" is no reason to read "The Hague" as a person
        last = name.split()[-1]
        for surname in {last, last.removeprefix("al-")}:
            if len(surname) >= 4 and surname.isalpha() and surname[0].isupper():
                by_surname.setdefault(surname, []).append(entry)
    for surname, entries in by_surname.items():
        # A surname shared by people of different countries ("Hussein") stays unresolved.
        if len({e.country for e in entries}) == 1 and surname not in entities:
            entities[surname] = entries[0]


@cache
def actor_lexicon() -> ActorLexicon:
    """Load the actor lexicon once; the result is immutable and shared between threads."""
    entities: dict[str, Entry] = {}
    demonyms: dict[str, str] = {}
    capitals: set[str] = set()
    readable = _countries(entities, demonyms, capitals)
    orgs = _organisations(entities)
    _people(entities, orgs)
    body_rows = list(_rows("bodies.tsv"))
    bodies = {row[0].lower(): row[1] for row in body_rows}
    qualified = frozenset(row[0].lower() for row in body_rows if row[2:] == ["qualified"])
    titles = {row[0].lower(): row[1] for row in _rows("titles.tsv")}
    assert all(e.kind in _KINDS for e in entities.values())
    # Entities before demonyms ("US" is both); titles before bodies ("Foreign Minister" is not "minister").
    phrases = PhraseTable.build(exact=[("ent", entities), ("dem", demonyms)],
                                folded=[("title", titles), ("body", bodies)])
    return ActorLexicon(entities=entities, demonyms=demonyms, bodies=bodies, qualified=qualified, titles=titles,
                        capitals=frozenset(capitals), readable=readable, phrases=phrases)
