"""Find quantities with their qualifier and unit.

A quantity is a number phrase (numbers.read_number) that is not a year, a date, a time, an
ordinal-like reference (المادة 51), an age or a duration, with the qualifier before it
(نحو، أكثر من …) or after it (تقريباً، على الأقل) and the counted noun or measure after it.
A fraction word before a definite noun or a noun with a pronoun is a share (نحو ثلثي خسائره -> 2/3,
no unit). A duration that is a penalty or a stated term (بالسجن 10 سنوات، مهلة 60 يوما، لمدة ثلاثة أشهر) is
a quantity, its unit the duration word. The dual of a counted person or craft states two (مقتل شخصين، غرق
قاربين).

Units are the counted noun as written, without diacritics or the accusative alif
("قتيلاً" -> "قتيل"); symbols are spelled out ("$" -> "دولار", "٪" -> "%", "في المئة" -> "%").
A currency keeps its nationality adjective ("دينار كويتي") and a few measures keep the word
that makes them a unit ("درجة مئوية", "نقطة أساس", "طائرة مسيرة").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import compress, count
from typing import Sequence

from .dates import HIJRI_MONTHS, MONTHS
from .numbers import (
    DUAL_DURATION_WORDS,
    DURATION_WORDS,
    NUMBER_WORDS,
    LazyTokens,
    NumberRead,
    Token,
    kind_and_norm,
    lookup_word,
    normalize_word,
    page_decimal_mark,
    parse_digits,
    parse_duration,
    read_number,
    shadda_not_number,
    vowelled_fraction,
)
from .types import QuantityMention


def _norms(*words: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


def _phrases(*phrases: str) -> list[tuple[str, ...]]:
    # Spelling variants (حوالي/حوالى, إلى/الى) normalise to one entry.
    return sorted({tuple(normalize_word(w) for w in p.split()) for p in phrases}, key=len, reverse=True)


# Verbs that qualify the number they govern: (qualifier, what stands between verb and number, forms).
# Forms are the ones news text uses: past and present, masculine, feminine and plural, and the jussive
# after لم (يتعد، يزد). "" means the number is the verb's object ("تجاوز 100"). The 1st person and the
# dual are left out: نفوق and تجاوزا are more often nouns.
_ESTIMATE_FORMS = "قدر قدرت قدروا يقدر تقدر يقدرون مقدر مقدرة المقدر المقدرة"
_QUALIFYING_VERBS: list[tuple[str, tuple[str, ...], str]] = [
    ("more_than", ("",), "تجاوز تجاوزت تجاوزوا يتجاوز تتجاوز يتجاوزون"),
    ("more_than", ("",), "تخطى تخطت تخطوا يتخطى تتخطى يتخطون يتخط تتخط"),
    ("more_than", ("",), "تعدى تعدت تعدوا يتعدى تتعدى يتعدون يتعد تتعد"),
    ("more_than", ("",), "فاق فاقت فاقوا يفوق تفوق يفوقون يفق تفق"),
    ("more_than", ("على", "عن"), "زاد زادت زادوا يزيد تزيد يزيدون يزد تزد"),
    ("more_than", ("على", "عن"), "يربو تربو يربون"),
    ("more_than", ("على", "عن"), "أناف ينيف تنيف ينيفون"),
    ("approx", ("", "من"), "قارب قاربت قاربوا يقارب تقارب يقاربون"),
    ("approx", ("",), "ناهز ناهزت ناهزوا يناهز تناهز يناهزون"),
    ("approx", ("من",), "يقرب تقرب"),
    ("approx", ("من",), "اقترب اقتربت اقتربوا يقترب تقترب يقتربون"),  # "نسبة تقترب من 70%"
    ("approx", ("حول",), "دارت يدور تدور يدورون"),  # "كانت الأقساط تدور حول 0.7%" (دار is also "house")
    ("less_than", ("عن", "على"), "قل قلت قلوا يقل تقل يقلون"),
    # to go below: "لن تنزل درجات الحرارة عن 30 درجة" (negated: at least), "نزل سعر الأوقية دون 2000 دولار"
    ("less_than", ("عن", "دون", "تحت"), "نزل نزلت نزلوا ينزل تنزل ينزلون"),
    # Reach means "up to" only in the present ("يصل عدد الضحايا إلى 300"، "قد تصل إلى 80 ملم": a ceiling, a
    # capacity or a forecast). The past "وصل عدد القتلى إلى 300" states the figure reached, as "ارتفع إلى" does,
    # and stays exact; so do "ليصل" (a result) and "وبذلك يصل" (a running total).
    ("up_to", ("إلى", "الى"), "يصل تصل يصلون"),
    # An estimate: "شحنة تقدر بـ600 ألف لتر"، "بكلفة مقدرة بـ3 ملايين" (but a budget's, _BUDGETED).
    ("approx", ("ب",), _ESTIMATE_FORMS),
    # A floor something starts from, only in the present ("تبدأ الأسعار من 25 ريالاً"، "يبدأ سعر التذكرة من 50"):
    # the past "بدأ العمل من 3 مواقع" tells where it started, exact. With a range after it ("تبدأ من 25 إلى 30")
    # the two ends keep the range's own qualifiers (_starts_a_range).
    ("at_least", ("من",), "يبدأ تبدأ يبدؤون يبدأون تبدأن"),
]
_VERB_QUALIFIER = {normalize_word(form): (qual, tuple(normalize_word(w) for w in preps))
                   for qual, preps, forms in _QUALIFYING_VERBS for form in forms.split()}
_REACH_VERBS = frozenset(form for form, (qual, _) in _VERB_QUALIFIER.items() if qual == "up_to")
_MODAL_REACH = _norms("يبلغ", "تبلغ")  # "قد يبلغ 50%": only with قد, since "يبلغ عدد سكانها 5 ملايين" is exact
_NEGATIONS = _norms("لا", "لم", "لن")
# A negated verb turns around: "لم تتجاوز 40%" is at most 40%, "لا يقل عن 30" at least 30, "لم تصل إلى 30%" under.
_NEGATED = {"more_than": "up_to", "less_than": "at_least"}
_RUNNING_TOTAL = _norms("بذلك", "وبذلك", "بهذا", "وبهذا")
_RELATIVE_MA = _norms("ما", "وما", "فما")  # "ما يزيد على": part of the phrase, not a negation
_VERB_PREPOSITIONS = frozenset(p for _, (_, preps) in _VERB_QUALIFIER.items() for p in preps if p)

# Qualifiers that precede the number; longest first so "على الأقل" beats a shorter phrase.
# A verb phrase may follow ما، قد and a negation, read by _verb_in_context.
_BEFORE: list[tuple[tuple[str, ...], str]] = []
for _qual, _list in {
    "approx": ["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "في حدود", "عند حدود", "بحدود", "إلى حدود", "تقريبا", "تقريباً"],
    # أكتر: the Levantine spoken form, in quotes ("صرفت أكتر من 20 مليون ليرة")
    "more_than": ["أكثر من", "أكتر من", "أزيد من", "فوق", "فوق مستوى", "فوق عتبة", "أكثر قليلا من", "أكثر بقليل من", "يزيد قليلا على",
                  "يزيد قليلا عن"],
    "less_than": ["أقل من", "دون", "تحت", "دون مستوى", "تحت مستوى", "أدنى من", "أقل قليلا من", "أقل بقليل من", "ما دون"],
    # "عروض ابتداءً من 99 درهماً": a price list's floor, as "تبدأ من" (_QUALIFYING_VERBS)
    "at_least": ["على الأقل", "ابتداء من", "ابتداءً من", "بدءا من", "بدءاً من"],
    # "حتى لـ2500 أورو" (Maghreb and Levant press): حتى with the ل of reaching, a ceiling as حتى alone
    "up_to": ["حتى", "حتى لـ", "لغاية", "بحد أقصى", "كحد أقصى", "قد يبلغ", "قد تبلغ", "أقصاها", "أقصاه",  # مدة أقصاها 90 يوما
              # a ceiling something may be raised to: "حصة 15% قابلة للرفع إلى 25%"، "مدة قابلة للتمديد إلى 60 يوما"
              "قابل للرفع إلى", "قابلة للرفع إلى", "قابل للزيادة إلى", "قابلة للزيادة إلى",
              "قابل للتمديد إلى", "قابلة للتمديد إلى"],
}.items():
    for _p in _phrases(*_list):
        _BEFORE.append((_p, _qual))
for _form, (_qual, _preps) in _VERB_QUALIFIER.items():
    _BEFORE.extend(((_form, _prep) if _prep else (_form,), _qual) for _prep in _preps)
_BEFORE.sort(key=lambda item: len(item[0]), reverse=True)
_PURPOSE_SENSITIVE = _REACH_VERBS
_CLITIC_RE = re.compile(r"^(?:[وف])?(?:[بلس])?")
# Index by last word so a lookup costs a dict hit, not a scan of every phrase.
_BEFORE_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _p, _q in _BEFORE:
    _BEFORE_BY_LAST.setdefault(_p[-1], []).append((_p, _q))
_QUAL_FIRST = frozenset(p[0] for p, _ in _BEFORE) | _NEGATIONS | _norms("ما", "قد")

_AFTER: list[tuple[tuple[str, ...], str]] = sorted(
    [(p, q) for q, lst in {
        "approx": ["تقريبا", "تقريباً", "أو نحو ذلك"],
        "at_least": ["على الأقل", "كحد أدنى", "أو أكثر", "فأكثر", "وأكثر"],
        "up_to": ["كحد أقصى", "على الأكثر", "أو أقل", "فأقل"],
    }.items() for p in _phrases(*lst)],
    key=lambda item: len(item[0]), reverse=True)

_AFTER_FIRST = frozenset(p[0] for p, _ in _AFTER)

# Words immediately before a number that make it a label, not an amount: المادة 51، القرار 2254.
_REFERENCE_CUES = _norms(
    "المادة", "مادة", "المادتين", "المواد", "القرار", "قرار", "القرارين", "رقم", "الرقم", "برقم", "الفقرة", "فقرة",
    "البند", "بند", "الفصل", "القانون", "قانون", "المرسوم", "مرسوم", "الصفحة", "صفحة", "ص", "الطبعة", "الدورة",
    "النسخة", "الجولة", "المرتبة", "المركز", "الترتيب", "الحلقة", "الجزء", "المجلد", "الباب", "الدائرة",
    "الكيلو", "الموديل", "الطراز", "المجموعة", "الرحلة", "الطابق", "الغرفة", "الشارع", "الطريق", "الكتيبة",
    "اللواء", "الفيلق", "الجيش", "سورة", "الآية", "آية", "العدد", "المنصة", "البوابة", "القاعة", "المبنى", "الخط",
    "الساعة", "ساعة", "عام", "العام", "لعام", "بعام", "سنة", "السنة", "لسنة", "عامي", "سنتي", "موسم", "الموسم",
    "عمر", "بعمر", "العمر", "عمره", "عمرها", "عمرهم", "سن", "بسن", "يوم", "يومي", "اليوم", "ليلة", "صباح",
    "مساء", "فجر", "ظهر", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "ال", "الـ", "مادة",
    "الفئة", "فئة", "الدرجة", "المستوى", "مستوى", "المرحلة", "الجيل", "الأسبوع", "الشوط", "الدقيقة",
    "القرن", "الحزمة", "الدفعة", "الإصدار", "إصدار", "القناة", "الكأس", "كأس", "رؤية", "أجندة",
    "عيار", "العيار",  # عيار 21: a gold karat
    "الفرقة", "شارع", "الشارعين", "شارعي",  # الفرقة 11: a military unit; شارع 15، الشارعين 204 و223: streets
    "أوكتان", "اوكتان", "الأوكتان",  # أوكتان 98: a fuel grade
    # قناة 24، لشبكة 964، إذاعة 90: an outlet named by a number (a bare one: "الشبكة 500 ميغاواط" still counts)
    "شبكة", "قناة", "إذاعة", "اذاعة", "راديو", "صحيفة", "مجلة", "تلفزيون",
    # "وكيل في القطاع 44 بمدينة الصدر"، "المحلة 512": a numbered district (a count after it, "خسر القطاع 44 مليون
    # دولار"، "في الحي 5 أشخاص", still counts)
    "القطاع", "المربع", "المحلة", "الحي", "البلوك", "المقاطعة", "الزقاق",
    # "عبر التعميمين 158 و166"، "المراسيم 12 و13": documents named by their numbers (_DOCUMENT_PLURALS)
    "التعميم", "تعميم", "التعميمين", "التعاميم", "التعميمات", "القرارات", "القانونين", "القوانين", "المرسومين",
    "المراسيم",
)
# "وبلغ عدد القرارات 12": after عدد or مجموع a plural document noun is what is counted, the number after it a count.
_DOCUMENT_PLURALS = _norms("التعميمين", "التعاميم", "التعميمات", "القرارات", "القرارين", "القانونين", "القوانين",
                           "المرسومين", "المراسيم")
_COUNT_NOUNS = _norms("عدد", "مجموع", "إجمالي", "اجمالي")
# A label noun a name or two before the number still labels it: قرار مجلس الأمن 2254، رقم الطوارئ (هو) 112.
# A university named by its city and a number is one too: "بجامعة الجزائر 3"، "في جامعة باريس 8" (a unit after it,
# "جامعة القاهرة 300 منحة", still counts).
_GENITIVE_CUES = _norms("قرار", "القرار", "بقرار", "رقم", "الرقم", "برقم", "رقماً", "مرسوم", "المرسوم", "قانون",
                        "القانون", "جامعة", "بجامعة", "لجامعة")
# "سجل رقماً قياسياً هو 500": a record is a figure, not a number that names something.
_RECORD_WORDS = _norms("قياسي", "قياسياً", "القياسي", "قياسية", "القياسية")
_COPULAS = _norms("هو", "هي")
# A word right after a number that makes it a label: الفصل 376 مكرر (an article inserted after 376).
_LABEL_AFTER = _norms("مكرر", "مكررا", "مكررة")
# لكل مليون نسمة: the base of a ratio, not an amount.
_RATIO_BASE = _norms("لكل", "ولكل")
_EVERY_WORD = normalize_word("كل")


def _one_in_every(tokens: Sequence[Token], first: int) -> bool:
    """Say whether "من كل" stands right before the number: "شخص من كل خمسة"، "واحد من كل 10 أطفال" (one in N)."""
    return first >= 2 and tokens[first - 1].norm == _EVERY_WORD and tokens[first - 2].norm == _FROM


# A bare عدد right before a number numbers a law ("الأمر عدد 388"); a count of something is "عدد الضحايا".
_MAGHREB_NUMBER = normalize_word("عدد")
# "طراز بوينغ 737", "موديل تويوتا 2020": a make and its number name a model, not an amount.
# "كأس آسيا 2023"، "دورة الألعاب الأولمبية 2024": a year after an event noun and its name is part of the name.
_EVENT_NOUNS = _norms("كأس", "بطولة", "دورة", "مونديال", "أولمبياد", "ألعاب", "معرض", "مهرجان", "قمة", "منتدى")
# As written: the folded spelling of فئة is فيه ("in it").
_CLASS_WORDS = frozenset(("فئة", "بفئة", "لفئة", "وفئة", "فئات"))
_MODEL_CUES = _norms("طراز", "الطراز", "طرازات", "موديل", "الموديل", "نوع", "ماركة",
                     # a named standard: "مطابق لمعايير يورو 6"، "معيار بازل 3"
                     "معيار", "المعيار", "لمعيار", "بمعيار", "معايير", "المعايير", "لمعايير", "بمعايير",
                     "مواصفات", "لمواصفات", "بمواصفات", "المواصفات")
# Octane ratings grade a fuel: "بنزين 95 أوكتان"، "أوكتان 98"، "البنزين 92". A grade after a fuel word is a plain
# number in this band with no unit (a price or a volume after it, "البنزين 95 قرشا", stays an amount).
_OCTANE = _norms("أوكتان", "اوكتان", "الأوكتان", "أوكتين", "اوكتين")
_FUELS = _norms("بنزين", "البنزين", "وبنزين", "والبنزين", "للبنزين", "بالبنزين", "وقود", "الوقود")
_OCTANE_BAND = (80, 100)

# Labels that make any number after them a date, a time, an age or a reference, even before a noun.
_STRONG_CUES = _norms(
    "الساعة", "ساعة", "عام", "العام", "لعام", "بعام", "سنة", "السنة", "لسنة", "عامي", "سنتي", "عمر", "بعمر",
    "العمر", "عمره", "عمرها", "عمرهم", "سن", "بسن", "يوم", "يومي", "المادة", "مادة", "المادتين",
    "قرار", "رقم", "الرقم", "برقم", "الفقرة", "البند", "سورة", "الآية", "القرن",
    "الدقيقة", "الدقائق", "الدقيقتين", "الشوط", "الأسبوع",
    "المرقم", "المرقمة", "مرقم", "مرقمة",  # "الكتاب المرقم 4417": an Iraqi letter's number
    # An address: "قطعة 12 شارع 8" (a Kuwaiti block and street), "نهج 5"، "زنقة 14"، "جادة 3". Indefinite only:
    # "خرج إلى الشارع 200 متظاهر" counts.
    "شارع", "قطعة", "قسيمة", "جادة", "زنقة", "نهج", "حارة", "بلوك",
)
# "عند الكيلو 215": a road marker locates a place; "سعر الكيلو 50 جنيها" is a price per kilo.
# An act (law, decree, resolution) numbers like a strong cue after a preposition ("عملا بالقرار 2334 يجري"); bare,
# it is a label only without a counted noun: "القانون 182 لسنة 1960"، but as the subject of its verb it allots one,
# "وخصص القانون 5 مقاعد للأقليات"، "وحدد المرسوم 12 شرطاً".
_ACTS = _norms("القرار", "القانون", "المرسوم")
_ROAD_MARKERS = _norms("الكيلو", "الكيلومتر", "الكم", "كيلو", "كيلومتر")
_PLACE_PREPOSITIONS = _norms("عند", "في", "قرب", "قبل", "بعد", "بين", "حتى")
_VERSION_RE = re.compile(r"\d+[.٫]0")  # لوك بت 3.0، ويب 2.0: a version, not a measure
_YEAR_CUES = _norms("عام", "العام", "لعام", "بعام", "سنة", "السنة", "لسنة")
# Measures a bare fraction can count: "ربع نقطة مئوية", "نصف دولار", "نصف طن".
_MEASURES = _norms("%", "نقطة", "نقطة مئوية", "نقطة أساس", "درجة", "درجة مئوية", "دولار", "يورو", "طن", "متر",
                   "كيلومتر", "كيلو", "كيلوغرام", "لتر", "برميل", "ميل", "جنيه", "دينار", "ريال", "درهم")
# Nouns after a number that make it a multiplier, not a count: "3 مرات", "ضعفين".
_NOT_COUNTED = _norms("مرة", "مرات", "ضعف", "أضعاف", "مره")
_CLOSING_QUOTES = frozenset('”"»’')
_DEGREES = _norms("درجة", "درجات", "درجه")
_DIRECTIONS = _norms("شمالا", "شمالاً", "جنوبا", "جنوباً", "شرقا", "شرقاً", "غربا", "غرباً")
_PLACE_DIRECTIONS = _DIRECTIONS | _norms("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي")
# "15 من الشهر"، "46 من العمر": a date or an age, not a count.
_OF_WHAT_DROP = _norms("عمر", "عمره", "عمرها", "شهر", "عام", "سنة", "قرن", "مرات")
# Dual constructs that need a counted noun after them: "ألفي منزل" (2000) but "حشد مليوني" (adjective).
# Elatives that make a dual after them a superlative: "أعلى درجتين"، "أفضل نقطتين" (the two highest, best).
_ELATIVES = _norms("أعلى", "أدنى", "أكبر", "أصغر", "أفضل", "أسوأ", "أهم", "أبرز", "أقوى", "أضعف", "أطول", "أقصر",
                   "أسرع", "أعظم", "أخطر", "أشد", "أول", "آخر")
_CONSTRUCT_DUALS = _norms("ألفي", "مليوني", "ملياري", "تريليوني", "ترليوني")
# Every month name the date reader knows (the Maghreb's جانفي، أفريل، جوان، أوت and Morocco's يوليوز، غشت، شتنبر،
# نونبر، دجنبر with the rest), by its first word: a number before one is a day ("في 3 شتنبر"، "ساحة 20 غشت"), not a
# count. Not صفر (Safar), which is also "zero": "فاز 3 صفر".
_MONTHS = frozenset(normalize_word(name.split()[0]) for name in {**MONTHS, **HIJRI_MONTHS}) - _norms("صفر")
_TIME_OF_DAY = _norms("صباحا", "صباحاً", "مساء", "مساءً", "مساءا", "ظهرا", "ظهراً", "عصرا", "عصراً", "فجرا",
                      "فجراً", "ليلا", "ليلاً", "بتوقيت", "غرينتش", "ص", "م", "هـ", "ه", "ميلادي", "ميلادية", "هجري",
                      "هجرية", "ق")
_STOP = _norms(
    "من", "في", "على", "إلى", "الى", "عن", "مع", "بين", "حتى", "منذ", "خلال", "بعد", "قبل", "عند", "لدى", "نحو",
    "حول", "ضد", "دون", "عبر", "وفق", "حسب", "و", "أو", "او", "ثم", "أم", "بل", "لكن", "لكنه", "إن", "أن", "ان",
    "لا", "لم", "لن", "قد", "ما", "هل", "كما", "مثل", "أي", "أيضا", "أيضاً", "فقط", "فيما", "بينما", "إذ", "إذا",
    "لو", "كل", "بعض", "غير", "سوى", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "هو", "هي",
    "هم", "هن", "نحن", "أنا", "كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست", "وقد", "وفي", "ومن", "وهو",
    "وهي", "وهم", "تقريبا", "تقريباً", "أكثر", "أقل", "مقابل", "مقارنة", "بنسبة", "نسبة", "منها", "منهم", "منهن",
    "فيها", "فيهم", "عليها", "عليه", "إلا", "الا", "لها", "له", "لهم", "عام", "فأكثر", "فأقل", "كحد", "جراء",
    "بسبب", "إثر", "اثر", "لدى", "داخل", "خارج", "أمام", "وراء", "فوق", "تحت", "جميع", "جميعهم", "كلهم",
    "مرة", "مرات", "ضعف", "أضعاف", "فقط", "وذلك", "يوميا", "يومياً", "سنويا", "سنوياً", "شهريا", "أسبوعيا",
    # a preposition glued to a noun starts the next phrase, not the counted noun
    "بتاريخ", "بقيمة", "بنسبة", "بمبلغ", "بمعدل", "بحسب", "بسبب", "بفارق", "بمقدار", "بواقع", "بهدف", "بعد",
    "بين", "بدلا", "بدون", "بحضور", "برئاسة", "بمشاركة", "لصالح", "لمدة", "لكل", "بكل", "لدى", "وسط", "نتيجة",
    "مقابل", "وفقا", "وفقاً", "حسبما", "عقب", "إضافة", "اضافة", "مع",
    "قرب", "قبالة",  # prepositions of place: "مكتب في قطعة 4 قرب الميناء"
)
_SYMBOL_UNITS = {"%": "%", "٪": "%", "$": "دولار", "€": "يورو", "£": "جنيه استرليني", "¢": "سنت", "﷼": "ريال"}
# Case matters: "5G" and "4K" are not five grams or four kelvins.
_LATIN_UNITS = {"c": "سنت", "km": "كم", "kg": "كغ", "g": "غ", "mg": "ملغ", "m": "م", "cm": "سم", "mm": "مم",
                "MW": "ميغاواط", "GW": "غيغاواط", "kW": "كيلوواط", "KW": "كيلوواط", "bpd": "برميل يوميا"}
# ISO 4217 codes news text uses; an open [A-Z]{3} would take GMT, UTC or NATO for a currency.
_ISO_CODES = frozenset(
    "USD EUR GBP JPY CNY CHF CAD AUD SAR AED QAR KWD BHD OMR JOD EGP LBP SYP IQD TND MAD DZD LYD SDG YER ILS "
    "TRY IRR RUB INR PKR UAH KRW KPW BRL MXN ZAR NGN ETB KES".split())
_LATIN_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_PERCENT_WORDS = _norms("المئة", "المائة", "المية", "المئه")
_PERCENT_ONE = _norms("بالمئة", "بالمائة", "بالمية", "بالمئه")
_CURRENCIES = _norms("دولار", "دولارات", "يورو", "اورو", "أورو", "جنيه", "جنيهات", "ريال", "ريالات", "درهم",
                     "دراهم", "دينار", "دنانير", "ليرة", "ليرات", "شيكل", "شيقل", "شواقل", "روبل", "ين", "يوان",
                     "فرنك", "روبية", "تومان", "سنت", "سنتات", "سينت", "سينتات", "جنيها", "دولارا", "دينارا",
                     "ريالا", "درهما", "ليرة", "ين", "أوقية", "أوقيات")  # أوقية: the Mauritanian ouguiya
# "موفى" (the Maghreb "end of": "147 مليار دينار موفى ديسمبر") and "حوالي" end in ي but are no adjective of a currency.
_NOT_NISBA = _norms("شهري", "سنوي", "يومي", "إضافي", "اضافي", "أسبوعي", "فقط", "حالي", "إجمالي", "سنويا", "موفى",
                    "حوالي")
_UNIT_EXTENSIONS = {
    normalize_word(k): [tuple(normalize_word(w) for w in ext.split()) for ext in v] for k, v in {
        "درجة": ["مئوية", "فهرنهايت", "على مقياس ريختر", "بمقياس ريختر", "على سلم ريختر", "ريختر"],
        "درجات": ["مئوية", "فهرنهايت", "على مقياس ريختر", "بمقياس ريختر", "على سلم ريختر", "ريختر"],
        "نقطة": ["أساس", "مئوية"], "نقاط": ["أساس", "مئوية"],
        "طائرة": ["مسيرة", "مسيّرة", "بدون طيار", "حربية"], "طائرات": ["مسيرة", "مسيّرة", "بدون طيار", "حربية"],
        "متر": ["مربع", "مكعب"], "أمتار": ["مربعة", "مكعبة"],
        "كيلومتر": ["مربع", "مكعب"], "كيلومترات": ["مربعة", "مكعبة"],
        "كلم": ["مربع"], "كم": ["مربع"], "قدم": ["مربع", "مربعة", "مكعب", "مكعبة"],
        "أقدام": ["مربعة", "مكعبة"], "ميل": ["مربع"], "أميال": ["مربعة"], "برميل": ["يوميا", "يومياً"],
        "كيلو": ["متر", "مترا", "مترات", "غرام", "جرام", "واط"],
        "حالة": ["إصابة", "وفاة", "شفاء", "تعاف", "اعتقال", "اختطاف", "انتحار", "ولادة", "تسمم", "إخلاء"],
        "حالات": ["إصابة", "وفاة", "شفاء", "تعاف", "اعتقال", "اختطاف", "انتحار", "ولادة", "تسمم", "إخلاء"],
    }.items()
}
# Measure and currency nouns whose dual form states "two": كيلومترين، دولارين، أونصتان.
_DUAL_UNITS = {normalize_word(d): s for s, ds in {
    "كيلومتر": ["كيلومترين", "كيلومتران"], "متر": ["مترين", "متران"], "دولار": ["دولارين", "دولاران"],
    "أونصة": ["أونصتين", "أونصتان", "اونصتين", "اونصتان"], "طن": ["طنين", "طنان"],
    "درجة": ["درجتين", "درجتان"], "نقطة": ["نقطتين", "نقطتان"], "كيلو": ["كيلوين"],
    "برميل": ["برميلين", "برميلان"], "كيلوغرام": ["كيلوغرامين", "كيلوغرامان"], "دينار": ["دينارين", "ديناران"],
    "جنيه": ["جنيهين", "جنيهان"], "ريال": ["ريالين", "ريالان"], "درهم": ["درهمين", "درهمان"],
    "لتر": ["لترين", "لتران"], "هكتار": ["هكتارين", "هكتاران"], "فدان": ["فدانين", "فدانان"],
}.items() for d in ds}


_UNIT_SINGULARS = frozenset(_DUAL_UNITS.values())


def _unit_fraction(norm: str) -> float | None:
    """Return the value of a fraction joined by و after a unit (ونصف، وربع), else None."""
    frac = lookup_word(norm)
    return frac.value if frac is not None and frac.kind == "F" and frac.conj else None


def _dual_forms(singular: str) -> tuple[str, str]:
    """Return the two dual forms of a noun: قارب -> قاربين، قاربان; سيارة -> سيارتين؛ مبنى -> مبنيين."""
    stem = singular[:-1] + "ت" if singular.endswith("ة") else singular[:-1] + "ي" if singular.endswith("ى") else singular
    return stem + "ين", stem + "ان"


# People and craft news counts, whose dual states "two": "مقتل شخصين"، "غرق قاربين"، "تجميع قمرين صناعيين". Only
# nouns whose -ين/-ان form can be nothing but a dual: a broken plural (شخص/أشخاص، قارب/قوارب) or a feminine in ة
# (سيارة/سيارات). A participle's plural is also in -ين (عاملين، لاعبين، مهاجرين، مدنيين), so those stay out; so do
# places ("45 درجة في مدينتين" tells where, not how many).
_DUAL_COUNTS = {normalize_word(dual) for singular in (
    "شخص", "قتيل", "جريح", "طفل", "طفلة", "رجل", "امرأة", "سيدة", "فتاة", "شاب", "جندي", "شهيد", "أسير", "رهينة",
    "ضحية", "طبيب", "مريض", "سيارة", "مركبة", "حافلة", "شاحنة", "طائرة", "مروحية", "سفينة", "ناقلة", "قارب", "زورق",
    "قطار", "قمر", "صاروخ", "قذيفة", "دبابة",
    # kinds: "يزرع الفلاحون صنفين من التمور"، "نوعان من الغزلان" (أنواع، أصناف، أنماط، طرز، فئات)
    "نوع", "صنف", "نمط", "طراز", "فئة",
) for dual in _dual_forms(singular)}
_DUAL_CLITICS = re.compile(r"^[وف]?[بل]?")
_EVERY = _norms("كل", "لكل", "بكل", "ولكل")  # "لكل شخصين": the base of a ratio
# A clash is between two by nature: "تصادم قطارين"، "شجار بين شخصين" tell the event, they report no figure.
_BETWEEN_TWO = _norms("تصادم", "اصطدام", "تصادمت", "اشتباك", "شجار", "عراك", "مشاجرة", "بين")


def _dual_not_counted(tokens: Sequence[Token], i: int) -> bool:
    """Return True when the word before the dual at i makes it no count: an elative, كل, a clash."""
    if i == 0:
        return False
    prev = tokens[i - 1].norm
    return prev in _ELATIVES or prev in _EVERY or prev in _BETWEEN_TWO or _DUAL_CLITICS.sub("", prev) in _BETWEEN_TWO


# A feminine dual noun and its adjective in agreement count two of anything: "حالتين حرجتين"، "شحنتين جديدتين"،
# "ورشتان صغيرتان". Both must be indefinite and end alike (تين/تان): a definite pair ("البلدين الشقيقين") names known
# parties, and a masculine -ين pair is as often a sound plural ("مواطنين مدنيين"). Not "-ستان" (باكستان), numbers,
# durations (ساعتين كاملتين) or multipliers (مرتين متتاليتين).
_FEM_DUAL_ENDINGS = ("تين", "تان")
_FEM_DUAL_OR_CONSTRUCT_ENDINGS = ("تي", *_FEM_DUAL_ENDINGS)  # a construct drops the ن: وحدتي
_FEM_DUAL_MIN = 5  # at least two letters before تين/تان
_NOT_FEM_DUAL = _norms("مرتين", "مرتان", "ستين", "روتين", "بروتين",
                       "بوتين", "مارتين", "كريستين", "فالنتين", "كونستانتين", "كوينتين")  # names in -تين


def _fem_dual_word(norm: str) -> bool:
    """Say whether an indefinite word may be a feminine dual: حالتين، حرجتين (not الحالتين، باكستان، ستين)."""
    return len(norm) >= _FEM_DUAL_MIN and norm.endswith(_FEM_DUAL_ENDINGS) and not norm.endswith("ستان") \
        and not norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) and norm not in _NOT_FEM_DUAL \
        and norm not in DUAL_DURATION_WORDS and lookup_word(norm) is None


def _fem_dual_pair(tokens: Sequence[Token], i: int) -> bool:
    """Say whether tokens[i] and tokens[i + 1] are a feminine dual noun and its adjective: حالتين حرجتين."""
    if i + 1 >= len(tokens) or tokens[i].kind != "ar" or tokens[i + 1].kind != "ar":
        return False
    noun, adjective = _DUAL_CLITICS.sub("", tokens[i].norm), tokens[i + 1].norm
    return _fem_dual_word(noun) and _fem_dual_word(adjective) and noun[-3:] == adjective[-3:] \
        and not _dual_not_counted(tokens, i)


# A feminine dual bounded by a qualifier after it counts two of anything, its construct form (-تي) too: "عمليتي
# اندماج على الأقل"، "زيارتين على الأكثر"، "جولتين كحد أقصى". The bound makes it a figure the writer states.
_BOUNDS_AFTER = frozenset(("at_least", "up_to"))


def _construct_fem_dual(noun: str) -> bool:
    """Say whether a word (its clitics off) is a feminine dual in construct, its ن dropped: عمليتي، وحدتي."""
    return noun.endswith("تي") and _fem_dual_word(noun + "ن")


def _governed_noun(tokens: Sequence[Token], k: int) -> bool:
    """Say whether tokens[k] may be the noun a construct governs: a word, no stop word or number ("عمليتي اندماج")."""
    return k < len(tokens) and tokens[k].kind == "ar" and tokens[k].norm not in _STOP and not lookup_word(tokens[k].norm)


def _bounded_fem_dual(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """Return (qualifier, end) for a feminine dual at tokens[i], with the noun it governs, bounded right after it."""
    tok = tokens[i]
    if tok.kind != "ar" or _dual_not_counted(tokens, i):
        return None
    noun = _DUAL_CLITICS.sub("", tok.norm)
    construct = _construct_fem_dual(noun)
    if not (construct or _fem_dual_word(noun)):
        return None
    k = i + 1
    if construct:
        if not _governed_noun(tokens, k):
            return None
        k += 1  # the noun the construct governs: "عمليتي اندماج"
    qual, end = _qualifier_after(tokens, k)
    return (qual, end) if qual in _BOUNDS_AFTER and end > k else None


# A feminine dual counts two of anything where the sentence counts it: after "only" (سوى، إلا: "لم يبق منها سوى
# مصبنتين") or before فقط, and before a rate adverb ("رحلتين أسبوعياً"، "وجبتين يومياً"), in construct with the
# noun it governs too ("وحدتي دم شهرياً"، "جرعتي لقاح سنوياً"). -تي is also "my" (سيارتي), so the governed noun must
# be an indefinite genitive: not definite ("عائلتي الكبيرة شهرياً"), no accusative in ا ("سيارتي صباحاً"), no
# multiplier or duration ("أغسل سيارتي مرتين أسبوعياً"، "ساعتين يومياً").
_ONLY_BEFORE = _norms("سوى", "إلا")
_ONLY_AFTER = _norms("فقط")
# Adverbs of a count per year, month or week: "300 يوم مغبر سنوياً" (_counted_per_period), "رحلتين أسبوعياً".
_PER_PERIOD = _norms("سنويا", "سنوياً", "شهريا", "شهرياً", "أسبوعيا", "أسبوعياً")
_RATE_ADVERBS = _PER_PERIOD | _norms("يوميا")


# "أستقبل في عيادتي مرضى يومياً": after في a -تي word is where, "my clinic", not two of something counted.
_IN_PLACE = _norms("في", "فى", "داخل")


def _indefinite_genitive(norm: str) -> bool:
    """Say whether the word after a construct -تي may be the noun it governs, not the object after "my …"."""
    return not norm.startswith("ال") and not norm.endswith("ا") and norm not in _NOT_FEM_DUAL \
        and norm not in _NOT_COUNTED and norm not in DUAL_DURATION_WORDS


def _counted_fem_dual(tokens: Sequence[Token], i: int) -> int | None:
    """Return where a feminine dual at tokens[i] that "only" or a rate adverb counts ends, else None."""
    tok = tokens[i]
    if tok.kind != "ar" or _dual_not_counted(tokens, i):
        return None
    noun = _DUAL_CLITICS.sub("", tok.norm)
    if _construct_fem_dual(noun):
        rate = i + 2  # past the governed noun
        if rate < len(tokens) and tokens[rate].norm in _RATE_ADVERBS and _governed_noun(tokens, i + 1) \
                and _indefinite_genitive(tokens[i + 1].norm) and not (i > 0 and tokens[i - 1].norm in _IN_PLACE):
            return rate + 1
        return None
    if not _fem_dual_word(noun):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].norm in _RATE_ADVERBS:
        return i + 2
    if i + 1 < len(tokens) and tokens[i + 1].norm in _ONLY_AFTER:
        return i + 1
    return i + 1 if i > 0 and tokens[i - 1].norm in _ONLY_BEFORE else None


_CLITIC_STEM_MIN = 6  # a stripped stem shorter than رحلتين may be the word itself: وجبتين، بقرتين


def _fem_dual_clitics(written: str) -> int:
    """Return how many letters of و/ف and ب/ل a feminine dual carries: وسيارتين 1, ولسيارتين 2, وجبتين 0, لجنتين 0."""
    clitics = 0
    if written.endswith("تي"):
        written += "ن"  # a construct (وحدتي) is its dual (وحدتين) with the ن dropped
    for clitic in ("وف", "بل"):
        if written[clitics:clitics + 1] in clitic and len(written) - clitics - 1 >= _CLITIC_STEM_MIN:
            clitics += 1
    return clitics


_AT_LEAST_TAIL = _norms("الأقل")
_AT_LEAST_HEAD = _norms("على", "وعلى")


def _dual_after_at_least(tokens: Sequence[Token], i: int) -> bool:
    """Say whether "على الأقل" ending at tokens[i] bounds a masculine dual right after it: "على الأقل جوالين".

    A bound needs a count, so any indefinite word in -ين there is one (not a number word such as عشرين).
    """
    if i < 1 or tokens[i - 1].norm not in _AT_LEAST_HEAD or i + 1 >= len(tokens):
        return False
    dual = tokens[i + 1]
    noun = _CONJ.sub("", dual.norm)
    return dual.kind == "ar" and noun.endswith("ين") and len(noun) >= 5 and not noun.startswith("ال") \
        and noun not in _STOP and lookup_word(dual.norm) is None and lookup_word(noun) is None


def _dual_unit(norm: str) -> str | None:
    """Return the singular of a measure's or a currency's dual, with و/ف and ب/ل before it or not ("وكيلوغرامين").

    With a clitic, طنين is left out: "وطنين" is also "two homelands".
    """
    if norm in _DUAL_UNITS:
        return _DUAL_UNITS[norm]
    # the conjunction alone first: the ل of "ولترين" belongs to the word
    singular = _DUAL_UNITS.get(_CONJ.sub("", norm)) or _DUAL_UNITS.get(_DUAL_CLITICS.sub("", norm))
    return singular if singular is not None and singular != "طن" else None


def _dual_count(norm: str) -> bool:
    """Say whether a word is a counted noun's dual, with و/ف and ب/ل before it or not."""
    return norm in _DUAL_COUNTS or _DUAL_CLITICS.sub("", norm) in _DUAL_COUNTS


