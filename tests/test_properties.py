"""Property-based tests of clean(): any str or bytes gives a Document or a DeclutterError."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from declutter import clean
from declutter.errors import DeclutterError
from declutter.reading.decode import decode_page

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINES = st.lists(st.one_of(st.text(max_size=80), st.sampled_from(["Advertisement", "Related Articles", "Home | News", ""])), max_size=12)


def _check(page, input_format=None):
    try:
        doc = clean(page, input_format=input_format)
    except DeclutterError:
        return
    decoded = decode_page(page, repair=False) if input_format == "text" else None
    assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in doc.text)
    if decoded is not None:
        assert set(doc.text) - {"\n"} <= set(decoded) | set(decode_page(page))
        kept = [b for b in doc.blocks if b.kept]
        # kept plus removed blocks account for every non-blank line
        assert len(kept) + len(doc.removed) == sum(1 for line in decode_page(page).split("\n") if line.strip())


@FAST
@given(st.text(max_size=2000))
def test_any_str(page):
    _check(page)


@FAST
@given(LINES)
def test_any_lines_as_text(lines):
    _check("\n".join(lines), "text")


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes(page):
    _check(page)
