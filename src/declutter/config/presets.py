"""The ``precision`` and ``recall`` presets: the content classifier's cut and
the thresholds that move with it, in one direction each.

Precision (less chrome left in, some article lost): a higher cut and a
stricter rescue of paragraphs under it. Recall (more of the article kept,
more chrome with it): both lower. A value the settings file sets itself wins
over its preset. The cut is used on markdown pages too, in place of
MarkdownSettings.content_threshold (api.pipeline_for).

Measured on the eval corpus' 990 text pages (bench text renderings,
htmltext / inscriptis), against the defaults' P 0.929 / 0.939, R 0.888 /
0.881, F1 0.908 / 0.909:

- precision (cut 0.65, rescue 0.5): P 0.939 / 0.947, R 0.853 / 0.854;
  lead_gap 3 besides gave P +0.002 for R -0.007 (left out); cut 0.70 with
  rescue 0.55 gave P 0.948 / 0.952 for R 0.823 / 0.841 (too costly);
- recall (cut 0.45, rescue 0.3): P 0.907 / 0.926, R 0.907 / 0.900.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from declutter.errors import ConfigError
from declutter.settings import Settings

PRESETS = ("precision", "recall")


@dataclass(frozen=True)
class Preset:
    content_threshold: float  # ContentSettings.threshold
    rescue_threshold: float  # ContentSettings.rescue_threshold: stays under the cut


_VALUES = {
    "precision": Preset(content_threshold=0.65, rescue_threshold=0.5),
    "recall": Preset(content_threshold=0.45, rescue_threshold=0.3),
}


def with_preset(settings: Settings, name: str) -> Settings:
    """``settings`` with the preset ``name`` ("precision" or "recall") applied."""
    if name not in _VALUES:
        raise ConfigError(f"unknown preset {name!r}; choose {' or '.join(PRESETS)}")
    preset = _VALUES[name]
    return replace(
        settings,
        content=replace(settings.content, threshold=preset.content_threshold, rescue_threshold=preset.rescue_threshold),
    )
