"""Round-37 speaker and claimant rules, on invented sentences of other topics, with near misses.

- "قال السائق السعودي فهد العنزي، بطل …، إن": a role the lexicon does not know as a title, its adjectives of origin,
  then a name of two words closed by a comma, a colon or إن/أن: the person so named speaks.
- "سجلت فرق الرصد 40 مخالفة": a crew named by its monitoring work records what it finds; a bare "الفريق" later
  in the article is that crew ("إذ سجل الفريق نفوق 17 سلحفاة"), never a side scoring goals.
- "ويطالب ناشطون بيئيون بمنع دخول السيارات": the ب- complement of طالب/أشاد … is no part of the subject's name.
- "…، وهو قرار قالت السلطة المحلية إنها ستبحثه": a clause that describes the noun after وهو/وهي with a speech
  verb and its own subject is that speaker's part of the sentence.
- "ويُتوقع أن …": an imperfect marked passive by the damma on its prefix carries no speaker on.
- "وعزا دفع الله الزيادة إلى …": the object before إلى is no family name.
- "قال ولي أمر من المنطقة، يدعى محمد الككلي، إنه": the name an unnamed speaker goes by speaks ("is called", not
  يدّعي "claims").
- "مدير فرع الهيئة بساحل حضرموت، المهندس فلان،": ب + a land noun (ساحل، وادي، ريف) is where the post is, never
  a name's first word.
"""
from __future__ import annotations

from claims.extraction import extract_article
from claims.extraction.speakers import link_name_variants

from .helpers import claimants, last_speaker, table


def _speakers(text: str) -> list[tuple[str | None, str]]:
    """Return (speaker, first three words) of each claim, cleaning off."""
    return [(c["speaker"], " ".join(c["text"].split()[:3])) for c in extract_article(text, clean=False)["claims"]]


# (text, speaker)
ROLE_OF_ORIGIN_NAMED = [
    ('من جهته، قال العداء المغربي سفيان البقالي، بطل العالم، إن "السباق كان صعباً".',
     "العداء المغربي سفيان البقالي"),
    ("وقال الصياد اللبناني علي حمود، وهو أب لخمسة أطفال، إن البحر فارغ.", "الصياد اللبناني علي حمود"),
    ("وقال البائع المصري محمود سعيد إن الأسعار ارتفعت.", "البائع المصري محمود سعيد"),
    ('وقال الصياد اللبناني علي حمود: "البحر فارغ".', "الصياد اللبناني علي حمود"),
    # near misses: a body and its adjective; a one-word object; a plural; a name running into the clause
    ("وقال الجانب الإسرائيلي في بيان إن المفاوضات متوقفة.", "الجانب الإسرائيلي"),
    ("ودعا المجتمع الدولي إسرائيل إلى وقف الحرب.", "المجتمع الدولي"),
    ("وقال المزارعون السوريون أحمد وعلي إن الموسم سيئ.", "المزارعون السوريون"),
    ("وطالب الشارع اللبناني نجيب ميقاتي بالاستقالة.", "الشارع اللبناني"),
]


