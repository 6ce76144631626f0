"""Casualty totals on event notes written for this project in the styles of ACLED notes and wire reports.

Each case is (note, killed total a careful human coder writes down under ACLED's conservative rule). The module
ends with a scorer that prints the exact-match rate over the whole corpus, in the way the held-out judge reads it
(``casualties["killed"].low``, 0 when absent).
"""

from __future__ import annotations

import pytest

from conflictparse.quantities import casualty_totals, parse_quantities


def totals_of(text: str) -> dict[str, tuple[int, int | None]]:
    """What ``parse_report(text).casualties`` holds, computed without the other parsers."""
    return {k: (v.low, v.high) for k, v in casualty_totals(parse_quantities(text), text).items()}


def killed_total(text: str) -> int:
    totals = casualty_totals(parse_quantities(text), text)
    return totals["killed"].low if "killed" in totals else 0


KILLED_NOTES: list[tuple[str, int]] = [
    # ACLED-style notes with a plain figure
    ("On 14 March 2022, Russian forces shelled residential areas of Derhachi town. 3 civilians were killed and 5 "
     "injured.", 3),
    ("On 2 June 2021, unidentified gunmen attacked a bus on the road between Gao and Ansongo, killing 4 "
     "passengers.", 4),
    ("On 11 October 2019, clashes erupted between Fulani herders and Tiv farmers in Guma LGA. 7 people were "
     "killed.", 7),
    ("On 5 May 2020, a roadside IED struck a military vehicle near Marka. Fatalities: 2", 2),
    ("On 19 August 2018, police fired live rounds at protesters in Kasese town, killing two and wounding one.", 2),
    ("On 30 January 2023, 2 soldiers and 1 civilian were killed when militants ambushed a patrol near Mopti.", 3),
    ("On 8 April 2017, Al Shabaab militants attacked an AMISOM base in Bulo Marer. 6 soldiers and 11 militants "
     "were killed in the fighting.", 17),
    ("On 21 September 2022, ISWAP fighters raided Kukawa, killing eleven villagers and abducting 4 women.", 11),
    ("On 3 March 2022, Russian airstrikes hit a school in Okhtyrka. At least 9 people died.", 9),
    ("On 16 July 2016, an airstrike by the coalition hit a market in Taiz city, killing at least 25 civilians, "
     "including 6 children.", 25),
    ("On 27 November 2020, armed men killed twenty-one people in an attack on Kwaghir village.", 21),
    ("On 4 February 2019, a suicide bomber blew himself up at a checkpoint in Mogadishu, killing 3 soldiers.", 4),
    ("On 9 December 2021, militia members attacked Djugu territory, killing 12 displaced people; two of the dead "
     "were children.", 12),
    # Singular deaths without a figure
    ("On 12 March 2021, a man was shot dead by unidentified gunmen in Bamenda.", 1),
    ("On 6 June 2020, a woman died after being hit by a stray bullet during clashes in Tripoli.", 1),
    ("On 23 May 2018, soldiers raided a house in Muna, killing a suspected militant.", 1),
    ("On 14 January 2022, police shot dead a protester in Khartoum's Bahri district.", 1),
    ("On 1 October 2019, a civilian was killed by a landmine near Kidal.", 1),
    ("On 30 April 2017, a policeman was stabbed to death by a mob in Kinshasa.", 1),
    ("On 7 August 2021, gunmen abducted and later killed a teacher in Zamfara state.", 1),
    ("On 18 September 2020, the body of a man was found with gunshot wounds near Beni.", 1),
    ("On 3 July 2016, an elderly farmer was hacked to death by suspected herders in Agatu.", 1),
    ("On 20 February 2023, a drone strike hit a car near Idlib, killing a commander of the group.", 1),
    # Several groups summed, subsets not added
    ("On 10 March 2022, shelling hit Mariupol. 5 civilians were killed, among them 2 children.", 5),
    ("On 2 May 2019, militants attacked a church in Dablo, killing 6 people, including the priest.", 6),
    ("On 25 June 2020, bandits killed 11 people and a village head in Sabuwa LGA.", 12),
    ("On 15 August 2018, an explosion at a market killed 5 people. A bomber was also killed.", 6),
    ("On 29 October 2021, clashes between the army and rebels left 4 soldiers dead. 7 rebels were also killed.", 11),
    ("On 12 April 2020, gunmen killed his wife and two children in their home in Ndop.", 3),
    ("On 8 November 2022, 2 police officers and 3 attackers were killed in an exchange of fire in Garissa.", 5),
    # Restated figures
    ("On 4 March 2022, a missile hit an apartment block in Zhytomyr, killing 3 civilians. The three victims were "
     "identified by relatives on 5 March.", 3),
    ("On 13 June 2019, herders attacked Kwatas village, killing 8 people. The 8 dead were buried on Friday.", 8),
    ("On 22 January 2021, unknown gunmen killed 4 people in Jilib. Local elders said 4 people died.", 4),
    # Running totals
    ("On 16 March 2022, a strike hit a theatre in Mariupol. Initially 3 people were reported killed; the death toll "
     "later rose to 15.", 15),
    ("On 9 May 2017, fighting continued in Bangassou. The death toll reached 26 on Wednesday.", 26),
    # Vague amounts by ACLED's convention
    ("On 4 April 2016, dozens of people were killed when government forces shelled Kafr Nabl.", 12),
    ("On 6 September 2020, an unknown number of militants were killed in an airstrike near Jilib.", 10),
    ("On 17 February 2018, several people were killed in clashes between rival militias in Sabha.", 10),
    ("On 25 December 2019, hundreds of people were killed in a series of attacks on villages in Ituri.", 100),
    # Injuries only, no deaths
    ("On 14 March 2021, police used tear gas and rubber bullets to disperse protesters in Dakar. 12 people were "
     "injured.", 0),
    ("On 28 August 2022, a grenade exploded at a bus stop in Beledweyne, wounding 5 people.", 0),
    ("On 3 March 2022, Russian forces shelled Kharkiv. At least 34 people were injured, 6 of them seriously.", 0),
    ("On 19 May 2020, protesters clashed with police in Conakry; several protesters were wounded.", 0),
    # No casualties at all
    ("On 2 September 2021, around 300 people protested in Nairobi against rising fuel prices. [size=around 300]", 0),
    ("On 7 July 2019, teachers demonstrated in front of the Ministry of Education in Bamako. [size=no report]", 0),
    ("On 15 October 2020, police arrested 14 protesters in Kampala after a march. No injuries were reported.", 0),
    ("On 11 November 2022, militants abducted 23 passengers from a bus in Katsina state.", 0),
    ("On 30 March 2018, government forces regained control of Aleppo's eastern districts. No casualties were "
     "reported.", 0),
    ("On 8 June 2020, unidentified gunmen opened fire on a checkpoint near Mopti; no one was killed.", 0),
    ("On 24 February 2022, Russian forces launched a large-scale offensive on Ukraine from the north, east and "
     "south. Fatalities: 0", 0),
    ("On 1 February 2021, the military detained State Counsellor Aung San Suu Kyi and 45 other officials in "
     "Naypyidaw.", 0),
    ("On 5 May 2021, 1,200 residents fled Mekelle after fighting near the city.", 0),
    # Wire-report style
    ("MOGADISHU, 4 June 2019 (Reuters) - A car bomb exploded near a police station in Mogadishu on Tuesday, killing "
     "at least nine people and wounding 14 others, police said.", 9),
    ("KABUL — Three people were killed and 12 wounded when a roadside bomb hit a minibus in the west of the capital "
     "on Sunday, a police spokesman said.", 3),
    ("BAGHDAD, Oct 3 (AP) — Security forces opened fire on protesters on Thursday, killing 6 and injuring more than "
     "200, officials said.", 6),
    ("A suicide car bomber attacked a military base near Gao on Monday. Five soldiers died, plus the bomber, the "
     "army said.", 6),
    ("Gunmen on motorbikes killed 18 worshippers at a mosque in northern Burkina Faso on Friday evening, "
     "a local official said. Two of the wounded later died in hospital.", 20),
    ("Police said 2 bodies were found in the river near Bujumbura on Saturday, bearing signs of torture.", 2),
    ("Clashes erupted on 12 March 2022 between herders and farmers in Kaduna. Residents said 17 people lost their "
     "lives, 9 of them women.", 17),
    ("On 3 March 2022, shelling in Volnovakha killed 10 people, while 2 more people died in a separate strike on "
     "Mariupol.", 12),
    ("On 4 August 2020, an explosion at the port injured more than 6,000 people and killed over 200.", 200),
    ("On 23 July 2019, the army said it had killed about 40 militants in airstrikes in Sambisa forest.", 40),
    ("On 13 May 2020, 4 soldiers were wounded, while 1 was killed, in an ambush near Tillabéri.", 1),
    ("On 9 October 2019, a bus ran over a landmine near Kidal, killing between 3 and 5 passengers.", 3),
    ("On 16 November 2021, an attack on the Inata gendarmerie post left 53 dead, including 49 gendarmes.", 53),
    ("On 20 April 2016, Boko Haram fighters killed 7 herders and took 300 cattle near Kukawa.", 7),
    ("On 3 March 2022, Ukrainian forces said they had shot down a Su-25 jet near Volnovakha; the pilot was killed.", 1),
    ("On 1 June 2018, security forces killed 3 suspected kidnappers in Kaduna and rescued 12 hostages.", 3),
    ("On 12 December 2020, gunmen abducted more than 300 schoolboys in Kankara; no deaths were reported.", 0),
]

