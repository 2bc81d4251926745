"""Tell a text's language: by function words when they leave no doubt, otherwise with py3langid."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import chain, repeat

from declutter.blocks import WORD
from declutter.language.stopwords import stopword_lists, stopwords_for

# Enough text for a stable guess (a few long paragraphs); more only costs
# time: py3langid is linear. On the corpus' 990 htmltext pages, 800
# characters give the same language as 1500 on 99.1% of pages (1000: 99.4%,
# 500: 99.0%) at two thirds of the time.
SAMPLE_CHARS = 800
# Below this much text a guess is noise ("logo", a date): leave the language unset.
MIN_CHARS = 20
# The function-word vote (0.1 ms against py3langid's 0.4-0.7 ms a page) decides
# only when it leaves no doubt: at least VOTE_MIN_HITS of the sample's words
# are function words of the leading language, they are at least VOTE_MIN_SHARE
# of all its words (prose; not a list of names), and the leading language has
# VOTE_MARGIN times the hits of the next (Danish against Norwegian, Spanish
# against Galician are left to py3langid), or wins on distinct words (below).
VOTE_MIN_HITS = 6
VOTE_MIN_SHARE = 0.15
VOTE_MARGIN = 1.5
# Lists of frequent words overlap: Malay's holds 30 English words ("the",
# "and", "of", "is"), Galician's shares 71 words with Spanish's. When
# the margin is missed, the leader still decides if, on the words that only one
# of the two languages lists, it has at least DISTINCT_MIN_HITS and
# DISTINCT_MARGIN times the other's, against every language within the margin.
# On the corpus' 1,980 text pages the vote decides 1,843 (1,608 without the
# distinct words: English against Malay, most of the others) and agrees with
# py3langid on all but one page in its two renderings, a list of US city names
# py3langid reads as Bikol; 137 go on to py3langid. A page fewer for py3langid
# is 0.4-0.7 ms less: the median page's time fell by about 0.07 ms.
DISTINCT_MIN_HITS = 5
DISTINCT_MARGIN = 3.0


def sample(texts: list[str]) -> str:
    """The page's longest lines, up to SAMPLE_CHARS: where its language shows best."""
    longest, size = [], 0
    for text in sorted(texts, key=len, reverse=True):
        longest.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return " ".join(longest)


def function_word_vote(text: str) -> str | None:
    """The language whose function words fill ``text``, or None when that is not clear."""
    index = _languages_by_word()
    words = WORD.findall(text.lower())
    votes = Counter(chain.from_iterable(map(index.get, words, repeat(()))))  # each word's languages, counted in C
    (first, hits), (_, runner_up) = (votes.most_common(2) + [("", 0), ("", 0)])[:2]
    if hits < VOTE_MIN_HITS or hits < VOTE_MIN_SHARE * len(words):
        return None
    if hits >= VOTE_MARGIN * runner_up:
        return first
    rivals = [language for language, count in votes.items() if language != first and hits < VOTE_MARGIN * count]
    return first if all(_distinctly_ahead(words, first, rival) for rival in rivals) else None


def _distinctly_ahead(words: list[str], leader: str, rival: str) -> bool:
    """Whether ``leader`` wins on the words that only one of the two languages lists."""
    ours, theirs = stopwords_for(leader), stopwords_for(rival)
    own = sum(1 for word in words if word in ours and word not in theirs)
    other = sum(1 for word in words if word in theirs and word not in ours)
    return own >= DISTINCT_MIN_HITS and own >= DISTINCT_MARGIN * other


@lru_cache(maxsize=1)
def _languages_by_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language, words in stopword_lists().items():
        for word in words:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


def py3langid_language(text: str) -> str:
    # Imported here: most pages are decided by the vote, and py3langid (with
    # its logging) is then not loaded at all in a one-page run.
    from declutter.language.langmodel import identifier

    language: str = identifier().classify(text)[0]
    return language


def detect(texts: list[str]) -> str | None:
    """The language of a page's lines (ISO 639-1), or None when there is too little text."""
    text = sample(texts)
    if len(text) < MIN_CHARS:
        return None
    return function_word_vote(text) or py3langid_language(text)
