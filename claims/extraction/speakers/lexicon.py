"""Normalisation, word lists and tokens for finding speakers. Holds normalize and the folded view of a text that
maps offsets back to the raw body (_Normalized, _NormalizedView), the speech-verb tables and every word list
the rules read (titles, institutions, places, source words, name particles …), the token and phrase types
(_Tok, _Phrase, _Found, _Carry, _CarrySource, _CarryBody, _CarryPrevious) and the predicates on a single token (_verb_lemma,
_is_title, _is_place, _name_like …). It imports nothing else from this package.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from ..sentences import QUOTE_MARKS

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
        if removed:
            # _DROP matches one character at a time: the text without them is the runs between them, joined
            # (a second regex pass over the whole text, _DROP.sub, costs more).
            run_starts = [0, *[r + 1 for r in removed]]
            self.text = _fold("".join([text[a:b] for a, b in zip(run_starts, [*removed, len(text)])]))
        else:
            self.text = _fold(text)

    def raw(self, i: int) -> int:
        """Return the original offset of normalised offset i."""
        return i + bisect.bisect_right(self._shifts, i) if self._shifts else i

    def view(self, start: int, end: int) -> _NormalizedView:
        """Return the normalised copy of original text[start:end], with its own offset map."""
        # Normalised offset of an original offset: minus the characters removed before it.
        n0 = start - bisect.bisect_left(self._removed, start) if self._shifts else start
        n1 = end - bisect.bisect_left(self._removed, end) if self._shifts else end
        return _NormalizedView(self, n0, n1, start, plain=n1 - n0 == end - start)


class _NormalizedView:
    """A slice of a _Normalized text: one sentence, normalised once with the whole body."""

    __slots__ = ("_whole", "_n0", "_r0", "_plain_length", "text", "tanween")

    def __init__(self, whole: _Normalized, n0: int, n1: int, r0: int, *, plain: bool = False) -> None:
        self._whole, self._n0, self._r0 = whole, n0, r0  # n0: where text starts in whole.text
        # plain: no character of the original slice was dropped, so an offset inside the text is its own
        # original offset (the end may still map past a mark that follows the slice).
        self._plain_length = n1 - n0 if plain else 0
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

    def normalised(self, i: int) -> int:
        """Return the normalised offset of offset i of the original slice (a character normalising keeps)."""
        r = self._r0 + i
        return r - bisect.bisect_left(self._whole._removed, r) - self._n0

    def raw(self, i: int) -> int:
        """Return the offset in the original slice of normalised offset i."""
        if 0 <= i < self._plain_length:
            return i
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
    # A belief stated as a view, as رأى: "ويعتقد الباحث في المركز غريغوري ألين أن …" (the passive "ويُعتقد أن" has
    # no subject and carries no one: _NO_CARRY).
    "اعتقد": "اعتقد اعتقدت اعتقدوا يعتقد تعتقد يعتقدون",
    "روى": "روى روت رووا يروي تروي يروون",  # a witness's account: "وتروي إحدى الضحايا أنها خسرت …"
    "شدد": "شدد شددت شددوا يشدد تشدد",
    "لفت": "لفت لفتت لفتوا يلفت تلفت",
    "ذكر": "ذكر ذكرت ذكروا يذكر تذكر",
    "أفاد": "أفاد أفادت أفادوا يفيد تفيد",
    "أورد": "أورد أوردت يورد تورد",
    "نقل": "نقل نقلت ينقل تنقل",
    # "تحدثت الإدارة عن عبور 400 سيارة": what a source speaks of is its account; only with عن right after the
    # subject (_has_complement): "تحدث الوزير إلى الصحفيين" or "تحدث بالهاتف" reports no content.
    "تحدث": "تحدث تحدثت تحدثوا يتحدث تتحدث يتحدثون",
    "اتهم": "اتهم اتهمت اتهموا يتهم تتهم",
    "طالب": "طالب طالبت طالبوا يطالب تطالب",
    # A recommendation, as a demand: "وكان المعهد قد أوصى بخفض الحصص بنسبة 15 في المائة".
    "أوصى": "أوصى أوصت أوصوا يوصي توصي يوصون",
    "التمس": "التمس التمست التمسوا يلتمس تلتمس",  # a request in court: "التمست النيابة تشديد العقوبة"
    "دعا": "دعا دعت دعوا يدعو تدعو",
    "ناشد": "ناشد ناشدت ناشدوا يناشد تناشد",  # an appeal, as دعا: "ناشدت الوزارة المواطنين عدم …"
    "أصر": "أصر أصرت يصر تصر",
    "علق": "علق علقت يعلق تعلق",
    "أشاد": "أشاد أشادت يشيد تشيد",
    "رفض": "رفض رفضت رفضوا يرفض ترفض",
    "أعرب": "أعرب أعربت يعرب تعرب",
    # "أبدى المرصد قلقه من …": an attitude made known, as أعرب عن; only with an attitude noun (_SHOWN_ATTITUDES).
    "أبدى": "أبدى أبدت أبدوا يبدي تبدي",
    # "طمأنت الشركة المواطنين بأن المخزون يكفي": a reassurance states a fact; only with أن (_NEEDS_COMPLEMENT).
    "طمأن": "طمأن طمأنت طمأنوا يطمئن تطمئن",
    "أردف": "أردف أردفت يردف تردف",
    "تساءل": "تساءل تساءلت تساءلوا يتساءل تتساءل يتساءلون",  # a question asked aloud: "وتساءلت: «إلى أين نذهب؟»"
    "توقع": "توقع توقعت توقعوا يتوقع تتوقع يتوقعون",
    "رجح": "رجح رجحت رجحوا يرجح ترجح يرجحون",
    # A forecast in Maghrebi usage, as توقع: "يرتقب بنك المغرب أن تبلغ وتيرة النمو 4,6 في المائة"; only with أن
    # (_NEEDS_COMPLEMENT), since "يرتقب الجمهور المباراة" awaits it, and with no subject "ويرتقب أن" is the
    # passive "it is expected" (_NO_CARRY).
    "ارتقب": "ارتقب ارتقبت ارتقبوا يرتقب ترتقب يرتقبون",
    "لخص": "لخص لخصت يلخص تلخص",  # "«…»، بهذه العبارة لخّص الوزير المشهد": who said the quote
    "أقر": "أقر أقرت يقر تقر",
    "اعترف": "اعترف اعترفت يعترف تعترف",
    "أبلغ": "أبلغ أبلغت",
    "استطرد": "استطرد استطردت",
    "نبه": "نبه نبهت ينبه",
    # "حدد المركز قوتها بـ5.3 درجات": a measure set at a figure is estimated, as with قدر (only with بـ + a figure)
    "قدر": "قدر قدرت يقدر تقدر حدد حددت",
    "أظهر": "أظهر أظهرت",
    "كتب": "كتب كتبت يكتب تكتب",  # on social media: "كتب غوتيريش على منصة إكس"
    "غرد": "غرد غردت يغرد تغرد",
    "سجل": "سجل سجلت سجلوا يسجل تسجل",  # record verbs: only with a monitoring body (_RECORDERS)
    "وثق": "وثق وثقت وثقوا يوثق توثق",
    "أحصى": "أحصى أحصت أحصوا يحصي تحصي",  # count verbs: they state a figure, not speech (_NEEDS_COMPLEMENT)
    # Not "عزت" (the first name Izzat: "عزت الرشق"), not "بين" (between) nor "تبين" ("it turned out").
    # A justification gives its grounds as a claim: "وبرر البنك قراره بتراجع التضخم، إذ لم يتجاوز 1.1 في المائة".
    "برر": "برر بررت برروا يبرر تبرر",
    "عزا": "عزا عزوا يعزو تعزو",  # "وعزا المسؤول الارتفاع إلى": the cause he gives is his claim
    "نوه": "نوه نوهت نوهوا ينوه تنوه",
    "بين": "بينت بينوا يبين",
    "استبعد": "استبعد استبعدت استبعدوا يستبعد تستبعد",
    # Blame: "حمّلت الوزارة الشركة مسؤولية التأخير"; only with مسؤولية after it (_NEEDS_COMPLEMENT), since
    # حمل is also "carried" ("حمل المتظاهرون لافتات"). Past only, bare or after و/ف (_BARE_FORMS_ONLY).
    "حمل": "حمل حملت حملوا",
    # A complaint: "يشكو الأهالي من أن الحصة لا تكفي"; only with "من أن" or a quote (_NEEDS_COMPLEMENT), since
    # "يشكو المريض من ألم" reports no words.
    "شكا": "شكا شكت شكوا يشكو تشكو يشكون اشتكى اشتكت اشتكوا يشتكي تشتكي يشتكون",
    # A reply: "وردّ المتحدث بأن …"; رد is also the noun "reply" and ورد "was mentioned" (_has_complement).
    "رد": "رد ردت ردوا يرد ترد",
    # Past only: "يرجع تاريخ المبنى إلى" is intransitive ("dates back"), never speech.
    "أرجع": "أرجع أرجعت أرجعوا",  # "وأرجع المدير أسباب الحوادث إلى": the cause he gives, as عزا
    # "وختم بالقول إن …"، "واختتم الوزير كلمته قائلاً": the last words, only with بالقول/قائلا/بأن/a colon
    # (_concluded_with); "اختتم المؤتمر أعماله"، "ختم الفريق الموسم بفوز" say nothing.
    "ختم": "ختم ختمت يختم تختم اختتم اختتمت يختتم تختتم",
    # Past only: "تقرر تأجيل الجلسة" is the passive "it was decided", with no one deciding.
    "قرر": "قرر قررت قرروا",  # decision verbs: only with a body or a titled person (_DECISION_VERBS)
    "أصدر": "أصدر أصدرت",  # "أصدرت الهيئة قراراً برفع …": only with a decision or statement after it (_ISSUING_VERBS)
    # Launches: only with a body as subject (_LAUNCH_VERBS). Not أطلق النار (fired).
    "دشن": "دشن دشنت",
    "أطلق": "أطلق أطلقت",
    "افتتح": "افتتح افتتحت",
    "أمر": "أمر أمرت",  # "أمر الرئيس بصرف منحة": an order, a decision verb as قرر
    # A body settling a result or a dispute: "حسمت اللجنة النتيجة بعد إعادة فرز 40 صندوقاً"; a decision verb as قرر
    # (with a body or an official only: "حسم الفريق المباراة" says nothing). Past only: "حسم 10%" is a discount.
    "حسم": "حسم حسمت",
    # Rulings: only with a court or a judge as subject (_RULING_VERBS). Not "حكم" (the noun "ruling").
    "قضى": "قضى قضت",
    "حكم": "حكمت",
    # A higher court upholds, reduces or convicts: "أيدت محكمة التمييز حكم … بحبس 9 متهمين"، "قبل أن تخفف محكمة
    # الاستئناف العقوبات بحق 5 من المتهمين". With any other subject "أيد" is support and "خفف" easing: nothing said.
    "أيد": "أيد أيدت يؤيد تؤيد",
    "خفف": "خفف خففت يخفف تخفف",
    "أدان": "أدان أدانت",
}
_VERB_OF: dict[str, str] = {normalize(form): lemma for lemma, forms in _VERB_FORMS.items()
                            for form in forms.split()}
# Two bodies or women speak with the feminine dual of the past: "وصفتاه"، "أكدتا" (قالت + ا). The masculine dual
# (قال + ا) is only listed where it is no noun: "ذكرا"، "سجلا"، "أمرا"، "وصفا" are nouns too.
_VERB_OF.update({form + "ا": lemma for form, lemma in list(_VERB_OF.items())
                 if form.endswith("ت") and _VERB_OF.get(form[:-1]) == lemma})
_CLITICS = ("هما", "هم", "ها", "ه", "نا", "كم")
# Verbs whose forms with a clitic or another prefix are common nouns: حمله is also حملة (a campaign), لحمل "for
# carrying"; only the bare form, or with و/ف, is read.
_BARE_FORMS_ONLY = {"حمل"}
# Deeds, not speech: with نا they are "we did" ("حين أطلقنا قسم الأطفال"، "قررنا"), never "he … us".
_DEEDS_NOT_TO_US = {"قرر", "حسم", "أصدر", "دشن", "أطلق", "افتتح", "أمر", "قضى", "حكم", "أيد", "خفف", "أدان"}
# Every written form: conjunction/particle prefixes × verb form × object clitic, looked up in one step.
_VERB_SURFACE: dict[str, str] = {
    prefix + form + clitic: lemma
    for form, lemma in _VERB_OF.items()
    for prefix in ("", "و", "ف", "ول", "فل", "وس", "فس", "ل", "س")
    for clitic in ("",) + _CLITICS
    if (not clitic or len(form) > 2) and not (clitic == "نا" and lemma in _DEEDS_NOT_TO_US)
    # The future س goes on imperfect forms only: سامر is a first name, not "س + أمر".
    and not (prefix.endswith("س") and form[:1] not in "يتن")
    and not (lemma in _BARE_FORMS_ONLY and (clitic or prefix not in ("", "و", "ف")))
}
# Surnames a prefixed verb form spells: "طارق فايد" (not "فأيد", "and he upheld").
_SURNAMES_LIKE_VERBS = _words("فايد")
for _surname in _SURNAMES_LIKE_VERBS:
    _VERB_SURFACE.pop(_surname, None)
# A past form in ى writes it as alif before a pronoun: نفى → "نفاه"، ادعى → "ادعاها"، روى → "رواه".
# Not قضى: "قضاة" (judges) folds to the same letters as "قضاه".
_VERB_SURFACE.update({
    prefix + form[:-1] + "ا" + clitic: lemma
    for form, lemma in _VERB_OF.items() if lemma in ("نفى", "ادعى", "روى") and form in ("نفي", "ادعي", "روي")
    for prefix in ("", "و", "ف")
    for clitic in _CLITICS
})
# Verbs that also read as common nouns or non-speech verbs (ذكر "mention", نقل "transport",
# وصف "description", رفض "refusal"): they need a speech complement to count.
_NEEDS_COMPLEMENT = {"أبدى", "طمأن", "ذكر", "نقل", "تحدث", "تابع", "رأى", "وصف", "كشف", "دعا", "لفت", "رفض", "قدر", "نفى", "أظهر",
                     "كتب", "أحصى", "رصد", "ختم",
                     "عزا", "استبعد", "أرجع", "روى", "رد",
                     "أضاف", "شكا", "حمل", "ارتقب"}  # "عزا … إلى"، "استبعد أن"; "استبعد المدرب اللاعب" and "أضاف المهاجم الهدف الثاني" are no speech
# "يذكر أن" / "ذكر أن" with no subject is the passive "it is noted": never carry a speaker.
_NO_CARRY = {"ذكر", "نقل", "قدر", "كتب", "سجل", "وثق", "أحصى", "رصد", "أرجع", "قرر", "أمر", "حسم", "قضى", "حكم", "اعتقد",
             "أيد", "خفف", "أدان",
             "أصدر", "دشن", "أطلق", "افتتح", "لخص", "ارتقب"}
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
_DECISION_VERBS = {"قرر", "أمر", "حسم"}
# "قضت محكمة الجنايات بحبس المتهمين 7 سنوات وبرد 4.2 ملايين دينار": a court that rules states the
# sentence and the sums; "قضى الوزير ثلاثة أيام في المستشفى" (spent) or "حكمت" (a first name) state nothing.
_RULING_VERBS = {"قضى", "حكم", "أيد", "خفف", "أدان"}
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
_RECORDING_MEANS = _words("محطات محطة أجهزة جهاز فرق فريق مراصد رادارات كاميرات أقمار "
                          "مصالح")  # a body's services (Maghreb): "سجلت مصالح الوكالة"
_PARTICIPLES = _words("قائلا قائلة مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة متابعا متابعة "
                      "معتبرا معتبرة محذرا محذرة لافتا لافتة مشددا مشددة مستطردا "
                      # of a group: "قلل خبراء من أهمية التراجع، معتبرين أن …"
                      "قائلين مضيفين مشيرين مؤكدين موضحين معتبرين محذرين لافتين مشددين "
                      # after a deed: "تعهد المرشح بـ«…»، معلناً أن …"، "هنّأه الرئيس، واصفاً فوزه بأنه «…»"
                      "معلنا معلنة معلنين واصفا واصفة واصفين")

# "، مذكّرةً بأن الولاية تضم …": reminding, as مؤكدة goes on with what the subject says; only with أن right after
# it (_reminding_that), since "مذكرة" is also a memo ("، مذكرة تفاهم").
_REMINDING = _words("مذكرا مذكرة مذكرين")

_THAT = _words("إن أن إنه أنه إنها أنها إنهم أنهم إنهما أنهما إننا أننا إنني أنني أنكم إنكم "
               "بأن بأنه بأنها بأنهم بأنهما بأننا لأن")
_RELATIVE = _words("الذي التي الذين اللذين اللتين اللواتي اللاتي")
# "as" before a speech verb ("حسبما أفادت وزارة الصحة"): the verb's subject is the source.
_AS_CONJUNCTIONS = _words("حسبما وحسبما بحسبما وبحسبما وفقما ووفقما")
_PRE_VERB = _AS_CONJUNCTIONS | _words("كما فيما بينما حيث ثم قد وقد لقد فقد إذ اذ عندما حين حينما بعدما كذلك وكذلك "
                   "لكن ولكن بل أيضا وكما ولما لما فيما وفيما حيث وحيث فقط "
                   "هكذا وهكذا")  # after a quotation: "«…»، هكذا علّق المدرب": the subject follows the verb
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
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    # Maghreb names: "وقال الوزير أفريل الماضي إن" (the month is no part of the speaker's name)
    "جانفي فيفري أفريل ماي جوان جويلية يوليوز أوت غشت أغشت شتنبر نونبر دجنبر دجمبر"
)
_STOP = _words(
    "في فى خلال بعد قبل أمام عبر إلى الى على علي عن من مع منذ حتى حول ضد بين دون عند عقب إثر "
    "أثناء وسط إزاء تجاه نحو حوالي قرابة أكثر أقل لدى لـ ب ل ك و ف داخل خارج "
    "هذا هذه ذلك تلك هؤلاء هناك هنا كل بعض جميع أي عدد ما لا لم لن قد كان كانت يكون سوف "
    "هو هي هم هما نحن أنا أنت وهو وهي وهم ونحن له لها لهم فيه فيها منه منها عليه عليها به بها بهم "
    "أيضا كذلك مجددا مرارا رسميا سابقا لاحقا مؤخرا حاليا صراحة علنا بدوره بدورها خلالها خلاله "
    "إذ إذا لو كي لكي حيث بينما فيما كما وكما بل ثم أو أم إما غير سوى مثل هكذا وهكذا "
    "آخر أحدث أول أولى أخرى الآخر "
    "الجدير بالذكر تجدر يذكر يشار تم وتم يتم جرى وجرى قوله قولها قولهم بالقول"
) | _THAT | _RELATIVE | _AS_CONJUNCTIONS | _TEMPORAL | _PARTICIPLES
_ADVERBS_AFTER_VERB = _words("أيضا كذلك أمس اليوم مجددا بدوره بدورها خلالها خلاله فيها فيه حينها لاحقا سابقا "
                             "آنذاك يومها وقتها "  # "at the time": "قال الوزير آنذاك إن"
                             "رسميا صراحة علنا مساء صباح يوم الليلة به بها "  # "أفادت به الوزارة"
                             "مرارا") | _TEMPORAL  # "واتهمت بيونغيانغ مرارا بتزويد …"
# "عن" with a pronoun, what the speaker talks about: "التي قال عنها وزير المالية إنها"، "وقال عنه رئيس البلدية إنه".
_ABOUT_PRONOUNS = _words("عنه عنها عنهم عنهما عنهن")
# "في وقت تشير فيه بيانات الوزارة إلى أن …": "at a time when" opens a clause as "في حين" does.
_AT_A_TIME = _words("وقت")
# "while/whereas": one word (بينما، فيما) or a phrase (في حين، على حين، في الوقت الذي), with و or without.
_WHILE_WORDS = _words("بينما فيما")
_WHILE_PHRASES = (("في", "حين"), ("علي", "حين"), ("في", "الوقت", "الذي"))  # normalised: على → علي
_SUDDENLY = _words("غره")  # "على حين غرة": all of a sudden, no contrast


def _while_opener(words: list[str], i: int) -> int:
    """Return how many words of a while-opener start at words[i] ("وفي حين" → 2), or 0."""
    first = words[i] if i < len(words) else ""
    bare = first[1:] if first[:1] == "و" else first
    if bare in _WHILE_WORDS:
        return 1
    for phrase in _WHILE_PHRASES:
        end = i + len(phrase)
        if bare == phrase[0] and tuple(words[i + 1:end]) == phrase[1:] \
                and not (end < len(words) and words[end] in _SUDDENLY):
            return len(phrase)
    return 0

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
    "بطل بطلة عداء عداءة "  # sport: "قال البطل كيبروتو"، "العداء ماجد الحربي"
    "عامل "  # a Moroccan province's governor: "عامل إقليم الحوز"، "عامل عمالة طنجة"
    "ناخب ناخبة مقترع مقترعة "  # a voter asked at the polls: "قالت الناخبة مريم البلوشية إن"
    "سائق سائقة صياد فلاح فلاحة مربي مربية مزارعة تاجرة متقاعد متقاعدة "  # everyday witnesses, as مزارع، تاجر
    "والي "  # a governor in the Maghreb and Mauritania: "والي تيرس زمور"، "والي ولاية الجزائر"
    "عاهل "  # a monarch: "العاهل الأردني"، "العاهل الراحل"
    "ممرض ممرضة مسعف مسعفة متطوع متطوعة "  # "ذكرت ممرضة تعمل في المعسكر أن": an unnamed witness
    "صاحب صاحبة ملازم مكلف مكلفة "  # "صاحب مكتب عقاري"، "الملازم الأول"، "المكلف بالإعلام"
    "عالم عالمة "  # a scientist before the field: "عالم الكواكب"، "عالمة الأحياء" (ال- field, then the name)
    "مؤسس "  # "المؤسس والرئيس التنفيذي لـ"X"، NAME" (not مؤسسة, a foundation)
    "مختار "  # a Levantine village or quarter head: "مختار البلدة نبيل أبو خليل"
    "محللو مسؤولو "  # a body's analysts or officials: "أما محللو البنك، فرجحوا أن"
    "معاون معاونة مساعد مساعدة "  # deputies before a title: "معاون وزير الزراعة"، "مساعد وزير الخارجية"
    # Kin who speak for a person in the news: "قالت والدة الأسير المحرر X إنها"، "وأكد شقيق الضحية أن".
    # Not ابن/بن (name particles), أم/أب (a kunya), عم/خال/جد (also "about what", "free of", "very").
    "والد والدة شقيق شقيقة زوج زوجة أرملة نجل نجلة ابنة"
)
# Roles a writer uses to point back at the last speaker ("يضيف الدبلوماسي").
_GENERIC_ROLES = _words("دبلوماسي مسؤول مسؤولة متحدث متحدثة ناطق ناطقة مصدر خبير خبيرة سياسي "
                        "مسؤولون دبلوماسية")
_INSTITUTIONS = _words(
    "وزارة وكالة هيئة مجلس لجنة منظمة حلف جهاز مكتب دائرة قسم إدارة مصلحة بنك مصرف صندوق حزب "
    "حركة جامعة مستشفى مركز معهد شركة محكمة نيابة شرطة جيش قوات مفوضية سلطة سلطات سلط خلية حكومة رئاسة "
    # سلط: the Maghreb plural of سلطة ("السلط الجهوية")؛ خلية: a standing unit ("خلية الإعلام الأمني"، "خلية الأزمة")
    "برلمان كونغرس بلدية رابطة اتحاد نقابة غرفة بعثة برنامج مديرية قيادة أركان شؤون خارجية "
    "داخلية دفاع صحة مالية اقتصاد عدل تعليم تربية زراعة طاقة نفط تجارة صناعة إعلام ثقافة سياحة "
    "بيئة عمل اتصالات إسكان كهرباء مياه أمن استخبارات مخابرات صحيفة قناة شبكة موقع مجلة إذاعة "
    "تلفزيون مجموعة مؤسسة دولة ولاية مدينة منطقة محافظة إقليم عمالة بورصة مرصد مختبر أكاديمية كلية "
    "نادي فريق منتخب لجان مجالس وكالات حكومة ديوان هيئات مفوضية الدوما دوما الكرملين البنتاغون "
    "الكونغرس الناتو البيت الإليزيه داونينغ رئاسة أجهزة إدارة صحيفة بوابة "
    "خفر حرس منظمات جمعية جمعيات "  # خفر السواحل، حرس الحدود: a body named without ال
    "شعبة "  # a chamber's division: شعبة الذهب بالغرفة التجارية
    "مندوبية "  # المندوبية السامية للتخطيط (Morocco)
    "كتلة ائتلاف تحالف "  # parliamentary blocs: النائب عن كتلة "الأحرار"، "إذ أعلن تحالف «الأساس العراقي»"
    "جبهة "  # a front of parties: "وقالت «الجبهة الوطنية» إن"، "جبهة الخلاص"
    "منصة "  # a digital firm: منصة "نقلة"، منصة إكس
    "وفد جمارك "  # a delegation: رئيس وفد الحوثيين، مصدر في الوفد الحكومي
    "مقر "  # a staff that speaks as a body: مقر التنسيق لشؤون أسرى الحرب (a place only after a preposition)
    "أمانة "  # a city hall or secretariat: أمانة بغداد، أمانة عمّان، الأمانة العامة لمجلس الوزراء
    "مجمع "  # a state group or a learned academy: مجمع سوناطراك، المجمع الشريف للفوسفاط، مجمع اللغة العربية
    "فرع "  # a body's branch: "بحسب فرع وزارة الزراعة بالمنطقة"، "مدير فرع شركة النفط بتعز"
    "عمادة "  # a university deanship: عمادة شؤون الطلبة، عمادة القبول والتسجيل
    "جهات"  # the authorities: "الجهات المعنية"، "جهات رسمية" (not the singular: "من جهة أخرى"، "من جهته")
)
# Organisations whose proper name follows the common noun ("وكالة رويترز", "صحيفة نيويورك تايمز").
_NAMED_ORGS = _words("وكالة صحيفة قناة شبكة موقع مجلة إذاعة تلفزيون شركة حزب حركة جامعة مجموعة "
                     "مؤسسة منظمة معهد مركز نادي فريق بنك مصرف بوابة مستشفى كتلة ائتلاف تحالف جمعية رابطة "
                     "منصة مجمع")  # a firm named by what it runs: منصة "نقلة" (not تطبيق, also "applying")
# Honorifics written before a title or a name: "سمو الشيخ"، "معالي الوزير"، "فخامة الرئيس".
# "المكرم/المكرمة": the Omani honorific of a State Council member ("قال المكرّم أحمد بن سعيد المعمري").
_HONORIFICS = _words("سمو معالي فضيلة سعادة فخامة جلالة سماحة المكرم المكرمة")
# Attribution nouns: reports, statements and figures, whose author, when named, is the source
# ("بيانات البنك الدولي" → البنك الدولي).
_RECORDERS = _words("وزارة منظمة منظمات هيئة مرصد شبكة مفوضية وكالة مركز لجنة مكتب مديرية شرطة جمعية "
                     "جمعيات دائرة مصلحة برنامج بعثة نقابة سلطات إدارة معهد "
                     "عمادة")  # "سجل المعهد الوطني للجيوفيزياء الهزة"
_DOCUMENT_NOUNS = _words("تقرير تقارير بيان بيانات إحصاء إحصاءات إحصائيات إحصائية أرقام تقديرات تقدير معطيات "
                         "حصيلة دراسة دراسات مسح استطلاع وثيقة وثائق سجلات تحقيق تحقيقات تحريات تحليل تحليلات "
                         "ورقة "  # a research or policy paper: "ورقة بحثية نشرها مركز كارنيغي حذّرت من أن"
                         "أوراق "  # a case's files: "وبحسب أوراق القضية، أصدر المكتب 420 شهادة"
                         "رصد "  # "بحسب رصد عنب بلدي": the monitoring of an outlet or observatory
                         # A communiqué, memo or post speaks for whoever issued it: "أفاد بلاغ للمركز" (Maghreb),
                         # "مذكرة صادرة عن الوزارة"، "منشور للشرطة على فيسبوك".
                         "بلاغ بلاغات مذكرة منشور تصريح تصريحات إعلان "
                         "إفصاح "  # a listed firm's filing to the exchange: "وفق إفصاح نشرته الشركة على تداول"
                         "قوائم ميزانية "  # a firm's own financial statements: "وفقا للقوائم المالية"
                         "تعداد "  # a census: "وفق نتائج التعداد العام للسكان والسكنى"
                         "نشرية نشريات "  # a bulletin (Algeria, Tunisia): "وحسب النشرية، ستتراوح درجات الحرارة"
                         "خبرة")  # an expert's report to a court (Maghreb): "قدّرت خبرة قضائية الضرر بـ…"، "حسب خبرة تقنية"
# Unnamed people who speak as a source: "وقال شهود"، "فيما رجح محللون أن".
_UNNAMED_SOURCES = _words("مصادر مصدر شهود سكان أهالي وسائل مسؤولين مسؤولون خبراء محللين محللون مراقبين مراقبون "
                          "متعامل متعاملون متعاملين تجار")  # market reports: "قال متعاملون أوروبيون إن"
# What witnesses told: "وحسب شهادات محلية"، "بحسب روايات شهود عيان".
_TESTIMONIES = _words("شهادات روايات")
_SOURCE_NOUNS = _UNNAMED_SOURCES | _words("تسريبات صور معلومات حسابات") | _TESTIMONIES | _DOCUMENT_NOUNS
# Parties and factions speak as their members do: "شككت قوى المعارضة في الأرقام، مؤكدة أن"، "قالت أحزاب المعارضة".
_POLITICAL_GROUPS = _words("قوى أحزاب فصائل تيارات كتل حركات جماعات")
# What sets one such group against the rest: "الأحزاب المعارضة"، "قوى مقاطعة للانتخابات".
_GROUP_STANCES = _words("معارضة المعارضة مقاطعة المقاطعة مؤيدة المؤيدة موالية الموالية")
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
                                    "نفذ نفذت "  # "مسح نفذه الجهاز"
                                    "قدم قدمت "  # "حصيلة قدمتها المديرية"، "أرقام قدمها الوزير للبرلمان"
                                    "عرض عرضت كشف كشفت").split()  # "الأرقام الأولية التي عرضتها المفوضية"
                       for clitic in ("ه", "ها", "هم")) | _words("أجراه أجراها")
# A toll or a monitoring is a source only through whoever made it: "وفق الحصيلة الرسمية"، "بحسب رصد الأسواق".
_NEEDS_AUTHOR = _words("حصيلة رصد")
# What أبدى makes known as speech: "أبدت الوزارة استعدادها لـ…"; "أبدى اللاعب مستوى جيدا" says nothing.
_SHOWN_ATTITUDES = _words("قلق استعداد رفض ترحيب أسف تحفظ تفاؤل ارتياح استياء انزعاج امتعاض تخوف مخاوف "
                          "اعتراض تأييد دعم موافقة رغبة")
# Heads of what a survey or report found: "نتائج المسح"، "أرقام التقرير"; the document after them is the source.
_RESULT_HEADS = _words("نتائج أرقام بيانات معطيات خلاصة خلاصات")
# Participles of making public: "حسب النتائج المعلنة" reads the results as published by whoever announced them.
_PUBLISHED = _words("المعلن المعلنة المنشور المنشورة المؤقت المؤقتة المحدث المحدثة")
_DOCUMENT_ADJECTIVES = _words("جديد جديدة حديث حديثة أخير أخيرة مشترك مشتركة مفصل مطول موسع "
                               "مؤقت مؤقتة محدث محدثة "  # "حسب حصيلة مؤقتة للمديرية"
                               "سابق سابقة "  # "ووفق بيانات سابقة لوزارة الصحة"
                               "خاص خاصة")  # "وحسب نشرية خاصة للديوان الوطني للأرصاد الجوية"
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
    "أفريقيا آسيا الولايات الأمم الاتحاد "
    # countries and capitals without ال, which would otherwise carry a construct on: "بنك إنجلترا سعر الفائدة"
    "إنجلترا انجلترا إنكلترا اسكتلندا إيرلندا أيرلندا نيوزيلندا سنغافورة سريلانكا نيبال ميانمار كمبوديا "
    "منغوليا أوزبكستان تركمانستان طاجيكستان قرغيزستان قبرص مالطا كرواتيا صربيا رومانيا بلغاريا سلوفاكيا "
    "مولدوفا ليتوانيا لاتفيا إستونيا فنزويلا كولومبيا تشيلي بيرو البيرو الإكوادور بوليفيا كوبا "
    "هايتي الصومال جيبوتي إريتريا تشاد النيجر السنغال غانا الكاميرون أوغندا تنزانيا رواندا زيمبابوي زامبيا "
    "أنغولا موزمبيق مدغشقر "
    "أثينا مدريد لشبونة أوتاوا كانبرا نيودلهي جاكرتا مانيلا هانوي بانكوك دكا كراتشي نواكشوط باماكو داكار "
    "نيروبي أديس مقديشو جوبا"
)
# ود: Sudan's "son of"; أيت/آيت: the Amazigh "sons of" of Moroccan family names ("فاطمة أيت باها").
_NAME_PARTICLES = _words("بن ابن بنت أبو أبي أبا عبد آل ولد ود أيت آيت دي دو فان فون دا لا ال أل")
# The ال- form of عبد, which joins the next ال- word into one family name: "محمد العبد العالي".
_AL_PARTICLES = _words("العبد")
# Particles that carry a name on after an ال- surname: "سعود الفيصل آل سعود"، "محمد البدوي أبو قرون" (a kunya or
# a second family name), "محمد الأمين ولد الشيخ" (Mauritania), "عثمان ود الحاج" (Sudan).
_LINEAGE = _words("آل بن ابن بنت أبو ولد ود")
# Common first names that look like verbal nouns to the object test below.
_SHORT_NAMES = _words("حسن سعد فهد عمر بكر زيد نصر حمد رعد مجد عمرو فرج نجم بدر صقر سعود حمود عبود")
# Common first names shaped like a common noun (a noun in ة، فعل): "سمر"، "فاطمة"، "حمزة". After a title or a speech
# verb, such a word with an ال- word after it reads as a verbal noun and its object ("أعلن الحاكم حالة الطوارئ");
# these are first names, and the ال- word after them a family name unless it is a body, a place or a plural.
_NOUN_SHAPED_NAMES = _words(
    "فاطمة خديجة عائشة نادية سميرة لطيفة رحمة نعمة نجاة حياة آمنة أمينة جميلة نبيلة سهيلة سمية رقية زينة "
    "عزة هالة رانية غادة هبة نهلة ماجدة منيرة كريمة حليمة خولة صفية فريدة شريفة سعيدة بثينة نعيمة حبيبة زكية "
    "مليكة سمر هند فرح سحر رهف رغد "
    "نورة سارة أميرة فوزية رشيدة زهرة سكينة نزهة فتيحة حفيظة وسيلة رفيقة "
    "حمزة أسامة طلحة عطية معاوية حذيفة قتيبة عبيدة جبر نمر صخر عبده")
# First names shaped like a strong verbal noun or a plural (إفعال، افتعال، تفعيل، أفعال): "إيمان"، "توفيق"، "أسماء".
# As common nouns they take objects after a title ("أكد الوزير تحسين الخدمات"، "كشف أسماء المتهمين"), so they
# are names only when the phrase closes after them or after an ال- family name closed by إن/أن.
_MASDAR_SHAPED_NAMES = _words(
    "إيمان أحلام أسماء آمال ابتسام ابتهال انتصار إخلاص إنعام إلهام إنصاف إكرام إسراء إشراق أشواق أفنان أنغام "
    "اعتدال اعتماد تغريد تسنيم إسلام إيهاب توفيق تيسير تحسين إحسان إلياس "
    "خلف شرف")  # and first names that are common words: خلف "behind"، شرف "honour" ("المزارع خلف الطلحي،")
_SOURCE_WORDS = _words("وفق وفقا طبقا استنادا بحسب حسب حسبما نقلا تبعا")
# A source word with its conjunction: "وبحسب الوزارة"، "فبحسب بحث …" (a reason: "for, according to …").
# "فحسب" is "only" ("مرة واحدة فحسب"), never a source word.
_SOURCE_WORD_STARTS = _SOURCE_WORDS | {"و" + w for w in _SOURCE_WORDS} | {"ف" + w for w in _SOURCE_WORDS - {"حسب"}}


def _bare_source_word(t: str) -> str:
    """Return t without the و/ف of a source word ("فبحسب" → "بحسب"), or t itself."""
    return t[1:] if t in _SOURCE_WORD_STARTS and t not in _SOURCE_WORDS else t


# Titles that with a possessive are no post: "عالمها" (her world), "مصادرها" (its sources), "كبيرها".
_NOT_OWNED_POSTS = _words("عالم عالمه طالب طالبه شاب شابه كبير كبيره سيد سيده حاج حاجه مصدر مصادر شاهد شهود "
                          "مواطن مواطنه بطل بطله ملك ملكه د بابا")
_OWNER_SUFFIX = re.compile(r"(?:ها|هما|هم|هن)$")


def _owned_title(t: str, *, closed: bool = False) -> str | None:
    """Return the title a possessive word holds ("مديرها" → "مدير"، "وزيرتها" → "وزيره"), or None.

    closed: nothing follows the word in its phrase, so a title ending in ه is "his" post ("بحسب رئيسه،"),
    not a feminine title waiting for its body ("بحسب رئيسة الوزراء").
    """
    if _is_al(t):
        return None
    stem = _OWNER_SUFFIX.sub("", t)
    if stem == t and closed and t.endswith("ته") and len(t) > 4:
        stem = t[:-2] + "ه"  # "وقالت زوجته إن"، "والدته": a feminine kin or title in ة, then "his"
    elif stem == t and closed and t.endswith("ه") and not t.endswith("ته"):
        stem = t[:-1]
    if stem == t or len(stem) < 3:
        return None
    stem = _with_ta_marbuta(stem)  # وزيرتها
    return stem if _is_title(stem) and stem not in _NOT_OWNED_POSTS else None


def _with_ta_marbuta(stem: str) -> str:
    """Return a stem cut from its pronoun with its feminine ة back (normalised ه): before a suffix it is written ت."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem
