"""A list of "label: figure" lines without bullets (results, prices) is a list of facts, not of headings.

"حزب التجديد: 1812 صوتاً – 9 مقاعد" under "جاءت النتائج على النحو الآتي:" or beside another such line is body: its
figures are read, as a bulleted line's are. A single "label: figure" line with no list around it stays a heading.
"""
from __future__ import annotations

from claims.extraction import extract_article
from claims.extraction.sentences import split_sentences

from .helpers import table


def figures(text: str) -> list[tuple[str, float]]:
    """Return (expression, value) of every quantity the article's claims carry (cleaning off)."""
    out = extract_article(text, clean=False)
    return [(q["expression"], q["value"]) for c in out["claims"] for q in c["quantities"]]


_INTRO = "وأعلنت الهيئة المستقلة النتائج النهائية للانتخابات البلدية على النحو الآتي:\n"
_OPENING = "فازت قائمة التجديد بأغلبية مقاعد المجلس البلدي في الانتخابات التي جرت أمس.\n\n"

# (page, figures read)
LIST_FIGURES = [
    (_INTRO + "قائمة التجديد: 1812 صوتاً – 9 مقاعد\n",
     [("1812 صوتاً", 1812), ("9 مقاعد", 9)]),
    (_INTRO + "قائمة التجديد: 1812 صوتاً – 9 مقاعد\nقائمة الوفاق: 640 صوتاً – مقعدان\n",
     [("1812 صوتاً", 1812), ("9 مقاعد", 9), ("640 صوتاً", 640)]),
    (_OPENING + "قائمة التجديد: 1812 صوتاً\nقائمة الوفاق: 640 صوتاً\nالقائمة المستقلة: 75 صوتاً\n",
     [("1812 صوتاً", 1812), ("640 صوتاً", 640), ("75 صوتاً", 75)]),
    (_INTRO + "قائمة الأمل: ٢٣٥ صوتاً – لم تحصل على أي مقعد\n", [("٢٣٥ صوتاً", 235)]),
    # must not change: a list already read (a comma in the figure, a bullet), and a lone figure line is a heading
    (_INTRO + "قائمة التجديد: 1,812 صوتاً – 9 مقاعد\n", [("1,812 صوتاً", 1812), ("9 مقاعد", 9)]),
    (_INTRO + "- قائمة التجديد: 1812 صوتاً\n", [("1812 صوتاً", 1812)]),
    (_OPENING + "الانتخابات البلدية: 3 قوائم في السباق\n\nوتنافست القوائم على 15 مقعداً.\n",
     [("15 مقعداً", 15)]),
]


@table("text, expected", LIST_FIGURES)
def test_figure_lines_of_a_list_are_read(text, expected):
    assert figures(text) == expected


# (page, kind of its last line)
LINE_KINDS = [
    (_INTRO + "قائمة الوفاق: 640 صوتاً\n", "body"),
    ("قائمة التجديد: 1812 صوتاً\nقائمة الوفاق: 640 صوتاً\n", "body"),
    # must not change: a lone figure line, a list line without a figure, a line after a full sentence
    ("تنافست القوائم بشدة.\nقائمة الوفاق: 640 صوتاً\n", "heading"),
    (_INTRO + "قائمة الوفاق: نتائج متواضعة\n", "heading"),
    ("المرحلة الثانية: 3 قوائم في السباق\n", "heading"),
]


@table("text, kind", LINE_KINDS)
def test_kind_of_a_figure_line(text, kind):
    assert split_sentences(text)[-1].kind == kind
