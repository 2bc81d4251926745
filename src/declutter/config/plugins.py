"""A user's extractor named on the command line: ``--extractor module:function``,
or the name of an entry point in the ``declutter.extractors`` group (what a
package installs with ``[project.entry-points."declutter.extractors"]``)."""
from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from declutter.errors import ConfigError
from declutter.extractor import Extractor
from declutter.pipeline import resolve
from declutter.settings import Settings

GROUP = "declutter.extractors"


def load_extractor(spec: str) -> Extractor:
    """The extractor ``spec`` names: "package.module:name", or an entry point's name."""
    if ":" in spec:
        module_name, _, attribute = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise ConfigError(f"--extractor {spec}: cannot import {module_name!r} ({exc})") from None
        found = getattr(module, attribute, None)
        if found is None:
            raise ConfigError(f"--extractor {spec}: {module_name!r} has no {attribute!r}")
    else:
        points = entry_points(group=GROUP, name=spec)
        if not points:
            known = sorted(point.name for point in entry_points(group=GROUP))
            names = ", ".join(known) or "none installed"
            raise ConfigError(f"--extractor {spec}: give module:function, or one of the {GROUP} entry points: {names}")
        found = next(iter(points)).load()
    if not callable(found):
        raise ConfigError(f"--extractor {spec}: {found!r} is not an extractor (a callable (doc, settings) -> None)")
    return resolve(found)


def with_extractors(settings: Settings, specs: tuple[str, ...]) -> Settings:
    """``settings`` with each named extractor inserted before "content" (at the end without it), in order."""
    for spec in specs:
        step = load_extractor(spec)
        settings = settings.with_extractor(step, before="content" if "content" in settings.step_names() else None)
    return settings
