"""One sentence: tokenising a normalised sentence (_tokens), finding its speech verb and that verb's subject
(_analyse), its source phrase ("وفق/بحسب/نقلا عن …", _source_phrase), the cues by which a sentence with no
subject of its own goes on with an earlier speaker or body (_quote_or_participle, _same_source_cue,
_linked_to_previous …), and their helpers. It imports from lexicon and phrases.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress, count, repeat
from operator import itemgetter

from .lexicon import (
    _bare_source_word,
    _owned_title,
    _CLITIC_END,
    _SHOWN_ATTITUDES,
    _ABOUT_PRONOUNS,
    _ADVERBS_AFTER_VERB,
    _AMMA,
    _ANALYSE_SURFACE,
    _AT_A_TIME,
    _CONTRAST,
    _DECISION_VERBS,
    _DOCUMENT_NOUNS,
    _DROP,
    _DROP_RUN,
    _EXPLAINED_OPENING,
    _FOLDED_AWAY,
    _verb_despite_folding,
    _GATED_SURFACE,
    _GENERIC_ROLES,
    _ISSUED_BY,
    _ISSUED_IT,
    _PUBLISHED,
    _ISSUING_VERBS,
    _KANA,
    _LATEST,
    _LAUNCH_VERBS,
    _NEEDS_AUTHOR,
    _NEEDS_COMPLEMENT,
    _NAME_PARTICLES,
    _NISBA,
    _NO_CARRY,
    _NON_AGENT_HEADS,
    _NOT_LAUNCHED,
    _PARTICIPLES,
    _REMINDING,
    _PRE_VERB,
    _QUOTES,
    _RECORD_VERBS,
    _RECORDING_MEANS,
    _RELATIVE,
    _RESULT_HEADS,
    _RULING_VERBS,
    _GROUP_STANCES,
    _POLITICAL_GROUPS,
    _SOURCE_NOUNS,
    _SOURCE_VERBS,
    _SOURCE_WORD_STARTS,
    _SOURCE_WORDS,
    _STOP,
    _STRONG_END,
    _TEMPORAL,
    _THAT,
    _TOKEN,
    _UNNAMED_SOURCES,
    _VERB_SURFACE,
    _WENT_ON_TO_MENTION,
    _Carry,
    _CarryBody,
    _CarryPrevious,
    _CarrySource,
    _ends_phrase,
    _Found,
    _is_al,
    _is_institution,
    _is_place,
    _is_title,
    _masdar_like,
    _name_like,
    _NormalizedView,
    _Phrase,
    _strip_al,
    _Tok,
    _verb_lemma,
    _while_opener,
    _words,
)
from .names import definite_by_adjective
from .phrases import (
    _description_end,
    _BACK_WINDOW,
    _CALLED,
    _DATA_NOUNS,
    _FEMININE_PLURAL,
    _FREE_ADJECTIVES,
    _ONE_OF_THEM,
    _PLAIN_THAT,
    _SAME,
    _SCENE_VERBS,
    _SOUND_PLURAL,
    _UNNAMED_ROLES,
    _addressee_end,
    _adjective_at,
    _author_at,
    _court,
    _document_adjective,
    _document_author,
    _document_noun,
    _named_after_pronoun,
    _parse_np,
    _past_gloss,
    _prepositional,
    _quoted_name,
    _crew_named_before,
    _recorder,
    _recording_means,
    _surname_word,
)

# --------------------------------------------------------------------------- one sentence


def _definite_in_ya(word: str) -> bool:
    return word[-1:] == "ي" and word[:2] == "ال"


def _split_tokens(text: str) -> list[str]:
    """Return _TOKEN_SPLIT.split(text): gap, token, gap, token, …, gap, the gaps whitespace only.

    No token holds a space, so the split of the text is the splits of its space-separated pieces, their edge
    gaps joined with the space between them. Most pieces are one word (str.isalnum is the regex's \\w, less
    "_"), whose split is ["", piece, ""]: the regex reads only the pieces that hold punctuation.
    """
    parts: list[str] = []
    gap = ""  # the whitespace since the last token, with the space that ends it
    for piece in text.split(" "):
        if piece.isalnum():
            parts.append(gap)
            parts.append(piece)
            gap = " "
        else:
            split = _TOKEN_SPLIT.split(piece)
            split[0] = gap + split[0]
            parts += split[:-1]
            gap = split[-1] + " "
    parts.append(gap[:-1])  # without the space after the last piece
    return parts


def _tokens(norm: _NormalizedView, raw: str, parts: list[str] | None = None) -> list[_Tok]:
    """Return the word and punctuation tokens of a normalised sentence (parts: its split, if known)."""
    # split() gives gap, token, gap, token, …, gap (gaps are whitespace only): offsets and tokens
    # come from C-level iteration instead of a Python loop per token.
    if parts is None:
        parts = _split_tokens(norm.text)
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=0))
    starts, ends = offsets[1::2], offsets[2::2]
    if "آ" in raw:
        _unfold_madda_names(words, starts, ends, norm, raw)
    if "ة" in raw and not _VERBS_ENDING_IN_HA.isdisjoint(words):
        _unfold_ta_marbuta(words, starts, ends, norm, raw)
    marked: list[bool] | repeat = repeat(False)
    if norm.tanween:
        # A token carried tanween when the mark sat at its end or just before its last letter.
        marked = [False] * len(words)
        for p in norm.tanween:
            i = bisect.bisect_left(ends, p)
            while i < len(ends) and ends[i] <= p + 1:
                marked[i] = True
                i += 1
    # The raw spelling matters only for words that folding makes ambiguous (إمام/أمام، علي/على), for
    # ال- words in ى, which folding makes look like adjectives of origin ("المستشفى" → "المستشفي"), and for
    # names in إل-, which folding makes look like ال- words (إلياس، إلهام). على folds to علي, so nearly every
    # sentence has such a word: they are picked out by C-level passes, not by a test per word.
    spelled = list(compress(count(), map(_FOLDED_AWAY.__contains__, words))) \
        if not _FOLDED_AWAY.isdisjoint(words) else []
    if "ى" in raw:
        # An ال- word in ي keeps its spelling only when that holds ى or opens with إ: no other is read otherwise
        # than with none (the tests on a token's raw: endswith("ى"), _name_like's "إل"; the others are on علي،
        # امام، نشره, على). So only the few tokens holding those letters are tested, not every word.
        spelled += [i for i in _tokens_holding(raw, norm, starts, ends) if _definite_in_ya(words[i])]
    if "إل" in raw and _HAMZA_IL_NAME.search(raw) is not None:
        spelled += [i for i in _word_indices(_DEFINITE_WORD, norm.text, starts)
                    if words[i][:2] == "ال" and norm.raw(starts[i]) < len(raw) and raw[norm.raw(starts[i])] == "إ"]
    written: list[str] | repeat = repeat("")
    if spelled:
        written = [""] * len(words)
        if len(raw) == len(norm.text):
            # No mark was dropped from the sentence: its offsets are the raw ones, and no mark follows a letter.
            for i in spelled:
                written[i] = raw[starts[i]:ends[i]]
        else:
            for i in spelled:
                written[i] = raw[norm.raw(starts[i]):_raw_end(raw, norm.raw(ends[i] - 1) + 1)]
    toks = list(map(_new_tok, repeat(_Tok), zip(words, starts, ends, marked, written)))
    # (nearly every sentence ends on a point, and few hold a "د" token, the title: that test comes first)
    return _abbreviated_titles_joined(toks) if "د" in words and "." in words else toks


# Where the word tokens that start with ال start in a normalised text. It opens on the literal ا, which the regex
# engine scans for quickly, and asks after it that no word letter comes before it. A word that _tokens unfolded
# (آ for ا, ة for ه) is found as it was folded: the exact test on the token's text decides.
_DEFINITE_WORD = re.compile(r"ا(?<!\w.)ل")


def _tokens_holding(raw: str, norm: _NormalizedView, starts: list[int], ends: list[int]) -> set[int]:
    """Return the indices of the tokens whose raw spelling holds ى or opens with إ (normalising drops neither;
    every letter stands in a token, the one of the first end past it)."""
    plain = len(raw) == len(norm.text)  # no mark dropped: the raw offsets are the normalised ones
    held = set()
    at = raw.find("ى")
    while at >= 0:
        held.add(bisect.bisect_right(ends, at if plain else norm.normalised(at)))
        at = raw.find("ى", at + 1)
    at = raw.find("إ")
    while at >= 0:
        where = at if plain else norm.normalised(at)
        i = bisect.bisect_right(ends, where)
        if starts[i] == where:
            held.add(i)
        at = raw.find("إ", at + 1)
    return held


def _word_indices(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[int]:
    """Return the indices of the tokens a pattern's matches start at (each match starts a word token)."""
    return [bisect.bisect_left(starts, m.start()) for m in pattern.finditer(text)]


_JOINED_DOCTOR = "الدكتور"


def _abbreviated_titles_joined(toks: list[_Tok]) -> list[_Tok]:
    """Join "د." before a personal name into one title token read as الدكتور: "عضو اللجنة، د. سارة، نفت".

    The point would otherwise end the speaker's phrase at the title. Not after a figure ("50 د." is dinars).
    """
    out: list[_Tok] = []
    k, n = 0, len(toks)
    while k < n:
        tok = toks[k]
        if tok.text == "د" and k + 2 < n and toks[k + 1].text == "." and _name_like(toks[k + 2]) \
                and not (out and out[-1].text[:1].isdigit()):
            out.append(_Tok(_JOINED_DOCTOR, tok.start, toks[k + 1].end, tok.tanween, tok.raw))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


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


def _unfold_ta_marbuta(words: list[str], starts: list[int], ends: list[int], norm: _NormalizedView,
                       raw: str) -> None:
    """Give back the ة of a noun that folding made a verb with the pronoun ه: قدرة (ability) / قدره (estimated it).

    A verb's object pronoun is never written ة, so "قدرة المدينة على" names no speaker; the token keeps its
    offsets and only stops matching the verb table (نشرة/نشره is told apart from its raw spelling elsewhere).
    """
    for i in compress(count(), map(_VERBS_ENDING_IN_HA.__contains__, words)):
        written = _DROP.sub("", raw[norm.raw(starts[i]):_raw_end(raw, norm.raw(ends[i] - 1) + 1)])
        if written.endswith("ة"):
            words[i] = words[i][:-1] + "ة"


# The speech verb forms _unfold_ta_marbuta may give a ة back to: most sentences hold none.
_VERBS_ENDING_IN_HA = frozenset(form for form in _VERB_SURFACE if form.endswith("ه")) - _FOLDED_AWAY
_TOK_TEXT = itemgetter(0)  # _Tok.text
_TOK_START = itemgetter(1)  # _Tok.start
_new_tok = tuple.__new__  # skips the named tuple's Python-level __new__: sentences have many tokens
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# A word in إل- other than إلى/إلا, which may be a first name that folding makes look like an ال- word (إلياس).
# (it opens on the literal إ, which the regex engine scans for quickly, then asks that no word letter comes before it)
_HAMZA_IL_NAME = re.compile(r"إ(?<!\w.)ل(?!ى(?!\w)|ا(?!\w))\w")


def _raw_end(raw: str, end: int) -> int:
    """Return end moved past the diacritics that belong to the letter before it."""
    m = _DROP_RUN.match(raw, end)
    return m.end() if m else end


def _clause_start(toks: list[_Tok], k: int) -> int:
    """Return the index of the first token of the clause holding token k."""
    for m in range(k - 1, max(-1, k - 1 - _BACK_WINDOW), -1):
        if toks[m].text in "،,؛;:":
            return m + 1
    if k > _BACK_WINDOW:
        return k - _BACK_WINDOW
    # "جنيف – وكانت المنظمة قد أفادت": the clause opens with كان after the dateline (not "وكانت بعثة كويتية -
    # سلوفاكية قد أعلنت"، "مركز كير–كارنيغي": a dash inside a name)
    dateline = _after_dateline(toks)
    return dateline if dateline < k and toks[dateline].text in _KANA \
        and not any(t.text in _KANA for t in toks[:dateline]) else 0


# A count that opens a survey's subject: "رجحت 12 من أصل 15 مؤسسة"، "توقع سبعة من كل عشرة محللين".
_MOST = _words("أغلبية غالبية معظم")
_COUNT_WORDS = _words("اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع "
                      "عشرة عشر") | _MOST
_OUT_OF = _words("أصل بين كل")


def _is_count(t: str) -> bool:
    return t[:1].isdigit() or t in _COUNT_WORDS


def _counted_adjective(t: str, before: str) -> bool:
    """Say whether t is an indefinite adjective of the counted noun: "مالية"، or "ومصرفية" after one."""
    if t[:1] == "و" and _NISBA.search(before):
        t = t[1:]
    return len(t) >= 4 and t.isalpha() and not t.startswith("ال") and bool(_NISBA.search(t))  # not في


def _counted_subject(toks: list[_Tok], j: int) -> _Phrase | None:
    """Read a speech verb's subject that is a share of those asked: "إذ رجحت 12 من أصل 15 مؤسسة بحثية
    خفضاً …" → "12 من أصل 15 مؤسسة بحثية ومصرفية". Callers take it only after a verb of saying, not one
    that records ("سجلت 12 من أصل 15 محطة ارتفاعاً": the stations are what is counted)."""
    n = len(toks)
    if j + 2 >= n or not _is_count(toks[j].text) or toks[j + 1].text != "من":
        return None
    m = j + 2
    if toks[m].text in _OUT_OF and m + 1 < n:
        m += 1
    if _is_count(toks[m].text) and toks[m].text not in _MOST:
        m += 1
    phrase = _parse_np(toks, m) if m < n else None
    if m < n and toks[m].text.isalpha() and (phrase is None or phrase.start != m):
        phrase = _Phrase(m, m + 1, "group", False)  # "8 من بين 20 خبيراً"، "خمسة من تسعة أطباء": the counted noun
    if phrase is None or phrase.start != m:
        return None
    end = phrase.end
    while end < n and _counted_adjective(toks[end].text, toks[end - 1].text):
        end += 1  # "مؤسسات مالية ومصرفية": the counted noun's adjectives, a second one joined by و
    return phrase._replace(start=j, end=end, trim=0, named=True)  # the count and those asked name who speaks


# "على حد قوله"، "على حد تعبيرها": the writer marks the words before as the subject's own.
_IN_HIS_WORDS = _words("قوله قولها قولهم قولهما تعبيره تعبيرها تعبيرهم تعبيرهما وصفه وصفها")


def _in_own_words(toks: list[_Tok], j: int) -> bool:
    """Say whether "على حد قوله" (or تعبيره) closes what follows toks[j] outside any quotation."""
    if "حد" not in map(_TOK_TEXT, toks[j + 1:]):
        return False  # most sentences hold no حد: a C-level scan spares the Python one below
    return any(toks[m].text == "علي" and toks[m + 1].text == "حد" and toks[m + 2].text in _IN_HIS_WORDS
               and not _inside_quotation(toks, m) for m in range(j, len(toks) - 2))


_COMPLAINT_WINDOW = 8  # "من أن" after the complainants and where they live: "سكان أحياء في جانب المدينة"


_COMPLEMENT_WINDOW = 40


def _has_complement(toks: list[_Tok], j: int, lemma: str) -> bool:
    """Say whether a speech complement follows (إن/أن, a colon, a quote, قائلا, a preposition)."""
    if _in_own_words(toks, j):
        return True  # "وأرجع الحرازي تميز محصوله إلى الصبر، على حد قوله": whatever the verb, he said it
    if lemma in ("رفض", "نفى"):
        return j < len(toks)  # they take a plain object: "نفى الوزير وجود مفاوضات"
    if lemma == "تحدث":
        # "تحدثت الشرطة، أمس، عن …": what it speaks of, right after the subject; "تحدث معه عن" names to whom
        # first, and "متعاملون تحدثوا لـ«الصحيفة»" only says who was told.
        m = _past_inserts(toks, j)
        return m < len(toks) and toks[m].text == "عن"
    if lemma == "أرجع":
        return _cause_to(toks, j)
    if lemma == "رد":
        return _replied_with(toks, j)
    if lemma == "ختم":
        return _concluded_with(toks, j)
    if lemma == "أضاف" and all(tok.text in ".،,؛;" for tok in toks[j + (j < len(toks) and toks[j].text in _SAME):]):
        return True  # said after what was said: "…، وعلى عمق 10 كلم، يضيف المصدر ذاته."
    if lemma == "شكا":
        # "يشكون من أن …"، "اشتكى سكان أحياء في المدينة من أن …"، "اشتكى السكان: «…»"; not "يشكو من ألم في ظهره"
        j = _past_who_they_are(toks, j)  # "وتشكو أم خالد، وهي نازحة تقيم في الحي، من أن …"
        for m in range(j, min(len(toks) - 1, j + _COMPLAINT_WINDOW)):
            if toks[m].text == ":" or toks[m].text in _QUOTES or toks[m].text == "من" and toks[m + 1].text in _PLAIN_THAT:
                return True
            if _verb_lemma(toks[m].text) or toks[m].text in _STRONG_END:
                return False
        return False
    if lemma == "حمل":
        return _blames(toks, j)
    if lemma == "أبدى":
        m = _past_inserts(toks, j)  # the attitude right after the subject, with its possessive: قلقه، استعدادها
        return m < len(toks) and _CLITIC_END.sub("", toks[m].text) in _SHOWN_ATTITUDES
    if toks and toks[0].text in _QUOTES:
        return True  # the quotation came first: "\"…\"، كتب غوتيريش"
    prev = ""
    source_name = False  # inside a source's quoted name: "…، بحسب ما رصدته "بلدي نيوز"" quotes no words
    for m, tok in enumerate(toks[j:j + _COMPLEMENT_WINDOW], j):
        t = tok.text
        if source_name or (t in _QUOTES and (prev in _SOURCE_VERBS or prev in _SOURCE_WORD_STARTS)):
            source_name = not (source_name and t in _QUOTES)
            prev = t
            continue
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


_RESPONSIBILITY = _words("مسؤولية المسؤولية مسؤوليات المسؤوليات")
_BLAME_WINDOW = 10  # who is blamed and when, before مسؤولية: "يوم الأحد الجانب الآخر"


def _blames(toks: list[_Tok], j: int) -> bool:
    """Say whether مسؤولية follows the subject of حمّل within its clause: "حمّلت النقابة الوزارة مسؤولية …",
    "حمّل الحزب، في بيان، الحكومة المسؤولية"; not "حمل المتظاهرون لافتات"."""
    for m in range(j, min(len(toks), j + _BLAME_WINDOW)):
        t = toks[m].text
        if t in _RESPONSIBILITY:
            return True
        if t in _THAT or t in ".:؛;!?؟" or _verb_lemma(t):
            return False
    return False


def _blamer(toks: list[_Tok], phrase: _Phrase) -> _Phrase | None:
    """Read the subject of حمّل again without مسؤولية and what follows it, which a name reader ran into:
    "وحمّل وزير الصحة الأهالي مسؤولية انتشار الوباء" → وزير الصحة الأهالي (the object is cut after)."""
    cut = next((m for m in range(phrase.start, phrase.end) if toks[m].text in _RESPONSIBILITY), None)
    if cut is None:
        return phrase
    again = _parse_np(toks[:cut], phrase.start)
    return again._replace(named=False) if again is not None and again.mode != "name" else again


# "قدّر الخسائر بنحو"، "بما يزيد على"، "قدّر حاجته إلى استثمارات بقيمة 1.5 مليار"
_ESTIMATE_WORDS = _words("نحو حوالي حوالى قرابة زهاء ما أكثر أقل قيمة")
_ESTIMATE_WINDOW = 10  # what is estimated, between the subject and بـ: "الاحتياطات الأولية للحقل"


def _estimated_at(toks: list[_Tok], phrase: _Phrase, j: int, lemma: str) -> bool:
    """Say whether a body or a person estimates a figure: "وقدّر المجمع الاحتياطات بنحو 18 مليار".

    قدّر states a figure with بـ + a figure, as other verbs state one with أن; only a body or a person
    estimates ("وقُدّرت الخسائر بنحو 5 ملايين" is passive: the losses are what is estimated). Only in the
    sentence's first clause: "بلغت النسبة 41% بحسب المفوضية، فيما قدّرتها شبكة … بأقل من" keeps its source,
    and the later estimate claims its own figure (figure_sources).
    """
    document = phrase.mode == "group" and _strip_al(toks[phrase.start].text) in _DOCUMENT_NOUNS  # "ويقدّر التقرير"
    if lemma != "قدر" or (phrase.mode not in ("person", "org") and not document) \
            or any(t.text in "،,؛;" for t in toks[_after_connective(toks):phrase.start]):  # "بدورها، قدّرت"
        return False
    if j < len(toks) and toks[j].text in "،," and any(t.text in "،," for t in toks[phrase.start:phrase.end]):
        j += 1  # the comma closing a name set off after a title: "ويقدّر رئيس الجمعية، محمود الحسين، الإنتاج بنحو"
    for m in range(j, min(len(toks), j + _ESTIMATE_WINDOW)):
        t = toks[m].text
        if t[:1] == "ب" and (t[1:] in _ESTIMATE_WORDS or t[1:2].isdigit()):
            return True
        if t == "بين" and m + 1 < len(toks) and toks[m + 1].text[:1].isdigit():
            return True  # a range: "قدّرت المنظمة الكلفة بين 150 و250 ديناراً"
        if _verb_lemma(t) or t in _THAT or not t.isalpha():
            return False
    return False


