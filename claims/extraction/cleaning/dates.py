"""Read the publication date stated on an article's metadata lines.

A small reader for the few shapes news sites print next to a headline
("تاريخ النشر: 24th, October 2024 GMT", "نشر في: 2024-10-24", "9-02-2023, 22:31",
"الخميس 24 أكتوبر 2024", "24/10/2024", "موسكو - 24 أكتوبر (رويترز) -"). In-body dates
are the business of claims/extraction/dates.py; this one only reads whole metadata lines.
"""
from __future__ import annotations

import datetime as dt
import re

from ..arabic import CharFold
from ..dates import HIJRI_MONTHS as _BODY_HIJRI_MONTHS
from ..dates import MONTHS as _BODY_MONTHS

# Matching runs on a folded "key" of the line: diacritics, tatweel and bidi marks dropped,
# alef/yeh/teh-marbuta variants merged, Eastern digits made ASCII, Latin lowercased.
_DROP = "".join(chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, 0x0640,
                                  *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                                  *range(0x2066, 0x206A), 0xFEFF))
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ة": "ه",
         "ک": "ك", "ؤ": "و", "\u00a0": " "}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})
_KEY_TABLE = str.maketrans({**_FOLD, **{ch: None for ch in _DROP}})
_KEY_CHARS = CharFold(_KEY_TABLE)
# fold_lines() folds a whole page at once and splits it after: the table must not touch "\n".
assert "\n" not in _KEY_CHARS.table and not any("\n" in out for out in _KEY_CHARS.table.values())


def fold_pattern(pattern: str) -> str:
    """Return a regex source with its Arabic letters folded as fold() folds text (case kept)."""
    return pattern.translate(_KEY_TABLE)


def fold(text: str) -> str:
    """Return text folded for matching: no diacritics, one alef, ASCII digits, single spaces."""
    # " ".join(split()) is re.sub(r"\s+", " ") plus strip(): both split on str.isspace().
    # (str.translate costs a lookup per character: on a short text it beats CharFold's scan of its whole table)
    folded = text.translate(_KEY_TABLE) if len(text) < MAX_TRANSLATED_CHARS else _KEY_CHARS(text)
    return " ".join(folded.split()).lower()


MAX_TRANSLATED_CHARS = 40


def fold_lines(text: str) -> list[str]:
    """Return [fold(line) for line in text.split("\n")], folding the characters in one pass."""
    folded = _KEY_CHARS(text)
    if (not any(space in folded for space in _ODD_SPACES) and "  " not in folded and " \n" not in folded
            and "\n " not in folded and folded[:1] != " " and folded[-1:] != " "):
        # Words already sit one space apart on every line: only the case is left to fold.
        return folded.lower().split("\n")
    return [" ".join(line.split()).lower() for line in folded.split("\n")]


# Whitespace that is neither a plain space nor a line break, listed (no Unicode space lies above
# U+3000): each is looked for alone, a one-character search running far faster than the scan of a class.
_ODD_SPACES = tuple(chr(c) for c in range(0x3001) if chr(c).isspace() and chr(c) not in " \n")


