"""Longest-match lookup of lexicon phrases over word tokens: one pass, a few dict lookups per word."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._text import lazy_pattern

__all__ = ["Phrase", "PhraseTable", "phrase_key", "word_spans"]

# A word keeps inner dots, hyphens, slashes and apostrophes ("U.S.", "al-Qaeda", "SPLM/A", "Sana'a"), never a
# possessive "'s", which stays outside so "Ukraine's" is looked up as "Ukraine".
_WORD = lazy_pattern(r"\w+(?:(?:[.&/-]|['’](?![sS]\b))\w+)*\.?")
# Only spaces and apostrophes may separate the words of one phrase: no line break, no clause punctuation.
_JOINABLE = frozenset(" \t'’")


@attrs.frozen
class Phrase:
    """One lexicon phrase found in text: its span, category and the lexicon key it matched."""

    start: int
    end: int
    cat: str
    key: str


def phrase_key(phrase: str) -> str:
    """The normal form of a phrase: its words joined by single spaces."""
    return " ".join(m.group() for m in _WORD.finditer(phrase))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every word of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


@attrs.frozen
class PhraseTable:
    """Phrases by category: ``exact`` categories match case-sensitively, ``folded`` ones in any case."""

    exact: dict[str, tuple[str, str]]
    folded: dict[str, tuple[str, str]]
    prefixes: frozenset[str]
    longest: int

    @classmethod
    def build(cls, exact: Iterable[tuple[str, Iterable[str]]], folded: Iterable[tuple[str, Iterable[str]]]
              ) -> PhraseTable:
        """Build from ``(category, phrases)`` pairs; earlier categories win over later ones for the same phrase."""
        tables: list[dict[str, tuple[str, str]]] = [{}, {}]
        longest = 1
        for table, groups, fold in ((tables[0], exact, False), (tables[1], folded, True)):
            for cat, phrases in groups:
                for phrase in phrases:
                    key = phrase_key(phrase)
                    if not key:
                        continue
                    longest = max(longest, key.count(" ") + 1)
                    table.setdefault(key.lower() if fold else key, (cat, phrase))
        prefixes: set[str] = set()
        for table in tables:
            for key in table:
                words = key.split(" ")
                prefixes.update(" ".join(words[:k]) for k in range(1, len(words)))
        return cls(exact=tables[0], folded=tables[1], prefixes=frozenset(prefixes), longest=longest)

    def find(self, text: str, words: list[tuple[int, int]]) -> list[Phrase]:
        """Every longest, non-overlapping phrase over ``words`` (spans into ``text``), left to right."""
        out: list[Phrase] = []
        n = len(words)
        i = 0
        while i < n:
            hit = self._longest_at(text, words, i)
            if hit is None:
                i += 1
                continue
            out.append(hit[0])
            i = hit[1]
        return out

    def _longest_at(self, text: str, words: list[tuple[int, int]], i: int) -> tuple[Phrase, int] | None:
        best: tuple[Phrase, int] | None = None
        joined = ""
        j = i
        while j < len(words) and j - i < self.longest:
            if j > i and not _joinable(text, words[j - 1][1], words[j][0]):
                break
            word = text[words[j][0]:words[j][1]]
            joined = f"{joined} {word}" if joined else word
            for strip in (0, 1) if word.endswith(".") else (0,):
                key = joined[:len(joined) - strip]
                found = self.exact.get(key) or self.folded.get(key.lower())
                if found:
                    best = Phrase(words[i][0], words[j][1] - strip, found[0], found[1]), j + 1
                    break
            # Stop as soon as no phrase starts with these words.
            if joined not in self.prefixes and joined.lower() not in self.prefixes:
                break
            j += 1
        return best


def _joinable(text: str, end: int, start: int) -> bool:
    return 0 < start - end <= 3 and all(c in _JOINABLE for c in text[end:start])
