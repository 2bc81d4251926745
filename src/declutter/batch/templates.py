"""Site templates: lines that repeat across many pages of one site, dropped as ``site-template``.

A first, cheap pass counts on how many pages of each site every normalised
line occurs (8-byte hashes, lossy counting, so memory stays bounded); the
lines over the thresholds of ``TemplateSettings`` become, per site, a set of
hashes, and each page of the site gets the ``site-template`` extractor
(extractors/site_template.py) with its site's set.

The site of a page is its URL's host when known, else the folder of its input
file. Only plain-text pages are counted: an HTML page's lines exist only after
its (costly) extraction, which the counting pass does not repeat.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from itertools import filterfalse
from urllib.parse import urlsplit

from declutter.batch.options import TemplateSettings
from declutter.blocks import line_hash
from declutter.errors import DeclutterError
from declutter.reading.decode import decode_page
from declutter.settings import Settings


def site_of(url: str | None, folder: str) -> str:
    """The URL's host (without "www."), else the input's folder."""
    if url:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:  # "http://[::1/news": not a URL, so no host
            host = ""
        if host:
            return "host:" + host.removeprefix("www.")
    return "folder:" + folder


def page_hashes(data: bytes | str, input_format: str | None) -> set[int] | None:
    """The distinct line hashes of a plain-text page; None for HTML or undecodable pages."""
    if input_format == "html":
        return None
    try:
        text = decode_page(data)
    except DeclutterError:
        return None
    if input_format is None and text.lstrip()[:1] == "<":
        return None  # most likely markup: its lines are not its blocks
    return {line_hash(line) for line in text.split("\n") if line.strip()}


class _Site:
    """Lossy page counts of one site's line hashes: per hash its count and its most undercount."""

    def __init__(self) -> None:
        self.pages = 0
        # Two tables, updated a page's hashes at once (in C, not a loop over them here:
        # a re-run counts every page again, from the state file, and one entry per hash
        # looked up in Python was a third of its time).
        self.counts: Counter[int] = Counter()
        self.undercounts: dict[int, int] = {}

    def add(self, hashes: set[int], period: int) -> None:
        self.pages += 1
        bucket = (self.pages - 1) // period  # completed pruning periods before this page
        self.undercounts.update(dict.fromkeys(filterfalse(self.counts.__contains__, hashes), bucket))
        self.counts.update(hashes)
        if self.pages % period == 0:
            done = self.pages // period
            counts, undercounts = self.counts, self.undercounts
            kept = [h for h, extra in undercounts.items() if counts[h] + extra > done]
            self.counts = Counter(dict(zip(kept, map(counts.__getitem__, kept), strict=True)))
            self.undercounts = dict(zip(kept, map(undercounts.__getitem__, kept), strict=True))


class TemplateCounter:
    """Counts, per site, on how many pages each line occurs (first pass)."""

    def __init__(self, settings: TemplateSettings) -> None:
        self.settings = settings
        self.period = max(1, round(1 / settings.count_error))
        self.sites: dict[str, _Site] = {}

    def add(self, site: str, hashes: set[int]) -> None:
        self.sites.setdefault(site, _Site()).add(hashes, self.period)

    def templates(self) -> dict[str, frozenset[int]]:
        """Per site, the hashes of its template lines (sites without any are left out)."""
        table = {}
        for name, site in self.sites.items():
            need = max(self.settings.min_pages, self.settings.min_share * site.pages)
            found = frozenset(h for h, count in site.counts.items() if count >= need)
            if found:
                table[name] = found
        return table


class SiteSettings:
    """Per site, the settings its pages are cleaned with: made once for each site with
    template lines, so that a site's pages share one Settings (a worker is sent it
    once per message, not once per page)."""

    def __init__(self, settings: Settings, templates: Mapping[str, frozenset[int]], anchor: str) -> None:
        self.settings = settings
        self.templates = templates
        self.anchor = anchor
        self.made: dict[str, Settings] = {}

    def of(self, site: str) -> Settings:
        if site not in self.templates:
            return self.settings
        made = self.made.get(site)
        if made is None:
            made = self.made[site] = site_settings(self.settings, self.templates, site, self.anchor)
        return made


def site_settings(settings: Settings, templates: Mapping[str, frozenset[int]], site: str, anchor: str) -> Settings:
    """``settings`` with the site's template extractor inserted (unchanged when it has none)."""
    from declutter.extractors.site_template import site_template_extractor

    hashes = templates.get(site)
    if not hashes:
        return settings
    names = settings.step_names()
    extractor = site_template_extractor(hashes)
    if anchor in names:
        return settings.with_extractor(extractor, after=anchor)
    later = [n for n in ("navigation", "content", "published") if n in names]
    return settings.with_extractor(extractor, before=later[0]) if later else settings.with_extractor(extractor)
