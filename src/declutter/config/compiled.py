"""The settings file's rules as compiled regexes, made once per ``Rules`` value.

``Rules`` is frozen and hashable, so the compiled form is cached by it: every
page of a run (and every thread cleaning with the same settings) shares one,
and two settings never share a cache entry. Nothing here is mutable.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache

from declutter.config.rules import DropRule, FieldRule, KeepRule, RuleOrigin, Rules, SiteRules
from declutter.errors import ConfigError
from declutter.phrases import exponential_reason


@dataclass(frozen=True)
class Compiled:
    """One rule's patterns in one regex (matched case-insensitively), and the rule."""

    pattern: re.Pattern[str]
    origin: RuleOrigin
    kind: str = ""  # a drop rule's kind, a field rule's field
    language: str | None = None  # a drop rule's language


@dataclass(frozen=True)
class CompiledSite:
    site: SiteRules
    drop: tuple[Compiled, ...]
    keep: tuple[Compiled, ...]
    fields: tuple[Compiled, ...]
    host: re.Pattern[str]  # the key as a host glob
    name: str  # the key as a source's name, case-folded

    def matches(self, host: str | None, source: str | None) -> bool:
        if host and (self.host.fullmatch(host) or self.host.fullmatch(host.removeprefix("www."))):
            return True
        return source is not None and " ".join(source.split()).casefold() == self.name


@dataclass(frozen=True)
class CompiledRules:
    drop: tuple[Compiled, ...]
    keep: tuple[Compiled, ...]
    sites: tuple[CompiledSite, ...]


def pattern_problem(pattern: str) -> str | None:
    """What is wrong with a rule's pattern (it does not compile, or may take
    exponential time on some lines), or None."""
    try:
        re.compile(pattern, re.I)
    except re.error as exc:
        return f"is not a valid regular expression ({exc})"
    reason = exponential_reason(pattern)
    return f"may take exponential time on some lines ({reason}); write it without that" if reason else None


@lru_cache(maxsize=32)  # keyed by the frozen rules: one entry per settings in use
def compiled(rules: Rules) -> CompiledRules:
    """``rules`` compiled; ConfigError naming the rule for a pattern that is wrong."""
    return CompiledRules(
        drop=tuple(_drop(rule) for rule in rules.drop),
        keep=tuple(_keep(rule) for rule in rules.keep),
        sites=tuple(_site(site) for site in rules.sites),
    )


def _site(site: SiteRules) -> CompiledSite:
    return CompiledSite(
        site=site,
        drop=tuple(_drop(rule) for rule in site.drop),
        keep=tuple(_keep(rule) for rule in site.keep),
        fields=tuple(found for rule in site.fields for found in _field(rule)),
        host=re.compile(fnmatch.translate(site.key.lower()), re.I),
        name=" ".join(site.key.split()).casefold(),
    )


def _drop(rule: DropRule) -> Compiled:
    return Compiled(_alternation(rule.patterns, rule.origin), rule.origin, rule.kind, rule.language)


def _keep(rule: KeepRule) -> Compiled:
    return Compiled(_alternation(rule.patterns, rule.origin), rule.origin)


def _field(rule: FieldRule) -> tuple[Compiled, ...]:
    # A regex per pattern: each may name its own "value" group.
    return tuple(Compiled(_alternation((pattern,), rule.origin), rule.origin, rule.field) for pattern in rule.patterns)


def _alternation(patterns: tuple[str, ...], origin: RuleOrigin) -> re.Pattern[str]:
    for pattern in patterns:
        problem = pattern_problem(pattern)
        if problem:
            raise ConfigError(f"{origin}: the pattern {pattern!r} {problem}")
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.I)