_SOURCE_VERBS = _words("ذكر ذكرت ذكره ذكرته أفاد أفادت أفاده أفادته أعلن أعلنت أعلنه أعلنته أورد "
                       "أوردت أورده أوردته نشر نشرت نشره نشرته قال قالت قاله قالته صرح صرحت صرح به "
                       "جاء أظهر أظهرت أظهره أظهرته كشف كشفت كشفه كشفته أكد أكدت أكده أكدته "
                       "يقول تقول يذكر تذكر تفيد يفيد نقلت نقل نقله نقلته أوضح أوضحت أوضحه أوضحته "
                       "رصد رصدت رصده رصدته وثق وثقت وثقه وثقته")  # "بحسب ما رصدته «بلدي نيوز»": who monitored it
_ESTIMATE_B = _words("بنحو بحوالي بأكثر بأقل بما بقرابة بزهاء ب "
                     "بأزيد بحدود")  # Maghreb "more than" (قدّرت الخبرة الضرر بأزيد من …); "around" (بحدود)

_QUOTES = QUOTE_MARKS
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
# Verbal nouns of the تفعّل form from roots ending in ي are shaped like one (-ي) but are nouns: after a body's
# adjectives they are the verb's object, "أعلن البنك الوطني الإثيوبي التخلي عن …" (normalised spelling).
_MASDARS_IN_YA = ("تخلي", "تحدي", "تصدي", "تلقي", "تبني", "تعدي", "ترقي", "تمني", "تنحي", "تجلي", "تولي", "تقصي",
                  "تحري", "تعافي", "تفادي", "تنامي", "تراخي", "تمادي", "تعاطي", "تلاقي")
