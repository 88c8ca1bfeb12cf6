"""Noun phrases, titles and names: reading the speaker noun phrase at a token (_parse_np, _parse_window), title
chains and the places, employers and destinations that belong to a title, person and organisation name runs,
appositions and coordinations, the author of a document ("تقرير صادر عن …"), the addressee after a speech verb
("قال لرويترز"), and the checks on the subject of a record or ruling verb (_recorder, _court). It imports only
from lexicon.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    _AL_PARTICLES,
    _CLITIC_END,
    _COLOURS,
    _COURTS,
    _DOCUMENT_ADJECTIVES,
    _DOCUMENT_NOUNS,
    _DROP,
    _HONORIFICS,
    _INSTITUTIONS,
    _ISSUED_BY,
    _ISSUED_IT,
    _LINEAGE,
    _MASDAR_FORMS,
    _MASDAR_SHAPED_NAMES,
    _NAME_PARTICLES,
    _NAMED_ORGS,
    _NEEDS_AUTHOR,
    _NISBA,
    _NOUN_SHAPED_NAMES,
    _NON_AGENT_HEADS,
    _PARTICIPLES,
    _PERSON_TITLES,
    _POSSESSED,
    _PUBLISHED,
    _QUOTES,
    _RECORDERS,
    _RECORDING_MEANS,
    _RELATIVE,
    _RESULT_HEADS,
    _GROUP_STANCES,
    _POLITICAL_GROUPS,
    _SOURCE_NOUNS,
    _TESTIMONIES,
    _UNNAMED_SOURCES,
    _STOP,
    _STRONG_END,
    _TAFIL,
    _TEMPORAL,
    _THAT,
    _VERB_SURFACE,
    _W_NAMES,
    _ends_phrase,
    _is_al,
    _is_institution,
    _is_place,
    _is_title,
    _masdar_like,
    _name_like,
    _Phrase,
    _strip_al,
    _Tok,
    _verb_lemma,
    _with_ta_marbuta,
    _words,
)

# --------------------------------------------------------------------------- noun phrases


def _parse_np(toks: list[_Tok], k: int, *, strict: bool = False) -> _Phrase | None:
    """Read the speaker noun phrase starting at token k, or return None."""
    # A speaker phrase is short: reading a bounded window keeps long sentences linear.
    phrase = _parse_window(toks[k:k + _NP_WINDOW], strict=strict)
    return _Phrase(phrase.start + k, phrase.end + k, phrase.mode, phrase.named, phrase.trim) if phrase else None


_NP_WINDOW = 40
_EYE = "عيان"  # "شهود عيان": eyewitnesses
# Adjectives that name who issued a document: "حسب المذكرة الوزارية"، "وفق البلاغ الحكومي" (a memo, not
# "مذكرة التفاهم").
_ISSUER_ADJECTIVES = _words("الوزارية الوزاري الحكومية الحكومي الرئاسية الرئاسي الأممية الأممي الملكية الملكي")
_FAIL = re.compile(r"^ال.ا..$")  # a doer's noun: الفائز، الناجي، الشاهد
_DOER = re.compile(r"^ال.ا..ه?$")  # and its feminine: الفائزة، الحائزة
_ONE_OF = _words("أحد إحدى")
# "one of them", "some of them": a pronoun, never a name. Named after it ("وقال أحدهم، ويدعى محمود، إن"),
# that name speaks; unnamed, no one the reader could name does.
_ONE_OF_THEM = _words("أحدهم أحدهما أحدها إحداهن إحداهما إحداها بعضهم بعضهن")
_CALLED = _words("يدعى ويدعى تدعى وتدعى اسمه واسمه اسمها واسمها")
_BACK_WINDOW = 40


_GLOSS_WINDOW = 6  # tokens of a bracketed gloss: "(Alarm Phone)"، "(LADE)"، "(فاو)"


def _past_gloss(toks: list[_Tok], j: int) -> int:
    """Return j moved past a bracketed gloss after a name ("منظمة «هاتف الإنذار» (Alarm Phone)"), else j."""
    if j < len(toks) and toks[j].text == "(":
        for m in range(j + 1, min(len(toks), j + _GLOSS_WINDOW)):
            if toks[m].text == ")":
                return m + 1
            if toks[m].text in _STRONG_END:
                break
    return j


_QUOTED_NAME_WINDOW = 10  # tokens of a body's name in quotation marks


def _quoted_body(toks: list[_Tok]) -> _Phrase | None:
    """Read a body's name written in quotation marks as a verb's subject: "أعلنت «الجمعية اللبنانية …» (LADE) أنها".

    Only a body (its head an institution word) that إن/أن follows, past a bracketed gloss, or that a Latin
    acronym glosses ("رصدت «الشبكة الوطنية من أجل …» (RNDH) 40 حالة"): a quotation after a speech verb
    ("وأضاف «الحكومة ستدعم المزارعين»") is what is said, not who says it.
    """
    n = len(toks)
    close = next((m for m in range(1, min(n, _QUOTED_NAME_WINDOW)) if toks[m].text in _QUOTES), None)
    if close is None or close < 2:
        return None
    inner = _parse_window(toks[1:close], strict=False)
    after = _past_gloss(toks, close + 1)
    if inner is None or inner.start != 0 or inner.mode != "org":
        return None
    if not (after < n and toks[after].text in _THAT or _acronym_gloss(toks, close + 1, after)
            and not any(map(_verb_in_quote, toks[1:close]))) \
            and not (_that_past_description(toks, after) and not any(map(_verb_in_quote, toks[1:close]))):
        return None
    return _Phrase(1, close, "org", True)


_DESCRIPTION_WORDS = 10  # "، التي تضم حزبي غباغبو وتيام،": a relative clause set off by commas after the name


def _that_past_description(toks: list[_Tok], j: int) -> bool:
    """Say whether إن/أن follows a quoted body's name past what describes it: an ال- adjective and a relative
    clause set off by commas ("«جبهة الخلاص» المعارضة، التي تضم ثلاثة أحزاب، إن"), or past the object of
    a verb of describing ("ووصفت «جبهة الخلاص» المعارضة الانتخابات بأنها")."""
    n = len(toks)
    described = False
    if j < n and _is_al(toks[j].text) and toks[j].text not in _STOP and not _verb_lemma(toks[j].text):
        j, described = j + 1, True  # "المعارضة"
    if j + 1 < n and toks[j].text in "،," and toks[j + 1].text in _RELATIVE:
        close = next((m for m in range(j + 2, min(n, j + _DESCRIPTION_WORDS)) if toks[m].text in "،,"), None)
        if close is None or any(t.text in _QUOTES or t.text in _THAT for t in toks[j + 2:close]):
            return False
        j, described = close + 1, True
    if not described or j >= n:
        return False
    if toks[j].text in _THAT:
        return True
    # the object, then بأن: "الانتخابات بأنها"
    return _is_al(toks[j].text) and j + 1 < n and toks[j + 1].text in _THAT and toks[j + 1].text[:1] == "ب"


_ACRONYM = re.compile(r"^[A-Z][A-Z&.\-]{1,9}$")


def _verb_in_quote(tok: _Tok) -> bool:
    """Say whether a word is an imperfect verb, future (ستدعم) or not: a quoted saying, not a body's name."""
    t = tok.text[1:] if tok.text[:1] == "س" and not tok.text.endswith("ات") else tok.text
    return _imperfect_at([tok._replace(text=t)], 0)


def _acronym_gloss(toks: list[_Tok], start: int, end: int) -> bool:
    """Say whether toks[start:end] is a bracketed Latin acronym: "(LADE)"، "(UNHCR)"."""
    return end == start + 3 and bool(_ACRONYM.match(toks[start + 1].text))


def _named_after_pronoun(toks: list[_Tok]) -> _Phrase | None:
    """For "أحدهم، ويدعى محمود فتحي،" return the name after the pronoun at toks[0], or None."""
    m = 2 if len(toks) > 2 and toks[1].text in "،," else 1
    if m >= len(toks) - 1 or toks[m].text not in _CALLED:
        return None
    name = _parse_window(toks[m + 1:], strict=False)
    if name is None or name.start != 0 or name.mode not in ("name", "person") or not name.named:
        return None
    return _Phrase(m + 1, m + 1 + name.end, "person", True)


# "الجهة المنظمة"، "الجهة المختصة": a body named by its role, a participle after "الجهة" (the singular alone is also
# "a side": "من جهة أخرى"، "الجهة المقابلة").
_BODY_BY_ROLE = _words("الجهة")
_SIDES = _words("المقابلة المجاورة المعاكسة")


def _body_by_role(toks: list[_Tok], k: int) -> bool:
    """Say whether toks[k] is "الجهة" named by what it does: "الجهة المنظمة"، "الجهة المشرفة على الامتحانات"."""
    return toks[k].text in _BODY_BY_ROLE and k + 1 < len(toks) and _participle_adjective(toks[k + 1].text) \
        and toks[k + 1].text not in _SIDES


_ROLE_PREPOSITIONS = _words("على عن")


def _role_complement_end(toks: list[_Tok], j: int) -> int:
    """Return the end of the participle's complement at toks[j] ("على الامتحانات"), else j."""
    if j + 1 < len(toks) and toks[j].text in _ROLE_PREPOSITIONS and _is_al(toks[j + 1].text) \
            and toks[j + 1].text not in _STOP and toks[j + 1].text not in _TEMPORAL:
        return j + 2
    return j


# "وقرر المركزي خفض الفائدة"، "المركزي المصري": the central bank by its adjective alone, heading its phrase (after
# its noun, "البنك المركزي"، "المجلس المركزي", the adjective is read with the noun).
_CENTRAL_BANK = _words("المركزي")
# The US Federal Reserve, by its adjective alone heading its phrase as المركزي does ("الفيدرالي الأمريكي"، "وأبقى
# الفيدرالي الفائدة"), or as "الاحتياطي الفيدرالي"; "الاحتياطي الإجباري/النقدي/الأجنبي" are reserves, no body.
_FEDERAL = _words("الفيدرالي الفدرالي الاتحادي")
_RESERVE = _words("الاحتياطي")
# Nouns that name a body only with the adjective that follows them: "الاحتياطي الفيدرالي"؛ the Algerian courts'
# "القطب الجزائي الاقتصادي والمالي" (not "القطب الشمالي", the pole).
_BODY_BY_ADJECTIVE = {"الاحتياطي": _FEDERAL, "القطب": _words("الجزائي القضائي")}


def _body_named_by_adjective(toks: list[_Tok], k: int) -> bool:
    """Say whether toks[k] heads a body's name: "الفيدرالي"، "الاحتياطي الفيدرالي"، "القطب الجزائي"."""
    t = toks[k].text
    adjectives = _BODY_BY_ADJECTIVE.get(t)
    if adjectives is not None:
        return k + 1 < len(toks) and toks[k + 1].text in adjectives
    return t in _FEDERAL and t != "الاتحادي"  # "الاتحادي" alone is any federal thing


