from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conflictparse import DateMention, parse_dates
from conflictparse._timex_lexicon import (
    _AFTER_THE,
    _patterns,
    lexicon,
    pattern_matches,
    pattern_starts,
    patterns,
    word_bits,
)
from conflictparse.errors import ArgumentTypeError, ArgumentValueError

from .strategies import any_text, news_like_text, prefixes, publication_dates

WED = dt.date(2022, 3, 2)  # a Wednesday


def found(text: str, published: dt.date | None = WED) -> list[tuple[str, str, str]]:
    return [(d.text, d.kind, d.value) for d in parse_dates(text, published=published)]


# (text, published, expected (surface, kind, value) triples). Sentences are written for these tests.
ABSOLUTE = [
    ("Fighting resumed on 24 February.", WED, [("24 February", "DATE", "2022-02-24")]),
    ("The ceasefire of February 24, 2022 collapsed.", WED, [("February 24, 2022", "DATE", "2022-02-24")]),
    ("The order is dated 24.02.2022.", WED, [("24.02.2022", "DATE", "2022-02-24")]),
    ("Records from 2022-02-24 were released.", WED, [("2022-02-24", "DATE", "2022-02-24")]),
    ("Shelling began Feb. 24 near the border.", WED, [("Feb. 24", "DATE", "2022-02-24")]),
    ("The convoy left Feb 24th.", WED, [("Feb 24th", "DATE", "2022-02-24")]),
    ("Talks stalled in February 2021.", WED, [("February 2021", "DATE", "2021-02")]),
    ("The militia was founded in 2014.", WED, [("2014", "DATE", "2014")]),
    ("Its roots go back to the 1990s.", WED, [("the 1990s", "DATE", "199")]),
    ("The feud began in the late 1800s and flared in the 2000s.", WED,
     [("the late 1800s", "DATE", "18"), ("the 2000s", "DATE", "200")]),
    ("Border clashes peaked in the '70s.", WED, [("the '70s", "DATE", "197")]),
    ("Aid arrives by mid-March.", WED, [("mid-March", "DATE", "2022-03")]),
    ("Elections are promised for early 2023.", WED, [("early 2023", "DATE", "2023")]),
    ("The fort dates from the 18th century.", WED, [("the 18th century", "DATE", "17")]),
    ("Losses grew in the third quarter of 2021.", WED, [("the third quarter of 2021", "DATE", "2021-Q3")]),
    ("A treaty was signed on Tuesday, March 1, 2022.", WED, [("Tuesday, March 1, 2022", "DATE", "2022-03-01")]),
    ("The memo is dated 3/1/2022.", WED, [("3/1/2022", "DATE", "2022-03-01")]),
    ("Winter 2021 was the hardest.", WED, [("Winter 2021", "DATE", "2021-WI")]),
    ("The 1992–1995 war left deep scars.", WED, [("1992", "DATE", "1992"), ("1995", "DATE", "1995")]),
    ("The 2019/20 harvest and the 2019/2020 budget failed; file 2019/10/03 is lost.", WED,
     [("2019", "DATE", "2019"), ("20", "DATE", "2020"), ("2019", "DATE", "2019"), ("2020", "DATE", "2020")]),
    ("The siege ended. 2016 was calmer.", WED, [("2016", "DATE", "2016")]),
    ("Raids peaked in the last week of January.", WED, [("the last week of January", "DATE", "2022-W04")]),
    ("Fighting paused over Christmas.", WED, [("Christmas", "DATE", "2021-12-25")]),
    ("He said he may resign in May.", WED, [("May", "DATE", "2022-05")]),
    ("Talks resume Friday.", WED, [("Friday", "DATE", "2022-03-04")]),
    ("Talks resume Monday.", WED, [("Monday", "DATE", "2022-02-28")]),
    ("The strike came at around 3am.", WED, [("around 3am", "TIME", "2022-03-02T03:00")]),
    ("Temperatures peaked at midday.", WED, [("midday", "TIME", "2022-03-02T12:00")]),
    ("Sirens sounded at 14:00 GMT+3.", WED, [("14:00 GMT+3", "TIME", "2022-03-02T14:00+03:00")]),
    ("The feud has lasted from 1990 to the present.", WED,
     [("1990", "DATE", "1990"), ("the present", "DATE", "PRESENT_REF")]),
    ("The truce will start on Christmas Eve.", WED, [("Christmas Eve", "DATE", "2022-12-24")]),
    ("Rockets hit on New Year's Eve 2020.", WED, [("New Year's Eve 2020", "DATE", "2020-12-31")]),
    ("Net income for the 2021 fiscal year fell.", WED, [("2021 fiscal year", "DATE", "2021")]),
]

RELATIVE = [
    ("Rebels attacked the town on Tuesday.", WED, [("Tuesday", "DATE", "2022-03-01")]),
    ("Rebels attacked the town on Wednesday.", WED, [("Wednesday", "DATE", "2022-03-02")]),
    ("Negotiators will meet on Friday.", WED, [("Friday", "DATE", "2022-03-04")]),
    ("Two soldiers died yesterday.", WED, [("yesterday", "DATE", "2022-03-01")]),
    ("The strike happened two days ago.", WED, [("two days ago", "DATE", "2022-02-28")]),
    ("The army withdrew last week.", WED, [("last week", "DATE", "2022-W08")]),
    ("Prices have doubled this month.", WED, [("this month", "DATE", "2022-03")]),
    ("The bridge was destroyed last August.", WED, [("last August", "DATE", "2021-08")]),
    ("Protests flared last summer.", WED, [("last summer", "DATE", "2021-SU")]),
    ("Sirens sounded Tuesday evening.", WED, [("Tuesday evening", "TIME", "2022-03-01TEV")]),
    ("Guns fell silent Wednesday afternoon.", WED, [("Wednesday afternoon", "TIME", "2022-03-02TAF")]),
    ("Drones struck last night.", WED, [("last night", "TIME", "2022-03-01TNI")]),
    ("The vote is due tomorrow.", WED, [("tomorrow", "DATE", "2022-03-03")]),
    ("Officials spoke this morning.", WED, [("this morning", "TIME", "2022-03-02TMO")]),
    ("The mayor resigned in August.", WED, [("August", "DATE", "2021-08")]),
    ("The mayor will resign in August.", WED, [("August", "DATE", "2022-08")]),
    ("Convoys will resume next month.", WED, [("next month", "DATE", "2022-04")]),
    ("Casualties rose sharply last year.", WED, [("last year", "DATE", "2021")]),
    ("The offensive failed in the fourth quarter.", WED, [("the fourth quarter", "DATE", "2021-Q4")]),
    ("Clashes began at 18:00 UTC.", WED, [("18:00 UTC", "TIME", "2022-03-02T18:00Z")]),
    ("A blast hit the port on Monday. At 6:30 p.m. a second blast followed.", WED,
     [("Monday", "DATE", "2022-02-28"), ("6:30 p.m.", "TIME", "2022-02-28T18:30")]),
    ("Troops entered the city on Sunday and left the same day.", WED,
     [("Sunday", "DATE", "2022-02-27"), ("the same day", "DATE", "2022-02-27")]),
]

