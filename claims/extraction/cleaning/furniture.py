"""Page furniture: the boilerplate lines of a scraped page, and the passes that drop them at the foot.

The patterns and label sets of JavaScript and cookie warnings, ads, toolbars and font widgets, share bars,
follow/app/newsletter/login/live/donation/QR/e-paper prompts, counters and reading times, captions and
photo credits, bylines and author boxes, contact lines, copyright and disclaimers, keyword lists, the head
of the comment section, separator rules, wire sign-offs and end marks, market tickers, results and standings
tables, weather strips and a station's tuning prompt;
the line tests built on them (_furniture_parts, _is_counter, _is_sign_off, _is_ticker, _is_weather_strip,
_platforms_follow); and the passes
that cut a wire end mark off the last paragraph (_trim_end_marks) and drop section links and an unlabelled
tag line under the article (_drop_trailing_section_links, _drop_trailing_tag_line).
"""
from __future__ import annotations

import re

from .dates import fold
from .lexicon import (
    _AGENCY_ONLY,
    _DIGIT,
    _PAD,
    PICTOGRAPHS,
    MIN_PARAGRAPH_WORDS,
    _compile,
    _ends_sentence,
    _has_dash,
    _labels,
    _NeedsWord,
    _next_nonblank,
)
from .stems import _STOP_WORDS, MAX_STEMS_SHARED_WITH_BEFORE, MIN_ARTICLE_STEMS, _stems

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
    # a sponsor's label over a paid block: "محتوى برعاية", "محتوى إعلاني", "مقال مموّل", "برعاية"
    "محتوي برعايه", "محتوي اعلاني", "محتوي دعائي", "محتوي ترويجي", "محتوي برعايه شريك", "برعايه", "مقال ممول",
    "مقال مدفوع", "خبر ممول", "ماده اعلانيه", "ماده مموله", "partner content", "paid content", "paid post",
    "اشهار", "اشهارات", "الاشهار", "فضاء اشهاري",  # the Maghreb's word for an advertisement
    "scroll to continue with content", "story continues below advertisement",
    # the same labels on a French-language page's template (the Maghreb's outlets): "Publicité", "Annonce"
    "publicité", "publicite", "pub", "annonce", "annonces", "sponsorisé", "sponsorise", "contenu sponsorisé",
    "contenu sponsorise", "contenu partenaire", "publireportage", "publi-reportage",
    "advertorial", "promoted", "promoted content", "sponsored post", "ad feedback",
)
# Page furniture: font size, print, copy link, loading indicators.
_WIDGET_LABELS = _labels(
    "حجم الخط", "تكبير الخط", "تصغير الخط", "a a", "a+ a-", "a- a+", "طباعه", "اطبع", "ارسل لصديق",
    "نسخ الرابط", "تم نسخ الرابط", "الرابط المختصر", "جاري التحميل", "loading", "print", "email",
    "copy link", "link copied", "حفظ", "استمع", "استمع للمقال", "listen", "listen to this article",
    "article information", "معلومات المقال", "تخطي قصص مقترحه وواصل القراءه", "تخطي القصص المقترحه وواصل القراءه",
    "نهايه قصص مقترحه", "نهايه القصص المقترحه", "skip suggested stories and continue reading",
    "end of suggested stories",
    # a site's search box: "بحث عن:", "ابحث هنا", "اكتب كلمة البحث"
    "بحث", "بحث عن", "ابحث", "ابحث عن", "ابحث هنا", "بحث في الموقع", "ابحث في الموقع", "كلمه البحث",
    "اكتب كلمه البحث", "ادخل كلمه البحث", "search", "search for", "search for:",
    # a newsletter box's heading and button: "النشرة البريدية" over "اشترك ليصلك …" over "اشتراك"
    "النشره البريديه", "النشره الاخباريه", "نشرتنا البريديه", "القائمه البريديه", "اشترك", "اشتراك", "اشترك الان",
    "newsletter", "subscribe", "subscribe now",
    # a currency converter's heading, a full-table link under a results widget, a live blog's "show all" button,
    # an embedded post's link to the network ("عرض المنشور على X", "View on Instagram")
    "محول العملات", "محول العمله", "حاسبه العملات", "currency converter", "جدول الترتيب الكامل", "جدول الترتيب",
    "عرض كل التحديثات", "عرض جميع التحديثات", "عرض المزيد من التحديثات", "كل التحديثات",
) | frozenset(
    # a "send to a friend" button: "إرسال لصديق", "أرسل الخبر إلى صديق", "ابعث المقال لصديق"
    fold(f"{verb}{thing} {to}")
    for verb in ("ارسل", "ارسال", "ابعث")
    for thing in ("", " الخبر", " المقال", " المقاله", " الموضوع", " الرابط")
    for to in ("لصديق", "الي صديق", "لاصدقائك", "الي اصدقائك")
) | _labels("send to a friend", "send to friend", "email to a friend", "email this article", "email this")
# An audio player over the text: "استمع إلى هذا المقال ⏵ 03:12", "استمع للخبر", "Listen to this article 4:05":
# the verb, the article (no subject or object of a clause: "استمع الوزير إلى …"), then its duration or the player's
# signs only.
_LISTEN_WIDGET = _compile(r"^(?:استمع|استمعي|استمعوا|listen)\s+(?:(?:الي|to)\s+)?(?:هذا\s+|هذه\s+|this\s+|the\s+)?"
                          r"(?:لل|ال)?(?:مقال|مقاله|خبر|تقرير|قصه|نص|article|story)(?:\s+(?:صوتيا|كاملا))?"
                          r"[^\u0621-\u064aa-z]*$")
# A video or photo player's label in the text: "▶ فيديو | لحظة انقطاع التيار عن الساحة", "Video: …" over "01:12": the
# media word then the clip's title, and a play sign before it or the clip's duration on a line of its own under it
# (see _DURATION, page._is_player_label): "بالفيديو: …" alone may be another story's headline, and "►" or "▶" alone
# marks a list's item. Only below the first paragraph: over the text, "فيديو: …" may be a video story's headline.
_MEDIA_LABEL = _compile(r"^(?:[^\w\s]\ufe0f?\s*)*(?:فيديو|بالفيديو|شاهد بالفيديو|شاهد الفيديو|فيديوغراف|فيديوجراف|بالصور"
                        r"|انفوغراف|انفوجراف|video|watch video)\s*(?P<duration>\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*[|:：\-–—]\s*\S")
_PLAY_SIGN = re.compile("^[▶►⏵▷\U0001f3a5\U0001f4f9\U0001f4fa\U0001f3ac]\ufe0f?\\s*\\S")
MAX_MEDIA_LABEL_WORDS = 15
# A clip's duration alone on a line: "01:12", "1:05:33".
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# A font-size widget with its buttons: "حجم الخط: أ+ أ-", "تكبير الخط | أ-", "حجم الخط A+ A-",
# "حجم الخط: كبير | متوسط | صغير", "A+ A A-".
_FONT_BUTTON = r"(?:[اa][+-]?|[+-][اa]?|كبير|اكبر|متوسط|عادي|صغير|اصغر|large|medium|normal|small)"
# (the label may name the reader's act before it, "تعديل حجم الخط:", "التحكم في حجم الخط", and the text for the font)
_FONT_LABEL = (r"(?:(?:(?:ال)?(?:تعديل|تغيير|ضبط|تحكم في|تحكم ب)\s*)?(?:حجم|تكبير|تصغير) (?:الخط|النص)"
               r"|(?:change |adjust )?(?:font|text) size)")
# The buttons alone: "A+ A-", "أ- أ+", or the same letter in three sizes with no sign, "A A A", "أ أ أ".
_FONT_LETTERS = r"(?:[اa][+-](?:[\s|/]*[اa][+-]?)+|[+-]?[اa](?:[\s|/]+[+-]?[اa][+-]?)+)"
_FONT_WIDGET = _compile(rf"^(?:{_FONT_LABEL}(?:[\s:：|/]*(?:{_FONT_LABEL}|{_FONT_BUTTON}))*"
                        rf"|{_FONT_LETTERS})[\s+:：-]*$")
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
# "Avertissement: …" (French) and "تنويه: الأخبار المنشورة تعبر عن مصادرها" too (the label needs its colon: "تنويه الوزارة" opens a sentence).
_DISCLAIMER = _compile(r"^(?:اخلاء (?:ال)?مسؤوليه|disclaimer|avertissement)(?:\s*[:：]|$)|^تنويه\s*[:：]")
# The outlet's disclaimer with no label: what it publishes ("المسلة تنشر المقالات والتحليلات التي تردها …", "جميع المواد
# المنشورة …") does not speak for it or is not its responsibility ("ولا تعبر بالضرورة عن رأيها", "ولا يتحمل الموقع أي
# مسؤولية"). A reported statement ("وأكد أن البيانات المنشورة لا تعبر عن موقف الوزارة") has its reporting verb.
_OUTLET_DISCLAIMER_DENIAL = _compile(
    r"(?<![\w])و?لا\s+(?:تعبر|يعبر|تعكس|يعكس|تمثل|يمثل)\s+(?:بالضروره\s+)?عن\s+(?:راي|اراء|وجهه نظر|موقف|توجه|سياسه)"
    r"|(?<![\w])و?لا\s+(?:تتحمل|يتحمل)\s+(?:\S+\s+)?(?:اي|ايه)\s+مسؤوليه")
_PUBLISHED_MATTER = _compile(r"(?<![\w])(?:تنشر|ينشر|(?:ال)?منشوره|(?:ال)?منشور|(?:ال)?وارده|(?:ال)?مقالات|(?:ال)?اراء"
                             r"|(?:ال)?تعليقات|(?:ال)?محتوي|(?:ال)?مواد)(?![\w])")
_REPORTING_VERB = _compile(r"(?<![\w])[وف]?(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|ذكر|ذكرت|اعتبر|اعتبرت|اعلن|اعلنت"
                           r"|اشار|اشارت)(?![\w])")
MAX_OUTLET_DISCLAIMER_WORDS = 40


def _is_outlet_disclaimer(key: str, words: int | None = None) -> bool:
    """Say whether a line is the outlet's disclaimer on what it publishes, with no label (see _OUTLET_DISCLAIMER_DENIAL);
    words as for _aggregator_part."""
    # (the denial needs لا and its verb (ت…/ي…), one space apart in a key: spare most lines its scan)
    words = _word_count(key) if words is None else words
    return (words <= MAX_OUTLET_DISCLAIMER_WORDS and ("لا ت" in key or "لا ي" in key)
            and _OUTLET_DISCLAIMER_DENIAL.search(key) is not None
            and _PUBLISHED_MATTER.search(key) is not None and _REPORTING_VERB.search(key) is None)
# A line that is only platform names or share words ("فيسبوك تويتر واتساب", "مشاركة: فيسبوك | إكس | نسخ الرابط").
_SOCIAL_ONLY = _compile(
    r"^(?:(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تليغرام|تيليغرام|تيلغرام|تيليجرام|تليجرام|تلجرام|"
    r"انستغرام|انستجرام|سناب شات|"
    r"يوتيوب|لينكدان|لينكد ان|ماسنجر|اكس|بريد|ايميل|facebook|twitter|whatsapp|telegram|instagram|"
    r"youtube|linkedin|messenger|pinterest|reddit|email|x|share|tweet|نسخ الرابط|copy link|"
    # the networks' icons as the scraper printed them: "f", "in", "✉"
    rf"f|in|[{PICTOGRAPHS}]\ufe0f?|"
    # the bar's label: "شارك الخبر: فيسبوك | إكس", "مشاركة عبر: واتساب", "شارك هذا التقرير", "انشر: فيسبوك · إكس"
    # (a live blog, a video or a gallery has its own: "شارك التغطية", "شارك هذا الفيديو", "انشر الصور")
    r"(?:شارك|مشاركه|انشر)(?: هذا| هذه)?(?: الخبر| المقال| الموضوع| التقرير| القصه| الماده| الصفحه| عبر| التغطيه| البث"
    r"| الفيديو| المقطع| الصوره| الصور| الحلقه| المنشور| التدوينه| الرابط)?)"
    r"[\s,،|/•·:：-]*)+$"
)
# The rights may be named: "جميع حقوق النشر محفوظة لـ…", "حقوق الطبع والنشر محفوظة" (the rights of publishing or
# printing only: "حقوق المواطنين محفوظة" is a clause).
_RIGHTS = r"حقوق (?:ال)?(?:نشر|طبع|ملكيه)(?: و(?:ال)?(?:نشر|طبع))?"
_COPYRIGHT = _NeedsWord(rf"جميع الحقوق محفوظه|كل الحقوق محفوظه|الحقوق محفوظه|{_RIGHTS} محفوظه|all rights reserved"
                        r"|copyright|©",
                        "محفوظه", "all rights reserved", "copyright", "©")
