"""Datelines and credit lines that name an agency or outlet the tables do not know credit it:

- a short name in the dateline's brackets after the city, a dash closing them: "نيامي (أنب) – أعلنت …", "باماكو
  (AMAP) – الثلاثاء 4 مارس 2025" (one word, in Arabic or Latin letters; a tag of the story, "خاص", credits no one);
- the outlet's name (its masthead's) signed by its desk under the headline: "<outlet> - متابعات", "<outlet> - خاص";
- the outlet's name (in any script), then the wire agency it relays: "Sahel24 - وأج" credits وأج ("- وكالات" names no
  agency);
- "CITY - <name>" on a line of its own under the headline when a source in the text speaks to that name ("قال …
  لـ«الساحل اليوم» إن …"): the outlet's own dateline. A name no source speaks to may be the reporter's.

Pages written by hand in other topics and outlets; each table ends with the cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table

HEADLINE = "النيجر ترفع أسعار الوقود بنسبة 15 بالمئة اعتباراً من الشهر المقبل"
LEAD = ("أعلنت وزارة الطاقة في النيجر رفع أسعار الوقود بنسبة 15 بالمئة اعتباراً من مطلع الشهر المقبل، في خطوة قالت"
        " إنها تهدف إلى تقليص عجز الموازنة العامة.")
NEXT = ("وأوضحت الوزارة في بيان أن سعر لتر البنزين سيرتفع إلى 575 فرنكاً، فيما يرتفع سعر الغازوال إلى 610 فرنكات،"
        " مؤكدة أن الدعم سيبقى قائماً لغاز الطهي.")

# (the dateline line or the lead's opening, the credit)
BRACKETED_SHORT_NAMES = [
    (f"نيامي (أنب) – {LEAD}", "أنب"),
    ("باماكو (AMAP) – الثلاثاء 4 مارس 2025", "AMAP"),
    (f"نيامي، (أنيب) - {LEAD}", "أنيب"),
    # must not change: a tag of the story, several words, or no city before the brackets
    (f"نيامي (خاص) – {LEAD}", None),
    (f"نيامي (مصدر حكومي) – {LEAD}", None),
    (f"(أنب) - {LEAD}", None),
]


@table("line, credit", BRACKETED_SHORT_NAMES)
def test_short_name_in_the_datelines_brackets(line: str, credit: str | None) -> None:
    parts = [HEADLINE, line, NEXT] if LEAD in line else [HEADLINE, line, LEAD, NEXT]
    cleaned = clean_text("\n".join(parts))
    assert cleaned.source_credit == credit
    assert cleaned.title == HEADLINE and NEXT in cleaned.body


def test_bracketed_word_in_a_later_paragraph_credits_no_one() -> None:
    later = "نيامي (مؤقتاً) – ستبقى محطات الوقود مفتوحة طوال الليل خلال الأسبوع الأول من تطبيق الأسعار الجديدة."
    cleaned = clean_text("\n".join([HEADLINE, LEAD, NEXT, later]))
    assert cleaned.source_credit is None


MASTHEAD = ("الساحل اليوم", "الرئيسية | أخبار | اقتصاد | رياضة | ثقافة")
FOOT = "جميع الحقوق محفوظة لموقع الساحل اليوم © 2025"

# (the line under the headline, the credit)
UNDER_THE_HEADLINE = [
    ("الساحل اليوم - متابعات", "الساحل اليوم"),
    ("الساحل اليوم - خاص", "الساحل اليوم"),
    ("Sahel24 - وأج", "وأج"),
    ("الساحل اليوم - (أ ف ب)", "أ ف ب"),
    # must not change: the outlet's name alone, the outlet beside unnamed agencies
    ("الساحل اليوم", None),
    ("Sahel24 - وكالات", None),
]


@table("line, credit", UNDER_THE_HEADLINE)
def test_outlet_and_desk_or_agency_under_the_headline(line: str, credit: str | None) -> None:
    cleaned = clean_text("\n".join([*MASTHEAD, HEADLINE, line, LEAD, NEXT, FOOT]))
    assert cleaned.source_credit == credit
    assert cleaned.title == HEADLINE and LEAD in cleaned.body


QUOTED = ("وقال الخبير الاقتصادي موسى إيساكا لـ«الساحل اليوم» إن الزيادة «كانت متوقعة منذ أشهر بسبب تراجع"
          " المساعدات الخارجية».")

# (the dateline line, the paragraph after NEXT, the credit)
CITY_AND_NAME = [
    ("نيامي - الساحل اليوم", QUOTED, "الساحل اليوم"),
    ("نيامي - الساحل اليوم", QUOTED.replace("لـ«الساحل اليوم»", 'لـ"الساحل اليوم"'), "الساحل اليوم"),
    # must not change: a name no source speaks to (a reporter's), or a source speaking to another name
    ("نيامي - عمر سيدو", QUOTED, None),
    ("نيامي - الساحل اليوم", QUOTED.replace("لـ«الساحل اليوم»", "لوكالة محلية"), None),
]


@table("line, paragraph, credit", CITY_AND_NAME)
def test_city_and_a_name_a_source_speaks_to(line: str, paragraph: str, credit: str | None) -> None:
    cleaned = clean_text("\n".join([HEADLINE, line, LEAD, NEXT, paragraph]))
    assert cleaned.source_credit == credit
    assert cleaned.title == HEADLINE and LEAD in cleaned.body
