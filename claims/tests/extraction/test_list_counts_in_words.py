"""In a list of "label: figure" lines a count may be told in words after its noun: "قائمة الأمل: مقعد واحد (3%)".

Such a line beside figure lines is a fact of the list (no heading), so its share in brackets is read, and "<noun>
واحد" right after the colon is one of the noun. A dual alone ("مقعدان") makes the line part of the list too. Inside
a sentence "<noun> واحد" ("في موسم واحد") says "a single" and stays no figure.
"""
from __future__ import annotations

from claims.extraction import extract_article
from claims.extraction.sentences import split_sentences

from .helpers import table


def figures(text: str) -> list[tuple[str, float]]:
    """Return (expression, value) of every quantity the article's claims carry (cleaning off)."""
    out = extract_article(text, clean=False)
    return [(q["expression"], q["value"]) for c in out["claims"] for q in c["quantities"]]


_INTRO = "وأعلنت اللجنة العليا للانتخابات توزيع مقاعد المجلس الجهوي على النحو الآتي:\n"

# (page, figures read)
LIST_FIGURES = [
    (_INTRO + "حركة النهضة الجديدة: 14 مقعداً (38,2%)\nقائمة الأمل: مقعد واحد (3,4%)\n",
     [("14 مقعداً", 14), ("38,2%", 38.2), ("مقعد واحد", 1), ("3,4%", 3.4)]),
    (_INTRO + "قائمة الأمل: مقعد واحد (3,4%)\nحركة النهضة الجديدة: 14 مقعداً (38,2%)\n",
     [("مقعد واحد", 1), ("3,4%", 3.4), ("14 مقعداً", 14), ("38,2%", 38.2)]),
    (_INTRO + "الحزب الاشتراكي: 9 مقاعد\nالتحالف المدني: مقعدان (4,1%)\n",
     [("9 مقاعد", 9), ("4,1%", 4.1)]),
    ("وأحصت وزارة الصحة الإصابات في الولايات كالتالي:\nولاية الشمال: 12 إصابة\nولاية الجنوب: إصابة واحدة\n",
     [("12 إصابة", 12), ("إصابة واحدة", 1)]),
    # must not change: "a single" inside a sentence, a list line in digits, a lone line with no list around it
    ("وحقق الفريق هذه النتيجة في موسم واحد فقط، بفارق 5 نقاط.", [("5 نقاط", 5)]),
    (_INTRO + "قائمة الأمل: 1 مقعد (3,4%)\n", [("1 مقعد", 1), ("3,4%", 3.4)]),
    ("تراجع الحزب في الانتخابات.\nقائمة الأمل: مقعد واحد (3,4%)\n", []),
]


@table("text, expected", LIST_FIGURES)
def test_counts_in_words_of_a_list_are_read(text, expected):
    assert figures(text) == expected


# (page, kind of its last line)
LINE_KINDS = [
    (_INTRO + "قائمة الأمل: مقعد واحد (3,4%)\n", "body"),
    ("حركة النهضة الجديدة: 14 مقعداً\nالتحالف المدني: مقعدان\n", "body"),
    # must not change: a lone line, a line whose words after the colon are no count
    ("تراجع الحزب في الانتخابات.\nقائمة الأمل: مقعد واحد (3,4%)\n", "heading"),
    (_INTRO + "قائمة الأمل: نتائج متواضعة جداً\n", "heading"),
]


@table("text, kind", LINE_KINDS)
def test_kind_of_a_worded_count_line(text, kind):
    assert split_sentences(text)[-1].kind == kind
