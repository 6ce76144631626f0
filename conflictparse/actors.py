"""Actors: states, their metonyms, forces, bodies, organisations and people, with ISO alpha-3 country and kind."""

from __future__ import annotations

import bisect
from functools import cache
from typing import Any

import attrs

from ._actor_lexicon import ActorLexicon, Entry, actor_lexicon
from ._actor_phrases import word_spans
from ._data import data_lines
from ._stance_lexicon import stance_lexicon
from ._text import check_text, lazy_pattern, span_dict

__all__ = ["Actor", "parse_actors"]


@attrs.frozen
class Actor:
    """A mention of an actor with its canonical name, ISO alpha-3 country (or None) and kind."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    kind: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "name": self.name, "country": self.country,
                "kind": self.kind}


# Between a country word and the body it qualifies: a possessive and up to three modifiers, never a verb or clause.
_MODIFIER_GAP = lazy_pattern(
    r"(?:['’]s)?(?:[ \t]+[a-z][a-z-]*(?=[ \t]+\p{Lu}))?(?:[ \t]+\p{Lu}[\p{Ll}-]+(?:-\p{Lu}[\p{Ll}-]+)?){0,3}"
    r"(?:[ \t]+\([A-Z]{2,8}\))?"
    r"(?:\s+(?:[a-z][a-z-]*|of|the))?(?:\s+[a-z][a-z-]*){0,2}\s+|['’]s\s+"
)
_NOT_MODIFIERS = frozenset((
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
    "can", "did", "does", "do", "says", "said", "say", "and", "or", "but", "to", "in", "on", "at", "by", "for",
    "with", "from", "that", "which", "who", "its", "their", "his", "her", "as", "it", "they", "he", "she", "this",
    "these"
))
_ED_MODIFIERS = frozenset(("armed", "united", "appointed", "based", "backed", "advanced", "allied", "elected",
                           "selected", "trained", "deployed", "stationed", "embedded", "exiled"))
_BACKED = lazy_pattern(
    r"(?<![\w.-])([\p{Lu}][\p{L}.]*)-(?:led|installed|appointed|imposed)[ \t]+"
    r"(?:[a-z]+[ \t]+)?\Z"
)
_NAMED_BODY = lazy_pattern(
    r"(?<![\w-])(?:(?:[Tt]he|[Aa]n?)[ \t]+)?((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3})(?:\([^()]{1,30}\)[ \t]+)?\Z"
)
_PEOPLE_AFTER = lazy_pattern(r"[ \t]+\p{Lu}\p{Ll}*[a-rt-z]s\b(?![ \t]+\p{Lu})")
_NEXT_BODY = lazy_pattern(r"[ \t]+([a-z]+)\b")
_PROPER_TAIL = lazy_pattern(r"(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}")
# Titles that are common words when written in lower case and not followed by a name ("a general strike").
_PROPER_ONLY_TITLES = frozenset(("general", "gen.", "marshal", "field marshal", "commander", "justice", "judge",
                                 "speaker", "chairman", "chairwoman", "king", "queen", "prince", "crown prince",
                                 "colonel", "col.", "admiral", "cardinal", "pope", "dr.", "rev.", "emir", "sheikh",
                                 "sultan", "lieutenant general", "major general", "lt. gen.", "maj. gen.", "archbishop",
                                 "secretary", "envoy", "ambassador", "senator"))
_NAME_TOKEN = r"(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*)"  # "F.W. de Klerk": initials run together
_PARTICLE = r"(?:al|el|bin|ibn|van|von|de|del|da|di|der|den|la|le|du|dos|ul|arap|wa|ould)"
_NAME = lazy_pattern(
    rf"[ \t]+({_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t-]+)?{_NAME_TOKEN}){{0,4}})"
)
# "The mayor, Oleksandr Senkevych, said": a name of two to four words set off by commas after a title.
_TITLE_APPOSED_NAME = lazy_pattern(
    rf",[ \t]+({_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t-]+)?{_NAME_TOKEN}){{1,3}})(?=[ \t]*,)"
)
_OF_PLACE = lazy_pattern(
    r"[ \t]+(?:of|to|at|in|for)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2})"
)
_WORDS = lazy_pattern(r"\S+")
_PREPOSITION_BEFORE = lazy_pattern(r"\b(?:in|at|from|near|to|into|outside|inside)[ \t]+\Z")
# Bodies whose own name may follow the noun: "the party Batasuna", "the militia Amal".
_NAMED_BODIES = frozenset(("party", "group", "movement", "militia", "front", "organisation", "organization",
                           "faction", "union", "network", "coalition", "alliance", "gang", "confederation"))
# Demonyms that, second in a pair, name the state of people of the first: "Turkish Cypriot", "Arab Israeli".
_NATIONALITIES_SECOND = frozenset(("Cypriot", "Israeli", "American", "Canadian", "Australian", "Malaysian",
                                   "Indonesian", "Singaporean"))
_CALENDAR = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "Today", "Yesterday"))
# The words a name never starts with, though they are capitalised at the start of a sentence.
_NOT_NAMES = frozenset((
    "The", "A", "An", "In", "On", "At", "For", "From", "With", "By", "As", "If", "But", "And", "Or", "Of", "To",
    "It", "He", "She", "They", "This", "That"
))
# "<Name>, an adviser to the Ukrainian interior minister," gives the person the affiliation's country.
_APPOSITIVE = lazy_pattern(r",\s+(?:an?|the|who\s+is|\w+\s+of)\s+([^,;\"“”]{1,90})(?:,|$)")
_APPOSED_NAME = lazy_pattern(rf"(?<![\w-])({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,3}})(?=,\s)")
_OF_COUNTRY = lazy_pattern(r"\s+(?:of|in|from|for|to)\s+(?:the\s+|south(?:ern)?\s+|north(?:ern)?\s+|east(?:ern)?\s+"
                            r"|west(?:ern)?\s+)?")
_THE = lazy_pattern(
    r"(?:^|(?<=\s|^[\"“‘'(]))(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal|[Ii]ts|[Tt]heir)[ \t]+)?"
    r"(?:(?:city|town|village|region|province|district|country)['’]s[ \t]+)?"
    r"(?:(?:[Ss]enior|[Tt]op|[Ll]ocal|[Rr]egional|[Ff]ormer|[Oo]usted|[Oo]fficial|[Ss]tate|[Uu]nnamed|[Ww]estern|[Mm]unicipal|[Pp]rovincial|[Tt]raditional|"
    r"[Rr]adical|[Mm]ain|[Nn]ewly[ \t]+appointed|[Dd]eputy|[Cc]hief|[Cc]ommunist|[Ll]eftist|[Rr]ightist|[Ss]eparatist|"
    r"[Ss]ecessionist|[Rr]ival|[Mm]arxist|[Mm]aoist|[Ii]slamist|[Mm]ilitant|[Rr]oyalist|[Dd]issident|[Ss]outhern|"
    r"[Nn]orthern|[Ee]astern|[Cc]entral)[ \t]+){0,3}\Z"
)
_LOCAL = lazy_pattern(r"(?i)\blocal\b|\bmayor\b|\bgovernor\b|\bregional\b|\bcity\b|\bpolice\b")
# A dateline such as "KYIV —" or "MOSCOW (Reuters) -" names the place the report is filed from.
_DATELINE = lazy_pattern(
    r"\A\s*([A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\([^)]{0,40}\)\s*)?[—–-]{1,2}\s"
)


@attrs.frozen
class _Token:
    start: int
    end: int
    cat: str
    key: str


def _tokens(text: str, lex: ActorLexicon) -> list[_Token]:
    return [_Token(p.start, p.end, p.cat, p.key) for p in lex.phrases.find(text, word_spans(text))]


def _country_of(tok: _Token, lex: ActorLexicon) -> str | None:
    if tok.cat == "dem":
        return lex.demonyms.get(tok.key)
    if tok.cat == "ent":
        entry = lex.entities[tok.key]
        return entry.country if entry.kind in ("state", "government") else None
    return None


@cache
def _verbs() -> frozenset[str]:
    return frozenset(line.strip() for line in data_lines("actors/verbs.txt"))


def _is_modifier_gap(gap: str, bare: bool = False) -> bool:
    """Whether ``gap`` only qualifies the body after a country word; ``bare`` if that word is a name, not a demonym.

    After a bare name a word in "-s" is a verb ("Russia sends troops"), not a modifier ("a US defence official").
    """
    if not _MODIFIER_GAP.fullmatch(gap):
        return False
    possessive = "'s" in gap or "’s" in gap
    words = gap.replace("'s", " ").replace("’s", " ").split()
    if any(w in _verbs() or (bare and not possessive and w.endswith("s")) for w in words):
        return False
    if bare and not possessive and any(w in ("the", "a", "an") and i and words[i - 1] != "of"
                                       for i, w in enumerate(words)):
        return False  # "Kenya froze the new government": a word before an article after a bare name is a verb
    if any(w.endswith("ing") and i and words[i - 1] == "of" for i, w in enumerate(words)):
        return False  # "accusing Kigali of backing rebels": a charge, not the rebels' owner
    # A past form between a country and a noun is a verb ("Serbia lodged an official protest"), not a modifier, and
    # so is a cue verb's third person ("Benin urges the court"; "state media" and "support units" are modifiers).
    cues = stance_lexicon().cues
    # After a bare name an "-ed" word is always the verb: "Uganda backed the new government".
    return not any(w in _NOT_MODIFIERS or (w.endswith("ed") and (bare or w not in _ED_MODIFIERS))
                   or (w.endswith("s") and w in cues and (w[:-1] in cues or w[:-2] in cues or f"{w[:-3]}y" in cues))
                   for w in words)


_BRIEF = lazy_pattern(r"[ \t]+(?:for|to|on)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2}")
_ORG_ADJECTIVES = frozenset(("industrialised", "industrialized", "developed", "advanced", "allied", "united"))
_OFFICE_GAP = lazy_pattern(r"(?:['’]s)?(?:[ \t]+[a-z][a-z-]*){0,3}[ \t]+")


def _is_office_gap(gap: str) -> bool:
    """Whether ``gap`` names an organisation's office before a title: "UN human rights chief", "UN's aid chief"."""
    return bool(_OFFICE_GAP.fullmatch(gap)) and not any(
        w in _NOT_MODIFIERS or w in _verbs() or (w.endswith("ed") and w not in _ORG_ADJECTIVES)
        for w in gap.replace("'s", " ").split())


