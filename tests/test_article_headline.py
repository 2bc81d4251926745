"""The article-headline step: the headline over the article the content step kept, printed again."""
from __future__ import annotations

from declutter import clean
from declutter.blocks import split_blocks
from declutter.document import Document
from declutter.extractors.article_headline import _opening_title_line, _printed_again, _under_menu, find_article_headline
from declutter.extractors.dateline import label_datelines
from declutter.kinds import Kind
from declutter.phrases import book_for
from declutter.settings import Settings
from declutter.titles.between import under_second_header
from declutter.titles.evidence import TitleShaped
from declutter.titles.lead_layout import article_start, item_text, lone_in_layout, meta_line
from declutter.titles.title_line_copy import title_line_copy

from .helpers import make_doc, run

HEADLINE = "Neue Brücke über den Fluss kommt bis zum Sommer"
MENU = "\n".join(f"  * {item}" for item in ("Home", "News", "Sport", "Kultur", "Wirtschaft", "Politik", "Kontakt", "Impressum"))
PARAGRAPHS = [
    "Der Gemeinderat hat am Dienstag beschlossen, die neue Brücke über den Fluss bis zum Sommer fertigzustellen, wie der Bürgermeister mitteilte.",
    "Die Brücke soll den Verkehr in der Innenstadt entlasten und Radfahrern einen sicheren Weg über den Fluss bieten, sagte die Planerin.",
    "Die Kosten für den Bau der Brücke liegen nach Angaben der Stadt bei rund zwölf Millionen Euro, die zum Teil vom Land getragen werden.",
    "Kritiker bemängeln, dass die Anwohner zu spät über die Pläne informiert worden seien und die Bauarbeiten monatelang Lärm verursachen.",
    "Der Bürgermeister versprach, die Anwohner künftig früher einzubeziehen und die lautesten Arbeiten auf die Mittagszeit zu legen.",
]
TEASERS = ["  * Stadtfest fällt in diesem Jahr aus", "  * Neuer Trainer für den Sportverein"]
FOOTER = "  * Impressum\n  * Datenschutz\n  * Kontakt"


def page(teasers: tuple[str, ...] = (), deck: tuple[str, ...] = ()) -> str:
    """An inscriptis-like page: a menu, the headline (and a deck) over its article, a list of teasers."""
    lines = [MENU, f"  {HEADLINE}", *deck, *(f"  {p}" for p in PARAGRAPHS), "  Meistgelesen", *teasers, *TEASERS, FOOTER]
    return "\n\n".join(lines)


def test_the_headline_over_the_article_printed_again_is_the_title_and_the_text_stays():
    text = page((f"  * {HEADLINE}",))
    doc = clean(text)
    assert doc.title == HEADLINE
    assert doc.origins["title"].how == "over-article"
    assert [b.text for b in doc.blocks if b.line == doc.origins["title"].line] == [HEADLINE]  # the evidence: the line it came from
    assert doc.text == clean(text, settings=Settings().without("article-headline")).text


def test_the_headline_over_a_deck_printed_once_is_the_title():
    deck = "  Der Gemeinderat gibt grünes Licht für den Bau der Brücke im Zentrum"
    doc = clean(page((f"  * {HEADLINE}",), (deck,)))
    assert doc.title == HEADLINE


def test_a_headline_printed_once_alone_under_the_menu_is_the_title():
    # A rendering of the layout prints the h1 between blank lines, under the menu's last item.
    doc = clean(page())
    assert doc.title == HEADLINE
    assert doc.origins["title"].how == "over-article"


def test_a_line_printed_once_under_a_lone_line_of_another_kind_is_no_evidence():
    # The lone line over it ("Unsere Chronik") is the page's heading as often as a kicker: the line is a subheading or a deck.
    doc = _document(page().replace(f"  {HEADLINE}", f"  Unsere Chronik\n\n  {HEADLINE}"))
    headline = next(b for b in doc.blocks if b.text == HEADLINE)
    assert not lone_in_layout(doc, headline, 8)
    doc.blocks[headline.index - 1].kind = Kind.NAVIGATION  # under the menu
    assert lone_in_layout(doc, headline, 8)


def test_a_numbered_line_is_an_item_under_the_item_numbered_one_less():
    doc = _document("  Kultur\n\n  17. Februar 2020\n\n  Neue Brücke über den Fluss\n\n  2. News\n  3. Neue Brücke über den Fluss")
    assert not lone_in_layout(doc, doc.blocks[2], 5)  # under a date alone
    assert item_text(doc, doc.blocks[4]) == "Neue Brücke über den Fluss"
    assert item_text(doc, doc.blocks[1]) == "17. Februar 2020"


