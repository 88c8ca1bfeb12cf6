"""A bulleted figure line whose figure opens with a scale word ("- سعر الطن: مليون و250 ألف دينار") is a fact of the
list, as one in digits is ("- سعر الطن: 1,250,000 دينار"), not a heading: its figures are read.
"""
from __future__ import annotations

from claims.extraction import extract_article
from claims.extraction.sentences import split_sentences

from .helpers import table


def figures(text: str) -> list[tuple[str, float]]:
    """Return (expression, value) of every quantity the article's claims carry (cleaning off)."""
    out = extract_article(text, clean=False)
    return [(q["expression"], q["value"]) for c in out["claims"] for q in c["quantities"]]


_INTRO = "أعلنت الشركة الوطنية للأسمدة أسعارها الجديدة على النحو الآتي:\n"

# (page, figures read)
LIST_FIGURES = [
    (_INTRO + "- سماد اليوريا: مليون و250 ألف دينار للطن (بزيادة 40 ألفاً)\n",
     [("مليون و250 ألف دينار", 1250000.0), ("40 ألفاً", 40000.0)]),
    (_INTRO + "- سماد الفوسفات: مليون و80 ألف دينار (بتراجع 15 ألفاً)\n",
     [("مليون و80 ألف دينار", 1080000.0), ("15 ألفاً", 15000.0)]),
    (_INTRO + "- كلفة المصنع الجديد: مليار دينار\n", [("مليار دينار", 1e9)]),
    (_INTRO + "• الكيس الصغير: ألف و500 دينار\n", [("ألف و500 دينار", 1500.0)]),
    # must not change: a figure in digits was read already; a line without a figure after its colon is a heading
    (_INTRO + "- سماد البوتاس: 1,310,000 دينار (بزيادة 20 ألفاً)\n",
     [("1,310,000 دينار", 1310000.0), ("20 ألفاً", 20000.0)]),
]


@table("text, expected", LIST_FIGURES)
def test_list_figures_in_words(text, expected):
    assert figures(text) == expected


# (line, kind): a bulleted line that is not a figure line stays as it was
NOT_FIGURE_LINES = [
    ("- أبرز ما جاء في البيان: مليونية الأحد", "heading"),
    ("- الأسعار الجديدة: ألفية ثالثة للقطاع", "heading"),
    ("- مليون دينار للطن", "heading"),
]


@table("line, kind", NOT_FIGURE_LINES)
def test_not_figure_lines(line, kind):
    assert [s.kind for s in split_sentences(line)] == [kind]