_NISBA = re.compile(rf"^(?![وفبل]?(?:ال)?(?:{'|'.join(_MASDARS_IN_YA)})$).*(?:ي|يه|يون|يين|يات|يان|يتين)$")
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


class _CarrySource(_Carry):
    """"حسب المصدر ذاته": the source named before (a source phrase), else the last speaker."""
    __slots__ = ()


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


# Titles only in construct, without ال: "دفاع المتهم المحامي X" is the defendant's counsel, but "الدفاع المدني"
# and "وزارة الدفاع" are bodies.
_CONSTRUCT_TITLES = _words("دفاع")


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _is_title(t: str) -> bool:
    return t in _PERSON_TITLES or t in _CONSTRUCT_TITLES or _strip_al(t) in _PERSON_TITLES


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
    if (t.startswith(("ال", "بال", "لل")) and not _DROP.sub("", raw).startswith("إل")) \
            or (t.startswith(("وال", "فال")) and len(t) > 5):
        return False  # ال- words and prepositions; "والتر"، "فالديز" and إل- names (إلياس، إلهام) stay names
    if _name_despite_folding(tok):
        return True
    if t[0] in "وف" and (t[1:] in _STOP or _verb_lemma(t[1:])) and t not in _SURNAMES_LIKE_VERBS:
        return False
    return True


