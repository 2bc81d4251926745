"""Lists inside articles: amounts, colon lists, numbered steps (extractors.lists)."""
from declutter.blocks import split_blocks, word_count
from declutter.content.edges import with_lead
from declutter.content.lists import (
    amount_item,
    amount_stretch,
    enumeration_marker,
    list_mark,
    same_list,
    with_amount_lists,
    with_colon_lists,
    with_unmarked_lists,
    with_whole_lists,
)
from declutter.content.options import ContentSettings
from declutter.extractors.content import _with_rescued
from declutter.extractors.navigation import label_navigation

from .helpers import kinds, make_doc, run

INGREDIENTS = ["Zutaten", "350 g Zucker", "500 ml Milch", "Salz", "1 Pck. Backpulver", "2 EL Backkakao", "Frischhaltefolie"]
MENU = ["Home", "Rezepte", "Backen", "Kochen"]
STEP = "Für die Creme Puddingpulver, Zucker und Milch in einer Schüssel glatt rühren und auskühlen lassen."
INTRO = "Dieser Kuchen ist schnell gebacken und schmeckt der ganzen Familie, auch am nächsten Tag noch."


def _blocks(lines):
    blocks = split_blocks("\n".join(lines))
    return blocks, [word_count(b.text) for b in blocks]


def test_an_amount_begins_an_item_after_its_bullet():
    for text in ("350 g Zucker", "* 2 EL Backkakao", "½ cup milk", "250g Butter", "1,5 l Wasser", "8 g Eiweiß"):
        assert amount_item(split_blocks(text)[0]), text
    for text in ("1. Home", "2019", "Home", "Top 10 stories", "12:30 Uhr"):
        assert not amount_item(split_blocks(text)[0]), text


def test_a_marker_alone_on_its_line():
    for text in ("4.", "4", "(4)", "12)", "iv.", "b)"):
        assert enumeration_marker(text), text
    for text in ("I", "A", "2019", "4. Schritt", "Home", "1234."):
        assert not enumeration_marker(text), text


def test_the_amount_stretch_runs_from_the_first_to_the_last_amount():
    blocks, _ = _blocks(INGREDIENTS + ["Kategorien", "süß", "fruchtig", "einfach"])
    assert amount_stretch(blocks, 3, 0.5) == (1, 5)
    assert amount_stretch(blocks, 5, 0.5) is None  # four amounts
    blocks, _ = _blocks(["1 Home", "News", "Sport", "Wetter", "2 Kontakt", "Impressum", "3 Jobs"])
    assert amount_stretch(blocks, 3, 0.5) is None  # three amounts in seven lines


def test_a_list_of_amounts_is_no_menu_but_the_menu_before_it_is():
    doc = run(label_navigation, make_doc("\n".join(MENU + INGREDIENTS)))
    # The heading goes with the menu above it; the line after the last amount
    # is too short a run to be a menu of its own.
    assert kinds(doc) == ["navigation"] * (len(MENU) + 1) + [None] * (len(INGREDIENTS) - 1)
    doc = run(label_navigation, make_doc("\n".join(MENU + ["1 Home", "2 News"])))
    assert kinds(doc) == ["navigation"] * (len(MENU) + 2)  # two amounts make no list


def test_three_lines_after_a_list_of_amounts_are_its_tail_but_a_longer_run_is_a_menu():
    amounts = INGREDIENTS[:-1]  # up to its last amount
    tail = ["Frischhaltefolie", "Küchengasbrenner", "Zubereitung"]
    doc = run(label_navigation, make_doc("\n".join(amounts + tail)))
    assert kinds(doc) == [None] * (len(amounts) + len(tail))
    doc = run(label_navigation, make_doc("\n".join(amounts + MENU)))
    assert kinds(doc) == [None] * len(amounts) + ["navigation"] * len(MENU)


