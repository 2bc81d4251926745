"""Unit tests: one extractor at a time, on small pages written for the case."""
from dataclasses import replace

from declutter.extractors.boilerplate import label_boilerplate
from declutter.extractors.dateline import label_datelines
from declutter.extractors.feed_footer import label_feed_footer
from declutter.extractors.headline import label_headlines
from declutter.extractors.language import detect_language
from declutter.extractors.navigation import label_navigation
from declutter.extractors.published import resolve_published
from declutter.extractors.related import label_related
from declutter.kinds import Kind, Role
from declutter.settings import DateSettings, HeadlineSettings, Settings

from .helpers import kinds, make_doc, run


# -- language -----------------------------------------------------------------
def test_language_is_detected_from_the_longest_lines():
    doc = run(detect_language, make_doc("Menü\nDie Regierung hat am Dienstag beschlossen, die Steuern für kleine Betriebe zu senken, sagte der Minister."))
    assert doc.language == "de"


def test_function_words_decide_only_clear_cases():
    from declutter.language.detect import function_word_vote

    english = "The council said that it would review the plan once the winter is over. Some of the residents who live in the villages have said they will not accept it, because they would have to drive to the town for it."
    assert function_word_vote(english) == "en"
    # Malay's list shares "the", "and", "is" with English: one short sentence is not clear.
    assert function_word_vote("The council said that it would review the plan once the winter is over and the roads are clear.") is None
    assert function_word_vote("Die Regierung hat am Dienstag beschlossen, dass die Steuern für die kleinen Betriebe nicht steigen.") == "de"
    assert function_word_vote("Le conseil a dit qu'il allait revoir le plan une fois que l'hiver sera fini et que les routes seront dégagées.") == "fr"
    assert function_word_vote("Anna Schmidt Peter Meier Jan Kowalski Maria Rossi Tom Berg") is None  # names: no function words
    assert function_word_vote("in de") is None  # too few to tell


def test_words_only_one_language_lists_break_a_close_vote():
    from declutter.language.detect import function_word_vote

    # Malay's list holds "the", "of", "and", "was", "in", "is": on these words alone English
    # leads Malay by less than the margin, but "he", "said", "this", "not" are English's only.
    english = (
        "The mayor of the town was at the opening of the new bridge on the river, and it is the first of its kind "
        "in the region. He said that this was not the end of the work, which will go on for years."
    )
    assert function_word_vote(english) == "en"
    spanish = "El consejo dijo que revisaría el plan una vez que termine el invierno y las carreteras estén despejadas, porque los vecinos no quieren esperar más."
    assert function_word_vote(spanish) == "es"
    # Galician shares most of its list with Spanish and Portuguese: left to py3langid.
    galician = "O concello dixo que revisaría o plan unha vez que remate o inverno e as estradas estean despexadas, porque os veciños non queren agardar máis."
    assert function_word_vote(galician) is None


def test_an_unclear_vote_is_left_to_py3langid():
    doc = run(detect_language, make_doc("Kuvernööri sanoi tiistaina, että kaupungin uusi silta avataan ensi vuoden keväällä."))
    assert doc.language == "fi"


def test_language_stays_unset_for_too_little_text():
    assert run(detect_language, make_doc("logo")).language is None


# -- feed footer --------------------------------------------------------------
def test_feed_footer_gives_title_and_source_in_several_languages():
    for footer, title, source in [
        ("The post Rain Returns appeared first on Weather Blog.", "Rain Returns", "Weather Blog"),
        ("Der Beitrag Regen kommt zurück erschien zuerst auf Wetterblog.", "Regen kommt zurück", "Wetterblog"),
        ("L’article La pluie revient est apparu en premier sur Météo Blog.", "La pluie revient", "Météo Blog"),
    ]:
        doc = run(label_feed_footer, make_doc(f"Body text of the item.\n{footer}"))
        assert (doc.title, doc.source) == (title, source)
        assert kinds(doc) == [None, "feed-footer"]


