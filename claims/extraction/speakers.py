"""Attribute sentences to the person or body that makes the statement.

How a sentence gets its speaker, in order:

1. A speech verb (قال، أكد، أعلن، حذر، كشف، وصف … in any person and tense, with و/ف/ل/س
   prefixes and object clitics) at the start of a clause (sentence start, after "،", or after
   كما/فيما/حيث/بينما/قد …) takes the noun phrase after it as its subject (verb-subject order,
   the usual news order): "وقال وزير الخارجية الروسي سيرغي لافروف إن …".
   Otherwise, when everything between the clause start and the verb is one noun phrase, that
   phrase is the subject (subject-verb order): "الولايات المتحدة حذرت من …". A verb after
   "X، الذي …،" or "X، الذي ادعى" takes X. "وكانت موسكو قد أكدت" takes موسكو. Verbs that are
   also other words (بيّن "between", أبرز "most prominent") speak only with a titled, institutional or
   named subject closed by إن/أن or a colon.
2. Failing a verb with a subject, a source phrase: وفق/وفقاً لـ/وفقا لما ذكرته/بحسب/حسب/نقلاً عن/
   على لسان/طبقاً لـ/استناداً إلى + a source (a title, an institution, a place, "مصادر" …).
3. A speech verb with no subject ("وأضاف أن …", "و يتابع: …", "مضيفا: …") or a sentence that is
   a quotation inherits the speaker of a recent sentence (carried=True). Data or a document named
   before ("وأوضحت المعطيات ذاتها"، "وأوضح البيان"، "حسب المعطيات ذاتها") goes on with the last body
   that spoke; "حسب المصدر ذاته" with the last speaker. A verb in "…، في خطوة قال إنها" takes the
   subject of the sentence's main clause.
4. A subject that is a bare title ("الوزيرة", "الرئيس الروسي", "الدبلوماسي") is resolved to the
   most recent speaker, or earlier mention, whose title matches; a generic role ("الدبلوماسي",
   "المسؤول") falls back to the previous named speaker. Unresolved, it stays as written.

The noun phrase reader keeps titles and names and stops before relative clauses, prepositional
phrases, dates, objects and "إن/أن". All matching runs on a normalised copy of the text
(no diacritics or tatweel, one alif, ى→ي, ة→ه, ؤ→و, ئ→ي) whose offsets map back to the body.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import itemgetter
from typing import Iterable, NamedTuple

from .dates import sub_lal
from .types import Attribution, Sentence

# --------------------------------------------------------------------------- normalisation

_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_DROP_RUN = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                       "ئ": "ي", "ی": "ي", "ک": "ك", "ہ": "ه", "ۀ": "ه"})


_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


def _fold(text: str) -> str:
    """Fold letter variants; a chain of replace() beats translate() on long Arabic texts."""
    for a, b in _FOLD_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


def normalize(text: str) -> str:
    """Return text without diacritics/tatweel and with folded letter variants."""
    return _fold(_DROP.sub("", text))


class _Normalized:
    """A normalised copy of a text with a map from its offsets back to the original."""

    def __init__(self, text: str) -> None:
        removed = [m.start() for m in _DROP.finditer(text)]
        self._removed = removed
        # In normalised coordinates, the k-th removed character sat just before index removed[k] - k.
        self._shifts = [r - k for k, r in enumerate(removed)]
        # Where tanween (-ً) was: it marks adverbs and objects, never names.
        self.tanween = {r - k for k, r in enumerate(removed) if text[r] == "\u064b"}
        self.tanween_sorted = sorted(self.tanween)  # lets each sentence view bisect for its own
        self.text = _fold(_DROP.sub("", text)) if removed else _fold(text)

    def raw(self, i: int) -> int:
        """Return the original offset of normalised offset i."""
        return i + bisect.bisect_right(self._shifts, i) if self._shifts else i

    def view(self, start: int, end: int) -> _NormalizedView:
        """Return the normalised copy of original text[start:end], with its own offset map."""
        # Normalised offset of an original offset: minus the characters removed before it.
        n0 = start - bisect.bisect_left(self._removed, start) if self._shifts else start
        n1 = end - bisect.bisect_left(self._removed, end) if self._shifts else end
        return _NormalizedView(self, n0, n1, start)


class _NormalizedView:
    """A slice of a _Normalized text: one sentence, normalised once with the whole body."""

    __slots__ = ("_whole", "_n0", "_r0", "text", "tanween")

    def __init__(self, whole: _Normalized, n0: int, n1: int, r0: int) -> None:
        self._whole, self._n0, self._r0 = whole, n0, r0  # n0: where text starts in whole.text
        self.text = whole.text[n0:n1]
        if whole.tanween:
            marks = whole.tanween_sorted
            inside = marks[bisect.bisect_left(marks, n0):bisect.bisect_right(marks, n1)]  # n0 <= p <= n1
            self.tanween = {p - n0 for p in inside}
        else:
            self.tanween = set()

    @property
    def start(self) -> int:
        """Where this view's text starts in the whole normalised text."""
        return self._n0

    def raw(self, i: int) -> int:
        """Return the offset in the original slice of normalised offset i."""
        return self._whole.raw(self._n0 + i) - self._r0


# --------------------------------------------------------------------------- lexicons


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in text.split())


# Speech verbs by lemma: past masculine/feminine/plural, imperfect. Misspellings seen in the wild
# (يتدعي) are listed too.
_VERB_FORMS = {
    "قال": "قال قالت قالوا قالا قالتا يقول تقول يقولون تقولون",
    "أكد": "أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون",
    "أعلن": "أعلن أعلنت أعلنوا يعلن تعلن يعلنون",
    "أضاف": "أضاف أضافت أضافوا يضيف تضيف يضيفون",
    "أوضح": "أوضح أوضحت أوضحوا يوضح توضح",
    "أشار": "أشار أشارت أشاروا يشير تشير يشيرون",
    "زعم": "زعم زعمت زعموا يزعم تزعم يزعمون",
    "ادعى": "ادعى ادعت ادعوا يدعي تدعي يدعون يتدعي تتدعي",
    "حذر": "حذر حذرت حذروا يحذر تحذر يحذرون",
    "كشف": "كشف كشفت كشفوا يكشف تكشف",
    "نفى": "نفى نفت نفوا ينفي تنفي",
    "وصف": "وصف وصفت وصفوا يصف تصف",
    "تابع": "تابع تابعت يتابع تتابع",
    "صرح": "صرح صرحت صرحوا يصرح تصرح",
    "اعتبر": "اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون",
    "رأى": "رأى رأت رأوا يرى ترى يرون",
    "شدد": "شدد شددت شددوا يشدد تشدد",
    "لفت": "لفت لفتت لفتوا يلفت تلفت",
    "ذكر": "ذكر ذكرت ذكروا يذكر تذكر",
    "أفاد": "أفاد أفادت أفادوا يفيد تفيد",
    "أورد": "أورد أوردت يورد تورد",
    "نقل": "نقل نقلت ينقل تنقل",
    "اتهم": "اتهم اتهمت اتهموا يتهم تتهم",
    "طالب": "طالب طالبت طالبوا يطالب تطالب",
    "التمس": "التمس التمست التمسوا يلتمس تلتمس",  # a request in court: "التمست النيابة تشديد العقوبة"
    "دعا": "دعا دعت دعوا يدعو تدعو",
    "ناشد": "ناشد ناشدت ناشدوا يناشد تناشد",  # an appeal, as دعا: "ناشدت الوزارة المواطنين عدم …"
    "أصر": "أصر أصرت يصر تصر",
    "علق": "علق علقت يعلق تعلق",
    "أشاد": "أشاد أشادت يشيد تشيد",
    "رفض": "رفض رفضت رفضوا يرفض ترفض",
    "أعرب": "أعرب أعربت يعرب تعرب",
    "أردف": "أردف أردفت يردف تردف",
    "توقع": "توقع توقعت يتوقع تتوقع",
    "رجح": "رجح رجحت يرجح ترجح",
    "أقر": "أقر أقرت يقر تقر",
    "اعترف": "اعترف اعترفت يعترف تعترف",
    "أبلغ": "أبلغ أبلغت",
    "استطرد": "استطرد استطردت",
    "نبه": "نبه نبهت ينبه",
    "قدر": "قدر قدرت يقدر تقدر",
    "أظهر": "أظهر أظهرت",
    "كتب": "كتب كتبت يكتب تكتب",  # on social media: "كتب غوتيريش على منصة إكس"
    "غرد": "غرد غردت يغرد تغرد",
    "سجل": "سجل سجلت سجلوا يسجل تسجل",  # record verbs: only with a monitoring body (_RECORDERS)
    "وثق": "وثق وثقت وثقوا يوثق توثق",
    "أحصى": "أحصى أحصت أحصوا يحصي تحصي",  # count verbs: they state a figure, not speech (_NEEDS_COMPLEMENT)
    # Not "عزت" (the first name Izzat: "عزت الرشق"), not "بين" (between) nor "تبين" ("it turned out").
    "عزا": "عزا عزوا يعزو تعزو",  # "وعزا المسؤول الارتفاع إلى": the cause he gives is his claim
    "نوه": "نوه نوهت نوهوا ينوه تنوه",
    "بين": "بينت بينوا يبين",
    "استبعد": "استبعد استبعدت استبعدوا يستبعد تستبعد",
    # Past only: "يرجع تاريخ المبنى إلى" is intransitive ("dates back"), never speech.
    "أرجع": "أرجع أرجعت أرجعوا",  # "وأرجع المدير أسباب الحوادث إلى": the cause he gives, as عزا
    # Past only: "تقرر تأجيل الجلسة" is the passive "it was decided", with no one deciding.
    "قرر": "قرر قررت قرروا",  # decision verbs: only with a body or a titled person (_DECISION_VERBS)
    "أصدر": "أصدر أصدرت",  # "أصدرت الهيئة قراراً برفع …": only with a decision or statement after it (_ISSUING_VERBS)
    # Launches: only with a body as subject (_LAUNCH_VERBS). Not أطلق النار (fired).
    "دشن": "دشن دشنت",
    "أطلق": "أطلق أطلقت",
    "افتتح": "افتتح افتتحت",
    "أمر": "أمر أمرت",  # "أمر الرئيس بصرف منحة": an order, a decision verb as قرر
    # Rulings: only with a court or a judge as subject (_RULING_VERBS). Not "حكم" (the noun "ruling").
    "قضى": "قضى قضت",
    "حكم": "حكمت",
}
_VERB_OF: dict[str, str] = {normalize(form): lemma for lemma, forms in _VERB_FORMS.items()
                            for form in forms.split()}
_CLITICS = ("هما", "هم", "ها", "ه", "نا", "كم")
# Every written form: conjunction/particle prefixes × verb form × object clitic, looked up in one step.
_VERB_SURFACE: dict[str, str] = {
    prefix + form + clitic: lemma
    for form, lemma in _VERB_OF.items()
    for prefix in ("", "و", "ف", "ول", "فل", "وس", "فس", "ل", "س")
    for clitic in ("",) + _CLITICS
    if (not clitic or len(form) > 2)
    # The future س goes on imperfect forms only: سامر is a first name, not "س + أمر".
    and not (prefix.endswith("س") and form[:1] not in "يتن")
}
# Verbs that also read as common nouns or non-speech verbs (ذكر "mention", نقل "transport",
# وصف "description", رفض "refusal"): they need a speech complement to count.
_NEEDS_COMPLEMENT = {"ذكر", "نقل", "تابع", "رأى", "وصف", "كشف", "دعا", "لفت", "رفض", "قدر", "نفى", "أظهر",
                     "كتب", "أحصى", "رصد",
                     "عزا", "استبعد", "أرجع"}  # "عزا … إلى"، "استبعد أن"; "استبعد المدرب اللاعب" is no speech
# "يذكر أن" / "ذكر أن" with no subject is the passive "it is noted": never carry a speaker.
_NO_CARRY = {"ذكر", "نقل", "قدر", "كتب", "سجل", "وثق", "أحصى", "رصد", "أرجع", "قرر", "أمر", "قضى", "حكم",
             "أصدر", "دشن", "أطلق", "افتتح"}
# "وذكر أن" opening a sentence goes on with the last speaker, as "وأضاف أن" does (unlike "ويذكر أن"، "ذُكر أن").
_WENT_ON_TO_MENTION = _words("وذكر وذكرت")
# Verbs whose written form is also a common other word: بين "between" (the masculine past بيّن; its
# other forms are in _VERB_FORMS), أبرز "the most prominent". They speak only from a clause start, with a
# titled, institutional or named subject that إن/أن or a colon closes: "وبيّن العجارمة أن …".
_GATED_FORMS = {"بين": "بين", "أبرز": "أبرز أبرزت أبرزوا يبرز تبرز",
                # عبّر عن "expressed", written as عبر "via, across": only with "عن" + what is expressed.
                "عبر": "عبر عبرت عبروا يعبر تعبر",
                # علم "learned", written as علم "flag, science": only an outlet's own finding, "وعلمت «الصحيفة» أن".
                "علم": "علم علمت"}
# "وبيّن أن" opening a sentence has no other reading ("between" needs two terms): it goes on with the last speaker.
_EXPLAINED_OPENING = _words("وبين فبين")
_GATED_SURFACE: dict[str, str] = {prefix + normalize(form): lemma for lemma, forms in _GATED_FORMS.items()
                                  for form in forms.split() for prefix in ("", "و", "ف")}
_ANALYSE_SURFACE = {**_GATED_SURFACE, **_VERB_SURFACE}  # a form of both tables keeps its plain reading
# "سجلت وزارة الصحة 450 إصابة": a body that counts states the figure it records; a player, team,
# city or market that "records" a goal or a rise states nothing.
_RECORD_VERBS = {"سجل", "وثق", "رصد"}
# "قررت الهيئة خفض الأسعار بنسبة 15%": a body or an official that decides a measure states its figures;
# "قرر اللاعب الاعتزال" or "قرر الطلاب الإضراب" is no statement.
_DECISION_VERBS = {"قرر", "أمر"}
# "قضت محكمة الجنايات بحبس المتهمين 7 سنوات وبرد 4.2 ملايين دينار": a court that rules states the
# sentence and the sums; "قضى الوزير ثلاثة أيام في المستشفى" (spent) or "حكمت" (a first name) state nothing.
_RULING_VERBS = {"قضى", "حكم"}
_COURTS = _words("محكمة محاكم قاضي قاض قاضية")
# "أصدرت المؤسسة قراراً برفع السعر إلى …": a body or an official that issues a decision or a statement states its
# figures; "أصدرت الشركة سندات بقيمة …" (securities) or "أصدر المغني ألبوماً" is no statement.
_ISSUING_VERBS = {"أصدر"}
# "دشنت الشرطة منظومة تتيح لمواطني 103 دول …"، "أطلقت الوزارة حملة لتطعيم مليون طفل": a body that launches a
# service or a campaign states what it offers; a person, or "أطلقت الشرطة النار", states nothing.
_LAUNCH_VERBS = {"دشن", "أطلق", "افتتح"}
_NOT_LAUNCHED = _words("النار النيران الرصاص سراح الغاز قنابل القنابل صواريخ الصواريخ صاروخا قذائف القذائف طلقات "
                       "تحذيرا تحذيرات نداء نداءات")


# The instruments or crews of a monitoring body record for it: "سجّلت محطات الشبكة الوطنية لرصد الزلازل هزة".
_RECORDING_MEANS = _words("محطات محطة أجهزة جهاز فرق فريق مراصد رادارات كاميرات أقمار")


def _recorder(toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether a record verb's subject is a monitoring body, or its stations or crews ("محطات الشبكة")."""
    head = _strip_al(toks[phrase.start].text)
    if head in _RECORDERS:
        return True
    nxt = phrase.start + 1
    return head in _RECORDING_MEANS and not _is_al(toks[phrase.start].text) and nxt < phrase.end \
        and _strip_al(toks[nxt].text) in _RECORDERS


def _recording_means(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return "محطات الشبكة الوطنية …" at j: a body's stations or crews, read with the body, or None."""
    if j + 1 >= len(toks) or toks[j].text not in _RECORDING_MEANS or toks[j].tanween:
        return None
    body = _parse_np(toks, j + 1)
    if body is None or body.start != j + 1 or _strip_al(toks[j + 1].text) not in _RECORDERS:
        return None
    return _Phrase(j, body.end, "org", body.named)


def _court(toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether a subject names a court or a judge: "محكمة الجنايات"، "القاضي"، "هيئة المحكمة"."""
    return any(_strip_al(t.text) in _COURTS for t in toks[phrase.start:phrase.end])
_PARTICIPLES = _words("قائلا قائلة مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة متابعا متابعة "
                      "معتبرا معتبرة محذرا محذرة لافتا لافتة مشددا مشددة مستطردا")

_THAT = _words("إن أن إنه أنه إنها أنها إنهم أنهم إنهما أنهما إننا أننا إنني أنني أنكم إنكم "
               "بأن بأنه بأنها بأنهم بأنهما بأننا لأن")
_RELATIVE = _words("الذي التي الذين اللذين اللتين اللواتي اللاتي")
# "as" before a speech verb ("حسبما أفادت وزارة الصحة"): the verb's subject is the source.
_AS_CONJUNCTIONS = _words("حسبما وحسبما بحسبما وبحسبما وفقما ووفقما")
_PRE_VERB = _AS_CONJUNCTIONS | _words("كما فيما بينما حيث ثم قد وقد لقد فقد إذ اذ عندما حين حينما بعدما كذلك وكذلك "
                   "لكن ولكن بل أيضا وكما ولما لما فيما وفيما حيث وحيث فقط")
_AMMA = _words("أما وأما")  # "أما X، فـ…": X is the topic and the subject of the verb after ف
_KANA = _words("كان كانت وكان وكانت فكان فكانت")
# Contrast connectives after which the subject comes before its verb: "لكن مصدراً في الوزارة أكد".
_CONTRAST = _words("لكن ولكن غير إلا بيد")  # بيد only before أن: "بيد أن مسؤولاً قال"
_TEMPORAL = _words(
    "يوم اليوم أمس غدا مساء صباح ليل ليلة الليلة ظهر عصر فجر الأسبوع الشهر العام السنة الماضي "
    "الماضية الجاري الجارية المقبل المقبلة الحالي الفائت الفائتة أسبوع شهر عام سنة "
    "أواخر أوائل منتصف "  # time heads (not مطلع: "مصدر مطلع" is an informed source): "أعلنت أواخر الشهر الماضي أن"
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
)
_STOP = _words(
    "في فى خلال بعد قبل أمام عبر إلى الى على علي عن من مع منذ حتى حول ضد بين دون عند عقب إثر "
    "أثناء وسط إزاء تجاه نحو حوالي قرابة أكثر أقل لدى لـ ب ل ك و ف "
    "هذا هذه ذلك تلك هؤلاء هناك هنا كل بعض جميع أي عدد ما لا لم لن قد كان كانت يكون سوف "
    "هو هي هم هما نحن أنا أنت وهو وهي وهم ونحن له لها لهم فيه فيها منه منها عليه عليها به بها بهم "
    "أيضا كذلك مجددا مرارا رسميا سابقا لاحقا مؤخرا حاليا صراحة علنا بدوره بدورها خلالها خلاله "
    "إذ إذا لو كي لكي حيث بينما فيما كما وكما بل ثم أو أم إما غير سوى مثل "
    "آخر أحدث أول أولى أخرى الآخر "
    "الجدير بالذكر تجدر يذكر يشار تم وتم يتم جرى وجرى قوله قولها قولهم بالقول"
) | _THAT | _RELATIVE | _AS_CONJUNCTIONS | _TEMPORAL | _PARTICIPLES
_ADVERBS_AFTER_VERB = _words("أيضا كذلك أمس اليوم مجددا بدوره بدورها خلالها خلاله فيها حينها لاحقا سابقا "
                             "رسميا صراحة علنا مساء صباح يوم الليلة به بها") | _TEMPORAL  # "أفادت به الوزارة"

_PERSON_TITLES = _words(
    "وزير وزيرة رئيس رئيسة متحدث متحدثة ناطق ناطقة مدير مديرة محافظ محافظة أمين أمينة نائب نائبة "
    "ممثل ممثلة مندوب مندوبة سفير سفيرة قائد قائدة زعيم زعيمة مستشار مستشارة عضو عضوة مسؤول "
    "مسؤولة مسؤولون مسؤولين خبير خبيرة خبراء محلل محللة جنرال لواء عميد عقيد مقدم رائد دكتور "
    "دكتورة د شيخ ملك ملكة أمير أميرة سيد سيدة بروفيسور بروفسور مفوض مفوضة مبعوث مبعوثة حاكم حاكمة "
    "عمدة مرشح مرشحة طبيب طبيبة باحث باحثة أستاذ أستاذة مدعي قاضي قاض محامي محامية كاتب صحفي "
    "صحفية مراسل مراسلة شاهد شهود مصدر مصادر منسق منسقة نقيب بابا رئيس وكيل وكيلة كبير كبيرة "
    "الدبلوماسي دبلوماسي دبلوماسيون أمينة مستشار رئيسا مدرب لاعب وزراء ولي "
    # Descriptors of profession, role or status that news writers put before a name as they put a
    # title: "الفنان حسين فهمي"، "المواطنة سعاد كاظم"، "القيادي في حركة حماس أسامة حمدان".
    "فنان فنانة ناقد ناقدة مواطن مواطنة قيادي قيادية ناشط ناشطة باحثة لاعبة مدربة طالب طالبة "
    "كاتبة محام صحافي صحافية إعلامي إعلامية أكاديمي أكاديمية مخرج مخرجة مطرب مطربة مغني مغنية "
    "شاعر شاعرة روائي روائية مفكر مؤرخ مهندس مهندسة معلم معلمة مزارع تاجر مستثمر موظف موظفة "
    "شاب شابة حاج حاجة داعية مهاجم حارس نائبة "
    "والي "  # a governor in the Maghreb and Mauritania: "والي تيرس زمور"، "والي ولاية الجزائر"
    "ممرض ممرضة مسعف مسعفة متطوع متطوعة "  # "ذكرت ممرضة تعمل في المعسكر أن": an unnamed witness
    "صاحب صاحبة ملازم مكلف مكلفة "  # "صاحب مكتب عقاري"، "الملازم الأول"، "المكلف بالإعلام"
    "مؤسس "  # "المؤسس والرئيس التنفيذي لـ"X"، NAME" (not مؤسسة, a foundation)
    "معاون معاونة مساعد مساعدة"  # deputies before a title: "معاون وزير الزراعة"، "مساعد وزير الخارجية"
)
# Roles a writer uses to point back at the last speaker ("يضيف الدبلوماسي").
_GENERIC_ROLES = _words("دبلوماسي مسؤول مسؤولة متحدث متحدثة ناطق ناطقة مصدر خبير خبيرة سياسي "
                        "مسؤولون دبلوماسية")
_INSTITUTIONS = _words(
    "وزارة وكالة هيئة مجلس لجنة منظمة حلف جهاز مكتب دائرة قسم إدارة مصلحة بنك مصرف صندوق حزب "
    "حركة جامعة مستشفى مركز معهد شركة محكمة نيابة شرطة جيش قوات مفوضية سلطة سلطات حكومة رئاسة "
    "برلمان كونغرس بلدية رابطة اتحاد نقابة غرفة بعثة برنامج مديرية قيادة أركان شؤون خارجية "
    "داخلية دفاع صحة مالية اقتصاد عدل تعليم تربية زراعة طاقة نفط تجارة صناعة إعلام ثقافة سياحة "
    "بيئة عمل اتصالات إسكان كهرباء مياه أمن استخبارات مخابرات صحيفة قناة شبكة موقع مجلة إذاعة "
    "تلفزيون مجموعة مؤسسة دولة ولاية مدينة منطقة محافظة إقليم بورصة مرصد مختبر أكاديمية كلية "
    "نادي فريق منتخب لجان مجالس وكالات حكومة ديوان هيئات مفوضية الدوما دوما الكرملين البنتاغون "
    "الكونغرس الناتو البيت الإليزيه داونينغ رئاسة أجهزة إدارة صحيفة بوابة "
    "خفر حرس منظمات جمعية جمعيات "  # خفر السواحل، حرس الحدود: a body named without ال
    "شعبة "  # a chamber's division: شعبة الذهب بالغرفة التجارية
    "مندوبية "  # المندوبية السامية للتخطيط (Morocco)
    "كتلة ائتلاف "  # parliamentary blocs: النائب عن كتلة "الأحرار"
    "منصة "  # a digital firm: منصة "نقلة"، منصة إكس
    "وفد جمارك "  # a delegation: رئيس وفد الحوثيين، مصدر في الوفد الحكومي
    "مقر"  # a staff that speaks as a body: مقر التنسيق لشؤون أسرى الحرب (a place only after a preposition)
)
# Organisations whose proper name follows the common noun ("وكالة رويترز", "صحيفة نيويورك تايمز").
_NAMED_ORGS = _words("وكالة صحيفة قناة شبكة موقع مجلة إذاعة تلفزيون شركة حزب حركة جامعة مجموعة "
                     "مؤسسة منظمة معهد مركز نادي فريق بنك مصرف بوابة مستشفى كتلة ائتلاف جمعية رابطة "
                     "منصة")  # a firm named by what it runs: منصة "نقلة" (not تطبيق, also "applying")
# Honorifics written before a title or a name: "سمو الشيخ"، "معالي الوزير"، "فخامة الرئيس".
_HONORIFICS = _words("سمو معالي فضيلة سعادة فخامة جلالة سماحة")
# Attribution nouns: reports, statements and figures, whose author, when named, is the source
# ("بيانات البنك الدولي" → البنك الدولي).
_RECORDERS = _words("وزارة منظمة منظمات هيئة مرصد شبكة مفوضية وكالة مركز لجنة مكتب مديرية شرطة جمعية "
                     "جمعيات دائرة مصلحة برنامج بعثة نقابة سلطات إدارة")
_DOCUMENT_NOUNS = _words("تقرير تقارير بيان بيانات إحصاء إحصاءات إحصائيات إحصائية أرقام تقديرات تقدير معطيات "
                         "حصيلة دراسة دراسات مسح استطلاع وثيقة وثائق سجلات تحقيق تحقيقات تحريات "
                         "رصد "  # "بحسب رصد عنب بلدي": the monitoring of an outlet or observatory
                         # A communiqué, memo or post speaks for whoever issued it: "أفاد بلاغ للمركز" (Maghreb),
                         # "مذكرة صادرة عن الوزارة"، "منشور للشرطة على فيسبوك".
                         "بلاغ بلاغات مذكرة منشور تصريح تصريحات إعلان "
                         "إفصاح")  # a listed firm's filing to the exchange: "وفق إفصاح نشرته الشركة على تداول"
# Unnamed people who speak as a source: "وقال شهود"، "فيما رجح محللون أن".
_UNNAMED_SOURCES = _words("مصادر مصدر شهود سكان وسائل مسؤولين مسؤولون خبراء محللين محللون مراقبين مراقبون "
                          "متعامل متعاملون متعاملين تجار")  # market reports: "قال متعاملون أوروبيون إن"
_SOURCE_NOUNS = _UNNAMED_SOURCES | _words("تسريبات صور معلومات حسابات") | _DOCUMENT_NOUNS
# What links an attribution noun to its author: "تقرير صادر عن"، "حصيلة أعلنتها"، "مسح أجراه".
_ISSUED_BY = _words("صادر صادرة الصادر الصادرة")
# "بحسب آخر إحصاء للوزارة"، "وفق أحدث تقرير للمنظمة": the word before the attribution noun hides no source.
_LATEST = _words("آخر أحدث")
# Definite heads that "وفق / بحسب / حسب / طبقا لـ" put before a rule, a plan, a time or a manner, not an
# agent: "وفق القانون"، "بحسب الخطة"، "حسب التوقيت المحلي"، "بحسب المنطقة". Any other definite noun with a
# relative adjective after a source word is the source ("وفق الحماية المدنية"، "بحسب الأرصاد الجوية").
_NON_AGENT_HEADS = _words(
    "قانون قوانين دستور نظام لائحة لوائح قرار قرارات مرسوم مادة بند فقرة أحكام شريعة "  # rules
    "اتفاق اتفاقية اتفاقيات معاهدة عقد صفقة بروتوكول مذكرة "  # agreements
    "خطة خطط برنامج جدول موعد مواعيد خريطة استراتيجية رؤية آلية "  # plans and timetables
    "شروط معايير ضوابط قواعد أسس أصول إجراءات تعليمات مبادئ "  # conditions and procedures
    "ساعة توقيت تقويم "  # times
    "حاجة حالة ظروف طلب أولوية أولويات إمكانات إمكانيات منطقة نوع فئة حجم سن عمر جنس قطاع "  # manners
    "سعر أسعار مؤشر عرف عادة تقاليد رواية"
)
# Colours name bodies as relative adjectives do: الهلال الأحمر، الصليب الأحمر، الخوذ البيضاء.
_COLOURS = _words("الأحمر الأبيض الأخضر الأزرق الأسود الحمراء البيضاء الخضراء الزرقاء السوداء")
# Verbal nouns of the shape تفعيل (التصنيف، الترتيب، التوزيع) name a manner, not an agent.
_TAFIL = re.compile(r"^ت..ي.$")
_ISSUED_IT = frozenset(normalize(verb) + clitic
                       for verb in ("أعلن أعلنت نشر نشرت أصدر أصدرت أجرت أعد أعدت أورد أوردت ذكر ذكرت جمع جمعت "
                                    "نفذ نفذت").split()  # "مسح نفذه الجهاز"
                       for clitic in ("ه", "ها", "هم")) | _words("أجراه أجراها")
# A toll or a monitoring is a source only through whoever made it: "وفق الحصيلة الرسمية"، "بحسب رصد الأسواق".
_NEEDS_AUTHOR = _words("حصيلة رصد")
# Heads of what a survey or report found: "نتائج المسح"، "أرقام التقرير"; the document after them is the source.
_RESULT_HEADS = _words("نتائج أرقام بيانات معطيات خلاصة خلاصات")
# Participles of making public: "حسب النتائج المعلنة" reads the results as published by whoever announced them.
_PUBLISHED = _words("المعلن المعلنة المنشور المنشورة المؤقت المؤقتة المحدث المحدثة")
_DOCUMENT_ADJECTIVES = _words("جديد جديدة حديث حديثة أخير أخيرة مشترك مشتركة مفصل مطول موسع")
_PLACES = _words(
    "روسيا أوكرانيا كوريا الصين اليابان الهند إيران العراق سوريا سورية لبنان الأردن مصر السعودية "
    "الإمارات قطر الكويت البحرين عمان اليمن ليبيا تونس الجزائر المغرب السودان موريتانيا فلسطين "
    "إسرائيل تركيا ألمانيا فرنسا بريطانيا إيطاليا إسبانيا أمريكا أميركا كندا المكسيك البرازيل "
    "الأرجنتين بولندا بيلاروسيا هولندا بلجيكا السويد النرويج فنلندا الدنمارك سويسرا النمسا "
    "اليونان البرتغال باكستان أفغانستان بنغلاديش إندونيسيا ماليزيا الفلبين فيتنام تايلاند "
    "أستراليا نيجيريا إثيوبيا كينيا تايوان جورجيا أرمينيا أذربيجان كازاخستان كابل "
    "موسكو كييف واشنطن بكين طوكيو سيول سول بيونغيانغ بيونغ بيونج لندن باريس برلين روما أنقرة "
    "إسطنبول طهران بغداد دمشق بيروت القاهرة الرياض أبوظبي دبي الدوحة المنامة مسقط صنعاء "
    "طرابلس الرباط الخرطوم القدس غزة تل نيويورك بروكسل جنيف فيينا الغرب الشرق أوروبا إفريقيا "
    "أفريقيا آسيا الولايات الأمم الاتحاد"
)
_NAME_PARTICLES = _words("بن ابن بنت أبو أبي أبا عبد آل ولد دي دو فان فون دا لا ال أل")
# The ال- form of عبد, which joins the next ال- word into one family name: "محمد العبد العالي".
_AL_PARTICLES = _words("العبد")
# Particles that carry a name on after an ال- surname: "سعود الفيصل آل سعود".
_LINEAGE = _words("آل بن ابن بنت")
# Common first names that look like verbal nouns to the object test below.
_SHORT_NAMES = _words("حسن سعد فهد عمر بكر زيد نصر حمد رعد مجد عمرو فرج نجم بدر صقر سعود حمود عبود")
_SOURCE_WORDS = _words("وفق وفقا طبقا استنادا بحسب حسب حسبما نقلا تبعا")
_SOURCE_VERBS = _words("ذكر ذكرت ذكره ذكرته أفاد أفادت أفاده أفادته أعلن أعلنت أعلنه أعلنته أورد "
                       "أوردت أورده أوردته نشر نشرت نشره نشرته قال قالت قاله قالته صرح صرحت صرح به "
                       "جاء أظهر أظهرت أظهره أظهرته كشف كشفت كشفه كشفته أكد أكدت أكده أكدته "
                       "يقول تقول يذكر تذكر تفيد يفيد نقلت نقل نقله نقلته أوضح أوضحت")

_QUOTES = "\"“”«»„‹›"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_STRONG_END = frozenset("،,:؛;.!?؟" + _QUOTES)
# Shapes of Arabic verbal nouns and plurals, which foreign names rarely have. Used to tell where a
# name ends and the verb's object starts ("وصف الرئيس يون سوك يول نشر القوات").
_MASDAR_FORMS = re.compile(
    r"^(?:ت..ي.|ا..ا.|است..ا.|ان..ا.|ا.ت.ا.|ت.ا..|م.ا..ه|[^يها][^ا]و[^اوي])$"  # تفعيل إفعال … فعول
)
_W_NAMES = _words("وليد وائل وسام وفاء وداد وديع وهبة وهيب وحيد ويليام ولسون وارن والتر وانغ ويي")
_POSSESSED = re.compile(r"(?:ته|تها|تهم|اته|اتها|اتهم)$")  # كلمته، تصريحاته: nouns, not names
_CLITIC_END = re.compile(r"(?:ه|ها|هم|هما)$")
# Possessive "her / their two": no name ends so once it has four letters (مها is a name); ه (ة) and هم (أدهم) may.
_HER_THEIR = re.compile(r"(?:ها|هما)$")
_MASDAR_WEAK = re.compile(r"^[^اوي]{3}$|.{3,}ه$|.{3,}ات$")  # فعل (نشر)، nouns in ة، plurals in ات
_NISBA = re.compile(r"(?:ي|يه|يون|يين|يات|يان|يتين)$")
_CARRY_WINDOW = 3
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


class _Tok(NamedTuple):
    text: str  # normalised
    start: int  # normalised offsets in the sentence
    end: int
    tanween: bool  # the raw token carried -ً: an adverb or an object, never a name
    raw: str = ""  # as written: tells إمام/علي (names) from أمام/على (prepositions)


# Named tuples rather than frozen dataclasses: built many times per sentence, and a tuple is built
# several times faster; fields are read-only all the same.
class _Phrase(NamedTuple):
    start: int  # token index
    end: int  # token index, exclusive
    mode: str  # person | org | place | group | name
    named: bool  # holds a personal or proper name, not only a title
    trim: int = 0  # letters of a preposition to leave out of the first token: the ل of "لوزارة"


class _Found(NamedTuple):
    start: int  # normalised offsets in the sentence
    end: int
    cue: tuple[int, int]  # normalised offsets of the verb or phrase
    title_only: bool
    generic: bool
    own_sentence: bool = False  # a bare title to resolve in its own sentence only: "وفق إفصاح نشرته الشركة"


class _Carry(NamedTuple):
    cue: tuple[int, int]


class _CarryBody(NamedTuple):
    """Data named before ("المعطيات ذاتها"): their source is the last body that spoke, not a person."""
    cue: tuple[int, int]
    fallback: _Found | None = None  # the document as written, when no body spoke before: "النشرة"


class _CarryPrevious(NamedTuple):
    """A sentence that opens on what the sentence just before reported ("وبذلك"، "وبموجب الاتفاقية"): its source."""
    cue: tuple[int, int]


# --------------------------------------------------------------------------- token helpers


@lru_cache(maxsize=65536)  # a pure test of one word, called for most tokens
def _strip_al(t: str) -> str:
    if t.startswith("لل") and len(t) > 4:
        return t[2:]
    if t.startswith("ال") and len(t) > 3:
        return t[2:]
    return t


@lru_cache(maxsize=65536)  # a pure test of one word, called for most tokens
def _is_al(t: str) -> bool:
    return (t.startswith("ال") and len(t) > 3) or (t.startswith("لل") and len(t) > 4)


def _verb_lemma(t: str) -> str | None:
    """Return the lemma of a speech verb token (with و/ف/ل/س prefixes and clitics), or None."""
    return _VERB_SURFACE.get(t)


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _is_place(t: str) -> bool:
    return t in _PLACES or (t[:1] in "وبل" and t[1:] in _PLACES and len(t) > 3)


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _is_title(t: str) -> bool:
    return t in _PERSON_TITLES or _strip_al(t) in _PERSON_TITLES


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _is_institution(t: str) -> bool:
    return t in _INSTITUTIONS or _strip_al(t) in _INSTITUTIONS


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _masdar_like(t: str, *, weak: bool = True) -> bool:
    """Say whether t has the shape of a verbal noun; weak shapes also match many first names."""
    if t in _SHORT_NAMES or (t.startswith("عبدال") and len(t) > 6):
        return False  # عبدالله، عبدالرحمن: a name in one word
    if _MASDAR_FORMS.search(t) or (weak and _MASDAR_WEAK.search(t)):
        return True
    stem = _CLITIC_END.sub("", t)  # تعاقده، قرارها
    return stem != t and len(stem) >= 3 and bool(_MASDAR_FORMS.search(stem))


def _name_like(tok: _Tok) -> bool:
    """Say whether a token can be part of a proper name: a word, not ال-, a particle or a verb."""
    return _name_like_word(tok.text, tok.tanween, tok.raw)


@lru_cache(maxsize=65536)  # depends on the word only, not on where the token sits
def _name_like_word(text: str, tanween: bool, raw: str) -> bool:
    tok = _Tok(text, 0, 0, tanween, raw)
    t = tok.text
    if tok.tanween or len(t) < 2 or not t.isalpha() or _verb_lemma(t):
        return False
    if t in _ESTIMATE_B or (len(t) > 3 and _HER_THEIR.search(t)):
        return False  # "يقدر عمرها بنحو": a noun with a possessive pronoun, a preposition of estimate
    if t in _STOP and not _name_despite_folding(tok):
        return False
    if t.startswith(("ال", "بال", "لل")) or (t.startswith(("وال", "فال")) and len(t) > 5):
        return False  # ال- words and prepositions; "والتر" and "فالديز" stay names
    if _name_despite_folding(tok):
        return True
    if t[0] in "وف" and (t[1:] in _STOP or _verb_lemma(t[1:])):
        return False
    return True


_FOLDED_AWAY = frozenset({"امام", "علي", "نشره"})  # and نشرة (a bulletin) / نشره (published it)


def _name_despite_folding(tok: _Tok) -> bool:
    """Say whether a word that folds into a preposition is written as a name: إمام، علي."""
    return (tok.text == "امام" and tok.raw.startswith("إ")) or (tok.text == "علي" and tok.raw.endswith("ي"))


def _ends_phrase(toks: list[_Tok], j: int) -> bool:
    """Say whether token j closes a noun phrase: end, punctuation, إن/أن, a preposition."""
    if j >= len(toks):
        return True
    t = toks[j].text
    return t in _STRONG_END or t in _STOP or t == "(" or bool(_verb_lemma(t))  # "حيدر الزبيدي (47 عاماً)"


# --------------------------------------------------------------------------- noun phrases


def _parse_np(toks: list[_Tok], k: int, *, strict: bool = False) -> _Phrase | None:
    """Read the speaker noun phrase starting at token k, or return None."""
    # A speaker phrase is short: reading a bounded window keeps long sentences linear.
    phrase = _parse_window(toks[k:k + _NP_WINDOW], strict=strict)
    return _Phrase(phrase.start + k, phrase.end + k, phrase.mode, phrase.named, phrase.trim) if phrase else None


_NP_WINDOW = 40
_ONE_OF = _words("أحد إحدى")
_BACK_WINDOW = 40


def _parse_window(toks: list[_Tok], *, strict: bool) -> _Phrase | None:
    """Read the speaker noun phrase at the start of toks."""
    k = 0
    n = len(toks)
    if k >= n:
        return None
    tok = toks[k]
    t = tok.text
    if t == "ام" and not strict and n > 1 and _name_like(toks[1]) and not _is_place(toks[1].text) \
            and not _is_title(toks[1].text) and not _is_institution(toks[1].text):
        end = _name_run(toks, 1, already=1)
        if end > 1:
            return _Phrase(0, end, "name", True)  # a kunya: "أم علي" (أبو is a name particle already)
    if t in _ONE_OF and n > 2:
        # "أحد المسؤولين في الوزارة": one of a group is read with the group; named in apposition
        # ("أحد سكان المنطقة، عبد الحميد العبيدي،"), that person speaks.
        inner = _parse_window(toks[1:], strict=strict)
        if inner and inner.start == 0 and inner.mode != "place":
            end = _apposition(toks, inner.end + 1, min_words=2)
            if end > inner.end + 1:
                return _Phrase(0, end, "person", True)
            if inner.mode in ("person", "group", "org"):
                return _Phrase(0, inner.end + 1, inner.mode, inner.named)
    if t in _STRONG_END or t in _STOP or tok.tanween or _verb_lemma(t) or not t.isalpha():
        return None
    bare = _strip_al(t)
    if strict and _is_al(t) and (bare in _NON_AGENT_HEADS or (_TAFIL.match(bare) and bare not in _SOURCE_NOUNS)):
        return None  # "وفق القانون"، "حسب التصنيف الوظيفي": a rule or a manner, no source
    if (_is_title(t) and not _starts_name(toks, k)) or (t in _HONORIFICS and k + 1 < n):
        mode = "person"  # an honorific reads as a title: the title and name after it follow
    elif _is_institution(t):
        mode = "org"
    elif _is_place(t):
        mode = "place"
    elif _is_al(t) and _NISBA.search(t) and not strict and _name_run(toks, k + 1, already=0) >= k + 3:
        mode = "person"  # an adjective of origin as a noun before a name: "الإثيوبية تيغيست ميكونن"
    elif _is_al(t):
        if strict and bare not in _SOURCE_NOUNS and not _adjective_at(toks, k + 1) \
                and not (bare in _RESULT_HEADS and k + 1 < n and toks[k + 1].text in _PUBLISHED) \
                and not (bare in _RESULT_HEADS and k + 2 < n and toks[k + 1].text in _RELATIVE
                         and toks[k + 2].text in _ISSUED_IT):  # "بحسب النتائج التي نشرها الجهاز"
            return None  # "حسب الجودة"، "وفق السيناريو الأسوأ": a bare common noun is a manner
        mode = "group"
    elif _name_like(tok) and not _prepositional(t) and not _POSSESSED.search(t):
        mode = "group" if bare in _SOURCE_NOUNS else "name"
    else:
        return None
    j = k + 1
    if mode in ("group", "name") and bare in _RESULT_HEADS and not _is_al(t) and j < n and _is_al(toks[j].text) \
            and _strip_al(toks[j].text) in _DOCUMENT_NOUNS:
        # "نتائج المسح الوطني"، "أرقام التقرير السنوي": the results are the survey's; read the survey
        # (or its author: "بيانات التقرير الصادر عن البنك").
        inner = _parse_window(toks[j:], strict=strict)
        if inner:
            return inner._replace(start=inner.start + j, end=inner.end + j)
    if mode in ("group", "name") and bare in _RESULT_HEADS and not _is_al(t) and j < n \
            and _document_noun(toks[j]) and not toks[j].tanween:
        # "نتائج مسح القوى العاملة الذي نفذه الجهاز": the results are the survey's, and its author speaks.
        author = _document_author(toks, j + 1, definite=False, topic=True)
        if author:
            return author
    if mode == "group" and (bare in _DOCUMENT_NOUNS or (bare in _RESULT_HEADS and _is_al(t))):
        author = _document_author(toks, j, definite=_is_al(t))
        if author:
            return author  # "بيانات البنك الدولي": the bank is the source, not its data
        if strict and bare in _NEEDS_AUTHOR:
            return None
    if mode == "place":
        while j < n and (_is_place(toks[j].text) or toks[j].text in _PLACE_TAILS):
            j += 1
    if mode in ("person", "org"):
        j = _title_chain(toks, j, person=(mode == "person"), head=bare)
    elif mode == "group" and bare in _SOURCE_NOUNS and not _is_al(t) and j < n \
            and (_is_institution(toks[j].text) or _is_al(toks[j].text) or _is_place(toks[j].text)):
        j = _title_chain(toks, j, person=False, head=bare)  # بيانات البنك المركزي، بيان وزارة الصحة
    named = False
    org_named = mode == "org" and bare in _NAMED_ORGS and not _is_al(t) and j == k + 1
    if mode == "person" and j == k + 1 and bare in _UNNAMED_ROLES and not _is_al(t) and _imperfect_at(toks, j):
        pass  # "ممرضة تعمل في المعسكر": an unnamed role has no name; a clause describes it
    elif mode == "person" and j == k + 1 and bare in _UNNAMED_ROLES and not _is_al(t) \
            and _described_role_end(toks, j) > j:
        # "مصدر حكومي مطلع لرويترز": adjectives describe the unnamed role, and who is told is not one of them.
        j, named = _described_role_end(toks, j), True  # read as before, as a described role, not a bare title
        j = _role_place(toks, j)  # "مصدر مطلع في وزارة النفط"
    elif mode == "person" and _lam_genitive(toks, j) and (body_end := _workplace_apposition(toks, j)) > j:
        j, named = body_end, True  # "… القومية لسكك حديد مصر، المهندس هشام الشاذلي،"
    elif mode == "person" or org_named or mode == "name":
        j0 = j if mode != "name" else k
        j = _name_run(toks, j0, already=0, objects=(mode != "org"))
        named = j > j0
        if org_named and named and j < n and toks[j].text.startswith("لل") and toks[j].text not in _ADDRESSEES:
            j += 1
            while j < n and _is_al(toks[j].text) and _NISBA.search(toks[j].text):
                j += 1
    if mode == "org" and bare in _NAMED_ORGS:
        j = _quoted_name(toks, j)  # وكالة الأنباء السعودية "واس"
    if (mode == "group" or mode == "org" and j == k + 1) and not _is_al(t):
        while j < n and _name_like(toks[j]) and _NISBA.search(toks[j].text) and j - k < 5:
            j += 1  # تقارير استخباراتية كورية جنوبية، منظمات إغاثية
        j = _joint_adjective_end(toks, j)  # "بعثة كويتية - سلوفاكية"
    if mode == "group" and (bare in _RESULT_HEADS or bare in _DOCUMENT_NOUNS):
        while j < n and toks[j].text in _PUBLISHED:
            j += 1  # "النتائج المعلنة"، "الأرقام المنشورة": results someone made public
    if mode in ("place", "group", "name", "org"):
        while _adjective_at(toks, j):
            j += 1  # adjectives: الجنوبية، الاستخباراتية، الروسية، الأحمر
        j = _joint_adjective_end(toks, j)  # "اللجنة المصرية - السودانية"
        j = _coordination(toks, j)
    if mode == "person" and not named:
        j2 = _apposition(toks, j, min_words=1)
        if j2 == j:
            j2 = _workplace_apposition(toks, j)  # "مراسل الجزيرة في الخرطوم، الطاهر المرضي،"
        named = j2 > j
        j = j2
    elif mode == "person" and _name_like(toks[j - 1]) and (
            not _name_like(toks[j - 2]) or _is_title(toks[j - 2].text) or _is_institution(toks[j - 2].text)):
        j = _apposition(toks, j, min_words=2)  # "عمدة خاركيف، إيهور تيريخوف،"، "في جامعة كامبريدج، سارة ميلر،"
    if mode == "org" or (mode == "person" and not named):
        # مسؤول في الدفاع المدني، اللجنة الانتخابية في جنوب إفريقيا
        j = _role_place(toks, j, places_only=(mode == "person" and bare not in _UNNAMED_ROLES))
    if j <= k:
        return None
    return _Phrase(k, j, mode, named)


# Indefinite adjectives of an unnamed source: "مصدر مطلع"، "مسؤول رفيع"، "مصدر مقرب من".
_ROLE_ADJECTIVES = _words("مطلع مطلعة مطلعون مطلعين مقرب مقربة مقربون رفيع رفيعة بارز بارزة كبير كبيرة موثوق "
                          "موثوقة")


def _joint_adjective_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a second adjective of origin joined by a dash: "كويتية - سلوفاكية"، "المصرية-السودانية".

    Both words must be adjectives of origin alike in ال-; a dash before anything else is left alone.
    """
    if not (0 < j and j + 1 < len(toks) and toks[j].text in "-–"):
        return j
    before, after = toks[j - 1].text, toks[j + 1].text
    if _is_al(before) != _is_al(after) or not (_NISBA.search(before) and _NISBA.search(after)) \
            or not after.isalpha() or after in _STOP:
        return j
    return j + 2


def _described_role_end(toks: list[_Tok], j: int) -> int:
    """Return the end of the adjectives after an indefinite unnamed role, when one is a source adjective (مطلع).

    Adjectives of origin alone ("مسؤول أمريكي") are left to the name reader, as they were.
    """
    m, described = j, False
    while m < len(toks) and m - j < 4 and not toks[m].tanween:
        t = toks[m].text
        if t in _ROLE_ADJECTIVES:
            described = True
        elif not (t.isalpha() and len(t) > 3 and t not in _STOP and not _is_al(t) and _NISBA.search(t)
                  and not _is_place(t) and not (described and t[:1] == "ل")):
            break  # "مصدر مطلع لمصراوي": who is told
        m += 1
    return m if described else j


def _imperfect_at(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] looks like an imperfect verb (تعمل، يعمل), not a name or an adjective of origin (يمني)."""
    if j >= len(toks):
        return False
    t = toks[j].text
    return len(t) >= 4 and t[0] in "تي" and not _NISBA.search(t) and t.isalpha()


def _adjective_at(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is a definite relative adjective (المدنية، الجوية) or colour (الأحمر، البيضاء)."""
    if j >= len(toks):
        return False
    t = toks[j].text
    return t.startswith("ال") and t not in _STOP and (bool(_NISBA.search(t)) or t in _COLOURS)


def _document_noun(tok: _Tok) -> bool:
    """Say whether tok is a report or a bulletin: "مسح"، "نشرة" (folded, "نشره" is also "he published it")."""
    return tok.text in _DOCUMENT_NOUNS or tok.text == "نشرات" \
        or (tok.text == "نشره" and _DROP.sub("", tok.raw).endswith("ة"))


def _document_author(toks: list[_Tok], j: int, *, definite: bool, topic: bool = False) -> _Phrase | None:
    """Return who issued the report, statement or figures named by the noun before toks[j], or None.

    "بيانات البنك الدولي"، "بيان لوزارة الصحة"، "تقرير صادر عن منظمة الصحة العالمية"،
    "حصيلة أولية أعلنتها إدارة الكوارث"، "استطلاع للرأي أجرته مؤسسة غالوب". No author is read
    in "البيان"، "بيانات رسمية" or "وثيقة اطلعت عليها رويترز" (who saw it did not write it).

    topic: the noun is in construct with its topic ("مسح القوى العاملة الذي نفذه الجهاز"): definite topic
    words may stand before the relative clause that names the author.
    """
    n = len(toks)
    if topic and not definite:
        # "نشرة السياحة التي أصدرتها الهيئة": the issuer named after the topic, not the topic read as a ministry
        issuer = _document_author(toks, j, definite=True, topic=True)
        if issuer:
            return issuer
    if not definite and not (j < n and toks[j].text in _PORTFOLIO_ADJECTIVES):
        # a genitive: "تقديرات البنتاغون"; but "مذكرة داخلية" is an internal memo, not the interior ministry's
        author = _author_at(toks, j)
        if author:
            return author
        author = _quoted_or_outlet_author(toks, j) if _strip_al(toks[j - 1].text) in _DATA_NOUNS else None
        if author:
            return author
    m = j
    if topic:
        while m < n and m - j < 3 and _is_al(toks[m].text) and toks[m].text not in _STOP \
                and toks[m].text not in _RELATIVE:
            m += 1
        j = m
    while m < n and m - j < 4:
        t = toks[m].text
        if t in _ISSUED_BY:
            return _author_at(toks, m + 2, agent=True) if m + 1 < n and toks[m + 1].text == "عن" else None
        if (t in "،," and m + 1 < n and toks[m + 1].text in _ISSUED_BY) or t in _SAME:
            m += 1  # "المعطيات، الصادرة عن الوزارة،"، "البيانات ذاتها الصادرة عن"
            continue
        if t in _ISSUED_IT:
            a = m + 2 if m + 2 < n and toks[m + 1].text in _QUOTES else m + 1  # "إحصاء أعده «مرصد الجنوب»"
            return _author_at(toks, a, agent=True)
        if t[:1] == "ل" and len(t) > 3 and t not in _STOP:
            author = _author_at(toks, m)
            if author:
                return author
        elif not (t in _RELATIVE or _document_adjective(t)):
            return None
        m += 1  # past "أولية"، "التي", or a ل- complement that names no author ("للرأي")
    return None


# Ministries named by their portfolio alone when definite (الداخلية، الخارجية، المالية); indefinite after a document
# noun they are its adjective: "مذكرة داخلية"، "وثيقة مالية".
_PORTFOLIO_ADJECTIVES = _words("داخلية خارجية مالية")


def _quoted_or_outlet_author(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return who compiled the data named before toks[j]: a quoted name or a news agency ("بيانات «بلومبرغ»").

    Only for data nouns: "تقرير «آفاق الاقتصاد»" quotes the report's own title.
    """
    n = len(toks)
    if j < n and toks[j].text in _OUTLETS and not _is_al(toks[j].text):
        return _Phrase(j, j + 1, "name", True)  # "بيانات بلومبرغ"
    if j + 2 < n and toks[j].text in _QUOTES:
        close = next((m for m in range(j + 1, min(n, j + 5)) if toks[m].text in _QUOTES), None)
        if close is not None and close > j + 1 and all(_name_like(t) for t in toks[j + 1:close]):
            return _Phrase(j + 1, close, "name", True)
    return None


def _document_adjective(t: str) -> bool:
    """Say whether t describes a document rather than naming its author: أولية، الجديد، السنوي."""
    if _strip_al(t) in _DOCUMENT_ADJECTIVES:
        return True
    return bool(_NISBA.search(t)) and not (_is_place(t) or _is_institution(t) or _is_title(t))


def _author_at(toks: list[_Tok], j: int, *, agent: bool = False) -> _Phrase | None:
    """Return the author phrase at toks[j] (without a leading ل: "لوزارة الصحة"), or None.

    agent: toks[j] is the subject of "أعلنتها" or follows "صادر عن", so any definite noun phrase
    there is an author ("حصيلة أعلنتها الحماية المدنية"); a genitive may only name what is counted.
    """
    if j >= len(toks):
        return None
    window = toks[j:j + _NP_WINDOW]
    t = window[0].text
    trim = 0
    if t[:1] == "ل" and len(t) > 3:
        # "للأمم المتحدة" is read as "الأمم المتحدة"; its span starts after لل, as a source's does.
        trim = 2 if t.startswith("لل") and len(t) > 4 else 1
        window[0] = window[0]._replace(text="ال" + t[2:] if trim == 2 else t[1:])
    phrase = _parse_window(window, strict=agent)
    if phrase is None or phrase.start != 0:
        return None
    words = [tok.text for tok in window[:phrase.end]]
    if phrase.mode == "group" and ((_is_al(words[0]) and not agent) or _strip_al(words[0]) in _DOCUMENT_NOUNS):
        return None  # "حصيلة القتلى": what it counts, not who counted
    if phrase.mode == "name" and ((len(words) < 2 and not agent) or any(_is_al(w) or w.endswith("ه") for w in words)):
        return None  # "أرقام صادمة"، "بيانات سوق العمل": an adjective or a topic (but "بيانات جمعتها بلومبرغ")
    return _Phrase(j, j + phrase.end, phrase.mode, phrase.named, trim)


_PLAIN_THAT = _words("إن أن إنه أنه إنها أنها إنهم أنهم")
_NAME_AL = _words("الله الدين الرحمن")
_COMPASS = _words("جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي")
_MEDIA = _words("وكالة صحيفة قناة شبكة موقع مجلة إذاعة تلفزيون")
_TITLE_NAMES = _words("أمين أمينة أمير أميرة رائد سيد مساعد")  # مساعد العيبان: a first name too
_ADDRESSEES = _words("للصحفيين للصحافيين للصحافة للتلفزيون للإذاعة للنواب للمراسلين للمشاركين للحضور "
                     "للوكالة للقناة للصحيفة للموقع")
_PLACE_TAILS = _words("المتحدة الأوروبي الأبيض العربية")
# Titles written right before a personal name: "الدكتور نواف"، "العقيد سامي".
_NAME_TITLES = _words("دكتور دكتورة مهندس مهندسة أستاذ أستاذة شيخ سيد سيدة عقيد عميد لواء ملازم نقيب رائد "
                      "مقدم جنرال مستشار مستشارة")
# Adjectives that may follow a title or institution without ending it.
_FREE_ADJECTIVES = _words("بالإنابة بالوكالة الأبيض الأحمر الأخضر الأزرق الأسود العليا العامة العام المستقلة الكبرى "
                          "المتحدة المتحد الجديد الجديدة المؤقتة المؤقت "
                          "السابق السابقة الأسبق الحالي الحالية المكلف المكلفة المنتهية ولايته الأعلى "
                          "الأول الأولى الثاني التنفيذي التنفيذية الدائم الدائمة المساعد المساعدة "
                          "الخاص الخاصة المركزي المركزية الرسمي الرسمية السريع السريعة المشترك المشتركة الموحد الموحدة "
                          "الحر الحرة المستقل العسكري المدني المنتدب المنتدبة المناوب المناوبة")
# Roles named by their place rather than a name: "مسؤول في الدفاع المدني".
_UNNAMED_ROLES = _words("مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر متحدث متحدثة ناطق عضو خبير باحث "
                        "ممرض ممرضة مسعف مسعفة متطوع متطوعة "
                        "ضابط موظف زعيم قيادي نائب نائبة")


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _prepositional(t: str) -> bool:
    """Say whether a word is ب/ل + a common noun (بجهود، لحماية), not a name like بشار."""
    if t in _SOURCE_NOUNS or _is_title(t) or _is_institution(t):
        return False
    if len(t) > 4 and t[0] in "بل" and (_is_institution(t[1:]) or _is_title(t[1:])):
        return True  # "لوكالة رويترز"، "بمديرية الصحة": a body or a title after a preposition
    return len(t) > 3 and t[0] in "بل" and _masdar_like(t[1:], weak=False)


def _title_chain(toks: list[_Tok], j: int, *, person: bool, head: str) -> int:
    """Return the end of a title's complements: الخارجية الروسي، لحلف الناتو، باسم الكرملين.

    After an adjective of origin (الروسي، الدولية) only more such adjectives, genitives with
    ل، titles and places with a name after them may follow: a plain noun there is an object
    ("اتهم وزير الدفاع الإسرائيلي حركة حماس"، "دعت منظمة العفو الدولية السلطات").
    Each institution noun may take one plain genitive noun ("نقابة الأطباء" but not
    "نقابة الأطباء الحكومة"), and a definite head none: "رفضت المحكمة الطعن" is head + object.
    """
    n = len(toks)
    definite = j > 0 and _is_al(toks[j - 1].text)
    after_nisba = False
    plain = 0  # plain ال- nouns since the last institution noun
    while j < n:
        t = toks[j].text
        if t in _FREE_ADJECTIVES and not _is_al(t):
            j += 1  # بالإنابة
            continue
        if (t in ("العام", "العامه") or t == "عام" and _is_title(toks[j - 1].text)) and not _ends_time(toks, j + 1):
            j += 1  # الأمين العام، المدعي العام، أمين عام الجامعة: a title, not "the year"
            continue
        if person and head in _ENVOY_TITLES and t == "الي":
            end = _envoy_destination(toks, j)
            if end > j:
                j = end  # "المبعوث الأممي الخاص إلى اليمن، هانس غروندبرغ،"
                plain, after_nisba, definite = 0, False, True
                continue
        if person and t == "ل" and j + 1 < n and toks[j + 1].text in _QUOTES:
            # "المؤسس والرئيس التنفيذي لـ"نقلة"، فيصل القحطاني،": the quoted firm he heads, when his name
            # follows in apposition; "قال المدير لـ"الشرق" إن" is told to an outlet.
            end = _quoted_name(toks, j + 1)
            if end > j + 1 and end + 1 < n and toks[end].text in "،," and toks[end + 1].text not in _THAT \
                    and _name_like(toks[end + 1]):
                j = end
                plain, after_nisba, definite = 0, False, False
                continue
        if t in _TEMPORAL or t in _THAT or t in _STOP and t not in ("في", "فى", "لدي", "عن"):
            break
        if t == "(":
            close = next((m for m in range(j + 1, min(n, j + 6)) if toks[m].text == ")"), None)
            if close is not None and close > j + 1:
                j = close + 1  # an acronym: (آفاد)
                continue
            break
        if _is_title(t) and (_is_al(t) or not after_nisba) and not _starts_name(toks, j):
            if not person and _strip_al(t) in _NAME_TITLES and _is_al(t) and j + 1 < n and _name_like(toks[j + 1]):
                break  # a person after the body: "الوزارة للشؤون التعليمية الدكتور نواف العجارمة"
            j += 1  # نائب وزير، الدكتور، المستشار
            plain, definite = 0, _is_al(t)
            continue
        if _is_al(t) and not t.startswith("لل"):
            nisba = bool(_NISBA.search(t))
            if nisba or t in _FREE_ADJECTIVES:
                after_nisba = after_nisba or nisba
                j += 1
                continue
            if after_nisba or definite or plain >= (1 if not person else 2) or _verb_lemma(t):
                break
            plain += 1
            j += 1
            continue
        if t.startswith("لل") and len(t) > 4 and t not in _ADDRESSEES:
            j += 1  # للانتخابات، للأمم
            plain, after_nisba, definite = 0, False, True
            continue
        if not after_nisba and (_is_institution(t) or _is_place(t)):
            if definite and _is_institution(t) and not _is_place(t) and _is_al(toks[j - 1].text):
                break  # no construct after a definite noun: "واتهمت اللجان قوات الدعم السريع" has an object
            j = _quoted_org_name(toks, j + 1)  # شركة "سامسونغ"
            plain, definite = 0, False
            continue
        if t[:1] == "ل" and len(t) > 3 and (t[1:] not in _MEDIA or person and _media_employer(toks, j + 1)) \
                and (_is_institution(t[1:]) or _is_place(t[1:]) or _is_title(t[1:])
                     or (j + 1 < n and (_is_al(toks[j + 1].text) or _coordinated_construct(toks, j + 1))
                         and not t.startswith("لل"))):
            j += 1  # لحلف، لمنطقة، لشؤون، لكرة القدم، لحماية (وإرشاد المستهلك)
            if t[1:] in _NAMED_ORGS:
                j = _quoted_name(toks, j)  # "المدير العام لشركة "أوراسكوم" …"
            plain, after_nisba, definite = 0, False, False
            continue
        if person and (t.startswith("بال") and len(t) > 4 or t[:1] == "ب" and _is_institution(t[1:])) \
                and (_is_title(toks[j - 1].text) or toks[j - 1].text.startswith("بال")):
            j += 1  # "المكلف بالإعلام بالمديرية العامة": who he serves, and where
            plain, after_nisba, definite = 0, False, t.startswith("بال")
            continue
        if person and not _is_al(t) and _NISBA.search(t) and t.isalpha() and _is_institution(toks[j - 1].text) \
                and not _is_al(toks[j - 1].text):
            j += 1  # an indefinite workplace and its adjective: "صاحب مكتب عقاري"
            continue
        if _plural_title_construct(t) and j + 1 < n and _is_al(toks[j + 1].text):
            j += 1  # مجلس مفوضي الهيئة، نقيب ممثلي المهن
            plain, definite = 0, False
            continue
        prev = toks[j - 1].text
        if prev[:1] == "ل" and len(prev) > 3 and _is_institution(prev[1:]):
            prev = prev[1:]  # "لشؤون أسرى الحرب": the genitive after ل is in construct as after the bare noun
        # An indefinite institution noun is in construct: the plain noun after it is its genitive.
        if (not _is_al(t) and not _is_al(prev) and (_is_institution(prev) or _is_title(prev)) and j + 1 < n
                and t not in _ROLE_ADJECTIVES  # "مصادر مطلعة القيمة السوقية": an adjective, then the object
                and _is_al(toks[j + 1].text) and (_masdar_like(t) or _is_institution(prev) and _name_like(toks[j]))):
            j += 1  # مركز رصد الزلازل، جهاز حماية المستهلك، محلل أسواق الطاقة، شعبة مواد البناء
            plain, definite = 0, False
            continue
        if (not _is_al(prev) and _is_institution(prev) and j + 2 < n and _masdar_like(t, weak=False)
                and _masdar_like(toks[j + 1].text) and not _is_al(toks[j + 1].text) and _is_al(toks[j + 2].text)
                and not toks[j].tanween and not toks[j + 1].tanween):
            j += 2  # two nouns in construct: نقابة أصحاب محطات المحروقات، رابطة منتجي زيوت الطعام
            plain, definite = 0, False
            continue
        if t[:1] == "و" and len(t) > 4 and (_is_al(t[1:]) or _is_institution(t[1:])):
            j += 1  # إدارة الكوارث والطوارئ، وزارة الخارجية والتعاون الدولي
            continue
        if _coordinated_construct(toks, j):
            j += 2  # a coordinated portfolio in construct: وزير التجارة وترقية الصادرات
            continue
        nxt = toks[j + 1].text if j + 1 < n else ""
        if t in ("باسم", "لدي") and j + 1 < n:
            # A body named in one word or in quotes: "المتحدثة باسم يونيسف، تيس إنغرام،"، "المحللة لدى «كاناليس»"
            quoted_end = _quoted_name(toks, j + 1)
            if quoted_end > j + 1 or (_name_like(toks[j + 1]) and not _prepositional(nxt)):
                j = quoted_end if quoted_end > j + 1 else j + 2
                plain, after_nisba, definite = 0, False, False
                continue
        if (t in ("باسم", "لدي") or t == "عن" and person) and nxt \
                and (_is_al(nxt) or _is_institution(nxt) or _is_place(nxt)):
            j += 1
            plain, after_nisba, definite = 0, False, False
            continue
        if person and t in ("في", "فى"):
            # "رئيس لجنة الشؤون الخارجية في مجلس الدوما ليونيد سلوتسكي": keep the place only
            # when a name follows it; otherwise "في" opens an adverbial.
            m = j + 1
            while m < n and (_is_al(toks[m].text) or _is_institution(toks[m].text) or _is_place(toks[m].text)
                             or (m == j + 1 and _field_construct(toks, m))):
                m = _quoted_org_name(toks, m + 1)  # "في مؤسسة "إنرجي أسبكتس" أمريتا سين"
            if m > j + 1 and m < n and _org_own_name(toks, m):
                # "في حركة فتح محمود العالول": فتح names the movement; a person's name must follow it.
                if _starts_person_name(toks, m + 1) and _name_run(toks, m + 1, already=0) > m + 1:
                    j = m + 1
                    continue
                break
            # A first name shaped like a verbal noun (أسامة، نادية) counts when a name of two words runs on.
            if m > j + 1 and _masdar_like(toks[m].text) and _closed_two_word_name(toks, m) > m:
                return m + 2  # a first name in ة and a surname that a comma closes: "في الديمغرافيا نزهة الوافي،"
            if m > j + 1 and m < n and _starts_person_name(toks, m) \
                    and (not _masdar_like(toks[m].text) or _name_run(toks, m, already=0) >= m + 2):
                end = _name_run(toks, m, already=0)
                if end < n and toks[end].text.startswith("لل") and toks[end].text not in _ADDRESSEES:
                    j = end  # a person's name inside the body's: "في مركز الملك عبدالله للدراسات …"
                    plain, after_nisba, definite = 0, False, True
                    continue
                j = m
                continue
        break
    return j


# Titles sent somewhere, whose destination is part of the title: "المبعوث الخاص إلى اليمن"، "السفير إلى الأمم المتحدة".
_ENVOY_TITLES = _words("مبعوث مبعوثة سفير سفيرة ممثل ممثلة مندوب مندوبة")


def _envoy_destination(toks: list[_Tok], j: int) -> int:
    """Return the end of "إلى + place" at toks[j] after an envoy's title, or j.

    The place must close the title: a comma, إن/أن, or a name follows ("المبعوث إلى ليبيا عبد الله باتيلي").
    "وأشار المبعوث إلى اليمن باعتباره …" or "دعا السفير إلى الهدوء" keep إلى as the verb's complement.
    """
    n = len(toks)
    m = j + 1
    if m >= n or not _is_place(toks[m].text):
        return j
    m += 1
    while m < n and (toks[m].text in _PLACE_TAILS or _adjective_at(toks, m)):
        m += 1
    closed = m < n and (toks[m].text in "،," or toks[m].text in _THAT
                        or (_name_like(toks[m]) and not _is_place(toks[m].text) and not _masdar_like(toks[m].text)))
    return m if closed else j


def _media_employer(toks: list[_Tok], m: int) -> bool:
    """Say whether "لوكالة …" names where a titled person works: ال- words, then a title or a name closed by إن/أن.

    "الرئيس التنفيذي لوكالة الفضاء المصرية الدكتور شريف صدقي"; "قال الوزير لوكالة الأنباء الفرنسية إن"
    speaks to the agency.
    """
    n = len(toks)
    k = m
    while k < n and k - m < 4 and _is_al(toks[k].text) and not _is_title(toks[k].text) and toks[k].text not in _STOP:
        k += 1
    if k == m or k >= n:
        return False
    return _is_title(toks[k].text) and _is_al(toks[k].text) and k + 1 < n and _name_like(toks[k + 1])


def _coordinated_construct(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is و + a verbal noun in construct with an ال- noun: "وترقية الصادرات"، "وإرشاد المستهلك"."""
    t = toks[m].text
    return (t[:1] == "و" and m + 1 < len(toks) and _is_al(toks[m + 1].text)
            and _masdar_like(t[1:], weak=False))


def _field_construct(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] heads a field in construct with an ال- noun: "في سوق العمل"، "في علم الاجتماع"."""
    t = toks[m].text
    return (m + 1 < len(toks) and _is_al(toks[m + 1].text) and t.isalpha() and t not in _STOP
            and not _verb_lemma(t) and not _is_title(t) and not toks[m].tanween)


def _org_own_name(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is the one-word proper name of the indefinite organisation noun before it: حركة فتح."""
    prev = toks[m - 1].text
    return prev in _NAMED_ORGS and not _is_al(prev) and _name_like(toks[m]) and toks[m].text[:1] not in "بل"


def _starts_person_name(toks: list[_Tok], m: int) -> bool:
    """Say whether a name word starts at toks[m]; a ب/ل word only with another name word after it."""
    n = len(toks)
    return m < n and _name_like(toks[m]) and (toks[m].text[:1] not in "بل" or (m + 1 < n and _name_like(toks[m + 1])))


def _starts_name(toks: list[_Tok], j: int) -> bool:
    """Say whether a title that is also a first name (أمير، أمين، رائد) starts a name here.

    "المدير الرياضي للنادي أمير توفيق إن": a name word follows and the phrase ends after it (or
    after one or two more name words); "نائب أمير منطقة الرياض" and "أمين عام الحزب" stay titles.
    """
    n = len(toks)
    t = toks[j].text
    if t not in _TITLE_NAMES or j + 1 >= n:
        return False
    nxt = toks[j + 1]
    if not _name_like(nxt) or _is_title(nxt.text) or _is_institution(nxt.text) or _is_place(nxt.text):
        return False
    return _ends_phrase(toks, j + 2) or _name_like(toks[j + 2]) or (
        _is_al(toks[j + 2].text) and _ends_phrase(toks, j + 3))


def _plural_title_construct(t: str) -> bool:
    """Say whether t is a title's sound plural in construct: مفوضي، ممثلي، موظفي (of مفوض، ممثل، موظف)."""
    stem = t[:-1]
    return t.endswith("ي") and len(stem) >= 3 and (stem in _PERSON_TITLES or stem in _UNNAMED_ROLES)


# Where an unnamed source works without being an institution: "مصدر في مطار بغداد"، "مسؤول في الميناء".
_WORKPLACES = _words("مطار ميناء معبر سجن مخيم معسكر مصنع منجم مصفاة")


def _role_place(toks: list[_Tok], j: int, *, places_only: bool = False) -> int:
    """Extend an unnamed role with where it works: "مسؤول في الدفاع المدني"، "مصدر في الرئاسة"."""
    n = len(toks)
    if j < n and toks[j].text in ("في", "فى", "ب") and j + 1 < n:
        m = j + 1
        if toks[m].text in _COMPASS and m + 1 < n:
            m += 1
        if not (_is_place(toks[m].text) or (not places_only and (
                _is_institution(toks[m].text) or _strip_al(toks[m].text) in _WORKPLACES))):
            return j
        while m < n and m - j <= 5 and toks[m].text not in _TEMPORAL and not _participle_clause(toks, m) and (
                _is_al(toks[m].text) or _is_institution(toks[m].text) or _is_place(toks[m].text)
                or (_name_like(toks[m]) and _is_institution(toks[m - 1].text) and not _is_al(toks[m - 1].text))):
            m += 1  # ولاية هاتاي، محافظة البصرة
        if m > j + 1 and (_ends_phrase(toks, m) or _participle_clause(toks, m)
                          or (toks[m].text[:1] == "ل" and _ends_phrase(toks, m + 1))):
            return m  # "مسؤول في وزارة الطاقة لرويترز بأن"
    return j


# A preposition with a pronoun after an ال- participle: "الحكومة المعترف بها دولياً"، "الجهة المسؤول عنها".
_PRONOUN_PREPS = _words("به بها بهم عنه عنها عنهم لها له لهم فيها فيه عليها عليه")


def _participle_clause(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is an ال- participle with its own complement, which describes and ends a place phrase."""
    return m + 1 < len(toks) and _is_al(toks[m].text) and toks[m + 1].text in _PRONOUN_PREPS


def _ends_time(toks: list[_Tok], j: int) -> bool:
    return j < len(toks) and (toks[j].text in _TEMPORAL or toks[j].text.isdigit())


def _name_run(toks: list[_Tok], j: int, *, already: int, objects: bool = True) -> int:
    """Return the end of a personal name: up to four name tokens, particles, an ال- surname."""
    n, count = len(toks), already
    while j < n and count < 5:
        tok = toks[j]
        t = tok.text
        if t in _NAME_PARTICLES and j + 1 < n and toks[j + 1].text not in _STRONG_END:
            j += 2  # عبد الله، بن سلمان، أبو الغيط، فون دير لاين
            count += 1
            continue
        if not objects and count >= 1 and t == "بلا" and j + 1 < n and toks[j + 1].text.isalpha():
            j += 2  # an organisation's name: أطباء بلا حدود، مراسلون بلا حدود
            count += 1
            continue
        if _name_like(tok):
            nxt = toks[j + 1] if j + 1 < n else None
            if t == "علي" and not (nxt is not None and (nxt.text in _PLAIN_THAT or nxt.text in _STRONG_END
                                                       or (_name_like(nxt) and not _masdar_like(nxt.text))
                                                       or (_name_like(nxt) and j + 2 < n
                                                           and toks[j + 2].text in _VERB_SURFACE)
                                                       or (_is_al(nxt.text) and _ends_phrase(toks, j + 2)))):
                break  # "على" written with ي, as many Egyptian texts do: "أكد الوزير علي ضرورة"
            if len(t) > 4 and t[0] in "بل" and (_is_institution(t[1:]) or _is_title(t[1:])):
                break  # "قال الرئيس لوكالة رويترز"، "بمديرية الصحة": no name starts with a preposition
            if count >= 1 and t in _DESCRIBING_VERBS:
                break  # "مهاجر سوداني ناجٍ يبلغ من العمر 19 عاماً": a clause describes him
            if (count >= 1 and objects and _prepositional(t)) or (t[:1] == "ل" and _addressee_end(toks, j) > j):
                break  # "كابل بإيواء"، "فاطمة جعفري لبي بي سي"، "الوزير لرويترز": an object or who is told
            if count >= 1 and _is_institution(t) and not _is_al(t) and nxt is not None \
                    and (nxt.text in _PLAIN_THAT or nxt.text in "،,:"):
                j += 1  # a surname that is also a common noun, closed by a comma: "عزمي محافظة،"
                count += 1
                break
            if (_is_title(t) and t not in _TITLE_NAMES) or _is_institution(t):
                break  # an object: "اتهم الوزير حركة حماس"
            if _is_place(t) and (count >= 1 or nxt is None or not _name_like(nxt) or _is_place(nxt.text)):
                break  # "دعا ستولتنبرغ كوريا الجنوبية": the object starts
            if count >= 1 and nxt is not None and (nxt.text in _PLAIN_THAT or nxt.text in ":،,"
                                                   or nxt.text in _VERB_SURFACE):
                j += 1  # the phrase ends right before إن/أن or a speech verb: "ناصر جبور إن"، "سامي شحادة قال"
                count += 1
                break
            if not objects and count >= 1 and _masdar_like(t, weak=False):
                break  # "منظمة أوبك ارتفاع الطلب"
            if objects and (
                    (count >= 1 and _masdar_like(t))
                    or (count == 0 and (
                        (_prepositional(t) or _masdar_like(t) or (t[:1] in "بل" and _masdar_like(t[1:])))
                        and nxt is not None and _is_al(nxt.text) and not _surname_before_that(toks, j + 1)))
                    or (count == 0 and (_prepositional(t) or _masdar_like(t, weak=False))
                        and not (nxt is not None and _name_like(nxt) and not _masdar_like(nxt.text)))):
                break  # "وصف الرئيس يون سوك يول نشر القوات"، "أشاد الرئيس بجهود"، "أعلن الحاكم حالة الطوارئ"
            if count >= 4 or (count >= 1 and t[:1] == "و" and len(t) > 3 and t not in _W_NAMES):
                break  # "وقال كلمته ومضى"، "جو بايدن ووزير خارجيته"
            j += 1
            count += 1
            continue
        if count >= 1 and t in _NAME_AL:
            j += 1  # عبيد الله، نصر الله، نور الدين
            continue
        if count == 0 and _al_first_name(toks, j):
            j += 1  # "الحسين عموتة أن"، "الطاهر ساتي إن"
            count += 1
            continue
        if count >= 1 and _is_al(t) and t not in _STOP and not t.startswith("لل"):
            # An ال- surname: "أيمن الصفدي إن"، "محمد شياع السوداني بانسحاب"; "العبد" takes the
            # next ال- word with it, and the pair is a name whatever follows: "خالد العبد الله".
            m = j + 2 if t in _AL_PARTICLES and j + 1 < n and _is_al(toks[j + 1].text) else j + 1
            nxt_text = toks[m].text if m < n else ""
            if nxt_text in _LINEAGE and m + 1 < n and _name_like(toks[m + 1]):
                j, count = m, count + 1  # "سعود الفيصل آل سعود": the name goes on
                continue
            closed = nxt_text in _PLAIN_THAT or nxt_text in _STRONG_END
            plural_object = _SOUND_PLURAL.match(t) and not closed
            if _is_institution(t) and not closed:
                break  # "ودعا الإعلامي عمرو أديب الحكومة إلى": an object; "فراس الأبيض، الذي" stays a name
            if m == j + 2 or (_ends_phrase(toks, m) and not plural_object) \
                    or (_NISBA.search(toks[m - 1].text) and nxt_text[:1] in ("ب", "ل")) \
                    or _object_after_surname(t, nxt_text) \
                    or (nxt_text[:1] == "ل" and _addressee_end(toks, m) > m) \
                    or (_MASDAR_FORMS.search(nxt_text) and m + 1 < n and _is_al(toks[m + 1].text)
                        and not _NISBA.search(toks[m + 1].text)) \
                    or (nxt_text and not _is_al(nxt_text) and _is_title(nxt_text)):
                j = m
            elif _second_surname(toks, m):
                j = m + 1  # two ال- words right before إن/أن: "محمد الأمين الشنقيطي إن"
            elif _last_name_word(toks, m):
                j = m + 1  # a plain word after the ال- surname ends the name: "سهام البوغديري نمصية خلال"
        break
    return j


# Imperfect verbs that open a clause describing an unnamed person, never part of a name.
_DESCRIBING_VERBS = _words("يبلغ تبلغ يعمل تعمل يقيم تقيم يسكن تسكن يعيش تعيش")


def _last_name_word(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m], a plain word after an ال- surname, ends a name: a preposition or punctuation follows.

    "وزيرة المالية سهام البوغديري نمصية خلال ردها"; an object ("تأجيل الانتخابات"، "استقالته،") is not taken.
    """
    if m >= len(toks):
        return False
    tok = toks[m]
    t = tok.text
    return (_name_like(tok) and not (_is_title(t) or _is_institution(t) or _is_place(t))
            and not _masdar_like(t, weak=False) and not _POSSESSED.search(t) and not _prepositional(t)
            and t[:1] not in "بل" and _ends_phrase(toks, m + 1) and m + 1 < len(toks)
            and toks[m + 1].text not in _THAT)


def _object_after_surname(t: str, nxt: str) -> bool:
    """Say whether the ال- word t is a surname because a definite verbal noun, the verb's object, follows.

    "وعزا عضو النقابة طوني الحايك الارتفاع إلى": الارتفاع (افتعال) is the object, الحايك the surname.
    """
    return (_is_al(nxt) and not nxt.startswith("لل") and bool(_MASDAR_FORMS.search(_strip_al(nxt)))
            and not _masdar_like(_strip_al(t), weak=False) and not _SOUND_PLURAL.match(t))


# A sound plural is no family name: "ودعت آفاد المواطنين إلى" has an object after the subject.
_SOUND_PLURAL = re.compile(r"^ال.{4,}(?:ين|ون)$")


def _plain_al_word(t: str) -> bool:
    """Say whether an ال- word can be part of a name: not a title, body, place, plural or adjective of origin."""
    return (_is_al(t) and not t.startswith("لل") and t not in _STOP and not _verb_lemma(t)
            and not (_is_title(t) or _is_institution(t) or _is_place(t))
            and not _SOUND_PLURAL.match(t) and not _NISBA.search(t))


def _surname_before_that(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is an ال- surname right before إن/أن: "السيدة فاطمة الزهراني إنها".

    A first name in ة looks like a verbal noun with its object ("أعلن الحاكم حالة الطوارئ"); إن/أن
    right after the ال- word tells the name. Adjectives of origin are surnames too (الزهراني).
    """
    if m + 1 >= len(toks):
        return False
    t = toks[m].text
    surname = _is_al(t) and not t.startswith("لل") and t not in _STOP and not _masdar_like(t, weak=False) \
        and not (_is_title(t) or _is_institution(t) or _is_place(t))
    return surname and toks[m + 1].text in _PLAIN_THAT


def _surname_word(t: str) -> bool:
    """Say whether the ال- word t can be a family name (الزهراني، العلي): no title, body, place or verbal noun."""
    return (_is_al(t) and not t.startswith("لل") and t not in _STOP and not _masdar_like(t, weak=False)
            and not (_is_title(t) or _is_institution(t) or _is_place(t)) and not _SOUND_PLURAL.match(t))


def _al_first_name(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is a first name written with ال- that starts a name: "الحسين عموتة أن".

    Maghrebi and Sudanese first names (الحسين، الطاهر، المختار) take ال-. Only a run of plain
    name words after it that إن/أن, a comma or a colon closes makes it a name, so an object
    ("أبلغ المدرب اللاعبين أن"، "أكد الوزير الالتزام الكامل") is not taken.
    """
    if j + 1 >= len(toks) or not _plain_al_word(toks[j].text) or _masdar_like(_strip_al(toks[j].text), weak=False):
        return False
    end = _name_run(toks, j + 1, already=1)
    return end > j + 1 and end < len(toks) and not _is_al(toks[end - 1].text) \
        and (toks[end].text in _PLAIN_THAT or toks[end].text in "،,:")


def _second_surname(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is a second ال- surname word that ends the phrase: "محمد الأمين الشنقيطي إن".

    Only a speech complement or a comma may follow, so an object ("الالتزام الكامل") is not taken.
    """
    if m + 1 >= len(toks):
        return False
    t, after = toks[m].text, toks[m + 1].text
    return (_is_al(t) and t not in _STOP and not t.startswith("لل") and not _masdar_like(t, weak=False)
            and (after in _PLAIN_THAT or after in "،,:"))


def _quoted_org_name(toks: list[_Tok], j: int) -> int:
    """Return the end of a quoted proper name right after an indefinite organisation noun: شركة "سامسونغ"."""
    prev = toks[j - 1].text
    if _is_al(prev) or prev not in _NAMED_ORGS:
        return j  # "قال مدير الشركة "لن نتراجع"": a definite noun is not followed by its name
    return _quoted_name(toks, j)


def _quoted_name(toks: list[_Tok], j: int) -> int:
    """Return the end of a quoted or bracketed proper name after an organisation: “يونهاب”."""
    n = len(toks)
    if j < n and toks[j].text in _QUOTES + "(":
        for m in range(j + 1, min(n, j + 5)):
            if toks[m].text in _QUOTES + ")":
                return m + 1 if m > j + 1 else j
            if not toks[m].text.isalnum():
                break
    return j


def _coordination(toks: list[_Tok], j: int) -> int:
    """Return the end of coordinated names/places: "كوريا الجنوبية وأوكرانيا والغرب"."""
    n = len(toks)
    while j < n:
        t = toks[j].text
        if not (t.startswith("و") and len(t) > 3):
            break
        rest = t[1:]
        if not (_is_place(rest) or (_is_al(rest) and rest not in _STOP and not _verb_lemma(rest))):
            break
        if _is_al(rest) and not _ends_phrase(toks, j + 1) and not _NISBA.search(toks[j + 1].text if j + 1 < n else ""):
            break  # "والاتفاق النهائي" is more likely an object than a second speaker
        j += 1
        while j < n and _is_al(toks[j].text) and _NISBA.search(toks[j].text):
            j += 1
    return j


def _closed_two_word_name(toks: list[_Tok], m: int) -> int:
    """Return the end of a first name and an ال- surname that a comma or إن/أن closes, or m.

    A first name shaped like a verbal noun (أسامة، نادية، نزهة) reads as a verb's object before an
    ال- word ("أعلن الحاكم حالة الطوارئ"); the closing comma after the surname tells the name.
    """
    n = len(toks)
    closed = m + 2 < n and (toks[m + 2].text in "،,:" or toks[m + 2].text in _PLAIN_THAT)
    if not closed or _is_institution(toks[m].text) or _is_title(toks[m].text) or _is_place(toks[m].text):
        return m  # "، إدارة المرور،": a body, not a person
    return m + 2 if _surname_word(toks[m + 1].text) and _starts_person_name(toks, m) else m


def _apposition(toks: list[_Tok], j: int, *, min_words: int) -> int:
    """Extend a title with a name set off by commas: "عمدة خاركيف، إيهور تيريخوف،"."""
    n = len(toks)
    if j < n and toks[j].text in "،,":
        m = j + 1
        if m < n and _is_title(toks[m].text) and not _starts_name(toks, m):
            m = _title_chain(toks, m + 1, person=True, head=_strip_al(toks[m].text))
        named_end = _name_run(toks, m, already=0)
        if named_end == m:
            named_end = _closed_two_word_name(toks, m)  # "الناطق باسم الجهاز، أسامة الفرجاني،"
        elif _closing_ba_surname(toks, named_end):
            named_end += 1  # "رئيس النقابة، ياسر باعباد،": a surname in با/بو/بل/لـ, not a preposition
        m = named_end if named_end > m else _al_name_run(toks, m)
        words = sum(1 for x in toks[j + 1:m] if x.text.isalpha())
        if words >= min_words and m - j <= 9 and (m >= n or toks[m].text in _STRONG_END or toks[m].text in _THAT):
            return m
    return j


def _closing_ba_surname(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m], a word in ب/ل that the name run left out, is the surname that closes an apposition.

    Hadrami and Maghrebi family names start with با، بو، بل or لـ (باعباد، بوعلام، لحلو); set off by
    commas right after a first name they are no preposition with its object. Who is told
    (لرويترز، للصحفيين) and a body or title after the preposition (بوزارة) stay out.
    """
    if m + 1 >= len(toks) or toks[m + 1].text not in "،,":
        return False
    t = toks[m].text
    return (t[:1] in "بل" and _name_like(toks[m]) and not t.startswith(("بال", "لل")) and len(t) > 3
            and not _is_title(t[1:]) and not _is_institution(t[1:]) and not _is_place(t[1:])
            and not (_CLITIC_END.search(t) and not (t.startswith("با") and t.endswith("ه")))
            and _addressee_end(toks, m) == m)  # باسلامة folds to ه as بجهوده does; با- tells the name


def _al_name_run(toks: list[_Tok], j: int) -> int:
    """Return the end of a name whose every word has ال- and that a comma or إن/أن closes.

    Maghrebi and Sudanese names often start with ال-: "، الطاهر المرضي، إن". Two or three such
    words are read as a name only when none is a date, title, institution or place word.
    """
    m = j
    while m < len(toks) and m - j < 3:
        t = toks[m].text
        if not _is_al(t) or t.startswith("لل") or t in _STOP or _is_title(t) or _is_institution(t) \
                or _is_place(t) or _verb_lemma(t):
            break
        m += 1
    closed = m < len(toks) and (toks[m].text in "،,:" or toks[m].text in _THAT)
    return m if m - j >= 2 and closed else j


def _workplace_apposition(toks: list[_Tok], j: int) -> int:
    """Extend a title with where its holder works and a name set off by commas.

    "مديرة صندوق النقد الدولي في واشنطن، كريستالينا غورغييفا،": the place phrase after في runs to
    the comma, and the name must close the apposition as _apposition requires; "في مؤتمر صحفي،
    الأحد،" has no name there and is left alone. A body in ل that the title chain could not read
    runs to the comma the same way: "المتحدث باسم الهيئة القومية لسكك حديد مصر، المهندس هشام الشاذلي،".
    """
    n = len(toks)
    if j >= n or not (toks[j].text in ("في", "فى") or _lam_genitive(toks, j)):
        return j
    m, words = (j + 1, 0) if toks[j].text in ("في", "فى") else (j, 0)
    # Quote marks around the workplace's own name do not end it: "في شركة "دروري" للاستشارات البحرية،".
    # The quote closing a name is taken past the five words: "في شركة الوساطة البحرية "ماريتايم ريسك"،".
    while m < n and (toks[m].text in _QUOTES or words < 5 and toks[m].text.isalpha() and toks[m].text not in _STOP
                     and not _verb_lemma(toks[m].text)):
        words += toks[m].text.isalpha()
        m += 1
    if not words or m >= n or toks[m].text not in "،,":
        return j
    end = _apposition(toks, m, min_words=2)
    return end if end > m else j


def _lam_genitive(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is ل + a plain noun that can open the rest of a title's body ("لسكك حديد مصر").

    Not who is told (لرويترز، للصحفيين، لـ), a pronoun (لضيفه، لها) or a name of its own.
    """
    if j >= len(toks):
        return False
    t = toks[j].text
    return (len(t) > 3 and t[0] == "ل" and not t.startswith("لل") and t.isalpha() and not toks[j].tanween
            and t not in _STOP and not _CLITIC_END.search(t) and not _is_title(t) and not _is_institution(t)
            and not _is_place(t) and _addressee_end(toks, j) == j)


# --------------------------------------------------------------------------- one sentence


def _tokens(norm: _NormalizedView, raw: str, parts: list[str] | None = None) -> list[_Tok]:
    """Return the word and punctuation tokens of a normalised sentence (parts: its split, if known)."""
    # split() gives gap, token, gap, token, …, gap (gaps are whitespace only): offsets and tokens
    # come from C-level iteration instead of a Python loop per token.
    if parts is None:
        parts = _TOKEN_SPLIT.split(norm.text)
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=0))
    starts, ends = offsets[1::2], offsets[2::2]
    if "آ" in raw:
        _unfold_madda_names(words, starts, ends, norm, raw)
    marked: list[bool] | repeat = repeat(False)
    if norm.tanween:
        # A token carried tanween when the mark sat at its end or just before its last letter.
        marked = [False] * len(words)
        for p in norm.tanween:
            i = bisect.bisect_left(ends, p)
            while i < len(ends) and ends[i] <= p + 1:
                marked[i] = True
                i += 1
    written: list[str] | repeat = repeat("")
    if not _FOLDED_AWAY.isdisjoint(words):
        # The raw spelling matters only for words that folding makes ambiguous (إمام/أمام، علي/على).
        written = [""] * len(words)
        for i in compress(count(), map(_FOLDED_AWAY.__contains__, words)):
            written[i] = raw[norm.raw(starts[i]):_raw_end(raw, norm.raw(ends[i] - 1) + 1)]
    return list(map(_new_tok, repeat(_Tok), zip(words, starts, ends, marked, written)))


def _unfold_madda_names(words: list[str], starts: list[int], ends: list[int], norm: _NormalizedView,
                        raw: str) -> None:
    """Give back the آ of words that it alone tells from a speech verb: آفاد (an agency) / أفاد.

    No speech verb is written with an initial آ, so such a word is a name; the token keeps its
    offsets (آ and ا are one letter each) and only stops matching the verb table.
    """
    for i in compress(count(), map(_VERB_SURFACE.__contains__, words)):
        written = _DROP.sub("", raw[norm.raw(starts[i]):_raw_end(raw, norm.raw(ends[i] - 1) + 1)])
        at = 1 if written[:1] in ("و", "ف") else 0
        if written[at:at + 1] == "آ":
            words[i] = words[i][:at] + "آ" + words[i][at + 1:]


_TOK_TEXT = itemgetter(0)  # _Tok.text
_new_tok = tuple.__new__  # skips the named tuple's Python-level __new__: sentences have many tokens
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def _raw_end(raw: str, end: int) -> int:
    """Return end moved past the diacritics that belong to the letter before it."""
    m = _DROP_RUN.match(raw, end)
    return m.end() if m else end


def _clause_start(toks: list[_Tok], k: int) -> int:
    """Return the index of the first token of the clause holding token k."""
    for m in range(k - 1, max(-1, k - 1 - _BACK_WINDOW), -1):
        if toks[m].text in "،,؛;:":
            return m + 1
    return 0 if k <= _BACK_WINDOW else k - _BACK_WINDOW


def _has_complement(toks: list[_Tok], j: int, lemma: str) -> bool:
    """Say whether a speech complement follows (إن/أن, a colon, a quote, قائلا, a preposition)."""
    if lemma in ("رفض", "نفى"):
        return j < len(toks)  # they take a plain object: "نفى الوزير وجود مفاوضات"
    if lemma == "أرجع":
        return _cause_to(toks, j)
    if toks and toks[0].text in _QUOTES:
        return True  # the quotation came first: "\"…\"، كتب غوتيريش"
    prev = ""
    for m, tok in enumerate(toks[j:j + 25], j):
        t = tok.text
        if _verb_lemma(t) and t not in _PARTICIPLES and prev != "عدم":  # "عدم ذكر اسمها": a verbal noun
            return False  # the إن/أن further on is another verb's: "كشفت الشركة خطة، لكن مصدراً أكد أن"
        prev = t
        if t in _THAT or t == ":" or t in _QUOTES or t in _PARTICIPLES or t == "بالقول":
            return True
        if lemma == "كشف" and (t == "عن" or m == _past_inserts(toks, j) and _strip_al(t) in _REVEALED):
            return True  # "كشفت المندوبية، أمس، النتائج الأولية للإحصاء"
        if lemma == "نقل" and t == "عن":
            # "نقلت رويترز، اليوم، عن مصدر": عن right after the subject; "نقلت الشاحنات البضائع عن طريق البحر"
            # carries goods.
            return _past_inserts(toks, j) == m
        if lemma in ("دعا", "لفت", "عزا") and t in ("الي", "إلى"):
            return True
        if lemma == "وصف" and t.startswith("ب") and (t in _THAT or t[1:] in _QUOTES):
            return True
    return False


# What "أرجع … إلى" traces back when it gives a cause: a reason, or a change named by its verbal noun.
_CAUSE_NOUNS = _words("سبب أسباب السبب الأسباب ذلك هذا هذه")
# "أرجعت اللجنة قرارها إلى تراجع التضخم": a decision traced back to its reason, as a change is.
_DECISION_NOUNS = _words("قرار قراره قرارها قرارهم القرار قرارات قراراته قراراتها خطوة خطوته خطوتها الخطوة")
_CHANGE_MASDAR = re.compile(r"^(?:ت..ي.|ا.ت.ا.|ان..ا.|است..ا.|ت.ا..)$")  # التراجع، الارتفاع، الانخفاض، التأخير


def _cause_to(toks: list[_Tok], j: int) -> bool:
    """Say whether "أرجع X" goes on with a cause and إلى: "أرجع الوزير ارتفاع الأسعار إلى الجفاف".

    "أرجعت السلطات المهاجرين إلى بلدانهم"، "أرجع اللاعب الكرة إلى الحارس" send something back: no cause.
    """
    cause = False
    for tok in toks[j:j + 20]:
        t = tok.text
        if t in ("الي", "إلى"):
            return cause
        if _verb_lemma(t) or t in _THAT:
            return False
        if t in _CAUSE_NOUNS or t in _DECISION_NOUNS or _CHANGE_MASDAR.match(_strip_al(t)):
            cause = True
    return False


# What a body reveals as a plain object of كشف: results and figures ("كشف" is also a list or an examination).
_REVEALED = _words("نتائج أرقام تفاصيل حصيلة بيانات معطيات إحصاءات إحصائيات")


def _past_inserts(toks: list[_Tok], j: int) -> int:
    """Return j moved past commas and adverbs: "نقلت الوكالة، مساء اليوم، عن" → at عن."""
    n = len(toks)
    while j < n and toks[j].text in "،,":
        j += 1
    j = _skip_adverbs(toks, j)
    while j < n and toks[j].text in "،,":
        j += 1
    return j


def _reports_speech(toks: list[_Tok], j: int) -> bool:
    """Say whether reported speech (إن/أن, a colon, a quote) follows token j closely."""
    return any(t.text in _THAT or t.text == ":" or t.text in _QUOTES for t in toks[j:j + 4])


_SPEECH_PARTICIPLE_WINDOW = 16


def _speech_participle(toks: list[_Tok], j: int) -> bool:
    """Say whether "، قائلاً:" (or مضيفاً/مؤكداً + إن/أن, a colon, a quote) closes the clause from token j.

    "المخرجة X، التي أعربت عن سعادتها بالمشاركة، قائلة: «…»": the relative clause's antecedent speaks.
    """
    end = min(len(toks), j + _SPEECH_PARTICIPLE_WINDOW)
    for m in range(j, end - 1):
        t = toks[m].text
        if t in ".؟?!؛;":
            return False
        if t in "،," and toks[m + 1].text in _PARTICIPLES:
            return _reports_speech(toks, m + 2)
    return False


def _skip_adverbs(toks: list[_Tok], j: int) -> int:
    """Return j moved past adverbs between a verb and its subject: "وقال أمس"، "أعلنت خلالها"."""
    n = len(toks)
    skipped = 0
    while j < n and skipped < 4:
        t = toks[j].text
        adverb = toks[j].tanween and t.endswith("ا") and j + 1 < n and _is_title(toks[j + 1].text)  # "مجدداً"
        if t in _ADVERBS_AFTER_VERB or adverb:
            j += 1
            skipped += 1
            continue
        if t == "من" and j + 1 < n and toks[j + 1].text in ("جهته", "جهتها", "جانبه", "جانبها"):
            j += 2
            skipped += 1
            continue
        if t in ("،", ",") and skipped:
            j += 1
            continue
        break
    return j


def _analyse(toks: list[_Tok], surnames: set[str] | frozenset[str] = frozenset()) \
        -> _Found | _Carry | _CarryBody | _CarryPrevious | None:
    """Find who speaks in one tokenised sentence (surnames: the last name words of the article's named speakers)."""
    n = len(toks)
    first_carry: _Carry | None = None
    # Only speech verbs start a reading: find them with C-level iteration, not a call per token.
    for k in compress(count(), map(_ANALYSE_SURFACE.get, map(_TOK_TEXT, toks))):
        tok = toks[k]
        lemma = _ANALYSE_SURFACE[tok.text]
        prev = toks[k - 1].text if k else ""
        # A dash ends a dateline: "عمان (رويترز) - قال متعاملون"; so does a slash after the outlet's
        # name at the sentence start: "شفق نيوز/ أعلنت الوزارة".
        clause_initial = (k == 0 or prev in "،,؛;:-–—" or prev in _PRE_VERB or prev in _RELATIVE
                          or (prev == "/" and k <= _DATELINE_WORDS)
                          or (prev in ")}]" and k <= _DATELINE_WORDS and _bracketed_dateline(toks, k - 1))
                          or (k == 1 and prev in ("و", "ف"))
                          or (tok.text[:1] == "ف" and _after_topic(toks, k)))  # "أما المشروع فأعلن الوزير أن"
        if tok.text in _GATED_SURFACE and tok.text not in _VERB_SURFACE:
            reader = _learned_subject if _GATED_SURFACE[tok.text] == "علم" else \
                lambda toks, k: _gated_subject(toks, k, surnames)
            gated = reader(toks, k) if clause_initial and prev not in _RELATIVE else None
            if gated:
                return _found(toks, gated, (tok.start, tok.end))
            if k == 0 and first_carry is None and tok.text in _EXPLAINED_OPENING and k + 1 < n \
                    and toks[k + 1].text in _PLAIN_THAT:
                first_carry = _Carry((tok.start, tok.end))  # "وبيّن أن …" opening a sentence, as "وأضاف أن"
            continue
        if not clause_initial and k >= 2 and prev in _STEP_NOUNS and toks[k - 2].text in ("في", "فى") \
                and k + 1 < n:
            # "خفّض البنك السعر …، في خطوة قال إنها …": the verb's subject follows it, or is the main clause's.
            phrase = _parse_np(toks, k + 1) if toks[k + 1].text not in _THAT else _main_clause_subject(toks, k - 2)
            if phrase:
                return _found(toks, phrase, (tok.start, tok.end))
        if clause_initial and prev in ("قد", "وقد") and _after_kana_subject(toks, k - 1):
            clause_initial = False  # "وكانت الحكومة قد أقرت خطة": the subject came before قد, خطة is the object
        if clause_initial:
            j = _skip_adverbs(toks, k + 1)
            told = _addressee_end(toks, j)
            addressed = told > j
            if addressed:
                # "قال لبي بي سي إن"، "صرح لـ"الشرق" بأن": who is told never speaks; a subject may follow
                # ("وقال لرويترز مسؤول في الوزارة إن"), else it came before the verb or is carried.
                j = _skip_adverbs(toks, told)
            phrase = _parse_np(toks, j) if not addressed or _subject_at(toks, j) else None
            if phrase is None and lemma in _RECORD_VERBS and not addressed:
                phrase = _recording_means(toks, j)
            if addressed and phrase and phrase.mode not in ("person", "org") \
                    and _strip_al(toks[phrase.start].text) not in _UNNAMED_SOURCES:
                phrase = None  # the rest of the outlet's name: "للجزيرة نت"، "لسكاي نيوز عربية"
            if phrase and lemma in _RECORD_VERBS and not _recorder(toks, phrase):
                phrase = None
            if phrase and lemma in _RULING_VERBS and not _court(toks, phrase):
                phrase = None
            if phrase and lemma in _ISSUING_VERBS | _LAUNCH_VERBS:
                phrase = _issuer_or_launcher(toks, phrase, lemma)
            if phrase and lemma in _DECISION_VERBS:
                phrase = _decision_maker(toks, phrase)
                source = _source_phrase(toks) if phrase else None
                if source:
                    return source  # "قررت الحكومة …، بحسب بيان لمكتب رئيس الوزراء": the statement reports the decision
            if phrase and prev in _RELATIVE and not _reports_speech(toks, phrase.end):
                # "كوريا الشمالية التي يتهمها الغرب بالرغبة في …": a side remark, not the source
                # of the sentence's main statement.
                phrase = None
            elif phrase and (lemma not in _NEEDS_COMPLEMENT or _has_complement(toks, phrase.end, lemma)):
                at = _past_inserts(toks, phrase.end) if lemma == "نقل" else n
                if at < n and toks[at].text == "عن":
                    sayer = _parse_np(toks, at + 1)  # "نقلت رويترز عن مصدر مطلع قوله"
                    if sayer:
                        return _found(toks, sayer, (tok.start, tok.end))
                if phrase.mode == "group" and phrase.end < n and toks[phrase.end].text in _SAME \
                        and _strip_al(toks[phrase.start].text) in _DATA_NOUNS:
                    return _CarryBody((tok.start, tok.end))  # "وأوضحت المعطيات ذاتها أن": the data named before
                if phrase.start == j and _authorless_document(toks, j):
                    # "وأوضح البيان أن"، "وأظهرت نشرة سوق العمل أن": the body that issued it spoke before.
                    return _CarryBody((tok.start, tok.end), _found(toks, phrase, (tok.start, tok.end)))
                sayer = _on_the_tongue_of(toks, phrase.end)
                if sayer:
                    return _found(toks, sayer, (tok.start, tok.end))
                return _found(toks, phrase, (tok.start, tok.end))
            if lemma == "نقل" and phrase is None:
                sayer = _relayed_sayer(toks, j)
                if sayer:
                    return _found(toks, sayer, (tok.start, tok.end))
            if prev in _RELATIVE and k >= 2 and (_reports_speech(toks, k + 1) or _speech_participle(toks, k + 1)):
                # "الزعيم الأوكراني فلاديمير زيلينسكي، الذي ادعى أن"، "النائب الذي اتهمه بأنه"
                phrase = _backward_np(toks, k - 2 if toks[k - 2].text in "،," else k - 1)
                if phrase:
                    return _found(toks, phrase, (tok.start, tok.end))
            if prev in "،," and phrase is None:
                phrase = _subject_before_relative(toks, k - 1)
                if phrase is None and not (tok.text[:1] in "وف" and _verb_lemma(tok.text[1:])):
                    # Only a verb without و/ف ends "X، …،": "، وقال" opens a new clause of the first subject.
                    phrase = _subject_before_insert(toks, k - 1)
                if phrase:
                    return _found(toks, phrase, (tok.start, tok.end))
            if phrase is None and prev in "،," and tok.text[:1] in "وف" and k >= 3:
                phrase = _first_clause_subject(toks, k)
                if phrase:
                    return _found(toks, phrase, (tok.start, tok.end))
            if phrase is None and prev in "،," and k >= 4:
                phrase = _kana_clause_subject(toks, k, lemma)
                if phrase:
                    return _found(toks, phrase, (tok.start, tok.end))
            if phrase is None and k + 1 < n and toks[k + 1].text in _DURING_IT:
                phrase = _event_agent(toks, k)
                if phrase:
                    return _found(toks, phrase, (tok.start, tok.end))
            if phrase is None and first_carry is None and (lemma not in _NO_CARRY or tok.text in _WENT_ON_TO_MENTION) \
                    and (k == 0 or (k == 1 and prev in ("و", "ف", "كما"))):
                first_carry = _Carry((tok.start, tok.end))
        # Subject-verb order: the whole clause before the verb is the subject.
        cs = _clause_start(toks, k)
        if cs < n and toks[cs].text in _KANA:
            cs += 1
        end = k - 1 if prev in ("قد", "وقد") else k
        if end == cs and prev in ("قد", "وقد") and k >= 3 and toks[k - 2].text in "،,":
            kana = _kana_before_apposition(toks, k - 2)
            if kana is not None:
                cs, end = kana + 1, k - 2  # "وكان وزير التجارة، الطيب زيتوني، قد أعلن"
        amma = False
        if tok.text[:1] == "ف":
            # "أما الوزارة، فأكدت أن"، "أما الوزارة فأكدت": the topic after أما is the subject of the ف- verb.
            if prev in "،," and k >= 3:
                topic = _clause_start(toks, k - 1)
                if toks[topic].text in _AMMA:
                    cs, end = topic, k - 1
            if cs < n and toks[cs].text in _AMMA:
                cs, amma = cs + 1, True
        cs, subject_toks = _past_contrast(toks, cs)
        if 0 < end - cs <= 12:
            phrase = _parse_np(subject_toks, cs)
            if amma and phrase and phrase.mode not in ("person", "org", "place") \
                    and _strip_al(toks[phrase.start].text) not in _UNNAMED_SOURCES:
                phrase = None  # "أما الاقتصاد، فأكد أنه …": a topic, not who speaks
            if phrase and phrase.end < end and _circumstance_end(toks, phrase.end) == end:
                pass  # "لكن الوزارة وفي بيان لها أكدت": the subject, then where it spoke
            elif phrase and phrase.end != end:
                phrase = None
            if phrase and (
                    lemma not in _RECORD_VERBS or _recorder(toks, phrase)) and (
                    lemma not in _DECISION_VERBS or _decision_maker(toks, phrase) == phrase) and (
                    lemma not in _ISSUING_VERBS | _LAUNCH_VERBS or _issuer_or_launcher(toks, phrase, lemma)) and (
                    lemma not in _RULING_VERBS or _court(toks, phrase)) and (
                    lemma not in _NEEDS_COMPLEMENT or _has_complement(toks, k + 1, lemma)):
                return _found(toks, phrase, (tok.start, tok.end))
    issued = _issued_statement(toks) if not _ISSUE_STARTS.isdisjoint(map(_TOK_TEXT, toks[:3])) else None
    if issued:
        return issued
    if first_carry:
        # "وأشار إلى أن الاستثمارات بلغت …، بحسب تقديرات متعاملين": the carried speaker says it; the source
        # phrase only names who gives its figures (figure_sources).
        return first_carry
    source = _source_phrase(toks)
    if source:
        return _document_named_before(toks, source) or source
    same = _same_source_cue(toks)
    if same:
        return same
    linked = _linked_to_previous(toks)
    if linked:
        return linked
    agent = _participle_agent(toks)
    if agent:
        return agent
    return _quote_or_participle(toks)


_POINTING_PARTICIPLES = _words("مشيرا مشيرة لافتا لافتة")  # they report with إلى + a verbal noun, too
_TERRITORIES = _words("مدينة منطقة إقليم قرية بلدة")  # where something happens, not who speaks


def _participle_agent(toks: list[_Tok]) -> _Found | None:
    """Return who speaks through a participle closing a clause of another verb: "وحدد المركز موقع الهزة، مشيرا إلى".

    The opening verb's subject, a person, a body or people (as for "…، وقال"), goes on speaking with
    "، مؤكدا أن"، "، مشيرا إلى تسجيل …". A place or a thing ("وارتفع المؤشر، مؤكدا") does not speak.
    """
    n = len(toks)
    for m in range(2, n - 2):
        t = toks[m].text
        if t in ".؟?!؛;":
            return None
        if toks[m - 1].text not in "،," or t not in _PARTICIPLES:
            continue
        if not (_reports_speech(toks, m + 1) or t in _POINTING_PARTICIPLES and toks[m + 1].text in ("الي", "إلى")):
            return None
        phrase = _first_clause_subject(toks, m)
        if phrase is None or phrase.mode == "place" or _strip_al(toks[phrase.start].text) in _TERRITORIES:
            return None
        return _found(toks, phrase, (toks[m].start, toks[m].end))
    return None


def _document_named_before(toks: list[_Tok], source: _Found) -> _CarryBody | None:
    """Return a carry to the last body for a source that is a bare document: "…، وفق البيان".

    "البيان" alone points to the statement an earlier sentence named ("وأفادت الشركة، في بيان"): its body
    is the source; with no body before, the document stays (the fallback).
    """
    at = next((m for m, tok in enumerate(toks) if tok.start == source.start), None)
    if at is None or toks[at].end != source.end or not _is_al(toks[at].text) \
            or not _authorless_document(toks, at):
        return None
    return _CarryBody(source.cue, source)


_THEREBY = _words("بذلك وبذلك بهذا وبهذا")
_UNDER = _words("بموجب وبموجب")
_THIS = _words("هذا هذه وهذا وهذه")
# "وتأتي هذه الخطوة بعد …"، "وجاء هذا القرار في ظل …": the writer's background, not the report going on.
_BACKGROUND_VERBS = _words("يأتي تأتي ويأتي وتأتي جاء جاءت وجاء وجاءت")


def _linked_to_previous(toks: list[_Tok]) -> _CarryPrevious | None:
    """Return a carry when the sentence opens on the previous one's report, else None.

    "وبذلك ترتفع الإيرادات إلى …" (the total the previous figure makes), "وبموجب الاتفاقية، تستحوذ …" (the terms
    of the deal just reported), "ويهم هذا الإجراء أزيد من …" (the measure just reported): the figures go on
    with the previous sentence's source.
    """
    n = len(toks)
    if not n:
        return None
    first = toks[0].text
    if first in _THEREBY:
        return _CarryPrevious((toks[0].start, toks[0].end))
    if first in _UNDER and n > 1 and _is_al(toks[1].text) and _strip_al(toks[1].text) in _STEP_NOUNS | _REPORTED_MEASURES:
        return _CarryPrevious((toks[0].start, toks[1].end))  # not "بموجب القانون": a law frames, it reports nothing
    k = 1 if first in _THIS else 2 if n > 2 and toks[1].text in _THIS and _verb_shaped(first) else None
    if k is not None and first not in _BACKGROUND_VERBS and k < n and _is_al(toks[k].text) \
            and _strip_al(toks[k].text) in _STEP_NOUNS | _REPORTED_MEASURES:
        return _CarryPrevious((toks[0].start, toks[k].end))
    return None


# What a report announces, named again by "هذا/هذه" in the next sentence (with _STEP_NOUNS).
_REPORTED_MEASURES = _words("إجراء إجراءات تدبير تدابير قرار قرارات برنامج مشروع اتفاقية اتفاق صفقة عملية "
                            "زيادة تخفيض إعفاء منحة دعم خطة مبادرة")
_IMPERFECT_OR_PAST = re.compile(r"^[وف]?(?:[يت]\w{2,}|\w{2,}(?:ت|وا))$")


def _verb_shaped(t: str) -> bool:
    """Say whether t reads as a verb (يهم، تشمل، استفادت) that a demonstrative subject follows."""
    return bool(_IMPERFECT_OR_PAST.match(t)) and not _is_al(t)


_THE_SOURCE = _words("المصدر المصادر")


def _decision_maker(toks: list[_Tok], phrase: _Phrase) -> _Phrase | None:
    """Return the subject of a decision verb when it is a body or an official (an institution or a title), else None.

    "قررت الحكومة"، "قرر وزير التعليم"; not "قرر اللاعب" (a player is a title word of the lexicon, but no
    official) nor "قرر الطلاب". What is decided is a verbal noun, so a one-word "name" after a title is
    the object: "وقرر رئيس الحكومة صرف منحة" → رئيس الحكومة.
    """
    head = _strip_al(toks[phrase.start].text)
    if not (phrase.mode == "org" or (phrase.mode == "person" and head in _OFFICIALS)):
        return None
    if phrase.named:
        # "أمر الرئيس بصرف منحة": the ب- verbal noun is what is ordered, not a name.
        cut = next((m for m in range(phrase.start + 1, phrase.end) if toks[m].text[:1] == "ب"
                    and len(toks[m].text) > 3 and _masdar_like(toks[m].text[1:])), None)
        if cut is not None:
            phrase = phrase._replace(end=cut, named=False)
    last = phrase.end - 1
    if phrase.named and last > phrase.start and _masdar_like(toks[last].text) \
            and not _name_like(toks[last - 1]) and not _is_title(toks[last - 1].text):
        return phrase._replace(end=last, named=False)
    return phrase


def _issuer_or_launcher(toks: list[_Tok], phrase: _Phrase, lemma: str) -> _Phrase | None:
    """Return the subject of an issuing or launching verb when it states the sentence's figures, else None."""
    after = toks[phrase.end].text if phrase.end < len(toks) else ""
    if lemma in _ISSUING_VERBS:
        # The decision may follow an adverb ("أمس قراراً") or the rest of the name the phrase left out ("المؤسسة العامة
        # للإسمنت ومواد البناء قراراً"، "وزير المالية محمد العلي قراراً"); "الرئيس مرسوماً" read as a title and a
        # name is cut before the decree.
        for m in range(phrase.start + 1, min(len(toks), phrase.end + 3)):
            t = toks[m].text
            if _strip_al(t[:-1] if t.endswith("ا") and len(t) > 3 else t) in _ISSUED_DOCUMENTS:
                if m <= phrase.end:
                    return _decision_maker(toks, phrase._replace(end=m, named=phrase.named and m == phrase.end))
                rest = toks[phrase.end:m]
                if all(x.text in _ADVERBS_AFTER_VERB for x in rest):
                    return _decision_maker(toks, phrase)
                rest_of_name = after[:1] == "و" or _name_like(rest[0]) or (phrase.named and _is_al(after))
                return _decision_maker(toks, phrase._replace(end=m)) if rest_of_name else None
            if not t.isalpha():
                return None
        return None
    if phrase.mode != "org" or after in _NOT_LAUNCHED:
        return None
    # "دشنت بلدية المدينة منصة رقمية": an indefinite body noun after the name's last ال- word is what is launched
    cut = next((m for m in range(phrase.start + 2, phrase.end) if _is_al(toks[m - 1].text)
                and not _is_al(toks[m].text) and _is_institution(toks[m].text)), None)
    return phrase._replace(end=cut) if cut is not None else phrase


# Titles of holders of public or corporate office, whose decisions are their bodies'.
_OFFICIALS = _words("وزير وزيرة رئيس رئيسة مدير مديرة محافظ محافظة أمين أمينة حاكم حاكمة عمدة مفوض مفوضة "
                    "ملك ملكة أمير أميرة قاضي قاض نائب نائبة وكيل وكيلة")
_DATELINE_WORDS = 8  # tokens of an outlet's dateline before its slash: "وكالة الأنباء العراقية/"


def _same_source_cue(toks: list[_Tok]) -> _Carry | _CarryBody | None:
    """"حسب المصدر ذاته": the source named before goes on; "وحسب المعطيات ذاتها": the body whose data they are."""
    for k in compress(count(), map(_SOURCE_STARTS.__contains__, map(_TOK_TEXT, toks))):
        if k + 2 < len(toks) and toks[k + 2].text in _SAME:
            if toks[k + 1].text in _THE_SOURCE:
                return _Carry((toks[k].start, toks[k + 2].end))
            if _strip_al(toks[k + 1].text) in _DATA_NOUNS:
                return _CarryBody((toks[k].start, toks[k + 2].end))
    return None


# Nouns of a measure that a speech verb in "في خطوة قال إنها" comments on: "في قرار قالت إنه نهائي".
_STEP_NOUNS = _words("خطوة قرار إجراء تحرك")
_RELAYED_SPEECH = _words("قوله قولها قولهم قولهما") | _PLAIN_THAT


# "وأفادت التحقيقات بأن": an inquiry (often the prosecution's) speaks for itself, not for the body named before.
_INQUIRIES = _words("تحقيق تحقيقات تحريات")


def _authorless_document(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is a statement or data noun named before or by its topic, with no author.

    "البيان"، "التقرير" (definite) and "نشرة سوق العمل" (in construct with a topic) point to a document
    whose body is known from before; "بيانات رسمية"، "تقرير جديد" are described, not pointed to.
    """
    t = toks[j].text
    if _strip_al(t) not in _STATEMENT_DOCUMENTS or _strip_al(t) in _INQUIRIES:
        return False
    if _is_al(t):
        return True
    n = len(toks)
    nxt = toks[j + 1] if j + 1 < n else None
    if not (nxt is not None and nxt.text.isalpha() and not nxt.tanween and nxt.text not in _STOP
            and not _is_al(nxt.text) and not _document_adjective(nxt.text) and not _verb_lemma(nxt.text)
            and not _is_institution(nxt.text)):
        return False
    # A short topic in construct, then what it says: "نشرة سوق العمل أن"; "تقديرات مشروع بيانات …" may name
    # its author, and is left alone.
    m = j + 2
    while m < n and m - j <= 4 and _is_al(toks[m].text) and toks[m].text not in _STOP:
        m += 1
    return m > j + 2 and m < n and (toks[m].text in _PLAIN_THAT or toks[m].text == ":")


def _gated_subject(toks: list[_Tok], k: int, surnames: set[str] | frozenset[str]) -> _Phrase | None:
    """Return the subject of a gated verb (بيّن، أبرز) at toks[k]: titled, institutional or named, then إن/أن or ":".

    A lone ال- word is a subject only as the surname of a speaker named before: "وبيّن العجارمة أن" after
    "الدكتور نواف العجارمة"; "وأبرز النتائج أن" names no one. عبّر takes "عن" and what is expressed instead:
    "عبّر محمد سالم، رئيس النقابة، عن قلقه"; not "عبرت الشاحنات عن طريق المعبر".
    """
    j = _skip_adverbs(toks, k + 1)
    phrase = _parse_np(toks, j)
    if phrase is None or not (phrase.mode in ("person", "org") or phrase.named
                              or (phrase.end == j + 1 and toks[j].text in surnames)):
        return None
    if _GATED_SURFACE[toks[k].text] == "عبر":
        return phrase if _expressed(toks, phrase.end) else None
    end = _time_phrase_end(toks, _circumstance_end(toks, phrase.end))
    if end + 1 < len(toks) and toks[end].text in "،," and toks[end + 1].text in _PLAIN_THAT \
            and any(t.text in "،," for t in toks[phrase.start:phrase.end]):
        end += 1  # "وبيّن مدير الإدارة، الدكتور أيمن الزعبي، أن": the comma closes the name in apposition
    return phrase if end < len(toks) and (toks[end].text in _PLAIN_THAT or toks[end].text == ":") else None


# A Hijri date given with the Gregorian one: "يوم الخميس الموافق 22 جمادى الأولى 1447هـ".
_HIJRI_WORDS = _words("الموافق محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو ذي القعدة الحجة الأول الأولى "
                      "الآخر الآخرة الثاني هـ ه")
_TIME_PHRASE_WINDOW = 10


def _time_phrase_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a time phrase at toks[j] ("يوم الخميس الماضي الموافق 22 جمادى الأولى 1447هـ"), or j."""
    if j >= len(toks) or toks[j].text not in _TEMPORAL:
        return j
    m = j
    while m < len(toks) and m - j < _TIME_PHRASE_WINDOW and (
            toks[m].text in _TEMPORAL or toks[m].text in _HIJRI_WORDS or toks[m].text.rstrip("ه").isdigit()):
        m += 1
    return m


_LEARNED_WINDOW = 5  # words of an outlet's name between "علم" and أن


def _learned_subject(toks: list[_Tok], k: int) -> _Phrase | None:
    """Return the outlet in "وعلم FilGoal.com أن"، "وعلمت «الأخبار» أن": who learned reports it as its own finding.

    Only a name (quoted, Latin or Arabic words, no preposition or verb) that أن closes: "رفع علم البلاد"
    is a flag, "وعلم أن الحكومة …" the passive "it was learned", "علمت الصحيفة من مصادر أن" learned from others.
    """
    n = len(toks)
    j = k + 1
    e = j
    while e < n and e - j <= _LEARNED_WINDOW and toks[e].text not in _PLAIN_THAT:
        t = toks[e].text
        if t in _STOP or t in "،,:؛;" or (t.isalpha() and _verb_lemma(t)):
            return None
        e += 1
    if e >= n or toks[e].text not in _PLAIN_THAT or e == j:
        return None
    a, b = j, e
    while a < b and toks[a].text in _QUOTES:
        a += 1
    while b > a and toks[b - 1].text in _QUOTES:
        b -= 1
    if a >= b or any(toks[m].text in _QUOTES for m in range(a, b)):
        return None
    return _Phrase(a, b, "name", True)


_APPOSITION_WINDOW = 12


def _expressed(toks: list[_Tok], j: int) -> bool:
    """Say whether "عن" + what is expressed follows the subject of عبّر, past an apposition set off by commas."""
    n = len(toks)
    if j + 1 < n and toks[j].text in "،," and toks[j + 1].text != "عن":
        close = next((m for m in range(j + 1, min(n, j + _APPOSITION_WINDOW)) if toks[m].text in "،,"), None)
        if close is None:
            return False
        j = close  # "عبّر محمد سالم، رئيس النقابة، عن"
    if j < n and toks[j].text in "،,":
        j += 1  # the apposition the subject already holds: "عبّرت رئيسة الاتحاد، ليلى حسن، عن"
    return j + 1 < n and toks[j].text == "عن" and toks[j + 1].text.isalpha() and toks[j + 1].text != "طريق"


def _relayed_sayer(toks: list[_Tok], j: int) -> _Phrase | None:
    """For "نقلت عمون عن X قوله إن" with an outlet the noun phrase reader does not take, return X.

    The outlet is one to three words, or a quoted name, right before عن; X must be followed by قوله/قولها
    or إن/أن, so "نقلت الشاحنات البضائع عن الطريق" gives nothing.
    """
    n = len(toks)
    end = _quoted_name(toks, j)
    if end == j:
        while end < n and end - j < 3 and toks[end].text.isalpha() and toks[end].text not in _STOP \
                and not _verb_lemma(toks[end].text):
            end += 1
    if end == j or end >= n or toks[end].text != "عن":
        return None
    sayer = _parse_np(toks, end + 1)
    if sayer and sayer.end < n and toks[sayer.end].text in _RELAYED_SPEECH \
            and (sayer.mode in ("person", "org") or sayer.named):
        return sayer
    return None


def _main_clause_subject(toks: list[_Tok], end: int) -> _Phrase | None:
    """Return the subject of the verb that opens the sentence (after a dateline), if it comes before end.

    "الخرطوم - «القدس العربي»: خفّض بنك السودان المركزي السعر …، في خطوة قال إنها …" → the bank.
    """
    start = 0
    for m in range(min(len(toks), 12)):
        if toks[m].text in (":", "-", "–", "—"):
            start = m + 1  # the last mark of a dateline: "عمان - «الغد»:"
    if start + 1 >= end:
        return None
    first = toks[start].text
    if (first in _STOP or not first.isalpha() or _is_al(first) or _is_title(first) or _is_institution(first)
            or _is_place(first) or first in _SOURCE_WORDS):
        return None  # a verb opens the clause: "خفّض"، "رفعت"
    phrase = _parse_np(toks, start + 1)
    if phrase and phrase.mode in ("org", "person", "place") and phrase.end < end:
        return phrase
    return None


# Outlets spoken to, written after ل: "قال لبي بي سي"، "صرح لرويترز"، "قالت لسكاي نيوز عربية".
_OUTLETS = _words("بي سي رويترز فرانس أسوشيتد اسوشييتد يورونيوز سبوتنيك بلومبرغ بلومبيرغ سكاي "
                  "نيويورك واشنطن فايننشال دويتشه مونت")  # لل- outlets (للجزيرة، للشرق) need no entry


# Pronouns spoken to; not لي, which is also a Chinese surname.
_TOLD_PRONOUNS = _words("لنا له لها لهم لهما لكم")


def _addressee_end(toks: list[_Tok], j: int) -> int:
    """Return the end of the addressee that opens at toks[j] (لـ"الشرق"، للرافدين، لبي بي سي، لوكالة …), or j.

    A word that is itself a title, body or place (لجنة، لواء، لبنان) or a name (لافروف، لبنى) is no
    addressee: only لـ, لل- and ل + an outlet, a body, a title or a place are.
    """
    n = len(toks)
    if j >= n:
        return j
    t = toks[j].text
    if t in _TOLD_PRONOUNS:
        return j + 1  # "وأكد لنا مصدر مطلع"، "وقال لهم المدرب"
    if t == "ل" and j + 1 < n:
        if toks[j + 1].text in _QUOTES:
            close = next((m for m in range(j + 2, min(n, j + 9)) if toks[m].text in _QUOTES), None)
            return close + 1 if close is not None else j
        phrase = _parse_np(toks, j + 1)
        return phrase.end if phrase else j + 1
    if len(t) < 3 or t[0] != "ل" or not t.isalpha() or _is_title(t) or _is_institution(t) or _is_place(t):
        return j
    rest = "ال" + t[2:] if t.startswith("لل") and len(t) > 4 else t[1:]
    if not (t.startswith("لل") or rest in _OUTLETS or _is_institution(rest) or _is_title(rest) or _is_place(rest)):
        return j
    window = [toks[j]._replace(text=rest)] + toks[j + 1:j + _NP_WINDOW]
    phrase = _parse_window(window, strict=False)
    end = j + (phrase.end if phrase else 1)
    for m in range(j + 2, end):
        if _is_title(toks[m].text) and not _is_al(toks[m].text) and _is_al(toks[m - 1].text):
            end = m  # the subject starts: "لمراسل الجزيرة قائد الشرطة"
            break
    while end < n and toks[end].text in _OUTLETS:
        end += 1  # بي بي سي، سكاي نيوز
    return end


def _subject_at(toks: list[_Tok], j: int) -> bool:
    """Say whether a subject noun phrase, not إن/أن or a quote, starts at toks[j]."""
    return j < len(toks) and toks[j].text not in _THAT and toks[j].text not in _QUOTES and toks[j].text != ":"


# A statement issued by a body: "صدر عن الوزارة بيان جاء فيه"، "صدر اليوم جدول الأسعار عن الوزارة، وجاء فيه"،
# "وجاء في بيان صادر عن الوزارة أن". The body states what the statement says.
_ISSUED_VERBS = _words("صدر وصدر صدرت وصدرت")
_CAME_IN = _words("جاء وجاء")
_ISSUE_STARTS = _ISSUED_VERBS | _CAME_IN
_STATEMENT_DOCUMENTS = _DOCUMENT_NOUNS | _words("جدول تعميم قرار نشرة بلاغ إعلان مذكرة توضيح رسالة كلمة خطاب "
                                                 "حيثيات")  # the grounds of a ruling: "بحسب حيثيات الحكم"
_ISSUED_DOCUMENTS = _STATEMENT_DOCUMENTS | _words("مرسوم تعليمات توجيهات أمر")  # what _ISSUING_VERBS issue


def _issued_statement(toks: list[_Tok]) -> _Found | _Carry | None:
    """Return the body that issued the statement the sentence opens with, or None.

    "صدر … عن X" needs a statement noun (بيان، جدول، تعميم …) before عن or right after X, so a book
    or a verdict ("صدر عن دار الشروق كتاب"، "صدر الحكم غيابيا") names no speaker. "وجاء في البيان أن"
    with no author goes on with the last speaker.
    """
    n = len(toks)
    k = 1 if n > 1 and toks[0].text in ("و", "ف") else 0
    t = toks[k].text if k < n else ""
    if t in _ISSUED_VERBS:
        for m in range(k + 1, min(n, k + 14)):
            if toks[m].text in _STRONG_END:
                return None
            if toks[m].text == "عن":
                author = _author_at(toks, m + 1, agent=True)
                if author is None or author.mode not in ("org", "person", "place"):
                    return None
                documented = any(_strip_al(x.text) in _STATEMENT_DOCUMENTS for x in toks[k + 1:m]) or (
                    author.end < n and _strip_al(toks[author.end].text) in _STATEMENT_DOCUMENTS)
                if not documented:
                    return None
                found = _found(toks, author, (toks[k].start, toks[k].end))
                return _Found(found.start, found.end, found.cue, False, False)
        return None
    if t in _CAME_IN and k + 2 < n and toks[k + 1].text in ("في", "فى") \
            and _strip_al(toks[k + 2].text) in _STATEMENT_DOCUMENTS:
        author = _document_author(toks, k + 3, definite=_is_al(toks[k + 2].text))
        if author and author.mode in ("org", "person", "place"):
            found = _found(toks, author, (toks[k].start, toks[k + 2].end))
            return _Found(found.start, found.end, found.cue, False, False)
        if author is None and _is_al(toks[k + 2].text) and _reports_speech(toks, k + 3):
            return _Carry((toks[k].start, toks[k + 2].end))  # "وجاء في البيان أن": the statement named before
    return None


def _after_topic(toks: list[_Tok], k: int) -> bool:
    """Say whether the ف- verb at k follows a topic opened by أما: "أما المشروع فأعلن الوزير أن"."""
    cs = _clause_start(toks, k)
    return cs < k and toks[cs].text in _AMMA


def _after_kana_subject(toks: list[_Tok], qad: int) -> bool:
    """Say whether words sit between a clause-opening كان and the قد at toks[qad]: "وكانت الحكومة قد"."""
    cs = _clause_start(toks, qad)
    return cs < qad - 1 and toks[cs].text in _KANA


def _kana_clause_subject(toks: list[_Tok], k: int, lemma: str) -> _Phrase | None:
    """For "وكانت المنظمة قد نفذت إضراباً …، قالت إن" return the subject of the opening كان … قد clause.

    A speech verb after a comma with no subject of its own goes on with that subject when both verbs
    agree in gender (كانت … قالت، كان … قال); the subject must be a person, a body or a place.
    """
    start = _after_connective(toks)
    kana = toks[start].text if start < k else ""
    if kana not in _KANA:
        return None
    phrase = _parse_np(toks, start + 1)
    if phrase is None or phrase.end >= k or phrase.mode not in ("person", "org", "place") \
            or toks[phrase.end].text not in ("قد", "وقد"):
        return None
    verb = toks[k].text
    feminine_verb = verb.endswith("ت") and not verb.endswith(lemma)  # قالت، لفتت; not لفت
    return phrase if feminine_verb == kana.endswith("ت") else None


def _kana_before_apposition(toks: list[_Tok], comma: int) -> int | None:
    """Return the index of كان that opens "كان X، NAME، قد" before the comma at toks[comma], or None."""
    for m in range(comma - 1, max(-1, comma - 12), -1):
        if toks[m].text in _KANA and (m == 0 or toks[m - 1].text in "،,؛;:"):
            return m
    return None


def _past_contrast(toks: list[_Tok], cs: int) -> tuple[int, list[_Tok]]:
    """Skip لكن / إلا أن / غير أن at a clause start; read an accusative role after them as the subject.

    "لكن مصدراً في وزارة الداخلية أكد": مصدراً is the subject despite its tanween (which elsewhere
    marks an adverb or an object), so it is read as مصدر with its written span kept.
    """
    n = len(toks)
    if cs < n and toks[cs].text in ("لكن", "ولكن"):
        cs += 1
    elif cs + 1 < n and toks[cs].text in _CONTRAST and toks[cs + 1].text in _PLAIN_THAT:
        cs += 2
    else:
        return cs, toks
    tok = toks[cs] if cs < n else None
    if tok is None or not tok.tanween or not tok.text.endswith("ا"):
        return cs, toks
    bare = tok.text[:-1]
    if bare in _UNNAMED_SOURCES or bare in _UNNAMED_ROLES or _is_title(bare):
        return cs, toks[:cs] + [tok._replace(text=bare, tanween=False)] + toks[cs + 1:]
    return cs, toks


def _on_the_tongue_of(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return X in "نقلت واس على لسان X قوله": X speaks; the subject only carries the words.

    على لسان must follow the subject closely (a word or two of its name may sit between:
    "صحيفة الشرق الأوسط"), before any punctuation, إن/أن or verb.
    """
    for m in range(j, min(j + 3, len(toks) - 1)):
        if toks[m].text == "علي" and toks[m + 1].text == "لسان":
            return _parse_np(toks, m + 2)
        if _ends_phrase(toks, m) or toks[m].text in _THAT:
            break
    return None


def _found(toks: list[_Tok], phrase: _Phrase, cue: tuple[int, int]) -> _Found:
    """Return the finding for a speaker phrase, marking bare titles for resolution."""
    head = _strip_al(toks[phrase.start].text)
    title_only = (phrase.mode == "person" and not phrase.named) or (
        phrase.mode == "org" and phrase.end - phrase.start == 1 and _is_al(toks[phrase.start].text))
    generic = (title_only and phrase.end - phrase.start == 1
               and (head in _GENERIC_ROLES or head.rstrip("ه") in _GENERIC_ROLES))
    return _Found(toks[phrase.start].start + phrase.trim, toks[phrase.end - 1].end, cue, title_only, generic)


def _backward_np(toks: list[_Tok], comma: int) -> _Phrase | None:
    """Return the longest noun phrase that ends right before toks[comma]."""
    for s in range(max(0, comma - 10), comma):
        phrase = _parse_np(toks, s)
        if phrase and phrase.end == comma:
            return phrase
    return None


def _first_clause_subject(toks: list[_Tok], k: int) -> _Phrase | None:
    """For "أبقى البنك المركزي الفائدة …، وقال إن" return the subject of the opening verb.

    An opening connective set off by a comma is skipped: "في المقابل، قلل مسؤول …، وقال إن". The subject
    must be able to speak: a person, a body, a place, a source or a group of people (a sound plural:
    المحتجون, or any plural that a masculine plural verb agrees with); "وتأتي الخطوة بعد …، وشدد" has an
    inanimate subject, and the speaker is someone else.
    """
    start = _after_connective(toks) or _after_dateline(toks)
    first = toks[start].text if start < len(toks) else ""
    if (first in _STOP or not first.isalpha() or _is_al(first) or _is_title(first) or _is_institution(first)
            or _is_place(first) or first in _SOURCE_WORDS):
        return None
    phrase = _parse_np(toks, start + 1)
    if phrase is None or phrase.end >= k or phrase.mode == "name":
        return None
    head = toks[phrase.start].text
    # A masculine plural verb agrees only with people: "انتقد الأطباء القرار، وقالوا".
    people = _strip_al(head) in _SOURCE_NOUNS or _SOUND_PLURAL.match(head) or toks[k].text.endswith("وا")
    return phrase if phrase.mode != "group" or people else None


_CONNECTIVE_WORDS = 3  # "في المقابل،"، "من جهته،"، "وفي الوقت نفسه،"


def _after_connective(toks: list[_Tok]) -> int:
    """Return where the sentence goes on after an opening connective phrase closed by a comma, or 0."""
    first = toks[0].text if toks else ""
    if not (first in _STOP or first[:1] == "و" and first[1:] in _STOP):
        return 0
    for m in range(1, min(len(toks), _CONNECTIVE_WORDS + 1)):
        if toks[m].text in "،,":
            return m + 1
        if not toks[m].text.isalpha():
            break
    return 0


def _bracketed_dateline(toks: list[_Tok], close: int) -> bool:
    """Say whether toks[close] closes a bracketed dateline that opens the sentence: "{بغداد:الفرات نيوز} أعلنت".

    The brackets open at the first token, or after one word (the city: "بغداد (الفرات نيوز) أعلنت").
    """
    for start in (0, 1):
        if start < close and toks[start].text in "({[" and all(
                t.text.isalpha() or t.text in ":/-–—" for t in toks[start + 1:close]) \
                and (start == 0 or toks[0].text.isalpha()):
            return True
    return False


def _after_dateline(toks: list[_Tok]) -> int:
    """Return where the sentence goes on after a dateline closed by a dash ("وطنية - عقدت الهيئة …"), or 0."""
    for m in range(min(len(toks), _DATELINE_WORDS)):
        if toks[m].text in "-–—":
            return m + 1 if m else 0
        if toks[m].text in _VERB_SURFACE:
            return 0  # a verb before any dash: no dateline
    return 0


# "during it", after a verb with no subject: it points back to an event whose agent speaks.
_DURING_IT = _words("خلالها خلاله")
_EVENT_NOUNS = _words("زيارة جولة لقاء اجتماع مؤتمر كلمة خطاب مشاركة محادثات اتصال")


def _event_agent(toks: list[_Tok], k: int) -> _Phrase | None:
    """Return who does the last event named before the verb at k: "بعد زيارة المبعوث X إلى مسقط، …، وشدد خلالها".

    The event noun must be in construct with a person or a body ("زيارة وزير الخارجية"); "زيارته" or
    "الزيارة" name no agent, and the verb is left to the other rules.
    """
    for m in range(k - 1, max(-1, k - _BACK_WINDOW), -1):
        if toks[m].text in _EVENT_NOUNS:  # indefinite, so in construct with what follows
            phrase = _parse_np(toks, m + 1)
            if phrase and phrase.mode in ("person", "org") and phrase.end < k:
                return phrase
            return None
    return None


# Where and how a subject spoke, set between it and its verb: "الوزارة، وفي بيان لها، أكدت".
_CIRCUMSTANCE_PREPS = _words("في وفي خلال وخلال عبر وعبر")
_STATEMENT_NOUNS = _words("بيان تصريح تصريحات مؤتمر حديث كلمة مقابلة رسالة تغريدة منشور لقاء رد بلاغ")
_HE_IS = _words("وهو وهي وهم وهما")
# An unnamed source's request not to be named: "طلب عدم الكشف عن اسمه"، "فضلت عدم ذكر هويتها".
_ANONYMITY = _words("اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم")


def _circumstance_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a short "في بيان لها" / "خلال مؤتمر صحفي" phrase at toks[j], or j."""
    n = len(toks)
    if j + 1 >= n or toks[j].text not in _CIRCUMSTANCE_PREPS or _strip_al(toks[j + 1].text) not in _STATEMENT_NOUNS:
        return j
    m = j + 2
    while m < n and m - j < 6 and toks[m].text.isalpha() and not _verb_lemma(toks[m].text) \
            and toks[m].text not in _THAT:
        m += 1
    return m


def _subject_before_insert(toks: list[_Tok], comma: int) -> _Phrase | None:
    """For a verb after "X، <insert>،" return X: the subject stands before an inserted segment.

    The insert is a name in apposition ("لكن رئيس الوفد، عبد الملك الشامي، قال"), a request for
    anonymity ("غير أن مصدراً في الهيئة، طلب عدم الكشف عن اسمه، قال") or where it spoke
    ("الشركة، وفي بيان لها، أوضحت"). When X itself does not read as a noun phrase, a named person in
    apposition is the subject: "مرشح قائمة "النهضة" في الدائرة، النائب السابق حيدر الزبيدي (47 عاماً)، قال".
    """
    m = next((i for i in range(comma - 1, max(0, comma - 16), -1) if toks[i].text in "،,؛;:"), None)
    if m is None or m == 0 or toks[m].text not in "،,":
        return None
    segment = toks[m + 1:comma]
    words = {t.text for t in segment}
    insert = (not _ANONYMITY.isdisjoint(words) or _circumstance_end(toks, m + 1) == comma
              or toks[m + 1].text in _HE_IS)  # "لكن الوزير، وهو عضو في الحزب، قال"
    start = _clause_start(toks, m)
    cs, subject_toks = _past_contrast(toks, start)
    phrase = _parse_np(subject_toks, cs) if cs < m else None
    if phrase and (phrase.end == comma or (insert and phrase.end == m)):
        return phrase
    if insert:
        return None
    # A named person in apposition, with a parenthetical (age, party) before the comma.
    end = comma
    if toks[end - 1].text == ")":
        end = next((i for i in range(end - 2, m, -1) if toks[i].text == "("), end)
    appositive = _parse_np(toks, m + 1)
    if appositive and appositive.end == end and appositive.mode in ("person", "name") and appositive.named:
        return appositive
    return None


def _subject_before_relative(toks: list[_Tok], comma: int) -> _Phrase | None:
    """For "X، الذي …، قال" return X."""
    for m in range(comma - 1, max(0, comma - _BACK_WINDOW), -1):
        if toks[m].text in _RELATIVE and toks[m - 1].text in "،,":
            cs, subject_toks = _past_contrast(toks, _clause_start(toks, m - 1))  # "غير أن المنظمة، التي …"
            phrase = _parse_np(subject_toks, cs)
            if phrase and phrase.end == m - 1:
                return phrase
            return None
    return None


# "وحسب المعطيات ذاتها"، "بحسب الأرقام نفسها"، "وفق البيانات المذكورة": data already named, no source.
_DATA_NOUNS = _words("معطيات بيانات أرقام إحصاءات إحصائيات معلومات نتائج تقديرات")
_SAME = _words("ذاتها ذاته نفسها نفسه المذكورة المذكور السابقة")


def _source_phrase(toks: list[_Tok]) -> _Found | None:
    """Find "وفقا لـ / بحسب / نقلا عن / على لسان + source"."""
    n = len(toks)
    # Only a source word (or علي of على لسان) starts a reading: find them with C-level iteration.
    for k in compress(count(), map(_SOURCE_STARTS.__contains__, map(_TOK_TEXT, toks))):
        t = toks[k].text
        bare = t[1:] if t[:1] == "و" and t[1:] in _SOURCE_WORDS else t
        j = None
        if bare in _SOURCE_WORDS:
            j = k + 1
            if bare == "حسبما":
                if j < n and toks[j].text in _SOURCE_VERBS:
                    j += 1
                else:
                    continue
        elif bare == "علي" and k + 1 < n and toks[k + 1].text == "لسان":
            j = k + 2
        if j is None:
            continue
        if j < n and toks[j].text in ("ل", "الي", "إلى", "عن", "لما", "ما"):
            j += 1
            if j < n and toks[j].text in _SOURCE_VERBS:
                j += 1
        elif j < n and toks[j].text.startswith("لما") and toks[j].text[3:] in _SOURCE_VERBS:
            j += 1
        while j < n and (toks[j].text in ("به", "بها", "ب", "عنه", "عنها") or toks[j].text in _QUOTES):
            j += 1  # "بحسب ما أفادت به الشرطة"، "حسب ما أعلنت عنه الوكالة"، "طبقاً لـ"الهيئة العامة للإحصاء""
        if j + 1 < n and (toks[j].text in _LATEST or toks[j].text[:1] == "ل" and toks[j].text[1:] in _LATEST) \
                and toks[j + 1].text in _DOCUMENT_NOUNS:
            j += 1  # "بحسب آخر إحصاء للوزارة"، "وفقاً لآخر تقرير للمرصد": the author of the count is the source
        patched = toks
        if j < n and toks[j].text.startswith("ل") and not toks[j].text.startswith("لل") and len(toks[j].text) > 3 \
                and not (_is_institution(toks[j].text) or _is_title(toks[j].text)):  # "لجان المقاومة" keeps its ل
            # "وفقا لوزارة الصحة": read the source without its ل.
            tj = toks[j]
            patched = toks[:j] + [_Tok(tj.text[1:], tj.start + 1, tj.end, tj.tanween, tj.raw[1:])] + toks[j + 1:]
        elif j < n and toks[j].text.startswith("لل") and len(toks[j].text) > 4:
            tj = toks[j]
            # "للتلفزيون الرسمي": the article's alif is not written; the span starts after لل.
            patched = toks[:j] + [_Tok("ال" + tj.text[2:], tj.start + 2, tj.end, tj.tanween, tj.raw[2:])] + toks[j + 1:]
        if j + 1 < n and (_strip_al(patched[j].text) in _DATA_NOUNS or patched[j].text in _THE_SOURCE) \
                and toks[j + 1].text in _SAME:
            continue  # "وحسب المعطيات ذاتها"، "حسب المصدر ذاته": the data or source named before, not a new one
        if j < n and patched[j].text in _RULEBOOKS:
            continue  # "وفق نظام الكوتا"، "بحسب قانون الانتخابات": a rule that fixes, no source (rule_source)
        phrase = _parse_np(patched, j, strict=True)
        if phrase and phrase.mode == "name" and phrase.start == j and _masdar_like(patched[j].text) \
                and patched[j].text in _OWNED_DOCUMENTS:
            phrase = None  # "خطة وزارة التربية" is no name: read its owner below
        if phrase is None and j + 1 < n and patched[j].text in _OWNED_DOCUMENTS and not patched[j].tanween \
                and toks[j + 1].text not in _STOP:
            owner = _parse_np(toks, j + 1, strict=True)
            if owner and owner.mode in ("person", "org"):
                phrase = owner  # "وفق خطة الحكومة"، "بحسب توجيهات وزارة الصحة": whose plan it is
            elif patched[j].text in _STATEMENT_DOCUMENTS and patched[j].text not in _NEEDS_AUTHOR \
                    and _is_al(toks[j + 1].text):
                # "بحسب نشرة الإصدار"، "وفق مذكرة التفاهم": a document that names no author is the source.
                e = j + 2
                while _adjective_at(toks, e):
                    e += 1
                phrase = _Phrase(j, e, "group", False)
        if phrase is None and j < n and _is_al(patched[j].text) and _strip_al(patched[j].text) in _STATEMENT_DOCUMENTS \
                and _strip_al(patched[j].text) not in _NON_AGENT_HEADS and (j + 1 == n or toks[j + 1].text in _STRONG_END):
            # "وبحسب النشرة، بلغ …": the bulletin named before, alone; its body speaks (_document_named_before).
            phrase = _Phrase(j, j + 1, "group", False)
        # A name shaped like a verbal noun is no source, unless an attribution noun names it ("رصد عنب بلدي").
        if phrase and not (phrase.mode == "name" and phrase.start == j and _masdar_like(patched[j].text)):
            found = _found(patched, phrase, (toks[k].start, toks[max(k, j - 1)].end))
            # A bare body ("وقعت شركة X …، وفق إفصاح نشرته الشركة") is the body named earlier in the sentence;
            # one named in an earlier sentence may be another ("بحسب الغرفة" after two chambers): it stays bare.
            bare_body = found.title_only and phrase.mode == "org"
            return _Found(found.start, found.end, found.cue, bare_body, False, own_sentence=bare_body)
    return None


# Documents and plans read by their owner after a source word: "وفق خطة الحكومة" → الحكومة.
_OWNED_DOCUMENTS = _STATEMENT_DOCUMENTS | _words("خطة خطط برنامج استراتيجية اتفاقية توجيهات تعليمات")
_SOURCE_WORD_STARTS = _SOURCE_WORDS | {"و" + w for w in _SOURCE_WORDS}
_SOURCE_STARTS = _SOURCE_WORD_STARTS | {"علي"}  # every token _source_phrase reads from


def _quote_or_participle(toks: list[_Tok]) -> _Carry | None:
    """A sentence that opens with a quotation or "مضيفا:" goes on with the last speaker."""
    if not toks:
        return None
    k = 1 if toks[0].text in ("و", "ف") and len(toks) > 1 else 0
    t = toks[k].text
    span = (toks[k].start, toks[k].end)
    if t in _QUOTES:
        return _Carry(span)
    if t in _PARTICIPLES or (t[:1] == "و" and t[1:] in _PARTICIPLES):
        return _Carry(span)
    if t in ("مضي", "ومضي") and k + 1 < len(toks) and toks[k + 1].text in _PARTICIPLES:
        return _Carry((toks[k].start, toks[k + 1].end))
    return None


# --------------------------------------------------------------------------- the article


class _Surnames(set):
    """The surnames of the article's named speakers, and of any full name written before the sentence.

    "بحضور وزير المياه المهندس سامر الحياري. وبيّن الحياري أن …": الحياري was named, though not as a
    speaker. Only the gated verbs (بيّن، أبرز) ask, so the earlier text is searched only then.
    """

    def __init__(self, whole: _Normalized) -> None:
        super().__init__()
        self._text = whole.text
        self.before = 0  # where the current sentence starts in the normalised body

    def __contains__(self, word: object) -> bool:
        if set.__contains__(self, word):
            return True
        if not isinstance(word, str) or not _is_al(word) or len(word) < 5 \
                or _strip_al(word) in _SOURCE_NOUNS or _strip_al(word) in _DATA_NOUNS:
            return False  # "وأبرز النتائج أن": what is shown, not who shows it
        text, at = self._text, 0
        while (at := text.find(" " + word, at, self.before)) > 0:
            first = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
            end = at + 1 + len(word)
            if end <= len(text) and (end == len(text) or not text[end].isalpha()) and first.isalpha() \
                    and not (_is_al(first) or first in _STOP or _verb_lemma(first) or _is_title(first)
                             or _is_institution(first) or _is_place(first) or first in _SOURCE_WORDS):
                return True  # "سامر الحياري": a first name before it
            at += 1
        return False


def attribute_sentences(body: str, sentences: list[Sentence], *,
                        words: tuple[list[str], list[int]] | None = None) -> list[Attribution | None]:
    """Return, for each sentence, who it is attributed to (carried over for "وأضاف"), or None.

    words, when given, are the \\w+ runs of the normalised body and their offsets, as
    dates.normalise_body finds them: cue words are then looked up once for the whole body
    instead of splitting every sentence.
    """
    body = body or ""
    results: list[Attribution | None] = []
    last: tuple[int, Attribution] | None = None  # index and attribution of the last speaker
    named: list[Attribution] = []  # speakers with a name, most recent last
    surnames = _Surnames(whole := _Normalized(body))  # the last name word of each named speaker: "العجارمة"
    bodies: list[tuple[int, Attribution]] = []  # speakers with no personal name (bodies, sources), most recent last
    parsed: list[_Parsed] = []
    open_quote = 0  # sentences left in a quotation that an attributed sentence opened
    unresolved: list[int] = []  # summary sentences whose speaker is a bare title
    cues = _CueWords(words, len(whole.text)) if words is not None and "ۀ" not in body else None
    for i, sentence in enumerate(sentences):
        s0, s1 = max(0, sentence.start), min(len(body), sentence.end)
        s1 = max(s0, s1)
        raw = body[s0:s1]
        norm = whole.view(s0, s1)
        item = _Parsed(norm, raw, s0)
        parsed.append(item)
        # Most sentences hold no cue at all: a word lookup spares them the full reading.
        may = cues.in_view(norm) if cues is not None else None
        if may is None:
            may = _may_attribute(norm.text, item.words)
        surnames.before = norm.start
        result = _analyse(item.toks, surnames) if may else None
        if isinstance(result, _CarryBody) and result.fallback is not None \
                and not (bodies and i - bodies[-1][0] <= _BODY_WINDOW):
            result = result.fallback  # no body spoke before: the document stays the speaker
        attribution: Attribution | None = None
        if isinstance(result, _Found):
            a, b = s0 + norm.raw(result.start), s0 + _raw_end(raw, norm.raw(result.end - 1) + 1)
            attribution = Attribution(body[a:b], a, b, _cue_text(raw, norm, result.cue))
            # "وقال مصدر"، "وقال مسؤول": an indefinite role is someone new, never the last speaker.
            if result.title_only and not (result.generic and not _is_al(normalize(attribution.speaker))):
                resolved = _resolve_title(body, attribution, [] if result.own_sentence else named,
                                          parsed[-1:] if result.own_sentence else parsed[:-1],
                                          need_name=not _is_institution(normalize(attribution.speaker)))
                if resolved is None and result.generic and last and i - last[0] <= _CARRY_WINDOW:
                    resolved = last[1]
                if resolved is not None:
                    attribution = Attribution(resolved.speaker, resolved.start, resolved.end,
                                              attribution.cue, carried=True)
                elif sentence.kind == "summary":
                    unresolved.append(i)
        elif isinstance(result, _CarryBody) and bodies and i - bodies[-1][0] <= _BODY_WINDOW:
            prev = bodies[-1][1]
            attribution = Attribution(prev.speaker, prev.start, prev.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif isinstance(result, _CarryPrevious) and last and last[0] == i - 1:
            prev = last[1]  # only the sentence right before: its report is what this one opens on
            attribution = Attribution(prev.speaker, prev.start, prev.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif isinstance(result, _Carry) and last and i - last[0] <= _CARRY_WINDOW:
            prev = last[1]
            attribution = Attribution(prev.speaker, prev.start, prev.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif result is None and open_quote and last and norm.text.strip():
            # Inside a quotation that runs over several lines: "نحن مستعدون …\nولن نسمح …".
            prev = last[1]
            attribution = Attribution(prev.speaker, prev.start, prev.end, prev.cue, carried=True)
        balance = _quote_balance(raw)
        if attribution and balance > 0 and not (open_quote and result is None):
            open_quote = _MAX_QUOTE_SENTENCES  # an attributed sentence opens a quotation it does not close
        elif open_quote:
            open_quote = 0 if balance < 0 or (balance > 0 and result is None) else open_quote - 1
        results.append(attribution)
        if sentence.kind == "heading" and attribution is None and _ARABIC_LETTER.search(raw):
            last = None  # a section heading ends the run of "وأضاف" and quotes; an ad line does not
            bodies.clear()  # and of data "ذاتها"
        if attribution:
            last = (i, attribution)
            if not attribution.carried and _has_name(attribution.speaker):
                named.append(attribution)
                person = _person_name(attribution.speaker)
                if person:
                    surnames.add(person[-1])
            if _is_body(attribution.speaker):
                bodies.append((i, attribution))
    for i in unresolved:
        # Summary bullets come before the body that names the speaker: look forward.
        written = results[i]
        key = _title_key(written.speaker) if written else []
        match = next((c for c in named if c.start > written.end and all(w in _title_key(c.speaker) for w in key)),
                     None) if written and key else None
        if written and match:
            results[i] = Attribution(match.speaker, match.start, match.end, written.cue, carried=True)
    return results


_MAX_QUOTE_SENTENCES = 5
_BODY_WINDOW = 5  # sentences back to the body whose data "المعطيات ذاتها" are


# Verbs by which a source states, estimates or forecasts a figure: "بعدما قدّر البنك الدولي الأضرار بنحو …"،
# "فيما أشار مدير المستشفى إلى أن …"، "بينما رجح محللون أن …".
_FIGURE_VERBS = {"قدر", "أعلن", "ذكر", "أفاد", "أظهر", "كشف", "سجل", "وثق", "أكد", "قال",
                 "أشار", "لفت", "رجح", "توقع", "اعتبر", "رأى", "أحصى", "رصد"}


# رصد counts only in a clause of its own ("فيما رصدت الشبكة 40 حالة"); elsewhere it is the noun of
# "بحسب رصد عنب بلدي", so it is no speech verb.
_COUNT_SURFACE = {prefix + normalize(form): "رصد" for form in "رصد رصدت رصدوا يرصد ترصد".split()
                  for prefix in ("", "و", "ف")}


_COUNT_VERBS = {"قدر", "أحصى", "رصد"}
# Verbal nouns of stating whose genitive states the that-clause after it: "بعد إعلان الوزارة أن …".
_SPEECH_MASDARS = frozenset(p + w for w in _words("إعلان تأكيد كشف توضيح إشارة تقدير توقع تحذير")
                            for p in ("", "و", "ب", "وب", "ل"))
_TOLD_WITH_AN = _words("إعلان كشف")
_TIME_PREPOSITIONS = _words("بعد وبعد عقب وعقب إثر اثر وإثر مع ومع قبل وقبل منذ ومنذ")
# "بعد أسبوعين على إقرار مجلس الوزراء خطة بكلفة 120 مليون دولار": a body that approves or sets a measure
# states its figures, with no أن after it (only a body or an official: "تحديد موعد المباراة" names no one).
_DECISION_MASDARS = frozenset(p + w for w in _words("إقرار اعتماد تحديد")
                              for p in ("", "و", "ب", "وب", "ل"))


def _estimate_follows(toks: list[_Tok]) -> bool:
    """Say whether "قدّر X بـ N" follows: an estimate, not "قدّر الوزير جهود المتطوعين" (appreciation)."""
    for m in range(1, min(len(toks) - 1, 15)):
        t = toks[m].text
        if t in "،,.":
            return False
        if t[:1] == "ب" and (t in _ESTIMATE_B or toks[m + 1].text[:1].isdigit()):
            return True
    return False


_ESTIMATE_B = _words("بنحو بحوالي بأكثر بأقل بما بقرابة بزهاء ب")
_WHEN_THAT = _words("بعد وبعد قبل منذ")  # "بعد أن"، "قبل أن"، "منذ أن": a time conjunction with أن


def figure_sources(body: str, sentence: Sentence, *,
                   speaker: Attribution | None = None) -> list[tuple[int, Attribution]]:
    """Return the sources that state figures in a later clause of the sentence, with where their verb starts.

    A stating verb (قدّر، أعلن، ذكر، أشار، رجح …) that opens a clause after a comma or a conjunction (بعدما، فيما،
    بينما، حيث …) and has its own subject states the figures after it: "وأشار الوزير إلى أن …، بعدما
    قدّر البنك الدولي الأضرار بنحو 3,4 مليارات دولار" → البنك الدولي. A verb in a relative clause
    ("الحكومة، التي أعلنت …") or without a subject ("، وأعلن أن …") gives nothing.

    speaker: the sentence's speaker. When it speaks in a later clause, a source phrase before it
    ("بحسب الوزارة"، "وفق المفوضية") states the figures of the clauses before the speaker's, wherever
    it stands among them: "وبلغت الكلفة 6 ملايين، بحسب الوزارة، فيما قال نائب إن الكلفة تجاوزت 7
    ملايين" → the ministry states 6 ملايين. It is returned first, as starting where the sentence does.
    """
    s0, s1 = max(0, sentence.start), min(len(body), sentence.end)
    raw = body[s0:s1]
    norm = _Normalized(raw).view(0, len(raw))
    toks = _tokens(norm, raw)
    found = []
    for k in range(len(toks)):
        lemma = _VERB_SURFACE.get(toks[k].text) or _COUNT_SURFACE.get(toks[k].text)
        prev = toks[k - 1].text if k else "،"
        if k == 0 and (lemma not in _COUNT_VERBS or (lemma == "قدر" and not _estimate_follows(toks))):
            continue  # "وقدّرت الإدارة قيمة الصفقة بنحو …": a count verb states figures without إن/أن
        after_contrast = k >= 2 and prev in _PLAIN_THAT and toks[k - 2].text in _CONTRAST  # غير أن، إلا أن
        # "بعد أن كشفت تحريات المباحث عن …" opens a clause as بعدما does: the verb's subject follows it.
        after_when = k >= 2 and prev in _PLAIN_THAT and toks[k - 2].text in _WHEN_THAT
        if lemma not in _FIGURE_VERBS:
            continue
        phrase = None
        if prev in ("قد", "وقد") and _after_kana_subject(toks, k - 1):
            if _COUNT_SURFACE.get(toks[k].text) != "رصد":
                continue  # "وكانت الهيئة قد أعلنت ضبط …": the subject came before قد, and is the sentence's speaker
            # "وكانت الهيئة قد رصدت 120 بلاغاً": رصد is no speech verb, so the sentence has no speaker;
            # the body between كان and قد counts the figures.
            cs = _clause_start(toks, k - 1) + 1
            phrase = _parse_np(toks, cs)
            if phrase is None or phrase.end != k - 1:
                continue
        if prev in _RELATIVE and k >= 2:
            # "وهو ما نفته الوزارة التي قدّرت النسبة بحوالي 60 بالمئة": who counts or estimates in a
            # relative clause is its antecedent. Other verbs there ("الحكومة التي أعلنت …") give nothing.
            if lemma not in _COUNT_VERBS or (lemma == "قدر" and not _estimate_follows(toks[k:])):
                continue
            phrase = _backward_np(toks, k - 2 if toks[k - 2].text in "،," else k - 1)
            if phrase is None:
                continue
        elif not (prev in "،," or prev in _PRE_VERB or after_contrast or after_when):
            # Subject first after لكن / إلا أن / غير أن: "، غير أن محللين رأوا أن"، "لكن مصدراً … أكد أن".
            start = _clause_start(toks, k)
            cs, subject_toks = _past_contrast(toks, start)
            phrase = _parse_np(subject_toks, cs) if cs > start else None
            if phrase is None and lemma == "قدر" and _estimate_follows(toks[k:]):
                # "وكشفت الأوراق أن لجنة من الوزارة قدّرت القيمة بنحو …": the subject of a that-clause
                # that estimates states the figure. Not رصد: "أن الوزارة رصدت اعتمادات بقيمة …" allocates
                # money, a fact the speaker reports.
                that = next((m for m in range(k - 2, max(start, k - 12) - 1, -1) if toks[m].text in _PLAIN_THAT), None)
                phrase = _parse_np(toks, that + 1) if that is not None else None
                if phrase and phrase.mode == "org" and phrase.end < k and toks[phrase.end].text == "من":
                    part_of = _parse_np(toks, phrase.end + 1)  # "لجنة من وزارة المالية"
                    if part_of and part_of.end == k and part_of.mode == "org":
                        phrase = phrase._replace(end=k)
            if phrase is None or phrase.end != k:
                continue
        if phrase is None:
            j = _skip_adverbs(toks, k + 1)
            if _addressee_end(toks, j) > j:
                continue  # "قال لبي بي سي إن": who is told states nothing
            phrase = _parse_np(toks, j) or (_recording_means(toks, j) if lemma in _RECORD_VERBS else None)
        if phrase is None or not (phrase.mode in ("org", "person", "place") or phrase.named
                                  or _strip_al(toks[phrase.start].text) in _UNNAMED_SOURCES):
            continue
        if lemma in _RECORD_VERBS and not _recorder(toks, phrase):
            continue
        if phrase.mode == "name" and _masdar_like(toks[phrase.start].text):
            continue  # "أعلنت … ضبط مخالفات": a verbal noun, the verb's object
        a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
        b = s0 + _raw_end(raw, norm.raw(toks[phrase.end - 1].end - 1) + 1)
        found.append((s0 + norm.raw(toks[k].start), Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))))
    for k in compress(count(), map(_DECISION_MASDARS.__contains__, map(_TOK_TEXT, toks))):
        phrase = _parse_np(toks, k + 1, strict=True) if k + 1 < len(toks) else None
        if phrase is None or _decision_maker(toks, phrase) != phrase:
            continue
        a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
        b = s0 + _raw_end(raw, norm.raw(toks[phrase.end - 1].end - 1) + 1)
        found.append((s0 + norm.raw(toks[k].start), Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))))
    for k in compress(count(), map(_SPEECH_MASDARS.__contains__, map(_TOK_TEXT, toks))):
        # "بعد أسبوع من إعلان منصة "ماجنيت" أن الشركات استحوذت على 48%": who announced states the that-clause.
        phrase = _parse_np(toks, k + 1, strict=True) if k + 1 < len(toks) else None
        if phrase is None or not (phrase.mode in ("org", "person") or phrase.named):
            continue
        after = _time_phrase_end(toks, phrase.end)
        # "بعد إعلان الشركة يوم الخميس عن تراجع أرباحها بنسبة 37%": إعلان/كشف take what is told with عن, as the
        # time of an event ("بعد"، "عقب"); "نشرت الصحيفة إعلان الشركة عن 40 وظيفة" is an advertisement.
        told_with_an = toks[after].text == "عن" and k > 0 and toks[k - 1].text in _TIME_PREPOSITIONS \
            and _strip_al(toks[k].text.lstrip("وبل")) in _TOLD_WITH_AN if after < len(toks) else False
        if after >= len(toks) or not (toks[after].text in _PLAIN_THAT or told_with_an):
            continue
        a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
        b = s0 + _raw_end(raw, norm.raw(toks[phrase.end - 1].end - 1) + 1)
        found.append((s0 + norm.raw(toks[k].start), Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))))
    found.sort(key=lambda f: f[0])
    if speaker is not None and not s0 <= speaker.start < s1 and not _SOURCE_STARTS.isdisjoint(map(_TOK_TEXT, toks)):
        # A speaker carried from before ("وأوضح البنك … أن"): only a relative clause a source closes is not his.
        source = _source_phrase(toks)
        cue_at = _closing_source_cue(toks, source) if source is not None else None
        clause = _closed_relative(toks, cue_at, 0) if cue_at is not None else None
        if clause is None and source is not None and speaker.cue:
            # "وأرجعت اللجنة قرارها إلى …، إذ انخفض التضخم إلى 11.9%، وفق بيانات الجهاز": a title resolved
            # to a name written before still speaks in this sentence, at its cue; a clause after its own
            # that a named source closes is the source's, as for a speaker named here.
            at = raw.find(speaker.cue)
            after = next((t.start for t in toks if norm.raw(t.start) >= at + len(speaker.cue)), None) \
                if at >= 0 else None
            clause = _closed_clause(toks, source, after, norm) if after is not None else None
        if clause is not None:
            a = s0 + norm.raw(source.start)
            b = s0 + _raw_end(raw, norm.raw(source.end - 1) + 1)
            found.append((s0 + norm.raw(toks[clause].start), Attribution(body[a:b], a, b, _cue_text(raw, norm, source.cue))))
    if speaker is not None and s0 <= speaker.start < s1 and not _SOURCE_STARTS.isdisjoint(map(_TOK_TEXT, toks)):
        source = _source_phrase(toks)
        speaker_end = speaker.end - s0 if speaker.end <= s1 else None
        if source is not None and s0 + norm.raw(source.start) == speaker.start:
            # The speaker is itself a source phrase: "يعمل فيه مليونا شخص، بحسب الوزارة، فيما بلغ الإنتاج
            # 53 طناً، وفق الشركة": a second source closes the clause after the first one's.
            later = next((m for m, t in enumerate(toks) if t.start >= source.end), len(toks))
            speaker_end = toks[later - 1].start  # the clause may open at the comma right after it
            source = _source_phrase(toks[later:])
        if source is not None:
            a = s0 + norm.raw(source.start)
            b = s0 + _raw_end(raw, norm.raw(source.end - 1) + 1)
            if b <= speaker.start:
                found.insert(0, (s0, Attribution(body[a:b], a, b, _cue_text(raw, norm, source.cue))))
            else:
                clause = _closed_clause(toks, source, speaker_end, norm)
                if clause is not None and a >= speaker.end:
                    found.append((s0 + norm.raw(toks[clause].start),
                                  Attribution(body[a:b], a, b, _cue_text(raw, norm, source.cue))))
    return found


# Rulebooks and contracts that fix a figure: "جائزة قدرها 5 ملايين، بحسب لائحة المسابقة"، "وفق عقد اللاعب".
# They state the figure but say nothing, so they name a claimant and never a speaker.
_RULEBOOKS = _words("قانون قوانين لائحة لوائح نظام أنظمة دستور مرسوم شروط أحكام اتفاق اتفاقية عقد عقود")


def rule_source(body: str, sentence: Sentence) -> Attribution | None:
    """Return the rulebook a source word credits in the sentence ("بحسب لائحة المسابقة"), or None.

    The rulebook must be in construct with a definite noun that says whose or of what it is: "وفق القانون"
    or "حسب الحاجة" names no document.
    """
    s0, s1 = max(0, sentence.start), min(len(body), sentence.end)
    raw = body[s0:s1]
    norm = _Normalized(raw).view(0, len(raw))
    toks = _tokens(norm, raw)
    n = len(toks)
    for k in range(n - 2):
        t = toks[k].text
        if (t[1:] if t[:1] == "و" and t[1:] in _SOURCE_WORDS else t) not in _SOURCE_WORDS:
            continue
        j = k + 2 if toks[k + 1].text == "ل" else k + 1
        head = toks[j].text if j < n else ""
        skip = 1 if head[:1] == "ل" and head[1:] in _RULEBOOKS else 0  # "وفقاً للائحة"، "وفقا لقانون"
        if (head[skip:] not in _RULEBOOKS or toks[j].tanween or j + 1 >= n
                or not _is_al(toks[j + 1].text) or toks[j + 1].text in _STOP):
            continue
        e = j + 2
        while _adjective_at(toks, e):
            e += 1
        a = s0 + norm.raw(toks[j].start + skip)
        b = s0 + _raw_end(raw, norm.raw(toks[e - 1].end - 1) + 1)
        return Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))
    return None


# Verbs by which a body sets a figure: "حددت الوزارة الحصة بـ 32 ألف طن"، "خفض البنك الفائدة 100 نقطة أساس".
# The body claims the figure it sets, though it says nothing (no speaker: a rate rise is an event).
_SETTING_SURFACE = {prefix + normalize(form): lemma for lemma, forms in
                    (("حدد", "حدد حددت"), ("خفض", "خفض خفضت"), ("رفع", "رفع رفعت"),
                     # "أحبطت الجمارك تهريب 2 طن"، "ضبطت الشرطة 40 كيلوغراماً": the body that seizes counts the haul
                     ("ضبط", "ضبط ضبطت"), ("أحبط", "أحبط أحبطت"), ("صادر", "صادر صادرت"))
                    for form in forms.split() for prefix in ("", "و", "ف")}
_TEAMS = _words("منتخب فريق نادي")  # "رفع المنتخب رصيده إلى 12 نقطة": a tally, set by no decision


def figure_setter(body: str, sentence: Sentence) -> Attribution | None:
    """Return the body that sets the sentence's figures with a verb of setting, or None.

    "وحددت الوزارة، في مقرر، الحصة بحوالي 32 ألف طن"، "وكان البنك المركزي قد خفض الفائدة بإجمالي 725
    نقطة أساس"، "أحبطت الجمارك تهريب 2 طن": the subject, a body or an official (as for قرر), claims them.
    """
    s0, s1 = max(0, sentence.start), min(len(body), sentence.end)
    raw = body[s0:s1]
    norm = _Normalized(raw).view(0, len(raw))
    toks = _tokens(norm, raw)
    for k in compress(count(), map(_SETTING_SURFACE.__contains__, map(_TOK_TEXT, toks))):
        prev = toks[k - 1].text if k else ""
        phrase = None
        if prev in ("قد", "وقد") and _after_kana_subject(toks, k - 1):
            phrase = _parse_np(toks, _clause_start(toks, k - 1) + 1)  # "وكان البنك قد خفض"
            if phrase is not None and phrase.end != k - 1:
                phrase = None
        elif k == 0 or (k == 1 and prev in ("و", "ف")):
            phrase = _parse_np(toks, _skip_adverbs(toks, k + 1))
        if phrase is None or _decision_maker(toks, phrase) != phrase \
                or _strip_al(toks[phrase.start].text) in _TEAMS:
            continue
        a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
        b = s0 + _raw_end(raw, norm.raw(toks[phrase.end - 1].end - 1) + 1)
        return Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))
    k = next((m for m, tok in enumerate(toks) if tok.text in _RECEIPT_MASDARS
              and any(x.text[:1].isdigit() for x in toks[m + 1:m + _RECEIPT_WINDOW])), None)
    phrase = _receiver(toks, k) if k is not None else None
    if phrase is None:
        return None
    a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
    b = s0 + _raw_end(raw, norm.raw(toks[phrase.end - 1].end - 1) + 1)
    return Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))


# "عقب تلقيه 1400 شكوى"، "بعد استقبالها 300 طلب": the body that received them counts them.
_RECEIPT_MASDARS = _words("تلقيه تلقيها استقباله استقبالها")
_RECEIPT_WINDOW = 6  # "تلقيه ما يزيد على 1400": the figure follows closely


def _receiver(toks: list[_Tok], k: int) -> _Phrase | None:
    """Return the subject of the opening clause that the pronoun of the receipt noun at k refers to.

    "وكان الجهاز قد أحال الشركة …، عقب تلقيه 1400 شكوى"، "وأغلقت الهيئة المصنع بعد تلقيها 50 بلاغا": a body
    or an official (as for قرر) whose gender the pronoun shares (ه with كان/أحال، ها with كانت/أغلقت).
    """
    start = _after_connective(toks)
    first = toks[start].text if start < k else ""
    if first in _KANA:
        phrase = _parse_np(toks, start + 1)
        if phrase is None or phrase.end >= k or toks[phrase.end].text not in ("قد", "وقد"):
            return None
    else:
        phrase = _first_clause_subject(toks, k)
    if phrase is None or _decision_maker(toks, phrase) != phrase:
        return None
    return phrase if first.endswith("ت") == toks[k].text.endswith("ها") else None


def _closed_clause(toks: list[_Tok], source: _Found, speaker_end: int | None, norm: _NormalizedView) -> int | None:
    """Return the first token of the comma clause that a trailing named source closes, when it is not the speaker's.

    "أعلن النادي ضم اللاعب، في صفقة بلغت 3 ملايين، بحسب ما أفادت به صحيفة X": the newspaper, not the club,
    gives the fee. The speaker keeps his own clause (his verb and its object) and everything he reports
    with إن/أن, a colon or a quote, whatever source he cites after it; the source must end the sentence
    and be a body, a person or a named outlet, not a bare document ("وفق بيان رسمي").
    """
    if speaker_end is None:
        return None
    n = len(toks)
    cue_at = _closing_source_cue(toks, source)
    if cue_at is None:
        return None
    first = next((m for m in range(n) if toks[m].start >= speaker_end), n)
    # "…، مشيرة إلى أن التضخم بلغ 5.4%، وفق المعهد الوطني للإحصاء": what a side participle relays, the
    # named body that closes it states; the speaker's own words before it stay the speaker's.
    relayed = next((m for m in range(cue_at - 1, first, -1) if toks[m].text in _PARTICIPLES
                    and toks[m - 1].text in "،,"), None)
    if relayed is not None and not any(t.text in _QUOTES or _ANALYSE_SURFACE.get(t.text)
                                       for t in toks[relayed + 1:cue_at]):
        return relayed
    relative = _closed_relative(toks, cue_at, first)
    if relative is not None:
        return relative
    if any(t.text in _THAT or t.text == ":" or t.text in _QUOTES for t in toks[first:cue_at]):
        return None  # reported speech: the speaker keeps it
    comma = cue_at - 1 if cue_at and toks[cue_at - 1].text in "،," else cue_at
    m = comma - 1
    while m > first and toks[m].text not in "،,؛;":
        if _ANALYSE_SURFACE.get(toks[m].text):
            return None  # a clause with its own speech verb
        m -= 1
    if m <= first or (toks[m + 1].text[:1] == "و" and len(toks[m + 1].text) > 2):
        return None  # "أعلنت الشرطة اعتقال رجلين، وضبط 5 كيلوغرامات، بحسب …": the speaker's clause goes on
    return m + 1


def _closing_source_cue(toks: list[_Tok], source: _Found) -> int | None:
    """Return the index of the cue token of a source that closes the sentence and names someone, else None.

    Only time words may follow it ("…، وفق ما أعلنته الشركة الشهر الماضي"); a document with no author
    ("وفق بيان رسمي") names no one.
    """
    n = len(toks)
    cue_at = next((m for m in range(n) if toks[m].start == source.cue[0]), None)
    end_at = next((m for m in range(n) if toks[m].end == source.end), None)
    if cue_at is None or end_at is None or any(t.text.isalnum() and t.text not in _TEMPORAL
                                               for t in toks[end_at + 1:]):
        return None
    head = next((t.text for t in toks if t.start <= source.start < t.end), "")
    return None if _strip_al(head) in _DOCUMENT_NOUNS else cue_at


def _closed_relative(toks: list[_Tok], cue_at: int, first: int) -> int | None:
    """Return where a relative clause starts that a trailing named source (its cue at cue_at) closes, or None.

    "أوضح البنك أن القرار يأتي في ظل تراجع التضخم الذي بلغ 4,9% في أكتوبر، وفق المعهد الوطني للإحصاء": the
    speaker cites a background figure about a noun, and the body named at the end gives it. The clause runs
    from الذي/التي to the source with no comma, quote, colon or speech verb of its own. Without a relative
    clause the speaker keeps his reported speech.
    """
    n = len(toks)
    stop = cue_at - 1 if cue_at and toks[cue_at - 1].text in "،," else cue_at
    for m in range(stop - 1, first, -1):
        t = toks[m].text
        if t in _RELATIVE:
            return m if m + 1 < stop else None
        decimal = t == "," and toks[m - 1].text.isdigit() and m + 1 < n and toks[m + 1].text.isdigit()  # 4,9
        if t in _THAT or (t in "،,؛;:" and not decimal) or t in _QUOTES or _ANALYSE_SURFACE.get(t):
            return None
    return None


def _quote_balance(raw: str) -> int:
    """Return 1 when raw leaves a quotation open, -1 when it closes one opened earlier, else 0."""
    openers = raw.count("“") + raw.count("«") + raw.count("„")
    closers = raw.count("”") + raw.count("»")
    if raw.count('"') % 2:
        # An odd ASCII quote opens when it comes before the text it quotes, else closes.
        at = raw.rfind('"') if raw.count('"') > 1 else raw.find('"')
        after = raw[at + 1:].strip(" .،,!?؟")
        return 1 if after else -1
    if openers > closers:
        return 1
    if closers > openers:
        return -1
    return 0


class _Parsed:
    """A sentence's normalised text, tokenised only when a rule needs its tokens."""

    __slots__ = ("norm", "raw", "s0", "_toks", "_parts")

    def __init__(self, norm: _NormalizedView, raw: str, s0: int) -> None:
        self.norm, self.raw, self.s0 = norm, raw, s0
        self._toks: list[_Tok] | None = None
        self._parts: list[str] | None = None

    @property
    def parts(self) -> list[str]:
        """The sentence split as gap, token, gap, token, …, gap."""
        if self._parts is None:
            self._parts = _TOKEN_SPLIT.split(self.norm.text)
        return self._parts

    @property
    def words(self) -> list[str]:
        """The text of each token (words and punctuation marks), without building the tokens."""
        return self.parts[1::2]

    @property
    def toks(self) -> list[_Tok]:
        if self._toks is None:
            self._toks = _tokens(self.norm, self.raw, self.parts)
        return self._toks


_WORD = re.compile(r"\w+")
_TRIGGERS = frozenset(_VERB_SURFACE) | frozenset(_GATED_SURFACE) | _SOURCE_WORDS | {"و" + w for w in _SOURCE_WORDS} \
    | {"لسان"} | _PARTICIPLES | {"و" + w for w in _PARTICIPLES} | _ISSUE_STARTS | _THEREBY | _UNDER | _THIS
_LEADING_QUOTE = re.compile(f"^\\s*(?:[وف]\\s*)?[{_QUOTES}]")


def _may_attribute(norm: str, words: list[str] | None = None) -> bool:
    """Say whether a normalised sentence holds any cue a rule could use (words: its token texts)."""
    if _LEADING_QUOTE.match(norm):
        return True
    # The sentence's word tokens are its \\w+ runs, and every trigger is such a run.
    return not _TRIGGERS.isdisjoint(_WORD.findall(norm) if words is None else words)


assert all(_WORD.fullmatch(trigger) for trigger in _TRIGGERS)


class _CueWords:
    """Where the trigger words of a whole normalised body start, to test each sentence by bisection.

    The words come from dates.normalise_body, whose text has the same offsets and the same \\w+
    runs as _Normalized's (both drop the same marks). Their letter folds differ: dates also folds
    ە and digits, which no trigger holds, and reads a word-initial لل as ال, as the triggers are
    looked up here; so a trigger of the sentence is found here. A word that only that fold turns
    into a trigger costs a reading that finds nothing, as a sentence without a cue gives nothing.
    Only this stage folds ۀ (to ه): a body holding it is not tested here.
    """

    __slots__ = ("_starts", "_texts", "_triggers", "_usable")

    def __init__(self, words: tuple[list[str], list[int]], text_length: int) -> None:
        texts, starts = words
        # normalise_body appends its text's end, which must be the length of _Normalized's text.
        self._usable = bool(starts) and starts[-1] == text_length
        self._texts, self._starts = texts, starts
        self._triggers = list(compress(starts, map(_TRIGGERS_AS_DATES_SPELL.__contains__, texts)))

    def in_view(self, norm: _NormalizedView) -> bool | None:
        """Say whether _may_attribute holds for the view; None when a word crosses its edges."""
        if not self._usable:
            return None
        n0 = norm.start
        n1 = n0 + len(norm.text)
        texts, starts = self._texts, self._starts
        first = bisect.bisect_right(starts, n0) - 1  # the last word starting at or before n0
        if 0 <= first < len(texts) and starts[first] < n0 < starts[first] + len(texts[first]):
            return None  # the view cuts a word: its own split would see a shorter one
        last = bisect.bisect_left(starts, n1) - 1  # the last word starting before n1
        if last >= 0 and starts[last] + len(texts[last]) > n1:
            return None
        k = bisect.bisect_left(self._triggers, n0)
        if k < len(self._triggers) and self._triggers[k] < n1:
            return True
        return _LEADING_QUOTE.match(norm.text) is not None


# The triggers in the spelling of dates.normalise_body's words (للفت → الفت).
_TRIGGERS_AS_DATES_SPELL = frozenset(map(sub_lal, _TRIGGERS))
assert not any("ە" in t or "ۀ" in t or any(c.isdigit() for c in t) for t in _TRIGGERS)


def _cue_text(raw: str, norm: _NormalizedView, cue: tuple[int, int]) -> str:
    """Return the cue as written in the sentence."""
    return raw[norm.raw(cue[0]):_raw_end(raw, norm.raw(cue[1] - 1) + 1)]



@lru_cache(maxsize=4096)
def _is_body(speaker: str) -> bool:
    """Say whether a speaker is a body or a place (وزارة التجهيز والماء، المندوبية), not a person or a title."""
    words = [t for t in _TOKEN.findall(normalize(speaker)) if t.isalpha()]
    return bool(words) and (_is_institution(words[0]) or _is_place(words[0])) and not _person_name(speaker)


def opens_report(attribution: Attribution, sentence: str = "") -> bool:
    """Say whether a claimant is a reporting body that tells its figures in a clause it opens.

    "وأوضح المعهد أن …"، "وأضاف المصدر ذاته أن …" open a report the next sentence may go on with; a source
    phrase ("…، بحسب الغرفة") closes its own sentence, and a person's figures stay his. A source phrase that
    opens the sentence (given as `sentence`), "وبحسب النشرة، بلغ …", opens the report as a verb does.
    """
    cue = _TOKEN.findall(normalize(attribution.cue or ""))
    if cue and cue[0] in _SOURCE_STARTS and not (attribution.cue and sentence.lstrip().startswith(attribution.cue)):
        return False
    if _is_body(attribution.speaker):
        return True
    words = [t for t in _TOKEN.findall(normalize(attribution.speaker)) if t.isalpha()]
    return len(words) == 2 and words[0] in _THE_SOURCE and words[1] in _SAME


# A sentence that goes on with the figures of the report before it opens on a verb that states a figure,
# "وسجلت أسعار الزيوت تراجعا بنسبة …"، "وبلغت إيرادات القطاع …", maybe after a topic phrase ("وعلى مستوى نشاط
# الشاحنات، سجل الميناء …"). Not a market move told by the writer ("وهبط الجنيه …"), nor background.
_STATING_VERBS = _words("سجل سجلت بلغ بلغت يبلغ تبلغ يقدر تقدر قدر قدرت")
_TOPIC_WORDS = 6  # words of "وعلى مستوى نشاط الشاحنات،"


def continues_report(text: str) -> bool:
    """Say whether a sentence with no source of its own goes on with the figures of the sentence before it.

    Not when it names a source the reading missed ("…، بحسب مؤشرات محال الصاغة") or a body acts in it
    ("وتسجل الوزارة …": its own figures).
    """
    words = _TOKEN.findall(normalize(text))
    if not words or words[0][:1] != "و":
        return False
    if not _SOURCE_WORD_STARTS.isdisjoint(words) or "لسان" in words:
        return False  # على alone ("على أساس سنوي") names no source; "على لسان" does
    k = 0
    comma = next((m for m in range(1, min(len(words), _TOPIC_WORDS + 1)) if words[m] in "،,"), None)
    if words[0][1:] not in _STATING_VERBS and comma is not None and words[0] in _TOPIC_OPENERS:
        k = comma + 1
    verb = words[k][1:] if k == 0 else words[k] if k < len(words) else ""
    # "وفي المقابل، تراجعت أسعار النقل بنحو …": the contrast answers the report's own figures, so a
    # move told after it is the report's too (a move that opens the sentence is the writer's).
    contrast = k == 3 and (words[:2] == ["وفي", "المقابل"] or words[:2] == ["وفى", "المقابل"]) \
        or k == 2 and words[0] == "وبالمقابل"
    if verb not in _STATING_VERBS and not (contrast and verb in _MOVE_VERBS):
        return False
    return not (k + 1 < len(words) and _is_institution(words[k + 1]))


_TOPIC_OPENERS = _words("وعلى وفي وعلي وفى وبالمقابل")  # "وعلى مستوى …،"، "وعلى صعيد …،"، "وفي قطاع …،"
_MOVE_VERBS = _words("ارتفع ارتفعت تراجع تراجعت انخفض انخفضت صعد صعدت هبط هبطت زاد زادت تقلص تقلصت "
                     "نما نمت تزايد تزايدت")


@lru_cache(maxsize=16384)
def _has_name(speaker: str) -> bool:
    """Say whether a speaker string holds a name, not only a title or an institution."""
    toks = [t for t in _TOKEN.findall(normalize(speaker)) if t.isalpha()]
    return any(not _is_al(t) and not _is_title(t) and not _is_institution(t) for t in toks)


@lru_cache(maxsize=4096)
def _title_key(text: str) -> tuple[str, ...]:
    """Return the comparable words of a title: no ال, no feminine ending."""
    out = []
    for t in _TOKEN.findall(normalize(text)):
        if t.isalpha():
            t = _strip_al(t)
            out.append(t[:-1] if t.endswith("ه") and len(t) > 3 else t)
    return tuple(out)


def _resolve_title(body: str, written: Attribution, named: list[Attribution],
                   earlier: list[_Parsed], *, need_name: bool = True) -> Attribution | None:
    """Return the named speaker, or earlier named mention, that a bare title points back to.

    earlier: the sentences before the title's, or its own sentence, whose text before the title counts.
    A bare institution ("اللجنة", "الوزارة") points back to its last fuller mention
    ("لجنة السياسة النقدية"), named or not.
    """
    key = _title_key(written.speaker)
    if not key:
        return None
    for cand in reversed(named[-20:]):
        words = _title_key(cand.speaker)
        if not need_name and words[:1] != key[:1]:
            continue  # "الصندوق" is the fund, not "المديرة العامة للصندوق …" whose title names it
        if all(w in words for w in key):
            return cand
    # An earlier mention of the same title with a name: "وقعها الرئيس الروسي فلاديمير بوتين".
    for item in reversed(earlier[-30:]):
        if key[0] not in item.norm.text:
            continue  # cheap test before tokenising the sentence
        norm, toks, s0 = item.norm, item.toks, item.s0
        # The tokens whose title key starts like the bare title's, found with C-level iteration.
        same_head = map(key[:1].__eq__, map(_FIRST, map(_title_key, map(_TOK_TEXT, toks))))
        for k in compress(count(), same_head):
            if not need_name and k and (_is_title(toks[k - 1].text) or toks[k - 1].text in ("عام", "العام")):
                continue  # "أمين عام الوزارة …": the body names a person's post, not a fuller mention of it
            phrase = _parse_np(toks, k)
            if not phrase or (need_name and not phrase.named) or phrase.end - phrase.start < 2:
                continue
            a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
            b = _raw_end(body, s0 + norm.raw(toks[phrase.end - 1].end - 1) + 1)
            if b > written.start:
                continue  # the sentence's own text after the bare title: "وقعت شركة X … وفق إفصاح نشرته الشركة"
            if all(w in _title_key(body[a:b]) for w in key):
                return Attribution(body[a:b], a, b, "")
    return None


_FIRST = itemgetter(slice(0, 1))  # a tuple's first item, as a tuple (empty for an empty one)


# --------------------------------------------------------------------------- name variants

_SKELETON_FOLD = str.maketrans({"غ": "ج", "ق": "ج", "ة": "ه", "ى": "ي", "ء": "", "ـ": ""})
_VOWELS = re.compile("[اوي]")


def _person_name(speaker: str) -> list[str]:
    """Return the personal-name words of a speaker string, without its title."""
    return list(_person_name_cached(speaker))


@lru_cache(maxsize=16384)
def _person_name_cached(speaker: str) -> tuple[str, ...]:
    # Cached: the same officials speak in article after article.
    return tuple(_read_person_name(speaker))


def _read_person_name(speaker: str) -> list[str]:
    toks = _TOKEN.findall(normalize(speaker))
    words = [t for t in toks if t.isalpha()]
    if not words:
        return []
    # The name is the run at the end: name words, particles (عبد، بن) and ال- parts that belong
    # to a name (الله، الدين، عبد الفتاح, or a surname after a first name: أيمن الصفدي).
    last = len(words) - 1
    cut = len(words)
    for i in range(last, -1, -1):
        w = words[i]
        after_particle = i > 0 and (words[i - 1] in _NAME_PARTICLES or words[i - 1] in _AL_PARTICLES)
        # A final ال- surname, or one that a lineage particle carries on ("الفيصل آل سعود").
        surname = _is_al(w) and i > 0 and (i == last or words[i + 1] in _LINEAGE) and (
            _plain_name_word(words[i - 1]) or (i > 1 and words[i - 2] in _NAME_PARTICLES))
        if _plain_name_word(w) or w in _NAME_AL or w in _NAME_PARTICLES or w in _AL_PARTICLES or surname \
                or (_is_al(w) and after_particle):
            cut = i
            continue
        break
    while cut < len(words) and words[cut] in _NAME_AL:
        cut += 1  # a name does not start with الله
    if cut < len(words) and (_prepositional(words[cut]) or (
            cut == 1 and _is_institution(words[0]) and _strip_al(words[0]) not in _NAMED_ORGS)):
        # The words after a body's noun are its genitive, not a person: "مرصد سوق الاتصالات"; nor does
        # a name start with ب/ل + a verbal noun or a body: "الوكالة الوطنية لتقنين المواصلات"، "مصدر بوزارة
        # العمل". A named organisation keeps its name: "حركة حماس".
        return []
    if cut > last and len(words) == 1 and _is_al(words[0]) and words[0] not in _STOP \
            and _strip_al(words[0]) not in _SOURCE_NOUNS \
            and not (_is_title(words[0]) or _is_institution(words[0]) or _is_place(words[0])):
        return words  # a surname alone: الصفدي، السوداني
    return words[cut:]


def _plain_name_word(w: str) -> bool:
    """Say whether a normalised word can be part of a personal name (not a title, ال-, or place)."""
    coordinated = w[:1] == "و" and len(w) > 3 and (_is_al(w[1:]) or _is_place(w[1:]))
    return (not _is_al(w) and w not in _STOP and not _is_institution(w) and not coordinated
            and (not _is_title(w) or w in _TITLE_NAMES)
            and not (w[:1] == "ل" and (_is_institution(w[1:]) or _is_place(w[1:]))))


@lru_cache(maxsize=4096)
def _skeleton(word: str) -> str:
    """Return a spelling-insensitive key: ج=غ=ق, long vowels dropped after the first letter."""
    w = normalize(word).translate(_SKELETON_FOLD)
    return w[:1] + _VOWELS.sub("", w[1:]) if w else ""


def _edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Return the Levenshtein distance of a and b, or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=65536)  # pure in its two words; names recur across articles
def _same_word(a: str, b: str) -> bool:
    sa, sb = _skeleton(a), _skeleton(b)
    if sa == sb:
        return True
    return min(len(sa), len(sb)) >= 4 and _edit_distance(sa, sb, 1) <= 1


def _same_name(a: list[str], b: list[str]) -> bool:
    """Say whether two personal names are spellings of one name (or a surname and its full name)."""
    ja, jb = "".join(a), "".join(b)
    if len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b)):
        return True
    if _same_word(ja, jb):  # spacing: بيونغ يانغ / بيونغيانغ
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1 and len(long_) > 1:
        return _same_word(short[0], long_[-1]) and len(_skeleton(short[0])) >= 3
    return False


def link_name_variants(names: list[str]) -> dict[str, str]:
    """Map each name to one canonical spelling shared by its variants (تشوي سون هوي / تشو سون هوي).

    Rule: a speaker's personal name is the run of words after its title ("وزير الخارجية الروسي
    سيرغي لافروف" → "سيرغي لافروف"; a name-less title or institution is its own name). Two names
    are one person when their words pair up with equal skeletons, or with skeletons at edit
    distance ≤ 1 when they have 4+ letters; or when they match with the spaces removed; or when
    one is a single word equal (by the same test) to the other's last word (a surname alone).
    A skeleton folds hamza/alif forms, ى/ي, ة/ه, ج/غ/ق and drops ا/و/ي after the first letter.
    A surname that matches two different full names is left alone. Name-less speakers
    (institutions, places) link when one only adds adjectives of origin to the other
    ("الولايات المتحدة" / "الولايات المتحدة الأميركية"). The canonical form is the longest
    personal name in the group, ties broken by frequency, then by first appearance.
    """
    counts = Counter(names)
    order = list(counts)  # distinct names in order of first appearance
    first = {name: i for i, name in enumerate(order)}
    named = {name: _person_name(name) for name in order}
    person = {name: named[name] or [w for w in _TOKEN.findall(normalize(name)) if w.isalpha()]
              for name in order}
    parent = {name: name for name in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    full = [x for x in order if len(person[x]) > 1]
    # Pairwise comparison is fine for the few dozen speakers of an article; beyond that only
    # exact skeleton matches are linked, to stay fast.
    pairwise = len(order) <= _MAX_PAIRWISE_NAMES
    by_key: dict[str, str] = {}
    for x in order:
        key = " ".join(_skeleton(w) for w in person[x])
        if key in by_key:
            parent[find(x)] = find(by_key[key])
        else:
            by_key[key] = x
    # Initials of the first and last words' skeletons: every rule below needs one pair to agree.
    ends = {x: (_skeleton(person[x][0])[:1], _skeleton(person[x][-1])[:1]) if person[x] else ("", "")
            for x in order}
    for i, x in enumerate(order if pairwise else []):
        px = person[x]
        if not px:
            continue
        fx, lx = ends[x]
        for y in order[i + 1:]:
            py = person[y]
            fy, ly = ends[y]
            if not py or (fx != fy and lx != fy and fx != ly):
                continue
            if not named[x] and not named[y]:
                if _same_institution(px, py):
                    parent[find(y)] = find(x)
                continue
            if not named[x] or not named[y] or not _same_name(px, py):
                continue
            if len(px) == 1 or len(py) == 1:
                single = x if len(px) == 1 else y
                # A surname shared by two different people stays unlinked.
                owners = {find(f) for f in full if len(person[f]) > 1 and _same_name(person[single], person[f])}
                if len(owners) > 1:
                    continue
            parent[find(y)] = find(x)
    groups: dict[str, list[str]] = {}
    for name in order:
        groups.setdefault(find(name), []).append(name)
    result: dict[str, str] = {}
    for members in groups.values():
        best = max(members, key=lambda m: (len(person[m]), counts[m], -first[m]))
        canonical = " ".join(_raw_name(best, person[best]))
        for m in members:
            result[m] = canonical
    return result


_MAX_PAIRWISE_NAMES = 300


def _same_institution(a: list[str], b: list[str]) -> bool:
    """Say whether two name-less speakers differ only by trailing adjectives of origin.

    "الولايات المتحدة" / "الولايات المتحدة الأميركية", "وزارة الصحة" / "وزارة الصحة الفلسطينية".
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2 or not all(_same_word(x, y) for x, y in zip(short, long_)):
        return False
    return all(w.startswith("ال") and _NISBA.search(w) for w in long_[len(short):])


def _raw_name(speaker: str, words: Iterable[str]) -> list[str]:
    """Return the words of speaker as written (with their diacritics) whose normalised form is in words."""
    return list(_raw_name_cached(speaker, tuple(words)))


@lru_cache(maxsize=16384)
def _raw_name_cached(speaker: str, words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_read_raw_name(speaker, words))


def _read_raw_name(speaker: str, words: Iterable[str]) -> list[str]:
    wanted = list(words)
    raw_words = speaker.split()
    picked = [w for w in raw_words if normalize(w).strip("،,:\"“”«»()") in wanted]
    return picked[-len(wanted):] if picked else wanted
