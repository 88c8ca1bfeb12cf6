"""A fraction closing a counted unit (ونصف، وربع) and "إلى حدود" as "about": invented sentences, with near misses."""
from __future__ import annotations

from .helpers import quantities_found, table

# "ونصف" after the unit adds a half to the count; when a noun follows, it is half of something else.
UNIT_FRACTION_CASES = [
    ("قطع العداء 3 كيلومترات وربع قبل أن ينسحب.", [("3 كيلومترات وربع", 3.25, "exact")]),
    ("بيعت 5 أطنان ونصف من التمور في اليوم الأول.", [("5 أطنان ونصف", 5.5, "exact")]),
    ("تكفي الاحتياطيات لنحو ثمانية أشهر ونصف.", [("لنحو ثمانية أشهر ونصف", 8.5, "approx")]),
    ("ارتفع منسوب المياه مترين ونصف خلال ليلة واحدة.", [("مترين ونصف", 2.5, "exact")]),
    # near misses: half of another noun; a fraction under the scale word is the number's own (مليون ونصف)
    ("فاز الحزب بـ 4 مقاعد ونصف الأصوات ذهبت إلى المستقلين.", [("4 مقاعد", 4.0, "exact")]),
    ("غرق قاربين ونصف الركاب نجوا.", [("قاربين", 2.0, "exact")]),
    ("زار المعرض مليون ونصف مليون شخص.", [("مليون ونصف مليون شخص", 1_500_000.0, "exact")]),
]

APPROX_BOUND_CASES = [
    ("ويتوقع أن يرتفع النمو إلى حدود 3% العام المقبل.", [("إلى حدود 3%", 3.0, "approx")]),
    ("وبلغت الخسائر في حدود 5 ملايين دينار.", [("في حدود 5 ملايين دينار", 5_000_000.0, "approx")]),
    # near miss: "إلى" alone is where a figure goes, exact
    ("وارتفع النمو إلى 3% في الربع الأخير.", [("3%", 3.0, "exact")]),
]


@table("text,expected", UNIT_FRACTION_CASES + APPROX_BOUND_CASES)
def test_fraction_and_bound_words(text, expected):
    assert quantities_found(text) == expected