def test_feed_footers_written_title_first_give_title_and_source():
    for footer, title, source in [
        ("Regen kommt zurück wurde ursprünglich auf Wetterblog veröffentlicht", "Regen kommt zurück", "Wetterblog"),
        ("La pluie revient a été publié initialement sur Météo Blog.", "La pluie revient", "Météo Blog"),
        ("Vuelve la lluvia se publicó originalmente en Blog del Tiempo.", "Vuelve la lluvia", "Blog del Tiempo"),
    ]:
        doc = run(label_feed_footer, make_doc(f"Body text of the item.\n{footer}"))
        assert (doc.title, doc.source) == (title, source)
        assert kinds(doc) == [None, "feed-footer"]


def test_a_sentence_mentioning_a_post_is_not_a_footer():
    doc = run(label_feed_footer, make_doc("The post office appeared first on the list of closures in the town."))
    assert kinds(doc) == [None] and doc.title is None


# -- boilerplate phrase books -------------------------------------------------
def test_phrase_books_label_each_kind():
    cases = {
        "logo": "image-alt",
        "Orange background": "image-alt",
        "Try Our AI Features": "promo",
        "No comments yet...": "comments-widget",
        "Your support makes all the difference. Donate now to keep us going.": "donation-appeal",
        "DOWNLOAD THE APP": "app-banner",
        "Sign up to our newsletter": "newsletter",
        "Share on Facebook": "share-prompt",
        "Diesen Eintrag teilen": "share-prompt",
        "Enlace copiado": "share-prompt",
        "Facebook X Correo": "share-prompt",
        "We use cookies to give you the best experience.": "cookie-notice",
        "Advertisement": "advertisement",
        "Story continues below advertisement": "advertisement",
        "© 2024 Example Media Ltd": "copyright",
        "Home > News > World": "navigation",
        "Anzeige": "advertisement",
        "Newsletter abonnieren": "newsletter",
        "Tous droits réservés": "copyright",
        "Publicidad": "advertisement",
        "The minister at the opening of the bridge on Monday. (Photo: Jane Doe)": "image-caption",
        "Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)": "image-caption",
        "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO": "image-caption",
        "Manifestantes frente al Congreso (Foto: Juan Pérez)": "image-caption",
        "12 responses to “The Loneliest Woman in the World”": "comments-widget",
        "For the latest stories download the Example News apps for iOS and Android.": "app-banner",
    }
    doc = run(label_boilerplate, make_doc("\n".join(cases)))
    assert kinds(doc) == list(cases.values())


def test_a_caption_above_a_credit_read_as_an_image_text_goes_with_it():
    page = "\n".join([
        "El partido empieza a las seis de la tarde, según los organizadores del torneo regional.",
        "La escena el martes por la tarde.",
        "Foto: Ana Ruiz / Europa Press",
        "Los vecinos se reunieron frente al edificio antes del comienzo del partido de la tarde.",
        "Logo",
    ])
    doc = run(label_boilerplate, make_doc(page))
    assert kinds(doc) == [None, "image-caption", "image-alt", None, "image-alt"]


def test_a_sentence_introducing_a_figure_is_no_caption_of_it():
    page = "\n".join([
        "The data has two columns, a probability and a group, and we load the plotting package first.",
        "Now we can draw a bar chart of our data as follows:",
        "Figure 1: Bar chart with default font sizes.",
        "The figure shows three bars, one for each group, drawn with the default sizes of the package.",
    ])
    doc = run(label_boilerplate, make_doc(page))
    assert kinds(doc) == [None, None, "image-caption", None]


def test_article_sentences_that_mention_the_words_survive():
    article = [
        "The company said its new app would be available in the app store next year, analysts said on Monday.",
        "Copyright law has not kept pace with the way music is shared online, the report found.",
        "Readers who donate to charities at the end of the year often get a tax break, and many do so in December because of it.",
        "PARIS (AFP) - The French government said on Monday it would raise the minimum wage by two percent.",
        "Unemployment fell to 3.9 percent in May (see chart), the lowest since 2019.",
        "The newsletter business is booming, and many writers now earn a living from theirs.",
        "Read the statement in full on the ministry's website, the spokesman said.",
        "Logo após o jogo, o treinador saiu.",  # Portuguese "right after", not an image's alt text
    ]
    doc = run(label_boilerplate, make_doc("\n".join(article)))
    assert kinds(doc) == [None] * len(article)