# The page's own copyright line reserves its rights ("© بران برس 2025 - جميع الحقوق محفوظة", "All rights reserved"):
# a bare "© AFP" under a photo credits the picture.
_RIGHTS_RESERVED = _NeedsWord(r"محفوظه|all rights reserved", "محفوظه", "all rights reserved")
# A footer that opens with the notice may end with a full stop ("حقوق النشر © 2024 بي بي سي. …").
_COPYRIGHT_FOOTER = _compile(rf"^(?:©|copyright|all rights reserved|حقوق النشر|حقوق الطبع|(?:جميع|كل) الحقوق محفوظه"
                             rf"|(?:جميع|كل) {_RIGHTS} محفوظه)")
# The page's skip link for screen readers, first on the page: "تخطي إلى المحتوى الرئيسي", "تخطى إلى المحتوى",
# "انتقل إلى المحتوى", "الانتقال إلى المحتوى الرئيسي", "Skip to main content".
_SKIP_LINK = _compile(r"^(?:تخطي|تخط|تجاوز|انتقل|الانتقال|اذهب|انتقال)\s+(?:الي\s+)?(?:ال)?محتوي(?:\s+(?:ال)?(?:رئيسي|اساسي))?$"
                      r"|^skip(?: to)?(?: the)?(?: main)? (?:content|navigation)$")
_COOKIES = _NeedsWord(r"ملفات تعريف الارتباط|الكوكيز|كعكات|\bcookies?\b", "ملفات تعريف الارتباط", "الكوكيز",
                      "كعكات", "cookie")
# A cookie notice says the site uses them, or asks to accept: "يستخدم هذا الموقع ملفات الكوكيز …", "نحن نستخدم ملفات
# تعريف الارتباط. بالضغط على "قبول" فإنك توافق على سياسة الخصوصية. قبول" (a news sentence on cookies names no button).
_COOKIE_CONSENT = _NeedsWord(r"موقع|(?<![\w])(?:site|website|we use)(?![\w])|(?<![\w])نستخدم(?![\w])|سياسه الخصوصيه"
                             r"|privacy policy|(?<![\w])(?:قبول|موافق|اوافق|accept|agree)\W*$",
                             "موقع", "site", "we use", "نستخدم", "الخصوصيه", "privacy", "قبول", "موافق", "اوافق",
                             "accept", "agree")
MAX_COOKIE_NOTICE_WORDS = 60


def _is_cookie_notice(key: str, words: int | None = None) -> bool:
    """Say whether a line is a cookie notice (see _COOKIE_CONSENT); words as for _aggregator_part."""
    words = _word_count(key) if words is None else words
    return (words <= MAX_COOKIE_NOTICE_WORDS and _COOKIES.search(key) is not None
            and _COOKIE_CONSENT.search(key) is not None)


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
# A caption told by its archive note or photo agency (see page._is_junk_line):
# - it opens with the note: "صورة أرشيفية لمعدنين في صحراء نهر النيل (أ ف ب)", "صورة من الأرشيف لسوق الذهب";
# - it closes with the note in brackets: "مهاجرون على متن قارب قبالة سواحل اليمن. (صورة من الأرشيف)", "(أرشيفية)",
#   "(صورة أرشيفية - رويترز)": no sentence of the text ends with one;
# - it closes with a photo agency's Latin name in brackets: "طواقم الإطفاء قرب البلدة (Flash 90)", "(AFP/Getty Images)"
#   (only after a phrase with no full stop: the last paragraph of a wire story may end "… المنطقة. (AFP)"; and no
#   body's acronym: "منظمة الهجرة الدولية (IOM)" may close a subheading).
_ARCHIVE_NOTE = r"(?:صوره|صور)\s+(?:(?:من\s+)?(?:ال)?ارشيف(?:يه)?)"
_CAPTION_OPENING = _compile(rf"^{_ARCHIVE_NOTE}(?!\S)")
_CAPTION_CLOSING = _compile(rf"\(\s*(?:{_ARCHIVE_NOTE}|(?:من\s+)?(?:ال)?ارشيف(?:يه)?)(?:\s*[-–—/:،,]\s*[^()]{{1,30}})?\s*\)$")
_PHOTO_AGENCIES = (r"flash ?90|afp|getty(?: images)?|reuters|ap photo|ap|epa(?:-efe)?|anadolu(?: agency)?|xinhua|shutterstock"
                   r"|istock|unsplash|pixabay|wikimedia(?: commons)?|un photo|sputnik|ria novosti|dpa|efe|ansa|imago|alamy|sipa"
                   r"|abaca|zuma|nurphoto|apaimages"
                   r"|(?:صوره|تصوير)\s*[:：]?\s*[a-z][^()]{0,30}")
_PHOTO_AGENCY_CLOSING = _compile(rf"(?<![.。!؟?\s])\s*\(\s*(?:{_PHOTO_AGENCIES})(?:\s*[/|,-]\s*[a-z][a-z .'-]{{0,40}})?\s*\)$")
# "#الكويت #مجلس_الأمة": a line of hashtags.
_HASHTAGS = re.compile(r"^#\S+(?:\s+#\S+)*$")
# "Author, هبة صالح", "Role, بي بي سي نيوز عربي": BBC's article information box.
_AUTHOR_BOX = _compile(r"^(?:author|role|الكاتب|الكاتبه|المؤلف|الدور)\s*[،,:：]\s*\S")
# "كتب: أحمد يعقوب", "بقلم - سارة علي", "رم - كتب: سامر العمري": a byline (a person, not a source credit).
# (or the colon after the name, the line ending there: "كتبت ريتا شمعون:"; a clause before a quotation has a particle,
# "كتبت الصحيفة في افتتاحيتها:")
_BYLINE = _compile(r"^(?:(?:كتب|كتبت|اعداد|تحرير|متابعه|تصوير|by)\s*[-–—:：]|بقلم\s*[-–—:：]?)\s*[\u0621-\u064aA-Za-z]"
                   r"|^(?:كتب|كتبت|بقلم)(?:\s+(?!(?:في|علي|عن|الي|من|عبر|مع|ان)(?!\S))[\u0621-\u064a]+){2,4}\s*[:：]$"
                   # after the outlet's short name or a city: "رم - كتب: سامر العمري"، "عمان | بقلم: …"
                   r"|^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s*[-–—|/]\s*(?:كتب|كتبت|بقلم)\s*[-–—:：]\s*[\u0621-\u064a]")

# "(تغطية صحفية أحمد حجاجي - تحرير سها جادو)", "(إعداد … للنشرة العربية - تحرير …)": wire staff credits.
_STAFF_CREDIT = _compile(r"^\(\s*(?:تغطيه صحفيه|اعداد|تحرير|شارك في التغطيه|reporting by|writing by|editing by)\b.*\)$")
# "لمزيد من الاستفسارات اتصل على 16222", "للتواصل مع قسم التحرير: 021 73 44 56": a contact line.
# (A label that is also a noun, "هاتف", must be followed by the number: "هاتف محمول بسعر 12000 جنيه" is a headline.)
_CONTACT = _compile(r"^(?:لمزيد من الاستفسارات|للمزيد من الاستفسارات|للاستفسار|للاستفسارات|للتواصل|للاتصال|للحجز"
                    r"|للشكاوي|للابلاغ|للاعلان|للاعلانات|للاشتراك|للاشتراكات|راسلونا|اتصل(?:وا)? (?:علي|ب)"
                    r"|(?:الخط الساخن|رقم الهاتف|الهاتف|هاتف|contact|call)\s*[:：]?\s*\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]{2,}")
# A line that is only an e-mail address or two (the reporter's or the desk's, at the foot of a wire story:
# "arabic@yna.co.kr"), maybe after its label ("البريد الإلكتروني:", "E-mail:"): a contact, never the article's text.
_EMAIL_ONLY = _compile(r"^(?:(?:e-?mail|البريد الالكتروني|بريد الكتروني|الايميل|ايميل)\s*[:：]?\s*)?"
                       r"[\w.+-]+@[\w-]+\.[\w.]{2,}(?:\s*[,،;|/]?\s*[\w.+-]+@[\w-]+\.[\w.]{2,})*$")
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
# "عدد التعليقات: ٠", "المشاهدات 1200", "عدد المشاهدات: 1,245", "القراءات: 3.2 ألف", "1245 مشاهدة", "شوهد 530 مرة",
# "312 مشاركة" (the shares):
# a counter (a figure maybe grouped by commas or dots, maybe in thousands).
_COUNT = r"\d(?:[\d,.،٬]*\d)?(?:\s*(?:الف|k))?"
_COUNTED = (r"(?:التعليقات|تعليقات|تعليقا|تعليق|المشاهدات|مشاهدات|مشاهده|القراءات|قراءات|قراءه|الزيارات|زيارات|زياره"
            r"|الزوار|المشاركات|مشاركات|مشاركه|comments?|views?|reads?|shares?)")
# An eye sign may stand for the word: "👁 3,902", "👀 1.2k".
_VIEW_MARK = "(?:[\U0001f441\U0001f440]\ufe0f?\\s*)"
_COUNTER = _compile(rf"^(?:(?:عدد )?{_COUNTED}\s*[:：]?\s*(?:{_COUNT})?|{_VIEW_MARK}?{_COUNT}\s*{_COUNTED}"
                    rf"|{_VIEW_MARK}{_COUNT}|(?:شوهد|شوهدت|قرئ|قرات|قرا)\s*{_COUNT}\s*(?:مره|مرات))$")
# The article's number in the outlet's system, labelled: "رقم الخبر: 85990312", "رمز الخبر: 3461872", "News ID: 5521".
_ARTICLE_ID = r"(?:(?:رقم|رمز|كود|معرف)\s+(?:ال)?(?:خبر|مقال|مقاله|ماده|موضوع)|(?:news|article|story|post)\s*id)\s*[:：#]?\s*\d{3,}"
# The page's short link, labelled: "رابط مختصر: example.com/?n=1845", "الرابط المختصر: https://…", "Short link: …"
# (one address, no space in it).
_PAGE_ADDRESS = _compile(rf"^(?:{_ARTICLE_ID}|(?:(?:ال)?رابط\s+(?:ال)?(?:مختصر|قصير)|short\s*(?:link|url)|shortlink)"
                         r"\s*[:：]\s*\S+)$")
# The same counter, or the article's number, closing the page's stamp, after its date and time: "2025/03/14 18:20 عدد
# المشاهدات: 2,417", "14/03/2025 - 18:20 - المشاهدات: 917", "الجمعة 14 مارس 2025 06:20 م 1,402 مشاهدة", "الأربعاء 3
# ديسمبر 2025 - 11:42 | رمز الخبر: 3461872" (see _without_trailing_counter).
_TRAILING_COUNTER = _compile(rf"(?:\s*[|•·]\s*|\s+[-–—]\s+|\s+)(?:(?:عدد )?{_COUNTED}\s*[:：]?\s*{_COUNT}"
                             rf"|{_VIEW_MARK}?{_COUNT}\s*{_COUNTED}|{_VIEW_MARK}{_COUNT}|{_ARTICLE_ID})$")
# "قراءة: 3 دقائق", "مدة القراءة 4 دقائق", "وقت القراءة: دقيقتان", "3 دقائق قراءة", "قراءة في 5 دقائق", "5 min read":
# a reading time.
# The label may say the time is an estimate, before or after the reading: "الوقت المقدر للقراءة: 4 دقائق", "زمن
# القراءة المتوقع 6 دقائق", "المدة اللازمة للقراءة: دقيقتان", "Estimated reading time: 3 minutes".
_MINUTES = r"(?:\d+\s*(?:دقيقه|دقائق|د|min|mins|minutes?)|دقيقه|دقيقتان|دقيقتين)"
_ESTIMATED = r"(?:ال)?(?:مقدر|متوقع|لازم|تقريبي)(?:ه)?"
_READ_TIME = _compile(rf"^(?:(?:(?:ال)?(?:مده|وقت|زمن)(?: {_ESTIMATED})? )?(?:لل|ال)?قراءه(?: {_ESTIMATED})?(?: في)?"
                      rf"|(?:estimated )?read(?:ing)? time|read in)\s*[:：]?\s*{_MINUTES}$"
                      rf"|^{_MINUTES}\s*(?:(?:لل)?قراءه|read)$")
