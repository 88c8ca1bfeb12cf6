"""Round-35 date rules: a weekday with a colour or an epithet names a season or an event ("الجمعة البيضاء"); the
plural "أيام" before weekdays names the days that recur; "اليوم" set against an era long past is nowadays; a day of
a month told relative to the publication date keeps its day when there is no publication date.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# 2025-11-04 is a Tuesday.
NAMED_WEEKDAY_CASES = [
    ("وطالب التجار بتأجيل القرار حتى نهاية موسم \"الجمعة البيضاء\".", "2025-11-04", []),
    ("وتقدم المتاجر الإلكترونية خصومات تصل إلى 70% خلال الجمعة السوداء.", "2025-11-04", []),
    ("وتراجعت البورصة بحدة فيما عرف لاحقاً بالاثنين الأسود.", "2025-11-04", []),
    ("وأحيا سكان المدينة ذكرى الأحد الدامي بمسيرة صامتة.", "2025-11-04", []),
    ("وتبدأ عروض «الجمعة البيضاء» في مراكز التسوق الأسبوع المقبل.", "2025-11-04",
     [("الأسبوع المقبل", "2025-W46")]),
    # near misses: a weekday with a relative word or a definite noun after it stays a day
    ("وأعلنت الشركة الجمعة الماضية خصومات على الأجهزة.", "2025-11-04", [("الجمعة الماضية", "2025-10-31")]),
    ("ونشرت الوزارة الجمعة البيان الختامي للمؤتمر.", "2025-11-04", [("الجمعة", "2025-10-31")]),
    ("وافتتح المحافظ السوق الأحد بحضور التجار.", "2025-11-04", [("الأحد", "2025-11-02")]),
]


@table("text,published,expected", NAMED_WEEKDAY_CASES)
def test_a_weekday_with_an_epithet_is_a_name(text, published, expected):
    assert dates_found(text, published) == expected


# 2025-03-26 is a Wednesday.
RECURRING_DAYS_CASES = [
    ("ومن المقرر أن يفتح المتحف أبوابه للزوار أيام الجمعة والسبت.", "2025-03-26", []),
    ("ويعمل المركز الصحي أيام الأحد والثلاثاء من الثامنة صباحاً.", "2025-03-26", []),
    ("وتقام السوق الشعبية أيام الاثنين والخميس في ساحة البلدة.", "2025-03-26", []),
    ("وتعرض المسرحية أيام الخميس والجمعة والسبت على خشبة المسرح الوطني.", "2025-03-26", []),
    ("وتنظم الجمعية سوقاً للمزارعين كل جمعة.", "2025-03-26", []),
    ("ويزدحم الكورنيش أيام الجمع والعطل الرسمية.", "2025-03-26", []),
    ("ويستقبل المتحف الزوار أيام السبت من كل أسبوع.", "2025-03-26", []),
    # near misses: the dual names one pair of days; a relative word after the list makes them the coming ones
    ("وتقام المباريات يومي الجمعة والسبت المقبلين.", "2025-03-26", [("يومي الجمعة والسبت المقبلين", "2025-03-28/2025-03-29")]),
    ("وتقام المباريات يومي الجمعة والسبت.", "2025-03-26", [("يومي الجمعة والسبت", "2025-03-28/2025-03-29")]),
    ("ويفتح المعرض أبوابه أيام الجمعة والسبت المقبلة.", "2025-03-26", [("أيام الجمعة والسبت المقبلة", "2025-03-28/2025-03-29")]),
    ("وشهدت العاصمة أمطاراً غزيرة يومي الاثنين والثلاثاء.", "2025-03-26", [("يومي الاثنين والثلاثاء", "2025-03-24/2025-03-25")]),
]


@table("text,published,expected", RECURRING_DAYS_CASES)
def test_the_plural_days_before_weekdays_recur(text, published, expected):
    assert dates_found(text, published) == expected
