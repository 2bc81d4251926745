"""The private fast-matching engine behind the phrase books: only ``declutter.phrases`` imports it."""