ANAPHORIC = [
    ("Protesters returned on Monday for a third consecutive day.", WED,
     [("Monday", "DATE", "2022-02-28"), ("a third consecutive day", "DATE", "2022-02-28")]),
    ("Exports in January fell 5% from the same month a year ago.", WED,
     [("January", "DATE", "2022-01"), ("the same month a year ago", "DATE", "2021-01")]),
    ("The militia grew in 2020, twice as fast as the year before.", WED,
     [("2020", "DATE", "2020"), ("the year before", "DATE", "2019")]),
    ("The blockade began in 2019 and lasted the entire year.", WED,
     [("2019", "DATE", "2019"), ("the entire year", "DATE", "2019")]),
    ("The army posted an annual loss; the annual parade was cancelled.", WED,
     [("annual", "DURATION", "P1Y"), ("annual", "SET", "P1Y")]),
    ("The ministry expects a surplus in fiscal 2023.", WED, [("fiscal 2023", "DATE", "2023")]),
    ("Talks resumed on Friday. The next day, shelling hit the port.", WED,
     [("Friday", "DATE", "2022-02-25"), ("The next day", "DATE", "2022-02-26")]),
    ("They met last Tuesday and will meet again next Tuesday.", WED,
     [("last Tuesday", "DATE", "2022-03-01"), ("next Tuesday", "DATE", "2022-03-08")]),
    ("Shelling continued overnight.", WED, [("overnight", "TIME", "2022-03-01TNI")]),
    ("Riots broke out overnight Saturday.", WED, [("overnight Saturday", "TIME", "2022-02-26TNI")]),
    ("The strike lasted from Monday to Thursday.", dt.date(2022, 3, 5),
     [("Monday", "DATE", "2022-02-28"), ("Thursday", "DATE", "2022-03-03")]),
    ("Revenue fell in the latest quarter.", WED, [("the latest quarter", "DATE", "2021-Q4")]),
    ("The deal should close by year-end.", WED, [("year-end", "DATE", "2022")]),
    ("Aid arrives on March 7-8.", WED, [("March 7", "DATE", "2022-03-07"), ("8", "DATE", "2022-03-08")]),
    ("The summit is set for Oct. 12-14.", WED, [("Oct. 12", "DATE", "2022-10-12"), ("14", "DATE", "2022-10-14")]),
    ("On March 3, 12 people died.", WED, [("March 3", "DATE", "2022-03-03")]),
    ("Rent went from $15 a week to $40 a week earlier this year.", WED,
     [("a week", "SET", "P1W"), ("a week", "SET", "P1W"), ("earlier this year", "DATE", "2022")]),
    ("Prices were $15 a week earlier.", WED, [("a week earlier", "DATE", "2022-02-23")]),
    ("On the night of 24 February the invasion began.", WED, [("the night of 24 February", "TIME", "2022-02-24TNI")]),
    ("The talks began on 3 January. The following week they collapsed.", WED,
     [("3 January", "DATE", "2022-01-03"), ("The following week", "DATE", "2022-W02")]),
    ("It rained over the weekend.", WED, [("the weekend", "DATE", "2022-W08-WE")]),
    ("Output fell in the last quarter.", WED, [("the last quarter", "DATE", "2021-Q4")]),
    ("The vote, held on March 27, was peaceful.", WED, [("March 27", "DATE", "2022-03-27")]),
]

MODIFIED = [
    ("late Tuesday", "2022-03-01", "END"),
    ("early Wednesday", "2022-03-02", "START"),
    ("early 2023", "2023", "START"),
    ("the end of last year", "2021", "END"),
    ("mid-March", "2022-03", "MID"),
    ("about three weeks", "P3W", "APPROX"),
    ("more than six years", "P6Y", "MORE_THAN"),
]