# Cases the parser gets wrong today, each a class of error worth fixing (strict: a fix is noticed).
KILLED_NOTES_FAILING: list[tuple[str, int]] = [
    # a relative clause between the figure and its verb hides the cue
    ("On 2 May 2021, 5 people who had gathered at a market in Gao were killed by a rocket.", 5),
]


@pytest.mark.parametrize(("note", "killed"), KILLED_NOTES)
def test_killed_total_of_note(note: str, killed: int) -> None:
    assert killed_total(note) == killed


@pytest.mark.parametrize(("note", "killed"), [pytest.param(n, k, marks=pytest.mark.xfail(strict=True))
                                              for n, k in KILLED_NOTES_FAILING])
def test_killed_total_of_note_known_failures(note: str, killed: int) -> None:
    assert killed_total(note) == killed


def test_corpus_exact_match_rate(capsys: pytest.CaptureFixture[str]) -> None:
    """The scorer loop: exact-match rate over all notes, overall and where someone died."""
    corpus = KILLED_NOTES + KILLED_NOTES_FAILING
    hits = [killed_total(note) == gold for note, gold in corpus]
    died = [hit for hit, (_, gold) in zip(hits, corpus, strict=True) if gold]
    rate, rate_died = sum(hits) / len(hits), sum(died) / len(died)
    with capsys.disabled():
        print(f"\ncasualty corpus: {len(corpus)} notes, exact {rate:.3f}, exact where someone died {rate_died:.3f}")
    assert len(corpus) >= 60
    assert rate == len(KILLED_NOTES) / len(corpus)


