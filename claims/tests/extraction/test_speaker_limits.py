"""Speaker-name limits, on invented sentences of other topics, with near misses.

- A name particle carries the word after it into the name, the Amazigh أيت/آيت too ("فاطمة أيت باها"); "لا" is a
  name particle only after دي/دو/دا ("دي لا كروز"), else it negates the verb after the name ("أيت باها لا تخفي").
- A first name written with ال- ("الحسين"، "الطاهر") opens a name when a comma or إن/أن closes its run.
- An ال- noun in ى ("المستشفى") is no adjective of origin: after a visiting verb's title it is the object.
- After a title, a verbal noun تفعّل (four letters in ت) whose genitive is an ال- plural أفعال not closed by إن/أن is the verb's object, not a name
  ("وانتقد رئيس البلدية تأخر الأشغال، قائلاً").
- أضاف speaks only with what it adds as speech (أن، a colon, a quotation, قائلاً …) or after what was said
  ("…، يضيف مدير المركز."): "أضاف المهاجم الهدف الثاني" adds a goal, and "أضافت الشركة 300 موظف" staff.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
PARTICLE_NAMES = [
    ("وقالت فاطمة أيت باها، رئيسة التعاونية، إن الإنتاج تراجع.", "فاطمة أيت باها"),
    ("قالت سلمى أيت باها إن الموسم كان جيداً.", "سلمى أيت باها"),
    ("وقال يوسف آيت علي إن المياه نقصت.", "يوسف آيت علي"),
    ("قال محمد ولد الشيخ إن الحوار سيستأنف قريباً.", "محمد ولد الشيخ"),
    ("أكدت سعاد بن علي أن المشروع سينطلق الشهر المقبل.", "سعاد بن علي"),
    ("قال أحمد أبو زيد إن الأسعار ارتفعت.", "أحمد أبو زيد"),
    ("قالت مريم بنت محمد إن المدرسة أغلقت.", "مريم بنت محمد"),
    ("قال محمد عبد الله إن الخطة جاهزة.", "محمد عبد الله"),
    ("وقال خوان دي لا كروز إن الفريق جاهز.", "خوان دي لا كروز"),
    # near miss: "لا" after a name (not after دي) negates the verb and stays out of the name
    ("غير أن أيت باها لا تخفي قلقها: «إذا لم تمطر فلن يبقى شيء».", "أيت باها"),
]


@table("text, expected", PARTICLE_NAMES)
def test_particle_carries_the_next_word(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


AL_FIRST_NAMES = [
    ("ويرى الحسين أوبلا، الباحث في علوم الغابات، أن التراجع ليس ظرفيا.", "الحسين أوبلا"),
    ("ويرى الحسين أوبلا أن التراجع ليس ظرفيا.", "الحسين أوبلا"),
    ("وقال الطاهر بنعلي، مدير المدرسة، إن المشروع تأخر.", "الطاهر بنعلي"),
    # near misses: an ال- first name's surname is kept as before; a title with its adjective is no name
    ("ويرى محمد الحسيني، الباحث في علوم الغابات، أن التراجع ليس ظرفيا.", "محمد الحسيني"),
    ("وقال الأستاذ المشارك في الجامعة إن البحث تأخر.", "الأستاذ"),
]


@table("text, expected", AL_FIRST_NAMES)
def test_first_name_with_al(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


OBJECTS_AFTER_TITLES = [
    ("وتفقد الوزير المستشفى، حيث أكد أن الأشغال ستنتهي قريباً.", "الوزير"),
    ("وزارت المديرة الملتقى، حيث أكدت أن المشاركين كثر.", "المديرة"),
    ("وانتقد رئيس البلدية تأخر الأشغال، قائلاً إن المقاول لم يلتزم.", "رئيس البلدية"),
    ("وانتقدت رئيسة الجمعية ارتفاع الأسعار، قائلة إن الأسر تعاني.", "رئيسة الجمعية"),
    ("وانتقد المحافظ تعثر الأشغال، مؤكداً أن المقاول تأخر.", "المحافظ"),
    # near miss: a first name not shaped like a verbal noun stays before its object
    ("ودعا الوزير خالد الأطراف إلى الحوار، مؤكداً أن الحل ممكن.", "الوزير خالد"),
    # near misses: an adjective of origin stays in the title; a name and its surname stay whole
    ("وزار الوزير الأهالي، حيث أكد أن الأشغال ستنتهي.", "الوزير"),
    ("وقال المدير الإقليمي إن الأشغال ستنتهي.", "المدير الإقليمي"),
    ("وانتقد رئيس البلدية خالد الأحمد، قائلاً إن المقاول لم يلتزم.", "رئيس البلدية خالد الأحمد"),
    ("وقال وزير المالية أحمد الأشراف إن العجز تراجع.", "وزير المالية أحمد الأشراف"),
    ("وأرجع المزارع يحيى الحرازي تراجع المحصول إلى قلة الأمطار، مؤكداً أن الموسم صعب.", "المزارع يحيى الحرازي"),
]


@table("text, expected", OBJECTS_AFTER_TITLES)
def test_object_after_title(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant): with no title before it, a noun and its أفعال genitive stay the source
SOURCES_WITH_PLURAL_GENITIVE = [
    ("وحسب صك الاتهام، فإن المبالغ المختلسة تناهز 12 مليون درهم.", "12", "صك الاتهام"),
    ("وبحسب نص الاتفاق، ترتفع العلاوة بنسبة 15% للمعلمين.", "15", "نص الاتفاق"),
]


@table("text, figure, expected", SOURCES_WITH_PLURAL_GENITIVE)
def test_source_with_plural_genitive(text: str, figure: str, expected: str) -> None:
    assert claimants(text, figure) == [expected]


# (text, speaker)
ADDED_SPEECH_OR_THING = [
    ("وأضاف الوزير أن الحكومة ستدعم المزارعين.", "الوزير"),
    ("وأضافت المتحدثة: «سنفتح المعبر غداً».", "المتحدثة"),
    ("وأضاف المدير، في تصريح للصحفيين، أن العمل سيستأنف.", "المدير"),
    ("وحدد المركز موقع الهزة على عمق 10 كلم، يضيف مدير المركز.", "مدير المركز"),
    # near misses: what is added is a goal, staff or gold, not words
    ("ثم أضاف البديل يوسف حمدي، البالغ من العمر 19 عاماً، هدف الفوز في الدقيقة 87.", None),
    ("وأضاف المهاجم الهدف الثالث بعد دقيقتين.", None),
    ("وأضافت الشركة 300 موظف إلى طاقمها هذا العام.", None),
    ("وأضاف البنك المركزي خمسة أطنان من الذهب إلى احتياطياته.", None),
]


@table("text, expected", ADDED_SPEECH_OR_THING)
def test_added_speech_or_thing(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected
