"""The one object that flows through every extractor: the page's state, nothing else.

A page is split once into blocks (one per non-empty line). Extractors label
blocks and fill metadata; they never change characters. The clean text is
rendered from the kept blocks at the end, so what was removed is exact.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from declutter.blocks import Block

if TYPE_CHECKING:
    from declutter.content.blockwords import BlockWords
    from declutter.phrases.dates import DateMatch
    from declutter.reading.markdown_page import MarkdownSpan


@dataclass(slots=True)  # 72 bytes a teaser, not 112: a 50 MB page of short lines read 3.5 million
class Related:
    """A teaser for another article, kept as data instead of text."""

    title: str
    source: str | None = None
    age: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class DateLine:
    """A date printed on a date line of the page's header: evidence for ``published``."""

    block: int  # the block's index
    date: DateMatch


@dataclass(frozen=True)
class DatedName:
    """A person's name printed on a date line or under one ending in a byline's
    opener, without a byline phrase: evidence for ``author`` once the headline is known."""

    name: str
    block: int  # the index of the block that prints it


@dataclass(frozen=True)
class SourceLine:
    """A line naming the source beside a date, a byline or a wire's place: a
    name the publisher extractor weighs against the page's other evidence."""

    name: str
    how: str  # the origin's name: "meta-line", "beside-date", "byline-for", "wire-dateline"
    block: int  # the block's index


@dataclass(frozen=True)
class Origin:
    """Where a metadata value came from: the page's line, and how it was read there."""

    how: str  # "byline", "printed-twice", "feed-footer", "html-metadata", ...
    line: int | None = None  # 1-based line of the page (of the extracted text, for HTML)


# The metadata fields whose origin the JSON reports (``Document.origins``).
TRACED_FIELDS = ("title", "source", "author", "published")


@dataclass(frozen=True)
class Headings:
    """The sections that lines of a page are the headings of, as the boilerplate extractor found them."""

    # The section each heading it read heads, by block index; a line it read and
    # left out heads none. The headings alone: a section (most often None) for
    # every line was a dict of 40 MB on a 50 MB page.
    sections: dict[int, str]
    unread: tuple[int, ...]  # the blocks it did not read (dropped before it ran), by index


@dataclass
class Evidence:
    """What an extractor found for a later one; not part of the output.

    Each field names the extractor that assigns it (see its ``assigns``);
    None means that extractor has not run.
    """

    date_lines: list[DateLine] | None = None  # dateline -> published
    source_lines: list[SourceLine] | None = None  # dateline -> publisher
    dated_names: list[DatedName] | None = None  # dateline -> dated-author
    # The headings among the lines the boilerplate extractor read, and the lines
    # it did not: boilerplate -> related. Found in the same pass as the lines'
    # kinds; matching every line again for headings cost the related extractor
    # 0.2 ms a page (median, corpus text pages).
    headings: Headings | None = None
    # Words and digits of every block, counted for the page at once by the
    # first extractor that asks (content.blockwords): a fact of the page, not
    # anyone's decision.
    block_words: BlockWords | None = None
    # The keys of the settings file's [sites] sections applied to the page so
    # far: site-rules -> site-rules-by-source, which applies the ones named by
    # a source found after it.
    rule_sites: tuple[str, ...] | None = None


@dataclass
class Document:
    """A page on its way through the pipeline, and the result at the end."""

    source_text: str  # the decoded page (for HTML, the extracted text; for markdown, its plain text)
    input_format: str = "text"  # "text", "html" or "markdown"
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    published: str | None = None
    published_guessed: bool = False
    published_evidence: str | None = None
    author: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    html: str | None = None  # the raw markup, for HTML pages
    markdown: str | None = None  # the markdown as given, for markdown pages
    # For markdown pages, markdown_spans[i] is where block i came from in
    # ``markdown`` (its offsets, its markdown kind and level, its link evidence).
    markdown_spans: list[MarkdownSpan] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)
    # Where each of TRACED_FIELDS came from (set with ``assign``).
    origins: dict[str, Origin] = field(default_factory=dict)
    # Blocks dropped since the pipeline last looked: it records which
    # extractor decided them (Block.by) after each step.
    undecided_by: list[Block] = field(default_factory=list, repr=False)
    # Extractors the page's own settings rules leave out (a [sites] section's
    # ``skip``): the pipeline passes over them.
    skipped: frozenset[str] = field(default=frozenset(), repr=False)

    # -- labelling -----------------------------------------------------------
    def drop(self, block: Block, kind: str, role: str | None = None) -> bool:
        """Drop ``block`` as ``kind``. The first drop wins, and a block a settings
        rule kept (``Block.rule`` set) stays; returns whether this one did."""
        if block.kind is not None or block.rule is not None:
            return False
        block.kind = kind
        if role:
            block.role = role
        self.undecided_by.append(block)
        return True

    def assign(self, name: str, value: str | None, how: str, block: Block | None = None) -> bool:
        """Set metadata field ``name`` to ``value`` unless it already has one (the
        first evidence wins), recording where it came from; returns whether it did."""
        if not value or getattr(self, name):
            return False
        setattr(self, name, value)
        self.origins[name] = Origin(how, block.line if block is not None else None)
        return True

    @property
    def kept_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind is None]

    # -- results -------------------------------------------------------------
    @property
    def text(self) -> str:
        """The article: kept blocks, one paragraph per line, in page order."""
        return "\n".join([b.text for b in self.blocks if b.kind is None])

    @property
    def removed(self) -> list[dict[str, Any]]:
        return [
            {"kind": str(b.kind), "by": b.by, "line": b.line, "start": b.start, "end": b.end, "text": b.text}
            for b in self.blocks
            if b.kind is not None
        ]

    def to_dict(self) -> dict[str, Any]:
        """Everything a consumer needs, as JSON-ready values."""
        return {
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "published_guessed": self.published_guessed,
            "published_evidence": self.published_evidence,
            "author": self.author,
            "language": self.language,
            "url": self.url,
            "description": self.description,
            "image": self.image,
            "tags": list(self.tags),
            "input_format": self.input_format,
            "text": self.text,
            "related": [{k: v for k, v in asdict(r).items() if v is not None} for r in self.related],
            "removed": self.removed,
            "evidence": {name: asdict(self.origins[name]) for name in TRACED_FIELDS if name in self.origins and getattr(self, name)},
            "warnings": list(self.warnings),
        }
