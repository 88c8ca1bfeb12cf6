"""Table-driven cases: a dateline naming the page's own outlet credits it, in the dateline's own form.

Annotators credit the outlet or agency a dateline names even on that outlet's own page ("طرابلس (نبض الشمال) -"
under the masthead "نبض الشمال", "بيروت - أفق" under "أفق الإخباري"): the short name as the dateline writes it, never
the masthead's long name. The page's own names are its masthead, the outlet given with the page and the first line's
short names when that line is a menu or a credit line, each with or without its kind ("صحيفة") or a closing
descriptor ("الإخباري", "العربية", "للأنباء"). A name the page does not own after a city and a dash may be a reporter's;
a desk's signature ("فريق التحرير - …") is no dateline; an explicit source ("المصدر: …", a closing "(بترا)") still wins.

Written by hand on pages of made-up outlets; the last cases of each table must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "البلدية تفتتح حديقة عامة جديدة على ضفاف النهر بمساحة 12 هكتاراً"
LEAD = ("افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفاف النهر، تضم ممرات للمشاة وملاعب للأطفال، وفق ما "
        "أعلنه رئيس المجلس البلدي في كلمة بالمناسبة.")
SECOND = "وقال رئيس المجلس إن كلفة المشروع بلغت نحو أربعة ملايين دولار، وإن أعمال التشجير ستتواصل حتى نهاية الصيف."
DATE = "الأحد، 12 نيسان 2026 - 10:30"
MENU = "الرئيسية | محليات | اقتصاد | رياضة | منوعات"


def _page(head: str, under_title: str, lead_dateline: str = "", foot: str = "", outlet=None):
    raw = "\n".join([head, TITLE, DATE, under_title, "", lead_dateline + LEAD, "", SECOND, foot])
    return clean_checked(raw, outlet=outlet)


OWN_DATELINES = [  # (head lines, line under the title, the lead's dateline, outlet given, credit)
    # in brackets, under the masthead
    ("نبض الشمال\n" + MENU, "", "طرابلس (نبض الشمال) - ", None, "نبض الشمال"),
    ("نبض الشمال\n" + MENU, "", "طرابلس، 12 نيسان (نبض الشمال) -- ", None, "نبض الشمال"),
    # an agency's masthead "<short name> <edition>": the short name
    ("ونا عربي\n" + MENU, "", "الرباط، 12 نيسان/أبريل (ونا) - ", None, "ونا"),
    # a line of its own under the title, the masthead's name without its descriptor or kind
    ("أفق الإخباري\n" + MENU, "بيروت - أفق", "", None, "أفق"),
    ("صحيفة الأفق الجديد\n" + MENU, "القاهرة – الأفق الجديد", "", None, "الأفق الجديد"),
    # the dateline before the page's stamp
    ("أفق الإخباري\n" + MENU, "بيروت - أفق | 12/04/2026", "", None, "أفق"),
    # the outlet given with the page, before a colon glued to the lead
    ("", "", "نابلس - شمس: ", "شمس للأنباء", "شمس"),
    # the first line a menu opening with the name; the city then a dot
    ("سبق نيوز | الرئيسية | محليات | رياضة | اقتصاد", "", "الدمام. سبق نيوز - ", None, "سبق نيوز"),
    # the first line a credit-shaped masthead "full name - short name": the dateline's short name after a slashed date
    ("وكالة الأنباء الوطنية - ونا العربية\n" + MENU, "", "الرباط/ 12 نيسان/ أبريل/ ونا- ", None, "ونا"),
    # between slashes
    ("ونا | الوكالة الوطنية للأنباء\n" + MENU, "", "الرباط / ونا / ", None, "ونا"),
    # the masthead (read as a credit line over the headline) gives way to its dateline under it
    ("صحيفة المرصد\n" + MENU, "الخرطوم: المرصد", "", None, "المرصد"),
    # must not change: a name the page does not own after a city is a reporter's
    ("نبض الشمال\n" + MENU, "", "القاهرة - أحمد علي: ", None, None),
    # must not change: the masthead alone, no dateline
    ("نبض الشمال\n" + MENU, "", "", None, None),
]


@table("head, under_title, lead_dateline, outlet, credit", OWN_DATELINES)
def test_an_own_dateline_credits_its_name(head, under_title, lead_dateline, outlet, credit):
    cleaned = _page(head, under_title, lead_dateline, outlet=outlet)
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
    assert cleaned.body.split("\n")[0] == lead_dateline + LEAD  # a dateline line of its own is no body


EXPLICIT_SOURCES = [  # must not change: (foot line, credit) an explicit source wins over the own dateline
    ("المصدر: وكالات", "وكالات"),
    ("(بترا)", "بترا"),
]


@table("foot, credit", EXPLICIT_SOURCES)
def test_an_explicit_source_wins_over_the_own_dateline(foot, credit):
    cleaned = _page("نبض الشمال\n" + MENU, "", "طرابلس (نبض الشمال) - ", foot)
    assert cleaned.source_credit == credit


HEADLINES = [  # must not change: a first line of two names split by a dash is the headline, no own name
    "الوحدات - الفيصلي",
    "الرجاء - الوداد",
]


@table("headline", HEADLINES)
def test_a_headline_of_two_names_stays_the_title(headline):
    raw = "\n".join([headline, DATE, "", LEAD, "", SECOND])
    cleaned = clean_checked(raw)
    assert cleaned.title == headline
    assert cleaned.source_credit is None


COPYRIGHT = "© جميع الحقوق محفوظة لنبض الشمال 2026"
UNDER_A_CLAIMED_MASTHEAD = [  # (line under the title, credit) on a page whose copyright footer claims the masthead
    ("طرابلس - نبض الشمال", "نبض الشمال"),
    # must not change: the desk signing the story, no dateline
    ("فريق التحرير - نبض الشمال", None),
]


@table("under_title, credit", UNDER_A_CLAIMED_MASTHEAD)
def test_a_dateline_credits_the_name_its_footer_claims(under_title, credit):
    cleaned = _page("نبض الشمال\n" + MENU, under_title, foot=COPYRIGHT)
    assert cleaned.source_credit == credit
