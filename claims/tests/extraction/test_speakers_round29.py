"""Round-29 claimant rules, on invented sentences of other topics, with near misses.

- A firm's financial statements ("القوائم المالية"، "الميزانية") are its own: "حققت شركة X أرباحاً …، وفقاً
  للقوائم المالية" credits the firm that opens the sentence, and later "وأظهرت القوائم …"، "وبحسب القوائم"
  go on with it. Other documents with no author keep their reading.
- A bare title resolved to an earlier mention never starts with its لل clitic.
- A title, ب + where its holder works, then a name with no commas ("رئيس قسم الطوارئ بالمستشفى الدكتور فلان
  الفلاني") is one speaker, name included.
- One who only acts (issues, decides, rules: "أما القاضي، فقد أصدر مذكرات توقيف …") is no speaker when a
  source phrase after the act tells of it ("…، وفق ما أفاد مصدر قضائي"): the source speaks.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, figure, claimant)
STATEMENTS = [
    ("سجلت شركة الأسمنت الوطنية صافي ربح بلغ 420 مليون درهم في النصف الأول، وفقاً للقوائم المالية الموحدة.",
     "420", "شركة الأسمنت الوطنية"),
    ("ربحت مجموعة الاتصالات المتحدة 95 مليون دينار العام الماضي، بحسب الميزانية التي نشرتها أمس.",
     "95", "مجموعة الاتصالات المتحدة"),
    ("سجلت شركة الأسمنت الوطنية صافي ربح بلغ 420 مليون درهم، وفقاً للقوائم المالية. "
     "وأظهرت القوائم ارتفاع الإيرادات إلى نحو 1.8 مليار درهم.", "1.8", "شركة الأسمنت الوطنية"),
    ("سجلت شركة الأسمنت الوطنية صافي ربح بلغ 420 مليون درهم، وفقاً للقوائم المالية. "
     "وبحسب القوائم، تراجعت الديون إلى 300 مليون درهم.", "300", "شركة الأسمنت الوطنية"),
    # near miss: statements named with their owner keep it
    ("ارتفعت الودائع إلى 50 مليار ريال، وفقاً لبيانات البنك المركزي.", "50", "البنك المركزي"),
    # near miss: "وأظهرت القوائم" with no firm named before it stays unattributed
    ("وأظهرت القوائم ارتفاع الإيرادات إلى نحو 1.8 مليار درهم.", "1.8", None),
    # near miss: no firm opens the sentence: the statements stay as written
    ("ارتفعت الإيرادات إلى 900 مليون درهم، وفقاً للقوائم المالية.", "900", "القوائم المالية"),
]


@table("text, figure, expected", STATEMENTS)
def test_statements_are_the_firms_own(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# A bare title resolved to an earlier mention that carries a preposition clitic: the claimant starts after it.
CLITIC_MENTIONS = [
    ("وقدم الوزير شكره للمديرية العامة للحماية المدنية على جهودها. وأعلنت المديرية أن 40 شخصاً أصيبوا في الحريق.",
     "40", "المديرية العامة للحماية المدنية"),
    ("ووجه النائب سؤالاً للهيئة الوطنية للانتخابات حول التمويل. وقالت الهيئة إن 12 حزباً قدمت حساباتها.",
     "12", "الهيئة الوطنية للانتخابات"),
    # near miss: a mention with no clitic is kept whole
    ("وأصدرت الهيئة الوطنية للانتخابات تقريرها أمس. وقالت الهيئة إن 12 حزباً قدمت حساباتها.",
     "12", "الهيئة الوطنية للانتخابات"),
]


@table("text, figure, expected", CLITIC_MENTIONS)
def test_no_claimant_starts_with_a_clitic(text: str, figure: str, expected: str) -> None:
    assert claimants(text, figure) == [expected]


# (text, speaker)
ACTS_TOLD_BY_A_SOURCE = [
    ("أما قاضي التحقيق في الشمال، فقد أصدر أمس مذكرات توقيف بحق ثلاثة متهمين، وفق ما أفاد مصدر قضائي.",
     "مصدر قضائي"),
    ("أما المحكمة الابتدائية، فقد أصدرت حكماً بسجن المتهمين 3 سنوات، بحسب ما أفاد محامي الدفاع سامر الخطيب.",
     "محامي الدفاع سامر الخطيب"),
    ("أما النيابة العامة، فقد قررت حفظ الملف، وفق ما أفادت مصادر مطلعة.", "مصادر مطلعة"),
    # near miss: a verb of saying keeps its subject even with a source phrase after it
    ("أما وزير المالية، فقد أعلن أن العجز بلغ 5%، وفق ما أفاد مصدر حكومي.", "وزير المالية"),
    # near miss: no source phrase after the act: as before
    ("أما المحكمة الابتدائية، فقد أصدرت حكماً بسجن المتهمين 3 سنوات.", None),
]


@table("text, expected", ACTS_TOLD_BY_A_SOURCE)
def test_a_source_tells_of_an_act(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


TITLE_WORKPLACE_NAME = [
    ("وقال رئيس قسم الطوارئ بالمستشفى الدكتور سامي العلي إن الحالات استقرت.",
     "رئيس قسم الطوارئ بالمستشفى الدكتور سامي العلي"),
    ("وأوضح مدير الزراعة بالولاية المهندس حامد يوسف عثمان أن الموسم تأخر.",
     "مدير الزراعة بالولاية المهندس حامد يوسف عثمان"),
    ("وقالت مديرة التعليم بالمحافظة منى الحسيني إن الدراسة تستأنف الأحد.", "مديرة التعليم بالمحافظة منى الحسيني"),
    # near miss: a time word after the workplace is no name
    ("وقال مدير التعليم بالمحافظة أمس إن الدراسة تستأنف.", "مدير التعليم"),
]


@table("text, expected", TITLE_WORKPLACE_NAME)
def test_title_workplace_then_name(text: str, expected: str) -> None:
    assert last_speaker(text) == expected
