"""Round-38 speaker and claimant rules, on invented sentences of other topics, with near misses.

- "بحسب فرع الهلال الأحمر في حلب": a body's branch (فرع) is a body that speaks for itself; an indefinite فرع with
  no body after it ("وافتتح فرع جديد") is what is opened.
- "وقال المعلم خلف العتيبي، الذي …، إن": خلف ("behind") and شرف ("honour") are first names after a role, when an
  ال- family name of origin closed by a comma, إن/أن or a colon follows.
- "من أكثر من 900 مزارع منتشرين"، "مزارع واسعة": a noun a number counts, or an indefinite noun with a feminine
  adjective (a plural of things), is no earlier mention of the person a bare "المزارع" points back to.
- "وفق نتائج التعداد العام للسكان والمساكن لسنة 2022": a census or survey is named through العام, its adjectives and
  one ل- genitive with its coordinated nouns.
- "في حين تُعلن نتائج المسابقة": results are no one; only results that إن/أن or a punctuation mark closes
  ("وكشفت نتائج التحاليل أن") or a body's results ("نتائج مؤسسة غالوب") name a source.
- "حضوراً جماهيرياً قدّره المنظمون بأكثر من 20 ألف": an estimate describing the indefinite noun before it (no
  relative word) is its subject's figure; a sound plural of people (المنظمون) estimates as a body does.
- "وفق القائمة التي أعلنت عنها الجمعية": whoever issued or announced a list, plan or table states what it holds.
- "وكانت البلدية في صيدا قد أعلنت … ، وقال رئيس البلدية … إن": the كان … قد clause's subject (with the town it sits in)
  states its own figures when a later clause has another speaker.
"""
from __future__ import annotations

from claims.extraction import extract_article

from .helpers import claimants, last_speaker, table


