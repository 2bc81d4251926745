"""Load the phrase books (``phrases/<lang>.toml``) into compiled matchers.

The books are data: kinds of boilerplate with their phrasings per language.
Loading is cached per tuple of languages; the result is immutable.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from declutter.blocks import edge_stripped
from declutter.phrases.book_files import Book, available_languages, kind_patterns, listed, read_book, section_patterns
from declutter.phrases.field_patterns import byline_pattern, copyright_holder_patterns, named_date_patterns
from declutter.phrases.kind_rules import KindRules, kind_rules, phrases_match
from declutter.phrases.matching.factcache import PatternFacts, pattern_facts
from declutter.phrases.matching.joinedlines import PIECE_LINES, joined_lines
from declutter.phrases.matching.linematch import (
    LineMatcher,
    can_start_with,
    held_search,
    line_matcher,
    lowered_search,
    search_alternation,
    start_key,
)
from declutter.phrases.matching.literals import LiteralFinder, literal_finder
from declutter.phrases.matching.phrasesearch import PhraseIndex, phrase_index
from declutter.phrases.matching.wordtrie import flat_alternation

# Lines whose kind and section are remembered, per book: a page has about ten
# that match; this keeps those of a few hundred pages.
LINE_CACHE = 4096


@dataclass(frozen=True)
class PhraseBook:
    kinds: tuple[KindRules, ...]
    phrases: PhraseIndex  # every kind's phrases, searched in a page at once
    # Every kind's line patterns and every section's headings at once: most
    # blocks match none, and one lookup settles that instead of one per kind
    # (profiling showed per-kind matching was a third of clean()); see
    # linematch for the dispatch. The headings are in it so that one pass
    # over a page tells both (kinds_and_sections): a second pass for the
    # headings cost 0.08 ms a page, the merged one 0.17 against 0.18.
    any_line: LineMatcher
    sections: dict[str, LineMatcher]  # section name -> heading matcher
    # All sections' headings at once: most blocks are none, and one lookup
    # settles that instead of one per section (the related extractor asks
    # about every block).
    any_section: LineMatcher
    feed_footers: tuple[re.Pattern[str], ...]
    byline: re.Pattern[str]
    # The word between a byline's name and the publication it wrote for ("By Jane Doe for The Daily Courier").
    byline_for: re.Pattern[str]
    # A role printed after a byline's name ("Jane Doe Staff Writer"), at the name's end.
    byline_role: re.Pattern[str]
    # A logo's alt text naming the site ("Logo Der Spiegel", "The Daily Courier
    # logo"), the name in the group "name": evidence for the publisher.
    logo_names: tuple[re.Pattern[str], ...]
    # A copyright line of a year and a holder only ("© 2019 The Daily Courier.
    # All rights reserved", "Copyright © Die Zeit 2021"), the holder in "name";
    # and the words that make a holder a company rather than a publication; a legal form ending a name.
    copyright_holders: tuple[re.Pattern[str], ...]
    owner_word: re.Pattern[str]
    legal_form: re.Pattern[str]
    # How a page says a company owns it ("brought to you by {name}", "Alle Medien von {name}").
    owner_phrases: tuple[str, ...]
    # How a footer says the name before it is a brand of its owner's ("PC Gamer
    # is part of Future plc", "Eurailpress ist eine Marke der ..."), case-folded.
    brand_phrases: tuple[str, ...]
    # A press release's blurb on its company ("About Acme Ltd: ..."), the company in "name".
    about_company: re.Pattern[str]
    # A line a page's header prints before its masthead (a skip link, a menu's button)
    # where the phrase book names no line kind for it ("Zum Inhalt springen").
    header_line: re.Pattern[str]
    # What a page title's outer part says when it names no site ("latest
    # updates" of a live page), matched as the whole part, case aside.
    title_label: re.Pattern[str]
    age: re.Pattern[str]
    age_lowered: re.Pattern[str] | None  # ``age`` for ASCII texts lower-cased (linematch.lowered_search)
    # What every age holds, in such a text ("ago", "vor", a digit...; linematch.held_search): most short lines hold none.
    age_held: re.Pattern[str] | None
    months: dict[str, int]  # month name or abbreviation -> 1..12
    weekdays: frozenset[str]
    date_label: re.Pattern[str]  # any date label as a whole word ("Updated", "Publié le")
    # The labels naming a date the article's publication ("Published", "Veröffentlicht
    # am") or a later change ("Updated", "Mis à jour le"), as whole words.
    published_label: re.Pattern[str]
    updated_label: re.Pattern[str]
    # "31. Mai 2012", "8 de abril de 2025" and "March 14, 2024", built once
    # from ``months`` here rather than for every block that holds a digit.
    day_month_year: re.Pattern[str]
    month_day_year: re.Pattern[str]
    # The phrases' literals and the strings ``any_line`` looks for in a page,
    # told for a page at once (one hashing of the page; see literals.py): most
    # pages hold few of them, and each other one would be a search of the page.
    page_strings: LiteralFinder

    def compile_all(self) -> None:
        """Compile now every pattern that is otherwise compiled on first use (the
        line matchers' buckets, the kinds' line patterns, the phrases): a batch
        does, before it forks its workers, so that they share them."""
        for matcher in (self.any_line, self.any_section, *self.sections.values()):
            matcher.compile_all()
        for rules in self.kinds:
            if rules.line is not None:
                rules.line.compile_all()
        for _kind, phrase in self.phrases.phrases:
            phrase.compile()

    def __post_init__(self) -> None:
        # Remembered per line: the lines that match are mostly page furniture
        # that other pages print too (three in four had been seen on an earlier
        # page of the eval corpus), and asking kind after kind was a fifth of
        # the boilerplate step.
        object.__setattr__(self, "line_kind", lru_cache(maxsize=LINE_CACHE)(self.line_kind))
        object.__setattr__(self, "section_named", lru_cache(maxsize=LINE_CACHE)(self.section_named))
        # Asked of every "Heading: title" line's heading (related) and of short
        # lines (titles): "Photo", "Posted by", "Tags" recur page after page.
        object.__setattr__(self, "section_of", lru_cache(maxsize=LINE_CACHE)(self.section_of))
        object.__setattr__(self, "_footers_starting", lru_cache(maxsize=LINE_CACHE)(self._footers_starting))

    def feed_footers_for(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The ``feed_footers`` that can start with ``text``'s first character, in order."""
        return self._footers_starting(text[:1])

    def _footers_starting(self, first: str) -> tuple[re.Pattern[str], ...]:
        key = start_key(first)
        return tuple(pattern for pattern in self.feed_footers if key is None or can_start_with(pattern.pattern, key))

    def line_kind(self, stripped: str) -> str | None:
        """The first kind whose line patterns match a whole (edge-stripped) line, or None."""
        return next((rules.kind for rules in self.kinds if rules.line is not None and rules.line.fullmatch(stripped)), None)

    def section_named(self, stripped: str) -> str | None:
        """The first section whose headings match the whole (edge-stripped) line, or None."""
        return next((name for name, heading in self.sections.items() if heading.fullmatch(stripped)), None)

    def kinds_of(self, texts: list[str], bare: list[str] | None = None) -> list[str | None]:
        """The first kind whose rules match each text of a page, or None (``bare``: each text
        edge_stripped, when the caller has them: ``Block.bare``).

        Phrases are searched in the whole page joined, each phrase once, and
        only when the page holds one of its literals: searching every phrase
        in every block was the costliest step of ``clean()``.
        """
        return self.kinds_and_sections(texts, bare)[0]

    def kinds_and_sections(self, texts: list[str], bare: list[str] | None = None) -> tuple[list[str | None], list[str | None]]:
        """``kinds_of`` and ``sections_of`` for the same texts, from one pass of ``any_line``,
        PIECE_LINES texts at a time (most pages are one piece): a text's kind and section
        are its own, and the lower-cased texts of a whole 50 MB page joined, with what
        searching them needs, were 440 MB at once."""
        all_stripped = bare if bare is not None else [edge_stripped(text) for text in texts]
        kinds: list[str | None] = []
        sections: list[str | None] = []
        for at in range(0, len(texts), PIECE_LINES):
            piece = self._piece_kinds_and_sections(texts[at : at + PIECE_LINES], all_stripped[at : at + PIECE_LINES])
            kinds += piece[0]
            sections += piece[1]
        return kinds, sections

    def _piece_kinds_and_sections(self, texts: list[str], all_stripped: list[str]) -> tuple[list[str | None], list[str | None]]:
        page, starts = joined_lines(texts, lowered=True)
        possible = self.page_strings.possible(page)
        phrase_hits = self.phrases.hits_in(page, starts, possible)
        line_hits = self.any_line.fullmatches(all_stripped, (page, starts), set(possible))  # each text holds its stripped one
        # Most blocks match no line and hold no phrase: no kind or section can
        # match, and only the others are visited (picked out by compress, not a loop over all).
        matching = list(compress(range(len(texts)), line_hits))
        sections: list[str | None] = [None] * len(texts)
        for index in matching:
            sections[index] = self.section_named(all_stripped[index])
        kinds: list[str | None] = [None] * len(texts)
        for index in sorted(phrase_hits.keys() | set(matching)):
            line_kind = self.line_kind(all_stripped[index]) if line_hits[index] else None
            hits = phrase_hits.get(index)
            if not hits:  # most: a line the rules name, holding no phrase
                kinds[index] = line_kind
                continue
            words = len(texts[index].split())
            kinds[index] = next((r.kind for r in self.kinds if r.kind == line_kind or phrases_match(r, hits, words)), None)
        return kinds, sections

    def section_of(self, text: str) -> str | None:
        """The name of the section ``text`` is the heading of, or None."""
        # Not through sections_of: the related extractor asks this of every
        # "Heading: title" line, and a page's lists and sets were most of the cost of one.
        stripped = edge_stripped(text)
        return self.section_named(stripped) if self.any_section.fullmatch(stripped) else None

    def sections_of(self, texts: list[str], bare: list[str] | None = None) -> list[str | None]:
        """``section_of`` for every text of a page at once (asking block by block
        cost a third of the related extractor); ``bare`` as for ``kinds_of``."""
        all_stripped = bare if bare is not None else [edge_stripped(text) for text in texts]
        hits = self.any_section.fullmatches(all_stripped)
        return [self.section_named(stripped) if hit else None for stripped, hit in zip(all_stripped, hits, strict=True)]