DURATIONS_AND_SETS = [
    ("The siege lasted six days.", [("six days", "DURATION", "P6D")]),
    ("He scored in the first 12 minutes.", [("the first 12 minutes", "DURATION", "PT12M")]),
    ("The region has been unstable for a decade.", [("a decade", "DURATION", "P10Y")]),
    ("They were held for three weeks.", [("three weeks", "DURATION", "P3W")]),
    ("The talks took two and a half years.", [("two and a half years", "DURATION", "P2.5Y")]),
    ("A twelve-hour curfew was imposed.", [("twelve-hour", "DURATION", "PT12H")]),
    ("The dispute has lasted several years.", [("several years", "DURATION", "PXY")]),
    ("The conflict has dragged on for years.", [("years", "DURATION", "PXY")]),
    ("Patrols go out every day.", [("every day", "SET", "P1D")]),
    ("The ministry publishes weekly reports.", [("weekly", "SET", "P1W")]),
    ("The plant builds 40 a year.", [("a year", "SET", "P1Y")]),
    ("Inspectors visit twice a month.", [("twice a month", "SET", "P1M")]),
    ("The feud outlived a quarter of a century of talks and a quarter of an hour of calm.",
     [("a quarter of a century", "DURATION", "P25Y"), ("a quarter of an hour", "DURATION", "PT15M")]),
    ("Convoys cross three times per week, every few days.",
     [("three times per week", "SET", "P1W"), ("every few days", "SET", "PXD")]),
    ("Floods return every spring, and the fund pays 40 a year.",
     [("every spring", "SET", "XXXX-SP"), ("a year", "SET", "P1Y")]),
    ("The census is held every ten years.", [("every ten years", "SET", "P10Y")]),
    ("No attacks were reported in the past year.", [("the past year", "DURATION", "P1Y")]),
    ("Shelling eased within hours.", [("hours", "DURATION", "PTXH")]),
    ("The blockade has been decades in the making.", [("decades", "DURATION", "PXY")]),
    ("They suffered the biggest single-day loss.", [("single-day", "DURATION", "P1D")]),
    ("The ceasefire held for just two weeks.", [("two weeks", "DURATION", "P2W")]),
    ("Hours after the blast, police sealed the area.", [("Hours", "DURATION", "PTXH")]),
    ("The meeting lasted half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("The feud lasted half a century.", [("half a century", "DURATION", "P50Y")]),
    ("The talks took a year and a half.", [("a year and a half", "DURATION", "P1.5Y")]),
    ("The talks took 2 1/2 years.", [("2 1/2 years", "DURATION", "P2.5Y")]),
    ("The city has stood for 1,000 years.", [("1,000 years", "DURATION", "P1000Y")]),
    ("The militia is paid $1 million a quarter.", [("a quarter", "SET", "P3M")]),
]

VAGUE = [
    ("The town is now under curfew.", [("now", "DATE", "PRESENT_REF")]),
    ("About 300 people are currently displaced.", [("currently", "DATE", "PRESENT_REF")]),
    ("Raids have increased in recent days.", [("recent days", "DATE", "PAST_REF")]),
    ("More troops will come in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
    ("Such attacks were rare in the past.", [("the past", "DATE", "PAST_REF")]),
    ("The lines have recently moved.", [("recently", "DATE", "PAST_REF")]),
]

UNPUBLISHED = [
    ("The mayor resigned in August.", [("August", "DATE", "XXXX-08")]),
    ("Rebels attacked the town on Tuesday.", [("Tuesday", "DATE", "XXXX-WXX-2")]),
    ("Fighting resumed on 24 February.", [("24 February", "DATE", "XXXX-02-24")]),
    ("Talks stalled in February 2021.", [("February 2021", "DATE", "2021-02")]),
    ("Two soldiers died yesterday.", [("yesterday", "DATE", "XXXX-XX-XX")]),
    ("Stores closed on Thanksgiving.", [("Thanksgiving", "DATE", "XXXX-XX-XX")]),
    ("Stores closed on Christmas Day.", [("Christmas Day", "DATE", "XXXX-12-25")]),
]

THU = dt.date(1998, 4, 16)  # a Thursday, in ISO week 1998-W16

# Wire-service business and politics copy, valued as TimeML (TimeBank, TempEval-3) annotates it.
WIRE = [
    ("The company reported a loss in the third quarter.", [("the third quarter", "DATE", "1997-Q3")]),
    ("Third-quarter profit rose 12% to $40 million.", [("Third-quarter", "DATE", "1997-Q3")]),
    ("The group expects a third-quarter loss.", [("third-quarter", "DATE", "1998-Q3")]),
    ("Earnings for fiscal 1998 are expected to fall.", [("fiscal 1998", "DATE", "1998")]),
    ("The utility lost money in fiscal year 1997.", [("fiscal year 1997", "DATE", "1997")]),
    ("The firm expects a loss for the current fiscal year.", [("the current fiscal year", "DATE", "1998")]),
    ("The budget for next fiscal year is tight.", [("next fiscal year", "DATE", "1999")]),
    ("Net income was $3 million, up from $2 million a year ago.", [("a year ago", "DATE", "1997")]),
    ("Profit fell in the third quarter. A year earlier the mill earned $5 million.",
     [("the third quarter", "DATE", "1997-Q3"), ("A year earlier", "DATE", "1996-Q3")]),
    ("Fourth-quarter sales fell 3% from a year earlier.",
     [("Fourth-quarter", "DATE", "1997-Q4"), ("a year earlier", "DATE", "1996-Q4")]),
    ("In March exports fell 4% from a year ago.", [("March", "DATE", "1998-03"), ("a year ago", "DATE", "1997-03")]),
    ("First-quarter revenue rose from the year-earlier period.",
     [("First-quarter", "DATE", "1998-Q1"), ("the year-earlier period", "DATE", "1997-Q1")]),
    ("Profit doubled from the year-ago quarter.", [("the year-ago quarter", "DATE", "1997-Q1")]),
    ("Sales were flat compared with the same period last year.", [("the same period last year", "DATE", "1997")]),
    ("The bank lost money last year.", [("last year", "DATE", "1997")]),
    ("The bank expects to return to profit this year.", [("this year", "DATE", "1998")]),
    ("Shares fell earlier this year.", [("earlier this year", "DATE", "1998")]),
    ("Mergers have multiplied in recent years.", [("recent years", "DATE", "PAST_REF")]),
    ("Prices climbed 20% over the past year.", [("the past year", "DURATION", "P1Y")]),
    ("Prices climbed 20% in the past 12 months.", [("the past 12 months", "DURATION", "P12M")]),
    ("The plant is now closed.", [("now", "DATE", "PRESENT_REF")]),
    ("The unit currently employs 200 people.", [("currently", "DATE", "PRESENT_REF")]),
    ("The talks collapsed yesterday and resume today.",
     [("yesterday", "DATE", "1998-04-15"), ("today", "DATE", "1998-04-16")]),
    ("The minister resigned Friday.", [("Friday", "DATE", "1998-04-10")]),
    ("Trading halted late Friday.", [("late Friday", "DATE", "1998-04-10")]),
    ("The index rose this week after falling last week; it may rise next week.",
     [("this week", "DATE", "1998-W16"), ("last week", "DATE", "1998-W15"), ("next week", "DATE", "1998-W17")]),
    ("Inflation was low in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("The bridge will last into the 21st century.", [("the 21st century", "DATE", "20")]),
    ("The deal took two years to complete.", [("two years", "DURATION", "P2Y")]),
    ("Demand will grow over the next few years.", [("the next few years", "DURATION", "PXY")]),
    ("Profit doubled in the first half.", [("the first half", "DATE", "1998-H1")]),
    ("First-half profit doubled.", [("First-half", "DATE", "1998-H1")]),
    ("Profit doubled in the second quarter of 1997.", [("the second quarter of 1997", "DATE", "1997-Q2")]),
    ("Margins improved in fiscal 1997's second half.", [("fiscal 1997's second half", "DATE", "1997-H2")]),
    ("Profit fell in the 1997 fourth quarter.", [("the 1997 fourth quarter", "DATE", "1997-Q4")]),
    ("The firm expects gains in this year's second quarter.", [("this year's second quarter", "DATE", "1998-Q2")]),
    ("The plant opens in next year's first half.", [("next year's first half", "DATE", "1999-H1")]),
    ("Oil prices fell in the mid-1990s.", [("the mid-1990s", "DATE", "199")]),
    ("The boom began in the late 1980s.", [("the late 1980s", "DATE", "198")]),
    ("The merger should close by the end of the year.", [("the end of the year", "DATE", "1998")]),
    ("Stocks will be sold by the end of this month.", [("the end of this month", "DATE", "1998-04")]),
    ("Talks continued over the weekend.", [("the weekend", "DATE", "1998-W15-WE")]),
    ("Talks will resume over the weekend.", [("the weekend", "DATE", "1998-W16-WE")]),
    ("The vote came Tuesday morning.", [("Tuesday morning", "TIME", "1998-04-14TMO")]),
    ("The market opened at 10:30 a.m.", [("10:30 a.m.", "TIME", "1998-04-16T10:30")]),
    ("Trading closed at 4 p.m. EDT Tuesday.", [("4 p.m. EDT Tuesday", "TIME", "1998-04-14T16:00")]),
    ("The paper is published daily, and the fair is held each year.",
     [("daily", "SET", "P1D"), ("each year", "SET", "P1Y")]),
    ("The company pays a quarterly dividend.", [("quarterly", "SET", "P3M")]),
    ("The contract expires December 31.", [("December 31", "DATE", "1998-12-31")]),
    ("Steel output peaked in 1997.", [("1997", "DATE", "1997")]),
    ("The company's 1997 results were poor.", [("1997", "DATE", "1997")]),
    ("The fiscal year ended Sept. 30.", [("Sept. 30", "DATE", "1997-09-30")]),
    ("The mill closed a decade ago.", [("a decade ago", "DATE", "1988")]),
    ("The feud lasted two decades.", [("two decades", "DURATION", "P20Y")]),
    ("Rates will rise in the coming months.", [("the coming months", "DATE", "FUTURE_REF")]),
    ("The strike lasted about two years.", [("about two years", "DURATION", "P2Y")]),
    ("The board met on Monday and the shares fell a month later.",
     [("Monday", "DATE", "1998-04-13"), ("a month later", "DATE", "1998-05")]),
    ("The shares closed at $12 on Wednesday, up from $10 a week earlier.",
     [("Wednesday", "DATE", "1998-04-15"), ("a week earlier", "DATE", "1998-04-08")]),
    ("For the quarter, net income rose 7%.", [("the quarter", "DATE", "1998-Q1")]),
    ("Third-quarter profit rose. For the quarter, sales fell.",
     [("Third-quarter", "DATE", "1997-Q3"), ("the quarter", "DATE", "1997-Q3")]),
    ("The firm had a loss in the quarter ended Dec. 31.",
     [("the quarter", "DATE", "1997-Q4"), ("Dec. 31", "DATE", "1997-12-31")]),
    ("The senator spoke earlier Wednesday and will return later Thursday.",
     [("earlier Wednesday", "DATE", "1998-04-15"), ("later Thursday", "DATE", "1998-04-16")]),
    ("The envoy had arrived the day before.", [("the day before", "DATE", "1998-04-15")]),
    ("More violence is expected in coming days.", [("coming days", "DATE", "FUTURE_REF")]),
    ("The crisis will deepen in the weeks ahead.", [("the weeks ahead", "DATE", "FUTURE_REF")]),
    ("Over the next decade, spending will rise.", [("the next decade", "DURATION", "P10Y")]),
    ("The fund had $2 billion at the end of the second quarter.",
     [("the end of the second quarter", "DATE", "1997-Q2")]),
    ("Crime has fallen over the last two decades.", [("the last two decades", "DURATION", "P20Y")]),
    ("Unemployment grew in the fourth quarter.", [("the fourth quarter", "DATE", "1997-Q4")]),
    ("The accord expires at the end of the decade.", [("the end of the decade", "DATE", "199")]),
    ("Stores will close on Thanksgiving.", [("Thanksgiving", "DATE", "1998-11-26")]),
    ("Stores closed on Thanksgiving.", [("Thanksgiving", "DATE", "1997-11-27")]),
    ("The pope spoke on Easter Sunday.", [("Easter Sunday", "DATE", "1998-04-12")]),
    ("The parade will march on Memorial Day.", [("Memorial Day", "DATE", "1998-05-25")]),
    ("Fireworks will light the sky on the Fourth of July.", [("Fourth of July", "DATE", "1998-07-04")]),
    ("Shops shut on Good Friday 1990.", [("Good Friday 1990", "DATE", "1990-04-13")]),
    ("Stocks have not fallen so fast since Black Monday.", [("Black Monday", "DATE", "1987-10-19")]),
    ("The style dates from the twenties and the early Sixties.",
     [("the twenties", "DATE", "192"), ("the early Sixties", "DATE", "196")]),
    ("Polls will close at 8 p.m. EST, Nov. 3, and counting will begin.",
     [("8 p.m. EST", "TIME", "1998-11-03T20:00"), ("Nov. 3", "DATE", "1998-11-03")]),
    ("The firm said Monday that second-quarter earnings rose.",
     [("Monday", "DATE", "1998-04-13"), ("second-quarter", "DATE", "1997-Q2")]),
    ("He has coached since '97.", [("'97", "DATE", "1997")]),
    ("For the nine months, the mill earned $150 million.", [("the nine months", "DURATION", "P9M")]),
    ("The mandate was due to expire Saturday.", [("Saturday", "DATE", "1998-04-18")]),
    ("The cabinet was expected to meet again Monday.", [("Monday", "DATE", "1998-04-13")]),
    ("Veterans recall the boom years of the '70s and its decades-long decline.",
     [("the '70s", "DATE", "197"), ("decades-long", "DURATION", "PXY")]),
    ("The memo is dated 10/25/89.", [("10/25/89", "DATE", "1989-10-25")]),
    ("The memo is dated 1/5/02.", [("1/5/02", "DATE", "2002-01-05")]),
    ("For the year, net income rose 7%.", [("the year", "DATE", "1998")]),
    ("Sales in 1997 rose. For the year, profit fell.", [("1997", "DATE", "1997"), ("the year", "DATE", "1997")]),
    ("Later in the year the mill was sold.", [("Later in the year", "DATE", "1998")]),
    ("Votes were cast on September 14 and 18, 2010.",
     [("September 14", "DATE", "2010-09-14"), ("18, 2010", "DATE", "2010-09-18")]),
    ("The blast came at 3 in the afternoon, and the lot was empty by 9 o'clock.",
     [("3 in the afternoon", "TIME", "1998-04-16T15:00"), ("9 o'clock", "TIME", "1998-04-16T09:00")]),
    ("The market is closed on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
    ("Protesters gather Friday nights and on weekends.",
     [("Friday nights", "SET", "XXXX-WXX-5TNI"), ("weekends", "SET", "XXXX-WXX-WE")]),
    ("The board declared a dividend payable May 15.", [("May 15", "DATE", "1998-05-15")]),
    ("For the quarter ended March 31, net fell to $18 million from $21 million a year ago.",
     [("the quarter", "DATE", "1998-Q1"), ("March 31", "DATE", "1998-03-31"), ("a year ago", "DATE", "1997-Q1")]),
    ("Rioters struck this past weekend.", [("this past weekend", "DATE", "1998-W15-WE")]),
    ("The rules take effect two weeks from now.", [("two weeks from now", "DATE", "1998-04-30")]),
    ("The drought of 1992-93 was severe.", [("1992", "DATE", "1992"), ("93", "DATE", "1993")]),
    ("Revenue rose in the quarter to June.", [("the quarter", "DATE", "1997-Q2"), ("June", "DATE", "1997-06")]),
]

# Quarters near the turn of the year (published Monday 1990-01-15): the quarter just ended is still being reported.
TURN_OF_YEAR = [
    ("The mill posted lower fiscal fourth-quarter earnings.", [("fiscal fourth-quarter", "DATE", "1989-Q4")]),
    ("The firm will report fourth-quarter results next week.",
     [("fourth-quarter", "DATE", "1989-Q4"), ("next week", "DATE", "1990-W04")]),
    ("Fourth-quarter profit may rise.", [("Fourth-quarter", "DATE", "1989-Q4")]),
    ("Second-quarter sales may rise.", [("Second-quarter", "DATE", "1990-Q2")]),
]


# Halves and quarters of a match are not the year's.
NOT_DATES_WIRE = [
    "The striker scored twice in the second half.",
    "The visitors led at the end of the first half of the match.",
    "Tourists crowded the French Quarter.",
    "Shells fell on the quarter, and residents fled it.",
    "The current account deficit widened.",
    "It was the deadliest raid in the year since the truce, and the worst of the year.",
]

NOT_DATES = [
    "You may leave whenever you want.",
    "Thousands march through the capital.",
    "We sat in the sun for a second.",
    "Theresa May met the delegation.",
    "The deal is worth $40 billion.",
    "Turnout was 2014 voters short of the target.",
    "About 1500 troops crossed the river.",
    "Inflation reached 12.5% and unemployment 7%.",
    "A 45-year-old man was arrested.",
    "The final score was 3-1 after extra time.",
    "An F-16 and an Su-25 were seen; MH17 was downed.",
    "The Russell 2000 Index fell.",
    "The soldier carried an F-2000 rifle.",
    "The story ran in the Sunday Times.",
    "The operation, dubbed Spring Storm, began.",
    "A sunday school was hit.",
    "Rainfall fell by a quarter of its usual level.",
    "A quarter of the staff left, and 40 a quarter of those who stayed were unpaid.",
    "He was second in line to the throne.",
    "Prices began to fall in the market.",
    "Officials said a fall in exports worried them.",
    "Salaries rose by 3 percent to 2000 dollars.",
    "Apple and Samsung sold 5,000 units.",
    "The Bucharest Daily News and the Daily Mirror reported it.",
    "A girl aged three months and a boy at the age of two weeks were treated.",
    "It was the third raid in as many days.",
    "The town was attacked by 2000 rebels, and exports rose by 1950 tonnes.",
    "Governor Sunday Adebayo visited the Hotel Sunday Plaza.",
    "Of the 5, 2000 were freed.",
    "The Good Friday Agreement holds, and flights to Christmas Island resumed.",
    # "formerly" names a former state, not a time (MEANTIME leaves it out, as it does "former")
    "The camp was formerly a school.",
]


# The tense that directs a partial date: participles after "be" say nothing, irregular pasts do, "since" looks back,
# "for Saturday" names a day set for something (published WED, Wednesday 2 March 2022).
TENSE_CUES = [
    ("The referendum, to be held in October, will settle the border.", [("October", "DATE", "2022-10")]),
    ("Witnesses say the gunmen fled on Monday.", [("Monday", "DATE", "2022-02-28")]),
    ("Schools will remain closed on Friday.", [("Friday", "DATE", "2022-03-04")]),
    ("The group has also claimed Friday's raid.", [("Friday", "DATE", "2022-02-25")]),
    ("The board has approved cuts in the third quarter.", [("the third quarter", "DATE", "2022-Q3")]),
    ("Police have charged two men over the Dec. 3 raid.", [("Dec. 3", "DATE", "2021-12-03")]),
    ("Schools remained closed on Friday.", [("Friday", "DATE", "2022-02-25")]),
    ("The camp was overrun on Friday.", [("Friday", "DATE", "2022-02-25")]),
    ("Unions have called a general strike for Saturday.", [("Saturday", "DATE", "2022-03-05")]),
    ("Police detained three men over Saturday's ambush.", [("Saturday", "DATE", "2022-02-26")]),
    ("The journalist has been held since April 9.", [("April 9", "DATE", "2021-04-09")]),
    ("Crews have worked since Wednesday and since Monday.",
     [("Wednesday", "DATE", "2022-02-23"), ("Monday", "DATE", "2022-02-28")]),
    ("Bread prices have doubled since March 20.", [("March 20", "DATE", "2021-03-20")]),
    ("The plant closed in June last year.", [("June", "DATE", "2021-06"), ("last year", "DATE", "2021")]),
    ("Voting is due in April next year.", [("April", "DATE", "2023-04"), ("next year", "DATE", "2023")]),
    ("Voters go to the polls this Sunday.", [("this Sunday", "DATE", "2022-03-06")]),
    ("The envoy arrived this Monday.", [("this Monday", "DATE", "2022-02-28")]),
    ("The bridge reopens on May 4 next year.", [("May 4", "DATE", "2023-05-04"), ("next year", "DATE", "2023")]),
]

# The first figure of a range shares the unit written after the second; an uncounted shift is only a direction.
RANGES_AND_SHIFTS = [
    ("Repairs will take two to three weeks.", [("two", "DURATION", "P2W"), ("three weeks", "DURATION", "P3W")]),
    ("The inquiry may last between 30 and 45 days.", [("30", "DURATION", "P30D"), ("45 days", "DURATION", "P45D")]),
    ("Convoys pass every 10-15 minutes.", [("10", "DURATION", "PT10M"), ("15 minutes", "DURATION", "PT15M")]),
    ("He faces about five or six years in jail.",
     [("about five", "DURATION", "P5Y"), ("six years", "DURATION", "P6Y")]),
    ("The recruits were 18 to 20 years old.", []),
    ("Gunmen shot 4 and 12 days later returned.", [("12 days later", "DATE", "2022-03-14")]),
    ("The truce, which should last 72 hours, starts on Friday.",
     [("72 hours", "DURATION", "PT72H"), ("Friday", "DATE", "2022-03-04")]),
    ("A few weeks later, the camp was emptied.", [("A few weeks later", "DATE", "FUTURE_REF")]),
    ("Several years earlier, the mine had closed.", [("Several years earlier", "DATE", "PAST_REF")]),
]

# Days written without their month or before it, clock times that take a day written after them (published WED).
DAYS_AND_CLOCKS = [
    ("Shelling hit the port on 27 and 28 February.",
     [("27", "DATE", "2022-02-27"), ("28 February", "DATE", "2022-02-28")]),
    ("The court sits 10-12 May 2023.", [("10", "DATE", "2023-05-10"), ("12 May 2023", "DATE", "2023-05-12")]),
    ("The envoy died on the 20th.", [("the 20th", "DATE", "2022-02-20")]),
    ("The envoy will arrive on the 20th.", [("the 20th", "DATE", "2022-03-20")]),
    ("Talks opened on April 4 and closed on the 8th, when both sides left.",
     [("April 4", "DATE", "2022-04-04"), ("the 8th", "DATE", "2022-04-08")]),
    ("The families live on the 14th floor, near the 4th Brigade.", []),
    ("The truce took effect at 6 a.m. (0400 GMT) on Friday.",
     [("6 a.m.", "TIME", "2022-02-25T06:00"), ("0400 GMT", "TIME", "2022-02-25T04:00Z"),
      ("Friday", "DATE", "2022-02-25")]),
    ("The ship sank in the early hours of Sunday.", [("the early hours of Sunday", "TIME", "2022-02-27TNI")]),
    ("Troops moved in at dawn on Tuesday; the curfew runs from dusk to dawn.",
     [("dawn", "TIME", "2022-03-01TMO"), ("Tuesday", "DATE", "2022-03-01"), ("dusk", "TIME", "2022-03-01TEV"),
      ("dawn", "TIME", "2022-03-01TMO")]),
    ("Dawn broke over the city.", []),
    ("The index slid on Tuesday in late afternoon trading.",
     [("Tuesday", "DATE", "2022-03-01"), ("late afternoon", "TIME", "2022-03-01TAF")]),
    ("Gen. Ivanov said the unit left on Friday.", [("Friday", "DATE", "2022-02-25")]),
    ("The fair was held on the 11th and 12th of June.",
     [("the 11th", "DATE", "2021-06-11"), ("12th of June", "DATE", "2021-06-12")]),
    ("A rival firm sued the ministry on Thursday.", [("Thursday", "DATE", "2022-02-24")]),
    ("Polls close at 7 p.m. ET.", [("7 p.m. ET", "TIME", "2022-03-02T19:00")]),
    ("Residents fled in the middle of the night.", [("the middle of the night", "TIME", "2022-03-02TNI")]),
    ("A mine exploded early this morning after talks broke up late last night.",
     [("early this morning", "TIME", "2022-03-02TMO"), ("late last night", "TIME", "2022-03-01TNI")]),
]

# Units named by "that" or "the next" after a past date count from it (published WED).
NARRATED = [
    ("The siege began in 2014. Later that year, the garrison surrendered.",
     [("2014", "DATE", "2014"), ("Later that year", "DATE", "2014")]),
    ("Riots broke out on 9 May 2019, and that week the curfew returned.",
     [("9 May 2019", "DATE", "2019-05-09"), ("that week", "DATE", "2019-W19")]),
    ("The port reopened in 2008 and closed again the next year.",
     [("2008", "DATE", "2008"), ("the next year", "DATE", "2009")]),
    ("The envoy arrived on 3 June 2016; the next month he left.",
     [("3 June 2016", "DATE", "2016-06-03"), ("the next month", "DATE", "2016-07")]),
    ("Officials expect a vote in the next year.", [("the next year", "DATE", "2023")]),
    ("Shelling eased throughout the week.", [("the week", "DATE", "2022-W09")]),
    ("The envoy returns later in the month.", [("later in the month", "DATE", "2022-03")]),
    ("Bread prices rose 4% during the month.", [("the month", "DATE", "2022-02")]),
    ("Clashes began on 14 January; later in the week the army withdrew.",
     [("14 January", "DATE", "2022-01-14"), ("later in the week", "DATE", "2022-W02")]),
    ("In the week after the vote, twelve died.", []),
    ("The strike began on Tuesday and ended the following afternoon.",
     [("Tuesday", "DATE", "2022-03-01"), ("the following afternoon", "TIME", "2022-03-02TAF")]),
    ("The talks on Monday followed a meeting the night before.",
     [("Monday", "DATE", "2022-02-28"), ("the night before", "TIME", "2022-02-27TNI")]),
    ("He argued that year after year nothing changed, and that week was no different.", []),
]

# Rates after a counted noun, deadlines after "by" and "could", days listed in order, quarters named by their months,
# bare plural units after "take" or before "behind" (published WED).
RATES_DEADLINES_AND_LISTS = [
    ("The pipeline carries 1.2 million barrels a day.", [("a day", "SET", "P1D")]),
    ("The airline runs four flights a week to the capital.", [("a week", "SET", "P1W")]),
    ("Output has shrunk every quarter since the sanctions.", [("every quarter", "SET", "P3M")]),
    ("The road could be cut off by the weekend.", [("the weekend", "DATE", "2022-W09-WE")]),
    ("A deal could come in August.", [("August", "DATE", "2022-08")]),
    ("By 2030 the country will need twice as much power.", [("2030", "DATE", "2030")]),
    ("The dam should be finished by 2025 at the latest.", [("2025", "DATE", "2025")]),
    ("Storms are forecast for Thursday and Friday, followed by colder weather later in the week.",
     [("Thursday", "DATE", "2022-03-03"), ("Friday", "DATE", "2022-03-04"), ("later in the week", "DATE", "2022-W09")]),
    ("Talks were held on Monday and Tuesday.", [("Monday", "DATE", "2022-02-28"), ("Tuesday", "DATE", "2022-03-01")]),
    ("The economy shrank in the April-June quarter.", [("the April-June quarter", "DATE", "2021-Q2")]),
    ("Profit doubled in the January-June period of 2021.", [("the January-June period of 2021", "DATE", "2021-H1")]),
    ("Repairs are months behind schedule and could take weeks.",
     [("months", "DURATION", "PXM"), ("weeks", "DURATION", "PXW")]),
    # a verb of intent: what it says is a plan seen from the past, the day it is said on is past
    ("The minister promised elections in April.", [("April", "DATE", "2022-04")]),
    ("The minister promised in April to resign.", [("April", "DATE", "2021-04")]),
    ("Police warned on Friday that roads would close.", [("Friday", "DATE", "2022-02-25")]),
    ("Rain is forecast for Friday.", [("Friday", "DATE", "2022-03-04")]),
    ("The plant has been shut since last May and is unlikely to reopen before August.",
     [("last May", "DATE", "2021-05"), ("August", "DATE", "2022-08")]),
    ("The vote was originally due to take place on February 27.", [("February 27", "DATE", "2022-02-27")]),
    ("The curfew was extended for another two weeks.", [("another two weeks", "DURATION", "P2W")]),
    ("The rains should last another month.", [("another month", "DURATION", "P1M")]),
    ("The rebels took the town in the spring of last year.", [("the spring", "DATE", "2021-SP"),
                                                               ("last year", "DATE", "2021")]),
    ("The decade-long war and a month-long strike ended.",
     [("decade-long", "DURATION", "P10Y"), ("month-long", "DURATION", "P1M")]),
    ("The army patrols twice daily.", [("twice daily", "SET", "P1D")]),
    ("The drought began the year before last; the vote is set for the week after next.",
     [("the year before last", "DATE", "2020"), ("the week after next", "DATE", "2022-W11")]),
    ("Opposition leaders called for a nationwide strike on Sunday.", [("Sunday", "DATE", "2022-03-06")]),
    ("Police called the families on Sunday.", [("Sunday", "DATE", "2022-02-27")]),
    ("The bonds pay 3 percent per annum.", [("per annum", "SET", "P1Y")]),
    # a day named after "since" is where something began, not the day the text goes on at
    ("Protesters have occupied the square since February 25 and celebrated through the night.",
     [("February 25", "DATE", "2022-02-25"), ("the night", "TIME", "2022-03-02TNI")]),
    # the colon of a clock time is no clause boundary
    ("The quake struck at 11:47 pm local time (1447 GMT) on Saturday.",
     [("11:47 pm local time", "TIME", "2022-02-26T23:47"), ("1447 GMT", "TIME", "2022-02-26T14:47Z"),
      ("Saturday", "DATE", "2022-02-26")]),
    ("The truce, announced on Saturday, will begin at midnight.",
     [("Saturday", "DATE", "2022-02-26"), ("midnight", "TIME", "2022-03-02T24:00")]),
    ("Police said on Monday that the curfew would be lifted at 6 a.m.",
     [("Monday", "DATE", "2022-02-28"), ("6 a.m.", "TIME", "2022-02-28T06:00")]),
    ("The Dow lost 200 points in the last hour of trading on Friday.",
     [("the last hour", "DURATION", "PT1H"), ("Friday", "DATE", "2022-02-25")]),
    # a decade before a noun: "the" is the noun's
    ("Memories of the 1980s debt crisis linger, and the 1990s saw growth.",
     [("1980s", "DATE", "198"), ("the 1990s", "DATE", "199")]),
    ("Protesters blocked the road for a third consecutive day on Sunday.",
     [("a third consecutive day", "DATE", "2022-02-27"), ("Sunday", "DATE", "2022-02-27")]),
    # "today's" before a name standing alone or "world": the present age; before an event, the day
    ("This is an exciting time at today's GM, and in today's world.",
     [("today", "DATE", "PRESENT_REF"), ("today", "DATE", "PRESENT_REF")]),
    ("Today's Senate vote was delayed.", [("Today", "DATE", "2022-03-02")]),
    ("Leaders will meet next Wednesday, April 10.", [("next Wednesday, April 10", "DATE", "2022-04-10")]),
    # "would": a future seen from a past saying, ahead for a day, the nearer month
    ("He said he would travel to Moscow on Friday.", [("Friday", "DATE", "2022-03-04")]),
    ("Officials said the vote would be held in February.", [("February", "DATE", "2022-02")]),
    # a clock time with its day names the day the text goes on at
    ("The bombs went off at 2:50 p.m. on Monday. The race had started at 9 a.m.",
     [("2:50 p.m. on Monday", "TIME", "2022-02-28T14:50"), ("9 a.m.", "TIME", "2022-02-28T09:00")]),
    # "later than planned" compares the date named with the plan
    ("The plane arrives on March 11, three days later than planned.",
     [("March 11", "DATE", "2022-03-11"), ("three days later than planned", "DATE", "2022-03-11")]),
    ("The plant opened two years later than expected.", [("two years later than expected", "DURATION", "P2Y")]),
    ("Elections were held in 2005, 2010 and 2015.",
     [("2005", "DATE", "2005"), ("2010", "DATE", "2010"), ("2015", "DATE", "2015")]),
]

# Early in a year the half or quarter just ended is meant only when the text is about accounts (published 20 Jan).
PARTS_EARLY_IN_THE_YEAR = [
    ("The pipeline should be finished in the second half.", [("the second half", "DATE", "2022-H2")]),
    ("The firm will report second-half results next week.",
     [("second-half", "DATE", "2021-H2"), ("next week", "DATE", "2022-W04")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), TENSE_CUES + RANGES_AND_SHIFTS + DAYS_AND_CLOCKS + NARRATED + RATES_DEADLINES_AND_LISTS
)
def test_tense_cues_ranges_and_shifts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTS_EARLY_IN_THE_YEAR)
def test_the_part_just_ended_is_meant_only_in_accounts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dt.date(2022, 1, 20)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), ABSOLUTE + RELATIVE + ANAPHORIC)
def test_dates_and_times(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), WIRE)
def test_wire_news_follows_timebank_conventions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, THU) == expected