def test_a_long_paragraph_needs_two_appeal_phrases():
    one = "This long paragraph about public media funding says that your support makes a difference to listeners, " + "and goes on with reporting about budgets and schedules " * 3
    two = one + " Donate now."
    doc = run(label_boilerplate, make_doc(one + "\n" + two))
    assert kinds(doc) == [None, "donation-appeal"]


# -- dateline and byline ------------------------------------------------------
def test_source_glued_to_date_is_split_and_dropped():
    doc = run(label_datelines, make_doc("Telegraph08-04-2025\nText of the article goes here."))
    assert [s.name for s in doc.evidence.source_lines or []] == ["Telegraph"] and kinds(doc) == ["dateline", None]
    assert doc.evidence.date_lines is not None and doc.evidence.date_lines[0].date.ambiguous


def test_date_lines_in_several_languages_are_dropped():
    lines = ["Donnerstag, 31. Mai 2012", "Published: March 3, 2021 at 10:00 a.m.", "le 8 avril 2025 à 14h30", "8 de abril de 2025", "2024-01-05T10:00:00Z", "Updated 3 hours ago · 5 min read · June 1, 2023"]
    doc = run(label_datelines, make_doc("\n".join(lines)))
    assert kinds(doc) == ["dateline"] * len(lines)


def test_sentences_with_dates_are_not_datelines():
    doc = run(label_datelines, make_doc("The bridge opened on 3 May 2019 after two years of delays and rising costs."))
    assert kinds(doc) == [None]


def test_byline_gives_the_author():
    doc = run(label_datelines, make_doc("By Jane Doe, Science Correspondent\nBy the end of the year, the plan was dropped."))
    assert doc.author == "Jane Doe" and kinds(doc) == ["byline", None]


def test_a_french_byline_may_open_with_texte():
    doc = run(label_datelines, make_doc("Texte : Jeanne Dupont\nLe conseil a voté le budget lundi soir après un long débat.", language="fr"))
    assert doc.author == "Jeanne Dupont" and kinds(doc) == ["byline", None]


def test_wire_dateline_names_the_agency_without_dropping_the_paragraph():
    doc = run(label_datelines, make_doc("LONDON, May 2 (Reuters) - Prices rose in April, data showed on Tuesday."))
    assert [(s.name, s.how) for s in doc.evidence.source_lines or []] == [("Reuters", "wire-dateline")] and kinds(doc) == [None]


# -- published ----------------------------------------------------------------
def _published(text, settings=None, **fields):
    doc = make_doc(text, **fields)
    for extractor in (detect_language, label_datelines, resolve_published):
        run(extractor, doc, settings)
    return doc


def test_unambiguous_date_needs_no_evidence():
    doc = _published("Posted 25/12/2023\nA sentence of the article.")
    assert doc.published == "2023-12-25" and not doc.published_guessed


def test_other_dates_on_the_page_decide_the_order():
    doc = _published("04/08/2025\nSome article text here for the page.\nUpdated 13/08/2025")
    assert doc.published == "2025-08-04" and doc.published_evidence == "other-dates-on-page"


def test_url_country_decides_the_order():
    doc = _published("04/08/2025\nArticle text.", url="https://www.example.co.uk/news/1")
    assert doc.published == "2025-08-04" and doc.published_evidence == "country:GB"
    doc = _published("04/08/2025\nArticle text.", url="https://www.example.us/news/1")
    assert doc.published == "2025-04-08"


def test_spelling_decides_the_order_on_english_pages():
    text = "The organisation said the colour of the new centre was its favourite, and the theatre agreed with its neighbours."
    assert _published("04/08/2025\n" + text).published == "2025-08-04"
    american = text.replace("organisation", "organization").replace("colour", "color").replace("centre", "center").replace("favourite", "favorite").replace("theatre", "theater").replace("neighbours", "neighbors")
    assert _published("04/08/2025\n" + american).published == "2025-04-08"


