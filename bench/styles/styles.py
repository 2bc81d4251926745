"""The page styles, as a table: what a page of each kind is made of, in order.

Each section name is either a chrome slot (chrome_page / chrome_article /
chrome_styles, written as boilerplate of the kind SLOT_KIND gives) or one of
the generator's parts: "headline", "meta", "body", "related". Headline and
meta forms are patterns; {date} is the date in one of the style's formats,
{source}{date} glues them the way aggregators do.
"""
from __future__ import annotations

from dataclasses import dataclass

# The boilerplate kind each chrome slot is recorded with in the gold.
SLOT_KIND = {
    "menu": "menu", "logo": "image-alt", "cookie": "cookie", "cookie_wall": "cookie", "related_heading": "teaser-heading",
    "teaser_meta": "teaser-meta", "comments": "comments", "share": "share", "app_banner": "app-banner", "footer": "footer",
    "ad_marker": "ad-marker", "continues": "ad-marker", "read_more": "read-more", "newsletter": "newsletter", "caption": "caption",
    "donation": "donation", "paywall": "paywall", "portal_story_by": "byline", "portal_provider": "provider", "portal_continue": "promo",
    "live_header": "live-chrome", "live_pinned": "live-chrome", "live_entry": "live-chrome", "live_share": "live-chrome",
    "wp_meta": "dateline", "wp_footer": "blog-meta", "feed_footer": "feed-footer", "press_header": "press-chrome",
    "press_contact": "contact", "press_about": "press-boilerplate", "broadcast": "media", "tabloid": "promo", "amp": "amp-chrome",
    "wire_credits": "credits",
}

PLAIN = ("{title}",)
TWICE = ("{title}", "{title}")
# How the headline is printed, one to three times. Even indexes "dev", odd "held-out".
HEADLINES_ANY = (PLAIN, TWICE, ("{title} | {site}", "{title}"), ("{TITLE}", "{title}"), ("{title}", "{short}…"),
                 ("{title} - {site}", "{title}", "{title}"), PLAIN, ("{short}…", "{title}"))


@dataclass(frozen=True)
class Style:
    name: str
    site_kind: str  # names.SITES kind of the site printing the page
    source_kind: str  # names.SITES kind of the gold source ("" = the site itself)
    dates: str  # names.DATE_FORMATS region; "local" = uk/de/fr/es by language
    sections: tuple[str, ...]
    headlines: tuple[tuple[str, ...], ...]
    meta: tuple[tuple[str, str], ...]  # (pattern, kind) for the source/date/author lines
    interruptions: tuple[str, ...] = ()  # chrome slots that may cut into the article
    max_interruptions: int = 3
    author: bool = True
    teasers: int = 3  # teasers in the related section
    teaser_bodies: bool = False  # a teaser may carry its article's whole body
    lead: str = ""  # "wire": the first paragraph opens with names.WIRE_DATELINE
    agency_kind: str = "agency"  # names.SITES kind of the agency in datelines and credits ("" = the site)


