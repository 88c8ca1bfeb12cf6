"""Table-driven cases for round 11: a glued story under a "most read" link with a time stamp under it,
page widgets, wire end marks closing the last paragraph, keyword labels, QR-code and e-paper prompts,
a print edition's issue line in the masthead, plural section names in a label line, and a stamp line
with the update time in brackets.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from claims.extraction.cleaning import clean_text

from .test_cleaning import assert_lines_of_input

TITLE = "الحكومة تطلق برنامجا لتحلية مياه البحر في المحافظات الساحلية"
ARTICLE = (
    f"{TITLE}\n\n"
    "أعلنت وزارة المياه والري، اليوم الإثنين، إطلاق برنامج وطني لإنشاء ست محطات لتحلية مياه البحر في "
    "المحافظات الساحلية، بكلفة إجمالية تقدر بنحو 900 مليون دولار.\n\n"
    "وقال وزير المياه في مؤتمر صحفي إن المحطة الأولى ستدخل الخدمة منتصف العام المقبل، وستنتج 150 ألف متر "
    "مكعب يوميا تكفي لتغطية احتياجات نصف مليون نسمة.\n\n"
    "وأضاف الوزير أن البرنامج يمول بقرض ميسر من صندوق تنموي إقليمي، وأن الشركات المحلية ستنفذ أعمال "
    "الأنابيب وخزانات التوزيع.\n"
)
LAST = "وأضاف الوزير أن البرنامج يمول بقرض ميسر"


def _clean(tail: str, *, head: str = "") -> tuple[object, str]:
    raw = head + ARTICLE + tail
    cleaned = clean_text(raw)
    assert_lines_of_input(cleaned.body, raw)
    return cleaned, raw


# (name, text after the article, must stay, must leave)
GLUED_UNDER_STAMPED_LINK = [
    ("a most-read link with a GMT stamp under it, then its teaser and a copyright line",
     "\nالأكثر قراءة\nفيضانات تغمر عشرات القرى في شمال بنغلاديش وتشرد الآلاف\n09:15 GMT 03.03.2025\n"
     "غمرت فيضانات عارمة عشرات القرى في شمال بنغلاديش بعد أمطار موسمية غزيرة، ما أدى إلى تشريد آلاف "
     "الأسر وإغلاق المدارس والطرق الرئيسية.\nجميع الحقوق محفوظة © 2025",
     [], ["الأكثر قراءة", "بنغلاديش", "جميع الحقوق"]),
    ("a related link with a relative stamp under it, then its teaser",
     "\nأخبار ذات صلة\nمنتخب اليد يتأهل إلى نصف نهائي البطولة القارية\nمنذ 3 ساعات\n"
     "تأهل منتخب كرة اليد إلى نصف نهائي البطولة القارية بعد فوزه المثير على نظيره بفارق هدفين في "
     "المباراة التي أقيمت مساء أمس.",
     [], ["أخبار ذات صلة", "منتخب كرة اليد", "نصف نهائي"]),
    # must not change: the paragraph after the stamped link carries on the article (its names and words)
    ("the article going on after a stamped link",
     "\nأخبار ذات صلة\nمنتخب اليد يتأهل إلى نصف نهائي البطولة القارية\nمنذ 3 ساعات\n"
     "وأوضح وزير المياه أن محطات التحلية في المحافظات الساحلية ستعمل بالطاقة الشمسية لخفض كلفة "
     "إنتاج المتر المكعب من المياه.",
     ["ستعمل بالطاقة الشمسية"], ["أخبار ذات صلة", "منذ 3 ساعات"]),
]


@pytest.mark.parametrize("name, tail, keep, gone", GLUED_UNDER_STAMPED_LINK,
                         ids=[c[0] for c in GLUED_UNDER_STAMPED_LINK])
def test_teaser_under_a_stamped_link_leaves_the_body(name, tail, keep, gone):
    cleaned, _ = _clean(tail)
    assert cleaned.title == TITLE and LAST in cleaned.body
    for text in keep:
        assert text in cleaned.body
    for text in gone:
        assert text not in cleaned.body


# (line after the article, leaves the body)
FURNITURE_LINES = [
    # font-size widgets
    ("حجم الخط: كبير | متوسط | صغير", True),
    ("تكبير الخط | تصغير الخط", True),
    ("A+ A A-", True),
    ("Font size: small | medium | large", True),
    # keyword labels and what follows them on the line
    ("الكلمات الرئيسية: المياه، التحلية، الطاقة", True),
    ("الكلمات المفاتيح: المياه، التحلية", True),
    ("كلمات مفتاحية: السدود، الري", True),
    ("الوسوم: المياه، البيئة", True),
    ("العلامات: تحلية المياه، المحافظات الساحلية", True),
    # QR-code follow prompts
    ("امسح الرمز لمتابعة الوكالة على ويبو", True),
    ("امسح الكود لتحميل تطبيق الصحيفة", True),
    ("Scan the QR code to follow us on WeChat", True),
    # e-paper prompts
    ("تصفح العدد الورقي", True),
    ("اقرأ النسخة الرقمية", True),
    ("تحميل عدد اليوم PDF", True),
    ("النسخة الورقية", True),
    # end marks on a line of their own
    ("نهاية الخبر", True),
    ("/انتهى الخبر/", True),
    # must not change: sentences and headlines that open with the same words
    ("الكلمات الرئيسية في خطاب الوزير كانت الأمن المائي والاستدامة", False),
    ("العلامات التجارية المحلية تكسب حصة أكبر من سوق المياه المعبأة", False),
    ("حجم الخط الجديد لنقل المياه يبلغ 40 كيلومترا", False),
    ("مسح الرمز الجيني لسلالة جديدة من القمح المقاوم للجفاف", False),
    ("تراجع توزيع النسخة الورقية للصحف المحلية بنسبة 30 في المئة", False),
    ("العدد الجديد", False),
    ("العلامات", False),  # a subheading of an explainer ("العلامات" / "الأعراض"), not a keyword label
]


@pytest.mark.parametrize("line, leaves", FURNITURE_LINES, ids=[c[0] for c in FURNITURE_LINES])
def test_page_furniture_after_the_article(line, leaves):
    cleaned, _ = _clean("\n" + line + "\n")
    assert (line not in cleaned.body) == leaves
    assert cleaned.title == TITLE and LAST in cleaned.body


# (closing paragraph as written, as kept)
END_MARKS = [
    ("وتنتهي أعمال المحطة الأولى في الربع الثالث. /نهاية الخبر/", "وتنتهي أعمال المحطة الأولى في الربع الثالث."),
    ("وتنتهي أعمال المحطة الأولى في الربع الثالث. (انتهى)", "وتنتهي أعمال المحطة الأولى في الربع الثالث."),
    ("وتنتهي أعمال المحطة الأولى في الربع الثالث.//انتهى//", "وتنتهي أعمال المحطة الأولى في الربع الثالث."),
    ("وقال الوزير: «لن نتراجع». - انتهى -", "وقال الوزير: «لن نتراجع»."),
    # must not change: the words inside a sentence, or with no mark's brackets or slashes
    ("وقال الوزير إن زمن الانقطاعات الطويلة انتهى.", "وقال الوزير إن زمن الانقطاعات الطويلة انتهى."),
    ("وأكد أن عهد الهدر (انتهى) إلى غير رجعة.", "وأكد أن عهد الهدر (انتهى) إلى غير رجعة."),
    ("ووعد بمتابعة المشروع حتى النهاية.", "ووعد بمتابعة المشروع حتى النهاية."),
]


@pytest.mark.parametrize("paragraph, kept", END_MARKS, ids=[c[0] for c in END_MARKS])
def test_end_mark_closing_the_last_paragraph(paragraph, kept):
    cleaned, _ = _clean("\n" + paragraph + "\n\nالكلمات الرئيسية: المياه، التحلية\n")
    assert cleaned.body.endswith(kept)
    assert "الكلمات الرئيسية" not in cleaned.body


def test_a_bare_keywords_label_takes_its_keywords_with_it():
    cleaned, _ = _clean("\nالكلمات الرئيسية\nالمياه\nتحلية المياه\nالمحافظات الساحلية\n")
    assert cleaned.body.endswith("وخزانات التوزيع.")


# (head lines above the headline, published, the line that stays as the title)
ISSUE_LINES = [
    ("العدد: 4521 - الأحد 9 مارس 2025\n", "2025-03-09", TITLE),
    ("العدد 250 | الإثنين 3 فبراير 2025\n", "2025-02-03", TITLE),
    ("السنة 45 - العدد 9876\n", None, TITLE),
    ("محليات\nالعدد : ١٢٣٤٥ - الخميس ١٣ مارس ٢٠٢٥ م، الموافق ١٣ رمضان ١٤٤٦هـ\n", "2025-03-13", TITLE),
    # must not change: a headline that opens with the word
    ("العدد 3 من مجلة العلوم يصدر غدا بملف عن الجفاف\n", None,
     "العدد 3 من مجلة العلوم يصدر غدا بملف عن الجفاف"),
]


@pytest.mark.parametrize("head, published, title", ISSUE_LINES, ids=[c[0] for c in ISSUE_LINES])
def test_issue_line_in_the_masthead(head, published, title):
    cleaned, _ = _clean("", head=head)
    assert cleaned.title == title
    assert cleaned.published == published
    if title == TITLE:  # the masthead's lines leave the body
        assert all(line not in cleaned.body for line in head.split("\n") if line)


# (label line above the headline, read as a label)
SECTION_LABELS = [
    ("الوطن | رياضات", True),
    ("الجريدة | ثقافات", True),
    ("صحيفة الأيام › اقتصاديات", True),
    ("الرأي | سياسات", True),
    ("الخبر | عربيات", True),
    # must not change: a headline with a bar holds a clause, or names no section (a breaking headline stands
    # over its own story; another story's breaking bar, naming none of the article's words, is furniture)
    ("عاجل | الحكومة تقر برنامجا لتحلية مياه البحر", False),
    ("الاقتصادات الناشئة | تباطؤ النمو يقلق المستثمرين", False),
    ("الأهلي | مباريات الأسبوع", False),
]


@pytest.mark.parametrize("label, is_label", SECTION_LABELS, ids=[c[0] for c in SECTION_LABELS])
def test_plural_section_in_a_label_line(label, is_label):
    cleaned, _ = _clean("", head=label + "\n")
    assert cleaned.title == (TITLE if is_label else label)


# (stamp line under the headline, published, leaves the body)
STAMPS = [
    ("09:40 GMT 14.03.2025 (تم التحديث: 10:12 GMT 14.03.2025)", "2025-03-14", True),
    ("10 مارس 2025 (آخر تحديث: 12:30)", "2025-03-10", True),
    # must not change: a bracket that holds no update stamp
    ("10 مارس 2025 (تم التحديث بعد نشر البيان الرسمي للوزارة)", None, False),
]


@pytest.mark.parametrize("stamp, published, leaves", STAMPS, ids=[c[0] for c in STAMPS])
def test_stamp_with_the_update_in_brackets(stamp, published, leaves):
    raw = ARTICLE.replace(f"{TITLE}\n", f"{TITLE}\n{stamp}\n", 1)
    cleaned = clean_text(raw)
    assert cleaned.title == TITLE
    assert cleaned.published == published
    assert (stamp not in cleaned.body) == leaves
    assert_lines_of_input(cleaned.body, raw)


def test_an_end_mark_closes_the_article_for_a_read_also_block_below():
    cleaned, _ = _clean(
        "\nوتنتهي أعمال المحطة الأولى في الربع الثالث. (انتهى)\n\nاقرأ أيضاً\nالمنتخب يفوز في مباراته الودية\n"
        "وأضاف المدرب أن الفريق قدم أداء جيدا في الشوط الثاني رغم غياب ثلاثة لاعبين أساسيين.\n")
    assert cleaned.body.endswith("في الربع الثالث.")
    assert "المدرب" not in cleaned.body
