"""The counting pass: every page's distinct line hashes, taken in input order, counted per
site into the site templates (templates.py), each input's findings kept for the state file."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from declutter.batch.discover import Source
from declutter.batch.options import TemplateSettings
from declutter.batch.readers import PageInput, read_pages
from declutter.batch.report import Summary
from declutter.batch.state import CountSpool, Entry, decode_hashes, encode_hashes
from declutter.batch.tasks import HashTask
from declutter.batch.templates import TemplateCounter, site_of

PROGRESS_EVERY = 100  # pages between progress reports during the counting pass


class Tally:
    """Pages counted (``add``, in input order) into the site templates (``templates``)."""

    def __init__(
        self, settings: TemplateSettings, counted: CountSpool, summary: Summary, on_progress: Callable[[Summary], None]
    ) -> None:
        self.counter = TemplateCounter(settings)
        self.counted = counted  # each input's findings, for its entry in the state file
        self.summary = summary
        self.on_progress = on_progress
        self.total = 0

    def add(self, rel: str, site: str, hashes: set[int] | None) -> None:
        """A page of input ``rel``: its site and distinct line hashes (None: not read)."""
        self.total += 1
        self.counted.add(rel, (site, encode_hashes(hashes)))
        if hashes is not None:
            self.counter.add(site, hashes)
        if self.total % PROGRESS_EVERY == 0:
            self.summary.counted = self.total
            self.on_progress(self.summary)

    def templates(self) -> dict[str, frozenset[int]]:
        """Every site's template lines, once every page is counted."""
        self.summary.total = self.total
        return self.counter.templates()


def hash_tasks(
    sources: Iterable[Source], state: Mapping[str, Entry], input_format: str | None, max_bytes: int | None
) -> Iterator[tuple[tuple[str, str], HashTask | set[int] | None]]:
    """Per page, (input, site) and the work of hashing its lines; an input the state
    file describes as it is now comes with its hashes from there, unread."""
    for source in sources:
        known = state.get(source.rel)
        if known is not None and known.pages and known.matches(source.path):
            for site, hashes in known.pages:
                yield (source.rel, site), decode_hashes(hashes)
            continue
        for page in read_pages(source, input_format, max_bytes):
            if isinstance(page, PageInput):
                yield (source.rel, site_of(page.url, source.folder)), HashTask(page.data, page.input_format, max_bytes)
            else:
                yield (source.rel, ""), None


def no_hashes(site: tuple[str, str], error: Exception | str) -> None:
    """Hashing a page's lines raised: the page then counts for no site template (and fails when cleaned)."""
    return None
