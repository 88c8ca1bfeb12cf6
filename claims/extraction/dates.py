"""Find and normalise date expressions in Modern Standard Arabic news text.

Values follow the TIMEX3-style contract of gold/README.md: day ``2024-11-06`` · ISO week
``2024-W44`` · month ``2024-06`` · quarter ``2024-Q1`` · half-year ``2024-H1`` · year ``2022`` · interval
``2024-06-18/2024-06-19``, ``2024-01/2024-03`` or ``1950/1953``. Hijri dates carry their
Gregorian value and, in ``hijri``, the Hijri date (``1445-09-15``, or ``1445-09`` for a month).

Resolution against the publication date ``published`` (news is told in the past):

* a bare weekday ("الأربعاء", "يوم الأربعاء") is the most recent such day on or before the
  publication date, or the next one on or after it when the verb governing it announces the
  future (سيزور، من المقرر أن، يعقد …: the clause test of months, below) or an obligation, an
  effective start or a starting noun sets it (يجب، اعتباراً من، بدء، آخر موعد); with "الماضي" strictly
  before it, with "المقبل/القادم" strictly after;
  "اليوم الخميس", "أمس (الأحد)": the relative word, checked against the weekday (one day of
  slack for feed time zones; a contradiction yields nothing);
* a bare month ("في يونيو"), or a day and month ("9 فبراير"), is the most recent such month
  at or before the publication month, unless its clause announces a future event (سوف،
  المقرر، المتوقع، سيعقد، تنطلق، يصوت …) that no perfective verb (قال، أصدرت …) follows
  before the date, and "منذ" does not stand right before it: then the next one at or after it;
* "يونيو الماضي" is strictly before the publication month and "يونيو المقبل" strictly after,
  "يونيو الجاري" is in the publication year; with a day, "8 ديسمبر الماضي" is the last
  8 December before the publication date (two days earlier when written on 10 December);
* "الأسبوع الماضي" is the ISO week before the publication week; "هذا الشهر" the publication
  month; "العام الماضي" the year before; "الربع الأول" the most recent first quarter at or
  before the publication quarter; "مطلع/منتصف/نهاية الشهر" keep month precision;
* "الصيف الماضي" is the last summer over by the publication date (last year's when written during a summer),
  "الخريف المقبل" the next autumn to start, "هذا الصيف"/"الصيف الحالي" the publication year's ("هذا الشتاء" the
  winter under way or the nearer one); a season is given as its year, a winter as its three months;
* "28 من الشهر نفسه" takes the month of the closest earlier date in the text, "مارس من العام نفسه" and
  "في ذلك العام" its year; "الشهر السابق" is the month before a month named last in its sentence;
* a Hijri day without a year ("الثامن من ذي الحجة") is the last such day on or before the
  publication date, or the next one when its clause announces the future or the last one is
  more than half a year back.

Honest unknowns, when there is no publication date: what the text itself fixes is kept and
the rest is ``X`` — "في يونيو" and "يونيو الماضي" → ``XXXX-06``, "9 فبراير" → ``XXXX-02-09``,
"يوم الأربعاء" → ``XXXX-WXX-3`` (ISO weekday, Monday = 1); a Hijri day without a year yields nothing.
A week or a month told relative to the publication date keeps only what it is: "الأسبوع الماضي" → ``XXXX-WXX``,
"مطلع الشهر المقبل" → ``XXXX-XX``, a day of it "الخامس عشر من الشهر الماضي" → ``XXXX-XX-15``. Any other expression that only makes sense as an offset from the publication date
(اليوم، أمس، العام الماضي، الربع الأول) yields no mention at all rather than a guess.

Not dates: durations (منذ 3 سنوات، بعد أسبوعين، لمدة عامين), ages (46 عاماً), counts (3000
جندي، في 2000 شاحنة), article numbers (المادة 51), scores (3-1), phone numbers, named days
(يوم النصر، صلاة الجمعة), names built on a date (ثورة 25 يناير، قوى 14 آذار، ملعب 5 يوليو) and
yearly dates (السابع من أبريل من كل عام). A bare four-digit number is a year only after a
year word (عام، سنة), a temporal preposition (في، منذ، حتى …), a season or an event noun
(انتخابات 2014), or inside a date. Lists are not ranges: "أيام 6 و10 و16 نوفمبر" gives three
days, "يومي 18-19 يونيو" and "بين 3 و5 مارس" give intervals, and so do two months in a row ("تشرين الثاني وكانون
الأول الماضيين").

Matching runs over a same-order normalised copy of the text (hamza/alef variants, ى/ي, ة/ه,
Persian letters, Arabic-Indic and Persian digits folded, diacritics and tatweel dropped, للـ
read as ل + الـ); spans are mapped back so that ``body[start:end] == expression``. Each rule
is tried only at the word starts just before one of its key words, found in one pass.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from itertools import accumulate, chain, compress, count
from typing import Callable, Iterator, NamedTuple

from .arabic import CharFold
from .types import DateMention

try:  # the Hijri calendar is optional: without it Hijri dates are skipped, not guessed
    from hijridate import Gregorian, Hijri
except ImportError:  # pragma: no cover - hijridate is in requirements
    Gregorian = Hijri = None  # type: ignore[assignment,misc]

__all__ = ["NormalisedBody", "find_dates", "normalise_body", "sub_lal"]

# --------------------------------------------------------------------------------------
# Normalisation: one output character per kept input character, so offsets map back.

_FOLD_PAIRS = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"),
    ("ی", "ي"), ("ک", "ك"), ("ە", "ه"), ("ہ", "ه"), ("\u200c", " "), ("\u200d", " "),
    *((chr(0x0660 + i), str(i)) for i in range(10)),
    *((chr(0x06F0 + i), str(i)) for i in range(10)),
)
_FOLD = str.maketrans(dict(_FOLD_PAIRS))
_FOLD_CHARS = CharFold(_FOLD)
_LAL = re.compile(r"(?<!\w)([وف]?)لل")
_DROPPED = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_DROP_RE = re.compile(f"[{_DROPPED}]+")
# kept text, dropped run, kept text, …, kept text. Written [m][m]* rather than [m]+: a pattern opening with a
# character set lets the regex engine skip to the few marks instead of trying a match at every character.
_DROP_SPLIT = re.compile(f"([{_DROPPED}][{_DROPPED}]*)")


def _f(text: str) -> str:
    """Return text in the folded spelling the matcher sees (الفائت → الفايت)."""
    return text.translate(_FOLD)


class _RawOffsets:
    """normalised offset -> body offset, for a text whose marks were dropped: read as the list it stands for.

    Only the few offsets of matched dates are ever mapped back, so the map keeps one entry per dropped run
    (where it sat in the normalised text, and how many characters were dropped up to its end) instead of
    one int per character.
    """

    __slots__ = ("_length", "_run_at", "_dropped_through")

    def __init__(self, parts: list[str]) -> None:
        """parts: _DROP_SPLIT.split(folded text), kept and dropped pieces in turn."""
        self._run_at: list[int] = []  # the run sat just before this normalised offset
        self._dropped_through: list[int] = []  # characters dropped by this run and those before it
        kept = dropped = 0
        for k in range(1, len(parts), 2):
            kept += len(parts[k - 1])
            dropped += len(parts[k])
            self._run_at.append(kept)
            self._dropped_through.append(dropped)
        self._length = kept + len(parts[-1])

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: int) -> int:
        if not 0 <= i < self._length:
            raise IndexError("normalised offset out of range")
        runs_before = bisect.bisect_right(self._run_at, i)  # runs sitting before kept character i
        return i + self._dropped_through[runs_before - 1] if runs_before else i


def _normalise(body: str) -> tuple[str, _RawOffsets | None]:
    """Return the folded text and, when characters were dropped, the map to raw offsets."""
    folded = _FOLD_CHARS(body)  # one scan for the few characters to fold, str.replace for each
    where: _RawOffsets | None = None
    parts = _DROP_SPLIT.split(folded)  # one scan; a text without marks is one part
    if len(parts) > 1:
        where = _RawOffsets(parts)
        folded = "".join(parts[::2])
    if "لل" in folded:  # للعام is ل + العام: read it as العام, one letter for one letter
        folded = sub_lal(folded)
    return folded, where


def sub_lal(text: str) -> str:
    """Return _LAL.sub(r"\\1ال", text), looking only where "لل" occurs.

    The pattern opens with a lookbehind, so sub() would try it at every character. A match is an
    occurrence of "لل" that starts a word, or that follows a word-initial و/ف; either way the
    two letters become "ال" and the و/ف stays.
    """
    pieces: list[str] = []
    last = 0  # end of the previous match: matches do not overlap
    at = text.find("لل")
    while at != -1:
        before = text[at - 1] if at else ""
        if (at == 0 or not _is_word_char(before)
                or (before in "وف" and at - 1 >= last and (at == 1 or not _is_word_char(text[at - 2])))):
            pieces.append(text[last:at])
            pieces.append("ال")
            last = at + 2
        at = text.find("لل", max(at + 1, last))
    pieces.append(text[last:])
    return "".join(pieces)


def _is_word_char(char: str) -> bool:
    """Say whether char matches \\w (as re does for str patterns)."""
    return char.isalnum() or char == "_"


# --------------------------------------------------------------------------------------
# Vocabulary (in normalised spelling).

_GREGORIAN = {
    "يناير": 1, "جانفي": 1, "فبراير": 2, "فيفري": 2, "مارس": 3, "ابريل": 4, "افريل": 4,
    "مايو": 5, "ماي": 5, "يونيو": 6, "يونيه": 6, "جوان": 6, "يوليو": 7, "يوليه": 7,
    "يوليوز": 7, "جويليه": 7, "اغسطس": 8, "اغسطوس": 8, "غشت": 8, "اوت": 8, "سبتمبر": 9,
    "شتنبر": 9, "اكتوبر": 10, "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12, "دجنبر": 12,
    "اغشت": 8, "دجمبر": 12,  # Mauritanian spellings: "أغشت"، "فاتح دجمبر"
}
_SYRIAC = {
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
}
MONTHS = {**_GREGORIAN, **_SYRIAC}
# Maghreb names that are also other words (ماي: Theresa May): months only next to a number,
# a year, another month name, a relative word (ماي الماضي) or شهر. آب must keep its madda (أب "father", باب
# "door"); a bare مارس (also "he practised") or نيسان (the car maker) needs a preposition or a modifier.
_NEEDS_NUMBER = {"ماي", "اوت"}
_WORDLIKE_MONTHS = {"مارس", "شباط", "نيسان", "تموز"}
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6,
    "جمادي الاخر": 6, "جمادي الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}
_WEEKDAYS = {
    "الاثنين": 1, "الاتنين": 1, "الثلاثاء": 2, "الثلاثا": 2, "الثلثاء": 2, "الاربعاء": 3, "الاربعا": 3,
    "الخميس": 4, "الجمعه": 5, "السبت": 6, "الاحد": 7,
}
_UNITS = {
    "الاول": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
    "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
}
_PAST = {_f(w) for w in ("الماضي", "الفائت", "المنصرم", "المنقضي", "الماضيه", "الفائته", "المنصرمه",
                         "الفارط", "الفارطه",  # Tunisian: "الشهر الفارط"
                         "الماضيين", "المنصرمين")}  # the dual: "يونيو ويوليو الماضيين"
_NEXT = {"المقبل", "القادم", "المقبله", "القادمه", "المقبلين", "القادمين"}
_CURRENT = {"الجاري", "الحالي", "الجاريه", "الحاليه"}


def _alt(words: object) -> str:
    """Return a regex alternation of words, longest first, spaces as horizontal whitespace."""
    return "|".join(re.escape(_f(w)).replace(r"\ ", S) for w in sorted(words, key=len, reverse=True))


S = r"[^\S\n]+"  # horizontal whitespace: a date phrase does not run across lines
S0 = r"[^\S\n]*"
B = r"(?<!\w)"
E = r"(?!\w)"
# Clitics before a word: conjunction و/ف, then ب/ك, or ل unless it is the ل of لل (للعام).
PRE = r"(?:[وف](?=\w))?(?:[بك]|ل(?!ل))?"

MONTH = f"(?:{_alt(MONTHS)})"
# "يونيو (حزيران)", "حزيران/يونيو", "أكتوبر - تشرين الأول"
MONTHX = f"{MONTH}(?:{S0}[/\\\\]{S0}{MONTH}|{S0}\\({S0}{MONTH}{S0}\\)|{S}-{S}{MONTH}|{S}{MONTH}(?!{S0}[/(]))?"
WEEKDAY = f"(?:{_alt(_WEEKDAYS)})"
_ORDINAL_UNITS = ['الحادي', 'الواحد', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع']
# The feminine (الحادية والعشرين، الثانية عشرة) only in a compound: alone, الثانية is also a time (الساعة الثانية).
_ORDINAL_UNITS_F = [w + "ه" for w in _ORDINAL_UNITS]
_TENS = r"(?:ال)?(?:عشرين|عشرون|ثلاثين|ثلاثون)"
ORD = (f"(?:(?:{_alt(_ORDINAL_UNITS + _ORDINAL_UNITS_F)})"
       f"(?:{S}عشره?|{S}و{S0}{_TENS})"
       f"|العشرين|العشرون|الثلاثين|الثلاثون|{_alt(_UNITS)}|اول|غره|(?:ال)?فاتح)")  # (ال)فاتح يوليوز: the Maghreb 1st
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
DAY = f"(?:(?:ال{S0})?{DAYNUM}|{ORD})"  # الـ15 من مارس
YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d)"
YSUF = f"(?:{S0}م{E})?"  # 2024م
REL_M = f"(?:{_alt(_PAST | _NEXT | _CURRENT)})"
YEARWORD = r"(?:ال)?(?:عام|سنه)"
# "العام نفسه"، "ذلك العام"، "نفس السنة": the year of the date told just before (see _same_year).
SAME_YEAR = (f"(?:(?:العام|السنه){S}(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات){S}(?:العام|السنه)"
             f"|ذلك{S}العام|تلك{S}السنه)(?!\\w)")
# A rule that reads SAME_YEAR writes this stand-in year (a leap year, so that 29 February passes); _merge_links
# puts in the year of the closest earlier date, or drops the mention when there is none.
_SAME_YEAR = 4
_SAME_YEAR_TEXT = f"{_SAME_YEAR:04d}"
# What may follow a month: a year, "من العام الماضي", "الماضي", "(حزيران) الجاري" …
YEAR_TAIL = (
    f"(?:{S0},?{S}(?P<y>{YEAR}){YSUF}"
    f"|{S}(?:من{S})?(?:ل)?{YEARWORD}{S}(?P<y2>{YEAR}){YSUF}"
    f"|{S}(?:من{S})?(?:(?:ال)?(?:عام|سنه){S}(?P<yrel>{REL_M})|(?P<ythis>هذا{S}العام|هذه{S}السنه))"
    f"|{S}(?:من{S})?(?P<ysame>{SAME_YEAR})"
    f"|{S}(?P<mrel>{REL_M}){E})"
)
TOD = r"(?:صباح|مساء|ظهر|عصر|ليله|فجر|ظهيره|منتصف{S}ليله|ليل)".replace("{S}", S)
MOD = r"(?:مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه|موفي|اخر|اول)"  # موفى: "end" in Tunisian usage (قبل موفى جوان)
FUTURE = re.compile(_f(
    # ", على أن تستأنف الدراسة …": a stipulation with the imperfect sets what is still to come.
    r"[،,]\s*(?:و\s*)?علي\s+ان\s+[يتن]\w{3,}(?!\w)|"
    # A condition in the jussive looks ahead: "إذا لم تمطر قبل يناير، فلن يبقى…"، "ما لم يتم الاتفاق في مارس".
    r"(?<!\w)(?<!ما\s)[وف]?(?:اذا|ان|ما)\s+لم\s+[يتن]\w{2,}(?!\w)|"  # not "عما إذا" (whether)
    # "لن تصل الشحنة قبل مارس": لن with the imperfect denies a future act, still a future.
    r"(?<!\w)[وف]?لن\s+[يتن]\w{2,}(?!\w)|"
    # قد with the imperfect tells what may happen ("الأسعار قد ترتفع في يناير")، and a condition with لو or إذا what
    # would follow ("إذا تأخرت الأمطار حتى مارس"): both look ahead. The verb is part of the cue, so a perfective one
    # after لو/إذا is no past act; "لو كان"، "إذا كان" (also "عما إذا كان", whether it was) tell no future.
    r"(?<!\w)[وف]?قد\s+[يتن]\w{2,}(?!\w)|"
    r"(?<!\w)(?<!ما\s)[وف]?(?:لو|اذا)\s+(?!كان|كانت|كانوا|كنا|كنت)[^\W\d]{3,}(?!\w)|"
    # لم with the imperfect is a past ("لم تصل الشحنة في فبراير"): the verbs below then announce nothing.
    r"(?<!\w)(?<!لم\s)[وف]?(?:سوف|المقرر|المقرره|المرتقب|المرتقبه|المزمع|المزمعه|المنتظر|المنتظره|المتوقع|"
    # A forecast in the first person too: "أتوقع أن يكتفي البنك بخفض أخير في 25 ديسمبر"، "أرجّح".
    r"المتوقعه|متوقع|متوقعه|متوقعا|متوقعين|المرجح|مرجحه|مرجحا|مرجحين|[يتنا]?توقع|[يت]رتقب|توقعت|توقعوا|رجحت|"
    r"[يتنا]رجح|"
    r"يعتزم|تعتزم|نعتزم|سيتم|ستتم|"
    # "في اجتماعه المقبل في 18 سبتمبر": the next of something is still to come
    r"المقبل|المقبله|القادم|القادمه|"
    # The imperfect of scheduling verbs (تعقد، يصوت، تنطلق) announces what is still to come; with س in the first
    # person too ("سأزور"، "سنعلن": the speaker's own plan).
    r"(?:س?[يتن]|سا)(?:عقد|جري|جرى|بدا|نطلق|قام|ستضيف|حتضن|جتمع|نعقد|ستمر|نتهي|ختتم|سري|متد|لتقي|لاقي|واجه|خوض|لعب|"
    r"زور|دخل|صل|شارك|علن|صدر|نظم|توجه|عود|فتتح|دشن|صوت|قابل|غادر|سافر|حضر|ناقش|وقع|طرح|تولي|ترشح|حسم)|"
    # "سينتقل المهرجان إلى صفاقس من 5 إلى 12 أغسطس"، "ستعرض اللوحات خلال نوفمبر": moving, showing, hosting foretold;
    # "سنتخذ القرار في ديسمبر"، "سأتخذ": a decision to be taken
    r"س[يتنا](?:كون|طلق|بحث|رفع|خفض|فوز|كشف|قدم|صبح|عمل|تم|طبق|قرر|فتح|شهد|نظر|ستانف|عيد|بقي|غلق|واصل|ضغط|"
    r"نتقل|نقل|عرض|ستقبل|تخذ))(?!\w)"
    .replace("{S}", S)))
# A perfective verb (or أمس) between a future word and a date governs the date instead: "سيناقش البرلمان
# التقرير الذي أصدرته اللجنة الأحد" is about a past Sunday. The commonest verbs of news, with their suffixes.
# "عادة" (usually) folds to عاده, which would read as عاد + ه: a habit, never a past act ("يبدأ تصدير السردين عادة في أواخر يوليو").
PAST_CUE = re.compile(_f(
    r"(?<!\w)[وف]?(?!عاده(?!\w))(?:(?:قال|اعلن|اكد|اوضح|اضاف|افاد|ذكر|صرح|كشف|اشار|طالب|قرر|اصدر|صدر|نشر|عقد|زار|وصل|"
    r"بدا|شهد|وقع|سجل|بلغ|ارتفع|تراجع|انخفض|فاز|خسر|تعادل|قتل|اعتقل|استهدف|هاجم|سقط|اصيب|وافق|صادق|اقر|"
    r"رفض|ناقش|حضر|شارك|استقبل|غادر|افتتح|اطلق|انطلق|اختتم|اجتمع|تسلم|حذر|اعرب|شدد|عاد|قام|تم|"
    r"اندلع|ضرب|توفي|اغلق|فتح|انهي|اتهم|اعتبر|توقف|انسحب|استقال|انفجر)(?:ت|وا|ا|نا|تا)?(?:ه|ها|هم|هما)?"
    f"|بعد{S}ان|نفي|نفت|نفوا|دعا|دعت|دعوا|التقي|التقت|التقوا|اجري|اجرت|اجروا|جري|جرت|انتهي|انتهت|القي|القت|"
    r"ادلي|ادلت|مضي|مضت|امس)(?!\w)"))
# A delivery noun sets a window still to come: "طلب الديوان شحن القمح خلال الفترة من 1 إلى 15 مارس" (a tender is
# announced before its goods move). Weaker than a future verb: it looks only a few months ahead (_SOON_MONTHS),
# and a perfective verb just before it ("تم شحن"، "ارتفعت تكاليف الشحن") or after it keeps the past.
# So does the imperfect of a delivery verb: "مكافأة لمن يسلّم محصوله قبل نهاية تموز" (only the ي forms: تسلّم is also
# the perfective "received", and "لم يسلم" is past).
DELIVERY = re.compile(_f(r"(?<!\w)(?:[وف]?(?:[بل]|لل)?(?:ال)?(?:شحن|تسليم|توريد|استلام|تحميل)"
                         r"|(?<!لم )[وف]?[لس]?ي(?:سلم|ورد|شحن)(?:ون|وا)?)(?!\w)"))
_SOON_MONTHS = 5
# "أقرت الحكومة منحة اعتباراً من شهر شباط": the start a measure takes effect from is the coming month when it is
# only a month or two off, whatever tense the decision was told in ("اعتبارا من آذار" long past stays past).
_EFFECTIVE_FROM = re.compile(_f(f"(?<!\\w)[وف]?(?:اعتبارا|ابتداء|بدءا){S}من{S}(?:شهر{S})?$"))
_EFFECTIVE_MONTHS = 2
_DELIVERY_PAST_REACH = 3  # words before the noun where a perfective verb governs it
_SINCE_BEFORE = re.compile(f"(?<!\\w)[وف]?منذ{S}$")  # "منذ 7 أكتوبر": a starting point, always past
# "ما يصل إلى 300 ألف", "ما يزيد على": ما + verb + preposition qualifies a number and announces nothing.
_RELATIVE_MA_BEFORE = re.compile(f"(?<!\\w)[وف]?ما{S}$")
_QUANTITY_PHRASE = re.compile(f"{S}(?:الي|علي|عن|من){S}")
_LEFT_STOP_CHARS = (".", "!", "?", "؟", "\n")  # a clause does not reach back past these

# Words before a bare four-digit number that make it a year.
# Also nouns of events known by their year: انتخابات 2014، زلزال 2004، مونديال 2022.
YEAR_PREP = (r"(?:في|منذ|حتي|خلال|قبل|بعد|بحلول|افق|مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه|ابان|طيله|غضون|"
             r"من|(?:ال)?انتخابات|زلزال|فيضانات|موازنه|ميزانيه|تعداد|احداث|ازمه|حرب|ثوره|نكسه|"
             # A tournament with its host between it and the year: مونديال روسيا 2018، أولمبياد طوكيو 2020.
             f"(?:مونديال|اولمبياد)(?:{S}(?!ال)[^\\W\\d]{{3,}})?)")
_SPAN_PREP = {"مطلع", "بدايه", "اوائل", "منتصف", "اواسط", "اواخر", "نهايه"}
# A number followed by one of these is a count or a duration, not a year.
_COUNTED = re.compile(_f(
    f"{S}(?:عام|عاما|سنه|سنوات|اعوام|شهر|اشهر|شهرا|يوم|يوما|ايام|اسبوع|اسابيع|"
    r"شخص|اشخاص|جندي|جنود|قتيل|قتلي|مصاب|جريح|دولار|يورو|جنيه|ريال|درهم|دينار|ليره|متر|"
    r"مترا|كيلومتر|كلم|كم|طن|برميل|منزل|مسكن|عائله|اسره|مواطن|طالب|مريض|حاله|مره|صفحه|"
    r"موظف|عامل|لاجي|نازح|ميغاواط|هكتار|الف|مليون|مليار)(?!\w)"))
# An indefinite feminine noun after a bare number marks a count ("في 2000 شاحنة").
# "في 2024 بأكمله، برمته، كله" is a whole year: a word of wholeness is no counted noun. Past ten the counted noun
# is singular, so a plural ("في 2023 مستويات قياسية") is no counted noun either, and a word with a preposition glued
# to it starts a new phrase: "تأسست في 1998 بمدينة جدة"، "افتتح في 2019 بكلفة 20 مليون دولار".
_NOUN_AFTER = re.compile(
    f"{S}(?!ال|[وفبل]ال|[وف]?[بلك](?=[^ا]\\w\\w)|(?:ب?اكمل|برمت|كل)(?:ه|ها)(?!\\w)"
    f"|(?:مقارنه|نتيجه|اضافه|خاصه|عاده"
    # what a year saw, not a count: "شهدت الانتخابات في 2021 نسبة مشاركة بلغت 41%"، "وسجلت في 2022 زيادة"
    f"|نسبه|زياده|مشاركه|موجه|قفزه|ازمه|ذروه|طفره)(?!\\w))\\w+ه(?!\\w)")  # "في 2024 مقارنة بـ": no counted noun
# Between two year-like numbers any indefinite noun after them is what they count: "من 2010 إلى 2050 نقطة"،
# "من 2010 إلى 2050 بنهاية الجلسة" (an index: years are seldom written so).
_NOUN_AFTER_SPAN = re.compile(f"{S}(?!ال|[وفبل]ال|(?:ب?اكمل|برمت|كل)(?:ه|ها)(?!\\w))\\w+(?:ه|ات)(?!\\w)")
_YEARLY = re.compile(_f(f"{S}(?:من{S})?(?:كل{S}(?:عام|سنه)|سنويا|سنوياً)"))
# Names built on a date: ثورة 25 يناير، قوى 14 آذار، شارع 26 يوليو، نهج 9 أفريل، أحداث 11 سبتمبر، محطة 6 أكتوبر،
# and papers and channels (صحيفة 14 أكتوبر، جريدة 26 سبتمبر، قناة 25 يناير): an indefinite noun in construct with a
# date names a thing; a date that tells when ("نشرت الصحيفة في 14 أكتوبر") follows a definite noun or a preposition.
_NAMED = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:ثوره|قوي|تحالف|فريق|حركه|تيار|انتفاضه|احداث|هجمات|اعتداءات|ذكري|شارع|جسر|"
    r"ميدان|مدينه|محور|كوبري|حرب|نصر|جامعه|نادي|مستشفي|مجموعه|كتله|معسكر|مدرسه|مطار|ملعب|استاد|"
    r"صحيفه|جريده|مجله|قناه|اذاعه|مؤسسه|"
    r"مجمع|حي|مسجد|ساحه|قاعه|لواء|كتيبه|اتفاق|اتفاقيه|اعلان|بيان|قرار|مرسوم|وثيقه|"
    r"محطه|محطتي|نفق|كليه|معهد|قاعده|دوار|ضاحيه|محافظه|"
    r"نهج|زنقه|درب|جاده|طريق|حاره|كورنيش)"  # the street words of the Maghreb and the Levant: نهج 9 أفريل
    f"(?:{S}|{S0}[\"«“]{S0})$"))  # the date may be quoted: مستشفى "1 نوفمبر 1954"
# Places and institutions named on a date stay names with the year written out: an event (ثورة 25 يناير 2011)
# is dated by it, a hospital or a street (مستشفى 1 نوفمبر 1954، شارع 26 يوليو 1952) is not.
_NAMED_PLACE = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:شارع|جسر|ميدان|مدينه|كوبري|جامعه|نادي|مستشفي|مدرسه|ثانويه|متوسطه|ابتداييه|مطار|ملعب|"
    r"استاد|مجمع|حي|مسجد|ساحه|قاعه|محطه|نفق|كليه|معهد|دوار|ضاحيه|نهج|زنقه|حاره|كورنيش|مستوصف|عياده)"
    f"(?:{S}|{S0}[\"«“]{S0})$"))
# "السنة المالية 2024 (التي تنتهي في أيلول/سبتمبر)"، "العام المالي الذي يبدأ في 1 يوليو": the month defines the
# fiscal year's calendar, it dates no event (and without a year of its own it would take the publication year).
_FISCAL_DEFINITION = re.compile(_f(
    f"(?:السنه|العام){S}(?:الماليه|المالي)(?:{S}\\d{{4}}(?:{S0}[/-]{S0}\\d{{2,4}})?)?{S0}[(،,]?{S0}"
    f"(?:التي|الذي){S}(?:تنتهي|ينتهي|تبدا|يبدا|تنطلق|ينطلق){S}(?:في|مع|ب)?{S0}$"))
# "موسم يبدأ في يونيو وينتهي في غشت"، "سنة دراسية تبدأ في سبتمبر": a cycle (an indefinite season, term or year) that
# starts or ends in a month, in the present, tells what happens every year, not when something happened: a bare
# month in it dates nothing. ("يبدأ الموسم في يونيو" and "الموسم الذي يبدأ في يونيو" name one season: dated.)
_CYCLE_NOUN = f"(?:موسم|موسما|فصل|فتره|دوره|سنه|عام)(?:{S}(?!ال)[^\\W\\d]{{3,}}){{0,2}}"
_CYCLE_VERB = r"[يت](?:بدا|نتهي|متد|نطلق|ستمر|حل)"
_HABITUAL_CYCLE = re.compile(_f(
    f"{B}{_CYCLE_NOUN}{S}{_CYCLE_VERB}{S}(?:عاده{S})?(?:في|من|مع|منذ)?{S0}"
    f"(?:{MONTHX}{S}(?:و{S0}{_CYCLE_VERB}|(?:الي|حتي)){S}(?:في{S}|مع{S})?)?$"))
_HABITUAL_REACH = 80  # characters back from the month to the cycle noun

_BARE_MONTH_CUE = re.compile(_f(
    r"(?<!\w)[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|بحلول|ابان|طيله|من|الي|وحتي|بين|شهري)"  # شهري: "the two months"
    f"{S}$"))


@dataclass
class _Cand:
    """A matched date in normalised offsets."""

    start: int
    end: int
    value: str
    precision: str
    hijri: str | None = None
    explicit_year: bool = True
    weekday_only: bool = False  # a bare weekday, which a following full date absorbs
    weekday_pair: bool = False  # two weekdays ("يومي الاثنين والثلاثاء"), which the days written after them absorb


# --------------------------------------------------------------------------------------
# Calendar helpers.


def _month_of(text: str) -> int:
    """Return the month number of the first month name in text."""
    m = _MONTH_RE.search(text)
    return MONTHS[_SPACES.sub(" ", m.group())] if m else 0


_MONTH_RE = re.compile(f"{B}{MONTH}{E}")
# The same inside a matched date, where a clitic may stand before the month: "وآب"، "وفي يناير وآذار".
_CLITIC_MONTH_RE = re.compile(f"(?:{B}|(?<={B}[وفبلك])|(?<={B}[وف][بلك])){MONTH}{E}")
# Small patterns the rules use, compiled once (re.sub/re.match with a string look them up each call).
_SPACES = re.compile(r"\s+")
_TIME_PREP_BEFORE = re.compile(f"(?<!\\w)[وف]?(?:في|خلال|منذ|حتي|بحلول|مطلع|اواخر|شهري){S}$")
_AND_GAP = re.compile(f"{S}و")
_DUAL_YEAR_WORD = re.compile(r"(?:ال)?(?:عامي|سنتي|العامين|السنتين|اعوام|سنوات)")
_YEAR_NOUN = re.compile("عام|سن|موسم")
_LIST_GOES_ON = re.compile(f"{S0}،?{S}و{S0}{YEAR}(?!\\d)")  # a third year after "2023 و2024"
_FROM_AFTER = re.compile(f"{S}من{S}")
_TOGETHER_AFTER = re.compile(f"{S}معا")
_BETWEEN_BEFORE = re.compile(f"(?<!\\w)[وف]?بين{S}$")
_YEAR_MONTH = re.compile(r"(\d{4}|XXXX)-(\d\d)")


def _day_of(text: str) -> int:
    """Return the day of month written as digits or as an ordinal word."""
    text = text.strip()
    if text.startswith("ال") and text[2:].strip().isdigit():
        text = text[2:].strip()
    if text.isdigit():
        return int(text)
    words = text.split()
    if words[0] in ("اول", "غره", "فاتح", "الفاتح"):
        return 1
    if words[0] in ("العشرين", "العشرون"):
        return 20
    if words[0] in ("الثلاثين", "الثلاثون"):
        return 30
    base = _UNITS.get(words[0]) or _UNITS.get(words[0][:-1], 0)  # الحادية → الحادي (feminine, in a compound)
    if len(words) == 1:
        return base
    rest = "".join(words[1:])  # "و العشرين" may be written apart
    if rest.startswith("عشر"):
        return 10 + base
    return base + (30 if "ثلاث" in rest else 20)


_UNIT_ORDINALS = frozenset(_ORDINAL_UNITS + _ORDINAL_UNITS_F)
_TENS_WORD = re.compile(f"{_TENS}$")
_AND_ONLY = re.compile(f"{S}و{S0}$")


def _compound_day(first: str, gap: str, second: str) -> bool:
    """Say whether "first و second" is one compound ordinal: السادس والعشرين (the 26th), not the 6th and the 20th."""
    return first in _UNIT_ORDINALS and bool(_AND_ONLY.match(gap)) and bool(_TENS_WORD.match(second))


def _months_ok(m: re.Match, ctx: _Ctx, *groups: str) -> bool:
    """Say whether every آب in the month groups is written with madda (أب/باب are not months)."""
    for g in groups:
        names = list(_CLITIC_MONTH_RE.finditer(ctx.norm, m.start(g), m.end(g)))  # one scan for both tests
        for n in names:
            if n.group() == "اب" and ctx.body[ctx.raw(n.start())] != "آ":
                return False
        # "فبراير شباط" names one month twice; "يناير فبراير" is no date
        if len({MONTHS[_SPACES.sub(" ", n.group())] for n in names}) > 1:
            return False
    return True


def _valid(y: int, m: int, d: int) -> bool:
    """Say whether y-m-d is a calendar day."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _iso_week(d: dt.date) -> str:
    """Return the ISO week of d as 2024-W44."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """Return the (year, month) k months after y-m."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _clause_before(norm: str, start: int) -> str:
    """Return the clause that leads up to start: from the last stop before it, at most 250 characters."""
    left = norm[max(0, start - 250):start]
    # The clause starts after the last stop, found with rfind in C rather than a regex scan.
    last_stop = max(map(left.rfind, _LEFT_STOP_CHARS))
    while last_stop > 0 and _is_decimal_point(left, last_stop):
        # "قد يبلغ ذروته عند 13.5% في ديسمبر": a decimal point ends no clause
        last_stop = max(left.rfind(stop, 0, last_stop) for stop in _LEFT_STOP_CHARS)
    return left[last_stop + 1:] if last_stop >= 0 else left


