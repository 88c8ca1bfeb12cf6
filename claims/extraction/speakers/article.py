"""The article level: attribute_sentences gives each sentence its speaker, carrying speakers over and resolving
bare titles across sentences (_Surnames, _Parsed, _CueWords, _resolve_title); figure_sources, rule_source and
figure_setter name who states, fixes or sets a figure in a sentence; speaker_clauses splits a sentence two
speakers share; opens_report and continues_report tell
the pipeline where a report opens and goes on. It imports from lexicon, phrases, clauses and names.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress, count, islice
from operator import itemgetter

from ..dates import sub_lal
from ..numbers import lookup_word, normalize_word
from ..types import Attribution, Sentence
from .clauses import (
    _APPOSITION_WINDOW,
    _counted_subject,
    _ISSUE_STARTS,
    _RULEBOOKS,
    _SOURCE_STARTS,
    _SOURCE_WORD_STARTS,
    _THE_SOURCE,
    _THEREBY,
    _THIS,
    _TOK_START,
    _TOK_TEXT,
    _split_tokens,
    _UNDER,
    _WHAT_POINTS_BACK,
    _after_at_a_time,
    _after_described_noun,
    _DESCRIBED_BY,
    _after_connective,
    _after_dateline,
    _body_seat,
    _after_opening_place,
    _after_kana_subject,
    _act_told_by_source,
    _analyse,
    _owned_subject,
    _called_after,
    _called_name,
    _crew_recording,
    _named_before_colon_quote,
    _data_noun_source,
    _backward_np,
    _clause_start,
    _decision_maker,
    _describes_indefinite,
    _first_clause_subject,
    _object_before_ba,
    _participle_agent,
    _past_contrast,
    _quoted_topic,
    _past_inserts,
    _PLURAL_PEOPLE,
    _raw_end,
    _relayed_from,
    _replied_with,
    _skip_adverbs,
    _source_phrase,
    _time_phrase_end,
    _VERBS_WITH_OBJECT,
    _tokens,
    _verb_subject,
    _without_object,
    _without_possessed_object,
)
from .lexicon import (
    _POSSESSED,
    _owned_title,
    _AMMA,
    _ANALYSE_SURFACE,
    _ARABIC_LETTER,
    _AT_A_TIME,
    _CARRY_WINDOW,
    _CONTRAST,
    _DOCUMENT_NOUNS,
    _ESTIMATE_B,
    _GATED_SURFACE,
    _ISSUED_BY,
    _ISSUED_IT,
    _KANA,
    _NOUN_SHAPED_NAMES,
    _PARTICIPLES,
    _REMINDING,
    _PRE_VERB,
    _QUOTES,
    _RECORD_VERBS,
    _RELATIVE,
    _SOURCE_NOUNS,
    _SOURCE_WORDS,
    _STOP,
    _TEMPORAL,
    _THAT,
    _TOKEN,
    _UNNAMED_SOURCES,
    _VERB_OF,
    _VERB_SURFACE,
    _Carry,
    _CarryBody,
    _CarryPrevious,
    _CarrySource,
    _Found,
    _is_al,
    _is_institution,
    _is_place,
    _is_title,
    _masdar_like,
    _Normalized,
    _NormalizedView,
    _Phrase,
    _strip_al,
    _Tok,
    _verb_lemma,
    _while_opener,
    _words,
    normalize,
)
from .names import _person_name
from .phrases import (
    _DATA_NOUNS,
    _DESCRIBING_VERBS,
    _SCENE_VERBS,
    _PLAIN_THAT,
    _SAME,
    _addressee_end,
    _adjective_at,
    _crew_named_before,
    _document_author,
    _parse_np,
    _quoted_name,
    _definite_sound_plural,
    _recorder,
    _recording_means,
)

# --------------------------------------------------------------------------- the article


def _common_word(t: str) -> bool:
    """Say whether a plain word (no ال-) is no name: a particle, verb, title, body, place, source or possessed noun."""
    return t in _STOP or bool(_verb_lemma(t)) or _is_title(t) or _is_institution(t) or _is_place(t) \
        or t in _SOURCE_WORDS or t in _SOURCE_NOUNS or bool(_POSSESSED.search(t)) or not t.isalpha()


class _Surnames(set):
    """The surnames of the article's named speakers, and of any full name written before the sentence.

    "بحضور وزير المياه المهندس سامر الحياري. وبيّن الحياري أن …": الحياري was named, though not as a
    speaker. Only the gated verbs (بيّن، أبرز) ask, so the earlier text is searched only then.
    """

    def __init__(self, whole: _Normalized) -> None:
        super().__init__()
        self._text = whole.text
        self.before = 0  # where the current sentence starts in the normalised body

    def bracketed(self, word: str) -> bool:
        """Say whether the text before the sentence gave word in brackets, as a body's short name: "(آفاد)"."""
        return self._text.find("(" + normalize(word) + ")", 0, self.before) >= 0  # "آفاد" is kept unfolded

    def __contains__(self, word: object) -> bool:
        if set.__contains__(self, word):
            return True
        if not isinstance(word, str) or len(word) < 4:
            return False
        if not _is_al(word):
            # "يوناس جار ستوره … وقال ستوره": a family name shaped like a noun with a pronoun or in ة, which the
            # name reader turns down alone, named in full before; "فاز خوسيه أنطونيو كاست … وتعهد كاست": any
            # family name
            return not _common_word(word) and self._closes_name(word)
        if len(word) < 5 or _strip_al(word) in _SOURCE_NOUNS or _strip_al(word) in _DATA_NOUNS:
            return False  # "وأبرز النتائج أن": what is shown, not who shows it
        return self._closes_name(word)

    def _closes_name(self, word: str) -> bool:
        """Say whether the text before the sentence wrote word right after a first name: "سامر الحياري"."""
        text, at = self._text, 0
        while (at := text.find(" " + word, at, self.before)) > 0:
            first = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
            end = at + 1 + len(word)
            if end <= len(text) and (end == len(text) or not text[end].isalpha()) and first.isalpha() \
                    and not (_is_al(first) or first in _STOP or _verb_lemma(first) or _is_title(first)
                             or _is_institution(first) or _is_place(first) or first in _SOURCE_WORDS
                             or (not _is_al(word) and (_common_word(first) or _masdar_like(first)
                                                       and first not in _NOUN_SHAPED_NAMES))):
                return True  # "سامر الحياري": a first name before it
            at += 1
        return False


# An imperfect marked passive by the damma on its prefix: "ويُتوقع"، "يُعتقد"، "ويُستبعد" (forms V to X, four letters
# or more after the prefix). Forms II to IV take that damma in the active too ("يُؤكد"، "يُقدّر"، "يُطالب"), so a
# stem of three letters, or one of the shape فاعل, tells nothing.
_PASSIVE_PREFIX = re.compile(r"^[وف]?[يت]\u064f([\u0621-\u064a\u0651-\u0652\u064e-\u0650]+)$")
_ARABIC_MARKS = re.compile("[\u064b-\u0652]")


def _passive_imperfect(written: str) -> bool:
    """Say whether a verb as written is an imperfect passive by the damma on its prefix: "ويُتوقع"."""
    m = _PASSIVE_PREFIX.match(written)
    if m is None:
        return False
    stem = _ARABIC_MARKS.sub("", m.group(1))
    return len(stem) >= 4 and not (len(stem) == 4 and stem[1] == "ا")


class SentenceReadings:
    """The sentences of one article, each normalised and tokenised once: attribute_sentences normalises the whole
    body and reads the sentences that hold a cue, and figure_sources, rule_source and figure_setter read the same
    sentences again (a sentence no cue made it tokenise is tokenised on first use, from the same normalised
    body). Made for one article and dropped with it (the tokens belong to its body).
    """

    __slots__ = ("_by_span",)

    def __init__(self) -> None:
        self._by_span: dict[tuple[int, int], _Parsed] = {}

    def keep(self, item: _Parsed) -> None:
        """Keep a sentence of attribute_sentences, when its tokens are those of the sentence read alone."""
        tanween = item.norm.tanween
        if tanween and (0 in tanween or len(item.norm.text) in tanween):
            # A view of the whole body also holds the tanween right before or after the sentence, which the
            # sentence read alone does not: its tokens may differ.
            return
        self._by_span[item.s0, item.s0 + len(item.raw)] = item


def _read_sentence(body: str, sentence: Sentence, readings: SentenceReadings | None = None,
                   ) -> tuple[int, int, str, _NormalizedView, list[_Tok]]:
    """Return a sentence's bounds in the body, its raw text, its normalised view and its tokens (see
    SentenceReadings: read once per article when readings are given)."""
    item = _parsed_sentence(body, sentence, readings)
    return item.s0, item.s0 + len(item.raw), item.raw, item.norm, item.toks


def _parsed_sentence(body: str, sentence: Sentence, readings: SentenceReadings | None = None) -> _Parsed:
    """Return a sentence read once per article when readings are given (see _read_sentence)."""
    s0, s1 = max(0, sentence.start), min(len(body), sentence.end)
    raw = body[s0:s1]
    item = readings._by_span.get((s0, s1)) if readings is not None else None
    if item is None:
        item = _Parsed(_Normalized(raw).view(0, len(raw)), raw, s0)
        if readings is not None:
            readings._by_span[s0, s1] = item
    return item


