"""Table-driven cases for round 21: page furniture and glued-on items found in round 21's cleaned bodies.

The comment widget in other wordings (its loading message, its empty state, its form's e-mail notice), an
aggregator's wrapper around a story it republishes (its opening, its sign-off, its note on the original: what
follows the sign-off and the source line is another story), a page's edition switcher, a dossier label, and a
regional brief glued under the article whose headline opens with a place the article never names ("<place>:
<headline>").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح جسر جديد على النهر يختصر الرحلة بين الضفتين إلى عشر دقائق"
LEAD = ("افتتحت وزارة الأشغال العامة، صباح الأحد، جسرا جديدا على النهر بطول 1200 متر، يربط الضفتين الشرقية "
        "والغربية للمدينة ويختصر زمن الرحلة بينهما من ساعة إلى عشر دقائق.")
BODY = (
    f"{LEAD}\n\n"
    "وقال وزير الأشغال إن الجسر سيخدم نحو 40 ألف سيارة يوميا، وإن أعمال الصيانة ستجري ليلا لتفادي "
    "الازدحام في ساعات الذروة.\n\n"
    "وأوضح مدير المشروع أن كلفة الإنشاء بلغت 85 مليون دولار مولتها الحكومة بقرض ميسر، وأن الأشغال استغرقت "
    "ثلاث سنوات بسبب صعوبة التربة في الضفة الغربية وارتفاع منسوب المياه خلال فصل الشتاء.\n\n"
    "ويطالب سكان الأحياء المجاورة منذ سنوات بربط الجسر بشبكة النقل العام، إذ يضطر آلاف الطلاب والعمال إلى "
    "عبور النهر بالقوارب الصغيرة كل صباح، وسط مخاوف من حوادث الغرق في موسم الفيضانات.\n"
)
LAST = "ويطالب سكان الأحياء المجاورة"


# --- the comment widget, in the head or at the foot -------------------------------------------------------

COMMENT_WIDGETS = [
    "جاري تحميل التعليقات...",
    "جار تحميل التعليقات",
    "يتم تحميل التعليقات …",
    "Loading comments...",
    "لا توجد تعليقات حتى الآن",
    "لا توجد تعليقات بعد. كن أول من يعلق",
    "كن أول من يعلق على هذا الخبر",
    "لم يتم إضافة أي تعليقات",
    "اترك تعليقاً — لن يتم نشر عنوان بريدك الإلكتروني.",
    "أضف تعليقك | لن يتم نشر بريدك الإلكتروني",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "Your email address will not be published.",
    "عرض التعليقات",
]


@table("widget", COMMENT_WIDGETS)
def test_a_comment_widget_under_the_byline_is_dropped(widget):
    cleaned = clean_checked(f"{TITLE}\nكتب: سامي الهاشمي\n\n{widget}\n\n{BODY}")
    assert cleaned.title == TITLE
    assert widget not in cleaned.body and cleaned.body.startswith(LEAD)
    assert LAST in cleaned.body


@table("widget", COMMENT_WIDGETS)
def test_a_comment_widget_at_the_foot_is_dropped(widget):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{widget}\nجميع الحقوق محفوظة لموقع الضفة 2024")
    assert widget not in cleaned.body
    assert cleaned.body.startswith(LEAD) and LAST in cleaned.body


# (sentences on comments, loading or the first to do something are the article's)
@table("line", [
    "ولا توجد تعليقات رسمية من الوزارة على الحادث حتى الآن، بحسب ما أفاد مراسلنا.",
    "لا توجد تعليقات رسمية من الوزارة على الحادث حتى الآن، بحسب ما أفاد مراسلنا.",
    "جاري تحميل الشاحنات بالمساعدات في ميناء العريش منذ ساعات الصباح الأولى، وفق مصادر محلية.",
    "وقال الوزير إن عرض التعليقات على مسودة القانون سيتم خلال الأسبوع المقبل في جلسة علنية.",
    "كن أول من يعرف",
    "وكانت البلدية أول من يعلق على القرار، إذ وصفته بأنه خطوة متأخرة لكنها ضرورية.",
    "وقال الرئيس لأعضاء المجلس: كن أول من يعلق على القرار ولا تنتظر غيرك",
    "يتم عرض التعليقات على اللجنة المختصة قبل إقرار النص النهائي.",
])
def test_sentences_on_comments_or_loading_stay(line):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n\nوأكد المحافظ أن افتتاح الجسر الثاني سيكون في العام المقبل.\n")
    assert line in cleaned.body


# --- an aggregator's wrapper ---------------------------------------------------------------------------

@table("opening", [
    "بوابة الشرق - نعرض لكم زوارنا أهم وأحدث الأخبار في المقال الآتي:",
    "نقدم لكم متابعينا الكرام تفاصيل الخبر التالي:",
    "أخبار الساعة - نستعرض لكم زوارنا الكرام آخر المستجدات في الخبر التالي",
])
def test_an_aggregators_opening_is_dropped(opening):
    cleaned = clean_checked(f"أخبار الساعة | محليات\n{TITLE}\n{opening}\n\n{BODY}")
    assert cleaned.title == TITLE
    assert opening not in cleaned.body and cleaned.body.startswith(LEAD)


GLUED_ITEM = ("أسعار الذهب في السوق المحلية اليوم\n"
              "استقرت أسعار الذهب في محلات الصاغة صباح اليوم، إذ سجل سعر الغرام من عيار 21 نحو 3200 جنيه للبيع، "
              "فيما بلغ سعر الجنيه الذهب 25600 جنيه، بحسب ما أفاد به تجار محليون.\n")


@table(("sign_off", "note"), [
    (f"كانت هذه تفاصيل خبر {TITLE} لهذا اليوم. نرجو أن نكون قد وفقنا بإعطائك التفاصيل والمعلومات الكاملة.",
     ("وتجدر الإشارة بأن الموضوع الأصلي قد تم نشره ومتواجد على صحيفة النهار وقد قام فريق التحرير في بوابة "
      "الشرق بالتأكد منه وربما تم التعديل فيه.")),
    (f"شكراً لقراءتكم خبر {TITLE}، ونتمنى أن نكون قد قدمنا لكم التفاصيل الكاملة.",
     "ويمكنكم قراءة ومتابعة مستجدات هذا الخبر أو الموضوع من مصدره الأساسي."),
    (f"كانت هذه تفاصيل موضوع {TITLE} نرجو أن نكون قد وفقنا في عرضه.", ""),
])
def test_an_aggregators_sign_off_ends_the_story(sign_off, note):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{sign_off}\n{note}\nالمصدر : صحيفة النهار\n\n{GLUED_ITEM}\n"
                     "الكلمات الدلالية: جسر | نهر | أشغال")
    assert sign_off not in cleaned.body and "أسعار الذهب" not in cleaned.body and "الصاغة" not in cleaned.body
    if note:
        assert note not in cleaned.body
    assert cleaned.source_credit == "صحيفة النهار"
    assert cleaned.body.startswith(LEAD) and LAST in cleaned.body


# (the same words in a story on the press, or on details of a plan)
@table("line", [
    "وأوضحت الصحيفة أن الخبر الأصلي تم نشره قبل أسبوع على موقعها، قبل أن تحذفه بطلب من الوزارة.",
    "وكانت هذه تفاصيل الخطة التي عرضها الوزير على البرلمان الشهر الماضي، قبل أن تعدلها اللجنة المالية.",
    "وقال المتحدث: نقدم لكم الدعم الكامل حتى انتهاء الأشغال في الضفة الغربية.",
])
def test_aggregator_words_in_a_sentence_stay(line):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n\nوأكد المحافظ أن افتتاح الجسر الثاني سيكون في العام المقبل.\n")
    assert line in cleaned.body
    assert "افتتاح الجسر الثاني" in cleaned.body


# --- an edition switcher and a dossier label -------------------------------------------------------------

@table("line", [
    "Alwasat | طبعة القاهرة | طبعة دبي",
    "النسخة الدولية | النسخة المصرية",
    "الطبعة الأولى | الطبعة الثانية | الطبعة الدولية",
    "الرقيب | إصدار الرباط | إصدار باريس",
])
def test_an_edition_switcher_is_dropped(line):
    cleaned = clean_checked(f"{TITLE}\nكتب: سامي الهاشمي\n\n{line}\n\n{BODY}")
    assert cleaned.title == TITLE
    assert line not in cleaned.body and cleaned.body.startswith(LEAD)


@table("line", [
    "ملف: الانتخابات التشريعية في العراق",
    "ملف خاص: أزمة المياه في الأردن 2024",
    "ضمن ملف: الهجرة غير النظامية",
    "ملفات: النقل العام",
])
def test_a_dossier_label_is_dropped(line):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\nشارك الخبر: واتساب - فيسبوك - إكس\n")
    assert line not in cleaned.body
    assert cleaned.body.startswith(LEAD) and LAST in cleaned.body


# (a bar of two figures, a subheading that names a case, a sentence on a file stay)
@table("line", [
    "الطبعة الثانية من المعرض | 120 دار نشر",
    "ملف النفايات: الحكومة تعد بحل قبل الصيف",
    "ملف: أكد الوزير أن التحقيق في القضية مستمر منذ شهرين ولم يغلق بعد.",
])
def test_edition_and_dossier_near_misses_stay(line):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\nوأكد المحافظ أن افتتاح الجسر الثاني سيكون في العام المقبل.\n")
    assert line in cleaned.body


# --- a brief glued at the foot under a "<place>: <headline>" headline ---------------------------------------

PORT_TITLE = "ميناء الناظور يستقبل أول سفينة حاويات بعد أشغال التوسعة"
PORT_BODY = (
    "استقبل ميناء الناظور غرب المتوسط، صباح الثلاثاء، أول سفينة حاويات منذ انتهاء أشغال التوسعة التي امتدت "
    "أربع سنوات، في خطوة تقول السلطات إنها ستجعل الميناء منصة رئيسية للتجارة بين إفريقيا وأوروبا.\n\n"
    "وقال مدير الميناء إن الرصيف الجديد يبلغ طوله 1500 متر ويستوعب سفنا بحمولة تصل إلى 18 ألف حاوية، مشيرا "
    "إلى أن الطاقة الاستيعابية للميناء سترتفع إلى ثلاثة ملايين حاوية سنويا بحلول نهاية العقد.\n\n"
    "وأكد والي الجهة الشرقية خلال زيارته للميناء أن المشروع وفر أكثر من ألفي فرصة عمل مباشرة لأبناء "
    "الإقليم، وأن الحكومة تعتزم ربط الميناء بخط السكة الحديدية نحو مدينة تاوريرت في غضون عامين.\n\n"
    "ويرى خبراء في النقل البحري أن نجاح المشروع يبقى رهينا بقدرة الميناء على جذب شركات الملاحة الكبرى، "
    "في ظل منافسة قوية من موانئ الضفة الشمالية للمتوسط.\n"
)
PORT_LAST = "ويرى خبراء في النقل البحري"


# (the brief's lead may share the region's words with the article, its place and its topic it does not)
@table(("headline", "lead"), [
    ("الحسيمة: انقلاب حافلة لنقل العمال يخلف 14 جريحا بطريق تارجيست",
     ("أصيب 14 عاملا بجروح متفاوتة إثر انقلاب حافلة لنقل العمال بطريق تارجيست، صباح الثلاثاء، وأكدت السلطات "
      "المحلية بالإقليم أن الحافلة كانت تقل أكثر من أربعين عاملا نحو الضيعات الزراعية في الجهة الشرقية قرب "
      "المدينة، وأن المصابين نقلوا إلى المستشفى.")),
    ("بركان: إتلاف أطنان من الخضر الفاسدة بسوق الجملة",
     ("أتلفت لجنة المراقبة الصحية بالجهة الشرقية، صباح الثلاثاء، أطنانا من الخضر الفاسدة بسوق الجملة في مدينة "
      "بركان، بعد حملة مراقبة مفاجئة شملت محلات التخزين، وقالت السلطات إن الحملة، التي تتكرر منذ أربع سنوات، "
      "ستمتد إلى أسواق الإقليم.")),
])
def test_a_brief_under_a_new_place_headline_is_cut(headline, lead):
    raw = (f"{PORT_TITLE}\n{PORT_BODY}\n{headline}\n{lead}\n\nالكلمات المفاتيح: ميناء، الناظور، حاويات\n"
           "جميع الحقوق محفوظة - موقع الشرق 2024")
    cleaned = clean_checked(raw)
    assert headline not in cleaned.body and lead not in cleaned.body
    assert PORT_LAST in cleaned.body


# (the article's own place heading its last section, another place on the article's topic, and a subheading
# over the last paragraph stay)
@table(("headline", "lead"), [
    ("الناظور: مخاوف من ارتفاع أسعار الكراء بعد الأشغال",
     ("يخشى سكان الأحياء القريبة من الميناء ارتفاع أسعار الكراء بعد انتهاء الأشغال، إذ تضاعفت الإيجارات في بعض "
      "الأزقة خلال أربع سنوات، وقالت السلطات إنها تدرس دعم الأسر الفقيرة.")),
    ("وجدة: الميناء الجديد يجذب مصدري الحوامض",
     ("يتوقع مصدرو الحوامض في وجدة أن يخفض الميناء الجديد كلفة الشحن نحو موانئ الضفة الشمالية للمتوسط بنحو "
      "الثلث، بعدما كانوا يعتمدون على موانئ بعيدة لتصدير محاصيلهم خلال السنوات الماضية.")),
    ("الناظور: التجار يطالبون بتخفيض رسوم العبور",
     ("ويطالب تجار الجهة الشرقية بتخفيض رسوم العبور في الميناء الجديد، معتبرين أن الكلفة الحالية تضعف قدرة "
      "المنتجات المحلية على المنافسة في الأسواق الأوروبية.")),
    ("مخاوف الصيادين",
     "ويخشى صيادو الإقليم أن تقلص أشغال التوسعة مساحة المرفأ المخصص لقواربهم الصغيرة داخل الميناء."),
])
def test_the_articles_own_place_or_subheading_at_the_foot_stays(headline, lead):
    raw = f"{PORT_TITLE}\n{PORT_BODY}\n{headline}\n{lead}\n\nالكلمات المفاتيح: ميناء، الناظور، حاويات\n"
    cleaned = clean_checked(raw)
    assert headline in cleaned.body and lead in cleaned.body


# (a headline over a weather brief, with the comment form's notice below it)
def test_a_weather_brief_above_the_comment_form_is_cut():
    headline = "الأرصاد: أمطار رعدية وانخفاض في درجات الحرارة نهاية الأسبوع"
    lead = ("توقعت مديرية الأرصاد الجوية تساقط أمطار رعدية قوية على المرتفعات وانخفاضا ملموسا في درجات الحرارة "
            "بداية من مساء الجمعة، مع هبوب رياح قوية على السواحل.")
    raw = (f"{PORT_TITLE}\n{PORT_BODY}\n{headline}\n{lead}\n\nتابعونا على: فيسبوك | إكس\n"
           "اترك تعليقاً — لن يتم نشر عنوان بريدك الإلكتروني.\n© 2024 الشرق. جميع الحقوق محفوظة")
    cleaned = clean_checked(raw)
    assert headline not in cleaned.body and lead not in cleaned.body
    assert PORT_LAST in cleaned.body