def _is_decimal_point(text: str, at: int) -> bool:
    """Say whether the character at is a point between two digits (13.5), not a full stop."""
    return text[at] == "." and text[at - 1].isdigit() and at + 1 < len(text) and text[at + 1].isdigit()


def _last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    """Return the last match of pattern in text (the cue nearest the date in the clause before it), or None."""
    match = None
    for match in pattern.finditer(text):
        pass
    return match


def _after_past_event(norm: str, start: int) -> bool:
    """Say whether a perfective event verb governs start: "شهدت المنطقة هزة منذ ثلاثة أيام".

    The verb must stand at most five words before, in the same clause, with no word after it that may be
    an imperfect ("أعلن الدفاع المدني أن الفرق تواصل البحث منذ يومين" is a duration).
    """
    left = _clause_before(norm, start)
    past = _last_match(PAST_CUE, left)
    if past is None:
        return False
    between = left[past.end():].split()
    return len(between) <= 5 and not any(w in _NEW_CLAUSE or _MAY_BE_IMPERFECT.match(w) for w in between)


_NEW_CLAUSE = {"ان", "انه", "انها", "انهم", "الذي", "التي", "الذين", "حيث", "بينما", "فيما", "لكن", "لم", "لا", "ما"}
_MAY_BE_IMPERFECT = re.compile(r"[وف]?[يت]\w{3,}$")  # يعيش، تواصل (and a few nouns, تقرير: then no date)


# A past participle right before the date ("في تقرير آفاق الاقتصاد الصادر في أبريل"، "الاتفاق الموقع في 10 مارس"،
# "الاستطلاع المنشور مطلع يونيو") dates a document or an act already done: the date is past, whatever the sentence
# foretells ("ويتوقع الصندوق، في تقريره الصادر في أبريل، أن …"). Only participles of acts that leave a finished
# document or deed; "المنعقد"، "المقرر"، "المتوقع" may look ahead.
_PAST_PARTICIPLE_BEFORE = re.compile(_f(
    r"(?<!\w)[وف]?(?:ال)(?:صادر|منشور|موقع|معلن|مبرم|منجز|مودع|مسجل)(?:ه|ين|ان|تين|تان)?"  # not الصادرات (exports)
    f"{S}(?:(?:في|يوم|بتاريخ){S})?$"))  # "المنشور مطلع يونيو": the part of the month is the date's own
_PARTICIPLE_REACH = 30  # characters back from the date to the participle


def _dated_by_past_participle(norm: str, start: int) -> bool:
    """Say whether a past participle of a finished act (الصادر، المنشور، الموقع في) stands right before start."""
    return _PAST_PARTICIPLE_BEFORE.search(norm, max(0, start - _PARTICIPLE_REACH), start) is not None


# The month a pay is for is the month worked, already gone, whatever the paying still ahead: "سيبدأ صرف مرتبات
# موظفي الدولة لشهر نوفمبر" (told in December) pays November's salaries.
_PAY_FOR_MONTH_BEFORE = re.compile(_f(
    r"(?<!\w)(?:ال)?(?:رواتب|مرتبات|اجور|معاشات)(?!\w)[^.،؛\n]{0,40}(?<!\w)ل(?:شهر)?" f"{S}?"))
_PAY_REACH = 60  # characters back from the month to the pay noun


def _pay_for_month(norm: str, start: int) -> bool:
    """Say whether the month at start is the one a pay is for ("مرتبات موظفي الدولة لشهر نوفمبر"): the match may
    take in the month's own "ل" or "لشهر", so it must end where the month's name begins or just before."""
    return any(start - 1 <= m.end() <= start + 5 for m in
               _PAY_FOR_MONTH_BEFORE.finditer(norm, max(0, start - _PAY_REACH), start + 5))


def _future_context(norm: str, start: int) -> bool:
    """Say whether the clause before start announces a future event for the date at start.

    The verb nearest before the date governs it: a future word counts unless a perfective verb comes
    after it ("قال الوزير الأربعاء إن الاجتماع سيعقد" is about a past Wednesday: the future word
    follows the date). "منذ" right before the date always points to the past, and so does a past participle
    (الصادر في).
    """
    if _dated_by_past_participle(norm, start) or _pay_for_month(norm, start):
        return False
    left = _clause_before(norm, start)
    future = None
    for match in FUTURE.finditer(left):
        if _WAS_OR_NOT_BEFORE.search(left, 0, match.start()):
            continue  # "كان متوقعاً"، "غير متوقع": what was expected, or not expected, is no announcement
        if _is_pluperfect_verb(left, match):
            # "وكانت المنطقة قد تعرضت لقصف في 28 مايو": قد with a perfective in ت-، a past act; only the verb
            # itself may still be a cue ("وكان البنك قد توقع أن …")
            match = FUTURE.fullmatch(left, _MAY_HAPPEN.match(match.group()).end() + match.start(), match.end())
            if match is None:
                continue
        if not _QUANTITY_PHRASE.match(left, match.end()) or not _RELATIVE_MA_BEFORE.search(left, 0, match.start()):
            future = match
    if future is None or _SINCE_BEFORE.search(left):
        return False
    if _PERFECTIVE_FORECAST.fullmatch(future.group()) and _forecast_made_before(left, future):
        return False
    return not _perfective_after(left, future.end()) and _NEGATED_PAST.search(left, future.end()) is None


# Verbs of PAST_CUE written as their verbal noun is: right after a future word (its subject or another verbal noun
# between or not) such a word is the object it foretells, "من المقرر عقد الاجتماع"، "يعتزم الاتحاد عقد جمعيته"،
# "توقعت مصلحة المياه إعادة فتح المحطة" (a finite verb there would need أن), not a past act. A relative pronoun
# before it makes it a verb again: "سيزور المصنع الذي فتح".
_SAME_AS_VERBAL_NOUN = frozenset(_f(w) for w in ("عقد", "فتح", "قتل", "ضرب", "رفض", "توقف", "تراجع", "تسلم"))
_VERBAL_NOUN_REACH = 3  # words between the future word and its object: a subject of two words, إعادة


# A relative clause opened on a perfective verb tells a past act of its own: "تعقد اللجنة جلسة الثلاثاء المقبل لمناقشة
# مشروع القانون الذي أحالته الحكومة إلى المجلس في الخامس من أيار" (the bill was referred in a May gone by). The
# verb is known by its shape, any verb: أفعل/افتعل/استفعل (ا first), or a perfective with an object pronoun (قدّمته،
# وضعتها). An imperfect (التي تعقد، الذي يناقشه) or a future (التي ستعقد) opens no past clause.
_RELATIVE_PERFECTIVE = re.compile(_f(
    f"(?<!\\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي){S}(?:قد{S})?"
    r"(?:ا(?!ل)[^\W\d]{3,}|(?![يتنس])[^\W\d]{2,}(?:ته|تها|تهم|وه|وها|ناه|ناها))(?!\w)"))


def _perfective_after(left: str, at: int) -> bool:
    """Say whether a perfective verb stands in left after at, where a future word ends."""
    if _RELATIVE_PERFECTIVE.search(left, at):
        return True
    for cue in PAST_CUE.finditer(left, at):
        if cue.group() not in _SAME_AS_VERBAL_NOUN or len(left[at:cue.start()].split()) > _VERBAL_NOUN_REACH \
                or _CLAUSE_HEAD.search(left, at, cue.start()):
            return True
    return False


# لم with the imperfect tells a past act: after a future word it governs the date as a perfective verb does
# ("سيناقش المجلس الشحنة التي لم تصل في فبراير"). Kept out of PAST_CUE, whose other readers look for a news verb.
_NEGATED_PAST = re.compile(f"(?<!\\w)[وف]?لم{S}[يتن]\\w{{2,}}")


# "وكانت المديرية قد أصدرت نشرة توقعت فيها أمطاراً يوم الأحد": under the pluperfect (كان … قد + verb) a forecast told
# with a perfective verb was made before the report, and what it foresaw has passed by now; a future verb in it
# ("… مضيفاً أن الاضطرابات ستستمر إلى غاية الثلاثاء") still looks ahead. So is the forecast verb itself under the
# pluperfect: "وكانت الوكالة قد توقعت في تقريرها الصادر في سبتمبر …" was made in a September gone by.
_PERFECTIVE_FORECAST = re.compile(_f(r"[وف]?(?:توقع|توقعت|توقعوا|رجحت)"))
_PLUPERFECT = re.compile(_f(f"(?<!\\w)[وف]?(?:كان|كانت|كانوا|كانا){S}(?:[^\\s.،,]+{S}){{0,6}}?قد{S}[^\\W\\d]{{3,}}"))

_MAY_HAPPEN = re.compile(r"[وف]?قد\s+")
# كان or يكون, its subject between or not, then قد: the verb after قد is a perfective, in the past
# ("وكانت المنطقة قد تعرضت"، "نافياً أن يكون المركز قد تسلم المخصصات").
_WAS_THEN_QAD = re.compile(_f(
    f"(?<!\\w)[وف]?(?:كان|كانت|كانوا|كانا|[يتن]كون|[يت]كونوا|اكون){S}(?:[^\\s.،,]+{S}){{0,6}}?قد{S}[^\\W\\d]{{3,}}"))


def _is_pluperfect_verb(left: str, cue: re.Match) -> bool:
    """Say whether the cue "قد + verb" in left is the verb of "كان/يكون … قد" (a perfective: تعرضت، توافدوا)."""
    if not _MAY_HAPPEN.match(cue.group()):
        return False
    was = _WAS_THEN_QAD.search(left, max(0, cue.start() - 80), cue.end())
    return was is not None and was.end() == cue.end()


def _forecast_made_before(left: str, forecast: re.Match) -> bool:
    """Say whether the perfective forecast verb in left was told under the pluperfect, the date at left's end with it.

    Another verb under the pluperfect before it ("قد أصدرت نشرة توقعت فيها") dates the forecast to the past; so does
    the forecast verb itself ("وكان الصندوق قد توقع في تقريره الصادر في أكتوبر") when the date is the forecast's own,
    not in what it foresaw: no "أن" between ("قد توقع أن يتراجع التضخم في مارس" foresaw a March still ahead then).
    """
    if _PLUPERFECT.search(left, 0, forecast.start()):
        return True
    return _PLUPERFECT.search(left, 0, forecast.end()) is not None \
        and _CLAUSE_HEAD.search(left, forecast.end()) is None


_WAS_OR_NOT_BEFORE = re.compile(f"(?<!\\w)[وف]?(?:غير|كان|كانت|كانوا){S}$")
# A weekday is still ahead after an obligation or an effective start ("يجب تسليم الطلبات قبل نهاية يوم الخميس"،
# "تطبق التعرفة الجديدة اعتباراً من الأحد"), as after a future verb; and after a starting noun or a deadline
# that no perfective verb frames ("بدء حظر الصيد السبت" in a headline, "آخر موعد للتسجيل الأربعاء"; but "شهدت
# المدينة انطلاق المهرجان الجمعة" is past). Only for weekdays: "يجب محاسبة المسؤولين عن هجوم 7 أكتوبر" names a past
# month, while a weekday after a modal is a deadline within the week.
_WEEKDAY_AHEAD = re.compile(_f(
    f"(?<!\\w)[وف]?(?:(?P<modal>يجب|ينبغي|يتعين|يتوجب|(?:ابتداء|اعتبارا){S}من)"
    f"|(?P<start>بدء|انطلاق|مهله|اخر{S}موعد|الموعد{S}النهائي))(?!\\w)"))


# A call or an announced action sets the time of what it calls for, still to come: "دعت النقابة المعلمين إلى
# التوقف عن العمل يومي الأربعاء والخميس"، "أعلنت اللجنة عن اعتصام أمام الوزارة الأحد"، "قرر المجلس تأجيل
# المباراة إلى السبت". Only an action one can hold on a day (a strike, a sit-in, a closure, a meeting):
# "دعا البابا إلى السلام الأحد" and "أعلنت الشركة عن أرباح قياسية الخميس" date the call and the announcement.
# The weekday must follow the action: "أعلنت الوزارة الأربعاء تعليق الدراسة" dates the announcement. A perfective
# verb after the action ("دعت إلى إضراب بعد أن فشلت المفاوضات الأحد") or a comma before the weekday ("دعا إلى
# الاعتصام، الأحد") keeps the past.
_ACTION = (r"(?P<action>[وبل]?(?:ال)?(?:توقف|تعليق|استئناف|استيناف|تحرك|اضراب|اعتصام|وقفه|تنظيم|اغلاق|عقد|"
           r"تظاهره|مظاهره|تظاهر|تجمع|مسيره|مقاطعه|تاجيل|عطله|احتجاج|احتجاجات|اعتصامات|امتناع|اجتماع|جلسه|"
           r"خروج|نزول))(?!\w)")
_CALL_TO = re.compile(_f(f"(?<!\\w)[وف]?(?:دعا|دعت|دعوا|دعتا){S}(?:\\S+{S}){{0,8}}?الي{S}" + _ACTION))
_ANNOUNCE_ACTION = re.compile(_f(
    f"(?<!\\w)[وف]?(?:(?:اعلن|قرر|عزم)(?:ت|وا|تا)?|تقرر){S}(?:\\S+{S}){{0,6}}?(?:عن{S})?" + _ACTION))
_ACTION_REACH = 8  # words between the action and its weekday
_COMMA_BEFORE = re.compile(f"[،,]{S0}$")


def _called_action_context(norm: str, start: int) -> bool:
    """Say whether a call (دعا إلى) or an announced action (أعلن عن تحرك) in the clause sets the weekday at start."""
    left = _clause_before(norm, start)
    if _COMMA_BEFORE.search(left) or _SINCE_BEFORE.search(left):
        return False
    cue = None
    for pattern in (_CALL_TO, _ANNOUNCE_ACTION):
        for match in pattern.finditer(left):
            if cue is None or match.end() > cue.end():
                cue = match
    if cue is None or len(left[cue.end():].split()) > _ACTION_REACH:
        return False
    # From the action word itself: "في اجتماعه الذي عقد مساء الثلاثاء" has the verb عقد, no action noun.
    return not any(not _PREPOSITION_BEFORE.search(left, 0, verb.start())
                   for verb in PAST_CUE.finditer(left, cue.start("action")))


# No verb follows a preposition: "اعتصام أمام وزارة المالية" has the noun وزارة, not the verb زار.
_PREPOSITION_BEFORE = re.compile(f"(?<!\\w)(?:امام|في|الي|من|عند|قرب|داخل|خارج|مقر){S}$")


def _weekday_ahead(norm: str, start: int) -> bool:
    """Say whether a bare weekday at start is still ahead: a future verb, an obligation, a starting noun or a call.

    A deadline after a verb in the future is ahead too: "سينهي الفريق الأعمال بحلول مساء الجمعة"، "ستبقى المدارس
    مغلقة حتى الأحد" (_covered_until, as for a month).
    """
    if _future_context(norm, start) or _called_action_context(norm, start) or _covered_until(norm, start):
        return True
    left = _clause_before(norm, start)
    cue = None
    for match in _WEEKDAY_AHEAD.finditer(left):
        if not _WAS_OR_NOT_BEFORE.search(left, 0, match.start()):
            cue = match
    if cue is None or _SINCE_BEFORE.search(left) or PAST_CUE.search(left, cue.end()):
        return False
    if cue.group("modal"):
        return True
    head = 0
    for clause in _CLAUSE_HEAD.finditer(left, 0, cue.start()):
        head = clause.end()  # "قال الوزير إن بدء التسجيل الأحد": the reported clause sets the frame
    return PAST_CUE.search(left, head, cue.start()) is None


def _delivery_context(norm: str, start: int) -> bool:
    """Say whether a delivery noun (شحن، تسليم، توريد …) in the clause before start sets a window to come."""
    left = _clause_before(norm, start)
    noun = _last_match(DELIVERY, left)
    if noun is None or _SINCE_BEFORE.search(left) or PAST_CUE.search(left, noun.end()):
        return False
    before = " ".join(left[:noun.start()].split()[-_DELIVERY_PAST_REACH:])
    return PAST_CUE.search(before) is None


