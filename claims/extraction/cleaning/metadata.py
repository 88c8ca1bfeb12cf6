"""The metadata lines read into fields: publication date, bylines and the credited source.

Labelled dates and time stamps ("تاريخ النشر: …", "آخر تحديث: …"), a print edition's issue line, wire
datelines (with a named, numeric or bare date, and the agency they credit), bylines, exclusive tags and
the desk's signature under the title, "المصدر:" lines and credit lines in the head, a section label beside the
page's date there ("اقتصاد | 12 مارس 2026", see _without_section_labels) (_read_metadata), the
closing credit or print footer at the foot (_read_footer), and the source line among a dropped tail's
links (_tail_credit); with the agency and outlet tables and city shapes they match.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import (
    WEEKDAYS,
    fold,
    hijri_date_words,
    is_time_only,
    read_date,
    read_date_line,
    read_dateline_date,
    read_day_month,
    read_numeric_date,
)
from .furniture import (
    _COPYRIGHT,
    _INITIALS,
    _RELATIVE_STAMP,
    _SIGN_OFF,
    _is_counter,
    _is_weather_strip,
    _without_trailing_age,
    _without_trailing_counter,
)
from .lexicon import (_AGENCY, _AGENCY_ONLY, _DIGIT, _PAD, MAX_SECTION_WORDS, MIN_PARAGRAPH_WORDS, _compile, _ends_sentence,
                      _has_dash, _is_section_label, _next_nonblank)
from .stems import _ARABIC_WORD, _STEM_PREFIX, _STOP_WORDS, MIN_ARTICLE_STEMS

# "السبت 28-09-2024 11:05 | كتب: محمد القماش", "15 جويلية 2025 | 12:40 — بقلم: سنية الحاجي": a byline after the
# date on the same line, set off by a bar, a bullet, a slash or a long dash.
_TRAILING_BYLINE = _compile(r"\s*[|•·/–—]\s*(?:كتب|كتبت|بقلم)\s*[-–—:：]?\s*[^|•·]*$")


# "2025/02/05   ✎ ريم الفرشيشي", "12 مارس 2025 ✍️ سامي علي": the author's name after a pen sign, beside the date. A name of
# four words at most, no figure.
_PENS = "✎✍✏\U0001f58a\U0001f58b\U0001f58c\U0001f58d"
_PEN_BYLINE = re.compile(rf"\s*[{_PENS}]\ufe0f?\s*[^\s\d|{_PENS}]+(?:\s+[^\s\d|{_PENS}]+){{0,3}}\s*$")
_PEN = re.compile(f"[{_PENS}]")  # (one scan in C: most lines have no pen, and are spared _PEN_BYLINE)


def _without_trailing_byline(key: str) -> str:
    """Return key without the byline after its bar, bullet, slash or dash (see _TRAILING_BYLINE); a line with none is
    spared the regex scan."""
    # (the marks spelt out: a chain of C scans, without a generator's step per mark)
    return (_TRAILING_BYLINE.sub("", key)
            if ("|" in key or "/" in key or "–" in key or "—" in key or "•" in key or "·" in key) else key)


def _without_pen_byline(key: str) -> str:
    """Return a head line without the byline after its pen sign (see _PEN_BYLINE); the line itself when it has none."""
    return _PEN_BYLINE.sub("", key) if _PEN.search(key) else key


# "بقلم: سارة علي | نشر في: الأحد 7 جويلية 2025": a byline before the date on the same line, set off by a bar or a
# bullet ("بقلم سامي حداد • 12 مارس 2026"). ("نشر بواسطة: النيلين | 30 يونيو 2025": the poster's name, the same shape.)
_LEADING_BYLINE = _compile(r"^(?:كتب|كتبت|بقلم|(?:نشر |نشرت )?بواسطه|by|posted by)\s*[-–—:：]?\s*[^|•·]{1,40}[|•·]\s*")
_BAR_OR_BULLET = ("|", "•", "·")  # what sets a byline or a credit off from the date beside it


def _has_bar_or_bullet(key: str) -> bool:
    """Say whether a line holds a bar or a bullet (one of _BAR_OR_BULLET): only such a line may hold a byline and the
    date side by side (spared the byline's regex)."""
    return any(mark in key for mark in _BAR_OR_BULLET)


# "بيروت - سابين عويس", "مي عبدالله", "الضعين: آمنة إسحاق", "فهد الشمري - تبوك" (the name, then the city): a
# bare byline among the head's metadata lines, under the title.
_HEAD_BYLINE = _compile(r"^(?:[\u0621-\u064a]+\s*[-–—:]\s*)?[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2}$"
                        # (the city may take two words: "عبدالله الحارثي - مكة المكرمة")
                        r"|^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2}\s*[-–—]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?$"
                        # "كتب محمد عبد الله" (a name: no article on its first word, no preposition in it), "By ندى علي"
                        r"|^(?:كتب|كتبت|بقلم|by)\s+(?!ال)[\u0621-\u064a]+"
                        r"(?:\s+(?!(?:الي|علي|عن|في|من|مع|ان|بعد|حول)(?!\S))[\u0621-\u064a]+){1,3}$")
# The outlet's own staff signing a story under its title: "المدن - فريق العمل", "هيئة التحرير", "عنب بلدي -
# فريق التحرير", "فريق تحرير فوربس الشرق الأوسط", "محرر الشؤون المحلية", "مراسلنا في صيدا" (a desk, not a person's
# name).
_STAFF = (r"(?:فريق (?:العمل|التحرير|الموقع|التغطيه)|(?:هيئه|اسره|قسم|غرفه|مكتب|اداره|سكرتاريه) (?:التحرير|الاخبار)"
          r"|(?:فريق|هيئه|اسره) تحرير(?: [\u0621-\u064aa-z0-9.]+){1,4}"
          r"|التحرير|المحرر|محرر ال[\u0621-\u064a]+(?: ال[\u0621-\u064a]+)?|القسم ال[\u0621-\u064a]+"
          r"|مراسل(?:نا|ونا|و الموقع)?(?: في [\u0621-\u064a]+)?)")
_SHORT_NAME = r"[\u0621-\u064aa-z0-9.]+(?: [\u0621-\u064aa-z0-9.]+){0,2}"
_STAFF_BYLINE = _compile(rf"^(?:{_SHORT_NAME}\s*[-–—:|/]+\s*)?{_STAFF}(?:\s*[-–—:|/]+\s*{_SHORT_NAME})?$")
# An exclusive tag, maybe with the outlet: "خاص || أثر برس", "حصري - عنب بلدي", "خاص بـ«المدن»", "خاص", or
# under a dateline's city: "تعز - خاص", "غزة: حصري" (the city's dateline opens the tag, no outlet after it).
_EXCLUSIVE = _compile(r"^(?:خاص|حصري|حصريا|exclusive)(?:\s*(?:[-–—:|/]+|(?<=خاص) ?[بل])\s*[«\"“(]?"
                      rf"(?P<agency>{_SHORT_NAME})[»\"”)]?)?$"
                      r"|^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s*[-–—:|/]+\s*(?:خاص|حصري|حصريا)$")
# The tag as written, up to the outlet's name ("خاص بـ«", "خاص || "), cut to give the name.
_EXCLUSIVE_TAG = re.compile(r"^(?:خاص|حصريا|حصري|exclusive)\s*(?:[-–—:|/]+|[بل]ـ?)?\s*", re.IGNORECASE)

# "تاريخ النشر: …", "نشر في: …", "آخر تحديث: …": a labelled publication or update date.
# A strong label may be followed by more than the date ("| آخر تحديث: …"); after a weak one
# ("نشر", "تاريخ") the line must hold only a date, or it is a body sentence.
_DATE_LABEL = _compile(
    r"^(?:(?P<update>اخر تحديث|تاريخ التحديث|تم التحديث|updated(?: on| at)?|last updated)"
    r"|(?P<strong>تاريخ النشر|تاريخ الخبر|تاريخ (?:ال)?(?:اضافه|ادراج)|نشرت? في|نشرت? بتاريخ|تم النشر في|تم النشر|"
    # "هذا المحتوى نُشر على 01 أكتوبر 2025 - 14:30" (the page's own stamp, Swissinfo style)
    r"(?:هذا|هذه) (?:المحتوي|المقال|المقاله|الخبر|الموضوع|الماده) (?:تم )?نشرت? (?:في|علي|بتاريخ)|"
    r"published(?: on| at)?|posted(?: on| at)?)"
    r"|تحديث|(?:ال)?تاريخ|نشرت?|بتاريخ|date)\s*[:：\-–]?\s*"
)
# A stamp line's parts: split at a bar, or before a publication or update label after a dash or comma
# ("12 مارس 2025 - آخر تحديث: 14:35") or an opening bracket ("16:25 GMT 22.01.2025 (تم التحديث: 17:02 GMT …)",
# the closing one is filler); a dash inside a date ("14 - 12 - 2024") is no split.
_STAMP_SPLIT = _compile(r"\s*\|\s*|(?:\s*[-–—،,]?\s+|\s*\(\s*)(?=(?:اخر تحديث|تاريخ التحديث|تم التحديث|تاريخ النشر|نشرت? في"
                        r"|نشرت? بتاريخ|تم النشر|updated|last updated|published)(?![\w]))")
# A mark before a time stamp line: "#", a bullet, a clock or calendar sign.
_STAMP_MARK = re.compile("^(?:[#•*·▪●◆■►\u23f0\u23f1\u231a\U0001f4c5\U0001f4c6\U0001f5d3\U0001f550-\U0001f567]"
                         "\ufe0f?\\s*)+")
# The characters of _STAMP_MARK's class: a line opening with none of them has no mark to cut (spared the sub).
_STAMP_MARK_CHARS = frozenset("#•*·▪●◆■►\u23f0\u23f1\u231a\U0001f4c5\U0001f4c6\U0001f5d3"
                              + "".join(map(chr, range(0x1F550, 0x1F568))))
_STAMP_WORDS = tuple(fold(word) for word in ("|", "تحديث", "نشر", "updated", "published"))
# "المصدر: الأسبوع", "(المصدر : وكالات)", "Source: Reuters".
# The label may be split from the name by a bar or a slash: "المصدر | وكالة الأنباء الموريتانية", "المصدر/ وكالات".
_CREDIT = _compile(r"^\(?\s*(?:المصدر|المصادر|مصدر الخبر|المصدر الاصلي|source|sources)\s*[:：\-–|/]\s*\S")
_CREDIT_SPLIT = _compile(r"[:：\-–|/]")
# The page's stamp and the credit on one line: "2025/03/12 10:46:18   المصدر: شينخوا", "12 مارس 2025 | المصدر: وكالات"
# (the stamp part is read as a stamp, see _stamp_and_credit).
_STAMP_THEN_CREDIT = _compile(r"^(?P<stamp>[^:：]*\d.*?)\s*[|،,\-–—]?\s+(?P<credit>(?:المصدر|المصادر|مصدر الخبر|source|sources)"
                              r"\s*[:：]\s*\S.*)$")
# The credit, then the page's stamp after a bar, a bullet or a spaced dash: "المصدر: وكالات | 12 مارس 2026", "المصدر:
# رويترز - 12 مارس 2026" (see _credit_then_stamp: the first mark whose rest reads as a stamp ends the credit).
_CREDIT_LABEL = _compile(r"^\(?\s*(?:المصدر|المصادر|مصدر الخبر|source|sources)\s*[:：]\s*\S")
_CREDIT_STAMP_MARK = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
MAX_CREDIT_WORDS = 6  # after the label: an outlet's or agency's name, no sentence
# An outlet's tagline, printed under or beside its masthead: "صحيفة عربية مستقلة", "جريدة يومية سياسية شاملة",
# "موقع إخباري مستقل", "يومية وطنية مستقلة". The kind of outlet, then adjectives only: a nisba ("عربية",
# "إخباري") or a word of the list, none with the article ("إلكترونية" only looks like it has one). A name follows the kind with a proper noun
# ("صحيفة الصباح الجديد", "صحيفة سبق", "جريدة عمان"): it credits an outlet, the tagline does not.
_TAGLINE_KIND = r"(?:صحيفه|جريده|مجله|موقع|شبكه|بوابه|منصه|يوميه|اسبوعيه|نشره|اذاعه|قناه)"
_TAGLINE_WORD = (r"(?:(?!و?ال)و?[\u0621-\u064a]{2,}(?:يه|ي)|و?(?:الكترونيه|الكتروني|مستقله|مستقل|شامله|شامل|حره|حر|متخصصه|متخصص"
                 r"|متجدده|متجدد|جامعه|جامع|رائده|رائد|عامه|عام))")
_TAGLINE = _compile(rf"^{_TAGLINE_KIND}(?:\s+{_TAGLINE_WORD}){{1,4}}$")
# A party paper's name with its slogan, the party or body whose mouthpiece it is: "جريدة العلم - لسان حزب الاستقلال",
# "الوحدة | لسان حال الحزب الاشتراكي". The masthead and its tagline: no author, no place, no credit. (An author named
# لسان الدين is no party: after لسان comes حال or the body's kind.)
_NAME_WITH_MOUTHPIECE = _compile(r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3}\s*[-–—|]\s*لسان\s+"
                                 r"(?:حال|(?:ال)?(?:حزب|حركه|جبهه|تيار|جمعيه|اتحاد|نقابه|منظمه|تجمع))"
                                 r"(?:\s+[\u0621-\u064a]+){0,4}$")
