"""Speed rewrites in claims/extraction give exactly what the plain code they replace gives."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extraction import dates
from claims.extraction.arabic import CharFold
from claims.extraction.cleaning import dates as cleaning_dates

ARABICISH = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                                       st.sampled_from(list(" \n\t\u00a0\u200f\ufeff0123456789abcAB.،-"))),
                    max_size=300)
TABLES = {"cleaning keys": cleaning_dates._KEY_TABLE, "dates": dates._FOLD}


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


def _reference_tokens(text: str) -> list[tuple]:
    """numbers.tokenize as a plain loop over matches (how it was first written)."""
    from claims.extraction.numbers import _TOKEN, normalize_word, to_ascii_digits

    tokens, prev_end = [], -1
    for m in _TOKEN.finditer(text):
        kind, raw = m.lastgroup or "sym", m.group()
        norm = normalize_word(raw) if kind == "ar" else raw if kind == "lat" else to_ascii_digits(raw)
        tokens.append((m.start(), m.end(), raw, kind, norm, m.start() != prev_end))
        prev_end = m.end()
    return tokens


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(st.text(max_size=200), ARABICISH))
def test_number_tokens_match_a_plain_loop(text):
    from claims.extraction.numbers import tokenize

    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)
    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)  # second time from the cache


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("لللوفاب ،.1_x\u064e")), max_size=40))
def test_lal_rewrite_equals_the_regex_sub(text):
    assert dates.sub_lal(text) == dates._LAL.sub(r"\1ال", text)


def _needs_word_patterns():
    import importlib
    import pkgutil

    from claims.extraction import cleaning
    from claims.extraction.cleaning.lexicon import _NeedsWord

    found = {}  # by name: a pattern imported by another module of the package is the same object
    for module in pkgutil.iter_modules(cleaning.__path__):
        names = vars(importlib.import_module(f"{cleaning.__name__}.{module.name}"))
        found.update({name: obj for name, obj in names.items() if isinstance(obj, _NeedsWord)})
    return found


@pytest.mark.parametrize("name", sorted(_needs_word_patterns()))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_needed_words_never_hide_a_match(name, data):
    """A _NeedsWord search finds exactly what the bare pattern finds, on text made of its own words."""
    obj = _needs_word_patterns()[name]
    fragments = sorted(set(re.findall(r"[^\W\d_]+|©", obj.pattern.pattern)) | set(obj.needed) | set(obj.openings)) + [
        " ", "(", ".", "x"]
    text = "".join(data.draw(st.lists(st.sampled_from(fragments), max_size=12)))
    found, expected = obj.search(text), obj.pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["قد", "ربما", "وربما", "يعتقد", "يُعتقد", "من المحتمل", "من المرجح", "يرجح",
                                      "يُرجح", "تكهنات", "شائعات", "مزاعم", "يبدو", "على ما يبدو", "يشاع", "يُشاع",
                                      "فقد", "عقد", " ", "\n", "\t", "\u00a0", "،", ".", "x", "_", "٣", "3"]),
                     max_size=12).map("".join))
def test_scoring_shortcuts_agree_with_the_plain_patterns(text):
    from claims.extraction import scoring

    assert scoring._hedged(text) == bool(scoring._HEDGES.search(text))
    assert (scoring._SIX_WORDS.search(text) is None) == (len(scoring._WORD.findall(text)) < 6)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list(".!?؟…a ب\n")), max_size=30))
def test_terminal_marks_pattern_equals_the_plain_alternation(text):
    from claims.extraction import sentences

    plain = re.compile(r"(?:\.{2,}|[.!?؟…]+)")
    assert [m.span() for m in sentences._TERMINAL.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=120), ARABICISH), data=st.data())
def test_lazy_tokens_behave_like_the_token_list(text, data):
    from claims.extraction.numbers import LazyTokens, tokenize

    eager, lazy = tokenize(text), LazyTokens(text)
    assert len(lazy) == len(eager)
    for i in data.draw(st.lists(st.integers(-len(eager) - 2, len(eager) + 1), max_size=8)):
        if -len(eager) <= i < len(eager):
            assert lazy[i] == eager[i]
        else:
            with pytest.raises(IndexError):
                lazy[i]
    a, b = data.draw(st.integers(-3, len(eager) + 3)), data.draw(st.integers(-3, len(eager) + 3))
    assert lazy[a:b] == eager[a:b]
    assert list(lazy) == eager


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("12٣ -/.\n\t\u00a0\u2003ab")), max_size=30))
def test_separator_keys_match_the_plain_patterns(text):
    found = dates._separator_keys(text)
    for key in (dates._DIGIT_SEP_KEY, dates._YEAR_SEP_KEY):
        assert found[key] == [m.start() for m in re.finditer(key, text)]


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.sampled_from(["6", "٣", " ", "\n", "-", "/", ".", "(", "ه", "الموافق", "ب"]), max_size=10))
@example(pieces=["6", "ه", "الموافق"])  # no space before الموافق: no key
@example(pieces=["6", " ", "ه", " ", "(", "1"])
def test_hijri_mark_keys_match_the_plain_pattern(pieces):
    text = "".join(pieces)  # "656 ه (1258"، "656ه الموافق 1258"، "656 ه/1258"
    found = dates._separator_keys(text)
    assert found[dates._HIJRI_MARK_KEY] == [m.start() for m in re.finditer(dates._HIJRI_MARK_KEY, text)]


@settings(max_examples=500, deadline=None)
@given(word=st.one_of(st.text(max_size=40), ARABICISH))
def test_normalize_word_equals_dropping_marks_then_folding(word):
    from claims.extraction.numbers import _LETTER_TABLE, _MARKS, normalize_word

    assert normalize_word(word) == _MARKS.sub("", word).translate(_LETTER_TABLE)


@settings(max_examples=500, deadline=None)
@given(word=st.one_of(st.text(alphabet="وفبلكالثلاثةعشرمليونست", max_size=12), ARABICISH))
def test_number_word_lookup_equals_trying_every_clitic_split(word):
    # numbers._lookup skips its clitic loop when no stem of the word is a number word.
    from claims.extraction import numbers

    table = numbers.NUMBER_WORDS
    reference = None
    if word not in table:
        for conj in ("", "و", "ف"):
            if word.startswith(conj) and word[len(conj):] in numbers._NOUNS_LIKE_CLITIC_NUMBERS:
                continue  # كمية "quantity" is a noun, not ك + مية (100)
            for prep in ("", "ب", "ل", "ك"):
                for art in ("", "ال", "ل"):
                    prefix = conj + prep + art
                    if reference is None and prefix and (art != "ل" or prep == "ل") and word.startswith(prefix):
                        stem = word[len(prefix):]
                        if len(stem) > 2 and stem in table:
                            reference = table[stem]
    else:
        reference = table[word]
    found = numbers._lookup(word, table)
    assert (found.kind, found.value) == reference if reference else found is None
