"""Round-21 date rules, on invented sentences of other topics, with near misses that must not change."""
from __future__ import annotations

from .helpers import dates_found, table

# "قبل يوم الاقتراع": a day named by its event, not "a day ago"; one day or year counted back stays.
NAMED_DAY_CASES = [
    ("أعلنت اللجنة فوز 12 مرشحا بالتزكية قبل يوم الاقتراع.", "2024-09-09", []),
    ("وصل المراقبون قبل يوم الامتحان إلى المدارس.", "2024-09-09", []),
    ("انسحبت الشركة من الصفقة قبل عام الأزمة بقليل.", "2024-09-09", []),
    # near misses: a day or a year ago, a weekday after قبل يوم
    ("انهار الجسر قبل يوم واحد من الافتتاح.", "2024-09-09", [("قبل يوم", "2024-09-08")]),
    ("وقال الوزير إن الحادث وقع قبل يوم.", "2024-09-09", [("قبل يوم", "2024-09-08")]),
    ("أعلنت الوزارة قبل عام أن المشروع سينطلق.", "2024-09-09", [("قبل عام", "2023")]),
]


@table("text,published,expected", NAMED_DAY_CASES)
def test_a_day_named_by_its_event(text, published, expected):
    assert dates_found(text, published) == expected


# A tournament with its host between it and the year: the year dates it (a host in ال is left out, as
# "مونديال الأندية 2000 مشجع" would be a count; so, after normalisation, is ألمانيا).
TOURNAMENT_CASES = [
    ("لم يتأهل المنتخب منذ مشاركته في مونديال قطر 2022.", "2025-03-01", [("2022", "2022")]),
    ("فازت العداءة بذهبية أولمبياد لندن 2012.", "2025-03-01", [("2012", "2012")]),
    ("خرج الفريق من مونديال 2010 مبكرا.", "2025-03-01", [("2010", "2010")]),
    # near misses: a count after the tournament, a definite word after it
    ("حضر مونديال الأندية 2000 مشجع فقط.", "2025-03-01", []),
    ("باعت اللجنة المنظمة للأولمبياد 2500 تذكرة.", "2025-03-01", []),
]


@table("text,published,expected", TOURNAMENT_CASES)
def test_a_tournament_dated_past_its_host(text, published, expected):
    assert dates_found(text, published) == expected
