"""Cleaning scraped article text: boilerplate out, metadata read, kept lines untouched."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.cleaning import _TRAILING_END_MARK, clean_text
from claims.extraction.cleaning.dates import read_date, read_date_line

SHARED = Path(__file__).resolve().parents[3].parent / "shared"

# (name, raw page, title, published, credit, must stay in body, must leave body)
PAGES = [
    (
        "earthquake: JS warning, labelled date, ads, related block, tags, share prompts",
        """يرجى تفعيل جافاسكريبت لعرض هذا الموقع بشكل صحيح

زلزال بقوة 6.8 درجات يضرب المغرب ويخلف أكثر من 2000 قتيل
نُشر في: 2023-09-09 10:15
ضرب زلزال بقوة 6.8 درجات إقليم الحوز جنوب مراكش مساء الجمعة، وفق المعهد الوطني للجيوفيزياء.
إعلان
وقالت وزارة الداخلية إن حصيلة القتلى ارتفعت إلى 2012 شخصا، فيما أصيب 2059 آخرون.
أخبار ذات صلة
المغرب يعلن الحداد ثلاثة أيام
فرق إنقاذ إسبانية تصل إلى مراكش

وأعلن الديوان الملكي الحداد الوطني لمدة ثلاثة أيام وتنكيس الأعلام على المباني العامة.
وسوم: زلزال المغرب مراكش الحوز
شارك
تابعونا على تيليجرام لمتابعة آخر الأخبار""",
        "زلزال بقوة 6.8 درجات يضرب المغرب ويخلف أكثر من 2000 قتيل", "2023-09-09", None,
        ["ضرب زلزال بقوة 6.8 درجات", "حصيلة القتلى ارتفعت إلى 2012", "الحداد الوطني لمدة ثلاثة أيام"],
        ["جافاسكريبت", "إعلان", "أخبار ذات صلة", "المغرب يعلن الحداد ثلاثة أيام", "فرق إنقاذ إسبانية",
         "وسوم", "تيليجرام", "نُشر في"],
    ),
    (
        "central bank: Levantine date line, credit with spaced colon, read-also tail",
        """المركزي الأوروبي يبقي أسعار الفائدة دون تغيير
الخميس 24 تشرين الأول 2024
أبقى البنك المركزي الأوروبي أسعار الفائدة الرئيسية دون تغيير عند 3.25 بالمئة.
وقالت رئيسة البنك كريستين لاغارد إن التضخم يتجه نحو الهدف البالغ 2 بالمئة.
المصدر : وكالات
اقرأ أيضاً
الذهب يسجل مستوى قياسيا جديدا فوق 2700 دولار
ارتفعت أسعار الذهب إلى مستوى قياسي اليوم مع تزايد الطلب على الملاذات الآمنة.""",
        "المركزي الأوروبي يبقي أسعار الفائدة دون تغيير", "2024-10-24", "وكالات",
        ["عند 3.25 بالمئة", "كريستين لاغارد"],
        ["الذهب يسجل مستوى قياسيا", "2700 دولار", "الملاذات الآمنة", "اقرأ أيضاً", "المصدر", "الخميس 24"],
    ),
    (
        "elections: numeric date with time, English ad, bare keyword label, 'may interest you' tail",
        """الهيئة العليا للانتخابات تعلن نسبة المشاركة في الدور الثاني
9-02-2023, 22:31
أعلنت الهيئة العليا المستقلة للانتخابات أن نسبة المشاركة في الدور الثاني بلغت 11.4 بالمئة.
Advertisement
وأوضح رئيس الهيئة أن النتائج الأولية ستعلن يوم الأربعاء المقبل.
الكلمات المفتاحية
الانتخابات التشريعية
الهيئة العليا
قد يهمك أيضا
منتخب تونس يتأهل إلى نهائيات كأس أمم أفريقيا
تأهل المنتخب التونسي لكرة القدم بعد فوزه على ليبيا بثلاثة أهداف.""",
        "الهيئة العليا للانتخابات تعلن نسبة المشاركة في الدور الثاني", "2023-02-09", None,
        ["بلغت 11.4 بالمئة", "النتائج الأولية ستعلن"],
        ["Advertisement", "الكلمات المفتاحية", "الانتخابات التشريعية", "منتخب تونس", "ليبيا", "22:31"],
    ),
    (
        "sports: wire dateline with a year in the first paragraph, no title line",
        """الدوحة - 18 ديسمبر 2022 (أ ف ب) - توج منتخب الأرجنتين بلقب كأس العالم بعد فوزه على فرنسا بركلات الترجيح.
