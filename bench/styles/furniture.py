"""The honest gold: body lines the corpus annotators marked as page furniture leave the gold body.

The bodies are trafilatura's extraction of the corpus pages, and trafilatura
keeps some page furniture in them ("Lea también: ...", "Sign up to get ...",
photo credits, comment rules). The corpus annotators marked such lines as
boilerplate (annotations.json ``without`` snippets), so a cleaner that drops
them is right, and scoring them as lost article paragraphs would reward
keeping furniture. A gold line leaves the body when a ``without`` snippet of
its source page covers at least a third of it and no ``with`` snippet is in
it: a shorter snippet is often a phrase the article shares with a teaser or a
menu ("Wohnen", a person's name), which says nothing about the line. The line
then counts as boilerplate of kind ``body-furniture``: kept, it is a leak.
The bench reports the scores on both golds.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from ..corpus import load_pages
from ..score import normalise
from .generator import StylePage

MIN_COVER = 1 / 3  # share of the line the snippet must cover: 0.33-0.5 were all furniture when read, below 0.33 some were prose
KIND = "body-furniture"


@dataclasses.dataclass(frozen=True)
class Snippets:
    """One corpus page's annotations, normalised."""

    with_: tuple[str, ...]
    without: tuple[str, ...]

    def is_furniture(self, line: str) -> bool:
        text = normalise(line)
        if not text or any(s in text for s in self.with_):
            return False
        return any(s in text and len(s) >= MIN_COVER * len(text) for s in self.without)


def load_snippets(root: Path) -> dict[str, Snippets]:
    """Every corpus page's snippets, by page id (empty snippets dropped: they are in every line)."""
    return {
        p.id: Snippets(tuple(s for s in map(normalise, p.with_snippets) if s), tuple(s for s in map(normalise, p.without_snippets) if s))
        for p in load_pages(root)
    }


def honest_page(page: StylePage, snippets: Snippets) -> StylePage:
    """``page`` with its body's furniture lines moved from the gold paragraphs to the boilerplate."""
    gold = page.gold
    furniture = [text for text in gold.paragraphs if snippets.is_furniture(text)]
    if not furniture:
        return page
    moved = set(furniture)
    kept = [(text, part) for text, part in zip(gold.paragraphs, gold.parts) if text not in moved]
    honest = dataclasses.replace(
        gold, paragraphs=[text for text, _ in kept], parts=[part for _, part in kept],
        boilerplate=gold.boilerplate + [(text, KIND) for text in furniture])
    return dataclasses.replace(page, gold=honest)


def honest_pages(pages: list[StylePage], root: Path) -> list[StylePage]:
    """Every page on the honest gold (pages keep their order and ids)."""
    snippets = load_snippets(root)
    return [honest_page(p, snippets[p.body_id]) for p in pages]
