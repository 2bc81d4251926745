"""On a rendering of the layout (indented lines, blank lines at block margins)
the weaker title rules take a line only when it stands alone between blank
lines, as the h1 is printed there; plain pages are not asked."""
from .helpers import make_doc

_MENU = "".join(f"        * {item}\n" for item in ("Home", "Politik", "Wirtschaft", "Kultur", "Sport", "Kontakt"))
_ARTICLE = (
    "          The harbour ferries returned to the old town on Monday after a winter of repairs, and the first boats were full by nine.\n\n"
    "          Ferries had stopped in November when the old town pier was closed; the city paid for new boards and the harbour"
    " office for the ferries' engines.\n"
)


def _page(headline_and_byline: str) -> str:
    return _MENU + "\n" + headline_and_byline + "\n" + _ARTICLE


def test_a_layout_is_indented_lines_parted_by_blank_lines():
    from declutter.titles.layout import laid_out

    assert laid_out(make_doc(_page("        Ferries return\n")))
    # Flush left, or indented without a blank line anywhere: no layout.
    assert not laid_out(make_doc(_page("Ferries return\n").replace("        ", "")))
    assert not laid_out(make_doc("  a line\n  another line\n  a third line\n"))


def test_a_glued_line_is_only_asked_about_on_a_layout():
    from declutter.titles.layout import glued_in_layout

    doc = make_doc(_page("        Ferries return\n\n          By Jane Doe\n"))
    headline = next(b for b in doc.blocks if b.text == "Ferries return")
    assert not glued_in_layout(doc, headline)
    doc = make_doc(_page("        Ferries return\n          By Jane Doe\n"))
    assert glued_in_layout(doc, next(b for b in doc.blocks if b.text == "Ferries return"))
    doc = make_doc(_page("Ferries return\nBy Jane Doe\n").replace("        ", ""))
    assert not glued_in_layout(doc, next(b for b in doc.blocks if b.text == "Ferries return"))


def test_the_headline_over_its_byline_is_the_title_when_it_stands_as_a_layout_prints_an_h1():
    import declutter

    headline = "Ferries return to the old town harbour"
    assert declutter.clean(_page(f"        {headline}\n\n          By Jane Doe\n")).title == headline
    # Glued to the byline on a layout: a teaser's or a deck's line as often; no title.
    assert declutter.clean(_page(f"        {headline}\n          By Jane Doe\n")).title is None
    # The same lines on a plain page (no layout): the rule over the byline takes it.
    assert declutter.clean(_page(f"{headline}\nBy Jane Doe\n").replace("        ", "").replace("          ", "")).title == headline