def _with_article(text: str, start: int) -> int:
    m = _THE.search(text, max(0, start - 40), start)
    return m.start() if m and m.start() < start else start


def _name_after(text: str, end: int, lex: ActorLexicon) -> tuple[int, str] | None:
    m = _NAME.match(text, end)
    if not m or m.group(1).split()[0] in _NOT_NAMES:
        return None
    words = list(_WORDS.finditer(text, m.start(1), m.end(1)))
    keep = len(words)
    for i, word in enumerate(words):
        # A name stops at a date ("Yasser Arafat Wednesday") or where a known country begins ("Bush Russia").
        rest = text[word.start():m.end(1)]
        # (A capital is also a surname: "President Ricardo Lagos".)
        if word.group() in _CALENDAR or (i and rest in lex.entities and lex.entities[rest].kind == "state"
                                         and rest not in lex.capitals):
            keep = i
            break
    if not keep:
        return None
    stop = words[keep - 1].end()
    if text.endswith(("'s", "’s"), m.start(1), stop):
        stop -= 2  # "President Bola Tinubu's request": the possessive is no part of the name
    return stop, text[m.start(1):stop]


def _apposed_name(text: str, end: int, lex: ActorLexicon) -> tuple[int, str] | None:
    """The person a title names in apposition: "the city's mayor, Ihor Terekhov," (the span runs to the name)."""
    m = _TITLE_APPOSED_NAME.match(text, end)
    if not m:
        return None
    words = m.group(1).split()
    entry = lex.entities.get(" ".join(words))
    if words[0] in _NOT_NAMES or words[0] in _CALENDAR or (entry is not None and entry.kind != "person") or any(
            t.cat != "ent" for t in _tokens(m.group(1), lex)):
        return None  # "the minister, Russia Today," or "the president, Prime Minister X,": not one person's name
    return m.end(1), " ".join(words)


