"""CharFold gives exactly what str.translate gives, for every table the stages fold with."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import cleaning_dates
from claims.extraction.arabic import CharFold

ARABICISH = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                                       st.sampled_from(list(" \n\t\u00a0\u200f\ufeff0123456789abcAB.،-"))),
                    max_size=300)
TABLES = {"cleaning keys": cleaning_dates._KEY_TABLE}


@pytest.mark.parametrize("name", sorted(TABLES))
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), ARABICISH))
def test_charfold_equals_translate(name, text):
    table = TABLES[name]
    assert CharFold(table)(text) == text.translate(table)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), ARABICISH))
def test_fold_lines_folds_each_line_like_fold(text):
    assert cleaning_dates.fold_lines(text) == [cleaning_dates.fold(line) for line in text.split("\n")]
    expected = [re.sub(r"\s+", " ", line.translate(cleaning_dates._KEY_TABLE)).strip().lower()
                for line in text.split("\n")]
    assert cleaning_dates.fold_lines(text) == expected


def test_charfold_refuses_chained_tables():
    with pytest.raises(ValueError):
        CharFold({"a": "b", "b": "c"})
