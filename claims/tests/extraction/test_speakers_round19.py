"""Round-19 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A workplace (ميناء، مطار، متحف، سجن) heads a title's construct as a body does; the name set off by
    # commas after its own name still belongs to the title.
    ("وقال مدير ميناء عدن، سالم الحارثي، إن الحركة عادت إلى طبيعتها.", "مدير ميناء عدن، سالم الحارثي"),
    ("وقالت مديرة متحف الفن الحديث، ليلى حداد، إن المعرض يستمر شهرا.", "مديرة متحف الفن الحديث، ليلى حداد"),
    ("وأوضح مدير مطار قرطاج خالد بن علي أن الرحلات استؤنفت.", "مدير مطار قرطاج خالد بن علي"),
    # near misses: a title without a name, and a town's name as a title's complement
    ("وقال مدير مصفاة بيجي إن الإنتاج استؤنف.", "مدير مصفاة بيجي"),
    ("وقال رئيس البلدية، محمد العلي، إن الأشغال تنتهي قريبا.", "رئيس البلدية، محمد العلي"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round19(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # An unnamed source in a workplace named after it: "مصدر في مطار عدن الدولي".
    ("وقال مصدر في مطار عدن الدولي إن 5 رحلات ألغيت.", "5", "مصدر في مطار عدن الدولي"),
    ("وقال مسؤول في ميناء الحديدة لرويترز إن 3 سفن رست.", "3", "مسؤول في ميناء الحديدة"),
    # near miss: "في" with no workplace or body after it leaves the source bare
    ("وقال مصدر في اتصال هاتفي إن 7 منازل تضررت.", "7", "مصدر"),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round19(text, figure, expected):
    assert claimants(text, figure) == [expected]


# Round 19, second pass: (text, speaker of the last sentence or None)
SPEAKERS_2 = [
    # "أما X، فقد VERB": the topic after أما is the subject of the verb after فقد, as after a ف- verb.
    ("أما الوزارة، فقد أكدت أن المشروع يسير وفق الجدول.", "الوزارة"),
    ("أما النقابة فقد أكدت أن الإضراب مستمر.", "النقابة"),
    # near miss: a topic that is no speaker leaves the verb its own subject
    ("أما المشروع، فقد أكد الوزير أن العمل مستمر.", "الوزير"),
    # A doer's noun (فاعل) before a name reads with the name: "الناجي محمود سعيد"; alone it stays as written.
    ("وقال الناجي محمود سعيد إن القارب انقلب.", "الناجي محمود سعيد"),
    ("وقال الشاهد إن القارب انقلب فجأة.", "الشاهد"),
    # روى tells an account with أن; without it (irrigate, narrate a story) nobody speaks.
    ("وروى أحد الشهود أنه رأى الحادث.", "أحد الشهود"),
    ("وتروي المياه الأراضي الزراعية.", None),
    ("وروى الكاتب في روايته الجديدة قصة مدينة منسية.", None),
    # A bare body that names the last speaker again is that speaker, not a construct mentioned in between.
    ("وأوضح المركز الوطني للأرصاد أن الرياح حول مركز المنخفض قوية. وتوقع المركز أمطارا غزيرة.",
     "المركز الوطني للأرصاد"),
    # near miss: the main clause after a وبينما clause gives the sentence's speaker
    ("وبينما يرى الخبير الاقتصادي سامر خليل أن التضخم مرتفع، تقول الوزيرة إن الأسعار مستقرة.", "الوزيرة"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS_2)
def test_speakers_round19_second_pass(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS_2 = [
    # A body after ل, named by a noun and its relative adjective, made the count: "حصيلة أولية للدفاع المدني".
    ("وخلّف الحريق، وفق حصيلة أولية للدفاع المدني، 12 مصابا.", "12", "الدفاع المدني"),
    # near misses: a poll "of public opinion" asks it; a ل- topic gives way to the issuer named after it
    ("وأظهر استطلاع للرأي العام أن 40% يؤيدون القرار.", "40%", "استطلاع للرأي العام"),
    ("وبحسب التقرير السنوي للحوادث المرورية الصادر عن الإدارة، سجلت البلاد 900 حادث.", "900", "الإدارة"),
    # "وفق ما أوضحته الهيئة" as "وفق ما أعلنته"
    ("وسجلت البلاد 900 حادث، وفق ما أوضحته الهيئة.", "900", "الهيئة"),
    # A later clause's speech verb with a definite noun and relative adjective states its figures.
    ("وأعلنت البلدية إغلاق الطريق، فيما أوضح الهلال الأحمر أنه أسعف 7 مصابين.", "7", "الهلال الأحمر"),
    # near miss: a verb that records is no speech: the economy states nothing
    ("وأعلنت الحكومة خطة التقشف، فيما سجل الاقتصاد المحلي نموا بنسبة 3%.", "3%", "الحكومة"),
    # A وبينما clause's subject states its own figures, before the main clause's speaker.
    ("وبينما يرى الخبير الاقتصادي سامر خليل أن التضخم قد يبلغ 9%، تقول الوزيرة إن الأسعار مستقرة.", "9%",
     "الخبير الاقتصادي سامر خليل"),
    # An adjective naming the issuer makes a memo a source ("مذكرة التفاهم" is an agreement).
    ("وحسب المذكرة الوزارية، فإن 300 منصب مخصصة للتعليم.", "300", "المذكرة الوزارية"),
    ("وحسب المذكرة، فإن 300 منصب مخصصة للتعليم.", "300", None),
    # Seizures told in the passive go on with the report before them.
    ("وبحسب بيان الجمارك، أحبطت الفرق تهريب 3 شحنات. وضُبط بحوزة المهربين 20 كيلوغراما من الذهب.", "20",
     "الجمارك"),
    ("وأحبطت الفرق تهريب 3 شحنات. وضُبط بحوزة المهربين 20 كيلوغراما من الذهب.", "20", None),
    # The body that holds a meeting states what it reviews or approves in it.
    ("وعقدت البلدية اجتماعا مع السكان، ناقشت خلاله إصلاح 40 طريقا.", "40", "البلدية"),
    ("وعقدت هيئة الطرق بمحافظة الجهراء جلسة طارئة، استعرضت خلالها صيانة 15 جسرا.", "15", "هيئة الطرق"),
    # near miss: training courses are no meeting
    ("وعقدت الفرق 3 دورات تدريبية، استعرضت خلالها 40 حالة.", "40", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS_2)
def test_claimants_round19_second_pass(text, figure, expected):
    assert claimants(text, figure) == [expected]
