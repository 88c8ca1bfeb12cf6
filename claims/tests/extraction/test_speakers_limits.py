"""General attribution limits, on invented sentences of other topics, with near misses.

- An indefinite subject after إن/أن/لكن is accusative ("لكن مصدراً مطلعاً قال"): it is named in the nominative
  ("مصدر مطلع"); names and words whose base ends in alif (رانيا، لورا) keep their alif.
- A local-government noun (أمانة، بلدية، محافظة …) before a one-word town that closes the phrase is in
  construct with it: "أمانة تبوك"، "بلدية صور".
- A body's name goes on through ل + verbal noun + nouns in construct ("لرصد انتهاكات حقوق الإنسان") when the
  name closes there, and through مع after a verbal noun ("للتعامل مع الألغام"); a plural adjective after لل + noun
  stays in the title when a name set off by commas follows ("للأطباء الشبان، أسماء بن ساسي،").
"""
from __future__ import annotations

from claims.extraction.speakers import nominative_form

from .helpers import claimants, last_speaker, table

# (speaker as written, name given)
ACCUSATIVE_SPEAKERS = [
    ("مصدراً مطلعاً في مديرية كهرباء الموصل", "مصدر مطلع في مديرية كهرباء الموصل"),
    ("مسؤولاً حكومياً رفيعاً", "مسؤول حكومي رفيع"),
    ("مصدرا أمنيا", "مصدر أمني"),  # without the tanween mark
    ("متحدثًا رسميًا باسم الشرطة", "متحدث رسمي باسم الشرطة"),  # the mark before the alif
    ("مسؤولةً رفيعةً في الوزارة", "مسؤولة رفيعة في الوزارة"),
    ("خبيراً في المناخ من جامعة ليون", "خبير في المناخ من جامعة ليون"),
    # near misses: names ending in alif, a dual in construct, a nominative phrase
    ("رانيا العتيبي", "رانيا العتيبي"),
    ("لورا مارتينيز", "لورا مارتينيز"),
    ("رئيسا البلدين", "رئيسا البلدين"),
    ("مصدر مطلع في الوزارة", "مصدر مطلع في الوزارة"),
    ("مصطفى حداد", "مصطفى حداد"),
]


@table("speaker, expected", ACCUSATIVE_SPEAKERS)
def test_accusative_subject_named_in_nominative(speaker: str, expected: str) -> None:
    assert nominative_form(speaker) == expected


# (text, figure, claimant)
ACCUSATIVE_CLAIMANTS = [
    ("لكن مسؤولاً حكومياً رفيعاً أوضح أن 30 مشروعاً توقفت.", "30", "مسؤول حكومي رفيع"),
    ("بيد أن مصدرا أمنيا قال إن 12 شخصا اعتقلوا في المدينة.", "12", "مصدر أمني"),
    ("غير أن مسؤولاً في وزارة النقل قال إن 40 قطارا توقفت.", "40", "مسؤول في وزارة النقل"),
    ("وكانت الشركة قد أعلنت خطة، لكن مصدراً مطلعاً في الشركة قال إن 40 موظفا غادروا.", "40", "مصدر مطلع في الشركة"),
    # near miss: a name after غير أن keeps its spelling
    ("غير أن رانيا العتيبي قالت إن 5 فروع أغلقت.", "5", "رانيا العتيبي"),
]


@table("text, figure, expected", ACCUSATIVE_CLAIMANTS)
def test_accusative_subject_claims_in_nominative(text: str, figure: str, expected: str) -> None:
    assert claimants(text, figure) == [expected]


# (text, speaker): a town's council or province named by a town the lexicon does not know
LOCAL_BODIES = [
    ("وأعلنت أمانة تبوك أن 70 موقعا تضررت.", "أمانة تبوك"),
    ("وقالت بلدية صور في بيان إن الطريق أغلق.", "بلدية صور"),
    ("وأكدت أمانة منطقة حائل أن الأعمال انتهت.", "أمانة منطقة حائل"),
    ("وأعلنت محافظة عجلون عن إغلاق 12 مدرسة.", "محافظة عجلون"),
    ("وأعلنت أمانة جدة إغلاق 40 محلا مخالفا.", "أمانة جدة"),  # a town shaped like a verbal noun, then the object
    # near misses: a definite body, a known city, a time after the body
    ("وأكدت الأمانة أن 70 موقعا تضررت.", "الأمانة"),
    ("وأعلنت بلدية طرابلس أن الطريق أغلق.", "بلدية طرابلس"),
    ("وأعلنت البلدية أمس أن الطريق أغلق.", "البلدية"),
]


@table("text, expected", LOCAL_BODIES)
def test_local_body_named_by_its_town(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, speaker): a body's name goes on through ل + verbal noun + nouns in construct (and مع after a verbal noun)
BODY_PURPOSE_NAMES = [
    ("وقال المرصد العراقي لرصد انتهاكات حقوق الطفل إن 60 طفلا قتلوا.", "المرصد العراقي لرصد انتهاكات حقوق الطفل"),
    ("وقال المركز الليبي لتنظيم أسواق المال، في بيان، إن 12 شركة أدرجت.", "المركز الليبي لتنظيم أسواق المال"),
    ("وأعلن المكتب الوطني للتعامل مع الكوارث أن 300 أسرة نزحت.", "المكتب الوطني للتعامل مع الكوارث"),
    ("وقالت الأمينة العامة للجمعية المغربية للمهندسين الشباب، سلمى العمراني، إن 90 مهندسا هاجروا.",
     "الأمينة العامة للجمعية المغربية للمهندسين الشباب، سلمى العمراني"),
    # near misses: what a body calls for is no part of its name; no name set off by commas after the adjective
    ("ودعت المنظمة الدولية لوقف إطلاق النار، مؤكدة أن 50 مدنيا قتلوا.", "المنظمة الدولية"),
    ("وقالت الهيئة الوطنية لمكافحة الفساد إن 12 ملفا أحيلت.", "الهيئة الوطنية لمكافحة الفساد"),
]


@table("text, expected", BODY_PURPOSE_NAMES)
def test_body_name_with_its_purpose(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, speaker): a definite noun after a complete definite title is the object of a transitive verb
OBJECT_AFTER_TITLE = [
    ("ودعا وزير الزراعة الأهالي إلى تلقيح مواشيهم.", "وزير الزراعة"),
    ("وناشد محافظ المدينة الأهالي التبرع بالدم.", "محافظ المدينة"),
    ("ودعا وزير الداخلية المواطنين إلى الحذر.", "وزير الداخلية"),
    ("وزار محافظ الإقليم الميناء، حيث أكد أن 40 سفينة رست.", "محافظ الإقليم"),
    # near misses: a title chain, a title's adjective, a body named through لل, a نسبة
    ("ودعا رئيس مجلس الوزراء المواطنين إلى الهدوء.", "رئيس مجلس الوزراء"),
    ("ودعا رئيس الحكومة المستقيلة إلى الهدوء.", "رئيس الحكومة المستقيلة"),
    ("ودعا وزير الصحة العامة إلى التطعيم.", "وزير الصحة العامة"),
    ("ودعا الأمين العام للأمم المتحدة الأطراف إلى الحوار.", "الأمين العام للأمم المتحدة"),
    ("ودعت منظمة الصحة العالمية الدول إلى التحرك.", "منظمة الصحة العالمية"),
    ("ودعت المديرية العامة للغابات المواطنين إلى التبليغ.", "المديرية العامة للغابات"),
]


@table("text, expected", OBJECT_AFTER_TITLE)
def test_object_after_title(text: str, expected: str) -> None:
    assert last_speaker(text) == expected
