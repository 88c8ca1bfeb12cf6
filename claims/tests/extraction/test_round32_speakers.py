"""Round-32 speaker and claimant rules, on invented sentences of other topics, with near misses.

- A named person, then a description set off by commas, then the verb: "منى سعيد، أم لثلاثة أبناء، ترى أن".
- A clause about a named person with no speech verb, closed by a colon and a quotation: the quotation is
  theirs ("غير أن الخطيب لا يخفي قلقه: «…»").
- A word for figures is no speaker: "الأرقام" is the last body's, "إحصاءات سابقة للوزارة" the ministry's.
- ل + an ال- word ends a body's name, never a surname: "مؤسسة نور للتنمية" is a body, so "وأوضح البيان" is hers.
- Sport roles are titles before a name: "قال البطل كيبروتو".
"""
from __future__ import annotations

from .helpers import last_speaker, table

NAME_THEN_DESCRIPTION = [
    ("سلمى خليل، أم لطفلين في المرحلة الابتدائية، ترى أن القرار «جاء متأخراً».", "سلمى خليل"),
    ("المزارع سعيد العمري، صاحب المزرعة الفائزة، أكد أنه زرع 300 شجرة.", "المزارع سعيد العمري"),
    # near misses: a second subject coordinated, or a verb that is not the named person's
    ("سامي خليل، وزوجته، قالا إن الشقة بيعت.", None),
    ("التقى الوزير سامي خليل، رئيس الوفد، ثم أكد أن الاتفاق قريب.", None),
]


@table("text, expected", NAME_THEN_DESCRIPTION)
def test_named_person_then_description_then_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


COLON_QUOTE = [
    ("لكن سمير الحداد لم يخف غضبه: «لن نسكت بعد اليوم».", "سمير الحداد"),
    ("قال عبد الرحيم إن الورشة أغلقت. يعود عبد الرحيم إلى حديثه: «من سيعوضني؟».", "عبد الرحيم"),
    # near misses: no named person before the colon, or a comma splits the clause
    ("الحكومة أمام خيارين: «الرفع أو الانهيار».", None),
    ("السؤال المطروح اليوم: «من يدفع الثمن؟».", None),
    ("وكتب على اللافتة: «لا للغلاء».", None),
    ("انطلق السباق عند الساعة 19:30 بمشاركة 300 عداء.", None),
]


@table("text, expected", COLON_QUOTE)
def test_named_clause_before_colon_quote(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


FIGURE_WORDS = [
    ("لكن الأرقام تقول شيئاً آخر عن حجم السوق.", None),
    ("وتقول الأرقام إن السوق تضاعف.", None),
    ("أعلنت وزارة الصحة أن 30 مستشفى افتتحت. وتشير الأرقام إلى أن الطلب تضاعف.", "وزارة الصحة"),
    ("وتشير إحصاءات سابقة للوزارة إلى أن عدد الوحدات يقارب 120 وحدة.", "وزارة"),
    ("وتشير إحصاءات للمنظمة إلى أن عدد اللاجئين تضاعف.", "منظمة"),
    # figures with their owner named are the owner's
    ("وتشير أرقام المجلس الطبي إلى أن عدد الشكاوى بلغ 214 شكوى.", "المجلس الطبي"),
    ("وبحسب معلومات «النهار»، فإن الحكومة سترفع الأجور بنسبة 10%.", "النهار"),  # the quoted owner (round 46)
]


@table("text, expected", FIGURE_WORDS)
def test_figure_words_are_no_speaker(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


BODY_NAMED_FOR_ITS_WORK = [
    ("وقالت مؤسسة «نور للتنمية»، في بيان، إن 40 قرية استفادت. وأوضح البيان أن المشروع كلف 3 ملايين دولار.",
     "مؤسسة «نور للتنمية»"),
    ("وقالت جمعية الأمل للتنمية، في بيان، إن 40 قرية استفادت. وأوضح البيان أن المشروع كلف 3 ملايين دولار.",
     "جمعية الأمل للتنمية"),
]


@table("text, expected", BODY_NAMED_FOR_ITS_WORK)
def test_statement_of_a_body_named_with_li(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


SPORT_TITLES = [
    ('من جهته، قال البطل موراي عبر مترجم: "الأجواء كانت مثالية".', "البطل موراي"),
    ("وقالت العداءة سارة المطيري إن السباق كان صعباً.", "العداءة سارة المطيري"),
]


@table("text, expected", SPORT_TITLES)
def test_sport_role_before_name(text: str, expected: str) -> None:
    assert last_speaker(text) == expected