_CONGRATULATED = frozenset({"هنا", "وهنا", "فهنا"})  # هنّأ folds into هنا: its hamza tells the verb
_FOLDED_AWAY = frozenset({"امام", "علي", "نشره"}) | _CONGRATULATED  # and نشرة (a bulletin) / نشره (published it)


def _verb_despite_folding(tok: _Tok) -> bool:
    """Say whether a word that folds into the adverb هنا ("here") is written as the verb هنّأ ("congratulated"):
    "وهنأ الوزير الفائزين، وقال" opens a clause with its subject; "وهنا، قال الوزير" opens on a connective."""
    return tok.text in _CONGRATULATED and "أ" in tok.raw


def _name_despite_folding(tok: _Tok) -> bool:
    """Say whether a word that folds into a preposition is written as a name: إمام، علي."""
    return (tok.text == "امام" and tok.raw.startswith("إ")) or (tok.text == "علي" and tok.raw.endswith("ي"))


def _ends_phrase(toks: list[_Tok], j: int) -> bool:
    """Say whether token j closes a noun phrase: end, punctuation, إن/أن, a preposition."""
    if j >= len(toks):
        return True
    t = toks[j].text
    return t in _STRONG_END or t in _STOP or t == "(" or bool(_verb_lemma(t))  # "حيدر الزبيدي (47 عاماً)"
