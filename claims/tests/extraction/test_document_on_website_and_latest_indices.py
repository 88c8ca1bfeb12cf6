"""A source phrase naming data published on a body's website ("المنشورة على الموقع الإلكتروني للبنك") or the latest
indices a body issued ("آخر المؤشرات … الصادرة عن البنك") credits the body."""
from __future__ import annotations

from .helpers import claimants, table

# (text, figure, claimant of the figure)
CASES = [
    ("وبلغ الفائض التجاري 2,3 مليار دولار، وفق البيانات المنشورة على الموقع الإلكتروني لوزارة الاقتصاد.", "2,3",
     "وزارة الاقتصاد"),
    ("وتراجعت الواردات إلى 800 مليون يورو، حسب الأرقام المعلنة على الموقع الرسمي للديوان الوطني للإحصاء.", "800",
     "الديوان الوطني للإحصاء"),
    ("وحسب آخر المؤشرات المالية الصادرة عن بنك الجزائر، بلغ احتياطي الصرف 68 مليار دولار.", "68",
     "بنك الجزائر"),
    ("ووفق أحدث المؤشرات النقدية والمالية الصادرة عن مصرف لبنان، ارتفعت الودائع 4%.", "4%", "مصرف لبنان"),
    # must not change: a page with no owner after it, and a latest word that names no document
    ("وبلغ العجز 5 مليارات، وفق البيانات المنشورة على الموقع الإلكتروني أمس.", "5 مليارات", "البيانات المنشورة"),
    ("وحسب آخر الأخبار، بلغ عدد المصابين 12 شخصاً.", "12", None),
]


@table("text, figure, expected", CASES)
def test_document_source(text, figure, expected):
    assert claimants(text, figure) == [expected]