# The same slogan on a line of its own under the masthead: "لسان حزب الاتحاد الاشتراكي للقوات الشعبية", "لسان حال
# الحركة". Words only, no figure or mark; only where another head line stands under it is it the slogan (see
# masthead._slogan_over_the_head).
_MOUTHPIECE = _compile(r"^لسان\s+(?:حال\s+)?(?:ال)?(?:حزب|حركه|جبهه|تيار|جمعيه|اتحاد|نقابه|منظمه|تجمع)"
                       r"(?:\s+[\u0621-\u064a]+){0,5}$")
# Other slogans under a masthead: the paper's kind and how often it appears, then what it is ("جريدة يومية تصدر عن حزب
# …", "صحيفة أسبوعية جامعة"); a voice it claims to be ("صوت العمال والفلاحين", "صوت من لا صوت له"). A headline may
# open so ("صوت الرصاص يعود إلى …", a deck under it): only a line that echoes the article faintly is the slogan (see
# masthead._reads_as_the_headline).
_SLOGAN = _compile(r"^(?:(?:جريده|صحيفه|مجله|نشره)\s+(?:يوميه|اسبوعيه|شهريه|فصليه)|صوت(?=\s))"
                   r"(?:\s+[\u0621-\u064a]+){1,5}$")
# A wire dateline opening the first paragraph: "موسكو - 24 أكتوبر (رويترز) -", "الرياض – الأربعاء 31 يناير 2024",
# "القاهرة في 31 يناير 2024 (أ ش أ) -" (after a bare "في" only with a credit that closes the dateline),
# "باريس/هامبورغ - 15 يناير (رويترز) -" (several cities).
# The outlet may stand between the city and the date: "بورتسودان – الراكوبة – الجمعة 30 يناير 2026".
_DATELINE = _compile(r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}"
                     r"(?:\s*/\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}){0,3}\s*(?:\([^)]{1,30}\)\s*)?"
                     r"(?:[-–—]\s*(?P<outlet>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2})\s*(?=[-–—]))?"
                     rf"(?:(?P<sep>[-–—،,])\s*(?:في\s+)?|في\s+)(?:(?:يوم\s+)?(?:{WEEKDAYS})\s*[،,]?\s*)?(?=\d)")
# What follows the date of a dateline: "(رويترز) -", "(أ ش أ)" at the end of the line.
# The credit after a dateline's date: "(رويترز) -", or between slashes with no dash after (QNA: "/قنا/ أحبطت").
_DATELINE_CREDIT = re.compile(r"[^()]{1,40}?(?:\((?P<credit>[^()]{1,30})\)|/\s*(?P<slashed>[^()/\d]{1,30}?)\s*/)"
                              r"\s*(?P<dash>[-–—:])?")

_CITY = r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}"
# A wire dateline may name several cities: "باريس/هامبورغ (رويترز) -", "لندن / باريس (أ ف ب) -".
_CITIES = rf"{_CITY}(?:\s*/\s*{_CITY}){{0,3}}"
# News outlets credited in a byline or dateline, as fold() spells them (Latin in lower case).
_OUTLETS = (
    "سكاي نيوز عربيه", "الشرق الاوسط", "cnn", "سي ان ان", "بي بي سي", "bbc", "الجزيره نت", "الجزيره",
    "العربيه نت", "العربيه business", "العربيه", "الحدث", "هسبريس", "بوابه الاهرام", "الاهرام",
    "اليوم السابع", "المصري اليوم", "الشروق", "فرانس 24", "فرانس24", "يورونيوز", "روسيا اليوم",
    "الحره", "العربي الجديد", "القدس العربي", "النهار", "اندبندنت عربيه", "ارم نيوز", "الخليج",
    "البيان", "الاتحاد", "عكاظ", "القبس", "الراي", "الغد", "عمون", "اليوم 24", "الشروق اونلاين",
)
# An agency or outlet name, longest first so "العربية Business" wins over "العربية".
# A space in a name may be written as a dot: "العربية.نت", "الجزيرة.نت".
# An outlet the tables do not know, told by its shape: "صحيفة الصباح الجديد", "وكالة الأنباء الكويتية",
# "عرب نيوز", "السومرية نيوز", "الميادين نت".
_OUTLET_SHAPED = (r"(?:(?:جريده|صحيفه|مجله|وكاله|قناه|موقع)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}"
                  r"|[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?[ .](?:نت|نيوز))")
_CREDITED = "(?:" + "|".join([_AGENCY, _OUTLET_SHAPED] + [
    re.escape(name).replace("\\ ", "[ .]") for name in sorted(_OUTLETS, key=len, reverse=True)]) + ")"
# A head line that only credits the story (the dateline proper starts the first paragraph):
# "أبوظبي - سكاي نيوز عربية", "القاهرة - (أ ش أ)", "روما: «الشرق الأوسط»" (any name in «»),
# "هسبريس - عبد الرحيم العسري" (outlet, then author), "عمان / ليث الجنيدي / الأناضول", "بوابة الأهرام",
# 'بيروت – "الوطن"' (any name in quotes).
# A national agency by its definite name after its city: "نواكشوط – الوكالة الموريتانية للأنباء". (Alone atop the page
# the name is the agency's own masthead: "الوكالة الوطنية للإعلام" over its own story.)
_NATIONAL_AGENCY = r"الوكاله(?:\s+[\u0621-\u064a]+){1,2}\s+لل(?:انباء|اعلام)"
_CREDIT_LINES = tuple(_compile(pattern) for pattern in (
    # (an exclusive tag may close it: "تعز - الصحوة نت - خاص")
    rf"^{_CITY}\s*[-–—:/]\s*[(«\"]?(?P<agency>{_CREDITED}|{_NATIONAL_AGENCY})[)»\"]?\s*(?:[-–—:|/]\s*(?:خاص|حصري|حصريا)\s*)?[-–—:]?$",
    rf"^{_CITY}\s*[-–—:]\s*[«\"“](?P<agency>[^«»\"“”]{{2,30}})[»\"”](?:\s*(?:دوت كوم|دوت نت|نت|اونلاين))?$",
    rf"^(?P<agency>{_CREDITED})\s*[-–—/|]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){{0,3}}$",
    rf"^{_CITY}\s*/[^/]{{2,40}}/\s*(?P<agency>{_CREDITED})$",
    rf"^(?P<agency>{_CREDITED})$",
    rf"^\((?P<agency>{_AGENCY})\)$",  # "(وأج)" alone under the headline
    # the city and the agency in brackets, alone over the lead: "القاهرة (أ ش أ)", "الكويت، (كونا)", or any agency's
    # initials spelled letter by letter there: "الرياض (و ا س)", "الدوحة (ق ن ا)" (a wire editor's initials sign a
    # story off at its foot, never after a city over its lead)
    rf"^{_CITY}\s*[،,]?\s*\(\s*(?P<agency>{_AGENCY}|[\u0621-\u064a](?:[ .][\u0621-\u064a]){{2,3}})\s*\)\s*[-–—:]?$",
))
# A head line where the outlet signs the story and names the agency it relays: "بغداد - الشرقية نيوز (واع)",
# "الرباط - هسبريس (ومع)", "غزة – صفا (وكالات)". The agency is the story's source.
_RELAYED_CREDIT = _compile(rf"^{_CITY}\s*[-–—:/]\s*(?P<outlet>{_CREDITED}|[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*"
                           rf"\(\s*(?P<agency>{_AGENCY})\s*\)\s*[-–—:]?$")
# The outlet's name (in any script), then the agency it relays after a dash, on a line of its own: "AL24 News - وأج",
# "الشروق أونلاين - واج". A named agency only: "<outlet> - وكالات" is the outlet's own story from the wires.
_RELAYED_AFTER_THE_NAME = _compile(r"^[\u0621-\u064aa-z0-9]+(?:[ .][\u0621-\u064aa-z0-9]+){0,3}\s*[-–—|]\s*"
                                   rf"[(«]?(?P<agency>{_AGENCY})[)»]?$")


