"""Where a speaker's personal name ends (round 24): invented sentences of other topics, with near misses.

A verb's object after the subject's name is no part of the name (a body, a place, a sound plural, a rule or plan, a
derived verbal noun), while family names with ال- (nisba names, compounds with الله/الدين/العابدين, plurals in -ات
that إن/أن closes), kunya and lineage chains (أبو، ولد) and family names shaped like a plural or a verbal noun
(فرحات، شحادة) stay in it.
"""
from __future__ import annotations

import pytest

from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute_sentences
from claims.extraction.speakers.names import _person_name

from .helpers import last_speaker, table

# (text, speaker of the last sentence or None)
OBJECTS_AFTER_NAMES = [
    # A body right after the name, closed by a comma before a participle: the opening verb's object.
    ("وحمّل النائب سامي عون الحكومة، مؤكدا أن الرواتب تأخرت ثلاثة أشهر.", "النائب سامي عون"),
    # A rule, plan or decision (القرار، الخطة، القانون) is no family name either.
    ("وانتقدت الناشطة ليلى حداد القرار، معتبرة أنه يضر بالمستأجرين.", "الناشطة ليلى حداد"),
    # A sound plural, even before أن: who is told.
    ("وأبلغ المدرب رامي فاخوري اللاعبين أن التدريب سيستأنف الأحد.", "المدرب رامي فاخوري"),
    # A plural in -ات, or a construct "سائقي/قائدي + plural", after a surname used alone.
    ("ودعا العتيبي سائقي الشاحنات إلى تجنب الطريق الساحلي.", "العتيبي"),
    ("ودعا الشهري قائدي الدراجات إلى ارتداء الخوذ.", "الشهري"),
    ("ودعا المدير وليد الشركات إلى الالتزام بالمواعيد.", "المدير وليد"),
    # A derived verbal noun or a plural of the shape أفعال, with its complement after it.
    ("ودعا الوزير نادر الأطراف إلى الحوار.", "الوزير نادر"),
    ("وانتقد النائب هشام التصعيد في الجنوب، مؤكدا أنه خطير.", "النائب هشام"),
    # The object after an ال- family name tells that the family name is one: it stays in, the object out.
    ("ودعا رئيس البلدية خالد الزواري المواطنين إلى ترشيد المياه.", "رئيس البلدية خالد الزواري"),
    ("وطالب النقيب فراس الخصاونة الوزارة بصرف المستحقات.", "النقيب فراس الخصاونة"),
    # ... and the genitive of a plain head before an object: "أولياء الأمور" ask the ministry.
    ("وطالب أولياء الأمور الوزارة بتأجيل الامتحانات.", "أولياء الأمور"),
    # near miss: an indefinite verbal noun after the name is the object, whatever closes the clause
    ("وأعلن الوزير خالد حمدان زيادة في الرواتب، مؤكدا أنها ضرورية.", "الوزير خالد حمدان"),
    # "داخل" is a preposition, like "في": where the unnamed source sits, not a name.
    ("وكشف مصدر داخل الاتحاد أن المدرب سيرحل.", "مصدر داخل الاتحاد"),
]