@pytest.mark.parametrize(("text", "expected"), TURN_OF_YEAR)
def test_the_quarter_just_ended_is_meant_early_in_the_next(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dt.date(1990, 1, 15)) == expected


@pytest.mark.parametrize("text", NOT_DATES_WIRE)
def test_halves_of_a_match_are_not_dates(text: str) -> None:
    assert found(text, THU) == []


@pytest.mark.parametrize(("text", "value", "modifier"), MODIFIED)
def test_modifiers_stay_inside_the_span(text: str, value: str, modifier: str) -> None:
    [mention] = parse_dates(text, published=WED)
    assert (mention.text, mention.value, mention.modifier) == (text, value, modifier)


@pytest.mark.parametrize(("text", "expected"), DURATIONS_AND_SETS)
def test_durations_and_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNPUBLISHED)
def test_partial_dates_keep_their_xs_without_a_publication_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, None) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_ordinary_words_and_numbers_are_not_dates(text: str) -> None:
    assert found(text) == []


def test_leading_preposition_is_outside_and_determiner_inside() -> None:
    [on_tuesday] = parse_dates("It happened on Tuesday.", published=WED)
    assert on_tuesday.text == "Tuesday"
    [a_month] = parse_dates("It took a month.", published=WED)
    assert a_month.text == "a month"