def _relayed_after_the_name(key: str) -> re.Match[str] | None:
    """Match a line naming the outlet, then the wire agency it relays (see _RELAYED_AFTER_THE_NAME); else None."""
    match = _RELAYED_AFTER_THE_NAME.match(key)
    return match if match and match["agency"] not in _UNNAMED_SOURCES else None


# "موسكو - 24 أكتوبر (رويترز) -", "واشنطن، الولايات المتحدة (CNN)--", "(CNN)--": credit in the dateline;
# after a dash before the brackets no dash need close it: "القاهرة - (أ ش أ) صرح مصدر …".
_DATELINE_AGENCY = _compile(rf"^(?:{_CITIES}\s*(?:(?P<dash>[-–—])\s*|[-–—،,][^()]{{0,40}})?)?"
                            rf"\((?P<agency>{_CREDITED})\)\s*(?:[-–—:]|(?(dash)(?=[\u0621-\u064a])|(?!)))")
# The lead opening with a dateline (the place, maybe its date) and a wire agency in brackets, the sentence going on
# with no dash: "كابول 2 سبتمبر 2025 (شينخوا) ارتفع عدد …" (Xinhua's style), "الرياض، 5 مارس 2025 (واس) أعلنت …",
# "جنيف (أ ف ب) أعلنت …". Group "date" is what stands between the place and the brackets: a date only, or nothing
# after a one-word place (see _lead_dateline_credit); a known agency only in the brackets ("(أرشيفية)" is a caption's
# word).
_LEAD_DATELINE_AGENCY = _compile(rf"^{_CITIES}(?:\s*[،,]?\s+(?P<date>[^()]{{1,60}}?))?\s*\(\s*(?P<agency>{_AGENCY})\s*\)"
                                 r"\s*(?=[\u0621-\u064a])")
# A wire agency between dashes, with no brackets: "جنيف - أ ف ب - …", "الدوحة – وكالات – …" (an agency only:
# "غزة - الاحتلال - …" names no outlet).
_DATELINE_BARE_AGENCY = _compile(rf"^{_CITIES}\s*[-–—]\s*(?P<agency>{_AGENCY})\s*[-–—]")
# Under the title, "CITY - one word with the article" credits an outlet ("الجزائر - الوطن", "قفصة - الصباح"):
# a byline names a person in two words or more ("بيروت - سابين عويس"), a surname alone is rare.
# (Not as the first line: "غزة - المجاعة" may be a headline.) Iraqi papers put a slash: "بغداد/ المدى".
_DATELINE_OUTLET = _compile(rf"^{_CITY}\s*[-–—/]\s*(?P<agency>ال[\u0621-\u064a]{{2,}})$")
_ONE_NAME = re.compile(r"^ال[\u0621-\u064a]{2,}$")  # the same outlet between a city and a date
# The dateline before the page's stamp, split from it by a bar: "بنغازي - ليبيا المستقبل | الثلاثاء، 22 أبريل/نيسان 2025",
# "نواكشوط - تقدمي | 29/10/2024", "بغداد/ المدى | 2025-03-12 10:40". The stamp after the bar is read as one; the name
# credits the story when it is a wire agency's ("الرباط - ومع | …") or the page's own (see _own_names).
_DATELINE_BEFORE_STAMP = _compile(rf"^{_CITIES}\s*[-–—/]\s*(?P<agency>[\u0621-\u064aa-z0-9]+(?:\s+[\u0621-\u064aa-z0-9]+){{0,2}})"
                                  r"\s*\|\s*")

# A wire dateline with a numeric date (day first, as Arab outlets write it): "الرباط - 11/02/2026 (ومع) -",
# "غزة 22-2-2025 وفا-" (WAFA: no dash before the date, the agency bare), "عمان، 2026/02/11 (بترا) –".
# A dash (or the end of the line) closes it; with no separator before the date an agency must stand
# before that dash. MENA writes the day and the month only, an agency in brackets after them: "الكويت - 30 - 10 (أ ش أ)"
# (two numbers and a known agency: no score or range is credited so).
_NUMERIC_DATELINE = _compile(
    rf"^{_CITIES}\s*(?:(?P<sep>[-–—،,])\s*)?(?P<date>\d{{1,4}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?\d{{1,4}}"
    rf"|\d{{1,2}}\s?[-/.]\s?\d{{1,2}}(?=\s*\(\s*{_AGENCY}\s*\)))(?!\d)\s*"
    rf"(?:\(\s*(?P<credit>[^()]{{1,30}}?)\s*\)|(?P<bare>{_AGENCY}))?\s*(?:[-–—:]|$)")
# A wire dateline with no separator after the city, the agency closing it (SPA, KUNA, Petra styles):
# "جدة 3 شوال 1446 هـ الموافق 1 أبريل 2025 م واس", "الكويت 18 فبراير 2025 (كونا) --",
# "عمان 12 شباط (بترا)- …". The city, then a digit; the date is checked by read_dateline_date.
_BARE_DATELINE = _compile(rf"^{_CITIES}\s+(?:(?:{WEEKDAYS})\s*[،,]?\s*)?(?=\d)")
_DATELINE_END_AGENCY = _compile(rf"(?:\(\s*(?P<credit>{_AGENCY})\s*\)|(?<![\w])(?P<bare>{_AGENCY}))"
                                r"\s*(?:[-–—:]+|$)")
# The last line of a story crediting the agency, maybe with the date or the editors' initials:
# "(العمانية) 12 يونيو 2024", "(بنا)", "-- (بترا) ع ق/ ر ح" (Petra, after a dash).
_CLOSING_CREDIT = _compile(rf"^(?:[-–—]+\s*)?\(\s*(?P<agency>{_CREDITED})\s*\)\s*(?P<date>.*)$")
# The last line naming the outlet and its sources, with no brackets: "فرانس24/ أ ف ب", "العربية.نت - وكالات".
# (One name alone may be a subheading or a caption: two are required.)
# A last line with only an agency's name, as SPA and Saba close a story: "واس", "سبأ".
_CLOSING_AGENCY = _compile(rf"^(?P<agency>{_AGENCY})$")
_CLOSING_NAMES = _compile(rf"^(?P<agency>(?:{_CREDITED})(?:\s*[/،,+\-–—]\s*(?:{_CREDITED}))+)$")
# Any agency's short name in brackets, then its editors' initials, closing the story: "(نوفا) ر.م", "(أكي) ع.ف/ س.أ".
# (The tables need not know the agency: the initials tell the sign-off; a bracketed word alone may be a caption.)
_CLOSING_SIGNED = _compile(rf"^(?:[-–—]+\s*)?\(\s*(?P<agency>[\u0621-\u064aa-z]+(?:\s+[\u0621-\u064aa-z]+){{0,2}})\s*\)"
                           rf"\s*(?P<date>{_INITIALS}(?:\s*/\s*{_INITIALS}){{0,3}})$")
# The desk's word after the outlet's name under the headline: "أورينت نت - متابعات", "<name> - خاص": the outlet signs
# the story as in a dateline, and is its credit.
_DESK_AFTER_THE_NAME = _compile(r"^\s*[-–—/|]\s*(?:متابعه|متابعات|خاص|حصري|حصريا)$")
# The outlet's desk signing the story at its foot: "المسلة – متابعة", "عمان / خاص" (a name and the desk's word).
_CLOSING_DESK = _compile(rf"^(?P<agency>{_CITY})\s*[-–—/|]\s*(?:متابعه|خاص|حصري|حصريا)$")
# The desk's dateline on a line of its own, closed by a colon, between the title and the lead: "تواصل - الرياض:" (the
# outlet, then its city), "عدن - خبر للأنباء:", "الدوحة - «الراية» خاص:" (a known agency or outlet is read by
# _CREDIT_LINES). Glued to the lead ("تواصل - الرياض: توّج العداء …") the dateline stays: the first sentence starts in it.
_COLON_DESK_LINE = _compile(rf"^{_CITY}\s*[-–—/]\s*[«\"“]?{_CITY}[»\"”]?(?:\s*[-–—/]?\s*(?:خاص|حصري|حصريا))?\s*[:：]$")
# A print edition's footer: "جريدة الأيام - العدد 12712 - الإثنين 11 مارس 2024"; it names the outlet.
_PRINT_FOOTER = _compile(r"^(?P<outlet>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3})\s*[-–—|،,]\s*"
                         r"(?:ال)?عدد\s*[:：]?\s*\d+\s*(?:[-–—|،,]\s*(?P<date>.*))?$")

# A print edition's issue line in the masthead: "العدد : 17123 - الخميس 27 فبراير 2025 م، الموافق 28 شعبان 1446هـ",
# "السنة 45 - العدد 9876", "عدد رقم 512 | 2024/12/04". What follows the number must be a date (or nothing):
# "العدد 3 من المجلة يصدر غداً" is a sentence. The date may come first: "الثلاثاء 20 محرم 1447هـ - 15 يوليو
# 2025م - العدد 18954" (what stands before the number must then be a date).
_ISSUE_NUMBER = r"(?:السنه\s*[:：]?\s*\d+\s*[-–—|،,]\s*)?(?:ال)?عدد(?: رقم)?\s*[:：]?\s*\(?\d+\)?"
_ISSUE_LINE = _compile(rf"^(?:{_ISSUE_NUMBER}\s*(?:[-–—|،,]\s*(?P<date>.*))?"
                       rf"|(?P<date_first>.*?\d.*?)\s*[-–—|،,]\s*{_ISSUE_NUMBER})$")


def _issue_line(key: str) -> re.Match[str] | None:
    """Return _ISSUE_LINE's match of a line. A line without "عدد" cannot match: it is spared the regex, whose
    date-first branch backtracks over the whole line."""
    return _ISSUE_LINE.match(key) if "عدد" in key else None


_KNOWN_OUTLET = _compile(rf"^{_CREDITED}$")
# A dateline whose parts a colon splits, on a line of its own: "الخرطوم: 2 أبريل 2026", "أمستردام: بورتسودان: 2 أبريل
# 2026: راديو دبنقا" (the desk's city, the reporter's, the date, the outlet). The date must be read whole:
# "القاهرة: 15 مارس موعد الانتخابات" is a headline.
_COLON_DATELINE = _compile(rf"^{_CITY}(?:\s*[:：]\s*{_CITY}){{0,2}}\s*[:：]\s*(?P<date>[^:：]*\d[^:：]*?)"
                           rf"(?:\s*[:：]\s*(?P<outlet>[\u0621-\u064aa-z0-9]+(?:\s+[\u0621-\u064aa-z0-9]+){{0,3}}))?$")

HEAD_LINES = 8  # metadata is read from the top of the page
# A short name or two after a labelled date, split by spaced dashes: " - الساعة 24 - طرابلس" (outlet, city).
_DATELINE_NAMES = re.compile(r"(?:\s+[-–—]\s+[^\s\-–—|:：.،,؛]+(?:\s+[^\s\-–—|:：.،,؛]+){0,2}){1,2}$")
MAX_DATE_LINE_WORDS = 16  # a labelled date line (up to a "|"): weekday, date, time and a zone


