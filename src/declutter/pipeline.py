"""Running a pipeline of extractors over a Document, after checking its contracts.

A pipeline step is a registered name (``declutter.extractors.EXTRACTORS``), an
``Extractor``, or any callable ``(doc, settings) -> None`` (a user's own, with
no declared contract). Before any page is read, every step's ``requires``
must be assigned by an earlier step: leaving out or moving an extractor that
another depends on is a ConfigError naming both.
"""
from __future__ import annotations

from collections.abc import Sequence

from declutter.document import Document
from declutter.errors import ConfigError, UnknownExtractorError
from declutter.extractor import Extractor
from declutter.extractors import EXTRACTORS
from declutter.settings import PipelineStep, Settings, step_name


def resolve(step: PipelineStep) -> Extractor:
    """The Extractor for a pipeline step (a registered name, an Extractor or a callable)."""
    if isinstance(step, Extractor):
        return step
    if isinstance(step, str):
        try:
            return EXTRACTORS[step]
        except KeyError:
            raise UnknownExtractorError(f"no extractor named {step!r}; known: {', '.join(EXTRACTORS)}") from None
    if callable(step):
        return Extractor(name=step_name(step), run=step)
    raise UnknownExtractorError(f"a pipeline step must be a name or a callable, not {step!r}")


def check(steps: Sequence[Extractor]) -> None:
    """Raise ConfigError when a step requires what no earlier step assigns."""
    for at, step in enumerate(steps):
        for needed in step.requires:
            if any(needed in earlier.assigns for earlier in steps[:at]):
                continue
            later = next((s.name for s in steps[at + 1 :] if needed in s.assigns), None)
            if later is not None:
                raise ConfigError(
                    f"extractor {step.name!r} requires {needed}, which {later!r} assigns only after it: put {later!r} before {step.name!r}"
                )
            known = next((s.name for s in EXTRACTORS.values() if needed in s.assigns), None)
            giver = f"{known!r}, which is not in the pipeline" if known else "no extractor in the pipeline"
            raise ConfigError(f"extractor {step.name!r} requires {needed}, assigned by {giver}")


def build(settings: Settings) -> list[Extractor]:
    """The checked steps of ``settings.pipeline``."""
    steps = [resolve(step) for step in settings.pipeline]
    check(steps)
    return steps


def run_pipeline(doc: Document, settings: Settings, steps: Sequence[Extractor] | None = None) -> Document:
    """Run every step over ``doc`` in order, recording which one decided each block."""
    for step in build(settings) if steps is None else steps:
        if doc.skipped and step.name in doc.skipped:  # a site's rules leave it out
            continue
        step(doc, settings)
        for block in doc.undecided_by:
            block.by = step.name
        doc.undecided_by.clear()
    return doc


