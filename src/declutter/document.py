"""The one object that flows through every extractor.

A page is split once into blocks (one per non-empty line). Extractors label
blocks and fill metadata; they never change characters. The clean text is
rendered from the kept blocks at the end, so what was removed is exact.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .settings import Settings


@dataclass(slots=True)  # a page has hundreds: slots make them faster to make and to read
class Block:
    """One line of the page: where it is, and what was decided about it."""

    index: int
    text: str  # the line without its surrounding white space
    start: int  # character offsets of ``text`` in ``Document.source``
    end: int
    line: int  # 1-based line number in ``Document.source``
    # ``text`` without the bullets, separators and closing marks at its ends
    # (blocks.edge_stripped): what whole-line rules match. Stripped once when
    # the page is split: the boilerplate and related extractors each stripped every block.
    bare: str
    kind: str | None = None  # why it was dropped; None while it is kept
    by: str | None = None  # the extractor that decided
    role: str | None = None  # what a kept or dropped block is (title, byline, ...)

    @property
    def kept(self) -> bool:
        return self.kind is None


@dataclass
class Related:
    """A teaser for another article, kept as data instead of text."""

    title: str
    source: str | None = None
    age: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass
class Document:
    """A page on its way through the pipeline, and the result at the end."""

    source_text: str  # the decoded page (or, for HTML, the extracted text)
    settings: Settings = field(default_factory=Settings)
    input_format: str = "text"  # "text" or "html"
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
    extractor: str | None = None  # the extractor running now, recorded as ``Block.by``
    html: str | None = None  # the raw markup, for HTML pages
    # What an extractor found for a later one (date candidates, the article's
    # span); not part of the output.
    evidence: dict[str, Any] = field(default_factory=dict)

    # -- labelling -----------------------------------------------------------
    # Block.kind is read directly below, not through Block.kept: these run for
    # every block of a page, and a property call each was 0.02 ms a page.
    def drop(self, block: Block, kind: str, role: str | None = None) -> bool:
        """Drop ``block`` as ``kind``. The first drop wins; returns whether this one did."""
        if block.kind is not None:
            return False
        block.kind, block.by = kind, self.extractor
        if role:
            block.role = role
        return True

    def mark(self, block: Block, role: str) -> None:
        """Say what a block is without dropping it (a byline, the lead...)."""
        block.role = role

    @property
    def kept_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind is None]

    # -- results -------------------------------------------------------------
    @property
    def text(self) -> str:
        """The article: kept blocks, one paragraph per line, in page order."""
        return "\n".join([b.text for b in self.blocks if b.kind is None])  # a list: join makes one of a generator anyway

    @property
    def removed(self) -> list[dict[str, Any]]:
        return [
            {"kind": b.kind, "by": b.by, "line": b.line, "start": b.start, "end": b.end, "text": b.text}
            for b in self.blocks
            if not b.kept
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
            "warnings": list(self.warnings),
        }
