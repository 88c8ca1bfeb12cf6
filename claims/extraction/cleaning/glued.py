"""Where another story starts: read-also and related blocks, and stories glued under the article.

The read-also markers, related-stories headings, Al Jazeera's list widget and next-article links, and
the tests that tell the links and teaser glued under them, or a headline with its lead or a brief glued
at the foot with no marker, from the article going on: connectives, datelines and bylines opening a
paragraph, and the stems it shares with the headline and the article (see stems).
"""
from __future__ import annotations

import re

from .dates import _MONTH, WEEKDAYS, fold, is_time_only, read_date_line
from .furniture import (
    _BYLINE,
    _COOKIES,
    _COPYRIGHT,
    _DISCLAIMER,
    _KEYWORDS,
    _RELATIVE_STAMP,
    _SOCIAL_ONLY,
    _BROADCAST_BAND,
    _TUNE_PROMPT,
    _is_comment_widget,
    _is_outlet_disclaimer,
    _is_score_ticker,
)
from .lexicon import (
    _DIGIT,
    _has_dash,
    _PAD,
    MIN_PARAGRAPH_WORDS,
    SHORT_LINE_WORDS,
    _compile,
    _ends_sentence,
    _labels,
    _next_nonblank,
)
from .stems import (
    MAX_STEMS_SHARED_BY_BEAT_TEASER,
    MAX_STEMS_SHARED_BY_FOREIGN_LEAD,
    MAX_STEMS_SHARED_BY_GLUED_BRIEF,
    MAX_STEMS_SHARED_WITH_BEFORE,
    MIN_ARTICLE_STEMS,
    MIN_FOOT_ECHO,
    MIN_FOOT_HEADLINE_STEMS,
    MIN_GLUED_STEMS,
    MAX_GLUED_FOOT_PARAGRAPHS,
    MIN_HEADLINE_ECHO,
    MIN_RESTATED_HEADLINE,
    MIN_RESUMED_SHARE,
    _stems,
)

# A heading that introduces a list of links to other articles: drop it and the links.
_RELATED_HEADINGS = _labels(
    "مواضيع ذات صله", "اخبار ذات صله", "موضوعات متعلقه", "مقالات ذات صله", "موضوعات ذات صله", "قصص ذات صله",
    "ذات صله", "روابط ذات صله", "اخبار متعلقه", "مواضيع متعلقه", "مقالات متعلقه", "مواضيع مشابهه",
    "اخبار مشابهه", "مقالات مقترحه", "الاكثر قراءه", "الاكثر مشاهده", "اخترنا لك", "اقرا في",
    "مقالات قد تهمك", "اخبار قد تهمك", "مواضيع قد تهمك", "قد يعجبك", "ننصحك بقراءه", "شاهد ايضا من",
    "الاكثر تداولا", "اخر الاخبار", "احدث الاخبار", "اخبار متعلقه", "قصص مقترحه", "المزيد من الاخبار",
    "اقرا المزيد", "read more",
    "مرتبط", "مواد مرتبطه", "اخبار مرتبطه",  # Enab Baladi's "related" label
    "related", "related articles", "related news", "related stories", "related topics",
    "most read", "more stories", "you may also like",
    # BBC's "more on this story" and its variants
    "المزيد حول هذه القصه", "المزيد عن هذه القصه", "المزيد حول هذا الموضوع", "المزيد عن هذا الموضوع",
    "more on this story", "more about this story",
    # "more news": "مزيد من الأخبار", "المزيد من المقالات"
    "مزيد من الاخبار", "المزيد من المقالات", "المزيد من القصص", "المزيد من المواضيع", "المزيد من الموضوعات",
    "more news",
    # a live blog's list of updates on other stories, printed under the article
    "اخر التحديثات", "احدث التحديثات", "تغطيه مباشره", "تغطيه حيه", "live updates", "latest updates",
) | frozenset(
    # each related noun with each adjective, bare ("مواد ذات صلة", "قصص مرتبطة") or with the article on both
    # words ("الموضوعات المتعلقة", "الأخبار ذات الصلة")
    fold(form)
    for noun in ("مواضيع", "موضوعات", "اخبار", "مقالات", "قصص", "روابط", "مواد", "فيديوهات", "مقاطع", "تقارير")
    for adjective in ("متعلقه", "ذات صله", "مرتبطه", "مشابهه", "مقترحه")
    for form in (f"{noun} {adjective}",
                 f"ال{noun} {'ذات الصله' if adjective == 'ذات صله' else 'ال' + adjective}")
) | frozenset(
    # "أخبار أخرى", "مواضيع أخرى", "المقالات الأخرى": the page's other stories (not "مواد أخرى", a list's item)
    fold(form)
    for noun in ("مواضيع", "موضوعات", "اخبار", "مقالات", "قصص")
    for form in (f"{noun} اخري", f"ال{noun} الاخري")
) | frozenset(
    # the section's other stories: "من نفس القسم", "من القسم نفسه", "في نفس القسم", "أخبار من ذات القسم", "المزيد من هذا
    # القسم" (a sentence names what the section holds; the heading names only the section)
    fold(f"{lead}{preposition} {section}")
    for lead in ("", "المزيد ", "مزيد ", "اخبار ", "مقالات ", "مواضيع ", "موضوعات ", "اقرا ايضا ")
    for preposition in ("من", "في")
    for section in ("نفس القسم", "القسم نفسه", "ذات القسم", "القسم ذاته", "هذا القسم", "القسم",
                    "نفس التصنيف", "التصنيف نفسه", "نفس الباب")
) - {"من القسم", "في القسم"}  # (bare "من القسم" may close a line cut short; with a lead word it is a heading)
# Over the headline, before any paragraph, a live-coverage heading is the page's format label ("تغطية مباشرة" over
# "مباشر.. المغاربة يتابعون الكسوف", "تحديث مستمر" over "زلزال بقوة 6.1 درجات يضرب …"): the headline and the
# timeline under it are the article, not links.
_LIVE_COVERAGE_HEADINGS = _labels("تغطيه مباشره", "تغطيه حيه", "تغطيه مستمره", "متابعه مباشره", "متابعه مستمره",
                                  "تحديث مستمر", "تحديثات مستمره", "تحديث مباشر", "تحديثات مباشره", "تحديثات حيه",
                                  "live updates", "live coverage")
def _is_related_heading(bare: str) -> bool:
    """Say whether a line heads related links: a known heading, or headings joined by a bar ("تغطية مباشرة | آخر
    التحديثات")."""
    if bare in _RELATED_HEADINGS:
        return True
    if "|" in bare:
        parts = [part.strip(_PAD) for part in bare.split("|")]
        if len(parts) >= 2 and all(part in _RELATED_HEADINGS for part in parts):
            return True
    return _related_topics_line(bare)


# The related topics on the heading's own line, short items split by dots, bars or commas: "موضوعات ذات صلة: التعليم ·
# الثانوية العامة · الدروس الخصوصية" (the page's tags by another name).
_RELATED_ITEM = r"[^\s|،,:：.·•؛!؟?]+(?: [^\s|،,:：.·•؛!؟?]+){0,3}"
_RELATED_TOPICS = _compile(rf"^(?P<heading>[^:：]+?)\s*[:：]\s*{_RELATED_ITEM}(?:\s*[|،,·•]\s*{_RELATED_ITEM})+$")


