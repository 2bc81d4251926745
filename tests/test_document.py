from declutter.blocks import block_at_line, split_blocks
from declutter.document import Document
from declutter.pipeline import resolve, run_pipeline
from declutter.settings import Settings

from .helpers import make_doc


def test_blocks_keep_exact_offsets_and_line_numbers():
    text = "  first line  \n\n\tsecond\r\nthird"
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == ["first line", "second\r".strip(), "third"]
    for block in blocks:
        assert text[block.start : block.end] == block.text
    assert [b.line for b in blocks] == [1, 3, 4]


def test_blocks_read_their_places_from_the_page_and_are_found_by_line():
    blocks = split_blocks("a\n\n  b c\n\n\n d\n")
    assert [(b.start, b.end, b.line) for b in blocks] == [(0, 1, 1), (5, 8, 3), (12, 13, 6)]
    assert block_at_line(blocks, 3) is blocks[1] and block_at_line(blocks, 6) is blocks[2]
    assert block_at_line(blocks, 2) is None and block_at_line(blocks, 7) is None


def test_first_drop_wins_and_text_renders_kept_blocks():
    def one(doc: Document, settings: Settings) -> None:
        assert doc.drop(doc.blocks[1], "promo")

    def two(doc: Document, settings: Settings) -> None:
        assert not doc.drop(doc.blocks[1], "navigation")

    doc = run_pipeline(make_doc("a\nb\nc"), Settings(), [resolve(one), resolve(two)])
    assert doc.blocks[1].kind == "promo" and doc.blocks[1].by == "one"
    assert doc.text == "a\nc"
    assert doc.removed == [{"kind": "promo", "by": "one", "line": 2, "start": 2, "end": 3, "text": "b"}]


def test_to_dict_is_json_ready_and_complete():
    import json

    doc = make_doc("x")
    data = json.loads(json.dumps(doc.to_dict()))
    for key in ("title", "source", "published", "published_guessed", "author", "language", "text", "related", "removed"):
        assert key in data


def test_blocks_split_at_line_feeds_only():
    text = "a\u2028b\n\x0cc\x85\r\n\n  d"
    blocks = split_blocks(text)
    assert [(b.text, b.line) for b in blocks] == [("a\u2028b", 1), ("c", 2), ("d", 4)]
    for block in blocks:
        assert text[block.start : block.end] == block.text