def test_a_lone_line_of_many_words_is_no_evidence():
    long_line = "Neue Brücke über den Fluss kommt bis zum Sommer, sagt der Bürgermeister der Stadt am Fluss heute"
    assert clean(page().replace(HEADLINE, long_line)).title is None


def test_a_headline_glued_to_the_lines_around_it_is_no_evidence():
    assert clean(page().replace(f"  {HEADLINE}\n\n", f"  {HEADLINE}\n")).title is None


def test_a_breadcrumb_trails_last_step_printed_again_with_a_kicker_glued_on_is_the_title():
    trail = f"  1. Home\n  2. News\n  3. {HEADLINE}"
    text = page().replace(f"  {HEADLINE}", f"{trail}\n\n  Stadtrat {HEADLINE}\n  Von Jana Beispiel")
    assert clean(text).title == HEADLINE


def test_a_lone_question_over_the_article_is_its_headline_not_its_first_paragraph():
    question = "Wird die neue Brücke über den Fluss bis zum Sommer fertig?"
    assert clean(page().replace(HEADLINE, question)).title == question


def _document(text: str) -> Document:
    doc = Document(source_text=text)
    doc.blocks = split_blocks(text)
    return doc


def test_a_page_opening_with_its_own_title_line_is_left_to_it():
    # A scrape that prints the <title> first ("Stadtrat beschließt ..."): the h1 is not its title.
    opts = Settings().headline
    doc = _document("Stadtrat beschließt den Brückenbau in der Innenstadt e.V.\n\nZum Inhalt springen\n\n* Home News Sport")
    title_line = doc.blocks[0]
    assert _opening_title_line(doc, 8, opts) is title_line
    title_line.kind = Kind.OFF_ARTICLE  # left out of the article by the content step
    assert _opening_title_line(doc, 8, opts) is title_line
    assert _opening_title_line(doc, 2, opts) is None  # too short for a headline
    title_line.kind = Kind.NAVIGATION
    assert _opening_title_line(doc, 8, opts) is None
    assert _opening_title_line(_document("* Home News Sport Kultur"), 4, opts) is None  # a list's item
    # Indented, as renderings that indent the page's nesting print a logo's or a menu's line: not the <title>.
    assert _opening_title_line(_document("    Stadtrat beschließt den Brückenbau in der Innenstadt"), 7, opts) is None
    # Flush left over indented lines: a logo's line over its menu, as inscriptis prints it.
    assert _opening_title_line(_document("Stadtrat beschließt den Brückenbau in der Innenstadt\n\n  * Home"), 7, opts) is None


def test_the_title_lines_headline_printed_again_as_a_list_item_is_the_title():
    # The <title> first, its headline printed again only as a list's item (a menu's current page): no headline rule takes it.
    text = "\n\n".join([f"{HEADLINE} | Stadtblatt", "* Lokales\n* " + HEADLINE + "\n* Sport", *PARAGRAPHS])
    doc = clean(text)
    assert doc.title == HEADLINE
    assert doc.origins["title"].how == "title-line-printed-anywhere"
    assert clean(text, settings=Settings().without("article-headline")).title is None


def test_a_title_line_whose_parts_are_both_printed_again_gives_no_title():
    # "Short | Longer Site Name": the site's name is printed as its logo, the short part as a menu's item.
    doc = _document("\n\n".join(["Kontakt | Stadtblatt Lokalnachrichten", "Stadtblatt Lokalnachrichten", "Kontakt", *PARAGRAPHS]))
    assert title_line_copy(doc, doc.blocks[0], 3, bool) is None
    # The short last part alone printed again is the site's logo, not the headline: no title either.
    doc = _document("\n\n".join(["Kontakt | Stadtblatt Lokalnachrichten", "Home", "Stadtblatt Lokalnachrichten", *PARAGRAPHS]))
    assert title_line_copy(doc, doc.blocks[0], 3, bool) is None
    # A short part that opens the title line is its headline.
    doc = _document("\n\n".join(["Stadtblatt Lokalnachrichten | Kontakt", "Home", "Stadtblatt Lokalnachrichten", *PARAGRAPHS]))
    assert title_line_copy(doc, doc.blocks[0], 3, bool) == ("Stadtblatt Lokalnachrichten", doc.blocks[2])


def _title_of(*lines: str) -> str | None:
    """The title the article-headline step gives a page of ``lines`` (the first its title line), the
    headline step left out (its fuzzy rules find some of these copies close by, not the far ones)."""
    doc = clean("\n\n".join(lines), settings=Settings().without("headline"))
    assert doc.title is None or doc.origins["title"].how == "title-line-printed-anywhere"
    return doc.title