وسجل ليونيل ميسي هدفين في المباراة النهائية على ملعب لوسيل.
- إعلان -
وقال مدرب المنتخب ليونيل سكالوني إن اللقب "ثمرة عمل طويل".""",
        None, "2022-12-18", "أ ف ب",
        ["الدوحة - 18 ديسمبر 2022 (أ ف ب) - توج منتخب الأرجنتين", "ثمرة عمل طويل"],
        ["- إعلان -"],
    ),
    (
        "economy: slash date, Tags, section link at the foot, 'watch also' with hamza-less spelling",
        """التضخم في مصر يتراجع للشهر الثالث على التوالي
24/10/2024
تراجع معدل التضخم السنوي في المدن المصرية إلى 26.4 بالمئة في سبتمبر مقارنة بـ 26.2 بالمئة في أغسطس.
وأرجع الجهاز المركزي للتعبئة العامة والإحصاء التراجع إلى انخفاض أسعار الغذاء.
Tags: التضخم, مصر, البنك المركزي
المزيد من اقتصاد
شاهد ايضا:
فيديو: أسعار الذهب اليوم في مصر""",
        "التضخم في مصر يتراجع للشهر الثالث على التوالي", "2024-10-24", None,
        ["إلى 26.4 بالمئة في سبتمبر", "انخفاض أسعار الغذاء"],
        ["Tags", "المزيد من اقتصاد", "شاهد ايضا", "أسعار الذهب اليوم", "24/10/2024"],
    ),
    (
        "health: English JS warning, question title, inline read-also link mid-text, related block at the end",
        """Please enable JavaScript in your browser to view this page.
هل تحمي اللقاحات الجديدة من متحور كورونا؟
أعلنت منظمة الصحة العالمية أن اللقاحات المحدثة توفر حماية جيدة من المتحور الجديد.
اقرأ أيضًا: 5 نصائح لتقوية المناعة في الشتاء
وأضافت المنظمة أن نحو 40 دولة رصدت إصابات بالمتحور حتى الآن.
مواضيع ذات صلة
الصحة العالمية تحذر من موجة إنفلونزا
وزارة الصحة تطلق حملة تطعيم جديدة""",
        "هل تحمي اللقاحات الجديدة من متحور كورونا؟", None, None,
        ["توفر حماية جيدة", "نحو 40 دولة رصدت"],
        ["JavaScript", "5 نصائح لتقوية المناعة", "مواضيع ذات صلة", "موجة إنفلونزا", "حملة تطعيم جديدة"],
    ),
    (
        "hamza variants: 'أقرأ ايضاً' marker, follow prompt for Google News, English date line",
        """أسعار النفط ترتفع بعد قرار أوبك+ خفض الإنتاج
Published on: October 5, 2023
ارتفعت أسعار خام برنت 2 بالمئة إلى 93 دولارا للبرميل بعد قرار التحالف.
تابع آخر الأخبار على جوجل نيوز
أقرأ ايضاً
وزير الطاقة السعودي يزور موسكو""",
        "أسعار النفط ترتفع بعد قرار أوبك+ خفض الإنتاج", "2023-10-05", None,
        ["93 دولارا للبرميل"],
        ["جوجل نيوز", "أقرأ ايضاً", "وزير الطاقة السعودي", "Published on"],
    ),
    (
        "BBC-style: breadcrumb, relative stamp, photo credit, social icons, copyright, cookie notice",
        """الرئيسية > أخبار > الشرق الأوسط
