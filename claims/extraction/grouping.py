"""Group claims from different articles of one story that report the same event or quantity.

Pure Python, no Django. The caller turns each claim into one or more ``GroupItem`` (one per date
or quantity the claim states, see ``items_from_claim``), calls ``group_items`` to partition the
claim keys, then ``agreement`` on each group (or ``group_with_agreement`` for both at once).

How two items are compared:
- words are normalised (letter variants, diacritics, tatweel, Arabic-Indic digits), clitics and
  light suffixes stripped (deciding ambiguous و/ف/ب/ل/ك from the call's own vocabulary), stop and
  date words dropped, transliterated names folded (ج/غ, long vowels, "بيونغ يانغ" = "بيونغيانغ"),
  month-name families mapped to one token, a few news synonyms (معاهدة/اتفاقية, صادق/المصادقة) and
  institutions (مجلس الاتحاد = مجلس الشيوخ) mapped to one token;
- each item becomes weighted features (stem, loose spelling, light root), weighted by inverse
  document frequency over the call's items plus a background prior; words outside the clause that
  holds the date or the number weigh less; similarity is a weighted Dice coefficient;
- events need close dates (overlapping, or up to a week apart with ever stronger wording) and no
  contrasting families (upper vs lower chamber, first vs second round, signing vs ratification,
  opening vs closing); quantities need one unit family (جندي/جنود/جنديا; شخص read as dead or
  injured from the sentence) and overlapping context, or, for a specific count noun, values within
  a factor of five and no different countries; statements need the same speaker and near-duplicate
  text or the same quotation; claims of one article join directly only as near-duplicates.
Groups form greedily from the most similar pair down; a merge is refused when it would put dates
more than a week apart, contrasting families or two units in one group, or when the two groups'
mean similarity is low (average linkage, so single links cannot chain two events together).
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from .dates import MONTHS
from .timex import timex_bounds

__all__ = ["Agreement", "GroupItem", "agreement", "group_items", "group_with_agreement",
           "items_from_claim", "normalize", "suggest_story", "tokenize"]


@dataclass(frozen=True)
class GroupItem:
    """One reading of a claim: its date or its quantity, with the sentence that states it."""

    key: int  # claim id
    article: int  # article id
    outlet: str  # outlet name ("" if unknown); independent outlets corroborate
    kind: str  # "event" | "quantity" | "statement"
    text: str  # the claim's sentence
    date_value: str | None = None  # TIMEX3-style value
    quantity_value: float | None = None
    quantity_unit: str | None = None  # as written, e.g. "جندي", "قتيل", "%"
    qualifier: str | None = None  # exact|approx|more_than|less_than|at_least|up_to
    speaker: str | None = None


@dataclass(frozen=True)
class Agreement:
    """Whether a group's independent sources agree, with each distinct value and who states it."""

    status: str  # "corroborated" | "contradicted" | "single"
    values: list[tuple[str, list[int]]] = field(default_factory=list)


# --------------------------------------------------------------------------- normalisation

_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "گ": "ك", "ژ": "ز",
    **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_SURFACE = re.compile(r"#m\d\d|[\u0621-\u064Aa-z0-9]+|[،,.؛;:!?؟\n]")
_BOUNDARY = frozenset("،,.؛;:!?؟\n")


def normalize(text: str) -> str:
    """Return text with Arabic letter variants, diacritics, tatweel and digits folded."""
    return _DIACRITICS.sub("", text or "").translate(_LETTERS).lower()


_STOP = frozenset(normalize(w) for w in """
في من على الى إلى عن مع ان أن إن او أو ثم كما لكن بل لا لم لن ما ماذا هل قد لقد و ف ب ل ك
هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللواتي اللاتي هو هي هم هما هن انه انها
أنه أنها إنه إنها انهم أنهم إنهم نحن انا أنا انت أنت كان كانت يكون تكون كانوا يكن وكان وكانت
عند عندما حين حيث بين بعد قبل خلال منذ حتى لدى لدي اي أي كل بعض غير سوى دون ضد عبر نحو حول
فوق تحت امام أمام وراء جانب اطار إطار اذا إذا لو لولا كي لكي الا إلا اما أما ايضا أيضا فقط
قال قالت يقول تقول وقال وقالت اكد أكد أكدت يؤكد اضاف أضاف أضافت يضيف اشار أشار أشارت يشير
أوضح اوضح أوضحت اعلن أعلن أعلنت يعلن ذكر ذكرت يذكر وفق وفقا وفقاً بحسب حسب نقلا نقلاً
تابع يتابع لفت أفاد افاد أفادت صرح صرحت مصدر مصادر مضيفا مضيفاً مشيرا مشيراً موضحا موضحاً
يوم اليوم أمس امس غدا غداً الماضي الماضية الجاري الجارية المقبل المقبلة القادم القادمة الفائت
الحالي الحالية الأسبوع الاسبوع أسبوع الشهر شهر العام عام سنة السنة مساء صباح ليلة فجر ظهر
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يومي الأخير الأخيرة اخر آخر
هناك هنا الآن الان جدا تم يتم وقت سابق لاحق مرة واحد واحدة ذات نفس عدة عدد اكثر أكثر اقل أقل
حوالي قرابة زهاء نحو ما يزيد يصل يقل الأقل الاقل أكثر مثل وذلك به بها له لها منه منها عليه عليها
فيه فيها اليه إليه اليها إليها عنه عنها بان بأن بأنه بأنها وأن وان وإن فإن لان لأن كذلك بينما فيما
""".split())

_WEEKDAYS = frozenset(normalize(w) for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split())

# Month names of every family the date reader knows (Gregorian transliterations, Maghreb and Levantine/Iraqi
# names: يناير، جانفي، كانون الثاني) → one token; the date reader's table, so the two never disagree.
_MONTH_WORDS: dict[str, int] = {normalize(name): number for name, number in MONTHS.items()}
_MONTH_WORDS[normalize("فبرير")] = 2  # a common misspelling of فبراير
_MONTH_ONE_WORD = {k: v for k, v in _MONTH_WORDS.items() if " " not in k}
_MONTH_PHRASE = re.compile(r"\b(?:ب|ل|و|في)?(تشرين|كانون)\s+(?:ال)?(اول|ثاني)\b")