# The reading time alone, with no label: "4 دقائق", "دقيقتان" (in the head only: see page._is_junk_line).
_BARE_READ_TIME = _compile(rf"^{_MINUTES}$")
# A photo credit in Latin letters closing a caption: "… في كانتون فاليه. Keystone / Jean-Christophe Bott", "AFP /
# Getty Images" (the agency, a spaced slash, the photographer; an address has no spaces round its slash).
_LATIN_PHOTO_CREDIT = re.compile(r"(?:^|[\s.،,])[a-z][a-z'&.-]*(?: [a-z][a-z'&.-]*){0,3}\s+/\s+[a-z][a-z'.-]*(?: [a-z][a-z'.-]*){0,4}$")
# "منذ 3 ساعات", "قبل ساعتين": a relative time stamp under a headline, maybe labelled ("آخر تحديث: منذ 5 دقائق", "نشر
# منذ 4 ساعات", "تم النشر: قبل يومين").
_AGE = (r"(?:منذ|قبل)\s+(?:\d+\s+)?(?:دقيقه|دقائق|دقيقتين|ساعه|ساعات|ساعتين|يوم|ايام|يومين|اسبوع|اسابيع|اسبوعين"
        r"|شهر|اشهر|شهرين)")
_RELATIVE_STAMP = _compile(rf"^(?:(?:(?:اخر )?تحديث|تم التحديث|نشر|تم النشر|updated|published)\s*[:：]?\s*)?{_AGE}$")
# The same age closing the page's date line after a spaced dash or a bar: "12 مارس 2026 - منذ 3 ساعات" (see
# _without_trailing_age).
_TRAILING_AGE = _compile(rf"(?:\s*[|•·]\s*|\s+[-–—]\s+){_AGE}$")

# A lone "read more" label (a link to the full story or to related nodes): drop only the line.
# (an aggregator's link back to the page it copied: "اقرأ الخبر من المصدر")
_READ_MORE = _labels("المزيد", "اقرا الخبر", "التفاصيل", "لمزيد من التفاصيل", "اقرا الخبر من المصدر",
                     "اقرا المقال من المصدر", "اقرا التفاصيل من المصدر", "تابع الخبر من المصدر")
# A CMS note describing a related-nodes widget ("يحتوي هذا القسم على المقالات ذات صلة …").
_RELATED_NOTE = _NeedsWord(r"^يحتوي هذا (?:القسم|الجزء) علي|related nodes|ذات صله.{0,20}\(related",
                           "related", openings=("يحتوي هذا",))
# A section link at the foot of a page: "المزيد من دوليات", "More from World".
_MORE_FROM = _compile(r"^(?:المزيد من|مزيد من|شاهد المزيد من|more from|more in)\s+\S+(?:\s+\S+){0,3}$")
_MORE_FROM_LABEL = _compile(r"^(?:المزيد من|مزيد من|شاهد المزيد من|more from|more in)\s+")

# Keyword lists: "كلمات دلالية: …", "الكلمات المفتاحية", "كلمات البحث:", "وسوم:", "Tags:", Xinhua's
# "الكلمات الرئيسية:", the Tunisian "الكلمات المفاتيح:", "العلامات:", the Egyptian "الكلمات الدالة:". (A sentence
# may open with "الكلمات الرئيسية في خطابه …" or "العلامات التجارية …": those labels must end the line or take a
# colon; a bare "العلامات" may head a section of an explainer on symptoms: it needs the colon.) Any other
# "كلمات <adjective>:" label counts when a list of short items split by bars or commas follows it (see
# _KEYWORD_LIST): "الكلمات الأخيرة: لن أستسلم" is a quotation.
_KEYWORDS = _compile(
    r"^(?:(?:ال)?كلمات (?:ال)?(?:دلاليه|مفتاحيه|داله)|(?:ال)?كلمات (?:ال)?(?:بحث|مفاتيح|رئيسيه)(?:\s*[:：]|$)|"
    r"(?:ال)?(?:وسوم|علامات)\s*[:：]|(?:ال)?وسوم$|(?:ال)?(?:مواضيع|موضوعات)\s*[:：]|"
    r"(?:ال)?هاشتاجات?\s*[:：]|(?:tags|keywords|topics)\s*[:：]|(?:tags|keywords)$)"
)

MAX_RUN_TOGETHER_TAG_WORDS = 20
MIN_TAGS_ECHO = 2 / 3  # tags name the article's topics: most of their words are the article's
_SENTENCE_MARK = re.compile(r"[.،,:：؛;!؟?\"«»“”()]")


def _run_together_tags(keys: list[str], i: int) -> bool:
    """Say whether line i, under a bare keywords label, is the tags run together, their separators lost
    ("البنك المركزي الاحتياطي النقدي سعر الدولار"): short, with no punctuation (a sentence has some), and
    made of the article's own words (another story's headline there shares few)."""
    key = keys[i]
    if key.count(" ") + 1 > MAX_RUN_TOGETHER_TAG_WORDS or _SENTENCE_MARK.search(key):
        return False
    tags = _stems(key)
    article = _stems(" ".join(keys[:i]))
    return len(tags) >= 2 and len(tags & article) >= MIN_TAGS_ECHO * len(tags)


_KEYWORD_ITEM = r"[^\s|،,:：.؛!؟?]+(?: [^\s|،,:：.؛!؟?]+){0,3}"
_KEYWORD_LIST = _compile(rf"^(?:ال)?كلمات (?:ال)?[\u0621-\u064a]+\s*[:：]\s*{_KEYWORD_ITEM}(?:\s*[|،,]\s*{_KEYWORD_ITEM})+$")

# Share/follow prompts: a short line that starts with a follow/share/subscribe verb or a
# "to follow the latest news" lead-in and names a platform.
_PROMPT_START = _compile(
    r"^(?:تابع|تابعوا|تابعونا|تابعنا|شارك|شاركوا|اشترك|اشتركوا|انضم|انضموا|حمل|نزل|"
    r"لمتابعه|للمتابعه|لمزيد من الاخبار|للمزيد من الاخبار|ليصلك|لتصلك|"
    # "يمكنكم متابعة آخر الأخبار عبر خدمة … على واتساب" (a platform is still required)
    r"(?:يمكنكم|يمكنك|بامكانكم|بامكانك) (?:متابعه|متابعتنا|الاشتراك|تحميل)|"
    r"follow|share|subscribe|join|download|"
    # a share button's text: "اضغط للمشاركة على فيسبوك", "انقر هنا للمشاركة عبر واتساب", "Click to share on X"
    r"(?:اضغط|اضغطي|انقر|انقري)(?: هنا)? لل?(?:مشاركه|نشر)|click to share)\b"
)
# The same prompt behind a lead-in: "للاطلاع على آخر الأخبار تابعوا قناة الشرق على …",
# "ولمعرفة المزيد تابعونا على صفحتنا في فيسبوك" (a platform is still required).
_PROMPT_AFTER_LEAD_IN = _compile(
    r"^و?ل[\u0621-\u064a]{3,}(?:\s+\S+){0,5}?\s+(?:تابع|تابعوا|تابعونا|تابعنا|اشترك|اشتركوا|انضم|انضموا|حمل|حملوا)(?!\S)"
)
# The same prompt with its button at the end, after a mark: "الحياة الجديدة على تلغرام.. انضم الآن", "قناتنا على
# واتساب - تابعونا", "آخر الأخبار على يوتيوب: اشترك مجاناً" (a platform is still required). A sentence on joining
# goes on after the verb ("… على تلغرام.. انضم إليها 5 آلاف مشترك").
_PROMPT_BUTTON_AT_END = _compile(
    r"(?:\.{2,}|…|\s[-–—|]|[:：!])\s*(?:انضم|انضموا|انضمي|تابع|تابعنا|تابعونا|تابعوا|اشترك|اشتركوا|اشتركي|حمل|حملوا|نزل"
    r"|join|follow|subscribe|download)(?:\s+(?:الان|الينا|معنا|مجانا|now|us))?\s*!?$"
)
# "اشترك في نشرة «الأخبار» اليومية", "اشتركوا في نشرتنا الأسبوعية": a newsletter prompt names no platform.
_NEWSLETTER_PROMPT = _compile(r"^(?:اشترك|اشتركوا|سجل|سجلوا)\s+(?:الان\s+)?(?:في|ب)\s*(?:ال)?نشر(?:ه|تنا)(?!\S)")
# The same prompt written as a sentence, full stop and all: "لمتابعة آخر أخبار الاقتصاد، اشترك في نشرة <outlet>
# الصباحية مجاناً."، "اشترك الآن في نشرتنا البريدية.". The verb is an order to the reader when a purpose leads in
# ("لمتابعة …،"، "ليصلك …،") or the line speaks to the reader (نشرتنا، مجاناً، الآن، بريدك); "اشترك في نشرة الأخبار
# عدد من المذيعين" (took part, its subject after it) and "اشترك 300 متسابق" tell news.
_NEWSLETTER_LEAD_IN = (r"و?(?:لمتابعه|للمتابعه|للاطلاع|لمعرفه|للحصول|لمزيد|للمزيد|ليصلك|لتصلك|ليصلكم|لتصلكم|لتلقي)"
                       r"(?:\s+[^\s،,]+){0,6}\s*[،,]?\s+")
_NEWSLETTER_SENTENCE = _compile(rf"^(?P<lead>{_NEWSLETTER_LEAD_IN})?(?:اشترك|اشتركوا|اشتركي|سجل|سجلوا|سجلي)"
                                r"\s+(?:(?:الان|مجانا)\s+)?(?:في|ب)\s*(?:ال)?نشر(?:ه|تنا|اتنا)(?!\S)")
_TO_THE_READER = _compile(r"(?<!\S)(?:نشرتنا|نشراتنا|مجانا|الان|بريدك|بريدكم|ليصلك|لتصلك|ليصلكم|لتصلكم)(?!\S)")
MAX_NEWSLETTER_SENTENCE_WORDS = 20


def _is_newsletter_sentence(key: str, bare: str, words: int) -> bool:
    """Say whether a line is a newsletter prompt written as a sentence (see _NEWSLETTER_SENTENCE): page furniture."""
    if words > MAX_NEWSLETTER_SENTENCE_WORDS or "نشر" not in bare:
        return False
    prompt = _NEWSLETTER_SENTENCE.match(bare)
    return prompt is not None and (prompt.group("lead") is not None or _TO_THE_READER.search(bare) is not None)


# A newsletter box, over the headline, in mid-text or at the foot: its heading alone or before its pitch ("النشرة
# البريدية: توصل بأهم الأخبار كل صباح في بريدك", "نشرتنا اليومية", "القائمة البريدية", "Newsletter"), its field ("أدخل
# بريدك الإلكتروني"), or a line that opens with the box's verb or purpose, names the reader's mailbox ("بريدك"،
# "بريدكم") and what the outlet sends there (news, the latest, a digest): "توصل بآخر المستجدات في بريدك" (the
# Maghreb's "receive"), "سجل بريدك الإلكتروني ليصلك كل جديد", "احصل على أهم الأخبار في بريدك". News tells of someone's
# mail ("وصلت إلى بريده") or of receiving with no mailbox ("توصلت المديرية بـ300 شكاية"), a quote opens with its
# speaker, a how-to's step sends nothing ("سجل بريدك الإلكتروني ورقم هاتفك في المنصة"), and "النشرة الجوية:" heads a
# forecast.
_NEWSLETTER_HEADING = _compile(
    r"^(?:(?:ال)?(?:نشره|نشرات|قائمه) (?:ال)?بريديه|نشرتنا(?: (?:ال)?(?:بريديه|اخباريه|يوميه|اسبوعيه|صباحيه|مسائيه))?"
    r"|newsletters?)(?:\s*[:：]|$)"
    # the news bulletin's heading alone, or before a pitch to the reader's mailbox ("النشرة الإخبارية: أهم الأخبار في
    # بريدك كل مساء"); "النشرة الإخبارية: الحكومة تستقيل" is a broadcast's
    r"|^(?:ال)?نشره (?:ال)?اخباريه(?:$|\s*[:：].*(?<!\S)[بلف]?(?:بريدك|بريدكم)(?!\S))")