# "افتتحت الوزارة 9 مستشفيات ميدانية، بينها مستشفيان في الجنوب"، "أنشأت البلدية 12 مدرسة، بينها مدرستان
# للبنات": a nominative dual after بينها/منهم counts two of the group a number counted just before, when it is the
# same noun (its letters in order in the counted word, the same first radical): "9 مهاجرين بينهم امرأتان" and
# "3 متهمين، بينهم مقيمان" (another noun: the dual may be a plural or a name, شبان، لبنان) are left alone.
_SUBSET_DUAL_MIN = 5  # a stem of three letters at least before ان
_SUBSET_REACH = 16  # tokens back from بينها to the number that counts the group
_SENTENCE_ENDS = frozenset(".!?؟")
_GROUP_STOPS = _SENTENCE_ENDS | {"؛"}  # the group is counted in the same sentence and clause


def _subset_dual_word(norm: str) -> bool:
    """Say whether a word may be an indefinite nominative dual: مطعمان، مدرستان (not المطعمان، بيان)."""
    return len(norm) >= _SUBSET_DUAL_MIN and norm.endswith("ان") and not norm.startswith("ال")


def _in_order(short: str, long: str) -> bool:
    """Say whether the letters of short stand in long in the same order."""
    it = iter(long)
    return all(ch in it for ch in short)


def _dual_of_counted_group(tokens: Sequence[Token], i: int) -> bool:
    """Say whether the dual at tokens[i], after بينها/منهم, is two of the group a number counted before it."""
    if i < 3 or tokens[i - 1].norm not in _AMONG_THEM or lookup_word(tokens[i].norm) is not None:
        return False
    stem = tokens[i].norm[:-2]
    stems = (stem, stem[:-1]) if stem.endswith("ت") else (stem,)  # مدرستان: مدرسة
    for j in range(i - 3, max(-1, i - 2 - _SUBSET_REACH), -1):
        tok = tokens[j]
        if tok.norm in _GROUP_STOPS:
            return False
        if tok.kind != "num" and lookup_word(tok.norm) is None:
            continue
        counted = tokens[j + 1]
        if counted.kind != "ar":
            continue
        noun = counted.norm[2:] if counted.norm.startswith("ال") else counted.norm
        return any(len(st) >= 3 and (noun[:1] == st[:1] or noun[:2] == "ا" + st[:1]) and _in_order(st, noun)
                   for st in stems)
    return False


# Measures, currencies and units with a fixed extension: never the head of a prepositional phrase.
_KNOWN_UNITS = _MEASURES | _CURRENCIES | frozenset(_UNIT_EXTENSIONS) | _norms(*_DUAL_UNITS.values())
_RANGE_WORDS = _norms("إلى", "الى", "حتى", "لـ")
_HATTA, _LAM = normalize_word("حتى"), normalize_word("لـ")
_CARRY_VERBS = _norms("يبلغ", "تبلغ", "بلغ", "بلغت", "يصل", "تصل")
_CARRY_NOUNS = ("مجموع", "عدد", "قوام", "اجمالي", "تعداد", "حجم")
_YEAR_RANGE = (1000, 2100)
_MARKS_RE = re.compile("[\u064B-\u065F\u0670\u0640]")
_CONJ_FUTURE = re.compile(r"^[وف]?س?")  # و/ف and the future س before a verb
_CONJ = re.compile(r"^[وف]")
_WORD_RUN = re.compile(r"\w+")


def find_quantities(body: str, *, decimal_mark: str | None = None) -> list[QuantityMention]:
    """Return counted or measured quantities in body (not years, dates, ordinals or article numbers).

    decimal_mark is the page's ("," or ".", numbers.page_decimal_mark); by default it is read from body.
    """
    if not body:
        return []
    if decimal_mark is None:
        decimal_mark = page_decimal_mark(body)
    tokens = LazyTokens(body)  # a Token is built only when a rule below looks at it
    found: list[QuantityMention] = []
    n = len(tokens)
    # Only a few tokens can start a quantity; every other one the loop below would just step
    # over, so it jumps from one candidate to the next instead of visiting each token.
    candidates = _candidate_indices(tokens)
    names = _numbered_names(tokens, candidates)
    i = 0
    last_taken = -1
    while i < n:
        next_candidate = bisect_left(candidates, i)
        if next_candidate == len(candidates):
            break
        i = candidates[next_candidate]
        tok = tokens[i]
        if tok.kind == "ar" and tok.norm in _VAGUE_START:
            i = _skip_vague(tokens, i)
            continue
        if tok.kind == "ar" and tok.norm in _SPELT_AS_SHARES and shadda_not_number(tok.text):
            i += 1  # "ربّع" (he squared), "نصّف" (he halved): a verb spelt as a fraction, read_number's rule
            continue
        share = _share_at(tokens, i) if tok.kind == "ar" and tok.norm in _SHARE_FIRST else None
        if share is None and tok.kind == "ar" and tok.norm in _SHARE_FIRST:
            share = _share_of_what(tokens, i, last_taken)
        if share is None and tok.kind == "ar" and tok.norm in _DEFINITE_FRACTIONS:
            share = _definite_fraction_at(tokens, i, last_taken)
        if share is None and tok.kind == "ar" and tok.norm in _PRONOUN_SHARES and not (
                i + 1 < n and tokens[i + 1].norm in _HALF_OF_A_MATCH):
            share = _PRONOUN_SHARES[tok.norm], i + 1
        if share is not None:
            value, end_tok = share
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            end = tokens[end_tok - 1].end
            found.append(QuantityMention(start, end, body[start:end], value, qual, None))
            last_taken = end_tok - 1
            i = end_tok
            continue
        if tok.kind == "ar" and tok.norm in _DUAL_UNITS and i > 0 and tokens[i - 1].norm in _ELATIVES:
            i += 1  # "أعلى درجتين سجلتهما": the two highest, a superlative, not two of a unit
            continue
        if tok.kind == "ar" and tok.norm in _UNIT_SINGULARS and i + 1 < n and tokens[i + 1].kind == "ar" \
                and _unit_fraction(tokens[i + 1].norm) is not None:
            # "متر ونصف"، "طن وربع": one of a unit and a fraction, as "ساعة ونصف" is for a duration
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            end = tokens[i + 1].end
            value = 1.0 + _unit_fraction(tokens[i + 1].norm)
            found.append(QuantityMention(start, end, body[start:end], value, qual, tok.norm))
            last_taken = i + 1
            i += 2
            continue
        change = _subunit_after(tokens, _UNIT_OF_ONE[tok.norm], i + 1) \
            if tok.kind == "ar" and tok.norm in _UNIT_OF_ONE and i + 1 < n and tokens[i + 1].norm == "و" \
            and not (i > 0 and tokens[i - 1].kind == "num") else None
        if change is not None:
            # "جنيه و50 قرشاً"، "بدينار و250 فلساً": one of the currency and its small change, one price
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            end = tokens[change[1] - 1].end
            found.append(QuantityMention(start, end, body[start:end], 1.0 + change[0], qual, _UNIT_OF_ONE[tok.norm]))
            last_taken = change[1] - 1
            i = change[1]
            continue
        if tok.text in _COLONS:
            if _one_counted_after_colon(tokens, i + 1):
                # "حزب الخضر: مقعد واحد (1,2%)": a list line's count told in words, one of the noun before واحد
                noun = tokens[i + 1]
                end = tokens[i + 2].end
                found.append(QuantityMention(noun.start, end, body[noun.start:end], 1.0, "exact", noun.text))
                last_taken = i + 2
                i += 3
            else:
                i += 1
            continue
        if tok.kind == "ar" and _one_unit(tokens, i):
            # "يقارب متراً واحداً"، "بدينار واحد": one of a measure or a currency, the number after its noun
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            found.append(QuantityMention(start, tokens[i + 1].end, body[start:tokens[i + 1].end], 1.0, qual,
                                         _UNIT_OF_ONE[tok.norm]))
            last_taken = i + 1
            i += 2
            continue
        if tok.kind == "ar" and (dual_unit := _dual_unit(tok.norm)) is not None:
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            if q_start is None and tok.norm not in _DUAL_UNITS:
                start = _past_conjunction(body, tok, _MARKS_RE.sub("", tok.text))  # "وكيلوغرامين من السكر"
            below_zero = _below_zero_after(tokens, i + 1)  # درجتين تحت الصفر
            end_tok = below_zero or i + 1
            value = -2.0 if below_zero else 2.0
            fraction = None if below_zero else _fraction_after_unit(tokens, end_tok, dual_unit)
            if fraction is not None:
                value, end_tok = value + fraction[0], fraction[1]  # "مترين ونصف"
            change = None if below_zero else _subunit_after(tokens, dual_unit, end_tok)
            if change is not None:
                value, end_tok = value + change[0], change[1]  # "دينارين و40 قرشاً"
            qual, end_tok = _bound_after(tokens, end_tok, qual)  # "لترين على الأقل"
            end = tokens[end_tok - 1].end
            found.append(QuantityMention(start, end, body[start:end], value, qual, dual_unit))
            last_taken = end_tok - 1
            i = end_tok
            continue
        if tok.kind == "ar" and _dual_count(tok.norm) and not _dual_not_counted(tokens, i):
            # "مقتل شخصين"، "شخصين اثنين": two of what the noun counts (اثنين only stresses it)
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            written = _MARKS_RE.sub("", tok.text)
            clitics = 0 if tok.norm in _DUAL_COUNTS else len(written) - len(_DUAL_CLITICS.sub("", written))
            if q_start is None and clitics:
                start = _past_conjunction(body, tok, written)  # "وسيارتين"
            end_tok = i + 2 if i + 1 < n and tokens[i + 1].norm in _TWO_WORDS else i + 1
            end = tokens[end_tok - 1].end
            # the unit is the noun as written, as for "عاملان اثنان" (_dual_noun_before), without و/ب/ل
            found.append(QuantityMention(start, end, body[start:end], 2.0, qual, written[clitics:]))
            last_taken = end_tok - 1
            i = end_tok
            continue
        if tok.kind == "ar" and _subset_dual_word(tok.norm) and _dual_of_counted_group(tokens, i):
            # "6 مطاعم، منها مطعمان في وسط المدينة": two of the group just counted
            end = tok.end
            found.append(QuantityMention(tok.start, end, body[tok.start:end], 2.0, "exact",
                                         _MARKS_RE.sub("", tok.text)))
            last_taken = i
            i += 1
            continue
        if tok.kind == "ar" and tok.norm in DUAL_DURATION_WORDS:
            # بالسجن سنتين، لمدة عامين: two, as a term; "أكثر من عامين": a measured duration
            term = _stated_term(tokens, i, i, last_taken) or _measured_duration(tokens, i, i, last_taken)
            if term is not None:
                qual, q_start = _qualifier_before(tokens, i, last_taken)
                start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
                end_tok = term[1]
                qual, end_tok = _bound_after(tokens, end_tok, qual)  # "ساعتين على الأقل"
                end = tokens[end_tok - 1].end
                found.append(QuantityMention(start, end, body[start:end], 2.0, qual, term[0]))
                last_taken = end_tok - 1
                i = end_tok
                continue
            i += 1
            continue
        if tok.kind == "ar" and tok.norm in _AT_LEAST_TAIL and _dual_after_at_least(tokens, i):
            # "يحتاج الفدان على الأقل جوالين سماد": a dual bounded by على الأقل before it counts two
            start, end = _trim_conj(tokens[i - 1]), tokens[i + 1].end
            found.append(QuantityMention(start, end, body[start:end], 2.0, "at_least",
                                         _MARKS_RE.sub("", tokens[i + 1].text)))
            last_taken = i + 1
            i += 2
            continue
        bounded = _bounded_fem_dual(tokens, i) if tok.kind == "ar" and tok.norm.endswith(("تي", "تين", "تان")) \
            else None
        if bounded is not None:
            # "عمليتي اندماج على الأقل": two, bounded; the unit is the noun as written
            qual, end_tok = bounded
            written = _MARKS_RE.sub("", tok.text)
            clitics = _fem_dual_clitics(written)  # the و of وحدتي is its own
            start = _past_conjunction(body, tok, written) if clitics else tok.start  # "وعمليتي"
            end = tokens[end_tok - 1].end
            found.append(QuantityMention(start, end, body[start:end], 2.0, qual, written[clitics:]))
            last_taken = end_tok - 1
            i = end_tok
            continue
        counted_end = _counted_fem_dual(tokens, i) if tok.kind == "ar" and tok.norm.endswith(_FEM_DUAL_OR_CONSTRUCT_ENDINGS) \
            else None
        if counted_end is not None:
            # "سوى مصبنتين"، "رحلتين أسبوعياً": two, the noun as written the unit
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            written = _MARKS_RE.sub("", tok.text)
            clitics = _fem_dual_clitics(written)
            start = _trim_conj(tokens[q_start]) if q_start is not None \
                else _past_conjunction(body, tok, written) if clitics else tok.start
            end = tokens[counted_end - 1].end
            found.append(QuantityMention(start, end, body[start:end], 2.0, qual, written[clitics:]))
            last_taken = counted_end - 1
            i = counted_end
            continue
        if _fem_dual_pair(tokens, i):
            # "حالتين حرجتين": two, the noun with its adjective as the unit
            qual, q_start = _qualifier_before(tokens, i, last_taken)
            start = _trim_conj(tokens[q_start]) if q_start is not None else tok.start
            qual, end_tok = _bound_after(tokens, i + 2, qual)  # "حالتين حرجتين على الأقل"
            end = tokens[end_tok - 1].end
            found.append(QuantityMention(start, end, body[start:end], 2.0, qual, _MARKS_RE.sub("", tok.text)))
            last_taken = end_tok - 1
            i = end_tok
            continue
        if tok.kind not in ("num", "ar") or (tok.kind == "ar" and lookup_word(tok.norm) is None):
            i += 1
            continue
        read = read_number(tokens, i)
        if read is None and _definite_scale_threshold(tokens, i):
            read = read_number(tokens, i, allow_definite=True)  # "تخطى عدد الزوار حاجز المليون زائر"
        if read is None and _definite_count_after_plural(tokens, i):
            read = _count_told_by_relative_clause(tokens, read_number(tokens, i, allow_definite=True))
        if read is None:
            i += 1
            continue
        result = _quantity_at(body, tokens, read, last_taken, names)
        if result is None:
            i = max(read.last, i + 1)
            continue
        mentions, next_i = result
        found.extend(mentions)
        last_taken = next_i - 1
        i = max(next_i, i + 1)
    _carry_qualifiers(body, tokens, found)
    _share_coordinated_units(body, found)
    _restated_in_brackets(body, found)
    return [_dot_thousands(m, comma_page=decimal_mark == ",") for m in found]


# "غرامات قد تصل إلى 50 مليون أوقية قديمة (5 ملايين أوقية جديدة)"، "أكثر من 500 ألف ريال (133 ألف دولار)": an amount
# of money or a measure alone in brackets right after another restates it in another unit, with its bound.
_OPENS_BRACKET = re.compile(r"(?:\s+[^\W\d]+){0,2}\s*\($")
_CLOSES_BRACKET = re.compile(r"(?:\s+[^\W\d]+){0,2}\s*\)")


def _restated_in_brackets(body: str, found: list[QuantityMention]) -> None:
    """Give an exact amount in brackets the qualifier of the amount it restates, just before the brackets."""
    for idx in range(1, len(found)):
        prev, cur = found[idx - 1], found[idx]
        if cur.qualifier != "exact" or prev.qualifier == "exact" or not (_is_money_or_measure(prev.unit)
                                                                         and _is_money_or_measure(cur.unit)):
            continue
        if _OPENS_BRACKET.fullmatch(body, prev.end, cur.start) and _CLOSES_BRACKET.match(body, cur.end):
            found[idx] = replace(cur, qualifier=prev.qualifier)


def _is_money_or_measure(unit: str | None) -> bool:
    """Say whether a quantity's unit is a currency or a measure (not a counted noun)."""
    norm = normalize_word(unit.split()[0]) if unit else ""
    return norm in _CURRENCIES or norm in _MEASURES or norm in _UNIT_SINGULARS or bool(_MEASURE_LIKE.search(norm))


# The singular of a measure or a currency, bare, accusative or after ب (بدينار), and "one" after it.
_UNIT_OF_ONE = {normalize_word(clitic + unit + case): unit for unit in _UNIT_SINGULARS
                for clitic in ("", "ب") for case in ("", "ا")}
_ONE_AFTER = _norms("واحد", "واحدا", "واحداً", "واحدة")
_THE_ONE_AFTER = _norms("الواحد", "الواحدة")


def _one_unit(tokens: Sequence[Token], i: int) -> bool:
    """Say whether tokens[i] is a measure or a currency told as one by the word after it: متراً واحداً.

    "ولم نستلم ديناراً واحداً": after a negated verb that is no bound (لا يتجاوز ديناراً واحداً is up to one), "not a
    single dinar" stresses a negation; it tells no amount.
    """
    if not (tokens[i].norm in _UNIT_OF_ONE and i + 1 < len(tokens) and tokens[i + 1].norm in _ONE_AFTER):
        return False
    if _base_of_a_rate(tokens, i + 2):
        return False
    return not (i >= 2 and _is_negation(tokens[i - 2].norm) and tokens[i - 1].kind == "ar"
                and _verb_form(tokens[i - 1].norm) is None)


_COLONS = (":", "：")


def _one_counted_after_colon(tokens: Sequence[Token], i: int) -> bool:
    """Say whether tokens[i] is a counted noun told as one right after a "label:" colon, the figure of a list line.

    "حزب الخضر: مقعد واحد (1,2%)"، "الحصيلة: قتيل واحد": the whole figure after the colon, so one of the noun. Inside
    a sentence "في موسم واحد" or "بصوت واحد" says "a single", no count, and stays out.
    """
    if not (0 < i and i + 1 < len(tokens) and tokens[i - 1].text in _COLONS and tokens[i + 1].norm in _ONE_AFTER):
        return False
    noun = tokens[i]
    if noun.norm in _STOP or lookup_word(noun.norm) is not None or _verb_form(noun.norm) is not None:
        return False
    return i + 2 == len(tokens) or tokens[i + 2].text in ("(", ".", "،", ",", "-", "–")


# Verbs that say what one unit takes: "إنتاج لتر واحد من الزيت يحتاج 5 كيلوغرامات"، "يكلف طن واحد 300 دينار".
_NEEDING_VERBS = _norms("يتطلب", "تتطلب", "يحتاج", "تحتاج", "يستلزم", "تستلزم", "يستهلك", "تستهلك", "يستغرق",
                        "تستغرق", "يكلف", "تكلف", "يتطلّب", "يستدعي", "تستدعي")
_RATE_BASE_REACH = 4  # words from "واحد" to the verb: "من الزعفران"، "من القمح الصلب"


def _base_of_a_rate(tokens: Sequence[Token], k: int) -> bool:
    """Say whether a verb of needing or costing follows "<unit> واحد" ending before tokens[k] in its clause.

    "قطف كيلوغرام واحد من الزعفران يتطلب 150 ألف زهرة": the one kilogram is what the figure after the verb is
    counted per, the base of a rate and no figure of its own ("اشترى كيلوغراماً واحداً" stays one).
    """
    for j in range(k, min(len(tokens), k + _RATE_BASE_REACH + 1)):
        tok = tokens[j]
        if tok.kind != "ar":
            return False  # a comma, a number or a sign ends the clause
        if tok.norm in _NEEDING_VERBS or _CONJ_FUTURE.sub("", tok.norm) in _NEEDING_VERBS:
            return True
    return False


def _share_coordinated_units(body: str, found: list[QuantityMention]) -> None:
    """Give a bare number the unit of the number joined to it by و: "بقوة 7.8 و7.5 درجة" (both degrees)."""
    for idx in range(len(found) - 1, 0, -1):  # right to left: "3 و4 و5 أطنان" passes the unit down the chain
        prev, cur = found[idx - 1], found[idx]
        if prev.unit is None and cur.unit is not None and body[prev.end:cur.start].strip() == "و":
            found[idx - 1] = replace(prev, unit=cur.unit)


# "1.234 قتيلاً": a dot followed by exactly three digits groups thousands when what is counted comes in
# whole units (people, buildings); measures and money keep the decimal (1.250 دولار، 2.125 طن) unless the page
# writes its decimals with a comma (6,8 بالمائة): there "27.432 مليار دينار" is 27 432 billion.
_DOT_THOUSANDS = re.compile(r"(?<![\d.,٫])([1-9]\d{0,2})\.(\d{3})(?![\d.,٫])")
_SCALES_OF_A_FIGURE = (1.0, 1e3, 1e6, 1e9, 1e12)  # none, ألف، مليون، مليار، ترليون


_MEASURE_LIKE = re.compile(r"^(?:كيلو|ميلي|سنتي|ميكرو)|متر|غرام|جرام|لتر|اونص|أونص|ميجا|جيجا|واط")


def _dot_thousands(mention: QuantityMention, *, comma_page: bool = False) -> QuantityMention:
    """Read "221.854 حاجا" as 221854, and on a page that writes 6,8 any "27.432 (مليار) دينار" too."""
    if comma_page:
        return _dot_thousands_on_comma_page(mention)
    unit = normalize_word(mention.unit or "")
    if (not unit or unit in _MEASURES or unit in _CURRENCIES or _MEASURE_LIKE.search(mention.unit or "")
            or mention.value >= 1000):
        return mention
    match = _DOT_THOUSANDS.search(mention.expression)
    if match is None or abs(float(f"{match[1]}.{match[2]}") - mention.value) > 1e-9:
        return mention
    return replace(mention, value=float(f"{match[1]}{match[2]}"))


def _dot_thousands_on_comma_page(mention: QuantityMention) -> QuantityMention:
    """Read the figure's dot as a thousands mark, with the scale word after it: 25.184 مليون -> 25 184 million."""
    match = _DOT_THOUSANDS.search(mention.expression)
    if match is None:
        return mention
    written = float(f"{match[1]}.{match[2]}")
    for scale in _SCALES_OF_A_FIGURE:
        if abs(written * scale - mention.value) <= 1e-9 * max(1.0, mention.value):
            return replace(mention, value=float(f"{match[1]}{match[2]}") * scale)
    return mention  # the figure is one part of a longer number phrase: left as read


def _candidate_indices(tokens: LazyTokens) -> list[int]:
    """Return the indices of the tokens find_quantities must look at: numbers and number-like words."""
    texts = tokens.texts
    flags = list(map(_CANDIDATE_RAW.get, texts))
    if None in flags:
        # Unseen texts: each distinct one is decided once, from its text (no Token is built).
        decided = {raw: _is_candidate(raw) for raw in {texts[i] for i in compress(count(), map(_is_none, flags))}}
        flags = list(map(decided.get, texts, flags))  # the decision, or the known flag
    return list(compress(count(), flags))


def _is_none(value: object) -> bool:
    return value is None


# raw token text -> whether it can start a quantity. A token's kind and norm follow from its text,
# so the answer does too; news vocabulary repeats, so this is mostly one dict hit per token.
_CANDIDATE_RAW: dict[str, bool] = {}
_CANDIDATE_RAW_MAX = 50_000  # bounds memory, as numbers._KIND_NORM_MAX


