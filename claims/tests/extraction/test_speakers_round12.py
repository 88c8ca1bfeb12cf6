"""Round-12 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # والي: a governor in the Maghreb and Mauritania is a title.
    ("وقال والي وهران، محمد سعيدي، إن الطريق سيفتح الأسبوع المقبل.", "والي وهران، محمد سعيدي"),
    ("وأكد الوالي أن المياه عادت إلى الأحياء.", "الوالي"),
    # Court rulings: the court or the judge speaks.
    ("قضت محكمة الاستئناف أمس ببراءة المتهمين.", "محكمة الاستئناف"),
    ("وحكمت القاضية على المتهم بالسجن.", "القاضية"),
    ("وكانت المحكمة الإدارية قد قضت بإلغاء القرار.", "المحكمة الإدارية"),
    # Not a court: قضى "spent" or "put an end to", حكمت the first name.
    ("قضى الوزير عطلته في الجبال.", None),
    ("قضت الأمطار على المحاصيل.", None),
    # An order is a decision: its giver speaks when a body or an official.
    ("أمر الرئيس بفتح تحقيق في الحادث.", "الرئيس"),
    ("وكانت النيابة العامة قد أمرت بحبس السائق.", "النيابة العامة"),
    ("أمر طبيعي أن يتأخر القطار في الشتاء.", None),
    # Coordinated titles and a quoted firm before the name in apposition.
    ("وقال المؤسس والمدير التنفيذي لـ\"سلة\"، رامي الحربي، إن التطبيق توسع.",
     "المؤسس والمدير التنفيذي لـ\"سلة\"، رامي الحربي"),
    ("وقال المدير العام لـ\"بريد\"، سعيد الكندي، لـ\"الوطن\"، إن الطرود تأخرت.",
     "المدير العام لـ\"بريد\"، سعيد الكندي"),
    ("وقال المدير لـ\"الوطن\" إن الطرود تأخرت.", "المدير"),  # told to an outlet
    ("وقال المدير لـ\"الوطن\"، إن الطرود تأخرت.", "المدير"),
    # A digital firm named after منصة.
    ("وأعلنت منصة \"سلة\" أن عدد المتاجر تضاعف.", "منصة \"سلة\""),
    # سامر is a first name, not the future س before أمر.
    ("وبحضور الوزير سامر الخطيب افتتح المعرض.", None),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round12(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A court that rules states the sentence and the sums.
    ("قضت محكمة الجنايات، برئاسة القاضي سالم المري، أمس، بحبس المتهمين وإلزامهم برد مبلغ 3.5 ملايين درهم.",
     "3.5 ملايين", "محكمة الجنايات"),
    ("كما قضت المحكمة بتغريم الشركة 50 ألف دينار.", "50 ألف", "المحكمة"),
    ("قضت العاصفة على 40 منزلاً في القرية.", "40", None),
    # The grounds of a ruling speak for it.
    ("وبحسب حيثيات القرار، خالفت الشركة ما لا يقل عن 9 بنود من العقد.", "9", "حيثيات القرار"),
    # An order's giver states its figures.
    ("وكان رئيس الحكومة قد أمر برفع عدد المنح إلى 2000 منحة.", "2000", "رئيس الحكومة"),
    ("أمر الملك بإطلاق سراح 300 سجين.", "300", "الملك"),
    ("أمر الرئيس بصرف منحة قدرها 200 دينار لكل أسرة.", "200", "الرئيس"),  # بصرف is what is ordered
    ("قرر وزير الزراعة خالد بلعيد توزيع 5000 طن من البذور.", "5000", "وزير الزراعة خالد بلعيد"),
    # "وكانت X قد رصدت N": the body between كان and قد counts the figure (رصد is no speech verb).
    ("وكانت المفوضية (الأممية) قد رصدت في تقريرها الأخير أكثر من 300 انتهاك.", "300", "المفوضية (الأممية)"),
    ("وكانت وزارة الصحة قد رصدت 450 إصابة بالحصبة.", "450", "وزارة الصحة"),
    ("وكان اللاعب قد رصد 20 ألف دولار لمشروعه.", "20 ألف", None),  # no body that counts
    # A verbal noun of stating: its genitive states the that-clause after it, not the figures before it.
    ("وارتفعت الأسهم 3% بعد إعلان البنك المركزي أن التضخم تراجع إلى 2.1%.", "2.1%", "البنك المركزي"),
    ("وارتفعت الأسهم 3% بعد إعلان البنك المركزي أن التضخم تراجع إلى 2.1%.", "3%", None),
    ("وجاء القرار بعد أيام من تأكيد منظمة الصحة العالمية أن 12 دولة سجلت إصابات.", "12", "منظمة الصحة العالمية"),
    ("ونشرت الصحيفة إعلان الشركة عن 40 وظيفة شاغرة.", "40", None),  # an advertisement, no أن
    # A source adjective (مطلعة) ends an unnamed source: the definite noun after it is the verb's object.
    ("وبلغت المبيعات 5 ملايين، فيما تقدّر مصادر مطلعة القيمة السوقية للمصنع بنحو 90 مليون دولار.",
     "90 مليون", "مصادر مطلعة"),
    ("وقال مصدر مطلع في وزارة النفط إن الإنتاج بلغ 3 ملايين برميل.", "3 ملايين", "مصدر مطلع في وزارة النفط"),
    # What a side participle relays, a named body that closes the sentence states.
    ("وانتقدت نقابة المزارعين القرار، مشيرة إلى أن أسعار الأسمدة ارتفعت 30%، وفق دائرة الإحصاءات العامة.",
     "30%", "دائرة الإحصاءات العامة"),
    ("وقال الوزير إن الدين بلغ 90 مليار دولار، مؤكداً أن العجز تراجع إلى 4%، بحسب صندوق النقد الدولي.",
     "90 مليار", "الوزير"),  # his own clause before the participle stays his
    ("وقال الوزير إن العجز تراجع إلى 4%، بحسب صندوق النقد الدولي.", "4%", "الوزير"),  # his reported speech
    ("وقال الوزير إن الدين بلغ 90 مليار، مضيفاً: \"العجز تراجع إلى 4%\"، بحسب صندوق النقد الدولي.",
     "4%", "الوزير"),  # his quoted words
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round12(text, figure, expected):
    assert claimants(text, figure) == [expected]
