"""html_to_article: main text and metadata of Arabic (rtl) pages; NotAnArticle otherwise."""
from __future__ import annotations

import pytest

from claims.extraction.cleaning import clean_text
from newsroom.ingest.html import HtmlArticle, NotAnArticle, html_to_article

NAV = """<header><nav><a href="/">الرئيسية</a> | <a href="/politics">سياسة</a> | <a href="/economy">اقتصاد</a>
| <a href="/sports">رياضة</a></nav></header>"""
FOOTER = """<footer><p>جميع الحقوق محفوظة © 2024 - شبكة الأخبار</p><a href="/privacy">سياسة الخصوصية</a></footer>"""

QUAKE = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>زلزال بقوة 7.8 درجات يضرب جنوب تركيا | شبكة الأخبار</title>
<meta property="og:title" content="زلزال بقوة 7.8 درجات يضرب جنوب تركيا">
<meta property="og:site_name" content="شبكة الأخبار">
<meta property="article:published_time" content="2023-02-06T04:17:00+03:00">
<meta name="author" content="أحمد العلي">
</head><body>{NAV}
<main><article>
<h1>زلزال بقوة 7.8 درجات يضرب جنوب تركيا</h1>
<p>ضرب زلزال بقوة 7.8 درجات جنوب تركيا فجر الاثنين، وفق هيئة المسح الجيولوجي الأميركية، وأدى إلى انهيار مئات المباني في عدة مدن.</p>
<p>وقالت إدارة الكوارث والطوارئ التركية إن عدد القتلى ارتفع إلى 1500 شخص على الأقل، فيما أصيب أكثر من 7000 آخرين.</p>
<div class="ad">إعلان</div>
<p>وأعلن الرئيس التركي الحداد الوطني لمدة سبعة أيام في كل أنحاء البلاد، وتنكيس الأعلام على المباني الرسمية.</p>
</article>
<aside><h3>أخبار ذات صلة</h3><ul><li><a href="/a">سوريا تعلن حصيلة جديدة</a></li><li><a href="/b">فرق إنقاذ دولية تصل</a></li></ul></aside>
</main>{FOOTER}</body></html>"""

RATES = """<html dir="rtl"><head><meta charset="windows-1256"><title>المركزي يرفع الفائدة</title></head><body>
<div id="content"><h2>البنك المركزي يرفع أسعار الفائدة 200 نقطة أساس</h2>
<p>رفع البنك المركزي المصري أسعار الفائدة الرئيسية 200 نقطة أساس في اجتماع استثنائي صباح الخميس.</p>
<p>وقال البنك في بيان إن القرار يهدف إلى احتواء الضغوط التضخمية وتوحيد سعر الصرف.</p></div></body></html>"""


def test_arabic_rtl_page_gives_text_and_metadata():
    article = html_to_article(QUAKE, url="https://news.example/world/quake")
    assert isinstance(article, HtmlArticle)
    assert "ارتفع إلى 1500 شخص على الأقل" in article.text
    assert "الحداد الوطني لمدة سبعة أيام" in article.text
    assert "الرئيسية" not in article.text  # navigation
    assert "جميع الحقوق محفوظة" not in article.text  # footer
    assert article.title == "زلزال بقوة 7.8 درجات يضرب جنوب تركيا"
    assert article.published == "2023-02-06"
    assert article.author == "أحمد العلي"
    assert article.sitename == "شبكة الأخبار"


def test_text_goes_through_clean_text():
    article = html_to_article(QUAKE)
    cleaned = clean_text(article.text)
    assert "إعلان" not in cleaned.body
    assert "ضرب زلزال بقوة 7.8 درجات" in cleaned.body


def test_page_decoded_from_windows_1256():
    from claims.extraction.decoding import decode_bytes

    text = decode_bytes(RATES.encode("cp1256")).text
    article = html_to_article(text)
    assert "200 نقطة أساس" in article.text
    assert article.published is None  # no date in the page's metadata: none invented


@pytest.mark.parametrize("html", [
    "",
    "   ",
    "<html><head><title>الرئيسية</title></head><body></body></html>",
    f"<html><body>{NAV}{FOOTER}</body></html>",
    '<html><body><div id="root"></div><script>render()</script>'
    "<noscript>يرجى تفعيل جافاسكريبت</noscript></body></html>",
    "%PDF-1.7 binary-ish junk \x00\x01",
])
def test_no_main_text_is_not_an_article(html):
    with pytest.raises(NotAnArticle) as info:
        html_to_article(html)
    assert str(info.value)