def test_interval_and_granularity() -> None:
    [week] = parse_dates("The army withdrew last week.", published=WED)
    assert (week.first, week.last, week.granularity) == (dt.date(2022, 2, 21), dt.date(2022, 2, 27), "week")
    [month] = parse_dates("Fighting in February 2021 was fierce.", published=WED)
    assert (month.first, month.last, month.granularity) == (dt.date(2021, 2, 1), dt.date(2021, 2, 28), "month")
    [dur] = parse_dates("It lasted six days.", published=WED)
    assert (dur.first, dur.last) == (None, None)


def test_to_dict_contract() -> None:
    [mention] = parse_dates("Shelling began on Tuesday.", published=WED)
    d = mention.to_dict()
    assert {"start", "end", "text", "kind", "value"} <= d.keys()
    assert d["first"] == "2022-03-01"


def test_bad_arguments_raise_argument_type_error() -> None:
    with pytest.raises(ArgumentTypeError):
        parse_dates(b"Tuesday")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        parse_dates("Tuesday", published="2022-03-02")  # type: ignore[arg-type]


def test_datetime_publication_is_reduced_to_its_date() -> None:
    assert found("Two soldiers died yesterday.", dt.datetime(2022, 3, 2, 23, 59)) == [
        ("yesterday", "DATE", "2022-03-01")
    ]


