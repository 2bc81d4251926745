"""The page's language: a function-word vote, py3langid when the vote is unsure."""
