"""Whether a settings object's values are of the types its fields declare.

``Settings`` and its extractors' option classes check themselves when made
(settings.py), and the settings-file loader checks a file's values before it
makes them (load.py): a typo'd number as a string would otherwise fail deep
inside an extractor. Imports nothing of declutter's but its errors, so that
settings.py can use it.
"""
from __future__ import annotations

import types
import typing
from dataclasses import fields
from functools import cache
from typing import Any, Union

from declutter.errors import ConfigError


class Checked:
    """Options whose values are checked against their types when made (a dataclass's ``__post_init__``)."""

    def __post_init__(self) -> None:
        check_types(self)


def check_types(options: Any) -> None:
    """ConfigError for a field whose value is not of its declared type (a typo'd
    number as a string would otherwise fail deep inside an extractor)."""
    # The pipeline's step types are only named for type checkers here; its
    # steps are checked when the pipeline is built (declutter.pipeline).
    options_class: type = type(options)
    hints = type_hints(options_class)
    for item in fields(options):
        if item.name == "pipeline":
            continue
        hint = hints[item.name]
        value = getattr(options, item.name)
        if not is_instance(value, hint):
            raise ConfigError(f"setting {type(options).__name__}.{item.name} must be {type_name(hint)}, not {value!r}")


@cache  # one per options class: resolving the hints cost more than the check
def type_hints(cls: type) -> dict[str, Any]:
    """The resolved type of each field of ``cls`` (the pipeline's step types named only for type checkers)."""
    return typing.get_type_hints(cls, localns={"Extractor": Any, "Document": Any})


def is_instance(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the type ``hint`` (unions, tuples of one type, None; a bool is no number)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(is_instance(value, arg) for arg in typing.get_args(hint))
    if origin is tuple:
        args = typing.get_args(hint)
        return isinstance(value, tuple) and all(is_instance(v, args[0]) for v in value)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def type_name(hint: Any) -> str:
    """``hint`` as a message names it."""
    return getattr(hint, "__name__", None) or str(hint).replace("typing.", "")
