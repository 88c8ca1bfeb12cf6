"""Round-36 speaker rules (first set), on invented sentences of other topics, with near misses.

- "ويشكو أبو أحمد، وهو سائق أجرة يعمل في المدينة، من أن …": a description "، وهو/وهي …،" (verbs allowed) between
  the complainant and "من أن" keeps the complaint speech; a kunya (أم/أبو + name) speaks.
- "حمّلت النقابة الوزارة مسؤولية …": blame is a statement, only with مسؤولية after it ("حمل المتظاهرون لافتات" is not).
- "أوصى المعهد بخفض الحصص بنسبة 15 في المائة": a recommendation speaks, as a demand does; "وكان X قد أوصى"
  takes X, and a body's name goes on with "في" after its لل- word ("المعهد الوطني للبحث في الصيد البحري").
- "نقلت وسائل إعلام محلية في المدينة عن مسؤول قوله إن": the one quoted speaks, past where the media are; and in a
  later clause ("، بينما نقلت …") he speaks his own part.
- "…، غير أن المحتجين اعتبروا أنها …": a clause opened by غير أن / إلا أن with a plural of people before a plural
  verb is its own speaker's part.
- "ويُتوقع، وفق تجار، أن يصل السعر …": an impersonal imperfect with a source set off by commas is the source's,
  not the last speaker's.
- "حسب ما علمته الصحيفة من مصادر مقربة من الإدارة": the sources close to someone are who it learned it from.
- "محافظة ذي قار": ذي and its genitive end a place's name, not a person's.
"""
from __future__ import annotations

from claims.extraction import extract_article
from claims.extraction.speakers import link_name_variants

from .helpers import claimants, last_speaker, table


def _speakers(text: str) -> list[tuple[str | None, str]]:
    """Return (speaker, first three words) of each claim, cleaning off."""
    return [(c["speaker"], " ".join(c["text"].split()[:3])) for c in extract_article(text, clean=False)["claims"]]


# (text, speaker)
COMPLAINT_AFTER_DESCRIPTION = [
    ("ويشكو أبو أحمد، وهو سائق أجرة يعمل في المدينة منذ سنوات، من أن البنزين مفقود.", "أبو أحمد"),
    ("وتشكو أم سمير، وهي معلمة تقيم في الحي الشرقي، من أن الصفوف مكتظة.", "أم سمير"),
    ("ويشتكي سالم العمري، وهو مزارع، من أن الأسمدة غالية.", "سالم العمري"),
    ("وتشكو أم سمير من أن الصفوف مكتظة.", "أم سمير"),
    # near misses: a complaint of pain, not in words; a description that holds the speech itself
    ("ويشكو سالم، وهو مريض يرقد في المستشفى، من ألم في ظهره.", None),
    ("ويشكو أبو أحمد، وهو يقول إن البنزين مفقود، من الطوابير.", None),
]