NAMES_THAT_END_IN_AL = [
    # Compound given names and nisba family names keep their ال- parts.
    ("وقال المدير العام عبد الله الحربي إن الموسم ناجح.", "المدير العام عبد الله الحربي"),
    ("وقال الطبيب عبد الرحمن العتيبي للصحفيين إن الحالات تراجعت.", "الطبيب عبد الرحمن العتيبي"),
    ("وقال المهندس نور الدين الزواري في تصريح إن الأشغال انتهت.", "المهندس نور الدين الزواري"),
    ("وقال الكاتب صلاح الدين العلي إن المعرض ناجح.", "الكاتب صلاح الدين العلي"),
    ("وقال زين العابدين السالمي إن المعرض ناجح.", "زين العابدين السالمي"),
    # A family name in -ات or of a verbal-noun shape, closed by إن/أن.
    ("وقال الباحث أيمن العبيدات إن المسح اكتمل.", "الباحث أيمن العبيدات"),
    ("وقال الأستاذ أحمد التوفيق إن الدروس ستستأنف.", "الأستاذ أحمد التوفيق"),
    # A title's complement is part of the title; a body's genitive part of the body.
    ("وقال وزير الخارجية سامي عون إن المفاوضات مستمرة.", "وزير الخارجية سامي عون"),
    ("وأكدت وزارة الصحة أن اللقاحات متوفرة.", "وزارة الصحة"),
    ("وأظهرت نشرة سوق العقارات أن الأسعار ارتفعت.", "نشرة سوق العقارات"),
    # A place after a point of the compass says where the body lies.
    ("وأعلنت محافظة نينوى شمالي العراق أن المدارس ستغلق.", "محافظة نينوى شمالي العراق"),
    ("وقالت محافظة صعدة، شمال غربي اليمن، إن الطرق مغلقة.", "محافظة صعدة، شمال غربي اليمن"),
    # A kunya or a lineage after the ال- family name carries the name on (أبو، ولد).
    ("وقال مدير المستشفى صالح العمري أبو سيف إن الأسرة ممتلئة.", "مدير المستشفى صالح العمري أبو سيف"),
    ("وقال المرشح أحمد السالك ولد الحسن إن الحملة انطلقت.", "المرشح أحمد السالك ولد الحسن"),
]

FAMILY_NAMES_SHAPED_AS_NOUNS = [
    # A family name in -ات or -ة after a first name, which a bracket, a relative pronoun or باسم + the body
    # spoken for closes; "retired" (المتقاعد) and "staff" (الركن) qualify the rank before the name.
    ("وقال اللواء المتقاعد نبيل بركات باسم «رابطة قدامى المحاربين» إن المطالب محقة.",
     "اللواء المتقاعد نبيل بركات"),
    ("وقالت الممرضة نادية شحادة (40 عاماً) إن المستشفى مكتظ.", "الممرضة نادية شحادة"),
    ("وقال المزارع سامي سعادة الذي يملك بستانا في الوادي إن المحصول تضرر.", "المزارع سامي سعادة"),
    ("وقال العقيد الركن محمود الخطيب إن الحدود آمنة.", "العقيد الركن محمود الخطيب"),
    # near misses: "باسم" as a first name, and a number in brackets after a plain noun
    ("وقال المدرب باسم مرعي إن الفريق جاهز.", "المدرب باسم مرعي"),
    ("وقال المحامي إن القانون رقم (4) لسنة 2020 يمنع ذلك.", "المحامي"),
]


FIRST_NAMES_SHAPED_AS_NOUNS = [
    # A common first name in ة or of the shape فعل keeps an ال- family name, whatever closes it: a clause set off by
    # commas, who is told, the speech verb after it (subject first).
    ("وقالت سمر العلي، وهي معلمة، إن الرواتب تأخرت 3 أشهر.", "سمر العلي"),
    ("هند الشمري قالت إن المدرسة أغلقت أبوابها.", "هند الشمري"),
    ("وقالت فاطمة الخضار، وهي بائعة في السوق، إن الأسعار ارتفعت.", "فاطمة الخضار"),
    ("وتقول المواطنة جميلة السعدي للصحفيين إن المياه انقطعت.", "المواطنة جميلة السعدي"),
    ("وقال حمزة الزعبي، وهو سائق أجرة، إن الوقود نفد.", "حمزة الزعبي"),
    ("وقالت الطالبة رحمة المحمدي، 20 عاما، إن الامتحان كان صعبا.", "الطالبة رحمة المحمدي"),
    ("وقالت رهف العمر، وهي طالبة، إن القاعات مكتظة.", "رهف العمر"),
    ("مليكة البوعزاوي أكدت أن الحافلات لم تصل.", "مليكة البوعزاوي"),
    # A first name shaped like a strong verbal noun or a plural (إيمان، أحلام، توفيق، إلياس) alone, or with a
    # family name closed by إن/أن, or of origin closed by a comma or who is told.
    ("وقالت إيمان إن الحصة لا تكفي.", "إيمان"),
    ("وقالت الناشطة أحلام الكبيسي إن الحملة مستمرة.", "الناشطة أحلام الكبيسي"),
    ("وقال توفيق العنزي، وهو مزارع، إن المحصول تضرر.", "توفيق العنزي"),
    ("وقال المهندس إلياس الخوري إن الجسر سيفتح قريبا.", "المهندس إلياس الخوري"),
    ("وقالت الدكتورة إلهام الجبوري إن الإصابات تراجعت.", "الدكتورة إلهام الجبوري"),
    # near misses: the same words as common nouns, the object of the title's verb or no subject at all
    ("وأكد الوزير تحسين الخدمات للمواطنين، مشيرا إلى أن العمل مستمر.", "الوزير"),
    ("وأعلن الرئيس انتصار الجيش، مؤكدا أن الحرب انتهت.", "الرئيس"),
    ("وكشفت الوزيرة أسماء الضحايا، مؤكدة أن التحقيق مستمر.", "الوزيرة"),
    ("وأعلن المحافظ حالة الطوارئ، وهي الثالثة هذا العام.", "المحافظ"),
    ("وقال إن الأمل قائم في التوصل إلى حل.", None),
    ("وأكدت الهيئة أن نصر الفريق كان مستحقا.", "الهيئة"),
    ("وقال مصدر أمني إن الهجوم فشل.", "مصدر أمني"),
]

