"""Table-driven cases: a "same section" heading ("من نفس القسم", "من القسم نفسه", "في نفس القسم", "المزيد من هذا القسم")
heads the section's other stories under the article, as "مواضيع ذات صلة" does: it goes with the stories it heads. A
sentence that speaks of the same section stays.

Written by hand on pages of other outlets and topics; the last cases must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "بلدية المدينة تفتتح سوقاً أسبوعية للمنتجين المحليين"
LEAD = ("افتتحت بلدية المدينة صباح اليوم سوقاً أسبوعية للمنتجين المحليين في الساحة الكبرى، تضم 120 جناحاً "
        "للخضر والفواكه والأجبان والعسل، وتفتح أبوابها كل يوم جمعة.")
SECOND = ("وقال رئيس البلدية في كلمة خلال الافتتاح إن السوق تهدف إلى تقريب المنتج من المستهلك وخفض الأسعار، "
          "مضيفاً أن البلدية أعفت العارضين من رسوم الكراء خلال الأشهر الثلاثة الأولى.")
OTHER_TITLE = "انطلاق الدورة الثالثة لمهرجان المسرح المدرسي بمشاركة 40 فرقة"
OTHER_LEAD = ("انطلقت مساء أمس الدورة الثالثة لمهرجان المسرح المدرسي بمشاركة 40 فرقة من مختلف المؤسسات التعليمية، "
              "وتستمر فعالياتها أسبوعاً كاملاً بدار الثقافة.")

HEADINGS = [
    "من نفس القسم",
    "من القسم نفسه",
    "في نفس القسم",
    "من ذات القسم",
    "أخبار من نفس القسم",
    "مقالات من القسم نفسه",
    "المزيد من القسم",
    "المزيد من هذا القسم",
    "المزيد في نفس القسم",
]


def _page(*tail: str) -> str:
    return "\n".join([TITLE, "", LEAD, "", SECOND, "", *tail])


@table("heading", HEADINGS)
def test_a_same_section_heading_goes_with_the_stories_it_heads(heading):
    for tail in ((heading, OTHER_TITLE, OTHER_LEAD),
                 ("يرجى تفعيل الجافاسكريبت في متصفحك لعرض التعليقات", heading, OTHER_TITLE, OTHER_LEAD),
                 (heading, OTHER_TITLE, "انقطاع المياه عن ثلاثة أحياء بسبب أشغال الصيانة")):
        cleaned = clean_checked(_page(*tail))
        assert cleaned.title == TITLE
        assert [line for line in cleaned.body.split("\n") if line.strip()] == [LEAD, SECOND]


NEAR_MISSES = [  # a sentence about the same section: the text's own
    "ونقل عدد من الموظفين من نفس القسم إلى فرع البلدية الجديد في الحي الشمالي.",
    "وأكد مسؤول في القسم نفسه أن السوق ستفتح يوم السبت أيضاً خلال شهر رمضان.",
    "المزيد من القسم الثقافي سيفتتح أجنحته في السوق خلال الأسابيع المقبلة، بحسب البلدية.",
]


@table("sentence", NEAR_MISSES)
def test_a_sentence_about_the_same_section_stays(sentence):
    cleaned = clean_checked(_page(sentence))
    assert [line for line in cleaned.body.split("\n") if line.strip()] == [LEAD, SECOND, sentence]
