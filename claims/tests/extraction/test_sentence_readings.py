"""Sentences read once per article (SentenceReadings) read as each sentence read alone.

attribute_sentences keeps every sentence it normalised with the whole body; figure_sources, rule_source,
figure_setter and the carry of "وأضاف" (_last_clause_speaker) then tokenise it from there on first use. Those
tokens must be the ones the sentence gives read alone, whether attribute_sentences tokenised it (a cue) or not
(figures only), and a sentence whose tanween touches its edge is not kept at all.
"""
from __future__ import annotations

from claims.extraction.dates import normalise_body
from claims.extraction.pipeline import extract_claims
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute_sentences, figure_sources
from claims.extraction.speakers.article import SentenceReadings, _read_sentence

from .helpers import table

# (body, what the table checks)
BODIES = [
    ("وقال وزير المالية إن العجز بلغ 3 مليارات دولار، فيما قدّر البنك الدولي الأضرار بنحو 4 مليارات. وأضاف أن الخطة "
     "ستنفذ.", "a carried speaker after a sentence of two clauses"),
    ("ارتفعت الأسعار بنسبة 12 بالمئة خلال العام. وسجلت الصادرات تراجعاً بنحو 5 بالمئة.", "figures with no cue"),
    ("وأكدت الوزارة أن قدرة الميناء تبلغ 40 ألف طن. وأوضحت أن العمل مستمر.", "a noun in ة among the tokens"),
    ("وقال المتحدث باسم الشركة، في بيانٍ، إن الأرباح بلغت 7 ملايين. وتابع: «سنواصل العمل».", "tanween inside"),
    ("وصل عدد الزوار إلى 1200 زائراً\nوقالت البلدية إن العدد قياسي.", "tanween at a sentence's edge: not kept"),
    # near misses: no figure and no cue, a heading line
    ("الطقس معتدل اليوم في معظم المناطق.", "no figure, no cue"),
    ("أخبار الاقتصاد\nوقال الخبير إن التضخم سيتراجع إلى 4 بالمئة.", "a heading before the sentence"),
]


def _tokens_alone(body: str, sentence) -> list:
    return _read_sentence(body, sentence)[4]


@table("body, about", BODIES)
def test_kept_sentences_tokenise_as_read_alone(body: str, about: str) -> None:
    sentences = split_sentences(body)
    normalised = normalise_body(body)
    readings = SentenceReadings()
    shared = attribute_sentences(body, sentences, words=(normalised.words, normalised.word_starts),
                                 readings=readings)
    assert shared == attribute_sentences(body, sentences)
    for sentence in sentences:
        assert _read_sentence(body, sentence, readings)[4] == _tokens_alone(body, sentence)


@table("body, about", BODIES)
def test_figure_sources_same_with_readings(body: str, about: str) -> None:
    sentences = split_sentences(body)
    readings = SentenceReadings()
    speakers = attribute_sentences(body, sentences, readings=readings)
    for sentence, speaker in zip(sentences, speakers):
        assert figure_sources(body, sentence, speaker=speaker, readings=readings) \
            == figure_sources(body, sentence, speaker=speaker)


@table("body, about", BODIES)
def test_claims_stable_across_calls(body: str, about: str) -> None:
    # Nothing read for one call is reused by the next: each call builds its own readings.
    assert extract_claims(body) == extract_claims(body)
