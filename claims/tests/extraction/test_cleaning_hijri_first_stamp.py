"""Table-driven cases: the page's stamp printing the Hijri date first, then the Gregorian one, maybe with the time
("الاثنين ١٠ جمادى الآخرة ١٤٤٧ هـ - ١ ديسمبر ٢٠٢٥ م، الساعة ١١:٢٠"), is a date line though longer than one: the Hijri date's
words are not counted against its length. The Gregorian date decides; the line leaves the body.

Written by hand on a made-up page; the last cases of the table must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "الهيئة العامة للطرق تعلن إغلاق الطريق الساحلي أسبوعين لأعمال الصيانة"
LEAD = ("أعلنت الهيئة العامة للطرق إغلاق الطريق الساحلي بين المدينتين لمدة أسبوعين اعتباراً من يوم السبت المقبل، "
        "لتنفيذ أعمال صيانة شاملة للجسور والأنفاق.")
SECOND = "وقال مدير الهيئة إن حركة المرور ستُحوَّل إلى الطريق الداخلي، وإن الأعمال تشمل إعادة رصف نحو 40 كيلومتراً."

STAMPS = [  # (the line under the title, published)
    ("الاثنين ١٠ جمادى الآخرة ١٤٤٧ هـ - ١ ديسمبر ٢٠٢٥ م، الساعة ١١:٢٠", "2025-12-01"),
    ("الخميس ٥ ربيع الأول ١٤٤٧ هـ / ٢٨ أغسطس ٢٠٢٥ - الساعة ٠٣:١٥ م", "2025-08-28"),
    ("الخميس 3 ربيع الآخر 1447 هـ - 25 سبتمبر 2025 م، الساعة 09:45", "2025-09-25"),
    # the Gregorian date decides when the two disagree by a day (the month's start sighted a day later)
    ("الأربعاء ٢٠ جمادى الأولى ١٤٤٧ هـ - ١٢ نوفمبر ٢٠٢٥ م، الساعة ٠٨:٠٠", "2025-11-12"),
    # must not change: a shorter stamp of the same kind was read already
    ("٩ رجب ١٤٤٧ هـ - ٢٩ ديسمبر ٢٠٢٥ م", "2025-12-29"),
]


@table("stamp, published", STAMPS)
def test_a_hijri_first_stamp_gives_the_gregorian_date(stamp, published):
    cleaned = clean_checked("\n".join([TITLE, stamp, "", LEAD, "", SECOND]))
    assert cleaned.title == TITLE
    assert cleaned.published == published
    assert stamp not in cleaned.body


SENTENCES = [  # must not change: a sentence naming both dates is no stamp
    "وتبدأ الأعمال يوم السبت ١٣ رجب ١٤٤٧ هـ الموافق ٣ يناير ٢٠٢٦ م وفق الجدول الذي أقرته الهيئة الأسبوع الماضي.",
    "وقالت الهيئة في بيانها الصادر يوم الثلاثاء ٩ رجب ١٤٤٧ هـ - ٣٠ ديسمبر ٢٠٢٥ م إن العمل سيستمر.",
]


@table("sentence", SENTENCES)
def test_a_sentence_with_both_dates_stays_in_the_body(sentence):
    cleaned = clean_checked("\n".join([TITLE, "", LEAD, "", sentence, "", SECOND]))
    assert sentence in cleaned.body
    assert cleaned.published is None
