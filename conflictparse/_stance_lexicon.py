"""The stance cue lexicon: verbs and phrases with their stance type, loaded once from data files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import attrs
import regex

from ._actor_phrases import PhraseTable
from ._data import data_rows

__all__ = ["Cue", "StanceLexicon", "inflections", "stance_lexicon"]

STANCES = frozenset({"assert", "deny", "accuse", "condemn", "praise", "support", "reject", "threaten", "warn", "appeal",
                     "neutral"})
_SIBILANT = ("s", "sh", "ch", "x", "z")
_VOWELS = "aeiou"


@attrs.frozen
class Cue:
    """A cue form: its stance, class (``report``, ``event``, ``ambiguous``, ``noun``) and whether it is a gerund."""

    stance: str
    cls: str
    gerund: bool
    base: bool


@attrs.frozen
class StanceLexicon:
    """Immutable cue table and the phrase table that finds cue forms in text."""

    cues: dict[str, Cue]
    threat_verbs: frozenset[str]
    threat_will_verbs: frozenset[str]
    threat_objects: frozenset[str]
    ills: frozenset[str]
    peace_objects: frozenset[str]
    refusals: frozenset[str]
    phrases: PhraseTable
    nominals: dict[str, str]
    light_nominal: regex.Pattern[str]
    possessed_nominal: regex.Pattern[str]
    agent_nominal: regex.Pattern[str]
    evaluation: regex.Pattern[str]
    evaluation_fronted: regex.Pattern[str]
    evaluations: dict[str, str]
    fronted_nominal: regex.Pattern[str]
    misdeed: regex.Pattern[str]


def inflections(lemma: str) -> tuple[str, str, str, str]:
    """Base, third person, past and gerund of a regular English verb (the first word of a phrase is inflected)."""
    word, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        third, past, ing = word[:-1] + "ies", word[:-1] + "ied", word + "ing"
    elif word.endswith("ee"):
        third, past, ing = word + "s", word + "d", word + "ing"
    elif word.endswith("e"):
        third, past, ing = word + "s", word + "d", word[:-1] + "ing"
    elif word.endswith(_SIBILANT):
        third, past, ing = word + "es", word + "ed", word + "ing"
    else:
        third, past, ing = word + "s", word + "ed", word + "ing"
    return lemma, third + tail, past + tail, ing + tail


def _gerund(form: str) -> bool:
    # "according to" and "was quoted as saying" introduce their speaker; they are not participles hanging on a clause.
    return form.split()[0].endswith("ing") and not form.startswith(("according", "was ", "were "))


def _rows(name: str) -> Iterator[list[str]]:
    return data_rows(f"stances/{name}")


@cache
def stance_lexicon() -> StanceLexicon:
    """Load the cue lexicon once; immutable and shared between threads."""
    cues: dict[str, Cue] = {}
    for forms, stance, cls in _rows("cues.tsv"):
        assert stance in STANCES, stance
        listed = forms.split("|") if "|" in forms else list(inflections(forms))
        base = {listed[0]} if "|" not in forms else set()
        if "|" not in forms:
            base.add(listed[1])
        for form in listed:
            cues.setdefault(form.lower(), Cue(stance, cls, _gerund(form), form in base))
    threat: dict[str, set[str]] = {"verb": set(), "will-verb": set(), "object": set(), "ill": set(), "peace": set()}
    for word, where in _rows("commitments.tsv"):
        threat[where].add(word)
    phrases = PhraseTable.build(exact=[], folded=[("cue", cues)])
    refusals = frozenset(row[0] for row in _rows("refusals.txt"))
    nominals: dict[str, str] = {}
    light: list[str] = []
    for forms, stance in _rows("nominals.tsv"):
        assert stance in STANCES or stance == "light", stance
        for form in forms.split("|"):
            if stance == "light":
                light.append(form)
            else:
                nominals[form] = stance
    nouns = _alternation(nominals)
    # "issued a call for", "renewed its threats to", "voiced strong opposition to": a noun cue made an act by its verb.
    light_nominal = regex.compile(
        rf"\b(?P<verb>{_alternation(light)})[ \t]+(?:(?:{_DETERMINERS})[ \t]+){{0,3}}(?P<noun>{nouns})\b"
        r"(?![ \t]+(?:by|from|against\s+(?:him|her|them)\b))", regex.IGNORECASE)
    # "Ghana's rejection of the plan", "his call for calm": the possessor is the actor.
    possessed_nominal = regex.compile(
        rf"[ \t]*(?:['’]s?[ \t]+)?(?:(?:{_DETERMINERS})[ \t]+){{0,2}}(?P<noun>{nouns})"
        r"[ \t]+(?:for|of|to|against|that|on)\b", regex.IGNORECASE)
    # "a call by Ghana for restraint", "threats from the junta": the agent after "by" or "from" is the actor.
    # (Anchored on "by"/"from" with the noun in a lookbehind: four times faster than scanning for the nouns.)
    agent_nominal = regex.compile(rf"(?<=\b(?P<noun>{nouns})[ \t]+)(?:by|from)[ \t]+", regex.IGNORECASE)
    # "In a sharp rebuke to Kabul, Islamabad ...", "In a show of support for Kyiv, ...": a fronted noun cue is the act
    # of the subject of the clause after the comma.
    fronted_nominal = regex.compile(
        rf"[ \t\"“]*(?:In|With)[ \t]+(?:(?:{_DETERMINERS}|rare|unusual|pointed|unprecedented)[ \t]+){{0,3}}"
        rf"(?:(?:show|sign|gesture|display|expression|act)[ \t]+of[ \t]+)?(?P<noun>{nouns})[ \t]+"
        r"(?:of|to|for|against|at|over|on)\b[^,;\"“”]{1,120}?,[ \t]+", regex.IGNORECASE)
    misdeed = regex.compile(rf"(?<![\w-])(?:{_alternation(row[0] for row in _rows('misdeeds.txt'))})(?![\w-])",
                            regex.IGNORECASE)
    evaluations = {word: stance for word, stance in _rows("evaluations.tsv")}
    # "called the raid a crime", "described the claims as baseless", "branded the vote illegal".
    evaluation = regex.compile(
        r"\b(?P<verb>called|calls|calling|described|describes|describing|branded|brands|labelled|labeled|labels|"
        r"termed|terms|dismissed|dismisses|rejected|rejects)[ \t]+(?P<object>(?:[\w'’-]+[ \t]+){1,9}?)(?:as[ \t]+)?"
        r"[`'\"“‘]*(?:(?:a|an|the|totally|completely|utterly|entirely|clearly|very|most|deeply|highly|"
        r"an?[ \t]+act[ \t]+of|a[ \t]+gross|a[ \t]+serious|a[ \t]+blatant|a[ \t]+flagrant|a[ \t]+grave)[ \t]+)*"
        rf"(?P<word>{_alternation(evaluations)})\b",
        regex.IGNORECASE)
    # "denounced as an ugly crime Serbia's crackdown", "dismissed as baseless reports that ...": the word comes first.
    evaluation_fronted = regex.compile(
        r"\b(?P<verb>described|describes|branded|brands|labelled|labeled|labels|dismissed|dismisses|denounced|"
        r"denounces|condemned|condemns|rejected|rejects)[ \t]+as[ \t]+[\"“]?"
        r"(?:(?:a|an|totally|completely|utterly|entirely|clearly|very|most|deeply|highly|ugly|"
        r"an?[ \t]+act[ \t]+of)[ \t]+)*"
        rf"(?P<word>{_alternation(evaluations)})[\"”]?(?=[ \t]+\w)",
        regex.IGNORECASE)
    return StanceLexicon(cues=cues, threat_verbs=frozenset(threat["verb"]),
                         threat_will_verbs=frozenset(threat["will-verb"]), threat_objects=frozenset(threat["object"]),
                         ills=frozenset(threat["ill"]), peace_objects=frozenset(threat["peace"]),
                         refusals=refusals, phrases=phrases, nominals=nominals, light_nominal=light_nominal,
                         possessed_nominal=possessed_nominal, agent_nominal=agent_nominal, evaluation=evaluation,
                         evaluation_fronted=evaluation_fronted,
                         evaluations=evaluations, fronted_nominal=fronted_nominal,
                         misdeed=misdeed)


# What may stand between a light verb and its noun: articles, possessives and a few intensifiers (a closed set).
_DETERMINERS = ("a|an|the|its|his|her|their|our|fresh|new|renewed|repeated|strong|stern|firm|stark|blunt|full|"
                "clear|public|formal|explicit|further|another|urgent|unequivocal|outright|flat|swift|latest|"
                "similar|direct|veiled|thinly[ \t]+veiled|sharp|harsh|fierce|angry|vehement|strongest|unanimous|"
                "deep|grave|serious|great|profound|growing|mounting|considerable")


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "calls" is tried before "call".
    return "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(words), key=len, reverse=True))
