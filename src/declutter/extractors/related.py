""""Related Articles"-style sections: their teasers become ``doc.related``.

After a related heading come teasers: a title (often printed twice), its
source, its age, and sometimes another article's whole body. Everything in the
section is dropped as ``related-teasers``; titles, sources and ages are kept as
data. The section ends at page furniture (app banners, newsletters, footers),
at another section's heading, or at a long block that no teaser introduced.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, utils

from declutter.blocks import MAX_NAME_WORDS, at_most_words, edge_stripped, word_count
from declutter.document import Document, Related
from declutter.extractor import extractor
from declutter.kinds import Kind, Role, Section
from declutter.phrases import PhraseBook, book_for
from declutter.settings import SAME_TEXT_RATIO, Settings

KIND = Kind.RELATED_TEASERS
# Enum members read once: reading one is a Python call, and these are asked of every block.
RELATED, TITLE, BYLINE = Section.RELATED, Role.TITLE, Kind.BYLINE
# Kinds that are page furniture, never inside a list of teasers: the section ends there.
ENDS_SECTION = frozenset(
    {Kind.APP_BANNER, Kind.NEWSLETTER, Kind.COOKIE_NOTICE, Kind.COPYRIGHT, Kind.COMMENTS_WIDGET, Kind.NAVIGATION, Kind.FEED_FOOTER}
)
# Two prints of one teaser title differ at most by a trailing site name or quotes: SAME_TEXT_RATIO.
# "Heading: title" on one line; the heading is at most a few words, and its
# separator a colon or an arrow-like mark (bullets and dashes open list
# items), or a dash with spaces round it after the heading ("LIRE AUSSI - Un titre").
_INLINE_HEAD = re.compile(r"([^:»>|]{1,60}?)(?:\s*[:»>|]\s*|\s[-–—]\s+)")
# A name after a teaser's age is its source, if it is this short: a longer
# capitalised line is the next teaser's title (headlines in title case).
SOURCE_AFTER_AGE_WORDS = 4
# A lower-case word of a name is a particle: "del", "de", "von", "of", "the".
PARTICLE_LETTERS = 3
# A sentence of this many words no teaser's meta introduced is the article
# going on after an inline box of teasers (a teaser's title ends like no
# sentence; its summary follows its source or age). 20: corpus F1 htmltext
# 0.9179 -> 0.9187, inscriptis 0.9197 -> 0.9213, styles 0.9524 -> 0.9526;
# 10 and 15 within 0.0003.
SENTENCE_WORDS = 20
# An age line is short ("time43 minutes ago", "vor 2 Stunden").
MAX_AGE_WORDS = 5


@extractor("related", assigns=("blocks", "related"))
def label_related(doc: Document, settings: Settings) -> None:
    """"Related Articles"-style sections and inline "Read more:" lines become `related` teasers."""
    book = book_for(settings, doc.language)
    sections = _sections(doc, book)
    # Only a related heading or a line with a separator ("Read more: ...",
    # "Lire aussi » ...") starts anything: the others are passed over at once.
    # The separators are looked for here, not in a function: a call per block
    # cost more than the tests.
    marked = (
        i for i, block in enumerate(doc.blocks)
        if ":" in (text := block.text) or "»" in text or ">" in text or "|" in text or " - " in text or " – " in text or " — " in text
    )
    starts = sorted({*marked, *(index for index, section in sections.items() if section == RELATED)})
    read_up_to = 0  # the blocks before this one were read as a section's
    for index in starts:
        block = doc.blocks[index]
        heading = sections.get(index) == RELATED
        # A heading the phrase books dropped already ("Mehr zum Thema" as a promo)
        # still opens its section.
        if index < read_up_to or not (block.kept or heading):
            continue
        inline = _inline_teaser(block.text, book) if block.kept else None
        if inline:
            doc.related.append(Related(title=inline))
            doc.drop(block, KIND, role=Role.TEASER_LINE)
        elif heading and not _opens_article_list(doc, index):
            doc.drop(block, KIND, role=Role.RELATED_HEADING)
            read_up_to = _read_section(doc, settings, index + 1, book, sections)


# A list item's mark: a bullet, or a number with its full stop or bracket.
_ITEM_MARK = re.compile(r"(?:[-•·*–]\s|\d{1,2}[.)]\s)")


def _opens_article_list(doc: Document, index: int) -> bool:
    """"See also" over a list of sentences ("1. Learn how to set up a node:") heads
    the article's own list, not teasers: a teaser's title ends like no sentence."""
    following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    return (
        following is not None and following.kept and _ITEM_MARK.match(following.text) is not None
        and following.text.endswith((".", ":")) and word_count(following.text) >= 4
    )


def _sections(doc: Document, book: PhraseBook) -> dict[int, str]:
    """The blocks that head a section, by index -> the section: as the
    boilerplate extractor found them (evidence.headings, when it ran), and
    matched here for the others. The few headings alone: a list of a section
    or None for every block was a pass over the page."""
    headings = doc.evidence.headings
    known = {} if headings is None else {**headings.sections}
    unread = doc.blocks if headings is None else [doc.blocks[index] for index in headings.unread]
    if unread:
        found = book.sections_of([b.text for b in unread], [b.bare for b in unread])
        known.update({block.index: section for block, section in zip(unread, found) if section is not None})
    return known


def _inline_teaser(text: str, book: PhraseBook) -> str | None:
    """"RELATED: Some headline", "Read more: Some headline" or "À lire aussi » Un titre" on one line."""
    parts = _INLINE_HEAD.match(text)
    if not parts:
        return None
    head, rest = parts.group(1), text[parts.end() :]
    if not rest.strip() or not at_most_words(head, 5):
        return None
    if book.section_of(head) != RELATED:
        return None
    title = rest.strip()
    return title if 2 <= word_count(title) <= 30 and not title.endswith(".") else None


def _read_section(doc: Document, settings: Settings, start: int, book: PhraseBook, sections: dict[int, str]) -> int:
    max_title_words = settings.related.max_title_words
    teaser: Related | None = None
    structured = False  # the current teaser showed a repeat, a source or an age
    after_orphan_age = False  # the block before was an age line of no teaser read
    first_teaser = len(doc.related)
    for index in range(start, len(doc.blocks)):
        block = doc.blocks[index]
        section = sections.get(index)
        if block.kind in ENDS_SECTION or section not in (None, RELATED) or block.role is TITLE:
            return index  # page furniture, another section, or the article's own headline
        if block.kind is BYLINE and len(doc.related) - first_teaser <= 1:
            # An author's line under the one "teaser" read: that title was the
            # article's headline under a "Most read" label, not a teaser.
            del doc.related[first_teaser:]
            return index
        if section == RELATED:  # the next list of teasers
            teaser, structured = None, False
            doc.drop(block, KIND, role=Role.RELATED_HEADING)
            continue
        if block.kind is not None:
            continue  # a share button, an image's alt text: the phrase books said what it is, no teaser
        text = block.bare
        words = word_count(text)
        age = book.age.search(text) if words <= MAX_AGE_WORDS + MAX_NAME_WORDS else None
        orphan = False
        if age:  # an age line is a teaser's meta, never a title ("time43 minutes ago" under a heading)
            # ... of a teaser not read, when the last one has its age already
            # (its title was a sentence): the name under it is that one's source.
            orphan = teaser is None or teaser.age is not None
            if teaser:
                teaser.age = teaser.age or age.group().strip()
                _source_beside_age(teaser, text, age)
                structured = True
        elif after_orphan_age and words <= SOURCE_AFTER_AGE_WORDS and _capitalised(text.split()):
            pass  # "Der Spiegel" under it: a source, not a title
        elif teaser and _same_title(text, teaser.title):
            structured = True
        elif teaser and _is_source(doc, index, text, teaser, book):
            teaser.source = teaser.source or text
            structured = True
        elif 2 <= words <= max_title_words and not block.text.endswith((".", ":")):
            teaser, structured = Related(title=text), False
            doc.related.append(teaser)
        elif not structured and (
            words > max_title_words or (block.text.endswith(".") and (_ITEM_MARK.match(block.text) or words >= SENTENCE_WORDS))
        ):
            return index  # a long block or a sentence in a list no teaser introduced: the article goes on
        doc.drop(block, KIND)
        after_orphan_age = orphan
    return len(doc.blocks)


def _is_source(doc: Document, index: int, text: str, teaser: Related, book: PhraseBook) -> bool:
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or text.endswith((".", "?", "!", ":")):
        return False
    if teaser.source:
        return fuzz.ratio(text, teaser.source, processor=utils.default_process) >= SAME_TEXT_RATIO
    if teaser.age and len(words) <= SOURCE_AFTER_AGE_WORDS and _capitalised(words):
        return True  # "Title / 3 minutes ago / Manchester Evening News": the source closes the teaser
    following = doc.blocks[index + 1].text if index + 1 < len(doc.blocks) else ""
    bulleted = doc.blocks[index].text[:1] in "•·*-–"
    capitalised = _capitalised(words)
    return bulleted or (capitalised and bool(book.age.search(following)))


def _capitalised(words: list[str]) -> bool:
    """A name's words are capitalised, but for short particles after the first
    ("Diario del Sur", "Frankfurter Allgemeine", "The Times of India")."""
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or not w[:1].isalpha() or len(w) <= PARTICLE_LETTERS for w in words[1:]
    )


def _source_beside_age(teaser: Related, text: str, age: re.Match[str]) -> None:
    """ "NBC News · 2 hours ago": what stands before the age is the source."""
    before = edge_stripped(text[: age.start()])
    if before and not teaser.source and len(before.split()) <= MAX_NAME_WORDS and before[:1].isupper():
        teaser.source = before


def _same_title(text: str, title: str) -> bool:
    return fuzz.ratio(text, title, processor=utils.default_process) >= SAME_TEXT_RATIO
