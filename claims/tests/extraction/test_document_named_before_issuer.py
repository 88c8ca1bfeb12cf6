"""Table-driven cases for a document named before ("البيان"، "التقرير"): it speaks for the body whose own sentence
named it ("وأعلنت الوزارة، في بيان، …"), not for a body whose figures a sentence between gave ("وحسب أرقام المكتب").

Written by hand (a ministry, a port authority, a federation); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

STATEMENT = "وأعلنت وزارة الزراعة، في بيان نشرته أمس، أن حملة التلقيح ستنطلق الأسبوع المقبل. "
REPORT = "وكشفت هيئة الموانئ، في تقريرها السنوي، عن ارتفاع حركة السفن. "
FIGURES = "وحسب أرقام المكتب الوطني للإحصاء، تراجع إنتاج الحليب بنسبة 4 بالمائة. "

THE_DOCUMENT_SPEAKS_FOR_ITS_ISSUER = [  # (text, speaker of the last sentence)
    (STATEMENT + FIGURES + "كما كشف البيان أن الوزارة وفرت مليوني جرعة.", "وزارة الزراعة"),
    (STATEMENT + FIGURES + "وأوضح البيان أن الحملة تشمل 12 ولاية.", "وزارة الزراعة"),
    (REPORT + "وبحسب بيانات الاتحاد العربي للنقل، تراجعت أسعار الشحن. وأظهر التقرير أن الهيئة استقبلت 900 سفينة.",
     "هيئة الموانئ"),
    # must not change: the body named right before issued it, or no earlier body named a document
    (FIGURES + "وأوضح البيان أن الإنتاج تراجع في 9 ولايات.", "المكتب الوطني للإحصاء"),
    ("وقالت وزارة الزراعة إن الحملة ستنطلق قريباً. " + FIGURES + "كما كشف البيان أن الحملة تشمل 12 ولاية.",
     "المكتب الوطني للإحصاء"),
    (STATEMENT + "وأصدرت نقابة الفلاحين بياناً رحبت فيه بالحملة. وأوضح البيان أن الحملة تأخرت 3 أشهر.",
     "نقابة الفلاحين"),
]


@table("text, expected", THE_DOCUMENT_SPEAKS_FOR_ITS_ISSUER)
def test_the_document_speaks_for_its_issuer(text, expected):
    assert last_speaker(text) == expected


def test_the_issuer_claims_the_documents_figures():
    text = STATEMENT + FIGURES + "كما كشف البيان أن الوزارة وفرت 2,5 مليون جرعة."
    assert claimants(text, "2,5") == ["وزارة الزراعة"]
