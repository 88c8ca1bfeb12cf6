"""Round-34 speaker and claimant rules, on invented sentences of other topics, with near misses.

- An interview transcript: a "Name:" label opening a paragraph makes the name the speaker of the paragraph
  (then its surname alone: "العلي:"); the interviewer's lines ("س:"، "المجلة:" with a question) have none;
  "ج:"/"جواب:" lines are the interviewee's. Only an article with a question line is a transcript.
- "حين أطلقنا …": a deed verb with نا is "we did", never a speech verb with "us" as its object.
- "وختمت X حديثها بالإشارة إلى أن": a speech noun with أن closes the last words, as بالقول does.
- "ولا تخفي X قلقها …، إذ تؤكد أن": the negated verb's subject goes on after إذ.
"""
from __future__ import annotations

from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute_sentences

from .helpers import claimants, last_speaker, table


def speaker_of(text: str, opening: str) -> str | None:
    """Return the speaker of the sentence that starts with `opening`."""
    sentences = split_sentences(text)
    found = attribute_sentences(text, sentences)
    hits = [a for s, a in zip(sentences, found) if s.text.startswith(opening)]
    assert len(hits) == 1, opening
    return hits[0].speaker if hits[0] else None


_INTERVIEW = (
    "أجرت المجلة حواراً مع الطبيبة ريم العلي، مديرة مستشفى الأمل، عن نقص الأدوية.\n"
    "المجلة: كيف تصفين الوضع اليوم؟\n"
    "ريم العلي: الوضع صعب. نستقبل 300 مريض يومياً ولدينا 12 طبيباً فقط.\n"
    "المجلة: وماذا عن الأدوية؟\n"
    "العلي: نفد نصف المخزون. حين افتتحنا الجناح الجديد توقعنا دعماً لم يصل.\n"
    "وتقول العلي إن الوزارة وعدت بشحنة.\n"
)
_QA = (
    "وفي حوار مع الموقع، قال المهندس كريم الدباغ، مدير شركة المياه، إن الأزمة ستطول.\n"
    "س: متى تنتهي الأزمة؟\n"
    "ج: نحتاج إلى ستة أشهر على الأقل. المضخات قديمة.\n"
)
_TITLED_LABEL = (
    "وفي حوار مع الموقع، قالت وزيرة الثقافة الدكتورة منى الراوي إن المعرض سيعود.\n"
    "سؤال: متى يفتتح المعرض؟\n"
    "الدكتورة منى الراوي: في أيار المقبل، بمشاركة 40 دار نشر.\n"
    "سؤال: وكم زائراً تتوقعين؟\n"
    "جواب: نحو مئة ألف زائر.\n"
)
_ONE_QUESTION_IN_A_REPORT = (
    "قال الخبير سامر النجار إن الأسعار ستواصل الارتفاع.\n"
    "وتساءل النجار: من يحمي المستهلك؟\n"
    "النجار: الأسعار لن تنخفض قبل الصيف.\n"
)
_NOT_AN_INTERVIEW = (
    "قال وزير الزراعة خالد المصري إن الموسم جيد.\n"
    "خالد المصري: الموسم جيد هذا العام.\n"
    "المصدر: وكالة الأنباء الرسمية\n"
)
_FURNITURE_IN_AN_INTERVIEW = (
    "حاورت الصحيفة الروائية هدى الشامي.\n"
    "الصحيفة: ما جديدك؟\n"
    "الكاتب: هذه روايتي الخامسة.\n"
    "الصحيفة: ومتى تصدر؟\n"
    "الشامي: في الربيع المقبل.\n"
    "بيروت: انطلق المعرض أمس.\n"
    "ملاحظة: أجري الحوار قبل المعرض.\n"
    "اقرأ أيضاً: حوار مع شاعر\n"
)

