"""Round-33 speaker and claimant rules, on invented sentences of other topics, with near misses.

- A title holder's name in apposition after a workplace that is itself named for a person ("في معهد عصام
  فارس للسياسات العامة، الدكتور نديم حداد،"), or after a role with no workplace ("صاحب المكتبة، الهادي بن
  عمر،": an ال- first name carried on by بن).
- عالم/عالمة before a field is a title: "عالم الكواكب في جامعة هونغ كونغ، تشاو يو،".
- A named person described by "، وهو/وهي …،": after أما ("أما محمد علي، وهو موظف، فيرى أن") and as the
  opening verb's subject that a later و- speech verb with no subject goes on with ("تقف منية، وهي أم …، وتقول:").
- A body's figures announced in a relative clause, then when: "الحصيلة التي أعلنتها الهيئة مساء الاثنين قد أشارت".
- A document speaks for the body that issued it after بيّن ("وبيّن التقرير أن"), and after أما with when it
  came out ("أما تقرير البنك الدولي الصادر في أيار الماضي، فقدّر أن").
- قدّر states a range with بين, after an opening connective: "بدورها، قدّرت المنظمة الكلفة بين 150 و250".
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

NAME_AFTER_NAMED_WORKPLACE = [
    ("قال الباحث الاقتصادي في معهد عصام فارس للسياسات العامة، الدكتور نديم حداد، إن الأزمة بنيوية.",
     "الباحث الاقتصادي في معهد عصام فارس للسياسات العامة، الدكتور نديم حداد"),
    ("وأكدت الطبيبة في مستشفى الملك فهد، سارة العلي، أن الحالات خفيفة.",
     "الطبيبة في مستشفى الملك فهد، سارة العلي"),
    # near misses: no name in apposition after the workplace, or a day set off by commas
    ("قال الطبيب في مستشفى الملك فهد إن الحالات خفيفة.", "الطبيب في مستشفى الملك فهد"),
    ("قال الطبيب في مستشفى الملك فهد، الأحد، إن الحالات خفيفة.", "الطبيب في مستشفى الملك فهد"),
]


@table("text, expected", NAME_AFTER_NAMED_WORKPLACE)
def test_name_in_apposition_after_a_workplace_named_for_a_person(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


AL_FIRST_NAME_WITH_LINEAGE = [
    ("ويؤكد صاحب المخبزة، الناجي بن سالم، أن الطحين لا يكفي.", "صاحب المخبزة، الناجي بن سالم"),
    ("وقال مدير المدرسة، الهادي بن عمر، إن الدروس ستبدأ غداً.", "مدير المدرسة، الهادي بن عمر"),
    # near misses: an ال- word with no lineage after it, or a body, is no name
    ("ويؤكد صاحب المخبزة، الناجي، أن الطحين لا يكفي.", "صاحب المخبزة"),
    ("وقال مدير المدرسة، الوزارة بن عمر، إن الدروس ستبدأ غداً.", "مدير المدرسة"),
]


@table("text, expected", AL_FIRST_NAME_WITH_LINEAGE)
def test_al_first_name_with_lineage_in_apposition(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


SCIENTIST_TITLE = [
    ("من جهته، رأى عالم الكواكب في جامعة هونغ كونغ، تشاو يو، أن الاكتشاف مهم.",
     "عالم الكواكب في جامعة هونغ كونغ، تشاو يو"),
    ("وقالت عالمة الأحياء سارة ميلر إن العينات نادرة.", "عالمة الأحياء سارة ميلر"),
    # near misses: the world is no speaker's title
    ("قال إن العالم يواجه أزمة غذاء.", None),
    ("ويشهد العالم أزمة غذاء حادة.", None),
]


@table("text, expected", SCIENTIST_TITLE)
def test_scientist_before_a_field_is_a_title(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


DESCRIBED_NAMED_PERSON = [
    ('أما سامي خليل، وهو موظف في الأربعين من عمره، فيرى أن "الأسعار جنونية".', "سامي خليل"),
    ('في سوق الخضار، تقف سعاد، وهي أم لثلاثة أطفال، أمام البسطة وتقول: "كل شيء غلا".', "سعاد"),
    ("تجلس سعاد، وهي معلمة متقاعدة، في شرفتها وتقول إن الحي تغير.", "سعاد"),
    # near misses: the و- verb has its own subject, a relative clause intervenes, or no description names a person
    ("تجلس سعاد، وهي معلمة متقاعدة، في شرفتها وتقول جارتها إن الحي تغير.", None),
    ("تجلس سعاد، وهي معلمة متقاعدة، في شرفتها التي قالت إنها تحبها.", None),
    ("أما الوضع، وهو صعب، فيرى الخبراء أنه سيتحسن.", "الخبراء"),
]


@table("text, expected", DESCRIBED_NAMED_PERSON)
def test_named_person_described_by_huwa(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


TOLL_ANNOUNCED_THEN_WHEN = [
    ("وكانت الحصيلة الأولية التي أعلنتها وزارة الصحة مساء الاثنين قد أشارت إلى إصابة 37 شخصاً.", "وزارة الصحة"),
    ("الحصيلة التي أعلنتها الهيئة يوم الأحد أشارت إلى مقتل 5 أشخاص.", "الهيئة"),
    ("وكان الوزير مساء الاثنين قد أكد أن الحصيلة ثقيلة.", "الوزير"),
    # near misses: a second subject after the time, or words other than a time before the verb
    ("وكانت الحصيلة التي أعلنتها الهيئة مساء الاثنين وتقارير الصحف قد أشارت إلى مقتل 5 أشخاص.", None),
    ("وكانت الحصيلة التي أعلنتها الهيئة بعد الحادث قد أشارت إلى مقتل 5 أشخاص.", None),
]


@table("text, expected", TOLL_ANNOUNCED_THEN_WHEN)
def test_subject_then_time_before_the_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


DOCUMENT_SPEAKS_FOR_ITS_BODY = [
    ("كشف البنك المركزي أن الحصة بلغت 81%. وبيّن التقرير أن متوسط العملية انخفض إلى 52 ريالاً.", "البنك المركزي"),
    ("أما تقرير البنك الدولي الصادر في أيار الماضي، فقدّر أن التضخم تراجع إلى 18%.", "البنك الدولي"),
    ("أما تقرير البنك الدولي الصادر أمس، فقدّر أن التضخم تراجع إلى 18%.", "البنك الدولي"),
    # near misses: بين as "between", أبرز before results, and a document issued by no named time
    ("كشف البنك المركزي أن الحصة بلغت 81%. وبين التقرير والواقع فجوة كبيرة.", None),
    ("كشف البنك المركزي أن الحصة بلغت 81%. وأبرز النتائج أن الحصة ارتفعت.", None),
    ("أما تقرير البنك الدولي الصادر عن مكتبه في بيروت، فقدّر أن التضخم تراجع إلى 18%.", None),
]


@table("text, expected", DOCUMENT_SPEAKS_FOR_ITS_BODY)
def test_document_speaks_for_its_body(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


ESTIMATED_RANGE = [
    ("بدورها، قدّرت جمعية حماية المستهلك كلفة الأضاحي بين 800 و1200 دينار، بحسب دراسة نشرتها أمس.",
     "جمعية حماية المستهلك"),
    ("وقدّرت الوزارة الخسائر بين 10 و20 مليون دولار.", "الوزارة"),
    # near misses: a passive estimate, and a later clause's estimate that keeps the first clause's source
    ("وقُدّرت الخسائر بين 10 و20 مليون دولار.", None),
    ("بلغت النسبة 41% بحسب المفوضية، فيما قدّرتها الشبكة بين 30 و40%.", "المفوضية"),
]


@table("text, expected", ESTIMATED_RANGE)
def test_estimate_stated_as_a_range(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_claimant_of_a_figure_in_a_toll_announced_by_a_body() -> None:
    text = ("ارتفع عدد المصابين إلى 112 شخصاً، وفق ما أفادت به هيئة الصحة، اليوم الأربعاء. "
            "وكانت الحصيلة الأولية التي أعلنتها الهيئة مساء الاثنين قد أشارت إلى إصابة 37 شخصاً.")
    assert claimants(text, "37") == ["هيئة الصحة"]  # the bare الهيئة resolved to the body named before
