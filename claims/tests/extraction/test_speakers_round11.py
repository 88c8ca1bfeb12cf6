"""Round-11 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from claims.extraction import extract_article
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute_sentences


def _last_speaker(text: str) -> str | None:
    found = attribute_sentences(text, split_sentences(text))[-1]
    return found.speaker if found else None


def _claimants(text: str, figure: str) -> list[str | None]:
    out = extract_article(text, clean=False)
    return [q["claimant"] for c in out["claims"] for q in c["quantities"] if figure in q["expression"]]


# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A communiqué, memo, post or statement speaks for whoever issued it, as بيان does.
    ("وأوضح بلاغ للمديرية العامة للأمن الوطني أن الحملة متواصلة.", "مديرية العامة للأمن الوطني"),
    ("وأكد تصريح صادر عن الرئاسة أن القمة ستعقد في موعدها.", "الرئاسة"),
    ("وأوضح إعلان لوزارة التربية أن التسجيل يبدأ الأحد.", "وزارة التربية"),
    ("وأفاد منشور لمديرية الأمن على فيسبوك بأن الطريق مغلق.", "مديرية الأمن"),
    ("وكشفت مذكرة صادرة عن وزارة المالية أن العجز يتفاقم.", "وزارة المالية"),
    ("وأوضح البلاغ أن الحملة متواصلة.", "البلاغ"),  # no author named: the document, as with البيان
    ("وفق مذكرة التفاهم، تبدأ الأشغال في الربيع.", "مذكرة التفاهم"),  # an agreement, as before
    # Deputies and assistants before a title are titles: "معاون وزير"، "مساعد وزير".
    ("وأكد معاون وزير الصحة، الدكتور سامر خضر، أن المستشفيات تعمل.", "معاون وزير الصحة، الدكتور سامر خضر"),
    ("وقال مساعد وزير الخارجية للشؤون العربية إن الاجتماع سيعقد الأحد.", "مساعد وزير الخارجية للشؤون العربية"),
    ("وقالت مساعدة الرئيس للأمن القومي إن الهجوم فشل.", "مساعدة الرئيس للأمن القومي"),
    ("وقال مساعد العيبان إن المفاوضات مستمرة.", "مساعد العيبان"),  # مساعد as a first name
    # A first name shaped like a verbal noun (أسامة، نادية) in apposition, closed by a comma.
    ("وقال المتحدث باسم الدفاع المدني، أسامة الحربي، إن الحريق أخمد.", "المتحدث باسم الدفاع المدني، أسامة الحربي"),
    ("وقالت الناطقة باسم البلدية، نادية العمري، إن المياه عادت.", "الناطقة باسم البلدية، نادية العمري"),
    ("وقال المتحدث باسم الشرطة، الأحد، إن الطريق فتح.", "المتحدث باسم الشرطة"),  # a day, not a name
    ("وقال المتحدث باسم الشرطة، إدارة المرور، إن الطريق فتح.", "المتحدث باسم الشرطة"),  # a body, not a surname
    # One of a group is read with the group; named in apposition, that person speaks.
    ("وقال أحد التجار، سامي الحلبي، إن الأسعار ارتفعت.", "أحد التجار، سامي الحلبي"),
    ("وقالت إحدى المعلمات، نادية يوسف، إن المدرسة أغلقت.", "إحدى المعلمات، نادية يوسف"),
    ("وقال أحد المسؤولين في الوزارة إن الخطة جاهزة.", "أحد المسؤولين في الوزارة"),
    ("وقال أحد سكان الحي، الذي رفض ذكر اسمه، إن القصف استمر.", "أحد سكان الحي"),
    ("وقال أحد الشهود، الأحد، إن الانفجار وقع فجرا.", "أحد الشهود"),
    ('"هذا أسوأ يوم في حياتي"، قالت إحدى الساكنات.', "إحدى الساكنات"),
    # A workplace in quotes may run past five words to its comma and the appositive name.
    ('وقالت الباحثة في مركز الدراسات الزراعية العربية "أفق"، الدكتورة سلمى ناصر، إن المحصول تراجع.',
     'الباحثة في مركز الدراسات الزراعية العربية "أفق"، الدكتورة سلمى ناصر'),
    ('وقال الخبير في مؤتمر المناخ العالمي السنوي "كوب"، الأحد، إن الانبعاثات سترتفع.', "الخبير"),
    # A body in ل that the title chain cannot read runs to the comma when a name follows there.
    ("وقال المدير العام للمؤسسة الوطنية لمصائد أسماك الخليج، الدكتور فهد الراشد، إن الموسم جيد.",
     "المدير العام للمؤسسة الوطنية لمصائد أسماك الخليج، الدكتور فهد الراشد"),
    ("وقال المدير العام للمؤسسة الوطنية لمصائد أسماك الخليج إن الموسم جيد.",
     "المدير العام للمؤسسة الوطنية لمصائد"),  # no name after it: as before
    # Who is told is not part of the speaker, right after the title either.
    ("وقال الوزير لرويترز إن الاتفاق قريب.", "الوزير"),
    ("وقال مسؤول لرويترز، طالبا عدم نشر اسمه، إن الاتفاق قريب.", "مسؤول"),
    ("وقال الوزير لبيب عزام إن الاتفاق قريب.", "الوزير لبيب عزام"),  # a name in ل stays
    # "وكان X قد فعل …، قال إن": a speech verb after a comma with no subject goes on with the كان … قد subject.
    ("وكانت النقابة قد نظمت اعتصاما في مارس الماضي، قالت إن آلاف العمال شاركوا فيه.", "النقابة"),
    ("وكان الوزير قد زار المصنع في الربيع، قال إن الإنتاج سيرتفع.", "الوزير"),
    ("وكانت النقابة قد نظمت اعتصاما في مارس الماضي، قال إن آلاف العمال شاركوا فيه.", None),  # gender differs
    ("وكانت الأمطار قد هطلت بغزارة الأسبوع الماضي، قالت إن السدود امتلأت.", None),  # rain does not speak
    # Adjectives of origin joined by a dash: a joint body.
    ("وكان فريق بريطاني - فرنسي قد أعلن اكتشاف حطام سفينة.", "فريق بريطاني - فرنسي"),
    ("وقالت اللجنة المصرية - السودانية إن الاجتماعات ستستأنف.", "اللجنة المصرية - السودانية"),
    ("وقال مها العلي إن الموسم انتهى.", "مها العلي"),  # a short name in ها stays a name
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    assert _last_speaker(text) == speaker


# (text, figure in the quantity's expression, claimants of the quantities with that figure)
CLAIMANTS = [
    ("وحسب بلاغ صادر عن المديرية العامة للأمن الوطني، أوقف 15 شخصا.", "15",
     ["المديرية العامة للأمن الوطني"]),
    ("وارتفعت الصادرات بنسبة 12 بالمئة، وفق ما أفاد به بلاغ لمكتب الصرف.", "12", ["مكتب الصرف"]),
    ("وبحسب تصريح لمدير الأمن، اعتقل 12 شخصا.", "12", ["مدير الأمن"]),
    # Who counts or estimates in a relative clause is its antecedent.
    ("وقالت النقابة إن 8 آلاف عامل أضربوا، وهو ما نفته الشركة التي قدرت العدد بنحو 3 آلاف.", "3", ["الشركة"]),
    ("وأكد الوزير أن الهيئة، التي أحصت 40 ألف طلب، ستبت فيها قريبا.", "40", ["الهيئة"]),
    # Other verbs there report nothing of their own: the speaker keeps the figure.
    ("وقالت النقابة إن 8 آلاف عامل أضربوا، وهو ما نفته الشركة التي أعلنت أن 3 آلاف فقط أضربوا.", "3",
     ["النقابة"]),
    # A noun with a possessive pronoun and a preposition of estimate are never a name.
    ("وكان فريق بريطاني - فرنسي قد أعلن اكتشاف حطام سفينة، يقدر عمرها بنحو 300 عام.", "300",
     ["فريق بريطاني - فرنسي"]),
    ("وأكد الطبيب أن عمرها يقدر بنحو 80 عاما.", "80", ["الطبيب"]),
    ("وكان فريق بريطاني قد أعلن اكتشاف حطام سفينة، يقدر عمره بنحو 300 عام.", "300", ["فريق بريطاني"]),
]


@pytest.mark.parametrize(("text", "figure", "claimant"), CLAIMANTS)
def test_claimant(text: str, figure: str, claimant: list[str | None]) -> None:
    assert _claimants(text, figure) == claimant