_NEWSLETTER_FIELD = _compile(r"^(?:ادخل|ادخلي|ادخلوا|اكتب|اكتبي|اكتبوا) (?:عنوان )?(?:بريدك|بريدكم)(?: (?:ال)?الكتروني)?$")
_NEWSLETTER_OPENING = _compile(
    # maybe after a short call before a colon: "كن أول من يعرف: سجل بريدك الإلكتروني لتصلك آخر الأخبار"
    r"^(?P<lead>(?:[^\s:：]+ ){1,4}?[^\s:：]+\s*[:：]\s*)?(?:توصل|توصلي|توصلوا|اشترك|اشتركي|اشتركوا|سجل|سجلي|سجلوا|ادخل|ادخلي|ادخلوا|احصل|احصلي|احصلوا|تلق|تلقي|تلقوا"
    r"|استقبل|استقبلي|استقبلوا|ليصلك|لتصلك|ليصلكم|لتصلكم|يصلك|تصلك|للاشتراك|subscribe|sign up|get)(?!\S)")
_YOUR_MAILBOX = _compile(r"(?<!\S)[بلف]?(?:بريدك|بريدكم)(?!\S)|(?<![\w])inbox(?![\w])")
_SENT_NEWS = _compile(r"(?<!\S)[وبل]?(?:ال)?(?:اخبار|جديد|مستجدات|نشره|نشرات|نشرتنا|عناوين|ملخص|تقارير|مقالات|تحليلات"
                      r"|قصص|تنشره|ننشره|news|headlines|stories)(?!\S)")
MAX_NEWSLETTER_BOX_WORDS = 25


def _is_newsletter_box(key: str, bare: str, words: int) -> bool:
    """Say whether a line belongs to a newsletter box (see _NEWSLETTER_HEADING): page furniture wherever it stands."""
    if words > MAX_NEWSLETTER_BOX_WORDS:
        return False
    if _NEWSLETTER_HEADING.match(bare) or _NEWSLETTER_FIELD.match(bare):
        return True
    if _ends_sentence(key) or not ("بريدك" in bare or "inbox" in bare):
        return False
    opening = _NEWSLETTER_OPENING.match(bare)
    return (opening is not None and _YOUR_MAILBOX.search(bare) is not None and _SENT_NEWS.search(bare) is not None
            and not (opening["lead"] and _REPORTING_VERB.search(opening["lead"])))  # "وقال المدير: سجل بريدك …" quotes
# A login prompt of a site's widget: "سجل الدخول لإضافة السهم إلى قائمة المتابعة", "سجّل دخولك للتعليق",
# "قم بتسجيل الدخول لمتابعة القراءة", "Log in to comment": the verb, the login, then what it is for (or nothing).
# ("سجل الدخول إلى السوق 30 شركة" has no purpose after it: a clause.)
_LOGIN_PROMPT = _compile(
    r"^(?:(?:سجل|سجلي|سجلوا)\s+(?:الدخول|دخولك|دخولكم)|(?:قم|قومي|قوموا|يرجي|الرجاء|يجب|عليك)\s+(?:ب)?تسجيل\s+(?:الدخول|دخولك)"
    r"|تسجيل الدخول|(?:log|sign)\s?in)(?:\s+(?:الي حسابك|الي حسابكم|to your account))?"
    r"(?:\s+(?:ل|لل|to\s)[\u0621-\u064aa-z]*.*)?$")
# The account links of a site's header: "تسجيل الدخول | اشترك في النشرة", "دخول | حساب جديد", "Login | Register".
_ACCOUNT_LINKS = _labels(
    "تسجيل الدخول", "دخول", "تسجيل", "تسجيل الخروج", "خروج", "حسابي", "حساب جديد", "انشاء حساب", "انشاء حساب جديد",
    "اشترك", "اشترك الان", "اشتراك", "الاشتراك", "اشتراكات", "login", "log in", "sign in", "sign up", "register",
    "subscribe", "my account", "logout", "connexion", "s'abonner", "inscription",
)


def _is_account_bar(key: str) -> bool:
    """Say whether a line is the header's account links split by bars (see _ACCOUNT_LINKS), a login or newsletter
    prompt among them: every item is one of them."""
    parts = [part.strip(_PAD) for part in key.split("|")]
    return len(parts) >= 2 and all(
        part in _ACCOUNT_LINKS or _LOGIN_PROMPT.match(part) or _NEWSLETTER_PROMPT.match(part) for part in parts)


# A listen/watch-live prompt of a radio or TV site: "استمعوا إلى جوهرة FM مباشرة على 102.5", "شاهد البث المباشر",
# "استمع إلى الإذاعة على الهواء". The verb opens the line, then the stream (after إلى and up to three words
# naming the station): "استمع الوزير إلى مطالب المحتجين مباشرة" has a subject after the verb.
_LIVE_PROMPT = _compile(
    r"^(?:استمع|استمعي|استمعوا|شاهد|شاهدي|شاهدوا|تابع|تابعي|تابعوا|listen|watch)(?:\s+(?:الي|لنا|to)(?:\s+\S+){0,3}?)?"
    r"\s+(?:مباشره|مباشر|البث المباشر|بث مباشر|البث الحي|علي الهواء|live)(?![\w])"
    # the live button alone: "البث المباشر", "بث مباشر", "شاهد البث الحي"
    r"|^(?:ال)?بث (?:ال)?(?:مباشر|حي)$")
# A live blog's controls: the auto-refresh switch ("تحديث تلقائي", "التحديث التلقائي: تشغيل", "Auto-refresh off"), the
# order of its posts ("الأحدث أولاً", "ترتيب: الأقدم أولاً", "Newest first"), the refresh button or the count of new posts
# ("حدّث الصفحة", "عرض 3 تحديثات جديدة") and the note that the page refreshes itself ("يتم تحديث هذه الصفحة تلقائياً").
# The whole line, or a part of a bar (see _furniture_parts): "تحديث تلقائي للأسعار كل شهر" is a clause.
_LIVE_BLOG_CONTROL = _compile(
    r"^(?:(?:ال)?تحديث (?:ال)?تلقائي(?:\s*[:：]?\s*(?:تشغيل|ايقاف|مفعل|معطل|on|off))?"
    r"|auto[- ]?(?:refresh|update)(?:\s*[:：]?\s*(?:on|off))?"
    r"|(?:(?:ترتيب|الترتيب|عرض|رتب)(?: حسب)?\s*[:：]?\s*)?(?:ال)?(?:احدث|اقدم) اولا|(?:newest|oldest|latest) first"
    r"|(?:حدث|تحديث|اعد تحميل|اعاده تحميل) الصفحه|(?:عرض\s+)?(?:\d+\s+)?(?:ال)?تحديثات (?:ال)?جديده|(?:show\s+)?(?:\d+\s+)?new updates"
    r"|(?:يتم|يجري) تحديث (?:هذه )?(?:ال)?(?:صفحه|تغطيه)(?: بشكل)? (?:تلقائيا|تلقائي|مستمر|باستمرار)"
    r"|تحدث (?:هذه )?(?:ال)?(?:صفحه|تغطيه) (?:تلقائيا|باستمرار))$")
# The live badge beside them on the bar: "تحديث تلقائي ● مباشر", "LIVE | الأحدث أولاً" (alone over a headline it may be
# the headline's tag, see masthead).
_LIVE_BADGES = _labels("مباشر", "مباشره", "بث مباشر", "live", "مباشر الان", "الان")
# A donation prompt: "ادعم الصحافة المستقلة — تبرّع لـ«…»", "ادعموا صحافتنا", "تبرع الآن لدعم الموقع",
# "Support independent journalism". The verb opens the line and the press or the site is what it supports
# ("ادعم المنتخب الوطني" is a slogan, "دعم الصحافة المستقلة ضرورة" a clause).
_DONATION_PROMPT = _compile(
    r"^(?:ادعم|ادعمي|ادعموا|ساهم في دعم|ساهموا في دعم|تبرع|تبرعي|تبرعوا|support|donate)(?:\s+(?:الان|لدعم|ل)){0,2}\s+"
    r"(?:ال)?(?:صحافه|صحافتنا|اعلام|اعلامنا|موقع|موقعنا|منصه|منصتنا|صحيفه|صحيفتنا|جريده|جريدتنا|عملنا|استقلالنا|مستقل|"
    r"independent|journalism|us)(?![\w])"
    # the button with the object joined to the verb: "ادعمنا الآن", "تبرّع لنا", or a bare contribute button "ساهم الآن"
    r"|^(?:ادعمنا|ادعمونا|تبرع لنا|تبرعوا لنا|support us|donate now)(?:\s+(?:الان|now|اليوم))?$"
    # the donate button alone: "تبرّع الآن", "تبرعوا الآن" (a bare "تبرع" may be a word of a list)
    r"|^(?:تبرع|تبرعي|تبرعوا)\s+(?:الان|اليوم)$"
    r"|^(?:ساهم|ساهمي|ساهموا)\s+(?:الان|معنا)$")
# The donation box on one line: the support verb opens it, whatever it supports (the outlet by name: "ادعم مدى مصر:
# صحافتنا مستقلة وتعتمد على قرائها. ساهم الآن"), and the box's button closes it. ("ادعم المنتخب" with no button is a
# slogan; a sentence ends with its full stop, not with a button.)
# The box may open with what the gift is for, the button after a mark that sets it off: "لدعم الصحافة المستقلة في
# السودان.. تبرع الآن", "ساعدونا على الاستمرار: ادعمنا الآن", "من أجل إعلام حر — ساهم معنا" ("لدعم الأسر المتضررة أطلقت
# الجمعية حملة تبرع الآن" runs on to its button with no mark: a clause).
_DONATION_BUTTON = r"(?:ساهم|ساهمي|ساهموا|تبرع|تبرعي|تبرعوا|ادعمنا|ادعمونا|اشترك|اشتركي|اشتركوا|donate|support us)\s+(?:الان|now|معنا)$"
_DONATION_BOX = _compile(
    rf"^(?:ادعم|ادعمي|ادعموا|تبرع|تبرعي|تبرعوا|support|donate)\s.*\s{_DONATION_BUTTON}"
    r"|^(?:لدعم|من اجل دعم|للمساهمه في دعم|من اجل|ساعدنا|ساعدونا|ساندنا|ساندونا|كن داعما|كوني داعمه|كونوا داعمين)\s"
    rf".*?(?:\.{{2,}}|…|\s[-–—|]|[:：!])\s*{_DONATION_BUTTON}")
# The outlet asking whether the reader liked the article: "هل أعجبك المقال؟ شاركه مع أصدقائك", "هل أعجبكم هذا الخبر؟".
# A page-feedback widget asks the same of the page, its buttons after it: "هل كان المحتوى مفيداً؟ نعم لا", "هل وجدت
# هذه الصفحة مفيدة؟". (A question about liking anything else, "هل أعجبك أداء المنتخب؟", or on whether anything else
# was useful, "هل كان القرار مفيداً للاقتصاد؟", is the text's.)
_PAGE_THING = r"(?:ال)?(?:مقال|مقاله|خبر|موضوع|تقرير|ماده|قصه|محتوي|صفحه|معلومات|معلومه)"
_LIKED_PROMPT = _compile(r"^هل (?:اعجبك|اعجبكم|اعجبتك|اعجبتكم|استفدت من|استفدتم من)\s+(?:هذا |هذه )?"
                         rf"{_PAGE_THING}(?![\w])"
                         rf"|^هل (?:كان|كانت|وجدت|وجدتم) (?:هذا |هذه )?{_PAGE_THING} (?:هذا |هذه )?مفيد(?:ا|ه|ين)?(?![\w])")