# Month names: the Arabic ones (Egyptian/Gulf, Levantine/Iraqi, Maghrebi) are the body date
# reader's table, so a name it knows (يوليوز, شتنبر) is read on a metadata line too; English here.
_MONTHS: dict[str, int] = {
    **_BODY_MONTHS,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Longest first so "تشرين الثاني" wins over a shorter name; \b-like guards on both sides.
_MONTHS = {fold(name): number for name, number in _MONTHS.items()}
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + ")"
_MONTH_GROUP = rf"(?<![\w])(?P<month>{_MONTH})\.?(?![\w])"
# "أكتوبر (تشرين الأول)", "تشرين الأول/أكتوبر", "أغسطس-آب" or Reuters' "يونيو حزيران": a second name for the month.
_ALT_MONTH = rf"(?:\s*(?:\(\s*{_MONTH}\s*\)|[/-]\s*{_MONTH}(?![\w]))|\s+{_MONTH}(?![\w]))?"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2024-10-24, 2024/10/24
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d) ?[-/.] ?(?P<month>[01]?\d) ?[-/.] ?(?P<day>[0-3]?\d)(?!\d)"),
    # 24/10/2024, 9-02-2023, 14 - 12 - 2024 (spaced, as some footers print it)
    re.compile(r"(?<!\d)(?P<day>[0-3]?\d) ?[-/.] ?(?P<month>[01]?\d) ?[-/.] ?(?P<year>(?:19|20)\d\d)(?!\d)"),
    # 24 أكتوبر 2024, 24th, October 2024, 24 من أكتوبر (تشرين الأول) 2024, 12 أغسطس، 2025 (an Arabic comma),
    # 15/يوليو/2025, 15-يوليو-2025 (the named month between slashes or dashes)
    re.compile(rf"{_DAY}\s*(?:[,/-]\s*)?(?:من\s+|of\s+)?{_MONTH_GROUP}{_ALT_MONTH}\s*[,،/-]?\s*(?:عام\s+|سنه\s+)?{_YEAR}"),
    # October 24, 2024
    re.compile(rf"{_MONTH_GROUP}\s+{_DAY}\s*,?\s*{_YEAR}"),
    # 2025:09:02 (People's Daily's stamp, "تحديث: 2025:09:02.15:40"): colons between all three parts, none round them
    # (a clock time has no four-figure part)
    re.compile(r"(?<![\d:])(?P<year>(?:19|20)\d\d):(?P<month>[01]?\d):(?P<day>[0-3]?\d)(?![\d:])"),
)
# A day and month with no year, as wire datelines print them ("24 أكتوبر").
_DAY_MONTH = re.compile(rf"{_DAY}\s*(?:من\s+)?{_MONTH_GROUP}{_ALT_MONTH}(?:\s*[,،]?\s*{_YEAR})?")

WEEKDAYS = fold_pattern("السبت|الاحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|"
                         "saturday|sunday|monday|tuesday|wednesday|thursday|friday|sat|sun|mon|tue|wed|thu|fri")
# What may stand beside a date on a line that holds nothing else: weekday, time, time zone,
# and "الموافق" (or "الموافق لـ") between the Hijri date and the Gregorian one, "هجري"/"ميلادي" after them.
_FILLER = re.compile(
    # (a clock time may take its ص/م glued on: "1:05م"; after "الساعة" the hour may stand alone: "الساعة 04 مساءً")
    rf"(?:\b(?:{WEEKDAYS}|at|في)\b|يوم|(?:علي\s+)?الساعه(?:\s+\d{{1,2}}(?![\d:]))?|ساعه|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[صم](?![\w]))?|\b(?:am|pm)\b|"
    r"\b(?:gmt|utc)\b|[+-]\d{1,2}:?\d{2}\b|بتوقيت(?:\s+\S+){0,2}|مساء|صباحا|ظهرا|"
    r"(?<![\w])[صم](?![\w])|الموافق(?:\s*ل(?![\w]))?|(?:هجري|ميلادي)ه?(?![\w])|[\s,،|:/\-–—()\[\].])+"
)
_HIJRI_MONTHS = {fold(name): number for name, number in _BODY_HIJRI_MONTHS.items()}
# A Hijri date, alone or printed beside the Gregorian one ("21 ربيع الاخر 1446 هـ").
_HIJRI = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>"
    + "|".join(sorted(map(re.escape, _HIJRI_MONTHS), key=len, reverse=True))
    + r")\s+(?P<year>1[34]\d\d)(?!\d)\s*(?:ه|هـ|ـ)?(?![\w])"
)


# A Solar Hijri date, which Iranian outlets print beside the Gregorian one: "12 آذر 1404", "13 آبان 1404 هـ.ش". Only
# skipped on a date line (never converted): the Gregorian date beside it gives the date.
_SOLAR_MONTHS = "فروردين|ارديبهشت|خرداد|تير|مرداد|شهريور|مهر|ابان|اذر|دي|بهمن|اسفند"
_SOLAR_HIJRI = re.compile(rf"(?<!\d)[0-3]?\d\s+(?:{fold(_SOLAR_MONTHS)})\s+1[34]\d\d(?!\d)(?:\s*ه?\s*\.?\s*ش(?![\w]))?")


def _to_date(match: re.Match[str]) -> dt.date | None:
    month = match.group("month")
    month_no = int(month) if month.isdigit() else _MONTHS[month.rstrip(".")]
    day, year = int(match.group("day")), int(match.group("year"))
    if month.isdigit() and month_no > 12 and day <= 12:  # 10/24/2024: read it month-first
        day, month_no = month_no, day
    try:
        return dt.date(year, month_no, day)
    except ValueError:
        return None


