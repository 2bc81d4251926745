"""Which of many literal strings a text holds, in one pass over the text.

The phrase books' phrases are searched only on pages holding a literal every
match holds (about 140 literals). Testing ``literal in page`` for each
scanned the page as many times: 0.7 ms a page on the corpus' text pages,
though most pages hold few of them. Here every 4-byte window of the page's
UTF-8 is hashed into a bitmap at once (with numpy); a literal can only be in
the page when the bits of all its windows are set, and only those literals
are looked for. The answers are the same; measured on 400 corpus pages,
testing each literal with ``in`` cost about 0.45 ms a page more.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Bytes per hashed window: every literal of the phrase books has four or
# more; a shorter one is always tested with ``in``.
GRAM = 4
# Bits of the hash kept: a table of 65,536 entries. A page's windows fill a
# few percent of it, so unrelated windows rarely share a bit.
HASH_BITS = 16
_MIXER = 0x9E3779B1  # Knuth's multiplicative hash constant
# Windows hashed at once (LiteralFinder.possible): a page of less is one chunk.
_CHUNK = 1 << 20


@dataclass(frozen=True)
class LiteralFinder:
    literals: tuple[str, ...]  # the literals of at least GRAM bytes
    short: tuple[str, ...]  # the others
    gram_bits: Any  # numpy array: the table entries of every literal's grams, literal after literal
    starts: Any  # numpy array: where each literal's entries start in ``gram_bits``

    def possible(self, text: str) -> list[str]:
        """The literals that may occur in ``text``: all that do, and a few that do not."""
        possible = list(self.short)
        data = _utf8(text)
        if len(data) >= GRAM and self.literals:
            import numpy as np

            table = np.zeros(1 << HASH_BITS, dtype=np.bool_)
            # A chunk of windows at a time: the whole page's hashes (4 bytes a
            # window, 8 as intp) were 13 bytes a character at once (300 MB on a 23 MB page).
            for start in range(0, len(data) - GRAM + 1, _CHUNK):
                chunk = memoryview(data)[start : start + _CHUNK + GRAM - 1]
                table[_window_bits(chunk).astype(np.intp)] = True  # intp: numpy's fast indexing path
            literals = self.literals
            possible += [literals[i] for i in np.flatnonzero(np.logical_and.reduceat(table[self.gram_bits], self.starts)).tolist()]
        return possible


def literal_finder(literals: Iterable[str]) -> LiteralFinder:
    import numpy as np

    unique = sorted(set(literals))
    long_ = tuple(literal for literal in unique if len(_utf8(literal)) >= GRAM)
    bits = [_window_bits(_utf8(literal)) for literal in long_]
    starts = np.cumsum([0] + [len(b) for b in bits[:-1]]) if bits else np.zeros(0, dtype=np.intp)
    return LiteralFinder(
        literals=long_,
        short=tuple(literal for literal in unique if literal not in long_),
        gram_bits=np.concatenate(bits).astype(np.intp) if bits else np.zeros(0, dtype=np.intp),
        starts=starts,
    )


def _utf8(text: str) -> bytes:
    # A literal is in a text exactly when its UTF-8 is in the text's
    # ("surrogatepass": a stray surrogate is a character too, as it is for ``in``).
    return text.encode("utf-8", "surrogatepass")


def _window_bits(data: bytes | memoryview) -> Any:
    """The table entry of each GRAM-byte window of ``data`` (at least GRAM long)."""
    import numpy as np

    # The windows overlap: a view with a stride of one byte reads each as one
    # little-endian integer without copying.
    windows = np.ndarray((len(data) - GRAM + 1,), dtype="<u4", buffer=data, strides=(1,))
    hashed = windows * np.uint32(_MIXER)
    hashed >>= np.uint32(32 - HASH_BITS)  # in place: a page's windows are thousands
    return hashed