def _apposition(text: str, end: int, lex: ActorLexicon) -> tuple[bool, str | None]:
    """Whether an apposition after ``end`` names an office or body, and the country it gives."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return False, None
    toks = _tokens(m.group(1), lex)
    country = next((c for t in toks if (c := _country_of(t, lex))), None)
    if any(t.cat in ("title", "body") for t in toks):
        # "Oleh Petrenko, the head of the Kharkiv regional administration,": the office's place gives the country.
        return True, country or place_country(m.group(1))
    # "Ana Lima, the United Nations relief coordinator,": an organisation's officer, whatever the office is called.
    return any(t.cat == "ent" and lex.entities[t.key].kind in ("igo", "ngo") for t in toks), country


def _dateline_country(text: str, lex: ActorLexicon) -> str | None:
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group(1).strip().title()
    entry = lex.entities.get(place)
    # Most datelines are towns no actor lexicon lists ("KHARKIV —", "DONETSK, Ukraine —"): the gazetteer knows them.
    return entry.country if entry else place_country(m.group(0))


@cache
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return str(country.alpha_3) if country else None


def place_country(fragment: str) -> str | None:
    """The ISO alpha-3 country of the first place the gazetteer resolves in a short ``fragment``."""
    from .locations import parse_locations  # the gazetteer loads only when a report has a dateline or an apposition

    for location in parse_locations(fragment):
        if location.place and location.place.country_code:
            return _alpha3(location.place.country_code)
    return None


def _mentions(text: str, lex: ActorLexicon) -> list[Actor]:
    toks = _tokens(text, lex)
    out: list[Actor] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        country = _country_of(tok, lex)
        # A chain of demonyms or countries joined by "and" qualifying one body: "Hungarian and Romanian officials".
        chain = [tok]
        j = i + 1
        # (A place after a preposition heads no list: "After talks in Riyadh, US and Ukrainian officials".)
        after_preposition = bool(_PREPOSITION_BEFORE.search(text, max(0, tok.start - 12), tok.start))
        while (j + 1 < len(toks) and toks[j].cat in ("dem", "ent") and _country_of(toks[j], lex)
               and text[chain[-1].end:toks[j].start] in ((" and ",) if after_preposition else (" and ", ", "))):
            chain.append(toks[j])
            j += 1
        head = toks[j] if j < len(toks) else None
        if (country and head is not None and head.cat == "dem" and j + 1 < len(toks)
                and toks[j + 1].cat in ("body", "title") and text[chain[-1].end:head.start] == " "):
            # "Bosnian Serb leaders", "Iraqi Kurdish officials": the second word is a people; the first places it.
            # ("Greek Cypriot", "Arab Israeli": a nationality second is the state.)
            if head.key in _NATIONALITIES_SECOND:
                chain = [head]
                country = _country_of(head, lex)
            j += 1
            head = toks[j]
        if (country and head is not None and head.cat in ("body", "title")
                and _is_modifier_gap(text[chain[-1].end:head.start], chain[-1].cat == "ent")
                and all(_country_of(t, lex) for t in chain)):
            made = _body_mentions(text, chain, head, lex)
            out.extend(made)
            i = _skip_to(toks, j + 1, made[-1].end if made else head.end)
            continue
        if (tok.cat == "dem" and head is not None and j == i + 1 and head.cat == "ent"
                and lex.entities[head.key].kind == "group" and text[tok.end:head.start] == " "):
            # "Bosnian Serbs", "Iraqi Kurds": the people of a group are placed by the first word ("Greek Cypriots":
            # a nationality second is the state).
            entry = lex.entities[head.key]
            if head.key.rstrip("s") in _NATIONALITIES_SECOND and entry.country:
                country = entry.country
            start = _with_article(text, tok.start)
            out.append(Actor(start, head.end, text[start:head.end], text[tok.start:head.end], country, "group"))
            i = j + 1
            continue
        people = _PEOPLE_AFTER.match(text, tok.end) if tok.cat == "dem" else None
        if people and country:
            # "Iraqi Kurds", "Bosnian Muslims": a people the lexicon does not list, placed by the demonym.
            start = _with_article(text, tok.start)
            end, placed = _placed(text, people.end(), country, lex)
            out.append(Actor(start, end, text[start:end], text[tok.start:people.end()], placed, "group"))
            i = _skip_to(toks, i + 1, end)
            continue
        if tok.cat == "ent" and _other_bearer(text, tok, lex.entities[tok.key], toks[i - 1] if i else None):
            i += 1
            continue
        if tok.cat == "ent":
            entry = lex.entities[tok.key]
            start = _with_article(text, tok.start)
            end = tok.end
            country = entry.country
            if entry.kind == "group":
                # "the Albanians of southern Serbia", "Kurds in Iraq": a people is placed where it lives.
                end, country = _placed(text, end, country, lex)
                owner = toks[i - 1] if i else None
                if (owner is not None and owner.cat == "ent" and lex.entities[owner.key].kind == "state"
                        and text[owner.end:tok.start] in ("'s ", "’s ")):
                    country = lex.entities[owner.key].country  # "Ecuador's Indians", "Kenya's Somalis"
            if (head is not None and j == i + 1 and head.cat == "body"
                    and _is_modifier_gap(text[tok.end:head.start], bare=True)):
                # "the Palestinian Islamic Jihad movement", "the APEC forum": the body noun names the entity itself.
                end = head.end
                i += 1
            elif (head is not None and j == i + 1 and head.cat in ("title", "body") and entry.kind in ("igo", "ngo")
                  and _is_office_gap(text[tok.end:head.start]) and not _name_after(text, head.end, lex)):
                # "the UN human rights chief", "the EU foreign policy chief": the organisation's officer keeps no
                # country of the sentence, nor of the place of its brief ("the UN special envoy for Yemen").
                brief = _BRIEF.match(text, head.end)
                end = brief.end() if brief else head.end
                i = _skip_to(toks, i + 1, end) - 1
            out.append(Actor(start, end, text[start:end], entry.name, country, entry.kind))
        elif (tok.cat == "title" and out and text.startswith(("'s ", "’s "), out[-1].end)
              and _is_office_gap(text[out[-1].end:tok.start]) and out[-1].kind not in ("person", "state")
              and (out[-1].country or out[-1].kind in ("igo", "ngo")) and not _name_after(text, tok.end, lex)):
            # "The Iranian parliament's speaker", "Hamas's political chief": the office of the body before it.
            prior = out.pop()
            out.append(Actor(prior.start, tok.end, text[prior.start:tok.end], f"{prior.name} {tok.key.lower()}",
                             prior.country, prior.kind))
            i += 1
            continue
        elif tok.cat in ("body", "title"):
            made = _body_mentions(text, [], tok, lex)
            out.extend(made)
            i = _skip_to(toks, i + 1, made[-1].end if made else tok.end)
            continue
        i += 1
    return out


# Words before a surname that leave it the known person's: honorifics ("Mr Putin", "Dr. Abiy").
_HONORIFICS = frozenset(("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Gen", "Gen.", "Col", "Col.", "Sir",
                         "Madame", "Mme", "Monsieur", "Comrade", "Sheikh", "Mullah", "Ayatollah", "Imam", "Prof",
                         "Prof."))
_FIRST_NAME_BEFORE = lazy_pattern(r"(?<![\w'’.-])(\p{Lu}[\p{Ll}'’-]+\.?)[ \t]+\Z")


def _other_bearer(text: str, tok: _Token, entry: Entry, prev: _Token | None) -> bool:
    """Whether a known surname stands after someone else's first name: "Keiji Fukuda" is not Yasuo Fukuda."""
    if entry.kind != "person" or " " in tok.key or entry.name == tok.key:
        return False
    m = _FIRST_NAME_BEFORE.search(text, max(0, tok.start - 30), tok.start)
    if not m or (prev is not None and prev.end > m.start(1)):
        return False  # "President Fujimori", "Peru's Fujimori": a title or a lexicon word before it
    word = m.group(1)
    return word not in _HONORIFICS and word not in _NOT_NAMES and word not in _CALENDAR and word not in _OPENERS


