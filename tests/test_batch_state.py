"""The state file's helpers (batch/state.py): the counting pass's spool and the writer that leaves an unchanged file alone."""
from __future__ import annotations

from declutter.batch.state import STATE_NAME, CountSpool, Entry, StateWriter, load_state


def test_the_spool_gives_each_input_its_pages_in_order_and_nothing_for_one_not_counted():
    spool = CountSpool()
    spool.add("a.txt", ("folder:", "AAAA"))
    spool.add("a.txt", ("folder:", None))
    spool.add("caf\udce9.txt", ("host:x.org", "CCCC"))  # a file name that is not UTF-8
    assert spool.pop("a.txt") == [("folder:", "AAAA"), ("folder:", None)]
    assert spool.pop("b.txt") == []  # never counted: the next stays for its turn
    assert spool.pop("caf\udce9.txt") == [("host:x.org", "CCCC")]
    assert spool.pop("d.txt") == []
    spool.close()
    assert CountSpool().pop("a.txt") == []


def test_the_writer_keeps_an_unchanged_file_and_merges_a_changed_one(tmp_path):
    one, two = Entry(1, 10, [("s", None)], [["s", ""]], 5, [[{"path": "a"}, None, None, None, {}]]), Entry(2, 20)
    writer = StateWriter(tmp_path, {})
    writer.add("a", one)
    writer.add("b", two)
    writer.close()
    earlier = load_state(tmp_path)
    assert earlier == {"a": one, "b": two}
    written = (tmp_path / STATE_NAME).stat().st_mtime_ns
    writer = StateWriter(tmp_path, earlier)
    writer.add("a", one)
    writer.close()
    assert (tmp_path / STATE_NAME).stat().st_mtime_ns == written  # nothing new: not rewritten
    writer = StateWriter(tmp_path, earlier)
    writer.add("b", Entry(3, 30))
    writer.close()  # the input it did not reach keeps its entry
    assert load_state(tmp_path) == {"a": one, "b": Entry(3, 30)}


def test_a_state_file_begun_when_an_interrupt_came_is_removed_on_close(tmp_path):
    # The interrupt came as the new state file was opened, before the writer held it.
    from declutter.batch.output import temp_path

    begun = temp_path(tmp_path / STATE_NAME)
    begun.write_text("")
    StateWriter(tmp_path, {}).close()
    assert not begun.exists()
    assert not (tmp_path / STATE_NAME).exists()
