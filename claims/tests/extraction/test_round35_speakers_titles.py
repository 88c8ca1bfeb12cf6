"""Round-35 speaker and claimant rules (titles and names), on invented sentences of other topics, with near misses.

- "المدير الجهوي للصحة بالمنستير، فلان،": a one-word town after بال that a comma closes is where the title's
  holder works, even a town the lexicon does not know; the name set off by commas after it speaks.
- "ممثل قطاع الألبسة والأحذية في غرفة التجارة، فلان،": قطاع, shaped like a first name, is the sector the title
  speaks for, in construct with its trade; the title goes on, and the name in apposition speaks.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
TOWN_AFTER_BA_THEN_NAME = [
    ("وقال المدير الجهوي للتربية بالمهدية، سامي الورتاني، إن 40 مدرسة تحتاج إلى ترميم.",
     "المدير الجهوي للتربية بالمهدية، سامي الورتاني"),
    ("وأكدت المندوبة الجهوية للشؤون الاجتماعية بالقصرين، ليلى العياري، أن 300 عائلة تلقت مساعدات.",
     "المندوبة الجهوية للشؤون الاجتماعية بالقصرين، ليلى العياري"),
    ("وحذر رئيس مصلحة الطوارئ بالناظور، محمد أمزيان، من أن الأسرّة لا تكفي.",
     "رئيس مصلحة الطوارئ بالناظور، محمد أمزيان"),
    ("من جهته، أوضح المدير الجهوي للتجهيز بالمنستير، الناصر بن علي، أن الطريق سيفتح.",
     "المدير الجهوي للتجهيز بالمنستير، الناصر بن علي"),
    # near misses: a ب- complement of the verb with no name after its comma
    ("وأشاد وزير الصحة بالأطباء، مؤكداً أن عددهم 300.", "وزير الصحة"),
    ("ورحب رئيس الحكومة بالقرار، وقال إن الأسعار ستنخفض.", "رئيس الحكومة"),
    ("وندد المتحدث باسم الحركة بالهجوم، معتبرا أنه خرق.", "المتحدث باسم الحركة"),
]


@table("text, expected", TOWN_AFTER_BA_THEN_NAME)
def test_town_after_ba_then_name_in_apposition(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant)
TOWN_AFTER_BA_CLAIMANTS = [
    ("وقال المدير الجهوي للتربية بالمهدية، سامي الورتاني، إن 40 مدرسة تحتاج إلى ترميم.", "40",
     "المدير الجهوي للتربية بالمهدية، سامي الورتاني"),
]


@table("text, figure, expected", TOWN_AFTER_BA_CLAIMANTS)
def test_town_after_ba_claimant_is_the_name(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# (text, speaker)
SECTOR_AFTER_TITLE = [
    ("وقال ممثل قطاع الألبسة والأحذية في غرفة التجارة، سامر الخطيب، إن المبيعات تراجعت 30%.",
     "ممثل قطاع الألبسة والأحذية في غرفة التجارة، سامر الخطيب"),
    ("وقال رئيس قطاع الأخبار في التلفزيون الرسمي، أحمد سالم، إن البث توقف.",
     "رئيس قطاع الأخبار في التلفزيون الرسمي، أحمد سالم"),
    ("وقالت رئيسة قطاع السياحة بالغرفة التجارية، منى الحسن، إن 40 فندقاً أغلقت.",
     "رئيسة قطاع السياحة بالغرفة التجارية، منى الحسن"),
    ("طالب ممثل قطاع النقل في النقابة، خالد يوسف، الوزارة بخفض الرسوم.", "ممثل قطاع النقل في النقابة، خالد يوسف"),
    ("وقال ممثل قطاع الألبسة إن المبيعات تراجعت.", "ممثل قطاع الألبسة"),
    ("وقال قائد قطاع حرس الحدود بالمنطقة، العقيد سالم علي، إن 12 مهرباً أوقفوا.",
     "قائد قطاع حرس الحدود بالمنطقة، العقيد سالم علي"),  # the sector named by its body
    # near misses: a real first name after the title still reads as a name; قطاع after a definite title is
    # the verb's object
    ("وقال المدير خالد الحسن إن المبيعات تراجعت.", "المدير خالد الحسن"),
    ("ووصف الوزير قطاع الزراعة بأنه ركيزة الاقتصاد.", "الوزير"),  # the object, not his name
    ("وحمّل رئيس الغرفة قطاع البنوك مسؤولية التراجع.", "رئيس الغرفة"),  # blame speaks (round 36); the object is no name
]


@table("text, expected", SECTOR_AFTER_TITLE)
def test_sector_in_construct_after_title(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected
