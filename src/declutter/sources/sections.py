"""Whether a name a page's title line gives as its site's part is a section of
the site's menu ("Headline | Politik", "Geschichte - Chor Name"): news sites
end their <title> lines with the article's section as often as with their
name, and the page prints that section again on its own, as a menu's item."""
from __future__ import annotations

from declutter.blocks import SENTENCE_END, Block
from declutter.document import Document
from declutter.phrases import PhraseBook
from declutter.sources.names import named_in_chrome

# A menu's item is a line of a few words at most ("Últimas Noticias",
# "Jubiläum 2018", "Rhein-Main"), not a sentence.
_MENU_ITEM_WORDS = 4


def a_menu_section(doc: Document, name: str) -> bool:
    """Whether ``name`` is a single plain word ("Politik", "Sociedad") the page
    prints alone as an item of a menu (between two short lines, no blank line
    between them) and its chrome does not print as a name (sources/names.py:
    named_in_chrome, "© Digitalcourage", "Digitalcourage bei Twitter"): a
    menu's sections are single words, a site's name in a menu's row (its
    sister publications': "Tages-Anzeiger", "NDR Info") seldom one. On the eval
    corpus' htmltext pages (bench meta), of the sources a title line's part
    gave, such names were wrong 4 times in 4 (sections "Geschichte",
    "Sociedad", "Politik", "Espectáculos"; three more on pages whose site's
    name the page does not print: "Bundesliga", "Weinwirtschaft", "Korsetts"),
    and a plain word printed in a menu that the chrome names right 3 times in 3."""
    if not name.isalpha():
        return False
    folded = name.casefold()  # case folding never shortens a text: longer lines are not compared
    blocks = doc.blocks
    items = (
        block for block in blocks[1:-1]
        if len(block.bare) <= len(folded) and block.bare.casefold() == folded
        and _menu_item(blocks[block.index - 1], block, blocks[block.index + 1])
    )
    return next(items, None) is not None and not named_in_chrome(doc, name)


def _menu_item(before: Block, block: Block, after: Block) -> bool:
    """Whether ``block`` sits between two short lines printed right above and under it."""
    return before.line == block.line - 1 and after.line == block.line + 1 and _short(before) and _short(after)


def _short(block: Block) -> bool:
    """Whether ``block`` is shaped as a menu's item: a few words, no sentence."""
    return len(block.bare.split()) <= _MENU_ITEM_WORDS and not block.bare.endswith(SENTENCE_END)


def a_breadcrumb_trail(parts: tuple[str, ...], book: PhraseBook) -> bool:
    """Whether a line's ``parts`` are a breadcrumb trail's steps ("Sie sind hier:
    Home » Europa » Emden"): a label, then a first step the phrase book's title
    labels name ("Home", "Startseite"). The trail ends in the page's own name
    (on the eval corpus' htmltext pages, bench meta, the one such line whose
    last step was read as the site's part named a town's page: wrong 1 in 1)."""
    label, _, step = parts[0].rpartition(": ") if parts else ("", "", "")
    return bool(label) and len(parts) > 1 and book.title_label.fullmatch(step.strip()) is not None
