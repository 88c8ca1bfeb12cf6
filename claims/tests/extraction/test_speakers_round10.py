"""Round-10 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from claims.extraction.speakers import link_name_variants

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A slash closes an outlet's dateline as a dash does: the verb after it opens the clause.
    ("الرباط/ أعلنت وزارة الصحة المغربية تسجيل 120 إصابة جديدة.", "وزارة الصحة المغربية"),
    ("عمان/بترا/ قال وزير المياه إن الموسم المطري ضعيف.", "وزير المياه"),
    ("الدوحة/قنا/ افتتح وزير التجارة معرض السيارات.", None),  # no speech verb after the dateline
    # A workplace with a quoted name before the appositive name: the name is the speaker's.
    ('وقالت الباحثة في مركز "كارنيغي" للسلام الدولي، سارة يركيس، إن الانتخابات ستؤجل.',
     'الباحثة في مركز "كارنيغي" للسلام الدولي، سارة يركيس'),
    ('ويرى المحلل في بنك "سوسيتيه جنرال"، كريم منصور، أن الفائدة ستبقى مرتفعة.',
     'المحلل في بنك "سوسيتيه جنرال"، كريم منصور'),
    ('وقال الخبير في مؤتمر "المناخ" الأخير، الأحد، إن الانبعاثات سترتفع.', "الخبير"),  # no name: no apposition
    # عبّر عن: "expressed", gated against عبر "via, across".
    ("وعبرت رئيسة الاتحاد النسائي، ليلى حسن، عن قلقها من تراجع التمويل.", "رئيسة الاتحاد النسائي، ليلى حسن"),
    ("في المقابل، عبّر سامي الخطيب، رئيس نقابة الصيادلة، عن رفضه للتسعيرة الجديدة.", "سامي الخطيب"),
    ("عبر المدرب جمال سليمان عن رضاه بأداء اللاعبين.", "المدرب جمال سليمان"),
    ("وعبرت الوزارة عن أسفها للحادث.", "الوزارة"),
    ("عبرت الشاحنات عن طريق معبر رفح.", None),
    ("عبر الرئيس الحدود إلى الأردن.", None),
    ("عبر وسائل الإعلام، طالب المحتجون بالإفراج عن المعتقلين.", "المحتجون"),
    # The subject of an opening clause speaks in ", وقال", past an opening connective ("في المقابل،").
    (('في المقابل، قلل مسؤول في وزارة الزراعة، طلب عدم الكشف عن اسمه، من حجم الأضرار، وقال لـ"الشرق" إن '
      'المحصول سليم.'), "مسؤول في وزارة الزراعة"),
    ("من جهتها، انتقدت نقابة المعلمين الخطة، وقالت إنها تتجاهل الرواتب.", "نقابة المعلمين"),
    ("وتجمع المحتجون أمام البرلمان، وقالوا إن مطالبهم لم تتحقق.", "المحتجون"),  # people in a sound plural
    ("واعتصم الأطباء أمام الوزارة، وقالوا إن رواتبهم تأخرت.", "الأطباء"),  # a plural verb agrees with people
    # An inanimate subject does not speak: the speaker of "وأكد" is someone else.
    ("وجاءت الزيارة بعد أسبوع من لقاء الوزير بالسفير، وأكد أن العلاقات متينة.", None),
    ("وتأتي الخطوة بعد إعلان الحكومة خطة التقشف، وشدد على أن الإصلاح ضروري.", None),
    # An ال- participle with its own complement describes the body and ends the role's workplace.
    ("وقال مسؤول في الحكومة المعترف بها دوليا إن المفاوضات ستستأنف.", "مسؤول في الحكومة"),
    ("وقال مصدر في الهيئة المشرفة عليها إن الانتخابات ستجري في موعدها.", "مصدر في الهيئة"),
    ("وقال مسؤول في وزارة الداخلية العراقية إن الحدود مغلقة.", "مسؤول في وزارة الداخلية العراقية"),
    # "خلالها" after a verb with no subject points back to an event in construct with its agent.
    ("ويأتي القرار بعد جولة وزير الخارجية الصيني في المنطقة، وأكد خلالها أن بلاده تدعم الحوار.",
     "وزير الخارجية الصيني"),
    ("وجاء ذلك بعد الزيارة التي قام بها الوفد، وأكد خلالها أن التعاون مستمر.", None),  # no agent named
    ("وعقد الاجتماع في العاصمة، وأكد خلاله المشاركون أن الأزمة تتفاقم.", "المشاركون"),  # خلاله is an adverb
    # An envoy's destination is part of the title; إلى as a verb's complement is not.
    ("وقال المبعوث الأمريكي الخاص إلى السودان، توم بيرييلو، إن المفاوضات ستستأنف.",
     "المبعوث الأمريكي الخاص إلى السودان، توم بيرييلو"),
    ("وقال المبعوث الخاص إلى ليبيا إن الانتخابات ستؤجل.", "المبعوث الخاص إلى ليبيا"),
    ("وأشار المبعوث إلى اليمن باعتباره أولوية.", "المبعوث"),
    ("ودعا السفير إلى الهدوء.", "السفير"),
    # الأبيض names a body only after البيت: as a surname it ends a name, and "في <city>" stays out.
    ("وقال وزير الصحة فراس الأبيض في بيروت إن الوباء انتهى.", "وزير الصحة فراس الأبيض"),
    ("وقال البيت الأبيض إن الرئيس سيزور المنطقة.", "البيت الأبيض"),
    ("وقالت المتحدثة باسم البيت الأبيض كارين جان بيير إن الزيارة تأجلت.",
     "المتحدثة باسم البيت الأبيض كارين جان بيير"),
    ("وقال سفير مصر في سيول إن العلاقات قوية.", "سفير مصر في سيول"),  # a title's place stays
    # Decision verbs: a body or an official decides; no one in the passive, nor a player.
    ("وقرر وزير التربية تمديد العطلة الشتوية أسبوعا.", "وزير التربية"),
    ("وقرر محافظ البنك المركزي صرف مكافأة للموظفين.", "محافظ البنك المركزي"),  # صرف is what he decides
    ("قرر المنتخب الوطني خوض مباراة ودية.", "المنتخب الوطني"),
    ("وتقرر تأجيل المباراة إلى الأسبوع المقبل.", None),
    ("قرر اللاعب الاعتزال بعد موسم صعب.", None),
    ("وقرر الطلاب الإضراب عن الدراسة.", None),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


# (text, figure as written, its claimant)
CLAIMANTS = [
    # A body that decides a measure states its figures.
    ("قررت لجنة السياسة النقدية رفع سعر الفائدة بمقدار 50 نقطة أساس.", "50", "لجنة السياسة النقدية"),
    ("وقرر رئيس البلدية صرف منحة بقيمة 300 دينار لكل أسرة متضررة.", "300", "رئيس البلدية"),
    # A statement that reports the decision is the source, not the body that decided.
    ("وقررت الحكومة تعطيل الدوام في 6 محافظات، بحسب بيان لمكتب رئيس الوزراء.", "6 محافظات", "مكتب رئيس الوزراء"),
    ("وقرر اللاعب التبرع بمبلغ 10 آلاف دولار للمستشفى.", "10 آلاف", None),
    # "رصد" with money is allocation, which the speaker reports; "قدّر … بنحو" is the estimator's figure.
    ("وأوضح وزير الصحة أن الوزارة رصدت مبلغ 40 مليون دولار لتجهيز المستشفيات.", "40 مليون", "وزير الصحة"),
    ("وأعلن المدير أن الشركة رصدت ميزانية بقيمة 3 ملايين يورو للتدريب.", "3 ملايين", "المدير"),
    ("وأظهرت الوثائق أن الشركة قدّرت الخسائر بنحو 5 ملايين دينار.", "5 ملايين", "الشركة"),
    # "وفقاً لآخر تقرير …": آخر fused with ل still hides no source; the report's author is the source.
    ("ووصل عدد السياح إلى 2.1 مليون سائح، وفقا لآخر تقرير سنوي للمجلس الوطني للسياحة.", "2.1 مليون",
     "المجلس الوطني للسياحة"),
    ("وارتفعت البطالة إلى 11 في المئة، وفقاً لأحدث بيانات لمرصد سوق العمل.", "11", "مرصد سوق العمل"),
    ("وارتفعت البطالة إلى 11 في المئة، بحسب آخر إحصاء للوزارة.", "11", "الوزارة"),
]


@pytest.mark.parametrize(("text", "figure", "claimant"), CLAIMANTS)
def test_claimant(text: str, figure: str, claimant: str | None) -> None:
    assert claimants(text, figure) == [claimant]


# (speaker names, their canonical form): the words after a body's noun are its genitive, not a person's name.
CANONICAL = [
    (["مرصد سوق العمل"], "مرصد سوق العمل"),
    (["الهيئة العليا لتنظيم الكهرباء"], "الهيئة العليا لتنظيم الكهرباء"),
    (["مصدر بوزارة النقل"], "مصدر بوزارة النقل"),
    # Must not change: a named organisation keeps its own name, a titled person theirs.
    (["حركة حماس"], "حماس"),
    (["المتحدث باسم الوزارة أحمد سالم"], "أحمد سالم"),
    (["رئيس مجلس النواب نبيه بري", "نبيه بري"], "نبيه بري"),
]


@pytest.mark.parametrize(("names", "canonical"), CANONICAL)
def test_canonical_of_bodies(names: list[str], canonical: str) -> None:
    assert set(link_name_variants(names).values()) == {canonical}