def _related_topics_line(bare: str) -> bool:
    """Say whether a line is a related heading with its topics after a colon (see _RELATED_TOPICS)."""
    if ":" not in bare and "：" not in bare:
        return False  # (no colon, no topics after it: spare the scan)
    # The heading holds no colon and only spaces stand between it and one: it is the text before the first colon,
    # right-stripped (\s and rstrip() agree on spaces). A line whose text there is no related heading is spared the scan.
    colon = min(at for at in (bare.find(":"), bare.find("：")) if at >= 0)
    if bare[:colon].rstrip() not in _RELATED_HEADINGS:
        return False
    line = _RELATED_TOPICS.match(bare)
    return line is not None and line["heading"] in _RELATED_HEADINGS


# A link to the next or previous article at the foot ("المقال التالي", "الخبر السابق: …", "« السابق",
# "Next article"): the article is over, what follows is the other story's headline (and maybe its lead).
# The label stands alone or before a colon or dash: "المقال التالي في السلسلة يتناول …" is a sentence.
_NEXT_ARTICLE = _compile(r"^(?:(?:ال)?(?:مقال|مقاله|خبر|موضوع|قصه|تدوينه|منشور|تقرير)\s+(?:ال)?(?:تالي|تاليه|سابق|سابقه)"
                         r"|(?:next|previous|prev) (?:article|post|story))(?:\s*[:：\-–—]|$)"
                         r"|^(?:التالي|السابق|next|previous|prev)$")

# "اقرأ أيضاً", "إقرأ أيضا:", "شاهد أيضاً", "قد يهمك أيضا", "طالع أيضا": after it comes other stories.
# (The imperative may carry the feminine ending after a slash or in brackets, "اقرأ/ي أيضًا", "شاهد(ي) أيضا":
# a page addressing both readers.)
_READ_ALSO = _compile(
    r"^(?:(?:(?:اقرا|طالع|شاهد|تابع)(?:\s*/\s*ي|\s*\(\s*ي\s*\))?|اطلع علي)\s+(?:ايضا|كذلك)"
    r"|قد (?:يهمك|يهمكم|تهمك|يعجبك|يعجبكم)(?:\s+(?:ايضا|كذلك))?"
    r"|(?:read|see) also|also read|you may also like|you might also like|لا تفوت|ننصحك بقراءه"
    r"|اقرا المزيد(?!\S))"  # RT's "اقرأ المزيد": a link and, often, its teaser paragraph
)

# Al Jazeera's related-stories widget: "list of 2 items", "list 1 of 2", links, "end of list".
_LIST_START = _compile(r"^(?:list of \d+ items?|قائمه من \d+ (?:عناصر|عنصر|عنصرا))$")
_LIST_END = _compile(r"^(?:end of list|نهايه القائمه)$")
MAX_LIST_LINES = 30

# How a paragraph that carries on the same story opens: و/ف joined to its first word
# ("وقال", "وبحسب", "فيما") or a discourse connective ("كما", "من جهته،", "في المقابل،").
_CONNECTIVE = _compile(
    r"^(?:[وف]\S{2,}|كما|ثم|لكن|بينما|اما|اذ|بدوره|بدورها|من جهته|من جهتها|من جانبه|من جانبها"
    r"|في المقابل|في السياق|في سياق|في غضون ذلك|في الاثناء|في هذه الاثناء|الي ذلك|علاوه علي ذلك"
    r"|اضافه الي ذلك|من ناحيه اخري|من جهه اخري|يذكر ان|يشار الي|الجدير بالذكر|ياتي ذلك|تاتي هذه|ياتي هذا)"
    r"(?![^\s،,؛:])"  # a comma may follow the connective, not more letters
)
# Words that merely begin with و or ف (no conjunction): a new article's lead may open with them.
_NOT_CONNECTIVE = (
    "وزير", "وزار", "وزرا", "وكال", "وفد", "وفا", "واشنطن", "وافق", "واصل", "وصل", "وقع", "وضع", "وسط",
    "ولاي", "وحد", "وثيق", "وجه", "وصف", "وعد", "فاز", "فرض", "فتح", "فشل", "فريق", "فرنس", "فلسطين",
    "فيضان", "فور", "في ",
)
# A short line that credits a new article: "مدريد - أ ف ب", "البلاد (موسكو، كييف)", "كتب - محمد علي".
_NEW_ARTICLE_BYLINE = _compile(
    r"^(?:[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*(?:[-–—/]\s*\S+(?:\s+\S+){0,2}|\([^)]{1,40}\))"
    r"|(?:كتب|كتبت|بقلم|اعداد|تحرير|متابعه|by)\s*[-–—:]?\s*\S+(?:\s+\S+){0,3})$"
)
# A paragraph that opens with a dateline starts an article: "القاهرة - أعلن …", "موسكو (رويترز) -", or with the
# date between the city and the agency: "بنغازي 12 مارس 2025 (وال) -", "الرباط، 3 يونيو (ومع) -", "عمان 2025/3/12 -",
# "الدوحة، 5 أبريل نيسان (وكالة أنباء الخليج) -", or the city and the outlet with a slash and a colon.
_DATELINE_OPENING = _compile(
    r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*"
    # (a month may be named twice: "2 يوليو تموز", "3 آذار/مارس")
    rf"(?:[،,]?\s*(?:في\s+)?\d{{1,2}}\s*(?:{_MONTH}(?:\s*/?\s*{_MONTH})?|[-/.]\s*\d{{1,2}})(?:\s*[-/.]?\s*\d{{2,4}})?\s*)?"
    r"(?:\([^)]{1,30}\)\s*)?[-–—]\s"
    # the city and the outlet split by a slash, a colon after them: "بغداد/المسلة: أعلنت …", "عمان / بترا: …"
    r"|^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*/\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*[:：]\s")


def _dateline_opening(key: str) -> re.Match[str] | None:
    """Return _DATELINE_OPENING's match at the start of a line. A line with no dash and no slash cannot match: it is
    spared the regex, which tries each way of splitting the first words before it fails."""
    return _DATELINE_OPENING.match(key) if _has_dash(key) or "/" in key else None


# A news lead's opening: a verb, its subject and the day's stamp between commas ("أعلنت مديرية المرور، اليوم
# الأحد، …", "تمكنت عناصر الشرطة، مساء أمس، من …"): a story tells its day once, in its lead; a paragraph carrying on
# the story opens with a connective ("وكانت اللجنة قد عقدت، أمس السبت، …").
_STAMPED_LEAD = _compile(rf"^(?P<verb>[\u0621-\u064a]+)\s+[^،,.:]{{3,60}}[،,]\s*"
                         rf"(?P<stamp>(?:(?:مساء|صباح|ظهر|فجر|ليله)\s+)?(?:اليوم|امس)(?:\s+(?:{WEEKDAYS}))?)\s*[،,]")

# A paragraph that moves to another province or town: "وفي ولاية تيبازة،", "وفي محافظة الكرك،", "في مدينة صفاقس،".
_PLACE_SHIFT = _compile(r"^و?في (?P<unit>ولايه|محافظه|مدينه|منطقه|بلديه|اقليم|جهه|قضاء|مقاطعه|دائره|قريه|بلده|عماله)"
                        r"\s+(?P<place>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*[،,]")


MAX_HEADLINE_WORDS = 15
MAX_FOOTER_WORDS = 40