الانتخابات العراقية: نسبة المشاركة تتجاوز 41 في المئة
منذ 3 ساعات
صدر الصورة، Getty Images
أعلنت المفوضية العليا المستقلة للانتخابات في العراق أن نسبة المشاركة بلغت 41 في المئة.
فيسبوك تويتر واتساب
حجم الخط
وقال رئيس المفوضية إن النتائج الأولية ستعلن خلال 24 ساعة من إغلاق الصناديق.
لمشاهدة الفيديو اضغط هنا
نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.
جميع الحقوق محفوظة © 2024""",
        "الانتخابات العراقية: نسبة المشاركة تتجاوز 41 في المئة", None, None,
        ["بلغت 41 في المئة", "خلال 24 ساعة من إغلاق الصناديق"],
        ["الرئيسية", "منذ 3 ساعات", "Getty", "واتساب", "حجم الخط", "اضغط هنا", "ملفات تعريف الارتباط",
         "الحقوق محفوظة"],
    ),
    (
        "Gulf daily: Hijri and Gregorian date line; 'articles that may interest you' block",
        """السعودية تعلن موازنة 2025 بعجز متوقع
الثلاثاء 21 جمادى الأولى 1446 هـ - 23 نوفمبر 2024
قدرت وزارة المالية السعودية الإيرادات بنحو 1184 مليار ريال والنفقات بنحو 1285 مليار ريال.
وتوقعت الوزارة أن يبلغ العجز 101 مليار ريال أي ما يعادل 2.3 بالمئة من الناتج المحلي.
مقالات قد تهمك
أرامكو ترفع أسعار البنزين
الريال السعودي يستقر أمام الدولار""",
        "السعودية تعلن موازنة 2025 بعجز متوقع", "2024-11-23", None,
        ["1184 مليار ريال", "2.3 بالمئة من الناتج المحلي"],
        ["جمادى", "مقالات قد تهمك", "أرامكو", "الريال السعودي يستقر"],
    ),
    (
        "summary marker first: no title; a body line about publishing keeps its date",
        """ملخص
- رفعت تركيا سعر الفائدة إلى 50 بالمئة.
نشر البنك المركزي التركي قراره في 21/03/2024 وسط تراجع الليرة.
ورفع البنك سعر الفائدة الرئيسي 500 نقطة أساس، في خطوة فاجأت الأسواق.""",
        None, None, None,
        ["ملخص", "نشر البنك المركزي التركي قراره في 21/03/2024", "500 نقطة أساس"],
        [],
    ),
    (
        "a first line that is a body sentence is not a title; share verb in a sentence stays",
        """شارك في القمة أكثر من 40 رئيس دولة وحكومة عبر تطبيق الفيديو بسبب الجائحة.