def test_without_evidence_the_setting_decides_and_the_date_is_marked_guessed():
    text = "04/08/2025\nA short note."
    doc = _published(text)
    assert doc.published == "2025-08-04" and doc.published_guessed
    monthfirst = replace(Settings(), dates=DateSettings(dayfirst=False))
    assert _published(text, settings=monthfirst).published == "2025-04-08"


# -- headline -----------------------------------------------------------------
def test_repeated_headline_becomes_the_title_and_all_copies_drop():
    doc = run(label_headlines, make_doc("logo\nRain returns to the valley\nRain returns to the valley!\nRain returned to the valley on Sunday after weeks of drought, said locals."))
    assert doc.title == "Rain returns to the valley!"
    assert kinds(doc) == [None, "duplicate-headline", "duplicate-headline", None]


def test_the_title_printed_again_word_for_word_drops_whatever_its_last_mark():
    # A feed's footer named the title; the item opens with it, ending in a full stop.
    title = "Want a greener city? So do we."
    article = "The council approved the new budget for the harbour on Monday evening after a long debate."
    doc = make_doc(f"{title}\n{article}", title=title)
    assert kinds(run(label_headlines, doc)) == ["duplicate-headline", None]


def test_a_line_printed_twice_is_no_title_when_the_article_is_about_something_else():
    widget = "You are commenting using your Twitter account"
    article = "The council approved the new budget for the harbour on Monday evening after a long debate."
    doc = run(label_headlines, make_doc(f"logo\n{widget}\n{widget}\n{article}"))
    assert doc.title is None


def test_a_breadcrumb_trail_gives_its_last_step_as_the_title():
    article = "The harbour bridge reopened on Monday after two years of repairs to its deck and cables."
    doc = run(label_datelines, make_doc(f"Menu\nHome / News / Harbour bridge reopens after repairs\n08-04-2025\n{article}"))
    doc = run(label_headlines, doc)
    assert doc.title == "Harbour bridge reopens after repairs"
    bare = run(label_datelines, make_doc(f"Menu\nHome ›› Politik ›› Politik\n08-04-2025\n{article}"))
    assert run(label_headlines, bare).title is None


def test_a_caption_of_two_sentences_over_a_date_is_no_title():
    caption = "The harbour bridge was closed for two years. Photo: Jane Doe"
    article = "The harbour bridge reopened on Monday after two years of repairs to its deck and cables."
    doc = run(label_datelines, make_doc(f"Menu\n{caption}\n08-04-2025\n{article}"))
    assert run(label_headlines, doc).title is None


def test_page_title_with_site_name_gives_the_source():
    doc = run(label_headlines, make_doc("Rain returns to the valley | Valley Times\nMenu\nRain returns to the valley\nIt rained all day."))
    assert doc.title == "Rain returns to the valley" and doc.source == "Valley Times"


def test_fuzzy_threshold_is_a_setting():
    page = "Rain returns to the valley after weeks\nRain returns to valley after many weeks\nRain returned to the valley after weeks of drought, and farmers said the crops would recover."
    loose = replace(Settings(), headline=HeadlineSettings(duplicate_threshold=80))
    assert run(label_headlines, make_doc(page)).title is None
    assert run(label_headlines, make_doc(page), settings=loose).title is not None


# -- related ------------------------------------------------------------------
def test_related_section_becomes_teasers_and_bodies_never_reach_text():
    page = "\n".join([
        "Article sentence one is here and is long enough to be prose.",
        "Related Articles",
        "First teaser title about a thing",
        "First teaser title about a thing",
        "NBC News",
        "time5 minutes ago",
        "A whole other article body that runs on and on. " * 10,
        "Second teaser title about another thing",
        "BBC · 2 hours ago",
    ])
    doc = run(label_related, make_doc(page))
    assert [(r.title, r.source, r.age) for r in doc.related] == [
        ("First teaser title about a thing", "NBC News", "5 minutes ago"),
        ("Second teaser title about another thing", "BBC", "2 hours ago"),
    ]
    assert doc.text == "Article sentence one is here and is long enough to be prose."