def _heads_glued_article(keys: list[str], i: int, words: int, *, below_close: bool = False) -> bool:
    """Tell the headline of an article glued on with no read-also marker (Al-Rai style).

    After a finished paragraph, a short line with no final punctuation followed by a dateline or
    byline ("الكويت - كونا", "الكويت - استقبل …", "كتب: …"). A subheading is followed by a plain
    paragraph: the dateline or byline is required, except for a headline and its lead at the foot of
    the page (see _lead_at_the_foot). below_close: the line right under the article's closing prompt,
    share bar or keyword list ("تابعوا … على واتساب") stands where the finished paragraph would. The glued story's
    date stamp may stand between its headline and its dateline ("2025-09-08 | 11:20 ص" over "بغداد/ الغد برس:", see
    _stamp_under_headline).
    """
    if not _headline_under_paragraph(keys, i, words, below_close=below_close):
        return False
    following = _next_nonblank(keys, i + 1)
    if following >= len(keys):
        return False
    if _stamp_under_headline(keys[following], below_close=below_close):
        following = _next_nonblank(keys, following + 1)  # the glued story's own date stamp, then its dateline
        if following >= len(keys):
            return False
    lead = keys[following]
    return bool(_dateline_opening(lead) or _NEW_ARTICLE_BYLINE.match(lead.strip(_PAD))
                or _BYLINE.match(lead.strip(_PAD)) or _lead_at_the_foot(keys, i, following))


MAX_STAMP_WORDS = 8


def _stamp_under_headline(key: str, *, below_close: bool) -> bool:
    """Say whether a line under a headline is its story's date stamp: "2025-09-08 | 11:20 ص", "الاثنين 8 أيلول 2025"
    (the head of an article, as the page prints its own: headline, stamp, then the dateline "بغداد/ الغد برس:"). A
    bare clock time ("11:20 ص") counts only under the article's close: in mid-text it may time a live entry."""
    if key.count(" ") + 1 > MAX_STAMP_WORDS or not _DIGIT.search(key):
        return False
    return read_date_line(key) is not None or (below_close and is_time_only(key))


