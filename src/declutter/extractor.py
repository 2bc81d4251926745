"""What an extractor is: a named callable that declares what it needs and what it fills.

An extractor is called as ``extractor(doc, settings)``: it labels blocks
(``doc.drop``) and fills fields of the Document, and never changes a
character. Like spaCy's pipeline components it declares, by name, the fields
it ``requires`` (filled by an earlier extractor) and the ones it ``assigns``;
the pipeline checks the order before any page is read (``pipeline.check``).

The names are Document fields ("title", "language", "blocks" for labels) and
evidence fields ("evidence.date_lines"), checked when an extractor is made.
"""
from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from declutter.document import Document, Evidence
from declutter.errors import ConfigError

if TYPE_CHECKING:
    from declutter.settings import Settings

ExtractorFunc = Callable[[Document, "Settings"], None]

# Every name an extractor may require or assign.
FIELD_NAMES = frozenset(
    [f.name for f in fields(Document) if f.name not in ("source_text", "evidence", "undecided_by", "skipped")]
    + [f"evidence.{f.name}" for f in fields(Evidence) if f.name != "block_words"]
)


@dataclass(frozen=True)
class Extractor:
    """A pipeline step: ``run(doc, settings)`` under a name, with its contract."""

    name: str
    run: ExtractorFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""  # one line for ``declutter extractors``

    def __post_init__(self) -> None:
        unknown = [n for n in (*self.requires, *self.assigns) if n not in FIELD_NAMES]
        if unknown:
            raise ConfigError(f"extractor {self.name!r} names unknown fields {unknown}; known: {', '.join(sorted(FIELD_NAMES))}")

    def __call__(self, doc: Document, settings: Settings) -> None:
        self.run(doc, settings)

    def __reduce__(self) -> str | tuple[Any, ...]:
        """Pickle (into batch workers) by reference when this is what the
        function's module name holds: ``@extractor`` put it there in the
        function's place, so the function itself cannot be pickled by name."""
        module, name = getattr(self.run, "__module__", None), getattr(self.run, "__qualname__", "")
        if module and "." not in name and getattr(sys.modules.get(module), name, None) is self:
            return (_module_attribute, (module, name))
        return (Extractor, (self.name, self.run, self.requires, self.assigns, self.doc))


def _module_attribute(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def extractor(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable[[ExtractorFunc], Extractor]:
    """Make a function an Extractor: ``@extractor("headline", assigns=("title",))``.

    Nothing is registered here: ``declutter.extractors.EXTRACTORS`` lists the
    built-in ones, and a user's own goes into ``Settings.pipeline`` as it is.
    """

    def make(func: ExtractorFunc) -> Extractor:
        summary = (func.__doc__ or "").strip().split("\n")[0]
        return Extractor(name=name, run=func, requires=requires, assigns=assigns, doc=summary)

    return make
