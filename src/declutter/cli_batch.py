"""The batch side of ``declutter clean`` (folders, many files, --jsonl)."""
from __future__ import annotations

import click


def run_batch_command(inputs, *, output, jsonl, jobs, force, quiet, settings, input_format) -> int:
    click.echo("declutter: batch runs are not available yet; give one FILE", err=True)
    return 2
