"""A body's act claims the figures it sets: state debt it auctions or sells (طرح، باع), the topic of أما answered by
"فقد" + a setting verb, and a setting clause opened by "بعد أن" that holds the sentence's first figures."""
from __future__ import annotations

from .helpers import claimants, table

# (text, figure, claimant of the figure)
CASES = [
    # State debt a central bank or a treasury auctions or sells: its own figures, as أصدر's.
    ("طرح مصرف المغرب، أمس الثلاثاء، نيابة عن الخزينة العامة، سندات حكومية بقيمة 12 مليار درهم.", "12 مليار",
     "مصرف المغرب"),
    ("وطرحت وزارة المالية الأردنية أذونات خزينة بقيمة 300 مليون دينار لأجل عام.", "300 مليون",
     "وزارة المالية الأردنية"),
    ("وكان المصرف المركزي قد باع الأسبوع الماضي أذوناً لأجل 91 يوماً بقيمة 9 مليارات دينار.", "9 مليارات",
     "المصرف المركزي"),
    # "أما X، فقد VERB": the topic of أما is the body that sets the figure.
    ("أما المصرف المركزي الليبي، فقد ثبّت سعر الصرف عند 4,8 دنانير للدولار.", "4,8", "المصرف المركزي الليبي"),
    ("أما البنك المركزي العماني، فقد خفض سعر الفائدة بـ25 نقطة أساس.", "25 نقطة", "البنك المركزي العماني"),
    # "بعد أن قرر X …": the clause of time holds the sentence's first figures, which the body sets.
    ("وجاءت الخطوة بعد أن قررت هيئة تنظيم الاتصالات، في اجتماعها الأخير، رفع الرسوم إلى 15 ديناراً.",
     "15 دينار", "هيئة تنظيم الاتصالات"),
    # must not change: a firm's trade, a seller who is no body, a thing as أما's topic, a figure before بعد أن
    ("وباع المستثمرون الأجانب أسهماً بقيمة 40 مليون دولار خلال الجلسة.", "40 مليون", None),
    ("وطرح الوزير سؤالاً عن مصير 30 مشروعاً متعثراً.", "30 مشروع", None),
    ("أما الأسعار، فقد رفعها التجار إلى 12 ديناراً للكيلو.", "12 دينار", None),
    ("وارتفعت الأسهم 3% بعد أن خفض البنك المركزي الفائدة إلى 5%.", "3%", None),
]


@table("text, figure, expected", CASES)
def test_body_sets_figures(text, figure, expected):
    assert claimants(text, figure) == [expected]
