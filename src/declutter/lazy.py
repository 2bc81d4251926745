"""Public names imported when first used: a package's module ``__getattr__``.

``import declutter`` and ``import declutter.batch`` stay cheap (no numpy,
rapidfuzz, trafilatura or batch runner) until a name that needs them is read.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports ``names`` (public name ->
    defining module) on first use. Python's import system keeps the module, so
    each later read is an import cache lookup."""

    def module_getattr(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(module), name)

    return module_getattr
