"""Two lines printed over the headline are no title:

- a live page's format label alone on its line ("تحديث مستمر", "تحديثات مباشرة", "متابعة مستمرة"), or before the
  headline on its line ("تحديث مستمر | …"): it tells how the page is run;
- the site's menu split by wide spaces whose special section carries its year ("الرئيسية  أخبار الرياضة  كأس العالم
  2026  فيديو  حوارات"): a year is the only figure an item may hold.

The headline under them is the title. Pages written by hand in other topics and outlets; the last cases of each table
must not change (a headline with a figure split by wide spaces, a label inside the headline's sentence).
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table

HEADLINE = "فيضانات تغمر 40 قرية في إقليم السند وإجلاء آلاف السكان"
LEAD = ("غمرت مياه الفيضانات، صباح اليوم الثلاثاء، نحو 40 قرية في إقليم السند جنوبي باكستان، بعد أمطار موسمية غزيرة"
        " تواصلت ثلاثة أيام، بحسب هيئة إدارة الكوارث في الإقليم.")
NEXT = "وقال متحدث باسم الهيئة إن فرق الإنقاذ أجلت أكثر من 12 ألف شخص إلى مخيمات مؤقتة أقيمت في المدارس الحكومية."

# (the line over the headline, the title)
LINES_OVER_THE_HEADLINE = [
    ("تحديث مستمر", HEADLINE),
    ("تحديثات مباشرة", HEADLINE),
    ("متابعة مستمرة", HEADLINE),
    ("الرئيسية  أخبار العالم  كأس العالم 2026  فيديو  حوارات  مقالات", HEADLINE),
    ("الرئيسية  أخبار  انتخابات 2025  رياضة  فيديو", HEADLINE),
    # must not change: a headline whose words a wide gap splits, figures in it, stays the title
    ("الذهب  يرتفع 2%  في  أسبوع", "الذهب  يرتفع 2%  في  أسبوع"),
]


@table("over, title", LINES_OVER_THE_HEADLINE)
def test_line_over_the_headline(over: str, title: str) -> None:
    cleaned = clean_text("\n".join([over, HEADLINE, LEAD, NEXT]))
    assert cleaned.title == title
    assert cleaned.body.endswith(f"{LEAD}\n{NEXT}")
    assert over not in cleaned.body


# (the first line, the title)
LABELLED_HEADLINES = [
    (f"تحديث مستمر | {HEADLINE}", HEADLINE),
    (f"تحديثات مباشرة: {HEADLINE}", HEADLINE),
    # must not change: the label written into the headline's own sentence, or with too short a headline after it
    ("تحديث مستمر لخرائط الفيضانات في إقليم السند", "تحديث مستمر لخرائط الفيضانات في إقليم السند"),
    ("تحديث مستمر | السند", "تحديث مستمر | السند"),
]


@table("first, title", LABELLED_HEADLINES)
def test_live_label_before_the_headline_on_its_line(first: str, title: str) -> None:
    cleaned = clean_text("\n".join([first, LEAD, NEXT]))
    assert cleaned.title == title
    assert LEAD in cleaned.body
