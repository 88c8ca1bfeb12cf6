"""Another story the scraper took along under the article is cut, however it is printed:

- anything after the page's copyright line ("© <outlet> 2026 - جميع الحقوق محفوظة") below the article: a paragraph,
  or the outlet's dateline over another story's lead ("تطوان - <outlet>:"). Text after the page's close is never
  the story's. A copyright line at the top of the page, a bare "© <agency>" credit under a photo in mid-text, or a
  footer printed in mid-text with the story going on under it ("وأشار …", a connective) closes nothing;
- a paragraph right under a related-stories heading with no link of its own ("مواضيع ذات صلة"), foreign to the
  article (under a quarter of its words shared), with only the page's furniture after it. A paragraph on the
  article's topic, or one opening with a connective, stays;
- a public notice as the page's last paragraph, opening on "تعلم"/"يعلم" and the body giving it ("تعلم الشركة …
  حرفاءها بأن …"), on a topic the article never touches; a station's prompt to tune in under it is the page's
  furniture. "تعلم" before a bare noun ("learn") and a notice by the article's own actor stay.

Pages written by hand in other topics and outlets; each table ends with the cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table

HEADLINE = "افتتاح سد وادي المالح بطاقة تخزين تبلغ 120 مليون متر مكعب"
LEAD = ("دشّن وزير التجهيز والماء، صباح اليوم الخميس، سد وادي المالح بإقليم شفشاون، بطاقة تخزين تبلغ 120 مليون متر"
        " مكعب، بكلفة إجمالية ناهزت مليار درهم.")
SECOND = ("وأوضح الوزير، في كلمة خلال حفل التدشين، أن السد سيؤمن مياه الشرب لنحو 300 ألف نسمة بالإقليم والأقاليم"
          " المجاورة، وسيسقي قرابة أربعة آلاف هكتار من الأراضي الفلاحية.")
THIRD = ("وأشار المدير الجهوي للتجهيز إلى أن أشغال بناء السد استغرقت خمس سنوات، وأن حقينته ستمتلئ بالكامل خلال موسمين"
         " مطريين إذا كانت التساقطات في معدلها العادي.")
COPYRIGHT = "© الريف اليوم 2026 - جميع الحقوق محفوظة"

OTHER_STORY = ("أعلنت جمعية تجار المدينة العتيقة بتطوان تنظيم معرض للصناعة التقليدية خلال عطلة الربيع، بمشاركة ستين"
               " حرفياً من مختلف جهات المملكة، لعرض منتجات الجلد والنحاس والزرابي.")
OTHER_STORY_MORE = "وينتظر المنظمون توافد آلاف الزوار على أروقة المعرض طيلة أيامه العشرة."

# (the lines under the copyright line, a paragraph that must be cut)
UNDER_THE_COPYRIGHT = [
    (OTHER_STORY, OTHER_STORY),
    ("\n".join(["تطوان - الريف اليوم:", OTHER_STORY, OTHER_STORY_MORE]), OTHER_STORY),
    ("\n".join([OTHER_STORY, OTHER_STORY_MORE]), OTHER_STORY_MORE),
    # (even on the same topic: after the page's close it is another page's text)
    ("أكدت وكالة الحوض المائي أن سدود الجهة بلغت نسبة ملء قدرها 64 بالمئة هذا الأسبوع.", "سدود الجهة"),
]


@table("under, cut", UNDER_THE_COPYRIGHT)
def test_text_under_the_copyright_line_is_cut(under: str, cut: str) -> None:
    cleaned = clean_text("\n".join([HEADLINE, LEAD, SECOND, THIRD, COPYRIGHT, under]))
    assert cut not in cleaned.body and "الريف اليوم:" not in cleaned.body
    assert cleaned.body.startswith(LEAD) and cleaned.body.rstrip().endswith(THIRD)


# must not change: a copyright line at the top of the page, a photo's bare credit or a sentence naming rights in
# mid-text: the article goes on under them
KEPT_UNDER = [
    ("© الريف اليوم 2026 - جميع الحقوق محفوظة", "top"),
    ("© رويترز", "mid-text"),
    ("© أ ف ب 2026", "mid-text"),
    ("وأكد المتحدث أن حقوق الساكنة المتضررة من نزع الملكية محفوظة وفق القانون.", "mid-text"),
    # (the page's footer printed in mid-text, the story going on under it with a connective)
    (COPYRIGHT, "mid-text"),
]


@table("line, where", KEPT_UNDER)
def test_article_under_a_copyright_line_elsewhere_stays(line: str, where: str) -> None:
    parts = ([line, HEADLINE, LEAD, SECOND, THIRD] if where == "top" else [HEADLINE, LEAD, SECOND, line, THIRD])
    cleaned = clean_text("\n".join(parts))
    for paragraph in (LEAD, SECOND, THIRD):
        assert paragraph in cleaned.body


# (the paragraph under the heading, whether it is cut)
SEIZURE = ("حجزت مصالح الجمارك بميناء طنجة المتوسط ثلاثة أطنان من الشيرا كانت مخبأة داخل شحنة من الفواكه المجمدة"
           " قادمة على متن شاحنة للنقل الدولي، وأوقفت سائقها.")
UNDER_A_BARE_RELATED_HEADING = [
    (SEIZURE, True),
    (f"{SEIZURE}\nوفتحت النيابة العامة تحقيقاً في الموضوع.", True),
    ("\n".join([OTHER_STORY, OTHER_STORY_MORE]), True),
    # must not change: the article's own last paragraph (its topic, or a connective)
    ("أكد رئيس جماعة باب تازة أن سد وادي المالح سيخفف من أزمة الماء الصالح للشرب التي عانت منها دواوير الإقليم"
     " خلال السنوات الأخيرة.", False),
    (f"و{OTHER_STORY}", False),
]


@table("paragraph, cut", UNDER_A_BARE_RELATED_HEADING)
def test_paragraph_under_a_related_heading_with_no_link(paragraph: str, cut: bool) -> None:
    for heading in ("مواضيع ذات صلة", "أخبار ذات صلة"):
        cleaned = clean_text("\n".join([HEADLINE, LEAD, SECOND, THIRD, "اقرأ أيضاً:",
                                        "ارتفاع حقينة السدود بعد التساقطات الأخيرة", heading, paragraph]))
        assert (paragraph.split("\n")[-1] not in cleaned.body) == cut
        assert THIRD in cleaned.body
        cleaned = clean_text("\n".join([HEADLINE, LEAD, SECOND, THIRD, heading, paragraph]))
        assert (paragraph.split("\n")[-1] not in cleaned.body) == cut
        assert THIRD in cleaned.body


NOTICE = ("تعلم الشركة الجهوية لتوزيع الكهرباء كافة حرفائها بأن التيار سينقطع يوم الأحد المقبل من الساعة الثامنة صباحاً"
          " إلى الثانية ظهراً بأحياء الوحدة والنصر، لإجراء أشغال صيانة على الشبكة.")
TUNE_IN = "استمعوا إلينا مباشرة على الموجات 92.4 و101.7 أف أم"

# (the last paragraph, the foot under it, whether the paragraph is cut)
NOTICES_AT_THE_FOOT = [
    (NOTICE, (COPYRIGHT,), True),
    (NOTICE, (TUNE_IN, COPYRIGHT), True),
    (NOTICE.replace("تعلم الشركة الجهوية", "يعلم المكتب الجهوي").replace("حرفائها", "زبنائه"), (TUNE_IN,), True),
    # must not change: "تعلم" as "learn", the notice joined by و, the notice by the article's own actor
    ("تعلم فتيات القرى المجاورة حرفة النسيج في ورشات الجمعية، حيث استفادت منها أكثر من ثمانين مستفيدة خلال العام"
     " الماضي وحده.", (TUNE_IN,), False),
    (f"و{NOTICE}", (TUNE_IN,), False),
    ("تعلم وزارة التجهيز والماء مستعملي الطريق المؤدية إلى سد وادي المالح بأنها ستغلق أمام حركة السير طيلة يوم"
     " الجمعة لاستكمال أشغال التهيئة.", (TUNE_IN,), False),
]


@table("last, foot, cut", NOTICES_AT_THE_FOOT)
def test_notice_glued_as_the_last_paragraph(last: str, foot: tuple[str, ...], cut: bool) -> None:
    cleaned = clean_text("\n".join([HEADLINE, LEAD, SECOND, THIRD, last, *foot]))
    assert (last not in cleaned.body) == cut
    assert THIRD in cleaned.body and TUNE_IN not in cleaned.body
