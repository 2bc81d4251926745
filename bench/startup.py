"""One page, process start to exit: ``declutter clean`` on a text page and on an HTML page,
and trafilatura's own command on the same HTML page.

    python -m bench startup

Each command runs RUNS times, interleaved (declutter text, declutter HTML,
trafilatura, and again), so that other work on the machine weighs on all
three alike; the medians and the ratio to trafilatura's are printed. The
commands are the ones installed beside this Python (``.venv/bin/declutter``,
``.venv/bin/trafilatura``); without a ``declutter`` script there (a checkout
run with PYTHONPATH) it is ``python -c "from declutter.cli import main;
main()"``, which starts the same way. trafilatura reads the page on stdin and
prints its text (its default output); declutter prints its JSON record.
The commands run without PYTHONDONTWRITEBYTECODE, so that the first run
writes declutter's bytecode as any installed package has it (trafilatura's,
in site-packages, has it): with the variable set, an editable checkout was
compiled from source in every run, about 0.1 s of each.
Target: declutter on the HTML page within 1.3 x trafilatura's median. Also
printed: the median time of ``python -c "import declutter"`` (target < 0.15 s).
A benchmark, never a test.
"""
from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 10
PAGE_ID = "001f43cb87b4416b"  # a French news article: its HTML and its htmltext rendering
TARGET = 1.3


def _command(name: str) -> list[str]:
    script = Path(sys.executable).with_name(name)
    if script.exists():
        return [str(script)]
    if name == "declutter":
        return [sys.executable, "-c", "from declutter.cli import main; main()"]
    return [sys.executable, "-m", name]


# The environment of the commands timed: bytecode may be written (see the module's doc).
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _time(command: list[str], stdin: Path | None = None) -> float:
    feed = open(stdin, "rb") if stdin else None
    try:
        started = time.perf_counter()
        done = subprocess.run(
            command, stdin=feed or subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV,
        )
        seconds = time.perf_counter() - started
    finally:
        if feed is not None:
            feed.close()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return seconds


def run(root: Path, limit: int | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="declutter-startup-") as tmp:
        html, text = Path(tmp) / "page.html", Path(tmp) / "page.txt"
        html.write_bytes(gzip.decompress((root / "html" / f"{PAGE_ID}.html.gz").read_bytes()))
        text.write_bytes((root / "text" / "htmltext" / f"{PAGE_ID}.txt").read_bytes())
        declutter, trafilatura = _command("declutter"), _command("trafilatura")
        commands = {
            "declutter clean page.txt": ([*declutter, "clean", str(text)], None),
            "declutter clean page.html": ([*declutter, "clean", str(html)], None),
            "trafilatura < page.html": (trafilatura, html),
            "python -c 'import declutter'": ([sys.executable, "-c", "import declutter"], None),
        }
        for command, stdin in commands.values():  # one run each first: caches (ours, the OS's, bytecode) filled
            _time(command, stdin)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(limit or RUNS):
            for name, (command, stdin) in commands.items():
                times[name].append(_time(command, stdin))
    medians = {name: statistics.median(values) for name, values in times.items()}
    anchor = medians["trafilatura < page.html"]
    print(f"{'command':<30} {'median s':>9} {'min s':>7} {'x trafilatura':>14}  ({len(times[name])} runs each, interleaved)")
    for name, values in times.items():
        print(f"{name:<30} {medians[name]:>9.3f} {min(values):>7.3f} {medians[name] / anchor:>14.2f}")
    ratio = medians["declutter clean page.html"] / anchor
    verdict = "ok" if ratio <= TARGET else "over"
    print(f"declutter on the HTML page: {ratio:.2f} x trafilatura's command (target <= {TARGET}: {verdict}); "
          f"import declutter {medians[next(reversed(medians))]:.3f} s (target < 0.15)")
