"""Tuning without code: a TOML settings file (``--config FILE``, or ``[tool.declutter]``
in the nearest ``pyproject.toml``) read into a ``Settings``.

``rules.py`` holds the file's line rules as typed frozen values
(``Settings.rules``), ``compiled.py`` their regexes (once per rules value),
``load.py`` the reading and checking of the file, ``presets.py`` the
``precision`` and ``recall`` presets, ``plugins.py`` a user's extractor named
on the command line, ``typecheck.py`` the check of settings' values against
their declared types. The ``site-rules`` extractor (extractors/site_rules.py)
applies the rules to a page.

``settings.py`` imports ``rules.py``; the loader, which imports ``settings``,
is loaded on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from declutter.config.rules import DropRule, FieldRule, KeepRule, RuleOrigin, Rules, SiteRules

if TYPE_CHECKING:
    from declutter.config.load import find_pyproject, load_settings

__all__ = ["DropRule", "FieldRule", "KeepRule", "RuleOrigin", "Rules", "SiteRules", "find_pyproject", "load_settings"]


def __getattr__(name: str) -> Any:
    if name in ("find_pyproject", "load_settings"):
        from declutter.config import load

        return getattr(load, name)
    raise AttributeError(f"module 'declutter.config' has no attribute {name!r}")
