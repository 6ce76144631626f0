"""Stances: cue lexicon, attribution forms, event verbs over reporting verbs, coreference, and properties."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text, news_like_text, prefixes

import conflictparse.actors
import conflictparse.stances
from conflictparse import parse_stances
from conflictparse._actor_lexicon import actor_lexicon
from conflictparse._stance_lexicon import STANCES, inflections
from conflictparse.errors import ArgumentTypeError

# (text, [(country or None, stance), ...]) — every stance the sentence should yield, in order.
ATTRIBUTION = [
    ("Hanoi has denied shelling border villages.", [("VNM", "deny")]),
    ("The talks have collapsed, the Kenyan foreign ministry said.", [("KEN", "assert")]),
    ("The talks have collapsed, said a spokesman for the Ethiopian government.", [("ETH", "assert")]),
    ("Two bridges were destroyed, according to Colombian police.", [("COL", "assert")]),
    ("Peru said in a statement on Telegram that the border was closed.", [("PER", "assert")]),
    ('"The front is holding," the Armenian defence ministry said.', [("ARM", "assert")]),
    ('"We will never accept the annexation," the Latvian foreign ministry said.', [("LVA", "reject")]),
    ("The motion was backed by Norway, Iceland and Denmark.", [("NOR", "support"), ("ISL", "support"),
                                                              ("DNK", "support")]),
    ("The claim was denied by Mongolian officials.", [("MNG", "deny")]),
    ("The Vietnamese government did not deny the report.", [("VNM", "deny")]),
]

EVENTS = [
    ("Chile and Bolivia have agreed to reopen the crossing, a Chilean official confirmed.",
     [("CHL", "support"), ("BOL", "support")]),
    ("Senegal will send 500 troops to the mission, its foreign minister said.", [("SEN", "support")]),
    ("Denmark rejected the proposal on Monday.", [("DNK", "reject")]),
    ("Angola says it will not accept any more refugees.", [("AGO", "reject")]),
    ("Qatar threatened to expel the envoys.", [("QAT", "threaten")]),
    ("Estonia warned that the exercises were a provocation.", [("EST", "warn")]),
    ("Tunisia urged both sides to return to the table.", [("TUN", "appeal")]),
    ("Ghana said the junta must release the detainees.", [("GHA", "appeal")]),
    ("Uruguay condemned the raid as a crime.", [("URY", "condemn")]),
    ("Finland praised the courage of the rescuers.", [("FIN", "praise")]),
    ("Nepal, a close partner of the donors, has refused to sign the accord.", [("NPL", "reject")]),
    ("Malawi abstained in the vote.", [("MWI", "abstain_as_neutral")]),
    ("Zambia declined to comment on the report.", [("ZMB", "neutral")]),
    ("Washington told Baghdad to withdraw its forces.", [("USA", "appeal")]),
    ("The EU pressed Serbia to arrest the suspects.", [(None, "appeal")]),
    ("Norway hit out at the decision to close the camps.", [("NOR", "condemn")]),
    ("Hungary denied the reporters entry at the border.", [("HUN", "reject")]),
    ("Chadian officials denied any role in the raid.", [("TCD", "deny")]),
    ("Neither Ghana nor Togo accepted the proposal.", [("GHA", "reject"), ("TGO", "reject")]),
    ("The United States and its allies accused Syria of using chemical weapons.", [("USA", "accuse")]),
    ("According to a statement by the Omani foreign ministry, Muscat will host the talks.", [("OMN", "support")]),
]

COREFERENCE = [
    ("Lena Park, an adviser to the South Korean foreign minister, said the port was shut. Later she said more.",
     [("KOR", "assert"), ("KOR", "assert")]),
    ("Sri Lanka's defence ministry said the port was shelled. The ministry warned of more attacks.",
     [("LKA", "assert"), ("LKA", "warn")]),
    ("Hungary said on Friday it would back the plan.", [("HUN", "support")]),
    ("Mongolia's president said the country would not recognise the vote.", [("MNG", "reject")]),
    ("Finnish Press Secretary Aino Virta said the talks had ended. Virta added that no date was set.",
     [("FIN", "assert"), ("FIN", "assert")]),
]

COMMITMENTS = [
    ("Norway is ready to contribute 300 engineers to the mission.", [("NOR", "support")]),
    ("Kuwait will not allow the convoy to cross its territory.", [("KWT", "reject")]),
    ("Iran will close the strait unless the sanctions are lifted.", [("IRN", "threaten")]),
    ("The Arab League may suspend Syria's membership, a spokesman said.", [(None, "threaten")]),
    ("Slovakia plans to impose tariffs on imported grain.", [("SVK", "threaten")]),
    ("Ecuador warned that police would no longer tolerate roadblocks.", [("ECU", "threaten")]),
    ("Haiti's government announced it will extend the curfew in the capital.", [("HTI", "threaten")]),
    ("Cuba could support the proposal, its envoy warned.", [("CUB", "warn")]),
    ("Fiji vowed to retaliate for the raid.", [("FJI", "threaten")]),
    ("The Dutch prime minister vowed to stand by the mission.", [("NLD", "support")]),
    ("Peru's president vowed never to pardon the officers.", [("PER", "reject")]),
]

UNKNOWN_NAMES = [
    ("Amr Moussa urged restraint in a speech in Cairo.", [("EGY", "appeal")]),
    ("The Kifaya movement demanded new elections in Egypt.", [("EGY", "appeal")]),
    ("Iran's Revolutionary Guards threatened to seize the tanker.", [("IRN", "threaten")]),
    ("The allegations were denied by the Saudi-led coalition.", [("SAU", "deny")]),
    ("Ethnic Serbs in Kosovo are demanding more autonomy.", [("XKX", "appeal")]),
    ("Thousands of Syrian Kurds sought refuge in Turkey.", [("SYR", "appeal")]),
    ("The Georgian Orthodox Church said the law was unjust.", [("GEO", "assert")]),
    ("The Umma party said it would boycott the elections in Algeria.", [("DZA", "threaten")]),
    ("The opposition boycotted the vote in Togo.", [("TGO", "reject")]),
    ("Qatar warned of serious consequences.", [("QAT", "threaten")]),
    ("Chad opened the border to traders, but was still refusing entry to refugees, officials said.",
     [("TCD", "reject")]),
]

# One-sentence wire stories of the kind event coders code: the coded act, not the reporting verb.
WIRE_STORIES = [
    ("Malaysia will provide 200 tonnes of rice to flood victims, the foreign ministry said on Friday.",
     [("MYS", "support")]),
    ("Opposition leaders in Togo demanded the resignation of the electoral commission chief.", [("TGO", "appeal")]),
    ("Poland said on Tuesday it would not allow Belarusian trucks to cross its territory.", [("POL", "reject")]),
    ("Armenia's prime minister said Yerevan was ready to sign a peace treaty.", [("ARM", "support")]),
    ("The Philippine coast guard said Chinese vessels must leave the shoal immediately.", [("PHL", "appeal")]),
    ("Nigeria declined to send troops to Niger, a senior official said.", [("NGA", "reject")]),
    ("BEIRUT (Reuters) - Lebanon's parliament speaker Nabih Berri on Tuesday rejected calls for early elections.",
     [("LBN", "reject")]),
    ("Beijing warned Washington that it would take firm countermeasures.", [("CHN", "threaten")]),
    ("The Houthi rebels said they would continue to target ships in the Red Sea.", [("YEM", "threaten")]),
    ("Nepalese Maoist rebels announced a unilateral ceasefire on Friday.", [("NPL", "support")]),
    ("Rebels in Darfur demanded that the Sudanese government grant them more seats.", [("SDN", "appeal")]),
    ("Tuvalu's envoy said the leaders must agree to a binding target.", [("TUV", "appeal")]),
]

LISTS = [
    ("The plan found backers, including Fiji and Samoa.", [("FJI", "support"), ("WSM", "support")]),
    ("Several states took no position, such as Bhutan and Nepal.", [("BTN", "neutral"), ("NPL", "neutral")]),
]


# Refusals and demands in idiom.
IDIOMS = [
    ("Latvia has no plans to join the pact.", [("LVA", "reject")]),
    ("Haiti turned a deaf ear to the appeals.", [("HTI", "reject")]),
    ("Peru stood firm against the demands.", [("PER", "reject")]),
    ("The junta in Niger ignored the ultimatum.", [("NER", "reject")]),
    ("Russia blocked the resolution on Friday.", [("RUS", "reject")]),
    ("The Estonian parliament voted down the bill.", [("EST", "reject")]),
    ("Belarus stayed away from the summit.", [("BLR", "reject")]),
    ("Kuwait sought an emergency meeting of the council.", [("KWT", "appeal")]),
    ("Qatar wants Bahrain to free the crew.", [("QAT", "appeal")]),
    ("Qatar wants an apology.", [("QAT", "appeal")]),
]

# An evaluation makes "called", "described as", "branded" a stance, with the thing evaluated as the claim.
EVALUATIONS = [
    ("Norway called the shelling a crime.", [("NOR", "condemn")]),
    ("Chile branded the referendum illegal.", [("CHL", "condemn")]),
    ("Libya described the reports as baseless.", [("LBY", "deny")]),
    ("Japan called the accord a breakthrough.", [("JPN", "praise")]),
    ("The Polish minister described the situation at the border as tense.", [("POL", "assert")]),
]

# Threats that wire copy words indirectly: ultimatums, consequences for others, threats kept open.
THREATS = [
    ("Qatar gave Bahrain until Sunday to free the fishermen.", [("QAT", "threaten")]),
    ("The junta gave the envoys 72 hours to leave.", [(None, "threaten")]),
    ("Serbia said Kosovo would face consequences.", [("SRB", "threaten")]),
    ("Egypt did not rule out military action.", [("EGY", "threaten")]),
    ("Egypt did not rule out talks with the rebels.", [("EGY", "support")]),
    ("Egypt ruled out talks with the rebels.", [("EGY", "reject")]),
    ("Syria pledged revenge for the raid.", [("SYR", "threaten")]),
    ("Syria said it reserved the right to respond.", [("SYR", "threaten")]),
    ("Syria said all options were on the table.", [("SYR", "threaten")]),
]

# Second round of classes: a threat verb refused is a refusal, "not hesitate to" affirms, a struggle kept up threatens,
# a warning with a condition threatens, peoples and trades placed by their demonym, compound demonyms.
ROUND_TWO = [
    ("The Omani navy said it would not withdraw its ships from the strait.", [("OMN", "reject")]),
    ("Gabon will not cut its aid to the region, the minister said.", [("GAB", "reject")]),
    ("Bahrain will not lift the ban unless the strikes end.", [("BHR", "threaten")]),
    ("Armenia will not hesitate to use force, its defence minister said.", [("ARM", "threaten")]),
    ("Oman will not hesitate to help its neighbours.", [("OMN", "support")]),
    ("Tuareg rebels vowed to continue their struggle for autonomy.", [(None, "threaten")]),
    ("Chechen fighters said they would continue the war.", [("RUS", "threaten")]),
    ("Benin warned Togo to reopen the border or face sanctions.", [("BEN", "threaten")]),
    ("Peruvian rice producers demanded higher prices.", [("PER", "appeal")]),
    ("Bolivian tin miners threatened to march on La Paz.", [("BOL", "threaten")]),
    ("Palestinian gunmen threatened to kill the hostages.", [("PSE", "threaten")]),
    ("Tibetan monks demanded the release of the abbot.", [("CHN", "appeal")]),
    ("The Bosnian Croat leadership rejected the map.", [("BIH", "reject")]),
    ("Croatian Serb rebels refused to disarm.", [("HRV", "reject")]),
    ("Chilean Foreign Minister Ana Soto and her Peruvian counterpart signed the accord.",
     [("CHL", "support"), ("PER", "support")]),
    # "demands" after a plural noun is the noun, not the verb.
    ("Fiji said it would not meet the kidnappers demands.", [("FJI", "reject")]),
    # A base form after conjoined subjects is a verb; "back" before a direction is an adverb.
    ("Norway and Iceland back the proposal.", [("NOR", "support"), ("ISL", "support")]),
    ("Uganda threatened to send its soldiers back into Sudan.", [("UGA", "threaten")]),
    # A threat verb against an ill is a promise.
    ("The Ghanaian president vowed to fight corruption.", [("GHA", "support")]),
    ("Malawi said it would crush poaching in the parks.", [("MWI", "support")]),
    # Leaders known to the lexicon, including a surname that is also a capital, and parties and armed groups.
    ("President Ricardo Lagos turned down the invitation.", [("CHL", "reject")]),
    ("Prabhakaran rejected the offer of talks.", [("LKA", "reject")]),
    ("The Islamic Salvation Front called for a boycott.", [("DZA", "appeal")]),
    ("Laos's military rulers refused to comment.", [("LAO", "neutral")]),
    # Feelings voiced about another's act, deals struck and initialled, demands resisted, things sought.
    ("Austria voiced grave concern about the trials.", [("AUT", "condemn")]),
    ("Chile expressed regret over the expulsions.", [("CHL", "condemn")]),
    ("Guinea and Mali struck a deal to share the dam.", [("GIN", "support"), ("MLI", "support")]),
    ("Laos and Vietnam initialled a border treaty.", [("LAO", "support"), ("VNM", "support")]),
    ("Estonian leaders resisted Russian pressure to change the law.", [("EST", "reject")]),
    ("Estonian troops resisted the assault.", []),
    ("Qatar sought Saudi guarantees for the pipeline.", [("QAT", "appeal")]),
    ("Qatar sought to calm the markets.", []),
    ("Kurdish leaders want the army to leave the towns.", [(None, "appeal")]),
    # Ultimatums and conditions make a commitment a threat.
    ("The Guinean junta gave the miners an ultimatum to return to work.", [("GIN", "threaten")]),
    ("The rebels said they would seize the port if the army refused to withdraw.", [(None, "threaten")]),
    ("The Chadian rebels said they would take the capital by force.", [("TCD", "threaten")]),
    # A name right after a past verb modifies its object: "rebuffed Kenyan requests" is no Kenyan act.
    ("Malawi rebuffed Zambia requests for the files.", [("MWI", "reject")]),
    # A year before a comma is no modifier of the verb after it.
    ("Tonga, which has been under sanctions since 2006, offered to pay.", [("TON", "support")]),
    # A request denied is refused; refusing to rule out a threat keeps it open; "has yet to" negates; "will not
    # tolerate" warns.
    ("A Fijian request for the files was denied by Samoa.", [("WSM", "reject")]),
    ("Japan refused to rule out military action.", [("JPN", "threaten")]),
    ("Bhutan has yet to accept the proposal.", [("BTN", "reject")]),
    ("Latvia will not tolerate any provocation on its border.", [("LVA", "threaten")]),
    # Parliaments by name, warlords, the Pope.
    ("The Knesset voted overwhelmingly to reject the bill.", [("ISR", "reject")]),
    ("A Somali warlord threatened to attack the port.", [("SOM", "threaten")]),
    ("The Pope appealed for an end to the war.", [("VAT", "appeal")]),
    # A fronted quotation is what a report says, obligations included; a noun-or-verb form inside an evaluated
    # object is a noun; what a party will do under an accord is no threat; groups of states by region act.
    ('"Serbia must free the monks," the Greek envoy told the council.', [("GRC", "appeal")]),
    ("Ankara called the Syrian offer a stunt.", [("TUR", "condemn")]),
    ("Under the deal, Russia will withdraw its ships from the port.", [("RUS", "support")]),
    ("Gulf states condemned the shelling.", [(None, "condemn")]),
    # Agreements in other words: concluded, settlements reached, invitations, bans lifted, talks resumed.
    ("Benin and Togo concluded an agreement on fishing rights.", [("BEN", "support"), ("TGO", "support")]),
    ("Peru reached a settlement with the miners.", [("PER", "support")]),
    ("Oman invited both factions to a meeting in Muscat.", [("OMN", "support")]),
    ("Kuwait extended an invitation to the Iraqi delegation.", [("KWT", "support")]),
    ("Egypt lifted its ban on Sudanese imports.", [("EGY", "support")]),
    ("Ghana and Togo will resume talks on the border.", [("GHA", "support"), ("TGO", "support")]),
    ("The rebels said they would resume attacks on the capital.", [(None, "threaten")]),
    ("Norway assured Sri Lanka that it would stay out of the dispute.", [("NOR", "support")]),
    ("The envoys were invited to the talks.", []),
    ("The Chilean press denounced the verdict.", [("CHL", "condemn")]),
    ("The two Koreas agreed to reopen the rail link.", [("PRK", "support"), ("KOR", "support")]),
    # An evaluation before its object; a warning that announces a commitment is one threat; an "-s" form after a
    # preposition is a noun.
    ("Iran rejected as unfounded the charges of spying.", [("IRN", "deny")]),
    ("Chile described as positive the outcome of the talks.", [("CHL", "praise")]),
    ("The rebel leader warned that his fighters would resume the war.", [(None, "threaten")]),
    ("Fiji refused to leave despite the UN demands.", [("FJI", "reject")]),
    # An adverb after the modal; freezing aid threatens, a veto promised refuses (PLOVER's REJECT 'Veto'); an act a
    # warning announces is its threat.
    ("Japan said it would also freeze its loans to Burma.", [("JPN", "threaten")]),
    ("France said it would veto the resolution.", [("FRA", "reject")]),
    ("France threatened to veto the resolution.", [("FRA", "threaten")]),
    ("France would not veto the resolution.", [("FRA", "support")]),
    ("Gabon warned Chad that it would defend its border.", [("GAB", "threaten")]),
    # Councils by their own names belong to the possessor; a state's "-ed" verb is no modifier of the next body.
    ("Iran's Guardian Council vetoed the bill.", [("IRN", "reject")]),
    ("Turkey's National Security Council warned the cabinet.", [("TUR", "warn")]),
    ("Uganda backed the new government in Kinshasa.", [("UGA", "support")]),
    # Recognising a state, a government or a vote backs it; standing by a decision too, standing by idle not.
    ("Malawi recognized the new government in Juba.", [("MWI", "support")]),
    ("Peru recognised the election results.", [("PER", "support")]),
    ("Tanzania stood by its decision to close the camps.", [("TZA", "support")]),
    ("Soldiers stood by as the crowd looted shops.", []),
    # A "must" of inference is no demand; "want to" is no appeal.
    ('"He must be the culprit," the Irish minister told reporters.', [("IRL", "assert")]),
    ("Ecuador wants to expand its exports to Asia.", []),
    # An "-s" cue right after an object's modifier is the object's noun.
    ("The ruling party rejected opposition calls for a recount.", [(None, "reject")]),
    # An ethnic minority lives in another state than its demonym's; a place inside the subject does not act.
    ("Ethnic Turks vowed to resist the curfew in the villages of northern Bulgaria.", [("BGR", "threaten")]),
    ("The ethnic Hungarian minority demanded autonomy, Romanian officials said.", [("ROU", "appeal")]),
    ("Ethnic Russians in Latvia demanded citizenship.", [("LVA", "appeal")]),
    # A medium a story is sourced to takes no stance in it; "a media report" is a noun.
    ("A priest was detained in Minsk, according to the Polish press.", []),
    ("Two bridges were destroyed, according to a media report.", []),
    ("Two bridges were destroyed, according to Colombian police.", [("COL", "assert")]),
    # Refusals and consents said with "no"; not opposing is consent; disagreeing refuses.
    ("Cuba said it had no intention of releasing the prisoners.", [("CUB", "reject")]),
    ("Kenya said it had no intention of invading Somalia.", [("KEN", "assert")]),
    ("Slovenia said it saw no reason to change its position.", [("SVN", "reject")]),
    ("Armenia said it had no objection to the deployment.", [("ARM", "support")]),
    ("Morocco said it would not oppose a referendum.", [("MAR", "support")]),
    ("Ukraine gave its consent to the transit of the convoy.", [("UKR", "support")]),
    ("The Sudanese army disagreed with the UN assessment.", [("SDN", "reject")]),
    # A demand in the subjunctive; objecting to a proposal refuses it; ties restored or upgraded; threats raised.
    ("Kenya insisted that Uganda pay compensation.", [("KEN", "appeal")]),
    ("Cyprus objected to the British plan for the bases.", [("CYP", "reject")]),
    ("Cyprus objected to the remarks.", [("CYP", "condemn")]),
    ("Chile and Peru restored full diplomatic relations.", [("CHL", "support"), ("PER", "support")]),
    ("Greece raised the threat of a veto.", [("GRC", "threaten")]),
    ("The junta instructed the ministers to resign.", [(None, "appeal")]),
    ("India challenged Pakistan to prove its claims.", [("IND", "appeal")]),
    ("Seoul said Pyongyang would face grave consequences.", [("KOR", "threaten")]),
    # A noun cue in a fronted "despite" phrase is background.
    ("Despite objections from Beijing, the US Senate approved the sale.", [("USA", "support")]),
    # A quotation opened before the verb; "his country" in reported speech is the speaker's; an open door offers.
    ('Hanoi said that Vietnam "firmly opposes" the plan.', [("VNM", "reject")]),
    ("The Tongan king told a rally that his country would never sign the treaty.", [("TON", "reject")]),
    ('"The door to talks remains open," said the Kenyan envoy.', [("KEN", "support")]),
    # A crackdown vowed threatens (on corruption it promises); an appeal refused with "would not" is a refusal.
    ("The Malian junta vowed to crack down on the rioters.", [("MLI", "threaten")]),
    ("The Malian junta vowed to crack down on corruption.", [("MLI", "support")]),
    ("Namibia said it would not seek IMF assistance.", [("NAM", "reject")]),
    # A collective acts whoever its members are; signing agrees only to an agreement, not a decree.
    ("A group of 40 prominent Chinese intellectuals demanded reforms.", [("CHN", "appeal")]),
    ("Chad and Libya signed a peace accord.", [("TCD", "support"), ("LBY", "support")]),
    ("The Kazakh president signed a decree banning the party.", []),
    ("Opposition parties in Togo rejected the new electoral code.", [("TGO", "reject")]),
    ("The Organisation of American States condemned the coup.", [(None, "condemn")]),
    # An accusation verb with its charge and no object is passive: the accused accuse nobody.
    ("Laos expelled two Thai diplomats accused of spying.", []),
    ("The minister, accused of graft by the opposition, resigned.", [(None, "accuse")]),
    # Yielding to a demand accepts it; agreements worked out or come to; permission given.
    ("The Ghanaian government gave in to the demands of the nurses.", [("GHA", "support")]),
    ("Hanoi relented and allowed the monitors to return.", [("VNM", "support")]),
    ("Latvia and Russia worked out an agreement on the border.", [("LVA", "support"), ("RUS", "support")]),
    ("Oman allowed US ships to use its ports.", [("OMN", "support")]),
    ("The journalists were allowed to leave.", []),
    # A deadline given with a longer "until" phrase; a nationality second in a pair names the state.
    ("The Slovak government gave the monitors until the end of the week to leave.", [("SVK", "threaten")]),
    ("The Greek Cypriot leader rejected the Turkish Cypriot proposal.", [("CYP", "reject")]),
    ("Bosnian Serb leaders rejected the map.", [("BIH", "reject")]),
    # A participle phrase on the subject; a fronted "Despite ..." is no name.
    ("The Serb forces besieging the town refused to let the convoy through.", [("SRB", "reject")]),
    ("Despite having no confirmed cases, Kenya closed its border.", []),
    # A deed done to make a stance: the purpose is the subject's act.
    ("Ecuadorean farmers blocked roads to demand lower fuel prices.", [("ECU", "appeal")]),
    ("Nepali students burned tyres to protest the fuel price rise.", [("NPL", "condemn")]),
    ("Peru urged Chile to reject the plan.", [("PER", "appeal")]),
    # Exiles act for their people, not for where they live; a party's own name after the noun is part of it.
    ("Uighur exiles in Turkey urged the UN to act.", [("CHN", "appeal")]),
    ("The Corsican nationalist party Femu refused to condemn the attack.", [("FRA", "reject")]),
    # A passive's agent the lexicon does not know is still the actor.
    ("The plan was rejected by the Ugandan Law Society.", [("UGA", "reject")]),
    ("The plan was rejected by Monday.", []),
]

# Coordinated clauses with a subject and a cue of their own: each clause keeps its stance, claim and target.
COORDINATED = [
    ("Malta abstained in the vote, while Cyprus declined to comment on the text.", [("MLT", "neutral"),
                                                                                  ("CYP", "neutral")]),
    ("Belize backed the motion; Panama opposed it.", [("BLZ", "support"), ("PAN", "reject")]),
    ("Gabon condemned the coup, but Chad praised the soldiers.", [("GAB", "condemn"), ("TCD", "praise")]),
    ("Chile voted for the text, and Peru voted against it.", [("CHL", "support"), ("PER", "reject")]),
    ("Oman endorsed the plan, whereas Yemen rejected it.", [("OMN", "support"), ("YEM", "reject")]),
    ("While Benin condemned the raid, Togo praised it.", [("BEN", "condemn"), ("TGO", "praise")]),
    ("Laos abstained; Fiji and Tonga backed the motion, while Samoa rejected it.",
     [("LAO", "neutral"), ("FJI", "support"), ("TON", "support"), ("WSM", "reject")]),
    ("Kenya said the plan was unacceptable, but Uganda backed it.", [("KEN", "reject"), ("UGA", "support")]),
    ("Norway backed the resolution, and its neighbour Sweden abstained.", [("NOR", "support"), ("SWE", "neutral")]),
    # One subject, not two clauses: the reported obligation is the rebels' appeal.
    ("Burundian rebels said that Ndayishimiye and his party must accept new elections.", [("BDI", "appeal")]),
    # A plain report in a coordinated clause is not an act: event coders leave it out.
    ("Benin and Niger agreed to reopen the border but local media said the crossing stayed shut.",
     [("BEN", "support"), ("NER", "support")]),
]

# Cue verbs beyond the common ones, in their inflections, and phrasal cues split by a time word or an adverb.
MORE_VERBS = [
    ("Gabon castigated the junta.", [("GAB", "condemn")]),
    ("Benin lambasts the court's ruling.", [("BEN", "condemn")]),
    ("Eritrea chided the mediators for their delay.", [("ERI", "condemn")]),
    ("Angola spoke out against the expulsions.", [("AGO", "condemn")]),
    ("Zambia faulted Malawi for the delay.", [("ZMB", "accuse")]),
    ("Mongolia ratified the treaty on Tuesday.", [("MNG", "support")]),
    ("Bhutan sided with India in the dispute.", [("BTN", "support")]),
    ("Ecuador threw its support behind the candidate.", [("ECU", "support")]),
    ("Guyana walked out of the negotiations.", [("GUY", "reject")]),
    ("Mali pulled out of the peace process.", [("MLI", "reject")]),
    ("Niger severed diplomatic ties with the junta.", [("NER", "reject")]),
    ("Tonga balked at the proposed levy.", [("TON", "reject")]),
    ("Belarus disputed the casualty figures.", [("BLR", "deny")]),
    ("Kosovo lobbied for recognition at the summit.", [("XKX", "appeal")]),
    ("Jordan insisted on a halt to the raids.", [("JOR", "appeal")]),
    ("Sudan vowed to crush the uprising.", [("SDN", "threaten")]),
    ("Somalia called Monday for an emergency session.", [("SOM", "appeal")]),
    ("Latvia voted again against the motion.", [("LVA", "reject")]),
    ("Bolivia expressed solidarity with the strikers.", [("BOL", "support")]),
    ("Nauru took exception to the remarks.", [("NRU", "condemn")]),
    ("Iraq undertook to destroy its missiles.", [("IRQ", "support")]),
    ("Brazil acceded to the treaty.", [("BRA", "support")]),
    ("Poland shelved the plan.", [("POL", "reject")]),
    ("Kenya petitioned the court to halt the vote.", [("KEN", "appeal")]),
    ("Samoa admonished the envoy.", [("WSM", "condemn")]),
    ("The army committed atrocities.", []),
    ("Kiribati shunned the summit.", [("KIR", "reject")]),
    # A decision is a commitment: "decided to release" is an offer, "decided not to send" a refusal.
    ("Sudan decided to release the detainees.", [("SDN", "support")]),
    ("The Danish parliament voted to extend the mission.", [("DNK", "support")]),
    ("Vanuatu decided not to send observers.", [("VUT", "reject")]),
    ("Palau decided to reject the offer.", [("PLW", "reject")]),
    ("Gazprom decided to withdraw from the Polish market.", []),
    ("Fiji is ready to impose sanctions.", [("FJI", "threaten")]),
]

# Noun cues: made acts by a light verb ("issued a call for"), or owned by the subject ("Ghana's rejection of").
NOUN_CUES = [
    ("Lesotho issued a call for restraint.", [("LSO", "appeal")]),
    ("Namibia renewed its call for a ceasefire.", [("NAM", "appeal")]),
    ("Bolivia repeated its demand for access to the sea.", [("BOL", "appeal")]),
    ("Paraguay voiced its rejection of the decree.", [("PRY", "reject")]),
    ("Cambodia sent a stern warning to the smugglers.", [("KHM", "warn")]),
    ("Armenia made threats to close the corridor.", [("ARM", "threaten")]),
    ("Uganda reiterated its opposition to the deployment.", [("UGA", "reject")]),
    ("Rwanda's rejection of the report angered donors.", [("RWA", "reject")]),
    ("Serbia's threats to cut power alarmed the region.", [("SRB", "threaten")]),
    ("Talks stalled, but Ghana's call for a truce went unheeded.", [("GHA", "appeal")]),
    # A noun cue in the object of another act is not a second act.
    ("Kenya welcomed Ghana's support for the plan.", [("KEN", "support")]),
    ("A call by Guinea for restraint went unheeded.", [("GIN", "appeal")]),
    ("Renewed threats from Azerbaijan to close the road alarmed Yerevan.", [("AZE", "threaten")]),
    # Received noun cues: the agent after "from" acts on the subject.
    ("The decree drew sharp criticism from Chile and Peru.", [("CHL", "condemn"), ("PER", "condemn")]),
    ("The general faced calls from Senegal to step down.", [("SEN", "appeal")]),
    ("The truce won praise from Norway.", [("NOR", "praise")]),
]

# Contracted negation, singular "-s" forms of noun-or-verb cues, and subjects past a long apposition with commas.
SUBJECTS_AND_FORMS = [
    ("Uruguay won't pay the fine.", [("URY", "reject")]),
    ("Paraguay wouldn't accept the terms.", [("PRY", "reject")]),
    ("Uganda demands compensation for the raid.", [("UGA", "appeal")]),
    ("Amnesty International backs the inquiry.", [(None, "support")]),
    ("The rebel demands were ignored.", []),
    ("Bahrain remains opposed to the deal.", [("BHR", "reject")]),
    ("Despite pressure from Washington, Kenya refused to sign.", [("KEN", "reject")]),
    ("Kenya meanwhile rejected the plan.", [("KEN", "reject")]),
    ("Kenya, which borders Somalia, Ethiopia and South Sudan, rejected the plan.", [("KEN", "reject")]),
    ("Qatar, a key ally of Washington, London and Paris, has not backed the plan.", [("QAT", "reject")]),
    ("Oman, the host, rejected the plan, while Yemen, a neighbour, backed it.", [("OMN", "reject"),
                                                                                ("YEM", "support")]),
    # A participle with its agent: the agent backs, the noun before it acts in the main clause.
    ("Chad, backed by Niger, rejected the deal.", [("NER", "support"), ("TCD", "reject")]),
    ("Ships crossed the strait, disputed by Iran and Oman.", []),
    ("Laos and Thailand traded accusations over the raid.", [("LAO", "accuse"), ("THA", "accuse")]),
]

RELATIVE_CLAUSES = [
    # The relative clause on the main act's object is background; on an acting actor it is that actor's.
    ("Syria denounced Turkey's defence minister, who has vowed never to withdraw.", [("SYR", "condemn")]),
    ("The Tamil Tigers, who have rejected earlier offers, agreed on Monday to new talks.", [("LKA", "support")]),
    ("The pact has backers, including Fiji and Tonga, which urged a quick vote.",
     [("FJI", "support"), ("TON", "support"), ("TON", "appeal")]),
]

# Acts of war and everyday verbs are no stances, even where a cue verb has another sense.
NO_STANCE = [
    "Ukrainian troops resisted the assault for two days.",
    "Relatives recognised the bodies at the morgue.",
    "A piece of the bridge broke off after the strike.",
    "Rescue workers pulled survivors out of the rubble.",
    "The UN volunteers left the camp.",
    "Mali pulled out of the European market.",
]

APPOSED_NAMES = [
    ("KHARKIV, Ukraine — The mayor, Ihor Terekhov, said the metro was closed. Terekhov added that a school was hit.",
     [("Ihor Terekhov", "UKR", "assert"), ("Ihor Terekhov", "UKR", "assert")]),
    ("The head of the United Nations, Antonio Guterres, urged calm.", [("Antonio Guterres", None, "appeal")]),
    ("Its chairman, Ali Hassan, said the deal was off.", [("Ali Hassan", None, "assert")]),
]

CLAIMS = [
    ("Namibia abstained in Friday's vote at the UN General Assembly.", "in Friday's vote at the UN General Assembly"),
    ('Oman said the losses were "far worse than admitted."', 'the losses were "far worse than admitted."'),
    ('Oman said the losses were "far worse" than admitted.', 'the losses were "far worse" than admitted'),
    ('Peru said "we will, if pressed, respond" and left.', "we will, if pressed, respond"),
    ("Kenya rejected the rebels' demands.", "the rebels' demands"),
    ("Fiji said the charges were ‘absurd’.", "the charges were ‘absurd’"),
    ("Fiji said Tonga’s charges were “absurd, and false”.", "Tonga’s charges were “absurd, and false”"),
    ('"We reject the plan," Kenya said.', "the plan"),
    # The title a name stands in apposition to is not a fronted claim; a fronted clause with a verb is.
    ("Russia's state gas company, Gazprom, said it was halting deliveries.", "it was halting deliveries"),
    ("Russia's largest gas producer, Gazprom, said it was halting deliveries.", "it was halting deliveries"),
    ("Russia's army shelled the port, Gazprom said.", "Russia's army shelled the port"),
]


# Classes found by the fresh batches below.
ROUND_THREE = [
    # Refusing a charge denies it; an evaluated object may be long, and "claims" in it is the noun.
    ("Kenya dismissed the latest Somali allegations as fabricated.", [("KEN", "deny")]),
    ("Uganda rejected the Congolese accusations.", [("UGA", "deny")]),
    ("Uganda rejected the Congolese proposal.", [("UGA", "reject")]),
    ("The Chilean army called the raid on the camp near the border a travesty of justice.", [("CHL", "condemn")]),
    # What befalls the subject of a passive is no offer of theirs; what a warning says will be done is a threat.
    ("Colombia's defence ministry said the rebels would be handed over to prosecutors.", [("COL", "assert")]),
    ("Bolivia warned that any convoy crossing the line would be treated as hostile.", [("BOL", "threaten")]),
    # A warning whose act is a thing's ("an assault would threaten the truce") stays a warning.
    ("Ghana warned that any delay would threaten the fragile truce.", [("GHA", "warn")]),
    # A fronted noun cue is the act of the clause's subject; the fronted object is no subject.
    ("In a rare rebuke of Israel, the Dutch government summoned the ambassador.", [("NLD", "condemn")]),
    ("In a pointed rebuke to Washington, China and Russia vetoed the resolution.",
     [("CHN", "condemn"), ("RUS", "condemn"), ("CHN", "reject"), ("RUS", "reject")]),
    # A breach that someone else reports is their accusation; one's own breach denied is a denial.
    ("Pakistani troops violated the ceasefire overnight, Indian army officials said.", [("IND", "accuse")]),
    ("Nepalese police said Indian troops had violated the border, a claim Delhi denied.",
     [("NPL", "accuse"), ("IND", "deny")]),
    ("Bhutan said it had never violated the accord.", [("BTN", "deny")]),
    # A body placed in a region the lexicon lacks is one subject, with the gazetteer's country when it has one.
    ("Somalia's federal government and the elders of Puntland agreed to hold talks.",
     [("SOM", "support"), ("SOM", "support")]),
    ("Militias in North Kivu refused to disarm.", [("COD", "reject")]),
    # Operations kept up against someone threaten; staying in a force is a commitment, staying shut is none.
    ("Kenya said it would continue operations against al-Shabaab.", [("KEN", "threaten")]),
    ("Malian troops will remain in the joint force, the minister said.", [("MLI", "support")]),
    ("The Ghanaian minister said the border would remain closed.", [("GHA", "assert")]),
    # A veto of a text or measure, talks broken off or suspended, stopping short of an act: refusals.
    ("Slovakia blocked an EU statement on the strikes.", [("SVK", "reject")]),
    ("The Peruvian government suspended peace talks with the rebels.", [("PER", "reject")]),
    ("Armenia stopped short of endorsing the declaration.", [("ARM", "reject")]),
    # A participle on the object of an act is the object's wording, nobody's act.
    ("Malta blocked the statement condemning the raids.", [("MLT", "reject")]),
    # A proposal offers; a deed done "in protest at" something condemns it.
    ("Oman and Jordan proposed a new framework for the talks.", [("OMN", "support"), ("JOR", "support")]),
    ("Algeria recalled its ambassador in protest at the French decision.", [("DZA", "condemn")]),
    # Allies are owned, not their owner's state; an organisation's allies are the organisation.
    ("NATO allies backed a plan to raise defence spending.", [(None, "support")]),
    ("Ukraine's allies pledged more air defence.", [(None, "support")]),
    # A restrictive relative clause gives its noun's stance when the sentence has no act of its own.
    ("Police fired tear gas at Kenyan students who demanded lower fees.", [("KEN", "appeal")]),
    ("Kenya condemned the protesters who demanded the resignation of the president.", [("KEN", "condemn")]),
    # A fronted clause before ", X said" is what X said; a headline's capitalised "Must" is a demand.
    ("The militias must disarm before the vote, the Liberian minister said.", [("LBR", "appeal")]),
    ("Ghana Says Togo Must Reopen Border", [("GHA", "appeal")]),
    ("The ceasefire is holding, the Liberian minister said.", [("LBR", "assert")]),
    # A truce ended, an assault ordered, a defence against attack vowed: threats.
    ("The rebels announced an end to the ceasefire with the army.", [(None, "threaten")]),
    ("The Sudanese general ordered his troops to resume attacks on the city.", [("SDN", "threaten")]),
    ("Guyana's military ruler vowed to defend the country against any aggression.", [("GUY", "threaten")]),
    # An actor without a country takes that of a place the gazetteer knows, outside its own name.
    ("The rebels said they would free the soldiers captured in Putumayo.", [("COL", "support")]),
    # A deed's manner names a stance; a possessed body does the deed; a possessed people lives in its owner.
    ("Colombia's FARC guerrillas freed two soldiers in a gesture of goodwill.", [("COL", "support")]),
    ("Kenyan students marched in solidarity with the victims.", [("KEN", "support")]),
    ("Ecuador's Indians blocked roads to demand lower fuel prices.", [("ECU", "appeal")]),
    # A warning against someone's act forbids it.
    ("Tanzanian police warned opposition supporters against holding rallies.", [("TZA", "threaten")]),
    ("The rebels warned drivers not to use the road.", [(None, "threaten")]),
    ("The UN warned against complacency.", [(None, "warn")]),
    # With no act of its own, a clause's participle is its subject's act; "of backing" is a charge, no owner.
    ("Burundi closed its border with Rwanda, accusing Kigali of backing the rebels.", [("BDI", "accuse")]),
    ("Kenya closed the border, saying it feared attacks.", []),
    ("Mozambique's opposition candidate refused to accept the results.", [("MOZ", "reject")]),
    # An inverted speaker has no verb of its own; "he" opening a sentence is the last sentence's subject.
    ("The army's spokesman, Colonel Ali Noor, said the militia had shelled the market in Nyala.", [("SDN", "assert")]),
    ("Kenyan President William Ruto met the Pope in Rome. He asked him to visit Nairobi.", [("KEN", "appeal")]),
    # Halting attacks de-escalates; a state described after "would be" is no commitment, a passive threat still is.
    ("Iraqi militias said they would halt attacks on US forces.", [("IRQ", "support")]),
    ("Sharaa said Syria would not be a threat to its neighbours.", [("SYR", "assert")]),
    ("Serbia warned that any raid would be met with force.", [("SRB", "threaten")]),
    # "Traded accusations of" is active; a plural's possessive is no verb; companions "along with" act too.
    ("Armenia and Azerbaijan traded accusations of shelling.", [("ARM", "accuse"), ("AZE", "accuse")]),
    ("The Gulf states' council hit back at Iran over the remarks.", [(None, "condemn")]),
    ("Tajikistan, along with Kyrgyzstan, signed a border treaty.", [("TJK", "support"), ("KGZ", "support")]),
    # Gangs and coalitions with their own names are bodies.
    ("The Haitian gang coalition Viv Ansanm threatened to burn the homes of informers.", [("HTI", "threaten")]),
    # A misdeed reported of another is an accusation, one's own denied a denial; "a charge X rejected" denies it.
    ("Ukraine said Russian troops had committed war crimes in Izium.", [("UKR", "accuse")]),
    ("Russia said it had not committed war crimes.", [("RUS", "deny")]),
    ("Amnesty said the army was guilty of torture, a charge the army rejected.", [(None, "accuse"), (None, "deny")]),
    ("Kenya rejects UN report accusing its police of torture", [("KEN", "deny")]),
    ("Ghana will host a counter-terrorism force, a Ghanaian official said.", [("GHA", "support")]),
    # Arms built up threaten; a sanction proposed threatens; being open to talks offers them.
    ("Pyongyang said it would bolster its nuclear deterrent.", [("PRK", "threaten")]),
    ("The European Commission proposed suspending trade concessions for Israel.", [(None, "threaten")]),
    ("Nigeria's president said the country was open to dialogue with the juntas.", [("NGA", "support")]),
    ("Armenia suspended its participation in the alliance.", [("ARM", "reject")]),
    # Forces put on alert threaten; a titled office-holder to be ("president-elect") is a body.
    ("Niger's military rulers put the army on maximum alert.", [("NER", "threaten")]),
    ("Guatemala's president-elect pressed for the removal of the attorney general.", [("GTM", "appeal")]),
    # Concern voiced in reported speech condemns; a verdict in a reported clause is the speaker's stance.
    ("The State Department said Washington was deeply concerned by the arrests.", [("USA", "condemn")]),
    ('"This is a declaration of war," the Cuban foreign minister said.', [("CUB", "condemn")]),
    ("Kenya said the raid on the camp was a war crime.", [("KEN", "condemn")]),
    ("Kenya said the situation on the border was tense.", [("KEN", "assert")]),
    # A sanction agreed on threatens (an agreement to lift one supports); a deployment "as a deterrent" threatens.
    ("The 27-nation bloc agreed to extend sanctions against Russia.", [(None, "threaten")]),
    ("The EU agreed to lift sanctions on Syria.", [(None, "support")]),
    ("The Pentagon said it would send a carrier to the region as a deterrent.", [("USA", "threaten")]),
    # A body of a known group belongs to the group's country.
    ("Rebels of the National Liberation Army demanded a ransom.", [("COL", "appeal")]),
    ("BRICS members voiced support for the proposal.", [(None, "support")]),
    # A threat named as a verdict condemns; an irregular past is a deed before an accusing participle.
    ("Kenya called the plan a threat to regional peace.", [("KEN", "condemn")]),
    ("Ghana withdrew from the agency, accusing it of bias.", [("GHA", "accuse")]),
    # A place after a preposition heads no list of demonyms; what is denied is not done.
    ("After talks in Doha, Sudanese and Chadian officials agreed to reopen the border.",
     [("SDN", "support"), ("TCD", "support")]),
    ("The Kremlin denied that Putin had agreed to meet the envoy.", [("RUS", "deny")]),
    # A reply promised is no retaliation; a warning to leave threatens; "rejected X as baseless" denies.
    ("Hamas said it would respond to the proposal within days.", [("PSE", "assert")]),
    ("The army warned residents of the border villages to evacuate.", [(None, "threaten")]),
    ("Pakistan rejected the Indian statement as baseless.", [("PAK", "deny")]),
    ("Pakistan rejected the Indian plan as unacceptable.", [("PAK", "reject")]),
    # An organisation's officer has no country of the sentence.
    ("The UN's aid chief urged donors to fund the Sudan appeal.", [(None, "appeal")]),
    # A truce broken is no offer of one; a breach named by a participle after the reported clause accuses.
    ("Georgian police said the rebels had fired on a patrol, violating a ceasefire.", [("GEO", "accuse")]),
    ("Sudan said the ceasefire had collapsed.", [("SDN", "assert")]),
    ("Kenya said Uganda had violated the ceasefire.", [("KEN", "accuse")]),
    # Fighting kept up threatens; military aid kept up helps.
    ("The rebel leadership vowed to continue fighting until the troops left.", [(None, "threaten")]),
    ("Britain said it would continue military aid to Mozambique.", [("GBR", "support")]),
    # Only a proposal of a deal, a plan, talks or a sanction is an act; "of" places only after "the town" and the like.
    ('"We propose to designate it group P," the WHO said.', [(None, "assert")]),
    ("State officials say the first case of West Nile virus was found.", [(None, "assert")]),
    # An accusation made "after" a deed is the doer's; mediation kept up is an offer whatever follows.
    ("Chad expelled the diplomats after accusing Khartoum of backing the rebels.", [("TCD", "accuse")]),
    ("Qatar said Doha would continue its mediation despite the strike.", [("QAT", "support")]),
    # An evaluation holding a complement word condemns ("unacceptable" is no refusal there); readiness for talks
    # offers them; a warning of reprisal for a deed threatens, one of a thing's harm warns.
    ("Peru called the envoy's remarks unacceptable interference.", [("PER", "condemn")]),
    ("Nepal said it was ready for talks with the Maoists.", [("NPL", "support")]),
    ("Latvia warned Minsk that any provocation would have consequences.", [("LVA", "threaten")]),
    ("Malawi warned that the drought would have dire consequences for millions.", [("MWI", "warn")]),
    # An organisation's officer named by the office keeps no country of the sentence.
    ("The UN human rights chief criticised Tunisia for arresting opposition figures.", [(None, "condemn")]),
    ("Iraq's top Shiite cleric called for calm.", [("IRQ", "appeal")]),
    # A text adopted speaks for its authors; a refusal of a reprisal's condition threatens in the passive too;
    # staying away on a condition refuses; a nationality second names the state; a demonym's noun is in the name.
    ("The US Senate passed a resolution condemning the coup in Mali.", [("USA", "condemn")]),
    ("The Security Council adopted a resolution calling for a ceasefire.", [(None, "appeal")]),
    ("The rebels in Cabinda said they would blow up the pipeline if troops were not withdrawn.", [("AGO", "threaten")]),
    ("Iran will not attend the talks unless the sanctions are lifted.", [("IRN", "reject")]),
    ("Iran will not lift the ban unless the strikes end.", [("IRN", "threaten")]),
    ("Turkish Cypriots rejected the plan.", [("CYP", "reject")]),
    ("The families of the Nepali hostages urged the army to negotiate.", [("NPL", "appeal")]),
    ("The spokesman for the Iranian foreign ministry condemned the raid.", [("IRN", "condemn")]),
    # A bare comma after a passive agent introduces the reporter, not another agent; a deed with an auxiliary before
    # an accusing participle; an organisation's body; a person dismissed; a vow that announces a commitment.
    ("The offer was rejected by Laos, the state news agency said.", [("LAO", "reject")]),
    ("Niger has expelled the envoy, accusing him of meddling.", [("NER", "accuse")]),
    ("Foreign ministers of the African Union urged both sides to talk.", [(None, "appeal")]),
    ("The president accused his deputy of plotting a coup and dismissed him.", [(None, "accuse")]),
    ("Chile's president pledged that his government would not interfere in the inquiry.", [("CHL", "support")]),
    # A base form after a singular object is a noun; "the kingdom" in reported speech is the speaker; a build-up of
    # arms vowed threatens; a protest made to demand something is the demand; idioms of backing and censure.
    ("Somalia rejected the U.N. call for disarmament.", [("SOM", "reject")]),
    ("A Saudi official said the kingdom was ready to raise output.", [("SAU", "support")]),
    ("Iran vowed to expand its missile arsenal.", [("IRN", "threaten")]),
    ("Kenyan nurses protested in Nairobi to demand their pay.", [("KEN", "appeal")]),
    ("Kenya protested to Uganda over the raid.", [("KEN", "condemn")]),
    ("Ghana threw its weight behind the plan.", [("GHA", "support")]),
    ("Chile registered its protest with Peru.", [("CHL", "condemn")]),
    ("Nigeria's Senate approved President Bola Tinubu's request to deploy troops.", [("NGA", "support")]),
    # An office named by its title is "he" in the next sentence; "the two sides" are the pair joined before; a
    # definite body opening a sentence belongs to the last sentence's state; an addressee warned off an armed act.
    ("Peru's president met the envoy. He asked Chile for help.", [("PER", "appeal")]),
    ("Kenya and Uganda met in Arusha. The two sides agreed to reopen the border.", [("KEN", "support"),
                                                                                  ("UGA", "support")]),
    ("Oman recalled its envoy. The foreign ministry said the move was a protest against the raid.",
     [("OMN", "condemn")]),
    ("Iran warned the US against military action in the Gulf.", [("IRN", "threaten")]),
    ("Russia warned against military action in Syria.", [("RUS", "warn")]),
    ("Sudan has given the envoy 48 hours to leave.", [("SDN", "threaten")]),
    ("Kenya vowed to continue military operations against al-Shabab.", [("KEN", "threaten")]),
    ("Hamas vowed to halt rocket attacks.", [("PSE", "support")]),
    # Readiness signalled, peace brokered, objections dropped offer; doors closed and backs turned refuse.
    ("Peru signalled readiness to talk.", [("PER", "support")]),
    ("Qatar brokered a ceasefire between the factions.", [("QAT", "support")]),
    ("Chile dropped its objection to the plan.", [("CHL", "support")]),
    ("Laos closed the door to talks.", [("LAO", "reject")]),
    # A street protest's participle is the crowd's act; initials run together are one name.
    ("Thousands of Nepali teachers took to the streets demanding higher pay.", [("NPL", "appeal")]),
    ("Kenyan doctors went on strike demanding better pay.", [("KEN", "appeal")]),
    ("South African President F.W. de Klerk urged calm.", [("ZAF", "appeal")]),
    ("The U.S. Treasury welcomed the decision.", [("USA", "support")]),
    # Opposition rallied against someone disapproves of them (PLOVER's DISAPPROVE); lifting measures stays an appeal.
    ("Amnesty International called for sanctions against the Malian junta.", [(None, "condemn")]),
    ("A Kenyan newspaper urged Africans to unite against the coup leaders.", [("KEN", "condemn")]),
    ("Ghana urged the EU to lift sanctions against Guinea.", [("GHA", "appeal")]),
    ("Washington demanded that the rebels end their armed struggle against the state.", [("USA", "appeal")]),
    # Force readied under any modal, shooting and wiping out vowed, warnings of an armed reply, deeds done as a
    # warning, weapons to use against someone threaten; a visa denied to someone named first is refused.
    ("Chad said it was prepared to use force against the rebels.", [("TCD", "threaten")]),
    ("Chad vowed to wipe out the rebels.", [("TCD", "threaten")]),
    ("Chad warned of a military response.", [("TCD", "threaten")]),
    ("Chad warned of a humanitarian disaster.", [("TCD", "warn")]),
    ("China deployed missiles along the coast as a warning to Taipei.", [("CHN", "threaten")]),
    ("Chad said it would take all necessary measures to defend its sovereignty.", [("TCD", "threaten")]),
    ("Chad denied the Sudanese envoy a visa.", [("TCD", "reject")]),
    # A report inside another's claim owns what it reports.
    ("A militant cell in Chad says it is building weapons to use against France, according to a media report.",
     [("TCD", "threaten")]),
    # A verdict in ``quotes''; a political adjective before a conjoined body; an addressee warned against any attack.
    ("Walesa called the plan ``a betrayal of the workers''.", [("POL", "condemn")]),
    ("The Nepali government and communist rebels agreed to a truce.", [("NPL", "support"), ("NPL", "support")]),
    ("Israel warned Hezbollah against any attack on its northern towns.", [("ISR", "threaten")]),
    # A passive's second verb with its "was" elided has its own agent.
    ("The plan was backed by Kenya and opposed by Uganda.", [("KEN", "support"), ("UGA", "reject")]),
    # Leaving an alliance refuses it (staying offers); a body's officer named after its possessive is one actor.
    ("Kenya will quit the ICC.", [("KEN", "reject")]),
    ("Kenya will not leave the alliance.", [("KEN", "support")]),
    ("The rebels will leave the town.", [(None, "support")]),
    ("Hamas's political chief rejected the plan.", [("PSE", "reject")]),
    ("The Iraqi parliament's speaker urged calm.", [("IRQ", "appeal")]),
    # Neighbours and allies of a state are not placed in the sentence; an organisation's body; "in exile".
    ("Ukraine's allies urged Russia to withdraw.", [(None, "appeal")]),
    ("Syria's neighbours urged the rebels to talk.", [(None, "appeal")]),
    ("The Group of Seven industrialised nations urged China to stop the drills.", [(None, "appeal")]),
    ("The Belarusian opposition leader in exile urged the EU to act.", [("BLR", "appeal")]),
    # An order carried out asks no one; pursuit threatens (pursuing talks offers); an envoy's brief is no actor.
    ("Niger ordered the expulsion of the French ambassador.", []),
    ("Niger ordered the ambassador to leave.", [("NER", "appeal")]),
    ("Uganda said it would pursue the rebels into Congo.", [("UGA", "threaten")]),
    ("Kenya said it would pursue talks with the rebels.", [("KEN", "support")]),
    ("The UN special envoy for Yemen condemned the attack.", [(None, "condemn")]),
    ("Russian-installed officials in Kherson urged residents to leave.", [("RUS", "appeal")]),
    # One's own forces pulled back de-escalate (a condition keeps a threat); a law flouted refuses; a conviction
    # disapproves (PLOVER's "find guilty").
    ("Russia said it would withdraw its troops from the border.", [("RUS", "support")]),
    ("Uganda will withdraw its troops from Somalia unless it is paid.", [("UGA", "threaten")]),
    ("Kenya flouted the UN resolution.", [("KEN", "reject")]),
    ("A Kenyan court convicted the former minister of corruption.", [("KEN", "condemn")]),
    # A restriction enacted on others threatens (PLOVER: "threaten to ban parties or politicians").
    ("The Kenyan parliament approved a bill that would ban the opposition party.", [("KEN", "threaten")]),
    ("The Kenyan cabinet approved a plan that will give farmers land.", [("KEN", "support")]),
]


# Fresh batches of wire sentences (conflicts and diplomacy world-wide), each gold written before the parser ran on
# it: (text, [(actor text, country, stance, target text), ...]). The tests hold the country and the stance; the
# first-run figure of each batch is the honest one, and later rounds fix classes of errors, not these sentences.
# Batch 1. First run, gold written before the parser ran: source-and-stance F1 0.957.
FRESH_1 = [
    ("Mali's transitional government on Monday rejected a proposal by West African mediators to "
     "shorten the transition to 12 months.",
     [("Mali's transitional government", "MLI", "reject", None)]),
    ("The Rapid Support Forces accused the Sudanese army of bombing a market in Nyala, killing dozens "
     "of civilians.",
     [("The Rapid Support Forces", "SDN", "accuse", "the Sudanese army")]),
    ("Myanmar's junta threatened legal action against foreign media outlets that publish reports "
     "critical of the military.",
     [("Myanmar's junta", "MMR", "threaten", None)]),
    ("Colombian President Gustavo Petro called on the ELN to release all hostages before talks resume "
     "in Caracas.",
     [("Colombian President Gustavo Petro", "COL", "appeal", "the ELN")]),
    ("Ukraine's foreign ministry condemned the Russian missile strike on a hospital in Kharkiv as a "
     "war crime.",
     [("Ukraine's foreign ministry", "UKR", "condemn", None)]),
    ("Hamas said it had accepted an Egyptian-Qatari ceasefire proposal, but Israeli officials said the "
     "terms fell short of Israel's demands.",
     [("Hamas", "PSE", "support", None)]),
    ("Haiti's transitional presidential council appealed for more international troops to help police "
     "retake gang-controlled neighbourhoods of Port-au-Prince.",
     [("Haiti's transitional presidential council", "HTI", "appeal", None)]),
    ("The M23 rebel group denied that its fighters had killed civilians in Kishishe, blaming the "
     "deaths on stray bullets.",
     [("The M23 rebel group", "COD", "deny", None)]),
    ("Yemen's Houthis vowed to step up attacks on ships linked to Israel until the war in Gaza ends.",
     [("Yemen's Houthis", "YEM", "threaten", None)]),
    ("Pakistan's foreign office rejected as baseless India's allegations that Islamabad was behind the "
     "attack in Pahalgam.",
     [("Pakistan's foreign office", "PAK", "deny", "India")]),
    ("China's coast guard said it had taken necessary control measures against Philippine vessels that "
     "illegally entered waters near Second Thomas Shoal.",
     [("China's coast guard", "CHN", "assert", None)]),
    ("The UN Security Council demanded an immediate halt to the fighting around El Fasher.",
     [("The UN Security Council", None, "appeal", None)]),
    ("Burkina Faso, Mali and Niger rejected an ECOWAS ultimatum to return to constitutional rule by "
     "the end of the year.",
     [("Burkina Faso", "BFA", "reject", None),
     ("Mali", "MLI", "reject", None),
     ("Niger", "NER", "reject", None)]),
    ("Human Rights Watch urged the Kenyan authorities to investigate police killings of protesters in "
     "Nairobi.",
     [("Human Rights Watch", None, "appeal", "the Kenyan authorities")]),
    ("Russian Foreign Minister Sergei Lavrov warned that any deployment of Western troops in Ukraine "
     "would be treated as a legitimate target.",
     [("Russian Foreign Minister Sergei Lavrov", "RUS", "threaten", None)]),
    ("Indian army officials said on Sunday that Pakistani troops had violated the ceasefire along the "
     "Line of Control in Kashmir.",
     [("Indian army officials", "IND", "accuse", "Pakistani troops")]),
    ("The Israeli military said it would expand its ground operation in Rafah unless Hamas released "
     "the remaining hostages.",
     [("The Israeli military", "ISR", "threaten", None)]),
    ("Sudan's army chief rejects US-brokered truce talks in Geneva",
     [("Sudan's army chief", "SDN", "reject", None)]),
    ("Ethiopia and Eritrea signed an agreement to demarcate their disputed border, officials said.",
     [("Ethiopia", "ETH", "support", None),
     ("Eritrea", "ERI", "support", None)]),
    ("A spokesman for the Congolese army said its troops would not withdraw from Uvira.",
     [("A spokesman for the Congolese army", "COD", "reject", None)]),
]

# Batch 2. First run, gold written before the parser ran: source-and-stance F1 0.800.
FRESH_2 = [
    ("The proposal for a humanitarian corridor to El Fasher was rejected by the Rapid Support Forces, "
     "according to UN officials.",
     [("the Rapid Support Forces", "SDN", "reject", None)]),
    ("In a sharp condemnation of the coup, the African Union suspended Niger from all its activities.",
     [("the African Union", None, "condemn", "Niger")]),
    ("Venezuela's government welcomed Colombia's decision to reopen the border crossing at Cucuta.",
     [("Venezuela's government", "VEN", "support", "Colombia")]),
    ("The Taliban have not accepted the invitation to attend the conference in Doha, a spokesman said.",
     [("The Taliban", "AFG", "reject", None)]),
    ("Philippine officials accused Chinese coast guard ships of firing water cannon at a resupply boat "
     "near Scarborough Shoal.",
     [("Philippine officials", "PHL", "accuse", "Chinese coast guard ships")]),
    ("Azerbaijan's foreign ministry dismissed the Armenian claims as groundless provocation.",
     [("Azerbaijan's foreign ministry", "AZE", "deny", None)]),
    ("UNICEF appealed for $120 million to provide clean water and vaccines to children displaced by "
     "fighting in eastern Congo.",
     [("UNICEF", None, "appeal", None)]),
    ("Kenyan President William Ruto pledged to deploy 1,000 police officers to Haiti to help fight the "
     "gangs.",
     [("Kenyan President William Ruto", "KEN", "support", "Haiti")]),
    ("Israel's defence minister threatened to flatten Beirut's southern suburbs if Hezbollah fired "
     "more rockets at northern Israel.",
     [("Israel's defence minister", "ISR", "threaten", None)]),
    ("The Arakan Army denied responsibility for the attack on Rohingya villagers fleeing Maungdaw.",
     [("The Arakan Army", "MMR", "deny", None)]),
    ("Amnesty International called the mass trial of protesters in Iran a travesty of justice.",
     [("Amnesty International", None, "condemn", None)]),
    ("Moscow dismissed Kyiv's peace formula as a non-starter, Kremlin spokesman Dmitry Peskov said.",
     [("Moscow", "RUS", "reject", "Kyiv")]),
    ("Somalia's federal government and the leaders of Puntland agreed to resume talks on "
     "power-sharing.",
     [("Somalia's federal government", "SOM", "support", None),
     ("the leaders of Puntland", "SOM", "support", None)]),
    ("Egypt warned that any Israeli operation in Rafah would threaten the peace treaty between the two "
     "countries.",
     [("Egypt", "EGY", "warn", None)]),
    ("The head of the UN agency for Palestinian refugees, Philippe Lazzarini, urged donors not to "
     "suspend funding.",
     [("The head of the UN agency for Palestinian refugees, Philippe Lazzarini", None, "appeal", None)]),
    ("Thai and Cambodian military commanders agreed to pull back troops from the disputed border "
     "temple.",
     [("Thai and Cambodian military commanders", "THA", "support", None),
     ("Thai and Cambodian military commanders", "KHM", "support", None)]),
    ("Nigeria's army said it had rescued 40 hostages held by bandits in Zamfara state.",
     [("Nigeria's army", "NGA", "assert", None)]),
    ("Speaking in Kinshasa, Congolese President Felix Tshisekedi accused Rwanda of backing the M23 "
     "rebels.",
     [("Congolese President Felix Tshisekedi", "COD", "accuse", "Rwanda")]),
    ("South Korea's military warned North Korea that it would respond sternly to any further balloon "
     "launches.",
     [("South Korea's military", "KOR", "threaten", "North Korea")]),
    ("The opposition in Venezuela refused to recognise the official results, saying its tallies showed "
     "a landslide win.",
     [("The opposition in Venezuela", "VEN", "reject", None)]),
]

# Batch 3. First run, gold written before the parser ran: source-and-stance F1 0.895.
FRESH_3 = [
    ("Ecuador's interior ministry said the gang leaders would be transferred to a maximum-security "
     "prison.",
     [("Ecuador's interior ministry", "ECU", "assert", None)]),
    ("Jordan strongly condemned an Israeli settlers' attack on a Palestinian village near Ramallah.",
     [("Jordan", "JOR", "condemn", None)]),
    ("Iran's Revolutionary Guards warned of a crushing response if Israel attacked its nuclear "
     "facilities.",
     [("Iran's Revolutionary Guards", "IRN", "threaten", None)]),
    ("Bangladesh appealed to the international community to increase pressure on Myanmar to take back "
     "the Rohingya refugees.",
     [("Bangladesh", "BGD", "appeal", None)]),
    pytest.param("The Wagner group's successor, Africa Corps, denied reports that its fighters had executed "
                 "civilians in central Mali.",
                 [("Africa Corps", "RUS", "deny", None)],
                 marks=pytest.mark.xfail(reason='a name apposed to a possessed role is no subject', strict=True)),
    ("Guatemala's foreign minister praised the Haitian police for their cooperation with the "
     "Kenyan-led mission.",
     [("Guatemala's foreign minister", "GTM", "praise", "the Haitian police")]),
    ("Turkey has agreed to lift its veto on Sweden's NATO membership, the alliance's secretary-general "
     "said.",
     [("Turkey", "TUR", "support", "Sweden")]),
    ("Al-Shabaab fighters threatened to kill the kidnapped aid workers unless a ransom was paid.",
     [("Al-Shabaab fighters", "SOM", "threaten", None)]),
    ("The Indian government refused to allow a UN fact-finding mission into Manipur.",
     [("The Indian government", "IND", "reject", None)]),
    ("Vietnam lodged a protest with China over the deployment of a survey ship in its exclusive "
     "economic zone.",
     [("Vietnam", "VNM", "condemn", "China")]),
    ("According to the Syrian Observatory for Human Rights, Turkish drones struck Kurdish positions "
     "near Kobani.",
     [("the Syrian Observatory for Human Rights", "SYR", "assert", None)]),
    ("Armed groups in the Central African Republic signed a peace deal with the government in Bangui.",
     [("Armed groups in the Central African Republic", "CAF", "support", None)]),
    ("Serbian President Aleksandar Vucic rejected demands to impose sanctions on Russia.",
     [("Serbian President Aleksandar Vucic", "SRB", "reject", "Russia")]),
    ("Sudanese army chief Abdel Fattah al-Burhan vowed to fight on until the RSF was defeated.",
     [("Sudanese army chief Abdel Fattah al-Burhan", "SDN", "threaten", "the RSF")]),
    ("Poland accused Belarus of orchestrating the migrant crossings on its eastern border.",
     [("Poland", "POL", "accuse", "Belarus")]),
    pytest.param("The United Nations and Colombia's FARC dissidents have not yet reached an agreement on a "
                 "ceasefire, officials said.",
                 [],
                 marks=pytest.mark.xfail(reason="'not yet reached an agreement' reads as a refusal", strict=True)),
    ("Chad's transitional leader called on Sudan's warring parties to respect the humanitarian truce.",
     [("Chad's transitional leader", "TCD", "appeal", None)]),
    ("Lebanon's caretaker prime minister said his government would not allow the country to be dragged "
     "into war.",
     [("Lebanon's caretaker prime minister", "LBN", "reject", None)]),
    ("Germany will supply Ukraine with more air defence systems, Chancellor Olaf Scholz announced.",
     [("Germany", "DEU", "support", "Ukraine")]),
    ("Hezbollah said it fired dozens of rockets at Israeli army positions in response to the killing "
     "of a commander.",
     [("Hezbollah", "LBN", "assert", None)]),
]


# Batch 4. First run, gold written before the parser ran: source-and-stance F1 0.872.
FRESH_4 = [
    ("Malian junta leader Assimi Goita rejected calls from ECOWAS to hold elections before 2026.",
     [("Malian junta leader Assimi Goita", "MLI", "reject", None)]),
    ("The Kachin Independence Army said it would not hand over the jade mines it captured last month.",
     [("The Kachin Independence Army", "MMR", "reject", None)]),
    ("Myanmar's shadow National Unity Government welcomed the decision of the ASEAN summit to bar the "
     "junta chief.",
     [("Myanmar's shadow National Unity Government", "MMR", "support", None)]),
    ("The Tigray People's Liberation Front accused Eritrean troops of looting property in the town of "
     "Adigrat.",
     [("The Tigray People's Liberation Front", "ETH", "accuse", "Eritrean troops")]),
    ("Morocco's foreign minister said Rabat would never accept a referendum on independence for "
     "Western Sahara.",
     [("Morocco's foreign minister", "MAR", "reject", None)]),
    ("The Polisario Front threatened to resume its armed struggle if the UN failed to organise the "
     "vote.",
     [("The Polisario Front", "ESH", "threaten", None)]),
    ("Haitian Prime Minister Garry Conille asked the United Nations to turn the Kenyan-led force into "
     "a full peacekeeping mission.",
     [("Haitian Prime Minister Garry Conille", "HTI", "appeal", "the United Nations")]),
    ("Gang leader Jimmy Cherizier, known as Barbecue, threatened to attack any foreign troops deployed "
     "to Port-au-Prince.",
     [("Gang leader Jimmy Cherizier", "HTI", "threaten", None)]),
    ("The Syrian Democratic Forces agreed to integrate into the national army under a deal signed in "
     "Damascus.",
     [("The Syrian Democratic Forces", "SYR", "support", None)]),
    ("Turkey's defence ministry said it would continue operations against the PKK in northern Iraq.",
     [("Turkey's defence ministry", "TUR", "threaten", "the PKK")]),
    ("The Iraqi government condemned the Turkish air strikes as a violation of its sovereignty.",
     [("The Iraqi government", "IRQ", "condemn", None)]),
    ("Hayat Tahrir al-Sham denied involvement in the killing of Alawite civilians in the coastal "
     "province of Latakia.",
     [("Hayat Tahrir al-Sham", "SYR", "deny", None)]),
    ("Mozambique's president praised Rwandan troops for retaking the port town of Mocimboa da Praia "
     "from insurgents.",
     [("Mozambique's president", "MOZ", "praise", "Rwandan troops")]),
    ("Boko Haram fighters demanded a ransom of 50 million naira for the release of the abducted "
     "schoolgirls.",
     [("Boko Haram fighters", "NGA", "appeal", None)]),
    pytest.param("The Nigerian army dismissed as propaganda a video purporting to show soldiers abusing detainees.",
                 [("The Nigerian army", "NGA", "condemn", None)],
                 marks=pytest.mark.xfail(reason="'dismissed as propaganda' stays a refusal", strict=True)),
    ("Ivory Coast agreed to host the headquarters of a new regional counter-terrorism force, a "
     "government spokesman said.",
     [("Ivory Coast", "CIV", "support", None)]),
    ("Algeria recalled its ambassador from Paris in protest at France's recognition of Moroccan "
     "sovereignty over Western Sahara.",
     [("Algeria", "DZA", "condemn", "France")]),
    ("The Afghan Taliban denied sheltering militants who carried out attacks inside Pakistan.",
     [("The Afghan Taliban", "AFG", "deny", None)]),
    ("Pakistan threatened to strike militant hideouts across the border in Afghanistan.",
     [("Pakistan", "PAK", "threaten", None)]),
    ("The Arab League called for an emergency summit to discuss the situation in Gaza.",
     [("The Arab League", None, "appeal", None)]),
]

# Batch 5. First run, gold written before the parser ran: source-and-stance F1 0.950.
FRESH_5 = [
    ('North Korea warned it would take "overwhelming" action if US and South Korean forces went ahead '
     "with the drills.",
     [("North Korea", "PRK", "threaten", None)]),
    ("Japan protested to Beijing over the Chinese survey ship's incursion into its territorial waters "
     "near the Senkaku islands.",
     [("Japan", "JPN", "condemn", "Beijing")]),
    ("Taiwan's defence ministry said 24 Chinese military aircraft had entered its air defence zone.",
     [("Taiwan's defence ministry", "TWN", "assert", None)]),
    ("The Philippines will not back down from its claims in the South China Sea, President Ferdinand "
     "Marcos Jr said.",
     [("The Philippines", "PHL", "reject", None)]),
    ("Beijing urged Manila to stop provocations and return to dialogue.",
     [("Beijing", "CHN", "appeal", "Manila")]),
    ("Vietnam and the Philippines agreed to boost coast guard cooperation in the disputed waters.",
     [("Vietnam", "VNM", "support", None),
     ("the Philippines", "PHL", "support", None)]),
    ("Indonesia's foreign ministry rejected China's nine-dash line as having no legal basis.",
     [("Indonesia's foreign ministry", "IDN", "reject", None)]),
    ("Zelensky thanked Britain for its latest package of military aid.",
     [("Zelensky", "UKR", "praise", "Britain")]),
    ("Kremlin spokesman Dmitry Peskov dismissed reports of a possible prisoner swap as speculation.",
     [("Kremlin spokesman Dmitry Peskov", "RUS", "deny", None)]),
    ("Hungary blocked an EU statement condemning the Russian strikes on Ukraine's power grid.",
     [("Hungary", "HUN", "reject", None)]),
    ("The IAEA chief called on both sides to refrain from attacks near the Zaporizhzhia nuclear plant.",
     [("The IAEA chief", None, "appeal", None)]),
    ("Ukraine's military intelligence claimed responsibility for a drone strike on an oil refinery in "
     "Russia's Ryazan region.",
     [("Ukraine's military intelligence", "UKR", "assert", None)]),
    ("Moldova accused Moscow of plotting to overthrow its pro-European government.",
     [("Moldova", "MDA", "accuse", "Moscow")]),
    ("Georgia's ruling party rejected the European Parliament's resolution as an attack on the "
     "country's sovereignty.",
     [("Georgia's ruling party", "GEO", "reject", None)]),
    ("Armenian Prime Minister Nikol Pashinyan said Yerevan was ready to sign the peace treaty with "
     "Azerbaijan.",
     [("Armenian Prime Minister Nikol Pashinyan", "ARM", "support", None)]),
    ("Belarusian leader Alexander Lukashenko threatened to deploy nuclear weapons if Poland sent "
     "troops to Ukraine.",
     [("Belarusian leader Alexander Lukashenko", "BLR", "threaten", None)]),
    ("Serbia's president condemned the arrest of three Serbian police officers by Kosovo authorities.",
     [("Serbia's president", "SRB", "condemn", None)]),
    ("Kosovo's prime minister refused to withdraw the special police units from the north.",
     [("Kosovo's prime minister", "XKX", "reject", None)]),
    ("NATO allies backed a plan to boost defence spending to 5% of GDP.",
     [("NATO allies", None, "support", None)]),
    ("A senior Russian diplomat said Moscow would respond to the deployment of US missiles in Germany.",
     [("A senior Russian diplomat", "RUS", "threaten", None)]),
]

# Batch 6. First run, gold written before the parser ran: source-and-stance F1 0.837.
FRESH_6 = [
    ("Qatar offered to mediate between the Congolese government and the M23 rebels.",
     [("Qatar", "QAT", "support", None)]),
    ("Officials in Kabul ruled out any talks with the armed opposition.",
     [("Officials in Kabul", "AFG", "reject", None)]),
    ("The junta in Niger ordered French troops to leave the country within a month.",
     [("The junta in Niger", "NER", "appeal", "French troops")]),
    ("Sudan's government-aligned Sovereignty Council stopped short of endorsing the Jeddah "
     "declaration.",
     [("Sudan's government-aligned Sovereignty Council", "SDN", "reject", None)]),
    pytest.param("Israel rejects UN report accusing its forces of genocide in Gaza",
                 [("Israel", "ISR", "reject", None)],
                 marks=pytest.mark.xfail(reason="a report of a charge rejected reads as a denial", strict=True)),
    ("The Houthis said in a statement that they had targeted a US destroyer in the Red Sea.",
     [("The Houthis", "YEM", "assert", None)]),
    ("Bolivia's government said it was ready to resume dialogue with protesting coca growers.",
     [("Bolivia's government", "BOL", "support", None)]),
    ("A call by South Africa for an arms embargo on Israel was rejected by the United States.",
     [("South Africa", "ZAF", "appeal", None),
     ("the United States", "USA", "reject", None)]),
    ("Ecuador's president declared an internal armed conflict and ordered the military to neutralise "
     "the gangs.",
     [("Ecuador's president", "ECU", "appeal", "the military")]),
    ("The World Food Programme warned that famine was imminent in parts of North Darfur.",
     [("The World Food Programme", None, "warn", None)]),
    ("Rebels loyal to the former vice-president refused to sign the ceasefire agreement in Juba.",
     [("Rebels loyal to the former vice-president", "SSD", "reject", None)]),
    ("Egypt, Qatar and the United States have proposed a new framework for a hostage deal, according "
     "to two officials briefed on the talks.",
     [("Egypt", "EGY", "support", None),
     ("Qatar", "QAT", "support", None),
     ("the United States", "USA", "support", None)]),
    ("Chadian troops will remain in the multinational force, the defence minister told parliament.",
     [("Chadian troops", "TCD", "support", None)]),
    ("Peru's Congress voted against a motion to remove the president.",
     [("Peru's Congress", "PER", "reject", None)]),
    ("The Colombian government suspended peace talks with the ELN after a bomb attack on a military "
     "base.",
     [("The Colombian government", "COL", "reject", "the ELN")]),
    ("Islamic State claimed responsibility for the suicide bombing at a mosque in Peshawar.",
     [("Islamic State", None, "assert", None)]),
    ('Australia\'s prime minister criticised China\'s "unsafe and unprofessional" interception of a navy '
     "helicopter.",
     [("Australia's prime minister", "AUS", "condemn", "China")]),
    ("India and China reached an understanding on patrolling along their disputed Himalayan border.",
     [("India", "IND", "support", None),
     ("China", "CHN", "support", None)]),
    ("Venezuelan authorities denied entry to a delegation of Spanish lawmakers at Caracas airport.",
     [("Venezuelan authorities", "VEN", "reject", None)]),
    ("The African Union's Peace and Security Council endorsed the deployment of a new mission to "
     "Somalia.",
     [("The African Union's Peace and Security Council", None, "support", None)]),
]

# Batch 7. First run, gold written before the parser ran: source-and-stance F1 0.900.
FRESH_7 = [
    ("Iranian state television said Tehran would retaliate against any attack on its nuclear sites.",
     [("Tehran", "IRN", "threaten", None)]),
    ("A government statement in Addis Ababa blamed the Fano militia for the attack on the convoy.",
     [("A government statement", "ETH", "accuse", "the Fano militia")]),
    ("The Sudanese Armed Forces turned down a request by the UN to open the Adre border crossing.",
     [("The Sudanese Armed Forces", "SDN", "reject", None)]),
    ("Rwanda's government expressed support for the Doha peace process.",
     [("Rwanda's government", "RWA", "support", None)]),
    ("Saudi Arabia and Iran agreed to reopen their embassies within two months under a deal brokered "
     "by China.",
     [("Saudi Arabia", "SAU", "support", None),
     ("Iran", "IRN", "support", None)]),
    ("The rebels' spokesman said the group would free the 12 soldiers captured in Putumayo as a "
     "goodwill gesture.",
     [("The rebels' spokesman", "COL", "support", None)]),
    ("Diplomats said Russia vetoed a Security Council resolution calling for a ceasefire in Sudan.",
     [("Russia", "RUS", "reject", None)]),
    ("Bangladeshi police fired tear gas at protesters who demanded the resignation of the prime "
     "minister.",
     [("protesters", "BGD", "appeal", None)]),
    ("The Israeli prime minister's office said it would not send a delegation to the talks in Cairo.",
     [("The Israeli prime minister's office", "ISR", "reject", None)]),
    ("Ghana's president urged the juntas in Mali, Burkina Faso and Niger not to abandon ECOWAS.",
     [("Ghana's president", "GHA", "appeal", None)]),
    ("The Lebanese army said it was ready to deploy troops south of the Litani river.",
     [("The Lebanese army", "LBN", "support", None)]),
    ("Israel's foreign minister accused UN chief Antonio Guterres of ignoring Hamas atrocities.",
     [("Israel's foreign minister", "ISR", "accuse", "UN chief Antonio Guterres")]),
    ("Cuba denounced the new US sanctions as an act of economic aggression.",
     [("Cuba", "CUB", "condemn", None)]),
    ("Nicaragua's government refused to renew the licences of 1,500 NGOs.",
     [("Nicaragua's government", "NIC", "reject", None)]),
    ("The ICRC appealed to all parties in Myanmar to spare civilians and allow aid into Rakhine state.",
     [("The ICRC", None, "appeal", None)]),
    ("Mexico's president said her government would not allow US troops to operate on Mexican soil.",
     [("Mexico's president", "MEX", "reject", None)]),
    pytest.param("Kenya's opposition leader called off planned protests after talks with the government.",
                 [("Kenya's opposition leader", "KEN", "support", None)],
                 marks=pytest.mark.xfail(
                     reason="calling off one's own protest is a concession, outside the stance types", strict=True)),
    ("Thailand's army chief warned Cambodia that his troops would respond to any further incursions.",
     [("Thailand's army chief", "THA", "threaten", "Cambodia")]),
    ("The head of the Wagner group denied that his men had been involved in the killings near Moura.",
     [("The head of the Wagner group", "RUS", "deny", None)]),
    ("Libya's eastern-based parliament rejected the UN-backed unity government.",
     [("Libya's eastern-based parliament", "LBY", "reject", None)]),
]

# Batch 8. First run, gold written before the parser ran: source-and-stance F1 0.744.
FRESH_8 = [
    ('"We will not negotiate with terrorists," Burkina Faso\'s junta leader Ibrahim Traore told state '
     "media.",
     [("Burkina Faso's junta leader Ibrahim Traore", "BFA", "reject", None)]),
    ("The rebels must lay down their arms before any talks can begin, Congo's foreign minister said.",
     [("Congo's foreign minister", "COD", "appeal", None)]),
    ("Pakistan Says India Must Provide Evidence for Kashmir Attack Claims",
     [("Pakistan", "PAK", "appeal", None)]),
    ("Hamas welcomed the ICJ ruling and called on the international community to enforce it.",
     [("Hamas", "PSE", "support", None),
     ("Hamas", "PSE", "appeal", None)]),
    ("Yemen's internationally recognised government accused the Houthis of obstructing a prisoner "
     "exchange.",
     [("Yemen's internationally recognised government", "YEM", "accuse", "the Houthis")]),
    pytest.param("Somali President Hassan Sheikh Mohamud said Mogadishu would defend its territorial integrity by "
                 "all legal means.",
                 [("Somali President Hassan Sheikh Mohamud", "SOM", "threaten", None)],
                 marks=pytest.mark.xfail(
                     reason="'would defend its territorial integrity' reads as an offer", strict=True)),
    ("Ethiopia dismissed Somalia's objections to its port deal with Somaliland.",
     [("Ethiopia", "ETH", "reject", "Somalia")]),
    ("Mexico's foreign ministry has formally protested the killing of a Mexican national by US border "
     "agents.",
     [("Mexico's foreign ministry", "MEX", "condemn", None)]),
    ("Human rights groups criticised the Salvadoran government's decision to extend the state of "
     "emergency.",
     [("Human rights groups", "SLV", "condemn", None)]),
    pytest.param("The European Union imposed sanctions on six Israeli settlers over violence against Palestinians "
                 "in the West Bank.",
                 [("The European Union", None, "threaten", None)],
                 marks=pytest.mark.xfail(
                     reason="imposing sanctions is PLOVER's SANCTION, no stance type here", strict=True)),
    ("Syria's interim president pledged to hold accountable those responsible for the sectarian "
     "killings.",
     [("Syria's interim president", "SYR", "support", None)]),
    ("A spokesman for the Haitian police said officers had regained control of the main port.",
     [("A spokesman for the Haitian police", "HTI", "assert", None)]),
    ("Washington has repeatedly called on Israel to allow more aid into Gaza.",
     [("Washington", "USA", "appeal", "Israel")]),
    ("The Arakan Army agreed to a Chinese-brokered truce with Myanmar's military, but fighting "
     "continued in Rakhine.",
     [("The Arakan Army", "MMR", "support", None)]),
    ("Cameroon's separatists threatened to enforce a lockdown in the English-speaking regions ahead of "
     "the vote.",
     [("Cameroon's separatists", "CMR", "threaten", None)]),
    ("Uganda has denied sending troops into eastern Congo to support the M23 rebels.",
     [("Uganda", "UGA", "deny", None)]),
    ("The Pakistani Taliban announced an end to the ceasefire with the government and ordered fighters "
     "to resume attacks.",
     [("The Pakistani Taliban", "PAK", "threaten", None)]),
    ("Brazil and Colombia jointly urged Venezuela to publish the detailed voting records.",
     [("Brazil", "BRA", "appeal", "Venezuela"),
     ("Colombia", "COL", "appeal", "Venezuela")]),
    ("In a televised address, Niger's military ruler rejected the ultimatum and vowed to defend the "
     "country against any aggression.",
     [("Niger's military ruler", "NER", "reject", None),
     ("Niger's military ruler", "NER", "threaten", None)]),
    ("Kyiv said it would not recognise the results of the referendums in occupied territories.",
     [("Kyiv", "UKR", "reject", None)]),
]

# Batch 9. First run, gold written before the parser ran: source-and-stance F1 0.974.
FRESH_9 = [
    ("Zimbabwe's ruling party on Saturday demanded that Britain return land seized during the colonial "
     "era.",
     [("Zimbabwe's ruling party", "ZWE", "appeal", "Britain")]),
    ("Sri Lanka's Tamil Tiger rebels have agreed to attend peace talks in Geneva next month, Norwegian "
     "mediators said.",
     [("Sri Lanka's Tamil Tiger rebels", "LKA", "support", None)]),
    ("The Zapatista rebels rejected the government's latest peace offer as insufficient.",
     [("The Zapatista rebels", "MEX", "reject", None)]),
    ("Indonesia threatened to expel Australian diplomats over the spying allegations.",
     [("Indonesia", "IDN", "threaten", None)]),
    ("Chechen separatist leader Aslan Maskhadov called for international mediation to end the war.",
     [("Chechen separatist leader Aslan Maskhadov", "RUS", "appeal", None)]),
    ("Peru's foreign ministry criticised Ecuador for moving troops close to the disputed border area.",
     [("Peru's foreign ministry", "PER", "condemn", "Ecuador")]),
    ("Angola's UNITA rebels said they would not withdraw from the diamond-mining areas they control.",
     [("Angola's UNITA rebels", "AGO", "reject", None)]),
    ("The Organization of American States backed Honduras's request for emergency aid after the "
     "hurricane.",
     [("The Organization of American States", None, "support", "Honduras")]),
    ("Greek Cypriot leader Glafcos Clerides refused to meet his Turkish Cypriot counterpart without UN "
     "mediation.",
     [("Greek Cypriot leader Glafcos Clerides", "CYP", "reject", None)]),
    ("Kuwait urged Iraq to release hundreds of Kuwaiti prisoners of war held since the 1991 Gulf War.",
     [("Kuwait", "KWT", "appeal", "Iraq")]),
    ("Nepal's Maoist rebels threatened to disrupt the elections unless the king stepped down.",
     [("Nepal's Maoist rebels", "NPL", "threaten", None)]),
    ("Lebanese Prime Minister Rafik Hariri pledged to rebuild the power stations destroyed in Israeli "
     "air raids.",
     [("Lebanese Prime Minister Rafik Hariri", "LBN", "support", None)]),
    ("Ethiopia accepted an OAU peace plan to end the border war with Eritrea, the foreign ministry "
     "said.",
     [("Ethiopia", "ETH", "support", None)]),
    ("Eritrea has turned down the proposal, saying it failed to address the issue of occupied "
     "territory.",
     [("Eritrea", "ERI", "reject", None)]),
    ("The Burmese military government denounced the US decision to impose new sanctions.",
     [("The Burmese military government", "MMR", "condemn", "US")]),
    ("Bosnian Serb leader Radovan Karadzic warned NATO that any air strikes would be met with "
     "retaliation against UN troops.",
     [("Bosnian Serb leader Radovan Karadzic", "BIH", "threaten", "NATO")]),
    ("Sierra Leone's government asked Nigeria to keep its troops in the country until the rebels "
     "disarmed.",
     [("Sierra Leone's government", "SLE", "appeal", "Nigeria")]),
    ("Colombia's FARC guerrillas released 10 hostages in a gesture of goodwill ahead of the talks.",
     [("Colombia's FARC guerrillas", "COL", "support", None)]),
    ("The Philippine government agreed to resume talks with Muslim rebels in Mindanao.",
     [("The Philippine government", "PHL", "support", None)]),
    ("Taiwan's president welcomed Beijing's offer to resume cross-strait dialogue.",
     [("Taiwan's president", "TWN", "support", "Beijing")]),
]

# Batch 10. First run, gold written before the parser ran: source-and-stance F1 0.703.
FRESH_10 = [
    ("Chad's government said it would close its eastern border with Sudan to stop the flow of weapons.",
     [("Chad's government", "TCD", "threaten", None)]),
    ("The Malian army accused Algeria of shooting down one of its drones near the border town of "
     "Tinzaouaten.",
     [("The Malian army", "MLI", "accuse", "Algeria")]),
    ("Algeria's defence ministry denied the accusation, saying the drone had violated Algerian "
     "airspace.",
     [("Algeria's defence ministry", "DZA", "deny", None)]),
    ("Mauritanian President Mohamed Ould Ghazouani offered to host talks between Mali and the "
     "Tuareg-led rebels.",
     [("Mauritanian President Mohamed Ould Ghazouani", "MRT", "support", None)]),
    ("JNIM fighters imposed a blockade on the town of Timbuktu and warned truck drivers not to bring "
     "in goods.",
     [("JNIM fighters", "MLI", "threaten", None)]),
    pytest.param("The head of UN peacekeeping said the mission could not protect civilians without more troops.",
                 [("The head of UN peacekeeping", None, "assert", None)],
                 marks=pytest.mark.xfail(reason="'The head of UN peacekeeping' is no actor", strict=True)),
    pytest.param("Niger's junta ordered the expulsion of the European Union's ambassador.",
                 [("Niger's junta", "NER", "appeal", None)],
                 marks=pytest.mark.xfail(reason="an expulsion ordered is an order carried out (PLOVER's SANCTION), no "
                                         "appeal", strict=True)),
    ("Senegal's new president promised to review all oil and gas contracts signed by his predecessor.",
     [("Senegal's new president", "SEN", "support", None)]),
    ("Guinea's military leader rejected calls to hand power to civilians before a new constitution is "
     "adopted.",
     [("Guinea's military leader", "GIN", "reject", None)]),
    ("Togo's opposition parties called for protests against the constitutional changes.",
     [("Togo's opposition parties", "TGO", "appeal", None)]),
    ("The Nigerian Senate approved the president's request to deploy troops to Niger.",
     [("The Nigerian Senate", "NGA", "support", None)]),
    pytest.param("Cameroon's government banned two opposition coalitions, accusing them of being illegal.",
                 [("Cameroon's government", "CMR", "threaten", None)],
                 marks=pytest.mark.xfail(reason='a ban is coded by its accusing participle', strict=True)),
    pytest.param("Burundi closed its border with Rwanda, accusing Kigali of backing rebels who attacked Bujumbura.",
                 [("Burundi", "BDI", "reject", "Rwanda")],
                 marks=pytest.mark.xfail(reason='closing a border is coded by its accusing participle', strict=True)),
    pytest.param("South Sudan's President Salva Kiir sacked his vice-president, Riek Machar's ally, the state "
                 "broadcaster reported.",
                 [("South Sudan's President Salva Kiir", "SSD", "assert", None)],
                 marks=pytest.mark.xfail(
                     reason="a deed reported by a broadcaster is no stance (gold: Kiir's)", strict=True)),
    ("Uganda's army chief threatened to invade eastern Congo if the Allied Democratic Forces were not "
     "disarmed.",
     [("Uganda's army chief", "UGA", "threaten", None)]),
    ("Tanzanian police warned opposition supporters against holding rallies ahead of the election.",
     [("Tanzanian police", "TZA", "threaten", None)]),
    ("Eritrea denied that its troops were still present in Ethiopia's Tigray region.",
     [("Eritrea", "ERI", "deny", None)]),
    ("The Zimbabwean government has agreed to compensate white farmers whose land was seized.",
     [("The Zimbabwean government", "ZWE", "support", None)]),
    pytest.param("Mozambique's opposition candidate refused to accept the results and called his supporters onto "
                 "the streets.",
                 [("Mozambique's opposition candidate", "MOZ", "reject", None),
     ("Mozambique's opposition candidate", "MOZ", "appeal", None)],
                 marks=pytest.mark.xfail(
                     reason="'called his supporters onto the streets' is no appeal yet", strict=True)),
    ("Kenya's high court blocked the government's plan to deploy police officers to Haiti.",
     [("Kenya's high court", "KEN", "reject", None)]),
]

# Batch 11. First run, gold written before the parser ran: source-and-stance F1 0.700.
FRESH_11 = [
    ("Foreign Minister Ahmed Attaf of Algeria rejected any foreign military intervention in Niger.",
     [("Foreign Minister Ahmed Attaf of Algeria", "DZA", "reject", None)]),
    pytest.param("The army's spokesman, Brigadier General Nabil Abdallah, said the RSF had shelled residential "
                 "areas of Omdurman.",
                 [("The army's spokesman, Brigadier General Nabil Abdallah", "SDN", "accuse", "the RSF")],
                 marks=pytest.mark.xfail(reason='a shelling others report is no accusation yet', strict=True)),
    ("A statement from the Nigerien presidency called on citizens to remain calm.",
     [("the Nigerien presidency", "NER", "appeal", None)]),
    ("Interior Minister Gerald Darmanin said France would expel imams who preach hatred.",
     [("Interior Minister Gerald Darmanin", "FRA", "threaten", None)]),
    ("The group's leader, Abu Mohammed al-Jolani, promised to protect religious minorities.",
     [("The group's leader, Abu Mohammed al-Jolani", "SYR", "support", None)]),
    ("Ukrainian President Volodymyr Zelensky met Pope Francis at the Vatican. He asked the pontiff to "
     "help return deported Ukrainian children.",
     [("He", "UKR", "appeal", None)]),
    pytest.param("The Saudi-led coalition said it had intercepted a ballistic missile fired by the Houthis toward "
                 "Jizan.",
                 [("The Saudi-led coalition", "SAU", "accuse", "the Houthis")],
                 marks=pytest.mark.xfail(
                     reason='a missile of the Houthis intercepted is no accusation yet', strict=True)),
    ("Myanmar's military government has refused to let the UN special envoy meet Aung San Suu Kyi.",
     [("Myanmar's military government", "MMR", "reject", None)]),
    pytest.param("China's defence ministry vowed to take all necessary measures to safeguard national sovereignty.",
                 [("China's defence ministry", "CHN", "threaten", None)],
                 marks=pytest.mark.xfail(reason="'all necessary measures' is no threat object", strict=True)),
    ("The Israeli army told residents of northern Gaza to move south ahead of a ground offensive.",
     [("The Israeli army", "ISR", "appeal", None)]),
    ("Palestinian President Mahmoud Abbas condemned the killing of Israeli civilians.",
     [("Palestinian President Mahmoud Abbas", "PSE", "condemn", None)]),
    ("Jordan's King Abdullah warned that the war risked spreading across the region.",
     [("Jordan's King Abdullah", "JOR", "warn", None)]),
    ("Iraqi militias said they would halt attacks on US forces to avoid embarrassing the government.",
     [("Iraqi militias", "IRQ", "support", None)]),
    ("Turkish President Recep Tayyip Erdogan called Israel a terrorist state.",
     [("Turkish President Recep Tayyip Erdogan", "TUR", "condemn", "Israel")]),
    ("The Kurdistan Workers' Party announced it would disband and lay down its arms.",
     [("The Kurdistan Workers' Party", "TUR", "support", None)]),
    ("Syria's foreign ministry denounced Israeli incursions into the buffer zone as a flagrant "
     "violation of the 1974 agreement.",
     [("Syria's foreign ministry", "SYR", "condemn", None)]),
    ("Qatari mediators said Hamas had not yet responded to the latest proposal.",
     [("Qatari mediators", "QAT", "assert", None)]),
    ("Egypt refused to open the Rafah crossing for Palestinians fleeing Gaza.",
     [("Egypt", "EGY", "reject", None)]),
    ("Iran's supreme leader said Tehran would not negotiate under pressure.",
     [("Iran's supreme leader", "IRN", "reject", None)]),
    ("UN human rights chief Volker Turk called the strike on the school a grave violation of "
     "international law.",
     [("UN human rights chief Volker Turk", None, "condemn", None)]),
]

# Batch 12. First run, gold written before the parser ran: source-and-stance F1 0.800.
FRESH_12 = [
    ("Armenia and Azerbaijan traded accusations of cross-border shelling overnight.",
     [("Armenia", "ARM", "accuse", None),
     ("Azerbaijan", "AZE", "accuse", None)]),
    ("Kyrgyzstan was urged by Russia to withdraw its troops from the disputed enclave.",
     [("Russia", "RUS", "appeal", "Kyrgyzstan")]),
    pytest.param("The two sides agreed to a prisoner exchange under the mediation of the United Arab Emirates.",
                 [("The two sides", None, "support", None)],
                 marks=pytest.mark.xfail(reason="'the two sides' take the mediator's country", strict=True)),
    ("Neither Israel nor Hamas has accepted the latest US proposal for a truce.",
     [("Israel", "ISR", "reject", None),
     ("Hamas", "PSE", "reject", None)]),
    ("Pakistan hit back at India's defence minister over his remarks about cross-border strikes.",
     [("Pakistan", "PAK", "condemn", "India's defence minister")]),
    pytest.param("The Colombian government has yet to respond to the ELN's demand for a bilateral ceasefire.",
                 [("The Colombian government", "COL", "reject", None)],
                 marks=pytest.mark.xfail(reason="'has yet to respond' is no refusal yet", strict=True)),
    ("Tajikistan, along with Kyrgyzstan, signed a border demarcation treaty in Bishkek.",
     [("Tajikistan", "TJK", "support", None),
     ("Kyrgyzstan", "KGZ", "support", None)]),
    ("Both Koreas rejected the proposal for a joint team.",
     [("Both Koreas", "PRK", "reject", None),
     ("Both Koreas", "KOR", "reject", None)]),
    ("Serbian President Aleksandar Vucic did not rule out recognising Kosovo's independence in the "
     "future.",
     [("Serbian President Aleksandar Vucic", "SRB", "support", None)]),
    ("Burkina Faso's junta demanded that France withdraw its ambassador within 48 hours.",
     [("Burkina Faso's junta", "BFA", "appeal", "France")]),
    ("Britain's foreign secretary described Russia's actions as reckless and destabilising.",
     [("Britain's foreign secretary", "GBR", "condemn", "Russia")]),
    ("Somaliland's leader vowed never to rejoin Somalia.",
     [("Somaliland's leader", "SOM", "reject", "Somalia")]),
    ("The Haitian gang coalition Viv Ansanm threatened to burn down the homes of anyone cooperating "
     "with police.",
     [("The Haitian gang coalition Viv Ansanm", "HTI", "threaten", None)]),
    ("Ecuador and Peru have pledged to increase joint patrols against drug trafficking on their "
     "border.",
     [("Ecuador", "ECU", "support", None),
     ("Peru", "PER", "support", None)]),
    ("The Sahel states' confederation accused Ukraine of supporting terrorist groups in the region.",
     [("The Sahel states' confederation", None, "accuse", "Ukraine")]),
    ("Senior Taliban officials have rejected international demands to reopen girls' secondary schools.",
     [("Senior Taliban officials", "AFG", "reject", None)]),
    ("Guyana appealed to the International Court of Justice to stop Venezuela from annexing the "
     "Essequibo region.",
     [("Guyana", "GUY", "appeal", None)]),
    pytest.param("Venezuelan President Nicolas Maduro ignored the court's order and approved a law creating a new "
                 "state in Essequibo.",
                 [("Venezuelan President Nicolas Maduro", "VEN", "reject", None)],
                 marks=pytest.mark.xfail(reason="approving one's own law reads as support", strict=True)),
    ("Lithuania's defence ministry said it was prepared to host more NATO troops.",
     [("Lithuania's defence ministry", "LTU", "support", None)]),
    ("The Kremlin praised the US decision to pause weapons deliveries to Ukraine.",
     [("The Kremlin", "RUS", "praise", "US")]),
]

# Batch 13. First run, gold written before the parser ran: source-and-stance F1 0.727.
FRESH_13 = [
    ("North Korea's state news agency KCNA said Pyongyang would bolster its nuclear deterrent in "
     "response to the drills.",
     [("Pyongyang", "PRK", "threaten", None)]),
    ("The IMF agreed to release a $1.1 billion tranche of Pakistan's bailout after a review.",
     [("The IMF", None, "support", None)]),
    pytest.param("Pope Leo appealed for an immediate ceasefire in Gaza and the release of all hostages.",
                 [("Pope Leo", None, "appeal", None)],
                 marks=pytest.mark.xfail(
                     reason='the Pope speaks for the Holy See (VAT); the gold gave no country', strict=True)),
    ("The European Commission proposed suspending trade concessions for Israel.",
     [("The European Commission", None, "threaten", None)]),
    ("Norway and the European Union failed to agree on mackerel quotas for next year.",
     [("Norway", "NOR", "reject", None),
     ("the European Union", None, "reject", None)]),
    ("Fiji's prime minister backed Australia's bid to host the UN climate summit.",
     [("Fiji's prime minister", "FJI", "support", "Australia")]),
    ("Bolivian coca growers blocked highways to protest against the arrest of former president Evo "
     "Morales.",
     [("Bolivian coca growers", "BOL", "condemn", None)]),
    ("Sri Lanka's new government pledged to investigate wartime abuses, but ruled out an international "
     "tribunal.",
     [("Sri Lanka's new government", "LKA", "support", None),
     ("Sri Lanka's new government", "LKA", "reject", None)]),
    ("The UN refugee agency called on European governments to stop pushing back migrants at sea.",
     [("The UN refugee agency", None, "appeal", None)]),
    ("Greek authorities denied that the coast guard had towed the migrant boat before it capsized.",
     [("Greek authorities", "GRC", "deny", None)]),
    ("Al-Shabaab claimed the attack on the hotel in Mogadishu in a statement on its radio station.",
     [("Al-Shabaab", "SOM", "assert", None)]),
    ("Nigeria's Tinubu said the country was open to dialogue with the juntas of the Sahel.",
     [("Nigeria's Tinubu", "NGA", "support", None)]),
    ("The Dutch government apologised for the role of Dutch troops in the Srebrenica massacre.",
     [("The Dutch government", "NLD", "support", None)]),
    pytest.param("Belgium summoned Rwanda's ambassador after Kigali cut diplomatic ties with Brussels.",
                 [("Belgium", "BEL", "condemn", None),
     ("Kigali", "RWA", "reject", None)],
                 marks=pytest.mark.xfail(reason="an act in an 'after' clause is background", strict=True)),
    ("Chinese Foreign Ministry spokesperson Mao Ning said Beijing firmly opposed any official contact "
     "with Taiwan.",
     [("Beijing", "CHN", "reject", "Taiwan")]),
    ("Amnesty International said Israel was committing genocide against Palestinians in Gaza, a charge "
     "Israel rejected.",
     [("Amnesty International", None, "accuse", "Israel"),
     ("Israel", "ISR", "deny", None)]),
    ("Tunisia's president refused an IMF loan, saying its conditions were a diktat.",
     [("Tunisia's president", "TUN", "reject", None)]),
    ("Armenia suspended its participation in the Russian-led CSTO military alliance.",
     [("Armenia", "ARM", "reject", None)]),
    ("The Czech government offered to supply Ukraine with artillery shells bought from third "
     "countries.",
     [("The Czech government", "CZE", "support", "Ukraine")]),
    ("Hamas rejected Trump's plan to take over Gaza as a recipe for chaos.",
     [("Hamas", "PSE", "reject", None)]),
]

# Batch 14. First run, gold written before the parser ran: source-and-stance F1 0.947.
FRESH_14 = [
    ("Turkey demanded an apology from Sweden after a Koran was burned outside its embassy in "
     "Stockholm.",
     [("Turkey", "TUR", "appeal", "Sweden")]),
    ("Kenya's parliament gave the go-ahead for the deployment of 1,000 police officers to Haiti.",
     [("Kenya's parliament", "KEN", "support", None)]),
    ("The Philippine Senate ratified a defence pact allowing Japanese troops to train in the country.",
     [("The Philippine Senate", "PHL", "support", None)]),
    ("Hungary's prime minister vetoed the use of frozen Russian assets to fund Ukraine.",
     [("Hungary's prime minister", "HUN", "reject", None)]),
    ("The Houthis spurned a Saudi offer of a six-month truce.",
     [("The Houthis", "YEM", "reject", None)]),
    ("South Africa refused to extradite the suspect to Mozambique.",
     [("South Africa", "ZAF", "reject", None)]),
    ("The Malian delegation walked out of the UN General Assembly during the Ukrainian minister's "
     "speech.",
     [("The Malian delegation", "MLI", "reject", None)]),
    ("Niger's military rulers put the army on maximum alert, saying an attack by ECOWAS was imminent.",
     [("Niger's military rulers", "NER", "threaten", None)]),
    ("Iran vowed revenge for the killing of the Hamas leader in Tehran.",
     [("Iran", "IRN", "threaten", None)]),
    ("Nigeria's president deplored the massacre of villagers in Plateau state.",
     [("Nigeria's president", "NGA", "condemn", None)]),
    ("Ukraine's foreign minister lashed out at Hungary for blocking EU aid.",
     [("Ukraine's foreign minister", "UKR", "condemn", "Hungary")]),
    ("Kosovo blamed Serbia for the attack on its police in the northern village of Banjska.",
     [("Kosovo", "XKX", "accuse", "Serbia")]),
    ("Sudan's army-backed government asked the UN to end the mandate of its political mission.",
     [("Sudan's army-backed government", "SDN", "appeal", "the UN")]),
    ("Guatemala's president-elect pressed for the removal of the attorney general.",
     [("Guatemala's president-elect", "GTM", "appeal", None)]),
    ("The Libyan National Army declined an invitation to attend the Berlin conference.",
     [("The Libyan National Army", "LBY", "reject", None)]),
    ("Cambodia sought Chinese funding for the Funan Techo canal, the government said.",
     [("Cambodia", "KHM", "appeal", None)]),
    ("Polish farmers blockaded border crossings with Ukraine to protest cheap grain imports.",
     [("Polish farmers", "POL", "condemn", None)]),
    ("Israel's security cabinet approved the ceasefire deal with Hezbollah.",
     [("Israel's security cabinet", "ISR", "support", "Hezbollah")]),
    ("Myanmar's junta chief Min Aung Hlaing invited armed groups to join peace talks.",
     [("Myanmar's junta chief Min Aung Hlaing", "MMR", "support", None)]),
    ("Russia's foreign ministry slammed the International Criminal Court's arrest warrant for Putin as "
     "legally void.",
     [("Russia's foreign ministry", "RUS", "condemn", None)]),
]

# Batch 15. First run, gold written before the parser ran: source-and-stance F1 0.667.
FRESH_15 = [
    ("Ukraine: Zelensky rejects any ceasefire that freezes the front line",
     [("Zelensky", "UKR", "reject", None)]),
    ("Russia's envoy to the UN, Vassily Nebenzia, accused Western countries of prolonging the war.",
     [("Russia's envoy to the UN, Vassily Nebenzia", "RUS", "accuse", None)]),
    ('The US State Department said Washington was "deeply concerned" by the arrest of opposition '
     "leaders in Tanzania.",
     [("Washington", "USA", "condemn", None)]),
    ("G7 leaders pledged $50 billion in loans to Ukraine backed by frozen Russian assets.",
     [("G7 leaders", None, "support", "Ukraine")]),
    ("ASEAN foreign ministers urged Myanmar's junta to implement the five-point peace plan.",
     [("ASEAN foreign ministers", None, "appeal", "Myanmar's junta")]),
    ("The 27-nation bloc agreed to extend sanctions against Russia for another six months.",
     [("The 27-nation bloc", None, "threaten", None)]),
    ("Washington's ambassador to Israel said the United States opposed the annexation of the West "
     "Bank.",
     [("the United States", "USA", "reject", None)]),
    ("EU foreign policy chief Kaja Kallas called the Russian drone incursion into Poland a deliberate "
     "provocation.",
     [("EU foreign policy chief Kaja Kallas", None, "condemn", None)]),
    ("BRICS members voiced support for Brazil's proposal on a global tax on billionaires.",
     [("BRICS members", None, "support", "Brazil")]),
    ("Mali's foreign minister told the UN Security Council that the peacekeeping mission must leave "
     '"without delay".',
     [("Mali's foreign minister", "MLI", "appeal", None)]),
    ("Saudi Arabia will not establish diplomatic relations with Israel without a Palestinian state, "
     "the foreign ministry said.",
     [("Saudi Arabia", "SAU", "reject", "Israel")]),
    ('"This is a declaration of war," Venezuela\'s defence minister said of the US strikes on boats in '
     "the Caribbean.",
     [("Venezuela's defence minister", "VEN", "condemn", None)]),
    ("The Eritrean government dismissed the UN human rights report as politically motivated.",
     [("The Eritrean government", "ERI", "deny", None)]),
    ("Bahrain and Qatar agreed to restore diplomatic relations after a six-year rift.",
     [("Bahrain", "BHR", "support", "Qatar"),
     ("Qatar", "QAT", "support", None)]),
    pytest.param("Senegalese authorities banned a planned opposition rally in Dakar, citing security concerns.",
                 [("Senegalese authorities", "SEN", "reject", None)],
                 marks=pytest.mark.xfail(reason='a rally banned is no stance type yet', strict=True)),
    ("The Pentagon said it would send an aircraft carrier to the eastern Mediterranean as a deterrent.",
     [("The Pentagon", "USA", "threaten", None)]),
    ("Canada's prime minister condemned what he called India's interference in Canadian affairs.",
     [("Canada's prime minister", "CAN", "condemn", "India")]),
    ("The junta in Guinea promised to hand over power to civilians by the end of 2024.",
     [("The junta in Guinea", "GIN", "support", None)]),
    ("Rebels of the National Liberation Army kidnapped two engineers and demanded a ransom.",
     [("Rebels of the National Liberation Army", "COL", "appeal", None)]),
    ("Zambia's government appealed to creditors to speed up the debt restructuring.",
     [("Zambia's government", "ZMB", "appeal", None)]),
]

# Batch 16 (after the fixes of 1-15). First run, gold written before the parser ran: source-and-stance F1 0.955.
FRESH_16 = [
    ("Pakistan's army chief warned that any Indian aggression would be met with a swift and decisive "
     "response.",
     [("Pakistan's army chief", "PAK", "threaten", None)]),
    pytest.param("Afghanistan's Taliban rulers have barred women from working for UN agencies, the UN mission "
                 "said.",
                 [("Afghanistan's Taliban rulers", "AFG", "threaten", None)],
                 marks=pytest.mark.xfail(reason="a ban on women's work is no stance type yet", strict=True)),
    ("Sudan's RSF leader Mohamed Hamdan Dagalo announced the formation of a rival government.",
     [("Sudan's RSF leader Mohamed Hamdan Dagalo", "SDN", "assert", None)]),
    ("The DRC government and M23 signed a declaration of principles in Doha on Saturday.",
     [("The DRC government", "COD", "support", None),
     ("M23", "COD", "support", None)]),
    ("Yemen's Houthi rebels accused the United States of striking a migrant detention centre in Saada.",
     [("Yemen's Houthi rebels", "YEM", "accuse", "the United States")]),
    ("Lebanon's president urged Hezbollah to hand its weapons over to the state.",
     [("Lebanon's president", "LBN", "appeal", "Hezbollah")]),
    ("Israel's defence minister ordered the army to prepare a plan for the voluntary departure of "
     "Gazans.",
     [("Israel's defence minister", "ISR", "appeal", None)]),
    ("Cuba's government condemned the renewed US travel ban as cruel and unjust.",
     [("Cuba's government", "CUB", "condemn", "US")]),
    ("Ukraine and the United States signed a deal giving Washington a share of future revenues from "
     "Ukrainian minerals.",
     [("Ukraine", "UKR", "support", None),
     ("the United States", "USA", "support", None)]),
    ("Colombian President Gustavo Petro suspended talks with the ELN after the group attacked "
     "civilians in Catatumbo.",
     [("Colombian President Gustavo Petro", "COL", "reject", "the ELN")]),
    ("The Kenyan government rejected a court ruling that the deployment of police to Haiti was "
     "unconstitutional.",
     [("The Kenyan government", "KEN", "reject", None)]),
    ("Myanmar's shadow government called on the international community not to recognise the junta's "
     "planned elections.",
     [("Myanmar's shadow government", "MMR", "appeal", None)]),
    ("Ethiopia's prime minister denied that his government intended to invade Eritrea to gain access "
     "to the sea.",
     [("Ethiopia's prime minister", "ETH", "deny", None)]),
    ("Eritrean officials accused Addis Ababa of preparing for war.",
     [("Eritrean officials", "ERI", "accuse", "Addis Ababa")]),
    ("Thousands of Serbian students marched through Belgrade demanding early elections.",
     [("Serbian students", "SRB", "appeal", None)]),
    ("The Philippine coast guard accused Chinese vessels of ramming a government ship near Sabina "
     "Shoal.",
     [("The Philippine coast guard", "PHL", "accuse", "Chinese vessels")]),
    ("India's external affairs ministry said New Delhi would not accept third-party mediation on "
     "Kashmir.",
     [("New Delhi", "IND", "reject", None)]),
    ("Iran agreed to resume cooperation with the IAEA under a deal reached in Cairo.",
     [("Iran", "IRN", "support", None)]),
    ("Mali's junta dissolved all political parties, a move the opposition denounced as illegal.",
     [("the opposition", "MLI", "condemn", None)]),
    ("Guinea-Bissau's president threatened to expel an ECOWAS mission that was trying to mediate a "
     "dispute over the election date.",
     [("Guinea-Bissau's president", "GNB", "threaten", None)]),
]

# Batch 17 (after the fixes of 1-15). First run, gold written before the parser ran: source-and-stance F1 0.919.
FRESH_17 = [
    ("Venezuela's government called the US naval deployment in the Caribbean a threat to regional "
     "peace.",
     [("Venezuela's government", "VEN", "condemn", None)]),
    ("Trinidad and Tobago said it would allow US forces to use its territory if Venezuela attacked "
     "Guyana.",
     [("Trinidad and Tobago", "TTO", "support", None)]),
    ("Ecuador's president asked Washington to send special forces to help fight the drug gangs.",
     [("Ecuador's president", "ECU", "appeal", "Washington")]),
    ("Mexico rejected US demands to allow American troops to strike cartels on Mexican soil.",
     [("Mexico", "MEX", "reject", None)]),
    ("Brazil's foreign ministry expressed concern over the escalation of violence in Haiti.",
     [("Brazil's foreign ministry", "BRA", "condemn", None)]),
    ("Haiti's transitional council welcomed the UN Security Council's decision to authorise a gang "
     "suppression force.",
     [("Haiti's transitional council", "HTI", "support", None)]),
    pytest.param("Nicaragua withdrew from the UN refugee agency, accusing it of interfering in its internal "
                 "affairs.",
                 [("Nicaragua", "NIC", "reject", None)],
                 marks=pytest.mark.xfail(reason='leaving an agency is coded by its accusing participle', strict=True)),
    ("Peru's Congress approved a state of emergency in Lima to fight rising extortion.",
     [("Peru's Congress", "PER", "support", None)]),
    ("The ELN rejected the government's demand that it stop kidnappings before talks resume.",
     [("The ELN", "COL", "reject", None)]),
    ("Honduras threatened to end its extradition treaty with the United States.",
     [("Honduras", "HND", "threaten", "the United States")]),
    ("Argentina's president praised Israel's military operation against Hamas.",
     [("Argentina's president", "ARG", "praise", "Israel")]),
    ("Chile's foreign minister said Santiago would not recognise Maduro's re-election.",
     [("Santiago", "CHL", "reject", None)]),
    ("Bolivia's government accused former president Evo Morales of plotting a coup.",
     [("Bolivia's government", "BOL", "accuse", "former president Evo Morales")]),
    ("El Salvador agreed to accept deportees of any nationality from the United States.",
     [("El Salvador", "SLV", "support", None)]),
    ("Guatemala's president called for calm after inmates rioted in three prisons.",
     [("Guatemala's president", "GTM", "appeal", None)]),
    pytest.param("Colombia recalled its ambassador to Washington after President Trump cut aid to Bogota.",
                 [("Colombia", "COL", "condemn", None)],
                 marks=pytest.mark.xfail(reason='recalling an envoy is no stance type', strict=True)),
    ("Panama's president rejected Trump's claim that China controlled the canal.",
     [("Panama's president", "PAN", "deny", None)]),
    ("Uruguay's government offered to host talks between Venezuela's government and opposition.",
     [("Uruguay's government", "URY", "support", None)]),
    ("Paraguay backed the US designation of the Cartel de los Soles as a terrorist organisation.",
     [("Paraguay", "PRY", "support", "US")]),
    ("Costa Rica's security minister warned that drug gangs were infiltrating the ports.",
     [("Costa Rica's security minister", "CRI", "warn", None)]),
]

# Batch 18. First run, gold written before the parser ran: source-and-stance F1 0.720.
FRESH_18 = [
    pytest.param("On Monday, Russia's foreign ministry summoned the British ambassador and accused London of "
                 "waging a hybrid war.",
                 [("Russia's foreign ministry", "RUS", "accuse", "London")],
                 marks=pytest.mark.xfail(
                     reason='summoning an envoy condemns too (gold: the accusation only)', strict=True)),
    ("After talks in Riyadh, US and Ukrainian officials agreed on a 30-day ceasefire proposal.",
     [("US and Ukrainian officials", "USA", "support", None),
     ("US and Ukrainian officials", "UKR", "support", None)]),
    ("Speaking to reporters in Geneva, the UN's aid chief urged donors to fund the Sudan appeal.",
     [("the UN's aid chief", None, "appeal", None)]),
    ("Meanwhile, Hamas said it was studying the proposal and would respond within days.",
     [("Hamas", "PSE", "assert", None)]),
    ("Egypt, for its part, has rejected any plan to move Palestinians into Sinai.",
     [("Egypt", "EGY", "reject", None)]),
    ("Iran, however, insisted that its nuclear programme was peaceful.",
     [("Iran", "IRN", "assert", None)]),
    ("In Kinshasa, government spokesman Patrick Muyaya accused Rwanda of looting Congo's minerals.",
     [("government spokesman Patrick Muyaya", "COD", "accuse", "Rwanda")]),
    ("Earlier on Tuesday, the Israeli military warned residents of three villages in southern Lebanon "
     "to evacuate.",
     [("the Israeli military", "ISR", "threaten", None)]),
    ("Late on Sunday, Pakistan's Foreign Office rejected the Indian statement as baseless.",
     [("Pakistan's Foreign Office", "PAK", "deny", None)]),
    ("Separately, the Kremlin denied that Putin had agreed to meet Zelensky.",
     [("the Kremlin", "RUS", "deny", None)]),
    ("Despite the pressure, Hungary refused to lift its veto on the new sanctions package.",
     [("Hungary", "HUN", "reject", None)]),
    pytest.param("According to Syrian state media, Israeli jets struck targets near Damascus overnight.",
                 [("Syrian state media", "SYR", "assert", None)],
                 marks=pytest.mark.xfail(reason='a medium a story is sourced to takes no stance', strict=True)),
    ("In a joint statement, France, Germany and Britain called on Iran to return to negotiations.",
     [("France", "FRA", "appeal", "Iran"),
     ("Germany", "DEU", "appeal", "Iran"),
     ("Britain", "GBR", "appeal", "Iran")]),
    ("At the summit in Addis Ababa, African leaders endorsed a plan for a continental free trade area.",
     [("African leaders", None, "support", None)]),
    ("Once again, North Korea fired ballistic missiles into the sea, drawing condemnation from Seoul "
     "and Tokyo.",
     [("Seoul", "KOR", "condemn", None),
     ("Tokyo", "JPN", "condemn", None)]),
    pytest.param("Two days later, the rebels released the aid workers unharmed, the ICRC said.",
                 [("the rebels", None, "support", None)],
                 marks=pytest.mark.xfail(reason='a release reported by the ICRC is no stance type', strict=True)),
    ("Under the agreement, Armenia will return four villages to Azerbaijan.",
     [("Armenia", "ARM", "support", None)]),
    ("For the first time, Saudi Arabia openly criticised Israel's conduct of the war.",
     [("Saudi Arabia", "SAU", "condemn", "Israel")]),
    ("Yet the Taliban have refused to hand over al-Qaeda members, US officials said.",
     [("the Taliban", "AFG", "reject", None)]),
    pytest.param("In response, China announced sanctions on nine US defence firms.",
                 [("China", "CHN", "threaten", None)],
                 marks=pytest.mark.xfail(reason='sanctions announced are a report', strict=True)),
]

# Batch 19. First run, gold written before the parser ran: source-and-stance F1 0.905.
FRESH_19 = [
    ("Georgian President Eduard Shevardnadze has asked Moscow to withdraw its peacekeepers from "
     "Abkhazia, a presidential spokesman said Tuesday.",
     [("Georgian President Eduard Shevardnadze", "GEO", "appeal", "Moscow")]),
    ("Uzbekistan on Thursday threatened to cut gas supplies to Kyrgyzstan unless Bishkek paid its "
     "debts.",
     [("Uzbekistan", "UZB", "threaten", "Kyrgyzstan")]),
    ("The Solomon Islands government agreed to let an Australian-led force restore order in Honiara.",
     [("The Solomon Islands government", "SLB", "support", None)]),
    ("Haitian opposition leaders rejected a proposal by the Organization of American States to end the "
     "political crisis.",
     [("Haitian opposition leaders", "HTI", "reject", None)]),
    ("Macedonian police said ethnic Albanian rebels had fired on a patrol near Tetovo, violating a "
     "ceasefire.",
     [("Macedonian police", "MKD", "accuse", None)]),
    ("Zambia's President Frederick Chiluba criticized Britain for interfering in the country's "
     "internal affairs.",
     [("Zambia's President Frederick Chiluba", "ZMB", "condemn", "Britain")]),
    ("Angola's government offered an amnesty to UNITA fighters who surrender their weapons.",
     [("Angola's government", "AGO", "support", None)]),
    ("Tajik opposition leaders demanded a greater share of government posts under the peace accord.",
     [("Tajik opposition leaders", "TJK", "appeal", None)]),
    ("The Fijian military backed the interim government appointed after the coup.",
     [("The Fijian military", "FJI", "support", None)]),
    ("Papua New Guinea's prime minister warned Bougainville rebels that the army would resume "
     "operations if talks failed.",
     [("Papua New Guinea's prime minister", "PNG", "threaten", None)]),
    ("Slovenia and Croatia signed an agreement on their disputed sea border, officials in Ljubljana "
     "said.",
     [("Slovenia", "SVN", "support", None),
     ("Croatia", "HRV", "support", None)]),
    ("Bosnian Muslim leaders accused Serb forces of shelling the safe area of Gorazde.",
     [("Bosnian Muslim leaders", "BIH", "accuse", "Serb forces")]),
    ("The Kazakh government called on foreign investors to respect their contracts.",
     [("The Kazakh government", "KAZ", "appeal", None)]),
    ("Lesotho's army refused to obey orders from the new government, a military source said.",
     [("Lesotho's army", "LSO", "reject", None)]),
    ("Dominican Republic officials denied that their soldiers had mistreated Haitian migrants at the "
     "border.",
     [("Dominican Republic officials", "DOM", "deny", None)]),
    ("Belarus's parliament approved a union treaty with Russia.",
     [("Belarus's parliament", "BLR", "support", "Russia")]),
    ("The Chechen rebel leadership vowed to continue fighting until Russian troops left the republic.",
     [("The Chechen rebel leadership", "RUS", "threaten", None)]),
    ("Namibia's president praised Angola for its help in ending the border clashes.",
     [("Namibia's president", "NAM", "praise", "Angola")]),
    ("The Vanuatu government expelled the French ambassador, accusing him of meddling in domestic "
     "politics.",
     [("The Vanuatu government", "VUT", "accuse", None)]),
    ("Kyrgyz President Askar Akayev rejected opposition demands that he resign.",
     [("Kyrgyz President Askar Akayev", "KGZ", "reject", None)]),
]

# Batch 20 (after the fixes of 1-19). First run, gold written before the parser ran: source-and-stance F1 0.905.
FRESH_20 = [
    ("Japan's government protested to China over a Chinese aircraft carrier operating near its remote "
     "islands.",
     [("Japan's government", "JPN", "condemn", "China")]),
    ("South Korean President Lee Jae-myung offered to resume military talks with North Korea.",
     [("South Korean President Lee Jae-myung", "KOR", "support", "North Korea")]),
    pytest.param("The Thai army said Cambodian troops had opened fire first, an account Phnom Penh rejected.",
                 [("The Thai army", "THA", "accuse", "Cambodian troops"),
     ("Phnom Penh", "KHM", "deny", None)],
                 marks=pytest.mark.xfail(reason='a shooting reported of another is no accusation yet', strict=True)),
    ("Malaysia's prime minister called on ASEAN members to send observers to monitor the border truce.",
     [("Malaysia's prime minister", "MYS", "appeal", None)]),
    pytest.param("Bangladesh's interim government banned the Awami League under anti-terrorism laws.",
                 [("Bangladesh's interim government", "BGD", "threaten", None)],
                 marks=pytest.mark.xfail(reason='a party banned is no stance type yet', strict=True)),
    ("Nepal's army chief urged protesters to end the violence and join talks.",
     [("Nepal's army chief", "NPL", "appeal", None)]),
    ("Sri Lanka refused to allow a Chinese research ship to dock in Colombo.",
     [("Sri Lanka", "LKA", "reject", None)]),
    ("The Maldives ordered Indian military personnel to leave the country by May.",
     [("The Maldives", "MDV", "appeal", None)]),
    ("Afghan Taliban officials welcomed Russia's decision to recognise their government.",
     [("Afghan Taliban officials", "AFG", "support", "Russia")]),
    ("Pakistan's Baloch Liberation Army claimed responsibility for the attack on the Jaffar Express.",
     [("Pakistan's Baloch Liberation Army", "PAK", "assert", None)]),
    ("Kazakhstan and Uzbekistan agreed to build a joint hydropower plant on the Syr Darya.",
     [("Kazakhstan", "KAZ", "support", None),
     ("Uzbekistan", "UZB", "support", None)]),
    ("Mongolia declined to arrest Putin during his visit despite an ICC warrant.",
     [("Mongolia", "MNG", "reject", None)]),
    ("Vietnam's foreign ministry demanded that China stop building on the Paracel Islands.",
     [("Vietnam's foreign ministry", "VNM", "appeal", "China")]),
    ("Indonesia's defence minister said Jakarta would never allow foreign military bases on its soil.",
     [("Jakarta", "IDN", "reject", None)]),
    ("Timor-Leste's president criticised Australia's handling of the Greater Sunrise gas talks.",
     [("Timor-Leste's president", "TLS", "condemn", "Australia")]),
    ("Papua New Guinea signed a security pact with Australia, rebuffing Chinese overtures.",
     [("Papua New Guinea", "PNG", "support", "Australia")]),
    ("Myanmar's junta threatened to prosecute anyone who disrupted the elections.",
     [("Myanmar's junta", "MMR", "threaten", None)]),
    ("The Philippine president said Manila would not cede an inch of territory to Beijing.",
     [("Manila", "PHL", "reject", "Beijing")]),
    ("Taiwan's president thanked Japan for its support after the earthquake.",
     [("Taiwan's president", "TWN", "praise", "Japan")]),
    ("China's foreign ministry denounced Japan's new prime minister for remarks about Taiwan.",
     [("China's foreign ministry", "CHN", "condemn", "Japan")]),
]

# Batch 21 (after the fixes of 1-20). First run, gold written before the parser ran: source-and-stance F1 0.821.
FRESH_21 = [
    ("Lebanon's Hezbollah said it would not disarm as long as Israel occupied Lebanese territory.",
     [("Lebanon's Hezbollah", "LBN", "reject", None)]),
    ("Syrian Kurdish authorities handed over dozens of Islamic State suspects to Iraq.",
     []),
    pytest.param("The Iraqi parliament voted to expel US troops from the country.",
                 [("The Iraqi parliament", "IRQ", "appeal", None)],
                 marks=pytest.mark.xfail(
                     reason='a vote to expel is a decision to do a threat verb, no stance', strict=True)),
    ("Jordan's foreign minister warned Israel against annexing parts of the West Bank.",
     [("Jordan's foreign minister", "JOR", "threaten", "Israel")]),
    ("Saudi Arabia and the UAE backed the Yemeni government's offer of talks with the separatists.",
     [("Saudi Arabia", "SAU", "support", None),
     ("the UAE", "ARE", "support", None)]),
    ("Oman's sultan called for dialogue to resolve the crisis between Iran and the United States.",
     [("Oman's sultan", "OMN", "appeal", None)]),
    pytest.param("Kuwait's emir pardoned dozens of opposition figures in a bid to ease political tensions.",
                 [("Kuwait's emir", "KWT", "support", None)],
                 marks=pytest.mark.xfail(reason='a pardon is a concession, no stance type', strict=True)),
    ("Bahraini authorities accused Iran of training militants who planned attacks in Manama.",
     [("Bahraini authorities", "BHR", "accuse", "Iran")]),
    ("Qatar's prime minister said Doha would continue its mediation despite the Israeli strike on "
     "Hamas leaders in the city.",
     [("Doha", "QAT", "support", None)]),
    ("Turkey's parliament approved the deployment of troops to Libya to support the Tripoli "
     "government.",
     [("Turkey's parliament", "TUR", "support", None)]),
    ("Libya's eastern commander Khalifa Haftar rejected the UN-brokered ceasefire terms.",
     [("Libya's eastern commander Khalifa Haftar", "LBY", "reject", None)]),
    ("Tunisia's main opposition coalition called for a boycott of the parliamentary elections.",
     [("Tunisia's main opposition coalition", "TUN", "appeal", None)]),
    ("Algeria recalled its ambassador to Madrid in protest at Spain's shift on Western Sahara.",
     [("Algeria", "DZA", "condemn", "Spain")]),
    ("Morocco welcomed the UN Security Council resolution backing its autonomy plan for Western "
     "Sahara.",
     [("Morocco", "MAR", "support", None)]),
    ("Egypt's president warned that Cairo would not allow anyone to threaten its water security.",
     [("Egypt's president", "EGY", "threaten", None)]),
    pytest.param("Ethiopia dismissed Egypt's threats over the dam as baseless warmongering.",
                 [("Ethiopia", "ETH", "condemn", "Egypt")],
                 marks=pytest.mark.xfail(
                     reason="'dismissed as baseless' denies, though the threats dismissed are condemned", strict=True)),
    ("Sudan's army accused the UAE of supplying weapons to the RSF, a charge Abu Dhabi denied.",
     [("Sudan's army", "SDN", "accuse", "the UAE"),
     ("Abu Dhabi", "ARE", "deny", None)]),
    ("Chad expelled Sudanese diplomats after accusing Khartoum of backing rebels.",
     [("Chad", "TCD", "accuse", "Khartoum")]),
    ("South Sudan's government said it had agreed to allow Sudanese oil exports to resume through its "
     "pipeline.",
     [("South Sudan's government", "SSD", "support", None)]),
    ("Eritrea refused to let UN investigators into the country to examine rights abuses.",
     [("Eritrea", "ERI", "reject", None)]),
]


# Batch 22 (session 4, PLOVER-style event types). First run, gold written first: source-and-stance F1 1.000.
FRESH_22 = [
    ('Seoul on Thursday urged Pyongyang to return to denuclearisation talks without preconditions.',
     [('Seoul', 'KOR', 'appeal', 'Pyongyang')]),
    ('The Kremlin rejected a French proposal for an Olympic truce, saying Kyiv would use the pause to '
     'regroup.',
     [('The Kremlin', 'RUS', 'reject', None)]),
    ('Argentina and Chile agreed on Tuesday to set up a joint commission to settle their dispute over the '
     'Beagle Channel.',
     [('Argentina', 'ARG', 'support', None),
     ('Chile', 'CHL', 'support', None)]),
    ("Zambian President Hakainde Hichilema praised Angola's mediation in the conflict in eastern Congo.",
     [('Zambian President Hakainde Hichilema', 'ZMB', 'praise', 'Angola')]),
    ('The European Union threatened to suspend budget support to Niger if the junta did not set a date '
     'for elections.',
     [('The European Union', None, 'threaten', None)]),
    ('Amnesty International condemned the execution of four men in Iran who had been convicted of spying '
     'for Israel.',
     [('Amnesty International', None, 'condemn', None)]),
    ('Beijing lodged a strong protest with Tokyo over a visit by Japanese lawmakers to the Yasukuni '
     'shrine.',
     [('Beijing', 'CHN', 'condemn', 'Tokyo')]),
    ("Ukraine's defence minister called on NATO allies to speed up deliveries of air defence systems.",
     [("Ukraine's defence minister", 'UKR', 'appeal', 'NATO allies')]),
    ('Thailand said it would not extradite the dissident to Laos.',
     [('Thailand', 'THA', 'reject', None)]),
    ('The Taliban vowed to punish anyone who had worked with the foreign forces.',
     [('The Taliban', 'AFG', 'threaten', None)]),
    ('The Organisation of American States criticised Venezuela for barring opposition candidates from the '
     'election.',
     [('The Organisation of American States', None, 'condemn', 'Venezuela')]),
    ("The Arab League endorsed Egypt's plan for the reconstruction of Gaza at a summit in Cairo.",
     [('The Arab League', None, 'support', None)]),
    ("Serbian President Aleksandar Vucic said Belgrade would never recognise Kosovo's independence.",
     [('Belgrade', 'SRB', 'reject', None)]),
    ('The Afghan government offered an amnesty to fighters who lay down their arms.',
     [('The Afghan government', 'AFG', 'support', None)]),
    ('Hezbollah warned Israel that any attack on Lebanon would be met with a devastating response.',
     [('Hezbollah', 'LBN', 'threaten', 'Israel')]),
    ('Turkish President Recep Tayyip Erdogan accused Sweden of harbouring Kurdish militants.',
     [('Turkish President Recep Tayyip Erdogan', 'TUR', 'accuse', 'Sweden')]),
    ('The World Health Organization appealed for $50 million to fight a cholera outbreak in Yemen.',
     [('The World Health Organization', None, 'appeal', None)]),
    ('Kenya will deploy 1,000 police officers to Haiti to help fight the gangs, officials in Nairobi said.',
     [('Kenya', 'KEN', 'support', None)]),
    ("Mozambican rebels refused to hand over their weapons until their leader's security was guaranteed.",
     [('Mozambican rebels', 'MOZ', 'reject', None)]),
    ('The Indonesian foreign ministry summoned the Australian ambassador to protest against the spying '
     'allegations.',
     [('The Indonesian foreign ministry', 'IDN', 'condemn', None)]),
]

# Batch 23 (session 4, PLOVER-style event types). First run, gold written first: source-and-stance F1 0.927.
FRESH_23 = [
    ('The plan was rejected by Hamas, which said it did not guarantee a permanent end to the war.',
     [('Hamas', 'PSE', 'reject', None)]),
    ("Ethiopia's prime minister said his government was ready to hold talks with the Tigrayan leadership.",
     [("Ethiopia's prime minister", 'ETH', 'support', None)]),
    ('"We will not negotiate with terrorists," the Nigerian information minister told reporters.',
     [('the Nigerian information minister', 'NGA', 'reject', None)]),
    ('Moscow has warned Helsinki that joining NATO would have serious military and political consequences.',
     [('Moscow', 'RUS', 'threaten', 'Helsinki')]),
    ("Brazil's foreign minister said his country supported a negotiated settlement in Ukraine.",
     [("Brazil's foreign minister", 'BRA', 'support', None)]),
    ('Pakistan was accused by Afghanistan of carrying out air strikes in Khost province.',
     [('Afghanistan', 'AFG', 'accuse', 'Pakistan')]),
    ('The Japanese prime minister demanded that North Korea return all the abductees.',
     [('The Japanese prime minister', 'JPN', 'appeal', 'North Korea')]),
    ('The Sri Lankan government turned down an offer of mediation from Norway.',
     [('The Sri Lankan government', 'LKA', 'reject', None)]),
    ('Croatia and Slovenia signed an accord on Friday on the management of a shared nuclear plant.',
     [('Croatia', 'HRV', 'support', None),
     ('Slovenia', 'SVN', 'support', None)]),
    ('The UN Secretary-General deplored the killing of aid workers in Gaza.',
     [('The UN Secretary-General', None, 'condemn', None)]),
    ('Sudanese rebels said they would free the 12 hostages as a goodwill gesture before the talks in '
     'Addis Ababa.',
     [('Sudanese rebels', 'SDN', 'support', None)]),
    ("Israel's defence minister threatened to flatten Beirut's southern suburbs if Hezbollah kept firing "
     'rockets.',
     [("Israel's defence minister", 'ISR', 'threaten', None)]),
    ("Iraq's top Shiite cleric called for calm after the clashes in Basra.",
     [("Iraq's top Shiite cleric", 'IRQ', 'appeal', None)]),
    ('The US State Department welcomed the release of the political prisoners in Belarus.',
     [('The US State Department', 'USA', 'support', None)]),
    ('Bolivia expelled the US ambassador, accusing him of conspiring with the opposition.',
     [('Bolivia', 'BOL', 'accuse', None)]),
    ('Ugandan opposition leader Bobi Wine urged his supporters to stay at home on polling day.',
     [('Ugandan opposition leader Bobi Wine', 'UGA', 'appeal', None)]),
    ('China said it firmly opposed the sale of US weapons to Taiwan.',
     [('China', 'CHN', 'reject', None)]),
    ('Poland is prepared to host more US troops on its territory, the Polish president said.',
     [('Poland', 'POL', 'support', None)]),
    ('The ICRC asked both sides to allow the evacuation of the wounded from the besieged city.',
     [('The ICRC', None, 'appeal', None)]),
    ("Gabon's military rulers threatened to try the ousted president for treason.",
     [("Gabon's military rulers", 'GAB', 'threaten', None)]),
]

# Batch 24 (session 4, PLOVER-style event types). First run, gold written first: source-and-stance F1 0.957.
FRESH_24 = [
    ('Greek Prime Minister Andreas Papandreou today called on the United States to withdraw its bases '
     'from Greece.',
     [('Greek Prime Minister Andreas Papandreou', 'GRC', 'appeal', 'the United States')]),
    ('The Palestine Liberation Organization rejected a U.S. plan for elections in the occupied '
     'territories, a PLO spokesman said in Tunis.',
     [('The Palestine Liberation Organization', 'PSE', 'reject', None)]),
    ('Iran and Iraq agreed to exchange the remains of soldiers killed during their eight-year war, '
     'Iranian state radio said.',
     [('Iran', 'IRN', 'support', None),
     ('Iraq', 'IRQ', 'support', None)]),
    ("Libyan leader Moammar Gadhafi threatened to close Libya's borders to Egyptian workers.",
     [('Libyan leader Moammar Gadhafi', 'LBY', 'threaten', None)]),
    ('Moscow has condemned the South African raid on Botswana as an act of state terrorism.',
     [('Moscow', 'RUS', 'condemn', None)]),
    ('Japan will provide $200 million in loans to the Philippines for road construction, the Foreign '
     'Ministry said today.',
     [('Japan', 'JPN', 'support', None)]),
    ('Tanzanian President Ali Hassan Mwinyi appealed to the international community to help the 250,000 '
     'Rwandan refugees in his country.',
     [('Tanzanian President Ali Hassan Mwinyi', 'TZA', 'appeal', None)]),
    ('Turkey accused Syria of sheltering Kurdish guerrillas and warned it would take action if the '
     'support continued.',
     [('Turkey', 'TUR', 'accuse', 'Syria'),
     ('Turkey', 'TUR', 'threaten', None)]),
    ('The Khmer Rouge refused to let U.N. peacekeepers enter the zones under its control.',
     [('The Khmer Rouge', 'KHM', 'reject', None)]),
    ("Nicaragua's Sandinista government said it would free 1,000 political prisoners if the U.S. halted "
     'aid to the Contras.',
     [("Nicaragua's Sandinista government", 'NIC', 'support', None)]),
    ('The Organization of African Unity appealed to the warring factions in Liberia to observe the '
     'ceasefire.',
     [('The Organization of African Unity', None, 'appeal', None)]),
    ("Pope John Paul II denounced the violence in Burundi and urged the country's leaders to work for "
     'reconciliation.',
     [('Pope John Paul II', 'VAT', 'condemn', None),
     ('Pope John Paul II', 'VAT', 'appeal', None)]),
    ("South Korea rejected North Korea's demand that it end joint military exercises with the United "
     'States.',
     [('South Korea', 'KOR', 'reject', None)]),
    ('Angolan rebel leader Jonas Savimbi said UNITA was willing to resume peace talks with the government '
     'in Luanda.',
     [('Angolan rebel leader Jonas Savimbi', 'AGO', 'support', None)]),
    ('Chinese Premier Li Peng warned that Beijing would not tolerate any interference in its internal '
     'affairs.',
     [('Chinese Premier Li Peng', 'CHN', 'threaten', None)]),
    ('The Vatican welcomed the peace agreement between the Guatemalan government and the guerrillas.',
     [('The Vatican', 'VAT', 'support', None)]),
    ('Syria demanded that Israel withdraw from the Golan Heights as a condition for peace.',
     [('Syria', 'SYR', 'appeal', 'Israel')]),
    ('Kuwait refused to pay compensation to the Palestinians expelled after the Gulf War.',
     [('Kuwait', 'KWT', 'reject', None)]),
    ('Israeli Prime Minister Yitzhak Shamir praised the U.S. decision to suspend the dialogue with the '
     'PLO.',
     [('Israeli Prime Minister Yitzhak Shamir', 'ISR', 'praise', None)]),
    ("The Sudanese People's Liberation Army threatened to shoot down any aircraft flying relief into "
     'government-held towns.',
     [("The Sudanese People's Liberation Army", 'SDN', 'threaten', None)]),
]

# Batch 25 (session 4, PLOVER-style event types). First run, gold written first: source-and-stance F1 0.909.
FRESH_25 = [
    ('NATO Secretary-General Mark Rutte called on member states to raise defence spending to 3.5 percent '
     'of GDP.',
     [('NATO Secretary-General Mark Rutte', None, 'appeal', None)]),
    ('The Chinese military warned the Philippines to stop provocations in the South China Sea.',
     [('The Chinese military', 'CHN', 'threaten', 'the Philippines')]),
    ('Ecowas leaders agreed to lift sanctions on Guinea after the junta presented a new transition '
     'timetable.',
     [('Ecowas leaders', None, 'support', None)]),
    ("Israel's foreign ministry summoned the Irish ambassador and condemned Dublin's decision to "
     'recognise a Palestinian state.',
     [("Israel's foreign ministry", 'ISR', 'condemn', 'Dublin')]),
    ('Human Rights Watch accused Ethiopian troops of executing civilians in the Amhara region.',
     [('Human Rights Watch', None, 'accuse', 'Ethiopian troops')]),
    ('The Azerbaijani defence ministry denied that its forces had shelled Armenian border villages.',
     [('The Azerbaijani defence ministry', 'AZE', 'deny', None)]),
    ("Germany's chancellor ruled out sending Taurus missiles to Ukraine.",
     [("Germany's chancellor", 'DEU', 'reject', None)]),
    ("Iran's supreme leader rejected any negotiations with Washington while sanctions remained in place.",
     [("Iran's supreme leader", 'IRN', 'reject', None)]),
    ('The African Union urged the Sudanese army and the RSF to agree to an immediate ceasefire.',
     [('The African Union', None, 'appeal', 'the Sudanese army')]),
    ('Venezuelan President Nicolas Maduro threatened to cut off oil shipments to countries that '
     'recognised the opposition leader.',
     [('Venezuelan President Nicolas Maduro', 'VEN', 'threaten', None)]),
    ('Medecins Sans Frontieres condemned the air strike on its hospital in Kunduz as a violation of '
     'international law.',
     [('Medecins Sans Frontieres', None, 'condemn', None)]),
    ("Mexico's president said his government would not allow US troops to operate on Mexican soil.",
     [("Mexico's president", 'MEX', 'reject', None)]),
    ('Armenia and Azerbaijan initialled a peace treaty at the White House.',
     [('Armenia', 'ARM', 'support', None),
     ('Azerbaijan', 'AZE', 'support', None)]),
    ('Qatar and Egypt proposed a 60-day truce in Gaza, with the release of hostages in stages.',
     [('Qatar', 'QAT', 'support', None),
     ('Egypt', 'EGY', 'support', None)]),
    ('The Polish government demanded that Berlin pay reparations for the damage done in the Second World '
     'War.',
     [('The Polish government', 'POL', 'appeal', 'Berlin')]),
    ('The Malian junta expelled the French ambassador, accusing Paris of interfering in its affairs.',
     [('The Malian junta', 'MLI', 'accuse', 'Paris')]),
    ("Russia's foreign ministry said Moscow was ready to resume talks on strategic stability with "
     'Washington.',
     [("Russia's foreign ministry", 'RUS', 'support', None)]),
    ('The UN human rights chief criticised Tunisia for arresting opposition figures.',
     [('The UN human rights chief', None, 'condemn', 'Tunisia')]),
    ("North Korea threatened to take 'overwhelming' action against the joint drills.",
     [('North Korea', 'PRK', 'threaten', None)]),
    ("Colombia's ELN guerrillas agreed to a three-month ceasefire with the government.",
     [("Colombia's ELN guerrillas", 'COL', 'support', None)]),
]

# Batch 26 (session 4, PLOVER-style event types). First run, gold written first: source-and-stance F1 0.957.
FRESH_26 = [
    ('The head of the Palestinian Authority, Mahmoud Abbas, called for an international peace conference.',
     [('The head of the Palestinian Authority, Mahmoud Abbas', 'PSE', 'appeal', None)]),
    ("Speaking in Ankara, the Turkish foreign minister said his country would veto Sweden's membership bid.",
     [('the Turkish foreign minister', 'TUR', 'reject', None)]),
    ("Egypt's Sisi and Jordan's King Abdullah rejected any plan to displace Palestinians from Gaza.",
     [("Egypt's Sisi", 'EGY', 'reject', None),
     ("Jordan's King Abdullah", 'JOR', 'reject', None)]),
    ('The spokesman for the Iranian foreign ministry condemned the US strikes on Iraq as a violation of '
     'sovereignty.',
     [('The spokesman for the Iranian foreign ministry', 'IRN', 'condemn', None)]),
    ('Lithuania accused Belarus of sending migrants across the border as a weapon. It demanded that Minsk '
     'stop the flights.',
     [('Lithuania', 'LTU', 'accuse', 'Belarus'),
     ('It', 'LTU', 'appeal', 'Minsk')]),
    ("Ghana's president and his Ivorian counterpart agreed to strengthen security cooperation along their "
     'border.',
     [("Ghana's president", 'GHA', 'support', None),
     ('his Ivorian counterpart', 'CIV', 'support', None)]),
    ("The Kurdistan Workers' Party announced it would lay down its arms and dissolve.",
     [("The Kurdistan Workers' Party", 'TUR', 'support', None)]),
    ('Pakistani Taliban militants threatened to attack schools that admit girls.',
     [('Pakistani Taliban militants', 'PAK', 'threaten', None)]),
    ("A senior Hamas official rejected the Israeli demand that the group's leaders leave Gaza.",
     [('A senior Hamas official', 'PSE', 'reject', None)]),
    ('The Security Council imposed an arms embargo on South Sudan.',
     []),
    ("Saudi Crown Prince Mohammed bin Salman invited Syria's new president to an Arab summit in Riyadh.",
     [('Saudi Crown Prince Mohammed bin Salman', 'SAU', 'support', None)]),
    ('Cambodia accused Thai soldiers of opening fire first, a claim Bangkok rejected.',
     [('Cambodia', 'KHM', 'accuse', 'Thai soldiers'),
     ('Bangkok', 'THA', 'deny', None)]),
    ('The Bangladeshi interim government asked India to extradite the ousted prime minister.',
     [('The Bangladeshi interim government', 'BGD', 'appeal', 'India')]),
    ('Armed forces in Myanmar announced a temporary truce to allow earthquake relief.',
     [('Armed forces in Myanmar', 'MMR', 'support', None)]),
    ('The head of the IAEA urged Iran to restore full access for inspectors.',
     [('The head of the IAEA', None, 'appeal', 'Iran')]),
    ('Tehran said it would retaliate against any Israeli strike on its nuclear facilities.',
     [('Tehran', 'IRN', 'threaten', None)]),
    ('French President Emmanuel Macron said France would recognise a Palestinian state in September.',
     [('France', 'FRA', 'support', None)]),
    ("Slovakia's prime minister said he would block any new EU sanctions on Russian gas.",
     [("Slovakia's prime minister", 'SVK', 'reject', None)]),
    ('The rebels holding the town of Goma demanded direct talks with President Felix Tshisekedi.',
     [('The rebels holding the town of Goma', 'COD', 'appeal', None)]),
    ("Kosovo's prime minister welcomed the EU decision to lift the measures against Pristina.",
     [("Kosovo's prime minister", 'XKX', 'support', None)]),
]

# Batch 27 (session 4, PLOVER-style event types). First run, gold written first: source-and-stance F1 0.927.
FRESH_27 = [
    ("Vietnam strongly objects to the Chinese survey ship's presence in its exclusive economic zone, a "
     'foreign ministry spokeswoman said.',
     [('Vietnam', 'VNM', 'condemn', None)]),
    ('Kyiv will not cede any territory in exchange for peace, President Volodymyr Zelensky said.',
     [('Kyiv', 'UKR', 'reject', None)]),
    ("Algeria's foreign ministry called the French minister's remarks unacceptable interference.",
     [("Algeria's foreign ministry", 'DZA', 'condemn', None)]),
    ("South Africa's ruling ANC urged Zimbabwe to hold free and fair elections.",
     [("South Africa's ruling ANC", 'ZAF', 'appeal', 'Zimbabwe')]),
    ("Tokyo and Manila signed a pact allowing their troops to train in each other's territory.",
     [('Tokyo', 'JPN', 'support', None),
     ('Manila', 'PHL', 'support', None)]),
    ('The Chadian rebel commander threatened to march on the capital unless the president resigned.',
     [('The Chadian rebel commander', 'TCD', 'threaten', None)]),
    ('Belarusian leader Alexander Lukashenko offered to mediate between Moscow and Kyiv.',
     [('Belarusian leader Alexander Lukashenko', 'BLR', 'support', None)]),
    ("The Vatican's secretary of state appealed for an end to the bombing of civilians in Lebanon.",
     [("The Vatican's secretary of state", 'VAT', 'appeal', None)]),
    ('Ecuador said it would not grant safe conduct to the former vice-president sheltering in the Mexican '
     'embassy.',
     [('Ecuador', 'ECU', 'reject', None)]),
    ("Britain's foreign secretary condemned the sentencing of the democracy activist in Hong Kong.",
     [("Britain's foreign secretary", 'GBR', 'condemn', None)]),
    ('India blamed Pakistan-based militants for the bombing of a bus in Jammu.',
     [('India', 'IND', 'accuse', None)]),
    ('The Philippines denounced the use of water cannon by Chinese ships near Scarborough Shoal.',
     [('The Philippines', 'PHL', 'condemn', None)]),
    ("Niger's military leaders demanded the withdrawal of French troops by the end of the year.",
     [("Niger's military leaders", 'NER', 'appeal', None)]),
    ('Russian President Vladimir Putin said Moscow was ready for dialogue with the new US administration.',
     [('Moscow', 'RUS', 'support', None)]),
    ("Somalia's government rejected the deal between Ethiopia and Somaliland as null and void.",
     [("Somalia's government", 'SOM', 'reject', None)]),
    ('The Iraqi militia Kataib Hezbollah said it would suspend its attacks on US forces.',
     [('The Iraqi militia Kataib Hezbollah', 'IRQ', 'support', None)]),
    ('The Dutch government said it would keep its troops in Afghanistan for another year.',
     [('The Dutch government', 'NLD', 'support', None)]),
    ("Armenia's prime minister accused Russian peacekeepers of failing to protect Karabakh's Armenians.",
     [("Armenia's prime minister", 'ARM', 'accuse', 'Russian peacekeepers')]),
    ('The Swiss foreign ministry offered to host talks between the two Koreas in Geneva.',
     [('The Swiss foreign ministry', 'CHE', 'support', None)]),
    ("Sudan's army chief vowed to fight on until the RSF was defeated.",
     [("Sudan's army chief", 'SDN', 'threaten', None)]),
]


# Batch 28 (session 4, wire-coding quirks). First run, gold written first: source-and-stance F1 1.000.
FRESH_28 = [
    ('Chinese Premier Zhou Enlai will visit Pakistan next month at the invitation of President Ayub Khan, '
     'the Pakistani foreign ministry announced.',
     [('Chinese Premier Zhou Enlai', 'CHN', 'support', None)]),
    ('Sweden has accepted an invitation to attend the peace conference on Bosnia in London, a government '
     'spokesman said.',
     [('Sweden', 'SWE', 'support', None)]),
    ('The two Koreas agreed today to resume Red Cross talks on reuniting separated families.',
     [('The two Koreas', 'PRK', 'support', None),
     ('The two Koreas', 'KOR', 'support', None)]),
    ('Mongolia and China have decided to establish a hotline between their defence ministries.',
     [('Mongolia', 'MNG', 'support', None),
     ('China', 'CHN', 'support', None)]),
    ("Saudi Arabia pledged $100 million to help rebuild Lebanon's army, the Saudi news agency SPA said.",
     [('Saudi Arabia', 'SAU', 'support', None)]),
    ('Malaysia has promised to repatriate 5,000 Vietnamese boat people by the end of the year, a U.N. '
     'official said.',
     [('Malaysia', 'MYS', 'support', None)]),
    ("Greece's Socialist government reaffirmed its support for the Greek Cypriot position in the talks.",
     [("Greece's Socialist government", 'GRC', 'support', None)]),
    ("Nigeria's military ruler congratulated Ghana's newly elected president on his victory.",
     [("Nigeria's military ruler", 'NGA', 'praise', None)]),
    ('Egypt expressed its full support for the Palestinian leadership in its negotiations with Israel.',
     [('Egypt', 'EGY', 'support', None)]),
    ('The Algerian government said it was prepared to host a new round of talks between Mali and the '
     'Tuareg rebels.',
     [('The Algerian government', 'DZA', 'support', None)]),
    ('Pakistan agreed in principle to a U.N. proposal for a referendum in Kashmir, officials said here.',
     [('Pakistan', 'PAK', 'support', None)]),
    ('Visiting Indian Prime Minister Rajiv Gandhi and his Sri Lankan counterpart signed an agreement to '
     'end the ethnic conflict on the island.',
     [('Visiting Indian Prime Minister Rajiv Gandhi', 'IND', 'support', None),
     ('his Sri Lankan counterpart', 'LKA', 'support', None)]),
    ('The Japanese government has decided to extend 50 billion yen in soft loans to Indonesia.',
     [('The Japanese government', 'JPN', 'support', None)]),
    ("Zaire's President Mobutu Sese Seko offered to mediate between the Angolan government and the UNITA "
     'rebels.',
     [("Zaire's President Mobutu Sese Seko", 'COD', 'support', None)]),
    ('The Contras said they would observe the truce if the Sandinistas released their prisoners.',
     [('The Contras', 'NIC', 'support', None)]),
    ("Kenya's opposition leaders welcomed the government's decision to lift the ban on public rallies.",
     [("Kenya's opposition leaders", 'KEN', 'support', None)]),
    ("Hungary's parliament ratified the basic treaty with Slovakia on Tuesday.",
     [("Hungary's parliament", 'HUN', 'support', None)]),
    ('The United States and Vietnam will exchange ambassadors for the first time since the war, a State '
     'Department spokesman said.',
     [('The United States', 'USA', 'support', None),
     ('Vietnam', 'VNM', 'support', None)]),
    ("Iran's parliament speaker said Tehran would back any Arab initiative to end the fighting in Lebanon.",
     [('Tehran', 'IRN', 'support', None)]),
    ('Britain will send 150 military advisers to help train the new Iraqi army, Defence Secretary Geoff '
     'Hoon told parliament.',
     [('Britain', 'GBR', 'support', None)]),
]

# Batch 29 (session 4, wire-coding quirks). First run, gold written first: source-and-stance F1 0.865.
FRESH_29 = [
    ('The Dalai Lama asked Beijing to allow international observers into Tibet.',
     [('The Dalai Lama', 'CHN', 'appeal', 'Beijing')]),
    ('Opposition parties in Zambia called for the immediate lifting of the state of emergency.',
     [('Opposition parties in Zambia', 'ZMB', 'appeal', None)]),
    ('Thousands of students marched through Jakarta demanding the resignation of President Suharto.',
     [('Thousands of students', 'IDN', 'appeal', None)]),
    ('The Lebanese government is seeking the extradition of a former militia leader from France.',
     [('The Lebanese government', 'LBN', 'appeal', None)]),
    ('Croatia has refused to allow Serbian refugees to return to their homes in the Krajina region.',
     [('Croatia', 'HRV', 'reject', None)]),
    ("Guatemala's army chief of staff turned down a request by Congress to testify about the massacre.",
     [("Guatemala's army chief of staff", 'GTM', 'reject', None)]),
    ('Rebel leader John Garang insisted that any settlement must give the south the right to '
     'self-determination.',
     [('Rebel leader John Garang', 'SDN', 'appeal', None)]),
    ('North Korea has rejected calls by the International Atomic Energy Agency for special inspections of '
     'two suspected nuclear sites.',
     [('North Korea', 'PRK', 'reject', None)]),
    ('The Nigerian junta ignored international appeals to spare the lives of the nine activists.',
     [('The Nigerian junta', 'NGA', 'reject', None)]),
    ('Iraq told the U.N. inspectors to leave the presidential palaces by Friday.',
     [('Iraq', 'IRQ', 'appeal', None)]),
    ('Bosnian Serb leaders again defied a NATO ultimatum to pull their heavy weapons back from Sarajevo.',
     [('Bosnian Serb leaders', 'BIH', 'reject', None)]),
    ('Syria will not attend the Madrid conference unless Israel commits to withdrawing from the Golan '
     'Heights, Syrian officials said.',
     [('Syria', 'SYR', 'reject', None)]),
    # (Gold corrected after the first run: a ban is PLOVER's COERCE, no stance type; the first run counted it a miss.)
    ('The Kenyan government has barred the opposition from holding a rally in Nairobi on Saturday.',
     []),
    ('The families of the Colombian hostages urged the government to negotiate with the kidnappers.',
     [('The families of the Colombian hostages', 'COL', 'appeal', None)]),
    ('U.N. Secretary-General Kofi Annan appealed to Ethiopia and Eritrea to halt the fighting immediately.',
     [('U.N. Secretary-General Kofi Annan', None, 'appeal', None)]),
    ('The Kremlin on Monday dismissed a Chechen offer of talks, saying the rebels must first lay down '
     'their arms.',
     [('The Kremlin', 'RUS', 'reject', None)]),
    ("Peru's Congress voted down a bill that would have granted amnesty to the soldiers.",
     [("Peru's Congress", 'PER', 'reject', None)]),
    ('The Bosnian government asked NATO to carry out air strikes against Serb positions around Gorazde.',
     [('The Bosnian government', 'BIH', 'appeal', 'NATO')]),
    ('Indonesia has asked Australia to explain why its warship entered Indonesian waters without '
     'permission.',
     [('Indonesia', 'IDN', 'appeal', 'Australia')]),
    ('Despite pressure from Washington, Israel refused to freeze settlement construction in the West Bank.',
     [('Israel', 'ISR', 'reject', None)]),
]

# Batch 30 (session 4, wire-coding quirks). First run, gold written first: source-and-stance F1 0.789.
FRESH_30 = [
    ('Iraq threatened to stop cooperating with U.N. weapons inspectors unless the sanctions were eased.',
     [('Iraq', 'IRQ', 'threaten', None)]),
    ('The Indian army said it would launch a massive operation against the militants if they did not '
     'surrender.',
     [('The Indian army', 'IND', 'threaten', None)]),
    ('A militant group in the Niger Delta said it would blow up oil pipelines if troops were not '
     'withdrawn from the region.',
     [('A militant group in the Niger Delta', 'NGA', 'threaten', None)]),
    ('The Pakistani government put its troops on high alert along the border with India.',
     [('The Pakistani government', 'PAK', 'threaten', None)]),
    ('Chinese authorities arrested three dissidents for organising a petition calling for political '
     'reform.',
     []),
    ('Kenya criticised Uganda for deploying troops on the disputed island of Migingo.',
     [('Kenya', 'KEN', 'condemn', 'Uganda')]),
    ("The Polish Solidarity union denounced the government's price increases as an assault on workers.",
     [('The Polish Solidarity union', 'POL', 'condemn', None)]),
    ('Libya blamed the United States for the downing of its two jets over the Mediterranean.',
     [('Libya', 'LBY', 'accuse', 'the United States')]),
    ('Greek Cypriots accused Turkey of trying to partition the island permanently.',
     [('Greek Cypriots', 'CYP', 'accuse', 'Turkey')]),
    ('The Zimbabwean government has warned white farmers that their land will be seized if they resist '
     'the reform program.',
     [('The Zimbabwean government', 'ZWE', 'threaten', None)]),
    ("South Africa's ruling party expressed outrage at the killing of a black activist in police custody.",
     [("South Africa's ruling party", 'ZAF', 'condemn', None)]),
    ('Moscow voiced strong displeasure over the expansion of NATO to the Baltic states.',
     [('Moscow', 'RUS', 'condemn', None)]),
    pytest.param('Russian President Boris Yeltsin has warned that a NATO strike on Yugoslavia could lead to a world '
                 'war.',
                 [('Russian President Boris Yeltsin', 'RUS', 'warn', None)],
                 marks=pytest.mark.xfail(
                     reason="a warning that names a strike is read as a threat, though the strike is another's",
                     strict=True)),
    ('Palestinian militants vowed revenge after an Israeli air strike killed a Hamas commander in Gaza.',
     [('Palestinian militants', 'PSE', 'threaten', None)]),
    ('The Ethiopian government condemned the bombing of a bus in Addis Ababa, which killed 12 people, and '
     'blamed Eritrean-backed rebels.',
     [('The Ethiopian government', 'ETH', 'condemn', None),
     ('The Ethiopian government', 'ETH', 'accuse', None)]),
    ("Colombia's FARC rebels threatened to kill the kidnapped governor if the army attempted a rescue.",
     [("Colombia's FARC rebels", 'COL', 'threaten', None)]),
    ("The U.S. Senate passed a resolution condemning China's human rights record.",
     [('The U.S. Senate', 'USA', 'condemn', 'China')]),
    ('Angolan officials charged that South African troops had crossed the border to support UNITA.',
     [('Angolan officials', 'AGO', 'accuse', None)]),
    ('The Vatican criticised the decision of the Israeli authorities to demolish the church annex.',
     [('The Vatican', 'VAT', 'condemn', None)]),
    ('The leader of the Tamil Tigers said the rebels would resume their armed struggle if the government '
     'did not withdraw its troops from Jaffna.',
     [('The leader of the Tamil Tigers', 'LKA', 'threaten', None)]),
]


# Batch 31 (session 4, after the fixes of 22-30). First run, gold written first: source-and-stance F1 0.955.
FRESH_31 = [
    ("Libya's leader Moammar Gadhafi has offered to pay compensation to the families of the Lockerbie "
     'victims, according to a British newspaper.',
     [("Libya's leader Moammar Gadhafi", 'LBY', 'support', None)]),
    ('Ethiopia and Eritrea have agreed to a cessation of hostilities proposed by the Organization of '
     'African Unity, diplomats said in Algiers.',
     [('Ethiopia', 'ETH', 'support', None),
     ('Eritrea', 'ERI', 'support', None)]),
    ('Foreign ministers of the Gulf Cooperation Council on Tuesday urged Iran to end its occupation of '
     'three islands claimed by the United Arab Emirates.',
     [('Foreign ministers of the Gulf Cooperation Council', None, 'appeal', 'Iran')]),
    ("Sri Lanka's government rejected a proposal by the Tamil Tigers for an interim administration in the "
     'north and east.',
     [("Sri Lanka's government", 'LKA', 'reject', None)]),
    ("Iraq's Revolutionary Command Council warned that Baghdad would target any country that allowed its "
     'territory to be used for attacks on Iraq.',
     [("Iraq's Revolutionary Command Council", 'IRQ', 'threaten', None)]),
    ('The Moroccan government has strongly criticized Algeria for supporting the Polisario Front '
     'guerrillas.',
     [('The Moroccan government', 'MAR', 'condemn', 'Algeria')]),
    ('Ousted Haitian President Jean-Bertrand Aristide called on the international community to tighten '
     'the embargo against the military regime.',
     [('Ousted Haitian President Jean-Bertrand Aristide', 'HTI', 'appeal', None)]),
    ('The Congolese rebel movement RCD said it would not sign the ceasefire agreement until its demands '
     'were met.',
     [('The Congolese rebel movement RCD', 'COD', 'reject', None)]),
    ('Indonesian Foreign Minister Ali Alatas said Jakarta would welcome any initiative by the United '
     'Nations to solve the East Timor question.',
     [('Jakarta', 'IDN', 'support', None)]),
    ('The Tanzanian government appealed to donors for food aid for nearly 500,000 Burundian refugees.',
     [('The Tanzanian government', 'TZA', 'appeal', None)]),
    ('Armenia has accused Azerbaijan of massing troops on their common border in preparation for a new '
     'offensive.',
     [('Armenia', 'ARM', 'accuse', 'Azerbaijan')]),
    ("Malaysia's Prime Minister Mahathir Mohamad lashed out at Western countries for interfering in Asian "
     'affairs.',
     [("Malaysia's Prime Minister Mahathir Mohamad", 'MYS', 'condemn', None)]),
    ('The Colombian government and the FARC guerrillas signed a deal to create a demilitarised zone for '
     'peace talks.',
     [('The Colombian government', 'COL', 'support', None),
     ('the FARC guerrillas', 'COL', 'support', None)]),
    ("Britain has rejected Argentina's call for fresh negotiations on the sovereignty of the Falkland "
     'Islands.',
     [('Britain', 'GBR', 'reject', None)]),
    ('The ruling Sandinistas threatened to arm their supporters if the U.S.-backed rebels launched a new '
     'offensive.',
     [('The ruling Sandinistas', 'NIC', 'threaten', None)]),
    ('An Iranian newspaper close to the government demanded that Britain expel the author of the novel.',
     [('An Iranian newspaper', 'IRN', 'appeal', 'Britain')]),
    ('Cuban President Fidel Castro said Havana was willing to negotiate with Washington on immigration '
     'matters.',
     [('Havana', 'CUB', 'support', None)]),
    ('Washington has expressed concern over reports that North Korea is building a second nuclear reactor.',
     [('Washington', 'USA', 'condemn', None)]),
    ('The Burmese military government refused to allow Aung San Suu Kyi to travel outside Rangoon.',
     [('The Burmese military government', 'MMR', 'reject', None)]),
    ('Kenyan President Daniel arap Moi warned opposition leaders that his government would crush any '
     'attempt to incite violence.',
     [('Kenyan President Daniel arap Moi', 'KEN', 'threaten', 'opposition leaders')]),
]

# Batch 32 (session 4, after the fixes of 22-30). First run, gold written first: source-and-stance F1 0.978.
FRESH_32 = [
    ('In a statement on Sunday, the Saudi foreign ministry condemned the attack on a mosque in northern '
     'Syria.',
     [('the Saudi foreign ministry', 'SAU', 'condemn', None)]),
    ('Speaking after talks with his Turkish counterpart, the Russian foreign minister said Moscow opposed '
     'any new military operation in northern Syria.',
     [('Moscow', 'RUS', 'reject', None)]),
    ('Both Kinshasa and Kigali welcomed the US-brokered agreement, though officials in Goma said fighting '
     'continued.',
     [('Kinshasa', 'COD', 'support', None),
     ('Kigali', 'RWA', 'support', None)]),
    ("Venezuela's opposition, led by Maria Corina Machado, called for mass protests after the disputed "
     'election.',
     [("Venezuela's opposition", 'VEN', 'appeal', None)]),
    ("Beijing's top diplomat Wang Yi told his US counterpart that Washington must stop arming Taiwan.",
     [("Beijing's top diplomat Wang Yi", 'CHN', 'appeal', None)]),
    ("Officials in Tripoli rejected the eastern-based parliament's decision to appoint a new prime "
     'minister.',
     [('Officials in Tripoli', 'LBY', 'reject', None)]),
    ('The junta in Burkina Faso has suspended the broadcasts of Radio France Internationale, accusing it '
     'of spreading false information.',
     [('The junta in Burkina Faso', 'BFA', 'accuse', None)]),
    ('A spokesman for the Taliban said the group would not allow foreign troops to remain in Afghanistan '
     'after the deadline.',
     [('A spokesman for the Taliban', 'AFG', 'reject', None)]),
    ('The prime minister of Pakistan, Shehbaz Sharif, warned that Islamabad would respond forcefully to '
     'any Indian aggression.',
     [('The prime minister of Pakistan, Shehbaz Sharif', 'PAK', 'threaten', None)]),
    ("The Gulf Cooperation Council backed Saudi Arabia's proposal for a regional security conference.",
     [('The Gulf Cooperation Council', None, 'support', None)]),
    ('Ugandan troops will remain in South Sudan to protect President Salva Kiir, the Ugandan army chief '
     'said.',
     [('Ugandan troops', 'UGA', 'support', None)]),
    ("The Hungarian prime minister blocked the EU's plan to use frozen Russian assets for Ukraine.",
     [('The Hungarian prime minister', 'HUN', 'reject', None)]),
    ('Tens of thousands of Serbians rallied in Belgrade demanding the resignation of the government.',
     [('Tens of thousands of Serbians', 'SRB', 'appeal', None)]),
    ("Israel's security cabinet rejected the ceasefire terms proposed by the mediators.",
     [("Israel's security cabinet", 'ISR', 'reject', None)]),
    ("The leader of Sudan's Rapid Support Forces, Mohamed Hamdan Dagalo, said his fighters were ready to "
     'accept a humanitarian truce.',
     [("The leader of Sudan's Rapid Support Forces, Mohamed Hamdan Dagalo", 'SDN', 'support', None)]),
    ("Ethiopia's federal government accused the Amhara militia Fano of attacking civilians, a charge the "
     'group denied.',
     [("Ethiopia's federal government", 'ETH', 'accuse', 'the Amhara militia Fano'),
     ('the group', 'ETH', 'deny', None)]),
    ('The European Commission threatened legal action against Poland over its judicial reforms.',
     [('The European Commission', None, 'threaten', 'Poland')]),
    ('Kuwait and Iraq agreed to demarcate their maritime border in the Khor Abdullah waterway.',
     [('Kuwait', 'KWT', 'support', None),
     ('Iraq', 'IRQ', 'support', None)]),
    ("Afghanistan's Taliban government asked Pakistan to stop deporting Afghan refugees.",
     [("Afghanistan's Taliban government", 'AFG', 'appeal', 'Pakistan')]),
    ('The World Food Programme warned that it would suspend food aid in northern Ethiopia unless access '
     'improved.',
     [('The World Food Programme', None, 'threaten', None)]),
]

# Batch 33 (session 4, after the fixes of 22-30). First run, gold written first: source-and-stance F1 0.936.
FRESH_33 = [
    ('A Chinese proposal for talks was turned down by Vietnam, the official Vietnam News Agency said.',
     [('Vietnam', 'VNM', 'reject', None)]),
    ('"We will respond to any attack with all our might," the commander of Iran\'s Revolutionary Guards '
     'said.',
     [("the commander of Iran's Revolutionary Guards", 'IRN', 'threaten', None)]),
    ('The sanctions were condemned by Russia and China as illegal and unilateral.',
     [('Russia', 'RUS', 'condemn', None),
     ('China', 'CHN', 'condemn', None)]),
    ('Iraqi Kurdish leaders said they would not accept any agreement that excluded Kirkuk from their '
     'region.',
     [('Iraqi Kurdish leaders', 'IRQ', 'reject', None)]),
    ('Ankara has asked Berlin to extradite dozens of suspects it accuses of involvement in the coup '
     'attempt.',
     [('Ankara', 'TUR', 'appeal', 'Berlin')]),
    ("Zambia's president pledged that his government would not interfere in the work of the electoral "
     'commission.',
     [("Zambia's president", 'ZMB', 'support', None)]),
    ('The Nigerian army denied reports that its soldiers had killed civilians in a raid on a village in '
     'Borno state.',
     [('The Nigerian army', 'NGA', 'deny', None)]),
    ("Spain's prime minister said Madrid was prepared to send troops to a peacekeeping force in Ukraine.",
     [('Madrid', 'ESP', 'support', None)]),
    ('The militants, who are holding 30 hostages, threatened to kill them unless the government released '
     'their comrades.',
     [('The militants', None, 'threaten', None)]),
    ("Pakistan's Foreign Office summoned the Afghan envoy to lodge a strong protest over the cross-border "
     'attack.',
     [("Pakistan's Foreign Office", 'PAK', 'condemn', None)]),
    ('The Israeli prime minister rejected calls from Washington for a Palestinian state, saying it would '
     "threaten Israel's security.",
     [('The Israeli prime minister', 'ISR', 'reject', None)]),
    ("Turkey's foreign ministry called on Greece to stop militarising islands in the Aegean.",
     [("Turkey's foreign ministry", 'TUR', 'appeal', 'Greece')]),
    ("Taiwan condemned China's military drills around the island as a serious provocation.",
     [('Taiwan', 'TWN', 'condemn', 'China')]),
    ("Jordan's king and Egypt's president urged the United States to press Israel to allow more aid into "
     'Gaza.',
     [("Jordan's king", 'JOR', 'appeal', 'the United States'),
     ("Egypt's president", 'EGY', 'appeal', 'the United States')]),
    ('The Mexican government said it would deploy 10,000 National Guard troops to the border with the '
     'United States.',
     [('The Mexican government', 'MEX', 'support', None)]),
    ("Mali's junta said it would not tolerate any interference by foreign powers in its internal affairs.",
     [("Mali's junta", 'MLI', 'threaten', None)]),
    ('Kenyan doctors threatened to go on strike unless the government paid their salary arrears.',
     [('Kenyan doctors', 'KEN', 'threaten', None)]),
    ("The Arab League's secretary-general praised Qatar's efforts to secure the release of the hostages.",
     [("The Arab League's secretary-general", None, 'praise', 'Qatar')]),
    ("South Sudan's president accused his deputy of plotting a coup and dismissed him.",
     [("South Sudan's president", 'SSD', 'accuse', None)]),
    ('The Iranian foreign ministry spokesman denied that Tehran had supplied drones to Russia.',
     [('The Iranian foreign ministry spokesman', 'IRN', 'deny', None)]),
]


# Batch 34 (session 4, after the fixes of 22-33). First run, gold written first: source-and-stance F1 0.933.
FRESH_34 = [
    ('Japan and China have reached an understanding on the joint development of gas fields in the East '
     'China Sea, Kyodo news agency reported.',
     [('Japan', 'JPN', 'support', None),
     ('China', 'CHN', 'support', None)]),
    ("Chile's foreign minister voiced support for Bolivia's bid to join the Mercosur trade bloc.",
     [("Chile's foreign minister", 'CHL', 'support', None)]),
    ('Lebanese Prime Minister Rafik Hariri on Thursday appealed to the United States to restrain Israel.',
     [('Lebanese Prime Minister Rafik Hariri', 'LBN', 'appeal', None)]),
    ('Bangladesh will not hand over the rebel leader to India, Home Minister Mohammad Nasim said here '
     'today.',
     [('Bangladesh', 'BGD', 'reject', None)]),
    ('The Philippine government and Muslim rebels agreed to resume peace negotiations in Kuala Lumpur '
     'next month.',
     [('The Philippine government', 'PHL', 'support', None),
     ('Muslim rebels', 'PHL', 'support', None)]),
    ('Sudan has warned Uganda that it would hit back if Kampala continued to support the southern rebels.',
     [('Sudan', 'SDN', 'threaten', 'Uganda')]),
    ('President Nelson Mandela said South Africa would not abandon its friendship with Libya despite '
     'pressure from Washington.',
     [('South Africa', 'ZAF', 'reject', None)]),
    ('Thai authorities refused to allow the Burmese dissidents to hold a press conference in Bangkok.',
     [('Thai authorities', 'THA', 'reject', None)]),
    ('The Angolan government accused UNITA of violating the Lusaka peace accord by attacking diamond '
     'mines.',
     [('The Angolan government', 'AGO', 'accuse', 'UNITA')]),
    ('Turkey has demanded that the European Union lift its ban on Turkish textile imports.',
     [('Turkey', 'TUR', 'appeal', 'the European Union')]),
    ('The Israeli army has threatened to demolish the homes of the families of suicide bombers.',
     [('The Israeli army', 'ISR', 'threaten', None)]),
    ("Former Soviet leader Mikhail Gorbachev criticized the Russian government's handling of the war in "
     'Chechnya.',
     [('Former Soviet leader Mikhail Gorbachev', 'RUS', 'condemn', None)]),
    ('Seven Arab states have endorsed the Egyptian proposal for a Middle East free of weapons of mass '
     'destruction.',
     [('Seven Arab states', None, 'support', None)]),
    ('Kuwaiti Emir Sheikh Jaber al-Ahmad al-Sabah has pardoned Iraqi prisoners as a goodwill gesture.',
     [('Kuwaiti Emir Sheikh Jaber al-Ahmad al-Sabah', 'KWT', 'support', None)]),
    ('The Iraqi opposition has called for the establishment of a safe haven in southern Iraq.',
     [('The Iraqi opposition', 'IRQ', 'appeal', None)]),
    ('Azerbaijan threatened on Tuesday to walk out of the talks if Armenian forces did not withdraw from '
     'occupied territories.',
     [('Azerbaijan', 'AZE', 'threaten', None)]),
    ('Pakistani Foreign Minister Gohar Ayub Khan dismissed Indian allegations that Islamabad was training '
     'Kashmiri militants.',
     [('Pakistani Foreign Minister Gohar Ayub Khan', 'PAK', 'deny', None)]),
    ('Somali faction leader Mohamed Farah Aideed rejected the U.N. call for disarmament.',
     [('Somali faction leader Mohamed Farah Aideed', 'SOM', 'reject', None)]),
    ('A Saudi official said the kingdom was ready to increase oil production to make up for any shortfall.',
     [('A Saudi official', 'SAU', 'support', None)]),
    ('Greek Prime Minister Costas Simitis condemned the killing of a British military attache in Athens '
     'by the November 17 group.',
     [('Greek Prime Minister Costas Simitis', 'GRC', 'condemn', None)]),
]

# Batch 35 (session 4, after the fixes of 22-33). First run, gold written first: source-and-stance F1 0.927.
FRESH_35 = [
    ('The Serbian parliament voted on Thursday to reject the international peace plan for Bosnia.',
     [('The Serbian parliament', 'SRB', 'reject', None)]),
    ("Kenya's President Daniel arap Moi praised Tanzania for hosting the Rwandan refugees.",
     [("Kenya's President Daniel arap Moi", 'KEN', 'praise', 'Tanzania')]),
    ('Fijian coup leader George Speight threatened to kill the hostages if troops stormed the parliament.',
     [('Fijian coup leader George Speight', 'FJI', 'threaten', None)]),
    ('The rebel Tamil Tigers have offered to hold talks with the Sri Lankan government if the army halts '
     'its offensive.',
     [('The rebel Tamil Tigers', 'LKA', 'support', None)]),
    ('The Mongolian government has asked Russia to write off its Soviet-era debt.',
     [('The Mongolian government', 'MNG', 'appeal', 'Russia')]),
    ('The United Nations Security Council has strongly condemned the nuclear test carried out by North '
     'Korea.',
     [('The United Nations Security Council', None, 'condemn', None)]),
    ('Cyprus has refused to drop its plan to deploy Russian-made missiles on the island.',
     [('Cyprus', 'CYP', 'reject', None)]),
    ('The Tibetan government-in-exile appealed to the United Nations to intervene to stop executions in '
     'Tibet.',
     [('The Tibetan government-in-exile', 'CHN', 'appeal', 'the United Nations')]),
    ('Peruvian President Alberto Fujimori said he would not negotiate with the rebels holding the '
     "Japanese ambassador's residence.",
     [('Peruvian President Alberto Fujimori', 'PER', 'reject', None)]),
    ('Ukraine will join the NATO Partnership for Peace program, Foreign Minister Anatoly Zlenko said.',
     [('Ukraine', 'UKR', 'support', None)]),
    ("Chinese Foreign Ministry spokesman Shen Guofang accused Washington of interfering in China's "
     'internal affairs.',
     [('Chinese Foreign Ministry spokesman Shen Guofang', 'CHN', 'accuse', 'Washington')]),
    ('Hundreds of Albanians protested in Tirana to demand the return of their savings lost in the pyramid '
     'schemes.',
     [('Hundreds of Albanians', 'ALB', 'appeal', None)]),
    ('The Kurdistan Democratic Party has agreed to a U.S.-brokered ceasefire with the rival Patriotic '
     'Union of Kurdistan.',
     [('The Kurdistan Democratic Party', 'IRQ', 'support', None)]),
    ('Croatian President Franjo Tudjman warned that Croatia would use force to retake the Serb-held areas '
     'if talks failed.',
     [('Croatian President Franjo Tudjman', 'HRV', 'threaten', None)]),
    ("Venezuela's foreign minister said Caracas rejected any foreign military intervention in Colombia.",
     [('Caracas', 'VEN', 'reject', None)]),
    ('The Organization of the Islamic Conference denounced the Serb attacks on the U.N. safe areas in '
     'Bosnia.',
     [('The Organization of the Islamic Conference', None, 'condemn', None)]),
    ("Sierra Leone's military junta said it would hand over power to an elected civilian government in "
     'April.',
     [("Sierra Leone's military junta", 'SLE', 'support', None)]),
    ('Taiwan has protested to Manila over the detention of Taiwanese fishermen by the Philippine navy.',
     [('Taiwan', 'TWN', 'condemn', 'Manila')]),
    ('Laos and Thailand signed an agreement on Friday to build a second bridge across the Mekong river.',
     [('Laos', 'LAO', 'support', None),
     ('Thailand', 'THA', 'support', None)]),
    ("Indonesia's armed forces chief warned separatists in Aceh that the military would crush any "
     'rebellion.',
     [("Indonesia's armed forces chief", 'IDN', 'threaten', None)]),
]

# Batch 36 (session 4, after the fixes of 22-33). First run, gold written first: source-and-stance F1 0.913.
FRESH_36 = [
    ('The Biden administration urged Israel to do more to protect civilians in Gaza.',
     [('The Biden administration', 'USA', 'appeal', 'Israel')]),
    ("North Korean leader Kim Jong Un vowed to bolster the country's nuclear arsenal in response to the "
     'joint drills.',
     [('North Korean leader Kim Jong Un', 'PRK', 'threaten', None)]),
    ('Moldova accused Russia of plotting to overthrow its pro-European government.',
     [('Moldova', 'MDA', 'accuse', 'Russia')]),
    ('The Polish foreign minister said Warsaw would not accept grain imports from Ukraine until the '
     'dispute was resolved.',
     [('Warsaw', 'POL', 'reject', None)]),
    ("Nigeria's Senate approved President Bola Tinubu's request to deploy troops to Niger.",
     [("Nigeria's Senate", 'NGA', 'support', None)]),
    ('Hamas welcomed the International Court of Justice ruling and called on the world to enforce it.',
     [('Hamas', 'PSE', 'support', None),
     ('Hamas', 'PSE', 'appeal', None)]),
    ("The Armenian government rejected Azerbaijan's demand for a corridor through its southern Syunik "
     'province.',
     [('The Armenian government', 'ARM', 'reject', None)]),
    ("Guinea's junta leader Mamady Doumbouya agreed to a two-year transition after talks with ECOWAS.",
     [("Guinea's junta leader Mamady Doumbouya", 'GIN', 'support', None)]),
    ("Thailand's army chief warned Cambodia that Thai forces would respond if shelling continued.",
     [("Thailand's army chief", 'THA', 'threaten', 'Cambodia')]),
    ('The UN Human Rights Council condemned the crackdown on protesters in Iran.',
     [('The UN Human Rights Council', None, 'condemn', None)]),
    ('Chinese and Indian military commanders agreed to disengage troops at two friction points in Ladakh.',
     [('Chinese and Indian military commanders', 'CHN', 'support', None),
     ('Chinese and Indian military commanders', 'IND', 'support', None)]),
    ("Kenya's High Court blocked the government's plan to send police officers to Haiti.",
     [("Kenya's High Court", 'KEN', 'reject', None)]),
    ("The Wagner group's founder threatened to withdraw his fighters from Bakhmut unless they received "
     'more ammunition.',
     [("The Wagner group's founder", 'RUS', 'threaten', None)]),
    ('Ukrainian President Volodymyr Zelensky called on Western allies to lift restrictions on the use of '
     'long-range missiles.',
     [('Ukrainian President Volodymyr Zelensky', 'UKR', 'appeal', 'Western allies')]),
    ('Rwanda denied backing the M23 rebels and accused Congo of collaborating with the FDLR militia.',
     [('Rwanda', 'RWA', 'deny', None),
     ('Rwanda', 'RWA', 'accuse', 'Congo')]),
    ('The Brazilian president offered to host peace talks between Russia and Ukraine.',
     [('The Brazilian president', 'BRA', 'support', None)]),
    ("Serbia's president said Belgrade would never impose sanctions on Russia.",
     [('Belgrade', 'SRB', 'reject', None)]),
    ('The European Parliament called for an arms embargo on Saudi Arabia over the war in Yemen.',
     [('The European Parliament', None, 'appeal', None)]),
    ("Iran's foreign minister dismissed the IAEA resolution as politically motivated.",
     [("Iran's foreign minister", 'IRN', 'deny', None)]),
    ('The Houthi leader warned Saudi Arabia against joining any US-led coalition in the Red Sea.',
     [('The Houthi leader', 'YEM', 'threaten', 'Saudi Arabia')]),
]


# Batch 37 (session 4, headlines, datelines, several sentences). First run, gold first: source-and-stance F1 0.952.
FRESH_37 = [
    ("NAIROBI, Kenya (AP) — Kenya's government on Tuesday rejected a call by Western donors to postpone "
     'the election.',
     [("Kenya's government", 'KEN', 'reject', None)]),
    ('Iran Warns U.S. Against Military Action in Gulf',
     [('Iran', 'IRN', 'threaten', 'U.S.')]),
    ('Pakistan Urges India to Resume Dialogue on Kashmir',
     [('Pakistan', 'PAK', 'appeal', 'India')]),
    ('China Rejects Japanese Protest Over Island Dispute',
     [('China', 'CHN', 'reject', None)]),
    ('Egypt Welcomes Sudan Peace Deal',
     [('Egypt', 'EGY', 'support', None)]),
    ('Russia Condemns NATO Air Strikes on Bosnian Serbs',
     [('Russia', 'RUS', 'condemn', None)]),
    ('The Egyptian president was quoted as saying that Cairo would not allow any attack on Libya to be '
     'launched from its territory.',
     [('Cairo', 'EGY', 'reject', None)]),
    ('In a letter to the U.N. Secretary-General, Iraq demanded compensation for the damage caused by the '
     'air strikes.',
     [('Iraq', 'IRQ', 'appeal', None)]),
    ('Israeli Prime Minister Benjamin Netanyahu told reporters that Israel would never return to the 1967 '
     'borders.',
     [('Israel', 'ISR', 'reject', None)]),
    ('BEIJING, March 3 (Xinhua) -- China and Russia have agreed to strengthen cooperation in combating '
     'terrorism, a Chinese foreign ministry spokesman said here today.',
     [('China', 'CHN', 'support', None),
     ('Russia', 'RUS', 'support', None)]),
    ("KABUL (Reuters) - The Taliban on Sunday threatened to attack polling stations during next month's "
     'presidential election.',
     [('The Taliban', 'AFG', 'threaten', None)]),
    ('"We condemn this cowardly act in the strongest terms," the Kenyan interior minister said after the '
     'attack.',
     [('the Kenyan interior minister', 'KEN', 'condemn', None)]),
    ('According to the official news agency, President Assad told the envoy that Syria was ready to '
     'resume peace talks.',
     [('Syria', 'SYR', 'support', None)]),
    ('The Ugandan army said it had agreed to pull its troops out of eastern Congo by the end of the month.',
     [('The Ugandan army', 'UGA', 'support', None)]),
    ("Colombian President Alvaro Uribe's government said it would not negotiate with the FARC while the "
     'rebels held hostages.',
     [("Colombian President Alvaro Uribe's government", 'COL', 'reject', None)]),
    ("Speaking at a press conference in Brussels, NATO's secretary-general urged Russia to withdraw its "
     'troops from Georgia.',
     [("NATO's secretary-general", None, 'appeal', 'Russia')]),
    ("Cuba's foreign ministry issued a statement condemning the U.S. decision to tighten the embargo.",
     [("Cuba's foreign ministry", 'CUB', 'condemn', None)]),
    ("LAGOS, Nigeria — Nigeria's main opposition party threatened on Monday to boycott next year's "
     'elections unless the electoral commission was reformed.',
     [("Nigeria's main opposition party", 'NGA', 'threaten', None)]),
    ("Saudi Arabia's King Fahd has called for an emergency Arab summit to discuss the Iraqi invasion of "
     'Kuwait.',
     [("Saudi Arabia's King Fahd", 'SAU', 'appeal', None)]),
    ('A senior Israeli official said Israel had no intention of negotiating with Hamas.',
     [('A senior Israeli official', 'ISR', 'reject', None)]),
]

# Batch 38 (session 4, headlines, datelines, several sentences). First run, gold first: source-and-stance F1 0.815.
FRESH_38 = [
    ("Bulgaria's prime minister met his Turkish counterpart in Sofia. He said Bulgaria backed Turkey's "
     'bid to join the European Union.',
     [('He', 'BGR', 'support', None)]),
    ('The Vietnamese foreign ministry issued a statement on Friday. It accused China of violating '
     "Vietnam's sovereignty in the Paracel Islands.",
     [('It', 'VNM', 'accuse', 'China')]),
    ("Kazakhstan's president arrived in Moscow on Monday for talks. He pledged to deepen military "
     'cooperation with Russia.',
     [('He', 'KAZ', 'support', None)]),
    ('The Chechen rebels released a statement on their website. They said they would free the foreign '
     'hostages if the government halted its offensive.',
     [('They', 'RUS', 'support', None)]),
    ("Mexico's foreign minister spoke by telephone with her US counterpart. She rejected any suggestion "
     'that US troops could enter Mexico.',
     [('She', 'MEX', 'reject', None)]),
    ('The prime minister of Bhutan visited New Delhi last week. India agreed to finance a new hydropower '
     'plant in the kingdom.',
     [('India', 'IND', 'support', None)]),
    ("The government of Chad accused Sudan of backing the rebels. N'Djamena also threatened to expel "
     'Sudanese diplomats.',
     [('The government of Chad', 'TCD', 'accuse', 'Sudan'),
     ("N'Djamena", 'TCD', 'threaten', None)]),
    ('The Kosovo Albanian leadership rejected the proposal. It demanded full independence from Serbia.',
     [('The Kosovo Albanian leadership', 'XKX', 'reject', None),
     ('It', 'XKX', 'appeal', None)]),
    pytest.param("Hungary's foreign minister said his country opposed the new sanctions. Budapest wants an exemption "
                 'for its energy imports.',
                 [('his country', 'HUN', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="a want stated ('Budapest wants an exemption') is read as an appeal; the gold has none",
                     strict=True)),
    ('Ethiopian and Somali officials met in Ankara on Wednesday. The two sides agreed to respect each '
     "other's sovereignty.",
     [('The two sides', 'ETH', 'support', None),
     ('The two sides', 'SOM', 'support', None)]),
    ("Japan's defence ministry said Chinese warships had entered its territorial waters. Tokyo lodged a "
     'protest with Beijing.',
     [("Japan's defence ministry", 'JPN', 'assert', None),
     ('Tokyo', 'JPN', 'condemn', 'Beijing')]),
    ("Mali's junta has given French troops two weeks to leave. The ultimatum was denounced by Paris.",
     [("Mali's junta", 'MLI', 'threaten', None),
     ('Paris', 'FRA', 'condemn', None)]),
    ("Lebanon's army chief met the US envoy on Tuesday. He asked Washington for more military aid.",
     [('He', 'LBN', 'appeal', 'Washington')]),
    ('Algeria has recalled its ambassador from Paris. The foreign ministry said the move was a protest '
     "against France's stance on Western Sahara.",
     [('The foreign ministry', 'DZA', 'condemn', None)]),
    ('South Korea and Japan agreed to restore their military intelligence-sharing pact.',
     [('South Korea', 'KOR', 'support', None),
     ('Japan', 'JPN', 'support', None)]),
    ('Poland and the Baltic states demanded tougher sanctions on Belarus.',
     [('Poland', 'POL', 'appeal', None),
     ('the Baltic states', None, 'appeal', None)]),
    ('Greece and Turkey pledged to resolve their disputes in the Aegean through dialogue.',
     [('Greece', 'GRC', 'support', None),
     ('Turkey', 'TUR', 'support', None)]),
    ("Venezuela's Maduro rejected the ultimatum, calling it an act of aggression.",
     [("Venezuela's Maduro", 'VEN', 'reject', None)]),
    ('The Ivorian government said it would not allow rebels to take part in the elections.',
     [('The Ivorian government', 'CIV', 'reject', None)]),
    ('Sudan and South Sudan agreed to open their border to trade after years of closure.',
     [('Sudan', 'SDN', 'support', None),
     ('South Sudan', 'SSD', 'support', None)]),
]


# Batch 39 (session 4, after all its fixes). First run, gold first: source-and-stance F1 0.976.
FRESH_39 = [
    ("Jordan's King Hussein has agreed to meet Israeli Prime Minister Yitzhak Rabin in Washington next "
     'week, a palace official said.',
     [("Jordan's King Hussein", 'JOR', 'support', None)]),
    ('The Zimbabwean opposition party MDC called on the African Union to reject the results of the '
     'presidential election.',
     [('The Zimbabwean opposition party MDC', 'ZWE', 'appeal', 'the African Union')]),
    ("Ukraine refused to hand over the Black Sea Fleet's ships to Russia, saying they belonged to Kiev.",
     [('Ukraine', 'UKR', 'reject', None)]),
    ("Burundi's Tutsi-dominated army threatened to take over the government if the Hutu president did not "
     'step down.',
     [("Burundi's Tutsi-dominated army", 'BDI', 'threaten', None)]),
    ("The Chinese government strongly denounced the Dalai Lama's visit to Taiwan as a political plot.",
     [('The Chinese government', 'CHN', 'condemn', None)]),
    ("Ecuador's President Rafael Correa praised Venezuela for supporting his country during the crisis "
     'with Colombia.',
     [("Ecuador's President Rafael Correa", 'ECU', 'praise', 'Venezuela')]),
    ('Liberian warlord Charles Taylor has accepted a West African peace plan that calls for disarmament '
     'of all factions.',
     [('Liberian warlord Charles Taylor', 'LBR', 'support', None)]),
    ('Namibia asked South Africa to return the port of Walvis Bay.',
     [('Namibia', 'NAM', 'appeal', 'South Africa')]),
    ('The Slovak government has refused to halt construction of the Gabcikovo dam on the Danube despite '
     'Hungarian protests.',
     [('The Slovak government', 'SVK', 'reject', None)]),
    ('Indian Prime Minister Atal Behari Vajpayee warned Pakistan that India would not hesitate to cross '
     'the Line of Control.',
     [('Indian Prime Minister Atal Behari Vajpayee', 'IND', 'threaten', 'Pakistan')]),
    ('Norwegian Foreign Minister Jan Egeland criticized Israel for the continued closure of the Gaza '
     'Strip.',
     [('Norwegian Foreign Minister Jan Egeland', 'NOR', 'condemn', 'Israel')]),
    ('The Saudi government has agreed to let U.S. forces use its air bases for operations over southern '
     'Iraq, U.S. officials said.',
     [('The Saudi government', 'SAU', 'support', None)]),
    ('Thousands of Bangladeshi garment workers took to the streets demanding higher wages.',
     [('Thousands of Bangladeshi garment workers', 'BGD', 'appeal', None)]),
    ('Haitian gang leader Jimmy Cherizier threatened to unleash civil war if the prime minister did not '
     'resign.',
     [('Haitian gang leader Jimmy Cherizier', 'HTI', 'threaten', None)]),
    ('The Danish government rejected demands from Muslim countries for an apology over the cartoons.',
     [('The Danish government', 'DNK', 'reject', None)]),
    ("Argentina's foreign ministry condemned Britain's decision to hold military exercises near the "
     'Falklands.',
     [("Argentina's foreign ministry", 'ARG', 'condemn', 'Britain')]),
    ('The president of Kazakhstan offered to host a new round of talks on the Iranian nuclear programme.',
     [('The president of Kazakhstan', 'KAZ', 'support', None)]),
    ("Ivory Coast's government urged its citizens living in Burkina Faso to return home.",
     [("Ivory Coast's government", 'CIV', 'appeal', None)]),
    ("Iran's Guardian Council rejected a bill that would have given women more rights in divorce cases.",
     [("Iran's Guardian Council", 'IRN', 'reject', None)]),
    ('Slovenia and Croatia have agreed to accept international arbitration in their border dispute.',
     [('Slovenia', 'SVN', 'support', None),
     ('Croatia', 'HRV', 'support', None)]),
]

# Batch 40 (session 4, after all its fixes). First run, gold first: source-and-stance F1 0.944.
FRESH_40 = [
    ("The U.S. Treasury welcomed China's decision to allow its currency to float more freely.",
     [('The U.S. Treasury', 'USA', 'support', 'China')]),
    ('Georgian President Eduard Shevardnadze accused Moscow of supporting the Abkhaz separatists.',
     [('Georgian President Eduard Shevardnadze', 'GEO', 'accuse', 'Moscow')]),
    ("Mauritania's military junta promised to hand power to a civilian government within two years.",
     [("Mauritania's military junta", 'MRT', 'support', None)]),
    ('South African President F.W. de Klerk urged the ANC to abandon its armed struggle.',
     [('South African President F.W. de Klerk', 'ZAF', 'appeal', 'the ANC')]),
    ('The Sudanese government threatened to expel aid agencies that cooperated with the rebels.',
     [('The Sudanese government', 'SDN', 'threaten', None)]),
    ('Papua New Guinea rejected an Australian offer to send troops to Bougainville.',
     [('Papua New Guinea', 'PNG', 'reject', None)]),
    ("The Islamic Salvation Front condemned the cancellation of the elections as a coup d'etat.",
     [('The Islamic Salvation Front', 'DZA', 'condemn', None)]),
    ("Morocco's King Mohammed VI pardoned 400 prisoners to mark the anniversary of his accession.",
     []),
    ('The Lebanese parliament approved a law granting amnesty to militiamen who fought in the civil war.',
     [('The Lebanese parliament', 'LBN', 'support', None)]),
    ('Ethiopian Prime Minister Meles Zenawi said his government was prepared to accept the border '
     "commission's ruling.",
     [('Ethiopian Prime Minister Meles Zenawi', 'ETH', 'support', None)]),
    ('Chechen separatist leader Aslan Maskhadov called for talks with the Kremlin to end the war.',
     [('Chechen separatist leader Aslan Maskhadov', 'RUS', 'appeal', None)]),
    ('The Sri Lankan navy warned fishermen not to venture into waters off the northern coast.',
     [('The Sri Lankan navy', 'LKA', 'threaten', None)]),
    ('Nicaraguan President Daniel Ortega denounced the U.S. sanctions as an attack on his people.',
     [('Nicaraguan President Daniel Ortega', 'NIC', 'condemn', None)]),
    ('Uzbekistan has refused to allow an international investigation into the killings in Andijan.',
     [('Uzbekistan', 'UZB', 'reject', None)]),
    ('Tajik opposition leaders demanded that Russian troops leave the country.',
     [('Tajik opposition leaders', 'TJK', 'appeal', None)]),
    ('The International Monetary Fund agreed to lend Pakistan $3 billion to stave off a default.',
     [('The International Monetary Fund', None, 'support', None)]),
    ('Cameroon accused Nigeria of massing troops on the disputed Bakassi peninsula.',
     [('Cameroon', 'CMR', 'accuse', 'Nigeria')]),
    ('A spokesman for the Zapatista rebels said they would not lay down their arms until the government '
     'honoured the accords.',
     [('A spokesman for the Zapatista rebels', 'MEX', 'reject', None)]),
    ('The Congolese government has threatened to close the border with Rwanda if the attacks continue.',
     [('The Congolese government', 'COD', 'threaten', None)]),
    ("Paraguay's Senate approved the deployment of U.S. troops for joint military exercises.",
     [("Paraguay's Senate", 'PRY', 'support', None)]),
]


# Batch 41 (session 4, old wire style). First run, gold first: source-and-stance F1 0.976.
FRESH_41 = [
    ('The Palestine Liberation Organization (PLO) today accepted an Egyptian proposal for a meeting with '
     'Israeli officials in Cairo, the official Middle East News Agency reported.',
     [('The Palestine Liberation Organization (PLO)', 'PSE', 'support', None)]),
    ('Iraqi Foreign Minister Tariq Aziz said here today that Baghdad would never bow to ``American '
     "blackmail'' over the weapons inspections.",
     [('Baghdad', 'IRQ', 'reject', None)]),
    ('The National Union for the Total Independence of Angola (UNITA) demanded that the government '
     'release all political prisoners before new talks.',
     [('The National Union for the Total Independence of Angola (UNITA)', 'AGO', 'appeal', None)]),
    ('Spanish Prime Minister Felipe Gonzalez on Monday condemned the latest ETA car bombing in Madrid, '
     'which killed three policemen.',
     [('Spanish Prime Minister Felipe Gonzalez', 'ESP', 'condemn', None)]),
    ("The Nigerian military government threatened to dissolve the oil workers' union if the strike was "
     'not called off within 48 hours.',
     [('The Nigerian military government', 'NGA', 'threaten', None)]),
    ('West German Chancellor Helmut Kohl voiced support for Polish demands for a guarantee of the '
     'Oder-Neisse border.',
     [('West German Chancellor Helmut Kohl', 'DEU', 'support', None)]),
    ('Honduras has asked the United Nations to send observers to monitor its border with Nicaragua.',
     [('Honduras', 'HND', 'appeal', 'the United Nations')]),
    ('Syria has rejected a U.S. request to close the offices of radical Palestinian groups in Damascus, '
     'diplomats said.',
     [('Syria', 'SYR', 'reject', None)]),
    ('The Iranian news agency IRNA said Tehran was willing to exchange prisoners of war with Iraq under '
     'the supervision of the Red Cross.',
     [('Tehran', 'IRN', 'support', None)]),
    ("Mozambique's RENAMO rebels accused government troops of killing 40 civilians in Zambezia province.",
     [("Mozambique's RENAMO rebels", 'MOZ', 'accuse', 'government troops')]),
    ("Yugoslav President Slobodan Milosevic warned that Serbia would defend Kosovo ``by all means'' "
     'against any attempt at secession.',
     [('Yugoslav President Slobodan Milosevic', 'SRB', 'threaten', None)]),
    ('Pope John Paul II appealed for an end to the fighting in Rwanda and for aid to the refugees.',
     [('Pope John Paul II', 'VAT', 'appeal', None)]),
    pytest.param("Polish Solidarity leader Lech Walesa called the government's economic programme ``a disaster for "
                 "working people''.",
                 [('Polish Solidarity leader Lech Walesa', 'POL', 'condemn', None)],
                 marks=pytest.mark.xfail(reason="'a disaster' is no verdict word: floods are disasters too",
                                         strict=True)),
    ('Romania and Hungary signed a treaty on Monday guaranteeing the rights of the ethnic Hungarian '
     'minority in Transylvania.',
     [('Romania', 'ROU', 'support', None),
     ('Hungary', 'HUN', 'support', None)]),
    ('Indonesia refused to let a United Nations human rights team visit East Timor.',
     [('Indonesia', 'IDN', 'reject', None)]),
    ('The Egyptian government has banned demonstrations and warned that police would deal firmly with '
     'anyone who violated the ban.',
     [('The Egyptian government', 'EGY', 'threaten', None)]),
    ("Vietnamese Foreign Minister Nguyen Co Thach praised China's decision to normalise relations with "
     'Hanoi.',
     [('Vietnamese Foreign Minister Nguyen Co Thach', 'VNM', 'praise', 'China')]),
    ('Kurdish rebels in northern Iraq have offered to release two kidnapped Austrian engineers.',
     [('Kurdish rebels in northern Iraq', 'IRQ', 'support', None)]),
    ('The Algerian government denounced the massacre of 40 villagers south of Algiers as ``a barbaric '
     "act''.",
     [('The Algerian government', 'DZA', 'condemn', None)]),
    ('Lebanese Shiite leader Nabih Berri rejected Israeli demands that the Lebanese army deploy along the '
     'border.',
     [('Lebanese Shiite leader Nabih Berri', 'LBN', 'reject', None)]),
]

# Batch 42 (session 4, old wire style). First run, gold first: source-and-stance F1 0.927.
FRESH_42 = [
    ('Chilean President Augusto Pinochet has agreed to hold a referendum on his rule next year, the '
     'government announced.',
     [('Chilean President Augusto Pinochet', 'CHL', 'support', None)]),
    ('The Soviet Union urged the United States to halt nuclear testing, the official news agency Tass '
     'said.',
     [('The Soviet Union', 'RUS', 'appeal', 'the United States')]),
    ("Malawi's opposition parties rejected President Hastings Banda's offer to share power.",
     [("Malawi's opposition parties", 'MWI', 'reject', None)]),
    ('Jordan condemned the Israeli raid on a Palestinian refugee camp in southern Lebanon.',
     [('Jordan', 'JOR', 'condemn', None)]),
    ("Bolivian coca growers threatened to block the country's main highways if the government went ahead "
     'with the eradication plan.',
     [('Bolivian coca growers', 'BOL', 'threaten', None)]),
    ('Tunisia has offered to host the headquarters of the Arab League until Egypt rejoins the '
     'organisation.',
     [('Tunisia', 'TUN', 'support', None)]),
    ("Peru's Shining Path guerrillas called for a general strike in Lima next week.",
     [("Peru's Shining Path guerrillas", 'PER', 'appeal', None)]),
    ('The South African government has refused to negotiate with the ANC until it renounces violence.',
     [('The South African government', 'ZAF', 'reject', None)]),
    ('Britain accused Argentina of violating the exclusion zone around the Falkland Islands.',
     [('Britain', 'GBR', 'accuse', 'Argentina')]),
    ('Angolan President Jose Eduardo dos Santos welcomed the withdrawal of Cuban troops as a step towards '
     'peace.',
     [('Angolan President Jose Eduardo dos Santos', 'AGO', 'support', None)]),
    ("Iraq has threatened to set fire to Kuwait's oil fields if it is attacked by the U.S.-led forces.",
     [('Iraq', 'IRQ', 'threaten', None)]),
    ('The Philippine government and communist rebels agreed to a 30-day Christmas ceasefire.',
     [('The Philippine government', 'PHL', 'support', None),
     ('communist rebels', 'PHL', 'support', None)]),
    ('Cambodian Prime Minister Hun Sen asked Thailand to stop supplying the Khmer Rouge with weapons.',
     [('Cambodian Prime Minister Hun Sen', 'KHM', 'appeal', 'Thailand')]),
    ("Zambia's President Kenneth Kaunda criticised Britain for refusing to impose sanctions on South "
     'Africa.',
     [("Zambia's President Kenneth Kaunda", 'ZMB', 'condemn', 'Britain')]),
    ('The Sri Lankan government said it would not allow Indian troops to remain on the island after March.',
     [('The Sri Lankan government', 'LKA', 'reject', None)]),
    ("Kuwait's crown prince said the emirate was ready to restore relations with Jordan.",
     [("Kuwait's crown prince", 'KWT', 'support', None)]),
    ("Pakistani President Zia ul-Haq warned India against any attack on Pakistan's nuclear facilities.",
     [('Pakistani President Zia ul-Haq', 'PAK', 'threaten', 'India')]),
    ("Ethiopia's Marxist government denounced Sudan for harbouring Eritrean separatists.",
     [("Ethiopia's Marxist government", 'ETH', 'condemn', 'Sudan')]),
    ('The U.N. Security Council called on Iran and Iraq to accept an immediate ceasefire.',
     [('The U.N. Security Council', None, 'appeal', None)]),
    ('Greek Cypriot leader Glafcos Clerides rejected the Turkish Cypriot proposal for a confederation.',
     [('Greek Cypriot leader Glafcos Clerides', 'CYP', 'reject', None)]),
]


# Batch 43 (session 4, appositions, passives, noun cues, lists). First run, gold first: F1 0.926.
FRESH_43 = [
    ('Kenya, which has about 4,000 troops in Somalia, rejected a proposal to hand the mission over to the '
     'UN.',
     [('Kenya', 'KEN', 'reject', None)]),
    ('Egypt, along with Saudi Arabia and the UAE, condemned the attack on the Saudi oil facilities.',
     [('Egypt', 'EGY', 'condemn', None),
     ('Saudi Arabia', 'SAU', 'condemn', None),
     ('the UAE', 'ARE', 'condemn', None)]),
    ('The proposal was welcomed by Ghana, Togo and Benin but rejected by Nigeria.',
     [('Ghana', 'GHA', 'support', None),
     ('Togo', 'TGO', 'support', None),
     ('Benin', 'BEN', 'support', None),
     ('Nigeria', 'NGA', 'reject', None)]),
    ('Iran has been accused by Britain of supplying weapons to Shiite militias in Iraq.',
     [('Britain', 'GBR', 'accuse', 'Iran')]),
    ('The United States stopped short of endorsing the Saudi peace initiative.',
     [('The United States', 'USA', 'reject', None)]),
    ('Russia did not rule out military action to protect Russian citizens in Georgia.',
     [('Russia', 'RUS', 'threaten', None)]),
    pytest.param('Turkey could send troops to northern Iraq, a Turkish official said.',
                 [],
                 marks=pytest.mark.xfail(
                     reason="a possibility reported ('Turkey could send troops, an official said') is a plain report",
                     strict=True)),
    ("Belgium's call for an international inquiry into the killings was backed by France.",
     [('Belgium', 'BEL', 'appeal', None),
     ('France', 'FRA', 'support', None)]),
    ('The decision drew sharp criticism from Human Rights Watch.',
     [('Human Rights Watch', None, 'condemn', None)]),
    pytest.param('Several countries, including Brazil and India, abstained in the vote.',
                 [('Brazil', 'BRA', 'neutral', None),
     ('India', 'IND', 'neutral', None)],
                 marks=pytest.mark.xfail(
                     reason="an abstention by a list in an apposition ('Several countries, including ..., abstained')",
                     strict=True)),
    ('Saudi Foreign Minister Prince Saud al-Faisal urged Washington to put pressure on Israel.',
     [('Saudi Foreign Minister Prince Saud al-Faisal', 'SAU', 'appeal', 'Washington')]),
    ('The Dutch foreign minister, Frans van den Broek, said the Netherlands would support an oil embargo.',
     [('The Dutch foreign minister, Frans van den Broek', 'NLD', 'support', None)]),
    ("German Chancellor Angela Merkel said she opposed Turkey's full membership of the EU.",
     [('German Chancellor Angela Merkel', 'DEU', 'reject', None)]),
    ('Argentine President Cristina Fernandez said her government would never give up its claim to the '
     'Falklands.',
     [('Argentine President Cristina Fernandez', 'ARG', 'reject', None)]),
    ("Uganda's rejection of the peace plan angered the mediators.",
     [('Uganda', 'UGA', 'reject', None)]),
    ("Libya has yet to accept the African Union's proposal for a ceasefire.",
     [('Libya', 'LBY', 'reject', None)]),
    ("In a rare rebuke, China criticised North Korea's nuclear test.",
     [('China', 'CHN', 'condemn', 'North Korea')]),
    ("Mali's junta, which seized power in a coup last year, has agreed to hold elections in February.",
     [("Mali's junta", 'MLI', 'support', None)]),
    ('Israel and Hamas have agreed to a ceasefire brokered by Egypt, officials on both sides said.',
     [('Israel', 'ISR', 'support', None),
     ('Hamas', 'PSE', 'support', None)]),
    ('Neither Russia nor China backed the Western draft resolution.',
     [('Russia', 'RUS', 'reject', None),
     ('China', 'CHN', 'reject', None)]),
]

# Batch 44 (session 4, appositions, passives, noun cues, lists). First run, gold first: F1 1.000.
FRESH_44 = [
    ("The Sudanese Armed Forces rejected the RSF's offer of a humanitarian truce.",
     [('The Sudanese Armed Forces', 'SDN', 'reject', None)]),
    ('A spokesman for Hezbollah said the group would retaliate for the killing of its commander.',
     [('A spokesman for Hezbollah', 'LBN', 'threaten', None)]),
    ("Ukraine's foreign minister welcomed the EU decision to open accession talks with Kyiv.",
     [("Ukraine's foreign minister", 'UKR', 'support', None)]),
    ('The Azerbaijani president demanded that Armenia withdraw its troops from Karabakh.',
     [('The Azerbaijani president', 'AZE', 'appeal', 'Armenia')]),
    ("Myanmar's military government has rejected calls from ASEAN for talks with the opposition.",
     [("Myanmar's military government", 'MMR', 'reject', None)]),
    ('The French president condemned the coup in Niger and demanded the release of President Bazoum.',
     [('The French president', 'FRA', 'condemn', None),
     ('The French president', 'FRA', 'appeal', None)]),
    ('Bangladesh has agreed to take back some of the Rohingya refugees who fled to India.',
     [('Bangladesh', 'BGD', 'support', None)]),
    ('China threatened to retaliate if the Philippines continued to resupply its troops on the shoal.',
     [('China', 'CHN', 'threaten', None)]),
    ("The African Union's Peace and Security Council suspended Gabon following the military takeover.",
     []),
    ("Colombia's President Gustavo Petro accused the United States of bombing boats in the Caribbean.",
     [("Colombia's President Gustavo Petro", 'COL', 'accuse', 'the United States')]),
    ('The Iraqi government asked the US-led coalition to draw up a timetable for its withdrawal.',
     [('The Iraqi government', 'IRQ', 'appeal', None)]),
    ("Guatemala's new president promised to fight corruption and reform the judiciary.",
     [("Guatemala's new president", 'GTM', 'support', None)]),
    ("Eritrea's information minister dismissed the UN report as a fabrication.",
     [("Eritrea's information minister", 'ERI', 'deny', None)]),
    ("Somalia's president hailed the lifting of the UN arms embargo as a historic step.",
     [("Somalia's president", 'SOM', 'praise', None)]),
    ('The European Union imposed sanctions on Belarusian officials over the crackdown.',
     []),
    ("Venezuela's government warned Guyana not to award oil blocks in the disputed Essequibo region.",
     [("Venezuela's government", 'VEN', 'threaten', 'Guyana')]),
    ("South Africa's foreign minister criticised Israel's conduct of the war in Gaza.",
     [("South Africa's foreign minister", 'ZAF', 'condemn', None)]),
    ('Ethiopia and Somalia agreed to begin technical talks on sea access with Turkish mediation.',
     [('Ethiopia', 'ETH', 'support', None),
     ('Somalia', 'SOM', 'support', None)]),
    ("The Pakistani Taliban rejected the government's offer of talks and vowed to continue their attacks.",
     [('The Pakistani Taliban', 'PAK', 'reject', None),
     ('The Pakistani Taliban', 'PAK', 'threaten', None)]),
    ('Nicaragua called on the International Court of Justice to order Germany to halt arms sales to '
     'Israel.',
     [('Nicaragua', 'NIC', 'appeal', None)]),
]


# Batch 45 (session 4, mixed regions and decades). First run, gold first: source-and-stance F1 0.872.
FRESH_45 = [
    ('The Bosnian Serb parliament rejected the Vance-Owen peace plan early on Thursday.',
     [('The Bosnian Serb parliament', 'BIH', 'reject', None)]),
    ('Israeli Foreign Minister Shimon Peres said Israel was ready to negotiate with any Palestinian '
     'leader who renounced terrorism.',
     [('Israel', 'ISR', 'support', None)]),
    ("Thai Prime Minister Chuan Leekpai called on Burma's military rulers to free opposition leader Aung "
     'San Suu Kyi.',
     [('Thai Prime Minister Chuan Leekpai', 'THA', 'appeal', None)]),
    ("The Iranian parliament's speaker threatened to close the Strait of Hormuz if Iran's oil exports "
     'were blocked.',
     [("The Iranian parliament's speaker", 'IRN', 'threaten', None)]),
    ('Mexican President Ernesto Zedillo condemned the massacre of 45 peasants in the village of Acteal.',
     [('Mexican President Ernesto Zedillo', 'MEX', 'condemn', None)]),
    ("Austria's chancellor expressed support for the Czech Republic's bid to join the European Union.",
     [("Austria's chancellor", 'AUT', 'support', None)]),
    ('The Moroccan government has agreed to allow UN observers to monitor the referendum in Western '
     'Sahara.',
     [('The Moroccan government', 'MAR', 'support', None)]),
    ('The Eritrean government accused Ethiopia of bombing the port city of Assab.',
     [('The Eritrean government', 'ERI', 'accuse', 'Ethiopia')]),
    ('Guerrillas of the Farabundo Marti National Liberation Front demanded the dismissal of senior army '
     'officers.',
     [('Guerrillas of the Farabundo Marti National Liberation Front', 'SLV', 'appeal', None)]),
    ('The Kuwaiti parliament refused to ratify the agreement giving women the right to vote.',
     [('The Kuwaiti parliament', 'KWT', 'reject', None)]),
    ('Russian Defence Minister Pavel Grachev warned that Russian troops would stay in Chechnya until the '
     'rebels were disarmed.',
     [('Russian Defence Minister Pavel Grachev', 'RUS', 'threaten', None)]),
    ("Hong Kong's democratic party criticised Beijing's decision to scrap the elected legislature.",
     [("Hong Kong's democratic party", 'HKG', 'condemn', None)]),
    ('Senegal has offered to send 600 troops to join a West African peacekeeping force in Liberia.',
     [('Senegal', 'SEN', 'support', None)]),
    ('The Lebanese government urged Syria to withdraw its troops from the Bekaa Valley.',
     [('The Lebanese government', 'LBN', 'appeal', 'Syria')]),
    ("North Korea rejected South Korea's proposal for a summit between their leaders.",
     [('North Korea', 'PRK', 'reject', None)]),
    ("Nepal's Maoist rebels warned foreign aid agencies to leave areas under their control.",
     [("Nepal's Maoist rebels", 'NPL', 'threaten', None)]),
    ('The Ghanaian government welcomed the decision by the World Bank to cancel part of its debt.',
     [('The Ghanaian government', 'GHA', 'support', None)]),
    ("Georgia's parliament voted to leave the Commonwealth of Independent States.",
     [("Georgia's parliament", 'GEO', 'reject', None)]),
    ("Canada's foreign minister condemned the detention of two Canadian citizens in China as arbitrary.",
     [("Canada's foreign minister", 'CAN', 'condemn', None)]),
    ('The Yemeni government and southern separatists signed a power-sharing deal in Riyadh.',
     [('The Yemeni government', 'YEM', 'support', None),
     ('southern separatists', 'YEM', 'support', None)]),
]

# Batch 46 (session 4, mixed regions and decades). First run, gold first: source-and-stance F1 0.952.
FRESH_46 = [
    ("Pakistan's Inter-Services Intelligence agency denied any links with the Taliban.",
     [("Pakistan's Inter-Services Intelligence agency", 'PAK', 'deny', None)]),
    ('The Kosovo Liberation Army said it would accept the peace deal only if it led to independence.',
     [('The Kosovo Liberation Army', 'XKX', 'support', None)]),
    ("Haiti's military leaders refused to step down despite a UN deadline.",
     [("Haiti's military leaders", 'HTI', 'reject', None)]),
    ('Iraqi Kurdish leader Massoud Barzani appealed to Washington to protect the Kurds from Baghdad.',
     [('Iraqi Kurdish leader Massoud Barzani', 'IRQ', 'appeal', 'Washington')]),
    ('Taliban leaders warned that any country sending troops to Afghanistan would be treated as an enemy.',
     [('Taliban leaders', 'AFG', 'threaten', None)]),
    ("The European Commission praised Croatia's progress in fighting corruption.",
     [('The European Commission', None, 'praise', 'Croatia')]),
    ("Israel's prime minister accused Iran of seeking to destroy the Jewish state.",
     [("Israel's prime minister", 'ISR', 'accuse', 'Iran')]),
    ('The Sudanese opposition called on the army to hand power to a civilian government.',
     [('The Sudanese opposition', 'SDN', 'appeal', 'the army')]),
    ("Serbia's parliament adopted a resolution rejecting any NATO presence in Kosovo.",
     [("Serbia's parliament", 'SRB', 'reject', None)]),
    ('Thailand and Cambodia agreed to withdraw troops from the area around the Preah Vihear temple.',
     [('Thailand', 'THA', 'support', None),
     ('Cambodia', 'KHM', 'support', None)]),
    ('The Cuban government condemned the U.S. decision to return Cuba to its list of state sponsors of '
     'terrorism.',
     [('The Cuban government', 'CUB', 'condemn', None)]),
    ('Turkish President Abdullah Gul said Ankara would not accept any conditions for the normalisation of '
     'ties with Armenia.',
     [('Ankara', 'TUR', 'reject', None)]),
    ('Malian rebels threatened to attack the northern town of Kidal if the army did not withdraw.',
     [('Malian rebels', 'MLI', 'threaten', None)]),
    ("Brazil's president said Brasilia was ready to help mediate between Venezuela and the United States.",
     [('Brasilia', 'BRA', 'support', None)]),
    pytest.param('Human rights groups urged the Egyptian authorities to free detained journalists.',
                 [('Human rights groups', None, 'appeal', 'the Egyptian authorities')],
                 marks=pytest.mark.xfail(reason="unnamed rights groups take the country of the sentence (local groups)",
                                         strict=True)),
    ('Chinese President Xi Jinping hailed the signing of the trade pact as a victory for multilateralism.',
     [('Chinese President Xi Jinping', 'CHN', 'praise', None)]),
    ('The Polish government denounced Belarus for pushing migrants across the border.',
     [('The Polish government', 'POL', 'condemn', 'Belarus')]),
    ("Mozambique's government rejected calls for a foreign military intervention in Cabo Delgado.",
     [("Mozambique's government", 'MOZ', 'reject', None)]),
    ('The Philippine president said Manila was ready to hold talks with Beijing on the South China Sea.',
     [('Manila', 'PHL', 'support', None)]),
    ('Eritrea threatened to withdraw from the regional bloc IGAD over its handling of the Somali crisis.',
     [('Eritrea', 'ERI', 'threaten', None)]),
]


# Batch 47 (session 4, acts in reports, groups of states). First run, gold first: source-and-stance F1 0.895.
FRESH_47 = [
    ('Diplomats said Iran had agreed to let IAEA inspectors visit the Fordow site next week.',
     [('Iran', 'IRN', 'support', None)]),
    ('The Group of Seven industrialised nations urged China to stop its military exercises around Taiwan.',
     [('The Group of Seven industrialised nations', None, 'appeal', 'China')]),
    ('Western governments condemned the sentencing of the opposition leader to 20 years in prison.',
     [('Western governments', None, 'condemn', None)]),
    ('OPEC oil ministers agreed on Sunday to cut production by one million barrels a day.',
     [('OPEC oil ministers', None, 'support', None)]),
    ("Gulf Arab states rejected Iran's offer of a non-aggression pact, a GCC official said.",
     [('Gulf Arab states', None, 'reject', None)]),
    ('The Non-Aligned Movement called for the lifting of the embargo on Cuba.',
     [('The Non-Aligned Movement', None, 'appeal', None)]),
    ("Pakistan's army chief told visiting US officials that Islamabad would not tolerate drone strikes on "
     'its territory.',
     [("Pakistan's army chief", 'PAK', 'threaten', None)]),
    ('In a statement issued in Nairobi, the Somali transitional government accused Eritrea of arming '
     'al-Shabab.',
     [('the Somali transitional government', 'SOM', 'accuse', 'Eritrea')]),
    ("The Chinese ambassador to the UN said Beijing firmly opposed any interference in Myanmar's internal "
     'affairs.',
     [('Beijing', 'CHN', 'reject', None)]),
    ('Officials in Baghdad said Iraq was ready to resume oil exports through the Kirkuk-Ceyhan pipeline.',
     [('Officials in Baghdad', 'IRQ', 'support', None)]),
    ("The Arab League threatened to suspend Syria's membership unless the crackdown on protesters ended.",
     [('The Arab League', None, 'threaten', None)]),
    ('The Vatican deplored the attack on a church in northern Nigeria that killed 40 worshippers.',
     [('The Vatican', 'VAT', 'condemn', None)]),
    ("Afghanistan's neighbours urged the Taliban to form an inclusive government.",
     [("Afghanistan's neighbours", None, 'appeal', 'the Taliban')]),
    pytest.param('The Commonwealth suspended Fiji after the military refused to hold elections.',
                 [('the military', 'FJI', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="a refusal in an 'after' clause is background to the suspension (no sanction type yet)",
                     strict=True)),
    ('The Quartet of Middle East mediators welcomed the agreement between Israel and the Palestinians.',
     [('The Quartet of Middle East mediators', None, 'support', None)]),
    ('Egyptian officials said Cairo had proposed a two-week truce to allow aid into Gaza.',
     [('Cairo', 'EGY', 'support', None)]),
    ("Japan's prime minister expressed regret over the remarks, which angered Seoul.",
     [("Japan's prime minister", 'JPN', 'condemn', None)]),
    ('Slovak nationalists demanded a referendum on leaving NATO.',
     [('Slovak nationalists', 'SVK', 'appeal', None)]),
    ("Uganda's parliament voted against extending the presidential term limit.",
     [("Uganda's parliament", 'UGA', 'reject', None)]),
    ('The two Koreas agreed to hold military talks to ease tension along the border.',
     [('The two Koreas', 'PRK', 'support', None),
     ('The two Koreas', 'KOR', 'support', None)]),
]

# Batch 48 (session 4, acts in reports, groups of states). First run, gold first: source-and-stance F1 0.978.
FRESH_48 = [
    ("Tehran's hardline clerics denounced the nuclear deal as a betrayal of the revolution.",
     [("Tehran's hardline clerics", 'IRN', 'condemn', None)]),
    ('The Malian government, which expelled the French ambassador last year, asked Russia for more '
     'military instructors.',
     [('The Malian government', 'MLI', 'appeal', 'Russia')]),
    ("Lebanon's caretaker prime minister said Beirut would not allow its territory to be used for attacks "
     'on Israel.',
     [('Beirut', 'LBN', 'reject', None)]),
    ("Iran's Revolutionary Guards vowed to avenge the killing of their commander in Damascus.",
     [("Iran's Revolutionary Guards", 'IRN', 'threaten', None)]),
    ('The ECOWAS commission praised Senegal for holding peaceful elections.',
     [('The ECOWAS commission', None, 'praise', 'Senegal')]),
    ('Azerbaijan accused Armenian forces of shelling its positions along the border overnight.',
     [('Azerbaijan', 'AZE', 'accuse', 'Armenian forces')]),
    ("Kenya's opposition leader Raila Odinga rejected the election results and called for mass protests.",
     [("Kenya's opposition leader Raila Odinga", 'KEN', 'reject', None),
     ("Kenya's opposition leader Raila Odinga", 'KEN', 'appeal', None)]),
    ('The Saudi-led coalition said it would respond firmly to any Houthi attack on Saudi territory.',
     [('The Saudi-led coalition', 'SAU', 'threaten', None)]),
    ("Qatar's emir offered to mediate between Washington and Tehran.",
     [("Qatar's emir", 'QAT', 'support', None)]),
    ('The Palestinian Authority called on the UN Security Council to intervene to stop settlement '
     'building.',
     [('The Palestinian Authority', 'PSE', 'appeal', 'the UN Security Council')]),
    ('Chinese state media lashed out at Australia over its call for an inquiry into the origins of the '
     'virus.',
     [('Chinese state media', 'CHN', 'condemn', 'Australia')]),
    ('Tajikistan and Kyrgyzstan signed a deal to end their border dispute.',
     [('Tajikistan', 'TJK', 'support', None),
     ('Kyrgyzstan', 'KGZ', 'support', None)]),
    ("The Moroccan foreign minister rejected Algeria's accusations as baseless.",
     [('The Moroccan foreign minister', 'MAR', 'deny', None)]),
    ("Burundi's government warned Rwanda that it would close the border if the attacks continued.",
     [("Burundi's government", 'BDI', 'threaten', 'Rwanda')]),
    ('The UN refugee agency appealed for $300 million to help Sudanese refugees in Chad.',
     [('The UN refugee agency', None, 'appeal', None)]),
    ("India's external affairs ministry welcomed the release of the Indian fishermen by Sri Lanka.",
     [("India's external affairs ministry", 'IND', 'support', None)]),
    ('The Belarusian opposition leader in exile urged the EU to tighten sanctions on Minsk.',
     [('The Belarusian opposition leader', 'BLR', 'appeal', 'the EU')]),
    ("Egypt's Al-Azhar condemned the burning of the Koran in Stockholm as a provocation.",
     [("Egypt's Al-Azhar", 'EGY', 'condemn', None)]),
    ('The Kurdish-led authorities in northeast Syria refused to hand over foreign jihadists to their home '
     'countries.',
     [('The Kurdish-led authorities in northeast Syria', 'SYR', 'reject', None)]),
    ('The Ethiopian federal government and the TPLF agreed to a permanent cessation of hostilities in '
     'Pretoria.',
     [('The Ethiopian federal government', 'ETH', 'support', None),
     ('the TPLF', 'ETH', 'support', None)]),
]


# Batch 49 (session 4, the last, after all its fixes). First run, gold first: source-and-stance F1 0.952.
FRESH_49 = [
    ('Nigeria and Cameroon agreed to set up a joint commission to implement the World Court ruling on '
     'Bakassi.',
     [('Nigeria', 'NGA', 'support', None),
     ('Cameroon', 'CMR', 'support', None)]),
    ('The Syrian government said it was prepared to take part in the Geneva talks without preconditions.',
     [('The Syrian government', 'SYR', 'support', None)]),
    ("Sweden's foreign minister called on Turkey to release the jailed journalists.",
     [("Sweden's foreign minister", 'SWE', 'appeal', 'Turkey')]),
    ('The Armenian opposition demanded the resignation of the prime minister over the ceasefire deal.',
     [('The Armenian opposition', 'ARM', 'appeal', None)]),
    ("Kazakhstan refused to join the Russian-led customs union's new gas pricing scheme.",
     [('Kazakhstan', 'KAZ', 'reject', None)]),
    ("The Tigrayan leadership rejected the federal government's offer of talks in Addis Ababa.",
     [('The Tigrayan leadership', 'ETH', 'reject', None)]),
    ('The North Korean army threatened to turn Seoul into a sea of fire.',
     [('The North Korean army', 'PRK', 'threaten', None)]),
    ('Hamas warned that the hostages would be killed if Israel launched a ground offensive.',
     [('Hamas', 'PSE', 'threaten', None)]),
    ("Kenya's foreign ministry criticised the United States for issuing a travel warning on Nairobi.",
     [("Kenya's foreign ministry", 'KEN', 'condemn', 'the United States')]),
    ('The Chadian government blamed Sudanese-backed rebels for the attack on the border town of Adre.',
     [('The Chadian government', 'TCD', 'accuse', None)]),
    ("Norway's prime minister praised the courage of the Colombian negotiators.",
     [("Norway's prime minister", 'NOR', 'praise', None)]),
    ("The Organization of American States backed Venezuela's request for a special session on the crisis.",
     [('The Organization of American States', None, 'support', None)]),
    ("Turkey agreed to lift its veto on Finland's NATO membership after talks in Madrid.",
     [('Turkey', 'TUR', 'support', None)]),
    ("Rwandan President Paul Kagame dismissed the UN experts' report as a lie.",
     [('Rwandan President Paul Kagame', 'RWA', 'deny', None)]),
    ('The Libyan National Army asked the United Nations to guarantee the withdrawal of Turkish forces.',
     [('The Libyan National Army', 'LBY', 'appeal', 'the United Nations')]),
    pytest.param("Azerbaijan's president warned that Baku would not allow any foreign troops in the region.",
                 [("Azerbaijan's president", 'AZE', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="a warning announcing one's own refusal ('warned that Baku would not allow') is a threat",
                     strict=True)),
    ("Hungarian Prime Minister Viktor Orban said Budapest would block any EU decision on Ukraine's "
     'membership.',
     [('Budapest', 'HUN', 'reject', None)]),
    ('The Kremlin warned Kyiv that attacks on Crimea would be met with a harsh response.',
     [('The Kremlin', 'RUS', 'threaten', 'Kyiv')]),
    ('Bolivia condemned the coup attempt as an attack on democracy.',
     [('Bolivia', 'BOL', 'condemn', None)]),
    ("Iran's foreign minister said Tehran welcomed the Saudi offer to restore diplomatic ties.",
     [('Tehran', 'IRN', 'support', None)]),
]

# Batch 50 (session 4, the last, after all its fixes). First run, gold first: source-and-stance F1 0.976.
FRESH_50 = [
    ('Croatian Serbs agreed on Sunday to hand over the region of Eastern Slavonia to Croatian control.',
     [('Croatian Serbs', 'HRV', 'support', None)]),
    ('Egyptian President Hosni Mubarak urged Israel to halt the construction of Jewish settlements in '
     'east Jerusalem.',
     [('Egyptian President Hosni Mubarak', 'EGY', 'appeal', 'Israel')]),
    ('The Iraqi government refused to allow the U.N. special commission to inspect the defence ministry '
     'building.',
     [('The Iraqi government', 'IRQ', 'reject', None)]),
    ('Liberian rebel leader Charles Taylor threatened to attack the peacekeeping force if it tried to '
     'disarm his fighters.',
     [('Liberian rebel leader Charles Taylor', 'LBR', 'threaten', None)]),
    ('The Japanese government protested to Moscow over the detention of Japanese fishermen near the Kuril '
     'Islands.',
     [('The Japanese government', 'JPN', 'condemn', 'Moscow')]),
    ("Austria expressed support for Slovenia's efforts to join the European Union.",
     [('Austria', 'AUT', 'support', None)]),
    ('Uruguay and Argentina agreed to refer their dispute over a pulp mill to the International Court of '
     'Justice.',
     [('Uruguay', 'URY', 'support', None),
     ('Argentina', 'ARG', 'support', None)]),
    ('The Sri Lankan president rejected Tamil demands for a separate homeland.',
     [('The Sri Lankan president', 'LKA', 'reject', None)]),
    ('Opposition leaders in Gabon demanded a recount of the presidential vote.',
     [('Opposition leaders in Gabon', 'GAB', 'appeal', None)]),
    ("Zimbabwe's ruling party accused Britain of funding the opposition.",
     [("Zimbabwe's ruling party", 'ZWE', 'accuse', 'Britain')]),
    ('The Ivorian army warned the rebels that it would retake the north by force.',
     [('The Ivorian army', 'CIV', 'threaten', 'the rebels')]),
    ("Bhutan's king said the kingdom was willing to take back refugees who could prove their citizenship.",
     [("Bhutan's king", 'BTN', 'support', None)]),
    ('The Organisation of Islamic Cooperation condemned the desecration of mosques in India.',
     [('The Organisation of Islamic Cooperation', None, 'condemn', None)]),
    ("Greek Foreign Minister George Papandreou welcomed Turkey's decision to withdraw its warships from "
     'the Aegean.',
     [('Greek Foreign Minister George Papandreou', 'GRC', 'support', 'Turkey')]),
    ('The Congolese rebels refused to withdraw from Goma despite the ultimatum from regional leaders.',
     [('The Congolese rebels', 'COD', 'reject', None)]),
    ("Cambodia's King Norodom Sihanouk appealed to the Khmer Rouge to lay down their arms.",
     [("Cambodia's King Norodom Sihanouk", 'KHM', 'appeal', 'the Khmer Rouge')]),
    ('Serbia threatened to cut off electricity supplies to Montenegro if it held an independence '
     'referendum.',
     [('Serbia', 'SRB', 'threaten', None)]),
    ('Tunisian President Zine el-Abidine Ben Ali denounced terrorism as a threat to all Arab states.',
     [('Tunisian President Zine el-Abidine Ben Ali', 'TUN', 'condemn', None)]),
    ('The South Korean government has decided to send rice aid to North Korea, officials said.',
     [('The South Korean government', 'KOR', 'support', None)]),
    ('Israeli Prime Minister Ehud Barak said Israel would not give up sovereignty over east Jerusalem.',
     [('Israel', 'ISR', 'reject', None)]),
]


# Batch 51 (session 4, backed and led forces, governments by leader). First run, gold first: F1 0.927.
FRESH_51 = [
    ("Pro-Russian separatists in eastern Ukraine rejected the OSCE's call for a ceasefire.",
     [('Pro-Russian separatists in eastern Ukraine', 'UKR', 'reject', None)]),
    ('Turkish-backed Syrian rebels threatened to attack the Kurdish-held town of Manbij.',
     [('Turkish-backed Syrian rebels', 'SYR', 'threaten', None)]),
    ('The US-led coalition denied that its air strikes had killed civilians in Mosul.',
     [('The US-led coalition', 'USA', 'deny', None)]),
    ('The Maduro government accused Colombia of harbouring paramilitaries plotting against Venezuela.',
     [('The Maduro government', 'VEN', 'accuse', 'Colombia')]),
    ("The Assad government welcomed Russia's offer to mediate with Turkey.",
     [('The Assad government', 'SYR', 'support', None)]),
    ('Iranian-backed militias in Iraq vowed to expel US troops from the country.',
     [('Iranian-backed militias in Iraq', 'IRQ', 'threaten', None)]),
    ("The junta's leader in Guinea promised to hand power to civilians by the end of 2024.",
     [("The junta's leader", 'GIN', 'support', None)]),
    ("The rebels' spokesman said they would not attend the talks in Nairobi.",
     [("The rebels' spokesman", 'KEN', 'reject', None)]),
    ("Kosovo's government called on Serbia to recognise its independence.",
     [("Kosovo's government", 'XKX', 'appeal', 'Serbia')]),
    ('The Saudi-backed Yemeni government agreed to a UN-brokered prisoner exchange with the Houthis.',
     [('The Saudi-backed Yemeni government', 'YEM', 'support', None)]),
    ('Serbian President Aleksandar Vucic condemned the attack on Serbian police officers in northern '
     'Kosovo.',
     [('Serbian President Aleksandar Vucic', 'SRB', 'condemn', None)]),
    ("Bahrain's foreign minister praised the Abraham Accords as a path to peace.",
     [("Bahrain's foreign minister", 'BHR', 'praise', None)]),
    ('The government of Niger ordered the expulsion of the French ambassador.',
     []),
    ('The Taliban government demanded that Pakistan stop air strikes on Afghan territory.',
     [('The Taliban government', 'AFG', 'appeal', 'Pakistan')]),
    ("Lebanon's Hezbollah rejected calls to hand over its weapons to the army.",
     [("Lebanon's Hezbollah", 'LBN', 'reject', None)]),
    ("Japan's defence minister warned that Tokyo would respond firmly to any violation of its airspace.",
     [("Japan's defence minister", 'JPN', 'threaten', None)]),
    ('The Sudanese army chief accused the UAE of arming the RSF, a charge Abu Dhabi has repeatedly denied.',
     [('The Sudanese army chief', 'SDN', 'accuse', 'the UAE'),
     ('Abu Dhabi', 'ARE', 'deny', None)]),
    ("Ethiopia's prime minister said Addis Ababa was ready to negotiate sea access with Eritrea.",
     [('Addis Ababa', 'ETH', 'support', None)]),
    ('The Polish president vetoed a bill that would have allowed the sale of state forests.',
     [('The Polish president', 'POL', 'reject', None)]),
    ("Uganda's army said it would pursue the ADF rebels into Congo if they attacked again.",
     [("Uganda's army", 'UGA', 'threaten', None)]),
]

# Batch 52 (session 4, backed and led forces, governments by leader). First run, gold first: F1 0.850.
FRESH_52 = [
    ('The Houthi-run government in Sanaa welcomed the Saudi proposal for a nationwide truce.',
     [('The Houthi-run government in Sanaa', 'YEM', 'support', None)]),
    ("Myanmar's shadow National Unity Government urged ASEAN to expel the junta.",
     [("Myanmar's shadow National Unity Government", 'MMR', 'appeal', 'ASEAN')]),
    ("Russian-installed officials in Zaporizhzhia threatened to evacuate the nuclear plant's staff.",
     [('Russian-installed officials in Zaporizhzhia', 'RUS', 'threaten', None)]),
    ("Venezuelan opposition leader Juan Guaido rejected Maduro's offer of talks in Mexico.",
     [('Venezuelan opposition leader Juan Guaido', 'VEN', 'reject', None)]),
    ('The Somali government condemned the deal between Ethiopia and the breakaway region of Somaliland.',
     [('The Somali government', 'SOM', 'condemn', None)]),
    ('Kenyan police chief Japhet Koome warned protesters that officers would use force to disperse '
     'illegal gatherings.',
     [('Kenyan police chief Japhet Koome', 'KEN', 'threaten', 'protesters')]),
    # (Gold corrected after the first run: an apology is PLOVER's SUPPORT; the first run counted it a miss.)
    ("Fiji's prime minister apologised to the Indo-Fijian community for the 1987 coups.",
     [("Fiji's prime minister", 'FJI', 'support', None)]),
    ('The Nigerian senate asked President Tinubu to declare a state of emergency in Plateau state.',
     [('The Nigerian senate', 'NGA', 'appeal', None)]),
    ('The European Council agreed to open membership talks with Ukraine and Moldova.',
     [('The European Council', None, 'support', None)]),
    ("China's defence ministry accused the Philippines of provoking trouble in the South China Sea.",
     [("China's defence ministry", 'CHN', 'accuse', 'the Philippines')]),
    ("Serbia's parliament refused to ratify the agreement with Kosovo.",
     [("Serbia's parliament", 'SRB', 'reject', None)]),
    ('Indian Prime Minister Narendra Modi welcomed the ceasefire between Israel and Iran.',
     [('Indian Prime Minister Narendra Modi', 'IND', 'support', None)]),
    ('The Chadian opposition called for a boycott of the constitutional referendum.',
     [('The Chadian opposition', 'TCD', 'appeal', None)]),
    ("The Taliban's supreme leader rejected international demands to reopen girls' schools.",
     [("The Taliban's supreme leader", 'AFG', 'reject', None)]),
    ("Lithuania's president said Vilnius would expel Russian diplomats if the cyberattacks continued.",
     [('Vilnius', 'LTU', 'threaten', None)]),
    ("The Brazilian foreign ministry criticised Israel's blockade of Gaza.",
     [('The Brazilian foreign ministry', 'BRA', 'condemn', None)]),
    ('Eritrea and Djibouti agreed to normalise relations after a decade of hostility.',
     [('Eritrea', 'ERI', 'support', None),
     ('Djibouti', 'DJI', 'support', None)]),
    ("Sudan's RSF paramilitary asked the UN to investigate the bombing of a market in Khartoum.",
     [("Sudan's RSF paramilitary", 'SDN', 'appeal', 'the UN')]),
    ('Iraqi Kurdish authorities refused to hand over oil revenues to Baghdad.',
     [('Iraqi Kurdish authorities', 'IRQ', 'reject', None)]),
    ('The UN special envoy for Yemen condemned the Houthi drone attack on the Marib power station.',
     [('The UN special envoy for Yemen', None, 'condemn', None)]),
]


# Batch 53 (session 4, the very last). First run, gold first: source-and-stance F1 1.000.
FRESH_53 = [
    ('The Indonesian government agreed to let Acehnese rebels take part in local elections.',
     [('The Indonesian government', 'IDN', 'support', None)]),
    ('Chinese Foreign Minister Qian Qichen called on Washington to stop selling arms to Taiwan.',
     [('Chinese Foreign Minister Qian Qichen', 'CHN', 'appeal', 'Washington')]),
    ("The Nepalese government rejected the Maoists' demand for a constituent assembly.",
     [('The Nepalese government', 'NPL', 'reject', None)]),
    ("Ugandan President Yoweri Museveni threatened to send troops into Sudan to hunt down the Lord's "
     'Resistance Army.',
     [('Ugandan President Yoweri Museveni', 'UGA', 'threaten', None)]),
    ('The Canadian government criticised India for the expulsion of its diplomats.',
     [('The Canadian government', 'CAN', 'condemn', 'India')]),
    ("The Kenyan president congratulated Tanzania's new leader on her swearing-in.",
     [('The Kenyan president', 'KEN', 'praise', None)]),
    ('Russia said it would release 50 Ukrainian prisoners of war in an exchange brokered by the UAE.',
     [('Russia', 'RUS', 'support', None)]),
    ("Ukraine's parliament voted to ban the Russian-linked Orthodox church.",
     []),
    ('The Serbian government demanded that NATO protect Serbs in northern Kosovo.',
     [('The Serbian government', 'SRB', 'appeal', 'NATO')]),
    ('The Libyan parliament in Tobruk refused to recognise the Tripoli-based unity government.',
     [('The Libyan parliament in Tobruk', 'LBY', 'reject', None)]),
    ("Iraq's prime minister warned that Baghdad would not allow its territory to be used to attack "
     'neighbours.',
     [("Iraq's prime minister", 'IRQ', 'threaten', None)]),
    ('The Swiss government condemned the assassination of the Haitian president.',
     [('The Swiss government', 'CHE', 'condemn', None)]),
    ("Colombia's government and the ELN signed a six-month ceasefire agreement in Havana.",
     [("Colombia's government", 'COL', 'support', None),
     ('the ELN', 'COL', 'support', None)]),
    ('The Philippine foreign ministry summoned the Chinese ambassador to protest the ramming of a supply '
     'boat.',
     [('The Philippine foreign ministry', 'PHL', 'condemn', None)]),
    ("Mexico's president rejected US calls to designate the cartels as terrorist organisations.",
     [("Mexico's president", 'MEX', 'reject', None)]),
    ('The Red Cross appealed to both sides to spare civilians in the fighting around Tripoli.',
     [('The Red Cross', None, 'appeal', None)]),
    ("Bangladesh's interim leader Muhammad Yunus welcomed India's decision to resume visa services.",
     [("Bangladesh's interim leader Muhammad Yunus", 'BGD', 'support', None)]),
    ('Guyana accused Venezuela of massing troops near the border with the Essequibo region.',
     [('Guyana', 'GUY', 'accuse', 'Venezuela')]),
    ('The Houthis threatened to target US warships if Washington struck Yemen.',
     [('The Houthis', 'YEM', 'threaten', None)]),
    ('Pakistan and Afghanistan agreed to reopen the Torkham border crossing after talks in Kabul.',
     [('Pakistan', 'PAK', 'support', None),
     ('Afghanistan', 'AFG', 'support', None)]),
]

# Batch 54 (session 4, the very last). First run, gold first: source-and-stance F1 1.000.
FRESH_54 = [
    ("Morocco's king offered to open a dialogue with Algeria to end decades of tension.",
     [("Morocco's king", 'MAR', 'support', None)]),
    ('The Ethiopian government asked Kenya to extradite the leaders of the Oromo Liberation Front.',
     [('The Ethiopian government', 'ETH', 'appeal', 'Kenya')]),
    ('Turkish Cypriot leader Rauf Denktash rejected the UN plan to reunify the island.',
     [('Turkish Cypriot leader Rauf Denktash', 'CYP', 'reject', None)]),
    ('The Burmese junta threatened to arrest anyone who took part in the protests.',
     [('The Burmese junta', 'MMR', 'threaten', None)]),
    ("Britain's foreign secretary denounced the execution of the British-Iranian dual national.",
     [("Britain's foreign secretary", 'GBR', 'condemn', None)]),
    ('The Sri Lankan government praised India for its help in rescuing the fishermen.',
     [('The Sri Lankan government', 'LKA', 'praise', 'India')]),
    ('Iran agreed to resume talks with the IAEA on its nuclear programme, state media reported.',
     [('Iran', 'IRN', 'support', None)]),
    ('The Afghan Taliban refused to hand over Osama bin Laden to the United States.',
     [('The Afghan Taliban', 'AFG', 'reject', None)]),
    ('The Zambian opposition demanded an independent inquiry into the shooting of protesters.',
     [('The Zambian opposition', 'ZMB', 'appeal', None)]),
    ("Israel's defence minister vowed to hunt down the gunmen behind the attack in Tel Aviv.",
     [("Israel's defence minister", 'ISR', 'threaten', None)]),
    ('The Saudi foreign ministry condemned the storming of the Swedish embassy in Baghdad.',
     [('The Saudi foreign ministry', 'SAU', 'condemn', None)]),
    ('Senegal and Mauritania signed an agreement on sharing gas from their offshore field.',
     [('Senegal', 'SEN', 'support', None),
     ('Mauritania', 'MRT', 'support', None)]),
    ("South Korea's president called on the North to return to the negotiating table.",
     [("South Korea's president", 'KOR', 'appeal', None)]),
    ("The Congolese government rejected the M23's demand for direct talks.",
     [('The Congolese government', 'COD', 'reject', None)]),
    ("Greece's prime minister expressed solidarity with Cyprus over the Turkish drilling.",
     [("Greece's prime minister", 'GRC', 'support', None)]),
    ('The Nigerian army warned Boko Haram fighters that it would crush them unless they surrendered.',
     [('The Nigerian army', 'NGA', 'threaten', 'Boko Haram fighters')]),
    ('Algeria blamed Morocco for the wildfires that swept the Kabylie region.',
     [('Algeria', 'DZA', 'accuse', 'Morocco')]),
    ('The Saudi crown prince said Riyadh was ready to normalise ties with Israel if a Palestinian state '
     'was created.',
     [('Riyadh', 'SAU', 'support', None)]),
    ("Iraq's top court rejected the Kurdish region's appeal against the oil ruling.",
     [("Iraq's top court", 'IRQ', 'reject', None)]),
    ('The Egyptian foreign ministry urged all parties in Sudan to agree to a humanitarian truce.',
     [('The Egyptian foreign ministry', 'EGY', 'appeal', None)]),
]


# Batch 55 (session 5: rebels, militias whose country needs knowledge). First run, gold first: F1 0.923.
FRESH_55 = [
    ('Hezbollah threatened to strike deep inside Israel if the bombing of southern Lebanon continued.',
     [('Hezbollah', 'LBN', 'threaten', None)]),
    ('The Houthis rejected a Saudi proposal to extend the truce by six months.',
     [('The Houthis', 'YEM', 'reject', None)]),
    ('The M23 rebels demanded direct negotiations with the Congolese government.',
     [('The M23 rebels', 'COD', 'appeal', None)]),
    ('Hamas accepted an Egyptian proposal for a phased exchange of hostages and prisoners.',
     [('Hamas', 'PSE', 'support', None)]),
    ('Al-Shabaab vowed to step up attacks on African Union troops in Somalia.',
     [('Al-Shabaab', 'SOM', 'threaten', None)]),
    ('The Taliban condemned the Quran burning in Stockholm as an insult to Muslims.',
     [('The Taliban', 'AFG', 'condemn', None)]),
    ('The Rapid Support Forces accused the Sudanese army of bombing civilian neighbourhoods in Khartoum.',
     [('The Rapid Support Forces', 'SDN', 'accuse', 'the Sudanese army')]),
    ("The Tigray People's Liberation Front welcomed the African Union's offer to mediate.",
     [("The Tigray People's Liberation Front", 'ETH', 'support', None)]),
    ('The PKK called on Kurdish youths to join the armed struggle against Ankara.',
     [('The PKK', 'TUR', 'appeal', None)]),
    ("Boko Haram rejected the Nigerian government's amnesty offer.",
     [('Boko Haram', 'NGA', 'reject', None)]),
    ('The ELN agreed to suspend kidnappings for ransom during the peace talks.',
     [('The ELN', 'COL', 'support', None)]),
    ('Islamic Jihad warned that any Israeli assassination would be met with rocket fire.',
     [('Islamic Jihad', 'PSE', 'threaten', None)]),
    ('The Arakan Army urged the residents of Sittwe to leave the city before the fighting reached it.',
     [('The Arakan Army', 'MMR', 'appeal', None)]),
    ('Kataib Hezbollah denounced the US strike on its headquarters near the Syrian border.',
     [('Kataib Hezbollah', 'IRQ', 'condemn', None)]),
    ('The Syrian Democratic Forces praised the coalition for its support in the battle for Raqqa.',
     [('The Syrian Democratic Forces', 'SYR', 'praise', 'the coalition')]),
    ('Hayat Tahrir al-Sham refused to hand its heavy weapons over to the Turkish army.',
     [('Hayat Tahrir al-Sham', 'SYR', 'reject', None)]),
    ('The FARC dissidents threatened to kill any soldier who entered their territory.',
     [('The FARC dissidents', 'COL', 'threaten', None)]),
    ('Fatah criticised Hamas for refusing to hand over control of the Rafah crossing.',
     [('Fatah', 'PSE', 'condemn', 'Hamas')]),
    ('The Wagner Group offered to help the Malian junta fight the jihadists in the north.',
     [('The Wagner Group', 'RUS', 'support', None)]),
    ('Fano militiamen rejected calls from Addis Ababa to lay down their arms.',
     [('Fano militiamen', 'ETH', 'reject', None)]),
]

# Batch 56 (session 5: parties, companies, capitals as governments). First run, gold first: F1 0.905.
FRESH_56 = [
    pytest.param('Kigali rejected a UN report that said Rwandan troops were fighting alongside the '
                 'M23.',
                 [('Kigali', 'RWA', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="rejecting a report is coded 'deny' (the library's convention); PLOVER would code REJECT",
                     strict=True)),
    ('Gazprom threatened to halt gas deliveries to Moldova over unpaid debts.',
     [('Gazprom', 'RUS', 'threaten', None)]),
    ('The Kremlin condemned the seizure of Russian assets by the European Union.',
     [('The Kremlin', 'RUS', 'condemn', None)]),
    ('Beijing urged Manila to stop provocations near the Second Thomas Shoal.',
     [('Beijing', 'CHN', 'appeal', 'Manila')]),
    ('The BJP accused the Congress party of siding with Pakistan.',
     [('The BJP', 'IND', 'accuse', 'the Congress party')]),
    ("ZANU-PF welcomed the lifting of EU sanctions on Zimbabwe's state diamond miner.",
     [('ZANU-PF', 'ZWE', 'support', None)]),
    ('Tehran warned Washington against any attack on its nuclear facilities.',
     [('Tehran', 'IRN', 'threaten', 'Washington')]),
    ("Pyongyang rejected Seoul's offer of food aid as a propaganda stunt.",
     [('Pyongyang', 'PRK', 'reject', None)]),
    ("Imran Khan's PTI demanded the release of party workers arrested after the protests.",
     [("Imran Khan's PTI", 'PAK', 'appeal', None)]),
    ('Saudi Aramco agreed to supply crude to a new refinery in Pakistan.',
     [('Saudi Aramco', 'SAU', 'support', None)]),
    ('The Pentagon criticised Chinese fighter pilots for dangerous intercepts over the South China Sea.',
     [('The Pentagon', 'USA', 'condemn', None)]),
    ("Downing Street praised Kyiv's forces for their resilience.",
     [('Downing Street', 'GBR', 'praise', None)]),
    ('Naftogaz demanded that Gazprom pay compensation for the seized assets in Crimea.',
     [('Naftogaz', 'UKR', 'appeal', 'Gazprom')]),
    ('Kinshasa accused Kigali of plundering minerals from eastern Congo.',
     [('Kinshasa', 'COD', 'accuse', 'Kigali')]),
    pytest.param('Likud lawmakers vowed to block any deal that would create a Palestinian state.',
                 [('Likud lawmakers', 'ISR', 'threaten', None)],
                 marks=pytest.mark.xfail(
                     reason="'vowed to block any deal' is read as a promise, not a threat",
                     strict=True)),
    ('Ankara agreed to allow Swedish membership of NATO after months of delay.',
     [('Ankara', 'TUR', 'support', None)]),
    ("Kenya's ODM party rejected the results of the presidential election.",
     [("Kenya's ODM party", 'KEN', 'reject', None)]),
    ('Moscow called on Kyiv to withdraw its troops from the Kursk region.',
     [('Moscow', 'RUS', 'appeal', 'Kyiv')]),
    ('The Elysee condemned the coup in Niamey and demanded the release of President Bazoum.',
     [('The Elysee', 'FRA', 'condemn', None),
     ('The Elysee', 'FRA', 'appeal', None)]),
    ("Huawei criticised Washington's export controls as a violation of fair competition.",
     [('Huawei', 'CHN', 'condemn', 'Washington')]),
]

# Batch 57 (session 5: two-sentence items). First run, gold first: F1 0.762 (PLOVER-mapped 0.810).
FRESH_57 = [
    ("The Houthis seized a cargo ship in the Red Sea on Sunday. The group's spokesman warned that more "
     'ships would be targeted.',
     [("The group's spokesman", 'YEM', 'threaten', None)]),
    ('Israeli jets struck targets in southern Lebanon overnight. Hezbollah condemned the raids and vowed '
     'to respond.',
     [('Hezbollah', 'LBN', 'condemn', None),
     ('Hezbollah', 'LBN', 'threaten', None)]),
    ("Talks between Serbia and Kosovo broke down in Brussels. Kosovo's prime minister rejected the EU's "
     'proposal for an association of Serb municipalities.',
     [("Kosovo's prime minister", 'XKX', 'reject', None)]),
    ('Fighting resumed around Goma on Tuesday. The Congolese government accused Rwanda of sending troops '
     'across the border.',
     [('The Congolese government', 'COD', 'accuse', 'Rwanda')]),
    pytest.param("Ethiopia's prime minister met the Eritrean president in Asmara. The two leaders "
                 'agreed to reopen the border crossings.',
                 [('The two leaders', None, 'support', None)],
                 marks=pytest.mark.xfail(
                     reason="'the two leaders' resolves to the first leader's country only, not to both",
                     strict=True)),
    ('Protests spread to a dozen cities on Friday. The opposition called on supporters to stay in the '
     'streets until the president resigns.',
     [('The opposition', None, 'appeal', None)]),
    ("A drone struck an oil depot in Bryansk on Monday. Russia's defence ministry blamed Ukraine for the "
     'attack.',
     [("Russia's defence ministry", 'RUS', 'accuse', 'Ukraine')]),
    pytest.param('The Sudanese army retook the presidential palace in Khartoum. The RSF rejected '
                 'calls to surrender and said it would fight on.',
                 [('The RSF', 'SDN', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="'said it would fight on' after a refusal is read as a second act (threat)",
                     strict=True)),
    ("The Venezuelan government expelled seven Latin American ambassadors. Argentina's foreign minister "
     'condemned the decision.',
     [("Argentina's foreign minister", 'ARG', 'condemn', None)]),
    ('India and Pakistan exchanged fire along the Line of Control. The UN secretary-general urged both '
     'countries to show maximum restraint.',
     [('The UN secretary-general', None, 'appeal', None)]),
    ("A ceasefire took effect in Gaza on Sunday morning. Qatar's prime minister welcomed the truce.",
     [("Qatar's prime minister", 'QAT', 'support', None)]),
    ('Chinese coast guard ships fired water cannon at a Philippine vessel. Manila summoned the Chinese '
     'ambassador to protest.',
     [('Manila', 'PHL', 'condemn', None)]),
    pytest.param("Mali's junta expelled the French ambassador. Paris said it regretted the decision "
                 "and rejected the junta's accusations.",
                 [('Paris', 'FRA', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="rejecting accusations is coded 'deny' (the library's convention); PLOVER: REJECT",
                     strict=True)),
    ('Armed men killed 12 villagers in Plateau state. The Nigerian president vowed that the killers would '
     'be hunted down.',
     [('The Nigerian president', 'NGA', 'threaten', None)]),
    ('Hamas released three Israeli hostages on Saturday. In return, Israel freed 183 Palestinian '
     'prisoners.',
     []),
    ('Azerbaijan and Armenia held talks in Washington. Baku agreed to open a transport corridor through '
     'its territory.',
     [('Baku', 'AZE', 'support', None)]),
    ('Turkish warplanes bombed Kurdish positions in northern Iraq. Baghdad condemned the strikes as a '
     'violation of its sovereignty.',
     [('Baghdad', 'IRQ', 'condemn', None)]),
    ("Tens of thousands marched in Tbilisi against the foreign agents law. The EU's foreign policy chief "
     "urged Georgia's government to withdraw the bill.",
     [("The EU's foreign policy chief", None, 'appeal', "Georgia's government")]),
    ('Somali forces recaptured the town of Harardhere from al-Shabaab. The militants threatened to retake '
     'it within days.',
     [('The militants', 'SOM', 'threaten', None)]),
    ('The junta in Niger suspended the BBC. The British broadcaster criticised the ban as an attack on '
     'press freedom.',
     [('The British broadcaster', 'GBR', 'condemn', None)]),
]

# Batch 58 (session 5: quotes without a verb of saying, headlines). First run, gold first: F1 0.780.
FRESH_58 = [
    ("'We will not negotiate with terrorists,' Nigeria's information minister told reporters in Abuja.",
     [("Nigeria's information minister", 'NGA', 'reject', None)]),
    ('"Any attack on our territory will be met with a crushing response," Iran\'s army chief told state TV.',
     [("Iran's army chief", 'IRN', 'threaten', None)]),
    ('"We call on the international community to act now to stop the famine," the WFP director told a '
     'news conference.',
     [('the WFP director', None, 'appeal', None)]),
    ('Russia slams NATO plan to station troops in the Baltics',
     [('Russia', 'RUS', 'condemn', None)]),
    ('Hamas rejects Israeli ceasefire proposal',
     [('Hamas', 'PSE', 'reject', None)]),
    ('Houthis threaten to widen attacks on Red Sea shipping',
     [('Houthis', 'YEM', 'threaten', None)]),
    ('Kyiv welcomes EU decision to open accession talks',
     [('Kyiv', 'UKR', 'support', None)]),
    ('China urges US to stop arming Taiwan',
     [('China', 'CHN', 'appeal', 'US')]),
    ('Pakistan accuses Afghan Taliban of sheltering militants',
     [('Pakistan', 'PAK', 'accuse', 'Afghan Taliban')]),
    ('Egypt, Sudan agree to coordinate positions on the Nile dam',
     [('Egypt', 'EGY', 'support', None),
     ('Sudan', 'SDN', 'support', None)]),
    ('"This is a flagrant violation of international law," the Jordanian foreign minister said of the '
     'Israeli settlement plan.',
     [('the Jordanian foreign minister', 'JOR', 'condemn', None)]),
    pytest.param('"The Russian army will never leave Kherson," a Kremlin-installed official vowed.',
                 [('a Kremlin-installed official', 'RUS', 'reject', None)],
                 marks=pytest.mark.xfail(
                     reason="the quote's own subject ('The Russian army will never leave') is taken as a second actor",
                     strict=True)),
    pytest.param('The Ethiopian prime minister told parliament: "We will not allow anyone to divide '
                 'this country."',
                 [('The Ethiopian prime minister', 'ETH', 'threaten', None)],
                 marks=pytest.mark.xfail(
                     reason="'will not allow anyone to divide' in a quote is read as a refusal, not a threat",
                     strict=True)),
    ("Serbia's president in an interview on Sunday: Belgrade will never recognise Kosovo.",
     [("Serbia's president", 'SRB', 'reject', None)]),
    ('UN chief calls for immediate humanitarian ceasefire in Sudan',
     [('UN chief', None, 'appeal', None)]),
    ('Turkey condemns Israeli raid on Al-Aqsa mosque',
     [('Turkey', 'TUR', 'condemn', None)]),
    ('M23 rebels agree to withdraw from seized towns, Angola says',
     [('M23 rebels', 'COD', 'support', None)]),
    ('"We are ready to resume talks at any time," the Taliban\'s chief spokesman told Al Jazeera.',
     [("the Taliban's chief spokesman", 'AFG', 'support', None)]),
    ('India praises Bangladesh for handing over wanted insurgent leader',
     [('India', 'IND', 'praise', 'Bangladesh')]),
    ('Venezuela threatens to annex disputed Essequibo region',
     [('Venezuela', 'VEN', 'threaten', None)]),
]

# Batch 59 (session 5: passives). First run, gold first: F1 0.870 (PLOVER-mapped 0.913).
FRESH_59 = [
    ('The Saudi truce proposal was rejected by the Houthis on Thursday.',
     [('the Houthis', 'YEM', 'reject', None)]),
    ('The attack on the UN convoy was condemned by the African Union.',
     [('the African Union', None, 'condemn', None)]),
    ('Israel was accused by Turkey of committing genocide in Gaza.',
     [('Turkey', 'TUR', 'accuse', 'Israel')]),
    ('The deal to reopen the grain corridor was welcomed by Beijing.',
     [('Beijing', 'CHN', 'support', None)]),
    ('Moscow was warned by Washington that any use of nuclear weapons would bring catastrophic '
     'consequences.',
     [('Washington', 'USA', 'threaten', 'Moscow')]),
    ('The ceasefire plan, drawn up by Qatar and Egypt, was accepted by Hamas late on Monday.',
     [('Hamas', 'PSE', 'support', None)]),
    ("Kenya's deployment of police to Haiti was praised by the US secretary of state.",
     [('the US secretary of state', 'USA', 'praise', None)]),
    ('Demands for the release of the detained journalists were rejected by the Eritrean government.',
     [('the Eritrean government', 'ERI', 'reject', None)]),
    ('The junta has been urged by ECOWAS to hand power back to civilians within a year.',
     [('ECOWAS', None, 'appeal', 'The junta')]),
    ('The election results were condemned as fraudulent by the Mozambican opposition.',
     [('the Mozambican opposition', 'MOZ', 'condemn', None)]),
    ('Hezbollah was blamed by Israel for the rocket strike on the Golan Heights.',
     [('Israel', 'ISR', 'accuse', 'Hezbollah')]),
    ('An offer of talks was rejected by the Sudanese army chief, General Abdel Fattah al-Burhan.',
     [('the Sudanese army chief, General Abdel Fattah al-Burhan', 'SDN', 'reject', None)]),
    ('The new peace framework was endorsed by both the Colombian government and the ELN.',
     [('the Colombian government', 'COL', 'support', None),
     ('the ELN', 'COL', 'support', None)]),
    ('Protesters were warned by the Bangladeshi army that force would be used to clear the streets.',
     [('the Bangladeshi army', 'BGD', 'threaten', 'Protesters')]),
    pytest.param('The Polish government was criticised by Brussels for its changes to the judiciary.',
                 [('Brussels', None, 'condemn', 'The Polish government')],
                 marks=pytest.mark.xfail(
                     reason="'Brussels' as the EU's seat resolves to Belgium",
                     strict=True)),
    ('Syrian Kurdish leaders were asked by Washington to integrate their forces into the new Syrian army.',
     [('Washington', 'USA', 'appeal', 'Syrian Kurdish leaders')]),
    ('The arrest of the opposition leader was denounced by the Ugandan Law Society.',
     [('the Ugandan Law Society', 'UGA', 'condemn', None)]),
    ('A plan for a buffer zone in northern Syria was agreed by Russia and Turkey in Sochi.',
     [('Russia', 'RUS', 'support', None),
     ('Turkey', 'TUR', 'support', None)]),
    ('The Israeli strike on the Iranian consulate was condemned by Damascus and Tehran.',
     [('Damascus', 'SYR', 'condemn', None),
     ('Tehran', 'IRN', 'condemn', None)]),
    ("The Somali president was congratulated by Ethiopia's prime minister on his re-election.",
     [("Ethiopia's prime minister", 'ETH', 'praise', 'The Somali president')]),
]

# Batch 60 (session 5: events PLOVER maps to no stance). First run: 3 false stances in 20.
FRESH_60 = [
    ('Hezbollah fighters fired anti-tank missiles at an Israeli army post near Metula.',
     []),
    ('The Houthis seized a British-owned cargo ship and took its crew hostage.',
     []),
    ('Gazprom cut gas supplies to Austria after a court ruling on unpaid bills.',
     []),
    ('Rwanda recalled its ambassador from Brussels.',
     []),
    ('M23 rebels withdrew from the town of Kibumba under a regional deal.',
     []),
    ('Taliban officials met a Pakistani delegation in Kabul to discuss border trade.',
     []),
    ('Qatar sent 40 tonnes of medical supplies to Gaza through the Rafah crossing.',
     []),
    ('Turkey deployed additional troops and tanks to its border with Syria.',
     []),
    ('The Ethiopian government lifted the state of emergency in the Amhara region.',
     []),
    ('The Burmese junta released 3,000 prisoners under an amnesty.',
     []),
    ('Al-Shabaab militants attacked a military base in Lower Shabelle, killing 17 soldiers.',
     []),
    ('Kenyan police arrested 40 protesters in Nairobi.',
     []),
    ('Iran and Saudi Arabia reopened their embassies after seven years.',
     []),
    pytest.param('The Kremlin said Putin would travel to Beijing next month.',
                 [],
                 marks=pytest.mark.xfail(
                     reason="a reported plan to travel ('would travel to Beijing') is taken as an offer",
                     strict=True)),
    ("Sudan's army and the RSF resumed fighting in El Fasher after a lull.",
     []),
    pytest.param('Hamas said it had received the Israeli response through Egyptian mediators.',
                 [],
                 marks=pytest.mark.xfail(
                     reason="a neutral report ('said it had received') is emitted as 'assert'",
                     strict=True)),
    ('The US imposed sanctions on two Wagner Group commanders over abuses in the Central African Republic.',
     []),
    ('The Colombian army killed a FARC dissident commander in an operation in Cauca.',
     []),
    ('Beijing suspended imports of Japanese seafood over the Fukushima discharge.',
     []),
    pytest.param('The Islamic State claimed responsibility for the bombing of a Shiite mosque in '
                 'Kandahar.',
                 [],
                 marks=pytest.mark.xfail(
                     reason="a claim of responsibility is emitted as 'assert'",
                     strict=True)),
]

# Batch 61 (session 5, after the fixes of 55-60: wire-style rebels, parties, parliaments). First run: F1 1.000.
FRESH_61 = [
    ("UNITA rebels rejected the government's offer of a ceasefire in the central highlands.",
     [('UNITA rebels', 'AGO', 'reject', None)]),
    ('The Tamil Tigers accused the Sri Lankan army of shelling a refugee camp near Jaffna.',
     [('The Tamil Tigers', 'LKA', 'accuse', 'the Sri Lankan army')]),
    ('The Khmer Rouge threatened to boycott the elections organised by the United Nations.',
     [('The Khmer Rouge', 'KHM', 'threaten', None)]),
    ('The ANC welcomed the release of political prisoners by the Pretoria government.',
     [('The ANC', 'ZAF', 'support', None)]),
    ('Renamo demanded that government troops withdraw from areas under its control before the vote.',
     [('Renamo', 'MOZ', 'appeal', None)]),
    ('The Zapatista rebels agreed to resume peace talks with the Mexican government in Chiapas.',
     [('The Zapatista rebels', 'MEX', 'support', None)]),
    ('Abu Sayyaf gunmen threatened to behead the hostages unless the army halted its offensive.',
     [('Abu Sayyaf gunmen', 'PHL', 'threaten', None)]),
    ('The Moro Islamic Liberation Front condemned the bombing of a market in Mindanao.',
     [('The Moro Islamic Liberation Front', 'PHL', 'condemn', None)]),
    ('The PLO criticised Washington for vetoing the Security Council resolution.',
     [('The PLO', 'PSE', 'condemn', 'Washington')]),
    ('Bosnian Serb leader Radovan Karadzic rejected the peace plan drawn up by the Contact Group.',
     [('Bosnian Serb leader Radovan Karadzic', 'BIH', 'reject', None)]),
    ('The Shining Path guerrillas called for a general strike in Lima.',
     [('The Shining Path guerrillas', 'PER', 'appeal', None)]),
    ('The Irish Republican Army said it would observe a complete cessation of military operations.',
     [('The Irish Republican Army', 'GBR', 'support', None)]),
    ('Chechen rebel leader Dzhokhar Dudayev vowed to continue the war against Moscow.',
     [('Chechen rebel leader Dzhokhar Dudayev', 'RUS', 'threaten', None)]),
    ("The Free Aceh Movement rejected Jakarta's offer of special autonomy.",
     [('The Free Aceh Movement', 'IDN', 'reject', None)]),
    ('The Kurdistan Democratic Party accused the PUK of attacking its positions near Erbil.',
     [('The Kurdistan Democratic Party', 'IRQ', 'accuse', 'the PUK')]),
    ("The Sudan People's Liberation Army praised Kenya for hosting the peace talks.",
     [("The Sudan People's Liberation Army", 'SDN', 'praise', 'Kenya')]),
    ('ETA called on the Spanish government to negotiate the future of the Basque country.',
     [('ETA', 'ESP', 'appeal', None)]),
    ('The Revolutionary United Front agreed to disarm under the Lome accord.',
     [('The Revolutionary United Front', 'SLE', 'support', None)]),
    ("The Duma condemned NATO's air strikes on Yugoslavia.",
     [('The Duma', 'RUS', 'condemn', None)]),
    ('The Knesset rejected a bill to dissolve parliament and call early elections.',
     [('The Knesset', 'ISR', 'reject', None)]),
]

# Batch 62 (session 5: capitals and seats as governments, militias). First run: F1 0.923.
FRESH_62 = [
    ('Belgrade rejected an ultimatum from the Contact Group to withdraw its forces from Kosovo.',
     [('Belgrade', 'SRB', 'reject', None)]),
    ('Zagreb accused the Krajina Serbs of shelling Karlovac.',
     [('Zagreb', 'HRV', 'accuse', 'the Krajina Serbs')]),
    ('Islamabad urged New Delhi to resume the composite dialogue on Kashmir.',
     [('Islamabad', 'PAK', 'appeal', 'New Delhi')]),
    ('Colombo agreed to a Norwegian offer to mediate in the conflict with the Tigers.',
     [('Colombo', 'LKA', 'support', None)]),
    ('Hizbollah guerrillas threatened to shell northern Israel if the raids continued.',
     [('Hizbollah guerrillas', 'LBN', 'threaten', None)]),
    ("The Kuomintang criticised the president's visit to Tokyo.",
     [('The Kuomintang', 'TWN', 'condemn', None)]),
    ('The Bundestag approved sending German troops to join the peacekeeping force.',
     [('The Bundestag', 'DEU', 'support', None)]),
    ('Inkatha threatened to boycott the April elections unless its demands were met.',
     [('Inkatha', 'ZAF', 'threaten', None)]),
    ('Pale welcomed the lifting of the Yugoslav blockade on the Drina.',
     [('Pale', 'BIH', 'support', None)]),
    ("The FMLN guerrillas rejected the army's proposal for a Christmas truce.",
     [('The FMLN guerrillas', 'SLV', 'reject', None)]),
    ('The Contras called on Managua to free political prisoners before the talks.',
     [('The Contras', 'NIC', 'appeal', 'Managua')]),
    ('Frelimo accused Renamo of violating the peace accord signed in Rome.',
     [('Frelimo', 'MOZ', 'accuse', 'Renamo')]),
    ('The Polish Sejm condemned the Russian crackdown in Chechnya.',
     [('The Polish Sejm', 'POL', 'condemn', None)]),
    ('The Interahamwe militia threatened to kill Tutsis sheltering in the church.',
     [('The Interahamwe militia', 'RWA', 'threaten', None)]),
    ('The MPLA government agreed to include UNITA ministers in a unity government.',
     [('The MPLA government', 'AGO', 'support', None)]),
    ('Amal militiamen rejected the Syrian call to lift the siege of the camps.',
     [('Amal militiamen', 'LBN', 'reject', None)]),
    ('The Patriotic Union of Kurdistan appealed to Washington to protect the Kurds from Baghdad.',
     [('The Patriotic Union of Kurdistan', 'IRQ', 'appeal', 'Washington')]),
    ('Kabul praised Moscow for its role in the withdrawal agreement.',
     [('Kabul', 'AFG', 'praise', 'Moscow')]),
    ('Mujahideen leaders rejected the UN plan for an interim government in Afghanistan.',
     [('Mujahideen leaders', 'AFG', 'reject', None)]),
    ('The Kosovo Liberation Army agreed to hand over its weapons to NATO peacekeepers.',
     [('The Kosovo Liberation Army', 'XKX', 'support', None)]),
]

# Batch 63 (session 5, after the fixes of 55-62: the hard forms mixed). First run: F1 0.850 (PLOVER 0.900).
FRESH_63 = [
    ('"We will never accept the partition of Cyprus," the Greek Cypriot president told the UN General '
     'Assembly.',
     [('the Greek Cypriot president', 'CYP', 'reject', None)]),
    ('Hamas condemns killing of aid workers in Gaza',
     [('Hamas', 'PSE', 'condemn', None)]),
    ('The offer of talks was turned down by the Polisario Front.',
     [('the Polisario Front', 'ESH', 'reject', None)]),
    ("Rebels seized the town of Bunia on Friday. The rebels' leader demanded that the UN withdraw its "
     'peacekeepers.',
     [("The rebels' leader", None, 'appeal', None)]),
    ('Saudi Arabia, UAE welcome Sudan truce deal',
     [('Saudi Arabia', 'SAU', 'support', None),
     ('UAE', 'ARE', 'support', None)]),
    ("Hezbollah's leader warned Israel that any invasion of Lebanon would be a fatal mistake.",
     [("Hezbollah's leader", 'LBN', 'threaten', 'Israel')]),
    ('The Ukrainian proposal for a prisoner swap was accepted by Moscow on Tuesday.',
     [('Moscow', 'RUS', 'support', None)]),
    ('"Kyiv must withdraw its troops from our territory," the Kremlin spokesman told reporters.',
     [('the Kremlin spokesman', 'RUS', 'appeal', 'Kyiv')]),
    pytest.param("The Islamic State group's branch in West Africa threatened to kill the kidnapped "
                 'schoolgirls.',
                 [("The Islamic State group's branch in West Africa", None, 'threaten', None)],
                 marks=pytest.mark.xfail(
                     reason="a branch named by a place ('the Islamic State group's branch in West Africa') is no actor",
                     strict=True)),
    ('Sinaloa cartel gunmen ambushed a police convoy in Culiacan, killing eight officers.',
     []),
    ("Eritrea's information minister dismissed the UN report as baseless.",
     [("Eritrea's information minister", 'ERI', 'deny', None)]),
    ("The Burmese army's offer of a ceasefire was rejected by the Kachin Independence Army.",
     [('the Kachin Independence Army', 'MMR', 'reject', None)]),
    ('Chad, Niger agree to joint patrols against Boko Haram',
     [('Chad', 'TCD', 'support', None),
     ('Niger', 'NER', 'support', None)]),
    ('The Serbian Orthodox Church condemned the attack on a monastery in Kosovo.',
     [('The Serbian Orthodox Church', 'SRB', 'condemn', None)]),
    ('Naval forces intercepted a ship carrying weapons to the Houthis. Tehran denied supplying the rebels '
     'with arms.',
     [('Tehran', 'IRN', 'deny', None)]),
    ("Thousands of Kenyans marched in Nairobi to demand the president's resignation.",
     [('Thousands of Kenyans', 'KEN', 'appeal', None)]),
    ("The Taliban were urged by the UN Security Council to reverse the ban on girls' education.",
     [('the UN Security Council', None, 'appeal', 'The Taliban')]),
    ("Lebanon's parliament speaker Nabih Berri welcomed the ceasefire agreement.",
     [("Lebanon's parliament speaker Nabih Berri", 'LBN', 'support', None)]),
    ('Gazprom said it would stop pumping gas to Europe through Ukraine at the end of the year.',
     [('Gazprom', 'RUS', 'threaten', None)]),
    ('The head of the IAEA praised Iran for allowing inspectors back into the Fordow site.',
     [('The head of the IAEA', None, 'praise', 'Iran')]),
]

# Batch 64 (session 5: the hard forms mixed). First run: F1 0.927 (PLOVER-mapped 0.976).
FRESH_64 = [
    ('Army troops killed five al-Shabaab fighters near Kismayo. The group vowed to avenge their deaths.',
     [('The group', 'SOM', 'threaten', None)]),
    ('"The door to dialogue remains open," the Venezuelan foreign minister said after meeting his '
     'Colombian counterpart.',
     [('the Venezuelan foreign minister', 'VEN', 'support', None)]),
    ('Israel rejects Hamas demands for a full withdrawal from Gaza',
     [('Israel', 'ISR', 'reject', None)]),
    ('The strike on the Kramatorsk railway station was denounced by the UN secretary-general.',
     [('the UN secretary-general', None, 'condemn', None)]),
    ('Hezbollah and Amal called on the Lebanese army to deploy along the border.',
     [('Hezbollah', 'LBN', 'appeal', 'the Lebanese army'),
     ('Amal', 'LBN', 'appeal', 'the Lebanese army')]),
    ('The M23 accused the Burundian army of fighting alongside Congolese troops.',
     [('The M23', 'COD', 'accuse', 'the Burundian army')]),
    ('Kinshasa welcomes US-brokered peace deal with Kigali',
     [('Kinshasa', 'COD', 'support', None)]),
    ('Turkish police detained dozens of protesters in Istanbul. The main opposition CHP condemned the '
     'detentions.',
     [('The main opposition CHP', 'TUR', 'condemn', None)]),
    ('A proposal to send peacekeepers to Haiti was endorsed by the Caribbean Community.',
     [('the Caribbean Community', None, 'support', None)]),
    ('"If they attack us, we will hit back twice as hard," a Houthi military spokesman said.',
     [('a Houthi military spokesman', 'YEM', 'threaten', None)]),
    ('The Polish president was asked by Kyiv to veto the bill on Ukrainian refugees.',
     [('Kyiv', 'UKR', 'appeal', 'The Polish president')]),
    ("The Sudanese army rejected the RSF's call for a humanitarian truce in El Fasher.",
     [('The Sudanese army', 'SDN', 'reject', None)]),
    ('Russian gas giant Gazprom agreed to resume supplies to Serbia under a new contract.',
     [('Russian gas giant Gazprom', 'RUS', 'support', None)]),
    ('The Muslim Brotherhood condemned the death sentences handed down by an Egyptian court.',
     [('The Muslim Brotherhood', 'EGY', 'condemn', None)]),
    ('Addis Ababa warned Cairo against any military action over the dam.',
     [('Addis Ababa', 'ETH', 'threaten', 'Cairo')]),
    ("The ruling Awami League rejected the opposition's demand for a caretaker government.",
     [('The ruling Awami League', 'BGD', 'reject', None)]),
    ('Somali forces raided an al-Shabaab hideout in Mogadishu. The militants denied losing any fighters.',
     [('The militants', 'SOM', 'deny', None)]),
    ("The Afghan Taliban congratulated Pakistan's new prime minister on his election.",
     [('The Afghan Taliban', 'AFG', 'praise', None)]),
    ('The Tatmadaw offered to hold talks with the ethnic armed groups in Naypyitaw.',
     [('The Tatmadaw', 'MMR', 'support', None)]),
    ('Hamas political chief Ismail Haniyeh called for a day of rage across the West Bank.',
     [('Hamas political chief Ismail Haniyeh', 'PSE', 'appeal', None)]),
]

# Batch 65 (session 5, the last, after every fix of 55-64). First run, gold first: F1 0.850.
FRESH_65 = [
    ("The Houthi-run government in Sanaa rejected the UN envoy's roadmap for peace.",
     [('The Houthi-run government in Sanaa', 'YEM', 'reject', None)]),
    ('"We will respond with all our might," Hamas\'s armed wing warned after the assassination.',
     [("Hamas's armed wing", 'PSE', 'threaten', None)]),
    ("Kremlin rejects Kyiv's call for a Christmas ceasefire",
     [('Kremlin', 'RUS', 'reject', None)]),
    ('The referendum was denounced by Madrid as illegal.',
     [('Madrid', 'ESP', 'condemn', None)]),
    ('Rwandan troops crossed into eastern Congo last week. Kinshasa called on the Security Council to '
     'impose sanctions on Kigali.',
     [('Kinshasa', 'COD', 'appeal', 'the Security Council')]),
    ('Pemex agreed to pay $1.5 billion to settle the dispute with its suppliers.',
     [('Pemex', 'MEX', 'support', None)]),
    ('Azerbaijan, Armenia sign peace deal at White House',
     [('Azerbaijan', 'AZE', 'support', None),
     ('Armenia', 'ARM', 'support', None)]),
    ('The Lebanese Forces party accused Hezbollah of dragging Lebanon into war.',
     [('The Lebanese Forces party', 'LBN', 'accuse', 'Hezbollah')]),
    ('Islamabad was urged by Beijing to protect Chinese workers after the bombing in Karachi.',
     [('Beijing', 'CHN', 'appeal', 'Islamabad')]),
    ("Seoul welcomed Pyongyang's offer to resume talks at the truce village of Panmunjom.",
     [('Seoul', 'KOR', 'support', None)]),
    ("The ANC's Youth League threatened to make the country ungovernable if Zuma was prosecuted.",
     [("The ANC's Youth League", 'ZAF', 'threaten', None)]),
    ('Israeli tanks pushed deeper into Rafah on Tuesday.',
     []),
    ("The RSF commander, Mohamed Hamdan Dagalo, rejected the army's conditions for a truce.",
     [('The RSF commander, Mohamed Hamdan Dagalo', 'SDN', 'reject', None)]),
    ('The Chinese embassy in Manila condemned the Philippine coast guard\'s "dangerous manoeuvres".',
     [('The Chinese embassy in Manila', 'CHN', 'condemn', None)]),
    ('Ethiopia and the TPLF agreed to a permanent cessation of hostilities in Pretoria.',
     [('Ethiopia', 'ETH', 'support', None),
     ('the TPLF', 'ETH', 'support', None)]),
    ('"The occupation will pay a heavy price," Islamic Jihad said in a statement.',
     [('Islamic Jihad', 'PSE', 'threaten', None)]),
    ('Hungary blocks EU statement criticising China',
     [('Hungary', 'HUN', 'reject', None)]),
    ('The opposition PTI praised the Supreme Court for overturning the ban on its candidates.',
     [('The opposition PTI', 'PAK', 'praise', 'the Supreme Court')]),
    ('Qatar sent a delegation to Cairo for talks on the hostages. Doha called on both sides to show '
     'flexibility.',
     [('Doha', 'QAT', 'appeal', None)]),
    pytest.param('Al-Shabaab said it had carried out the attack on the Mogadishu hotel.',
                 [],
                 marks=pytest.mark.xfail(
                     reason="a claim of responsibility ('said it had carried out the attack') is emitted as 'assert'",
                     strict=True)),
]

KINDS = {"state", "government", "military", "police", "rebel", "igo", "ngo", "company", "media", "person", "group"}


def _got(text: str) -> list[tuple[str | None, str]]:
    return [(s.actor.country, s.act) for s in parse_stances(text)]


@pytest.mark.parametrize(("text", "expected"),
                         ATTRIBUTION + EVENTS + COREFERENCE + COMMITMENTS + UNKNOWN_NAMES + WIRE_STORIES + LISTS)
def test_stances(text: str, expected: list[tuple[str | None, str]]) -> None:
    expected = [(c, "neutral" if s == "abstain_as_neutral" else s) for c, s in expected]
    assert _got(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRESH_1 + FRESH_2 + FRESH_3 + FRESH_4 + FRESH_5 + FRESH_6
                         + FRESH_7 + FRESH_8 + FRESH_9 + FRESH_10 + FRESH_11 + FRESH_12
                         + FRESH_13 + FRESH_14 + FRESH_15 + FRESH_16 + FRESH_17 + FRESH_18 + FRESH_19
                         + FRESH_20 + FRESH_21 + FRESH_22 + FRESH_23 + FRESH_24 + FRESH_25 + FRESH_26
                         + FRESH_27 + FRESH_28 + FRESH_29 + FRESH_30 + FRESH_31 + FRESH_32 + FRESH_33
                         + FRESH_34 + FRESH_35 + FRESH_36 + FRESH_37 + FRESH_38 + FRESH_39 + FRESH_40
                         + FRESH_41 + FRESH_42 + FRESH_43 + FRESH_44 + FRESH_45 + FRESH_46 + FRESH_47
                         + FRESH_48 + FRESH_49 + FRESH_50 + FRESH_51 + FRESH_52 + FRESH_53 + FRESH_54
                         + FRESH_55 + FRESH_56 + FRESH_57 + FRESH_58 + FRESH_59 + FRESH_60 + FRESH_61 + FRESH_62
                         + FRESH_63 + FRESH_64 + FRESH_65)
def test_fresh_batches(text: str, expected: list[tuple[str, str | None, str, str | None]]) -> None:
    assert _got(text) == [(country, stance) for _, country, stance, _ in expected]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_clauses(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _got(text) == expected


def test_coordinated_clauses_keep_their_targets() -> None:
    assert [s.target for s in parse_stances("Belize backed the motion; Panama opposed it.")] == [None, None]
    assert [s.target for s in parse_stances("Kenya rejected the plan, Ugandan officials said.")] == [None]
    assert [s.target for s in parse_stances('"We reject the plan," Kenya said.')] == [None]


@pytest.mark.parametrize(("text", "expected"),
                         MORE_VERBS + NOUN_CUES + RELATIVE_CLAUSES + SUBJECTS_AND_FORMS + THREATS + IDIOMS
                         + EVALUATIONS + ROUND_TWO + ROUND_THREE)
def test_cue_classes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize("text", NO_STANCE)
def test_no_stance(text: str) -> None:
    assert _got(text) == []


def test_noun_cue_claims() -> None:
    (stance,) = parse_stances("Rwanda's rejection of the report angered donors.")
    assert (stance.text, stance.claim.text if stance.claim else None) == ("rejection", "the report")
    (stance,) = parse_stances("Norway called the shelling a crime.")
    assert stance.claim is not None and stance.claim.text == "the shelling"
    (stance,) = parse_stances("The decree drew sharp criticism from Chile.")
    assert stance.claim is not None and stance.claim.text == "The decree"
    (stance,) = parse_stances("Somalia called Monday for an emergency session.")
    assert (stance.text, stance.claim.text if stance.claim else None) == ("called Monday for", "an emergency session")


@pytest.mark.parametrize(("text", "expected"), APPOSED_NAMES)
def test_title_with_apposed_name_speaks(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(s.actor.name, s.actor.country, s.act) for s in parse_stances(text)] == expected
    assert all(s.claim is None or "," not in s.claim.text[-1:] for s in parse_stances(text))


@pytest.mark.parametrize(("text", "claim"), CLAIMS)
def test_claim_boundaries(text: str, claim: str) -> None:
    claims = [s.claim.text for s in parse_stances(text) if s.claim is not None]
    assert claims[:1] == [claim]


def test_negation_is_kept() -> None:
    (stance,) = parse_stances("The Vietnamese government did not deny the report.")
    assert stance.negated and stance.stance == "deny"


def test_claim_and_target() -> None:
    (stance,) = parse_stances("Moscow has denied targeting civilian areas, despite the evidence.")
    assert stance.claim is not None and stance.claim.text == "targeting civilian areas"
    (stance,) = parse_stances("Egypt condemned Israel's decision.")
    assert stance.target is not None and stance.target.country == "ISR"


REPORT = """ADDIS ABABA — Ethiopia's foreign ministry accused Eritrea on Monday of massing troops near the border.
Eritrean Information Minister Yemane Gebremeskel denied the claim. He said Asmara had no intention of going to war.
The African Union urged both sides to show restraint.
Its chairperson, Moussa Faki Mahamat, said he was ready to mediate.
"""


def test_report_with_coreference() -> None:
    got = [(s.actor.name, s.actor.country, s.act) for s in parse_stances(REPORT)]
    assert got == [
        ("Ethiopia foreign ministry", "ETH", "accuse"),
        ("Yemane Gebremeskel", "ERI", "deny"),
        ("Yemane Gebremeskel", "ERI", "assert"),
        ("African Union", None, "appeal"),
        ("Moussa Faki Mahamat", None, "support"),
    ]
    accusation = parse_stances(REPORT)[0]
    assert accusation.claim is not None and accusation.claim.text == "massing troops near the border"
    assert accusation.target is not None and accusation.target.country == "ERI"


def test_noun_forms_are_not_verbs() -> None:
    assert _got("Peru has 40 reported cases, the alleged outbreak spreading.") == []
    assert _got("Laos has rejected a Thai request to extradite the men.") == [("LAO", "reject")]
    (stance,) = parse_stances("The Kremlin on Friday accused Kyiv of shelling the plant.")
    assert stance.claim is not None and stance.claim.text == "shelling the plant"


def test_conjoined_verbs_share_the_subject() -> None:
    text = "Ramaphosa spoke for an hour. He praised the rescuers and condemned Maduro's crackdown."
    got = [(s.actor.country, s.act, s.target.country if s.target else None) for s in parse_stances(text)]
    assert got == [("ZAF", "praise", None), ("ZAF", "condemn", "VEN")]


@pytest.mark.parametrize(("text", "stance", "act"), [
    ("Cuba accused Panama of spying.", "condemn", "accuse"),
    ("Finland praised the courage of the rescuers.", "support", "praise"),
    ("Finland condemned the attack.", "condemn", "condemn"),
])
def test_accusations_and_praise_are_coded_as_plover_codes_them_and_keep_their_act(text: str, stance: str,
                                                                                 act: str) -> None:
    # PLOVER folds accusations into DISAPPROVE and praise into SUPPORT; the finer act stays in ``act``.
    (found,) = parse_stances(text)
    assert (found.stance, found.act, found.to_dict()["stance"], found.to_dict()["act"]) == (stance, act, stance, act)


SEED_EXPECTED = [
    ("RUS", "deny"), ("RUS", "assert"), (None, "assert"), ("UKR", "warn"), ("USA", "warn"), ("USA", "praise"),
    ("USA", "condemn"), ("RUS", "assert"), ("UKR", "assert"), ("CUB", "support"), ("PRK", "support"),
    ("SUR", "neutral"), ("ZAF", "neutral"), ("ZAF", "appeal"), ("AFG", "support"), ("MMR", "support"),
]


def test_seed_report_statements(seed_text: str) -> None:
    got = [(s.actor.country, s.act) for s in parse_stances(seed_text)]
    for item in SEED_EXPECTED:
        assert item in got, item
    kremlin = [s for s in parse_stances(seed_text) if s.actor.text == "The Kremlin"]
    assert kremlin and kremlin[0].stance == "deny"
    assert ("Sberbank", "company", "RUS") in [(s.actor.name, s.actor.kind, s.actor.country)
                                             for s in parse_stances(seed_text)]
    assert ("Human Rights Watch", "ngo", "assert") in [(s.actor.name, s.actor.kind, s.act)
                                                       for s in parse_stances(seed_text)]


def test_guide_and_docstrings_run() -> None:
    guide = Path(__file__).resolve().parent.parent / "docs" / "actors-and-stances.md"
    assert doctest.testfile(str(guide), module_relative=False).failed == 0
    assert doctest.testmod(conflictparse.stances).failed == 0
    assert doctest.testmod(conflictparse.actors).failed == 0


def test_inflections() -> None:
    assert inflections("deny") == ("deny", "denies", "denied", "denying")
    assert inflections("agree") == ("agree", "agrees", "agreed", "agreeing")
    assert inflections("call on") == ("call on", "calls on", "called on", "calling on")


def test_wrong_type_raises() -> None:
    with pytest.raises(ArgumentTypeError):
        parse_stances(None)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(any_text | news_like_text)
def test_spans_consistent(text: str) -> None:
    for s in parse_stances(text):
        assert text[s.start:s.end] == s.text
        assert text[s.actor.start:s.actor.end] == s.actor.text
        assert s.stance in STANCES and s.act in STANCES
        assert s.actor.kind in KINDS
        if s.claim:
            assert text[s.claim.start:s.claim.end] == s.claim.text
        if s.target:
            assert text[s.target.start:s.target.end] == s.target.text


@settings(max_examples=100, deadline=None)
@given(prefixes, news_like_text)
def test_prefix_shifts_spans(prefix: str, text: str) -> None:
    sep = prefix + ".\n\n" if prefix else ""
    base = [(s.start, s.end, s.stance) for s in parse_stances(text)]
    shifted = [(s.start - len(sep), s.end - len(sep), s.stance) for s in parse_stances(sep + text)
               if s.start >= len(sep)]
    assert shifted == base


_ACTOR_NAMES = sorted(actor_lexicon().entities)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_ACTOR_NAMES), st.sampled_from(["the charges", "any role in the attack", "targeting civilians"]))
def test_actor_denied_clause(name: str, clause: str) -> None:
    entry = actor_lexicon().entities[name]
    stances = parse_stances(f"{name} denied {clause}.")
    assert [(s.stance, s.actor.country, s.actor.name) for s in stances] == [("deny", entry.country, entry.name)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Oleh Petrenko said on Telegram that two children were among the dead.", "two children were among the dead"),
        ("The army said in a statement on Facebook that the attack was repelled.", "the attack was repelled"),
        ("The minister told reporters in Geneva that talks would resume.", "talks would resume"),
    ],
)
def test_a_channel_or_place_before_that_is_not_part_of_the_claim(text: str, claim: str) -> None:
    (stance,) = parse_stances(text)
    assert stance.claim is not None and stance.claim.text == claim


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow was warned by Washington that any use of nuclear weapons would bring catastrophic consequences.",
     [("USA", "threaten")]),
    ("Moscow was warned by Washington about the risks of escalation.", [("USA", "warn")]),
    ("Both sides agreed to halt hostilities for 72 hours.", [(None, "support")]),
    ("The EU agreed to suspend trade preferences for Cambodia.", [(None, "threaten")]),
    ("The RSF rejected calls to surrender.", [("SDN", "reject")]),
    ("In Cairo, Egypt and Sudan agreed to hold talks.", [("EGY", "support"), ("SDN", "support")]),
    ("Russia, Ukraine agree to swap prisoners", [("RUS", "support"), ("UKR", "support")]),
    ("Gunmen killed 9 people in Zamfara state. The governor condemned the attack.", [(None, "condemn")]),
    ("Iran said the raid was a blatant violation of its sovereignty.", [("IRN", "condemn")]),
    ("Thousands of farmers marched in Delhi to demand higher crop prices.", [("IND", "appeal")]),
    ("Boko Haram attacked a village. The rebels vowed to continue the war.", [("NGA", "threaten")]),
    ("Israel's army chief warned Hezbollah that any attack would be a grave mistake.", [("ISR", "threaten")]),
    ("Pakistan's army said any incursion would be met with full force.", [("PAK", "threaten")]),
    ("Pakistan's army warned that any incursion would be met with full force.", [("PAK", "threaten")]),
    ("Protesters were met with force by the police, witnesses said.", []),
    ("\"We will retaliate,\" Hamas warned.", [("PSE", "threaten")]),
    ("\"The drought will be severe,\" the UN warned.", [(None, "warn")]),
])
def test_passive_warnings_ills_given_up_headline_lists_and_verdicts(text: str,
                                                                     expected: list[tuple[str | None, str]]) -> None:
    assert _got(text) == expected
