"""Round-13 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants

# (text, figure, claimant of the figure)
CLAIMANTS = [
    # An indefinite nisba after a document noun describes it ("internal"), it names no author.
    ("ارتفع عدد المستفيدين إلى 12 ألفاً، حسب وثيقة داخلية اطلعت عليها الصحيفة.", "12 ألف", "وثيقة داخلية"),
    ("ارتفع عدد المستفيدين إلى 12 ألفاً، حسب بيانات الداخلية.", "12 ألف", "الداخلية"),  # the ministry
    # Data compiled by a named outlet or a quoted name: the compiler is the source, not the word بيانات.
    ("بلغ سعر الأوقية 2400 دولار، بحسب بيانات «رويترز».", "2400", "رويترز"),
    ("بلغ سعر الأوقية 2400 دولار، وفق بيانات جمعتها رويترز.", "2400", "رويترز"),
    ("بلغ سعر الأوقية 2400 دولار، بحسب تقديرات بلومبرغ.", "2400", "بلومبرغ"),
    ("بلغ سعر الأوقية 2400 دولار، بحسب بيانات رسمية.", "2400", "بيانات رسمية"),  # described, no author
    ("بلغ النمو 3%، بحسب تقرير «آفاق الاقتصاد».", "3%", "تقرير"),  # a report's quoted title is no author
    # A filing (إفصاح) speaks for whoever published it; a bare "الشركة" is the firm named before it.
    ("باعت شركة الأسمدة الوطنية «سماد» حصة نسبتها 20% لمستثمر أجنبي، وفق إفصاح نشرته الشركة على موقع البورصة.",
     "20%", "شركة الأسمدة الوطنية «سماد»"),
    ("وبلغت أرباح الفصل 300 مليون درهم، وفق إفصاح للمجموعة.", "300 مليون", "المجموعة"),
    # near miss: a firm named in an earlier sentence may not be the one meant; the bare body stays as written
    ("عقدت شركة الأسمدة الوطنية جمعيتها العامة. وبلغت الأرباح 40 مليون دينار، وفق إفصاح نشرته الشركة.",
     "40 مليون", "الشركة"),
    # Who issues a decision or a statement states its figures; a bond or an album is no statement.
    ("أصدرت الهيئة الوطنية للكهرباء قراراً بخفض التعرفة بنسبة 7%.", "7%", "الهيئة الوطنية للكهرباء"),
    ("أصدر وزير النقل سامي الحداد قرارا بزيادة عدد الحافلات إلى 400 حافلة.", "400", "وزير النقل سامي الحداد"),
    ("وأصدر الأمير مرسوما بالعفو عن 150 سجينا.", "150", "الأمير"),
    ("أصدرت الشركة سندات بقيمة 500 مليون دولار.", "500 مليون", None),
    ("أصدرت الفرقة ألبوما يضم 14 أغنية.", "14", None),
    # A body that launches a service or a campaign states what it offers; a person or a shooting does not.
    ("دشنت بلدية المدينة منصة رقمية تتيح إنجاز 45 خدمة عن بعد.", "45", "بلدية المدينة"),
    ("أطلقت وزارة الصحة حملة لتلقيح 300 ألف طفل.", "300 ألف", "وزارة الصحة"),
    ("افتتحت الجامعة الوطنية مركزا للبحوث يضم 60 مختبرا.", "60", "الجامعة الوطنية"),
    ("أطلقت الشرطة النار على 3 مهربين.", "3", None),
    ("أطلق المغني ألبوما يضم 12 أغنية.", "12", None),
    # A sentence that opens on the previous one's report goes on with its source.
    ("باع المعرض 900 سيارة في يناير، وفقا لبيان صادر عن الجمعية. وبذلك ترتفع المبيعات السنوية إلى 4 آلاف سيارة.",
     "4 آلاف", "الجمعية"),
    ("وقعت الحكومة اتفاقا مع المانحين، حسب بيان لوزارة المالية. وبموجب الاتفاق، تحصل البلاد على 2 مليار دولار.",
     "2 مليار", "وزارة المالية"),
    ("قررت الوزارة إعفاء صغار المزارعين من الرسوم، حسب وثيقة رسمية. ويشمل هذا الإجراء أكثر من 80 ألف مزارع.",
     "80 ألف", "وثيقة رسمية"),
    # near misses: background framing, a sentence without a source before, or a report two sentences back
    ("أعلنت الوزارة غلق المدرسة. وتأتي هذه الخطوة بعد تسمم 30 تلميذا الشهر الماضي.", "30", None),
    ("باع المعرض 900 سيارة في يناير. وبذلك ترتفع المبيعات السنوية إلى 4 آلاف سيارة.", "4 آلاف", None),
    ("باع المعرض 900 سيارة، وفقا لبيان صادر عن الجمعية. وافتتح فرع جديد. وبذلك يرتفع عدد الفروع إلى 9 فروع.",
     "9 فروع", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round13(text, figure, expected):
    assert claimants(text, figure) == [expected]
