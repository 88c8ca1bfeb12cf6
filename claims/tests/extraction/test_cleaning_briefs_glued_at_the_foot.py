"""A brief glued on as the page's last paragraph, with no heading, marker or dateline over it, is cut with the page's
foot (only furniture under it, two paragraphs of the article above):

- a paragraph opening on the verb of an announcement and a subject the article never names, with no connective
  ("أعلنت الجامعة التونسية لكرة السلة عن …" under a market fire), sharing under a quarter of its words with the article;
- a paragraph joined by و that stamps its event with another day than the lead's, between commas after its verb and
  subject ("وشهدت معتمدية سبيطلة، مساء أمس الاثنين، …" under a lead telling "فجر اليوم الثلاثاء"), sharing no word with
  the lead.

An article's own last paragraph opens with a connective, names its actors again, goes back to another day in the
past perfect ("وكانت … قد شهدت"), or stands in mid-text; a live blog's entry stands under its time. Those stay.
Pages written by hand in other topics and outlets; the tables end with the cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table

HEADLINE = "حريق يلتهم 30 محلاً في سوق الخضار المركزي بمدينة القصرين"
LEAD = ("اندلع حريق كبير، فجر اليوم الثلاثاء، في سوق الخضار المركزي بمدينة القصرين، أتى على 30 محلاً تجارياً ومخزنين"
        " للمواد الغذائية، دون أن يخلف إصابات بشرية.")
SECOND = ("وأفاد مدير الحماية المدنية بالجهة بأن أعوانه تدخلوا بأربع شاحنات إطفاء وتمكنوا من السيطرة على النيران بعد"
          " ثلاث ساعات من العمل المتواصل، مرجحاً أن يكون تماس كهربائي وراء الحادث.")
THIRD = ("وقال عدد من التجار المتضررين إن خسائرهم تقدر بمئات آلاف الدنانير، مطالبين السلطات الجهوية بتعويضهم وإعادة"
         " تهيئة السوق في أقرب الآجال.")
FOOT = "© 2026 إذاعة الوسط - جميع الحقوق محفوظة"

SPORTS_BRIEF = ("أعلنت الجامعة التونسية لكرة السلة عن تأجيل مباراة الكأس بين النادي الإفريقي والاتحاد المنستيري إلى يوم"
                " السبت المقبل بسبب ارتباط الفريقين بالمسابقة القارية.")
YOUTH_CENTRE = ("معتمدية سبيطلة، مساء أمس الاثنين، افتتاح دار للشباب بكلفة مليون دينار، تضم قاعة للمطالعة وملعباً معشباً،"
                " حسب المندوبية الجهوية للشباب والرياضة.")

# (the page's last paragraph, cut)
LAST_PARAGRAPHS = [
    (SPORTS_BRIEF, True),
    ("قررت اللجنة الأولمبية الوطنية تنظيم ملتقى دولي لألعاب القوى بالعاصمة خلال شهر ماي المقبل بمشاركة عدائين من"
     " عشرين بلداً.", True),
    ("كشفت دراسة جامعية حديثة أن نسبة التلاميذ الذين يمارسون الرياضة بانتظام لا تتجاوز 18 بالمئة في المدارس"
     " الإعدادية بالبلاد.", True),
    (f"وشهدت {YOUTH_CENTRE}", True),
    # must not change: the announcement joined by و, by the article's own actor, or on its topic
    (f"و{SPORTS_BRIEF}", False),
    ("أعلنت الحماية المدنية عن حملة لمراقبة التجهيزات الكهربائية في أسواق الجهة خلال الأسابيع المقبلة تفادياً لتكرار"
     " الحرائق في المحلات التجارية.", False),
    ("أعلنت بلدية القصرين عن إعادة تهيئة سوق الخضار المركزي وتعويض التجار المتضررين من الحريق خلال الأشهر المقبلة، بعد"
     " معاينة المحلات التي أتت عليها النيران.", False),
    # must not change: the lead's own day, the past perfect, the lead's place and topic
    (f"وشهدت {YOUTH_CENTRE}".replace("مساء أمس الاثنين", "مساء اليوم الثلاثاء"), False),
    (f"وكانت {YOUTH_CENTRE}".replace("، مساء أمس الاثنين،", " قد شهدت، مساء أمس الاثنين،"), False),
    ("وشهدت مدينة القصرين، مساء أمس الاثنين، حريقاً مماثلاً في سوق الملابس المستعملة أتى على 12 محلاً تجارياً، حسب"
     " الحماية المدنية.", False),
]


@table("last, cut", LAST_PARAGRAPHS)
def test_brief_glued_as_the_last_paragraph(last: str, cut: bool) -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, LEAD, SECOND, THIRD, last, FOOT]))
    assert (last not in cleaned.body) == cut
    assert cleaned.body.startswith(LEAD) and THIRD in cleaned.body


# must not change: the same paragraphs in mid-text, or as a live blog's entry under its time
KEPT_WHERE_THEY_STAND = [
    (SPORTS_BRIEF, "mid-text"),
    (f"وشهدت {YOUTH_CENTRE}", "mid-text"),
    (SPORTS_BRIEF, "live entry"),
    (f"وشهدت {YOUTH_CENTRE}", "live entry"),
]


@table("paragraph, where", KEPT_WHERE_THEY_STAND)
def test_paragraph_kept_in_mid_text_or_under_a_live_time(paragraph: str, where: str) -> None:
    parts = ([HEADLINE, LEAD, SECOND, paragraph, THIRD, FOOT] if where == "mid-text"
             else [HEADLINE, LEAD, SECOND, THIRD, "09:40", paragraph, FOOT])
    cleaned = clean_text("\n\n".join(parts))
    assert paragraph in cleaned.body and THIRD in cleaned.body