# (text, sentence opening, speaker)
INTERVIEW_LABELS = [
    (_INTERVIEW, "ريم العلي: الوضع صعب", "ريم العلي"),
    (_INTERVIEW, "نستقبل 300 مريض", "ريم العلي"),  # the rest of the labelled paragraph
    (_INTERVIEW, "العلي: نفد نصف المخزون", "العلي"),  # the surname alone, after the full name
    (_INTERVIEW, "حين افتتحنا الجناح", "العلي"),  # "افتتحنا": we opened, no speech verb
    (_INTERVIEW, "المجلة: كيف تصفين", None),  # the interviewer asks
    (_INTERVIEW, "المجلة: وماذا عن", None),
    (_QA, "ج: نحتاج إلى ستة أشهر", "المهندس كريم الدباغ"),  # ج: the interviewee named before
    (_QA, "المضخات قديمة", "المهندس كريم الدباغ"),
    (_QA, "س: متى تنتهي", None),
    (_TITLED_LABEL, "الدكتورة منى الراوي: في أيار", "الدكتورة منى الراوي"),  # a label with a title
    (_TITLED_LABEL, "جواب: نحو مئة", "الدكتورة منى الراوي"),  # جواب: the one the last name label named
    (_TITLED_LABEL, "سؤال: وكم", None),
    # near misses: no question line, no transcript; labels that name no one
    (_NOT_AN_INTERVIEW, "خالد المصري: الموسم جيد", None),
    (_NOT_AN_INTERVIEW, "المصدر: وكالة", None),
    (_FURNITURE_IN_AN_INTERVIEW, "الشامي: في الربيع", "الشامي"),
    (_FURNITURE_IN_AN_INTERVIEW, "الكاتب: هذه روايتي", None),
    (_ONE_QUESTION_IN_A_REPORT, "النجار: الأسعار", None),
    (_FURNITURE_IN_AN_INTERVIEW, "بيروت: انطلق", None),
    (_FURNITURE_IN_AN_INTERVIEW, "ملاحظة: أجري", None),
    (_FURNITURE_IN_AN_INTERVIEW, "اقرأ أيضاً", None),
]


@table("text, opening, expected", INTERVIEW_LABELS)
def test_interview_line_labels(text: str, opening: str, expected: str | None) -> None:
    assert speaker_of(text, opening) == expected


# (text, speaker)
CLOSING_AND_NEGATED = [
    ("وختمت الوزيرة حديثها بالإشارة إلى أن الحكومة ستدعم المزارعين.", "الوزيرة"),
    ("واختتم رئيس البلدية كلمته بالتأكيد على أن المشروع سينتهي قريباً.", "رئيس البلدية"),
    ("ولم يخف وزير المالية محمد سالم تفاؤله، إذ أكد أن العجز سيتراجع.", "وزير المالية محمد سالم"),
    ("قال الطبيب سامي النجار إن العدوى تنتشر. ولا يخفي النجار قلقه، إذ يؤكد أن المستشفيات ممتلئة.", "النجار"),
    # near misses: a closing that says nothing; a negated verb whose subject is no one
    ("واختتم المهرجان فعالياته بالإشارة الضوئية.", None),
    ("ولا تزال الأسعار مرتفعة في الأسواق.", None),
]