# --- properties ------------------------------------------------------------------------------------------------

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _renderings(day: dt.date) -> list[str]:
    name = MONTHS[day.month - 1]
    return [
        f"{name} {day.day}, {day.year}",
        f"{day.day} {name} {day.year}",
        f"{name[:3]}. {day.day}, {day.year}" if name != "May" else f"May {day.day}, {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        day.isoformat(),
        f"{day.month}/{day.day}/{day.year}",
        f"the {day.day}th of {name} {day.year}" if day.day in range(4, 21) else f"{name} {day.day} {day.year}",
    ]


@settings(max_examples=150, deadline=None)
@given(day=days, which=st.integers(0, 6), published=st.one_of(st.none(), publication_dates))
def test_a_rendered_date_parses_back_to_itself(day: dt.date, which: int, published: dt.date | None) -> None:
    surface = _renderings(day)[which]
    mentions = parse_dates(f"The report was filed on {surface} in the capital.", published=published)
    assert [(m.text, m.value, m.first) for m in mentions] == [(surface, day.isoformat(), day)]


RELATIVE_PHRASES = ["yesterday", "today", "tomorrow", "two days ago", "three weeks ago", "the day before yesterday"]


@settings(max_examples=100, deadline=None)
@given(published=publication_dates, shift=st.integers(-400, 400), phrase=st.sampled_from(RELATIVE_PHRASES))
def test_moving_the_publication_date_moves_relative_days(published: dt.date, shift: int, phrase: str) -> None:
    text = f"Shells hit the depot {phrase}, officials said."
    [before] = parse_dates(text, published=published)
    [after] = parse_dates(text, published=published + dt.timedelta(days=shift))
    assert before.first is not None and after.first is not None
    assert after.first - before.first == dt.timedelta(days=shift)


