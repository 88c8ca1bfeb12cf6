"""A speaker's title next to a time word (invented sentences, with near misses).

العام after a title is "general" (المدير العام، الأمين العام، النائب العام) unless an adjective of the year or a
figure follows it ("العام الماضي"، "العام 2024"); another time word after it opens a time phrase of its own.
Adjectives of a person's standing (الراحل، المستقيل، المقال) belong to the title before the name.
"""
from __future__ import annotations

from .helpers import last_speaker, table

# (text, speaker of the last sentence)
TITLES_BEFORE_TIME_WORDS = [
    ("وأكد المدير العام الشهر الماضي أن الشركة ستضاعف إنتاجها.", "المدير العام"),
    ("وقال الأمين العام أمس إن المنظمة تواجه عجزا في التمويل.", "الأمين العام"),
    ("وأوضح النائب العام يوم الثلاثاء أن التحقيقات ما زالت جارية.", "النائب العام"),
    ("وقالت المديرة العامة الأسبوع الماضي إن المستشفى استقبل مئات المرضى.", "المديرة العامة"),
    # near misses: the year itself, by its adjective or its figure, is no part of the title
    ("وقال المدير العام الماضي إن المبيعات تراجعت.", "المدير"),
    ("وأكد الرئيس العام 2024 أن الإصلاحات ستستمر.", "الرئيس"),
    ("وقال الوزير العام الماضي إن الموازنة متوازنة.", "الوزير"),
]

STANDING_ADJECTIVES = [
    ("وقال رئيس الوزراء المستقيل في كلمة متلفزة إن حكومته أنجزت وعودها.", "رئيس الوزراء المستقيل"),
    ("وكان الرئيس الراحل قد أكد أن السلام خيار لا رجعة عنه.", "الرئيس الراحل"),
    # near miss: a plain ال- noun after the title's adjective is the verb's object
    ("وانتقد الوزير الفرنسي القرار، مؤكدا أنه يضر بالمزارعين.", "الوزير الفرنسي"),
]


@table("text, speaker", TITLES_BEFORE_TIME_WORDS + STANDING_ADJECTIVES)
def test_title_is_read_whole_before_a_time_word(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker
