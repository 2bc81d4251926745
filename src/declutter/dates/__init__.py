"""What the published extractor asks about a page's dates: which of them is the
article's own (``evidence``: labels such as "Published" and "Updated", the
headline printed again beside a date, lines that open with one)."""