@table("text, expected", CLOSING_AND_NEGATED)
def test_closing_words_and_negated_opening(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# A feminine "تقول"/"وتضيف" with no subject after a man spoke: the woman a clause just opened on speaks.
# (text, speaker of the last sentence)
WOMAN_THE_STORY_FOLLOWS = [
    ("وقال مدير المستشفى إن الأسرّة ممتلئة. وفي الممر، جلست أم خالد منذ الفجر. تقول: «ننتظر منذ الصباح».",
     "أم خالد"),
    ("وأكد المهندس سامي الراشد أن الطريق سيفتح قريباً. وعند الجسر، تبيع سلمى خضارها منذ سنوات. "
     "وتضيف: «الزبائن قلّوا».", "سلمى"),
    ("ويرى الخبير الاقتصادي علي حسن أن الأسعار سترتفع. ومع المساء، تغلق سعاد دكانها. «لا أحد يشتري»، تقول.",
     "سعاد"),
    # a verb of three letters after و (وتقف، وتمر), and a kunya whose verb follows it ("أم خالد تنتظر")
    ("وقال مدير الفرن إن الطحين متوفر. وتقف أم خالد تنتظر دورها أمام المخبز. وتقول إن الخبز نفد.", "أم خالد"),
    ("وأكد المحافظ أن المياه ستعود. وتمر سمر العلي كل صباح بالخزان الفارغ. وتضيف: «لم نرَ قطرة».", "سمر العلي"),
    # near misses: a masculine verb goes on with the man; a woman speaking before goes on; no woman in view
    ("وقال مدير المستشفى إن الأسرّة ممتلئة. وفي الممر، جلست أم خالد منذ الفجر. ويضيف: «نحتاج أطباء».",
     "مدير المستشفى"),
    ("وقالت الطبيبة ليلى سالم إن الأسرّة ممتلئة. وفي الممر، جلست أم خالد منذ الفجر. وتضيف: «نحتاج أطباء».",
     "الطبيبة ليلى سالم"),
    ("وقال مدير المستشفى إن الأسرّة ممتلئة. وتنتظر الأسر في الممر. وتضيف: «نحتاج أطباء».", "مدير المستشفى"),
    ("وقال مدير المستشفى إن الأسرّة ممتلئة. ووقت الظهر تغلق المحلات. وتضيف: «نحتاج أطباء».", "مدير المستشفى"),
]


@table("text, expected", WOMAN_THE_STORY_FOLLOWS)
def test_feminine_carry_goes_to_the_woman_introduced(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# "ونقلت <outlet> عن <source> أن": an outlet's name with a figure in it ("صحيفة 14 أكتوبر"، "قناة 24") still
# relays the source after عن. (text, speaker)
RELAYED_BY_A_NUMBERED_OUTLET = [
    ("ونقلت صحيفة 26 سبتمبر الرسمية عن مسؤول في وزارة النقل أن الميناء سيفتح.", "مسؤول في وزارة النقل"),
    ("ونقلت قناة 24 عن مصدر أمني أن المعبر أغلق.", "مصدر أمني"),
    ("ونقلت إذاعة مونت كارلو عن شهود عيان أن الاشتباكات توقفت.", "شهود عيان"),
    # near misses: things carried, not words relayed
    ("ونقلت الوزارة 40 طناً عن طريق البحر.", None),
    ("ونقلت الشركة 300 عامل عن مواقعهم القديمة.", None),
]


@table("text, expected", RELAYED_BY_A_NUMBERED_OUTLET)
def test_outlet_name_with_a_figure_relays_its_source(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# The feminine "ونقلت" agrees with the outlet; the source's own noun (مصدر) tells that a man spoke, so a
# feminine "تقول" after a woman comes into the story is hers.
RELAYED_THEN_A_WOMAN = [
    ("ونقلت صحيفة الأيام عن مصدر في البلدية أن المياه ستعود. وفي الحي، وقفت أم حسن أمام الصهريج. "
     "تقول: «ننتظر منذ أسبوع».", "أم حسن"),
]


@table("text, expected", RELAYED_THEN_A_WOMAN)
def test_relayed_source_gender_from_its_noun(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant)
ORDERS_AND_MEETINGS = [
    # "وجّه بـ": an order sets its figures, as أمر does
    ("وكان أمير المنطقة قد وجّه مطلع الشهر الجاري بتوزيع 5 آلاف سلة غذائية.", "5 آلاف", "أمير المنطقة"),
    ("ووجهت الوزيرة بصرف 500 مليون دينار للمتضررين.", "500", "الوزيرة"),
    ("وكان ولي العهد قد وجّه بتخصيص 20 مليار ريال للإسكان.", "20", "ولي العهد"),
    # a meeting that came out with a recommendation: its holder
    ("وعقدت وزارة الصحة اجتماعاً طارئاً أمس، خرج بتوصية لشراء 40 سيارة إسعاف.", "40", "وزارة الصحة"),
    ("وعقدت الغرفة التجارية اجتماعاً، أسفر عن تخصيص 3 ملايين دينار للمعرض.", "3", "الغرفة التجارية"),
    # near misses: "وجّه" a letter or thanks orders nothing; a meeting with no outcome clause
    ("ووجه الوزير رسالة إلى 300 موظف.", "300", None),
    ("ووجه المحافظ الشكر إلى 40 متطوعاً.", "40", None),
    ("وعقدت وزارة الصحة اجتماعاً حضره 40 طبيباً.", "40", None),
]


@table("text, figure, expected", ORDERS_AND_MEETINGS)
def test_orders_and_meeting_outcomes_set_figures(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# "عقب/بعد إعلان <body> رفع/خفض …": the body that announced the measure states its figures, with no أن.
ANNOUNCED_MEASURES = [
    ("تزاحم السائقون أمام المحطات، عقب إعلان شركة النفط الوطنية فرع البصرة رفع سعر اللتر إلى 1250 ديناراً.",
     "1250", "شركة النفط الوطنية"),
    ("وتراجعت المبيعات بعد إعلان وزارة المالية خفض الدعم بنسبة 15%.", "15", "وزارة المالية"),
    ("إثر إعلان البنك المركزي تثبيت الفائدة عند 27.25%، صعدت البورصة.", "27.25", "البنك المركزي"),
    # near misses: an announcement with no measure; an advertisement; no time of an event
    ("وبعد إعلان الهدنة، عاد 300 نازح إلى القرية.", "300", None),
    ("ونشرت الصحيفة إعلان الشركة رفع الأسعار 10%.", "10", None),
]


@table("text, figure, expected", ANNOUNCED_MEASURES)
def test_announced_measure_states_its_figures(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]
