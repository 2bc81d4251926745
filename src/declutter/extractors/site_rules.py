"""The settings file's line rules (declutter.config): keep-phrases, a site's
title/author/date lines, extra phrasings of boilerplate.

Not in the default pipeline: ``api.pipeline_for`` puts ``site-rules`` right
after ``language`` when ``Settings.rules`` has any, so that it decides before
every extractor that drops. The first decision wins, and a block kept by a
rule is never dropped later (``Document.drop``); every block a rule decided
names it (``Block.rule``). A ``[sites]`` section named by a source's name,
which plain-text pages only print in a date line or a feed footer, is
applied by ``site-rules-by-source`` right after the extractors that find the
source.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from declutter.blocks import Block
from declutter.config.compiled import Compiled, CompiledSite, compiled
from declutter.document import Document, Origin
from declutter.extractor import extractor
from declutter.kinds import Kind, Role
from declutter.phrases import book_for
from declutter.phrases.dates import find_dates
from declutter.settings import Settings

# What a line given a field by a site's rule is dropped as: it is the page's
# title, byline or date line, printed once.
_FIELD_KINDS = {"title": Kind.HEADLINE, "author": Kind.BYLINE, "date": Kind.DATELINE}
_ASSIGNS = ("blocks", "title", "author", "published", "published_guessed", "published_evidence", "evidence.rule_sites")


@extractor("site-rules", assigns=_ASSIGNS)
def apply_site_rules(doc: Document, settings: Settings) -> None:
    """The settings file's rules: keep-phrases, a site's title/author/date lines, extra boilerplate phrasings."""
    rules = compiled(settings.rules)
    host = _host(doc.url)
    sites = [site for site in rules.sites if site.matches(host, doc.source)]
    doc.evidence.rule_sites = tuple(site.site.key for site in sites)
    _apply(doc, settings, sites, general=True)


@extractor("site-rules-by-source", assigns=_ASSIGNS)
def apply_source_rules(doc: Document, settings: Settings) -> None:
    """The [sites] sections named by the source the page printed (found by the extractors
    before it, or offered by a date line's or a byline's name: extractors/dateline.py)."""
    done = doc.evidence.rule_sites or ()
    names = [name for name in (doc.source, *(line.name for line in doc.evidence.source_lines or ())) if name]
    if not names:
        return
    sites = [
        site for site in compiled(settings.rules).sites
        if site.site.key not in done and any(site.matches(None, name) for name in names)
    ]
    if sites:
        doc.evidence.rule_sites = done + tuple(site.site.key for site in sites)
        _apply(doc, settings, sites, general=False)


def _apply(doc: Document, settings: Settings, sites: list[CompiledSite], general: bool) -> None:
    rules = compiled(settings.rules)
    for site in sites:
        doc.skipped |= frozenset(site.site.skip)
    # A site's own rules before the general ones: they are the more particular.
    keep = [rule for site in sites for rule in site.keep] + (list(rules.keep) if general else [])
    fields = [rule for site in sites for rule in site.fields]
    drop = [rule for site in sites for rule in site.drop] + (list(rules.drop) if general else [])
    if any(rule.language for rule in drop):
        languages = {*settings.phrase_languages, doc.language}  # as the phrase books are chosen (phrases.book_for)
        drop = [rule for rule in drop if rule.language is None or rule.language in languages]
    given: set[str] = set()
    for block in doc.blocks:
        if block.kind is not None or block.rule is not None:
            continue
        rule = next((rule for rule in keep if rule.pattern.search(block.text)), None)
        if rule is not None:
            block.rule, block.by = rule.origin, "site-rules"
            continue
        for rule in fields:
            if rule.kind not in given and _give_field(doc, settings, block, rule):
                given.add(rule.kind)
                break
        else:
            rule = next((rule for rule in drop if rule.pattern.fullmatch(block.bare)), None)
            if rule is not None and doc.drop(block, rule.kind):
                block.rule = rule.origin


def _give_field(doc: Document, settings: Settings, block: Block, rule: Compiled) -> bool:
    """Take ``rule``'s field from ``block`` when the rule matches it; whether it did."""
    match = rule.pattern.fullmatch(block.bare)
    if match is None:
        return False
    value = (match.groupdict().get("value") or match.group(0)).strip()
    if rule.kind == "date":
        value = _iso_date(doc, settings, value) or ""
    if not value:
        return False
    name = "published" if rule.kind == "date" else rule.kind
    # The site's rule is the user's word: it wins over what the page's
    # markup said (HTML metadata, front matter), which was set before.
    setattr(doc, name, value)
    doc.origins[name] = Origin("site-rule", block.line)
    doc.drop(block, _FIELD_KINDS[rule.kind], Role.TITLE if rule.kind == "title" else None)
    block.rule = rule.origin
    return True


def _iso_date(doc: Document, settings: Settings, text: str) -> str | None:
    """The first date in ``text`` as ISO 8601; an ambiguous one read as ``Settings.dates`` says."""
    dates = find_dates(text, book_for(settings, doc.language))
    if not dates:
        return None
    day = dates[0].as_date(settings.dates.dayfirst)
    if day is None:
        return None
    doc.published_guessed = dates[0].ambiguous
    doc.published_evidence = ("setting:" + ("dayfirst" if settings.dates.dayfirst else "monthfirst")) if dates[0].ambiguous else None
    return day.isoformat()


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