_REPLY_THAT = _words("بأن بأنه بأنها بأنهم بأنهما بأننا بالقول قائلا قائلة")
# "ردّت الإدارة ببيان أكدت فيه أن …": a reply made with a statement is made in words.
_WITH_A_STATEMENT = frozenset(p + w for w in _words("بيان تصريح تصريحات توضيح") for p in ("ب", "في", "فى"))
_REPLY_WINDOW = 6  # "ردّ الوزير على الانتقادات بأن": the subject's complement before بأن


def _replied_with(toks: list[_Tok], j: int) -> bool:
    """Say whether "ردّ X" replies in words: بأن, بالقول, قائلا, a colon or a quote closely after its subject.

    A plain أن further on is another clause's ("ورد اسمه في القائمة بعد أن …"); "ردت الشرطة بإطلاق الغاز"
    answers with a deed.
    """
    for tok in toks[j:j + _REPLY_WINDOW]:
        t = tok.text
        if t in _REPLY_THAT or t == ":" or t in _QUOTES or t in _WITH_A_STATEMENT:
            return True
        if t in ".؛;" or _verb_lemma(t):
            return False
    return False


def _without_possessed_object(toks: list[_Tok], phrase: _Phrase) -> _Phrase | None:
    """Drop the object with the subject's own pronoun that ends its phrase: the speech "ختم/اختتم" ends
    ("واختتم الوزير كلمته بالقول" → الوزير; "وختم حديثه بالقول" has no subject left, the speaker is carried),
    the feeling a negated verb hides ("ولم يخف الوزير محمد سالم تفاؤله" → الوزير محمد سالم). One word, never
    an ال- word: "الوزيرة"، "رئيس البلدية" end in ه as a pronoun does, once folded."""
    last = toks[phrase.end - 1].text
    if not _CLITIC_END.search(last) or _is_al(last):
        return phrase
    return phrase._replace(end=phrase.end - 1) if phrase.end - 1 > phrase.start else None


# "وختمت الوزيرة حديثها بالإشارة إلى أن …": a speech noun closing with what is said is words too.
_CONCLUDED_WITH_NOUNS = _words("بالإشارة بالتأكيد بالتشديد بالتحذير بالتذكير")
_CONCLUDED_WITH = _words("بالقول قائلا قائلة بأن بأنه بأنها") | _CONCLUDED_WITH_NOUNS
_CONCLUDE_WINDOW = 4  # "واختتم الوزير كلمته بالقول": the subject's speech between the verb and بالقول


def _concluded_with(toks: list[_Tok], j: int) -> bool:
    """Say whether "ختم/اختتم" closes with words: بالقول, قائلا, بأن or a colon right after its subject and
    the speech it ends ("كلمته"، "حديثه"); "اختتم المهرجان بعرض "…"" ends with a deed, a quote being its title."""
    for m, tok in enumerate(toks[j:j + _CONCLUDE_WINDOW], j):
        if tok.text in _CONCLUDED_WITH or tok.text == ":":
            # "بالإشارة إلى أن"، "بالتأكيد على أن": the noun says words only with what they say ("بالإشارة الضوئية")
            return tok.text not in _CONCLUDED_WITH_NOUNS or any(t.text in _THAT for t in toks[m + 1:m + 4])
        if tok.text in ".؛;،," or _verb_lemma(tok.text):
            return False
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


_OUTLET_NAME_WORDS = 4  # "صحيفة 14 أكتوبر الرسمية": a name with a figure that the noun phrase stops before


def _past_outlet_name(toks: list[_Tok], j: int) -> int | None:
    """Return the index of the عن that closes a media outlet's name from toks[j] ("ونقلت صحيفة 14 أكتوبر
    الرسمية عن"، "نقلت قناة 24 عن"), or None when a mark, a verb or إن/أن comes first."""
    for m in range(j, min(len(toks), j + _OUTLET_NAME_WORDS + 1)):
        t = toks[m].text
        if t == "عن":
            return m
        if t in "،,.؛;:" or t in _THAT or _verb_lemma(t):
            return None
    return None


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


_PUBLISHING = frozenset(p + w for w in _words("نشر نشرت أصدر أصدرت أعد أعدت") for p in ("", "و", "ف"))
_PUBLISHED_WINDOW = 8  # "نشرت في تشرين الأول 2023 تقريراً": a time between the verb and the report
_INSERT_WORDS = 4  # "، أمس الاثنين،": a time set off by commas, and the publisher's longer name before it


def _publisher_before(toks: list[_Tok], doc: int, *, past_commas: bool = False) -> _Phrase | None:
    """For "وكانت وكالة X قد نشرت … تقريراً أشار إلى أن" return who published the report toks[doc] names.

    The report speaks for its publisher: the subject of نشر/أصدر/أعدّ, before قد in a كان frame or after the verb.
    past_commas: a time set off by commas may stand between ("أصدرت الهيئة، أمس الاثنين، نشرتها").
    """
    window = _PUBLISHED_WINDOW + (_INSERT_WORDS if past_commas else 0)
    for p in range(doc - 1, max(-1, doc - window), -1):
        if toks[p].text in ".؟?!؛;:" or toks[p].text in _QUOTES or toks[p].text in "،," and not past_commas:
            return None
        if toks[p].text not in _PUBLISHING:
            continue
        if p >= 2 and toks[p - 1].text in ("قد", "وقد") and _after_kana_subject(toks, p - 1):
            phrase = _parse_np(toks, _clause_start(toks, p - 1) + 1)
            phrase = phrase if phrase is not None and phrase.end == p - 1 else None
        else:
            phrase = _parse_np(toks, p + 1)
            phrase = phrase if phrase is not None and phrase.end <= doc else None
        return phrase if phrase is not None and (phrase.mode in ("person", "org") or phrase.named) else None
    return None


_OWN_DOCUMENT_WORDS = 4  # "نشرتها الشهرية للنشاط الزلزالي،": the document and its description before the comma


def _own_document_publisher(toks: list[_Tok], comma: int) -> _Phrase | None:
    """For "أصدرت الهيئة، أمس، نشرتها الشهرية للنشاط الزلزالي، التي أظهرت أن …" return who published the
    document with their own pronoun on it ("نشرتها"، "تقريرها") that a relative clause after toks[comma] describes;
    the document speaks for them. Not a document that is no one's ("النشرة الشهرية، التي …")."""
    for p in range(comma - 1, max(-1, comma - 1 - _OWN_DOCUMENT_WORDS), -1):
        t = toks[p].text
        if t in ".؟?!؛;،,:" or t in _QUOTES:
            return None
        stem = t[:-2] if t.endswith("ها") else t[:-1] if t.endswith("ه") else ""
        if stem.endswith("ت"):
            stem = stem[:-1] + "ه"  # "نشرتها" → نشرة (folded نشره)
        if stem and stem in _STATEMENT_DOCUMENTS:
            return _publisher_before(toks, p, past_commas=True)
    return None


def _passive_estimate(toks: list[_Tok], k: int, phrase: _Phrase) -> bool:
    """Say whether "يُقدَّر/تُقدَّر X بـ…" at k is passive: an imperfect verb whose subject is a thing, not a body.

    "ويقدّر عدد السكان بنحو 3 ملايين"، "وتقدّر السعة التخزينية بنحو …" give the estimate's object; "ويقدّر
    الخبراء الخسائر بـ…" (people) and "وتقدّر الوزارة …" (a body) estimate.
    """
    verb = toks[k].text
    verb = verb[1:] if verb[:1] in "وف" and verb[1:2] in "يت" else verb
    if verb[:1] not in "يت" or phrase.mode != "group" or phrase.named:
        return False
    head = toks[phrase.start].text
    return not (_strip_al(head) in _SOURCE_NOUNS or _SOUND_PLURAL.match(head) or _is_institution(head))


_MANNER_NOUNS = _words("نبرة صوت لهجة حسرة مرارة أسف ابتسامة حزن فخر ثقة حماس غضب")


def _skip_adverbs(toks: list[_Tok], j: int) -> int:
    """Return j moved past adverbs between a verb and its subject: "وقال أمس"، "أعلنت خلالها"."""
    n = len(toks)
    skipped = 0
    while j < n and skipped < 4:
        t = toks[j].text
        adverb = toks[j].tanween and t.endswith("ا") and j + 1 < n and _is_title(toks[j + 1].text)  # "مجدداً"
        if t in _ADVERBS_AFTER_VERB or adverb or t in _ABOUT_PRONOUNS:
            j += 1
            skipped += 1
            continue
        if t == "من" and j + 1 < n and toks[j + 1].text in ("جهته", "جهتها", "جانبه", "جانبها"):
            j += 2
            skipped += 1
            continue
        if t == "كل" and j + 2 < n and toks[j + 1].text == "من" and skipped == 0 \
                and (_is_title(toks[j + 2].text) or _is_institution(toks[j + 2].text) or _is_al(toks[j + 2].text)):
            j += 2  # "وأكد كل من وزير المالية … ووزير الاقتصاد …": each of them; the first is read
            skipped += 1
            continue
        if t[:1] == "ب" and t[1:] in _MANNER_NOUNS:
            # "فقال بنبرة غاضبة:"، "وقالت بصوت خافت إن": how it was said, with its adjective, is no subject
            j += 2 if j + 1 < n and toks[j + 1].text.isalpha() and not _is_al(toks[j + 1].text) \
                and not _is_title(toks[j + 1].text) else 1
            skipped += 1
            continue
        if t in ("،", ",") and skipped:
            j += 1
            continue
        break
    return j


# A short phrase of how, where or when, fronted before its clause's verb: "وفي تصريح صحفي قال الوزير إن"،
# "وعلى هامش المؤتمر أكد"، "وخلال اللقاء أوضح". The verb still opens the clause, its subject after it.
_FRONTED_PREPOSITIONS = _words("في فى وفي خلال وخلال عبر وعبر على وعلى علي وعلي أمام وأمام لدى ولدى "
                               "بعد وبعد عقب وعقب إثر وإثر قبل وقبل")
_FRONTED_WORDS = 5  # "وفي تصريح خاص لوكالة الأنباء"


def _after_fronted_phrase(toks: list[_Tok], k: int) -> bool:
    """Say whether the verb at k follows a fronted prepositional phrase that opens its clause.

    The phrase is a few words with no verb, no إن/أن, no relative and no "ما" in it: "بعد أن قال" and
    "في إطار ما قال" put the verb in a clause of their own.
    """
    cs = _clause_start(toks, k)
    if not 2 <= k - cs <= _FRONTED_WORDS or toks[cs].text not in _FRONTED_PREPOSITIONS:
        return False
    if cs > 0 and toks[cs].text[:1] != "و":
        return False  # "…، في خطوة قال إنها": a phrase inside the sentence, its verb describing the step
    return all((t.text.isalpha() or t.text.isdigit()) and t.text not in _THAT and t.text not in _RELATIVE
               and t.text not in ("ما", "وما") and not _verb_lemma(t.text) for t in toks[cs + 1:k])


def _after_at_a_time(toks: list[_Tok], k: int) -> bool:
    """Say whether the verb at k follows "في وقت" ("at a time when"), which opens a clause as "في حين" does."""
    return k >= 2 and toks[k - 1].text in _AT_A_TIME and toks[k - 2].text in ("في", "فى")


def _after_described_noun(toks: list[_Tok], k: int) -> bool:
    """Say whether the verb at k opens "، وهو قرار قالت السلطة إنها ستبحثه": a comma, وهو/وهي and a plain noun
    that the speaker's clause describes; its subject follows the verb, as after "، فيما"."""
    if k < 3 or toks[k - 3].text not in "،," or toks[k - 2].text not in _DESCRIBED_BY:
        return False
    t = toks[k - 1].text
    return t.isalpha() and not _is_al(t) and t not in _STOP and not _verb_lemma(t) and t != "ما"


_DESCRIBED_BY = _words("وهو وهي")


# Speech verbs that take no direct object: after their subject's first name an ال- word in -ات is the family name
# ("وقال الرئيس أنور السادات في …"), not the object it is after دعا ("ودعا المدير خالد الشركات في …").
_NO_OBJECT_VERBS = {"قال", "صرح", "أشار", "أفاد", "شدد", "نوه", "علق", "أردف", "استطرد", "تحدث", "أعرب", "أشاد", "زعم"}


def _family_name_in_at(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """Return phrase with the ال- word in -ات after its first name taken in as the family name."""
    end = phrase.end
    if phrase.mode not in ("person", "name") or end >= len(toks) or not _FEMININE_PLURAL.match(toks[end].text):
        return phrase
    last = toks[end - 1].text
    if _is_al(last) or _is_title(last) or _is_institution(last) or not _name_like(toks[end - 1]):
        return phrase  # "وقال المدير العام …": no first name for a family name to follow
    return phrase._replace(end=end + 1)


_ISSUING_OR_LAUNCH_VERBS = _ISSUING_VERBS | _LAUNCH_VERBS  # built once, not for each verb _analyse reads
# A relative pronoun opening a clause, with و too: "…، والتي يقول مسؤولون إنها"، "…، والذي أكد أن".
_OPENING_RELATIVE = _RELATIVE | frozenset("و" + w for w in _RELATIVE)


# "عدم" (the not-doing of) takes a verbal noun in the genitive that is spelled like a speech verb: "عدم ذكر اسمه".
_NEGATING_NOUNS = _words("عدم وعدم بعدم لعدم")


def _verb_subject(toks: list[_Tok], j: int, subjects: dict[int, _Phrase | None] | None = None) -> _Phrase | None:
    """Return the noun phrase at toks[j] after a speech verb, read once per sentence when subjects is given
    (j → phrase, for these very toks): _analyse and figure_sources read the subject after the same verbs."""
    if subjects is None:
        return _forecaster(toks, j) or _parse_np(toks, j) or _latest_document(toks, j)
    if j not in subjects:
        subjects[j] = _forecaster(toks, j) or _parse_np(toks, j) or _latest_document(toks, j)
    return subjects[j]


# An edition of a periodic document: "آخر نسخة من استطلاع «فوكوس»"، "أحدث إصدار من تقرير البنك الدولي".
_EDITIONS = _words("نسخة إصدار طبعة")


def _latest_document(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return the document, or its author, that "آخر"/"أحدث" opens as a verb's subject: "وتشير آخر بيانات وزارة
    المالية إلى أن" → وزارة المالية; "وتشير آخر نسخة من استطلاع «فوكوس» إلى أن" → استطلاع «فوكوس». The word
    only dates the document, as after "بحسب آخر إحصاء للوزارة"; "آخر الأخبار" is no document."""
    n = len(toks)
    if j + 1 >= n or toks[j].text not in _LATEST:
        return None
    doc = j + 3 if j + 3 < n and toks[j + 1].text in _EDITIONS and toks[j + 2].text == "من" else j + 1
    if _strip_al(toks[doc].text) not in _STATEMENT_DOCUMENTS or _is_al(toks[doc].text):
        return None
    phrase = _parse_np(toks, doc)
    return phrase if phrase is not None and phrase.start >= doc else None


# A forecast in construct with who made it: "توقعات البنك الدولي"، "تقديرات أعضاء اللجنة". The forecast says
# nothing by itself; its maker, a body or the members of one, is the subject.
_FORECAST_NOUNS = _words("توقعات توقع تقديرات تقدير")
_MEMBERS = _words("أعضاء")
_NAME_ADJECTIVES = 2  # "لجنة السوق المفتوحة": definite words of the body's name the phrase reader left out
_FORECAST_TOLD = _words("إلى الى") | _PLAIN_THAT


def _forecaster(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return who made the forecast named at toks[j], a body or its members, when the forecast is the subject:
    "وأشارت توقعات أعضاء لجنة السوق المفتوحة إلى خفضين" → أعضاء لجنة السوق المفتوحة. The forecast's own
    description ("توقعات متفائلة") or a topic ("توقعات النمو") names no maker."""
    n = len(toks)
    if j + 1 >= n or toks[j].text not in _FORECAST_NOUNS or toks[j].tanween:
        return None
    members = toks[j + 1].text in _MEMBERS
    body = _parse_np(toks, j + 2 if members else j + 1)
    if body is None or body.mode != "org" or body.start != (j + 2 if members else j + 1):
        return None
    end = body.end
    while end < n and end - body.end < _NAME_ADJECTIVES and _is_al(toks[end].text) and toks[end].text not in _STOP \
            and toks[end].text not in _TEMPORAL and not _verb_lemma(toks[end].text):
        end += 1
    if end > body.end and not (end < n and (toks[end].text in _FORECAST_TOLD or toks[end].text in "،,")):
        end = body.end  # the definite words after the name were the verb's object
    return _Phrase(j + 1, end, "org", body.named) if members else body._replace(end=end)


_SO_THAT = _words("فإن فإنه فإنها فإنهم")
_OPENING_SOURCE_WORDS = 14  # "وبحسب مصادر مصرفية تحدثت لـ"بران برس"،": the source and whom it told


def _opening_source_of_main_clause(toks: list[_Tok]) -> _Found | None:
    """For "وبحسب مصادر مصرفية …، فإن سعر الدولار …، فيما نقلت وكالة سبأ عن جمعية الصرافين أن …" return the source
    that opens the sentence: it tells the main clause (فإن), and a side clause after فيما does not take the sentence.
    """
    if len(toks) < 4 or not (toks[0].text in _SOURCE_STARTS or toks[0].text[:1] == "و" and toks[0].text[1:] in _SOURCE_STARTS):
        return None
    comma = next((m for m in range(1, min(len(toks) - 1, _OPENING_SOURCE_WORDS + 1)) if toks[m].text in "،,"), None)
    if comma is None or toks[comma + 1].text not in _SO_THAT:
        return None
    source = _source_phrase(toks[:comma])
    if source is None or source.cue[0] != toks[0].start:
        return None
    return _document_named_before(toks, source) or source


def _analyse(toks: list[_Tok], surnames: set[str] | frozenset[str] = frozenset(),
             subjects: dict[int, _Phrase | None] | None = None) -> _Found | _Carry | _CarryBody | _CarryPrevious | None:
    """Find who speaks in one tokenised sentence (surnames: the last name words of the article's named speakers;
    subjects: the phrases _verb_subject read on these toks)."""
    n = len(toks)
    opening = _opening_source_of_main_clause(toks)
    if opening is not None:
        return opening
    first_carry: _Carry | None = None
    quotes_before: list[int] | None = None  # how many quote marks stand before each token
    # Only speech verbs start a reading: find them with C-level iteration, not a call per token.
    for k in compress(count(), map(_ANALYSE_SURFACE.get, map(_TOK_TEXT, toks))):
        tok = toks[k]
        lemma = _ANALYSE_SURFACE[tok.text]
        prev = toks[k - 1].text if k else ""
        if prev in _NEGATING_NOUNS:
            continue  # "فضّلت عدم ذكر هويتها": a verbal noun in the genitive, no verb with a subject before it
        if first_carry is not None:
            if quotes_before is None:  # counted once, not per verb: a sentence may hold many verbs
                quotes_before = list(accumulate(map(_QUOTES.__contains__, map(_TOK_TEXT, toks)), initial=0))
            if quotes_before[k] % 2:
                continue  # "وأضاف: «…، لكن السجل التاريخي يقول إن …»": the carried speaker's own words
        if k >= 2 and prev.endswith("ا") and prev[:-1] in _DOCUMENT_NOUNS:  # "تقريراً"، "تقريرا": one report, accusative
            publisher = _publisher_before(toks, k - 1)
            if publisher:
                return _found(toks, publisher, (tok.start, tok.end))
        # A dash ends a dateline: "عمان (رويترز) - قال متعاملون"; so does a slash after the outlet's
        # name at the sentence start: "شفق نيوز/ أعلنت الوزارة".
        # "وإقبال وصفته الوزارة بـ«المقبول»": a clause describing an indefinite noun opens as a relative one does.
        # "«…»، هذا ما قاله النائب": the verb's subject said the quotation before it.
        said_quote = prev == "ما" and k >= 4 and toks[k - 2].text in _WHAT_POINTS_BACK \
            and toks[k - 3].text in "،," and toks[k - 4].text in _QUOTES
        relative = prev in _OPENING_RELATIVE or _describes_indefinite(toks, k) or _said_of_indefinite(toks, k) \
            or (prev == "ما" and k >= 2 and toks[k - 2].text in _WHAT_POINTS_BACK and not said_quote)  # "وهو ما عزاه المختار إلى"
        clause_initial = (k == 0 or prev in "،,؛;:-–—" or prev in _PRE_VERB or relative or said_quote
                          or (prev == "/" and k <= _DATELINE_WORDS)
                          or (prev in ")}]" and k <= _DATELINE_WORDS and _bracketed_dateline(toks, k - 1))
                          or (k == 1 and prev in ("و", "ف"))
                          or _after_at_a_time(toks, k)  # "في وقت تشير فيه بيانات الوزارة إلى أن"
                          or _after_fronted_phrase(toks, k)  # "وفي تصريح صحفي قال وزير المالية إن"
                          or (k >= 2 and toks[k - 2].text in _WITH_THESE and prev in _WORDS_SAID)  # "بهذه العبارة لخص"
                          or (tok.text[:1] == "ف" and _after_topic(toks, k)))  # "أما المشروع فأعلن الوزير أن"
        if tok.text in _GATED_SURFACE and tok.text not in _VERB_SURFACE:
            reader = _learned_subject if _GATED_SURFACE[tok.text] == "علم" else \
                lambda toks, k: _gated_subject(toks, k, surnames)
            gated = reader(toks, k) if clause_initial and prev not in _OPENING_RELATIVE else None
            if gated and _authorless_document(toks, gated.start) and gated.mode not in ("person", "org"):
                # "وبيّن التقرير أن": the document named before speaks for the body that issued it, as after أوضح
                return _CarryBody((tok.start, tok.end), _found(toks, gated, (tok.start, tok.end)))
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
        if clause_initial and prev in ("قد", "وقد") and (_after_kana_subject(toks, k - 1)
                                                         or _after_kana_relative_insert(toks, k - 1)):
            clause_initial = False  # "وكانت الحكومة قد أقرت خطة": the subject came before قد, خطة is the object
        if clause_initial and lemma in _OBJECT_THEN_BA and _answers_amma(toks, k) and _bare_object_then_ba(toks, k):
            # "أما البعثة، التي نشرت 65 مراقباً، فقد وصفت الاقتراع بأنه …": the topic of أما describes; what
            # it describes (الاقتراع) is the object
            clause_initial = False
        opens_sentence = k == 0 or (k == 1 and prev in ("و", "ف"))
        if opens_sentence and lemma == "نقل" and _relays_pronoun(toks, k + 1, _skip_adverbs(toks, k + 1)):
            return _Carry((tok.start, tok.end))  # "ونقلت عنه وكالة رويترز قوله إن": he, named before, says it; the outlet relays
        if clause_initial:
            j = _skip_adverbs(toks, k + 1)
            told = _addressee_end(toks, j)
            addressed = told > j
            if addressed:
                # "قال لبي بي سي إن"، "صرح لـ"الشرق" بأن": who is told never speaks; a subject may follow
                # ("وقال لرويترز مسؤول في الوزارة إن"), else it came before the verb or is carried.
                j = _skip_adverbs(toks, told)
            phrase = (_counted_subject(toks, j) or _verb_subject(toks, j, subjects)) \
                if not addressed or _subject_at(toks, j) else None
            if phrase is not None and phrase.start == j and prev in _OPENING_RELATIVE and lemma in _OBJECT_AFTER_SUBJECT \
                    and tok.text not in _VERBS_WITH_OBJECT:
                # "بحسب رئيس المركز، داريونو، الذي دعا السكان إلى «…»": the relative's antecedent calls on them; who
                # is called follows the verb (read below, from the antecedent before the comma)
                phrase = None
            if phrase is None and lemma in _IMPERSONAL_WHEN_BARE and not addressed and j < n and toks[j].text in _PLAIN_THAT:
                continue  # "حيث يُرتقب أن يعلن الوزير": "it is expected", no one expects it
            if phrase is None and j + 1 < n and toks[j].text in surnames and not _prepositional(toks[j].text) \
                    and (toks[j + 1].text in _PLAIN_THAT or toks[j + 1].text in "،,:"
                         or _after_where_and_when(toks, j + 1) in _THAT_OR_COLON):
                # "وأضاف صقور أن": a surname an earlier sentence gave a speaker, though shaped like a verbal noun
                # (one shaped like ب + a verbal noun, "باعباد", is left to the carry, which links it to the name)
                phrase = _Phrase(j, j + 1, "name", True)
            if phrase is None and j < n and _short_name_given(surnames, toks, _Phrase(j, j + 1, "org", True)):
                phrase = _Phrase(j, j + 1, "org", True)  # "وسجلت آفاد 87 هزة": the short name, though spelled as أفاد
            if phrase is None and j < n and toks[j].text in _ONE_OF_THEM:
                # "عبّر عدد من السكان عن تخوفهم، إذ قال أحدهم": unnamed, one of them speaks for the group
                phrase = _group_of_pronoun(toks, k) or _Phrase(j, j + 1, "person", False)
            if phrase is None and not addressed and j + 1 < n:
                owned = _owned_subject(toks, j)
                if owned is not None:
                    return _found(*owned, (tok.start, tok.end))  # "وأكد رئيسها التنفيذي أن": the body's own post
            if phrase and lemma in _BA_COMPLEMENT and phrase.mode == "name" and phrase.end == j + 1 \
                    and toks[j].text[:1] == "ب" and not any(t.text[:1] == "ب" for t in toks[j + 1:j + 4]):
                # "وطالب بصرف منحة عاجلة": what is asked, not a name; a name in ب has its own ب- complement
                # after it ("وأشاد بايدن بجهود"، "وطالب بوتين الغرب بوقف").
                phrase = None
            if phrase and (called := _called_after(toks, phrase)) is not None:
                phrase = called  # "قال ولي أمر من منطقة تاجوراء، يدعى محمد الككلي، إنه": the name he goes by
            if phrase and phrase.start == j and phrase.mode not in ("person", "org") \
                    and (_names_document(toks[j]) or _strip_al(toks[j].text) in _INDICES):
                # "وأظهر مؤشر أسعار المستهلك الصادر عن إدارة الإحصاء أن": who issued the index or report, named
                # past its topic, speaks through it
                phrase = _issuer_further_on(toks, j) or phrase
            if phrase and lemma in _BA_COMPLEMENT and phrase.end - phrase.start >= 2:
                phrase = _before_ba_complement(toks, phrase)  # "ويطالب ناشطون بيئيون بمنع دخول السيارات"
            if lemma in _RECORD_VERBS and not addressed and (phrase is None or not _recorder(toks, phrase)):
                # "سجلت مصالح المركز": a body's services or stations, whose plain head a name reader took for a name
                phrase = _recording_means(toks, j) or phrase
            if addressed and phrase and phrase.mode not in ("person", "org") \
                    and _strip_al(toks[phrase.start].text) not in _UNNAMED_SOURCES:
                phrase = None  # the rest of the outlet's name: "للجزيرة نت"، "لسكاي نيوز عربية"
            if phrase and lemma in _RECORD_VERBS and not _recorder(toks, phrase) \
                    and not _short_name_given(surnames, toks, phrase):
                phrase = None
            if phrase and lemma == "أعلن" and _strip_al(toks[phrase.start].text) in _ANNOUNCED_THINGS:
                continue  # "وأُعلنت النتائج الأولية مساء الأحد"، "وأُعلن الحداد": what is announced, no one announcing
            if phrase and lemma == "قدر" and _passive_estimate(toks, k, phrase):
                continue  # "وتُقدَّر السعة الإجمالية بنحو 20 مليون جالون": what is estimated, not who estimates
            if phrase and lemma in _RULING_VERBS and not _court(toks, phrase):
                phrase = None
            if phrase and (lemma == "لخص" or _object_before_ba(toks, k, phrase, lemma)
                           or _object_before_ila(toks, k, phrase, lemma)):
                phrase = _without_object(toks, phrase)
            if phrase and lemma in _NO_OBJECT_VERBS:
                phrase = _family_name_in_at(toks, phrase)
            if phrase and lemma == "حمل":
                phrase = _blamer(toks, phrase)
            if phrase and lemma in _OBJECT_AFTER_SUBJECT:
                phrase = _object_after_title(toks, phrase)
            if phrase and lemma == "ختم":
                phrase = _without_possessed_object(toks, phrase)
            if phrase and lemma in _ISSUING_OR_LAUNCH_VERBS:
                phrase = _issuer_or_launcher(toks, phrase, lemma)
                said_of = _said_of_launched(toks, phrase.end) if phrase else None
                if said_of:
                    return _found(toks, said_of[0], said_of[1])
            if phrase and lemma in _DECISION_VERBS:
                phrase = _decision_maker(toks, phrase)
                source = _source_phrase(toks, outside_quotes=True) if phrase else None
                if source:
                    return source  # "قررت الحكومة …، بحسب بيان لمكتب رئيس الوزراء": the statement reports the decision
            if phrase and (lemma in _ISSUING_VERBS or lemma in _RULING_VERBS or lemma in _RECORD_VERBS) \
                    and _act_told_by_source(toks, k, lemma):
                # "أصدرت المحكمة أحكاماً …، وفق ما أفاد به الناطق باسم المحاكم": he tells of the ruling and its
                # figures, as after a subject that opens the clause (_act_told_by_source)
                return _source_phrase(toks[k + 1:])
            if phrase and lemma == "نقل" and opens_sentence \
                    and _relays_pronoun(toks, phrase.end, _past_inserts(toks, phrase.end)):
                return _Carry((tok.start, tok.end))  # "ونقلت رويترز عنه قوله": he, named before, says it
            if phrase and lemma == "نقل":
                sayer = _relayed_from(toks, phrase)
                if sayer:
                    return _found(toks, sayer, (tok.start, tok.end))
            if phrase and relative and not _reports_speech(toks, phrase.end):
                # "كوريا الشمالية التي يتهمها الغرب بالرغبة في …": a side remark, not the source
                # of the sentence's main statement.
                phrase = None
            elif phrase and (lemma not in _NEEDS_COMPLEMENT or _has_complement(toks, phrase.end, lemma)
                             or _estimated_at(toks, phrase, phrase.end, lemma)
                             or lemma == "أظهر" and _document_shows_change(toks, j, phrase)
                             or toks[k + 1].text in _ABOUT_PRONOUNS):  # "وكشفت عنها الوزارة": its عن before the subject
                at = _past_inserts(toks, phrase.end) if lemma == "نقل" else n
                if at < n and toks[at].text == "عن":
                    sayer = _parse_np(toks, at + 1)  # "نقلت رويترز عن مصدر مطلع قوله"
                    if sayer and (sayer.mode in ("person", "org") or _reports_speech(toks, sayer.end)):
                        return _found(toks, sayer, (tok.start, tok.end))
                    if at + 1 < n and _own_reporter(toks[at + 1].text):
                        return _found(toks, phrase, (tok.start, tok.end))  # "ونقلت القناة عن مراسلها أن": its own man
                    continue  # "ونُقلت البضائع عن طريق البحر": goods carried, no one quoted
                if phrase.mode == "group" and phrase.end < n and toks[phrase.end].text in _SAME \
                        and _strip_al(toks[phrase.start].text) in _DATA_NOUNS:
                    return _CarryBody((tok.start, tok.end))  # "وأوضحت المعطيات ذاتها أن": the data named before
                if phrase.start == j and _authorless_document(toks, j):
                    # "وبحسب تقرير المرصد، …، فيما أشار التقرير إلى أن": the document this sentence's own
                    # source phrase named before the verb, not a body carried from earlier sentences.
                    source = _source_phrase(toks, outside_quotes=True)
                    if source and source.end <= tok.start:
                        return source
                    # "وأوضح البيان أن"، "وأظهرت نشرة سوق العمل أن"، "ويقدّر التقرير الخسائر بـ…": the body that
                    # issued it spoke before; with none, the document stays the source.
                    return _CarryBody((tok.start, tok.end), _found(toks, phrase, (tok.start, tok.end)))
                sayer = _on_the_tongue_of(toks, phrase.end) or _inner_speaker(toks, phrase.end)
                if sayer:
                    return _found(toks, sayer, (tok.start, tok.end))
                return _found(toks, phrase, (tok.start, tok.end))
            if lemma == "نقل" and phrase is None:
                sayer = _relayed_sayer(toks, j)
                if sayer:
                    return _found(toks, sayer, (tok.start, tok.end))
            if prev in _OPENING_RELATIVE and first_carry is not None:
                # "وأضاف أن أولوية المجلس معالجة ملف الصندوق، الذي قال إن عجزه …": inside the clause of a speaker
                # carried by an opening "وأضاف أن", a relative speech verb is still that speaker's report.
                continue
            if prev in _OPENING_RELATIVE and k >= 2 and (_reports_speech(toks, k + 1) or _speech_participle(toks, k + 1)):
                # "الزعيم الأوكراني فلاديمير زيلينسكي، الذي ادعى أن"، "النائب الذي اتهمه بأنه"
                comma = k - 2 if toks[k - 2].text in "،," else k - 1
                phrase = _own_document_publisher(toks, comma) or _backward_np(toks, comma)
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
                phrase = _first_clause_subject(toks, k) or _subject_first_clause(toks, k) \
                    or _surname_before_object(toks, k, surnames)
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
            if phrase is None and prev in _WHEREUPON and k >= 3 \
                    and not (lemma in _RECORD_VERBS and j < n and _strip_al(toks[j].text) in _RECORDING_MEANS):
                # "إذ سجلت محطات الرصد …": the stations record, not the main clause's subject (a place that
                # "witnessed" a wave); a later "بحسب …" names who reports it
                phrase = _sentence_subject(toks, k - 1, surnames)
                if phrase:
                    return _found(toks, phrase, (tok.start, tok.end))
            if phrase is None and first_carry is None and (lemma not in _NO_CARRY or tok.text in _WENT_ON_TO_MENTION) \
                    and (lemma != "ختم" or _concluded_with(toks, j)) \
                    and (k == 0 or (k == 1 and prev in ("و", "ف", "كما"))) \
                    and not (j < n and toks[j].text in _ONE_OF_THEM):  # "وقال أحدهم": someone new, unnamed
                first_carry = _Carry((tok.start, tok.end))
        if _contrast_pronoun(toks, k):
            # "هنّأ الشوبكي منافسه، لكنه أشار إلى أن": a pronoun is never a name; it is the opening verb's
            # subject, or, failing one, the speaker carried on ("لكنها حذرت من أن").
            comma = k - 2 if toks[k - 1].text in _CONTRAST_PRONOUNS else k - 3
            phrase = _first_clause_subject(toks, k, surnames) if comma >= 1 and toks[comma].text in "،," else None
            if phrase:
                return _found(toks, phrase, (tok.start, tok.end))
            if first_carry is None and _clause_start(toks, k) == comma + 1:
                first_carry = _Carry((tok.start, tok.end))
            continue
        if not clause_initial:
            phrase = _described_opening_subject(toks, k) or _opening_verb_subject(toks, k)
            if phrase:
                return _found(toks, phrase, (tok.start, tok.end))
        # Subject-verb order: the whole clause before the verb is the subject.
        cs = _clause_start(toks, k) or _after_noted_that(toks)
        if cs < n and toks[cs].text in _KANA:
            cs += 1
        end = k - 1 if prev in ("قد", "وقد", "فقد") else k
        kana_frame = 0 < cs and toks[cs - 1].text in _KANA and end == k - 1  # "وكان X قد أعلن": X fills the frame
        apposed = described = False
        if end == cs and prev in ("قد", "وقد") and k >= 3 and toks[k - 2].text in "،,":
            kana = _kana_before_apposition(toks, k - 2)
            if kana is not None:
                cs, end = kana + 1, k - 2  # "وكان وزير التجارة، الطيب زيتوني، قد أعلن"
                opening = _relative_insert_start(toks, k - 2)
                if opening is not None and opening > cs:
                    end = opening  # "وكانت بعثة المراقبين، التي نشرت 60 مراقباً، قد وصفت": the subject, then about it
                    described = True
                apposed = True
        amma = False
        if tok.text[:1] == "ف" or prev == "فقد":
            # "أما الوزارة، فأكدت أن"، "أما الوزارة فأكدت"، "أما الوزارة، فقد أكدت": the topic after أما is the
            # subject of the ف- verb.
            comma = k - 1 if tok.text[:1] == "ف" else k - 2
            if comma >= 2 and toks[comma].text in "،,":
                topic = _clause_start(toks, comma)
                described = _amma_before_description(toks, topic)
                if toks[topic].text in _AMMA:
                    cs, end = topic, comma
                elif described is not None:
                    cs, end = described, topic - 1  # "أما محمد علي، وهو موظف، فيرى أن": the topic, then what he is
                else:
                    phrase = _amma_titled_topic(toks, topic, comma)
                    if phrase:
                        return _found(toks, phrase, (tok.start, tok.end))
            if cs < n and toks[cs].text in _AMMA:
                cs, amma = cs + 1, True
        opened_at = cs
        cs, subject_toks = _past_contrast(toks, cs)
        contrast = cs != opened_at  # "غير أن البعثة التي زارت بيروت … اعتبرت": the subject stands before its verb
        if 0 < end - cs <= 12:
            phrase = _parse_np(subject_toks, cs)
            quoted = _quoted_topic(toks, cs, end) if amma and phrase is None else None
            phrase = quoted or phrase  # "أما «رابطة حماية المستهلك» (رحم) فأحصت"
            if amma and end == cs + 1 and toks[cs].text in surnames:
                # "أما الحربي، فأكد": an ال- surname read as a common noun, but the article named its bearer
                phrase = _Phrase(cs, end, "name", True)
            if amma and phrase and phrase.mode not in ("person", "org", "place") \
                    and not (phrase.mode == "name" and phrase.named) \
                    and _strip_al(toks[phrase.start].text) not in _UNNAMED_SOURCES:
                phrase = None  # "أما الاقتصاد، فأكد أنه …": a topic, not who speaks
            if quoted is not None:
                pass  # a body's quoted name, then its acronym
            elif phrase and phrase.end < end and _circumstance_end(toks, phrase.end) == end:
                pass  # "لكن الوزارة وفي بيان لها أكدت": the subject, then where it spoke
            elif phrase and phrase.end < end and _time_phrase_end(toks, phrase.end) == end:
                pass  # "وكانت الحصيلة التي أعلنتها الهيئة مساء الاثنين قد أشارت": the subject, then when
            elif amma and phrase and phrase.end < end and _affiliation(toks, phrase.end, end):
                pass  # "أما مصدر طبي بمستشفى المدينة فأفاد": the topic, then where he works
            elif phrase and phrase.end < end and _unnamed_source_at_work(subject_toks, phrase, end):
                pass  # "مصدر طبي بالمستشفى الإقليمي أكد أن": an unnamed source, then where he works
            elif amma and phrase and phrase.end < end and _issued_when_end(toks, phrase.end) == end:
                pass  # "أما تقرير البنك الدولي الصادر في أيار الماضي، فقدّر": the document, then when it came out
            elif amma and phrase and phrase.end < end and _past_bracket(toks, phrase.end) == end \
                    and (phrase.mode in ("person", "org") or phrase.named):
                pass  # "أما الحاج فلان (67 عاماً)، فيقول": the topic, then his age
            elif amma and phrase and phrase.end + 1 == end and phrase.mode in ("person", "org") \
                    and _seat_word(toks[phrase.end].text):
                phrase = phrase._replace(end=end)  # "أما رئيس المجلس البلدي لتيارت فقد أكد": the post, then its town
            elif phrase and _people_where(subject_toks, phrase, end, toks[k].text):
                phrase = phrase._replace(end=end)  # "غير أن فاعلين جمعويين بالمنطقة أشاروا": people, and where
            elif kana_frame and phrase and phrase.end < end and _rest_of_body_name(subject_toks, phrase, end):
                phrase = phrase._replace(end=end)  # "وكان المركز الوطني للأرصاد والإنذار المبكر قد حذّر"
            elif phrase and phrase.end < end and _short_name_after_body(subject_toks, phrase) == end:
                phrase = phrase._replace(end=end)  # "وكانت الهيئة العامة للموانئ «موانئ» قد أعلنت": its short name
            elif phrase and phrase.end < end and _rest_of_body_name(subject_toks, phrase, end) \
                    and any(t.text.startswith("لل") for t in subject_toks[phrase.start:end]) \
                    and not any(t.text[:1] == "و" and _is_institution(_strip_al(t.text[1:]))
                                for t in subject_toks[phrase.end:end]):
                # "المكتب الوطني للكهرباء والماء الصالح للشرب أوضح": a body named for its work (لل-) goes on
                # with what else it does; "المكتب الوطني للكهرباء والنقابة المستقلة أكدا" names a second body.
                phrase = phrase._replace(end=end)
            elif phrase and phrase.end + 1 == end and toks[phrase.end].text in _SAME:
                pass  # "غير أن المنظمة نفسها اعتبرته": the one named before, as "وقالت المنظمة نفسها" reads
            elif (kana_frame or contrast) and phrase and _relative_to_qad(subject_toks, phrase, end):
                # "وكان أغلب المحللين الذين استطلعت الصحيفة آراءهم قد توقعوا"، "غير أن بعثة الصندوق التي زارت
                # عمّان بين 3 و9 أيار رأت": the subject, then who they are
                pass
            elif phrase and phrase.end != end and not _apposed_subject(toks, phrase, apposed):
                phrase = None
            if phrase and described and phrase.mode not in ("person", "org", "name"):
                phrase = None  # "وكان الاجتماع، الذي عقد أمس، قد أكد": a meeting says nothing
            if phrase and (
                    lemma not in _RECORD_VERBS or _recorder(toks, phrase)) and (
                    lemma not in _DECISION_VERBS or _decision_maker(toks, phrase) == phrase) and (
                    lemma not in _ISSUING_OR_LAUNCH_VERBS or _issuer_or_launcher(toks, phrase, lemma)
                    or kana_frame and lemma in _ISSUING_VERBS and _issued_after_verb(toks, k)
                    and _decision_maker(toks, phrase) == phrase) and (
                    lemma not in _RULING_VERBS or _court(toks, phrase)) and (
                    lemma not in _NEEDS_COMPLEMENT or _has_complement(toks, k + 1, lemma)
                    or _estimated_at(toks, phrase, k + 1, lemma)) \
                    and not _act_told_by_source(toks, k, lemma):
                return _found(toks, phrase, (tok.start, tok.end))
    issued = _issued_statement(toks) if not _ISSUE_STARTS.isdisjoint(map(_TOK_TEXT, toks[:3])) else None
    if issued:
        return issued
    read_out = _statement_reader(toks) if toks and toks[0].text in _READ_OUT else None
    if read_out:
        return _found(toks, read_out, (toks[0].start, toks[0].end))
    if first_carry:
        # "وأشار إلى أن الاستثمارات بلغت …، بحسب تقديرات متعاملين": the carried speaker says it; the source
        # phrase only names who gives its figures (figure_sources).
        return _impersonal_with_source(toks) or first_carry
    source = _source_phrase(toks, outside_quotes=True) or _source_by_surname(toks, surnames)
    if source:
        return _document_named_before(toks, source) or source
    same = _same_source_cue(toks)
    if same:
        return same
    linked = _linked_to_previous(toks)
    if linked:
        return linked
    agent = _participle_agent(toks, surnames)
    if agent:
        return agent
    return _quote_or_participle(toks)


_SET_OFF_SOURCE_WORDS = 10  # words of a source set off by commas: "، وفق خبراء في القطاع،"


def _impersonal_with_source(toks: list[_Tok]) -> _Found | None:
    """Return the source of "ويُتوقع، وفق تجار، أن يصل السعر …", else None.

    A masculine imperfect speech verb that opens the sentence with no subject, then a source phrase set off
    by commas and إن/أن, is the impersonal passive ("it is expected, according to traders"): the source says
    it, not the last speaker. "ويتوقع أن …" with no source, or "وأضاف، بحسب البيان، أن" (a past verb), goes on
    with the last speaker.
    """
    n = len(toks)
    verb = toks[0].text if toks else ""
    if n < 5 or verb.lstrip("وف")[:1] != "ي" or toks[1].text not in "،,":
        return None
    source = _source_phrase(toks[2:])
    if source is None or source.cue[0] != toks[2].start:
        return None
    # the comma that closes the source ("وفق خبراء في القطاع،"), then إن/أن
    close = next((m for m in range(3, min(n, 3 + _SET_OFF_SOURCE_WORDS)) if toks[m].text in "،,"), None)
    if close is not None and close + 1 < n and toks[close + 1].text in _PLAIN_THAT \
            and not any(_verb_lemma(t.text) or t.text in _THAT for t in toks[3:close]):
        return source
    return None


def _token_starting_at(toks: list[_Tok], start: int) -> int | None:
    """Return the index of the token that starts at offset start, else None (by bisection: tokens start in
    increasing order)."""
    at = bisect.bisect_left(toks, start, key=_TOK_START)
    return at if at < len(toks) and toks[at].start == start else None


def _data_noun_source(toks: list[_Tok], found: _Found | _CarryBody) -> _Found | _CarryBody | None:
    """Return who stands behind a speaker that is only a word for figures, else None (the speaker stays).

    "الأرقام"، "إحصاءات" say nothing by themselves: "وتشير إحصاءات سابقة للوزارة إلى" are the ministry's
    (ل + the body, after at most one adjective); "لكن الأرقام تقول شيئاً آخر" are the last body's that
    spoke, or no one's.
    """
    if isinstance(found, _CarryBody):
        # "وتشير الأرقام إلى": the last body's figures; with none, the bare word is no speaker to fall back on.
        if found.fallback is not None and _data_noun_source(toks, found.fallback) is not None:
            return _CarryBody(found.cue)
        return None
    at = _token_starting_at(toks, found.start)
    if at is None or toks[at].end != found.end or _strip_al(toks[at].text) not in _DATA_NOUNS:
        return None
    for j in (at + 1, at + 2):
        if j < len(toks) and toks[j].text[:2] == "لل" and (j == at + 1 or toks[at + 1].text.isalpha()):
            body = _parse_np(toks, j)
            if body and body.mode == "org":
                return _found(toks, body._replace(trim=2), found.cue)  # "للوزارة" → وزارة
    after = toks[at + 1].text if at + 1 < len(toks) else ""
    if not _is_al(toks[at].text) or after in _RELATIVE or after in _QUOTES:
        return None  # "معلومات «الديار»"، "إحصاءات غير رسمية"، "المعلومات التي حصلت عليها": other readers' work
    return _CarryBody(found.cue)


def _named_before_colon_quote(toks: list[_Tok], before: str = "") -> _Found | None:
    """Return the named person of a short clause that a colon and a quotation close, else None.

    "غير أن أيت باها لا تخفي قلقها: «…»"، "يعود عبد الستار إلى حديثه: «…»": with no speech verb, the
    quotation the colon opens is the words of the person the clause is about, its subject before or right
    after its first verb. Only a named person, in a clause with no comma ("الحكومة أمام خيارين: «…»" and
    "السؤال المطروح: «…»" name no one). before (the normalised text before the sentence) tells a verb from
    a name's first word: the name read after the first word is taken when the article wrote it before.
    """
    colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or colon < 2 or colon + 1 >= len(toks) or toks[colon + 1].text not in _QUOTES \
            or any(t.text in "،,؛;" for t in toks[:colon]):
        return None
    cs, subject_toks = _past_contrast(toks, 1 if toks[0].text in ("و", "ف") else 0)
    found = []
    for at in (cs, cs + 1):
        phrase = _parse_np(subject_toks, at) if at < colon else None
        if phrase and phrase.end < colon and phrase.named and phrase.mode in ("person", "name"):
            found.append(phrase)
    if len(found) == 2 and " ".join(t.text for t in toks[found[1].start:found[1].end]) in before \
            and " ".join(t.text for t in toks[found[0].start:found[0].end]) not in before:
        found.pop(0)  # "يعود عبد الستار": عبد الستار was named before, "يعود" is the verb
    return _found(toks, found[0], (toks[colon].start, toks[colon].end)) if found else None


def _crew_recording(toks: list[_Tok], before: str) -> _Found | None:
    """Return the bare crew that opens the sentence with a record verb, the monitoring crew named before, else None.

    "وسجل الفريق نفوق 17 سلحفاة" after "رصد فريق الرقابة البيئية …": الفريق is that team, and it records (see
    _crew_named_before); "وسجل الفريق هدفين" after no such crew stays with no speaker.
    """
    if len(toks) < 3 or _VERB_SURFACE.get(toks[0].text) not in _RECORD_VERBS:
        return None
    phrase = _Phrase(1, 2, "org", False)
    if _adjective_at(toks, 2) or not _crew_named_before(toks, phrase, before):
        return None  # "وسجل الفريق الوطني": a side named by its adjective
    return _found(toks, phrase, (toks[0].start, toks[0].end))


def _without_object(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """Drop the object a transitive verb's subject phrase ran into: "لخّص عميد بلدية الكفرة المشهد" → عميد بلدية الكفرة."""
    last = toks[phrase.end - 1].text
    if phrase.end - phrase.start >= 3 and _is_al(last) and not _NISBA.search(last) and not _is_place(last):
        return phrase._replace(end=phrase.end - 1)
    return phrase


# Verbs that take a person or place as object right after their subject: "ودعا وزير الصحة الأهالي إلى"،
# "وتفقد الوزير المستشفى، حيث أكد". Speech verbs by lemma; verbs of visiting and meeting as written.
_OBJECT_AFTER_SUBJECT = {"دعا", "طالب", "ناشد", "أوصى", "حمل"}  # "وحمّل الوزير الأهالي المسؤولية"
_VISIT_VERBS = _words("تفقد زار استقبل التقى انتقد حث وجه تفقدت زارت استقبلت التقت انتقدت حثت وجهت")
_VISIT_OPENERS = _VISIT_VERBS | frozenset("و" + v for v in _VISIT_VERBS)
# Adjectives of a title that are neither نسبة nor free: "رئيس الحكومة المستقيلة"، "رئيس المجلس الأعلى".
_TITLE_ADJECTIVES = _words("السابق السابقة الأسبق الجديد الجديدة المقبل المقبلة الأعلى العليا الكبرى الأول الأولى "
                           "الثاني الثانية المؤقت المؤقتة المكلف المكلفة المستقل المستقلة المنتخب المنتخبة المساعد "
                           "المساعدة المناوب المستقيل المستقيلة المقال المقالة المنتهية العام العامة المتحدة "
                           "القابضة المحدودة المختصة المعنية المشتركة الموحدة")
# Broken plurals in ي, no نسبة: "دعا المحافظ الأهالي".
_PLURALS_IN_I = _words("الأهالي الأراضي المباني المواشي الضواحي")


def _object_after_title(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """Drop a definite noun after a complete definite title, the object of a transitive verb before them, with
    the words after it.

    "دعا وزير الصحة الأهالي" → وزير الصحة; "تفقد الوزير المستشفى الجامعي" → الوزير. A definite genitive closes
    the construct, so a further ال- noun that is no adjective (نسبة or a title's: العامة، السابق) is the object.
    """
    if phrase.named or phrase.end - phrase.start < 2:
        return phrase
    # a body named through لل ("المديرية العامة للغابات") is left to the title chain
    if any(t.text.startswith("لل") for t in toks[phrase.start:phrase.end]):
        return phrase
    for m in range(phrase.start + 1, phrase.end):
        word, before = toks[m].text, toks[m - 1].text
        nisba = _NISBA.search(word) and not toks[m].raw.endswith("ى") and word not in _PLURALS_IN_I
        if _is_al(word) and before.startswith("ال") and not nisba and not _is_place(word) and not _is_title(word) \
                and word not in _TITLE_ADJECTIVES and word not in _STOP \
                and not (word in _GROUP_STANCES and _strip_al(before) in _POLITICAL_GROUPS):  # "الأحزاب المعارضة"
            return phrase._replace(end=m)  # the object, and its adjectives after it: "المستشفى الجامعي"
    return phrase


# Speech verbs whose object stands between the subject and the ب- complement: "ووصف وزير الصحة الوضع بأنه …"،
# "واتهم رئيس النقابة الحكومة بالمماطلة".
def _own_reporter(t: str) -> bool:
    """Say whether t is a title or source with a pronoun on it: "مراسلها"، "متحدثه"، "مصادرها" (the subject's own)."""
    stem = _CLITIC_END.sub("", t)
    return stem != t and len(stem) >= 3 and (_is_title(stem) or stem in _UNNAMED_SOURCES)


# What is announced, never who announces: after أعلن such a subject makes it the passive "أُعلن".
_ANNOUNCED_THINGS = _words("نتائج نتيجة حداد طوارئ حظر نفير تعبئة وفاة فوز هدنة")
# Verbs read as the impersonal passive when إن/أن follows them with no subject: "ويُرتقب أن"، "حيث يرتقب أن".
_IMPERSONAL_WHEN_BARE = {"ارتقب"}
_OBJECT_THEN_BA = {"وصف", "اتهم", "برر"}  # "وبرر الوزير القرار بارتفاع الكلفة"


def _object_before_ba(toks: list[_Tok], k: int, phrase: _Phrase, lemma: str) -> bool:
    """Say whether the subject phrase of the verb at k ran into its object: the verb has no object pronoun
    ("وصفها رئيس الهيئة العليا بأنها" has it) and a ب- complement follows the phrase; not a free adjective."""
    verb = toks[k].text
    if lemma not in _OBJECT_THEN_BA or phrase.end >= len(toks) \
            or any(verb.endswith(c) and _VERB_SURFACE.get(verb[:-len(c)]) == lemma for c in _OBJECT_CLITICS):
        return False
    after = _skip_adverbs(toks, phrase.end)  # "واتهمت بيونغيانغ مرارا بتزويد …"
    return after < len(toks) and toks[after].text[:1] == "ب" and toks[phrase.end - 1].text not in _FREE_ADJECTIVES


_OBJECT_THEN_ILA = {"عزا", "أرجع"}
_ILA = _words("إلى الى")


def _object_before_ila(toks: list[_Tok], k: int, phrase: _Phrase, lemma: str) -> bool:
    """Say whether the subject phrase of عزا/أرجع at k ran into the object that إلى follows: "وعزا دفع الله الزيادة
    إلى ارتفاع التكلفة" (the increase is what he puts down to the cost). Not with an object pronoun on the verb:
    "وعزاه محمد الحسيني إلى" ends on the family name."""
    verb = toks[k].text
    if lemma not in _OBJECT_THEN_ILA or phrase.end >= len(toks) or phrase.end - phrase.start < 3 \
            or any(verb.endswith(c) and _VERB_SURFACE.get(verb[:-len(c)]) == lemma for c in _OBJECT_CLITICS):
        return False
    return toks[phrase.end].text in _ILA and toks[phrase.end - 1].text not in _FREE_ADJECTIVES


# "«…»، بهذه العبارة لخّص المدير المشهد"، "بتلك الكلمات ختم الوزير": the words quoted, then who said them.
_WITH_THESE = _words("بهذه بهذا بتلك بذلك وبهذه وبهذا")
_WORDS_SAID = _words("العبارة العبارات الكلمات الكلمة الجملة الجمل")
_OBJECT_CLITICS = ("هما", "هم", "ها", "ه")
# Every speech verb form with an object pronoun ("وصفته"، "أعلنها"): one set lookup, not a test per clitic.
_VERBS_WITH_OBJECT = frozenset(form + c for form in _VERB_SURFACE for c in _OBJECT_CLITICS)
# "وهو ما نفاه الجهاز"، "وهذا ما أكده الوزير": ما after them is "what", the clause's subject follows its verb.
_WHAT_POINTS_BACK = _words("وهو وهي هو هي وهذا هذا وذلك ذلك")


def _describes_indefinite(toks: list[_Tok], k: int) -> bool:
    """Say whether the verb at k carries an object pronoun and follows an indefinite noun it describes.

    "إقبال وصفته الوزارة بـ«المقبول»"، "أرقام أعلنها المرصد": an adjectival clause with no relative word,
    as Arabic writes one after an indefinite noun; the pronoun is the noun, the subject follows the verb.
    """
    if k == 0:
        return False
    t, prev = toks[k].text, toks[k - 1].text
    if t not in _VERBS_WITH_OBJECT:
        return False
    return len(prev) >= 3 and prev.isalpha() and not _is_al(prev) and prev not in _STOP \
        and prev not in _PRE_VERB and not _verb_lemma(prev) and not _is_title(prev)


def _said_of_indefinite(toks: list[_Tok], k: int) -> bool:
    """Say whether the speech verb at k opens a clause describing the indefinite noun before it, its subject
    then إن/أن right after it: "وهي فجوة قال خبراء إن الربط لن يغطي منها سوى عشرها".

    The clause has no relative word (the noun is indefinite) and the noun comes back as a pronoun in what is
    said; the verb's subject is who says it. "الوزير خالد قال إن" (a name, then its verb) has no subject after
    the verb, and "في تصريح قال إن" none either: they are read as before.
    """
    if k == 0 or k + 2 >= len(toks) or toks[k].text[:1] in "وف":
        return False
    prev = toks[k - 1].text
    bare = prev[1:] if prev[:1] in "وف" else prev  # "وبينما"، "والتي": a particle, not the noun described
    if len(prev) < 3 or not prev.isalpha() or _is_al(prev) or prev.endswith("ما") or _verb_lemma(prev) \
            or _is_title(prev) or any(w in _STOP or w in _PRE_VERB or w in _RELATIVE for w in (prev, bare)):
        return False
    said = _subject_before_that(toks, k + 1)  # "خطة قالت عنها الوزيرة إنها": what she said it of, before her
    if said is None:
        return False
    j, phrase = said
    # "قال مهندسون إن": a plural of people speaks as a person or a body does
    return phrase.mode in ("person", "org") or bool(_PLURAL_PEOPLE.match(toks[j].text))


def _subject_before_that(toks: list[_Tok], j: int) -> tuple[int, _Phrase] | None:
    """Return where a verb's subject starts, past adverbs from toks[j], and its phrase, when إن/أن follows it,
    past adverbs too: "قالت عنها الوزيرة إنها"، "قال وزير المالية حينها إنها"; else None."""
    j = _skip_adverbs(toks, j)
    phrase = _parse_np(toks, j) if j < len(toks) else None
    if phrase is None:
        return None
    that = _skip_adverbs(toks, phrase.end)
    return (j, phrase) if that < len(toks) and toks[that].text in _PLAIN_THAT else None


_POINTING_PARTICIPLES = _words("مشيرا مشيرة لافتا لافتة")  # they report with إلى + a verbal noun, too
_TERRITORIES = _words("مدينة منطقة إقليم قرية بلدة")  # where something happens, not who speaks


def _reminding_that(toks: list[_Tok], m: int) -> bool:
    return toks[m].text in _REMINDING and m + 1 < len(toks) and toks[m + 1].text in _THAT


def _participle_agent(toks: list[_Tok], surnames: set[str] | frozenset[str] = frozenset()) -> _Found | None:
    """Return who speaks through a participle closing a clause of another verb: "وحدد المركز موقع الهزة، مشيرا إلى".

    The opening verb's subject, a person, a body or people (as for "…، وقال"), goes on speaking with
    "، مؤكدا أن"، "، مشيرا إلى تسجيل …". A place or a thing ("وارتفع المؤشر، مؤكدا") does not speak. A bare
    surname is someone's named before (surnames): "وتعهد كاست بـ«…»، معلناً أن".
    """
    texts = frozenset(map(_TOK_TEXT, toks))
    if _PARTICIPLES.isdisjoint(texts) and _REMINDING.isdisjoint(texts):
        return None  # most sentences hold no participle: their tokens are not read one by one
    n = len(toks)
    for m in range(2, n - 2):
        t = toks[m].text
        if t in ".؟?!؛;":
            return None
        if toks[m - 1].text not in "،," or t not in _PARTICIPLES and not _reminding_that(toks, m):
            continue
        # "مؤكدا في تصريحات لقناة محلية أن": where it was said may stand between the participle and أن.
        if not (_reports_speech(toks, _circumstance_end(toks, m + 1))
                or t in _POINTING_PARTICIPLES and toks[m + 1].text in ("الي", "إلى")):
            return None
        phrase = _first_clause_subject(toks, m, surnames) or _amma_subject(toks, m)
        if phrase is None or phrase.mode == "place" or _strip_al(toks[phrase.start].text) in _TERRITORIES:
            return None
        return _found(toks, phrase, (toks[m].start, toks[m].end))
    return None


def _document_named_before(toks: list[_Tok], source: _Found) -> _CarryBody | None:
    """Return a carry to the last body for a source that is a bare document: "…، وفق البيان".

    "البيان" alone points to the statement an earlier sentence named ("وأفادت الشركة، في بيان"): its body
    is the source; with no body before, the document stays (the fallback).
    """
    at = _token_starting_at(toks, source.start)
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
    if first in _UNDER and n > 1 and _is_al(toks[1].text) and _strip_al(toks[1].text) in _STEPS_OR_MEASURES:
        return _CarryPrevious((toks[0].start, toks[1].end))  # not "بموجب القانون": a law frames, it reports nothing
    k = 1 if first in _THIS else 2 if n > 2 and toks[1].text in _THIS and _verb_shaped(first) else None
    if k is not None and first not in _BACKGROUND_VERBS and k < n and _is_al(toks[k].text) \
            and _strip_al(toks[k].text) in _STEPS_OR_MEASURES:
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


def _issued_document(t: str) -> bool:
    return _strip_al(t[:-1] if t.endswith("ا") and len(t) > 3 else t) in _ISSUED_DOCUMENTS  # قراراً، حكماً


_NAME_REST = 4  # words of an issuer's name the phrase reader left out: "المتخصصة بمحافظة مأرب"


def _issued_after_time(toks: list[_Tok], phrase: _Phrase) -> int | None:
    """Return the comma that closes the issuer's name in "أصدرت المحكمة …، اليوم الاثنين، حكماً بـ", else None.

    A time between two commas may stand between the issuer and what it issues; the words up to the first
    comma are still the issuer's name.
    """
    n = len(toks)
    # up to _NAME_REST words, then the comma: "لدى محكمة سيدي امحمد بالجزائر العاصمة،"
    comma = next((c for c in range(phrase.end, min(n, phrase.end + _NAME_REST + 1)) if not toks[c].text.isalpha()),
                 None)
    if comma is None or toks[comma].text not in "،,":
        return None
    close = _time_phrase_end(toks, comma + 1)
    if close == comma + 1 or close + 1 >= n or toks[close].text not in "،,":
        return None
    return comma if _issued_document(toks[close + 1].text) else None


_ISSUED_REACH = 6  # words of time between the verb and what it issues: "قد أصدرت في 14 مارس الماضي قراراً"


def _issued_after_verb(toks: list[_Tok], k: int) -> bool:
    """Say whether a decree or decision follows the issuing verb at toks[k] whose subject came before it, past a
    time: "وكانت الوزارة قد أصدرت في 14 مارس الماضي قراراً يفرض غرامة قدرها …" (the body sets the decree's figures)."""
    for m in range(k + 1, min(len(toks), k + _ISSUED_REACH + 1)):
        t = toks[m].text
        if _issued_document(t):
            return True
        if not (t.isalpha() or t.isdigit()) or t in _THAT:
            return False
    return False


_ACT_VERBS = _ISSUING_VERBS | _DECISION_VERBS | _RULING_VERBS  # acts, not speech: "أصدر القاضي مذكرات توقيف"


def _act_told_by_source(toks: list[_Tok], k: int, lemma: str) -> bool:
    """Say whether an act's doer only acted while a source phrase after it tells of the act.

    "أما قاضي التحقيق، فقد أصدر مذكرات توقيف …، وفق ما أفاد مصدر قضائي": the source speaks, not the judge. What
    is recorded is told only by a body's document: "سجلت الشبكة الوطنية هزة …، حسب بلاغ للمعهد الوطني".
    """
    if lemma not in _ACT_VERBS and lemma not in _RECORD_VERBS:
        return False
    source = _source_phrase(toks[k + 1:])
    if source is None or source.title_only:
        return False
    # "سجلت الشبكة …، حسب بلاغ للمعهد": a record is told by a body's own document; "حسب معطيات رسمية" names no body.
    return lemma not in _RECORD_VERBS or _told_in_document(toks, source)


def _told_in_document(toks: list[_Tok], source: _Found) -> bool:
    """Say whether a source phrase names a body through its document: "حسب بلاغ للمعهد"، "وفق بيان لوزارة التجارة"."""
    after_cue = bisect.bisect_left(toks, source.cue[1], key=_TOK_START)
    at = bisect.bisect_left(toks, source.start, key=_TOK_START)
    return any(_names_document(t) for t in toks[after_cue:at])


# What one "launches" that is speech: "أطلق الرئيس عبارته الشهيرة: «…»"، "أطلقت الوزارة تحذيراً من أن …"، "أطلق
# المدرب وعداً بأن …"، "أطلقت الجمعية نداءً إلى السكان: «…»" (normalised, bare or with a pronoun).
_UTTERANCES = _words("عبارة عبارات تصريح تصريحات تحذير تحذيرات نداء نداءات وعد وعود صرخة صيحة دعوة دعوات "
                     "مقولة جملة كلمة تهديد تهديدات")
_UTTERANCE_WORDS = 6  # "نداءً عاجلاً إلى السكان:": the utterance, its adjectives and whom it is for


def _utterance_noun(t: str) -> bool:
    """Say whether t is an utterance noun, bare, accusative (تحذيراً) or with a pronoun (عبارته، تصريحاتها)."""
    stem = _CLITIC_END.sub("", t)
    return t in _UTTERANCES or t.rstrip("ا") in _UTTERANCES or (stem != t and (
        stem in _UTTERANCES or stem + "ه" in _UTTERANCES or (stem.endswith("ت") and stem[:-1] + "ه" in _UTTERANCES)))


def _launched_words(toks: list[_Tok], phrase: _Phrase) -> _Phrase | None:
    """Return the subject of أطلق when what it launches is speech that a colon, a quote or إن/أن gives, else None.

    "وأطلق العاهل الراحل عبارته الشهيرة: «…»"، "أطلقت وزارة الصحة تحذيراً من أن 30 مستشفى …": the subject, a
    person or a body, says it. The utterance noun may be the last word the phrase reader took ("وزير الصحة
    تحذيراً"); the phrase ends before it. "أطلقت الحكومة حملة"، "أطلق الجيش صواريخ" launch no words.
    """
    n = len(toks)
    at = next((m for m in range(phrase.start + 1, min(n, phrase.end + 3)) if _utterance_noun(toks[m].text)), None)
    if at is None or any(not toks[m].text.isalpha() for m in range(phrase.end, at)):
        return None
    for e in range(at + 1, min(n, at + 1 + _UTTERANCE_WORDS)):
        t = toks[e].text
        if t == ":" or t in _QUOTES or t in _THAT:
            return phrase._replace(end=min(phrase.end, at), named=phrase.named and at >= phrase.end)
        if t == "من" and e + 1 < n and toks[e + 1].text in _THAT:
            continue  # "تحذيراً من أن"
        if not t.isalpha() or _verb_lemma(t):
            return None
    return None


def _said_of_launched(toks: list[_Tok], start: int) -> tuple[_Phrase, tuple[int, int]] | None:
    """Return who speaks, and the verb's span, when a clause after a launch or a decree says what it is:
    "أطلقت الحكومة خطة قالت عنها الوزيرة إنها ستخفض …"، "افتتح الرئيس مستشفى قال عنه مديره إنه يتسع لـ300 سرير".

    The figures are the later speaker's words about the thing launched; the launcher only acted. The clause
    names its subject after "عنه/عنها" and what is said follows as إن/أن. A figure before the clause is the
    launch's own ("أصدرت الوزارة قراراً برفع الرسوم 15%، قال عنه رئيس الغرفة إنه …"): the launcher keeps it.
    """
    n = len(toks)
    for m in range(start, n - 3):
        if toks[m + 1].text not in _ABOUT_PRONOUNS or toks[m].text not in _VERB_SURFACE:
            if any(c.isdigit() for c in toks[m].text):
                return None
            continue
        said = _subject_before_that(toks, m + 2)
        if said is not None and said[1].mode in ("person", "org"):
            return said[1], (toks[m].start, toks[m].end)
    return None


def _issuer_or_launcher(toks: list[_Tok], phrase: _Phrase, lemma: str) -> _Phrase | None:
    """Return the subject of an issuing or launching verb when it states the sentence's figures, else None."""
    after = toks[phrase.end].text if phrase.end < len(toks) else ""
    if lemma in _ISSUING_VERBS:
        # The decision may follow an adverb ("أمس قراراً") or the rest of the name the phrase left out ("المؤسسة العامة
        # للإسمنت ومواد البناء قراراً"، "وزير المالية محمد العلي قراراً"); "الرئيس مرسوماً" read as a title and a
        # name is cut before the decree.
        comma = _issued_after_time(toks, phrase)
        if comma is not None:
            return _decision_maker(toks, phrase._replace(end=comma))
        for m in range(phrase.start + 1, min(len(toks), phrase.end + 3)):
            t = toks[m].text
            if _issued_document(t):
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
    if lemma == "أطلق" and phrase.mode != "place":
        said = _launched_words(toks, phrase)
        if said is not None:
            return said
    if phrase.mode != "org" or after in _NOT_LAUNCHED:
        return None
    # "دشنت بلدية المدينة منصة رقمية": an indefinite body noun after the name's last ال- word is what is launched
    cut = next((m for m in range(phrase.start + 2, phrase.end) if _is_al(toks[m - 1].text)
                and not _is_al(toks[m].text) and _is_institution(toks[m].text)), None)
    return phrase._replace(end=cut) if cut is not None else phrase


# Titles of holders of public or corporate office, whose decisions are their bodies'.
_OFFICIALS = _words("وزير وزيرة رئيس رئيسة مدير مديرة محافظ محافظة أمين أمينة حاكم حاكمة عمدة مفوض مفوضة "
                    "ملك ملكة أمير أميرة قاضي قاض نائب نائبة وكيل وكيلة ولي")  # ولي العهد
_DATELINE_WORDS = 8  # tokens of an outlet's dateline before its slash: "وكالة الأنباء العراقية/"


def _same_source_cue(toks: list[_Tok]) -> _CarrySource | _CarryBody | None:
    """"حسب المصدر ذاته": the source named before goes on; "وحسب المعطيات ذاتها": the body whose data they are."""
    for k in compress(count(), map(_SOURCE_STARTS.__contains__, map(_TOK_TEXT, toks))):
        if k + 2 < len(toks) and toks[k + 2].text in _SAME:
            if toks[k + 1].text in _THE_SOURCE:
                return _CarrySource((toks[k].start, toks[k + 2].end))
            if _strip_al(toks[k + 1].text) in _DATA_NOUNS:
                return _CarryBody((toks[k].start, toks[k + 2].end))
    return None


# Nouns of a measure that a speech verb in "في خطوة قال إنها" comments on: "في قرار قالت إنه نهائي".
_STEP_NOUNS = _words("خطوة قرار إجراء تحرك")
_STEPS_OR_MEASURES = _STEP_NOUNS | _REPORTED_MEASURES  # built once, not on each call (_linked_to_previous)
_HIS_SAYING = _words("قوله قولها قولهم قولهما")
_RELAYED_SPEECH = _HIS_SAYING | _PLAIN_THAT


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
                              or (phrase.end == j + 1 and toks[j].text in surnames)
                              or (phrase.start == j and _authorless_document(toks, j))):  # "وبيّن التقرير أن"
        return None
    if _GATED_SURFACE[toks[k].text] == "عبر":
        return phrase if _expressed(toks, phrase.end) else None
    end = _time_phrase_end(toks, _circumstance_end(toks, phrase.end))
    if end + 1 < len(toks) and toks[end].text in "،," and toks[end + 1].text in _PLAIN_THAT \
            and any(t.text in "،," for t in toks[phrase.start:phrase.end]):
        end += 1  # "وبيّن مدير الإدارة، الدكتور أيمن الزعبي، أن": the comma closes the name in apposition
    end = _set_off_circumstance_end(toks, end)
    return phrase if end < len(toks) and (toks[end].text in _PLAIN_THAT or toks[end].text == ":") else None


_SET_OFF_WINDOW = 12  # "، في مؤتمر صحفي عقده في رام الله، "


def _set_off_circumstance_end(toks: list[_Tok], j: int) -> int:
    """Return where the words after a circumstance set off by commas at toks[j] start ("، في مؤتمر صحفي عقده في
    رام الله، أن" → at أن), or j when none is there."""
    n = len(toks)
    if j + 1 >= n or toks[j].text not in "،," or _circumstance_end(toks, j + 1) == j + 1:
        return j
    close = next((m for m in range(j + 2, min(n, j + _SET_OFF_WINDOW)) if toks[m].text in "،,.؛;:"), None)
    return close + 1 if close is not None and toks[close].text in "،," else j


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
    is a flag, "وعلم أن الحكومة …" the passive "it was learned"; "علمت الصحيفة من مصادر أن" learned from others,
    who speak (_learned_from).
    """
    n = len(toks)
    j = k + 1
    e = j
    while e < n and e - j <= _LEARNED_WINDOW and toks[e].text not in _PLAIN_THAT:
        t = toks[e].text
        if t == "من" and e > j:
            return _learned_from(toks, e)  # "وعلمت «الشرق الأوسط» من مصادر مطلعة أن": the sources tell it
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


def _as_owned_post(toks: list[_Tok], j: int, *, that_closes: bool = False) -> list[_Tok] | None:
    """Return toks with a post that carries a possessive at toks[j] ("مديرها"، "وزيرتها"، "رئيسه،") read as its bare
    title ("المدير"), or None.

    A word in ه is "his" post only when its phrase closes after it or its masculine adjective follows ("رئيسه،"،
    "مديره العام"، "رئيسه التنفيذي"); that_closes: إن/أن close it too, as after a speech verb.
    """
    n = len(toks)
    if j >= n:
        return None
    nxt = toks[j + 1].text if j + 1 < n else None
    closed = nxt is None or nxt in _STRONG_END or nxt == "العام" or (_is_al(nxt) and nxt.endswith("ي")) \
        or (that_closes and nxt in _PLAIN_THAT)
    owned = _owned_title(toks[j].text, closed=closed)
    if owned is None:
        return None
    tj = toks[j]
    return toks[:j] + [_Tok("ال" + owned, tj.start, tj.end, tj.tanween, tj.raw)] + toks[j + 1:]


def _owned_subject(toks: list[_Tok], j: int) -> tuple[list[_Tok], _Phrase] | None:
    """Return the tokens and phrase of a post with a possessive as a verb's subject, read as its bare title.

    "وقال مديرها العام إن"، "وأكد رئيسها التنفيذي أن": the body's own official, the post named before (the
    article's resolution of bare titles finds him); only a post that إن/أن, a colon or a comma closes.
    """
    n = len(toks)
    patched = _as_owned_post(toks, j, that_closes=True)
    if patched is None:
        return None
    phrase = _parse_np(patched, j)  # not the cached _verb_subject: these tokens are patched
    if phrase is None or phrase.start != j or phrase.mode != "person":
        return None
    after = patched[phrase.end].text if phrase.end < n else ""
    if phrase.named:
        # "فقد أقرّ منسقها العام يوسف الكندري بأن"، "وقال مديرها خالد العلي إن": the post, then its holder's name;
        # "وقال منسقها العام، الدكتور فلان، إن": the name set off by commas
        if after in "،," and phrase.end + 1 < n and any(t.text in "،," for t in patched[j + 1:phrase.end]):
            after = patched[phrase.end + 1].text
        return (patched, phrase) if after in _THAT and after != "لأن" else None
    return (patched, phrase) if after in _PLAIN_THAT or after in "،,:" else None


def _learned_from(toks: list[_Tok], at: int) -> _Phrase | None:
    """Return who an outlet learned it from, after من at token at, when أن, a comma, a colon or the end closes them.

    "وعلم موقع «المدن» من مصدر حكومي أن"، "حسب ما علمته «الصباح» من مصادر قضائية.": the outlet only passes on
    what its sources told it.
    """
    phrase = _parse_np(toks, at + 1, strict=True)
    if phrase is None or phrase.start != at + 1 or phrase.mode not in ("person", "org", "group"):
        return None
    end = phrase.end
    if end + 1 < len(toks) and toks[end - 1].text in _CLOSE_TO and toks[end].text == "من":
        # "من مصادر مقربة من المكتب المسير": the few words of whom they are close to
        m = end + 1
        while m < len(toks) and m - end <= _CLOSE_TO_WORDS and toks[m].text.isalpha() \
                and not _verb_lemma(toks[m].text) and toks[m].text not in _THAT:
            m += 1
        end = m
    closed = end >= len(toks) or toks[end].text in _PLAIN_THAT or toks[end].text in "،,:.؛;"
    return phrase if closed else None


_CLOSE_TO = _words("مقرب مقربة مقربون مقربين قريب قريبة قريبون قريبين")
_CLOSE_TO_WORDS = 4


# "حسب ما علمته «الصباح» من"، "وفق ما علمه موقعنا من": a source phrase whose outlet learned it from others.
_LEARNED_FORMS = _words("علم علمت علمه علمته علمناه علمنا")


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


def _relays_pronoun(toks: list[_Tok], start: int, end: int) -> bool:
    """Say whether "عنه/عنها/عنهم" stands among the commas and adverbs toks[start:end] after "نقل" or its outlet:
    the words relayed are those of someone named before, not the outlet's ("ونقلت عنه الوكالة قوله").

    Only a sentence that opens on "نقل" carries its speaker from the sentence before; inside a sentence the pronoun
    points to someone in it ("وجه المحافظ بتشكيل لجنة، وفقاً لما نقلته عنه مصادر"), left to the readings as before."""
    return any(t.text in _ABOUT_PRONOUNS for t in toks[start:end])


def _relayed_from(toks: list[_Tok], outlet: _Phrase) -> _Phrase | None:
    """For "نقلت <outlet> … عن X" return X, the one whose words are relayed, else None.

    An outlet whose name holds a figure ("ونقلت صحيفة 14 أكتوبر عن مصدر أن") or media set in a place
    ("نقلت وسائل إعلام محلية في المدينة عن مسؤول قوله إن"); a group of media needs قوله or إن/أن after X.
    """
    if outlet.mode not in ("org", "group"):
        return None
    at = _past_outlet_name(toks, outlet.end)
    sayer = _parse_np(toks, at + 1) if at is not None else None
    if sayer and (sayer.mode in ("person", "org") or _reports_speech(toks, sayer.end)) \
            and (outlet.mode == "org" or _relayed_words(toks, sayer)):
        return sayer
    return None


def _relayed_words(toks: list[_Tok], sayer: _Phrase) -> bool:
    """Say whether قوله/قولها or إن/أن follows the one quoted after "نقل … عن": a person's words are relayed,
    not goods carried ("نقلت الشاحنات المساعدات في القافلة عن طريق البحر")."""
    return sayer.end < len(toks) and toks[sayer.end].text in _RELAYED_SPEECH


def _relayed_sayer(toks: list[_Tok], j: int) -> _Phrase | None:
    """For "نقلت عمون عن X قوله إن" with an outlet the noun phrase reader does not take, return X.

    The outlet is one to three words, or a quoted name, right before عن; X must be followed by قوله/قولها
    or إن/أن, so "نقلت الشاحنات البضائع عن الطريق" gives nothing. With no outlet the verb is passive (or its
    subject is carried) and X speaks all the same: "ونُقل عن وزير الزراعة قوله إن …".
    """
    n = len(toks)
    end = _quoted_name(toks, j)
    if end == j:
        while end < n and end - j < 3 and toks[end].text.isalpha() and toks[end].text not in _STOP \
                and not _verb_lemma(toks[end].text):
            end += 1
    if end >= n or toks[end].text != "عن":
        return None
    sayer = _parse_np(toks, end + 1)
    # "عن الفكي قوله": قوله makes whoever it follows a speaker, a surname alone too; before a bare إن/أن
    # only a person or a body is ("عن الطريق أن" is no one).
    if sayer and sayer.end < n and (toks[sayer.end].text in _HIS_SAYING or toks[sayer.end].text in _RELAYED_SPEECH
                                    and (sayer.mode in ("person", "org") or sayer.named)):
        return sayer
    return None


def _main_clause_subject(toks: list[_Tok], end: int, surnames: set[str] | frozenset[str] = frozenset()) \
        -> _Phrase | None:
    """Return the subject of the verb that opens the sentence (after a dateline), if it comes before end.

    "الخرطوم - «القدس العربي»: خفّض بنك السودان المركزي السعر …، في خطوة قال إنها …" → the bank.
    """
    start = 0
    for m in range(min(len(toks), 12)):
        if toks[m].text in (":", "-", "–", "—"):
            start = m + 1  # the last mark of a dateline: "عمان - «الغد»:"
    negated = start < end and toks[start].text in _NEGATIONS
    if negated:
        start += 1  # "ولا تخفي الوزيرة قلقها، إذ تؤكد أن": the negated verb still opens the clause
    if start + 1 >= end:
        return None
    first = toks[start].text
    if (first in _STOP or not first.isalpha() or _is_al(first) or _is_title(first) or _is_institution(first)
            or _is_place(first) or first in _SOURCE_WORDS):
        return None  # a verb opens the clause: "خفّض"، "رفعت"
    phrase = _parse_np(toks, start + 1)
    if phrase and negated and phrase.end - phrase.start > 1:
        phrase = _without_possessed_object(toks, phrase)
    if toks[start + 1].text in surnames and (phrase is None or phrase.mode not in ("org", "person", "place")) \
            and start + 2 < end:
        return _Phrase(start + 1, start + 2, "name", True)  # "ولا تخفي الحسيني قلقها": a speaker's surname
    if phrase and first in _VISIT_OPENERS:
        phrase = _object_after_title(toks, phrase)
    if phrase and phrase.mode in ("org", "person", "place") and phrase.end < end:
        return phrase
    return None


_CALLED_REACH = 6  # words between an unnamed person and ", يدعى": "ولي أمر من منطقة تاجوراء"


def _called_after(toks: list[_Tok], phrase: _Phrase) -> _Phrase | None:
    """Return the name an unnamed subject goes by, set off by commas after it: "قال مزارع من القرية، يدعى سالم
    العلي، إن" → سالم العلي; else None. The name must be closed by a comma or إن/أن ("، يدعي أنه" claims)."""
    n = len(toks)
    comma = next((m for m in range(phrase.end, min(n, phrase.end + _CALLED_REACH + 1))
                  if toks[m].text in "،,:" or toks[m].text in _THAT or toks[m].text in _QUOTES), None)
    return _called_name(toks, comma + 1) if comma is not None and toks[comma].text in "،," else None


def _called_name(toks: list[_Tok], k: int) -> _Phrase | None:
    """Return the name after "، يدعى" at k ("is called", folded like يدّعي "claims"), closed by a comma or إن/أن."""
    n = len(toks)
    if not 0 < k < n - 1 or toks[k].text not in _CALLED or toks[k - 1].text not in "،,":
        return None
    name = _named_after_pronoun(toks[k - 1:])
    if name is None:
        return None
    end = k - 1 + name.end
    if end < n and not (toks[end].text in "،," or toks[end].text in _PLAIN_THAT):
        return None
    return _Phrase(k - 1 + name.start, end, "person", True)


_COMPOUND_SECONDS = _words("الدين الله")  # "بدر الدين"، "بهاء الدين": a name in ب goes on


def _before_ba_complement(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """Cut a subject before the ب- complement its verb takes, which the name reader ran into.

    "ويطالب ناشطون بيئيون بمنع دخول السيارات"، "وطالب الرئيس إيمانويل ماكرون بوقف إطلاق النار": a ب- word inside
    the phrase with its genitive after it, and no other ب- word right after, is what is asked for. A name's first
    word after a title ("النائب بشارة حداد"), a ب- word a comma or إن/أن closes (a family name: "حسين بكري،"), a
    compound ("بدر الدين") and a name followed by its own ب- complement ("وطالب بوتين الغرب بوقف") are kept.
    """
    n = len(toks)
    for m in range(phrase.start + 1, phrase.end):
        t = toks[m].text
        if t[:1] != "ب" or len(t) < 4 or t in _NAME_PARTICLES or m + 1 >= n:
            continue
        prev, nxt = toks[m - 1].text, toks[m + 1].text
        counted = nxt[:1].isdigit()  # "بزيادة 300 عامل": a name goes on in words, what is asked in figures too
        if _is_title(prev) and not _is_plural_title(prev) and not counted:
            continue  # the first word of the titled one's name
        if nxt in _COMPOUND_SECONDS or nxt in _PLAIN_THAT or not (nxt.isalpha() or counted) \
                or any(x.text[:1] == "ب" for x in toks[m + 1:m + 4]):
            continue
        return phrase._replace(end=m)
    return phrase


def _is_plural_title(t: str) -> bool:
    """Say whether a title word is a plural of people: ناشطون، مسؤولين، خبراء (not ناشط, whose name follows)."""
    return bool(_PLURAL_PEOPLE.match(t)) or t in _PLURAL_TITLES


_PLURAL_TITLES = _words("خبراء علماء أطباء وزراء نواب أعضاء مسؤولو ممثلو قادة رؤساء")
_WHEREUPON = _words("حيث إذ اذ")
_NEGATIONS = _words("لا ولا فلا لم ولم فلم لن ولن")
_BA_COMPLEMENT = {"طالب", "أوصى", "أشاد", "نوه", "اعترف"}  # verbs whose complement takes ب


def _sentence_subject(toks: list[_Tok], end: int, surnames: set[str] | frozenset[str] = frozenset()) \
        -> _Phrase | None:
    """Return the subject of the sentence's main clause, before end, for a speech verb after حيث / إذ.

    "وتنقل الوزير إلى المنطقة، حيث أعلن عن تخصيص …"، "غير أن الجمعية رسمت صورة أقل تفاؤلا، إذ أكدت أن":
    a verb with no subject of its own in a clause of place or cause goes on with the main clause's subject.
    """
    phrase = _main_clause_subject(toks, end, surnames)
    if phrase:
        return phrase
    start = _after_connective(toks)
    cs, subject_toks = _past_contrast(toks, start)
    if cs == start:
        return None  # subject first only after لكن / غير أن, where a noun phrase must open the clause
    phrase = _parse_np(subject_toks, cs)
    return phrase if phrase and phrase.mode in ("org", "person") and phrase.end < end else None


def _subject_at(toks: list[_Tok], j: int) -> bool:
    """Say whether a subject noun phrase, not إن/أن or a quote, starts at toks[j]."""
    return j < len(toks) and toks[j].text not in _THAT and toks[j].text not in _QUOTES and toks[j].text != ":"


# A statement issued by a body: "صدر عن الوزارة بيان جاء فيه"، "صدر اليوم جدول الأسعار عن الوزارة، وجاء فيه"،
# "وجاء في بيان صادر عن الوزارة أن". The body states what the statement says.
_ISSUED_VERBS = _words("صدر وصدر صدرت وصدرت")
_CAME_IN = _words("جاء وجاء")
# "وتلا محافظ البنك، فلان، البيان الصادر عن المجلس، وجاء فيه أن": who reads out a statement gives its words.
_READ_OUT = _words("تلا وتلا تلت وتلت قرأ وقرأ قرأت وقرأت")
_ISSUE_STARTS = _ISSUED_VERBS | _CAME_IN | _READ_OUT
_STATEMENT_DOCUMENTS = _DOCUMENT_NOUNS | _words("جدول تعميم قرار نشرة بلاغ إعلان مذكرة توضيح رسالة كلمة خطاب "
                                                 "نشرات تعميمات مذكرات "  # plurals: "حسب نشرات المديرية"
                                                 "حيثيات")  # the grounds of a ruling: "بحسب حيثيات الحكم"
_ISSUED_DOCUMENTS = _STATEMENT_DOCUMENTS | _words("مرسوم تعليمات توجيهات أمر حكم أحكام "
                                                "تسعيرة تسعيرات")  # what _ISSUING_VERBS issue; a price list fixes prices


_DASHES = frozenset("-–—")


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
                after = author.end
                if after + 1 < n and toks[after].text in _DASHES:
                    # "عن وزارة الطاقة والمياه - المديرية العامة للنفط جدول …": the body's branch after a dash
                    branch = _author_at(toks, after + 1, agent=True)
                    after = branch.end if branch is not None else after
                documented = any(_strip_al(x.text) in _STATEMENT_DOCUMENTS for x in toks[k + 1:m]) or (
                    after < n and _strip_al(toks[after].text) in _STATEMENT_DOCUMENTS)
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
    if t in _CAME_IN and k + 3 < n and toks[k + 1].text in ("في", "فى"):
        document = _came_in_document(toks, k + 2)
        if document is not None:
            return _Found(document[0], document[1], (toks[k].start, toks[k + 1].end), False, False)
    return None


def _statement_reader(toks: list[_Tok]) -> _Phrase | None:
    """Return who reads out a statement in a sentence opening "وتلا/وقرأ X البيان": an official or a body whose
    object, right after it, is a statement ("بياناً"، "البيان الختامي"); not "قرأ الإمام آيات"، "تلا ذلك اجتماع"."""
    phrase = _parse_np(toks, 1) if len(toks) > 2 else None
    if phrase is None or phrase.mode not in ("person", "org") or phrase.end >= len(toks):
        return None
    at = phrase.end + 1 if toks[phrase.end].text in "،," and phrase.named else phrase.end  # "، فلان،" closed
    obj = _strip_al(toks[at].text) if at < len(toks) else ""
    return phrase if obj in _STATEMENT_DOCUMENTS or obj[-1:] == "ا" and obj[:-1] in _STATEMENT_DOCUMENTS else None


# "وجاء في نص الاتفاق أن": a text whose head is no statement noun but gives the words of its genitive.
_TEXT_OF = _words("نص")
_CONTENT_WINDOW = 20  # words from the document to the أن of its content, past asides between commas


def _came_in_document(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """Return the span of "قرار الحكم"، "نص الاتفاق" in "وجاء في قرار الحكم، الصادر الأحد، أن …", or None.

    A document in construct with an ال- genitive that names no author is the source of the content
    أن introduces, as after "حسب نص الاتفاق". The content may follow asides between commas, but no verb
    ("وجاء في قرار الحكم ما يلي"، "وجاء في تقرير الوزارة …" read before). A bare "البيان" goes on with
    the statement named before (_issued_statement).
    """
    n = len(toks)
    head = toks[j].text
    if _is_al(head) or toks[j].tanween or not (head in _ISSUED_DOCUMENTS or head in _TEXT_OF):
        return None
    if j + 1 >= n or not _is_al(toks[j + 1].text) or toks[j + 1].text in _STOP:
        return None
    end = j + 2
    while _adjective_at(toks, end):
        end += 1
    for m in range(end, min(n, end + _CONTENT_WINDOW)):
        t = toks[m].text
        if t in _THAT:
            return (toks[j].start, toks[end - 1].end) if toks[m - 1].text in "،," or m == end else None
        if t in ".؟?!؛;:" or t in _QUOTES or _verb_lemma(t):
            return None
    return None


_AFFILIATION_WORDS = 6  # "بمستشفى عطبرة التعليمي"، "في وزارة الصحة الاتحادية"
_AFFILIATION_PREPS = _words("في من لدى داخل")


def _affiliation(toks: list[_Tok], start: int, end: int) -> bool:
    """Say whether toks[start:end] is a short prepositional phrase that places a speaker: "بمستشفى عطبرة".

    Only between أما's topic and its ف- verb, where nothing else can stand: no verb, no punctuation.
    """
    first = toks[start].text
    if not (first in _AFFILIATION_PREPS and end - start > 1 or first[:1] == "ب" and len(first) > 3):
        return False
    return end - start <= _AFFILIATION_WORDS and all(
        tok.text.isalpha() and not _verb_lemma(tok.text) and tok.text not in _THAT for tok in toks[start:end])


def _unnamed_source_at_work(toks: list[_Tok], phrase: _Phrase, end: int) -> bool:
    """Say whether an unnamed source or role is followed, up to its verb, by where it works: "مصدر أمني
    بالمعبر أكد"، "مسؤول في وزارة المالية قال"; not "الأسعار في السوق ارتفعت" (no one who speaks)."""
    head = toks[phrase.start].text
    return (head in _UNNAMED_SOURCES or head in _UNNAMED_ROLES) and _affiliation(toks, phrase.end, end)


def _short_name_given(surnames: set[str] | frozenset[str], toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether a one-word subject is a body's short name the article gave in brackets before: "وسجلت آفاد 87
    هزة" after "إدارة الكوارث والطوارئ التركية (آفاد)"."""
    bracketed = getattr(surnames, "bracketed", None)
    return phrase.end == phrase.start + 1 and bracketed is not None and bracketed(toks[phrase.start].text)


_BRANCH_NAMES = _words("فرع مكتب مندوبية فروع")
_BRANCH_NAME_WORDS = 3  # "فرع تارودانت"، "مكتب الدار البيضاء"


def _branch_apposition_end(toks: list[_Tok], j: int) -> int | None:
    """Return the index after "، فرع <place>،" set off after a body's name at toks[j], else None."""
    n = len(toks)
    if j + 2 >= n or toks[j].text not in "،," or toks[j + 1].text not in _BRANCH_NAMES:
        return None
    for m in range(j + 2, min(n, j + 3 + _BRANCH_NAME_WORDS)):
        if toks[m].text in "،,":
            return m + 1 if m > j + 2 else None
        if not toks[m].text.isalpha():
            return None
    return None


def _seat_word(t: str) -> bool:
    """Say whether t is ل + one indefinite word, the town a body serves: "لتيارت"، "لصفاقس" (not "للتنمية").

    Only as the topic's last word before its ف- verb, where a verbal noun ("لتطوير") would still want its object.
    """
    return t[:1] == "ل" and not t.startswith("لل") and len(t) > 3 and t.isalpha() and not _verb_lemma(t)


def _people_where(toks: list[_Tok], phrase: _Phrase, end: int, verb: str) -> bool:
    """Say whether one بال- word of place follows a plural of people right before their plural verb:
    "ناشطين حقوقيين بالمنطقة أشاروا"; not "الأسعار بالمنطقة ارتفعت" (no people, no plural verb)."""
    return end == phrase.end + 1 and verb.endswith("وا") and toks[phrase.end].text.startswith("بال") \
        and len(toks[phrase.end].text) > 5 and bool(_PLURAL_PEOPLE.match(toks[phrase.start].text))


def _answers_amma(toks: list[_Tok], k: int) -> bool:
    """Say whether the verb at k, with ف or after فقد, answers the topic of أما before a comma, maybe past a
    description: "أما البعثة، فقد وصفت"، "أما النقابة، التي تضم 12 ألف عضو، فوصفت"."""
    if toks[k].text[:1] == "ف":
        comma = k - 1
    elif k >= 2 and toks[k - 1].text == "فقد":
        comma = k - 2
    else:
        return False
    if comma < 2 or toks[comma].text not in "،,":
        return False
    topic = _clause_start(toks, comma)
    return toks[topic].text in _AMMA or _amma_before_description(toks, topic) is not None


def _bare_object_then_ba(toks: list[_Tok], k: int) -> bool:
    """Say whether one definite noun and a ب- complement follow the verb at k, which has no object pronoun:
    "وصفت الاقتراع بأنه"; not "وصفها الوزير بأنها" (the object is the pronoun, the subject follows)."""
    verb = toks[k].text
    if any(verb.endswith(c) and _VERB_SURFACE.get(verb[:-len(c)]) is not None for c in _OBJECT_CLITICS):
        return False
    j = _skip_adverbs(toks, k + 1)
    return j + 1 < len(toks) and _is_al(toks[j].text) and toks[j + 1].text[:1] == "ب" and len(toks[j + 1].text) > 2


def _after_topic(toks: list[_Tok], k: int) -> bool:
    """Say whether the ف- verb at k follows a topic opened by أما: "أما المشروع فأعلن الوزير أن"."""
    cs = _clause_start(toks, k)
    return cs < k and toks[cs].text in _AMMA


def _after_kana_subject(toks: list[_Tok], qad: int) -> bool:
    """Say whether words sit between a clause-opening كان and the قد at toks[qad]: "وكانت الحكومة قد"."""
    cs = _clause_start(toks, qad)
    return cs < qad - 1 and toks[cs].text in _KANA


def _after_kana_relative_insert(toks: list[_Tok], qad: int) -> bool:
    """Say whether a كان subject and a relative clause set off by commas stand before the قد at toks[qad]:
    "وكانت النقابة، التي تضم 12 ألف عضو، قد وصفت القرار" (القرار is the object)."""
    comma = qad - 1
    return comma >= 3 and toks[comma].text in "،," and _relative_insert_start(toks, comma) is not None \
        and _kana_before_apposition(toks, comma) is not None


_KANA_RELATIVE_WORDS = 10  # "الذين استطلعت إنتربرايز آراءهم الأسبوع الماضي"


def _relative_to_qad(toks: list[_Tok], phrase: _Phrase, end: int) -> bool:
    """Say whether a relative clause runs from the end of a كان subject to its قد at toks[end]: "وكان أغلب المحللين
    الذين استطلعت الصحيفة آراءهم قد توقعوا" (or from a subject after غير أن/لكن to its verb). Only people or a body (not "وكانت الأسعار التي ارتفعت … قد تراجعت"),
    and a clause of plain words: no comma, no إن/أن, no quote."""
    start = phrase.end
    if not (start < end - 1 and toks[start].text in _RELATIVE and end - start <= _KANA_RELATIVE_WORDS + 1):
        return False
    head = toks[phrase.start].text
    people = phrase.mode in ("person", "org") or _strip_al(head) in _UNNAMED_SOURCES \
        or _is_plural_title(_strip_al(toks[phrase.end - 1].text)) and phrase.mode == "group"
    return people and all(t.text.isalnum() and t.text not in _THAT and t.text not in _PLAIN_THAT
                          for t in toks[start + 1:end])  # ("بين 3 و9 أيار": و9 is one token)


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
            or toks[_past_gloss(toks, phrase.end)].text not in ("قد", "وقد"):
        return None
    verb = toks[k].text
    feminine_verb = verb.endswith("ت") and not verb.endswith(lemma)  # قالت، لفتت; not لفت
    return phrase if feminine_verb == kana.endswith("ت") else None


def _kana_before_apposition(toks: list[_Tok], comma: int) -> int | None:
    """Return the index of كان that opens "كان X، NAME، قد" before the comma at toks[comma], or None.

    A relative clause set off by commas may be longer than a name: "وكانت بعثة المراقبين الأوروبية، التي نشرت
    60 مراقباً في 9 محافظات، قد وصفت" (its words count from the comma that opens it)."""
    opening = _relative_insert_start(toks, comma)
    if opening is not None:
        comma = opening
    for m in range(comma - 1, max(-1, comma - 12), -1):
        if toks[m].text in _KANA and (m == 0 or toks[m - 1].text in "،,؛;:"):
            return m
    return None


def _relative_insert_start(toks: list[_Tok], comma: int) -> int | None:
    """Return the comma that opens "، التي/الذي … ،" closed by the comma at toks[comma], or None."""
    for m in range(comma - 2, max(0, comma - _KANA_RELATIVE_WORDS - 2), -1):
        t = toks[m].text
        if t in "،,":
            return m if toks[m + 1].text in _RELATIVE else None
        if t in _THAT or t in _PLAIN_THAT or not (t.isalnum() or t in "%."):
            return None  # no إن/أن, no quote: "، التي قالت إن …،" is speech, not a description
    return None


_BODY_NAME_REST = 4  # words of a body's long name the phrase reader left out: "والإنذار المبكر"


def _rest_of_body_name(toks: list[_Tok], phrase: _Phrase, end: int) -> bool:
    """Say whether the words from the end of a body's phrase to `end` (قد of "كان … قد") go on with its name.

    Between كان and قد stands the subject alone, so definite words, coordinated (و) or genitive (لل) ones, left
    after the body's phrase are the rest of its name: "المركز الوطني للأرصاد والإنذار المبكر". Not a verb,
    a particle, a number or a comma: "وكانت الوزارة، بعد أسبوع، قد أعلنت" is no name.
    """
    if phrase.mode != "org" or end - phrase.end > _BODY_NAME_REST:
        return False
    if _body_seat(toks, phrase.end, end):
        return True  # "وكانت الحكومة المحلية في كركوك قد أعلنت": the town the body sits in
    for m in range(phrase.end, end):
        t = toks[m].text
        if t in ("في", "فى") and toks[m - 1].text.startswith("لل") and m + 1 < end:
            continue  # what a body works in: "المعهد الوطني للبحث في الصيد البحري"
        bare = t[1:] if t[:1] == "و" else t
        if not (_is_al(bare) or bare.startswith("لل")) or t in _STOP or bare in _STOP or t in _TEMPORAL \
                or _verb_lemma(t):
            return False
    return True


def _short_name_after_body(toks: list[_Tok], phrase: _Phrase) -> int:
    """Return the end of the short name in quotes or brackets right after a body's full name, else phrase.end.

    "الهيئة العامة للموانئ السعودية «موانئ»"، "المكتب الوطني للكهرباء (ONEE)": the body goes by it, so the subject
    before its verb ("وكانت … قد أعلنت"، "… أعلنت أن") is the body with its short name. A full name is two words or
    more: "الوزارة «الجديدة»" quotes a word about the body, not its name.
    """
    if phrase.mode != "org" or phrase.end - phrase.start < 2:
        return phrase.end
    end = _quoted_name(toks, phrase.end)
    if end == phrase.end or any(_verb_lemma(t.text) for t in toks[phrase.end:end]):
        return phrase.end
    return end


def _body_seat(toks: list[_Tok], j: int, end: int) -> bool:
    """Say whether toks[j:end] is "في + one town" closing a body's name before قد: "الحكومة المحلية في كركوك قد".

    One word, a place or a plain name, not a time ("في آب"), nor what was said ("في بيان"): between كان and قد
    stands the subject alone, so where it sits is part of it.
    """
    if end != j + 2 or toks[j].text not in ("في", "فى"):
        return False
    tok = toks[j + 1]
    t = tok.text
    if t in _TEMPORAL or t in _STOP or _strip_al(t) in _STATEMENT_NOUNS or _verb_lemma(t):
        return False
    return _is_place(t) or (_name_like(tok) and not _masdar_like(t))


def _apposed_subject(toks: list[_Tok], phrase: _Phrase, apposed: bool) -> bool:
    """Say whether phrase, closed by a comma, is the subject of "كانت X، الناقل الوطني للبلاد، قد أعلنت".

    The words between the two commas describe X (an apposition); X itself must read as a body or a name.
    """
    return apposed and phrase.mode in ("person", "org", "name") and toks[phrase.end].text in "،,"


def _amma_subject(toks: list[_Tok], m: int) -> _Phrase | None:
    """For "أما صاحب الهدف، فلان، فأهدى الفوز …، مؤكدا أن" return the topic of أما, the ف- verb's subject."""
    # The answer of أما opens with ف after a comma; a verb there (not "فالحكومة") has the topic as its subject.
    verb = next((i for i in range(1, m) if toks[i - 1].text in "،," and toks[i].text[:1] == "ف"
                 and len(toks[i].text) >= 4 and toks[i].text[1:] not in _STOP and not _is_al(toks[i].text[1:])), None)
    if verb is None:
        return None
    topic = _clause_start(toks, verb - 1)
    if toks[topic].text in _AMMA:
        phrase = _parse_np(toks, topic + 1)
        return phrase if phrase and phrase.end == verb - 1 and phrase.mode in ("person", "org") else None
    return _amma_titled_topic(toks, topic, verb - 1)


_AT_TIME_PREPS = _words("في فى يوم خلال مطلع")


def _issued_when_end(toks: list[_Tok], j: int) -> int:
    """Return the end of "الصادر (في) <time>" at toks[j], when a document came out: "الصادر في أيار الماضي", else j."""
    n = len(toks)
    if j >= n or toks[j].text not in _ISSUED_BY:
        return j
    m = j + 1
    if m < n and toks[m].text in _AT_TIME_PREPS and m + 1 < n and toks[m + 1].text in _TEMPORAL:
        m += 1
    end = _time_phrase_end(toks, m)
    return end if end > m else j


# A change a document shows, told as its object: a verbal noun in construct ("ارتفاع موجوداته"), not one with tanween.
_SHOWN_CHANGES = _words("ارتفاع انخفاض تراجع زيادة نمو تحسن تقلص هبوط صعود تباطؤ")
_SHOWING_DOCUMENTS = _DOCUMENT_NOUNS | _DATA_NOUNS  # built once, not on each call


def _document_shows_change(toks: list[_Tok], j: int, phrase: _Phrase) -> bool:
    """Say whether the subject of أظهر at toks[j] is a document or data of a named author (the phrase) that shows
    a change with no أن: "أظهرت الميزانية الشهرية للمصرف، الصادرة أمس، ارتفاع موجوداته" → المصرف. "أظهر اللاعب
    تحسن مستواه" shows no one's figures, and "وأظهرت القوائم ارتفاع …" names no author."""
    if j >= len(toks) or phrase.start == j or _strip_al(toks[j].text) not in _SHOWING_DOCUMENTS:
        return False
    m = _past_inserts(toks, _issued_when_end(toks, _past_inserts(toks, phrase.end)))
    return m < len(toks) and toks[m].text in _SHOWN_CHANGES and not toks[m].tanween


def _amma_before_description(toks: list[_Tok], topic: int) -> int | None:
    """Return where أما opens the clause before a description "، وهو/وهي …،" that starts at topic, else None."""
    if topic < 3 or not (toks[topic].text in _HE_IS or toks[topic].text in _RELATIVE) or toks[topic - 1].text not in "،,":
        return None  # "أما فلان، وهو موظف، فيرى"، "أما الصياد أبو علي، الذي يعمل في الميناء، فقال"
    start = _clause_start(toks, topic - 1)
    return start if toks[start].text in _AMMA else None


def _described_opening_subject(toks: list[_Tok], k: int) -> _Phrase | None:
    """For "تقف منية، وهي أم لثلاثة أطفال، أمام الرف وتقول:" return the named subject of the opening verb.

    A و- speech verb with no subject of its own (a colon, إن/أن or a quotation follows it) goes on with the
    opening verb's subject; a bare name counts there only when a description "، وهو/وهي …" tells it is a person.
    """
    n = len(toks)
    if toks[k].text[:1] != "و" or k + 1 >= n or not (toks[k + 1].text in ":" or toks[k + 1].text in _PLAIN_THAT
                                                      or toks[k + 1].text in _QUOTES):
        return None
    start = _after_connective(toks) or _after_dateline(toks) or _after_opening_place(toks)
    first = toks[start].text if start < k else ""
    if not first.isalpha() or first in _STOP or _is_al(first) or _is_title(first) or _is_institution(first) \
            or _is_place(first) or first in _SOURCE_WORDS or _verb_lemma(first):
        return None
    phrase = _parse_np(toks, start + 1)
    if phrase is None or phrase.mode not in ("name", "person") or not phrase.named or phrase.end + 2 >= k \
            or toks[phrase.end].text not in "،," or toks[phrase.end + 1].text not in _HE_IS:
        return None
    if any(_verb_lemma(t.text) or t.text in _PLAIN_THAT or t.text in _RELATIVE for t in toks[phrase.end:k]):
        return None  # another speech verb or clause in between may have its own subject
    return phrase


_SCENE_WORDS = 8  # "أمام رف الخضار في السوق المركزي": where the opening verb's subject stands, before "وتقول"


def _opening_verb_subject(toks: list[_Tok], k: int) -> _Phrase | None:
    """For "تقف منية أمام الرف وتقول: «…»" return the named subject of the verb that opens the sentence.

    A و- speech verb with no subject of its own (a colon, إن/أن or a quotation follows it) shares the subject of
    the opening verb when the two agree (تقف … وتقول، يجلس … ويقول، وقفت … وقالت), and only a few words of
    scene stand between them: no comma, verb, إن/أن or relative. The subject is a named person or a titled
    one ("يجلس الحاج سعيد في دكانه ويقول إن"); "ترتفع الأسعار في السوق وتقول:" has a thing for subject.
    """
    n = len(toks)
    said = toks[k].text
    if said[:1] != "و" or k + 1 >= n or not (toks[k + 1].text in ":" or toks[k + 1].text in _PLAIN_THAT
                                             or toks[k + 1].text in _QUOTES):
        return None
    start = _after_connective(toks) or _after_dateline(toks) or _after_opening_place(toks)
    first = toks[start].text if start < k else ""
    verb = first if first in _SCENE_VERBS else first[1:] if first[:1] in "وف" else first
    if not (_verb_shaped(first) or verb in _SCENE_VERBS) or first in _STOP or _is_title(first) \
            or not _verbs_agree(verb, said[1:]):
        return None
    phrase = _parse_np(toks, start + 1)
    if phrase is None or phrase.start != start + 1 or not phrase.named or phrase.mode not in ("name", "person") \
            or not 0 < k - phrase.end <= _SCENE_WORDS:
        return None
    if any(not t.text.isalpha() or _verb_lemma(t.text) or t.text in _PLAIN_THAT or t.text in _RELATIVE
           for t in toks[phrase.end:k]):
        return None  # a comma, a figure or another clause in between may have a subject of its own
    return phrase


def _amma_titled_topic(toks: list[_Tok], name: int, comma: int) -> _Phrase | None:
    """For "أما رئيس الجمعية، فلان الفلاني، فأشار" return the title or its name in apposition, else None.

    toks[name:comma] is the segment between the two commas before the ف- verb; the title after أما
    must read as a person or a body, or the segment as a named person.
    """
    if name < 3 or toks[name - 1].text not in "،,":
        return None
    amma = _clause_start(toks, name - 1)
    if toks[amma].text not in _AMMA:
        return None
    title = _parse_np(toks, amma + 1)
    if title and _past_bracket(toks, title.end) == name - 1 and title.mode in ("person", "org"):
        return title  # "أما الحاج فلان (67 عاماً)، وهو من سكان الحي، فيقول": his age in brackets
    if title and _past_bracket(toks, title.end) == name - 1 and title.mode == "name" and title.named:
        # "أما كريم عادل، رئيس مركز …، فقال": a name, then the title that says who he is
        role = _parse_np(toks, name)
        if role and role.mode in ("person", "org") and (role.end == comma or _description_end(toks, role.end) == comma):
            return title  # "أما محمد الساعور، صاحب محل في سوق الحميدية، فأوضح"
    if name + 2 < comma and len(toks[name].text) == 1 and toks[name + 1].text == ".":
        name += 2  # an abbreviated title before the name: "م. خالد" (مهندس)، "د. سعاد" (دكتورة)
    elif name + 1 < comma and toks[name].text == _JOINED_DOCTOR and toks[name].end - toks[name].start < len(_JOINED_DOCTOR):
        name += 1  # "د." joined into one title token (_abbreviated_titles_joined)
    appositive = _parse_np(toks, name)
    if appositive and appositive.end == comma and appositive.mode in ("person", "name") and appositive.named:
        return appositive
    return None


_BRACKET_WORDS = 5  # "(67 عاماً)"، "(أ ف ب)"


def _past_bracket(toks: list[_Tok], j: int) -> int:
    """Return the index after a short bracket that opens at j (a name's age: "فلان (67 عاماً)"), else j."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    close = next((m for m in range(j + 1, min(len(toks), j + _BRACKET_WORDS + 2)) if toks[m].text == ")"), None)
    return close + 1 if close is not None else j


_QUOTED_TOPIC_WORDS = 8  # "«الجمعية اللبنانية من أجل ديمقراطية الانتخابات»"


def _quoted_topic(toks: list[_Tok], j: int, end: int) -> _Phrase | None:
    """Return a body's quoted name at toks[j] as the topic of أما when it runs to toks[end], past a bracketed acronym:
    "أما «رابطة حماية المستهلك» (رحم) فأحصت" → رابطة حماية المستهلك (its head an institution word)."""
    close = _quoted_name(toks, j, words=_QUOTED_TOPIC_WORDS)
    if close == j or toks[j].text not in _QUOTES or not _is_institution(_strip_al(toks[j + 1].text)) \
            or _past_bracket(toks, close) != end:
        return None
    return _Phrase(j + 1, close - 1, "org", True)


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
    elif cs + 2 < n and toks[cs].text in _RATHER and toks[cs + 1].text in _PLAIN_THAT:
        cs += 2  # "بل إن مصدراً طبياً أكد": an emphatic إن opens the clause, its subject is accusative
    elif 0 < cs < n - 2 and toks[cs].text in _SO_THAT and toks[cs - 1].text in "،," \
            and _while_opener([t.text for t in toks[:3]], 0):
        # "وبينما قال الوزير …، فإن مصادر أكدت أن": فإن answers the while-clause that opens the sentence; its
        # subject is the main clause's. After "وبحسب معلومات X، فإن الوزير سيدعو" it opens what the source says.
        cs += 1
    else:
        return cs, toks
    return cs, (_accusative_source_read_bare(toks, cs) if cs < n else toks)


_ACCUSATIVE_ADJECTIVES = 2  # "مصدراً حكومياً رفيعاً"
_RATHER = _words("بل وبل")
_SO_THAT = _words("فإن")  # folded: فان


def _accusative_source_read_bare(toks: list[_Tok], s: int) -> list[_Tok]:
    """Return toks with an accusative source or role at s and its adjectives read bare: "إن مصدراً أمنياً أكد" →
    مصدر أمني (the written span is kept). Its accusative adjectives agree with it ("لكن مصدراً مطلعاً في
    الدائرة قال"), and are read bare too."""
    tok = toks[s]
    bare = tok.text[:-1]
    if not tok.tanween or not tok.text.endswith("ا") \
            or not (bare in _UNNAMED_SOURCES or bare in _UNNAMED_ROLES or _is_title(bare)):
        return toks
    end = s + 1
    while end < min(len(toks), s + 1 + _ACCUSATIVE_ADJECTIVES) and toks[end].tanween \
            and toks[end].text.endswith("ا") and not _verb_lemma(toks[end].text):
        end += 1
    return toks[:s] + [t._replace(text=t.text[:-1], tanween=False) for t in toks[s:end]] + toks[end:]


# Verbs that report what a source said, as against what it thinks or expects ("أن الشركة تتوقع أن" is the
# speaker's own account of his firm's outlook).
_RELAYED_VERBS = {"قال", "أكد", "أوضح", "أفاد", "ذكر", "أعلن", "كشف", "صرح", "أبلغ", "نفى"}
_RELAYED_SURFACE = frozenset(form for form, lemma in _VERB_SURFACE.items() if lemma in _RELAYED_VERBS)


def _inner_speaker(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return Y in "قالت مصادر إن Y أكد أن …": a source inside the first one's إن-clause, with its own speech
    verb and its own إن/أن, says what follows; the first source only relays it.

    Y is a person or a body, in the accusative after إن as written ("إن مصدراً أمنياً بالمنفذ أكد"); "قال
    الوزير إن الأسعار ارتفعت" (no speech verb) or "إن التقرير أظهر أن" (a document) keep the first source.
    """
    m = _past_inserts(toks, j)
    if m + 2 >= len(toks) or toks[m].text not in _PLAIN_THAT:
        return None
    if _RELAYED_SURFACE.isdisjoint(map(_TOK_TEXT, toks[m + 2:])):
        return None  # most إن-clauses hold no relaying verb after Y's first word: Y's phrase is not read
    read = _accusative_source_read_bare(toks, m + 1)
    phrase = _parse_np(read, m + 1)
    if phrase is None or phrase.mode not in ("person", "org"):
        return None
    verb = next((v for v in range(phrase.end, min(len(toks), phrase.end + _AFFILIATION_WORDS + 1))
                 if _verb_lemma(toks[v].text)), None)
    if verb is None or (verb > phrase.end and not _unnamed_source_at_work(read, phrase, verb)):
        return None
    lemma = _verb_lemma(toks[verb].text)
    if lemma not in _RELAYED_VERBS or not _reports_speech(toks, verb + 1):
        return None
    return phrase


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


# A contrast with a subject pronoun on it, or أنه after غير/إلا: "لكنه"، "ولكنها"، "غير أنه".
_CONTRAST_PRONOUNS = _words("لكنه لكنها لكنهم ولكنه ولكنها ولكنهم")
_THAT_PRONOUNS = _words("أنه أنها أنهم")


def _contrast_pronoun(toks: list[_Tok], k: int) -> bool:
    """Say whether the word before the verb at k is a contrast carrying a pronoun: "، لكنه أشار"، "غير أنها أكدت"."""
    if k < 1:
        return False
    prev = toks[k - 1].text
    return prev in _CONTRAST_PRONOUNS or (k >= 2 and prev in _THAT_PRONOUNS and toks[k - 2].text in _CONTRAST)


def _surname_before_object(toks: list[_Tok], k: int, surnames: set[str] | frozenset[str]) -> _Phrase | None:
    """For "هنّأ الخصاونة منافسه في منشور …، وكتب:" return the ال- surname (named in full before) that opens the
    first clause with the verb's object after it, or any surname with where he spoke after it ("في كلمة متلفزة"). A common noun the surname test let through has no object after
    it: "وتأتي الخطوة بعد يومين …، وشدد" (the speaker is someone else)."""
    phrase = _first_clause_subject(toks, k, surnames)
    if phrase is None or phrase.end != phrase.start + 1 or phrase.end >= k:
        return None
    if _circumstance_end(toks, phrase.end) > phrase.end:
        # "تعهد كاست في خطاب النصر بـ«…»، وقال"، "هنّأ السوداني في كلمة متلفزة العراقيين …، وأكد": where he spoke
        # follows the surname, so he is the one who speaks, not the verb's object
        return phrase
    if not _is_al(toks[phrase.start].text):
        return None
    obj = toks[phrase.end].text
    if not obj.isalpha() or obj in _STOP or obj in _PLAIN_THAT or _verb_lemma(obj):
        return None
    return phrase


def _first_clause_subject(toks: list[_Tok], k: int,
                          surnames: set[str] | frozenset[str] = frozenset()) -> _Phrase | None:
    """For "أبقى البنك المركزي الفائدة …، وقال إن" return the subject of the opening verb.

    An opening connective set off by a comma is skipped: "في المقابل، قلل مسؤول …، وقال إن". The subject
    must be able to speak: a person, a body, a place, a source or a group of people (a sound plural:
    المحتجون, or any plural that a masculine plural verb agrees with); "وتأتي الخطوة بعد …، وشدد" has an
    inanimate subject, and the speaker is someone else. A bare name counts when it is the surname of
    someone named before (surnames): "هنّأ الشوبكي منافسه، لكنه أشار".
    """
    start = _after_connective(toks) or _after_dateline(toks) or _after_opening_place(toks)
    if start + 1 < len(toks) and toks[start].text in _ALSO:
        start += 1  # "كما هنّأه الرئيس X، واصفاً فوزه بأنه …": "also", then the verb
    first = toks[start].text if start < len(toks) else ""
    # A verb folded into a stop word's spelling ("هنّأ" → هنا) still opens the clause: its hamza tells it, or,
    # written without one, a known surname after it.
    folded_verb = first in _STOP and start + 1 < len(toks) and (
        toks[start + 1].text in surnames or _verb_despite_folding(toks[start]))
    if ((first in _STOP and not folded_verb) or not first.isalpha() or _is_al(first) or _is_title(first) or _is_institution(first)
            or _is_place(first) or first in _SOURCE_WORDS):
        return None
    phrase = _parse_np(toks, start + 1)
    if phrase is not None and phrase.mode in ("name", "group") and phrase.end < k and _is_al(toks[phrase.start].text) \
            and toks[phrase.start].text in surnames:
        # "هنّأ الخصاونة منافسه، وكتب": an ال- surname named in full before; the word the name reader ran on
        # to is the verb's object
        return _Phrase(phrase.start, phrase.start + 1, "person", True)
    if phrase is not None and phrase.mode in ("name", "group") and phrase.end < k \
            and toks[phrase.end - 1].text in surnames:
        return _Phrase(phrase.start, phrase.end, "person", True)
    kunya = phrase is not None and phrase.mode == "name" and phrase.named and toks[phrase.start].text in _KUNYA_HEADS
    if phrase is not None and phrase.mode == "name" and phrase.end == start + 2 and phrase.end < k \
            and _PLURAL_PEOPLE.match(toks[start + 1].text) and toks[k].text in _PARTICIPLES and toks[k].text.endswith("ين"):
        return phrase._replace(mode="group")  # "قلل مستثمرون من أثر التراجع، معتبرين أن": people, as the participle says
    if phrase is None or phrase.end >= k or (phrase.mode == "name" and not kunya):
        return None  # a bare name may be the verb's object; a kunya ("روت أم خالد …، وقالت") is someone's name
    if kunya:
        cut = next((m for m in range(phrase.start + 2, phrase.end) if toks[m].text in _QUESTION_WORDS), phrase.end)
        return phrase._replace(end=cut)  # "وروى أبو سمير كيف غمرت المياه منزله": how, and what, is what he told
    phrase = _object_after_title(toks, phrase)  # "وتفقد الوزير المستشفى الجامعي، وقال" → الوزير
    phrase = _name_before_ba_object(toks, start, phrase)
    head = toks[phrase.start].text
    if phrase.mode == "group" and phrase.end == phrase.start + 1 and _is_al(head):
        # "وأحرزت التلميذة مريم بن سالم …، واعتبرت أن": a common noun, then the full name of who it is.
        name = _parse_np(toks, phrase.end)
        if name and name.start == phrase.end and name.mode == "name" and name.named \
                and name.end - name.start >= 2 and name.end < k:
            return _Phrase(phrase.start, name.end, "person", True)
    # A masculine plural verb agrees only with people: "انتقد الأطباء القرار، وقالوا"; parties and factions are
    # people too: "شككت قوى المعارضة في الأرقام، مؤكدة أن".
    people = _strip_al(head) in _SOURCE_NOUNS or _strip_al(head) in _POLITICAL_GROUPS or head in _THE_OPPOSITION \
        or _SOUND_PLURAL.match(head) or toks[k].text.endswith("وا") \
        or toks[k].text.endswith("ين") and toks[k].text in _PARTICIPLES  # "انتقد الأطباء القرار، معتبرين أن"
    return phrase if phrase.mode != "group" or people else None


_THE_OPPOSITION = _words("المعارضة")  # the opposition, as a group of parties


_KUNYA_HEADS = _words("أم أبو")
_QUESTION_WORDS = _words("كيف لماذا متى أين ماذا هل")


# Verbs whose object always takes ب: no bare noun after their subject is an object ("رحب بـ"، "أشاد بـ"، "ندد بـ").
_BA_OBJECT_VERBS = frozenset(prefix + form for form in "رحب رحبت اشاد اشادت ندد نددت نوه نوهت".split()
                             for prefix in ("", "و", "ف"))


def _name_before_ba_object(toks: list[_Tok], verb: int, phrase: _Phrase) -> _Phrase:
    """Extend an unnamed title by the first name and ال- family name between it and the ب- object of its verb.

    "ورحب رئيس اتحاد المزارعين عودة الرواشدة بالقرار": after رحب no bare noun is an object, so a first name
    shaped like a verbal noun (عودة، حمزة) with its family name is the title holder's name.
    """
    e = phrase.end
    if toks[verb].text not in _BA_OBJECT_VERBS or phrase.mode != "person" or phrase.named or e + 2 >= len(toks):
        return phrase
    first, family, after = toks[e], toks[e + 1], toks[e + 2].text
    if first.text.isalpha() and not first.tanween and not _is_al(first.text) and not first.text.startswith(("ب", "ل")) \
            and not (_is_title(first.text) or _is_institution(first.text) or _is_place(first.text)) \
            and _surname_word(family.text) and after.startswith("بال"):
        return _Phrase(phrase.start, e + 2, "person", True)
    return phrase


def _verbs_agree(first: str, second: str) -> bool:
    """Say whether two verbs can share one subject: the same imperfect prefix (تجدد … تؤكد) or perfect ending
    (جددت … أكدت، انتقدوا … قالوا), or a masculine perfect verb of scene and a masculine speech verb (وقف … وقال،
    جلس … ويقول): the masculine perfect has no ending to tell it, so only the listed scene verbs are read."""
    if first in _SCENE_VERBS:
        return second[:1] == "ي" or _verb_lemma(second) is not None and _words(_verb_lemma(second)) == {second}
    if first[:1] in "يت" and second[:1] in "يت":
        return first[:1] == second[:1]
    return any(first.endswith(end) and second.endswith(end) for end in ("ت", "وا"))


_OBJECT_PRONOUNS = ("ها", "هم", "هما", "هن")  # "دعوتها"، "موقفهم" (a lone ه is also a folded ة)


def _title_before_its_verb(toks: list[_Tok], phrase: _Phrase, k: int) -> _Phrase | None:
    """For "الوزيرة تجدد دعوتها …، وتقول إن" return the title alone, whose verb the reader took for its name.

    A one-word "name" right after a definite title is the title's imperfect verb when it agrees with the title
    (ت after a feminine title, ي after a masculine one) and with the verb at k, and is a known verb form or
    has an object with a pronoun suffix after it ("المدير يجدد التزامه …، ويؤكد أن"). "المدير يوسف، ويقول إن"
    and "الوزير يحيى …" keep the name.
    """
    if phrase.mode != "person" or phrase.end - phrase.start != 2 or phrase.end >= k:
        return None
    title, word = toks[phrase.start].text, toks[phrase.start + 1].text
    if not _is_al(title) or not _verb_shaped(word) or not _verbs_agree(word, toks[k].text[1:]):
        return None
    feminine = title.endswith("ه")  # ة is folded to ه: "الوزيرة" (a title in ه, "الفقيه", is rare)
    if word[:1] != ("ت" if feminine else "ي"):
        return None
    after = toks[phrase.end].text
    # After a masculine title's verb a lone ه may be "his" too ("يجدد التزامه"), though it is also a folded ة.
    his = not feminine and after.endswith("ه") and len(after) >= 4  # "ثقته"
    if not (_verb_lemma(word) or his or len(after) > 4 and after.endswith(_OBJECT_PRONOUNS)):
        return None
    return _Phrase(phrase.start, phrase.start + 1, "person", False)


def _subject_first_clause(toks: list[_Tok], k: int) -> _Phrase | None:
    """For "وزارة الصحة تجدد دعوتها …، وتؤكد أن" return the subject that opens the sentence before its verb.

    A verb joined by و after the first comma past the opening verb shares that verb's subject when the two
    agree; the subject must be able to speak (a person, a body, a name, people). "الأسعار ترتفع …، وتؤكد"
    has a thing for subject, and "الوزارة تجدد …، ويؤكد" a verb that agrees with someone else.
    """
    start = _after_connective(toks) or _after_dateline(toks)
    phrase = _parse_np(toks, start) if start < k else None
    if phrase is not None:
        phrase = _title_before_its_verb(toks, phrase, k) or phrase
    if phrase is None or phrase.start != start or phrase.end >= k - 2:
        return None
    head = toks[phrase.start].text
    people = phrase.mode == "group" and (_strip_al(head) in _SOURCE_NOUNS or bool(_SOUND_PLURAL.match(head)))
    if not (phrase.mode in ("person", "org") or phrase.mode == "name" and phrase.named or people):
        return None
    at = _past_description(toks, _past_bracket(toks, phrase.end), k)
    verb = toks[at].text if at < k else ""
    if not (_verb_shaped(verb) or _verb_lemma(verb) or verb in _SCENE_VERBS) \
            or not _verbs_agree(verb, toks[k].text[1:]):
        return None
    first_comma = next(m for m in range(at, k) if toks[m].text in "،,؛;" or m == k - 1)
    return phrase if first_comma == k - 1 else None


_DESCRIPTION_WORDS = 8  # "، آخر "صبّان" في العائلة،"، "، وهي أم لثلاثة أطفال،"


def _past_description(toks: list[_Tok], j: int, k: int) -> int:
    """Return the index after a description of the subject set off by commas at toks[j] ("، آخر الحرفيين في الحي،"),
    else j. It holds words, figures and quotes only: no verb, إن/أن or relative, which open a clause of their own."""
    if j >= k or toks[j].text not in "،,":
        return j
    for m in range(j + 1, min(k, j + _DESCRIPTION_WORDS + 2)):
        t = toks[m].text
        if t in "،,":
            return m + 1 if m > j + 1 else j
        if not (t.isalnum() or t in _QUOTES) or _verb_lemma(t) or t in _THAT or t in _RELATIVE:
            return j
    return j


_CONNECTIVE_WORDS = 3  # "في المقابل،"، "من جهته،"، "وفي الوقت نفسه،"


_GROUP_COUNTS = _words("عدد عشرات مئات آلاف بعض مجموعة")
_PLURAL_PEOPLE = re.compile(r"^(?:ال)?.{3,}(?:ون|ين)$")  # مربون، المحتجين


def _group_of_pronoun(toks: list[_Tok], k: int) -> _Phrase | None:
    """Return the group that "أحدهم" before the verb at k belongs to, named earlier in the sentence, or None.

    "عبّر عدد من أولياء الأمور عن استيائهم، إذ كتب أحدهم" → "عدد من أولياء الأمور"; "عبّر مربون بالمنطقة عن
    تخوفهم، حيث قال أحدهم" → "مربون بالمنطقة" (the opening verb's plural subject).
    """
    for m in range(k - 2):
        if toks[m].text in _GROUP_COUNTS and (toks[m + 1].text == "من" or _is_al(toks[m + 1].text)):
            group = _parse_np(toks, m + 2 if toks[m + 1].text == "من" else m + 1)  # "عشرات العمال"
            if group is not None and group.end < k:
                return _Phrase(m, group.end, "group", False)
    start = _after_connective(toks)
    first = toks[start].text if start < k else ""
    if start + 1 < k and first.isalpha() and not (
            _is_al(first) or _is_title(first) or _is_institution(first) or _is_place(first)):
        group = _parse_np(toks, start + 1)
        if group is not None and group.end < k and _PLURAL_PEOPLE.match(toks[group.start].text):
            return group
    return None


# The writer's background openers: "يذكر أن"، "يشار إلى أن"، "تجدر الإشارة إلى أن"، "الجدير بالذكر أن".
_NOTED = _words("يذكر ويذكر يشار ويشار تجدر وتجدر الجدير والجدير")
_NOTED_WORDS = 4  # "تجدر الإشارة إلى أن"


def _after_noted_that(toks: list[_Tok]) -> int:
    """Return where the clause after "يذكر أن" starts, or 0: "يذكر أن البنك حذر …" has the bank as its subject."""
    if not toks or toks[0].text not in _NOTED:
        return 0
    return next((m + 1 for m in range(1, min(len(toks), _NOTED_WORDS + 1)) if toks[m].text in _PLAIN_THAT), 0)


_ALSO = _words("كما وكما")


def _after_connective(toks: list[_Tok]) -> int:
    """Return where the sentence goes on after an opening connective phrase closed by a comma, or 0."""
    first = toks[0].text if toks else ""
    if not (first in _STOP or first[:1] == "و" and first[1:] in _STOP) or _verb_despite_folding(toks[0]):
        return 0  # "وهنأ الوزير الفائزين،": a verb, not the connective "وهنا،"
    for m in range(1, min(len(toks), _CONNECTIVE_WORDS + 1)):
        if toks[m].text in "،,":
            return m + 1
        if not toks[m].text.isalpha():
            break
    return 0


_PLACE_PREPOSITIONS = _words("في فى وفي داخل وداخل أمام وأمام عند وعند قرب وقرب وسط ووسط")
_ON = _words("على وعلى")  # "على ضفة النهر،": spelled with ى, since علي is also a name ("علي حسن، …")
_PLACE_PHRASE_WORDS = 10  # "في حقله الواقع بتفتيش الكيلو 57 جنوبي المدينة،"


def _after_opening_place(toks: list[_Tok]) -> int:
    """Return where the sentence goes on after an opening phrase of place closed by a comma, or 0.

    "في ورشته الصغيرة بحي الميناء، يصلح الحرفي سعيد بلقاسم المحركات، ويقول:"، "على ضفة النهر، يقف الصياد …":
    the scene set first, then the verb and its subject. Only words and numbers stand in it: no quote, no verb clause of its own.
    """
    if not toks or not (toks[0].text in _PLACE_PREPOSITIONS
                        or toks[0].text in _ON and toks[0].raw.endswith("ى")):
        return 0
    for m in range(1, min(len(toks), _PLACE_PHRASE_WORDS + 1)):
        t = toks[m].text
        if t in "،,":
            return m + 1 if m >= 2 else 0
        if not (t.isalpha() or t.isdigit()) or t in _ANALYSE_SURFACE:
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
_STATEMENT_NOUNS = _words("بيان تصريح تصريحات مؤتمر حديث كلمة خطاب مقابلة رسالة تغريدة منشور لقاء رد بلاغ")
_HE_IS = _words("وهو وهي وهم وهما")
_WHO_THEY_ARE_WORDS = 12  # "، وهي نازحة تقيم في حي غويران بالمدينة،"


def _past_who_they_are(toks: list[_Tok], j: int) -> int:
    """Return the index after a description "، وهو/وهي …،" of the subject at toks[j], else j.

    Unlike _past_description it may hold a verb ("، وهو مزارع يملك أرضاً،"), but no إن/أن or quote: those
    are the speech itself.
    """
    if j + 1 >= len(toks) or toks[j].text not in "،," or toks[j + 1].text not in _HE_IS:
        return j
    for m in range(j + 2, min(len(toks), j + _WHO_THEY_ARE_WORDS + 2)):
        t = toks[m].text
        if t in "،,":
            return m + 1
        if t in _THAT or t in _QUOTES or t in ".:؛;!?؟":
            return j
    return j
# An unnamed source's request not to be named: "طلب عدم الكشف عن اسمه"، "فضلت عدم ذكر هويتها".
_ANONYMITY = _words("اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم")


_WHERE_AND_WHEN = _words("أمام في فى خلال لدى عقب بعد من على")  # "أمام أنصاره في أوسلو ليل الاثنين"
_WHERE_AND_WHEN_WORDS = 8
_THAT_OR_COLON = _PLAIN_THAT | frozenset(":")


def _after_where_and_when(toks: list[_Tok], j: int) -> str:
    """Return the token after where, when and to whom something was said, from toks[j], or "".

    "وقال ستوره أمام أنصاره في أوسلو ليل الاثنين: «…»"، "وأضاف صقور للصحفيين في عمّان أن": plain words opened by a
    preposition of place or time or by a time word, up to a colon or إن/أن; a verb, a quote or a figure ends the
    reading with nothing.
    """
    n = len(toks)
    m = _addressee_end(toks, j)
    if m == j and not (j < n and (toks[j].text in _WHERE_AND_WHEN or toks[j].text in _TEMPORAL)):
        return ""
    for e in range(m, min(n, j + _WHERE_AND_WHEN_WORDS + 1)):
        t = toks[e].text
        if t in _PLAIN_THAT or t == ":":
            return t if e > j else ""
        if not t.isalpha() or _verb_lemma(t) or t in _THAT:
            return ""
    return ""


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


def _describes(toks: list[_Tok], start: int, end: int) -> bool:
    """Say whether toks[start:end] reads as a description set off after a name: "صاحب الدفعة الفائزة".

    A description is words with no speech verb in them and no و/ف opening a clause or a second subject
    ("سامي، وزوجته، قالا"); a verb after it is then the named person's.
    """
    segment = toks[start:end]
    if not segment or not segment[0].text.isalpha() or segment[0].text[:1] in "وف":
        return False
    # (figures too: "سائق يبلغ من العمر 43 عاماً ويعمل على التطبيق منذ 2019")
    return all(t.text.isalnum() and not _verb_lemma(t.text) or t.text in "«»\"()" for t in segment)


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
              or toks[m + 1].text in _HE_IS  # "لكن الوزير، وهو عضو في الحزب، قال"
              or _branch_apposition_end(toks, m) == comma + 1)  # "غير أن الجمعية، فرع تارودانت، اعتبرت"
    start = _clause_start(toks, m)
    cs, subject_toks = _past_contrast(toks, start)
    phrase = _parse_np(subject_toks, cs) if cs < m else None
    if phrase and (phrase.end == comma or (insert and phrase.end == m)):
        return phrase
    if insert:
        return None
    if phrase and phrase.end == m and phrase.named and phrase.mode in ("person", "name") \
            and _describes(toks, m + 1, comma):
        return phrase  # "منى سعيد، أم لثلاثة أبناء، ترى أن": a named person, then what she is
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


# Rulebooks and contracts that fix a figure: "جائزة قدرها 5 ملايين، بحسب لائحة المسابقة"، "وفق عقد اللاعب".
# They state the figure but say nothing, so they name a claimant and never a speaker.
_RULEBOOKS = _words("قانون قوانين لائحة لوائح نظام أنظمة دستور مرسوم شروط أحكام اتفاق اتفاقية عقد عقود")


# "نشرته"، "أصدرته"، "نشرها": a verb of publishing whose subject is the pronoun it carries.
_PUBLISHED_IT = _words("نشرته نشرتها نشره نشرها أصدرته أصدرتها أصدره أصدرها")


def _own_statement_author(toks: list[_Tok], k: int, j: int) -> _Phrase | None:
    """Return the sentence's subject when its source is its own statement: "وأحصت مصالح الولاية، وفق بيان نشرته على
    صفحتها، 37 مسكناً" → مصالح الولاية. The document is indefinite and the verb after it has no subject of its own
    (a preposition or a comma follows); the subject ends right at the comma before the source word."""
    n = len(toks)
    if not (j + 2 < n and not _is_al(toks[j].text) and toks[j].text in _DOCUMENT_NOUNS
            and toks[j + 1].text in _PUBLISHED_IT and (toks[j + 2].text in _STRONG_END or toks[j + 2].text in _STOP
                                                       or toks[j + 2].text in _TEMPORAL or _prepositional(toks[j + 2].text))
            and k >= 3 and toks[k - 1].text in "،,"):
        return None
    subject = _parse_np(toks, 1) if _verb_shaped_opening(toks[0].text) else None
    return subject if subject is not None and subject.end == k - 1 and subject.mode != "place" else None


def _verb_shaped_opening(t: str) -> bool:
    """Say whether a sentence's first word reads as a past verb with و/ف: "وأحصت"، "وأوقفت"، "فسجلت"."""
    return t[:1] in "وف" and len(t) > 3 and (t.endswith("ت") or _verb_lemma(t) is not None)


def _source_phrase(toks: list[_Tok], *, outside_quotes: bool = False) -> _Found | None:
    """Find "وفقا لـ / بحسب / نقلا عن / على لسان + source".

    outside_quotes: skip a source word inside a quotation, the quoted speaker's own words: in
    "مؤكداً أن اللجنة "ستواصل تقييم قراراتها وفقاً للبيانات الواردة"" the data name no speaker.
    """
    n = len(toks)
    # Only a source word (or علي of على لسان) starts a reading: find them with C-level iteration.
    for k in compress(count(), map(_SOURCE_STARTS.__contains__, map(_TOK_TEXT, toks))):
        if outside_quotes and _inside_quotation(toks, k):
            continue
        t = toks[k].text
        bare = _bare_source_word(t)
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
        said = bare == "حسبما"
        if j < n and toks[j].text in ("ل", "الي", "إلى", "عن", "لما", "ما"):
            j += 1
            if j < n and toks[j].text in _SOURCE_VERBS:
                j += 1
                said = True
        elif j < n and toks[j].text.startswith("لما") and toks[j].text[3:] in _SOURCE_VERBS:
            j += 1
            said = True
        if said is False and j < n and toks[j].text in _LEARNED_FORMS and toks[j - 1].text in ("ما", "لما"):
            learned_at = next((m for m in range(j + 2, min(n, j + 2 + _LEARNED_WINDOW)) if toks[m].text == "من"), None)
            learned = _learned_from(toks, learned_at) if learned_at is not None and not any(
                toks[m].text in "،,:؛;" for m in range(j + 1, learned_at)) else None
            if learned is not None:
                found = _found(toks, learned, (toks[k].start, toks[learned_at].end))
                return _Found(found.start, found.end, found.cue, False, False)
        while j < n and (toks[j].text in ("به", "بها", "ب", "عنه", "عنها") or toks[j].text in _QUOTES):
            j += 1  # "بحسب ما أفادت به الشرطة"، "حسب ما أعلنت عنه الوكالة"، "طبقاً لـ"الهيئة العامة للإحصاء""
        if j + 1 < n and (toks[j].text in _LATEST or toks[j].text[:1] == "ل" and toks[j].text[1:] in _LATEST) \
                and (_document_noun(toks[j + 1]) or _strip_al(toks[j + 1].text) in _INDICES):
            # "بحسب آخر إحصاء للوزارة"، "وفقاً لآخر تقرير للمرصد"، "ووفق أحدث نشرة للمصرف": the author of the
            # count is the source; "وحسب آخر المؤشرات الصادرة عن البنك": a published index's issuer
            j += 1
        patched = toks
        if j < n and toks[j].text.startswith("ل") and not toks[j].text.startswith("لل") and len(toks[j].text) > 3 \
                and not (_is_institution(toks[j].text) or _is_title(toks[j].text)):  # "لجان المقاومة" keeps its ل
            # "وفقا لوزارة الصحة": read the source without its ل.
            tj = toks[j]
            patched = toks[:j] + [_Tok(tj.text[1:], tj.start + 1, tj.end, tj.tanween, tj.raw[1:])] + toks[j + 1:]
        elif j < n and toks[j].text.startswith("لل") and len(toks[j].text) > 4:
            tj = toks[j]
            # "للتلفزيون الرسمي": the article's alif is not written; the span starts after لل.
            text, skip = "ال" + tj.text[2:], 2
            if not _is_institution(text) and _is_institution(tj.text[1:]):
                # A body whose own name opens with ل: "للجنة" is ل + لجنة in construct ("وفقاً للجنة الانتخابات
                # المركزية"), else ل + اللجنة ("وفقاً للجنة، بلغت"، "للجنة العليا"; the name is mended later).
                following = toks[j + 1].text if j + 1 < n else ""
                construct = _is_al(following) and not definite_by_adjective(tj.text[1:] + " " + following)
                text, skip = (tj.text[1:], 1) if construct else ("ال" + tj.text[1:], 2)
            patched = toks[:j] + [_Tok(text, tj.start + skip, tj.end, tj.tanween, tj.raw[skip:])] + toks[j + 1:]
        owned = _as_owned_post(patched, j)
        if owned is not None:
            # "بحسب مديرها العام"، "وفقاً لوزيرتها": the body's own official is a bare title, resolved as
            # "المدير العام" is; the span keeps the words as written.
            patched = owned
        if j + 1 < n and (_strip_al(patched[j].text) in _DATA_NOUNS or patched[j].text in _THE_SOURCE) \
                and toks[j + 1].text in _SAME:
            continue  # "وحسب المعطيات ذاتها"، "حسب المصدر ذاته": the data or source named before, not a new one
        if j < n and patched[j].text in _RULEBOOKS:
            continue  # "وفق نظام الكوتا"، "بحسب قانون الانتخابات": a rule that fixes, no source (rule_source)
        # "حسب ما أكده المزارعون": the verb's subject is who says it, read as after any verb of saying
        phrase = _parse_np(patched, j, strict=not said)
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
        if (phrase is None or phrase.start == j and phrase.mode not in ("person", "org")) and j < n \
                and (_names_document(patched[j]) or patched[j].text in _QUOTED_PRICES
                     or _strip_al(patched[j].text) in _INDICES):
            phrase = _issuer_further_on(patched, j) or phrase  # "وفق نشرة … صادرة عن المديرية"
        if phrase is not None and phrase.start == j and phrase.end == j + 1:
            phrase = _own_statement_author(toks, k, j) or phrase
        # "بحسب ما رصدته "بلدي نيوز""، "وفق "نبض الشارع"": a quoted name is a name up to its closing mark, whatever
        # the shape of its words (a verbal noun's: نبض)
        quoted = _quoted_source_name(toks, j) if j > k + 1 and toks[j - 1].text in _QUOTES else None
        if quoted is not None and (phrase is None or phrase.start != j or phrase.end < quoted.end):
            phrase = quoted
        # A name shaped like a verbal noun is no source, unless an attribution noun names it ("رصد عنب بلدي").
        if phrase and (phrase == quoted
                       or not (phrase.mode == "name" and phrase.start == j and _masdar_like(patched[j].text))):
            found = _found(patched, phrase, (toks[k].start, toks[max(k, j - 1)].end))
            # A bare body ("وقعت شركة X …، وفق إفصاح نشرته الشركة") is the body named earlier in the sentence;
            # one named in an earlier sentence may be another ("بحسب الغرفة" after two chambers): it stays bare.
            bare_body = found.title_only and phrase.mode == "org"
            # The body's own official ("بحسب مديرها العام") is the one the article named before.
            owned_post = owned is not None and found.title_only and phrase.start == j
            return _Found(found.start, found.end, found.cue, bare_body or owned_post, False, own_sentence=bare_body)
    return None


_QUOTED_SOURCE_WORDS = 6  # "«جمعية حماية المستهلك»"، "«بلدي نيوز»"


def _quoted_source_name(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return the name from toks[j] to its closing quotation mark, a few words with no verb, digit or إن/أن, else None."""
    close = next((m for m in range(j + 1, min(len(toks), j + _QUOTED_SOURCE_WORDS + 1)) if toks[m].text in _QUOTES),
                 None)
    if close is None or not all(_name_like(t) or _is_al(t.text) and t.text not in _STOP for t in toks[j:close]):
        return None
    return _Phrase(j, close, "name", True)


def _source_by_surname(toks: list[_Tok], surnames: set[str] | frozenset[str]) -> _Found | None:
    """Return the surname in "وفق السليماني،" / "بحسب الحياري." when an earlier sentence named its bearer.

    The noun phrase reader takes a lone ال- surname for a common noun ("وفق القانون"); a word the article
    already gave a first name to is the person.
    """
    n = len(toks)
    for k in compress(count(), map(_SOURCE_WORD_STARTS.__contains__, map(_TOK_TEXT, toks))):
        j = k + 1
        if j < n and (j + 1 == n or toks[j + 1].text in _STRONG_END) and toks[j].text in surnames \
                and not _inside_quotation(toks, k):
            return _Found(toks[j].start, toks[j].end, (toks[k].start, toks[k].end), False, False)
    return None


def _inside_quotation(toks: list[_Tok], k: int) -> bool:
    """Say whether toks[k] stands inside a quotation the sentence opened before it (an odd count of quote marks)."""
    return sum(map(_QUOTES.__contains__, map(_TOK_TEXT, toks[:k]))) % 2 == 1  # counted at C level


_ISSUER_WINDOW = 10  # words from a document to "صادرة عن" / "التي أعلنتها" past its description
# After a source word, a research paper is a document too: "بحسب بحث الدخل والإنفاق الصادر عن الجهاز". Alone,
# "بحث" is as often the verb "discussed" ("وبحث الوزير …"), so it is no document noun elsewhere.
_RESEARCH = _words("بحث البحث أبحاث الأبحاث")


# A published index is read as a document when its issuer is named: "مؤشر أسعار المستهلك الصادر عن الإدارة".
_INDICES = _words("مؤشر مؤشرات")


def _names_document(tok: _Tok) -> bool:
    """Say whether tok names a report, a bulletin, a decision or results: نشرة، القرار، النتائج."""
    bare = _strip_al(tok.text)
    return bare in _DOCUMENT_NOUNS or bare in _STATEMENT_DOCUMENTS or bare in _RESULT_HEADS or _document_noun(tok) \
        or tok.text in _RESEARCH


def _issuer_further_on(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return who issued the document at toks[j], named after its description, or None.

    "بحسب قرار لمجلس الوزراء"، "وفق نشرة إنذارية من مستوى يقظة برتقالي صادرة عن المديرية العامة"،
    "وفق النتائج غير الرسمية التي أعلنتها الماكينات الانتخابية". The description ends at a comma or at
    another verb: "وفق البيان، أعلنته الوزارة" or "بحسب التقرير الذي يرصد …" name no issuer.
    """
    n = len(toks)
    if j + 1 < n and not _is_al(toks[j].text) and toks[j + 1].text[:1] == "ل":
        author = _author_at(toks, j + 1)  # "قرار لمجلس الوزراء"، "بيان للجيش"
        if author and author.mode in ("person", "org"):
            return author
    for m in range(j + 1, min(n, j + 1 + _ISSUER_WINDOW)):
        t = toks[m].text
        if t in _STRONG_END:
            return None
        if t in _ISSUED_BY:
            return _author_at(toks, m + 2, agent=True) if m + 1 < n and toks[m + 1].text == "عن" else None
        if t in _ISSUED_IT or t in _TRADED_IT:
            return _author_at(toks, m + 1, agent=True)
        if t in _PUBLISHED and m + 3 < n and toks[m + 1].text in _ON_OR_IN and toks[m + 2].text in _OUTLET_PAGES:
            # "بحسب نتائج المزاد المنشورة على موقع البنك": whose site published the results
            return _author_at(toks, m + 3, agent=True)
        if t in _PUBLISHED and m + 3 < n and toks[m + 1].text in _ON_OR_IN and _is_al(toks[m + 2].text) \
                and _strip_al(toks[m + 2].text) in _OUTLET_PAGES:
            # "وفق البيانات المنشورة على الموقع الإلكتروني للبنك المركزي": the page, its adjectives, then ل + its owner
            e = m + 3
            while _adjective_at(toks, e):
                e += 1
            if e < n and toks[e].text[:1] == "ل":
                owner = _author_at(toks, e, agent=True)
                return owner if owner is not None and owner.mode in ("person", "org") else None
            return None
        if _verb_lemma(t):
            return None
    return None


# Prices quoted by those who trade at them: "وفقاً لأسعار تداولها صرافون في المدينة" → صرافون.
_QUOTED_PRICES = _words("أسعار لأسعار")
_TRADED_IT = _words("تداولها تداوله يتداولها يتداوله")
# Where a body publishes: "المنشورة على موقع البنك"، "المعلنة في صفحة الوزارة".
_ON_OR_IN = _words("على في عبر")
_OUTLET_PAGES = _words("موقع صفحة حساب منصة")


# Documents and plans read by their owner after a source word: "وفق خطة الحكومة" → الحكومة.
_OWNED_DOCUMENTS = _STATEMENT_DOCUMENTS | _words("خطة خطط برنامج استراتيجية اتفاقية توجيهات تعليمات")
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
