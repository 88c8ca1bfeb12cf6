"""Round-36 speaker and claimant rules (B), on invented sentences of other topics, with near misses.

- A two-word name set off by commas after a title is the title holder's, even when the family name is shaped like
  a verbal noun after "علي" ("، علي حمية،") or starts like و/ف + ال- ("، ماريو فالنتي،"); not "، علي حدة،".
- An ال- family name right before a ب- + ال- complement ends the name: "ورحب الرئيس محمود العوران بالقرار".
- After a verb whose object takes ب (رحب، أشاد، ندد، نوه), a first name shaped like a verbal noun and an ال- family
  name before the ب- object are the title holder's name: "ورحب رئيس نقابة المعلمين عودة الخوالدة بالقرار، وقال".
- A feminine kin noun with "his/her" (زوجته، والدته، ابنته، شقيقته) is its own speaker, never the last one carried.
- An indefinite local body's plural (بلديات) takes its town too: "اتحاد بلديات صور"; the town closes before قد,
  a speech verb or من أن.
- "المكرم/المكرمة" (an Omani honorific) opens a name as سعادة does: "قال المكرم سالم بن حمد الهنائي".
- A quoted organisation name may run to five words, a number among them: صحيفة "إل موندو 24 ساعة".
- "أحالت الوزارة 14 موظفاً إلى التحقيق": the body that refers people counts them.
- A figure's source that is a bare back-reference ("بحسب بيان للهيئة") to the body the sentence names in full is
  that body.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

APPOSED_NAMES = [
    ("وقال وزير الري في الحكومة المؤقتة، علي حمية، إن السد سيفتتح في الربيع.",
     "وزير الري في الحكومة المؤقتة، علي حمية"),
    ("وقالت مديرة المتحف الوطني، ماريا فالنتي، إن المعرض استقبل زوارا كثيرين.",
     "مديرة المتحف الوطني، ماريا فالنتي"),
    ("وأوضح رئيس نادي الشطرنج، جورج والتري، أن البطولة ستقام في الصيف.",
     "رئيس نادي الشطرنج، جورج والتري"),
    # near misses: a manner after على written with ي, a word in و/ف + ال- alone, a time phrase
    ("وقال الوزير، علي حدة، إن كل ملف سيدرس.", "الوزير"),
    ("وقال مدير الشركة، فالمسؤول، إن الخطة جاهزة.", "مدير الشركة"),
    ("وقال الوزير، بعد الاجتماع، إن الخطة جاهزة.", "الوزير"),
]

SURNAME_BEFORE_BA = [
    ("ورحب رئيس نقابة الأطباء سامر الخطيب بالقرار، وقال إن المستشفيات جاهزة.", "رئيس نقابة الأطباء سامر الخطيب"),
    ("وأشادت مديرة المدرسة هالة المومني بالطلبة، وقالت إن النتائج ممتازة.", "مديرة المدرسة هالة المومني"),
    # near misses: a body or a plural after the first name is the verb's object
    ("وطالب النائب أحمد الحكومة بالتحرك، وقال إن الوضع خطير.", "النائب أحمد"),
    ("وطالب النائب أحمد المستثمرين بالتحرك، وقال إن الوضع خطير.", "النائب أحمد"),
]

NAME_BEFORE_BA_OBJECT = [
    ("ورحب رئيس نقابة المعلمين عودة الخوالدة بالقرار، وقال إن المدارس جاهزة.",
     "رئيس نقابة المعلمين عودة الخوالدة"),
    ("ونددت رئيسة الجمعية رحمة الزعبي بالاعتداء، وقالت إن المتاجر تضررت.", "رئيسة الجمعية رحمة الزعبي"),
    # near misses: other verbs take a bare object; the ب- object right after the title
    ("وأكد الوزير عودة الحياة بالكامل، وقال إن الأسواق فتحت.", "الوزير"),
    ("ورحب الوزير بعودة الحياة، وقال إن الأسواق فتحت.", "الوزير"),
]

KIN_SPEAKERS = [
    ("وقال قائد الشرطة سالم العبادي إن الرجل اعتُقل أمس. وقالت زوجته إن الأسرة لم تُبلّغ.", "زوجته"),
    ("وقال مدير المدرسة إن الطالب غاب أسبوعاً. وأكدت والدته أنه كان مريضاً.", "والدته"),
    ("وقال الطبيب إن المريض تحسن. وقالت ابنته إنه سيخرج غداً.", "ابنته"),
    ("وقال المحامي إن الجلسة أجلت. وأوضحت شقيقته أن العائلة ستستأنف.", "شقيقته"),
]

LOCAL_BODIES = [
    ("وكان اتحاد بلديات جبيل قد حذر من أن الطرق تضررت.", "اتحاد بلديات جبيل"),
    ("وحذر اتحاد بلديات صور من أن الطرق تضررت.", "اتحاد بلديات صور"),
    ("وكانت بلدية صيدا قد أعلنت أن الطرق تضررت.", "بلدية صيدا"),
    ("بلدية صور حذرت من أن الطرق تضررت.", "بلدية صور"),
    # near miss: a noun the phrase goes on with is no town
    ("وحذرت بلدية عدد من القرى من أن الطرق تضررت.", "بلدية"),
]

QUOTED_NAMES = [
    ("وذكرت صحيفة \"إل موندو 24 ساعة\" أن الحكومة ستستقيل.", "صحيفة \"إل موندو 24 ساعة\""),
    ("وقالت مجموعة \"بنك أوف أمريكا للأوراق المالية\" إن الأرباح ارتفعت.",
     "مجموعة \"بنك أوف أمريكا للأوراق المالية\""),
    # near miss: a definite noun is not followed by its name; the quote is the statement
    ("وقالت الشركة \"إنها لن تدفع شيئاً\".", "الشركة"),
]


HONORIFICS = [
    ("وقال المكرّم سالم بن حمد الهنائي، عضو مجلس الدولة، إن الموازنة تحتاج إلى مراجعة.", "المكرّم سالم بن حمد الهنائي"),
    ("وأكدت المكرمة ليلى البلوشية أن المدارس بحاجة إلى معلمين.", "المكرمة ليلى البلوشية"),
    # near miss: the holy city's adjective stays with its city
    ("وقالت شرطة مكة المكرمة إن الطرق مزدحمة.", "شرطة مكة المكرمة"),
]


@table("text, speaker", APPOSED_NAMES + SURNAME_BEFORE_BA + NAME_BEFORE_BA_OBJECT + KIN_SPEAKERS + LOCAL_BODIES + QUOTED_NAMES + HONORIFICS)
def test_speaker(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


FIGURE_CLAIMANTS = [
    # a source quoted by a paper: the sources, not the bare word صحيفة
    ("ونقلت صحيفة \"إل موندو 24 ساعة\" عن مصادر في القطاع أن المصنع سيسرّح 300 عامل.", "300",
     ["مصادر"]),
    # a body that refers people counts them
    ("أحالت وزارة الصحة، الأحد، 12 طبيباً إلى لجنة التأديب.", "12", ["وزارة الصحة"]),
    ("وأحالت النيابة العامة 5 متهمين إلى محكمة الجنايات.", "5", ["النيابة العامة"]),
    # near miss: a coach is no body or official that counts
    ("وأحال المدرب 4 لاعبين إلى الفريق الرديف.", "4", [None]),
    # a bare back-reference to the body the sentence names in full
    ("ووقعت هيئة تشجيع الاستثمار الأجنبي، الخميس، اتفاقية لتمويل 40 مشروعاً ناشئاً، بحسب بيان للهيئة.", "40",
     ["هيئة تشجيع الاستثمار الأجنبي"]),
    ("وافتتحت وزارة السياحة 15 فندقاً جديداً في الجنوب، بحسب بيان للوزارة.", "15", ["وزارة السياحة"]),
    # near miss: a different body is not resolved to the speaker
    ("وقالت وزارة الزراعة إن الإنتاج بلغ 3 ملايين طن، بحسب بيان للهيئة.", "3 ملايين", ["وزارة الزراعة"]),
]


@table("text, figure, expected", FIGURE_CLAIMANTS)
def test_claimant(text: str, figure: str, expected: list[str | None]) -> None:
    assert claimants(text, figure) == expected