وقال الأمين العام للأمم المتحدة إن التمويل المناخي يجب أن يتضاعف بحلول 2030.
المصدر: الأمم المتحدة""",
        None, None, "الأمم المتحدة",
        ["شارك في القمة أكثر من 40 رئيس دولة", "بحلول 2030"],
        ["المصدر:"],
    ),
]


@pytest.mark.parametrize("name, raw, title, published, credit, keep, gone", PAGES, ids=[p[0] for p in PAGES])
def test_scraped_pages(name, raw, title, published, credit, keep, gone):
    cleaned = clean_text(raw)
    assert cleaned.title == title
    assert cleaned.published == published
    assert cleaned.source_credit == credit
    for phrase in keep:
        assert phrase in cleaned.body, phrase
    for phrase in gone:
        assert phrase not in cleaned.body, phrase
    if title:
        assert title not in cleaned.body
    assert_lines_of_input(cleaned.body, raw)


def test_removed_segments_form_an_audit_trail_in_page_order():
    raw = PAGES[1][1]
    removed = clean_text(raw).removed
    assert removed[:2] == ("المركزي الأوروبي يبقي أسعار الفائدة دون تغيير", "الخميس 24 تشرين الأول 2024")
    assert "المصدر : وكالات" in removed
    assert removed[-1].startswith("اقرأ أيضاً\nالذهب يسجل")


def test_yearless_wire_dateline_uses_the_reference_date():
    raw = ("موسكو - 24 أكتوبر (رويترز) - قال الكرملين إن الرئيس الروسي سيلتقي نظيره الصيني.\n"
           "وأضاف المتحدث أن اللقاء سيعقد في قازان.")
    assert clean_text(raw).published is None  # no year stated, none guessed
    assert clean_text(raw, reference_date=dt.date(2024, 10, 25)).published == "2024-10-24"
    assert clean_text(raw, reference_date=dt.date(2025, 1, 3)).published == "2024-10-24"
    assert clean_text(raw).body.startswith("موسكو - 24 أكتوبر (رويترز) - قال الكرملين")


@pytest.mark.parametrize("raw", [
    "اقرأ أيضا\nارتفعت البطالة في الأردن إلى 21 بالمئة في الربع الثاني.\nوقالت دائرة الإحصاءات إن النسبة أعلى.",
    "البطالة في الأردن ترتفع\nإقرأ أيضاً:\nارتفعت البطالة في الأردن إلى 21 بالمئة في الربع الثاني.\nوقالت الدائرة.",
])
def test_marker_before_any_paragraph_does_not_empty_the_article(raw):
    cleaned = clean_text(raw)
    assert "21 بالمئة" in cleaned.body
    assert "أيض" not in cleaned.body


def test_blank_lines_left_by_removals_collapse_and_crlf_lines_are_kept():
    raw = "الفقرة الأولى من الخبر تتحدث عن الانتخابات.\r\n\r\nإعلان\r\n\r\nالفقرة الثانية تتحدث عن النتائج.\r\n"
    body = clean_text(raw).body
    assert body == "الفقرة الأولى من الخبر تتحدث عن الانتخابات.\r\n\r\nالفقرة الثانية تتحدث عن النتائج."


@pytest.mark.parametrize("line, expected", [
    ("تاريخ النشر: 24th, October 2024 GMT", "2024-10-24"),
    ("نشر في: 2024-10-24 | آخر تحديث: 2024-10-25", "2024-10-24"),
    ("Last updated 3 March 2024, 08:00", "2024-03-03"),
])
def test_dates_read_from_labelled_lines(line, expected):
    assert read_date(line).isoformat() == expected
    assert clean_text(f"عنوان الخبر هنا\n{line}\nنص الخبر يبدأ هنا وينتهي بنقطة.").published == expected


@pytest.mark.parametrize("line, expected", [
    ("24th, October 2024 GMT", "2024-10-24"),
    ("2024-10-24", "2024-10-24"),
    ("9-02-2023, 22:31", "2023-02-09"),
    ("الخميس 24 أكتوبر 2024", "2024-10-24"),
    ("24/10/2024", "2024-10-24"),
    ("٢٤/١٠/٢٠٢٤", "2024-10-24"),
    ("السبت 9 آب 2025 - 10:30 م", "2025-08-09"),
    ("الأحد 5 جوان 2022", "2022-06-05"),
    ("24 أكتوبر (تشرين الأول) 2024", "2024-10-24"),
    ("October 5, 2023 at 10:00 GMT", "2023-10-05"),
    ("الخميس 21 ربيع الآخر 1446 هـ - 24 أكتوبر 2024", "2024-10-24"),
    ("الخميس 21 ربيع الآخر 1446 هـ", "2024-10-24"),  # Hijri only: converted
])
def test_date_only_lines(line, expected):
    value = read_date(line)
    assert value is not None and value.isoformat() == expected
    assert read_date_line(line) == value


@pytest.mark.parametrize("line", [
    "نشر الجيش بيانا في 24/10/2024 قال فيه إن الهجوم فشل",
    "31/02/2024",
    "الساعة 10:30",
    "عام 2024",
])
def test_lines_that_are_not_a_date_line(line):
    assert read_date_line(line) is None


def _gold_articles():
    if not SHARED.exists():  # the shared folder sits beside the checkout here and in CI, not in every clone
        return []
    gold = json.loads((SHARED / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    return [pytest.param(a, id=a["file"][:3]) for a in gold["articles"]]


def _anchors(article):
    items = article.get("events", []) + article.get("quantities", []) + article.get("statements", [])
    return [anchor for item in items for anchor in item["anchors"]]


@pytest.mark.skipif(not SHARED.exists(), reason="shared seeds not present")
@pytest.mark.parametrize("article", _gold_articles())
def test_seed_metadata_and_boilerplate(article):
    raw = (SHARED / "seeds" / article["file"]).read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert cleaned.title == article["title"]
    if article["file"].startswith(("002", "004", "003")):  # 000/001 get their date from the manifest
        assert cleaned.published == article["published"]
    assert cleaned.source_credit == article["source_credit"]
    for phrase in article["not_in_body"]:
        assert phrase not in cleaned.body, phrase
    for anchor in _anchors(article):
        assert anchor in cleaned.body, anchor
    assert_lines_of_input(cleaned.body, raw)


def clean_checked(raw: str, **options):
    """clean_text(raw), checking that its body is made of whole lines of raw (the round files' cases use it); options
    go to clean_text (the outlet's name given with the page)."""
    cleaned = clean_text(raw, **options)
    assert_lines_of_input(cleaned.body, raw)
    return cleaned


def assert_lines_of_input(body: str, raw: str) -> None:
    """Check that body is made of whole lines of raw, in their order (a line may have lost the wire end
    mark that closed it, "… المتخصصة. /نهاية الخبر/")."""
    source = [line.strip() for line in raw.split("\n")]
    if not body:
        return
    position = 0
    for line in body.split("\n"):
        line = line.strip()
        found = next((j for j in range(position, len(source)) if source[j] == line or (
            (mark := _TRAILING_END_MARK.search(source[j])) and source[j][:mark.start()].strip() == line)), None)
        assert found is not None, f"not a line of the input (or out of order): {line!r}"
        position = found + 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from(["إعلان", "اقرأ أيضاً", "المصدر: رويترز", "24/10/2024", "كلمات دلالية: أ ب",
                     "مواضيع ذات صلة", "شارك", "", "عنوان قصير", "جملة من الخبر تنتهي بنقطة."]),
), max_size=30).map("\n".join))
def test_clean_text_never_raises_and_keeps_input_lines(raw):
    cleaned = clean_text(raw)
    assert_lines_of_input(cleaned.body, raw)
    assert cleaned.published is None or len(cleaned.published) == 10


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_clean_text_on_any_unicode(raw):
    cleaned = clean_text(raw)
    assert_lines_of_input(cleaned.body, raw)