def _byline_with_date(key: str) -> bool:
    """Say whether a byline line gives the date after a bar or a bullet ("بقلم: سارة علي | نشر في: 7 جويلية 2025",
    "كتب: عادل الشريف • 2026/03/12"): it is left to _read_metadata, which reads the date and drops the line."""
    if not _has_bar_or_bullet(key) or _DIGIT.search(key) is None:
        return False
    rest = _LEADING_BYLINE.sub("", key)
    return rest != key and (read_date_line(rest) is not None or _read_stamp(rest) is not None)


def _tail_credit(lines: list[str], keys: list[str], cut: int | None) -> str | None:
    """Return the credit of a "المصدر: الميادين" line among the links of a dropped read-also block.

    The page ends with the block, then the article's own source line; a line after the first
    paragraph belongs to the glued-on article. A tail that opens with the paragraph itself (a brief glued at the
    foot with no headline or marker over it) has no foot of its own: the source line right under it, among the
    page's foot lines, is the article's.
    """
    if cut is None:
        return None
    headless_brief = _ends_sentence(keys[cut]) and keys[cut].count(" ") + 1 >= MIN_PARAGRAPH_WORDS
    for i in range(cut + 1 if headless_brief else cut, len(lines)):
        key = keys[i]
        if not key:
            continue
        if key.count(" ") < 12 and _CREDIT.match(key):
            return _credit_value(lines[i])
        if key.count(" ") + 1 >= MIN_PARAGRAPH_WORDS or _ends_sentence(key):
            return None
    return None


_OUTLET_KIND = _compile(r"^(?:شبكه|صحيفه|جريده|موقع|قناه|وكاله|مجله|اذاعه|راديو|بوابه)\s+(?=\S)")


