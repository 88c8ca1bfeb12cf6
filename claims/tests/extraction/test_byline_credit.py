"""Table-driven cases: a personal byline credits the page when nothing else does.

Annotators credit the author's name when the page names no source, agency or outlet: "كتب: ليلى منصور" under the
headline gives "ليلى منصور". The byline may be labelled ("كتب", "كتبت", "بقلم", "إعداد"), sit beside the page's date
after a bar, or be the author's bare name over the date line; the name is given as the page spells it. A bare name
that comes back elsewhere on the page is the outlet's or a section's, a desk's signature is no person, and a byline
below the lead is not the page's. An explicit "المصدر:" line, an agency in a dateline or a closing credit still win.

Written by hand on pages of made-up outlets; the last cases of the table must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

MASTHEAD = "نافذة الشمال"
MENU = "الرئيسية | محليات | اقتصاد | رياضة | منوعات"
TITLE = "المجلس البلدي يقرّ خطة لتأهيل شبكة الإنارة العمومية في الأحياء القديمة"
DATE = "الأربعاء 8 أبريل 2026 - 11:20"
LEAD = ("أقرّ المجلس البلدي في جلسته العادية، مساء أمس الثلاثاء، خطة لتأهيل شبكة الإنارة العمومية في الأحياء القديمة "
        "بكلفة تقارب مليوني دينار، على أن تنطلق الأشغال مطلع الشهر المقبل.")
SECOND = ("وأوضح رئيس لجنة الأشغال أن الخطة تشمل تعويض المصابيح القديمة بأخرى موفرة للطاقة، وتركيب أعمدة جديدة في "
          "الشوارع التي تفتقر إلى الإنارة.")


def _page(under_title: str, lead_dateline: str = "", foot: str = ""):
    raw = "\n".join([MASTHEAD, MENU, TITLE, under_title, "", lead_dateline + LEAD, "", SECOND, foot])
    return clean_checked(raw)


BYLINE_CREDITS = [  # (lines under the title, the lead's dateline, the foot, credit)
    # a labelled byline over the date line
    (f"كتب: ليلى منصور\n{DATE}", "", "", "ليلى منصور"),
    (f"كتبت: هدى القاسمي\n{DATE}", "", "", "هدى القاسمي"),
    (f"بقلم: كمال بن يوسف\n{DATE}", "", "", "كمال بن يوسف"),
    (f"إعداد: نادين الحوراني\n{DATE}", "", "", "نادين الحوراني"),
    # the label after the name's verb, a colon closing the line
    (f"كتبت سلوى عيسى:\n{DATE}", "", "", "سلوى عيسى"),
    # under the date line
    (f"{DATE}\nبقلم: كمال بن يوسف", "", "", "كمال بن يوسف"),
    # beside the date, after a bar (spaces kept apart: the name as written)
    (f"{DATE}   |   بقلم: كمال بن يوسف", "", "", "كمال بن يوسف"),
    (f"{DATE} – كتب: كمال بن يوسف", "", "", "كمال بن يوسف"),
    # the author's bare name over the date line, named nowhere else on the page
    (f"وسيم الطحان\n{DATE}", "", "", "وسيم الطحان"),
    # must not change: an explicit source line wins over the byline
    (f"كتب: ليلى منصور\n{DATE}\nالمصدر: وكالات", "", "", "وكالات"),
    # must not change: an agency in the lead's dateline wins
    (f"كتب: ليلى منصور\n{DATE}", "تونس (وات) - ", "", "وات"),
    # must not change: the outlet's own dateline under the title wins
    (f"بقلم: كمال بن يوسف\n{DATE}\nصفاقس - نافذة الشمال", "", "", "نافذة الشمال"),
    # must not change: a closing agency credit at the foot wins
    (f"كتب: ليلى منصور\n{DATE}", "", "(رويترز)", "رويترز"),
    # must not change: the desk signing is no person
    (f"كتب: محرر الشؤون المحلية\n{DATE}", "", "", None),
    (f"بقلم: هيئة التحرير\n{DATE}", "", "", None),
    # must not change: a bare line the page names elsewhere is its outlet, not an author
    (f"نافذة الشمال\n{DATE}", "", "", None),
    # must not change: no byline, no credit
    (DATE, "", "", None),
]


@table("under_title, lead_dateline, foot, credit", BYLINE_CREDITS)
def test_a_personal_byline_credits_a_page_with_no_other_credit(under_title, lead_dateline, foot, credit):
    cleaned = _page(under_title, lead_dateline, foot)
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
    assert cleaned.body.startswith(lead_dateline + LEAD[:20])  # the byline stays out of the body
