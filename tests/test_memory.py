"""Peak memory of cleaning one large page stays proportional to the page (issue 19)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import declutter

PAGE_CHARS = 5_000_000
# Measured: 232 MB for this page (the interpreter and the imports are ~120 MB of
# it; 304 MB before issue 19's cuts, 289 MB before the content classifier read
# its context a part at a time). The bound is generous: it fails on a peak that
# grows faster than the page, not on a few megabytes.
BOUND_BYTES = 16 * PAGE_CHARS + 200_000_000

_CHILD = textwrap.dedent(
    """
    import random, resource, sys
    from declutter import clean
    random.seed(19)
    words = "the a of news said minister market share home sports weather página straße résumé".split()
    lines, size = [], 0
    while size < int(sys.argv[1]):
        if random.random() < 0.5:  # a menu item or a heading
            line = " ".join(random.choices(words, k=random.randint(1, 4))).title()
        else:  # a paragraph
            line = " ".join(random.choices(words, k=random.randint(8, 40))) + "."
        if random.random() < 0.01:
            line += " \\U0001F600"  # a character beyond the BMP: the page is 4 bytes a character in memory
        lines.append(line)
        size += len(line) + 2
    page = "\\n\\n".join(lines)
    clean(page, input_format="text")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def test_peak_memory_of_a_large_page_is_bounded() -> None:
    src = str(Path(declutter.__file__).resolve().parent.parent)
    # The child reports its own peak: RUSAGE_CHILDREN's here is the largest of every child
    # reaped so far, earlier tests' leftovers included (Popen reaps them when it starts one).
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(PAGE_CHARS)], check=True, env={"PYTHONPATH": src}, timeout=600, capture_output=True, text=True,
    )
    peak = int(done.stdout.split()[-1]) * 1024  # kilobytes on Linux
    assert peak < BOUND_BYTES, f"{peak / 1e6:.0f} MB for a page of {PAGE_CHARS / 1e6:.0f} million characters"
