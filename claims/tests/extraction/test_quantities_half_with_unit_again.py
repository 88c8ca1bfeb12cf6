"""A half after a counted unit, the unit said again with ال ("نقطتين ونصف النقطة"، "ثلاث نقاط ونصف النقطة"، "40
كيلومتراً ونصف الكيلومتر"), adds a half to the count as "نقطتين ونصف" does. A definite word after ونصف that is not the
unit ("نقطتين ونصف الأرباح"، "ونصف النقاط المتاحة") is half of something else and stays out.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("وتراجعت البطالة بنحو نقطتين ونصف النقطة خلال عام.", [("بنحو نقطتين ونصف النقطة", 2.5, "approx")]),
    ("وارتفع المؤشر ثلاث نقاط ونصف النقطة في جلسة واحدة.", [("ثلاث نقاط ونصف النقطة", 3.5, "exact")]),
    ("وقطع الدراجون 40 كيلومتراً ونصف الكيلومتر قبل المنعطف.", [("40 كيلومتراً ونصف الكيلومتر", 40.5, "exact")]),
    ("وارتفعت الحرارة درجتين ونصف الدرجة عن المعدل.", [("درجتين ونصف الدرجة", 2.5, "exact")]),
    # must not change: a half of another noun, the plural of the unit, a half with nothing after it
    ("وتراجع المؤشر نقطتين ونصف الأرباح.", [("نقطتين", 2.0, "exact")]),
    ("وخسر الفريق نقطتين ونصف النقاط المتاحة.", [("نقطتين", 2.0, "exact")]),
    ("وارتفع السهم 3 دولارات ونصف المبلغ الأصلي.", [("3 دولارات", 3.0, "exact")]),
    ("وارتفع المؤشر نقطتين ونصف.", [("نقطتين ونصف", 2.5, "exact")]),
]


@table("text, expected", CASES)
def test_a_half_with_the_unit_said_again(text, expected):
    assert quantities_found(text) == expected
