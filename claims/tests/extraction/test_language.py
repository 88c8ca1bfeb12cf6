"""Language detection: Arabic fast path, py3langid for the rest, None when too short."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.language import _ARABIC_SCRIPT, _LETTER, _NON_ARABIC_LETTERS, _count_letters, detect_language

CASES = [
    ("ضرب زلزال بقوة 6 درجات على مقياس ريختر جنوب تركيا فجر الاثنين", "ar"),
    ("أبقى البنك المركزي الأوروبي أسعار الفائدة دون تغيير", "ar"),
    # Arabic with a keyword list in Persian letters (کوریا) is still Arabic
    ("صادق البرلمان على المعاهدة. كلمات دلالية: کوریا الشمالیة روسيا الاتحادية البرلمان الروسي", "ar"),
    ("زلزله‌ای به بزرگی ۶ ریشتر جنوب ترکیه را لرزاند و چند نفر زخمی شدند", "fa"),
    ("The central bank raised its key interest rate by half a percentage point on Thursday.", "en"),
    ("La banque centrale a relevé son taux directeur d'un demi-point jeudi.", "fr"),
    ("", None),
    ("   \n\t", None),
    ("2024-10-24 12:30", None),
    ("ok", None),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_long_text_is_fast_and_arabic():
    assert detect_language("قال وزير المالية إن العجز تراجع إلى 4 بالمئة. " * 20_000) == "ar"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(text):
    result = detect_language(text)
    assert result is None or (isinstance(result, str) and result)


_MIXED = st.text(alphabet=st.sampled_from(list("قال وزير٣٤٥ة\u064e\u0670\u06d6 \n\t\r.،abc_9ژپکی") + ["\uFB50", "\u0660"]),
                 max_size=300)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _MIXED))
def test_letter_counts_equal_a_count_per_character(text):
    # The run-based counts must equal counting each character with the patterns they stand for.
    letters = sum(1 for ch in text if _LETTER.match(ch))
    arabic = sum(1 for ch in text if _ARABIC_SCRIPT.match(ch))
    persian = sum(1 for ch in text if ch in _NON_ARABIC_LETTERS)
    assert _count_letters(text) == (letters, arabic, persian)
