"""Table-driven cases for round 22: a share bar printed in mid-text (a read-also link under it no longer cuts
the article when the paragraph after it carries on), a comment heading with its widget's text on one line,
a wire agency in brackets alone under a long headline, and a sports page's competition label above the headline.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح جسر جديد على النهر يختصر الرحلة بين الضفتين إلى عشر دقائق"
LEAD = ("افتتحت وزارة الأشغال العامة، صباح الأحد، جسرا جديدا على النهر بطول 1200 متر، يربط الضفتين الشرقية "
        "والغربية للمدينة ويختصر زمن الرحلة بينهما من ساعة إلى عشر دقائق.")
SECOND = ("وقال وزير الأشغال إن الجسر سيخدم نحو 40 ألف سيارة يوميا، وإن أعمال الصيانة ستجري ليلا لتفادي "
          "الازدحام في ساعات الذروة.")
LATER = ("وكانت الوزارة قد أعلنت العام الماضي أن كلفة الإنشاء بلغت 85 مليون دولار مولتها الحكومة بقرض ميسر، "
         "وأن الأشغال استغرقت ثلاث سنوات.")
LAST = ("وقد طالب سكان الأحياء المجاورة بربط الجسر بشبكة النقل العام، إذ يضطر آلاف الطلاب إلى عبور النهر "
        "بالقوارب الصغيرة كل صباح.")


# --- a share bar in mid-text, then a read-also link: the paragraphs after it carry on the article ---------

SHARE_BARS = ["شارك المقال: فيسبوك - واتساب - تويتر", "شارك الخبر", "فيسبوك | تويتر | واتساب"]
LINKS = ["اقرأ أيضا: الشرطة تفكك عصابة لسرقة السيارات في الضاحية الشمالية",
         "إقرأ أيضا: ارتفاع أسعار الإسمنت يربك مقاولي البناء"]


@table("bar", SHARE_BARS)
def test_a_link_under_a_mid_text_share_bar_keeps_the_article_going_on(bar):
    for link in LINKS:
        cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{bar}\n{SECOND}\n{link}\n{LATER}\n{LAST}\n")
        assert LATER in cleaned.body and LAST in cleaned.body
        assert link not in cleaned.body and bar not in cleaned.body


# must not change: under the share bar, a link whose next paragraph opens with no connective heads another story
@table("bar", SHARE_BARS)
def test_a_link_under_the_share_bar_with_a_new_lead_still_cuts(bar):
    other = "فككت الشرطة عصابة متخصصة في سرقة السيارات الفاخرة بالضاحية الشمالية وأوقفت خمسة من أفرادها."
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{bar}\n{LINKS[0]}\n{other}\n")
    assert SECOND in cleaned.body and other not in cleaned.body


# --- a comment heading with its widget's text after a colon closes the article ------------------------

@table("line", [
    "تعليقات الزوار: كن أول من يعلق على هذا المقال",
    "التعليقات: لا توجد تعليقات بعد. كن أول من يعلق",
    "تعليقات القراء: كن أول من يعلق",
])
def test_a_labelled_comment_widget_closes_the_article(line):
    brief = "الدار البيضاء: شركة النقل الحضري تعلن تعديل مواعيد الحافلات خلال عطلة الصيف حسب بلاغ لها."
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{line}\n{brief}\n")
    assert SECOND in cleaned.body and line not in cleaned.body and brief not in cleaned.body


# must not change: a quote after "تعليقات الوزير:" or comments in a sentence are the article's
@table("line", [
    "تعليقات الوزير: لن نتراجع عن خطة إصلاح النقل العام مهما كانت الضغوط.",
    "وجاءت تعليقات القراء على صفحة الوزارة غاضبة من تأخر الأشغال، وكن أول من طالب بالتحقيق.",
])
def test_comments_in_the_text_stay(line):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n")
    assert line in cleaned.body and SECOND in cleaned.body


# --- a bracketed agency alone under a long headline credits the story --------------------------------------

LONG_TITLE = "سيول جارفة في ثلاث ولايات: 5 وفيات و12 جريحا في حصيلة أولية للحماية المدنية"


@table("line, credit", [("(وأج)", "وأج"), ("(ومع)", "ومع"), ("(رويترز)", "رويترز"), ("(واس)", "واس")])
def test_a_bracketed_agency_under_a_long_headline_is_the_credit(line, credit):
    cleaned = clean_checked(f"{LONG_TITLE}\nنشر في 06 أكتوبر 2025 - 09:15\n{line}\n{LEAD}\n{SECOND}\n")
    assert cleaned.title == LONG_TITLE and cleaned.source_credit == credit
    assert line not in cleaned.body and cleaned.body.startswith(LEAD)


# must not change: under the lead paragraph, "(رويترز)" alone credits a photo and leaves no story credit
def test_a_bracketed_agency_below_the_lead_is_a_photo_credit():
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n(رويترز)\n{SECOND}\n")
    assert "(رويترز)" not in cleaned.body and cleaned.source_credit is None


# --- a competition label above the headline -----------------------------------------------------------------

HEADLINE = "الوحدة يعود بفوز ثمين من ملعب الجزيرة ويقترب من المربع الذهبي"
MATCH_LEAD = ("حقق فريق الوحدة فوزا ثمينا على مضيفه الجزيرة بهدفين مقابل هدف، مساء أمس، في الجولة العاشرة من "
              "الدوري، ليرفع رصيده إلى 22 نقطة.")


@table("label", ["دوري أدنوك للمحترفين", "كأس آسيا 2027", "بطولة ويمبلدون", "تصفيات كأس العالم",
                 "الدوري الإسباني"])
def test_a_competition_label_above_the_headline_is_not_the_title(label):
    cleaned = clean_checked(f"الرياضي | كرة قدم\n{label}\n{HEADLINE}\n{MATCH_LEAD}\n{SECOND}\n")
    assert cleaned.title == HEADLINE and label not in cleaned.body


# must not change: a short headline naming a competition, over its lead, is the title
@table("headline", ["كأس العالم تنطلق غدا", "الدوري السعودي يعود بعد التوقف", "بطولة الشطرنج العربية"])
def test_a_headline_naming_a_competition_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{MATCH_LEAD}\n{SECOND}\n")
    assert cleaned.title == headline
