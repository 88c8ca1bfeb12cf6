"""Round-35 speaker rules (second set), on invented sentences of other topics, with near misses.

- A name of three parts whose middle word is shaped like a noun in ة (عبده، حمزة، عطية): "المزارع سالم حمزة
  العلي أن" names him; "أعلن الرئيس محمد حمزة الطوارئ في" is his name and the verb's object.
- "إذ سجلت محطات الرصد …": a record verb whose subject is stations or devices has its own subject; it does not
  take the main clause's subject (a place that "witnessed" a wave), and a later "بحسب …" names the source.
- "على ضفة النهر، يقف الصياد X …، ويقول": a scene set with على opens the sentence as one with في does.
- "يشكو/اشتكى X من أن …": a complaint in words speaks, and states the figures of its clause ("…، إلا أن الأهالي
  يشكون من أن الحصة لا تتجاوز 20 لتراً"); "يشكو من ألم" says nothing. الأهالي speak as السكان do.
- "مختار" is a village head's title and a first name: after a role and before plain name words that end the
  phrase it is the name ("السائق مختار علي إن"); "مختار قرية الرام" stays the title.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
MIDDLE_NAMES_SHAPED_LIKE_NOUNS = [
    ('وقال البائع مختار عبده سالم لـ"الأمناء": "السوق الجديد بعيد".', "البائع مختار عبده سالم"),
    ("وأكد المزارع سالم حمزة العلي أن المحصول تضرر.", "المزارع سالم حمزة العلي"),
    ('وقالت المعلمة هدى عطية منصور لـ"الشروق" إن الصفوف مكتظة.', "المعلمة هدى عطية منصور"),
    ("وأوضح السائق خالد أسامة يوسف، وهو من سكان الحي، أن الطريق مغلق.", "السائق خالد أسامة يوسف"),
    ("وقال الطبيب محمد عبده إن المستشفى ممتلئ.", "الطبيب محمد عبده"),
    ("فيما ذكرت الزائرة فاطمة يوسف أنها انتظرت طويلاً.", "الزائرة فاطمة يوسف"),  # a first name in ة, after a role
    # near misses: the noun-shaped word and an object after it, closed by a preposition or nothing
    ("وأعلن الرئيس محمد حمزة الطوارئ في البلاد.", "الرئيس محمد"),
    ("وانتقد النائب سامي عطية الحكومة بشدة.", None),
]


@table("text, expected", MIDDLE_NAMES_SHAPED_LIKE_NOUNS)
def test_middle_name_shaped_like_a_noun(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, speaker)
TITLE_THAT_IS_A_FIRST_NAME = [
    ("وقال السائق مختار علي إن الطريق مغلق.", "السائق مختار علي"),
    ("وقال المزارع مختار علي الحسني، إن الموسم جيد.", "المزارع مختار علي الحسني"),
    ("وقال المزارع مختار إن الموسم جيد.", "المزارع مختار"),
    # near misses: the village head with his village or quarter
    ("وأكد مختار قرية الرام أن الجرافات وصلت.", "مختار قرية الرام"),
    ("وقال مختار الحي إن المياه مقطوعة.", "مختار الحي"),
    ("وقال مختار البلدة نبيل أبو خليل إن المياه مقطوعة.", "مختار البلدة نبيل أبو خليل"),
]


@table("text, expected", TITLE_THAT_IS_A_FIRST_NAME)
def test_title_that_is_a_first_name(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, speaker)
RECORDING_MEANS_AFTER_WHEREAS = [
    ("وتشهد المدينة موجة حر، إذ سجلت المحطات 50 درجة، بحسب ما أفادت به هيئة الأرصاد الجوية.", "هيئة الأرصاد الجوية"),
    ("وتعيش العاصمة موجة حر غير مسبوقة، حيث سجلت أجهزة القياس 49 درجة مئوية، وفق هيئة الأرصاد.", "هيئة الأرصاد"),
    ("وشهد الطريق حوادث كثيرة، إذ رصدت كاميرات المراقبة 300 مخالفة، بحسب إدارة المرور.", "إدارة المرور"),
    # near misses: the body records with no means named, or through its own crews
    ("وواصلت وزارة الصحة حملتها، إذ سجلت 40 إصابة جديدة.", "وزارة الصحة"),
    ("وواصلت وزارة الصحة حملتها، إذ سجلت فرقها 40 إصابة جديدة.", "وزارة الصحة"),
    ("وواصلت وزارة الصحة حملتها، إذ سجلت فرق الوزارة 40 إصابة جديدة.", "فرق الوزارة"),
]


@table("text, expected", RECORDING_MEANS_AFTER_WHEREAS)
def test_recording_means_after_whereas(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, speaker)
SCENE_SET_WITH_ON = [
    ("على رصيف الميناء، يجلس الصياد سامي سالم قرب قاربه، ويقول إن الأسماك قلت.", "الصياد سامي سالم"),
    ("وعلى أطراف المدينة، تقف الأرملة سعاد حسن أمام خيمتها، وتقول: \"لم يصلنا شيء\".", "الأرملة سعاد حسن"),
    ("وسط السوق القديم، يقف التاجر خالد يوسف أمام دكانه، ويقول إن الأسعار تضاعفت.", "التاجر خالد يوسف"),
    # near misses: a scene with no one in it; connectives with على
    ("على الرغم من الأمطار، تواصلت الأعمال في الموقع، وقال المهندس إن المشروع سينتهي.", "المهندس"),
    ("على ضفة النهر، تنتشر الأسماك النافقة، ويقول: \"المياه ملوثة\".", None),
    ("على صعيد آخر، أعلنت الوزارة خطة جديدة، وقالت إنها ستنفذ قريباً.", "الوزارة"),
]


@table("text, expected", SCENE_SET_WITH_ON)
def test_scene_set_with_on(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, speaker)
COMPLAINTS = [
    ("ويشكو الأهالي من أن الماء مالح منذ أسابيع.", "الأهالي"),
    ("وتشكو المعلمة سعاد حسن من أن الصفوف مكتظة.", "المعلمة سعاد حسن"),
    ('واشتكى السكان: "لا ماء منذ أسبوع".', "السكان"),
    ("وفي الحي، اشتكى سكان العمارات في الطرف الشرقي من أن المصعد معطل.", "سكان العمارات"),
    # near misses: a complaint of pain or an injury reports no words
    ("ويشكو المريض من ألم في ظهره منذ أن سقط.", None),
    ("واشتكى اللاعب من إصابة في الركبة.", None),
]


@table("text, expected", COMPLAINTS)
def test_complaint_in_words(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant)
COMPLAINED_FIGURES = [
    ("وكانت الوزارة قد أعلنت عن 25 محطة، إلا أن الأهالي يشكون من أن الحصة لا تتجاوز 20 لتراً.", "20", "الأهالي"),
    ("وكانت الوزارة قد أعلنت عن 25 محطة، إلا أن الأهالي يشكون من أن الحصة لا تتجاوز 20 لتراً.", "25", "الوزارة"),
    ("وافتتحت البلدية 3 مدارس جديدة، لكن أولياء الأمور يشتكون من أن الصف يضم 50 تلميذاً.", "50", "أولياء الأمور"),
]


@table("text, figure, expected", COMPLAINED_FIGURES)
def test_complained_figures(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]
