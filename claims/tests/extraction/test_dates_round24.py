"""Round-24 date rules: a market town's weekday behind a preposition, two listed months sharing one tail.

Invented sentences of other topics; published on Wednesday 11 June 2025 (Hijri 15 Dhu al-Hijja 1446).
"""
from __future__ import annotations

from .helpers import dates_found, table

PUB = "2025-06-11"

# A weekday after سوق names a town (سوق الأحد، سوق الجمعة), and after صلاة a prayer, with a preposition glued to the
# noun as well (لسوق، بسوق، لصلاة). After the definite "السوق" or past a word between, the weekday dates again.
MARKET_TOWN_CASES = [
    ("وافتتح الوزير مستشفى جديدا بسوق الأربعاء.", []),
    ("وتوجه الفريق إلى الملعب البلدي لسوق السبت لخوض المباراة.", []),
    ("واندلع الحريق في محل تجاري وسط سوق الجمعة بطرابلس.", []),
    ("وتوجه المصلون لصلاة الجمعة في المسجد الكبير.", []),
    ("وأقيم المعرض في ساحة كسوق الخميس القديمة.", []),
    # Arabic-Indic digits and a Hijri date beside a market town: the date is read, the town is not
    ("وغمرت السيول حقول المزارعين في ضواحي لسوق الإثنين يوم الجمعة ١٠ ذو الحجة ١٤٤٦هـ.",
     [("يوم الجمعة ١٠ ذو الحجة ١٤٤٦هـ", "2025-06-06")]),
    # near misses: "to the market on Sunday", a word between market and weekday, a weekday after the town's name
    ("وتوجه التجار إلى السوق الأحد لشراء البضائع.", [("الأحد", "2025-06-08")]),
    ("وتوجه التجار للسوق الأحد.", [("الأحد", "2025-06-08")]),
    ("افتتح سوق الخضار الجديد الإثنين.", [("الإثنين", "2025-06-09")]),
    ("وزار الوزير بلدية سوق الأحد يوم الخميس.", [("يوم الخميس", "2025-06-05")]),
]


@table("text,expected", MARKET_TOWN_CASES)
def test_a_market_town_weekday_dates_nothing(text, expected):
    assert dates_found(text, PUB) == expected


# Two months listed with "و" share the year or the dual relative word written after the second (الماضيين، المقبلين):
# the first month takes it too. Maghreb names (جانفي، أفريل، ماي، أوت) as well.
LISTED_MONTHS_CASES = [
    ("وأجريت جولتا التفاوض في فبراير وأبريل الماضيين.", [("فبراير", "2025-02"), ("أبريل الماضيين", "2025-04")]),
    ("وسجلت المحطة أعلى درجات الحرارة في يوليو وسبتمبر 2023.", [("يوليو", "2023-07"), ("سبتمبر 2023", "2023-09")]),
    ("ويعقد المؤتمر دورتيه في أكتوبر وديسمبر المقبلين.", [("أكتوبر", "2025-10"), ("ديسمبر المقبلين", "2025-12")]),
    ("وتبقى جولتا أغسطس وأكتوبر المقبلين حاسمتين.", [("أغسطس", "2025-08"), ("أكتوبر المقبلين", "2025-10")]),
    ("وذلك بعد دورتي جانفي وأفريل الماضيين.", [("جانفي", "2025-01"), ("أفريل الماضيين", "2025-04")]),
    ("وتراجعت المبيعات في ماي وأوت الماضيين.", [("ماي", "2025-05"), ("أوت الماضيين", "2024-08")]),
    ("وارتفعت الأسعار في يناير ومارس ٢٠٢٣.", [("يناير", "2023-01"), ("مارس ٢٠٢٣", "2023-03")]),
    ("وتضررت المحاصيل في كانون الثاني وآذار من العام الماضي.",
     [("كانون الثاني", "2024-01"), ("آذار من العام الماضي", "2024-03")]),
    ("وبدأ المشروع عام 2019، وتعثر في فبراير وأبريل من العام نفسه.",
     [("عام 2019", "2019"), ("فبراير", "2019-02"), ("أبريل من العام نفسه", "2019-04")]),
    # near misses: two months in a row are one stretch, بين makes a span, a singular relative word agrees with the
    # second month only (the first stays a bare month), no year told before "العام نفسه", أب without madda is
    # "father", a name
    ("وجرت الانتخابات في مايو ويونيو الماضيين.", [("مايو ويونيو الماضيين", "2024-05/2024-06")]),
    ("وأغلق الطريق بين مارس ومايو 2024.", [("بين مارس ومايو 2024", "2024-03/2024-05")]),
    ("وهطلت الأمطار في أغسطس وأكتوبر الماضي.", [("أغسطس", "2024-08"), ("أكتوبر الماضي", "2024-10")]),
    ("وعقد الاجتماعان في فبراير وأبريل من العام نفسه.", []),
    ("وسافر في يناير وأب الماضيين إلى الخارج.", [("يناير", "2025-01")]),
    ("وقالت تيريزا ماي وجونسون إن الاتفاق قريب.", []),
]


@table("text,expected", LISTED_MONTHS_CASES)
def test_two_listed_months_share_the_tail(text, expected):
    assert dates_found(text, PUB) == expected


# Without a publication date the shared tail still fixes what it can: a written year, or nothing for a relative word.
NO_PUBLICATION_CASES = [
    ("وارتفعت الأسعار في يناير ومارس 2023.", [("يناير", "2023-01"), ("مارس 2023", "2023-03")]),
    ("وأجريت جولتا التفاوض في فبراير وأبريل الماضيين.", [("فبراير", "XXXX-02"), ("أبريل الماضيين", "XXXX-04")]),
]


@table("text,expected", NO_PUBLICATION_CASES)
def test_listed_months_without_a_publication_date(text, expected):
    assert dates_found(text, None) == expected
