"""``python -m bench [text|html|batch|markdown ...] [--limit N]``: declutter against trafilatura.

Quality (precision, recall, F1 over the corpus's annotated snippets) and speed,
side by side with the anchors on the same pages, in one run. Without the corpus
(../shared/corpus/trafilatura-eval, or $DECLUTTER_CORPUS) it says so and exits 0.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .corpus import corpus_root

MODES = {"text": "bench.text_quality", "html": "bench.html_quality", "batch": "bench.batch_throughput",
         "markdown": "bench.markdown_quality"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("modes", nargs="*", metavar="MODE", help="text, html, batch or markdown (default: all)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (a quick look)")
    args = parser.parse_args(argv)
    root = corpus_root()
    if root is None:
        print("bench: the corpus is not here (../shared/corpus/trafilatura-eval); nothing to measure.")
        return 0
    unknown = [m for m in args.modes if m not in MODES]
    if unknown:
        parser.error(f"unknown mode {unknown[0]!r}; choose from {', '.join(MODES)}")
    for mode in args.modes or list(MODES):
        print(f"\n== {mode} ==", flush=True)
        importlib.import_module(MODES[mode]).run(root, limit=args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
