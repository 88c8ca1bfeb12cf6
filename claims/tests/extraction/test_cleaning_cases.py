"""Table-driven cleaning cases in the shapes of outlets the seeds do not show.

Written by hand (Youm7, Sky News Arabia, Al Jazeera, BBC, Hespress, Asharq Al-Awsat, CNN,
France 24, Reuters, Anadolu styles); each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from claims.extraction.cleaning import clean_text
from claims.extraction.pipeline import extract_article

from .test_cleaning import assert_lines_of_input

LEAD = "أعلنت وزارة الصحة السودانية، اليوم الاثنين، ارتفاع عدد الإصابات بالكوليرا في ولاية كسلا إلى 320 حالة."

# (name, raw page, must stay in body, must leave body)
RELATED_BLOCKS = [
    (
        "Youm7: mid-article read-also heading and one teaser, the text goes on with و",
        "ارتفاع أسعار الذهب في مصر اليوم\n"
        "سجل سعر جرام الذهب عيار 21 نحو 3150 جنيها في تعاملات اليوم الأحد، بحسب شعبة الذهب.\n"
        "اقرأ أيضا\n"
        "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة\n"
        "وأوضح رئيس الشعبة أن الأسعار تراجعت بنحو 40 جنيها مقارنة بالأسبوع الماضي.",
        ["وأوضح رئيس الشعبة", "3150 جنيها"],
        ["اقرأ أيضا", "البنك المركزي يثبت"],
    ),
    (
        "Sky News: 'شاهد أيضاً' with two teasers and a blank line, the text goes on with كما",
        f"{LEAD}\n\nشاهد أيضاً\nانهيار سد في ليبيا يخلف آلاف الضحايا\nفيضانات باكستان في صور\n\n"
        "كما سجلت الوزارة 12 حالة وفاة منذ بداية التفشي في منتصف الشهر الماضي.",
        ["كما سجلت الوزارة 12 حالة وفاة", "320 حالة"],
        ["شاهد أيضاً", "انهيار سد", "فيضانات باكستان"],
    ),
    (
        "Al Jazeera: English list block, the text goes on with و",
        f"{LEAD}\nاقرأ أيضا\nlist of 2 items\nlist 1 of 2\nالهلال يتعاقد مع مدرب جديد\n"
        "list 2 of 2\nزلزال بقوة 6 درجات يضرب تايوان\nend of list\n"
        "وبحسب الأمم المتحدة، فقد أجبرت الحرب زهاء 8.6 ملايين على النزوح.",
        ["وبحسب الأمم المتحدة", "320 حالة"],
        ["list of 2 items", "الهلال يتعاقد", "زلزال بقوة 6", "end of list", "اقرأ أيضا"],
    ),
    (
        "Al Jazeera: Arabic list block, the text goes on without a connective",
        f"{LEAD}\nاقرأ أيضا\nقائمة من 3 عناصر\nقائمة 1 من 3\nمباحثات جدة تتعثر مجددا\nقائمة 2 من 3\n"
        "الجيش يستعيد مواقع في أم درمان\nقائمة 3 من 3\nأسعار الخبز تتضاعف في الخرطوم\nنهاية القائمة\n"
        "أكد مدير عام الوزارة أن فرق الاستجابة السريعة وصلت إلى المناطق المتضررة.",
        ["أكد مدير عام الوزارة", "320 حالة"],
        ["قائمة من 3 عناصر", "مباحثات جدة", "أسعار الخبز", "نهاية القائمة"],
    ),
    (
        "'قد يهمك أيضا' mid-text; the text goes on about the same story without a connective",
        "أعلنت وزارة الصحة اللبنانية تسجيل 18 إصابة جديدة بالكوليرا في محافظة عكار شمال لبنان.\n"
        "قد يهمك أيضا\n"
        "مهرجان بعلبك يعلن برنامج دورته الجديدة\n"
        "وزير الصحة اللبناني فراس الأبيض: الإصابات بالكوليرا في عكار تحت السيطرة ولا داعي للهلع.",
        ["وزير الصحة اللبناني فراس الأبيض", "18 إصابة"],
        ["مهرجان بعلبك"],
    ),
    (
        "Enab Baladi: a 'مرتبط' label and one headline mid-text, the text goes on with و",
        f"{LEAD}\n\nمرتبط\n\"يونيسف\": 3 ملايين طفل سوداني بحاجة إلى مساعدة عاجلة\n\n"
        "وفي ولاية القضارف، قال مصدر طبي إن المستشفيات استقبلت 45 حالة جديدة.",
        ["وفي ولاية القضارف", "45 حالة", "320 حالة"],
        ["مرتبط", "3 ملايين طفل"],
    ),
    (
        "'ذات صلة:' with two headlines mid-text, the text goes on with كما",
        f"{LEAD}\nذات صلة:\nالصحة العالمية تحذر من تفشي الحصبة\nأمطار غزيرة تغمر شرق السودان\n"
        "كما سجلت الوزارة 12 حالة وفاة منذ بداية التفشي.",
        ["كما سجلت الوزارة 12 حالة وفاة", "320 حالة"],
        ["ذات صلة", "تحذر من تفشي الحصبة", "أمطار غزيرة"],
    ),
    (
        "must not change: a sentence opening with 'مرتبط' stays",
        f"{LEAD}\nمرتبط ارتفاع الإصابات بتلوث مياه الشرب في 4 مناطق، وفق الوزارة.\nوأضافت أن الوضع مستقر.",
        ["مرتبط ارتفاع الإصابات", "وأضافت أن الوضع مستقر"],
        [],
    ),
    (
        "'مواضيع ذات صلة' and 'اقرأ المزيد' in mid-text keep the text after them",
        f"{LEAD}\nمواضيع ذات صلة\nالأمم المتحدة تحذر من مجاعة\nاقرأ المزيد\n"
        "وتعاني المستشفيات في الولاية نقصا حادا في المحاليل الوريدية والأدوية.",
        ["وتعاني المستشفيات", "320 حالة"],
        ["مواضيع ذات صلة", "الأمم المتحدة تحذر", "اقرأ المزيد"],
    ),
    (
        "seed-like tail: credit line, keywords, read-also, then an unrelated article on the same topic",
        "زيلينسكي يطلب المزيد من أنظمة الدفاع الجوي\n"
        "طالب الرئيس الأوكراني فولوديمير زيلينسكي الحلفاء الغربيين بتزويد بلاده بمزيد من أنظمة الدفاع الجوي.\n"
        "وقال زيلينسكي إن روسيا أطلقت أكثر من 40 صاروخا على المدن الأوكرانية خلال الأسبوع الماضي.\n"
        "المصدر: وكالات\n"
        "كلمات دلالية: أوكرانيا روسيا زيلينسكي\n"
        "إقرأ أيضاً:\n"
        "روسيا تعلن السيطرة على قرية جديدة في دونيتسك\n"
        "وأعلنت وزارة الدفاع الروسية أن قواتها سيطرت على قرية جديدة في منطقة دونيتسك شرق أوكرانيا.\n"
        "وقالت الوزارة إن الدفاعات الجوية أسقطت 25 طائرة مسيرة أوكرانية.",
        ["أكثر من 40 صاروخا"],
        ["إقرأ أيضاً", "قرية جديدة", "25 طائرة مسيرة"],
    ),
    (
        "tail without end markers: read-also, teaser, a dateline, an unrelated article",
        f"{LEAD}\nوأضافت الوزارة أن فرقا طبية أرسلت إلى الولاية.\n"
        "اقرأ أيضاً\n"
        "ريال مدريد يتوج بلقب الدوري الإسباني\n"
        "مدريد - أ ف ب\n"
        "توج ريال مدريد بلقب الدوري الإسباني لكرة القدم للمرة السادسة والثلاثين في تاريخه بعد فوزه على قادش 3-0.\n"
        "وسجل الأهداف الثلاثة كل من براهيم دياز وجود بيلينغهام وخوسيلو.",
        ["فرقا طبية"],
        ["ريال مدريد", "قادش", "براهيم دياز"],
    ),
    (
        "tail without end markers: the glued article opens with its own lead, no connective",
        f"{LEAD}\nاقرأ أيضا\nارتفاع أسعار النفط عالميا\n"
        "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار مجموعة أوبك+ خفض الإنتاج بمقدار مليون برميل يوميا.\n"
        "ويتوقع المحللون أن يستمر الارتفاع حتى نهاية العام.",
        ["320 حالة"],
        ["أسعار النفط", "مليون برميل", "المحللون"],
    ),
    (
        "read-also at the foot of the page with only teasers after it",
        f"{LEAD}\nاقرأ أيضاً\nأمطار رعدية قوية بعدد من أقاليم المملكة يوم الأحد",
        ["320 حالة"],
        ["اقرأ أيضاً", "أمطار رعدية"],
    ),
    (
        "a body line that merely mentions reading stays",
        f"{LEAD}\nوكتب الروائي في مقدمته: اقرأ أيضا ما بين السطور، فالحكاية لا تنتهي هنا.\n"
        "وأضافت الوزارة أن الوضع مستقر.",
        ["اقرأ أيضا ما بين السطور", "الوضع مستقر"],
        [],
    ),
]


@pytest.mark.parametrize("name, raw, keep, gone", RELATED_BLOCKS, ids=[c[0] for c in RELATED_BLOCKS])
def test_related_blocks(name, raw, keep, gone):
    body = clean_text(raw).body
    for phrase in keep:
        assert phrase in body, phrase
    for phrase in gone:
        assert phrase not in body, phrase
    assert_lines_of_input(body, raw)


BBC_PAGE = (
    "منظمة الصحة العالمية تعلن حالة طوارئ صحية\n"
    "أعلنت منظمة الصحة العالمية أن تفشي المرض في أفريقيا يمثل حالة طوارئ صحية عامة.\n"
    "قصص مقترحة\n"
    "المزيد من الأخبار\n"
    "وسجلت السلطات أكثر من 15 ألف إصابة منذ مطلع العام.\n"
    "حقوق النشر © 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية."
)

# (raw line at the foot of an article, must it leave the body)
JUNK_LINES = [
    ("قصص مقترحة", True),
    ("المزيد من الأخبار", True),
    ("حقوق النشر © 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.", True),
    ("جميع الحقوق محفوظة © 2024 اليوم السابع.", True),
    ("© 2023 سكاي نيوز عربية. جميع الحقوق محفوظة.", True),
    ("Copyright © 2024 Hespress.", True),
    ("وقالت الشركة إن حقوق النشر محفوظة للمؤلف بموجب القانون الصادر عام 2019 وإنها ستلجأ للقضاء.", False),
    # contact lines
    ("لمزيد من الاستفسارات اتصل على 16222", True),
    ("للتواصل مع خدمة العملاء: 01001234567", True),
    ("للاستفسار والشكاوى يرجى الاتصال على الرقم 19777", True),
    ("الخط الساخن: 15335", True),
    ("وخصصت الوزارة الخط الساخن 16222 لتلقي الشكاوى من المواطنين.", False),
    ("للتواصل مع الأسر المتضررة، شكلت المحافظة لجنة من 12 عضوا.", False),
    ("هاتف محمول جديد بسعر 12000 جنيه", False),
    ("اتصل الرئيس بنظيره الفرنسي لبحث صفقة بقيمة 50000 يورو", False),
    # BBC page furniture
    ("التعليق على الصورة، لاجئات سودانيات ينتظرن توزيع المساعدات في مخيم أدري", True),
    ("Article information", True),
    ("Author, هبة صالح", True),
    ("Role, بي بي سي نيوز عربي", True),
    ("تخطى قصص مقترحة وواصل القراءة", True),
    ("نهاية قصص مقترحة", True),
    # wire credits at the foot of a story
    ("(تغطية صحفية أحمد حجاجي - تحرير سها جادو)", True),
    ("(إعداد محمد عبد اللاه للنشرة العربية - تحرير علي خفاجي)", True),
    ("(تغطية صحفية أحمد حجاجي - إعداد محمد عبد اللاه للنشر في النشرة العربية - تحرير سها جادو)", True),
    ("وشاركت في إعداد التقرير لجنة من 5 خبراء قبل تحريره ونشره.", False),
    # counters and captions
    ("عدد التعليقات: ٠", True),
    ("عدد التعليقات 12", True),
    ("(صورة أرشيفية) عراقيون يحتمون من الحر قرب مولدة أهلية في بغداد", True),
    ("صورة: مستشفى البصرة العام", True),
    ("(رويترز)", True),
    ("(صورة أرشيفية) وأظهرت الصورة 30 شخصا على الأقل يتدافعون أمام المخبز، وفق ما قال شهود لرويترز.", False),
    ("عدد التعليقات على المنشور تجاوز 12 ألفا خلال ساعة.", False),
    # contact lines with other lead-ins and spaced phone numbers
    ("للتواصل مع قسم التحرير: 021 73 44 56", True),
    ("للإعلان في الموقع: 0555 12 34 56", True),
    ("للإبلاغ عن المخالفات: 800-1234-56", True),
    ("للتواصل مع 3 آلاف أسرة متضررة خصصت الوزارة 12 فريقا ميدانيا.", False),
    # captions in brackets, with a label and a photo credit
    ("(صورة: أطفال ينتظرون العلاج في مستشفى كسلا - أ ف ب)", True),
    ("(الصورة: رجال الإطفاء يخمدون حريقا في سوق المدينة القديمة - رويترز)", True),
    ("(صورة: رويترز) وقال الوزير إن 30 شخصا قتلوا في الهجوم.", False),
    # hashtag lines
    ("#الكويت #مجلس_الأمة", True),
    ("#حج_1445 #عرفات", True),
    ("وأطلق ناشطون وسم #أنقذوا_غزة الذي تصدر المنصات بأكثر من 200 ألف تغريدة.", False),
    # follow prompts behind a lead-in ("to read the latest news, follow …")
    ("للاطلاع على آخر الأخبار تابعوا قناتنا على تيليغرام", True),
    ("لمزيد من الأخبار المحلية تابعونا على حساباتنا في منصات التواصل الاجتماعي", True),
    ("ولمعرفة المزيد من التفاصيل تابعونا على صفحتنا في فيسبوك", True),
    ("تابعوا آخر الأخبار عبر حسابنا على إنستغرام", True),
    ("لمزيد من الأخبار الرياضية تابعونا على حسابات الوطن في منصات التواصل الاجتماعي", True),
    ("للاطلاع على المستجدات تابعوا الجريدة عبر مواقع التواصل الاجتماعي", True),
    ("وتابع الآلاف عبر منصات التواصل الاجتماعي مراسم التشييع التي حضرها 20 ألف شخص.", False),
    ("وتابع الآلاف على فيسبوك البث المباشر للمباراة التي حضرها 30 ألف مشجع.", False),
    ("للاطلاع على تفاصيل الخطة تابع الوزير جولته في 3 محافظات", False),
    # newsletter prompts
    ("اشترك في نشرة «الأيام» اليومية", True),
    ("اشترك في النشرة البريدية", True),
    ("اشتركوا في نشرتنا الأسبوعية", True),
    ("ودعت الوزارة الأطباء إلى الاشتراك في النشرة الصحية التي تصدر كل شهر.", False),
    ("اشترك أكثر من 2000 عداء في نشرة التسجيل الأولى للماراثون", False),
    # share bars with a label and a copy-link button
    ("مشاركة: فيسبوك | إكس | واتساب | نسخ الرابط", True),
    ("شارك: تويتر | فيسبوك | تيليغرام", True),
    ("وقال إن مشاركة 40 دولة في القمة تؤكد أهميتها.", False),
    ("حجم الخط: أ+ أ-", True),
    ("تكبير الخط | أ-", True),
    ("حجم الخط A+ A-", True),
    ("كلمات البحث: الكوليرا - السودان - كسلا", True),
    ("كلمات بحث: وزارة الصحة", True),
    # must not change: sentences that open with the same words
    ("كلمات البحث الأكثر تداولا هذا العام تضمنت اسم الوزارة 40 مرة.", False),
    ("حجم الخطر الذي يواجهه سكان الولاية كبير بحسب 40 طبيبا.", False),
]

# (last line of a page, source credit, publication date it gives, must it leave the body)
FOOTERS = [
    ("(العمانية) 12 يونيو 2024", "العمانية", "2024-06-12", True),  # Oman News Agency
    ("(بنا)", "بنا", None, True),  # Bahrain News Agency
    ("(قنا)", "قنا", None, True),
    ("(وام)", "وام", None, True),
    ("جريدة الأيام - العدد 12712 - الإثنين 11 مارس 2024 الموافق 1 رمضان 1445", "جريدة الأيام", "2024-03-11", True),
    ("صحيفة الوطن - العدد 5120 - الأحد 3 نوفمبر 2024", "صحيفة الوطن", "2024-11-03", True),
    ("نشر في الصباح يوم 14 - 12 - 2024", None, "2024-12-14", True),
    ("نشر في الشروق يوم 03 - 09 - 2023", None, "2023-09-03", True),
    # must not change: the end of a sentence in brackets, an issue number in a sentence
    ("(وكان الحادث قد وقع في 12 يونيو 2024 قرب الميناء)", None, None, False),
    ("وصدر العدد 12 من المجلة في 11 مارس 2024 بعد توقف دام عامين.", None, None, False),
]


@pytest.mark.parametrize("footer, credit, published, junk", FOOTERS, ids=[c[0][:30] for c in FOOTERS])
def test_footers_give_credit_and_date_and_leave_the_body(footer, credit, published, junk):
    raw = f"عنوان الخبر في سطر واحد\n{LEAD}\nوأضافت الوزارة أن الوضع مستقر.\n{footer}"
    cleaned = clean_text(raw)
    assert (cleaned.source_credit, cleaned.published) == (credit, published)
    assert (footer not in cleaned.body) == junk
    out = extract_article(raw, published="2024-08-15")
    if junk:  # nothing is read from a removed line
        assert out["body"] == LEAD + "\nوأضافت الوزارة أن الوضع مستقر."


@pytest.mark.parametrize("line, junk", JUNK_LINES, ids=[c[0][:30] for c in JUNK_LINES])
def test_junk_lines(line, junk):
    raw = f"{LEAD}\n{line}\nوأضافت الوزارة أن الوضع مستقر."
    body = clean_text(raw).body
    assert (line not in body) == junk
    assert "الوضع مستقر" in body


def test_copyright_footer_yields_no_quantity_or_date():
    out = extract_article(BBC_PAGE, published="2024-08-15")
    assert "حقوق النشر" not in out["body"] and "قصص مقترحة" not in out["body"]
    assert "المزيد من الأخبار" not in out["body"]
    assert "15 ألف إصابة" in out["body"]
    for claim in out["claims"]:
        for quantity in claim.get("quantities") or [claim.get("quantity")]:
            assert not quantity or quantity["value"] != 2024, claim


# (raw head lines, published read from them)
PUBLICATION_LINES = [
    ("نشرت في: 13/08/2024 - 10:35", "2024-08-13"),  # France 24
    ("نشرت في : 13/08/2024", "2024-08-13"),
    ("الجمعة 12 يوليوز 2024 - 10:00", "2024-07-12"),  # Hespress
    ("الخميس 5 شتنبر 2024 - 18:20", "2024-09-05"),
    ("الاثنين 2 دجنبر 2024", "2024-12-02"),
    ("الاثنين 3 يونيو حزيران 2024 | 11:05 ص", "2024-06-03"),  # Reuters
    ("3 حزيران يونيو 2024", "2024-06-03"),
    ("الأربعاء 15 مايو أيار 2024", "2024-05-15"),
    ("تاريخ النشر: 11.09.2024", "2024-09-11"),  # Anadolu
    ("آخر تحديث: 14 أغسطس 2024 - 09:00\nتاريخ النشر: 12 أغسطس 2024 - 08:00", "2024-08-12"),
    ("تاريخ النشر: 12 أغسطس 2024\nآخر تحديث: 14 أغسطس 2024", "2024-08-12"),
    ("آخر تحديث: 14 أغسطس 2024", "2024-08-14"),  # only an update date: better than none
    ("نشر بتاريخ: 02 كانون ثاني 2024", "2024-01-02"),
    ("السبت 9 ذي الحجة 1445 هـ الموافق 15 يونيو 2024", "2024-06-15"),  # Hijri, then the Gregorian date
    ("الأربعاء 17 رمضان 1445 الموافق 27 مارس 2024", "2024-03-27"),
    ("نشر في 14 - 12 - 2024", "2024-12-14"),  # spaced numeric date
    ("التاريخ: 13 مايو 2024", "2024-05-13"),  # "التاريخ" with the article (Gulf papers)
    ("التاريخ : 03/04/2024 - 09:10", "2024-04-03"),
    # weekday, date and a time with م/ص, then the update date on the same line (Egyptian papers)
    ("نشر في: الإثنين 2 سبتمبر 2024 - 3:15 م | آخر تحديث: الإثنين 2 سبتمبر 2024 - 5:40 م", "2024-09-02"),
    ("تاريخ النشر: الأحد 5 مايو 2024 - 08:40 ص | آخر تحديث: الثلاثاء 7 مايو 2024 - 11:10 م", "2024-05-05"),
    ("آخر تحديث: الثلاثاء 4 يونيو 2024 - 6:30 م", "2024-06-04"),  # only an update date: the fallback
]


@pytest.mark.parametrize("head, published", PUBLICATION_LINES, ids=[c[0] for c in PUBLICATION_LINES])
def test_publication_date_lines(head, published):
    raw = f"عنوان الخبر في سطر واحد\n{head}\n{LEAD}"
    cleaned = clean_text(raw)
    assert cleaned.published == published
    assert cleaned.body == LEAD


@pytest.mark.parametrize("line", [
    "نشرت الصحيفة في 13/08/2024 تقريرا عن الحريق",
    "وقالت في 12 يوليوز 2024 إن المحكمة أجلت الملف",
    "ووافق المجلس في 9 ذي الحجة 1445 هـ الموافق 15 يونيو 2024 على القرار",
    "التاريخ يعيد نفسه في 13 مايو 2024 مع عودة الفيضانات",
    "نشر في الجريدة الرسمية يوم الإثنين 2 سبتمبر 2024 قرار بتعديل الرسوم الجمركية على 40 سلعة مستوردة من الخارج",
])
def test_sentences_with_dates_are_no_publication_line(line):
    cleaned = clean_text(f"عنوان الخبر في سطر واحد\n{LEAD}\n{line}")
    assert cleaned.published is None
    assert line in cleaned.body


# (raw page, source credit, text that must stay in the body, text that must leave it)
CREDITS = [
    ("أمطار قياسية تغرق الإمارات\nأبوظبي - سكاي نيوز عربية\n" + LEAD, "سكاي نيوز عربية", LEAD, "أبوظبي"),
    ("غرق قاربين قبالة إيطاليا\nروما: «الشرق الأوسط»\n" + LEAD, "الشرق الأوسط", LEAD, "روما"),
    ("عنوان عن الفضاء هنا\n(CNN)-- نجحت شركة سبيس إكس، الأحد، في التقاط معزز الصاروخ.\nوأضافت الشركة أن الرحلة نجحت.",
     "CNN", "(CNN)-- نجحت شركة", None),
    ("عنوان عن الفضاء هنا\nواشنطن، الولايات المتحدة (CNN)-- قالت وكالة ناسا إن المسبار انطلق.\nوأضافت الوكالة.",
     "CNN", "واشنطن، الولايات المتحدة (CNN)--", None),
    ("افتتاح معرض الكتاب\nالقاهرة - (أ ش أ)\n" + LEAD, "أ ش أ", LEAD, "(أ ش أ)"),
    ("حكم في ملف تبديد أموال\nالرباط - هسبريس\n" + LEAD, "هسبريس", LEAD, "الرباط - هسبريس"),
    ("حكم في ملف تبديد أموال\nهسبريس - عبد الرحيم العسري\n" + LEAD, "هسبريس", LEAD, None),
    ("الانتخابات في الأردن\nعمان / ليث الجنيدي / الأناضول\n" + LEAD, "الأناضول", LEAD, None),
    ("الأهلي يهزم الزمالك\nبوابة الأهرام\nكتب - محمد سيد\n" + LEAD, "بوابة الأهرام", LEAD, None),
    ("اجتماع وزاري عربي\nبيروت - «النهار»\n" + LEAD, "النهار", LEAD, None),
    # "CITY - OUTLET" with an outlet the tables do not know: one word with the article, or an outlet word
    ("الانتخابات الرئاسية\nالجزائر - الوطن | بقلم: سميرة بن علي\n" + LEAD, "الوطن", LEAD, "سميرة بن علي"),
    ("وقفة عرفات\nالرياض - عرب نيوز\n" + LEAD, "عرب نيوز", LEAD, "الرياض - عرب نيوز"),
    ("الجراد في ظفار\nمسقط - العمانية\n" + LEAD, "العمانية", LEAD, "مسقط - العمانية"),
    ("انفجار منجم\nقفصة - الصباح\n" + LEAD, "الصباح", LEAD, "قفصة - الصباح"),
    ("بطولة اليد\nالقاهرة - السومرية نيوز\n" + LEAD, "السومرية نيوز", LEAD, "السومرية نيوز"),
    ("موازنة العراق\nبغداد: صحيفة الصباح الجديد\n" + LEAD, "صحيفة الصباح الجديد", LEAD, "بغداد:"),
    ("غارة على مخيم\nالميادين نت\n" + LEAD, "الميادين نت", LEAD, "الميادين نت"),
    # a source line after a read-also block that ends the page still gives the credit
    ("غارة على مخيم\n" + LEAD + "\nاقرأ أيضاً\nحزب الله يستهدف موقعا عسكريا في الجليل\nالمصدر: الميادين",
     "الميادين", LEAD, "حزب الله"),
    # must not change: a city and a person (two words or more), a surname-only byline with a blank credit
    ("اجتماع وزاري عربي\nعمان - ليث الجنيدي\n" + LEAD, None, LEAD, None),
    ("اجتماع وزاري عربي\nالجزائر - سميرة بن علي\n" + LEAD, None, LEAD, None),
    ("غزة - المجاعة\n" + LEAD, None, LEAD, None),  # a headline, not a dateline
    ("المنامة - الوسط\nغرق سفينة قبالة البحرين\n" + LEAD, None, LEAD, None),  # first line: the title
    # a labelled byline alone credits its author (see test_byline_credit)
    ("الأهلي يهزم الزمالك\nكتب - محمد سيد\n" + LEAD, "محمد سيد", LEAD, None),
    # must not change: a city and a name, a mention in the body, an explicit credit line
    ("اجتماع وزاري عربي\nالقاهرة - محمد سيد\n" + LEAD, None, LEAD, None),
    ("اجتماع وزاري عربي\n" + LEAD + "\nوذكرت قناة سكاي نيوز عربية أن الاجتماع انتهى.", None, "سكاي نيوز عربية", None),
    ("اجتماع وزاري عربي\nدبي - العربية\n" + LEAD + "\nالمصدر: الخليج", "الخليج", LEAD, None),
    ("اجتماع وزاري عربي\n" + "\n".join(["وأضافت الوزارة أن الوضع مستقر."] * 9) + "\nدبي - سكاي نيوز عربية",
     None, "الوضع مستقر", None),
]


@pytest.mark.parametrize("raw, credit, kept, gone", CREDITS, ids=[c[0].split("\n")[1][:30] for c in CREDITS])
def test_source_credit_from_bylines_and_datelines(raw, credit, kept, gone):
    cleaned = clean_text(raw)
    assert cleaned.source_credit == credit
    assert kept in cleaned.body
    if gone:
        assert gone not in cleaned.body
    assert_lines_of_input(cleaned.body, raw)


# A read-also block in mid-text: what follows is the same article unless a new one visibly starts.
MID_BLOCK_BEFORE = (
    "أزمة الكهرباء تتفاقم في العراق مع موجة الحر\n\n"
    "وقال وزير الكهرباء العراقي إن إنتاج المنظومة الوطنية بلغ 26 ألف ميغاواط.\n\n"
    "اقرأ أيضا\nالعراق يوقع عقدا لاستيراد الغاز\nانقطاع الكهرباء يشعل احتجاجات في الناصرية\n\n"
)
PARAGRAPH_OPENERS = [
    "من جهتها، أعلنت وزارة الصحة أمس أن 370 حالة إجهاد حراري سجلت في البصرة.",
    "في المقابل، قال نائب في البرلمان إن 370 حالة إجهاد حراري سجلت في البصرة.",
    "وفي سياق متصل، سجلت مستشفيات البصرة 370 حالة إجهاد حراري.",
    "إلى ذلك، سجلت مستشفيات البصرة 370 حالة إجهاد حراري خلال الأسبوع.",
    "يذكر أن مستشفيات البصرة سجلت 370 حالة إجهاد حراري خلال الأسبوع.",
    "من ناحية أخرى، سجلت مستشفيات البصرة 370 حالة إجهاد حراري.",
    "بدوره، أكد محافظ البصرة تسجيل 370 حالة إجهاد حراري في المستشفيات.",
    "أما في البصرة، فقد سجلت المستشفيات 370 حالة إجهاد حراري.",
    "في غضون ذلك، سجلت مستشفيات البصرة 370 حالة إجهاد حراري.",
    "أعلنت وزارة الصحة أمس أن 370 حالة إجهاد حراري سجلت في مستشفيات البصرة.",
    "- سجلت مستشفيات البصرة 370 حالة إجهاد حراري خلال يومين.",
    "بلغت درجة الحرارة في البصرة 51 درجة مئوية، وسجلت المستشفيات 370 حالة إجهاد حراري. "
    "وتوقعت هيئة الأنواء الجوية أن تستمر الموجة حتى نهاية الأسبوع، فيما دعت وزارة الصحة المواطنين "
    "إلى تجنب الخروج في ساعات الذروة وشرب كميات كافية من المياه.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPH_OPENERS, ids=[p[:20] for p in PARAGRAPH_OPENERS])
def test_text_after_a_mid_article_block_stays(paragraph):
    raw = MID_BLOCK_BEFORE + paragraph
    cleaned = clean_text(raw)
    assert "370 حالة" in cleaned.body
    assert "26 ألف ميغاواط" in cleaned.body
    assert "اقرأ أيضا" not in cleaned.body and "عقدا لاستيراد الغاز" not in cleaned.body
    assert_lines_of_input(cleaned.body, raw)


GLUED_ARTICLE = (
    "ريال مدريد يتوج بلقب الدوري الإسباني\n"
    "توج ريال مدريد بلقب الدوري الإسباني لكرة القدم للمرة السادسة والثلاثين في تاريخه بعد فوزه على قادش.\n"
    "وسجل الأهداف الثلاثة كل من براهيم دياز وجود بيلينغهام وخوسيلو."
)
# (name, what closes the article before the read-also block, text after the block's links)
GLUED_ON = [
    ("copyright line", "جميع الحقوق محفوظة © 2024\nاقرأ أيضاً\n", GLUED_ARTICLE),
    ("share line", "شارك\nفيسبوك تويتر واتساب\nاقرأ أيضاً\n", GLUED_ARTICLE),
    ("tags line", "وسوم: العراق الكهرباء\nاقرأ أيضا\n", GLUED_ARTICLE),
    ("headline then a byline", "اقرأ أيضا\n", GLUED_ARTICLE.replace("\n", "\nكتب: محمد علي\n", 1)),
    ("headline then a dateline", "اقرأ أيضا\n", GLUED_ARTICLE.replace("\nتوج", "\nمدريد - توج", 1)),
]


# A read-also block at the foot of the page, then a headline and the one paragraph of a glued-on story
# that echoes it (in part) and shares little with the article; only page furniture after it.
FOOT_BEFORE = (
    "أزمة الكهرباء تتفاقم في العراق مع موجة الحر\n"
    "وقال وزير الكهرباء العراقي إن إنتاج المنظومة الوطنية بلغ 26 ألف ميغاواط في ذروة الصيف.\n"
    "وأضاف أن الوزارة تعمل على إضافة 3 آلاف ميغاواط قبل نهاية العام.\n\n"
)
# (name, what follows the article, must stay, must leave)
GLUED_AT_FOOT = [
    ("a follow prompt, the block, a sports story",
     "تابعونا على تلغرام\nاقرأ أيضا\nالزوراء يتغلب على الشرطة ويتصدر الدوري\n"
     "حقق فريق الزوراء فوزا ثمينا على الشرطة بهدفين مقابل هدف مساء أمس في ملعب الشعب.",
     [], ["الزوراء", "فوزا ثمينا"]),
    ("the block, a story, an app prompt after it",
     "اقرأ أيضا\nالترجي يتأهل إلى ربع نهائي رابطة الأبطال الإفريقية\n"
     "ضمن الترجي الرياضي تأهله إلى الدور ربع النهائي بعد تعادله سلبيا مع ضيفه مساء السبت.\n"
     "حمّل تطبيقنا",
     [], ["الترجي", "تعادله سلبيا"]),
    # must not change: the article's own last paragraph after a block at its foot
    ("a last paragraph on the same story (no echo of the link)",
     "اقرأ أيضا\nالترجي يتأهل إلى ربع نهائي رابطة الأبطال\n"
     "أكد الوزير أن انقطاع الكهرباء سيتراجع خلال أسبوعين في بغداد والبصرة.",
     ["انقطاع الكهرباء سيتراجع"], ["الترجي"]),
    ("a last paragraph that echoes the link and the article",
     "اقرأ أيضا\nوزير الكهرباء يزور محطة الزبير الغازية\n"
     "زار وزير الكهرباء العراقي محطة الزبير الغازية، مؤكدا أن إنتاج المنظومة الوطنية سيرتفع.",
     ["محطة الزبير الغازية، مؤكدا"], ["يزور محطة"]),
    ("a paragraph that echoes the link only in part, with more text after it, stays",
     "اقرأ أيضا\nالترجي يتأهل إلى ربع نهائي رابطة الأبطال الإفريقية\n"
     "ضمن الترجي الرياضي تأهله إلى الدور ربع النهائي بعد تعادله سلبيا مع ضيفه مساء السبت.\n"
     "وقال المدرب إن الفريق سيواصل الاستعداد للمرحلة المقبلة من المسابقة القارية.",
     ["تعادله سلبيا", "سيواصل الاستعداد"], ["الترجي يتأهل"]),
]


@pytest.mark.parametrize("name, after, keep, gone", GLUED_AT_FOOT, ids=[c[0] for c in GLUED_AT_FOOT])
def test_story_glued_after_a_closing_read_also_block(name, after, keep, gone):
    raw = FOOT_BEFORE + after
    body = clean_text(raw).body
    assert "26 ألف ميغاواط" in body and "3 آلاف ميغاواط" in body
    assert "اقرأ أيضا" not in body
    for text in keep:
        assert text in body
    for text in gone:
        assert text not in body
    assert_lines_of_input(body, raw)


@pytest.mark.parametrize("name, closing, glued", GLUED_ON, ids=[c[0] for c in GLUED_ON])
def test_glued_on_article_after_a_read_also_block_is_dropped(name, closing, glued):
    raw = ("أزمة الكهرباء تتفاقم في العراق\n"
           "وقال وزير الكهرباء العراقي إن إنتاج المنظومة الوطنية بلغ 26 ألف ميغاواط.\n" + closing + glued)
    body = clean_text(raw).body
    assert "26 ألف ميغاواط" in body
    assert "ريال مدريد" not in body and "بيلينغهام" not in body


# (raw page head, title, published, source credit, byline text that must leave the body; with no other credit, the
# byline's name is the credit, see test_byline_credit)
HEAD_BYLINES = [
    ("أسعار الذهب اليوم في مصر\n\nكتب: أحمد يعقوب\nالثلاثاء، 12 مارس 2024 10:15 ص\n\n",
     "أسعار الذهب اليوم في مصر", "2024-03-12", "أحمد يعقوب", "أحمد يعقوب"),
    ("أسعار الذهب اليوم في مصر\nبقلم: سارة علي\n", "أسعار الذهب اليوم في مصر", None, "سارة علي", "سارة علي"),
    ("مصرع 12 شخصا في حادث تصادم\n\nالسبت 28-09-2024 11:05 | كتب: محمد القماش\n\n",
     "مصرع 12 شخصا في حادث تصادم", "2024-09-28", "محمد القماش", "محمد القماش"),
    ("النهار\n\nمجلس الوزراء يقر زيادة الرواتب\n\n09-01-2025 | 14:20\nالمصدر: النهار\nبيروت - سابين عويس\n\n",
     "مجلس الوزراء يقر زيادة الرواتب", "2025-01-09", "النهار", "سابين عويس"),
    ("بوابة الأهرام\n\nمهرجان القاهرة يسدل الستار\n\n٢٣-١١-٢٠٢٤ | ١٢:٣٥\nمي عبدالله\n\n",
     "مهرجان القاهرة يسدل الستار", "2024-11-23", "بوابة الأهرام", "مي عبدالله"),
    ("ارتفاع أسعار الأسماك في الأسواق\n\n15 جويلية 2025 | 12:40   —   بقلم: سنية الحاجي\n\n",
     "ارتفاع أسعار الأسماك في الأسواق", "2025-07-15", "سنية الحاجي", "سنية الحاجي"),
    ("افتتاح معرض الكتاب\n\nالأحد 3 نوفمبر 2024 – كتب: خالد منصور\n\n",
     "افتتاح معرض الكتاب", "2024-11-03", "خالد منصور", "خالد منصور"),
    ("الخميس 12 سبتمبر 2024\nتقرير عن الجفاف\n\n", "تقرير عن الجفاف", "2024-09-12", None, None),
    ("الخميس 12 سبتمبر 2024\nزلزال يضرب تركيا\n\n", "زلزال يضرب تركيا", "2024-09-12", None, None),
]


@pytest.mark.parametrize("head, title, published, credit, byline", HEAD_BYLINES, ids=[c[1] for c in HEAD_BYLINES])
def test_bylines_under_the_title_leave_the_body(head, title, published, credit, byline):
    raw = head + LEAD
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (title, published, credit)
    assert cleaned.body == LEAD
    if byline:
        assert all(byline not in text for text in (cleaned.body, cleaned.title or ""))


def test_junk_lines_yield_no_number_or_date():
    raw = ("أسعار الذهب اليوم في مصر\nكتب: أحمد يعقوب\n" + LEAD + "\nلمزيد من الاستفسارات اتصل على 16222\n"
           "(صورة أرشيفية) 40 عراقيا يحتمون من الحر في 2023\nعدد التعليقات: 7\n"
           "(تغطية صحفية أحمد حجاجي - تحرير سها جادو)\nالتعليق على الصورة، 15 لاجئة في مخيم أدري عام 2024")
    out = extract_article(raw, published="2024-08-15")
    assert out["body"] == LEAD


# (raw page head, title, published, source credit): an outlet/dateline line above the headline is no title.
OUTLET_LINES_ABOVE_THE_TITLE = [
    ("العربية.نت - الدوحة\nنشر في: 11 فبراير ,2024: 09:12 ص GST\n\nقطر تحتفظ بلقب كأس آسيا\n\n",
     "قطر تحتفظ بلقب كأس آسيا", "2024-02-11", "العربية.نت"),
    ("العربية.نت - الدوحة\nنشر في: 11 فبراير ,2024: 09:12 ص GST آخر تحديث: 11 فبراير ,2024: 10:30 ص GST\n\n"
     "قطر تحتفظ بلقب كأس آسيا بعد الفوز على الأردن 3-1\n\n",
     "قطر تحتفظ بلقب كأس آسيا بعد الفوز على الأردن 3-1", "2024-02-11", "العربية.نت"),
    ("الجزيرة.نت - بغداد\n\nموجة حر تضرب العراق\n\n", "موجة حر تضرب العراق", None, "الجزيرة.نت"),
    ("سكاي نيوز عربية - أبوظبي\n12 مارس 2024\nأمطار قياسية في الإمارات\n", "أمطار قياسية في الإمارات",
     "2024-03-12", "سكاي نيوز عربية"),
    # must not change: the headline comes first, the outlet line under it
    ("قطر تحتفظ بلقب كأس آسيا\nالدوحة - العربية.نت\n", "قطر تحتفظ بلقب كأس آسيا", None, "العربية.نت"),
    ("قطر تحتفظ بلقب كأس آسيا\n", "قطر تحتفظ بلقب كأس آسيا", None, None),
]


DOHA_BODY = (
    "الريل تكشف تفاصيل المرحلة الثانية من المترو\n"
    "كشفت شركة سكك الحديد القطرية عن تفاصيل المرحلة الثانية من مشروع مترو الدوحة بطول 40 كيلومترا.\n"
    "وقال الرئيس التنفيذي للشركة إن الخط الجديد سيخدم 250 ألف راكب يوميا.\n\n"
)
KUWAIT_LEAD = "استقبل سمو أمير البلاد صباح اليوم رئيس مجلس الأمة، وأكد أن نحو 60 مشروعا تنمويا ستطرح خلال العام 2025."
# (name, text after the body's last paragraph, is it a glued-on article)
GLUED_WITHOUT_MARKER = [
    ("headline, then CITY - AGENCY", "أمير الكويت يستقبل رئيس مجلس الأمة\nالكويت - كونا\n" + KUWAIT_LEAD, True),
    ("headline, then a lead opening with a dateline", "أمير الكويت يستقبل رئيس مجلس الأمة\nالكويت - " + KUWAIT_LEAD,
     True),
    ("headline, then a byline", "أمير الكويت يستقبل رئيس مجلس الأمة\nكتب: محمد علي\n" + KUWAIT_LEAD, True),
    # must not change: a subheading followed by a normal paragraph
    ("subheading, then a connective", "مشاريع جديدة\nوأكد الوزير أن نحو 60 مشروعا تنمويا ستطرح خلال العام 2025.",
     False),
    ("subheading, then a plain lead", "مشاريع جديدة\nأكد الوزير أن نحو 60 مشروعا تنمويا ستطرح خلال العام 2025.", False),
]


@pytest.mark.parametrize("name, after, glued", GLUED_WITHOUT_MARKER, ids=[c[0] for c in GLUED_WITHOUT_MARKER])
def test_glued_on_article_without_a_marker(name, after, glued):
    raw = DOHA_BODY + after
    body = clean_text(raw).body
    assert "250 ألف راكب" in body
    assert ("60 مشروعا" not in body) == glued
    assert_lines_of_input(body, raw)


# (raw page head, title, published, source credit): the masthead (the outlet's name, known by a
# name-like shape or by recurring in a credit or prompt line) and section labels above the
# headline are no title; "CITY - <masthead>" and "<masthead> - author" credit the outlet.
MASTHEADS_AND_SECTIONS = [
    ("الدستور أونلاين\nارتفاع أسعار الوقود في الأردن\nعمان - الدستور أونلاين\nالأحد، 12-05-2024 الساعة 10:00\n",
     "ارتفاع أسعار الوقود في الأردن", "2024-05-12", "الدستور أونلاين"),
    ("هبة بريس\n02/06/2024\nهبة بريس - سعيد الناصري\n\nالحكومة تعلن زيادة الأجور في القطاع العام\n\n",
     "الحكومة تعلن زيادة الأجور في القطاع العام", "2024-06-02", "هبة بريس"),
    ("زاوية\nمطار حمد يستقبل 25 مليون مسافر\nالدوحة - زاوية\nالثلاثاء 16 يوليو 2024\n",
     "مطار حمد يستقبل 25 مليون مسافر", "2024-07-16", "زاوية"),
    ("راديو الوادي أف أم\nالبرلمان يصادق على الميزانية\nتاريخ النشر : 10-12-2023 | 14:20\n",
     "البرلمان يصادق على الميزانية", "2023-12-10", None),
    # masthead, a "نشر في:" line with the update date and a byline, then the headline
    ("الوفد\nنشر في: الخميس 5 سبتمبر 2024 - 10:20 ص | آخر تحديث: الخميس 5 سبتمبر 2024 - 1:05 م\n"
     "كتب - محمود سعد\n\nالحكومة تقر خطة لخفض الدين العام\n\n",
     "الحكومة تقر خطة لخفض الدين العام", "2024-09-05", None),
    # section labels between the masthead and the headline
    ("الأيام\nاقتصاد\nالبحرين تطرح سندات بقيمة 500 مليون دولار\n",
     "البحرين تطرح سندات بقيمة 500 مليون دولار", None, None),
    ("البيان\nأخبار عربية\nالجامعة العربية تدعو لوقف النار\nدبي - البيان\n",
     "الجامعة العربية تدعو لوقف النار", None, "البيان"),
    ("النهار\nمجتمع واقتصاد\nحرائق الأحراج تلتهم 400 هكتار\n", "حرائق الأحراج تلتهم 400 هكتار", None, "النهار"),
    ("رياضة\nالهلال يتوج بلقب الدوري\nالرياض - عكاظ\n", "الهلال يتوج بلقب الدوري", None, "عكاظ"),
    # must not change: a short headline, a headline opening with a section word
    ("زلزال يضرب تركيا\n", "زلزال يضرب تركيا", None, None),
    ("رياضة المشي تقلل خطر السكري\n", "رياضة المشي تقلل خطر السكري", None, None),
    ("اقتصاد مصر ينمو 4% في الربع الأول\n", "اقتصاد مصر ينمو 4% في الربع الأول", None, None),
]


@pytest.mark.parametrize("head, title, published, credit", OUTLET_LINES_ABOVE_THE_TITLE + MASTHEADS_AND_SECTIONS,
                         ids=[c[1] for c in OUTLET_LINES_ABOVE_THE_TITLE + MASTHEADS_AND_SECTIONS])
def test_outlet_masthead_and_section_lines_above_the_headline_are_no_title(head, title, published, credit):
    cleaned = clean_text(head + LEAD)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (title, published, credit)
    assert cleaned.body == LEAD


@pytest.mark.parametrize("page, title", [
    # the masthead recurs in a prompt at the foot of the page
    ("المدى\nالبرلمان يقر قانون الموازنة\n" + LEAD + "\nحمّل تطبيق المدى", "البرلمان يقر قانون الموازنة"),
    # must not change: a short headline whose words recur in the text
    ("أسعار الذهب\n" + LEAD + "\nوارتفعت أسعار الذهب في مصر اليوم بنحو 40 جنيها للغرام.", "أسعار الذهب"),
])
def test_masthead_recurring_in_the_page(page, title):
    cleaned = clean_text(page)
    assert cleaned.title == title
    assert cleaned.body.startswith(LEAD)
