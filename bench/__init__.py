"""declutter's benchmarks: quality and speed against trafilatura on ../shared/corpus.

Run with ``make bench`` (``python -m bench``). Never a test: nothing here is
timed under pytest, and the cleaner never reads the annotations.
"""
