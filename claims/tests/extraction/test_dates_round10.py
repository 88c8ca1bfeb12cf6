"""Round-10 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.dates import find_dates


def _found(text: str, published: str | None) -> list[tuple[str, str]]:
    pub = dt.date.fromisoformat(published) if published else None
    mentions = find_dates(text, published=pub)
    for m in mentions:
        assert text[m.start:m.end] == m.expression
    return [(m.expression, m.value) for m in mentions]


def _check(cases):
    return pytest.mark.parametrize("text,published,expected", cases, ids=[c[0][:40] for c in cases])


# A dateline whose agency credit stands between slashes (QNA, KUNA style) dates the filing, not an event.
SLASH_DATELINE_CASES = [
    ("الكويت في 5 يناير /كونا/ افتتح وزير الصحة أمس السبت مستشفى جديداً", "2025-01-05",
     [("أمس السبت", "2025-01-04")]),
    ("المنامة في 12 أبريل /بنا/ وقعت المملكة اتفاقية للتعاون في مجال الطاقة", "2025-04-12", []),
    # near misses: a sentence, not a dateline; a dateline with no credit after a bare "في"
    ("وقال الوزير في 18 مارس إن المشروع سيكتمل", "2025-03-20", [("18 مارس", "2025-03-18")]),
    ("عاد الفريق في 18 مارس إلى تدريباته بعد التوقف", "2025-03-20", [("18 مارس", "2025-03-18")]),
]


@_check(SLASH_DATELINE_CASES)
def test_slash_credit_closes_a_dateline(text, published, expected):
    assert _found(text, published) == expected


# "من العام نفسه"، "ذلك العام": the year of the closest earlier date, not the publication year.
SAME_YEAR_CASES = [
    ("افتتح المتحف أبوابه في سبتمبر 2019، ثم أغلق مؤقتاً في مارس من العام نفسه لأعمال الترميم", "2025-06-01",
     [("سبتمبر 2019", "2019-09"), ("مارس من العام نفسه", "2019-03")]),
    ("شهدت البلاد موجة حر في صيف 2021، وسجلت الحرارة ذروتها في 14 يوليو من ذلك العام", "2025-06-01",
     [("صيف 2021", "2021"), ("14 يوليو من ذلك العام", "2021-07-14")]),
    ("يبدأ تشغيل المصنع في فبراير 2027 على أن يبلغ طاقته القصوى قبل نهاية العام نفسه", "2025-06-01",
     [("فبراير 2027", "2027-02"), ("نهاية العام نفسه", "2027")]),
    ("صدر الكتاب عام 2016 وترجم إلى الإنجليزية في السنة ذاتها", "2025-06-01",
     [("عام 2016", "2016"), ("السنة ذاتها", "2016")]),
    ("تأسست الشركة عام 2010 وأدرجت في البورصة في الربع الأخير من العام نفسه", "2025-06-01",
     [("عام 2010", "2010"), ("الربع الأخير من العام نفسه", "2010-Q4")]),
    ("رزق الزوجان بطفلهما الأول عام 2020 في 29 فبراير من العام نفسه", "2025-06-01",
     [("عام 2020", "2020"), ("29 فبراير من العام نفسه", "2020-02-29")]),
    # near misses: nothing dated before; "ذلك العام" with no time word; 29 February of a common year
    ("وافق البرلمان على القانون في مارس من العام نفسه", "2025-06-01", []),
    ("اختير اللاعب أفضل هداف ذلك العام", "2025-06-01", []),
    ("تخرج عام 2021 وتزوج في 29 فبراير من العام نفسه", "2025-06-01", [("عام 2021", "2021")]),
    ("عقد المؤتمر في مارس الماضي", "2025-06-01", [("مارس الماضي", "2025-03")]),
]


@_check(SAME_YEAR_CASES)
def test_same_year_takes_the_year_told_before(text, published, expected):
    assert _found(text, published) == expected


# "منذ X وحتى Y" is one span; a year meeting a month is read in months. A start verb before a date and a verb of
# lasting before a later one in the same sentence make one span however long the words between.
SPAN_CASES = [
    ("تراجعت صادرات القمح منذ مطلع العام الجاري وحتى نهاية أغسطس الماضي بنسبة 12%", "2025-10-01",
     [("منذ مطلع العام الجاري وحتى نهاية أغسطس الماضي", "2025-01/2025-08")]),
    ("ارتفعت أسعار الإيجارات من 2021 إلى مارس 2024", "2025-10-01", [("من 2021 إلى مارس 2024", "2021-01/2024-03")]),
    ("أغلقت المدارس منذ 3 فبراير وحتى 20 فبراير بسبب الفيضانات", "2025-10-01",
     [("منذ 3 فبراير وحتى 20 فبراير", "2025-02-03/2025-02-20")]),
    ("انطلقت في 2 أكتوبر الماضي فعاليات مهرجان الفيلم القصير بمشاركة أربعين فيلماً، وتواصلت حتى 9 أكتوبر",
     "2025-10-20", [("2 أكتوبر الماضي فعاليات مهرجان الفيلم القصير بمشاركة أربعين فيلماً، وتواصلت حتى 9 أكتوبر",
                     "2025-10-02/2025-10-09")]),
    # near misses: two dates of different events; a list "منذ 2019 و2021" is no span
    ("زار الوزير المدينة في 5 مارس، واستمر الحصار حتى 10 أبريل", "2025-10-01",
     [("5 مارس", "2025-03-05"), ("10 أبريل", "2025-04-10")]),
    ("وقعت الحادثة في 4 يونيو، ثم وصلت الشرطة في 6 يونيو", "2025-10-01",
     [("4 يونيو", "2025-06-04"), ("6 يونيو", "2025-06-06")]),
]


@_check(SPAN_CASES)
def test_since_until_and_start_lasting_spans(text, published, expected):
    assert _found(text, published) == expected