@table("text, expected", COMPLAINT_AFTER_DESCRIPTION)
def test_complaint_after_description(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_kunya_complaint_states_its_figures_and_goes_on() -> None:
    text = ('وتشكو أم سمير، وهي أرملة تعيش في المخيم، من أن سعر الغاز ارتفع من 80 ديناراً إلى 120 ديناراً. '
            'وتقول: "لم نعد نطبخ كل يوم".')
    assert claimants(text, "120") == ["أم سمير"]
    assert last_speaker(text) == "أم سمير"


# (text, speaker)
BLAME = [
    ("وحمّلت نقابة المعلمين، في بيان، الوزارة المسؤولية الكاملة عن تأخر الرواتب.", "نقابة المعلمين"),
    ('فقد حمّل بيان صادر عن اتحاد الصيادين يوم الاثنين الشركة مسؤولية "تلوث الشاطئ".', "اتحاد الصيادين"),
    ("وحمّل وزير الصحة الأهالي مسؤولية انتشار الوباء.", "وزير الصحة"),
    # near misses: carrying, and a campaign
    ("وحمل المتظاهرون لافتات كتب عليها شعارات.", None),
    ("وحملت الشاحنة 20 طناً من القمح.", None),
    ("وأطلقت البلدية حملة نظافة واسعة.", "البلدية"),
]


@table("text, expected", BLAME)
def test_blame_speaks(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, speaker)
RECOMMENDATION = [
    ("وكان المرصد الوطني للدراسات في الطاقة المتجددة قد أوصى برفع الدعم بنسبة 12 في المائة.",
     "المرصد الوطني للدراسات في الطاقة المتجددة"),
    ("وأوصت الدراسة بضرورة رفع الدعم إلى 20 في المائة.", "الدراسة"),
    ("وقال الطبيب إن المريض تحسن. وأوصى بالراحة التامة لمدة 10 أيام.", "الطبيب"),
    # near miss: a time between كان and قد is no part of the body's name
    ("وكان المجلس الأعلى للتخطيط في الأسبوع الماضي قد أوصى بخفض الإنفاق.", None),
]


@table("text, expected", RECOMMENDATION)
def test_recommendation_speaks(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_recommending_body_states_its_figures() -> None:
    text = ("وكان المعهد العالي للبحوث في المياه الجوفية قد أوصى في تقرير صادر الشهر الماضي بخفض الضخ بنسبة "
            "25 في المائة، بعدما رصد تراجعاً في المخزون يقدر بـ 40 في المائة.")
    assert claimants(text, "25") == ["المعهد العالي للبحوث في المياه الجوفية"]
    assert claimants(text, "40") == ["المعهد العالي للبحوث في المياه الجوفية"]


# (text, speaker)
RELAYED_PAST_A_PLACE = [
    ("ونقلت وسائل إعلام محلية في المدينة عن مسؤول في البلدية قوله إن الطريق سيفتح غداً.", "مسؤول في البلدية"),
    ("ونقلت وكالة الأنباء الرسمية عن مصدر في الوزارة أن الاجتماع تأجل.", "مصدر في الوزارة"),
    # near misses: goods carried, not words
    ("ونقلت الشاحنات المساعدات في القافلة عن طريق البحر.", None),
    ("ونقلت فرق الإسعاف المصابين في المدينة عن الطريق الرئيسي.", None),
]


@table("text, expected", RELAYED_PAST_A_PLACE)
def test_relayed_past_a_place(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, [(speaker, first three words of its part)])
SECOND_CLAUSE_SPEAKERS = [
    ("وحمّلت النقابة الإدارة مسؤولية الأزمة، بينما نقلت وسائل إعلام محلية عن مسؤول في الإدارة قوله إن "
     "السبب عطل فني.",
     [("النقابة", "وحمّلت النقابة الإدارة"), ("مسؤول في الإدارة", "بينما نقلت وسائل")]),
    ("وقال الوزير إن الأسعار مستقرة، بينما نقلت وكالة رويترز عن مصدر في الشركة قوله إن الأسعار سترتفع "
     "بنسبة 10 بالمئة.",
     [("الوزير", "وقال الوزير إن"), ("مصدر في الشركة", "بينما نقلت وكالة")]),
    ("وأعلنت الشركة عن زيادة الأجور بنسبة 5 بالمئة، غير أن العاملين اعتبروا في بيان وزعوه أمس أنها "
     '"زيادة على الورق".',
     [("الشركة", "وأعلنت الشركة عن"), ("العاملين", "غير أن العاملين")]),
    ("وقال الوزير إن الدعم وصل إلى 300 أسرة، إلا أن الأهالي يشكون من أن الحصة لا تكفي.",
     [("الوزير", "وقال الوزير إن"), ("الأهالي", "إلا أن الأهالي")]),
    # near misses: goods carried in the later clause; a plural of things with a singular verb
    ("وقال الوزير إن الأسعار مستقرة، فيما نقلت الشاحنات البضائع عن طريق البحر.",
     [("الوزير", "وقال الوزير إن")]),
    ("وأعلنت الوزارة عن قانون جديد، غير أن القوانين السابقة تشير إلى أن العقوبة 3 سنوات.",
     [("الوزارة", "وأعلنت الوزارة عن")]),
]


@table("text, expected", SECOND_CLAUSE_SPEAKERS)
def test_second_clause_speakers(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


# (text, speaker of the last sentence)
IMPERSONAL_WITH_SOURCE = [
    ("قال المدير إن السوق هادئ. ويُتوقع، وفق مستوردين، أن يرتفع سعر الأرز إلى 900 دينار.", "مستوردين"),
    ("قال المدير إن السوق هادئ. ويرجح، بحسب خبراء في القطاع، أن يتراجع الطلب.", "خبراء"),
    # near misses: no source, a past verb of the last speaker, a source that is a relayed verb
    ("قال المدير إن السوق هادئ. ويتوقع أن يرتفع السعر.", "المدير"),
    ("قال المدير إن السوق هادئ. وأضاف، بحسب البيان، أن السعر مستقر.", "المدير"),
    ("قال المدير إن السوق هادئ. ويتوقع، بحسب ما قال تجار، أن يرتفع السعر.", "المدير"),
]


@table("text, expected", IMPERSONAL_WITH_SOURCE)
def test_impersonal_with_source(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_impersonal_source_claims_the_figure() -> None:
    text = "قال المدير إن السوق هادئ. ويُتوقع، وفق مستوردين، أن يرتفع سعر الأرز إلى 900 دينار."
    assert claimants(text, "900") == ["مستوردين"]


# (text, claimant of the figure)
LEARNED_FROM_CLOSE_SOURCES = [
    ("وبلغت قيمة الصفقة 4 ملايين دولار، حسب ما علمته الجريدة من مصادر مقربة من مجلس الإدارة.", "مصادر مقربة"),
    ('ووقع اللاعب عقداً بقيمة 3 ملايين يورو، حسب ما علمه "راديو الملاعب" من مصادر قريبة من الملف.',
     "مصادر قريبة"),
    ("وبلغت قيمة الصفقة 4 ملايين دولار، حسب ما علمته الجريدة من مصادر مقربة.", "مصادر مقربة"),
    # near miss: a relative clause after whom they are close to closes nothing
    ("وبلغت قيمة الصفقة 4 ملايين دولار، حسب ما علمته الجريدة من مصادر مقربة من الإدارة التي رفضت التعليق.", None),
]


@table("text, expected", LEARNED_FROM_CLOSE_SOURCES)
def test_learned_from_close_sources(text: str, expected: str | None) -> None:
    assert claimants(text, "ملايين") == [expected]


# (speaker, canonical name)
PLACE_WITH_DHI = [
    ("مدير التربية في محافظة ذي قار سامي الحسيني", "سامي الحسيني"),
    ("محافظ ذي قار", "محافظ ذي قار"),
    # near miss: ذو opening a person's name
    ("ذو الفقار علي", "ذو الفقار علي"),
]


@table("speaker, expected", PLACE_WITH_DHI)
def test_place_with_dhi_is_no_name(speaker: str, expected: str) -> None:
    assert link_name_variants([speaker])[speaker] == expected
