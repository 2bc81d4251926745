"""Page-styles benchmark: real corpus article bodies in generated page chrome, with gold for every line.

``python -m bench styles [--limit N] [--styles-dump PATH] [--styles-write DIR]``

616 pages (seed ``declutter-styles-1``): 14 styles (aggregator, portal, UK and US
newspaper, wire, live blog, WordPress, press release, broadcaster, tabloid,
paywall, cookie wall, AMP, feed item) x 4 chrome languages (en, de, fr, es)
x 11 pages; --limit N makes it N pages per style and language. Bodies come
from the corpus HTML at bench time (bodies.py, cached in bench/.cache/) in the
page's language. Every phrasing table is split by index parity into a "dev"
half and a "held-out" half; pages alternate between the halves and both are
reported. Modules: chrome_* and names (data), styles (the style table),
generator (pages and gold), furniture (the gold without
the body lines the corpus annotators marked as boilerplate; the tables give
both golds), scoring, run (tables).
"""