# Capitalised words that open a sentence before a name without being a first name.
_OPENERS = frozenset(("Then", "Later", "Earlier", "Meanwhile", "Now", "Also", "However", "Today", "Tonight", "Still",
                      "So", "When", "While", "After", "Before", "Since", "Although", "Though", "Instead", "Here",
                      "There", "Thus", "Indeed", "Only", "Even", "Both", "Neither", "Nor", "Yet", "Once", "Next",
                      "Last", "Former", "Late", "Where", "Why", "How", "What", "Because", "Until", "Unless",
                      "We", "You", "I", "His", "Her", "Its", "Their", "Our", "My", "Said", "Says", "Asked", "Told"))


def _placed(text: str, end: int, country: str | None, lex: ActorLexicon) -> tuple[int, str | None]:
    of = _OF_COUNTRY.match(text, end)
    if of:
        for t in _tokens(text[of.end():of.end() + 60], lex)[:1]:
            if t.start == 0 and (c := _country_of(t, lex)):
                return of.end() + t.end, c
    return end, country


def _noun_phrase_end(text: str, end: int, lex: ActorLexicon) -> int:
    """Where the noun a demonym qualifies ends: at a body or title within three words, else at one plural noun."""
    words = []
    pos = end
    for _ in range(3):
        word = _NEXT_BODY.match(text, pos)
        if not word or word.group(1) in _NOT_MODIFIERS or word.group(1) in _verbs() or (
                word.group(1) in stance_lexicon().cues):
            break
        words.append(word)
        if word.group(1) in lex.bodies or word.group(1) in lex.titles:
            return word.end()
        pos = word.end()
    if words and words[0].group(1).endswith("s") and not words[0].group(1).endswith("ss"):
        return words[0].end()
    return end