@lru_cache(maxsize=64)
def load_phrasebook(languages: tuple[str, ...], extra: str | None = None) -> PhraseBook:
    """One PhraseBook merging the books of ``languages`` and of ``extra`` (the
    page's own language, added to the configured ones); unknown ones are skipped."""
    # Unknown languages are dropped before building: keyed by them, the cache
    # built the same books again for every language detected without a book
    # of its own (about 0.1 s each; the corpus has 16 such languages). This
    # cache only saves the dropping; the books are built once per set.
    known = available_languages()
    chosen = tuple(lang for lang in languages if lang in known)
    return _merged_books(chosen, extra if extra in known and extra not in chosen else None)


@lru_cache(maxsize=16)
def _merged_books(languages: tuple[str, ...], extra: str | None = None) -> PhraseBook:
    """The PhraseBook of ``languages`` and ``extra``, all of which have a book."""
    books = [read_book(lang) for lang in (*languages, extra) if lang]
    kinds = kind_patterns(books)
    date_labels = tuple(w for b in books for w in b.get("dates", {}).get("labels", []))
    months = {name: i + 1 for b in books for i, names in enumerate(b.get("dates", {}).get("months", [])) for name in names}
    day_month_year, month_day_year = named_date_patterns(months)
    facts = pattern_facts()  # what earlier processes read of the patterns (most of the building otherwise)
    rules_of_kinds = tuple(kind_rules(kind, rules, facts) for kind, rules in kinds.items())
    any_line, sections, any_section = _line_matchers(books, facts)
    facts.save()
    phrases = phrase_index([(rules.kind, phrase) for rules in rules_of_kinds for phrase in rules.phrases])
    legal_forms = listed(books, "publisher", "legal_forms")
    return PhraseBook(
        kinds=rules_of_kinds,
        phrases=phrases,
        any_line=any_line,
        sections=sections,
        any_section=any_section,
        feed_footers=tuple(re.compile(p, re.I) for b in books for p in b.get("feed_footer", {}).get("patterns", [])),
        byline=byline_pattern(listed(books, "byline", "words")),
        byline_for=re.compile(rf"\s(?:{flat_alternation(listed(books, 'byline', 'for'))})\s", re.I),
        byline_role=re.compile(rf"\s+(?:{flat_alternation(listed(books, 'byline', 'roles'))})$", re.I),
        logo_names=tuple(re.compile(p) for p in listed(books, "publisher", "logo")),
        copyright_holders=copyright_holder_patterns(listed(books, "publisher", "reserved")),
        owner_word=re.compile(
            rf"(?<!\w)(?:{flat_alternation(legal_forms + listed(books, 'publisher', 'owner_words'))})(?!\w)"
            # A compound ending in an owner's word: "Landwirtschaftsverlag".
            rf"|(?<=\w)(?:{flat_alternation(listed(books, 'publisher', 'owner_endings'))})(?!\w)",
            re.I,
        ),
        legal_form=re.compile(rf"(?:,?\s+(?:{flat_alternation(legal_forms) or '(?!)'})\.?)+$", re.I),
        owner_phrases=tuple(listed(books, "publisher", "owner_phrases")),
        brand_phrases=tuple(phrase.casefold() for phrase in listed(books, "publisher", "brand_phrases")),
        about_company=re.compile(
            rf"(?i:{flat_alternation(listed(books, 'publisher', 'about')) or '(?!)'})\s*(?P<name>[^:]+?)\s*(?::.*)?",
            re.S,
        ),
        header_line=re.compile(flat_alternation(listed(books, "publisher", "header_lines")) or "(?!)", re.I),
        title_label=re.compile("|".join(f"(?:{p})" for p in listed(books, "publisher", "title_labels")) or "(?!)", re.I),
        age=search_alternation(listed(books, "ages", "patterns")),
        age_lowered=lowered_search(listed(books, "ages", "patterns")),
        age_held=held_search(listed(books, "ages", "patterns")),
        months=months,
        weekdays=frozenset(w for b in books for w in b.get("dates", {}).get("weekdays", [])),
        date_label=_word_pattern(date_labels),
        published_label=_word_pattern(listed(books, "dates", "published")),
        updated_label=_word_pattern(listed(books, "dates", "updated")),
        day_month_year=day_month_year,
        month_day_year=month_day_year,
        page_strings=literal_finder([*phrases.by_literal, *any_line.search_strings()]),
    )


def _word_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words, case aside."""
    return re.compile(rf"(?<!\w)(?:{flat_alternation(words)})(?!\w)", re.I)


Matchers = tuple[LineMatcher, dict[str, LineMatcher], LineMatcher]  # any kind line or heading, each section, any section


def _line_matchers(books: list[Book], facts: PatternFacts) -> Matchers:
    """The whole-line matchers of ``books``."""
    sections = section_patterns(books)
    headings = [line for lines in sections.values() for line in lines]
    return (
        line_matcher([p for rules in kind_patterns(books).values() for p in rules["line"]] + headings, facts),
        {name: line_matcher(lines, facts) for name, lines in sections.items()},
        line_matcher(headings, facts),
    )