_CLAUSE_STARTERS = frozenset(
    normalize(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي فيما بينما حيث".split())
_DATE_CUES = frozenset(normalize(w) for w in """يوم اليوم أمس امس غدا الماضي الماضية الجاري الجارية المقبل
المقبلة القادم القادمة الفائت الأسبوع الشهر عام العام مساء صباح فجر ليلة يومي""".split()) | _WEEKDAYS
_DAY_ORDINALS = frozenset(normalize(w) for w in """اول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر
حادي عشر عشرين ثلاثين""".split()) | {"ثان", "اول"}

# Words whose first letter belongs to the word, not a clitic (names and common nouns).
_KEEP_INITIAL = frozenset(normalize(w) for w in """
وزير وزيرة وزارة وزراء وكالة وكالات ولاية ولايات وقع وقعت يوقع وصل وصلت وفد وثيقة وطني وطنية
وضع وقت وفاة وفيات وسط واشنطن وارسو ولي ورقة وحدة وحدات واقع واردات ودائع وظائف وقف وقود
فيروس فرنسا فلسطين فريق فوز فاز فائدة فائض فيضان فيضانات فنزويلا فيتنام فنلندا فرع فرص فترة
بيان بلد بلاد بلدة برلمان بنك بنوك بريطانيا بغداد بيروت برلين بكين بولندا
بورصة بترول بحر بحرية بعثة بلدية بطولة
لبنان لجنة لجان لندن ليبيا لاعب لاعبين لقاء لواء
كوريا كوري كورية كبير كبيرة كأس كرة كندا كولومبيا كارثة كمية كهرباء كلية
""".split())

_PREFIXES_COMPOUND = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل")
_PREFIX_SINGLE = "وفبلك"
_PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "نا")

# Small families of synonyms common in news, so outlets' word choices meet on one token.
_SYNONYMS_RAW = {
    "اتفاق": "معاهدة معاهدات اتفاقية اتفاقيات اتفاق اتفاقات",
    "وقع": "وقع توقيع يوقع وقعت وقعها ابرم أبرم أبرمت ابرام إبرام",
    "صدق": "صادق صادقت صدق صدقت يصادق يصدق مصادقة تصديق",
    "قتل": "قتيل قتلى قتل مقتل حتف حتفهم مصرع وفاة وفيات توفي ضحية ضحايا",
    "جرح": "جريح جرحى مصاب مصابين مصابون اصابة إصابات إصابة أصيب",
    "مشارك": "مشاركة إقبال اقبال",
    "انتخاب": "انتخابات انتخابية انتخاب اقتراع",
}

# Multi-word names of institutions → one token (stems, matched after stemming).
_PHRASES_RAW = {
    "#upper": ["مجلس الشيوخ", "مجلس الاتحاد", "الغرفة العليا", "مجلس الأعيان", "مجلس اللوردات"],
    "#usa": ["الولايات المتحدة"],
    "#lower": ["مجلس الدوما", "الدوما", "مجلس النواب", "الغرفة السفلى", "مجلس العموم"],
}

# Countries (names and adjectives share a stem): two counts of one unit in different countries differ.
_COUNTRIES_RAW = """تركيا سوريا العراق لبنان الأردن فلسطين إسرائيل مصر ليبيا تونس الجزائر المغرب السودان اليمن
السعودية الإمارات قطر الكويت البحرين عمان إيران أفغانستان باكستان الهند الصين اليابان كوريا روسيا أوكرانيا
بيلاروسيا بولندا ألمانيا فرنسا بريطانيا إيطاليا إسبانيا اليونان أمريكا أميركا كندا المكسيك البرازيل الأرجنتين
إثيوبيا الصومال كينيا نيجيريا مالي النيجر تشاد موريتانيا إندونيسيا ماليزيا الفلبين تايوان فيتنام أستراليا"""

# Families that mark different events even when the rest of the sentence reads alike.
_CONTRASTS_RAW = [
    ("#upper", "#lower"),
    ("#ord1", "#ord2", "#ord3", "#ord4"),
    ("وقع", "صدق"),
    ("افتتح افتتاح افتتحت انطلق انطلاق انطلقت استهل", "اختتم اختتام اختتمت ختام"),
]


class _Analyzer:
    """Turn texts into stems, using the call's own vocabulary to decide ambiguous clitics."""

    def __init__(self, texts: Iterable[str]) -> None:
        words: set[str] = set()
        definite: set[str] = set()
        self.surface_texts = [self._surface(t) for t in texts]
        for ws in self.surface_texts:
            for w in ws:
                words.add(w)
                if w.startswith("ال") and len(w) > 3:
                    definite.add(w[2:])
        self.words = words
        self.definite = definite
        self.loose_vocab = {_fold_loose(w) for w in words if len(w) >= 5}
        self._cache: dict[str, str] = {}

    @staticmethod
    def _surface(text: str) -> list[str]:
        text = normalize(text)
        text = _MONTH_PHRASE.sub(lambda m: f" #m{_MONTH_WORDS[m[1] + ' ال' + m[2]]:02d} ", text)
        return _SURFACE.findall(text)

    def stems(self, index: int | None = None, text: str | None = None) -> list[str]:
        """Return the content stems of a text (by index of the analysed texts, or a new text)."""
        return [stem for stem, _ in self.clause_stems(index, text)[0]]

    def clause_stems(self, index: int | None = None, text: str | None = None,
                     cue=None) -> tuple[list[tuple[str, int]], set[int]]:
        """Return (stem, clause number) pairs and the clauses holding a cue word (cue(word) is True).

        Clauses end at commas and full stops and start at relative pronouns and contrast words,
        so "التي يتهمها الغرب…" is told apart from the clause that states the event.
        """
        ws = self.surface_texts[index] if index is not None else self._surface(text or "")
        ws = self._join_split_names(ws)
        out: list[tuple[str, int]] = []
        clause = 0
        cued: set[int] = set()
        for w in ws:
            if w in _BOUNDARY:
                clause += 1
                continue
            if w in _CLAUSE_STARTERS:
                clause += 1
            if cue is not None and cue(w):
                cued.add(clause)
            if w.isdigit() or w in _STOP or w in _WEEKDAYS:
                continue
            st = w if w.startswith("#m") else self.stem(w)
            if st.startswith("#m"):
                if out and out[-1][0] in _DAY_ORDINAL_STEMS:  # "الثامن من نوفمبر": the day belongs to the date
                    out.pop()
                out.append((st, clause))
            elif st and st not in _STOP_STEMS and len(st) >= 2 and not st.isdigit():
                out.append((st, clause))
        return _map_phrases(out), cued

    def _join_split_names(self, ws: list[str]) -> list[str]:
        """Join "بيونغ يانغ" into one word when another text spells it as one."""
        if len(ws) < 2:
            return ws
        out: list[str] = []
        i = 0
        while i < len(ws):
            # Not after a stop word: "في يناير" glued and loosely folded read as the month ("ييناير" ~ "يناير").
            if i + 1 < len(ws) and len(ws[i]) >= 2 and len(ws[i + 1]) >= 2 and not ws[i].startswith("#") \
                    and ws[i] not in _STOP:
                joined = ws[i] + ws[i + 1]
                if len(joined) >= 6:
                    hit = next((j for j in (joined, joined[1:] if joined[0] in _PREFIX_SINGLE else "")
                                if j and _fold_loose(j) in self.loose_vocab), None)
                    if hit:
                        out.append(hit)
                        i += 2
                        continue
            out.append(ws[i])
            i += 1
        return out

    def stem(self, word: str) -> str:
        """Return a word without clitics and light suffixes, the month token, or a synonym's head."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        s = self._stem(word)
        self._cache[word] = s
        return s

    def _stem(self, w: str) -> str:
        if w in _MONTH_ONE_WORD:
            return f"#m{_MONTH_ONE_WORD[w]:02d}"
        syn = _SYNONYM_STEMS.get(_strip_suffixes(w))  # ووقعتها: the و is a clitic, وقعت a known verb
        if syn:
            return syn
        w = self._strip_prefix(w)
        if w in _MONTH_ONE_WORD:
            return f"#m{_MONTH_ONE_WORD[w]:02d}"
        if w in _STOP:
            return ""
        syn = _SYNONYM_SURFACE.get(w)
        if syn:
            return syn
        s = _strip_suffixes(w)
        return _SYNONYM_STEMS.get(s, s)

    def _strip_prefix(self, w: str) -> str:
        for p in _PREFIXES_COMPOUND:
            if w.startswith(p) and len(w) - len(p) >= 2:
                return w[len(p):]
        if w.startswith("ال") and len(w) >= 4:
            return w[2:]
        if len(w) >= 4 and w[0] in _PREFIX_SINGLE:
            if w in _KEEP_INITIAL or w in self.definite:
                return w
            rest = w[1:]
            if rest in self.words or rest in self.definite or rest in _KEEP_INITIAL:
                return rest
            if w[0] in "وف":  # conjunctions: far more often a clitic than a root letter
                return rest
        return w


def _strip_suffixes(w: str) -> str:
    """Strip a pronoun suffix, a plural/dual ending and up to two final vowels, keeping 3 letters."""
    for suf in _PRONOUN_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if w.endswith("ت") and len(w) >= 5:  # زيارتها: ta marbuta before a pronoun
                w = w[:-1]
            break
    else:
        if w.endswith("ته") and len(w) >= 6:  # زيارته
            w = w[:-2]
    w = _strip_plural(w)
    if w.endswith("ت") and len(w) >= 5 and w[-2] != "ا":  # انطلقت, افتتحت: the feminine ending of a verb
        w = w[:-1]
    before = w
    for _ in range(2):
        if w[-1:] in ("ه", "ا", "ي") and len(w) - 1 >= 3:
            w = w[:-1]
    return _strip_plural(w) if w != before else w  # استخباراتية → استخبارات → استخبار


def _strip_plural(w: str) -> str:
    for suf, keep in (("ات", 3), ("ون", 3), ("ين", 3), ("ان", 4)):
        if w.endswith(suf) and len(w) - len(suf) >= keep:
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=1 << 16)
def _fold_loose(w: str) -> str:
    """Return a spelling-tolerant key for transliterated names: ج/غ (and ق/ك in long words) folded,
    long vowels after the first letter dropped (بيونج يانج, كيم جونغ أون, قازان/كازان)."""
    w = w.replace("ج", "غ").replace("ق", "ك") if len(w) >= 5 else w.replace("ج", "غ")
    return w[:1] + re.sub(r"[اوي]", "", w[1:])


@lru_cache(maxsize=1 << 16)
def _root(stem: str) -> str:
    """Return a light root: derivational prefixes (م ت ي ن ا است) and long vowels removed."""
    s = stem
    if len(s) >= 6 and s.startswith("است"):
        s = s[3:]
    elif len(s) >= 4 and s[0] in "متينا":
        s = s[1:]
    s = s.replace("ج", "غ")
    return s[:1] + re.sub(r"[اوي]", "", s[1:])


# An analyzer with no vocabulary of its own, to stem the module's word lists the way texts are stemmed.
_BASE = _Analyzer([])
_SYNONYM_SURFACE: dict[str, str] = {}
_SYNONYM_STEMS: dict[str, str] = {}
for _head, _words in _SYNONYMS_RAW.items():
    for _w in _words.split():
        _bare = _BASE._strip_prefix(normalize(_w))
        _SYNONYM_SURFACE[_bare] = _head
        _SYNONYM_STEMS[_strip_suffixes(_bare)] = _head
_STOP_STEMS = frozenset(_strip_suffixes(_BASE._strip_prefix(w)) for w in _STOP if len(w) >= 4)


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(_BASE.stem(w) for w in normalize(phrase).split())


_PHRASES = {_phrase_key(p): token for token, ps in _PHRASES_RAW.items() for p in ps}
_PHRASE_MAX = max(len(k) for k in _PHRASES)
_PHRASE_STARTS = frozenset(k[0] for k in _PHRASES)
_COUNTRIES = frozenset(_BASE.stem(normalize(w)) for w in _COUNTRIES_RAW.split()) | {"#usa"}
_CONTRASTS = [tuple(frozenset(_BASE.stem(normalize(w)) if not w.startswith("#") else w for w in fam.split())
                    for fam in families) for families in _CONTRASTS_RAW]


# "the second round" and "the first round" are different events; "للمرة الأولى" says nothing.
_DAY_ORDINAL_STEMS = frozenset(_BASE.stem(w) for w in _DAY_ORDINALS)
_SEQUENCE_NOUNS = frozenset(_BASE.stem(normalize(w)) for w in "جولة مرحلة شوط دور قراءة دفعة موجة".split())
_ORDINALS = {_BASE.stem(normalize(w)): f"#ord{n}" for n, ws in enumerate(
    ["أول أولى", "ثاني ثانية", "ثالث ثالثة", "رابع رابعة"], start=1) for w in ws.split()}


def _map_phrases(stems: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Replace institution names and "round + ordinal" by one token each."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(stems):
        if stems[i][0] in _SEQUENCE_NOUNS and i + 1 < len(stems) and stems[i + 1][0] in _ORDINALS:
            out += [stems[i], (_ORDINALS[stems[i + 1][0]], stems[i + 1][1])]
            i += 2
            continue
        if stems[i][0] not in _PHRASE_STARTS:
            out.append(stems[i])
            i += 1
            continue
        for n in range(_PHRASE_MAX, 0, -1):
            token = _PHRASES.get(tuple(st for st, _ in stems[i:i + n]))
            if token:
                out.append((token, stems[i][1]))
                i += n
                break
        else:
            out.append(stems[i])
            i += 1
    return out


def tokenize(text: str, *, context: Iterable[str] = ()) -> list[str]:
    """Return the content stems of a text (normalised, clitics and stop words removed).

    context: other texts of the same call, whose spellings decide clitics and joined names.
    """
    return _Analyzer([text, *context]).stems(0)


# --------------------------------------------------------------------------- features

_W_STEM, _W_LOOSE, _W_ROOT = 0.5, 0.2, 0.3
_W_NAMED = 2.0
_PRIOR_DOCS = 20  # background documents, so IDF does not collapse when only two items are compared


def _features(stems: list[tuple[str, float]]) -> dict[str, float]:
    """Return feature → share of a token's weight: exact stem, loose spelling, light root."""
    feats: dict[str, float] = {}

    def put(f: str, share: float) -> None:
        if share > feats.get(f, 0.0):
            feats[f] = share

    for s, weight in stems:
        if s.startswith("#"):  # an institution or a numbered round: a multi-word name, worth two words
            put("s" + s, _W_NAMED * weight)
            continue
        put("s" + s, _W_STEM * weight)
        loose = _fold_loose(s)
        if len(loose) >= 3:
            put("l" + loose, _W_LOOSE * weight)
        root = _root(s)
        if len(root) >= 3:
            put("r" + root, _W_ROOT * weight)
    return feats


def _weighted(docs: list[dict[str, float]]) -> list[dict[str, float]]:
    """Scale each feature's share by its inverse document frequency over the docs."""
    df: dict[str, int] = defaultdict(int)
    for d in docs:
        for f in d:
            df[f] += 1
    n = len(docs) + _PRIOR_DOCS
    idf = {f: math.log(n / (c + 0.5)) for f, c in df.items()}
    return [{f: share * idf[f] for f, share in d.items()} for d in docs]


def _dice(a: dict[str, float], b: dict[str, float], na: float, nb: float) -> float:
    if not na or not nb:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(w, b[f]) for f, w in a.items() if f in b)
    return 2 * shared / (na + nb)


