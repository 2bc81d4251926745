"""The page's title line and the lines that print its parts again (title_line, publisher)."""
import sys

from declutter.blocks import split_blocks
from declutter.extractors.publisher import find_publisher
from declutter.titles.line import folded_lines

from .helpers import make_doc, run


def test_no_character_folds_to_fewer_characters():
    # folded_lines leaves out the lines longer than the text looked for on this ground.
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code < 0xE000:
            assert len(chr(code).casefold()) >= 1, hex(code)


def test_folded_lines_fold_case_and_leave_out_longer_lines():
    blocks = split_blocks("STRASSE\nStraße\nDie Straße ist lang")
    assert folded_lines(blocks, len("strasse")) == ["strasse", "strasse"]
    assert folded_lines(blocks, 3) == []


def test_the_title_lines_site_printed_again_as_a_logo_is_the_source():
    page = "Rain returns to the valley | Der Spiegel\nLogo Der Spiegel\nIt rained all day in the valley, said the locals."
    assert run(find_publisher, make_doc(page)).source == "Der Spiegel"
    page = "Rain returns to the valley | Der Spiegel\nDer Spiegel Verlag\nIt rained all day in the valley, said the locals."
    assert run(find_publisher, make_doc(page)).source is None