@pytest.mark.parametrize("raw, credit, kept", [
    ("حصيلة الزلزال ترتفع في الجنوب\nجنيف - أ ف ب\nأعلنت المنظمة الخميس أن الإصابات تجاوزت مليوناً.", "أ ف ب",
     "أعلنت المنظمة"),
    ("الرباط - 10 سبتمبر (رويترز) - قالت وزارة الداخلية إن عدد القتلى ارتفع إلى 2012.", "رويترز",
     "الرباط - 10 سبتمبر (رويترز) - قالت"),
    ("موسكو (رويترز) - قال الكرملين إن الرئيس سيزور بكين الشهر المقبل.", "رويترز", "موسكو (رويترز) - قال"),
    ("أنقرة - الأناضول\nقال وزير المالية إن التضخم تراجع إلى 38 بالمئة في أكتوبر.", "الأناضول", "قال وزير المالية"),
    # A photo caption credits the photo, not the article.
    ("بوتين يستقبل كيم في الكرملين\nالزعيمان خلال لقائهما في موسكو (رويترز)\nوقال الكرملين إن المحادثات استمرت ساعتين.",
     None, "الزعيمان خلال لقائهما"),
    # "المصدر:" wins over a dateline.
    ("القاهرة (رويترز) - قال البنك إن الفائدة ارتفعت.\nالمصدر: الأهرام", "الأهرام", "القاهرة (رويترز)"),
])
def test_wire_credit_in_a_dateline(raw, credit, kept):
    cleaned = clean_text(raw)
    assert cleaned.source_credit == credit
    assert kept in cleaned.body


# A wire dateline at the top ("CITY – [weekday] DATE (AGENCY) -") states the publication date. Alone on its
# line it is metadata and leaves the body; opening the first sentence, it stays (spans index the raw lines).
@pytest.mark.parametrize("raw, published, credit, kept, gone", [
    ("أرامكو توقف خطة رفع طاقتها الإنتاجية\nالرياض – الأربعاء 31 كانون الثاني/يناير 2024 (رويترز)\n"
     "قالت شركة أرامكو السعودية، أمس الثلاثاء، إنها تلقت توجيها من وزارة الطاقة.", "2024-01-31", "رويترز",
     "قالت شركة أرامكو", "كانون الثاني/يناير 2024"),
    ("القاهرة في 31 يناير 2024 (أ ش أ) - أعلنت وزارة الصحة المصرية تسجيل 12 إصابة جديدة بالحصبة.",
     "2024-01-31", "أ ش أ", "القاهرة في 31 يناير 2024 (أ ش أ) - أعلنت", None),
    ("دبي، 5 مارس 2024 (وام) - أعلنت هيئة الطرق والمواصلات افتتاح جسر جديد على شارع الخيل.",
     "2024-03-05", "وام", "دبي، 5 مارس 2024 (وام) - أعلنت", None),
    ("بيروت - الخميس 14 آذار 2024 (أ ف ب) - قال وزير الداخلية إن الانتخابات البلدية ستؤجل عاما.",
     "2024-03-14", "أ ف ب", "قال وزير الداخلية", None),
    ("الحكومة الأردنية ترفع أسعار المحروقات\nعمّان - السبت، 9 نوفمبر 2024\n"
     "أعلنت لجنة تسعير المشتقات النفطية رفع سعر البنزين بنسبة 3 بالمئة.", "2024-11-09", None,
     "أعلنت لجنة تسعير", "9 نوفمبر 2024"),
    # not datelines: a sentence with a date, a date in brackets that is not a credit
    ("وقال الوزير في 31 يناير 2024 إن الخطة ستنفذ على مراحل.\nوأضاف أن التمويل متوفر.", None, None,
     "وقال الوزير في 31 يناير 2024", None),
    ("أعلنت الحكومة في 5 مارس 2024 (بحسب بيان رسمي) إطلاق خطة لدعم المزارعين.\nوقال الوزير إن الخطة طموحة.",
     None, None, "أعلنت الحكومة في 5 مارس 2024", None),
])
def test_dateline_gives_the_publication_date(raw, published, credit, kept, gone):
    cleaned = clean_text(raw)
    assert cleaned.published == published
    assert cleaned.source_credit == credit
    assert kept in cleaned.body
    if gone:
        assert gone not in cleaned.body


def test_dateline_date_is_the_publication_date_not_an_event():
    from claims.extraction.pipeline import extract_article

    raw = ("أرامكو توقف خطة رفع طاقتها الإنتاجية\nالرياض – الأربعاء 31 كانون الثاني/يناير 2024 (رويترز)\n"
           "قالت شركة أرامكو السعودية، أمس الثلاثاء، إنها تلقت توجيها من وزارة الطاقة بوقف التوسعة.\n"
           "وكانت الشركة قد أعلنت أواخر الشهر الماضي خطة إنفاق جديدة.")
    out = extract_article(raw)
    assert out["published"] == "2024-01-31"
    dates = [(d["expression"], d["value"]) for c in out["claims"] for d in c["dates"]]
    assert dates == [("أمس الثلاثاء", "2024-01-30"), ("أواخر الشهر الماضي", "2023-12")]
    inline = ("دبي، 5 مارس 2024 (وام) - أعلنت هيئة الطرق افتتاح جسر جديد الأحد الماضي.\n"
              "وقال المدير إن الجسر سيخفف الزحام.")
    out = extract_article(inline)
    assert out["published"] == "2024-03-05"
    dates = [(d["expression"], d["value"]) for c in out["claims"] for d in c["dates"]]
    assert dates == [("الأحد الماضي", "2024-03-03")]
