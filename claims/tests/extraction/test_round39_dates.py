"""Round-39 date rules, one table each (see the comment above it).

- A verb in the future sets a deadline still to come with "قبل"/"بحلول", as with "حتى": "سيُسدد الباقي قبل نهاية
  تشرين الأول" written in August is the coming October.
- A month a verb of setting (حدد، ضرب) makes "موعداً" is still to come: "و«التبغ» تحدد مطلع أيلول موعداً لبدء
  الاستلام" written in late August is the coming September.
- A verb of PAST_CUE written as its verbal noun (عقد، فتح …) right after a future word is its object, no past
  act: "متوقعاً إعادة فتح الطريق يوم الأحد" is the coming Sunday.
- A Hijri year with its Gregorian year after a slash or a dash dates history before 1500 too: "سقوط بغداد عام
  656 هـ/1258 م" is 1258.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# A verb in the future (س + imperfect) before "قبل"/"بحلول" and a month: the deadline is the coming month. A verb
# of securing, a perfective verb, or a perfective verb of another event between keep the past.
DEADLINE_CASES = [
    ("وقال المدير إن الشركة ستدفع التعويضات قبل نهاية أكتوبر.", "2025-08-27", [("نهاية أكتوبر", "2025-10")]),
    ("وأوضح أن الحكومة ستصرف المنحة للأسر المتضررة قبل أكتوبر.", "2025-08-27", [("أكتوبر", "2025-10")]),
    ("وقال رئيس البلدية: «سنُنهي ترميم الجسر بحلول نوفمبر».", "2025-08-27", [("نوفمبر", "2025-11")]),
    ("وأكد أن «الدفعة الثانية سيُسدد نصفها قبل منتصف كانون الأول».", "2025-08-27",
     [("منتصف كانون الأول", "2025-12")]),
    # near misses: a verb of securing; a perfective verb; a perfective verb of another event after the future one
    ("وأمنت البلاد احتياجاتها من القمح قبل أكتوبر.", "2025-08-27", [("أكتوبر", "2024-10")]),
    ("وقالت إن الشركة صرفت المنحة قبل أكتوبر.", "2025-08-27", [("أكتوبر", "2024-10")]),
    ("وقال إنه سيطالب بالتحقيق في الحادث الذي وقع قبل نهاية أكتوبر.", "2025-08-27",
     [("نهاية أكتوبر", "2024-10")]),
]


@table("text,published,expected", DEADLINE_CASES)
def test_a_future_verb_sets_a_deadline_still_to_come(text, published, expected):
    assert dates_found(text, published) == expected


# "حدد/ضرب … MONTH موعداً": the month set as the appointment is the coming one (a few months ahead at most). No verb of
# setting, or a perfective verb of another event between, keep the past.
SET_AS_THE_DATE_CASES = [
    ("وحددت الهيئة منتصف أكتوبر موعداً لفتح باب الترشح.", "2025-08-27", [("منتصف أكتوبر", "2025-10")]),
    ("وتضرب الوزارة مطلع نوفمبر موعداً نهائياً لتسجيل الطلاب.", "2025-08-27", [("مطلع نوفمبر", "2025-11")]),
    ("الاتحاد يحدد نهاية أيلول موعداً لانطلاق الدوري", "2025-08-27", [("نهاية أيلول", "2025-09")]),
    ("وحدد المجلس البلدي 15 أكتوبر تاريخاً لافتتاح السوق الجديدة.", "2025-08-27", [("15 أكتوبر", "2025-10-15")]),
    # near misses: no "موعداً" after the month; no verb of setting; a perfective verb between
    ("وحددت الهيئة في أيلول شروط الترشح.", "2025-08-27", [("أيلول", "2024-09")]),
    ("وكان مطلع أكتوبر موعداً لانطلاق المهرجان.", "2025-08-27", [("مطلع أكتوبر", "2024-10")]),
    ("وحددت اللجنة المهلة التي انتهت في أكتوبر موعداً للطعن.", "2025-08-27", [("أكتوبر", "2024-10")]),
]


@table("text,published,expected", SET_AS_THE_DATE_CASES)
def test_a_month_set_as_the_date_is_still_to_come(text, published, expected):
    assert dates_found(text, published) == expected


# "المقرر عقد"، "يعتزم الاتحاد عقد"، "متوقعاً إعادة فتح": the verbal noun the future word foretells is no perfective
# verb, so a weekday after it is still ahead (published on Friday 14 February 2025). A verb of PAST_CUE that is
# not a verbal noun, or one further on in a relative clause, keeps the past.
VERBAL_NOUN_CASES = [
    ("ومن المقرر عقد الجمعية العامة للنادي يوم الأحد.", "2025-02-14", [("يوم الأحد", "2025-02-16")]),
    ("ويعتزم الاتحاد عقد مؤتمره الاستثنائي الثلاثاء.", "2025-02-14", [("الثلاثاء", "2025-02-18")]),
    ("وتوقعت مصلحة المياه إعادة فتح المحطة يوم الإثنين.", "2025-02-14", [("يوم الإثنين", "2025-02-17")]),
    ("ومن المنتظر استئناف فتح المعابر يوم السبت.", "2025-02-14", [("يوم السبت", "2025-02-15")]),
    # near misses: a perfective verb that is no verbal noun; a verbal-noun shape far after the future word
    ("ويعتزم الاتحاد تكريم الفريق الذي فاز يوم الأحد.", "2025-02-14", [("يوم الأحد", "2025-02-09")]),
    ("ويعتزم المجلس محاسبة المسؤولين عن الملعب الذي فتح يوم الأحد.", "2025-02-14", [("يوم الأحد", "2025-02-09")]),
    ("وسيناقش البرلمان التقرير الذي أصدرته اللجنة الأحد.", "2025-02-14", [("الأحد", "2025-02-09")]),
]


@table("text,published,expected", VERBAL_NOUN_CASES)
def test_a_verbal_noun_after_a_future_word_is_no_past_act(text, published, expected):
    assert dates_found(text, published) == expected


# A Hijri year (any number of digits) with its Gregorian year after a slash, a dash, a bracket or الموافق, the years of history before
# 1500 too; TIMEX3 writes the year in four digits. Years that do not agree, or no year word before, give nothing.
HIJRI_WITH_GREGORIAN_CASES = [
    ("وسقطت غرناطة عام 897 هـ/1492 م.", None, [("عام 897 هـ/1492 م", "1492")]),
    ("وتوفي الشاعر سنة 354هـ/965م في بغداد.", None, [("سنة 354هـ/965م", "0965")]),
    ("وشُيّد الجامع عام 1065 هـ - 1655 م.", None, [("عام 1065 هـ - 1655 م", "1655")]),
    ("وتعود المخطوطة إلى ما قبل سقوط بغداد عام 656 هـ/1258 م.", None, [("عام 656 هـ/1258 م", "1258")]),
    # near misses: years that do not agree; no year word; a modern year as before
    ("وجاء ذلك في سنة 656 هـ/1300 م.", None, []),
    ("وبلغ عدد الزوار 656 هـ/ 1258 زائراً.", None, []),
    ("وبُني المسجد عام 1437هـ (2016م).", None, [("عام 1437هـ (2016م)", "2016")]),
    # the Gregorian year of history in brackets, or after الموافق
    ("وسقطت بغداد على يد المغول عام 656هـ (1258م) بعد حصار دام أسبوعين.", None, [("عام 656هـ (1258م)", "1258")]),
    ("وتوفي الإمام الغزالي سنة 505 هـ (1111م) في طوس.", None, [("سنة 505 هـ (1111م)", "1111")]),
    ("وشُيّدت القلعة عام 583 هـ الموافق 1187م.", None, [("عام 583 هـ الموافق 1187م", "1187")]),
    ("وجاء ذلك عام 656 هـ (1300م).", None, []),
]


@table("text,published,expected", HIJRI_WITH_GREGORIAN_CASES)
def test_a_hijri_year_with_its_gregorian_year_of_history(text, published, expected):
    assert dates_found(text, published) == expected
