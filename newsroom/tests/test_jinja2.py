"""The Jinja2 environment's helpers for the hot pages."""
from django.utils import translation

from newsroom.jinja2 import translator, truncatechars, url


def test_truncatechars_keeps_short_text_and_cuts_long_text_with_an_ellipsis():
    assert truncatechars("قال الوزير", 200) == "قال الوزير"
    assert truncatechars(None, 10) == ""
    cut = truncatechars("ا" * 250, 200)
    assert len(cut) == 200 and cut.endswith("…")


def test_translator_answers_in_its_language_and_remembers():
    with translation.override("ar"):
        arabic = translator("ar")
        assert arabic("Review queue") == "قائمة المراجعة"
    with translation.override("en"):
        assert translator("en")("Review queue") == "Review queue"
        assert arabic("Review queue") == "قائمة المراجعة"  # remembered, whatever language is active now


def test_url_reverses_names_with_arguments():
    assert url("claims:queue") == "/review/"
    assert url("claims:claim-detail", 7) == "/claims/7/"