def test_a_part_of_the_title_line_no_reading_names_printed_over_the_article_is_the_title():
    # Between marks the readings do not split at, a kicker and a section before and after it.
    assert _title_of(f"Verkehr: {HEADLINE} / Lokales / Stadtblatt", "* Home", HEADLINE, *PARAGRAPHS) == HEADLINE
    # A middle part: "Kicker: Headline - Section - Site".
    assert _title_of(f"Verkehr: {HEADLINE} - Lokales - stadtblatt.de", "* Home", HEADLINE, *PARAGRAPHS) == HEADLINE
    # Shorter than another part: a site's or a section's name, or a kicker over the headline the rest goes on with.
    long_site = "Stadtblatt Lokalnachrichten aus der Region und aus aller Welt"
    assert _title_of(f"{HEADLINE} - {long_site}", "* Home", HEADLINE, *PARAGRAPHS) is None
    # Words within a part, a bracket after them: no part.
    assert _title_of(f"{HEADLINE} (Teil 2) | Stadtblatt", "* Home", HEADLINE, *PARAGRAPHS) is None
    # A part no article retells (a menu's line) is no title.
    assert _title_of("Verkehr: Kontakt zur Redaktion aufnehmen / Stadtblatt", "* Home", "Kontakt zur Redaktion aufnehmen", *PARAGRAPHS) is None


def test_the_title_line_cut_short_or_with_a_kicker_glued_before_its_copy_gives_the_whole_headline():
    cut = HEADLINE[: len(HEADLINE) - 12] + "..."
    assert _title_of(cut, "* Home", HEADLINE, *PARAGRAPHS) == HEADLINE
    assert _title_of(f"{HEADLINE} | Stadtblatt", "* Home", f"Lokales {HEADLINE}", *PARAGRAPHS) == HEADLINE
    # The end of a compound is no kicker's place ("Fairtrade-Stadt ...").
    assert _title_of(f"{HEADLINE} | Stadtblatt", "* Home", f"Alt-{HEADLINE}", *PARAGRAPHS) is None


def test_printed_again_means_whole_or_as_a_lines_last_words():
    doc = Document(source_text="")
    doc.blocks = split_blocks(f"{HEADLINE}\n\nHome » Lokales » {HEADLINE}\n\nAnderes")
    assert _printed_again(doc, doc.blocks[0])
    doc.blocks = split_blocks(f"{HEADLINE}\n\n5 Gedanken zu „{HEADLINE}“\n\nAnderes")
    assert _printed_again(doc, doc.blocks[0])  # quoted by a comment count
    doc.blocks = split_blocks(f"{HEADLINE}\n\nAlte{HEADLINE.casefold()}\n\nAnderes")
    assert not _printed_again(doc, doc.blocks[0])  # the end of a longer word is no copy
    doc.blocks = split_blocks(f"{HEADLINE}\n\nAnderes")
    assert not _printed_again(doc, doc.blocks[0])
    # A sentence ending in the line (a recipe's text naming an ingredient) is no copy of a headline.
    doc.blocks = split_blocks("Eier (Größe M)\n\nZuletzt fehlen 125 g Butter und 4 Eier (Größe M) .\n\nAnderes")
    assert not _printed_again(doc, doc.blocks[0])


def test_a_headline_printed_once_between_the_menu_and_the_article_left_out_of_it_is_the_title():
    doc = _document("\n\n".join(["* Home", "* Lokales", HEADLINE, *PARAGRAPHS]))
    menu, headline, paragraph = doc.blocks[1], doc.blocks[2], doc.blocks[3]
    menu.kind, headline.kind = Kind.NAVIGATION, Kind.OFF_ARTICLE
    assert _under_menu(doc, headline, paragraph)
    menu.kind = Kind.DATELINE  # under a date line, as a page prints its h1 too
    assert _under_menu(doc, headline, paragraph)
    menu.kind = None  # under a kept line: a subheading's place
    assert not _under_menu(doc, headline, paragraph)
    menu.kind, headline.kind = Kind.NAVIGATION, None  # kept by the content step: as often a subheading or a widget's line
    assert not _under_menu(doc, headline, paragraph)
    headline.kind = Kind.SHORT_FRAGMENT
    assert _under_menu(doc, headline, paragraph)
    assert not _under_menu(doc, headline, doc.blocks[4])  # a line between it and the article's first paragraph
    assert not _under_menu(doc, doc.blocks[0], doc.blocks[1])  # the page's first line: nothing over it