def _parse_window(toks: list[_Tok], *, strict: bool) -> _Phrase | None:
    """Read the speaker noun phrase at the start of toks."""
    k = 0
    n = len(toks)
    if k >= n:
        return None
    tok = toks[k]
    t = tok.text
    if t in _QUOTES:
        return _quoted_body(toks)
    if t == "ام" and not strict and n > 1 and (_name_like(toks[1]) or toks[1].text == "علي") \
            and not _is_place(toks[1].text) \
            and not _is_title(toks[1].text) and not _is_institution(toks[1].text):
        # After أم, علي/على is the son's name however it is spelled: "أم علي أمام المخبز"، "أم على".
        end = max(2, _name_run(toks, 2, already=2)) if toks[1].text == "علي" else _name_run(toks, 1, already=1)
        if end > 1:
            return _Phrase(0, end, "name", True)  # a kunya: "أم علي" (أبو is a name particle already)
    if t in _ONE_OF_THEM:
        return _named_after_pronoun(toks)
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
    if t in _GROUP_SHARES and n > 2:
        group = _group_share(toks, strict=strict)
        if group:
            return group
    if t in _SAME_BEFORE and n > 1 and _is_al(toks[1].text):
        # "ودعا ذات المتحدث"، "وأضاف نفس المصدر": the Maghreb order of "المتحدث ذاته", the one named before
        inner = _parse_window(toks[1:], strict=strict)
        if inner and inner.start == 0 and inner.mode == "person" and not inner.named:
            return inner._replace(start=1, end=inner.end + 1)
    if t in _STRONG_END or t in _STOP or tok.tanween or _verb_lemma(t) or not t.isalpha():
        return None
    bare = _strip_al(t)
    issued = bare in _DOCUMENT_NOUNS and k + 1 < n and toks[k + 1].text in _ISSUER_ADJECTIVES
    if strict and _is_al(t) and _issued_after_relative(toks, k + 1):
        # "وفق اللائحة التي أعلنت عنها مؤسسة …"، "حسب القائمة التي نشرتها الوزارة": whoever issued the list,
        # plan or table states what it holds, whatever the document
        return _document_author(toks, k + 1, definite=True)
    if strict and _is_al(t) and not issued \
            and (bare in _NON_AGENT_HEADS or (_TAFIL.match(bare) and bare not in _SOURCE_NOUNS)):
        return None  # "وفق القانون"، "حسب التصنيف الوظيفي": a rule or a manner, no source
    if (_is_title(t) and not _starts_name(toks, k)) or (t in _HONORIFICS and k + 1 < n):
        mode = "person"  # an honorific reads as a title: the title and name after it follow
    elif _is_institution(t) or _body_by_role(toks, k) or t in _CENTRAL_BANK or _body_named_by_adjective(toks, k):
        if bare in _BRANCHES and not _is_al(t) and not _branch_of(toks, k + 1):
            return None  # "وافتتح فرع جديد": a branch no body owns is what is opened, not who speaks
        if bare == "مركز" and k + 1 < n and _strip_al(toks[k + 1].text) in _CENTRED_EVENTS \
                and not (k + 2 < n and _is_al(toks[k + 2].text) and _NISBA.search(toks[k + 2].text)
                         and toks[k + 2].text not in _CENTRE_OF_EVENT_ADJECTIVES):
            # "أن مركز الزلزال حُدد على بعد 12 كلم": the epicentre, not a centre that speaks; a body's name goes on
            # with its adjective ("مركز الإعصار الوطني"), the epicentre with its own ("مركز الزلزال الرئيسي")
            return None
        mode = "org"
    elif _is_place(t):
        mode = "place"
    elif _is_al(t) and not strict and _DOER.match(t) and (end := _doer_apposition_end(toks, k + 1)) > k + 1:
        return _Phrase(k, end, "person", True)  # "الفائزة بالمقعد المخصص للمرأة، فاطمة الزروق،"
    elif _is_al(t) and (_NISBA.search(t) or _FAIL.match(t)) and not strict \
            and (_name_run(toks, k + 1, already=0) >= k + 3
                 or k + 1 < n and _coordinated_title(toks[k + 1].text) and _is_al(toks[k + 1].text[1:])):
        # an adjective of origin, or a doer's noun (فاعل), before a name: "الإثيوبية تيغيست ميكونن"،
        # "الفائز عبد الله صو"; or before a title it is coordinated with: "الجامعية والباحثة في التخطيط"
        mode = "person"
    elif _al_first_name(toks, k):
        mode = "name"  # a first name written with ال- and the rest of the name: "الحسين أوبلا،"
    elif _is_al(t):
        if strict and bare not in _SOURCE_NOUNS and not _adjective_at(toks, k + 1) \
                and not (bare in _RESULT_HEADS and k + 1 < n and toks[k + 1].text in _PUBLISHED) \
                and not (bare in _RESULT_HEADS and k + 2 < n and toks[k + 1].text in _RELATIVE
                         and toks[k + 2].text in _ISSUED_IT):  # "بحسب النتائج التي نشرها الجهاز"
            return None  # "حسب الجودة"، "وفق السيناريو الأسوأ": a bare common noun is a manner
        mode = "group"
    elif bare in _POLITICAL_GROUPS:
        mode = "group"
    elif (end := _kin_name_end(toks, k)) > k:
        return _Phrase(k, end, "person", True)  # "أما جارته فاطمة فقالت"، "وقالت شقيقتها سلمى إن"
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
    if mode == "name" and bare in _RESULT_HEADS and j < n and _is_institution(toks[j].text):
        inner = _parse_window(toks[j:], strict=strict)  # "حسب نتائج مؤسسة غالوب": the body whose results they are
        if inner and inner.start == 0 and inner.mode == "org":
            return inner._replace(start=inner.start + j, end=inner.end + j)
    if mode == "group" and bare in _RECKONINGS and not _is_al(t) and (author := _quoted_or_outlet_author(toks, j)):
        return author  # "بحسب حسابات «المرصد»"، "وفق رصد «عنب بلدي»": the quoted outlet's own reckoning
    if mode in ("group", "name") and bare in _FIELD_ROUNDS and (author := _field_round_author(toks, j)):
        # "بحسب جولة ميدانية أجرتها الصحيفة"، "وفق حسابات أجراها «المرصد»"، "وفق حصر أعدته «الموقع»": who made
        # the round, the calculations or the tally found the figures
        return author
    if mode == "group" and (bare in _DOCUMENT_NOUNS or (bare in _RESULT_HEADS and _is_al(t))
                            or (bare in _DATA_NOUNS and not _is_al(t))):  # "معلومات «الديار»"، "معلومات الوزارة"
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
        if mode == "org" and _body_by_role(toks, k):
            j = _role_complement_end(toks, k + 2)  # "الجهة المنظمة"، "الجهة المشرفة على الامتحانات"
    elif mode == "group" and bare in _SOURCE_NOUNS and not _is_al(t) and j < n \
            and (_is_institution(toks[j].text) or _is_al(toks[j].text) or _is_place(toks[j].text)):
        j = _title_chain(toks, j, person=False, head=bare)  # بيانات البنك المركزي، بيان وزارة الصحة
    elif mode == "group" and bare in _TESTIMONIES and not _is_al(t) and j < n and toks[j].text in _UNNAMED_SOURCES:
        j += 2 if j + 1 < n and toks[j + 1].text == _EYE else 1  # "روايات شهود عيان": whose testimonies
    if mode == "org" and _town_after_local_body(toks, j):
        j += 1  # "أمانة جدة"، "بلدية صور": a town's council or province named by a town the lexicon does not know
    if mode == "person" and j == k + 1 and _town_after_ruler(toks, j):
        j += 1  # "والي ملاطية": a governor named by a province the lexicon does not know
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
        j = _name_run(toks, j0, already=0, objects=(mode != "org"), construct=(mode == "name"))
        named = j > j0
        if org_named and named and j < n and j - j0 <= _ORG_NAME_WORDS and _is_place(toks[j].text) \
                and not _is_al(toks[j].text):
            j += 1  # a name that ends in its country: "حزب نداء تونس"، "جمعية أمل لبنان"
        if org_named and named and j < n and toks[j].text.startswith("لل") and toks[j].text not in _ADDRESSEES:
            j += 1
            while j < n and _is_al(toks[j].text) and _NISBA.search(toks[j].text):
                j += 1
    if mode == "org" and bare in _NAMED_ORGS:
        # وكالة الأنباء السعودية "واس"؛ صحيفة "إل سولي 24 أوري" (a longer name after an indefinite noun)
        j = _quoted_name(toks, j, words=3 if _is_al(t) else _QUOTED_NAME_WORDS)
    if mode == "group" and bare in _SURVEY_NOUNS and not _is_al(t) and j == k + 1:
        j = _quoted_name(toks, j)  # a poll known by its name: "استطلاع «فوكوس»"، "مسح «بي إم آي»"
    if mode == "group" and bare in _POLITICAL_GROUPS:
        j = _party_end(toks, j, definite=_is_al(t))
    if (mode == "group" or mode == "org" and j == k + 1) and not _is_al(t):
        while j < n and _name_like(toks[j]) and _NISBA.search(toks[j].text) and j - k < 5:
            j += 1  # تقارير استخباراتية كورية جنوبية، منظمات إغاثية
        j = _joint_adjective_end(toks, j)  # "بعثة كويتية - سلوفاكية"
        if mode == "org" and _town_after_local_body(toks, j):
            j += 1  # "اتحاد بلديات صور": the plural local body read as an adjective, then its town
    if mode == "group" and (bare in _RESULT_HEADS or bare in _DOCUMENT_NOUNS):
        while j < n and toks[j].text in _PUBLISHED:
            j += 1  # "النتائج المعلنة"، "الأرقام المنشورة": results someone made public
    if mode in ("place", "group", "name", "org"):
        while _adjective_at(toks, j):
            j += 1  # adjectives: الجنوبية، الاستخباراتية، الروسية، الأحمر
        if mode == "group" and _is_al(t) and j > k + 1:
            j = _lam_genitive_chain_end(toks, j)  # "التحالف اليمني لرصد انتهاكات حقوق الإنسان"
        if mode == "group" and _is_al(t) and bare in _SURVEY_NOUNS:
            j = _survey_name_end(toks, j)  # "التعداد العام للسكان والسكنى"
        j = _joint_adjective_end(toks, j)  # "اللجنة المصرية - السودانية"
        j = _coordination(toks, j)
    if mode == "group" and not strict and j > k + 1 and (end := _named_after_origin(toks, k, j)) > j:
        j, mode, named = end, "person", True  # "السائق السعودي فهد العنزي، …، إن"
    if mode == "person" and not named:
        j2 = _apposition(toks, j, min_words=1)
        if j2 == j:
            j2 = _workplace_apposition(toks, j)  # "مراسل الجزيرة في الخرطوم، الطاهر المرضي،"
        if j2 == j:
            j2 = _ba_workplace_name(toks, j)  # "مدير الترصد بالمركز الدكتور فلان الفلاني"
        if j2 == j:
            j2 = _apposition_after_description(toks, j)  # "التاجر بسوق المحاصيل، الطاهر إبراهيم،"
        named = j2 > j
        j = j2
    elif mode == "person" and j == k + 2 and not _is_al(t) and (far := _apposition_after_description(toks, j)) > j:
        j = far  # "صاحب مطعم في منطقة عين الجنة، أبو يزن القضاة،": an indefinite role's noun was read as its name
    elif mode == "person" and _name_like(toks[j - 1]) and (
            not _name_like(toks[j - 2]) or _is_title(toks[j - 2].text) or _is_institution(toks[j - 2].text)
            or toks[j - 2].text in _WORKPLACES
            or toks[j - 2].text[:1] == "ل" and _is_institution(toks[j - 2].text[1:])):  # "لشركة صيدال، فلان،"
        j = _apposition(toks, j, min_words=2)  # "عمدة خاركيف، إيهور تيريخوف،"، "في جامعة كامبريدج، سارة ميلر،"
    elif mode == "person" and (at := _named_workplace_at(toks, j)) is not None:
        j = max(j, _workplace_apposition(toks, at))  # "في معهد عصام فارس للسياسات العامة، فلان،"
    if mode == "org" or (mode == "person" and not named):
        # مسؤول في الدفاع المدني، اللجنة الانتخابية في جنوب إفريقيا
        j = _role_place(toks, j, places_only=(mode == "person" and bare not in _UNNAMED_ROLES))
    if mode == "person" and not named and bare in _UNNAMED_ROLES:
        j = _from_workplace(toks, j)
    if j <= k or (mode == "name" and bare in _RESULT_HEADS
                  and (j == k + 1 or not (j >= n or toks[j].text in _THAT or toks[j].text in _STRONG_END))):
        # Results are no one: a lone "نتائج"، or results the phrase does not close ("في حين تُعلن نتائج المسابقة في
        # حفل الختام": what is announced); "وكشفت نتائج التحاليل أن" shows what أن says.
        return None
    return _Phrase(k, j, mode, named)


def _party_end(toks: list[_Tok], j: int, *, definite: bool) -> int:
    """Return the end of a party's or faction's name after its head: "أحزاب المعارضة"، "الأحزاب المعارضة"،
    "قوى مقاطعة للانتخابات" (the stance, then what it is taken on)."""
    n = len(toks)
    if j >= n:
        return j
    if toks[j].text in _GROUP_STANCES:
        j += 1
        if j < n and toks[j].text.startswith("لل"):
            j += 1
    elif not definite and _is_al(toks[j].text) and not _is_place(toks[j].text):
        j += 1  # the genitive: "فصائل المقاومة"
    return j


def _named_after_origin(toks: list[_Tok], k: int, j: int) -> int:
    """Return the end of the name after a role and its adjectives of origin, or j.

    "قال السائق السعودي فهد العنزي، بطل …، إن"، "الصياد اللبناني علي حمود إن": a singular ال- noun the lexicon does
    not know as a title, then only ال- adjectives of origin, then a name of two words at least closed by a comma, a
    colon or إن/أن: the person so named speaks. Not a plural ("المزارعون السوريون"), nor a name of one word
    ("ودعا المجتمع الدولي إسرائيل إلى"), nor a name going on into the rest of the clause.
    """
    head = toks[k].text
    if _SOUND_PLURAL.match(head) or _FEMININE_PLURAL.match(head) or not _starts_person_name(toks, j):
        return j
    if not all(_is_al(tok.text) and _NISBA.search(tok.text) for tok in toks[k + 1:j]):
        return j
    end = _name_run(toks, j, already=0)
    if end >= j + 2 and (end >= len(toks) or toks[end].text in "،,:" or toks[end].text in _PLAIN_THAT):
        return end
    return j


# Local government named by its town or region: "أمانة جدة"، "بلدية صور"، "محافظة عجلون"، "أمانة منطقة حائل".
_LOCAL_BODIES = _words("أمانة بلدية بلديات محافظة ولاية منطقة مدينة إمارة مقاطعة إقليم عمالة")  # "اتحاد بلديات صور"
_TOWN_CLOSERS = frozenset("،,:.()") | _words("عن في قد")  # "وكانت بلدية صور قد حذرت"


# A governor or mayor named by his province or town: "والي ملاطية"، "محافظ ملاطية"، "عمدة أنطاكية".
_LOCAL_RULERS = _words("والي محافظ حاكم عمدة")


