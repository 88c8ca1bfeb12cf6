"""Clean scraped article text and read its title, date and credit.

The body keeps every retained line exactly as it came (claim spans index it); cleaning
only drops whole lines (and a wire end mark closing the last paragraph, "… /نهاية الخبر/", which
leaves the text before it as it was): scraper boilerplate (JavaScript warnings, ads, related-article
blocks, keyword lists, share prompts), the metadata lines it reads into fields, and
everything after a "اقرأ أيضاً" marker when what follows is an unrelated article glued on
(see _starts_new_article: in mid-text the same marker only heads a few links, and at most the
teaser of the last link, told by the words it shares, see _glued_paragraphs_end). Below an article
already closed (its editors' sign-off, a share bar, keywords, a credit line) a read-also marker or a
related-stories heading cuts everything after it. Below a closing follow/app/donation prompt or keyword list, a
headline with a dateline or byline under it, or one that shares next to nothing with the article and its lead at
the foot, is another story glued on (see _heads_glued_article, _story_below_the_close); so is a last paragraph that moves to a province the article never names and
shares at most a word with it (see _brief_glued_at_the_foot). A market ticker line is dropped wherever
it sits (see _is_ticker), and so is a tag list with no label under the last paragraph (see
_drop_trailing_tag_line). Below a finished sentence, a next/previous-article link or the head of the comment
section ("أضف تعليقك", "تعليقات القراء", their disclaimer) ends the article: what follows is cut; so does a
related-items heading when a new article visibly starts among or under its links.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .cleaning_dates import (
    WEEKDAYS,
    fold,
    fold_lines,
    fold_pattern,
    is_time_only,
    read_date,
    read_date_line,
    read_dateline_date,
    read_day_month,
    read_numeric_date,
)
from .types import CleanedText

# Every pattern below runs on fold(line): no diacritics or tanween, أ/إ/آ -> ا, ى/ئ -> ي, ة -> ه.
# Patterns and labels are folded the same way when compiled, so they may be written plainly.


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


class _NeedsWord:
    """A pattern searched only in lines that hold one of the words every match contains.

    Most lines are body text that no boilerplate pattern matches; a substring test runs in C
    and spares them a regex scan that tries every alternative at every character.
    """

    def __init__(self, pattern: str, *needed: str) -> None:
        self.pattern = _compile(pattern)
        self.needed = tuple(fold_pattern(word) for word in needed)

    def search(self, text: str) -> re.Match[str] | None:
        for word in self.needed:
            if word in text:
                return self.pattern.search(text)
        return None


def _labels(*labels: str) -> frozenset[str]:
    return frozenset(fold(label) for label in labels)


# Characters that may pad a boilerplate label: dashes, bullets, colons, dots, brackets.
_PAD = " -–—_:：.…•·*|/\\()[]{}<>«»\"'!؟?،,؛;>"

_JS_WARNING = _NeedsWord(
    r"(?:enable|activate|turn on|requires?|disabled|support).{0,40}javascript"
    r"|javascript.{0,40}(?:enable|disabled|required|is off|turned off)"
    r"|(?:تفعيل|تمكين|تشغيل|يتطلب|تعطيل|يدعم).{0,30}(?:جافا ?سكريبت|جافاسكربت|جافا ?سكربت|javascript)"
    r"|(?:جافا ?سكريبت|جافا ?سكربت).{0,30}(?:معطل|غير مفعل)",
    "javascript", "جافا",
)

_AD_LABELS = _labels(
    "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
    "اعلان", "اعلانات", "الاعلان", "اعلان ممول", "محتوي مدفوع", "محتوي ممول", "مساحه اعلانيه",
    "اشهار", "اشهارات", "الاشهار", "فضاء اشهاري",  # the Maghreb's word for an advertisement
    "scroll to continue with content", "story continues below advertisement",
)
# Page furniture: font size, print, copy link, loading indicators.
_WIDGET_LABELS = _labels(
    "حجم الخط", "تكبير الخط", "تصغير الخط", "a a", "a+ a-", "a- a+", "طباعه", "اطبع", "ارسل لصديق",
    "نسخ الرابط", "تم نسخ الرابط", "الرابط المختصر", "جاري التحميل", "loading", "print", "email",
    "copy link", "link copied", "حفظ", "استمع", "استمع للمقال", "listen", "listen to this article",
    "article information", "معلومات المقال", "تخطي قصص مقترحه وواصل القراءه", "تخطي القصص المقترحه وواصل القراءه",
    "نهايه قصص مقترحه", "نهايه القصص المقترحه", "skip suggested stories and continue reading",
    "end of suggested stories",
) | frozenset(
    # a "send to a friend" button: "إرسال لصديق", "أرسل الخبر إلى صديق", "ابعث المقال لصديق"
    fold(f"{verb}{thing} {to}")
    for verb in ("ارسل", "ارسال", "ابعث")
    for thing in ("", " الخبر", " المقال", " المقاله", " الموضوع", " الرابط")
    for to in ("لصديق", "الي صديق", "لاصدقائك", "الي اصدقائك")
) | _labels("send to a friend", "send to friend", "email to a friend", "email this article", "email this")
# A font-size widget with its buttons: "حجم الخط: أ+ أ-", "تكبير الخط | أ-", "حجم الخط A+ A-",
# "حجم الخط: كبير | متوسط | صغير", "A+ A A-".
_FONT_BUTTON = r"(?:[اa][+-]?|[+-][اa]?|كبير|اكبر|متوسط|عادي|صغير|اصغر|large|medium|normal|small)"
_FONT_LABEL = r"(?:حجم الخط|تكبير الخط|تصغير الخط|font size|text size)"
# The buttons alone: "A+ A-", "أ- أ+", or the same letter in three sizes with no sign, "A A A", "أ أ أ".
_FONT_LETTERS = r"(?:[اa][+-](?:[\s|/]*[اa][+-]?)+|[+-]?[اa](?:[\s|/]+[+-]?[اa][+-]?)+)"
_FONT_WIDGET = _compile(rf"^(?:{_FONT_LABEL}(?:[\s:：|/]*(?:{_FONT_LABEL}|{_FONT_BUTTON}))*"
                        rf"|{_FONT_LETTERS})[\s+-]*$")
# A toolbar: the font-size widget beside other tools on one line ("حجم الخط: أ- أ+ | طباعة",
# "حجم الخط  طباعة  مشاركة", "A- A+ | طباعة | حفظ"). The font widget anchors it: a line of other tool
# words alone ("طباعة", "مشاركة") is left to the label sets.
_TOOL_WORD = (r"(?:طباعه|اطبع|ارسل(?: لصديق)?|ارسال(?: لصديق)?|(?:ال)?بريد(?: ال)?الكتروني|نسخ الرابط|حفظ|استمع|مشاركه|شارك"
              r"|تعليق|تعليقات|print|email|share|save|listen|comment|comments)")
# One tool word alone, as an item of a bar of tools: "طباعة | إرسال | حفظ" (a bare "إرسال" line is left alone).
_TOOL_ITEM = _compile(rf"^{_TOOL_WORD}$")
_FONT_PART = rf"(?:{_FONT_LABEL}(?:[\s:：]*{_FONT_BUTTON})*|[اa][+-](?:\s*[اa][+-]?)*|{_FONT_LETTERS})"
# (Tool words may stand before the widget: "طباعة    حجم الخط: + -".)
_TOOLBAR = _compile(rf"^(?:(?:{_TOOL_WORD}[\s:：|/•·-]+)+{_FONT_PART}(?:[\s:：|/•·-]+(?:{_TOOL_WORD}|{_FONT_PART}))*"
                    rf"|{_FONT_PART}(?:[\s:：|/•·-]+(?:{_TOOL_WORD}|{_FONT_PART}))+)[\s+-]*$")
# A disclaimer under an article: "إخلاء المسؤولية: المعلومات الواردة لا تمثل توصية استثمارية.", "Disclaimer: …".
_DISCLAIMER = _compile(r"^(?:اخلاء (?:ال)?مسؤوليه|disclaimer)(?:\s*[:：]|$)")
# A line that is only platform names or share words ("فيسبوك تويتر واتساب", "مشاركة: فيسبوك | إكس | نسخ الرابط").
_SOCIAL_ONLY = _compile(
    r"^(?:(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تليغرام|تيليغرام|تيلغرام|تيليجرام|تليجرام|تلجرام|"
    r"انستغرام|انستجرام|سناب شات|"
    r"يوتيوب|لينكدان|لينكد ان|ماسنجر|اكس|بريد|ايميل|facebook|twitter|whatsapp|telegram|instagram|"
    r"youtube|linkedin|messenger|pinterest|reddit|email|x|share|tweet|نسخ الرابط|copy link|"
    # the bar's label: "شارك الخبر: فيسبوك | إكس", "مشاركة عبر: واتساب"
    r"(?:شارك|مشاركه)(?: هذا)?(?: الخبر| المقال| الموضوع| عبر)?)"
    r"[\s,،|/•·:：-]*)+$"
)
_COPYRIGHT = _NeedsWord(r"جميع الحقوق محفوظه|كل الحقوق محفوظه|الحقوق محفوظه|all rights reserved|copyright|©",
                        "الحقوق محفوظه", "all rights reserved", "copyright", "©")
# A footer that opens with the notice may end with a full stop ("حقوق النشر © 2024 بي بي سي. …").
_COPYRIGHT_FOOTER = _compile(r"^(?:©|copyright|all rights reserved|حقوق النشر|حقوق الطبع|(?:جميع|كل) الحقوق محفوظه)")
_COOKIES = _NeedsWord(r"ملفات تعريف الارتباط|الكوكيز|كعكات|\bcookies?\b", "ملفات تعريف الارتباط", "الكوكيز",
                      "كعكات", "cookie")
_CLICK_HERE = _NeedsWord(r"اضغط هنا|انقر هنا|اضغط علي الرابط|click here|tap here", "اضغط", "انقر هنا", "here")
# "الرئيسية > أخبار > دولية": a breadcrumb trail.
_BREADCRUMB = _compile(r"^(?:الرئيسيه|الصفحه الرئيسيه|home)\s*[>»›/|]")
# "صدر الصورة، Getty Images", "مصدر الصورة: رويترز": a photo credit line.
_PHOTO_CREDIT = _compile(r"^(?:صدر الصوره|مصدر الصوره|حقوق الصوره|الصوره|photo|image|credit)\s*[،,:：]")
# "التعليق على الصورة، لاجئات …" (BBC), "(صورة أرشيفية) عراقيون …", "صورة: مستشفى البصرة",
# "(صورة: أطفال ينتظرون العلاج - أ ف ب)" (a whole line in brackets): a photo caption.
_CAPTION_LABEL = _compile(r"^التعليق علي الصوره\s*[،,:：]")
_CAPTION = _compile(r"^(?:\(\s*(?:صوره|الصوره)[^()]{0,20}\)|صوره(?: ارشيفيه)?\s*[:：]"
                    r"|\(\s*(?:صوره|الصوره)(?: ارشيفيه)?\s*[:：][^()]*\)$)")
# "#الكويت #مجلس_الأمة": a line of hashtags.
_HASHTAGS = re.compile(r"^#\S+(?:\s+#\S+)*$")
# "Author, هبة صالح", "Role, بي بي سي نيوز عربي": BBC's article information box.
_AUTHOR_BOX = _compile(r"^(?:author|role|الكاتب|الكاتبه|المؤلف|الدور)\s*[،,:：]\s*\S")
# "كتب: أحمد يعقوب", "بقلم - سارة علي": a byline (a person, not a source credit).
_BYLINE = _compile(r"^(?:(?:كتب|كتبت|اعداد|تحرير|متابعه|تصوير|by)\s*[-–—:：]|بقلم\s*[-–—:：]?)\s*[\u0621-\u064aA-Za-z]")
# "السبت 28-09-2024 11:05 | كتب: محمد القماش": a byline after the date on the same line.
_TRAILING_BYLINE = _compile(r"\s*[|/]\s*(?:كتب|كتبت|بقلم)\s*[-–—:：]?\s*[^|]*$")
# "بقلم: سارة علي | نشر في: الأحد 7 جويلية 2025": a byline before the date on the same line.
_LEADING_BYLINE = _compile(r"^(?:كتب|كتبت|بقلم|by)\s*[-–—:：]?\s*[^|]{1,40}\|\s*")
# "بيروت - سابين عويس", "مي عبدالله", "الضعين: آمنة إسحاق", "فهد الشمري - تبوك" (the name, then the city): a
# bare byline among the head's metadata lines, under the title.
_HEAD_BYLINE = _compile(r"^(?:[\u0621-\u064a]+\s*[-–—:]\s*)?[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2}$"
                        r"|^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2}\s*[-–—]\s*[\u0621-\u064a]+$"
                        # "كتب محمد عبد الله" (a name: no article on its first word, no preposition in it)
                        r"|^(?:كتب|كتبت|بقلم)\s+(?!ال)[\u0621-\u064a]+"
                        r"(?:\s+(?!(?:الي|علي|عن|في|من|مع|ان|بعد|حول)(?!\S))[\u0621-\u064a]+){1,3}$")
# The outlet's own staff signing a story under its title: "المدن - فريق العمل", "هيئة التحرير", "عنب بلدي -
# فريق التحرير", "محرر الشؤون المحلية", "مراسلنا في صيدا" (a desk, not a person's name).
_STAFF = (r"(?:فريق (?:العمل|التحرير|الموقع|التغطيه)|(?:هيئه|اسره|قسم|غرفه|مكتب|اداره|سكرتاريه) (?:التحرير|الاخبار)"
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
# "(تغطية صحفية أحمد حجاجي - تحرير سها جادو)", "(إعداد … للنشرة العربية - تحرير …)": wire staff credits.
_STAFF_CREDIT = _compile(r"^\(\s*(?:تغطيه صحفيه|اعداد|تحرير|شارك في التغطيه|reporting by|writing by|editing by)\b.*\)$")
# "لمزيد من الاستفسارات اتصل على 16222", "للتواصل مع قسم التحرير: 021 73 44 56": a contact line.
# (A label that is also a noun, "هاتف", must be followed by the number: "هاتف محمول بسعر 12000 جنيه" is a headline.)
_CONTACT = _compile(r"^(?:لمزيد من الاستفسارات|للمزيد من الاستفسارات|للاستفسار|للاستفسارات|للتواصل|للاتصال|للحجز"
                    r"|للشكاوي|للابلاغ|للاعلان|للاعلانات|للاشتراك|للاشتراكات|راسلونا|اتصل(?:وا)? (?:علي|ب)"
                    r"|(?:الخط الساخن|رقم الهاتف|الهاتف|هاتف|contact|call)\s*[:：]?\s*\d)")
# "م.ع", "ع.ف/ س.أ", "ي . ط": a wire editor's initials signing off the story (WAFA, SPA, KUNA style),
# single letters joined by dots or spaces ("ع ه ب / م ع"), sets split by a slash, maybe opened or closed by
# one too (QNA: "/ع ب/ ع ا").
_INITIALS = r"[\u0621-\u064a](?:(?:\s?\.\s?|\s)[\u0621-\u064a]){1,3}\.?"
_SIGN_OFF = _compile(rf"^/?\s*{_INITIALS}(?:\s*/\s*{_INITIALS}){{0,3}}\s*/?$")
# "//انتهى//", "(النهاية)", "- انتهى -", "/نهاية الخبر/": a wire story's end mark.
_END_MARKS = _labels("انتهى", "النهاية", "انتهى الخبر", "نهاية الخبر", "نهاية النص", "end", "ends")
# The same mark closing the last paragraph, between slashes, brackets or dashes: "… المتخصصة. /نهاية الخبر/",
# "… الأسبوع المقبل. (انتهى)". Matched on the line as written (the key may differ in length).
_TRAILING_END_MARK = re.compile(r"(?<=[.!؟?»\"”)])\s*(?:/{1,2}|\(|\[|[-–—]{1,2})\s*"
                                r"(?:نهاية الخبر|نهاية النص|انتهى الخبر|انتهى|النهاية)\s*(?:/{1,2}|\)|\]|[-–—]{1,2})\s*$")
# Five digits or more, possibly grouped by single spaces or dashes ("021 73 44 56", "800-1234-56").
_PHONE_NUMBER = re.compile(r"\d(?:[ -]?\d){4,}")
# "عدد التعليقات: ٠", "المشاهدات 1200", "عدد المشاهدات: 1,245", "القراءات: 3.2 ألف", "1245 مشاهدة", "شوهد 530 مرة":
# a counter (a figure maybe grouped by commas or dots, maybe in thousands).
_COUNT = r"\d(?:[\d,.،٬]*\d)?(?:\s*(?:الف|k))?"
_COUNTED = (r"(?:التعليقات|تعليقات|تعليق|المشاهدات|مشاهدات|مشاهده|القراءات|قراءات|قراءه|الزيارات|زيارات|زياره"
            r"|الزوار|comments?|views?|reads?)")
# An eye sign may stand for the word: "👁 3,902", "👀 1.2k".
_VIEW_MARK = "(?:[\U0001f441\U0001f440]\ufe0f?\\s*)"
_COUNTER = _compile(rf"^(?:(?:عدد )?{_COUNTED}\s*[:：]?\s*(?:{_COUNT})?|{_VIEW_MARK}?{_COUNT}\s*{_COUNTED}"
                    rf"|{_VIEW_MARK}{_COUNT}|(?:شوهد|شوهدت|قرئ|قرات|قرا)\s*{_COUNT}\s*(?:مره|مرات))$")
# "قراءة: 3 دقائق", "مدة القراءة 4 دقائق", "وقت القراءة: دقيقتان", "3 دقائق قراءة", "5 min read": a reading time.
_MINUTES = r"(?:\d+\s*(?:دقيقه|دقائق|د|min|mins|minutes?)|دقيقه|دقيقتان|دقيقتين)"
_READ_TIME = _compile(rf"^(?:(?:(?:مده|وقت|زمن) )?(?:ال)?قراءه|read(?:ing)? time)\s*[:：]?\s*{_MINUTES}$"
                      rf"|^{_MINUTES}\s*(?:(?:لل)?قراءه|read)$")
# "منذ 3 ساعات", "قبل ساعتين": a relative time stamp under a headline.
_RELATIVE_STAMP = _compile(r"^(?:منذ|قبل)\s+(?:\d+\s+)?(?:دقيقه|دقائق|دقيقتين|ساعه|ساعات|ساعتين|يوم|ايام|يومين)$")

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
) | frozenset(
    # each related noun with each adjective, bare ("مواد ذات صلة", "قصص مرتبطة") or with the article on both
    # words ("الموضوعات المتعلقة", "الأخبار ذات الصلة")
    fold(form)
    for noun in ("مواضيع", "موضوعات", "اخبار", "مقالات", "قصص", "روابط", "مواد")
    for adjective in ("متعلقه", "ذات صله", "مرتبطه", "مشابهه", "مقترحه")
    for form in (f"{noun} {adjective}",
                 f"ال{noun} {'ذات الصله' if adjective == 'ذات صله' else 'ال' + adjective}")
)
# A link to the next or previous article at the foot ("المقال التالي", "الخبر السابق: …", "« السابق",
# "Next article"): the article is over, what follows is the other story's headline (and maybe its lead).
# The label stands alone or before a colon or dash: "المقال التالي في السلسلة يتناول …" is a sentence.
_NEXT_ARTICLE = _compile(r"^(?:(?:ال)?(?:مقال|مقاله|خبر|موضوع|قصه|تدوينه|منشور|تقرير)\s+(?:ال)?(?:تالي|تاليه|سابق|سابقه)"
                         r"|(?:next|previous|prev) (?:article|post|story))(?:\s*[:：\-–—]|$)"
                         r"|^(?:التالي|السابق|next|previous|prev)$")
# A lone "read more" label (a link to the full story or to related nodes): drop only the line.
_READ_MORE = _labels("المزيد", "اقرا الخبر", "التفاصيل", "لمزيد من التفاصيل")
# A CMS note describing a related-nodes widget ("يحتوي هذا القسم على المقالات ذات صلة …").
_RELATED_NOTE = _NeedsWord(r"^يحتوي هذا (?:القسم|الجزء) علي|related nodes|ذات صله.{0,20}\(related",
                           "يحتوي هذا", "related")
# A section link at the foot of a page: "المزيد من دوليات", "More from World".
_MORE_FROM = _compile(r"^(?:المزيد من|مزيد من|شاهد المزيد من|more from|more in)\s+\S+(?:\s+\S+){0,3}$")

# Keyword lists: "كلمات دلالية: …", "الكلمات المفتاحية", "كلمات البحث:", "وسوم:", "Tags:", Xinhua's
# "الكلمات الرئيسية:", the Tunisian "الكلمات المفاتيح:", "العلامات:", the Egyptian "الكلمات الدالة:". (A sentence
# may open with "الكلمات الرئيسية في خطابه …" or "العلامات التجارية …": those labels must end the line or take a
# colon; a bare "العلامات" may head a section of an explainer on symptoms: it needs the colon.) Any other
# "كلمات <adjective>:" label counts when a list of short items split by bars or commas follows it (see
# _KEYWORD_LIST): "الكلمات الأخيرة: لن أستسلم" is a quotation.
_KEYWORDS = _compile(
    r"^(?:(?:ال)?كلمات (?:ال)?(?:دلاليه|مفتاحيه|داله)|(?:ال)?كلمات (?:ال)?(?:بحث|مفاتيح|رئيسيه)(?:\s*[:：]|$)|"
    r"(?:ال)?(?:وسوم|علامات)\s*[:：]|(?:ال)?وسوم$|"
    r"(?:ال)?هاشتاجات?\s*[:：]|(?:tags|keywords|topics)\s*[:：]|(?:tags|keywords)$)"
)

_KEYWORD_ITEM = r"[^\s|،,:：.؛!؟?]+(?: [^\s|،,:：.؛!؟?]+){0,3}"
_KEYWORD_LIST = _compile(rf"^(?:ال)?كلمات (?:ال)?[\u0621-\u064a]+\s*[:：]\s*{_KEYWORD_ITEM}(?:\s*[|،,]\s*{_KEYWORD_ITEM})+$")

# Share/follow prompts: a short line that starts with a follow/share/subscribe verb or a
# "to follow the latest news" lead-in and names a platform.
_PROMPT_START = _compile(
    r"^(?:تابع|تابعوا|تابعونا|تابعنا|شارك|شاركوا|اشترك|اشتركوا|انضم|انضموا|حمل|نزل|"
    r"لمتابعه|للمتابعه|لمزيد من الاخبار|للمزيد من الاخبار|ليصلك|لتصلك|"
    r"follow|share|subscribe|join|download)\b"
)
# The same prompt behind a lead-in: "للاطلاع على آخر الأخبار تابعوا قناة الشرق على …",
# "ولمعرفة المزيد تابعونا على صفحتنا في فيسبوك" (a platform is still required).
_PROMPT_AFTER_LEAD_IN = _compile(
    r"^و?ل[\u0621-\u064a]{3,}(?:\s+\S+){0,5}?\s+(?:تابع|تابعوا|تابعونا|تابعنا|اشترك|اشتركوا|انضم|انضموا|حمل|حملوا)(?!\S)"
)
# "اشترك في نشرة «الأخبار» اليومية", "اشتركوا في نشرتنا الأسبوعية": a newsletter prompt names no platform.
_NEWSLETTER_PROMPT = _compile(r"^(?:اشترك|اشتركوا|سجل|سجلوا)\s+(?:الان\s+)?(?:في|ب)\s*(?:ال)?نشر(?:ه|تنا)(?!\S)")
# A login prompt of a site's widget: "سجل الدخول لإضافة السهم إلى قائمة المتابعة", "سجّل دخولك للتعليق",
# "قم بتسجيل الدخول لمتابعة القراءة", "Log in to comment": the verb, the login, then what it is for (or nothing).
# ("سجل الدخول إلى السوق 30 شركة" has no purpose after it: a clause.)
_LOGIN_PROMPT = _compile(
    r"^(?:(?:سجل|سجلي|سجلوا)\s+(?:الدخول|دخولك|دخولكم)|(?:قم|قومي|قوموا|يرجي|الرجاء|يجب|عليك)\s+(?:ب)?تسجيل\s+(?:الدخول|دخولك)"
    r"|تسجيل الدخول|(?:log|sign)\s?in)(?:\s+(?:الي حسابك|الي حسابكم|to your account))?"
    r"(?:\s+(?:ل|لل|to\s)[\u0621-\u064aa-z]*.*)?$")
# A listen/watch-live prompt of a radio or TV site: "استمعوا إلى جوهرة FM مباشرة على 102.5", "شاهد البث المباشر",
# "استمع إلى الإذاعة على الهواء". The verb opens the line, then the stream (after إلى and up to three words
# naming the station): "استمع الوزير إلى مطالب المحتجين مباشرة" has a subject after the verb.
_LIVE_PROMPT = _compile(
    r"^(?:استمع|استمعي|استمعوا|شاهد|شاهدي|شاهدوا|تابع|تابعي|تابعوا|listen|watch)(?:\s+(?:الي|لنا|to)(?:\s+\S+){0,3}?)?"
    r"\s+(?:مباشره|مباشر|البث المباشر|بث مباشر|البث الحي|علي الهواء|live)(?![\w])")
# A donation prompt: "ادعم الصحافة المستقلة — تبرّع لـ«…»", "ادعموا صحافتنا", "تبرع الآن لدعم الموقع",
# "Support independent journalism". The verb opens the line and the press or the site is what it supports
# ("ادعم المنتخب الوطني" is a slogan, "دعم الصحافة المستقلة ضرورة" a clause).
_DONATION_PROMPT = _compile(
    r"^(?:ادعم|ادعمي|ادعموا|ساهم في دعم|ساهموا في دعم|تبرع|تبرعي|تبرعوا|support|donate)(?:\s+(?:الان|لدعم|ل)){0,2}\s+"
    r"(?:ال)?(?:صحافه|صحافتنا|اعلام|اعلامنا|موقع|موقعنا|صحيفه|صحيفتنا|جريده|جريدتنا|عملنا|استقلالنا|مستقل|"
    r"independent|journalism|us)(?![\w])")
_PLATFORM = _compile(
    r"تطبيق|واتساب|واتس اب|واتس|تلغرام|تليغرام|تيليغرام|تيلغرام|تيليجرام|تليجرام|تلجرام|فيسبوك|فيس بوك|"
    r"تويتر|انستغرام|سناب شات|"
    r"انستجرام|انستقرام|يوتيوب|تيك توك|لينكد|جوجل نيوز|غوغل نيوز|google news|نبض|قناتنا|قناه|"
    r"حساباتنا|حسابنا|صفحتنا|منصه|(?:منصات|مواقع|وسائل|شبكات) التواصل|نشرتنا|النشره البريديه|"
    r"اكس|\bx\b|facebook|twitter|whatsapp|"
    r"telegram|instagram|youtube|linkedin|tiktok|newsletter|app\b|ويتشات|وي تشات|ويبو|wechat|weibo"
)
# A QR-code prompt: "مسح الرمز لمتابعة شينخوا على ويتشات", "امسح الكود لتحميل التطبيق", "Scan the QR code to
# follow us". The scan verb takes the code at once, and the line names a purpose ("لمتابعة", "لتحميل") or a
# platform: "مسح الرمز الجيني للقمح" opens a headline.
_SCAN_PROMPT = _compile(r"^(?:امسح|امسحي|امسحوا|مسح|قم بمسح|يمكنك مسح|scan)\s+(?:the\s+)?(?:ال)?(?:رمز|كود|باركود|qr)(?![\w])")
_SCAN_PURPOSE = _compile(r"(?<![\w])لل?(?:متابعه|تحميل|اشتراك|انضمام|زياره|تصفح|قراءه|مشاهده|تنزيل|دخول|وصول)(?![\w])"
                         r"|(?<![\w])to (?:follow|download|read|subscribe|visit|join)(?![\w])|الاستجابه السريعه|(?<![\w])qr(?![\w])")
# An e-paper prompt: "تصفح العدد الورقي", "اقرأ النسخة الرقمية", "تحميل عدد اليوم", "النسخة الورقية PDF".
# With no verb the line must name the edition's form ("العدد الجديد" alone may be a magazine's subheading).
_EDITION_FORM = r"(?:ال)?(?:ورقي|ورقيه|مطبوعه|الكتروني|الكترونيه|رقمي|رقميه|تفاعليه)|pdf"
_EPAPER_PROMPT = _compile(
    rf"^(?:(?:تصفح|اقرا|قراءه|تحميل|حمل|تنزيل|عرض|شاهد)\s+(?:ال)?(?:عدد|نسخه|طبعه)"
    rf"(?:\s+(?:{_EDITION_FORM}|اليوم|الجديد|الحالي|كامل|كامله|كاملا))*"
    rf"|(?:ال)?(?:عدد|نسخه|طبعه)(?:\s+(?:{_EDITION_FORM}))+)$"
)
_SHARE_LABELS = _labels(
    "شارك", "شاركها", "شارك الخبر", "شارك المقال", "شارك هذا المقال", "شارك هذا الخبر", "مشاركه",
    "شارك عبر", "انشر", "share", "share this", "share this article", "tweet", "طباعه", "print",
    "نسخ الرابط", "copy link", "تابعنا", "تابعونا", "follow us",
)

# The head of the comment section under an article: "أضف تعليقك", "اترك تعليقاً", "تعليقات القراء", "التعليقات (3)",
# "Leave a comment". Below the text, what follows is readers' comments or other stories.
_COMMENT_SECTION = _compile(
    r"^(?:(?:اضف|اضافه|اترك|اكتب|ارسل|شارك|شاركنا)\s+(?:تعليقك|تعليقا|تعليق|رايك|برايك)"
    r"|(?:ال)?تعليقات(?:\s+(?:القراء|الزوار|المتابعين|الفيسبوك|فيسبوك|facebook))?|اراء القراء"
    r"|(?:leave|add|post|write) (?:a )?(?:comment|reply)|comments)(?:\s*[:：]?\s*\(?\s*\d*\s*\)?)?$")
_BARE_COMMENTS = _compile(r"^(?:ال)?تعليقات$")
# Furniture items share a line, split by bars, dots or spaced dashes: "قراءة: 3 دقائق | 1.247 مشاهدة",
# "عدد القراءات: 412 | طباعة", "التعليقات (4) — أضف تعليقك".
_FURNITURE_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
MAX_FURNITURE_LINE_WORDS = 12
# "جميع التعليقات تعبر عن رأي كاتبيها ولا تعبر عن رأي الموقع", "التعليقات المنشورة لا تمثل وجهة نظر الصحيفة":
# the comment section's disclaimer.
_COMMENT_DISCLAIMER = _NeedsWord(
    r"^(?:جميع |كل )?(?:ال)?تعليقات(?: ال[\u0621-\u064a]+)?\s+(?:لا\s+)?(?:تعبر|تمثل|تعكس)\s+(?:عن\s+)?"
    r"(?:راي|اراء|وجهه نظر|وجهات نظر|سياسه)\s+(?:كاتبيها|كتابها|كاتبها|اصحابها|صاحبها|الموقع|الصحيفه|الجريده|اداره)",
    "تعليقات")
# A separator rule: "================", "———", "* * *" (alone, or before the editors' initials: "==== ز.ح").
_RULE = re.compile(r"^(?:[=_\-–—*~#+]\s?){3,}")

# "اقرأ أيضاً", "إقرأ أيضا:", "شاهد أيضاً", "قد يهمك أيضا", "طالع أيضا": after it comes other stories.
_READ_ALSO = _compile(
    r"^(?:(?:اقرا|طالع|شاهد|اطلع علي|تابع)\s+(?:ايضا|كذلك)"
    r"|قد (?:يهمك|يهمكم|تهمك|يعجبك|يعجبكم)(?:\s+(?:ايضا|كذلك))?"
    r"|(?:read|see) also|also read|you may also like|you might also like|لا تفوت|ننصحك بقراءه"
    r"|اقرا المزيد(?!\S))"  # RT's "اقرأ المزيد": a link and, often, its teaser paragraph
)

# A market ticker glued in the page: "أسعار النفط: سجل سعر خام برنت 67.45 دولار للبرميل", "الذهب: 2650 دولار |
# اليورو: 1.08 دولار" (a price figure after a market label and a colon, or several prices split by bars).
_TICKER_LABEL = _compile(r"^(?:اسعار|سعر|بورصه|مؤشر|مؤشرات|اسواق|سوق|العملات|المعادن|النفط|الذهب|الدولار|العمله)"
                         r"(?:\s+[^\s:：]+){0,4}\s*[:：]\s*\S")
_PRICE = _compile(r"\d(?:[\d.,]*\d)?\s*(?:%|\$|€|دولار|دولارا|دولارات|دينار|دينارا|دنانير|ريال|ريالا|ريالات|جنيه|جنيها"
                  r"|درهم|درهما|دراهم|ليره|ليرات|يورو|نقطه|نقاط|usd|eur)(?![\w])")
_TICKER_SPLIT = re.compile(r"\s*[|•·]\s*")
# A quote with its change marked up or down: "تاسي 11,245.36 ▲ 0.84%", "برنت 73.85 ▼ -1.1%", "الذهب 2650 (+0.4%)".
# No sentence prints an arrow or a signed change after a price: a line of such quotes is a ticker even in
# an article on the same market (see _is_ticker).
_CHANGE_MARK = "▲▼△▽↑↓⬆⬇🔺🔻"
# (A bare dash is no sign: "الأهلي 2 - 1" is a score, "2.5 - 3%" a range.)
_QUOTE = _compile(rf"^\S+(?:\s+\S+){{0,2}}\s+\d[\d.,]*\s*(?:[{_CHANGE_MARK}]\ufe0f?\s*[+-]?\s*\d[\d.,]*\s*%?"
                  r"|\+\s*\d[\d.,]*\s*%|\(\s*[+-]\s*\d[\d.,]*\s*%\s*\))$")
MAX_TICKER_WORDS = 25
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
# A paragraph that opens with a dateline starts an article: "القاهرة - أعلن …", "موسكو (رويترز) -".
_DATELINE_OPENING = _compile(r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s")
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
# A glued paragraph in mid-text that echoes no headline: it shares no stem with the article, and the next
# paragraph shares at least this much of its stems with it (continuations share 14-44%; see above).
MIN_RESUMED_SHARE = 0.2
MIN_GLUED_STEMS = 8  # a paragraph with fewer content stems is too short to judge
MIN_ARTICLE_STEMS = 40  # sharing nothing with a shorter article (a title and a lead) tells little
MIN_FOOT_HEADLINE_STEMS = 4  # a glued headline with no marker or dateline above its lead (see _lead_at_the_foot)
MAX_STEMS_SHARED_BY_GLUED_BRIEF = 1  # one shared word may be chance ("المنتظرة"); the same story shares its topic
# A paragraph that moves to another province or town: "وفي ولاية تيبازة،", "وفي محافظة الكرك،", "في مدينة صفاقس،".
_PLACE_SHIFT = _compile(r"^و?في (?P<unit>ولايه|محافظه|مدينه|منطقه|بلديه|اقليم|جهه|قضاء|مقاطعه|دائره|قريه|بلده|عماله)"
                        r"\s+(?P<place>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*[،,]")
_STEM_PREFIX = re.compile(r"^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل|ك)")
_STEM_SUFFIX = re.compile(r"(?:هما|هم|ها|ات|ون|ين|ان|يه|ه|ي)$")
_STOP_WORDS = frozenset(fold(word) for word in (
    "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قال", "قالت", "أضاف", "أضافت",
    "إن", "أن", "أو", "ثم", "كما", "بين", "خلال", "منذ", "بعد", "قبل", "عند", "حتى", "على", "إلى", "عن",
    "مع", "من", "في", "أكثر", "أقل", "نحو", "حوالي", "اليوم", "أمس", "العام", "الماضي", "المقبل",
    "الجاري", "الحالي", "صباح", "مساء",  # time words any two stories share ("مساء اليوم", "الشهر الجاري")
))

# Summary markers are never a title ("ملخص", "أبرز النقاط").
_SUMMARY_MARKERS = _labels(
    "ملخص", "الملخص", "خلاصه", "الخلاصه", "باختصار", "ابرز النقاط", "النقاط الرئيسيه", "اهم النقاط",
    "summary", "key points", "highlights",
)

# "تاريخ النشر: …", "نشر في: …", "آخر تحديث: …": a labelled publication or update date.
# A strong label may be followed by more than the date ("| آخر تحديث: …"); after a weak one
# ("نشر", "تاريخ") the line must hold only a date, or it is a body sentence.
_DATE_LABEL = _compile(
    r"^(?:(?P<update>اخر تحديث|تاريخ التحديث|تم التحديث|updated(?: on| at)?|last updated)"
    r"|(?P<strong>تاريخ النشر|تاريخ الخبر|نشرت? في|نشرت? بتاريخ|تم النشر في|تم النشر|"
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
_STAMP_WORDS = tuple(fold(word) for word in ("|", "تحديث", "نشر", "updated", "published"))
# "المصدر: الأسبوع", "(المصدر : وكالات)", "Source: Reuters".
_CREDIT = _compile(r"^\(?\s*(?:المصدر|المصادر|مصدر الخبر|المصدر الاصلي|source|sources)\s*[:：\-–]\s*\S")
_CREDIT_SPLIT = _compile(r"[:：\-–]")
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


def _ends_sentence(key: str) -> bool:
    """Say whether a key ends with a full stop, as [.。]\\s*$ finds (keys hold no line break).

    rstrip() drops what \\s matches (both go by str.isspace): no regex scan of the whole line.
    """
    return key.rstrip()[-1:] in (".", "。")


_BULLET = _compile(r"^\s*(?:[-–—•*·▪●]|\d+[.)])\s")

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
SHORT_LINE_WORDS = 12  # a link or keyword line is a handful of words
# Wire agencies credited in a dateline: "جنيف - أ ف ب", "الرباط - 10 سبتمبر (رويترز) -".
_AGENCY = (r"(?:رويترز|ا\s?ش\s?ا|ا\s?ف\s?ب|ا\.ف\.ب|فرانس برس|الاناضول|الأناضول|د\s?ب\s?ا|اسوشيتد برس|أسوشيتد برس|ا\s?ب|"
           r"شينخوا|يونهاب|تاس|سبوتنيك|وام|واس|سانا|قنا|كونا|بترا|ومع|بنا|العمانيه|واج|وفا|سبا|واع|وات|وكالات|الوكالات)")
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
_CREDIT_LINES = tuple(_compile(pattern) for pattern in (
    rf"^{_CITY}\s*[-–—:/]\s*[(«\"]?(?P<agency>{_CREDITED})[)»\"]?\s*[-–—:]?$",
    rf"^{_CITY}\s*[-–—:]\s*[«\"“](?P<agency>[^«»\"“”]{{2,30}})[»\"”]$",
    rf"^(?P<agency>{_CREDITED})\s*[-–—/|]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){{0,3}}$",
    rf"^{_CITY}\s*/[^/]{{2,40}}/\s*(?P<agency>{_CREDITED})$",
    rf"^(?P<agency>{_CREDITED})$",
))
# "موسكو - 24 أكتوبر (رويترز) -", "واشنطن، الولايات المتحدة (CNN)--", "(CNN)--": credit in the dateline;
# after a dash before the brackets no dash need close it: "القاهرة - (أ ش أ) صرح مصدر …".
_DATELINE_AGENCY = _compile(rf"^(?:{_CITIES}\s*(?:(?P<dash>[-–—])\s*|[-–—،,][^()]{{0,40}})?)?"
                            rf"\((?P<agency>{_CREDITED})\)\s*(?:[-–—:]|(?(dash)(?=[\u0621-\u064a])|(?!)))")
# Under the title, "CITY - one word with the article" credits an outlet ("الجزائر - الوطن", "قفصة - الصباح"):
# a byline names a person in two words or more ("بيروت - سابين عويس"), a surname alone is rare.
# (Not as the first line: "غزة - المجاعة" may be a headline.) Iraqi papers put a slash: "بغداد/ المدى".
_DATELINE_OUTLET = _compile(rf"^{_CITY}\s*[-–—/]\s*(?P<agency>ال[\u0621-\u064a]{{2,}})$")
_ONE_NAME = re.compile(r"^ال[\u0621-\u064a]{2,}$")  # the same outlet between a city and a date
_AGENCY_ONLY = _compile(rf"^\s*{_AGENCY}\s*$")
_DIGIT = re.compile(r"\d")
# A wire dateline with a numeric date (day first, as Arab outlets write it): "الرباط - 11/02/2026 (ومع) -",
# "غزة 22-2-2025 وفا-" (WAFA: no dash before the date, the agency bare), "عمان، 2026/02/11 (بترا) –".
# A dash (or the end of the line) closes it; with no separator before the date an agency must stand
# before that dash.
_NUMERIC_DATELINE = _compile(
    rf"^{_CITIES}\s*(?:(?P<sep>[-–—،,])\s*)?(?P<date>\d{{1,4}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?\d{{1,4}})(?!\d)\s*"
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

# A masthead (the outlet's name printed above the headline) told by its shape: "الخليج أونلاين",
# "موزاييك أف أم", "هبة بريس", "عرب نيوز", "شبكة الرافدين الإخبارية". (Names without such a word are told
# by recurring, see _find_masthead, or by the section label under them, see _names_a_section_below.)
_MASTHEAD_SHAPED = _compile(r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s+(?:اونلاين|online|اف ام|اف.ام|fm|"
                            r"الاخباريه|بريس|press|تايمز|نيوز|نت|24)$"
                            # a word with a number, glued on or not: "جو24", "هبة360", "شبكة 964" (a headline is
                            # no single word, nor a word and a figure)
                            r"|^[\u0621-\u064a]{2,} ?\d{2,3}$")
MAX_MASTHEAD_WORDS = 4
# A name in Latin letters only (folded to lower case) at the top of an Arabic page: the site's name.
_LATIN_NAME = re.compile(r"^[a-z][a-z0-9 .&'+-]*[a-z0-9]$")
# Section labels printed above a headline: "اقتصاد", "أخبار عربية", "مجتمع واقتصاد", "عربي ودولي".
# A line counts as a label when every word is one of these (with ال or و before it).
_SECTION_WORDS = _labels(
    "اخبار", "سياسه", "اقتصاد", "رياضه", "ثقافه", "فن", "فنون", "منوعات", "مجتمع", "صحه", "تكنولوجيا",
    "علوم", "تقنيه", "محليات", "محلي", "محليه", "دوليات", "دولي", "دوليه", "عربي", "عربيه", "عالمي",
    "عالم", "تقارير", "تحقيقات", "حوارات", "مقالات", "راي", "اعمال", "مال", "بورصه", "اسواق", "سياحه",
    "تعليم", "بيئه", "حوادث", "قضايا", "عاجل", "خليجي", "خليجيه", "اقتصاديه", "سياسيه", "رياضيه",
    "ثقافيه", "طاقه", "سيارات", "اتصالات", "شؤون", "اسلاميات", "ملفات", "اراء", "وطني", "وطنيه",
    # sports sub-sections: "كرة قدم عربية", "كرة القدم العالمية", "كرة السلة"
    "كره", "قدم", "سله", "عالميه", "اوروبيه", "محترفين",
    "ادب", "اداب", "تراث", "سينما", "مسرح", "شباب", "اسره", "برلمان",
)
# A section may be named in the plural: "ثقافات", "رياضات", "اقتصاديات", "سياسات" (the singular's ه/ة, or
# the bare singular, with ات: "ثقافه" -> "ثقافات", "عربيه" -> "عربيات").
_PLURAL_SECTION = re.compile(r"^(?P<stem>[\u0621-\u064a]{2,})ات$")
MAX_SECTION_WORDS = 4
# A label line splits a section from a place or a date by a bar, "›", ">" or a slash that is not
# inside a numeric date: "الاقتصاد | لبنان", "أخبار مصر | اقتصاد", "محليات / الكويت", "سياسة | 2024/12/04".
# ("»" and dashes are left out: they close quotes and join clauses in headlines.)
_LABEL_SPLIT = re.compile(r"\s*(?:[|›>]|(?<!\d)/|/(?!\d))\s*")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_KNOWN_OUTLET = _compile(rf"^{_CREDITED}$")
MAX_LABEL_NAME_WORDS = 2  # the part beside the section: a country or city ("أخبار مصر"), not a clause
MAX_LABEL_WORDS = 6
MAX_LABEL_TOKENS = 12  # words and separators: a longer line is no label (a cheap cut before the split)
HEAD_LABEL_LINES = 3  # at most this many masthead/section lines sit above a headline

HEAD_LINES = 8  # metadata is read from the top of the page
MAX_DATE_LINE_WORDS = 16  # a labelled date line (up to a "|"): weekday, date, time and a zone
MIN_PARAGRAPH_WORDS = 8  # a line this long is body text, not a headline or a label


def clean_text(raw: str, *, reference_date: dt.date | None = None) -> CleanedText:
    """Return the article body without boilerplate, and the metadata the text states.

    reference_date (e.g. the fetch date) resolves the year of a yearless wire dateline.
    """
    lines = (raw or "").split("\n")
    keys = fold_lines(raw or "")
    drop = [False] * len(lines)
    removed: list[tuple[int, str]] = []  # (line index, text), reported in page order

    def remove(i: int) -> None:
        if not drop[i]:
            drop[i] = True
            if keys[i]:
                removed.append((i, lines[i].strip()))

    closed = _trim_end_marks(lines, keys, removed)
    cut = _drop_boilerplate(lines, keys, remove, closed=closed)
    if cut is not None:
        tail = "\n".join(lines[cut:]).strip()
        for i in range(cut, len(lines)):
            drop[i] = True
        if tail:
            removed.append((cut, tail))
    _drop_trailing_section_links(keys, drop, remove)

    end = cut if cut is not None else len(lines)
    footer_published, footer_credit = _read_footer(lines, keys, drop, end, remove)
    _drop_trailing_tag_line(keys, drop, remove, end)
    masthead, label_published = _drop_head_labels(keys, drop, remove)
    published, credit = _read_metadata(lines, keys, drop, remove, reference_date,
                                       later_credit=_tail_credit(lines, keys, cut), masthead=masthead)
    published, credit = published or label_published or footer_published, credit or footer_credit
    title = _read_title(lines, keys, drop)
    if title is not None:
        remove(title)

    body = _join_kept(lines, drop)
    return CleanedText(body=body, title=lines[title].strip() if title is not None else None,
                       published=published.isoformat() if published else None,
                       source_credit=credit, removed=tuple(text for _, text in sorted(removed)))


def _trim_end_marks(lines: list[str], keys: list[str], removed: list[tuple[int, str]]) -> frozenset[int]:
    """Cut a wire end mark off the paragraph it closes ("… المتخصصة. /نهاية الخبر/"); return those lines.

    The only cut inside a line: the mark is at its end, so the text before it keeps its offsets.
    """
    closed = set()
    for i, key in enumerate(keys):
        tail = key[-16:]
        if ("نهايه" in tail or "انتهي" in tail) and (mark := _TRAILING_END_MARK.search(lines[i].rstrip())):
            removed.append((i, mark.group().strip()))
            lines[i] = lines[i].rstrip()[:mark.start()]
            keys[i] = fold(lines[i])
            closed.add(i)
    return frozenset(closed)


def _drop_boilerplate(lines: list[str], keys: list[str], remove, *, closed: frozenset[int] = frozenset()) -> int | None:
    """Mark boilerplate lines; return the index where a glued-on tail starts, if any.

    closed: the lines whose end mark was cut (see _trim_end_marks): the article ends there.
    """
    seen_body = False  # a marker before any paragraph (e.g. right under the title) cuts nothing
    # A credit line or keyword list below a finished sentence closes the article: a read-also block
    # after it heads a glued-on one. (Al Jazeera prints "المصدر" under the headline: no sentence yet.)
    sentence_seen = ended = False
    # the last share bar, follow/app prompt or keyword list removed below a finished sentence: it closes the article
    closing_line = -1
    head = 0  # non-empty lines seen: _read_metadata reads the lines of the head
    i, n = 0, len(lines)
    while i < n:
        key = keys[i]
        if not key:
            i += 1
            continue
        head += 1
        bare = key.strip(_PAD)
        words = key.count(" ") + 1
        read_also = _READ_ALSO.match(bare)  # tested twice below
        if read_also and _is_marker_line(key, bare):
            if not seen_body:
                remove(i)  # a marker before any paragraph: the article itself follows it
            else:
                after, widget = _related_block_end(keys, i)
                # Al Jazeera's widget only ever sits inside an article; other links may end one.
                if ended or (not widget and _starts_new_article(keys, i, after)):
                    return i
                if not widget:  # a teaser glued under the links goes with them; the article goes on
                    after = _glued_paragraphs_end(keys, i, after)
                for j in range(i, after):
                    remove(j)
                i = after
                continue
        elif _NEXT_ARTICLE.match(bare) or (words <= 8 and _COMMENT_SECTION.match(bare)) or (
                _furniture_parts(key) == "comments"):
            # (a bare "التعليقات" may head officials' comments in the text: only below the article's close)
            if sentence_seen and (ended or not _BARE_COMMENTS.match(bare)):
                return i  # the article is over: the next story's link, or readers' comments, follow
            remove(i)
        elif words <= 30 and _COMMENT_DISCLAIMER.search(key):
            if sentence_seen:
                return i
            remove(i)
        elif _LIST_START.match(bare):
            after, _ = _related_block_end(keys, i - 1)
            for j in range(i, after):
                remove(j)
            i = after
            continue
        elif words <= 40 and _JS_WARNING.search(key):
            remove(i)
        elif (bare in _AD_LABELS or bare in _SHARE_LABELS or bare in _READ_MORE or bare in _WIDGET_LABELS
              or (words <= 8 and _FONT_WIDGET.match(key.strip()))
              or (words <= 12 and _TOOLBAR.match(key.strip()))
              or _RELATED_NOTE.search(key) or _SOCIAL_ONLY.match(bare) or _BREADCRUMB.match(bare)):
            remove(i)
            # a share bar below the text closes the article
            ended = ended or (sentence_seen and (bare in _SHARE_LABELS or _SOCIAL_ONLY.match(bare) is not None))
            closing_line = i if sentence_seen else closing_line
        elif words <= 25 and (_COPYRIGHT_FOOTER.match(bare) or (
                (_COPYRIGHT.search(key) or _CLICK_HERE.search(key)) and not _ends_sentence(key))):
            remove(i)
            ended = ended or (sentence_seen and _CLICK_HERE.search(key) is None)  # a copyright footer
        elif words <= 60 and _DISCLAIMER.match(bare):
            remove(i)
            ended = ended or sentence_seen
            if not _DISCLAIMER.sub("", bare).strip(_PAD):  # a bare label: its text is the next line
                following = _next_nonblank(keys, i + 1)
                if following < n and keys[following].count(" ") < 60:
                    remove(following)
                    i = following
        elif words <= 60 and _COOKIES.search(key) and ("موقع" in key or "site" in key or "website" in key):
            remove(i)
        elif words <= 12 and (_PHOTO_CREDIT.match(bare) or _RELATIVE_STAMP.match(bare)):
            remove(i)
        elif _is_junk_line(key, bare, words, seen_body, in_head=head <= HEAD_LINES):
            remove(i)
            ended = ended or (sentence_seen and _is_sign_off(key))  # the editors sign the story off
        elif read_also and words <= SHORT_LINE_WORDS * 2:
            # "اقرأ أيضاً: <headline>" in mid-text: a link, the body goes on, maybe after the link's teaser
            if ended:
                return i
            remove(i)
            if seen_body:
                end = _glued_paragraphs_end(keys, i, i + 1, headline=_stems(bare[read_also.end():]))
                for j in range(i + 1, end):
                    remove(j)
                i = end
                continue
        elif bare in _RELATED_HEADINGS:
            after = _teasers_end(keys, i + 1, max_words=SHORT_LINE_WORDS * 2)
            # below the article's close (a sign-off, a share bar) the links head other stories; so they do
            # when a new article visibly starts among or under them (a dateline, a byline)
            if ended or (seen_body and _starts_new_article(keys, i, after)):
                return i
            remove(i)
            after = _drop_following(lines, keys, i, remove, max_words=SHORT_LINE_WORDS * 2)
            end = _glued_paragraphs_end(keys, i, after) if seen_body else after
            for j in range(after, end):
                remove(j)
            i = end
            continue
        elif _KEYWORDS.match(bare) or (words <= 30 and _KEYWORD_LIST.match(bare)):
            remove(i)
            ended = ended or sentence_seen
            closing_line = i if sentence_seen else closing_line
            if len(key.split(":", 1)[-1].split()) <= 2:  # a bare label: the keywords follow, one a line
                i = _drop_following(lines, keys, i, remove, max_words=6)
                closing_line = i - 1 if sentence_seen else closing_line
                continue
        elif words <= 25 and not _ends_sentence(key) and (
                ((_PROMPT_START.match(bare) or _PROMPT_AFTER_LEAD_IN.match(bare))
                 and (_PLATFORM.search(key) or _platforms_follow(keys, i)))
                or (words <= 12 and (_NEWSLETTER_PROMPT.match(bare) or _EPAPER_PROMPT.match(bare)
                                     or _DONATION_PROMPT.match(bare) or _LOGIN_PROMPT.match(bare)
                                     or _LIVE_PROMPT.match(bare)))
                or (words <= 15 and _SCAN_PROMPT.match(bare) and (_SCAN_PURPOSE.search(key) or _PLATFORM.search(key)))):
            remove(i)
            closing_line = i if sentence_seen else closing_line
        elif words <= MAX_TICKER_WORDS and _is_ticker(keys, i):
            remove(i)
        elif sentence_seen and _brief_glued_at_the_foot(keys, i, words):
            return i
        elif sentence_seen and (_heads_glued_article(keys, i, words) or (
                closing_line >= 0 and _next_nonblank(keys, closing_line + 1) == i
                and (_heads_glued_article(keys, i, words, below_close=True)
                     or _story_below_the_close(keys, i, words)))):
            return i
        else:
            sentence_seen = sentence_seen or _ends_sentence(key)
            seen_body = seen_body or words >= MIN_PARAGRAPH_WORDS or sentence_seen
            ended = ended or i in closed or (sentence_seen and words <= 12 and _CREDIT.match(key) is not None)
        i += 1
    return None


MAX_HEADLINE_WORDS = 15


# A prompt that leaves its platforms to the next line ends on a preposition: "تابعوا <outlet> على", "تابعونا عبر:".
_DANGLING_PREPOSITION = _compile(r"(?<![\w])(?:علي|عبر|في|on|via)\s*[:：]?$")


def _platforms_follow(keys: list[str], i: int) -> bool:
    """Say whether a follow/share prompt at i names its platforms on the next line ("تابعوا خبرني على" over
    "فيسبوك   تويتر   تلغرام"): it ends on a preposition and the next line is platform names only."""
    following = _next_nonblank(keys, i + 1)
    return (_DANGLING_PREPOSITION.search(keys[i]) is not None and following < len(keys)
            and _SOCIAL_ONLY.match(keys[following].strip(_PAD)) is not None)


def _is_ticker(keys: list[str], i: int) -> bool:
    """Tell a market ticker glued in the page from a line of the article that gives a price.

    A line of quotes with their change marked (see _QUOTE) is a ticker. Else the ticker prices a market (see
    _TICKER_LABEL) with no final full stop and shares under a quarter of
    its content stems with the rest of a page long enough to judge: a price line in an article on that
    market ("أسعار الذهب: عيار 21 يسجل 66 دينارا" in a story on gold) carries the article's words.
    """
    key = keys[i]
    if _ends_sentence(key) or _DIGIT.search(key) is None:
        return False
    priced = _TICKER_SPLIT.split(key)
    if all(_QUOTE.match(part) for part in priced):
        return True  # every part a quote with its change marked: nothing but a ticker prints that
    if not ((_TICKER_LABEL.match(key) and _PRICE.search(key))
            or (len(priced) >= 2 and all(_PRICE.search(part) for part in priced))):
        return False
    stems = _stems(key)
    rest = _stems(" ".join(keys[:i] + keys[i + 1:]))
    return len(rest) >= MIN_ARTICLE_STEMS and len(stems & rest) < MAX_STEMS_SHARED_WITH_BEFORE * len(stems)


def _heads_glued_article(keys: list[str], i: int, words: int, *, below_close: bool = False) -> bool:
    """Tell the headline of an article glued on with no read-also marker (Al-Rai style).

    After a finished paragraph, a short line with no final punctuation followed by a dateline or
    byline ("الكويت - كونا", "الكويت - استقبل …", "كتب: …"). A subheading is followed by a plain
    paragraph: the dateline or byline is required, except for a headline and its lead at the foot of
    the page (see _lead_at_the_foot). below_close: the line right under the article's closing prompt,
    share bar or keyword list ("تابعوا … على واتساب") stands where the finished paragraph would.
    """
    key = keys[i]
    before = i - 1
    while before >= 0 and not keys[before]:
        before -= 1
    if (words > MAX_HEADLINE_WORDS or before < 0 or not (below_close or _ends_sentence(keys[before]))
            or _ends_sentence(key) or key.rstrip().endswith((":", "：", "،", ",", "؛"))):
        return False
    following = _next_nonblank(keys, i + 1)
    if following >= len(keys):
        return False
    lead = keys[following]
    return bool(_DATELINE_OPENING.match(lead) or _NEW_ARTICLE_BYLINE.match(lead.strip(_PAD))
                or _BYLINE.match(lead.strip(_PAD)) or _lead_at_the_foot(keys, i, following))


def _story_below_the_close(keys: list[str], headline: int, words: int) -> bool:
    """Tell another story glued on under the article's closing prompt ("تابعونا على إنستغرام", "حمّل تطبيق …").

    The prompt closes the article; a headline under it opens another story when it shares no more than
    one content stem in four with the whole article (long enough to judge), and its lead, a full paragraph
    with no connective, echoes it (two stems) and shares less than a quarter of its stems with the article,
    with only page furniture below. (A follow prompt may sit in mid-text: a subheading under it and its
    paragraph carry on the article's names and topic words.)
    """
    key = keys[headline]
    if words > MAX_HEADLINE_WORDS or _ends_sentence(key) or key.rstrip().endswith((":", "：", "،", ",", "؛")):
        return False
    lead = _next_nonblank(keys, headline + 1)
    if lead >= len(keys) or not _lone_closing_paragraph(keys, lead):
        return False
    title, stems = _stems(key), _stems(keys[lead])
    before = _stems(" ".join(keys[:headline]))
    return (len(before) >= MIN_ARTICLE_STEMS and len(title) >= MIN_FOOT_HEADLINE_STEMS
            and len(title & before) <= MAX_STEMS_SHARED_WITH_BEFORE * len(title) and len(title & stems) >= 2
            and len(stems & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(stems))


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


def _lead_at_the_foot(keys: list[str], headline: int, lead: int) -> bool:
    """Tell a glued-on story with no dateline: its headline and one lead paragraph at the foot of the page.

    The lead (see _lone_closing_paragraph) echoes its headline as a glued teaser does (half of its stems)
    and shares little with a long enough article before. The headline is a
    clause of four content words or more: a subheading over the article's last paragraph is a short noun
    phrase ("مخاوف الصيادين") its paragraph may echo too. A bulletin on another topic ("نشرة إنذارية: تساقطات
    ثلجية …" under a court story) may echo its headline less (two stems) when neither shares a word with the
    article (the lead at most one, as a glued brief does): a subheading and its paragraph carry the story's words.
    """
    if not _lone_closing_paragraph(keys, lead):
        return False
    title, stems = _stems(keys[headline]), _stems(keys[lead])
    before = _stems(" ".join(keys[:headline]))
    echo = len(title & stems)
    unrelated = not title & before and len(stems & before) <= MAX_STEMS_SHARED_BY_GLUED_BRIEF
    return (len(before) >= MIN_ARTICLE_STEMS and len(title) >= MIN_FOOT_HEADLINE_STEMS
            and (echo >= MIN_HEADLINE_ECHO * len(title) or (echo >= 2 and unrelated))
            and len(stems & before) < MAX_STEMS_SHARED_WITH_BEFORE * len(stems))


def _lone_closing_paragraph(keys: list[str], lead: int) -> bool:
    """Say whether keys[lead] may lead a story glued at the foot: a full paragraph that opens with no
    connective (a subheading's paragraph carries on the story: "وأكد …", "من جهته، …"), with only page
    furniture below it."""
    text = keys[lead]
    return (text.count(" ") + 1 >= MIN_PARAGRAPH_WORDS and _ends_sentence(text)
            and not (_CONNECTIVE.match(text) and not (text + " ").startswith(_NOT_CONNECTIVE))
            and _only_furniture_after(keys, lead + 1))


def _is_junk_line(key: str, bare: str, words: int, seen_body: bool, *, in_head: bool = False) -> bool:
    """Say whether a line is page furniture: a caption, byline, contact line, counter or staff credit."""
    if words > 40:
        return False
    if _CAPTION_LABEL.match(bare) or _STAFF_CREDIT.match(key.strip()):
        return True
    if words <= 25 and _CAPTION.match(key.strip()) and not _ends_sentence(key):
        return True
    if words <= 8 and not _ends_sentence(key) and (
            _AUTHOR_BOX.match(bare) or _is_counter(bare)
            or (_BYLINE.match(bare) and not (in_head and _byline_with_date(key)))):
        return True  # (in the head, a byline with the date is left to _read_metadata, which reads it)
    if _furniture_parts(key) == "furniture":
        return True
    if words <= 15 and _CONTACT.match(bare) and _PHONE_NUMBER.search(key):
        return True
    if words <= 12 and _HASHTAGS.match(key):
        return True
    if words <= 5 and _RULE.match(key) and not _RULE.sub("", key).strip():
        return True  # a separator rule alone
    if seen_body and _is_sign_off(key):
        return True
    # "(رويترز)" alone below a paragraph credits a photo (in the head it may credit the story)
    return seen_body and key.strip().startswith("(") and _AGENCY_ONLY.match(bare) is not None


def _is_counter(bare: str) -> bool:
    """Say whether a bare line is a counter ("1.247 مشاهدة", "👁 3,902") or a reading time ("قراءة: 3 دقائق")."""
    return _COUNTER.match(bare) is not None or _READ_TIME.match(bare) is not None


def _furniture_parts(key: str) -> str | None:
    """Say what a line of several furniture items is: "comments" when one of them heads the comment section
    ("التعليقات (4) — أضف تعليقك"), "furniture" when each is a counter, reading time, tool or share button
    ("قراءة: 3 دقائق | 1.247 مشاهدة", "عدد القراءات: 412 | طباعة"), else None: one part with any other
    words ("الأهلي | 1200 مشاهد في المدرجات") makes it text.
    """
    if key.count(" ") + 1 > MAX_FURNITURE_LINE_WORDS or not _FURNITURE_SPLIT.search(key):
        return None
    parts = [part for part in (part.strip(_PAD) for part in _FURNITURE_SPLIT.split(key)) if part]
    if len(parts) < 2:
        return None
    comments = False
    for part in parts:
        if _COMMENT_SECTION.match(part):
            comments = True
        elif not (_is_counter(part) or part in _WIDGET_LABELS or part in _SHARE_LABELS or part in _AD_LABELS
                  or _TOOL_ITEM.match(part) or _SOCIAL_ONLY.match(part) or _RELATIVE_STAMP.match(part)):
            return None
    return "comments" if comments else "furniture"


def _is_sign_off(key: str) -> bool:
    """Say whether a line is a wire editor's initials or an end mark closing the story.

    (An agency's initials, "أ.ف.ب", "أ ش أ", are a credit, not a sign-off.)
    """
    key = _RULE.sub("", key).strip()  # a separator rule may stand before the initials: "======== ز.ح"
    return 0 < len(key) <= 24 and (
        (_SIGN_OFF.match(key) is not None and not _AGENCY_ONLY.match(key)) or key.strip(_PAD) in _END_MARKS)


def _byline_with_date(key: str) -> bool:
    """Say whether a byline line gives the date after a bar ("بقلم: سارة علي | نشر في: 7 جويلية 2025"):
    it is left to _read_metadata, which reads the date and drops the line."""
    if "|" not in key or _DIGIT.search(key) is None:
        return False
    rest = _LEADING_BYLINE.sub("", key)
    return rest != key and (read_date_line(rest) is not None or _read_stamp(rest) is not None)


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


def _next_nonblank(keys: list[str], j: int) -> int:
    while j < len(keys) and not keys[j]:
        j += 1
    return j


def _starts_new_article(keys: list[str], heading: int, after: int) -> bool:
    """Tell a read-also block that heads a glued-on article from one in mid-text.

    In real pages the block mostly sits inside an article, so the text after its links is kept
    unless a new article visibly starts: nothing but links follows (a tail), a byline or dateline
    sits among the links ("مدريد - أ ف ب") or opens the next paragraph, or the paragraph echoes the
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
    first = keys[start]
    if _DATELINE_OPENING.match(first) or _NEW_ARTICLE_BYLINE.match(first.strip(_PAD)):
        return True
    if _CONNECTIVE.match(first) and not (first + " ").startswith(_NOT_CONNECTIVE):
        return False
    headline = _last_link_headline(keys, heading, after)
    lead = _stems(first)
    if len(headline) < 2 or not lead:
        return False
    echo = len(headline & lead)
    before = _stems(" ".join(keys[:heading]))
    shared_with_before = len(lead & before)
    if shared_with_before >= MAX_STEMS_SHARED_WITH_BEFORE * len(lead):
        return _teaser_on_the_beat(keys, start, headline, lead, before, shared_with_before)
    if echo >= MIN_HEADLINE_ECHO * len(headline):
        return True
    # At the foot of the page a glued-on teaser is one paragraph with only page furniture after it;
    # there a partial echo of its headline ("يتأهل" / "تأهله") is enough.
    return echo >= 2 and echo >= MIN_FOOT_ECHO * len(headline) and _only_furniture_after(keys, start + 1)


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
    return (len(novel) >= 2 and echo >= 2 and echo >= MIN_HEADLINE_ECHO * len(novel)
            and len(headline & lead) >= MIN_HEADLINE_ECHO * len(headline)
            and shared < MAX_STEMS_SHARED_BY_BEAT_TEASER * len(lead) and _only_furniture_after(keys, start + 1))


def _only_furniture_after(keys: list[str], j: int) -> bool:
    """Say whether nothing from j on is a paragraph: only short lines with no full stop, or keyword
    lists (or nothing)."""
    return all(not key or (key.count(" ") + 1 < MIN_PARAGRAPH_WORDS and not _ends_sentence(key))
               or _KEYWORDS.match(key.strip(_PAD)) for key in keys[j:])


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
    if headline is None:
        headline = _last_link_headline(keys, heading, after)
    glued = headline
    before = _stems(" ".join(keys[:heading]))
    lead = _stems(keys[start])
    shared = len(lead & before)
    echo = len(lead & glued)
    if shared >= MAX_STEMS_SHARED_WITH_BEFORE * len(lead):
        return after
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


def _drop_trailing_section_links(keys: list[str], drop: list[bool], remove) -> None:
    """Drop "المزيد من دوليات"-style section links at the foot of the page.

    Only at the end: in mid-text, a short "المزيد من …" line may be a subheading.
    """
    for i in range(len(keys) - 1, -1, -1):
        key = keys[i]
        if not key or drop[i]:
            continue
        bare = key.strip(_PAD)
        if not (key.count(" ") < 5 and _MORE_FROM.match(bare) and not _ends_sentence(key)):
            break
        remove(i)


MAX_TAG_LINE_WORDS = 6
MAX_UNSEEN_TAG_STEMS = 1  # a tag may name what the text does not (the league of a club's transfer)
_NOT_IN_TAGS = re.compile(r"[.:：؛;!؟?«»\"“”()\[\]]")


def _drop_trailing_tag_line(keys: list[str], drop: list[bool], remove, end: int) -> None:
    """Drop a tag list with no label printed under the article's last paragraph ("الأهلي انتقالات الدوري المصري").

    The last kept line before end, a few words with no punctuation under a finished paragraph, whose
    content stems the text above names (all but one), while the line as a whole is no phrase of it: tags
    string names together. (A short closing line is a sentence with its stop, a signature names whom the text
    does not, or repeats a name the text gives whole: "وزارة الصحة".)
    """
    kept = [i for i in range(end) if keys[i] and not drop[i]]
    if len(kept) < 3:
        return
    last, before = kept[-1], kept[-2]
    key = keys[last]
    words = key.split()
    if (not 2 <= len(words) <= MAX_TAG_LINE_WORDS or _NOT_IN_TAGS.search(key) or _DIGIT.search(key)
            or any(word in _STOP_WORDS for word in words)  # a preposition joins a phrase: tags are bare names
            or not _ends_sentence(keys[before]) or keys[before].count(" ") + 1 < MIN_PARAGRAPH_WORDS):
        return
    text = " ".join(keys[:last])
    stems = _stems(key)
    seen = stems & _stems(text)
    unseen = len(stems - seen)
    if len(seen) >= 2 and (unseen == 0 or (unseen <= MAX_UNSEEN_TAG_STEMS and len(stems) >= 3)) and key not in text:
        remove(last)


_MARKER_PLACE = _compile(r"^(?:في|علي|عبر|من|on|in|at)\s+\S+(?:\s+\S+){0,2}$")


def _is_marker_line(key: str, bare: str) -> bool:
    """Tell a lone "اقرأ أيضاً" marker from a marker followed by a headline on the same line."""
    match = _READ_ALSO.match(bare)
    if match is None:
        return False
    rest = bare[match.end():].strip(_PAD)
    # "اقرأ أيضاً في <outlet>:", "شاهد أيضاً على موقعنا:": the marker names where, and its colon heads the links
    return not rest or (key.rstrip().endswith((":", "：")) and _MARKER_PLACE.match(rest) is not None)


def _drop_following(lines: list[str], keys: list[str], i: int, remove, *, max_words: int) -> int:
    """Drop the short link-like lines after a heading at i; return the index of the next kept line."""
    end = _teasers_end(keys, i + 1, max_words=max_words)
    for j in range(i + 1, end):
        remove(j)
    return end


def _teasers_end(keys: list[str], j: int, *, max_words: int) -> int:
    """Return the index of the first line from j on that is not a short link-like line (or blank)."""
    while j < len(keys):
        key = keys[j]
        if key and (key.count(" ") + 1 > max_words or _ends_sentence(key) or _READ_ALSO.match(key.strip(_PAD))):
            break
        j += 1
    return j


def _tail_credit(lines: list[str], keys: list[str], cut: int | None) -> str | None:
    """Return the credit of a "المصدر: الميادين" line among the links of a dropped read-also block.

    The page ends with the block, then the article's own source line; a line after the first
    paragraph belongs to the glued-on article.
    """
    if cut is None:
        return None
    for i in range(cut, len(lines)):
        key = keys[i]
        if not key:
            continue
        if key.count(" ") < 12 and _CREDIT.match(key):
            return _credit_value(lines[i])
        if key.count(" ") + 1 >= MIN_PARAGRAPH_WORDS or _ends_sentence(key):
            return None
    return None


def _is_section_label(key: str) -> bool:
    """Say whether a line is only a section label ("اقتصاد", "أخبار عربية", "مجتمع واقتصاد")."""
    words = key.strip(_PAD).split()
    return 0 < len(words) <= MAX_SECTION_WORDS and all(
        _is_section_word(word) or _is_section_word(word.removeprefix("و"))
        or _is_section_word(re.sub(r"^و?ال", "", word)) for word in words)


def _is_section_word(word: str) -> bool:
    """Say whether a word names a section, in the singular or the plural ("ثقافة", "ثقافات")."""
    if word in _SECTION_WORDS:
        return True
    plural = _PLURAL_SECTION.match(word)
    return plural is not None and (plural["stem"] + "ه" in _SECTION_WORDS or plural["stem"] in _SECTION_WORDS)


def _find_masthead(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether line i (at the top) is the outlet's name: a name-like shape, or a short name that
    recurs in a credit-like line ("الدوحة - لوسيل", "عنب بلدي - حسام المحمود") or in a dropped prompt
    ("حمّل تطبيق موزاييك أف أم"). A short headline recurs in the text's sentences, not there.
    """
    name = keys[i].strip(_PAD)
    if _LATIN_NAME.match(name) and name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and name not in _SUMMARY_MARKERS:
        # "RT Arabic", "Sky News Arabia", "France 24" over an Arabic headline (an English page keeps its title)
        following = next((key for j, key in enumerate(keys[i + 1:], i + 1) if key and not drop[j]), "")
        return _ARABIC_WORD.search(following) is not None
    if (not name or name.count(" ") + 1 > MAX_MASTHEAD_WORDS or (re.search(r"\d", name) and not _MASTHEAD_SHAPED.match(name))
            or name in _SUMMARY_MARKERS or _credit_line(name) is not None):
        return False
    if _MASTHEAD_SHAPED.match(name) or " " not in name:
        return True  # a single word above the headline is never the title (see _read_title)
    return _recurs(keys, drop, i, name)


def _recurs(keys: list[str], drop: list[bool], i: int, name: str) -> bool:
    """Say whether a name at line i recurs in a dropped line or a short credit-like line."""
    recurs = re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")
    return any(recurs.search(key) and (drop[j] or (key.count(" ") < 8 and re.search(r"[-–—:|/«»()\"]", key)))
               for j, key in enumerate(keys) if j != i and key)


def _label_line(key: str) -> tuple[bool, dt.date | None]:
    """Say whether a head line is a label (a section, maybe with a place or the date) and give its date.

    "اقتصاد", "الاقتصاد | لبنان", "أخبار مصر | اقتصاد", "أخبار › عربي ودولي", "سياسة | 2024/12/04": every
    part split by a bar, "›", ">" or a slash is a section label, a date or a short name, and one is a
    section. A headline with a bar holds a clause ("عاجل | الرئيس يعلن حل البرلمان") or no section
    ("الأهلي | الزمالك"). Dashes join clauses in headlines ("غزة - الاحتلال يقصف مستشفى"): parts split
    by a spaced dash ("الأيام - محليات", "الخبر - الوطن - مجتمع") must be a section or a single word.
    "›" and ">" never join a headline's words: a breadcrumb of short names needs no section
    ("روداو > كوردستان"). A site's name in Latin letters counts as a name ("Le360 > اقتصاد"). A short name
    beside a full date needs none either: "الوطن | الثلاثاء 16 ديسمبر 2025" (a masthead or section with the day).
    """
    if _is_section_label(key):
        return True, None
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


# "أخبار السودان", "شؤون عربية": the news of a country or region, a section label over the headline.
_NEWS_OF_PLACE = _compile(r"^(?:اخبار|شؤون) [\u0621-\u064a]{3,}$")


def _news_of_place(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is "أخبار <place>" over a headline: a headline is a clause ("أخبار سارة
    للمزارعين"), and the line under a two-word headline is its lead, a sentence."""
    return (_NEWS_OF_PLACE.match(keys[kept[n]].strip(_PAD)) is not None
            and n + 1 < len(kept) and not _ends_sentence(keys[kept[n + 1]]))


def _masthead_and_section(key: str) -> str | None:
    """Return the outlet's name of a "<masthead> - <section>" line ("الشروق أونلاين - رياضة", "اقتصاد - هبة
    بريس"), else None. A dash joins clauses in headlines ("رياضة - الأهلي يفوز …", "غزة - المجاعة"): one
    part must be a section label and the other an outlet's name by its shape or the tables.
    """
    if " - " not in key and " – " not in key and " — " not in key:
        return None
    parts = [part.strip(_PAD) for part in _SPACED_DASH.split(key)]
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


def _outlet_shaped(name: str) -> bool:
    """Say whether a part of a head line has an outlet's name by its shape or the tables."""
    return name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and bool(
        _LATIN_NAME.match(name) or _MASTHEAD_SHAPED.match(name) or _KNOWN_OUTLET.match(name)
        or _LATIN_ARABIC_EDITION.match(name))


def _masthead_pair(keys: list[str], drop: list[bool], kept: list[int], n: int) -> str | None:
    """Return the outlet's name of a masthead line that gives it twice or with its tagline, else None.

    "Lebanon24 | لبنان 24", "بزنس نيوز | Business News": the name in two scripts, both parts name-shaped
    (a headline with a bar holds a clause: "عاجل | البرلمان يقر الموازنة"). "TSA عربي - كل شيء عن الجزائر":
    the name and a short tagline, told from "Apple | آبل تطلق هاتفاً جديداً" by a label line below it or
    by the name recurring in a credit-like or dropped line (see _find_masthead). With such a sign the name
    need not have an outlet's shape: "الحوار | يومية وطنية مستقلة", "المرصد | Al Marsad" (a short name, with
    its tagline or its Latin spelling) over a breadcrumb: navigation sits under the site's name, never under
    a headline.
    """
    key = keys[kept[n]]
    parts = [part.strip(_PAD) for part in _BAR_OR_DASH.split(key)]
    if len(parts) != 2 or not all(parts):
        return None
    first, second = parts
    if _outlet_shaped(first) and _outlet_shaped(second):
        return first
    short_name = first.count(" ") + 1 <= MAX_LABEL_NAME_WORDS and not re.search(r"[\d:：،,؛.]", first)
    if (not (_outlet_shaped(first) or short_name) or second.count(" ") + 1 > MAX_TAGLINE_WORDS
            or re.search(r"[\d:：،,؛]", second) or _ends_sentence(second)):
        return None
    label_below = n + 2 < len(kept) and _label_line(keys[kept[n + 1]])[0]
    nav_below = n + 2 < len(kept) and any(
        drop[j] and keys[j] and (_BREADCRUMB.match(keys[j].strip(_PAD)) or _label_line(keys[j])[0])
        for j in range(kept[n] + 1, kept[n + 1]))
    return first if label_below or nav_below or _recurs(keys, drop, kept[n], first) else None


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
    ("الوطن | سكن", "محليات › الجهات"): the tables need not know the sections. A headline under a masthead
    holds a clause, and the line under it is no headline but its lead or byline.
    """
    key = keys[kept[n]]
    if not ("|" in key or "›" in key or ">" in key) or n + 1 >= len(kept) or _ends_sentence(keys[kept[n + 1]]):
        return False
    parts = [part.strip(_PAD) for part in _LABEL_SPLIT.split(key)]
    return 2 <= len(parts) <= 3 and all(
        part and part.count(" ") + 1 <= MAX_LABEL_NAME_WORDS and not re.search(r"[\d:：،,؛.]", part) for part in parts)


def _names_a_section_below(keys: list[str], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a short name over a label line with a headline (or a date) under it.

    An outlet's name the tables do not know sits over its section: "تونس الآن" over "وطنية". A short
    headline with a label under it has the lead next, a sentence with a full stop.
    """
    name = keys[kept[n]].strip(_PAD)
    return (0 < name.count(" ") + 1 <= MAX_MASTHEAD_WORDS and n + 2 < len(kept)
            and re.search(r"[\d:：،,؛.|/]", name) is None and _label_line(keys[kept[n + 1]])[0]
            and not _ends_sentence(keys[kept[n + 2]]))


def _name_over_dropped_label(keys: list[str], drop: list[bool], kept: list[int], n: int) -> bool:
    """Say whether head line kept[n] is a short name over a breadcrumb or label already dropped, with a
    headline under it: "يلا كورة" over "الرئيسية > أخبار > الكرة المصرية". Navigation sits under the site's
    name and above the headline, never under the headline (a short headline has its lead or byline next).
    """
    name = keys[kept[n]].strip(_PAD)
    if (not 0 < name.count(" ") + 1 <= MAX_MASTHEAD_WORDS - 1 or n + 2 >= len(kept)
            or re.search(r"[\d:：،,؛.|/]", name) or _ends_sentence(keys[kept[n + 1]])):
        return False
    return any(drop[j] and keys[j] and (_BREADCRUMB.match(keys[j].strip(_PAD)) or _label_line(keys[j])[0])
               for j in range(kept[n] + 1, kept[n + 1]))


def _drop_head_labels(keys: list[str], drop: list[bool], remove) -> tuple[str | None, dt.date | None]:
    """Drop the masthead and label lines above the headline.

    Returns the masthead's (folded) name and the date a label line gives ("سياسة | 2024/12/04").
    A known outlet's credit line ("البيان") is left to _read_metadata, which reads it as a credit.
    """
    masthead = None
    outlet_named = False  # an outlet's bare name stands above, left to _read_metadata ("البلاد.نت")
    published = None
    kept = [i for i, key in enumerate(keys) if key and not drop[i]][:HEAD_LABEL_LINES + 1]
    for n, i in enumerate(kept[:-1]):  # the last kept line of the head is never a label: the headline follows
        if _credit_line(keys[i].strip(_PAD)) is not None:
            outlet_named = outlet_named or _KNOWN_OUTLET.match(keys[i].strip(_PAD)) is not None
            continue
        # "<masthead> - <section>" first: a label too, but it names the outlet a credit line may name again
        name = (_masthead_and_section(keys[i]) or _masthead_pair(keys, drop, kept, n)
                or _outlet_and_place(keys, i)) if masthead is None else None
        label, value = (False, None) if name else _label_line(keys[i])
        label = label or (not name and (_paired_sections(keys, kept, n) or _news_of_place(keys, kept, n) or (
            (masthead is not None or outlet_named) and _names_under_the_masthead(keys, kept, n))))
        if name:
            masthead = name
        elif label:
            published = published or value
        elif _is_date_stamp(keys[i]):
            continue  # the page's date between the masthead and the section: read by _read_metadata
        elif masthead is None and (_find_masthead(keys, drop, i) or _names_a_section_below(keys, kept, n)
                                   or _name_over_dropped_label(keys, drop, kept, n)):
            masthead = keys[i].strip(_PAD)
        else:
            break
        remove(i)
    return masthead, published


def _is_date_stamp(key: str) -> bool:
    """Say whether a head line is only the page's date, maybe with the issue number: "الثلاثاء ٢٦ شوال ١٤٤٧هـ -
    ١٤ أبريل ٢٠٢٦م", "15 يوليو 2025 - العدد 18954". It is never a headline, and labels may stand under it."""
    if key.count(" ") + 1 > MAX_DATE_LINE_WORDS or not _DIGIT.search(key):
        return False
    issue = _ISSUE_LINE.match(key)
    date = (issue["date"] or issue["date_first"]) if issue else key
    return date is not None and read_date_line(date) is not None


_OUTLET_KIND = _compile(r"^(?:شبكه|صحيفه|جريده|موقع|قناه|وكاله|مجله|اذاعه|راديو)\s+(?=\S)")


def _masthead_credit(key: str, masthead: str | None) -> re.Match[str] | None:
    """Match "CITY - <masthead>" or "<masthead> - author": a line that credits the outlet named above."""
    if masthead is None:
        return None
    # the outlet's own name without its kind: "٩٦٤ - البصرة" under "شبكة 964", "عطبرة - التغيير" under "صحيفة التغيير"
    name = "|".join(re.escape(form) for form in dict.fromkeys((masthead, _OUTLET_KIND.sub("", masthead))))
    return (re.match(rf"^{_CITY}\s*[-–—:/]\s*[(«\"]?(?P<agency>(?:{name}))[)»\"]?$", key)
            or re.match(rf"^(?P<agency>(?:{name}))\s*[-–—/|]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){{0,3}}$", key))


def _read_metadata(lines: list[str], keys: list[str], drop: list[bool], remove,
                   reference: dt.date | None, *, later_credit: str | None = None,
                   masthead: str | None = None) -> tuple[dt.date | None, str | None]:
    """Read and remove date and credit lines; return (published, source credit).

    later_credit: a "المصدر:" line dropped with a tail, below any wire dateline's credit.
    masthead: the outlet's name dropped above the headline, credited by "CITY - <masthead>".
    """
    published: dt.date | None = None
    updated: dt.date | None = None
    credit: str | None = None
    wire_credit: str | None = None  # an agency in a dateline; an explicit "المصدر:" line wins over it
    head = 0  # kept non-empty lines seen so far: standalone dates count only near the top
    dateline_checked = False
    previous = -1  # the line processed before this one
    title_seen = paragraph_seen = False
    for i, key in enumerate(keys):
        if drop[i] or not key:
            continue
        after_metadata = previous >= 0 and drop[previous]  # the line before was just read as metadata
        if previous >= 0 and not drop[previous]:  # the first kept line is the title, later ones the text
            paragraph_seen = paragraph_seen or title_seen
            title_seen = True
        previous = i
        head += 1
        words = key.count(" ") + 1
        if head <= HEAD_LINES and words <= MAX_DATE_LINE_WORDS and (issue := _ISSUE_LINE.match(key)):
            date = issue["date"] or issue["date_first"]
            value = read_date_line(date) if date else None
            if value is not None or not date:
                remove(i)  # the masthead's issue number, maybe with the issue's date
                published = published or value
                continue
        stamp_line = _STAMP_MARK.sub("", key)  # "# الخميس، 18 سبتمبر 2025 11:42 ص", "• آخر تحديث: 14:35"
        label = _DATE_LABEL.match(stamp_line)
        # "نشر في: <date> | آخر تحديث: <date>": only the part before the bar must be short
        if label and stamp_line.split("|", 1)[0].count(" ") < MAX_DATE_LINE_WORDS:
            rest = stamp_line[label.end():]
            strong = label.group("strong") or label.group("update")
            value = read_date(rest) if strong else read_date_line(rest)
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
        if words <= 12 and _CREDIT.match(key):
            credit = credit or _credit_value(lines[i])
            remove(i)
            continue
        if head <= HEAD_LINES and words <= MAX_DATE_LINE_WORDS:
            stamp_key = _TRAILING_BYLINE.sub("", stamp_line)
            if "|" in stamp_key:
                stamp_key = _LEADING_BYLINE.sub("", stamp_key)
            value = read_date_line(stamp_key) if words <= 12 else None
            stamp = ((value, None) if value is not None
                     else _read_stamp(stamp_key) if any(word in stamp_key for word in _STAMP_WORDS) else None)
            if stamp is not None:
                remove(i)
                published, updated = published or stamp[0], updated or stamp[1]
                continue
        without_byline = _TRAILING_BYLINE.sub("", key)  # "الجزائر - الوطن | بقلم: سميرة بن علي"
        if head <= HEAD_LINES and without_byline.count(" ") < 8 and (
                wire := _credit_line(without_byline) or _masthead_credit(without_byline, masthead)
                or (title_seen and _DATELINE_OUTLET.match(without_byline))):
            wire_credit = wire_credit or _as_written(lines[i], key, wire)
            remove(i)  # a line that only credits the agency is metadata
            continue
        if head <= HEAD_LINES and not paragraph_seen and words <= 6 and (
                (exclusive := _EXCLUSIVE.match(key)) and (title_seen or not exclusive["agency"])):
            # under the title only: "خاص | الحكومة تستقيل" above it is the headline
            if exclusive["agency"] and not wire_credit:
                wire_credit = _EXCLUSIVE_TAG.sub("", lines[i].strip()).strip(_PAD) or None
            remove(i)
            continue
        if head <= HEAD_LINES and title_seen and not paragraph_seen and words <= 6 and _STAFF_BYLINE.match(key):
            remove(i)  # the outlet's desk signing the story
            continue
        if (head <= HEAD_LINES and title_seen and not paragraph_seen and _HEAD_BYLINE.match(key)
                and (after_metadata or _date_line_follows(keys, drop, i) or _unknown_name_over_lead(keys, drop, i))):
            remove(i)  # the author's name under the title, among date and credit lines
            continue
        if head <= HEAD_LINES and not wire_credit and (wire := _DATELINE_AGENCY.match(key)):
            wire_credit = _as_written(lines[i], key, wire)  # the dateline stays: the first sentence starts in it
        numeric = (None if dateline_checked or head > HEAD_LINES or words <= 2 or not key[:1].isalpha()
                   or _DIGIT.search(key, 0, 80) is None else _NUMERIC_DATELINE.match(key))
        if numeric and (numeric.group("sep") or numeric.group("credit") or numeric.group("bare")):
            dateline_checked = True
            published = published or read_numeric_date(numeric.group("date"))
            agency = "credit" if numeric.group("credit") else "bare" if numeric.group("bare") else None
            if agency and not wire_credit and _AGENCY_ONLY.match(numeric.group(agency)):
                wire_credit = _as_written_span(lines[i], key, *numeric.span(agency))
            if not key[numeric.end():].strip(_PAD):
                remove(i)  # the dateline on a line of its own is metadata
            continue
        bare = (None if dateline_checked or head > HEAD_LINES or words <= 3 or not key[:1].isalpha()
                or _DIGIT.search(key, 0, 40) is None else _BARE_DATELINE.match(key))
        if bare and (found := _read_bare_dateline(key, bare.end(), reference)) is not None:
            dateline_checked = True
            value, agency, alone = found
            published = published or value
            if agency is not None and not wire_credit:
                wire_credit = _as_written_span(lines[i], key, *agency)
            if alone:
                remove(i)  # "جدة 3 شوال 1446 هـ الموافق 1 أبريل 2025 م واس" on a line of its own is metadata
            continue
        dateline = None if dateline_checked or head > HEAD_LINES or words <= 3 else _DATELINE.match(key)
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
                wire_credit = _as_written_span(lines[i], key, *dateline.span("outlet"))
            if value is not None and alone:
                remove(i)  # "الرياض – الأربعاء 31 يناير 2024 (رويترز)" on a line of its own is metadata
    return published or updated, credit or later_credit or wire_credit


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
MAX_BYLINE_WORDS_IN_TEXT = 1  # the city of "الخرطوم: عوضية سليمان" recurs in the text, the reporter does not


def _unknown_name_over_lead(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether a byline-shaped line under the title ("الخرطوم: عوضية سليمان", "فهد الشمري - تبوك") sits
    right over the lead paragraph and names what the page never names again: the reporter. A subtitle there
    ("الخرطوم: ارتفاع أسعار الخبز") sums up the story, and the title or the lead carries its words.
    """
    j = _next_nonblank(keys, i + 1)
    while j < len(keys) and drop[j]:
        j = _next_nonblank(keys, j + 1)
    if j >= len(keys) or keys[j].count(" ") + 1 < MIN_PARAGRAPH_WORDS or not _CITY_NAME_SPLIT.search(keys[i]):
        return False  # (a bare name with no city may be a kicker: "ميدان التحرير")
    # whole words (no suffix cut): a surname must not match a longer word of the text ("الحاج", "حاجات")
    words = _prefixless_words(keys[i])
    rest = _prefixless_words(" ".join(key for k, key in enumerate(keys) if k != i))
    return len(rest) >= MIN_ARTICLE_STEMS and len(words) >= 2 and len(words & rest) <= MAX_BYLINE_WORDS_IN_TEXT


def _prefixless_words(key: str) -> set[str]:
    """Return the Arabic words of key without a leading article or conjunction ("والخبز" -> "خبز")."""
    return {_STEM_PREFIX.sub("", word) for word in _ARABIC_WORD.findall(key) if len(word) > 2}


def _date_line_follows(keys: list[str], drop: list[bool], i: int) -> bool:
    """Say whether the next kept line after i is a publication-date line (a date, a labelled date, a stamp).

    A byline under the title often comes before the date line ("دبي – سارة المنصوري" over "12 مارس 2025").
    """
    j = i + 1
    while j < len(keys) and (not keys[j] or drop[j]):
        j += 1
    if j >= len(keys) or keys[j].count(" ") >= MAX_DATE_LINE_WORDS:
        return False
    key = keys[j]
    label = _DATE_LABEL.match(key)
    return (read_date_line(key) is not None or (label is not None and read_date(key[label.end():]) is not None)
            or (any(word in key for word in _STAMP_WORDS) and _read_stamp(key) is not None))


def _read_stamp(key: str) -> tuple[dt.date | None, dt.date | None] | None:
    """Read "12 مارس 2025 | آخر تحديث: 14:35": parts split by bars or before a label, each a date or a
    clock time (or a counter or the page's age beside them: "2025/08/13 | 👁 3,902", "منذ 3 ساعات | 10 آذار 2026"), labelled ("آخر تحديث", "تاريخ النشر",
    "نشر في") or not. Returns (published, updated),
    or None when a part holds anything else (a name, a section, a sentence) or no part gives a date.
    """
    published: dt.date | None = None
    updated: dt.date | None = None
    for part in _STAMP_SPLIT.split(key):
        part = part.strip()
        if not part:
            continue
        label = _DATE_LABEL.match(part)
        rest = part[label.end():] if label else part
        value = read_date_line(rest)
        if value is None and not label and (_is_counter(part.strip(_PAD)) or _RELATIVE_STAMP.match(part.strip(_PAD))):
            continue  # "2025/08/13 | 👁 3,902", "منذ 3 ساعات | 10 آذار 2026": a counter or an age beside the date
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
        if (not stamp_seen and not drop[i] and key.count(" ") < 6 and key[:1].isdigit()
                and (value := read_date_line(key)) is not None):
            stamp_seen = True  # "03/03/2026 14:22:10" under the text: the time the page was printed
            published = value
            remove(i)
            continue
        if key.count(" ") < 20:
            closing = _CLOSING_CREDIT.match(key) or _CLOSING_NAMES.match(key) or _CLOSING_AGENCY.match(key)
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
    """Match a head line that only credits the story (see _CREDIT_LINES)."""
    for pattern in _CREDIT_LINES:
        if match := pattern.match(key):
            return match
    return None


def _as_written(line: str, key: str, match: re.Match) -> str:
    """Return the agency as the line spells it (the key is a folded copy, equal in length when nothing was dropped)."""
    return _as_written_span(line, key, *match.span("agency"))


def _as_written_span(line: str, key: str, start: int, end: int) -> str:
    """Return key[start:end] as the line spells it, or as folded when the two differ in length."""
    stripped = line.strip()
    return (stripped[start:end] if len(stripped) == len(key) else key[start:end]).strip()


def _credit_value(line: str) -> str | None:
    """Return the credited outlet of a "المصدر: …" line, as written."""
    parts = _CREDIT_SPLIT.split(line.strip(), maxsplit=1)
    value = parts[1].strip(_PAD) if len(parts) == 2 else ""
    return value or None


def _read_title(lines: list[str], keys: list[str], drop: list[bool]) -> int | None:
    """Return the index of the first kept line when it reads as a headline followed by text."""
    kept = [i for i, key in enumerate(keys) if key and not drop[i]]
    if len(kept) < 2:
        return None
    first = kept[0]
    key, line = keys[first], lines[first].strip()
    bare = key.strip(_PAD)
    if (len(line) > MAX_TITLE_CHARS or not 2 <= key.count(" ") + 1 <= MAX_TITLE_WORDS or len(bare) < 4
            or _ends_sentence(key) or line.endswith((":", "：", "،", ",", "؛", ";"))
            or bare in _SUMMARY_MARKERS or _BULLET.match(line)):
        return None
    return first


def _join_kept(lines: list[str], drop: list[bool]) -> str:
    """Join the kept lines; a blank line left next to another by a removal goes too."""
    out: list[str] = []
    dropped_since = False
    for line, dropped in zip(lines, drop):
        if dropped:
            dropped_since = True
            continue
        if not line.strip():
            if not out or (dropped_since and not out[-1].strip()):
                continue
        else:
            dropped_since = False
        out.append(line)
    return "\n".join(out).strip()
