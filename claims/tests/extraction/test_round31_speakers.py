"""Round-31 speaker and claimant rules, on invented sentences of other topics, with near misses.

- An unnamed source or role, then where it works, before its verb: "مصدر أمني بالمعبر أكد أن" → "مصدر أمني".
- "بل إن X أكد": an emphatic إن after بل opens the clause; X is the verb's subject.
- قدّر states a figure with بـ + a figure: "وقدّر الصندوق العجز بنحو 3 مليارات" → the fund speaks; a thing
  estimated (passive) or an estimate in a later clause ("…، فيما قدّرتها الشبكة بـ") does not.
- "وفق/بحسب + a surname" the article gave a first name to is that person: "…، بحسب الزعبي، …".
- مجمع (a state group, an academy) is a body: "وقدّر المجمع الاحتياطات بنحو …".
- A name set off by commas after a title ending in "لـ + body + its name" belongs to the title:
  "المدير العام لشركة النور، سليم حداد،".
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
SOURCE_AT_WORK = [
    ("مصدر أمني بالمعبر الحدودي أكد أن الحركة استؤنفت.", "مصدر أمني"),
    ("مصادر في الشركة أكدت أن الإنتاج توقف.", "مصادر في الشركة"),
    ("مسؤول بوزارة المالية أوضح أن العجز يتسع.", "مسؤول بوزارة المالية"),
    # near misses: no one who speaks before the place, or a verb that is not speech
    ("الأسعار في السوق المركزي أكدت ارتفاع التضخم.", None),
    ("مصدر المياه في القرية جف تماماً.", None),
]


@table("text, expected", SOURCE_AT_WORK)
def test_unnamed_source_then_workplace_before_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


RATHER_INNA = [
    ("بل إن وزير المالية أكد أن العجز تضاعف.", "وزير المالية"),
    ("بل إن الوزارة أعلنت أن المدارس ستغلق.", "الوزارة"),
    # near misses: no speech verb, or a pronoun after إن (no subject phrase to read)
    ("بل إن الأسعار ارتفعت في كل الأسواق.", None),
]


@table("text, expected", RATHER_INNA)
def test_rather_inna_opens_the_clause(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_rather_inna_accusative_source() -> None:
    assert last_speaker("بل إن مصدراً طبياً بمستشفى المدينة أكد أن 40 مصاباً وصلوا.") in ("مصدراً طبياً", "مصدر طبي")


# (text, figure, claimant)
ESTIMATES = [
    ("وقدّر الصندوق الوطني العجز المتوقع بنحو 3 مليارات دولار.", "3 مليارات", "الصندوق الوطني"),
    ("وتقدر الحكومة عدد النازحين بنحو 40 ألف شخص.", "40 ألف", "الحكومة"),
    ("وقدّر المجمع الاحتياطات المؤكدة للحقل بنحو 18 مليار متر مكعب، في حين رجّحت مصادر من الشريك أن تصل إلى"
     " 25 مليار متر مكعب.", "18 مليار", "المجمع"),
    ("وقدّر المجمع الاحتياطات المؤكدة للحقل بنحو 18 مليار متر مكعب، في حين رجّحت مصادر من الشريك أن تصل إلى"
     " 25 مليار متر مكعب.", "25 مليار", "مصادر"),
    # near misses: passive estimates name no estimator
    ("وقُدّرت الخسائر بنحو 18 مليون دولار.", "18 مليون", None),
    ("ويقدر عدد السكان بنحو 3 ملايين نسمة.", "3 ملايين", None),
]


@table("text, figure, expected", ESTIMATES)
def test_estimate_with_ba_states_a_figure(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# (text, speaker of the last sentence)
ESTIMATE_SPEAKERS = [
    ("وقدّر المجمع الاحتياطات بنحو 18 مليار متر مكعب.", "المجمع"),
    # near miss: a later clause's estimate does not take the sentence from its source phrase
    ("وبلغت نسبة النجاح 41 بالمئة بحسب الوزارة، فيما قدّرتها نقابة المعلمين بأقل من 35 بالمئة.", "الوزارة"),
]


@table("text, expected", ESTIMATE_SPEAKERS)
def test_estimate_speaker(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


SURNAME_SOURCES = [
    ("وقال المهندس كريم الزعبي، مدير المحطة، إن الإنتاج ارتفع. ويعمل الخط على مدار الساعة، وقد استقبل، بحسب"
     " الزعبي، نحو 400 اتصال خلال الشهر الماضي.", "400", "الزعبي"),
    # near misses: a rule or data, not a person named before
    ("وقال المهندس كريم الزعبي، مدير المحطة، إن الإنتاج ارتفع. واستقبل المركز، وفق القانون، نحو 400 طلب.",
     "400", None),
    ("واستقبل المركز، وفق الصالحي، نحو 400 طلب.", "400", None),
]


@table("text, figure, expected", SURNAME_SOURCES)
def test_source_word_then_known_surname(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


TITLE_OF_NAMED_BODY = [
    ("وأكد المدير العام لشركة النور، سليم حداد، أن الأرباح ارتفعت.", "المدير العام لشركة النور، سليم حداد"),
    ("وقالت رئيسة مجمع الصناعات الغذائية، هالة ناصر، إن الصادرات تضاعفت.",
     "رئيسة مجمع الصناعات الغذائية، هالة ناصر"),
    # near miss: no name after the comma
    ("وقال المدير العام لشركة النور، في مؤتمر صحفي، إن الأرباح ارتفعت.", "المدير العام لشركة النور"),
]


@table("text, expected", TITLE_OF_NAMED_BODY)
def test_name_after_title_of_named_body(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


PRICE_LISTS = [
    ("أصدرت وزارة الاقتصاد، أمس الأحد، التسعيرة الرسمية للخبز، محددة سعر الربطة بـ20 ألف ليرة.", "20 ألف",
     "وزارة الاقتصاد"),
    ("أصدرت النقابة تسعيرة جديدة للنقل حددت فيها الأجرة بـ15 ديناراً.", "15", "النقابة"),
    # near miss: what an artist issues states no figure of the issuer's
    ("أصدر المغني ألبوماً جديداً يضم 12 أغنية.", "12", None),
]


@table("text, figure, expected", PRICE_LISTS)
def test_body_issuing_a_price_list_claims_its_prices(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]