@table("text, expected", ROLE_OF_ORIGIN_NAMED)
def test_role_of_origin_then_name(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def test_role_of_origin_links_to_the_name() -> None:
    text = ("وقال الحارس الجزائري رايس مبولحي، قائد المنتخب، إن الفريق جاهز. "
            "وأضاف مبولحي أن التحضيرات استمرت 3 أسابيع.")
    out = extract_article(text, clean=False)
    assert [c["speaker_canonical"] for c in out["claims"]] == ["رايس مبولحي", "رايس مبولحي"]


# (text, figure, claimant)
MONITORING_CREWS = [
    ("وسجلت فرق الرصد الميدانية 40 مخالفة في الأسواق.", "40", "فرق الرصد الميدانية"),
    ("وسجل فريق المراقبة الصحية 12 حالة تسمم خلال الأسبوع.", "12", "فريق المراقبة الصحية"),
    ("ووثق جهاز الرقابة المالية 25 مخالفة في العقود.", "25", "جهاز الرقابة المالية"),
    # near misses: sides score goals and wins; devices record nothing
    ("وسجل فريق الكرة 3 أهداف في الشوط الأول.", "3", None),
    ("وسجلت كاميرات المراقبة 300 مخالفة سرعة.", "300", None),
    ("وسجل فريق الشباب 5 انتصارات متتالية.", "5", None),
]


@table("text, figure, expected", MONITORING_CREWS)
def test_monitoring_crew_records(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# (text, figure, claimant)
CREW_NAMED_BEFORE = [
    ("أحصى فريق المسح البحري في الخليج 600 دلفين هذا العام.\n\n"
     "غير أن الحصيلة لم تخل من الخسائر، إذ سجل الفريق نفوق 9 دلافين بسبب الشباك.", "9", "الفريق"),
    ("أحصى فريق المسح البحري في الخليج 600 دلفين هذا العام.\n\n"
     "وسجل الفريق نفوق 9 دلافين بسبب الشباك.", "9", "فريق المسح البحري"),
    # near misses: no monitoring crew before, a side; the crew named before, but a side's adjective
    ("فاز النادي على ضيفه.\n\nوكان اللقاء متكافئاً، إذ سجل الفريق 3 أهداف في الشوط الأول.", "3", None),
    ("فاز النادي على ضيفه.\n\nوسجل الفريق 3 أهداف في الشوط الأول.", "3", None),
    ("بدأ فريق التفتيش جولته أمس.\n\nوسجل الفريق الوطني 3 أهداف في المباراة.", "3", None),
]


@table("text, figure, expected", CREW_NAMED_BEFORE)
def test_bare_team_is_the_crew_named_before(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


def test_crew_record_in_a_speakers_clause_stays_his() -> None:
    text = ("وأوضح المتحدث باسم المحكمة أن التحقيق انطلق بعد أن رصدت فرق المراقبة آباراً على أعماق تصل إلى "
            "300 متر.")
    assert claimants(text, "300") == ["المتحدث باسم المحكمة"]


# (text, speaker)
BA_COMPLEMENT = [
    ("ويطالب ناشطون حقوقيون بمنع ترحيل اللاجئين.", "ناشطون حقوقيون"),
    ("ويطالب ناشطون بمنع ترحيل اللاجئين.", "ناشطون"),
    ("وطالب خبراء اقتصاديون بخفض الضرائب على الشركات الصغيرة.", "خبراء اقتصاديون"),
    ("وطالب مسؤولون بوقف الاستيراد.", "مسؤولون"),
    ("وطالب الرئيس إيمانويل ماكرون بوقف إطلاق النار.", "الرئيس إيمانويل ماكرون"),
    ("وطالب النائب بشارة حداد بفتح تحقيق.", "النائب بشارة حداد"),
    # near misses: names in ب stay whole
    ("وطالب النائب بشارة حداد، في بيان، بفتح تحقيق.", "النائب بشارة حداد"),
    ("وطالب النائب بدر الدين حسن بفتح تحقيق.", "النائب بدر الدين حسن"),
    ("وطالب بوتين الغرب بوقف تسليح أوكرانيا.", "بوتين"),
    ("وأشاد الوزير محمد سالم بجهود الفرق الميدانية.", "الوزير محمد سالم"),
]


@table("text, expected", BA_COMPLEMENT)
def test_ba_complement_is_no_name(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, [(speaker, first three words of its part)])
DESCRIBED_NOUN_CLAUSES = [
    ("وطالب السكان بإغلاق المصنع، وهو مطلب قالت البلدية إنها ستدرسه.",
     [("السكان", "وطالب السكان بإغلاق"), ("البلدية", "وهو مطلب قالت")]),
    ("وقال الوزير إن المشروع سيكتمل في 2026، وهو موعد قال خبراء إنه غير واقعي.",
     [("الوزير", "وقال الوزير إن"), ("خبراء", "وهو موعد قال")]),
    ("وأعلنت الحكومة خطة لبناء 500 مدرسة، وهي خطة قالت النقابة إنها لا تكفي.",
     [("الحكومة", "وأعلنت الحكومة خطة"), ("النقابة", "وهي خطة قالت")]),
    # near misses: no subject of its own; the same speaker; inside a quotation
    ("وأعلنت الوزارة رفع الأسعار بنسبة 10 بالمئة، وهو قرار قال إنه ضروري.",
     [("الوزارة", "وأعلنت الوزارة رفع")]),
    ("وأعلنت الوزارة رفع الأسعار بنسبة 10 بالمئة، وهو قرار قالت الوزارة إنه ضروري.",
     [("الوزارة", "وأعلنت الوزارة رفع")]),
    ('قال الوزير إن الأسعار سترتفع، "وهو قرار قالت النقابة إنه مرفوض".',
     [("الوزير", "قال الوزير إن")]),
]


@table("text, expected", DESCRIBED_NOUN_CLAUSES)
def test_described_noun_clause_has_its_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected


def test_described_noun_clause_states_its_figures() -> None:
    text = ("وأعلنت الوزارة رفع الأسعار بنسبة 10 بالمئة، وهي زيادة قال خبراء اقتصاديون إنها ستغذي التضخم "
            "بنحو 3 بالمئة.")
    assert claimants(text, "10") == ["الوزارة"]
    assert claimants(text, "3") == ["خبراء اقتصاديون"]


# (text, speaker of the second sentence)
PASSIVE_IMPERFECT = [
    ("وقال الوزير إن الطقس جيد. ويُتوقع أن تنطلق المرحلة الثانية غداً.", None),
    ("وقال الوزير إن الطقس جيد. ويُستبعد أن تنطلق المرحلة الثانية غداً.", None),
    # near misses: no mark (he expects), and forms whose active takes the damma too
    ("وقال الوزير إن الطقس جيد. ويتوقع أن تنطلق المرحلة الثانية غداً.", "الوزير"),
    ("وقال الوزير إن الطقس جيد. ويُؤكد أن المرحلة الثانية تنطلق غداً.", "الوزير"),
    ("وقال الوزير إن الطقس جيد. ويُطالب بتأجيل المرحلة الثانية.", "الوزير"),
    ("وقال الوزير إن الطقس جيد. ويُضيف أن المرحلة الثانية تنطلق غداً.", "الوزير"),
]


@table("text, expected", PASSIVE_IMPERFECT)
def test_passive_imperfect_carries_no_speaker(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, speaker)
CAUSE_OBJECT = [
    ("وعزا نصر الله الزيادة إلى ارتفاع التكلفة.", "نصر الله"),
    ("وعزا الوزير محمد علي التراجع إلى الجفاف.", "الوزير محمد علي"),
    # near misses: the object is a pronoun on the verb; a demonstrative object; a title's adjectives
    ("وعزاه محمد علي الحسيني إلى ارتفاع التكلفة.", "محمد علي الحسيني"),
    ("وعزا الخبير الاقتصادي محمد الحسيني ذلك إلى ارتفاع التكلفة.", "الخبير الاقتصادي محمد الحسيني"),
    ("وعزا المحلل السياسي الأردني الارتفاع إلى التوتر.", "المحلل السياسي الأردني"),
]


@table("text, expected", CAUSE_OBJECT)
def test_cause_object_is_no_surname(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (text, [(speaker, first three words of its part)])
CALLED = [
    ("في المقابل، قال صاحب متجر من حي الميدان، يدعى خالد الحلبي، إنه باع 30 قطعة فقط.",
     [("خالد الحلبي", "في المقابل، قال")]),
    ("وقال مزارع من القرية، يدعى سالم العلي، إن المحصول تضرر بنسبة 40 بالمئة.",
     [("سالم العلي", "وقال مزارع من")]),
    # near misses: "claims that" after a comma; a second speaker who claims
    ("وقال مزارع من القرية، يدعي أنه خسر كل شيء، إن المحصول تضرر.", [("مزارع", "وقال مزارع من")]),
    ("وأعلنت الشرطة القبض على المتهم، فيما يدعي محاميه أنه بريء.",
     [("الشرطة", "وأعلنت الشرطة القبض"), ("محاميه", "فيما يدعي محاميه")]),
]


@table("text, expected", CALLED)
def test_unnamed_speaker_goes_by_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected


def test_called_name_states_the_figures() -> None:
    text = "وقال مزارع من القرية، يدعى سالم العلي، إن المحصول تضرر بنسبة 40 بالمئة."
    assert claimants(text, "40") == ["سالم العلي"]


# (text, speaker)
LAND_SEAT = [
    ("وقال مدير مكتب الزراعة بوادي الأردن، المهندس سامي الخطيب، إن الموسم جيد.",
     "مدير مكتب الزراعة بوادي الأردن، المهندس سامي الخطيب"),
    ("وقال رئيس فرع النقابة بريف حلب، أحمد العمر، إن الأجور متدنية.", "رئيس فرع النقابة بريف حلب، أحمد العمر"),
    # near misses: a name in ب after a title, and a name in بل
    ("وقال المزارع بلقاسم العمري إن المحصول جيد.", "المزارع بلقاسم العمري"),
    ("وقال النائب بسام حداد إن المحصول جيد.", "النائب بسام حداد"),
]


@table("text, expected", LAND_SEAT)
def test_land_seat_is_no_name(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# (speaker, canonical)
LAND_SEAT_CANONICAL = [
    ("مدير مكتب الزراعة بوادي حضرموت", "مدير مكتب الزراعة بوادي حضرموت"),
    ("رئيس فرع الهيئة العامة للبيئة بساحل حضرموت", "رئيس فرع الهيئة العامة للبيئة بساحل حضرموت"),
    ("رئيس الجمعية بلقاسم العمري", "بلقاسم العمري"),
]


@table("speaker, expected", LAND_SEAT_CANONICAL)
def test_land_seat_canonical(speaker: str, expected: str) -> None:
    assert link_name_variants([speaker])[speaker] == expected
