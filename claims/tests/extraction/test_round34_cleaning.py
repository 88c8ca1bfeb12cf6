"""Table-driven cases for round 34's cleaning and metadata: a donation box opening with what the gift is for ("لدعم
… .. تبرع الآن"), a live blog's controls (auto-refresh switch, order of posts, refresh button) and its own share button
("شارك التغطية") closing the article above a read-also story glued on, the dateline before the page's stamp ("CITY -
OUTLET | DATE") read as metadata, and a credit with a note that the story was adapted ("(بتصرف)").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "مجلس محافظة البصرة يقر خطة لتأهيل محطات تحلية المياه قبل الصيف"
LEAD = ("أقر مجلس محافظة البصرة في جلسته الاعتيادية خطة لتأهيل محطات تحلية المياه في أقضية الزبير وأبي الخصيب "
        "والفاو، بكلفة تقارب 40 مليار دينار، على أن تنجز الأعمال قبل حلول موسم الصيف.")
SECOND = ("وأوضح رئيس لجنة الخدمات في المجلس أن الخطة تشمل استبدال أغشية التحلية في 14 محطة وصيانة خطوط النقل "
          "الرئيسية، مشيراً إلى أن ملوحة المياه في شط العرب ارتفعت إلى مستويات غير مسبوقة هذا العام.")
THIRD = ("وقال مدير دائرة ماء البصرة إن الدائرة ستعتمد جدولاً لتوزيع المياه على الأحياء خلال فترة الصيانة، وإن "
         "الصهاريج الحكومية ستغطي المناطق التي تنقطع عنها المياه لأكثر من يومين.")
FOURTH = ("وشكا سكان في قضاء أبي الخصيب من تكرار انقطاع المياه وارتفاع ملوحتها، لافتين إلى أنهم يضطرون إلى شراء "
          "مياه الشرب من محطات أهلية بأسعار مرتفعة طوال أشهر الصيف.")
FOOT = ["شارك الخبر: فيسبوك | تويتر | واتساب", "جميع الحقوق محفوظة لموقع البصرة اليوم 2026"]


ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=("البصرة اليوم",), foot=tuple(FOOT))
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- donation boxes and buttons ----------------------------------------------------------------------------------

DONATION_LINES = [
    "لدعم الصحافة المستقلة في العراق.. تبرع الآن",
    "لدعم صحافتنا المحلية | تبرعوا الآن",
    "ساعدونا على الاستمرار: ادعمنا الآن",
    "من أجل إعلام حر ومستقل — ساهم معنا",
    "كن داعماً لصحافتنا المستقلة.. اشترك الآن",
    "تبرّع الآن",
    "تبرعوا الآن",
]


@table("donation", DONATION_LINES)
def test_a_donation_box_or_button_under_the_article_goes(donation):
    cleaned = clean_checked(page(donation))
    assert_article_kept(cleaned)
    assert donation not in cleaned.body


DONATION_NEAR_MISSES = [
    # the purpose runs on to the campaign's name with no mark setting a button off: a clause
    "لدعم الأسر المتضررة من السيول أطلقت جمعية الهلال الأحمر في المحافظة حملة تحمل شعار تبرع الآن",
    # an appeal quoted in a sentence, closed by its full stop
    "من أجل إنقاذ الموسم الزراعي دعا اتحاد الفلاحين أعضاءه إلى المساهمة في صندوق الطوارئ: ساهموا الآن.",
    # a donation told as news
    "تبرع رجل أعمال من البصرة بمبلغ 500 مليون دينار لتأهيل محطة تحلية في قضاء الفاو.",
]


@table("line", DONATION_NEAR_MISSES)
def test_a_donation_told_in_the_text_stays(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- a live blog's controls and share button ----------------------------------------------------------------------

LIVE_CONTROLS = [
    "تحديث تلقائي ● مباشر",
    "التحديث التلقائي: تشغيل",
    "الأحدث أولاً | الأقدم أولاً",
    "مباشر • ترتيب: الأقدم أولاً",
    "يتم تحديث هذه الصفحة تلقائياً",
    "عرض 3 تحديثات جديدة",
    "حدّث الصفحة",
    "Auto-refresh on",
]


@table("control", LIVE_CONTROLS)
def test_a_live_blog_control_goes(control):
    cleaned = clean_checked(page(middle=(control,)))
    assert_article_kept(cleaned)
    assert control not in cleaned.body


SHARE_BUTTONS = ["شارك التغطية", "شارك هذا الفيديو", "انشر الصور", "مشاركة البث"]


@table("button", SHARE_BUTTONS)
def test_a_share_button_of_a_live_page_video_or_gallery_goes(button):
    cleaned = clean_checked(page(button))
    assert_article_kept(cleaned)
    assert button not in cleaned.body


LIVE_NEAR_MISSES = [
    # the words in a sentence
    "وأعلنت وزارة النفط اعتماد تحديث تلقائي لأسعار الوقود كل شهر بدءاً من مطلع العام المقبل.",
    "شارك الفيديو أكثر من مليون مستخدم خلال يومين، بحسب إحصاءات المنصة.",
    # a subheading with the words and more
    "تحديث تلقائي لجداول التوزيع",
]


@table("line", LIVE_NEAR_MISSES)
def test_live_blog_words_in_the_text_stay(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


LIVE_TITLE = "جلسة مجلس المحافظة: إقرار خطة تأهيل محطات التحلية واعتراضات على الكلفة"
POSTS = [
    ("09:30", "افتتح رئيس مجلس محافظة البصرة الجلسة الاعتيادية بحضور 27 عضواً، وعلى جدول أعمالها خطة تأهيل محطات "
              "تحلية المياه."),
    ("10:15", "قال رئيس لجنة الخدمات في المجلس إن الخطة تشمل استبدال أغشية التحلية في 14 محطة، بكلفة تقارب 40 مليار "
              "دينار."),
    ("11:40", "صوّت المجلس بالأغلبية على الخطة، واعترض ثلاثة أعضاء على كلفتها مطالبين بعرضها على ديوان الرقابة المالية "
              "قبل التنفيذ."),
]
GLUED = ("هيئة الكمارك تعلن ضبط شحنة من المواد الغذائية المنتهية الصلاحية في ميناء أم قصر، وقال مدير الهيئة إن الشحنة "
         "تزن 60 طناً وكانت معدة للتوزيع في الأسواق المحلية منذ الشهر الماضي.")


def live_page(*foot: str) -> str:
    lines = ["البصرة اليوم", "محليات", f"تغطية مباشرة | {LIVE_TITLE}",
             "البصرة - البصرة اليوم | الأربعاء، 12 مارس/آذار 2025", "تحديث تلقائي ● مباشر"]
    for stamp, post in POSTS:
        lines += [stamp, post]
    return "\n\n".join(lines + list(foot))


def test_a_read_also_story_glued_under_a_live_blog_share_button_goes():
    cleaned = clean_checked(live_page("شارك التغطية", "اقرأ أيضاً في البصرة اليوم", "الخطوط الجوية تستأنف رحلاتها",
                                      GLUED))
    assert cleaned.title == LIVE_TITLE
    assert all(post in cleaned.body for _, post in POSTS)
    for furniture in ("تحديث تلقائي", "شارك التغطية", "الخطوط الجوية", GLUED, "البصرة - البصرة اليوم"):
        assert furniture not in cleaned.body
    assert cleaned.published == "2025-03-12"
    assert cleaned.source_credit == "البصرة اليوم"  # the outlet naming itself in its dateline credits itself


# --- the dateline before the page's stamp --------------------------------------------------------------------------

DATELINES_BEFORE_STAMPS = [
    ("طرابلس - الوسط | الأحد، 2 مارس/آذار 2025", "2025-03-02", None),
    ("الرباط - ومع | 12 مارس 2025", "2025-03-12", "ومع"),
    ("بغداد/ المدى | 2025-03-12 10:40", "2025-03-12", None),
    ("عدن - عدن الغد | 12/03/2025", "2025-03-12", None),
]


@table("line,published,credit", DATELINES_BEFORE_STAMPS)
def test_a_dateline_before_the_stamp_is_metadata(line, published, credit):
    cleaned = clean_checked(page(head=("البصرة اليوم", TITLE, line)).replace(TITLE + "\n\n" + TITLE, TITLE, 1))
    assert_article_kept(cleaned)
    assert line not in cleaned.body
    assert cleaned.published == published
    assert cleaned.source_credit == credit


@table("line", [
    # no date after the bar: a subheading
    "البصرة - مجلس المحافظة | خطة من ثلاث مراحل",
    # a date inside a clause after the bar
    "البصرة - الزبير | الأعمال تبدأ في 12 مارس 2025 وتستمر شهرين",
])
def test_a_line_with_a_bar_and_no_stamp_stays(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- a credit with an adaptation note --------------------------------------------------------------------------------

CREDITS = [
    ("المصدر: وكالة الأنباء العراقية (بتصرف)", "وكالة الأنباء العراقية"),
    ("المصدر: وكالة الأنباء العراقية (بتصرّف)", "وكالة الأنباء العراقية"),
    ("المصدر: شفق نيوز - بتصرف", "شفق نيوز"),
    ("المصدر: رويترز بتصرف يسير", "رويترز"),
    ("المصدر: الجزيرة نت (مع تصرف)", "الجزيرة نت"),
    ("المصدر: الغارديان (ترجمة بتصرف)", "الغارديان"),
    ("المصدر: بتصرّف عن «السومرية نيوز»", "السومرية نيوز"),
    # no note: the name as written, a word like it inside a name kept
    ("المصدر: وكالة الأنباء العراقية", "وكالة الأنباء العراقية"),
    ("المصدر: أرشيف متصرفية البصرة", "أرشيف متصرفية البصرة"),
]


@table("line,credit", CREDITS)
def test_a_credit_is_read_without_its_adaptation_note(line, credit):
    cleaned = clean_checked(page(foot=(line, *FOOT)))
    assert_article_kept(cleaned)
    assert cleaned.source_credit == credit