# --------------------------------------------------------------------------- dates and units

_WINDOW_DAYS = 7  # the same event reported with different dates is days apart, not weeks


@dataclass
class _When:
    first: dt.date | None = None
    last: dt.date | None = None
    month: int | None = None  # XXXX-06: month known, year not
    weekday: int | None = None  # XXXX-WXX-3


_UNKNOWN_MONTH = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")
_UNKNOWN_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")


def _when(value: str | None) -> _When:
    if not value:
        return _When()
    bounds = timex_bounds(value)
    if bounds:
        return _When(bounds[0], bounds[1])
    if m := _UNKNOWN_MONTH.fullmatch(value):
        return _When(month=int(m[1]))
    if m := _UNKNOWN_WEEKDAY.fullmatch(value):
        return _When(weekday=int(m[1]))
    return _When()


def _date_gap(a: _When, b: _When) -> int | None:
    """Return days between two dates (0 when they overlap), or None when one is unknown."""
    if a.first and b.first:
        if a.last < b.first:
            return (b.first - a.last).days
        if b.last < a.first:
            return (a.first - b.last).days
        return 0
    known, other = (a, b) if a.first else (b, a)
    if known.first and other.month:
        gaps = []
        for year in {known.first.year, known.last.year}:
            last_day = calendar.monthrange(year, other.month)[1]
            gaps.append(_date_gap(known, _When(dt.date(year, other.month, 1), dt.date(year, other.month, last_day))))
        return min(g for g in gaps if g is not None)
    if a.month and b.month:
        return 0 if a.month == b.month else 60
    if known.first and other.weekday and known.first == known.last:
        return 0 if known.first.isoweekday() == other.weekday else 1
    return None