def test_a_related_box_inside_an_article_ends_at_the_next_paragraph():
    page = "\n".join(["Intro paragraph of the story, long enough to read as prose.", "Read more", "Some other story title", "The story goes on here with a long paragraph of many words, " * 4])
    doc = run(label_related, make_doc(page))
    assert kinds(doc) == [None, "related-teasers", "related-teasers", None]


def test_a_related_box_inside_an_article_ends_at_a_list_item_written_as_a_sentence():
    page = "\n".join([
        "What you need for the adapter is not much:",
        "- One microcontroller board",
        "Read more",
        "Some other story title",
        "- One six-pin plug. I bought a handful of them online.",
        "- One reset button",
    ])
    doc = run(label_related, make_doc(page))
    assert kinds(doc) == [None, None, "related-teasers", "related-teasers", None, None]


def test_a_related_list_above_the_headline_ends_at_the_headline():
    page = "\n".join(["Trending Now", "Storm closes three schools in the north", "Premier detained in Miami", "By", "April 28, 2022", "Premier was detained on charges, the governor said this afternoon."])
    doc = make_doc(page)
    doc.drop(doc.blocks[2], Kind.HEADLINE, role=Role.TITLE)  # as the headline extractor does
    doc = run(label_related, doc)
    assert kinds(doc) == ["related-teasers", "related-teasers", "headline", None, None, None]


def test_inline_related_line():
    doc = run(label_related, make_doc("RELATED: Storm closes schools across the county\nText of the story."))
    assert [r.title for r in doc.related] == ["Storm closes schools across the county"]
    assert kinds(doc) == ["related-teasers", None]


def test_inline_related_lines_in_other_languages_and_with_arrows():
    lines = [
        "À lire aussi » Ballonnements, lourdeurs : que faire ?",
        "VEA TAMBIÉN: El Congreso aprueba la reforma",
        "Lesen Sie auch > Der Winter kommt früh",
        "See also | The storm that closed the schools",
        "Home | News | Sport",
    ]
    doc = run(label_related, make_doc("\n".join(lines)))
    assert [r.title for r in doc.related] == ["Ballonnements, lourdeurs : que faire ?", "El Congreso aprueba la reforma", "Der Winter kommt früh", "The storm that closed the schools"]
    assert kinds(doc) == ["related-teasers"] * 4 + [None]


def test_more_information_in_spanish_announces_a_teaser():
    # "Más información: <headline>" inside an article links another story, as "Read more:" does.
    doc = run(label_related, make_doc("Más información: El Congreso aprueba la reforma\nEl texto de la noticia."))
    assert [r.title for r in doc.related] == ["El Congreso aprueba la reforma"]
    assert kinds(doc) == ["related-teasers", None]


def test_a_box_of_teasers_inside_the_article_ends_at_its_next_sentence():
    lines = [
        "Related stories",
        "Storm closes three schools in the north",
        "Council tax to rise by four percent next year",
        "The incident came at a time when the town was already short of teachers, and the council said it would hire more staff in spring.",
        "A short closing line.",
    ]
    doc = run(label_related, make_doc("\n".join(lines)))
    assert kinds(doc) == ["related-teasers"] * 3 + [None, None]


# -- navigation ---------------------------------------------------------------
def test_menu_runs_drop_and_short_pairs_stay():
    page = "Home\nNews\nSport\nWeather\nA sentence of the article that reads like prose.\nSubhead here\nAnother sentence of the article."
    doc = run(label_navigation, make_doc(page))
    assert kinds(doc) == ["navigation"] * 4 + [None, None, None]


def test_a_live_blogs_stamps_break_a_run_and_an_age_is_whole_words():
    # A subheading between two entries' stamps, with a share link beside it, is no menu item.
    page = "A sentence of the entry that reads like prose.\n15:37 BST\nOther platforms\nShare\n14:40 GMT\nAnother sentence of the entry."
    doc = run(label_navigation, make_doc(page))
    assert kinds(doc)[1:5] == ["dateline", None, None, "dateline"]
    # "ayer" ("yesterday") inside a name is no age: the line stays a menu item, not a stamp.
    doc = run(label_navigation, make_doc("GdP Bayern\nGdP Berlin\nGdP Bremen\nText of the page that reads like prose.", language="es"))
    assert kinds(doc) == ["navigation"] * 3 + [None]


