"""Table-driven cases for a later clause opened by "، وقرر/فيما قررت" with its own subject, a body or an official:
the decision sets the figures after it, as "، وخفض مصرف البحرين" does ("…، فيما أعلن البنك الروسي تثبيت الفائدة
عند 16%، وقرر البنك المصري رفعها إلى 27.25%" → البنك المصري for 27.25%).

Written by hand (central banks, a municipality, a council); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_DECIDING_BODY_CLAIMS_ITS_CLAUSE = [  # (text, figure, claimants)
    ("رفع البنك المركزي التركي الفائدة إلى 45%، فيما أعلن البنك المركزي الروسي تثبيتها عند 16%، وقرر البنك "
     "المركزي المصري رفعها إلى 27.25%.", "27.25", ["البنك المركزي المصري"]),
    ("رفع البنك المركزي التركي الفائدة إلى 45%، فيما أعلن البنك المركزي الروسي تثبيتها عند 16%، وقرر البنك "
     "المركزي المصري رفعها إلى 27.25%.", "16", ["البنك المركزي الروسي"]),
    ("وأعلنت الوزارة توزيع 500 سلة غذائية، فيما قررت البلدية إغلاق 3 أسواق لمدة أسبوعين.", "3 أسواق",
     ["البلدية"]),
    # must not change: the first clause's figures, a decision with no subject of its own, a coach's rest days
    ("وأعلنت الوزارة توزيع 500 سلة غذائية، فيما قررت البلدية إغلاق 3 أسواق لمدة أسبوعين.", "500", ["الوزارة"]),
    ("وقال الوزير إن الأسعار ارتفعت 20%، وقرر أن يرفع الرسوم إلى 5%.", "5%", ["الوزير"]),
    ("وأعلن النادي تعاقده مع مهاجم جديد، وقرر المدرب منح اللاعبين راحة لمدة يومين.", "يومين", ["النادي"]),
]


@table("text, figure, expected", A_DECIDING_BODY_CLAIMS_ITS_CLAUSE)
def test_a_deciding_body_claims_its_clause(text, figure, expected):
    assert claimants(text, figure) == expected