def _claims(text: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """Return (speaker, [(figure, claimant)]) of each claim, cleaning off."""
    return [(c["speaker"], [(q["expression"], q["claimant"]) for q in c["quantities"]])
            for c in extract_article(text, clean=False)["claims"]]


# A body's branch (فرع) speaks, or is a source, as the body does. (text, figure, claimant)
BRANCHES = [
    ("وبلغ عدد المستفيدين 12 ألف أسرة، بحسب فرع الهلال الأحمر في حلب.", "12", "فرع الهلال الأحمر"),
    ("وتجاوز حجم الصادرات 300 طن هذا الموسم، وفق فرع وزارة التجارة بولاية سوسة.", "300", "فرع وزارة التجارة"),
    ("وأعلن فرع البنك المركزي في البصرة أن 40 مليون دينار صرفت للموظفين.", "40", "فرع البنك المركزي"),
    # near misses: a branch of learning under a title; a branch the company opened (its object)
    ("وقال رئيس فرع الرياضيات في الجامعة إن 40 طالبا نجحوا.", "40", "رئيس فرع الرياضيات"),
    ("وافتتحت الشركة فرعا جديدا في المدينة يضم 25 موظفا.", "25", "الشركة"),
    ("وافتتح فرع جديد للمصرف في المدينة يضم 25 موظفا.", "25", None),  # a new branch is opened, it says nothing
]


@table("text, figure, expected", BRANCHES)
def test_a_branch_is_a_body(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# خلف and شرف are first names after a role when an ال- family name closes the phrase. (text, speaker)
COMMON_WORD_FIRST_NAMES = [
    ("وقال المعلم خلف العتيبي، الذي يدرّس في القرية منذ 20 عاماً، إن الصف يضم 45 تلميذا.", "المعلم خلف العتيبي"),
    ('وقال المزارع شرف الدوسري: "خسرنا 30 طناً من التمور".', "المزارع شرف الدوسري"),
    ("وقال السائق خلف الشمري إن الرحلة تستغرق 6 ساعات.", "السائق خلف الشمري"),
    # near misses: "behind" a place, "honour" of a profession
    ("وقف الحارس خلف السياج، وقال إن 3 لصوص فروا.", "الحارس"),
    ("وأكد الوزير شرف المهنة، مشيراً إلى أن 20 صحفياً قتلوا.", "الوزير"),
]


@table("text, expected", COMMON_WORD_FIRST_NAMES)
def test_common_word_first_names(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# A counted noun or a plural of things is no earlier mention of the person a bare title points back to.
# (text, speaker of the last sentence)
THINGS_ARE_NO_PERSON = [
    ("يعمل في الوادي أكثر من 900 مزارع منتشرين في القرى. وقال المزارع إن سعر الصندوق بلغ 80 ريالا.", "المزارع"),
    ("وتحيط بالبلدة مزارع واسعة. وقال المزارع إن سعر الصندوق بلغ 80 ريالا.", "المزارع"),
    ("وزرنا مزارع ناجحة في الوادي. وقال المزارع إن سعر الصندوق بلغ 80 ريالا.", "المزارع"),
    # near misses: a farmer named before, with or without a name
    ("التقينا المزارع سعيد الحربي في الوادي. وقال المزارع إن سعر الصندوق بلغ 80 ريالا.", "المزارع سعيد الحربي"),
    ("وروى مزارع مسن قصته. وقال المزارع إن سعر الصندوق بلغ 80 ريالا.", "مزارع مسن"),
]


@table("text, expected", THINGS_ARE_NO_PERSON)
def test_things_are_no_person(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# A census or a survey is named through العام and one ل- genitive. (text, figure, claimant)
SURVEY_NAMES = [
    ("ويبلغ عدد سكان المحافظة 1.2 مليون نسمة وفق نتائج التعداد العام للسكان والمساكن لسنة 2022.", "1.2",
     "التعداد العام للسكان والمساكن"),
    ("وارتفعت نسبة البطالة إلى 14 بالمئة حسب المسح الوطني للتشغيل لعام 2023.", "14", "المسح الوطني للتشغيل"),
    ("ويقطن المدينة نحو 800 ألف نسمة بحسب الإحصاء العام للسكان.", "800", "الإحصاء العام للسكان"),
    # near miss: العام is the year, and no name follows
    ("ويقطن المدينة نحو 800 ألف نسمة بحسب التعداد العام الماضي.", "800", "التعداد"),
]


@table("text, figure, expected", SURVEY_NAMES)
def test_survey_names(text: str, figure: str, expected: str) -> None:
    assert claimants(text, figure) == [expected]


# Results are no one, unless they close on إن/أن or a punctuation mark, or a body's name follows. (text, figure,
# claimant)
RESULTS_ARE_NO_ONE = [
    ("وشاركت 40 فرقة في البطولة، في حين تُعلن نتائج التصفيات الأسبوع المقبل.", "40", None),
    ("وتعلن نتائج المسابقة في حفل الختام بحضور 300 ضيف.", "300", None),
    ("وحصل الحزب على 40 بالمئة من الأصوات حسب نتائج مؤسسة غالوب.", "40", "مؤسسة غالوب"),
    # near misses: results that show what أن says; a survey's results
    ("وكشفت نتائج التحاليل أن 12 عينة ملوثة.", "12", "نتائج التحاليل"),
    ("وأظهرت نتائج الدراسة أن 30 بالمئة من الأطفال يعانون من السمنة.", "30", "الدراسة"),
]


@table("text, figure, expected", RESULTS_ARE_NO_ONE)
def test_results_are_no_one(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# An estimate verb with the pronoun of the indefinite noun before it: its subject states the figure. (text, figure,
# claimant)
DESCRIBING_ESTIMATES = [
    ("وشهدت المباراة حضوراً جماهيرياً قدّره المنظمون بأكثر من 20 ألف مشجع.", "20", "المنظمون"),
    ("وخلّف الحريق خسائر قدّرتها الغرفة التجارية بنحو مليون دولار.", "مليون", "الغرفة التجارية"),
    ("وقال الوزير إن المعرض شهد إقبالاً قدّره المنظمون بنحو 5 آلاف زائر.", "5", "المنظمون"),
    ("وقدّر المنظمون عدد الحضور بأكثر من 1500 شخص.", "1500", "المنظمون"),
    # near misses: a description that states no figure; a passive estimate
    ("وشهد المعرض إقبالاً وصفه الزوار بالكبير، وبيع فيه 300 كتاب.", "300", None),
    ("وشهدت المباراة حضوراً كبيراً قدّر بأكثر من 20 ألف مشجع.", "20", None),
]


@table("text, figure, expected", DESCRIBING_ESTIMATES)
def test_estimate_describing_a_noun(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# Whoever issued or announced the document a source word names states it. (text, figure, claimant)
ISSUED_DOCUMENTS = [
    ("وتأهل 12 مطعماً إلى المرحلة النهائية، وفق القائمة التي أعلنت عنها جمعية الطهاة أمس.", "12", "جمعية الطهاة"),
    ("وتضم البعثة 85 رياضياً، حسب اللائحة التي نشرتها اللجنة الأولمبية.", "85", "اللجنة الأولمبية"),
    ("وتبلغ كلفة المشروع 40 مليون دولار، وفق الخطة التي كشفت عنها البلدية.", "40", "البلدية"),
    ("وتبلغ كلفة المشروع 40 مليون دولار، وفق الجدول الذي أعلن عنه الوزير.", "40", "الوزير"),
    # near misses: who saw the plan did not issue it; a law is a rule, no source
    ("وتبلغ كلفة المشروع 40 مليون دولار، وفق الخطة التي اطلعت عليها رويترز.", "40", None),
    ("وتبلغ كلفة المشروع 40 مليون دولار، وفق القانون الذي أقره البرلمان.", "40", None),
]


@table("text, figure, expected", ISSUED_DOCUMENTS)
def test_issuer_of_a_document(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# The كان … قد clause's subject states its figures when a later clause has its own speaker. (text, claims)
KANA_CLAUSE_THEN_SPEAKER = [
    ("وكانت البلدية في صيدا قد أعلنت تخصيص 3 ملايين دولار لتأهيل الشاطئ، وقال رئيس البلدية سامي الحلبي إن "
     "الأشغال ستشمل 12 موقعاً.",
     [("البلدية في صيدا", [("3 ملايين دولار", "البلدية في صيدا")]),
      ("رئيس البلدية سامي الحلبي", [("12 موقعاً", "رئيس البلدية سامي الحلبي")])]),
    ("وكانت الشركة قد أعلنت تسريح 300 عامل، وقال رئيس النقابة محمود الحسن إن 40 عاملا لم يتسلموا تعويضاتهم.",
     [("الشركة", [("300 عامل", "الشركة")]),
      ("رئيس النقابة محمود الحسن", [("40 عاملا", "رئيس النقابة محمود الحسن")])]),
    # near misses: one speaker goes on with a participle; the town alone
    ("وكانت الوزارة قد أعلنت تخصيص 3 ملايين دولار لتأهيل الشاطئ، مؤكدة أن الأشغال ستبدأ قريباً.",
     [("الوزارة", [("3 ملايين دولار", "الوزارة")])]),
    ("وكانت البلدية في صيدا قد أعلنت تخصيص 3 ملايين دولار لتأهيل الشاطئ.",
     [("البلدية في صيدا", [("3 ملايين دولار", "البلدية في صيدا")])]),
]


@table("text, expected", KANA_CLAUSE_THEN_SPEAKER)
def test_kana_clause_then_another_speaker(text: str, expected: list) -> None:
    assert _claims(text) == expected


# What was said (في بيان) or when (في آب) between the body and قد is no seat of the body.
def test_no_seat_in_a_statement_or_a_month() -> None:
    for text in ("وكانت الوزارة في بيان قد أعلنت تخصيص 3 ملايين دولار لتأهيل الشاطئ.",
                 "وكانت الوزارة في آب قد أعلنت تخصيص 3 ملايين دولار لتأهيل الشاطئ."):
        assert all(c is None or "في" not in c for c in claimants(text, "3"))
