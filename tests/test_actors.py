"""Actors: lexicon entries, composed mentions, people, coreference of definite bodies, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text, news_like_text, prefixes

from conflictparse import parse_actors
from conflictparse._actor_lexicon import actor_lexicon
from conflictparse.errors import ArgumentTypeError

# (text, surface of the actor, country, kind)
STATES_AND_METONYMS = [
    ("Moscow rejected the offer.", "Moscow", "RUS", "state"),
    ("The Kremlin said nothing.", "The Kremlin", "RUS", "government"),
    ("Kiev responded within hours.", "Kiev", "UKR", "state"),
    ("The White House declined to comment.", "The White House", "USA", "government"),
    ("Downing Street welcomed the plan.", "Downing Street", "GBR", "government"),
    ("Tehran threatened retaliation.", "Tehran", "IRN", "state"),
    ("Britain and the US agreed.", "Britain", "GBR", "state"),
    ("South Korea protested.", "South Korea", "KOR", "state"),
    ("Syria denied it.", "Syria", "SYR", "state"),
    ("The Russian Federation objected.", "The Russian Federation", "RUS", "state"),
]

BODIES = [
    ("Belarusian troops massed at the border.", "Belarusian troops", "BLR", "military"),
    ("Ukraine's defence ministry said so.", "Ukraine's defence ministry", "UKR", "government"),
    ("A senior US defence official said so.", "A senior US defence official", "USA", "government"),
    ("Georgian police dispersed the crowd.", "Georgian police", "GEO", "police"),
    ("Rebels in the Central African Republic refused.", "Rebels in the Central African Republic", "CAF", "rebel"),
    ("Chadian officials confirmed the visit.", "Chadian officials", "TCD", "government"),
    # A people between the demonym and the body: the first word places it.
    ("The Bosnian Serb assembly met.", "The Bosnian Serb assembly", "BIH", "government"),
    ("Iraqi Kurdish officials met.", "Iraqi Kurdish officials", "IRQ", "government"),
    # Regional and ethnic demonyms that belong to one state.
    ("Chechen rebels shelled the road.", "Chechen rebels", "RUS", "rebel"),
    ("Yoruba elders met the governor.", "Yoruba elders", "NGA", "group"),
    ("Zairean troops crossed the river.", "Zairean troops", "COD", "military"),
    # "Dominican" is the Dominican Republic's in the news, not Dominica's.
    ("The Dominican navy intercepted the boat.", "The Dominican navy", "DOM", "military"),
    # More body nouns: a counterpart, gunmen, clerics, trades.
    ("Her Malian counterpart arrived.", "Malian counterpart", "MLI", "government"),
    ("Somali gunmen seized the ship.", "Somali gunmen", "SOM", "rebel"),
    ("Afghan clerics met in Kabul.", "Afghan clerics", "AFG", "group"),
    ("The Cuban exile community met.", "The Cuban exile community", "CUB", "group"),
    ("The Malian presidents met.", "The Malian presidents", "MLI", "government"),
    # The press, and a paper with its own name after the noun.
    ("The Egyptian press reported it.", "The Egyptian press", "EGY", "media"),
    ("Chad's official newspaper Al-Watan reported it.", "Chad's official newspaper Al-Watan", "TCD", "media"),
    ("Egypt's semi-official Al-Ahram newspaper reported it.", "Egypt's semi-official Al-Ahram newspaper", "EGY",
     "media"),
    # An aide or adviser to a placed office takes its country.
    ("A senior aide to the Malian president spoke.", "A senior aide to the Malian president", "MLI", "government"),
]

PEOPLE = [
    ("Kenyan President William Ruto spoke.", "Kenyan President William Ruto", "KEN", "person"),
    ("Prime Minister Narendra Modi spoke.", "Prime Minister Narendra Modi", "IND", "person"),
    ("Governor Ana Souza, a close ally of the Brazilian president, spoke.", "Governor Ana Souza", "BRA", "person"),
    ("Lena Park, an adviser to the South Korean foreign minister, spoke.", "Lena Park", "KOR", "person"),
    ("Putin spoke first.", "Putin", "RUS", "person"),
    # Leaders of the last fifty years, with or without a title, by full name or surname alone.
    ("President Alberto Fujimori spoke.", "President Alberto Fujimori", "PER", "person"),
    ("Fujimori spoke.", "Fujimori", "PER", "person"),
    ("Suharto spoke.", "Suharto", "IDN", "person"),
    ("King Fahd spoke.", "King Fahd", "SAU", "person"),
    ("President Daniel arap Moi spoke.", "President Daniel arap Moi", "KEN", "person"),
    ("Premier Li Peng spoke.", "Premier Li Peng", "CHN", "person"),
    ("Obiang spoke.", "Obiang", "GNQ", "person"),
    ("President Alvaro Arzu spoke.", "President Alvaro Arzu", "GTM", "person"),
    ("Rebel leader Jonas Savimbi spoke.", "Rebel leader Jonas Savimbi", "AGO", "person"),
    # An office named by its department, before a name.
    ("Malian Minister of Defence Oumar Diallo spoke.", "Malian Minister of Defence Oumar Diallo", "MLI", "person"),
]

# Surnames that are common words or names elsewhere do not stand for the person alone.
NOT_SURNAMES = ["The court in The Hague ruled.", "Gang members fled.", "The Horn of Africa is dry."]

# A title with the person's name in apposition: the person is the actor, with the title's country.
TITLE_THEN_NAME = [
    ("ODESA, Ukraine — The mayor, Hennadiy Trukhanov, told reporters the port was hit.",
     "The mayor, Hennadiy Trukhanov", "Hennadiy Trukhanov", "UKR"),
    ("DNIPRO, Ukraine — The city's mayor, Borys Filatov, said the bridge held.",
     "The city's mayor, Borys Filatov", "Borys Filatov", "UKR"),
    ("The governor of Sumy, Volodymyr Artiukh, said two villages were shelled.",
     "The governor of Sumy, Volodymyr Artiukh", "Volodymyr Artiukh", "UKR"),
    ("Ghana's foreign minister, Samuel Ablakwa, condemned the attack.",
     "Ghana's foreign minister, Samuel Ablakwa", "Samuel Ablakwa", "GHA"),
    ("The president of Senegal, Bassirou Faye, rejected the plan.",
     "The president of Senegal, Bassirou Faye", "Bassirou Faye", "SEN"),
    ("Ghana's ambassador to the UN, Harold Agyeman, spoke.",
     "Ghana's ambassador to the UN, Harold Agyeman", "Harold Agyeman", "GHA"),
]

ORGANISATIONS = [
    ("Amnesty International documented the raids.", "Amnesty International", None, "ngo"),
    ("The ICRC visited the camp.", "The ICRC", None, "igo_or_ngo"),
    ("NATO allies met in Brussels.", "NATO allies", None, "igo"),
    ("Gazprom cut supplies.", "Gazprom", "RUS", "company"),
    ("Xinhua reported the talks.", "Xinhua", "CHN", "media"),
    ("Hezbollah fired rockets.", "Hezbollah", "LBN", "rebel"),
    ("The Khmer Rouge shelled the town.", "The Khmer Rouge", "KHM", "rebel"),
    ("Abu Sayyaf freed two hostages.", "Abu Sayyaf", "PHL", "rebel"),
    ("The Tatmadaw bombed the village.", "The Tatmadaw", "MMR", "military"),
    ("The UN human rights chief spoke in Geneva.", "The UN human rights chief", None, "igo"),
    ("The EU foreign policy chief visited Kenya.", "The EU foreign policy chief", None, "igo"),
    ("Ecowas leaders met in Abuja.", "Ecowas leaders", None, "igo"),
    ("The Sudanese People's Liberation Army shelled Juba.", "The Sudanese People's Liberation Army", "SDN", "rebel"),
    ("Foreign ministers of the Gulf Cooperation Council met.", "Foreign ministers of the Gulf Cooperation Council",
     None, "igo"),
    ("The IDF shelled the camp.", "The IDF", "ISR", "military"),
    ("ISWAP attacked the base.", "ISWAP", "NGA", "rebel"),
    ("The Tibetan government-in-exile met.", "The Tibetan government-in-exile", "CHN", "government"),
    ("Greek Cypriots voted.", "Greek Cypriots", "CYP", "group"),
    ("Militants in the Niger Delta struck.", "Militants in the Niger Delta", "NGA", "rebel"),
    ("President Bola Tinubu's plan failed.", "President Bola Tinubu", "NGA", "person"),
    ("The Taliban's spokesman spoke.", "The Taliban's spokesman", "AFG", "rebel"),
    ("Guerrillas of the Farabundo Marti National Liberation Front attacked.",
     "Guerrillas of the Farabundo Marti National Liberation Front", "SLV", "rebel"),
    ("Aid agencies left.", "Aid agencies", None, "ngo"),
    ("Egyptian President Abdel Fattah el-Sisi spoke.", "Egyptian President Abdel Fattah el-Sisi", "EGY", "person"),
    ("Kenyan police chief Japhet Koome spoke.", "Kenyan police chief Japhet Koome", "KEN", "person"),
    ("Saddam rejected the plan.", "Saddam", "IRQ", "person"),
    ("Mahathir urged calm.", "Mahathir", "MYS", "person"),
    ("The UN envoy to Syria spoke.", "The UN envoy to Syria", None, "igo"),
    ("The government and southern separatists met.", "southern separatists", None, "rebel"),
]


def _find(text: str, surface: str):  # type: ignore[no-untyped-def]
    found = [a for a in parse_actors(text) if a.text == surface]
    assert found, [a.text for a in parse_actors(text)]
    return found[0]


@pytest.mark.parametrize(("text", "surface", "country", "kind"),
                         STATES_AND_METONYMS + BODIES + PEOPLE + ORGANISATIONS)
def test_actor(text: str, surface: str, country: str | None, kind: str) -> None:
    actor = _find(text, surface)
    assert actor.country == country
    if kind == "igo_or_ngo":
        assert actor.kind in ("igo", "ngo")
    else:
        assert actor.kind == kind


def test_conjoined_demonyms_give_one_actor_per_country() -> None:
    found = [(a.country, a.kind) for a in parse_actors("Senior Peruvian and Chilean diplomats met.")]
    assert found == [("PER", "government"), ("CHL", "government")]


def test_definite_body_resolves_to_earlier_mention() -> None:
    text = "Moldova's foreign ministry summoned the envoy. Later the ministry said talks were over."
    actors = parse_actors(text)
    assert [a.country for a in actors if a.text == "the ministry"] == ["MDA"]


def test_possessive_body_belongs_to_the_sentence_subject() -> None:
    text = "Serbia stepped up its patrols near Kosovo as its troops moved north."
    assert [a.country for a in parse_actors(text) if a.text == "its troops"] == ["SRB"]


def test_weapons_alone_are_not_actors() -> None:
    assert [a.text for a in parse_actors("An artillery shell hit the aircraft.")] == []
    assert [a.country for a in parse_actors("Azerbaijani artillery opened fire.")] == ["AZE"]


def test_dateline_gives_local_officials_a_country() -> None:
    text = "TBILISI — The clashes ended at dawn, according to local authorities."
    assert [a.country for a in parse_actors(text) if "authorities" in a.text] == ["GEO"]


def test_seed_report_actors(seed_text: str) -> None:
    found = {(a.text, a.country, a.kind) for a in parse_actors(seed_text)}
    assert ("The Kremlin", "RUS", "government") in found
    assert ("Anton Gerashchenko", "UKR", "person") in found
    assert ("Mayor Igor Kolykhayev", "UKR", "person") in found
    assert ("Human Rights Watch", None, "ngo") in found


def test_wrong_type_raises() -> None:
    with pytest.raises(ArgumentTypeError):
        parse_actors(b"Moscow")  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(any_text | news_like_text)
def test_spans_consistent(text: str) -> None:
    for actor in parse_actors(text):
        assert text[actor.start:actor.end] == actor.text
        assert actor.kind in {"state", "government", "military", "police", "rebel", "igo", "ngo", "company", "media",
                              "person", "group"}


@settings(max_examples=100, deadline=None)
@given(prefixes, news_like_text)
def test_prefix_shifts_spans(prefix: str, text: str) -> None:
    sep = prefix + "\n\n" if prefix else ""
    base = [(a.start, a.end, a.country) for a in parse_actors(text)]
    shifted = [(a.start - len(sep), a.end - len(sep), a.country) for a in parse_actors(sep + text)
               if a.start >= len(sep)]
    assert shifted == base


_STATE_NAMES = sorted(n for n, e in actor_lexicon().entities.items() if e.kind == "state" and n[0].isupper())


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_STATE_NAMES))
def test_every_state_name_is_found(name: str) -> None:
    text = f"Officials said {name} was ready."
    entry = actor_lexicon().entities[name]
    assert any(a.country == entry.country for a in parse_actors(text))


@pytest.mark.parametrize(
    ("text", "actor_text", "country"),
    [
        ("ODESA — The regional governor said two drones were shot down.", "governor", "UKR"),
        ("ALEPPO, Syria — Local officials said the road was closed.", "officials", "SYR"),
        ("Maria Ortiz, the head of the Cali city council, said the march would go ahead.", "Maria Ortiz", "COL"),
    ],
)
def test_gazetteer_gives_the_country_of_datelines_and_offices(text: str, actor_text: str, country: str) -> None:
    found = {a.text.split()[-1]: a.country for a in parse_actors(text)}
    assert found[actor_text.split()[-1]] == country


@pytest.mark.parametrize(("text", "surface", "name", "country"), TITLE_THEN_NAME)
def test_title_then_name(text: str, surface: str, name: str, country: str) -> None:
    actor = _find(text, surface)
    assert (actor.name, actor.country, actor.kind) == (name, country, "person")


def test_title_then_something_else_is_no_person() -> None:
    # Neither a date nor a list of states is a name in apposition.
    assert all(a.kind != "person" for a in parse_actors("The spokesman, Monday, said nothing."))
    assert all(a.kind != "person" for a in parse_actors("The minister, Russia, Ukraine and Belarus met."))


@pytest.mark.parametrize("text", ["Benin urges the court to act.", "Peru backs the police chief.",
                                  "Chile accepts the army's offer."])
def test_present_tense_cue_is_no_modifier(text: str) -> None:
    # A cue verb's third person stands between the state and the body, so the two are separate actors.
    assert parse_actors(text)[0].kind == "state"


@pytest.mark.parametrize("text", ["Russia sent troops to the border.", "Peru stood firm.", "Iran fought militias.",
                                  "Russia sends troops to the border.", "Uganda gave rebels an ultimatum."])
def test_verb_between_state_and_body(text: str) -> None:
    # A verb between a state's name and a body noun ends the state's mention: the body is a separate actor.
    first = parse_actors(text)[0]
    assert (first.kind, first.text) == ("state", text.split()[0])


@pytest.mark.parametrize("text", NOT_SURNAMES)
def test_common_surnames_are_not_people(text: str) -> None:
    assert all(a.kind != "person" for a in parse_actors(text))


def test_an_official_news_agency_is_one_actor() -> None:
    assert [(a.text, a.kind) for a in parse_actors("The official news agency said so.")] == [
        ("The official news agency", "media")]


@pytest.mark.parametrize("verb", ["backed", "froze", "upheld", "forbade"])
def test_a_verb_after_a_bare_state_is_no_modifier(verb: str) -> None:
    actors = parse_actors(f"Kenya {verb} the new government.")
    assert [(a.text, a.country) for a in actors][:1] == [("Kenya", "KEN")]


@pytest.mark.parametrize(("text", "country"), [
    ("Keiji Fukuda said so.", None),  # someone else's first name: not Yasuo Fukuda
    ("Mr Fujimori said so.", "PER"),
    ("Then Fujimori said so.", "PER"),
])
def test_a_known_surname_after_another_first_name(text: str, country: str | None) -> None:
    assert [a.country for a in parse_actors(text) if a.kind == "person"][:1] in ([country], [])
    assert [a.country for a in parse_actors(text) if a.kind == "person" and a.country] == ([country] if country else [])
