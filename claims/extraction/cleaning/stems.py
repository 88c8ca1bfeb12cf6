"""Lexical cohesion: rough stems of Arabic words and how many two texts must share.

_stem and _stems cut clitics and common suffixes and drop stop words; the thresholds (MIN_HEADLINE_ECHO,
MAX_STEMS_SHARED_WITH_BEFORE, MIN_ARTICLE_STEMS …) say how much a paragraph must echo a headline, or may
share with the article, to be told as glued on. glued compares teasers and foot stories with the article
by them, furniture a ticker or a tag line with the page, metadata a byline with the text.
"""
from __future__ import annotations

import functools
import re

from .dates import fold

# A glued-on article's lead echoes its headline, the last "link" above it: at least half the headline's
# content stems, while sharing little with the text before. (Stem overlap with the text before does
# not tell the two apart alone: continuations in the seeds and test pages share 14-36% of their stems,
# glued articles on the same topic 12-32%; those are closed by "المصدر:" and keywords.)
MIN_HEADLINE_ECHO = 0.5
MAX_STEMS_SHARED_WITH_BEFORE = 0.25
MIN_FOOT_ECHO = 1 / 3  # a lone paragraph at the foot of the page echoes its headline at least this much
# A teaser at the foot on the article's beat shares under half of its stems with the article, the beat's
# common words (29-35% in the cases seen; see _teaser_on_the_beat); a continuing paragraph that echoes the
# link goes on with the article's names and shares half or more.
MAX_STEMS_SHARED_BY_BEAT_TEASER = 1 / 2
# A teaser restates its link's headline: three quarters of its stems or more come back in it (see
# _teaser_on_the_beat); the glued story then runs on to the foot of the page, this many paragraphs at most.
MIN_RESTATED_HEADLINE = 3 / 4
MAX_GLUED_FOOT_PARAGRAPHS = 3
# A glued paragraph in mid-text that echoes no headline: it shares no stem with the article, and the next
# paragraph shares at least this much of its stems with it (continuations share 14-44%; see above).
MIN_RESUMED_SHARE = 0.2
MIN_GLUED_STEMS = 8  # a paragraph with fewer content stems is too short to judge
MIN_ARTICLE_STEMS = 40  # sharing nothing with a shorter article (a title and a lead) tells little
MIN_FOOT_HEADLINE_STEMS = 4  # a glued headline with no marker or dateline above its lead (see _lead_at_the_foot)
# A story glued at the foot with no marker, dateline or headline, its lead telling its day ("… تمكنوا فجر اليوم من
# إخماد حريق"), shares under this much of its stems with the article: the article's own last paragraphs with no
# connective share 14% or more in the corpus (those under a quarter open with "في المقابل"/"من جهتهم" and tell no day).
MAX_STEMS_SHARED_BY_FOREIGN_LEAD = 1 / 8
MAX_STEMS_SHARED_BY_GLUED_BRIEF = 1  # one shared word may be chance ("المنتظرة"); the same story shares its topic

_STEM_PREFIX = re.compile(r"^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل|ك)")
_STEM_SUFFIX = re.compile(r"(?:هما|هم|ها|ات|ون|ين|ان|يه|ه|ي)$")
_STOP_WORDS = frozenset(fold(word) for word in (
    "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قال", "قالت", "أضاف", "أضافت",
    "إن", "أن", "أو", "ثم", "كما", "بين", "خلال", "منذ", "بعد", "قبل", "عند", "حتى", "على", "إلى", "عن",
    "مع", "من", "في", "أكثر", "أقل", "نحو", "حوالي", "اليوم", "أمس", "العام", "الماضي", "المقبل",
    "الجاري", "الحالي", "صباح", "مساء",  # time words any two stories share ("مساء اليوم", "الشهر الجاري")
))


def _stems(key: str) -> set[str]:
    """Return rough stems of a folded text's content words (clitics and common suffixes cut)."""
    stems = {_stem(word) for word in set(_ARABIC_WORD.findall(key))}
    stems.discard("")
    return stems


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


@functools.lru_cache(maxsize=1 << 15)
def _stem(word: str) -> str:
    """Return a word's rough stem, or "" for a stop word or a stem under three letters (words recur:
    the whole text before a read-also block is stemmed)."""
    if word in _STOP_WORDS:
        return ""
    stem = _STEM_PREFIX.sub("", word)
    if len(word) > 4:
        stem = _STEM_SUFFIX.sub("", stem)
    return stem if len(stem) >= 3 else ""
