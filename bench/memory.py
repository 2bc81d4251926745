"""Peak memory of cleaning one large page, process start to exit.

    python -m bench memory [--limit MB]

Two plain-text pages of 50 MB (the default ``--max-bytes``; ``--limit`` MB
instead), made in a temporary folder for the run:

- news pages: the corpus' text pages (htmltext rendering) run together, each
  after a blank line, as a scrape that joins a site's news pages gives them,
  cut at the size (at a character boundary);
- short lines: the words (``\\w+`` runs) of the same pages, in the same order,
  one to three a line (line i holds 1 + i % 3 words), a line ending with
  "\\n", up to the last whole line that fits: a word list, a page of numbers
  or ``yes``-like output, where memory follows the number of lines (several
  million) more than the bytes.

Both are made the same way on every run (no randomness). The command is
``declutter clean page.txt --format text`` (the one ``bench startup`` runs);
its peak resident memory is the kernel's own figure for that process
(``wait4``). Target: under 1 GB for 50 MB (issue 19). A benchmark, never a test.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import cycle
from pathlib import Path

from .startup import _command

PAGE_MB = 50
TARGET_BYTES = 1_000_000_000
_WORD = re.compile(r"\w+")


def _corpus_pages(root: Path) -> list[Path]:
    return sorted((root / "text" / "htmltext").glob("*.txt"))


def write_page(root: Path, path: Path, size: int) -> str:
    """The corpus' text pages, in name order and again from the first, joined by blank
    lines up to ``size`` bytes of UTF-8 (cut at a character boundary); what it holds."""
    pages = _corpus_pages(root)
    parts: list[bytes] = []
    total = used = 0
    while total < size:
        part = pages[used % len(pages)].read_bytes()
        used += 1
        parts.append(part)
        total += len(part) + 2
    data = b"\n\n".join(parts)[:size]
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return f"{used} corpus text pages run together"


def short_lines(texts: Iterable[str], size: int) -> Iterator[str]:
    """Lines of one to three of the words of ``texts`` (line i holds 1 + i % 3 of
    them, in order; a text's last line may hold fewer), each ending with a line
    break, as long as their UTF-8 stays within ``size`` bytes."""
    number = total = 0
    for text in texts:
        words = _WORD.findall(text)
        at = 0
        while at < len(words):
            count = 1 + number % 3
            line = " ".join(words[at : at + count]) + "\n"
            total += len(line.encode("utf-8"))
            if total > size:
                return
            yield line
            at += count
            number += 1


def write_short_lines(root: Path, path: Path, size: int) -> str:
    """The words of the corpus' text pages (in name order, again from the first)
    one to three a line (``short_lines``), up to ``size`` bytes; what it holds."""
    texts = (page.read_text("utf-8", "replace") for page in cycle(_corpus_pages(root)))
    lines = list(short_lines(texts, size))
    path.write_text("".join(lines), "utf-8")
    return f"{len(lines):,} lines of 1-3 words"


def peak(root: Path, size: int, write: Callable[[Path, Path, int], str]) -> tuple[int, float, str]:
    """Peak RSS in bytes and seconds of ``declutter clean page.txt --format text`` on the
    page ``write`` makes of ``size`` bytes, and what the page holds."""
    with tempfile.TemporaryDirectory(prefix="declutter-memory-") as tmp:
        page = Path(tmp) / "page.txt"
        holds = write(root, page, size)
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
    return usage.ru_maxrss * 1024, seconds, holds  # kilobytes on Linux


def run(root: Path, limit: int | None = None) -> None:
    size = (limit or PAGE_MB) * 1_000_000
    print(f"declutter clean page.txt --format text on {size / 1e6:.0f} MB (target for {PAGE_MB} MB: peak RSS < {TARGET_BYTES / 1e9:.0f} GB)")
    for name, write in (("news pages", write_page), ("short lines", write_short_lines)):
        bytes_, seconds, holds = peak(root, size, write)
        verdict = "ok" if size < PAGE_MB * 1_000_000 or bytes_ < TARGET_BYTES else "over"
        print(f"  {name:12s} peak RSS {bytes_ / 1e6:6,.0f} MB, {seconds:4.0f} s: {verdict} ({holds})", flush=True)
