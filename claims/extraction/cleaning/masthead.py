"""The lines above the body: the outlet's masthead, section labels, and the title.

A masthead is told by its shape ("الخليج أونلاين"), the outlet tables, a tagline or second spelling
beside it (or under it, in Latin letters), its recurring in a credit or dropped line, or the label or breadcrumb
under it; section labels and breadcrumbs by the section words; a breaking-news bar by the label under it; the page's date stamp between them is left to metadata
(_drop_head_labels). Widgets printed over them (a menu, a ticker, the weather, another story's breaking bar) are
told by their shape and by how little of the article they echo, and dropped first (_drop_head_furniture); what
the label passes leave above the headline goes too, the headline being the first head line that reads as one and
echoes the article (_choose_headline). The first kept line after them is the title when it reads as a headline
(_read_title).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from .dates import find_date, fold, is_time_only, read_date, read_date_line
from .furniture import _BREADCRUMB, _BYLINE, _COPYRIGHT, _FURNITURE_SPLIT, _RELATIVE_STAMP, _without_trailing_counter
from .lexicon import (
    _AGENCY_ONLY,
    _DIGIT,
    _ICONS_AT_ENDS,
    _PAD,
    MAX_SECTION_WORDS,
    MIN_PARAGRAPH_WORDS,
    PICTOGRAPHS,
    _compile,
    _ends_sentence,
    _is_section_label,
    _labels,
    _next_nonblank,
)
from .metadata import (
    _CREDIT,
    _DATE_LABEL,
    _EXCLUSIVE,
    _KNOWN_OUTLET,
    _MOUTHPIECE,
    _NATIONAL_AGENCY,
    _NAME_WITH_MOUTHPIECE,
    _SLOGAN,
    _STAFF_BYLINE,
    _TAGLINE,
    MAX_DATE_LINE_WORDS,
    _credit_line,
    _issue_line,
    _quoted_as_the_outlet,
    _read_stamp,
    _stamp_marked,
)
from .stems import _ARABIC_WORD, _STOP_WORDS, _stem

# Summary markers are never a title ("ملخص", "أبرز النقاط").
_SUMMARY_MARKERS = _labels(
    "ملخص", "الملخص", "خلاصه", "الخلاصه", "باختصار", "ابرز النقاط", "النقاط الرئيسيه", "اهم النقاط",
    "summary", "key points", "highlights",
)


_BULLET = _compile(r"^\s*(?:[-–—•*·▪●]|\d+[.)])\s")

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30

# A masthead (the outlet's name printed above the headline) told by its shape: "الخليج أونلاين",
# "موزاييك أف أم", "هبة بريس", "عرب نيوز", "شبكة الرافدين الإخبارية". (Names without such a word are told
# by recurring, see _find_masthead, or by the section label under them, see _names_a_section_below.)
_MASTHEAD_SHAPED = _compile(r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s+(?:اونلاين|online|اف ام|اف.ام|fm|"
                            r"الاخباريه|بريس|press|تايمز|نيوز|نت|24|دوت كوم|دوت نت)$"
                            # a word with a number, glued on or not: "جو24", "هبة360", "شبكة 964" (a headline is
                            # no single word, nor a word and a figure)
                            r"|^[\u0621-\u064a]{2,} ?\d{2,3}$"
                            # a site's address as its name: "فبراير.كوم", "الموقع.نت" (no headline ends in a domain)
                            r"|^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\.(?:كوم|نت|اورغ|انفو)$")
MAX_MASTHEAD_WORDS = 4
# A name in Latin letters only (folded to lower case) at the top of an Arabic page: the site's name.
_LATIN_NAME = re.compile(r"^[a-z][a-z0-9 .&'+-]*[a-z0-9]$")
# A label line splits a section from a place or a date by a bar, "›", ">" or a slash that is not
# inside a numeric date: "الاقتصاد | لبنان", "أخبار مصر | اقتصاد", "محليات / الكويت", "سياسة | 2024/12/04".
# ("»" and dashes are left out: they close quotes and join clauses in headlines.)
_LABEL_SPLIT = re.compile(r"\s*(?:[|›>]|(?<!\d)/|/(?!\d))\s*")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")

MAX_LABEL_NAME_WORDS = 2  # the part beside the section: a country or city ("أخبار مصر"), not a clause
MAX_LABEL_WORDS = 6
MAX_LABEL_TOKENS = 12  # words and separators: a longer line is no label (a cheap cut before the split)
HEAD_LABEL_LINES = 3  # at most this many masthead/section lines sit above a headline


def _is_section_and_age(key: str) -> bool:
    """Say whether a line is a section label beside the page's age, split by a bar, a bullet or a spaced dash ("سياسة |
    منذ 3 ساعات", "محليات - قبل ساعتين", "منذ يومين • صحة"): page furniture wherever it stands. A name or a clause
    beside the age ("مستشفى المدينة | منذ 3 ساعات بلا كهرباء") is no section."""
    if not ("منذ" in key or "قبل" in key) or key.count(" ") + 1 > MAX_SECTION_AGE_WORDS:
        return False  # (no age, or too long for a label and an age: spared the split)
    parts = [part for part in (part.strip(_PAD) for part in _FURNITURE_SPLIT.split(key)) if part]
    ages = [part for part in parts if _RELATIVE_STAMP.match(part)]
    return 0 < len(ages) < len(parts) and all(part in ages or _is_section_label(part) for part in parts)


MAX_SECTION_AGE_WORDS = MAX_SECTION_WORDS + 6  # a label and a labelled age ("آخر تحديث: منذ 45 دقيقة")


# A site's navigation menu printed as one line: "الرئيسية سياسة مجتمع اقتصاد رياضة جهات فيديو", "أخبار ليبيا |
# اقتصاد | رياضة | تقارير | منوعات | الرأي" (bars or spaces between the items; folding joins double spaces).
MIN_MENU_WORDS = 5
MIN_MENU_SECTION_WORDS = 4
MENU_SECTION_SHARE = 2 / 3
_MENU_SEPARATORS = re.compile(r"\s*[|•·›>/]\s*")
_NOT_IN_MENU = re.compile(r"[\d.:：،,؛;!؟?\"«»“”()]")


def _is_nav_menu(key: str) -> bool:
    """Say whether a line is the site's menu: five words or more, two thirds of them (four at least) section
    names, no figure, punctuation or preposition. A headline holds a clause: "اقتصاد مصر ينمو 4%" has one
    section word and a figure, "الرياضة والثقافة في مواجهة الأزمة" a preposition.
    """
    if _NOT_IN_MENU.search(key):
        return False
    words = _MENU_SEPARATORS.sub(" ", key).split()
    if len(words) < MIN_MENU_WORDS or any(word in _STOP_WORDS for word in words):
        return False
    sections = sum(1 for word in words if _is_section_label(word))
    return sections >= MIN_MENU_SECTION_WORDS and sections >= MENU_SECTION_SHARE * len(words)


# The menu's items as the page prints them, split by wide spaces or bars (folding joins the spaces: the line as
# written is split).
_MENU_ITEM_GAP = re.compile(r"\s{2,}|\t|\s*[|•·]\s*")
MIN_SPACED_MENU_ITEMS = 4
MIN_SPACED_MENU_SECTIONS = 3
MAX_MENU_ITEM_WORDS = 3
# A special section's item may carry its year: "انتخابات 2025", "كأس العالم 2026" (no other figure).
_MENU_ITEM_YEAR = re.compile(r"(?<=\S) (?:19|20)\d\d$")


def _is_spaced_menu(line: str) -> bool:
    """Say whether a line is the site's menu told by its items: four or more split by wide spaces or bars, each a
    short name (three words at most, no figure or punctuation but a section's year: "انتخابات 2025"), three of them
    at least and half of them section names (a section of two words or with its article counts whole: "علوم
    وتكنولوجيا"). The other items are the
    site's places or pages ("سياسة  اقتصاد  البحر المتوسط  ليبيا  علوم وتكنولوجيا", "الرئيسية  قصص  تقارير  فيديو
    عن الموقع"), which _is_nav_menu, counting words, lets through. A headline is one clause with no wide gaps.
    """
    if "  " not in line and "\t" not in line and "|" not in line:
        return False  # (most lines have no gap: spared the split)
    items = [fold(item) for item in _MENU_ITEM_GAP.split(_ICONS_AT_ENDS.sub("", line).strip(_PAD))]
    if len(items) < MIN_SPACED_MENU_ITEMS or any(
            not item or item.count(" ") + 1 > MAX_MENU_ITEM_WORDS or _NOT_IN_MENU.search(_MENU_ITEM_YEAR.sub("", item))
            for item in items):
        return False
    sections = sum(1 for item in items if _is_section_label(item))
    return sections >= MIN_SPACED_MENU_SECTIONS and 2 * sections >= len(items)


def _item_of_the_menu_above(keys: list[str], drop: list[bool], kept: list[int], n: int,
                            lines: list[str] | None) -> bool:
    """Say whether head line kept[n] is one of the items of the site's menu dropped above it, a headline under it: the
    page's section ("القرن الإفريقي" under "الرئيسية  محليات  القرن الإفريقي  اقتصاد  رياضة"), which the tables need
    not know. A headline is a clause, never one of the menu's items."""
    key = keys[kept[n]].strip(_PAD)
    if (not key or key.count(" ") + 1 > MAX_MENU_ITEM_WORDS or _NOT_IN_MENU.search(key) or n + 1 >= len(kept)
            or _ends_sentence(keys[kept[n + 1]])):
        return False
    for j in range(kept[n]):
        if drop[j] and key in keys[j]:  # (most dropped lines do not hold it: spared the split)
            line = lines[j] if lines is not None else keys[j]
            items = [fold(item).strip(_PAD) for item in _MENU_ITEM_GAP.split(_ICONS_AT_ENDS.sub("", line).strip(_PAD))]
            if len(items) >= MIN_SPACED_MENU_ITEMS and key in items:
                return True
    return False


# The site's menu printed one item a line over the headline: "الرئيسية" / "سياسة" / "مجتمع" / "اقتصاد" / "كتاب وآراء".
# Each item is a short name (a word to three, no figure, mark or particle), four items at least, three of them and
# half at least section names (see _is_section_label); a headline is a clause, and its lead follows it.
MIN_VERTICAL_MENU_ITEMS = 4
MIN_VERTICAL_MENU_SECTIONS = 3
MAX_VERTICAL_MENU_SCAN = 30  # kept lines from the top: a menu stands over the headline, in the page's first lines


def _menu_item(key: str) -> bool:
    """Say whether a line may be one item of a menu printed one a line: a short name, no clause ("كتاب وآراء", "أخبار
    مصر", "الرئيسية"), not the page's date or a credit."""
    bare = key.strip(_PAD)
    words = bare.split()
    return (0 < len(words) <= MAX_MENU_ITEM_WORDS and _NOT_IN_MENU.search(bare) is None
            and not any(word in _STOP_WORDS or word in _PARTICLES for word in words))


def _drop_vertical_menu(keys: list[str], drop: list[bool], remove) -> None:
    """Drop the site's menu printed one item a line over the headline (see MIN_VERTICAL_MENU_ITEMS): from the run's
    first section name to its end, the lines above it (the masthead) left to the label pass. The run stands in the
    head, over a line that is no item (the headline) and a lead paragraph further down; under a headline, short lines
    are the text's (a list, a subheading) and stay."""
    kept = [i for i, key in enumerate(keys) if key and not drop[i]][:MAX_VERTICAL_MENU_SCAN]
    run: list[int] = []
    for n, i in enumerate(kept):
        if _is_paragraph(keys[i]):
            return  # the lead: no menu over it
        if _menu_item(keys[i]):
            run.append(i)
            continue
        first = next((k for k, j in enumerate(run) if _is_section_label(keys[j])), None)
        menu = run[first:] if first is not None else []
        sections = sum(1 for j in menu if _is_section_label(keys[j]))
        if (len(menu) >= MIN_VERTICAL_MENU_ITEMS and sections >= MIN_VERTICAL_MENU_SECTIONS
                and 2 * sections >= len(menu) and _headline_shaped(keys[i], keys[i])
                and any(_is_paragraph(keys[j]) for j in kept[n + 1:])):
            for j in menu:
                remove(j)
            return
        run = []


def _find_masthead(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether line i (at the top) is the outlet's name: a name-like shape, or a short name that
    recurs in a credit-like line ("الدوحة - لوسيل", "عنب بلدي - حسام المحمود") or in a dropped prompt
    ("حمّل تطبيق موزاييك أف أم"). A short headline recurs in the text's sentences, not there.
    """
    name = _without_short_name(keys[i].strip()).strip(_PAD)  # (the padding holds the brackets)
    if name[-1:].isdigit() and (station := _TRAILING_FREQUENCY.sub("", name)) != name and station:
        name = station  # a station's name with its frequency: "صوت كل لبنان 93.3", judged without it
    if _LATIN_NAME.match(name):
        return _latin_name_over_arabic(keys, drop, i)
    if name and name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and any(
            _quoted_as_the_outlet(keys, i, form) for form in _name_forms(name)):
        return True
    if (not name or name.count(" ") + 1 > MAX_MASTHEAD_WORDS or (re.search(r"\d", name) and not _MASTHEAD_SHAPED.match(name))
            or name in _SUMMARY_MARKERS or _credit_line(keys[i].strip(_PAD)) is not None):
        return False
    if _MASTHEAD_SHAPED.match(name) or " " not in name:
        return True  # a single word above the headline is never the title (see _read_title)
    if _LATIN_ARABIC_EDITION.match(name):
        return True  # a Latin brand's Arabic edition: "SBS عربي", "DW عربية", "CNN بالعربية" (no headline's shape)
    return _recurs(keys, drop, i, name)


# An outlet's short name in brackets after its full name: "الوكالة الوطنية العراقية للأنباء (نينا)", "وكالة الأنباء
# السعودية (واس)", "هيئة الإذاعة البريطانية (BBC)". One word or a few letters, no figure.
_SHORT_NAME_IN_BRACKETS = re.compile(r"\s*\(\s*[\u0621-\u064aa-z]+(?:[ .][\u0621-\u064aa-z]+){0,2}\s*\)$")


def _without_short_name(name: str) -> str:
    """Return a head line without the short name in brackets closing it (see _SHORT_NAME_IN_BRACKETS): the full name
    is judged as the masthead (its length, its recurring in the copyright footer or a credit line)."""
    return _SHORT_NAME_IN_BRACKETS.sub("", name) if name.endswith(")") else name


MIN_NAME_CHARS = 3  # a name a word longer or shorter than the outlet's holds a word of its own, no bare letter


def _is_given_outlet(key: str, outlet: str | None) -> bool:
    """Say whether a head line is the outlet's name given with the page (the feed's or the crawler's metadata), or a
    close variant of it: the name with or without its kind ("الثورة" for "صحيفة الثورة") or one word more or less at
    either end, its country or edition ("بزنس2بزنس" for "بزنس2بزنس سورية"): either is one of the other's _name_forms.
    The page prints its own name over the headline; no headline is the name of the site that runs it."""
    if not outlet:
        return False
    line, name = " ".join(key.strip(_PAD).split()), " ".join(fold(outlet).strip(_PAD).split())
    if not line or not name or line.count(" ") + 1 > MAX_MASTHEAD_WORDS:
        return False
    return line in _name_forms(name) or name in _name_forms(line)


def _name_forms(name: str) -> list[str]:
    """Return a short head line and, when it has two words or more, the line without its last or its first word: the
    site's name may be printed with its country or kind ("بزنس2بزنس سورية") and quoted without it ("لـ\"بزنس2بزنس\"")."""
    words = name.split()
    shorter = [" ".join(part) for part in (words[:-1], words[1:]) if len(words) >= 2
               and max(map(len, part)) >= MIN_NAME_CHARS]
    return [name, *shorter]


def _latin_name_over_arabic(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether line i is a short name in Latin letters over an Arabic line: the site's name ("RT Arabic",
    "Sky News Arabia", "France 24"), alone or under its Arabic spelling (an English page keeps its title)."""
    name = keys[i].strip(_PAD)
    if not (_LATIN_NAME.match(name) and name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and name not in _SUMMARY_MARKERS):
        return False
    following = next((key for j, key in enumerate(keys[i + 1:], i + 1) if key and not drop[j]), "")
    return _ARABIC_WORD.search(following) is not None


# An outlet's name printed in both scripts on one line with no bar between them: "إذاعة الصين الدولية CRI Online",
# "Asharq الشرق" (see _arabic_spelling).
_ARABIC_THEN_LATIN = re.compile(r"^(?P<arabic>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3})\s+(?P<latin>[a-z][a-z0-9 .&'+-]*[a-z0-9])$")
_LATIN_THEN_ARABIC = re.compile(r"^(?P<latin>[a-z][a-z0-9 .&'+-]*[a-z0-9])\s+(?P<arabic>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3})$")


def _arabic_spelling(name: str) -> str:
    """Return the Arabic part of a head line that gives a short name in both scripts, side by side ("اذاعه الصين
    الدوليه cri online" gives "اذاعه الصين الدوليه"), else the line itself. The Latin part is a name of a few words:
    a headline mixing scripts ("أبل تطلق iPhone 17") is judged whole, and only the rules that need a navigation bar
    or a section label under the name use this (see _names_a_section_below, _name_over_dropped_label)."""
    match = _ARABIC_THEN_LATIN.match(name) or _LATIN_THEN_ARABIC.match(name)
    if match is None or match["latin"].count(" ") + 1 > MAX_MASTHEAD_WORDS - 1:
        return name
    return match["arabic"]


def _recurs(keys: list[str], drop: list[bool], i: int, name: str) -> bool:
    """Say whether a name at line i recurs in a dropped line or a short credit-like line, or owns the page's
    copyright notice (see _owns_the_copyright)."""
    if _owns_the_copyright(keys, drop, name):
        return True
    holding = [j for j, key in enumerate(keys) if j != i and key and name in key]
    if not holding:
        return False  # (the pattern below is built for this name: not compiled when no other line holds it)
    recurs = re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")
    return any(recurs.search(keys[j]) and (drop[j] or (keys[j].count(" ") < 8 and re.search(r"[-–—:|/«»()\"]", keys[j])))
               for j in holding)


def _owns_the_copyright(keys: list[str], drop: list[bool], name: str) -> bool:
    """Say whether a head line's name owns the page's copyright notice (dropped), with ل before it: "جميع الحقوق
    محفوظة لوزارة البيئة والمياه والزراعة © 2026" at the foot, "وزارة البيئة والمياه والزراعة" at the top. An
    institution prints its own name over the news on its site; the rights to a page belong to the site, never to its
    headline. (ل before the article drops its alef: "للهيئة العامة للطيران المدني" for "الهيئة العامة …".)"""
    owner = "ل" + ("ل" + name[2:] if name.startswith("ال") else name)
    holding = [key for j, key in enumerate(keys) if drop[j] and key and owner in key]
    if not holding:
        return False  # (the pattern below is built for this name: not compiled when no dropped line holds it)
    owned = re.compile(rf"(?<![\w]){re.escape(owner)}(?![\w])")
    return any(owned.search(key) and _COPYRIGHT.search(key) for key in holding)


def _label_line(key: str) -> tuple[bool, dt.date | None]:
    """Say whether a head line is a label (a section, maybe with a place or the date) and give its date.

    "اقتصاد", "الاقتصاد | لبنان", "أخبار مصر | اقتصاد", "أخبار › عربي ودولي", "سياسة | 2024/12/04": every
    part split by a bar, "›", ">" or a slash is a section label, a date or a short name, and one is a
    section. A headline with a bar holds a clause ("عاجل | الرئيس يعلن حل البرلمان") or no section
    ("الأهلي | الزمالك"). Dashes join clauses in headlines ("غزة - الاحتلال يقصف مستشفى"): parts split
    by a spaced dash ("الأيام - محليات", "الخبر - الوطن - مجتمع") must be a section or a single word.
    "›" and ">" never join a headline's words, nor a spaced "»" with no "«" before it (see _guillemet_as_separator): a breadcrumb of short names needs no section
    ("روداو > كوردستان"). A site's name in Latin letters counts as a name ("Le360 > اقتصاد"). A short name
    beside a full date needs none either: "الوطن | الثلاثاء 16 ديسمبر 2025" (a masthead or section with the day).
    """
    if _is_section_label(key) or _home_path(key):
        return True, None
    key = _guillemet_as_separator(key)
    dashed = _SPACED_DASH.search(key) is not None
    breadcrumb = "›" in key or ">" in key
    if (not (dashed or breadcrumb or "|" in key or "/" in key)
            or key.count(" ") + 1 > MAX_LABEL_TOKENS):
        return False, None
    parts = []
    for part in _LABEL_SPLIT.split(key):
        # a spaced dash inside a date ("14 - 12 - 2024") splits nothing
        parts.extend([part] if _DIGIT.search(part) else _SPACED_DASH.split(part))
    parts = [part for part in (part.strip(_PAD) for part in parts) if part]
    words = section = 0
    published = None
    for part in parts:
        if _LATIN_NAME.match(part):  # the site's name
            if part.count(" ") + 1 > MAX_MASTHEAD_WORDS:
                return False, None
            words += part.count(" ") + 1
            continue
        value = read_date_line(part) if _DIGIT.search(part) else None
        if value is not None or is_time_only(part):
            published = published or value
            continue
        if _ends_sentence(part) or re.search(r"[\d:：،,؛]", part):
            return False, None
        words += part.count(" ") + 1
        if _is_section_label(part):
            section += 1
        elif part.count(" ") + 1 > (1 if dashed else MAX_LABEL_NAME_WORDS):
            return False, None
    # "الوطن | الثلاثاء 16 ديسمبر 2025": a short name and a full date need no section (a headline holds a clause)
    dated_name = published is not None and len(parts) == 2 and 1 <= words <= MAX_LABEL_NAME_WORDS
    return (len(parts) >= 2 and (section > 0 or breadcrumb or dated_name) and words <= MAX_LABEL_WORDS), published


_SPACED_GUILLEMET = re.compile(r"\s+»\s+")


def _guillemet_as_separator(key: str) -> str:
    """Read a spaced "»" as a breadcrumb's "›" when the line opens no quotation: "كريدم بالعربية » أخبار وطنية". In a
    headline "»" closes a quotation its "«" opened ("الوزير: «لا زيادة في الأسعار» هذا العام")."""
    return key if "«" in key or "»" not in key else _SPACED_GUILLEMET.sub(" › ", key)


_HOME = _compile(r"^(?:الرئيسيه|الصفحه الرئيسيه|home)\s+")


def _home_path(key: str) -> bool:
    """Say whether a line is a breadcrumb from the home page whose separators the scraper lost (icons):
    "الرئيسية أخبار محلية", "الرئيسية اقتصاد الأسواق". "الرئيسية" opens no headline; what follows must be
    short names, one of them a section, with no figure or punctuation."""
    home = _HOME.match(key)
    if home is None:
        return False
    rest = key[home.end():].strip(_PAD)
    words = rest.split()
    return (0 < len(words) <= MAX_SECTION_WORDS and not re.search(r"[\d:：،,؛.]", rest)
            and any(_is_section_label(word) for word in words))


# A breaking-news bar printed over the page: "عاجل | الأنواء الجوية: أمطار غداً", "عاجل: …", "Breaking: …".
# A breaking-news bar's label, a story after it: matched, it tells the bar; substituted away, it leaves the story.
# A live-coverage bar is one too, maybe behind a sign: "🔴 مباشر | تغطية مستمرة لأزمة الكهرباء", "● بث مباشر: …".
_BREAKING_BAR = _compile(r"^(?:[^\w\s]\ufe0f?\s*)*(?:عاجل|خبر عاجل|اخبار عاجله|الان|breaking(?: news)?"
                         r"|مباشر|بث مباشر|(?:تغطيه|متابعه) (?:مباشره|حيه)|live)\s*[|:：\-–—]\s*(?=\S)")


def _breaking_bar(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a breaking-news bar over another story's headline: a section label
    (or a one-word section, "العراق") stands under it, and labels sit above the headline, never under it.
    With the lead, a byline or its date under it, "عاجل | الرئيس يعلن حل البرلمان" is the headline itself."""
    if _BREAKING_BAR.match(keys[kept[n]]) is None or n + 2 >= len(kept):
        return False
    below = keys[kept[n + 1]].strip(_PAD)
    if _dated(below):
        return False  # "آخر تحديث: 09:10 مساءً" under it: the page's own live headline, dated
    return (_label_line(below)[0] or _one_word_section(keys, kept, n + 1)) and not _ends_sentence(keys[kept[n + 2]])


def _dated(key: str) -> bool:
    """Say whether a head line gives the page's date or its update time ("آخر تحديث: 09:10 مساءً")."""
    return _DATE_LABEL.match(key) is not None or _gives_date(key)


def _one_word_section(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is one word ("العراق", "سوريا") over a headline: a section or a place
    label (a one-word line is never the title, see _read_title); the line under it is no sentence."""
    word = keys[kept[n]].strip(_PAD)
    return (bool(word) and " " not in word and _ARABIC_WORD.fullmatch(word) is not None
            and n + 1 < len(kept) and not _ends_sentence(keys[kept[n + 1]]))


# A sports page's competition label over the headline: "دوري نجوم QNB", "كأس آسيا 2027", "بطولة ويمبلدون".
_COMPETITION = _compile(r"^(?:ال)?(?:دوري|كاس|بطوله|تصفيات)(?: \S+){1,3}$")
MIN_HEADLINE_WORDS_UNDER_LABEL = 5


def _competition_label(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] names a competition over a longer headline (no sentence) that text
    follows: "دوري نجوم QNB" over "السد يقلب الطاولة على الدحيل". (A short headline "كأس العالم تنطلق غدا" has
    its lead, a sentence, under it.)"""
    if _COMPETITION.match(keys[kept[n]].strip(_PAD)) is None or n + 2 >= len(kept):
        return False
    headline = keys[kept[n + 1]]
    return (headline.count(" ") + 1 >= MIN_HEADLINE_WORDS_UNDER_LABEL and not _ends_sentence(headline)
            and not headline.rstrip().endswith((":", "：")))


# "أخبار السودان", "شؤون عربية": the news of a country or region, a section label over the headline.
_NEWS_OF_PLACE = _compile(r"^(?:اخبار|شؤون) [\u0621-\u064a]{3,}$")


def _news_of_place(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is "أخبار <place>" over a headline: a headline is a clause ("أخبار سارة
    للمزارعين"), and the line under a two-word headline is its lead, a sentence."""
    return (_NEWS_OF_PLACE.match(keys[kept[n]].strip(_PAD)) is not None
            and n + 1 < len(kept) and not _ends_sentence(keys[kept[n + 1]]))


def _masthead_and_section(key: str, *, bar: bool = False) -> str | None:
    """Return the outlet's name of a "<masthead> - <section>" line ("الشروق أونلاين - رياضة", "اقتصاد - هبة
    بريس"), else None. A dash joins clauses in headlines ("رياضة - الأهلي يفوز …", "غزة - المجاعة"): one
    part must be a section label and the other an outlet's name by its shape or the tables. bar: a bar may split
    them too ("سونا | الصحة": an agency's page, which a credit line's shape "<agency> | <author>" would take for a credit).
    """
    splitter = _BAR_OR_DASH if bar else _SPACED_DASH
    if not splitter.search(key):
        return None
    parts = [part.strip(_PAD) for part in splitter.split(key)]
    if len(parts) != 2:
        return None
    for section, name in (parts, parts[::-1]):
        if _is_section_label(section) and name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and (
                _MASTHEAD_SHAPED.match(name) or _LATIN_NAME.match(name) or _KNOWN_OUTLET.match(name)):
            return name
    return None


# An outlet's Arabic edition named in Latin letters and عربي: "TSA عربي", "CNBC عربية", "CNN بالعربية".
_LATIN_ARABIC_EDITION = re.compile(r"^[a-z][a-z0-9.&'+-]*(?:\s+[a-z0-9.&'+-]+){0,2}\s+(?:ب?ال)?عربي(?:ه)?$")
MAX_TAGLINE_WORDS = 6
_BAR_OR_DASH = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def _two_parts(key: str) -> tuple[str, str] | None:
    """Return the two parts of a head line split by one bar or spaced dash, both non-empty, else None."""
    if "|" not in key and not _SPACED_DASH.search(key):
        return None  # (no separator: spared the split, asked of every head line)
    parts = [part.strip(_PAD) for part in _BAR_OR_DASH.split(key)]
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def _outlet_shaped(name: str) -> bool:
    """Say whether a part of a head line has an outlet's name by its shape or the tables."""
    return name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and bool(
        _LATIN_NAME.match(name) or _MASTHEAD_SHAPED.match(name) or _KNOWN_OUTLET.match(name)
        or _LATIN_ARABIC_EDITION.match(name))


# The site's tagline "the official site" beside its name: "قناة النهار | الموقع الرسمي", "الموقع الرسمي لإذاعة …".
_OFFICIAL_SITE = _compile(r"^(?:ال)?موقع (?:ال)?(?:الكتروني )?(?:ال)?رسمي$|^official (?:web)?site$")


def _official_site_line(key: str) -> bool:
    """Say whether a head line is the outlet's name beside "الموقع الرسمي" (its official site): masthead, no headline."""
    parts = _two_parts(key)
    return parts is not None and any(_OFFICIAL_SITE.match(part) for part in parts) \
        and all(part.count(" ") + 1 <= MAX_MASTHEAD_WORDS for part in parts)


# A radio station's frequency beside its name: "103.6", "FM 98.2", "94.5 ميغاهرتز" (the FM band, 87.5 to 108).
_FREQUENCY = _compile(r"^(?:fm\s*)?(?:8[7-9]|9\d|10[0-8])[.,]\d(?:\s*(?:fm|mhz|ميغاهرتز|ميجاهرتز|اف ام))?$")
# The same frequency closing a station's name: "إذاعة صوت لبنان 100.5", "الوصال FM 92.7".
_TRAILING_FREQUENCY = _compile(r"\s+(?:fm\s*)?(?:8[7-9]|9\d|10[0-8])[.,]\d(?:\s*(?:fm|mhz|ميغاهرتز|ميجاهرتز|اف ام))?$")
# A radio station's name: the kind of station before it ("إذاعة الوصال", "راديو مارس", "Radio Mars") or the band after
# it ("صبرة أف أم", "Sawa FM"); group "core" is the name proper, which the page prints again (its copyright, a source
# speaking "لـ«صبرة أف أم»", "على أثير الوصال").
_STATION_NAME = _compile(r"^(?:اذاعه|راديو|radio)\s+(?P<core>[\u0621-\u064aa-z0-9]+(?:\s+[\u0621-\u064aa-z0-9]+){0,2})$"
                         r"|^(?P<named>[\u0621-\u064aa-z0-9]+(?:\s+[\u0621-\u064aa-z0-9]+){0,2})\s+(?:اف ام|fm)$")
MAX_STATION_PLACE_WORDS = 2  # the station's town beside its name: "القيروان", "جبل لبنان"
# The station described by its kind and region rather than named, beside its frequencies: "الإذاعة الجهوية للساحل |
# 90.2 FM - 102.4 FM", "الإذاعة الوطنية 98.2", "راديو الشباب FM 101.3". Only with a frequency printed: "الإذاعة الوطنية
# تحتفل" is a headline, and so may be a bare "الإذاعة الجهوية بقفصة".
_DESCRIBED_STATION = _compile(r"^ال(?:اذاعه|راديو)\s+(?P<core>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2})$")
# A regional or local station named by its town and its reach: "إذاعة بومرداس الجهوية", "راديو صفاقس المحلية". The
# reach closing the name tells the station as a frequency does ("إذاعة قفصة الجهوية تنظم …" holds a verb: no masthead).
_REGIONAL_REACH = _compile(r"\s(?:ال)?(?:جهويه|محليه)$")
# A station's name in Latin letters with its band or kind beside the Arabic one: "Zitouna FM", "Radio Mars" (see
# _station_masthead). A brand with "FM" in both scripts is a station's masthead, not a clause.
_LATIN_STATION = re.compile(r"^(?:[a-z][a-z0-9.&'+-]*\s+){1,3}fm$|^radio(?:\s+[a-z][a-z0-9.&'+-]*){1,3}$")
# The station's live stream over its frequencies and towns: "البث المباشر | 91.4 تونس الكبرى - 89.2 صفاقس", "استمع
# مباشرة - 98.2 FM". A frequency beside a town of one or two words, or a live label; at least one frequency.
_LIVE_STREAM = _compile(r"^(?:ال)?بث (?:ال)?مباشر$|^استمع(?:وا)? (?:الينا )?مباشره$|^مباشر$|^live$")
_TOWN_FREQUENCY = _compile(r"^(?:(?P<town>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s+)?(?P<band>(?:fm\s*)?(?:8[7-9]|9\d|10[0-8])"
                           r"[.,]\d(?:\s*(?:fm|mhz|ميغاهرتز|ميجاهرتز|اف ام))?)(?:\s+(?P<place>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?))?$")


def _frequency_line(key: str) -> bool:
    """Say whether a head line lists the station's frequencies, maybe by town and under a live label, split by bars or
    spaced dashes ("البث المباشر | 91.4 تونس الكبرى - 89.2 صفاقس"): the station's furniture, no headline (a headline
    holds a clause, not bare figures of the FM band beside town names)."""
    parts = [part.strip(_PAD) for part in _BAR_OR_DASH.split(key.strip(_PAD))]
    if not all(parts):
        return False
    bands = 0
    for part in parts:
        match = _TOWN_FREQUENCY.match(part)
        if match and not (match["town"] and match["place"]):
            bands += 1
        elif not _LIVE_STREAM.match(part):
            return False
    return bands > 0


def _station_masthead(keys: list[str], i: int) -> str | None:
    """Return the station's name of head line i when it is a radio station's masthead, else None: its name (see
    _STATION_NAME), maybe with its frequencies, its name in Latin letters and its town beside it, split by bars or
    spaced dashes ("صبرة أف أم | 102.5 – القيروان", "راديو مارس - Radio Mars", "إذاعة صوت لبنان 100.5", "الوصال FM
    92.7 | 96.8"). A frequency tells the station; with none, its name proper must come back elsewhere on the page (a
    headline "إذاعة دمشق تتوقف" is a clause the page never prints again). A headline holds a particle or other words."""
    key = keys[i].strip(_PAD)
    # (the bars and spaced dashes between the parts are no words: "<name> | 90.2 FM - 102.4 FM")
    if key.count(" ") + 1 - _separators(key) > 2 * MAX_MASTHEAD_WORDS or any(
            word in _PARTICLES or word in _STOP_WORDS for word in key.split()):
        return None
    station = core = None
    described = False  # the station named by its kind and region only (see _DESCRIBED_STATION)
    tuned = False  # a frequency is printed
    for part in (part.strip(_PAD) for part in _BAR_OR_DASH.split(key)):
        if _FREQUENCY.match(part):
            tuned = True
            continue
        name = _TRAILING_FREQUENCY.sub("", part)
        tuned = tuned or name != part
        match = _STATION_NAME.match(name) if station is None else None
        if match is None and station is None and (match := _DESCRIBED_STATION.match(name)):
            described = True
        if match:
            station, core = name, match["core"] or match["named"]
            tuned = tuned or (not described and _REGIONAL_REACH.search(name) is not None)
        elif station is not None and _LATIN_STATION.match(name):
            tuned = True  # the station's Latin name with its band or kind: "إذاعة الزيتونة | Zitouna FM"
        elif not (_LATIN_NAME.match(name) and name.count(" ") + 1 <= MAX_MASTHEAD_WORDS) and not (
                0 < name.count(" ") + 1 <= MAX_STATION_PLACE_WORDS and _ARABIC_WORD.fullmatch(name.replace(" ", ""))):
            return None  # (a Latin name or a town beside the station's; anything else is no masthead)
    if station is None or (described and not tuned):
        return None
    if tuned:
        return station
    again = re.compile(rf"(?<![\u0621-\u064aa-z0-9]){re.escape(core)}(?![\u0621-\u064aa-z0-9])")
    return station if any(again.search(other) for j, other in enumerate(keys) if j != i and other and core in other) else None


def _separators(key: str) -> int:
    """Return the number of bars and spaced dashes standing as words between the parts of a head line."""
    return key.count(" | ") + key.count(" - ") + key.count(" – ") + key.count(" — ")


def _masthead_pair(keys: list[str], drop: list[bool], kept: list[int], n: int,
                   lines: list[str] | None = None) -> str | None:
    """Return the outlet's name of a masthead line that gives it twice or with its tagline, else None.

    "Lebanon24 | لبنان 24", "بزنس نيوز | Business News": the name in two scripts, both parts name-shaped
    (a headline with a bar holds a clause: "عاجل | البرلمان يقر الموازنة"). "TSA عربي - كل شيء عن الجزائر":
    the name and a short tagline, told from "Apple | آبل تطلق هاتفاً جديداً" by a label line below it or
    by the name recurring in a credit-like or dropped line (see _find_masthead). With such a sign the name
    need not have an outlet's shape: "الحوار | يومية وطنية مستقلة", "المرصد | Al Marsad" (a short name, with
    its tagline or its Latin spelling) over a breadcrumb: navigation sits under the site's name, never under
    a headline. lines: the page's lines as written, where a menu split by wide spaces is told (see _is_spaced_menu:
    "سياسة  اقتصاد  إيطاليا  أوروبا  ثقافة  الهجرة" under "آكي عربي | أدنكرونوس الدولية"; folding joins the spaces).
    """
    key = keys[kept[n]]
    parts = [part.strip(_PAD) for part in _BAR_OR_DASH.split(key)]
    if len(parts) == 3 and _FREQUENCY.match(parts[2]):
        parts = parts[:2]  # a radio station's name in two scripts and its frequency: "Express FM | إكسبراس أف أم — 103.6"
    elif len(parts) == 3 and _name_in_two_scripts(parts[0], parts[1]) and _slogan_shaped(parts[2]):
        # the name in two scripts and the slogan: "الشروق | Echorouk — أول يومية إخبارية في البلاد"
        return parts[0] if not _LATIN_NAME.match(parts[0]) else parts[1]
    if len(parts) != 2 or not all(parts):
        return None
    first, second = _without_shared_marks(*parts)
    if _outlet_shaped(first) and _outlet_shaped(second):
        return first
    short_name = first.count(" ") + 1 <= MAX_LABEL_NAME_WORDS and not re.search(r"[\d:：،,؛.]", first)
    if (not (_outlet_shaped(first) or short_name) or second.count(" ") + 1 > MAX_TAGLINE_WORDS
            or re.search(r"[\d:：،,؛]", second) or _ends_sentence(second)):
        return None
    label_below = n + 2 < len(kept) and _label_line(keys[kept[n + 1]])[0]
    nav_below = n + 2 < len(kept) and any(
        drop[j] and keys[j] and (_is_navigation(keys[j]) or (lines is not None and _is_spaced_menu(lines[j])))
        for j in range(kept[n] + 1, kept[n + 1]))
    tagline = _TAGLINE.match(second) is not None  # "الميزان | صحيفة إلكترونية مستقلة"
    # "حسنى | Husna FM" opening the page over more head lines: the name in two scripts at the very top is the
    # site's ("Gulf Times - التعليم يتغير" right over its lead is a headline)
    top_in_two_scripts = n == 0 and kept[n] == _next_nonblank(keys, 0) and n + 2 < len(kept) \
        and not _ends_sentence(keys[kept[n + 1]]) and _name_in_two_scripts(first, second)
    return first if tagline or label_below or nav_below or top_in_two_scripts or _recurs(keys, drop, kept[n], first) \
        else None


_NAME_MARK = re.compile(r"[،,!؟?]")
_MARK_IN_LATIN = str.maketrans("،؟", ",?")


def _without_shared_marks(first: str, second: str) -> tuple[str, str]:
    """Return two parts of a head line without their commas and exclamation or question marks when both carry the same
    ones in the same order: a name spelled in two scripts, its marks with it ("أمل، برلين! | Amal, Berlin!"). A
    headline beside a brand does not echo its marks in the other script."""
    marks = [mark.translate(_MARK_IN_LATIN) for mark in _NAME_MARK.findall(first)]
    if not marks or marks != [mark.translate(_MARK_IN_LATIN) for mark in _NAME_MARK.findall(second)]:
        return first, second
    return (" ".join(_NAME_MARK.sub(" ", first).split()), " ".join(_NAME_MARK.sub(" ", second).split()))


def _latin_name_with_tagline(key: str) -> bool:
    """Say whether a head line is the site's name in Latin letters beside its tagline, split by a bar or a spaced dash
    ("Oasis Post – جريدة إلكترونية مستقلة", "صحيفة رقمية شاملة | Sahel News"): the masthead's second spelling under
    the Arabic one. A tagline names the paper's kind and what it is, never an event: no headline is this shape (a
    headline beside a brand holds a clause: "Apple | آبل تطلق هاتفاً جديداً")."""
    parts = _two_parts(key)
    return parts is not None and any(
        _LATIN_NAME.match(latin) and latin.count(" ") + 1 <= MAX_MASTHEAD_WORDS and _TAGLINE.match(tagline)
        for latin, tagline in (parts, parts[::-1]))


def _given_outlet_in_two_scripts(key: str, outlet: str | None) -> str | None:
    """Return the Arabic part of a head line that gives the outlet's name given with the page beside its Latin spelling
    or its Latin brand's Arabic edition, split by a bar or a spaced dash ("إيكونومي ميدل إيست | Economy Middle East",
    "ميدل إيست آي | Middle East Eye عربي"), else None. The page prints its own name over the headline in both scripts
    (see _is_given_outlet, which judges a line that is the name alone); no headline is the site's name."""
    parts = _two_parts(key) if outlet else None
    if parts is None:
        return None
    for arabic, latin in (parts, parts[::-1]):
        if _is_latin_brand(latin) and _is_given_outlet(arabic, outlet):
            return arabic
    return None


_LATIN_EDITION_MARK = re.compile(r"\s+(?:ب?ال)?عربي(?:ه)?$")  # "Middle East Eye عربي": the edition, no word of the name


def _is_latin_brand(part: str) -> bool:
    """Say whether a part of a head line is a short name in Latin letters ("Economy Middle East"), maybe with عربي after
    it, as an Arabic edition is named ("Middle East Eye عربي")."""
    return part.count(" ") + 1 <= MAX_MASTHEAD_WORDS + 1 and bool(
        (_LATIN_NAME.match(part) and part.count(" ") + 1 <= MAX_MASTHEAD_WORDS) or _LATIN_ARABIC_EDITION.match(part))


def _two_script_name(key: str) -> str | None:
    """Return the Arabic part of a head line that is a short name in Arabic beside a Latin one, split by a bar or a
    spaced dash, in either order ("إيكونومي ميدل إيست | Economy Middle East", "ميدل إيست آي | Middle East Eye عربي"),
    else None. The Arabic part has at most four words, none a particle or stop word, no figure or mark, and about as many
    words as the Latin one (one more or fewer): a name spelled in both scripts, no clause beside a brand ("Apple | آبل
    تطلق هاتفاً جديداً"). Even so, only a line that echoes the article faintly, or whose name a source in the text
    speaks to, is taken for the site's name (see _reads_as_the_headline)."""
    parts = _two_parts(key)
    if parts is None:
        return None
    for arabic, latin in (parts, parts[::-1]):
        words = arabic.split()
        latin_words = len(_LATIN_EDITION_MARK.sub("", latin).split())
        if (_is_latin_brand(latin) and len(words) <= MAX_MASTHEAD_WORDS and abs(len(words) - latin_words) <= 1
                and _ARABIC_WORD.fullmatch(arabic.replace(" ", ""))
                and not any(word in _PARTICLES or word in _STOP_WORDS for word in words)):
            return arabic
    return None


def _slogan_over_the_head(keys: list[str], kept: list[int], n: int, shapes: HeadShapes) -> bool:
    """Say whether head line kept[n] is a party paper's slogan (see _MOUTHPIECE: "لسان حزب …", "لسان حال …") over
    another head line: a label, the headline. A headline opening so has its lead, byline or date under it, never
    another head line."""
    if n + 2 >= len(kept) or _MOUTHPIECE.match(keys[kept[n]].strip(_PAD)) is None:
        return False
    below = keys[kept[n + 1]]
    return not (_is_paragraph(below) or _ends_sentence(below) or shapes.metadata(kept[n + 1]))


def _name_in_two_scripts(first: str, second: str) -> bool:
    """Say whether two parts of a head line are a short Arabic name and a short Latin one ("الوسط | Alwasat"), in
    either order. A figure or a dot is no name's, unless the name has a masthead's shape ("تطوان24 | Tetouan24",
    "زووم.نت | Zoom.net": a word and a figure glued, a site's address)."""
    for arabic, latin in ((first, second), (second, first)):
        if (_LATIN_NAME.match(latin) and latin.count(" ") + 1 <= MAX_MASTHEAD_WORDS and arabic
                and arabic.count(" ") + 1 <= MAX_LABEL_NAME_WORDS and _ARABIC_WORD.search(arabic)
                and (not re.search(r"[\d:：،,؛.]", arabic) or _MASTHEAD_SHAPED.match(arabic))):
            return True
    return False


def _slogan_shaped(part: str) -> bool:
    """Say whether a part of a head line may be the outlet's slogan: a few words, no figure, no sentence's end."""
    return 0 < part.count(" ") + 1 <= MAX_TAGLINE_WORDS and not re.search(r"[\d:：،,؛]", part) and not _ends_sentence(part)


def _outlet_and_place(keys: list[str], i: int) -> str | None:
    """Return the outlet's name of a head line "<outlet> - <city>" (or "<city> - <outlet>") whose outlet a
    "المصدر:" line credits again ("بغداد اليوم - بغداد" over the headline, "المصدر: بغداد اليوم" under the
    text), else None. Two short names split by a spaced dash may be a headline ("الأهلي - الزمالك"):
    the credit line tells the outlet.
    """
    parts = [part.strip(_PAD) for part in _SPACED_DASH.split(keys[i])]
    if len(parts) != 2 or not all(
            part and part.count(" ") < MAX_LABEL_NAME_WORDS + 1 and _ARABIC_WORD.fullmatch(part.replace(" ", ""))
            for part in parts):
        return None
    credits = [key for j, key in enumerate(keys) if j != i and key and key.count(" ") < 8 and _CREDIT.match(key)]
    credited = [part for part in parts
                if any(re.search(rf"(?<![\w]){re.escape(part)}(?![\w])", key) for key in credits)]
    return max(credited, key=len) if credited else None


def _paired_sections(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a section label of two words joined by و over a headline:
    "سياحة وسفر", "صحة وجمال", "علوم وتكنولوجيا" (one of them a section word). A headline is a clause
    ("سياحة وسفر بلا تأشيرة"); the line under a two-word headline is its lead, a sentence.
    """
    words = keys[kept[n]].strip(_PAD).split()
    return (len(words) == 2 and words[1].startswith("و") and len(words[1]) > 3
            and (_is_section_label(words[0]) or _is_section_label(words[1][1:]))
            and n + 1 < len(kept) and not _ends_sentence(keys[kept[n + 1]]))


def _names_under_the_masthead(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n], under the outlet's name, is a section path of short names split by bars
    or spaced slashes ("الوطن | سكن", "محليات › الجهات", "آسيا / اليابان"): the tables need not know the sections. A
    headline under a masthead holds a clause, and the line under it is no headline but its lead or byline.
    """
    key = keys[kept[n]]
    if (not ("|" in key or "›" in key or ">" in key or _SPACED_SLASH.search(key)) or n + 1 >= len(kept)
            or _ends_sentence(keys[kept[n + 1]])):
        return False
    parts = [part.strip(_PAD) for part in _LABEL_SPLIT.split(key)]
    return 2 <= len(parts) <= 3 and all(
        part and part.count(" ") + 1 <= MAX_LABEL_NAME_WORDS and not re.search(r"[\d:：،,؛.]", part) for part in parts)


def _names_a_section_below(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a short name over a label line with a headline (or a date) under it.

    An outlet's name the tables do not know sits over its section: "تونس الآن" over "وطنية". A short
    headline with a label under it has the lead next, a sentence with a full stop.
    """
    name = _arabic_spelling(keys[kept[n]].strip(_PAD))
    return (0 < name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and n + 2 < len(kept)
            and re.search(r"[\d:：،,؛.|/]", name) is None and _label_line(keys[kept[n + 1]])[0]
            and not _ends_sentence(keys[kept[n + 2]]))


def _name_over_dropped_label(keys: list[str], drop: list[bool], kept: list[int], n: int, shapes: HeadShapes) -> bool:
    """Say whether head line kept[n] is a short name over a breadcrumb or label already dropped, with a
    headline under it: "يلا كورة" over "الرئيسية > أخبار > الكرة المصرية". Navigation sits under the site's
    name and above the headline, never under the headline (a short headline has its lead or byline next). The
    page's date stamp may stand between the name and the menu ("اليوم التالي" over "الثلاثاء ١٣ محرم ١٤٤٧هـ
    الموافق ٨ يوليو ٢٠٢٥م" over the menu): it is read by _read_metadata, and the line after it is the headline.
    """
    name = _arabic_spelling(keys[kept[n]].strip(_PAD))
    below = n + 1
    while below < len(kept) and shapes.date_stamp(keys[kept[below]]):
        below += 1
    if (not 0 < name.count(" ") + 1 <= MAX_MASTHEAD_WORDS - 1 or below + 1 >= len(kept)
            or re.search(r"[\d:：،,؛.|/]", name) or _ends_sentence(keys[kept[below]])):
        return False
    return any(drop[j] and keys[j] and _is_navigation(keys[j]) for j in range(kept[n] + 1, kept[below]))


_SLOGAN_DOTS = re.compile(r"(?<=[^\s.])\.\.(?=\s)")


def _tagline_over_navigation(keys: list[str], drop: list[bool], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n], under the outlet's name, is its slogan over the site's navigation (already
    dropped), with a headline under them: "منظور عالمي قصص إنسانية" under "أخبار الأمم المتحدة", over the menu. A few
    words with no figure or punctuation; navigation sits under the site's name and slogan, never between a
    headline and its lead. (A bar of three items or more counts as the menu: "البطولة | المنتخب الوطني | كرة دولية |
    بودكاست | 🔴 مباشر".)"""
    line = keys[kept[n]].strip(_PAD)
    # (two dots may part the slogan's phrases: "الفكر.. من أجل إعلام مهني مستقل", "إذاعة جهوية.. صوت الشمال")
    return (0 < line.count(" ") + 1 <= MAX_TAGLINE_WORDS and n + 2 < len(kept)
            and re.search(r"[\d:：،,؛.|/]", _SLOGAN_DOTS.sub(" ", line)) is None and not _ends_sentence(keys[kept[n + 1]])
            and any(drop[j] and keys[j] and (_is_navigation(keys[j]) or _is_bar_of_items(keys[j]))
                    for j in range(kept[n] + 1, kept[n + 1])))


# A slogan under the masthead: the outlet's kind claiming first place ("الإذاعة الأولى في المغرب", "الجريدة الأولى
# في تونس", "القناة الرائدة في الخليج"), or what it publishes in which languages ("أخبار من برلين وألمانيا بالعربية
# والفارسية", "أخبار الجالية باللغة العربية"). Only under a masthead already found: a headline there is a clause.
_FIRST_OF_KIND = _compile(r"^(?:ال)?(?:اذاعه|اذاعات|قناه|جريده|صحيفه|مجله|موقع|منصه|شبكه|وكاله|يوميه)\s+(?:ال)?(?:اولي|اول|رايده|رايد)"
                          r"(?:\s+(?:في|ب|علي مستوي))?(?:\s+[\u0621-\u064a]+){1,2}$|^(?:ال)?(?:اذاعه|قناه|جريده|صحيفه|مجله|موقع)"
                          r"\s+(?:ال)?(?:اولي|اول|رايده|رايد)\s+[\u0621-\u064a]+يا$")
_LANGUAGE = r"(?:عربيه|انجليزيه|انكليزيه|فرنسيه|فارسيه|كرديه|تركيه|المانيه|اسبانيه|عبريه|امازيغيه|اورديه|روسيه)"
_IN_LANGUAGES = _compile(rf"^(?:اخبار|اخر الاخبار|الاخبار)(?:\s+[\u0621-\u064a]+){{0,5}}\s+(?:بال{_LANGUAGE}|باللغه ال{_LANGUAGE}"
                         rf"|باللغتين ال{_LANGUAGE})(?:\s+(?:و|وبال|وال){_LANGUAGE})?$")


def _site_slogan(key: str) -> bool:
    """Say whether a head line is a slogan of the outlet (see _FIRST_OF_KIND, _IN_LANGUAGES)."""
    line = key.strip(_PAD)
    return _FIRST_OF_KIND.match(line) is not None or _IN_LANGUAGES.match(line) is not None


def _name_over_slogan_and_navigation(keys: list[str], drop: list[bool], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a short name over its slogan, the site's navigation (already dropped) under
    them: "صوت الوادي" over "صوت من لا صوت له" over the menu (see _tagline_over_navigation)."""
    name = keys[kept[n]].strip(_PAD)
    return (0 < name.count(" ") + 1 <= MAX_MASTHEAD_WORDS - 1 and re.search(r"[\d:：،,؛.|/]", name) is None
            and _tagline_over_navigation(keys, drop, kept, n + 1))


def _is_navigation(key: str) -> bool:
    """Say whether a (dropped) head line is the site's navigation: a breadcrumb, a label or the menu."""
    return _BREADCRUMB.match(key.strip(_PAD)) is not None or _label_line(key)[0] or _is_nav_menu(key)


def _name_by_tagline(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a short name printed over (or under) the outlet's tagline, with the
    headline after them: "رأي اليوم" over "صحيفة عربية مستقلة". A tagline is never a headline's neighbour: a
    short headline has its lead or byline next, and nothing but the masthead sits above it.
    """
    name = keys[kept[n]].strip(_PAD)
    if not 0 < name.count(" ") + 1 <= MAX_MASTHEAD_WORDS or re.search(r"[\d:：،,؛.|/]", name) or n + 1 >= len(kept):
        return False
    above = n > 0 and _TAGLINE.match(keys[kept[n - 1]].strip(_PAD)) is not None
    below = n + 2 < len(kept) and _TAGLINE.match(keys[kept[n + 1]].strip(_PAD)) is not None
    return above or below


# A news agency's masthead: its short name beside its full name, split by a spaced dash or a bar ("آكي - الوكالة
# الإيطالية للأنباء", "بنا | وكالة أنباء البحرين"). A credit line has the same shape ("نواكشوط – الوكالة الموريتانية
# للأنباء": the city, then the agency); the short name is told by the page's dateline crediting it in brackets or
# between slashes ("روما (آكي) –", "المنامة / بنا /"): a city opens a dateline, never stands in its brackets.
_AGENCY_FULL_NAME = _compile(rf"^(?:{_NATIONAL_AGENCY}|(?:ال)?وكاله(?:\s+[\u0621-\u064a]+){{1,3}})$")
_AGENCY_SHORT_NAME = re.compile(r"^[\u0621-\u064aa-z]+(?:[ .][\u0621-\u064aa-z]+)?$")


def _agency_masthead(keys: list[str], i: int) -> str | None:
    """Return the short name of head line i when it is a news agency's masthead (see _AGENCY_FULL_NAME), else None."""
    parts = _two_parts(keys[i])
    if parts is None or not _AGENCY_SHORT_NAME.match(parts[0]) or not _AGENCY_FULL_NAME.match(parts[1]):
        return None
    name = parts[0]
    holding = [key for j, key in enumerate(keys) if j != i and key and name in key]
    if not holding:
        return None  # (the pattern below is built for this name: not compiled when no other line holds it)
    credited = re.compile(rf"\(\s*{re.escape(name)}\s*\)|/\s*{re.escape(name)}\s*/")
    return name if any(credited.search(key) for key in holding) else None


def _drop_head_labels(keys: list[str], drop: list[bool], remove,
                      shapes: HeadShapes | None = None, *, outlet: str | None = None,
                      lines: list[str] | None = None) -> tuple[str | None, dt.date | None]:
    """Drop the masthead and label lines above the headline.

    Returns the masthead's (folded) name and the date a label line gives ("سياسة | 2024/12/04").
    A known outlet's credit line ("البيان") is left to _read_metadata, which reads it as a credit.
    shapes: the page's head shapes (see HeadShapes), which judge each line's date stamp once.
    outlet: the outlet's name given with the page, if any: a head line that is that name, over another head line, is
    its masthead (see _is_given_outlet; a short headline over its lead may open with the name).
    lines: the page's lines as written (see _masthead_pair).
    """
    masthead = None
    outlet_named = False  # an outlet's bare name stands above, left to _read_metadata ("البلاد.نت")
    published = None
    shapes = shapes or HeadShapes(keys)
    kept = _head_window(keys, drop, shapes)
    for n, i in enumerate(kept[:-1]):  # the last kept line of the head is never a label: the headline follows
        if masthead is None and (agency := _agency_masthead(keys, i)):
            masthead = agency  # "آكي - الوكالة الإيطالية للأنباء" over "روما (آكي) –": the agency's own page
            remove(i)
            continue
        credit_line = _credit_line(keys[i].strip(_PAD)) is not None
        if masthead is None and credit_line and (
                agency_page := _masthead_and_section(keys[i], bar=True)) and _AGENCY_ONLY.match(agency_page):
            masthead = agency_page  # an agency's own page: "سونا | الصحة" names the publisher, no source it credits
            remove(i)
            continue
        if credit_line:
            outlet_named = outlet_named or _KNOWN_OUTLET.match(keys[i].strip(_PAD)) is not None
            continue
        # "<masthead> - <section>" first: a label too, but it names the outlet a credit line may name again
        name = (_masthead_and_section(keys[i]) or _masthead_pair(keys, drop, kept, n, lines)
                or _outlet_and_place(keys, i) or _station_masthead(keys, i)) if masthead is None else None
        label, value = (False, None) if name else _label_line(keys[i])
        label = label or (not name and (_paired_sections(keys, kept, n) or _news_of_place(keys, kept, n) or (
            (masthead is not None or outlet_named) and (_names_under_the_masthead(keys, kept, n)
                                                        or _one_word_section(keys, kept, n)))
            or _breaking_bar(keys, kept, n) or _competition_label(keys, kept, n)
            or _item_of_the_menu_above(keys, drop, kept, n, lines)))
        if name:
            masthead = name
        elif label:
            published = published or value
        elif shapes.date_stamp(keys[i]):
            continue  # the page's date between the masthead and the section: read by _read_metadata
        elif (topic_date := _dated_topic(keys, kept, n)) is not None:
            published = published or topic_date  # "12 آذار/مارس 2026 المهاجرون واللاجئون" over the headline
        elif (_TAGLINE.match(keys[i].strip(_PAD)) or _official_site_line(keys[i]) or _latin_name_with_tagline(keys[i])
              or _NAME_WITH_MOUTHPIECE.match(keys[i].strip(_PAD)) or _slogan_over_the_head(keys, kept, n, shapes)):
            # the outlet's tagline ("صحيفة عربية مستقلة", "<name> | الموقع الرسمي", "Oasis Post – جريدة إلكترونية
            # مستقلة" under its Arabic name, "<name> - لسان حزب …", "لسان حزب …" over the menu or the headline): no
            # headline, no credit
            pass
        elif masthead is None and (given := _given_outlet_in_two_scripts(keys[i], outlet)):
            masthead = given  # "إيكونومي ميدل إيست | Economy Middle East" on the page of "إيكونومي ميدل إيست"
        elif masthead is None and ((_is_given_outlet(keys[i], outlet) and not _is_paragraph(keys[kept[n + 1]]))
                                   or _find_masthead(keys, drop, i)
                                   or _names_a_section_below(keys, kept, n)
                                   or _name_over_dropped_label(keys, drop, kept, n, shapes)
                                   or _name_by_tagline(keys, kept, n)
                                   or _name_over_slogan_and_navigation(keys, drop, kept, n)):
            masthead = keys[i].strip(_PAD)
        elif masthead is not None and _latin_name_over_arabic(keys, drop, i):
            pass  # the masthead's second spelling: "راديو المدينة" over "Radio Al Madina"
        elif masthead is not None and (_station_masthead(keys, i) or _frequency_line(keys[i])):
            pass  # the station's name again with its frequencies: "الوصال FM 92.7 | 96.8" under "إذاعة الوصال"
        elif masthead is not None and _site_slogan(keys[i]):
            pass  # what the outlet claims to be or publishes: "الإذاعة الأولى في المغرب", "أخبار … بالعربية والفارسية"
        elif (masthead is not None or outlet_named) and _tagline_over_navigation(keys, drop, kept, n):
            pass  # the outlet's slogan under its name (maybe its credit-shaped name: "موقع الفكر"), over the menu
        else:
            break
        remove(i)
    return masthead, published


def _head_window(keys: list[str], drop: list[bool], shapes: HeadShapes) -> list[int]:
    """Return the kept head lines the label pass weighs: HEAD_LABEL_LINES masthead or label lines and the line under
    them. The page's date stamp takes no place of its own ("أخبار الوطن" over its slogan, "الأحد 06 ذو القعدة 1446 هـ
    الموافق لـ 04 ماي 2025", then the section "مجتمع" over the headline): it is no headline and no label, and labels
    stand under it (see _is_date_stamp)."""
    window: list[int] = []
    labels = 0
    for i, key in enumerate(keys):
        if not key or drop[i]:
            continue
        window.append(i)
        if not shapes.date_stamp(key):
            labels += 1
            if labels > HEAD_LABEL_LINES:
                break
    return window


def _dated_topic(keys: list[str], kept: list[int], n: int) -> dt.date | None:
    """Return the date of head line kept[n] when it is the page's date and its topic label over the headline: "12
    آذار/مارس 2026 المهاجرون واللاجئون", "3 يناير 2026 صحة". A full date opens it, then a few words with no figure,
    punctuation, particle or stop word (a headline opening with a date holds a clause: "12 مارس 2026 موعد الانتخابات في
    البلاد"), and a line that is no sentence (the headline) follows it."""
    key = keys[kept[n]]
    found = find_date(key)
    if found is None or found[1] != 0 or n + 1 >= len(kept) or _ends_sentence(keys[kept[n + 1]]):
        return None
    rest = key[found[2]:].strip(_PAD)
    words = rest.split()
    if (not 0 < len(words) <= MAX_SECTION_WORDS or re.search(r"[\d:：،,؛.!؟?«»\"“”()]", rest)
            or any(word in _PARTICLES or word in _STOP_WORDS for word in words)):
        return None
    return found[0]


def _is_date_stamp(key: str) -> bool:
    """Say whether a head line is only the page's date, maybe with the issue number: "الثلاثاء ٢٦ شوال ١٤٤٧هـ -
    ١٤ أبريل ٢٠٢٦م", "15 يوليو 2025 - العدد 18954". It is never a headline, and labels may stand under it."""
    if key.count(" ") + 1 > MAX_DATE_LINE_WORDS or not _DIGIT.search(key):
        return False
    issue = _issue_line(key)
    date = (issue["date"] or issue["date_first"]) if issue else key
    if date is not None and read_date_line(date) is not None:
        return True
    if (uncounted := _without_trailing_counter(key)) is not key and read_date_line(uncounted) is not None:
        return True  # the date and its time, then the views: "2023/12/29 10:05 عدد المشاهدات: 1,284"
    # the date with its update time: "2025-08-27 | آخر تحديث 09:48" (a stamp's words spare other lines the split)
    return _stamp_marked(key) and _read_stamp(key) is not None


def _read_title(lines: list[str], keys: list[str], drop: list[bool]) -> int | None:
    """Return the index of the first kept line when it reads as a headline followed by text."""
    kept = [i for i, key in enumerate(keys) if key and not drop[i]]
    if len(kept) < 2:
        return None
    first = kept[0]
    return first if _headline_shaped(lines[first], keys[first]) else None


# A live blog's format label before its headline: "تغطية مستمرة | إعادة فتح المعبر.. لحظة بلحظة", "متابعة مباشرة: …",
# "تحديث مستمر | …", "مباشر | …"، "بث مباشر: …"، "Live – …". It names how the page is run, not what happened: the title is the headline
# after it. (A tag of what the story is stays, as printed with the headline: "عاجل | …", "خاص | …", "فيديو | …"; so
# does "مباشر.. …" written into the headline's own sentence.)
_LIVE_FORMAT_LABEL = _compile(r"^(?:[^\w\s]\ufe0f?\s*)*(?:(?:تغطيه|متابعه) (?:مستمره|مباشره|حيه|متواصله)"
                              r"|تحديث (?:مستمر|مباشر|متواصل)|تحديثات (?:مستمره|مباشره|حيه|متواصله)"
                              r"|(?:بث )?مباشر|لحظه بلحظه"
                              r"|live(?: updates| coverage| blog)?)\s*(?P<sep>[|:：]|[-–—](?=\s))\s*\S")
MIN_TITLE_AFTER_LABEL_WORDS = 3


def _without_live_format_label(title: str) -> str:
    """Return a title without the live-coverage label before it (see _LIVE_FORMAT_LABEL), when a headline of three
    words or more follows the label; else the title as it is."""
    label = _LIVE_FORMAT_LABEL.match(fold(title))
    if label is None:
        return title
    cut = title.find(label["sep"])
    rest = title[cut + 1:].strip() if cut >= 0 else ""
    return rest if len(rest.split()) >= MIN_TITLE_AFTER_LABEL_WORDS else title


def _headline_shaped(line: str, key: str) -> bool:
    """Say whether a line has a headline's shape: a few words to thirty, no full stop, no colon or comma at
    its end (a label, a lead-in), no summary marker or bullet."""
    line = line.strip()
    bare = key.strip(_PAD)
    return not (len(line) > MAX_TITLE_CHARS or not 2 <= key.count(" ") + 1 <= MAX_TITLE_WORDS or len(bare) < 4
                or _ends_sentence(key) or line.endswith((":", "：", "،", ",", "؛", ";"))
                or bare in _SUMMARY_MARKERS or _BULLET.match(line))


# The headline among the first lines (see _read_head, _drop_head_furniture, _choose_headline). Page furniture
# printed above it (a menu, a ticker, the weather, another story's breaking bar) shares (almost) none of its
# words with the article; the headline names what the article tells, and most of its content words come back.
MIN_HEADLINE_SHARED = 2  # content words a headline shares with its article, at least
HEADLINE_ECHO_RATIO = 1 / 2  # a line echoing under half as much as the best head line is no headline
MAX_FURNITURE_SHARED = 1  # a list of names sharing no more than this with the article is furniture
_CLITIC = re.compile(r"^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل|ك)", re.MULTILINE)  # (see _content_words)
# Particles and prepositions: a headline is a clause and has some ("في", "على", "بعد"); a menu, a ticker or a
# weather strip is a list of names and figures.
_PARTICLES = _labels(
    "في", "على", "من", "إلى", "عن", "مع", "بين", "حتى", "منذ", "خلال", "بعد", "قبل", "عند", "حول", "دون", "ضد",
    "نحو", "لدى", "أن", "إن", "لا", "لم", "لن", "قد", "ما", "هل", "كما", "ثم", "أو", "بل", "إذ", "رغم", "وسط",
)
_NOT_CONTENT = _STOP_WORDS | _PARTICLES  # words no headline or article is about
_FIGURE = re.compile(r"\d[\d.,٫]*\d")
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")


# A preposition glued to the article ("بالإضراب", "للإدارة", "كالعادة") or a quotation mark: a clause.
_CLAUSE_MARK = _compile(r"(?<![\w])(?:و|ف)?(?:بال|لل|كال)[\u0621-\u064a]{2,}|[\"«»“”]")


def _is_list(key: str) -> bool:
    """Say whether a line is a list of names and figures, no clause: no particle, no preposition on a word,
    no quotation ("الرئيسية أخبار تقارير رأي", "الدولار 47 جنيه | اليورو 52 جنيه", "صنعاء 24° مشمس")."""
    return not any(word in _PARTICLES for word in key.split()) and _CLAUSE_MARK.search(key) is None


# Items of a widget split by bars, bullets or wide spaces: "الرئيسية  مباريات اليوم  الأخبار", "الريال 3.75 | الدرهم 3.67".
_ITEM_SPLIT = re.compile(r"\s*[|•·]\s*|\s{2,}|\t")
MIN_WIDGET_ITEMS = 3


def _bar_items(line: str) -> int:
    """Return how many items bars or bullets split a line into, counted rather than split: each split point of a
    bar pattern (spaces, a bar or bullet, spaces) holds one bar or bullet, and the spaces hold none."""
    return 1 + line.count("|") + line.count("•") + line.count("·")


def _is_widget_shaped(line: str, key: str, *, alone: bool = False) -> bool:
    """Say whether a head line has a widget's shape: a list of names (see _is_list) with figures (not a date's)
    or signs (a ticker, the weather), items split by bars or wide spaces, four section names or more among other
    items (a menu with the site's name and its language links: "الرئيسية أخبار تقارير برامج رأي المدار English"),
    or no Arabic word (a language switcher); or three items or more split by bars, whatever they hold (a news
    ticker: "آخر الأخبار: … | … | …"). A figurative headline ("رحلة الألف ميل تبدأ بخطوة") has none of these,
    nor a dated one ("وزير النقل يتفقد الطرق | الأحد 3 مايو 2026"). alone: no head line reads as the headline,
    and figures are no sign ("مجلة الطلبة 2025 - العدد 3" may be one).
    """
    if _bar_items(line) >= MIN_WIDGET_ITEMS or _is_control(line):
        return True
    dated = find_date(key)
    undated = key[:dated[1]] + " " + key[dated[2]:] if dated else key
    if len(_FIGURE.findall(undated)) >= MIN_TICKER_FIGURES and not alone:
        return True  # a ticker's prices ("425 شراء / 428 بيع | 1618 شراء / 1627 بيع"), scores or readings
    if not _is_list(key):
        return False
    words = _MENU_SEPARATORS.sub(" ", key).split()
    sections = sum(1 for word in words if _is_section_label(word))
    return bool((_DIGIT.search(undated) and not alone) or "°" in key
                or len(_ITEM_SPLIT.split(line.strip())) >= MIN_WIDGET_ITEMS or not _ARABIC_WORD.search(key)
                or (len(words) >= MIN_MENU_WORDS and sections >= MIN_MENU_SECTION_WORDS))


# A page control, not a line of text: led by a pictograph ("🔍 بحث", "📲 حمّل التطبيق …", "🎧 استمع إلى النشرة"), or
# holding a bracketed button label ("[تحميل]", "[لاحقاً]", "[اشتراك]"). A headline opens with a word (or a quote).
_PICTOGRAPH = re.compile(rf"^\s*[{PICTOGRAPHS}]")
_BUTTON = re.compile(r"\[\s*[^\[\]\d]{2,20}?\s*\]")
MIN_TICKER_FIGURES = 3  # figures (not a date's) in a faint head line: a ticker's prices, scores or readings


def _is_control(line: str) -> bool:
    """Say whether a head line is a page control: led by a pictograph or holding a bracketed button (see _PICTOGRAPH)."""
    return _PICTOGRAPH.match(line) is not None or _BUTTON.search(line) is not None


def _is_bar_of_items(line: str) -> bool:
    """Say whether a head line is three items or more split by bars: a ticker of scores, prices or other stories'
    headlines ("الأهلي 2-1 بيراميدز | الزمالك 0-0 المصري | سموحة 1-3 الإسماعيلي"). A headline is one clause; its
    bar, if any, splits a label from it ("عاجل | …")."""
    return _bar_items(line) >= MIN_WIDGET_ITEMS


def _content_words(key: str) -> list[tuple[str, str]]:
    """Return (word without its clitics, stem) of each content word of a folded line, and its figures of two
    digits or more, in Western digits (a headline's figures recur in the lead; a ticker's prices do not)."""
    found = [word for word in _ARABIC_WORD.findall(key) if word not in _NOT_CONTENT]
    bares = [(bare, word) for bare, word in zip(_without_clitics(found), found) if len(bare) >= 2]
    words = [(bare, _stem(word)) for bare, word in bares]
    return words + [(figure, "") for figure in _figures(key)]


def _without_clitics(words: list[str]) -> list[str]:
    """Return each word without its clitics (a word of three letters or fewer as it is)."""
    # one sub cuts the clitics of all the words, one a line (a regex call per word cost more)
    stripped = _CLITIC.sub("", "\n".join(words)).split("\n")
    return [bare if len(word) > 3 else word for word, bare in zip(words, stripped)]


def _figures(key: str) -> list[str]:
    """Return the figures of two digits or more of a folded line, in Western digits."""
    return [figure.translate(_WESTERN_DIGITS).replace(",", "") for figure in _FIGURE.findall(key)]


MIN_QUOTES = 2
MAX_WORDS_PER_QUOTE = 2


def _echo(key: str, article_words: frozenset[str], article_stems: frozenset[str]) -> tuple[int, int]:
    """Return how many content words of a line recur in the article, and how many it has; none for a line of
    quotes, a name or two and a figure each, whose figures the article never gives: the day's prices of a
    ticker ("الدولار 9.98 الأورو 10.85"), not the story's (a headline's figures come back in its lead)."""
    words = dict(_content_words(key))  # (each word once)
    figures = [word for word in words if word[:1].isdigit()]
    if (len(figures) >= MIN_QUOTES and len(words) - len(figures) <= MAX_WORDS_PER_QUOTE * len(figures)
            and not any(figure in article_words for figure in figures)):
        return 0, len(words)
    shared = sum(1 for bare, stem in words.items() if bare in article_words or (stem and stem in article_stems))
    return shared, len(words)


# A match's score box over the report: "العين 2 - 1 شباب الأهلي", "ريال مدريد 3:0 خيتافي" (a name of a word to three
# on each side of the score, nothing else).
_SCORE_BOX = _compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2} ?\d{1,2} ?[-–—:] ?\d{1,2} ?[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}$")
MAX_LEAD_POSITION = 12  # kept lines above the lead: the head of a page is a dozen lines at most


def _is_paragraph(key: str) -> bool:
    """Say whether a line is a paragraph of text: a sentence of some length with its full stop, or longer than
    any headline."""
    words = key.count(" ") + 1
    return (words >= MIN_PARAGRAPH_WORDS and _ends_sentence(key)) or words > MAX_TITLE_WORDS


_YEAR_DIGITS = ("19", "20", "13", "14")  # a Gregorian year opens with 19 or 20, a Hijri year with 13 or 14


def _gives_date(key: str, is_date_stamp: Callable[[str], bool] = _is_date_stamp) -> bool:
    """Say whether a head line gives the page's date (a stamp, a labelled date, an issue line): left to
    _read_metadata, which reads it. is_date_stamp: _is_date_stamp, or the page's memo of it (HeadShapes.date_stamp)."""
    if key.count(" ") + 1 > MAX_DATE_LINE_WORDS * 2 or not _DIGIT.search(key):
        return False  # (the count first: a paragraph is spared the scan for a digit)
    if not any(year in key for year in _YEAR_DIGITS):
        return False  # each reading below needs a full date, and its year (see dates.find_date and dates._hijri)
    label = _DATE_LABEL.match(key)
    strong = label is not None and (label.group("strong") or label.group("update"))
    rest = key[label.end():] if label else key
    return (is_date_stamp(key) or (read_date(rest) if strong else read_date_line(rest)) is not None
            or _read_stamp(key) is not None)


def _metadata_shaped(key: str, is_date_stamp: Callable[[str], bool] = _is_date_stamp) -> bool:
    """Say whether a head line is metadata by its shape (a date, a credit or byline line): left to _read_metadata.
    is_date_stamp: as for _gives_date."""
    bare = key.strip(_PAD)
    return (_gives_date(key, is_date_stamp) or _credit_line(bare) is not None or _CREDIT.match(key) is not None
            or _STAFF_BYLINE.match(key) is not None or _BYLINE.match(bare) is not None
            or _EXCLUSIVE.match(key) is not None)


def _label_or_widget(key: str) -> bool:
    """Say whether a head line is a label or a widget by its shape: a section or breadcrumb label, a competition,
    the site's menu, a score box. Never the headline when another head line may be."""
    bare = key.strip(_PAD)
    return (_label_line(key)[0] or _COMPETITION.match(bare) is not None or _is_nav_menu(key)
            or _SCORE_BOX.match(bare) is not None or _is_slash_path(key))


_SPACED_SLASH = re.compile(r"\s+/\s+")
MIN_PATH_PARTS = 3
MAX_PATH_PART_WORDS = 3


def _is_slash_path(key: str, min_parts: int = MIN_PATH_PARTS) -> bool:
    """Say whether a head line is a breadcrumb whose steps a spaced slash splits: "كرة قدم / دوري روشن السعودي /
    الفتح", "أخبار / الخليج / الكويت". Three short names or more (min_parts), no figure and no clause (see _is_list); a
    headline holds a clause, and its slashes join two names of a month or a place ("مارس/آذار")."""
    parts = _SPACED_SLASH.split(key.strip(_PAD))
    return (len(parts) >= min_parts and not _DIGIT.search(key) and _is_list(key)
            and all(0 < part.count(" ") + 1 <= MAX_PATH_PART_WORDS for part in parts))


_MENU_ITEM_SPLIT = re.compile(r"\s*(?:[|›>•·]|\s»\s)\s*")
MIN_MENU_ITEMS = 3


def _repeats_a_menu_item(keys: list[str], i: int) -> bool:
    """Say whether head line i repeats, alone, an item of the site's menu or breadcrumb printed above it: the
    section's label over the headline ("سناك اقتصادي" under "الرئيسية | سناك محلي | سناك اقتصادي | رأي", "كرة اليد"
    under "كرة القدم | كرة اليد | ألعاب القوى"), whatever the section is called. A headline is a clause, never one of
    the menu's names."""
    item = keys[i].strip(_PAD)
    if not item or item.count(" ") + 1 > MAX_SECTION_WORDS or re.search(r"[\d:：،,؛.!؟?|]", item):
        return False
    for key in keys[:i]:
        if key and item in key:
            items = [part.strip(_PAD) for part in _MENU_ITEM_SPLIT.split(key)]
            if len(items) >= MIN_MENU_ITEMS and item in items:
                return True
    return False


Vocabulary = tuple[frozenset[str], frozenset[str]]  # an article's content words and their stems (see _content_words)


class _Head:
    """The head lines above the lead (but date, credit and byline lines, left to _read_metadata), those shaped
    like a headline, how much of the article each of these echoes (content words shared, content words), and
    those echoing faintly: at most one shared word, or under half as much as the best head line.

    The echoes are judged on first use: most pages never ask (their first head line is the headline, shaped as no
    widget), and stemming the whole article for them was the costliest step of clean_text."""

    def __init__(self, lines: list[str], head: list[int], candidates: list[int], article: str,
                 shapes: HeadShapes) -> None:
        self.lines = head
        self.candidates = candidates
        self._page_lines = lines
        self._article = article  # the article's text from its lead on (see _article_vocabulary)
        self._shapes = shapes
        self._echoes: dict[int, tuple[int, int]] | None = None
        self._faint: set[int] | None = None

    @property
    def echoes(self) -> dict[int, tuple[int, int]]:
        if self._echoes is None:
            self._judge()
        return self._echoes

    @property
    def faint(self) -> set[int]:
        if self._faint is None:
            self._judge()
        return self._faint

    def _judge(self) -> None:
        shapes, vocabulary = self._shapes, _article_vocabulary(self._article)
        echoes = {i: shapes.echo(i, vocabulary) for i in self.candidates}
        best = max((shared / total for i, (shared, total) in echoes.items() if total and not shapes.label_or_widget(i)),
                   default=0)
        self._faint = {i for i, (shared, total) in echoes.items()
                       if shared <= MAX_FURNITURE_SHARED or shared < HEADLINE_ECHO_RATIO * best * total
                       or shapes.faint_items(self._page_lines[i], i, vocabulary)}
        self._echoes = echoes


class HeadShapes:
    """The shapes of a page's head lines (see _metadata_shaped, _label_or_widget, _is_date_stamp), and their echoes of
    the article, judged once per page: both head passes (_drop_head_furniture, and _choose_headline after the label
    passes) and the label pass (_drop_head_labels) ask them of the same lines, whose text does not change in between
    (an echo is kept for the article's vocabulary it was judged in). Made for one page and dropped with it."""

    __slots__ = ("_keys", "_metadata", "_date_stamp", "_label_or_widget", "_echoes", "_faint_items")

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        self._metadata: dict[int, bool] = {}
        self._date_stamp: dict[str, bool] = {}
        self._label_or_widget: dict[int, bool] = {}
        self._echoes: dict[tuple[int, Vocabulary], tuple[int, int]] = {}
        self._faint_items: dict[tuple[int, Vocabulary], bool] = {}

    def metadata(self, i: int) -> bool:
        """_metadata_shaped of line i."""
        if i not in self._metadata:
            self._metadata[i] = _metadata_shaped(self._keys[i], self.date_stamp)
        return self._metadata[i]

    def date_stamp(self, key: str) -> bool:
        """_is_date_stamp of a head line's key: _metadata_shaped asks it, then the label pass of its window (see
        _head_window), then again of the same lines as it walks them."""
        if key not in self._date_stamp:
            self._date_stamp[key] = _is_date_stamp(key)
        return self._date_stamp[key]

    def label_or_widget(self, i: int) -> bool:
        """_label_or_widget of line i."""
        if i not in self._label_or_widget:
            self._label_or_widget[i] = _label_or_widget(self._keys[i])
        return self._label_or_widget[i]

    def echo(self, i: int, vocabulary: Vocabulary) -> tuple[int, int]:
        """_echo of line i, a breaking bar's label cut, in the article's vocabulary (see _article_vocabulary)."""
        if (i, vocabulary) not in self._echoes:
            self._echoes[i, vocabulary] = _echo(_BREAKING_BAR.sub("", self._keys[i]), *vocabulary)
        return self._echoes[i, vocabulary]

    def faint_items(self, line: str, i: int, vocabulary: Vocabulary) -> bool:
        """_faint_items of line i (its text: line) in the article's vocabulary."""
        if (i, vocabulary) not in self._faint_items:
            self._faint_items[i, vocabulary] = _faint_items(line, *vocabulary)
        return self._faint_items[i, vocabulary]


def _read_head(lines: list[str], keys: list[str], drop: list[bool], shapes: HeadShapes | None = None) -> _Head | None:
    """Read the head of the page (see _Head); None when no lead follows it or no Arabic text judges it."""
    kept = [i for i, key in enumerate(keys) if key and not drop[i]][:MAX_LEAD_POSITION + 1]
    lead = next((n for n, i in enumerate(kept) if _is_paragraph(keys[i])), None)
    if lead is None or lead < 1:
        return None
    shapes = shapes or HeadShapes(keys)
    head = [i for i in kept[:lead] if not shapes.metadata(i)]
    candidates = [i for i in head if _headline_shaped(lines[i], keys[i])]
    if not candidates:
        return None
    article = " ".join(key for i, key in enumerate(keys) if key and not drop[i] and i >= kept[lead])
    # (the article's vocabulary has a stem as soon as one content word has: the first few words tell)
    if not any(_stem(word[0]) for word in _ARABIC_WORD.finditer(article) if word[0] not in _NOT_CONTENT):
        return None  # (no Arabic text to judge by: an English page keeps its head)
    return _Head(lines, head, candidates, article, shapes)


@lru_cache(maxsize=2)
def _article_vocabulary(text: str) -> Vocabulary:
    """Return the content words and stems of the article from its lead on. Cached: both head passes
    (_drop_head_furniture, and _choose_headline after the label passes) read the same text, and stemming the
    whole article twice was ~8% of extract_article's profiled time."""
    # (each word once: a set difference drops the stop words in C, and an article repeats its words)
    found = list(set(_ARABIC_WORD.findall(text)) - _NOT_CONTENT)
    bares = frozenset(bare for bare in _without_clitics(found) if len(bare) >= 2)
    # The same sets as _content_words gives, built in C: a word with a stem (three letters or more, see stems._stem)
    # has a bare form as long, so the stems need no filter on the bare form's length.
    stems = frozenset(map(_stem, found)) - {""}
    return bares | frozenset(_figures(text)), stems


def _faint_items(line: str, article_words: frozenset[str], article_stems: frozenset[str]) -> bool:
    """Say whether a line of three items or more split by bars or wide spaces ("المدار رياضة  المدار اقتصاد  المدار
    فن") has no item sharing more than one content word with the article: a widget's names or quotes, each
    judged alone (together they may share a few of the article's common words)."""
    items = [item for item in _ITEM_SPLIT.split(line.strip()) if item]
    return len(items) >= MIN_WIDGET_ITEMS and all(  # (folding joins wide spaces)
        _echo(fold(item), article_words, article_stems)[0] <= MAX_FURNITURE_SHARED for item in items)


def _drop_head_furniture(lines: list[str], keys: list[str], drop: list[bool], remove,
                         shapes: HeadShapes | None = None) -> None:
    """Drop the widgets printed over the head of the page, before the label passes read the masthead and labels
    under them: a line echoing the article faintly with a widget's shape (see _is_widget_shaped: a menu split by
    wide spaces, a ticker bar, the weather, a language switcher); over a line that echoes the article (the
    headline), another story's breaking bar ("عاجل: …") echoing faintly and a match's score box ("الوداد 2 - 0
    الرجاء"). A headline is none of these; a line holding a date is left to _read_metadata.
    """
    head = _read_head(lines, keys, drop, shapes)
    if head is None:
        return
    for n, i in enumerate(head.candidates):
        key = keys[i]
        # (the shapes first: the echoes are judged only for a line that has one, see _Head)
        score_box, breaking_bar = _SCORE_BOX.match(key.strip(_PAD)) is not None, _BREAKING_BAR.match(key) is not None
        if (score_box or (breaking_bar and i in head.faint)) and any(j not in head.faint for j in head.candidates[n + 1:]):
            remove(i)  # (a breaking headline, or a score alone, over the text is the title: its story follows)
        elif _is_widget_shaped(lines[i], key, alone=True) and not find_date(key) and i in head.faint:
            remove(i)


def _choose_headline(lines: list[str], keys: list[str], drop: list[bool], remove,
                     shapes: HeadShapes | None = None) -> dt.date | None:
    """Drop the page furniture printed above the headline that the label passes left (a menu, a ticker, the
    site's name, a label the tables do not know): the headline is the first head line, above the lead, that
    reads as one (see _reads_as_the_headline), and the head lines above it go. When that is the first head line,
    or no line reads as the headline, nothing changes. A line with a date is left to _read_metadata, unless it is a
    faint widget printed beside the page's date ("الأربعاء 8 أكتوبر 2025 | الشارقة 34°C رطوبة 58%", "<date> |
    الدولار 48.31 / 48.41 | …"): it goes, and its date is returned.
    """
    head = _read_head(lines, keys, drop, shapes)
    if head is None:
        return None
    candidates = head.candidates
    chosen = next((i for n, i in enumerate(candidates) if _reads_as_the_headline(
        lines, keys, head, candidates[n:], first=n == 0,
        under_chrome=any(drop[j] and keys[j] for j in range(i)) or _over_navigation(keys, drop, candidates, n))), None)
    if chosen is None or chosen == candidates[0]:
        return None
    published = None
    for i in head.lines:
        if i == chosen:
            break
        dated = find_date(keys[i])
        if not dated:  # (a dateline the patterns of _read_metadata read: "جدة 3 شوال … واس")
            remove(i)
        elif i in head.faint and _is_widget_shaped(lines[i], keys[i]):
            remove(i)
            published = published or dated[0]
    return published


_PHRASE_ELLIPSIS = re.compile(r"\s*(?:\.{2,3}|…)\s*")


def _live_headline_dated(keys: list[str], i: int) -> bool:
    """Say whether head line i is a live blog's headline behind its format label ("تغطية مباشرة| المنخفض القطبي …")
    with the page's date or update time on the next line: no bar over another story, which has its own headline."""
    if _LIVE_FORMAT_LABEL.match(keys[i]) is None:
        return False
    j = _next_nonblank(keys, i + 1)
    return j < len(keys) and _dated(keys[j].strip(_PAD))


def _over_navigation(keys: list[str], drop: list[bool], candidates: list[int], n: int) -> bool:
    """Say whether the site's navigation (a menu, a breadcrumb or a bar of items, already dropped) stands between head line candidates[n]
    and the next head line: the line is page chrome (a breaking bar over the menu), as a line under a dropped
    masthead is; a headline has its lead, byline or date under it, never the menu."""
    end = candidates[n + 1] if n + 1 < len(candidates) else candidates[n] + 1
    return any(drop[j] and keys[j] and (_is_navigation(keys[j]) or _is_bar_of_items(keys[j]))
               for j in range(candidates[n] + 1, end))


def _reads_as_the_headline(lines: list[str], keys: list[str], head: _Head, candidates: list[int], *, first: bool,
                           under_chrome: bool = False) -> bool:
    """Say whether head line candidates[0] is the headline, the head lines above it being no headline; the lines
    after it in candidates may be.

    Page furniture shares (almost) none of its words with the article (from the lead on), and has a widget's
    shape (see _is_widget_shaped): a menu ("الصفحة الأولى  ملاعب  منوعات  مرئيات"), a ticker ("الريال 3.75 |
    الدرهم 3.67"), a weather strip ("طنجة 16° ممطر"), the network's sister sites. It is faint (in head.faint) when it
    shares at most one content word with the article or echoes it under half as much as the best head line; a
    headline names what the article tells, and most of its content words come back in the text. A label or a
    widget (see _label_or_widget) is no headline over another line, nor a bar of three items (see _is_bar_of_items),
    nor a faint section and subsection split by a spaced slash ("آسيا / اليابان", see _is_slash_path), nor a faint
    breaking bar ("عاجل: …"): it names another story (a breaking headline has its story under it). Nor
    is a breaking bar on the same story printed under the page's chrome (under_chrome: the masthead or menu dropped
    above it) over a line that echoes the article: the site's bar runs the story's first flash, labelled, and the
    headline is the line under it. (At the top of the text, "عاجل | …" over such a line is the headline.)
    The first head line stays the headline unless it is a faint widget: a figurative headline shares few words
    ("رحلة الألف ميل تبدأ بخطوة"). Under furniture, a line must share two content words or more and be no faint
    list of names (see _is_list), nor the site's name printed again in the furniture above ("الترا تونس" under
    "الترا صوت  الترا تونس  الترا جزائر"). Nor is the outlet's name a source in the text speaks to ("لـ«…»", see
    _quoted_as_the_outlet), over another line.
    """
    i, later = candidates[0], candidates[1:]
    key = keys[i]
    if later and (_label_or_widget(key) or _is_bar_of_items(lines[i]) or _repeats_a_menu_item(keys, i)
                  or (_is_slash_path(key, min_parts=2) and i in head.faint) or (
            key.count(" ") + 1 <= MAX_MASTHEAD_WORDS and _quoted_as_the_outlet(keys, i, key.strip(_PAD))) or (
            _BREAKING_BAR.match(key) is not None and (i in head.faint or (under_chrome and any(
                j not in head.faint for j in later)) and not _live_headline_dated(keys, i)))):
        return False
    if first:
        # (the shape first: see _Head) a faint name in two scripts or slogan atop the page is the site's, no headline;
        # so is a name in two scripts that a source in the text speaks to ("قال … لـ\"ميدل إيست آي\" إن …")
        name = _two_script_name(key)
        if name and _quoted_as_the_outlet(keys, i, name):
            return False
        # (a slogan of two phrases split by an ellipsis is one: "صوت الساحل والجبل.. قريبة منكم")
        slogan = _MOUTHPIECE.match(key.strip(_PAD)) or _SLOGAN.match(" ".join(_PHRASE_ELLIPSIS.split(key.strip(_PAD))))
        return not ((_is_widget_shaped(lines[i], key) or name or slogan) and i in head.faint)
    if head.echoes[i][0] < MIN_HEADLINE_SHARED or (i in head.faint and _is_list(key)):
        return False
    name = re.compile(rf"(?<![\w]){re.escape(key.strip(_PAD))}(?![\w])")
    return not (_is_list(key) and key.count(" ") + 1 <= MAX_MASTHEAD_WORDS
                and any(name.search(keys[j]) for j in head.lines if j < i))
