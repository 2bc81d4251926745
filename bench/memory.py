"""Peak memory of cleaning one large page, process start to exit.

    python -m bench memory [--limit MB]

The page is plain text: the corpus' text pages (htmltext rendering) run
together, each after a blank line, as a scrape that joins a site's news
pages gives them, cut at 50 MB (the default ``--max-bytes``; ``--limit`` MB
instead), made in a temporary folder for the run. The command is ``declutter
clean page.txt --format text`` (the one ``bench startup`` runs); its peak
resident memory is the kernel's own figure for that process (``wait4``).
Target: under 1 GB for 50 MB (issue 19). A benchmark, never a test.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from .startup import _command

PAGE_MB = 50
TARGET_BYTES = 1_000_000_000


def write_page(root: Path, path: Path, size: int) -> int:
    """The corpus' text pages, in name order and again from the first, joined by blank
    lines up to ``size`` bytes of UTF-8 (cut at a character boundary); their number."""
    pages = sorted((root / "text" / "htmltext").glob("*.txt"))
    parts: list[bytes] = []
    total = used = 0
    while total < size:
        part = pages[used % len(pages)].read_bytes()
        used += 1
        parts.append(part)
        total += len(part) + 2
    data = b"\n\n".join(parts)[:size]
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return used


def run(root: Path, limit: int | None = None) -> None:
    size = (limit or PAGE_MB) * 1_000_000
    with tempfile.TemporaryDirectory(prefix="declutter-memory-") as tmp:
        page = Path(tmp) / "page.txt"
        used = write_page(root, page, size)
        command = [*_command("declutter"), "clean", str(page), "--format", "text"]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        errors = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {errors[-500:]}")
    peak = usage.ru_maxrss * 1024  # kilobytes on Linux
    verdict = "ok" if size < PAGE_MB * 1_000_000 or peak < TARGET_BYTES else "over"
    print(f"declutter clean page.txt --format text on {size / 1e6:.0f} MB ({used} corpus text pages run together): "
          f"peak RSS {peak / 1e6:,.0f} MB, {seconds:.0f} s (target for {PAGE_MB} MB < {TARGET_BYTES / 1e9:.0f} GB: {verdict})")
