"""Peak memory of cleaning one large page stays proportional to the page (issue 19)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import declutter

PAGE_CHARS = 5_000_000
# Measured from after the language model is loaded: 255 MB for this page (about
# 27 MB more when no cached copy of the model can be read and it is unpacked in
# memory; 282, 339 and 366 MB before issue 19's last cuts); the interpreter and
# the imports are 90 MB of it. The bound is generous: it fails on a peak that
# grows faster than the page, not on a few megabytes.
BOUND_BYTES = 16 * PAGE_CHARS + 220_000_000

_CHILD = textwrap.dedent(
    """
    import random, sys
    from declutter import clean
    # The language model loaded first: unpacking it, when no cached copy can be
    # read, costs 150 MB for a moment (a fact of the cache, not of the page).
    clean("The minister said the market news of the week.", input_format="text")
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # the peak (VmHWM) counted from here
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
    print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])  # kilobytes
    """
)


def test_peak_memory_of_a_large_page_is_bounded() -> None:
    src = str(Path(declutter.__file__).resolve().parent.parent)
    # The child reports its own peak (RUSAGE_CHILDREN's here is the largest of every child
    # reaped so far, earlier tests' leftovers included: Popen reaps them when it starts one).
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(PAGE_CHARS)], check=True, env={"PYTHONPATH": src}, timeout=600, capture_output=True, text=True,
    )
    peak = int(done.stdout.split()[-1]) * 1024
    assert peak < BOUND_BYTES, f"{peak / 1e6:.0f} MB for a page of {PAGE_CHARS / 1e6:.0f} million characters"


def test_the_content_classifier_lets_go_of_the_joined_texts() -> None:
    # Only the classifier reads the blocks' texts as joined (BlockWords.joined): the page's
    # evidence does not keep them past it, while the word counts others read stay.
    page = "\n\n".join(["Home", "News", "The minister said the market was calm this week, and traders agreed."] * 5)
    doc = declutter.clean(page, input_format="text")
    counted = doc.evidence.block_words
    assert counted is not None and counted.joined is None
    assert counted.words == [declutter.blocks.word_count(b.text) for b in doc.blocks]
