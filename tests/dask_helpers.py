"""Helpers the Dask tests send to the cluster's worker processes (they must be importable there)."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from declutter.document import Document
from declutter.settings import Settings


class KillOnce:
    """An extractor that kills its own process the first time any process runs it (a marker file says
    whether it has), and changes nothing: the outputs are those of a run without it."""

    name = "kill-once"

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __call__(self, doc: Document, settings: Settings) -> None:
        try:
            handle = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.write(handle, str(os.getpid()).encode())
        os.close(handle)
        os.kill(os.getpid(), signal.SIGKILL)
