"""Speakers: "تعهد كاست في خطاب النصر بـ«…»، وقال إن" — a surname named in full before, right after the opening verb
and followed by where he spoke ("في خطاب"، "في كلمة متلفزة"), is the subject of that verb, and the later "وقال"/"وأكد"
with no subject of its own is his."""
from __future__ import annotations

from .helpers import clause_speakers, table

# (text, speaker of each claim)
CASES = [
    ("فاز المرشح خوان كارلوس مارتينيز بمنصب العمدة. ومن جهته، تعهد مارتينيز في خطاب الفوز بـ«إصلاح النقل العام»، "
     "وقال إن بلديته ستفتح 12 خطاً جديداً.", ["مارتينيز"]),
    ("تصدر حزب رئيس الحكومة عزيز الخالدي نتائج الاقتراع. من جانبه، هنّأ الخالدي في كلمة مسجلة الناخبين "
     "بـ\"الإقبال الكبير\"، وأكد أن الحكومة \"ستلتزم بالنتائج\".", ["الخالدي"]),
    ("أعلنت الشركة أن المديرة سلوى النعيمي ستتولى الملف. وأشادت النعيمي في بيان بجهود الفريق، وقالت إن الأرباح "
     "ارتفعت 8%.", ["الشركة", "النعيمي"]),
    # must not change: a name the article never wrote in full may be the verb's object
    ("ومن جهته، تعهد مارتينيز في خطاب الفوز بـ«إصلاح النقل العام»، وقال إن بلديته ستفتح 12 خطاً جديداً.", [None]),
    # must not change: no word of where he spoke after the name
    ("فاز المرشح خوان كارلوس مارتينيز بمنصب العمدة. ومن جهته، تعهد مارتينيز بـ«إصلاح النقل العام»، وقال إن "
     "بلديته ستفتح 12 خطاً جديداً.", [None]),
    # must not change: the later verb has a subject of its own
    ("فاز المرشح خوان كارلوس مارتينيز بمنصب العمدة. ومن جهته، تعهد مارتينيز في خطاب الفوز بـ«إصلاح النقل العام»، "
     "وقال وزير النقل إن الحكومة ستدعم البلدية.", ["وزير النقل"]),
]


@table("text, expected", CASES)
def test_surname_with_where_he_spoke(text, expected):
    assert clause_speakers(text) == expected