def find_date(key: str) -> tuple[dt.date, int, int] | None:
    """Return the first full date in a folded line, with its span in the folded line."""
    best: tuple[dt.date, int, int] | None = None
    if "19" not in key and "20" not in key:
        return None  # every pattern holds a year 19xx/20xx: most lines (titles, captions) have none
    for pattern in _PATTERNS:
        for match in pattern.finditer(key):
            value = _to_date(match)
            if value is not None and (best is None or match.start() < best[1]):
                best = (value, match.start(), match.end())
                break
    return best


def _hijri(key: str) -> tuple[dt.date, int, int] | None:
    """Return the Gregorian date of the first Hijri date in a folded line, with its span."""
    if "13" not in key and "14" not in key:
        return None  # no Hijri year 13xx/14xx: spares the regex scan
    match = _HIJRI.search(key)
    if match is None:
        return None
    try:
        from hijridate import Hijri

        gregorian = Hijri(int(match.group("year")), _HIJRI_MONTHS[match.group("month")],
                          int(match.group("day"))).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None
    return dt.date(gregorian.year, gregorian.month, gregorian.day), match.start(), match.end()


def hijri_date_words(key: str) -> int:
    """Return how many words the Hijri dates of a folded line take, lunar or solar ("12 جمادي الاولي 1447 ه": 5, "12
    اذر 1404": 3), else 0: a stamp printing them beside the Gregorian date is that much longer than a date line."""
    if "13" not in key and "14" not in key:
        return 0
    return sum(len(match.group().split()) for pattern in (_HIJRI, _SOLAR_HIJRI) for match in pattern.finditer(key))


def read_date(text: str) -> dt.date | None:
    """Return the first full (day, month, year) date written in text, or None.

    A Gregorian date wins; a line that gives only a Hijri date is converted.
    """
    key = fold(text)
    found = find_date(key) or _hijri(key)
    return found[0] if found else None


def read_date_line(text: str) -> dt.date | None:
    """Return the date when the line holds a date and nothing but weekday, time and zone."""
    key = fold(text)
    if not key or len(key) > 120:
        return None
    found = find_date(key) or _hijri(key)
    if found is None:
        return None
    rest = _HIJRI.sub(" ", key[:found[1]] + " " + key[found[2]:])
    if "13" in rest or "14" in rest:
        rest = _SOLAR_HIJRI.sub(" ", rest)  # "الأربعاء 3 ديسمبر 2025 | 12 آذر 1404"
    return found[0] if not _FILLER.sub("", rest) else None


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def is_time_only(text: str) -> bool:
    """Say whether a line part holds a clock time and nothing but weekday, zone and "الساعة"."""
    key = fold(text)
    if ":" not in key or len(key) > 40:
        return False  # no clock time, or too long for one: spares the regex scans
    return _CLOCK.search(key) is not None and not _FILLER.sub("", key)


def read_numeric_date(key: str) -> dt.date | None:
    """Return the numeric date opening key: "11/02/2026", "22-2-2025", "2026/02/11".

    Arab outlets write the day first; a first number over 12 read as a month is swapped (see _to_date).
    """
    for pattern in _PATTERNS[:2]:
        if match := pattern.match(key):
            return _to_date(match)
    return None


def read_day_month(key: str, *, reference: dt.date | None) -> dt.date | None:
    """Return the day-month date opening key, with its year or the latest such date up to reference."""
    match = _DAY_MONTH.match(key)
    if match is None:
        return None
    day, month = int(match.group("day")), _MONTHS[match.group("month").rstrip(".")]
    if match.group("year"):
        year = int(match.group("year"))
    elif reference is not None:
        year = reference.year
        if (month, day) > (reference.month, reference.day):  # a dateline is never in the future
            year -= 1
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_dateline_date(key: str, *, reference: dt.date | None) -> tuple[bool, dt.date | None]:
    """Say whether key holds only a date, as a wire dateline prints it, and return that date.

    A full date (with its Hijri equivalent, weekday, time) or a day and month ("3 آذار", as Petra
    prints it: the year is the reference's, None without one) with at most a weekday beside it.
    """
    value = read_date_line(key)
    if value is not None:
        return True, value
    key = fold(key)
    match = _DAY_MONTH.search(key)
    if match is None or len(key) > 40 or _FILLER.sub("", key[:match.start()] + " " + key[match.end():]):
        return False, None
    return True, read_day_month(key[match.start():], reference=reference)
