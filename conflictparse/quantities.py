"""Quantities: counts and measures with bounds, unit and casualty category, and a report's casualty totals.

A figure ("at least ten", "660,000", "dozens", "a 64-km") becomes a :class:`Quantity` with ``low``/``high`` bounds,
a unit for measures, and for counts of people a casualty category read from the words around it in its clause.
:func:`casualty_totals` adds the figures of each category up the way a conservative human coder does (ACLED's rule):
distinct groups are summed, restated figures and subsets ("including two children") are not, and a running total
("the death toll rose to 15") wins when it is larger. See docs/quantities.md for the conventions.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

import attrs
import regex

from ._numbers import SCALES as _SCALES
from ._numbers import Figure, find_figures, vague_fatalities
from ._quantity_lexicon import data_lines
from ._text import check_text, span_dict
from ._units import unit_after, unit_before
from .errors import ArgumentTypeError

__all__ = ["CATEGORIES", "CasualtyTotal", "Quantity", "casualty_totals", "parse_quantities"]

#: The casualty categories, in the order reports usually give them.
CATEGORIES = ("killed", "injured", "displaced", "detained", "abducted", "missing")


@attrs.frozen
class Quantity:
    """A figure in the text with its bounds; ``high`` is None when the amount is open-ended.

    ``modifier`` says how the bounds were set: None (exact), "ge" (at least), "gt" (more than: ``low`` stays the
    stated figure), "le"/"lt" (up to, fewer than: ``low`` is 0), "approx", "range" or "vague" ("dozens").
    ``estimate`` is the single figure a conservative coder writes down (ACLED's convention: the stated figure,
    12 for "dozens", 10 for an unknown number of dead). ``role`` is how a casualty figure relates to the others:
    "subset" ("including two children"), "total" (a running total), "additional" ("two others"),
    "restated" ("the three victims"), "reference" (an earlier event: "protests against the killing of 2"),
    "background" (a wider tally: "since the invasion began"), "claim" ("the rebels said they had killed 15"), or None.
    """

    start: int
    end: int
    text: str
    low: int | float
    high: int | float | None
    unit: str | None = None
    category: str | None = None
    subject: str | None = None
    modifier: str | None = None
    role: str | None = None
    estimate: int | float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "low": self.low, "high": self.high,
                "unit": self.unit, "category": self.category, "subject": self.subject,
                "modifier": self.modifier, "role": self.role, "estimate": self.estimate}


@attrs.frozen
class CasualtyTotal:
    """A report's own total for one casualty category."""

    category: str
    low: int
    high: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form: ``{"low": int, "high": int or None}``."""
        return {"low": self.low, "high": self.high}


# ---------------------------------------------------------------------------------------------------------- lexicons

def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)


@cache
def _cues() -> Mapping[str, tuple[str, str]]:
    out = {}
    for line in data_lines("cues.tsv"):
        phrase, category, kind = line.split("\t")
        out[phrase] = (category, kind)
    return MappingProxyType(out)


def _cue_of(phrase: str) -> tuple[str, str]:
    return _cues()[" ".join(phrase.lower().split())]


@cache
def _person_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(all person nouns, the singular ones)."""
    nouns = frozenset(data_lines("person_nouns.txt"))
    plural_irregular = {"people", "men", "women", "children", "police", "troops", "servicemen", "policemen", "gunmen",
                        "militiamen", "fishermen", "others", "other", "persons", "passers-by"}
    singular = frozenset(n for n in nouns if n not in plural_irregular and not n.endswith(("s", "men", "children")))
    return nouns, singular


@cache
def _modifiers() -> Mapping[str, str]:
    return MappingProxyType(dict(line.split("\t") for line in data_lines("modifiers.tsv")))


