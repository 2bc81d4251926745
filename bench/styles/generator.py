"""Build the pages: a real body wrapped in a style's chrome, with the gold record of every line.

Deterministic: each page has its own random.Random seeded by a string (Python
hashes str seeds with SHA-512, not with the per-process hash), so the same
bodies give the same pages on every run and machine.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from .bodies import Body
from .chrome_article import ARTICLE
from .chrome_page import PAGE
from .chrome_styles import STYLES as STYLE_CHROME
from .names import (
    CITIES,
    DATE_FORMATS,
    FIRST,
    LAST,
    MONTHS,
    MONTHS_ABBR,
    SITES,
    WEEKDAYS,
    WIRE_CREDITS,
    WIRE_DATELINE,
    WORDS,
)
from .styles import SLOT_KIND, STYLES, Style

SEED = "declutter-styles-1"
LANGUAGES = ("en", "de", "fr", "es")
PAGES_PER_CELL = 11  # per style and language: 14 styles x 4 languages x 11 = 616 pages
HALVES = ("dev", "held-out")
TABLES = {**PAGE, **ARTICLE, **STYLE_CHROME, "wire_credits": WIRE_CREDITS, "wire_dateline": WIRE_DATELINE}
T = TypeVar("T")
LIST_MARKS = ("• ", "- ", "{k}. ", "* ")


@dataclass
class Gold:
    title: str | None
    source: str | None
    author: str | None
    date: str | None
    related: list[str]
    paragraphs: list[str]
    parts: list[str]  # the paragraphs' kinds in the body: p, head, item, quote
    boilerplate: list[tuple[str, str]]  # (line, kind)


@dataclass
class StylePage:
    id: str
    style: str
    language: str  # of the chrome
    body_language: str
    half: str
    lines: list[str]
    gold: Gold
    body_id: str = ""  # the corpus page the body comes from

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class _Builder:
    style: Style
    lang: str
    half: int
    body: Body
    others: list[Body]
    rng: random.Random
    date: dt.date
    entries: list[tuple[str, str | None, str]] = field(default_factory=list)  # (line, boilerplate kind, body part)
    fields: dict[str, str] = field(default_factory=dict)
    date_printed: bool = False
    related: list[str] = field(default_factory=list)
    _other: int = 0

    def pick(self, options: Sequence[T]) -> T:
        """A phrasing from this page's half: even indexes "dev", odd "held-out"."""
        own = [o for i, o in enumerate(options) if i % 2 == self.half] or list(options)
        return self.rng.choice(own)

    def slot(self, name: str) -> str:
        return self.fill(self.pick(TABLES[name][self.lang]))

    def other_title(self) -> str:
        self._other += 1
        return self.others[self._other % len(self.others)].title

    def fill(self, pattern: str) -> str:
        if "{date}" in pattern:
            self.date_printed = True
        values = dict(self.fields)
        values["n"] = str(self.rng.randint(2, 9))
        values["other"] = self.other_title()
        if "{other}" in pattern and values["other"] not in self.related:
            # An inline teaser ("Read more: X") names a related article as a
            # teaser section does: declutter reports both in ``related``.
            self.related.append(values["other"])
        values["time"] = f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"
        for lazy in ("age", "byline", "date_label", "story_by", "wp_meta"):
            if "{" + lazy + "}" in pattern:
                values[lazy] = self.slot({"story_by": "portal_story_by"}.get(lazy, lazy))
                self.date_printed |= lazy in ("date_label", "wp_meta")
        return pattern.format_map(values)

    def add(self, text: str, kind: str | None, part: str = "") -> None:
        for line in text.split("\n"):
            if line.strip():
                self.entries.append((line, kind, part))

    def chrome(self, name: str) -> None:
        self.add(self.slot(name), SLOT_KIND[name])
        self.entries.append(("", None, ""))

    # -- the generator's own parts ------------------------------------------------
    def headline(self) -> None:
        for i, form in enumerate(self.pick(self.style.headlines)):
            self.add(self.fill(form), "headline" if i == 0 else "headline-copy")
        self.entries.append(("", None, ""))

    def meta(self) -> None:
        if not self.style.meta:
            return
        pattern, _ = self.pick(self.style.meta)
        for line in self.fill(pattern).split("\n"):
            # a line naming the author is a byline, the others date/source lines
            self.add(line, "byline" if self.fields["author"] in line else "dateline")
        self.entries.append(("", None, ""))

    def body_part(self) -> None:
        parts = list(self.body.parts)
        slots = [s for s in self.style.interruptions]
        cuts: dict[int, str] = {}
        if slots and len(parts) > 2:
            for _ in range(self.rng.randint(0, self.style.max_interruptions)):
                cuts[self.rng.randint(1, len(parts) - 2)] = self.rng.choice(slots)
        mark = self.pick(LIST_MARKS)
        k = 0
        live = self.style.name == "live_blog"
        if live:
            self.live_summary(parts)
        for i, (part, text) in enumerate(parts):
            k = k + 1 if part == "item" else 0
            line = mark.format(k=k) + text if part == "item" else text
            if i == 0 and self.style.lead:
                line = self.slot("wire_dateline") + line
            if live and part != "item":
                if i == 0:
                    self.chrome("live_pinned")
                self.chrome("live_entry")
            self.add(line, None, part)
            if live and part != "item":
                self.chrome("live_share")
            if i in cuts:
                self.chrome(cuts[i])
        self.entries.append(("", None, ""))

    def live_summary(self, parts: list[tuple[str, str]]) -> None:
        for _, text in parts[:4:2]:
            words = text.split()
            self.add(f"{self.fields['time_short']} {' '.join(words[:7])}…", "live-chrome")

    def related_part(self) -> None:
        if not self.style.teasers:
            return
        self.chrome("related_heading")
        for j in range(self.rng.randint(2, self.style.teasers)):
            other = self.others[(self._other + j + 1) % len(self.others)]
            if other.title == self.body.title or other.title in self.related:
                continue
            self.related.append(other.title)
            self.add(other.title, "teaser-title")
            if self.style.teaser_bodies and self.rng.random() < 0.5:
                self.add(other.title, "teaser-title")  # aggregators print the teaser's title twice
            source = self.rng.choice(SITES["paper"][self.lang] + SITES["agency"][self.lang])
            meta = self.pick(TABLES["teaser_meta"][self.lang])
            self.add(meta.format(source=source, age=self.slot("age")), "teaser-meta")
            if self.style.teaser_bodies and j == 0:
                paragraphs = other.paragraphs
                if self.rng.random() < 0.7:  # the whole body as one line, as on the user's page
                    self.add(" ".join(paragraphs), "teaser-body")
                else:
                    self.add("\n".join(paragraphs[:3]), "teaser-body")
            self.entries.append(("", None, ""))