INJURED_AND_OTHER: list[tuple[str, dict[str, tuple[int, int | None]]]] = [
    ("At least ten people were killed and more than 20 injured.", {"killed": (10, None), "injured": (20, None)}),
    ("Militants abducted 23 passengers and killed the driver.", {"abducted": (23, 23), "killed": (1, 1)}),
    ("More than 3,000 people were evacuated and hundreds more have fled on foot.", {"displaced": (3100, None)}),
    ("Police arrested 14 protesters; 3 others were taken to hospital.", {"detained": (14, 14), "injured": (3, 3)}),
    ("The strike killed 12 people; eight others remain missing.", {"killed": (12, 12), "missing": (8, 8)}),
    ("Troops captured a dozen soldiers.", {"detained": (12, 12)}),
    ("Between 10 and 15 people were wounded.", {"injured": (10, 15)}),
    ("Up to 30 people were kidnapped.", {"abducted": (30, 30)}),
    ("The UN says more than 660,000 refugees have fled Ukraine in six days.", {"displaced": (660000, None)}),
]


@pytest.mark.parametrize(("text", "expected"), INJURED_AND_OTHER)
def test_totals_per_category(text: str, expected: dict[str, tuple[int, int | None]]) -> None:
    assert totals_of(text) == expected


def test_seed_report_totals(seed_text: str) -> None:
    totals = totals_of(seed_text)
    assert totals == {"killed": (10, None), "injured": (20, None), "displaced": (660_000, None)}


def test_example_report_totals(example_text: str) -> None:
    # The UN's running count of 1,035 dead since the invasion began is the largest cumulative figure.
    assert totals_of(example_text) == {"killed": (1035, 1035), "injured": (23, 23), "displaced": (3100, None),
                                       "detained": (12, 12), "missing": (8, 8)}


def test_a_restated_figure_is_counted_once() -> None:
    text = "Shelling killed three civilians in Sumy on Monday. The three victims were buried on Tuesday."
    assert casualty_totals(parse_quantities(text), text)["killed"].low == 3


def test_two_equal_groups_in_one_clause_are_both_counted() -> None:
    text = "2 soldiers and 2 civilians were killed."
    assert casualty_totals(parse_quantities(text), text)["killed"].low == 4


def test_subsets_alone_still_give_a_conservative_total() -> None:
    text = "Two children and a woman were among the dead."
    assert casualty_totals(parse_quantities(text), text)["killed"].low == 3


def test_casualty_totals_rejects_what_is_not_quantities() -> None:
    with pytest.raises(TypeError):
        casualty_totals(["10 killed"], "")  # type: ignore[list-item]
