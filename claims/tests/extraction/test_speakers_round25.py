"""Round-25 claimant and speaker rules, on invented sentences of other topics, with near misses.

- A source word inside a quotation ("… "وفقاً للبيانات المتاحة"") is the quoted speaker's own words: it names no
  speaker, and a participle's subject (", مؤكداً أن …") goes on speaking.
- An expert's report to a court (Maghreb "خبرة") is a document; one named here for the first time (indefinite)
  that estimates a figure ("وقدّرت خبرة تقنية الكلفة بأزيد من …") is its claimant. "بأزيد" (Maghreb "more than")
  and "بحدود" introduce an estimate as "بنحو" does.
- A second speaker's clause in one sentence may use any speech verb (وصف، شدد، نفى، اتهم …), not only the verbs
  that state figures; "وصف/اتهم X Y بـ…" has its object Y between the subject and the ب- complement, and a lone
  noun right before ب (", واتهمت الرياض بسوء الإدارة") is the object of the sentence's subject.
- A body's unquoted name may end in its country ("حزب قلب تونس"، "جمعية أمل لبنان"): the country is part of the
  title, and the person's name in apposition after it is read (before, the name reader took the body's first
  word for the person's name).
- A compound given name whose first part is spelled like a verb (فتح الله، فضل الله) is a name.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, last_speaker, table


# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A source phrase inside a quotation: the participle's subject speaks.
    ('وجددت الهيئة دعوتها للمزارعين، مؤكدة أن الأسعار "ستراجع كل موسم وفقاً للبيانات المتاحة".', "الهيئة"),
    ('وأنهى المدرب الحصة التدريبية، مؤكداً أن التشكيلة "ستُختار بحسب الجاهزية البدنية وحسب تقارير الأطباء".',
     "المدرب"),
    # near misses: a source phrase outside the quotation still names the source
    ("وارتفعت أسعار الخضر في الأسواق الشعبية، وفقاً لبيانات وزارة التجارة.", "وزارة التجارة"),
    ('وتراجعت الإصابات "بشكل لافت"، بحسب وزارة الصحة.', "وزارة الصحة"),
    # Expert reports and audits as sources.
    ("وبحسب خبرة تقنية أنجزت بطلب من المحكمة، فإن الجسر غير صالح للاستعمال.", "خبرة تقنية"),
    ("وكشفت خبرة محاسبية أن الشركة أخفت جزءا من أرباحها.", "خبرة محاسبية"),
    # near miss: "خبرة" with its owner is experience, and the speaker is the verb's subject
    ("وقال المدرب إن خبرة اللاعبين ستصنع الفارق.", "المدرب"),
    # A report's author, named after it, is the source.
    ("وأظهرت البيانات الصادرة عن مرصد الطقس أن الأمطار تراجعت.", "مرصد الطقس"),
    ("وكشف التقرير الصادر عن ديوان المحاسبة أن البلديات لم تحصل الضرائب.", "ديوان المحاسبة"),
    # "وصف/اتهم X Y بـ…": the object Y is no part of the subject.
    ('ووصف وزير الرياضة الأداء بأنه "مخيب".', "وزير الرياضة"),
    ("واتهم رئيس الرابطة الحكم بالانحياز.", "رئيس الرابطة"),
    # near misses: an object pronoun on the verb, and a free adjective, leave the subject whole
    ('ووصفها رئيس الهيئة العليا بأنها "مقبولة".', "رئيس الهيئة العليا"),
    ("واتهمه مدير الأمن الوطني بالتقصير.", "مدير الأمن الوطني"),
    # A body's name that ends in its country, then the person in apposition.
    ("وقال رئيس حزب نداء الجزائر، سليم بوعلام، إن الحزب سيشارك في الانتخابات.",
     "رئيس حزب نداء الجزائر، سليم بوعلام"),
    ("وقالت رئيسة جمعية أمل لبنان، ريما خوري، إن المساعدات وصلت.", "رئيسة جمعية أمل لبنان، ريما خوري"),
    ("وأعلن حزب قلب تونس أنه سيقاطع الدور الثاني.", "حزب قلب تونس"),
    # near misses: a definite body or a known adjective after it is read as before
    ("وقال رئيس حزب الأمة، محمد برمة، إن الحزب سيقاطع.", "رئيس حزب الأمة، محمد برمة"),
    ("وقالت شركة مصر للطيران إن الرحلات ستستأنف.", "شركة مصر للطيران"),
    ("وقال رئيس حزب مصر القوية إن الحزب سيقاطع.", "رئيس حزب مصر القوية"),
    # Compound given names in الله whose first part is spelled like a verb.
    ("وقال رئيس نادي الترجي، فتح الله بن عمر، إن الفريق سيتعاقد مع مدافع.", "رئيس نادي الترجي، فتح الله بن عمر"),
    ("وقال فضل الله حسن إن المحصول تضاعف.", "فضل الله حسن"),
    # near misses: the verb with الله as its object names no speaker; عبد الله as before
    ("وحمد الله على سلامة الركاب.", None),
    ("وقال الوزير عبد الله إن الميزانية جاهزة.", "الوزير عبد الله"),
]


@table("text, speaker", SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


# (text, speakers of the claims in order)
TWO_SPEAKERS = [
    ('وفي حين اعتبر وزير الصحة أن الوضع "تحت السيطرة"، وصفه نقيب الأطباء، رشيد النمري، بأنه "كارثي".',
     ["وزير الصحة", "نقيب الأطباء، رشيد النمري"]),
    ('وأعلنت الجامعة تأجيل الامتحانات، فيما شدد رئيس اتحاد الطلبة على أن القرار "متأخر".',
     ["الجامعة", "رئيس اتحاد الطلبة"]),
    ("وأكدت الشركة أن الرحلات ستستأنف غدا، بينما نفى مدير المطار أن يكون موعد الاستئناف قد حدد.",
     ["الشركة", "مدير المطار"]),
    ('وأعلنت الوزارة رفع الأجور، فيما وصف رئيس النقابة الزيادة بأنها "غير كافية".',
     ["الوزارة", "رئيس النقابة"]),
    # near misses: a noun right before ب is the object of the sentence's subject, who goes on speaking
    ("وقالت المعارضة إن الانتخابات مزورة، واتهمت الحكومة بتضخيم نسبة المشاركة.", ["المعارضة"]),
    ("وقالت النقابة إن الإضراب سيستمر، واتهمت الوزارة مرارا بالمماطلة.", ["النقابة"]),
    ("وأكد المدرب أن الفريق جاهز، ووصف المباراة بأنها حاسمة.", ["المدرب"]),
]


@table("text, speakers", TWO_SPEAKERS)
def test_two_speakers(text: str, speakers: list[str | None]) -> None:
    assert clause_speakers(text) == speakers


# (text, figure in the quantity's expression, claimants of the quantities with that figure)
CLAIMANTS = [
    ("وقدّرت خبرة تقنية كلفة ترميم المسرح بأزيد من 3 ملايين درهم.", "3", ["خبرة تقنية"]),
    ("وقدرت دراسة حديثة عدد العاملين في القطاع بحدود 40 ألف عامل.", "40", ["دراسة"]),
    ("وقدر تقرير التدقيق الخسائر بنحو 12 مليون دينار.", "12", ["تقرير التدقيق"]),
    # a report named before (definite) speaks for the body that issued it, and alone it stays the source, as
    # "وأوضح التقرير أن" does (stop 28: "ويقدر التقرير حاجة القطاع … بقيمة 1.5 مليار" of round 42 has it so)
    ("وقدر التقرير الخسائر بنحو 12 مليون دينار.", "12", ["التقرير"]),
    # near miss: a body's estimate stays the body's
    ("وقدرت البلدية الخسائر بأزيد من 12 مليون دينار.", "12", ["البلدية"]),
    # a source phrase inside a quotation names no claimant: the participle's subject states the figure
    ('ورفع البنك توقعاته للنمو إلى 4%، مؤكدا أنه "سيراجعها وفقا للبيانات الواردة".', "4", ["البنك"]),
]


@table("text, figure, expected", CLAIMANTS)
def test_claimant(text: str, figure: str, expected: list[str | None]) -> None:
    assert claimants(text, figure) == expected
