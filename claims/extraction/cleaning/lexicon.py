"""What every cleaning module shares: patterns compiled on folded keys, and a few common tables and tests.

Every pattern of the package runs on fold(line) (see dates.fold): _compile folds a pattern as the lines
are folded, _NeedsWord spares most lines a regex scan, _labels folds a set of labels. Here too are the
characters that pad a label (_PAD), the end-of-sentence and next-line tests (_ends_sentence,
_next_nonblank), a digit (_DIGIT), the wire agencies' names (_AGENCY, _AGENCY_ONLY), and the length of a
body paragraph and of a link line (MIN_PARAGRAPH_WORDS, SHORT_LINE_WORDS), and the section words with their test
(_SECTION_WORDS, _is_section_label: a section label over the headline, beside the page's date or age under it). Imports
nothing from the package but dates.
"""
from __future__ import annotations

import re

from .dates import fold, fold_pattern

# Every pattern below runs on fold(line): no diacritics or tanween, أ/إ/آ -> ا, ى/ئ -> ي, ة -> ه.
# Patterns and labels are folded the same way when compiled, so they may be written plainly.


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


class _NeedsWord:
    """A pattern searched only in lines that hold one of the words every match contains.

    Most lines are body text that no boilerplate pattern matches; a substring test runs in C
    and spares them a regex scan that tries every alternative at every character.
    openings: for alternatives anchored at the line's start (^), the words they open with, looked for there only
    (a match either opens with one of openings or holds one of needed). Each substring test scans the whole line,
    and the longer its word, the faster: an opening costs next to nothing.
    """

    def __init__(self, pattern: str, *needed: str, openings: tuple[str, ...] = ()) -> None:
        self.pattern = _compile(pattern)
        self.needed = tuple(fold_pattern(word) for word in needed)
        self.openings = tuple(fold_pattern(word) for word in openings)

    def search(self, text: str) -> re.Match[str] | None:
        if self.openings and text.startswith(self.openings):
            return self.pattern.search(text)
        for word in self.needed:
            if word in text:
                return self.pattern.search(text)
        return None


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """Return one pattern that matches at a position wherever one of patterns does: a single match() that tells
    whether any of a family's match() calls could succeed, so a line it fails on is spared each of them.

    Each pattern's source becomes an alternative as it is; its named groups become plain ones (their names could
    clash), which is why none may be referred back to.
    """
    sources = []
    for pattern in patterns:
        source = pattern.pattern
        if pattern.flags != re.UNICODE or "(?P=" in source or "(?(" in source or re.search(r"\\[1-9]", source):
            raise ValueError(f"cannot join {source!r}: flags or a back reference")
        sources.append(re.sub(r"(?<!\\)\(\?P<\w+>", "(?:", source))
    return re.compile("|".join(f"(?:{source})" for source in sources))


def _labels(*labels: str) -> frozenset[str]:
    return frozenset(fold(label) for label in labels)


# Characters that may pad a boilerplate label: dashes, bullets, colons, dots, brackets, a link's arrow ("… ›").
_PAD = " -–—_:：.…•·*|/\\()[]{}<>«»‹›\"'!؟?،,؛;>"


def _ends_sentence(key: str) -> bool:
    """Say whether a key ends with a full stop, as [.。]\\s*$ finds (keys hold no line break).

    rstrip() drops what \\s matches (both go by str.isspace): no regex scan of the whole line.
    """
    return key.rstrip()[-1:] in (".", "。")


def _has_dash(text: str) -> bool:
    """Say whether text holds a dash ("-", "–", "—"): a line with none is spared the scan of a pattern that needs one."""
    return "-" in text or "–" in text or "—" in text


SHORT_LINE_WORDS = 12  # a link or keyword line is a handful of words
# Wire agencies credited in a dateline: "جنيف - أ ف ب", "الرباط - 10 سبتمبر (رويترز) -", "الدامر (سونا) –" (Sudan's agency),
# "باكو (أذرتاج)" (Azerbaijan's).
_AGENCY = (r"(?:رويترز|ا\s?ش\s?ا|ا\s?ف\s?ب|ا\.ف\.ب|فرانس برس|الاناضول|الأناضول|د\s?ب\s?ا|اسوشيتد برس|أسوشيتد برس|ا\s?ب|"
           r"شينخوا|يونهاب|تاس|سبوتنيك|وام|واس|سانا|سونا|قنا|كونا|بترا|ومع|بنا|العمانيه|واج|وفا|سبا|واع|وات|اذرتاج|وكالات|الوكالات)")