# A share prompt asking the reader to pass the story on to friends or family: "Share this with family and friends",
# "Share this article with your friends", "شارك الخبر مع أصدقائك", "شاركوا هذا المقال مع عائلاتكم". (A sentence on
# sharing names who shares what: "شاركت الوزارة الخبر مع الصحفيين".)
_SHARE_WITH_PROMPT = _compile(
    r"^(?:share (?:this|it)(?: (?:article|story|post|page|video))?(?: with)? (?:your )?(?:family|friends)"
    r"(?: (?:and|&) (?:your )?(?:family|friends))?"
    r"|(?:شارك|شاركه|شاركها|شاركي|شاركوا|شاركوه)(?: (?:هذا|هذه))?(?: (?:ال)?(?:خبر|مقال|مقاله|موضوع|قصه|فيديو))?"
    r" مع (?:اصدقائك|اصدقائكم|اصدقاءك|عائلتك|عائلتكم|عائلاتكم|الاصدقاء|الاهل|احبائك|احبائكم)"
    r"(?: (?:و|او) ?(?:اصدقائك|اصدقائكم|عائلتك|عائلتكم|الاصدقاء|الاهل|احبائك|احبائكم))?)\s*[.!]?$")
# A follow or subscribe prompt in English on an Arabic page, naming the outlet and no platform: "Follow SBS Arabic",
# "Subscribe to BBC News Arabic", "Follow us". The whole line in Latin letters, a few words after the verb.
_LATIN_FOLLOW_PROMPT = re.compile(r"^(?:follow|subscribe to|like)(?: us)?(?: on)?(?: [a-z0-9][a-z0-9.&'+-]*){0,4}\s*[.!]?$")
# A listen/follow prompt in the plural imperative closed by a full stop, naming where to find the outlet: "استمعوا إلى
# <station> على الراديو الرقمي أو عبر تطبيق … المتوفر مجاناً.", "حمّلوا تطبيقنا على هواتفكم.", with a platform named
# (see _PLATFORM). A news paragraph opens with its subject or a connective ("واستمع الحضور إلى …"), not an order to the
# reader.
_PLURAL_PROMPT = _compile(r"^(?:استمعوا|تابعوا|شاهدوا|حملوا|نزلوا|اشتركوا|انضموا)(?![\w])")
MAX_PLURAL_PROMPT_WORDS = 25
# The first two letters of the three prompts' verbs (share, شارك, follow, subscribe, like, استمعوا, اشتركوا, انضموا,
# تابعوا, شاهدوا, حملوا, نزلوا): a line opening otherwise is spared the patterns.
_READER_PROMPT_OPENINGS = frozenset(("sh", "شا", "fo", "su", "li", "اس", "اش", "ان", "تا", "حم", "نز"))


def _is_reader_prompt(key: str, bare: str, words: int) -> bool:
    """Say whether a line asks the reader to share, follow or listen (see _SHARE_WITH_PROMPT, _LATIN_FOLLOW_PROMPT,
    _PLURAL_PROMPT): page furniture, wherever it stands."""
    if words > MAX_PLURAL_PROMPT_WORDS or bare[:2] not in _READER_PROMPT_OPENINGS:
        return False  # (most lines: the verb's first letters tell, no pattern is tried)
    if words <= 12 and _SHARE_WITH_PROMPT.match(bare):
        return True
    if words <= 6 and _LATIN_FOLLOW_PROMPT.match(bare):
        return _PLATFORM.search(key) is None  # (one naming a platform is read with the page's other prompts)
    # (with no full stop the prompt is read where the page's other prompts are, and closes the article there)
    return (_PLURAL_PROMPT.match(bare) is not None and _ends_sentence(key) and _PLATFORM.search(key) is not None)


# An ad-blocker prompt: "يرجى تعطيل مانع الإعلانات لدعم الصحافة المستقلة", "الرجاء إيقاف حاجب الإعلانات", "Please
# disable your ad blocker". A request or an order to turn the blocker off opens the line ("أطلقت الشركة مانع إعلانات
# جديداً" tells news of one).
_ADBLOCK_PROMPT = _compile(
    r"^(?:(?:يرجي|الرجاء|رجاء|نرجو|نرجو منك|من فضلك|فضلا|يمكنك|قم ب|قوموا ب)\s*)?"
    r"(?:تعطيل|ايقاف|الغاء تفعيل|اغلاق|عطل|عطلوا|اوقف|اوقفوا|قم بتعطيل)\s+(?:برنامج\s+|اداه\s+)?"
    r"(?:ال)?(?:مانع|حاجب|حاجبات|مانعات) (?:ال)?اعلانات"
    r"|^(?:please\s+)?(?:disable|turn off|whitelist)\s+(?:your\s+)?ad ?blocker")