_AGO_NUMBERS = {"ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6,
                "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10}
# "تأتي الحملة قبل أسابيع من إحياء ذكرى الاستقلال في الخامس من تموز": what comes days or weeks "before" an event
# is happening now, so the event is still ahead. A perfective verb in the clause ("وصل قبل أيام من عيد الميلاد في
# 25 كانون الأول") moves the frame to the past and keeps the past reading; like a delivery window, it looks only
# a few months ahead.
_AHEAD = re.compile(_f(
    f"(?<!\\w)[وف]?(?:قبل{S}(?:(?:بضعه|بضع|عده|\\d{{1,2}}|{_alt(_AGO_NUMBERS)}){S})?"
    f"(?:ساعات|ايام|اسابيع|اشهر|شهور|ساعه|ساعتين|يوم|يومين|اسبوع|اسبوعين|شهر|شهرين)(?:{S}قليله)?(?:{S}فقط)?{S}من"
    f"|قبيل|عشيه)(?!\\w)"))
# A call made now in the present ("ندعو الجميع إلى التطعيم قبل ذروة الموسم في ديسمبر"، "تحث الوزارة المزارعين
# على الحصاد قبل أمطار نوفمبر") asks for something before a time still ahead; the verb opens the frame.
# So does an effort or aim told in the present ("نعمل على إنهاء الأزمة قبل ذروة الصيف في تموز"، "تسعى الشركة إلى
# تسليم المشروع قبل أيلول"، "نسابق الزمن لفتح الطريق قبل الشتاء في ديسمبر"): its goal is still to reach; "كان يعمل
# في المصنع قبل يوليو" (was working) is past. And so does getting ready ("تستعد الفنادق لاستقبال الزوار قبل ذروة
# الموسم في كانون الثاني"، "يتأهب المزارعون للحصاد قبل أمطار نوفمبر").
_CALL_NOW = re.compile(_f(
    r"(?<!\w)[وف]?(?:[نيت](?:دعو|دعون|حث|حثون|نصح|نصحون|ناشد|ناشدون"
    r"|عمل|عملون|سعي|سعون|سابق|سابقون|خطط|خططون|هدف|هدفون|طمح|طمحون|امل|املون"
    r"|ستعد|ستعدون|تاهب|تاهبون))(?!\w)"))
# "وكانت الفنادق تستعد …": كان with the verb's subject between tells of an effort in the past.
_WAS_WITH_SUBJECT_BEFORE = re.compile(f"(?<!\\w)[وف]?(?:كان|كانت|كانوا)(?:{S}[^\\s.،,]+){{1,3}}{S}$")
_BEFORE_WORD = re.compile(_f(f"(?<!\\w)[وف]?(?:قبل|قبيل){S}"))
_CLAUSE_HEAD = re.compile(r"(?<!\w)[وف]?(?:ان|انه|انها|انهم|الذي|التي|حيث|بينما|فيما)(?!\w)")


# A demand or a call told in the past asks for something "before" a time that was still ahead when it was made
# ("طالبت النقابة بصرف التعويضات قبل انطلاق الموسم في سبتمبر"، "دعت المنظمة إلى هدنة قبل حلول رمضان في مارس");
# another perfective verb after it ("… عن الحادث الذي وقع قبل عيد الفطر في أبريل") tells of the past.
# The same call told by an active participle after the verb of saying ("قال إن …، داعياً إلى رفع الجاهزية قبل ذروة
# الموسم في كانون الثاني"، "مطالباً بصرف المستحقات قبل نهاية آذار") is made as the words are said.
_DEMAND_PAST = re.compile(_f(
    r"(?<!\w)[وف]?(?:طالب|طالبت|طالبوا|دعا|دعت|دعوا|ناشد|ناشدت|ناشدوا|حث|حثت|حثوا|حض|حضت"
    r"|داعيا|داعيه|داعين|مطالبا|مطالبين|مناشدا|مناشده|مناشدين|حاثا|حاثه|حاثين)(?!\w)"))


def _demand_before_deadline(left: str) -> bool:
    """Say whether a past demand in left is followed by "قبل" with no perfective verb after the demand."""
    demand = _last_match(_DEMAND_PAST, left)
    return demand is not None and _BEFORE_WORD.search(left, demand.end()) is not None \
        and not _SINCE_BEFORE.search(left) and PAST_CUE.search(left, demand.end()) is None


def _ahead_context(norm: str, start: int) -> bool:
    """Say whether "قبل أيام/أسابيع من" (or قبيل، عشية) in a present clause puts the date at start still ahead."""
    left = _clause_before(norm, start)
    cue = _last_match(_AHEAD, left)
    if cue is None:
        if _demand_before_deadline(left):
            return True
        call = _last_match(_CALL_NOW, left)
        if call is None or not _BEFORE_WORD.search(left, call.end()) or _SINCE_BEFORE.search(left) \
                or _WAS_OR_NOT_BEFORE.search(left, 0, call.start()) \
                or _WAS_WITH_SUBJECT_BEFORE.search(left, 0, call.start()):
            return False
        return PAST_CUE.search(left, call.start()) is None
    if _SINCE_BEFORE.search(left):
        return False
    head = 0
    for clause in _CLAUSE_HEAD.finditer(left, 0, cue.start()):
        head = clause.end()  # "قال الوزير إن الحملة تأتي قبل …": the verb of the reported clause sets the frame
    return PAST_CUE.search(left, head) is None


# An announcement or decision whose object is a measure to be taken ("أعلنت المرور إغلاق الطريق خلال الفترة من
# 1 إلى 15 ديسمبر"، "قررت الوزارة تعليق الدراسة يوم 3 مارس") sets the measure's time still to come. Weaker still
# than a delivery window: only the next month or the one after (_PLAN_MONTHS), and another perfective verb after
# the noun ("أعلنت إغلاق الطريق الذي شهد حادثاً في 5 ديسمبر") keeps the past.
_ANNOUNCE = re.compile(_f(r"(?<!\w)[وف]?(?:اعلن|قرر|اقر|حدد|اعتمد)(?:ت|وا)?(?!\w)"))
_MEASURE = re.compile(_f(
    r"(?<!\w)[وف]?(?:ال)?(?:اغلاق|تعليق|ايقاف|وقف|تحويل|منع|حظر|تمديد|تاجيل|تقليص|قطع|فتح|افتتاح|اطلاق|بدء)(?!\w)"))
_PLAN_MONTHS = 2
_PLAN_NOUN_REACH = 8  # words between the announcing verb and the measure noun (its subject)


def _plan_context(norm: str, start: int) -> bool:
    """Say whether an announced measure (أعلنت … إغلاق …) in the clause before start sets its time to come."""
    left = _clause_before(norm, start)
    verb = _last_match(_ANNOUNCE, left)
    if verb is None or _SINCE_BEFORE.search(left):
        return False
    noun = _MEASURE.search(left, verb.end())
    if noun is None or len(left[verb.end():noun.start()].split()) > _PLAN_NOUN_REACH:
        return False
    return PAST_CUE.search(left, noun.end()) is None


# What is done "before the start" of something in a month a month or two ahead readies it: "خصصت الإدارة ميزانية
# للتعاقد مع لاعبين قبل انطلاق التحضيرات في يوليو" (written in June) is the coming July, not the one eleven months
# back. A perfective verb after the start noun ("قبل بدء الحرب التي اندلعت في يوليو") tells of the past.
_BEFORE_A_START = re.compile(_f(
    f"(?<!\\w)[وف]?(?:قبل|قبيل){S}(?:ال)?(?:انطلاق|انطلاقه|بدء|بدايه|افتتاح|استئناف|استيناف)(?!\\w)"))


def _before_a_start(norm: str, start: int) -> bool:
    """Say whether "قبل انطلاق/بدء …" with no perfective verb after it governs the date at start."""
    left = _clause_before(norm, start)
    cue = _last_match(_BEFORE_A_START, left)
    return cue is not None and not _SINCE_BEFORE.search(left) and PAST_CUE.search(left, cue.end()) is None


# A timetable sets days still to come: "وبحسب الجدول الذي نشرته الوكالة، تُخصص الأيام الثلاثة الأولى، من 13 إلى 15
# مايو، لحجاج …"، "ووفق البرنامج المعلن، تنطلق المرحلة الثانية في 3 يونيو". Like an announced measure it looks only
# a month or two ahead (_PLAN_MONTHS); the clause that tells who published it ("الذي نشرته الوكالة،") is skipped,
# and another perfective verb after it ("وبحسب الجدول، أقيمت المباراة في 3 يونيو") keeps the past.
_SCHEDULE = re.compile(_f(
    r"(?<!\w)(?:[وف]?(?:بحسب|حسب|وفق|وفقا|طبقا|بموجب){S}(?:ال|لل|ل)(?:جدول|روزنامه|رزنامه|مواعيد)"
    r"|[وفبلك]?(?:ال)?(?:جدول|جداول|روزنامه|رزنامه){S}(?:الزمني|الزمنيه))(?!\w)"
    .replace("{S}", S)))
_TOLD_BY_CLAUSE = re.compile(_f(f"{S0}(?:الذي|التي){S}[^،,.]*[،,]"))


def _schedule_context(norm: str, start: int) -> bool:
    """Say whether a timetable noun in the clause before start sets the date at start still to come."""
    left = _clause_before(norm, start)
    noun = _last_match(_SCHEDULE, left)
    if noun is None or _SINCE_BEFORE.search(left):
        return False
    rest = noun.end()
    told_by = _TOLD_BY_CLAUSE.match(left, rest)
    if told_by:
        rest = told_by.end()
    return PAST_CUE.search(left, rest) is None


# A supply secured, a need covered or a term extended "until" a month runs up to it: "أمّنت البلاد احتياجاتها من
# القمح حتى نهاية سبتمبر"، "مدّدت الحكومة الإعفاء حتى مارس"، "يكفي المخزون حتى أغسطس". The month is the coming one
# up to _COVER_MONTHS ahead (further off, "until" a month nearly a year back is the one just gone). The verb must
# govern "حتى": no perfective verb of another event comes between ("مددت العقد الذي انتهى حتى مارس").
_COVER_VERB = re.compile(_f(
    r"(?<!\w)[وف]?(?:امنت|امنا|امنوا|[يتن]ومن|ضمنت|ضمنا|ضمنوا|[يتن]ضمن|[يتن]كفي|[يتن]غطي|غطت|غطي|"
    r"مدد|مددت|مددوا|[يتن]مدد|تمديد)(?:ه|ها|هم)?(?!\w)"))
_UNTIL_BEFORE = re.compile(_f(f"(?<!\\w)(?:حتي|لغايه|غايه)(?:{S}{MOD})?{S}$"))
# A verb in the future sets a deadline still to come with "قبل"/"بحلول" as with "حتى": "سيُسدد الباقي قبل نهاية
# تشرين الأول"، "ستُنجز الأشغال بحلول مارس". A verb of securing does not ("أمّنت احتياجاتها قبل سبتمبر" is past).
_DEADLINE_BEFORE = re.compile(_f(f"(?<!\\w)(?:قبل|بحلول)(?:{S}{MOD})?{S}$"))
_COVER_MONTHS = 9


def _covered_until(norm: str, start: int) -> bool:
    """Say whether the month at start closes "حتى" after a verb of securing, covering or extending, or closes
    "حتى"، "قبل" or "بحلول" after a verb in the future."""
    left = _clause_before(norm, start)
    until = _UNTIL_BEFORE.search(left)
    verb = None
    if until is not None:
        for verb in _COVER_VERB.finditer(left, 0, until.start()):
            pass
    else:
        until = _DEADLINE_BEFORE.search(left)
        if until is None:
            return False
    if verb is None:
        verb = _last_match(_FUTURE_IMPERFECT, left[:until.start()])  # "ستكثف الفرق حملاتها حتى منتصف سبتمبر"
    return verb is not None and PAST_CUE.search(left, verb.end(), until.start()) is None


# Any verb in the future (س + imperfect) runs "until" a month still to come: "ستكثف حملاتها إلى غاية سبتمبر"،
# "سيبقى المعبر مغلقاً حتى مارس". Not nouns that start so: سيارة، سياسة، سنوات، سنتين (ة، ات، ين).
_FUTURE_IMPERFECT = re.compile(_f(r"(?<!\w)[وف]?س[يتن]\w{3,}(?<!ه)(?<!ات)(?<!ين)(?!\w)"))


# A deadline looks ahead: "خلال مهلة أقصاها 30 حزيران"، "في أجل أقصاه نهاية الشهر"، "بحد أقصى 15 مارس"، "منحت
# الشركات مهلة حتى نهاية يونيو". Like a delivery window it reaches only a few months on: a deadline long gone
# ("انتهت المهلة في 30 أبريل", read in May) is past.
_DEADLINE_SET_BEFORE = re.compile(_f(
    f"(?<!\\w)(?:[وفبل]?(?:ال)?(?:مهله|موعد|اجل)(?:{S}(?:ال)?نهايي)?{S}(?:اقصاه|اقصاها)"
    f"|[بك]حد{S}اقصي"
    f"|[وفبل]?(?:ال)?مهله(?:{S}[^\\W\\d]+){{0,3}}?{S}(?:حتي|لغايه|قبل|بحلول|تنتهي(?:{S}في)?))"
    f"(?:{S}{MOD})?{S}$"))
_DEADLINE_REACH = 60  # characters back from the date to the deadline noun


def _soon_context(norm: str, start: int, ahead: int = 1, present: bool = False, end: int | None = None) -> bool:
    """Say whether a delivery window, a "days before" frame or an announced measure puts a month ahead.

    ahead is how many months after the publication month the date's month falls; present lets a sentence told in
    the present do so too (for a month alone: a day has its weekday to tell its year); end, where the date ends,
    lets a date set as the appointment ("موعداً") after it do so.
    """
    if _dated_by_past_participle(norm, start):
        return False  # "التقرير الصادر في يونيو": a document out already
    if _covered_until(norm, start):
        return True
    if ahead > _SOON_MONTHS:
        return False
    if end is not None and _set_as_the_date(norm, start, end):
        return True
    if _DEADLINE_SET_BEFORE.search(norm, max(0, start - _DEADLINE_REACH), start):
        return True
    if ahead <= _PLAN_MONTHS and (_plan_context(norm, start) or _schedule_context(norm, start)
                                  or _before_a_start(norm, start)):
        return True
    if ahead <= _EFFECTIVE_MONTHS and _EFFECTIVE_FROM.search(norm, max(0, start - 20), start):
        return True
    if present and ahead <= _PRESENT_MONTHS and _present_sentence(norm, start):
        return True
    return _delivery_context(norm, start) or _ahead_context(norm, start)


# A date set as the appointment for something is still to come: "حددت الهيئة منتصف تشرين الثاني موعداً لفتح باب
# الترشح"، "تضرب الوزارة مطلع آذار موعداً نهائياً للتسجيل". The verb of setting (حدد، ضرب, in the past or the present)
# opens the clause's frame; a perfective verb of another event between it and the date keeps the past.
_SETTING_VERB = re.compile(_f(r"(?<!\w)[وف]?(?:[يتن]?(?:حدد|ضرب)|حددت|حددوا|ضربت|ضربوا)(?!\w)"))
_AS_THE_DATE_AFTER = re.compile(_f(f"{S}(?:موعدا|تاريخا|اجلا)(?!\\w)"))


def _set_as_the_date(norm: str, start: int, end: int) -> bool:
    """Say whether the date between start and end is the object a verb of setting makes "موعداً" (the appointment)."""
    if not _AS_THE_DATE_AFTER.match(norm, end):
        return False
    left = _clause_before(norm, start)
    verb = _last_match(_SETTING_VERB, left)
    return verb is not None and PAST_CUE.search(left, verb.end()) is None


# A sentence told in the present from its first word ("ويتزامن موعد الإضراب مع انطلاق الموسم مطلع يوليو"، "ويبلغ
# الطلب ذروته في أغسطس") with no perfective verb in it is about now: a bare month just ahead is the coming one,
# not the one eleven months back. Only ي- and تت- forms: a word in ت- is as often a noun or a perfective (تراجع، تم).
_PRESENT_HEAD = re.compile(_f(r"^\s*[وف]?(?:ي(?!وم)|تت)\w{3,}(?!\w)"))
_PRESENT_MONTHS = 2


def _present_sentence(norm: str, start: int) -> bool:
    """Say whether the sentence that reaches start opens on an imperfect verb and tells nothing in the past."""
    left = _clause_before(norm, start)
    return _PRESENT_HEAD.match(left) is not None and PAST_CUE.search(left) is None \
        and _SINCE_BEFORE.search(left) is None


def _month_year(month: int, rel: str | None, pub: dt.date | None, future: Callable[[], bool],
                soon: Callable[[int], bool] | None = None) -> int | None:
    """Return the year of a month written without one, or None when it cannot be known.

    future() says whether the clause announces a future event; soon(ahead) whether it sets a delivery window,
    which looks at most _SOON_MONTHS ahead (ahead: months after the publication month). Each is asked only when needed.
    """
    if pub is None:
        return None
    if rel in _PAST:
        return pub.year if month < pub.month else pub.year - 1
    if rel in _NEXT:
        return pub.year if month > pub.month else pub.year + 1
    if rel in _CURRENT:
        return pub.year
    if future():
        return pub.year if month >= pub.month else pub.year + 1
    ahead = (month - pub.month) % 12
    if soon is not None and 0 < ahead <= _COVER_MONTHS and soon(ahead):
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _rel_year(word: str | None, this: str | None, pub: dt.date | None) -> int | None:
    """Return the year that "العام الماضي/الجاري/المقبل" or "هذا العام" names."""
    if pub is None:
        return None
    if this or word in _CURRENT:
        return pub.year
    if word in _PAST:
        return pub.year - 1
    if word in _NEXT:
        return pub.year + 1
    return None


# --------------------------------------------------------------------------------------
# Rules: each yields candidates for one family of expressions.

@dataclass
class _Ctx:
    """What a rule may look at besides its match."""

    body: str
    norm: str
    where: _RawOffsets | None
    pub: dt.date | None

    def raw(self, i: int) -> int:
        """Return the body offset of normalised offset i."""
        return self.where[i] if self.where is not None else i


_Rule = Callable[[re.Match, _Ctx], Iterator[_Cand]]
_RULES: list[tuple[re.Pattern, _Rule]] = []


def _rule(pattern: str) -> Callable[[_Rule], _Rule]:
    """Register a rule: its pattern (in folded spelling) and the function reading its matches."""
    def register(fn: _Rule) -> _Rule:
        _RULES.append((re.compile(_f(pattern)), fn))
        return fn
    return register


def _tail_year(m: re.Match, month: int, pub: dt.date | None, norm: str,
               day: int = 0) -> tuple[int | None, bool] | None:
    """Return (year, explicit) for a month followed by YEAR_TAIL groups; None to reject."""
    y = m.group("y") or m.group("y2")
    if y:
        return int(y), True
    if m.group("ysame"):
        return _SAME_YEAR, False
    if m.group("yrel") or m.group("ythis"):
        year = _rel_year(m.group("yrel"), m.group("ythis"), pub)
        if year is None and pub is None:
            # "في أغسطس من العام الماضي" with no publication date: the month is known, its year is not
            return None, False
        return (year, False) if year is not None else None
    rel = m.group("mrel")
    if day and pub is not None and (rel in _PAST or rel in _NEXT):
        # "8 ديسمبر الماضي" written on 10 December is two days ago, not last year
        if rel in _PAST:
            return (pub.year if (month, day) < (pub.month, pub.day) else pub.year - 1), False
        return (pub.year if (month, day) > (pub.month, pub.day) else pub.year + 1), False
    if day and pub is not None and rel is None and _valid(pub.year, month, day) \
            and 0 < (pub - dt.date(pub.year, month, day)).days <= _JUST_PAST_DAYS:
        # "بعد انتهاء المهلة في 30 يونيو" written on 2 July: a day a few days back, even in a clause about what is
        # to come; an event a year ahead would be written with its year.
        return pub.year, False
    # The clause scan is the costly part: _month_year runs it only for a bare month with a publication date.
    return _month_year(month, rel, pub, lambda: _future_context(norm, m.start()),
                       lambda ahead: _soon_context(norm, m.start(), ahead, present=not day, end=m.end())), False


_JUST_PAST_DAYS = 10
_WEEKDAY_YEAR_REACH = 183  # days either side of the publication date a weekday may move a yearless date


def _weekday_year(year: int, month: int, day: int, weekday: int, pub: dt.date) -> int:
    """Return the year of a yearless day and month told with its weekday ("الاثنين 2 فبراير").

    The weekday is the surer word: when it does not fall on that date in the year the clause gave, the year within
    half a year of the publication date where it does is meant ("الاثنين 2 فبراير" written on 28 January 2026 is
    2 February 2026, a Monday, though the clause tells no future). Otherwise the year stays.
    """
    if _valid(year, month, day) and dt.date(year, month, day).isoweekday() == weekday:
        return year
    for other in (pub.year - 1, pub.year, pub.year + 1):
        if other != year and _valid(other, month, day):
            date = dt.date(other, month, day)
            if date.isoweekday() == weekday and abs((date - pub).days) <= _WEEKDAY_YEAR_REACH:
                return other
    return year


WD_PREFIX = (f"(?:(?:{TOD}{S})?(?:(?:امس|اليوم|غدا){S})?(?:يوم{S})?(?P<wd>{WEEKDAY}){S0}[،,]?{S0}"
             f"(?:(?:الموافق|المصادف|الواقع(?:{S}فيه)?){S}|(?P<wdopen>\\(){S0})?)?")


# An ordinal after these names a part of the month: الأسبوع الأول من يونيو، العشر الأواخر من رمضان.
_PART_OF_MONTH = re.compile(_f(f"(?:الاسبوع|الاسابيع|النصف|العشر|العشره|الايام|الثلث){S}$"))


def _week_of_month(part: str, year: int | None, month: int, n: int) -> str | None:
    """Return the ISO week "الأسبوع الأول/الثاني … من سبتمبر" names when the month starts on a Monday, else None.

    Only then are the month's weeks calendar weeks: when 1 June is a Saturday, its "first week" may be either.
    """
    if year in (None, _SAME_YEAR) or part.split()[0] != "الاسبوع" or not 1 <= n <= 4 \
            or dt.date(year, month, 1).isoweekday() != 1:
        return None
    return _iso_week(dt.date(year, month, 1 + 7 * (n - 1)))


@_rule(f"{B}{PRE}(?P<x>{WD_PREFIX}(?:يوم{S})?(?P<d>{DAY}){S}(?:من{S}(?:شهر{S})?|شهر{S})?(?P<mon>{MONTHX}){E}(?(wdopen){S0}\\))(?:{YEAR_TAIL})?)")
def _day_month(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """9 فبراير 2000 · الثامن من نوفمبر (تشرين الثاني) الجاري · السبت 9 نوفمبر."""
    norm, pub = ctx.norm, ctx.pub
    month, day = _month_of(m.group("mon")), _day_of(m.group("d"))
    if not day or not _months_ok(m, ctx, "mon"):
        return
    got = _tail_year(m, month, pub, norm, day)
    if got is None:
        return
    year, explicit = got
    if m.group("wd") and not explicit and pub is not None and year is not None and not m.group("mrel"):
        year = _weekday_year(year, month, day, _WEEKDAYS[m.group("wd")], pub)
    window = max(0, m.start("x") - 16)
    if part := _PART_OF_MONTH.search(norm[window:m.start("x")]):
        # "الأسبوع الأول من يونيو": a part of the month, not its first day: the month is what is known
        value = f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"
        if (week := _week_of_month(part.group(), year, month, day)) is not None:
            yield _Cand(window + part.start(), m.end("x"), week, "week", explicit_year=explicit)
            return
        yield _Cand(window + part.start(), m.end("x"), value, "month", explicit_year=explicit)
        return
    if not explicit and (_NAMED.search(norm[max(0, m.start("x") - 30):m.start("x")])
                         or _YEARLY.match(norm, m.end("x"))
                         or _FISCAL_DEFINITION.search(norm, max(0, m.start("x") - 60), m.start("x"))) \
            or _NAMED_PLACE.search(norm[max(0, m.start("x") - 30):m.start("x")]):
        # a name (ثورة 25 يناير) or a yearly date (السابع من أبريل من كل عام): block the span
        yield _Cand(m.start("x"), m.end("x"), "", "day")
        return
    if year is None:
        if _valid(2000, month, day):  # a leap-year stand-in: 29 February is a day
            yield _Cand(m.start("x"), m.end("x"), f"XXXX-{month:02d}-{day:02d}", "day", explicit_year=False)
        return
    if _valid(year, month, day):
        yield _Cand(m.start("x"), m.end("x"), f"{year:04d}-{month:02d}-{day:02d}", "day", explicit_year=explicit)


DAYLIST = f"(?:{S0}[،,]{S0}(?:و{S0})?{DAYNUM})*"  # أيام 10، 11، 12 ديسمبر
DAYSEP = f"(?:{S0}[-–—/،,]{S0}(?:و{S0})?|{S}(?:و{S0}|او{S}|الي{S}|حتي{S}))"
_DAY_RE = re.compile(DAY)
_AND_DAY_AFTER = re.compile(f"{S}و{S0}{DAY}")
_RANGE_SEP = re.compile(_f("[-–—/]|(?<!\\w)(?:الي|حتي|او)(?!\\w)"))


@_rule(f"{B}{PRE}(?P<x>(?:(?P<head>يومي|ايام|الفتره{S}(?:من|بين)|من|بين){S})?(?P<days>{DAY}(?:{DAYSEP}{DAY})+)"
       f"{S}(?:من{S})?(?:شهر{S})?(?P<mon>{MONTHX}){E}(?:{YEAR_TAIL})?)")
def _day_range(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """يومي 18-19 يونيو · بين 3 و5 مارس · من 1 إلى 3 مايو 2025 · أيام 6 و10 و16 نوفمبر (three days)."""
    norm, pub = ctx.norm, ctx.pub
    found = list(_DAY_RE.finditer(norm, m.start("days"), m.end("days")))
    head = (m.group("head") or "").split()[-1:] or [""]
    days = [_day_of(d.group()) for d in found]
    if len(found) == 1:
        # The pattern split a compound ordinal that a search reads whole: "حتى السادس والعشرين من يونيو" is the 26th
        # (_day_month reads it), and so is "بين الخامس والعشرين من يونيو والثاني من يوليو"; only after بين or يومي
        # with no second day is it the span from the 5th to the 20th.
        words = found[0].group().split()
        if head[0] not in ("بين", "يومي", "ايام") or _AND_DAY_AFTER.match(norm, m.end("x")) or len(words) < 2:
            return
        days = [_day_of(words[0]), _day_of(words[-1][1:] if words[-1].startswith("و") else words[-1])]
    month = _month_of(m.group("mon"))
    if not all(days) or any(a >= b for a, b in zip(days, days[1:])) or not _months_ok(m, ctx, "mon"):
        return
    got = _tail_year(m, month, pub, norm, days[-1])
    if got is None:
        return
    year, explicit = got
    y = "XXXX" if year is None else f"{year:04d}"
    if not _valid(2000 if year is None else year, month, days[-1]):
        return
    gaps = [norm[a.end():b.start()] for a, b in zip(found, found[1:])]
    consecutive = all(b == a + 1 for a, b in zip(days, days[1:]))
    is_range = consecutive or len(found) == 1 or (
        len(days) == 2 and (_RANGE_SEP.search(gaps[0]) or head[0] in ("بين", "يومي")))
    if is_range:
        yield _Cand(m.start("x"), m.end("x"), f"{y}-{month:02d}-{days[0]:02d}/{y}-{month:02d}-{days[-1]:02d}",
                    "interval", explicit_year=explicit)
        return
    # "في 3 و5 مارس": separate days sharing the month
    for d, day in zip(found[:-1], days[:-1]):
        yield _Cand(d.start(), d.end(), f"{y}-{month:02d}-{day:02d}", "day", explicit_year=explicit)
    yield _Cand(found[-1].start(), m.end("x"), f"{y}-{month:02d}-{days[-1]:02d}", "day", explicit_year=explicit)


# Two months listed with "و" share what follows the second: its year ("في يناير ومارس 2023") or a dual relative word
# ("في شباط وأيار الماضيين"، "جولتا يونيو وسبتمبر المقبلين"); the first month takes it too. A singular relative word
# ("في يناير ومارس الماضي") agrees with the second month only, and the first stays a bare month.
_SHARED_TAIL = re.compile(f"{S}و{S0}(?:شهر{S})?(?P<mon2>{MONTHX}){E}(?:{YEAR_TAIL})")
_DUAL_REL = {_f(w) for w in ("الماضيين", "المنصرمين", "الفائتين", "المقبلين", "القادمين")}


def _shared_tail(m: re.Match, ctx: _Ctx) -> re.Match | None:
    """Return the tail a month without its own shares with the month listed after it, or None."""
    if any(m.group(g) for g in ("y", "y2", "yrel", "ythis", "ysame", "mrel")):
        return None
    shared = _SHARED_TAIL.match(ctx.norm, m.end("x"))
    if shared is None or (shared.group("mrel") and shared.group("mrel") not in _DUAL_REL) \
            or not _months_ok(shared, ctx, "mon2"):
        return None
    return shared


# A month listed before the one at hand: "يونيو و" of "في يونيو وأغسطس", "يناير، " of "في يناير، مارس ومايو".
# A listed month may itself carry "و" (the third of "في يناير وفبراير ومارس") or its year ("في يونيو 2024 وسبتمبر").
_LISTED_MONTH_BEFORE = re.compile(
    f"(?:{B}|(?<={B}و)){MONTHX}(?:{S}{YEAR})?(?:{S0}[،,]{S0}(?:و{S0})?|{S}و{S0})$")
_LIST_REACH = 40  # characters back to the start of the month listed before
_AND_MONTH_AFTER = re.compile(f"(?:{S0}[،,]{S0}(?:و{S0})?|{S}و{S0}){MONTH}{E}")
# "في اجتماعات جوان وسبتمبر"، "خلال دورتي مارس وأكتوبر"، "بعد جولات يناير وأبريل": a plural (-ات) or dual (-ي، -تي)
# noun of things that recur, after a time preposition, in construct with two months or more, is one of them in each
# month: the months date them as "في جوان وسبتمبر" would. One month alone after a noun stays a name ("حرب أكتوبر"),
# and so do the named events and places (_NAMED) in the plural or the dual: "أحداث سبتمبر"، "ثورتي يناير ويونيو".
_RECURRING_BEFORE = re.compile(_f(
    r"(?<!\w)[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|بحلول|ابان|طيله|من|الي|بين)"
    f"{S}(?P<noun>(?!ال)[^\\W\\d]{{3,}}(?:ات|ي)){S}$"))


# "في شهر يونيو وسبتمبر"، "مطلع يناير وفبراير": the first month is read by the word before it, and so are the months
# listed after it.
_SELF_CUED_MONTH_BEFORE = re.compile(_f(f"(?<!\\w)[وفبل]?(?:شهر|{MOD}){S}$"))


def _month_list_start(norm: str, start: int) -> int:
    """Return where the list of months ending right before start begins (start when there is none)."""
    while listed := _LISTED_MONTH_BEFORE.search(norm, max(0, start - _LIST_REACH), start):
        start = listed.start()
    return start


def _recurring_events_of_months(norm: str, list_start: int, start: int, end: int) -> bool:
    """Say whether the list of months from list_start (holding the month start..end) follows "في اجتماعات".

    Only a list of two months or more: either a month is listed before this one or one follows it.
    """
    if list_start == start and not _AND_MONTH_AFTER.match(norm, end):
        return False
    cue = _RECURRING_BEFORE.search(norm, max(0, list_start - 30), list_start)
    if cue is None:
        return False
    noun = cue.group("noun")
    singular = noun[:-2] + "ه" if noun.endswith("تي") else noun[:-1] if noun.endswith("ي") else noun
    return _NAMED.search(singular + " ") is None and _NAMED.search(noun + " ") is None


# "الأسبوع الأخير من شباط"، "الأيام الأخيرة من مارس": the closing part of a month (an ordinal part, "الأسبوع الأول من
# يونيو", reads as a day first: _day_month). The month is what is known; its last week is a calendar week only when
# the month ends on a Sunday.
LAST_PART = f"(?P<part>(?P<week>الاسبوع)|الاسابيع|الايام){S}(?:الاخير|الاخيره){S}من{S}(?:شهر{S})?"


def _last_week_of_month(year: int | None, month: int) -> str | None:
    """Return the ISO week "الأسبوع الأخير من …" names when the month ends on a Sunday, else None."""
    if year in (None, _SAME_YEAR):
        return None
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return _iso_week(last) if last.isoweekday() == 7 else None


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}){S}(?:شهر{S})?|(?P<shahr>شهر){S}|{LAST_PART})?(?P<mon>{MONTHX}){E}(?:{YEAR_TAIL})?)")
def _month(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """يونيو (حزيران) الماضي · أكتوبر 2023 · مطلع مارس · في حزيران · أبريل (وسبتمبر الماضيين)."""
    norm, pub = ctx.norm, ctx.pub
    mon_text = m.group("mon")
    first = _SPACES.sub(" ", _MONTH_RE.search(mon_text).group())
    month = MONTHS[first]  # what _month_of(mon_text) reads, without searching again
    combined = mon_text.strip() != first
    shared = _shared_tail(m, ctx)
    tail = shared or m  # where the year or the relative word is read
    numbered = bool(tail.group("y") or tail.group("y2"))
    if first in _NEEDS_NUMBER and not (numbered or combined or shared or m.group("shahr") or m.group("part")
                                       or (m.group("mrel") or "ه")[-1] != "ه"
                                       or ((m.group("yrel") or m.group("ythis") or m.group("ysame"))
                                           and norm[m.end("mon"):m.end("x")].lstrip().startswith("من"))):
        # "في ماي الماضي"، "شهر ماي"، "ماي من العام الماضي"، "ماي وجوان الماضيين": a month all the same; not
        # "تيريزا ماي", "قالت ماي العام الماضي", nor "حكومة ماي الحالية" (a feminine relative word agrees with
        # another noun, not the month)
        return
    if not _months_ok(m, ctx, "mon"):
        return
    cued = numbered or combined or shared or m.group("mod") or m.group("shahr") or m.group("part") or m.group("yrel") \
        or m.group("ythis") or m.group("ysame") \
        or m.group("mrel")
    # "في يونيو وأغسطس": the preposition before a list of months governs each of them
    list_start = _month_list_start(norm, m.start("x")) if not cued else m.start("x")
    # "في اجتماعات جوان وسبتمبر"، "في شهر يوليو وأغسطس": the list's head is read without a preposition right before it
    head_read = not cued and (
        _recurring_events_of_months(norm, list_start, m.start("x"), m.end("x"))
        or (list_start < m.start("x") and _SELF_CUED_MONTH_BEFORE.search(norm, max(0, list_start - 12), list_start)))
    if not cued and not head_read and not _BARE_MONTH_CUE.search(norm[max(0, list_start - 12):list_start]):
        return
    if first in _WORDLIKE_MONTHS and not (numbered or combined or shared or m.group("mod") or m.group("shahr")
                                          or m.group("part")
                                          or m.group("mrel") or m.group("yrel") or m.group("ythis")
                                          or m.group("ysame")):
        # "من مارس" is also "who practised", "مع شباط" "with Chabat": only after a time preposition.
        if not head_read and not _TIME_PREP_BEFORE.search(norm[max(0, list_start - 12):list_start]):
            return
    got = _tail_year(tail, month, pub, norm)
    if got is None:
        return
    year, explicit = got
    if not explicit and _YEARLY.match(norm, tail.end()):
        return  # "في أبريل من كل عام" recurs every year
    if not explicit and _FISCAL_DEFINITION.search(norm, max(0, m.start("x") - 60), m.start("x")):
        yield _Cand(m.start("x"), m.end("x"), "", "month")  # the month that ends a fiscal year: blocked
        return
    if not explicit and _HABITUAL_CYCLE.search(norm, max(0, m.start("x") - _HABITUAL_REACH), m.start("x")):
        yield _Cand(m.start("x"), m.end("x"), "", "month")  # a yearly cycle's month: no event, blocked
        return
    if m.group("week") and (week := _last_week_of_month(year, month)) is not None:
        yield _Cand(m.start("x"), m.end("x"), week, "week", explicit_year=explicit)
        return
    value = f"XXXX-{month:02d}" if year is None else f"{year:04d}-{month:02d}"
    yield _Cand(m.start("x"), m.end("x"), value, "month", explicit_year=explicit)


@_rule(f"{B}{PRE}(?P<x>(?:(?:{MOD}|بين|من|شهري){S})?(?P<m1>{MONTHX})(?:{S}(?:و{S0}|الي{S}|حتي{S})|{S0}[-–—]{S0})(?P<m2>{MONTHX}){E}(?:{YEAR_TAIL})?)")
def _month_range(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """بين مارس ومايو 2024 · من يناير إلى أبريل الماضي · (يوليو-سبتمبر 2025)."""
    norm, pub = ctx.norm, ctx.pub
    a, b = _month_of(m.group("m1")), _month_of(m.group("m2"))
    text = m.group("x")
    tail = m.group("y") or m.group("y2") or m.group("yrel") or m.group("ythis") or m.group("ysame") or m.group("mrel")
    joined_by_and = bool(_AND_GAP.match(norm[m.end("m1"):m.start("m2")]))
    if not (a < b) or not _months_ok(m, ctx, "m1", "m2"):
        return
    # "يناير وآب الماضيين" lists two months; "بين يناير وآب" is a span, and so are two months in a row:
    # "أمطار تشرين الثاني وكانون الأول الماضيين" fell over one stretch, as "يومي 18 و19 يونيو" is one.
    listed = joined_by_and and not text.startswith(("بين", "شهري")) and b != a + 1
    # "في شهري سبتمبر وأكتوبر": the dual "the two months" binds them as "يومي" binds two days, so two months in a row
    # are one stretch without a year or a relative word after them (two months apart stay a list, read one by one).
    named_pair = text.startswith("شهري") and b == a + 1
    if listed or not (tail or named_pair or text.startswith(("بين", "من"))):
        return
    got = _tail_year(m, b, pub, norm)
    if got is None:
        return
    year, explicit = got
    y = "XXXX" if year is None else f"{year:04d}"
    yield _Cand(m.start("x"), m.end("x"), f"{y}-{a:02d}/{y}-{b:02d}", "interval", explicit_year=explicit)


# In speech across the Levant, Iraq, the Gulf and Sudan a month goes by its number: "من شهر عشرة ما استلمنا"، "زرعنا
# من شهر سبعة"، "بشهر 3 الماضي". واحد is left out ("شهر واحد" is a duration).
_SPOKEN_MONTH_NUMBERS = {
    "اثنين": 2, "اتنين": 2, "تنين": 2, "ثلاثه": 3, "تلاته": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7,
    "ثمانيه": 8, "تمانيه": 8, "ثمنيه": 8, "تمنيه": 8, "تسعه": 9, "عشره": 10,
    "احدعش": 11, "حداش": 11, "احداشر": 11, "حداشر": 11, "احد عشر": 11, "احدي عشر": 11,
    "اثنعش": 12, "اتناشر": 12, "طناش": 12, "اطناشر": 12, "اثني عشر": 12, "اثنا عشر": 12,
}
# A number after شهر is a month only where a count cannot follow it: "خلال شهر ثلاثة آلاف زائر" and "سجلت في شهر 7
# حالات" count in one month. So the month ends the clause, or is followed by a definite word ("من شهر سبعة والباقي"،
# a counted noun is indefinite), a pronoun or a particle of speech ("من شهر عشرة ما استلمنا الرز").
_SPOKEN_MONTH_END = re.compile(_f(
    f"{S0}(?:[.،,:؛;!؟?\"»”)\\]\\n]|$)"
    f"|{S}[وف]?(?:ال\\w+|ما|ماكو|مافي|لم|لا|لسه|لسا|لحد|لغايه|لين|حتي|الي|من|كان|كانت|قد|بس|احنا|نحن|انا|هو|هي|هم"
    f"|هذا|هذه|هاد|هذي)(?!\\w)"))
# "لمدة شهر" is a duration: a month number follows a preposition of time or a part of the month.
_SPOKEN_MONTH_CUE = re.compile(_f(f"(?<!\\w)[وف]?(?:من|منذ|في|حتي|لحد|لغايه|الي|اول|اخر){S}$"))


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}){S})?شهر{S}(?P<n>{_alt(_SPOKEN_MONTH_NUMBERS)}|1[0-2]|0?[1-9])(?!\\w|[/.\\-]\\d)"
       f"(?:{YEAR_TAIL})?)")