def test_a_kept_line_ending_in_a_colon_keeps_the_list_after_it():
    lines = [INTRO, "Das brauchst du:", "Mehl", "Zucker", "Drei Eier.", "Zum Schluss:", "Teilen", INTRO]
    blocks, _ = _blocks(lines)
    keep = with_colon_lists([True, True] + [False] * 6, blocks, range(len(blocks)), ContentSettings())
    # The list runs to the next colon line; a short sentence may be an item.
    assert keep == [True, True, True, True, True, False, False, False]
    assert with_colon_lists([True, False] + [False] * 6, blocks, range(len(blocks)), ContentSettings()) == [True] + [False] * 7


def test_a_colon_lists_clauses_ending_in_a_comma_stay_however_long():
    clause = "Einführung eines zusätzlichen Steuertarifes für Wasserpfeifentabak und erhitzten Tabak zum 1. Januar 2022"
    lines = [INTRO, "Das Gesetz bringt folgende Änderungen:", clause + ",", "ab 2024 für Substitute.", INTRO]
    blocks, _ = _blocks(lines)
    assert word_count(clause) > ContentSettings().list_item_words
    keep = with_colon_lists([True, True, False, False, False], blocks, range(len(blocks)), ContentSettings())
    assert keep == [True, True, True, True, False]
    # Without its comma the long line is a paragraph of its own and ends the list.
    blocks, _ = _blocks([*lines[:2], clause, *lines[3:]])
    keep = with_colon_lists([True, True, False, False, False], blocks, range(len(blocks)), ContentSettings())
    assert keep == [True, True, False, False, False]


def test_a_list_of_amounts_next_to_the_article_stays():
    lines = [*MENU, INTRO, *INGREDIENTS, "Zubereitung", STEP]
    blocks, _ = _blocks(lines)
    keep = [False] * len(MENU) + [True] + [False] * (len(INGREDIENTS) + 1) + [True]
    kept = with_amount_lists(keep, blocks, range(len(blocks)), ContentSettings())
    # From the first amount to the last: not the "Zutaten" heading, nor the line after.
    assert [b.text for b, k in zip(blocks, kept) if k] == [INTRO, *INGREDIENTS[1:6], STEP]
    far = with_amount_lists(keep, blocks, range(len(blocks)), ContentSettings(list_distance=0))
    assert far == keep


def test_a_numbered_steps_number_does_not_end_the_article():
    lines = ["1.", STEP, "2.", STEP.replace("Creme", "Füllung"), "Storm closes three schools", STEP.replace("Creme", "Glasur")]
    blocks, words = _blocks(lines)
    scores = [0.3, 0.9, 0.3, 0.5, 0.3, 0.5]
    keep = _with_rescued([False, True, False, False, False, False], scores, blocks, words, ContentSettings())
    # The step after the marker is rescued; the one after a teaser line is not.
    assert keep == [False, True, False, True, False, False]


def test_each_lead_paragraph_starts_the_gap_count_again():
    lines = [INTRO, "Share", "Print", INTRO.replace("Kuchen", "Teig"), "By Jane Doe", "5 min read", "Photo: Jane", STEP]
    blocks, words = _blocks(lines)
    keep = with_lead([False] * 7 + [True], blocks, blocks, list(range(len(blocks))), words, ContentSettings(lead_gap=3))
    assert keep == [True, False, False, True, False, False, False, True]


def test_a_list_marks_are_its_bullet_or_its_next_number():
    assert list_mark("* DATE : 27/09/2020") == ("*", 0)
    assert list_mark("4. ARBITRE : C.Turpin") == (".", 4)
    assert list_mark("Home") is None and list_mark("2019 was a year") is None
    assert same_list(list_mark("- a"), list_mark("- b")) and same_list(list_mark("3. a"), list_mark("4. b"))
    assert not same_list(list_mark("- a"), list_mark("* b")) and not same_list(list_mark("3. a"), list_mark("5. b"))
    assert not same_list(list_mark("3. a"), list_mark("4) b")) and not same_list(None, list_mark("- b"))


def _nothing_between(i: int) -> bool:
    return False


