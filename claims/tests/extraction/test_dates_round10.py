"""Round-10 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

# A dateline whose agency credit stands between slashes (QNA, KUNA style) dates the filing, not an event.
SLASH_DATELINE_CASES = [
    ("الكويت في 5 يناير /كونا/ افتتح وزير الصحة أمس السبت مستشفى جديداً", "2025-01-05",
     [("أمس السبت", "2025-01-04")]),
    ("المنامة في 12 أبريل /بنا/ وقعت المملكة اتفاقية للتعاون في مجال الطاقة", "2025-04-12", []),
    # near misses: a sentence, not a dateline; a dateline with no credit after a bare "في"
    ("وقال الوزير في 18 مارس إن المشروع سيكتمل", "2025-03-20", [("18 مارس", "2025-03-18")]),
    ("عاد الفريق في 18 مارس إلى تدريباته بعد التوقف", "2025-03-20", [("18 مارس", "2025-03-18")]),
]


@table("text,published,expected", SLASH_DATELINE_CASES)
def test_slash_credit_closes_a_dateline(text, published, expected):
    assert dates_found(text, published) == expected


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
    # without a publication date the year told before may be unknown: it stays unknown
    ("افتتح المعرض في يونيو وأغلق في أغسطس من العام نفسه", None,
     [("يونيو", "XXXX-06"), ("أغسطس من العام نفسه", "XXXX-08")]),
    ("أنشئ السد عام 1970 وغمرت المياه القرى في مايو من العام نفسه", None,
     [("عام 1970", "1970"), ("مايو من العام نفسه", "1970-05")]),
]


@table("text,published,expected", SAME_YEAR_CASES)
def test_same_year_takes_the_year_told_before(text, published, expected):
    assert dates_found(text, published) == expected


# "منذ X وحتى Y" is one span; a year meeting a month is read in months. A start verb before a date and a verb of
# lasting before a later one in the same sentence make one span however long the words between.
SPAN_CASES = [
    ("تراجعت صادرات القمح منذ مطلع العام الجاري وحتى نهاية أغسطس الماضي بنسبة 12%", "2025-10-01",
     [("منذ مطلع العام الجاري وحتى نهاية أغسطس الماضي", "2025-01/2025-08")]),
    ("ارتفعت أسعار الإيجارات من 2021 إلى مارس 2024", "2025-10-01", [("من 2021 إلى مارس 2024", "2021-01/2024-03")]),
    ("أغلقت المدارس منذ 3 فبراير وحتى 20 فبراير بسبب الفيضانات", "2025-10-01",
     [("منذ 3 فبراير وحتى 20 فبراير", "2025-02-03/2025-02-20")]),
    # over a long gap the span stays on the start date, leaving the words between (and their figures) free
    ("انطلقت في 2 أكتوبر الماضي فعاليات مهرجان الفيلم القصير بمشاركة أربعين فيلماً، وتواصلت حتى 9 أكتوبر",
     "2025-10-20", [("2 أكتوبر الماضي", "2025-10-02/2025-10-09")]),
    ("انطلقت في 28 يونيو واستمرت حتى 3 يوليو", "2025-10-20", [("28 يونيو واستمرت حتى 3 يوليو", "2025-06-28/2025-07-03")]),
    # near misses: two dates of different events; a list "منذ 2019 و2021" is no span
    ("زار الوزير المدينة في 5 مارس، واستمر الحصار حتى 10 أبريل", "2025-10-01",
     [("5 مارس", "2025-03-05"), ("10 أبريل", "2025-04-10")]),
    ("وقعت الحادثة في 4 يونيو، ثم وصلت الشرطة في 6 يونيو", "2025-10-01",
     [("4 يونيو", "2025-06-04"), ("6 يونيو", "2025-06-06")]),
]


@table("text,published,expected", SPAN_CASES)
def test_since_until_and_start_lasting_spans(text, published, expected):
    assert dates_found(text, published) == expected


# The Maghreb half-year: الأسدوس (Morocco), السداسي (Tunisia, Algeria), read as النصف (only with a year).
HALF_YEAR_CASES = [
    ("سجلت الصادرات الفلاحية ارتفاعاً خلال الأسدوس الأول من سنة 2023", "2025-09-16",
     [("الأسدوس الأول من سنة 2023", "2023-H1")]),
    ("تراجعت نسبة البطالة في السداسي الثاني من 2024", "2025-09-16", [("السداسي الثاني من 2024", "2024-H2")]),
    ("ينتظر أن تكتمل الأشغال قبل نهاية الأسدوس الثاني من العام الجاري", "2025-09-16",
     [("الأسدوس الثاني من العام الجاري", "2025-H2")]),
    # near miss: a sextet, no year
    ("تأهل السداسي الأول إلى الدور النهائي", "2025-09-16", []),
]


@table("text,published,expected", HALF_YEAR_CASES)
def test_maghreb_half_year(text, published, expected):
    assert dates_found(text, published) == expected


# "من اليوم" is today after a part of the day or a start ("في وقت سابق من اليوم"، "اعتباراً من اليوم").
PART_OF_TODAY_CASES = [
    ("أعلنت الشرطة في وقت سابق من اليوم إغلاق الطريق", "2025-03-03", [("اليوم", "2025-03-03")]),
    ("انقطعت الكهرباء عن الحي منذ الساعات الأولى من اليوم", "2025-03-03", [("اليوم", "2025-03-03")]),
    ("تطبق التسعيرة الجديدة اعتباراً من اليوم", "2025-03-03", [("اليوم", "2025-03-03")]),
    # near misses: a comparison, another day
    ("كان الطقس أفضل بكثير من اليوم", "2025-03-03", []),
    ("ارتفعت الحرارة في وقت لاحق من اليوم التالي", "2025-03-03", []),
]


@table("text,published,expected", PART_OF_TODAY_CASES)
def test_part_of_today(text, published, expected):
    assert dates_found(text, published) == expected


# A month in the definition of a fiscal year is its calendar, not an event.
FISCAL_CASES = [
    ("بلغت أرباح الشركة 3 مليارات خلال السنة المالية 2024 (التي تنتهي في يونيو)", "2025-08-07", []),
    ("تراجعت الإيرادات في العام المالي الذي يبدأ في 1 يوليو", "2025-08-07", []),
    # near misses: a month of its own, a month with its year
    ("أعلنت الشركة في سبتمبر نتائج السنة المالية", "2025-08-07", [("سبتمبر", "2024-09")]),
    ("في السنة المالية التي تنتهي في مارس 2026", "2025-08-07", [("مارس 2026", "2026-03")]),
]


@table("text,published,expected", FISCAL_CASES)
def test_month_defining_a_fiscal_year(text, published, expected):
    assert dates_found(text, published) == expected


# Words of a quoted slogan or title are a name; a date outside the quotes stays.
QUOTED_TITLE_CASES = [
    ("أطلقت البلدية حملة النظافة تحت شعار «مدينتنا اليوم أجمل من الأمس»", "2025-04-14", []),
    ("عرضت القناة فيلم \"صيف 1993\" للمخرجة الإسبانية", "2025-04-14", []),
    ("نظمت الجمعية ندوة بعنوان: «غداً يوم جديد» في 12 أبريل", "2025-04-14", [("12 أبريل", "2025-04-12")]),
    # near misses: a quotation is no title
    ("وقال مدير المهرجان: «سنعلن النتائج غداً»", "2025-04-14", [("غداً", "2025-04-15")]),
    ("وأكد الوزير \"سنفتتح المصنع الخميس\"", "2025-04-14", [("الخميس", "2025-04-17")]),
]


@table("text,published,expected", QUOTED_TITLE_CASES)
def test_date_inside_a_quoted_title(text, published, expected):
    assert dates_found(text, published) == expected


# A station, governorate, tunnel … named after a date is a place.
NAMED_PLACE_CASES = [
    ("نزل الركاب في محطة 26 يوليو القريبة", "2025-01-22", []),
    ("افتتح نفق 30 يونيو أمام حركة السيارات", "2025-01-22", []),
    ("وصل القطار إلى المحطة في 6 أكتوبر الماضي", "2025-01-22", [("6 أكتوبر الماضي", "2024-10-06")]),
]


@table("text,published,expected", NAMED_PLACE_CASES)
def test_place_named_after_a_date(text, published, expected):
    assert dates_found(text, published) == expected
