"""Table-driven cases for round 42's and 43's dates: months listed after a plural or dual noun of things that
recur ("في اجتماعات جوان وسبتمبر") and after a month read by its own word ("في شهر يوليو وأغسطس"), and the
months of one list kept in one run of the calendar ("في تموز وآب" written in late July).

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, table

LISTED_AFTER_A_NOUN = [  # (text, published, expected): two months or more after "في <plural or dual noun>"
    ("وأبقت اللجنة على توصيتها في جلسات مارس ونوفمبر.", "2025-12-10",
     [("مارس", "2025-03"), ("نوفمبر", "2025-11")]),
    ("وتعادل الفريقان في مباراتي أبريل وأغسطس.", "2025-10-01", [("أبريل", "2025-04"), ("أغسطس", "2025-08")]),
    ("وسجلت المحطة أعلى القراءات خلال فيضانات فبراير وأيار.", "2025-09-01",
     [("فبراير", "2025-02"), ("أيار", "2025-05")]),
    # must not change: one month after a noun is a name or a label, not a date told
    ("وأبقت اللجنة على توصيتها في جلسة مارس.", "2025-12-10", []),
    ("وأبقت اللجنة على توصيتها في جلسات مارس.", "2025-12-10", []),
    # must not change: named events in the plural or the dual
    ("خرج الآلاف في ثورتي يناير ويونيو.", "2025-12-01", []),
    ("سقط الضحايا في هجمات يناير ونوفمبر.", "2025-12-01", []),
    # must not change: a definite adjective is no noun of events
    ("وشارك في مهرجان الاجتماعي مارس ونوفمبر.", "2025-12-10", []),
]


@table("text, published, expected", LISTED_AFTER_A_NOUN)
def test_months_listed_after_a_plural_noun_of_events(text, published, expected):
    assert dates_found(text, published) == expected


LIST_GOES_ON = [  # (text, published, expected): a month listed after one that is read is read too
    ("تراجعت المبيعات في شهر يوليو وأغسطس.", "2025-10-05", [("شهر يوليو", "2025-07"), ("أغسطس", "2025-08")]),
    ("ارتفعت أسعار الوقود في يناير وفبراير ومارس.", "2025-06-01",
     [("يناير", "2025-01"), ("فبراير", "2025-02"), ("مارس", "2025-03")]),
    # must not change: a list read already, and a month after a non-time word
    ("ارتفعت أسعار الوقود في يناير، فبراير ومارس.", "2025-06-01",
     [("يناير", "2025-01"), ("فبراير", "2025-02"), ("مارس", "2025-03")]),
    ("وأشاد المدرب بلاعبه مارس ويونس.", "2025-06-01", []),
]


@table("text, published, expected", LIST_GOES_ON)
def test_a_month_listed_after_a_read_month(text, published, expected):
    assert dates_found(text, published) == expected


ONE_RUN_OF_THE_CALENDAR = [  # (text, published, expected): months listed together run on from the first
    ("وتزدهر السياحة الشتوية في كانون الأول وكانون الثاني.", "2025-12-15",
     [("كانون الأول", "2025-12"), ("كانون الثاني", "2026-01")]),
    ("والموسم صار يتركز في أيار وحزيران.", "2026-05-20", [("أيار", "2026-05"), ("حزيران", "2026-06")]),
    ("وتراجعت الصادرات في مارس 2023 وأبريل.", "2025-06-20", [("مارس 2023", "2023-03"), ("أبريل", "2023-04")]),
    # must not change: a month with its own relative word, months that are not listed, a list in one year already
    ("وارتفعت الأسعار في يناير ومارس الماضي.", "2026-07-24", [("يناير", "2026-01"), ("مارس الماضي", "2026-03")]),
    ("زار الوفد الرياض في أكتوبر، ثم عاد في ديسمبر.", "2026-11-15", [("أكتوبر", "2026-10"), ("ديسمبر", "2025-12")]),
    ("وتضاعفت الحجوزات في نوفمبر وديسمبر.", "2026-01-10", [("نوفمبر", "2025-11"), ("ديسمبر", "2025-12")]),
]


@table("text, published, expected", ONE_RUN_OF_THE_CALENDAR)
def test_listed_months_take_the_year_of_the_month_before(text, published, expected):
    assert dates_found(text, published) == expected


CALLED_FOR_BEFORE_A_TIME_AHEAD = [  # (text, published, expected): a call told by a participle, or getting ready, "قبل"
    ("وقال رئيس النقابة إن المخزون يكفي أسبوعين فقط، داعياً إلى استيراد كميات إضافية قبل ذروة الاستهلاك في"
     " كانون الثاني.", "2026-10-08", [("كانون الثاني", "2027-01")]),
    ("وأكد المزارعون تضرر محاصيلهم، مطالبين بصرف التعويضات قبل نهاية شباط.", "2026-11-20",
     [("نهاية شباط", "2027-02")]),
    ("وتستعد المدارس لاستقبال الطلاب قبل بدء الفصل الثاني في فبراير.", "2026-11-05", [("فبراير", "2027-02")]),
    ("ويتأهب الصيادون للخروج إلى البحر قبل موسم السردين في مارس.", "2026-11-05", [("مارس", "2027-03")]),
    # must not change: getting ready in the past, a month told before the call, a perfective verb after the call,
    # and a month too far ahead for a call
    ("وكانت الفنادق تستعد لاستقبال الزوار قبل ذروة الموسم في كانون الثاني.", "2026-10-08",
     [("كانون الثاني", "2026-01")]),
    ("وقال إن الفيضانات ضربت المدينة في يناير، داعياً إلى التحقيق.", "2026-10-08", [("يناير", "2026-01")]),
    ("داعياً إلى محاسبة المسؤولين عن الحريق الذي اندلع قبل ذروة الموسم في يناير.", "2026-10-08",
     [("يناير", "2026-01")]),
    ("وقال إن المخزون يكفي، داعياً إلى استيراد كميات إضافية قبل ذروة الصيف في يونيو.", "2026-10-08",
     [("يونيو", "2026-06")]),
]


@table("text, published, expected", CALLED_FOR_BEFORE_A_TIME_AHEAD)
def test_a_call_or_readying_before_a_month_ahead(text, published, expected):
    assert dates_found(text, published) == expected
