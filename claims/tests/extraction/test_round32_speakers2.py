"""Round-32 speaker and claimant rules, second pass, on invented sentences of other topics, with near misses.

- A source word with ف ("فبحسب …") reads as with و; "فحسب" ("only") is no source word.
- After a source word, a research paper (بحث) is a document whose issuer after "الصادر عن" is the source.
- An estimate (قدّر … بنحو) whose subject is a title with a name set off by commas.
- "على حد قوله" marks the words of the verb's subject, whatever the verb.
- "أما X، فأكد" with X an ال- surname of a person the article named before.
- A body named for its work (لل-) whose name goes on with و + more words, before its verb (SV order).
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

SOURCE_WORD_WITH_FA = [
    ("فبحسب وزارة الزراعة، تراجع المحصول إلى 300 طن.", "وزارة الزراعة"),
    ("فوفقا لوزارة الصحة، ارتفع عدد الإصابات إلى 400 إصابة.", "وزارة الصحة"),
    ("وبحسب بحث الأسرة الصادر عن المعهد الوطني للإحصاء، ينفق السكان 30% من دخلهم على السكن.",
     "المعهد الوطني للإحصاء"),
    ("فبحسب بحث القوى العاملة الصادر عن الجهاز المركزي للإحصاء، بلغت البطالة 7%.", "الجهاز المركزي للإحصاء"),
    # near misses: "فحسب" is "only"; "بحث" as a verb is no document
    ("تراجع المحصول مرة واحدة فحسب خلال 3 أعوام.", None),
    ("وبحث الوزير مع نظيره التعاون في مجال الطاقة.", None),
]


@table("text, expected", SOURCE_WORD_WITH_FA)
def test_source_word_with_fa_and_research_document(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


ESTIMATE_BY_TITLED_NAME = [
    ("ويقدّر مدير التعاونية الزراعية في القرية، سامر يوسف، الإنتاج بنحو 40 طناً.",
     "مدير التعاونية الزراعية في القرية، سامر يوسف"),
    ("وقدّرت رئيسة النقابة، هدى سالم، عدد المنتسبين بـ1200 عضو.", "رئيسة النقابة، هدى سالم"),
]


@table("text, expected", ESTIMATE_BY_TITLED_NAME)
def test_estimate_by_title_comma_name_comma(text: str, expected: str) -> None:
    assert claimants(text, "") == [expected]


def test_estimate_near_miss_passive_keeps_no_claimant() -> None:
    # near miss: a passive estimate names no estimator
    assert claimants("وقُدّرت الخسائر، حسب التقديرات الأولية، بنحو 40 طناً.", "40") != ["الخسائر"]


IN_HIS_OWN_WORDS = [
    ("قال التاجر سليم الحداد إن السوق هادئ. وأرجع الحداد نجاح مبيعاته إلى «جودة الموسم»، على حد قوله.", "الحداد"),
    ("وأرجعت الجمعية نجاح الموسم إلى الري بالتنقيط، على حد تعبيرها.", "الجمعية"),
    # near misses: no "على حد قوله", or it stands inside a quotation
    ("قال التاجر سليم الحداد إن السوق هادئ. وأرجع الحداد نجاح مبيعاته إلى جودة الموسم.", None),
    ("وأرجعت السلطات المهاجرين إلى بلدانهم.", None),
    ('وأرجع العامل الأكياس إلى المخزن، "على حد قوله الدائم".', None),
]


@table("text, expected", IN_HIS_OWN_WORDS)
def test_in_his_own_words_marks_the_subject(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


AMMA_SURNAME = [
    ("وفاز اللاعب خالد الشمري بالميدالية الذهبية. أما الشمري، فأكد أن الفوز «ثمرة تدريب طويل».", "الشمري"),
    ("قالت المدربة نورة العتيبي إن الفريق جاهز. أما العتيبي فأوضحت أن الإصابات قليلة.", "العتيبي"),
    # near misses: an ال- word nobody was named with is a topic, not the speaker
    ("أما المحصول، فأكد التاجر أنه تراجع.", "التاجر"),
    ("وفاز اللاعب خالد الشمري بالميدالية. أما الطقس، فأكد أنه كان حاراً.", None),
]


@table("text, expected", AMMA_SURNAME)
def test_amma_with_surname_named_before(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


LONG_BODY_NAME_BEFORE_VERB = [
    ("المعهد الوطني للبحوث والتنمية الزراعية أوضح أن المحصول تراجع.", "المعهد الوطني للبحوث والتنمية الزراعية"),
    ("الديوان الوطني للماء والكهرباء الريفية أكد أن الشبكة لم تتأثر.", "الديوان الوطني للماء والكهرباء الريفية"),
    ("المكتب الوطني للكهرباء أوضح أن الشبكة لم تتأثر.", "المكتب الوطني للكهرباء"),
    # near miss: a second body joined by و is no rest of the first one's name (read as before: both)
    ("المكتب الوطني للكهرباء والنقابة المستقلة أكدا أن الشبكة لم تتأثر.",
     "المكتب الوطني للكهرباء والنقابة المستقلة"),
]


@table("text, expected", LONG_BODY_NAME_BEFORE_VERB)
def test_long_body_name_before_verb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected
