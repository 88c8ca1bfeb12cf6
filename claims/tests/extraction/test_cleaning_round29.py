"""Table-driven cases for round 29: stories glued at the foot with no heading, furniture left in the body or
taken for the title, and a source credit naming the outlet itself.

- A story glued under the article with no heading: its lead opens with a dateline (maybe dated: "سوسة 4 يونيو 2025
  (وات) -") or with the day's stamp after its subject ("أعلنت الحماية المدنية، اليوم الخميس، …"), and shares almost
  nothing with the article; "أخبار أخرى" heads other stories.
- A sponsor's label, a poll on one line, the header's account links, an editor's note; a control's icon after its
  label ("بحث 🔍") does not hide it.
- "المصدر: وفا + <outlet>" credits the agency; "CITY - <outlet> (<agency>)" credits the agency relayed.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "وزارة الفلاحة تطلق برنامجاً لإعادة تأهيل السدود التلية في ولايات الشمال الغربي"
LEAD = ("أطلقت وزارة الفلاحة والموارد المائية، اليوم الخميس، برنامجاً لإعادة تأهيل 46 سداً تلياً في ولايات باجة "
        "وجندوبة والكاف، بكلفة تقدر بنحو 38 مليون دينار، وفق بلاغ للوزارة.")
SECOND = ("وأوضح المدير العام للسدود والأشغال المائية الكبرى أن البرنامج يشمل جهر الأوحال وتدعيم الحواجز الترابية "
          "وتركيب عدادات لقياس منسوب المياه، على أن تنتهي الأشغال قبل موسم الأمطار المقبل.")
THIRD = ("وأشار إلى أن نسبة امتلاء السدود التلية لم تتجاوز 31 بالمائة مطلع الشهر الجاري، مقارنة بـ 54 بالمائة في "
         "الفترة نفسها من السنة الماضية، بسبب تراجع التساقطات وارتفاع الطلب على مياه الري.")
FOURTH = ("ودعا الفلاحين في المناطق المعنية إلى ترشيد استهلاك مياه الري واعتماد تقنيات الري قطرة قطرة، مؤكداً أن "
          "الوزارة ستوفر منحاً لاقتناء المعدات بنسبة تصل إلى 60 بالمائة من كلفتها.")
FOOT = ["الكلمات المفتاحية: السدود - الفلاحة - المياه", "© جميع الحقوق محفوظة لجريدة الشمال 2025"]


def page(*lines: str, head: tuple[str, ...] = ("جريدة الشمال",), byline: tuple[str, ...] = (),
         middle: tuple[str, ...] = (), foot: tuple[str, ...] = tuple(FOOT)) -> str:
    return "\n".join([*head, TITLE, *byline, LEAD, SECOND, *middle, THIRD, FOURTH, *lines, *foot])


def assert_article_kept(cleaned) -> None:
    assert cleaned.title == TITLE
    for paragraph in (LEAD, SECOND, THIRD, FOURTH):
        assert paragraph in cleaned.body


# --- a story glued at the foot with no heading --------------------------------------------------------------------

GLUED_LEADS = [
    # the day's stamp after the subject: a lead
    "أعلنت الإدارة الجهوية للنقل، اليوم الخميس، غلق الطريق الرابطة بين المدينة والميناء أمام الشاحنات لمدة ثلاثة "
    "أيام لإجراء أشغال صيانة، داعية السائقين إلى استعمال المسالك البديلة.",
    "تمكنت وحدات الحرس البحري، مساء أمس الأربعاء، من إحباط عملية اجتياز للحدود خلسة وإنقاذ 27 شخصاً كانوا على متن "
    "مركب صيد تعطل محركه قبالة السواحل الشرقية.",
    # a dateline with its date and agency
    "سوسة 4 يونيو 2025 (وات) - فاز النجم الساحلي على ضيفه الملعب التونسي بثلاثة أهداف مقابل هدف في المباراة التي "
    "احتضنها ملعب سوسة الأولمبي أمام نحو 12 ألف متفرج ضمن الجولة الأخيرة من البطولة.",
    "بيروت، 4 حزيران (الوكالة الوطنية) - افتتح وزير الثقافة معرض الكتاب العربي الدولي في دورته الجديدة بمشاركة "
    "أكثر من مئتي دار نشر من لبنان والعالم العربي.",
]


@table("glued", GLUED_LEADS)
def test_a_story_glued_at_the_foot_with_no_heading_goes(glued):
    cleaned = clean_checked(page(glued))
    assert_article_kept(cleaned)
    assert glued not in cleaned.body


@table("glued", GLUED_LEADS[:1])
def test_a_glued_story_may_run_a_second_paragraph(glued):
    second = ("وقال مسؤول بالإدارة إن حركة المرور ستعود إلى طبيعتها بعد استكمال الأشغال، مشيراً إلى نشر دوريات لتنظيم "
              "السير عند المفترقات.")
    cleaned = clean_checked(page(glued, second))
    assert_article_kept(cleaned)
    assert glued not in cleaned.body and second not in cleaned.body


CONTINUING = [
    # a connective carries the story on, whatever its stamp
    "وكانت الوزارة قد عقدت، أمس الأربعاء، اجتماعاً مع ممثلي الفلاحين لمناقشة برنامج تأهيل السدود التلية وتوزيع "
    "حصص مياه الري.",
    # the stamp, but the same story: its actors and topic words come back
    "أكد وزير الفلاحة، اليوم الخميس، أن برنامج تأهيل السدود التلية سيشمل لاحقاً ولايات أخرى، وأن الوزارة تدرس "
    "تمويل سدود جديدة لتخزين مياه الأمطار لفائدة الفلاحين.",
    # no stamp, no dateline: a plain last paragraph
    "يذكر أن تونس تضم أكثر من 900 سد تلي وبحيرة جبلية، تستغل أساساً في الري وتغذية المائدة المائية.",
]


@table("paragraph", CONTINUING)
def test_a_last_paragraph_of_the_story_stays(paragraph):
    cleaned = clean_checked(page(paragraph))
    assert_article_kept(cleaned)
    assert paragraph in cleaned.body


def test_a_stamped_lead_under_one_paragraph_is_the_article():
    # too little article above it to judge
    text = "\n".join(["جريدة الشمال", TITLE, LEAD, GLUED_LEADS[0], *FOOT])
    cleaned = clean_checked(text)
    assert GLUED_LEADS[0] in cleaned.body


OTHER_STORIES = ["أخبار أخرى", "مواضيع أخرى", "المقالات الأخرى"]


@table("heading", OTHER_STORIES)
def test_other_stories_heading_drops_the_glued_story(heading):
    glued = GLUED_LEADS[2]
    cleaned = clean_checked(page(heading, "النجم الساحلي يختم الموسم بفوز عريض على الملعب التونسي", glued))
    assert_article_kept(cleaned)
    assert glued not in cleaned.body and "يختم الموسم" not in cleaned.body


def test_a_headline_and_dated_dateline_under_the_share_bar_go():
    glued = GLUED_LEADS[2]
    cleaned = clean_checked(page("شارك: فيسبوك | واتساب | تويتر",
                                 "النجم الساحلي يختم الموسم بفوز عريض على الملعب التونسي", glued))
    assert_article_kept(cleaned)
    assert glued not in cleaned.body


# --- furniture --------------------------------------------------------------------------------------------------

BODY_FURNITURE = [
    "محتوى برعاية",
    "محتوى إعلاني",
    "Partner content",
    "استطلاع رأي: هل ستعتمد الري قطرة قطرة هذا الموسم؟ ○ نعم ○ لا ○ لم أقرر بعد",
    "تصويت: هل تكفي السدود التلية لري المزارع؟ نعم / لا — صوّت الآن",
    "ملاحظة المحرر: حُدّث هذا الخبر لإضافة تصريح المدير العام للسدود.",
    "ملحوظة التحرير: أضيفت أرقام نسبة الامتلاء بعد نشر الخبر.",
    "Editor's note: this story was updated with the ministry's figures.",
    "تم تحديث هذا الخبر بإضافة أرقام الوزارة.",
]


@table("furniture", BODY_FURNITURE)
def test_body_furniture_goes(furniture):
    cleaned = clean_checked(page(middle=(furniture,)))
    assert_article_kept(cleaned)
    assert furniture not in cleaned.body


KEPT_LINES = [
    "تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد السدود 64، والصحيح 46 سداً.",
    "وأظهر استطلاع رأي أجرته الجامعة أن 62% من الفلاحين يؤيدون البرنامج، فيما عارضه 21%.",
    "ملاحظة الخبراء أن نسبة التبخر ارتفعت هذا الصيف تستدعي تغطية بعض السدود، بحسب المدير العام.",
]


@table("line", KEPT_LINES)
def test_lines_of_text_stay(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


HEAD_CONTROLS = [
    "تسجيل الدخول | اشترك في النشرة",
    "دخول | حساب جديد",
    "Login | Register",
    "بحث 🔍",
    "ابحث في الموقع 🔎",
]


@table("control", HEAD_CONTROLS)
def test_head_controls_are_no_title(control):
    cleaned = clean_checked(page(head=("جريدة الشمال", control, "محتوى برعاية", "فلاحة")))
    assert_article_kept(cleaned)
    assert control not in cleaned.body


# --- the source credit ------------------------------------------------------------------------------------------

def test_the_outlets_own_name_joined_to_a_source_is_no_credit():
    for line, credit in [("المصدر: وات + الشمال", "وات"), ("المصدر: رويترز / جريدة الشمال", "رويترز")]:
        cleaned = clean_checked(page(line, head=("الشمال", "جريدة الشمال")))
        assert cleaned.source_credit == credit, line


def test_joined_sources_that_are_not_the_outlet_stay():
    cleaned = clean_checked(page("المصدر: وات + الصباح"))
    assert cleaned.source_credit == "وات + الصباح"


def test_a_lone_source_line_stays():
    cleaned = clean_checked(page("المصدر: الشمال", head=("الشمال",)))
    assert cleaned.source_credit == "الشمال"


RELAYED = [
    ("تونس - الشمال نيوز (وات)", "وات"),
    ("الرباط - هسبريس (ومع)", "ومع"),
    ("غزة – صفا (وكالات)", "وكالات"),
]


@table("line, credit", RELAYED)
def test_an_outlet_relaying_an_agency_credits_the_agency(line, credit):
    cleaned = clean_checked(page(head=("الشمال نيوز", "فلاحة"), byline=(line,)))
    assert cleaned.source_credit == credit
    assert line not in cleaned.body