def _is_candidate(raw: str) -> bool:
    """Say whether a token with this text can start a quantity, and remember it."""
    kind, norm = kind_and_norm(raw)
    candidate = kind == "num" or raw in _COLONS or (kind == "ar" and (
        norm in _VAGUE_START or _dual_unit(norm) is not None or norm in _UNIT_SINGULARS or norm in DUAL_DURATION_WORDS
        or norm in _SHARE_FIRST or norm in _DEFINITE_FRACTIONS or norm in _PRONOUN_SHARES or norm in _UNIT_OF_ONE
        or _dual_count(norm) or _fem_dual_word(_DUAL_CLITICS.sub("", norm)) or norm in _AT_LEAST_TAIL
        or _subset_dual_word(norm)  # "6 مطاعم، منها مطعمان"
        or (norm.endswith("تي") and _fem_dual_word(_DUAL_CLITICS.sub("", norm) + "ن"))  # عمليتي اندماج على الأقل
        or lookup_word(norm) is not None))
    if len(_CANDIDATE_RAW) >= _CANDIDATE_RAW_MAX:
        _CANDIDATE_RAW.clear()
    _CANDIDATE_RAW[raw] = candidate
    return candidate


_VAGUE_START = _norms("عشرات", "مئات", "آلاف", "ألوف", "الآلاف", "ملايين", "مليارات", "بضع", "بضعة", "عدة",
                      "لعشرات", "لمئات", "لآلاف", "بعشرات", "بمئات", "بآلاف", "وعشرات", "ومئات", "وآلاف",
                      "الملايين", "المليارات", "بملايين", "وملايين", "بمليارات")


def _skip_vague(tokens: Sequence[Token], i: int) -> int:
    """Skip a vague count ("عشرات الآلاف", "بضعة آلاف") and the scale words tied to it."""
    i += 1
    while i < len(tokens) and tokens[i].kind == "ar" and (
            tokens[i].norm in _VAGUE_START or _word_kind(tokens[i].norm) in ("S", "SP", "SA", "H")):
        i += 1
    return i


def _word_kind(norm: str) -> str:
    """Return the number-word kind of a normalised token (U, T, S, F …), or "" when it is no number word."""
    hit = lookup_word(norm)
    return hit.kind if hit else ""


def _quantity_at(body: str, tokens: Sequence[Token], read: NumberRead, last_taken: int,
                 names: frozenset[tuple[str, str]] = frozenset()) -> tuple[list[QuantityMention], int] | None:
    """Return the mentions a number read starts (one, or two for a range) and the next index.

    names holds the (word, digits) pairs the page uses as names (_numbered_names).
    """
    n = len(tokens)
    first = read.first
    tok = tokens[first]
    prev = tokens[first - 1] if first > 0 else None
    if _glued_or_coded(tokens, read):
        return None
    label = _label_before(tokens, first)
    cue = _reference_cue(label.norm) if label is not None and label.kind == "ar" else None
    if cue in _YEAR_CUES and (read.scaled or read.value % 1 != 0 or _counted_after_this_year(tokens, read, label)):
        # "خلال العام 16.8 مليار درهم": no year is a decimal or a scaled amount; "منذ مطلع العام 7 أقمار": nor a
        # small number with its counted noun
        cue = None
    if cue in _PERIOD_CUES and _counted_after_this_period(tokens, read):
        cue = None  # "أغلقنا منذ مطلع الأسبوع 87 معملاً": this week, then the count
    if cue in _ARTICLE_CUES and label is tokens[first - 1] and _the_n_of_a_plural(tokens, first - 1):
        cue = None  # "المقاعد الـ18"، "مقاعد كركوك الـ16": the N of them, a count, not an ordinal
    if cue in _DOCUMENT_PLURALS and label is tokens[first - 1] and first >= 2 and _counted_by(tokens[first - 2]):
        cue = None  # "وبلغ عدد القرارات 12": the documents counted
    labelled = cue is not None
    if label is not None and label.norm == _MAGHREB_NUMBER:
        labelled = True  # "القانون الأساسي عدد 15": the Maghreb عدد numbers a law like رقم
    if not labelled and _genitive_cue(tokens, first):
        labelled = True  # قرار مجلس الأمن 2254، رقم الطوارئ هو 112
    if not labelled and _cue_with_adjective(tokens, first):
        labelled = True  # الخط الساخن 16528، الرقم المجاني 800: a label all the same, unless a noun follows
    if not labelled and _phone_line_before(tokens, first):
        labelled = True  # "مركز الاتصال الموحد 112"، "خط الطوارئ 911": a phone line's number
    strong = cue in _STRONG_CUES or (cue in _ACTS and label.norm != cue)  # بالقرار 2334: an act after a clitic
    if labelled and strong or (label is not None and label.norm in _MONTHS
                               and not _figure_after_month(tokens, read)):
        return None  # عام 2022، الساعة 10، المادة 51، يونيو 2024
    if label is not None and label.kind == "lat" and label.norm.lower() in _LATIN_MONTHS:
        return None  # "October 2024" in a dateline
    if label is not None and label.norm in _ROAD_MARKERS and first >= 2 \
            and tokens[first - 2].norm in _PLACE_PREPOSITIONS:
        return None  # عند الكيلو 215، في الكيلومتر 40: a place on a road
    if label is not None and label.norm in _ROAD_MARKERS and label.norm.startswith("ال") \
            and read.last < n and tokens[read.last].norm in _PLACE_DIRECTIONS:
        return None  # "بتفتيش الكيلو 57 جنوبي ود مدني": a place named by its milestone, placed by a direction
    if prev is not None and (prev.norm in _RATIO_BASE or _one_in_every(tokens, first)):
        return None  # ألف حاج لكل مليون مسلم، "واحد من كل عشرة مرضى": the base of the ratio
    if _family_size(tokens, first):
        return None  # "وهي أم لأربعة أطفال": a person's family, not a reported figure
    if read.digits_plain and read.last < n and tokens[read.last].norm in _LABEL_AFTER:
        return None  # الفصل 376 مكرر
    if _in_quoted_name(tokens, read) or _word_as_name(tokens, read) or _in_quoted_title(tokens, read):
        return None  # محطة "الجبيل 4"، شركة "ألفا"، رواية "1984"، قناة «فرانس 24»
    if _is_denominator(tokens, first):
        return None  # 19,81 من 20، 48 من أصل 50: the scale of a grade, not an amount
    if _is_list_marker(body, tokens, first, read.last):
        return None
    if first >= 2 and prev is not None and prev.kind in ("ar", "lat") and tokens[first - 2].norm in _MODEL_CUES:
        return None  # طراز بوينغ 737
    if prev is not None and prev.kind == "ar" and _MARKS_RE.sub("", prev.text) in _CLASS_WORDS:
        return None  # "حاوية من فئة عشرين قدما"، "ورقة نقدية من فئة 200 جنيه": the class's name, not an amount
    if _compound_ordinal(tokens, first):
        return None  # "الدورة الثالثة عشرة": the 13th, an ordinal
    folded = _fold_chain(tokens, read)
    if folded is None:
        return None
    read, chain, after = folded
    last = read.last
    if after < n and (_is_month(tokens, after) or (tokens[after].kind == "ar" and tokens[after].norm in _TIME_OF_DAY)):
        return None  # 18-19 يونيو، 10 صباحاً، 1445 هـ
    second = _range_partner(tokens, read, chain)
    if second is False:
        return None
    if second is not None and labelled and _bare_to(tokens, read):
        second = None  # "غرام الذهب عيار 21 إلى 325 ألف جنيه": a grade, then where the price went; no range
    end_read = second or read
    # --- unit ---
    unit, unit_end = _unit_after(tokens, end_read.last)
    if second is None and read.words and _definite_count_after_plural(tokens, first):
        # "المقاعد الثمانية التي …": the plural the number word describes is what it counts (as "المقاعد الـ18"),
        # never a word after it; the span starts at the number, so a verb before the noun ("يتجاوز المقاعد
        # الثمانية") qualifies no figure of it
        unit, unit_end = _PLURAL_ARTICLE_TEXT.sub("", _MARKS_RE.sub("", prev.text)), end_read.last
    if unit == "" and second is None and _multiplier(tokens, read, end_read.last):
        unit, unit_end = _clean_unit(tokens[end_read.last].text), end_read.last + 1  # تغطية بنحو 4.6 مرة
    if unit == "":
        term = _stated_term(tokens, first, end_read.last, last_taken) or _measured_duration(
            tokens, first, end_read.last, last_taken) or _days_as_measure(
            tokens, first, end_read.last, last_taken) or _qualified_occasions(tokens, first, end_read.last, last_taken)
        if term is None:
            return None  # a duration, an age or a date: not a quantity
        unit, unit_end = term  # بالسجن 10 سنوات، مهلة 60 يوما: a penalty or a stated term is one
    if second is None and unit and _verb_after_price(tokens, read, prev, end_read.last):
        unit, unit_end = None, end_read.last  # "لو بعتها بمئتين لخسرت": a price with its currency left out
    if second is None and read.digits_plain and prev is not None and (prev.norm, tok.norm) in names \
            and not _counts_a_measure(unit):
        return None  # "الطريق الوطنية 19 حادثا" after "الطريق الوطنية رقم 19": the page's name for the road
    if labelled and second is None and read.digits_plain and unit and not _counts_a_measure(unit) \
            and _verb_after(tokens, end_read.last):
        return None  # "رقم الطوارئ 112 تلقى …": the label's number, then the verb of its sentence
    if second is None and _race_by_distance(prev, unit):
        return None  # "لقب سباق 10 كيلومترات": a race named by its distance, as a fuel by its grade
    if second is None and _octane_grade(tokens, read, prev, unit):
        return None  # بنزين 95 أوكتان، البنزين 92: a fuel grade
    if second is None and _voltage_class(tokens, first, end_read.last):
        return None  # خطوط الضغط الفائق 400 ك.ف: the class of a line, like a fuel grade
    if second is not None and _year_span(read, second, unit):
        return None  # "المخطط التنموي 2023-2025 خفضها": a span of years, then the next phrase
    whole = _proportion_whole(tokens, read) if second is None else None
    if whole is not None:
        # "تسعة من كل عشرة لاجئين": one share, 0.9, spanning the whole phrase
        unit, unit_end = None, max(whole.last, _unit_after(tokens, whole.last)[1])
    if _VERSION_RE.fullmatch(tok.norm) and not read.scaled and normalize_word(unit or "") not in _KNOWN_UNITS \
            and unit != "%":
        return None  # لوك بت 3.0: a version
    first_tok = first
    if second is None and unit is None and prev is not None and prev.kind == "sym":
        if prev.norm in _SYMBOL_UNITS and prev.norm not in "%٪":
            unit, first_tok = _SYMBOL_UNITS[prev.norm], first - 1  # $10
        elif prev.norm in "%٪" and prev.spaced and not tok.spaced:
            unit, first_tok = "%", first - 1  # "%50" written in visual order
    if second is None and whole is None and first_tok == first and tok.norm in _TWO_WORDS:
        dual = _dual_noun_before(tokens, first, last_taken)
        if dual is not None:  # عاملان اثنان: two workers (a word after اثنان is no unit then)
            unit, unit_end, first_tok = dual, last, first - 1
    value = read.value / whole.value if whole is not None and whole.value else read.value
    small_change = _subunit_after(tokens, unit, unit_end) if second is None else None
    if small_change is not None:
        value, unit_end = value + small_change[0], small_change[1]  # 20 دولار و43 سنت، 3 دنانير و250 فلساً
    fraction = _fraction_after_unit(tokens, unit_end, unit) if second is None and unit and value == int(value) else None
    if fraction is not None:
        value, unit_end = value + fraction[0], fraction[1]  # "ثمانية أشهر ونصف"، "3 كيلومترات وربع"
    # --- words too weak to stand alone, labels, years, bare numbers ---
    if read.words and last == first + 1 and _word_kind(tok.norm) in ("U", "Z") and read.value <= 1 and unit != "%":
        return None  # "واحد من الأسواق" is pronoun-like; "صفر" is a score unless it is a rate
    if read.words and not read.scaled and (_word_kind(tok.norm) == "F" or 0 < read.value < 1) \
            and normalize_word(unit or "") not in _MEASURES:
        # "نصف ساعة"، "ثلث ما تنتجه"، "ثلاثة أرباع الوقت": no amount (a share, "ثلث السكان", is read by _share_at)
        return None
    via_min = end_read.last < n and tokens[end_read.last].norm == "من"
    if labelled and (unit is None or via_min):
        return None  # المرتبة 3، الحزمة 12 من العقوبات: a label, unless a counted noun follows
    if labelled and second is None and _YEAR_RANGE[0] <= read.value <= _YEAR_RANGE[1] and read.digits_plain \
            and unit != "%" and normalize_word(unit.split()[0]) not in _KNOWN_UNITS:
        return None  # "يستهدف قانون المالية 2025 خفضه": a law named by its year, then the next phrase
    if second is None and unit is None and whole is None and read.words \
            and (counted := _count_a_rise_reaches(tokens, read, last_taken)) is not None:
        unit = counted  # "ليرتفع عدد اللاعبين الذين غادروا الفريق إلى أربعة.": four players
    if second is None and unit is None and whole is None and _weak_bare_number(tokens, read, prev, last_taken):
        return None
    if second is None and unit is None and _told_outlet(tokens, first):
        return None  # "في تصريح خاص لـ218": the outlet a statement was given to, named by a number
    if second is None and unit and _year_before_phrase(tokens, read, prev, unit, last_taken):
        return None  # "تأسست الشركة في 1998 بمدينة جدة"، "سجلت في 2023 مستويات قياسية": a year, then a phrase
    if second is None and _event_year(tokens, read, unit):
        return None  # كأس آسيا 2023 بقطر
    if second is None and _calendar_year(tokens, read):
        return None  # "موازنة السنة المالية 2026 ومشروع …": the fiscal year, not an amount
    if second is None and _name_part(tokens, read, prev, unit, last_taken):
        return None  # كوب 28، أرتميس 3، آيفون 15، إكسبو 2020 دبي
    if second is not None and unit is None and chain == 2:
        return None  # 3-1 score, 18-19 without a month
    if value != value or value in (float("inf"), float("-inf")):
        return None
    # "بين -3 و5 درجات"، "بين ناقص 3 وزائد 5 درجات": the low end of a range keeps its own sign (not "دون الصفر بثلاث
    # إلى أربع درجات", below zero by a range)
    signed_low = False
    if tok.kind == "num" and prev is not None and prev.kind == "sym" and prev.norm in ("-", "\u2212") \
            and not tok.spaced and (first < 2 or tokens[first - 2].kind != "num") and first_tok == first:
        value, first_tok, signed_low = -value, first - 1, True  # -5 درجات
    elif first_tok == first and prev is not None and prev.norm in _MINUS_WORDS and _is_degree_or_rate(unit) \
            and not _plus_or_minus(tokens, first - 1):
        value, first_tok, signed_low = -value, first - 1, True  # سالب 4 درجات، ناقص 3 درجات، نمو سالب 1.5%
    elif first_tok == first and _zero_before(tokens, first) is not None:
        value, first_tok = -value, _zero_before(tokens, first)  # ما دون الصفر بثلاث درجات
    below_zero = _below_zero_after(tokens, unit_end)
    if below_zero is not None and value > 0:
        value, unit_end = -value, below_zero  # 5 درجات تحت الصفر
    # --- qualifiers and spans ---
    if first_tok == first and prev is not None and prev.kind == "ar" and prev.norm == "ال" and first - 1 > last_taken:
        first_tok = first - 1  # "تتجاوز الـ50%": the article belongs to the quantity
    qual, q_start = _qualifier_before(tokens, first_tok, last_taken)
    q_after, q_end = _qualifier_after(tokens, unit_end)
    if qual == "exact" and q_after:
        qual = q_after
    if qual == "exact" and second is None and _estimated_amount(tokens, first_tok, last_taken):
        qual = "approx"  # "بتكلفة تقديرية تبلغ 21 مليار ريال": an estimate, as "بكلفة مقدرة بـ"
    if qual in ("less_than", "more_than") and second is None and _recorded_after(tokens, unit_end):
        # "وهي أقل من نسبة 82% المسجلة قبل عامين": the figure recorded then, which today's is compared with
        qual, q_start = "exact", None
    start_tok = q_start if q_start is not None else first_tok
    end_tok = max(q_end, unit_end) if q_after else unit_end
    if second is None:
        start, end = _trim_conj(tokens[start_tok]), tokens[end_tok - 1].end
        return [QuantityMention(start, end, body[start:end], float(value), qual, unit)], end_tok
    # a range gives two mentions: the low end (at least) and the high end (up to)
    low_end = last
    if low_end < n and tokens[low_end].kind == "sym" and tokens[low_end].norm in _SYMBOL_UNITS \
            and not tokens[low_end].spaced:
        low_end += 1  # 70%-80%: the low end keeps its own sign
    s1, e1 = _trim_conj(tokens[start_tok]), tokens[low_end - 1].end
    if second.value < 0 and not _is_degree_or_rate(unit):
        second = replace(second, value=-second.value)  # a minus word signs degrees and rates only, as at the low end
    s2, e2 = _high_end_start(tokens, second), tokens[end_tok - 1].end
    value = _low_end_value(tokens, read, second) * (-1 if signed_low else 1)
    # "خفضت سعر العبوة من 40 إلى 32 ديناراً": a range runs upwards, so a pair that falls is a change as well
    changed = _changed_from(tokens, first, last_taken) or second.value < value
    low_qual, high_qual = ("exact", "exact") if changed else ("at_least", "up_to")
    if qual == "at_least" and _starts_a_range(tokens, first_tok):
        # "تبدأ من 25 إلى 30 ريالاً": the range's own ends, not a floor for both; the span as a range's
        qual, s1 = "exact", _trim_conj(tokens[first_tok])
    return ([QuantityMention(s1, e1, body[s1:e1], float(value), qual if qual != "exact" else low_qual, unit),
             QuantityMention(s2, e2, body[s2:e2], float(second.value), qual if qual != "exact" else high_qual, unit)],
            end_tok)


# Words that name a phone line, right before its number or before a definite adjective and its number:
# "مركز الاتصال الموحد 112"، "خط الطوارئ 911"، "مركز النداء 197".
_PHONE_LINES = _norms("الاتصال", "النداء", "الطوارئ", "الإسعاف", "الاستغاثة")


def _phone_line_before(tokens: Sequence[Token], first: int) -> bool:
    """Say whether a phone line's name ends right before the number at first (past one definite adjective)."""
    k = first - 1
    if k >= 1 and tokens[k].kind == "ar" and tokens[k].norm not in _PHONE_LINES \
            and _MARKS_RE.sub("", tokens[k].text).startswith("ال"):
        k -= 1  # "الاتصال الموحد"
    return k >= 0 and tokens[k].kind == "ar" and _without_clitic(tokens[k].norm) in _PHONE_LINES


# A verb of the 3rd person: an imperfect ("يستقبل"، "تلقى"), a past with its suffix ("سجلت"، "تقدموا") or a
# derived past ("استقبل"، "اعتمد"، "انتقل"). Not an imperfect in ا: an accusative noun is often written without
# its tanween ("98 نائبا").
_THIRD_PERSON_VERB = re.compile(r"^[يت]\w{2,}[^ا]$|^\w{2,}(?:ت|وا)$|^است\w{3}$|^ا\wت\w{2}$")


def _verb_after(tokens: Sequence[Token], k: int) -> bool:
    """Say whether tokens[k] has a verb's shape and no noun's marks (tanween, ال, a plural's shape): "تلقى"."""
    if k >= len(tokens) or tokens[k].kind != "ar" or "\u064B" in tokens[k].text:
        return False
    norm = tokens[k].norm
    return _THIRD_PERSON_VERB.match(norm) is not None and not norm.startswith("ال") and not _plural_shape(norm) \
        and norm not in _KNOWN_UNITS


def _counts_a_measure(unit: str | None) -> bool:
    """Say whether a unit is a percentage, a currency or a measure (not just any noun after the number)."""
    return unit == "%" or (bool(unit) and normalize_word(unit.split()[0]) in _KNOWN_UNITS)


# Names a page gives by a number: "الطريق الوطنية رقم 19" (a word, رقم, the number) and "حزب الديمقراطيين 66"
# (حزب, its name's word, the number, with no counted noun after it). The same word and number are the name again
# later on the page: "تشهد فيها الطريق الوطنية 19 حادثا"، "غير أن الديمقراطيين 66 تقدموا".
_NUMBER_NOUNS = _norms("رقم", "برقم")
_PARTY_NOUNS = _norms("حزب")


def _numbered_names(tokens: Sequence[Token], candidates: list[int]) -> frozenset[tuple[str, str]]:
    """Return the (word, digits) pairs the page uses as names (see _NUMBER_NOUNS above)."""
    names = set()
    for i in candidates:
        tok = tokens[i]
        if tok.kind != "num" or not tok.norm.isdigit() or i < 2:
            continue
        before, word = tokens[i - 1], tokens[i - 2]
        if before.kind != "ar" or word.kind != "ar":
            continue
        if before.norm in _NUMBER_NOUNS:
            names.add((word.norm, tok.norm))
        elif _without_clitic(word.norm) in _PARTY_NOUNS and (
                i + 1 >= len(tokens) or tokens[i + 1].kind != "ar"
                or _MARKS_RE.sub("", tokens[i + 1].text).startswith("ال")):
            names.add((before.norm, tok.norm))  # "حزب الديمقراطيين 66 (D66)"، "حزب الحرية 50 الوسطي"
    return frozenset(names)


# A definite participle of recording right after a compared figure makes it a figure on record: "أكثر من
# 3.2% المسجلة العام الماضي"، "أقل من نسبة 82 في المائة المسجلة قبل عامين".
_RECORDED = _norms("المسجلة", "المسجل")


def _recorded_after(tokens: Sequence[Token], k: int) -> bool:
    """Say whether tokens[k], right after a figure and its unit, calls it recorded (المسجلة)."""
    return k < len(tokens) and tokens[k].kind == "ar" and tokens[k].norm in _RECORDED


_FROM = normalize_word("من")