def _story_below_the_close(keys: list[str], headline: int, words: int) -> bool:
    """Tell another story glued on under the article's closing prompt ("تابعونا على إنستغرام", "حمّل تطبيق …").

    The prompt closes the article; a headline under it opens another story when it shares no more than
    one content stem in four with the whole article (long enough to judge), and its lead, a full paragraph
    with no connective, echoes it (two stems) and shares less than a quarter of its stems with the article,
    as do the paragraph or two that may follow it, with only page furniture below. (A follow prompt may sit in mid-text: a subheading under it and its
    paragraph carry on the article's names and topic words.)
    """
    key = keys[headline]
    if words > MAX_HEADLINE_WORDS or _ends_sentence(key) or key.rstrip().endswith((":", "：", "،", ",", "؛")):
        return False
    lead = _next_nonblank(keys, headline + 1)
    if lead >= len(keys) or not _glued_story_to_the_foot(keys, lead):
        return False
    title, stems = _stems(key), _stems(keys[lead])
    if len(title) < MIN_FOOT_HEADLINE_STEMS or len(title & stems) < 2:
        return False  # (asked below too: the article before need not be stemmed)
    before = _stems(" ".join(keys[:headline]))
    end = _paragraphs_end(keys, lead, MAX_GLUED_FOOT_PARAGRAPHS)
    # the glued story's further paragraphs (up to the foot) are as foreign to the article as its lead
    rest = [_stems(keys[j]) for j in range(lead + 1, end) if keys[j]]
    return (len(before) >= MIN_ARTICLE_STEMS and len(title) >= MIN_FOOT_HEADLINE_STEMS
            and len(title & before) <= MAX_STEMS_SHARED_WITH_BEFORE * len(title) and len(title & stems) >= 2
            and all(len(part & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(part) for part in (stems, *rest)))


# The words of a day or a time ("يوم الأحد", "الشهر المقبل") tell no topic: any two stories share them.
_DAY_STEMS = frozenset(_stems(fold("يوم أيام اليوم أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
                                   "أسبوع الأسبوع شهر الشهر عام العام الماضي المقبل القادم الجاري")))


def _full_paragraph(key: str) -> bool:
    """Say whether a line is a full paragraph: a sentence of some length with its full stop (no footer line is)."""
    return key.count(" ") + 1 >= MIN_PARAGRAPH_WORDS and _ends_sentence(key)


def _paragraph_stems(keys: list[str], start: int, end: int) -> list[set[str]]:
    """Return the stems of each full paragraph of keys[start:end], the page's furniture among them left out."""
    return [_stems(keys[j]) for j in range(start, end) if _full_paragraph(keys[j])]


def _paragraph_below_the_close(keys: list[str], lead: int) -> bool:
    """Tell another story glued with no headline right under the article's close (its share bar, keyword list or
    follow prompt): a full paragraph with no connective, maybe one or two more, then only the page's furniture, each
    sharing under a quarter of its stems (those of days and times aside) with a long enough article (see
    _glued_story_to_the_foot). The article's
    own last paragraph printed under a mid-text share bar carries on its names and topic words."""
    if not _glued_story_to_the_foot(keys, lead):
        return False
    before = _stems(" ".join(keys[:lead]))
    end = _paragraphs_end(keys, lead, MAX_GLUED_FOOT_PARAGRAPHS)
    parts = [part - _DAY_STEMS for part in _paragraph_stems(keys, lead, end)]
    return (len(before) >= MIN_ARTICLE_STEMS and bool(parts)
            and all(len(part) >= MIN_GLUED_STEMS and len(part & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(part)
                    for part in parts))


def _unheaded_story_under_the_heading(keys: list[str], heading: int) -> bool:
    """Tell another story glued right under a related-stories heading with no link of its own ("أخبار ذات صلة", then
    "ضبطت الإدارة العامة للمرور 1,830 مخالفة …" under a story on elections): the heading closes the article, and the
    paragraph under it is another story's when it is a full paragraph with no connective, with one or two more of its
    own at most before the page's furniture (see _glued_story_to_the_foot), and when it and each paragraph after it
    share under a quarter of their words (those of days and times aside) with a long enough article. The article's
    own last paragraph under a heading whose links were lost carries on its names and topic words."""
    start = _next_nonblank(keys, heading + 1)
    if start >= len(keys) or not _glued_story_to_the_foot(keys, start):
        return False
    before = _stems(" ".join(keys[:heading]))
    parts = [part - _DAY_STEMS for part in _paragraph_stems(keys, start, _paragraphs_end(keys, start, MAX_GLUED_FOOT_PARAGRAPHS))]
    return (len(before) >= MIN_ARTICLE_STEMS and len(parts[0]) >= MIN_GLUED_STEMS
            and all(len(part & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(part) for part in parts))


# The day a lead tells in its first clause: "… تمكنوا فجر اليوم من إخماد …", "… أمس الأحد …".
_DAY_STAMP = _compile(rf"(?<![\w])(?:(?:مساء|صباح|ظهر|فجر|ليله)\s+)?(?:اليوم|امس)(?:\s+(?:{WEEKDAYS}))?(?![\w])")
_FIRST_CLAUSE = re.compile(r"^[^،,.:：؛!؟?]*")


def _foreign_lead_at_the_foot(keys: list[str], i: int) -> bool:
    """Tell another story glued at the foot with no marker, headline or dateline: a full paragraph with no connective
    (maybe one or two more of its own, then only page furniture), under two paragraphs of the article at least, whose
    first clause tells the day, as a news lead does ("أعلنت المديرية العامة للدفاع المدني أن عناصرها تمكنوا فجر اليوم
    من إخماد حريق …" under a story on insurance premiums), and which shares almost no topic word with a long enough
    article (see MAX_STEMS_SHARED_BY_FOREIGN_LEAD), nor do the paragraphs after it. The article's last paragraph
    names its actors and topic again."""
    # (the day first: few paragraphs tell it, and the foot test scans the lines below; the day's word spares most
    # clauses the pattern's scan)
    clause = _FIRST_CLAUSE.match(keys[i]).group(0)
    if not ("اليوم" in clause or "امس" in clause) or not _DAY_STAMP.search(clause) or not _glued_story_to_the_foot(keys, i):
        return False
    paragraphs = list(filter(_full_paragraph, keys[:i]))
    before = _stems(" ".join(keys[:i]))
    end = _paragraphs_end(keys, i, MAX_GLUED_FOOT_PARAGRAPHS)
    parts = [part - _DAY_STEMS for part in _paragraph_stems(keys, i, end)]
    return (len(paragraphs) >= 2 and len(before) >= MIN_ARTICLE_STEMS
            and all(len(part) >= MIN_GLUED_STEMS and len(part & before) < MAX_STEMS_SHARED_BY_FOREIGN_LEAD * len(part)
                    for part in parts))


def _glued_story_to_the_foot(keys: list[str], lead: int) -> bool:
    """Say whether keys[lead] may lead a story glued under the article's close: a full paragraph with no connective,
    and at most a couple more paragraphs after it (the glued story's own) before the page's furniture."""
    text = keys[lead]
    return (_full_paragraph(text)
            and not (_CONNECTIVE.match(text) and not (text + " ").startswith(_NOT_CONNECTIVE))
            and _only_furniture_after(keys, _paragraphs_end(keys, lead, MAX_GLUED_FOOT_PARAGRAPHS)))


def _foreign_headline_at_the_foot(keys: list[str], i: int, words: int, *, below_close: bool = False) -> bool:
    """Tell another story glued at the foot under its own headline, with no marker or dateline, on a topic the article
    never touches: "أسعار الذهب في سوريا اليوم" and its one-paragraph brief ("سجل سعر غرام الذهب عيار 21 …") under a
    story on used cars in Damascus. The headline stands under a finished paragraph (or right under the article's
    close, see _heads_glued_article); of its content words (the day's aside) three or more, at most one comes from the
    article. Its lead, a full paragraph with no connective and only the page's furniture after it (or a paragraph or two
    of its own), takes up a word of the headline the article never uses (the glued story's topic: الذهب), shares
    next to nothing with the article's lead (see MAX_STEMS_SHARED_BY_FOREIGN_LEAD: a place or a common word by
    chance) and under half of its words with the whole article; its further paragraphs, if any, under a quarter. A
    subheading over the article's last paragraph names the story's actors and topic, which its paragraph and the lead
    share.
    """
    if not _headline_under_paragraph(keys, i, words, below_close=below_close):
        return False
    key = keys[i]
    lead = _next_nonblank(keys, i + 1)
    if lead >= len(keys) or not _glued_story_to_the_foot(keys, lead):
        return False
    title = _stems(key) - _DAY_STEMS
    if len(title) < MIN_FOREIGN_HEADLINE_STEMS:
        return False
    article = _stems(" ".join(keys[:i]))
    stems = _stems(keys[lead]) - _DAY_STEMS
    if not (len(article) >= MIN_ARTICLE_STEMS and len(title & article) <= MAX_STEMS_SHARED_BY_GLUED_BRIEF
            and bool((title - article) & stems) and len(stems) >= MIN_GLUED_STEMS
            and len(stems & _stems(_first_paragraph(keys, i))) < MAX_STEMS_SHARED_BY_FOREIGN_LEAD * len(stems)
            and len(stems & article) < MAX_STEMS_SHARED_BY_BEAT_TEASER * len(stems)):
        return False
    # the glued story's own paragraphs after its lead, up to the foot, are as foreign to the article; one that goes
    # back to the article's court, names or funds tells the article going on
    rest = _paragraph_stems(keys, lead + 1, _paragraphs_end(keys, lead, MAX_GLUED_FOOT_PARAGRAPHS))
    return all(len(part & article) < MAX_STEMS_SHARED_WITH_BEFORE * len(part) for part in rest)


MIN_FOREIGN_HEADLINE_STEMS = 3  # a headline of fewer content words ("ردود الفعل") may be a subheading's noun phrase


def _headline_under_paragraph(keys: list[str], i: int, words: int, *, below_close: bool) -> bool:
    """Say whether line i (of words words) has a glued story's headline shape where it stands: short, with no final
    or opening punctuation, under a finished paragraph, or right under the article's close (below_close). Both
    readers of a headline glued at the foot ask it first (_heads_glued_article, _foreign_headline_at_the_foot)."""
    if words > MAX_HEADLINE_WORDS:
        return False  # (most lines: spared the walk back to the line before)
    key = keys[i]
    before = i - 1
    while before >= 0 and not keys[before]:
        before -= 1
    return not (before < 0 or not (below_close or _ends_sentence(keys[before]))
                or _ends_sentence(key) or key.rstrip().endswith((":", "：", "،", ",", "؛")))


def _story_under_the_staff_credit(keys: list[str], i: int, words: int) -> bool:
    """Tell another story glued under a wire story's staff credit ("(إعداد: … تحرير: …)"): the credit closes the
    story for good, so a headline under it with one lead paragraph (no connective) at the foot of the page opens
    another one, however close its topic (gold prices under a story on interest rates)."""
    key = keys[i]
    if words > MAX_HEADLINE_WORDS or _ends_sentence(key) or key.rstrip().endswith((":", "：", "،", ",", "؛")):
        return False
    lead = _next_nonblank(keys, i + 1)
    return lead < len(keys) and _lone_closing_paragraph(keys, lead)


def _brief_glued_at_the_foot(keys: list[str], i: int, words: int) -> bool:
    """Tell a news brief from another place glued under the article with no marker or headline.

    The page's last paragraph moves to a province or town the article never names ("وفي ولاية تيبازة،
    انطلقت أمس حملة جني البرتقال …" under a story on a school in Batna) and shares at most one content
    stem with a long enough article. (A paragraph that follows the same story to another place carries
    its topic words: "وفي ولاية سطيف، أصيب 12 تلميذا بتسمم مماثل".)
    """
    if words < MIN_PARAGRAPH_WORDS or not _ends_sentence(keys[i]) or not (shift := _PLACE_SHIFT.match(keys[i])):
        return False
    if not _only_furniture_after(keys, i + 1):
        return False
    before = _stems(" ".join(keys[:i]))
    place = _stems(shift["place"])
    stems = _stems(keys[i]) - place - _stems(shift["unit"])
    return (len(before) >= MIN_ARTICLE_STEMS and bool(place) and not place & before
            and len(stems) >= MIN_GLUED_STEMS and len(stems & before) <= MAX_STEMS_SHARED_BY_GLUED_BRIEF)


def _story_opening_at_the_foot(keys: list[str], i: int, words: int, *, article_end: int | None = None,
                               dateline_above: bool = False) -> bool:
    """Tell another story glued under the article with no heading: a paragraph at the foot (maybe with one or two
    more of its own, then only page furniture) opening as a story's lead does, with a dateline ("بنغازي 12 مارس 2025
    (وال) - فاز …") or the day's stamp after its subject ("أعلنت مديرية المرور، اليوم الأحد، إغلاق …"), below two
    paragraphs of the article at least. Its words, the opening's aside, are not the article's lead's (one shared
    by chance at most) and under half of them come back in the whole article: a last paragraph on the same story
    names its actors and topic again. article_end: where the article ends, when a headline of the glued story stands
    between it and the paragraph (see _headed_story_opening_at_the_foot). dateline_above: the glued story's dateline
    stands alone on the line above the paragraph (article_end), which then need not open as a lead does.
    """
    key = keys[i]
    if words < MIN_PARAGRAPH_WORDS or not _ends_sentence(key):
        return False
    opening = _dateline_opening(key) or (_STAMPED_LEAD.match(key) if "اليوم" in key or "امس" in key else None)
    if (opening is None and not dateline_above) or (_CONNECTIVE.match(key) and not (key + " ").startswith(_NOT_CONNECTIVE)):
        return False
    if not _only_furniture_after(keys, _paragraphs_end(keys, i + 1, MAX_GLUED_FOOT_PARAGRAPHS - 1)):
        return False
    article = keys[:i if article_end is None else article_end]
    paragraphs = list(filter(_full_paragraph, article))
    if len(paragraphs) < 2:
        return False
    if opening is None:
        aside = set()  # the dateline stands on the line above, not in the paragraph
    elif "stamp" in opening.re.groupindex:
        aside = _stems(opening["verb"]) | _stems(opening["stamp"])
    else:
        aside = _stems(opening.group(0))
    stems = _stems(key) - aside
    before = _stems(" ".join(article))
    return (len(before) >= MIN_ARTICLE_STEMS and len(stems) >= MIN_GLUED_STEMS
            and len(stems & (_stems(paragraphs[0]) - aside)) <= MAX_STEMS_SHARED_BY_GLUED_BRIEF
            and len(stems & before) < MAX_STEMS_SHARED_BY_BEAT_TEASER * len(stems))


# A news lead opening on the verb of its announcement, its subject right after: "أعلنت المندوبية الجهوية للتربية عن …",
# "قررت بلدية صفاقس …", "كشفت دراسة حديثة …". A paragraph carrying the story on opens with a connective ("وأعلنت …").
# A notice to the public opens on its verb and the body giving it: "تعلم المندوبية الجهوية للفلاحة كافة الفلاحين بأن …"
# ("تعلم" before a body's name informs; before a bare noun it is "learn").
_ANNOUNCING_LEAD = _compile(r"^(?P<verb>اعلنت?|افادت?|قررت?|كشفت?|اطلقت?|اصدرت?|نظمت?|دعا|دعت|باشرت?|شرعت?"
                            r"|[تي]علم(?=\s+ال))"
                            r"\s+(?P<subject>[\u0621-\u064a]{3,})\s")


def _announcement_at_the_foot(keys: list[str], i: int, words: int) -> bool:
    """Tell another story glued under the article with no heading, dateline or day: the page's last paragraph (only page
    furniture under it) opening as an announcement's lead does, on its verb and a subject the article never names
    ("أعلنت المندوبية الجهوية للتربية بتطاوين عن انطلاق التسجيل …" under a road accident in the same town), below two
    paragraphs of the article at least. Its words, the verb and the day's aside, share under a quarter with a long
    enough article: an article's own last paragraph opens with a connective, and one that does not ("في المقابل، …")
    names the story's actors again. A live blog's entry under its time (see _under_live_time) is the blog's own."""
    key = keys[i]
    if words < MIN_PARAGRAPH_WORDS or not _ends_sentence(key) or (lead := _ANNOUNCING_LEAD.match(key)) is None:
        return False
    if not _only_furniture_after(keys, i + 1) or _under_live_time(keys, i):
        return False
    if len(list(filter(_full_paragraph, keys[:i]))) < 2:
        return False
    before = _stems(" ".join(keys[:i]))
    if _stems(lead["subject"]) & before:
        return False  # the article's own actor announcing more
    stems = _stems(key) - _stems(lead["verb"]) - _DAY_STEMS
    return (len(before) >= MIN_ARTICLE_STEMS and len(stems) >= MIN_GLUED_STEMS
            and len(stems & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(stems))


def _under_live_time(keys: list[str], i: int) -> bool:
    """Say whether line i stands right under a bare clock time ("09:50"): a live blog's entry, the blog's own however
    far its words are from the other entries'."""
    above = i - 1
    while above >= 0 and not keys[above]:
        above -= 1
    return above >= 0 and is_time_only(keys[above])


def _other_day_at_the_foot(keys: list[str], i: int, words: int) -> bool:
    """Tell a brief glued as the article's last paragraph, joined to it by و: a full paragraph at the foot (only page
    furniture under it) that stamps its own event with another day than the lead's, between commas after its verb and
    subject ("وشهدت ناحية بنجوين، صباح أمس الثلاثاء، افتتاح مشروع …" under a lead telling "اليوم الأربعاء"), and
    shares no word with the lead (the day's words and its verb aside) and under half of its words with a long enough
    article. The article's own last paragraph goes back to its day in the past perfect ("وكان … قد أعلن، أمس، …"), or
    names the lead's actors, place or topic again. A live blog's entry under its time is the blog's own."""
    key = keys[i]
    if words < MIN_PARAGRAPH_WORDS or not key.startswith("و") or not ("اليوم" in key or "امس" in key):
        return False
    opening = _STAMPED_LEAD.match(key[1:])
    if (opening is None or opening["verb"] in ("كان", "كانت") or not _ends_sentence(key)
            or not _only_furniture_after(keys, i + 1) or _under_live_time(keys, i)):
        return False
    paragraphs = list(filter(_full_paragraph, keys[:i]))
    lead_day = _DAY_STAMP.search(paragraphs[0]) if len(paragraphs) >= 2 else None
    if lead_day is None or ("امس" in lead_day.group(0)) == ("امس" in opening["stamp"]):
        return False  # (the same day as the lead's: the story going on)
    stems = _stems(key[1:]) - _stems(opening["verb"]) - _stems(opening["stamp"]) - _DAY_STEMS
    before = _stems(" ".join(keys[:i]))
    return (len(before) >= MIN_ARTICLE_STEMS and len(stems) >= MIN_GLUED_STEMS and not stems & _stems(paragraphs[0])
            and len(stems & before) < MAX_STEMS_SHARED_BY_BEAT_TEASER * len(stems))


def _headed_story_opening_at_the_foot(keys: list[str], i: int, words: int) -> bool:
    """Tell another story glued under the article with its headline and no marker: a short line with no sentence's end,
    over a paragraph at the foot that opens as a story's lead does (see _story_opening_at_the_foot, the article
    judged up to the headline) and echoes the headline (two stems at least), the headline sharing under half of its
    stems with the article ("الجيش الملكي يعلن تجديد عقد مدربه حتى 2027" over "أعلن نادي الجيش الملكي، اليوم الاثنين،
    تجديد عقد مدربه …" under a transfer story from another club). A subheading over the article's last paragraph
    names its actors again, and that paragraph carries the story's words. So is a paragraph under a dateline alone on
    its line (see _dateline_over_story_at_the_foot)."""
    key = keys[i]
    if words > MAX_HEADLINE_WORDS or _ends_sentence(key) or key.rstrip().endswith((":", "：", "،", ",", "؛")):
        return False
    if words <= MAX_DATELINE_LINE_WORDS and _dateline_over_story_at_the_foot(keys, i):
        return True
    lead = _next_nonblank(keys, i + 1)
    if lead >= len(keys) or not _story_opening_at_the_foot(keys, lead, keys[lead].count(" ") + 1, article_end=i):
        return False
    title = _stems(key)
    before = _stems(" ".join(keys[:i]))
    return (len(title) >= MIN_FOOT_HEADLINE_STEMS and len(title & _stems(keys[lead])) >= 2
            and len(title & before) < MAX_STEMS_SHARED_BY_BEAT_TEASER * len(title))


MAX_DATELINE_LINE_WORDS = 6
# A dateline alone on its line: the city and the outlet or agency, "سرت – الحدث", "الرباط / ومع", "عدن (سبأ)".
_DATELINE_LINE = _compile(r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*(?:[-–—/]\s*[\u0621-\u064aa-z0-9]+(?:\s+[\u0621-\u064aa-z0-9]+){0,2}"
                          r"|\(\s*[^()]{1,30}\))$")


def _dateline_over_story_at_the_foot(keys: list[str], i: int) -> bool:
    """Tell another story glued under the article with no marker or headline, only its own dateline alone on the line
    over its paragraph ("سرت – الحدث" over "أعلن جهاز الحرس البلدي … إتلاف 4 أطنان …" under a story on a theatre
    festival in Benghazi): the dateline opens the story as it does glued to the paragraph's first words (see
    _story_opening_at_the_foot, with the same tests on the paragraph: no connective, the page's furniture under it,
    two paragraphs of the article above at least, at most one stem shared with the article's lead and under half
    with the whole article). A dateline over a paragraph on the same story (another city's reaction) carries its
    actors and topic words."""
    if not _DATELINE_LINE.match(keys[i].strip()):
        return False
    lead = _next_nonblank(keys, i + 1)
    return lead < len(keys) and _story_opening_at_the_foot(keys, lead, keys[lead].count(" ") + 1, article_end=i,
                                                           dateline_above=True)


def _lead_at_the_foot(keys: list[str], headline: int, lead: int) -> bool:
    """Tell a glued-on story with no dateline: its headline and one lead paragraph at the foot of the page.

    The lead (see _lone_closing_paragraph) echoes its headline as a glued teaser does (half of its stems)
    and shares little with a long enough article before. The headline is a
    clause of four content words or more: a subheading over the article's last paragraph is a short noun
    phrase ("مخاوف الصيادين") its paragraph may echo too. A bulletin on another topic ("نشرة إنذارية: تساقطات
    ثلجية …" under a court story) may echo its headline less (two stems) when neither shares a word with the
    article (the lead at most one, as a glued brief does): a subheading and its paragraph carry the story's words.
    The glued story may run on for a paragraph or two of its own before the page's furniture ("وأوضح مصدر …"):
    each shares as little with the article as its lead does.
    """
    if not (_lone_closing_paragraph(keys, lead) or _glued_story_to_the_foot(keys, lead)):
        return False
    title, stems = _stems(keys[headline]), _stems(keys[lead])
    echo = len(title & stems)
    if len(title) < MIN_FOOT_HEADLINE_STEMS or echo < min(2, MIN_HEADLINE_ECHO * len(title)):
        return False  # (too faint an echo for either test below: the article before need not be stemmed)
    text_before = " ".join(keys[:headline])
    before = _stems(text_before)
    end = _paragraphs_end(keys, lead, MAX_GLUED_FOOT_PARAGRAPHS)
    rest = _paragraph_stems(keys, lead + 1, end)
    if not all(len(part & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(part) for part in rest):
        return False
    unrelated = not title & before and len(stems & before) <= MAX_STEMS_SHARED_BY_GLUED_BRIEF
    shared = len(stems & before)
    return (len(before) >= MIN_ARTICLE_STEMS and len(title) >= MIN_FOOT_HEADLINE_STEMS
            and (echo >= MIN_HEADLINE_ECHO * len(title) or (echo >= 2 and unrelated))
            and (shared < MAX_STEMS_SHARED_WITH_BEFORE * len(stems)
                 or (shared < MIN_FOOT_ECHO * len(stems) and echo >= MIN_HEADLINE_ECHO * len(title)
                     and _headed_by_a_new_place(keys[headline], text_before, before))))


# A brief's headline led by its place or source and a colon: "جندوبة: السيطرة على حريق غابي …", "الأرصاد: طقس …".
_LABELLED_HEADLINE = _compile(r"^(?P<label>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*[:：]\s*(?P<rest>\S.*)$")


def _headed_by_a_new_place(key: str, text_before: str, before: set[str]) -> bool:
    """Say whether a headline at the foot opens with a place or source the article never names, and shares at
    most one word with it after the colon ("جندوبة: السيطرة على حريق غابي بعين دراهم" under a story on an oil
    slick in Zarzis): a regional brief glued on. Its lead may then share the region's common words (the civil
    protection, the delegation) with the article, up to a third of its stems. (A subheading "جرجيس: البحّارة
    يطالبون" names the article's own place.)"""
    labelled = _LABELLED_HEADLINE.match(key.strip())
    if labelled is None:
        return False
    # a place name is matched whole, not stemmed ("بركان" would lose its ب and its ان)
    label = [word for word in labelled["label"].split() if len(word) >= 3]
    return (bool(label) and not any(word in text_before for word in label)
            and len(_stems(labelled["rest"]) & before) <= MAX_STEMS_SHARED_BY_GLUED_BRIEF)


def _story_goes_on(keys: list[str], after: int) -> bool:
    """Say whether the paragraph after a link block (from index after) carries on the story: it opens with a
    connective ("وكانت …", "من جهته، …"), as a new article's lead never does."""
    start = _next_nonblank(keys, after)
    if start >= len(keys):
        return False
    first = keys[start]
    return bool(_CONNECTIVE.match(first)) and not (first + " ").startswith(_NOT_CONNECTIVE)


def _lone_closing_paragraph(keys: list[str], lead: int) -> bool:
    """Say whether keys[lead] may lead a story glued at the foot: a full paragraph that opens with no
    connective (a subheading's paragraph carries on the story: "وأكد …", "من جهته، …"), with only page
    furniture below it."""
    text = keys[lead]
    return (_full_paragraph(text)
            and not (_CONNECTIVE.match(text) and not (text + " ").startswith(_NOT_CONNECTIVE))
            and _only_furniture_after(keys, lead + 1))


def _related_block_end(keys: list[str], i: int) -> tuple[int, bool]:
    """Return the index after the links that follow a read-also heading at i, and whether they
    are Al Jazeera's "list of N items … end of list" widget (else: headlines, short lines with no
    full stop).
    """
    j = _next_nonblank(keys, i + 1)
    if j < len(keys) and _LIST_START.match(keys[j].strip(_PAD)):
        for end in range(j + 1, min(len(keys), j + MAX_LIST_LINES)):
            if _LIST_END.match(keys[end].strip(_PAD)):
                return end + 1, True
    return _teasers_end(keys, i + 1, max_words=SHORT_LINE_WORDS * 2), False


def _starts_new_article(keys: list[str], heading: int, after: int) -> bool:
    """Tell a read-also block that heads a glued-on article from one in mid-text.

    In real pages the block mostly sits inside an article, so the text after its links is kept
    unless a new article visibly starts: nothing but links follows (a tail), a byline or dateline
    sits among the links ("مدريد - أ ف ب") or opens the next paragraph, or a related-stories heading closes the block
    with no link under it over a paragraph foreign to the article (see _unheaded_story_under_the_heading), or the
    paragraph echoes the
    last link (its headline) and not the text before (at the foot of the page, one paragraph with
    only furniture after it, in part). A paragraph opening with a connective
    (a new article's lead never opens with و/كما/من جهته) carries on the story. (An article
    already closed by "المصدر:", keywords, a share bar or a copyright line is told by the caller.)
    """
    start = _next_nonblank(keys, after)
    if start >= len(keys):
        return True
    if any(_NEW_ARTICLE_BYLINE.match(keys[j].strip(_PAD)) for j in range(heading + 1, after) if keys[j]):
        return True
    last = start - 1  # the block's last line: a related-stories heading with no link under it heads the paragraph
    while last > heading and not keys[last]:
        last -= 1
    if _is_related_heading(keys[last].strip(_PAD)) and _unheaded_story_under_the_heading(keys, last):
        return True
    first = keys[start]
    if _dateline_opening(first) or _NEW_ARTICLE_BYLINE.match(first.strip(_PAD)):
        return True
    if _CONNECTIVE.match(first) and not (first + " ").startswith(_NOT_CONNECTIVE):
        return False
    before = _stems(" ".join(keys[:heading]))
    if _stamped_lead_under_the_links(keys, start, before):
        return True
    headline = _last_link_headline(keys, heading, after)
    lead = _stems(first)
    if len(headline) < 2 or not lead:
        return False
    echo = len(headline & lead)
    shared_with_before = len(lead & before)
    if shared_with_before >= MAX_STEMS_SHARED_WITH_BEFORE * len(lead):
        return _teaser_on_the_beat(keys, start, headline, lead, before, shared_with_before)
    if echo >= MIN_HEADLINE_ECHO * len(headline):
        return True
    # At the foot of the page a glued-on teaser is one paragraph with only page furniture after it;
    # there a partial echo of its headline ("يتأهل" / "تأهله") is enough.
    return echo >= 2 and echo >= MIN_FOOT_ECHO * len(headline) and _only_furniture_after(keys, start + 1)


def _stamped_lead_under_the_links(keys: list[str], start: int, before: set[str]) -> bool:
    """Tell another story glued under a related block at the foot of the page, however unlike its links: a full
    paragraph that opens as a news lead does, its day between commas after the verb and its subject (see _STAMPED_LEAD:
    "فاز فريق …، مساء أمس، برسم الجولة …" under a story on interest rates), with no connective and only the page's
    furniture below it (or a paragraph or two of its own), sharing under a quarter of its stems (the day's aside) with
    a long enough article. The article's own last paragraph under the links names its actors and topic again."""
    text = keys[start]
    if not ("اليوم" in text or "امس" in text) or not _STAMPED_LEAD.match(text) or not _glued_story_to_the_foot(keys, start):
        return False
    stems = _stems(text) - _DAY_STEMS
    return (len(before) >= MIN_ARTICLE_STEMS and len(stems) >= MIN_GLUED_STEMS
            and len(stems & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(stems))


def _teaser_on_the_beat(keys: list[str], start: int, headline: set[str], lead: set[str], before: set[str],
                        shared: int) -> bool:
    """Tell the teaser of the last link at the foot of the page when it shares the article's beat.

    A story from the same desk (police, courts) shares the common words of the beat with the article
    ("ضبط", "الأجهزة الأمنية", "النيابة العامة"), so the test on the text before does not tell it. The
    teaser then carries what the headline adds to the article (the goods, the place: half of those
    stems or more) while most of its words are new to the article; with only page furniture after it.
    (A continuing paragraph that echoes the link goes on with the article's own names and words.)
    """
    novel = headline - before
    echo = len(novel & lead)
    if not (len(novel) >= 2 and echo >= 2 and echo >= MIN_HEADLINE_ECHO * len(novel)
            and len(headline & lead) >= MIN_HEADLINE_ECHO * len(headline)):
        return False
    if shared < MAX_STEMS_SHARED_BY_BEAT_TEASER * len(lead) and _only_furniture_after(keys, start + 1):
        return True
    # A teaser that restates its headline (three quarters of its stems) and shares little with the article's lead
    # (the story's topic: a place name, a month) is the glued story's lead, whatever common words of the region it
    # shares with the rest; the story may run on for a paragraph or two to the foot of the page. (A last paragraph
    # that echoes a link and carries on the article shares the lead's topic words: the minister, the grid.)
    return (len(headline & lead) >= MIN_RESTATED_HEADLINE * len(headline)
            and len(lead & _stems(_first_paragraph(keys, start))) < MAX_STEMS_SHARED_WITH_BEFORE * len(lead)
            and _only_furniture_after(keys, _paragraphs_end(keys, start, MAX_GLUED_FOOT_PARAGRAPHS)))


def _first_paragraph(keys: list[str], end: int) -> str:
    """Return the page's first paragraph before end (the article's lead), or "" when there is none."""
    return next(filter(_full_paragraph, keys[:end]), "")


def _paragraphs_end(keys: list[str], start: int, count: int) -> int:
    """Return the index after the first count non-blank lines from start (fewer at the end of the page)."""
    j = start
    for _ in range(count):
        j = _next_nonblank(keys, j)
        if j >= len(keys):
            break
        j += 1
    return j


def _only_furniture_after(keys: list[str], j: int) -> bool:
    """Say whether nothing from j on is a paragraph: only short lines with no full stop, keyword
    lists, a share bar ("شارك الخبر: فيسبوك | تويتر | واتساب | تيليجرام"), a ticker of scores, the comment widget ("اترك تعليقاً — لن يتم نشر عنوان بريدك الإلكتروني.") or the copyright footer
    ("© 2025 … All rights reserved جميع الحقوق محفوظة", in two languages), its disclaimer ("تنويه: الأخبار
    المنشورة تعبر عن مصادرها") or cookie notice (or nothing)."""
    links = False  # a related-stories heading stood above: the headlines under it are its links
    for key in keys[j:]:
        if _is_foot_furniture(key):
            links = links or _is_related_heading(key.strip(_PAD))
        elif not (links and _is_link_line(key)):
            return False
    return True


def _is_link_line(key: str) -> bool:
    """Say whether a line may be a related story's link under its heading at the page's foot: a headline's length and
    no sentence's end ("تشغيل خط مياه جديد يغذي بلدة بني نعيم" under "أخبار ذات صلة"). Only under such a heading is
    it furniture: a line of its length with no full stop elsewhere may be the article's own paragraph, its stop lost."""
    return key.count(" ") + 1 <= MAX_HEADLINE_WORDS and not _ends_sentence(key)


def _is_foot_furniture(key: str) -> bool:
    """Say whether a line may stand under the text with the page's furniture (see _only_furniture_after)."""
    return bool(not key or (key.count(" ") + 1 < MIN_PARAGRAPH_WORDS and not _ends_sentence(key))
                or _KEYWORDS.match(key.strip(_PAD)) or _SOCIAL_ONLY.match(key.strip(_PAD)) or _is_comment_widget(key)
                or _is_footer(key) or _is_score_ticker(key) or _is_tune_prompt(key))


MAX_TUNE_PROMPT_WORDS = 25


def _is_tune_prompt(key: str) -> bool:
    """Say whether a line is a station's prompt to tune in, its bands named ("استمعوا إلينا مباشرة على الموجات 88.5
    و95.4 أف أم"): the page's furniture, as page._drop_boilerplate drops it."""
    return (key.count(" ") + 1 <= MAX_TUNE_PROMPT_WORDS and not _ends_sentence(key)
            and _TUNE_PROMPT.match(key.strip(_PAD)) is not None and _BROADCAST_BAND.search(key) is not None)


def _furniture_foot(keys: list[str]) -> int:
    """Return where the page's foot of furniture starts: _only_furniture_after(keys, j) holds exactly when j is this
    index or after (len(keys) when the last line is a paragraph)."""
    foot = k = len(keys)
    unheaded = False  # a link line below has no related heading over it yet: the lines from here on are no foot
    while k > 0:
        key = keys[k - 1]
        if _is_foot_furniture(key):
            unheaded = unheaded and not _is_related_heading(key.strip(_PAD))
        elif _is_link_line(key):
            unheaded = True
        else:
            break
        k -= 1
        foot = foot if unheaded else k
    return foot


def _is_footer(key: str) -> bool:
    """Say whether a line is the page's footer: copyright, a disclaimer or the cookie notice."""
    return key.count(" ") + 1 <= MAX_FOOTER_WORDS and bool(
        _COPYRIGHT.search(key) or _DISCLAIMER.match(key.strip(_PAD)) or _COOKIES.search(key) or _is_outlet_disclaimer(key))


def _glued_paragraphs_end(keys: list[str], heading: int, after: int, *, headline: set[str] | None = None) -> int:
    """Return the index after the paragraphs of another story glued under a mid-text read-also block
    (after, when the article goes on at once).

    Told by lexical cohesion, as a reader tells a change of topic. At the foot of the page (only page
    furniture after it), a paragraph that shares more content stems with the last link (its headline)
    than with the whole article before the block is the link's teaser ("ارتفاع أسعار الخضار …" over
    "وسجلت أسعار البندورة ارتفاعاً …" in a story on wildfires), even when it opens with و. Each next
    paragraph closer to the glued story than to the article goes with it. When the article resumes
    after it, the teaser must share nothing at all with a long enough article and echo the link, or
    be a full paragraph followed by one that returns to the article: a continuing paragraph on a
    related link's topic shares at least a name or a topic word with the article.

    headline: the stems of a link on the heading's own line ("اقرأ أيضاً: <headline>"), else the last
    link under it is the glued story's headline.
    """
    start = _next_nonblank(keys, after)
    if start >= len(keys):
        return after
    on_the_marker_line = headline is not None
    if headline is None:
        headline = _last_link_headline(keys, heading, after)
    glued = headline
    before = _stems(" ".join(keys[:heading]))
    lead = _stems(keys[start])
    shared = len(lead & before)
    echo = len(lead & glued)
    if shared >= MAX_STEMS_SHARED_WITH_BEFORE * len(lead):
        # (under a block of links, _starts_new_article has asked the same of the same lead already)
        return _beat_teaser_end(keys, after, start, headline, lead, before, shared) if on_the_marker_line else after
    end = start + 1
    chain = glued | lead
    while (nxt := _next_nonblank(keys, end)) < len(keys):
        stems = _stems(keys[nxt])
        overlap = len(stems & before)
        if not stems or overlap >= len(stems & chain) or overlap >= MAX_STEMS_SHARED_WITH_BEFORE * len(stems):
            break
        chain |= stems
        end = nxt + 1
    if echo >= 2 and echo > shared and _only_furniture_after(keys, end):
        return end  # the glued story runs to the foot of the page
    if shared or len(before) < MIN_ARTICLE_STEMS:
        return after
    if echo >= 2:
        return end
    following = _next_nonblank(keys, end)
    resumes = _stems(keys[following]) if following < len(keys) else set()
    if (len(lead) >= MIN_GLUED_STEMS and len(resumes) >= MIN_GLUED_STEMS
            and len(resumes & before) >= MIN_RESUMED_SHARE * len(resumes)):
        return end
    return after


def _beat_teaser_end(keys: list[str], after: int, start: int, headline: set[str], lead: set[str], before: set[str],
                     shared: int) -> int:
    """Return the index after the teaser of a link printed on the read-also marker's line ("اقرأ أيضاً: تخفيض أسعار
    باقات الإنترنت بنسبة 20 بالمئة"), at start, when it stands at the foot of the page and shares the article's common
    words (a month, "أعلنت", "نسبة"); else after (the article goes on at once). The teaser opens with no connective
    and restates the link as the teaser of a link under the marker does (see _teaser_on_the_beat). The story's
    paragraph or two after it, up to the page's furniture, go with it when each shares more with the link and its
    teaser than with the article; a paragraph of the article's after it tells a link in mid-text: the teaser stays."""
    text = keys[start]
    if (_CONNECTIVE.match(text) and not (text + " ").startswith(_NOT_CONNECTIVE)) or not _teaser_on_the_beat(
            keys, start, headline, lead, before, shared):
        return after
    end, limit, chain = start + 1, _paragraphs_end(keys, start, MAX_GLUED_FOOT_PARAGRAPHS), headline | lead
    while (following := _next_nonblank(keys, end)) < len(keys) and not _only_furniture_after(keys, following):
        stems = _stems(keys[following])
        if following >= limit or len(stems & before) >= len(stems & chain):
            return after
        chain |= stems
        end = following + 1
    return end


def _last_link_headline(keys: list[str], heading: int, after: int) -> set[str]:
    """Return the stems of the last link under a heading at heading (its links end at after).

    A link's time stamp may sit under it ("16:02 GMT 22.01.2025", "منذ 3 ساعات"): it is skipped, the
    headline is the last line above it with content words.
    """
    for j in range(after - 1, heading, -1):
        key = keys[j]
        if not key or _RELATIVE_STAMP.match(key.strip(_PAD)) or (
                _DIGIT.search(key) and (read_date_line(key) is not None or is_time_only(key))):
            continue
        if stems := _stems(key):
            return stems
    return set()


_MARKER_PLACE = _compile(r"^(?:في|علي|عبر|من|on|in|at)\s+\S+(?:\s+\S+){0,2}$")
# "اقرأ أيضاً في «ذاكرة»", "طالع أيضاً من \"ملفات\"": the marker names, quoted, the section its links come from (the
# closing quote ends the line: the padding strips it from the bare line; a headline after it is a link's).
_MARKER_SECTION = _compile(r"^(?:في|من)\s+[«\"“]\s*[^\s«»\"“”]+(?:\s+[^\s«»\"“”]+){0,2}$")


def _is_marker_line(key: str, bare: str) -> bool:
    """Tell a lone "اقرأ أيضاً" marker from a marker followed by a headline on the same line."""
    match = _READ_ALSO.match(bare)
    if match is None:
        return False
    rest = bare[match.end():].strip(_PAD)
    # "اقرأ أيضاً في <outlet>:", "شاهد أيضاً على موقعنا:": the marker names where, and its colon heads the links
    return not rest or (key.rstrip().endswith((":", "：")) and _MARKER_PLACE.match(rest) is not None) or (
        key.rstrip().endswith(("»", '"', "”")) and _MARKER_SECTION.match(rest) is not None)


def _drop_following(lines: list[str], keys: list[str], i: int, remove, *, max_words: int,
                    stop_at_related: bool = False) -> int:
    """Drop the short link-like lines after a heading at i; return the index of the next kept line.

    stop_at_related: a related-stories heading ends the run too (see _teasers_end)."""
    end = _teasers_end(keys, i + 1, max_words=max_words, stop_at_related=stop_at_related)
    for j in range(i + 1, end):
        remove(j)
    return end


def _teasers_end(keys: list[str], j: int, *, max_words: int, stop_at_related: bool = False) -> int:
    """Return the index of the first line from j on that is not a short link-like line (or blank).

    stop_at_related: a related-stories heading ("مقالات ذات صلة") is no such line either: under a keyword list printed
    one tag a line, it heads the links to other stories, not a tag (its block is cut with what follows it)."""
    while j < len(keys):
        key = keys[j]
        if key and (key.count(" ") + 1 > max_words or _ends_sentence(key) or _READ_ALSO.match(key.strip(_PAD))
                    or (stop_at_related and _is_related_heading(key.strip(_PAD)))):
            break
        j += 1
    return j