FACTS = ["* DATE : 27/09/2020", "* Horaires : 17h00", "* STADE : Stade du Moustoir", "* ARBITRE : C. Turpin"]


def test_a_marked_list_next_to_the_article_is_kept_whole():
    lines = [*FACTS, "Live", INTRO, STEP]
    blocks, words = _blocks(lines)
    prose = [False] * 5 + [True, True]
    keep = [False, False, False, True, False, True, True]
    kept = with_whole_lists(keep, blocks, range(len(blocks)), prose, _nothing_between, 3)
    # The facts above the kept one go with it; the line without a bullet does not.
    assert kept == [True, True, True, True, False, True, True]
    # A list of links far from the article's paragraphs stays as the classifier left it.
    far = [*FACTS, *MENU, "Live", INTRO, STEP]
    blocks, _ = _blocks(far)
    keep = [False, False, False, True] + [False] * 5 + [True, True]
    assert with_whole_lists(keep, blocks, range(len(blocks)), [False] * 9 + [True, True], _nothing_between, 3) == keep
    # A number out of its order is another list's.
    blocks, _ = _blocks(["1. Zucker und Mehl mischen", "3. Eier dazu geben", INTRO])
    assert with_whole_lists([False, True, True], blocks, range(3), [False, False, True], _nothing_between, 3) == [False, True, True]


def test_the_next_number_goes_on_with_its_list_past_a_caption_but_a_bullet_does_not():
    steps = ["1-prendre en considération la valeur", "2-faire bénéficier les femmes", "3-assurer l'égalité", "4- activer les dispositions"]
    assert [list_mark(s) for s in steps] == [("-", 1), ("-", 2), ("-", 3), ("-", 4)]
    blocks, _ = _blocks([INTRO, *steps])
    places = [0, 1, 2, 4, 5]  # a caption the rules dropped stands between the second step and the third
    keep = [True, True, True, False, False]
    assert with_whole_lists(keep, blocks, places, [True] + [False] * 4, lambda i: i == 3, 3) == [True] * 5
    assert with_whole_lists(keep, blocks, places, [True] + [False] * 4, _nothing_between, 3) == keep
    bullets, _ = _blocks([INTRO, "- one item", "- two items", "- three items"])
    assert with_whole_lists([True, True, False, False], bullets, [0, 1, 3, 4], [True, False, False, False], lambda i: i == 2, 3) == [
        True, True, False, False]


def test_a_bullet_list_with_a_kept_run_goes_on_past_a_caption():
    items = ["• 1 de mayo: Día del Trabajo", "• 2 de mayo: Combate del Dos de Mayo", "• 3 de mayo: Día de la Prensa", "• 17 de mayo: Día del Internet"]
    blocks, _ = _blocks(["Calendario cívico de mayo", *items])
    places = [0, 1, 2, 3, 6]  # a picture's caption and credit the rules dropped stand before the last item
    no_prose = [False] * 5
    # Three items the classifier kept in a row: the list goes on past the picture, far from any paragraph.
    assert with_whole_lists([True, True, True, True, False], blocks, places, no_prose, lambda i: i == 4, 3) == [True] * 5
    # Two kept items are not enough, and nothing but furniture may stand between.
    assert with_whole_lists([True, False, True, True, False], blocks, places, no_prose, lambda i: i == 4, 3) == [
        True, False, True, True, False]
    assert with_whole_lists([True, True, True, True, False], blocks, places, no_prose, _nothing_between, 3) == [True] * 4 + [False]


