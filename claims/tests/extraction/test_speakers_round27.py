"""Round-27 speaker rules, on invented sentences of other topics, with near misses.

- A first name of a weak verbal-noun shape (a noun in ة such as هالة، رانية، or a plural in ات) starts a speaker's
  name in a while-clause when the name has two or more words and إن/أن closes it, directly or past an apposition
  set off by commas: "وبينما رأت رانية البركات، مديرة …، أن …، حذّر X" → رانية البركات, then X. A verbal noun
  after the verb with no إن/أن after it is still the verb's object: "أعلنت الشرطة ضبط مخالفات".
- "أبدى X قلقه/استعداده/رفضه …" (an attitude noun with its possessive) speaks, as "أعرب عن" does; "أبدى اللاعب
  مستوى جيدا" says nothing.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

# (text, speaker of each claim in order)
CLAUSES = [
    ("وبينما رأت هالة منصور، مديرة الأبحاث في «نور للاستثمار»، أن «الطلب سيتعافى»، حذّر المحلل سامي فارس "
     "من أن «الأسعار قد ترتفع 12% هذا العام».",
     ["هالة منصور", "المحلل سامي فارس"]),
    ("وبينما رأت رانية البركات أن «الموسم كان جيدا»، أكد المزارع علي حسن أن الإنتاج بلغ 30 طنا.",
     ["رانية البركات", "المزارع علي حسن"]),
    # near miss: the verbal noun after the subject is its object, not a name
    ("وبينما أعلنت الشرطة ضبط مخالفات كثيرة، أكد المدير علي حسن أن عددها بلغ 30 مخالفة.",
     ["الشرطة", "المدير علي حسن"]),
]


@table("text, expected", CLAUSES)
def test_clause_speakers(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# "أبدى X قلقه/استعداده …" makes an attitude known, as أعرب عن; with no attitude noun it says nothing.
SHOWN = [
    ("وبينما رأى الخبير سامي فارس أن «الموسم جيد»، أبدت نقابة الفلاحين قلقها من «تراجع الأسعار».",
     ["الخبير سامي فارس", "نقابة الفلاحين"]),
    ("وأبدت النقابة استعدادها للحوار مع الحكومة.", ["النقابة"]),
    # near miss: أبدى with a plain object
    ("وأبدى اللاعب مستوى جيدا في المباراة أمام 3 آلاف متفرج.", [None]),
]


@table("text, expected", SHOWN)
def test_shown_attitude(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# A plural bulletin or circular names its issuer as the singular does: "حسب ما أفادت به نشرات المديرية".
# A bare document ("فيما أشار التقرير إلى أن") is the one the sentence's own source phrase named before it,
# not a body carried from earlier sentences; with no source phrase in the sentence, the carry stays.
DOCUMENTS = [
    ("وبلغ منسوب النهر 4 أمتار، حسب ما أفادت به نشرات الهيئة الوطنية للمياه.", ["الهيئة الوطنية للمياه"]),
    ("وارتفع سعر الخبز إلى 5 جنيهات، بحسب تعميمات وزارة التموين.", ["وزارة التموين"]),
    ("وأعلنت وزارة الزراعة نفوق 300 رأس. وبحسب التقرير الشهري لمرصد الأسواق بالمدينة، الذي اطلعت عليه "
     "«الشروق»، بلغ سعر القمح 400 دولار، فيما أشار التقرير إلى أن المخزون تراجع إلى 43 في المائة.",
     ["وزارة الزراعة", "مرصد الأسواق"]),
    # near miss: no source phrase in the sentence, the report is the ministry's
    ("وأعلنت وزارة الزراعة نفوق 300 رأس. وأشار التقرير إلى أن المخزون تراجع إلى 43 في المائة.",
     ["وزارة الزراعة", "وزارة الزراعة"]),
]


@table("text, expected", DOCUMENTS)
def test_document_sources(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# "د." (doctor) before a personal name is a title inside the speaker's phrase, not the end of it; after a
# figure ("500 د.") it is a currency and joins nothing.
ABBREVIATED_TITLES = [
    ("غير أن عضو المكتب التنفيذي لنقابة المهندسين، د. سامي فارس، نفى أن يكون عدد الورش تجاوز 9 ورش.",
     ["عضو المكتب التنفيذي لنقابة المهندسين، د. سامي فارس"]),
    ("وقال رئيس الجمعية د. سامي فارس إن عدد المتطوعين بلغ 70 متطوعا.", ["رئيس الجمعية د. سامي فارس"]),
    ("أما رئيسة الاتحاد الجهوي، د. ليلى بنعلي، فاعتبرت أن الإنتاج بلغ 5 أطنان.", ["ليلى بنعلي"]),
    # near miss: after a figure "د." is a currency and the next sentence names its own speaker
    ("وبلغ الراتب 500 د. وقال العامل سامي فارس إن الأجر لا يكفي.", [None]),
]


@table("text, expected", ABBREVIATED_TITLES)
def test_abbreviated_titles(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# "طمأن X … بأن/أن" states a fact as a speech verb does; with no أن it reassures and says nothing reported.
REASSURED = [
    ("واصطفت السيارات أمام المحطات، فيما طمأنت الشركة الوطنية للوقود المواطنين بأن المخزون يكفي 14 يوماً "
     "على الأقل.", ["الشركة الوطنية للوقود"]),
    ("وطمأنت وزارة الصحة، أمس، الأهالي أن 90% من المصابين غادروا المستشفيات.", ["وزارة الصحة"]),
    # near miss: no أن after the verb
    ("وطمأن الوزير المزارعين على سلامة 300 سد في البلاد.", [None]),
]


@table("text, expected", REASSURED)
def test_reassurance_verbs(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# "وفاز العداء سامي فارس …، واعتبر أن": a common noun and the full name after it are the first clause's
# subject, who goes on speaking after "، و+verb". A name of one word, or no name, adds nothing.
NAMED_FIRST_SUBJECT = [
    ("وفاز العداء سامي فارس بالميدالية الذهبية في سباق 800 متر، واعتبر في تصريح لإذاعة محلية أن "
     "«الفوز ثمرة عمل متواصل».", ["العداء سامي فارس"]),
    # near miss: an inanimate subject with no name does not speak
    ("وارتفع المؤشر العام للبورصة 3%، وقال إن التداولات تحسنت.", [None]),
]


@table("text, expected", NAMED_FIRST_SUBJECT)
def test_named_first_subject(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected
