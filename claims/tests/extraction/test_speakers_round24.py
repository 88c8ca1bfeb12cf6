"""Round-24 claimant and speaker rules, on invented sentences of other topics, with near misses."""
from __future__ import annotations

from claims.extraction.pipeline import extract_claims

from .helpers import claimants, last_speaker, table

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "عدم" takes a verbal noun spelled like a speech verb: "فضّلت عدم ذكر اسمها" names no speaker; the
    # participle after it goes on with the main clause's subject (told by the workplace after في, as "مسؤول في").
    ("وانتقدت موظفة في البلدية، فضلت عدم ذكر اسمها، خطة النظافة، مؤكدة أن الشاحنات معطلة منذ شهر.", "موظفة في البلدية"),
    ("وشكك مهندس في الشركة، فضّل عدم ذكر اسمه، في سلامة الجسر، مضيفا أن الشقوق قديمة.", "مهندس في الشركة"),
    # near misses: a real speech verb before "عدم ذكر" keeps its subject
    ("وقال الوزير إن عدم ذكر الأرقام في التقرير خطأ.", "الوزير"),
    # A second title joined by و, each with its own complement, then the name set off by commas.
    ("وقال أستاذ الاقتصاد في جامعة بغداد والمستشار السابق في البنك المركزي، علي حسن، إن الدينار سيستقر.",
     "أستاذ الاقتصاد في جامعة بغداد والمستشار السابق في البنك المركزي، علي حسن"),
    ("واعتبر الناشط في مجال البيئة والباحث في شؤون المياه، كريم العلوي، أن السد يهدد الوادي.",
     "الناشط في مجال البيئة والباحث في شؤون المياه، كريم العلوي"),
    # near miss: a time set off by commas is no name; the first title speaks
    ("وقال أستاذ الاقتصاد في جامعة بغداد والمستشار السابق في البنك المركزي، أمس، إن الدينار سيستقر.",
     "أستاذ الاقتصاد"),
    # Passive "نُقل عن X قوله": X speaks.
    ("ونُقل عن مدرب المنتخب قوله إن اللاعبين جاهزون للمباراة.", "مدرب المنتخب"),
    ("ونقل عن الوزيرة قولها إن المدارس ستفتح في موعدها.", "الوزيرة"),
    # near miss: goods carried "عن طريق" the sea quote no one
    ("ونُقلت البضائع عن طريق البحر إلى الميناء.", None),
    # "في وقت تقول فيه X": "at a time when" opens a clause as "في حين" does, and فيه is skipped.
    ("وتأتي الزيادة في وقت تقول فيه وزارة المالية إن العجز تراجع.", "وزارة المالية"),
    ("ويأتي ذلك في الوقت الذي تؤكد فيه النقابة أن الأجور لم ترتفع.", "النقابة"),
    # near misses: "في وقت متأخر" and a verb that is no speech
    ("ووصل الوفد في وقت متأخر من الليل.", None),
    ("ويأتي ذلك في وقت تشهد فيه البلاد أزمة وقود حادة.", None),
    # "وكان X قد VERB": everything between كان and قد is the subject, a body's long name included.
    ("وكانت الوكالة الوطنية للطاقة والتنمية المستدامة قد أعلنت أن الألواح الشمسية ستركب العام المقبل.",
     "الوكالة الوطنية للطاقة والتنمية المستدامة"),
    ("وكان مركز الإسعاف والطب الطارئ قد أكد أن الطواقم جاهزة.", "مركز الإسعاف والطب الطارئ"),
    # near miss: an insert set off by commas is not part of the name
    ("وكانت اللجنة، بعد اجتماع طويل، قد أعلنت أن الانتخابات ستجري في موعدها.", "اللجنة"),
]


