"""What a markdown page's markup says about its lines, which plain text loses.

Only for markdown pages (``Settings.markdown_steps``; ``Document.markdown_spans``
gives each block's markup); it runs after the phrase books and the related
teasers and before the menu finder (``MarkdownSettings.steps_before``). A line of images only is image alt text; a run of
lines that are links and little else (a menu's items, a footer's links, share
links) is navigation. Headings are marked with ``Role.HEADING`` so that the
content classifier keeps one that stands between kept blocks.
"""
from __future__ import annotations

from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind, Role
from declutter.settings import MarkdownSettings, Settings


@extractor("markdown-structure", assigns=("blocks",))
def label_markdown_structure(doc: Document, settings: Settings) -> None:
    """Markdown pages: image-only lines, runs of link lines (menus), headings."""
    spans = doc.markdown_spans
    if len(spans) != len(doc.blocks):
        return  # not a markdown page (or blocks split otherwise): no evidence
    from declutter.reading.markdown import LineKind

    opts = settings.markdown
    heading = LineKind.HEADING  # an enum member looked up once, not per line
    run: list[int] = []
    for index, (block, span) in enumerate(zip(doc.blocks, spans)):
        inline = span.inline  # the line's evidence, read from it once
        if inline.image_only:
            doc.drop(block, Kind.IMAGE_ALT)
        elif span.kind is heading and block.role is None:
            block.role = Role.HEADING
        # A line of links and little else (a heading never is one).
        link_line = span.kind is not heading and (inline.link_only or span.link_density >= opts.nav_link_density)
        if inline.image_only or link_line:
            run.append(index)  # an image inside a menu (a logo, an icon) does not end it
            continue
        if run:
            _drop_run(doc, run, opts)
            run = []
    _drop_run(doc, run, opts)


def _drop_run(doc: Document, run: list[int], opts: MarkdownSettings) -> None:
    links = [i for i in run if not doc.markdown_spans[i].inline.image_only]
    if len(links) >= opts.nav_min_run:
        for i in links:
            doc.drop(doc.blocks[i], Kind.NAVIGATION)
