"""Table-driven cases for limits of the cleaning stage: a league's standings printed under a sports story (rank, team
and points a line), the outlet's desk line alone over the lead ("تواصل - الرياض:") or at the foot ("المسلة – متابعة"),
and an aggregator's note on the original told only by its editors' check ("فريق التحرير في … بالتأكد منه").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "الوحدات يعزز صدارته للدوري بفوز ثمين على الحسين إربد"
LEAD = ("عزز فريق الوحدات صدارته لدوري المحترفين لكرة القدم بعد فوزه على الحسين إربد بهدفين مقابل هدف في المباراة "
        "التي أقيمت مساء أمس على ستاد عمان الدولي ضمن الجولة الرابعة عشرة.")
SECOND = ("وسجل هدفي الوحدات المهاجم أحمد العرسان في الشوطين، فيما أحرز هدف الحسين لاعبه محمد أبو زريق من ركلة جزاء، "
          "ليرفع الوحدات رصيده إلى 33 نقطة متقدماً بفارق ثلاث نقاط عن الفيصلي.")
THIRD = ("وقال مدرب الوحدات بعد اللقاء إن فريقه قدم مباراة كبيرة أمام منافس قوي، مؤكداً أن المنافسة على اللقب ما "
         "زالت مفتوحة حتى الجولة الأخيرة من الموسم.")
HEAD = ("الرأي الرياضي",)
FOOT = ("شارك الخبر: فيسبوك | تويتر | واتساب", "جميع الحقوق محفوظة لموقع الرأي الرياضي 2026")


def page(*middle: str, head: tuple[str, ...] = HEAD, under_title: tuple[str, ...] = (), lead: str = LEAD,
         foot: tuple[str, ...] = FOOT) -> str:
    return "\n\n".join([*head, TITLE, *under_title, lead, SECOND, THIRD, *middle, *foot])


def assert_article_kept(cleaned, lead: str = LEAD) -> None:
    assert cleaned.title == TITLE
    for paragraph in (lead, SECOND, THIRD):
        assert paragraph in cleaned.body


# --- a league's standings under the story ------------------------------------------------------------------------

STANDINGS = [
    "ترتيب الدوري:\n1- الوحدات 33 نقطة\n2- الفيصلي 30 نقطة\n3- الحسين إربد 27 نقطة",
    "جدول الترتيب\n1. الوحدات: 33 نقطة\n2. الفيصلي: 30 نقطة\n3. الرمثا: 30 نقطة\n4. شباب الأردن: 22 نقطة",
    "ترتيب الفرق بعد الجولة 14\n(1) الوحدات (33 نقطة)\n(2) الفيصلي (30 نقطة)",
    # no heading: the rows alone, a table mid-way down (rank 5 on)
    "5- السلط 20 نقطة\n6- الجزيرة 18 نقطة\n7- معان 15 نقطة",
]


@table("standings", STANDINGS)
def test_a_league_standings_table_goes(standings):
    cleaned = clean_checked(page(standings))
    assert_article_kept(cleaned)
    for line in standings.split("\n"):
        assert line not in cleaned.body


NUMBERED_PROSE = [
    # a numbered list of the article: each item says more than a name and a count
    "وتضمنت مطالب النقابة:\n1- رفع الأجور بنسبة 10 في المئة\n2- تثبيت العمال المؤقتين في مواقعهم",
    "وقررت لجنة الانضباط:\n1- خصم 3 نقاط من رصيد النادي\n2- تغريم النادي 5 آلاف دينار",
    # a name and points a line, but the points rise down the list: penalties, not standings
    "وجاءت العقوبات على النحو الآتي:\n1- الرمثا 3 نقاط\n2- الجزيرة 6 نقاط",
    # the ranks do not follow one another
    "وتقدمت الفرق التالية:\n1- الوحدات 33 نقطة\n4- الرمثا 30 نقطة",
    # one row alone under its line
    "ويتصدر الترتيب حالياً:\n1- الوحدات 33 نقطة",
]


@table("prose", NUMBERED_PROSE)
def test_a_numbered_list_of_the_article_stays(prose):
    cleaned = clean_checked(page(prose))
    assert_article_kept(cleaned)
    for line in prose.split("\n")[1:]:
        assert line in cleaned.body


# --- the outlet's desk line ---------------------------------------------------------------------------------------

HEAD_DESK_LINES = [
    "تواصل - الرياض:",  # the outlet, then its city
    "عدن - خبر للأنباء:",  # the city, then an outlet no table knows
    "بيروت – «المدن» خاص:",
    "الشارع / تعز:",
]


@table("desk", HEAD_DESK_LINES)
def test_a_desk_dateline_alone_over_the_lead_goes(desk):
    cleaned = clean_checked(page(under_title=(desk,)))
    assert_article_kept(cleaned)
    assert desk not in cleaned.body


def test_a_desk_dateline_glued_to_the_lead_stays():
    # the first sentence starts in it: the body keeps whole lines
    lead = "تواصل - الرياض: " + LEAD
    cleaned = clean_checked(page(lead=lead))
    assert_article_kept(cleaned, lead=lead)


SUBHEADINGS_BELOW_THE_LEAD = [
    # the same shape below the first paragraph heads a part of the text
    "الوحدات - الفيصلي:",
    "الشوط الأول – الشوط الثاني:",
]


@table("subheading", SUBHEADINGS_BELOW_THE_LEAD)
def test_a_colon_line_below_the_lead_stays(subheading):
    cleaned = clean_checked(page(subheading + "\nوتقدم الوحدات مبكراً عبر العرسان قبل أن يعادل الحسين من ركلة جزاء."))
    assert_article_kept(cleaned)
    assert subheading in cleaned.body


FOOT_DESK_LINES = [
    "المسلة – متابعة",
    "الرأي الرياضي - خاص",
    "عمان / حصري",
]


@table("desk", FOOT_DESK_LINES)
def test_a_desk_line_under_the_last_paragraph_goes(desk):
    cleaned = clean_checked(page(desk))
    assert_article_kept(cleaned)
    assert desk not in cleaned.body
    assert cleaned.source_credit is None  # (the name may be a city's: it credits no source)


LAST_LINES = [
    # a closing sentence with the desk's word in it, or more words after it
    "وتتواصل المنافسة – متابعة لما تبقى من جولات الدوري.",
    "ويواصل الاتحاد متابعة ملف الملاعب خاص بالموسم المقبل",
]


@table("last", LAST_LINES)
def test_a_last_line_with_a_desk_word_stays(last):
    cleaned = clean_checked(page(last))
    assert_article_kept(cleaned)
    assert last in cleaned.body


# --- an aggregator's note on the original -------------------------------------------------------------------------

AGGREGATOR_NOTES = [
    # told only by the editors' check: none of the note's other words ("الأصلي", "نشره", "مصدره")
    "وقد قام فريق التحرير في موقع الخليج 365 بالتأكد منه وربما تم التعديل عليه",
    "قام فريق التحرير في صحيفة المرصد بالتأكد منه وربما تم النقل بالكامل أو الاقتباس منه",
]


@table("note", AGGREGATOR_NOTES)
def test_an_aggregator_note_told_by_its_editors_check_goes(note):
    cleaned = clean_checked(page(note))
    assert_article_kept(cleaned)
    assert note not in cleaned.body


EDITORS_IN_THE_TEXT = [
    "وقال فريق التحرير في الصحيفة إنه يعمل على التأكد من المعلومات قبل نشرها.",
    "وأكد رئيس فريق التحرير في النادي أنه قام بالتأكد من صحة العقود.",
]


@table("sentence", EDITORS_IN_THE_TEXT)
def test_a_sentence_on_editors_stays(sentence):
    cleaned = clean_checked(page(sentence))
    assert_article_kept(cleaned)
    assert sentence in cleaned.body