def _bare_to(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Say whether إلى follows the number at read with no من or بين before it: "N إلى M", not "من N إلى M"."""
    return read.last < len(tokens) and tokens[read.last].norm in _TO_WORDS \
        and not _has_before(tokens, read.first, ("من", "بين", "مابين"))


def _starts_a_range(tokens: Sequence[Token], first: int) -> bool:
    """Say whether an at-least qualifier before a range ends on the من that opens it (تبدأ من، ابتداءً من)."""
    return first > 0 and tokens[first - 1].norm == _FROM


# "قفز سعر الكيس من 95 ألفاً إلى 120 ألف جنيه": after a verb (or noun) of change, "من X إلى Y" gives the value before
# and after, two exact figures, not a range. A range word or a rate between the verb and من ("لتتراوح من"، "ارتفعت
# بنسبة من 10 إلى 15%") keeps the range.
_CHANGE_WORD = re.compile(
    r"^[وف]?[لس]?(?:ارتفع|[يت]رتفع|قفز|[يت]قفز|انخفض|[يت]نخفض|تراجع|[يت]تراجع|زاد|[يت]زيد|ازداد|[يت]زداد|هبط|[يت]هبط|"
    r"صعد|[يت]صعد|تضاعف|[يت]تضاعف|تقلص|[يت]تقلص|رفع|[يت]رفع|خفض|[يت]خفض|قلص|[يت]قلص|انتقل|[يت]نتقل|تحول|[يت]تحول|"
    r"ارتفاع|انخفاض|زياده|تخفيض|هبوط|صعود|قفزه|تغير|[يت]تغير)(?:ت|وا|ا|تا|ن|ه|ها|هم)?$")
# words between the verb and من: its subject ("ارتفع عدد الزوار من 300 إلى 450"), or its subject and a construct
# object ("رفعت الوزارة الحد الأدنى لأجر عمال البناء من 300 إلى 450 ديناراً")
_CHANGE_REACH = 7
# a relative clause between the verb and من has its own verb, whose من is a range ("ارتفع عدد المدارس التي تضم من
# 300 إلى 500 تلميذ")
_CHANGE_CLAUSE_BREAK = _norms("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللائي")
_RANGE_MARKER = re.compile(r"^[وف]?ل?(?:[يت]?تراوح\w*|بنسبه|بمعدل|بواقع|بين|مابين)$")


def _figure_after_month(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True when the number after a month name is a figure, not the month's year or day.

    "بلغ التضخم في مارس 2.8%"، "تجاوزت الصادرات في يونيو 1.5 مليار دولار"، "في أبريل 12 في المئة": a decimal, a
    scaled or spelled number, or a percentage is no year; a bare digit string ("يونيو 2024") is.
    """
    unit = _unit_after(tokens, read.last)[0]
    if not read.digits_plain or unit == "%":
        return True
    # "سجلت منذ غرة أوت 214 مخالفة": a number below any year with its counted noun after it, past a day's range or
    # after a month that already has its day, is a count, the month the start of the period counted.
    if read.value >= _YEAR_RANGE[0] or not unit:
        return False
    month = read.first - 1
    dated = month >= 1 and (tokens[month - 1].kind == "num" or tokens[month - 1].norm in _DAY_OF_MONTH)
    return read.value > 31 or dated


_DAY_OF_MONTH = _norms("غرة", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية", "مستهل")


def _changed_from(tokens: Sequence[Token], first: int, floor: int) -> bool:
    """Return True when "من" before the number at first follows a verb of change in the same clause."""
    k = first - 1
    if k <= floor or tokens[k].norm != "من":
        return False
    words = 0
    for j in range(k - 1, max(-1, k - 1 - 2 * _CHANGE_REACH), -1):
        tok = tokens[j]
        if tok.kind == "num":
            # "رفع سعر الأسطوانة سعة 20 لتراً من 7500 إلى 9800 ريال": a measure inside the subject, the number and
            # its unit (counted just before) do not count as words of the subject
            words = max(0, words - 1)
            continue
        if tok.kind != "ar" or _RANGE_MARKER.match(tok.norm) or tok.norm in _CHANGE_CLAUSE_BREAK:
            return False  # a sign, a range word or a relative pronoun ends the search
        if _CHANGE_WORD.match(tok.norm):
            return True
        words += 1
        if words == _CHANGE_REACH:
            break
    return False


_THIS_YEAR = _norms("العام", "السنة")


def _counted_after_this_year(tokens: Sequence[Token], read: NumberRead, label: Token) -> bool:
    """Return True for a small number and its counted noun after "العام" (this year): "منذ مطلع العام 7 أقمار".

    Written years keep "عام 48" and "العام 73 اندلعت الحرب" (a verb follows a year, not a counted noun). After
    "هذا العام" no year is told, and a noun with the accusative tanween is counted whatever its shape: "فقدت هذا
    العام 62 تلميذاً"، "خسر منذ مطلع العام 40 تاجراً".
    """
    if read.value >= _YEAR_RANGE[0] or label.norm not in _THIS_YEAR:
        return False
    unit, _ = _unit_after(tokens, read.last)
    noun = normalize_word(unit.split()[0]) if unit else ""
    if not noun:
        return False
    this_year = read.first >= 2 and tokens[read.first - 2].norm in _THIS
    counted = read.last < len(tokens) and _MARKS_RE.sub("", tokens[read.last].text) != tokens[read.last].text \
        and tokens[read.last].text.endswith(("اً", "ًا"))
    return this_year or counted or not _VERB_SHAPE.match(noun) or (noun.endswith("ات") and len(noun) >= 5)  # رحلات


# "منذ مطلع الأسبوع 87 معملاً"، "خلال الشهر 40 حالة": a week or month framed by a time word, then a count
# (but "في الأسبوع 12 من الدوري" numbers the week).
_PERIOD_CUES = _norms("الأسبوع", "الشهر")
_PERIOD_FRAMES = _norms("مطلع", "منذ", "خلال", "بداية", "نهاية", "طوال", "هذا", "وخلال", "ومنذ")


def _counted_after_this_period(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True for a number and its counted noun right after "مطلع الأسبوع"، "خلال الشهر"."""
    first = read.first
    if first < 2 or tokens[first - 1].norm not in _PERIOD_CUES or tokens[first - 2].norm not in _PERIOD_FRAMES:
        return False
    unit, _ = _unit_after(tokens, read.last)
    return bool(unit)


# Statements given to an outlet: "في تصريح لـ218"، "في حديث خاص لـ24".
_STATEMENT_NOUNS = _norms("تصريح", "تصريحات", "حديث", "مقابلة", "حوار", "اتصال")
_STATEMENT_ADJECTIVES = _norms("خاص", "خاصة", "صحفي", "صحافي", "هاتفي", "مقتضب")


def _told_outlet(tokens: Sequence[Token], first: int) -> bool:
    """Return True for a bare number after the ل of "تصريح (خاص) لـ": the outlet told, not a figure."""
    k = first - 1
    if k < 1 or tokens[k].norm != "ل":
        return False
    k -= 1
    if tokens[k].norm in _STATEMENT_ADJECTIVES and k >= 1:
        k -= 1
    return tokens[k].norm in _STATEMENT_NOUNS


# "وهي أم لأربعة أطفال"، "أب لـ 3 أبناء": the size of a family describes a person.
_PARENTS = _norms("أم", "وأم", "أب", "وأب", "أما", "أبا", "والد", "ووالد", "والدة", "ووالدة")


def _family_size(tokens: Sequence[Token], first: int) -> bool:
    """Return True for a number after ل (glued or apart) after a parent word: أم لأربعة أطفال."""
    tok = tokens[first]
    if tok.kind == "ar" and tok.norm.startswith("ل") and lookup_word(tok.norm[1:]) is not None:
        k = first - 1  # لأربعة
    elif first >= 1 and tokens[first - 1].norm == "ل":
        k = first - 2  # لـ 4
    else:
        return False
    return k >= 0 and tokens[k].norm in _PARENTS


# A year-like number after a time preposition is a year unless a counted noun follows: "في 2000 شاحنة" counts,
# but "في 1998 بمدينة جدة" (a preposition glued to the next word) and "في 2023 مستويات قياسية" (a plural: after
# 11 the counted noun is singular) start a new phrase after the year.
_YEAR_PREPOSITIONS = _norms("في", "وفي", "منذ", "ومنذ", "خلال", "وخلال", "حتى", "وحتى", "بحلول", "قبل", "بعد")
_GLUED_PREPOSITION = re.compile(r"^[وف]?[بلك](?=[^ا]\w{2})")
# Nor is a noun of change or of results counted: "سجلت الشركة خلال 2025 نمواً بنسبة 9%"، "حققت في 2024 أرباحاً قياسية".
_RESULT_NOUNS = _norms(
    "نمو", "نموا", "ارتفاع", "ارتفاعا", "انخفاض", "انخفاضا", "تراجع", "تراجعا", "تحسن", "تحسنا", "زيادة", "قفزة",
    "تباطؤ", "تباطؤا", "انكماش", "انكماشا", "أرباح", "أرباحا", "خسائر", "عجز", "عجزا", "فائض", "فائضا")


def _year_before_phrase(tokens: Sequence[Token], read: NumberRead, prev: Token | None, unit: str,
                        last_taken: int) -> bool:
    """Return True when a year after a time preposition is followed by a phrase, not by its counted noun."""
    if not read.digits_plain or read.scaled or not 1900 <= read.value <= 2100 or prev is None \
            or prev.norm not in _YEAR_PREPOSITIONS:
        return False
    noun = normalize_word(unit.split()[0])
    if noun in _KNOWN_UNITS or _governed_count(tokens, read, last_taken):
        return False
    return (noun.endswith("ات") and len(noun) >= 5) or bool(_GLUED_PREPOSITION.match(noun)) or noun in _RESULT_NOUNS


# "5 درجات تحت الصفر"، "سالب 4 درجات": a temperature below zero is a negative value.
_BELOW = _norms("تحت", "دون")
_ZERO = _norms("الصفر", "صفر")
_MINUS_WORDS = _norms("سالب", "ناقص")
_PLUS_WORDS = _norms("زائد", "موجب")
_OR = _norms("أو", "او")
# the sign words glued to the و that joins a range's ends ("بين ناقص 3 وزائد 5 درجات")
_AND_SIGNED = frozenset("و" + w for w in _MINUS_WORDS | _PLUS_WORDS)


def _plus_or_minus(tokens: Sequence[Token], k: int) -> bool:
    """Return True when the minus word at tokens[k] closes "(ب)زائد أو ناقص": a band either way (±), not a sign."""
    plus = tokens[k - 2].norm if k >= 2 else ""
    return tokens[k - 1].norm in _OR and (plus in _PLUS_WORDS or plus[:1] in ("ب", "و") and plus[1:] in _PLUS_WORDS)


def _high_end_start(tokens: Sequence[Token], high: NumberRead) -> int:
    """Return where a range's high end begins: at its minus word when it is negative ("وناقص 2 درجة"), without و."""
    if high.value >= 0 or high.first < 1 or not _sign_word(tokens[high.first - 1]):
        return tokens[high.first].start
    sign = tokens[high.first - 1]
    return sign.start + (1 if sign.norm in _AND_SIGNED else 0)


def _sign_word(tok: Token) -> int:
    """Return -1 for a minus word (ناقص، سالب, also glued to و), 1 for a plus word (زائد، موجب), else 0."""
    norm = tok.norm[1:] if tok.norm in _AND_SIGNED else tok.norm
    return -1 if norm in _MINUS_WORDS else 1 if norm in _PLUS_WORDS else 0


def _below_zero_after(tokens: Sequence[Token], k: int) -> int | None:
    """Return the index after "تحت الصفر" / "دون الصفر" when it starts at tokens[k], else None."""
    if k + 1 < len(tokens) and tokens[k].norm in _BELOW and tokens[k + 1].norm in _ZERO:
        return k + 2
    return None


def _zero_before(tokens: Sequence[Token], first: int) -> int | None:
    """Return where "(ما) دون/تحت الصفر (بـ)" ends right before the number at first ("دون الصفر بثلاث"), else None."""
    k = first - 1
    if k >= 0 and tokens[k].norm == "ب":
        k -= 1
    if k < 1 or tokens[k].norm not in _ZERO or tokens[k - 1].norm not in _BELOW:
        return None
    k -= 1
    return k - 1 if k >= 1 and tokens[k - 1].norm in _RELATIVE_MA else k


def _is_degree_or_rate(unit: str | None) -> bool:
    """Return True for a unit a minus word can sign: degrees (درجات مئوية) and percentages."""
    return unit == "%" or (unit is not None and normalize_word(unit.split()[0]) in _DEGREES)


def _low_end_value(tokens: Sequence[Token], low: NumberRead, high: NumberRead) -> float:
    """Return the low end of a range, taking the high end's scale word when it shares it.

    "بين 48 و58 مليار" -> 48 مليار; "من 3 إلى 5 ملايين" -> 3 ملايين. Only when the high end is a count and one
    scale word and the bare low end is below that count: in "بين 800 و1.2 مليون" 800 is a whole number.
    """
    if low.scaled or not high.scaled or high.last - high.first != 2:
        return low.value
    scale = lookup_word(tokens[high.last - 1].norm)
    if scale is None or scale.kind not in ("S", "SA", "SP"):
        return low.value
    if low.value >= high.value / scale.value:
        return low.value
    return low.value * scale.value


# Prefixes a tatweel joins to a number: "الـ50%"، "بـ30 مليون"، "لـ2500 أورو"، "والـ20".
_TATWEEL_PREFIXES = frozenset("ال ب ل و ف ك وال بال فال كال لل وب ول فب فل وك".split())


def _glued_or_coded(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True for digits that belong to a code, a model, a phone number or the tail of a date/score."""
    tok = tokens[read.first]
    if tok.kind != "num":
        return False
    n, first, last = len(tokens), read.first, read.last
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last] if last < n else None
    if prev is not None and not tok.spaced:
        if prev.kind == "lat":
            return True  # A320 written solid (an Arabic word glued to digits is only a missing space)
        if prev.kind == "sym" and prev.norm in "-/:." and first >= 2 and not prev.spaced \
                and tokens[first - 2].kind in ("lat", "ar", "num"):
            return True  # F-16، كوفيد-19، tail of 18-19 or 10:30
        if prev.kind == "ar" and prev.text.endswith("\u0640") \
                and _MARKS_RE.sub("", prev.text).rstrip("\u0640") not in _TATWEEL_PREFIXES:
            return True  # "كشـ24": a name joined to its digits by a tatweel ("الـ50%"، "بـ30" are prefixes)
    if prev is not None and prev.kind == "sym" and prev.norm in "-/:.\u2013" and first >= 2 \
            and tokens[first - 2].kind == "num":
        return True  # the tail of a date, a score or a time: 4/ 2، 14 - 9
    if prev is not None and prev.kind == "sym" and prev.norm == "+":
        return True  # +966 …
    if (prev is not None and prev.kind == "num") or (nxt is not None and nxt.kind == "num"):
        return True  # a run of bare numbers: phone or code (966 11 234 5678)
    if tok.norm.startswith("0") and len(tok.norm) >= 6 and tok.norm.isdigit():
        return True  # 0501234567
    if nxt is not None and nxt.kind == "lat" and not nxt.spaced and nxt.norm not in _LATIN_UNITS:
        return True  # 5G، 4K، 24th
    if _inside_a_word(prev, tok, nxt):
        return True  # "بزنس2بزنس"، "سيارة2000": a brand or a name written with digits inside
    if nxt is not None and nxt.kind == "ar" and len(_MARKS_RE.sub("", nxt.text)) == 1 \
            and nxt.norm not in _LETTER_UNITS and last == first + 1 and tok.norm.isdigit():
        return True  # "(بغداد 34718 أ)"، "البند 5 ب": a plate or an item code, not a count
    return False


_NAME_SIDE_MIN = 2  # letters of each Arabic part around the digits; a clitic (بـ، الـ) is shorter or a prefix


def _inside_a_word(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """Say whether digits stand inside an Arabic word, with letters glued on both sides: a name ("بزنس2بزنس").

    A missing space before a unit ("5ملايين"، "بـ30دولاراً") leaves a number word, a unit or a clitic there.
    """
    if prev is None or nxt is None or tok.spaced or nxt.spaced or prev.kind != "ar" or nxt.kind != "ar":
        return False
    before, after = _MARKS_RE.sub("", prev.text), _MARKS_RE.sub("", nxt.text)
    if len(before) <= _NAME_SIDE_MIN or before in _TATWEEL_PREFIXES or len(after) < _NAME_SIDE_MIN \
            or prev.norm in _BEFORE_BY_LAST or prev.norm in _QUAL_FIRST:
        return False  # "نحو5سيارات": a qualifier before the figure, the spaces left out
    unit = _strip_acc(nxt.norm)
    return lookup_word(nxt.norm) is None and nxt.norm not in _KNOWN_UNITS and unit not in _KNOWN_UNITS \
        and nxt.norm not in DURATION_WORDS and unit not in DURATION_WORDS and nxt.norm not in _PERCENT_ONE


# Lone letters that abbreviate a unit after a number ("100 ج" pounds, "300 م" metres, "45 د" minutes or dinars);
# any other lone letter after digits is part of a plate or a code ("34718 أ") and و is "and".
_LETTER_UNITS = _norms("م", "ج", "د", "ق", "ث", "س", "ر", "ل", "ك", "غ", "ه", "هـ", "و")


def _fold_chain(tokens: Sequence[Token], read: NumberRead) -> tuple[NumberRead, int, int] | None:
    """Read what follows a number across "-", "/", ":" and ".": (read, chain length, next index) or None.

    Three parts (9-02-2023) or a time (10:30) is no quantity; "3/4 كوب" folds into 0.75; a
    two-part "18-19" stays a chain of 2 for the caller (a range with a unit, else a date or score).
    """
    n, first, last = len(tokens), read.first, read.last
    chain_end, chain = last, 1
    while chain < 3 and chain_end + 1 < n and tokens[chain_end].kind == "sym" \
            and tokens[chain_end].norm in "-/:.\u2013" and tokens[chain_end + 1].kind == "num" \
            and (tokens[chain_end].norm in "-\u2013/" or not tokens[chain_end + 1].spaced):
        chain_end += 2
        chain += 1
    if chain == 1 and last + 1 < n and tokens[last].kind == "sym" and tokens[last].norm in "/:-" \
            and tokens[last + 1].kind == "ar" and _word_kind(tokens[last + 1].norm) in ("Z", "U"):
        return None  # a score written "1/ صفر"
    sep = tokens[last].norm if chain == 2 else ""
    if chain >= 3 or sep in (":", "."):
        return None
    if sep == "/":
        if tokens[last].spaced or tokens[last + 1].spaced or not tokens[last + 1].norm.isdigit():
            return None  # "3/ 1" is a score; a fraction is written solid
        den = parse_digits(tokens[last + 1].norm)
        unit, _ = _unit_after(tokens, chain_end)
        if not den or not unit:
            return None  # 3/4 with no measure after it is a date or a score
        return NumberRead(read.value / den, first, chain_end, False, False, False), 1, chain_end
    return read, chain, chain_end


def _range_partner(tokens: Sequence[Token], read: NumberRead, chain: int) -> NumberRead | None | bool:
    """Return the far end of a range (10-20 دولار، 10$-20$، بين 10 و20، من 10 إلى 20), None, or False to drop."""
    n, first, last = len(tokens), read.first, read.last
    if chain == 2:
        return read_number(tokens, last + 1) or False
    if last + 2 < n and tokens[last].kind == "sym" and tokens[last].norm in _SYMBOL_UNITS \
            and tokens[last + 1].norm in "-\u2013" and tokens[last + 2].kind == "num":
        return read_number(tokens, last + 2) or False
    if last + 2 < n and tokens[last].kind == "sym" and tokens[last].norm in _SYMBOL_UNITS \
            and (tokens[last + 1].norm == "و" or tokens[last + 1].norm in _AND_SIGNED) \
            and tokens[last + 2].kind == "num" and _has_before(tokens, first, ("بين", "مابين")):
        # "ما بين 14% و15%": each end with its unit; "بين سالب 2% وموجب 3%": and with its sign
        second = read_number(tokens, last + 2)
        sign = _sign_word(tokens[last + 1]) or 1
        return replace(second, value=sign * second.value) if second is not None else False
    if last + 1 >= n or tokens[last].kind != "ar":
        return None
    joiner = tokens[last]
    if joiner.norm in _RANGE_WORDS and _has_before(tokens, first, ("من",)):
        partner = last + 1
        if joiner.norm == _HATTA and partner + 1 < n and tokens[partner].norm == _LAM:
            partner += 1  # "من 300 حتى لـ450": the ل of reaching, as in "حتى لـ2500" alone
    elif (joiner.norm == "و" or joiner.norm in _AND_SIGNED) and _has_before(tokens, first, ("بين", "مابين")):
        partner = last if joiner.norm in _AND_SIGNED else last + 1  # "بين ناقص 3 وزائد 5": the sign glued to و
    elif joiner.norm in _TO_WORDS and tokens[last + 1].kind == tokens[first].kind \
            and not (read.digits_plain and _YEAR_RANGE[0] <= read.value <= _YEAR_RANGE[1]):
        # "3 إلى 5 جرعات"، "ثلاثة إلى خمسة أيام": a bare number, إلى, a number. Not a date's year ("منذ 7 أكتوبر 2023
        # إلى 40 ألفاً"), and only upwards: "سعر البنزين 92 إلى 17.25 جنيه" tells where a price went
        second = read_number(tokens, last + 1)
        return second if second is not None and second.value > read.value else None
    elif _has_before(tokens, first, ("بين", "مابين", "من")):
        hit = lookup_word(joiner.norm)
        if hit is None or not (hit.conj or hit.prep) or hit.definite:
            return None
        return _read_clitic_number(tokens, last)  # "وعشرين" / "لعشرين" carry the joiner themselves
    else:
        return None
    if tokens[partner].kind not in ("num", "ar"):
        return None
    sign = _sign_word(tokens[partner])
    if sign and partner + 1 < n and tokens[partner + 1].kind == "num":
        # "بين ناقص 3 وزائد 5 درجات"، "من سالب 2 إلى سالب 1": the high end read with its sign
        second = read_number(tokens, partner + 1)
        return replace(second, value=sign * second.value) if second is not None else None
    second = read_number(tokens, partner)
    if second is not None and _year_then_amount(tokens, read, second):
        return None  # "الأشهر التسعة الأولى من 2025 إلى 142 مليون ريال": a year, then the figure it reached
    return second


# "من" after a period names the year the period is of: "الربع الأول من 2025"، "الأشهر التسعة الأولى من 2025"، "شهر مايو
# من 2024"، "مطلع 2025"; the "إلى" after it then tells where a figure rose or fell to, not the high end of a range.
_PERIOD_BEFORE_YEAR = _MONTHS | _norms(
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الأخير", "الأخيرة",
    "الربع", "النصف", "الفصل", "الشهر", "الأشهر", "الشهور", "مطلع", "بداية", "نهاية", "منتصف", "أواخر", "أوائل")
# Nor are two ends a thousand times apart one range: "من 2000 إلى 5 آلاف" spans 2.5 times, "من 2025 إلى 142 مليون"
# is a year and then an amount.
_RANGE_SPREAD = 1000


def _year_then_amount(tokens: Sequence[Token], low: NumberRead, high: NumberRead) -> bool:
    """Return True when the low end of "من X إلى Y" is a year written in plain digits, not the start of a range."""
    if not (low.digits_plain and 1900 <= low.value <= 2100):
        return False
    k = low.first - 1
    if k >= 1 and tokens[k].norm == "من" and tokens[k - 1].kind == "ar" and tokens[k - 1].norm in _PERIOD_BEFORE_YEAR:
        return True
    return high.scaled and high.value >= _RANGE_SPREAD * low.value


# "منحت الدفعة 91,5 نقطة من 100"، "18 درجة من 20": a grade with its noun, out of a scale's round top.
_GRADE_NOUNS = _norms("نقطة", "نقاط", "درجة", "درجات", "علامة", "علامات")
_SCALE_TOPS = frozenset((5.0, 10.0, 20.0, 100.0, 1000.0))
# the nouns of a scale a whole is out of: a grade's, or a rating's ("4 من 5 نجوم")
_SCALE_NOUNS = _GRADE_NOUNS | _norms("نجمة", "نجوم")


# A race is named by its distance: "سباق 10 كيلومترات"، "ماراثون 42 كلم"، "سباقات 100 متر". Only right after the
# noun: "سباق لمسافة 42 كيلومترا" and "قطع العداؤون 10 كيلومترات" measure a distance.
_RACE_NOUNS = _norms("سباق", "السباق", "سباقات", "سباقي", "ماراثون", "الماراثون", "ماراثونات", "عدو")
_DISTANCE_UNITS = _norms("كيلومتر", "كيلومترات", "كيلومترا", "كلم", "كم", "متر", "مترا", "أمتار", "ميل", "أميال",
                         "ياردة", "ياردات")


def _race_by_distance(prev: Token | None, unit: str | None) -> bool:
    """Say whether a distance right after a race noun names the race ("سباق 10 كيلومترات")."""
    return prev is not None and prev.kind == "ar" and unit is not None \
        and normalize_word(unit) in _DISTANCE_UNITS \
        and (prev.norm in _RACE_NOUNS or _DUAL_CLITICS.sub("", prev.norm) in _RACE_NOUNS)


def _counted_whole(tokens: Sequence[Token], first: int) -> bool:
    """Return True when the whole after "N من (أصل)" has its counted noun: "9 من أصل 12 خبيراً" counts the experts,
    as "87 مقعداً من أصل 277" counts the seats; "48 من أصل 50 نقطة" and "19 من 20" are still a grade's scale."""
    top = read_number(tokens, first)
    if top is None:
        return False
    unit = _unit_after(tokens, top.last)[0]
    return bool(unit) and unit != "%" and normalize_word(unit.split()[0]) not in _SCALE_NOUNS


def _is_denominator(tokens: Sequence[Token], first: int) -> bool:
    """Return True for the number after "N من" or "N من أصل": the whole a grade or a share is out of."""
    k = first - 1
    if k >= 2 and tokens[k].norm == "اصل" and tokens[k - 1].norm == "من":
        k -= 1
    if k < 1 or tokens[k].norm != "من":
        return False
    if tokens[k - 1].kind == "num":
        return not _dated_year(tokens, k - 1) and not _counted_whole(tokens, first)
    if k < 2 or tokens[k - 1].norm not in _GRADE_NOUNS or tokens[k - 2].kind != "num":
        return False
    top, grade = read_number(tokens, first), read_number(tokens, k - 2)
    return top is not None and grade is not None and top.value in _SCALE_TOPS and grade.value <= top.value \
        and _unit_after(tokens, top.last)[0] is None


# A price after ب ("يباع بمئتين"، "بعتها بـ200") may leave its currency out; the word after it is then the next
# clause's verb: a short imperfect (يبدأ، يكون، يكفي) or a past verb after a result ل/ف (لخسر، فربحنا), never a
# counted noun of that shape after a price (يهود، يخوت are counted, but not bought "بخمسة"; ليرة، فدان are units).
_CLAUSE_VERB = re.compile(r"^(?:[وف]?ل?ي\w{2,3}|[وف]?[لف]\w{3}(?:ت|نا|وا|تم)?)(?<!ات)$")
_BY_PRICE = re.compile(r"^[وف]?ب")


def _verb_after_price(tokens: Sequence[Token], read: NumberRead, prev: Token | None, k: int) -> bool:
    """Return True when the number after ب is followed by a verb, not by its unit or counted noun."""
    if k >= len(tokens) or tokens[k].kind != "ar" or normalize_word(tokens[k].norm) in _KNOWN_UNITS:
        return False
    by_price = (prev is not None and prev.norm in ("ب", "وب", "فب")) if tokens[read.first].kind == "num" \
        else bool(_BY_PRICE.match(tokens[read.first].norm))
    return by_price and bool(_CLAUSE_VERB.match(tokens[k].norm))


def _dated_year(tokens: Sequence[Token], i: int) -> bool:
    """Return True for a plain year after a time word or a month: "في 2024"، "خلال 2025"، "مارس 2024"، "عام 2023".

    "تراجع التضخم في 2024 من 12% إلى 7%": the من after such a year starts the change, not the whole of a share.
    """
    if i < 1:
        return False
    year = read_number(tokens, i)
    if year is None or year.last != i + 1 or not year.digits_plain or not 1900 <= year.value <= 2100:
        return False
    before = tokens[i - 1].norm
    return before in _YEAR_PREPOSITIONS or before in _YEAR_CUES or before in _MONTHS


def _proportion_whole(tokens: Sequence[Token], read: NumberRead) -> NumberRead | None:
    """Return the whole of "N من كل M" after the number read ("ثلاثة من كل أربعة أطفال"), or None."""
    k = read.last
    if k + 2 >= len(tokens) or tokens[k].norm != "من" or tokens[k + 1].norm != "كل":
        return None
    whole = read_number(tokens, k + 2)
    return whole if whole is not None and whole.value > 0 else None


# A fraction of something named right after it is a share: "نحو ثلثي خسائره"، "ربع السكان" (value the fraction,
# no unit). The noun must be definite, carry a pronoun or govern a definite one (نصف سكان العالم), so "نصف ساعة"،
# "ربع قرن" and "نصف مليون" are not shares.
_SHARES: dict[tuple[str, ...], float] = {
    tuple(normalize_word(w) for w in phrase.split()): value for phrase, value in {
        "نصف": 1 / 2, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3, "ربع": 1 / 4,
        "ثلاثة أرباع": 3 / 4, "ثلاث أرباع": 3 / 4, "عشر": 1 / 10, "خمس": 1 / 5, "سبع": 1 / 7, "تسع": 1 / 9,
    }.items()
}
# خمس، سبع، تسع are shares only when a damma marks them (خُمس); unvowelled they are five, seven, nine.
_SHARES_BY_DAMMA = frozenset((normalize_word(w),) for w in ("خمس", "سبع", "تسع"))
# عُشر (a tenth) is spelt as عَشر (ten): a tenth only with no fatha on it and no unit word before it (خمسة عشر).
# Ten counts an indefinite plural (عشر سنوات), so a definite noun or a pronoun after it (عشر طاقته) already says share.
_TENTH = normalize_word("عشر")
_FATHA = "\u064e"
_SHARE_FIRST = frozenset(words[0] for words in _SHARES)
# ربع النهائي، نصف النهائي: rounds of a cup; "المستهدفات نصف السنوية"، "التقارير ربع السنوية": half-yearly, quarterly
_NOT_SHARED = _norms("نهائي", "سنوي", "سنوية", "شهري", "شهرية", "أسبوعي", "أسبوعية", "يومي", "يومية")
_PRONOUNS_ON_NOUN = ("ه", "ها", "هم", "هما", "هن")
# "نصف الكرة الغربي"، "نصف الكرة الأرضية": a hemisphere, a place, not half of something.
_HALF = (normalize_word("نصف"),)
_SPHERE = normalize_word("كرة")


def _share_at(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """Return (fraction, end token index) for a share starting at tokens[i] ("ثلث النفقات"), or None."""
    for words, value in _SHARES.items():
        k = i + len(words)
        if k >= len(tokens) or tuple(t.norm for t in tokens[i:k]) != words or tokens[k].kind != "ar":
            continue
        if words == (_TENTH,) and (_FATHA in tokens[i].text
                                   or (i > 0 and tokens[i - 1].kind == "ar" and lookup_word(tokens[i - 1].norm))
                                   or _compound_ordinal(tokens, i)):
            return None  # عَشر، خمسة عشر: ten; "القرن الثامن عشر الميلادي": a compound ordinal
        if words in _SHARES_BY_DAMMA and vowelled_fraction(tokens[i]) is None:
            return None  # "خمس سنوات"، "سبع دول": a cardinal
        noun = _MARKS_RE.sub("", tokens[k].text)  # raw: a folded ة would look like the pronoun ه
        stem = normalize_word(noun[2:]) if noun.startswith("ال") else ""
        with_pronoun = len(noun) >= 4 and noun.endswith(_PRONOUNS_ON_NOUN)
        if stem and (stem in DURATION_WORDS or stem in _NOT_SHARED or words == _HALF and stem == _SPHERE):
            return None  # نصف الساعة، ربع النهائي، نصف الكرة الشمالي
        if stem or with_pronoun or tokens[k].norm in _GROUP_PRONOUNS and (
                k + 1 >= len(tokens) or not _MARKS_RE.sub("", tokens[k + 1].text).startswith("ال")):
            return value, k + 1
        if _heads_definite_construct(tokens, k):
            return value, k + 1  # نصف سكان العالم; the span ends before "الأسبوع" of "خسائر الأسبوع الماضي", a date
        if tokens[k].norm in _DEMONSTRATIVES and k + 1 < len(tokens) and tokens[k + 1].kind == "ar" \
                and _MARKS_RE.sub("", tokens[k + 1].text).startswith("ال") \
                and normalize_word(_MARKS_RE.sub("", tokens[k + 1].text)[2:]) not in DURATION_WORDS:
            return value, k + 2  # "ربع هذه الكلفة"، "ثلث تلك المبالغ": a demonstrative makes the noun definite
    return None


# A fraction with ال and no noun after it, right after a comparing qualifier, is a share of what was told before:
# "لا يغطي الإنتاج منها أكثر من الخُمس"، "تراجع بنحو الثلث" ("الخمس" alone is also "the five": only so qualified).
_DEFINITE_FRACTIONS = {normalize_word(w): v for w, v in {
    "النصف": 1 / 2, "الثلث": 1 / 3, "الثلثين": 2 / 3, "الربع": 1 / 4, "الخمس": 1 / 5, "العشر": 1 / 10}.items()}
_FRACTION_QUALIFIERS = frozenset(("more_than", "less_than", "approx", "up_to", "at_least"))


def _share_of_what(tokens: Sequence[Token], i: int, floor: int) -> tuple[float, int] | None:
    """Return (fraction, end token index) for "أقل من ربع ما يعرض" at tokens[i], or None."""
    for words, value in _SHARES.items():
        k = i + len(words)
        if k < len(tokens) and tuple(t.norm for t in tokens[i:k]) == words and tokens[k].norm in _WHAT \
                and _qualifier_before(tokens, i, floor)[0] in _FRACTION_QUALIFIERS:
            return value, k
    return None


def _definite_fraction_at(tokens: Sequence[Token], i: int, floor: int) -> tuple[float, int] | None:
    """Return (fraction, end token index) for "أكثر من الخمس" at tokens[i], or None."""
    if i + 1 < len(tokens) and tokens[i + 1].kind == "ar" and tokens[i + 1].norm not in _STOP:
        return None  # "الربع الأول"، "الخمس الكبار": a quarter of the year, a group of five
    qual, _ = _qualifier_before(tokens, i, floor)
    return (_DEFINITE_FRACTIONS[tokens[i].norm], i + 1) if qual in _FRACTION_QUALIFIERS else None


_DEMONSTRATIVES = _norms("هذه", "هذا", "هذين", "هاتين", "هؤلاء", "تلك", "ذلك")
# "أكثر من ثلاثة أرباع هؤلاء": a plural demonstrative alone stands for a group told before, as a definite noun does.
_GROUP_PRONOUNS = _norms("هؤلاء", "أولئك")
# "أقل من ربع ما يعرض عليه": a share of what a clause names, only after a comparing qualifier ("ثلث ما تنتجه"
# alone may be a plain fraction of speech).
_WHAT = _norms("ما")
# "ثلثهم من الأطفال"، "أكثر من نصفها": a fraction with a pronoun of the group it divides. ("عُشرها": ten takes
# no pronoun, so عشر with one is a tenth.)
_PRONOUN_SHARES = {normalize_word(conj + stem + pronoun): value
                   for stem, value in (("نصف", 1 / 2), ("ثلث", 1 / 3), ("ربع", 1 / 4), ("ثلثي", 2 / 3), ("ثلثا", 2 / 3),
                                       ("عشر", 1 / 10))
                   for pronoun in ("هم", "هن", "ها", "هما") for conj in ("", "و")}
_SPELT_AS_SHARES = _SHARE_FIRST | frozenset(_DEFINITE_FRACTIONS) | frozenset(_PRONOUN_SHARES)
_HALF_OF_A_MATCH = _norms("الأول", "الثاني", "الأخير")  # "في نصفها الثاني": a half of a match or a season


def _heads_definite_construct(tokens: Sequence[Token], k: int) -> bool:
    """Return True when tokens[k] is a plain noun followed by a definite one: سكان العالم، ميزانية الدولة."""
    if k + 1 >= len(tokens) or tokens[k + 1].kind != "ar":
        return False
    noun = tokens[k].norm
    if noun in DURATION_WORDS or noun in _NOT_SHARED or noun in _STOP or lookup_word(noun) is not None:
        return False  # نصف ساعة الذروة، ربع نهائي البطولة، نصف مليون
    second = _MARKS_RE.sub("", tokens[k + 1].text)
    # "ثلثي محصول ضيعته": a second noun with a pronoun is as definite as one with ال
    with_pronoun = len(second) >= 4 and second.endswith(_PRONOUNS_ON_NOUN) and tokens[k + 1].norm not in _STOP \
        and normalize_word(second) not in DURATION_WORDS and not noun.startswith("ي") \
        and not any(second.endswith(p) and normalize_word(second[:-len(p)]) in _STOP for p in _PRONOUNS_ON_NOUN)
    return second.startswith("ال") or with_pronoun


_AMONG_THEM = _norms("بينهم", "وبينهم", "منهم", "ومنهم", "بينهن", "منهن", "بينها", "منها", "ومنها")


# اثنان after a dual noun only stresses it ("عاملان اثنان"، "سيدتين اثنتين"): the noun is what is counted.
_TWO_WORDS = _norms("اثنان", "اثنين", "اثنتان", "اثنتين")
_DUAL_ENDINGS = ("ان", "ين")


def _dual_noun_before(tokens: Sequence[Token], first: int, floor: int) -> str | None:
    """Return the dual noun right before اثنان at tokens[first], as written, or None."""
    k = first - 1
    if k <= floor or tokens[k].kind != "ar":
        return None
    noun = _MARKS_RE.sub("", tokens[k].text)
    if len(noun) < 5 or not noun.endswith(_DUAL_ENDINGS) or noun.startswith(_DEFINITE_PREFIXES) \
            or tokens[k].norm in _STOP:
        return None
    clitic = _PREPOSITION_CLITIC.match(noun)
    if clitic is not None and len(noun) - clitic.end() >= 5 and not _ACTIVE_PARTICIPLE_DUAL.match(noun):
        return None  # بهدفين اثنين: a preposition on the noun, a score or an instrument, not a count
    return noun


# "لاعبين"، "باحثان"، "كاتبين": the dual of an active participle (فاعل) whose first root letter is ل، ب or ك, not that
# letter as a preposition on a word: no noun is a bare alif and two letters (a preposition before a word in bare alif
# is on a longer one: "باجتماعين").
_ACTIVE_PARTICIPLE_DUAL = re.compile(r"^[وف]?[بلك]ا[^\Wا]{2}(?:ان|ين)$")


# "الدورة الثالثة عشرة"، "للمرة الحادية عشرة": عشر/عشرة after an ordinal's unit word makes one ordinal, 11th-19th.
_TEN_WORDS = _norms("عشر", "عشرة")
_ORDINAL_UNIT_STEMS = _norms("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                             "التاسع")
_ORDINAL_CLITIC = re.compile(r"^[وف]?(?:[بلك])?(?=ال)")


def _compound_ordinal(tokens: Sequence[Token], first: int) -> bool:
    """Return True when tokens[first] is the عشر/عشرة of a compound ordinal (الثالثة عشرة)."""
    if first < 1 or tokens[first].norm not in _TEN_WORDS or tokens[first - 1].kind != "ar":
        return False
    word = _ORDINAL_CLITIC.sub("", tokens[first - 1].norm)
    return word in _ORDINAL_UNIT_STEMS or (word.endswith("ه") and word[:-1] in _ORDINAL_UNIT_STEMS)


# A multiplier is a quantity when it cannot be a count of occasions: a fraction ("تغطية الاكتتاب 4.6 مرة") or a
# figure of difference after ب ("بنحو 3 مرات"، "بأكثر من 5 مرات"، "بـ 4 مرات"). "ارتفع السعر 3 مرات" (three rises
# or a tripling) stays out.
_TIMES = _norms("مرة", "مرات")
_FOLDS = _norms("أضعاف")  # "تزيد بنحو ثلاثة أضعاف": a multiple, as "بنحو 3 مرات"
_BY_WORDS = _norms("ب", "بـ", "بنحو", "بحوالي", "بقرابة", "بزهاء", "بما")


def _multiplier(tokens: Sequence[Token], read: NumberRead, k: int) -> bool:
    """Return True when the مرة/مرات at tokens[k] makes the number before it a multiplier."""
    if (tokens[k].norm not in _TIMES and tokens[k].norm not in _FOLDS) or read.scaled:
        return False
    if read.value % 1:
        return True
    j = read.first - 1
    if j >= 0 and tokens[j].norm == "من" and j - 1 >= 0 and tokens[j - 1].norm in _norms("بأكثر", "بأقل"):
        return True
    return j >= 0 and tokens[j].kind == "ar" and tokens[j].norm in _BY_WORDS


# "خطوط الضغط الفائق 400 ك.ف"، "محطة تحويل 132 كيلو فولت": a line's or a station's voltage class names its kind
# (as a fuel grade does), it is not a reported figure.
_KV_UNITS = _norms("ك", "كيلوفولت", "كيلو")
_GRID_WORDS = _norms("خط", "خطوط", "الخط", "الخطوط", "شبكة", "الشبكة", "محطة", "محطات", "المحطة", "الضغط", "ضغط",
                     "الجهد", "جهد", "التوتر", "توتر", "العالي", "الفائق", "المتوسط", "تحويل", "التحويل")


def _voltage_class(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True for a voltage class after a grid word: "الضغط الفائق 400 ك.ف"، "خط 132 كيلو فولت"."""
    n = len(tokens)
    if last >= n or tokens[last].norm not in _KV_UNITS:
        return False
    nxt = tokens[last].norm
    if nxt == normalize_word("ك"):
        if not (last + 2 < n and tokens[last + 1].norm == "." and tokens[last + 2].norm == normalize_word("ف")):
            return False
    elif nxt == normalize_word("كيلو") and not (last + 1 < n and tokens[last + 1].norm == normalize_word("فولت")):
        return False
    return any(t.kind == "ar" and (t.norm in _GRID_WORDS or _CLITIC_RE.sub("", t.norm) in _GRID_WORDS)
               for t in tokens[max(0, first - 3):first])


def _year_span(read: NumberRead, second: NumberRead, unit: str | None) -> bool:
    """Return True for two years joined as a span whose 'unit' is no counted noun (a word with a pronoun or ال).

    With nothing counted after them ("ارتفعت الصادرات من 2019 إلى 2023 بنسبة 12%") two such numbers are years too.
    """
    if not (read.digits_plain and second.digits_plain and 1900 <= read.value < second.value <= 2100):
        return False
    if second.value - read.value > 50 or unit == "%":
        return False
    if unit is None:
        return True
    word = normalize_word(unit.split()[0])
    return word not in _KNOWN_UNITS and (word.startswith("ال") or word.endswith(_PRONOUNS_ON_NOUN))


def _octane_grade(tokens: Sequence[Token], read: NumberRead, prev: Token | None, unit: str | None) -> bool:
    """Return True for an octane rating: "95 أوكتان", or a whole number in the band right after a fuel word."""
    if unit is not None and normalize_word(unit) in _OCTANE:
        return True
    return (unit is None and read.digits_plain and prev is not None and prev.norm in _FUELS
            and _OCTANE_BAND[0] <= read.value <= _OCTANE_BAND[1])


# A bare year-like number is a count when a qualifying verb or a comparison governs it ("عدد أسراها يتجاوز 1500"،
# "أكثر من 1200") or it is the figure of a counting subject ("بلغ عدد المشاركين 1650"). Time words that also
# qualify (حتى، نحو "towards"، قبل) leave it a year.
_COUNT_COMPARISONS = _norms("أكثر", "أزيد", "أقل", "أدنى", "حوالي", "حوالى", "قرابة", "زهاء")
_COUNT_SUBJECTS = ("عدد", "اعداد", "اجمالي", "مجموع", "حصيله", "تعداد")


def _governed_count(tokens: Sequence[Token], read: NumberRead, last_taken: int) -> bool:
    """Return True when a qualifying verb, a comparison or a counting subject governs the number at read.first."""
    first = read.first
    qual, q_start = _qualifier_before(tokens, first, last_taken)
    if qual != "exact":
        if q_start is None:
            return True  # a verb with its subject between: "يزيد عدد الضحايا على 1500"
        head = _CLITIC_RE.sub("", tokens[q_start].norm)
        if head in _COUNT_COMPARISONS or tokens[q_start].norm in _COUNT_COMPARISONS:
            return True
        return any(_verb_form(t.norm) is not None for t in tokens[q_start:first])
    for width in (1, 2):  # بلغ عدد المشاركين 1650، يبلغ إجمالي النازحين 1800
        k = first - 1 - width
        if k <= last_taken:
            return False
        words = tokens[k + 1:first]
        if any(t.kind != "ar" or t.norm in _STOP for t in words):
            return False
        subject = _CONJ_FUTURE.sub("", words[0].norm) if words[0].norm.startswith(("و", "ف")) else words[0].norm
        if subject.startswith(_COUNT_SUBJECTS) and _CONJ_FUTURE.sub("", tokens[k].norm) in _CARRY_VERBS:
            return True
    return False


# "ليرتفع عدد اللاعبين الذين غادروا الفريق هذا الصيف إلى أربعة."، "ووصل عدد الموقوفين إلى سبعة": a number word that
# closes the clause after a verb of change on "عدد X" is the count of X it reaches, though no noun follows it.
_COUNT_CHANGE_VERBS = _norms("ارتفع", "ارتفعت", "يرتفع", "ترتفع", "وصل", "وصلت", "يصل", "تصل", "قفز", "قفزت",
                             "يقفز", "تقفز", "تراجع", "تراجعت", "يتراجع", "تتراجع", "انخفض", "انخفضت", "ينخفض",
                             "تنخفض", "زاد", "زادت", "يزيد", "تزيد", "صعد", "صعدت", "يصعد")
_TO_WORDS = _norms("إلى", "الى")
_CLAUSE_END_MARKS = frozenset(".!?؟،,;؛")
_COUNT_RISE_REACH = 12  # words from the verb of change to its number


def _count_change_verb(norm: str) -> bool:
    """Say whether a word is a verb of change on a count, with و/ف or a result ل before it or not."""
    return norm in _COUNT_CHANGE_VERBS or (norm[:1] in ("ل", "و", "ف") and norm[1:] in _COUNT_CHANGE_VERBS)


def _count_a_rise_reaches(tokens: Sequence[Token], read: NumberRead, last_taken: int) -> str | None:
    """Return the noun "عدد X" counts when the number word at read closes "ارتفع عدد X … إلى N", else None."""
    first, after = read.first, read.last
    if first < 3 or tokens[first - 1].norm not in _TO_WORDS \
            or (after < len(tokens) and not (tokens[after].kind == "sym" and tokens[after].norm in _CLAUSE_END_MARKS)):
        return None
    for k in range(first - 2, max(last_taken, first - 2 - _COUNT_RISE_REACH), -1):
        tok = tokens[k]
        if tok.kind == "sym" and tok.norm in _CLAUSE_END_MARKS or tok.kind == "num":
            return None
        if tok.norm not in ("عدد", "اعداد") or k < 1 or k + 1 >= first - 1 or tokens[k + 1].kind != "ar":
            continue
        if not (_count_change_verb(tokens[k - 1].norm) or k + 2 < first - 1 and _count_change_verb(tokens[k + 2].norm)):
            return None  # the verb before "عدد X" or right after it ("عدد الزوار ارتفع إلى ثلاثة")
        noun = _MARKS_RE.sub("", tokens[k + 1].text)
        return noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    return None


def _weak_bare_number(tokens: Sequence[Token], read: NumberRead, prev: Token | None, last_taken: int) -> bool:
    """Return True for a number with no unit that is too weak to report: a year, a code, a bare word number."""
    tok = tokens[read.first]
    if read.digits_plain and _YEAR_RANGE[0] <= read.value <= _YEAR_RANGE[1]:
        return not _governed_count(tokens, read, last_taken)  # في 2023, but "يتجاوز 1500"
    if read.digits_plain and tok.norm.startswith("0") and len(tok.norm) > 1:
        return True  # 0266: a code or a reference
    weak = not read.scaled or tok.norm in _CONSTRUCT_DUALS
    if read.words and prev is not None and prev.norm in _AMONG_THEM and _word_kind(tok.norm) != "F":
        return False  # "27 عاملا، بينهم ثلاثة في حالة حرجة": part of the group just counted
    if read.words and _part_of_counted_group(tokens, read, last_taken) and _word_kind(tok.norm) != "F":
        return False  # "عن خمسة معتقلين، ... اثنين منهم": part of the group counted before, like بينهم
    if read.words and _subject_of_counted_group(tokens, read, last_taken) and _word_kind(tok.norm) != "F":
        return False  # "غادر 38 منهم، فيما لا يزال خمسة تحت المراقبة": the rest of the group counted before
    if read.words and _parallel_count(tokens, read, last_taken) and _word_kind(tok.norm) != "F":
        return False  # "12 شباكاً للمغادرين وثمانية للقادمين": the same noun, left out the second time
    if read.words and _weighed_against_count(tokens, read, prev, last_taken) and _word_kind(tok.norm) != "F":
        return False  # "بخمسة أصوات مقابل أربعة"، "سبعة مقاعد مقابل ثلاثة": the other side of the count just made
    if read.words and weak and (_qualifier_before(tokens, read.first, last_taken)[0] == "exact"
                                or _word_kind(tok.norm) == "F"):
        return True  # ثلاثة منهم / خمس السكان / حشد مليوني: too weak without a noun or a qualifier
    if prev is not None and prev.kind == "lat" and tok.kind == "num":
        return True  # iPhone 15، Windows 11: a model number
    return False


_AGAINST = _norms("مقابل", "ومقابل")


def _weighed_against_count(tokens: Sequence[Token], read: NumberRead, prev: Token | None, last_taken: int) -> bool:
    """Return True for a number word right after مقابل when the count with its noun ends just before مقابل."""
    return prev is not None and prev.norm in _AGAINST and last_taken == read.first - 2 \
        and tokens[last_taken].kind == "ar"


# "اثنين منهم"، "أربع منها": a number word before these counts part of a group.
_OF_THEM = _norms("منهم", "منها", "منهن")


def _part_of_counted_group(tokens: Sequence[Token], read: NumberRead, last_taken: int) -> bool:
    """Return True for "N منهم" when the group was counted earlier in the same sentence."""
    after = read.last
    if last_taken < 0 or after >= len(tokens) or tokens[after].norm not in _OF_THEM:
        return False
    between = tokens[last_taken + 1:read.first]
    return not any(t.kind == "sym" and t.norm in _SENTENCE_ENDS for t in between)


# Forms of كان too short for _VERB_SHAPE: "ارتفع عدد النساء إلى عشر نائبات بعدما كنّ ثماني"، "صرنا عشرين بعدما كنا
# خمسة" (what the group counted just before numbered earlier).
_SHORT_KANA = _norms("كن", "كنا")


def _subject_of_counted_group(tokens: Sequence[Token], read: NumberRead, last_taken: int) -> bool:
    """Return True for a number word right after a verb ("وبقي عشرة"، "لا يزال خمسة") once the sentence counted.

    A count earlier in the same sentence names what the word counts: "أصيب 12 شخصا، فيما توفي ثلاثة"; an amount
    or a measure ("5 ملايين دولار"، "20%") counts no group.
    """
    first = read.first
    if last_taken < 0 or first == 0 or tokens[first - 1].kind != "ar" or tokens[last_taken].kind == "sym" \
            or tokens[last_taken].norm in _KNOWN_UNITS:
        return False
    verb = tokens[first - 1].norm
    if not (_VERB_SHAPE.match(verb) or _VERB_SHAPE.match(_CONJ_FUTURE.sub("", verb) or verb)
            or _CONJ.sub("", verb) in _SHORT_KANA):
        return False
    between = tokens[last_taken + 1:first]
    return not any(t.kind == "sym" and t.norm in _SENTENCE_ENDS for t in between)


# "12 شباكاً للمغادرين وثمانية للقادمين"، "ثلاث شاحنات إلى غزة وأربع إلى رفح": a number word joined by و to a count
# just made, each followed by a phrase of a preposition, counts the same noun (left out the second time).
_PARALLEL_PREPOSITIONS = _norms("في", "إلى", "الى", "على", "من", "عن", "داخل", "خارج")
_PARALLEL_CLITIC = re.compile(r"^(?:لل|ل|بال|ب)(?=\w{3})")
MAX_PARALLEL_PHRASE = 3  # the first count's phrase: a preposition and up to two words


def _opens_with_preposition(tok: Token) -> bool:
    """Say whether a word is a preposition or carries one (للقادمين، بالمدينة)."""
    return tok.kind == "ar" and (tok.norm in _PARALLEL_PREPOSITIONS or _PARALLEL_CLITIC.match(tok.norm) is not None)


def _parallel_count(tokens: Sequence[Token], read: NumberRead, last_taken: int) -> bool:
    """Say whether a number word with no noun after it repeats the shape of the count just before it: the count
    with its noun, a prepositional phrase of three words at most, then و, the word and a like phrase."""
    first, after = read.first, read.last
    if last_taken < 0 or tokens[last_taken].kind != "ar" or after >= len(tokens) \
            or not _opens_with_preposition(tokens[after]):
        return False
    joined = tokens[first].text.startswith("و") or tokens[first - 1].norm == "و"
    between = tokens[last_taken + 1:first]
    if between and between[-1].norm == "و":
        between = between[:-1]
    return joined and 0 < len(between) <= MAX_PARALLEL_PHRASE and _opens_with_preposition(between[0]) \
        and all(t.kind == "ar" for t in between)


_COPULA_LABEL_WORDS = 4  # words between a label noun and هو/هي before its number


def _genitive_cue(tokens: Sequence[Token], first: int) -> bool:
    """Return True for a label noun before one or two names before first: قرار مجلس الأمن 2254، رقم الطوارئ هو 112.

    The noun may be indefinite with its adjective: "خصصت رقماً مجانياً هو 80001010".
    """
    k = first - 1
    copula = k >= 0 and tokens[k].norm in _COPULAS
    if copula:
        k -= 1
    # After هو/هي the whole phrase before it is the label's: "الرقم الموحد لاستقبال البلاغات هو 911"
    for depth in range(_COPULA_LABEL_WORDS if copula else 2):
        word = tokens[k - depth].norm if k - depth >= 0 else ""
        if k - depth < 1 or tokens[k - depth].kind != "ar" or word in _RECORD_WORDS \
                or (_VERB_SHAPE.match(word) and not word.startswith("ال")):  # (no verb takes ال: البلاغات)
            return False
        cue = tokens[k - depth - 1]
        if cue.kind == "ar" and (cue.norm in _GENITIVE_CUES or cue.norm[:1] == "و" and cue.norm[1:] in _GENITIVE_CUES):
            return True  # "ورقم الطوارئ هو 112": with its و too
    return False


_QUOTES = frozenset('"«»“”')


def _in_quoted_name(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True for a number of digits that closes a short quoted name: محطة "الجبيل 4"، مصنع «الزرقاء 3»."""
    if not read.digits_plain or read.last >= len(tokens) or tokens[read.last].norm not in _QUOTES:
        return False
    if _qualifier_before(tokens, read.first, -1)[0] != "exact":
        return False  # "يتجاوز 1500"، "نحو 900": a quoted figure with its qualifier, not a name
    for k in range(read.first - 1, max(-1, read.first - 4), -1):
        if tokens[k].norm in _QUOTES:
            return k < read.first - 1
        if tokens[k].kind != "ar":
            return False
    return False


# A number in a short quoted title is part of the title, no amount. The title is told by a title noun before the
# quotes, indefinite (صحيفة "إل سولي 24 أوري"، قناة «فرانس 24»، مسلسل "24"، كتاب "100 عام من العزلة"), or, for
# a number that opens the title, by a work noun, definite too (رواية "1984"، الفيلم «300»), by its author after it
# ("1984" لجورج أورويل) or by the title listed before it ("مئة عام من العزلة" و"ألف ليلة وليلة"). A quote that tells
# of a noun of another kind ("بيان "20 مطلباً"") or a quotation after a definite outlet ("نقلت الوكالة "أكثر من 50
# قتيلاً"") is read as usual.
_TITLE_NOUN = re.compile(
    r"^[وف]?[بلك]?(?:صحيفه|جريده|مجله|يوميه|اسبوعيه|قناه|اذاعه|محطه|موقع|وكاله|برنامج|مسلسل|فيلم"
    r"|كتاب|روايه|اغنيه|البوم|مسرحيه|تطبيق|منصه)$")
_WORK_NOUNS = _norms("رواية", "روايات", "كتاب", "كتب", "فيلم", "أفلام", "مسلسل", "مسرحية", "أغنية", "ألبوم", "قصيدة",
                     "ديوان", "قصة", "سلسلة", "برنامج", "لعبة")
_TITLE_REACH = 4  # words of a quoted title on either side of its number


def _in_quoted_title(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True when the number at read stands in a short quoted title (see _TITLE_NOUN above)."""
    n = len(tokens)
    opening = read.first - 1
    while opening >= 0 and read.first - opening <= _TITLE_REACH and tokens[opening].kind in ("ar", "lat"):
        opening -= 1
    closing = read.last
    while closing < n and closing - read.last < _TITLE_REACH and tokens[closing].kind in ("ar", "lat"):
        closing += 1
    if opening < 0 or closing >= n or tokens[opening].norm not in _QUOTES or tokens[closing].norm not in _QUOTES:
        return False
    before = tokens[opening - 1] if opening >= 1 else None
    if before is not None and _TITLE_NOUN.match(before.norm):
        return True
    return opening == read.first - 1 and _opens_work_title(tokens, read, before, closing)


def _opens_work_title(tokens: Sequence[Token], read: NumberRead, before: Token | None, closing: int) -> bool:
    """Return True when the number opening a quoted title names a work: a work noun before, a list, an author."""
    if before is not None and before.kind == "ar":
        if any(word in _WORK_NOUNS or (word.startswith("ال") and word[2:] in _WORK_NOUNS)
               for word in (before.norm, _without_clitic(before.norm))):  # فيلم, not ف + يلم
            return True
        if read.words and before.norm == "و" and read.first >= 3 and tokens[read.first - 3].norm in _QUOTES:
            return True  # a spelled number in a listed quote: "…" و"ألف ليلة وليلة" (figures are written in digits)
    # "لجورج": ل and a name, not للمرة، لكل
    after = tokens[closing + 1] if closing + 1 < len(tokens) else None
    return after is not None and after.kind == "ar" and after.norm.startswith("ل") \
        and not after.norm.startswith("لل") and after.norm not in _RATIO_BASE and after.norm != "لكل"


# Bodies whose own name may be a number word: "شركة ألفا"، "مجموعة مئة".
_NAMED_BODIES = _norms("شركة", "شركات", "شبكة", "مجموعة", "منصة", "تطبيق", "علامة", "مؤسسة")


def _word_as_name(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True for one number word that is a name: quoted alone (وبحسب شركة "ألفا") or right after a body.

    A figure is not quoted alone as a word; "شركة ألفا" (Alfa) is no company of a thousand.
    """
    if not read.words or read.last - read.first != 1:
        return False
    first, n = read.first, len(tokens)
    prev = tokens[first - 1] if first else None
    if prev is not None and prev.norm in _QUOTES and read.last < n and tokens[read.last].norm in _QUOTES:
        return True
    # Not "شركة واحدة" (one and two follow their noun as adjectives), nor "شبكة ألف مشترك" (a count in
    # construct): the name ends there or goes on with its field ("شبكة ألفا للاتصالات").
    if prev is None or prev.kind != "ar" or prev.norm not in _NAMED_BODIES or read.value <= 2:
        return False
    nxt = tokens[read.last] if read.last < n else None
    return nxt is None or nxt.kind != "ar" or nxt.norm.startswith("لل")


def _cue_with_adjective(tokens: Sequence[Token], first: int) -> bool:
    """Return True for a reference cue and a definite adjective right before first: الخط الساخن، الرقم الموحد.

    إلى folds to الى, which is no adjective: "أن يصل العدد إلى 2500" is the count it reaches.
    """
    if first < 2 or tokens[first - 1].kind != "ar" or tokens[first - 2].kind != "ar":
        return False
    adjective, noun = tokens[first - 1], tokens[first - 2]
    return adjective.norm.startswith("ال") and adjective.norm not in _STOP and _reference_cue(adjective.norm) is None \
        and _reference_cue(noun.norm) is not None


# A plural noun by its shape: a sound feminine plural (حسابات، المحافظات), a sound masculine one after ال (المصابين)
# and the broken plurals مفاعل/فواعل/فعائل (مقاعد، رواتب، رسائل) and مفاعيل (مشاريع). Names before a number (كوب،
# إكسبو، أرتميس، مونديال) have none of these shapes.
_PLURAL_CONJ = re.compile(r"^[وف](?=\w{4})")
_PLURAL_ARTICLE = re.compile(r"^(?:[بك]?ال|لل)(?=\w{4})")  # المقاعد، بالمقاعد، للمصابين (ل + ال)
_PLURAL_PREPOSITION = re.compile(r"^[بلك](?=\w{4})")
_PLURAL_PRONOUN = re.compile(r"(?<=\w{4})(?:ه|ها|هم|هما|هن)$")  # مقاعده، مدارسها
_NOT_PLURAL = _norms("البحرين", "النهرين", "الرافدين", "الحرمين")  # names in -ين


def _plural_stem(norm: str) -> tuple[str, bool]:
    """Return a word without و/ف, ب/ل/ك, ال and a pronoun suffix, and whether it had ال."""
    word = _PLURAL_CONJ.sub("", norm)
    stem = _PLURAL_ARTICLE.sub("", word)
    if stem != word:
        return stem, True
    return _PLURAL_PRONOUN.sub("", _PLURAL_PREPOSITION.sub("", word)), False


def _plural_shape(norm: str) -> bool:
    """Say whether a word (with its clitics, ال or a pronoun) has the shape of a plural noun."""
    if norm in _NOT_PLURAL:
        return False
    stem, definite = _plural_stem(norm)
    if len(stem) >= 5 and stem.endswith("ات"):
        return True
    if definite and len(stem) >= 5 and stem.endswith(("ين", "ون")):
        return True  # المصابين، للاعبين (a bare -ين word is as often a name: فلسطين)
    return (len(stem) == 5 and stem[2] == "ا") or (len(stem) == 6 and stem[2] == "ا" and stem[4] == "ي")


# A number right after a name-like word, with no counted noun, is part of the name: كوب 28، أرتميس 3،
# آيفون 15، فورمولا 1 (and a year-like one even before a word: إكسبو 2020 دبي). Name-like: an indefinite
# word with a long vowel after its first letter that has no verb shape, so "قتل 3"، "وأصيب 28"، "نجا 3"،
# "سجلت 40"، "عددها 35" and subject nouns (إجمالي 450) keep their numbers.
_LONG_VOWELS = frozenset("اوي")
_DEFINITE_PREFIXES = ("ال", "لل", "بال", "وال", "فال", "كال", "ولل", "فلل")
_VERB_SHAPE = re.compile(
    r"^[يتن]\w{2,}$"  # imperfect يبلغ، تضم; تفعّل past توفي
    r"|\w{2,}(?:ت|وا|تم|نا)$"  # past suffixes سجلت، أصيبوا
    r"|^\wا\w$|^\w\w[اي]$"  # hollow and defective past: زاد، عاد، نجا، قضى
    r"|^ا?\wي\w$"  # passive of a hollow verb: أصيب، قيل
)
_OBJECT_SUFFIX = re.compile(r"(?:ها|هم|هما|هن|كم)$")
# The verbal noun of a derived verb acts on the count after it: "انتزاع 1126 لغماً"، "اعتقال 1200 شخص"، "استخراج
# 1500 طن" (forms VII انفعال، VIII افتعال، X استفعال), and form IV إفعال: "إلغاء 1143 ورقة"، "إجلاء 1340 شخصاً"; a
# name is not so shaped.
_VERBAL_NOUN_SHAPE = re.compile(r"^[وفبل]?(?:ان\w\wا\w|ا\wت\wا\w|است\w\wا\w|ا\w\wا\w)$")


# "الـN" after a plural noun counts it: "بكامل المقاعد الـ18"، "مقاعده الـ12"، "مقاعد كركوك الـ16" (the plural in
# construct with one word); after a singular noun it is an ordinal ("الجولة الـ13"، "دورته الـ45"). Not a plural of
# time ("الساعات الـ24 المقبلة": a span) nor one of, or in construct with, an event named by its edition
# ("انتخابات الكنيست الـ25"، "حفلات المهرجان الـ45": the 25th Knesset, the 45th festival).
_ARTICLE_CUES = _norms("ال", "الـ")
_EDITION_NOUNS = _EVENT_NOUNS | _norms("انتخابات", "مؤتمر", "دوري", "موسم", "مسابقة", "نسخة", "طبعة", "جولة",
                                       "عيد", "ذكرى", "كنيست", "برلمان")


def _edition_noun(norm: str) -> bool:
    """Say whether a word (with ال or a clitic) names an event counted by its editions."""
    return _plural_stem(norm)[0] in _EDITION_NOUNS or _without_clitic(norm)[2:] in _EDITION_NOUNS \
        or _reference_cue(norm) is not None


# A definite number word after a definite plural agrees with it as an adjective and counts it: "المقاعد الثمانية
# التي حصلت عليها النساء". It reports a figure when a relative clause after it tells what the counted did or had
# done to them; alone it mostly points back to a group counted before ("أحالت المتهمين السبعة إلى المحاكمة"، "في
# المناطق الثلاث"). From three on: "الاثنين" is also Monday, and a definite number word alone is no figure ("الخمسة
# الكبار"، "في المئة"). Not a plural of time ("السنوات العشر التي مضت": a span) nor of an event counted by its
# editions.
_COUNTING_WORD_KINDS = frozenset(("U", "TEN", "T"))
_LEAST_ADJECTIVE_COUNT = 3
_PLURAL_ARTICLE_TEXT = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def _definite_count_after_plural(tokens: Sequence[Token], i: int) -> bool:
    """Say whether tokens[i] is a definite number word (الثمانية) after a definite plural noun (المقاعد) it counts."""
    if i < 1 or tokens[i].kind != "ar" or tokens[i - 1].kind != "ar":
        return False
    hit = lookup_word(tokens[i].norm)
    if hit is None or not hit.definite or hit.prep or hit.kind not in _COUNTING_WORD_KINDS \
            or hit.value < _LEAST_ADJECTIVE_COUNT:
        return False
    word = tokens[i - 1].norm
    stem, definite = _plural_stem(word)
    return definite and _plural_shape(word) and stem not in DURATION_WORDS and not _edition_noun(word)


def _count_told_by_relative_clause(tokens: Sequence[Token], read: NumberRead | None) -> NumberRead | None:
    """Return read when a relative pronoun follows the definite number word it reads (الثمانية التي), else None."""
    if read is None or read.last >= len(tokens) or tokens[read.last].norm not in _CHANGE_CLAUSE_BREAK:
        return None
    return read


def _the_n_of_a_plural(tokens: Sequence[Token], article: int) -> bool:
    """Say whether the article "الـ" at article follows a plural noun that the number after it counts."""
    k = article - 1
    if k < 0 or tokens[k].kind != "ar":
        return False
    word = tokens[k].norm
    stem, definite = _plural_stem(word)
    if _plural_shape(word) and (definite or stem != _PLURAL_PREPOSITION.sub("", _PLURAL_CONJ.sub("", word))):
        return stem not in DURATION_WORDS and not _edition_noun(word)  # المقاعد الـ18، مقاعده الـ12
    if k < 1 or tokens[k - 1].kind != "ar" or _edition_noun(word):
        return False
    head = tokens[k - 1].norm
    head_stem, head_definite = _plural_stem(head)
    return _plural_shape(head) and not head_definite and head_stem not in DURATION_WORDS \
        and not _edition_noun(head)  # مقاعد كركوك الـ16، مديريات المملكة الـ42


def _accusative_after(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Say whether the word after a number carries the accusative tanween (مجلساً، عاملاً): its counted noun."""
    return read.last < len(tokens) and tokens[read.last].kind == "ar" and "\u064B" in tokens[read.last].text


def _name_part(tokens: Sequence[Token], read: NumberRead, prev: Token | None, unit: str | None,
               last_taken: int) -> bool:
    """Return True when a bare number of digits is part of the name before it."""
    if not read.digits_plain or prev is None or prev.kind != "ar":
        return False
    if unit is not None and (not _YEAR_RANGE[0] <= read.value <= _YEAR_RANGE[1]
                             or normalize_word(unit.split()[0]) in _KNOWN_UNITS or unit == "%"):
        return False  # "للأجانب 1200 جنيه" is a price
    word = prev.norm
    bare = word[1:] if word[0] in "وف" else word
    if unit is not None and (_plural_shape(word) or _accusative_after(tokens, read)):
        # "على مقاعد 1541 مجلساً"، "منازل 1750 أسرة": a plural is no name; "رئاسة 1320 مجلساً": a name is not followed
        # by an indefinite accusative (tanween), the noun a number counts. The number counts the noun after it.
        return False
    # The long vowel is looked for after the first letter of the word without و/ف: the ا of "وأكد" is its hamza
    # (أكد), so "وأكد 7 من 10 أطباء" keeps its numbers as "أكد 7" does.
    if (len(word) < 3 or _MARKS_RE.sub("", prev.text).startswith(_DEFINITE_PREFIXES)
            or not _LONG_VOWELS.intersection(bare[1:])
            or _VERB_SHAPE.match(word) or _VERB_SHAPE.match(bare) or _OBJECT_SUFFIX.search(word)
            or unit is not None and _VERBAL_NOUN_SHAPE.match(word)):
        return False
    if word in _STOP or bare in _STOP or lookup_word(word) is not None or _is_subject_noun(word):
        return False
    if _part_of_counted_group(tokens, read, last_taken) or (read.last < len(tokens) and tokens[read.last].norm in _OF_THEM):
        return False  # "تأكدت إصابة 671 منها"، "غادر 38 منهم": a part of a group, never a name's number
    if bare in _TALLY_NOUNS and _in_vote_sentence(tokens, read):
        return False  # "وامتناع 18 عن التصويت": a vote tally, not a name
    return _qualifier_before(tokens, read.first, last_taken)[0] == "exact"


# A vote is told as tallies: "بأغلبية 120 صوتاً مقابل رفض 40 وامتناع 18 عن التصويت"; the noun of a side, then its
# count, often without the counted noun. Only in a sentence about a vote, so "رفض 18" elsewhere stays unread.
_TALLY_NOUNS = _norms("امتناع", "رفض", "تأييد", "موافقة", "اعتراض", "معارضة")
_VOTE_WORDS = _norms("التصويت", "تصويت", "بالتصويت", "للتصويت", "صوتا", "صوتاً", "أصوات", "الأصوات", "بأغلبية",
                     "أغلبية", "صوت", "صوتت", "وصوت", "وصوتت", "اقتراع", "الاقتراع")


def _in_vote_sentence(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True when the sentence around the number at read speaks of a vote (التصويت، صوتاً، بأغلبية …)."""
    n = len(tokens)
    for step, edge in ((-1, -1), (1, n)):
        k = read.first - 1 if step < 0 else read.last
        while k != edge and abs(k - read.first) <= _VOTE_REACH:
            tok = tokens[k]
            if tok.kind == "sym" and tok.norm in _SENTENCE_ENDS:
                break
            if tok.kind == "ar" and tok.norm in _VOTE_WORDS:
                return True
            k += step
    return False


_VOTE_REACH = 30  # tokens either side of the number


def _event_year(tokens: Sequence[Token], read: NumberRead, unit: str | None) -> bool:
    """Return True for a bare year that ends an event's name: an event noun 1-3 words before it."""
    if not read.digits_plain or read.scaled or not _YEAR_RANGE[0] <= read.value <= _YEAR_RANGE[1]:
        return False
    if unit is not None and (unit == "%" or normalize_word(unit.split()[0]) in _KNOWN_UNITS):
        return False  # "بطولة آسيا ... 2000 دولار" is a prize
    if read.last == read.first + 1 and _year_after_noun(tokens, read.first, _VOTE_OR_SEASON_NOUNS):
        return True  # "خلال اقتراع 2021 حدود 47%": the vote's year, whatever bounds the figure after it
    if read.last == read.first + 1 and _year_after_noun(tokens, read.first, _HAPPENING_NOUNS):
        return True  # "عدد كبير من إصابات 2003 نتج عن التدافع": the injuries of 2003
    if _qualifier_before(tokens, read.first, -1)[0] != "exact":
        return False  # "يفوق الدورة السابقة بنحو 1000 منصب": no year is approximate or bounded
    for tok in tokens[max(0, read.first - 3):read.first]:
        bare = _LABEL_CLITIC.sub("", tok.norm) if tok.kind == "ar" else ""
        if bare.startswith("ال"):
            bare = bare[2:]
        if tok.kind == "ar" and (tok.norm in _EVENT_NOUNS or bare in _EVENT_NOUNS):
            return True
    return False


_LABEL_CLITIC = re.compile(r"^[وف]?[بلك]?")
# An indefinite noun of a vote or a season in construct with the year right after it: "اقتراع 2021"، "انتخابات
# 2019"، "استفتاء 2014"، "موسم 2023". The definite noun may be the subject before a count ("وتابع الاقتراع 1500
# مراقب"), so only the indefinite one.
# An assembly named by the year it was elected is one too: "بعد حل مجلس 2023 بمرسوم".
_VOTE_OR_SEASON_NOUNS = _norms("اقتراع", "انتخابات", "استفتاء", "استحقاق", "تشريعيات", "رئاسيات", "موسم", "دورة",
                               "نسخة", "مجلس")


# An indefinite noun of happenings, mostly plural, in construct with a year: "إصابات 2003"، "فيضانات 2019"،
# "زلزال 1980". The year names the events; a count of them would stand before the noun ("2003 إصابات").
_HAPPENING_NOUNS = _norms("إصابات", "ضحايا", "قتلى", "أحداث", "فيضانات", "فيضان", "زلزال", "زلازل", "حرائق",
                          "سيول", "هجمات", "تفجيرات", "احتجاجات", "مظاهرات", "اضطرابات", "مجزرة", "مجازر",
                          "كارثة", "إعصار", "موجة", "أزمة", "حرب", "ثورة", "انتفاضة")


def _year_after_noun(tokens: Sequence[Token], k: int, nouns: frozenset[str]) -> bool:
    """Say whether tokens[k] is a year in plain digits right after one of nouns (as written, or with its و/ف and
    ب/ل/ك off): _VOTE_OR_SEASON_NOUNS ("اقتراع 2021"), _HAPPENING_NOUNS ("إصابات 2003")."""
    tok = tokens[k]
    return k > 0 and tok.kind == "num" and tok.norm.isdigit() and 1900 <= int(tok.norm) <= 2100 \
        and tokens[k - 1].kind == "ar" \
        and (tokens[k - 1].norm in nouns or _LABEL_CLITIC.sub("", tokens[k - 1].norm) in nouns)


def _without_clitic(norm: str) -> str:
    """Return a word without its leading و/ف and ب/ل/ك: بالرقم → الرقم, للمادة → المادة (ل + ال)."""
    if norm.startswith(("لل", "ولل", "فلل")):
        return "ال" + norm[norm.index("لل") + 2:]
    return _LABEL_CLITIC.sub("", norm)


# "السنة المالية 2026"، "العام الدراسي 2025"، "الموسم الزراعي 2024": a year word and the calendar it belongs to.
_YEAR_NOUNS = _norms("السنة", "العام", "الموسم", "سنة", "عام", "موسم")
_CALENDAR_ADJECTIVES = _norms("المالية", "المالي", "الدراسية", "الدراسي", "الزراعية", "الزراعي", "الرياضي",
                              "الرياضية", "القضائية", "القضائي", "الميلادية", "الهجرية", "مالية", "مالي", "دراسي")


def _calendar_year(tokens: Sequence[Token], read: NumberRead) -> bool:
    """Return True for a bare year right after a year noun and its calendar: السنة المالية 2026."""
    if not read.digits_plain or read.scaled or not _YEAR_RANGE[0] <= read.value <= _YEAR_RANGE[1] or read.first < 2:
        return False
    noun, adjective = tokens[read.first - 2], tokens[read.first - 1]
    if noun.kind != "ar" or adjective.kind != "ar" or adjective.norm not in _CALENDAR_ADJECTIVES:
        return False
    return noun.norm in _YEAR_NOUNS or _without_clitic(noun.norm) in _YEAR_NOUNS  # للسنة = ل + السنة


def _counted_by(token: Token) -> bool:
    """Say whether a word is عدد or مجموع, with or without a clitic: what counts the noun after it."""
    return token.kind == "ar" and (token.norm in _COUNT_NOUNS or _without_clitic(token.norm) in _COUNT_NOUNS)


def _reference_cue(norm: str) -> str | None:
    """Return the reference cue a word is, with or without a clitic: المادة، للمادة (ل+المادة)، بالرقم، بقرار."""
    if norm in _REFERENCE_CUES or norm in _STRONG_CUES:
        return norm
    bare = _without_clitic(norm)
    if len(bare) >= 3 and bare != norm and (bare in _REFERENCE_CUES or bare in _STRONG_CUES):
        return bare
    return None


def _label_before(tokens: Sequence[Token], first: int) -> Token | None:
    """Return the word that labels the number at first, looking past "(" and earlier coordinated numbers.

    "المادة (51)" -> المادة; "في الدقيقة 2 و72" -> الدقيقة for 72 too; "المواد 3، 4 و5" -> المواد.
    """
    k = first - 1
    for _ in range(6):
        if k < 0:
            return None
        tok = tokens[k]
        if tok.kind == "sym" and tok.norm in "(«\"":
            k -= 1
            continue
        if tok.kind in ("ar", "sym") and tok.norm in ("و", "،", ",") and k >= 1 and tokens[k - 1].kind == "num":
            k -= 2
            continue
        return tok
    return None


def _is_list_marker(body: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True for a bare number that numbers a list item or a note: "1- …", "2) …", "(3)"."""
    tok = tokens[first]
    if tok.kind != "num" or last != first + 1:
        return False
    nxt = tokens[last] if last < len(tokens) else None
    prev = tokens[first - 1] if first > 0 else None
    if prev is not None and prev.norm == "(" and nxt is not None and nxt.norm == ")":
        return True
    line_start = body.rfind("\n", 0, tok.start) + 1
    after_marker = tokens[last + 1] if last + 1 < len(tokens) else None
    if body[line_start:tok.start].strip(" \t-–•*") == "" and nxt is not None and nxt.norm in (".", "-", ")", "–") \
            and not (after_marker is not None and after_marker.kind == "num"):
        return True
    return False


def _trim_conj(tok: Token) -> int:
    """Return where a span starting at tok begins, leaving out a leading conjunction و/ف."""
    if tok.kind == "ar" and len(tok.norm) > 2 and tok.norm[0] in "وف" and tok.norm not in NUMBER_WORDS:
        rest = tok.norm[1:]
        if lookup_word(rest) is not None or rest in _QUAL_FIRST or (rest[0] in "بل" and rest[1:] in _QUAL_FIRST):
            cut = 1
            while cut < len(tok.text) and _MARKS_RE.match(tok.text[cut]):
                cut += 1
            return tok.start + cut
    return tok.start


def _read_clitic_number(tokens: Sequence[Token], i: int) -> NumberRead | None:
    """Read a number whose first word carries و/ل ("وعشرين"), as the far end of a range."""
    hit = lookup_word(tokens[i].norm)
    if hit is None or hit.kind not in ("U", "TEN", "T", "H", "S", "SD"):
        return None
    plain = Token(tokens[i].start, tokens[i].end, tokens[i].text, "ar",
                  _strip_one_clitic(tokens[i].norm), tokens[i].spaced)
    patched = tokens[:i] + [plain] + tokens[i + 1:i + 12]
    read = read_number(patched, i)
    return read


def _strip_one_clitic(norm: str) -> str:
    for prefix in ("و", "ل", "ف", "ب"):
        if norm.startswith(prefix) and lookup_word(norm[1:]) is not None:
            return norm[1:]
    return norm


def _has_before(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    """Return True when one of words is among the two tokens before i (qualifier words skipped)."""
    for k in (i - 1, i - 2):
        if k >= 0 and tokens[k].kind == "ar" and tokens[k].norm in words:
            return True
    return False


def _is_month(tokens: Sequence[Token], k: int) -> bool:
    """Return True when tokens[k] (or "من" + tokens[k+1]) is a month name."""
    tok = tokens[k]
    if tok.kind != "ar":
        return False
    if tok.norm in _MONTHS:
        return True
    if tok.norm == "من" and k + 1 < len(tokens) and tokens[k + 1].norm in _MONTHS:
        return True
    return False


def _clean_unit(text: str) -> str:
    """Return a unit noun as written, without diacritics, tatweel or the accusative alif."""
    had_tanween = "\u064B" in text
    word = _MARKS_RE.sub("", text)
    if word.endswith("ا") and (had_tanween or len(word) >= 3):
        word = word[:-1]
    return word


_BOAT = normalize_word("قارب")


def _boat_not_verb(tokens: Sequence[Token], k: int) -> bool:
    """Say whether قارب after a number is the boat counted ("نحو ثلاثمئة قارب توقفت") rather than the verb
    "approached" that qualifies the figure after it ("قارب 300 قارب"): no number follows it."""
    if tokens[k].norm != _BOAT:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.kind != "num" and lookup_word(nxt.norm) is None


def _unit_after(tokens: Sequence[Token], k: int) -> tuple[str | None, int]:
    """Return (unit, end token index) after a number; unit "" marks a duration/age/date noun."""
    n = len(tokens)
    if k >= n:
        return None, k
    tok = tokens[k]
    if tok.kind == "sym":
        if tok.norm in _SYMBOL_UNITS:
            return _SYMBOL_UNITS[tok.norm], k + 1
        if tok.norm in _CLOSING_QUOTES and not tok.spaced and k + 1 < n:
            unit, end = _unit_after(tokens, k + 1)  # “35.70” درجة
            return (unit, end) if unit else (None if unit is None else "", k)
        return None, k
    if tok.kind == "lat":
        if tok.norm in _LATIN_UNITS:
            return _LATIN_UNITS[tok.norm], k + 1
        if tok.norm in _ISO_CODES:
            return tok.norm, k + 1
        return None, k
    if tok.kind != "ar":
        return None, k
    norm = tok.norm
    if norm == "في" and k + 1 < n and tokens[k + 1].norm in _PERCENT_WORDS:
        return "%", k + 2
    if norm in _PERCENT_ONE:
        return "%", k + 1
    if (norm in DURATION_WORDS or _strip_acc(norm) in DURATION_WORDS) and _counted_per_period(tokens, k + 1):
        return _clean_unit(tok.text), k + 1  # "300 يوم مغبر سنوياً": days counted in a year, not a span
    if norm in _YEAR_CUES and k + 1 < n and tokens[k + 1].kind == "num" \
            and tokens[k + 1].text.isdigit() and _YEAR_RANGE[0] <= int(tokens[k + 1].text) <= _YEAR_RANGE[1]:
        return None, k  # "ما يزيد عن 7 ملايين سنة 2010": the year of the figure, not its unit
    if norm == _KNOTS and any(t.norm in _SPEED_WORDS for t in tokens[max(0, k - 4):k]):
        return _clean_unit(tok.text), k + 1  # "بسرعة 8 عقد": knots (عقدة), not decades
    if _counts_contracts(tokens, k):
        return _clean_unit(tok.text), k + 1  # "340 عقد إيجار"، "1250 عقداً": contracts, not decades
    if norm in DURATION_WORDS or _strip_acc(norm) in DURATION_WORDS or norm in _NOT_COUNTED:
        return "", k
    if norm == "ج" and k + 2 < n and tokens[k + 1].norm == "." and tokens[k + 2].norm == "م":
        end = k + 4 if k + 3 < n and tokens[k + 3].norm == "." and not tokens[k + 3].spaced else k + 3
        return "ج.م", end
    if norm == "من" and k + 1 < n and tokens[k + 1].kind == "ar" and _MARKS_RE.sub("", tokens[k + 1].text)[:2] == "ال":
        # "ثلاثة من المسلحين": the counted noun comes definite after من (kept without ال)
        stem = _MARKS_RE.sub("", tokens[k + 1].text)[2:]
        stem_norm = normalize_word(stem)
        if stem_norm in DURATION_WORDS or stem_norm in _MONTHS or stem_norm in _OF_WHAT_DROP:
            return "", k
        if len(stem_norm) < 3 or stem_norm in _STOP or lookup_word(stem_norm) is not None \
                or stem_norm in _PERCENT_WORDS or normalize_word("ال" + stem) in _PERCENT_WORDS:
            return None, k
        return _clean_unit(stem), k + 2
    if norm == "من" and _construct_after_min(tokens, k + 1):
        # "ثلاثة من عمال المصنع"، "أربعة من رجال الإطفاء": the counted noun heads a construct, its genitive definite
        return _clean_unit(tokens[k + 1].text), k + 2
    if norm in _STOP or norm in _MONTHS or lookup_word(norm) is not None \
            or norm in _QUAL_FIRST and not _boat_not_verb(tokens, k):
        return None, k  # a qualifier word (نحو، قرابة) belongs to the next number
    if norm == "من" or _MARKS_RE.sub("", tok.text).startswith(_DEFINITE_PREFIXES):
        return None, k  # a definite noun is not the counted noun
    if len(norm) >= 4 and norm[0] == "و" and norm[1] in "اتين":
        return None, k  # وأصيب، وتوفي: the next clause, not a counted noun
    if len(norm) == 4 and norm[0] == "و" and not any(c in norm[1:] for c in "يوه"):
        return None, k  # وخصم، وقال: و + a past verb (nouns like وزير، وفود، وفاة carry a long vowel or ة)
    if "\u064B" not in tok.text and ((len(norm) >= 5 and norm.endswith("وا"))
                                     or (len(norm) >= 4 and norm[0] == "ي" and norm.endswith("ون"))):
        return None, k  # أصيبوا، يستعدون: a verb follows the number (عضواً / عضوا is a noun)
    if norm.startswith("و") and norm[1:] in _STOP:
        return None, k
    if _heads_prepositional_phrase(tokens, k):
        return None, k
    unit = _clean_unit(tok.text)
    end = k + 1
    ext_key = normalize_word(unit)
    for ext in _UNIT_EXTENSIONS.get(ext_key, ()):
        following = tokens[end:end + len(ext)]
        if not all(t.kind == "ar" for t in following):
            continue
        if tuple(t.norm for t in following) == ext:
            unit = unit + " " + " ".join(_MARKS_RE.sub("", t.text) for t in following)
        elif tuple(normalize_word(_clean_unit(t.text)) for t in following) == ext:
            # The adjective agrees with an accusative unit: "61 متراً مكعباً"، "40 كيلومتراً مربعاً"
            unit = unit + " " + " ".join(_clean_unit(t.text) for t in following)
        else:
            continue
        end += len(ext)
        break
    if ext_key in _DEGREES and end == k + 1 and end < n and tokens[end].norm in _DIRECTIONS:
        return "", k  # 35.70 درجة شمالاً: a coordinate
    if ext_key in _CURRENCIES and end < n and tokens[end].kind == "ar":
        adj = tokens[end].norm
        if (adj.endswith("ي") or (adj.endswith("يه") and not adj.endswith("ايه"))) \
                and adj not in _NOT_NISBA and adj not in _STOP \
                and len(adj) >= 4 and not adj.startswith(("ال", "لل", "بال", "وال")):
            unit = unit + " " + _clean_unit(tokens[end].text)
            end += 1
    return unit, end


def _construct_after_min(tokens: Sequence[Token], j: int) -> bool:
    """Return True when tokens[j] is an indefinite noun heading a construct with a definite noun after it."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].kind != "ar" or tokens[j + 1].kind != "ar":
        return False
    word, norm = _MARKS_RE.sub("", tokens[j].text), tokens[j].norm
    # No clitic test: a preposition seldom follows من, so لاعبي، كوادر، بحارة are nouns ("من بين" is listed below)
    if len(norm) < 4 or word.startswith(_DEFINITE_PREFIXES) \
            or norm in _STOP or lookup_word(norm) is not None or norm in _QUAL_FIRST or norm in _CONSTRUCT_NOT_COUNTED:
        return False
    if len(norm) == 4 and norm[0] == "ا":
        return False  # أبرز، أكبر، أفضل: an elative ("خمسة من أبرز اللاعبين"), not the counted noun
    return _MARKS_RE.sub("", tokens[j + 1].text).startswith("ال")


# Nouns after من that are no counted noun: a whole, a part or a time ("ثلاثة من أصل خمسة"، "اثنان من بين القتلى").
_CONSTRUCT_NOT_COUNTED = _norms("أصل", "بين", "ضمن", "مجموع", "إجمالي", "اجمالي", "بينهم", "جملة", "خلال", "قبل",
                                "بعد", "عند", "داخل", "خارج", "حوالي", "نحو", "قرابة", "أجل", "جانب", "جهة")


def _counted_per_period(tokens: Sequence[Token], k: int) -> bool:
    """Return True when days or hours are counted per period: "يوم مغبر سنوياً"، "أيام ماطرة في الشهر"."""
    if k < len(tokens) and tokens[k].kind == "ar" and tokens[k].norm not in _PER_PERIOD \
            and not _MARKS_RE.sub("", tokens[k].text).startswith(_DEFINITE_PREFIXES) \
            and tokens[k].norm not in _STOP and lookup_word(tokens[k].norm) is None:
        k += 1  # one indefinite adjective: مغبر، ماطرة، حار
    return k < len(tokens) and tokens[k].norm in _PER_PERIOD


# A duration is no quantity ("منذ 10 سنوات", "خلال 24 ساعة"), but an editor wants a prison term or a period
# stated as such. These words, right before the number (or its qualifier), make a duration a quantity.
_TERM_WORDS = _norms("مدة", "لمدة", "ولمدة", "بمدة", "مهلة", "بمهلة", "ومهلة", "فترة", "لفترة", "طوال", "طيلة")
# "خلال المهلة القانونية البالغة 60 يوما"، "المدة المحددة البالغة 30 يوماً": a stated term told by البالغة.
_AMOUNTING = _norms("البالغة", "البالغ", "والبالغة", "والبالغ")
_DEFINITE_TERMS = _norms("المدة", "المهلة", "الفترة", "للمدة", "للمهلة", "بالمدة", "بالمهلة")
# The margin between two competitors or results is a figure of the story, in time as in points: "حل ثانياً بفارق 8
# ثوانٍ"، "فاز بفارق يزيد على 3 دقائق".
_MARGIN_WORDS = _norms("بفارق", "وبفارق", "فارق", "الفارق", "والفارق")
# "يبلغ عمره الافتراضي خمس سنوات"، "العمر التشغيلي للمحطة 40 عاما": the service life of a machine is a specification.
_SERVICE_LIFE = _norms("الافتراضي", "التشغيلي", "الافتراضية", "التشغيلية", "افتراضي", "تشغيلي")
_PENALTY_WORDS = _norms("السجن", "الحبس", "بالسجن", "بالحبس", "والسجن", "والحبس", "بسجنه", "بحبسه", "بسجنها",
                        "بحبسها", "بسجنهم", "بحبسهم", "بالأشغال")
_PENALTY_ADJECTIVES = _norms("المشدد", "المشددة", "الشاقة", "المؤقتة", "النافذ")  # بالسجن المشدد، بالأشغال الشاقة
_SENTENCE_WORDS = _norms("حكم", "حكمت", "وحكم", "وحكمت", "يحكم", "حكما", "حكمًا", "الحكم", "والحكم")
_SENTENCE_REACH = 4  # "حكم على الصحفي بـ 3 سنوات": the sentence word a few words before بـ


def _measured_duration(tokens: Sequence[Token], first: int, k: int, floor: int) -> tuple[str, int] | None:
    """Return (unit, end) for a duration the writer measures with a qualifier: "بعد نحو 9 دقائق"، "لأكثر من 13 عاماً".

    A bare duration ("منذ 10 سنوات"، "خلال 24 ساعة") frames an event; an approximate or bounded one is a figure.
    """
    if k >= len(tokens) or tokens[k].kind != "ar":
        return None
    norm = tokens[k].norm
    if norm not in DURATION_WORDS and _strip_acc(norm) not in DURATION_WORDS:
        return None
    qual, q_start = _qualifier_before(tokens, first, floor)
    if qual == "exact":
        # "خلال 15 يوماً كحد أقصى"، "لمدة عامين على الأقل": a bound after it makes a deadline or a term stated
        return (_clean_unit(tokens[k].text), k + 1) if _qualifier_after(tokens, k + 1)[0] in _BOUNDS_AFTER else None
    if q_start is not None and q_start - 1 > floor and tokens[q_start - 1].norm in _WITHIN:
        return None  # "ثاني حادثة خلال أقل من أسبوعين": the window events fall in, as "خلال 24 ساعة"
    if q_start is not None and q_start - 1 > floor and tokens[q_start - 1].norm in _GAP_WORDS \
            and k + 1 < len(tokens) and tokens[k + 1].norm in _GAP_TO:
        return None  # "ويأتي العطل بعد أقل من أسبوعين على إقرار الخطة": the gap between two events dates one
    if _strip_acc(norm) in _YEAR_WORDS and (q_start is None or (not _relative_phrase(tokens, q_start) and any(
            _verb_form(t.norm) is not None for t in tokens[q_start:first]))):
        return None  # "المسنون الذين تجاوزوا 60 سنة": years a verb exceeds are an age
    if _strip_acc(norm) in _YEAR_WORDS and q_start is not None and _age_bound(tokens, q_start, floor):
        return None  # "الشباب دون 35 سنة"، "الأطفال تحت 5 سنوات": an age group, not a figure
    return _clean_unit(tokens[k].text), k + 1


def _relative_phrase(tokens: Sequence[Token], q_start: int) -> bool:
    """Say whether the qualifier at q_start opens on the relative ما ("ما لا يقل عن"، "ما يزيد على").

    Its verb belongs to the phrase, which measures the years themselves ("لمن أمضى ما لا يقل عن 12 عاماً في
    الخدمة"); a verb of which a person is the subject ("الذين تجاوزوا 60 سنة"، "ألا يقل عمره عن 18 عاماً") states an age.
    """
    return tokens[q_start].norm in _RELATIVE_MA


# An age group: people named, then a bound in years ("الشباب دون 35 سنة"، "المسنين فوق 65 عاماً"، "منتخب
# الناشئين تحت 17 عاماً"). Only the prepositions of a bound: after "أكثر من" or "أقل من" the people may be the
# subject of a verb the years measure ("انتظر المواطنون أكثر من 10 سنوات").
_AGE_BOUNDS = _norms("دون", "تحت", "فوق", "ما")  # ما دون، ما فوق
_AGE_GROUP_NOUNS = _norms(
    "الشباب", "شباب", "الشبان", "شبان", "الأطفال", "أطفال", "الطفل", "الرضع", "القاصرين", "القصر", "المراهقين",
    "الناشئين", "الناشئات", "الأشبال", "الفتيات", "الفتيان", "النساء", "الرجال", "المسنين", "المسنون", "كبار",
    "الأشخاص", "أشخاص", "الأفراد", "المرشحين", "المرشحون", "الناخبين", "الناخبون", "الطلاب", "الطلبة", "التلاميذ",
    "البالغين", "الذكور", "الإناث", "المواليد", "اللاعبين", "لاعبين", "الفئة", "فئة", "سن", "أعمار", "منتخب",
    "المتقاعدين", "العمال", "الموظفين", "السكان", "المواطنين", "المرضى", "الحوامل", "الأمهات")
_LAM_AL = re.compile(r"^[وف]?لل")
_AGE_GROUP_REACH = 2  # the people noun and one word after it: "منتخب الشباب"، "الأطفال المصابين"


def _age_bound(tokens: Sequence[Token], q_start: int, floor: int) -> bool:
    """Say whether a bound in years at tokens[q_start] follows a people noun, making it an age group."""
    if tokens[q_start].norm not in _AGE_BOUNDS:
        return False
    for k in range(q_start - 1, max(floor, q_start - 1 - _AGE_GROUP_REACH), -1):
        if tokens[k].kind != "ar":
            return False
        word = _LAM_AL.sub("ال", tokens[k].norm)  # للأطفال، وللشباب: ل + ال
        if word in _AGE_GROUP_NOUNS or _CLITIC_RE.sub("", word) in _AGE_GROUP_NOUNS:
            return True
    return False


_KNOTS = normalize_word("عقد")
# عقد is a decade and a contract. More than ten decades are told in centuries, so the singular after eleven or more
# ("6214 عقد"، "1250 عقداً") counts contracts, as does any form before the kind of contract ("ثلاثة عقود توريد"،
# "5 عقود بيع"). Not after a year ("في 2015 عقد المجلس"): there عقد is the verb "held"; nor before من ("11 عقداً
# من الزمن").
_CONTRACT_WORDS = _norms("عقد", "عقدا", "عقود")
_CONTRACT_SINGULAR = _norms("عقد", "عقدا")
_CONTRACT_KINDS = _norms("زواج", "قران", "إيجار", "ايجار", "عمل", "بيع", "شراء", "توريد", "تأمين", "قرض", "شراكة",
                         "استثمار", "امتياز", "صيانة", "توظيف", "تمويل", "رهن", "احتراف", "إعارة", "تشغيل")
_MOST_DECADES = 10


def _counts_contracts(tokens: Sequence[Token], k: int) -> bool:
    """Say whether عقد/عقداً/عقود at k, right after a number, counts contracts rather than decades."""
    if k == 0 or tokens[k].norm not in _CONTRACT_WORDS:
        return False
    number = read_number(tokens, k - 1)
    if number is None or number.digits_plain and 1900 <= number.value <= 2100:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].kind == "ar" and tokens[k + 1].norm in _CONTRACT_KINDS:
        return True
    after_from = k + 1 < len(tokens) and tokens[k + 1].norm == _FROM  # "بعد 15 عقداً من الزمن": decades still
    return tokens[k].norm in _CONTRACT_SINGULAR and number.value > _MOST_DECADES and not after_from
_SPEED_WORDS = _norms("سرعة", "بسرعة", "سرعتها", "سرعته", "وبسرعة")
_YEAR_WORDS = _norms("سنة", "سنوات", "سنين", "عام", "أعوام", "عامين", "سنتين", "عاما")
_WITHIN = _norms("خلال", "وخلال", "غضون", "بغضون")
# "بعد أكثر من عام على …"، "قبل نحو شهر على …": how long one event came after another, no figure of its own.
_GAP_WORDS = _norms("بعد", "وبعد", "قبل", "وقبل")
_GAP_TO = _norms("على", "علي")

# Verbs that equate a stock with a span it lasts: "24 مليار دينار، أي ما يعادل 106 أيام توريد"،
# "مخزون يكفي 90 يوماً". The span measures the stock; it frames no event.
_EQUALS = _norms("يعادل", "تعادل", "يساوي", "تساوي", "يوازي", "توازي", "يكفي", "تكفي", "يغطي", "تغطي")


# A verb of taking time with its subject (up to two words) before a duration states how long a work took,
# a figure of the story: "استغرق تنفيذه 32 شهراً"، "ستستغرق الأشغال 14 شهراً". Not "دام/استمر" (lasted): "بعد
# غياب دام ستة أشهر" and "استمرت المفاوضات 48 ساعة" frame the story.
_TOOK = _norms("استغرق", "استغرقت", "يستغرق", "تستغرق")
_TOOK_SUBJECT_REACH = 2


def _took_so_long(tokens: Sequence[Token], first: int, floor: int) -> bool:
    """Say whether a verb of _TOOK stands before the number at tokens[first], past at most two subject words."""
    for j in range(first - 1, max(floor, first - 2 - _TOOK_SUBJECT_REACH), -1):
        if tokens[j].kind != "ar":
            return False
        if tokens[j].norm in _TOOK or _CONJ_FUTURE.sub("", tokens[j].norm) in _TOOK:
            return True
        if tokens[j].norm in _STOP:
            return False  # "استغرق في المفاوضات …": a preposition opens another phrase
    return False


def _days_as_measure(tokens: Sequence[Token], first: int, k: int, floor: int) -> tuple[str, int] | None:
    """Return (unit, end) for a duration that measures a figure rather than framing an event.

    After a verb of equating ("ما يعادل 106 أيام توريد"، "يكفي 90 يوماً"), or joined by و right after
    another figure ("26 مليار دينار و118 يوماً": the stock and the days it covers).
    """
    if k >= len(tokens) or tokens[k].kind != "ar":
        return None
    norm = tokens[k].norm
    if norm not in DURATION_WORDS and _strip_acc(norm) not in DURATION_WORDS:
        return None
    j = first - 1
    if j <= floor or tokens[j].kind != "ar":
        return None
    if _CLITIC_RE.sub("", tokens[j].norm) in _EQUALS or tokens[j].norm in _EQUALS:
        return _clean_unit(tokens[k].text), k + 1
    if _took_so_long(tokens, first, floor):
        return _clean_unit(tokens[k].text), k + 1
    if tokens[j].norm == "و" and j - 1 == floor and floor >= 0 and tokens[floor].kind == "ar" \
            and tokens[floor].norm not in DURATION_WORDS and _strip_acc(tokens[floor].norm) not in DURATION_WORDS:
        return _clean_unit(tokens[k].text), k + 1
    if _against_measured_days(tokens, j, k, floor):
        return _clean_unit(tokens[k].text), k + 1
    return None


_AGAINST_GAP = 3  # words and a comma between the first figure's duration word and مقابل: "يوم توريد، مقابل"


def _against_measured_days(tokens: Sequence[Token], j: int, k: int, floor: int) -> bool:
    """Say whether "مقابل" at tokens[j] sets the duration ending at tokens[k] against a measured one just taken.

    "ما يعادل 95 يوم توريد، مقابل 102 يوم في 2024": the days the reserves cover, then the days they covered a
    year before; both measure the same stock. A duration against a plain duration ("انتظر 30 يوماً مقابل 20")
    was never taken, and stays out.
    """
    if tokens[j].norm not in _AGAINST or floor < 0 or j - floor - 1 > _AGAINST_GAP or tokens[floor].kind != "ar":
        return False
    before, after = parse_duration(tokens[floor].text), parse_duration(tokens[k].text)
    return before is not None and after is not None and before[1] == after[1] \
        and all(t.kind == "ar" or t.norm in "،," for t in tokens[floor + 1:j])


def _qualified_occasions(tokens: Sequence[Token], first: int, k: int, floor: int) -> tuple[str, int] | None:
    """Return (unit, end) for a count of times the writer bounds: "أُجّل الملف أكثر من 6 مرات".

    A bare "3 مرات" may be a tripling ("ارتفع السعر 3 مرات") and stays out; a bounded one is a figure
    either way, as a bounded duration is (_measured_duration).
    """
    if k >= len(tokens) or tokens[k].kind != "ar" or tokens[k].norm not in _TIMES:
        return None
    qual, _ = _qualifier_before(tokens, first, floor)
    return (_clean_unit(tokens[k].text), k + 1) if qual != "exact" else None


def _stated_term(tokens: Sequence[Token], first: int, k: int, floor: int) -> tuple[str, int] | None:
    """Return (unit, end) when the duration word at tokens[k] counts a penalty or a stated term, else None.

    "قضت بالسجن 10 سنوات"، "حكم عليه بـ 3 سنوات"، "مهلة 60 يوما"، "لمدة لا تقل عن 72 ساعة".
    """
    if k >= len(tokens) or tokens[k].kind != "ar":
        return None
    norm = tokens[k].norm
    if norm not in DURATION_WORDS and _strip_acc(norm) not in DURATION_WORDS:
        return None  # an age word (العمر) or a date noun is never a term
    _, q_start = _qualifier_before(tokens, first, floor)
    j = (q_start if q_start is not None else first) - 1
    if j <= floor or tokens[j].kind != "ar":
        return None
    cue = tokens[j].norm
    while cue in _PENALTY_ADJECTIVES and j - 1 > floor:
        j -= 1
        cue = tokens[j].norm
    is_sentence = cue == "ب" and any(t.norm in _SENTENCE_WORDS for t in tokens[max(floor + 1, j - _SENTENCE_REACH):j])
    service_life = any(t.norm in _SERVICE_LIFE for t in tokens[max(floor + 1, j - 2):j + 1]) \
        and any("عمر" in t.norm for t in tokens[max(floor + 1, j - 3):j + 1])
    amounting_term = cue in _AMOUNTING and any(t.norm in _DEFINITE_TERMS for t in tokens[max(floor + 1, j - 2):j])
    if amounting_term or cue in _TERM_WORDS or cue in _MARGIN_WORDS or cue in _PENALTY_WORDS or is_sentence or service_life or _penalty_after(tokens, k + 1):
        return _clean_unit(tokens[k].text), k + 1
    return None


# Words that only follow a prison term, however far its verb ("بحبس الوزير ومساعديه الثلاثة 7 سنوات مع الشغل"،
# "وحبس مقاول يبلغ من العمر 52 عاماً 5 سنوات غيابياً"، "10 سنوات سجنا نافذا").
_PENALTY_AFTER = _norms("غيابيا", "غيابياً", "حضوريا", "حضورياً", "نافذة", "نافذا", "نافذاً", "سجنا", "سجناً",
                        "حبسا", "حبساً", "موقوفة", "موقوف")
_PENALTY_WITH = _norms("الشغل", "النفاذ", "وقف", "الأشغال", "الاشغال")


def _penalty_after(tokens: Sequence[Token], k: int) -> bool:
    """Return True when tokens[k] opens the complement of a prison term (غيابياً، نافذة، مع الشغل)."""
    if k >= len(tokens) or tokens[k].kind != "ar":
        return False
    if tokens[k].norm in _PENALTY_AFTER:
        return True
    return tokens[k].norm == normalize_word("مع") and k + 1 < len(tokens) and tokens[k + 1].norm in _PENALTY_WITH


# A preposition (ب، ل، ك) glued to the word after a number starts the next phrase, not the counted noun:
# "3 ملايين بنهاية العام"، "12 مليونا لأول مرة"، "بحلول 2030"، "80 ألفا بانخفاض كبير". Many counted nouns
# start with the same letters (برميل، لاجئ، بيت، كيس), so the clitic alone is no proof; one of these is:
_PREPOSITION_CLITIC = re.compile(r"^[وف]?[بلك]")
_HAMZA_STEM = re.compile(r"^[وف]?[بلك][أإ]")  # لأول، كأعلى، بأكثر: a clitic before a word with hamza
_DERIVED_VERBAL_NOUN = re.compile(r"^ا\w{2,3}ا\w$")  # (ب)انخفاض، (ب)ارتفاع، (ب)إخلاء; not (و)(ل)ايات: no verbal noun is ا.ا.


def _heads_prepositional_phrase(tokens: Sequence[Token], k: int) -> bool:
    """Return True when tokens[k] is a preposition clitic on a word that heads a phrase, not a counted noun."""
    tok = tokens[k]
    bare = _MARKS_RE.sub("", tok.text)
    clitic = _PREPOSITION_CLITIC.match(bare)
    if clitic is None or tok.norm in _KNOWN_UNITS:
        return False
    stem = normalize_word(bare[clitic.end():])
    if _HAMZA_STEM.match(bare) or stem in _STOP or _DERIVED_VERBAL_NOUN.match(stem):
        return True
    if stem.startswith("ا"):
        return False  # لاجئ، لاعب، باخرة: a noun whose second letter is alif (a clitic is written لأ/بإ or بال)
    # A definite noun, a number or a sign right after it is its complement: بنهاية العام، بزيادة 12%، بحلول 2030.
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and (nxt.kind == "num" or nxt.norm in _SYMBOL_UNITS
                                or (nxt.kind == "ar" and _MARKS_RE.sub("", nxt.text).startswith("ال")))


def _strip_acc(norm: str) -> str:
    return norm[:-1] if norm.endswith("ا") else norm


def _fraction_after_unit(tokens: Sequence[Token], k: int, unit: str | None = None) -> tuple[float, int] | None:
    """Read "ونصف" / "وربع" closing a counted unit: (fraction, end index).

    Only where the fraction ends the phrase: "ونصف الإيرادات" after the unit is half of something else. The unit said
    again, definite, belongs to the fraction: "نقطتين ونصف النقطة"، "ثلاثة أشهر ونصف الشهر" (unit: the counted noun).
    """
    n = len(tokens)
    if k >= n or tokens[k].kind != "ar" or (fraction := _unit_fraction(tokens[k].norm)) is None:
        return None
    if k + 1 < n and tokens[k + 1].kind == "ar" and tokens[k + 1].norm not in _STOP:
        if unit is not None and _same_unit_again(tokens[k + 1].norm, unit):
            return fraction, k + 2
        return None
    return fraction, k + 1


_UNIT_STEM_MIN = 3  # letters of a stem read in a plural's letters (شهر in أشهر، نقط in نقاط); طن must match whole


def _same_unit_again(norm: str, unit: str) -> bool:
    """Say whether norm is the counted unit said again with ال: النقطة after نقطتين or نقاط, الشهر after أشهر."""
    if not norm.startswith("ال"):
        return False
    stem = norm[2:].removesuffix("ه")
    unit = normalize_word(unit)
    return unit.removesuffix("ه") == stem or (len(stem) >= _UNIT_STEM_MIN and _in_order(stem, unit))


# A currency's small unit after its amount, "و43 سنتاً"، "و40 قرشاً"، "و250 فلساً", completes one price: how many of
# the small unit make the main one (فلس is a thousandth of a dinar but a hundredth of a dirham or a Yemeni rial).
_SUBUNITS = {normalize_word(main): {normalize_word(sub): per for subs, per in table for sub in subs.split()}
             for mains, table in (
                 ("دولار دولارات يورو", (("سنت سنتات سينت سينتات", 100),)),
                 ("جنيه جنيهات", (("قرش قروش", 100), ("مليم مليمات", 1000))),
                 ("دينار دنانير", (("قرش قروش سنتيم سنتيمات", 100), ("فلس فلوس مليم مليمات درهم دراهم", 1000))),
                 ("ريال ريالات", (("هللة هللات فلس فلوس درهم دراهم", 100), ("بيسة بيسات", 1000))),
                 ("درهم دراهم", (("سنتيم سنتيمات فلس فلوس", 100),)),
                 ("ليرة ليرات", (("قرش قروش", 100),)),
             ) for main in mains.split()}


def _subunit_after(tokens: Sequence[Token], unit: str | None, k: int) -> tuple[float, int] | None:
    """Read "و43 سنتاً" / "و40 قرشاً" / " 43c" after an amount in unit: (its share of one unit, end index).

    Fewer small units than make one main unit only: "10 دولارات و150 سنتاً" is no way to write a price.
    """
    per_unit = _SUBUNITS.get(normalize_word(unit or ""))
    n = len(tokens)
    j = k
    if per_unit is None:
        return None
    if j < n and tokens[j].norm == "و":
        j += 1  # "20$ 43c" may go without it
    if j >= n or tokens[j].kind != "num" or not tokens[j].norm.isdigit():
        return None
    sub, end = _unit_after(tokens, j + 1)
    per = per_unit.get(normalize_word(sub or ""))
    if per is None or int(tokens[j].norm) >= per:
        return None
    return int(tokens[j].norm) / per, end


# What re.fullmatch(r"(?:[وف])?(?:[بلس])?" + word) allows before a phrase's first word.
_FIRST_WORD_CLITICS = frozenset(a + b for a in ("", "و", "ف") for b in ("", "ب", "ل", "س"))


def _match_back(tokens: Sequence[Token], i: int, phrase: tuple[str, ...], floor: int) -> int | None:
    """Return the index where phrase ends right before tokens[i], allowing و/ب/ل on its first word."""
    k = i - len(phrase)
    if k <= floor:
        return None
    for off, word in enumerate(phrase):
        tok = tokens[k + off]
        if tok.kind != "ar":
            return None
        if tok.norm == word:
            continue
        if off == 0 and tok.norm.endswith(word) and tok.norm[:len(tok.norm) - len(word)] in _FIRST_WORD_CLITICS:
            if word in _PURPOSE_SENSITIVE and tok.norm.endswith("ل" + word):
                return None  # "لتصل إلى 21%": reaching a value, not "up to"
            continue
        return None
    if phrase[0] in _PURPOSE_SENSITIVE and k - 2 > floor and tokens[k - 1].norm == "ان" \
            and _EXPECTING.match(tokens[k - 2].norm):
        return None  # "متوقعا أن تصل إلى 100%": the level a forecast says is reached, as "لتصل إلى"
    return k


# Words of expecting before "أن تصل إلى": توقع، يتوقع، متوقعا، المتوقع، ويتوقعون (not يمكن أن، قد: "up to").
_EXPECTING = re.compile(r"^[وف]?(?:ال)?(?:م|[يتن])?توقع")


def _qualifier_before(tokens: Sequence[Token], i: int, floor: int) -> tuple[str, int | None]:
    """Return the qualifier that ends right before tokens[i] and the index where it starts."""
    if i - 1 <= floor or tokens[i - 1].kind != "ar":
        return "exact", None
    if tokens[i - 1].norm in _AMOUNTING:
        # "إذا تجاوزت سرعتها الحد المسموح به البالغ 120 كيلومتراً": البالغ gives the value of the noun before it
        # (the limit), not what the verb before that noun passes
        return "exact", None
    if i - 3 > floor and tokens[i - 1].norm in _EQUATING and tokens[i - 2].norm in _WHAT \
            and tokens[i - 3].kind == "ar":
        qual, start = _qualifier_before(tokens, i - 2, floor)
        if qual != "exact":
            return qual, start  # "يصل إلى ما يعادل 250 دولاراً": the amount equated is qualified as it is
    last = tokens[i - 1].norm
    by_word, by_stem = _BEFORE_BY_LAST.get(last, []), _BEFORE_BY_LAST.get(_CLITIC_RE.sub("", last), [])
    # Each list is longest first already (as _BEFORE is): only two lists need sorting together.
    candidates = sorted(by_word + by_stem, key=lambda item: len(item[0]), reverse=True) if by_word and by_stem \
        else by_word or by_stem
    for phrase, qual in candidates:
        k = _match_back(tokens, i, phrase, floor)
        if k is None:
            continue
        verb = _verb_form(tokens[k].norm)
        if verb is None:
            if qual == "more_than" and k - 1 > floor and tokens[k - 1].norm == "لا":
                return "up_to", k - 1  # "لا أكثر من"
            if qual in ("more_than", "up_to") and _negated_measure_verb(tokens, k, floor):
                # "لا يغطي الدعم أكثر من ربع الكلفة": no more than; "لا تغطي حتى نصف المساحة": not even
                return ("up_to" if qual == "more_than" else "less_than"), k
            if qual == "more_than" and _negated_verb_with_object(tokens, k, floor):
                return "up_to", k  # "لا يقطع في الساعة أكثر من 40 كيلومتراً": no more than
            return qual, k
        return _verb_in_context(tokens, k, verb, qual, floor)
    # the threshold first: "أخفق السهم في تخطي حاجز 100 دولار" is read by it, not as the subject's figure
    found = _passed_threshold(tokens, i, floor) or _verb_subject_qualifier(tokens, i, floor) \
        or _verb_across_adverb(tokens, i, floor) or _verb_past_a_partitive(tokens, i)
    if found is not None:
        return found, None  # the verb is far from the number: the span stays on the number
    if i - 2 > floor and _names_the_amount(tokens[i - 1]) and tokens[i - 2].norm != _HATTA \
            and not _partitive_count(tokens, i):  # "تجاوزت قوة 14 منها 4.5 درجات": the verb passes the 4.5
        # "عقوبات تصل إلى غرامة 50 ألف أوقية"، "بأقل من سعر 3 دولارات": the amount noun stands between the
        # qualifier and its figure (not after حتى "even": "لم يدفع حتى غرامة 50 دينارا")
        return _qualifier_before(tokens, i - 1, floor)
    return "exact", None


# Adverbs of how often or how usually that may stand between a qualifying verb and its preposition or number:
# "تصل أحياناً إلى 40 درجة"، "يتجاوز غالباً 100 زائر"، "تزيد عادةً على 20 يوماً".
_VERB_ADVERBS = _norms("أحيانا", "أحياناً", "أحيانًا", "غالبا", "غالباً", "غالبًا", "عادة", "عادةً",
                       "دائما", "دائماً", "أبدا", "أبداً", "أصلا", "أصلاً", "فعلا", "فعلاً")
_VERB_ADVERB_WINDOW = 4  # words kept before the verb: a negation, قد, ما, and what "أن تصل" needs


def _verb_across_adverb(tokens: Sequence[Token], i: int, floor: int) -> str | None:
    """Return the qualifier of a verb whose preposition or number follows an adverb after it ("تصل أحياناً إلى 10").

    The verb is read as if the adverb were not there, with all that stands before it (لم، قد، ما، لتصل).
    """
    j = i - 1
    if j > floor and tokens[j].kind == "ar" and tokens[j].norm in _VERB_PREPOSITIONS:
        j -= 1
    if j - 1 <= floor or tokens[j].kind != "ar" or tokens[j].norm not in _VERB_ADVERBS \
            or _verb_form(tokens[j - 1].norm) is None:
        return None
    start = max(floor + 1, j - _VERB_ADVERB_WINDOW)
    without_adverb = [tokens[m] for m in range(start, j)] + [tokens[m] for m in range(j + 1, i + 1)]
    qual, _ = _qualifier_before(without_adverb, len(without_adverb) - 1, -1)
    return None if qual == "exact" else qual


def _names_the_amount(tok: Token) -> bool:
    """Say whether a word is a bare indefinite amount noun (غرامة، مبلغ، سعر، نسبة): no ال, clitic or pronoun."""
    return tok.kind == "ar" and tok.norm in _SUBJECT_NOUNS and not _MARKS_RE.sub("", tok.text).startswith("ال")


# "ما يعادل"، "ما يوازي"، "ما يساوي" between a qualifier and its amount restate the amount in another unit.
_EQUATING = _norms("يعادل", "تعادل", "يساوي", "تساوي", "يوازي", "توازي")


# Verbs whose object is an amount or a share: negated, "أكثر من" after them caps the amount ("لا يمثل أكثر من
# 5%") and "حتى" says "not even" ("لم تكفِ حتى نصف الحاجة"). Not verbs whose subject may be the amount
# ("لم يتمكن أكثر من 100 طالب من الدخول": more than 100 could not).
_MEASURE_VERBS = _norms(
    "يغطي", "تغطي", "غطى", "غطت", "يمثل", "تمثل", "مثل", "مثلت", "يشكل", "تشكل", "شكل", "شكلت",
    "يكفي", "تكفي", "يكف", "تكف", "كفى", "كفت", "يستوعب", "تستوعب", "استوعب", "استوعبت", "يعادل", "تعادل",
    "يساوي", "تساوي", "يستغرق", "تستغرق", "استغرق", "استغرقت", "يدوم", "تدوم", "ينتج", "تنتج", "أنتج", "أنتجت",
    "يوفر", "توفر", "وفر", "وفرت", "يسد", "تسد", "سد", "سدت", "يلبي", "تلبي", "لبى", "لبت")
_NEGATED_VERB_REACH = 8  # words between the negated verb and the qualifier: its subject, where and when


def _negated_measure_verb(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """Say whether a negation and a verb of _MEASURE_VERBS stand before tokens[k] in the same clause."""
    for j in range(k - 1, max(floor, k - 1 - _NEGATED_VERB_REACH), -1):
        if tokens[j].kind != "ar":
            return False  # a comma, a number or a sign ends the clause
        if tokens[j].norm in _MEASURE_VERBS and j - 1 > floor and _negation_before(tokens, j):
            return True
    return False


# Words that open a new clause, whose figure the negation before them does not reach: "لا يعرف الناس أن أكثر من
# نصفهم …"، "لم يعد الذين تجاوزوا أكثر من 100".
_CLAUSE_OPENERS = _norms("أن", "إن", "ان", "لأن", "كي", "لكي", "الذي", "التي", "الذين", "حيث", "بينما", "فيما",
                         "لكن", "بل", "ثم", "أو", "او", "إذ", "إذا", "لو", "ما", "وما", "من", "ممن")
_OBJECT_PREPOSITIONS = _norms("في", "على", "عن", "إلى", "الى", "من", "مع", "بين", "لدى", "داخل", "عند", "وفي")
# "لا يزال أكثر من 100 مفقودين": still, no negation; "لا سيما": above all.
_NOT_NEGATED_VERBS = _norms("يزال", "تزال", "يزالون", "يزل", "تزل", "سيما", "بد")


def _negated_verb_with_object(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """Say whether a negated verb, its subject or where and when told after it, stands before "أكثر من" at tokens[k].

    "لا تنتج الخلية في الموسم أكثر من 5 كيلوغرامات"، "لم تسجل الوزارة أكثر من 12 حالة": the figure is the verb's
    object, so the negation caps it. A verb right before "أكثر من" may have it as subject ("لم يتمكن أكثر من 100
    طالب من الدخول": more than 100 could not), so one word at least must stand between them; and after a preposition
    the figure is where or whom the verb did not reach ("وهذا ما لم يحصل في أكثر من نصف المدارس": more than).
    """
    if k - 1 <= floor or tokens[k - 1].norm in _OBJECT_PREPOSITIONS:
        return False
    for j in range(k - 2, max(floor + 1, k - 2 - _NEGATED_VERB_REACH), -1):
        tok = tokens[j + 1]
        if tok.kind != "ar" or tok.norm in _CLAUSE_OPENERS:
            return False  # a comma, a number, a sign or a new clause ends the search
        if tokens[j].kind == "ar" and tokens[j].norm not in _NOT_NEGATED_VERBS and j - 1 > floor \
                and _is_negation(tokens[j - 1].norm) and lookup_word(tokens[j].norm) is None:
            return True
    return False


# A threshold named before the number: "تجاوز الميناء، خلال 2025، عتبة 11 مليون حاوية" passed it, so more than;
# "لم يتجاوز المؤشر حاجز 12 ألف نقطة" is at most the figure, as any negated تجاوز. One that something failed to
# pass ("فشل الحزبان في تجاوز عتبة الـ5% اللازمة لدخول البرلمان") is the level itself, a rule's figure, exact: the
# failure tells of the attempt, and what the parties got is told apart, in their own figures.
_THRESHOLDS = _norms("عتبة", "حاجز", "سقف", "العتبة", "الحاجز")
# Verbs of breaking a barrier, which pass it as تجاوز does: "كسرت الإيرادات حاجز 2 مليار ريال".
_BROKE = _norms("كسر", "كسرت", "يكسر", "تكسر", "حطم", "حطمت", "يحطم", "تحطم")
_THRESHOLD_REACH = 12  # words back from the threshold to the verb that passes it, past its subject and inserts
# A time or place set off by commas right before the threshold does not count against that reach: "تجاوز سعر صرف
# الدولار في السوق الموازية بمدينة عدن، مساء أمس الأربعاء، حاجز 1680 ريالاً".
_THRESHOLD_INSERT_WORDS = 5
_FAILED = _norms("فشل", "فشلت", "فشلوا", "يفشل", "تفشل", "أخفق", "أخفقت", "أخفقوا", "يخفق", "تخفق",
                 "عجز", "عجزت", "عجزوا", "يعجز", "تعجز")
_FAILED_IN = _norms("في", "عن")  # فشل في، أخفق في، عجز عن
_FAILED_REACH = 24  # words back from "في تجاوز" to the verb of failing, past a subject listed with its figures


def _definite_scale_threshold(tokens: Sequence[Token], i: int) -> bool:
    """Say whether tokens[i] is a round million or more named with ال as a threshold: "عتبة المليون"، "حاجز المليار
    دولار". A definite number word is otherwise no figure ("في المئة"، "الخمسة الكبار")."""
    if i < 1 or tokens[i - 1].norm not in _THRESHOLDS:
        return False
    hit = lookup_word(tokens[i].norm)
    return hit is not None and hit.definite and not hit.prep and hit.kind in ("S", "SD") and hit.value >= 1e6


def _failed_to(tokens: Sequence[Token], k: int) -> bool:
    """Say whether the verbal noun at k follows "في/عن" after a verb of failing in its sentence (فشل … في تجاوز)."""
    if k < 2 or tokens[k - 1].norm not in _FAILED_IN:
        return False
    for j in range(k - 2, max(-1, k - 2 - _FAILED_REACH), -1):
        if tokens[j].norm in (".", "؟", "!", "؛"):
            return False
        if _CONJ.sub("", tokens[j].norm) in _FAILED or tokens[j].norm in _FAILED:
            return True
    return False


def _passed_threshold(tokens: Sequence[Token], i: int, floor: int) -> str | None:
    """Return the qualifier of a verb of exceeding that passes the threshold noun right before tokens[i]."""
    if i - 1 <= floor or tokens[i - 1].kind != "ar" or tokens[i - 1].norm not in _THRESHOLDS:
        return None
    before = _before_insert(tokens, i - 2, floor)
    for k in range(before, max(floor, before - _THRESHOLD_REACH), -1):
        if tokens[k].norm in (".", "؟", "!", "؛"):
            return None
        if _CONJ.sub("", tokens[k].norm) in _BROKE:
            return "more_than"  # "كسرت الإيرادات حاجز المليارين": a barrier broken is passed
        verb = _verb_form(tokens[k].norm)
        if verb is not None and _VERB_QUALIFIER.get(verb, ("", ()))[0] == "more_than" \
                and "" in _VERB_QUALIFIER[verb][1]:
            if _failed_to(tokens, k):
                return "exact"  # "فشل في تجاوز عتبة الـ5%": not passed
            return _verb_in_context(tokens, k, verb, "more_than", floor)[0]
    return None


def _before_insert(tokens: Sequence[Token], j: int, floor: int) -> int:
    """Return the index before an insert of a few words set off by commas that ends at tokens[j] ("، مساء أمس
    الأربعاء،"), else j. Only words: a figure or a sign inside makes it no insert."""
    if j <= floor or tokens[j].norm not in ("،", ","):
        return j
    for k in range(j - 1, max(floor, j - 2 - _THRESHOLD_INSERT_WORDS), -1):
        if tokens[k].norm in ("،", ","):
            return k - 1 if k - 1 < j - 1 else j
        if tokens[k].kind != "ar":
            return j
    return j


# The ل of a result clause before an imperfect verb, after و/ف too: ليتجاوز، وليتجاوز، لتتخطى.
_RESULT_LAM = re.compile(r"^[وف]?ل(?=[يت])")


def _verb_form(norm: str) -> str | None:
    """Return the qualifying verb form in a token, without و/ف and the future س ("وستصل" -> تصل).

    A result ل is dropped too ("ليتجاوز سعر الدولار 47": still more than), except before a verb of
    reaching: "لتصل نسبتها إلى 21%" states where the figure ended up, an exact value.
    """
    if norm in _VERB_QUALIFIER or norm in _MODAL_REACH:
        return norm
    bare = _CONJ_FUTURE.sub("", norm)
    if bare in _VERB_QUALIFIER or bare in _MODAL_REACH:
        return bare
    after_lam = _RESULT_LAM.sub("", norm)
    # Only an imperfect: لتجاوز (ل + the verbal noun, "to overcome") is no verb; its يـ form is unknown.
    if after_lam != norm and "ي" + after_lam[1:] in _VERB_QUALIFIER and after_lam not in _REACH_VERBS:
        return after_lam
    return None


def _is_negation(norm: str) -> bool:
    """Return True for لا، لم، لن, also after و/ف ("ولا يقل عن")."""
    return norm in _NEGATIONS or (norm[:1] in ("و", "ف") and norm[1:] in _NEGATIONS)


_ALLA = normalize_word("ألا")  # أن + لا; folds to the same word as إلا "except"
# "لم تعد تقل عن 40 ألف ليرة" (no longer under: at least), "لم يكن يتجاوز 200" (was not over: at most): after لم
# the jussive of عاد "no longer" or of كان "was" carries the negation on to the verb after it. لا يزال and ما زال
# "still" are no negation and are not listed.
_NEGATED_AUXILIARIES = _norms("يعد", "تعد", "يعودوا", "يكن", "تكن", "يكونوا")


def _negated_auxiliary(tokens: Sequence[Token], k: int) -> bool:
    """Return True when a negated auxiliary stands right before the verb at tokens[k] ("لم تعد تقل")."""
    return k >= 2 and tokens[k - 1].norm in _NEGATED_AUXILIARIES and _is_negation(tokens[k - 2].norm)


def _negation_before(tokens: Sequence[Token], k: int) -> bool:
    """Return True when the word before the verb at tokens[k] negates it: لا، لم، لن، ولا, or ألا (أن + لا), or a
    negated auxiliary ("لم تعد").

    "اشترطت البلدية ألا يتجاوز ارتفاع المباني 12 متراً": ألا before an imperfect verb is "that … not". إلا "except" written with its
    hamza, or before a perfective ("لم يمر شهر إلا تجاوز عدد الزوار 5 آلاف"، "إلا وتجاوز"), is not.
    """
    prev = tokens[k - 1]
    if _is_negation(prev.norm) or _negated_auxiliary(tokens, k):
        return True
    if prev.norm != _ALLA or _MARKS_RE.sub("", prev.text).startswith("إ"):
        return False
    verb = tokens[k].norm
    # an imperfect: يـ, تتـ, or a تـ form whose يـ form is a verb too (تزيد، تقل); تجاوز، تعدى are also perfectives
    return verb.startswith(("ي", "تت")) or (verb.startswith("ت") and "ي" + verb[1:] in _VERB_QUALIFIER)


_ESTIMATES = _norms(*_ESTIMATE_FORMS.split())
# In a budget, "تُقدّر النفقات في الموازنة بـ13.2 مليار" and "العجز المقدر في الموازنة بـ620 مليون" give the sums
# the budget sets (its appropriations), exact figures, not estimates.
_BUDGETS = _norms("موازنة", "الموازنة", "ميزانية", "الميزانية", "موازنات", "ميزانيات", "الموازنات", "الميزانيات")
_BUDGET_REACH = 8  # words either side of the estimate verb


def _budgeted(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """Return True when the estimate verb at tokens[k] sets a budget's sum: a budget is named close to it."""
    return any(t.norm in _BUDGETS for t in tokens[max(floor + 1, k - _BUDGET_REACH):k + _BUDGET_REACH])


def _verb_in_context(tokens: Sequence[Token], k: int, verb: str, qual: str,
                     floor: int) -> tuple[str, int | None]:
    """Return the qualifier of the verb at tokens[k] read with the ما، قد and negation before it, and its start.

    "لم تتجاوز 40%" -> up_to; "ما لا يقل عن 30" -> at_least; "لم تصل إلى 30%" -> less_than;
    "وبذلك يصل عدد القتلى إلى 45" (a running total) -> exact.
    """
    start = k
    if verb in _ESTIMATES and _budgeted(tokens, k, floor):
        return "exact", None
    if verb in _REACH_VERBS and _CONJ.sub("", tokens[k].norm).startswith("س"):
        return "exact", None  # "سيصل الأسطول إلى 320 ضاغطة": the total foretold, exact as the past وصل and ليصل
    if start - 1 > floor and _negation_before(tokens, start):
        start -= 2 if _negated_auxiliary(tokens, start) else 1
        qual = "less_than" if verb in _REACH_VERBS else _NEGATED.get(qual, qual)
    elif verb in _REACH_VERBS and start - 1 > floor and tokens[start - 1].norm in _RUNNING_TOTAL:
        return "exact", None
    if start - 1 > floor and tokens[start - 1].norm == "قد":
        start -= 1
    elif verb in _MODAL_REACH:
        return "exact", None  # "يبلغ" alone states the figure
    if start - 1 > floor and tokens[start - 1].norm in _RELATIVE_MA:
        start -= 1
    return qual, start


# Nouns that name a measured amount, so that the verb before them qualifies the number after them:
# "تجاوز عدد القتلى 100"، "يزيد ارتفاعها على 1000 متر" (but "تجاوز المنتخب 3 منافسين" stays exact).
_SUBJECT_NOUNS = _norms(
    "عدد", "أعداد", "نسبة", "حصيلة", "قيمة", "حجم", "إجمالي", "اجمالي", "مجموع", "معدل", "معدلات", "سعر", "أسعار",
    "سرعة", "ارتفاع", "عمق", "طول", "عرض", "مساحة", "كمية", "كميات", "تكلفة", "كلفة", "ثمن", "درجة", "درجات",
    "حرارة", "خسائر", "أرباح", "إيرادات", "ديون", "عجز", "صادرات", "واردات", "إنتاج", "رصيد", "ميزانية",
    "موازنة", "طاقة", "سعة", "حصة", "وزن", "مبلغ", "تعداد", "قوام", "نمو",
    "مساحات", "مبالغ", "أحجام", "نسب", "تكاليف", "مبيعات", "استثمارات", "قيم",  # plurals count as well
    "قوة", "شدة", "راتب", "رواتب", "أجر", "أجور", "معاش", "دخل", "شحنات", "نفقات", "ودائع", "تحويلات",
    "مدة", "زمن",  # "لا تتجاوز مدة الرحلة ثلاث ساعات": a measured duration
    "إنتاجية", "قدرة", "استطاعة", "حمولة", "كثافة", "مسافة", "غرامة", "غرامات", "عقوبة",  # "تصل قدرتها إلى 500"
    "مؤشر", "مستوى", "منسوب",  # "تجاوز مؤشر جودة الهواء 300 نقطة": a level read on a scale
    "تساقطات", "أمطار", "هطول", "هطولات", "ثلوج",  # "تجاوزت التساقطات بالمدينة 150 ملم": rain is measured
    "متوسط",  # "لا يتجاوز متوسط الأجر الشهري 300 دينار"
    "قسط", "أقساط", "رسوم", "إيجار", "إيجارات", "أجرة", "فاتورة", "فواتير",  # "يصل القسط السنوي إلى 9 آلاف دولار"
)
# "تجاوزت قيمة الأموال المستولى عليها 2.4 مليون": a preposition with a pronoun closes a participle inside the
# subject, not the subject itself.
_PARTICIPLE_PREPOSITIONS = _norms("عليها", "عليه", "عليهم", "منها", "منه", "منهم", "عنها", "عنه")
# "تجاوزت فيها درجات الحرارة 50 درجة": a "where/in it" pronoun may stand between the verb and its subject.
_IN_IT = _norms("فيها", "فيه", "خلالها", "خلاله", "بها", "به")
# "قوة بعض الهزات": a quantifier inside the subject does not end it.
_SUBJECT_QUANTIFIERS = _norms("بعض", "بعضها", "بعضهم", "كل", "أي", "معظم")
# Nor does a place or a group it is measured in: "تجاوزت نسبة الزيادة في بعض الأحياء 35%"، "لم تتجاوز نسبة ملء
# سد المسيرة بإقليم سطات 9%" (the word after the verb must still name an amount).
_SUBJECT_PLACES = _norms("في", "لدى", "داخل", "بين", "خلال")  # and when: "لم يتجاوز خلال يناير 2.8%"
# "نسبة الفائدة التي تتجاوز لدى بعض البنوك 11%"، "درجات الحرارة التي تفوق في بعض المدن 45 درجة": the subject told
# before the verb of exceeding, only where it does so stands between the verb and a measure: more than it still.
_EXCEED_WHERE = _SUBJECT_PLACES | _norms("عند")
_SUBJECT_REACH = 6
# And a time told as "this season" may stand there too: "لم يتجاوز إنتاجها هذا الموسم 900 لتر"، "لم يتجاوز هذا العام 3%".
_THIS = _norms("هذا", "هذه")
_TIME_NOUNS = _norms("الموسم", "العام", "السنة", "الشهر", "الأسبوع", "الفصل", "الربع", "الصيف", "الشتاء", "الخريف",
                     "الربيع", "اليوم", "الأيام", "الفترة", "المرة")
# A negated verb caps an amount noun however long its subject ("لا يتجاوز عدد الأطباء العاملين في مستشفيات
# الولايات الداخلية 620 طبيباً"): it still may not reach past a sign, a number or a new clause. So does a verb of
# reaching with its إلى ("يصل القسط السنوي في عدد من مدارس الضاحية إلى 9 آلاف دولار").
_NEGATED_SUBJECT_REACH = 14
# "لا تتجاوز نسبة ملء حوض أم الربيع 11,3%"، "عدد سكان أم درمان": أم before a word that is no stop word is "mother
# of" opening a place name (أم القرى، أم قصر), not the conjunction "or", so it does not end the subject.
_NAME_MOTHER = _norms("أم")
# An amount noun may be told of a relative clause, "what/who": "لا يتجاوز متوسط ما يتقاضاه العامل 300 دينار"،
# "تجاوز عدد من صوتوا في الاستفتاء 5 ملايين"، "لم تتجاوز نسبة ما أنجز من الطريق 40%". The clause's words, prepositions
# included, belong to the subject.
_RELATIVE_PRONOUNS = _norms("ما", "من")


def _relative_clause_start(tokens: Sequence[Token], j: int, floor: int) -> int | None:
    """Return the index of a relative ما/من right after an amount noun among the subject words up to tokens[j]."""
    for r in range(j, max(floor + 1, j - _SUBJECT_REACH + 1), -1):
        if tokens[r].norm in _RELATIVE_PRONOUNS and tokens[r - 1].kind == "ar" and _is_subject_noun(tokens[r - 1].norm):
            return r
    return None


_COMPARING_PREPOSITIONS = _norms("عن", "على")
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


# "بتكلفة تقديرية تبلغ"، "القيمة التقديرية للشحنة": an amount noun called estimated, a few words before the number
# (but "للقاضي سلطة تقديرية" is discretion, and a budget's figures are set, _budgeted).
_ESTIMATED = _norms("تقديرية", "التقديرية", "تقديري", "التقديري")
_ESTIMATED_REACH = 4


def _estimated_amount(tokens: Sequence[Token], first: int, floor: int) -> bool:
    """Return True when an amount noun with "تقديرية" stands shortly before the number at first."""
    for j in range(first - 1, max(floor + 1, first - 1 - _ESTIMATED_REACH), -1):
        if tokens[j].kind != "ar":
            return False  # a sign or another number ends the clause
        if tokens[j].norm in _ESTIMATED:
            noun = tokens[j - 1].norm
            return (_is_subject_noun(noun) or _is_subject_noun(_CLITIC_RE.sub("", noun))) \
                and not _budgeted(tokens, j, floor)
    return False


def _is_subject_noun(norm: str) -> bool:
    """Return True for a measured-amount noun, bare, definite or with a pronoun: عدد، العدد، سرعتها، ارتفاعه."""
    if norm.startswith(("و", "ف")):
        # a noun that starts with و/ف itself (وزنها، فائض) is read whole before the conjunction is taken off
        return _is_bare_subject_noun(norm) or _is_bare_subject_noun(_CONJ_FUTURE.sub("", norm))
    return _is_bare_subject_noun(norm)


def _is_bare_subject_noun(norm: str) -> bool:
    """_is_subject_noun for a word without a conjunction."""
    if norm.startswith("ال"):
        norm = norm[2:]
    if norm in _SUBJECT_NOUNS:
        return True
    for suffix in _PRONOUN_SUFFIXES:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            stem = norm[:-len(suffix)]
            if stem in _SUBJECT_NOUNS:
                return True  # كمياتها، إيراداتها: a plural in ات keeps its ت
            return stem.endswith("ت") and stem[:-1] + "ه" in _SUBJECT_NOUNS  # سرعتها -> سرعه (ة folds to ه)
    return False


def _number_as_adjective(tokens: Sequence[Token], k: int) -> bool:
    """Say whether the number word at tokens[k + 1] describes the noun at tokens[k] inside a subject.

    "تجاوزت عائداته في موسم واحد 60 ألف دينار": واحد after a noun is its adjective, "a single", no number; so is a
    definite number word after a noun, "الواحد" or a definite cardinal: "يصل سعر الكيلوغرام الواحد إلى 30 درهماً"،
    "تصل تكلفته للشخص الواحد إلى"، "لم تتجاوز المشاركة في المحافظات الثلاث 40%" (the three provinces).
    """
    word, noun = tokens[k + 1], tokens[k]
    if noun.kind != "ar" or lookup_word(noun.norm) is not None or noun.norm in _STOP \
            or _verb_form(noun.norm) is not None:
        return False
    if word.norm in _ONE_AFTER:
        return True
    number = lookup_word(word.norm)
    return number is not None and number.definite and _MARKS_RE.sub("", word.text).startswith("ال")


# An estimate told with its estimator is that body's figure, exact: named after the verb ("قدّرت هيئة المسح الجيولوجي
# قوته بـ5.9 درجات", no amount noun heads the words after the verb) or before it, the verb's object then between it
# and the figure: "غير أن هيئة المسح الجيولوجي الأمريكية قدّرت قوة الهزة بـ6.2 درجة"، "وكانت الهيئة قد قدّرت قوة
# الهزة بـ5.9". With no subject before it the verb is the passive, an estimate: "وقُدّرت قيمة الأضرار بـ3 ملايين"،
# "صفقة قُدّرت قيمتها بـ400 ألف دولار" (an indefinite noun and the clause that describes it).
_ESTIMATED_BY = _norms("قدر", "قدرت", "قدروا")
_SUBJECT_OPENERS = _norms("أن", "إن", "ان", "كان", "كانت", "كانوا")
_ESTIMATOR_REACH = 6  # words of the estimator's name: هيئة المسح الجيولوجي الأمريكية


def _estimator_named_before(tokens: Sequence[Token], k: int) -> bool:
    """Say whether a definite noun phrase right before the estimate verb at tokens[k] (قد between or not) is its
    subject: it opens the sentence or the clause (after a sign, أن/إن or كان). After a preposition ("في المقابل
    قُدّرت …") it is no subject."""
    j = k - 1
    if j >= 0 and tokens[j].norm == "قد":
        j -= 1  # "وكانت الهيئة قد قدّرت"
    if j < 0 or tokens[j].kind != "ar" or tokens[j].norm in _STOP \
            or not _MARKS_RE.sub("", tokens[j].text).startswith(_DEFINITE_PREFIXES):
        return False
    first = j
    while first > 0 and j - first < _ESTIMATOR_REACH and tokens[first - 1].kind == "ar" \
            and tokens[first - 1].norm not in _STOP and _CONJ.sub("", tokens[first - 1].norm) not in _SUBJECT_OPENERS:
        first -= 1
    before = tokens[first - 1] if first > 0 else None
    return before is None or before.kind == "sym" or _CONJ.sub("", before.norm) in _SUBJECT_OPENERS


def _partitive_count(tokens: Sequence[Token], i: int) -> bool:
    """Say whether the number at tokens[i] counts part of a group inside a subject, a figure after it: "14 منها 4.5"."""
    return i + 2 < len(tokens) and tokens[i + 1].norm in _OF_THEM and _number_token(tokens[i + 2])


def _number_token(tok: Token) -> bool:
    """Say whether a token is a number, in digits or in words."""
    return tok.kind == "num" or (tok.kind == "ar" and lookup_word(tok.norm) is not None)


def _verb_past_a_partitive(tokens: Sequence[Token], i: int) -> str | None:
    """Read the verb whose subject holds a partitive count right before the number at tokens[i].

    "تجاوزت قوة 14 منها 4.5 درجات": the subject is "the strength of 14 of them", so what the verb passes is the 4.5
    after it (more than), and the 14 counts which of them did (exact, _partitive_count). The verb is read as it would
    be for the count, past the count itself (taken already): a number or a sign before it still ends the subject.
    """
    j = i - 1
    if j < 1 or tokens[j].norm not in _OF_THEM or not _number_token(tokens[j - 1]):
        return None
    return _verb_subject_qualifier(tokens, j - 1, -1, through_partitive=True)


def _verb_subject_qualifier(tokens: Sequence[Token], i: int, floor: int, through_partitive: bool = False) -> str | None:
    """Read a qualifying verb whose subject (1-4 words) stands between it and the number at tokens[i].

    "تجاوز عدد القتلى 100"، "يزيد عدد الضحايا على 1000"، "تصل سرعتها إلى 70 كم"، "لا تتجاوز نسبة البطالة 5%".
    The subject must name an amount (عدد، نسبة، سرعة …); after قد any subject will do, since the
    sentence is then a forecast ("قد تصل الأمطار إلى 80 ملم"). A count of part of a group inside the subject ("قوة
    14 منها") is not what the verb passes, unless read for the figure after it (through_partitive).
    """
    if not through_partitive and _partitive_count(tokens, i):
        return None
    j = i - 1  # the subject's last word, or the preposition before the number
    prep = ""
    if j > floor and tokens[j].kind == "ar" and tokens[j].norm in _VERB_PREPOSITIONS:
        prep, j = tokens[j].norm, j - 1
    relative = _relative_clause_start(tokens, j, floor)
    for width in range(1, _NEGATED_SUBJECT_REACH + 1):  # عدد القتلى / الطاقة الاستيعابية للمستشفى الميداني
        k = j - width  # the verb
        if k <= floor:
            return None
        word = tokens[k + 1]
        # "لا يتجاوز ما يصله اليوم 100 مليون": what a clause names, as subject of a negated verb
        what_subject = word.norm in _WHAT and _verb_form(tokens[k].norm) is not None and k - 1 > floor \
            and _negation_before(tokens, k)
        in_relative = relative is not None and k + 1 >= relative
        this_time = word.norm in _THIS and k + 2 < i and tokens[k + 2].norm in _TIME_NOUNS
        # "تجاوزت فيها درجات الحرارة 50": فيها right after the verb does not end the subject
        in_it = width > 1 and word.norm in _IN_IT and _verb_form(tokens[k].norm) is not None
        if word.norm in _PARTICIPLE_PREPOSITIONS and _verb_form(tokens[k].norm) is None:
            continue  # "قيمة الأموال المستولى عليها": the verb further back must still take an amount noun
        if _complement_of_subject(tokens, k + 1, i) and _verb_form(tokens[k].norm) is None \
                and (k - 1 > floor and _verb_form(tokens[k - 1].norm) is not None
                     or _amount_noun_phrase_before(tokens, k, floor)):
            # "يتجاوز الطلب على الطاقة 48 ألف ميغاواط"، "تتجاوز نسبة الفائدة الفعلية على بعض القروض 11%": على
            # joins the verb's subject its complement
            continue
        opens_name = word.norm in _NAME_MOTHER and k + 2 < i and tokens[k + 2].kind == "ar" \
            and tokens[k + 2].norm not in _STOP and lookup_word(tokens[k + 2].norm) is None
        # "عدد الحجاج القادمين من الخارج": من before a definite noun, past the subject's first word, tells where from
        from_where = word.norm == "من" and width > 1 and k + 2 < i and tokens[k + 2].kind == "ar" \
            and _MARKS_RE.sub("", tokens[k + 2].text).startswith("ال")
        if _year_after_noun(tokens, k + 1, _VOTE_OR_SEASON_NOUNS):
            continue  # "لم تتجاوز نسبة المشاركة خلال اقتراع 2021 حدود 47%": the vote's year is in the subject
        one_of = _number_as_adjective(tokens, k)
        if word.kind != "ar" or (lookup_word(word.norm) is not None and not one_of) \
                or (word.norm in _STOP and not in_it and not in_relative and not opens_name and not from_where
                    and not what_subject and not this_time
                    and not _is_subject_noun(word.norm)
                    and word.norm not in _SUBJECT_QUANTIFIERS and (word.norm not in _EXCEED_WHERE or width == 1)):
            return None  # a preposition, a number or a sign ends the subject: no verb reaches past it
        verb = _verb_form(tokens[k].norm)
        if verb is None:
            continue
        negated = k - 1 > floor and _negation_before(tokens, k)
        head = k + 2 if in_it else k + 1
        qual, preps = _VERB_QUALIFIER.get(verb, ("up_to", ("",)))  # قد يبلغ: reach with no preposition
        reach_to = verb in _REACH_VERBS and prep in preps
        capped = negated and _negated_cap_of_a_measure(tokens, i, qual, prep, width)
        if width > _SUBJECT_REACH and not ((negated or reach_to or _passes_a_count(tokens[head].norm, qual, prep, width))
                                           and _is_subject_noun(tokens[head].norm)) \
                and not _exceeds_a_measure(tokens, i, qual, prep, width) and not capped:
            return None
        modal = k - 1 > floor and tokens[k - 1].norm == "قد"
        # "لم تتجاوز في مدينة طرابلس 23.4%": a negated verb, its subject told before, then only where.
        # "يصل في أسواق الخليج إلى 250 دولاراً": a verb of reaching with its preposition, the subject told before.
        negated_where = (tokens[head].norm in _SUBJECT_PLACES or this_time) and (negated or reach_to)
        if prep not in preps or not (_is_subject_noun(tokens[head].norm) or modal or negated_where or what_subject
                                     or _exceeds_where(tokens, k, i, qual, prep)
                                     or _compares_any_subject(tokens, k, prep, qual, floor)
                                     or _exceeds_a_measure(tokens, i, qual, prep, width - in_it) or capped):
            return None
        if verb in _ESTIMATED_BY and _estimator_named_before(tokens, k):
            return None  # "غير أن هيئة المسح قدّرت قوة الهزة بـ6.2 درجة": the body's own figure, exact
        return _verb_in_context(tokens, k, verb, qual, floor)[0]
    return None


def _passes_a_count(head: str, qual: str, prep: str, width: int) -> bool:
    """Say whether a verb of exceeding with no preposition has a count for subject ("تجاوز عدد …"، "فاق إجمالي …").

    Such a subject may run a little longer ("تجاوز عدد حالات العقر المسجلة في المؤسسات الصحية 28 ألف حالة"): what
    the count passes can only be the number after it. Up to _LONG_MEASURE_SUBJECT_REACH words: further on, the
    subject may hold another clause before the number.
    """
    return qual == "more_than" and prep == "" and width <= _LONG_MEASURE_SUBJECT_REACH \
        and _CONJ.sub("", head).startswith(_COUNT_SUBJECTS)


_MEASURE_SUBJECT_REACH = 2
_LONG_MEASURE_SUBJECT_REACH = 8  # a subject that is one definite noun phrase: _definite_noun_phrase


def _exceeds_a_measure(tokens: Sequence[Token], i: int, qual: str, prep: str, width: int) -> bool:
    """Return True when a verb of exceeding with a short subject passes a measured amount at tokens[i].

    "يتجاوز الطلب 650 ميجاوات"، "فاق الإنتاج 3 ملايين طن": what exceeds a measure (a unit, a currency, a percent)
    is a level, whatever its subject; "تجاوز المنتخب 3 منافسين" passes counted rivals and stays exact.
    """
    if qual != "more_than" or prep != "":
        return False
    subject = _subject_before_where(tokens[i - width:i])
    if len(subject) == _MEASURE_SUBJECT_REACH + 1 and _complement_of_subject(subject, 1, len(subject)):
        subject = subject[:1]  # "الطلب على الطاقة": the noun and its complement, one subject
    if any(t.norm in _STOP for t in subject):
        return False  # "تجاوز في المدينة 35 حالة": where, not what exceeds
    if len(subject) > _MEASURE_SUBJECT_REACH and not (len(subject) <= _LONG_MEASURE_SUBJECT_REACH
                                                     and _definite_noun_phrase(subject)):
        return False
    return _measure_at(tokens, i)


def _exceeds_where(tokens: Sequence[Token], k: int, i: int, qual: str, prep: str) -> bool:
    """Say whether a short "في/لدى/عند …" phrase alone stands between the verb of exceeding at tokens[k] and the
    measured amount at tokens[i]. A count stays exact: "تجاوز في المدينة 35 حالة" (where, not what exceeds)."""
    if qual != "more_than" or prep != "" or tokens[k + 1].norm not in _EXCEED_WHERE:
        return False
    where = tokens[k + 2:i]
    if not where or len(where) >= _WHERE_AFTER_SUBJECT_REACH \
            or any(t.kind != "ar" or (t.norm in _STOP and t.norm not in _SUBJECT_QUANTIFIERS)
                   or lookup_word(t.norm) is not None for t in where):
        return False
    return _measure_at(tokens, i)


def _negated_cap_of_a_measure(tokens: Sequence[Token], i: int, qual: str, prep: str, width: int) -> bool:
    """Say whether a negated verb of exceeding caps the measured amount at tokens[i] past a long subject.

    "لم يتجاوز تمويل خطة الاستجابة الإقليمية للمنظمة 24%": whatever noun heads it, a subject that is one construct
    chain (no preposition or stop word, ending on a definite word) up to _LONG_MEASURE_SUBJECT_REACH words, and
    what it did not exceed is a level: at most. A count ("لم يتجاوز المنتخب منافسيه الثلاثة") is left alone.
    """
    if qual != "more_than" or prep != "" or width > _LONG_MEASURE_SUBJECT_REACH:
        return False
    subject = tokens[i - width:i]
    if not subject or any(t.kind != "ar" or t.norm in _STOP for t in subject) \
            or not _MARKS_RE.sub("", subject[-1].text).startswith(_DEFINITE_PREFIXES):
        return False
    return _measure_at(tokens, i)


def _measure_at(tokens: Sequence[Token], i: int) -> bool:
    """Say whether the number at tokens[i] is followed by a measure, a currency or a percent (not a counted noun)."""
    j = i
    while j < len(tokens) and (tokens[j].kind == "num" or (lookup_word(tokens[j].norm) is not None
                                                           and tokens[j].norm not in _PERCENT_ONE)):
        j += 1  # the number itself: 650، 3 ملايين، ثلاثة آلاف (not the بالمئة after it)
    if j >= len(tokens) or j == i:
        return False
    unit = tokens[j].norm
    if unit == "في" and j + 1 < len(tokens) and tokens[j + 1].norm in _PERCENT_WORDS:
        return True  # "30 في المئة"
    # measures and currencies, not the counted nouns of _UNIT_EXTENSIONS (حالة، طائرة)
    return unit in _MEASURES or unit in _CURRENCIES or unit in _UNIT_SINGULARS or unit in _DEGREES \
        or unit in _SYMBOL_UNITS or unit in _PERCENT_ONE \
        or (tokens[j].kind == "lat" and tokens[j].norm in _LATIN_UNITS) or bool(_MEASURE_LIKE.search(unit))


def _definite_noun_phrase(words: Sequence[Token]) -> bool:
    """Say whether words make one definite noun phrase: a definite head, then definite words or construct nouns.

    "الجوائز المالية لبطولة كأس العالم للرياضات الإلكترونية": each indefinite word (لبطولة، كأس) governs the word
    after it, so the phrase ends on a definite one. "الشركة التوقعات وحققت أرباحاً بقيمة" holds a new clause (و
    before an indefinite word) and ends on an indefinite word: no phrase.
    """
    def definite(tok: Token) -> bool:
        return _MARKS_RE.sub("", tok.text).startswith(_DEFINITE_PREFIXES)

    if not definite(words[0]) or not definite(words[-1]):
        return False
    return all(tok.kind == "ar" and (definite(tok) or (not tok.norm.startswith(("و", "ف"))
                                                       and _verb_form(tok.norm) is None))
               for tok in words[1:])


# A noun's complement inside a subject: "الطلب على الطاقة"، "الإنفاق على التعليم" (demand for, spending on). على
# before a definite noun that is no number, past the subject's first word.
_SUBJECT_COMPLEMENTS = _norms("على")


_AMOUNT_PHRASE_REACH = 3  # an amount noun and up to two definite words after it: "نسبة الفائدة الفعلية"


def _amount_noun_phrase_before(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """Say whether tokens[k] closes a short noun phrase that opens with an amount noun right after a verb."""
    for h in range(k, max(floor + 1, k - _AMOUNT_PHRASE_REACH), -1):
        if h < k and not _MARKS_RE.sub("", tokens[h + 1].text).startswith("ال"):
            return False
        if _is_subject_noun(tokens[h].norm):
            return h - 1 > floor and _verb_form(tokens[h - 1].norm) is not None
    return False


def _complement_of_subject(tokens: Sequence[Token], p: int, end: int) -> bool:
    """Say whether tokens[p] is على opening the complement of the noun before it, a definite noun (not the last
    word before end, the number: "يزيد على 300" is the verb's own preposition).

    Definite by ال ("على القروض") or by a pronoun after it ("تتجاوز نسبة الفائدة على قروضها 11%"، "على ديونهم").
    """
    if not (0 < p and p + 1 < end and tokens[p].norm in _SUBJECT_COMPLEMENTS and tokens[p - 1].kind == "ar"):
        return False
    q = p + 1
    if tokens[q].norm in _SUBJECT_QUANTIFIERS and q + 1 < end:
        q += 1  # "الفائدة على بعض القروض": a quantifier before the complement's noun
    if tokens[q].kind != "ar" or lookup_word(tokens[q].norm) is not None:
        return False
    return _MARKS_RE.sub("", tokens[q].text).startswith("ال") or _noun_with_pronoun(tokens[q].norm)


# A pronoun of two letters or more on a noun (قروضها، ديونهم): a lone ه may be a ta marbuta (شركة folds to شركه).
_LONG_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها")


def _noun_with_pronoun(norm: str) -> bool:
    """Say whether a word reads as a noun of three letters or more with a possessive pronoun: قروضها، ديونهم."""
    return norm not in _STOP and any(norm.endswith(suffix) and len(norm) - len(suffix) >= 3
                                     for suffix in _LONG_PRONOUN_SUFFIXES)


# "يتجاوز الطلب في ذروة الصيف 48 ألف ميغاواط": where or when the level is read may follow the subject.
_WHERE_AFTER_SUBJECT_REACH = 4  # the preposition and up to three words


def _subject_before_where(words: Sequence[Token]) -> Sequence[Token]:
    """Return the subject words before a short "في/لدى/داخل …" phrase that closes them, or all the words."""
    for p in range(1, len(words)):
        if words[p].norm in _SUBJECT_PLACES:
            where = words[p + 1:]
            if len(words) - p <= _WHERE_AFTER_SUBJECT_REACH and where and not any(t.norm in _STOP for t in where):
                return words[:p]
            break
    return words


def _compares_any_subject(tokens: Sequence[Token], k: int, prep: str, qual: str, floor: int) -> bool:
    """Return True when a comparing verb and its preposition enclose a subject of any kind.

    "يقل ... عن" and "يزيد ... عن" compare whatever stands between them ("لا يقل الحد الأدنى للتعويض عن 400").
    "على" is also the object's own preposition ("زادت الحكومة الإنفاق على 300 مدرسة"), so with it only a
    negated verb compares ("لا تزيد غرامة المخالفة على 500 دينار").
    """
    if qual not in ("more_than", "less_than") or prep not in _COMPARING_PREPOSITIONS:
        return False
    negated = k - 1 > floor and _negation_before(tokens, k)
    return prep == normalize_word("عن") or negated


def _bound_after(tokens: Sequence[Token], end_tok: int, qual: str) -> tuple[str, int]:
    """Return (qual, end_tok) with the qualifier right after a quantity ending at end_tok taken in, when the
    quantity has none before it: "لترين على الأقل"."""
    after, after_end = _qualifier_after(tokens, end_tok)
    return (after, after_end) if after is not None and qual == "exact" else (qual, end_tok)


def _past_conjunction(body: str, tok: Token, written: str) -> int:
    """Return where a dual word starts past the conjunction glued to it, and its vowel mark ("وسيارتين"): the
    conjunction stays out of the quantity's span."""
    start = tok.start
    if written[0] in "وف":
        start += 1
        while start < tok.end and _MARKS_RE.match(body[start]):
            start += 1
    return start


def _qualifier_after(tokens: Sequence[Token], k: int) -> tuple[str | None, int]:
    """Return the qualifier right after a quantity (تقريباً، على الأقل) and where it ends."""
    n = len(tokens)
    j = k
    if j < n and tokens[j].kind == "sym" and tokens[j].norm in "،,":
        j += 1
    if j == k and j + 1 < n and _indefinite_adjective(tokens[j]) and tokens[j + 1].norm in _AFTER_FIRST:
        j += 1  # "خمس جامعات إماراتية على الأقل": the counted noun's adjective stands before the qualifier
    elif j == k and j + 1 < n and tokens[j].norm not in _AFTER_FIRST and _construct_complement(tokens, k):
        # "7 حالات غرق على الأقل": the noun the counted noun governs stands before the qualifier, and its
        # adjective after it or not ("3 حالات تسمم غذائي على الأقل")
        if tokens[j + 1].norm in _AFTER_FIRST:
            j += 1
        elif j + 2 < n and _indefinite_adjective(tokens[j + 1]) and tokens[j + 2].norm in _AFTER_FIRST:
            j += 2
    if j == k:
        j += _partitive_before_bound(tokens, k)  # "70% من الأسر على الأقل"
    if j >= n or tokens[j].norm not in _AFTER_FIRST:
        return None, k
    for phrase, qual in _AFTER:
        words = tokens[j:j + len(phrase)]
        if len(words) == len(phrase) and all(t.kind == "ar" and t.norm == w for t, w in zip(words, phrase)):
            if j != k and tokens[k].kind == "sym":
                return None, k  # "…، على الأقل" after a comma usually qualifies the clause
            if _opens_a_comparison(tokens, j + len(phrase)):
                return None, k  # "12 طائرة حديثة وأكثر من 60 مرشة": "more than" the next figure
            return qual, j + len(phrase)
    return None, k


_PARTITIVE_WORDS = 2  # the definite nouns after من: "من الأسر"، "من الأسر الفقيرة"


def _partitive_before_bound(tokens: Sequence[Token], k: int) -> int:
    """Return how many words a من-phrase of what the figure counts takes before a bound after it, or 0.

    "تطعيم 70 بالمئة من المواشي على الأقل"، "مقتل 12 من الجنود على الأقل": the bound closes the figure and what it is
    a part of, one or two definite words after من. Anything else (a comma, an indefinite word) leaves the bound
    to the clause.
    """
    n = len(tokens)
    if k >= n or tokens[k].norm != _FROM:
        return 0
    for width in range(1, _PARTITIVE_WORDS + 1):
        tok = tokens[k + width] if k + width < n else None
        if tok is None or tok.kind != "ar" or tok.norm in _STOP or lookup_word(tok.norm) is not None \
                or not _MARKS_RE.sub("", tok.text).startswith(_DEFINITE_PREFIXES):
            return 0
        if k + width + 1 < n and tokens[k + width + 1].norm in _AFTER_FIRST:
            return width + 1
    return 0


def _opens_a_comparison(tokens: Sequence[Token], k: int) -> bool:
    """Say whether a trailing "وأكثر"/"أو أقل" ending before tokens[k] is followed by من: a comparison that
    qualifies the figure after it ("وأكثر من 60 مرشة"), not a bound on the one before ("أو أقل من ذلك" is)."""
    return k + 1 < len(tokens) and tokens[k].norm == _FROM and tokens[k - 1].norm in _COMPARATIVES \
        and tokens[k + 1].norm not in _THAT


_COMPARATIVES = _norms("أكثر", "أقل", "وأكثر", "فأكثر", "فأقل", "وأقل")
_THAT = _norms("ذلك", "هذا", "هذه", "ذاك", "تلك")


def _construct_complement(tokens: Sequence[Token], k: int) -> bool:
    """Say whether tokens[k] is the bare indefinite noun a counted noun right before it governs: the غرق of
    "7 حالات غرق"، the سير of "3 حوادث سير" (not a preposition, a definite word, a number or a dual, which
    counts on its own: "زار 7 دول مرتين على الأقل")."""
    tok, noun = tokens[k], tokens[k - 1]
    if k == 0 or tok.kind != "ar" or noun.kind != "ar" or lookup_word(noun.norm) is not None:
        return False  # no counted noun between the figure and this word
    norm = tok.norm
    return norm not in _STOP and len(norm) >= 2 and lookup_word(norm) is None \
        and not _MARKS_RE.sub("", tok.text).startswith(_DEFINITE_PREFIXES) \
        and not (norm in DUAL_DURATION_WORDS or _dual_count(norm) or _dual_unit(norm) is not None
                 or _fem_dual_word(_DUAL_CLITICS.sub("", norm)) or norm.endswith(("ين", "ان")))


_SHORT_NOT_NISBA = _norms("متى", "لكي", "كي", "ذي", "أي", "أيّ")


def _indefinite_adjective(tok: Token) -> bool:
    """Return True for an indefinite nisba adjective (-ي، -ية، -يين، -يات): إماراتية، حكومية، مصريين."""
    # three letters are enough: طبي، صحي، فني (a counted noun's adjective before "على الأقل")
    if tok.kind != "ar" or tok.norm in _STOP or tok.norm in _NOT_NISBA or tok.norm in _SHORT_NOT_NISBA \
            or len(tok.norm) < 3:
        return False
    return not _MARKS_RE.sub("", tok.text).startswith(_DEFINITE_PREFIXES) \
        and tok.norm.endswith(("ي", "يه", "يين", "يات", "يا"))


def _carry_qualifiers(body: str, tokens: Sequence[Token], found: list[QuantityMention]) -> None:
    """Give a total its parts' qualifier: "ما يصل إلى أربعة ألوية يبلغ مجموعها 12 ألف جندي"."""
    for idx in range(1, len(found)):
        prev, cur = found[idx - 1], found[idx]
        if cur.qualifier != "exact" or prev.qualifier == "exact" or cur.start - prev.end > 40:
            continue
        gap = [normalize_word(w) for w in _WORD_RUN.findall(body[prev.end:cur.start])]
        if not gap or len(gap) > 3:
            continue
        linked = any(w in _CARRY_VERBS for w in gap) and any(w.startswith(_CARRY_NOUNS) for w in gap) \
            or (len(gap) == 1 and gap[0].startswith(("قوام", "مجموع", "بمجموع", "باجمالي", "اجمالي")))
        if linked:
            found[idx] = QuantityMention(cur.start, cur.end, cur.expression, cur.value, prev.qualifier, cur.unit)
