"""What a phrase book says of one kind of boilerplate: its whole-line patterns,
its phrases searched inside a block, and how many of them a block must hold."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from declutter.errors import ConfigError
from declutter.kinds import Kind
from declutter.phrases.matching.factcache import PatternFacts
from declutter.phrases.matching.linematch import LineMatcher, line_matcher
from declutter.phrases.matching.phrasesearch import Phrase

# Default limits of phrase matching (see phrases/README.md). A long paragraph
# of an article may mention "donate now" once; an appeal says two such things.
SHORT_WORDS = 25
LONG_HITS = 2
# A phrase is only searched on pages holding one of the strings every match
# of it holds (found for all phrases at once, see literals.py), when they are
# at least this long: a shorter one is in almost every page.
MIN_LITERAL = 3
_KINDS = frozenset(kind.value for kind in Kind)


@dataclass(frozen=True)
class KindRules:
    kind: str
    lines: tuple[str, ...]  # whole-block patterns
    phrases: tuple[Phrase, ...]  # searched inside the lower-cased block
    short_words: int = SHORT_WORDS
    long_hits: int = LONG_HITS

    @cached_property
    def line(self) -> LineMatcher | None:
        """A matcher of ``lines`` (None when there are none), made the first time a block
        matches one of the book's line patterns (``PhraseBook.any_line``): its buckets
        are compiled as lines need them, where one regex of all the kind's lines cost
        a third of a one-page run's phrase matching."""
        return line_matcher(list(self.lines)) if self.lines else None

    def needed(self, words: int) -> int:
        """How many distinct phrases a block of ``words`` words must hold."""
        return 1 if words <= self.short_words else self.long_hits


def phrases_match(rules: KindRules, hits: dict[str, int], words: int) -> bool:
    count = hits.get(rules.kind, 0)
    return count > 0 and count >= rules.needed(words)


def kind_rules(kind: str, rules: dict[str, list[str]], facts: PatternFacts) -> KindRules:
    if kind not in _KINDS:
        raise ConfigError(f"a phrase book names the kind {kind!r}, which declutter does not know; known: {', '.join(sorted(_KINDS))}")
    # Phrases are written in lower case and searched in the lower-cased block:
    # case-sensitive search is twice as fast as re.I on the same text.
    phrases = tuple(Phrase(pattern, facts.required(pattern, MIN_LITERAL)) for pattern in rules["phrase"])
    return KindRules(kind=kind, lines=tuple(rules["line"]), phrases=phrases)
