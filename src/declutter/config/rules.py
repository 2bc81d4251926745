"""The rules of a settings file, as typed frozen values inside ``Settings.rules``.

Each rule remembers where it was written (``RuleOrigin``: file, section,
key) so that ``declutter explain`` can name the rule that decided a block.
Patterns are kept as text: they are compiled once per ``Rules`` value
(``declutter.config.compiled``), and text is what the batch fingerprint records.
"""
from __future__ import annotations

from dataclasses import dataclass

# The metadata fields a site's line patterns may give.
FIELD_RULES = ("title", "author", "date")


@dataclass(frozen=True)
class RuleOrigin:
    """Where a rule was written: ``cfg.toml [sites."*.example.com"] promo``."""

    file: str
    section: str  # the TOML table ("phrases.en", 'sites."The Telegraph"'), "" for the top level
    key: str

    def __str__(self) -> str:
        return f"{self.file} [{self.section}] {self.key}" if self.section else f"{self.file} {self.key}"


@dataclass(frozen=True)
class DropRule:
    """Lines matching one of ``patterns`` whole (case-insensitive, edges stripped) are dropped as ``kind``."""

    kind: str
    patterns: tuple[str, ...]
    origin: RuleOrigin
    # Only on pages whose phrase books include this language (as the books'
    # own phrasings: Settings.phrase_languages or the page's language); None: always.
    language: str | None = None


@dataclass(frozen=True)
class KeepRule:
    """Lines holding one of ``patterns`` (searched, case-insensitive) are never dropped."""

    patterns: tuple[str, ...]
    origin: RuleOrigin


@dataclass(frozen=True)
class FieldRule:
    """The first kept line matching one of ``patterns`` whole gives ``field`` (title, author or date).

    A pattern's group named ``value``, when it has one, is the value; else the whole line.
    """

    field: str
    patterns: tuple[str, ...]
    origin: RuleOrigin


@dataclass(frozen=True)
class SiteRules:
    """The rules of one ``[sites."KEY"]`` section: for pages whose URL host
    matches KEY as a glob, or whose source is KEY (case-insensitive)."""

    key: str
    drop: tuple[DropRule, ...] = ()
    keep: tuple[KeepRule, ...] = ()
    fields: tuple[FieldRule, ...] = ()
    skip: tuple[str, ...] = ()  # extractors left out for this site's pages

    @property
    def by_host(self) -> bool:
        """Whether KEY reads as a host glob ("*.example.com", "example.co.uk"), not a source's name."""
        return "." in self.key and not any(c.isspace() or c.isupper() for c in self.key)


@dataclass(frozen=True)
class Rules:
    """Every rule of the settings file; empty (and free) by default."""

    drop: tuple[DropRule, ...] = ()
    keep: tuple[KeepRule, ...] = ()
    sites: tuple[SiteRules, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.drop or self.keep or self.sites)

    @property
    def by_source(self) -> bool:
        """Whether a site is named by its source, known only once the page's extractors have read it."""
        return any(not site.by_host for site in self.sites)