def _date_text(pattern: str, day: dt.date, lang: str, rng: random.Random) -> str:
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    return pattern.format(
        d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", yyyy=day.year, yy=f"{day.year % 100:02d}",
        month=MONTHS[lang][day.month - 1], mon=MONTHS_ABBR[lang][day.month - 1], weekday=WEEKDAYS[lang][day.weekday()],
        wkd=WEEKDAYS[lang][day.weekday()][:3], hh=f"{hour:02d}", mi=f"{minute:02d}", h12=(hour - 1) % 12 + 1, ampm="AM" if hour < 12 else "PM",
        tz="BST" if 4 <= day.month <= 10 else "GMT")


def build_page(style: Style, lang: str, index: int, pool: list[Body]) -> StylePage:
    """One page of ``style`` with chrome in ``lang``, its body drawn from ``pool`` (all one language)."""
    rng = random.Random(f"{SEED}:{style.name}:{lang}:{index}")
    half = index % 2
    body = pool[rng.randrange(len(pool))]
    others = [b for b in pool if b.page_id != body.page_id and b.title != body.title]
    rng.shuffle(others)
    day = dt.date.fromisoformat(body.date) if body.date else dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2400))
    # day-first UK and month-first US formats on English pages; other languages' pages keep their own
    region = lang if lang != "en" else ("uk" if style.dates == "local" else style.dates)
    builder = _Builder(style, lang, half, body, others or [body], rng, day)
    site = rng.choice(SITES[style.site_kind][lang])
    source = rng.choice(SITES[style.source_kind][lang]) if style.source_kind else site
    author = f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"
    person = f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"
    title = body.title
    words = title.split()
    builder.fields = {
        **WORDS[lang], "site": site, "site_upper": site.upper(), "source": source, "author": author, "author_upper": author.upper(),
        "person": person, "title": title, "TITLE": title.upper(), "short": " ".join(words[: max(2, len(words) * 3 // 5)]),
        "date": _date_text(builder.pick(DATE_FORMATS[region]), day, lang, rng), "year": str(day.year), "agency": rng.choice(SITES[style.agency_kind][lang]) if style.agency_kind else site,
        "company": site, "email": f"press@{site.split()[0].lower()}.example", "domain": f"{site.split()[0].lower()}.example",
        "city": rng.choice(CITIES[lang]), "category": builder.pick(STYLE_CHROME["category"][lang]), "role": builder.pick(PAGE["role"][lang]),
        "time_short": f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "hh": f"{rng.randint(6, 22):02d}", "mi": f"{rng.randint(0, 59):02d}",
        "d": str(day.day), "month": MONTHS[lang][day.month - 1], "mon": MONTHS_ABBR[lang][day.month - 1],
    }
    parts = {"headline": builder.headline, "meta": builder.meta, "body": builder.body_part, "related": builder.related_part}
    for section in style.sections:
        parts[section]() if section in parts else builder.chrome(section)
    return _finish(builder, f"{style.name}-{lang}-{index:02d}", title, source, author)


def _finish(builder: _Builder, page_id: str, title: str, source: str, author: str) -> StylePage:
    paragraphs = [line for line, kind, part in builder.entries if part]
    body_lines = set(paragraphs)
    # a chrome line equal to a body line would be both: the chrome line goes
    entries = [e for e in builder.entries if e[2] or e[1] is None or e[0] not in body_lines]
    lines: list[str] = []
    for line, _, _ in entries:
        if line or (lines and lines[-1]):  # one blank line between blocks at most
            lines.append(line)
    chrome = [(line, kind) for line, kind, part in entries if kind]
    printed = "\n".join(line for line, _ in chrome)
    gold = Gold(
        # an upper-cased headline is still the title: the scorer ignores case
        title=title if title.casefold() in printed.casefold() else None,
        source=source if source in printed else None,
        author=author if author in printed or author.upper() in printed else None,
        date=builder.date.isoformat() if builder.date_printed else None,
        related=list(builder.related), paragraphs=paragraphs, parts=[part for _, _, part in entries if part], boilerplate=chrome)
    return StylePage(page_id, builder.style.name, builder.lang, builder.body.language, HALVES[builder.half], lines, gold, builder.body.page_id)


def build_pages(bodies: list[Body], per_cell: int = PAGES_PER_CELL) -> list[StylePage]:
    """Every style x language x index page, bodies in the page's language where there are any."""
    by_language = {lang: sorted((b for b in bodies if b.language == lang), key=lambda b: b.page_id) for lang in LANGUAGES}
    pages = []
    for style in STYLES:
        for lang in LANGUAGES:
            pool = by_language[lang] if len(by_language[lang]) >= 3 else by_language["en"]
            pages += [build_page(style, lang, i, pool) for i in range(per_cell)]
    return pages
