"""The cleaner tries each family of line labels as one joined pattern first (lexicon._any_of): a line the
joined pattern does not match is spared every test of the family, so the joined pattern must match exactly
where one of the family's patterns does, or a label would slip into the article's body."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.cleaning.lexicon import _any_of
from claims.extraction.cleaning import clean_text

_FAMILY = (re.compile(r"(?P<label>اقرأ|اقرا)\s+(?:أيضا|ايضا)"), re.compile(r"المصدر\s*:"), re.compile(r"\d{1,2}:\d\d$"))
_JOINED = _any_of(*_FAMILY)
_LINE_PIECES = st.lists(st.sampled_from(["اقرأ", "اقرا", "أيضا", "ايضا", "المصدر", ":", " ", "12:30", "9", "خبر"]))


@given(_LINE_PIECES)
@settings(max_examples=300, deadline=None)
def test_a_joined_family_matches_where_one_of_its_patterns_matches(pieces):
    line = "".join(pieces)
    assert (_JOINED.match(line) is not None) == any(p.match(line) for p in _FAMILY)


def test_a_pattern_that_refers_back_to_a_group_is_not_joined():
    with pytest.raises(ValueError):
        _any_of(re.compile(r"(\w)\1"))
    with pytest.raises(ValueError):
        _any_of(re.compile(r"(?P<w>\w)(?P=w)"))
    with pytest.raises(ValueError):
        _any_of(re.compile("x", re.IGNORECASE))


@pytest.mark.parametrize("line", ["اقرأ أيضا: ارتفاع أسعار القمح في الأسواق المحلية", "كلمات مفتاحية: القمح، الأسعار"])
def test_a_label_line_the_gate_lets_through_is_still_cut(line):
    body = "ارتفعت أسعار القمح في الأسواق المحلية بنسبة 12% خلال الأسبوع الماضي بحسب وزارة التجارة.\n"
    assert line not in clean_text(body + line).body