@settings(max_examples=100, deadline=None)
@given(published=publication_dates, weeks=st.integers(-60, 60),
       weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       tense=st.sampled_from(["was attacked on", "will be attacked on"]))
def test_moving_the_publication_date_by_weeks_moves_weekdays(
    published: dt.date, weeks: int, weekday: str, tense: str
) -> None:
    text = f"The convoy {tense} {weekday}."
    [before] = parse_dates(text, published=published)
    [after] = parse_dates(text, published=published + dt.timedelta(weeks=weeks))
    assert before.first is not None and after.first is not None
    assert after.first - before.first == dt.timedelta(weeks=weeks)
    assert before.first.strftime("%A") == weekday
    assert abs((before.first - published).days) < 7


@settings(max_examples=100, deadline=None)
@given(text=news_like_text, prefix=prefixes, published=st.one_of(st.none(), publication_dates))
def test_a_prefix_shifts_every_span(text: str, prefix: str, published: dt.date | None) -> None:
    base = parse_dates(text, published=published)
    shifted = parse_dates(prefix + " \n" + text, published=published)
    k = len(prefix) + 2
    tail = [m for m in shifted if m.start >= k]
    assert [(m.start - k, m.end - k, m.value) for m in tail] == [(m.start, m.end, m.value) for m in base]


def _consistent(text: str, mentions: tuple[DateMention, ...]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end  # in text order, without overlaps
        assert m.text == m.text.strip() and m.text
        assert m.kind in ("DATE", "TIME", "DURATION", "SET")
        assert m.value
        if m.first is not None:
            assert m.last is not None and m.first <= m.last
        previous_end = m.end


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(any_text, news_like_text), published=st.one_of(st.none(), publication_dates))
def test_arbitrary_text_never_raises_and_spans_are_consistent(text: str, published: dt.date | None) -> None:
    _consistent(text, parse_dates(text, published=published))


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1099, 12, 31), dt.date(9000, 1, 1),
                                       dt.date(9999, 12, 31)])
def test_publication_dates_timex_cannot_write_are_refused(published: dt.date) -> None:
    # "next decade" or "a century ago" of such a date has no four-digit TIMEX3 year.
    with pytest.raises(ArgumentValueError, match="published must fall in the years 1100-8999"):
        parse_dates("next year", published=published)


@pytest.mark.parametrize("published", [dt.date(1100, 1, 1), dt.date(1100, 1, 3), dt.date(8999, 12, 31), None])
def test_extreme_publication_dates_do_not_raise(published: dt.date | None) -> None:
    text = ("Yesterday, last week, next year, on Tuesday, two days ago, in August, the 1990s, last summer, "
            "tomorrow at 10 a.m., the next day, the third quarter, 3000 years ago, 99999 days. He died on the 30th "
            "and will leave on the 14th; since Friday, this Sunday, the next year after 1990, later in the month, "
            "throughout the week, at dawn on Tuesday, 5 and 6 March, in June last year.")
    _consistent(text, parse_dates(text, published=published))


def test_user_guide_example_is_true() -> None:
    import doctest
    from pathlib import Path

    failures, tried = doctest.testfile(
        str(Path(__file__).resolve().parents[1] / "docs" / "dates.md"), module_relative=False, verbose=False
    )
    assert tried > 0
    assert failures == 0


@settings(max_examples=200, deadline=None)
@given(year=st.integers(1583, 9999))
def test_easter_is_a_sunday_between_march_22_and_april_25(year: int) -> None:
    from conflictparse._timex_calendar import easter

    day = easter(year)
    assert day.isoweekday() == 7
    assert dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@settings(max_examples=100, deadline=None)
@given(published=publication_dates, n=st.integers(1, 4), tense=st.sampled_from(["rose", "will rise", "may rise"]))
def test_a_quarter_without_a_year_is_within_a_year_of_publication(published: dt.date, n: int, tense: str) -> None:
    ordinal = ["first", "second", "third", "fourth"][n - 1]
    [mention] = parse_dates(f"Profit {tense} in the {ordinal} quarter.", published=published)
    assert mention.value.endswith(f"-Q{n}") and mention.first is not None and mention.last is not None
    assert mention.first - dt.timedelta(days=366) <= published <= mention.last + dt.timedelta(days=366)



def _first(case: str | tuple[Any, ...]) -> str:
    return case if isinstance(case, str) else str(case[0])


EXAMPLE_TEXTS = sorted({_first(case) for cases in (
    ABSOLUTE, RELATIVE, ANAPHORIC, MODIFIED, DURATIONS_AND_SETS, VAGUE, UNPUBLISHED, WIRE, TURN_OF_YEAR,
    NOT_DATES_WIRE, NOT_DATES, TENSE_CUES, RANGES_AND_SHIFTS, DAYS_AND_CLOCKS, NARRATED, PARTS_EARLY_IN_THE_YEAR,
    RATES_DEADLINES_AND_LISTS,
) for case in cases})


