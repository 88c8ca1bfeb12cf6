"""A dot with three digits after it ("27.432 مليار") reads by the page's own decimal mark.

A page that writes its decimals with a comma (4,5 بالمائة) or groups thousands with dots (1.250.000) uses the dot as
a thousands mark, so "12.640 مليون درهم" there is 12 640 million; a page that writes "2.5%" or mixes both styles keeps
the dot as decimal mark (most pages), and so does a page that gives no evidence either way.
"""
from __future__ import annotations

from claims.extraction import extract_article
from claims.extraction.numbers import page_decimal_mark

from .helpers import quantities_found, table

MARK_CASES = [
    # a comma with one or two digits after it is a decimal comma
    ("ارتفع التضخم إلى 4,5 بالمائة. وبلغت الودائع 12.640 مليون درهم.", ","),
    ("تراجعت البطالة إلى 11,25% في الربع الثالث.", ","),
    # dotted groups of thousands say the dot groups, even with no decimal on the page
    ("سجل الميناء 1.250.000 حاوية، وبلغت الإيرادات 3.418 مليار درهم.", ","),
    # a full stop right after a comma decimal is no separator
    ("واستقر سعر الفائدة عند 2,75. وبلغت الاحتياطات 9.310 مليار دينار.", ","),
    # Arabic-Indic digits are read as digits
    ("نما الاقتصاد بنسبة ٣,٢ بالمائة.", ","),
    # the Arabic separators read as the Latin ones: "٫" a decimal dot, "٬" a thousands comma
    ("فاز المرشح بنسبة ٨٤٫٣٠ بالمائة، وبلغ الدين 3.125 مليار دينار.", "."),
    ("صدّرت الشركة ١٢٬٥٠٠٬٠٠٠ طن، وبلغت العائدات 3.125 مليار دينار.", "."),
    # must not change: a dot decimal, comma groups, a page mixing both styles, a page with no evidence
    ("نما الاقتصاد 2.5% وبلغ الدين 3.125 مليار دولار.", "."),
    ("بلغت الصادرات 25,000,000 دولار وارتفع المؤشر 1.250 نقطة.", "."),
    ("1.8 مليون زائر للمعرض. وتراجعت الحجوزات بنحو 0,5 في المائة.", "."),
    ("بلغت الإيرادات 3.125 مليار دولار.", "."),
    ("بيع السهم بسعر 12,300 ريال.", "."),
]


@table("text,mark", MARK_CASES)
def test_page_decimal_mark(text, mark):
    assert page_decimal_mark(text) == mark


QUANTITY_CASES = [
    # on a comma page, money and measures with a dot and three digits are thousands, with the scale after them
    ("ارتفع التضخم إلى 4,5 بالمائة. وبلغت الودائع 12.640 مليون درهم.",
     [("4,5 بالمائة", 4.5, "exact"), ("12.640 مليون درهم", 12_640_000_000.0, "exact")]),
    ("سجل الميناء 1.250.000 حاوية، وبلغت الإيرادات 3.418 مليار درهم.",
     [("1.250.000 حاوية", 1_250_000.0, "exact"), ("3.418 مليار درهم", 3_418_000_000_000.0, "exact")]),
    ("انكمش القطاع بـ1,7 بالمائة وأنتج المصنع 2.350 طنا من الإسمنت.",
     [("1,7 بالمائة", 1.7, "exact"), ("2.350 طنا", 2350.0, "exact")]),
    ("نما الإنتاج 6,4% وبلغت القروض أكثر من 1.120 مليار دينار.",
     [("6,4%", 6.4, "exact"), ("أكثر من 1.120 مليار دينار", 1_120_000_000_000.0, "more_than")]),
    # must not change: on a dot page, on a mixed page or with no evidence the dot stays the decimal mark
    ("نما الاقتصاد 2.5% وبلغ الدين 3.125 مليار دولار.",
     [("2.5%", 2.5, "exact"), ("3.125 مليار دولار", 3_125_000_000.0, "exact")]),
    ("1.8 مليون زائر للمعرض. وبلغت مداخيله 1.450 مليون درهم وتراجعت الحجوزات بنحو 0,5 في المائة.",
     [("1.8 مليون زائر", 1_800_000.0, "exact"), ("1.450 مليون درهم", 1_450_000.0, "exact"),
      ("بنحو 0,5 في المائة", 0.5, "approx")]),
    ("بلغ سعر الغرام 3.125 دينار.", [("3.125 دينار", 3.125, "exact")]),
    # a counted noun groups thousands on any page (as before)
    ("استقبلت المستشفيات 1.234 مريضا.", [("1.234 مريضا", 1234.0, "exact")]),
]


@table("text,expected", QUANTITY_CASES)
def test_dot_with_three_digits_by_page_mark(text, expected):
    assert quantities_found(text) == expected


def test_the_pipeline_reads_the_whole_page_mark():
    """The mark comes from the whole page: a comma decimal in one paragraph settles a figure in another."""
    page = ("وارتفعت الأسعار عند الاستهلاك بـ3,9 بالمائة خلال السنة.\n\n"
            "وبلغت الموجودات الصافية من العملة الأجنبية 18.406 مليون دينار.")
    out = extract_article(page, clean=False)
    values = [q["value"] for c in out["claims"] for q in c["quantities"]]
    assert values == [3.9, 18_406_000_000]
