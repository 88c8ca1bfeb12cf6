"""Table-driven cases for round 51's cleaning: radio and news-site mastheads and slogans over the headline. A regional
station named by its town and reach ("إذاعة <town> الجهوية") over its slogan of two phrases split by an ellipsis; a
station's Arabic name beside its Latin one with FM ("إذاعة … | … FM") over its frequencies by town under a live
label; a station's slogan claiming first place ("الإذاعة الأولى في …"); a bilingual name whose marks both spellings
carry ("أمل، برلين! | Amal, Berlin!") over a tagline of what the site publishes in which languages.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "الحماية المدنية تنقذ 14 شخصاً علقوا في سيول وادي الحطب"
LEAD = ("أنقذت فرق الحماية المدنية، مساء أمس الأحد، أربعة عشر شخصاً علقوا داخل سياراتهم بعد ارتفاع منسوب المياه في "
        "وادي الحطب، إثر تساقطات رعدية غزيرة شهدتها المنطقة طيلة ساعتين.")
SECOND = ("وقال المسؤول الجهوي للحماية المدنية إن التدخل شارك فيه 60 عوناً وثلاثة قوارب مطاطية، مشيراً إلى أن "
          "حالة المصابين مستقرة.")
THIRD = ("ودعت مصالح الأرصاد الجوية مستعملي الطريق إلى الحذر، متوقعة استمرار الأمطار الرعدية إلى غاية يوم "
         "الثلاثاء في المرتفعات الغربية.")
MENU = "الرئيسية | أخبار | رياضة | ثقافة | برامج | اتصل بنا"
FOOTER = ("شارك الخبر: فيسبوك | تويتر", "© 2025 جميع الحقوق محفوظة")


def _page(head: tuple[str, ...], *, title: str = TITLE) -> str:
    return "\n".join([*head, title, LEAD, SECOND, THIRD, *FOOTER])


def _body_lines(cleaned) -> list[str]:
    return [line for line in cleaned.body.split("\n") if line.strip()]


def _assert_clean(head: tuple[str, ...]) -> None:
    cleaned = clean_checked(_page(head))
    assert cleaned.title == TITLE
    assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]


# --- a regional station named by its town and reach, over its slogan -------------------------------------------------

REGIONAL_STATIONS = [
    ("إذاعة الأغواط الجهوية", "صوت الواحات.. معكم أينما كنتم"),
    ("راديو سوسة المحلية", "صوت المدينة… في كل بيت"),
    ("إذاعة تيزي وزو الجهوية", "صوت الجبل والوادي"),
]


@table("case", REGIONAL_STATIONS)
def test_a_regional_station_and_its_slogan_are_never_the_title(case):
    name, slogan = case
    _assert_clean((name, slogan, MENU))
    _assert_clean((name, MENU))


REGIONAL_HEADLINES = [  # must not change: the station in a clause, or a line that is no slogan
    ("إذاعة قفصة الجهوية تحتفل بذكرى تأسيسها الأربعين",),
    ("صوت الرصاص.. يعود إلى أحياء الضاحية الجنوبية",),
]


@table("case", REGIONAL_HEADLINES)
def test_a_headline_about_a_regional_station_stays_the_title(case):
    (title,) = case
    cleaned = clean_checked(_page((MENU,), title=title))
    assert cleaned.title == title


# --- a station's name in two scripts with FM, over its frequencies ---------------------------------------------------

STATIONS_WITH_FREQUENCIES = [
    ("إذاعة النور للقرآن الكريم | Nour FM", "البث المباشر | 95.6 الرباط - 101.3 فاس"),
    ("راديو الأمل | Radio Amal", "استمع مباشرة - 98.2 FM"),
    ("إذاعة المنستير | Monastir FM", "البث المباشر | 102.8 المنستير - 90.4 المهدية - 96.1 سوسة"),
]


@table("case", STATIONS_WITH_FREQUENCIES)
def test_a_station_in_two_scripts_and_its_frequencies_are_never_the_title(case):
    name, frequencies = case
    _assert_clean((name, MENU, frequencies))
    _assert_clean((name, MENU))


STATION_HEADLINES = [  # must not change: a clause beside a brand, a figure that is no band
    "إذاعة النور تطلق برامجها الرمضانية | Nour FM",
    "البث المباشر لمباراة الترجي والأهلي على القناة الوطنية",
]


@table("case", [(title,) for title in STATION_HEADLINES])
def test_a_headline_about_a_station_stays_the_title(case):
    (title,) = case
    cleaned = clean_checked(_page(("صدى الساحل", MENU), title=title))
    assert cleaned.title == title


# --- a station's or paper's slogan claiming first place --------------------------------------------------------------

FIRST_PLACE_SLOGANS = ["الإذاعة الأولى في الجزائر", "الجريدة الأولى في موريتانيا", "القناة الرائدة في الخليج",
                       "الصحيفة الأولى عربياً"]


@table("case", [(slogan,) for slogan in FIRST_PLACE_SLOGANS])
def test_a_first_place_slogan_under_the_masthead_is_never_the_title(case):
    (slogan,) = case
    _assert_clean(("راديو بلادي | Bladi FM", MENU, slogan))


FIRST_PLACE_HEADLINES = [  # must not change: the claim in a clause, or no masthead above
    "الإذاعة الأولى في المغرب تحتفل بعيدها الخمسين",
    "الشركة الأولى في السوق تعلن أرباحاً قياسية",
]


@table("case", [(title,) for title in FIRST_PLACE_HEADLINES])
def test_a_headline_claiming_first_place_stays_the_title(case):
    (title,) = case
    cleaned = clean_checked(_page(("راديو بلادي | Bladi FM", MENU), title=title))
    assert cleaned.title == title


# --- a bilingual name with its marks, over a tagline of languages ----------------------------------------------------

BILINGUAL_NAMES = [
    ("مرحباً، فيينا! | Marhaba, Vienna!", "أخبار من النمسا بالعربية والكردية"),
    ("هنا، باريس | Ici, Paris", "أخبار الجالية باللغة العربية"),
    ("أهلاً، مدريد! | Ahlan, Madrid!", "أخبار إسبانيا وأوروبا بالعربية"),
]


@table("case", BILINGUAL_NAMES)
def test_a_bilingual_name_and_its_language_tagline_are_never_the_title(case):
    name, tagline = case
    _assert_clean((name, tagline, MENU))


BILINGUAL_HEADLINES = [  # must not change: a clause beside a brand, whose marks the Latin part does not echo
    "عاجل، الحكومة تستقيل! | Reuters",
    "أخبار سارة للمزارعين بالعملة الصعبة",
]


@table("case", [(title,) for title in BILINGUAL_HEADLINES])
def test_a_headline_with_marks_or_news_stays_the_title(case):
    (title,) = case
    cleaned = clean_checked(_page(("صدى الساحل", MENU), title=title))
    assert cleaned.title == title
