"""A masthead given as a short name beside a second name, split by a bar ("<edition> | <publisher>"), over the site's
menu split by wide spaces: the menu under it tells the site's name, as a menu of section words does, and the
headline under the menu is the title.

The menus here hold three section names among places ("سياسة  اقتصاد  روسيا  آسيا الوسطى  ثقافة  الشرق الأوسط"):
told by their wide gaps (see masthead._is_spaced_menu), not by their words, which folding joins. Pages written by
hand in the shapes of other outlets and topics; the last cases must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table

HEADLINE = "موسكو تعلن خفض صادرات القمح بنسبة 12 بالمئة خلال الموسم الحالي"
LEAD = ("موسكو، 4 مارس/آذار 2026 (سبوتنيك) - أعلنت وزارة الزراعة الروسية، اليوم الأربعاء، خفض صادرات القمح بنسبة 12"
        " بالمئة خلال الموسم الحالي بسبب تراجع المحصول.")
NEXT = "وأوضحت الوزارة أن الصادرات ستبلغ 40 مليون طن، مقابل 45 مليون طن في الموسم الماضي."
SPACED_MENU = "سياسة  اقتصاد  روسيا  آسيا الوسطى  ثقافة  الشرق الأوسط"

# (first line, the line under it or None, title)
MASTHEAD_OVER_SPACED_MENU = [
    ("سبوتنيك عربي | روسيا سيغودنيا", SPACED_MENU, HEADLINE),
    ("الأنباء عربي | شبكة الأنباء الدولية", "أخبار  اقتصاد  تركيا  إيران  رياضة  الخليج العربي", HEADLINE),
    ("شينخوا عربي | وكالة أنباء الصين الجديدة", "سياسة  اقتصاد  الصين  آسيا  ثقافة  الحزام والطريق", HEADLINE),
    # must not change: with no menu under it, the line stays where it was (the page's first line)
    ("سبوتنيك عربي | روسيا سيغودنيا", None, "سبوتنيك عربي | روسيا سيغودنيا"),
    ("الوزير | يزور المدينة", None, "الوزير | يزور المدينة"),
    # must not change: a line of places with wide gaps is no menu (one section name), and the line over it stays
    ("سبوتنيك عربي | روسيا سيغودنيا", "موسكو  بكين  طهران  أنقرة  اقتصاد", "سبوتنيك عربي | روسيا سيغودنيا"),
]


@table("top, under, title", MASTHEAD_OVER_SPACED_MENU)
def test_masthead_pair_over_a_spaced_menu(top: str, under: str | None, title: str) -> None:
    raw = "\n".join(line for line in (top, under, HEADLINE, LEAD, NEXT) if line)
    cleaned = clean_text(raw)
    assert cleaned.title == title
    assert cleaned.body.endswith(f"{LEAD}\n{NEXT}")
    assert top not in cleaned.body