_PLATFORM = _compile(
    r"تطبيق|واتساب|واتس اب|واتس|تلغرام|تليغرام|تيليغرام|تيلغرام|تيليجرام|تليجرام|تلجرام|فيسبوك|فيس بوك|"
    r"تويتر|انستغرام|سناب شات|"
    r"انستجرام|انستقرام|يوتيوب|تيك توك|لينكد|جوجل نيوز|غوغل نيوز|google news|نبض|قناتنا|قناه|"
    r"حساباتنا|حسابنا|صفحتنا|منصه|(?:منصات|مواقع|وسائل|شبكات) التواصل|نشرتنا|النشره البريديه|(?:ال)?قائمه (?:ال)?بريديه|قائمتنا البريديه|"
    # the reader's own mailbox: "اشترك ليصلك أهم الأخبار إلى بريدك الإلكتروني" (a news sentence names nobody's "بريدك")
    r"(?<![\w])(?:بريدك|بريدكم)(?![\w])|"
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
# A radio or TV station's tuning prompt: "تابعوا راديو المدينة على الموجات القصيرة 13800 كيلوهيرتز", "استمعوا إلينا
# على 98.6 FM", "شاهدوا القناة على نايل سات تردد 11240 أفقي": the verb opens the line, a band or frequency is named.
_TUNE_PROMPT = _compile(r"^(?:تابع|تابعوا|تابعونا|تابعنا|استمع|استمعوا|استمعي|شاهد|شاهدوا|اضبط|اضبطوا|listen|tune)(?![\w])")
# (The waves may be named by their FM frequencies: "تابعوا صوت لبنان على الموجات 100.5 و100.3 و93.3".)
_BROADCAST_BAND = _compile(r"الموج(?:ه|ات) (?:ال)?(?:قصير|متوسط|طويل)(?:ه)?|(?<![\w])(?:ال)?(?:تردد|ترددات)(?![\w])"
                           r"|(?<![\w])(?:ال)?موج(?:ه|ات) (?:fm )?(?:8[7-9]|9\d|10[0-8])[.,]\d(?!\d)"
                           r"|(?:كيلو|ميغا|ميجا|ميقا) ?(?:هيرتز|هرتز|هيرتس)|(?<![\w])(?:khz|mhz|fm)(?![\w])|اف ام"
                           r"|نايل ?سات|عرب ?سات|يوتل ?سات|هوت بيرد")
_SHARE_LABELS = _labels(
    "شارك", "شاركها", "شارك الخبر", "شارك المقال", "شارك هذا المقال", "شارك هذا الخبر", "مشاركه",
    "شارك عبر", "انشر", "share", "share this", "share this article", "tweet", "طباعه", "print",
    "نسخ الرابط", "copy link", "تابعنا", "تابعونا", "follow us",
)

# The head of the comment section under an article: "أضف تعليقك", "اترك تعليقاً", "تعليقات القراء", "التعليقات (3)",
# "Leave a comment", "Commentaires : 2". Below the text, what follows is readers' comments or other stories.
_COMMENT_SECTION = _compile(
    r"^(?:(?:اضف|اضافه|اترك|اكتب|ارسل|شارك|شاركنا)\s+(?:تعليقك|تعليقا|تعليق|رايك|برايك)"
    r"|(?:ال)?تعليقات(?:\s+(?:القراء|الزوار|المتابعين|الفيسبوك|فيسبوك|facebook))?|اراء القراء"
    r"|(?:leave|add|post|write) (?:a )?(?:comment|reply)|comments"
    # a bilingual Maghreb site's French widget: "Commentaires : 2", "Réagir", "Laisser un commentaire"
    r"|commentaires?|vos commentaires|r[eé]agir|r[eé]actions|(?:laisser|ajouter|poster|[eé]crire) un commentaire)"
    r"(?:\s*[:：]?\s*\(?\s*\d*\s*\)?)?$")
_BARE_COMMENTS = _compile(r"^(?:ال)?تعليقات$")
# A reader's comment as the widget heads it, maybe numbered: "1) تعليق بواسطة : أبو محمد", "تعليق بواسطة سارة",
# "رد بواسطة: زائر", "Comment by: Ali". ("رد من الوزارة على …" opens a sentence: only "بواسطة" or "by" heads one.)
_COMMENT_ENTRY = _compile(r"^(?:\(?\d{1,3}\s*[).\-–]\s*)?(?:تعليق|رد|comment|reply)\s+(?:بواسطه|by)\s*[:：]?\s*\S")
MAX_COMMENT_ENTRY_WORDS = 8  # the label and a name
# The comment widget in other wordings, a line alone: its loading message ("جاري تحميل التعليقات...", "Loading
# comments…"), its empty state ("لا تتوفر تعليقات حالياً. كن أول من يعلق", "No comments yet"), its form's notice
# ("اترك تعليقاً — لن يتم نشر عنوان بريدك الإلكتروني."), its toggle ("عرض التعليقات") or its closed state ("التعليقات مغلقة"). Dropped where it sits
# (a widget may load above the text too); a sentence on comments ("لا توجد تعليقات رسمية من الوزارة على …")
# names no widget.
_COMMENT_WIDGET = _NeedsWord(
    r"^(?:(?:(?:جاري|جار|يتم)\s+)?(?:تحميل|عرض|اظهار|اخفاء)\s+(?:ال)?تعليقات(?:\s+(?:القراء|الزوار))?$"
    r"|(?:لا (?:توجد|يوجد|تتوفر|تتوافر)|لم (?:تضف|تنشر|يتم نشر|يتم اضافه)) (?:اي )?تعليقات"
    r"(?: (?:حاليا|بعد|حتي الان|حتي اللحظه|علي (?:هذا|هذه) (?:الخبر|المقال|المقاله|الموضوع)))?\s*[.:：!]?(?:$|\s*كن )"
    r"|(?:loading|load|show|hide) comments|no comments(?: yet)?\s*[.!]?$"
    # the comments closed: "التعليقات مغلقة", "باب التعليقات مغلق", "Comments are closed", "Commentaires fermés"
    r"|(?:باب )?(?:ال)?تعليقات (?:مغلقه|مغلق)$|(?:ال)?تعليق مغلق$|comments (?:are )?closed$|commentaires? ferm[eé]s?$)"
    r"|(?:^|[.!؟]\s*)(?:كن (?:اول|اولي) من (?:يعلق|يعلقون|علق|يضيف تعليقا|يكتب تعليقا|يشارك برايه)"
    r"|be the first to comment)"
    r"|لن (?:يتم )?(?:نشر|ينشر) (?:عنوان )?(?:بريدك|البريد) (?:ال)?الكتروني"
    r"|your email address will not be published",
    "تعليق", "علق", "comment", "بريدك", "البريد", "email")  # ("يعلق" holds "علق")
MAX_COMMENT_WIDGET_WORDS = 20
# A field of the comment or newsletter form, a line alone: its label with the required mark ("الاسم *", "البريد
# الإلكتروني *", "Email *") or its placeholder ("أدخل بريدك الإلكتروني", "اكتب تعليقك هنا", maybe with the button:
# "أدخل بريدك الإلكتروني | اشترك"). No sentence is a field's name and a star, or asks for the reader's e-mail.
_FORM_FIELD = _compile(r"^(?:(?:ال)?اسم(?: (?:ال)?كامل)?|(?:ال)?بريد(?: (?:ال)?الكتروني)?|(?:ال)?موقع(?: (?:ال)?الكتروني)?"
                       r"|(?:ال)?تعليق|تعليقك|name|e-?mail|website|comment)\s*[:：]?\s*\*$"
                       r"|^(?:ادخل|اكتب|ضع|enter|type)\s+(?:عنوان\s+)?(?:بريدك|بريدكم|تعليقك|اسمك|your (?:e-?mail|comment|name))"
                       r"(?: (?:ال)?الكتروني| هنا| address| here)*(?:\s*[|:：]?\s*(?:اشترك|ارسل|اشتراك|subscribe|send))?$")
# An aggregator's wrapper around a story it republishes: its opening ("نعرض لكم زوارنا أهم وأحدث الأخبار في
# المقال الآتي:", "نقدم لكم متابعينا تفاصيل …"), its sign-off ("كانت هذه تفاصيل خبر <headline> لهذا اليوم. نرجو أن
# نكون قد وفقنا …", "شكراً لقراءتكم خبر …") and its note on the original ("وتجدر الإشارة بأن الموضوع الأصلي قد تم
# نشره ومتواجد على …"). No story is written in these words.
_AGGREGATOR_OPENING = _NeedsWord(
    r"(?:نعرض|نقدم|نستعرض) (?:لكم|لك|اليكم|اليك) (?:زوارنا|متابعينا|قراءنا|قرائنا|متابعي|زوار)", "نعرض", "نقدم", "نستعرض")
_AGGREGATOR_SIGN_OFF = _NeedsWord(
    r"^(?:كانت|كان) (?:هذه|هذا) (?:تفاصيل|اهم تفاصيل|ابرز تفاصيل) (?:ال)?(?:خبر|موضوع|مقال)"
    r"|^شكرا (?:لكم )?(?:علي )?(?:لقراءتكم|قراءتكم|لمتابعتكم|متابعتكم|لقراءه|قراءه) (?:ال)?(?:خبر|موضوع|مقال)"
    r"|نرجو ان نكون قد وفقنا", "نرجو ان نكون قد وفقنا", openings=("كانت هذ", "كان هذ", "شكرا"))
# (The note's own formula: "الخبر الأصلي تم نشره قبل أسبوع" may be a sentence of a story on the press.)
_AGGREGATOR_NOTE = _NeedsWord(
    r"(?:الموضوع|الخبر|المقال) الاصلي قد تم نشره|تم نشره ومتواجد علي|فريق التحرير في .{1,40} بالتاكد منه"
    r"|(?:يمكنك|يمكنكم) (?:قراءه|متابعه)(?: و(?:قراءه|متابعه))? (?:مستجدات )?هذا (?:الخبر|الموضوع)"
    r"(?: او الموضوع)? من مصدره", "تم نشره", "فريق التحرير في", "من مصدره")  # (the first two alternatives hold "تم نشره")
MAX_AGGREGATOR_WORDS = 80


def _aggregator_part(key: str, words: int | None = None) -> str | None:
    """Say what part of an aggregator's wrapper a line is: "sign-off" (the story is over), "wrapper" (its
    opening or its note on the original), else None. words: the line's word count, when the caller has it (see
    _word_count)."""
    if (_word_count(key) if words is None else words) > MAX_AGGREGATOR_WORDS:
        return None
    if _AGGREGATOR_SIGN_OFF.search(key):
        return "sign-off"
    if _AGGREGATOR_OPENING.search(key) or _AGGREGATOR_NOTE.search(key):
        return "wrapper"
    return None


# A page's edition switcher: "Azzaman | طبعة بغداد | طبعة لندن", "النسخة الدولية | النسخة المصرية", "الطبعة
# الأولى | الطبعة الثانية". Two editions or more split by bars, beside the outlet's name at most.
_EDITION = _compile(r"^(?:(?:ال)?(?:طبعه|نسخه|اصدار)\s+(?:ال)?[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?"
                    r"|[a-z]+ edition|edition [a-z]+)$")
# A dossier label under (or over) the text: "ملف: انتخابات لبنان 2025", "ملف خاص: الحرب في السودان", "ضمن ملف:
# أزمة المياه". A few words with no full stop; "ملف النفايات: الحكومة تعد بحل" names a case, not the label.
_DOSSIER_LABEL = _compile(r"^(?:ملف|ملف خاص|ضمن ملف|من ملف|ملفات|dossier)\s*[:：]\s*\S")
MAX_DOSSIER_WORDS = 8


# A reader poll's widget: its heading ("استطلاع الرأي", "شارك في الاستطلاع", "Sondage"), the question ("هل تنوي
# المشاركة في الطروحات الأولية الجديدة؟"), the answers with their shares ("نعم 64%", "لا 36%") and the count of voters
# ("عدد المصوتين: 1,208"). Told by the whole shape: an article on a survey gives its figures in sentences.
_POLL_HEADING = _compile(r"^(?:استطلاع(?: (?:ال)?راي)?(?: (?:ال)?موقع| (?:ال)?اسبوع| (?:ال)?يوم)?|استفتاء(?: (?:ال)?موقع)?"
                         r"|شارك في (?:ال)?(?:استطلاع|تصويت)|صوت|صوتوا|تصويت|poll|sondage)$")
_POLL_QUESTION = re.compile(r"[؟?]\s*$")
_POLL_VOTERS = _compile(r"^(?:عدد|اجمالي|مجموع)\s+(?:ال)?(?:مصوتين|اصوات|مشاركين|votes?)|^(?:total )?votes?\s*[:：]|^votants?\s*[:：]")
MAX_POLL_QUESTION_WORDS = 20
MAX_POLL_ANSWER_WORDS = 6
MIN_POLL_ANSWERS = 2


# A poll on one line: its label and colon, the question, then the answers split by radio buttons or bullets, maybe a
# vote button: "استطلاع رأي: هل تؤيد القرار؟ ○ نعم ○ لا — صوّت الآن". (A sentence quoting a poll has no buttons.)
_INLINE_POLL = _compile(r"^(?:استطلاع(?: (?:ال)?راي)?(?: (?:ال)?موقع| (?:ال)?اسبوع| (?:ال)?يوم)?|استفتاء|تصويت|poll|sondage)"
                        r"\s*[:：]\s*[^؟?]{3,200}[؟?]\s*(?P<answers>.*)$")
_ANSWER_MARK = re.compile(r"[○●◯◉◎□■☐☑✓✔•◻◼]")
_VOTE_BUTTON = _compile(r"(?:صوت|صوتوا|شارك|vote)(?: (?:الان|الآن|now))?\s*$")


def _is_inline_poll(key: str) -> bool:
    """Say whether a line is a reader poll on one line (see _INLINE_POLL): two answers marked by buttons or more, or
    answers closed by a vote button."""
    poll = _INLINE_POLL.match(key.strip())
    if poll is None:
        return False
    answers = poll["answers"]
    return len(_ANSWER_MARK.findall(answers)) >= MIN_POLL_ANSWERS or (
        bool(answers) and _VOTE_BUTTON.search(answers) is not None)


# An editor's note on the story: "ملاحظة المحرر: حُدّث هذا الخبر لإضافة …", "ملحوظة التحرير: …", "Editor's note: …",
# "(تم تحديث هذا الخبر بإضافة …)". (A correction, "تصحيح: …", tells what the story got wrong: it stays.)
_EDITOR_NOTE = _compile(
    r"^(?:(?:ملاحظه|ملحوظه|تنويه)\s+(?:من\s+)?(?:ال)?(?:محرر|محررين|تحرير|هييه التحرير|اسره التحرير)"
    r"|editor'?s note|note de la r[eé]daction|note de l'[eé]diteur)\s*[:：]"
    r"|^(?:تم|جري)\s+تحديث\s+(?:هذا|هذه)\s+(?:ال)?(?:خبر|مقال|تقرير|ماده|قصه)")


MAX_POLL_HEADING_WORDS = 4


def _poll_end(keys: list[str], i: int) -> int | None:
    """Return the index after a reader poll's widget headed at i (see _POLL_HEADING), else None: under the heading a
    question, then two answers or more, short lines each with its share or count, maybe the count of voters."""
    if _word_count(keys[i]) > MAX_POLL_HEADING_WORDS or _POLL_HEADING.match(keys[i].strip(_PAD)) is None:
        return None
    question = _next_nonblank(keys, i + 1)
    if question >= len(keys) or _word_count(keys[question]) > MAX_POLL_QUESTION_WORDS or not _POLL_QUESTION.search(keys[question]):
        return None
    answers, j = 0, question + 1
    while (nxt := _next_nonblank(keys, j)) < len(keys):
        key = keys[nxt]
        if _POLL_VOTERS.match(key.strip(_PAD)) and _word_count(key) <= MAX_POLL_ANSWER_WORDS:
            j = nxt + 1
            break
        if _word_count(key) > MAX_POLL_ANSWER_WORDS or _ends_sentence(key) or not _DIGIT.search(key):
            break
        answers, j = answers + 1, nxt + 1
    return j if answers >= MIN_POLL_ANSWERS else None


def _word_count(key: str) -> int:
    """The words of a key (their spaces are single: see dates.fold), as the line tests count them."""
    return key.count(" ") + 1


def _is_edition_switcher(key: str) -> bool:
    """Say whether a line is the page's edition switcher (see _EDITION)."""
    if "|" not in key:
        return False
    parts = [part for part in (part.strip(_PAD) for part in key.split("|")) if part]
    editions = sum(1 for part in parts if _EDITION.match(part))
    others = [part for part in parts if not _EDITION.match(part)]
    return editions >= 2 and len(others) <= 1 and all(
        part.count(" ") < 3 and not _DIGIT.search(part) for part in others)


def _is_comment_widget(key: str, words: int | None = None) -> bool:
    """Say whether a line is the comment widget (see _COMMENT_WIDGET, _FORM_FIELD); words as for _aggregator_part."""
    return (_word_count(key) if words is None else words) <= MAX_COMMENT_WIDGET_WORDS and (
        _COMMENT_WIDGET.search(key.strip(_PAD)) is not None or _FORM_FIELD.match(key.strip()) is not None)


def _labelled_comment_widget(key: str) -> bool:
    """Say whether a line heads the comment section with its widget's text after a colon ("تعليقات الزوار: كن
    أول من يعلق على هذا المقال"): the article is over. (A quote after "تعليقات الوزير:" names no widget.)"""
    if ":" not in key and "：" not in key:
        return False  # (no colon: spared the strip and split)
    head, colon, rest = key.strip(_PAD).replace("：", ":").partition(":")
    return bool(colon) and _COMMENT_SECTION.match(head.strip()) is not None and _is_comment_widget(rest)
# Furniture items share a line, split by bars, dots or spaced dashes: "قراءة: 3 دقائق | 1.247 مشاهدة",
# "عدد القراءات: 412 | طباعة", "التعليقات (4) — أضف تعليقك".
# (an icon splits items too: "👁 2,431 مشاهدة  🗨 5 تعليقات", "منذ 5 ساعات | 🔗 نسخ الرابط  🖨 طباعة")
_FURNITURE_SPLIT = re.compile(rf"\s*[|•·]\s*|\s+[-–—]\s+|\s*[{PICTOGRAPHS}]\ufe0f?\s*")
# Where _FURNITURE_SPLIT would split, found faster (it tries its leading \s* at every character): a bar or bullet,
# a spaced dash, an icon.
_FURNITURE_SPLIT_POINT = re.compile(rf"[|•·{PICTOGRAPHS}]|\s[-–—]\s")
MAX_FURNITURE_LINE_WORDS = 12
# "جميع التعليقات تعبر عن رأي كاتبيها ولا تعبر عن رأي الموقع", "التعليقات المنشورة لا تمثل وجهة نظر الصحيفة":
# the comment section's disclaimer.
_COMMENT_DISCLAIMER = _NeedsWord(
    r"^(?:جميع |كل )?(?:ال)?تعليقات(?: ال[\u0621-\u064a]+)?\s+(?:لا\s+)?(?:تعبر|تمثل|تعكس)\s+(?:عن\s+)?"
    r"(?:راي|اراء|وجهه نظر|وجهات نظر|سياسه)\s+(?:كاتبيها|كتابها|كاتبها|اصحابها|صاحبها|الموقع|الصحيفه|الجريده|اداره)"
    # in French: "Avertissement: Les commentaires sont la propriété de leurs auteurs et ne reflètent pas l'opinion de …"
    r"|(?:^|:\s*)les commentaires .{0,60}(?:propri[eé]t[eé]|n'engagent|ne refl[eè]tent|ne repr[eé]sentent)",
    "les commentaires", openings=("جميع التعليقات", "جميع تعليقات", "كل التعليقات", "كل تعليقات", "التعليقات", "تعليقات"))
# A separator rule: "================", "———", "* * *" (alone, or before the editors' initials: "==== ز.ح").
_RULE = re.compile(r"^(?:[=_\-–—*~#+]\s?){3,}")
_RULE_CHARS = "=_-–—*~#+"  # a rule's first character: a line opening with none is spared the regex

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
# A quote with no unit, "name: figure": "الدولار: 5.56", "برنت: 73.8" (a ticker's item; see _is_ticker).
_QUOTE_ITEM = _compile(r"^[^\d:：|]{2,30}?\s*[:：]\s*[+-]?\d[\d.,]*\s*%?$")
# A price after the name, with its unit or decimals, the name maybe holding a grade ("عيار 21"): "الدولار 47.35
# جنيه", "الذهب: عيار 21 بـ 69.60 دينار", "جرام الذهب عيار 21: 5840 جنيه", "الريال 3.75" ("العدد 250" and
# "الإثنين 3 فبراير 2025" are no price).
_PRICE_UNITS = (r"%|\$|€|دولار|دولارا|دينار|دينارا|ريال|ريالا|جنيه|جنيها|درهم|درهما|ليره|يورو|نقطه|usd|eur")
_PRICE_ITEM = _compile(rf"^[^\d|]{{2,30}}(?:\d{{1,2}}[^\d|]{{1,12}})?(?:\d[\d,]*\s*(?:{_PRICE_UNITS})|\d+[.,]\d+\s*(?:{_PRICE_UNITS})?)$")
MAX_TICKER_LABEL_WORDS = 3  # "أسعار العملات" heading a bar of quotes

# A news ticker: "آخر الأخبار: ارتفاع أسعار الخضر ... وفاة شخصين في حادث مرور ...", "شريط الأخبار | …": the label and
# a colon or bar, then other stories' headlines, split by ellipses, bars or bullets.
# "أبرز العناوين: … | …", "أهم الأخبار: …", "عناوين اليوم | …": the day's headlines under their label.
_NEWS_TICKER = _compile(r"^(?:اخر|احدث) (?:الاخبار|الانباء|العناوين)|^(?:ال)?اخبار (?:ال)?عاجله|^شريط (?:ال)?اخبار|^عاجل الان"
                        r"|^(?:ابرز|اهم) (?:الاخبار|الانباء|العناوين)|^عناوين (?:اليوم|الاخبار)"
                        r"|^(?:latest|breaking) news")
_NEWS_TICKER_LABEL_END = re.compile(r"^\s*[:：|]\s*\S")
_TICKER_ITEMS = re.compile(r"\s*(?:\.{3}|…|[|•·])\s*")
MAX_NEWS_TICKER_WORDS = 60


def _is_news_ticker(key: str, *, in_head: bool) -> bool:
    """Say whether a line is the page's news ticker (see _NEWS_TICKER): above the first paragraph the label tells it;
    below, it must hold two items or more (a subheading "آخر الأخبار: الوزير يصل" heads one clause)."""
    label = _NEWS_TICKER.match(key.strip())
    if label is None or key.count(" ") + 1 > MAX_NEWS_TICKER_WORDS or not _NEWS_TICKER_LABEL_END.match(key.strip()[label.end():]):
        return False
    items = [item for item in _TICKER_ITEMS.split(key.strip()[label.end():].strip(_PAD)) if item.strip(_PAD)]
    return in_head or len(items) >= 2


# A weather strip of the page: "مسقط 31° | صلالة 27°", "القدس ١٢° رام الله ١٠°", "عمّان: 18°/9°". Each item a
# place of a word or two and a temperature, maybe with the sky ("إربد 9° ماطر", "البصرة 17° غائم جزئياً"); one item
# alone needs a one-word place ("الكويت تسجل 52°" is a headline).
_SKY = (r"(?:(?:ال)?(?:مشمس|غائم|صحو|ماطر|ممطر|امطار|عاصف|ضباب|ضبابي|مغبر|غبار|ثلوج|مثلج|حار|بارد|معتدل|رياح|زخات)"
        r"(?:\s+(?:جزئيا|كليا))?)")
_WEATHER_ITEM = (r"(?P<place>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*[:：]?\s*[+-]?\d{1,2}\s*[°º]"
                 rf"(?:\s*[/-]\s*[+-]?\d{{1,2}}\s*[°º])?\s*(?:c|س|م)?(?:\s*{_SKY})?")
_WEATHER_ITEM_RE = _compile(_WEATHER_ITEM)
_WEATHER_STRIP = _compile(rf"^(?:{_WEATHER_ITEM}\s*[|•·،,]?\s*)+$".replace("(?P<place>", "(?:"))


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


# A prompt that leaves its platforms to the next line ends on a preposition: "تابعوا <outlet> على", "تابعونا عبر:".
_DANGLING_PREPOSITION = _compile(r"(?<![\w])(?:علي|عبر|في|on|via)\s*[:：]?$")


def _platforms_follow(keys: list[str], i: int) -> bool:
    """Say whether a follow/share prompt at i names its platforms on the next line ("تابعوا خبرني على" over
    "فيسبوك   تويتر   تلغرام"): it ends on a preposition and the next line is platform names only."""
    following = _next_nonblank(keys, i + 1)
    return (_DANGLING_PREPOSITION.search(keys[i]) is not None and following < len(keys)
            and _SOCIAL_ONLY.match(keys[following].strip(_PAD)) is not None)


# A ticker of match scores: "نتائج دوري نجوم العراق: الزوراء 2-1 الشرطة | القوة الجوية 0-0 الطلبة", "الأهلي 2 - 1 الزمالك
# • الوداد 0:0 الرجاء". Two scorelines or more (a team of up to four words on each side of the score), split by bars or
# bullets, maybe after a label and its colon: a match report tells its score in a sentence.
# Widgets with a shape of their own, dropped wherever they sit:
# a currency converter's rows and stamp ("1 دولار أمريكي = 47,62 جنيه مصري", "آخر تحديث للأسعار: 14:30"),
_CONVERSION = _compile(r"^\d[\d.,]*\s+[\u0621-\u064aa-z$€£]+(?:\s+[\u0621-\u064aa-z]+){0,2}\s*=\s*"
                       r"\d[\d.,]*\s+[\u0621-\u064aa-z$€£]+(?:\s+[\u0621-\u064aa-z]+){0,2}$")
_RATES_STAMP = _compile(r"^(?:اخر )?تحديث (?:ال|لل)?(?:اسعار|عملات|سعر الصرف|اسعار الصرف)\s*[:：]?\s*[\d:. /-]*(?:[صم])?$")
# a note that the page exists in another language ("هذا المقال متاح أيضاً بـ English", "Read this article in French"),
_LANGUAGE_NOTE = _compile(r"^(?:هذا|هذه) (?:ال)?(?:مقال|مقاله|خبر|تقرير|ماده|قصه|صفحه) (?:متاح|متاحه|متوفر|متوفره)"
                          r"(?: ايضا)?\s+(?:ب|بال|باللغه|في|علي)"
                          r"|^(?:this (?:article|story|page) is (?:also )?available in|read (?:this|it) in)\s")
# a photo gallery's counter and pager ("معرض الصور (1 / 6)", "‹ السابق | التالي ›"),
_GALLERY_COUNTER = _compile(r"^(?:معرض (?:ال)?صور|(?:ال)?صوره|(?:ال)?صور|gallery|photo)\s*\(?\s*\d{1,3}\s*(?:/|من|of)\s*\d{1,3}\s*\)?$")
_PAGER_WORDS = _labels("السابق", "التالي", "السابقه", "التاليه", "الصوره السابقه", "الصوره التاليه", "next", "previous", "prev")
# an embedded social post: its link to the network under the account, handle, text and time stamp
_EMBED_LINK = _compile(r"^(?:عرض|شاهد|مشاهده) (?:هذا )?(?:ال)?(?:منشور|تغريده|تدوينه|فيديو|صوره)(?: كاملا| كامله)? "
                       r"(?:علي|في|عبر) (?:x|اكس|تويتر|فيسبوك|فيس بوك|انستغرام|انستجرام|انستقرام|تيك توك|يوتيوب|"
                       r"instagram|facebook|twitter|tiktok|youtube|threads)$"
                       r"|^view (?:this )?(?:post|tweet) on (?:x|twitter|instagram|facebook|threads)$")
# A placeholder left where the page embeds a post it loads on demand: "منشور مضمّن من فيسبوك — انقر لتحميل المحتوى
# الخارجي", "تغريدة مضمنة من إكس", "انقر لعرض المحتوى الخارجي" (the post itself is not in the text).
_EMBED_PLACEHOLDER = _compile(
    r"^(?:منشور|تغريده|تدوينه|فيديو|مقطع|محتوي|صوره)(?: خارجي)? مضمن(?:ه)?(?: (?:من|علي|عبر) \S+(?: \S+)?)?"
    r"(?:\s*[-–—|:]\s*.*)?$"
    r"|^(?:انقر|اضغط|اضغطي)(?: هنا)? (?:ل|من اجل )?(?:تحميل|عرض|اظهار|تفعيل) (?:ال)?محتوي(?: ال)?(?:خارجي|مضمن)$")
_HANDLE = re.compile(r"^@\w{2,30}$")
MAX_EMBED_LINES = 6  # account, handle, the post (a paragraph or two), its stamp
# the author box at the foot: its heading, the name, the bio, a link to the writer's other articles
# The author box or the outlet's box written on one line at the foot, heading and text: "عن الكاتب: سامر …، محرر
# …", "نبذة عن المؤلف: …", "عن عاين: شبكة صحفية مستقلة …", "من نحن: موقع إخباري …" (an outlet's box tells what the
# outlet is). A sentence about a writer has no colon after the heading ("عن الكاتب المصري نجيب محفوظ قال …").
_AUTHOR_BOX_LINE = _compile(
    r"^(?:عن|حول|نبذه عن|تعريف ب)\s*(?:ال)?(?:كاتب|كاتبه|مولف|مولفه|محرر|محرره|صحفي|صحفيه|مراسل|مراسله)\s*[:：]\s*\S")
_OUTLET_BOX_LINE = _compile(
    r"^(?:(?:عن|حول|تعريف ب)\s*[^:：]{1,25}|من نحن)\s*[:：]\s*(?:هي |هو )?(?:شبكه|منصه|موقع|صحيفه|جريده|مجله|وكاله"
    r"|موسسه|اذاعه|قناه)\s+(?:[\u0621-\u064a]+\s+){0,2}?(?:صحفيه|اعلاميه|اخباريه|مستقله|الكترونيه|رقميه|اخباري|اعلامي|مستقل)")
# A note that the report was made with an organisation's support: "* أُنجز هذا التقرير بدعم من …", "أعدّت هذه المادة
# بالتعاون مع …", "تم إنتاج هذا التحقيق بتمويل من …" (a note on the story, not the story).
_SUPPORT_NOTE = _compile(
    r"^(?:تم |جري )?(?:انجز|انجاز|اعد|اعدت|اعداد|انتج|انتجت|انتاج|نفذ|نفذت|تنفيذ|نشر|نشرت|كتب|كتبت)\s+(?:هذا|هذه)\s+"
    r"(?:التقرير|التحقيق|المقال|القصه|الماده|الحلقه|العمل|السلسله)\s+"
    r"(?:بدعم|بتمويل|بمنحه|برعايه|بالتعاون|بالشراكه|بشراكه|ضمن|في اطار)")
# The outlet asking readers for tips at the foot: "هل لديك معلومات حول هذا الموضوع؟ تواصل مع فريق التحقيقات عبر البريد
# الإلكتروني", "لديكم صور أو فيديو من موقع الحادث؟ أرسلوها إلينا عبر واتساب": a question about what the reader holds,
# then a contact verb with the channel or the newsroom (_TIP_CONTACT). A quoted question in the text has no channel.
_TIP_PROMPT = _compile(r"^(?:هل )?(?:لديك|لديكم|عندك|عندكم|تملك|تملكون)\s+(?:اي\s+)?(?:ال)?(?:معلومات|معلومه|قصه|قصص|صور|صوره|"
                       r"فيديو|مقاطع|مقطع|وثائق|وثيقه|شكوي|شكاوي|ملاحظات|ملاحظه|خبر|اخبار|تجربه|شهاده|تعليق|تصحيح)(?![\w])")
_TIP_CONTACT = _compile(r"(?<![\w])(?:تواصل|تواصلوا|راسل|راسلوا|راسلنا|راسلونا|اتصل|اتصلوا|ارسل|ارسلها|ارسلوا|ارسلوها|شاركنا|"
                        r"شاركونا|ابعث|ابعثوا|اكتب لنا|اكتبوا لنا)(?![\w])(?:\S*\s+\S+){0,4}?\s*"
                        r"(?:معنا|مع فريق|الينا|لنا|عبر|علي البريد|بالبريد|البريد|واتساب|whatsapp|@)")
MAX_TIP_PROMPT_WORDS = 30
_AUTHOR_BOX_HEADING = _labels("عن الكاتب", "عن الكاتبه", "عن المؤلف", "حول الكاتب", "نبذه عن الكاتب",
                              "نبذه عن الكاتبه", "about the author", "about the writer")


_PAGER_SPLIT = re.compile(r"\s*[|/•·]\s*")


def _is_pager(key: str) -> bool:
    """Say whether a line is a gallery's or a page's pager: "‹ السابق | التالي ›", "السابق / التالي"."""
    if not ("|" in key or "/" in key or "•" in key or "·" in key):
        return False  # (no split point of _PAGER_SPLIT: one part, no pager)
    parts = [part.strip(_PAD + "‹›<>«»") for part in _PAGER_SPLIT.split(key.strip())]
    return len(parts) >= 2 and all(part in _PAGER_WORDS for part in parts)


def _embed_start(keys: list[str], link: int) -> int:
    """Return the first line of an embedded post whose link to the network is at link: the handle line
    ("@Interieur_dz") within a few lines above, and the account's name over it (a short line, no full stop);
    link itself when no handle stands above (the link alone is dropped)."""
    j, seen = link - 1, 0
    while j >= 0 and seen < MAX_EMBED_LINES:
        if keys[j]:
            seen += 1
            if _HANDLE.match(keys[j].strip()):
                above = j - 1
                if above >= 0 and keys[above] and keys[above].count(" ") < 10 and not _ends_sentence(keys[above]):
                    return above
                return j
        j -= 1
    return link


_SCORE_ITEM = _compile(r"^[\u0621-\u064aa-z]+(?: [\u0621-\u064aa-z]+){0,3} ?\d{1,2} ?[-–—:] ?\d{1,2} ?"
                       r"[\u0621-\u064aa-z]+(?: [\u0621-\u064aa-z]+){0,3}$")
_SCORE_LABEL = re.compile(r"^[^:：\d|]{2,60}[:：]\s*")
MIN_SCORE_ITEMS = 2


def _is_score_ticker(key: str, words: int | None = None) -> bool:
    """Say whether a line is a ticker of match scores (see _SCORE_ITEM); words as for _aggregator_part."""
    words = _word_count(key) if words is None else words
    if words > MAX_TICKER_WORDS or not ("|" in key or "•" in key or "·" in key) or not _DIGIT.search(key):
        return False  # (the count first: a paragraph is spared the scan for a digit)
    # (with no bar or bullet, _TICKER_SPLIT leaves one item, under MIN_SCORE_ITEMS: most lines are spared that scan too)
    items = [item.strip(_PAD) for item in _TICKER_SPLIT.split(_SCORE_LABEL.sub("", key.strip()))]
    return len(items) >= MIN_SCORE_ITEMS and all(_SCORE_ITEM.match(item) for item in items)


MAX_SCORE_HEADING_WORDS = 12
# A row of a league's standings printed one team a line: "1- النهضة 28 نقطة", "2. السيب: 24 نقاط", "(3) ظفار (21 نقطة)":
# the rank, the team (up to four words) and its points, nothing else. A numbered item of the text says more than a
# name and a count ("1- رفع الأجور بنسبة 10%", "2- خصم 3 نقاط من رصيد النادي").
_STANDINGS_ROW = _compile(r"^(?P<rank>\d{1,2})\s*[-–—.)]\s*[\u0621-\u064aa-z]+(?: [\u0621-\u064aa-z]+){0,3}\s*[-–—:،,(]?\s*"
                          r"(?P<points>\d{1,3})\s*(?:نقطه|نقاط|نقطتان|نقطتين)\)?$")


def _standings_rows_end(keys: list[str], j: int) -> int:
    """Return the index after the standings rows starting at j (see _STANDINGS_ROW): the ranks go up one by one and
    the points never rise down the table (a list of penalties, "1- خصم 3 نقاط" over "2- خصم 6 نقاط", is not sorted
    so); j when no row starts there."""
    rank = points = None
    while j < len(keys) and keys[j] and (row := _STANDINGS_ROW.match(keys[j].strip("(" + " "))):
        if rank is not None and (int(row["rank"]) != rank + 1 or int(row["points"]) > points):
            break
        rank, points = int(row["rank"]), int(row["points"])
        j += 1
    return j


def _results_rows_end(keys: list[str], j: int) -> int:
    """Return the index after the rows of a results table starting at j: scorelines ("الزوراء 2 – 1 الشرطة", see
    _SCORE_ITEM) or a league's standings (see _standings_rows_end); j when none starts there."""
    if j < len(keys) and keys[j] and _DIGIT.match(keys[j].strip("(" + " ")):
        return _standings_rows_end(keys, j)
    # (a scoreline's score holds a dash or a colon: most lines are spared the pattern)
    while j < len(keys) and keys[j] and (_has_dash(keys[j]) or ":" in keys[j]) and _SCORE_ITEM.match(keys[j].strip(_PAD)):
        j += 1
    return j


def _score_table_end(keys: list[str], i: int) -> int | None:
    """Return the index after a results table printed one match or one team a line ("الزوراء 2 – 1 الشرطة", "1-
    النهضة 28 نقطة"), two rows or more, starting at i with its rows or with the short heading right above them
    ("نتائج الجولة 12 من الدوري", "ترتيب الدوري:"); None when no table starts at i. (One scoreline alone may be a
    subheading of a match report.)"""
    j = i
    if _results_rows_end(keys, i) == i:
        if keys[i].count(" ") + 1 > MAX_SCORE_HEADING_WORDS or _ends_sentence(keys[i]):
            return None
        j = i + 1
    end = _results_rows_end(keys, j)
    return end if end - j >= MIN_SCORE_ITEMS else None


def _is_weather_strip(key: str) -> bool:
    """Say whether a line is the page's weather strip: places with a temperature each and nothing else."""
    if "°" not in key and "º" not in key or _WEATHER_STRIP.match(key) is None:
        return False
    items = list(_WEATHER_ITEM_RE.finditer(key))
    return len(items) >= 2 or " " not in items[0]["place"]


def _is_quote_bar(priced: list[str], *, in_head: bool = False) -> bool:
    """Say whether the parts of a bar line are quotes "name: figure" ("الدولار: 5.56 | اليورو: 6.03"), two at
    least, maybe after the market's label ("أسعار العملات | الدولار: 5.56 | …"). In the head, above the first
    paragraph, a bar of prices with their units is one too ("الدولار 47.35 جنيه | اليورو 55.12 جنيه"): the
    article gives its prices in sentences."""
    if priced and not _DIGIT.search(priced[0]) and priced[0].count(" ") < MAX_TICKER_LABEL_WORDS:
        priced = priced[1:]
    return len(priced) >= 2 and all(
        _QUOTE_ITEM.match(part) or (in_head and _PRICE_ITEM.match(part.strip())) for part in priced)


def _is_ticker(keys: list[str], i: int, *, in_head: bool = False) -> bool:
    """Tell a market ticker glued in the page from a line of the article that gives a price.

    in_head: the line stands above the first paragraph, where a bar of quotes "name: figure" or of prices with
    their units is always the page's ticker (below, a rate table of an article on that market carries the article's words).
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
    if in_head and _is_quote_bar(priced, in_head=True):
        return True
    quote_bar = _is_quote_bar(priced)
    if not ((_TICKER_LABEL.match(key) and _PRICE.search(key)) or quote_bar
            or (len(priced) >= 2 and all(_PRICE.search(part) for part in priced))):
        return False
    stems = _stems(key)
    rest = _stems(" ".join(keys[:i] + keys[i + 1:]))
    return len(rest) >= MIN_ARTICLE_STEMS and len(stems & rest) < MAX_STEMS_SHARED_WITH_BEFORE * len(stems)


_LEADING_ICON = re.compile(rf"^\s*[{PICTOGRAPHS}]")


def _is_counter(bare: str) -> bool:
    """Say whether a bare line is a counter ("1.247 مشاهدة", "👁 3,902"), a reading time ("قراءة: 3 دقائق") or the
    article's number or short link (see _PAGE_ADDRESS)."""
    return _COUNTER.match(bare) is not None or _READ_TIME.match(bare) is not None or _PAGE_ADDRESS.match(bare) is not None


def _without_trailing_counter(key: str) -> str:
    """Return a line without the views, reads or comments counter closing it (see _TRAILING_COUNTER), else the line as
    it is: "2025/03/14 18:20 عدد المشاهدات: 2,417" gives "2025/03/14 18:20", the page's stamp, read as a date line. (The
    caller reads what is left as a date only: a sentence's count of viewers is no stamp.)"""
    match = _TRAILING_COUNTER.search(key)
    return key[:match.start()] if match and match.start() > 0 else key


def _without_trailing_age(key: str) -> str:
    """Return a line without the page's age closing it (see _TRAILING_AGE), else the line as it is: "12 مارس 2026 - منذ
    3 ساعات" gives "12 مارس 2026", read as a date line (the caller reads what is left as a date only)."""
    if "منذ" not in key and "قبل" not in key:
        return key  # (no age: spared the regex)
    match = _TRAILING_AGE.search(key)
    return key[:match.start()] if match and match.start() > 0 else key


_BAR_OR_BULLET_SPLIT = re.compile(r"\s*[|•·]\s*")


def _without_trailing_counters(key: str) -> str:
    """Return a line without the counters and reading times closing it after bars or bullets, else the line itself:
    "كتب: سامي علي | وقت القراءة: 3 دقائق" gives "كتب: سامي علي", the byline (see _is_counter). A line with no bar or
    bullet is spared the split."""
    if not ("|" in key or "•" in key or "·" in key):
        return key
    parts = _BAR_OR_BULLET_SPLIT.split(key)
    kept = len(parts)
    while kept > 1 and _is_counter(parts[kept - 1].strip(_PAD)):
        kept -= 1
    return " | ".join(parts[:kept]) if kept < len(parts) else key


def _furniture_parts(key: str) -> str | None:
    """Say what a line of several furniture items is: "comments" when one of them heads the comment section
    ("التعليقات (4) — أضف تعليقك"), "furniture" when each is a counter, reading time, tool or share button
    ("قراءة: 3 دقائق | 1.247 مشاهدة", "عدد القراءات: 412 | طباعة"), else None: one part with any other
    words ("الأهلي | 1200 مشاهد في المدرجات") makes it text.
    """
    if key.count(" ") + 1 > MAX_FURNITURE_LINE_WORDS or not _FURNITURE_SPLIT_POINT.search(key):
        return None
    parts = [part for part in (part.strip(_PAD) for part in _FURNITURE_SPLIT.split(key)) if part]
    if len(parts) < 2 and not _LEADING_ICON.match(key):
        return None  # (one item behind its icon is furniture too: "⏳ 7 دقائق للقراءة")
    comments = False
    for part in parts:
        if _COMMENT_SECTION.match(part):
            comments = True
        elif not (_is_counter(part) or part in _WIDGET_LABELS or part in _SHARE_LABELS or part in _AD_LABELS
                  or _TOOL_ITEM.match(part) or _SOCIAL_ONLY.match(part) or _RELATIVE_STAMP.match(part)
                  or _FONT_WIDGET.match(part) or _LIVE_BLOG_CONTROL.match(part) or part in _LIVE_BADGES):
            return None
    return "comments" if comments else "furniture"


def _is_sign_off(key: str) -> bool:
    """Say whether a line is a wire editor's initials or an end mark closing the story.

    (An agency's initials, "أ.ف.ب", "أ ش أ", are a credit, not a sign-off.)
    """
    if key[:1] in _RULE_CHARS:
        key = _RULE.sub("", key)  # a separator rule may stand before the initials: "======== ز.ح"
    key = key.strip()
    return 0 < len(key) <= 24 and (
        (_SIGN_OFF.match(key) is not None and not _AGENCY_ONLY.match(key)) or key.strip(_PAD) in _END_MARKS)


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
