"""Round-29 claimant rules, on invented sentences of other topics, with near misses.

- A firm's financial statements ("القوائم المالية"، "الميزانية") are its own: "حققت شركة X أرباحاً …، وفقاً
  للقوائم المالية" credits the firm that opens the sentence, and later "وأظهرت القوائم …"، "وبحسب القوائم"
  go on with it. Other documents with no author keep their reading.
"""
from __future__ import annotations

from .helpers import claimants, table

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