class _Patterns:
    """Every compiled pattern of the parser, built once on first use."""

    def __init__(self) -> None:
        flags = regex.IGNORECASE  # VERSION1 would turn on full case folding, which makes matching ~100x slower
        cues = _alternation(list(_cues()))
        months = _alternation(data_lines("months.txt"))
        mods = _alternation(list(_modifiers()))
        prefixes = _alternation(data_lines("name_prefixes.txt"))
        nouns, singular = _person_nouns()
        word = r"[\p{L}][\p{L}'’\-]*"
        np_stop = (r"(?:and|or|but|who|whom|whose|which|that|after|before|when|while|because|during|following|said|"
                   r"says|told|according|if|than|where|although|though|however|per)")
        # "24 February", "3-5 March", "1 and 2 June", "February 24", "March 3-5"
        self.month_after = regex.compile(
            rf"^(?:st|nd|rd|th)?\s*(?:(?:and|to|or|-|–|&)\s*\d{{1,2}}(?:st|nd|rd|th)?\s*)?(?:of\s+)?(?:{months})\b",
            flags)
        self.month_before = regex.compile(
            rf"\b(?:{months})\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|or|-|–|&)\s*)?\Z", flags)
        self.month_day_before = regex.compile(rf"\b(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\Z", flags)
        self.modifier_before = regex.compile(rf"(?<![\p{{L}}])(?P<mod>{mods})\s+\Z", flags)
        self.name_prefix = regex.compile(rf"\b(?:{prefixes})\.?\s*\Z")
        plural_nouns = _alternation(sorted(n for n in nouns if n not in singular))
        self.right_cue = regex.compile(
            # "3 M23 dead": a name with a digit among the words
            # "40 volunteer fighters and soldiers were killed": people coordinated with people
            # '"dozens of terrorists" were neutralised': a quotation closed before the verb
            # "13 peacekeepers from South Africa, Malawi and Uruguay were killed": a list of names
            rf"^['’\"”]?[\s,]*(?:(?!{np_stop}\b)(?:{word}|\d+|\p{{Lu}}+\d+)[\"”]?,?\s+|and\s+(?=\d|(?:{plural_nouns})\b)"
            rf"|and\s+(?=(?-i:\p{{Lu}})[\p{{Ll}}]+\s+(?:were|was|have|had)\b)|[-–—]\s+"
            rf"|of\s+(?:whom|which)\s+)"
            rf"{{0,8}}?"
            rf"['\"‘“]?(?P<cue>{cues})\b",
            flags)
        self.left_cue = regex.compile(
            rf"\b(?P<cue>{cues})\b[\s,:'\"‘’“”]*(?:(?:the|a|an|up|off|out|only|also|another|further|additional|plus|of|to|"
            rf"at|reached|reach|rose|risen|climbed|stood|stands|stand|has|have|had|is|was|were|are|now|been|later|"
            rf"subsequently|eventually|since|officially|finally|then|along\s+with|as\s+well\s+as|together\s+with|all|"
            rf"its|their|his|her|family|estimated|approximately|about|around|roughly|nearly|almost|"
            rf"increased|jumped|reportedly|allegedly|included|include|includes|including|some|"
            # "lynched and burned 13 suspects": a second verb that is no casualty word shares the figure
            rf"and\s+(?!(?:{cues})\b)[\p{{L}}]+ed)\b[\s,:'\"‘’“”]*){{0,4}}\Z",
            flags)
        connector = (r"(?:and|as\s+well\s+as|plus|including|among\s+them|among\s+whom|of\s+whom|of\s+them|or|"
                     r"along\s+with|together\s+with)")
        self.link = regex.compile(
            rf"^['’\"”]?\s*(?:{word}\s+){{0,6}}?(?:{word})?\s*"
            rf"(?:,\s*(?:{word}\s+){{1,8}}?{word}\s*(?=,\s*and\s)|(?:{word}\s+){{0,10}}?(?=(?:along|together)\s+with\s))?"
            rf"(?:(?:,|\s[-–—])\s*(?:{connector}\s+)?|{connector}\s+)"
            rf"(?:(?:his|her|their|its)\s+)?\Z", flags)
        self.long_link = regex.compile(rf"^\s*(?:{word}\s+){{0,14}}?(?:{word})?\s*,?\s*and\s+\Z", flags)
        self.place_link = regex.compile(
            rf"^\s*(?:{word}\s+){{0,2}}?(?:{word})?\s*,\s*(?:and\s+)?(?:in|at|near)\s+(?-i:\p{{Lu}})[\p{{L}}'’\-]*"
            rf"(?:\s+(?-i:\p{{Lu}})[\p{{L}}'’\-]*)?\s+\Z", flags)
        self.breakdown = regex.compile(rf"^\s*(?:{word}\s+){{0,3}}?(?:{word})?\s*(?:[-–—(:]|\s[-–—])\s*\Z", flags)
        # One person without a figure ("a civilian", "his wife", "the gunman", "another died") is read word by word
        # after a determiner; one named after a killing verb ("killing himself", "killed Brigadier General X") by
        # a pattern. Span in group "span".
        self.determiner = regex.compile(r"\b(a|an|his|her|their|another|the)\b", flags)
        self.ordinal_person = regex.compile(
            rf"(?:a|an)\s+(?:{'|'.join(sorted(_ORDINALS))}|\d{{1,3}}(?:st|nd|rd|th))\b", flags)
        self.possessive_body = regex.compile(r"(?:his|her)\s+(?:body|corpse|remains)\b", flags)
        self.parent_of_before = regex.compile(r"\b(?:mother|father|parent|widow|widower)\s+of\s+\Z", flags)
        self.of_whom_after = regex.compile(r"\s+of\s+(?:whom|them|those)\b(?!\s+(?:killed|dead|who))", flags)
        self.predicate_before = regex.compile(r"\b(?:was|is)\s+\Z", flags)
        self.phrase_end = regex.compile(r"[,;.:()]")
        self.acronym = regex.compile(r"(?-i:\p{Lu}{2,6})")
        self.object_close = regex.compile(r"\s*(?:[.,;:)]|\Z|(?:in|at|on|near|during|of)\b)", flags)
        self.kin_of_before = regex.compile(r"\b(family|household)\s+of\s+\Z", flags)
        self.of_the_people = regex.compile(r"\s+of\s+the\s+([\p{L}\-]+)", flags)
        self.numeric_ordinal = regex.compile(r"\d{1,3}(?:st|nd|rd|th)")
        self.small_number = regex.compile(r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", flags)
        self.next_word = regex.compile(r"\s+([\p{L}\d][\p{L}\d'’\-]*)")
        self.singular_nouns = singular
        self.the_nouns = frozenset(n for n in singular if n not in ("body", "corpse")) | frozenset(
            data_lines("perpetrator_nouns.txt"))
        self.singular_after_verb = regex.compile(
            rf"\b(?:kill(?:ing|ed|s)?\s+(?P<span>(?P<noun>himself|herself))"
            rf"|(?:killed|killing|assassinated|assassinating|murdered|murdering|shot\s+dead|executed|executing|"
            rf"beheaded|beheading)\s+(?P<span>(?P<noun>(?-i:(?:\p{{Lu}}[\p{{L}}.'’\-]*\s+){{0,3}})"
            # "killed social leader Ana Ruiz": lowercase words before a title
            rf"(?:(?-i:\p{{Ll}}[\p{{L}}\-]*\s+){{0,2}}?(?:{_alternation(sorted(nouns))})\s+)?"
            rf"(?-i:\p{{Lu}}[\p{{L}}.'’\-]*(?:\s+\p{{Lu}}[\p{{L}}'’\-]+)+)))"
            rf"(?!\s+(?:{_alternation(sorted(nouns))})\b)(?!\s*(?-i:\p{{Lu}})))"
            # "killed alias 'Jhon'": one man known by his nom de guerre
            rf"|(?:killed|killing|assassinated|murdered|shot\s+dead|executed)\s+"
            rf"(?P<span>(?P<noun>(?:alias\s+|aka\s+)?['\"‘“]?(?-i:\p{{Lu}})[\p{{L}}\-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}\-]*)?"
            rf"(?<=['\"‘“][^'\"‘“]{{1,30}}|alias\s+\S{{1,30}}|aka\s+\S{{1,30}})))\b"  # "killed 'El Conejo'"
            rf"(?!['\"’”]?\s+(?:{_alternation(sorted(nouns))})\b)", flags)  # not "killed 'Hamas' fighters"
        self.person_noun = frozenset(nouns)
        self.letter_before = regex.compile(r"[\p{L}][\-‐–]?\Z")
        self.digit_after = regex.compile(r"^[\-‐–]?\d")
        self.range_tail = regex.compile(r"^[\-‐–]\d+(?![\d./:\-])")
        # "26/03", "10:30", "2022-03-03", "2019-20"
        self.date_sep_before = regex.compile(r"\d[./:]\Z|\b(?:19|20)\d\d[\-‐–](?:\d{1,2}[\-‐–])?\Z")
        self.date_sep_after = regex.compile(r"^[./:]\d")
        self.hour_h_after = regex.compile(r"^[hH]\d\d")
        self.hrs_after = regex.compile(r"^\s*hrs?\b")
        self.hours_after = regex.compile(r"^\s*(?:hrs|hours|h)\b")
        self.clock = regex.compile(r"[0-2]\d[0-5]\d")
        self.at_before = regex.compile(r"\bat\s+\Z", flags)
        # "Floods in 2018 killed nearly 500": a year, whatever word follows it
        self.year_prep_before = regex.compile(r"\b(?:in|since|until|till|during)\s+\Z", flags)
        self.letters = regex.compile(r"[\p{L}]+")
        self.words = regex.compile(r"[\p{L}'’\-]+")
        self.of_after = regex.compile(r"\s+of\b", flags)
        self.between_before = regex.compile(r"\bbetween\s+\Z", flags)
        self.and_join = regex.compile(r"\s+and\s+", flags)
        self.from_before = regex.compile(r"\bfrom\s+\Z", flags)
        self.hyphen_after = regex.compile(r"^[\-‐]")
        self.name_comma_before = regex.compile(r"(?-i:\p{Lu})[\p{L}'’\-]+,\s*\Z")
        self.comma_after = regex.compile(r"^\s*[,)]")
        self.model_after = regex.compile(r"^[\-‐–]\d{3}")
        self.model_before = regex.compile(r"(?<![\d,.])([0-9]{3,})[\-‐–]\Z")
        self.object_after = regex.compile(
            r"\s+(?:\d|(?:a|an|the|his|her|their|its|at\s+least|more\s+than|several|dozens|hundreds|"
            r"one|two|three|four|five|six|seven|eight|nine|ten|himself|herself|themselves)\b|(?-i:\p{Lu})"
            # "over 30", "some 40", "about a dozen"; not "beat a man to death over alleged blasphemy"
            r"|(?:over|some|about)\s+(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
            r"forty|fifty|hundred))", flags)
        # "ordered the killings", "condemned these deaths": a finite verb and a determiner before a noun cue
        self.acted_on_deaths = regex.compile(
            r"^['’\"”]?\s*(?:[\p{L}'’\-]+\s+){0,2}?[\p{L}]+ed\s+(?:the|these|those|their|his|her|its)\s+\Z", flags)
        self.passive = regex.compile(r"\b(?:was|were|been|being|is|are|got|get|be)\b", flags)
        # "killing civilians", "soldiers were killed": found from the verb, the noun checked in a set
        self.plural_people = frozenset(n for n in nouns if n not in singular and n not in ("others", "other"))
        self.killing_plural = regex.compile(
            r"\b(?:kill(?:ed|ing)|shot\s+dead|shooting\s+dead|massacred|massacring|executed|executing|beheaded|"
            r"beheading|murdered|murdering)\s+(?:(?:unarmed|innocent|local|(?-i:\p{Lu}[\p{L}\-]*))\s+)?"
            r"(?P<noun>[\p{L}]+)\b", flags)
        self.plural_killed = regex.compile(
            r"\b(?:were|have\s+been|had\s+been)\s+(?:reportedly\s+|also\s+|allegedly\s+)?"
            r"(?:killed|shot\s+dead|executed|massacred|murdered)\b", flags)
        self.noun_before = regex.compile(r"(?P<noun>[\p{L}]+)\s+\Z")
        self.definite_word_before = regex.compile(r"\b(?:the|these|those)\s+\Z", flags)
        self.none_word_before = regex.compile(r"\b(?:any|no)\s+\Z", flags)  # "denied that any civilians were killed"
        self.figure_before = regex.compile(
            r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twin|dozen|dozens|hundreds|"
            r"thousands|several|many|some|few|both|all|number\s+of|scores\s+of|tens\s+of))[\s\p{L}\-]{0,20}\Z", flags)
        self.toll_before = regex.compile(
            r"\b(?P<cue>death\s+toll|toll|body\s+count|number\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed|"
            # "the number of injured had risen to 3,251"
            r"(?:people\s+)?(?:injured|wounded|displaced|missing|detained|arrested)))"
            r"\b[^.;]{0,90}?"  # "the death toll from an attack by Baloch separatists on a train in Balochistan rose"
            r"\b(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|jumped|stands|stood|revised|raised|"
            r"updated|is|was|now|hit)\s*(?:to|at)?\s*\Z", flags)
        self.claim_before = regex.compile(
            r"(?:\bclaim(?:ed|s|ing)?\b(?:\s+(?:that|it|they|he|she|to\s+have|responsibility))*[^.;]{0,25}"
            # "Islamic State said in a statement that it had killed 15 soldiers"
            # "claimed in a statement on its propaganda channels that it had killed more than 200 soldiers", "said on
            # its propaganda channels that it had killed 30 soldiers"
            r"|\b(?:claim(?:ed|s|ing)?|said|says|saying)\b[^.;]{0,70}?\bthat\s+(?:it|they|he|she)\s+"
            r"(?:had\s+|have\s+|has\s+)?"
            r"(?:killed|neutrali[sz]ed|eliminated)\s+['\"‘“]?(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?"
            # "saying its fighters had killed more than 60 officials and soldiers"
            r"|\b(?:said|say|says|saying)\s+(?:in\s+(?:a|its|their)\s+statement\s+)?(?:that\s+)?(?:it|they|he|she|"
            r"(?:its|their|his)\s+(?:fighters|forces|troops|men|soldiers|militants|members))\s+"
            r"(?:had\s+|have\s+|has\s+)?"
            r"(?:killed|neutrali[sz]ed|eliminated)\s+['\"‘“]?(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?)\Z",
            flags)
        # background tallies: "attacks that have killed hundreds this year", "since the invasion began"
        # "the war, which began in April 2023, has killed tens of thousands and displaced more than 12 million",
        # "the fighting has since displaced 3 million": the wider conflict's tally, told in the present perfect
        # "South Sudan's 2013-2018 civil war killed nearly 400,000 people": a war named by its years
        # "Israel's two-year offensive had killed more than 68,000 Palestinians": a war named by how long it lasted
        self.long_war_before = regex.compile(
            r"\b[\p{L}\d]+[\-‐](?:year|month|week)(?:[\-‐]long|[\-‐]old)?\s+(?:civil\s+)?(?:war|offensive|conflict|"
            r"campaign|insurgency|siege|blockade|occupation)\b[^.;]{0,40}\Z", flags)
        self.year_war_before = regex.compile(
            r"\b(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?\s+(?:civil\s+)?(?:war|conflict|genocide|insurgency|uprising|"
            r"famine|massacre|fighting)\b[^.;]{0,40}\Z", flags)
        self.background_before = regex.compile(
            r"\b(?:conflict|war|insurgency|violence|fighting|attacks|raids|clashes|unrest|crisis|campaign|epidemic)"
            # "the fighting in eastern Congo this year has killed more than 7,000 people"
            r"(?:\s*,[^,.;]{1,60},|\s+(?:in|across|on|along|around)\s+[^,.;]{1,50}?)?\s+(?:(?:that|which)\s+)?"
            r"(?:has|have|had)\s+(?:so\s+far\s+|already\s+|since\s+)?"
            r"(?:killed|claimed|left|displaced|uprooted|forced|wounded|injured)"
            r"(?:\s[^.;]{1,60}?(?:\band|,)\s+(?:displaced|uprooted|forced|left|wounded|injured|killed))?\s*\Z", flags)
        self.background_after = regex.compile(
            # not "since Thursday": this week's events
            # ("Palestinians, many of them militants, have been killed in the West Bank since the Gaza war began")
            r"^\s*(?:[\p{L}'’\-]+(?:,(?!\s+[\p{L}]+ing\b))?\s+){0,13}?(?:since(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            r"yesterday|dawn|last\s+night)\b)|so\s+far|to\s+date|this\s+(?:year|month)|last\s+year|in\s+recent\s+"
            r"(?:weeks|months|years)|in\s+the\s+(?:previous|past|preceding)\b"
            # "killed more than 3,600 people in Haiti in the first six months of the year"
            r"|in\s+the\s+first\s+(?:[\p{L}\-]+\s+)?(?:days|weeks|months|quarter|half)\s+of\s+(?:the|this)\s+year)\b",
            flags)
        self.since_after = regex.compile(r"[^.;]{0,90}?\b(?:since|this\s+(?:week|month|year)|so\s+far)\b", flags)
        self.period_before = regex.compile(
            r"\b(?:(?:this|past)\s+(?:week|month|year)|so\s+far\s+this|in\s+recent\s+(?:days|weeks|months)|"
            r"over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months))\b[^.;]{0,30}\Z",
            flags)
        # "militants had killed two others in the district last month": an earlier event told in the pluperfect
        self.pluperfect_before = regex.compile(r"\bhad\s+(?:been\s+|already\s+|also\s+)?[\p{L}]+\s+\Z", flags)
        self.past_time_after = regex.compile(
            r"^\s*(?:[\p{L}'’\-]+\s+){0,7}?(?:last\s+(?:week|month|year)|earlier\s+(?:this|that|in\s+the)\s+"
            r"(?:week|month|year)|the\s+(?:previous|preceding)\s+(?:day|week|month|year)|in\s+(?:19|20)\d\d)\b",
            flags)
        self.earlier_event = regex.compile(r"\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|"
                                           r"the\s+previous\s+(?:day|week|month)|"
                                           r"(?:days?|weeks?|months?|years?)\s+(?:after|earlier|before|ago))\b", flags)
        # a later clause that opens with a month and no day tells an earlier event: "...; in April, a bomber killed 3"
        self.month_opens_clause = regex.compile(
            rf"^\W*in\s+(?:early\s+|late\s+|mid-?)?(?:{months})(?:\s+\d{{4}})?\s*,", flags)
        # in a wire report (not an ACLED note, which opens with its own date) a later clause opening with a date
        # tells an earlier event: "...; on 5 June, 11 people were killed in Funtua"
        self.date_opens_clause = regex.compile(rf"^\W*on\s+\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?\s*,", flags)
        self.dated_note = regex.compile(rf"^\W*on\s+\d{{1,2}}\s+(?:{months})\b", flags)
        self.killed_earlier = regex.compile(r"\b(?:killed|killing|dead|died)\b", flags)
        self.speaker_after = regex.compile(
            r"\s+(?:[\p{L}'’\-]+\s+){0,2}?(?:said|says|told|reported|confirmed|added|stated)\b", flags)
        # "accused the RSF of killing hundreds in El Geneina in June" in a note dated "On 17 November": earlier
        cap_months = "|".join(sorted({m.capitalize() for m in data_lines("months.txt")}, key=len, reverse=True))
        # "according to the U.N. In October 2023, the same gang killed about 20": a month opening a sentence that an
        # abbreviation hid from the clause marks
        self.month_opens_sentence = regex.compile(
            rf"[.!?]\s+in\s+(?:early\s+|late\s+|mid-?)?(?-i:(?:{cap_months}))(?:\s+\d{{4}})?\s*,[^.;!?]*\Z", flags)
        self.month_in_after = regex.compile(
            rf"^[^.;]{{0,80}}?\bin\s+(?:early\s+|late\s+|mid-?)?(?-i:(?P<month>{cap_months}))\b"
            rf"(?!\s+\d{{1,2}}\b)", flags)
        self.report_month = regex.compile(
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?-i:(?P<month>{cap_months}))\b"
            rf"|\b(?-i:(?P<month>{cap_months}))\.?\s+\d{{1,2}}\b", flags)
        # "the 43 people killed in the 2014 Beni massacre": an event of another year, whatever the determiner
        self.year_event_after = regex.compile(
            r"^\s+(?:[\p{L}'’\-]+\s+){0,2}?(?:killed|who\s+died|who\s+were\s+killed|slain)\s+(?:in|during)\s+"
            r"(?:the\s+)?(?:19|20)\d\d\b", flags)
        # (not "an unexploded shell from a previous strike exploded, killing a shepherd": a remnant kills now)
        self.similar_event = regex.compile(
            r"(?<!\b(?:from|of|by)\s+)\b(?:a|an|the)\s+(?:similar|previous|prior|earlier)\s+(?:[\p{L}\-]+\s+)?(?:attack|assault|incident|raid|"
            r"ambush|bombing|massacre|shooting|strike|clash)(?:es|s)?\b", flags)
        # "Since January, more than 100 soldiers have been killed", "the toll from the protests since October"
        self.since_before = regex.compile(
            rf"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end|outbreak)\s+of)\s+)?(?:{months}|\d{{4}}|"
            rf"last|the\s+(?:(?:{months}|\d{{4}})\s+)?(?:war|conflict|invasion|coup|insurgency|uprising|crisis|"
            rf"protests))\b(?:(?!\b(?:after|while|but)\b)[^.;])*\Z", flags)  # not "..., after two died"
        self.body_found = regex.compile(
            r"\s+(?:was|were)\s+(?:later\s+|then\s+)?(?:found|discovered|recovered|retrieved|dumped)\b", flags)
        self.sentenced = regex.compile(r"\b(?:sentenc\w*|condemn\w*)\b", flags)
        # "killing 4 people before being shot dead by police": the attacker died too
        # "a suicide bomber killed 8 people": the bomber died too (ACLED counts perpetrators)
        self.bomber_killed = regex.compile(
            # "a suicide car bomber rammed a military base, killing three soldiers"
            r"\b(?P<span>(?:a|an)\s+(?:(?:female|male|teenage|young|lone)\s+)?suicide\s+(?:car\s+|truck\s+)?(?:bomber|attacker)"
            # "twin suicide bombings": two bombers
            r"|(?P<twin>twin|double)\s+suicide\s+(?:bombings|attacks|blasts|explosions)"
            # "a suicide bombing killed 54": one bomber
            r"|(?:a|an)\s+suicide\s+(?:car\s+|truck\s+)?(?:bombing|blast|explosion)"
            # "a car bomb exploded ... 'The suicide bomber drove a minibus into the checkpoint and detonated it'"
            r"|(?P<the>the)\s+suicide\s+(?:bomber|attacker))\b"
            # "saying a suicide bomber carried it out": the bomber died too
            # ("A suicide bomber rammed an explosives-laden car into the gate of a police station in northwestern
            # Pakistan on Thursday, killing 11 police officers")
            r"[^.;]{0,150}?\b(?:killed|kills|killing|has\s+killed|carried\s+(?:it\s+|the\s+attack\s+)?out|"
            r"detonated\s+(?:it|the|his|her|a|an)\b)\b", flags)
        # "a soldier killed 3 colleagues and then turned the gun on himself": the killer died too
        self.killed_self = regex.compile(
            r"\b(?P<span>turned\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)|"
            r"(?:shot|stabbed|hanged)\s+(?:himself|herself)(?:\s+dead)?|"
            # "killed two of his colleagues and then himself"
            r"(?:himself|herself)(?<=\b(?:kill(?:ed|ing)|shot\s+dead|shooting\s+dead)\b[^.;]{1,80}?\band\s+"
            r"(?:then\s+|later\s+|finally\s+)?(?:himself|herself)))\b", flags)
        self.pronoun_killed = regex.compile(
            r"\b(?:(?:killed|executed|murdered|beheaded|lynched)\s+(?P<span>them)"
            r"|(?:shot|burnt|burned|beat|hacked|stabbed|stoned)\s+(?P<span>them)\s+(?:dead|alive|to\s+death)"
            r"|(?P<span>they)\s+were\s+(?:later\s+|subsequently\s+|then\s+|all\s+)?(?:killed|executed|murdered|"
            r"beheaded|shot\s+dead|burnt\s+alive|burned\s+alive|found\s+dead)"
            r"|(?P<span>their\s+(?:bodies|corpses))\s+(?:were|have\s+been)\s+(?:later\s+|since\s+)?(?:found|discovered|"
            r"recovered|dumped))\b", flags)
        self.bomber_counted = regex.compile(r"\b(?:including|and|among\s+them|plus)\s+the\s+(?:two\s+)?(?:suicide\s+)?"
                                            r"(?:bombers?|attackers?)\b|\b(?:killing|killed|blew|blowing|detonated|detonating)\s+"
                                            r"(?:himself|herself)\b|\bthe\s+(?:suicide\s+)?bomber\s+(?:was|died|among)\b",
                                            flags)
        self.perpetrator_died = regex.compile(
            r"\b(?:before|and\s+was\s+then|and\s+was\s+later)\s+(?P<span>(?:being\s+)?(?:shot\s+dead|killed|"
            r"gunned\s+down|neutrali[sz]ed)|"
            # "killing 3 worshippers before being lynched by the crowd" (not "and was later lynched", a cue of its own)
            r"(?<=\bbefore\s+)being\s+(?:lynched|beaten\s+to\s+death|burn(?:ed|t)\s+to\s+death)|blowing\s+(?:himself|herself)\s+up|(?:he|she)\s+was\s+(?:shot\s+dead|"
            r"killed|gunned\s+down))\b", flags)
        # "5 people who had gathered at a market were killed": the verb after a relative clause
        self.relative_clause_cue = regex.compile(
            rf"^\s+(?:{word}\s+){{0,3}}?(?:who|that|which)\s+[^,.;]{{0,60}}?\s(?:were|was|had\s+been|have\s+been)\s+"
            rf"(?:reportedly\s+|also\s+|later\s+)?(?P<cue>{cues})\b", flags)
        # "a protester who was shot by soldiers succumbed", "a protester, who died on the way to hospital"
        # "a police officer in Srinagar, who had been shot by militants on 2 January, died": a clause set off by commas
        self.relative_died = regex.compile(
            r"^\s*(?:(?:in|from|of|at)\s+(?-i:\p{Lu})[\p{L}'’\-]*\s*)?[\s,]*(?:who|that)\s+"
            r"(?:[^,.;]{0,80}?\s|[^.;]{0,80}?,\s+(?:later\s+|subsequently\s+|eventually\s+)?)?"
            r"(?P<cue>died|succumbed|perished)\b", flags)
        # "a soldier wounded in an ambush on 26 May died of his wounds": the wounded are now dead
        self.died_after = regex.compile(r"\b(?:died|succumbed|perished|passed\s+away)\b", flags)
        # "a suspected witch was beaten to death": one person whose noun the lexicon lacks, named by the verb
        self.was_killed_after = regex.compile(
            r"\s+(?:was|has\s+been|were|have\s+been)\s+(?:reportedly\s+|allegedly\s+)?(?:killed|shot\s+dead|murdered|lynched|executed|"
            r"beheaded|(?:beaten|hacked|stabbed|burned|burnt|stoned|tortured)\s+to\s+death|found\s+dead)\b", flags)
        self.scaled_numeral = regex.compile(r"[0-9.,]+\s+(hundred|thousand|million|billion|trillion)", flags)
        self.named_event_after = regex.compile(
            r"^\s+(?:[\p{L}'’\-]+\s+){0,2}?(?:killed|who\s+died|who\s+were\s+killed|slain)\s+(?:in|during)\s+"
            r"(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’\-]*|\d{1,2}\s+\p{L}+|\d{4})\s+(?:[\p{L}'’\-]+\s+){0,2}?"
            r"(?:massacre|attacks?|bombings?|raid|ambush|shootings?|clashes|violence|war|incident|crackdown|explosion|"
            r"blast|shelling|strikes?|airstrikes?|bombardment|offensive|fighting|protests?|floods?)\b", flags)
        # "three died ... and one more", "two were killed in Migori and one in Kisumu"
        self.more_after = regex.compile(
            r"\s+(?:more|later\b|others?\b|(?:in|at|near)\s+(?:(?:the\s+)?(?:nearby|neighbouring|neighboring|adjacent)\s+)?"
            # "recovered 33 bodies from the church and 10 from surrounding homes"
            r"(?-i:\p{Lu})|from\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?(?:homes|houses|buildings|villages|streets|rubble|river|"
            r"bush|forest|site|scene)\b)", flags)
        self.from_place = regex.compile(r"\s+from\b", flags)
        self.money_scale = regex.compile(r"(bn|b|mn|m|k)\b", regex.IGNORECASE)
        self.age_word = regex.compile(r"\d{1,3}[\-‐]year[\-‐]old")
        self.sentence_mark = regex.compile(r"[.!?;\n]")
        # a full stop that ends a sentence: not "U.S." in "U.S. strike kills 12"
        self.rest_after = regex.compile(r"\s+(?:other|others|remaining|more)\b", flags)
        self.lower_bound = regex.compile(r"\b(?:at\s+least|more\s+than|over|no\s+fewer\s+than)\s+\w", flags)
        self.with_him_after = regex.compile(r"[^.;]{0,40}?\b(?:killed|died)\s+(?:along\s+)?with\s+(?:him|her)\b", flags)
        # "for their role in the 2021 attack on the village of Solhan, in which more than 130 people were killed"
        self.year_event_before = regex.compile(
            r"\b(?:19|20)\d\d\s+(?:[\p{L}\-]+\s+){0,2}?(?:attack|massacre|bombing|raid|ambush|shooting|killings|"
            r"clashes|violence|war|crackdown|explosion|blast|offensive|riots|protests)\b[^.;]{0,60}?,?\s+"
            r"(?:in\s+which|that|which|when)\b[^.;]{0,30}\Z", flags)
        self.apposition_link = regex.compile(r"^\s*(?:[\p{L}\-]+\s*)?,\s*\Z", flags)
        self.list_goes_on = regex.compile(
            r"^\s*(?:,\s*(?:and\s+)?(?:a|an|his|her|their|the|two|three|\d)\b|and\b|or\b)", flags)
        self.full_stop = regex.compile(r"(?<!\b\p{Lu})[.!?](?=\s+[\"“]?\p{Lu}|\s*\Z)")
        self.full_stop_or_line = regex.compile(r"[.!?\n]")
        # "In a separate incident on Saturday, ...": what follows is another event, whose figures rival no earlier one
        self.event_boundary = regex.compile(
            r"(?:\A|[.!?\n])[\s\"“]*(?:(?:in\s+)?(?:a|another)\s+(?:separate|second|different|further)\b|separately\b|"
            r"elsewhere\b|across\s+the\s+border\b|"
            # "In southern Lebanon, Israeli drone strikes killed two people": another part of the country
            r"in\s+(?:the\s+)?(?:southern|northern|eastern|western|central|north-?eastern|north-?western|"
            r"south-?eastern|south-?western)\s)", flags)
        self.killing_verb_before = regex.compile(
            r"\b(?:kill(?:ed|ing)|shot\s+dead|shooting\s+dead|murder(?:ed|ing)|execut(?:ed|ing)|assassinat(?:ed|ing)|"
            r"behead(?:ed|ing)|lynch(?:ed|ing)|(?:stabb|hack|beat|beaten|burn|burnt)(?:ed|ing)?\s+to\s+death)\s+\Z",
            flags)
        self.and_subject_died = regex.compile(
            r"\band\s+(?:was\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:killed|lynched|shot\s+dead|"
            r"executed|beaten\s+to\s+death)|(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:died|succumbed))\b",
            flags)
        self.object_of_verb_before = regex.compile(r"\s+(?-i:\p{Ll}[\p{L}\-]*ed)\s+", flags)
        self.lost_before = regex.compile(r"\b(?:lost|losing)\s+(?:only\s+|just\s+)?\Z", flags)
        self.bare_after = regex.compile(r"^\s*(?:[.,;:)]|\Z)", flags)
        # "the Houthis said they lost only three": a side's own count of its dead, without a noun
        self.said_lost_before = regex.compile(
            r"\b(?:said|says|say|admitted|acknowledged|conceded)\s+(?:that\s+)?(?:they|it|we)\s+(?:had\s+|have\s+)?"
            r"(?:lost|losing)\s+(?:only\s+|just\s+)?\Z", flags)
        self.part_of_whole = regex.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+(?:[\p{L}\-]+['’]s\s+)?", flags)
        # "In Nyala, the RSF's main base, an army air strike on a market killed 14 civilians and injured dozens"
        self.place_opens = regex.compile(r"\W*(?:in|at)\s+(?-i:\p{Lu})[\p{L}'’\-]+(?:\s+(?-i:\p{Lu})[\p{L}'’\-]+)?\s*,",
                                         flags)
        weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        self.since_weekday = regex.compile(rf"\bsince\s+(?-i:(?P<day>{weekdays}))\b", flags)
        # the day of the lead's event, not the day a source spoke ("the government said on Sunday")
        self.event_weekday = regex.compile(
            rf"(?<!\b(?:said|says|told|announced|reported|added|confirmed)\s)(?<!\bsince\s)\b(?:on|early\s+on|late\s+on|"
            rf"early|late|overnight\s+on)\s+(?-i:(?P<day>{weekdays}))\b", flags)
        self.of_own_after = regex.compile(r"\s+of\s+(?:its|their|our)\s+", flags)
        self.of_own_before = regex.compile(r"\bof\s+(?:its|their|our)\s+[\p{L}\-]+\Z", flags)
        self.the_noun_comma_before = regex.compile(r"(?:^|[.;!?\n]\s*)the\s+[\p{L}\-]+\s*,\s*\Z", flags)
        self.another_clause = regex.compile(r"\b(?:and|but)\s+(?:said|says|added|that)\b|,\s+adding\b", flags)
        self.alone_after = regex.compile(r"\s+alone\b", flags)
        self.toll_word = regex.compile(r"\b(?:toll|tally)\b", flags)
        self.from_of_before = regex.compile(r"\b(?:from|of)\s+\Z", flags)
        self.of_whom_were = regex.compile(r"\s+of\s+(?:whom|them)\s+(?:were|was|had\s+been|have\s+been)\s+", flags)
        self.and_verb = regex.compile(r"\band\s+[\p{L}]+ed\b", flags)
        self.of_them_after = regex.compile(r"\s+of\s+them\b", flags)
        self.own_after = regex.compile(r"\s+of\s+(?:their|its|his|our)\s+own\b", flags)
        # one who gives the news: "a spokesman for the group said", "a resident told Reuters"
        self.source_after = regex.compile(
            r"(?:\s+(?:for|of|from|with|in|at)\s+(?:the\s+|a\s+)?[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,3}?)?,?\s+"
            r"(?:said|says|told|added|confirmed|reported|explained)\b", flags)
        self.bodies_of_before = regex.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\s+of\s+\Z", flags)
        self.remains_of_before = regex.compile(
            r"\b(?:bodies|corpses|remains)\s+of\s+(?:(?:at\s+least|more\s+than|over|some|about|around)\s+)?\Z", flags)
        # "the remains of 21 people ... The victims are believed to have been killed years ago": long dead, found now
        # "... are believed to have been killed by the Kaniyat militia, which controlled the town until June 2020"
        self.long_dead_after = regex.compile(
            r"[\s\S]{0,360}?\b(?:killed|died|executed|buried)\b(?:(?!\bsince\b)[^.;\n]){0,120}?\b(?:(?:years|decades)\s+"
            r"(?:ago|earlier|before)|(?:until|before)\s+(?:(?-i:\p{Lu})\p{L}+\s+)?(?:19|20)\d\d"
            # "killed by the RSF during its occupation of the city in 2024", told in a note of a later year
            r"|during\s+(?:its|their|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:occupation|control|rule|siege)\b[^.;\n]{0,60}?"
            r"\bin\s+(?P<year>(?:19|20)\d\d))\b", flags)
        self.note_year = regex.compile(r"^\s*(?:On|Around|Between)\b[^.,]{0,40}?\b((?:19|20)\d\d)\b")
        self.demonym_after = regex.compile(  # not "16 Hamas operatives": a name before a plural noun
            r"\s+(?-i:(\p{Lu}\p{Ll}+(?:ans|is|ese|ks|ds|os|as|us)))\b(?!\s*(?-i:\p{Lu}))"
            r"(?!\s+(?!(?:was|is|has|as|us|this|thus)\b)(?-i:\p{Ll}+s)\b)")
        self.comma_between = regex.compile(r"^\s*(?:[\p{L}'’\-]+\s+){0,3}?(?:[\p{L}'’\-]+)?\s*,\s*\Z")
        self.all_of_them = regex.compile(r"(?:both|all)\b", flags)
        self.of_before = regex.compile(r"\bof\s+\Z", flags)
        self.and_before = regex.compile(r"\band\s+\Z", flags)
        # "his wife and son", "their guide and driver": a second person sharing the determiner
        self.and_noun_after = regex.compile(r"\s+and\s+([\p{L}][\p{L}\-]*)\b(?!\s+of\b)", flags)
        self.pronoun_died = regex.compile(
            r"\s*(?-i:[Hh]e|[Ss]he)\s+(?:later\s+|subsequently\s+|also\s+|had\s+|has\s+)?(?:died|succumbed|"
            r"was\s+(?:later\s+)?(?:killed|shot\s+dead|gunned\s+down|lynched|(?:pronounced|declared|found|confirmed)\s+"
            r"dead))\b", flags)
        things = _alternation(data_lines("non_person_nouns.txt"))
        self.non_person_after = regex.compile(
            rf"^\s+(?:(?:of\s+)?(?:his|her|their|the)\s+)?(?:{word}\s+){{0,2}}?(?:{things})\b", flags)
        self.non_person_word = frozenset(data_lines("non_person_nouns.txt"))
        self.adjective_use = regex.compile(rf"^\s+(?:{_alternation(sorted(nouns))})\b", flags)
        self.later_cue = regex.compile(
            r"^\s+(?:and\s+)?(?:(?:later|subsequently|eventually|also|then|have|has|had)\s+)*(?P<cue>died|succumbed|"
            r"perished|passed\s+away|killed|executed|murdered|shot\s+dead)\b", flags)
        self.wounded_of_whom_before = regex.compile(
            r"\b(?:injured|wounded|hurt)\b[\s,]*(?:of\s+whom|of\s+them|among\s+whom)\s*\Z", flags)
        # "two protesters ... One was killed near parliament and the other in Kibera": one of the two, no one more
        self.one_the_other_after = regex.compile(r"[^.;]{0,100}?\band\s+the\s+other\b", flags)
        self.subset_before = regex.compile(
            r"\b(?:including|(?<!\balso\s)included|includes|among\s+them|among\s+whom|of\s+whom|of\s+them|"
            r"among\s+(?:the|those)\s+[\p{L} ]{1,25}?\s+(?:were|was|are|is)"
            r"|among\s+(?:the|those)\s+(?:dead|victims|killed|injured|wounded|casualties|fatalities)"
            # "In Kadawa alone, 21 people were killed": the part of a toll one place holds
            r"|\b(?:in|at)\s+[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,2}\s+alone)\s*[:,]?\s*\Z",
            flags)
        self.subset_after = regex.compile(
            r"^[\s,]*(?:(?:[\p{L}'’\-]+,?\s+){0,5}?(?:were|was|are|is)\s+(?:also\s+)?(?:among|included)\b"
            rf"|\s+of\s+(?:them|whom|those|the\s+(?:{cues}|{_alternation(sorted(nouns))}))\b"
            rf"|\s+(?:from|on|for)\s+(?:each|either|both)\s+sides?\b"
            # "73 people were killed in Shaqra alone": the part of a toll one place holds
            rf"|[^.;]{{0,50}}?\b(?:in|at)\s+[\p{{L}}'’\-]+(?:\s+[\p{{L}}'’\-]+){{0,2}}\s+alone\b"
            # "Hezbollah said four of its members were killed with him": his companions, in the toll with him
            rf"|[^.;]{{0,40}}?\b(?:killed|died)\s+(?:along\s+)?with\s+(?:him|her)\b)", flags)
        # "local sources put the figure at 18": another source's count of the same dead, not a running total
        self.put_at_before = regex.compile(
            r"\b(?:put(?:s|ting)?|gave|give|gives|giving)\s+(?:the|their|its|a)\s+(?:death\s+|final\s+|overall\s+|own\s+)?"
            r"(?:toll|figure|number|tally|count)(?:\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities))?\s+(?:at|as|of)\s*\Z",
            flags)
        # who gave a figure: "residents said 9 people died", "according to police", "he counted 26 bodies"
        self.sourced = regex.compile(
            r"\b(?:said|says|say|saying|claimed|claims|claim|according\s+to|told|put\s+(?:the|their|its)|counted|gave|"
            r"confirmed|confirms|"
            r"estimated|reported)\b", flags)
        self.superseded = regex.compile(
            r"\b(?:earlier|initial|previous|preliminary|first)\s+(?:reports?|figures?|tolls?|estimates?|counts?|tallies)\b"
            r"|\b(?:initially|previously|at\s+first)\b", flags)
        self.superseded_count = regex.compile(
            # "Earlier, officials had said 21 hostages and four soldiers had died"
            r"\b(?:had\s+)?(?:earlier|initially|previously|first),?\s+(?:(?:[\p{L}'’\-]+\s+){1,3}?had\s+)?"
            r"(?:reported|said|given|put|announced|counted)\s+"
            r"(?:(?:a|an|the|its|their|toll|figure|death|of|at|as)\s+){0,4}\Z", flags)
        # "38 people had been killed, before the ministry raised the toll": a count the later one replaced
        self.superseded_after = regex.compile(
            r"^[^.;]{0,60}?\bbefore\s+(?:the\s+|it\s+|they\s+)?(?:[\p{L}'’\-]+\s+){0,3}?(?:raised|revised|updated|"
            r"increased|lowered|corrected)\s+(?:the|its|their|that)\s+(?:death\s+)?(?:toll|figure|count|tally)", flags)
        # "32 bodies were brought to the local hospital": a count of the same dead wherever the town is named
        self.bodies_brought = regex.compile(r"\b(?:brought|taken|received|arrived|delivered|transported)\b", flags)
        # "At least 900 Palestinians have been killed there since October 2023 ..., while more than 30 Israelis have
        # been killed": a tally in the present perfect, in a sentence that counts since a time
        self.perfect_before = regex.compile(r"\b(?:have|has)\s+(?:so\s+far\s+|also\s+)?(?:killed|claimed)\s+\Z", flags)
        self.perfect_after = regex.compile(
            # ("24 soldiers and 26 civilians have been killed")
            r"^\s*(?:[\p{L}\d,'’\-]+\s+){0,4}?(?:have|has)\s+(?:also\s+|so\s+far\s+)?been\s+(?:killed|wounded|injured|"
            r"displaced|abducted|kidnapped|detained|arrested)\b", flags)
        # "the deadliest since October 2023, when a series of earthquakes in Herat killed more than 1,500 people"
        self.since_when_before = regex.compile(
            rf"\bsince\s+(?:(?:early|late|mid)\s+)?(?:(?:{months})\.?(?:\s+\d{{1,2}},?)?(?:\s+\d{{4}})?|\d{{4}}|"
            rf"last\s+(?:week|month|year|(?:{months})))\s*,?\s+when\b[^.;]{{0,140}}\Z", flags)
        # "24 soldiers and 26 civilians have been killed, according to Israeli tallies": a running tally of the war
        self.tally_of = regex.compile(r"\b(?:tally|tallies)\b", flags)
        self.since_time = regex.compile(
            rf"\bsince\s+(?:(?:early|late|mid)\s+)?(?:{months}|\d{{4}}|the\s+(?:start|beginning|outbreak)\b)", flags)
        self.update = regex.compile(
            r"\b(?:later|since|subsequently)\s+(?:said|put|gave|raised|updated|revised)\b", flags)
        self.superseded_before = regex.compile(
            r"\b(?:earlier|initial|previous|preliminary|first)\s+(?:death\s+)?(?:tolls?|figures?|counts?|tallies|"
            r"estimates?)\s+(?:of|at)\s+\Z", flags)
        # "a day later, the state government said 10 people had died": a later count by a source, not another event
        self.later_source = regex.compile(
            r"\b(?:(?:the\s+)?(?:next|following)\s+day|(?:a|one|two|three|four|\d)\s+days?\s+later),\s+"
            r"(?:[\p{L}'’\-]+\s+){0,4}?(?:said|says|announced|reported|put|gave|confirmed)\b", flags)
        # a figure for another event: "in a second blast", "elsewhere", "In Arbinda, ...", "On Tuesday, ..."
        self.other_event = regex.compile(
            # not "the country's second-largest city"
            r"\b(?:second(?![\-‐]\p{L})|another|separate|separately|elsewhere|meanwhile|"
            r"other(?!\s+(?:sources?|reports?|accounts?|officials?|residents?|witnesses?|estimates?|media))|"
            r"(?:next|following|previous)\s+day|days?\s+(?:later|before|after|earlier)|"
            r"earlier\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|"
            # "security forces killed 14 militants in operations overnight": the state's own operation
            # ("in an intelligence-based operation")
            r"in\s+(?:an?\s+|separate\s+|follow-up\s+|subsequent\s+)?(?:[\p{L}]+-[\p{L}]+\s+)?"
            r"(?:operations?|raids|counter-?attacks?|pursuit)|"
            # "about 60 km south of Goma, where residents said shells killed at least four"
            r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\d+\s+miles\)\s+)?(?:north|south|east|west|"
            r"northeast|northwest|southeast|southwest|outside|from))\b", flags)
        # a total that grew ("rose to", "bringing the toll to") rather than another source's static count
        self.rising = regex.compile(r"\b(?:rose|risen|rising|rises|raised|climbed|reached|increased|jumped|bringing|"
                                    r"brings|brought|raising|raises|now|later|since|updated|revised|final)\b", flags)
        # a source that contradicts another names the same dead otherwise: "suspected rustlers" against "herders"
        # "Local sources reported at least 5 soldiers killed, while the KIA said it had killed 'dozens'": two
        # accounts of one event in one sentence; the vague one gives way to the figure, whatever side it names
        self.contrast_claim = regex.compile(
            r"[^.;]{0,120}?(?:,|;)\s*(?:while|whereas|but)\s+(?:[\p{L}'’\-]+\s+){0,5}?(?:said|says|claimed|claims|"
            r"reported|reports|insisted|maintained)\b[^.;]{0,60}\Z", flags)
        # "two people, one of them a police officer, were killed": the verb after the aside counts the figure
        self.aside_after = regex.compile(
            r"(?P<noun>\s+(?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+),\s+(?:one|two|three|four|five|\d+|some|most|all|both|"
            r"many|several)\s+of\s+(?:them|whom)\b[^,.;()]{0,60},(?=\s)", flags)
        self.disputed = regex.compile(r"\b(?:disput(?:ed|es|ing)|contradict(?:ed|s|ing)|contest(?:ed|s|ing)|"
                                      r"refut(?:ed|es|ing)|rejected|rejects|contrary)\b", flags)
        # not "at Kenyatta National Hospital": a place where the dead were taken is no other event
        self.place_or_day = regex.compile(
            # not "the United Nations said on Friday that ...": the day it was said, not of the deaths
            r"(?<!\b(?i:said|says|announced|reported|added|confirmed)\s)"
            # "on the southern port of Odesa", "in the northeastern city of Kharkiv"
            r"\b(?:(?i:in|on|at|near)\s+(?i:the\s+(?:[\p{L}\-]+\s+){0,2}?(?:town|village|city|port|district|province|"
            r"region|state|county|area|camp)\s+of\s+)?|(?i:town|village|city|port)\s+of\s+)"
            # "In Indian Kashmir" is no place of "Pakistani Kashmir"
            r"((?-i:\p{Lu})\p{L}+(?:ian|ani|an|i|ese)\s+(?-i:\p{Lu})[\p{L}'’\-]++|(?-i:\p{Lu})[\p{L}'’\-]++)(?!(?:\s+(?-i:\p{Lu})[\p{L}'’\-]+){0,3}\s+"
            r"(?:Hospital|Clinic|Mortuary|Morgue|Medical|Health)\b)")
        self.one_person = regex.compile(r"(?:a|an|the|his|her|their|another)\s", flags)
        self.total_word = regex.compile(r"\btotal\b", flags)
        self.contrast = regex.compile(r"(?:,\s*|\s)(?:while|whereas|but)\s|;\s", flags)
        self.total_before = regex.compile(
            r"(?:\b(?:toll|tally|total|fatalities)\b(?:\s+(?:has|had|have|now|rose|risen|climbed|jumped|increased|"
            r"later|subsequently|eventually|since|finally|"
            r"reached|stood|stands|stand|is|was|to|at|of|up|further|officially|then))*\s*:?\s*"
            r"|\b(?:bringing|brings|brought|raising|raises)\b[^.;!?]{0,70}"
            # "killed 16 people, later updated to 17"
            r"|,\s+(?:later|since|subsequently)\s+(?:updated|raised|increased)\s+to\s+)\Z", flags)
        self.total_after = regex.compile(r"^\s*(?:[\p{L}'’\-]+\s+){0,4}?(?:in\s+total|in\s+all|overall)\b", flags)
        # "the toll had risen to 74, with 171 wounded": the wounded's running total, told with the dead's
        self.toll_with_before = regex.compile(
            r"\b(?:toll|total|tally)\b[^.;]{0,60}?\b(?:rose|risen|rises|climbed|reached|increased|jumped|stood|stands)"
            r"\s+(?:to|at)\s+[\d,.]+(?:\s+(?:dead|people|deaths))?,?\s+(?:with|and)\s+(?:at\s+least\s+|more\s+than\s+)?\Z",
            flags)
        # "In a separate incident, the army said it killed dozens", "Elsewhere, shelling killed two": another event
        # "In neighbouring Thailand, a building collapsed" (not "Two people died in neighbouring Castilla-La Mancha", a
        # part of a national toll)
        self.separate_opens_clause = regex.compile(
            r"^\W*(?:in\s+(?:a|another)\s+(?:separate|second|different|further)\b|separately\b|elsewhere\b|"
            r"across\s+the\s+border\b|in\s+neighbou?ring\s+(?-i:\p{Lu}))", flags)
        # a wire report about events of the week ("on Friday"): a month without a day places an earlier event
        self.weekday = regex.compile(r"\b(?:on|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                     r"Sunday)|\bovernight\b", flags)
        # "since the war began on Oct. 7, 2023, when militants attacked Israel, killing around 1,200 people"
        self.year_in_before = regex.compile(
            # "At the 2013 Kumbh Mela, a stampede at a railway station in the city killed 36 people"
            # ("in 2024, according to U.N. figures, and more than 700,000 have been displaced")
            r"\b(?:in|on\s+[\p{L}]+\.?\s+\d{1,2},?|(?:at|during)\s+the)\s+(?:19|20)\d\d\b(?:[^.;]|(?<=\b\p{Lu})\.){0,120}\Z",
            flags)
        self.year_in_after = regex.compile(
            r"^[^.;]{0,80}?\b(?:in|on\s+[\p{L}]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\b", flags)
        self.month_in_before = regex.compile(
            rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?-i:(?:{cap_months}))\b(?!\s+\d{{1,2}}\b)[^.;]{{0,80}}\Z", flags)
        # "Members of the Gran Grif gang attacked ..., killing at least 70 people": the attackers are armed men, so
        # "police said officers killed two gang members" counts others than the 70; not in a clash between sides
        armed = [n for n, side in (line.split("\t") for line in data_lines("person_classes.tsv")) if side == "armed"]
        self.armed_attackers = regex.compile(
            rf"\b(?:{_alternation([*armed, 'gang', 'gangs', 'militia', 'militias', 'cartel'])})\b", flags)
        state = [n for n, side in (line.split("\t") for line in data_lines("person_classes.tsv")) if side == "state"]
        state_nouns = rf"\b(?:{_alternation([*state, 'forces', 'army', 'military', 'air force', 'security forces'])})\b"
        # "Somali forces backed by U.S. air strikes killed 23", "officers ... had 'neutralised' several": the state's
        # men as the subject of a killing verb ("U.S." is no sentence end)
        self.state_killers = regex.compile(
            rf"{state_nouns}[^;\n]{{0,80}}?\b(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated|shot\s+dead)"
            r"\b['\"‘’“”\s]*(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|over\s+)?\Z", flags)
        self.state_noun = regex.compile(state_nouns, flags)
        self.state_killing = regex.compile(
            rf"{state_nouns}[^;\n]{{0,80}}?\b(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated|shot\s+dead)\b",
            flags)
        # "killed at least 45 Palestinians across the Gaza Strip", "in attacks on three villages": a toll over several
        # incidents, whose incidents the report then tells one by one
        self.aggregate_scope = regex.compile(
            r"\b(?:across|throughout|nationwide|around\s+the\s+country|in\s+(?:a\s+(?:series|wave)\s+of|several|"
            r"multiple|separate|a\s+string\s+of|two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:attacks|strikes|"
            r"airstrikes|air\s+strikes|raids|incidents|villages|towns|districts|locations|places|areas|regions|"
            r"provinces|states|cities))\b", flags)
        # "an air strike on the school killed 15", "another strike on a house in Jabalia killed 11": one incident
        self.incident_before = regex.compile(
            r"\b(?:strike|airstrike|attack|raid|bombing|blast|explosion|shelling|shell|rocket|missile|drone|bomb)\b"
            r"[^.;]{0,100}?\b(?:killed|killing|kills|left)\s+[^.;]{0,20}\Z", flags)
        # "Russia's Defence Ministry said it had carried out a strike ..., killing up to 85 servicemen. Ukraine denied
        # the claim": a side's claim of its kills, denied by the other side, is no count of the dead
        self.own_claim_before = regex.compile(
            # ("denied that the army had targeted civilians and said troops had struck a position of 'terrorists'")
            r"\b(?:said|says|saying|claimed|claims)\s+(?:that\s+)?(?:it|they|(?:its\s+|their\s+)?(?:forces|troops|"
            r"fighters|men|soldiers)|"
            r"the\s+(?:rebels|group|militants|militia|army|military|fighters|jihadists|insurgents))\b[^.;]*\Z",
            flags)
        # "The Taliban said they killed 19 Pakistani soldiers, a claim Islamabad rejected"
        self.claim_denied_after = regex.compile(
            r"^[^.;]{0,60}?,\s+(?:a\s+claim|an\s+account|a\s+figure)\s+(?:that\s+)?(?:[\p{L}'’\-]+\s+){1,4}?(?:denied|"
            r"rejected|dismissed|refuted)\b", flags)
        # "Ukraine said the claim was false"
        self.claim_false_after = regex.compile(
            r"^[^.;]{0,40}?[.;]?[\s\"”]*(?:[\p{L}'’\-]+\s+){0,4}?(?:said|called)\s+(?:the|this|that|its|their)\s+"
            r"(?:claims?|reports?|figures?)\s+(?:was\s+|were\s+)?(?:false|untrue|baseless|fabricated|a\s+lie|lies)\b",
            flags)
        self.denied_after = regex.compile(
            r"^[^.;]{0,40}?[.;]?[\s\"”]*(?:[\p{L}'’\-]+\s+){0,4}?(?:denied|rejected|dismissed|refuted)\s+(?:the|this|that|"
            r"these|those|its|their|such)\s+(?:claims?|reports?|accounts?|figures?|tolls?)\b", flags)
        # "PTI said 12 of its workers were killed; the government denied that anyone had been killed"
        self.none_dead_denied_after = regex.compile(
            r"^[^.;]{0,80}?(?:[.;,]|\bbut\b)[\s\"”]*(?:(?:but|while|and)\s+)?(?:[\p{L}'’\-]+\s+){0,4}?(?:denied|denies)\s+"
            r"(?:that\s+)?(?:(?:anyone|anybody|any\s+(?:one|person|people|protesters?|civilians?))\s+(?:had\s+|has\s+)?"
            r"(?:been|was|were|died)\b|there\s+(?:were|had\s+been)\s+any\s+(?:deaths|fatalities)|any\s+(?:deaths|"
            r"fatalities|killings))", flags)
        self.said_before = regex.compile(r"\b(?:said|says|claimed|claims|reported)\b[^.;]*\Z", flags)
        self.denied_word = regex.compile(r"\b(?:denied|denies|denying)\b", flags)
        # "Ukraine had lost up to 210 servicemen in the area over the past 24 hours": a side's daily tally of the
        # other's losses
        self.period_after = regex.compile(
            r"^[^.;]{0,60}?\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day|week|month|"
            r"\w+\s+(?:days|hours|weeks))\b", flags)
        # "Thirteen peacekeepers were killed in the fighting": a part of the toll of the fighting told before
        self.in_the_fighting = regex.compile(
            r"\b(?:in|during)\s+the\s+(?:fighting|battle|clashes|violence|combat|offensive)\b", flags)
        # "four people were killed when a drone hit a group of people waiting for aid": one incident
        self.incident_after = regex.compile(
            r"^[^.;]{0,60}?\b(?:killed|died)\b[^.;]{0,20}?\bwhen\s+(?:a|an|the|two|three)\s+(?:[\p{L}\-]+\s+)?(?:strikes?|"
            r"airstrikes?|drones?|missiles?|shells?|bombs?|rockets?|blasts?|explosions?)\b", flags)
        self.clash = regex.compile(r"\b(?:between|clash(?:es|ed)?|fighting|battles?|gunfights?|firefights?|"
                                   r"exchanges?\s+of\s+fire|fought)\b", flags)
        self.additional_before = regex.compile(  # "VDP said they also lost 2 civilians"
            r"\b(?:another|a\s+further|an\s+additional|additional|also|other|also\s+(?:lost|killed))\s*\Z", flags)
        self.also_after = regex.compile(r"^\s+of\s+the\s+[\p{L}'’\-]+\s+(?:were|was|had\s+been|have\s+been)\s+also\b",
                                        flags)
        self.additional_after = regex.compile(r"^\s*(?:(?:more|others|other|additional|further)\b|[^.;]{0,40}\balso\b)",
                                              flags)
        self.definite_before = regex.compile(r"\b(?:the|these|those|its|their)\s*\Z", flags)
        # "protested against the killing of 2 students", "the 2015 attack that killed 20": an earlier event
        self.reference_event = regex.compile(
            r"\b(?:since|for|over|against|after|following|mark\w*|anniversary\s+of|commemorat\w*|memory\s+of)\s+"
            r"(?:(?:the|a)\s+)?[^.;]{0,40}?(?:massacre|attack|bombing|killings?|raid|ambush|shooting|clashes|violence|war|"
            r"incident|crackdown|explosion|blast|protests|demonstrations|riots|unrest)\b,?\s+"
            r"(?:in\s+which|that|which|when|where)\b[^.;]{0,20}\Z", flags)
        self.reference_before = regex.compile(
            r"(?:\b(?:against|over|for|after|following|follows|followed|since|suspected\s+of|accused\s+of|charged\s+(?:with|over)|"
            r"convicted\s+of|in\s+connection\s+with|denounc\w*|condemn\w*|protest\w*|mourn\w*|justice\s+for|"
            r"anniversary\s+of|memory\s+of|retaliation\s+for|revenge\s+for|investigat\w*(?:\s+into)?)\s+(?:the\s+)?"
            r"(?:recent\s+|alleged\s+|brutal\s+)?(?:killings?|deaths?|murders?)\s+of"
            # "shot dead a man suspected of killing 2 women": the killings he is suspected of came before
            r"|\b(?:suspected|charged|convicted|arrested|wanted|detained|jailed|sentenced)\s+(?:of|for|with|over|in)\s+"
            r"(?:the\s+)?(?:killing|killings\s+of|murdering|murder\s+of|massacring)\s+"
            r"|\b(?:justice|compensation|mourn\w*|burial|funerals?)\s+(?:for|of)\s+(?:the\s+)?"
            r"|\b(?:commemorat\w*|honou?ring|remember\w*|mourn\w*|marking|burial\s+of|vigils?\s+for)\s+(?:the\s+)?"
            r"|\b(?:for|over|against|after|following|followed|follows|since|of|about|into|marking)\s+(?:the|a)\s+"
            r"(?:[\p{L}\d'’\-]+\s+){0,5}?"
            r"(?:that|which|in\s+which)\s+(?:had\s+)?(?:killed|left|claimed))\s*\Z", flags)
        # "released 12 hostages ... after a raid that killed 3 militants": the raid is the event, not an earlier one
        self.rescue_raid_before = regex.compile(
            r"\b(?:rescued|freed|released|recaptured|retook|regained)\b[^.;]{0,100}?\b(?:after|following)\s+(?:a|an|the)\s+"
            r"(?:[\p{L}\-]+\s+){0,2}?(?:raid|operation|assault|offensive|battle|clash(?:es)?|firefight|gunfight)\s+"
            r"(?:that|which|in\s+which)\s+(?:had\s+)?(?:killed|left)\s+\Z", flags)
        # "at least 3, and possibly as many as 8, civilians": the stated figure and the upper one a source allows
        self.range_join = regex.compile(r"^\s*(?:-|–|—|to|or)\s*\Z|^\s*,?\s*(?:and|or)\s+(?:possibly|perhaps|maybe|"
                                        r"potentially)\s+(?:as\s+many\s+as\s+|up\s+to\s+)?\Z", flags)
        self.paren_aside = regex.compile(r"\s*\([^()]{1,40}\)")
        self.paren_open = regex.compile(r"\s*\(\s*")
        self.paren_close = regex.compile(r"\s*\)")  # used with a position: no "^"
        self.plus_after = regex.compile(r"^(?:\+|\s*-?\s*plus\b|\s+or\s+more\b|[\-‐]odd\b)", flags)  # "30-odd"
        self.each_side_after = regex.compile(
            r"\s+(?:[\p{L}\-]+\s+){0,2}?(?:from|on|for)\s+each\s+side\b", flags)
        self.time_after = regex.compile(
            r"^\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|GMT\b|UTC\b|o['’]clock\b|local\s+time\b|hrs\b|h\b)", flags)
        self.age_after = regex.compile(r"^[-‐\s]*(?:years?|yrs?|months?|weeks?)[-‐\s]*old\b", flags)
        self.age_before = regex.compile(
            r"\b(?:aged|age\s+of|ages\s+of|age|ages)\s*(?:\d{1,3}\s*(?:and|,|to|-|–|or)\s*)?\Z", flags)
        # "adding that one assailant was killed": "that" opens a clause, the figure counts a person
        self.that_one_person = regex.compile(rf"\bthat\s+one\s+(?:{_alternation(sorted(singular))})\b", flags)
        self.one_before = regex.compile(r"\b(?:no|the|this|that|every|any|each|which|such|which|no-|the\s+only)\s+\Z",
                                     flags)
        self.one_after = regex.compile(r"^\s+(?:another|by\s+one|who|which|that|day|time|way|side)\b|^-", flags)
        self.weak_context = regex.compile(r"\b(?:as|how|so|too|very|not|for|of)\s+\Z", flags)
        self.weak_after = regex.compile(r"^\s+(?:as|more|times|other|years|ways|countries|sides|parties)\b",
                                        flags)
        self.currency_before = regex.compile(r"(?:\b[A-Z]{1,3})?(?P<sym>[$€£₴₽¥])\s*\Z|\b(?P<sym>USD|EUR|UAH)\s*\Z")
        self.phone = regex.compile(r"(?<![\d,.])\+?\d{1,4}(?:[ \-]\d{2,4}){2,}(?![\d,])")
        self.clause_end = regex.compile(
            r"[;\n]|(?<!\b(?:[ap]\.m|[A-Z]|[A-Z][a-z]{1,3}|No|no|approx|est))[.!?](?=[\s\"'”’)\]]|$)")
        self.unit_words = regex.compile(r"(?:[\p{L}%$€£/°][\p{L}/²]*)(?:\s+[\p{L}][\p{L}/²]*){0,2}")
        self.glued_suffix = regex.compile(r"^[\p{L}%]+")


@cache
def _patterns() -> _Patterns:
    return _Patterns()


# --------------------------------------------------------------------------------------------------------- scanning

@attrs.define
class _Item:
    """A figure while its context is being read; becomes a :class:`Quantity`."""

    start: int
    end: int
    low: int | float
    high: int | float | None
    kind: str
    modifier: str | None = None
    unit: str | None = None
    attributive: bool = False
    fatalities: int | None = None
    weak: bool = False
    singular: bool = False
    category: str | None = None
    cue_side: str | None = None
    subject: str | None = None
    role: str | None = None


def _is_year(figure: Figure, text: str) -> bool:
    return figure.kind == "numeral" and isinstance(figure.low, int) and 1800 <= figure.low <= 2100 \
        and "," not in text[figure.start:figure.end] and figure.end - figure.start == 4


def _excluded(figure: Figure, text: str, p: _Patterns) -> bool:
    """True when the figure is part of a date, a time, an age, a name or a model number, not an amount."""
    s, e = figure.start, figure.end
    before, after = text[max(0, s - 40):s], text[e:e + 40]
    surface = text[s:e].lower()
    if figure.kind == "numeral":
        if p.letter_before.search(before) or (p.digit_after.match(after) and not p.range_tail.match(after)):
            return True  # T-72, MH17, Su-25, COVID-19
        model_before = p.model_before.search(before)
        if (p.model_after.match(after) and isinstance(figure.low, int) and figure.low >= 100 and figure.low % 5) or (
                model_before and int(model_before.group(1)) % 5):
            return True  # "737-800": a model range
        if p.date_sep_before.search(before) or p.date_sep_after.match(after) or p.hour_h_after.match(after):
            return True  # 10:30, 26/03, 26.03.2022
        glued = p.glued_suffix.match(after)
        if glued:
            suffix = glued.group(0).lower()
            if suffix in ("st", "nd", "rd", "th") or (suffix == "s" and figure.low in range(10, 2101)):
                return True  # ordinals, the 1990s
            if suffix in ("am", "pm"):
                return True
            if unit_after([glued.group(0)]) is None and suffix not in ("s", "m", "bn", "k"):
                return True  # 3G, 9K720, 60GB: part of a name
        if (p.time_after.match(after) and not p.hrs_after.match(after)) or (
                p.hours_after.match(after) and p.clock.fullmatch(surface)):
            return True
        if p.at_before.search(before) and p.clock.fullmatch(surface):
            return True  # "at 2030" is a time
        if p.name_prefix.search(before):
            return True
    if (not isinstance(figure.low, int) or figure.low <= 31) and figure.kind != "vague" and (
            p.month_after.match(after) or p.month_before.search(before)):
        return True
    if _is_year(figure, text) and (p.month_before.search(before) or p.month_day_before.search(before)
                                   or p.year_prep_before.search(before) or not _counts_people(after, p)):
        return True
    if p.age_after.match(after) or p.age_before.search(before):
        return True
    if figure.kind == "numeral" and isinstance(figure.low, int) and figure.low <= 110 \
            and p.name_comma_before.search(before) and p.comma_after.match(after):
        return True  # "Misbah, 20, a cousin": an age in apposition
    if p.parent_of_before.search(before):
        return True  # "a mother of four": her children, no casualty count
    if surface == "twin" and not _counts_people(after, p):
        return True  # "twin brothers" are two; "the Twin Towers", "twin blasts" are no count
    if surface == "one" and ((p.one_before.search(before) and not p.that_one_person.search(before + "one" + after))
                             or p.one_after.match(after)):
        return True
    return bool(figure.kind == "vague" and figure.weak and (p.weak_context.search(before) or p.weak_after.match(after)))


def _counts_people(after: str, p: _Patterns) -> bool:
    """A bare year-like figure (2000) is a count only when people or a casualty word follow it."""
    words = p.next_word.match(after)
    if words is None:
        return False
    word = words.group(1).lower()
    return word in p.person_noun or word in _cues()


def _candidate_items(text: str, p: _Patterns) -> list[_Item]:
    phones = [(m.start(), m.end()) for m in p.phone.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 7]
    figures = [f for f in find_figures(text)
               if not any(a <= f.start < b for a, b in phones) and not _excluded(f, text, p)]
    # "one of the attackers" is a figure only when a casualty word claims it
    figures = [f._replace(weak=True) if text[f.start:f.end].lower() == "one"
               and p.of_after.match(text, f.end, f.end + 8) else f for f in figures]
    items: list[_Item] = []
    skip_next = False
    for i, figure in enumerate(figures):
        if skip_next:
            skip_next = False
            continue
        item = _Item(figure.start, figure.end, figure.low, figure.high, figure.kind,
                     modifier="vague" if figure.kind == "vague" else None, fatalities=figure.fatalities,
                     weak=figure.weak)
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        close = p.paren_close.match(text, nxt.end, nxt.end + 3) if nxt is not None and nxt.low == figure.low \
            and p.paren_open.fullmatch(text, figure.end, nxt.start) else None
        if close:  # "6 (six) demonstrators", "two (2) soldiers": one figure written twice
            item.end, skip_next = close.end(), True
        else:
            skip_next = _read_range(item, nxt, text, p)
        _read_modifier(item, text, p)
        _read_unit(item, text, p)
        if item.unit is None and item.kind != "vague" and p.each_side_after.match(text, item.end, item.end + 60):
            item.low *= 2  # "two fighters from each side": four people
            item.high = None if item.high is None else item.high * 2
        items.append(item)
    return items


def _read_range(item: _Item, nxt: Figure | None, text: str, p: _Patterns) -> bool:
    """Join "10-15", "10 to 15", "two or three" and "between 10 and 15" into one item; True if ``nxt`` was used."""
    if nxt is None or item.kind == "vague" or nxt.kind == "vague" or nxt.high is not None:
        return False
    join = text[item.end:nxt.start]
    between = p.between_before.search(text[max(0, item.start - 10):item.start])
    if not (p.range_join.match(join) or (between and p.and_join.fullmatch(join))):
        return False
    if p.from_before.search(text[max(0, item.start - 6):item.start]):
        return False  # "rose from 10 to 15" is a change, not a range
    if join.strip() in ("-", "–", "—") and (item.kind != "numeral" or nxt.kind != "numeral"):
        return False
    if join.strip() in ("-", "–", "—") and item.low >= 100 and item.low % 5 and "," not in text[item.start:nxt.end]:
        return False  # "737-800" is a model range, not an amount
    shared_scale = p.scaled_numeral.fullmatch(text, nxt.start, nxt.end)
    if shared_scale and item.kind == "numeral" and nxt.kind == "numeral" and not p.scaled_numeral.fullmatch(
            text, item.start, item.end):
        scaled = item.low * _SCALES[shared_scale.group(1).lower()]  # "1.5 to 2 million"
        item.low = int(scaled) if float(scaled).is_integer() else scaled
    if not nxt.low > item.low:
        return False
    item.high = nxt.low
    item.end = nxt.end
    item.modifier = "range"
    if between:
        item.start = between.start() + max(0, item.start - 10)
    return True


def _read_modifier(item: _Item, text: str, p: _Patterns) -> None:
    if item.modifier == "range":
        return
    before = text[max(0, item.start - 25):item.start]
    m = p.modifier_before.search(before)
    after = text[item.end:item.end + 12]
    plus = p.plus_after.match(after)
    if m:
        mod = _modifiers()[" ".join(m.group("mod").lower().split())]
        item.start -= len(before) - m.start()
        if mod != "eq":
            item.modifier = "approx" if item.kind == "vague" and mod == "approx" else mod
    elif plus:
        item.end += plus.end()
        item.modifier = "gt"
    if m and plus and "odd" in plus.group(0).lower():
        item.end += plus.end()  # "some 30-odd fighters": the suffix belongs to the figure
    if item.modifier in ("le", "lt"):
        item.high = item.low
        item.low = 0
    elif item.modifier in ("ge", "gt") or (item.kind == "vague" and item.high is None):
        item.high = None
    elif item.modifier in (None, "approx") and item.kind != "vague":
        item.high = item.low


def _read_unit(item: _Item, text: str, p: _Patterns) -> None:
    currency = p.currency_before.search(text[max(0, item.start - 6):item.start])
    if currency and item.kind == "numeral":
        unit = unit_before(currency.group("sym"))
        if unit:
            item.unit = unit
            item.start -= len(currency.group(0))
            abbr = p.money_scale.match(text, item.end, item.end + 3)
            if abbr:  # "$2bn", "€5m"
                factor = {"bn": 10**9, "b": 10**9, "m": 10**6, "mn": 10**6, "k": 10**3}[abbr.group(1).lower()]
                scaled = item.low * factor
                item.low = item.high = int(scaled) if float(scaled).is_integer() else scaled
                item.end = abbr.end()
    after = text[item.end:item.end + 40]
    hyphen = p.hyphen_after.match(after)
    glued = p.glued_suffix.match(after)
    offset = 1 if hyphen else 0 if glued else len(after) - len(after.lstrip(" "))
    if offset and not hyphen and "\n" in after[:offset]:
        return
    words_m = p.unit_words.match(after, offset)
    if not words_m:
        return
    words = words_m.group(0).split()
    found = unit_after(words)
    if hyphen:
        item.attributive = True  # "nine-storey", "193-member": describes a thing, never counts casualties
    if found is None or item.unit:
        return
    name, n = found
    consumed = regex.match(r"\s+".join(regex.escape(w) for w in words[:n]), after[offset:])
    if consumed is None:
        return
    item.unit = name
    item.end += offset + consumed.end()


# ----------------------------------------------------------------------------------------------------- casualties

def _clause_bounds(text: str, p: _Patterns) -> list[int]:
    return _cut_long_runs([m.end() for m in p.clause_end.finditer(text)], text, _MAX_CLAUSE)


#: Longest clause and sentence the rules read as one (characters): a text with no full stops would otherwise make
#: every figure's clause the whole text, and the searches in it quadratic.
_MAX_CLAUSE = 600
_MAX_SENTENCE = 1200


def _cut_long_runs(bounds: list[int], text: str, limit: int) -> list[int]:
    """``bounds`` with a cut added at a space every ``limit`` characters of a longer stretch between two of them."""
    out: list[int] = []
    previous = 0
    for bound in [*bounds, len(text)]:
        while bound - previous > limit:
            cut = text.find(" ", previous + limit // 2, previous + limit)
            previous = cut if cut > 0 else previous + limit
            out.append(previous)
        if bound < len(text):
            out.append(bound)
        previous = bound
    return out


def _clause_of(bounds: list[int], start: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, start)
    return (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else length)


def _singular_items(text: str, taken: list[tuple[int, int]], p: _Patterns) -> list[_Item]:
    """"a civilian", "his wife", "the gunman": one person, kept only if a casualty word claims them."""
    found = [(*m.span("span"), m.group("noun").lower()) for m in p.singular_after_verb.finditer(text)]
    for m in p.determiner.finditer(text):
        found.extend(_after_determiner(text, m, p))
    out = []
    spans = _SpanSet(taken)
    for start, end, noun in sorted(found):
        if noun in _KIN_GROUPS and p.of_before.search(text, max(0, start - 4), start):
            continue  # "three members of the same family": the family names the group, it is no one more
        if spans.add(start, end):  # not overlapping a figure or an earlier person
            out.append(_Item(start, end, 1, 1, "singular", singular=True, subject=noun))
    return out


class _SpanSet:
    """Disjoint spans kept sorted, so that an overlap check costs a bisection, not a scan."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def add(self, start: int, end: int) -> bool:
        """Add the span and return True, or return False if it overlaps one already there."""
        i = bisect.bisect_right(self.starts, start)
        if (i and self.spans[i - 1][1] > start) or (i < len(self.spans) and self.spans[i][0] < end):
            return False
        self.spans.insert(i, (start, end))
        self.starts.insert(i, start)
        return True


_GROUP_NOUNS = frozenset({
    "group", "groups", "force", "forces", "unit", "units", "militia", "camp", "base", "committee", "association",
    "movement", "organisation", "organization", "union", "network", "gang", "cell", "brigade", "battalion", "team",
    "convoy", "patrol", "station", "post", "vehicle", "house", "home", "office", "headquarters", "school", "position",
    "checkpoint", "spokesperson", "source", "sources",
    # "a passenger train", "a pilgrim bus": a person noun naming what carries them
    "train", "bus", "minibus", "coach", "boat", "ship", "ferry", "truck", "lorry", "van", "car", "plane", "aircraft",
    "hostel",
})
_GROUP_MEMBERS = frozenset({"gang", "militia", "cartel", "party", "group", "vigilante"})
_GENERIC_PEOPLE = frozenset({"people", "persons", "members", "individuals", "victims", "relatives"})
# Casualty verbs that take no object: "left hundreds dead over five days" names no killer.
_INTRANSITIVE = frozenset({"dead", "died", "die", "dying", "perished", "drowned", "succumbed"})
_KIN_GROUPS = frozenset({"family", "household", "clan", "tribe"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "eleventh", "twelfth"})
# Words that end the object of a killing verb ("killed a sarpanch in ..."), and words that show the object is a
# figure or no person ("killed a total of 5", "an estimated 40", "an unknown number").
_OBJECT_END = frozenset({
    "and", "or", "in", "at", "on", "near", "who", "whom", "from", "with", "while", "during", "after", "before", "by",
    "as", "for", "outside", "inside", "the", "when", "which", "that", "to", "into", "but", "because",
})
_OBJECT_NOT_PERSON = frozenset({
    "of", "total", "number", "further", "dozen", "few", "couple", "handful", "score", "series", "day", "week",
    "month", "year", "record", "estimated", "approximately", "additional", "reported", "unknown", "lot", "host",
})
# People a later pronoun can report dead ("abducted the mayor and his driver; their bodies were found").
_LOST_GENERIC = frozenset({"men", "man", "people", "persons", "members", "personnel", "lives"})
# "a state-affiliated body", "an advisory body": a body of people, no corpse
_BODY_OF_PEOPLE = frozenset({"advisory", "governing", "regional", "international", "independent", "oversight",
                             "statutory", "umbrella", "monitoring", "rights", "regulatory", "legislative", "federal",
                             "government", "state", "continental", "intergovernmental", "professional", "student",
                             "coordination", "coordinating", "representative", "community", "civic", "tribal"})
# "a body for the camp's residents said", "a body representing the families": an organisation that speaks
_BODY_SPEAKS = frozenset({"for", "representing", "said", "says", "set", "made", "called"})
_MADE_BY = ("-affiliated", "-run", "-backed", "-owned", "-led", "-appointed", "-funded", "-based")
_PARENTS = frozenset({"mother", "father", "parent", "widow", "widower"})
_NOT_DEAD_YET = frozenset({"injured", "abducted", "detained", "missing"})
_NOT_DEAD = frozenset({None, "abducted", "detained", "missing"})
_ORDINAL_DIED = frozenset({"died", "was", "succumbed", "later", "person", "has", "had"})
_DEATH_WORDS = frozenset({"died", "succumbed", "killed", "dead", "injured", "wounded"})


def _after_determiner(text: str, det: regex.Match[str], p: _Patterns) -> list[tuple[int, int, str]]:
    """The one person a determiner introduces, if the next words name one: [(start, end, noun)] or []."""
    words: list[tuple[str, int]] = []
    pos = det.end()
    while len(words) < 3:
        w = p.next_word.match(text, pos, pos + 60)
        if not w:
            break
        words.append((w.group(1), w.end()))
        pos = w.end()
    lower = [w.lower() for w, _ in words]
    kind = det.group(1).lower()
    start = det.start()
    if kind == "the":
        if lower and (lower[0] in _ORDINALS or p.numeric_ordinal.fullmatch(lower[0])):
            return []  # "the third teacher killed in the region this month": one of a series, no one more
        for k in range(min(2, len(lower))):
            if k + 1 < len(lower) and f"{lower[k]} {lower[k + 1]}" in p.the_nouns:  # "the suicide bomber"
                return [(start, words[k + 1][1], lower[k + 1])]
            if lower[k] in p.the_nouns:
                if words[k][0][:1].isupper() and k + 1 < len(words) and words[k + 1][0][:1].isupper():
                    return []  # "the Kenya National Commission on Human Rights": a name, no person
                if k + 1 < len(words) and words[k + 1][0][:1].isupper() \
                        and p.from_of_before.search(text, max(0, start - 6), start):
                    return []  # "four soldiers from the paramilitary Frontier Corps": a word of a name
                return [(start, words[k][1], lower[k])]
        return []
    if kind in ("a", "an") and lower and (lower[0] in _ORDINALS or p.numeric_ordinal.fullmatch(lower[0])) \
            and len(lower) > 1 and (lower[1] in p.singular_nouns or lower[1] in _ORDINAL_DIED
                                    or p.and_before.search(text, max(0, start - 6), start)  # "... and a third"
                                    or (words[1][0][:1].isupper() and len(lower) > 2 and lower[2] in _ORDINAL_DIED)):
        return [(start, words[0][1], lower[0])]  # "a fifth died later", "a 10th Palestinian died of his wounds"
    for k, word in enumerate(lower):
        if word in p.singular_nouns:
            if word == "body" and ((k and (lower[k - 1] in _BODY_OF_PEOPLE or lower[k - 1].endswith(_MADE_BY)))
                                   or ((w := p.next_word.match(text, words[k][1], words[k][1] + 30)) is not None
                                   and w.group(1).lower() in _BODY_SPEAKS)):
                return []  # "a state-affiliated body", "a regional body": an organisation, no corpse
            following = lower[k + 1] if k + 1 < len(lower) else ""
            if following in p.singular_nouns:
                continue  # "a rebel commander": the person is the last noun
            if following in _GROUP_NOUNS:
                return []  # "a vigilante group": the person word describes a thing
            if following == "of" and k + 2 < len(lower) and p.small_number.fullmatch(lower[k + 2]) \
                    and word not in _PARENTS:
                return []  # "a family of five": the figure counts them; not "a mother of four", who is one
            found = [(start, words[k][1], word)]
            second = p.and_noun_after.match(text, words[k][1], words[k][1] + 60)
            if second and second.group(1).lower() in p.singular_nouns and not (
                    (nxt := p.next_word.match(text, second.end(), second.end() + 60))
                    and nxt.group(1).lower() in p.person_noun):
                found.append((second.start(1), second.end(1), second.group(1).lower()))
            return found
    if kind in ("a", "an") and lower and p.age_word.fullmatch(lower[0]):
        end = words[1][1] if len(words) > 1 and words[1][0][:1].isupper() else words[0][1]
        return [(start, end, lower[0])]
    if kind == "another" and any(w in _DEATH_WORDS for w in lower):
        return [(start, det.end(), "another")]
    if kind in ("a", "an", "his", "her", "their") and p.killing_verb_before.search(text, max(0, start - 30), start):
        # "killed a former sarpanch and his nephew", "shot dead his former employer": the object of a killing verb is
        # a person the lexicon lacks
        for k, word in enumerate(lower):
            acronym = words[k][0].isupper() and len(word) <= 5  # "killing a VDP"
            if not word.replace("-", "").isalpha() or not (words[k][0].islower() or acronym) or word in _OBJECT_END \
                    or word in _OBJECT_NOT_PERSON:
                break
            nxt = p.next_word.match(text, words[k][1], words[k][1] + 60)
            following = nxt.group(1).lower() if nxt else ""
            if following in _OBJECT_NOT_PERSON or following[:1].isdigit() or p.small_number.fullmatch(following):
                break
            if nxt is None or following in _OBJECT_END or text[words[k][1]:nxt.start(1)].strip():
                if word in p.non_person_word:
                    break
                return [(start, words[k][1], word)]
    if kind in ("a", "an"):
        if len(words) == 3 and (w := p.next_word.match(text, words[2][1], words[2][1] + 60)):
            words.append((w.group(1), w.end()))  # "an abducted Chinese engineer was found dead"
            lower.append(w.group(1).lower())
        for k in range(1, len(words)):
            # "and an Irish conservationist were killed": a plural verb after a coordination
            plural_ok = lower[k] in ("were", "have") and p.and_before.search(text, max(0, start - 6), start)
            if (lower[k] in ("was", "has") or plural_ok) \
                    and p.was_killed_after.match(text, words[k - 1][1], words[k - 1][1] + 80):
                noun = lower[k - 1]
                acronym = words[k - 1][0].isupper() and len(noun) <= 4  # "an IDP was killed"
                if noun.isalpha() and (words[k - 1][0].islower() or acronym) and noun not in p.non_person_word:
                    return [(start, words[k - 1][1], noun)]
                break
    return []


_HOUSEHOLDS = frozenset({"families", "households"})
_SUBJECT_STOP = frozenset({"and", "or", "but", "while", "who", "which", "that", "as"})


def _subject(after: str, p: _Patterns) -> str | None:
    # not "killed five, officials said"; a closing quote is no word ("killed 'dozens' of the attackers")
    words: list[str] = [w for w in p.words.findall(p.phrase_end.split(after[:40], 1)[0]) if w.strip("'’-")]
    lower = [w.lower().strip("'’") for w in words[:3]]  # "'more than 100 terrorists' were neutralised"
    # not "killing 15 and abducting drivers": the noun of another verb
    stop = next((k for k, w in enumerate(lower) if w in _SUBJECT_STOP), len(lower))
    k = next((k for k, w in enumerate(lower[:stop]) if w in p.person_noun), None)
    noun = None if k is None else lower[k]
    if k and noun in ("members", "member") and (words[k - 1][:1].isupper() or lower[k - 1] in _GROUP_MEMBERS):
        return f"{lower[k - 1]} {noun}"  # "2 VDP members", "4 gang members": a side, not people in general
    if noun is None and (demonym := p.demonym_after.match(after)):
        noun = demonym.group(1).lower()  # "four Afghans", "two Palestinians": people named by nationality
    if noun is None and words and p.acronym.fullmatch(words[0]) and (len(words) == 1 or words[1].islower()):
        noun = words[0].lower()  # "killed 3 ADF in pursuit operations": members of the group the acronym names
    return noun


def _cue_around(left: str, right: str, right_full: str, p: _Patterns) -> tuple[str | None, str | None]:
    """The category the nearest casualty word gives a figure, and which side it was on.

    A cue right before the figure ("killing 3") wins over one after it ("3 people were killed"), which is passed
    over when it only describes the people ("12 displaced people"). "Two of the wounded later died" counts the dead.
    """
    left_m = p.left_cue.search(left) or p.toll_before.search(left)
    if left_m and _cue_of(left_m.group("cue"))[1] == "noun" and p.and_verb.search(left, left_m.end("cue")):
        left_m = None  # "received 26 bodies and treated 55 injured people": a second verb, a figure of its own
    right_m = p.right_cue.match(right) or p.relative_clause_cue.match(right) or p.relative_died.match(right)
    if right_m and _cue_of(right_m.group("cue"))[1] == "total":
        right_m = None  # "the governor put the toll at 5": the toll is the 5, not the governor
    # (not "6,200 people fled the violence": what people flee is no person)
    if right_m and _cue_of(right_m.group("cue")) not in (("displaced", "verb"),) \
            and _cue_of(right_m.group("cue"))[1] == "verb" and right_m.group("cue").lower() not in _INTRANSITIVE \
            and p.object_after.match(right_full, right_m.end()) \
            and not p.passive.search(right, 0, right_m.start("cue")):
        right_m = None  # "a suicide bomber killed 9 people": the figure is the killer, not the killed
    if right_m and right_m.group("cue").lower().endswith("ing") and right_m.group("cue").lower() != "missing":
        right_m = None  # "30 passengers near Kaduna, killing the driver": a participle opens a new clause
    if right_m and _cue_of(right_m.group("cue"))[0] not in ("killed", "injured"):
        # "3 displaced people died", "twelve refugees drowned": the first word describes the people, the verb counts
        blanked = " " * right_m.end() + right[right_m.end():]  # keeps offsets into `right`
        verb = p.right_cue.match(blanked)
        if verb and _cue_of(verb.group("cue")) == ("killed", "verb") and not verb.group("cue").lower().endswith("ing"):
            right_m = verb
    if right_m and _cue_of(right_m.group("cue"))[1] == "noun" \
            and p.acted_on_deaths.search(right, 0, right_m.start("cue")):
        right_m = None  # "the gang leader ordered the killings": the one who acted on the deaths, not one of them
    np_words = p.letters.findall(right[:right_m.start("cue")].lower()) if right_m else []
    if any(w in p.non_person_word for w in np_words) and not any(w in p.person_noun for w in np_words):
        right_m = None  # "in at least 20 states, has killed 1 person"
    if right_m:
        rest = right[right_m.end():]
        later = p.later_cue.match(rest)
        if later:
            return _cue_of(later.group("cue"))[0], "later"
        if _cue_of(right_m.group("cue"))[0] == "injured" and p.died_after.search(rest):
            return "killed", "later"
        # "5 killed, 8 hurt"; but a noun naming the people ("killing 70 detainees") leaves the verb before it the cue
        immediate = not right[:right_m.start("cue")].strip(" '\"‘“") and _cue_of(right_m.group("cue"))[1] != "noun"
        # "freed 354 hostages, 37 of whom were injured": the clause's own verb
        immediate = immediate or bool(p.of_whom_were.fullmatch(right, 0, right_m.start("cue")))
        # "3 worshippers died, 15 were wounded": a verb before a comma closed the figure before
        # ("26 hostages, 33 militants killed": a noun before a comma names the figure before)
        immediate = immediate or bool(left_m and "," in left[left_m.end("cue"):] and (
            _cue_of(left_m.group("cue"))[1] == "verb"
            or (_cue_of(left_m.group("cue"))[1] == "noun" and _cue_of(right_m.group("cue"))[1] == "verb"))
            and right_m.group("cue").lower() != "killing")
        if (left_m is None or immediate) and not p.adjective_use.match(rest):
            return _cue_of(right_m.group("cue"))[0], "right"
    if left_m:
        category, kind = _cue_of(left_m.group("cue"))
        return category, "left" if kind == "verb" else "left-noun"
    if right_m:
        return _cue_of(right_m.group("cue"))[0], "right"
    return None, None


def _classify(items: list[_Item], text: str, p: _Patterns) -> None:
    bounds = _clause_bounds(text, p)
    clauses = [_clause_of(bounds, it.start, len(text)) for it in items]
    for i, item in enumerate(items):
        if item.unit or item.attributive or (isinstance(item.low, float) and not item.low.is_integer()):
            continue
        cs, ce = clauses[i]
        left_from = max(cs, item.start - 100)
        if i and clauses[i - 1] == clauses[i]:
            left_from = max(left_from, items[i - 1].end)
        right_to = min(ce, item.end + 120)
        if i + 1 < len(items) and clauses[i + 1] == clauses[i]:
            right_to = min(right_to, items[i + 1].start)
        left, right = text[left_from:item.start], text[item.end:right_to]
        if not item.singular:
            kin = p.kin_of_before.search(left)  # "a family of six, including four children, was killed"
            item.subject = kin.group(1).lower() if kin else _subject(right, p)
        if p.non_person_after.match(right) and _subject(right, p) is None:
            continue  # "killed 15 cattle", "15 of his cattle"; not "4 suspected cattle thieves"
        right_full = text[item.end:min(ce, item.end + 120)]
        item.category, item.cue_side = _cue_around(left, right, right_full, p)
        if item.category is None and not item.singular and (aside := p.aside_after.match(right_full)):
            bare = right_full[:aside.end("noun")] + right_full[aside.end():]
            item.category, item.cue_side = _cue_around(left, bare, bare, p)
        if item.category is None and p.lost_before.search(left) and (
                item.subject is not None or p.own_after.match(right)
                or (p.said_lost_before.search(left) and p.bare_after.match(right))):
            item.category, item.cue_side = "killed", "left"  # "while losing one soldier", "lost 5 of their own"
            if item.subject in _LOST_GENERIC:
                item.subject = None  # "the KIA said it lost 2 men": its own fighters, whatever the noun
        if item.singular and item.category in (None, "abducted", "detained", "missing") \
                and p.bodies_of_before.search(left):
            item.category, item.cue_side = "killed", "noun"  # "the body of a pastor abducted on 20 February was found"
        if item.singular and item.category and p.source_after.match(text, item.end, min(ce, item.end + 80)):
            item.category = None  # "four fighters were also killed, a spokesman for the group said": the source
        if item.category == "killed" and p.sentenced.search(text, max(cs, item.start - 40), item.start):
            item.category = None  # "sentenced 4 men to death"
        if item.singular and item.category is None and item.subject is not None and item.subject in _cues() \
                and (text[item.start:item.start + 2].lower() in ("a ", "an") or p.body_found.match(right)):
            item.category, item.cue_side = _cue_of(item.subject)[0], "noun"  # "a body was found"
    # Coordinated groups share a cue: "killed 2 soldiers and 1 civilian", "2 soldiers and 1 civilian were killed".
    for _ in range(3):
        changed = False
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            if clauses[i] != clauses[i + 1] or (a.category is None) == (b.category is None):
                continue
            # "the mayor of Tacambaro (Michoacan) and his bodyguard": a place in parentheses is no word of the link
            link = p.paren_aside.sub("", text[a.end:b.start])
            target = b if a.category else a
            elliptical = target is b and (p.more_after.match(text, b.end, b.end + 60)
                                          or (b.singular and p.ordinal_person.match(text, b.start, b.end))) \
                and not (p.non_person_after.match(text[b.end:b.end + 60])  # "three died ... and one more"
                         and not p.from_place.match(text, b.end, b.end + 8))  # "and 10 from surrounding homes"
            # "in Mushu they killed 8 people, in Darwat 5": a place before the elliptical figure
            elliptical = elliptical or (target is b and bool(p.place_link.match(link)))
            # ("three bodies were found in a village in Jiribam on Friday and three more in a river")
            if not (p.link.match(link) or (elliptical and (p.place_link.match(link) or p.long_link.match(link)))) or (
                    # "found 12 bodies on Tuesday, including three women": the first figure's own noun is no other cue
                    not elliptical and any(w in _cues() and w != a.subject for w in p.letters.findall(link.lower()))):
                continue
            pair = text[target.start:target.end].lower() in ("the couple", "a couple")  # "the couple and their son"
            definite = text[target.start:target.start + 4].lower() == "the "
            other = a if target is b else b
            # "both the driver and the passenger died": two definite people share the word
            pair = pair or (definite and target.singular and other.singular
                            and text[other.start:other.start + 4].lower() == "the ")
            # "killed 7 guests and the groom": a definite person closing the object of the same verb
            pair = pair or (definite and target is b and b.singular and bool(p.and_before.search(link))
                            and bool(p.object_close.match(text, b.end, b.end + 12)))
            # "The judge and his son died in the fire": a definite person and one of his own share the verb
            pair = pair or (definite and target is a and a.singular and b.singular and link.strip().lower() == "and"
                            and text[b.start:b.start + 6].lower().startswith(("his ", "her ", "their ")))
            if target is a and p.of_whom_were.match(text, b.end, b.end + 30):
                continue  # "received 179 patients, 21 of whom were declared dead": the dead are the part
            if target.unit or target.attributive or (definite and not pair) \
                    or (target.subject is None and not elliptical and not pair) \
                    or p.speaker_after.match(text, target.end, target.end + 40):  # ", a regional official said"
                continue
            target.category = a.category or b.category
            target.cue_side = "link"
            changed = True
        if not changed:
            break
    # "Gunmen shot a trader. He died on the way to hospital."
    for i, item in enumerate(items):
        if item.singular and item.category is None and p.pronoun_died.match(text, clauses[i][1], clauses[i][1] + 80):
            item.category, item.cue_side = "killed", "pronoun"
    # "a fighter killed a trader and was later lynched", "a man set himself on fire ... and died": the subject dies
    for i, item in enumerate(items):
        # ("one student was shot and later died": a figure too)
        counted = not item.singular and item.subject is not None and not item.unit and not item.attributive
        if (item.singular or counted) and item.category is None and (i == 0 or clauses[i - 1] != clauses[i]):
            died = p.and_subject_died.search(text, item.end, min(clauses[i][1], item.end + 150))
            # (an object of a verb in between is no subject of "and was lynched": "a man stabbed a policeman and was
            # later lynched by the crowd" is the man)
            if died and not any(((it.singular and it.category is None) or counted)
                                and item.end < it.start < died.start()
                                and not (died.group().lower().startswith("and was")
                                         and p.object_of_verb_before.fullmatch(text, item.end, it.start))
                                for it in items[i + 1:i + 4]):
                item.category, item.cue_side = "killed", "pronoun"
    # "..., bringing the total to 40": a running total takes the category of the figure it updates.
    for i, item in enumerate(items):
        if item.category is None and i and not item.unit and not item.attributive \
                and (p.total_before.search(text[max(0, item.start - 80):item.start])
                     or p.put_at_before.search(text, max(0, item.start - 60), item.start)):
            previous = None
            for j in range(i - 1, -1, -1):
                if item.start - items[j].end >= 150:
                    break
                if items[j].category:
                    previous = items[j]
                    break
            if previous is not None:
                item.category, item.cue_side = previous.category, "total"
    # "Four of the ship's 22 crew members are missing", "three of the 12 passengers died": the first figure counts,
    # the second is the whole it is taken from
    for a, b in itertools.pairwise(items):
        if a.category is None and b.category and not a.singular and not a.unit \
                and p.part_of_whole.fullmatch(text, a.end, b.start):
            a.category, a.cue_side, a.subject, b.category = b.category, b.cue_side, b.subject, None
    sides_dead: set[str | None] = set()
    last_category: str | None = None  # of the figure before, in reading order
    for i, item in enumerate(items):
        if item.category:
            _read_role(item, text, clauses[i], p)
            if item.role == "subset" and item.category == "killed" and last_category in _NOT_DEAD_YET \
                    and (items[i - 1].category is not None or items[i - 1].singular) \
                    and p.of_whom_after.match(text, item.end, item.end + 20):
                item.role = "additional"  # "wounded 3 others, one of whom later died": one more dead
            if item.role == "subset" and i and items[i - 1].category is None and not items[i - 1].unit \
                    and not items[i - 1].singular and p.of_whom_after.match(text, item.end, item.end + 20) \
                    and p.comma_between.match(text[items[i - 1].end:item.start]):
                item.role = None  # "received 179 patients, 21 of whom were declared dead": the first count of dead
            last_category = item.category
            if item.singular and i and items[i - 1].singular and items[i - 1].category == item.category \
                    and p.apposition_link.match(text[items[i - 1].end:item.start]) \
                    and not p.list_goes_on.match(text[item.end:item.end + 16]):
                item.role = "restated"  # "found the body of a third person, a security guard at the port": the same
            of_the = p.of_the_people.match(text, item.end, item.end + 60) if item.role == "subset" else None
            if of_the and of_the.group(1).lower() in p.person_noun and item.category == "killed":
                side = _side(of_the.group(1).lower())
                # "killing 5 civilians. 3 of the attackers were killed": not of the dead; nor are those a verb of
                # their own kills ("killing 13 IDPs; troops killed 10 of the insurgents")
                own_verb = item.cue_side == "left" and side in ("armed", "state")
                if side is not None and side not in sides_dead and (own_verb or None not in sides_dead):
                    item.role = None
            if item.category == "killed" and item.role != "subset":
                sides_dead.add(_side(item.subject))
            if item.role == "additional" and item.subject in ("others", "other") and not item.singular:
                # "killed five people ... and injured 12 others": others than the dead, no more of the injured
                k = i
                while k and clauses[k - 1] == clauses[i]:
                    k -= 1
                same = [it.category for it in items[k:i] if it.category]
                if same and item.category not in same:
                    item.role = None
    # "Somalia: hotel siege ends, 21 killed ... ended a siege on Saturday, after an attack that killed at least 21
    # people": the lead's attack is the headline's, the report's own event, not an earlier one
    if (body := _body_start(text, p)) and any(it.role == "reference" and it.start >= body for it in items):
        stop = p.full_stop.search(text, body)
        lead_end = stop.end() if stop else len(text)
        told = {(it.low, it.category) for it in items if it.start < body and it.category and it.role is None}
        for item in items:
            if item.role == "reference" and body <= item.start < lead_end and (item.low, item.category) in told:
                item.role = None
    # A breakdown after a figure is a subset of it: "6 people - 4 soldiers and 2 civilians -", "killed 8: 5 ... and 3".
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        if b.category is None or b.role is not None or clauses[i - 1] != clauses[i]:
            continue
        between = text[a.end:b.start]
        if (a.category == b.category and a.role != "subset" and p.breakdown.match(between)) or (
                a.role == "subset" and a.category == b.category and p.link.match(between)
                and (b.cue_side != "right" or a.cue_side == "right")):  # "..., and a policeman was burned to death"
            b.role = "subset"
    _appositions(items, clauses, text, p)


def _appositions(items: list[_Item], clauses: list[tuple[int, int]], text: str, p: _Patterns) -> None:
    """People listed after a comma that add up to the figure before them name its members, they are no more.

    "3 members of the same family, a man, his wife and their son, were killed" is 3.
    """
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        if clauses[i - 1] == clauses[i] and a.category and a.category == b.category and b.role is None \
                and p.comma_between.match(text[a.end:b.start]) and p.all_of_them.match(text, b.start, b.end):
            b.role = "subset"  # "killed its two occupants, both HTS members"
    for i, a in enumerate(items):
        if a.singular or a.category is None or a.role is not None or a.low != a.high or not a.low \
                or a.subject not in _GENERIC_PEOPLE:
            continue  # "killed 2 soldiers, a civilian and a child" is four
        total, j = 0, i + 1
        while j < len(items) and clauses[j] == clauses[i] and items[j].category == a.category \
                and items[j].role is None and total < a.low:
            between = text[items[j - 1].end:items[j].start]
            if not p.link.match(between) or (j == i + 1 and "," not in between):
                break
            if items[j].subject in _GENERIC_PEOPLE or items[j].subject is None:
                break  # "3 people in El Salado, 2 people in Santa Marta": places, not members
            total += int(items[j].low)
            j += 1
        if j - i > 2 and total == a.low:
            for item in items[i + 1:j]:
                item.role = "subset"


def _read_role(item: _Item, text: str, clause: tuple[int, int], p: _Patterns) -> None:
    window = text[max(0, item.start - 120):item.start]
    if ((p.reference_before.search(window) or p.reference_event.search(window))
            and not p.rescue_raid_before.search(window)) or p.year_event_before.search(window) \
            or p.since_when_before.search(text, max(0, item.start - 200), item.start):
        item.role = "reference"
        return
    if item.singular and p.predicate_before.search(text, max(0, item.start - 5), item.start) \
            and not p.subset_before.search(text[max(0, item.start - 80):item.start]):
        item.role = "restated"  # "one of those killed was a union leader": says who, counts no one more
        return
    if item.singular and p.ordinal_person.match(text, item.start, item.end):
        item.role = "additional"  # "4 killed; a fifth person died later": one more, whoever gives the news
        return
    if item.singular and p.possessive_body.match(text, item.start, item.end):
        item.role = "restated"  # "killed a caretaker; his body was found in a well": the same man, if named before
        return
    if item.singular and p.the_noun_comma_before.search(text, max(0, item.start - 40), item.start) \
            and p.killed_earlier.search(text, _body_start(text, p), max(0, item.start - 40)):
        # "accused Hamas of killing one of its soldiers ... The soldier, a reservist, was killed": the same man
        item.role = "restated"
        return
    if item.singular and p.name_comma_before.search(text[max(0, item.start - 40):item.start]) \
            and p.killed_earlier.search(text, max(0, item.start - 60), item.start):  # not "in Cite Soleil, a ..."
        item.role = "restated"  # "killed Abdullahi Musa, a ward councillor": the same man
        return
    if item.cue_side == "later":
        item.role = "additional"  # "two of the wounded later died": new deaths, not a part of an earlier figure
        return
    if text[item.start:item.end].lower() == "one" and p.one_the_other_after.match(text, item.end, item.end + 120):
        item.role = "subset"  # "shot dead two protesters. One was killed near parliament and the other in Kibera"
        return
    cs, ce = clause
    before = text[max(cs, item.start - 80):item.start]
    after = text[item.end:min(ce, item.end + 60)]
    if p.superseded_count.search(before) or p.superseded_after.match(after):
        # "which had earlier reported 6 deaths", "authorities earlier put the toll at three": the same dead, counted
        # before, not another source's rival count
        item.role = "restated"
        return
    if p.put_at_before.search(before):
        return  # another source's count: casualty_totals weighs it against the others
    if p.year_event_after.match(after):
        item.role = "reference"
        return
    if p.subset_after.match(after) and p.killing_verb_before.search(before):
        # "the army ... had killed two of them" (of the attackers) after dead counted in the body: more dead; with
        # none before ("stopped a bus ... and killed nine of them"), the first count of the dead
        item.role = "additional" if p.killed_earlier.search(text, _body_start(text, p), cs) else None
        if p.since_after.match(after) or p.period_after.match(after):
            item.role = "background"  # "had killed more than 50 of the militants in air strikes since January"
        return
    if p.wounded_of_whom_before.search(before) and p.died_after.search(text, item.end, min(ce, item.end + 30)):
        item.role = "additional"  # "30 people were injured, of whom 3 died later": dead the toll did not count
    elif p.subset_before.search(before) or (p.subset_after.match(after) and not p.also_after.match(after)):
        item.role = "subset"  # not "2 of the gunmen were also killed": more dead
    elif p.since_before.search(before):
        item.role = "background"
    elif (p.lost_before.search(before) or p.claim_before.search(before) or p.said_before.search(before)) \
            and (p.period_after.match(after) or p.since_after.match(after)):
        item.role = "background"  # "said Ukraine had lost up to 210 servicemen over the past 24 hours"
    elif p.claim_before.search(before) and not (item.kind == "vague" and before.endswith(("'", '"', "‘", "“"))):
        # not "the army said it killed 'dozens' of terrorists": a side's quoted vague count of the other side's dead
        item.role = "claim"  # "Al Shabaab claimed it killed 20 soldiers": counted only without a reported figure
    elif p.total_before.search(before) or p.total_after.match(after) \
            or p.toll_before.search(text, max(cs, item.start - 120), item.start) \
            or p.toll_with_before.search(text, max(cs, item.start - 120), item.start) \
            or p.total_word.match(text, item.start + 2, item.end):  # "a total of 79 inmates died"
        # "bringing the number killed in the area this week to 37": a tally of a period, not of this event
        # ("bringing to 11 the number of people killed since the July 28 vote")
        item.role = "background" if p.period_before.search(before) \
            or p.since_after.match(text, item.end, min(ce, item.end + 100)) else "total"
    elif (p.remains_of_before.search(before) or item.subject in _BODY_NOUNS) and (long_dead := p.long_dead_after.match(
            text, body := (item.end if item.end > (lead := _body_start(text, p)) else lead), body + 520)) \
            and (long_dead.group("year") is None
                 or ((year := p.note_year.match(text)) is not None and year.group(1) > long_dead.group("year"))):
        # (a headline's "30 bodies exhumed from mass grave" is dated by the body)
        item.role = "background"  # "a mass grave with the remains of 21 people ... killed years ago": long dead
    elif p.bodies_of_before.search(before):
        pass  # "the bodies of 5 fishermen missing since Tuesday were recovered": found now, whenever they died
    elif (cs and p.month_opens_clause.match(text[cs:cs + 40])) or _earlier_month(item, text, ce, p) \
            or p.month_opens_sentence.search(text, max(cs, item.start - 150), item.start) \
            or _wire_month(item, text, clause, p) \
            or (cs and p.date_opens_clause.match(text[cs:cs + 40]) and not p.dated_note.match(text[:40])) \
            or p.background_before.search(text, max(cs, item.start - 160), item.start) \
            or p.year_war_before.search(before) or p.long_war_before.search(before) \
            or p.background_after.match(text[item.end:min(ce, item.end + 100)]) \
            or (p.pluperfect_before.search(before) and p.past_time_after.match(after)) \
            or p.earlier_event.search(text, max(cs, item.start - 150), item.start) \
            or ((p.perfect_before.search(before) or p.perfect_after.match(after))
                and (p.since_time.search(text, cs, ce) or p.tally_of.search(text, cs, ce))) \
            or _since_earlier_day(text, cs, ce, p) \
            or p.similar_event.search(text, cs, ce):  # "in July, 12 people died in a similar assault"
        item.role = "background"  # a tally of the wider conflict or an earlier event, not this report's
    elif p.additional_before.search(before) or p.additional_after.match(after) \
            or (cs and p.separate_opens_clause.match(text[cs:cs + 40])):
        item.role = "additional"
    elif p.definite_before.search(before) and item.cue_side not in ("left", "link"):  # "a couple and their 3 children"
        # "relatives of the 39 people killed in the Solhan massacre": a named earlier event
        item.role = "reference" if p.named_event_after.match(after) else "restated"


def _since_earlier_day(text: str, cs: int, ce: int, p: _Patterns) -> bool:
    """True for a clause counting "since Friday" in a report whose lead tells an event of another day ("on Sunday").

    "An Iranian missile struck Bat Yam early on Sunday, killing six ... the health ministry said Israeli strikes had
    killed 224 people since Friday": a tally of the days before, not this report's event; "Fighting has killed at least
    80 people since Thursday, the government said on Sunday" counts the report's own fighting.
    """
    since = p.since_weekday.search(text, cs, ce)
    if since is None:
        return False
    body = _body_start(text, p)
    stop = p.full_stop.search(text, body)
    days = {m.group("day") for m in p.event_weekday.finditer(text, body, stop.end() if stop else len(text))}
    return bool(days) and since.group("day") not in days


def _body_start(text: str, p: _Patterns) -> int:
    """Where the body starts: after a first line without a full stop (a headline), else 0."""
    first = p.full_stop_or_line.search(text, 0, min(len(text), 300))
    return first.end() if first and text[first.start()] == "\n" else 0


def _earlier_month(item: _Item, text: str, clause_end: int, p: _Patterns) -> bool:
    """True for a figure placed "in June" by a note dated in another month ("On 17 November 2023, ...")."""
    placed = p.month_in_after.match(text[item.end:min(clause_end, item.end + 100)])
    if placed is None:
        return False
    dated = p.report_month.search(text, 0, min(len(text), 120))
    return dated is not None and dated.group("month")[:3] != placed.group("month")[:3]


def _wire_month(item: _Item, text: str, clause: tuple[int, int], p: _Patterns) -> bool:
    """True for a figure placed "in February" or "in 2023" in a wire report about this week's events ("on Friday").

    "A missile strike on a hotel there in February killed 4 people": an earlier event, told as background.
    """
    cs, ce = clause
    # (a headline's figure too: "UN experts say up to 15,000 killed in El Geneina in 2023")
    if p.dated_note.match(text[:40]) or not p.weekday.search(text, 0, 600):
        return False
    return bool(p.month_in_before.search(text, max(cs, item.start - 90), item.start)
                or p.year_in_before.search(text, max(cs, item.start - 160), item.start)
                or p.year_in_after.match(text[item.end:min(ce, item.end + 100)])
                or p.month_in_after.match(text[item.end:min(ce, item.end + 100)]))


def _estimate(item: _Item) -> int | float:
    if item.kind == "vague" and item.category == "killed" and item.fatalities is not None:
        return item.fatalities
    if item.modifier in ("le", "lt") and item.high is not None:
        return item.high
    return item.low


def _unnumbered_dead(text: str, items: list[_Item], p: _Patterns) -> list[_Item]:
    """People killed without a figure ("killing civilians", "soldiers were killed"): an unknown number of dead.

    Coded like "an unknown number of" (``estimate`` 10) and counted only when the report gives no figure.
    """
    out = []
    bounds: list[int] | None = None
    spans = _SpanSet([(it.start, it.end) for it in items])
    nouns = list(p.killing_plural.finditer(text))
    for verb in p.plural_killed.finditer(text):
        noun = p.noun_before.search(text, max(0, verb.start() - 30), verb.start())
        if noun:
            nouns.append(noun)
    for m in nouns:
        start, end = m.span("noun")
        if m.group("noun").lower() not in p.plural_people or p.figure_before.search(text, max(0, start - 30), start) \
                or p.definite_word_before.search(text, max(0, start - 8), start) \
                or p.none_word_before.search(text, max(0, start - 8), start) \
                or p.denied_word.search(text, max(0, m.start() - 30), start) or not spans.add(start, end):
            continue  # also "the army denied killing civilians": a killing denied counts no dead
        item = _Item(start, end, 1, None, "vague", modifier="unknown", category="killed", cue_side="plural",
                     fatalities=vague_fatalities("an unknown number of"), subject=m.group("noun").lower())
        if bounds is None:
            bounds = _clause_bounds(text, p)
        _read_role(item, text, _clause_of(bounds, start, len(text)), p)
        out.append(item)
    return out


def _pronoun_dead(text: str, items: list[_Item], p: _Patterns) -> list[_Item]:
    """People counted before and killed by a pronoun after: the earlier figure, when it counted no dead.

    "Caught 2 kidnappers and burnt them alive" is 2 dead; "abducted 10 farmers; they were later killed" is 10.
    """
    out = []
    items = sorted(items, key=lambda it: it.start)  # the unnumbered dead were appended after the others
    starts = [it.start for it in items]
    for m in p.pronoun_killed.finditer(text):
        i = bisect.bisect_left(starts, m.start()) - 1
        if i >= 0 and items[i].singular and items[i].category in _NOT_DEAD and m.start() - items[i].end <= 150:
            # "abducted the mayor and his driver; their bodies were found": the people named one by one are dead
            j = i
            while j and items[j - 1].singular and items[j - 1].category == items[i].category \
                    and p.link.match(text[items[j - 1].end:items[j].start]):
                j -= 1
            if j < i:  # a plural pronoun needs two people at least
                out.append(_Item(m.start("span"), m.end("span"), i + 1 - j, i + 1 - j, "numeral", category="killed",
                                 cue_side="pronoun"))
                continue
        while i >= 0 and (items[i].singular or items[i].unit or items[i].attributive):
            i -= 1
        if i < 0 or m.start() - items[i].end > 150 or items[i].category == "killed" or items[i].weak \
                or (items[i].category is None and items[i].subject is None):
            continue
        near = items[i]
        out.append(_Item(m.start("span"), m.end("span"), near.low, near.high, near.kind, modifier=near.modifier,
                         fatalities=near.fatalities, category="killed", cue_side="pronoun", subject=near.subject))
    return out


def parse_quantities(text: str) -> tuple[Quantity, ...]:
    """Find every quantity in ``text``: counts, measures and vague amounts, with bounds, unit and casualty category.

    Dates ("24 February 2022"), times, ages, model numbers and names ("Resolution 2334") are not quantities.
    """
    check_text(text)
    p = _patterns()
    items = _candidate_items(text, p)
    items += _singular_items(text, [(it.start, it.end) for it in items], p)
    items.sort(key=lambda it: it.start)
    _classify(items, text, p)
    items += _unnumbered_dead(text, items, p)
    items += _pronoun_dead(text, items, p)
    items += [_Item(m.start("span"), m.end("span"), 1, 1, "singular", singular=True, category="killed",
                    cue_side="perpetrator", role="additional")
              for m in p.perpetrator_died.finditer(text)]
    items += [_Item(m.start("span"), m.end("span"), 1, 1, "singular", singular=True, category="killed",
                    cue_side="perpetrator", role="additional", subject="perpetrator")
              for m in p.killed_self.finditer(text)]
    bombers = list(p.bomber_killed.finditer(text))
    if bombers:  # not for an earlier event: "in April, a suicide bomber killed three teachers"
        by_start = sorted(items, key=lambda it: it.start)
        starts = [it.start for it in by_start]
        bombers = [m for m in bombers if not (
            (k := bisect.bisect_left(starts, m.end())) < len(by_start)
            and by_start[k].role in ("background", "reference") and by_start[k].start - m.end() < 40)]
    if any(not m.group("the") for m in bombers):  # "the suicide bomber" is the one told before, if any
        bombers = [m for m in bombers if not m.group("the")]
    del bombers[1 if bombers and bombers[0].group("the") else len(bombers):]
    if bombers and not p.bomber_counted.search(text):  # "killing 5, including the bomber" counts him already
        items += [_Item(m.start("span"), m.end("span"), 2 if m.group("twin") else 1, 2 if m.group("twin") else 1,
                        "singular", singular=True, category="killed", cue_side="perpetrator", role="additional",
                        subject="bomber") for m in bombers]
    items.sort(key=lambda it: it.start)
    out = []
    for item in items:
        if (item.weak or item.singular) and item.category is None:
            continue
        estimate = _estimate(item)
        out.append(Quantity(
            start=item.start, end=item.end, text=text[item.start:item.end], low=item.low, high=item.high,
            unit=item.unit, category=item.category, subject=item.subject, modifier=item.modifier,
            role=item.role if item.category else None, estimate=estimate))
    return tuple(out)


class _Sentences:
    """Which sentence (or clause after ";") a position is in, by bisecting the positions of sentence marks."""

    def __init__(self, text: str) -> None:
        self.text = text
        marks = [m.start() for m in _patterns().sentence_mark.finditer(text)] if text else []
        line = text.find("\n", 0, 300)
        if line > 0 and not _patterns().full_stop.search(text, 0, line):
            # "U.S. strike kills 12 fighters, AFRICOM says; locals say civilians among dead": one headline
            marks = [m for m in marks if m >= line]
        self.marks = _cut_long_runs(marks, text, _MAX_SENTENCE)
        self.known = bool(text)
        # a first line without a full stop is a headline ("Colombian army kills 7 ELN rebels")
        self.headline = bool(self.marks) and text[self.marks[0]] == "\n"

    def index(self, pos: int) -> int:
        return bisect.bisect_left(self.marks, pos)

    def span(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence (or clause after ";") holding ``pos``."""
        return self.span_of(self.index(pos))

    def span_of(self, i: int) -> tuple[int, int]:
        """The start and end of sentence ``i``."""
        return (self.marks[i - 1] + 1 if i else 0), (self.marks[i] if i < len(self.marks) else len(self.text))


def casualty_totals(quantities: tuple[Quantity, ...], text: str = "") -> dict[str, CasualtyTotal]:
    """The report's total per casualty category, not counting a restated figure or a subset twice.

    ``text`` is the text the quantities came from; it tells a restatement in a later sentence from a second group
    in the same clause ("2 soldiers and 2 civilians"). Without it, equal figures are taken as restatements.
    """
    if not isinstance(quantities, tuple | list) or not all(isinstance(q, Quantity) for q in quantities):
        raise ArgumentTypeError("quantities must be a tuple of Quantity")
    check_text(text)
    sentences = _Sentences(text)
    totals = {}
    for category in sorted(CATEGORIES):  # alphabetical, as Report.to_dict() writes them
        # ("4,000 families had fled": households, not people)
        figures = [q for q in quantities if q.category == category and q.estimate is not None
                   and q.subject not in _HOUSEHOLDS]
        if not figures:
            continue
        counted = _counted(figures, sentences)
        low = sum(int(q.estimate) for q in counted if q.estimate is not None)
        highs = [q.high for q in counted]
        high: int | None = None if any(h is None for h in highs) else int(sum(h for h in highs if h is not None))
        # "revising an earlier toll of one": a superseded toll is neither a running total nor a rival count
        running = [q for q in figures if q.role == "total" and not _superseded(q, sentences)]
        static = [q for q in running if counted and counted[0].role != "subset" and q.start > counted[0].start
                  and _static_source(q, sentences)]
        if static:  # "10 were killed; other sources said the number of dead was 7": the conservative count
            running = [q for q in running if q not in static]
            lowest = min(static, key=lambda q: q.estimate or 0)
            # "gave a lower toll of 26 civilians killed" weighs against the civilians' count, not the 5 fighters killed
            others = [q for q in counted if not _same_side(q, lowest)
                      or _another_event(text, *sentences.span(q.start), _patterns())]
            same = low - sum(int(q.estimate or 0) for q in others)
            if lowest.estimate is not None and lowest.estimate < same:
                low = int(lowest.estimate) + low - same
                high = None if lowest.high is None or any(q.high is None for q in others) \
                    else int(lowest.high) + sum(int(q.high or 0) for q in others)
        if running:
            best = max(running, key=lambda q: q.estimate or 0)
            later = _after_toll(best, counted, figures, sentences)
            # "recovered 11 more bodies, bringing the death toll to 38", "the toll rose to 14 when three of the wounded
            # died": figures in the toll's own sentence are in it, and weigh nothing against it
            inside = sum(int(q.estimate or 0) for q in counted if q.role == "additional" and sentences.known
                         and sentences.index(q.start) == sentences.index(best.start))
            if later and best.estimate is not None:
                extra = sum(int(q.estimate or 0) for q in later)
                if best.estimate + extra > low - inside:
                    low = int(best.estimate) + extra
                    high = None if best.high is None or any(q.high is None for q in later) \
                        else int(best.high) + sum(int(q.high or 0) for q in later)
            elif best.estimate is not None and best.estimate > low - inside:
                low = int(best.estimate)
                high = None if best.high is None else int(max(best.high, best.estimate))
        if high is not None and high < low:
            high = low
        totals[category] = CasualtyTotal(category, low, high)
    return totals


def _after_toll(best: Quantity, counted: list[Quantity], figures: list[Quantity],
                sentences: _Sentences) -> list[Quantity]:
    """The dead counted after a running total that it does not hold: they add to it.

    "The death toll rose to 31, including 18 soldiers. It said all 33 attackers had been killed": a toll counts the
    victims, attackers counted after it are more dead (unless the toll's sentence or one before names attackers).
    "The toll had risen to 14 ... Elsewhere, shelling killed two people in Kherson": another event is more dead.
    """
    if not sentences.known:
        return []
    p = _patterns()
    at = sentences.index(best.start)
    after = [q for q in counted if q.estimate is not None and sentences.index(q.start) > at]
    if after and sum(q.estimate or 0 for q in after) == best.estimate:
        return []  # "rose to 82 ... In Kerr County, ... the bodies of 68 people ... Another 14 people died": its parts
    named_before = any(_side(q.subject) == "armed" for q in figures if sentences.index(q.start) <= at)
    # "officers killed four of them": the attackers, more dead than the toll of their victims
    return [q for q in after if (_side(q.subject) == "armed" and not named_before)
            or _another_event(sentences.text, *sentences.span(q.start), p)
            or p.separate_opens_clause.match(sentences.text[slice(*sentences.span(q.start))])
            or (q.role == "additional" and p.of_them_after.match(sentences.text, q.end, q.end + 12))]


def _without_breakdowns(kept: list[Quantity], sentences: _Sentences) -> list[Quantity]:
    """Drop figures that break an earlier one down by place ("3 killed. Two died in Migori and one in Kisumu")."""
    p = _patterns()
    groups: dict[int, list[Quantity]] = {}
    for q in kept:
        groups.setdefault(sentences.index(q.start), []).append(q)
    first_said: dict[Any, int] = {}  # estimate -> the first sentence giving it
    lower_bounds: list[tuple[float, int]] = []  # "more than 70": a breakdown may sum to a little more
    for q in kept:
        if q.role is None:
            first_said.setdefault(q.estimate, sentences.index(q.start))
            if q.modifier in ("gt", "ge") and q.estimate:
                lower_bounds.append((q.estimate, sentences.index(q.start)))

    def said_before(total: float, index: int) -> int:
        """The first sentence before ``index`` giving ``total`` ("more than 70" for 35 + 32 + 4), else ``index``."""
        said = first_said.get(total, index)
        if said >= index:
            said = min((i for bound, i in lower_bounds if bound < total <= bound * 1.1 + 1 and i < index),
                       default=index)
        return said

    dropped: set[int] = set()
    for index, group in groups.items():
        # ("Three bodies were found in Jiribam on Friday and three more in a river on Saturday" after "Six")
        if len(group) > 1 and all(q.role in (None, "additional") and q.estimate is not None for q in group) \
                and any(q.role is None for q in group) \
                and (said := said_before(sum(q.estimate or 0 for q in group), index)) < index:
            if said == 0 and sentences.headline:  # a headline's "64" sums the body's "49 civilians ... 15 soldiers"
                total = sum(q.estimate or 0 for q in group)
                dropped.update(id(q) for q in groups[0] if q.estimate == total and q.role is None)
            else:
                dropped.update(id(q) for q in group)
    # A breakdown by side over consecutive sentences: "killed at least eight people. A Taliban spokesman said three
    # civilians and two guards had been killed. A Pakistani official said three soldiers were killed."
    order = sorted(groups)
    for k, index in enumerate(order):
        run: list[Quantity] = []
        for step, nxt in enumerate(order[k:k + 3]):
            if nxt != index + step or any(id(q) in dropped for q in groups[nxt]) \
                    or not all(q.role in (None, "additional") and q.estimate is not None for q in groups[nxt]):
                break
            run += groups[nxt]
            said = first_said.get(sum(q.estimate or 0 for q in run), index)
            # two figures only when they count one side: "killed eight men ... Three more people were beheaded in
            # Mbau" after "beheaded at least 11", not "two militants ... A police officer later died" after "3"
            if step and (len(run) > 2 or (len(run) == 2 and _same_side(*run)
                                          and not any(p.one_person.match(q.text) for q in run))) and said < index:
                dropped.update(id(q) for q in run)
                break
    # The reverse: "killed a local chief and his two wives. 3 fatalities." sums the people listed before it.
    listed, listed_sum = 0, 0.0  # the figures kept before this sentence, and their sum
    for index in sorted(groups):
        group = groups[index]
        if len(group) == 1 and listed > 1 and (q := group[0]).role is None and q.subject in _SUM_SUBJECTS \
                and q.estimate == listed_sum and not p.other_event.search(sentences.text, *sentences.span(q.start)):
            dropped.add(id(q))
        kept_here = [q.estimate or 0 for q in group if id(q) not in dropped]
        listed, listed_sum = listed + len(kept_here), listed_sum + sum(kept_here)
    return [q for q in kept if id(q) not in dropped] if dropped else kept


def _superseded(q: Quantity, sentences: _Sentences) -> bool:
    return sentences.known and bool(_patterns().superseded_before.search(sentences.text, max(0, q.start - 40), q.start))


def _static_source(q: Quantity, sentences: _Sentences) -> bool:
    """True for a total another source gives ("residents said the toll was 7"), not one that rose."""
    if not sentences.known:
        return False
    p = _patterns()
    start, end = sentences.span(q.start)
    return bool(p.sourced.search(sentences.text, start, end)) and not p.rising.search(sentences.text, start, end) \
        and not p.total_after.match(sentences.text, q.end, end) \
        and not p.total_word.search(sentences.text, max(start, q.start - 12), q.end)  # "a total of 79"


def _counted(figures: list[Quantity], sentences: _Sentences) -> list[Quantity]:
    """The figures that add up to the total: distinct groups, without restatements, subsets and running totals."""
    if sentences.known:
        figures = _without_body_counts(_without_denied(figures, sentences), sentences)
        figures = _rest_as_subsets(figures, sentences)
    # "killed a Hamas commander ... Hamas said three of its members were killed with him": his companions add to
    # one person named, and are a part of a count ("the strike killed five people")
    if sentences.known and any(q.role == "subset" for q in figures):
        with_him = _patterns().with_him_after
        # counted within the event: "Separately, ... an air strike had killed a senior commander ... two of his aides
        # were killed with him" after "strikes killed five people in Khan Younis"
        opened = [m.end() for m in _patterns().event_boundary.finditer(sentences.text)]

        def companions(q: Quantity) -> bool:
            since = opened[k - 1] if (k := bisect.bisect_left(opened, q.start)) else 0
            return q.role == "subset" and bool(with_him.match(sentences.text, q.end, q.end + 60)) and all(
                r.estimate == 1 for r in figures if r.role in (None, "additional") and since <= r.start < q.start)

        figures = [attrs.evolve(q, role="additional") if companions(q) else q for q in figures]
    # A claim ("the army claimed to have killed 4") counts unless it competes with a figure reported before it.
    reported = [q for q in figures if q.role in (None, "additional")]
    first_reported = min((q.start for q in reported), default=None)
    # ("On Friday, security forces said they had killed eight militants in an operation in Lakki Marwat": the claim of
    # another event competes with none)
    claims = [q for q in figures if q.role == "claim" and (
        first_reported is None or q.start < first_reported
        or _other_group(q, [r for r in reported if r.start < q.start])
        or (sentences.known and (_another_event(sentences.text, *sentences.span(q.start), _patterns())
                                 or _clash_apart(q, first_reported, sentences))))]
    # "exhumed 30 bodies from a mass grave ... The victims, including four women": a part of a background figure
    earliest_background = min((q.start for q in figures if q.role in ("background", "reference")), default=None)
    for pool in (
        sorted([*reported, *claims], key=lambda q: q.start),
        [q for q in figures if q.role == "subset" and (earliest_background is None or q.start < earliest_background)],
        [q for q in figures if q.role == "restated"],  # "the 2 occupants died": a first mention after all
    ):
        if any(q.modifier != "unknown" for q in pool):
            pool = [q for q in pool if q.modifier != "unknown"]  # an unnumbered group only counts alone
        # "killed dozens; local sources reported at least 30 dead": a figure in another clause refines a vague one
        # ("it said numerous assailants were killed" after "killed 14 soldiers" counts another side)
        if sentences.known:
            exact: dict[str | None, set[int]] = {}  # side -> up to two sentences with an exact figure for it
            for k in pool:
                if k.modifier in ("vague", "unknown") or (sentences.headline and sentences.index(k.start) == 0):
                    continue  # a headline's figure sums the report up, it refines nothing
                if len(found := exact.setdefault(_side(k.subject), set())) < 2:
                    found.add(sentences.index(k.start))
            # ("residents said dozens of civilians had also been killed ... at least 40 civilians had been buried":
            # an "also" figure gives way to an exact one for its own side only)
            pool = [q for q in pool if not (q.modifier == "vague" and _contrasted(q, pool, sentences))]
            pool = [q for q in pool if not (
                q.modifier == "vague" and not _state_kill(q, sentences) and not _told_apart(q, sentences) and (
                    (q.role != "additional" and _exact_elsewhere(q, exact, sentences))
                    or (q.role == "additional" and _side(q.subject) is not None
                        and bool(exact.get(_side(q.subject), set()) - {sentences.index(q.start)}))))]
        kept: list[Quantity] = []
        # (estimate, vague) -> sentence index -> subjects already counted with that figure ("12 villagers" in a
        # headline is the body's "at least 12 people")
        seen: dict[Any, dict[int, set[str | None]]] = {}
        headline_unnamed: dict[Any, int] = {}  # (estimate, vague) -> index in kept of a headline figure naming no one
        headline_open: dict[Any, list[int]] = {}  # (estimate, vague) -> where in kept are headline figures untold
        for q in pool:
            # "several gang members" (coded 10) restates no "10 people": a vague figure only restates a vague one
            key = (q.estimate, q.modifier == "vague")
            where = seen.setdefault(key, {})
            sentence = sentences.index(q.start) if sentences.known else -1
            if q.role != "additional" and where and _restates(q, sentence, where, sentences):
                if q.subject is not None and key in headline_unnamed:
                    # the body's "12 soldiers" names the people of the headline's "12": keep the one with a side
                    kept[headline_unnamed.pop(key)] = q
                if headline_open.get(key):
                    headline_open[key].pop()
                continue
            if q.role == "additional" and headline_open.get(key) and sentence > 0:
                # "4 crew killed, 15 missing" in the headline, "adding that 15 others remained missing" in the body:
                # others than the rescued, the headline's figure told (the body's, which says where and when)
                kept[headline_open[key].pop()] = q
                continue
            if sentences.headline and sentence == 0:
                headline_open.setdefault(key, []).append(len(kept))
            where.setdefault(sentence, set()).add(q.subject)
            if sentences.headline and sentence == 0 and q.subject is None:
                headline_unnamed[key] = len(kept)
            kept.append(q)
        if kept and sentences.known and (parts := [q for q in figures if q.role == "subset"]):
            kept = [q for q in kept if not _rest_of_whole(q, kept, parts, sentences)]
        if kept:
            return _conservative(kept, sentences) if sentences.known else kept
    return []


_BODY_NOUNS = frozenset({"bodies", "corpses", "remains"})
# A figure of these restates the people counted one by one before it ("... his two wives. 3 fatalities").
_SUM_SUBJECTS = frozenset({None, "people", "persons", "individuals", "victims", "bodies", "corpses"})


def _told_apart(q: Quantity, sentences: _Sentences) -> bool:
    """True when ``q``'s sentence tells another event or opens with a place of its own ("In Nyala, ...")."""
    p, text = _patterns(), sentences.text
    start, end = sentences.span(q.start)
    return _another_event(text, start, end, p) or bool(p.place_opens.match(text, start, min(end, start + 60)))


def _clash_apart(claim: Quantity, first: int, sentences: _Sentences) -> bool:
    """True when a claim tells of clashes and the first figure of an event that was none.

    "A drone strike on a market killed at least 30 people ... A Fano commander said his fighters had killed 12 federal
    soldiers in clashes near the town": the claim counts other dead than the strike's.
    """
    clash, text = _patterns().clash, sentences.text
    return bool(clash.search(text, *sentences.span(claim.start))) \
        and not clash.search(text, sentences.span(first)[0], first)


def _contrasted(q: Quantity, pool: list[Quantity], sentences: _Sentences) -> bool:
    """True when an exact figure before ``q`` in its sentence is another source's account of the same event."""
    start, text, p = sentences.span(q.start)[0], sentences.text, _patterns()
    return any(k.modifier not in ("vague", "unknown") and start <= k.start < q.start
               and p.contrast_claim.match(text, k.end, q.start) for k in pool)


def _exact_elsewhere(q: Quantity, exact: dict[str | None, set[int]], sentences: _Sentences) -> bool:
    """True when another sentence gives an exact figure for the same side (or unnamed people) as ``q``."""
    side, here = _side(q.subject), {sentences.index(q.start)}
    return any(bool(found - here) for s, found in exact.items() if side is None or s is None or s == side)


def _rest_as_subsets(figures: list[Quantity], sentences: _Sentences) -> list[Quantity]:
    """The rest of a figure after a part of it is a part too.

    "found 20 bodies, including four decapitated men ... Sixteen other bodies were found in a van": the sixteen are
    the other part of the twenty, not more dead.
    """
    out = list(figures)
    rest = _patterns().rest_after
    for k, q in enumerate(out):
        if q.role != "additional" or q.estimate is None or not rest.match(sentences.text, q.end, q.end + 30):
            continue
        # within a sentence or two (characters: "\n\n" between paragraphs makes an empty sentence)
        part = next((s for s in reversed(out[:k]) if s.role == "subset" and q.start - s.end <= 300), None)
        if part is None or part.estimate is None:
            continue
        if any(w.role is None and w.start < part.start and w.estimate == part.estimate + q.estimate
               and part.start - w.end <= 300 for w in out[:k]):
            out[k] = attrs.evolve(q, role="subset")
    return out


def _without_denied(figures: list[Quantity], sentences: _Sentences) -> list[Quantity]:
    """Drop a side's claim of its kills that the other side denies right after ("Ukraine denied the claim").

    The headline's figure equal to a denied claim ("RSF says it killed 40 soldiers") is the same claim.
    """
    p = _patterns()
    text = sentences.text

    def denied(q: Quantity) -> bool:
        start, end = sentences.span(q.start)
        if q.role not in (None, "claim"):
            return False
        if p.said_before.search(text, start, q.start) and p.none_dead_denied_after.match(text[q.end:end + 160]):
            return True  # "PTI said 12 of its workers were killed; the government denied that anyone had been killed"
        return bool(p.own_claim_before.search(text, start, q.start)) \
            and bool(p.denied_after.match(text[end:end + 160]) or p.claim_false_after.match(text[end:end + 160])
                     or p.claim_denied_after.match(text[q.end:end]))

    claims = {q.estimate for q in figures if denied(q)}
    if not claims:
        return figures
    return [q for q in figures if not denied(q)
            and not (q.estimate in claims and sentences.headline and sentences.index(q.start) == 0)]


def _without_body_counts(figures: list[Quantity], sentences: _Sentences) -> list[Quantity]:
    """Drop bodies counted after a larger toll: "17 people were shot dead. Only three bodies were recovered".

    Bodies recovered are some of the dead already counted, not more dead; a larger count, or one a source gives
    ("a Red Cross official said his team buried 25 bodies"), is left to the other rules.
    """
    p = _patterns()
    sourced, text = p.sourced, sentences.text

    def bodies(q: Quantity) -> bool:
        return _counts_bodies(q, text, p)

    tolls = [q for q in figures if not bodies(q) and q.role in (None, "total", "additional")]
    if not tolls:
        return figures
    return [q for q in figures if not (
        bodies(q) and q.role is None and q.estimate is not None
        and not sourced.search(sentences.text, *sentences.span(q.start))
        and any(t.start < q.start and sentences.index(t.start) < sentences.index(q.start)
                and (t.estimate or 0) >= q.estimate for t in tolls))]


def _rest_of_whole(q: Quantity, kept: list[Quantity], parts: list[Quantity], sentences: _Sentences) -> bool:
    """True when ``q`` counts the rest of an earlier toll after the part its sentence named.

    "killing at least 15 people, including 9 soldiers ... A union official said six drivers had been killed": the six
    are the other part of the fifteen, not another source's count of them all.
    """
    if q.role is not None or q.estimate is None or _side(q.subject) is None:
        return False
    at = sentences.index(q.start)
    for r in kept:
        told = sentences.index(_told_in(r, sentences)[0] + 1)
        if r.start >= q.start or told >= at or _side(r.subject) is not None or r.estimate is None:
            continue
        if any(sentences.index(s.start) == told and s.estimate is not None and s.estimate + q.estimate == r.estimate
               and _side(s.subject) != _side(q.subject) for s in parts):
            return True
    return False


def _counts_bodies(q: Quantity, text: str, p: _Patterns) -> bool:
    """True for a count of bodies: "3 bodies", "the bodies of two men"; not "the bodies of 3 more civilians"."""
    return q.subject in _BODY_NOUNS or (
        bool(p.remains_of_before.search(text, max(0, q.start - 30), q.start))
        and not p.additional_after.match(text[q.end:q.end + 40]) and not p.of_after.match(text, q.end, q.end + 30))


def _without_parts(kept: list[Quantity], sentences: _Sentences, p: _Patterns) -> list[Quantity]:
    """Drop the incidents told after a toll over several of them, while they add up to no more than it.

    "Israeli strikes killed at least 45 Palestinians across the Gaza Strip ... an air strike on a school killed 15
    ... Another strike on a house in Jabalia killed 11 members of one family": 45, whose parts are the 15 and the 11.
    Another side ("three Israeli soldiers") and another event opened as such ("Elsewhere, ...") still add up. A toll
    of fighting counts every side: "773 people were killed in fighting in Goma ... Thirteen peacekeepers were killed
    in the fighting" is 773.
    """
    text = sentences.text
    for k, whole in enumerate(kept):
        if whole.role is not None or whole.modifier in ("vague", "unknown") or whole.estimate is None:
            continue
        lead = sentences.index(whole.start)
        span = _told_in(whole, sentences)
        clash = not p.aggregate_scope.search(text, *span)
        if clash and (_side(whole.subject) is not None or not p.clash.search(text, *span)):
            continue  # "fighting ... killed 15 soldiers" counts one side: the other side's dead add up
        parts, room = set(), whole.estimate
        for q in kept[k + 1:]:
            start, end = sentences.span(q.start)
            if q.estimate is None or sentences.index(q.start) <= lead or q.role not in (None, "additional") \
                    or q.modifier in ("vague", "unknown") \
                    or (not clash and (not _same_side(q, whole) or _killed_attackers(q, whole, sentences, p))) \
                    or p.separate_opens_clause.match(text[start:start + 40]):
                continue
            if not (p.in_the_fighting.search(text, start, end) if clash
                    else p.incident_before.search(text, max(start, q.start - 150), q.start)
                    or p.incident_after.match(text[q.end:min(end, q.end + 120)])):
                continue  # "police said 19 people were killed": another source's count of the whole, not a part
            if q.estimate > room:
                # the incidents add up to more: not parts of an exact toll; a lower bound ("at least six across
                # Ukraine ... four in Kharkiv ... three in Odesa") gives way to the incidents it was short of
                lower = whole.modifier in ("ge", "gt") or (sentences.headline and lead == 0
                                                          and bool(p.lower_bound.search(text, *span)))
                # (the headline's figure and the lead's restatement of it both go)
                return [k for k in kept if not (k is whole or (k.estimate == whole.estimate
                                                               and span[0] <= k.start < span[1]))] if lower else kept
            parts.add(id(q))
            room -= q.estimate
        return [q for q in kept if id(q) not in parts]
    return kept


def _killed_attackers(q: Quantity, r: Quantity, sentences: _Sentences, p: _Patterns) -> bool:
    """True when ``q`` counts armed men and ``r`` the unnamed people armed men killed: two sides, not rival counts."""
    if r.subject not in _GENERIC_SUBJECTS or _side(q.subject) in (None, "civilian", "state"):
        return False
    start = sentences.span(r.start)[0]
    # "Somali forces ... killed 23 al Shabaab fighters" after a bombing killed 12 people: the state's kill of armed men,
    # unless the state's men killed those people too ("Israeli forces killed nine Palestinians ... the military said
    # it killed seven gunmen": the same dead)
    return (bool(p.armed_attackers.search(sentences.text, start, r.start))
            or (_state_kill(q, sentences) and not p.state_killers.search(sentences.text, start, r.start))) \
        and not p.clash.search(sentences.text, *sentences.span(r.start))


def _state_kill(q: Quantity, sentences: _Sentences) -> bool:
    """True when ``q`` counts armed men the state's forces killed ("officers had 'neutralised' several gangsters")."""
    return _side(q.subject) not in (None, "civilian", "state") \
        and bool(_patterns().state_killers.search(sentences.text, max(0, q.start - 100), q.start))


_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _names_agree(names: list[str], r: Quantity, sentences: _Sentences, p: _Patterns) -> bool:
    """True unless a place named with a later figure is not in ``r``'s sentence, or a day differs from the one named.

    "3 killed in Djibo ... In Arbinda, residents said 4 died" names another place; "residents said more than 120 were
    killed in two strikes on Sunday night" after "killed 85 civilians" (no day named) names no other day.
    """
    if not names:
        return True
    start, end = sentences.span(r.start)
    here = sentences.text[start:end]
    has_day = any(m.group(1) in _WEEKDAYS for m in p.place_or_day.finditer(sentences.text, start, end))
    return all(n in here or (n in _WEEKDAYS and not has_day) for n in names)


def _told_in(q: Quantity, sentences: _Sentences) -> tuple[int, int]:
    """The sentence telling ``q``'s event: its own, or for a headline's figure the lead's, which gives its scope."""
    text = sentences.text
    span = sentences.span(q.start)
    if sentences.headline and sentences.index(q.start) == 0 \
            and (body := len(text) - len(text[span[1]:].lstrip())) < len(text):
        return sentences.span(body)
    return span


def _killers_count(q: Quantity, r: Quantity, sentences: _Sentences, p: _Patterns) -> bool:
    """True when the state's men killed ``r``'s unnamed people and ``q`` counts the armed men among them.

    "Israeli forces killed nine Palestinians ... The military said it killed seven gunmen": the nine hold the seven.
    """
    # "Islamic Jihad's armed wing said four of its fighters had been killed": the group's own dead among them
    own = _side(q.subject) == "armed" and bool(p.of_own_before.search(sentences.text, max(0, q.end - 40), q.end)
                                               or p.of_own_after.match(sentences.text, q.end, q.end + 20))
    return _side(r.subject) is None and (q.estimate or 0) <= (r.estimate or 0) and (_state_kill(q, sentences) or own) \
        and bool(p.state_killing.search(sentences.text, *_told_in(r, sentences)))


def _state_apart(q: Quantity, r: Quantity, sentences: _Sentences, p: _Patterns) -> bool:
    """True when ``q`` counts soldiers or police and ``r`` unnamed people in a sentence that names no such men.

    "Strikes killed at least 45 across the Gaza Strip ... The military confirmed two soldiers were killed": two sides.
    """
    return _side(r.subject) is None and _side(q.subject) == "state" \
        and not p.state_noun.search(sentences.text, *sentences.span(r.start))


def _contrast_source(r: Quantity, q: Quantity, end: int, text: str, p: _Patterns) -> bool:
    """True when ``q`` follows ``r`` in its sentence after "while" or "but" and a source of its own gives it.

    "the army claimed 30 militants were killed, while local sources said 12 died": two counts; "strikes killed eight
    people, the ministry said, while rockets fired by Hezbollah killed two people in northern Israel": two events.
    """
    contrasts = list(p.contrast.finditer(text, r.end, q.start))
    return bool(contrasts) and bool(p.sourced.search(text, contrasts[-1].end(), end))


def _another_event(text: str, start: int, end: int, p: _Patterns) -> bool:
    """True when the sentence tells another event; "a day later, the government said" only dates a later count."""
    later = p.later_source.search(text, start, end)
    if later is None:
        return bool(p.other_event.search(text, start, end))
    return bool(p.other_event.search(text, start, later.start()) or p.other_event.search(text, later.end(), end))


def _conservative(kept: list[Quantity], sentences: _Sentences) -> list[Quantity]:
    """Keep the lowest of two sources' counts of the same dead, as ACLED's conservative rule does.

    "At least 6 people were killed, according to police. Residents said 9 people died" is 6; so is "the army
    claimed 30 militants were killed, while local sources said 6 died". A later figure is another source's count
    when its sentence names a source, it is in another sentence (or after "while", "but"), and it counts the same
    side or unnamed people; "also", "another" and "more" figures and other sides still add up.
    """
    p = _patterns()
    text = sentences.text
    kept = _without_parts(_without_breakdowns(kept, sentences), sentences, p)
    body = _body_start(text, p)
    lead = text[slice(*sentences.span(body + 1))] if text else ""
    boundaries: list[int] | None = None  # where "In a separate incident, ..." opens another event, found on need
    out: list[Quantity] = []
    for q in kept:
        rival = None
        # one person named ("a police officer was later burned to death, the minister said") is no count of the
        # dead, and a headline's figure sums the report up: neither is another source's count
        start, end = sentences.span(q.start)
        # "The RSF denied responsibility and said its forces had repelled an attack ..., killing 60 of them": the
        # accused side's own account of the same event, weighed against the first whatever it calls the dead
        counter = bool(p.denied_word.search(text, start, end) and p.own_claim_before.search(text, start, q.start))
        if (q.role != "additional" or counter) and q.modifier not in ("vague", "unknown") \
                and not p.one_person.match(q.text) \
                and p.sourced.search(text, start, end) and not _another_event(text, start, end, p):
            # a place or day the lead names too is the report's own frame ("on Wednesday"), not another event
            if boundaries is None:
                boundaries = [m.end() for m in p.event_boundary.finditer(text)]
            # nor one the event's own sentences named before ("the boat was heading to a market in Mokwa ... A
            # district head in Mokwa said residents had counted 40 bodies"), since "In a separate incident"
            # (not the headline, which names every event's place)
            opened = boundaries[k - 1] if (k := bisect.bisect_left(boundaries, start)) else 0
            told = text[max(body, start - 3000, opened):start]
            # (a place opening the sentence is the figure's own: "In Indian Kashmir, shelling killed 12 civilians")
            # (not a place of a later clause of its own: "put the death toll at more than 150 and said about 3,000
            # people had fled to the nearby town of Daudu")
            cut = p.another_clause.search(text, q.end, end)
            names = [n for m in p.place_or_day.finditer(text, start, cut.start() if cut else end)
                     if (n := m.group(1)) not in lead
                     and (n not in told or not text[start:m.start()].strip(" \n\"“"))] \
                if not _counts_bodies(q, text, p) or not p.bodies_brought.search(text, start, end) else []
            at = sentences.index(q.start)
            if not names and at and "\n" not in text[(prev := sentences.span_of(at - 1))[0]:start]:
                # "In Indian Kashmir, shelling killed 12 civilians, the army said. At least 38 people were injured,
                # police said.": a sentence of the paragraph goes on in the place the one before opened with
                # (not "In Kadawa alone, 21 people were killed ... Police put the death toll at 17": a part, then the
                # whole's count)
                place = p.place_or_day.match(text, prev[1] - len(text[prev[0]:prev[1]].lstrip()))
                names = [n for n in [place.group(1)] if n not in lead] if place and not p.alone_after.match(
                    text, place.end(), place.end() + 8) and not p.total_word.search(text, start, end) \
                    and not p.toll_word.search(text, start, end) else []
            # "residents disputed the account and said"
            disputed = counter or bool(p.disputed.search(text, start, end))
            if _side(q.subject) is None and not disputed and len(
                    {_side(r.subject) for r in out if r.role != "additional"} - {None}) > 1:
                # "killing all 33 attackers ... 21 passengers and four soldiers were killed ... officials said 26
                # bodies had been brought to Quetta": a count of unnamed dead after counts of several sides is
                # another source's count of some of them, or of all: the sides' counts stand, conservatively
                continue
            # a figure of another event told as such ("In a separate incident, gunmen killed five farmers") has rival
            # counts after it ("Local residents said eight farmers were killed")
            rival = next((i for i in range(max(0, len(out) - 8), len(out))
                          if ((r := out[i]).role != "additional" or p.separate_opens_clause.match(
                              text[(opening := sentences.span(r.start)[0]):opening + 40]))
                          and r.modifier not in ("vague", "unknown") and (disputed or _same_side(q, r))
                          and not _killed_attackers(q, r, sentences, p) and not _state_apart(q, r, sentences, p)
                          # ("An Israeli soldier was seriously wounded ... The Red Crescent said its crews had treated
                          # 23 wounded people": two sides)
                          and not (r.estimate == 1 and p.one_person.match(r.text) and _state_apart(r, q, sentences, p))
                          # (a headline's figure is told in the lead: "after Israel accused Hamas of killing one of
                          # its soldiers" in the lead's sentence is no other source's count of the headline's "104")
                          and (sentences.index(_told_in(r, sentences)[0] + 1) != sentences.index(q.start)
                               or _contrast_source(r, q, end, text, p))
                          and _names_agree(names, r, sentences, p)
                          # not across "In a separate incident, ...": another event's figures are no rival counts
                          and bisect.bisect_left(boundaries, r.end) == bisect.bisect_left(boundaries, q.start)), None)
        if rival is None:
            out.append(q)
        elif _killers_count(q, out[rival], sentences, p):
            continue
        elif out[rival].estimate == 1 and p.one_person.match(out[rival].text):
            out[rival] = q  # "killed a senior commander ... the strike killed five people": the five hold him
        elif ((p.update.search(text, *(here := sentences.span(q.start))) or p.later_source.search(text, *here))
              and not p.sourced.search(text, *sentences.span(out[rival].start))) \
                or p.superseded.search(text, sentences.span(out[rival].start)[0], out[rival].start):
            # ("Initially officials said 12 people had been killed and 43 injured ... He said 54 people had been
            # treated for injuries": a first count, replaced by the later one)
            out[rival] = q  # "killed 6 people; the ministry later said 8 had died": the latest count, larger or not
        elif (q.estimate or 0) < (out[rival].estimate or 0) and not p.superseded.search(text, *sentences.span(q.start)):
            out[rival] = q
    return out


@cache
def _person_classes() -> Mapping[str, str]:
    return MappingProxyType(dict(line.split("\t") for line in data_lines("person_classes.tsv")))


def _side(subject: str | None) -> str | None:
    if subject is None or subject in _GENERIC_SUBJECTS:
        return None
    # a noun without a class is its own side, singular or plural ("one protester" and "6 protesters")
    # ("3 Taliban members ... the Taliban said 1 member died": a group's name before its noun, a singular noun)
    classes = _person_classes()
    head = subject.rpartition(" ")[2]
    side = classes.get(subject) or classes.get(subject + "s") or (classes.get(head) if head != subject else None) \
        or subject.removesuffix("s")
    return None if side == "any" else side


def _same_side(a: Quantity, b: Quantity) -> bool:
    """True unless the two figures name people of different sides ("soldiers" and "militants")."""
    sa, sb = _side(a.subject), _side(b.subject)
    return sa is None or sb is None or sa == sb


def _other_group(claim: Quantity, reported: list[Quantity]) -> bool:
    """True when a claim counts people the reported figures do not ("16 soldiers ... it killed 30 militants")."""
    sides = {_side(q.subject) for q in reported}
    return _side(claim.subject) is not None and None not in sides and _side(claim.subject) not in sides


_CLASSES = frozenset({"armed", "state", "civilian"})
# Subjects that name no particular group: "the two victims" can restate "2 soldiers".
_GENERIC_SUBJECTS = frozenset({"victims", "bodies", "corpses", "people", "persons", "individuals", "others", "members"})


def _restates(q: Quantity, sentence: int, earlier: dict[int, set[str | None]], sentences: _Sentences) -> bool:
    """True when an equal figure counted before says the same thing.

    A definite figure ("the three victims") restates; so does one in another sentence about the same or unnamed
    people, or about people of the same side in the headline ("7 ELN rebels" is the body's "seven ELN guerrillas").
    Two groups in one clause ("2 soldiers and 2 civilians") add up.
    """
    if q.role == "restated":
        return True
    p = _patterns()
    places = [m.group(1) for m in p.place_or_day.finditer(sentences.text, *sentences.span(q.start))
              if m.group(1) not in _WEEKDAYS] if sentences.known else []
    for other_sentence, subjects in earlier.items():
        if sentences.known and other_sentence == sentence:
            continue
        if places and not all(n in sentences.text[slice(*sentences.span_of(other_sentence))] for n in places) \
                and not (sentences.headline and other_sentence == 0):
            continue  # "A missile killed three people in Dnipro. A drone killed three in Sumy": two places
        for subject in subjects:
            if len({q.subject, subject} - _GENERIC_SUBJECTS - {None}) <= 1:
                return True
            # ("executes 16 Ukrainian prisoners" in the headline, "shot dead 16 Ukrainian soldiers" in the body: a noun
            # of no known class is no other side)
            if other_sentence == 0 and sentences.headline and (
                    _side(q.subject) == _side(subject) or not {_side(q.subject), _side(subject)} <= _CLASSES):
                return True
    return False
