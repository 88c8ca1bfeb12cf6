"""A byline beside the page's reading time or counters, split by bars or bullets ("كتب: محرر الشؤون المحلية | وقت
القراءة: 3 دقائق", "بقلم: … • 1.247 مشاهدة"), is furniture however long the byline: the counters after it are cut
and what is left is judged as a byline. A byline with the page's date beside it is still read for the date.

Pages written by hand in other topics and outlets; the last cases must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table

HEADLINE = "الحكومة تقر خطة لإعادة تأهيل شبكة الطرق الريفية في المحافظات الجنوبية"
LEAD = "أقر مجلس الوزراء في جلسته الأسبوعية خطة لإعادة تأهيل شبكة الطرق الريفية بكلفة 120 مليون دينار تمتد على ثلاث سنوات."
NEXT = "وأوضح وزير الأشغال أن الخطة تشمل 900 كيلومتر من الطرق في سبع محافظات."

# (line under the headline, dropped, published)
BYLINES_BESIDE_COUNTERS = [
    ("كتب: محرر الشؤون المحلية | وقت القراءة: 3 دقائق", True, None),
    ("كتب: محرر الشؤون الاقتصادية والمالية | وقت القراءة: 4 دقائق", True, None),
    ("بقلم: عبد الرحمن بن سعيد الحارثي | مدة القراءة: 6 دقائق", True, None),
    ("كتب: فريق التحرير | 4 دقائق للقراءة | 312 مشاركة", True, None),
    ("كتبت: ليلى منصور عبد الله • 1.247 مشاهدة • 5 دقائق للقراءة", True, None),
    # must not change: a short byline beside its reading time was furniture already; with the date it gives the date
    ("بقلم: سامي الحداد | مدة القراءة 5 دقائق", True, None),
    ("بقلم: رزان علي | 27 نيسان 2025 | 3 دقائق للقراءة", True, "2025-04-27"),
    # must not change: no byline before the reading time (a name alone, a sentence opening with كتب)
    ("الوزير | وقت القراءة: 3 دقائق", False, None),
    ("كتب الوزير في رسالته إلى النواب أن الخطة ستنفذ على مراحل | 3 دقائق للقراءة", False, None),
]


@table("line, dropped, published", BYLINES_BESIDE_COUNTERS)
def test_byline_beside_counters_is_furniture(line: str, dropped: bool, published: str | None) -> None:
    cleaned = clean_text("\n".join([HEADLINE, line, LEAD, NEXT]))
    assert cleaned.title == HEADLINE
    assert (line not in cleaned.body) == dropped
    assert cleaned.body.endswith(f"{LEAD}\n{NEXT}")
    assert cleaned.published == published
