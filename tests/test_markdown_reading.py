"""Markdown scrapes read into lines: detection, front matter, line kinds, plain text (declutter.reading.markdown)."""
from __future__ import annotations

import re

import pytest

from declutter.reading.markdown import (
    LineKind,
    front_matter,
    looks_like_markdown,
    markdown_lines,
)

MENU_PAGE = """[![Daily News](https://example.com/logo.png)](https://example.com/ "Home")

  * [Home](https://example.com/)
  * [World](https://example.com/world/ "World")
  * [Sport](https://example.com/sport/)

# Council approves the new bridge

**By Jane Doe** | 3 May 2024

The city council voted on Tuesday to build a [new bridge](https://example.com/bridge) over the river, ending a \\*decade\\* of debate.

![A view of the river](https://example.com/river.jpg)

Work starts in _June_ and costs `12m`; see the [plan][1] for details.

[1]: https://example.com/plan.pdf
"""

PLAIN_SCRAPE = """Home
News
- Sport
- Weather
#1 in the charts again
The band's new single went to #1 on Friday, the third time this year.
- It sold 40,000 copies in a week.
Read more
"""


def test_a_page_with_link_menus_is_markdown():
    assert looks_like_markdown(MENU_PAGE)


def test_a_plain_scrape_with_bullets_and_a_hash_number_stays_plain():
    assert not looks_like_markdown(PLAIN_SCRAPE)
    assert not looks_like_markdown("# 1\n# 2\n# 3\nA numbered list as some scrapers write it\n")
    assert not looks_like_markdown("")


def test_front_matter_is_markdown_evidence_by_itself():
    assert looks_like_markdown("---\ntitle: A page\n---\nJust one line of text.\n")


def test_front_matter_fields_and_end_offset():
    text = '---\ntitle: "Bridge approved"\ncanonical_url: https://example.com/a\npubDate: 2024-05-03\nauthor:\n  - Jane Doe\n  - Max Roe\nsiteName: Daily News\nlang: en\ntags: [a, b]\n---\nBody line.\n'
    meta, end = front_matter(text)
    assert meta is not None
    assert (meta.title, meta.url, meta.date, meta.author, meta.site_name, meta.language) == (
        "Bridge approved", "https://example.com/a", "2024-05-03", "Jane Doe", "Daily News", "en")
    assert text[end:] == "Body line.\n"
    assert ("tags", "a, b") in meta.fields
    lines = markdown_lines(text)
    assert lines[0].kind is LineKind.FRONT_MATTER and lines[0].plain == "" and (lines[0].start, lines[0].end) == (0, end)
    assert [line.plain for line in lines[1:]] == ["Body line."]


@pytest.mark.parametrize("text", [
    "---\n\nSome text under a rule.\n---\n",  # a rule, then prose: no key: value lines
    "---\ntitle: never closed\n",
    "Text first\n---\ntitle: x\n---\n",
])
def test_no_front_matter(text):
    assert front_matter(text) == (None, 0)


def test_each_line_kind():
    text = (
        "Title\n=====\n\n## Section ##\n\nA paragraph.\n\n* * *\n\n> Quoted *words*\n\n"
        "1. first\n2. second\n   * nested\n\n| Name | Age |\n|------|----:|\n| Ann | 30 |\n\n"
        "```python\nx = [1](2)\n```\n\n![Alt text](a.png)\n\n[Home](/) | [News](/news)\n\nSub\n---\n"
    )
    lines = markdown_lines(text)
    got = [(line.kind, line.level, line.plain) for line in lines]
    assert got == [
        (LineKind.HEADING, 1, "Title"),
        (LineKind.HEADING, 2, "Section"),
        (LineKind.PARAGRAPH, 0, "A paragraph."),
        (LineKind.RULE, 0, ""),
        (LineKind.QUOTE, 1, "Quoted words"),
        (LineKind.LIST_ITEM, 1, "first"),
        (LineKind.LIST_ITEM, 1, "second"),
        (LineKind.LIST_ITEM, 2, "nested"),
        (LineKind.TABLE_ROW, 0, "Name\tAge"),
        (LineKind.TABLE_ROW, 0, ""),
        (LineKind.TABLE_ROW, 0, "Ann\t30"),
        (LineKind.CODE, 0, "x = [1](2)"),
        (LineKind.IMAGE, 0, "Alt text"),
        (LineKind.LINK, 0, "Home | News"),
        (LineKind.HEADING, 2, "Sub"),
    ]
    assert [line.ordered for line in lines[5:8]] == [True, True, False]
    assert text[lines[0].start:lines[0].end] == "Title\n====="  # a setext heading spans its underline
    assert text[lines[11].start:lines[11].end] == "```python\nx = [1](2)\n```"
    assert lines[13].inline.links == 2 and lines[13].inline.link_only


def test_offsets_slice_back_to_the_source_and_lines_count_from_one():
    text = "\ufeffIntro line\r\n\r\n  * [Home](/)\r\n\r\nLast line"
    lines = markdown_lines(text)
    assert [text[line.start:line.end] for line in lines] == ["\ufeffIntro line", "* [Home](/)", "Last line"]
    assert [line.line for line in lines] == [1, 3, 5]