STYLES: tuple[Style, ...] = (
    Style("aggregator", "aggregator", "paper", "local", ("menu", "logo", "headline", "meta", "body", "share", "comments", "related", "app_banner", "footer"),
          (TWICE, TWICE, ("{title}", "{title}", "{title}"), ("{title}",), ("{TITLE}", "{title}"), ("{title}", "{short}…")),
          (("{source}{date}", "dateline"), ("{source}{date}", "dateline"), ("{source} · {date}", "dateline"), ("{source}\n{date}", "dateline")),
          author=False, teasers=4, teaser_bodies=True, max_interruptions=1, interruptions=("ad_marker",)),
    Style("portal", "portal", "paper", "local", ("menu", "headline", "meta", "body", "portal_continue", "related", "footer"),
          (TWICE, PLAIN, ("{title}", "{title}"), ("{title} | {site}", "{title}")),
          (("{story_by}\n{source} · {date}", "byline"), ("{source}\n{story_by}\n{date}", "byline"), ("{source} · {date} · 3 {min_read}\n{by} {author}", "byline"),
           ("{source}\n{date}\n{story_by}", "byline")),
          interruptions=("ad_marker", "continues", "portal_continue", "portal_provider"), teasers=3),
    Style("uk_newspaper", "paper", "", "uk", ("cookie", "logo", "menu", "headline", "meta", "share", "body", "donation", "related", "comments", "footer"),
          HEADLINES_ANY, (("{byline}\n{site} | {date_label}", "byline"), ("{byline}\n{date}", "byline"), ("{by} {author} | {site} | {date}", "byline"), ("{byline}\n{date_label}", "byline")),
          interruptions=("caption", "newsletter", "read_more", "donation")),
    Style("us_newspaper", "us_paper", "", "us", ("menu", "logo", "headline", "meta", "share", "body", "related", "footer"),
          HEADLINES_ANY, (("{by} {author}\n{date}", "byline"), ("{BY} {author_upper} | {date}", "byline"), ("{byline}\n{date}", "byline"), ("{by} {author}, {site}\n{date}", "byline")),
          interruptions=("ad_marker", "continues", "read_more", "caption", "newsletter")),
    Style("wire", "agency", "", "local", ("menu", "headline", "meta", "body", "wire_credits", "related", "footer"),
          HEADLINES_ANY, (("{byline}\n{date}", "byline"), ("{by} {author} | {source} | {date}", "byline"), ("{byline}\n{date} {updated} {age}", "byline"), ("{date}\n{byline}", "byline")),
          interruptions=("read_more",), max_interruptions=1, lead="wire", agency_kind=""),
    Style("live_blog", "broadcaster", "", "local", ("menu", "live_header", "headline", "meta", "body", "footer"),
          (PLAIN, ("{title}", "{title} – {live}"), ("{title} – {latest}", "{title}"), PLAIN),
          (("{byline}\n{date}", "byline"), ("{date}", "dateline"), ("{byline} · {date}", "byline"), ("{site}{date}", "dateline")),
          interruptions=("ad_marker",), max_interruptions=2, teasers=0),
    Style("wordpress", "blog", "", "local", ("logo", "menu", "headline", "meta", "body", "share", "wp_footer", "related", "comments", "footer"),
          (PLAIN, PLAIN, ("{title} – {site}", "{title}"), PLAIN), (("{wp_meta}", "dateline"), ("{wp_meta}", "dateline")),
          interruptions=("caption",), max_interruptions=1, teasers=3),
    Style("press_release", "company", "", "local", ("press_header", "headline", "meta", "body", "press_about", "press_contact", "footer"),
          (PLAIN, ("{TITLE}",), PLAIN, ("{title}", "{short}…")), (("{date}", "dateline"), ("{date_label}", "dateline")),
          author=False, teasers=0, interruptions=(), lead="wire", agency_kind="pr_wire"),
    Style("broadcaster", "broadcaster", "", "local", ("cookie", "menu", "headline", "meta", "broadcast", "body", "share", "related", "footer"),
          HEADLINES_ANY, (("{site}{date}", "dateline"), ("{byline}\n{site}\n{date}", "byline"), ("{date}", "dateline"), ("{byline}\n{date}", "byline")),
          interruptions=("caption", "broadcast", "read_more")),
    Style("tabloid", "tabloid", "", "local", ("menu", "tabloid", "headline", "meta", "share", "body", "tabloid", "comments", "related", "footer"),
          (("{TITLE}", "{title}"), ("{title}",), ("{TITLE}",), ("{title}", "{title}")),
          (("{BY} {author_upper} {FOR} {site_upper}\n{published}: {date}", "byline"), ("{byline}\n{date}", "byline"), ("{BY} {author_upper}\n{date}", "byline"), ("{date}\n{byline}", "byline")),
          interruptions=("caption", "read_more", "ad_marker", "tabloid"), max_interruptions=4),
    Style("paywall", "paper", "", "local", ("logo", "menu", "paywall", "headline", "meta", "body", "paywall", "related", "footer"),
          HEADLINES_ANY, (("{byline}\n{date_label}", "byline"), ("{date}\n{byline}", "byline"), ("{by} {author} | {site} | {date}", "byline"), ("{byline}\n{date}", "byline")),
          interruptions=("paywall", "newsletter", "donation")),
    Style("cookie_wall", "regional", "", "local", ("cookie_wall", "cookie", "logo", "menu", "headline", "meta", "body", "related", "footer"),
          HEADLINES_ANY, (("{byline}\n{date_label}", "byline"), ("{site}{date}", "dateline"), ("{date} | {site}", "dateline"), ("{byline}\n{date}", "byline")),
          interruptions=("ad_marker", "continues", "read_more", "newsletter")),
    Style("amp", "paper", "", "local", ("amp", "logo", "headline", "meta", "body", "share", "related", "amp", "footer"),
          (PLAIN, ("{short}…", "{title}"), ("{title} | {site}", "{title}"), PLAIN), (("{byline}\n{date}", "byline"), ("{date}", "dateline"), ("{byline} · {date}", "byline"), ("{site}\n{date}", "dateline")),
          interruptions=("ad_marker", "amp", "app_banner", "read_more")),
    Style("feed", "blog", "", "local", ("headline", "body", "feed_footer"), (PLAIN, PLAIN), (), author=False, teasers=0,
          interruptions=("donation", "caption"), max_interruptions=1),
)