def _spoken_month(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """من شهر عشرة (October) · زرعنا من شهر سبعة (July) · بشهر 3 الماضي · في شهر 11 من العام الماضي."""
    norm = ctx.norm
    n = m.group("n")
    month = int(n) if n.isdigit() else _SPOKEN_MONTH_NUMBERS[_SPACES.sub(" ", n)]
    clitic = norm[m.start():m.start("x")]
    if not (m.group("mod") or clitic.endswith(("ب", "ل"))
            or _SPOKEN_MONTH_CUE.search(norm, max(0, m.start() - 12), m.start())):
        return
    tail = any(m.group(g) for g in ("y", "y2", "yrel", "ythis", "ysame", "mrel"))
    if not (tail or _SPOKEN_MONTH_END.match(norm, m.end("x"))) or _YEARLY.match(norm, m.end("x")):
        return
    got = _tail_year(m, month, ctx.pub, norm)
    if got is None:
        return
    year, explicit = got
    value = f"XXXX-{month:02d}" if year is None else f"{year:04d}-{month:02d}"
    yield _Cand(m.start("x"), m.end("x"), value, "month", explicit_year=explicit)


@_rule(f"(?<![\\d/.\\-])(?P<x>(?P<a>\\d{{1,2}}){S0}(?P<sep>[-/.]){S0}(?P<b>\\d{{1,2}}){S0}(?P=sep){S0}(?P<y>\\d{{4}})"
       f"(?P<h>{S0}ه{E})?)(?![\\d]|[/.\\-]\\d)")
def _numeric_dmy(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """06/11/2024 · 9-02-2023 · 30.04.2025 (day first, as Arab outlets write) · 11 / 7 / 1445هـ."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") != "/" and " " in m.group("x").strip():
        return  # spaced dashes and dots are scores and lists, not dates
    if 1300 <= y <= 1500 and Hijri is not None:
        try:  # a 14xx year in a modern text is Hijri (Saudi documents write d/m/yyyyهـ)
            g = Hijri(y, b, a).to_gregorian()
        except (ValueError, OverflowError):
            return
        yield _Cand(m.start("x"), m.end("x"), g.isoformat(), "day", hijri=f"{y:04d}-{b:02d}-{a:02d}")
        return
    d, mo = (a, b) if b <= 12 else (b, a)
    if 1800 <= y <= 2199 and not m.group("h") and _valid(y, mo, d):
        yield _Cand(m.start("x"), m.end("x"), f"{y:04d}-{mo:02d}-{d:02d}", "day")


@_rule(r"(?<![\d/.\-])(?P<x>(?P<y>\d{4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<a>\d{1,2}))(?![\d]|[/.\-]\d)")
def _numeric_ymd(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """2024/11/06 · 2024-11-06."""
    y, mo, d = int(m.group("y")), int(m.group("b")), int(m.group("a"))
    if 1800 <= y <= 2199 and _valid(y, mo, d):
        yield _Cand(m.start("x"), m.end("x"), f"{y:04d}-{mo:02d}-{d:02d}", "day")


@_rule(f"{B}{PRE}(?P<x>(?:(?P<cue>(?:بين|من|الفتره{S}(?:من|بين)?){S0})?(?:(?:ال)?(?:عامي|سنتي|عام|سنه|اعوام|سنوات|العامين|السنتين|موسم|الموسم){S})?)"
       f"(?P<y1>{YEAR})(?:{S0}[-–—/]{S0}(?P<y2>\\d{{4}}|\\d\\d)|{S}(?:و{S0}|الي{S}|حتي{S})(?:(?:ال)?(?:عام|سنه){S})?(?P<y3>{YEAR})))(?!\\d|{S0}[-/]\\d)")
def _year_range(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """1950-1953 · بين عامي 2019 و2021 · من 2019 إلى 2021 · موسم 2023/2024."""
    norm = ctx.norm
    y1 = int(m.group("y1"))
    if m.group("y2"):
        raw = m.group("y2")
        y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    else:
        cue = (m.group("cue") or "").strip()
        joined_by_and = bool(_AND_GAP.match(norm[m.end("y1"):m.start("y3")]))
        if cue.endswith("من") and joined_by_and or cue.endswith("بين") and not joined_by_and:
            return  # "من 2019 إلى 2021", "بين 2019 و2021"; not "من 2019 و2020"
        if not (cue or _DUAL_YEAR_WORD.match(m.group("x"))):
            return
        y2 = int(m.group("y3"))
        if joined_by_and and _LIST_GOES_ON.match(norm, m.end("x")):
            # "غطت الأعوام 2023 و2024 و2025": a list of years a thing covers, neither a span of two nor an event
            yield _Cand(m.start("x"), m.end("x"), "", "interval")
            return
        if joined_by_and and not cue.endswith("بين") and y1 < y2 != y1 + 1 and not _COUNTED.match(norm, m.end("x")):
            # "في عامي 2019 و2021": two years, not the span between them
            yield _Cand(m.start("x"), m.end("y1"), str(y1), "year")
            yield _Cand(m.start("y3"), m.end("x"), str(y2), "year")
            return
    if not (y1 < y2 <= y1 + 100 and 1800 <= y1 and y2 <= 2199):
        return
    if not m.group("cue") and m.group("y2") and _PLAN_NAME.search(norm, max(0, m.start("x") - 90), m.start("x")) \
            and not _TIME_PREP_BEFORE.search(norm, max(0, m.start("x") - 12), m.start("x")):
        yield _Cand(m.start("x"), m.end("x"), "", "interval")  # "البرنامج الوطني للماء 2020-2027": a name, blocked
        return
    edge = _FISCAL_EDGE.search(norm, max(0, m.start("x") - 40), m.start("x"))
    if edge:
        # "منذ بداية العام المالي 2025/2026": its start falls in the first year, "نهاية" its end in the second
        year = y1 if edge.group("edge") in _FISCAL_START else y2
        yield _Cand(m.start("x"), m.end("x"), str(year), "year")
        return
    if _FORECAST_FISCAL_YEAR.search(norm, max(0, m.start("x") - 100), m.start("x")):
        yield _Cand(m.start("x"), m.end("x"), "", "interval")  # "توقعاته للنمو في العام المالي 2025/2026": a label
        return
    noun_after = not _YEAR_NOUN.search(m.group("x")) and _NOUN_AFTER_SPAN.match(norm, m.end("x"))
    if _COUNTED.match(norm, m.end("x")) or noun_after:
        return  # "من 2010 إلى 2050 نقطة" is an index, not a span of years
    yield _Cand(m.start("x"), m.end("x"), f"{y1}/{y2}", "interval")


# "البرنامج الوطني للتزويد بالماء الشروب 2020-2027"، "خطة التنمية 2025-2030"، "رؤية المملكة 2016-2030"، "الموازنة
# العامة للأعوام 2024-2026": a plan or a budget is
# named by the years it covers, and the name (a plan noun and up to seven words of it, no punctuation) dates no event.
_PLAN_NAME = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:ال|لل)?(?:برنامج|خطه|رؤيه|استراتيجيه|مخطط|اجنده|مبادره|ميثاق|خارطه|موازنه|ميزانيه)(?!\w)"
    f"(?:{S}[^\\W\\d]+){{0,7}}(?:{S}|{S0}[\"«“]{S0})$"))  # the years may be quoted: خطة التجديد "2026-2028"


# "رفع الصندوق توقعاته لنمو الاقتصاد في العام المالي 2025/2026"، "تقديرات العجز للسنة المالية 2024-2025": the fiscal
# year a forecast, an estimate or a target is made for labels the figure; nothing happened then (up to eight words
# between the noun and the fiscal year, no punctuation).
_FORECAST_FISCAL_YEAR = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:ال)?(?:[يتن]?توقع|توقعت|توقعوا|توقعات|تقدير|تقديرات|تنبؤات|مستهدف|مستهدفات|اسقاطات)(?:ه|ها|هم|هما)?(?!\w)"
    f"(?:{S}[^\\W\\d]+){{0,8}}{S}(?:ل|لل)?(?:العام|السنه){S}(?:المالي|الماليه)(?:{S}{REL_M})?{S}$"))


# The start or the end of a fiscal year written with its two calendar years falls in one of them.
_FISCAL_START = {"مطلع", "بدايه", "اوائل", "مستهل", "انطلاق"}
_FISCAL_EDGE = re.compile(_f(
    f"(?<!\\w)[وفبل]?(?P<edge>{_alt(_FISCAL_START | {'نهايه', 'اواخر', 'ختام'})})"
    f"{S}(?:العام|السنه){S}(?:المالي|الماليه)(?:{S}{REL_M})?{S}$"))


SEASON = r"(?:صيف|شتاء|ربيع|خريف)"


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}|{SEASON}){S}(?:(?:ال)?(?:عام|سنه){S})?|(?P<cue>{YEARWORD}){S}|(?P<prep>{YEAR_PREP}){S}(?:(?P<cue2>{YEARWORD}){S})?)(?P<y>{YEAR}){YSUF})(?!\\d|{S0}[-–/.]{S0}\\d)")
def _year(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """عام 2022 · في 2019 · سنة 1998م · منتصف 2023 (not "حوالي 3000 جندي")."""
    norm = ctx.norm
    y = int(m.group("y"))
    strong = m.group("cue") or m.group("cue2")
    if not strong and not (1900 <= y <= 2100):
        return
    if strong and _NUMBERED_DOCUMENT.search(norm, max(0, m.start() - 40), m.start()):
        yield _Cand(m.start("x"), m.end("x"), "", "year")  # "رقم 194 لسنة 2020": an identifier, blocked
        return
    if strong and norm[m.start():m.start("x")].endswith("ل") \
            and (_LAW_TITLE.search(norm, max(0, m.start() - 60), m.start())
                 or (_EDITION_TITLE.search(norm, max(0, m.start() - 60), m.start())
                     and _DATED_AFTER.match(norm, m.end("x")))):
        return  # "قانون المالية لسنة 2024"، "تصدر تصنيف 2026 في أكتوبر": the year names it, it dates no event
    if strong and norm[m.start():m.start("x")].endswith("ل") \
            and _PLAN_TITLE.search(norm, max(0, m.start() - 60), m.start()):
        yield _Cand(m.start("x"), m.end("x"), "", "year")  # "استراتيجية الشركة لعام 2030": the plan's target, blocked
        return
    if strong and norm[m.start():m.start("x")].endswith("ل") \
            and _COMPARED_BASE.search(norm, max(0, m.start() - 60), m.start()) \
            and not _YEAR_RELATIVE_CLAUSE.match(norm, m.end("x")):
        # "مقارنة بالميزانية المحينة لسنة 2023": a budget or a plan named by its year, the base of a comparison.
        # A year itself compared with ("مقارنة بعام 2023"، "مقارنة بانتخابات عام 2021") is dated: the figure told
        # for it is a fact of that year (unlike "مقارنة بالعام الماضي", a base told relative to now: _rel_year_rule).
        yield _Cand(m.start("x"), m.end("x"), "", "year")
        return
    if not m.group("mod") and _same_period_of(norm, m.start("y")):
        yield _Cand(m.start("x"), m.end("x"), "", "year")  # "بالفترة نفسها من عام 2023": a comparison base, blocked
        return
    if _COUNTED.match(norm, m.end("x")):
        return
    if not strong and not m.group("mod") and _NOUN_AFTER.match(norm, m.end("x")):
        return  # "في 2000 شاحنة": a count after في, not a year
    if m.group("prep") == "من" and not strong and (
            _MORE_THAN.search(norm[max(0, m.start("x") - 12):m.start("x")]) or _TO_NUMBER.match(norm, m.end("x"))):
        return  # "أكثر من 1990 مصاباً", "ارتفع من 1950 إلى 2100 دولار" are counts
    start = m.start("x")
    if m.group("prep") and m.group("prep") not in _SPAN_PREP:
        start = m.start("cue2") if m.group("cue2") else m.start("y")
    yield _Cand(start, m.end("x"), str(y), "year")
    more = _AND_YEAR.match(norm, m.end("x"))
    if more and not _COUNTED.match(norm, more.end()) and int(more.group("y")) > y:
        yield _Cand(more.start("y"), more.end(), more.group("y"), "year")  # "في 2010 و2011"


# A year of history before YEAR's (1500 on), told with its Hijri year: "سقوط بغداد عام 656 هـ/1258 م".
_EARLY_YEAR = r"(?:1[0-4]\d\d|[6-9]\d\d)(?!\d)"
# The Hijri calendar's first day (1 Muharram 1 AH, 16 July 622) as a fraction of a Gregorian year, and its mean year
# (354.367 days) in Gregorian years: where a Hijri year starts, to a few days, with no table (one for any century).
_HIJRA = 622 + 196 / 365.2425
_HIJRI_YEAR_LENGTH = 354.36667 / 365.2425


@_rule(f"{B}{PRE}(?P<x>(?P<cue>(?P<prep>{YEAR_PREP}){S}(?:{YEARWORD}{S})?|{YEARWORD}{S})?(?P<hy>[1-9]\\d{{0,3}}){S0}ه{E}{S0}"
       f"(?:\\({S0}|[-–/]{S0}|(?P<agreeing>الموافق){S}(?:ل{S0})?)(?:{YEARWORD}{S})?(?P<y>{YEAR}|{_EARLY_YEAR})"
       f"(?P<ad>{YSUF})(?:{S0}\\))?)")
def _hijri_year_with_gregorian(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """عام 1437هـ (2016م) · سنة 1420 هـ الموافق 1999م · في 1445هـ/2023م · عام 656 هـ/1258 م · موسم 1445هـ (2024م):
    the Gregorian year the writer gives.

    A Hijri year overlaps two Gregorian ones; the year in brackets must be one of them (or the next, as writers
    round). With no year word or preposition before it ("في موسم 1445هـ (2024م)") both years must be marked, the
    Gregorian one by م or الموافق: "656 هـ/ 1258 زائراً" is no date.
    """
    if not m.group("cue") and not (m.group("ad") or m.group("agreeing")):
        return
    hijri_year, year = int(m.group("hy")), int(m.group("y"))
    starts = _HIJRA + (hijri_year - 1) * _HIJRI_YEAR_LENGTH
    if not int(starts) <= year <= int(starts + _HIJRI_YEAR_LENGTH) + 1:
        return
    start = m.start("x")
    if m.group("prep") and m.group("prep") not in _SPAN_PREP:  # "في عام 1445هـ/2023م": the date without في, as _year
        start = _SPACE_RUN.match(ctx.norm, m.end("prep")).end()
    yield _Cand(start, m.end("x"), f"{year:04d}", "year")  # TIMEX3 writes four digits: 0965


# A year of history before YEAR's (1500 on) told after the event it dates and a year word: "وزلزال عام 1033 الذي
# دمّر أريحا"، "حريق سنة 1666"، "معركة عام 732". Only after a noun of a dated catastrophe or a war, and not a Hijri
# year ("سقوط بغداد عام 656 هـ", read with its Gregorian one by _hijri_year_with_gregorian) nor a count
# ("حرب عام 900 قتيل" cannot be: _COUNTED).
_HISTORIC_EVENTS = ("زلزال", "زلازل", "حرب", "ثوره", "معركه", "حريق", "طاعون", "وباء", "فيضان", "فيضانات", "غزو", "حصار",
                    "سقوط", "مجاعه", "ثوران")
_HISTORIC_EVENT = f"(?:{_alt(_HISTORIC_EVENTS)})"
_HISTORIC_YEAR = r"(?:1[0-4]\d\d|[1-9]\d\d)(?!\d)"
_HIJRI_MARK_AFTER = re.compile(_f(f"{S0}(?:ه{E}|هجري|للهجره)"))


@_rule(f"{B}[وف]?[بلك]?(?:ال)?{_HISTORIC_EVENT}{S}(?P<x>{YEARWORD}{S}(?P<y>{_HISTORIC_YEAR}){YSUF})"
       f"(?!{S0}[-–/.]{S0}\\d)")
def _historic_year(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """وزلزال عام 1033 · حريق سنة 1666م · معركة عام 732: a year before 1500 dating a historic event."""
    if _HIJRI_MARK_AFTER.match(ctx.norm, m.end("y")) or _COUNTED.match(ctx.norm, m.end("x")):
        return
    yield _Cand(m.start("x"), m.end("x"), f"{int(m.group('y')):04d}", "year")  # TIMEX3 writes four digits: 0732


# "القانون رقم 194 لسنة 2020", "القضية 1432 لسنة 2023", "القانون الأساسي عدد 15 لسنة 2019" (the Maghreb
# عدد = رقم): a number of a law, decree or case, whose year is
# part of the identifier, stands right before the year phrase.
_NUMBERED_DOCUMENT = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:ال)?(?:رقم|عدد|قانون|قرار|مرسوم|قضيه|دعوي|جنايه|جنحه|طعن|استئناف|محضر|بلاغ|تعميم|منشور|"
    rf"لايحه|امر|اعلان){S}(?:رقم{S})?\(?{S0}\d+(?:{S0}[/-]{S0}\d+)?{S0}\)?{S}$"))
# "مشروع قانون المالية لسنة 2024", "قانون الموازنة العامة للدولة لعام 2025", "لائحة تنظيم الحج لسنة 2021",
# "تعليمات منح الإجازات لسنة 2019": a law or regulation named with its year (1-4 name words between the
# instrument and لسنة/لعام).
_LAW_TITLE = re.compile(_f(
    rf"(?<!\w)[وفبلك]?(?:ال)?(?:قانون|لايحه|تعليمات|مرسوم|دستور)(?:{S}[^\W\d]+){{1,4}}{S}$"))
# "استراتيجية الشركة لعام 2030"، "خطة التحول الرقمي لسنة 2030": a plan named for the year it aims at (0-4 name
# words after the plan noun, then لعام/لسنة) dates no event; "أطلقت الاستراتيجية عام 2024" (no ل) dates the launch.
# Budgets are left out: "موازنة عام 2025" is the year's money.
_PLAN_TITLE = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:ال|لل)?(?:خطه|رؤيه|استراتيجيه|مخطط|اجنده|خارطه)"
    rf"(?:{S}[^\W\d]+){{0,4}}{S}$"))
# "تصدر المؤسسة تصنيف الجامعات العربية لعام 2026 في أكتوبر المقبل": a yearly ranking or report is named by its
# edition's year (لعام/لسنة, 0-4 name words after the noun), and the month right after it dates its release. Alone,
# "المرتبة 108 في مؤشر مدركات الفساد لعام 2023" the year is the one the figure is for, and stays.
_EDITION_TITLE = re.compile(_f(
    r"(?<!\w)[وفبلك]?(?:ال)?(?:تصنيف|تصنيفات|ترتيب|تقرير|مؤشر|دليل|قايمه|نسخه|طبعه|اصدار)"
    rf"(?:{S}[^\W\d]+){{0,4}}{S}$"))
_DATED_AFTER = re.compile(_f(f"{S}(?:[وف]?(?:في|خلال|مطلع|منتصف|اواخر|نهايه|بدايه|قبل|بحلول){S})?(?:شهر{S})?"
                             f"(?:{MONTH}|{WEEKDAY}|{DAYNUM}{S}{MONTH}){E}"))
_MORE_THAN = re.compile(_f(f"(?<!\\w)[وف]?[بل]?(?:اكثر|اقل|ازيد|يزيد|يقل|اكبر|اصغر|اعلي|ادني|واحد|واحده|عدد|جزء){S}$"))
_TO_NUMBER = re.compile(_f(f"{S0}(?:-|{S}(?:الي|حتي){S}){S0}\\d"))
_AND_YEAR = re.compile(f"{S}و{S0}(?P<y>{YEAR}){YSUF}(?!\\d|[/.-]\\d)")


@_rule(f"{B}{PRE}(?P<x>{WD_PREFIX}(?:(?:يومي|ايام|يوم){S})?(?:(?P<d1>{DAY}){DAYLIST}(?:{S0}[-–—،,]{S0}(?:و{S0})?|{S}(?:و{S0}|الي{S}|حتي{S})))?"
       f"(?P<d>{DAY}){S}(?:من{S})?(?:(?:ال)?شهر{S}(?P<r>{REL_M})|(?P<this>هذا{S}الشهر)"
       f"|(?P<same>نفس{S}الشهر|ذات{S}الشهر|الشهر{S}(?:نفسه|ذاته))"
       f"|(?P<r2>الجاري|الحالي|الماضي|المنصرم|الفايت)){E})")
def _day_of_rel_month(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """في الخامس من الشهر الجاري · يوم 15 الجاري · 25 من الشهر الماضي."""
    pub = ctx.pub
    day = _day_of(m.group("d"))
    first = _day_of(m.group("d1")) if m.group("d1") else 0
    if first and _compound_day(m.group("d1"), ctx.norm[m.end("d1"):m.start("d")], m.group("d")) \
            and not _BETWEEN_BEFORE.search(ctx.norm, max(0, m.start("x") - 8), m.start("x")) \
            and not ctx.norm.startswith(("يومي", "ايام"), m.start("x")):
        # "حتى السادس والعشرين من الشهر الجاري": one compound ordinal, the 26th (but "بين الخامس والعشرين": a span)
        day, first = _day_of(f"{m.group('d1')} و{m.group('d')}"), 0
    if not day or (first and first >= day):
        return
    window = max(0, m.start("x") - 16)
    part = None if first else _PART_OF_MONTH.search(ctx.norm[window:m.start("x")])
    if part is not None:
        # "في النصف الثاني من الشهر ذاته"، "الأسبوع الأول من الشهر المقبل": a part of the month, not its 2nd or 1st day;
        # the month is what is known, as for a named month (_day_month)
        if m.group("same"):
            yield _Cand(window + part.start(), m.end("x"), "SAME-", "month", explicit_year=False)
            return
        if pub is None or (m.group("r2") and not m.group("d")[-1].isdigit()):
            return
        r = m.group("r") or m.group("r2")
        y, mo = _shift_month(pub.year, pub.month, -1 if r in _PAST else 1 if r in _NEXT else 0)
        week = _week_of_month(part.group(), y, mo, day)
        yield _Cand(window + part.start(), m.end("x"), week or f"{y:04d}-{mo:02d}", "week" if week else "month",
                    explicit_year=False)
        return
    if m.group("same"):
        # "الأربعاء 28 من نفس الشهر": the month of the previous date, filled in by _merge_links
        value = f"SAME-{first:02d}/SAME-{day:02d}" if first else f"SAME-{day:02d}"
        yield _Cand(m.start("x"), m.end("x"), value, "interval" if first else "day", explicit_year=False)
        return
    r = m.group("r") or m.group("r2")
    if m.group("r2") and not m.group("d")[-1].isdigit():
        return  # "15 الجاري" is the Egyptian day-of-this-month; ordinal words need "الشهر"
    if pub is None:
        # "في الخامس عشر من الشهر الماضي": the day is told, its month and year are not (as "9 فبراير" gives XXXX-02-09)
        value = f"XXXX-XX-{first:02d}/XXXX-XX-{day:02d}" if first else f"XXXX-XX-{day:02d}"
        yield _Cand(m.start("x"), m.end("x"), value, "interval" if first else "day", explicit_year=False)
        return
    shift = -1 if r in _PAST else 1 if r in _NEXT else 0
    y, mo = _shift_month(pub.year, pub.month, shift)
    if not _valid(y, mo, day):
        return
    if first:
        yield _Cand(m.start("x"), m.end("x"), f"{y:04d}-{mo:02d}-{first:02d}/{y:04d}-{mo:02d}-{day:02d}", "interval",
                    explicit_year=False)
    else:
        yield _Cand(m.start("x"), m.end("x"), f"{y:04d}-{mo:02d}-{day:02d}", "day", explicit_year=False)


# "بعد هزة سُجّلت في السادس منه"، "وانتهى في 20 منه": a day of the month just named (منه: "of it"), in the same
# sentence or the one before; _merge_links fills the month in (_day_of_it), or drops it when no month was named
# there. Only after في/يوم/حتى/منذ: "الفصل الثاني منه" is a part of something else.
_DAY_OF_IT = "OFIT-"
_DAY_OF_IT_BEFORE = re.compile(_f(f"(?<!\\w)[وف]?(?:في|يوم|حتي|منذ){S}$"))


@_rule(f"{B}(?P<x>(?P<d>{DAY}){S}منه){E}")
def _day_of_month_named(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """في السادس منه · يوم 20 منه (the month named just before)."""
    day = _day_of(m.group("d"))
    if day and _DAY_OF_IT_BEFORE.search(ctx.norm, max(0, m.start("x") - 8), m.start("x")):
        yield _Cand(m.start("x"), m.end("x"), f"{_DAY_OF_IT}{day:02d}", "day", explicit_year=False)


# "عطلة نهاية الأسبوع"، "أيام نهاية الأسبوع": the weekend as a kind of day, not the end of a given week.
_WEEKEND_BEFORE = re.compile(_f(f"(?<!\\w)[وفبل]?(?:ال)?(?:عطله|عطلات|ايام){S}$"))


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}){S})?(?:الاسبوع{S}(?P<r>{REL_M}|قبل{S}الماضي){E}|(?P<this>هذا{S}الاسبوع){E}"
       f"|(?<=[^\\S\\n])الاسبوع{E}(?!{S}(?:الذي|التالي|السابق|نفسه|ذاته|الاول|الثاني|الثالث|الرابع|الاخير|الواحد))))")
def _week(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """الأسبوع الماضي/الفائت/المنصرم · هذا الأسبوع · الأسبوع المقبل · مطلع الأسبوع."""
    pub = ctx.pub
    if not (m.group("r") or m.group("this") or m.group("mod")):
        return
    if m.group("mod") and not m.group("r") and not m.group("this") \
            and _WEEKEND_BEFORE.search(ctx.norm, max(0, m.start("x") - 16), m.start("x")):
        return  # "عطلة نهاية الأسبوع": the weekend, any week, not this one
    if m.group("mod") == "نهايه" and not m.group("r") and not m.group("this") \
            and _weekends_in_general(ctx.norm, m.start("x"), m.end("x")):
        return  # "تكتظ الشواطئ في نهاية الأسبوع": at weekends, as a habit
    if pub is None:
        # "شهدت الأحياء الأسبوع الماضي تراكماً": a week is told, which one is unknown without the publication date
        yield _Cand(m.start("x"), m.end("x"), "XXXX-WXX", "week", explicit_year=False)
        return
    r = m.group("r") or ""
    shift = -14 if r.startswith("قبل") else -7 if r in _PAST else 7 if r in _NEXT else 0
    yield _Cand(m.start("x"), m.end("x"), _iso_week(pub + dt.timedelta(days=shift)), "week")


# "تستقبل الشواطئ في نهاية الأسبوع 40 ألف زائر"، "وفي نهاية الأسبوع تكتظ الأسواق": "في نهاية الأسبوع" with a verb
# in the present tells a habit, at weekends, not the end of this week. The verb stands right before "في" (its
# subject may stand between, up to three words) or opens the clause after it. Not a verb of scheduling or a
# forecast ("يصل الوفد في نهاية الأسبوع"، "من المتوقع أن ..."، "سـ"; _future_context), not the weather ("ترتفع درجات
# الحرارة في نهاية الأسبوع" is a forecast) and not a clause with a perfective verb ("بدأ تسجيل المرشحين في نهاية
# الأسبوع"). "نهاية الأسبوع الجاري/المقبل" names its week and is no habit.
_IN_BEFORE = re.compile(f"(?<!\\w)[وف]?في{S}$")
_CLAUSE_OPEN_BEFORE = re.compile(_f(f"(?:^|[،,:؛«“\"]|(?<!\\w)(?:ان|انه|انها|لان|حيث|بينما|فيما))(?:{S0}و)?{S0}$"))
_HABIT_VERB = re.compile(_f(r"[وف]?(?:ي(?!وم|ون|ول|ناير)|تت|ت(?!\w\w\wي\w$)(?!\wا\w\w$))[^\W\d]{3,}$"))  # not تسجيل، تراجع
_WEATHER = re.compile(_f(r"(?<!\w)(?:ال)?(?:طقس|حراره|امطار|ارصاد|الارصاد|توقعات|رياح|اجواء|جو|ثلوج|عواصف)(?!\w)"))
_HABIT_VERB_REACH = 4  # the verb and up to three words of its subject before "في"
_WORD_AFTER = re.compile(f"{S}([^\\s.،,؛:!?؟«»\"“”]+)")


def _weekends_in_general(norm: str, start: int, end: int) -> bool:
    """Say whether "نهاية الأسبوع" at start (no week named after it) is "at weekends", a habit told in the present."""
    before = _IN_BEFORE.search(norm, max(0, start - 6), start)
    if before is None:
        return False
    left = _clause_before(norm, before.start())
    if _WEATHER.search(left) or _WEATHER.search(norm, end, end + 60):
        return False
    opening = _CLAUSE_OPEN_BEFORE.search(left)
    if opening is not None:  # "وفي نهاية الأسبوع تكتظ الأسواق": the verb after it
        after = _WORD_AFTER.match(norm, end)
        verb = after is not None and _HABIT_VERB.match(after.group(1)) is not None
    else:
        words = left.split()[-_HABIT_VERB_REACH:]
        verb = False
        for k in range(len(words) - 1, -1, -1):
            if PAST_CUE.fullmatch(words[k]) or words[k] in _NEW_CLAUSE or any(c.isdigit() for c in words[k]):
                return False
            if _HABIT_VERB.match(words[k]):
                verb = True
                break
        head = max(left.rfind(w) for w in ("«", "“", '"', "،", ","))
        clause = left[head + 1:]
        if verb and PAST_CUE.search(clause):
            return False
    return verb and not _future_context(norm, start) and not _FUTURE_IMPERFECT.search(norm, end, end + 40)


# A time preposition before "الشهر نفسه": "في"، "خلال"، "في وقت سابق من"، "أواخر" (the mod) reads it as a date.
_SAME_MONTH_PREP = re.compile(_f(f"(?<!\\w)(?:[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|طيله|طوال|بحلول)"
                                 f"|(?:في{S})?وقت{S}(?:سابق|لاحق){S}من){S}$"))


# "الشهر نفسه من العام الماضي/السابق"، "الشهر ذاته من عام 2023": the month told before, in an earlier year.
_OF_AN_EARLIER_YEAR = re.compile(_f(
    f"{S}من{S}(?:(?:{YEARWORD}){S}(?:{_alt(_PAST)}|السابق|السابقه|الذي{S}سبقه|التي{S}سبقتها){E}"
    f"|(?:{YEARWORD}{S})?(?P<y>{YEAR}){YSUF})"))
_SAME_MONTH_YEAR_BACK = "PREV"  # the stand-in for "a year before the month told" (_same_month)


# "انطلق الجني منتصف أكتوبر، بدل بداية الشهر كما جرت العادة"، "صُرفت رواتب مارس في نهاية الشهر": "الشهر" with no
# relative word, a month just named before it in the sentence, is that month, not the month of publication.
_MONTH_BACK_REACH = 100


def _month_named_before(norm: str, start: int) -> bool:
    """Say whether a month is named in the sentence before start, at most _MONTH_BACK_REACH characters back.

    Not a name that is also a word ("مارس الضغط"، "تيريزا ماي"): only an unambiguous month name counts.
    """
    left = _clause_before(norm, start)
    return any(_SPACES.sub(" ", found.group()) not in _WORDLIKE_MONTHS | _NEEDS_NUMBER
               for found in _MONTH_RE.finditer(left, max(0, len(left) - _MONTH_BACK_REACH)))


# "ارتفع التضخم إلى 3.5% في أكتوبر مقابل 3.1% في الشهر السابق": the month before the last month named in the same
# sentence (_prior_month); with none named there it is left undated, and as the base of a comparison ("مقارنة بالشهر
# السابق") it dates nothing, as "مقارنة بالعام الماضي". "الشهر السابق للانتخابات" (folded "الشهر السابق الانتخابات")
# is told by an event, not dated.
_PRIOR_MONTH = "PRIOR-MONTH"
_SENTENCE_BREAK = re.compile(r"[.!?؟](?!\d)|\n")


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}){S})?(?:(?P<prior>الشهر{S}السابق){E}(?!{S}(?:ا?ل|علي{E}|عن{E}))|الشهر{S}(?P<r>{REL_M}|قبل{S}الماضي){E}|(?P<this>هذا{S}الشهر){E}|(?P<same>الشهر{S}(?:نفسه|ذاته)|(?:نفس|ذات){S}الشهر){E}"
       f"|(?<=[^\\S\\n])الشهر{E}(?!{S}(?:الذي|التالي|السابق|نفسه|ذاته|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي))))")
def _rel_month(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """هذا الشهر · الشهر الماضي · مطلع الشهر الجاري · نهاية الشهر · في وقت سابق من الشهر ذاته · الشهر السابق."""
    if m.group("prior"):
        if m.group("mod") or not _COMPARED_WITH.search(ctx.norm, max(0, m.start("x") - 16), m.start("x")):
            yield _Cand(m.start("x"), m.end("x"), _PRIOR_MONTH, "month", explicit_year=False)
        return
    if m.group("same"):
        # "خلال الشهر نفسه"، "في وقت سابق من الشهر ذاته": the month told before (_same_month); with no time
        # preposition ("نفس الشهر الذي …" as a subject) it dates nothing. "ارتفع في غشت مقارنة بالشهر ذاته من السنة
        # الماضية": a base of comparison a year back from a month named before it in the sentence is that month's
        # date a year earlier (with no month named there, it stays undated as "مقارنة بالعام الماضي").
        earlier = _OF_AN_EARLIER_YEAR.match(ctx.norm, m.end("x"))
        if m.group("mod") or _SAME_MONTH_PREP.search(ctx.norm, max(0, m.start("x") - 24), m.start("x")) \
                or earlier and _month_named_before(ctx.norm, m.start("x")):
            if earlier:
                # "خلال الشهر ذاته من السنة الماضية": that month a year before the month told ("من عام 2023": of
                # that year)
                back = earlier.group("y") or _SAME_MONTH_YEAR_BACK
                yield _Cand(m.start("x"), earlier.end(), f"SAME-{back}", "month", explicit_year=False)
                return
            yield _Cand(m.start("x"), m.end("x"), "SAME-", "month", explicit_year=False)
        return
    pub = ctx.pub
    r = m.group("r")
    if not (r or m.group("this") or m.group("mod")):
        return
    if not (r or m.group("this")) and _month_named_before(ctx.norm, m.start("x")):
        yield _Cand(m.start("x"), m.end("x"), "SAME-", "month", explicit_year=False)  # filled by _same_month
        return
    if pub is None:
        # "ستطرح الأمانة مطلع الشهر المقبل عطاءً": a month is told, which one is unknown without the publication date
        yield _Cand(m.start("x"), m.end("x"), "XXXX-XX", "month", explicit_year=False)
        return
    shift = -2 if r and r.startswith("قبل") else -1 if r in _PAST else 1 if r in _NEXT else 0
    y, mo = _shift_month(pub.year, pub.month, shift)
    yield _Cand(m.start("x"), m.end("x"), f"{y:04d}-{mo:02d}", "month")


_YREL_P = "(?:(?:الماضيه|الفايته|الفارطه|المنصرمه|الجاريه|الحاليه|المقبله|القادمه))"
# "في نهاية العام الذي سبقه"، "السنة السابقة لها": the year before the year just told, not one counted from publication.
_BEFORE_IT = f"(?:الذي{S}سبقه|السابق{S}له|التي{S}سبقتها|السابقه{S}لها){E}"
_YEAR_BEFORE_IT = "PREV-YEAR"


# "العام" alone is the year of publication only after a period word (مطلع العام، الربع الثالث من العام): elsewhere
# it is an adjective (الأمين العام، الرأي العام). "العام المالي/الدراسي" is another calendar, "العام 2023" a year.
BARE_YEAR = f"(?P<bare>العام){E}(?!{S}(?:المالي|الدراسي|الهجري|نفسه|ذاته|{YEAR}|{_BEFORE_IT}))"


# A relative clause that tells what happened in the year: "مقارنة مع سنة 2024، التي عالج فيها الميناء 10 ملايين
# حاوية" dates that figure, not only the base of a comparison.
_YEAR_RELATIVE_CLAUSE = re.compile(_f(f"{S0}[،,]?{S0}(?:التي|الذي){S}"))
_SAME_YEAR_PREP = re.compile(f"(?<!\\w)[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|طيله|طوال|بحلول){S}$")
_COMPARED_WITH = re.compile(_f(f"(?<!\\w)(?:بال)?(?:مقارنه|قياسا){S}(?:مع{S}|ب|ل|الي{S})$"))
_COMPARED_BASE = re.compile(_f(
    f"(?<!\\w)(?:بال)?(?:مقارنه|قياسا){S}(?:مع{S}|الي{S}|[بل])[^\\W\\d]+(?:{S}[^\\W\\d]+){{0,2}}{S}$"))


# "مقارنة بالفترة نفسها من العام الماضي"، "مقابل 9 آلاف في الفترة ذاتها من عام 2023"، "الشهر نفسه من 2024": the
# same stretch of an earlier year is the base a figure is measured against, not a time anything happened in.
_SAME_PERIOD_OF = re.compile(_f(
    f"(?<!\\w)[وفبل]?(?:ال)?(?:فتره|مده|شهر)(?:{S}(?:نفسها|ذاتها|عينها|نفسه|ذاته|المماثله|المقابله|المناظره))"
    f"{S}من{S}(?:(?:ال)?(?:عام|سنه){S})?$"))
_SAME_PERIOD_REACH = 45


def _same_period_of(norm: str, start: int) -> bool:
    """Say whether the year at start closes "الفترة نفسها من …", the base of a comparison."""
    return _SAME_PERIOD_OF.search(norm, max(0, start - _SAME_PERIOD_REACH), start) is not None


@_rule(f"{B}{PRE}(?P<x>(?:{MOD}{S})?(?:العام|السنه){S}{_BEFORE_IT})")
def _year_before_it(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """"مقابل 112 مليار في نهاية العام الذي سبقه": a stand-in, filled by _year_before_told."""
    yield _Cand(m.start("x"), m.end("x"), _YEAR_BEFORE_IT, "year", explicit_year=False)


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}|{SEASON}){S})?(?:العام{S}(?P<r>{REL_M}|قبل{S}الماضي){E}|السنه{S}(?P<rf>{_YREL_P}|قبل{S}الماضيه){E}|(?P<this>هذا{S}العام|هذه{S}السنه){E}|(?P<same>{SAME_YEAR})|{BARE_YEAR}))")
def _rel_year_rule(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """العام الماضي · هذا العام · العام الجاري · السنة المقبلة · مطلع العام · نهاية العام نفسه."""
    if m.group("same"):
        # "في ذلك العام"، "قبل نهاية العام نفسه": the year told before; alone ("بطل ذلك العام") it dates nothing
        if m.group("mod") or _SAME_YEAR_PREP.search(ctx.norm, max(0, m.start("x") - 12), m.start("x")):
            yield _Cand(m.start("x"), m.end("x"), _SAME_YEAR_TEXT, "year", explicit_year=False)
        return
    pub = ctx.pub
    if pub is None or (m.group("bare") and not m.group("mod")):
        return
    r = m.group("r") or m.group("rf") or ""
    if not m.group("mod") and _COMPARED_WITH.search(ctx.norm, max(0, m.start("x") - 16), m.start("x")):
        return  # "ارتفع الإنتاج مقارنة بالعام الماضي": the base of a comparison, not an event of that year
    if not m.group("mod") and _same_period_of(ctx.norm, m.start("x")):
        return  # "مقارنة بالفترة ذاتها من العام الماضي": the same base
    if r.startswith("قبل"):
        year = pub.year - 2
    else:
        year = _rel_year(r or None, m.group("this") or m.group("bare"), pub)
    if year is not None:
        yield _Cand(m.start("x"), m.end("x"), str(year), "year")


# A season told relative to the publication date: "الصيف الماضي"، "الخريف المقبل"، "الشتاء المنصرم"، the Maghreb
# "الصائفة الماضية". Seasons are the northern (meteorological) ones: spring March–May, summer June–August, autumn
# September–November, winter December–February. "الماضي" is the last one that is over: written during a summer,
# "الصيف الماضي" is a year back (the summer under way is "هذا الصيف"), written in the autumn it is the summer just
# ended. "المقبل" is the next one to start: written during a summer, "الصيف المقبل" is next year's. A season is
# given as its year, as "صيف 2025" is (_year); a winter runs over two years, so it is given as its three months.
_SEASON_START_MONTHS = {"الصيف": 6, "الصايفه": 6, "الشتاء": 12, "الربيع": 3, "الخريف": 9}
_SEASON_PAST = _PAST - {_f("الماضيين"), _f("المنصرمين")}
_SEASON_NEXT = _NEXT - {"المقبلين", "القادمين"}


# "هذا الصيف"، "الصيف الحالي"، "هذه الصائفة": the season of the publication year, under way, to come or just over, as
# "هذا العام" is the year; "هذا الشتاء" is the winter under way, else the nearer one: the winter that ended in the
# first half of the year ("هذا الشتاء" written in April), the one to start in December after it.
_WINTER_OF_LAST_DECEMBER_UNTIL = 6


@_rule(f"{B}{PRE}(?P<x>(?:(?P<mod>{MOD}){S})?(?:(?P<this>هذا|هذه){S})?(?:فصل{S})?"
       f"(?P<season>{_alt(_SEASON_START_MONTHS)})(?:{S}(?P<r>{_alt(_SEASON_PAST | _SEASON_NEXT | _CURRENT)}))?{E})")
def _rel_season(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """الصيف الماضي · الخريف المقبل · نهاية الشتاء الماضي · الصائفة الماضية · هذا الصيف · الشتاء الحالي (against
    the publication date)."""
    pub = ctx.pub
    r = m.group("r")
    this = bool(m.group("this")) or r in _CURRENT
    if pub is None or not (this or r) or (m.group("this") and r):
        # as "العام الماضي": which season is meant depends on the publication date alone; "الصيف" alone is no
        # season to date, nor is "هذا الصيف المقبل"
        return
    if _COMPARED_WITH.search(ctx.norm, max(0, m.start("x") - 16), m.start("x")):
        return  # "ارتفع الطلب مقارنة بالصيف الماضي": the base of a comparison, as "مقارنة بالعام الماضي"
    first_month = _SEASON_START_MONTHS[m.group("season")]
    published = pub.year * 12 + pub.month - 1  # months since year 0
    started = published - (published - (first_month - 1)) % 12  # the latest start of this season, at or before
    if this and first_month == 12:
        start = (pub.year - (pub.month <= _WINTER_OF_LAST_DECEMBER_UNTIL)) * 12 + 11
    elif this:
        start = pub.year * 12 + first_month - 1
    elif r in _SEASON_NEXT:
        start = started + 12
    else:
        start = started - 12 if published - started < 3 else started  # under way: the one before is the last over
    year = start // 12
    if first_month == 12:
        yield _Cand(m.start("x"), m.end("x"), f"{year}-12/{year + 1}-02", "interval", explicit_year=False)
    else:
        yield _Cand(m.start("x"), m.end("x"), str(year), "year", explicit_year=False)


# "قبل يومين", "قبل ثلاثة أسابيع": so long before the publication date ("قبل يومين من الانتخابات" counts
# from another event, so it is not read). "منذ" is read so only for days and weeks right after a past event
# ("وقع الحادث منذ يومين"): "يعاني منذ 3 سنوات", "تواصل البحث منذ يومين" are durations.
_AGO_ONE_OR_TWO = {"يوم": ("day", 1), "يومين": ("day", 2), "اسبوع": ("week", 1), "اسبوعين": ("week", 2),
                   "شهر": ("month", 1), "شهرين": ("month", 2), "عام": ("year", 1), "عامين": ("year", 2),
                   "سنه": ("year", 1), "سنتين": ("year", 2)}
_AGO_PLURALS = {"ايام": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month", "اعوام": "year",
                "سنوات": "year", "سنين": "year"}


# "بإعلام الإدارة قبل عشرة أيام"، "إخطار العمال قبل خمسة أيام": a notice period before whatever it announces.
_NOTICE_BEFORE = re.compile(_f(f"(?<!\\w)[وفبل]?(?:ال)?(?:اعلام|اخطار|اشعار|ابلاغ)(?:{S}[^\\W\\d]+){{0,2}}{S}$"))


_NAMED_BY_EVENT = re.compile(_f(f"{S}ال[^\\W\\d]{{2,}}"))

# Days of the Hijri year known by name: "يوم عرفة" is 9 Dhu al-Hijja, "عاشوراء" 10 Muharram.
_NAMED_HIJRI_DAYS = {
    "عرفه": (12, 9), "الترويه": (12, 8), "النحر": (12, 10), "عيد الاضحي": (12, 10), "عيد النحر": (12, 10),
    "عيد الفطر": (10, 1), "عاشوراء": (1, 10), "المولد النبوي": (3, 12),
}
NAMED_HIJRI_DAY = f"(?:{_alt(_NAMED_HIJRI_DAYS)})"
# What counts the days from it: "بيومين"، "بأسبوع"، "بأربعة أيام"، "بـ5 أيام".
_COUNTED_DAYS = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14}
BY_DAYS = (f"ب{S0}(?:(?P<one>{_alt(_COUNTED_DAYS)})|(?P<n>\\d{{1,2}}|{_alt(_AGO_NUMBERS)}){S}(?P<units>ايام|اسابيع))"
           f"{E}")
# "قبل يوم عرفة"، "قبل يوم تنصيبه بأسبوع": "يوم" before a named day, or before a noun the days are counted from, is
# that day, not one day ago.
_NAMED_DAY_AFTER = re.compile(_f(f"{S}(?:{NAMED_HIJRI_DAY}{E}|[^\\W\\d]+(?:{S}[^\\W\\d]+)?{S}{BY_DAYS})"))


@_rule(f"{B}{PRE}(?P<x>(?P<kw>قبل|منذ){S}(?:(?P<n>\\d{{1,2}}|{_alt(_AGO_NUMBERS)}){S}(?P<units>{_alt(_AGO_PLURALS)})"
       f"|(?P<unit>{_alt(_AGO_ONE_OR_TWO)})(?:{S}فقط)?)){E}(?!{S}(?:من|علي){E})")
def _ago(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """قبل يومين · قبل ثلاثة أسابيع · قبل عامين · وقع منذ يومين (counted back from the publication date)."""
    pub = ctx.pub
    if pub is None:
        return
    if m.group("unit"):
        unit, n = _AGO_ONE_OR_TWO[m.group("unit")]
        if n == 1 and (_NAMED_BY_EVENT.match(ctx.norm, m.end("x"))
                       or unit == "day" and _NAMED_DAY_AFTER.match(ctx.norm, m.end("x"))):
            return  # "قبل يوم الاقتراع"، "قبل عام الجائحة"، "قبل يوم عرفة": the day (year) an event names, not one ago
    else:
        unit = _AGO_PLURALS[m.group("units")]
        n = int(m.group("n")) if m.group("n").isdigit() else _AGO_NUMBERS[m.group("n")]
        if not 3 <= n <= 10:
            return  # "قبل 1 أيام" is not Arabic; past ten, plurals take the singular ("قبل 11 يوماً")
    if _NOTICE_BEFORE.search(ctx.norm, max(0, m.start("x") - 40), m.start("x")):
        return  # "بإعلام الإدارة قبل عشرة أيام": a notice period, not a date
    if m.group("kw") == "منذ" and (unit not in ("day", "week") or not _after_past_event(ctx.norm, m.start("x"))):
        return
    if unit == "day":
        yield _Cand(m.start("x"), m.end("x"), (pub - dt.timedelta(days=n)).isoformat(), "day")
    elif unit == "week":
        yield _Cand(m.start("x"), m.end("x"), _iso_week(pub - dt.timedelta(weeks=n)), "week")
    elif unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        yield _Cand(m.start("x"), m.end("x"), f"{y:04d}-{mo + 1:02d}", "month")
    else:
        yield _Cand(m.start("x"), m.end("x"), str(pub.year - n), "year")


_QUARTERS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}
_HALVES = {"الاول": 1, "الثاني": 2, "الاخير": 2}
# النصف; the Maghreb semester: الأسدوس (Morocco), السداسي (Tunisia, Algeria: also a sextet, so, as النصف, only with a year)
_HALF_WORDS = {"النصف", "الاسدوس", "السداسي"}


# The quarter's months in brackets between it and its year: "الربع الرابع (تشرين الأول - كانون الأول) من العام 2025".
QUARTER_MONTHS = f"(?:{S0}\\({S0}{MONTHX}{S0}[-–—/]{S0}{MONTHX}{S0}\\))"
# A fiscal year across two calendar years: "العام المالي (الجاري) 2025/2026"، "السنة المالية 2024-25".
FISCAL_SPAN = (f"(?:العام|السنه){S}(?:المالي|الماليه)(?:{S}{REL_M})?{S}(?P<fy1>{YEAR}){S0}[/-]{S0}"
               f"(?P<fy2>\\d\\d(?:\\d\\d)?)(?!\\d)")


@_rule(f"{B}{PRE}(?P<x>(?P<kind>الربع|الفصل|النصف|الثلاثي|الاسدوس|السداسي){S}(?P<q>الاول|الثاني|الثالث|الرابع|الاخير){E}"
       f"(?:(?P<qm1>{QUARTER_MONTHS})?{S}(?:(?:من|في){S})?(?:ل)?(?:{FISCAL_SPAN}(?P<qm2>{QUARTER_MONTHS})?"
       f"|(?:{YEARWORD}{S})?(?P<y>{YEAR})|(?:العام|السنه){S}(?P<yr>{REL_M}|{_YREL_P})|(?P<this>هذا{S}العام|هذه{S}السنه)|(?P<same>{SAME_YEAR})|{BARE_YEAR}))?)")
def _quarter(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """الربع الأول من العام الجاري · الربع الأخير من 2023 · الفصل الثالث من عام 2022 · النصف الأول من 2024 (2024-H1).

    الأسدوس الثاني من سنة 2022، السداسي الأول من 2024: the Maghreb half-year.

    الثلاثي الثاني من العام الجاري: the Tunisian and Algerian quarter (الثلاثي = three months).
    """
    norm, pub = ctx.norm, ctx.pub
    if m.group("fy1"):
        # Only the months say which calendar months a fiscal quarter covers; without them the span of the fiscal
        # year (2025/2026, read by _year_range) is what is known.
        if m.group("kind") not in _HALF_WORDS and (months := m.group("qm1") or m.group("qm2")):
            value = _fiscal_quarter(int(m.group("fy1")), m.group("fy2"), _QUARTERS[m.group("q")], months)
            if value:
                yield _Cand(m.start("x"), m.end("x"), value, "quarter")
        return
    if m.group("same"):  # "الربع الأول من العام نفسه": the year told before (_same_year)
        half = m.group("kind") in _HALF_WORDS
        n = _HALVES.get(m.group("q")) if half else _QUARTERS[m.group("q")]
        if n:
            yield _Cand(m.start("x"), m.end("x"), f"{_SAME_YEAR_TEXT}-{'H' if half else 'Q'}{n}",
                        "half" if half else "quarter", explicit_year=False)
        return
    if m.group("kind") in _HALF_WORDS:
        # "النصف الأول" alone is also half of a match or a month: a half-year only with its year written.
        half = _HALVES.get(m.group("q"))
        year = int(m.group("y")) if m.group("y") else None
        this = m.group("this") or m.group("bare")
        if year is None and m.group("bare"):
            year = _year_told_in_sentence(norm, m.start("x"))  # "خلال 2024، وتراجع … في النصف الثاني من العام"
        if year is None and (m.group("yr") or this):
            year = _rel_year(_FEMININE_REL.get(m.group("yr"), m.group("yr")), this, pub)
        if half and year is not None:
            yield _Cand(m.start("x"), m.end("x"), f"{year}-H{half}", "half")
        return
    q = _QUARTERS[m.group("q")]
    if m.group("y"):
        yield _Cand(m.start("x"), m.end("x"), f"{m.group('y')}-Q{q}", "quarter")
        return
    if pub is None:
        return
    if m.group("yr") or m.group("this"):
        r = m.group("yr")
        year = _rel_year(_FEMININE_REL.get(r, r), m.group("this") or m.group("bare"), pub)
        if year is not None:
            yield _Cand(m.start("x"), m.end("x"), f"{year}-Q{q}", "quarter")
        return
    if not m.group("bare") and (year := _earlier_quarter_year(norm, m.start("x"), q)) is not None:
        # "نمو 3,2% خلال الثلاثي الثاني من 2025، مقابل 1,6% في الثلاثي الأول": the earlier quarter of that year
        yield _Cand(m.start("x"), m.end("x"), f"{year}-Q{q}", "quarter")
        return
    if not m.group("bare") and (m.group("kind") in ("الفصل", "الثلاثي")
                                or _FROM_AFTER.match(norm[m.end("x"):m.end("x") + 6])):
        # الفصل الأول is also a school term or a chapter, الثلاثي الأول (the Maghreb quarter) also a trio or a
        # trimester: a quarter only with its year. "الربع الأول من القرن" is no quarter.
        return
    if not m.group("bare") and _in_a_game(norm, m.start("x")):
        return
    if m.group("bare") and (year := _year_told_in_sentence(norm, m.start("x"))) is not None:
        yield _Cand(m.start("x"), m.end("x"), f"{year}-Q{q}", "quarter")  # "نمت في 2023، خاصة في الربع الأخير من العام"
        return
    # As a bare month: the most recent such quarter, or the next one when the clause announces the future.
    # So is "من العام" alone: in a January report of the past year's results, "سجلت في الربع الأخير من العام"
    # is the quarter that just ended, not one still to come.
    cur = (pub.month - 1) // 3 + 1
    if _future_context(norm, m.start("x")) and not _quarter_data_before(norm, m.start("x")):
        year = pub.year if q >= cur else pub.year + 1
    else:
        year = pub.year if q <= cur else pub.year - 1
    yield _Cand(m.start("x"), m.end("x"), f"{year}-Q{q}", "quarter")


# "العام" after a period word, in a sentence that names one year before it and tells no future: that year.
_PLAIN_YEAR = re.compile(f"(?<!\\d)(?P<y>{YEAR})")


def _sentence_start(norm: str, start: int) -> int:
    """Return where the sentence holding start begins: after the last sentence stop in the 250 characters before it."""
    sentence_start = max(0, start - 250)
    if before := _last_match(_SENTENCE_STOP, norm[sentence_start:start]):
        sentence_start += before.end()
    return sentence_start


def _year_told_in_sentence(norm: str, start: int) -> int | None:
    """Return the one year written before start in its sentence, when the clause tells no future, else None."""
    if _future_context(norm, start):
        return None
    sentence_start = _sentence_start(norm, start)
    years = {found.group("y") for found in _PLAIN_YEAR.finditer(norm, sentence_start, start)}
    return int(years.pop()) if len(years) == 1 else None


# A quarter told with its year earlier in the sentence: "خلال الثلاثي الثاني من 2025، مقابل 1,6% في الثلاثي الأول".
_QUARTER_WITH_YEAR = re.compile(_f(
    f"(?<!\\w)[وفبل]?(?:ال)?(?:ربع|فصل|ثلاثي){S}(?P<q>الاول|الثاني|الثالث|الرابع|الاخير){E}{S}"
    f"(?:(?:من|في){S})?(?:{YEARWORD}{S})?(?P<y>{YEAR})"))


def _earlier_quarter_year(norm: str, start: int, q: int) -> int | None:
    """Return the year of a later quarter named with its year before start in the sentence, else None.

    A bare quarter compared with it ("الثلاثي الأول" after "الثلاثي الثاني من 2025") is in the same year; one numbered
    as high or higher may be the year before ("الربع الرابع" after "الربع الأول من 2025"), so it is left alone.
    """
    sentence_start = _sentence_start(norm, start)
    named = _last_match(_QUARTER_WITH_YEAR, norm[sentence_start:start])
    if named is None or _QUARTERS[named.group("q")] <= q:
        return None
    return int(named.group("y"))


# Basketball, American football and water polo are played in quarters: "تأخروا بفارق 9 نقاط مع نهاية الربع الثالث"،
# "حسم اللاعبون المباراة في الربع الأخير". A sentence about a game (a match, a half, throws, players, a margin in
# points that are no percentage points) makes a quarter without a year one of its periods, not three months.
_GAME_WORDS = re.compile(_f(
    f"(?<!\\w)[وفبل]?(?:ال)?(?:مباراه|مباريات|شوط|اشواط|رميه|رميات|لاعب|لاعبين|لاعبو|كره{S}(?:ال)?(?:سله|قدم|يد|ماء))"
    f"(?:ه|ها|هم|هما)?(?!\\w)"
    f"|(?<!\\w)(?:ب|ال|بال)?فارق(?:{S}\\S+){{0,2}}?{S}(?:نقاط|نقطه|نقطتين)(?!{S}(?:مئوي|اساس))"))


def _in_a_game(norm: str, start: int) -> bool:
    """Say whether the sentence holding start tells of a game (_GAME_WORDS)."""
    sentence_start = _sentence_start(norm, start)
    after = _SENTENCE_STOP.search(norm, start, start + 250)
    return _GAME_WORDS.search(norm, sentence_start, after.start() if after else start + 250) is not None


def _fiscal_quarter(first_year: int, second_year: str, quarter: int, months: str) -> str | None:
    """Return the calendar quarter (or months) a fiscal quarter covers, from its months in brackets.

    "الربع الأول من العام المالي 2025/2026 (يوليو - سبتمبر)" is 2025-Q3: the fiscal year starts in July of its first
    year, so a month before July falls in the second year ("الربع الثالث … (يناير - مارس)" is 2026-Q1).
    """
    if int(second_year) % 100 != (first_year + 1) % 100:
        return None  # not a fiscal year running into the next calendar year
    named = [_month_of(found.group()) for found in _MONTH_RE.finditer(months)]
    start, end = named[0], named[-1]
    if (end - start) % 12 != 2:
        return None  # not three months
    fiscal_start = (start - 1 - 3 * (quarter - 1)) % 12 + 1
    year = first_year if start >= fiscal_start else first_year + 1
    if start % 3 == 1:
        return f"{year}-Q{(start - 1) // 3 + 1}"
    end_year = year if end > start else year + 1
    return f"{year}-{start:02d}/{end_year}-{end:02d}"


# The data "for the quarter" ("تصدر الهيئة بيانات الناتج المحلي للربع الثاني الأسبوع المقبل"، "نتائج الربع الثالث")
# are those of a quarter under way or past, even when their release is still to come.
_QUARTER_DATA_BEFORE = re.compile(_f(
    f"(?<!\\w)[وف]?(?:ال)?(?:بيانات|نتائج|ارقام|احصاءات|احصائيات|حسابات|ارباح|ايرادات)(?:{S}\\w+){{0,3}}{S}"
    f"(?:عن{S}|خلال{S}|في{S})?ل?$"))


# "متوقعاً أن تتراجع الأرقام قليلاً في الربع الرابع": figures that are the subject of a verb of change move in the
# quarter, still to come in a forecast; they are no data published for it.
_CHANGE_VERB_BEFORE = re.compile(_f(
    f"(?<!\\w)[وفل]?[يت](?:تراجع|رتفع|نخفض|نمو|نمي|زيد|تحسن|هبط|صعد|قفز|تعافي|تضاعف|تباطا|واصل){S}$"))


def _quarter_data_before(norm: str, start: int) -> bool:
    """Say whether data for the quarter at start (بيانات … للربع الثاني) precede it, not moving figures."""
    window = max(0, start - 80)
    if _EFFECTIVE_FROM.search(norm, max(0, start - 20), start):
        return False  # "ستضغط على الأرباح بدءاً من الربع الثالث": a start, never the period data are for
    found = _QUARTER_DATA_BEFORE.search(norm, window, start)
    return found is not None and not _CHANGE_VERB_BEFORE.search(norm, window, found.start())


# "السنة الماضية" agrees in gender with السنة: the feminine relative words read as the masculine ones.
_FEMININE_REL = {"الماضيه": "الماضي", "الفايته": "الماضي", "الفارطه": "الماضي", "المنصرمه": "الماضي",
                 "الجاريه": "الجاري", "الحاليه": "الجاري", "المقبله": "المقبل", "القادمه": "المقبل"}


_REL_DAYS = {"اليوم": 0, "امس": -1, "بالامس": -1, "الامس": -1, "اول امس": -2, "اول من امس": -2,
             "امس الاول": -2, "غدا": 1, "غد": 1, "الغد": 1, "بعد غد": 2, "الليله الماضيه": -1, "الليله": 0}
_REL_DAY_RE = _alt(_REL_DAYS)


# "اليوم" that is not today: after these words ("صحيفة اليوم" is an outlet's name).
_TODAY_NOT_BEFORE = re.compile(_f(
    f"(?<!\\w)[وف]?[لب]?(?:في|حتي|الي|منذ|ذلك|هذا|لهذا|تلك|هذه|نفس|من|قبل|بعد|صحيفه|جريده|موقع|قناه|برنامج|مجله)"
    f"{S}$"))
# "اليوم" closing an outlet's name: after the outlet's kind or a credit ("صحيفة المصري اليوم"، "وكالة أنباء تركيا
# اليوم"، "كتب: المصري اليوم"), or the outlet a speaker told, before what was said ("في تصريح لبيان اليوم"، "قال
# لروسيا اليوم"، "في مقابلة مع فلسطين اليوم"). The same words name a country or qualify a noun ("يحتفل المغرب
# اليوم"، "استقبل الرئيس المصري اليوم"), which keeps today.
_OUTLET_NAMES = "(?:ال)?(?:مصري|عرب|مغرب|امارات|خليج|جزائر|سودان|عراق|يمن)|فلسطين|ليبيا|تونس|مصر|روسيا|تركيا|بيان|اخبار"
_OUTLET_KIND_BEFORE_TODAY = re.compile(_f(
    rf"(?<!\w)[وفبل]?(?:ل)?(?:صحيفه|جريده|موقع|بوابه|قناه|فضائيه|اذاعه|تلفزيون|شبكه|مجله|منصه|وكاله(?:{S}انباء)?"
    rf"|كتب|بقلم|المصدر|بحسب|حسب|وفق|وفقا)(?:{S0}:)?{S}(?:ل)?(?:{_OUTLET_NAMES}){S}$"))
_TOLD_OUTLET_BEFORE_TODAY = re.compile(_f(
    rf"(?<!\w)[وف]?(?:تصريح|تصريحات|حديث|مقابله|حوار|لقاء|قال|قالت|صرح|صرحت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|"
    rf"كشف|كشفت|افاد|افادت|اشار|اشارت|نقل|نقلت|نقلا)(?!\w)"
    rf"(?:(?!{S}ان(?:ه|ها|هم|هما|هن|ني|نا)?(?!\w))[^.؟!\n]){{0,60}}"  # not past إن/أن: "قال إنه سيتوجه لروسيا اليوم"
    rf"(?<!\w)(?:ل|لل|مع{S}|عن{S})(?:{_OUTLET_NAMES}){S}$"))
# "في وقت سابق من اليوم"، "منذ ساعات الفجر الأولى من اليوم"، "اعتباراً من اليوم": a part of today or a start from it.
_TODAY_PART_BEFORE = re.compile(_f(
    r"(?<!\w)[وفب]?(?:وقت|ساعات|الساعات|ساعه|الساعه|الفجر|فجر|الصباح|المساء|الظهر|الظهيره|العصر|الليل|اعتبارا|ابتداء)"
    rf"(?:{S}[^\W\d]+){{0,2}}{S}من{S}$"))
# "اليوم نفسه/ذاته"، "نفس/ذات اليوم": the day of the closest date told before; _merge_links fills it in (_same_day),
# or drops it when no day was told.
_SAME_DAY = "SAMEDAY"
_SAME_DAY_AFTER = re.compile(f"{S}(?:نفسه|ذاته)(?!\\w)")
_SAME_DAY_BEFORE = re.compile(f"(?<!\\w)(?:نفس|ذات){S}$")
# "اليوم التالي"، "اليوم الوطني"، "اليوم الذي": a definite word after اليوم makes it "the day …". The preposition إلى
# (folded to الي, with or without a pronoun: إليه، إليها) only looks like one: "وصل الوفد اليوم إلى العاصمة" is today.
_TODAY_NOT_AFTER = re.compile(f"{S}(?:ال(?!ي(?:ه|ها|هم|هما|هن|نا|كم?)?(?!\\w))|يوم)|{S0}[”»\"']")
# "أعلنت وزارة الداخلية اليوم النتائج النهائية"، "افتتح الوزير اليوم المعرض": right after a verb of news and its
# subject, a definite noun after "اليوم" is the verb's object and "اليوم" today; a word that describes a day ("اليوم
# الأول"، "اليوم الوطني"، "شهد اليوم الختامي") keeps "the day …".
_NEWS_VERB_AND_SUBJECT_BEFORE = re.compile(f"(?:{PAST_CUE.pattern})(?:{S}[^\\W\\d]+){{0,3}}{S}$")
_DEFINITE_WORD_AFTER = re.compile(f"{S}ال[^\\W\\d]{{2,}}")
_DAY_WORD_AFTER = re.compile(_f(
    f"{S}ال(?:[^\\W\\d]+ي|اول|اخير|اخر|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|سابق|لاحق|موعود|مشهود|"
    f"مفتوح|كامل|واحد|طويل|عصيب|حاسم|كبير|اسود|عظيم|مقبل|قادم|محدد|مقرر|موالي)(?!\\w)"))
# "اليوم" as "nowadays": after a verb of state or becoming, its subject (up to three words) between them ("أصبحت
# المدينة اليوم من أبرز…"، "تعيش السينما العربية اليوم مرحلة…"، "لا يزال اليوم…"), or after a noun it makes
# "today's" ("شباب اليوم"، "عالم اليوم"). A verb of news ("أعلنت الوزارة اليوم") keeps the publication day.
_TODAY_NOWADAYS = re.compile(_f(
    r"(?<!\w)(?:[وف]?(?:(?:ال)?(?:تي|ذي|ذين)[^\S\n]+)?(?:اصبح|اصبحت|اصبحوا|اضحي|اضحت|بات|باتت|باتوا|صار|صارت|صاروا|"
    r"يعيش|تعيش|نعيش|يعيشون|يزال|تزال|يزالون|زال|زالت|زالوا)"
    rf"(?:{S}(?!(?:ال)?(?:تي|ذي|ذين)(?!\w))[^\W\d]+){{0,3}}"  # no relative clause: "الزيارة التي تجري اليوم"
    r"|(?:عالم|شباب|جيل|اجيال|اطفال|مجتمع|مجتمعات|انسان|نساء|رجال|واقع|زمن|عصر|ابناء|مدن|اقتصاد|سياسه|اعلام|صحافه|"
    r"سينما|مسرح|فن|ثقافه|حروب))"
    rf"{S}$"))
# What is needed "today" is what the times call for, told at a clause's opening: "«المطلوب اليوم هو إصلاح
# المنظومة»"، "قال إن ما يحتاجه البلد اليوم هو الاستقرار"، "نحن بحاجة اليوم إلى". "الوثائق المطلوبة اليوم" (an
# adjective after its noun) keeps the publication day.
_NEED_NOW_BEFORE = re.compile(_f(
    f"(?:^|[\n«“\"،,:.!?؟]|(?<!\\w)(?:ان|انه|لان|لكن|بل))(?:{S0}و)?{S0}[وف]?"
    f"(?:المطلوب|المطلوبه|ما{S}[نيت]حتاج(?:ه|ها|ون)?(?:{S}(?!(?:ال)?(?:تي|ذي|ذين)(?!\\w))[^\\W\\d]+){{0,2}}"
    f"|(?:نحن|انا){S}(?:ب|في{S})حاجه){S}$"))

# "قضى/أمضى/بات الليلة": a perfective verb of spending the night (its subject may stand between, up to two words)
# tells of the night just gone, which runs over two dates; "سيقضي الليلة", "يمضي الليلة" keep tonight.
_NIGHT_SPENT_BEFORE = re.compile(_f(
    r"(?<!\w)[وف]?(?:قضي|قضت|قضوا|قضينا|قضيت|امضي|امضت|امضوا|امضينا|امضيت|بات|باتت|باتوا|بتنا)"
    rf"(?:{S}(?!ال?ليله)[^\W\d]+){{0,2}}{S}$"))
# A perfective verb of staying on ("ظلوا في حالة تأهب طيلة الليلة"، "بقيت الطرق مغلقة طوال الليلة") with طيلة/طوال
# tells of the whole night just gone too; "ستظل الفرق في الميدان طوال الليلة" (the future) keeps tonight.
_NIGHT_STAYED_BEFORE = re.compile(_f(
    r"(?<!\w)[وف]?(?:ظل|ظلت|ظلوا|ظللنا|ظللت|بقي|بقيت|بقوا|بقينا|استمر|استمرت|استمروا|استمرينا|مكث|مكثت|مكثوا|"
    r"مكثنا|سهر|سهرت|سهروا|سهرنا|واصل|واصلت|واصلوا|واصلنا)"
    rf"(?:{S}[^\s.،,؛:!?؟«»\"“”]+){{0,6}}?{S}(?:طيله|طوال){S}$"))


# "كان النهر يصب فيه 1.3 مليار متر مكعب، فيما لا يصله اليوم سوى 100 مليون": a past habit (كان + imperfect) set
# against the present by فيما/بينما/في حين makes "اليوم" nowadays. A news verb after the contrast ("فيما أعلنت
# الوزارة اليوم") keeps the publication day.
_CONTRAST_HEAD = re.compile(_f(f"(?<!\\w)(?:فيما|بينما|في{S}حين|لكن|لكنه|لكنها|اما)(?!\\w)"))
# كنا/كنت + imperfect too: a speaker's own past habit ("كنا نكسر 5 كيلوغرامات في اليوم"، "كنت أبيع السمك").
_PAST_HABIT = re.compile(_f(
    f"(?<!\\w)[وف]?(?:(?:كان|كانت|كانوا|كنا|كنت){S}(?:[^\\s.،,]+{S}){{0,3}}?[يتن]|كنت{S}ا(?!ل))[^\\W\\d]{{2,}}"))
# "كنا نكسر 5 كيلوغرامات في اليوم، اليوم لا نجد ما نكسره": after a past habit, "اليوم" opening the next clause (after
# a comma, with و or not) sets the present against it, as فيما does; a news verb right after it ("…، واليوم أعلنت
# الوزارة") keeps the publication day.
_CLAUSE_OPENING = re.compile(f"[،,;؛]{S0}(?:و{S0})?$")
# The imperfect of a verb of news or of an occasion tells what happens today: "…، واليوم نعلن عن إطلاق المشروع".
_NEWS_IMPERFECT = re.compile(_f(
    r"[وف]?[نيتا](?:علن|طلق|فتتح|حتفل|ستقبل|وقع|عقد|لتقي|ودع|دشن|نظم|قدم|صدر|زور|حيي|ختتم|بدا|ضع|كشف|شهد)"
    r"(?:ون|ان)?(?!\w)"))

_SENTENCE_STOP = re.compile(r"[!?؟\n]|\.(?!\d)")


def _then_and_now(norm: str, start: int) -> bool:
    """Say whether "اليوم" at start stands in a clause that sets the present against a past habit told before."""
    left = norm[max(0, start - 250):start]
    if stop := _last_match(_SENTENCE_STOP, left):  # a decimal point ("1.3 مليار") ends no sentence
        left = left[stop.end():]
    contrast = _last_match(_CONTRAST_HEAD, left)
    if contrast is None and _CLAUSE_OPENING.search(left) and _PAST_HABIT.search(left):
        after = _after_today(norm, start)
        return not PAST_CUE.match(norm, after) and not _NEWS_IMPERFECT.match(norm, after)
    return contrast is not None and _PAST_HABIT.search(left, 0, contrast.start()) is not None \
        and PAST_CUE.search(left, contrast.end()) is None


# An era long past named before "اليوم" (a decade, a century, "في الماضي"، "قبل عقود") or a past habit (كان/كنا +
# imperfect) sets the present against it: "كانت واحدة من 30 مصبنة مطلع القرن العشرين، لم يبق منها اليوم سوى
# مصبنتين"، «كنا ننتج في الستينيات 20 طناً. اليوم نبدأ بطنين». Read in the sentence, or in the whole quotation
# when "اليوم" is quoted. The current century ("القرن الحادي والعشرين") is no past era.
_PAST_ERA = re.compile(_f(
    r"(?<!\w)[وفبل]?(?:(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)"
    rf"|القرن{S}(?:الماضي|(?!الحادي)ال[^\W\d]+)|في{S}(?:الماضي|السابق)|سابقا|قديما"
    rf"|قبل{S}(?:عقود|عقدين|عقد|سنوات|سنين|عشرات{S}السنين|قرن|قرون|جيل|اجيال))(?!\w)"))
# Where "اليوم" stands against that era: opening a clause or a sentence (after a comma, a full stop, a colon or the
# quotation mark, with و or not), or after a negated verb of remaining ("لم يبق منها اليوم سوى"، "لم يعد اليوم").
_TODAY_AGAINST_ERA = re.compile(_f(
    rf"(?:[،,;؛.:!؟?«\"“]{S0}(?:و{S0})?"
    rf"|(?<!\w)(?:لم|لا|ما){S}(?:يبق|تبق|يتبق|تتبق|يبقي|تبقي|يتبقي|تتبقي|بقي|بقيت|يعد|تعد|نعد)(?:{S}[^\W\d]+){{0,2}}{S})$"))
_ERA_REACH = 250


def _against_a_past_era(norm: str, start: int) -> bool:
    """Say whether "اليوم" at start sets the present against an era long past told before it (see _PAST_ERA)."""
    left = norm[max(0, start - _ERA_REACH):start]
    quoted = _inside_quotes(norm, start)
    if quoted:
        left = left[max(left.rfind("«"), left.rfind("“"), left.rfind('"')) + 1:]  # the quotation so far
    elif stop := _last_match(_SENTENCE_STOP, left):
        left = left[stop.end():]
    if not _TODAY_AGAINST_ERA.search(left) and not (quoted and left.strip() == ""):
        return False
    if _PAST_ERA.search(left) is None and _PAST_HABIT.search(left) is None:
        return False
    after = _after_today(norm, start)
    return not PAST_CUE.match(norm, after) and (not _NEWS_IMPERFECT.match(norm, after)
                                                or _STARTS_FROM.match(norm, after) is not None)


# "اليوم نبدأ بطنين": to start from a figure tells where one stands now, not an opening held today.
_STARTS_FROM = re.compile(_f(f"[وف]?[نيت]بدا(?:ون|ان)?{S}(?:من{S}|ب)"))


# "تراجع عددها من 50 شركة عام 2019 إلى 46 شركة اليوم": a figure told from a past year to one "today" is nowadays,
# its qualifier too ("من نحو 300 مكتبة عام 1990 إلى قرابة 120 مكتبة اليوم").
_FROM_YEAR_TO_TODAY = re.compile(_f(
    f"(?<!\\w)من{S}[^.\\n]{{0,60}}?(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)[^.\\n]{{0,40}}?"
    f"(?<!\\w)الي{S}(?:[^\\W\\d]+{S}){{0,2}}\\d[\\d.,]*(?:{S}[^\\W\\d]+){{0,2}}{S}$"))
# "«نشتري اليوم بما يصل إلى 180 درهما»"، "«نعاني اليوم من نقص الأدوية»": in quoted speech the present of a verb of
# trade, cost or hardship tells the speaker's present state, not a day's news.
_STATE_IMPERFECT_BEFORE = re.compile(_f(
    rf"(?<!\w)[وف]?(?:لا{S})?[نيت](?:شتري|بيع|باع|دفع|كلف|عاني|حتاج|فتقد|ملك|كسب|تقاضي|جد)(?:ون|ان)?{S}$"))
_SPACE_RUN = re.compile(S0)

# "«المزارع اليوم يدفع ثمن الوقود من جيبه»"، "المواطن اليوم لا يجد دواءه": "اليوم" between a subject opening the
# clause (a definite noun, its adjective after it or not) and a verb in the present is "nowadays": the subject is
# a kind of person (المزارع، المواطن) or the words are quoted speech. A verb of news or of an occasion
# (_NEWS_IMPERFECT: "«الوزارة اليوم تطلق حملة»") or of scheduling (FUTURE: "«المجلس اليوم يناقش الميزانية»")
# keeps the publication day; so does a verb before اليوم ("قال اليوم"، "أعلنت الوزارة اليوم").
_SUBJECT_OPENING_BEFORE = re.compile(_f(
    f"(?:^|[\n«“\"،,:.!?؟]|(?<!\\w)(?:ان|لان|لكن|بل|حيث|بينما|فيما|اما))(?:{S0}و)?{S0}"
    f"[وف]?(?P<subject>ال[^\\W\\d]{{2,}})(?:{S}ال[^\\W\\d]{{2,}})?{S}$"))
_GENERIC_PEOPLE = frozenset(_f(w) for w in (
    "المواطن", "المواطنون", "المواطنين", "المزارع", "المزارعون", "المزارعين", "الفلاح", "الفلاحون", "الفلاحين",
    "المستهلك", "المستهلكون", "التاجر", "التجار", "العامل", "العمال", "الموظف", "الموظفون", "الطالب", "الطلاب",
    "المريض", "المرضى", "الشباب", "الناس", "الاسر", "الاسرة", "المراة", "الصياد", "الصيادون", "السائق",
    "المستثمر", "المتقاعد", "المعلم", "الطبيب", "الاطباء", "الفقير", "الفقراء", "الشارع", "المجتمع"))
_PRESENT_AFTER = re.compile(_f(f"(?:(?:لا|لم|لن|ما){S})?([وف]?[يتن](?!وم)[^\\W\\d]{{2,}})(?!\\w)"))


def _generic_subject_now(norm: str, start: int) -> bool:
    """Say whether "اليوم" at start stands between a clause's opening subject and its present verb, "nowadays"."""
    opening = _SUBJECT_OPENING_BEFORE.search(norm, max(0, start - 40), start)
    if opening is None:
        return False
    after = _after_today(norm, start)
    verb = _PRESENT_AFTER.match(norm, after)
    if verb is None or _NEWS_IMPERFECT.fullmatch(verb.group(1)) or FUTURE.match(norm, verb.start(1)):
        return False
    return opening.group("subject") in _GENERIC_PEOPLE or _inside_quotes(norm, start)


# "لدينا اليوم أكثر من 12 ألف منخرط"، "لديها اليوم 40 فرعاً": what one has "today" and counts is a state, nowadays.
# "ما هو حجم الديون اليوم؟"، "ما هي نسبة البطالة اليوم؟": a question of what something is, ending on اليوم, asks
# about now. "لدينا اليوم اجتماع"، "هل يصل الوزير اليوم؟"، "ما هي الخطوات التي اتخذت اليوم؟" (a relative clause or
# a perfective verb: what was done today) keep the publication day.
_HAVE_BEFORE = re.compile(_f(f"(?<!\\w)[وف]?(?:لدي|لدينا|لديه|لديها|لديهم|عندنا|عندي|عنده|عندها|عندهم){S}$"))
_COUNT_AFTER = re.compile(_f(f"{S}(?:\\d|(?:اكثر|اقل|نحو|حوالي|قرابه|زهاء|ما{S}يزيد){E})"))
_WHAT_IS_QUESTION = re.compile(_f(
    f"(?<!\\w)[وف]?ما{S}(?:هو|هي|هم){S}(?:(?!(?<!\\w)(?:التي|الذي|الذين)(?!\\w))[^.!?؟\\n])*$"))
_QUESTION_MARK_AFTER = re.compile(f"{S0}[?؟]")


def _state_told_today(norm: str, start: int, end: int) -> bool:
    """Say whether "اليوم" at start..end tells a present state: a count one has, or what something is in a question."""
    if _HAVE_BEFORE.search(norm, max(0, start - 12), start) and _COUNT_AFTER.match(norm, end):
        return True
    if _QUESTION_MARK_AFTER.match(norm, end) is None:
        return False
    question = _WHAT_IS_QUESTION.search(norm, max(0, start - 120), start)
    return question is not None and PAST_CUE.search(norm, question.start(), start) is None


def _object_after_today(norm: str, start: int, end: int) -> bool:
    """Say whether the definite noun after "اليوم" (start..end) is the object of a news verb before it."""
    return _DEFINITE_WORD_AFTER.match(norm, end) is not None and _DAY_WORD_AFTER.match(norm, end) is None \
        and _NEWS_VERB_AND_SUBJECT_BEFORE.search(norm, max(0, start - 60), start) is not None


def _after_today(norm: str, start: int) -> int:
    """Return where the word after "اليوم" at start begins."""
    return _SPACE_RUN.match(norm, start + len("اليوم")).end()


_QUOTE_REACH = 400


def _inside_quotes(norm: str, start: int) -> bool:
    """Say whether start stands inside a quotation opened earlier on its line and not closed before it."""
    line = norm[max(0, start - _QUOTE_REACH, norm.rfind("\n", 0, start) + 1):start]
    return line.rfind("«") > line.rfind("»") or line.rfind("“") > line.rfind("”") or line.count('"') % 2 == 1


def _outlet_named_today(norm: str, start: int) -> bool:
    """Say whether the اليوم at start closes an outlet's name ("لروسيا اليوم"; _OUTLET_KIND_BEFORE_TODAY)."""
    before = norm[max(0, start - 40):start]
    return bool(_OUTLET_KIND_BEFORE_TODAY.search(before)
                or _TOLD_OUTLET_BEFORE_TODAY.search(norm, max(0, start - 100), start))


@_rule(f"{B}{PRE}(?P<x>(?:(?P<tod>{TOD}|يوم){S})?(?P<rel>{_REL_DAY_RE}){E}(?:{S0}(?P<open>[(،,])?{S0}(?:يوم{S})?(?P<wd>{WEEKDAY}){E}(?(open){S0}\\)))?)")
def _rel_day(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """اليوم الخميس · أمس · مساء أمس السبت · أول أمس · غداً · صباح اليوم."""
    norm, pub = ctx.norm, ctx.pub
    rel = _SPACES.sub(" ", m.group("rel"))
    if rel == "امس" and norm[m.start("rel") - 1:m.start("rel")] == "ل":
        return  # "بعد أن لامس السعر 4 آلاف دولار": the verb "touched"; yesterday takes no ل (بالأمس، وأمس)
    after = norm[m.end("rel"):m.end("rel") + 20]
    if rel == "اليوم" and not m.group("wd"):
        same_after = _SAME_DAY_AFTER.match(norm, m.end("rel"))
        if same_after or _SAME_DAY_BEFORE.search(norm, max(0, m.start("rel") - 8), m.start("rel")):
            # "صباح اليوم نفسه"، "في ذات اليوم": the day of the date told before (_same_day), not today
            yield _Cand(m.start("x"), same_after.end() if same_after else m.end("rel"), _SAME_DAY, "day",
                        explicit_year=False)
            return
    if not m.group("tod") and not m.group("wd"):
        if rel in ("اليوم", "الليله") and (_TODAY_NOT_BEFORE.search(norm[max(0, m.start("x") - 16):m.start("x")])
                                          and not _TODAY_PART_BEFORE.search(norm, max(0, m.start("x") - 50),
                                                                            m.start("x"))
                                          or _TODAY_NOT_AFTER.match(after)
                                          and not _object_after_today(norm, m.start("x"), m.end("rel"))
                                          or rel == "اليوم" and _outlet_named_today(norm, m.start("x"))):
            return  # "في اليوم التالي", "حتى اليوم", "اليوم الوطني", "صحيفة المصري اليوم": not the publication day
        if rel == "الليله" and _inside_quotes(norm, m.start("x")):
            return  # "«ما نراه الليلة…»": the speaker's night, which the report may tell a day later
        if rel == "الليله" and _NIGHT_SPENT_BEFORE.search(norm, max(0, m.start("x") - 40), m.start("x")):
            return  # "قضت الأسرة الليلة في العراء": the night just spent, across two dates, not tonight
        if rel == "الليله" and _NIGHT_STAYED_BEFORE.search(norm, max(0, m.start("x") - 80), m.start("x")):
            return  # "ظل السكان في الشوارع طيلة الليلة": the night just gone, across two dates, not tonight
        if rel == "اليوم" and (_TODAY_NOWADAYS.search(norm, max(0, m.start("x") - 50), m.start("x"))
                               or _then_and_now(norm, m.start("x")) or _against_a_past_era(norm, m.start("x"))
                               or _FROM_YEAR_TO_TODAY.search(norm, max(0, m.start("x") - 150), m.start("x"))
                               or _STATE_IMPERFECT_BEFORE.search(norm, max(0, m.start("x") - 30), m.start("x"))
                               and _inside_quotes(norm, m.start("x"))
                               or _generic_subject_now(norm, m.start("x"))
                               or _NEED_NOW_BEFORE.search(norm, max(0, m.start("x") - 50), m.start("x"))
                               or _state_told_today(norm, m.start("x"), m.end("x"))):
            return  # "أصبحت المدينة اليوم من أبرز…"، "شباب اليوم": nowadays, not the publication day
        if rel in ("الامس", "الغد", "غد") and not (rel == "الامس" and norm[m.start("x") - 1:m.start("x")] == "ب"):
            return  # "أعداء الأمس", "أجيال الغد": the past and the future, not days
        if rel == "غدا" and "\u064b" not in ctx.body[ctx.raw(m.start("rel")):ctx.raw(m.end("rel") - 1) + 3]:
            return  # "غدا" without tanween is also the verb "became"
    if rel == "غد" and m.group("tod") != "يوم" and not m.group("tod"):
        return
    if pub is None:
        if m.group("wd"):
            yield _Cand(m.start("x"), m.end("x"), f"XXXX-WXX-{_WEEKDAYS[m.group('wd')]}", "weekday",
                        explicit_year=False)
        return
    day = pub + dt.timedelta(days=_REL_DAYS[rel])
    if m.group("wd"):
        # "أمس (الأحد)": the weekday is the surer word. A feed's date may be a day off
        # (time zones, late-night posts); further than that the text is not from that day.
        wd = _WEEKDAYS[m.group("wd")]
        near = [day + dt.timedelta(days=k) for k in (0, -1, 1) if (day + dt.timedelta(days=k)).isoweekday() == wd]
        if not near:  # block the span so the weekday alone is not read either
            yield _Cand(m.start("x"), m.end("x"), "", "day")
            return
        day = near[0]
    yield _Cand(m.start("x"), m.end("x"), day.isoformat(), "day", explicit_year=False, weekday_only=True)


_AND_WEEKDAY = re.compile(f"{S}(?:و|الي{S}|حتي{S})(?:يوم{S})?{WEEKDAY}")
# Words a weekday after them does not date: a town named for its market day (سوق الأحد، سوق الجمعة), a prayer or a
# sermon (صلاة الجمعة), "كلا/هذين الاثنين" (both of them). A preposition may be glued to the word as to any noun:
# "في الملعب البلدي لسوق الأربعاء"، "اشتباك بسوق السبت"، "توجه المصلون لصلاة الجمعة".
_WD_NOT = re.compile(f"(?<!\\w)[وف]?[بلك]?(?:سوق|صلاه|خطبه|صلوات|خطب|كلا|هذين|هذان|الواحد|جمعه|يومي|ايام){S}$")
# A weekday left out of a schedule ("يومياً عدا الثلاثاء"، "ما عدا الجمعة"، "باستثناء يوم السبت") or one that recurs
# ("الأحد من كل أسبوع"، "الجمعة والسبت أسبوعياً") names no day.
_WD_EXCEPT = re.compile(f"(?<!\\w)[وف]?(?:عدا|باستثناء|سوي|خلا)(?:{S}يوم)?{S}$")
# "الأشهر الأحد عشر الأولى"، "اللاعبين الأحد عشر": the number eleven, not Sunday. Eleven stands alone or before a
# definite word, a singular in the accusative (لاعباً) or a noun in construct (أرض الملعب); ten with a counted
# plural after it ("الأحد عشر سفن", Sunday, ten ships) is left to the weekday.
_ELEVEN_AFTER = re.compile(_f(f"{S}عشر(?!\\w)(?!{S}(?!ال)[^\\W\\d]+(?<!ا)(?!\\w)(?!{S}ال))"))
_WD_WEEKLY = re.compile(f"(?:{S}و{S0}(?:يوم{S})?{WEEKDAY})*{S0}[،,]?{S}(?:من{S})?(?:كل{S}اسبوع|اسبوعيا)(?!\\w)")
# The weekly cue may come first: "ثلاث رحلات أسبوعياً أيام الاثنين والأربعاء والسبت"، "أسبوعياً، يومي الأحد والخميس".
# Matched on the text before a weekday, so every weekday of the list is covered.
_WD_WEEKLY_BEFORE = re.compile(f"(?:كل{S}اسبوع|اسبوعيا){S0}[،,]?{S}(?:في{S})?(?:ايام|يومي|يوم){S}"
                               f"(?:{WEEKDAY}{S0}[،,]?{S}(?:و{S0}|ثم{S})?(?:يوم{S})?)*$")
_WD_WEEKLY_REACH = 80


def _weekly_before(norm: str, start: int) -> bool:
    """Return True when a weekly cue heads the list of weekdays that reaches norm[start]."""
    return _WD_WEEKLY_BEFORE.search(norm, max(0, start - _WD_WEEKLY_REACH), start) is not None


# "مباراة الأحد أمام مصر ستكون مختلفة"، "اجتماع الخميس سيحسم الملف": an event named by its weekday and told with a future
# verb a few words on is still to come, though no cue stands before it. Not after بعد/عقب/منذ ("قال عقب مباراة الأحد
# إنه سيرحل": the match is over) nor across a new clause, a punctuation mark or a perfective verb.
_EVENT_NOUN_BEFORE = re.compile(_f(
    f"(?<!\\w)(?<!بعد )(?<!عقب )(?<!منذ )[وف]?[بل]?(?:ال)?(?:مباراه|لقاء|مواجهه|اجتماع|جلسه|قمه|نزال|سباق|"
    f"اقتراع|مسيره|وقفه|حفل|مؤتمر|ندوه|امتحان|مناظره|قرعه){S}$"))
_FUTURE_VERB_AFTER = re.compile(_f(f"((?:{S}[^\\s.،,؛:!?؟«»\"“”]+){{0,4}}?){S}(?:س[يتن]\\w{{2,}}|سوف)(?!\\w)"))


def _event_told_ahead(norm: str, start: int, end: int) -> bool:
    """Say whether the weekday at start..end names an event (مباراة الأحد) that a future verb after it tells of."""
    if not _EVENT_NOUN_BEFORE.search(norm, max(0, start - 20), start):
        return False
    verb = _FUTURE_VERB_AFTER.match(norm, end)
    if verb is None:
        return False
    between = verb.group(1).split()
    return not any(w in _NEW_CLAUSE for w in between) and PAST_CUE.search(verb.group(1)) is None


# "تشكو الأسر من الازدحام صباح الأحد والخميس"، "يقصد الزوار السوق الاثنين والجمعة": weekdays joined by "و" with no
# "يومي" (two set days take the dual), no date or relative word after them and no verb of a past or coming event in
# their clause recur: every Sunday and Thursday. Only where a part of the day is shared by the list ("صباح الأحد
# والخميس") or the clause is told in the present; "ارتفع المؤشر الأحد والخميس" keeps its two days.
_LISTED_WEEKDAY_BEFORE = re.compile(f"(?:(?<!\\w)|(?<=\\sو))(?:(?:{TOD}|يوم){S})?{WEEKDAY}{S}و{S0}(?:يوم{S})?$")
_TOD_BEFORE = re.compile(f"(?<!\\w){TOD}{S}$")
_AND_ONLY_WEEKDAY = re.compile(f"{S}و{S0}(?:يوم{S})?{WEEKDAY}{E}")
_NOT_A_HABIT_BEFORE = re.compile(_f(
    f"(?<!\\w)[وف]?[بل]?(?:يومي|ايام|يوم|بين|من|منذ|حتي|الي|غايه|اليوم|امس|غدا|ليله|ليل){S}(?:{TOD}{S})?$"))
_DATE_OR_REL_AFTER = re.compile(_f(f"{S0}[،,]?{S0}(?:(?:الموافق|المصادف){S})?(?:\\d|{REL_M}{E}|(?:الي|حتي){S})"))
_CLAUSE_OPENER = re.compile(_f(r"[«“\"،,:؛]|(?<!\w)[وف]?(?:ان|انه|انها|انهم|لان|حيث|بينما|فيما|الذي|التي)(?!\w)"))
_TOD_AT = re.compile(_f(f"(?:صباح|مساء|ظهر|عصر|فجر|ظهيره){S}"))  # not ليلة: "ليلة السبت والأحد" is one night
_PRESENT_VERB = re.compile(_f(r"(?<!\w)[وف]?(?:ي(?!وم)|ت)[^\W\d]{3,}(?!\w)"))


def _weekdays_that_recur(norm: str, m: re.Match) -> bool:
    """Say whether the weekday of m stands in a list of weekdays joined by "و" that tells a habit, not days."""
    first, end = m.start("x"), m.end("x")
    while (before := _LISTED_WEEKDAY_BEFORE.search(norm, max(0, first - 30), first)) is not None:
        first = before.start()
    while (more := _AND_ONLY_WEEKDAY.match(norm, end)) is not None:
        end = more.end()
    if (tod := _TOD_BEFORE.search(norm, max(0, first - 12), first)) is not None:
        first = tod.start()  # "صباح الأحد والخميس", the weekday read without the part of the day
    if first == m.start("x") and end == m.end("x"):
        return False  # a weekday on its own
    if _NOT_A_HABIT_BEFORE.search(norm, max(0, first - 20), first) or _DATE_OR_REL_AFTER.match(norm, end):
        return False
    left = _clause_before(norm, first)
    opener = _last_match(_CLAUSE_OPENER, left)
    own = left[opener.end():] if opener is not None else left
    if PAST_CUE.search(own) or _NEGATED_PAST.search(own) or _weekday_ahead(norm, first):
        return False
    return _TOD_AT.match(norm, first) is not None or _PRESENT_VERB.search(own) is not None


# A weekday with a colour or an epithet names a shopping season or an event, not a day to date: "الجمعة البيضاء"،
# "الجمعة السوداء" (Black Friday), "الاثنين الأسود" (a market crash), "الأحد الدامي", "الثلاثاء الكبير".
_NAMED_WEEKDAY_AFTER = re.compile(_f(
    f"{S0}[\"”»]?{S}(?:البيضاء|السوداء|الحمراء|الخضراء|الاسود|الابيض|الاحمر|الاخضر|الدامي|الداميه|العظيمه|"
    f"العظيم|الكبير|الكبري|الحزين|الحزينه){E}"))


@_rule(f"{B}{PRE}(?P<x>(?:(?P<tod>{TOD}){S})?(?:(?P<yawm>يوم){S})?(?P<wd>{WEEKDAY}){E}(?:{S}(?P<r>{REL_M}){E})?)")
def _weekday(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """الأربعاء · يوم الأربعاء · الخميس الماضي · السبت المقبل · مساء الجمعة."""
    norm, pub = ctx.norm, ctx.pub
    wd = _WEEKDAYS[m.group("wd")]
    if _WD_NOT.search(norm[max(0, m.start("x") - 10):m.start("x")]) \
            or _WD_EXCEPT.search(norm[max(0, m.start("x") - 16):m.start("x")]) or _WD_WEEKLY.match(norm, m.end("x")) \
            or _weekly_before(norm, m.start("wd")):
        return
    if m.group("wd") in ("الاثنين", "الاتنين") and (
            _TOGETHER_AFTER.match(norm[m.end("x"):m.end("x") + 6])
            or (_BETWEEN_BEFORE.search(norm[max(0, m.start("x") - 6):m.start("x")])
                and not _AND_WEEKDAY.match(norm, m.end("x")))):
        return  # "الاثنين معاً", "بين الاثنين": the two of them
    if m.group("wd") == "الاحد" and _ELEVEN_AFTER.match(norm, m.end("wd")):
        return  # "خلال الأشهر الأحد عشر الأولى": eleven
    if _NAMED_WEEKDAY_AFTER.match(norm, m.end("wd")):
        return  # "موسم الجمعة البيضاء"، "الاثنين الأسود": a season or an event named by a day, not a day of the week
    if not m.group("r") and _weekdays_that_recur(norm, m):
        return  # "الازدحام صباح الأحد والخميس": Sundays and Thursdays
    r = m.group("r")
    if r in _CURRENT:
        r = None
    if pub is None:
        yield _Cand(m.start("x"), m.end("x"), f"XXXX-WXX-{wd}", "weekday", explicit_year=False,
                    weekday_only=not r)
        return
    back = (pub.isoweekday() - wd) % 7
    if r in _NEXT:
        day = pub + dt.timedelta(days=(wd - pub.isoweekday()) % 7 or 7)
    elif not r and (_weekday_ahead(norm, m.start("x")) or _event_told_ahead(norm, m.start("x"), m.end("x"))):
        said_on = _said_on_weekday(norm, m.start("x"), pub)
        if said_on is not None:  # "أعلنت يوم الأحد الماضي أن منخفضاً سيؤثر … مساء الثلاثاء": the Tuesday after it
            day = said_on + dt.timedelta(days=(wd - said_on.isoweekday()) % 7 or 7)
        else:
            day = pub + dt.timedelta(days=(wd - pub.isoweekday()) % 7)  # "سيزور القاهرة الأربعاء": on or after
    else:
        day = pub - dt.timedelta(days=back or (7 if r in _PAST else 0))
    yield _Cand(m.start("x"), m.end("x"), day.isoformat(), "day", explicit_year=False, weekday_only=not r)


# Reported speech looks ahead from the day it was said: "وكانت الأرصاد قد أعلنت يوم الأحد الماضي أن منخفضاً سيؤثر
# على المملكة اعتباراً من مساء الثلاثاء" is the Tuesday after that Sunday, not the one after the report. The day of
# saying is a past weekday right after a verb of saying (or with الماضي), then أن, in the clause before.
_SAID_ON_WEEKDAY = re.compile(_f(
    f"(?<!\\w)[وف]?(?:قد{S})?(?:اعلن|قال|اكد|ذكر|افاد|اوضح|توقع|حذر|صرح)(?:ت|وا)?{S}(?:[^\\s.،,]+{S}){{0,3}}?"
    f"(?:يوم{S})?(?P<wd>{WEEKDAY})(?:{S}(?P<past>{_alt(_PAST)}))?{S}(?:[^\\s.،,]+{S}){{0,3}}?ان(?!\\w)"))


def _said_on_weekday(norm: str, start: int, pub: dt.date) -> dt.date | None:
    """Return the past day a statement holding the weekday at start was made on, when its clause names it."""
    said = _last_match(_SAID_ON_WEEKDAY, _clause_before(norm, start))
    if said is None:
        return None
    back = (pub.isoweekday() - _WEEKDAYS[said.group("wd")]) % 7 or (7 if said.group("past") else 0)
    return pub - dt.timedelta(days=back) if back else None  # said the day of the report: look ahead from it


# The plural "أيام" before a list of weekdays names the days that recur ("أيام الجمعة والسبت": Fridays and Saturdays);
# a pair of days is told with the dual "يومي", and a relative word after the list ("أيام الخميس والجمعة والسبت
# المقبلة") makes it the coming ones.
_PLURAL_DAYS = re.compile(f"{PRE}ايام{S}")
_REL_AFTER = re.compile(f"{S}{REL_M}{E}")


@_rule(f"{B}{PRE}(?P<x>(?:يومي|ايام){S}(?P<wd1>{WEEKDAY}){S}و{S0}(?:يوم{S})?(?P<wd2>{WEEKDAY}){E}"
       f"(?:{S}(?P<r>{REL_M}){E})?)")
def _weekday_pair(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """يومي الثلاثاء والأربعاء · يومي السبت والأحد المقبلين: two days in a row, as "يومي 18-19 يونيو"."""
    norm, pub = ctx.norm, ctx.pub
    wd1, wd2 = _WEEKDAYS[m.group("wd1")], _WEEKDAYS[m.group("wd2")]
    if _WD_WEEKLY.match(norm, m.end("x")) or _weekly_before(norm, m.start("wd1")):
        return  # "أيام الأحد والثلاثاء من كل أسبوع": days that recur
    if not m.group("r") and _PLURAL_DAYS.match(norm, m.start("x")):
        end = m.end("x")
        while (more := _AND_WEEKDAY.match(norm, end)) is not None:
            end = more.end()
        if not _REL_AFTER.match(norm, end):
            # "تفتح أبوابها للزوار أيام الجمعة والسبت": Fridays and Saturdays (two days are يومي): the whole list is
            # blocked, so no weekday of it is read alone
            yield _Cand(m.start("x"), end, "", "interval")
            return
    gap = (wd2 - wd1) % 7
    if not 1 <= gap <= 2:
        return  # days that far apart are a list, not a span
    if pub is None:
        yield _Cand(m.start("x"), m.end("x"), f"XXXX-WXX-{wd1}/XXXX-WXX-{wd2}", "interval", explicit_year=False)
        return
    yield _weekday_span(m, ctx, wd1, gap)


def _weekday_span(m: re.Match, ctx: _Ctx, wd1: int, gap: int) -> _Cand:
    """Return the interval of days wd1 .. wd1 + gap that a match with a publication date names.

    Resolved as a bare weekday is (_weekday): in the past the first day is on or before the publication
    date; in the future the last one is on or after it, so a span under way ("تعقد يومي الثلاثاء
    والأربعاء" written on the Wednesday) includes the publication day.
    """
    pub, wd2 = ctx.pub, (wd1 + gap - 1) % 7 + 1
    assert pub is not None
    r = m.group("r")
    if r in _NEXT:
        first = pub + dt.timedelta(days=(wd1 - pub.isoweekday()) % 7 or 7)
    elif r in _PAST:
        first = pub - dt.timedelta(days=(pub.isoweekday() - wd1) % 7 or 7)
    elif _weekday_ahead(ctx.norm, m.start("x")):
        first = pub + dt.timedelta(days=(wd2 - pub.isoweekday()) % 7 - gap)
    else:
        first = pub - dt.timedelta(days=(pub.isoweekday() - wd1) % 7)
    last = first + dt.timedelta(days=gap)
    return _Cand(m.start("x"), m.end("x"), f"{first.isoformat()}/{last.isoformat()}", "interval", explicit_year=False,
                 weekday_pair=True)


# "ليلة الاثنين إلى الثلاثاء"، "ليلة السبت على الأحد"، "ليل الأحد-الاثنين": the night from one day to the next runs over
# both dates, so it is their interval (a lone "ليلة الاثنين" stays Monday: it may be the night before or after it).
@_rule(f"{B}{PRE}(?P<x>(?:منتصف{S})?(?:ليله|ليل){S}(?:يوم{S})?(?P<wd1>{WEEKDAY}){S0}"
       f"(?:[-–—/]{S0}|(?:الي|علي){S}|(?<=\\w){S})(?:يوم{S})?(?P<wd2>{WEEKDAY}){E}(?:{S}(?P<r>{REL_M}){E})?)")
def _night_over_two_days(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """ليلة الاثنين إلى الثلاثاء · ليلة السبت على الأحد · ليل الخميس الجمعة الماضية: two days in a row."""
    wd1, wd2 = _WEEKDAYS[m.group("wd1")], _WEEKDAYS[m.group("wd2")]
    if (wd2 - wd1) % 7 != 1:
        return  # not the night from one day to the next: each weekday is read on its own
    if ctx.pub is None:
        yield _Cand(m.start("x"), m.end("x"), f"XXXX-WXX-{wd1}/XXXX-WXX-{wd2}", "interval", explicit_year=False)
        return
    yield _weekday_span(m, ctx, wd1, 1)


HMONTH = f"(?:{_alt(HIJRI_MONTHS)})"


# The first day of a Hijri day range and what joins it to the second: "20-25 رجب"، "من 20 إلى 25 رجب".
HRANGE_FROM = f"(?:(?:(?:الفتره{S}(?:من|بين)|من|بين){S})?(?P<d1>{DAY})(?:{S0}[-–—]{S0}|{S}(?:و{S0}|الي{S}|حتي{S})))"


@_rule(f"{B}{PRE}(?P<x>(?:{HRANGE_FROM}?(?P<d>{DAY}){S}(?:من{S})?(?:شهر{S})?|شهر{S})?(?P<hm>{HMONTH}){E}{S}(?:(?:من{S})?(?:ل)?{YEARWORD}{S})?(?P<hy>1[2-5]\\d\\d)(?!\\d)(?:{S0}ه{E})?)")
def _hijri(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """15 رمضان 1445 هـ · الأول من شوال 1445 · رمضان 1445 (the month as an interval) · 20-25 رجب 1446هـ (days)."""
    if Hijri is None:
        return
    month = HIJRI_MONTHS[_SPACES.sub(" ", m.group("hm"))]
    year = int(m.group("hy"))
    try:
        if m.group("d1"):
            first_day, last_day = _day_of(m.group("d1")), _day_of(m.group("d"))
            if not (first_day and last_day and first_day < last_day):
                return
            a, b = Hijri(year, month, first_day).to_gregorian(), Hijri(year, month, last_day).to_gregorian()
            yield _Cand(m.start("x"), m.end("x"), f"{a.isoformat()}/{b.isoformat()}", "interval",
                        hijri=f"{year:04d}-{month:02d}-{first_day:02d}/{year:04d}-{month:02d}-{last_day:02d}")
        elif m.group("d"):
            day = _day_of(m.group("d"))
            g = Hijri(year, month, day).to_gregorian()
            yield _Cand(m.start("x"), m.end("x"), g.isoformat(), "day", hijri=f"{year:04d}-{month:02d}-{day:02d}")
        else:
            first = Hijri(year, month, 1)
            last = Hijri(year, month, first.month_length()).to_gregorian()
            yield _Cand(m.start("x"), m.end("x"), f"{first.to_gregorian().isoformat()}/{last.isoformat()}",
                        "interval", hijri=f"{year:04d}-{month:02d}")
    except (ValueError, OverflowError):
        return


_HALF_YEAR = dt.timedelta(days=183)


# صفر is also "zero": "فاز الفريق 3 صفر"، "بنتيجة 2 صفر" are scores. Without its year, a day of Safar is a date only
# when "من" or "شهر" comes between, or the word before introduces a date (في، يوم، الموافق، منذ، حتى …) or is a weekday.
_DATE_INTRODUCERS = {_f(w) for w in (
    "في", "يوم", "الموافق", "الموافقة", "بتاريخ", "تاريخ", "منذ", "حتى", "من", "إلى", "مطلع", "منتصف", "أواخر",
    "أوائل", "غرة", "ليلة", "صباح", "مساء", "قبل", "بعد", "حلول", "اعتبارا")} | set(_WEEKDAYS)


def _safar_is_a_date(m: re.Match, norm: str) -> bool:
    between = norm[m.end("d"):m.start("hm")]
    if "من" in between or "شهر" in between:
        return True  # "3 من صفر"، "الثالث من شهر صفر"
    before = norm[max(0, m.start() - 20):m.start()].split()
    word = before[-1] if before else ""
    return word in _DATE_INTRODUCERS or (word[:1] in "وف" and word[1:] in _DATE_INTRODUCERS)


@_rule(f"{B}{PRE}(?P<x>(?P<d>{DAY}){S}(?:من{S})?(?:شهر{S})?(?P<hm>{HMONTH}){E})")
def _hijri_day(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """الثامن من ذي الحجة · 8 ذي الحجة: the nearest such day to the publication date.

    A future clause takes the next one; otherwise the last one on or before the publication date,
    unless that is more than half a year back (news about a Hijri day is about this season).
    Without a publication date the Gregorian day is unknown: no mention. With a year, _hijri wins.
    """
    if Hijri is None or ctx.pub is None:
        return
    if _NAMED.search(ctx.norm[max(0, m.start("x") - 30):m.start("x")]) or _YEARLY.match(ctx.norm, m.end("x")):
        return  # مدينة العاشر من رمضان، حرب العاشر من رمضان، العاشر من محرم من كل عام
    month = HIJRI_MONTHS[_SPACES.sub(" ", m.group("hm"))]
    if month == 2 and not _safar_is_a_date(m, ctx.norm):
        return  # "فاز الفريق 3 صفر": a score
    day = _day_of(m.group("d"))
    if (found := _nearest_hijri_day(ctx, m.start("x"), month, day)) is not None:
        chosen, year = found
        yield _Cand(m.start("x"), m.end("x"), chosen.isoformat(), "day",
                    hijri=f"{year:04d}-{month:02d}-{day:02d}", explicit_year=False)


def _nearest_hijri_day(ctx: _Ctx, start: int, month: int, day: int) -> tuple[dt.date, int] | None:
    """Return the Gregorian day of a yearless Hijri day told at start, and its Hijri year (see _hijri_day)."""
    if Hijri is None or ctx.pub is None:
        return None
    try:
        this_year = Gregorian(ctx.pub.year, ctx.pub.month, ctx.pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return None  # a publication date outside the converter's range (1343–1500 AH)
    days: dict[dt.date, int] = {}
    for year in (this_year - 1, this_year, this_year + 1):
        try:
            days[Hijri(year, month, day).to_gregorian()] = year
        except (ValueError, OverflowError):
            continue
    last = max((d for d in days if d <= ctx.pub), default=None)
    following = min((d for d in days if d >= ctx.pub), default=None)
    if _future_context(ctx.norm, start) or last is None or ctx.pub - last > _HALF_YEAR:
        chosen = following
    else:
        chosen = last
    return None if chosen is None else (chosen, days[chosen])


@_rule(f"{B}{PRE}(?P<x>(?P<kw>قبل|بعد){S}(?:يوم{S})?(?P<named>{NAMED_HIJRI_DAY}){E}{S}{BY_DAYS})")
def _days_from_named_day(m: re.Match, ctx: _Ctx) -> Iterator[_Cand]:
    """قبل يوم عرفة بأربعة أيام · بعد عيد الأضحى بيومين: days counted from a named day of the Hijri year, the one
    nearest the publication date as for "9 ذي الحجة" (_hijri_day)."""
    month, day = _NAMED_HIJRI_DAYS[_SPACES.sub(" ", m.group("named"))]
    if m.group("one"):
        days = _COUNTED_DAYS[m.group("one")]
    else:
        n = int(m.group("n")) if m.group("n").isdigit() else _AGO_NUMBERS[m.group("n")]
        days = n * (7 if m.group("units") == "اسابيع" else 1)
        if not 3 <= n <= 10:
            return  # past ten, plurals take the singular ("بـ11 يوماً")
    if (found := _nearest_hijri_day(ctx, m.start("x"), month, day)) is None:
        return
    named, _ = found
    told = named - dt.timedelta(days=days) if m.group("kw") == "قبل" else named + dt.timedelta(days=days)
    yield _Cand(m.start("x"), m.end("x"), told.isoformat(), "day", explicit_year=False)


# --------------------------------------------------------------------------------------
# Assembly.

# Every match of a rule contains one of its key words (or, for numbers, a match of its key
# regex). One pass over the words finds the keys; each rule is then tried, anchored, only at
# the few word starts just before a key instead of at every position of the text.
_MONTH_WORDS = {k.split()[0] for k in MONTHS}
_HIJRI_WORDS = {k.split()[-1] if k.startswith(("ذو", "ذي")) else k.split()[0] for k in HIJRI_MONTHS}
_DIGIT_SEP_KEY = r"\d[^\S\n]*[-/.]"  # the keys of _numeric_dmy and _numeric_ymd
_YEAR_SEP_KEY = r"\d{4}[-/.]"
# The keys of _hijri_year_with_gregorian: the Gregorian year, or a Hijri year whose Gregorian one is older than
# YEAR's, told by the Hijri mark and a slash, a dash, a bracket or الموافق after it ("656 هـ/1258 م"، "656هـ-1258م"،
# "656هـ (1258م)"، "656 هـ الموافق 1258م").
_HIJRI_MARK_KEY = r"\d[^\S\n]*ه(?:[^\S\n]*[-/(]|[^\S\n]+الموافق)"
_HIJRI_OR_YEAR_KEY = f"{YEAR}|{_HIJRI_MARK_KEY}"
_KEYS: dict[object, set[str] | str] = {
    _day_month: _MONTH_WORDS, _day_range: _MONTH_WORDS, _month: _MONTH_WORDS, _month_range: _MONTH_WORDS,
    _numeric_dmy: _DIGIT_SEP_KEY, _numeric_ymd: _YEAR_SEP_KEY, _year_range: YEAR, _year: YEAR,
    _hijri_year_with_gregorian: _HIJRI_OR_YEAR_KEY, _historic_year: {*_HISTORIC_EVENTS, *("ال" + w for w in _HISTORIC_EVENTS)},
    _day_of_rel_month: {"شهر", "الشهر", *_PAST, *_CURRENT}, _spoken_month: {"شهر"}, _day_of_month_named: {"منه"},
    _week: {"الاسبوع"}, _rel_month: {"الشهر"}, _rel_year_rule: {"العام", "السنه"}, _year_before_it: {"العام", "السنه"},
    _rel_season: set(_SEASON_START_MONTHS),
    _quarter: {"الربع", "الفصل", "النصف", "الثلاثي", "الاسدوس", "السداسي"},
    _rel_day: {"اليوم", "امس", "الامس", "غد", "غدا", "الغد", "الليله"},
    _weekday: set(_WEEKDAYS), _weekday_pair: set(_WEEKDAYS), _night_over_two_days: set(_WEEKDAYS),
    _hijri: _HIJRI_WORDS, _hijri_day: _HIJRI_WORDS, _ago: {"قبل", "منذ"},
    _days_from_named_day: {"قبل", "بعد"},
}
_KEY_IDS: dict[str, tuple[int, ...]] = {}  # word, with or without clitics → the keys it belongs to
_KEYED_RULES: list[tuple[re.Pattern, int | re.Pattern, _Rule]] = []
for _pattern, _fn in _RULES:
    _key = _KEYS[_fn]
    if isinstance(_key, str):
        _KEYED_RULES.append((_pattern, re.compile(_key), _fn))
        continue
    for _w in _key:
        for _clitic in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"):
            _ids = _KEY_IDS.get(_clitic + _w, ())
            if id(_key) not in _ids:
                _KEY_IDS[_clitic + _w] = (*_ids, id(_key))
    _KEYED_RULES.append((_pattern, id(_key), _fn))
_WORDS_BACK = 7  # a date phrase starts at most this many words before its key


def _alternatives(group: str) -> tuple[str, ...]:
    """Return the words of a "(?:a|b c|…)" alternation of literal words (S between the words of one), folded as
    the rule patterns that hold the group are (اوائل → اوايل)."""
    words = [_f(word) for alternative in group.removeprefix("(?:").removesuffix(")").split("|")
             for word in alternative.split(S)]
    assert all(re.fullmatch(r"[^\W\d_]+", word) for word in words), group  # literal words only
    return tuple(words)


# Most key words start their phrase: "في يونيو", "الأسبوع الماضي", "عام 2020". A rule tries the words before its
# first key word in a match only when the word right before that key word can end what its pattern puts before
# the key: the regex tries at the other starts would fail. Per rule: how many words before the key word its
# match may start, and a test of the word right before it. Each follows from the rule's pattern: the words it
# puts before the key, and the last of them (PRE's clitics glue to the first word: endswith allows for them). No
# key of a rule stands in what its pattern puts before the key, so the key word read is the match's first one.
_MOD_WORDS = _alternatives(MOD)
_TOD_WORDS = _alternatives(TOD)
_SEASON_WORDS = _alternatives(SEASON)
_TOURNAMENTS = ("مونديال", "اولمبياد")  # YEAR_PREP ends with a tournament and its host: مونديال روسيا 2018
assert YEAR_PREP.endswith(f"|(?:مونديال|اولمبياد)(?:{S}(?!ال)[^\\W\\d]{{3,}})?)")
_YEAR_PREP_WORDS = _alternatives(YEAR_PREP.split("|(?:مونديال|اولمبياد)")[0].replace("(?:ال)?", "") + ")")
# The last word of DAY: a number (\d is str.isdecimal), or the last word of an ordinal of ORD (كذا عشر، كذا
# والعشرين، الخامس، أول، غرة، فاتح).
_ORDINAL_ENDS = ("عشر", "عشره", "عشرين", "عشرون", "ثلاثين", "ثلاثون", *_UNITS, "اول", "غره", "فاتح")
_Opens = Callable[[list[str], int], bool]  # (words, index of the key word) -> may the match start before it


def _ends_with(*endings: str) -> _Opens:
    return lambda words, n: words[n - 1].endswith(endings)


def _ends_a_day_or(*endings: str) -> _Opens:
    return lambda words, n: words[n - 1][-1].isdecimal() or words[n - 1].endswith(_ORDINAL_ENDS + endings)


def _before_a_year(words: list[str], n: int) -> bool:
    """_year: MOD/SEASON (العام)?, العام, or YEAR_PREP (العام)? before the year; YEAR_PREP's tournament has its host."""
    return words[n - 1].endswith((*_MOD_WORDS, *_SEASON_WORDS, "عام", "سنه", *_YEAR_PREP_WORDS, *_TOURNAMENTS)) \
        or n >= 2 and words[n - 2].endswith(_TOURNAMENTS)


def _before_a_hijri_year_or_its_gregorian(words: list[str], n: int) -> bool:
    """_hijri_year_with_gregorian: its first year key is the Gregorian year, after "1437هـ (", "1437 هـ -", "الموافق
    (لـ)?" and (العام)?; or the Hijri year, a key too when it is 15xx or its mark has a slash or a dash after it,
    after what _year puts before a year."""
    return words[n - 1].endswith(("ه", "الموافق", "ل", "عام")) or _before_a_year(words, n)


_DAY_BEFORE_MONTH = _ends_a_day_or("من", "شهر")
_DAY_BEFORE_HIJRI_MONTH = _ends_a_day_or("من", "شهر", "ذو", "ذي")
_REACH: dict[_Rule, tuple[int, _Opens | None]] = {
    # DAY (من (شهر)?|شهر)? MONTH, after a weekday prefix and "يوم" that can be long
    _day_month: (_WORDS_BACK, _DAY_BEFORE_MONTH),
    _day_range: (_WORDS_BACK, _DAY_BEFORE_MONTH),  # DAY … DAY (من)? (شهر)? MONTH
    _month: (4, _ends_with(*_MOD_WORDS, "شهر", "من")),  # MOD (شهر)?, شهر, or "الأسبوع الأخير من (شهر)?"
    _month_range: (1, _ends_with(*_MOD_WORDS, "بين", "من", "شهري")),
    # the year is the key: a word start (S before it), else "من2019" holds it with its cue
    _year_range: (3, _ends_with("بين", "من", "الفتره", "عامي", "سنتي", "عام", "سنه", "اعوام", "سنوات", "عامين",
                                "سنتين", "موسم")),  # (بين|من|الفترة (من|بين)?)? (عامي …)? YEAR
    _year: (3, _before_a_year),  # the longest: مونديال روسيا عام 2018
    _hijri_year_with_gregorian: (_WORDS_BACK, _before_a_hijri_year_or_its_gregorian),
    _numeric_dmy: (0, None),  # the digits before the separator key open it
    _numeric_ymd: (0, None),
    # DAY (من)? then (ال)?شهر REL, هذا الشهر, نفس/ذات الشهر, الشهر نفسه, or الجاري/الماضي …
    _day_of_rel_month: (_WORDS_BACK, _ends_a_day_or("من", "هذا", "نفس", "ذات")),
    _spoken_month: (1, _ends_with(*_MOD_WORDS)),
    _week: (2, _ends_with(*_MOD_WORDS, "هذا")),  # (MOD)? (هذا)? الأسبوع
    _rel_month: (2, _ends_with(*_MOD_WORDS, "هذا", "نفس", "ذات")),  # (MOD)? (هذا|نفس|ذات)? الشهر
    _rel_year_rule: (2, _ends_with(*_MOD_WORDS, *_SEASON_WORDS, "هذا", "هذه", "نفس", "ذات", "ذلك", "تلك")),
    _rel_season: (3, _ends_with(*_MOD_WORDS, "فصل", "هذا", "هذه")),  # (MOD)? (هذا)? (فصل)? الصيف
    _quarter: (0, None),  # its key word opens it
    # _rel_day keeps the full reach: PRE before its "بالامس" makes words that are no key (لبالامس), found only near
    # another key word.
    _weekday: (3, _ends_with(*_TOD_WORDS, "يوم")),  # (TOD)? (يوم)? WEEKDAY
    _weekday_pair: (1, _ends_with("يومي", "ايام")),
    _night_over_two_days: (3, _ends_with("منتصف", "ليله", "ليل", "يوم")),  # (منتصف)? ليلة (يوم)? WEEKDAY
    # DAY (من)? (شهر)? or شهر before the month, whose key is its second word after ذو/ذي (ذي الحجة)
    _hijri: (_WORDS_BACK, _DAY_BEFORE_HIJRI_MONTH),
    _hijri_day: (_WORDS_BACK, _DAY_BEFORE_HIJRI_MONTH),
    _ago: (0, None),  # قبل/منذ opens it
    _days_from_named_day: (0, None),  # قبل/بعد opens it
}


_WORD = re.compile(r"\w+")


def _words(norm: str) -> tuple[list[str], list[int]]:
    """Return the \\w+ words of norm and their start offsets (then len(norm))."""
    # Fast path: with the usual separators replaced by spaces (same length), a text of word
    # characters and spaces splits on " " in C, far cheaper than a regex step per word. Each
    # piece is a word or "" (between two separators); a piece starts one past the previous end.
    spaced = norm
    for separator in _SEPARATORS:
        if separator in spaced:
            spaced = spaced.replace(separator, " ")
    # isalnum() is \w less "_": anything else left (a rare symbol, "_") takes the regex path.
    if spaced.replace(" ", "").isalnum():
        pieces = spaced.split(" ")
        starts: list[int] = []
        append = starts.append
        position = 0
        for piece in pieces:  # a plain loop beats accumulate(map(...)) here: no per-item wrapper calls
            if piece:
                append(position)
            position += len(piece) + 1
        starts.append(len(norm))  # as the regex path gives: one offset more, the text's end
        return list(filter(None, pieces)), starts
    # split() gives gap, word, gap, word, …, gap: words and offsets without a Python loop per word.
    parts = _WORD_SPLIT.split(norm)
    offsets = list(accumulate(map(len, parts), initial=0))
    return parts[1::2], offsets[1::2]


# Non-word characters common in news text (none is \w): punctuation, quotes, brackets, line breaks.
_SEPARATORS = tuple("\n\t.،,:؛;\"“”«»()[]-–—/!?؟…'‘’%+*•|")
assert not any(re.match(r"\w", ch) for ch in _SEPARATORS)


_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


def _word_keys(words: list[str]) -> dict[int, list[int]]:
    """Return, per key, the indexes of the words that hold it (also behind clitics: وبالأمس)."""
    found: dict[int, list[int]] = {}
    for n in compress(count(), map(_KEY_IDS.__contains__, words)):  # a cheap filter first
        for key in _KEY_IDS[words[n]]:
            found.setdefault(key, []).append(n)
    return found


def _regex_keys(key: re.Pattern, norm: str, starts: list[int],
                known: dict[str, list[int]] | None = None) -> list[int]:
    """Return the indexes of the words that hold a match of a regex key.

    known maps a key's pattern to its match starts when they were found already.
    """
    match_starts = known.get(key.pattern) if known else None
    if match_starts is None:
        match_starts = [k.start() for k in key.finditer(norm)]
    return [bisect.bisect_right(starts, k) - 1 for k in match_starts]


_DATE_SEPARATORS = "-/."  # what ends a match of the two separator keys
_YEAR_KEY = re.compile(YEAR)
assert all(alternative[0] in "12" for alternative in YEAR.removeprefix("(?:").split(")")[0].split("|"))


def _digit_keys(norm: str) -> dict[str, list[int]]:
    """Return the match starts of the regex keys: the two digit-separator keys and the year.

    A year opens with "1" or "2" (YEAR's first character is one of them): str.find finds those few places in C,
    and the year pattern is tried there only, in text order and without overlap as finditer would.
    """
    years: list[int] = []
    end = 0  # where the last year found ends
    for at in sorted(chain(_find_all(norm, "1"), _find_all(norm, "2"))):
        if at >= end and (year := _YEAR_KEY.match(norm, at)):
            years.append(at)
            end = year.end()
    separator_keys = _separator_keys(norm)
    return {**separator_keys, YEAR: years, _HIJRI_OR_YEAR_KEY: years + separator_keys[_HIJRI_MARK_KEY]}


def _separator_keys(norm: str) -> dict[str, list[int]]:
    """Return the match starts of the two digit-separator keys and of the Hijri mark's, from one pass over the
    separators.

    A pattern opening with \\d makes the engine test every character; separators are few, and str.find
    finds them in C. Every match of either key ends on a separator: a digit and horizontal spaces before it, or
    four digits right before it (matches of one key cannot overlap, so each separator gives at most one). A match
    of the Hijri mark's ends on a slash or a dash with "ه" (spaces around it or not) and a digit before it.
    """
    digit_sep: list[int] = []
    year_sep: list[int] = []
    hijri_mark: list[int] = []
    for at in sorted(at for mark in _DATE_SEPARATORS for at in _find_all(norm, mark)):
        if not (at and (norm[at - 1].isdecimal() or norm[at - 1].isspace() or norm[at - 1] == "ه")):
            continue  # after a word: no key ends on it (\d is str.isdecimal, \s str.isspace)
        before = _skip_spaces_back(norm, at - 1)
        if before >= 0 and norm[before].isdecimal():
            digit_sep.append(before)
        elif norm[at] != "." and (year_end := _hijri_year_before(norm, before)) is not None:
            hijri_mark.append(year_end)
        if at >= 4 and norm[at - 4:at].isdecimal():
            year_sep.append(at - 4)
    # The Hijri mark's other endings: a bracket, or الموافق after a space ("656هـ (1258م)"، "656 هـ الموافق 1258م").
    for at in chain(_find_all(norm, "("), _find_all(norm, "الموافق")):
        year_end = _hijri_year_before(norm, _skip_spaces_back(norm, at - 1))
        if year_end is not None and (norm[at] == "(" or norm[at - 1].isspace()):
            hijri_mark.append(year_end)
    hijri_mark.sort()
    return {_DIGIT_SEP_KEY: digit_sep, _YEAR_SEP_KEY: year_sep, _HIJRI_MARK_KEY: hijri_mark}


def _hijri_year_before(norm: str, mark: int) -> int | None:
    """Return a place in the Hijri year's digits when norm[mark] is the Hijri mark "ه" right after them, else None."""
    if mark <= 0 or norm[mark] != "ه":
        return None
    year_end = _skip_spaces_back(norm, mark - 1)
    return year_end if year_end >= 0 and norm[year_end].isdecimal() else None  # the key's word


def _skip_spaces_back(norm: str, at: int) -> int:
    """Return where the last character at or before at that is no horizontal space stands (-1 for none)."""
    while at >= 0 and norm[at] != "\n" and norm[at].isspace():
        at -= 1
    return at


def _find_all(text: str, mark: str) -> Iterator[int]:
    """Yield where mark stands in text, by str.find."""
    at = text.find(mark)
    while at != -1:
        yield at
        at = text.find(mark, at + 1)


def _match_starts(holders: list[int], starts: list[int], words: list[str], reach: int,
                  opens: _Opens | None) -> list[int]:
    """Return the word starts from which a phrase around one of the key words may begin.

    reach is how many words before a key word the phrase may begin; opens, when given, must hold for the word
    right before the key word for the phrase to begin before it (see _REACH).
    """
    out: set[int] = set()
    for n in holders:
        if n and reach and (opens is None or opens(words, n)):
            out.update(starts[max(0, n - reach):n + 1])
        else:
            out.add(starts[n])
    return sorted(out)


_LINK = re.compile(f"^{S0}[،,]?{S0}(?:الموافق|الموافقه|ويوافق|الموافق{S}ل|الموافق{S0}ل){S0}ل?{S0}$")
_WD_DATE_GAP = re.compile(_f(f"^{S0}[،,]?{S0}(?:(?:الموافق|المصادف|الواقع(?:{S}فيه)?){S})?$"))
_HYPHEN = re.compile(f"^{S0}[-–—/]{S0}$")
# The hour or the part of the day an end of a span starts or stops at: "من منتصف نهار اليوم الإثنين إلى غاية
# الساعة التاسعة ليلاً من يوم الأربعاء"، "من الساعة 8 صباحاً من يوم السبت حتى مساء الأحد". The span is of days.
_TIME_OF_DAY = (f"(?:الساعه{S}(?:\\d{{1,2}}(?:[:.]\\d\\d)?|[^\\W\\d]+)(?:{S}و{S0}[^\\W\\d]+)?"
                f"(?:{S}(?:صباحا|مساء|ليلا|ظهرا|عصرا|فجرا))?{S}(?:من{S})?)?"
                f"(?:(?:منتصف|بدايه|نهايه){S}(?:نهار{S})?)?")
_RANGE_GAP = re.compile(
    f"^{S0}[،,]?{S0}(?:[-–—]|(?:و{S0})?(?:الي{S}غايه|الي|حتي|لغايه)(?:{S}{_TIME_OF_DAY})?|و){S0}$")
_LASTED_GAP = re.compile(_f(
    f"^{S0}[،,]?{S0}و{S0}(?:استمر|امتد|تواصل|[يت](?:ستمر|متد|تواصل))(?:ت|وا)?{S}(?:حتي|الي|لغايه){S}$"))
_RANGE_HEAD = re.compile(f"(?<!\\w)[وف]?(?P<w>من|منذ|بين|الفتره{S}من|الفتره{S}بين){S}{_TIME_OF_DAY}$")
_RANGE_HEAD_REACH = 60  # characters back from the first date to "من", an hour between them
# "تنطلق يوم الجمعة 25 أفريل فعاليات المعرض …، وتتواصل إلى غاية الأحد 4 ماي": a start verb before the first date and a
# verb of lasting before the second, in one sentence, tell the two ends of one span however long the words between.
_STARTED_BEFORE = re.compile(_f(
    f"(?<!\\w)[وف]?(?:س?[يت](?:نطلق|بدا|فتتح)|انطلق|بدا|افتتح)(?:ت|وا)?(?!\\w)(?:{S}[^\\W\\d]+){{0,2}}{S}$"))
_LASTED_LONG_GAP = re.compile(_f(
    f"^[^.!?؟\n]{{0,200}}(?<!\\w)و{S0}(?:استمر|امتد|تواصل|[يت](?:ستمر|متد|تواصل))(?:ت|وا)?"
    f"{S}(?:حتي|الي{S}غايه|الي|لغايه){S}$"))


class NormalisedBody(NamedTuple):
    """A body as the date rules read it, computed once and shareable with other stages.

    norm keeps one character for each character of the body that is not a diacritic or tatweel
    (so it has the speakers stage's normalised offsets), folded for matching; words are its \\w+
    runs and word_starts their offsets, followed by len(norm).
    """

    norm: str
    where: _RawOffsets | None  # norm offset -> body offset (where[i]), when characters were dropped
    words: list[str]
    word_starts: list[int]


def normalise_body(body: str) -> NormalisedBody:
    """Return the normalised text and words of body that find_dates matches on."""
    norm, where = _normalise(body)
    return NormalisedBody(norm, where, *_words(norm))


def find_dates(body: str, *, published: dt.date | None = None,
               normalised: NormalisedBody | None = None) -> list[DateMention]:
    """Return the date expressions in body, resolved against the publication date.

    normalised is normalise_body(body) when the caller has it already.
    """
    if not body:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):  # tolerate an ISO string from metadata
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    norm, where, words, word_starts = normalised or normalise_body(body)
    ctx = _Ctx(body, norm, where, published)
    cands: list[_Cand] = []
    if not words:
        return []
    holders = _word_keys(words)
    starts_of: dict[object, list[int]] = {}  # per key and reach, shared by the rules that use them
    digit_keys: dict[str, list[int]] | None = None
    for pattern, key, rule in _KEYED_RULES:
        reach, opens = _REACH.get(rule, (_WORDS_BACK, None))
        starts = starts_of.get((key, reach, opens))
        if starts is None:
            if isinstance(key, int):
                held = holders.get(key, [])
            else:
                if digit_keys is None:
                    digit_keys = _digit_keys(norm)
                held = _regex_keys(key, norm, word_starts, digit_keys)
            starts = starts_of[key, reach, opens] = _match_starts(held, word_starts, words, reach, opens)
        # Anchored tries at the few word starts near a key, not a scan of the whole text;
        # overlapping finds are fine, _select keeps the longest.
        for i in starts:
            m = pattern.match(norm, i)
            if m:
                cands.extend(rule(m, ctx))
    chosen = _select(cands)
    chosen = _merge_links(chosen, norm)
    if chosen and chosen[0].start < _DATELINE_REACH:
        chosen = [c for c in chosen if not _in_dateline(norm, c)]
    chosen = [c for c in chosen if not _in_quoted_title(norm, c)]
    out = []
    for c in chosen:
        start, end = _raw_span(body, where, c.start, c.end)
        if c.value and 0 <= start < end <= len(body):
            out.append(DateMention(start, end, body[start:end], c.value, c.precision, c.hijri))
    return out


# A slogan or a title in quotes after the noun that introduces it: "يرفع المعرض شعار «نقرأ اليوم لنبني الغد»"،
# "تحت عنوان «غداً أجمل»"، "رواية «صيف 1993»". Its words are a name: a date inside it dates nothing.
_TITLE_NOUN_BEFORE = re.compile(_f(
    rf"(?<!\w)[وفبل]?(?:ال)?(?:(?:شعار|شعارات|عنوان|بعنوان)(?:{S}[^\W\d]+)?{S0}:?"
    rf"|(?:اسم|باسم|وسم|هاشتاغ|كتاب|روايه|فيلم|مسرحيه|اغنيه|ديوان|قصيده|مسلسل)(?:{S}[^\W\d]+)?){S0}$"))
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_TITLE_MAX = 150


def _in_quoted_title(norm: str, c: _Cand) -> bool:
    """Say whether c stands inside quotes opened right after a title noun (شعار «…»)."""
    for opening, closing in _QUOTE_PAIRS.items():
        at = norm.rfind(opening, max(0, c.start - _TITLE_MAX), c.start)
        if at == -1 or (closing != opening and norm.find(closing, at + 1, c.start) != -1):
            continue
        end = norm.find(closing, c.end, at + 2 + _TITLE_MAX)
        if end != -1 and "\n" not in norm[at:end] and _TITLE_NOUN_BEFORE.search(norm, max(0, at - 30), at):
            return True
    return False


# A wire dateline opening the text, "القاهرة في 31 يناير 2024 (أ ش أ) -": its date is when the story was
# filed (cleaning reads it as the publication date), not the date of an event the first sentence tells.
_DATELINE_REACH = 300  # the dateline is on one of the first lines
_DATELINE_HEAD = re.compile(rf"^{S0}\w+(?:{S}\w+){{0,2}}{S0}(?:\([^()\n]{{1,30}}\){S0})?"
                            rf"(?:[-–—،,]{S0}(?:في{S})?|{S}في{S})$")
# The credit closing it: "(أ ش أ) -", or between slashes with nothing after, as QNA writes "الدوحة في 18 مارس /قنا/ أحبطت".
_DATELINE_TAIL = re.compile(rf"{S0}(?:\([^()\n]{{1,30}}\){S0}(?:[-–—:]|$)|/[^/\d\n]{{1,20}}/(?!\w)|[-–—:]|$)", re.M)


def _in_dateline(norm: str, c: _Cand) -> bool:
    """Say whether c is the date of a dateline on one of the first lines: "CITY – DATE (AGENCY) -"."""
    if c.start >= _DATELINE_REACH or c.precision not in ("day", "weekday"):
        return False
    line_start = norm.rfind("\n", 0, c.start) + 1
    if sum(1 for line in norm[:line_start].split("\n") if line.strip()) > 2:
        return False  # a title and a byline may stand above the dateline, not a paragraph
    head = _DATELINE_HEAD.match(norm[line_start:c.start])
    tail = _DATELINE_TAIL.match(norm, c.end)
    # after a bare "في" only a credit in brackets closes a dateline ("وقال الوزير في 31 يناير 2024 إن" is a sentence)
    return bool(head and tail and (tail.group().strip()[:1] in ("(", "/") or not head.group().rstrip().endswith("في")))


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidates that do not overlap, in text order."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    starts: list[int] = []  # kept spans, sorted and disjoint: bisect instead of a scan
    kept: list[_Cand] = []
    for c in cands:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


_FRAMED_GAP = re.compile(_f(f"{S0}(?:في{S0})?$"))  # between a year and the date inside it: " " or " في "


def _merge_links(cands: list[_Cand], norm: str) -> list[_Cand]:
    """Join "Hijri الموافق Gregorian" and "من X إلى Y" pairs into one mention."""
    out: list[_Cand] = []
    for c in cands:
        if c.value.startswith("SAME-"):
            c = _same_month(c, out)
            if c is None:
                continue
        if c.value.startswith(_DAY_OF_IT):
            c = _day_of_it(c, out, norm)
            if c is None:
                continue
        if c.value == _PRIOR_MONTH:
            c = _prior_month(c, out, norm)
            if c is None:
                continue
        if c.value == _YEAR_BEFORE_IT:
            c = _year_before_told(c, out, norm)
            if c is None:
                continue
        if c.value == _SAME_DAY:
            c = _same_day(c, out)
            if c is None:
                continue
        if c.value.startswith(_SAME_YEAR_TEXT):
            c = _same_year(c, out)
            if c is None:
                continue
        prev = out[-1] if out else None
        if prev is not None and prev.value and c.value:  # a blocked span joins nothing
            gap = norm[prev.end:c.start]
            if prev.precision == "year" and c.precision in ("day", "month") and not prev.hijri \
                    and c.value.startswith(prev.value + "-") and _FRAMED_GAP.match(gap) \
                    and not any(ch.isdigit() for ch in norm[prev.start:prev.end]):
                # "خلال العام الجاري يوم الخميس 25 ديسمبر": a year word frames the date that follows: one
                # mention ("عام 2020 في 29 فبراير" keeps the year written out as its own)
                out[-1] = _Cand(prev.start, c.end, c.value, c.precision, c.hijri, c.explicit_year, c.weekday_only)
                continue
            if prev.hijri and not c.hijri and c.precision == "day" and _LINK.match(gap):
                out[-1] = _Cand(prev.start, c.end, _linked_gregorian(c, prev), "day", prev.hijri)
                _weekday_before_linked_date(out, norm)
                continue
            if (c.hijri and not prev.hijri and prev.precision == "day" and _LINK.match(gap)):
                out[-1] = _Cand(prev.start, c.end, _linked_gregorian(prev, c), "day", c.hijri)
                _weekday_before_linked_date(out, norm)
                continue
            if prev.weekday_only and c.precision == "day" and not c.explicit_year and not c.weekday_only \
                    and _WD_DATE_GAP.match(gap) \
                    and _same_weekday(prev.value, c.value):
                # "هذا العام الخميس 9 ذي الحجة": the weekday (and the year framing it) names the date after it
                out[-1] = _Cand(prev.start, c.end, c.value, "day", c.hijri, False)
                continue
            if (prev.precision == c.precision == "day" and _HYPHEN.match(gap)
                    and "X" not in prev.value + c.value and prev.value < c.value):
                # "ليل الأحد-الاثنين": one night over two days
                out[-1] = _Cand(prev.start, c.end, f"{prev.value}/{c.value}", "interval")
                continue
            if prev.weekday_pair and c.precision == "interval" and _WD_DATE_GAP.match(gap) \
                    and _same_weekdays(prev.value, c.value):
                # "يومي الاثنين والثلاثاء 1 و2 ديسمبر": the two weekdays name the days written after them, as "الخميس
                # 29 أكتوبر" names its date; read alone they would be the Monday and Tuesday nearest the report
                out[-1] = _Cand(prev.start, c.end, c.value, "interval", c.hijri, c.explicit_year)
                continue
            if prev.weekday_only and c.precision == "interval" and len(out) >= 2 and out[-2].weekday_only \
                    and _WEEKDAYS_AND_GAP.match(norm, out[-2].end, prev.start) and _WD_DATE_GAP.match(gap) \
                    and _same_weekdays(f"{out[-2].value}/{prev.value}", c.value):
                # "الاثنين والثلاثاء 1 و2 ديسمبر": two bare weekdays name the days after them as "يومي" pairs do
                out[-2:] = [_Cand(out[-2].start, c.end, c.value, "interval", c.hijri, c.explicit_year)]
                continue
            if prev.weekday_only and c.precision == "day" and c.explicit_year and _WD_DATE_GAP.match(gap):
                # "الأحد 01-11-2015": the weekday names the date that follows
                out[-1] = _Cand(prev.start, c.end, c.value, "day", c.hijri, c.explicit_year)
                continue
            if _two_days_from_today(prev, c, gap, norm):
                # "تعليق الدراسة اليوم وغداً الثلاثاء"، "أمس واليوم": two days in a row told from today, one span
                out[-1] = _Cand(prev.start, c.end, f"{prev.value}/{c.value}", "interval", explicit_year=False)
                continue
            short = _LASTED_GAP.match(gap)
            lasted = short or (
                _LASTED_LONG_GAP.match(gap) and _STARTED_BEFORE.search(norm, max(0, prev.start - 40), prev.start))
            if (prev.precision == c.precision and prev.precision in ("day", "month") and lasted
                    and "X" not in prev.value + c.value):
                # "انطلقت في 28 يونيو واستمرت حتى 17 يوليو": the start and the end of one span; an end written
                # without its year follows the start ("في 28 ديسمبر 2024 واستمرت حتى 3 يناير")
                end = c.value
                if prev.explicit_year and not c.explicit_year:
                    end = prev.value[:4] + end[4:]
                    if end <= prev.value:
                        end = f"{int(prev.value[:4]) + 1:04d}{end[4:]}"
                if prev.value < end:
                    # Over a long gap the span stays on the start date: one mention over the words between would
                    # swallow the figures they state ("بمشاركة 312 دار نشر").
                    out[-1] = _Cand(prev.start, c.end if short else prev.end, f"{prev.value}/{end}", "interval",
                                    explicit_year=prev.explicit_year or c.explicit_year)
                    continue
            window = max(0, prev.start - _RANGE_HEAD_REACH)
            head = _RANGE_HEAD.search(norm[window:prev.start])
            # "منذ مطلع العام الجاري وحتى نهاية سبتمبر الماضي": a year meeting a month is read in months (2025-01/2025-09)
            a, b = _common_precision(prev, c)
            if (head and a and prev.precision in ("day", "month", "year")
                    and _RANGE_GAP.match(gap) and ((head.group("w").endswith("بين")) == (gap.strip() == "و"))):
                if not prev.explicit_year and c.explicit_year and a[:4] != b[:4] and "X" not in b:
                    a = b[:4] + a[4:]  # "من 28 فبراير إلى 2 مارس 2024": the year is written once
                if prev.precision == "day" and not (prev.explicit_year or c.explicit_year) and "X" not in a + b:
                    # "من الأحد إلى الخميس": the end is the first such day after the start
                    start_day, end_day = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
                    if end_day <= start_day:
                        end_day += dt.timedelta(days=7 * ((start_day - end_day).days // 7 + 1))
                    b = end_day.isoformat()
                if a < b:
                    out[-1] = _Cand(window + head.start("w"), c.end, f"{a}/{b}", "interval",
                                    explicit_year=c.explicit_year)
                    continue
            c = _listed_month_year(prev, c, norm)
        out.append(c)
    return out


# Today and the day next to it, each told from today: "اليوم وغداً الثلاثاء"، "أمس واليوم". Not a pair without today
# ("غداً الخميس وبعد غد" stays two days, as the corpus's gold has it).
_TODAY_AT = re.compile(_f(f"(?:(?:{TOD}|يوم){S})?اليوم{E}"))
_NEXT_TO_TODAY_AT = re.compile(_f(f"(?:(?:{TOD}|يوم){S})?(?:امس|غدا){E}"))
_AND_BETWEEN = re.compile(f"^{S}و{S0}$")


def _two_days_from_today(prev: _Cand, c: _Cand, gap: str, norm: str) -> bool:
    """Say whether prev and c are today and yesterday or tomorrow, joined by "و", the second the day after."""
    if prev.precision != "day" or c.precision != "day" or not _AND_BETWEEN.match(gap):
        return False
    if not (_NEXT_TO_TODAY_AT.match(norm, prev.start) and _TODAY_AT.match(norm, c.start)
            or _TODAY_AT.match(norm, prev.start) and _NEXT_TO_TODAY_AT.match(norm, c.start)):
        return False
    try:
        return dt.date.fromisoformat(c.value) - dt.date.fromisoformat(prev.value) == dt.timedelta(days=1)
    except ValueError:  # an unknown year: XXXX-WXX-2
        return False


_LIST_GAP = re.compile(f"{S0}(?:[،,]{S0}(?:و{S0})?|و{S0})")


def _listed_month_year(prev: _Cand, c: _Cand, norm: str) -> _Cand:
    """Give a bare month listed right after another month the year that month has.

    Months listed together run on in the calendar from the first: "ظهوره بات موسمياً في تموز وآب" (written on 24
    July) is this July and this August, not this July and last August, as each read alone by the publication
    date would be; "في يونيو 2024 وسبتمبر" is September 2024; "في نوفمبر وديسمبر ويناير" crosses into the next
    year at January. A month with a word or a year of its own ("في يناير ومارس الماضي") keeps its reading.
    """
    if prev.precision != "month" or c.precision != "month" or c.explicit_year \
            or not _LIST_GAP.fullmatch(norm[prev.end:c.start]) or not _MONTH_RE.fullmatch(norm[c.start:c.end]):
        return c
    before, this = _YEAR_MONTH.fullmatch(prev.value), _YEAR_MONTH.fullmatch(c.value)
    if before is None or this is None or "X" in before.group(1) + this.group(1):
        return c
    year = int(before.group(1)) + (int(this.group(2)) < int(before.group(2)))
    return replace(c, value=f"{year:04d}-{this.group(2)}")


def _linked_gregorian(gregorian: _Cand, hijri: _Cand) -> str:
    """Return the Gregorian day of "Hijri الموافق Gregorian" (either order).

    A Gregorian day written without its year falls in the year that puts it nearest the day the Hijri date
    converts to ("9 ذي الحجة الموافق 5 يونيو" is the coming June when that Dhu al-Hijja is ahead): the two
    name one day, at most a day or two apart by moon sighting.
    """
    if gregorian.explicit_year or "X" in gregorian.value + hijri.value or "/" in hijri.value:
        return gregorian.value
    try:
        told, converted = dt.date.fromisoformat(gregorian.value), dt.date.fromisoformat(hijri.value)
    except ValueError:
        return gregorian.value
    years = [converted.year + k for k in (-1, 0, 1)]
    days = [d for d in (_replace_year(told, y) for y in years) if d is not None]
    return min(days, key=lambda d: abs(d - converted)).isoformat() if days else gregorian.value


def _replace_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February


def _weekday_before_linked_date(out: list[_Cand], norm: str) -> None:
    """Fold a bare weekday right before the Hijri and Gregorian date just linked (out[-1]) into it.

    "يغلق التسجيل يوم الخميس 17 جمادى الأولى الموافق 29 أكتوبر": the weekday names the linked date, as it names a
    Gregorian date after it ("الخميس 29 أكتوبر"); read alone it would be another Thursday. Only when it falls on
    that day of the week.
    """
    if len(out) < 2:
        return
    weekday, linked = out[-2], out[-1]
    if weekday.weekday_only and _WD_DATE_GAP.match(norm[weekday.end:linked.start]) \
            and _same_weekday(weekday.value, linked.value):
        out[-2:] = [_Cand(weekday.start, linked.end, linked.value, "day", linked.hijri, linked.explicit_year)]


def _same_weekday(weekday_value: str, date_value: str) -> bool:
    """Say whether two resolved days fall on the same day of the week."""
    try:
        return dt.date.fromisoformat(weekday_value).isoweekday() == dt.date.fromisoformat(date_value).isoweekday()
    except ValueError:
        return False


_WEEKDAYS_AND_GAP = re.compile(f"{S0}(?:و{S0})?$")  # between two weekdays: "الاثنين والثلاثاء" (its و may open the second)


def _same_weekdays(pair_value: str, days_value: str) -> bool:
    """Say whether two resolved intervals run over the same days of the week (Monday to Tuesday and 1-2 December)."""
    pair, days = pair_value.split("/"), days_value.split("/")
    return len(pair) == len(days) == 2 and all(_same_weekday(a, b) for a, b in zip(pair, days))


def _common_precision(start: _Cand, end: _Cand) -> tuple[str, str]:
    """Return the values of two ends of a span in one precision, or ("", "") when they have none.

    A year meeting a month is lifted to its first month at the start and its last at the end.
    """
    if start.precision == end.precision:
        return start.value, end.value
    if {start.precision, end.precision} == {"year", "month"} and "X" not in start.value + end.value:
        a = f"{start.value}-01" if start.precision == "year" else start.value
        b = f"{end.value}-12" if end.precision == "year" else end.value
        return a, b
    return "", ""


def _same_month(c: _Cand, before: list[_Cand]) -> _Cand | None:
    """Fill "28 من الشهر نفسه" with the year and month of the closest earlier dated mention."""
    for p in reversed(before):
        ym = _YEAR_MONTH.match(p.value.split("/")[-1])
        if ym and p.precision in ("day", "month", "interval") and c.precision == "month":
            year = c.value[len("SAME-"):] or ym.group(1)
            if year == _SAME_MONTH_YEAR_BACK:
                year = f"{int(ym.group(1)) - 1:04d}" if ym.group(1).isdigit() else "XXXX"
            return _Cand(c.start, c.end, f"{year}-{ym.group(2)}", "month", explicit_year=p.explicit_year)
        if ym and p.precision in ("day", "month", "interval"):
            prefix = f"{ym.group(1)}-{ym.group(2)}-"
            value = c.value.replace("SAME-", prefix)
            days = [int(v[-2:]) for v in value.split("/")]
            if ym.group(1) != "XXXX" and not all(_valid(int(ym.group(1)), int(ym.group(2)), d) for d in days):
                return None
            return _Cand(c.start, c.end, value, c.precision, explicit_year=p.explicit_year)
    return None


def _day_of_it(c: _Cand, before: list[_Cand], norm: str) -> _Cand | None:
    """Fill "في السادس منه" with the month of the closest earlier date that has one, told in the same sentence or
    the one before; None when there is none."""
    for p in reversed(before):
        ym = _YEAR_MONTH.match(p.value.split("/")[-1])
        if not ym or p.precision not in ("day", "month", "interval"):
            continue
        if len(_SENTENCE_BREAK.findall(norm, p.end, c.start)) > 1:
            return None
        day = int(c.value[len(_DAY_OF_IT):])
        if ym.group(1).isdigit() and not _valid(int(ym.group(1)), int(ym.group(2)), day):
            return None
        return _Cand(c.start, c.end, f"{ym.group(1)}-{ym.group(2)}-{day:02d}", "day", explicit_year=p.explicit_year)
    return None


def _prior_month(c: _Cand, before: list[_Cand], norm: str) -> _Cand | None:
    """Fill "الشهر السابق" with the month before the month named last in its sentence; None when the date told last
    there is no month (a day, a year, a span) or none is told."""
    p = before[-1] if before else None
    ym = _YEAR_MONTH.fullmatch(p.value) if p is not None and p.precision == "month" else None
    if ym is None or _SENTENCE_BREAK.search(norm, p.end, c.start):
        return None
    year, month = ym.group(1), int(ym.group(2))
    if year.isdigit():
        year_n, month = _shift_month(int(year), month, -1)
        year = f"{year_n:04d}"
    else:
        month = month - 1 or 12  # the year stays unknown
    return _Cand(c.start, c.end, f"{year}-{month:02d}", "month", explicit_year=p.explicit_year)


def _year_before_told(c: _Cand, before: list[_Cand], norm: str) -> _Cand | None:
    """Fill "العام الذي سبقه" with the year before the year of the date told last in its sentence; None when there
    is none there, or its year is unknown."""
    p = before[-1] if before else None
    if p is None or _SENTENCE_BREAK.search(norm, p.end, c.start):
        return None
    year = p.value.split("/")[-1][:4]
    if not year.isdigit():
        return None
    return _Cand(c.start, c.end, f"{int(year) - 1:04d}", "year", explicit_year=p.explicit_year)


def _same_day(c: _Cand, before: list[_Cand]) -> _Cand | None:
    """Fill "صباح اليوم نفسه" with the closest earlier day told; None when no day was told.

    Months, weeks and years between are passed over: "خفض البنك الفائدة الخميس … حتى نهاية العام … صعد المؤشر في
    تعاملات اليوم نفسه" is the Thursday.
    """
    for p in reversed(before):
        if p.value and p.precision in ("day", "weekday"):
            return _Cand(c.start, c.end, p.value, p.precision, explicit_year=p.explicit_year)
    return None


def _same_year(c: _Cand, before: list[_Cand]) -> _Cand | None:
    """Fill "مارس من العام نفسه" with the year of the closest earlier dated mention (the end year of a span)."""
    for p in reversed(before):
        year = p.value.split("/")[-1][:4]
        if not p.value or not (year.isdigit() or year == "XXXX"):
            continue  # a blocked span, a weekday without a publication date
        value = c.value.replace(_SAME_YEAR_TEXT, year)  # an unknown year stays unknown (XXXX)
        if c.precision == "day" and year != "XXXX" and not _valid(int(year), int(value[5:7]), int(value[8:10])):
            return None  # 29 February of a common year
        return _Cand(c.start, c.end, value, c.precision, explicit_year=p.explicit_year)
    return None


def _raw_span(body: str, where: _RawOffsets | None, start: int, end: int) -> tuple[int, int]:
    """Map a normalised span back to body offsets, keeping marks that end the last word."""
    if where is None:
        return start, end
    if start >= len(where) or end < 1:
        return 0, 0
    rs, re_ = where[start], where[end - 1] + 1
    while re_ < len(body) and _DROP_RE.match(body[re_]):
        re_ += 1
    return rs, re_
