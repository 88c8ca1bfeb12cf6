"""Table-driven cases for the topic of أما written as a body's quoted name with its acronym in brackets ("أما «رابطة
حماية المستهلك» (رحم) فأحصت 312 شكوى"), for a count verb after أما at the sentence's opening, and for a participle
with a quote far after a count verb ("وأحصت الرابطة … 215 شكوى، أغلبها …، مطالبة الوزارة بـ«…»").

Written by hand (consumers, environment, a union); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

A_QUOTED_TOPIC_CLAIMS = [  # (text, figure, claimants)
    ("أما «رابطة حماية المستهلك» (رحم) فأحصت في تقريرها السنوي 312 شكوى.", "312", ["رابطة حماية المستهلك"]),
    ("أما النقابة فأحصت 40 إصابة بين العمال.", "40", ["النقابة"]),
    # must not change: a plan's quoted name, a thing as topic
    ("أما «الخطة الوطنية للإسكان» (خوط) فتضمنت بناء 500 وحدة.", "500", [None]),
    ("أما الأسعار فارتفعت 5%.", "5%", [None]),
]

A_QUOTED_TOPIC_SPEAKS = [  # (text, speakers of the claims)
    ("أما «جمعية حماية البيئة» (جحب) فأحصت 80 مخالفة، داعية البلدية إلى «وقف الردم فوراً».",
     ["جمعية حماية البيئة"]),
    ("وأحصت الرابطة في تقريرها الفصلي 215 شكوى، أغلبها يتعلق بارتفاع أسعار الخبز والحليب والزيت في الأسواق "
     "الشعبية والمحلات الكبرى خلال شهر رمضان الماضي، مطالبة الوزارة بـ«تشديد الرقابة».", ["الرابطة"]),
    # must not change: another verb before the quote
    ("وأحصت الرابطة 215 شكوى، فيما قال التجار: «الأسعار مستقرة».", ["التجار"]),
]


@table("text, figure, expected", A_QUOTED_TOPIC_CLAIMS)
def test_a_quoted_topic_claims(text, figure, expected):
    assert claimants(text, figure) == expected


@table("text, expected", A_QUOTED_TOPIC_SPEAKS)
def test_a_quoted_topic_speaks(text, expected):
    assert clause_speakers(text) == expected