def attribute_sentences(body: str, sentences: list[Sentence], *,
                        words: tuple[list[str], list[int]] | None = None,
                        readings: SentenceReadings | None = None) -> list[Attribution | None]:
    """Return, for each sentence, who it is attributed to (carried over for "وأضاف"), or None.

    words, when given, are the \\w+ runs of the normalised body and their offsets, as
    dates.normalise_body finds them: cue words are then looked up once for the whole body
    instead of splitting every sentence. readings, when given, keep the tokens read here for
    figure_sources, rule_source and figure_setter.
    """
    body = body or ""
    results: list[Attribution | None] = []
    last: tuple[int, Attribution] | None = None  # index and attribution of the last speaker
    sourced: Attribution | None = None  # the last source named by a source phrase: "وفق ما أفاد به المعهد"
    named: list[Attribution] = []  # speakers with a name, most recent last
    last_person: tuple[int, Attribution] | None = None  # the last speaker named as a person, and his sentence
    surnames = _Surnames(whole := _Normalized(body))  # the last name word of each named speaker: "العجارمة"
    bodies: list[tuple[int, Attribution]] = []  # speakers with no personal name (bodies, sources), most recent last
    parsed: list[_Parsed] = []
    open_quote = 0  # sentences left in a quotation that an attributed sentence opened
    unresolved: list[int] = []  # summary sentences whose speaker is a bare title
    cues = _CueWords(words, len(whole.text)) if words is not None and "ۀ" not in body else None
    labels = _interview_labels(body, whole) if ":" in body else []
    # the person the last name label named; for answers under ج/جواب, the one the introduction says was met
    interviewee: Attribution | None = _introduced_interviewee(body, labels)
    for i, sentence in enumerate(sentences):
        s0, s1 = max(0, sentence.start), min(len(body), sentence.end)
        s1 = max(s0, s1)
        raw = body[s0:s1]
        norm = whole.view(s0, s1)
        item = _Parsed(norm, raw, s0)
        parsed.append(item)
        if readings is not None:
            readings.keep(item)  # now: _last_clause_speaker reads earlier sentences again
        # Most sentences hold no cue at all: a word lookup spares them the full reading.
        may = cues.in_view(norm) if cues is not None else None
        if may is None:
            may = _may_attribute(norm.text, item.words)
        surnames.before = norm.start
        result = _analyse(item.toks, surnames, item.subjects) if may else None
        if isinstance(result, (_Found, _CarryBody)):
            result = _data_noun_source(item.toks, result) or result  # "الأرقام"، "إحصاءات للوزارة"
        if isinstance(result, _Found) and _addressed_body(norm.text, result):
            result = _Carry(result.cue)  # "وطالب وزارة البيئة بتركيب شباك": he (the last speaker) asks the ministry
        if result is None and ":" in raw:
            result = _named_before_colon_quote(item.toks, whole.text[:norm.start])  # no speech verb: "غير أن X لا تخفي قلقها: «…»"
        if type(result) is _Carry and _passive_imperfect(raw[norm.raw(result.cue[0]):norm.raw(result.cue[1] - 1) + 1]):
            result = None  # "ويُتوقع أن تنطلق المرحلة الثانية غداً": "it is expected", no one goes on speaking
        # The first token is a record verb only if the first word is one (_tokens only unfolds verbs into other
        # words and joins "د." into الدكتور): a sentence with no cue is not tokenised for the test.
        opening = item.opening_words if result is None else None
        if opening and _VERB_SURFACE.get(opening[0]) in _RECORD_VERBS \
                and _VERB_SURFACE.get(item.toks[0].text) in _RECORD_VERBS:
            result = _crew_recording(item.toks, whole.text[:norm.start])  # "وسجل الفريق …" after "فريق الرصد"
        if isinstance(result, _CarryBody) and result.fallback is not None \
                and not (bodies and i - bodies[-1][0] <= _BODY_WINDOW):
            result = result.fallback  # no body spoke before: the document stays the speaker
        attribution: Attribution | None = None
        if isinstance(result, _Found):
            a, b = s0 + norm.raw(result.start), s0 + _raw_end(raw, norm.raw(result.end - 1) + 1)
            attribution = Attribution(body[a:b], a, b, _cue_text(raw, norm, result.cue))
            # "وقال مصدر"، "وقال مسؤول": an indefinite role is someone new, never the last speaker.
            if result.title_only and not (result.generic and not _is_al(normalize(attribution.speaker))):
                institution = _is_institution(normalize(attribution.speaker))
                resolved = _same_body_as_last(attribution, last[1]) \
                    if institution and not result.own_sentence and last and i - last[0] <= _CARRY_WINDOW else None
                if resolved is None:
                    resolved = _resolve_title(body, attribution, [] if result.own_sentence else named,
                                              parsed[-1:] if result.own_sentence else parsed[:-1],
                                              need_name=not institution)
                if resolved is None and opened_by_source_word(attribution.cue) and _owned_post(attribution.speaker):
                    # "بحسب مديرها العام" says nothing as written: the post's fuller mention before, even unnamed
                    resolved = _resolve_title(body, attribution, named, parsed[:-1], need_name=False)
                if resolved is None and result.generic and last and i - last[0] <= _CARRY_WINDOW:
                    resolved = last[1]
                if resolved is None and not institution and last and i - last[0] <= _CARRY_WINDOW:
                    # "وقال وزير الداخلية التركي … وأضاف الوزير": the post the last speaker was given in full, unnamed
                    resolved = _same_body_as_last(attribution, last[1])
                same_one = _SAME_ONE.intersection(normalize(body[attribution.end:attribution.end + 8]).split()[:1])
                if same_one and result.generic and not institution and resolved is not None \
                        and _names_a_body(resolved.speaker) and last_person and i - last_person[0] <= _BODY_WINDOW:
                    # "وأوضح المسؤول نفسه" after a sentence a news agency sourced: the official who spoke
                    # before, not the agency
                    resolved = last_person[1]
                if resolved is not None:
                    attribution = Attribution(resolved.speaker, resolved.start, resolved.end,
                                              attribution.cue, carried=True)
                elif sentence.kind == "summary":
                    unresolved.append(i)
        elif isinstance(result, _CarryBody) and bodies and i - bodies[-1][0] <= _BODY_WINDOW:
            prev = _issuer_named_with(item, result, bodies, parsed, i) or bodies[-1][1]
            attribution = Attribution(prev.speaker, prev.start, prev.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif isinstance(result, _CarryPrevious) and last and last[0] == i - 1:
            prev = last[1]  # only the sentence right before: its report is what this one opens on
            attribution = Attribution(prev.speaker, prev.start, prev.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif isinstance(result, _CarrySource) and sourced and last and _person_name(last[1].speaker):
            # "بحسب المصدر نفسه" after a named person's quotes: a person is not called "the source"; the source
            # is the one a source phrase named before ("وفق ما أفاد به المعهد"، "وفقا لمصدر أمني").
            attribution = Attribution(sourced.speaker, sourced.start, sourced.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif isinstance(result, _Carry) and last and i - last[0] <= _CARRY_WINDOW:
            prev = _last_clause_speaker(body, sentences[last[0]], last[1], readings)
            last_gender = {_feminine_speaker(prev), _feminine_speaker(last[1])}
            if _feminine_cue(item) and False in last_gender and True not in last_gender:
                # "وأوضح المدير …. وقفت أم محمد في الطابور. تقول: …": she, not the man quoted before.
                woman = next(filter(None, map(_woman_introduced, reversed(parsed[last[0] + 1:i]))), None)
                if woman is not None:
                    prev = Attribution(body[woman[0]:woman[1]], woman[0], woman[1], prev.cue)
            elif not _feminine_cue(item) and i - last[0] > 1:
                # "قال المتحدث … . وفي حي فوه، وقف سالم باعوم أمام منزله. وقال: …": the man the story turned to
                man = next(filter(None, map(_man_in_scene, reversed(parsed[last[0] + 1:i]))), None)
                if man is not None:
                    prev = Attribution(body[man[0]:man[1]], man[0], man[1], prev.cue)
            attribution = Attribution(prev.speaker, prev.start, prev.end, _cue_text(raw, norm, result.cue),
                                      carried=True)
        elif type(result) is _Carry and last is None and i and ":" in raw and _quotes_right_after(item.toks, result):
            # A feature's first quote: "لم يكن أبو خالد، مربي الأبقار، يتوقع أن يخسر … . يقول لـ«شام إف إم»: «…»"
            # or "وقف أبو خالد أمام حظيرته. ويقول: «…»": no one spoke before; the person the story opened on does.
            introduced = _woman_introduced if _feminine_cue(item) else _man_introduced
            person = next(filter(None, map(introduced, reversed(parsed[max(0, i - 2):i]))), None)
            if person is not None:
                attribution = Attribution(body[person[0]:person[1]], person[0], person[1],
                                          _cue_text(raw, norm, result.cue), carried=True)
        elif result is None and open_quote and last and norm.text.strip():
            # Inside a quotation that runs over several lines: "نحن مستعدون …\nولن نسمح …".
            prev = last[1]
            attribution = Attribution(prev.speaker, prev.start, prev.end, prev.cue, carried=True)
        label = next((lab for lab in labels if lab[0] < s1 and s0 < lab[2]), None) if labels else None
        if label is not None:
            opening = s0 <= label[0]  # the sentence the label opens, not a later one of its paragraph
            if label[3] == "name" and opening:
                interviewee = Attribution(body[label[0]:label[1]], label[0], label[1], ":")
            if label[3] == "question" and opening:
                attribution = None  # the interviewer asks: "رصيف22: متى بدأت الفكرة؟"
            elif label[3] != "question" and (opening or attribution is None or attribution.carried):
                # The interviewee's answer, all its paragraph, unless a sentence names its own source.
                who = interviewee if label[3] == "name" or interviewee else (named[-1] if named else None)
                if who is not None:
                    attribution = who if opening and label[3] == "name" else \
                        Attribution(who.speaker, who.start, who.end, ":", carried=True)
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
            if not attribution.carried and opened_by_source_word(attribution.cue):
                sourced = attribution
            if not attribution.carried and _has_name(attribution.speaker):
                named.append(attribution)
                person = _person_name(attribution.speaker)
                if person:
                    surnames.add(person[-1])
                    if not _names_a_body(attribution.speaker):  # "وكالة السودان للأنباء (سونا)" names no person
                        last_person = (i, attribution)
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
    if any(noun in whole.text for noun in _STATEMENTS):
        # Every rule there asks for قوائم/ميزانية in a speaker or a sentence: a body without them has none to credit.
        _credit_statements_to_owner(parsed, results)
    return results


def _addressed_body(text: str, found: _Found) -> bool:
    """Say whether a masculine speech verb stands before a body in ة, which it cannot agree with: the body is its
    object ("وطالب وزارة البيئة بتركيب شباك"، "ودعا الحكومة إلى"), and the speaker is someone named before."""
    if found.cue[1] > found.start or text[found.cue[1]:found.start].strip():
        return False  # the body right after the verb, not an author read from a document's phrase
    words = text[found.start:found.end].split()
    if not words or (len(words) == 1 and not _is_al(words[0])):
        return False  # one word only with ال: "وقال محافظة إن" is a man named محافظة
    return words[0].endswith("ه") and _is_institution(words[0]) \
        and _feminine_speech_verb(text[found.cue[0]:found.cue[1]]) is False


# --------------------------------------------------------------------------- a woman the story follows


def _speech_form(word: str) -> tuple[str, str | None]:
    """Return a word without its و/ف when it is a speech verb form, and the verb's lemma (None for no verb)."""
    w = normalize(word)
    if w[:1] in "وف" and w[1:] in _VERB_OF:
        w = w[1:]
    return w, _VERB_OF.get(w)


def _feminine_speech_verb(word: str) -> bool | None:
    """Say whether a speech verb form is feminine (قالت، تقول، وتضيف) or masculine (قال، يقول، وأوضح);
    None for a word that is no plain speech verb form or whose gender the form does not show."""
    w, lemma = _speech_form(word)
    if lemma is None:
        return None
    if (w[:1] == "ت" and _VERB_OF.get("ي" + w[1:]) == lemma) or (w[-1:] == "ت" and _VERB_OF.get(w[:-1]) == lemma):
        return True
    if w[:1] == "ي" or w == normalize(lemma):
        return False
    return None


def _feminine_speaker(attribution: Attribution) -> bool | None:
    """Say whether the verb that introduced a speaker shows a woman (True), a man (False), or nothing (None).

    "ونقلت صحيفة … عن مصدر": نقل agrees with the outlet that relays, so the source's head noun tells
    (مصدر، مسؤول; مسؤولة in ة)."""
    cue = attribution.cue.split()[0] if attribution.cue.strip() else ""
    if _speech_form(cue)[1] == "نقل":
        head = normalize(attribution.speaker).split()
        return head[0].endswith("ه") if head else None
    return _feminine_speech_verb(cue)


def _feminine_cue(item: _Parsed) -> bool:
    """Say whether the first speech verb of a sentence is feminine: "«…»، تقول، وهي تشير"."""
    return next((g for g in map(_feminine_speech_verb, item.words) if g is not None), None) is True


def _woman_introduced(item: _Parsed) -> tuple[int, int] | None:
    """Return the span in the body of a named woman a clause opens on with a feminine verb, else None.

    "وفي السوق، وقفت أم محمد، وهي ربة منزل، في الطابور"، "ومع المغيب، تجمع آمنة أدواتها": the story
    follows her, so the "تقول" after it is hers. The verb opens the sentence or a clause after a comma.
    """
    return _named_after_opening_verb(item, _feminine_verb_shape, trim_object=True, min_words=1)


def _feminine_verb_shape(w: str) -> bool:
    """Say whether a word (its و/ف off) is shaped as a feminine verb: تقف، تجمع، وقفت."""
    return len(w) >= 3 and not _is_al(w) and w not in _STOP and (w[:1] == "ت" or w[-1:] == "ت")


def _man_in_scene(item: _Parsed) -> tuple[int, int] | None:
    """Return the span of a named man a sentence shows in a scene, with a scene verb opening it or a clause after a
    comma ("وفي حي فوه، وقف سالم باعوم أمام منزله"), else None: the "وقال" after it is his."""
    return _named_after_opening_verb(item, _SCENE_VERBS.__contains__, trim_object=False, min_words=2)


def _quotes_right_after(toks: list[_Tok], carry: _Carry) -> bool:
    """Say whether the subjectless verb's colon follows it at once or after the outlet told ("يقول لـ«شام إف إم»:"),
    so no subject of its own stands there ("وقالت كروزه وهي تبتسم:" has one)."""
    k = next((m for m, tok in enumerate(toks) if tok.start >= carry.cue[1]), len(toks))
    return k < len(toks) and (toks[k].text == ":" or toks[k].text[:1] == "ل")


# "لم يكن أبو خالد يتوقع"، "كان سامي العلي يعمل": a past state opening the story on a named man.
_WAS = _words("كان وكان يكن")


def _man_introduced(item: _Parsed) -> tuple[int, int] | None:
    """Return the span of a named man a sentence opens the story on, in a scene ("وقف سالم باعوم أمام منزله") or
    as the subject of كان ("لم يكن أبو خالد، مربي الأبقار، يتوقع"), else None."""
    scene = _man_in_scene(item)
    if scene is not None:
        return scene
    toks = item.toks
    k = 1 if toks and toks[0].text in ("لم", "ولم") else 0
    if len(toks) <= k + 2 or toks[k].text not in _WAS:
        return None
    phrase = _parse_np(toks, k + 1)
    if phrase is not None and toks[phrase.end - 1].text in _DESCRIBING_VERBS:
        phrase = phrase._replace(end=phrase.end - 1)  # "كان حسن العلي يعمل في الحقل": what he did, not his name
    if phrase is None or not phrase.named or phrase.mode not in ("person", "name") or phrase.end - phrase.start < 2:
        return None
    return _body_span(item, phrase)


def _body_span(item: _Parsed, phrase: _Phrase) -> tuple[int, int]:
    """Return the body offsets of the phrase's words in the sentence item."""
    start, end = item.toks[phrase.start].start, item.toks[phrase.end - 1].end
    return item.s0 + item.norm.raw(start), item.s0 + _raw_end(item.raw, item.norm.raw(end - 1) + 1)


def _named_after_opening_verb(item: _Parsed, verb: Callable[[str], bool], *, trim_object: bool,
                              min_words: int) -> tuple[int, int] | None:
    """Return the body span of the named person (min_words words at least) after the first verb (its و/ف off, as
    verb tells) that opens the sentence or a clause after a comma, else None. trim_object: a possessed object read
    into the name is cut off ("تجمع آمنة أدواتها")."""
    toks = item.toks
    for k, tok in enumerate(toks[:-1]):
        w = tok.text[1:] if tok.text[:1] in "وف" and len(tok.text) > 3 else tok.text  # وتقف، ووقف
        if (k and toks[k - 1].text not in "،,") or not verb(w):
            continue
        phrase = _parse_np(toks, k + 1)
        if trim_object and phrase and phrase.named and phrase.mode in ("person", "name") \
                and phrase.end - phrase.start > 1:
            phrase = _without_possessed_object(toks, phrase)
        if phrase and phrase.named and phrase.mode in ("person", "name") and phrase.end - phrase.start >= min_words:
            return _body_span(item, phrase)
    return None


# --------------------------------------------------------------------------- interview transcripts

# "لينا الحسيني: أطلقنا …" / "رصيف22: متى بدأت؟": a label and a colon opening a paragraph of a Q&A transcript.
_LINE_LABEL = re.compile(r"^[ \t]*([^\n:؟?!«»\"“”،,.؛;]{1,40}?(?:\.[^\n:؟?!«»\"“”،,.؛;]{1,30})?)[ \t]*:[ \t]*(\S[^\n]*)",
                         re.M)
_LABEL_WORDS = 5  # "وزيرة الثقافة د. ريم العلي"
_QUESTION_LABELS = _words("س سؤال السؤال")
_ANSWER_LABELS = _words("ج جواب الجواب")
_KUNYA = _words("أم أبو ابو")


def _interview_labels(body: str, whole: _Normalized) -> list[tuple[int, int, int, str]]:
    """Return the labelled paragraphs of an interview transcript: (label start, label end, paragraph end, kind).

    kind is "question" (the interviewer's line: it asks, or its label is س/سؤال), "answer" (ج/جواب: the
    interviewee, named elsewhere) or "name" (a person's name, maybe with a title: "الدكتورة لينا الحسيني:",
    then "الحسيني:"). Only an article with a question line and another labelled line is a transcript:
    "المصدر:"، "الكاتب:"، "بيروت:" lines in a plain report label no one, nor do they in a transcript unless
    they are a name the article wrote before.
    """
    found = []
    for m in _label_lines(body):
        label = normalize(m.group(1)).strip()
        words = label.split()
        if len(words) > _LABEL_WORDS or any(w in _VERB_SURFACE for w in words):
            continue  # "وقال الوزير: …": a speech verb's colon, no label
        question = label in _QUESTION_LABELS or m.group(2).rstrip().endswith(("؟", "?"))
        kind = "question" if question else "answer" if label in _ANSWER_LABELS else "name"
        found.append((m.start(1), m.end(1), m.end(), kind, label))
    # The interviewer asks under one label again and again ("رصيف22:"), or under س/سؤال: a single line
    # "وتساءل الخبير: لماذا …؟" is no interviewer's.
    asked = Counter(label for *_, kind, label in found if kind == "question")
    found = [f for f in found if f[3] != "question" or f[4] in _QUESTION_LABELS or asked[f[4]] > 1]
    if not any(kind == "question" for *_, kind, _ in found) or len(found) < 2:
        return []
    kept, surnames = [], _Surnames(whole)
    for *f, _ in found:
        if f[3] == "name":
            surnames.before = whole.view(f[0], f[1]).start
            last_word = _labels_a_person(body, whole, f[0], f[1], surnames)
            if last_word is None:
                continue
            surnames.add(last_word)  # "الحسيني:" after "لينا الحسيني:"
        kept.append(tuple(f))
    return kept


# How an introduction presents whom the outlet interviewed: "التقينا أمين مال النادي، فلان،"، "حاورنا الوزير".
_MET_FOR_INTERVIEW = _words("التقينا التقت التقى حاورنا حاورت حاور وحاورنا والتقينا")
_INTRO_REACH = 800  # characters before the first label where the interviewee is introduced


def _introduced_interviewee(body: str, labels: list[tuple[int, int, int, str]]) -> Attribution | None:
    """Return whom the introduction says the outlet met, for a transcript whose answers are labelled ج/جواب only."""
    if not labels or any(kind == "name" for *_, kind in labels) or not any(kind == "answer" for *_, kind in labels):
        return None
    first = labels[0][0]
    start = max(0, first - _INTRO_REACH)
    text = body[start:first]
    item = _Parsed(_Normalized(text).view(0, len(text)), text, 0)
    toks = item.toks
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in _MET_FOR_INTERVIEW:
            phrase = _parse_np(toks, k + 1)
            if phrase is None or phrase.mode not in ("person", "name"):
                return None
            a = start + item.norm.raw(toks[phrase.start].start)
            b = start + _raw_end(text, item.norm.raw(toks[phrase.end - 1].end - 1) + 1)
            return Attribution(body[a:b], a, b, ":")
    return None


def _label_lines(body: str) -> Iterator[re.Match[str]]:
    """Yield the matches of _LINE_LABEL.finditer(body), reading only the lines that hold a colon.

    Each match opens a line (^) and ends on it (no part of the pattern reads a newline) past its colon, so
    the regex need not be tried at every position of a body whose lines mostly hold none.
    """
    at = body.find(":")
    while at >= 0:
        m = _LINE_LABEL.match(body, body.rfind("\n", 0, at) + 1)
        if m:
            yield m
        line_end = body.find("\n", at)
        if line_end < 0:
            return
        at = body.find(":", line_end)


def _labels_a_person(body: str, whole: _Normalized, start: int, end: int, surnames: _Surnames) -> str | None:
    """Return the last word of a line label that is a person's name the article uses, else None.

    A full name, maybe after a title or as a kunya, whose last word the article wrote before ("لينا الحسيني: …"
    after "تقول لينا الحسيني"); or one word, the surname of a name written before ("الحسيني:")."""
    text = body[start:end]
    item = _Parsed(_Normalized(text).view(0, len(text)), text, 0)
    words = [t.text for t in item.toks]
    if not words or any(not w.isalpha() for w in words if w != ".") or _is_place(words[-1]):
        return None
    if len(words) == 1:
        return words[0] if words[0] in surnames else None
    phrase = _parse_np(item.toks, 0)
    if phrase is None or phrase.end != len(words) or phrase.mode not in ("person", "name") \
            or (len(_person_name(text)) < 2 and words[0] not in _KUNYA):
        return None  # "وقت القراءة"، "مصدر الصورة": no name in it
    earlier = whole.text[:surnames.before]
    return words[-1] if re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", earlier) else None


def _last_clause_speaker(body: str, sentence: Sentence, speaker: Attribution,
                         readings: SentenceReadings | None = None) -> Attribution:
    """Return who speaks last in a sentence: "ويرى ناشطون أن …، إذ تقول X إن "…". وتابعت:" goes on with X.

    Only a later clause with its own speech verb and subject (speaker_clauses) hands the turn on."""
    if speaker.carried or not (sentence.start <= speaker.start < sentence.end):
        return speaker
    parts = speaker_clauses(body, sentence, speaker, figure_sources(body, sentence, speaker=speaker, readings=readings))
    return parts[-1][2] if parts else speaker


def owns_the_document(setter: Attribution | None, source: Attribution) -> bool:
    """Say whether the body that sets a sentence's figures owns the document a closing source names: "ويستهدف
    البنك المركزي خفض التضخم إلى 24%، وفق تقرير التضخم" (no body named in it, so the bank's own report); not
    "…، وفق تقرير صندوق النقد" (another body's)."""
    if setter is None or setter.end > source.start or not _names_a_body(setter.speaker):
        return False
    words = [t for t in _TOKEN.findall(normalize(source.speaker)) if t.isalpha()]
    return bool(words) and _strip_al(words[0]) in _DOCUMENT_NOUNS and not any(_is_institution(w) for w in words)


def opened_by_source_word(cue: str | None) -> bool:
    """Say whether an attribution's cue is a source phrase: "وفق ما أفاد به"، "بحسب"، "نقلا عن"."""
    words = _TOKEN.findall(normalize(cue or ""))
    return bool(words) and words[0] in _SOURCE_STARTS


def _owned_post(speaker: str) -> bool:
    """Say whether a speaker opens on a post with a possessive: "مديرها العام"، "رئيسه"."""
    words = _TOKEN.findall(normalize(speaker))
    return bool(words) and _owned_title(words[0], closed=True) is not None


_MAX_QUOTE_SENTENCES = 5
_SAME_ONE = _words("نفسه ذاته عينه نفسها ذاتها عينها")  # "المسؤول نفسه": the one named before


def _names_a_body(speaker: str) -> bool:
    """Say whether a speaker is a body, by its name or its head word: "وكالة السودان للأنباء (سونا)"."""
    head = normalize(speaker).split()[:1]
    return _is_body(speaker) or bool(head) and _is_institution(head[0])
_BODY_WINDOW = 5  # sentences back to the body whose data "المعطيات ذاتها" are
_DOCUMENT_PREFIXES = ("وبال", "وال", "بال", "وب", "ال", "و", "ب", "ف", "ل")  # "في بيان"، "ببيان"، "وفي البيان"
_DOCUMENT_ENDINGS = ("", "ا", "ها", "هم", "ه")  # "بياناً"، "في بيانها"، "تقريره"


def _names_document(word: str, document: str) -> bool:
    """Say whether a normalised word is the document noun, with its article, prefixes, tanween or a possessive."""
    stems = [word] + [word[len(prefix):] for prefix in _DOCUMENT_PREFIXES if word.startswith(prefix)]
    return any(stem[:len(document)] == document and stem[len(document):] in _DOCUMENT_ENDINGS for stem in stems)


def _issuer_named_with(item: _Parsed, result: _CarryBody, bodies: list[tuple[int, Attribution]],
                       parsed: list[_Parsed], i: int) -> Attribution | None:
    """Return the latest body whose own sentence named the document the sentence points back to, or None.

    "وأوضحت الوزارة، في بيان، أن … . وحسب أرقام المكتب، … . كما كشف البيان أن …": the statement is the ministry's,
    not the office's whose figures the sentence between gave.
    """
    if result.fallback is None:
        return None
    head = next((t.text for t in item.toks if t.start == result.fallback.start), "")
    document = _strip_al(head)
    if document == head:
        return None  # only "البيان"، "التقرير": a document named before
    for at, body in reversed(bodies):
        if i - at > _BODY_WINDOW:
            break
        if at < i and any(_names_document(t.text, document) for t in parsed[at].toks):
            return body
    return None


# Verbs by which a source states, estimates or forecasts a figure: "بعدما قدّر البنك الدولي الأضرار بنحو …"،
# "فيما أشار مدير المستشفى إلى أن …"، "بينما رجح محللون أن …".
_FIGURE_VERBS = {"قدر", "أعلن", "ذكر", "أفاد", "أظهر", "كشف", "سجل", "وثق", "أكد", "قال", "أوضح", "حذر",
                 "أشار", "لفت", "رجح", "توقع", "ارتقب", "اعتبر", "رأى", "أحصى", "رصد",
                 "عزا",  # "…، عزا رئيس اللائحة الأمر إلى «انعدام الثقة»": a cause, told by its own speaker
                 "رد",  # "…، ردّ وزير المالية بأن …": a reply in words (_replied_with), not "ردت الشرطة بإطلاق الغاز"
                 # A second speaker's clause in any words: "وفي حين اعتبر X أن …، وصفها Y بأنها …"،
                 # "فيما شدد النقيب على أن …"، "بينما نفى المتحدث أن …".
                 "وصف", "شدد", "صرح", "نفى", "اتهم", "زعم", "ادعى", "نبه",
                 "شكا",  # "…، إلا أن الأهالي يشكون من أن الحصة لا تتجاوز 20 لتراً": the complainants' figure
                 "استهدف",  # a body's own target in a clause of its own: "فيما تستهدف الحكومة الوصول إلى 30 مليون"
                 "أوصى",  # "…، فيما أوصت اللجنة برفع الحصة إلى 20 في المائة": the committee's figure
                 "طالب",  # "…، فيما طالب النائب X الحكومة بـ«…»": a second speaker's demand
                 "استبعد",  # "…، في حين تستبعد مؤسسة X أي تخفيض جديد قبل مارس": a second source's forecast
                 "التمس",  # "، بعدما كانت النيابة قد التمست … تعويضاً بقيمة 7 مليارات": the prosecution's request
                 "نقل",  # "، بينما نقلت وسائل إعلام عن مسؤول قوله إن …": the one quoted (_relayed_from)
                 "تحدث"}  # "، فيما تحدثت وكالة أخرى عن 300 ألف منزل": what it tells of with عن (_speaks_of)


# رصد counts only in a clause of its own ("فيما رصدت الشبكة 40 حالة"); elsewhere it is the noun of
# "بحسب رصد عنب بلدي", so it is no speech verb.
_COUNT_SURFACE = {prefix + normalize(form): "رصد" for form in "رصد رصدت رصدوا يرصد ترصد".split()
                  for prefix in ("", "و", "ف")}


_COUNT_VERBS = {"قدر", "أحصى", "رصد"}
# A target is aimed at in the imperfect ("تستهدف الحكومة"); the past "استهدفت غارة 3 منازل" is an attack.
_TARGET_SURFACE = {prefix + normalize(form): "استهدف" for form in "يستهدف تستهدف".split()
                   for prefix in ("", "و", "ف")}
# "بعد أن رفع صندوق النقد، مطلع الشهر، توقعاته للنمو إلى 4,5%": a body that revises its own forecast states
# the new figure, whoever the sentence's source is.
_REVISE_VERBS = {"رفع", "خفض", "عدل"}
_REVISE_SURFACE = {prefix + normalize(form): form[:3] for form in "رفع رفعت خفض خفضت عدل عدلت".split()
                   for prefix in ("", "و", "ف")}
_OWN_FORECASTS = frozenset(normalize(noun + clitic) for noun in "توقعات تقديرات توقع تقدير".split()
                           for clitic in ("ه", "ها", "هم"))
_INSERT_WORDS = 6  # "، مطلع الشهر الجاري،": a time set off by commas between the subject and its object
# "وهو ما نفته الوزارة"، "وهو ما ردّت عليه الإدارة ببيان": a denial of, or reply to, what the sentence said before
_ANSWER_VERBS = {"نفى", "رفض", "رد", "وصف", "اعتبر"}  # and who judges it: "وهو ما وصفه مزارعون بأنه …"
_ON_IT = _words("عليه عليها عليهم")  # "ردّت عليه الإدارة": what is answered, then who answers
# "وبينما يرى الباحث X أن …، تقول Y إن …": the while-clause's subject states its own figures; the sentence's
# speaker is the main clause's.
_OPENING_WHILE = _words("وبينما")
_THE_TIME = _words("الوقت")
_SAYING_VERBS = _FIGURE_VERBS - _COUNT_VERBS - {"أظهر", "سجل", "وثق"} | _ANSWER_VERBS  # verbs only a speaker's subject takes
# Verbal nouns of stating whose genitive states the that-clause after it: "بعد إعلان الوزارة أن …".
_SPEECH_MASDARS = frozenset(p + w for w in _words("إعلان تأكيد كشف توضيح إشارة تقدير توقع تحذير")
                            for p in ("", "و", "ب", "وب", "ل"))
_TOLD_WITH_AN = _words("إعلان كشف")
_TIME_PREPOSITIONS = _words("بعد وبعد عقب وعقب إثر اثر وإثر مع ومع قبل وقبل منذ ومنذ")
# What a body announces that carries its figures: "عقب إعلان الشركة رفع سعر الأسطوانة من 7500 إلى 9800 ريال".
_ANNOUNCED_MEASURES = _words("رفع خفض تخفيض زيادة تحديد فرض تعديل تثبيت")
_BRANCH_WORDS = 3  # "الشركة اليمنية للغاز فرع عدن رفع": the rest of the body's name before the measure


# "بعد ساعات من إعلان …"، "قبل يومين من إعلان …"، "بعد 3 أيام من …": how long after or before the event.
_SPANS_OF_TIME = _words("دقائق ساعة ساعات ساعتين يوم يومين أيام أسبوع أسبوعين أسابيع شهر شهرين أشهر شهور "
                        "سنة سنتين سنوات عام عامين أعوام")


def _time_of_event(toks: list[_Tok], k: int) -> bool:
    """Say whether the verbal noun at toks[k] is the time of an event: "بعد إعلان …"، "عقب إعلان …", or with how
    long between, "بعد ساعات من إعلان …"، "قبل 3 أيام من إعلان …"."""
    if k > 0 and toks[k - 1].text in _TIME_PREPOSITIONS:
        return True
    if k < 3 or toks[k - 1].text != "من" or toks[k - 2].text not in _SPANS_OF_TIME:
        return False
    before = k - 4 if toks[k - 3].text.isdigit() and k >= 4 else k - 3  # "بعد 3 أيام من"
    return toks[before].text in _TIME_PREPOSITIONS


def _announced_measure(toks: list[_Tok], k: int, end: int) -> bool:
    """Say whether the إعلان at toks[k], the time of an event ("عقب"، "بعد"), announces a measure (رفع، خفض …)
    right after its body's name, which ends at toks[end] or a few words on ("فرع عدن")."""
    if not (_time_of_event(toks, k) and _strip_al(toks[k].text.lstrip("وبل")) == "اعلان"):
        return False
    for m in range(end, min(len(toks), end + _BRANCH_WORDS + 1)):
        t = toks[m].text
        if t in _ANNOUNCED_MEASURES:
            return True
        if not t.isalpha() or t in _THAT or _verb_lemma(t):
            return False
    return False
# "بعد أسبوعين على إقرار مجلس الوزراء خطة بكلفة 120 مليون دولار": a body that approves or sets a measure
# states its figures, with no أن after it (only a body or an official: "تحديد موعد المباراة" names no one).
_DECISION_MASDARS = frozenset(p + w for w in _words("إقرار اعتماد تحديد")
                              for p in ("", "و", "ب", "وب", "ل"))

_RELIANCE = _words("اعتماد واعتماد باعتماد وباعتماد لاعتماد")
_ON = _words("على")
_AT_ONCE = _words("الفور وجه")  # "اعتماد الوزارة على الفور خطة"، "على وجه السرعة": adopted at once
_RELIANCE_REACH = 3  # words of how much between the one who relies and على: "اعتماد الاقتصاد شبه الكلي على"


def _reliance_on(toks: list[_Tok], k: int, end: int) -> bool:
    """Say whether the اعتماد at k is reliance ("اعتماد الاقتصاد العراقي شبه الكلي على النفط"), with على after its
    subject, not the adoption of a measure ("اعتماد مجلس الوزراء خطة بقيمة …"), which decides no figure."""
    if toks[k].text not in _RELIANCE:
        return False
    for m in range(end, min(len(toks), end + _RELIANCE_REACH + 1)):
        t = toks[m].text
        if t in _ON:
            return not (m + 1 < len(toks) and toks[m + 1].text in _AT_ONCE)  # "على الفور": when, not on what
        if not t.isalpha() or t in _THAT:
            return False  # (not a verb test: شبه in "شبه الكلي" reads as the verb شبّه)
    return False


def _speaks_of(toks: list[_Tok], j: int) -> bool:
    """Say whether what تحدث tells follows its subject with عن, past a time set off by commas: "تحدثت الوكالة،
    مساء أمس، عن انقطاع التيار"; "تحدث مع نظيره" or "تحدث للصحفيين" names who is spoken to."""
    m = _past_inserts(toks, j)
    return m < len(toks) and toks[m].text == "عن"


_INSPECTION_WORDS = 4  # "كشف فريق من المهندسين صباح أمس على": the rest of the subject and a time before على


def _inspects(toks: list[_Tok], j: int) -> bool:
    """Say whether كشف على (examined) follows its subject, past the subject's rest and a time: "كشفت اللجان صباح
    اليوم على 43 مدرسة"؛ "كشفت الوزارة عن …" or "كشفت الوزارة أن …" tells something."""
    m = _past_inserts(toks, _time_phrase_end(toks, _past_inserts(toks, j)))
    for tok in toks[m:m + _INSPECTION_WORDS]:
        if tok.text == "علي" and not tok.raw.endswith("ي"):  # على, not the name علي
            return True
        if not tok.text.isalpha() or tok.text == "عن" or tok.text in _THAT or _verb_lemma(tok.text):
            return False
    return False


def _own_forecast_after(toks: list[_Tok], j: int) -> bool:
    """Say whether the subject's own forecast (توقعاته، تقديراتها) follows it, past an insert set off by commas;
    or its forecast of what a pronoun names ("رفع محللون تقديرات إنتاجها")."""
    if j < len(toks) and toks[j].text in "،,":
        close = next((m for m in range(j + 1, min(len(toks), j + _INSERT_WORDS + 2)) if toks[m].text in "،,"), None)
        j = close + 1 if close is not None else j
    return j < len(toks) and (toks[j].text in _OWN_FORECASTS or toks[j].text in _FORECASTS
                              and j + 1 < len(toks) and _RESUMPTIVE.search(toks[j + 1].text) is not None)


_FORECASTS = _words("توقعات تقديرات")
# A pronoun that brings back the antecedent of a relative clause: "محصوله"، "إنتاجها"، "عددهم".
_RESUMPTIVE = re.compile(r"..(?:ه|ها|هم|هما)$")
_RESUMPTIVE_REACH = 2  # "قدرت الوزارة محصوله من الحبوب"، "رفع محللون تقديرات إنتاجها": its noun, or the next


def _relative_estimator(toks: list[_Tok], k: int, lemma: str,
                        subjects: dict[int, _Phrase | None] | None) -> _Phrase | None:
    """Return the subject named after the verb of estimate at k in a relative clause whose antecedent is the
    verb's object, brought back by a pronoun: "الموسم الذي قدّرت وزارة الفلاحة محصوله بنحو 72 مليون قنطار"،
    "روسيا التي رفع محللون تقديرات إنتاجها إلى 86 مليون طن"، "الخسائر التي قدّرتها الغرفة بنحو …".

    "الوزارة التي قدّرت الخسائر بنحو …" has the antecedent as the subject: its object follows the verb.
    """
    if lemma not in _COUNT_VERBS and lemma not in _REVISE_VERBS:
        return None
    if lemma == "قدر" and not _estimate_follows(toks[k:]):
        return None
    phrase = _verb_subject(toks, _skip_adverbs(toks, k + 1), subjects)
    if phrase is None or phrase.start <= k or not (phrase.mode in ("org", "person") or phrase.named
                                                    or _strip_al(toks[phrase.start].text) in _UNNAMED_SOURCES
                                                    or _PLURAL_PEOPLE.match(toks[phrase.start].text)):
        return None
    if lemma in _REVISE_VERBS:
        return phrase if _own_forecast_after(toks, phrase.end) else None
    after = toks[phrase.end:phrase.end + _RESUMPTIVE_REACH]
    if toks[k].text in _VERBS_WITH_OBJECT or any(_RESUMPTIVE.search(t.text) for t in after if t.text.isalpha()):
        return phrase
    return None


def _estimate_follows(toks: list[_Tok]) -> bool:
    """Say whether "قدّر X بـ N" follows: an estimate, not "قدّر الوزير جهود المتطوعين" (appreciation)."""
    for m in range(1, min(len(toks) - 1, 15)):
        t = toks[m].text
        if t in "،,.":
            return False
        if t[:1] == "ب" and (t in _ESTIMATE_B or toks[m + 1].text[:1].isdigit()):
            return True
    return False


def _speaks_later(speaker: Attribution | None, s0: int, s1: int, at: int) -> bool:
    """Say whether the sentence's speaker is named in it after the body offset at (a later clause's subject)."""
    return speaker is not None and not speaker.carried and at < speaker.start < s1 and speaker.start >= s0


def _estimate_describing(toks: list[_Tok], k: int, lemma: str) -> bool:
    """Say whether the estimate verb at k, with the pronoun of the indefinite noun before it, describes that noun:
    "وشهد الحفل حضوراً جماهيرياً قدّره المنظمون بأكثر من 1500 متفرج"، "خسائر قدّرتها الغرفة بنحو مليون دولار".

    A clause with no relative word, as after "الحكومة التي قدّرت": its subject follows the verb and states the figure.
    """
    return lemma == "قدر" and _describes_indefinite(toks, k) and _estimate_follows(toks[k:])


# "…، ولم تعلن السلطات حتى الآن عن إصابات، باستثناء أضرار في 14 منزلاً": a denied statement after a comma has
# its own subject, who states the figures of its clause.
_NOT_YET = _words("لم ولم")
_WHEN_THAT = _words("بعد وبعد قبل منذ")  # "بعد أن"، "قبل أن"، "منذ أن": a time conjunction with أن
_WHEN = _words("بعدما وبعدما فيما وفيما بينما وبينما حيث وحيث")  # "، بعدما كانت النيابة قد التمست"


def _kana_after_when(toks: list[_Tok], qad: int) -> int | None:
    """Return where كان stands when a conjunction opens its clause before it ("بعدما كانت النيابة قد"، "بعد أن
    كان الادعاء قد"), words between it and the قد at toks[qad]; else None."""
    cs = _clause_start(toks, qad)
    if toks[cs].text in _WHEN:
        kana = cs + 1
    elif toks[cs].text in _WHEN_THAT and cs + 1 < qad and toks[cs + 1].text in _PLAIN_THAT:
        kana = cs + 2
    else:
        return None
    return kana if kana < qad - 1 and toks[kana].text in _KANA else None
# Every token figure_sources reads as a verb: a sentence's other tokens are skipped in one C-level pass.
_SOURCE_VERB_SURFACE = frozenset(_VERB_SURFACE) | frozenset(_COUNT_SURFACE) | frozenset(_REVISE_SURFACE) \
    | frozenset(_TARGET_SURFACE)


def figure_sources(body: str, sentence: Sentence, *, speaker: Attribution | None = None,
                   readings: SentenceReadings | None = None) -> list[tuple[int, Attribution]]:
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
    item = _parsed_sentence(body, sentence, readings)
    s0, s1, raw, norm, toks = item.s0, item.s0 + len(item.raw), item.raw, item.norm, item.toks
    # The sentence's words, to skip at once the readings whose cue words it does not hold (most hold none).
    texts = frozenset(map(_TOK_TEXT, toks))
    found = []
    for k in compress(count(), map(_SOURCE_VERB_SURFACE.__contains__, map(_TOK_TEXT, toks))):
        lemma = _VERB_SURFACE.get(toks[k].text) or _COUNT_SURFACE.get(toks[k].text) \
            or _REVISE_SURFACE.get(toks[k].text) or _TARGET_SURFACE.get(toks[k].text)
        prev = toks[k - 1].text if k else "،"
        if k == 0 and (lemma not in _COUNT_VERBS or (lemma == "قدر" and not _estimate_follows(toks))):
            continue  # "وقدّرت الإدارة قيمة الصفقة بنحو …": a count verb states figures without إن/أن
        if k == 0 and lemma == "رصد" and _act_told_by_source(toks, k, lemma):
            continue  # "ورصدت الشبكة 14 مخالفة، وفق بيان للوزارة": the body whose statement tells of the count
        after_contrast = k >= 2 and prev in _PLAIN_THAT and toks[k - 2].text in _CONTRAST  # غير أن، إلا أن
        # "بعد أن كشفت تحريات المباحث عن …" opens a clause as بعدما does: the verb's subject follows it.
        after_when = k >= 2 and prev in _PLAIN_THAT and toks[k - 2].text in _WHEN_THAT
        # "…، وهو ما نفته الوزارة"، "وهو ما رفضته الرابطة ووصفته بـ…": who denies or rejects what came before
        # answers it in a clause of its own.
        answered = prev == "ما" and k >= 2 and toks[k - 2].text in _WHAT_POINTS_BACK and lemma in _ANSWER_VERBS
        if lemma not in _FIGURE_VERBS and lemma not in _REVISE_VERBS and not answered:
            continue
        if toks[k].text == "طالب" and prev in "،,":
            continue  # "…، طالب واحد منهم تغيب": a student; the verb opens its clause with و or فيما
        if lemma == "ادعى" and _called_name(toks, k) is not None:
            continue  # "…، يدعى محمد الككلي، إنه": the name the speaker goes by, no one claiming
        phrase = None
        quoted_recorder = False
        if prev in ("قد", "وقد") and _after_kana_subject(toks, k - 1):
            kana = _clause_start(toks, k - 1)
            if kana == 0 and _COUNT_SURFACE.get(toks[k].text) != "رصد" \
                    and not _speaks_later(speaker, s0, s1, s0 + norm.raw(toks[k].start)):
                continue  # "وكانت الهيئة قد أعلنت ضبط …": the subject came before قد, and is the sentence's speaker
            # "وكانت الهيئة قد رصدت 120 بلاغاً" (رصد is no speech verb, so the sentence has no speaker), "وكانت
            # الحكومة قد أعلنت تخصيص 45 مليار …، وقال معاون المحافظ إن …" (the speaker is a later clause's), or
            # "ويطالب الأهالي بمشروع، وكانت الوزارة قد أعلنت عن رصد 12 مليون" (a clause after a comma, of another
            # subject than the one the sentence opened with): the body between كان and قد counts or states the figures.
            cs = kana + 1
            phrase = _parse_np(toks, cs)
            if phrase is None or phrase.end != k - 1:
                continue
        elif prev in ("قد", "وقد") and (kana := _kana_after_when(toks, k - 1)) is not None:
            # "…، بعدما كانت النيابة قد التمست … تعويضاً بقيمة 7 مليارات": the body between كان and قد
            phrase = _parse_np(toks, kana + 1)
            if phrase is None or phrase.end != k - 1:
                continue
        at_the_time = prev in _RELATIVE and k >= 2 and toks[k - 2].text in _THE_TIME  # "في الوقت الذي أكد …"
        if prev in _RELATIVE and k >= 2 and not at_the_time \
                and (own := _relative_estimator(toks, k, lemma, item.subjects)) is not None:
            phrase = own  # "الموسم الذي قدّرت الوزارة محصوله بنحو …": the estimate's own subject
        elif prev in _RELATIVE and k >= 2 and not at_the_time:
            # "وهو ما نفته الوزارة التي قدّرت النسبة بحوالي 60 بالمئة": who counts or estimates in a
            # relative clause is its antecedent. Other verbs there ("الحكومة التي أعلنت …") give nothing.
            if lemma not in _COUNT_VERBS or (lemma == "قدر" and not _estimate_follows(toks[k:])):
                continue
            phrase = _backward_np(toks, k - 2 if toks[k - 2].text in "،," else k - 1)
            if phrase is None:
                continue
        elif not (prev in "،," or prev in _PRE_VERB or prev in _OPENING_WHILE or after_contrast or after_when
                  or (prev in _NOT_YET and k >= 2 and toks[k - 2].text in "،,")
                  or answered or _after_at_a_time(toks, k) or at_the_time
                  or (lemma in _SAYING_VERBS and _after_described_noun(toks, k))
                  or _estimate_describing(toks, k, lemma)):
            # Subject first after لكن / إلا أن / غير أن: "، غير أن محللين رأوا أن"، "لكن مصدراً … أكد أن".
            start = _clause_start(toks, k)
            cs, subject_toks = _past_contrast(toks, start)
            phrase = _parse_np(subject_toks, cs) if cs > start else None
            topic = None
            if (start > 0 or lemma in _COUNT_VERBS) and toks[start].text in _AMMA and toks[k].text[:1] == "ف":
                # "…، أما المركز الوطني للرصد في عمّان فسجّله بقوة 5,1": the topic of أما is the ف- verb's subject
                phrase = topic = _amma_topic(toks, start + 1, k)  # (a quoted name ends before its bracket)
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
            if phrase is None or phrase.end != k and phrase is not topic:
                continue
        if phrase is None:
            j = _skip_adverbs(toks, k + 1)
            if answered and j < len(toks) and toks[j].text in _ON_IT:
                j += 1
            if _addressee_end(toks, j) > j:
                continue  # "قال لبي بي سي إن": who is told states nothing
            phrase = _verb_subject(toks, j, item.subjects) \
                or (_recording_means(toks, j) if lemma in _RECORD_VERBS else None) \
                or (_counted_subject(toks, j) if lemma in _SAYING_VERBS else None)
            quoted_recorder = phrase is None and lemma in _RECORD_VERBS and k == 0
            phrase = phrase or (_quoted_recorder(toks, j) if quoted_recorder else None)
            if phrase is None and k > 0 and lemma in _SAYING_VERBS and (owned := _owned_subject(toks, j)) is not None \
                    and owned[1].named:
                # "أعلنت القائمة أنها طعنت في النتائج، وقال منسقها العام، الدكتور فلان، إن …": the body's own
                # official, named, speaks in a clause of his own ("وقالت عنها رئيستها إنها …" speaks for the body)
                phrase = owned[1]
            if phrase is not None and lemma == "أظهر" and _shown_outcome(toks, phrase):
                continue  # "…، وأظهرت فوز لائحة الحزب بنسبة 54%": what the results show, their author stated before
            if phrase is not None and (called := _called_after(toks, phrase)) is not None:
                phrase = called  # "، قال ولي أمر من المنطقة، يدعى محمد الككلي، إنه": the name he goes by
            if phrase is not None and _object_before_ba(toks, k, phrase, lemma):
                trimmed = _without_object(toks, phrase)  # "، فيما وصف رئيس النقابة القرار بأنه …"
                if trimmed == phrase:
                    continue  # "…، واتهمت الرياض بسوء الإدارة": the sentence's subject accuses; Riyadh is the object
                phrase = trimmed
        if lemma == "نقل":
            # "، بينما نقلت وسائل إعلام محلية عن مسؤول قوله إن": the one quoted speaks, not the outlet
            phrase = _relayed_from(toks, phrase) if phrase is not None and phrase.start > k else None
        # A speech verb's definite noun with its relative adjective is a body: "فيما أوضح الطيران العماني أنه
        # ألغى 4 رحلات"; not after a verb that records ("فيما سجل الاقتصاد المصري نموا بنسبة 3%"). A count verb
        # with its object as a pronoun has its subject after it: "بينما قدّرها المسح الجيولوجي الأميركي بـ4 درجات".
        body_by_adjective = phrase is not None and phrase.mode == "group" \
            and (lemma in _SAYING_VERBS or lemma in _COUNT_VERBS and toks[k].text in _VERBS_WITH_OBJECT) \
            and _is_al(toks[phrase.start].text) and _adjective_at(toks, phrase.start + 1)
        # "وقدّرت خبرة قضائية الضرر بـ…"، "وقدرت دراسة حديثة عدد المهاجرين بنحو …": a report named here for the
        # first time (indefinite) makes the estimate; "وقدر التقرير …" points back to one named before.
        new_report = phrase is not None and lemma in _COUNT_VERBS and phrase.mode == "group" \
            and not _is_al(toks[phrase.start].text) and toks[phrase.start].text in _DOCUMENT_NOUNS
        if phrase is None or not (phrase.mode in ("org", "person", "place") or phrase.named or body_by_adjective
                                  or new_report or _strip_al(toks[phrase.start].text) in _UNNAMED_SOURCES
                                  or _people_before_plural_verb(toks, phrase, k)
                                  or (lemma in _COUNT_VERBS and phrase.start > k and _definite_sound_plural(toks, phrase))):
            continue
        if lemma == "استهدف" and phrase.mode not in ("org", "person"):
            continue  # "، فيما تستهدف بيع 60 ألفاً": no subject of its own, the target is the speaker's
        if lemma in _REVISE_VERBS and not _own_forecast_after(toks, phrase.end):
            continue  # "رفع البنك سعر الفائدة إلى 20%" sets a rate; only a revised forecast is stated
        # A crew's record told in the clause of a speaker of this sentence is his ("وأوضح الحفصي أن الأبحاث انطلقت
        # … بعد أن رصدت فرق المراقبة حفر الآبار على أعماق تصل إلى 300 متر"); with no speaker it is the crew's.
        crews = speaker is None or not s0 <= speaker.start < s1
        if lemma in _RECORD_VERBS and not _recorder(toks, phrase, crews=crews) and not quoted_recorder \
                and not (crews and _crew_named_before(toks, phrase, normalize(body[:s0]))):
            continue
        if lemma == "رد" and not _replied_with(toks, phrase.end):
            continue
        if lemma == "تحدث" and not _speaks_of(toks, phrase.end):
            continue  # "، فيما تحدث الوزير مع نظيره": a talk with someone, nothing told
        if lemma == "كشف" and _inspects(toks, phrase.end):
            continue  # "بعد أن كشفت لجان هندسية صباح اليوم على 43 مدرسة": an inspection, the announcer's figure
        if phrase.mode == "name" and _masdar_like(toks[phrase.start].text) \
                and not (not _masdar_like(toks[phrase.start].text, weak=False)
                         and phrase.end - phrase.start >= 2 and _that_after_apposition(toks, phrase.end)):
            # "أعلنت … ضبط مخالفات": a verbal noun, the verb's object. A first name of a weak verbal-noun
            # shape (هالة، نشوة) in two or more words closed by أن (past an apposition) is a speaker:
            # "وبينما رأت هالة عرفات، رئيسة قسم البحوث، أن …".
            continue
        found.append((s0 + norm.raw(toks[k].start), _phrase_attribution(body, s0, raw, norm, toks, phrase, _cue_text(raw, norm, toks[k][1:3]))))
    decisions = [] if _DECISION_MASDARS.isdisjoint(texts) else \
        compress(count(), map(_DECISION_MASDARS.__contains__, map(_TOK_TEXT, toks)))
    for k in decisions:
        phrase = _parse_np(toks, k + 1, strict=True) if k + 1 < len(toks) else None
        if phrase is None or _decision_maker(toks, phrase) != phrase or _reliance_on(toks, k, phrase.end):
            continue
        found.append((s0 + norm.raw(toks[k].start), _phrase_attribution(body, s0, raw, norm, toks, phrase, _cue_text(raw, norm, toks[k][1:3]))))
    speech_masdars = [] if _SPEECH_MASDARS.isdisjoint(texts) else \
        compress(count(), map(_SPEECH_MASDARS.__contains__, map(_TOK_TEXT, toks)))
    for k in speech_masdars:
        # "بعد أسبوع من إعلان منصة "ماجنيت" أن الشركات استحوذت على 48%": who announced states the that-clause.
        phrase = _parse_np(toks, k + 1, strict=True) if k + 1 < len(toks) else None
        if phrase is None or not (phrase.mode in ("org", "person") or phrase.named):
            continue
        after = _time_phrase_end(toks, phrase.end)
        # "بعد إعلان الشركة يوم الخميس عن تراجع أرباحها بنسبة 37%": إعلان/كشف take what is told with عن, as the
        # time of an event ("بعد"، "عقب"); "نشرت الصحيفة إعلان الشركة عن 40 وظيفة" is an advertisement.
        told_with_an = toks[after].text == "عن" and _time_of_event(toks, k) \
            and _strip_al(toks[k].text.lstrip("وبل")) in _TOLD_WITH_AN if after < len(toks) else False
        if after >= len(toks) or not (toks[after].text in _PLAIN_THAT or told_with_an
                                      or _announced_measure(toks, k, after)):
            continue
        found.append((s0 + norm.raw(toks[k].start), _phrase_attribution(body, s0, raw, norm, toks, phrase, _cue_text(raw, norm, toks[k][1:3]))))
    found.extend(_setting_clauses(body, sentence, item, speaker, texts, readings))
    # (a clause it reads opens with one of _SECOND_CLAUSE_WORDS: its own first test, on the set)
    participle = _participle_clause_speaker(toks) if not _SECOND_CLAUSE_WORDS.isdisjoint(texts) else None
    if participle is not None:
        at, agent = participle
        a = s0 + norm.raw(agent.start)
        b = s0 + _raw_end(raw, norm.raw(agent.end - 1) + 1)
        found.append((s0 + norm.raw(toks[at].start), Attribution(body[a:b], a, b, _cue_text(raw, norm, agent.cue))))
    found.sort(key=lambda f: f[0])
    if speaker is not None and not s0 <= speaker.start < s1 and not _SOURCE_STARTS.isdisjoint(texts):
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
        if clause is None and source is not None and not opened_by_source_word(speaker.cue):
            # "وأضاف أن النسبة بلغت، وفق أرقام الصندوق، قرابة 20%": a source set off before a figure gives it
            # (not the speaker's own source phrase: "ويعمل فيه، حسب متحدثها، 300 عامل")
            at = raw.find(speaker.cue) if speaker.cue else -1
            clause = _inserted_source(toks, source) if at >= 0 and norm.raw(source.start) > at else None
        if clause is not None:
            a = s0 + norm.raw(source.start)
            b = s0 + _raw_end(raw, norm.raw(source.end - 1) + 1)
            found.append((s0 + norm.raw(toks[clause].start), Attribution(body[a:b], a, b, _cue_text(raw, norm, source.cue))))
    if speaker is not None and s0 <= speaker.start < s1 and not _SOURCE_STARTS.isdisjoint(texts):
        source = _source_phrase(toks)
        speaker_end = speaker.end - s0 if speaker.end <= s1 else None
        second_source = source is not None and s0 + norm.raw(source.start) == speaker.start
        if second_source:
            # The speaker is itself a source phrase: "يعمل فيه مليونا شخص، بحسب الوزارة، فيما بلغ الإنتاج
            # 53 طناً، وفق الشركة": a second source closes the clause after the first one's.
            later = bisect.bisect_left(toks, source.end, key=_TOK_START)  # tokens start in increasing order
            speaker_end = toks[later - 1].start  # the clause may open at the comma right after it
            source = _source_phrase(toks[later:])
        if source is not None:
            a = s0 + norm.raw(source.start)
            b = s0 + _raw_end(raw, norm.raw(source.end - 1) + 1)
            if b <= speaker.start:
                found.insert(0, (s0, Attribution(body[a:b], a, b, _cue_text(raw, norm, source.cue))))
            else:
                # After a first source, a second one names its own data even with no author: "…، بحسب
                # تقديرات حكومية، … الذي بلغ 64 طناً وفق بيانات رسمية".
                clause = _closed_clause(toks, source, speaker_end, norm, data_named=second_source) \
                    or _inserted_source(toks, source)  # "مشيراً إلى أن النسبة بلغت، وفق أرقام الصندوق، قرابة 20%"
                if clause is not None and a >= speaker.end:
                    found.append((s0 + norm.raw(toks[clause].start),
                                  Attribution(body[a:b], a, b, _cue_text(raw, norm, source.cue))))
    return found


_QUOTED_RECORDER_WORDS = 3


def _quoted_recorder(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return a quoted name right after a sentence-opening record verb when a count follows it: "رصدت «أفسار» 14
    هزة"، "ورصد «مرصد الأزهر» 40 حالة" (a body or an outlet by its short name, which the name reader does not
    know); not a quoted object ("رصدت «حركة غير عادية»") nor a quoted figure."""
    end = _quoted_name(toks, j, words=_QUOTED_RECORDER_WORDS)
    if end == j or end >= len(toks) or any(_verb_lemma(t.text) or t.text in _STOP or t.text[:1].isdigit()
                                           for t in toks[j + 1:end - 1]):
        return None
    after = toks[end].text
    if not (after[:1].isdigit() or lookup_word(normalize_word(after)) is not None):
        return None
    return _Phrase(j + 1, end - 1, "org", True)


def _amma_topic(toks: list[_Tok], j: int, k: int) -> _Phrase | None:
    """Return the topic of أما from toks[j] when it runs up to the ف- verb at toks[k] and is a person or a body
    (with the town it sits in: "أما المرصد الوطني في تونس فقدّر"); a thing is no one ("أما الأضرار فقدّرت").
    A body's quoted name with its acronym in brackets is one too: "أما «رابطة حماية المستهلك» (رحم) فأحصت"."""
    quoted = _quoted_topic(toks, j, k)
    if quoted is not None:
        return quoted
    phrase = _parse_np(toks, j)
    if phrase is None or phrase.mode not in ("person", "org"):
        return None
    if phrase.end != k and not _body_seat(toks, phrase.end, k):
        return None
    return phrase._replace(end=k)


# "، قرابة 20"، "، أكثر من 40"، "، بنحو 40"، "، إلى 3 ملايين": what may stand before the figure
# A past verb of reaching or changing, as the subject's own verb right after an insert: بلغ، تراجع، ارتفع، سجل.
_CHANGE_VERB = re.compile(r"^(?:بلغ|تراجع|ارتفع|انخفض|سجل|وصل|تجاوز|قفز|هبط|صعد|زاد|نما|تخطي)ت?$")
_APPROXIMATORS = _words("قرابة نحو حوالي زهاء أكثر أقل من ما يقارب يناهز إلى الى")
_APPROXIMATOR_WORDS = 2


def _inserted_source(toks: list[_Tok], source: _Found) -> int | None:
    """Return the index of the cue of a source set off by commas right before a figure, else None: "بلغت، وفق
    أرقام صندوق النقد، قرابة 20 بالمائة" → the fund gives the figure its insert opens onto, not the speaker.

    "…، وفق الوزارة، وهو ما …" or "…، بحسب الوكالة، إن …" opens no figure: the source gives nothing of its own here.
    """
    n = len(toks)
    cue_at = next((m for m in range(n) if toks[m].start == source.cue[0]), None)
    end_at = next((m for m in range(n) if toks[m].end == source.end), None)
    if cue_at is None or end_at is None or cue_at < 2 or toks[cue_at - 1].text not in "،," \
            or not toks[cue_at - 2].text.isalpha():
        return None  # "بلغت 20%، وفق الصندوق، …": a figure before it is a closing source's (_closed_clause)
    if end_at + 1 < n and toks[end_at + 1].text in _QUOTES:
        end_at += 1  # "وفق حسابات «المرصد»،"
    m = end_at + 1
    if m >= n or toks[m].text not in "،,":
        return None
    m += 1
    if m + 1 < n and _CHANGE_VERB.match(toks[m].text):
        # "أن معدل التضخم، وفق أرقام الديوان، تراجع إلى 3.4 بالمائة": the insert stands before the clause's verb
        m += 1
    lead = m
    while m < n and m - lead < _APPROXIMATOR_WORDS and (toks[m].text in _APPROXIMATORS
                                                        or toks[m].text.removeprefix("ب") in _APPROXIMATORS):
        m += 1
    figure = toks[m].text.removeprefix("ب") if m < n else ""
    if figure[:1].isdigit() or figure and lookup_word(normalize_word(figure)) is not None:
        return cue_at
    return None


# What opens a later clause whose setting verb has its own subject: "…، فيما قرر مصرف قطر …، وخفض مصرف البحرين …".
_WHEREAS = _words("إذ اذ")  # "…، إذ خفض البنك السعودي الفائدة إلى 4,75%، وخفض مصرف الإمارات …"
_SETTING_CLAUSE_OPENERS = _words("فيما وفيما بينما وبينما") | _WHEREAS
_DAMMA = "\u064f"



def _phrase_attribution(body: str, s0: int, raw: str, norm: _NormalizedView, toks: list[_Tok], phrase: _Phrase,
                        cue: str = "") -> Attribution:
    """Return the phrase read in a sentence (raw, normalised as norm, at body offset s0) as an attribution in body."""
    a = s0 + norm.raw(toks[phrase.start].start + phrase.trim)
    b = s0 + _raw_end(raw, norm.raw(toks[phrase.end - 1].end - 1) + 1)
    return Attribution(body[a:b], a, b, cue)

def _setting_clauses(body: str, sentence: Sentence, item: _Parsed, speaker: Attribution | None, texts: frozenset[str],
                     readings: SentenceReadings | None) -> list[tuple[int, Attribution]]:
    """Return the bodies that set figures in clauses of their own, with where their verb starts.

    A setting verb (خفض، رفع، حدد، ألزم …) with its own subject, a body or an official, that opens a later clause
    after a comma or فيما/بينما sets the figures after it: "…، فيما قرر مصرف قطر خفض الفائدة إلى 4,35%، وخفض
    مصرف البحرين المركزي الفائدة إلى 5%" → مصرف البحرين المركزي states 5%. The verb that opens the sentence sets
    the figures before a speaker who speaks only in a later clause: "وحددت هيئة المسح قوة الزلزال عند 6,1 درجات،
    فيما أشار المركز الأوروبي إلى أن قوته بلغت 6,2" → the survey states 6,1 (figure_setter reads it).
    Acts on a body's own stock (ألغى، وزع …) count only where no source word names who gives the figures.
    """
    if _SETTING_WORDS.isdisjoint(texts):
        return []
    s0, raw, norm, toks = item.s0, item.raw, item.norm, item.toks
    sourced = not _SOURCE_WORD_STARTS.isdisjoint(texts)
    found = []
    explaining = None  # where the setter of a clause opened by إذ stands in found
    for k in compress(count(), map(_SETTING_SURFACE.__contains__, map(_TOK_TEXT, toks))):
        prev = toks[k - 1].text if k else ""
        if k < 2 or not (prev in "،," and toks[k].text[:1] in "وف" or prev in _SETTING_CLAUSE_OPENERS
                         and toks[k - 2].text in "،,"):
            continue
        if sourced and _SETTING_SURFACE[toks[k].text] in _ACTING_VERBS:
            continue
        written = raw[norm.raw(toks[k].start):norm.raw(toks[k].end - 1) + 1].lstrip("وف")
        if written[1:2] == _DAMMA:
            continue  # "، فيما أُغلقت حركة المرور": a passive, whose subject sets nothing
        phrase = _parse_np(toks, _skip_adverbs(toks, k + 1))
        phrase = _setting_subject(toks, k, phrase) if phrase is not None else None
        if phrase is None:
            continue
        if prev in _WHEREAS and explaining is None:
            explaining = len(found)
        found.append((s0 + norm.raw(toks[k].start), _phrase_attribution(body, s0, raw, norm, toks, phrase, _cue_text(raw, norm, toks[k][1:3]))))
    for m in compress(count(), map(_GAP_OPENS.__contains__, map(_TOK_TEXT, toks))):
        phrase = _gapped_setter(toks, m + 1)
        if phrase is None:
            continue
        found.append((s0 + norm.raw(toks[m + 1].start), _phrase_attribution(body, s0, raw, norm, toks, phrase)))
    found.sort(key=itemgetter(0))
    if explaining is not None and explaining == len(found) - 1 \
            and not (speaker is not None and speaker.start > found[explaining][0]):
        # "ويعد هذا الخفض الثالث، إذ خفض البنك الفائدة بما مجموعه 75 نقطة": a lone إذ-clause explains the writer's
        # own words; only where later clauses have their own setter or speaker does each setter claim its figures.
        del found[explaining]
    if speaker is not None and not speaker.carried and s0 < speaker.start < sentence.end \
            and not opened_by_source_word(speaker.cue):
        setter = figure_setter(body, sentence, readings)
        if setter is not None and setter.cue and setter.end <= speaker.start:
            at = body.find(setter.cue, s0, setter.start)
            found.append((at if at >= 0 else s0, setter))
    return found


_GAP_OPENS = frozenset("،,")


def _gapped_setter(toks: list[_Tok], m: int) -> _Phrase | None:
    """Return the body at toks[m], after "، و", whose verb is the setting verb of the clause before, left out:
    "…، إذ خفض البنك السعودي الفائدة إلى 4.25%، ومصرف الإمارات المركزي سعر الأساس إلى 3.65%" → مصرف الإمارات
    المركزي sets 3.65%. The body (an institution) is followed by no verb of its own and by a figure in its
    clause; the clause before opens on a setting verb. "، والبنك المركزي يتوقع …" has a verb of its own.
    """
    n = len(toks)
    t = toks[m].text if m < n else ""
    if t[:1] != "و" or not _is_institution(_strip_al(t[1:])):
        return None
    before = max((p for p in range(m - 1) if toks[p].text in "،,؛;"), default=-1)  # ("4.25" holds a ".")
    verb = before + 1
    if verb < m - 1 and toks[verb].text in _SETTING_CLAUSE_OPENERS:
        verb += 1  # "، إذ خفض البنك …"، "، فيما رفع المصرف …"
    if verb >= m - 1 or _SETTING_SURFACE.get(toks[verb].text.lstrip("وف")) not in _RATE_SETTING:
        return None
    window = [toks[m]._replace(text=t[1:])] + toks[m + 1:m + 12]
    phrase = _parse_np(window, 0)
    if phrase is None or phrase.mode != "org":
        return None
    phrase = _Phrase(m, m + phrase.end, phrase.mode, phrase.named, phrase.trim + 1)
    after = toks[phrase.end].text if phrase.end < n else ""
    if not after.isalpha() or _verb_lemma(after) or after in _PLAIN_THAT or not _figure_in_clause(toks, phrase.end):
        return None
    return phrase


# The rate moves a gapped clause repeats: "خفض البنك الفائدة إلى 4%، والمصرف سعر الأساس إلى 3.6%".
_RATE_SETTING = frozenset(("خفض", "رفع", "أبقى", "ثبت", "حدد"))


# Outcomes that results or data show, written as an indefinite verbal noun right after أظهر: its object, not who shows.
_OUTCOMES = _words("فوز تقدم تراجع ارتفاع انخفاض تحسن زيادة نمو حصول تصدر")


def _shown_outcome(toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether the phrase after أظهر is what is shown, an outcome in construct: "فوز لائحة الحزب"."""
    head = toks[phrase.start].text
    return not _is_al(head) and not toks[phrase.start].tanween and head in _OUTCOMES \
        and phrase.start + 1 < len(toks) and (toks[phrase.start + 1].text.isalpha()
                                              or toks[phrase.start + 1].text[:1].isdigit())  # "فوز 12 متسابقاً"


def _that_after_apposition(toks: list[_Tok], j: int) -> bool:
    """Say whether إن/أن follows token j, directly or past one apposition set off by commas."""
    n = len(toks)
    if j < n and toks[j].text in "،,":
        close = next((m for m in range(j + 1, min(n, j + _APPOSITION_WINDOW)) if toks[m].text in "،,"), None)
        if close is None:
            return False
        j = close + 1  # "رأت هالة عرفات، رئيسة قسم البحوث، أن"
    return j < n and toks[j].text in _PLAIN_THAT


_CONTRAST_OPENERS = _words("لكن ولكن")
_SECOND_CLAUSE_WORDS = _words("فيما وفيما بينما وبينما حين وحين الوقت") | _CONTRAST_OPENERS  # any opener holds one
_COMMAS_TO_MAIN_CLAUSE = 3  # "وفيما أكدت الوزارة، في بيان، أن …، حمّل …": commas inside the while-clause


_PLURAL_VERB_END = ("وا", "ون")  # اعتبروا، يقولون


def _people_before_plural_verb(toks: list[_Tok], phrase: _Phrase, k: int) -> bool:
    """Say whether a plural of people ("المحتجين"، "مزارعون") is the subject of the plural verb right after it:
    "…، غير أن المحتجين اعتبروا أنها …". The verb's plural tells people speak; "، فيما تشير القوانين" does not."""
    return phrase.end == k and bool(_PLURAL_PEOPLE.match(toks[phrase.start].text)) \
        and toks[k].text.endswith(_PLURAL_VERB_END)


def _participle_clause_speaker(toks: list[_Tok]) -> tuple[int, _Found] | None:
    """Return where a clause of a verb that does not report speech starts, and its subject, when a speech
    participle closes it: "وفيما شددت الوزارة على أن …، حمّل النائب X الحكومة المسؤولية، معتبراً أن …" → X;
    "قال الوزير إن …، فيما انتقد النائب X الخطة، مؤكداً أن …" → X.

    The clause follows a while-clause that opens the sentence, or a comma and فيما/بينما/في حين/لكن; a clause opened by
    a verb that states figures is read by figure_sources already. Commas inside a quotation open no clause.
    """
    n = len(toks)
    words = list(map(_TOK_TEXT, toks))
    opener = _while_opener(words, 0)
    opens_with_while = opener > 0
    if not opens_with_while and _SECOND_CLAUSE_WORDS.isdisjoint(words):
        return None  # no clause to read: most sentences open none, and no comma below opens one without a word
    if opens_with_while and opener < n and _ANALYSE_SURFACE.get(words[opener]) not in _FIGURE_VERBS:
        # The while-clause itself closed by the participle: "وبينما حمّل النائب X الوزارة المسؤولية، مؤكداً أن
        # …، قال الوزير إن …" → X. Only right after its first comma: a later participle is the main clause's.
        first_comma = _first_comma_outside_quotes(toks, opener)
        if first_comma is not None and first_comma + 1 < n and words[first_comma + 1] in _PARTICIPLES:
            agent = _participle_agent(toks[opener:])
            if agent is not None:
                return opener, agent
    quotes = commas = 0
    for c in range(1, n - 3):
        t = toks[c].text
        quotes += t in _QUOTES
        if t not in "،," or quotes % 2:
            continue
        commas += 1
        if commas > _COMMAS_TO_MAIN_CLAUSE:
            return None
        m = c + 1
        opener = _while_opener(words, m) or int(words[m] in _CONTRAST_OPENERS)
        if not (opens_with_while or opener):
            continue
        m += opener
        if m >= n or _ANALYSE_SURFACE.get(toks[m].text) in _FIGURE_VERBS:
            continue  # "، فيما قال X إن …": the verb's own clause, read by figure_sources
        if _OUTCOME_VERB.match(toks[m].text):
            # "وأوضحت X أن …، فيما نالت كتلة Y 3 آلاف صوت، مضيفة أن …": what Y got is told in X's words;
            # the participle goes on with X, not with the one an outcome befell
            continue
        agent = _participle_agent(toks[m:])
        if agent is not None:
            return c + 1, agent
    return None


# Verbs of an outcome that befalls the subject (votes won, a level reached), not an act it states.
_OUTCOME_VERB = re.compile(r"^(?:نال|حصل|فاز|حاز|حقق|بلغ|وصل|تجاوز|تراجع|ارتفع|انخفض)ت?$")


def _first_comma_outside_quotes(toks: list[_Tok], start: int) -> int | None:
    """Return the index of the first comma at or after start that no quotation holds, or None."""
    quotes = 0
    for m in range(start, len(toks)):
        quotes += toks[m].text in _QUOTES
        if toks[m].text in "،," and not quotes % 2:
            return m
    return None


# Words that open the clause of a second speaker: "، فيما قال …"، "في حين أكد …"، "لكن مصدراً … أكد".
# "، وهو ما نفته الوزارة" opens the denier's clause as "، فيما قال" does.
_CLAUSE_OPENERS = _words("فيما وفيما بينما وبينما في حين وحين لكن ولكن إذ اذ حيث") | _WHAT_POINTS_BACK | {"ما"} | _AT_A_TIME
_CLAUSE_MARKS = "،,؛;"


def speaker_clauses(body: str, sentence: Sentence, speaker: Attribution | None,
                    sources: list[tuple[int, Attribution]]) -> list[tuple[int, int, Attribution]]:
    """Return the parts of a sentence that two speakers share, each with its span and speaker; [] for one.

    sources are figure_sources(body, sentence, speaker=speaker). A later clause that a speech verb with its own
    subject opens is its subject's: "وأعلنت الوزارة تعليق الدراسة، فيما أوضح الطيران المدني أنه ألغى 4
    رحلات" → the ministry, then the airline. A while-clause or a source phrase before the speaker's clause
    is its own source's: "وبينما يرى الباحث X أن …، تقول Y إن …" → X, then Y. A verb with no subject
    ("، فيما أكدت أن …"), the speaker again, or a clause inside a quotation splits nothing.
    """
    if speaker is None or not sources:
        return []
    s0, s1 = sentence.start, sentence.end
    own = s0 <= speaker.start < s1  # named in this sentence, not carried from an earlier one
    if own:
        spoken = speaker.end
    else:
        # "ودعت المديرية …، فيما لفت المقدم X": a carried speaker speaks from its cue in this sentence.
        cue_at = body.find(speaker.cue, s0, s1) if speaker.cue else -1
        if cue_at < 0:
            return []
        spoken = cue_at + len(speaker.cue)
    cuts: list[tuple[int, Attribution]] = [(s0, speaker)]  # where a part starts, and who speaks in it
    earlier = [(at, s) for at, s in sources if s.end <= speaker.start and at >= s0]
    if own and len(earlier) == 1 and _ANALYSE_SURFACE.get(normalize(speaker.cue)):
        at, source = earlier[0]
        verb = body.rfind(speaker.cue, source.end, speaker.start)
        if verb < 0 or body[verb + len(speaker.cue):speaker.start].strip():
            verb = speaker.start  # subject first: "…، لكن مصدراً أكد"
        cut = _clause_cut(body, s0, source.end, verb) or _clause_cut(body, s0, source.end,
                                                                     _lead_in_start(body, source.end, verb))
        source_phrase = at == s0 and normalize(source.cue) in _SOURCE_WORD_STARTS  # "وبحسب بيان لـ…، تقرر"
        if cut is not None and (source_phrase or _saying(source)) and not _same_speaker(source, speaker) \
                and len(body[source.end:cut[0]].split()) >= 2:
            cuts = [(s0, source), (cut[1], speaker)]
    for at, source in sources:
        if at <= spoken or not _saying(source) or _same_speaker(source, cuts[-1][1]):
            continue
        after, clause = max(cuts[-1][0], spoken), min(at, source.start)
        cut = _clause_cut(body, s0, after, clause)
        if cut is None and (lead := _lead_in_start(body, after, clause)) < clause \
                and normalize(body[lead:clause]).split()[0] in _DESCRIBED_BY:
            cut = _clause_cut(body, s0, after, lead)  # "…، وهو قرار قالت السلطة إنها ستبحثه": the noun opens it
        if cut is not None:
            cuts.append((cut[1], source))
    if len(cuts) < 2:
        return []
    parts = []
    for (start, who), (end, _) in zip(cuts, cuts[1:] + [(s1, None)]):
        while end > start and body[end - 1] in _CLAUSE_MARKS + " \n\t":
            end -= 1  # a part ends before the comma that closes it
        parts.append((start, end, who))
    return parts


def _saying(source: Attribution) -> bool:
    """Say whether a source speaks in a clause of its own: a speech verb whose subject is no data noun.

    "فيما تُعلن نتائج الدورة مطلع الشهر" is passive: results are announced, they say nothing.
    """
    head = normalize(source.speaker).split()[:1]
    cue = normalize(source.cue)
    return (_VERB_SURFACE.get(cue) in _SAYING_VERBS or cue in _PARTICIPLES) \
        and _strip_al(head[0] if head else "") not in _DATA_NOUNS


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    """Say whether two mentions may name one speaker: "الوزيرة" after "وزيرة الخارجية … تشوي سون هوي"; not a body
    and an official of it ("الجمعية" and "رئيس الجمعية، الدكتور فلان")."""
    if _is_body(a.speaker) != _is_body(b.speaker):
        return False
    x, y = sorted((_title_key(a.speaker), _title_key(b.speaker)), key=len)
    return all(w in y for w in x)


_LEAD_IN_WORDS = 3


def _lead_in_start(body: str, after: int, verb: int) -> int:
    """Return where a few words that lead into a speech verb start, right after a comma; else the verb.

    "…، وهي فجوة قال خبراء إن الربط لن يغطي عشرها": the noun the speech clause describes opens the speakers'
    clause, so the clause before the comma keeps its own source.
    """
    comma = max(body.rfind(m, after, verb) for m in _CLAUSE_MARKS)
    lead = body[comma + 1:verb] if comma >= 0 else ""
    if not 0 < len(lead.split()) <= _LEAD_IN_WORDS or any(c.isdigit() for c in lead):
        return verb
    return comma + 1 + len(lead) - len(lead.lstrip())


def _clause_cut(body: str, s0: int, after: int, clause: int) -> tuple[int, int] | None:
    """Return where the part before a clause ends and the clause starts, or None when nothing opens it there.

    clause is where its verb (or, subject first, its subject) stands; a comma, an opener (فيما، في حين، لكن)
    or both must come right before it, after `after`. The sentence up to there must leave no quotation open:
    a quoted "فيما قال" splits nothing.
    """
    start = clause
    words = list(re.finditer(r"\S+", body[after:clause]))
    if len(words) >= 3 and _while_opener([normalize(w.group()) for w in words[-3:]], 0) == 3:
        start, words = after + words[-3].start(), words[:-3]  # "، في الوقت الذي أكدت النقابة"
    elif len(words) >= 2 and normalize(words[-2].group()) in _CONTRAST \
            and normalize(words[-1].group()) in _PLAIN_THAT:
        start, words = after + words[-2].start(), words[:-2]  # "، غير أن المحتجين اعتبروا"، "، إلا أن مصدراً أكد"
    for word in reversed(words):
        if normalize(word.group()) not in _CLAUSE_OPENERS:
            break
        start = after + word.start()
    mark = max(body.rfind(m, after, start) for m in _CLAUSE_MARKS)
    if mark < 0 or body[mark + 1:start].strip():
        mark = -1  # no comma right before the clause
    if mark < 0 and start == clause:
        return None
    end = mark if mark >= 0 else start
    if end <= after or _quote_balance(body[s0:end]):
        return None
    return end, start


# A numbered part of a rulebook: "المادة 180 من الدستور"، "الفصل 47 من الدستور"، "البند 3 من الاتفاق".
_RULE_PARTS = _words("مادة بند فقرة فصل")


def _rulebook_article(toks: list[_Tok], j: int) -> int | None:
    """Return the end of "المادة 180 من الدستور" at toks[j] (also "للمادة"، "لمادة"), or None: a numbered part
    of a rulebook, whose rulebook follows "من"; "الفصل 3 من الرواية" is no rule."""
    n = len(toks)
    if j + 3 >= n:
        return None
    head = toks[j].text
    head = "ال" + head[2:] if head.startswith("لل") else head[1:] if head[:1] == "ل" else head
    if _strip_al(head) not in _RULE_PARTS or not toks[j + 1].text.isdigit() or toks[j + 2].text != "من":
        return None
    book = toks[j + 3].text
    if _strip_al(book) not in _RULEBOOKS:
        return None
    end = j + 4
    if not _is_al(book):  # "من قانون الانتخابات": the rulebook in construct
        if end >= n or not _is_al(toks[end].text) or toks[end].text in _STOP:
            return None
        end += 1
    while _adjective_at(toks, end):
        end += 1
    return end


def rule_source(body: str, sentence: Sentence, readings: SentenceReadings | None = None) -> Attribution | None:
    """Return the rulebook a source word credits in the sentence ("بحسب لائحة المسابقة"), or None.

    The rulebook must be in construct with a definite noun that says whose or of what it is: "وفق القانون"
    or "حسب الحاجة" names no document.
    """
    s0, _, raw, norm, toks = _read_sentence(body, sentence, readings)
    n = len(toks)
    # A source word, with or without its و/ف (_bare_source_word(t) in _SOURCE_WORDS is t in _SOURCE_WORD_STARTS),
    # before the sentence's last two tokens: found with C-level iteration, not a call per token.
    for k in compress(count(), map(_SOURCE_WORD_STARTS.__contains__, map(_TOK_TEXT, toks[:n - 2]))):
        j = k + 2 if toks[k + 1].text == "ل" else k + 1
        head = toks[j].text if j < n else ""
        article = _rulebook_article(toks, j)
        if article is not None:  # "ووفقاً للمادة 180 من الدستور" (the span after لل, as a source's: _as_name)
            skip = 2 if head.startswith("لل") else 1 if head[:1] == "ل" else 0
            a = s0 + norm.raw(toks[j].start + skip)
            b = s0 + _raw_end(raw, norm.raw(toks[article - 1].end - 1) + 1)
            return Attribution(body[a:b], a, b, _cue_text(raw, norm, toks[k][1:3]))
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
# What a body does with its own stock, service or money counts it: "ألغت الشركة 12 رحلة"، "تسلّمت المديرية 43 قطعة"،
# "وكانت الهيئة قد أغلقت باب التسجيل بعد أن تجاوز المتقدمون 19 ألفاً"، "ووزعت الجمعية 3 آلاف سلة"؛ and its threat of
# what it will do: "وكانت اللجنة قد لوّحت بتعليق الدوام في 400 مدرسة". Only where no source word names who gives
# the figures ("واستقبل المركز، وفق الصالحي، نحو 400 طلب": الصالحي does, though no earlier sentence named him).
_ACTING_FORMS = (("ألغى", "ألغى ألغت"), ("أوقف", "أوقف أوقفت"), ("تسلم", "تسلم تسلمت"), ("سلم", "سلم سلمت"),
                 ("أغلق", "أغلق أغلقت"), ("وزع", "وزع وزعت"), ("خصص", "خصص خصصت"), ("صرف", "صرف صرفت"),
                 ("منح", "منح منحت"), ("استقبل", "استقبل استقبلت"), ("أنجز", "أنجز أنجزت"), ("نفذ", "نفذ نفذت"),
                 ("شحن", "شحن شحنت"), ("وظف", "وظف وظفت"), ("لوح", "لوح لوحت"),
                 # a tender it puts out: "وطرحت الوزارة مناقصة لشراء 120 ألف طن"; and state debt it auctions or sells:
                 # "طرح البنك المركزي أذون خزانة بقيمة 40 مليار"، "وكان المصرف قد باع سندات حكومية بقيمة 5 مليارات"
                 ("طرح", "طرح طرحت"), ("باع", "باع باعت"),
                 # "وكانت الحكومة قد رصدت للبرنامج غلافاً مالياً قدره 120 مليار درهم": the sum it allocates (and
                 # "رصدت الشبكة 12 هزة": the count it records); only with a figure in its clause (_figure_in_clause)
                 ("رصد", "رصد رصدت"),
                 # "كما أصدر البنك المركزي أذون خزانة بقيمة 50 مليون دينار": the issuer states the worth of the
                 # state debt it issues (_issues_state_debt)
                 ("أصدر", "أصدر أصدرت"))
_ACTING_VERBS = frozenset(lemma for lemma, _ in _ACTING_FORMS)
# Verbs of giving, which claim a figure only when what is given is one: "وقدّمت قطر مليوني دولار"، "اعتمد المجلس
# الموازنة العامة بقيمة 3 مليارات"; not "وقدم الوزير استقالته إلى الرئيس في 3 أيار".
_GIVING = frozenset(("قدم", "تبرع", "أرسل", "اعتمد", "أعطى"))
_GIFT_WINDOW = 4  # "الموازنة العامة بقيمة 3 مليارات": the thing given and its worth before the figure
_GIFT_ENDS = _words("في إلى الى على عن من خلال منذ بعد قبل حتى")


def _gives_a_figure(toks: list[_Tok], j: int) -> bool:
    """Say whether a figure is what is given, within a few words past the giver ending at toks[j]."""
    m = _past_inserts(toks, j)
    for t in map(_TOK_TEXT, toks[m:m + _GIFT_WINDOW]):
        if t.removeprefix("ب")[:1].isdigit() or lookup_word(normalize_word(t)) is not None:
            return True
        if t in "،,.؛" or t in _GIFT_ENDS:
            return False
    return False


def _figure_in_clause(toks: list[_Tok], j: int) -> bool:
    """Say whether a figure stands after toks[j] before the clause ends (a comma, a full stop): "رصدت الحكومة
    لبرنامج إعادة الإعمار غلافاً مالياً قدره 120 مليار درهم"."""
    for t in map(_TOK_TEXT, toks[_past_inserts(toks, j):]):
        if t in "،,.؛;؟?!":
            return False
        if t.removeprefix("ب")[:1].isdigit() or lookup_word(normalize_word(t)) is not None:
            return True
    return False


# State debt a central bank or a finance ministry sells at auction, whose results it publishes as it does a rate
# decision: "أذون خزانة"، "سندات حكومية"، "صكوك سيادية". A firm's bond issue is a market event, no statement
# ("أصدرت الشركة سندات بقيمة 500 مليون دولار").
_TREASURY_BILLS = _words("أذون أذونات")
_STATE_SECURITIES = _words("سندات صكوك")
_OF_THE_STATE = _words("خزانة الخزانة خزينة الخزينة حكومية الحكومة سيادية سيادي")
_SECURITIES_WINDOW = 6  # "أصدر المصرف في أبريل الماضي سندات": a time before what is issued


def _issues_state_debt(toks: list[_Tok], j: int) -> bool:
    """Say whether state debt is what is issued after the issuer ending at toks[j], with a figure in its clause:
    "أصدرت وزارة المالية الأسبوع الماضي صكوكاً سيادية بقيمة 2 مليار"; not "أصدرت المحكمة حكماً بسجن 3 متهمين"
    nor "أصدرت الشركة سندات بقيمة 500 مليون" (no state's debt)."""
    j = _past_inserts(toks, j)  # "أصدرت الخزانة، أمس، أذونات"
    inserts_left = 1  # "طرح البنك، أمس، نيابة عن وزارة المالية، أذون خزانة": one more phrase set off by commas
    end = min(len(toks) - 1, j + _SECURITIES_WINDOW)
    m = j
    while m < end:
        t = _strip_al(toks[m].text).rstrip("ا")
        if toks[m].text in "،," and inserts_left and m > j and all(x.text.isalpha() for x in toks[j:m]):
            inserts_left, j = 0, m + 1
            m, end = j, min(len(toks) - 1, j + _SECURITIES_WINDOW)
            continue
        if toks[m].text in "،,.؛;؟?!":
            return False
        if t in _TREASURY_BILLS or t in _STATE_SECURITIES and toks[m + 1].text.rstrip("ا") in _OF_THE_STATE:
            return _figure_in_clause(toks, m + 1)
        m += 1
    return False


# What a state, named by its country, does as a body would: pledge, give, send.
_STATE_ACTS = frozenset(("تعهد", "قدم", "تبرع", "أرسل"))
_SETTING_SURFACE = {prefix + normalize(form): lemma for lemma, forms in
                    (("حدد", "حدد حددت"), ("خفض", "خفض خفضت"), ("رفع", "رفع رفعت"),
                     # "أبقى البنك المركزي الفائدة عند 7.5%"، "وثبّت المصرف سعر الصرف عند 1310 ليرات": holding a
                     # rate sets it as much as moving it does; "قلّصت الشركة إنتاجها إلى 40 ألف برميل"
                     ("أبقى", "أبقى أبقت"), ("ثبت", "ثبت ثبتت"), ("قلص", "قلص قلصت"),
                     # "أحبطت الجمارك تهريب 2 طن"، "ضبطت الشرطة 40 كيلوغراماً": the body that seizes counts the haul
                     ("ضبط", "ضبط ضبطت"), ("أحبط", "أحبط أحبطت"), ("صادر", "صادر صادرت"),
                     # "أحالت الوزارة 14 موظفاً إلى التحقيق": the body that refers people for trial counts them
                     ("أحال", "أحال أحالت"),
                     # "وافق مجلس الإدارة على صرف 52 مليون دينار": the body that approves an amount sets it
                     ("وافق", "وافق وافقت"),
                     # A body's target: "تعمل الوزارة على استقطاب 11 مليون زائر"، "تستهدف الشركة إنتاج 5 آلاف طن".
                     ("عمل", "يعمل تعمل"), ("سعى", "يسعى تسعى"), ("استهدف", "يستهدف تستهدف استهدف استهدفت"),
                     # "فيما تراهن الهيئة على بلوغ 40 مليون زائر": a bet on a figure is a target too (with على)
                     ("راهن", "يراهن تراهن"),
                     # "وألزمت المحكمة الشركة بدفع 40 ألف دينار"، "كما ألزم القرار المدارس بخفض رسومها 10%"
                     ("ألزم", "ألزم ألزمت"),
                     # "وسّعت الوزارة نطاق القرار ليشمل الشركات في 14 قطاعاً": who widens a rule's reach sets it
                     ("وسع", "وسع وسعت"),
                     # "بدأت البلدية، مطلع الشهر، تطبيق تعرفة جديدة ترفع السعر إلى 125 ديناراً": who applies it sets it
                     ("بدأ", "بدأ بدأت"),
                     # "وكان ولي العهد قد وجّه بإتاحة 81 ألف قطعة"، "وجّهت الوزيرة بصرف 500 مليون": an order, as أمر;
                     # only with ب after the verb's subject (_orders_with_ba): "وجّه الوزير رسالة" orders nothing
                     ("وجه", "وجه وجهت"),
                     # "كما تعهدت الإمارات بتقديم 5 ملايين دولار": who pledges a sum sets it; a state pledges too
                     ("تعهد", "تعهد تعهدت"),
                     # What a giver gives it counts: "وقدّمت قطر مليوني دولار"، "تبرعت الشركة بـ5 ملايين درهم"،
                     # "وأرسلت الإمارات 40 طناً من المساعدات"، "واعتمد المجلس موازنة بـ3 مليارات"
                     ("قدم", "قدم قدمت"), ("تبرع", "تبرع تبرعت"), ("أرسل", "أرسل أرسلت"),
                     ("اعتمد", "اعتمد اعتمدت"),
                     # "وتنظم الجمعية ندوة بمشاركة 14 باحثاً": who holds an event counts who takes part in it (only
                     # with "بمشاركة" and a figure: _counts_participants)
                     ("نظم", "نظم نظمت ينظم تنظم"),
                     # "…، فيما أعلن بنك الكويت خفض الفائدة إلى 3.25%، وقرر مصرف قطر خفضها إلى 3.85%": a later
                     # clause's decision sets the figures after it as خفض does
                     ("قرر", "قرر قررت"),
                     # "أقدم البنك المركزي، أمس، على خفض الفائدة إلى 27%": who undertakes a measure sets it (only with
                     # على after its subject: _AIM_PARTICLES; "أقدم مسجد" is the oldest one)
                     ("أقدم", "أقدم أقدمت"),
                     # "…، فيما أعطاها المركز الألماني 4.8 درجة": a rating given to what was named before (with its
                     # pronoun only: "أعطى الوزير الإشارة" gives nothing counted)
                     ("أعطى", "أعطاه أعطاها أعطته أعطتها"),
                     *_ACTING_FORMS)
                    for form in forms.split() for prefix in ("", "و", "ف")}
_SETTING_WORDS = frozenset(_SETTING_SURFACE)  # built once: _setting_clauses asks it of every sentence
# "وكان المجلس الدستوري قد قبل 5 ملفات ترشح من أصل 60": a body's acceptance counts what it accepted. Only after قد
# (figure_setter): "قبل" is mostly "before" ("وقبل 3 أيام"، "قبل الوزير").
_SETTING_AFTER_QAD = {normalize(form): "قبل" for form in ("قبل", "قبلت")}
_SETTER_WORDS = _SETTING_WORDS | frozenset(_SETTING_AFTER_QAD)


def _setting_lemma(word: str) -> str:
    """Return the lemma of a setting verb's written form (of _SETTING_SURFACE or _SETTING_AFTER_QAD)."""
    return _SETTING_SURFACE.get(word) or _SETTING_AFTER_QAD[word]


# What a verb of aiming needs after its subject: "تعمل الوزارة على"، "تسعى الهيئة إلى" ("تعمل الشركة في 30 دولة"
# states where it works, not a target of its own).
_AIM_PARTICLES = {"عمل": _words("على"), "سعى": _words("إلى الى"), "أقدم": _words("على"), "راهن": _words("على")}
# What a body begins to apply when it sets a price: "بدأت الأمانة تطبيق تعرفة جديدة"، "بدأت الهيئة فرض رسوم".
_APPLYING = _words("تطبيق بتطبيق فرض بفرض تحصيل بتحصيل العمل")
_CHARGES = _words("تعرفة تعريفة تسعيرة رسوم رسم أسعار ضريبة أجور")
_CHARGE_WINDOW = 8  # "بدأت أمانة العاصمة، مطلع شباط الجاري، تطبيق": a name's rest and a time before the object


def _applies_a_charge(toks: list[_Tok], j: int) -> bool:
    """Say whether "تطبيق تعرفة …" (applying a charge) follows the subject ending at j, within a few words."""
    for m in range(j, min(len(toks) - 1, j + _CHARGE_WINDOW)):
        t = toks[m].text
        if t in _APPLYING:
            nxt = toks[m + 2].text if t == "العمل" and m + 2 < len(toks) else toks[m + 1].text
            return _strip_al(nxt.removeprefix("ب")) in _CHARGES or _strip_al(nxt) in _CHARGES
        if t in ".؟?!؛;" or _verb_lemma(t):
            return False
    return False


def _orders_with_ba(toks: list[_Tok], j: int) -> bool:
    """Say whether what "وجّه" orders, a ب- verbal noun, comes right after toks[j] and a time set in between:
    "قد وجّه مطلع الشهر الجاري بإجراءات"، "وجّهت الوزيرة بصرف"; not "وجّه رسالة"، "وجّه الشكر"."""
    m = _past_inserts(toks, j)
    if m < len(toks) and toks[m].text in _BEGINNING_OF:
        m += 1  # "مطلع الشهر": a time head _TEMPORAL leaves out ("مصدر مطلع" is an informed source)
    m = _past_inserts(toks, _time_phrase_end(toks, m))
    return m < len(toks) and toks[m].text[:1] == "ب" and len(toks[m].text) > 3 and not _is_al(toks[m].text)


_BEGINNING_OF = _words("مطلع بداية")


# What a body begins to run or build, whose size it then states: "بدأت الوزارة التشغيل التجريبي للمحطة بقدرة
# 300 ميغاواط"، "بدأت الشركة تنفيذ طريق بطول 40 كيلومتراً".
_RUNNING = _words("تشغيل التشغيل تنفيذ إنشاء بناء إنتاج الإنتاج ضخ تركيب")


def _starts_running(toks: list[_Tok], j: int) -> bool:
    """Say whether "التشغيل …" (running or building a project) is the first word past the subject ending at j
    and its inserts: "بدأت الوزارة، الثلاثاء، التشغيل التجريبي"; not "بدأت الوزارة حملة لتشغيل الشباب"."""
    m = _past_inserts(toks, j)
    return m < len(toks) and toks[m].text in _RUNNING


_TEAMS = _words("منتخب فريق نادي")  # "رفع المنتخب رصيده إلى 12 نقطة": a tally, set by no decision
_OPENING_ALSO = _words("و ف كما وكما")  # "كما خفض البنك …": the verb still opens the sentence's own clause
# A ruling or decision named again binds someone to a sum itself: "كما ألزم الحكم المتهم بدفع غرامة 5 آلاف دينار".
_RULINGS = _words("حكم قرار")


_TENDERS = _words("مناقصة مناقصات مزايدة مزايدات مزاد عطاء عطاءات")


def _puts_out_tender(toks: list[_Tok], j: int) -> bool:
    """Say whether a tender is what the body puts out, right after its name and a time set off by commas:
    "وطرحت الوزارة، أمس، مناقصة لشراء 120 ألف طن"; not "طرح المصرف أوراقاً نقدية" nor "طرح الوزير سؤالاً"."""
    m = _past_inserts(toks, j)
    return m < len(toks) and toks[m].text.rstrip("ا") in _TENDERS


_REFERRAL_WINDOW = 5  # "أحالت الوزارة، الإثنين، 14 موظفاً": a time set off by commas before the count


def _refers_a_count(toks: list[_Tok], j: int) -> bool:
    """Say whether a figure is whom the verb of referral refers, before إلى: "أحالت الوزارة، الإثنين، 14 موظفاً إلى"."""
    for tok in toks[j:j + _REFERRAL_WINDOW]:
        if tok.text in ("الى", "إلى"):
            return False
        if tok.text[:1].isdigit():
            return True
    return False


_WITH_PARTICIPATION = _words("بمشاركة وبمشاركة")
_PARTICIPANT_WINDOW = 3  # "بمشاركة أكثر من 300 عارض"


def _counts_participants(toks: list[_Tok], j: int) -> bool:
    """Say whether the clause after the organiser ending at j counts who takes part: "بمشاركة 14 باحثاً"، "بمشاركة
    نحو 300 عارض". The event's name and when and where it is held may come first; a sentence end stops the search."""
    for m in range(j, len(toks) - 1):
        if toks[m].text in ".؟?!؛;":
            return False
        if toks[m].text in _WITH_PARTICIPATION:
            return any(t.text[:1].isdigit() for t in toks[m + 1:m + 1 + _PARTICIPANT_WINDOW])
    return False


def _past_time_insert(toks: list[_Tok], j: int) -> int:
    """Return where the clause goes on after a few words set off by commas at toks[j] ("، أمس الثلاثاء،"), or j."""
    if j < len(toks) and toks[j].text in "،,":
        close = next((m for m in range(j + 1, min(len(toks), j + _INSERT_WORDS + 1)) if toks[m].text in "،,"), None)
        if close is not None and close + 1 < len(toks) and close > j + 1 \
                and all(t.text.isalnum() for t in toks[j + 1:close]):
            return close + 1
    return j


def _setting_subject(toks: list[_Tok], k: int, phrase: _Phrase) -> _Phrase | None:
    """Return the subject of the setting verb at toks[k] as the body that sets the figures after it, or None.

    The subject is a body or an official ("خفض البنك"، "قرر وزير التعليم"), not a team's tally ("رفع المنتخب رصيده");
    a ruling binds whom it names after it ("ألزم الحكم المتهم"). Verbs that set a figure only in one shape
    (وجه، عمل، سعى، أحال، بدأ) must show it.
    """
    lemma = _setting_lemma(toks[k].text)
    if _strip_al(toks[phrase.start].text) in _TEAMS:
        return None
    if lemma == "ألزم" and _is_al(toks[phrase.start].text) and _strip_al(toks[phrase.start].text) in _RULINGS:
        phrase = phrase._replace(end=phrase.start + 1)  # "ألزم الحكم المتهم": the ruling, then whom it binds
    elif lemma == "وجه":
        phrase = _decision_maker(toks, phrase)  # "ووجهت الوزيرة بصرف": what is ordered is no part of her name
        if phrase is None or not _orders_with_ba(toks, max(k + 1, phrase.end)):
            return None
    elif lemma in _STATE_ACTS and phrase.mode == "place":
        pass  # "تعهدت الإمارات بتقديم"، "وقدمت قطر مليوني دولار": a state's pledge or gift
    elif _decision_maker(toks, phrase) != phrase:
        return None
    if lemma == "تعهد" and not (phrase.end < len(toks) and toks[phrase.end].text[:1] == "ب"
                                and len(toks[phrase.end].text) > 3):
        return None  # "تعهد الوزير للنواب": a pledge must say what, with ب
    aim = _AIM_PARTICLES.get(lemma)
    if aim is not None and not (phrase.end < len(toks) and toks[_past_time_insert(toks, phrase.end)].text in aim):
        return None
    if lemma == "طرح" and not _puts_out_tender(toks, phrase.end) and not _issues_state_debt(toks, phrase.end):
        return None  # "وطرح المصرف أوراقاً نقدية جديدة": no figure of its own
    if lemma == "باع" and not _issues_state_debt(toks, phrase.end):
        return None  # "وباع المستثمرون أسهماً بقيمة 3 ملايين": a trade, no body's own figure
    if lemma == "أحال" and not _refers_a_count(toks, phrase.end):
        return None  # "وأحالت النيابة الملف إلى القضاء": no one counted
    if lemma == "بدأ" and not _applies_a_charge(toks, phrase.end) and not _starts_running(toks, phrase.end):
        return None  # "بدأت الوزارة حملة توعية": no figure of its own
    if lemma in _GIVING and not _gives_a_figure(toks, phrase.end):
        return None  # "وكان المجلس قد أرسل مشروع القانون إلى البرلمان": what it sends is no figure
    if lemma in ("رصد", "قبل") and not _figure_in_clause(toks, phrase.end):
        return None  # "وكانت الوزارة قد رصدت تجاوزات في المعبر": no figure allocated or counted
    if lemma == "أصدر" and not _issues_state_debt(toks, phrase.end):
        return None  # "وكانت المحكمة قد أصدرت حكمها في فبراير 2024": a ruling, no worth of its own
    if lemma == "نظم" and not _counts_participants(toks, phrase.end):
        return None  # "نظمت الجمعية وقفة احتجاجية أمام 3 وزارات": where or against whom, not who took part
    return phrase


_THAT_AFTER_WHEN = _words("أن")
_AFTER_BEFORE = _words("بعد وبعد قبل وقبل")


def _is_figure(t: str) -> bool:
    return t.removeprefix("ب")[:1].isdigit() or lookup_word(normalize_word(t)) is not None


def _amma_setter(toks: list[_Tok], k: int) -> _Phrase | None:
    """Return the topic of أما when the setting verb at toks[k] answers it with ف: "أما البنك المركزي التونسي، فقد
    أبقى الفائدة عند 7.5%"، "أما المصرف فخفض …"; a thing is no one ("أما الأسعار، فقد رفعها التجار")."""
    v = k - 1 if k and toks[k - 1].text == "فقد" else k
    if v == k and toks[k].text[:1] != "ف":
        return None
    end = v - 1 if v and toks[v - 1].text in "،," else v
    start = _clause_start(toks, end)
    if end - start < 2 or toks[start].text not in _AMMA:
        return None
    return _amma_topic(toks, start + 1, end)


def figure_setter(body: str, sentence: Sentence, readings: SentenceReadings | None = None) -> Attribution | None:
    """Return the body that sets the sentence's figures with a verb of setting, or None.

    "وحددت الوزارة، في مقرر، الحصة بحوالي 32 ألف طن"، "وكان البنك المركزي قد خفض الفائدة بإجمالي 725
    نقطة أساس"، "أحبطت الجمارك تهريب 2 طن": the subject, a body or an official (as for قرر), claims them.
    A ruling or a decision that binds someone to a sum claims it too: "كما ألزم القرار المدارس بخفض رسومها 10%".
    """
    s0, _, raw, norm, toks = _read_sentence(body, sentence, readings)
    opening = _after_dateline(toks)  # "القاهرة- خفض البنك المركزي …": the verb opens the sentence after its dateline
    sourced = not _SOURCE_WORD_STARTS.isdisjoint(map(_TOK_TEXT, toks))
    for k in compress(count(), map(_SETTER_WORDS.__contains__, map(_TOK_TEXT, toks))):
        prev = toks[k - 1].text if k else ""
        if toks[k].text in _SETTING_AFTER_QAD and prev not in ("قد", "وقد"):
            continue  # "قبل" is "before" unless قد stands before it
        if sourced and _setting_lemma(toks[k].text) in _ACTING_VERBS:
            continue
        phrase = None
        if prev in ("قد", "وقد") and _after_kana_subject(toks, k - 1):
            phrase = _parse_np(toks, _clause_start(toks, k - 1) + 1)  # "وكان البنك قد خفض"
            if phrase is not None and phrase.end != k - 1:
                phrase = None
        elif (amma := _amma_setter(toks, k)) is not None:
            phrase = amma  # "أما البنك المركزي التونسي، فقد أبقى الفائدة عند 7.5%"
        elif prev in _THAT_AFTER_WHEN and k >= 2 and toks[k - 2].text in _AFTER_BEFORE and not sourced \
                and not any(_is_figure(t.text) for t in toks[:k]):
            # "وتأتي العطاءات بعد أن قررت اللجنة الإبقاء على الفائدة عند 21%": the clause of time holds the
            # sentence's first figures, which the body sets ("ارتفعت الأسهم 3% بعد أن خفض البنك …" does not; nor
            # "…، وفق وزارة المالية": a source word names who gives them)
            phrase = _parse_np(toks, _skip_adverbs(toks, k + 1))
        elif k == opening or (k == 1 and prev in _OPENING_ALSO) or (k > 2 and k == _after_opening_place(toks)) \
                or (k > 2 and k == _after_connective(toks)):
            # "وفي وقت سابق من العام، وسعت الوزارة …": a time or place set off first, then the verb; "وعلى المنوال
            # نفسه، خفض المصرف …": a connective phrase
            phrase = _parse_np(toks, _skip_adverbs(toks, k + 1))
        elif k > opening and toks[k].text[:1] not in "وف":
            # "شركة «إيتا إيرويز» الإيطالية ألغت 12 رحلة": the subject opens the sentence, the verb follows it
            phrase = _parse_np(toks, opening)
            if phrase is not None and (phrase.end != k or phrase.mode != "org"):
                phrase = None
        phrase = _setting_subject(toks, k, phrase) if phrase is not None else None
        if phrase is None:
            continue
        return _phrase_attribution(body, s0, raw, norm, toks, phrase, _cue_text(raw, norm, toks[k][1:3]))
    phrase = _meeting_holder(toks) or _survey_author(toks)
    if phrase is not None:
        return _phrase_attribution(body, s0, raw, norm, toks, phrase)
    k = next((m for m, tok in enumerate(toks) if tok.text in _RECEIPT_MASDARS
              and any(x.text[:1].isdigit() for x in toks[m + 1:m + _RECEIPT_WINDOW])), None)
    phrase = _receiver(toks, k) if k is not None else None
    if phrase is None:
        return None
    return _phrase_attribution(body, s0, raw, norm, toks, phrase, _cue_text(raw, norm, toks[k][1:3]))


# Studies that state figures of their own; the body that conducted one claims them. A toll or figures a body
# announced are its own as well: "وكانت الحصيلة الأولية التي أعلنتها السلطات قد بلغت نحو 800 قتيل".
_SURVEYS = _words("استطلاع استطلاعات مسح دراسة دراسات تقرير إحصاء بحث "
                  "حصيلة أرقام بيانات إحصاءات إحصائيات معطيات")


_POLLS = _words("استطلاع استطلاعات مسح")
_COVERED_THEM = _words("شملهم شملتهم شملهن شملتهن")
_TOOK_PART = _words("شاركوا شاركن")  # "12 من أصل 19 اقتصادياً شاركوا في استطلاع أجرته …"
_RESPONDENTS_WORDS = 6  # "9 من أصل 14 محللاً شملهم"
_POLLED = frozenset(p + normalize(w) for w in ("استطلع", "استطلعت") for p in ("", "و"))
_THEIR_VIEWS = _words("آراءهم آراءهن آرائهم رأيهم")
_POLLSTER_WORDS = 6  # "استطلعت وكالة بلومبرغ للأنباء آراءهم"


def poll_taker(body: str, sentence: Sentence, readings: SentenceReadings | None = None) -> Attribution | None:
    """Return who polled the people whose count the sentence opens with, or None: "ويتوقع 48 من أصل 60 اقتصادياً
    استطلعت وكالة رويترز آراءهم أن …" → وكالة رويترز; "وكان 9 من أصل 14 محللاً شملهم استطلاع أجرته «عرب فاينانس»
    قد توقعوا …" → عرب فاينانس. The poll counted them and reports what they expect; "توقع 12 خبيراً أن …" names none.
    """
    s0, _, raw, norm, toks = _read_sentence(body, sentence, readings)
    n = len(toks)
    first = next((m for m, tok in enumerate(toks) if tok.text[:1].isdigit()), None)
    if first is None or any(t.text in _THAT for t in toks[:first]):
        return None  # "وقال رئيس الجمعية إن 12 خبيراً استطلعت الجمعية آراءهم …": the speaker reports the poll
    # The count opens the sentence or a clause: "وكانت الأسواق تترقب خطوة أكبر؛ إذ توقع 12 من أصل 19 …"
    clause = max((m + 1 for m in range(first) if toks[m].text in _CLAUSE_MARKS), default=0)
    if first - clause >= _RESPONDENTS_WORDS:
        return None
    phrase = None
    for m in range(first + 1, min(n - 1, first + _RESPONDENTS_WORDS + 1)):
        t = toks[m].text
        if t in _CLAUSE_MARKS or t in _THAT:
            return None
        if t in _POLLED:
            pollster = _parse_np(toks, m + 1)  # "استطلعت وكالة رويترز آراءهم" (the reader may take آراءهم in)
            views = next((v for v in range(m + 2, min(n, m + 2 + _POLLSTER_WORDS)) if toks[v].text in _THEIR_VIEWS),
                         None)
            phrase = pollster._replace(end=views) if pollster is not None and views is not None \
                and pollster.start < views <= pollster.end else None
            break
        if _respondents_of_poll(toks, m):
            phrase = _survey_author(toks)  # "شملهم استطلاع أجرته «عرب فاينانس»"
            break
    if phrase is None or not (phrase.mode in ("org", "person") or phrase.named):
        return None
    return _phrase_attribution(body, s0, raw, norm, toks, phrase)


def _respondents_of_poll(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] ties a count of people to the poll that asked them: "شملهم استطلاع"، "شاركوا في
    استطلاع"; not "شاركوا في المؤتمر" (no poll)."""
    if toks[m].text in _COVERED_THEM:
        return True
    return toks[m].text in _TOOK_PART and m + 2 < len(toks) and toks[m + 1].text == "في" \
        and _strip_al(toks[m + 2].text) in _POLLS


def _survey_author(toks: list[_Tok]) -> _Phrase | None:
    """Return who conducted the survey or study that states the sentence's figures, or None.

    "وكان استطلاع أجرته رويترز شمل 15 محللاً قد أظهر توقعات بخفض 150 نقطة": no one speaks, but the
    poll's author claims what it found. Only an author linked by a verb or "صادر عن" and named before the
    first figure: "بيانات البنك" may name what is counted, and a later figure may be someone else's.
    """
    first_figure = next((m for m, tok in enumerate(toks) if tok.text[:1].isdigit()), len(toks))
    # "وكان 9 من أصل 14 محللاً شملهم استطلاع أجرته «عرب فاينانس»": the poll counts its respondents before it
    covered = next((m for m in range(first_figure, min(len(toks), first_figure + _RESPONDENTS_WORDS))
                    if _respondents_of_poll(toks, m)), None)
    if covered is not None and all(t.text not in _CLAUSE_MARKS for t in toks[first_figure:covered]):
        first_figure = next((m for m in range(covered, len(toks)) if toks[m].text[:1].isdigit()), len(toks))
    for m in range(first_figure):
        if _strip_al(toks[m].text) not in _SURVEYS:
            continue
        author = _document_author(toks, m + 1, definite=_is_al(toks[m].text))
        if author is not None and author.end <= first_figure and (any(
                tok.text in _ISSUED_IT or tok.text in _ISSUED_BY for tok in toks[m + 1:author.start])
                or (covered is not None and m > covered and not _is_al(toks[m].text)
                    and toks[m + 1].text[:1] == "ل")):  # "شملهم استطلاع لوكالة بلومبرغ": a poll by the agency
            return author
    return None


# "عقدت اللجنة اجتماعا، استعرضت خلاله جاهزية 62 مركزا": the body that holds the meeting states what it reviews
# or approves in it.
_HELD = frozenset(p + normalize(w) for w in ("عقد", "عقدت") for p in ("", "و", "ف"))
_MEETINGS = _words("اجتماعا اجتماعًا اجتماعاً جلسة لقاء")
_IN_THE_MEETING = _words("خلاله خلالها فيه فيها")
_REVIEWED = frozenset(normalize(w) for w in "استعرض استعرضت ناقش ناقشت بحث بحثت".split())


# What a meeting came out with: "عقدت الوزارة اجتماعاً، خرج بتوصية لتمويل …"، "أسفر عن …"، "انتهى إلى …".
_OUTCOME_VERBS = {"خرج": "ب", "أسفر": "عن", "انتهى": "إلى"}
_OUTCOME_SURFACE = {prefix + normalize(verb): normalize(particle) for verb, particle in _OUTCOME_VERBS.items()
                    for prefix in ("", "و")}


def _meeting_outcome(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] opens what the meeting came out with: "خرج بتوصية"، "أسفر عن"، "انتهى إلى"."""
    particle = _OUTCOME_SURFACE.get(toks[m].text)
    nxt = toks[m + 1].text
    return particle is not None and (nxt == particle or (particle == "ب" and nxt[:1] == "ب" and len(nxt) > 3))


def _meeting_holder(toks: list[_Tok]) -> _Phrase | None:
    """Return the body that held the meeting in which the sentence's figures are reviewed or that came out with
    them, or None."""
    n = len(toks)
    review = next((m for m in range(1, n - 1) if toks[m - 1].text in "،," and (
        (toks[m].text in _REVIEWED and toks[m + 1].text in _IN_THE_MEETING) or _meeting_outcome(toks, m))), None)
    if review is None:
        return None
    for k in range(review):
        if toks[k].text in _HELD and k + 1 < n:
            phrase = _parse_np(toks, k + 1)
            # the meeting noun follows the body, maybe past where it sits: "اللجنة … بمحافظة ظفار اجتماعا"
            if phrase is not None and phrase.mode == "org" and phrase.end < review \
                    and any(t.text in _MEETINGS for t in toks[phrase.end:min(review, phrase.end + 4)]):
                return phrase
    return None


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


def _closed_clause(toks: list[_Tok], source: _Found, speaker_end: int | None, norm: _NormalizedView, *,
                   data_named: bool = False) -> int | None:
    """Return the first token of the comma clause that a trailing named source closes, when it is not the speaker's.

    "أعلن النادي ضم اللاعب، في صفقة بلغت 3 ملايين، بحسب ما أفادت به صحيفة X": the newspaper, not the club,
    gives the fee. The speaker keeps his own clause (his verb and its object) and everything he reports
    with إن/أن, a colon or a quote, whatever source he cites after it; the source must end the sentence
    and be a body, a person or a named outlet, not a bare document ("وفق بيان رسمي").

    data_named: the speaker is itself a source phrase, so a closing source of bare data ("وفق بيانات رسمية") is a
    source as good as the first one, and states its own clause.
    """
    if speaker_end is None:
        return None
    n = len(toks)
    cue_at = _closing_source_cue(toks, source, data_named=data_named)
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
    contrast = _closed_while_clause(toks, cue_at, first) \
        if _told_outlet(toks, source) or _body_data(toks, source, cue_at) else None
    if contrast is not None:
        return contrast
    if any(t.text in _THAT or t.text == ":" or t.text in _QUOTES for t in toks[first:cue_at]):
        return None  # reported speech: the speaker keeps it
    comma = cue_at - 1 if cue_at and toks[cue_at - 1].text in "،," else cue_at
    m = comma - 1
    while m > first and (toks[m].text not in "،,؛;" or m + 1 < n and toks[m + 1].text in _COMPARED_WITH):
        # "إذ تراجع التضخم إلى 12% في أغسطس، مقابل 13.9% في يوليو، وفق بيانات الجهاز": the comparison set off
        # by a comma goes on with the clause of the figure it is compared with
        if _ANALYSE_SURFACE.get(toks[m].text):
            return None  # a clause with its own speech verb
        m -= 1
    if m <= first or (toks[m + 1].text[:1] == "و" and len(toks[m + 1].text) > 2):
        return None  # "أعلنت الشرطة اعتقال رجلين، وضبط 5 كيلوغرامات، بحسب …": the speaker's clause goes on
    return m + 1


_COMPARED_WITH = _words("مقابل ومقابل مقارنة ومقارنة")


def _closed_while_clause(toks: list[_Tok], cue_at: int, first: int) -> int | None:
    """Return where a while-clause starts that a trailing named source (its cue at cue_at) closes, or None.

    "وأضاف المحافظ أن السعر الرسمي بلغ 2315 جنيهاً، في حين يُتداول في السوق الموازية بأكثر من 3100 جنيه، بحسب
    متعاملين تحدثوا لـ«سونا»": the speaker's reported speech ends at the contrast, whose figures the source after
    it gives. The clause runs from the opener after a comma (في حين، فيما، بينما) to the source with no إن/أن,
    quote, colon or speech verb of its own. (Only for a source that told the outlet, _told_outlet: "…، فيما بلغ
    الدين 90 مليارا، بحسب البنك المركزي" may be the speaker's own source for all he says.)
    """
    words = [t.text for t in toks]
    for m in range(cue_at - 1, first, -1):
        t = words[m]
        if t in _THAT or t == ":" or t in _QUOTES or _ANALYSE_SURFACE.get(t):
            return None
        if words[m - 1] in "،," and (_while_opener(words, m) or words[m] in _IN and words[m + 1] in _AT_A_TIME):
            return m  # "، فيما …"، "، في حين …"، "، في وقت …"
    return None


_IN = _words("في وفي")


def _body_data(toks: list[_Tok], source: _Found, cue_at: int) -> bool:
    """Say whether the source is a body's data, a data noun right before the body's name: "بحسب معطيات بنك الجزائر",
    "وفق أرقام الوزارة"; the writer's citation of what the body published, not a body the speaker cites
    ("…، فيما بلغ الدين 90 مليارا، بحسب البنك المركزي")."""
    data = cue_at + 1
    return data + 1 < len(toks) and _strip_al(toks[data].text.removeprefix("ل")) in _DATA_NOUNS \
        and toks[data + 1].start == source.start


_OBSERVED_AT = _words("لدى عند")
_OBSERVED_WORDS = 6  # "لدى عدد من الصرافين"، "عند محطات الوقود في المدينة"


def _where_observed_end(toks: list[_Tok], j: int) -> int:
    """Return the end of where a source observed what it tells, closing the sentence after it ("بحسب ما رصدته
    الصحيفة لدى عدد من الصرافين"), else j: لدى/عند and a few plain words."""
    n = len(toks)
    if j >= n or toks[j].text not in _OBSERVED_AT:
        return j
    end = next((m for m in range(j + 1, n) if not (toks[m].text.isalnum() and not _verb_lemma(toks[m].text))), n)
    return end if end - j <= _OBSERVED_WORDS + 1 and all(not t.text.isalnum() for t in toks[end:]) else j


# Who the source told, closing the sentence: "بحسب متعاملين تحدثوا لـ«سونا»"، "وفق مصادر تحدثت إلى الصحيفة".
_TOLD = _words("تحدث تحدثت تحدثوا صرح صرحت صرحوا")
_TO_WHOM = _words("ل إلى الى")


def _told_to_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a short "told to" clause that closes the sentence right after a source ("متعاملين تحدثوا
    لـ«سونا»"), else j: a verb of telling, ل or إلى, and a name, quoted or not."""
    n = len(toks)
    if not (j + 1 < n and toks[j].text in _TOLD
            and (toks[j + 1].text in _TO_WHOM or toks[j + 1].text[:1] == "ل" and toks[j + 1].text.isalpha())):
        return j
    end = next((m for m in range(j + 2, n) if not (toks[m].text.isalnum() or toks[m].text in _QUOTES)), n)
    return end if end - j <= _OBSERVED_WORDS + 1 and all(not t.text.isalnum() for t in toks[end:]) else j


def _told_outlet(toks: list[_Tok], source: _Found) -> bool:
    """Say whether who the source told closes the sentence after it: "بحسب متعاملين تحدثوا لـ«سونا»", the writer's
    own source, not one the speaker cites."""
    end_at = next((m for m in range(len(toks)) if toks[m].end == source.end), None)
    return end_at is not None and _told_to_end(toks, end_at + 1) > end_at + 1


def _closing_source_cue(toks: list[_Tok], source: _Found, *, data_named: bool = False) -> int | None:
    """Return the index of the cue token of a source that closes the sentence and names someone, else None.

    Only time words may follow it ("…، وفق ما أعلنته الشركة الشهر الماضي"); a document with no author
    ("وفق بيان رسمي") names no one.
    """
    n = len(toks)
    cue_at = next((m for m in range(n) if toks[m].start == source.cue[0]), None)
    end_at = next((m for m in range(n) if toks[m].end == source.end), None)
    if end_at is not None and end_at + 1 < n and toks[end_at + 1].text in _QUOTES:
        end_at += 1  # the closing mark of a quoted name: "بحسب ما رصدته "بلدي نيوز""
    if cue_at is None or end_at is None or any(t.text.isalnum() and t.text not in _TEMPORAL
                                               for t in toks[_told_to_end(toks, _where_observed_end(toks, end_at + 1)):]):
        return None
    head = _strip_al(next((t.text for t in toks if t.start <= source.start < t.end), ""))
    return None if head in _DOCUMENT_NOUNS and not (data_named and head in _DATA_NOUNS) else cue_at


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
        # 4,9; "و6,7" too, a figure joined to the one before it by its و
        decimal = t == "," and toks[m - 1].text[-1:].isdigit() and m + 1 < n and toks[m + 1].text.isdigit()
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

    __slots__ = ("norm", "raw", "s0", "_toks", "_parts", "subjects")

    def __init__(self, norm: _NormalizedView, raw: str, s0: int) -> None:
        self.norm, self.raw, self.s0 = norm, raw, s0
        self._toks: list[_Tok] | None = None
        self._parts: list[str] | None = None
        self.subjects: dict[int, _Phrase | None] = {}  # _verb_subject's phrases, read on these toks

    @property
    def parts(self) -> list[str]:
        """The sentence split as gap, token, gap, token, …, gap."""
        if self._parts is None:
            self._parts = _split_tokens(self.norm.text)
        return self._parts

    @property
    def words(self) -> list[str]:
        """The text of each token (words and punctuation marks), without building the tokens."""
        return self.parts[1::2]

    @property
    def opening_words(self) -> list[str]:
        """The text of the first two tokens; a sentence no rule split yet is not split for them."""
        if self._parts is not None:
            return self._parts[1:4:2]
        return [m.group() for m in islice(_TOKEN.finditer(self.norm.text), 2)]

    @property
    def toks(self) -> list[_Tok]:
        if self._toks is None:
            self._toks = _tokens(self.norm, self.raw, self.parts)
        return self._toks


_WORD = re.compile(r"\w+")
_TRIGGERS = frozenset(_VERB_SURFACE) | frozenset(_GATED_SURFACE) | _SOURCE_WORD_STARTS \
    | {"لسان"} | _PARTICIPLES | {"و" + w for w in _PARTICIPLES} | _REMINDING | _ISSUE_STARTS | _THEREBY | _UNDER | _THIS
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


def introduces_list(text: str) -> bool:
    """Say whether a line that a colon closes introduces a list of a report's figures: "أبرز الأرقام في التقرير:"،
    "ومن أبرز نتائج المسح:". It names a document or its figures; "اقرأ أيضاً:" or "ملخص:" names none."""
    if not text.rstrip().endswith(":"):
        return False
    words = [_strip_al(w[1:] if w[:1] in "وف" and len(w) > 4 else w) for w in _TOKEN.findall(normalize(text))]
    return any(w in _DOCUMENT_NOUNS or w in _DATA_NOUNS or w in _PRICE_TABLES for w in words)


# A table of prices a body issues: "صدر عن الوزارة جدول أسعار المحروقات، وجاءت الأسعار على الشكل الآتي:".
_PRICE_TABLES = _words("جدول تسعيرة")


def reports_figures(attribution: Attribution) -> bool:
    """Say whether a claimant is a body or a document ("التقرير"), whose report a list of figures may go on with;
    a person's figures stay his."""
    words = [t for t in _TOKEN.findall(normalize(attribution.speaker)) if t.isalpha()]
    return _is_body(attribution.speaker) or bool(words) and _strip_al(words[0]) in _DOCUMENT_NOUNS


# A sentence that goes on with the figures of the report before it opens on a verb that states a figure,
# "وسجلت أسعار الزيوت تراجعا بنسبة …"، "وبلغت إيرادات القطاع …", maybe after a topic phrase ("وعلى مستوى نشاط
# الشاحنات، سجل الميناء …"). Not a market move told by the writer ("وهبط الجنيه …"), nor background.
_STATING_VERBS = _words("سجل سجلت بلغ بلغت يبلغ تبلغ يقدر تقدر قدر قدرت "
                        "ضبط ضبطت صودر صودرت")  # a police report's seizures: "وضُبط بحوزتهم 37 هاتفاً"
_TOPIC_WORDS = 6  # words of "وعلى مستوى نشاط الشاحنات،"


def continues_report(text: str) -> bool:
    """Say whether a sentence with no source of its own goes on with the figures of the sentence before it.

    Not when it names a source the reading missed ("…، بحسب مؤشرات محال الصاغة") or a body acts in it
    ("وتسجل الوزارة …": its own figures).
    """
    words = _TOKEN.findall(normalize(text))
    if not words or not _SOURCE_WORD_STARTS.isdisjoint(words) or "لسان" in words:
        return False  # على alone ("على أساس سنوي") names no source; "على لسان" does
    if words[0] in _ALSO:
        # "كما ارتفع عدد السيارات المستوردة إلى نحو 187 ألفاً": "also" adds to what the report before told
        verb = words[1] if len(words) > 1 else ""
        return (verb in _STATING_VERBS or verb in _MOVE_VERBS) and not (len(words) > 2 and _is_institution(words[2]))
    if words[0] in _AMMA:
        return _amma_figure(words)
    if words[0][:1] != "و":
        return False
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


_ALSO = _words("كما")
_AMMA_TOPIC_WORDS = 4  # "أما التعويضات المدفوعة للمؤمَّنين فبلغت"


def _amma_figure(words: list[str]) -> bool:
    """Say whether "أما <topic> ف<verb>" states a figure of a topic that is not a body: "أما التعويضات المدفوعة
    فبلغت 610 ملايين" goes on with the report; "أما الوزارة فسجلت …" is the ministry's own."""
    for m in range(2, min(len(words), _AMMA_TOPIC_WORDS + 2)):
        w = words[m]
        verb = words[m + 1] if w == "فقد" and m + 1 < len(words) else w[1:] if w[:1] == "ف" else ""
        if verb in _STATING_VERBS:
            return not any(_is_institution(t) or _is_title(t) for t in words[1:m])
        if not w.isalpha():
            return False
    return False


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


def _same_body_as_last(written: Attribution, last: Attribution) -> Attribution | None:
    """Return the last speaker when a bare body names it again: "وأوضح المركز الوطني …" then "وتوقع المركز"
    is the same centre, not "مركز العاصفة" mentioned in between."""
    key = _title_key(written.speaker)
    words = _title_key(last.speaker)
    if key and len(words) > len(key) and words[:1] == key[:1] and all(w in words for w in key):
        return last
    return None


def named_body_for(claimant: Attribution, speaker: Attribution | None) -> Attribution:
    """Return the sentence's speaker when a figure's source is a bare back-reference to the body it names.

    "ووقعت هيئة تنمية المؤسسات الصغيرة … اتفاقية لإدراج منتجات 60 مؤسسة، بحسب بيان للهيئة": the
    figure's source "الهيئة" is the authority the sentence named in full (and took as its speaker).
    """
    if speaker is None or claimant is speaker or _has_name(claimant.speaker) or len(_title_key(claimant.speaker)) != 1:
        return claimant
    return _same_body_as_last(claimant, speaker) or claimant


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
    owned = _owned_title(key[0])
    if owned:
        key = _title_key(owned) + key[1:]  # "مديرها العام" points back to "المدير العام للهيئة"
    for cand in reversed(named[-20:]):
        words = _title_key(cand.speaker)
        if not need_name and words[:1] != key[:1]:
            continue  # "الصندوق" is the fund, not "المديرة العامة للصندوق …" whose title names it
        if all(w in words for w in key):
            return cand
        if need_name and all(w in words + _title_key(_appositive_title(body, cand)) for w in key):
            return cand  # "وقالت فاطمة أيت الحاج، رئيسة تعاونية «تيفاوين»، إن" then "وأوضحت رئيسة التعاونية"
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
            if k and toks[k - 1].text in _ANY_ONE:
                continue  # "وأن كل بنك يحق له التقدم": any bank, no mention of the one named again
            phrase = _parse_np(toks, k)
            if not phrase or (need_name and not phrase.named) or phrase.end - phrase.start < 2:
                continue
            if need_name and _things_not_a_person(toks, phrase):
                continue
            a = s0 + norm.raw(toks[phrase.start].start + (phrase.trim or _lam_clitic(toks[phrase.start].text)))
            b = _raw_end(body, s0 + norm.raw(toks[phrase.end - 1].end - 1) + 1)
            if b > written.start:
                continue  # the sentence's own text after the bare title: "وقعت شركة X … وفق إفصاح نشرته الشركة"
            if all(w in _title_key(body[a:b]) for w in key):
                return Attribution(body[a:b], a, b, "")
    return None


_ANY_ONE = _words("كل لكل بكل وكل أي لأي بأي")
_APPOSITION = re.compile(r"\s*[،,]\s*([^،,.:؛\n]{1,80})[،,]")


def _appositive_title(body: str, speaker: Attribution) -> str:
    """Return the title set off by commas right after a named speaker ("فاطمة أيت الحاج، رئيسة تعاونية …،"), or ""."""
    m = _APPOSITION.match(body, speaker.end)
    return m.group(1) if m else ""


def _things_not_a_person(toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether a title-shaped mention is a count of things or a plural of things, not a person a bare title
    points back to: "من أكثر من 910 مزارع منتشرة" (farms), "مصانع كثيرة" (factories).

    A noun a number counts names many, never the one person; an indefinite head without ة whose one word after
    it ends in ة agrees as a thing's plural does (a man's role takes a masculine adjective: "مزارع مسن").
    """
    k = phrase.start
    if k and toks[k - 1].text.isdigit():
        return True
    head = toks[k].text
    return phrase.end - k == 2 and not _is_al(head) and not head.endswith("ه") \
        and toks[k + 1].text.endswith("ه") and not _is_al(toks[k + 1].text) \
        and toks[k + 1].text not in _NOUN_SHAPED_NAMES


def _lam_clitic(t: str) -> int:
    """Return the length of a لل clitic on a mention's first word ("للمديرية العامة" → 2): a speaker never
    starts with a preposition, and its span starts after it (the article's alif restored for the name)."""
    return 2 if t.startswith("لل") and len(t) > 4 else 0


_FIRST = itemgetter(slice(0, 1))  # a tuple's first item, as a tuple (empty for an empty one)


# Adjectives that name one body unambiguously: "بحسب أرقام أممية" are the United Nations' figures.
# Not الحكومية or الرسمية: which government or office they mean depends on the article.
_BODY_ADJECTIVES = {normalize(w): "الأمم المتحدة" for w in ("أممية", "أممي", "الأممية", "الأممي")}
_DOCUMENTS_OR_DATA = _DOCUMENT_NOUNS | _DATA_NOUNS  # built once, not on each call


def body_named_by_adjective(speaker: str, cue: str | None) -> str | None:
    """Return the body a document's adjective names ("بحسب أرقام أممية" → الأمم المتحدة), else None.

    Only after a source word (بحسب، وفق …), which asks whose the figures are; a document that is a verb's
    subject ("وكانت تقارير أممية قد أشارت") stays as written.
    """
    cue_words = normalize(cue).split() if cue else []
    if not cue_words or cue_words[0] not in _SOURCE_STARTS:
        return None
    words = [t for t in _TOKEN.findall(normalize(speaker)) if t.isalpha()]
    if len(words) == 2 and _strip_al(words[0]) in _DOCUMENTS_OR_DATA:
        return _BODY_ADJECTIVES.get(words[1])
    return None


# A firm's financial statements are always its own: "حقق البنك أرباحاً …، وفقاً للقوائم المالية" credits the bank,
# and "وأظهرت القوائم …"، "وبحسب الميزانية" later go on with it.
_STATEMENTS = _words("قوائم ميزانية")
_SHOWING_VERBS = _words("أظهرت وأظهرت كشفت وكشفت بينت وبينت أوضحت وأوضحت")
_STATEMENTS_WORDS = 3  # "القوائم المالية المستقلة"
_SOURCED_TO_STATEMENTS = re.compile(r"(?:^|\s)و?(?:وفقا|وفق|بحسب|حسب|طبقا)\s+(?:لل|ل?ال)(?:قوايم|ميزانيه)(?:\s|[،,.]|$)")


def bare_statements(speaker: str) -> bool:
    """Say whether a speaker is financial statements named without their owner: "القوائم المالية"."""
    folded = normalize(speaker)
    if not any(noun in folded for noun in _STATEMENTS):
        return False  # the usual speaker: no statements noun, so no word to split
    words = [t for t in _TOKEN.findall(folded) if t.isalpha()]
    # "قوائم المالية": the span of "للقوائم المالية" starts after its لل
    return 0 < len(words) <= _STATEMENTS_WORDS and _strip_al(words[0]) in _STATEMENTS \
        and all(_is_al(w) for w in words[1:])


def _opens_on_statements(words: list[str]) -> bool:
    """Say whether a sentence opens "وأظهرت القوائم …": the statements are the showing verb's subject (words: its
    first tokens' text, two at least)."""
    return len(words) > 1 and words[0] in _SHOWING_VERBS and _is_al(words[1]) and _strip_al(words[1]) in _STATEMENTS


def _statements_owner(item: _Parsed) -> Attribution | None:
    """Return the body that opens the sentence as its verb's subject ("حقق بنك X أرباحاً"), or None."""
    toks = item.toks
    phrase = _first_clause_subject(toks, len(toks) - 1)
    if phrase is None or phrase.mode != "org" or _strip_al(toks[phrase.start].text) in _STATEMENTS:
        return None
    a, b = item.s0 + item.norm.raw(toks[phrase.start].start + phrase.trim), \
        item.s0 + _raw_end(item.raw, item.norm.raw(toks[phrase.end - 1].end - 1) + 1)
    return Attribution(item.raw[a - item.s0:b - item.s0], a, b, None)


def _credit_statements_to_owner(parsed: list[_Parsed], results: list[Attribution | None]) -> None:
    """Replace financial statements named as a source by the firm they belong to, carried to later mentions."""
    owner: Attribution | None = None
    for i, item in enumerate(parsed):
        written = results[i]
        if written is not None and bare_statements(written.speaker) \
                or written is None and _SOURCED_TO_STATEMENTS.search(item.norm.text):
            owner = _statements_owner(item) or owner  # "حقق بنك X أرباحاً …، وفقاً للقوائم المالية"
        elif not (written is None and _opens_on_statements(item.opening_words)):
            continue
        if owner is not None:
            cue = written.cue if written is not None else None
            results[i] = Attribution(owner.speaker, owner.start, owner.end, cue, carried=owner.start < item.s0)