_UNIT_FAMILIES_RAW = {
    "%": "% ٪ بالمئة بالمائة المئة المائة بالمية",
    "dead": "قتيل قتلى قتيلا قتيلاً وفاة وفيات حالة_وفاة ضحية ضحايا متوفى شهيد شهداء شهيدا",
    "injured": "مصاب مصابين مصابا مصابون جريح جرحى جريحا إصابة إصابات",
    "missing": "مفقود مفقودين مفقودا مفقودون",
    "person": "شخص أشخاص شخصا شخصاً نسمة مواطن مواطنين مواطنا فرد أفراد إنسان",
    "usd": "دولار دولارات $ دولار_أمريكي دولار_أميركي",
    "pound": "جنيه جنيهات",
    "ton": "طن أطنان طنا",
    "km": "كيلومتر كيلومترات كم كيلو_متر",
}
_UNIT_FAMILIES = {normalize(w).replace("_", " "): fam for fam, ws in _UNIT_FAMILIES_RAW.items() for w in ws.split()}
_PERSON_SPECIFIC = {"dead", "injured", "missing"}
_MAGNITUDE_WORDS = frozenset(
    normalize(w) for w in "ألف آلاف الف مليون ملايين مليار مليارات تريليون مليوني ملياري".split())
_DEATH_CUES = {_BASE.stem(normalize(w)) for w in "قتل قتلوا لقي حتفهم مصرعهم بحياة أودى توفي وفاة ضحايا".split()}
_INJURY_CUES = {_BASE.stem(normalize(w)) for w in "أصيب أصيبوا إصابة جروح جرحى بجروح".split()}


