"""Table-driven cases for a document or index whose issuer is named: the issuer claims its figures.

"ووفق أحدث نشرة لهيئة الموانئ، …" (a bulletin dated by أحدث), "وأظهر مؤشر أسعار الجملة الصادر عن الجهاز أن …"
(an index and its issuer past its topic), "وبحسب بيانات جيوستات، …" (a statistics agency named by its "-stat"),
"أصدرت الوزارة، أمس، نشرتها الأسبوعية للأمراض المعدية، التي أظهرت أن …" (the publisher of its own bulletin).

Written by hand (ports, prices, health, trade); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_ISSUER_CLAIMS_ITS_DOCUMENT = [  # (text, figure, claimants)
    ("ووفق أحدث نشرة لهيئة الموانئ، بلغ عدد الحاويات نحو 41 ألف حاوية.", "41", ["هيئة الموانئ"]),
    ("وأظهر مؤشر أسعار الجملة الصادر عن الجهاز المركزي للإحصاء أن الأسعار ارتفعت 6.2%.", "6.2",
     ["الجهاز المركزي للإحصاء"]),
    ("وأظهر تقرير سوق العمل الصادر عن الجهاز المركزي للإحصاء أن البطالة تراجعت إلى 9.1%.", "9.1",
     ["الجهاز المركزي للإحصاء"]),
    ("وبحسب مؤشر أسعار الجملة الصادر عن الجهاز المركزي للإحصاء، ارتفعت الأسعار 6.2%.", "6.2",
     ["الجهاز المركزي للإحصاء"]),
    ("وبحسب بيانات جيوستات، نمت الصادرات بنسبة 4.4% في الربع الأول.", "4.4", ["جيوستات"]),
    ("وأظهرت بيانات يوروستات أن البطالة استقرت عند 6.3%.", "6.3", ["يوروستات"]),
    ("أصدرت وزارة الصحة، أمس الأحد، نشرتها الأسبوعية للأمراض المعدية، التي أظهرت أن المختبرات سجلت 37 إصابة.",
     "37", ["وزارة الصحة"]),
    # must not change: an index with no issuer, a description after بيانات, a document that is no one's own
    ("وأظهر مؤشر أسعار الجملة أن الأسعار ارتفعت 6.2%.", "6.2", ["مؤشر"]),
    ("وبحسب بيانات أولية، نمت الصادرات بنسبة 4.4% في الربع الأول.", "4.4", ["بيانات أولية"]),
    ("نشرت الوزارة النشرة الأسبوعية، التي أظهرت أن المختبرات سجلت 37 إصابة.", "37", ["النشرة الأسبوعية"]),
]


@table("text, figure, expected", THE_ISSUER_CLAIMS_ITS_DOCUMENT)
def test_the_issuer_claims_its_document(text, figure, expected):
    assert claimants(text, figure) == expected