def test_a_kept_items_short_neighbours_with_its_bullet_are_no_menu():
    pros = "- Fahrwerk bietet guten Gegenhalt und ausreichend Reserven im Gelände"
    cons = ["- dünne Karkasse", "- Sitzposition nicht tourentauglich", "- wenig Selbstvertrauen"]
    doc = run(label_navigation, make_doc("\n".join([INTRO, pros, *cons, INTRO, *MENU])))
    # The short items go on with the long one above them; the menu after them is one.
    assert kinds(doc) == [None] * 6 + ["navigation"] * len(MENU)
    # A run longer than list_tail_items is a menu whatever stands above it.
    doc = run(label_navigation, make_doc("\n".join([INTRO, pros, *cons, *[f"- {m}" for m in MENU]])))
    assert kinds(doc) == [None] * 2 + ["navigation"] * (len(cons) + len(MENU))
    eggs = ["* Chabo: 80 Eier", "* Cochin: 80 Eier", "* Maran: 170 Eier"]
    longer = "* New Hampshire: ca. 220 Eier"
    doc = run(label_navigation, make_doc("\n".join([*MENU, "Wie viele Eier legen Hühner im Jahr? Das hängt ab:", *eggs, longer])))
    assert kinds(doc) == ["navigation"] * len(MENU) + [None] * 5
    # A form's starred label above starred fields is no list's item.
    doc = run(label_navigation, make_doc("\n".join([INTRO, "* Nickname:", "* Zusammenfassung", "* Kundenmeinung", "* Bewertung"])))
    assert kinds(doc) == [None, None] + ["navigation"] * 3


def test_a_colon_list_goes_on_under_a_kept_unmarked_item_but_not_a_kept_sentence():
    lines = [INTRO, "Meine liebsten Orte am Wasser:", "Das Cafe am Hafen", "Die Stege an der Elbe", "Der Strand im Norden", INTRO]
    blocks, _ = _blocks(lines)
    keep = with_colon_lists([True, True, True, False, False, True], blocks, range(len(blocks)), ContentSettings())
    assert keep == [True] * 6
    # A kept sentence under the colon ends the list: what follows is the page's.
    blocks, _ = _blocks([INTRO, "Ein Blick zeigt:", "Wir sind besser, als wir denken.", "Ausgabe kaufen", "Leserbrief schreiben"])
    keep = with_colon_lists([True, True, True, False, False], blocks, range(len(blocks)), ContentSettings())
    assert keep == [True, True, True, False, False]


def test_an_unmarked_list_is_kept_whole_from_two_kept_items_on_consecutive_lines():
    items = ["Tuples save memory", "Slotted classes save a lot", "Map and filter are sometimes faster"]
    blocks, words = _blocks([INTRO, "", *items, "", "Author: Someone"])
    prose = [True, False, False, False, False]
    kept = with_unmarked_lists([True, True, True, False, False], blocks, range(len(blocks)), words, prose)
    # The third item goes with the two kept above it; past the blank line nothing does.
    assert kept == [True, True, True, True, False]
    # One kept item is no list to go on with.
    assert with_unmarked_lists([True, True, False, False, False], blocks, range(len(blocks)), words, prose) == [True, True, False, False, False]
    # Nor is a list with no kept paragraph above it (other stories' headlines over the article).
    assert with_unmarked_lists([False, True, True, False, False], blocks, range(len(blocks)), words, [False] * 5) == [False, True, True, False, False]
    # Questions go on with questions, not with a line ending otherwise.
    questions = [INTRO, "Fühlt es sich richtig an?", "Macht es mein Leben bunter?", "Kann ich davon erzählen?", "Mehr dazu"]
    blocks, words = _blocks(questions)
    assert with_unmarked_lists([True, True, True, False, False], blocks, range(5), words, prose) == [True, True, True, True, False]


def test_headlines_under_a_dropped_heading_after_the_article_are_no_list_to_go_on_with():
    teasers = ["Storm closes three schools in the north", "Council tax to rise next year", "Local team wins the cup again"]
    blocks, words = _blocks([INTRO, "More stories", *teasers])
    del blocks[1], words[1]  # the heading a rule dropped: no candidate, a gap in the places
    keep = [True, True, True, False]
    assert with_unmarked_lists(keep, blocks, [0, 2, 3, 4], words, [True, False, False, False]) == keep
    # Right under the kept paragraph the same lines are its list.
    assert with_unmarked_lists(keep, blocks, range(4), words, [True, False, False, False]) == [True] * 4
