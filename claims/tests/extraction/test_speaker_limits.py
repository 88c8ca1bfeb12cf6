"""Speaker-name limits, on invented sentences of other topics, with near misses.

- A name particle carries the word after it into the name, the Amazigh أيت/آيت too ("فاطمة أيت باها"); "لا" is a
  name particle only after دي/دو/دا ("دي لا كروز"), else it negates the verb after the name ("أيت باها لا تخفي").
- A first name written with ال- ("الحسين"، "الطاهر") opens a name when a comma or إن/أن closes its run.
- An ال- noun in ى ("المستشفى") is no adjective of origin: after a visiting verb's title it is the object.
- After a title, a verbal noun تفعّل (four letters in ت) whose genitive is an ال- plural أفعال not closed by إن/أن is the verb's object, not a name
  ("وانتقد رئيس البلدية تأخر الأشغال، قائلاً").
- أضاف speaks only with what it adds as speech (أن، a colon, a quotation, قائلاً …) or after what was said
  ("…، يضيف مدير المركز."): "أضاف المهاجم الهدف الثاني" adds a goal, and "أضافت الشركة 300 موظف" staff.
- A subject that opens the sentence before its verb is the subject of a second verb joined by و after the first
  comma, when the two verbs agree ("وزارة الصحة تجدد دعوتها …، وتؤكد أن") and the subject can speak.
- A short prepositional phrase fronted before the verb ("وفي تصريح صحفي قال الوزير إن") leaves the verb opening
  its clause, at the sentence start or after "، و"; "…، في خطوة قال إنها" stays a description of the step.
- A relative pronoun with و ("…، والتي يقول مسؤولون إنها") opens a clause as the bare one does.
- A report prepared or issued by a body speaks for it: "أعدّت منظمة X تقريراً أشار إلى أن".
- After a verb that takes no direct object (قال، صرح، أشار …) an ال- word in -ات after the first name is the
  family name ("وقال الرئيس أنور السادات في خطابه"); after دعا it stays the object ("ودعا المدير خالد الشركات").
- "وجاء في + a document in construct with an ال- genitive (+ asides between commas) + أن" gives the document as
  the source ("وجاء في قرار الحكم، الصادر الأحد، أن" → قرار الحكم), as "حسب نص الاتفاق" does; a named author
  is still the source, and a bare "وجاء في البيان أن" goes on with the statement named before.
- After a definite title, an imperfect verb that agrees with it (ت/ي) and with the و-verb after the comma is
  the verb, not a name, when it is a known verb form or an object with a pronoun suffix follows it
  ("الوزيرة تجدد دعوتها …، وتقول إن"); "المدير يوسف، ويقول إن" keeps the name.
- "فإن" after a comma, in a sentence opened by بينما/فيما, opens the main clause whose subject comes first:
  "وبينما قال الوزير …، فإن مصادر أكدت أن"; after "وبحسب معلومات X،" it opens what the source says.
- A و- speech verb with no subject of its own (a colon, إن/أن or a quotation after it), a few words of scene
  after the sentence's opening verb and its named subject, shares that subject when the verbs agree
  ("تجلس خديجة على عتبة بيتها وتقول:"); a verb that disagrees, or one with its own subject, does not.
- An ال- noun that is no adjective after a complete definite title, in the clause a "، وقال" goes on from, is
  the opening verb's object, with its adjectives ("وتفقد المحافظ المستشفى الميداني، وقال" → المحافظ).
- After a masculine title, its imperfect verb before a word in a lone ه ("يجدد ثقته") is a verb, not a name.
- في حين، على حين and في الوقت الذي open a while-clause as بينما/فيما do ("على حين غرة" is "suddenly"). A
  while-clause opening the sentence with a verb that reports no speech, closed by a speech participle right
  after its first comma, is its subject's ("وبينما حمّل النائب X الوزارة المسؤولية، مؤكداً أن …، قال الوزير").
- After a title, "لوكالة X" followed by the holder's name set off by commas is where he works, not whom he tells
  ("المدير العام لوكالة الأنباء الرسمية، سامي حداد، إن"); a workplace after في may say what it works for with
  "من أجل" ("الباحث في مركز الدراسات من أجل التنمية، فلان،").
- "المسؤول نفسه/ذاته" is the official named before, not a body (a news agency) that spoke in between; a body
  named with an acronym in brackets ("(سونا)") is no person.
- "دفاع X" in construct (the accused's counsel) is a title before the lawyer's name; "الدفاع المدني" stays a body.
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
    ("وقال الأستاذ المشارك في الجامعة إن البحث تأخر.", "الأستاذ المشارك"),  # the title's adjective, kept with it
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


# (text, speaker)
SUBJECT_OF_SECOND_VERB = [
    ("وزارة الصحة تجدد تحذيرها من السباحة في الشواطئ غير المحروسة، وتؤكد في بلاغ أن الأمواج خطيرة.", "وزارة الصحة"),
    ("نقابة الأطباء جددت رفضها للقرار، وأكدت أن الإضراب سيستمر.", "نقابة الأطباء"),
    ("المحتجون انتقدوا تأخر الأجور بشدة، وقالوا إن الأسر تعاني.", "المحتجون"),
    ("وزارة الصحة تؤكد في بلاغ أن الأمواج خطيرة.", "وزارة الصحة"),
    # near misses: a thing cannot speak; a verb that agrees with someone else; a subject after the verb
    ("الأسعار ترتفع في الأسواق الشعبية، وتؤكد أن الوضع صعب.", None),
    ("وزارة الصحة تجدد تحذيرها من السباحة، ويؤكد أن الأمواج خطيرة.", None),
    ("وزارة الصحة تجدد تحذيرها من السباحة، ويؤكد الأطباء أن الأمواج خطيرة.", "الأطباء"),
]


@table("text, expected", SUBJECT_OF_SECOND_VERB)
def test_subject_of_second_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


FRONTED_PHRASES = [
    ("وفي تصريح صحفي قال وزير المالية إن العجز تراجع.", "وزير المالية"),
    ("وخلال مؤتمر صحفي أكدت المديرة أن الموسم ناجح.", "المديرة"),
    ("وعلى هامش المعرض قال رئيس الغرفة إن الصادرات ارتفعت.", "رئيس الغرفة"),
    ("وفي هذا السياق أوضح الخبير أن الطلب تراجع.", "الخبير"),
    ("وارتفعت الأسعار بشدة، وفي تصريح للصحفيين قال التاجر إن الطلب ضعيف.", "التاجر"),
    # near misses: a phrase inside the sentence whose verb describes it; a verb in a clause of its own
    ("ورفع البنك المركزي سعر الفائدة، في خطوة قال إنها تهدف إلى كبح التضخم.", "البنك المركزي"),
    ("وفي إطار ما قال الوزير إنه إصلاح شامل، تقرر رفع الأسعار.", None),
]


@table("text, expected", FRONTED_PHRASES)
def test_fronted_phrase_before_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


RELATIVE_WITH_WA = [
    ("وارتفعت رسوم النقل منذ العام الماضي، والتي يقول مسؤولون إنها لم تعد تغطي الكلفة.", "مسؤولون"),
    ("وارتفعت رسوم النقل منذ العام الماضي، التي يقول مسؤولون إنها لم تعد تغطي الكلفة.", "مسؤولون"),
    ("وتوسعت الشبكة الجديدة، والتي تقول البلدية إنها ستخدم ألف أسرة.", "البلدية"),
    # near miss: a relative clause whose verb reports nothing gives no speaker
    ("وتوسعت الشبكة الجديدة، والتي تربط القرى بالمدينة.", None),
]


@table("text, expected", RELATIVE_WITH_WA)
def test_relative_with_wa(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


REPORT_OF_ITS_AUTHOR = [
    ("أعدّت منظمة الشفافية تقريراً أشار إلى أن الرشوة تراجعت.", "منظمة الشفافية"),
    ("أصدرت الهيئة تقريراً كشف أن 30 شركة خالفت القانون.", "الهيئة"),
    ("ونشرت الجمعية تقريرا أكد أن الفقر ارتفع.", "الجمعية"),
    # near miss: a report whose publisher is not named before it
    ("وجاء في تقرير أشار إلى أن الرشوة تراجعت.", None),
]


@table("text, expected", REPORT_OF_ITS_AUTHOR)
def test_report_speaks_for_its_author(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


FAMILY_NAMES_IN_AT = [
    ("وقال الرئيس أنور السادات في خطابه إن السلام ممكن.", "الرئيس أنور السادات"),
    ("وصرح النائب خليل البركات للصحفيين بأن القانون جاهز.", "النائب خليل البركات"),
    ("وأشار الباحث سامي الفرحات في ورقته إلى أن الجفاف اشتد.", "الباحث سامي الفرحات"),
    # near misses: a verb with an object keeps the -ات word out; no first name for a family name to follow
    ("ودعا المدير خالد الشركات في المنطقة إلى الالتزام، مؤكداً أن القانون واضح.", "المدير خالد"),
    ("وقال المدير العام في خطابه إن الأرباح ارتفعت.", "المدير العام"),
]


@table("text, expected", FAMILY_NAMES_IN_AT)
def test_family_name_in_at_after_intransitive_verb(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


CAME_IN_DOCUMENT = [
    ("وجاء في قرار الحكم، الصادر الأحد في القضية رقم 12/2025، أن المحكمة غرمت الشركة 5 آلاف دينار.", "قرار الحكم"),
    ("وجاء في نص الاتفاق، الموقع أمس في العاصمة، أن الضريبة سترتفع 5%.", "نص الاتفاق"),
    ("جاء في نص المحضر، المؤرخ في 3 مارس، أن المجلس خصص 3 ملايين للطرق.", "نص المحضر"),
    ("جاء في نص المرسوم أن الرسوم ستلغى اعتباراً من يناير.", "نص المرسوم"),
    # near misses: a named author is the source ("تقرير اللجنة الفنية" → the committee); a verb before أن ends the reading; a bare document carries on
    ("وجاء في بيان الوزارة أن 30 شخصاً أصيبوا.", "الوزارة"),
    ("وجاء في تقرير اللجنة الفنية أن 14 جسراً تحتاج إلى صيانة.", "اللجنة الفنية"),
    ("وجاء في قرار الحكم ما يلي: تغريم الشركة 5 آلاف دينار.", None),
    ("وجاء في نص الاتفاق الذي وقعه الطرفان أن الضريبة سترتفع 5%.", None),
    ("وجاء في التقرير أن 30 شخصاً أصيبوا.", None),
]


@table("text, expected", CAME_IN_DOCUMENT)
def test_came_in_document_is_the_source(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


VERB_AFTER_TITLE = [
    ("الوزيرة تجدد دعوتها للمواطنين، وتقول إن 40 مركزاً فتحت أبوابها.", "الوزيرة"),
    ("المدير يعلن التزامه بالخطة، ويؤكد أن 200 وظيفة ستحدث.", "المدير"),
    ("الوزير يجدد دعوتهم للحوار، ويقول إن 3 جولات عقدت.", "الوزير"),
    ("الرئيسة تعلن موقفها من القانون، وتقول إن 12 نائباً أيدوه.", "الرئيسة"),
    # near misses: a name in ي after the title, not followed by an object with a pronoun, keeps it; a verb
    # that does not agree with the title, or with the و-verb, is not read as the title's verb
    ("الرئيس يوسف يعلن التزامه بالخطة، ويؤكد أن 200 وظيفة ستحدث.", "الرئيس يوسف"),
    ("الوزيرة يجدد دعوتها للمواطنين، وتقول إن 40 مركزاً فتحت أبوابها.", None),
    ("الوزيرة تجدد، ويقول إن الفريق جاهز.", None),
    # a lone ه after a masculine title's verb is "his": التزامه، ثقته
    ("الوالي يجدد التزامه بالخطة، ويؤكد أن 40 مشروعاً ستنجز.", "الوالي"),
    ("المدرب يجدد ثقته في اللاعبين، ويقول إن ثلاثة منهم سيعودون.", "المدرب"),
]


@table("text, expected", VERB_AFTER_TITLE)
def test_verb_after_title_is_no_name(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


SO_THAT_CLAUSES = [
    ("وبينما قال الوزير إن الوضع تحت السيطرة، فإن مصادر أكدت أن 20 شخصاً قتلوا.", "20", ["مصادر"]),
    ("وبينما تقول الشركة إن الأرباح ارتفعت، فإن محللين يرون أن 15% منها مؤقتة.", "15%", ["محللين"]),
    ("وفيما أكدت الوزارة أن الامتحانات ستجرى، فإن مصدراً نقابياً أكد أن 30 مدرسة مغلقة.", "30", ["مصدر نقابي"]),
    # near misses: a فإن clause with no speaker stays with the sentence's speaker, and the while-clause's figure
    # with its own
    ("وبينما قال الوزير إن الوضع تحت السيطرة، فإن الأرقام تشير إلى 20 قتيلاً.", "20", ["الوزير"]),
    ("وقال الوزير إن 5 أشخاص أصيبوا، فإن الوضع تحت السيطرة.", "5", ["الوزير"]),
    ("وبينما قال الوزير إن 5 أشخاص أصيبوا، فإن مصادر أكدت أن 20 شخصاً قتلوا.", "5", ["الوزير"]),
    # near miss: after a source phrase, فإن opens what the source says, and its subject is no speaker
    ("وبحسب معلومات الصحيفة، فإن رئيس الحكومة سيدعو الوزراء إلى رفع البدل إلى 8 دنانير.", "8", ["الصحيفة"]),
]


@table("text, figure, expected", SO_THAT_CLAUSES)
def test_so_that_opens_main_clause(text: str, figure: str, expected: list[str]) -> None:
    assert claimants(text, figure) == expected


OPENING_VERB_SUBJECTS = [
    ("تجلس خديجة على عتبة بيتها وتقول: «لم يصلنا شيء منذ 3 أشهر»", "خديجة"),
    ("يقف الحاج عمر خلف طاولته ويقول إن المبيعات تراجعت 40%.", "الحاج عمر"),
    ("وتنظر سلمى إلى الفاتورة وتقول إن الكهرباء زادت 25%.", "سلمى"),
    ("وقفت فاطمة عند باب المدرسة وقالت: «ابني غاب 3 أسابيع»", "فاطمة"),
    ("يمسك المزارع حسن حفنة من التراب ويقول: «الأرض لم تشرب منذ 5 أشهر»", "المزارع حسن"),
]


@table("text, expected", OPENING_VERB_SUBJECTS)
def test_opening_verb_subject_speaks_with_second_verb(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, the opening subject that must not speak)
NOT_OPENING_VERB_SUBJECTS = [
    ("تقف منى أمام الرف ويقول: «الأسعار تضاعفت 3 مرات»", "منى"),  # the verbs disagree
    ("يجلس الحاج عمر في دكانه وتقول زوجته إن الزبائن قلوا 30%.", "الحاج عمر"),  # the second verb's own subject
    ("تقف الحافلة أمام المدرسة وتقول المعلمة إن 20 طالباً غابوا.", "الحافلة"),
]


@table("text, opening_subject", NOT_OPENING_VERB_SUBJECTS)
def test_second_verb_with_its_own_subject(text: str, opening_subject: str) -> None:
    assert last_speaker(text) != opening_subject


OBJECTS_AFTER_TITLE = [
    # an object in ى, which reads like an adjective of origin once folded (المستشفى → المستشفي)
    ("وتفقد المحافظ المستشفى الميداني، وقال إن 50 سريراً أضيفت.", "50", ["المحافظ"]),
    ("ودشن الوزير المبنى الإداري، وقال إن 70 موظفاً سينتقلون إليه.", "70", ["الوزير"]),
    ("وافتتح المحافظ المصنع الجديد، وقال إن 300 عامل سيشتغلون فيه.", "300", ["المحافظ"]),
    ("وزار الوزير المدرسة الابتدائية، وأكد أن 12 فصلاً ستضاف.", "12", ["الوزير"]),
    ("وتفقدت الوزيرة المخيم الشمالي، وقالت إن 400 أسرة تسكنه.", "400", ["الوزيرة"]),
    ("واستقبل رئيس البلدية الوفد الياباني، وأوضح أن 5 اتفاقيات وقعت.", "5", ["رئيس البلدية"]),
    # near misses: a title's adjectives, a body's, and an adjective of origin stay in the subject
    ("وترأس الأمين العام المساعد الاجتماع، وقال إن 12 دولة حضرت.", "12", ["الأمين العام المساعد"]),
    ("وتفقد مدير الشركة القابضة الموقع، وقال إن 40 عاملاً يعملون فيه.", "40", ["مدير الشركة القابضة"]),
    ("واستقبل الرئيس الفرنسي الوفد، وقال إن 3 ملفات نوقشت.", "3", ["الرئيس الفرنسي"]),
]


@table("text, figure, expected", OBJECTS_AFTER_TITLE)
def test_object_after_title_before_and_said(text: str, figure: str, expected: list[str]) -> None:
    assert claimants(text, figure) == expected


WHILE_PHRASES = [
    ("قالت الوزارة إن 30 مدرسة أغلقت، في الوقت الذي أكدت النقابة أن 45 مدرسة أغلقت.", "45", ["النقابة"]),
    ("وأعلنت البلدية جمع 200 طن، على حين أوضحت الجمعية أنها جمعت 50 طناً.", "50", ["الجمعية"]),
    ("ارتفعت الصادرات 6% بحسب الغرفة، في الوقت الذي قدرها اتحاد المصدرين بنحو 4%.", "4%", ["اتحاد المصدرين"]),
    ("أعلن المدير أن الإنتاج ارتفع 5%، في حين هاجم النائب كريم حداد الإدارة، مؤكداً أن 200 عامل سرحوا.",
     "200", ["النائب كريم حداد"]),
    ("وفي حين أكدت الشركة أن 10 عمال فقط تضرروا، حمّل المحامي رضا قاسم الإدارة المسؤولية، معتبراً أن 70 عاملاً "
     "تضرروا.", "70", ["المحامي رضا قاسم"]),
    ("وفي حين قال المدرب إن الفريق جاهز، فإن مصادر أكدت أن 4 لاعبين مصابون.", "4", ["مصادر"]),
    # near misses: "على حين غرة" is "suddenly"; "في الوقت الذي" with no speaker of its own, or inside a clause
    ("هاجم المسلحون القرية على حين غرة، وقال شهود إن 12 شخصاً قتلوا.", "12", ["شهود"]),
    ("قالت الوزارة إن 30 مدرسة أغلقت في الوقت الذي بدأ فيه الإضراب.", "30", ["الوزارة"]),
    ("قال المدير إن المبيعات زادت 8%، في حين ارتفعت التكاليف 3%.", "3%", ["المدير"]),
    # a while-clause closed by a speech participle
    ("وبينما حمّل النائب كريم حداد الوزارة المسؤولية، مؤكداً أن 2000 أسرة نزحت، قال الوزير إن الحكومة صرفت "
     "150 مليار دينار.", "2000", ["النائب كريم حداد"]),
    ("وفي حين رفعت الشركة الأسعار، مؤكدة أن الكلفة زادت 20%، قالت النقابة إن الأجور ثابتة.", "20%", ["الشركة"]),
    # near misses: the main clause's figures stay its speaker's, and so does a participle closing the main clause;
    # a thing does not speak
    ("وبينما حمّل النائب كريم حداد الوزارة المسؤولية، مؤكداً أن 2000 أسرة نزحت، قال الوزير إن الحكومة صرفت "
     "150 مليار دينار.", "150", ["الوزير"]),
    ("وبينما حمّل النائب كريم حداد الوزارة المسؤولية، قال الوزير إن الحكومة صرفت 150 مليار دينار، مؤكداً أن "
     "2000 أسرة عادت.", "2000", ["الوزير"]),
    ("وبينما ارتفع المؤشر، مؤكداً أن 20% من الأسهم ربحت، قال المحلل إن 3 شركات خسرت.", "20%", ["المحلل"]),
]


@table("text, figure, expected", WHILE_PHRASES)
def test_while_phrases_open_a_clause(text: str, figure: str, expected: list[str]) -> None:
    assert claimants(text, figure) == expected


# (text, speaker)
TITLED_APPOSITIONS = [
    ("وقال المدير العام لوكالة الأنباء الرسمية، سامي حداد، إن 30 صحفياً انضموا.", "المدير العام لوكالة الأنباء الرسمية، سامي حداد"),
    ("وقالت الرئيسة التنفيذية لوكالة الطاقة، سلوى بكري، إن 5 محطات ستبنى.", "الرئيسة التنفيذية لوكالة الطاقة، سلوى بكري"),
    ("ويرى الباحث في مركز الدراسات من أجل التنمية، كريم الهاشمي، أن 40% من الشباب عاطلون.",
     "الباحث في مركز الدراسات من أجل التنمية، كريم الهاشمي"),
    # near misses: the agency told, with no name after it, or a time set off by commas
    ("وقال الوزير لوكالة الأنباء الفرنسية إن 30 صحفياً انضموا.", "الوزير"),
    ("وقال الوزير لوكالة الأنباء الفرنسية، الأحد، إن 30 صحفياً انضموا.", "الوزير"),
    ("وقال الوزير في كلمة من أجل التوعية، الأحد، إن 30 شكوى وصلت.", "الوزير"),
]


@table("text, expected", TITLED_APPOSITIONS)
def test_workplace_before_name_in_apposition(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, speaker of the last sentence)
SAME_OFFICIAL = [
    ("وقال مدير الميناء كمال الزين إن 40 سفينة رست. وبحسب البيان الذي نشرته وكالة الأنباء الرسمية (واف)، "
     "تفرغ السفن في 3 أرصفة. وأوضح المسؤول نفسه أن 12 سفينة تنتظر.", "كمال الزين"),
    ("قالت مديرة المدرسة سعاد النمر إن 300 تلميذ سجلوا. وأعلنت النقابة إضراباً لمدة 3 أيام. "
     "وأوضحت المسؤولة ذاتها أن 20 معلماً غابوا.", "سعاد النمر"),
    # near miss: a bare "المسؤول" after a body may be that body's own official
    ("قال مدير المدرسة كمال الزين إن 300 تلميذ سجلوا. وأعلنت النقابة إضراباً لمدة 3 أيام. "
     "وأوضح المسؤول أن 20 معلماً غابوا.", "النقابة"),
]


@table("text, expected", SAME_OFFICIAL)
def test_same_official_is_the_person_named_before(text: str, expected: str) -> None:
    assert expected in (last_speaker(text) or "")


# (text, speaker): "دفاع X" in construct is the accused's counsel, a title before his name; with ال it is a body
COUNSEL_TITLE = [
    ("وقال دفاع المتهمة المحامي سامر الخطيب، في تصريح صحفي، إنه سيستأنف الحكم.", "دفاع المتهمة المحامي سامر الخطيب"),
    ("وأكد دفاع الضحايا، المحامية ليلى حداد، أن 14 عائلة تقدمت بشكاوى.", "دفاع الضحايا، المحامية ليلى حداد"),
    # near misses: the body, the ministry, a defence team
    ("وقال الدفاع المدني إن 60 منزلاً احترقت.", "الدفاع المدني"),
    ("ودعا الدفاع المدني السكان إلى الابتعاد عن 12 موقعاً.", "الدفاع المدني"),
    ("وأعلنت وزارة الدفاع أن 30 جندياً أصيبوا.", "وزارة الدفاع"),
    ("وقالت هيئة الدفاع إن 5 محامين انسحبوا.", "هيئة الدفاع"),
]


@table("text, expected", COUNSEL_TITLE)
def test_counsel_in_construct_is_a_title(text: str, expected: str) -> None:
    assert last_speaker(text) == expected
