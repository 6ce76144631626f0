"""Stances: who said, denied, accused, condemned, backed or threatened what, and about whom."""

from __future__ import annotations

import bisect
from typing import Any

import attrs
import regex

from ._actor_lexicon import actor_lexicon
from ._actor_phrases import Phrase, word_spans
from ._stance_lexicon import StanceLexicon, stance_lexicon
from ._text import check_text, lazy_pattern, sentence_spans, span_dict
from .actors import Actor, place_country, resolve_mentions

__all__ = ["Claim", "Stance", "parse_stances"]


@attrs.frozen
class Claim:
    """The span of what was said, denied or claimed."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return span_dict(self.start, self.end, self.text)


@attrs.frozen
class Stance:
    """An actor's stance, anchored on its cue words (``start``/``end``/``text``).

    ``stance`` is the type as event data codes it (PLOVER folds accusations into disapproval and praise into
    support: ``condemn`` and ``support``); ``act`` keeps the finer act the words perform (``accuse``, ``praise``, or
    the same as ``stance``).
    """

    start: int
    end: int
    text: str
    actor: Actor
    stance: str
    target: Actor | None = None
    claim: Claim | None = None
    negated: bool = False
    act: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "actor": self.actor.to_dict(), "stance": self.stance,
                "act": self.act or self.stance, "target": self.target.to_dict() if self.target else None,
                "claim": self.claim.to_dict() if self.claim else None, "negated": self.negated}


# Acts that event data codes under a broader type: an accusation is a disapproval, praise is support (PLOVER).
_BROADER = {"accuse": "condemn", "praise": "support"}


# What may stand between a subject and its verb: auxiliaries, adverbs, negation, time phrases, an apposition
# (", a key ally of the West,"), a relative pronoun (", which urged"), a parenthesis.
_TIME = (r"(?:on|this|last|next|late|early|earlier|later|in|during|at|by)?\s*(?:the\s+)?"
         r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|week|weekend|month|year|morning|afternoon|evening|night|"
         r"\d{1,4})(?:\s+(?:morning|afternoon|evening|night|\d{1,4}))?")
_AUX = (r"(?:[a-z]+n['’]t|has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|did|does|do|"
        r"been|being|be|"
        r"not|n't|never|no\s+longer|also|again|once|now|then|still|already|just|further|yet(?:\s+to)?|today|tonight|"
        r"yesterday|"
        r"here|there|overnight|so\s+far|reportedly|in\s+exile|apparently|in\s+principle|outright|flatly|bluntly|formally|"
        r"meanwhile|however|instead|too|though|nevertheless|therefore|thus|in\s+turn|for\s+(?:its|their|his|her)\s+part|"
        r"strongly|publicly|officially|repeatedly|firmly|swiftly|quickly|immediately|\w+ly|"
        r"(?:ready|willing|prepared|committed|determined|going|set|due|able|about|eager|keen)\s+to|"
        r"(?:decided|decides|voted|votes|resolved|chose|opted)\s+(?:\w+ly\s+)?to)")
_GAP = lazy_pattern(
    rf"(?:['’]s(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'’-]*|(?:ruling|main|opposition|former|new|top|powerful|largest|"
    rf"military|armed|hardline|moderate|radical|governing|exiled|interim|transitional)\b)){{1,4}}|"
    rf"\s+(?:in|from|based\s+in|[a-z]+ed\s+by)\s+(?:the\s+)?"
    rf"\p{{Lu}}[\p{{L}}'’-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’-]*){{0,2}}|"
    # "the Serb forces besieging the town refused": a participle phrase on the subject.
    rf"[ \t]+[a-z]{{3,}}ing(?:[ \t]+(?!(?:and|but|or|said|says)\b)[\w'’-]+){{1,4}}?(?=[ \t]))?"
    rf"(?:,\s+(?:which|who|that)\s+|\s+who\s+|\s*\([^()]{{0,60}}\)\s*|,\s+(?!and\b|but\b|saying\b)[^,;:\"“”]{{2,120}},\s*)?"
    rf"(?:\s*(?:{_AUX}|{_TIME}|(?:along|together)\s+with\s+(?:its|their|the)\s+\w+|and\s+(?:its|their)\s+(?:allies|partners)|"
    rf"issued\s+an?\s+(?:\w+\s+)?(?:statement|declaration|communiqu[ée])|in\s+a\s+statement)\b)*\s*"
    rf"(?:[\"“](?:\w+ly\s+)?)?",  # 'Beijing "firmly opposes"': a quotation may open before the verb
)
# A subject right after one of these is in a condition or time clause: "unless the president agrees". ("While X
# condemned the raid, Y praised it" contrasts two acts, so "while" and "whereas" are not among them.)
_AGENT_BEFORE = lazy_pattern(r"\b[a-z]+(?:ed|en)\s+by\s+\Z")
_LONG_APPOSITION = lazy_pattern(
    rf",\s+(?:which|who|whose|a|an|the|one|long|once|itself|home|already)\b[^;:\"“”()]{{2,250}}"
    rf"(?P<tail>,\s*(?:(?:{_AUX}|{_TIME})\b\s*)*)"
)
_SUBORDINATE = lazy_pattern(r"\b(?:unless|if|until|before|after|when|whether|once|because|since)\s+\Z")
# Where a coordinated clause with a subject of its own begins: "..., while India declined", "; Peru opposed it".
# ("Kagame and his party must agree" is one subject; ", and its neighbour Sweden abstained" a clause.)
_CLAUSE_BREAK = lazy_pattern(r"(?:;|,\s*(?:and|but|while|whereas|yet))\s+"
                             r"(?:(?:its|their|his|her)\s+(?:[a-z-]+\s+){0,2})?\Z|\b(?:and|but|while|whereas)\s+\Z")
# A sentence that opens on a contrast ("While X condemned the raid, Y praised it") has its main clause after a comma.
_CONTRAST_OPENING = lazy_pattern(r"[\s\"“]*(?:[Ww]hile|[Ww]hereas|[Aa]lthough|[Tt]hough)\s")
_COMMA_BREAK = lazy_pattern(r",\s+\Z")
_POSSESSIVE = lazy_pattern(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\b")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# A noun cue with its agent ("A call by Ghana for ...") acts when it opens its clause, after at most two words.
_NOMINAL_FRONT = lazy_pattern(r"(?:\A|[;:—]|,\s*(?:and|but|while|whereas)?)\s*[\"“]?\s*(?:[\w-]+\s+){0,2}\Z")
# "The plan drew sharp criticism from Kenya", "faced calls from the opposition to resign": the agent acts.
_RECEIVED = lazy_pattern(
    r"\b(?:dr[ae]w|draws|drawn|drawing|faced?|faces|facing|received?|receives|receiving|sparked|sparks|prompted|prompts|"
    r"triggered|triggers|provoked|provokes|attracted|attracts|met\s+with|c[oa]me\s+under|comes\s+under|won|wins|"
    r"earned|earns)\s+(?:(?:a|an|the|fresh|new|strong|sharp|harsh|widespread|international|renewed|growing|mounting|"
    r"angry|fierce|heavy|more|further|swift|repeated)\s+){0,3}\Z"
)
_FOR_OF = lazy_pattern(r"\s*(?:for|of|to|against|on)\s+")
_APOSTROPHE_S = lazy_pattern(r"['’]s\b|(?<=s)['’](?=[ \t])")
# Where the claim of a noun cue in subject position ends: at its clause's verb ("... of the plan angered donors").
_NOMINAL_CLAIM_END = lazy_pattern(r"\s+(?:(?:was|were|is|are|has|have|had|will|would|could|may|might|did|drew|came|"
                                  r"met|won|sent|left|went|fell|(?<!\b(?:the|a|an|its|his|her|their)\s+)\w+ed\s+(?!by\b)\w))")
# Where a possessed noun cue is the subject of its clause: after a clause break or a quotation mark.
_NOMINAL_SUBJECT = lazy_pattern(
    r"(?:[;:—]|,\s*(?:and|but|while|whereas)?|\b(?i:and|but|while|whereas|yet))\s*[\"“]?\s*\Z")
# "The head of the UN, Antonio Guterres, said": what stands before the name is its title, not a claim.
_APPOSED_HEAD = lazy_pattern(
    r"^[\"“]?(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}.]*['’]s)\s(?:(?![a-z]+ed\b)[^,;\"“”]){1,60},\Z"
)
_PROGRESSIVE = lazy_pattern(r"\b(?:is|are|was|were|been|be)\s+(?:(?:still|not|now|also|\w+ly)\s+)*\Z")
_JOINED_VERB = lazy_pattern(r"(?:,|\band|\bbut)\s+(?:\w+ly\s+)?\Z")
_CHARGE = lazy_pattern(rf"\s+(?:{_TIME}\s+)?(?:of|for|over)\s+(?=\S)")
# A noun-or-verb base form ("demand", "request", "offer") is a verb after a modal, "to" or a plural subject.
_BASE_VERB = lazy_pattern(r"\b(?:will|would|can|could|may|might|must|should|shall|do|did|does|to|not)\b")
_SPLIT_PHRASAL = lazy_pattern(
    r"\b(?P<verb>[a-z]+)[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"again|also|once\s+again|repeatedly|publicly|openly|formally|unanimously|overwhelmingly|loudly|strongly)"
    r"[ \t]+(?P<part>for|on|upon|against|in\s+favou?r|out\s+at|out\s+against)\b"
)
_PROPOSAL_AFTER = lazy_pattern(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:plans?|proposals?|offers?|requests?|ideas?|bids?|"
                               r"draft|resolution|deployment|appointment|nomination|membership|presence|participation)\b")
_SIGNED = lazy_pattern(r"(?:[ \t]+(?:up|on|onto|to))?(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?:agreements?|accords?|"
                       r"treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)|protocols?|declarations?|charters?|conventions?|contracts?|"
                       r"ceasefire|cease-fire|truce|peace|communiqu[eé]|understanding|framework|roadmap|armistice)\b")
_RESISTED = lazy_pattern(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:demands?|pressure|calls?|appeals?|requests?|attempts|"
                         r"efforts|plans?|proposals?|moves?)\b")
# "warned Peru that it would defend its territory": an act announced with "will"/"would" is the warning's threat.
_WILL_NOT_BEFORE = lazy_pattern(r"\b(?:will|would|shall)\s+(?:not|never)\s+(?:\w+ly\s+)?\Z|\b(?:won|wouldn)['’]t\s+\Z")
_WILL_BEFORE = lazy_pattern(r"\b(?:will|would|shall)\s+(?:\w+\s+)?\Z")
_UNDER_ACCORD = lazy_pattern(
    r"[\s\"“]*(?:[Uu]nder|[Aa]s\s+part\s+of|[Ii]n\s+line\s+with|[Aa]ccording\s+to)\s+(?:the|a|an|this|that|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:accord|agreement|deal|plan|treaty|pact|ceasefire|truce|arrangement|settlement|"
    r"compromise|protocol|memorandum|framework|roadmap|road\s+map)\b"
)
# Refusing a charge denies it: "rejected the latest Russian allegations", "brushed aside the reports".
_DISMISSING = ("reject", "dismiss", "rebuff", "brush", "spurn", "throw out", "threw out")
_ALLEGATION_AFTER = lazy_pattern(r"(?:[ \t]+(?:aside|off))?(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:claims?|allegations?|"
                                 r"accusations?|charges|reports?|assertions|suggestions|insinuations|rumou?rs)\b")
_ALLEGATION_BEFORE = lazy_pattern(r"\b(?:charges?|accusations?|allegations?|claims?|account|version)\s+(?:that\s+)?"
                                  r"(?:[\w'’.-]+\s+){1,4}(?:\w+ly\s+|has\s+|have\s+|had\s+)?\Z")
_RECOGNISED = lazy_pattern(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:independence|sovereignty|government|state|regime|"
                           r"republic|authorities|junta|annexation|elections?|results?|vote|victory|outcome|"
                           r"\p{Lu}[\p{L}'’-]+)\b")
# "Police stood by as the crowd looted shops": standing by idle is no backing.
_IDLE = lazy_pattern(r"[ \t]*(?:[,.;]|\Z|(?:as|while|and|idly|helplessly|watching)\b)")
_ETHNIC = lazy_pattern(r"\b(?i:ethnic)[ \t]+\Z")
_INDEFINITE_BEFORE = lazy_pattern(r"\b[Aa]n?\s+(?:[\w.'’-]+\s+){0,2}\Z")
_BACKGROUND = lazy_pattern(r"\b(?i:despite|amid|in\s+spite\s+of|following|after|over|due\s+to)\s+(?:[\w-]+\s+){0,2}\Z")
_THAT = lazy_pattern(r"\s+that\s+")
_WORD_AFTER = lazy_pattern(r"\s+(?:not\s+)?([a-z]+)\b")
_NOT_SUBJUNCTIVE = frozenset(("will", "would", "shall", "should", "can", "could", "may", "might", "must", "had", "did",
                              "was", "were", "are", "is", "have", "has", "do", "does", "and", "or", "of", "in", "on",
                              "at", "to", "for", "with", "from", "by", "who", "which", "that", "also", "alone", "only",
                              "still", "too", "now", "then", "never", "always", "already"))
_FOR_NEXT = lazy_pattern(r"[ \t]+for\b")
_CHARGE_NEXT = lazy_pattern(r"[ \t]+(?:of|with|for)\b")
# "burned flags to protest", "blocked roads to demand": a deed right after the subject, then the purpose.
_TO_BEFORE = lazy_pattern(r"\bto\s+\Z")
_DEED = lazy_pattern(r"\s+(?:(?:\w+ly|also|again|on\s+\w+day|has|have|had)\s+)*"
                     r"(?:[a-z]+ed|took|went|held|burnt|struck|ran|began|rose|tore|threw|gave|sent|met|came|withdrew|"
                     r"left|cut|shut|broke|froze|quit|drew|put|set|kept|"
                     r"fought|sought|won|lost|brought|sold|fled|led|hit|shot|stole|wrote|spoke|chose|drove|made|"
                     r"built|seized)\s")
_PLACE_OF = lazy_pattern(r"\s+(?:in|from|based\s+in)\s+(?:the\s+)?")
_AGENT_NAME = lazy_pattern(r"(?:[Tt]he[ \t]+)?(?P<name>\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?"
                           r"\p{Lu}[\p{L}'’.-]+){1,5})")
_TO_NEXT = lazy_pattern(r"[ \t]+to\b")
_BACK_ADVERB = lazy_pattern(r"[ \t]+(?:into|to|home|across|inside|down|away|off|out|in|from|on)\b")
_VOWED_TO = lazy_pattern(r"\s+(?P<neg>not\s+|never\s+)?to\s+(?:continue\s+(?:to\s+)?)?(?P<verb>[a-z]+)")
_APPOSED = lazy_pattern(r",\s+")
_APPOSED_END = lazy_pattern(rf",\s*(?:(?:{_AUX}|{_TIME})\b\s*)*")
_NEITHER = lazy_pattern(r"\b[Nn]either\s+\Z")
_RELATIVE = lazy_pattern(r",\s+(?:which|who)\b|\s+who\b")
_MODIFIER_BEFORE = lazy_pattern(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose|[Dd]espite|[Aa]mid|[Uu]nder|[Ww]ithout|[Nn]o)"
    r"|(?<![\w-])\d(?:[\d,.]*\d)?)\s+\Z"
)
# "refused to rule out military action" keeps a threat open, as "did not rule out" does.
_RULE_OUT_REFUSED = lazy_pattern(r"(?i)(?:refus|declin)\w*\s+to\s+rule\s+out")
_NEGATION = lazy_pattern(r"\b(?:not|never|no\s+longer|yet\s+to)\b|n['’]t\b")
_HYPOTHETICAL = lazy_pattern(r"\b(?:could|may|might|probably|possibly)\b")
_PASSIVE = lazy_pattern(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?\Z")
_BY_AGENT = lazy_pattern(r"\bby\s+")
_LIST = lazy_pattern(r"\b(?:including|such\s+as|among\s+them|notably|namely)\b\s*|:\s*|\s—\s")
_CONJ = lazy_pattern(r"\s*(?:,\s*and|,|and|nor|&|as\s+well\s+as|along\s+with)\s+(?:(?<=and\s+)(?:his|her)\s+)?")
_PRONOUN = lazy_pattern(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)\b|\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+statement\b|"
                         r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Ii]ts|[Tt]heir)\s+country\b|"
                         r"\b[Tt]he\s+(?:kingdom|emirate|sultanate|republic|island\s+nation)\b|"
                         r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:sides|countries|nations|leaders|governments|neighbou?rs|"
                         r"states|presidents|delegations|capitals)\b")
# ("He must be the killer", "they must have known": a "must" of inference is no demand.)
# (A headline's "Must" is one too: "Ghana Says Togo Must Reopen Border".)
_OBLIGATION = lazy_pattern(r"\b(?:[Mm]ust(?!\s+(?:be\s+(?:the|a|an)\b|have\s+(?:been|known|had|seen)\b))|should|"
                           r"has\s+to|have\s+to|needs?\s+to|ought\s+to)\b")
# "unless", "or face", "if Kabila refused to negotiate", "by force": what makes a commitment or a warning a threat.
# (A party must fail to comply: "if the person does not get sick" is no threat.)
_CONDITION = lazy_pattern(
    r"\b(?:unless|or\s+face|otherwise|by\s+force|if\s+(?:[\w'’.-]+\s+){1,4}?(?:refuses|refused|refuse|fails|failed|fail)"
    r"\s+to|if\s+(?:it|they|\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2}|(?:the|its|their)\s+(?:\w+\s+)?(?:government|"
    r"authorities|rebels|army|regime|junta|opposition|militants|guerrillas|council|parliament|allies|neighbours?|"
    r"protesters|demonstrators|strikers|"
    r"neighbors?|forces|troops|leaders?|president))\s+(?:does|do|did)\s+not|if\s+(?:its|their)\s+demands\s+"
    r"(?:are|were)\s+not\s+met|as\s+a\s+(?:deterrent|warning|show\s+of\s+force)|"
    # "if troops were not withdrawn", "if the prisoners are not freed": a compliance named in the passive.
    r"if\s+(?:[\w'’.-]+\s+){1,4}?(?:is|are|was|were)\s+not\s+[a-z]+(?:ed|en))\b"
)
# A commitment: "will send", "would not accept", "is ready to contribute", "agreed to allow" is handled by its cue.
_COMMITMENT = lazy_pattern(
    r"\b(?:(?P<will>will|would|shall|(?:is|are)\s+going\s+to|(?P<wont>won|wouldn)(?=['’]t\b)|"
    r"(?:decided|decides|voted|votes|resolved)\s+(?P<notto>not\s+)?to)|"
    r"(?P<may>may|might|could|plans?\s+to|intends?\s+to|(?:is|are)\s+planning\s+to)|"
    r"(?:is|are|was|were|remains?)\s+(?:ready|willing|prepared|committed|determined)\s+to)"
    r"(?:['’]t)?\s+(?P<neg>(?:not|never|no\s+longer)\s+)?"
    r"(?:(?:\w+ly|also|still|again|then|now|soon|further|rather)\s+)*(?:be\s+)?(?:continue\s+to\s+)?(?P<verb>[a-z]+)"
)
_MILITARY = frozenset({"military", "force", "armed", "strikes", "war", "fight", "fighting", "struggle", "attacks",
                       "jihad"})
_PARTICIPLES = frozenset(("met", "hit", "held", "sent", "shot", "struck", "cut", "put", "kept", "brought", "built",
                          "caught", "fought", "dealt", "made", "paid", "told", "found", "left", "lost", "set", "shut",
                          "spent", "won", "done", "led", "fed", "bound", "sought", "taught", "freed", "seen"))
# "would bolster its nuclear deterrent": arms built up are a threat.
_BUILDUP = frozenset(("bolster", "strengthen", "boost", "expand", "increase", "build", "beef", "step", "reinforce"))
_ARMS = frozenset(("nuclear", "deterrent", "arsenal", "missile", "missiles", "military", "forces", "troops", "army",
                   "navy", "weapons"))
_READY = frozenset(("ready", "willing", "prepared", "able", "happy", "glad", "open", "committed", "determined"))
_HELP = frozenset(("aid", "assistance", "support", "cooperation", "training", "ties", "relations", "mediation",
                   "efforts", "talks", "dialogue", "negotiations"))
_PROTEST_PURPOSE = lazy_pattern(r"(?:[ \t]+(?:in|outside|at|near|across|on|through)(?:[ \t]+[\w'’-]+){1,4}?)?"
                                r"[ \t]+to[ \t]+(?:demand|call[ \t]+for|press[ \t]+for|urge|seek|ask)\b")
# A street protest and the participle that says what it wants: "took to the streets demanding higher wages".
_PROTEST_DEED = lazy_pattern(
    r"\s+(?:(?:\w+ly|also|again|on\s+\w+day)\s+)*(?:took\s+to\s+the\s+streets|marched|rallied|protested|"
    r"demonstrated|gathered|massed|went\s+on\s+strike|staged\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:protests?|rally|rallies|"
    r"march|marches|strike|sit-in|demonstrations?))(?:\s+(?!and\b|but\b|who\b|which\b)[\w'’.-]+){0,6}?\s+")
_CROWD_START = lazy_pattern(r"[\"“‘'(\s]*(?:(?:[Tt]housands|[Hh]undreds|[Tt]ens\s+of\s+thousands|[Dd]ozens|[Ss]cores)"
                            r"\s+of\s+)?")
_RALLY_AGAINST = lazy_pattern(
    r"(?:[ \t]+[\w'’.,-]+){0,7}?[ \t]+[`'\"“]*(?:sanctions|an?[ \t]+(?:arms[ \t]+|oil[ \t]+|trade[ \t]+)?embargo|"
    r"a[ \t]+boycott|punitive[ \t]+\w+|mobili[sz]e|unite|rise[ \t]+up|stand[ \t]+together)[`'\"”’]*"
    r"(?:[ \t]+[\w'’.-]+){0,3}?[ \t]+against\b")
_APPROVALS = ("approv", "adopt", "pass", "endors", "back")
_RESTRICTION = lazy_pattern(r"(?:[ \t]+[\w'’-]+){1,4}?[ \t]+(?:that|which|to)[ \t]+(?:(?:will|would|shall)[ \t]+)?"
                            r"(?:not[ \t]+allow|ban|bar|prohibit|exclude|outlaw)\b")
_LIFTED = lazy_pattern(r"\b(?:lift|lifts|lifted|lifting|ease|eased|easing|end|ending|remove|removal|removing|relax|"
                       r"relaxing|suspend|suspending|suspension|scrap|scrapping|drop|dropping)\b")
_ELIDED_PASSIVE = lazy_pattern(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+ed\s+by\b"
                               r"[^;:]{1,120}?\s(?:but|and|while)\s+\Z")
_ADOPTED_TEXT = lazy_pattern(
    r"\b(?:adopted|adopts|passed|passes|issued|issues|released|approved|approves|unveiled)[ \t]+(?:an?|the|its|their)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}(?:resolution|statement|declaration|communiqu[ée]|motion|text|bill)[ \t]+\Z")
_GERUND_ADVERBIAL = lazy_pattern(r"\b(?:after|before|while|since)[ \t]+\Z")
_REPLIES = frozenset(("within", "soon", "later", "proposal", "offer", "request", "questions", "letter", "plan",
                      "invitation", "call", "calls", "proposals", "queries", "positively", "formally", "in"))
# Taking part refused on a condition is a refusal, not a threat: "will not attend the talks unless ...".
_TAKING_PART = frozenset(("attend", "participate", "join", "sign", "negotiate", "talk", "meet", "return", "recognise",
                          "recognize", "accept", "enter", "sit"))
_TAKING_PART_FORMS = frozenset(inflected for verb in _TAKING_PART
                               for inflected in (verb, f"{verb}s", f"{verb.rstrip('e')}ed", f"{verb.rstrip('e')}ing"))
_OWN_FORCES = frozenset(("troops", "forces", "soldiers", "army", "units", "peacekeepers", "contingent", "fighters"))
_LEAVING = frozenset(("leave", "quit", "exit"))
_MEMBERSHIPS = frozenset(("alliance", "union", "bloc", "pact", "treaty", "accord", "agreement", "talks", "coalition",
                          "commonwealth", "organisation", "organization", "federation", "community", "court",
                          "council", "league", "group", "government", "nato", "opec", "icc", "who", "eu"))
_HALTS = frozenset(("halt", "stop", "suspend", "cease", "end", "freeze", "pause"))
_HOSTILITIES = frozenset(("hostilities", "fighting", "shelling", "bombing", "bombardment", "operations", "offensive",
                          "airstrikes", "raids", "assault", "rocket", "drone", "missile"))
_DECISIONS = ("decided", "decides", "voted", "votes", "resolved")
_EVALUATION_VERBS = ("call", "describ", "brand", "label", "term", "dismiss", "reject")
_DEADLINE_WORDS = ("until", "hour", "day", "week", "month", "ultimatum")
_DEADLINE = lazy_pattern(
    r"\b(?P<verb>gave|gives|give|given|giving|set|sets)[ \t]+(?:[\w'’.-]+[ \t]+){1,4}?(?:until(?:[ \t]+[\w'’-]+){1,6}?|"
    r"(?:\d+|one|two|three|four|five|six|seven|ten|a)[ \t]+(?:hours?|days?|weeks?|months?))[ \t]+to[ \t]+[a-z]+|"
    r"\b(?P<verb2>gave|gives|give|given|giving|issued|issues|delivered|delivers|sent|sends)"
    r"[ \t]+(?:[\w'’.-]+[ \t]+){0,3}?"
    r"an[ \t]+ultimatum\b"
)
_BLOCKED = lazy_pattern(
    r"\b(?P<verb>block|blocks|blocked|blocking)(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?:resolutions?|motion|bill|proposals?|"
    r"bid|deal|statement|agreement|appointment|measures?|sanctions|plans?|package|declaration|decision|aid|funding|"
    r"move|membership|accession|loan|draft|nomination|vote|talks|candidacy)\b"
)
_ALERT = lazy_pattern(r"\b(?P<verb>put|puts|putting|placed|places|placing)[ \t]+(?:[\w'’-]+[ \t]+){1,4}?on[ \t]+"
                      r"(?:(?:high|maximum|full|combat|heightened|red)[ \t]+)?(?:alert|standby)\b")
_TALKS_HALTED = lazy_pattern(
    r"\b(?P<verb>suspend|suspends|suspended|suspending|halted|halts|froze|freezes|frozen|broke[ \t]+off|"
    r"breaks[ \t]+off|called[ \t]+off|calls[ \t]+off)[ \t]+(?:(?:the|all|its|their|further|ongoing|planned)[ \t]+)?"
    r"(?:(?:peace|ceasefire|truce|direct|indirect|bilateral|diplomatic|border|security|military|political)[ \t]+)?"
    r"(?:talks|negotiations|dialogue|contacts|cooperation|participation|membership)\b"
)
# A deed's manner that names a stance: "in protest at", "as a goodwill gesture", "in solidarity with".
_MANNER = ("in protest", "in a protest", "in a gesture", "as a gesture", "as a goodwill", "in a goodwill",
           "in a show of goodwill", "as a sign of goodwill", "in solidarity", "as a warning", "in a warning",
           "as a show of force", "in a show of force")
# "warned the opposition against holding rallies", "warned truck drivers not to bring in goods": an act forbidden.
# "warned Helsinki that joining NATO would have serious consequences": a warning of reprisal is a threat, wherever
# in its clause the reprisal is named, when it is addressed to someone or follows "any"/"such" deed.
_REPRISAL = lazy_pattern(r"\b(?:consequences|retaliation|reprisals?|countermeasures|revenge|(?:fatal|grave|costly|"
                         r"serious|big|huge)[ \t]+mistake)\b")
# "warned of a military response": the warner's own armed reply.
_ARMED_REPLY = lazy_pattern(r"[ \t]+of[ \t]+(?:an?[ \t]+)?(?:military|armed|forceful|decisive|swift|harsh|severe|"
                            r"crushing|devastating)[ \t]+(?:response|reaction|action|retaliation|reply)\b")
_ANY_DEED = lazy_pattern(r"\b(?:[Aa]ny|[Ss]uch)\b")
_WARNED_OFF = lazy_pattern(
    r"[ \t]+(?!of\b|that\b|against\b)(?:[\w'’.-]+[ \t]+){1,8}?(?:not[ \t]+to|against[ \t]+\w+ing|to[ \t]+(?:evacuate|"
    r"leave|flee|vacate|surrender|withdraw|disarm|stop|halt|cease|stay[ \t]+away|move[ \t]+(?:south|north|away))|"
    # "warned the US against military action": an addressee warned off an armed act is threatened.
    r"(?i:against[ \t]+(?:any[ \t]+|an?[ \t]+)?(?:(?:military|armed|further|new)[ \t]+)?(?:action|intervention|"
    r"strikes?|attacks?|escalation|aggression|incursions?|invasion|interference|provocations?)))\b"
)
_ORDERS = ("order", "instruct", "direct", "command")
_ORDERED_TO = lazy_pattern(r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+to[ \t]+(?P<verb>[a-z]+)")
_TOLD_TO = lazy_pattern(
    r"\b(?P<verb>told|tells|tell|pressed|presses|pressing|pressured|want|wants|wanted|instructed|instructs|directed|"
    r"directs|challenged|challenges|dared)[ \t]+"
    r"(?!reporters\b|journalists\b|to\b)"
    r"(?:[\w'’.-]+[ \t]+){1,4}?to[ \t]+(?!be\b)[a-z]+"
)
_NOT_COMMITTED = frozenset((
    "be", "have", "do", "get", "continue", "remain", "become", "also", "make", "say", "tell", "like",
    "need", "face"  # "Britain would face consequences" is the speaker's threat, not Britain's (a complement cue)
))
# ("in Wednesday's vote": a time word with a possessive belongs to the claim.)
# "said on Telegram that ...", "told reporters in Geneva that ...": a short channel or place phrase before "that" is
# not part of what was said.
_CLAIM_START = lazy_pattern(
    rf"\s*(?:[,:]\s*)?(?:(?:on|in|at|via|through)\s+[^,;:\"“”.]{{1,40}}?\s+(?=that\b)|(?:in\s+a\s+statement|{_TIME}|"
    rf"that|on|of|to|reporters|journalists|a\s+news\s+conference)\b(?!['’]\w)\s*)*"
)
_CLAIM_END = lazy_pattern(r"[,;]\s|\s+(?:despite|but|while|after|as)\s|[.!?]?[\"”’]?\Z")
# "Some countries took no position, such as ...": the stance is each listed state's.
_GENERIC_STATES = frozenset({"countries", "nations", "states", "members", "member states", "governments"})
_PLACEABLE = frozenset({"person", "government", "group", "rebel", "military", "police"})
_PREDICATE_CUES = frozenset({"support", "reject", "threaten", "praise", "condemn", "accuse", "appeal", "warn"})


@attrs.frozen
class _Found:
    start: int
    end: int
    stance: str
    cls: str
    gerund: bool
    ambiguous: bool
    negated: bool = False
    claim_end: int | None = None  # "called the raid a crime": the claim is "the raid"


_ORDERED_DEED = lazy_pattern(r"[ \t]+(?:the|an?)[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+(?:ion|al|ment|ure)[ \t]+of\b")
_DISMISSED_ONE = lazy_pattern(r"[ \t]+(?:(?:him|her|them)\b|(?:the|his|her|its|their)[ \t]+(?:[a-z-]+[ \t]+)?"
                              r"(?P<noun>[a-z-]+)\b(?!['’]))")


def _refused_words(after: str) -> list[str]:
    """The words after "denied" that may name what was refused: "denied the Kenyan envoy a visa" (not a clause)."""
    words = after.lower().split()[:5]
    for i, word in enumerate(words):
        if word in ("that", "it", "they", "having", "reports", "claims", "allegations") or word.endswith(","):
            return words[:max(i, 3)]
    return words


def _removed_from_office(text: str, pos: int) -> bool:
    """Whether "dismissed" at ``pos`` takes a person or a body, not a claim: "dismissed him", "the army chief"."""
    m = _DISMISSED_ONE.match(text, pos)
    if not m:
        return False
    lex = actor_lexicon()
    return m.group("noun") is None or m.group("noun") in lex.titles or m.group("noun") in lex.bodies


# A state's name or a determiner before "state(s)": the noun, not the verb of saying.
_STATE_NOUN_BEFORE = lazy_pattern(r"(?:(?P<name>\b[A-Z][\w'-]*)|\b(?:the|a|an|its|their|this|that|each|every|member|"
                                  r"federal|[Ii]slamic|Gulf|Baltic|coastal|frontline|border|Arab|Western))[ \t]+\Z")


def _cues(text: str, s0: int, s1: int, lex: StanceLexicon, phrases: list[Phrase], names_end: set[int]
          ) -> list[_Found]:
    found = []
    for p in phrases:
        cue = lex.cues[p.key.lower()]
        named = any(p.start - k in names_end for k in (1, 2))  # "Number 10 denied": the number ends a name
        if (cue.cls not in ("noun", "complement") and not named
                and _MODIFIER_BEFORE.search(text, max(s0, p.start - 12), p.start)):
            continue  # "103 reported deaths", "the alleged attack", "its proposed plan": an adjective, not a verb
        if text.startswith(("' ", "’ "), p.end):
            continue  # "The Sahel states' confederation": a plural's possessive, not a verb
        if "no intention" in p.key.lower() and _war_follows(text, p.end, lex):
            continue  # "had no intention of going to war" reassures; it refuses nothing
        if cue.cls == "report" and cue.base and _INDEFINITE_BEFORE.search(text, max(s0, p.start - 40), p.start):
            continue  # "according to a media report": the noun, not the verb
        noun = _STATE_NOUN_BEFORE.search(text, max(s0, p.start - 30), p.start) if p.key.lower() in (
            "state", "states") else None
        if noun and not (noun.group("name") and (noun.start() == s0 or text[s0:noun.start()].rstrip().endswith(
                ('"', "“", ":")))):
            continue  # "villagers in Plateau state", "the Shan states": a federal state named, not the verb
        if p.key.lower() == "back" and _BACK_ADVERB.match(text, p.end):
            continue  # "to send troops back into Congo": the adverb, not the verb
        if cue.stance == "appeal" and text.startswith(("seek", "sought"), p.start) and _TO_NEXT.match(text, p.end):
            continue  # "sought to calm fears": trying, not asking
        if text.startswith(("stand", "stood"), p.start) and _IDLE.match(text, p.end):
            continue
        if text.startswith("recogni", p.start) and not _RECOGNISED.match(text, p.end):
            continue  # "recognised the new government" backs it; "recognised the bodies" is no stance
        if text.startswith("object", p.start) and _PROPOSAL_AFTER.match(text, p.end):
            cue = attrs.evolve(cue, stance="reject")  # "objected to the EU plan" refuses it
        if cue.stance == "reject" and text.startswith(_DISMISSING, p.start) and (
                _ALLEGATION_AFTER.match(text, p.end)
                or _ALLEGATION_BEFORE.search(text, max(s0, p.start - 60), p.start)):
            # "rejected the Armenian claims", "dismissed US allegations", "..., a charge Israel rejected"
            cue = attrs.evolve(cue, stance="deny")
        if text.startswith("agree", p.start) and _threat_agreed(text, p.end, lex):
            cue = attrs.evolve(cue, stance="threaten")  # "agreed to extend sanctions": a sanction decided on
        if text.startswith("propos", p.start) and not _PROPOSAL_OBJECT.match(text, p.end):
            continue  # "we propose to designate it group P": a proposal of a deal, a plan, talks ... is the offer
        if text.startswith("propos", p.start) and _threat_proposed(text, p.end, lex):
            cue = attrs.evolve(cue, stance="threaten")  # "proposed suspending trade concessions": a sanction
        if text.startswith("allow", p.start) and _FOR_NEXT.match(text, p.end):
            continue  # "will allow for an increase": room for something, no permission
        if p.key.lower() in ("sign", "signs", "signed") and not _SIGNED.match(text, p.end):
            continue  # "signed a decree banning the party" is no agreement; "signed a treaty" is
        if text.startswith("resist", p.start) and not _RESISTED.match(text, p.end):
            continue  # "resisted Soviet demands" refuses them; "resisted the assault" is no stance
        if text.startswith(_ORDERS, p.start) and _ORDERED_DEED.match(text, p.end):
            continue  # "ordered the expulsion of the ambassador": an order carried out, no one asked
        if text.startswith("dismiss", p.start) and _removed_from_office(text, p.end):
            continue  # "dismissed him", "dismissed the army chief": removed from office, nothing refused
        # "was still refusing", "are demanding": a progressive is a finite verb, not a participle hanging on a clause.
        gerund = cue.gerund and not _PROGRESSIVE.search(text, max(s0, p.start - 30), p.start)
        found.append(_Found(p.start, p.end, cue.stance, cue.cls, gerund, cue.cls in ("ambiguous", "vow") and cue.base))
    low = text[s0:s1].lower()  # cheap guards: most sentences have none of the rarer patterns' words
    evaluated = any(w in low for w in _EVALUATION_VERBS)
    for m in (lex.evaluation.finditer(text, s0, s1) if evaluated else ()):
        # "called the raid a crime", "described the claims as baseless": the evaluation gives the stance.
        # (A noun-or-verb form inside the object is the noun: "called the Iraqi offer a ploy".)
        if regex.search(r"[,;.]", m.group("object")) or any(
                f.start < m.end() and m.start() < f.end for f in found if f.start != m.start() and not f.ambiguous
                and not (f.cls == "report" and f.start >= m.start("object"))  # "dismissed the claims as ..."
                and not (f.cls == "complement" and f.start >= m.start("word"))):  # "called the remarks unacceptable"
            continue
        stance = lex.evaluations[m.group("word").lower()]
        if m.group("verb").lower().startswith(("dismiss", "reject")) and stance != "deny":
            continue  # "dismissed the offer as a sham", "rejected the plan as unacceptable" stay refusals
        found = [f for f in found if f.start != m.start() and not (m.start("word") <= f.start < m.end())]
        found.append(_Found(m.start(), m.end("verb"), stance, "event", False, False, claim_end=m.end("object")))
    for m in (lex.evaluation_fronted.finditer(text, s0, s1) if " as " in low else ()):
        # "dismissed as baseless reports that ...": the evaluated thing follows; a condemnation stays one.
        stance = lex.evaluations[m.group("word").lower()]
        verb = m.group("verb").lower()
        if verb.startswith(("denounc", "condemn")) or (verb.startswith(("dismiss", "reject")) and stance != "deny"):
            continue
        found = [f for f in found if f.start != m.start()]
        found.append(_Found(m.start(), m.end(), stance, "event", False, False))
    for m in (_DEADLINE.finditer(text, s0, s1) if any(w in low for w in _DEADLINE_WORDS) else ()):
        # "gave Britain until Friday to release the tanker", "gave the government 48 hours to": an ultimatum.
        found = [f for f in found if not m.start() <= f.start < m.end()]
        verb_end = m.end("verb") if m.group("verb") else m.end()  # "gave the miners an ultimatum"
        found.append(_Found(m.start(), verb_end, "threaten", "event", False, False))
    for m in (_BLOCKED.finditer(text, s0, s1) if "block" in low else ()):
        # "blocked an EU statement", "blocked the latest sanctions package": a veto of a text or a measure.
        if not any(f.start <= m.start() < f.end for f in found):
            found.append(_Found(m.start(), m.end("verb"), "reject", "event", False, False))
    for m in (_ALERT.finditer(text, s0, s1) if "alert" in low else ()):
        # "put the army on maximum alert", "placed its forces on high alert": forces readied are a threat.
        if not any(f.start <= m.start() < f.end for f in found):
            found.append(_Found(m.start(), m.end("verb"), "threaten", "event", False, False))
    halting = any(w in low for w in ("suspend", "halt", "froze", "freez", " off "))
    for m in (_TALKS_HALTED.finditer(text, s0, s1) if halting else ()):
        # "suspended peace talks with the ELN", "broke off the negotiations": talks ended are a refusal.
        if not any(f.start <= m.start() < f.end for f in found):
            found.append(_Found(m.start(), m.end("verb"), "reject", "event", False, False))
    for m in _TOLD_TO.finditer(text, s0, s1):
        # "told Iraq to withdraw", "pressed the rebels to disarm": an appeal, not a report.
        found = [f for f in found if not (f.start == m.start() and f.cls == "report")]
        found.append(_Found(m.start(), m.end("verb"), "appeal", "event", False, False))
    for m in lex.light_nominal.finditer(text, s0, s1):
        # "issued a call for restraint", "reiterated its opposition to": the noun names the act; a reporting verb
        # in the phrase gives way, a cue phrase of the lexicon ("expressed support") stands.
        if any(f.start < m.end() and m.start() < f.end and f.cls != "report" and f.start < m.start("noun")
               for f in found):
            continue  # the noun alone ("warning", "demands") is no verb here
        found = [f for f in found if not (m.start() <= f.start < m.end())]
        found.append(_Found(m.start(), m.end(), lex.nominals[m.group("noun").lower()], "event", False, False))
    for m in _SPLIT_PHRASAL.finditer(text, s0, s1):
        # "called Monday for talks", "voted again against": a phrasal cue split by a time word or an adverb.
        split = lex.cues.get(f"{m.group('verb')} {m.group('part')}".lower())
        if split is not None and split.cls == "event" and not any(f.start < m.end() and m.start() < f.end
                                                                   for f in found):
            found.append(_Found(m.start(), m.end(), split.stance, "event", False, False))
    taken = [(f.start, f.end) for f in found]
    for m in _COMMITMENT.finditer(text, s0, s1):
        verb = m.group("verb")
        negative = bool(m.group("neg") or m.group("wont") or m.group("notto"))
        following = text[m.end():min(s1, m.end() + 60)].lower().split()[:6]
        if verb == "hesitate" and negative:
            # "will not hesitate to use force": the act is what follows, affirmed.
            negative, verb = False, following[1] if following[:1] == ["to"] and len(following) > 1 else verb
            following = following[2:]
        if verb in ("continue", "use") and (any(w.strip(",.;") in _MILITARY for w in following[:2])
                                            or (verb == "continue" and "against" in following[1:3])) and not any(
                w.strip(",.;") in _HELP for w in following[:3]):  # ("will continue military aid" helps)
            verb = "fight"  # "will continue the war", "would continue its attacks", "will not hesitate to use force"
            armed = True  # (whatever the modal: "is prepared to use force against the rebels")
        else:
            armed = False
        helping = verb == "continue" and any(w.strip(",.;") in _HELP for w in following[:3])
        if helping:
            verb = "provide"  # "will continue military aid to Mozambique": help kept up is an offer
        if verb == "respond" and any(w.strip(",.;") in _REPLIES for w in following[:4]):
            continue  # "would respond within days", "will respond to the proposal": a reply, no retaliation
        halted = verb in _HALTS and any(w.strip(",.;") in _MILITARY or w.strip(",.;") in _HOSTILITIES
                                        for w in following[:3])  # "would halt attacks on US forces" de-escalates
        if verb in ("remain", "stay") and following[:1] in (["in"], ["part"], ["engaged"], ["committed"]):
            verb = "serve"  # "troops will remain in the force" is a commitment kept ("will remain closed" is none)
        if verb in lex.threat_verbs and lex.cues.get(verb) and not negative:
            # "would boycott": the threat of a refusal is a threat; the verb's own cue gives way.
            found = [f for f in found if not f.start <= m.start("verb") < f.end]
        elif (verb in _NOT_COMMITTED or any(a <= m.start("verb") < b for a, b in taken)
              or (verb in lex.cues and lex.cues[verb].cls != "report")):
            continue
        passive = " be " in text[m.start():m.start("verb") + 1] and (verb.endswith(("ed", "en", "wn"))
                                                                     or verb in _PARTICIPLES)
        if " be " in text[m.start():m.start("verb") + 1] and not passive and verb not in _READY:
            continue  # "Syria would not be a threat", "it would be a partner": a state described, no commitment
        if m.group("may"):
            # Only a threat makes a possibility or a plan an act: "may halt", "plans to impose".
            if verb in lex.threat_verbs and not negative:
                found.append(_Found(m.start(), m.end(), "threaten", "commitment", False, False))
            continue
        condition = bool(_CONDITION.search(text, m.end(), s1))
        threat = (verb in lex.threat_verbs or (m.group("will") and verb in lex.threat_will_verbs) or armed
                  or (verb in _BUILDUP and any(w.strip(",.;") in _ARMS for w in following[:4]))
                  or any(w.strip(",.;") in lex.threat_objects for w in following) or condition
                  or (verb == "defend" and "against" in following))  # "will defend itself against any attack"
        peaceful = (verb in ("resume", "launch", "pursue") and any(
            w.strip(",.;") in lex.peace_objects for w in following[:3])) or (
            # "would withdraw its troops from the border": one's own forces pulled back de-escalate (PLOVER's AGREE
            # "intent to de-escalate"); a condition keeps it a threat.
            verb in ("withdraw", "pull") and not condition and following[:1] in (["its"], ["their"], ["all"])
            and any(w.strip(",.;") in _OWN_FORCES for w in following[1:3]))
        if peaceful or halted or helping or any(w.strip(",.;") in lex.ills for w in following[:3]) or (
                threat and not condition and _UNDER_ACCORD.match(text, s0, m.start())):
            # "will fight corruption", "would crush the drug trade", "will resume talks": a promise, not a threat; so
            # is what a party will do "under the accord" ("Under the deal, Armenia will withdraw its forces").
            threat = False
        if verb == "tolerate" and negative:
            threat, negative = True, False  # "will not tolerate any discrimination": a warning of what it will do
        if verb in ("interfere", "meddle") and negative:
            negative = False  # "would not interfere in the election": an assurance given, nothing refused
        if threat and negative and condition and verb in _TAKING_PART and not any(
                w.strip(",.;") in lex.threat_objects for w in following[:3]):
            # "will not attend the conference unless Israel commits to ...": staying away on a condition refuses.
            threat = False
        if threat and negative and not condition and verb not in lex.threat_objects:
            # "would not withdraw its troops", "will not stop the talks": a threat verb refused is a refusal; a
            # condition keeps it a threat ("will not stop unless ...").
            threat = False
        if threat and (m.group("will") or "").startswith(_DECISIONS):
            continue  # "decided to withdraw from the market": a decision carried out, not a threat, nor an offer
        if passive and not threat and not any(f.stance == "warn" and f.end <= m.start() for f in found):
            # "the leaders would be transferred to another prison": what befalls them, not their offer (but what a
            # warning says will be done is the warner's act: "warned that any convoy would be treated as a target").
            continue
        # "voted to leave the Commonwealth of Independent States", "will quit the alliance": membership refused.
        leaving = verb in _LEAVING and any(w.strip(",.;") in _MEMBERSHIPS for w in following[:5])
        if leaving:
            stance = "support" if negative else "reject"  # ("will not leave the alliance" stays in it)
        else:
            stance = "threaten" if threat else ("reject" if negative else "support")
        found.append(_Found(m.start(), m.end(), stance, "commitment", False, False, negative))
    found.sort(key=lambda f: f.start)
    return found


_PROPOSAL_OBJECT = lazy_pattern(
    r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?:plans?|deal|ceasefire|truce|talks|framework|peace|agreement|solution|resolution|"
    r"initiative|referendum|meeting|summit|exchange|roadmap|compromise|dialogue|mediation|negotiations|settlement|swap|"
    r"suspending|imposing|freezing|cutting|sanctions|tariffs|elections?|reforms?|force|mission|corridor|pause)\b"
)
_PROPOSED_ACT = lazy_pattern(r"[ \t]+(?:to[ \t]+)?(?P<verb>[a-z]+)")


def _threat_proposed(text: str, pos: int, lex: StanceLexicon) -> bool:
    """Whether what is proposed is a threat verb: "proposed suspending", "proposes to impose"."""
    m = _PROPOSED_ACT.match(text, pos)
    if not m:
        return False
    verb = m.group("verb")
    stems = {verb, verb[:-3], verb[:-3] + "e", verb[:-4]} if verb.endswith("ing") else {verb}
    return any(stem in lex.threat_verbs for stem in stems)


_AGREED_TO = lazy_pattern(r"[ \t]+to[ \t]+(?P<verb>[a-z]+)(?P<rest>(?:[ \t]+[\w'’-]+){0,3})")


def _threat_agreed(text: str, pos: int, lex: StanceLexicon) -> bool:
    """Whether what is agreed is a sanction: "agreed to impose tariffs", "agreed to extend sanctions"."""
    m = _AGREED_TO.match(text, pos)
    if not m:
        return False
    verb, rest = m.group("verb"), m.group("rest").lower().split()
    if verb in _HALTS and any(w.strip(",.;") in lex.ills or w.strip(",.;") in _HOSTILITIES for w in rest[:3]):
        return False  # "agreed to suspend kidnappings", "agreed to halt hostilities": an ill given up is an offer
    return verb in lex.threat_verbs or (verb in ("extend", "tighten", "renew", "expand", "maintain")
                                        and any(w.strip(",.;") in lex.threat_objects for w in rest))


def _war_follows(text: str, pos: int, lex: StanceLexicon) -> bool:
    words = [w.strip(",.;") for w in text[pos:pos + 50].lower().split()[:4]]
    return any(w in _MILITARY or w.removesuffix("ing") in lex.threat_verbs
               or f"{w.removesuffix('ing')}e" in lex.threat_verbs for w in words)


_Frame = tuple[int, int, Actor]


def _one_person(actor: Actor) -> bool:
    """Whether "he" or "she" can stand for the actor: a person or a one-person office ("the minister")."""
    return actor.kind == "person" or (actor.kind in ("government", "military", "police", "group")
                                      and not actor.text.endswith("s"))


class _Context:
    """Mentions of the whole report and what coreference needs: the last speakers, in order."""

    def __init__(self, text: str, mentions: list[Actor]) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [a.start for a in self.mentions]
        self.cues = stance_lexicon().phrases.find(text, word_spans(text))
        self.cue_starts = [p.start for p in self.cues]
        self.speakers: list[Actor] = []

    def cue_phrases(self, s0: int, s1: int) -> list[Phrase]:
        lo = bisect.bisect_left(self.cue_starts, s0)
        hi = bisect.bisect_left(self.cue_starts, s1)
        return [p for p in self.cues[lo:hi] if p.end <= s1]

    def within(self, s0: int, s1: int) -> list[Actor]:
        lo = bisect.bisect_left(self.starts, s0)
        hi = bisect.bisect_left(self.starts, s1)
        return [a for a in self.mentions[lo:hi] if a.end <= s1]

    def person_named(self, surname: str, pos: int) -> Actor | None:
        hi = bisect.bisect_left(self.starts, pos)
        for actor in reversed(self.mentions[max(0, hi - 60):hi]):
            if actor.kind == "person" and actor.name.split()[-1] == surname:
                return actor
        return None

    def last_before(self, pos: int, person: bool | None = None) -> Actor | None:
        hi = bisect.bisect_left(self.starts, pos)
        for actor in reversed(self.mentions[max(0, hi - 60):hi]):
            if person is None or (actor.kind == "person") == person:
                return actor
        return None


def _pronouns(text: str, s0: int, s1: int) -> list[Actor]:
    return [Actor(m.start(), m.end(), m.group(), _pronoun_name(m.group()), None, "pronoun")
            for m in _PRONOUN.finditer(text, s0, s1)]


def _pronoun_name(surface: str) -> str:
    low = surface.lower()
    if low.endswith("country"):
        return "it"
    return "both" if low.startswith(("the two", "both")) else low


_DEFINITE_BAND = lazy_pattern(r"(?i:the)[ \t]+(?:militants|rebels|insurgents|guerrillas|jihadists|fighters|"
                              r"militiamen|gunmen)")
_PLACE_BEFORE = lazy_pattern(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Ii]nside)[ \t]+\Z")


def _conjuncts(text: str, subject: Actor, mentions: list[Actor]) -> list[Actor]:
    """The subject and every actor joined to it by "and" or commas: "The United States and Jordan"."""
    group = [a for a in mentions if (a.start, a.end) == (subject.start, subject.end)] or [subject]
    left = subject
    earlier = [a for a in mentions if a.end <= subject.start]
    while earlier:
        prev = earlier.pop()
        if prev.end > left.start:
            continue
        link = _CONJ.fullmatch(text, prev.end, left.start)
        # A bare comma joins only inside a list that ends in "and" ("A, B and C"), never an adverbial to its clause.
        if not link or prev.kind == "pronoun" or (left is subject and link.group().strip() == "," and not (
                # A headline joins two states with a bare comma: "Egypt, Sudan agree to coordinate".
                prev.kind == subject.kind == "state" and not text[:prev.start].rstrip(" \t").endswith(
                    tuple("abcdefghijklmnopqrstuvwxyz,;:")))) or (
                link.group().strip() == "," and _PLACE_BEFORE.search(text, max(0, prev.start - 8), prev.start)):
            break  # "In Cairo, Egypt and Sudan agreed": a place set before the clause is no one in the list
        group = [a for a in mentions if (a.start, a.end) == (prev.start, prev.end)] + group
        left = prev
    return group


def _conjuncts_after(text: str, first: Actor, mentions: list[Actor]) -> list[Actor]:
    """The agent and the actors listed after it: "backed by France, Germany and Italy"."""
    group = [first]
    links = []
    for actor in mentions:
        if actor.start >= group[-1].end and actor.kind != "pronoun":
            link = _CONJ.fullmatch(text, group[-1].end, actor.start)
            if not link:
                break
            group.append(actor)
            links.append(link.group().strip())
    # A bare comma joins only inside a list that ends in "and": in "turned down by Vietnam, the foreign ministry
    # said" the ministry is the reporter.
    while links and links[-1] == ",":
        links.pop()
        group.pop()
    return group


def _subject(text: str, cue: _Found, s0: int, mentions: list[Actor], agent: bool = True,
             cues: list[_Found] | None = None) -> tuple[list[Actor], bool] | None:
    """The actors doing the act of ``cue`` and whether the verb is negated; None when there is none.

    With ``agent=False`` a passive verb gives its grammatical subject, not its "by" agent.
    """
    before = [a for a in mentions if a.end <= cue.start]
    first_word = text[cue.start:cue.end].split(" ")[0]
    participle = not first_word.endswith("ing")
    # "Rebels backed by Rwanda": a participle with its agent modifies the noun before it; the agent acts.
    reduced = (participle and first_word.endswith("ed") and bool(_BY_AGENT.match(text, cue.end + 1))
               and (any(_APPOSED_END.fullmatch(text, a.end, cue.start) or text[a.end:cue.start] == " "
                        for a in before[-1:])
                    # "was welcomed by Ghana but rejected by Nigeria": the passive's second verb, its "was" elided
                    or bool(_ELIDED_PASSIVE.search(text, s0, cue.start))))
    # "two Pakistani diplomats accused of spying": an accusation verb with its charge and no object is passive.
    reduced = reduced or (cue.stance == "accuse" and first_word.endswith("ed") and " " not in text[cue.start:cue.end]
                          and bool(_CHARGE_NEXT.match(text, cue.end)))  # ("traded accusations of" is active)
    if agent and participle and (reduced or _PASSIVE.search(text, max(s0, cue.start - 40), cue.start)):
        by = _BY_AGENT.search(text, cue.end, min(len(text), cue.end + 160))
        if by:
            after = [a for a in mentions if by.end() <= a.start <= by.end() + 40]
            if after:
                return _conjuncts_after(text, after[0], mentions), False
            agent_m = _AGENT_NAME.match(text, by.end())
            if agent_m and agent_m.group("name").split()[0] not in _NOT_PROPER:
                # "were asked by the World Jewish Congress to ...": a name the lexicon lacks is the agent.
                agent_end = agent_m.end() - agent_m.group().endswith(".")
                agent_name = text[agent_m.start("name"):agent_end]
                country = actor_lexicon().demonyms.get(agent_name.split()[0]) if " " in agent_name else None
                kind = "group" if country or any(w in _ORG_WORDS for w in agent_name.split()) else "person"
                return [Actor(agent_m.start(), agent_end, text[agent_m.start():agent_end], agent_name, country,
                              kind)], False
        return None
    head = next((a for a in before if a.kind != "pronoun"), None)
    if (head is not None and cues is not None and _SENTENCE_START.fullmatch(text, s0, head.start)
            and not any(head.end <= c.start < cue.start for c in cues)):
        long_gap = _LONG_APPOSITION.fullmatch(text, head.end, cue.start)
        if long_gap:
            # "Kenya, which borders Somalia, Ethiopia and South Sudan, rejected": the sentence's subject, past the
            # commas of its apposition or relative clause.
            return [head], bool(_NEGATION.search(text, long_gap.start("tail"), cue.start))
    near = before[-6:]
    for actor in reversed(near):
        if _AGENT_BEFORE.search(text, max(s0, actor.start - 20), actor.start):
            continue  # "Rebels backed by Rwanda rejected": Rwanda is the agent of "backed", not the subject
        if any(o.start < actor.start and actor.end <= o.end for o in near):
            continue  # "Ethnic Russians in Estonia demanded": the whole phrase acts, not the place inside it
        if actor.kind == "state" and any(o.end < actor.start and o.country and o.kind not in ("state", "pronoun")
                                         and _PLACE_OF.fullmatch(text, o.end, actor.start) for o in near):
            continue  # "Tibetan exiles in India urged": the exiles act; India is only where they are
        gap = _GAP.fullmatch(text, actor.end, cue.start) or (
            # "The mayor, Ihor Terekhov, said": the mention ends on the name; its closing comma is the gap. So it is
            # for a name in apposition to a noun the lexicon does not know: "Russia's largest gas producer, Gazprom,".
            ((", " in actor.text and actor.kind == "person") or (
                text.endswith(", ", max(s0, actor.start - 2), actor.start) and actor.kind != "pronoun"))
            and _APPOSED_END.fullmatch(text, actor.end, cue.start))
        if gap and cue.ambiguous and not (_BASE_VERB.search(text, actor.end, cue.start) or actor.kind == "pronoun"
                                          or (((actor.text.endswith("s") and actor.kind not in ("state", "igo"))
                                               or len(_conjuncts(text, actor, mentions)) > 1)
                                              and not text.endswith("s", cue.start, cue.end))
                                          or _singular_verb(text, actor, cue)):
            return None
        if gap and first_word.endswith("s") and text[actor.end:cue.start] == " " and _OBJECT_POSITION.search(
                text, max(s0, actor.start - 30), actor.start):
            return None  # "rejected opposition calls for": the "-s" form is the noun of the object
        if (gap and text[actor.end:cue.start] == " " and actor.kind in _SINGULAR_NAMES
                and not first_word.endswith(("s", "ed", "ing")) and _OBJECT_POSITION.search(
                    text, max(s0, actor.start - 30), actor.start)):
            return None  # "rejected the U.N. call for disarmament": a base form after a singular object is a noun
        if gap:
            if _SUBORDINATE.search(text, max(s0, actor.start - 12), actor.start):
                return None
            head = _head_of(text, actor, before)
            if head is not None:
                actor = head
            # "Russia's largest bank, Sberbank Group, said": the name in apposition is the more precise actor.
            named = [a for a in before if a.start > actor.end and a.kind not in ("pronoun", "government", "group")
                     and _APPOSED.fullmatch(text, actor.end, a.start)
                     and _APPOSED_END.fullmatch(text, a.end, cue.start)]
            if named:
                actor = named[0]
            negated = bool(_NEGATION.search(text, actor.end, cue.start))
            group = _conjuncts(text, actor, mentions)
            along = _ALONG_WITH.match(text, actor.end, cue.start)
            if along:
                # "Tajikistan, along with Kyrgyzstan, signed": the companions act too.
                first = next((a for a in mentions if a.start == along.end() and a.kind != "pronoun"), None)
                group += [a for a in _conjuncts_after(text, first, mentions) if a.end <= cue.start] if first else []
            if _NEITHER.search(text, max(s0, group[0].start - 9), group[0].start):
                negated = True
            if _RELATIVE.match(text, actor.end):
                # "such as Surinam and South Africa, which urged compromise": the relative clause is the last one's.
                return [a for a in mentions if (a.start, a.end) == (actor.start, actor.end)], negated
            return group, negated
    if not cue.ambiguous:
        unknown = _unknown_subject(text, cue, s0, before)
        if unknown is not None:
            return [unknown], bool(_NEGATION.search(text, unknown.end, cue.start))
    collective = before[-1] if before and before[-1].text.split()[-1].lower() in _COLLECTIVES else None
    if collective is not None and _SENTENCE_START.fullmatch(text, s0, collective.start):
        # "A group of Nobel laureates appealed": the group acts, whoever its members are.
        of = _OF_MEMBERS.match(text, collective.end, cue.start)
        members = of.end() if of else cue.start
        for word in list(_WORD.finditer(text, members, cue.start))[:4] if of else ():
            if _GAP.fullmatch(text, word.end(), cue.start):
                # "a group of 40 Chinese intellectuals": the members' demonym places the group.
                demonyms = actor_lexicon().demonyms
                placed = next((demonyms[w.group()] for w in _WORD.finditer(text, members, word.end())
                               if w.group() in demonyms), None)
                if collective.country is None and placed:
                    collective = attrs.evolve(collective, country=placed)
                return [collective], bool(_NEGATION.search(text, word.end(), cue.start))
    return None


# "A group of Nobel laureates", "a delegation of Afghan elders": a collective and its members.
_COLLECTIVES = frozenset(("group", "groups", "delegation", "coalition", "alliance", "association", "committee",
                          "council", "union", "federation", "panel", "team", "body", "network", "number"))
_OF_MEMBERS = lazy_pattern(r"[ \t]+of[ \t]+")


def _singular_verb(text: str, actor: Actor, cue: _Found) -> bool:
    """Whether a noun-or-verb "-s" form is a verb: "Uganda demands", "Amnesty backs" (not "the rebel demands")."""
    name = actor.text.removeprefix("The ").removeprefix("the ")
    return (text.endswith("s", cue.start, cue.end) and actor.kind in _SINGULAR_NAMES and name[:1].isupper()
            and not name.endswith("s") and not _OBJECT_POSITION.search(text, max(0, actor.start - 30), actor.start))


# "Yemen rebuffed US requests": a name right after a past verb is the object's modifier, not a subject.
_OBJECT_POSITION = lazy_pattern(r"\b(?:[a-z]+ed|despite|after|over|amid|against|of|for|to|with|about|on|by|from|under)"
                                r"\s+(?:the\s+|an?\s+)?\Z")


_SINGULAR_NAMES = frozenset({"state", "igo", "ngo", "company", "media", "person"})


# A name the lexicon does not know ("Abdullah Gul", "the Kifaya movement") can still be the subject.
_PROPER = lazy_pattern(r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|for|the|de|al|bin|and)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,5}")
_NOT_PROPER = frozenset((
    "The", "A", "An", "In", "On", "At", "For", "From", "With", "By", "As", "If", "But", "And", "Or", "Of", "To",
    "It", "He", "She", "They", "We", "This", "That", "These", "Those", "After", "Before", "When", "While", "Meanwhile",
    "However", "There", "Here", "Some", "Many", "Several", "Most", "All", "Both", "Each", "Other", "Such",
    "Despite", "Amid", "Although", "Though", "Following", "During", "Under", "Without", "Since", "Unlike", "Like",
    "Including", "According", "Having", "Being",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "I",
))
_ORG_WORDS = frozenset(("Party", "Front", "Movement", "Group", "Union", "Council", "Association", "Forum", "Army",
                        "Organization", "Organisation", "Committee", "Alliance", "Coalition", "League", "Brigade",
                        "Brigades", "Guards", "Federation", "Congress", "Commission", "Agency", "Institute", "Network"))


# Where a subject can start: the sentence start, after a clause break, a quotation or an article.
_WORD = lazy_pattern(r"\S+")
_SUBJECT_POSITION = lazy_pattern(
    r"(?:^|[,;:\"“”(]|\band|\bbut)\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z-]+\s+)?\Z|^(?:[Tt]he|[Aa]n?)\s+\Z"
)


# "Bolivian rice producers demanded": a demonym and a plural noun the body lexicon lacks, in subject position.
_DEMONYM_NP = lazy_pattern(
    r"(?<![\w-])(?P<dem>\p{Lu}[\p{L}-]+)(?:[ \t]+(?:\p{Lu}[\p{L}-]+|[a-z][a-z-]+)){0,2}?[ \t]+(?P<noun>[a-z][a-z-]+s)"
)


def _unknown_subject(text: str, cue: _Found, s0: int, before: list[Actor]) -> Actor | None:
    window = max(s0, cue.start - 120)
    last_known = before[-1].end if before else s0
    group = _demonym_subject(text, cue, max(window, last_known))
    if group is not None:
        return group
    for m in reversed(list(_PROPER.finditer(text, max(window, last_known), cue.start))):
        words = [w for w in _WORD.finditer(text, m.start(), m.end())]
        while words and words[0].group() in _NOT_PROPER:
            words.pop(0)
        if not words or not _GAP.fullmatch(text, m.end(), cue.start):
            continue
        start = words[0].start()
        if _SUBORDINATE.search(text, max(s0, start - 12), start):
            return None
        if not _SUBJECT_POSITION.search(text[max(s0, start - 30):start]):
            continue
        name = text[start:m.end()]
        kind = "group" if any(w.group() in _ORG_WORDS for w in words) or len(words) > 4 else "person"
        # "the Russian Orthodox Church": a name that starts with a demonym belongs to that country.
        country = actor_lexicon().demonyms.get(words[0].group()) if len(words) > 1 else None
        return Actor(start, m.end(), name, name, country, "group" if country else kind)
    return None


def _demonym_subject(text: str, cue: _Found, start: int) -> Actor | None:
    """A people or trade the lexicon does not list, placed by its demonym: "Peruvian rice producers demanded"."""
    demonyms = actor_lexicon().demonyms
    cues = stance_lexicon().cues
    for m in reversed(list(_DEMONYM_NP.finditer(text, start, cue.start))):
        dem, noun = m.group("dem"), m.group("noun")
        if (dem in demonyms and noun not in cues and noun[:-1] not in cues
                and _GAP.fullmatch(text, m.end(), cue.start)
                and _SUBJECT_POSITION.search(text[max(0, m.start() - 30):m.start()])):
            begin = m.start()
            article = _ARTICLE_BEFORE.search(text, max(0, begin - 4), begin)
            begin = article.start() if article else begin
            return Actor(begin, m.end(), text[begin:m.end()], text[m.start():m.end()], demonyms[dem], "group")
    return None


_ARTICLE_BEFORE = lazy_pattern(r"\b[Tt]he[ \t]+\Z")
_THE_BEFORE = lazy_pattern(r"(?:[Tt]he[ \t]+)?")


_AFTER_COMMA = lazy_pattern(r",\s*\Z")
# A reporting verb right after a clause break or a quotation is inverted: '"...," said the ministry'.
# (Searched in a slice: "\A" and "^" do not match at a search's start position.)
_CLAUSE_OPENING = lazy_pattern(r"(?:\A|[,\"”’])\s*\Z")
# "the raid was a war crime", "the claims were baseless", "this amounts to a declaration of war": a verdict.
_JUDGED = lazy_pattern(
    r"\b(?:is|was|are|were|amounts?\s+to|amounted\s+to|constitutes?|constituted)\s+"
    r"(?:(?:a|an|nothing\s+but|nothing\s+less\s+than|tantamount\s+to|completely|totally|utterly|entirely|clearly|"
    # (an adjective after "a" is its own step: "a flagrant violation" is judged by "violation")
    r"simply|pure|clear|blatant|flagrant|gross|grave|serious|brazen|outright|act\s+of|de\s+facto)\s+)*"
    r"(?:[a-z]+\s+){0,1}?(?P<word>[a-z]+(?:\s+of\s+war|\s+crimes?|\s+motivated)?)\b"
)
_PLACE_HINT = lazy_pattern(r"\b(?:in|near|from|at|outside|around|across|inside|(?:town|city|village|region|province|"
                           r"district|state|county|area)[ \t]+of)[ \t]+(?:the[ \t]+)?\p{Lu}")
# "violating a ceasefire", "the collapse of the truce": a truce named as broken is no offer of one.
_TRUCE_BROKEN = lazy_pattern(r"\b(?:violat\w*|breach\w*|broke|break\w*|end(?:ed|s)?|collapse\w*|abandon\w*)"
                             r"(?:[ \t]+(?:of|to))?[ \t]+(?:the|a|an|its|their)?[ \t]*(?:\w+[ \t]+)?\Z")
_TRUCE_FAILED = lazy_pattern(r"[ \t]+(?:had[ \t]+|has[ \t]+|was[ \t]+|is[ \t]+)?(?:collapsed|broken[ \t]+down|"
                             r"broke[ \t]+down|failed|ended|violated|breached|over)\b")
_ALONG_WITH = lazy_pattern(r",\s+(?:along|together)\s+with\s+|,\s+as\s+well\s+as\s+|,\s+joined\s+by\s+")
_INVERTED_GAP = lazy_pattern(rf"\s+(?:(?:{_TIME})\s+)?")
_CLAUSE_VERB = lazy_pattern(r"[ \t]+(?:had|has|have|was|were|is|are|would|will|could|must|should|did|does|do|"
                            r"[a-z]{3,}ed)\b(?![ \t]+by\b)")


# "The Turkish and Greek sides of the divided island of Cyprus have agreed": the head of the phrase acts.
_OF_PHRASE = lazy_pattern(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+(?:the\s+)?)?")


def _head_of(text: str, actor: Actor, before: list[Actor]) -> Actor | None:
    earlier = [a for a in before if a.end <= actor.start]
    if not earlier or earlier[-1].kind == "pronoun" or actor.kind == "pronoun":
        return None
    prev = earlier[-1]
    if prev.kind in ("state", "person") or not _OF_PHRASE.fullmatch(text, prev.end, actor.start):
        return None
    return prev


def _inverted_subject(text: str, cue: _Found, s1: int, mentions: list[Actor]) -> Actor | None:
    """The speaker after the cue: "..., said the ministry's spokesman" or "according to local media"."""
    for actor in mentions:
        if actor.start >= cue.end and actor.kind != "pronoun" and _INVERTED_GAP.fullmatch(text, cue.end, actor.start):
            # "X, a spokesman, said the RSF had shelled ...": an actor with a verb of its own is what was said.
            return None if _CLAUSE_VERB.match(text, actor.end, s1) else actor
        if actor.start > cue.end + 40:
            break
    return None


def _claim(text: str, start: int, s1: int, s0: int | None = None) -> Claim | None:
    m = _CLAIM_START.match(text, start, s1)
    begin = m.end() if m else start
    end_m = _CLAIM_END.search(text, begin, s1)
    end = end_m.start() if end_m else s1
    if s0 is not None and _open_quote(text, s0, begin) is not None:
        # '"We reject the plan," Kenya said': a claim inside a quotation ends with it.
        close = _CLOSE_QUOTE.search(text, begin, s1)
        end = min(end, close.start()) if close else end
    elif (opened := _open_quote(text, begin, end)) is not None:
        # A comma inside a quotation does not end it: 'said "we will, if need be, fight"'.
        close = _CLOSE_QUOTE.search(text, opened + 1, s1)
        end = max(end, close.end()) if close else end
    claim = _trimmed(text, begin, end)
    if claim is not None and text.endswith(" and", claim.start, claim.end):
        claim = _trimmed(text, claim.start, claim.end - 4)
    return claim


_QUOTE_MARK = lazy_pattern(r"[\"“”‘’]")
_CLOSE_QUOTE = lazy_pattern(r"[\"”’](?=[\s,.;:!?)]|\Z)")
_STRIP_END = " \t\n\"'”’“‘,.;:"
_STRIP_START = " \t\n\"'”’“‘"


def _open_quote(text: str, a: int, b: int) -> int | None:
    """The position of a quotation mark opened in ``text[a:b]`` and not closed there, else None."""
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(text, a, b):
        c = m.group()
        if c == "’" and (opened is None or text[opened] != "‘"):
            continue  # an apostrophe ("don’t", "Ukraine’s"), unless it closes a single quotation mark
        if c == "‘" and m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        opened = m.start() if c in "“‘" or (c == '"' and opened is None) else None
    return opened


def _trimmed(text: str, a: int, b: int) -> Claim | None:
    """The span without the spaces, punctuation and quotation marks around it, keeping quotation marks paired.

    'the figures were "considerably higher."' keeps its closing mark; 'in Wednesday's vote' keeps its apostrophe.
    """
    a0, b0 = a, b
    while b > a and text[b - 1] in _STRIP_END and not (text[b - 1] in "'’" and _possessive(text, b - 1)):
        b -= 1
    while a < b and text[a] in _STRIP_START:
        a += 1
    if _open_quote(text, a, b) is not None:
        close = _CLOSE_QUOTE.search(text, b, b0)
        if close:
            b = close.end()
    elif (text.count('"', a, b) % 2 or text.count("”", a, b) > text.count("“", a, b)) and a > a0:
        opener = max(text.rfind('"', a0, a), text.rfind("“", a0, a))
        a = opener if opener >= 0 else a
    return Claim(a, b, text[a:b]) if b - a >= 2 else None


def _possessive(text: str, i: int) -> bool:
    """Whether the apostrophe at ``i`` ends a plural possessive ("the rebels' demands"), not a quotation."""
    return text[i - 1:i] == "s" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower()


_SECOND_VERB = lazy_pattern(rf"(?:,\s*|\s)(?:and|but)\s+(?:{_AUX}\s+)*\Z")
_SENTENCE_START = lazy_pattern(r"[\"“‘'(\s]*")
_SENTENCE_END = lazy_pattern(r"[.!?][\"”’]?\s+")
_QUOTED = lazy_pattern(r"[\"“]([^\"“”]{2,})[\"”]")


def _front_claim(text: str, start: int, end: int) -> Claim | None:
    """What precedes "..., the ministry said": the quotation when there is one, else the whole clause."""
    quotes = list(_QUOTED.finditer(text, start, end))
    if quotes and quotes[0].start() - start <= 1:
        a, b = quotes[0].start(1), quotes[-1].end(1)
    else:
        a, b = start, end
    return _trimmed(text, a, b)


def _target(cue: _Found, subject: list[Actor], mentions: list[Actor], limit: int) -> Actor | None:
    spans = {(a.start, a.end) for a in subject}
    for actor in mentions:
        if actor.end > limit:
            return None
        if actor.start >= cue.end and (actor.start, actor.end) not in spans and actor.kind != "pronoun":
            return actor if actor.start - cue.end <= 40 else None
    return None


class _Sentence:
    def __init__(self, ctx: _Context, s0: int, s1: int, lex: StanceLexicon) -> None:
        self.ctx, self.s0, self.s1, self.lex = ctx, s0, s1, lex
        self.mentions = sorted(ctx.within(s0, s1) + _pronouns(ctx.text, s0, s1), key=lambda a: (a.start, -a.end))
        named = [(a.start, a.end) for a in self.mentions if a.kind != "pronoun"]
        # A cue inside a name is part of it ("the United States"); a mention inside a cue is not ("lodged an official
        # protest").
        phrases = [p for p in ctx.cue_phrases(s0, s1)
                   if not any(a < p.end and p.start < b and not (p.start <= a and b <= p.end) for a, b in named)]
        self.cues = _cues(ctx.text, s0, s1, lex, phrases, {b for _, b in named})
        self.clauses = self._clause_starts()
        self.absorbed: set[int] = set()
        self.participles: list[int] = []

    def _clause_starts(self) -> list[int]:
        """Where coordinated clauses with their own subject and cue begin: "X abstained, while Y declined"."""
        text, out = self.ctx.text, list[int]()
        contrast = bool(_CONTRAST_OPENING.match(text, self.s0, self.s1))
        for cue in self.cues:
            if cue.cls in ("noun", "complement"):
                continue
            for actor in reversed([a for a in self.mentions if a.end <= cue.start][-3:]):
                if _GAP.fullmatch(text, actor.end, cue.start):
                    window = max(self.s0, actor.start - 40)
                    # A comma opens the main clause after a contrast, or a trailing attribution (", officials said").
                    brk = _CLAUSE_BREAK.search(text, window, actor.start) or (
                        _COMMA_BREAK.search(text, window, actor.start)
                        if (contrast and not out) or cue.cls == "report" else None)
                    if brk and len(_conjuncts(text, actor, self.mentions)) == 1:
                        out.append(brk.start())
                    break
        return sorted(out)

    def _clause_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.clauses, pos)
        return self.clauses[i] if i < len(self.clauses) else self.s1

    def resolve(self, actor: Actor, frames: list[_Frame]) -> Actor | None:
        if actor.kind == "person" and actor.country is None and " " not in actor.name:
            # "Snow added": a surname the lexicon does not know is the person introduced earlier under it.
            earlier = self.ctx.person_named(actor.name, actor.start)
            return attrs.evolve(earlier, start=actor.start, end=actor.end, text=actor.text) if earlier else actor
        if actor.kind == "rebel" and actor.country is None and _DEFINITE_BAND.fullmatch(actor.text):
            # "Somali forces retook the town from al-Shabaab. The militants threatened ...": the armed group named
            # last before is the one meant.
            named = [a for a in self.ctx.within(max(0, actor.start - 400), actor.start)
                     if a.kind == "rebel" and a.country and a.end <= self.s0]
            return attrs.evolve(actor, country=named[-1].country) if named else actor
        if actor.kind != "pronoun":
            return actor
        word = actor.name
        for start, end, speaker in reversed(frames):
            # Inside what a speaker said, "it", "we" and "the country" are the speaker; "he" only if it is a person.
            if start <= actor.start < end and (word not in ("he", "she") or _one_person(speaker)):
                return attrs.evolve(speaker, start=actor.start, end=actor.end, text=actor.text)
        if word in ("he", "she"):
            found = self._previous_subject(actor) or self.ctx.last_before(actor.start, person=True)
        else:
            found = next((s for s in reversed(self.ctx.speakers) if s.kind != "person"), None)
            found = found or self.ctx.last_before(actor.start, person=False)
        if found is None:
            return None
        return attrs.evolve(found, start=actor.start, end=actor.end, text=actor.text)

    def _previous_subject(self, pronoun: Actor) -> Actor | None:
        """A "he" or "she" opening a sentence is the last sentence's subject: "Zelensky met the Pope. He asked ..."."""
        text = self.ctx.text
        if text[self.s0:pronoun.start].strip(" \t\n\"“‘'("):
            return None
        first = self._last_subject()
        if first is None or (
                # ("Kazakhstan's president arrived ... He pledged": a one-person office named by its title.)
                first.kind != "person" and first.text.split()[-1].lower() not in actor_lexicon().titles):
            return None
        return first

    def _protesters(self, cue: _Found) -> list[Actor]:
        """The crowd whose street protest a participle names: "Thousands of workers marched in Dhaka demanding ..."."""
        text = self.ctx.text
        first = next((a for a in self.mentions if a.kind != "pronoun"), None)
        if first is None or first.start > cue.start or not _CROWD_START.fullmatch(text, self.s0, first.start):
            return []
        return _conjuncts(text, first, self.mentions) if _PROTEST_DEED.fullmatch(text, first.end, cue.start) else []

    def _pair(self, subject: Actor) -> list[Actor]:
        """"The two sides", "both countries": the last two actors of different countries joined by "and"."""
        if subject.kind != "pronoun" or subject.name != "both":
            return [subject]
        text = self.ctx.text
        before = [a for a in self.ctx.within(max(0, subject.start - 400), subject.start)
                  if a.kind != "pronoun" and a.country]
        for second, first in zip(reversed(before[1:]), reversed(before[:-1]), strict=True):
            joined = (first.start, first.end) == (second.start, second.end) or text[first.end:second.start] == " and "
            if joined and first.country != second.country:
                return [attrs.evolve(one, start=subject.start, end=subject.end, text=subject.text)
                        for one in (first, second)]
        return [Actor(subject.start, subject.end, subject.text, subject.text.split()[-1].lower(), None, "group")]

    def _last_subject(self) -> Actor | None:
        """The actor opening the sentence before this one."""
        text = self.ctx.text
        ends = list(_SENTENCE_END.finditer(text, max(0, self.s0 - 400), max(0, self.s0 - 2)))
        start = ends[-1].end() if ends else max(0, self.s0 - 400)
        if not ends and start > 0:
            return None
        first = next((a for a in self.ctx.within(start, self.s0) if a.kind != "pronoun"), None)
        if first is None or not _SENTENCE_START.fullmatch(text, start, first.start):
            return None
        return first

    def stances(self) -> list[Stance]:
        out: list[Stance] = []
        frames: list[_Frame] = []
        # Reporting verbs first, so that pronouns in what they report ("We will never accept ...," X said) know X.
        reports: list[Stance] = []
        for report_pass in (True, False):
            for i, cue in enumerate(self.cues):
                if (cue.cls == "report") != report_pass:
                    continue
                for stance in self._stances_of(cue, i, frames):
                    (reports if report_pass else out).append(stance)
                    if report_pass:
                        frames.append(self._frame(stance))
        # What is demanded is not done: "demanded that the government grant more rights" is one appeal.
        # (Nor is what is denied: "the Kremlin denied that Putin had agreed to meet Zelensky" is one denial.)
        appeals = [s.claim for s in out if s.stance in ("appeal", "deny") and s.claim is not None]
        out = [s for s in out if not any(c.start <= s.start < c.end for c in appeals)]
        out += [s for s in self._possessed(frames) if all(o.start != s.start for o in out)]
        # "Amnesty said Israel was committing genocide": a misdeed reported of another is an accusation, an act.
        misdeeds = [(r, self._misdeed(r)) for r in reports]
        out += [a for _, a in misdeeds if a is not None]
        reporting = reports
        reports = [r for r, a in misdeeds if a is None]
        # "... against Ariel Sharon, who has vowed not to return the Golan": a relative clause on the object of the
        # main act is background, not a second act. (On one of the acting actors it is theirs: "such as Surinam and
        # South Africa, which urged compromise".) Inside the subject of the main act, before its verb, it is background
        # too: "The rebels, who have rejected previous offers, agreed ...".
        relative = [s for s in out if s.actor.end <= s.start and self._in_relative(s)]
        out = [s for s in out if s not in relative or not any(
            m not in relative and (m.actor.start, m.actor.end) == (s.actor.start, s.actor.end) and s.start < m.start
            for m in out)]
        relative = [s for s in relative if s in out]
        if relative and len(relative) < len(out):
            main = [s for s in out if s not in relative]
            acting = {(m.actor.start, m.actor.end) for m in main}
            out = [s for s in out if s in main or (s.actor.start, s.actor.end) in acting
                   or not any(m.start < s.actor.start for m in main)]
        # ", saying he would only meet him in Jerusalem": what a participle adds explains the main act.
        if self.participles:
            main = [st for st in out if st.start < self.participles[0]]
            if main:
                out = main
            elif not out:
                out = self._participle_stances(frames)
        # An act in the sentence is what was reported; the reporting verbs then add nothing, except a stance of its own
        # in a coordinated clause with no act: "Kenya said the plan was unacceptable, but Uganda backed it". (A plain
        # report there, "but media reports said ...", is what event coders leave out.)
        if not out:
            # "..., according to the Canadian Press": a medium the story is sourced to takes no stance in it.
            out = [s for s in reports if s.stance != "assert"] or [
                s for s in reports if not (s.actor.kind == "media" and s.text.lower().startswith("according"))]
        elif self.clauses:
            acts = {bisect.bisect_right(self.clauses, s.start) for s in out}
            out += [s for s in reports
                    if s.stance != "assert" and bisect.bisect_right(self.clauses, s.start) not in acts]
        fronted = self.lex.fronted_nominal.match(self.ctx.text, self.s0, self.s1)
        if fronted:
            # "In a rebuke to Washington, China and Russia vetoed": the fronted phrase's object is no subject.
            out = [s for s in out if not s.actor.end <= fronted.end() <= s.start]
        out = [self._alleged(s, reporting) for s in out]
        out.sort(key=lambda s: s.start)
        seen: set[tuple[str, str | None, str, int]] = set()
        unique = []
        for s in out:
            key = (s.actor.name, s.actor.country, s.stance, s.start if s.actor.kind == "pronoun" else 0)
            if key not in seen:
                seen.add(key)
                unique.append(s)
        return unique

    def _misdeed(self, report: Stance) -> Stance | None:
        """A report that another party committed a misdeed accuses it: "Amnesty said Israel was committing genocide"."""
        claim = report.claim
        if report.stance != "assert" or claim is None or (
                report.text.lower() in ("report", "reports") and not _THAT.match(self.ctx.text, report.end)):
            return None  # "Israel rejects UN report accusing its forces of genocide": the noun, no report made
        # (A participle after the clause may name it: "said the rebels had fired on a patrol, violating a truce".)
        m = self.lex.misdeed.search(self.ctx.text, claim.start, max(claim.end, self._clause_end(claim.start)))
        if not m:
            return None
        speaker = (report.actor.name, report.actor.country)
        inside = [a for a in self.mentions if claim.start <= a.start and a.end <= m.start()]
        accused = next((a for a in inside if a.kind != "pronoun" and (a.name, a.country) != speaker), None)
        if accused is not None:
            return attrs.evolve(report, stance="accuse", target=accused)
        if inside and inside[0].kind == "pronoun" and _NEGATION.search(self.ctx.text, inside[0].end, m.start()):
            return attrs.evolve(report, stance="deny", negated=True)  # "Russia said it had not committed war crimes"
        return None

    @staticmethod
    def _alleged(stance: Stance, reports: list[Stance]) -> Stance:
        """A breach someone else reports is their accusation: "India said Pakistani troops had violated the truce"."""
        if stance.stance != "reject" or not stance.text.lower().startswith("violat"):
            return stance
        for report in reports:
            claim = report.claim
            if (claim is not None and claim.start <= stance.start < claim.end and report.actor.kind != "pronoun"
                    and (report.actor.name, report.actor.country) != (stance.actor.name, stance.actor.country)):
                return attrs.evolve(report, stance="accuse", target=stance.actor)
        return stance

    def _frame(self, stance: Stance) -> _Frame:
        if stance.claim is not None and stance.claim.end <= stance.actor.start:
            return self.s0, stance.actor.start, stance.actor
        return stance.end, self.s1, stance.actor

    def _stances_of(self, cue: _Found, index: int, frames: list[_Frame]) -> list[Stance]:
        text = self.ctx.text
        surface = text[cue.start:cue.end]
        if cue.cls == "noun":
            return self._listed(cue, surface)
        if cue.cls == "complement" or index in self.absorbed:
            return []
        if cue.gerund and _AFTER_COMMA.search(text, max(self.s0, cue.start - 3), cue.start):
            self.participles.append(cue.start)
            return []
        purpose = _PROTEST_PURPOSE.match(text, cue.end, self._clause_end(cue.end)) if surface.lower().startswith(
            "protest") else None
        # ("marched in Nairobi demanding ..." or "... to demand ...": the crowd's purpose is its act)
        protesters = self._protesters(cue) if surface.split()[0].endswith("ing") or text.endswith(
            " to ", max(0, cue.start - 4), cue.start) else []
        negated = False
        if surface.lower().startswith("according to") or (
                cue.cls == "report" and _CLAUSE_OPENING.search(text[self.s0:cue.start])):
            actor = _inverted_subject(text, cue, self.s1, self.mentions)
            subjects = [actor] if actor else []
            if not subjects and not surface.lower().startswith("according"):
                found = _subject(text, cue, self.s0, self.mentions, cues=self.cues)
                subjects, negated = found if found else ([], False)
        elif protesters:
            subjects = protesters  # "garment workers took to the streets demanding higher wages"
        elif surface.lower().startswith(_MANNER):
            subjects = self._purpose_subject(cue)  # "Algeria recalled its envoy in protest at ...": the doer protests
        else:
            found = _subject(text, cue, self.s0, self.mentions, cues=self.cues)
            subjects, negated = found if found else ([], False)
        if not subjects and index > 0 and not cue.ambiguous:
            subjects = self._shared_subject(cue, index)
        if not subjects and not cue.ambiguous and not cue.gerund:
            subjects = self._sentence_subject(cue)
        if not subjects and (not cue.gerund or _GERUND_ADVERBIAL.search(text, max(self.s0, cue.start - 8), cue.start)
                             or _ADOPTED_TEXT.search(text, max(self.s0, cue.start - 80), cue.start)):
            subjects = self._purpose_subject(cue)
        if not subjects:
            return []
        if (cue.gerund and subjects[-1].end <= cue.start and text[subjects[-1].end:cue.start] == " "
                and any(c.start < subjects[0].start and c.end <= cue.start and c.cls != "noun"
                        and subjects[0].start - c.end < 30
                        and not _CLAUSE_BREAK.search(text, c.end, max(c.end, subjects[0].start)) for c in self.cues)):
            return []  # "blocked the statement condemning the strikes": the object's wording, nobody's act
        if cue.cls not in ("report", "commitment") and subjects[-1].end <= cue.start:
            between = text[subjects[-1].end:cue.start]
            # "Belarus could support", "Kagame must agree": a possibility or an obligation is not the act.
            if (cue.stance != "threaten" and _HYPOTHETICAL.search(between)) or _OBLIGATION.search(between):
                return []
        stance = cue.stance
        if purpose:
            # "protested in Tirana to demand the return of their savings": the protesters' act is the demand.
            stance = "appeal"
            self.absorbed.update(j for j, other in enumerate(self.cues) if cue.end <= other.start < purpose.end())
        vowed = _VOWED_TO.match(text, cue.end) if cue.cls == "vow" else None
        if vowed:
            # "vowed to retaliate" is a threat, "vowed to stand by Ukraine" a promise, "vowed not to return" a refusal.
            verb = vowed.group("verb")
            after = [w.strip(",.;") for w in text[vowed.end():vowed.end() + 60].lower().split()[:6]]
            # "vowed to continue their war": an armed struggle kept up is a threat too.
            kept_up = "continue" in vowed.group() and (  # "vowed to continue military operations against X"
                verb in _MILITARY or verb in _HOSTILITIES or any(w in _HOSTILITIES for w in after[:2]))
            threat = (verb in self.lex.threat_verbs or verb in self.lex.threat_will_verbs or verb == "fighting"
                      or kept_up
                      or any(w in self.lex.threat_objects for w in after) or any(w in _MILITARY for w in after[:3])
                      or (verb == "defend" and "against" in after)  # "vowed to defend the country against any attack"
                      or (verb in _BUILDUP and any(w in _ARMS for w in after[:4]))  # "vowed to bolster its arsenal"
                      ) and not any(w in self.lex.ills for w in after[:3]  # "vowed to fight corruption" promises
                                    ) and not any(w in _HELP for w in after[:4]  # "to deepen military cooperation"
                                                  ) and not (verb in _HALTS and any(  # "vowed to halt operations"
                                                      w in _HOSTILITIES or w in _MILITARY for w in after[:3]))
            stance = "threaten" if threat else ("reject" if vowed.group("neg") else "support")
        elif stance == "support" and surface.lower().startswith(_APPROVALS) and _RESTRICTION.match(
                text, cue.end, self._clause_end(cue.end)):
            # "approved a plan that will not allow Hamas candidates", "passed a bill that would ban the party": a
            # restriction enacted on others is PLOVER's THREATEN ("threaten to ban parties or politicians").
            stance = "threaten"
        elif stance == "appeal" and (rally := _RALLY_AGAINST.match(text, cue.end, self._clause_end(cue.end))) and not (
                _LIFTED.search(rally.group())):  # ("urged the EU to lift sanctions against Iran" stays an appeal)
            # "called for sanctions against Nigeria", "called on Arabs to unite against X": opposition rallied
            # against someone disapproves of them (PLOVER's DISAPPROVE, CAMEO's "rally opposition against").
            stance = "condemn"
        elif cue.cls == "vow" and self._threat_follows(cue.end):
            stance = "threaten"  # "pledged revenge", "promised a crushing response"
        elif cue.cls == "vow" and _THAT.match(text, cue.end):
            # "pledged that his government would not interfere": the vow is the commitment it announces.
            limit = self._clause_end(cue.end)
            for j, other in enumerate(self.cues[index + 1:], index + 1):
                if other.cls == "commitment" and other.start < limit:
                    stance = other.stance
                    self.absorbed.add(j)
                    break
        ruled_open = (negated and surface.lower().startswith("rul")) or bool(_RULE_OUT_REFUSED.match(surface))
        if ruled_open and stance == "reject":
            # "did not rule out military action" keeps a threat open; "did not rule out talks" an offer.
            stance = "threaten" if self._threat_follows(cue.end) else "support"
            negated = False
        if negated and stance == "reject" and surface.lower().startswith("violat"):
            stance = "deny"  # "said it had not violated the truce"
        elif negated and stance == "reject" and surface.lower().startswith(("oppos", "object", "block", "stand in",
                                                                             "veto")):
            stance = "support"  # "would not oppose a referendum": not standing in its way is consent
        elif stance == "appeal" and surface.lower().startswith(_ORDERS) and self._threat_ordered(cue.end):
            stance = "threaten"  # "ordered its fighters to resume attacks": an assault commanded is a threat
        elif negated and stance == "appeal" and _WILL_NOT_BEFORE.search(text, max(self.s0, cue.start - 30), cue.start):
            stance = "reject"  # "would not seek IMF assistance": a refusal of its own
        elif negated and stance == "support":
            # "will not lift the ban unless the strikes end": a refusal on a condition is a threat.
            stance = "threaten" if (_CONDITION.search(text, cue.end, self._clause_end(cue.end))
                                    and surface.lower().split()[-1] not in _TAKING_PART_FORMS) else "reject"
        if stance == "deny" and any(w.strip(",.;") in self.lex.refusals for w in _refused_words(
                text[cue.end:min(self.s1, cue.end + 60)])):
            stance = "reject"
        elif stance == "deny" and subjects[0].start >= cue.end and any(
                w.strip(",.;") in self.lex.refusals for w in text[self.s0:cue.start].lower().split()[:4]):
            stance = "reject"  # "A Thai request for ... was denied by Cambodia": a request denied is refused
        inverted = subjects[0].start >= cue.end
        by_agent = inverted and bool(_BY_AGENT.match(text, cue.end + 1))
        # An act's claim and target end where the next act begins ("praised X and condemned Y").
        later = [c.start for c in self.cues[index + 1:]
                 if c.cls not in ("report", "noun") and _JOINED_VERB.search(text, max(self.s0, c.start - 12), c.start)]
        limit = later[0] if later and cue.cls != "report" and cue.stance != "appeal" else self.s1
        limit = min(limit, self._clause_end(cue.end))
        if _open_quote(text, self.s0, cue.start) is not None:
            close = _CLOSE_QUOTE.search(text, cue.end, limit)
            limit = close.start() if close else limit  # '"We reject the plan," Kenya said': Kenya is no target
        if cue.cls == "report":
            # '"Israel must withdraw," the Syrian president told the envoy': a fronted quotation is what was said; so
            # is a fronted clause with a comma ("The rebels must disarm, the minister said").
            front = text[self.s0:subjects[0].start].rstrip()
            quoted = inverted or front.endswith(('"', "”"))
            fronted = quoted or (len(front) > 10 and front.endswith(",") and not _CONTRAST_OPENING.match(front)
                                 and not self._apposed_head(front, subjects[0]))
            claim_span = (self.s0, subjects[0].start) if fronted else (cue.end, limit)
            # (Unquoted, a truce named in the clause is news, not the speaker's offer.)
            said = [c for c in self.cues if c.cls == "complement" and claim_span[0] <= c.start < claim_span[1]
                    and (quoted or not fronted or c.stance != "support")
                    # (a report inside the claim owns what it reports: "X claims ..., according to a report")
                    and not any(o.cls == "report" and o is not cue and claim_span[0] <= o.start < c.start
                                for o in self.cues)
                    and not (c.stance == "support" and (_TRUCE_BROKEN.search(text, max(self.s0, c.start - 30), c.start)
                                                        or _TRUCE_FAILED.match(text, c.end)))]
            judged = None if said else _JUDGED.search(text, *claim_span)
            if said:
                stance = said[0].stance
            elif judged and judged.group("word").lower() in self.lex.evaluations and (
                    self.lex.evaluations[judged.group("word").lower()] in ("condemn", "deny")):
                # "said the raid was a war crime", '"This is a declaration of war," X said': a verdict on it.
                stance = self.lex.evaluations[judged.group("word").lower()]
            elif _OBLIGATION.search(text, *claim_span) or (surface.lower().startswith("insist") and not fronted
                                                           and self._subjunctive(cue.end, limit)):
                stance = "appeal"  # "insisted that UN peacekeepers leave": a demand in the subjunctive
        elif cue.stance == "warn" and (not inverted or by_agent):
            # "Moscow was warned by Washington that ...": the warning read from after its agent.
            told = subjects[0].end if by_agent else cue.end
            if (any(w.strip(",.;") in self.lex.threat_objects for w in text[told:told + 40].lower().split()[:4])
                    or _CONDITION.search(text, told, limit) or _WARNED_OFF.match(text, told, limit)
                    or self._reprisal_warned(told, limit) or _ARMED_REPLY.match(text, told, limit)):
                # "warned of retaliation", "warned Syria to stop ... or face the consequences", "warned the
                # opposition against holding rallies", "warned drivers not to enter the town"
                stance = "threaten"
            if text[self.s0:subjects[0].start].rstrip().endswith(('"', "”", ",'", ",’")):
                # '"We will retaliate," Hamas warned': the quoted words before the speaker hold the threat.
                inner = [j for j, c in enumerate(self.cues[:index]) if c.stance == "threaten"
                         and c.cls in ("commitment", "complement", "event") and self.s0 <= c.start]
                if inner:
                    stance = "threaten"
                    self.absorbed.update(inner)
            # "warned that police will no longer tolerate rallies": a warning of one's own act is a threat, and the
            # commitment it announces is the same act.
            for j, other in enumerate(self.cues[index + 1:], index + 1):
                if other.cls == "commitment" or (other.cls == "complement" and other.stance == "threaten"
                                                 and other.start < limit) or (
                        other.cls == "event" and other.start < limit and _WILL_BEFORE.search(
                        text, max(self.s0, other.start - 24), other.start) and any(
                        told <= a.start < other.start for a in self.mentions)):
                    # (With no one between, the act is a thing's: "warned that an assault would threaten the truce".)
                    stance = "threaten"
                    self.absorbed.add(j)
        out = []
        paired = {(a.start, a.end) for a in subjects if a.kind == "pronoun" and a.name == "both"}
        subjects = [one for subject in subjects
                    if subject.kind == "pronoun" or (subject.start, subject.end) not in paired
                    for one in self._pair(subject)]
        for subject in subjects:
            actor = self.resolve(subject, frames)
            if actor is None:
                continue
            if subject.country is None and actor.name in _GENERIC_STATES:
                out.extend(self._listed(cue, surface, stance))
                continue
            front = text[self.s0:subjects[0].start].rstrip()
            if inverted and cue.cls != "report" and not surface.lower().startswith("according"):
                # "The allegations were denied by X": what was denied stands before the passive verb.
                aux = _PASSIVE.search(text, max(self.s0, cue.start - 40), cue.start)
                claim = _front_claim(text, self.s0, aux.start() if aux else cue.start)
            elif inverted and not text[self.s0:cue.start].strip():
                claim = _claim(text, subjects[-1].end, self.s1)  # "Said the minister: ..."
            elif inverted or (len(front) > 10 and not _CONTRAST_OPENING.match(front) and (
                    front[-1] in "\"”’"
                    or (front[-1] == "," and cue.cls == "report" and not self._apposed_head(front, subjects[0])))):
                claim = _front_claim(text, self.s0, subjects[0].start if inverted else len(front) + self.s0)
            else:
                claim = _claim(text, cue.end, min(limit, cue.claim_end or limit), self.s0)
            target = _target(cue, subjects, self.mentions, limit) if stance in _PREDICATE_CUES else None
            if claim is not None and target is not None and claim.start == target.start:
                # "accused Kyiv of shelling the plant": the claim is the charge, not its target.
                charge = _CHARGE.match(text, target.end, claim.end)
                if charge:
                    claim = Claim(charge.end(), claim.end, text[charge.end():claim.end])
            if actor.country is None and actor.kind in _PLACEABLE and actor.name not in actor_lexicon().entities:
                actor = self._placed(actor, target)
            elif actor.kind == "group" and _ETHNIC.search(text, max(self.s0, actor.start - 9), actor.start):
                actor = self._minority(actor)
            out.append(Stance(cue.start, cue.end, surface, actor, stance, target, claim, negated or cue.negated))
            self.ctx.speakers.append(actor)
        return out

    def _participle_stances(self, frames: list[_Frame]) -> list[Stance]:
        """With no act of its own, a clause's participle is its subject's act.

        "Burundi closed the border, accusing Kigali of backing the rebels" is Burundi's accusation (and so only a
        plain deed comes first).
        """
        text, out = self.ctx.text, list[Stance]()
        first = next((a for a in self.mentions if a.kind != "pronoun"), None)
        if first is None or not _SENTENCE_START.fullmatch(text, self.s0, first.start):
            return []
        for cue in self.cues:
            if cue.start not in self.participles or cue.cls == "report" or text[first.end:cue.start].count(",") != 1:
                continue
            if not _DEED.match(text, first.end, cue.start):
                continue
            actor = self.resolve(first, frames)
            if actor is None:
                continue
            limit = self._clause_end(cue.end)
            claim = _claim(text, cue.end, limit, self.s0)
            target = _target(cue, [first], self.mentions, limit) if cue.stance in _PREDICATE_CUES else None
            out.append(Stance(cue.start, cue.end, text[cue.start:cue.end], actor, cue.stance, target, claim, False))
        return out

    def _threat_ordered(self, pos: int) -> bool:
        """Whether an order's infinitive is an assault: "ordered the army to attack", "to resume strikes"."""
        m = _ORDERED_TO.match(self.ctx.text, pos, min(self.s1, pos + 60))
        if not m:
            return False
        verb, after = m.group("verb").lower(), self.ctx.text[m.end():min(self.s1, m.end() + 40)].lower().split()[:3]
        return verb in self.lex.threat_verbs or (verb in ("resume", "step", "continue", "launch", "intensify")
                                                 and any(w.strip(",.;") in _MILITARY for w in after))

    def _threat_follows(self, pos: int) -> bool:
        words = [w.strip(",.;") for w in self.ctx.text[pos:min(self.s1, pos + 50)].lower().split()[:4]]
        return any(w in self.lex.threat_objects or w in _MILITARY for w in words)

    def _in_relative(self, stance: Stance) -> bool:
        """Whether the cue is inside a relative clause on its actor: "X, who has vowed" (not "X, who ..., agreed")."""
        m = _RELATIVE.match(self.ctx.text, stance.actor.end)
        return m is not None and "," not in self.ctx.text[m.end():stance.start]

    def _possessed(self, frames: list[_Frame]) -> list[Stance]:
        """Noun cues owned by the sentence's subject: "Ghana's rejection of the plan", "Their call for calm"."""
        text, out = self.ctx.text, list[Stance]()
        owners = [a for a in self.mentions if a.kind != "pronoun"]  # "the rebels' demand" takes the bare apostrophe
        owners += [Actor(m.start(), m.end(), m.group(), _POSSESSIVE_PRONOUNS[m.group().lower()], None, "pronoun")
                   for m in _POSSESSIVE.finditer(text, self.s0, self.s1)]
        for owner in owners:
            m = self.lex.possessed_nominal.match(text, owner.end, self.s1)
            if not m or (owner.kind != "pronoun") != bool(_APOSTROPHE_S.match(text, owner.end)):
                continue
            if not _NOMINAL_SUBJECT.search(text[max(self.s0, owner.start - 40):owner.start]) and text[
                    self.s0:owner.start].strip(" \t\n\"“"):
                continue  # "Kenya welcomed Ghana's support for the plan": the act is Kenya's
            actor = self.resolve(owner, frames)
            if actor is not None:
                out.append(self._nominal(m, actor, m.end()))
        starts = [a.start for a in self.mentions]
        fronted = self.lex.fronted_nominal.match(text, self.s0, self.s1)
        subject = next((a for a in self.mentions if a.start >= fronted.end()), None) if fronted else None
        if fronted and subject is not None and _THE_BEFORE.fullmatch(text, fronted.end(), subject.start):
            actor = self.resolve(subject, frames)
            out += [self._nominal(fronted, one, fronted.end("noun")) for one in (
                _conjuncts_after(text, subject, self.mentions) if actor is subject else [actor] if actor else [])]
        for m in self.lex.agent_nominal.finditer(text, self.s0, self.s1):
            i = bisect.bisect_left(starts, m.end())
            agent = self.mentions[i] if i < len(starts) and starts[i] <= m.end() + 4 else None
            before = text[self.s0:m.start("noun")]
            received = _RECEIVED.search(before[-80:])
            if agent is None or agent.kind == "pronoun" or not (_NOMINAL_FRONT.search(before) or received):
                continue
            if _BACKGROUND.search(before[-60:]):
                continue  # "Despite strong objections from Beijing, the Senate approved": background to the act
            for one in _conjuncts_after(text, agent, self.mentions):
                stance = self._nominal(m, one, one.end)
                if received and stance.stance != "appeal":
                    # What drew the criticism is the claim: "The plan drew sharp criticism from Kenya" (but what
                    # "calls from X to resign" demand follows them).
                    cut = m.start("noun") - len(before[-80:]) + received.start()
                    stance = attrs.evolve(stance, claim=_trimmed(text, self.s0, cut))
                out.append(stance)
        return out

    def _nominal(self, m: regex.Match[str], actor: Actor, after: int) -> Stance:
        text = self.ctx.text
        end = self._clause_end(after)
        verb = _NOMINAL_CLAIM_END.search(text, after, end)
        end = verb.start() if verb else end
        start = _FOR_OF.match(text, after, end)
        claim = _claim(text, start.end() if start else after, end, self.s0)
        noun = m.group("noun")
        return Stance(m.start("noun"), m.end("noun"), noun, actor, self.lex.nominals[noun.lower()], None, claim)

    def _apposed_head(self, front: str, subject: Actor) -> bool:
        """Whether ``front`` is the title the subject's name stands in apposition to: "The head of the UN, X, said"."""
        return bool(_APPOSED_HEAD.search(front)) and (self.ctx.text.startswith(",", subject.end) or any(
            _APPOSED.fullmatch(self.ctx.text, a.end, subject.start) for a in self.mentions if a.end <= subject.start))

    def _placed(self, actor: Actor, target: Actor | None) -> Actor:
        """An actor with no country of its own takes the sentence's: "Leaders of the opposition ... in Baku"."""
        if any((a.kind in ("igo", "ngo") or (a.kind == "group" and a.country is None)) and (
                0 <= actor.start - a.end <= 3
                or (0 <= actor.start - a.end <= 16 and _APOSTROPHE_S.match(self.ctx.text, a.end)))
               for a in self.mentions):
            # "Arab League Secretary-General X", "the UN's aid chief", "the Gulf states' council": an organisation's
            # officer or body has no country.
            return actor
        if actor.text.split()[-1].lower() in ("bloc", "confederation", "allies", "partners", "neighbours", "neighbors"):
            return actor  # "the 27-nation bloc", "Ukraine's allies": many states, none of the sentence's
        if self.ctx.text.startswith(("The ", "the "), actor.start) and _SENTENCE_START.fullmatch(
                self.ctx.text, self.s0, actor.start):
            # "Algeria has recalled its envoy. The foreign ministry said ...": the last sentence's subject's.
            last = self._last_subject()
            if last is not None and last.country and last.kind in ("state", "government"):
                return attrs.evolve(actor, country=last.country)
        others = [a for a in self.mentions if a.country and a.kind != "pronoun" and a.start != actor.start]
        ranked = [a for a in others if a is not target] or others
        if ranked:
            return attrs.evolve(actor, country=ranked[0].country)
        # "the group would free the soldiers captured in Putumayo": else the country of a place the gazetteer knows.
        # (Not a place inside the actor's own name: "Ukraine's allies" are not Ukrainian. Only short windows after
        # "in", "near", "from" ... go to the gazetteer, which keeps this cheap.)
        text, end = self.ctx.text, min(self.s1, self.s0 + 400)
        for hint in list(_PLACE_HINT.finditer(text, self.s0, end))[:3]:
            if actor.start <= hint.start() < actor.end:
                continue
            country = place_country(text[hint.start():min(end, hint.end() + 40)])
            if country:
                return attrs.evolve(actor, country=country)
        return actor

    def _reprisal_warned(self, pos: int, end: int) -> bool:
        """Whether a warning's clause names a reprisal for a deed.

        "warned Helsinki that joining NATO would have serious consequences", "warned that any attack would bring
        retaliation"; not "warned that the drought would have dire consequences".
        """
        text = self.ctx.text
        end = min(end, pos + 200)
        if not _REPRISAL.search(text, pos, end):
            return False
        gap = text[pos:end]
        start = pos + len(gap) - len(gap.lstrip())
        addressed = any(a.start == start for a in self.mentions)
        return addressed or bool(_ANY_DEED.search(text, pos, end))

    def _subjunctive(self, pos: int, end: int) -> bool:
        """Whether a that-clause after ``pos`` has a subject and a bare verb: "that UN peacekeepers leave"."""
        text = self.ctx.text
        that = _THAT.match(text, pos, end)
        if not that:
            return False
        subject = next((a for a in self.mentions if a.start == that.end()), None)
        verb = _WORD_AFTER.match(text, subject.end, end) if subject is not None else None
        return verb is not None and verb.group(1) not in _NOT_SUBJUNCTIVE and not verb.group(1).endswith(("ed", "s"))

    def _minority(self, actor: Actor) -> Actor:
        """An ethnic minority lives in another state than its demonym's: "Ethnic Albanians ... near Macedonia's"."""
        if " in " in actor.text or " of " in actor.text:
            return actor  # "ethnic Russians in Estonia" is placed already
        others = [a for a in self.mentions if a.country and a.country != actor.country and a.kind != "pronoun"]
        return attrs.evolve(actor, country=others[0].country) if others else actor

    def _sentence_subject(self, cue: _Found) -> list[Actor]:
        """A second verb takes the sentence's subject: "Chad opened its borders ..., but was still refusing"."""
        text = self.ctx.text
        if not _SECOND_VERB.search(text, max(self.s0, cue.start - 60), cue.start):
            return []
        first = next((a for a in self.mentions if a.kind != "pronoun"), None)
        if first is None or not _SENTENCE_START.fullmatch(text, self.s0, first.start):
            return []
        return _conjuncts(text, first, self.mentions)

    def _purpose_subject(self, cue: _Found) -> list[Actor]:
        """An act done to make a stance: "Ecuadorean Indians blocked roads to demand the president's resignation"."""
        text = self.ctx.text
        if cue.cls not in ("event", "ambiguous") or not (
                _TO_BEFORE.search(text, max(self.s0, cue.start - 4), cue.start)
                or text.lower().startswith(_MANNER, cue.start)
                # "Chad expelled the diplomats after accusing Khartoum of ...": the doer's own act
                or (text[cue.start:cue.end].split()[0].endswith("ing")
                    and (_GERUND_ADVERBIAL.search(text, max(self.s0, cue.start - 8), cue.start)
                         # "passed a resolution condemning ...": a text's wording is its authors' act
                         or _ADOPTED_TEXT.search(text, max(self.s0, cue.start - 80), cue.start)))):
            return []
        named = [a for a in self.mentions if a.kind != "pronoun"]
        first = named[0] if named else None
        if first is None or not _SENTENCE_START.fullmatch(text, self.s0, first.start):
            return []
        # "Colombia's FARC guerrillas released ...": the possessed body is the doer.
        owned = [a for a in named[1:3] if _APOSTROPHE_S.fullmatch(text, first.end, a.start - 1)
                 and text[a.start - 1] == " "]
        first = owned[0] if owned else first
        if cue.start - first.end > 100 or any(first.end <= c.start < cue.start for c in self.cues):
            return []
        between = text[first.end:cue.start]
        return _conjuncts(text, first, self.mentions) if _DEED.match(between) and "," not in between else []

    def _shared_subject(self, cue: _Found, index: int) -> list[Actor]:
        """A verb joined by "and" shares the subject: "he praised the bravery ... and condemned the assault"."""
        text = self.ctx.text
        prev = self.cues[index - 1]
        if not regex.search(r"(?:,\s*|\s)and\s+(?:\w+ly\s+)?\Z", text[prev.end:cue.start]):
            return []
        # "has been indicted by the court and will resign": the second verb shares the subject, not the agent.
        found = _subject(text, prev, self.s0, self.mentions, agent=False)
        return found[0] if found else []

    def _listed(self, cue: _Found, surface: str, stance: str | None = None) -> list[Stance]:
        """Stances of listed actors: "supporters, including Cuba and Laos", "some countries ..., such as Chile"."""
        text = self.ctx.text
        m = _LIST.search(text, cue.end, self.s1)
        if not m:
            return []
        out: list[Stance] = []
        for actor in self.mentions:
            if actor.start >= m.end() and actor.kind == "state" and actor.country:
                if regex.search(r"\b(?:where|which|who|whose|when)\b", text[m.end():actor.start]) and out:
                    clause_end = regex.search(r",\s+and\s+|\s+and\s+", text[m.end():actor.start])
                    if not clause_end:
                        continue
                out.append(Stance(cue.start, cue.end, surface, actor, stance or cue.stance, None, None, False))
        return out


def _sentences(text: str, mentions: list[Actor]) -> list[tuple[int, int]]:
    """Sentence spans, rejoined where an actor's name runs across a split ("U.N. General Assembly")."""
    out: list[tuple[int, int]] = []
    starts = [a.start for a in mentions]
    for s0, s1 in sentence_spans(text):
        if out:
            i = bisect.bisect_left(starts, out[-1][0])
            if any(a.start < out[-1][1] and a.end > s0 for a in mentions[i:i + 40] if a.start < s0):
                out[-1] = (out[-1][0], s1)
                continue
        out.append((s0, s1))
    return [piece for span in out for piece in _bounded(text, *span)]


_MAX_SENTENCE = 1500
_BREAK = lazy_pattern(r"[;,:]\s|\s")


def _bounded(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """A run-on "sentence" (no full stop for pages) is cut near every 1,500 characters, keeping work linear."""
    pieces = []
    while s1 - s0 > _MAX_SENTENCE:
        cut = _BREAK.search(text, s0 + _MAX_SENTENCE * 2 // 3, s0 + _MAX_SENTENCE)
        end = cut.end() if cut else s0 + _MAX_SENTENCE
        pieces.append((s0, end))
        s0 = end
    pieces.append((s0, s1))
    return pieces


def parse_stances(text: str) -> tuple[Stance, ...]:
    """Find every stance in ``text``: the actor, the stance type, its cue, target and claim.

    >>> [(s.actor.country, s.stance, s.claim.text) for s in parse_stances("Moscow has denied targeting civilians.")]
    [('RUS', 'deny', 'targeting civilians')]
    """
    check_text(text)
    return stances_of(text, resolve_mentions(text))


def stances_of(text: str, mentions: list[Actor]) -> tuple[Stance, ...]:
    """The stances of ``text`` given its actor mentions, as ``resolve_mentions(text)`` returns them.

    ``parse_report`` holds the mentions already, and so skips finding them twice.
    """
    lex = stance_lexicon()
    ctx = _Context(text, mentions)
    out: list[Stance] = []
    for s0, s1 in _sentences(text, ctx.mentions):
        out.extend(_Sentence(ctx, s0, s1, lex).stances())
    # The rules reason with the finer acts; the result gives both.
    return tuple(attrs.evolve(s, stance=_BROADER.get(s.stance, s.stance), act=s.stance) for s in out)