def test_plain_text_of_a_realistic_page_has_no_markup_left():
    lines = markdown_lines(MENU_PAGE)
    for line in lines:
        assert not re.search(r"\[|\]\(|\*\*|^#|!\[|\\|`", line.plain), line
        assert MENU_PAGE[line.start:line.end].strip() == MENU_PAGE[line.start:line.end]
    plains = [line.plain for line in lines if line.plain]
    assert plains == [
        "Daily News", "Home", "World", "Sport", "Council approves the new bridge", "By Jane Doe | 3 May 2024",
        "The city council voted on Tuesday to build a new bridge over the river, ending a *decade* of debate.",
        "A view of the river", "Work starts in June and costs 12m; see the plan for details.",
    ]
    logo, body = lines[0], lines[6]
    assert logo.kind is LineKind.IMAGE and logo.inline.image_only and logo.inline.images == 1
    assert body.inline.links == 1 and body.inline.link_chars == len("new bridge") and body.link_density < 0.2
    assert lines[-1].kind is LineKind.REFERENCE


def test_an_image_inside_a_sentence_is_dropped_with_its_alt():
    (line,) = markdown_lines("Police said ![photo](p.jpg) the man fled.")
    assert line.plain == "Police said the man fled." and line.inline.images == 1 and not line.inline.image_only


def test_html2text_habits():
    text = (
        "  * [Politik](https://x.de/politik/ \"Politik\")\n"
        "  *     * [Deals](https://x.de/deals/)\n"
        "    * [Eltern](https://x.de/eltern/)\n"
        "  * A long item that html2text\n    continues on an indented line\n\n"
        "**Bold pseudo heading**\n\n"
        "1\\. Not a list: html2text escapes the dot. Tom &amp; Jerry &nbsp;here.  \n"
        "Price\\_list and snake_case stay; 2 * 3 = 6.\n"
        "col a | col b\n---|---\n1 | 2\n"
    )
    lines = markdown_lines(text)
    assert [(line.kind, line.level, line.plain) for line in lines[:4]] == [
        (LineKind.LIST_ITEM, 1, "Politik"),
        (LineKind.LIST_ITEM, 2, "Deals"),
        (LineKind.LIST_ITEM, 2, "Eltern"),
        (LineKind.LIST_ITEM, 1, "A long item that html2text continues on an indented line"),
    ]
    assert text[lines[3].start:lines[3].end].endswith("indented line")
    assert lines[4].plain == "Bold pseudo heading" and lines[4].inline.strong and lines[4].kind is LineKind.PARAGRAPH
    assert lines[5].kind is LineKind.PARAGRAPH and lines[5].plain == "1. Not a list: html2text escapes the dot. Tom & Jerry here."
    assert lines[6].plain == "Price_list and snake_case stay; 2 * 3 = 6."
    assert [line.plain for line in lines[7:]] == ["col a\tcol b", "", "1\t2"]


def test_markdownify_habits():
    text = (
        "* [Home](/)\n\n* [World](/world)\n  + [Europe](/world/europe)\n\n"
        "[![Thumbnail](https://x.com/t.jpg)](https://x.com/story)\n\n"
        "Leaders met in Brussels\\_on Monday \\- an \\*unusual\\* step.\n\n"
        "<span>Tagged</span> text with a <a href=\"/x\">raw link</a>.\n\n"
        "[ ![Padded thumbnail](https://x.com/p.jpg) ](https://x.com/other)\n"
    )
    lines = markdown_lines(text)
    assert [(line.kind, line.level, line.plain, line.inline.link_only) for line in lines[:3]] == [
        (LineKind.LIST_ITEM, 1, "Home", True),
        (LineKind.LIST_ITEM, 1, "World", True),
        (LineKind.LIST_ITEM, 2, "Europe", True),
    ]
    thumb = lines[3]
    assert (thumb.kind, thumb.plain, thumb.inline.links, thumb.inline.images, thumb.inline.image_only) == (LineKind.IMAGE, "Thumbnail", 1, 1, True)
    assert lines[4].plain == "Leaders met in Brussels_on Monday - an *unusual* step."
    assert lines[5].plain == "Tagged text with a raw link."
    padded = lines[6].inline
    assert (lines[6].kind, padded.plain, padded.links, padded.images, padded.link_chars) == (LineKind.IMAGE, "Padded thumbnail", 1, 1, 0)


def test_converter_urls_with_spaces_and_empty_emphasis_leave_no_markup():
    lines = markdown_lines(
        "[Tweet](https://twitter.com/intent/tweet?text=Bridge opens&via=news)\n\n"
        "[ Photos ](javascript:show(49421, { fullscreen: true }); void(0);)\n\n"
        "News __\n\n****You comment as a guest.\n"
    )
    assert [(line.plain, line.inline.link_only) for line in lines] == [
        ("Tweet", True), ("Photos", True), ("News", False), ("You comment as a guest.", False),
    ]


