"""Table-driven cases for round 41's dates, quantities, speakers and credits: figures a body "عرضها"/"كشفها",
a day of a month ahead after "مرجّحة" or "المقبل", a phone number after "هو", a person named before a long
description with figures, and a national agency credited after its city.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, dates_found, quantities_found, table
from .test_cleaning import clean_checked

SHOWN_BY = [  # (text, figure, claimants): the document a body shows or discloses is the body's
    ("وبحسب الأرقام الأولية التي عرضتها المفوضية، حصل التحالف على 45 مقعداً.", "45", ["المفوضية"]),
    ("وبحسب البيانات التي كشفتها الوزارة، بلغ العجز 3 مليارات دينار.", "3", ["الوزارة"]),
    # must not change: عرض with its own object is no document's author
    ("وعرضت القناة فيلماً عن 300 عائلة نازحة.", "300", [None]),
]


@table("text, figure, expected", SHOWN_BY)
def test_figures_a_body_shows_are_its_own(text, figure, expected):
    assert claimants(text, figure) == expected


COMING_DATES = [  # (text, published, expected): a day of a month ahead after a word that looks forward
    ("وقالت إن التصويت جاء متشدداً، مرجحة أن يبقي البنك الفائدة في 18 سبتمبر.", "2025-08-07",
     [("18 سبتمبر", "2025-09-18")]),
    ("ويبقي البنك الفائدة دون تغيير حتى اجتماعه المقبل في 18 سبتمبر.", "2025-08-07", [("18 سبتمبر", "2025-09-18")]),
    # must not change: a past act, with no word looking forward
    ("وأغلق السوق على ارتفاع في 18 سبتمبر.", "2025-08-07", [("18 سبتمبر", "2024-09-18")]),
]


@table("text, published, expected", COMING_DATES)
def test_a_day_ahead_after_a_forward_word(text, published, expected):
    assert dates_found(text, published) == expected


PHONE_AFTER_COPULA = [  # (text, expected): "<label> … هو <number>" names the number, it counts nothing
    ("وذكرت أن الرقم الموحد لاستقبال البلاغات هو 911.", []),
    ("ورقم الطوارئ هو 112.", []),
    # must not change: a count after هو
    ("وعدد المصابين هو 45 شخصاً.", [("45 شخصاً", 45.0, "exact")]),
]


@table("text, expected", PHONE_AFTER_COPULA)
def test_a_number_named_after_its_label_and_copula_is_no_count(text, expected):
    assert quantities_found(text) == expected


DESCRIBED_NAMES = [  # (text, speakers): a name, a description with figures in it, then the verb
    ('محمود عبد العال، سائق يبلغ من العمر 43 عاماً ويعمل على التطبيق منذ 2019، قال لـ"الأهالي" إنه يقطع 250 كيلومتراً.',
     ["محمود عبد العال"]),
    ("سعاد المرزوقي، موظفة تعمل في المصرف منذ 12 عاماً، ترى أن 40% من القروض متعثرة.", ["سعاد المرزوقي"]),
    # must not change: a description without figures
    ("منى سعيد، أم لثلاثة أبناء، ترى أن 40% من الأسر تعاني.", ["منى سعيد"]),
]


@table("text, speakers", DESCRIBED_NAMES)
def test_a_name_before_a_description_with_figures_speaks(text, speakers):
    assert clause_speakers(text) == speakers


TITLE = "الحكومة توقع اتفاقية لإنجاز مشروع للطاقة الشمسية بقيمة 3 مليارات دولار"
LEAD = ("وقّعت وزارة الطاقة، أمس الثلاثاء في العاصمة، اتفاقية إطارية مع تحالف دولي لإنجاز مشروع للطاقة الشمسية "
        "بقدرة 2000 ميغاواط، يمتد تنفيذه على ثلاث مراحل.")
SECOND = ("وأوضح وزير الطاقة أن المرحلة الأولى ستدخل حيز التشغيل سنة 2028، وأن المشروع سيوفر نحو 4 آلاف فرصة عمل "
          "مباشرة خلال فترة الإنجاز.")
THIRD = ("ويأتي توقيع الاتفاقية بعد أشهر من المفاوضات مع التحالف، الذي يضم شركات من ثلاث دول، وسط توقعات بأن يسهم "
         "المشروع في خفض فاتورة استيراد الوقود.")

AGENCY_DATELINES = [  # (the line under the title, credit)
    ("نواكشوط – الوكالة الموريتانية للأنباء", "الوكالة الموريتانية للأنباء"),
    ("بيروت - الوكالة الوطنية للإعلام", "الوكالة الوطنية للإعلام"),
    ("الرباط - وكالة المغرب العربي للأنباء", "وكالة المغرب العربي للأنباء"),
]


@table("line, credit", AGENCY_DATELINES)
def test_a_national_agency_after_its_city_is_the_credit(line, credit):
    cleaned = clean_checked("\n".join(["موريتانيا الآن", "أخبار وطنية | اقتصاد | ثقافة | رياضة | دولية | مقالات", "",
                                       TITLE, "", line, LEAD, "", SECOND, "", THIRD]))
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
    assert cleaned.body.startswith(LEAD)


def test_an_agency_own_name_atop_its_page_is_no_credit():
    # must not change: the agency's masthead over its own story
    cleaned = clean_checked("\n".join(["الوكالة الموريتانية للأنباء", "أخبار وطنية | اقتصاد | ثقافة | رياضة", "",
                                       TITLE, "", LEAD, "", SECOND, "", THIRD]))
    assert cleaned.source_credit is None


BELIEFS = [  # (text, speakers): "يعتقد X أن" states X's view, as "يرى X أن"
    ("ويعتقد الباحث في المركز غريغوري ألين أن 40% من المشاريع ستتأخر.", ["الباحث في المركز غريغوري ألين"]),
    ("وتعتقد الشرطة أن 3 أشخاص فروا من السجن.", ["الشرطة"]),
    # must not change: the passive "ويُعتقد أن" has no subject and carries no earlier speaker
    ("وقال الوزير إن الخطة جاهزة. ويعتقد أن 40% من المشاريع ستتأخر.", ["الوزير", None]),
]


@table("text, speakers", BELIEFS)
def test_a_stated_belief_has_its_speaker(text, speakers):
    assert clause_speakers(text) == speakers


PAPERS = [  # (text, speakers): a research paper speaks for the centre that published it
    ("غير أن ورقة بحثية نشرها مركز كارنيغي للشرق الأوسط حذرت من أن الاستهلاك قد يتجاوز 20 مليون لتر يومياً.",
     ["مركز كارنيغي للشرق الأوسط"]),
    # must not change: a working paper handed in, a bargaining chip
    ("وقدم الوفد ورقة عمل تتضمن 12 مقترحاً.", [None]),
    ("وتستخدم الحكومة الصفقات ورقة ضغط في 3 ملفات.", [None]),
]


@table("text, speakers", PAPERS)
def test_a_paper_speaks_for_its_publisher(text, speakers):
    assert clause_speakers(text) == speakers