def _town_after_ruler(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is the town or province of the indefinite governor or mayor before it, one the lexicon
    does not know and that looks like a feminine adjective: "وقال والي ملاطية إن". The title is masculine, so a
    word in ية after it is no adjective of his but a name (ملاطية، أنطاكية); the town must close the phrase as after
    a local body, or his name may follow ("محافظ ملاطية حسن يلدز").
    """
    n = len(toks)
    if j == 0 or j >= n or toks[j - 1].text not in _LOCAL_RULERS or not _name_like(toks[j]):
        return False
    t = toks[j].text
    if not (_NISBA.search(t) and t.endswith("ه")):
        return False  # other towns read as his name's first words do ("والي تيرس زمور"); "حاكم عسكري" is an adjective
    return _town_after_local_body(toks, j, heads=_LOCAL_RULERS, feminine=True) \
        or (j + 1 < n and _starts_person_name(toks, j + 1) and _name_run(toks, j + 1, already=0) >= j + 3)


def _town_after_local_body(toks: list[_Tok], j: int, heads: frozenset[str] = _LOCAL_BODIES,
                           feminine: bool = False) -> bool:
    """Say whether toks[j] is the one-word town an indefinite local-government noun before it is in construct with.

    The town must close the phrase (إن/أن، a comma, عن, a time, the verb's object, قد or a speech verb, من أن, or
    the end): "وأعلنت بلدية صور أن"، "وأعلنت أمانة جدة إزالة …"، "وكانت بلدية صور قد حذرت"، "وحذرت بلدية صور من أن"; not
    "وأعلنت البلدية أمس" (definite) or "وأعلنت بلدية عدد من …" (a noun the phrase goes on with).
    """
    n = len(toks)
    if j == 0 or j >= n or toks[j - 1].text not in heads or not _name_like(toks[j]):
        return False
    t = toks[j].text
    if t in _TEMPORAL or t in _THAT or _is_title(t) or _is_institution(t) or _prepositional(t) \
            or _NISBA.search(t) and not _is_place(t) and not (feminine and t.endswith("ه")):
        return False  # "منطقة صناعية": an adjective, not a town
    nxt = toks[j + 1].text if j + 1 < n else "."
    return nxt in _THAT or nxt in _TOWN_CLOSERS or nxt in _TEMPORAL or nxt in _QUOTES or _adjective_at(toks, j + 1) \
        or bool(_verb_lemma(nxt)) or (nxt == "من" and j + 2 < n and toks[j + 2].text in _THAT) \
        or (_is_al(nxt) and j + 2 < n and (toks[j + 2].text in _THAT or toks[j + 2].text in _TOWN_CLOSERS)) \
        or (j + 1 < n and not _is_al(nxt) and _masdar_like(nxt) and not toks[j + 1].tanween)  # its object: "إزالة"


# Some of a group, who speak for it: "عدد من الكسابة"، "بعض المسؤولين"، "عشرات المحتجين"، "أغلب المحللين".
_GROUP_SHARES = _words("عدد بعض عشرات مئات أغلب معظم غالبية")


def _group_share(toks: list[_Tok], *, strict: bool) -> _Phrase | None:
    """Read "عدد من + a group" (or بعض/عشرات/مئات + a group) as one group phrase, or return None.

    "عدد" needs its من: "عدد الزوار" is the count of visitors, not some of them. Read as a source
    (strict), the group must be people or bodies: "وفق عدد من المعايير" is a manner, no source.
    """
    m = 2 if toks[1].text == "من" else (1 if toks[0].text != "عدد" and _is_al(toks[1].text) else 0)
    if not m:
        return None
    inner = _parse_window(toks[m:], strict=False)
    if inner is None or inner.start != 0 or inner.mode not in ("person", "group", "org"):
        return None
    head = toks[m].text
    if strict and not (_is_title(head) or _is_institution(head) or _strip_al(head) in _SOURCE_NOUNS
                       or _SOUND_PLURAL.match(head)):
        return None
    return _Phrase(0, inner.end + m, "group", False)


# Indefinite adjectives of an unnamed source: "مصدر مطلع"، "مسؤول رفيع"، "مصدر مقرب من".
_ROLE_ADJECTIVES = _words("مطلع مطلعة مطلعون مطلعين مقرب مقربة مقربون رفيع رفيعة بارز بارزة كبير كبيرة موثوق "
                          "موثوقة")


def _from_workplace(toks: list[_Tok], j: int) -> int:
    """Return the end of "من + a body" after an unnamed role, or j: "خبير في الأمن السيبراني من جامعة كيوتو"،
    "مصدر من وزارة الصحة". Only an indefinite body noun in construct: "من الصباح" or "من جهته" is no workplace."""
    if j + 1 >= len(toks) or toks[j].text != "من" or _is_al(toks[j + 1].text) \
            or not _is_institution(toks[j + 1].text):
        return j
    body = _parse_np(toks, j + 1)
    if body is None or body.mode != "org" or body.end <= j + 2:
        return j
    # the outlet told is not the workplace: "مصدر من مكتب المجلس لديوان أف أم"
    return next((m for m in range(j + 3, body.end) if toks[m].text[:1] == "ل" and _addressee_end(toks, m) > m),
                body.end)


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
    return t.startswith("ال") and t not in _STOP and t not in _RESERVE and (bool(_NISBA.search(t)) or t in _COLOURS)


def _document_noun(tok: _Tok) -> bool:
    """Say whether tok is a report or a bulletin: "مسح"، "نشرة" (folded, "نشره" is also "he published it")."""
    return tok.text in _DOCUMENT_NOUNS or tok.text == "نشرات" \
        or (tok.text == "نشره" and _DROP.sub("", tok.raw).endswith("ة"))


# "وحسب المعطيات ذاتها"، "بحسب الأرقام نفسها"، "وفق البيانات المذكورة": data already named, no source.
_DATA_NOUNS = _words("معطيات بيانات أرقام إحصاءات إحصائيات معلومات نتائج تقديرات")
_SAME = _words("ذاتها ذاته نفسها نفسه المذكورة المذكور السابقة")
_SAME_BEFORE = _words("ذات نفس")  # the same word before its noun: "ذات المتحدث" = "المتحدث ذاته"


def _document_author(toks: list[_Tok], j: int, *, definite: bool, topic: bool = False) -> _Phrase | None:
    """Return who issued the report, statement or figures named by the noun before toks[j], or None.

    "بيانات البنك الدولي"، "بيان لوزارة الصحة"، "تقرير صادر عن منظمة الصحة العالمية"،
    "حصيلة أولية أعلنتها إدارة الكوارث"، "استطلاع للرأي أجرته مؤسسة غالوب". No author is read
    in "البيان"، "بيانات رسمية" or "وثيقة اطلعت عليها رويترز" (who saw it did not write it).

    topic: the noun is in construct with its topic ("مسح القوى العاملة الذي نفذه الجهاز"): definite topic
    words may stand before the relative clause that names the author.
    """
    n = len(toks)
    if j < n and toks[j].text in _WAS_ISSUED:
        return _issuer_after_verb(toks, j + 1)  # "تقرير صدر مطلع الشهر الجاري عن معهد تشاتام هاوس"
    if topic and not definite:
        # "نشرة السياحة التي أصدرتها الهيئة": the issuer named after the topic, not the topic read as a ministry
        issuer = _document_author(toks, j, definite=True, topic=True)
        if issuer:
            return issuer
    if not definite and not (j < n and (toks[j].text in _PORTFOLIO_ADJECTIVES
                                        or not _is_al(toks[j].text) and _document_adjective(toks[j].text))):
        # "تقرير حديث صادر عن …": an indefinite adjective describes the report, its author comes later
        # a genitive: "تقديرات البنتاغون"; but "مذكرة داخلية" is an internal memo, not the interior ministry's
        author = _author_at(toks, j)
        if author:
            return author
        author = _quoted_or_outlet_author(toks, j) if _strip_al(toks[j - 1].text) in _DATA_NOUNS else None
        if author:
            return author
        author = _affiliated_owner(toks, j) if _strip_al(toks[j - 1].text) in _DATA_NOUNS else None
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
            # "إحصاء أعدته «أخبار اليوم»": a quoted name is the author whole, whatever its words
            return _quoted_or_outlet_author(toks, m + 1) or _author_at(toks, a, agent=True)
        if t in _TOLD_OF and m + 1 < n and toks[m + 1].text in _OF_IT:
            return _author_at(toks, m + 2, agent=True)  # "اللائحة التي أعلنت عنها المؤسسة"
        if t[:1] == "ل" and len(t) > 3 and t not in _STOP:
            author = _author_at(toks, m)
            if author and author.end + 1 < n and toks[author.end].text in _ISSUED_BY and toks[author.end + 1].text == "عن":
                # "التقرير السنوي للحوادث المرورية الصادر عن المديرية": the ل- phrase was the topic
                return _author_at(toks, author.end + 2, agent=True)
            if author:
                return author
        elif t in _FRACTIONS_OF_PERIOD and m + 1 < n and _document_adjective(toks[m + 1].text):
            m += 2  # "الحصيلة نصف السنوية للمركز"، "تقرير ربع سنوي للهيئة": a fraction of the period it covers
            continue
        elif not (t in _RELATIVE or _document_adjective(t)):
            return None
        m += 1  # past "أولية"، "التي", or a ل- complement that names no author ("للرأي")
    return None


# How often a document comes out, as a fraction of a year or month before its adjective: "نصف السنوية"، "ربع سنوي".
_FRACTIONS_OF_PERIOD = _words("نصف ربع النصف الربع")

# "تقرير صدر عن …": the verb of the participle صادر, in a clause describing an indefinite document.
_WAS_ISSUED = _words("صدر صدرت")
_ISSUER_REACH = 5  # words of time between the verb and its عن: "صدر مطلع الشهر الجاري عن"، "صدر في يونيو الماضي عن"


def _issuer_after_verb(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return the body after عن that issued the document, past a few words of time ("أمس"، "مطلع الشهر الجاري")."""
    for m in range(j, min(len(toks), j + _ISSUER_REACH + 1)):
        if toks[m].text == "عن":
            return _author_at(toks, m + 1, agent=True)
        if not toks[m].text.isalnum() or toks[m].text in _THAT or toks[m].text in _RELATIVE:
            return None  # the clause ended before any issuer: "تقرير صدر أمس، وقال"
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
        # Words after the first may carry ال-: a name's country or field ("تداول السعودية"، "أرامكو السعودية"); the
        # first too, in the name of a firm or a body: "أرقام «الدولية للمعلومات»"، "بيانات «المرصد الاقتصادي»".
        if close is not None and close > j + 1 \
                and all(_name_like(t) or _is_al(t.text) and t.text not in _STOP for t in toks[j + 1:close]):
            return _Phrase(j + 1, close, "name", True)
    return None


# Nouns of reckoning whose quoted or outlet owner is the source: "بحسب حسابات «المجهر»"، "وفق رصد «عنب بلدي»".
_RECKONINGS = _words("حسابات رصد إحصاء تقديرات")
# A round or visit made to gather figures: "بحسب جولة أجرتها الصحيفة"، "وفق جولة ميدانية قام بها المراسل"; and
# calculations or a tally someone made: "وفق حسابات أجراها الموقع"، "وفق حصر أعدته الصحيفة".
_FIELD_ROUNDS = _words("جولة جولات حسابات حصر")


def _field_round_author(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return who made the round before toks[j], named as the subject of "أجراها/أجرتها" after at most one
    adjective ("جولة ميدانية أجرتها الصحيفة"), else None: "جولة المفاوضات"، "جولة الوزير" name no source."""
    n = len(toks)
    if j < n and not _is_al(toks[j].text) and _NISBA.search(toks[j].text):
        j += 1  # ميدانية
    if j < n and toks[j].text in _ISSUED_IT:
        # "أجرتها «الموقع»": a quoted name is the author whole, whatever its words
        return _quoted_or_outlet_author(toks, j + 1) or _author_at(toks, j + 1, agent=True)
    return None


# "X التابع لـY": X is a unit of the body Y, a body itself.
_AFFILIATED = _words("التابع التابعة التابعين التابعتين")
_AFFILIATED_NAME_WORDS = 5  # "مصفوفة تتبع النزوح"، "مرصد الزلازل الوطني"


def _affiliated_owner(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return the genitive of a data noun that "التابع(ة) لـ" shows to be a body: "بيانات مصفوفة تتبع النزوح
    التابعة للمنظمة" → مصفوفة تتبع النزوح (the data are the unit's, not the matrix a topic of them).

    Without the affiliation the genitive may be the data's topic ("بيانات سوق العمل") and is left alone.
    """
    n = len(toks)
    if j >= n or _document_adjective(toks[j].text):
        return None  # "تقديرات أولية للمرصد التابع …": the data's adjective, the owner after it in ل
    m = j
    while m < n and m - j < _AFFILIATED_NAME_WORDS and toks[m].text.isalpha() and toks[m].text not in _STOP \
            and toks[m].text not in _AFFILIATED and not _verb_lemma(toks[m].text) and not toks[m].tanween:
        m += 1
    if m == j or m + 1 >= n or toks[m].text not in _AFFILIATED or toks[m + 1].text[:1] != "ل":
        return None
    return _Phrase(j, m, "org", True)


def _document_adjective(t: str) -> bool:
    """Say whether t describes a document rather than naming its author: أولية، الجديد، السنوي."""
    if _strip_al(t) in _DOCUMENT_ADJECTIVES:
        return True
    return bool(_NISBA.search(t)) and not (_is_place(t) or _is_institution(t) or _is_title(t))


# Verbs that make a document known with عن and its pronoun: "اللائحة التي أعلنت عنها المؤسسة".
_TOLD_OF = _words("أعلن أعلنت كشف كشفت أفصح أفصحت")
_OF_IT = _words("عنه عنها عنهم")


def _issued_after_relative(toks: list[_Tok], j: int) -> bool:
    """Say whether "التي/الذي + a verb of issuing with its pronoun" starts at toks[j]: "التي أعلنت عنها"، "الذي نشرته"."""
    n = len(toks)
    if j + 1 >= n or toks[j].text not in _RELATIVE:
        return False
    t = toks[j + 1].text
    return t in _ISSUED_IT or (t in _TOLD_OF and j + 2 < n and toks[j + 2].text in _OF_IT)


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
    if t[:1] == "ل" and len(t) > 3 and t not in _INSTITUTIONS:  # "لجنة" is a body, not ل + "جنة"
        # "للأمم المتحدة" is read as "الأمم المتحدة"; its span starts after لل, as a source's does.
        trim = 2 if t.startswith("لل") and len(t) > 4 and t[1:] not in _INSTITUTIONS else 1
        # "للجنة الامتحانات" is ل + لجنة, not لل + "جنة": read the body's noun after the one ل
        window[0] = window[0]._replace(text="ال" + t[2:] if trim == 2 else t[1:])
    phrase = _parse_window(window, strict=agent)
    if phrase is None or phrase.start != 0:
        return None
    words = [tok.text for tok in window[:phrase.end]]
    # A body after ل, named by a noun and its relative adjective, made the report: "حصيلة أولية للحماية المدنية"
    # (but "حصيلة القتلى" counts, "استطلاع للرأي العام" asks).
    owned = trim and len(words) > 1 and _adjective_at(window, 1) and _strip_al(words[0]) not in _NON_AGENT_HEADS
    if phrase.mode == "group" and ((_is_al(words[0]) and not agent and not owned)
                                   or _strip_al(words[0]) in _DOCUMENT_NOUNS):
        return None  # "حصيلة القتلى": what it counts, not who counted
    crews = phrase.mode == "name" and len(words) > 1 and words[0] in _RECORDING_MEANS and _is_al(words[1])
    if phrase.mode == "name" and not crews \
            and ((len(words) < 2 and not agent and not _stat_agency(words[0]))
                 or any(_is_al(w) or w.endswith("ه") for w in words)):
        # "أرقام صادمة"، "بيانات سوق العمل": an adjective or a topic (but "بيانات جمعتها بلومبرغ"); a body's
        # services or crews made it ("حصيلة لمصالح الحماية المدنية"، "حصيلة لفرق الإنقاذ")
        return None
    end = phrase.end
    if owned:
        # "للتصنيف المرحلي المتكامل"، "للمرصد الوطني المستقل": a participle adjective closes the body's name.
        while end < min(len(window), phrase.end + 2) and _participle_adjective(window[end].text):
            end += 1
    return _Phrase(j, j + end, phrase.mode, phrase.named, trim)


def _stat_agency(word: str) -> bool:
    """Say whether a one-word name is a statistics agency's, named by its "-stat": يوروستات، تركستات، روستات.
    A lone word after "بيانات" is otherwise a description or a topic ("بيانات أولية")."""
    return len(word) >= 6 and word.endswith("ستات") and not word.startswith("ال")


# Kin and neighbours named by whose they are, then by name: "جارته فاطمة"، "زوجها أحمد"، "شقيقتها سلمى".
_KIN_OF = _words("والد والدة شقيق شقيقة زوج زوجة أرملة نجل نجلة ابن ابنة جار جارة صديق صديقة زميل زميلة")
_KIN_SUFFIX = re.compile(r"(?:ه|ها|هما|هم|هن)$")


def _kin_name_end(toks: list[_Tok], k: int) -> int:
    """Return the end of a kin noun with a possessive and the name after it ("جارته فاطمة فقالت"، "زوجها أحمد
    إن"), or k. The name must close there (إن/أن, punctuation, a verb): "زوجته فاطمة الزهراء" is read whole,
    and "ابنه الأكبر" or "زميله في العمل" have no name."""
    t = toks[k].text
    stem = _KIN_SUFFIX.sub("", t)
    if stem == t or _with_ta_marbuta(stem) not in _KIN_OF and stem not in _KIN_OF:
        return k
    end = _name_run(toks, k + 1, already=0)
    if end == k + 1 or end - k > 4:
        return k
    if end < len(toks):
        nxt = toks[end].text
        if not (nxt in _PLAIN_THAT or nxt in _STRONG_END or _verb_lemma(nxt)):
            return k
    return end


_QUOTED_PARTY_WORDS = 2


def _quoted_party_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a short quoted name in ال- right after an indefinite title ("مرشح «البام»"، "لاعب
    «الأهلي»"), or j. Speech in quotes after a title is longer, or not a definite noun alone ("قال مسؤول «لا»"),
    and the phrase must go on after it."""
    end = _quoted_name(toks, j, words=_QUOTED_PARTY_WORDS)
    if end == j or end >= len(toks) or toks[j + 1].text in _STOP \
            or _verb_lemma(toks[j + 1].text) or toks[end].text in ".؟?!":
        return j
    if not _is_al(toks[j + 1].text) and not _foreign_party_name(toks, j, end):
        return j
    return end


def _foreign_party_name(toks: list[_Tok], j: int, end: int) -> bool:
    """Say whether a quoted word with no ال- after a title is the name of a party or a club ("زعيم «سانسيتو»"):
    one name-like word, that إن/أن or the holder's name in apposition follows ("زعيم «سانسيتو»، كاميا سوهي،").
    A quoted word after a title that nothing of the kind follows is what is said: "قال مسؤول «كلا»، وأضاف"."""
    if end != j + 3 or not _name_like(toks[j + 1]):
        return False
    if toks[end].text in _PLAIN_THAT:
        return True
    return toks[end].text in "،," and end + 2 < len(toks) and _name_like(toks[end + 1]) \
        and toks[end + 1].text not in _THAT and _name_like(toks[end + 2])


def _closed_name_after(toks: list[_Tok], j: int) -> bool:
    """Say whether a person's name of two words at least starts at toks[j] and إن/أن closes it, or a comma and
    a relative clause about the person ("، التي انتظرت …، إن"). A bare comma may close an object ("، وقال"), and
    a relative clause that speaks ("، الذي قال إن") follows the verb's object: "انتقد النائب الزعيم المعارض فلان"."""
    end = _name_run(toks, j, already=0)
    if end < j + 2 or end + 2 >= len(toks):
        return False
    return toks[end].text in _PLAIN_THAT or toks[end].text in "،," and toks[end + 1].text in _RELATIVE \
        and toks[end + 2].text not in _VERB_SURFACE


def _participle_adjective(t: str) -> bool:
    """Say whether t is a definite participle adjective (المتكامل، المستقلة، المشترك), not a time word."""
    return t.startswith("الم") and len(t) >= 6 and t not in _STOP and t not in _TEMPORAL


def _recorder(toks: list[_Tok], phrase: _Phrase, *, crews: bool = True) -> bool:
    """Say whether a record verb's subject is a monitoring body, or its stations or crews ("محطات الشبكة").

    crews: a crew named by its monitoring work ("فرق المراقبة") records too (see _monitoring_crew)."""
    head = _strip_al(toks[phrase.start].text)
    if head in _RECORDERS:
        return True
    nxt = phrase.start + 1
    return head in _RECORDING_MEANS and not _is_al(toks[phrase.start].text) and nxt < phrase.end \
        and (_strip_al(toks[nxt].text) in _RECORDERS or (crews and _monitoring_crew(toks, phrase.start)))


# A crew or an agency named by its monitoring work records what it finds: "فريق الرقابة البيئية"، "فرق الرصد"،
# "أجهزة التفتيش"; not "فريق الكرة" or "فريق البحث" (goals, a search), nor devices ("كاميرات المراقبة").
_MONITORING_CREWS = _words("فريق فرق جهاز أجهزة")
_MONITORING_WORK = _words("الرقابة المراقبة الرصد التفتيش المسح الترصد التقصي الإحصاء")


_CREW_NAMED = re.compile(r"(?<!\S)(?:%s) (?:%s)(?!\S)" % ("|".join(sorted(_MONITORING_CREWS)),
                                                            "|".join(sorted(_MONITORING_WORK))))


def _monitoring_crew(toks: list[_Tok], j: int) -> bool:
    return j + 1 < len(toks) and toks[j].text in _MONITORING_CREWS and toks[j + 1].text in _MONITORING_WORK


def _crew_named_before(toks: list[_Tok], phrase: _Phrase, earlier: str) -> bool:
    """Say whether a bare "الفريق" (الفرق، الجهاز) is the monitoring crew named in the earlier normalised text.

    "رصد فريق الرقابة البيئية … غير أن الموسم لم يخل من الخسائر، إذ سجل الفريق نفوق 17 سلحفاة": the team records;
    with no such crew before ("سجل الفريق هدفين") it is a side scoring goals.
    """
    t = toks[phrase.start].text
    return phrase.end == phrase.start + 1 and _is_al(t) and _strip_al(t) in _MONITORING_CREWS \
        and _CREW_NAMED.search(earlier) is not None


def _recording_means(toks: list[_Tok], j: int) -> _Phrase | None:
    """Return "محطات الشبكة الوطنية …" at j: a body's stations or crews, read with the body, or a team or devices
    named by their monitoring work ("فرق الرصد الميدانية"), or None."""
    if j + 1 >= len(toks) or toks[j].text not in _RECORDING_MEANS or toks[j].tanween:
        return None
    if _monitoring_crew(toks, j):  # "فرق الرصد"، "فريق الرقابة البيئية"
        end = j + 2
        while _adjective_at(toks, end):
            end += 1
        return _Phrase(j, end, "org", False)
    body = _parse_np(toks, j + 1)
    if body is None or body.start != j + 1 or _strip_al(toks[j + 1].text) not in _RECORDERS:
        return None
    return _Phrase(j, body.end, "org", body.named)


def _court(toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether a subject names a court or a judge: "محكمة الجنايات"، "القاضي"، "هيئة المحكمة"."""
    return any(_strip_al(t.text) in _COURTS for t in toks[phrase.start:phrase.end])


_PLAIN_THAT = _words("إن أن إنه أنه إنها أنها إنهم أنهم")
# Second parts of compound given names, never a name of their own: عبد الله، نور الدين، زين العابدين.
_NAME_AL = _words("الله الدين الرحمن العابدين")
# What has a centre that is a place, not a body: "مركز الزلزال"، "مركز العاصفة"، "مركز الانفجار".
_CENTRED_EVENTS = _words("زلزال هزة عاصفة إعصار منخفض انفجار حريق فيضان بركان")
# What the epicentre itself is, not a body's name: "مركز الزلزال الرئيسي"، "مركز الهزة الفعلي".
_CENTRE_OF_EVENT_ADJECTIVES = _words("الرئيسي الأساسي الفعلي الحقيقي الدقيق السطحي")
# The day a statement was made, right after the speaker's name: "قال الوزير أحمد علي يوم الأربعاء"، "… علي أمس"
# (no phrase opens with the preposition على before these).
_DAY_AFTER_A_NAME = _words("يوم اليوم أمس مساء صباح فجر ليلة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس "
                           "الجمعة السبت")
_COMPASS = _words("جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي")


def _compass_place_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a region named by its compass words and a place at toks[j] ("وسط إفريقيا"، "جنوب شرق
    آسيا"), else j: a body's name goes on through it after ل + its members ("المجموعة الاقتصادية لدول غرب إفريقيا")."""
    m = j
    while m < len(toks) and m - j < 2 and toks[m].text in _COMPASS:
        m += 1
    return m + 1 if j < m < len(toks) and _is_place(toks[m].text) else j


_MEDIA = _words("وكالة صحيفة قناة شبكة موقع مجلة إذاعة تلفزيون")
_TITLE_NAMES = _words("أمين أمينة أمير أميرة رائد سيد مساعد")  # مساعد العيبان: a first name too
_ADDRESSEES = _words("للصحفيين للصحافيين للصحافة للتلفزيون للإذاعة للنواب للمراسلين للمشاركين للحضور "
                     "للوكالة للقناة للصحيفة للموقع")
_PLACE_TAILS = _words("المتحدة الأوروبي الأبيض العربية")
# Titles written right before a personal name: "الدكتور نواف"، "العقيد سامي".
_NAME_TITLES = _words("دكتور دكتورة مهندس مهندسة أستاذ أستاذة شيخ سيد سيدة عقيد عميد لواء ملازم نقيب رائد "
                      "مقدم جنرال مستشار مستشارة")
# Adjectives that may follow a title or institution without ending it.
_FREE_ADJECTIVES = _words("المتقاعد المتقاعدة الركن "  # "العميد المتقاعد"، "اللواء الركن": the name follows
                          "بالإنابة بالوكالة الأبيض الأحمر الأخضر الأزرق الأسود العليا العامة العام المستقلة الكبرى "
                          "المتحدة المتحد الجديد الجديدة المؤقتة المؤقت "
                          "السابق السابقة الأسبق الحالي الحالية المكلف المكلفة المنتهية ولايته الأعلى "
                          "الأول الأولى الثاني التنفيذي التنفيذية الدائم الدائمة المساعد المساعدة "
                          "الخاص الخاصة المركزي المركزية الرسمي الرسمية السريع السريعة المشترك المشتركة الموحد الموحدة "
                          "الحر الحرة المستقل العسكري المدني المنتدب المنتدبة المناوب المناوبة "
                          "المشارك المشاركة "  # a co-chair: "الرئيسة المشاركة للحزب أليس فايدل"
                          "المنتخب المنتخبة "  # "الرئيس المنتخب": elected, not yet in office
                          "المختص المختصة "  # "الجهات المختصة"، "السلطات المختصة"
                          "القابضة المحدودة "  # a company's legal form: "مجموعة الخليج للاستثمار القابضة"
                          "الراحل الراحلة المستقيل المستقيلة المقال المقالة المخلوع")  # "الرئيس المصري الراحل أنور السادات"
_ELECTED = _words("المنتخب المنتخبة")  # "elected", or "the national team" when an adjective of origin follows
# Roles named by their place rather than a name: "مسؤول في الدفاع المدني".
_UNNAMED_ROLES = _words("مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر متحدث متحدثة ناطق عضو خبير باحث "
                        "ممرض ممرضة مسعف مسعفة متطوع متطوعة "
                        "ضابط موظف زعيم قيادي نائب نائبة "
                        # unnamed witnesses of their workplace: "قالت طبيبة من مستشفى الشفاء"
                        "خبيرة باحثة موظفة طبيب طبيبة ناشط ناشطة معلم معلمة مهندس مهندسة")


@lru_cache(maxsize=65536)  # a pure test of one word: words repeat in and across articles
def _prepositional(t: str) -> bool:
    """Say whether a word is ب/ل + a common noun (بجهود، لحماية), not a name like بشار."""
    if t in _SOURCE_NOUNS or _is_title(t) or _is_institution(t):
        return False
    if len(t) > 4 and t[0] in "بل" and (_is_institution(t[1:]) or _is_title(t[1:])):
        return True  # "لوكالة رويترز"، "بمديرية الصحة": a body or a title after a preposition
    return len(t) > 3 and t[0] in "بل" and _masdar_like(t[1:], weak=False)


# A sector a title's holder speaks for, in construct with its trade ("ممثل قطاع الألبسة"، "رئيس قطاع الأخبار"),
# or a verb's object ("ووصف الوزير قطاع الزراعة بأنه"); shaped like a first name, but never one.
_SECTORS = _words("قطاع")
_IN_ITS_NAME = _words("باسمه باسمها باسمهم باسمهما")


def _title_chain(toks: list[_Tok], j: int, *, person: bool, head: str) -> int:
    """Return the end of a title's complements: الخارجية الروسي، لحلف الناتو، باسم الكرملين.

    After an adjective of origin (الروسي، الدولية) only more such adjectives, genitives with
    ل، titles and places with a name after them may follow: a plain noun there is an object
    ("اتهم وزير الدفاع الإسرائيلي حركة حماس"، "دعت منظمة العفو الدولية السلطات").
    Each institution noun may take one plain genitive noun ("نقابة الأطباء" but not
    "نقابة الأطباء الحكومة"), and a definite head none: "رفضت المحكمة الطعن" is head + object.
    """
    n = len(toks)
    first = j
    definite = j > 0 and _is_al(toks[j - 1].text)
    after_nisba = False
    plain = 0  # plain ال- nouns since the last institution noun
    while j < n:
        t = toks[j].text
        if person and t in _QUOTES and toks[j - 1].text in _PLURAL_CONSTRUCTS:
            close = next((m for m in range(j + 2, min(n, j + _QUOTED_NAME_WINDOW)) if toks[m].text in _QUOTES), None)
            if close is not None and all(x.text.isalnum() for x in toks[j + 1:close]):
                j = close + 1  # the firm whose analysts speak: محللو "بي إم سي إي كابيتال"
                continue
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
        if person and j == first and not definite and t in _QUOTES and _quoted_party_end(toks, j) > j:
            j = _quoted_party_end(toks, j)  # "مرشح «البام»"، "نائب «النهضة»": the party or club, quoted
            plain, after_nisba, definite = 0, False, True
            continue
        if person and t in _IN_ITS_NAME and _is_title(toks[j - 1].text):
            j += 1  # "المتحدث باسمها، إبراهيم حامد،": the body named before; his name may follow in apposition
            continue
        if person and not definite and j + 1 < n and toks[j + 1].text in _QUOTES and _name_like(toks[j]) \
                and _quoted_name(toks, j + 1) > j + 1:
            # "منسقة حملة "أنقذوا الغابة""، "مدير مبادرة "…"": a plain noun in construct and the quoted name
            # of what the title heads (a definite title takes no construct: "أطلق الوزير حملة "…"")
            j = _quoted_name(toks, j + 1)
            plain, after_nisba, definite = 0, False, False
            continue
        if t == "مع" and j + 1 < n and _is_al(toks[j + 1].text) and _prev_is_lam_masdar(toks, j):
            j += 2  # "البرنامج الوطني للتعامل مع الألغام": the verbal noun's complement
            plain, after_nisba, definite = 0, False, True
            continue
        if t == "علي" and j + 1 < n and _is_al(toks[j + 1].text) and _strip_lam(toks[j - 1].text) in _OVERSIGHT:
            j += 2  # "لجنة الإشراف على الانتخابات"، "الهيئة العليا للرقابة على الأسواق": what the body oversees
            plain, after_nisba, definite = 0, False, True
            continue
        if t in _TEMPORAL or t in _THAT or t in _STOP and t not in ("في", "فى", "لدي", "عن"):
            break
        field_end = _research_field_end(toks, j)
        if field_end > j:
            j = field_end  # "مركز البحث في علم الفلك والفيزياء الفلكية": the field the body researches
            plain, after_nisba, definite = 0, False, True
            continue
        if t == "(":
            close = next((m for m in range(j + 1, min(n, j + 6)) if toks[m].text == ")"), None)
            if close is not None and close > j + 1:
                j = close + 1  # an acronym: (آفاد)
                continue
            break
        if _is_title(t) and (_is_al(t) or not after_nisba) and not _starts_name(toks, j):
            if not person and _strip_al(t) in _NAME_TITLES and _is_al(t) and j + 1 < n and _name_like(toks[j + 1]):
                break  # a person after the body: "الوزارة للشؤون التعليمية الدكتور نواف العجارمة"
            if not person and j == first and definite and not _is_al(t) and t not in _NAME_TITLES:
                break  # no construct after a definite body: "وقدّرت الوزارة حاجة القطاع" has its object after it
            j += 1  # نائب وزير، الدكتور، المستشار
            plain, definite = 0, _is_al(t)
            continue
        if t in _ELECTED and _is_al(toks[j - 1].text) and _adjective_at(toks, j + 1):
            # "وهنأ الوزير المنتخب الوطني": the national team, the verb's object; "الرئيس المنتخب" is elected, and
            # after an indefinite title it is the genitive: "مدرب المنتخب المغربي"
            break
        if _is_al(t) and not t.startswith("لل"):
            nisba = bool(_NISBA.search(t)) and t not in _RESERVE  # "الاحتياطي" is a noun: "خفض البنك المركزي الاحتياطي"
            if nisba or t in _FREE_ADJECTIVES:
                after_nisba = after_nisba or nisba
                j += 1
                continue
            if after_nisba or definite or plain >= (1 if not person else 2) or _verb_lemma(t):
                if person and definite and not _verb_lemma(t) and _apposition(toks, j + 1, min_words=2) > j + 1:
                    j += 1  # "للأطباء الشبان، أسماء بن ساسي،": an adjective, then the name set off by commas
                elif person and j == first and _participle_adjective(t) and _closed_name_after(toks, j + 1) \
                        and _is_al(toks[j - 1].text) and toks[j - 1].text.endswith("ه") == t.endswith("ه"):
                    # "المحامية المتدربة ليان الزعبي، …"، "الطبيب المقيم سامر الحلبي إن": an adjective that agrees
                    # with the title, then the name; "وكرّم الوزير المتفوقة سلمى …" has the object after it
                    j += 1
                    continue
                break
            plain += 1
            j += 1
            continue
        if t.startswith("لل") and len(t) > 4 and t not in _ADDRESSEES:
            j += 1  # للانتخابات، للأمم
            plain, after_nisba, definite = 0, False, True
            continue
        if not after_nisba and (_is_institution(t) or _is_place(t) or person and t in _WORKPLACES):
            # مدير ميناء عدن، مديرة متحف …: a workplace heads the title's construct as a body does
            if definite and _is_institution(t) and not _is_place(t) and _is_al(toks[j - 1].text):
                break  # no construct after a definite noun: "واتهمت اللجان قوات الدعم السريع" has an object
            j = _quoted_org_name(toks, j + 1)  # شركة "سامسونغ"
            plain, definite = 0, False
            continue
        if not after_nisba and not definite and _possessed_body(t) \
                and (_is_institution(toks[j - 1].text) or _is_title(toks[j - 1].text)):
            return j + 1  # "رئيس مجلس إدارتها"، "رئيسة حكومتها": the pronoun makes the genitive definite and ends it
        lam_end = _lam_genitive_chain_end(toks, j)
        if lam_end > j:
            j = lam_end  # "التحالف اليمني لرصد انتهاكات حقوق الإنسان": what the body is for, in its name
            plain, after_nisba, definite = 0, False, True
            continue
        if t[:1] == "ل" and len(t) > 3 and (t[1:] not in _MEDIA or person and _media_employer(toks, j + 1)) \
                and (_is_institution(t[1:]) or _is_place(t[1:]) or _is_title(t[1:])
                     or (j + 1 < n and (_is_al(toks[j + 1].text) or _coordinated_construct(toks, j + 1)
                                        or _compass_place_end(toks, j + 1) > j + 1)
                         and not t.startswith("لل"))):
            j += 1  # لحلف، لمنطقة، لشؤون، لكرة القدم، لحماية (وإرشاد المستهلك)
            j = _compass_place_end(toks, j)  # "المجموعة الاقتصادية لدول وسط إفريقيا": the region its members lie in
            if t[1:] in _NAMED_ORGS:
                j = _quoted_name(toks, j)  # "المدير العام لشركة "أوراسكوم" …"
            plain, after_nisba, definite = 0, False, False
            continue
        if person and (t.startswith("بال") and len(t) > 4 or t[:1] == "ب" and _is_institution(t[1:])) \
                and (_is_title(toks[j - 1].text) or toks[j - 1].text.startswith("بال")) \
                and _title_complement(toks[j - 1].text, t):
            j += 1  # "المكلف بالإعلام بالمديرية العامة": who he serves, and where
            plain, after_nisba, definite = 0, False, t.startswith("بال")
            continue
        if person and not _is_al(t) and _NISBA.search(t) and t.isalpha() and _is_institution(toks[j - 1].text) \
                and not _is_al(toks[j - 1].text):
            j += 1  # an indefinite workplace and its adjective: "صاحب مكتب عقاري"
            continue
        if t in _SECTORS and j + 1 < n and _is_institution(toks[j + 1].text) and not _is_al(toks[j + 1].text):
            j += 1  # a sector named by its body: "قائد قطاع خفر السواحل"
            plain, definite = 0, False
            continue
        if _plural_title_construct(t) and j + 1 < n and _is_al(toks[j + 1].text):
            j += 1  # مجلس مفوضي الهيئة، نقيب ممثلي المهن
            plain, definite = 0, False
            continue
        prev = toks[j - 1].text
        if 2 <= j < n - 1 and _is_title(toks[j - 2].text) and not _is_al(toks[j - 2].text) and not _is_al(prev) \
                and _masdar_like(prev) and not toks[j - 1].tanween and _name_like(toks[j]) and not _is_title(t) \
                and (toks[j + 1].text in _PLAIN_THAT or toks[j + 1].text in "،,"):
            # "مدير سياحة دهوك، نوزاد عبد الله،": an indefinite field in construct takes the town after it,
            # which the phrase's end closes, though the lexicon does not know the town
            j += 1
            plain, definite = 0, False
            continue
        if prev[:1] == "ل" and len(prev) > 3 and _is_institution(prev[1:]):
            prev = prev[1:]  # "لشؤون أسرى الحرب": the genitive after ل is in construct as after the bare noun
        # An indefinite institution noun is in construct: the plain noun after it is its genitive.
        if (not _is_al(t) and not _is_al(prev) and (_is_institution(prev) or _is_title(prev)) and j + 1 < n
                and t not in _ROLE_ADJECTIVES  # "مصادر مطلعة القيمة السوقية": an adjective, then the object
                and _is_al(toks[j + 1].text) and (_masdar_like(t) or t in _SECTORS
                                                  or _is_institution(prev) and _name_like(toks[j]))):
            j += 1  # مركز رصد الزلازل، جهاز حماية المستهلك، محلل أسواق الطاقة، شعبة مواد البناء، ممثل قطاع الألبسة
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
            if not _is_al(t[1:]) and _is_institution(t[1:]):
                plain, after_nisba, definite = 0, False, False  # a second body heads its own construct: "الهيئة ونادي الأسير"
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
            if j + 1 < m < n and _masdar_like(toks[m].text) and _closed_two_word_name(toks, m) > m:
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
            if m > j + 1 and _ba_body_then_name(toks, m):
                # "الباحث في شؤون الهجرة بجامعة لايبزيغ كريم العبد الله": his field, then where he works (ب + a
                # body) and a name of two words at least; the body's own name runs into his as it does after
                # "الباحث بجامعة لايبزيغ".
                j = m + 1
                plain, after_nisba, definite = 0, False, False
                continue
        break
    return j


# Verbal nouns of overseeing that take على in a body's name: "لجنة الإشراف على الانتخابات"، "هيئة الرقابة على الأدوية".
_OVERSIGHT = _words("الإشراف الرقابة التفتيش")


# Research a body does "في" a field, in its name: "مركز البحث في علم الفلك"، "المعهد الوطني للبحث في علوم البحار".
_RESEARCH_HEADS = _words("البحث للبحث البحوث للبحوث الدراسات للدراسات")
_FIELD_WORDS = 6  # "علم الفلك والفيزياء الفلكية والجيوفيزياء"


def _research_field_end(toks: list[_Tok], j: int) -> int:
    """Return the end of the field after "في" when research heads it ("البحث في علم الفلك والفيزياء الفلكية"),
    else j: a field in construct with an ال- noun, then its ال- adjectives and ال- nouns joined by و."""
    n = len(toks)
    if not (toks[j].text in ("في", "فى") and j > 0 and toks[j - 1].text in _RESEARCH_HEADS
            and j + 1 < n and _field_construct(toks, j + 1)):
        return j
    m = j + 2
    while m < n and m - j <= _FIELD_WORDS and (_is_al(toks[m].text) or toks[m].text[:1] == "و"
                                               and _is_al(toks[m].text[1:])):
        m += 1
    return m


def _strip_lam(t: str) -> str:
    """Return t with a leading ل- of purpose read as ال- ("للإشراف" → "الإشراف"), else t."""
    return "ال" + t[2:] if t.startswith("لل") and len(t) > 4 else t


def _ba_body_then_name(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is ب + a body's noun (بجامعة، بمركز) and a name of two words at least follows it."""
    if m + 1 >= len(toks):
        return False
    t = toks[m].text
    return t[:1] == "ب" and len(t) > 4 and _is_institution(t[1:]) \
        and _starts_person_name(toks, m + 1) and _name_run(toks, m + 1, already=0) >= m + 3


def _possessed_body(t: str) -> bool:
    """Say whether t is a body with a pronoun on it (normalised): إدارتها، حكومته، وزارتهم، مجلسها."""
    stem = _CLITIC_END.sub("", t)
    if stem == t or len(stem) < 3:
        return False
    return _is_institution(_with_ta_marbuta(stem))


# Titles whose holder is charged with something named after ب: "المكلف بالإعلام", "المنتدب بالوزارة".
_CHARGED_WITH = _words("المكلف المكلفة مكلف مكلفة المنتدب المختص المعني القائم")
# What may follow any title: who holds the post for now ("الوزير بالنيابة").
_ACTING = _words("بالنيابة بالإنابة بالوكالة")


def _title_complement(title: str, t: str) -> bool:
    """Say whether t, a word in ب after a title, completes the title rather than opening the verb's object.

    After an indefinite title it is where the holder works (مصدر بالقطاع، تاجر بالسوق الكبير). After a definite
    one only a workplace (الباحث بالمركز), acting (الوزير بالنيابة) or what a charged official is charged with
    (المكلف بالإعلام) completes it; else the ب is the verb's: "وأشاد الوزير بالاتفاق"، "ورحب الرئيس بالقرار".
    """
    return (not _is_al(title) or t in _ACTING or _is_institution(t[1:]) or _is_place(t[1:])
            or title.startswith("بال") or title in _CHARGED_WITH)


def _lam_masdar(t: str) -> bool:
    """Say whether a word is ل/لل + a verbal noun: لرصد، لمكافحة، للتعامل."""
    bare = t[2:] if t.startswith("لل") else t[1:]
    return t[:1] == "ل" and len(bare) > 2 and _masdar_like(bare)


def _prev_is_lam_masdar(toks: list[_Tok], j: int) -> bool:
    return j > 0 and _lam_masdar(toks[j - 1].text)


_BRANCHES = _words("فرع")


def _branch_of(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] names whose branch an indefinite فرع is: "فرع وزارة"، "فرع الهلال"، "فرع لشركة"."""
    if j >= len(toks):
        return False
    t = toks[j].text
    return _is_al(t) or _is_institution(t) or (t[:1] == "ل" and _is_institution(t[1:]))


# A census or a survey known by its name: "التعداد العام للسكان والسكنى"، "المسح الوطني للتشغيل".
_SURVEY_NOUNS = _words("تعداد مسح إحصاء استطلاع")


def _survey_name_end(toks: list[_Tok], j: int) -> int:
    """Return the end of a definite survey's or census's name after its head and adjectives, else j.

    The name goes on through العام ("general", not the year: "التعداد العام الماضي" stops) and one ل- genitive with
    its adjectives and coordinated nouns: "التعداد العام للسكان والسكنى لسنة 2024" ends before لسنة; a body after
    لل is the survey's author, not its name.
    """
    n, m = len(toks), j
    while m < n and (toks[m].text in ("العام", "العامه") and not _ends_time(toks, m + 1) or _adjective_at(toks, m)):
        m += 1
    t = toks[m].text if m < n else ""
    if not (t.startswith("لل") and len(t) > 4) or t in _ADDRESSEES or _is_institution(t[1:]) or _verb_lemma(t):
        return m
    m += 1
    while m < n and (_adjective_at(toks, m) or toks[m].text.startswith("وال") and len(toks[m].text) > 5
                     and toks[m].text[1:] not in _STOP):
        m += 1
    return m


def _lam_genitive_chain_end(toks: list[_Tok], j: int) -> int:
    """Return the end of "ل + verbal noun + nouns in construct + ال- noun" at toks[j] in a body's name, else j.

    "لرصد انتهاكات حقوق الإنسان"، "لتنظيم أسواق المال": the name closes there, before إن/أن, a bracket, a quote,
    the end, or a comma before في or a name. "ودعت المنظمة لوقف إطلاق النار، مؤكدة" is what the body called for.
    """
    n = len(toks)
    if j >= n:
        return j  # the name ran to the end of its window
    t = toks[j].text
    if t.startswith("لل") or not _lam_masdar(t):
        return j
    m = j + 1
    while m < n and m - j <= 3 and not _is_al(toks[m].text) and _name_like(toks[m]) and not _is_place(toks[m].text):
        m += 1
    if m == j + 1 or m >= n or not _is_al(toks[m].text) or _verb_lemma(toks[m].text) or toks[m].text in _STOP:
        return j
    m += 1
    while _adjective_at(toks, m):
        m += 1
    nxt = toks[m].text if m < n else "."
    if nxt in _THAT or nxt in _QUOTES or nxt in "(.":
        return m
    if nxt in "،," and m + 1 < n and (toks[m + 1].text in ("في", "فى") or _name_like(toks[m + 1])
                                      and toks[m + 1].text not in _PARTICIPLES):
        return m
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
    """Say whether "لوكالة …" names where a titled person works: ال- words, then a title or a name closed by إن/أن,
    or the holder's name set off by commas.

    "الرئيس التنفيذي لوكالة الفضاء المصرية الدكتور شريف صدقي"، "المدير العام لوكالة الأنباء الرسمية، سامي
    حداد، إن"; "قال الوزير لوكالة الأنباء الفرنسية إن" speaks to the agency.
    """
    n = len(toks)
    k = m
    while k < n and k - m < 4 and _is_al(toks[k].text) and not _is_title(toks[k].text) and toks[k].text not in _STOP:
        k += 1
    if k == m or k >= n:
        return False
    if toks[k].text in "،,":
        return _apposition(toks, k, min_words=2) > k
    return _is_title(toks[k].text) and _is_al(toks[k].text) and k + 1 < n and _name_like(toks[k + 1])


def _coordinated_construct(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is و + a verbal noun in construct with an ال- noun: "وترقية الصادرات"، "وإرشاد المستهلك"."""
    t = toks[m].text
    return (t[:1] == "و" and m + 1 < len(toks) and _is_al(toks[m + 1].text)
            and (_masdar_like(t[1:], weak=False) or t[1:] in _PORTFOLIO_NOUNS))


# Portfolios in construct that are not verbal nouns: "وزير العلوم وتكنولوجيا المعلومات"، "وزيرة الشباب وشؤون المرأة".
_PORTFOLIO_NOUNS = _words("تكنولوجيا شؤون موارد علوم")


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


_FIRST_NAME_TITLES = _words("مختار")  # a village head, and a first name: "البائع مختار عبده سالم"


def _first_name_not_title(toks: list[_Tok], j: int) -> bool:
    """Say whether a title that is also a first name (مختار) opens the name after a role here.

    Plain name words follow it and the phrase ends after them, or after a family name of origin: "السائق مختار
    سالم إن"، "البائع مختار عبده سالم لـ…"، "المزارع مختار علي الحسني،"; "مختار قرية الرام" (a noun and its
    place) and "مختار الحي" stay titles.
    """
    n = len(toks)
    if toks[j].text not in _FIRST_NAME_TITLES:
        return False
    m = j + 1
    while m < n and m - j <= 3 and _name_like(toks[m]) and not _prepositional(toks[m].text) \
            and not (_is_title(toks[m].text) or _is_institution(toks[m].text) or _is_place(toks[m].text)):
        m += 1
    if m == j + 1:
        return False
    if m < n and _is_al(toks[m].text) and _NISBA.search(toks[m].text):
        m += 1  # a family name of origin: الحسني، الشرعبي
    return _ends_phrase(toks, m) or _addressee_end(toks, m) > m


def _plural_title_construct(t: str) -> bool:
    """Say whether t is a title's sound plural in construct: مفوضي، ممثلي، موظفي (of مفوض، ممثل، موظف)."""
    stem = t[:-1]
    return t.endswith("ي") and len(stem) >= 3 and (stem in _PERSON_TITLES or stem in _UNNAMED_ROLES)


# Where an unnamed source works without being an institution: "مصدر في مطار بغداد"، "مسؤول في الميناء".
_WORKPLACES = _words("مطار ميناء مرفأ معبر سجن مخيم معسكر مصنع منجم مصفاة متحف")


def _role_place(toks: list[_Tok], j: int, *, places_only: bool = False) -> int:
    """Extend an unnamed role with where it works: "مسؤول في الدفاع المدني"، "مصدر في الرئاسة"، "مصدر داخل النادي"."""
    n = len(toks)
    if j < n and toks[j].text in ("في", "فى", "ب", "داخل") and j + 1 < n:
        m = j + 1
        if toks[m].text in _COMPASS and m + 1 < n:
            m += 1
        if not (_is_place(toks[m].text) or (not places_only and (
                _is_institution(toks[m].text) or _strip_al(toks[m].text) in _WORKPLACES))):
            return j
        while m < n and m - j <= 5 and toks[m].text not in _TEMPORAL and not _participle_clause(toks, m) and (
                _is_al(toks[m].text) or _is_institution(toks[m].text) or _is_place(toks[m].text)
                or _strip_al(toks[m].text) in _WORKPLACES
                or (_name_like(toks[m]) and not _is_al(toks[m - 1].text)
                    and (_is_institution(toks[m - 1].text) or toks[m - 1].text in _WORKPLACES))):
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


# What makes العام "the year" rather than a title's "general": "العام الماضي"، "العام 2024". Another time word
# after it opens a time phrase of its own: "وأكد المدير العام الشهر الماضي أن"، "قال الأمين العام أمس".
_YEAR_ADJECTIVES = _words("الماضي الجاري المقبل الحالي الفائت المنصرم القادم السابق")


def _ends_time(toks: list[_Tok], j: int) -> bool:
    return j < len(toks) and (toks[j].text in _YEAR_ADJECTIVES or toks[j].text.isdigit())


# The particles before which "لا" is part of a name rather than a negation: "دي لا كروز".
_ROMANCE_ARTICLES = _words("دي دو دا")


def _name_run(toks: list[_Tok], j: int, *, already: int, objects: bool = True, construct: bool = False) -> int:
    """Return the end of a personal name: up to four name tokens, particles, an ال- surname.

    construct: no title tells that the first word is a person's; it may be a common noun whose genitive, a body
    closed by a comma or إن/أن, follows it ("سجلت مصالح المركز،"، "أظهرت نشرة سوق العمل أن").
    """
    n, count = len(toks), already
    while j < n and count < 5:
        tok = toks[j]
        t = tok.text
        if t in _SAME:
            break  # "وأضاف المسؤول ذاته"، "الوزير نفسه": the one named before, not a name
        if t == "لا" and (j == 0 or toks[j - 1].text not in _ROMANCE_ARTICLES):
            break  # "لا" joins a name only after دي/دو/دا ("دي لا كروز"); else it negates: "أيت باها لا تخفي"
        if count >= 1 and t in _NAME_HYPHENS and _glued_name_part(toks, j):
            j += 2  # one name word in two parts: "مالكوم كير–كارنيغي"، "بيه كيونغ-هون"
            continue
        if t in _NAME_PARTICLES and j + 1 < n and toks[j + 1].text not in _STRONG_END:
            j += 2  # عبد الله، بن سلمان، أبو الغيط، فون دير لاين
            count += 1
            continue
        if t == "ام" and count == 0 and 0 < j < n - 1 and _is_title(toks[j - 1].text) and _name_like(toks[j + 1]) \
                and not (_is_title(toks[j + 1].text) or _is_institution(toks[j + 1].text)
                         or _is_place(toks[j + 1].text)):
            j += 2  # a mother's kunya after a title, as أبو after one: "الحاجة أم محمد" (not أم "or")
            count += 1
            continue
        if j + 1 < n and toks[j + 1].text == "الله" and len(t) == 3 and t.isalpha() and not tok.tanween \
                and t not in _STOP:
            # A compound name whose first part is spelled like a verb: فتح الله، فضل الله، جاب الله، حسب الله
            # (_name_like turns verbs away). "الله" after a word is never an object of a speech verb's subject.
            j += 2
            count += 1
            continue
        if count >= 1 and j + 1 < n and toks[j + 1].text == "الدين" and len(t) == 3 and t.isalpha() \
                and not tok.tanween and t not in _STOP and not _debt_adjective(toks, j + 2):
            # a second name in الدين whose first part is spelled like a verb: "وسيم علم الدين"، "سامي فخر الدين";
            # not "خفض الدين العام" (the debt, with its adjective)
            j += 2
            count += 1
            continue
        if not objects and count >= 1 and t == "بلا" and j + 1 < n and toks[j + 1].text.isalpha():
            j += 2  # an organisation's name: أطباء بلا حدود، مراسلون بلا حدود
            count += 1
            continue
        if count >= 1 and _verb_after_kunya(toks, j):
            break  # "أم خالد تنتظر دورها"، "أبو سامي يبيع الخضار": what the kunya's bearer does
        if _name_like(tok):
            nxt = toks[j + 1] if j + 1 < n else None
            if t == "علي" and not (nxt is not None and (nxt.text in _PLAIN_THAT or nxt.text in _STRONG_END
                                                       or nxt.text in _DAY_AFTER_A_NAME
                                                       or (_name_like(nxt) and not _masdar_like(nxt.text))
                                                       or (_name_like(nxt) and j + 2 < n
                                                           and toks[j + 2].text in _VERB_SURFACE)
                                                       or (_is_al(nxt.text) and _ends_phrase(toks, j + 2)))):
                break  # "على" written with ي, as many Egyptian texts do: "أكد الوزير علي ضرورة"
            if (len(t) > 4 and t[0] in "بل" and (_is_institution(t[1:]) or _is_title(t[1:]))) \
                    or (t[:1] == "ب" and t[1:] in _LAND_FEATURES):
                break  # "قال الرئيس لوكالة رويترز"، "بمديرية الصحة"، "بساحل حضرموت": no name starts with a preposition
            if (count >= 1 and (t in _DESCRIBING_VERBS or t in _SCENE_VERBS_ANY)) or t in _SECTORS:
                # "مهاجر سوداني ناجٍ يبلغ من العمر 19 عاماً"، "أبو سمير جلس أمام دكانه": a clause describes him;
                # "ووصف الوزير قطاع"
                break
            if (count >= 1 and objects and _prepositional(t)) or (t[:1] == "ل" and _addressee_end(toks, j) > j):
                break  # "كابل بإيواء"، "فاطمة جعفري لبي بي سي"، "الوزير لرويترز": an object or who is told
            if count >= 1 and _is_institution(t) and not _is_al(t) and nxt is not None \
                    and (nxt.text in _PLAIN_THAT or nxt.text in "،,:"):
                j += 1  # a surname that is also a common noun, closed by a comma: "عزمي محافظة،"
                count += 1
                break
            if (_is_title(t) and t not in _TITLE_NAMES and not (count == 0 and _first_name_not_title(toks, j))) \
                    or _is_institution(t):
                break  # an object: "اتهم الوزير حركة حماس"
            if _is_place(t) and (count >= 1 or nxt is None or not _name_like(nxt) or _is_place(nxt.text)):
                break  # "دعا ستولتنبرغ كوريا الجنوبية": the object starts
            if count >= 1 and nxt is not None and (nxt.text in _PLAIN_THAT or nxt.text in ":،,"
                                                   or nxt.text in _VERB_SURFACE or _told_outlet(toks, j + 1)):
                # the phrase ends right before إن/أن, a speech verb or the outlet told: "ناصر جبور إن"،
                # "سامي شحادة قال"، "هاني توفيق لـ«المال»" (a family name shaped like a verbal noun)
                j += 1
                count += 1
                break
            if objects and count >= 1 and _masdar_like(t) and _closed_family_name(toks, j):
                j += 1  # "العميد المتقاعد سمير فرحات باسم «…»": a family name shaped like a plural or a verbal noun
                count += 1
                break
            if not objects and count >= 1 and _masdar_like(t, weak=False):
                break  # "منظمة أوبك ارتفاع الطلب"
            if objects and not construct and count == 0 and _TAFA33UL.match(t) and _plural_object_after(toks, j + 1):
                break  # after a title: "وانتقد رئيس البلدية تأخر الأشغال، قائلاً"; not "حسب صك الاتهام"
            if objects and not (count == 0 and _first_name_despite_shape(toks, j)) and (
                    (count >= 1 and _masdar_like(t) and not _middle_name_despite_shape(toks, j))
                    or (count == 0 and (
                        (_prepositional(t) or _masdar_like(t) or (t[:1] in "بل" and _masdar_like(t[1:])))
                        and nxt is not None and _is_al(nxt.text) and not _surname_before_that(toks, j + 1)))
                    or (count == 0 and (_prepositional(t) or _masdar_like(t, weak=False))
                        and not (nxt is not None and _name_like(nxt) and not _masdar_like(nxt.text))
                        and not _titled_compound_name(toks, j))):
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
            if _lineage_goes_on(toks, m):
                j, count = m, count + 1  # "سعود الفيصل آل سعود"، "محمد الأمين ولد الشيخ": the name goes on
                continue
            closed = nxt_text in _PLAIN_THAT or nxt_text in _STRONG_END
            if construct:
                if not closed and (_is_institution(t) or _SOUND_PLURAL.match(t)):
                    break  # a common noun's genitive may be a body or a plural when closed: "نشرة سوق العمل أن"
            elif _is_place(t) and toks[j - 1].text in _COMPASS:
                pass  # where it lies, not an object: "محافظة البصرة جنوبي العراق"، "جنوب غربي اليمن"
            elif _object_al_word(t) or (not closed and _object_unless_closed(t)):
                break  # the verb's object: "وحمّل النائب سامي عون الحكومة،"، "ودعا الحربي قائدي المركبات إلى"
            if m == j + 2 or _ends_phrase(toks, m) \
                    or (_NISBA.search(toks[m - 1].text) and nxt_text[:1] in ("ب", "ل")) \
                    or (nxt_text.startswith("بال") and _surname_word(t)) \
                    or _object_after_surname(t, nxt_text, toks[m].raw if m < n else "") \
                    or (nxt_text[:1] == "ل" and _addressee_end(toks, m) > m) \
                    or (_MASDAR_FORMS.search(nxt_text) and m + 1 < n and _is_al(toks[m + 1].text)
                        and not _NISBA.search(toks[m + 1].text)) \
                    or (nxt_text and not _is_al(nxt_text) and _is_title(nxt_text)) \
                    or (nxt_text[:1] == "و" and _is_title(nxt_text[1:])) \
                    or nxt_text in _SCENE_VERBS_ANY:  # "أبو نضال الكنعاني وقف يراقب العمال"
                # (a second titled person joined by و closes the first name: "سامي العلي ووزير الاقتصاد")
                j = m
            elif _second_surname(toks, m):
                j = m + 1  # two ال- words right before إن/أن: "محمد الأمين الشنقيطي إن"
            elif _last_name_word(toks, m):
                j = m + 1  # a plain word after the ال- surname ends the name: "سهام البوغديري نمصية خلال"
        break
    return j


_NAME_HYPHENS = frozenset("-\u2013")


def _glued_name_part(toks: list[_Tok], j: int) -> bool:
    """Say whether the hyphen at toks[j] joins, with no space either side, a name word to a name-like word."""
    return 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start \
        and toks[j - 1].text.isalpha() and _name_like(toks[j + 1]) and not _is_al(toks[j + 1].text)


_KUNYA_VERB_PREFIX = {"ام": "ت", "ابو": "ي"}  # the imperfect that agrees with a mother's / a father's kunya
_NAMES_LIKE_IMPERFECTS = _words("يوسف يونس يعقوب يزيد ياسر ياسين يسري يسرى تامر تميم تغريد تسنيم توفيق تيسير")


def _verb_after_kunya(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j], right after a kunya's name (أم خالد، أبو سامي), is an imperfect verb agreeing with it."""
    if j < 2 or _KUNYA_VERB_PREFIX.get(toks[j - 2].text) != toks[j].text[:1]:
        return False
    return _imperfect_at(toks, j) and toks[j].text not in _NAMES_LIKE_IMPERFECTS


def _first_name_despite_shape(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j], a common first name shaped like a verbal noun or a plural, starts a name here.

    A name in ة or of the shape فعل ("وقالت فاطمة العلي، وهي معلمة،"، "سمر الشمري قالت") goes on with an ال-
    family name that is no body, place or plural; one shaped like a strong verbal noun only ends the phrase, or has
    a family name closed by إن/أن ("وقالت إيمان إن"، "وقال توفيق الحربي إن") or one of origin closed by a comma,
    a verb or who is told ("إيمان العلي، وهي معلمة،"), since "أكد الوزير تحسين الخدمات" and "كشفت الشرطة أسماء
    المتهمين" name no one.
    """
    t = toks[j].text
    if t not in _NOUN_SHAPED_NAMES and t not in _MASDAR_SHAPED_NAMES:
        return False
    if _ends_phrase(toks, j + 1) or _surname_before_that(toks, j + 1):
        return True
    after = toks[j + 1].text
    if t in _MASDAR_SHAPED_NAMES:
        # a family name of origin (الشمري، العلي) that a comma, a verb or who is told ends: "إيمان العلي، وهي"
        return after.endswith("ي") and _surname_word(after) \
            and (_ends_phrase(toks, j + 2) or _addressee_end(toks, j + 2) > j + 2)
    closed = j + 2 >= len(toks) or toks[j + 2].text in _PLAIN_THAT or toks[j + 2].text in _STRONG_END
    return _surname_word(after) and (closed or not _object_unless_closed(after))


def _middle_name_despite_shape(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j], a father's name shaped like a noun in ة (عبده، حمزة، عطية), goes on a name here.

    After a first name it reads as a verbal noun and its object ("أعلن الرئيس محمد حمزة الطوارئ"); a family
    name right after it that إن/أن, a comma or who is told closes (not a preposition: "حمزة الطوارئ في") tells a
    name of three parts: "البائع مختار عبده سالم لـ"…""، "المزارع سالم حمزة العلي أن".
    """
    n = len(toks)
    if toks[j].text not in _NOUN_SHAPED_NAMES or j + 1 >= n:
        return False
    after = toks[j + 1]
    family = _surname_word(after.text) or (
        _name_like(after) and not _masdar_like(after.text)
        and not (_is_title(after.text) or _is_institution(after.text) or _is_place(after.text)))
    close = toks[j + 2].text if j + 2 < n else "."
    return family and (close in _PLAIN_THAT or close in "،,:" or _addressee_end(toks, j + 2) > j + 2)


def _debt_adjective(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] describes "الدين" as the debt: "الدين العام"، "الدين الخارجي"."""
    return j < len(toks) and _is_al(toks[j].text) and (toks[j].text in ("العام", "العامه")
                                                        or bool(_NISBA.search(toks[j].text)))


def _titled_compound_name(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j], shaped like a verbal noun, is a first name: a title written before names and a name
    particle after it ("الدكتورة إخلاص عبد الله"، "المهندس إحسان أبو شقرة"), not "أعلن الوزير إقالة عبد الله"."""
    return 0 < j < len(toks) - 1 and toks[j + 1].text in _NAME_PARTICLES \
        and _strip_al(toks[j - 1].text) in _NAME_TITLES


def _told_outlet(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] opens the outlet a speaker told: لـ«الأهرام»، لصحيفة، لوكالة، لرويترز."""
    if m >= len(toks):
        return False
    t = toks[m].text
    if t == "ل":
        return m + 1 < len(toks) and toks[m + 1].text in _QUOTES
    return t[:1] == "ل" and (t[1:] in _MEDIA or t[1:] in _OUTLETS)


def _closed_family_name(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m], after a first name and shaped like a plural or a verbal noun, is the family name.

    Family names in -ات and -ة (فرحات، بركات، سعادة، شحادة) look like the indefinite object a verb takes after
    its subject ("أعلن الوزير خالد حمدان زيادة في الرواتب"). An indefinite noun takes a complement; only a
    name is followed by a bracket ("نادية بركات (40 عاماً)"), a relative pronoun ("سامي سعادة الذي") or باسم and
    the body spoken for ("سمير فرحات باسم «الجمعية»"، "باسم النقابة"). Strong verbal-noun shapes (تفعيل،
    إفعال، افتعال …) and nouns with a pronoun or a preposition (زيارته، بإعلان) are never names.
    """
    n = len(toks)
    t = toks[m].text
    if m + 1 >= n or not t.endswith(("ات", "ه")) or toks[m].tanween or _masdar_like(t, weak=False) \
            or _POSSESSED.search(t) or _prepositional(t):
        return False  # not "بقانون رقم (4)"
    nxt = toks[m + 1].text
    if nxt == "(" or nxt in _RELATIVE:
        return True
    after = toks[m + 2].text if m + 2 < n else ""
    return nxt == "باسم" and (after in _QUOTES or _is_al(after) or _is_institution(after))


# Masculine perfect verbs that set a scene before the speaker talks: "وقف الحاج سعيد أمام دكانه وقال:"،
# "الحاج سعيد، آخر الحرفيين، جلس يراقب العمال، وقال:". The masculine perfect has no ending to tell it from a
# name, so only these are read as verbs there; their feminine (وقفت، جلست) agrees by its ت with a verb after.
_SCENE_VERBS = _words("وقف جلس ظل راح بقي مكث عاد جال تجول مشى أمسك نظر حمل اتكأ انحنى")
_SCENE_VERBS_ANY = _SCENE_VERBS | frozenset(v + "ت" for v in _SCENE_VERBS if not v.endswith("ي")) \
    | _words("بقيت مشت انحنت")
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


def _object_after_surname(t: str, nxt: str, nxt_raw: str = "") -> bool:
    """Say whether the ال- word t is a surname because the verb's object, a definite word no name goes on with, follows.

    "وعزا عضو النقابة طوني الحايك الارتفاع إلى": الارتفاع (افتعال) is the object, الحايك the surname; so are
    الزواري and الخصاونة in "ودعا الوزير خالد الزواري المواطنين إلى"، "وحمّل النائب سامي الخصاونة الحكومة".
    Before a body or a plural the word must not be a plural or an abstract noun in -ية itself, a first object
    more likely than a surname: "ومنح الوزير خالد الأولوية القطاع". A body in ى (nxt_raw: the word as written) is
    no adjective in ي agreeing with t: "وافتتح الوزير خالد العلي المستشفى الجديد".
    """
    if not _is_al(nxt) or nxt.startswith("لل") or _masdar_like(_strip_al(t), weak=False) or _SOUND_PLURAL.match(t):
        return False
    if _MASDAR_FORMS.search(_strip_al(nxt)):
        return True
    # An adjective after t agrees with it instead: "المواقع الخارجية" (not the ministry).
    adjective = nxt.endswith(("ي", "يه")) and not _DROP.sub("", nxt_raw).endswith("ى")
    return (_object_al_word(nxt) or bool(_FEMININE_PLURAL.match(nxt))) and not adjective \
        and not t.endswith(("يه", "ات"))


# A sound plural is no family name: "ودعت آفاد المواطنين إلى" has an object after the subject.
_SOUND_PLURAL = re.compile(r"^ال.{4,}(?:ين|ون)$")


def _definite_sound_plural(toks: list[_Tok], phrase: _Phrase) -> bool:
    """Say whether a phrase is one ال- sound plural of people: "المنظمون"، "المحتجين" (who may estimate a crowd)."""
    return phrase.end == phrase.start + 1 and bool(_SOUND_PLURAL.match(toks[phrase.start].text))


# A plural in -ات is a family name only when إن/أن or a punctuation mark closes it (السادات، الذنيبات، العبيدات);
# otherwise it is the verb's object: "ودعا الحربي قائدي المركبات إلى"، "ودعا المدير خالد الشركات إلى".
_FEMININE_PLURAL = re.compile(r"^ال.{2,}ات$")
# So is a derived verbal noun or a plural of the shape أفعال (التصعيد، الإفراج، الالتزام، الانسحاب، الاستعداد،
# التعاون، الأطراف): "ودعا الوزير خالد الأطراف إلى"، "وانتقد النائب سامي التصعيد في الجنوب"; a family name of
# that shape is closed: "وقال الوزير أحمد التوفيق إن".
_DERIVED_NOUN = re.compile(r"^(?:ت..ي.|ا..ا.|است..ا.|ان..ا.|ا.ت.ا.|ت.ا..)$")
# A verbal noun تفعّل written without its shadda (تأخر، تعثر), unlike first names (نادر، خالد): "تأخر الأشغال".
_TAFA33UL = re.compile(r"^ت...$")
# A plural of the shape أفعال, or a verbal noun إفعال, with its consonants only (الأشغال، الأسعار، الإنتاج).
_AFAAL = re.compile(r"^الا[^اوي]{2}ا[^اوي]$")


def _plural_object_after(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is an ال- plural أفعال (or verbal noun إفعال) not closed by إن/أن: the genitive of the
    object a title's verb takes ("انتقد رئيس البلدية تأخر الأشغال،"), never the family name of a first name
    ("وقال الوزير أحمد الأنصار إن" stays a name)."""
    return m < len(toks) and bool(_AFAAL.match(toks[m].text)) \
        and not (m + 1 < len(toks) and toks[m + 1].text in _PLAIN_THAT)


# Heads of _NON_AGENT_HEADS that are also family names: "عبد الله العمر".
_FAMILY_NAME_HEADS = _words("عمر")
_EVERYONE = _words("الجميع الأمر")  # "ودعا الوزير خالد الجميع إلى التهدئة"، "وعزا المهندس وسيم الأمر إلى": no family name


def _object_al_word(t: str) -> bool:
    """Say whether the ال- word t can never go on with a personal name, whatever follows it.

    After a subject's name such a word is the verb's object: a body or a place ("وحمّل النائب سامي عون الحكومة،"،
    "انتقد القاهرة"), a sound plural with four letters or more before -ين/-ون ("المواطنين"، "الصحفيين"), or a
    rule, plan or measure ("القرار"، "الخطة"، "القانون": _NON_AGENT_HEADS). Family names are no body or place,
    and those in -ين are shorter (الحسين، الياسين); the compound part العابدين is read before (_NAME_AL).
    Adjectives of origin (العتيبي، الحربي) are never taken here; plurals in -ات may be family names (_FEMININE_PLURAL).
    """
    if not _is_al(t) or t.startswith("لل"):
        return False
    bare = _strip_al(t)
    return (_is_institution(t) or _is_place(t) or bool(_SOUND_PLURAL.match(t)) or t in _EVERYONE
            or (bare in _NON_AGENT_HEADS and bare not in _FAMILY_NAME_HEADS))


def _object_unless_closed(t: str) -> bool:
    """Say whether the ال- word t, a plural in -ات or a derived verbal noun, is a family name only when closed."""
    return bool(_FEMININE_PLURAL.match(t) or _DERIVED_NOUN.match(_strip_al(t)))


def _lineage_goes_on(toks: list[_Tok], m: int) -> bool:
    """Say whether a lineage particle at toks[m] carries an ال- surname on: آل/بن/أبو/ولد and a name word.

    The word after the particle may have ال- itself ("ولد الشيخ"، "أبو الحسن"), but not be a body or an object.
    """
    if m + 1 >= len(toks) or toks[m].text not in _LINEAGE:
        return False
    after = toks[m + 1]
    return _name_like(after) or (_is_al(after.text) and after.text not in _STOP and not _object_al_word(after.text))


def _plain_al_word(t: str) -> bool:
    """Say whether an ال- word can be part of a name: not a title, body, place, plural or adjective of origin."""
    return (_is_al(t) and not t.startswith("لل") and t not in _STOP and not _verb_lemma(t)
            and not (_is_title(t) or _is_institution(t) or _is_place(t))
            and not _SOUND_PLURAL.match(t) and not _NISBA.search(t))


def _surname_before_that(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m] is an ال- surname right before إن/أن or a lineage: "السيدة فاطمة الزهراني إنها".

    A first name in ة looks like a verbal noun with its object ("أعلن الحاكم حالة الطوارئ"); إن/أن
    right after the ال- word tells the name. Adjectives of origin are surnames too (الزهراني).
    """
    if m + 1 >= len(toks):
        return False
    t = toks[m].text
    surname = _is_al(t) and not t.startswith("لل") and t not in _STOP and not _masdar_like(t, weak=False) \
        and not _is_title(t) and not _object_al_word(t)
    # or a lineage that carries the name on: "المحامية فاطمة الزهراء بن عبد الله، عضو …"
    return surname and (toks[m + 1].text in _PLAIN_THAT
                        or (toks[m + 1].text in _SON_OF and _lineage_goes_on(toks, m + 1))
                        or _titled_apposition_before_that(toks, m + 1))


_TITLED_APPOSITION_WORDS = 10  # "، رئيس الجمعية المغربية لحماية المستهلك،"


def _titled_apposition_before_that(toks: list[_Tok], comma: int) -> bool:
    """Say whether a title set off by commas, then إن/أن, follows: "حمزة العلوي، رئيس الجمعية، إن"."""
    n = len(toks)
    if comma + 1 >= n or toks[comma].text not in "،," or not _is_title(toks[comma + 1].text):
        return False
    for e in range(comma + 2, min(n - 1, comma + 2 + _TITLED_APPOSITION_WORDS)):
        if toks[e].text in "،,":
            return toks[e + 1].text in _PLAIN_THAT
        if toks[e].text in _STRONG_END or toks[e].text in _PLAIN_THAT:
            return False
    return False


_SON_OF = _words("بن بنت ابن")  # not أبو/آل, which also start places and bodies: "حالة الطوارئ أبو ظبي"


def _surname_word(t: str) -> bool:
    """Say whether the ال- word t can be a family name (الزهراني، العلي): no title, body, place or verbal noun."""
    return (_is_al(t) and not t.startswith("لل") and t not in _STOP and not _masdar_like(t, weak=False)
            and not _is_title(t) and not _object_al_word(t))


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
            and not _object_al_word(t) and (after in _PLAIN_THAT or after in "،,:"))


# Plural titles in construct with the body they serve: "محللو البنك"، "مسؤولو الشركة".
_PLURAL_CONSTRUCTS = _words("محللو مسؤولو")


_ORG_NAME_WORDS = 2  # plain words of a body's name before its country: "حزب أفق تونس"، "جمعية نداء الجزائر"


def _quoted_org_name(toks: list[_Tok], j: int) -> int:
    """Return the end of a quoted proper name right after an indefinite organisation noun: شركة "سامسونغ".

    An unquoted name that ends in a country is read too: "رئيس حزب قلب تونس، NAME،" (else the name reader
    takes "قلب" for the person's name and stops at the country, losing the name after it).
    """
    prev = toks[j - 1].text
    if _is_al(prev) or prev not in _NAMED_ORGS:
        return j  # "قال مدير الشركة "لن نتراجع"": a definite noun is not followed by its name
    end = _quoted_name(toks, j, words=_QUOTED_NAME_WORDS)
    if end > j:
        return end
    for m in range(j, min(len(toks), j + _ORG_NAME_WORDS + 1)):
        if _is_place(toks[m].text) and not _is_al(toks[m].text):
            return m + 1 if m > j else j
        if not _name_like(toks[m]) or _is_place(toks[m].text) or _is_title(toks[m].text):
            break
    return j


# Words inside the quotes after an indefinite organisation noun: a transliterated name may run to five, a number
# among them (صحيفة "إل سولي 24 أوري"); after a definite noun a long quote is what the body says.
_QUOTED_NAME_WORDS = 5


def _quoted_name(toks: list[_Tok], j: int, *, words: int = 3) -> int:
    """Return the end of a quoted or bracketed proper name of up to `words` words after an organisation: “يونهاب”."""
    n = len(toks)
    if j < n and toks[j].text in _QUOTES + "(":
        for m in range(j + 1, min(n, j + words + 2)):
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


def _closed_apposed_pair(toks: list[_Tok], m: int) -> bool:
    """Say whether toks[m:m + 2] are a first name and a family name that a comma or إن/أن closes, after a comma.

    The name reader stops at a family name shaped like a verbal noun after "علي" (read as the preposition على:
    "علي حمية") or at one that starts like و/ف + ال- ("فالنتي"); set off by commas after a title, they are a name.
    """
    n = len(toks)
    if m + 2 >= n or not (toks[m + 2].text in "،," or toks[m + 2].text in _PLAIN_THAT):
        return False
    first, last = toks[m], toks[m + 1]
    if not _name_like(first) or any(_is_title(x.text) or _is_institution(x.text) or _is_place(x.text)
                                    for x in (first, last)):
        return False
    if last.text[:1] in "بل":
        return False  # who is told or a circumstance, not a family name: "، خالد لرويترز،"، "، خالد بجهوده،"
    if first.text == "علي" and last.text in _ALA_ADVERBS:
        return False  # "، علي حدة،": the preposition written with ي, then a manner
    foreign_fal = last.text.startswith(("فال", "وال")) and last.text.isalpha() and not last.tanween
    return _name_like(last) or foreign_fal


_ALA_ADVERBS = _words("حدة مضض عجل عجالة")  # على حدة، على مضض، على عجل


def _apposition(toks: list[_Tok], j: int, *, min_words: int) -> int:
    """Extend a title with a name set off by commas: "عمدة خاركيف، إيهور تيريخوف،"."""
    n = len(toks)
    if j < n and toks[j].text in "،,":
        m = j + 1
        if m < n and _is_title(toks[m].text) and not _starts_name(toks, m):
            m = _title_chain(toks, m + 1, person=True, head=_strip_al(toks[m].text))
        named_end = _name_run(toks, m, already=0)
        if named_end == m:
            named_end = _al_name_with_lineage(toks, m)  # "صاحب المكتبة، الهادي بن عمر،"
        if named_end == m:
            named_end = _closed_two_word_name(toks, m)  # "الناطق باسم الجهاز، أسامة الفرجاني،"
        elif _closing_ba_surname(toks, named_end):
            named_end += 1  # "رئيس النقابة، ياسر باعباد،": a surname in با/بو/بل/لـ, not a preposition
        if named_end <= m + 1 and _closed_apposed_pair(toks, m):
            named_end = m + 2  # "، علي حمية،"، "، تيودورو فالنتي،": two name words the commas close
        m = named_end if named_end > m else _al_name_run(toks, m)
        words = sum(1 for x in toks[j + 1:m] if x.text.isalpha())
        if words >= min_words and m - j <= 9 and (m >= n or toks[m].text in _STRONG_END or toks[m].text in _THAT):
            return m
    return j


_DESCRIPTION_WORDS = 7  # "صاحب مطعم في منطقة عين الجنة، أبو يزن القضاة،": where or what, before the name


def _apposition_after_description(toks: list[_Tok], j: int) -> int:
    """Return the end of a name set off by commas after a role's description the title chain did not read, else j.

    "التاجر بسوق المحاصيل، الطاهر إبراهيم،"، "المرشح الخاسر على عضوية المجلس، الصحفي طارق منصور،"، "أستاذ العلوم
    السياسية بجامعة الجزائر 3، رضوان بوجمعة،": a few plain words (no verb, no إن/أن, no quote), then a comma and a
    name of two words or more closed by a comma or إن/أن.
    """
    c = _description_end(toks, j)
    if c == j:
        return j
    end = _apposition(toks, c, min_words=2)
    return end if end > c else j


def _doer_apposition_end(toks: list[_Tok], j: int) -> int:
    """Return the end of the name set off by commas after a doer's noun and its complement, else j.

    "الفائزة بالمقعد المخصص للمرأة، فاطمة الزروق،"، "الحائز على جائزة نوبل للكيمياء، عمر ياغي،": the doer's noun
    (فاعل) takes its complement with ب/ل/على/في/من, whatever the noun after it, then a few plain words up to a comma
    and a name of two words or more; no title tells the noun is a person's, the name after it does.
    """
    if j >= len(toks):
        return j
    t = toks[j].text
    if not (t in _DESCRIPTION_PREPOSITIONS or (t[:1] in "بل" and len(t) > 3 and not _verb_lemma(t)
                                               and (_is_al(t[1:]) or _masdar_like(t[1:]) or _prepositional(t)))):
        return j  # a ب- word that is no common noun is a name: "الطاهر بنعلي، مدير المدرسة،"
    c = _description_end(toks, j, complement=True)
    if c == j:
        return j
    end = _apposition(toks, c, min_words=2)
    return end if end > c else j


def _description_end(toks: list[_Tok], j: int, *, complement: bool = False) -> int:
    """Return the comma that closes a role's description starting at toks[j] ("بسوق المحاصيل،"، "في منطقة عين
    الجنة،"), else j: up to seven plain words or digits, no verb, no إن/أن, opening as a description does; one quoted
    name may stand among them ("على لائحة «صوت التغيير» في صيدا،"), no other quote.

    "وأعلن المحافظ حالة الطوارئ …": a plain noun after the title is the verb's object; "والتقى الرئيس بنظيره
    الفرنسي، …": his counterpart is whom he met.
    """
    n = len(toks)
    if j >= n or not (complement or _opens_description(toks[j].text)):
        return j  # (complement: a doer's noun's own ب/ل/على complement opens it: "الفائزة بالمقعد")
    quotes = 0  # a quoted name inside: "المرشح على لائحة «صوت التغيير» في صيدا،"; its marks are no words
    c = j
    while c < min(n, j + _DESCRIPTION_WORDS + 1 + quotes):
        t = toks[c].text
        if t in "،,":
            return c if c > j and quotes % 2 == 0 else j
        if t in _QUOTES and c > j and quotes < 2:
            quotes += 1
        elif not (t.isalpha() or t.isdigit()) or _verb_lemma(t) or t in _THAT or t in _PLAIN_THAT \
                or (t.isalpha() and _POSSESSED.search(t)):
            return j
        c += 1
    return j


_DESCRIPTION_PREPOSITIONS = _words("في فى على علي من لدى")
_MARKETS = _words("سوق أسواق")  # "التاجر بسوق المحاصيل": where a trader works


def _opens_description(t: str) -> bool:
    """Say whether a word can open a role's description: a preposition (في، على) or ب/ل with a workplace (بسوق،
    بجامعة، لشركة; not "بنظيره", whom he met), or an ال- adjective of the doer's shape (الخاسر، المشرف) or of origin."""
    place = t[1:]
    return t in _DESCRIPTION_PREPOSITIONS \
        or (t[:1] in "بل" and (_is_institution(place) or _is_place(place) or place in _WORKPLACES or place in _MARKETS)) \
        or (_is_al(t) and bool(_FAIL.match(t) or _NISBA.search(t) or t.startswith("الم")))


_WORKPLACE_NAME_WORDS = 3  # a person's name that names a body: "معهد عصام فارس"، "مستشفى الملك فهد"


def _named_workplace_at(toks: list[_Tok], j: int) -> int | None:
    """Return where في starts a body named for a person that ends right before toks[j]: "في معهد عصام فارس", else None.

    The name run read the body's name as the title holder's; the holder's own name may still follow in
    apposition, after the rest of the body's name ("للسياسات العامة").
    """
    m = j - 1
    while m > 0 and j - m <= _WORKPLACE_NAME_WORDS and _name_like(toks[m]) and not _is_institution(toks[m].text):
        m -= 1
    if m < j - 1 and m >= 1 and (_is_institution(toks[m].text) or toks[m].text in _WORKPLACES) \
            and toks[m - 1].text in ("في", "فى"):
        return m - 1
    return None


def _al_name_with_lineage(toks: list[_Tok], m: int) -> int:
    """Return the end of an ال- first name carried on by بن/ابن/بنت and a name that a comma or إن/أن closes, or m.

    Maghrebi first names in ال- that end in ي (الهادي، الناجي، الراضي) look like adjectives of origin;
    set off by commas and followed by a lineage ("، الهادي بن عمر،") they start a name, as no adjective does.
    """
    n = len(toks)
    t = toks[m].text if m < n else ""
    if m + 2 >= n or toks[m + 1].text not in _SON_OF or not _is_al(t) or t.startswith("لل") or t in _STOP \
            or _is_title(t) or _is_institution(t) or _is_place(t) or _verb_lemma(t):
        return m
    end = _name_run(toks, m + 1, already=1)
    closed = m + 1 < end < n and (toks[end].text in "،," or toks[end].text in _PLAIN_THAT)
    return end if closed else m


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
    A second title joined by و starts a description of its own: "أستاذ القانون في جامعة دمشق والمحامي
    لدى محكمة النقض، سامر خليل،".
    """
    n = len(toks)
    if j >= n or not (toks[j].text in ("في", "فى") or _lam_genitive(toks, j) or _ba_workplace(toks, j)
                      or _ba_town(toks, j)):
        return j
    m, words = (j + 1, 0) if toks[j].text in ("في", "فى") else (j, 0)
    # Quote marks around the workplace's own name do not end it: "في شركة "دروري" للاستشارات البحرية،".
    # The quote closing a name is taken past the five words: "في شركة الوساطة البحرية "ماريتايم ريسك"،".
    second = False  # a second title joined by و was read
    while m < n:
        t = toks[m].text
        if words and _coordinated_title(t):
            m, words, second = m + 1, 0, True  # "والباحث": the second title's own complements follow
            continue
        if second and t in _SECOND_TITLE_LINKS:
            m += 1  # "والمستشار السابق في البنك الدولي"، "والمحامي لدى محكمة النقض"
            continue
        if words and t == "من" and m + 1 < n and toks[m + 1].text in _FOR_THE_SAKE:
            m += 2  # a body's name says what it works for: "مركز السياسات من أجل الجنوب الجديد"
            continue
        if not (t in _QUOTES or words < _WORKPLACE_WORDS and t.isalpha() and t not in _STOP and not _verb_lemma(t)):
            break
        words += t.isalpha()
        m += 1
    if not words or m >= n or toks[m].text not in "،,":
        return j
    end = _apposition(toks, m, min_words=2)
    return end if end > m else j


# "بالمدرسة الوطنية العليا للإحصاء والاقتصاد التطبيقي": a workplace's full name, up to the comma before the name
_WORKPLACE_WORDS = 7
_SECOND_TITLE_LINKS = _words("في فى لدى باسم")
_FOR_THE_SAKE = _words("أجل")  # "من أجل"


def _ba_workplace(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is ب + a body or place word, where a title's holder works, as في is elsewhere:
    "مدير الشركة بولاية نهر النيل، المهندس …،"، "مدير التعليم بمحافظة جدة، …،" (common in Sudan and the Gulf).

    Not who is told (بيان لـ…) nor a ب- complement of the verb: the apposition after the comma must still follow.
    """
    if j >= len(toks):
        return False
    t = toks[j].text
    return t[:1] == "ب" and (len(t) > 4 and t.isalpha() and (_is_institution(t[1:]) or _is_place(t[1:])
                                                              or _strip_al(t[1:]) in _SCHOOLS)
                             or t[1:] in _LAND_FEATURES)


# Where a teacher works: "والأستاذ بالمدرسة الوطنية للإحصاء، فلان،" (جامعة، معهد، كلية are bodies already).
_SCHOOLS = _words("مدرسة ثانوية")


# Common nouns of the land that open a region's name: "ساحل حضرموت"، "وادي الأردن"، "ريف دمشق"، "جبل لبنان". After ب
# they are where a title's holder works ("مدير فرع الهيئة بساحل حضرموت، فلان،"), never a name's first word.
_LAND_FEATURES = _words("ساحل وادي ريف جبل سهل صحراء جزيرة قضاء")


def _ba_town(toks: list[_Tok], j: int) -> bool:
    """Say whether toks[j] is بال + one word that a comma closes, a town the lexicon may not know, where a title's
    holder works: "المندوب الجهوي للتنمية الفلاحية بالقيروان، فلان،" (Maghrebi regional officials).

    _workplace_apposition still needs the name set off by commas after it: "وأشاد الوزير بالاتفاق، مؤكداً" has none.
    """
    t = toks[j].text if j < len(toks) else ""
    return (j + 1 < len(toks) and toks[j + 1].text in "،," and len(t) > 5 and t.startswith("بال") and t.isalpha()
            and t[1:] not in _STOP and not _verb_lemma(t[1:]) and not _is_title(t[1:]))


def _ba_workplace_name(toks: list[_Tok], j: int) -> int:
    """Extend a title past ب + its workplace to the name after it, with no commas: "رئيس قسم الطوارئ بالمستشفى
    الدكتور فلان الفلاني" (an honorific may open the name). The name needs two words; else j.

    The workplace may also be ب/ل + a body and its name, when an honorific then opens the name: "أستاذة علوم البيئة
    بجامعة بنغازي الدكتورة نجاة الفيتوري"، "الرئيس التنفيذي لتحالف «رياح الجنوب» المهندس رامي الدباس"."""
    named_workplace = _named_workplace_end(toks, j)
    if named_workplace > j:
        end = _name_run(toks, named_workplace + 1, already=0)
        return end if end - named_workplace - 1 >= 2 else j
    if not _ba_workplace(toks, j):
        return j
    m = j + 1
    if m < len(toks) and _is_al(toks[m].text) and _is_title(toks[m].text):
        m += 1  # الدكتور، المهندس
    end = _name_run(toks, m, already=0)
    return end if end - m >= 2 else j


_WORKPLACE_WORDS = 6  # "بجامعة بنغازي"، "لتحالف «رياح الجنوب»": a body and its name before the honorific


def _named_workplace_end(toks: list[_Tok], j: int) -> int:
    """Return where an honorific (الدكتورة، المهندس) stands after ب/ل + a body and its name at toks[j], else j."""
    n = len(toks)
    if j + 1 >= n or toks[j].text[:1] not in "بل" or toks[j].text.startswith("لل") \
            or not (_is_institution(toks[j].text[1:]) or toks[j + 1].text in _QUOTES):
        return j  # a body by its kind ("بجامعة") or by its quoted name ("لتحالف «رياح الجنوب»")
    for m in range(j + 1, min(n, j + 1 + _WORKPLACE_WORDS)):
        t = toks[m].text
        if _is_al(t) and _strip_al(t) in _NAME_TITLES:
            return m if m > j + 1 else j
        if not (t.isalpha() or t in _QUOTES) or _verb_lemma(t) or t in _STOP:
            return j
    return j


def _coordinated_title(t: str) -> bool:
    """Say whether t is و + a title: "والباحث"، "وأستاذ"."""
    return len(t) > 3 and t[0] == "و" and _is_title(t[1:])


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