def test_a_link_over_several_lines_is_a_link_where_it_closes():
    # markdownify writes <a><img><h4>Headline</h4></a> with the label over lines.
    lines = markdown_lines("[![Photo](/p.jpg)\n\n#### Council approves the bridge](/story \"Story\")\n")
    assert [(line.kind, line.plain, line.inline.link_only) for line in lines] == [
        (LineKind.IMAGE, "Photo", False), (LineKind.HEADING, "Council approves the bridge", True),
    ]


def test_brackets_that_are_no_links_stay_text():
    (line,) = markdown_lines("He said [sic] that prices rose 3% (in March) [1].")
    assert line.plain == "He said [sic] that prices rose 3% (in March) [1]." and line.inline.links == 0


def test_an_unclosed_fence_is_text_not_code_to_the_end():
    lines = markdown_lines("```\nFirst paragraph.\n\nSecond paragraph.\n")
    assert [line.kind for line in lines] == [LineKind.PARAGRAPH] * 3
    assert [line.plain for line in lines[1:]] == ["First paragraph.", "Second paragraph."]


def test_every_non_blank_source_line_is_in_exactly_one_entry():
    text = MENU_PAGE + "\n| a | b |\n|---|---|\n\n```\ncode\n```\nText\n---\n"
    lines = markdown_lines(text)
    covered = [False] * len(text)
    for line in lines:
        assert not any(covered[line.start:line.end])
        covered[line.start:line.end] = [True] * (line.end - line.start)
    assert all(covered[i] for i, char in enumerate(text) if not char.isspace())


def test_page_lines_have_a_span_each_and_code_lines_share_their_block():
    from declutter.reading.markdown_page import markdown_page

    text = "# Title\n\n* [Home](/) | [News](/news)\n\n```\nfirst = 1\n\nsecond = 2\n```\n\n```\nthird = 3\n```\n---\nA line with &#10; an entity.\n"
    page = markdown_page(text)
    assert page.text.split("\n") == ["Title", "Home | News", "first = 1", "second = 2", "third = 3", "A line with   an entity."]
    assert [text[span.start : span.end] for span in page.spans[:5]] == ["# Title", "* [Home](/) | [News](/news)", "first = 1", "second = 2", "third = 3"]
    heading, menu, first, second, third, _ = page.spans
    assert menu.inline.link_only and menu.inline.links == 2 and menu.link_density == len("HomeNews") / len("Home | News")
    assert first.kind is second.kind is third.kind is LineKind.CODE
    assert first.entry == second.entry != third.entry != heading.entry


def test_html_to_markdown_habits():
    # html-to-markdown writes the page's meta tags as front matter keys with colons
    # and dots, headings inside list items, and inline data images.
    text = (
        '---\nmeta-og:title: "Bridge approved"\nmeta-msvalidate.01: 8188997B\ntitle: Bridge approved - Daily News\n---\n\n'
        "4. # Bridge approved\n- ### Read next ##\n\nOne line<br>and the next</p><p>and a <span>word</span>.\n"
    )
    meta, end = front_matter(text)
    assert meta is not None and meta.title == "Bridge approved - Daily News" and ("meta-og:title", "Bridge approved") in meta.fields
    lines = markdown_lines(text)
    assert [(line.kind, line.plain) for line in lines[1:]] == [
        (LineKind.LIST_ITEM, "Bridge approved"),
        (LineKind.LIST_ITEM, "Read next"),
        (LineKind.PARAGRAPH, "One line and the next and a word."),
    ]


def test_an_inline_data_image_does_not_hide_the_markup_after_it():
    payload = "PHN2ZyB4bWxucz0i" * 3000  # 48,000 characters: past the detection sample
    page = f"--> Compare the two![](data:image/svg+xml;base64,{payload})\n\n" + "".join(
        f"* [Section {n}](https://example.com/{n}/)\n" for n in range(5))
    assert looks_like_markdown(page)
    assert not looks_like_markdown(f"A plain scrape that quotes data:text/plain;base64,{payload}\nand goes on.\n")


@pytest.mark.parametrize("line", [
    "Plain  words,\ttabs\u00a0and spaces ", "snake_case and 2 * 3", "Headline](/story) closes a link", "AT&amp;T says", "A [link](u) in prose",
    "Text | with a bar", "end of line\\",
])
def test_a_line_of_text_reads_as_to_plain_reads_it(line):
    from declutter.reading.markdown_inline import to_plain

    entry = markdown_lines(line)[0]
    assert entry.inline == to_plain(line.strip().rstrip("\\"))
    assert entry.kind is (LineKind.LINK if entry.inline.link_only else LineKind.PARAGRAPH)


def test_a_line_of_a_thousand_links_keeps_every_label_in_place():
    line = " · ".join(f"[l{i}](/u/{i})" for i in range(1500))
    entry = markdown_lines(line)[0]
    assert entry.plain == " · ".join(f"l{i}" for i in range(1500))
    assert entry.inline.links == 1500


def test_a_private_use_character_of_the_page_stays_when_no_token_has_its_place():
    assert markdown_lines("Icon \U000f0007 [x](u) \\*")[0].plain == "Icon \U000f0007 x *"
