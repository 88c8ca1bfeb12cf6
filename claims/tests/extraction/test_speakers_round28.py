"""Round-28 speaker rules, on invented sentences of other topics, with near misses.

- "المسؤول ذاته"، "الوزير نفسه": ذاته/نفسه is no name; the bare title points back to the speaker named before.
- A first name shaped like a verbal noun (إخلاص، إحسان) after a title written before names (الدكتورة، المهندس)
  and before a name particle (عبد، أبو، بن) starts the name; after another title it stays an object.
- A family name shaped like a verbal noun (توفيق، تحسين) closes the name before the outlet told: لـ«…»، لصحيفة.
- A company's legal form (القابضة، المحدودة) stays in the title chain, so the name in apposition follows.
- A first name in ة and an ال- word before بن/بنت carry the name on: "فاطمة الزهراء بن عبد الله".
- ود is the Sudanese "son of", as بن and ولد are.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

CASES = [
    # "X ذاته" after a named speaker: that speaker
    ("وقال مدير ميناء أكادير، سعيد الوزاني، إن الرصيف سيفتح في مارس 2026. "
     "وأضاف المسؤول ذاته أن الكلفة بلغت 40 مليون درهم.",
     ["مدير ميناء أكادير، سعيد الوزاني", "مدير ميناء أكادير، سعيد الوزاني"]),
    ("وقال وزير النقل كريم العلوي إن الخط سيكلف 300 مليون دينار. وأكد الوزير نفسه أن الأشغال تدوم 3 سنوات.",
     ["وزير النقل كريم العلوي", "وزير النقل كريم العلوي"]),
    # near miss: a bare title with no ذاته and no earlier speaker stays as written
    ("وأكد الوزير أن الأشغال تدوم 3 سنوات.", ["الوزير"]),
    # a first name shaped like a verbal noun after الدكتورة and before عبد
    ("وتقول الأستاذة في كلية الطب الدكتورة إحسان عبد الرحيم إن 30% من الحالات لا تشخص.",
     ["الأستاذة في كلية الطب الدكتورة إحسان عبد الرحيم"]),
    # a family name shaped like a verbal noun before the outlet told
    ('وقال المحلل المالي سامر تحسين لـ"الأسواق" إن المؤشر قد يهبط 5%.', ["المحلل المالي سامر تحسين"]),
    ("وقال المحلل المالي سامر تحسين لصحيفة الغد إن المؤشر قد يهبط 5%.", ["المحلل المالي سامر تحسين"]),
    # a company's legal form inside the title
    ("وقال رئيس شركة النخيل للتطوير القابضة، ماجد بن حمد الكعبي، إن المشروع يضم 900 وحدة.",
     ["رئيس شركة النخيل للتطوير القابضة، ماجد بن حمد الكعبي"]),
    # a name in ة and an ال- word, carried on by بن
    ("وقالت القاضية خديجة الزهراء بن يوسف، رئيسة الجلسة، إن الحكم يصدر خلال 10 أيام.",
     ["القاضية خديجة الزهراء بن يوسف"]),
    # near miss: a verbal noun and its object before أبو (a place) is the verb's object
    ("وأعلن الحاكم حالة الطوارئ أبو ظبي لمدة 3 أيام.", ["الحاكم"]),
    # ود: Sudan's "son of"
    ("ويقول التاجر حامد ود النور إن الأسعار ارتفعت 50%.", ["التاجر حامد ود النور"]),
]


@table("text, expected", CASES)
def test_round28_speakers(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# "، لكنه أشار"، "غير أنها أكدت": a contrast carrying a pronoun is never a speaker; the opening verb's subject
# speaks, or, failing one, the speaker is carried on.
PRONOUNS = [
    ("استقبل الوزير سامي حداد الوفد، غير أنه أكد أن المفاوضات تحتاج 3 أشهر.", ["الوزير سامي حداد"]),
    ("وتجول المدير كمال فارس في المصنع، لكنه أشار إلى أن الإنتاج تراجع 20%.", ["المدير كمال فارس"]),
    ("وقال المدرب نبيل الطاهر إن الفريق جاهز. لكنه حذر من أن 4 لاعبين مصابون.",
     ["المدرب نبيل الطاهر", "المدرب نبيل الطاهر"]),
    # near miss: a noun subject before the verb still speaks
    ("وزار المدير المصنع، لكن العمال أكدوا أن الإنتاج تراجع 20%.", ["العمال"]),
]


@table("text, expected", PRONOUNS)
def test_contrast_pronoun(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# An unnamed role keeps "من + a body" (where it works) and a plural of people keeps one بال- word of place, also
# after غير أن / لكن; the outlet told stays out, and a time or a pronoun after من is no workplace.
WORKPLACES = [
    ("غير أن خبيراً في الشؤون المائية من جامعة صفاقس قال إن الحرارة ارتفعت درجتين.",
     ["خبير في الشؤون المائية من جامعة صفاقس"]),
    ("وقال مصدر من وزارة النقل لإذاعة موزاييك إن 12 رحلة ألغيت.", ["مصدر من وزارة النقل"]),
    ("لكن ناشطين حقوقيين بالجهة أكدوا أن 40 عائلة لم تتلق أي تعويض.", ["ناشطين حقوقيين بالجهة"]),
    # near misses: no people, no plural verb; "من" with a time
    ("لكن الأسعار بالجهة ارتفعت بنسبة 15%.", [None]),
    ("وقال مسؤول من جهته إن 12 رحلة ألغيت.", ["مسؤول"]),
]


@table("text, expected", WORKPLACES)
def test_workplaces(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected
