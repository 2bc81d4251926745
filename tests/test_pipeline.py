import pytest

from declutter import DEFAULT_PIPELINE, EXTRACTORS, ConfigError, Document, InputError, Settings, UnknownExtractorError, clean
from declutter.settings import HeadlineSettings


def test_every_default_step_is_registered():
    assert set(DEFAULT_PIPELINE) <= set(EXTRACTORS)


def test_skipping_an_extractor_changes_the_result():
    page = "Some words of an article that goes on for a while here.\nAdvertisement\nMore words of the article follow here."
    assert "Advertisement" not in clean(page).text
    assert "Advertisement" in clean(page, settings=Settings().without("boilerplate")).text


def test_a_users_callable_runs_where_it_is_inserted_and_is_named_in_removed():
    def shout_filter(doc: Document, settings: Settings) -> None:
        for block in doc.blocks:
            if block.text.isupper():
                doc.drop(block, "shouting")

    settings = Settings().with_extractor(shout_filter, before="content")
    doc = clean("A calm sentence of the article.\nBUY NOW CHEAP\nAnother calm sentence.", settings=settings)
    assert doc.text == "A calm sentence of the article.\nAnother calm sentence."
    assert doc.removed[0]["kind"] == "shouting" and doc.removed[0]["by"] == "shout_filter"


def test_reordering_is_a_new_tuple_of_names():
    order = tuple(name for name in DEFAULT_PIPELINE if name != "language") + ("language",)
    doc = clean("One sentence here.", settings=Settings(pipeline=order))
    assert doc.text == "One sentence here."


def test_an_unmet_requirement_names_both_extractors():
    with pytest.raises(ConfigError, match="'dated-author' requires evidence.dated_names.*'dateline'"):
        clean("text", settings=Settings().without("dateline"))
    with pytest.raises(ConfigError, match="'published' requires evidence.date_lines.*'dateline'"):
        clean("text", settings=Settings().without("dateline", "dated-author"))
    with pytest.raises(ConfigError, match="'published'.*'dateline'"):
        clean("text", settings=Settings(pipeline=tuple(reversed(DEFAULT_PIPELINE))))


def test_without_an_unknown_name_raises():
    with pytest.raises(UnknownExtractorError):
        Settings().without("nosuch")


@pytest.mark.parametrize("page", [None, 123, ["a"]])
def test_clean_refuses_what_is_not_a_page(page: object) -> None:
    with pytest.raises(InputError):
        clean(page)  # type: ignore[arg-type]


def test_bad_settings_values_are_config_errors():
    with pytest.raises(ConfigError, match="phrase_languages"):
        Settings(phrase_languages="en")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="duplicate_threshold"):
        HeadlineSettings(duplicate_threshold="high")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        clean("text", settings="fast")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        clean("text", input_format="pdf")


def test_unknown_names_raise_a_config_error():
    with pytest.raises(UnknownExtractorError):
        clean("text", settings=Settings(pipeline=("language", "no-such-thing")))
    with pytest.raises(UnknownExtractorError):
        Settings().with_extractor("language", after="no-such-thing")


def test_bytes_and_str_give_the_same_document():
    page = "Café owners said the new rules would help.\nAdvertisement\nThey will start in May."
    assert clean(page.encode("utf-8")).to_dict() == clean(page).to_dict()
