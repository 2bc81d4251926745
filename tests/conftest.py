"""Shared test helpers: paths to the project's samples and the user's seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def sample_path():
    return lambda name: SAMPLES / name
