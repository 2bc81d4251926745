"""The bench's own rendering of HTML as a crude line-per-block scrape (bench/lines_rendering.py)."""
from __future__ import annotations

from bench.lines_rendering import render_lines


def test_blocks_become_lines_and_alt_text_a_line_of_its_own():
    html = b"""<html><head><title>Page title</title><script>var x = 1;</script></head>
    <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
    <h1>The   headline</h1><img src="logo.png" alt="logo"><p>First <b>bold</b> paragraph.</p>
    <!-- a comment --><div>Second<br>line</div><style>p {color: red}</style></body></html>"""
    assert render_lines(html).split("\n") == [
        "Page title", "HomeNews", "The headline", "logo", "First bold paragraph.", "Second", "line",
    ]


def test_unparseable_html_gives_no_text():
    assert render_lines(b"") == ""