_AGENCY_ONLY = _compile(rf"^\s*{_AGENCY}\s*$")
# Pictographs (arrows, technical signs, dingbats, emoji) a page prints as icons of its controls and counters:
# "🔍", "🎧", "👁", "🗨", "🔗", "🖨", "✉", "⏳".
PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_ICONS_AT_ENDS = re.compile(rf"^[\s{PICTOGRAPHS}\ufe0f]+|[\s{PICTOGRAPHS}\ufe0f]+$")


def _bare(key: str) -> str:
    """Return a line stripped of its padding and of the icons a control prints beside its label ("بحث 🔍")."""
    bare = key.strip(_PAD)
    return _ICONS_AT_ENDS.sub("", bare).strip(_PAD) if bare and (bare[0] > "\u2000" or bare[-1] > "\u2000") else bare
_DIGIT = re.compile(r"\d")

MIN_PARAGRAPH_WORDS = 8  # a line this long is body text, not a headline or a label


def _next_nonblank(keys: list[str], j: int) -> int:
    while j < len(keys) and not keys[j]:
        j += 1
    return j


# Section labels printed over a headline, or beside the page's date or age under it: "اقتصاد", "أخبار عربية", "مجتمع
# واقتصاد", "عربي ودولي". A line counts as a label when every word is one of these (with ال or و before it). One table
# for the package: the masthead's label passes and the metadata reader's stamp lines both ask _is_section_label.
_SECTION_WORDS = _labels(
    "اخبار", "سياسه", "اقتصاد", "رياضه", "ثقافه", "فن", "فنون", "منوعات", "مجتمع", "صحه", "تكنولوجيا",
    "علوم", "تقنيه", "محليات", "محلي", "محليه", "دوليات", "دولي", "دوليه", "عربي", "عربيه", "عالمي",
    "عالم", "تقارير", "تحقيقات", "حوارات", "مقالات", "راي", "اعمال", "مال", "بورصه", "اسواق", "سياحه",
    "تعليم", "بيئه", "حوادث", "قضايا", "عاجل", "خليجي", "خليجيه", "اقتصاديه", "سياسيه", "رياضيه",
    "ثقافيه", "طاقه", "سيارات", "اتصالات", "شؤون", "اسلاميات", "ملفات", "اراء", "وطني", "وطنيه",
    # sports sub-sections: "كرة قدم عربية", "كرة القدم العالمية", "كرة السلة"
    "كره", "قدم", "سله", "عالميه", "اوروبيه", "محترفين",
    "ادب", "اداب", "تراث", "سينما", "مسرح", "شباب", "اسره", "برلمان",
    "امن", "قضاء", "جرائم", "محاكم",  # "أمن وقضاء", "جرائم ومحاكم"
    # a site menu's other items: "جهات", "فيديو", "كاريكاتير", "فن ومشاهير", "إقليمي ودولي", "أرشيف الأعداد"
    "جهات", "محافظات", "فيديو", "فيديوهات", "كاريكاتير", "برامج", "مشاهير", "كتابات", "شركات", "عقارات",
    "اقليمي", "اقليميه", "ارشيف", "انفوغراف", "انفوجراف", "بودكاست", "صور", "الرئيسيه",
    # a magazine's sections: "شخصيات", "ذاكرة" (its history pages)
    "شخصيات", "ذاكره",
    # a regional desk, as the Maghreb's pages name it: "الأخبار الجهوية", "جهوي"
    "جهوي", "جهويه",
)
# A section may be named in the plural: "ثقافات", "رياضات", "اقتصاديات", "سياسات" (the singular's ه/ة, or
# the bare singular, with ات: "ثقافه" -> "ثقافات", "عربيه" -> "عربيات").
_PLURAL_SECTION = re.compile(r"^(?P<stem>[\u0621-\u064a]{2,})ات$")
MAX_SECTION_WORDS = 4

_DEFINITE_ARTICLE = re.compile(r"^و?ال")  # (compiled once: _is_nav_menu asks of every word of a line)


def _is_section_label(key: str) -> bool:
    """Say whether a line is only a section label ("اقتصاد", "أخبار عربية", "مجتمع واقتصاد")."""
    words = key.strip(_PAD).split()
    return 0 < len(words) <= MAX_SECTION_WORDS and all(
        _is_section_word(word) or _is_section_word(word.removeprefix("و"))
        or _is_section_word(_DEFINITE_ARTICLE.sub("", word)) for word in words)


def _is_section_word(word: str) -> bool:
    """Say whether a word names a section, in the singular or the plural ("ثقافة", "ثقافات")."""
    if word in _SECTION_WORDS:
        return True
    plural = _PLURAL_SECTION.match(word)
    return plural is not None and (plural["stem"] + "ه" in _SECTION_WORDS or plural["stem"] in _SECTION_WORDS)