def _masthead_credit(key: str, masthead: str | None, own_names: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """Match "CITY - <masthead>" or "<masthead> - author": a line that credits the outlet named above. After a city
    any of the page's own names will do (see _own_names): "عمّان - رؤيا" under "رؤيا الإخباري"."""
    if own_names and _STAFF_BYLINE.match(key):
        own_names = frozenset()  # "فريق التحرير - شام": the desk signing, no dateline
    if masthead is None and not own_names:
        return None
    # the outlet's own name without its kind: "٩٦٤ - البصرة" under "شبكة 964", "عطبرة - التغيير" under "صحيفة التغيير"
    forms = dict.fromkeys((masthead, _OUTLET_KIND.sub("", masthead))) if masthead is not None else {}
    after_city = dict.fromkeys([*forms, *sorted(own_names, key=len, reverse=True)])
    if not any(form in key for form in after_city):
        return None  # (most lines: the patterns below, built for this masthead, are not compiled for them)
    city_name = "|".join(re.escape(form) for form in after_city)
    # (an exclusive tag may close it: "عدن - <masthead> - خاص")
    city_first = re.match(rf"^{_CITY}\s*[-–—:/]\s*[(«\"]?(?P<agency>(?:{city_name}))[)»\"]?"
                          r"(?:\s*[-–—:|/]\s*(?:خاص|حصري|حصريا))?$", key)
    if city_first or not forms:
        return city_first
    name = "|".join(re.escape(form) for form in forms)
    return re.match(rf"^(?P<agency>(?:{name}))\s*[-–—/|]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){{0,3}}$", key)


# A closing word of an outlet's name that a dateline leaves out: an adjective or the edition's language ("رؤيا
# الإخباري", "إرنا العربية", "آكي عربي"), or the agency's "للأنباء" ("وطن للأنباء").
_NAME_DESCRIPTOR = _compile(r"\s+(?:(?:ال)?[\u0621-\u064a]{2,}(?:يه|ي)|لل(?:انباء|اعلام))$")
MAX_OWN_NAME_WORDS = 4
_FIRST_LINE_SPLIT = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def _own_names(keys: list[str], drop: list[bool], masthead: str | None, outlet: str | None) -> frozenset[str]:
    """Return the page's own names, folded, in the forms its datelines write them: the masthead's, the outlet's given
    with the page, and the short names the first line opens with when it is no headline (dropped as a menu,
    "كازينفورم | الرئيسية | …", or a credit line, "وكالة … للأنباء - إرنا العربية": both parts of a line split once);
    each also without its kind ("صحيفة التغيير": "التغيير") and without a closing descriptor (see _NAME_DESCRIPTOR)."""
    first = next((i for i, key in enumerate(keys) if key.strip(_PAD)), None)
    parts = []
    if first is not None and (drop[first] or _credit_line(keys[first].strip(_PAD)) is not None):
        parts = [part.strip(_PAD) for part in _FIRST_LINE_SPLIT.split(keys[first].strip(_PAD))]
    names = [masthead, fold(outlet) if outlet else None, *(parts if len(parts) == 2 else parts[:1])]
    forms = set()
    for name in names:
        name = " ".join(name.split()) if name else ""
        if not name or name.count(" ") + 1 > MAX_OWN_NAME_WORDS:
            continue
        for form in (name, _OUTLET_KIND.sub("", name)):
            forms.add(form)
            if len(shorter := _NAME_DESCRIPTOR.sub("", form)) >= MIN_OWN_NAME_CHARS:
                forms.add(shorter)
    return frozenset(form for form in forms if len(form) >= MIN_OWN_NAME_CHARS)


MIN_OWN_NAME_CHARS = 3


def _is_own_name(name: str, own_names: frozenset[str], keys: list[str]) -> bool:
    """Say whether a name a dateline credits is the page's own (see _own_names), or the one its copyright footer
    claims (see _names_the_outlet)."""
    folded = fold(name).strip(_PAD)
    return folded in own_names or _names_the_outlet(folded, keys)


def _read_metadata(lines: list[str], keys: list[str], drop: list[bool], remove,
                   reference: dt.date | None, *, later_credit: str | None = None,
                   masthead: str | None = None, own_names: frozenset[str] = frozenset(),
                   bare_bylines: list[int] | None = None) -> tuple[dt.date | None, str | None]:
    """Read and remove date and credit lines; return (published, source credit).

    later_credit: a "المصدر:" line dropped with a tail, below any wire dateline's credit.
    masthead: the outlet's name dropped above the headline, credited by "CITY - <masthead>".
    own_names: the page's own names (see _own_names): a dateline crediting one credits it, as annotators read it
    ("هانوي (صوت فيتنام) -" on the page of "صوت فيتنام").
    bare_bylines: where given, the lines dropped as the author's bare name under the title are added to it (see
    byline_credit).
    """
    published: dt.date | None = None
    updated: dt.date | None = None
    credit: str | None = None
    wire_credit: str | None = None  # an agency in a dateline; an explicit "المصدر:" line wins over it
    over_title: str | None = None  # a credit line's name read above the headline (see _agency_under_the_title)
    placed_credit: str | None = None  # a credit read after a place, in a dateline: the outlet's own name stays
    head = 0  # kept non-empty lines seen so far: standalone dates count only near the top
    dateline_checked = False
    previous = -1  # the line processed before this one
    title_seen = paragraph_seen = False
    prose_seen = False  # a kept line above was a paragraph: the lead is past (see _lead_dateline_credit)
    for i, key in enumerate(keys):
        if drop[i] or not key:
            continue
        prose_seen = prose_seen or (previous >= 0 and not drop[previous] and _is_prose(keys[previous]))
        after_metadata = previous >= 0 and drop[previous]  # the line before was just read as metadata
        if previous >= 0 and not drop[previous]:  # the first kept line is the title, later ones the text
            paragraph_seen = paragraph_seen or title_seen
            title_seen = True
        previous = i
        head += 1
        words = key.count(" ") + 1
        if head <= HEAD_LINES and words <= MAX_DATE_LINE_WORDS and (issue := _issue_line(key)):
            date = issue["date"] or issue["date_first"]
            value = read_date_line(date) if date else None
            if value is not None or not date:
                remove(i)  # the masthead's issue number, maybe with the issue's date
                published = published or value
                continue
        stamp_line = _STAMP_MARK.sub("", key) if key[:1] in _STAMP_MARK_CHARS else key  # "# الخميس، 18 سبتمبر 2025 11:42 ص", "• آخر تحديث: 14:35"
        label = _DATE_LABEL.match(stamp_line)
        # "نشر في: <date> | آخر تحديث: <date>": only the part before the bar must be short
        if label and stamp_line.split("|", 1)[0].count(" ") < MAX_DATE_LINE_WORDS:
            rest = stamp_line[label.end():]
            strong = label.group("strong") or label.group("update")
            value = read_date(rest) if strong else read_date_line(rest)
            if value is None and not strong and head <= HEAD_LINES:
                # "بتاريخ 18 أغسطس، 2025 - الساعة 24 - طرابلس": the date, then the outlet and the city
                value = read_date_line(_DATELINE_NAMES.sub("", rest))
            if value is None and strong and head <= HEAD_LINES and is_time_only(rest):
                remove(i)  # "آخر تحديث: 14:35 بتوقيت مكة": a stamp with no date gives none
                continue
            if value is not None:
                remove(i)
                if label.group("update"):
                    updated = updated or value
                else:
                    published = published or value
                continue
        if head <= HEAD_LINES and after_metadata and published is not None and words <= 4 and is_time_only(key):
            remove(i)  # "07:55" on its own under the date line just read: the stamp's time
            continue
        if head <= HEAD_LINES and words <= MAX_DATE_LINE_WORDS and (both := _stamp_and_credit(key)) is not None:
            start, end, value = both  # the credit's span in key, the stamp's date
            published = published or value
            credit = credit or _credit_value(_as_written_span(lines[i], key, start, end))
            remove(i)
            continue
        if words <= 12 and _CREDIT.match(key):
            # a date beside the credit is cut from its name (below the head, not read): "المصدر: وكالات | 12 مارس 2026"
            dated = _credit_then_stamp(key) if _CREDIT_LABEL.match(key) else None
            credit = credit or _credit_value(lines[i] if dated is None else _as_written_span(lines[i], key, *dated[:2]))
            remove(i)
            continue
        if head > HEAD_LINES:
            continue  # below the head only a labelled date or a credit line is read: the tests below are the head's
        if words <= MAX_DATE_LINE_WORDS:
            stamp_key = _without_trailing_byline(stamp_line)
            dateline = None
            if _has_bar_or_bullet(stamp_key):
                stamp_key = _without_masthead(_LEADING_BYLINE.sub("", stamp_key), masthead)
                if dateline := _DATELINE_BEFORE_STAMP.match(stamp_key):
                    stamp_key = stamp_key[dateline.end():]
            stamp_key = _without_section_labels(stamp_key)  # "اقتصاد | 12 مارس 2026": the section, then the date
            # (a Hijri date beside the Gregorian one is not counted: "الاثنين 12 جمادى الأولى 1447 هـ - 3 نوفمبر 2025 م،
            # الساعة 18:05" is a date line)
            short = words - hijri_date_words(stamp_key) <= 12
            value = read_date_line(stamp_key) if short else None
            if value is None and short and (unsigned := _without_pen_byline(stamp_key)) is not stamp_key:
                value = read_date_line(unsigned)  # "2025/02/05   ✎ ريم الفرشيشي": the date, then its author
            if value is None and short and (uncounted := _without_trailing_counter(stamp_key)) is not stamp_key:
                value = read_date_line(uncounted)  # "2023/12/29   10:05   عدد المشاهدات: 1,284": the date, its views
            if value is None and short and (ageless := _without_trailing_age(stamp_key)) is not stamp_key:
                value = read_date_line(ageless)  # "12 مارس 2026 - منذ 3 ساعات": the date, the page's age
            stamp = ((value, None) if value is not None
                     else _read_stamp(stamp_key) if _stamp_marked(stamp_key) else None)
            if stamp is not None:
                remove(i)
                published, updated = published or stamp[0], updated or stamp[1]
                if dateline and not wire_credit and (_AGENCY_ONLY.match(dateline["agency"])
                                                     or _is_own_name(dateline["agency"], own_names, keys)):
                    wire_credit = placed_credit = _as_written(lines[i], key, dateline)
                continue
        without_byline = _without_trailing_byline(key)  # "الجزائر - الوطن | بقلم: سميرة بن علي"
        if ("(" in without_byline and (relayed := _RELAYED_CREDIT.match(without_byline))) or (
                _has_dash(without_byline) and (relayed := _relayed_after_the_name(without_byline))):
            # the outlet names itself, then the agency it relays: the agency is the credit, over an outlet's bare name
            # read before it (the masthead taken for a credit line); an agency read before stays
            if wire_credit is None or not _AGENCY_ONLY.match(fold(wire_credit)):
                wire_credit = _as_written(lines[i], key, relayed)
            remove(i)
            continue
        if without_byline.count(" ") < 8 and (
                wire := _credit_line(without_byline) or _masthead_credit(without_byline, masthead, own_names)
                or (title_seen and (_DATELINE_OUTLET.match(without_byline)
                                    or _quoted_outlet_dateline(without_byline, keys, i)))):
            # "CITY - <name>", not "<name> - author" nor the desk signing, "فريق التحرير - <name>"
            # (so is the outlet's name signed by its desk under the headline: "أورينت نت - متابعات")
            placed = (bool(without_byline[:wire.start("agency")].strip(_PAD)) and not _STAFF_BYLINE.match(without_byline)
                      ) or (title_seen and _DESK_AFTER_THE_NAME.search(without_byline[wire.end("agency"):]) is not None)
            if wire_credit is None or (wire_credit is over_title and (
                    _agency_under_the_title(wire, title_seen, over_title)
                    or (title_seen and placed and _is_own_name(wire["agency"], own_names, keys)))):
                # (the outlet's dateline under the headline, "الخرطوم: التيار", wins over its masthead read above it,
                # "صحيفة التيار": the credit in the dateline's own form)
                wire_credit = _as_written(lines[i], key, wire)
                over_title = None if title_seen else wire_credit
                placed_credit = wire_credit if placed else placed_credit
            remove(i)  # a line that only credits the agency is metadata
            continue
        if not paragraph_seen and words <= 6 and (
                (exclusive := _EXCLUSIVE.match(key)) and (title_seen or not exclusive["agency"])):
            # under the title only: "خاص | الحكومة تستقيل" above it is the headline
            if exclusive["agency"] and not wire_credit:
                wire_credit = _EXCLUSIVE_TAG.sub("", lines[i].strip()).strip(_PAD) or None
            remove(i)
            continue
        if title_seen and not paragraph_seen and words <= 8 and _COLON_DESK_LINE.match(key):
            remove(i)  # the desk's dateline alone over the lead
            continue
        if title_seen and not paragraph_seen and words <= 6 and _STAFF_BYLINE.match(key):
            remove(i)  # the outlet's desk signing the story
            continue
        if (title_seen and not paragraph_seen and _HEAD_BYLINE.match(key)
                and (after_metadata or _date_line_follows(keys, drop, i) or _unknown_name_over_lead(keys, drop, i))):
            remove(i)  # the author's name under the title, among date and credit lines
            if bare_bylines is not None:
                bare_bylines.append(i)
            continue
        if (title_seen and not paragraph_seen and words <= MAX_SECTION_WORDS and _is_section_label(key)
                and (after_metadata or _date_line_follows(keys, drop, i))):
            remove(i)  # "اقتصاد" beside the date line or under a dateline read ("عدن - خاص"): the section's label
            continue
        if (title_seen and not paragraph_seen and _LONG_BARE_NAME.match(key)
                and (after_metadata or _date_line_follows(keys, drop, i))
                and _barely_elsewhere(_prefixless_words(keys[i]), keys, i)):
            remove(i)  # "محمد عبد الرحمن السيد علي" over the date line: a full name the story never names
            if bare_bylines is not None:
                bare_bylines.append(i)
            continue
        if not wire_credit and (wire := ("(" in key and _DATELINE_AGENCY.match(key))
                                or (_has_dash(key) and _DATELINE_BARE_AGENCY.match(key))):
            # (on an agency's own page too: its dateline credits it, as "الدوحة - <masthead>" credits a paper)
            wire_credit = placed_credit = _as_written(lines[i], key, wire)  # the dateline stays: the first sentence starts in it
        elif (not prose_seen and (not wire_credit or _over_title_outlet(wire_credit, over_title, title_seen))
              and (own := _own_name_dateline(key, own_names, keys)) is not None):
            # "هانوي (صوت فيتنام) -", "رام الله - وطن: أعلنت …": the page's own name in its dateline; under the
            # headline it wins over the masthead read as a credit line above it ("وكالة … للأنباء - إرنا العربية")
            wire_credit = placed_credit = _as_written(lines[i], key, own)
        elif (not prose_seen and not wire_credit and "(" in key
              and (named := _bracketed_short_name_dateline(key)) is not None):
            # "أديس أبابا (إينا) – ضرب زلزال …", "جيبوتي (RTD) – الخميس 6 مارس 2025": an agency or outlet the tables
            # do not know, by its short name in the dateline's brackets
            wire_credit = placed_credit = _as_written(lines[i], key, named)
        elif (not prose_seen and "(" in key and (not wire_credit or _over_title_outlet(wire_credit, over_title, title_seen))
              and (lead := _lead_dateline_credit(key, reference)) is not None):
            # "كابول 2 سبتمبر 2025 (شينخوا) ارتفع …": the lead's dateline, the sentence going on; the agency wins over an
            # outlet's bare name read as a credit line above the headline ("صحيفة الشعب اليومية أونلاين": its masthead)
            wire, value = lead
            wire_credit = _as_written(lines[i], key, wire)
            published = published or value
        # (each dateline below holds its date's digits: the line's first digit is found once for all of them)
        digit = None if dateline_checked else _DIGIT.search(key)
        numeric = (None if digit is None or digit.start() >= 80 or words <= 2 or not key[:1].isalpha()
                   else _NUMERIC_DATELINE.match(key))
        if numeric and (numeric.group("sep") or numeric.group("credit") or numeric.group("bare")):
            dateline_checked = True
            published = published or read_numeric_date(numeric.group("date"))
            agency = "credit" if numeric.group("credit") else "bare" if numeric.group("bare") else None
            # (over an outlet's bare name read above the headline: its masthead, see _over_title_outlet)
            if agency and (not wire_credit or _over_title_outlet(wire_credit, over_title, title_seen)) \
                    and _AGENCY_ONLY.match(numeric.group(agency)):
                wire_credit = _as_written_span(lines[i], key, *numeric.span(agency))
            if not key[numeric.end():].strip(_PAD):
                remove(i)  # the dateline on a line of its own is metadata
            continue
        bare = (None if digit is None or digit.start() >= 40 or words <= 3 or not key[:1].isalpha()
                else _BARE_DATELINE.match(key))
        if bare and (found := _read_bare_dateline(key, bare.end(), reference)) is not None:
            dateline_checked = True
            value, agency, alone = found
            published = published or value
            if agency is not None and not wire_credit:
                wire_credit = _as_written_span(lines[i], key, *agency)
            if alone:
                remove(i)  # "جدة 3 شوال 1446 هـ الموافق 1 أبريل 2025 م واس" on a line of its own is metadata
            continue
        colon = None if digit is None or words > MAX_DATE_LINE_WORDS else _COLON_DATELINE.match(key)
        if colon and (value := read_date_line(colon["date"])) is not None:
            dateline_checked = True
            published = published or value
            outlet = colon["outlet"]
            if outlet and not wire_credit and (outlet == masthead or _KNOWN_OUTLET.match(outlet)):
                wire_credit = placed_credit = _as_written_span(lines[i], key, *colon.span("outlet"))
            remove(i)
            continue
        dateline = None if digit is None or words <= 3 else _DATELINE.match(key)
        if dateline:
            rest = key[dateline.end():]
            credit_after = _DATELINE_CREDIT.match(rest)
            closed = credit_after is not None and (
                credit_after.group("dash") or credit_after.end() == len(rest)
                or (credit_after.group("slashed") and _AGENCY_ONLY.match(credit_after.group("slashed"))))
            if not (dateline.group("sep") or closed):
                continue  # "وقال الوزير في 31 يناير 2024 إن…": a sentence, not a dateline
            dateline_checked = True
            value = read_day_month(rest[:60], reference=reference) or read_numeric_date(rest[:12])
            published = published or value
            group = "credit" if closed and credit_after.group("credit") else "slashed"
            if closed and not wire_credit and _AGENCY_ONLY.match(credit_after.group(group)):
                at = dateline.end() + credit_after.start(group)
                wire_credit = _as_written_span(lines[i], key, at, dateline.end() + credit_after.end(group))
            alone = rest[credit_after.end():].strip(_PAD) == "" if closed else read_date_line(rest) is not None
            outlet = dateline.group("outlet")
            if value is not None and alone and outlet and not wire_credit and (
                    outlet == masthead or _KNOWN_OUTLET.match(outlet) or _ONE_NAME.match(outlet)):
                # "بورتسودان – الراكوبة – الجمعة 30 يناير 2026": the outlet between the city and the date
                wire_credit = placed_credit = _as_written_span(lines[i], key, *dateline.span("outlet"))
            if value is not None and alone:
                remove(i)  # "الرياض – الأربعاء 31 يناير 2024 (رويترز)" on a line of its own is metadata
    if wire_credit and wire_credit is not placed_credit and _names_the_outlet(wire_credit, keys):
        wire_credit = None  # the outlet's own name over its headline (in its dateline it stays: "عمّان – البوصلة")
    return published or updated, credit or later_credit or wire_credit


# A personal byline under the headline, the author's name after the label: "كتب: محمود عبد الرحيم", "بقلم: سارة علي",
# "إعداد: رزان الشوابكة", "كتبت ريتا شمعون:", or after the page's date and a bar: "السبت 28-09-2024 11:05 | كتب: محمد
# القماش", "الأحد 3 نوفمبر 2024 – كتب: خالد منصور"; the date may follow the name: "بقلم: يوسف العلمي | 16/09/2025". A
# name of two to four words, no figure.
_PERSON = r"(?P<name>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3})"
_PERSONAL_BYLINE = _compile(rf"^(?:.*?[|•·/–—]\s*)?(?:كتبت|كتب|بقلم|اعداد)\s*[-–—:：]?\s*{_PERSON}\s*[:：]?\s*(?:[|•·].*)?$")
# The author's bare name, read as such by _read_metadata (see bare_bylines there): "مي عبدالله".
_BARE_PERSON = _compile(rf"^{_PERSON}$")


def _named_nowhere_else(name: str, keys: list[str], i: int) -> bool:
    """Say whether no word of a bare name on line i comes back on the rest of the page: an outlet's name ("ديوان أف أم"
    under its masthead "Diwan FM | ديوان أف أم"), a section or desk ("تحقيقات وملفات" in the menu, "مركز الأخبار" under
    "الأخبار / العراق") does, a reporter's name seldom."""
    return not _prefixless_words(name) & _prefixless_words(" ".join(key for k, key in enumerate(keys) if k != i))


def _name_as_written(line: str, key: str, name: re.Match[str]) -> str:
    """Return the name matched in key as the line spells it, word for word (folding keeps the words, not the spaces
    between them: "08:30   |   بقلم: سنية الزغلامي"); the folded name when the words do not line up."""
    words = line.split()
    if len(words) != len(key.split()):
        return name["name"]
    first = len(key[:name.start("name")].split())
    return " ".join(words[first:first + len(name["name"].split())]).rstrip(":：")  # "كتبت ريتا شمعون:"


def byline_credit(lines: list[str], keys: list[str], drop: list[bool], title: int | None,
                  bare_bylines: list[int]) -> str | None:
    """Return the author's name from the first personal byline dropped between the headline and the lead (see
    _PERSONAL_BYLINE, or a bare name in bare_bylines), as the page's credit when it gives no other: annotators credit
    "كتب: محمود عبد الرحيم" with "محمود عبد الرحيم". None when the byline signs the desk ("كتب: محرر الشؤون المحلية",
    "بقلم: هيئة التحرير") or no byline stands there."""
    for i in range((title + 1) if title is not None else 0, len(keys)):
        key = keys[i]
        if not key:
            continue
        if not drop[i]:
            return None  # the lead: a byline farther down signs another story or a quote
        byline = _PERSONAL_BYLINE.match(key)
        if byline is None and i in bare_bylines and (bare := _BARE_PERSON.match(key)) is not None:
            if _is_section_label(key) or not _named_nowhere_else(bare["name"], keys, i):
                return None  # a section ("أخبار محلية") or the outlet's name under the headline, not its author
            byline = bare
        if byline is not None:
            if _STAFF_BYLINE.match(byline["name"]) or _STAFF_BYLINE.match(key):
                return None
            return _name_as_written(lines[i], key, byline)
    return None


# The page's own name in a dateline (see _own_name_dateline): in brackets, "هانوي (صوت فيتنام) -", "جاكرتا، 18 نوفمبر
# (برناما) --"; after a slash, maybe after a date split by slashes, "طهران / إرنا /", "طهران/ 3 تشرين الثاني/ نوفمبر/
# إرنا-"; after the city and a dash, a dot or a comma, closed by a dash or a colon, the lead going on: "رام الله - وطن:
# أعلنت …", "ألماتي. كازينفورم - شعر …".
_OWN_NAME = r"[\u0621-\u064aa-z0-9]+(?:[ .][\u0621-\u064aa-z0-9]+){0,3}"
_BRACKETED_NAME_DATELINE = _compile(rf"^(?:{_CITIES}\s*(?:(?P<dash>[-–—])\s*|[-–—،,][^()]{{0,40}})?)?"
                                    rf"\(\s*(?P<agency>{_OWN_NAME})\s*\)\s*(?:[-–—:]|(?(dash)(?=[\u0621-\u064a])|(?!)))")
_SLASHED_DATELINE = _compile(rf"^{_CITY}\s*/\s*(?:\d[^()/]{{0,20}}(?:/[^()/]{{1,20}})?\s*/\s*)?(?P<agency>{_OWN_NAME})\s*[-–—/]")
_NAME_AFTER_CITY_DATELINE = _compile(rf"^{_CITIES}\s*[-–—.،,]\s*(?P<agency>{_OWN_NAME})\s*[-–—:：]")


def _own_name_dateline(key: str, own_names: frozenset[str], keys: list[str]) -> re.Match[str] | None:
    """Match a dateline crediting the page's own name (see _is_own_name) in one of the forms of
    _BRACKETED_NAME_DATELINE, _SLASHED_DATELINE and _NAME_AFTER_CITY_DATELINE; else None. Any other name in the
    last form may be a reporter's ("القاهرة - أحمد علي: …")."""
    patterns = ((_BRACKETED_NAME_DATELINE,) if "(" in key else ()) + (
        (_SLASHED_DATELINE,) if "/" in key else ()) + (_NAME_AFTER_CITY_DATELINE,)
    for pattern in patterns:
        if (match := pattern.match(key)) and _is_own_name(match["agency"], own_names, keys):
            return match
    return None


def _quoted_as_the_outlet(keys: list[str], i: int, name: str) -> bool:
    """Say whether a short head line is the name a source in the text speaks to, in quotes after ل ("قال لـ«أخبار
    ليبيا 24» إن …", "في تصريح لـ\"المدى\""): the outlet's own name, printed as its masthead, even with a digit. A
    headline is never what someone says something to."""
    holding = [key for j, key in enumerate(keys) if j != i and key and name in key]
    if not holding:
        return False  # (the pattern below is built for this name: not compiled when no other line holds it)
    told = re.compile(rf"(?<![\w])ل\s*[«\"“]\s*{re.escape(name)}\s*[»\"”]")
    return any(told.search(key) for key in holding)


# The city, then a name on a line of its own under the headline: "أنقرة - تركيا الآن" (see _quoted_outlet_dateline).
_CITY_THEN_NAME = _compile(rf"^{_CITY}\s*[-–—:/]\s*(?P<agency>{_OWN_NAME})$")


def _quoted_outlet_dateline(key: str, keys: list[str], i: int) -> re.Match[str] | None:
    """Match "CITY - <name>" on a line of its own when a source in the text speaks to that name ("قال … لـ«تركيا
    الآن» إن …", see _quoted_as_the_outlet): the outlet's own dateline, though the page names it nowhere else (no
    masthead over the headline). A reporter's name after the city ("أنقرة - أحمد يلماز") is never what a source
    speaks to."""
    match = _CITY_THEN_NAME.match(key) if _has_dash(key) or "/" in key or ":" in key else None
    return match if match and _quoted_as_the_outlet(keys, i, match["agency"]) else None


# A short name in a dateline's brackets after the city, a dash closing them: one word, in Arabic or Latin letters
# ("إينا", "RTD", folded to lower case), the brackets' other words aside: a tag of the story ("خاص", "محدث").
_SHORT_NAME_DATELINE = _compile(rf"^{_CITIES}\s*[،,]?\s*\(\s*(?P<agency>[\u0621-\u064a]{{3,10}}|[a-z][a-z0-9]{{1,7}})\s*\)"
                                r"\s*[-–—]+")
_NOT_A_NAME = frozenset(fold(word) for word in (
    "خاص", "حصري", "حصريا", "عاجل", "محدث", "تحديث", "مباشر", "فيديو", "صور", "بالصور", "بالفيديو", "ارشيف", "ارشيفية",
    "تقرير", "تحليل", "مقابلة", "حوار", "رأي", "متابعة", "متابعات", "مراسلون", "مراسلنا", "مراسلتنا"))


def _bracketed_short_name_dateline(key: str) -> re.Match[str] | None:
    """Match a dateline crediting a short name in brackets after the city, a dash closing it (see
    _SHORT_NAME_DATELINE: "أديس أبابا (إينا) –"); else None. A tag of the story in the brackets credits no one."""
    match = _SHORT_NAME_DATELINE.match(key)
    return match if match and match["agency"] not in _NOT_A_NAME else None


def _is_prose(key: str) -> bool:
    """Say whether a line is a paragraph of text: a sentence of some length with its full stop."""
    return key.count(" ") + 1 >= MIN_PARAGRAPH_WORDS and _ends_sentence(key)


def _lead_dateline_credit(key: str, reference: dt.date | None) -> tuple[re.Match[str], dt.date | None] | None:
    """Read the dateline opening the lead with a wire agency in brackets and the sentence going on after them (see
    _LEAD_DATELINE_AGENCY): return the match (its group "agency") and the dateline's date, or None when what stands
    between the place and the brackets is no date ("أعلنت وزارة الصحة في بيان نقلته (واس) أنها" is a sentence)."""
    match = _LEAD_DATELINE_AGENCY.match(key)
    if match is None:
        return None
    if match["date"] is None:
        # with no date, one word only: the place ("جنيف (أ ف ب) أعلنت"); a sentence's words may stand before the
        # agency a source spoke to ("وقال مسؤول لوكالة (رويترز) إن")
        return (match, None) if " " not in key[:match.start("agency")].strip(_PAD + "(") else None
    is_date, value = read_dateline_date(match["date"], reference=reference)
    return (match, value) if is_date else None


def _agency_under_the_title(wire: re.Match[str], title_seen: bool, over_title: str) -> bool:
    """Say whether a credit line under the headline, naming a wire agency ("الطائف – واس"), wins over an outlet's
    bare name read as a credit line above the headline ("صحيفة المناطق الإلكترونية" at the top of the page): that
    name is the page's masthead, the agency the story's source. (An agency's name above stays: its own page.)"""
    return (title_seen and _AGENCY_ONLY.match(wire["agency"]) is not None
            and _AGENCY_ONLY.match(fold(over_title)) is None)


def _over_title_outlet(wire_credit: str, over_title: str | None, title_seen: bool) -> bool:
    """Say whether the credit read so far is an outlet's bare name read above the headline (no agency's), the line
    now read being under it: the page's masthead taken for a credit line (see _agency_under_the_title)."""
    return title_seen and wire_credit is over_title and _AGENCY_ONLY.match(fold(over_title)) is None


def _without_masthead(key: str, masthead: str | None) -> str:
    """Return a stamp line without the outlet's name before its bar: "فبراير.كوم | الثلاثاء 17 مارس 2026 - 11:42"
    (the masthead dropped above the headline, printed again beside the page's date)."""
    if masthead is None or not key.startswith(masthead):
        return key
    rest = key[len(masthead):].lstrip()
    return rest[1:].lstrip() if rest.startswith("|") else key


MAX_COPYRIGHT_WORDS = 25


# Sources joined in a credit: "بترا + السبيل", "وكالات / الغد", "رويترز و الأناضول".
_CREDIT_JOINER = re.compile(r"\s*[+&/،,]\s*|\s+و\s+")
# Unnamed sources: "الجزيرة + وكالات" is the outlet's own story written from the wires, and the credit stays whole.
_UNNAMED_SOURCES = frozenset(fold(word) for word in ("وكالات", "الوكالات", "وكالات الأنباء", "متابعات"))


def _without_own_name(credit: str | None, keys: list[str], masthead: str | None) -> str | None:
    """Return a credit joining sources without the outlet's own name ("المصدر: بترا + السبيل" on Al-Sabeel's page
    credits بترا): the name of its masthead, of its first line or of its copyright footer. A lone name stays, and so
    does the name beside unnamed agencies only ("المصدر: الجزيرة + وكالات")."""
    if not credit:
        return credit
    parts = [part.strip(_PAD) for part in _CREDIT_JOINER.split(credit)]
    if len(parts) < 2 or not all(parts):
        return credit
    first = _first_line(keys)
    others = [part for part in parts
              if fold(part) not in (masthead, first) and not _names_the_outlet(part, keys)]
    if all(fold(part) in _UNNAMED_SOURCES for part in others):
        return credit  # "المصدر: <outlet> + وكالات": no named source to credit instead
    return " + ".join(others) if len(others) < len(parts) else credit


def _first_line(keys: list[str]) -> str:
    """Return the page's first non-blank line, folded and without padding: where its masthead stands."""
    return next((key.strip(_PAD) for key in keys if key), "")


def _names_the_outlet(name: str, keys: list[str]) -> bool:
    """Say whether a credited name is the outlet's own, the one its copyright footer claims ("جميع الحقوق محفوظة ©
    البورصة نيوز 2026"): the page's masthead printed over the headline, no source of the story. A wire agency
    credited in brackets or a dateline stays a credit on its own site; so does a "المصدر:" line (not passed here).
    """
    if _AGENCY_ONLY.match(fold(name)):
        return False
    folded = _without_tagline_adjective(fold(name))
    footers = [key for key in keys if key and folded in key and key.count(" ") + 1 <= MAX_COPYRIGHT_WORDS
               and _COPYRIGHT.search(key)]
    if not footers:
        return False  # (the pattern below is built for this name: not compiled when no line holds it)
    own = re.compile(rf"(?:^|[^\w])ل?{re.escape(folded)}(?![\w])")  # ("محفوظة لصحيفة مكة")
    return any(own.search(key) for key in footers)


# The adjective closing an outlet's full name, which its footer leaves out: "صحيفة أنحاء الإلكترونية" signs "جميع الحقوق
# محفوظة لصحيفة أنحاء", "شبكة الرافدين الإخبارية" signs "© شبكة الرافدين".
_TAGLINE_ADJECTIVE = _compile(r"\s+ال[\u0621-\u064a]{3,}(?:يه|ي)$")


def _without_tagline_adjective(name: str) -> str:
    """Return an outlet's folded name of the form "<kind> <name> <adjective>" without its adjective (see
    _TAGLINE_ADJECTIVE); any other name as it is. The kind and the name are left: never a bare word."""
    if not _OUTLET_KIND.match(name) or name.count(" ") < 2:
        return name
    return _TAGLINE_ADJECTIVE.sub("", name)


def _read_bare_dateline(key: str, at: int, reference: dt.date | None
                        ) -> tuple[dt.date | None, tuple[int, int] | None, bool] | None:
    """Read a dateline with no separator after the city (see _BARE_DATELINE); key[at:] starts with the date.

    Returns (date, span of the agency in key, whether the line holds nothing else), or None when it is no
    dateline: an agency must close the date ("واس", "(كونا) -"), or, with none, the line must be a Hijri
    date "الموافق" a Gregorian one and nothing else ("غزة 11/02/2026" may be a headline).
    """
    rest = key[at:]
    agency = _DATELINE_END_AGENCY.search(rest)
    if agency is None:
        if "الموافق" not in rest:
            return None
        value = read_date_line(rest)
        return (value, None, True) if value is not None else None
    is_date, value = read_dateline_date(rest[:agency.start()], reference=reference)
    if not is_date:
        return None
    group = "credit" if agency.group("credit") else "bare"
    alone = not rest[agency.end():].strip(_PAD)
    return value, (at + agency.start(group), at + agency.end(group)), alone


_CITY_NAME_SPLIT = re.compile(r"\s*[:：]\s*|\s+[-–—]\s+|\s*[-–—]\s*(?=\S)")
_WRITTEN_BY = _compile(r"^(?:كتب|كتبت|بقلم)\s+")
MAX_BYLINE_WORDS_IN_TEXT = 1  # the city of "الخرطوم: عوضية سليمان" recurs in the text, the reporter does not


def _unknown_name_over_lead(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether a byline-shaped line under the title ("الخرطوم: عوضية سليمان", "فهد الشمري - تبوك", "كتب سامي
    نصر") sits
    right over the lead paragraph and names what the page never names again: the reporter. A subtitle there
    ("الخرطوم: ارتفاع أسعار الخبز") sums up the story, and the title or the lead carries its words.
    """
    j = _next_nonblank(keys, i + 1)
    while j < len(keys) and drop[j]:
        j = _next_nonblank(keys, j + 1)
    written_by = _WRITTEN_BY.match(keys[i])  # "كتب محمد الحسيني": the verb names the author, no city needed
    if j >= len(keys) or keys[j].count(" ") + 1 < MIN_PARAGRAPH_WORDS or not (
            written_by or _CITY_NAME_SPLIT.search(keys[i])):
        return False  # (a bare name with no city may be a kicker: "ميدان التحرير")
    # whole words (no suffix cut): a surname must not match a longer word of the text ("الحاج", "حاجات")
    words = _prefixless_words(keys[i][written_by.end():] if written_by else keys[i])
    return len(words) >= 2 and _barely_elsewhere(words, keys, i)


def _barely_elsewhere(words: set[str], keys: list[str], i: int) -> bool:
    """Say whether the words of line i barely come back in the rest of the page, as a reporter's name does not (a
    subtitle shares its words with the title and the lead); a page too short to tell says no."""
    rest = _prefixless_words(" ".join(key for k, key in enumerate(keys) if k != i))
    return len(rest) >= MIN_ARTICLE_STEMS and len(words & rest) <= MAX_BYLINE_WORDS_IN_TEXT


# A full name of four or five words alone on a line ("محمد عبد الرحمن السيد علي"): no ال- on its first word, no
# preposition or conjunction in it (folded spelling: على → علي is a name too, so only the other prepositions).
_LONG_BARE_NAME = _compile(r"^(?!ال)[\u0621-\u064a]+"
                           r"(?:\s+(?!(?:الي|عن|في|من|مع|ان|بعد|حول|و|او|ثم)(?!\S))[\u0621-\u064a]+){3,4}$")


def _prefixless_words(key: str) -> set[str]:
    """Return the Arabic words of key without a leading article or conjunction ("والخبز" -> "خبز")."""
    return {_STEM_PREFIX.sub("", word) for word in _ARABIC_WORD.findall(key) if len(word) > 2}


def _date_line_follows(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether the next kept line after i is a publication-date line (a date, a labelled date, a stamp).

    A byline under the title often comes before the date line ("دبي – سارة المنصوري" over "12 مارس 2025"), or
    before the page's age ("منذ 5 ساعات"), which the boilerplate walk has dropped already: it counts as the stamp.
    """
    j = i + 1
    while j < len(keys) and (not keys[j] or drop[j]):
        if keys[j] and _RELATIVE_STAMP.match(keys[j].strip(_PAD)):
            return True
        j += 1
    if j >= len(keys) or keys[j].count(" ") >= MAX_DATE_LINE_WORDS:
        return False
    key = keys[j]
    label = _DATE_LABEL.match(key)
    return (read_date_line(_without_section_labels(key)) is not None  # "12 مارس 2026", "اقتصاد | 12 مارس 2026"
            or (label is not None and read_date(key[label.end():]) is not None)
            or (_stamp_marked(key) and _read_stamp(key) is not None))


def _stamp_and_credit(key: str) -> tuple[int, int, dt.date] | None:
    """Read a head line holding the page's stamp and its "المصدر:" credit, the stamp first ("2025/03/12 10:46:18
    المصدر: شينخوا") or last ("المصدر: وكالات | 12 مارس 2026", see _credit_then_stamp). Returns the credit's span in
    key and the stamp's date, or None when the other part is no stamp (a date, its time, weekday or labels only) or
    the credit runs past a name."""
    if "مصدر" not in key and "source" not in key:
        return None  # (most head lines hold no credit label: spared the regex)
    if _CREDIT_LABEL.match(key):
        return _credit_then_stamp(key)
    match = _STAMP_THEN_CREDIT.match(key)
    if match is None or match["credit"].count(" ") + 1 > MAX_CREDIT_WORDS + 1:
        return None
    value = _stamp_date(match["stamp"])
    return (*match.span("credit"), value) if value is not None else None


def _credit_then_stamp(key: str) -> tuple[int, int, dt.date] | None:
    """Read "المصدر: وكالات | 12 مارس 2026": the credit, then the page's stamp after the first bar, bullet or spaced dash
    whose rest reads as one (a dash may join the credited names: "المصدر: العربية نت - وكالات" has no stamp)."""
    for mark in _CREDIT_STAMP_MARK.finditer(key):
        if key[:mark.start()].count(" ") + 1 > MAX_CREDIT_WORDS + 1:
            return None
        if _DIGIT.search(key, mark.end()) and (value := _stamp_date(key[mark.end():])) is not None:
            return 0, mark.start(), value
    return None


def _stamp_date(stamp: str) -> dt.date | None:
    """Return the date of a stamp beside a credit (a date line, or a stamp's parts: see _read_stamp), else None."""
    stamp = _STAMP_MARK.sub("", stamp)
    value = read_date_line(stamp)
    if value is None and (both := _read_stamp(stamp)) is not None:
        value = both[0] or both[1]
    return value


def _stamp_marked(key: str) -> bool:
    """Say whether a line holds a stamp's bar or label (one of _STAMP_WORDS): only such a line is split as a stamp."""
    return any(word in key for word in _STAMP_WORDS)


_SHORT_NAME_PART = _compile(r"^[\u0621-\u064aa-z]+(?: [\u0621-\u064aa-z]+){0,2}$")


def _outlet_before_stamp(parts: list[str]) -> bool:
    """Say whether a stamp line's first part is the outlet's name before its labelled date ("مدار الساعة - نشر في 17
    أيلول 2026 - 1:05م", "الوطن | تاريخ النشر: 3 مايو 2026"): a short name, no figure or mark, and a publication or
    update label opening the next part (three words at most, no stop word). A name before a bare date ("القاهرة - 3 مايو 2026") is a dateline, left to
    the dateline reading."""
    name = parts[0].strip() if len(parts) >= 2 else ""
    if not _SHORT_NAME_PART.match(name) or any(word in _STOP_WORDS for word in name.split()):
        return False  # (a clause before the label is no name: "قال الوزير إن - نشر في …")
    label = _DATE_LABEL.match(parts[1].strip())
    return label is not None and bool(label.group("strong") or label.group("update"))


# A section label beside the page's date, set off by a bar, a bullet, a breadcrumb's mark or a spaced dash: "اقتصاد | 12
# مارس 2026", "12 مارس 2026 • صحة", "رياضة | كرة القدم | 5 أبريل 2026" (see _without_section_labels). The group keeps
# the marks in the split, so that what is left is joined back as written ("2025/08/03 - 10:15").
_SECTION_SPLIT = re.compile(r"(\s*[|•·›>]\s*|\s+[-–—]\s+)")
_SECTION_MARKS = ("|", "•", "·", "›", ">", " -", " –", " —")


def _without_section_labels(key: str) -> str:
    """Return a head line without the section labels at its ends (see _SECTION_SPLIT), else the line itself: "اقتصاد |
    12 مارس 2026" gives "12 مارس 2026", which the caller reads as a date line only, as the label pass reads the same
    line over the headline (masthead._label_line). Only whole labels beside a mark go: "اقتصاد السودان تراجع بنسبة 12%
    …" has none, and "السياسة | 12 قتيلاً في اشتباكات الحدود" leaves no date."""
    if not any(mark in key for mark in _SECTION_MARKS):
        return key  # (most lines: spared the split)
    pieces = _SECTION_SPLIT.split(key)  # a part, a mark, a part, …
    start, end = 0, len(pieces)
    while end - start > 2 and _is_section_label(pieces[start]):
        start += 2
    while end - start > 2 and _is_section_label(pieces[end - 1]):
        end -= 2
    return key if end - start == len(pieces) else "".join(pieces[start:end])


def _read_stamp(key: str) -> tuple[dt.date | None, dt.date | None] | None:
    """Read "12 مارس 2025 | آخر تحديث: 14:35": parts split by bars or before a label, each a date or a
    clock time (or a counter or the page's age beside them: "2025/08/13 | 👁 3,902", "منذ 3 ساعات | 10 آذار 2026"), labelled ("آخر تحديث", "تاريخ النشر",
    "نشر في") or not. Returns (published, updated),
    or None when a part holds anything else (a name, a section, a sentence) or no part gives a date.
    """
    published: dt.date | None = None
    updated: dt.date | None = None
    key = _without_trailing_counter(key)  # "12 مارس 2025 | آخر تحديث: 14:35 عدد المشاهدات: 530": the views beside it
    # (a split point is a bar or a label, each holding one of _STAMP_WORDS: most lines are spared the split's scan)
    parts = _STAMP_SPLIT.split(key) if _stamp_marked(key) else [key]
    if _outlet_before_stamp(parts):
        parts = parts[1:]  # "مدار الساعة - نشر في 17 أيلول 2026": the outlet's name, then its stamp
    for part in parts:
        part = part.strip()
        if not part:
            continue
        label = _DATE_LABEL.match(part)
        rest = part[label.end():] if label else part
        value = read_date_line(rest)
        if value is None and (_RELATIVE_STAMP.match(part.strip(_PAD)) or (not label and (
                _is_counter(part.strip(_PAD)) or _is_weather_strip(part.strip(_PAD))))):
            # "2025/08/13 | 👁 3,902", "منذ 3 ساعات | 10 آذار 2026", "الإثنين 11 أغسطس 2025 | إسطنبول 31°": a counter,
            # an age (labelled or not: "12 مارس 2026 | آخر تحديث: منذ 5 دقائق") or the city's weather beside the date
            continue
        if value is None and not is_time_only(rest):
            return None
        if label and label.group("update"):
            updated = updated or value
        else:
            published = published or value
    return (published, updated) if published or updated else None


def _read_footer(lines: list[str], keys: list[str], drop: list[bool], end: int,
                 remove) -> tuple[dt.date | None, str | None]:
    """Read and remove a closing wire credit or print footer among the last lines before end.

    Returns (published, credit). Walks back over blank and already dropped lines (a share bar,
    a closing "(وام)" taken for a photo credit) up to the last kept line.
    """
    published: dt.date | None = None
    credit: str | None = None
    stamp_seen = False
    for i in range(end - 1, -1, -1):
        key = keys[i]
        if not key:
            continue
        if (not stamp_seen and not drop[i] and key.count(" ") < 10 and key[:1].isdigit()
                and (stamp := _without_trailing_counter(key)).count(" ") < 6 and (value := read_date_line(stamp)) is not None):
            # "03/03/2026 14:22:10" under the text: the time the page was printed (maybe with its views: "2023/12/29
            # 10:05 عدد المشاهدات: 1,284")
            stamp_seen = True
            published = value
            remove(i)
            continue
        if key.count(" ") < 20:
            closing = (_CLOSING_CREDIT.match(key) or _CLOSING_NAMES.match(key) or _CLOSING_AGENCY.match(key)
                       or _CLOSING_SIGNED.match(key))
            if not closing and not drop[i] and _CLOSING_DESK.match(key):
                remove(i)  # the desk signing off; its name may be a city's ("عمان / خاص"): no credit
                continue
            footer = None if closing else _PRINT_FOOTER.match(key)
            match, name = (closing, "agency") if closing else (footer, "outlet")
            rest = match.groupdict().get("date") if match else None
            value = read_date_line(rest) if rest else None
            if match and (not rest or value is not None or (closing and _SIGN_OFF.match(rest.strip()))):
                credit = credit or _as_written_span(lines[i], key, *match.span(name))
                published = published or value
                remove(i)
        if not drop[i]:
            break  # the last kept line ends the search
    return published, credit


def _credit_line(key: str) -> re.Match[str] | None:
    """Match a head line that only credits the story (see _CREDIT_LINES); a masthead's tagline ("صحيفة عربية
    مستقلة") has an outlet's shape but names none, and a party paper's name beside its slogan ("جريدة العلم - لسان حزب
    الاستقلال", see _NAME_WITH_MOUTHPIECE) is its masthead."""
    for pattern in _CREDIT_LINES:
        if match := pattern.match(key):
            return None if _TAGLINE.match(match["agency"].strip()) or _NAME_WITH_MOUTHPIECE.match(key) else match
    return None


def _as_written(line: str, key: str, match: re.Match) -> str:
    """Return the agency as the line spells it (the key is a folded copy, equal in length when nothing was dropped)."""
    return _as_written_span(line, key, *match.span("agency"))


def _as_written_span(line: str, key: str, start: int, end: int) -> str:
    """Return key[start:end] as the line spells it, or as folded when the two differ in length."""
    stripped = line.strip()
    if len(stripped) == len(key):
        return stripped[start:end].strip()
    return _span_past_dropped_marks(line, key, start, end) or key[start:end].strip()


def _span_past_dropped_marks(line: str, key: str, start: int, end: int) -> str | None:
    """Return key[start:end] as the line spells it when folding only dropped marks (a shadda, a fatha elsewhere on
    the line shifts the offsets), else None."""
    where = []  # position in line of each character folding keeps
    folded = []
    folded_chars: dict[str, str] = {}  # (a line repeats a few dozen characters: each is folded once)
    for at, char in enumerate(line):
        kept = folded_chars.get(char)
        if kept is None:
            kept = folded_chars[char] = fold(char) if not char.isspace() else " "
        if len(kept) == 1:
            folded.append(kept)
            where.append(at)
        elif kept:
            return None
    text = "".join(folded)
    offset = len(text) - len(text.lstrip())
    if " ".join(text.split()) != key or "  " in text.strip() or end <= start:
        return None
    return line[where[start + offset]:where[end - 1 + offset] + 1].strip()


def _credit_value(line: str) -> str | None:
    """Return the credited outlet of a "المصدر: …" line, as written, without a note that the story was adapted."""
    parts = _CREDIT_SPLIT.split(line.strip(), maxsplit=1)
    value = _without_adaptation_note(parts[1]).strip(_PAD) if len(parts) == 2 else ""
    if value.count("(") > value.count(")"):
        value += ")"  # the acronym's bracket closes the name: "وكالة الأنباء الأردنية (بترا)"
    return value or None


# A note that the outlet adapted or translated the source's story, after its name: "(بتصرّف)", "- بتصرف", "(مع تصرف)",
# "بتصرف يسير", "(ترجمة بتصرف)"; or before it: "بتصرف عن الجزيرة نت". (A name never holds the word.)
_ADAPTED = r"(?:(?:ترجمه|مترجم|مترجمه|نقلا|نقل)\s+(?:و\s*)?)?(?:مع\s+|ب\s*)?تصرف(?:\s+(?:يسير|طفيف|بسيط|محدود))?"
_ADAPTATION_NOTE_AFTER = _compile(rf"^[\s(\[\-–—،,:：|/]*{_ADAPTED}[\s)\].]*$")
_ADAPTATION_NOTE_BEFORE = _compile(rf"^[\s(\[]*{_ADAPTED}[\s)\]]*(?:[-–—:：]|\s(?:عن|من))\s*$")
_NOTE_START = re.compile(r"[\s(\[\-–—،,:：|/]")


def _without_adaptation_note(value: str) -> str:
    """Return a credited name without its adaptation note (see _ADAPTED): the note is matched on the folded text, and
    cut from the written one at the same character."""
    if "تصر" not in fold(value):
        return value  # (most credits carry no note: spared the scan)
    cuts = [k for k in range(len(value)) if _NOTE_START.match(value[k])]
    for at in cuts:  # the note after the name: the first cut whose rest is the note alone
        if _ADAPTATION_NOTE_AFTER.match(fold(value[at:])):
            return value[:at]
    for at in reversed(cuts):  # the note before the name: the longest head that is the note and its "عن"
        if _ADAPTATION_NOTE_BEFORE.match(fold(value[:at + 1])):
            return value[at + 1:]
    return value