def _skip_to(toks: list[_Token], i: int, end: int) -> int:
    while i < len(toks) and toks[i].start < end:
        i += 1
    return i


def _body_mentions(text: str, chain: list[_Token], head: _Token, lex: ActorLexicon) -> list[Actor]:
    start = _with_article(text, chain[0].start if chain else head.start)
    end = head.end
    # "rebel leaders", "security forces", "government officials": a body noun qualifying the next one.
    follow = _NEXT_BODY.match(text, end)
    title_after = bool(follow and head.cat == "body" and follow.group(1) in lex.titles)
    if follow and (follow.group(1) in lex.bodies or title_after):
        end = follow.end()
    kind = (lex.titles if head.cat == "title" else lex.bodies)[head.key.lower()]
    if follow and end == follow.end() and lex.bodies.get(follow.group(1)) == "media":
        kind = "media"  # "the official newspaper": the paper, not an official
    countries = [_country_of(t, lex) for t in chain] or [None]
    owned = head.key.lower() in ("allies", "partners", "neighbours", "neighbors") and chain and text.startswith(
        ("'s", "’s"), chain[-1].end)
    if owned:
        countries = [None]  # "Ukraine's allies" are not Ukraine ("Arab allies" are Arab states)
    backer = None if chain else _BACKED.search(text, max(0, head.start - 40), head.start)
    if not chain and not backer and start == head.start and kind in ("group", "rebel"):
        # "the Kifaya movement", "the Umma party": a name the lexicon does not know, qualifying the body noun.
        proper = _NAMED_BODY.search(text, max(0, start - 60), start)
        if proper and proper.group(1).split()[0] not in _NOT_NAMES and not _tokens(proper.group(), lex):
            start = _with_article(text, proper.start(1))
    if backer:
        entry = lex.entities.get(backer.group(1))
        leader = lex.demonyms.get(backer.group(1)) or (entry.country if entry else None)
        if leader:
            # "the Saudi-led coalition": the leader gives the country ("-backed" forces keep their own).
            countries = [leader]
            start = _with_article(text, backer.start())
    named = (head.cat == "title" or title_after or head.key.lower() in ("leader", "mediator")
             or head.key.lower().endswith(" chief"))  # "Kenyan police chief Japhet Koome"
    name_found = _name_after(text, end, lex) if named else None
    place: str | None = None
    if named and not name_found:
        name_found = _apposed_name(text, end, lex)
        of = None if name_found else _OF_PLACE.match(text, end)
        if of:
            # "the mayor of Lviv, Andriy Sadovyi,": the office's place gives the person's country.
            name_found = _apposed_name(text, of.end(), lex)
            place = of.group(1) if name_found and of.group().split()[0] in ("of", "in") else None
    if head.cat == "title" and not name_found and not chain and head.key.lower() in _PROPER_ONLY_TITLES:
        if head.key.lower() not in lex.bodies:
            return []
        kind = lex.bodies[head.key.lower()]
    person: str | None = None
    if (kind == "media" or text[head.start:end].split()[-1].lower() in _NAMED_BODIES) and not name_found:
        # "Cuba's official newspaper Granma", "the Basque separatist party Batasuna": the body's own name is part of it.
        title = _PROPER_TAIL.match(text, end)
        if title and title.group().split()[0] not in _CALENDAR and not _tokens(title.group(), lex):
            end = title.end()
    if name_found:
        end, person = name_found
        kind = "person"
        entry = lex.entities.get(" ".join(person.split()))
        if entry and entry.kind == "person" and countries == [None]:
            countries = [entry.country]
    if countries == [None]:
        of = _OF_COUNTRY.match(text, end)
        if of:
            for t in _tokens(text[of.end():of.end() + 60], lex)[:1]:
                if t.start == 0 and (c := _country_of(t, lex)):
                    countries = [c]
                    end = of.end() + t.end
                    if t.cat == "dem":
                        # "inhabitants of the Syrian Golan Heights": the demonym qualifies a proper name.
                        # ("an aide to the Palestinian leader", "the spokesman for the Iranian foreign ministry",
                        # "the families of the Colombian hostages": the whole phrase.)
                        proper = _PROPER_TAIL.match(text, end)
                        end = proper.end() if proper else _noun_phrase_end(text, end, lex)
        region = None if person or countries != [None] else _OF_PLACE.match(text, end)
        # (The name may run past the three words the pattern takes: "of the Farabundo Marti National Liberation Front".)
        window = text[region.start(1):region.start(1) + 80] if region else ""
        known = [t for t in _tokens(window, lex)[:1] if t.start == 0]
        if known and known[0].cat == "ent" and lex.entities[known[0].key].country:
            # "Rebels of the National Liberation Army": a body of a known group belongs to the group's country.
            countries = [lex.entities[known[0].key].country]
            end = region.start(1) + known[0].end if region else end
        elif (known and region and known[0].cat == "ent" and region.group().split()[0] == "of"
              and lex.entities[known[0].key].kind in ("igo", "ngo")):
            # "Foreign ministers of the Gulf Cooperation Council", "officials of the UN refugee agency": the
            # organisation's, with no country of its own.
            kind = lex.entities[known[0].key].kind
            end = region.start(1) + known[0].end
        elif (region and not known and region.group().split()[0] in ("of", "in")
              and region.group(1).split()[0] not in _CALENDAR):
            # "the leaders of Puntland", "militias in North Kivu": a region the lexicon lacks is part of the
            # mention (it keeps the body the subject of its verb) and places it when the gazetteer knows it.
            countries = [place_country(region.group(1))]
            end = region.end()
    if person and countries == [None] and place:
        toks = _tokens(place, lex)
        countries = [next((c for t in toks if (c := _country_of(t, lex))), None) or place_country(place)]
    if person and countries == [None]:
        countries = [_apposition(text, end, lex)[1]]
    if not person and countries == [None] and head.key.lower() in lex.qualified and not owned:
        return []  # "an artillery shell", "the aircraft": weapons and units are actors only when someone's
    surface = text[start:end]
    out = []
    for country in countries:
        if person:
            name = person
        else:
            noun = text[head.start:head.end].lower()
            name = f"{lex.readable.get(country, country)} {noun}" if country else noun
        out.append(Actor(start, end, surface, name, country, kind))
    return out


