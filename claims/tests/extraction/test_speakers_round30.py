"""Round-30 speaker and claimant rules, on invented sentences of other topics, with near misses.

- A first name shaped like a verbal noun (in ة: حمزة، فاطمة، أسامة) and an ال- surname, then a title set off by
  commas and إن/أن, is a name: "وقال حمزة العلوي، رئيس الجمعية، إن" → "حمزة العلوي".
- Some of a group speak for it: "عدد من + group", "بعض/عشرات/مئات + group" is one speaker phrase; "عدد" alone
  before an ال- word is a count ("عدد الزوار"). As a source with no verb ("وفق عدد من …") the group must be people.
- "حسب ما أكده X"، "وفق ما أفاد به X": X is the subject of a verb of saying, read as after any such verb.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
TA_MARBUTA_NAMES = [
    ("وقال حمزة العلوي، رئيس جمعية منتجي الحليب، إن الأسعار سترتفع.", "حمزة العلوي"),
    ("وأكدت فاطمة الزهراني، رئيسة جمعية حماية الطفولة، أن العدد تضاعف.", "فاطمة الزهراني"),
    ("من جهته، أوضح أسامة القاسمي، الخبير الاقتصادي، أن العجز سيتسع.", "أسامة القاسمي"),
    ("وأكدت الناشطة فاطمة الزهراني، رئيسة جمعية حماية الطفولة، أن العدد تضاعف.", "الناشطة فاطمة الزهراني"),
    # near misses: a verbal noun and its object, then no titled apposition closed by أن
    ("وأعلن الحاكم حالة الطوارئ، مؤكداً أن الوضع خطير.", "الحاكم"),
    ("وأعلن المحافظ حالة الطوارئ القصوى في المدينة، رئيس البلدية غائب.", "المحافظ"),
]


@table("text, expected", TA_MARBUTA_NAMES)
def test_name_in_ta_marbuta_with_titled_apposition(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant)
GROUP_SHARES = [
    ("لم يتجاوز ثمن الكيلو 20 ديناراً، حسب ما أكده عدد من الباعة.", "20", "عدد من الباعة"),
    ("وقال عدد من التجار إن المبيعات تراجعت بنحو 40 في المائة.", "40", "عدد من التجار"),
    ("وأكد بعض المسؤولين أن 30 موظفاً غادروا الشركة.", "30", "بعض المسؤولين"),
    ("وبحسب عدد من المسعفين، استقبل المستشفى 70 حالة.", "70", "عدد من المسعفين"),
    ("وأعلنت عشرات الأسر أنها فقدت 30 رأساً من الماشية.", "30", "عشرات الأسر"),
    # near misses: a count of things, or criteria that are a manner, not who speaks
    ("وارتفع عدد الزوار إلى 30 ألفاً، بحسب الوزارة.", "30", "الوزارة"),
    ("ووفق عدد من المعايير، بلغ المؤشر 55 نقطة.", "55", None),
]


@table("text, figure, expected", GROUP_SHARES)
def test_some_of_a_group_speak(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


SAID_AS_SOURCE = [
    ("لم يتجاوز سعر الصندوق 15 ديناراً، حسب ما أكده المزارعون.", "15", "المزارعون"),
    ("بلغ سعر الصندوق 15 ديناراً، وفق ما أفاد به الباعة.", "15", "الباعة"),
    ("بلغ سعر الصندوق 15 ديناراً، بحسب ما قاله الصيادون في الميناء.", "15", "الصيادون"),
    # near miss: "حسب ما جاء في" names a document place, no speaker
    ("بلغ سعر الصندوق 15 ديناراً، حسب ما جاء في النشرة.", "15", None),
]


@table("text, figure, expected", SAID_AS_SOURCE)
def test_subject_of_said_in_a_source_phrase(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# A title in construct with a plain noun and the quoted name of what it heads, then the person's name.
QUOTED_BODY_TITLES = [
    ('وقالت منسقة حملة "أنقذوا الغابة" سلمى الحداد إن الحرائق أتت على 300 هكتار.', "300",
     'منسقة حملة "أنقذوا الغابة" سلمى الحداد'),
    ('وأوضح مدير مبادرة "بيتي أخضر"، سامر الخطيب، أن 40 أسرة انضمت إليها.', "40",
     'مدير مبادرة "بيتي أخضر"، سامر الخطيب'),
    # near miss: a definite title takes no construct: the quoted campaign is the object
    ('وأطلق الوزير حملة "مدرستي نظيفة" في 120 مدرسة.', "120", None),
]


@table("text, figure, expected", QUOTED_BODY_TITLES)
def test_title_of_a_quoted_body(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# A second name in الدين whose first part is spelled like a verb; الأمر is never a family name.
COMPOUND_DIN_NAMES = [
    ("وعزا رئيس البلدية المهندس سامي علم الدين الأمر إلى نقص التمويل.", "رئيس البلدية المهندس سامي علم الدين"),
    ("وعزا الخبير سامي الخطيب الأمر إلى نقص التمويل.", "الخبير سامي الخطيب"),
    # near miss: "الدين العام" is the debt, the object of a verbal noun
    ("وأكد الوزير خالد خفض الدين العام إلى 60 في المائة.", "الوزير خالد"),
]


@table("text, expected", COMPOUND_DIN_NAMES)
def test_compound_din_names(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# "وتابعت"، "وأضاف" go on with the speaker of the previous sentence's last clause when a later clause of it has
# its own speech verb and subject.
LAST_CLAUSE_CARRIED = [
    ("ويرى مزارعون أن الدعم \"غير كافٍ\"، إذ تقول رئيسة التعاونية هدى السالم إن \"الكلفة تضاعفت\". "
     "وتابعت: «نحتاج إلى خطة واضحة».", "رئيسة التعاونية هدى السالم"),
    ("وأعلنت الوزارة تعليق الدراسة، فيما قال مدير الأرصاد سعيد النجار إن العاصفة ستشتد. "
     "وأضاف أن الرياح ستبلغ 90 كيلومتراً في الساعة.", "مدير الأرصاد سعيد النجار"),
    # near misses: a clause with no subject of its own, or a relative clause, hands nothing on
    ("وقال رئيس النقابة عماد الحسن إن الأجور تأخرت، فيما أكد أن الإضراب مستمر. "
     "وأضاف أن 200 عامل انضموا.", "رئيس النقابة عماد الحسن"),
    ("وقال رئيس النقابة عماد الحسن إن العمال، الذين قال بعضهم إنهم لم يتقاضوا أجورهم، مستمرون. "
     "وأضاف أن 200 عامل انضموا.", "رئيس النقابة عماد الحسن"),
]


@table("text, expected", LAST_CLAUSE_CARRIED)
def test_carry_goes_on_with_the_last_clause(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# A surname a named speaker carried earlier in the article, shaped like a verbal noun or a plural (نسور، دخول),
# is the subject of the verb before it; "وهو ما وصفه / اعتبره X" is X's own judging clause.
SURNAME_SUBJECTS = [
    ("وقال مدير الميناء سامر نسور إن الحركة تراجعت. وأضاف نسور أن الميناء استقبل 40 سفينة، "
     "وهو ما وصفه بحارة بأنه \"رقم متواضع\".", "40", "نسور"),
    # as "وأضاف الحلبي أن" reads "الحلبي" (the article's canonical name links it to the full one)
    ("وقال مدير الميناء سامر نسور إن الحركة تراجعت. وأضاف نسور أن الميناء استقبل 40 سفينة.", "40", "نسور"),
    # near miss: a word no earlier speaker carried stays a verbal noun, not a subject
    ("وقال مدير الميناء سامر الحلبي إن الحركة تراجعت. وأضاف دخول السفن أن الميناء استقبل 40 سفينة.", "40",
     "مدير الميناء سامر الحلبي"),
]


@table("text, figure, expected", SURNAME_SUBJECTS)
def test_earlier_surname_is_a_subject(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# (text, anchor, speaker of the claim that holds the anchor)
JUDGING_CLAUSES = [
    ("وأضاف نسور أن الميناء سيستقبل 40 سفينة، وهو ما وصفه بحارة بأنه \"رقم متواضع\".", "رقم متواضع", "بحارة"),
    ("وأعلنت البلدية رفع الرسوم 10 بالمئة، وهو ما اعتبره تجار \"عبئاً إضافياً\".", "عبئاً إضافياً", "تجار"),
    ("وأعلنت البلدية رفع الرسوم 10 بالمئة، وهو ما اعتبره تجار \"عبئاً إضافياً\".", "رفع الرسوم", "البلدية"),
]


@table("text, anchor, expected", JUDGING_CLAUSES)
def test_judging_clause_has_its_own_speaker(text: str, anchor: str, expected: str) -> None:
    from claims.extraction import extract_article
    claims = extract_article(text, clean=False)["claims"]
    assert [c["speaker"] for c in claims if anchor in c["text"]] == [expected]


# An indefinite adjective after a report noun ("تقرير حديث"، "دراسة جديدة") describes it: its author is the body
# after "صادر عن", never the adjective read as a name.
DESCRIBED_REPORTS = [
    ("ووفقاً لتقرير حديث صادر عن المرصد الوطني للمياه، تراجع المخزون بنسبة 18%.", "18", "المرصد الوطني للمياه"),
    ("وبحسب دراسة جديدة صادرة عن الجمعية المغربية للاقتصاديين، ارتفعت البطالة إلى 13%.", "13",
     "الجمعية المغربية للاقتصاديين"),
    # near misses: a genitive author right after the noun, and a definite one
    ("وبحسب تقرير منظمة الصحة العالمية، أصيب 300 شخص.", "300", "منظمة الصحة العالمية"),
    ("وبحسب بيانات المركزي، بلغ التضخم 6%.", "6", "المركزي"),  # the central bank's (round 46)
]


@table("text, figure, expected", DESCRIBED_REPORTS)
def test_report_adjective_is_no_author(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# A subject before its verb closed by نفسه/ذاته after a contrast ("غير أن النقابة نفسها اعتبرته") is the one
# named before, read as "وقالت النقابة نفسها" is.
SAME_SUBJECT_FIRST = [
    ("وقالت نقابة المعلمين إن الأجور تأخرت. وصادق البرلمان على القانون، غير أن النقابة نفسها اعتبرته "
     "\"حلاً مؤقتاً\".", "نقابة المعلمين"),
    ("وقال الوزير سامي العلي إن الأجور تأخرت. وصادق البرلمان على القانون، لكن الوزير ذاته قال إنه "
     "\"حل مؤقت\".", "الوزير سامي العلي"),
    # near miss: نفسها closing a time, no subject before a speech verb
    ("وقال الوزير سامي العلي إن الأجور تأخرت. وصادق البرلمان على القانون في الجلسة نفسها.", None),
]


@table("text, expected", SAME_SUBJECT_FIRST)
def test_same_subject_before_its_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# A body that widens a rule's reach sets its figures ("وسّعت الوزارة نطاق القرار ليشمل … 14 قطاعاً"), and a setting
# verb after an opening time or place phrase closed by a comma still opens the sentence's own clause.
SETTERS_AFTER_OPENING = [
    ("وفي وقت سابق من العام الجاري، وسعت الهيئة نطاق البرنامج ليشمل المدارس في 14 ولاية.", "14", "الهيئة"),
    ("وفي مطلع الشهر الماضي، رفعت البلدية رسوم النظافة إلى 5 دنانير.", "5", "البلدية"),
    ("ووسع المجلس البلدي نطاق الدعم ليشمل 300 أسرة.", "300", "المجلس البلدي"),
    # near misses: a team's tally is set by no decision; a figure in the opening phrase itself
    ("وفي المقابل، رفع المنتخب رصيده إلى 12 نقطة.", "12", None),
    ("وفي 14 ولاية، ارتفعت الأسعار بشكل ملحوظ.", "14", None),
]


@table("text, figure, expected", SETTERS_AFTER_OPENING)
def test_setter_after_an_opening_phrase(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# (text, anchor, speaker of the claim holding it): إذ/حيث before a speech verb with its own subject open that
# speaker's clause; one with no subject of its own splits nothing.
WHEREUPON_CLAUSES = [
    ("وأعلنت الوزارة تعليق الرحلات، حيث قال مدير المطار خالد النجار إن 12 رحلة ألغيت.", "12 رحلة",
     "مدير المطار خالد النجار"),
    ("وأعلنت الوزارة تعليق الرحلات، حيث قال مدير المطار خالد النجار إن 12 رحلة ألغيت.", "تعليق الرحلات", "الوزارة"),
    # near miss: the verb after حيث has no subject of its own
    ("وقال وزير الصحة إن المستشفى استقبل المرضى، حيث أكد أن 30 مريضاً غادروا.", "30 مريضاً", "وزير الصحة"),
]


@table("text, anchor, expected", WHEREUPON_CLAUSES)
def test_whereupon_clause_speaker(text: str, anchor: str, expected: str) -> None:
    from claims.extraction import extract_article
    claims = extract_article(text, clean=False)["claims"]
    assert [c["speaker"] for c in claims if anchor in c["text"]] == [expected]
