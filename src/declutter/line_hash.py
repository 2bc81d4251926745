"""A line's stable hash, what site templates are made of: the batch's counting pass hashes
every line of a page with it (batch/templates.py) and the site-template extractor
(extractors/site_template.py) the lines of a page being cleaned.

A module of its own, not the extractor's: the counting pass's worker processes
then import neither the extractors nor what they need.
"""
from __future__ import annotations

import hashlib


def line_hash(text: str) -> int:
    """A stable 64-bit hash of a line, case and white space normalised (same in every process)."""
    normal = " ".join(text.split()).lower()  # str.split splits where re's \s matches: same as collapsing runs
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