def _persons_with_apposition(text: str, lex: ActorLexicon, taken: list[Actor]) -> list[Actor]:
    """Unknown people introduced by an apposition: "Ana Pereira, an adviser to the Brazilian foreign minister"."""
    out = []
    taken = sorted(taken, key=lambda a: a.start)
    starts = [a.start for a in taken]
    for m in _APPOSED_NAME.finditer(text):
        near = taken[max(0, bisect.bisect_left(starts, m.start()) - 8):bisect.bisect_left(starts, m.end())]
        if m.group(1).split()[0] in _NOT_NAMES or any(a.start < m.end() and m.start() < a.end for a in near):
            continue
        officer, country = _apposition(text, m.end(), lex)
        if officer:
            out.append(Actor(m.start(1), m.end(1), m.group(1), m.group(1), country, "person"))
    return out


def resolve_mentions(text: str) -> list[Actor]:
    """Every actor mention, sorted by position, with definite bodies ("the ministry") resolved to earlier mentions."""
    lex = actor_lexicon()
    found = _mentions(text, lex)
    found += _persons_with_apposition(text, lex, found)
    # "The two Koreas agreed": one mention, two states.
    found += [Actor(m.start(), m.end(), m.group(), lex.readable[iso3], iso3, "state")
              for m in _TWO_KOREAS.finditer(text) for iso3 in ("PRK", "KOR")]
    found.sort(key=lambda a: (a.start, -a.end))
    # "The official news agency" is one body; its first words are not a second actor ("The official").
    found = [a for i, a in enumerate(found) if not (i and found[i - 1].start == a.start and found[i - 1].end > a.end
                                                    and a.kind == "government" and found[i - 1].kind == "media")]
    dateline = _dateline_country(text, lex)
    out: list[Actor] = []
    for actor in found:
        if actor.country is None and actor.kind not in ("igo", "ngo"):
            actor = _resolve_definite(text, actor, out, dateline)
        out.append(actor)
    return out


