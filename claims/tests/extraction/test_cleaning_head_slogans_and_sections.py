"""Table-driven cases: lines above the headline that are no title.

A slogan whose phrases two dots part ("إذاعة محلية مستقلة.. صوت الجنوب"), under the outlet's name (or its
credit-shaped name, "موقع النبأ") and over the menu; a station's name with its frequency ("نداء الجبل 93.3"); the page's
section repeating one of the items of the menu above it ("الساحل الغربي" under "الرئيسية  محليات  الساحل الغربي  اقتصاد
…"). The headline under them is the title.

Written by hand on made-up pages; the last cases of each table must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "قراءة في حصيلة العاصفة: خسائر بالملايين وعشرات العائلات بلا مأوى"
LEAD = ("ضربت عاصفة مطرية قوية الساحل الغربي منذ فجر أمس، ما أدى إلى غمر عشرات المنازل وتعطل حركة السير، وفق ما "
        "أفادت به مصالح الحماية المدنية في المدينة.")
SECOND = "وبحسب إحصاء أعدّه «نداء الجبل» استناداً إلى أرقام البلدية، بلغت كمية الأمطار 60 ملم خلال ست ساعات."
DATE = "الأحد 5 يناير 2025 | كتب: سالم ولد أحمد"
MENU = "الرئيسية | الأخبار | البرامج | البث المباشر | اتصل بنا"

HEADS = [  # the lines above the headline
    "راديو المنار\nإذاعة محلية مستقلة.. صوت الجنوب\n" + MENU,
    "موقع النبأ\nالنبأ.. من أجل صحافة حرة\n" + MENU + "\nدولي",
    "نداء الجبل 93.3\n" + MENU + "\nاستمعوا إلينا مباشرة على موجات 93.3 و93.6 FM",
    "صحيفة الساحل - يومية موريتانية تصدر باللغة العربية\nالرئيسية  محليات  الساحل الغربي  اقتصاد  رياضة  ثقافة\n\n"
    "الساحل الغربي\n",
    # must not change: a masthead and the menu only
    "راديو المنار\n" + MENU,
]


@table("head", HEADS)
def test_the_headline_under_slogans_and_sections_is_the_title(head):
    raw = "\n".join([head, TITLE, "", DATE, "صيدا - «نداء الجبل»", "", LEAD, "", SECOND])
    cleaned = clean_checked(raw)
    assert cleaned.title == TITLE
    assert LEAD in cleaned.body and SECOND in cleaned.body


FIRST_LINES = [  # must not change: a headline with two dots, a headline with a figure, a headline naming a section
    "الأمطار تغمر المدينة.. والبلدية تعلن الطوارئ",
    "نسبة النجاح في الامتحانات تبلغ 95.2",
    "الساحل الغربي",
]


@table("headline", FIRST_LINES)
def test_a_first_line_with_the_lead_under_it_stays_the_title(headline):
    cleaned = clean_checked("\n".join([headline, DATE, "", LEAD, "", SECOND]))
    assert cleaned.title == headline