def test_a_key_events_link_and_an_age_line_are_stamps():
    # A time opening a cut-off text is a key event's link; an age alone stamps an entry (in either case).
    page = "A sentence of the entry that reads like prose.\n17:59 Ministers met…\nReply\n3 HOURS AGO\nAnother sentence of the entry."
    doc = run(label_navigation, make_doc(page))
    assert kinds(doc) == [None, "dateline", None, "dateline", None]


def test_lines_that_differ_in_their_numbers_are_not_repeats():
    doc = run(label_headlines, make_doc("Hace 3 horas\nHace 5 horas\nUpdated 3 times in 2024\nText."))
    assert doc.title is None and kinds(doc) == [None] * 4


def test_at_most_words_as_counting():
    import random as _random

    from declutter.blocks import at_most_words, word_count

    rnd = _random.Random(5)
    pieces = ["a", "bc", " ", ".", "é", "_", "1", "-", "  ", "ß", "\u0301", "日本", "\n", "xxxxx"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 60)))
        limit = rnd.randrange(0, 20)
        assert at_most_words(text, limit) == (word_count(text) <= limit), (text, limit)


def test_block_words_as_counting_each_block():
    import random as _random
    import re as _re

    from declutter.blocks import word_count
    from declutter.content.blockwords import count_words

    rnd = _random.Random(7)
    pieces = ["a", "bc", " ", ".", "é", "_", "1", "٣", "-", "ß", "\u0301", "日本", "xxxxx", "𝐋𝐚", "😀", "\t"]
    for _ in range(2000):
        texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12))) for _ in range(rnd.randrange(1, 6))]
        counts = count_words(texts)
        assert counts.words == [word_count(text) for text in texts], texts
        assert counts.digits == [len(_re.findall(r"\d", text)) for text in texts], texts
    assert count_words([]).words == []


def test_each_metadata_field_says_which_line_gave_it():
    from declutter import clean

    doc = clean("Menu\nA headline about the bridge\nA headline about the bridge\nBy Jane Doe\n"
                "Telegraph08-04-2025\nThe bridge reopened on Monday after two years of repairs to its deck and cables.")
    record = doc.to_dict()["evidence"]
    assert record["title"] == {"how": "page-title-printed-again", "line": 3}
    assert record["author"] == {"how": "byline", "line": 4}
    assert record["source"] == {"how": "beside-date", "line": 5}
    assert record["published"] == {"how": "date-line", "line": 5}


def test_a_byline_gives_the_name_without_its_date_and_a_phrase_is_no_byline():
    updated = run(label_datelines, make_doc("By Jane Doe Last updated Nov 8\nThe harbour reopened on Monday after two years.", language="en"))
    assert updated.author == "Jane Doe" and kinds(updated) == ["byline", None]
    phrase = run(label_datelines, make_doc("Von Kopf bis Fuß\nDer Hafen wurde am Montag nach zwei Jahren wieder geöffnet.", language="de"))
    assert phrase.author is None and kinds(phrase) == [None, None]


def test_a_person_in_a_meta_line_is_no_source_but_a_publication_is():
    from declutter import clean

    article = "\nThe story behind the headline goes on for a while with words and more words about the harbour."
    assert clean("Some headline of the story here\nMalte Welding | 29.07.2006" + article).source is None
    assert clean("Some headline of the story here\nKommentare | 29.07.2006" + article).source is None
    assert clean("Some headline of the story here\nFIT FOR FUN | 29.07.2006" + article).source == "FIT FOR FUN"
    assert clean("Some headline of the story here\nThe Evening Post | 29.07.2006" + article).source == "The Evening Post"


def test_a_label_before_a_date_is_no_source():
    from declutter import clean

    doc = clean("Some headline of the story here\nUpdated 08-04-2025\nThe story goes on for a while with words and more words.")
    assert doc.source is None and "source" not in doc.to_dict()["evidence"]