@table("text, speaker", SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


# (text, figure in the quantity's expression, claimants of the quantities with that figure)
CLAIMANTS = [
    # A toll or a report "قدمتها X": who presented it is the source.
    ("وأسفر الحريق، حسب حصيلة قدمتها مديرية الدفاع المدني، عن إصابة 12 شخصا.", "12", ["مديرية الدفاع المدني"]),
    # near miss: a toll with no author
    ("وأصيب 12 شخصا، حسب حصيلة أولية.", "12", [None]),
    # a body that hands out aid counts what it gives, as "ووزعت الجمعية 3 آلاف سلة" does (test_giving_bodies.py)
    ("وقدمت الجمعية 12 سلة غذائية للأسر المحتاجة.", "12", ["الجمعية"]),
    # "مصالح X" (Maghreb: a body's services) record for the body.
    ("وسجلت مصالح المديرية 45 مخالفة خلال الأسبوع.", "45", ["مصالح المديرية"]),
    # near miss: "مصالح" of no recording body are interests
    ("وسجلت مصالح الشركات تراجعا بنسبة 11 بالمئة.", "11", [None]),
    # "ألزم": a court, a body, or the ruling or decision itself binds someone to a sum.
    ("وألزمت المحكمة الشركة بدفع 40 ألف دينار تعويضا للعمال.", "40", ["المحكمة"]),
    ("كما ألزم القرار المدارس الخاصة بخفض رسومها بنسبة 10%.", "10", ["القرار"]),
    # near miss: a coach is no official
    ("وألزم المدرب اللاعبين بتدريبات إضافية لمدة 3 ساعات.", "3", [None]),
    # A setting verb after كما opens its clause as after و.
    ("كما خفض البنك المركزي سعر الفائدة 50 نقطة أساس.", "50", ["البنك المركزي"]),
    # near miss: a market move sets nothing
    ("كما ارتفعت أسعار الخبز 50 بالمئة.", "50", [None]),
    # "الجهات المختصة/المعنية" are the authorities: their target is theirs.
    ("وتستهدف الجهات المختصة زراعة مليون شجرة بحلول 2030.", "مليون", ["الجهات المختصة"]),
    # near miss: "the four directions"
    ("وتعرضت المدينة للقصف من الجهات الأربع، ما أدى إلى مقتل 5 أشخاص.", "5", [None]),
    # "في وقت تشير فيه تقديرات X إلى أن": X's estimates state the figure.
    ("وجاء القرار في وقت تشير فيه تقديرات البنك الدولي إلى أن النمو لن يتجاوز 2 بالمئة.", "2", ["البنك الدولي"]),
    # near miss
    ("ووصلت الشاحنات في وقت متأخر وعلى متنها 20 طنا من الطحين.", "20", [None]),
    # A later clause "ردّ X بأن …": X states its figures.
    ("وأكد النقيب أن الإضراب شامل، فيما ردت الوزارة بأن 30 معلما فقط أضربوا.", "30", ["الوزارة"]),
]


@table("text, figure, claimant", CLAIMANTS)
def test_claimant(text: str, figure: str, claimant: list[str | None]) -> None:
    assert claimants(text, figure) == claimant


# (sentence, [(speaker, opening of its clause)]): two speakers in one sentence, one claim each
SPLITS = [
    # "وفيما أكد X …، ردّ Y بأن …": the reply is Y's
    ("وفيما أكد رئيس النقابة أن الإضراب مستمر، ردّ وزير التربية بأن الرواتب ستصرف الأسبوع المقبل.",
     [("رئيس النقابة", "وفيما أكد"), ("وزير التربية", "ردّ وزير")]),
    # a passive attribution, then "فيما قالت Y"
    ("ونُقل عن وزير الصحة قوله إن اللقاحات كافية، فيما قالت مصادر طبية إن المخزون ينفد.",
     [("وزير الصحة", "ونُقل عن"), ("مصادر طبية", "فيما قالت")]),
    # "، في وقت تؤكد فيه Y أن"
    ("وقال الوزير إن الطرق آمنة، في وقت تؤكد فيه جمعية السائقين أن الحوادث تضاعفت.",
     [("الوزير", "وقال الوزير"), ("جمعية السائقين", "في وقت تؤكد")]),
    # near misses: "ردت الشرطة بإطلاق الغاز" answers with a deed; "في وقت متأخر" opens no clause
    ("وأكد رئيس النقابة أن الإضراب مستمر، فيما ردت الشرطة بإطلاق الغاز على المعتصمين.",
     [("رئيس النقابة", "وأكد رئيس")]),
    ("وقال الوزير إن الطرق آمنة في وقت متأخر من الليل، وإن الدوريات منتشرة.", [("الوزير", "وقال الوزير")]),
]


@table("body, expected", SPLITS)
def test_two_speakers(body: str, expected: list[tuple[str, str]]) -> None:
    claims = extract_claims(body)
    assert [(c.speaker.speaker if c.speaker else None, c.text[:len(opening)])
            for c, (_, opening) in zip(claims, expected)] == expected
    assert len(claims) == len(expected)
