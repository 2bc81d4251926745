"""``python -m bench [text|html|batch|meta|styles|markdown|startup|dask|memory ...] [--limit N]``: declutter against trafilatura.

Quality (precision, recall, F1 over the corpus's annotated snippets) and speed,
side by side with the anchors on the same pages, in one run. Without the corpus
(../shared/corpus/trafilatura-eval, or $DECLUTTER_CORPUS) it says so and exits 0.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

from .corpus import corpus_root

MODES = {
    "text": "bench.text_quality",
    "html": "bench.html_quality",
    "batch": "bench.batch_throughput",
    "meta": "bench.metadata",
    "styles": "bench.styles.run",
    "markdown": "bench.markdown_quality",
    "startup": "bench.startup",
    "dask": "bench.dask_throughput",
    "memory": "bench.memory",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("modes", nargs="*", metavar="MODE", help=f"{', '.join(MODES)} (default: all)")
    parser.add_argument(
        "--limit", type=int, default=None,
        help="only the first N pages (a quick look); styles: N pages per style and language; memory: a page of N MB",
    )
    parser.add_argument("--meta-dump", metavar="PATH", default=None, help="meta: write one JSON line per page, rendering, system and field")
    parser.add_argument("--styles-dump", metavar="PATH", help="styles: write declutter's failures per page as JSONL")
    parser.add_argument("--styles-write", metavar="DIR", help="styles: write the generated pages and their gold records")
    args = parser.parse_args(argv)
    root = corpus_root()
    if root is None:
        print("bench: the corpus is not here (../shared/corpus/trafilatura-eval, or set DECLUTTER_CORPUS); nothing to measure.")
        return 0
    unknown = [m for m in args.modes if m not in MODES]
    if unknown:
        parser.error(f"unknown mode {unknown[0]!r}; choose from {', '.join(MODES)}")
    for mode in args.modes or list(MODES):
        print(f"\n== {mode} ==", flush=True)
        options: dict[str, Any] = {}  # the modes with options of their own besides --limit
        if mode == "meta":
            options = {"dump": args.meta_dump}
        elif mode == "styles":
            options = {"dump": args.styles_dump, "write": args.styles_write}
        importlib.import_module(MODES[mode]).run(root, limit=args.limit, **options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
