"""Coverage-guided fuzzing of clean() with atheris: any bytes give a Document or a DeclutterError.

Run with ``make fuzz`` (installs the ``fuzz`` extra; FUZZ_SECONDS, default 60),
seeded from samples/. A crash is saved by libFuzzer as ``crash-*`` in the
current folder.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from declutter import clean
    from declutter.errors import DeclutterError

FORMATS = (None, "text", "html", "markdown")


def one_input(data: bytes) -> None:
    if not data:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    try:
        doc = clean(data[1:], input_format=fmt)
    except DeclutterError:
        return
    if any(0xD800 <= ord(c) <= 0xDFFF for c in doc.text):
        raise AssertionError("a lone surrogate in doc.text")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
