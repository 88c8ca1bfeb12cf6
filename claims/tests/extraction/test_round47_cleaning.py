"""Table-driven cases for round 47's cleaning and metadata: a masthead printed in Arabic and Latin letters over the
headline, a party paper's slogan under its masthead, an agency in brackets right after a dated dateline in the lead,
and the page's stamp line of a date, a time and a views counter.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "منتخب السلة يتأهل إلى نهائي البطولة العربية بعد فوزه على الأردن"
LEAD = ("تأهل منتخب السلة الوطني إلى نهائي البطولة العربية للأمم، بعد فوزه مساء أمس على نظيره الأردني بنتيجة 88 "
        "مقابل 81 في المباراة التي احتضنتها صالة التتويج بالعاصمة أمام نحو خمسة آلاف متفرج.")
SECOND = ("وقال مدرب المنتخب إن لاعبيه قدموا مباراة كبيرة رغم الإرهاق، مؤكداً أن الفريق سيدخل النهائي بطموح "
          "التتويج باللقب للمرة الأولى منذ سنوات طويلة.")
THIRD = ("ويلتقي المنتخب في النهائي يوم السبت المقبل مع الفائز من مباراة مصر ولبنان، التي تقام مساء اليوم على "
         "الصالة نفسها.")
MENU = "الرئيسية  محليات  اقتصاد  رياضة  ثقافة  منوعات  فيديو"
SECTION = "رياضة"


def _page(*head: str, lead: str = LEAD) -> str:
    return "\n".join([*head, TITLE, "", lead, "", SECOND, "", THIRD])


def _assert_kept(cleaned, lead: str = LEAD) -> None:
    assert cleaned.title == TITLE
    for paragraph in (lead, SECOND, THIRD):
        assert paragraph in cleaned.body


# --- the masthead in Arabic and Latin letters -----------------------------------------------------------------------

TWO_SCRIPT_MASTHEADS = [  # (the masthead line, the outlet's name given with the page or None)
    ("الأفق الرياضي الجديد | New Sport Horizon", "الأفق الرياضي الجديد"),
    ("الأفق الرياضي الجديد | New Sport Horizon", None),
    ("غلوبال سبورتس ريفيو | Global Sports Review", "غلوبال سبورتس ريفيو"),
    ("غلوبال سبورتس ريفيو | Global Sports Review", None),
    ("صدى الشرق الجديد | New East Echo عربي", "صدى الشرق الجديد"),
    ("صدى الشرق الجديد | New East Echo عربي", None),
    ("Global Sports Review | غلوبال سبورتس ريفيو", None),
    ("بوابة الساحل الإفريقي - Sahel Gate", "بوابة الساحل الإفريقي"),
]


@table("masthead, outlet", TWO_SCRIPT_MASTHEADS)
def test_a_masthead_in_two_scripts_is_no_title(masthead, outlet):
    cleaned = clean_checked(_page(masthead, MENU, SECTION), outlet=outlet)
    _assert_kept(cleaned)
    assert masthead not in cleaned.body
    assert SECTION not in cleaned.body.split("\n")


def test_a_masthead_in_two_scripts_without_a_menu_is_no_title():
    cleaned = clean_checked(_page("الأفق الرياضي الجديد | New Sport Horizon", SECTION))
    _assert_kept(cleaned)


def test_a_masthead_in_two_scripts_that_a_source_speaks_to_is_no_title():
    # the name comes back in the text ("قال … لـ\"صدى الشرق الجديد\" إن …"): the site's name, echoing the article
    quoted = "وقال قائد المنتخب لـ\"صدى الشرق الجديد\" إن الفريق سيلعب النهائي من أجل جماهيره في الشرق والغرب."
    raw = _page("صدى الشرق الجديد | New East Echo عربي", MENU, SECTION).replace(SECOND, SECOND + "\n\n" + quoted)
    cleaned = clean_checked(raw)
    _assert_kept(cleaned)
    assert quoted in cleaned.body


HEADLINES_WITH_A_BAR = [  # must not change: a headline with a bar or a Latin name is the title
    "رياضة | منتخب السلة يتأهل إلى نهائي البطولة العربية",
    "NBA | منتخب السلة يتأهل إلى نهائي البطولة العربية بعد فوزه على الأردن",
]


@table("headline", HEADLINES_WITH_A_BAR)
def test_a_headline_with_a_bar_stays_the_title(headline):
    raw = "\n".join(["صدى الملاعب", MENU, headline, "", LEAD, "", SECOND, "", THIRD])
    cleaned = clean_checked(raw)
    assert cleaned.title == headline


@table("headline", ["Samsung | سامسونغ تطلق هاتفاً قابلاً للطي", "FIFA | الاتحاد الدولي يعاقب ثلاثة أندية"])
def test_a_brand_beside_a_clause_over_another_head_line_stays_the_title(headline):
    # must not change: a brand and a clause are no name spelled in both scripts (the line under it is a deck)
    raw = "\n".join([headline, TITLE, "", LEAD, "", SECOND, "", THIRD])
    assert clean_checked(raw).title == headline


def test_a_name_in_two_scripts_alone_over_the_lead_stays_the_title():
    # must not change: with no other head line that reads as a headline, the first line stays the title
    raw = "\n".join(["ليلة الأبطال | Champions Night", "", LEAD, "", SECOND, "", THIRD])
    assert clean_checked(raw).title == "ليلة الأبطال | Champions Night"


# --- a party paper's slogan under its masthead --------------------------------------------------------------------

SLOGANS = [  # (the masthead, its slogan)
    ("جريدة النهضة", "لسان حزب النهضة الديمقراطي"),
    ("جريدة النهضة", "لسان حال حركة النهضة الديمقراطية"),
    ("الميثاق", "لسان حزب الميثاق الوطني للعمال"),
    ("صحيفة الفجر الجديد", "صوت العمال والفلاحين"),
    ("صحيفة الفجر الجديد", "صوت من لا صوت له"),
    ("الميثاق", "جريدة يومية تصدر عن حزب الميثاق"),
    ("الميثاق", "صحيفة أسبوعية جامعة تصدر كل خميس"),
]


@table("masthead, slogan", SLOGANS)
def test_a_party_papers_slogan_is_no_title(masthead, slogan):
    for head in ((masthead, slogan, MENU, SECTION), (masthead, slogan, SECTION), (masthead, slogan)):
        cleaned = clean_checked(_page(*head))
        _assert_kept(cleaned)
        assert slogan not in cleaned.body


HEADLINES_LIKE_SLOGANS = [  # must not change: a headline opening as a slogan does, its byline or lead under it
    ("صوت الرصاص يعود إلى أحياء المدينة القديمة", "كتب: سامي العلي"),
    ("صوت المدرجات يعود إلى ملاعب الدوري بعد غياب طويل", None),
    ("لسان حال المزارعين: متى تصل مياه الري؟", None),
    ("صحيفة يومية تتوقف عن الصدور بعد نصف قرن", None),
]


@table("headline, byline", HEADLINES_LIKE_SLOGANS)
def test_a_headline_opening_like_a_slogan_stays_the_title(headline, byline):
    lines = ["جريدة النهضة", MENU, headline, *([byline] if byline else []), "", LEAD, "", SECOND, "", THIRD]
    assert clean_checked("\n".join(lines)).title == headline


@table("headline", [
    "صوت الجماهير يقود منتخب السلة إلى نهائي البطولة العربية",
    "جريدة يومية تكشف كواليس نهائي السلة",
])
def test_a_headline_opening_like_a_slogan_over_its_deck_stays_the_title(headline):
    # must not change: the headline echoes the article, and its deck stands under it
    deck = "فوز مثير على الأردن بنتيجة 88 مقابل 81 أمام خمسة آلاف متفرج"
    raw = "\n".join(["جريدة النهضة", MENU, headline, deck, "", LEAD, "", SECOND, "", THIRD])
    assert clean_checked(raw).title == headline


# --- an agency in brackets after a dated dateline, the lead going on --------------------------------------------

DATED_DATELINES = [  # (the lead's opening, the credit, the date)
    ("بكين 14 مارس 2025 (شينخوا) افتتح", "شينخوا", "2025-03-14"),
    ("عمان 3 أيار 2025 (بترا) أعلنت", "بترا", "2025-05-03"),
    ("الرياض، 5 مارس 2025 (واس) أعلنت", "واس", "2025-03-05"),
    ("الدوحة 12/04/2025 (قنا) أعلنت", "قنا", "2025-04-12"),
    ("نواكشوط (وكالات) أعلنت", "وكالات", None),
    ("جنيف (أ ف ب) أعلنت", "أ ف ب", None),
]
LEAD_REST = (" وزارة الصحة إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف أكثر من مليوني طفل في مختلف المحافظات، على أن "
             "تستمر الحملة أسبوعين.")


@table("opening, credit, published", DATED_DATELINES)
def test_an_agency_in_brackets_after_a_dateline_credits_the_story(opening, credit, published):
    lead = opening + LEAD_REST
    cleaned = clean_checked(_page("صدى الملاعب", MENU, lead=lead))
    _assert_kept(cleaned, lead)
    assert cleaned.source_credit == credit
    assert cleaned.published == published


@table("opening, credit, published", DATED_DATELINES[:2])
def test_the_dateline_agency_wins_over_the_outlets_name_atop_the_page(opening, credit, published):
    lead = opening + LEAD_REST  # "جريدة الأفق" reads as a credit line: the page's masthead, the agency the source
    cleaned = clean_checked(_page("جريدة الأفق", MENU, lead=lead))
    _assert_kept(cleaned, lead)
    assert cleaned.source_credit == credit


NOT_DATELINE_CREDITS = [  # must not change: no agency in the brackets, or no dateline before them
    "بكين 14 مارس 2025 (الجمعة) افتتح",
    "القاهرة 5 مارس 2025 (أرشيفية) أعلنت",
    "أعلنت وزارة الصحة أمس في بيان نقلته (واس) أنها",
    "وأوضح مدير الحملة لوكالة (رويترز) أن",
    "قال الطبيب (رويترز) إن",
]


@table("opening", NOT_DATELINE_CREDITS)
def test_brackets_without_a_dateline_agency_credit_nothing(opening):
    lead = opening + LEAD_REST
    cleaned = clean_checked(_page("صدى الملاعب", MENU, lead=lead))
    _assert_kept(cleaned, lead)
    assert cleaned.source_credit is None


# --- the page's stamp: a date, a time and a views counter ------------------------------------------------------------

VIEW_STAMPS = [  # (the stamp line, the date it gives)
    ("2025/03/14   18:20   عدد المشاهدات: 2,417", "2025-03-14"),
    ("14/03/2025 - 18:20 - المشاهدات: 917", "2025-03-14"),
    ("الجمعة 14 مارس 2025   06:20 م   1,402 مشاهدة", "2025-03-14"),
    ("14 مارس 2025 | 18:20 | 530 قراءة", "2025-03-14"),
    ("2025-03-14 18:20 عدد القراءات 88", "2025-03-14"),
]


@table("stamp, published", VIEW_STAMPS)
def test_a_stamp_with_a_views_counter_is_furniture(stamp, published):
    cleaned = clean_checked(_page("صدى الملاعب", MENU, SECTION).replace(TITLE, TITLE + "\n" + stamp))
    _assert_kept(cleaned)
    assert stamp not in cleaned.body
    assert "مشاهد" not in cleaned.body and "قراء" not in cleaned.body.replace("القراءة", "")
    assert cleaned.published == published


MORE = [  # paragraphs that put the foot below the head's lines
    "وكان المنتخب قد أنهى الدور الأول في صدارة مجموعته بثلاثة انتصارات متتالية على العراق وقطر والسودان.",
    "وسجل صانع الألعاب 24 نقطة في مباراة نصف النهائي، ليكون أفضل مسجل في صفوف المنتخب منذ انطلاق البطولة.",
    "وأكد رئيس الاتحاد أن اللاعبين سيحصلون على مكافآت مالية في حال الفوز باللقب، دون أن يكشف عن قيمتها.",
    "وتعد هذه المرة الثالثة التي يبلغ فيها المنتخب نهائي البطولة العربية، بعد نسختي 2011 و2017.",
    "ومن المنتظر أن تنقل المباراة النهائية على القناة الرياضية الرسمية ابتداءً من الساعة الثامنة مساءً.",
]


@table("stamp, published", VIEW_STAMPS[:2] + VIEW_STAMPS[4:])
def test_a_stamp_with_a_views_counter_at_the_foot_is_furniture(stamp, published):
    raw = _page("صدى الملاعب", MENU, SECTION).replace(SECOND, "\n\n".join([SECOND, *MORE])) + "\n\n" + stamp
    cleaned = clean_checked(raw)
    _assert_kept(cleaned)
    assert stamp not in cleaned.body
    assert all(paragraph in cleaned.body for paragraph in MORE)


NOT_VIEW_STAMPS = [  # must not change: a sentence with a date and a count of viewers or readers
    "وتابع المباراة في 14 مارس 2025 أكثر من 2,417 مشاهد عبر البث المباشر.",
    "وبلغ عدد المشاهدات حتى 14 مارس 2025 نحو 3 ملايين مشاهدة.",
]


@table("sentence", NOT_VIEW_STAMPS)
def test_a_sentence_with_a_date_and_a_count_of_viewers_stays(sentence):
    cleaned = clean_checked(_page("صدى الملاعب", MENU, SECTION).replace(SECOND, SECOND + "\n\n" + sentence))
    _assert_kept(cleaned)
    assert sentence in cleaned.body