def _scans_agree(text: str, *, windows: bool = True) -> None:
    tried = {name: [(m.span(), m.groupdict()) for m in matches] for name, matches in pattern_matches(text)}
    scanned = {name: [(m.span(), m.groupdict()) for m in pattern.finditer(text)] for name, pattern in patterns()}
    assert tried == scanned
    if windows:
        # each match again with little around it, so that no other word lets its pattern run on the text
        for found in scanned.values():
            for (start, end), _ in found:
                _scans_agree(text[max(0, start - 16):end + 4], windows=False)


def test_patterns_tried_at_their_first_words_find_what_a_full_scan_finds_in_every_example() -> None:
    for text in EXAMPLE_TEXTS:
        _scans_agree(text)


def test_patterns_tried_at_their_first_words_find_what_a_full_scan_finds_in_word_salad() -> None:
    # Many short texts of pattern words in a fixed random order: every word meets many neighbours and glues. Half
    # walk through the words of the patterns in the order they are written there, which puts a modifier before its
    # head word ("earlier" ... "today") more often than chance would.
    rng = random.Random(16)
    words = _pattern_vocabulary()
    stream = [w for source in _patterns().values() for w in regex.findall(r"[a-z]+(?:-[a-z]+)?|\\d", source)]
    stream = [{"\\d": "12"}.get(w, w) for w in stream]
    for _ in range(600):
        i = rng.randrange(len(stream))
        walk = [stream[i := (i + rng.randint(1, 8)) % len(stream)] for _ in range(40)]
        picked = [rng.choice(words) for _ in range(40)] if rng.random() < 0.5 else walk
        _scans_agree("".join(w + rng.choice(_GLUE) for w in picked))


# Words and marks the patterns are made of, in several cases, glued to one another or not: text on which a pattern
# tried only where one of its first words begins would most likely miss a match that a full scan finds.
def _pattern_vocabulary() -> list[str]:
    lex = lexicon()
    words = [*lex.months, *lex.weekdays, *lex.numbers, *lex.ordinals, *lex.units, *lex.parts_of_day, *lex.seasons,
             *lex.vague, *lex.holidays]
    # the words of the patterns themselves come below; these are the figures, marks and odd letters
    words += ["1st", "2nd", "24th", "Q1", "Q3", "o'clock", "1990s", "'90s", "'97", "70s", "1992-93", "2008/09", "2021",
              "1999", "14", "3", "12", "0800", "6:40", "10:30", "24.02.2022", "3/1/2022", "2022-02-24", "a.m.", "p.m.",
              "am", "pm", "UTC", "GMT", "EST", "ſeptember", "K", "ſ", "İ", "٣"]
    words += [w for source in _patterns().values() for w in regex.findall(r"[a-z]+(?:-[a-z]+)?", source)]
    return sorted({form for w in words for form in (w, w.capitalize(), w.upper())})


_GLUE = ["", "", " ", " ", " ", "  ", "-", "–", ".", ",", "'", "’", "s", "\n", ", ", ". ", " (", ") ", "/", ":"]
_example_slices = st.sampled_from(EXAMPLE_TEXTS).flatmap(
    lambda t: st.tuples(st.integers(0, len(t)), st.integers(0, len(t))).map(lambda ij: t[min(ij):max(ij)])
)
pattern_text = st.lists(
    st.tuples(st.one_of(st.sampled_from(_pattern_vocabulary()), _example_slices), st.sampled_from(_GLUE)),
    max_size=30,
).map(lambda pairs: "".join(w + g for w, g in pairs))


@settings(max_examples=600, deadline=None)
@given(st.one_of(pattern_text, news_like_text, any_text))
def test_patterns_tried_at_their_first_words_find_what_a_full_scan_finds(text: str) -> None:
    _scans_agree(text)


def test_no_pattern_matches_from_a_word_it_is_not_tried_at() -> None:
    # Every match in the examples, with its first words replaced by each pattern word: where the pattern still
    # matches ("earlier" for "late" in "late yesterday", "preceding" for "next" in "the next day"), it must be tried.
    words = sorted({w.lower() for w in _pattern_vocabulary()} | {"'", "‘", "’", "7"})
    for index, (name, pattern) in enumerate(patterns()):
        rests = set()
        for text in EXAMPLE_TEXTS:
            for m in pattern.finditer(text):
                rests |= {m.group()[b.start():] for b in regex.finditer(r"\b|(?<=\w)(?=\W)", m.group())}
        for rest in rests:
            for word in words:
                for text in (word + rest, f"{word} {rest}"):
                    if pattern.match(text):
                        assert 0 in pattern_starts(text)[index], (name, text)


def test_lower_casing_keeps_word_characters_where_they_are() -> None:
    # Patterns are tried at the words of the lower-cased text, when it is as long as the text: that is only right if
    # no character that lower-cases to one character changes from a word character to another or back.
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and len(chr(c).lower()) == 1]
    text = "".join(chars)
    lowered = text.lower()
    word = regex.compile(r"\w", regex.VERSION0)
    assert [m.start() for m in word.finditer(text)] == [m.start() for m in word.finditer(lowered)]


# Left contexts that some patterns look behind for ("at present", "in '97", "on the 14th", "5 a year"), and marks that
# end a word.
_BEFORE = ["", "at ", "in ", "on ", "for ", "5 "]
_WORD_ENDS = [" ", "-", ".", "'"]


def _could_begin(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches at the start of ``text``, or would were the text to go on."""
    return any(pattern.match(before + text, len(before), partial=True) for before in _BEFORE)


def _vocabulary_words() -> list[str]:
    return sorted({w.lower() for phrase in _pattern_vocabulary() for w in regex.findall(r"\w+|[^\w\s]", phrase)})


def test_every_word_a_pattern_may_begin_with_is_one_of_its_first_words() -> None:
    for index, (name, pattern) in enumerate(patterns()):
        for word in _vocabulary_words():
            if any(_could_begin(pattern, word + end) for end in _WORD_ENDS):
                bits = word_bits(word)
                assert bits is not None and bits[0] >> index & 1, (name, word)


def test_every_word_a_pattern_may_go_on_with_after_the_is_listed() -> None:
    for index, (name, pattern) in enumerate(patterns()):
        if name not in _AFTER_THE:
            continue
        for word in _vocabulary_words():
            if any(_could_begin(pattern, f"the {word}{end}") for end in _WORD_ENDS):
                bits = word_bits(word)
                assert bits is not None and bits[2] >> index & 1, (name, word)


# Letters the patterns take for ASCII ones (Unicode case folding): Turkish capitals in all-caps text, a long s.
FOLDED_LETTERS = [
    ("Talks resume on FRİDAY.", [("FRİDAY", "DATE", "2022-03-04")]),
    ("SHELLİNG STOPPED AT MİDNİGHT.", [("MİDNİGHT", "TIME", "2022-03-02T24:00")]),
    ("The truce holds untİl Chrİstmas.", [("Chrİstmas", "DATE", "2022-12-25")]),
    ("The ſiege ended laſt ſeptember.", [("laſt ſeptember", "DATE", "2021-09")]),
    ("Aid arrives TWİCE A WEEK.", [("TWİCE A WEEK", "SET", "P1W")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED_LETTERS)
def test_letters_that_fold_to_ascii_ones_read_as_those(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@settings(max_examples=100, deadline=None)
@given(news_like_text, st.sampled_from([("I", "İ"), ("s", "ſ")]))
def test_a_folding_letter_changes_no_value_or_span(text: str, letters: tuple[str, str]) -> None:
    plain, folding = letters
    text = text.upper() if plain == "I" else text.lower()
    assume(plain in text)
    written = text.replace(plain, folding)
    assert [(d.start, d.end, d.value) for d in parse_dates(written, published=WED)] == \
        [(d.start, d.end, d.value) for d in parse_dates(text, published=WED)]