def unit_key(unit: str | None) -> str | None:
    """Return a unit's family: singular, plural, dual and accusative forms share one key."""
    if not unit:
        return None
    u = normalize(unit).strip()
    if u in _UNIT_FAMILIES:
        return _UNIT_FAMILIES[u]
    parts = []
    for w in u.split():
        if w.startswith("ال") and len(w) >= 4:
            w = w[2:]
        if w in _MAGNITUDE_WORDS:  # "مليار دولار" counts dollars
            continue
        if w in _UNIT_FAMILIES:
            parts.append(_UNIT_FAMILIES[w])
            continue
        if w.endswith("ا") and len(w) >= 4:  # accusative alif: جنديا
            w = w[:-1]
        for suf in ("يين", "ين", "ان", "ون", "ات"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
        if w in _UNIT_FAMILIES:  # دولارا, دولارات
            parts.append(_UNIT_FAMILIES[w])
            continue
        if len(w) >= 5 and w[0] == "ا":  # broken plural أفعال: أشخاص → شخاص
            w = w[1:]
        parts.append(w[:1] + re.sub(r"[اويه]", "", w[1:]))
    return " ".join(parts) or None


_PERSON_NOUNS = frozenset(unit_key(w) for w in """جندي جنود مدني مدنيين طفل أطفال امرأة نساء مسلح مسلحين عنصر
عناصر مقاتل مقاتلين مهاجر مهاجرين لاجئ لاجئين عامل عمال طالب طلاب صحفي صحفيين""".split())
_NISBA_PLURAL = re.compile(r"(?:يا|يين|يون|ي)$")


def _person_family(fam: str | None, stems: set[str], unit: str | None = None) -> str | None:
    """Read a count of persons (شخص, جندي, فلسطينيين) as dead or injured when the sentence says so."""
    word = normalize(unit or "").strip()
    persons = fam == "person" or fam in _PERSON_NOUNS or (
        fam not in _UNIT_FAMILIES.values() and " " not in word and len(word) >= 5 and bool(_NISBA_PLURAL.search(word)))
    if not persons:
        return fam
    dead, hurt = bool(stems & _DEATH_CUES), bool(stems & _INJURY_CUES)
    if dead and not hurt:
        return "dead"
    if hurt and not dead:
        return "injured"
    return fam


def _units_compatible(a: str | None, b: str | None) -> int:
    """Return 2 for the same unit, 1 for a generic person unit against a specific one, else 0."""
    if a is None or b is None:
        return 2 if a == b else 0
    if a == b:
        return 2
    if {a, b} <= _PERSON_SPECIFIC | {"person"} and "person" in (a, b):
        return 1
    return 0


# --------------------------------------------------------------------------- grouping

_EVENT_SAME_DAY = 0.22  # Dice over content words, events dated the same day (or overlapping days)
_EVENT_OVERLAP = 0.16  # … events whose coarse dates overlap (June vs 18-19 June)
_EVENT_NO_YEAR = 0.2  # … a month without its year (XXXX-06) meets a dated one
_EVENT_NEAR = 0.25  # … dates one to three days apart (6 vs 8 November)
_EVENT_FAR = 0.45  # … four to seven days apart
_EVENT_UNDATED = 0.40  # … one date unknown
_QUANTITY_MIN = 0.15  # context overlap for quantities with the same unit
_QUANTITY_GENERIC_MIN = 0.3  # … for generic units (%, currency, person)
_QUANTITY_DATE_GAP = 31  # quantities dated more than a month apart are different measurements
_QUANTITY_FAR_RATIO = 10.0  # values an order of magnitude apart are rarely one quantity …
_QUANTITY_FAR_MIN = 0.6  # … unless the sentences are close to identical
_QUANTITY_DEFAULT_SIM = 0.15  # a specific count noun (جندي) in one story is one quantity unless …
_QUANTITY_DEFAULT_RATIO = 5.0  # … the values are far apart (daily vs total toll) or the countries differ
_STATEMENT_MIN = 0.6  # near-duplicate statements
_SAME_ARTICLE_MIN = 0.6  # claims of one article join directly only when near-duplicates …
_SAME_ARTICLE_SAME_VALUE_MIN = 0.3  # … or when they state the same value (summary bullet vs body)
_LINKAGE = 0.5  # two groups merge only if their mean pairwise similarity reaches this share of the need
_GENERIC_UNITS = {"%", "usd", "pound", "person", None}


@dataclass
class _Prepared:
    item: GroupItem
    feats: dict[str, float]
    norm: float
    stems: set[str]
    when: _When
    unit: str | None
    speaker: frozenset[str]
    contrast: tuple[int, ...]  # per contrast set: index of the only family present, or -1
    countries: frozenset[str] = frozenset()
    quote: frozenset[str] = frozenset()  # stems inside quotation marks


_SIDE_CLAUSE = 0.6  # weight of words outside the clause that holds the date or the number
_MAGNITUDES = frozenset(_BASE.stem(normalize(w)) for w in "ألف آلاف الف مليون ملايين مليار مليارات تريليون".split())
_TITLE_STEMS = frozenset(_BASE.stem(normalize(w)) for w in """وزير وزيرة وزارة الخارجية الدفاع الداخلية رئيس
الرئيس رئيسة الوزراء نائب المتحدث المتحدثة باسم الأمين العام مدير مديرة زعيم الزعيم ممثل سفير المستشار
الملك الأمير الشيخ الدكتور اللواء العميد الجنرال قائد رئاسة مجلس لجنة حكومة الحكومة""".split())


def _event_cue(w: str) -> bool:
    return w in _DATE_CUES or w in _MONTH_ONE_WORD or w.startswith("#m") or (w.isdigit() and len(w) == 4)


def _quantity_cue(w: str) -> bool:
    return w[:1].isdigit() or w in _NUMBER_WORDS


_NUMBER_WORDS = frozenset(normalize(w) for w in """ألف آلاف الف مليون ملايين مليار مليارات عشرة عشرات مئات
مائة مئة اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين""".split())


def _prepare(items: list[GroupItem]) -> list[_Prepared]:
    analyzer = _Analyzer([it.text for it in items] + [it.speaker or "" for it in items])
    n = len(items)
    weighted: list[list[tuple[str, float]]] = []
    for i, it in enumerate(items):
        cue = _event_cue if it.kind == "event" else _quantity_cue if it.kind == "quantity" else None
        pairs, cued = analyzer.clause_stems(i, cue=cue)
        unit_words: set[str] = set()
        if it.kind == "quantity":
            # What is counted is compared as a unit, and who counts it is not what is counted.
            unit_words = {analyzer.stem(w) for w in normalize(it.quantity_unit or "").split()} | _MAGNITUDES
            unit_words |= set(analyzer.stems(n + i)) - _COUNTRIES
        stems = []
        for st, clause in pairs:
            if it.kind == "event" and it.date_value and st.startswith("#m"):
                continue  # the date is compared as a value, not as a word
            if st in unit_words:
                continue
            stems.append((st, 1.0 if not cued or clause in cued else _SIDE_CLAUSE))
        weighted.append(stems)
    feats = _weighted([_features(s) for s in weighted])
    out = []
    for i, it in enumerate(items):
        stems = {st for st, _ in weighted[i]}
        contrast = []
        for families in _CONTRASTS:
            present = [k for k, fam in enumerate(families) if stems & fam]
            contrast.append(present[0] if len(present) == 1 else -1)
        unit = _person_family(unit_key(it.quantity_unit), stems, it.quantity_unit) if it.kind == "quantity" else None
        speaker = frozenset(st for st in analyzer.stems(n + i) if len(st) >= 3 and st not in _TITLE_STEMS)
        out.append(_Prepared(it, feats[i], sum(feats[i].values()), stems, _when(it.date_value), unit,
                             speaker, tuple(contrast), frozenset(stems & _COUNTRIES),
                             _quote_stems(analyzer, it.text) if it.kind == "statement" else frozenset()))
    return out


_QUOTE = re.compile(r'"([^"]{8,})"|“([^”]{8,})”|«([^»]{8,})»')
_QUOTE_MIN = 0.7  # share of quoted words two statements must have in common to be one quote


def _quote_stems(analyzer: _Analyzer, text: str) -> frozenset[str]:
    quoted = " ".join(next(g for g in m.groups() if g) for m in _QUOTE.finditer(text))
    stems = frozenset(analyzer.stems(text=quoted)) if quoted else frozenset()
    return stems if len(stems) >= 3 else frozenset()


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


def _contrasting(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return any(x != -1 and y != -1 and x != y for x, y in zip(a, b))


def _short(w: _When) -> bool:
    return bool(w.first) and (w.last - w.first).days <= 7


def _same_value(a: GroupItem, b: GroupItem) -> bool:
    if a.kind == "quantity":
        return a.quantity_value is not None and a.quantity_value == b.quantity_value
    return a.kind == "event" and bool(a.date_value) and a.date_value == b.date_value


def _need(a: _Prepared, b: _Prepared) -> float | None:
    """Return the similarity two items need to be grouped, or None when they never may be."""
    ia, ib = a.item, b.item
    if ia.kind != ib.kind or ia.key == ib.key or _contrasting(a.contrast, b.contrast):
        return None
    if ia.kind == "event":
        gap = _date_gap(a.when, b.when)
        if gap is None:
            need = _EVENT_UNDATED
        elif a.when.weekday or b.when.weekday:
            need = _EVENT_UNDATED  # "on Wednesday" with no publication date: any Wednesday
        elif gap == 0:
            need = _EVENT_SAME_DAY if _short(a.when) and _short(b.when) else _EVENT_OVERLAP
            if a.when.month or b.when.month:
                need = max(need, _EVENT_NO_YEAR)
        elif gap <= 3:
            need = _EVENT_NEAR
        elif gap <= _WINDOW_DAYS:
            need = _EVENT_FAR
        else:
            return None
    elif ia.kind == "quantity":
        compat = _units_compatible(a.unit, b.unit)
        if not compat or (a.countries and b.countries and not a.countries & b.countries):
            return None
        gap = _date_gap(a.when, b.when)
        if gap is not None and gap > _QUANTITY_DATE_GAP:
            return None
        need = _QUANTITY_GENERIC_MIN if (compat == 1 or a.unit in _GENERIC_UNITS) else _QUANTITY_MIN
        x, y = abs(ia.quantity_value or 0.0), abs(ib.quantity_value or 0.0)
        if min(x, y) > 0 and max(x, y) / min(x, y) > _QUANTITY_FAR_RATIO:
            need = max(need, _QUANTITY_FAR_MIN)  # 52 today vs 40,000 since the war began
    else:
        if a.speaker and b.speaker and not (a.speaker & b.speaker):
            return None
        need = _STATEMENT_MIN
    if ia.article == ib.article:
        need = max(need, _SAME_ARTICLE_SAME_VALUE_MIN if _same_value(ia, ib) else _SAME_ARTICLE_MIN)
    return need


def _similarity(a: _Prepared, b: _Prepared) -> tuple[float, float] | None:
    """Return (similarity, similarity needed) of two items, or None when they never group."""
    need = _need(a, b)
    if need is None:
        return None
    sim = _dice(a.feats, b.feats, a.norm, b.norm)
    if sim < need and a.quote and b.quote and _jaccard(a.quote, b.quote) >= _QUOTE_MIN:
        sim = need  # the same quotation, reported with different framing
    if sim < need and _default_quantity_link(a, b):
        sim = need = _QUANTITY_DEFAULT_SIM
    return sim, need


def _default_quantity_link(a: _Prepared, b: _Prepared) -> bool:
    """Say whether two counts of one specific noun (جندي, قتيل) in one story are one quantity by default."""
    ia, ib = a.item, b.item
    if ia.kind != "quantity" or ia.article == ib.article or a.unit in _GENERIC_UNITS or a.unit != b.unit:
        return False
    if a.countries and b.countries and not a.countries & b.countries:
        return False
    x, y = abs(ia.quantity_value or 0.0), abs(ib.quantity_value or 0.0)
    return min(x, y) > 0 and max(x, y) / min(x, y) <= _QUANTITY_DEFAULT_RATIO


def _pair_score(a: _Prepared, b: _Prepared) -> float:
    """Return how strongly two items are one event/quantity (0 when they must not group)."""
    result = _similarity(a, b)
    return result[0] if result and result[0] >= result[1] else 0.0


def _candidate_pairs(prepared: list[_Prepared]) -> Iterable[tuple[int, int]]:
    """Yield index pairs worth comparing: same kind (and unit), sharing an informative stem."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(prepared):
        block = (p.item.kind, "person" if p.unit in _PERSON_SPECIFIC else p.unit)
        blocks[block].append(i)
    seen: set[tuple[int, int]] = set()
    for block, members in blocks.items():
        if block[0] == "quantity" and block[1] not in _GENERIC_UNITS and len(members) <= 300:
            for x in range(len(members)):  # one specific unit: every pair may be one quantity
                for y in range(x + 1, len(members)):
                    seen.add((members[x], members[y]))
                    yield members[x], members[y]
            continue
        cap = max(60, len(members) // 10)  # stems shared by very many items cannot decide alone
        postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for f in prepared[i].feats:
                if f[0] in "sl":
                    postings[f].append(i)
        for ids in postings.values():
            if len(ids) > cap:
                continue
            for x in range(len(ids)):
                for y in range(x + 1, len(ids)):
                    pair = (ids[x], ids[y])
                    if pair not in seen:
                        seen.add(pair)
                        yield pair


class _Groups:
    """Union-find whose merges are refused when they would join far-apart dates or contrasts,
    or two groups that are only linked by one pair (average linkage, so links cannot chain)."""

    def __init__(self, prepared: list[_Prepared], sims: dict[tuple[int, int], float]) -> None:
        self.parent = list(range(len(prepared)))
        self.members = [[i] for i in range(len(prepared))]
        self.sims = sims
        self.first = [p.when.first for p in prepared]  # latest start in the group
        self.last = [p.when.last for p in prepared]  # earliest end in the group
        self.contrast = [{(k, v) for k, v in enumerate(p.contrast) if v != -1} for p in prepared]
        self.units = [{p.unit} if p.item.kind == "quantity" else set() for p in prepared]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def merge(self, i: int, j: int, need: float) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        first = _max_date(self.first[ri], self.first[rj])
        last = _min_date(self.last[ri], self.last[rj])
        if first and last and (first - last).days > _WINDOW_DAYS:
            return False
        contrast = self.contrast[ri] | self.contrast[rj]
        if len({k for k, _ in contrast}) < len(contrast):
            return False
        units = self.units[ri] | self.units[rj]
        if len(units - {"person"}) > 1:
            return False
        a, b = self.members[ri], self.members[rj]
        if len(a) * len(b) > 1 and len(a) * len(b) <= 2500:
            total = sum(self.sims.get((x, y) if x < y else (y, x), 0.0) for x in a for y in b)
            if total / (len(a) * len(b)) < _LINKAGE * need:
                return False
        self.parent[rj] = ri
        self.members[ri] = a + b
        self.members[rj] = []
        self.first[ri], self.last[ri], self.contrast[ri], self.units[ri] = first, last, contrast, units
        return True


def _max_date(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(a, b) if a and b else a or b


def _min_date(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min(a, b) if a and b else a or b


def _group(items: list[GroupItem]) -> list[list[int]]:
    """Return groups as lists of indices into items, one chosen item per key."""
    if not items:
        return []
    prepared = _prepare(items)
    sims: dict[tuple[int, int], float] = {}
    scored: list[tuple[float, float, int, int]] = []
    for i, j in _candidate_pairs(prepared):
        result = _similarity(prepared[i], prepared[j])
        if result is None:
            continue
        sim, need = result
        sims[(i, j) if i < j else (j, i)] = sim
        if sim >= need:
            scored.append((sim, need, i, j))

    # A claim stating several dates or quantities keeps the reading that matches most others.
    strength: dict[int, float] = defaultdict(float)
    for sim, _, i, j in scored:
        if items[i].article != items[j].article:
            strength[i] += sim
            strength[j] += sim
    chosen: dict[int, int] = {}
    for i, it in enumerate(items):
        best = chosen.get(it.key)
        if best is None or strength[i] > strength[best]:
            chosen[it.key] = i
    keep = set(chosen.values())

    groups = _Groups(prepared, sims)
    for sim, need, i, j in sorted(scored, key=lambda t: (-t[0], t[2], t[3])):
        if i in keep and j in keep:
            groups.merge(i, j, need)
    by_root: dict[int, list[int]] = defaultdict(list)
    for i in sorted(keep):
        by_root[groups.find(i)].append(i)
    return sorted(by_root.values(), key=lambda g: min(items[i].key for i in g))


def group_items(items: list[GroupItem]) -> list[list[int]]:
    """Partition the keys into groups (singletons included), each group one event or one quantity.

    Several items may share a key (one per date or quantity of a claim); the key joins the group
    of the reading that matches other articles best.
    """
    return [sorted(items[i].key for i in g) for g in _group(items)]


def group_with_agreement(items: list[GroupItem]) -> list[tuple[list[int], Agreement]]:
    """Group the items and return each group's keys with its agreement, using the chosen readings."""
    return [(sorted(items[i].key for i in g), agreement([items[i] for i in g])) for g in _group(items)]


# --------------------------------------------------------------------------- agreement

_QUALIFIER_TEXT = {"exact": "", "approx": "about", "more_than": "more than", "less_than": "less than",
                   "at_least": "at least", "up_to": "up to"}
_RELATIVE_TOLERANCE = 0.10
_PERCENT_POINTS_TOLERANCE = 0.2  # 4.5% vs 4.75% differ although only 5% apart


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _display(it: GroupItem) -> str:
    if it.kind == "event":
        return it.date_value or ""
    if it.kind == "quantity" and it.quantity_value is not None:
        words = [_QUALIFIER_TEXT.get(it.qualifier or "exact", it.qualifier or ""), _number(it.quantity_value),
                 it.quantity_unit or ""]
        return " ".join(w for w in words if w)
    return it.speaker or ""


def _quantities_conflict(a: GroupItem, b: GroupItem) -> bool:
    x, y = a.quantity_value, b.quantity_value
    if x is None or y is None:
        return False
    top = max(abs(x), abs(y))
    if not top:
        return False
    relative = abs(x - y) / top
    if relative > _RELATIVE_TOLERANCE:
        return True
    percent = unit_key(a.quantity_unit) == "%" and unit_key(b.quantity_unit) == "%"
    return percent and abs(x - y) > _PERCENT_POINTS_TOLERANCE + 1e-9 and relative > 0.02


def _dates_conflict(a: GroupItem, b: GroupItem) -> bool:
    gap = _date_gap(_when(a.date_value), _when(b.date_value))
    return bool(gap)


def _one_per_key(items: list[GroupItem]) -> list[GroupItem]:
    """Keep, for a key with several readings, the one most compatible with the other keys."""
    by_key: dict[int, list[GroupItem]] = defaultdict(list)
    for it in items:
        by_key[it.key].append(it)
    if all(len(v) == 1 for v in by_key.values()):
        return items
    others_cache = {k: [o for o in items if o.key != k] for k in by_key}

    def fit(it: GroupItem) -> int:
        score = 0
        for o in others_cache[it.key]:
            if o.kind != it.kind:
                continue
            if it.kind == "quantity":
                score += unit_key(o.quantity_unit) == unit_key(it.quantity_unit)
            elif it.kind == "event":
                gap = _date_gap(_when(o.date_value), _when(it.date_value))
                score += gap is not None and gap <= _WINDOW_DAYS
        return score

    chosen = []
    for readings in by_key.values():
        chosen.append(max(readings, key=lambda it: (fit(it), -readings.index(it))))
    return chosen


def _source(it: GroupItem) -> str:
    return f"outlet:{normalize(it.outlet).strip()}" if (it.outlet or "").strip() else f"article:{it.article}"


def agreement(items: list[GroupItem]) -> Agreement:
    """Say whether a group's independent sources agree, listing each distinct value with its keys.

    corroborated: two or more independent sources (distinct outlets, or distinct articles when the
    outlet is unknown) and no conflicting values; contradicted: two values that cannot both be true
    (dates whose calendar ranges do not overlap, numbers more than ~10% apart whatever their
    qualifiers); single: one source.
    """
    items = _one_per_key(list(items))
    values: dict[str, list[int]] = {}
    for it in items:
        shown = _display(it)
        if not shown:
            continue  # an undated event or an unattributed statement states no value
        keys = values.setdefault(shown, [])
        if it.key not in keys:
            keys.append(it.key)
    conflict = False
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            a, b = items[x], items[y]
            if a.kind == "quantity" and b.kind == "quantity" and _quantities_conflict(a, b):
                conflict = True
            elif a.kind == "event" and b.kind == "event" and _dates_conflict(a, b):
                conflict = True
        if conflict:
            break
    sources = {_source(it) for it in items}
    status = "contradicted" if conflict else "corroborated" if len(sources) >= 2 else "single"
    ordered = sorted(values.items(), key=lambda kv: (-len(kv[1]), min(kv[1])))
    return Agreement(status, [(v, sorted(k)) for v, k in ordered])


# --------------------------------------------------------------------------- claims → items

def items_from_claim(key: int, article: int, outlet: str, claim: dict) -> list[GroupItem]:
    """Return the GroupItems of one claim in the output contract (gold/README.md): one per date
    for an event, one per quantity for a quantity claim, one for a statement."""
    kind = claim.get("kind") or "statement"
    text = claim.get("text") or ""
    speaker = claim.get("speaker_canonical") or claim.get("speaker")
    base = dict(key=key, article=article, outlet=outlet or "", kind=kind, text=text, speaker=speaker)
    if kind == "quantity":
        qs = claim.get("quantities") or ([claim["quantity"]] if claim.get("quantity") else [])
        items = [GroupItem(**base, quantity_value=float(q["value"]), quantity_unit=q.get("unit"),
                           qualifier=q.get("qualifier")) for q in qs if q.get("value") is not None]
        if items:
            return items
    if kind == "event":
        ds = claim.get("dates") or ([claim["date"]] if claim.get("date") else [])
        items = [GroupItem(**base, date_value=d.get("value")) for d in ds]
        if items:
            return items
    return [GroupItem(**base)]


# --------------------------------------------------------------------------- stories

def suggest_story(article_text: str, stories: dict[int, str], *, min_score: float = 0.2) -> tuple[int | None, float]:
    """Return the story whose text profile shares the most names and content words with the article.

    The score is the cosine of log-scaled, IDF-weighted stem counts (IDF over the stories, with a
    background prior); below min_score the story is None.
    """
    if not stories or not (article_text or "").strip():
        return None, 0.0
    ids = list(stories)
    analyzer = _Analyzer([article_text] + [stories[i] for i in ids])
    docs = [_counts(analyzer.stems(k)) for k in range(len(ids) + 1)]
    df: dict[str, int] = defaultdict(int)
    for d in docs[1:]:
        for t in d:
            df[t] += 1
    n = len(ids) + _PRIOR_DOCS
    idf = {t: math.log(n / (df.get(t, 0) + 0.5)) for d in docs for t in d}
    vecs = [{t: (1 + math.log(c)) * idf[t] for t, c in d.items()} for d in docs]
    query = vecs[0]
    qn = math.sqrt(sum(v * v for v in query.values()))
    best, best_score = None, 0.0
    for sid, vec in zip(ids, vecs[1:]):
        vn = math.sqrt(sum(v * v for v in vec.values()))
        if not qn or not vn:
            continue
        score = sum(w * vec[t] for t, w in query.items() if t in vec) / (qn * vn)
        if score > best_score:
            best, best_score = sid, score
    best_score = round(best_score, 4)
    return (best, best_score) if best_score >= min_score else (None, best_score)


def _counts(stems: list[str]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for s in stems:
        if not s.startswith("#m"):  # months say when, not what
            out["s" + s] += 1
            loose = _fold_loose(s)
            if len(loose) >= 4 and loose != s:
                out["l" + loose] += 1
    return out
