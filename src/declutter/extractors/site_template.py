"""Site templates (batch runs): lines that repeat across many pages of one site.

The batch's counting pass (batch/templates.py) finds, per site, the lines
printed on many of its pages; each page of that site then runs this
extractor with the set of their hashes.
"""
from __future__ import annotations

from functools import partial

from declutter.blocks import line_hash
from declutter.document import Document
from declutter.extractor import Extractor
from declutter.kinds import Kind
from declutter.settings import Settings

NAME = "site-template"
__all__ = ["NAME", "drop_template_lines", "line_hash", "site_template_extractor"]  # line_hash: line_hash.py


def drop_template_lines(doc: Document, settings: Settings, *, hashes: frozenset[int]) -> None:
    """Drop the kept blocks whose line is one of the site's template lines.

    Blocks already given a role (the title) are left alone: a headline that
    recurs on many pages is still the headline of this one.
    """
    for block in doc.blocks:
        if block.kind is None and block.role is None and line_hash(block.text) in hashes:
            doc.drop(block, Kind.SITE_TEMPLATE)


def site_template_extractor(hashes: frozenset[int]) -> Extractor:
    """The extractor for one site's template lines (it pickles into batch workers)."""
    summary = "Lines repeated across many pages of one site (batch runs)."
    return Extractor(name=NAME, run=partial(drop_template_lines, hashes=hashes), assigns=("blocks",), doc=summary)