_TWO_KOREAS = lazy_pattern(r"\b(?:[Tt]he[ \t]+)?(?:[Tt]wo|[Bb]oth)[ \t]+Koreas\b")
# "the group said", "the organisation said": the last organisation of any kind.
_ORGANISATION_HEADS = frozenset({"group", "organisation", "organization", "movement"})
# How many earlier mentions a definite description looks back over: a few paragraphs of news.
_COREF_WINDOW = 80


def _resolve_definite(text: str, actor: Actor, earlier: list[Actor], dateline: str | None) -> Actor:
    low = actor.text.lower()
    if low.startswith(("its ", "their ")):
        # "Russia escalated its attacks ... as its forces closed in": the owner is the sentence's first actor,
        # else the last one before it.
        sentence = max(text.rfind(". ", 0, actor.start), text.rfind("\n", 0, actor.start)) + 1
        owners = [a for a in earlier[-_COREF_WINDOW:] if (a.country or a.kind in ("igo", "ngo")) and a.kind != "person"]
        same = [a for a in owners if a.start >= sentence]
        owner = same[0] if same else (owners[-1] if owners else None)
        if owner is not None and actor.kind == "person":
            return attrs.evolve(actor, country=owner.country)  # "Its chairperson, Moussa Faki Mahamat,"
        if owner is not None:
            return attrs.evolve(actor, country=owner.country, name=f"{owner.name} {low.split()[-1]}")
    if low.startswith("the ") and actor.kind != "person":
        head = low.split()[-1]
        for prev in reversed(earlier[-_COREF_WINDOW:]):
            organisation = head in _ORGANISATION_HEADS and prev.kind in ("company", "rebel", "ngo", "igo", "group")
            if (prev.country or organisation) and (head in prev.text.lower().split() or organisation):
                return attrs.evolve(actor, name=prev.name, country=prev.country,
                                    kind=prev.kind if organisation else actor.kind)
    if dateline and _LOCAL.search(low):
        return attrs.evolve(actor, country=dateline)
    return actor


def parse_actors(text: str) -> tuple[Actor, ...]:
    """Find every actor mention in ``text``: states and metonyms, forces and bodies, organisations and people.

    >>> [(a.text, a.country, a.kind) for a in parse_actors("The Kremlin denied it, Ukrainian officials said.")]
    [('The Kremlin', 'RUS', 'government'), ('Ukrainian officials', 'UKR', 'government')]
    """
    check_text(text)
    return tuple(resolve_mentions(text))