def _menu_page(line_over_headline: str, headline: str = HEADLINE) -> Document:
    """An inscriptis-like page whose menu run the navigation step took the headline into."""
    doc = _document("\n".join([MENU, line_over_headline, f"  {headline}", *(f"  {p}" for p in PARAGRAPHS)]))
    for block in doc.blocks[: len(doc.blocks) - len(PARAGRAPHS)]:
        block.kind = Kind.NAVIGATION
    return doc


def test_a_headline_closing_a_menu_over_its_article_is_the_title():
    doc = _menu_page("  * Leserbriefe")
    find_article_headline(doc, Settings())
    assert doc.title == HEADLINE and doc.origins["title"].how == "under-menu"
    assert [b.kind for b in doc.blocks[-len(PARAGRAPHS):]] == [None] * len(PARAGRAPHS)  # no block changes


def test_a_line_under_a_menu_line_without_a_mark_or_saying_one_thing_is_not_the_title():
    # Under a section's heading ("Brückenbau") it is as often that section's subheading.
    heading = _menu_page("  Brückenbau")
    find_article_headline(heading, Settings())
    assert heading.title is None
    # An item itself, or a line of one content word ("Neu bei Amnesty" over a form), is not a headline.
    for line in (f"* {HEADLINE}", "Neu bei der Brücke"):
        doc = _menu_page("  * Leserbriefe", line)
        find_article_headline(doc, Settings())
        assert doc.title is None



def _twice_headed(second_headline: bool) -> Document:
    """A page printing its header twice (two layouts), its meta lines labelled:
    a photo's caption, the headline, a byline and a date line; the second copy
    with or without the headline."""
    caption, meta = "Rathaus am Marktplatz", ["Von Erika Muster", "12. Mai 2022"]
    second = [caption, *([HEADLINE] if second_headline else []), *meta]
    return run(label_datelines, make_doc("\n".join([caption, HEADLINE, *meta, *second, *PARAGRAPHS]), language="de"))


def test_a_caption_over_a_second_copy_of_the_meta_lines_is_no_headline():
    # The headline is printed over the first copy only: the caption over the second is not it.
    doc = _twice_headed(second_headline=False)
    assert [b.kind for b in doc.blocks[2:4]] == [Kind.BYLINE, Kind.DATELINE]
    assert under_second_header(doc, doc.blocks[4], doc.blocks[7])
    assert not under_second_header(doc, doc.blocks[1], doc.blocks[7])


def test_a_headline_over_both_copies_of_the_meta_lines_may_be_the_headline():
    doc = _twice_headed(second_headline=True)
    assert not under_second_header(doc, doc.blocks[5], doc.blocks[8])



def test_an_unnamed_dated_line_is_a_meta_line_the_headline_is_looked_for_over():
    doc = _document(f"  {HEADLINE}\n\n  19.10.2019 11:36 Stadtredaktion Basel\n\n  {PARAGRAPHS[0]}")
    ok = TitleShaped(doc, book_for(Settings(), "de"))
    assert meta_line(doc.blocks[1], ok)
    assert not meta_line(doc.blocks[0], ok)
    doc.blocks[1].kind = Kind.DATELINE  # named already: passed over as a line between
    assert not meta_line(doc.blocks[1], ok)


def test_a_line_its_article_does_not_retell_is_passed_over_to_the_headline_over_it():
    # A credit under the headline ("Sammlung Meier Stadtarchiv Beispielstadt") says nothing the article says.
    text = page().replace(f"  {HEADLINE}\n\n", f"  {HEADLINE}\n\n  Sammlung Meier Stadtarchiv Beispielstadt\n\n")
    assert clean(text).title == HEADLINE
    assert clean(text, settings=Settings().without("article-headline")).title is None


def test_a_line_its_article_retells_is_not_passed_over():
    # A deck the article retells ("Brücke entlastet den Verkehr in der Innenstadt") is the headline's or a subheading:
    # the line over it may be a kicker's.
    deck = "  Die Brücke soll den Verkehr in der Innenstadt entlasten"
    assert clean(page().replace(f"  {HEADLINE}\n\n", f"  {HEADLINE}\n\n{deck}\n\n")).title is None


def test_kept_lines_over_lines_left_out_are_no_part_of_the_article():
    doc = _document("  Cookies helfen uns.\n\n  * Home\n\n  * News\n\n  Headline\n\n  First paragraph.\n\n  Caption\n\n  Second paragraph.")
    for i in (1, 2, 5):
        doc.blocks[i].kind = Kind.NAVIGATION
    assert article_start(doc, doc.blocks[6]).text == "Headline"  # the banner's kept line is over two lines left out
    doc.blocks[2].kind = None
    assert article_start(doc, doc.blocks[6]).text == "Cookies helfen uns."  # one line left out between
