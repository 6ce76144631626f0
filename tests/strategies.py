"""Hypothesis strategies shared by the test modules; area-specific ones live beside their tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

#: Arbitrary text, including the characters news text is made of and the ones it should survive.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=400,
)

#: Text built from news-like tokens, more likely than ``any_text`` to reach deep into the parsers.
_TOKENS = [
    "at least", "more than", "killed", "injured", "10", "1,000", "ten", "dozens", "people", "on", "Tuesday",
    "last", "August", "24", "February", "2022", "km", "from", "Kyiv", "Russia", "said", "denied", "Moscow",
    "the", "a", "of", "in", "and", ".", ",", '"', "—", "-", "(", ")", "'s", "\n", "  ",
]
news_like_text = st.lists(st.sampled_from(_TOKENS), max_size=60).map(" ".join)

#: Publication dates in the range news archives cover.
publication_dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))

#: A prefix to prepend when checking that spans shift with the text.
prefixes = st.text(alphabet=st.sampled_from("abc XYZ.,\n—é"), max_size=30)
