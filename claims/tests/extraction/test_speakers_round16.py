"""Round-16 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "أرجع X قراره إلى": a decision traced back to its reason is X's statement, whatever source follows.
    ("وأرجع المجلس قراره، في بيان، إلى تحسن الإيرادات، إذ ارتفعت الصادرات 8%، وفق بيانات هيئة الجمارك.",
     "المجلس"),
    ("وأرجعت الشركة خطوتها إلى ارتفاع الطلب.", "الشركة"),
    ("وأرجعت السلطات المهاجرين إلى بلدانهم.", None),  # sending back: no cause, no speech
    # A carried speaker keeps a sentence a source phrase closes: the source names only who gives its figures.
    ("قال رئيس النقابة سمير الحداد إن الأجور تأخرت. وأشار إلى أن المتأخرات بلغت 40 مليون دينار، بحسب "
     "تقديرات محاسبين في القطاع.", "رئيس النقابة سمير الحداد"),
    ("ارتفعت الأسعار أمس. وبلغت المتأخرات 40 مليون دينار، بحسب نقابة المحاسبين.", "نقابة المحاسبين"),  # no carry
    # A body that sets a figure claims it (below) but says nothing: a rate cut is an event.
    ("وكان البنك المركزي قد خفض سعر الفائدة بواقع 50 نقطة أساس.", None),
    # "وفق البيان" alone: the statement an earlier sentence named, so its body.
    ("وأفادت الشركة، في بيان، بأن أرباحها ارتفعت. وسجلت المبيعات 3 ملايين وحدة، وفق البيان.", "الشركة"),
    ("وسجلت المبيعات 3 ملايين وحدة، وفق البيان.", "البيان"),  # no body before: the document stays
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round16(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A title resolved to a name written before still speaks in its own sentence: a later clause a named
    # source closes is the source's.
    ("قالت هيئة تنظيم الكهرباء إن الأسعار ستبقى. وأرجعت الهيئة قرارها، في بيان، إلى استقرار الكلفة، إذ "
     "تراجع سعر الوقود 6%، وفق بيانات وزارة الطاقة.", "6%", "وزارة الطاقة"),
    # A body that sets, cuts or raises a figure claims it (as one that decides, قرر, does).
    ("وحددت الهيئة سعر الطن بحوالي 300 دولار.", "300", "الهيئة"),
    ("وكان البنك المركزي قد خفض سعر الفائدة بواقع 50 نقطة أساس.", "50", "البنك المركزي"),
    ("ورفعت الحكومة، أمس، أسعار الوقود بنسبة 10%.", "10%", "الحكومة"),
    # near misses: a team's tally, a player, a cut told by a source, a setting verb in a later clause
    ("ورفع المنتخب رصيده إلى 12 نقطة.", "12", None),
    ("وخفض اللاعب وزنه إلى 80 كيلوغراماً.", "80", None),
    ("وخفضت الحكومة الضرائب بنسبة 5%، بحسب وزارة المالية.", "5%", "وزارة المالية"),
    ("وتراجعت الأسعار 3% بعد أن خفضت الحكومة الضرائب.", "3%", None),
    # Decision masdars with a body after them: "إقرار مجلس الوزراء خطة بكلفة …".
    ("ويأتي ذلك بعد شهر على إقرار البرلمان، في جلسة طارئة، موازنة بقيمة 4 مليارات دينار.", "4 مليارات",
     "البرلمان"),
    ("ويأتي ذلك بعد إقرار موازنة بقيمة 4 مليارات دينار.", "4 مليارات", None),  # no one named
    # Two source phrases: each closes its own clause, even with a time adverb after it.
    ("ويعمل في القطاع نحو 30 ألف عامل، بحسب نقابة العمال، فيما بلغت الصادرات 900 مليون دولار، وفق ما "
     "أعلنته غرفة التجارة الشهر الماضي.", "900 مليون", "غرفة التجارة"),
    ("ويعمل في القطاع نحو 30 ألف عامل، بحسب نقابة العمال، فيما بلغت الصادرات 900 مليون دولار، وفق ما "
     "أعلنته غرفة التجارة الشهر الماضي.", "30 ألف", "نقابة العمال"),
    # The lead's unattributed figures are the body's that speaks in the very next sentence.
    ("لقي 4 عمال حتفهم في انهيار سقف مصنع بالمدينة الصناعية. وقالت شركة الكهرباء الوطنية، في بيان، إن "
     "المصنع كان مغلقاً.", "4 عمال", "شركة الكهرباء الوطنية"),
    # near misses: a person speaks next, or the next sentence carries no one
    ("لقي 4 عمال حتفهم في انهيار سقف مصنع. وقال الطبيب سامر يوسف إن المصابين بحالة مستقرة.", "4 عمال", None),
    ("لقي 4 عمال حتفهم في انهيار سقف مصنع. وتواصل فرق الإنقاذ البحث.", "4 عمال", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round16(text, figure, expected):
    assert claimants(text, figure) == [expected]
