import pytest

from declutter import DEFAULT_PIPELINE, EXTRACTORS, Settings, UnknownExtractorError, clean


def test_every_default_step_is_registered():
    assert set(DEFAULT_PIPELINE) <= set(EXTRACTORS)


def test_skipping_an_extractor_changes_the_result():
    page = "Some words of an article that goes on for a while here.\nAdvertisement\nMore words of the article follow here."
    assert "Advertisement" not in clean(page).text
    assert "Advertisement" in clean(page, settings=Settings().without("boilerplate")).text


def test_a_users_callable_runs_where_it_is_inserted_and_is_named_in_removed():
    def shout_filter(doc):
        for block in doc.blocks:
            if block.text.isupper():
                doc.drop(block, "shouting")
        return doc

    settings = Settings().with_extractor(shout_filter, before="content")
    doc = clean("A calm sentence of the article.\nBUY NOW CHEAP\nAnother calm sentence.", settings=settings)
    assert doc.text == "A calm sentence of the article.\nAnother calm sentence."
    assert doc.removed[0]["kind"] == "shouting" and doc.removed[0]["by"] == "shout_filter"


def test_reordering_is_a_new_tuple_of_names():
    order = tuple(reversed(DEFAULT_PIPELINE))
    doc = clean("One sentence here.", settings=Settings(pipeline=order))
    assert doc.text == "One sentence here."


def test_unknown_names_raise_a_config_error():
    with pytest.raises(UnknownExtractorError):
        clean("text", settings=Settings(pipeline=("language", "no-such-thing")))
    with pytest.raises(UnknownExtractorError):
        Settings().with_extractor("language", after="no-such-thing")


def test_bytes_and_str_give_the_same_document():
    page = "Café owners said the new rules would help.\nAdvertisement\nThey will start in May."
    assert clean(page.encode("utf-8")).to_dict() == clean(page).to_dict()
