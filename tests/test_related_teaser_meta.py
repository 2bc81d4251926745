"""What of a related section is a teaser's title: not a source printed under
an age whose teaser was not read (its title a sentence), not a comments toggle."""
import pytest

from declutter import clean
from declutter.extractors.related import label_related

from .helpers import make_doc, run


@pytest.mark.parametrize(
    ("teasers", "titles"),
    [
        # A name under the age of a teaser not read (its title a sentence) is that teaser's source.
        (
            ["First teaser title about a thing", "NBC News · 5 minutes ago", "A teaser whose title is a sentence ends with a full stop.",
             "time2 hours ago", "The Evening Post", "Second teaser title about another thing", "BBC · 2 hours ago"],
            ["First teaser title about a thing", "Second teaser title about another thing"],
        ),
        # A short title under its teaser's age stays a title.
        (
            ["First teaser title about a thing", "NBC News", "time5 minutes ago", "Harbour Lights Festival", "time2 hours ago"],
            ["First teaser title about a thing", "Harbour Lights Festival"],
        ),
    ],
)
def test_the_titles_of_a_related_section(teasers, titles):
    page = "\n".join(["Article sentence one is here and is long enough to be prose.", "Related Articles", *teasers])
    doc = run(label_related, make_doc(page))
    assert [r.title for r in doc.related] == titles


def test_a_comments_toggle_is_a_comments_widgets_line():
    doc = clean("A headline about the harbour\nThe harbour reopened on Monday after two years of repairs to its deck and piers.\nHide comments")
    assert [r["kind"] for r in doc.removed if r["text"] == "Hide comments"] == ["comments-widget"]
    french = clean("Un titre sur le port\nLe port a rouvert lundi après deux ans de travaux sur ses quais et ses jetées.\nMasquer les commentaires")
    assert [r["kind"] for r in french.removed if r["text"] == "Masquer les commentaires"] == ["comments-widget"]


def test_a_byline_under_the_one_title_read_ends_the_section_there():
    from declutter.kinds import Kind

    body = ["Das Programm fördert digitale Infrastruktur, während die EU bis 2030 für digitale Ausweise wirbt und wirbt.",
            "Eine Eskalation des Drängens auf digitale Ausweise, die Kritiker seit Jahren fürchten und beschreiben."]
    headline = "Digitale Ausweise: UN setzen auf totale Kontrolle"
    doc = make_doc("\n".join(["Meistgelesen", headline, headline, "Von Thomas Lehmann", *body]))
    doc.drop(doc.blocks[3], Kind.BYLINE)
    doc = run(label_related, doc)
    # The title under "Most read" was the article's headline: no teaser, and its body is not a teaser's.
    assert doc.related == [] and [b.kind for b in doc.blocks[4:]] == [None, None]
    # With two teasers read, an author's line is a teaser's and the section goes on.
    doc = make_doc("\n".join(["Meistgelesen", headline, "Der Spiegel", "Ein anderer Titel über etwas", "Von Thomas Lehmann", *body]))
    doc.drop(doc.blocks[4], Kind.BYLINE)
    doc = run(label_related, doc)
    assert [r.title for r in doc.related][0] == headline and "Ein anderer Titel über etwas" in [r.title for r in doc.related]