KUNYAS = [
    # After أم (and أبو، بن، عبد) علي/على is the son's name however it is spelled, whatever follows it.
    ("وقالت أم علي أمام المخبز إن الخبز نفد منذ الصباح.", "أم علي"),
    ("وتقول أم على، وهي أم لخمسة أطفال، إن المساعدات توقفت.", "أم على"),
    # An imperfect verb agreeing with the kunya (ت after أم، ي after أبو) is what its bearer does, not a name.
    ("وقالت أم خالد تنتظر دورها إن الطابور طويل.", "أم خالد"),
    ("ويقول أبو سامي يبيع الخضار منذ 30 عاما إن الأسعار تضاعفت.", "أبو سامي"),
    # near misses: a name that looks like an imperfect goes on with the kunya; a kunya closed by إن
    ("وقال أبو محمد يوسف إن الطريق مقطوع.", "أبو محمد يوسف"),
    ("وقالت أم خالد إن الخبز نفد.", "أم خالد"),
    ("وقال أبو علي أمام الحشد إن المخيم مكتظ.", "أبو علي"),
]


@table("text, speaker", FIRST_NAMES_SHAPED_AS_NOUNS + KUNYAS)
def test_first_names_and_kunyas(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


@table("text, speaker", OBJECTS_AFTER_NAMES + NAMES_THAT_END_IN_AL + FAMILY_NAMES_SHAPED_AS_NOUNS)
def test_speaker_name_ends(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


# (speaker string, its personal name's words, normalised)
PERSON_NAMES = [
    ("مدير المستشفى صالح العمري أبو سيف", ["صالح", "العمري", "ابو", "سيف"]),
    ("المرشح أحمد السالك ولد الحسن", ["احمد", "السالك", "ولد", "الحسن"]),
    # near miss: a name with no lineage after it
    ("الطبيب عبد الرحمن العتيبي", ["عبد", "الرحمن", "العتيبي"]),
    # a kunya keeps its أم, and علي its place before a name word
    ("البائعة أم علي", ["ام", "علي"]),
    ("الطالب علي حسين", ["علي", "حسين"]),
]


@table("speaker, words", PERSON_NAMES)
def test_person_name_keeps_lineage(speaker: str, words: list[str]) -> None:
    assert _person_name(speaker) == words


# Sentences that end without a punctuation mark (a headline, a cut paragraph) on a title and a place phrase.
UNPUNCTUATED = [
    "وقال رئيس البلدية في المنطقة",
    "وتحدث مدير المدرسة في القرية الشمالية",
]


@pytest.mark.parametrize("text", UNPUNCTUATED)
def test_unpunctuated_place_phrase_reads(text: str) -> None:
    attribute_sentences(text, split_sentences(text))  # no IndexError past the last token
