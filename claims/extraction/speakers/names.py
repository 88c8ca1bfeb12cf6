"""Name variants: link_name_variants maps the different spellings of one person's or body's name in an article to
one canonical form, with the helpers that read the personal-name words of a speaker string (_person_name,
_raw_name) and compare them by skeleton and edit distance. It imports from lexicon and phrases.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from .lexicon import (
    _AL_PARTICLES,
    _GENERIC_ROLES,
    _LINEAGE,
    _NAME_PARTICLES,
    _NAMED_ORGS,
    _NISBA,
    _PERSON_TITLES,
    _SOURCE_NOUNS,
    _STOP,
    _TOKEN,
    _UNNAMED_SOURCES,
    _is_al,
    _is_institution,
    _is_place,
    _is_title,
    _strip_al,
    _words,
    normalize,
)
from .phrases import _LAND_FEATURES, _NAME_AL, _ROLE_ADJECTIVES, _TITLE_NAMES, _UNNAMED_ROLES, _prepositional

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
    # First names in إل- fold into ال- words: "إلياس"، "إلهام".
    hamza_il = {normalize(w) for w in speaker.split() if w.startswith("إل")}

    def plain(w: str) -> bool:
        return _plain_name_word(w) or w in hamza_il
    last = len(words) - 1
    cut = len(words)
    for i in range(last, -1, -1):
        w = words[i]
        after_particle = i > 0 and (words[i - 1] in _NAME_PARTICLES or words[i - 1] in _AL_PARTICLES
                                    or words[i - 1] == _MOTHER_OF)
        ali = w == "علي" and (after_particle or (cut == i + 1 and i < last and plain(words[i + 1])))
        if w == _OF_GENITIVE and cut == i + 1 and i < last:
            cut = i + 2  # "محافظة ذي قار حسن الإبراهيمي": ذي and its genitive close a place's name, not a person's
            break
        if (w == _MOTHER_OF and i < last) or ali or w in hamza_il:
            # a kunya "أم علي" (the son's name is part of it), علي however it is spelled before a name word or
            # after a particle ("علي حسن"، "أبو على"), a first name in إل-
            cut = i
            continue
        # A final ال- surname, or one that a lineage particle carries on ("الفيصل آل سعود").
        # A surname is never ل + ال ("مؤسسة مخا للتنمية": what the body works for).
        surname = _is_al(w) and w[:2] != "لل" and i > 0 and (i == last or words[i + 1] in _LINEAGE) and (
            plain(words[i - 1]) or (i > 1 and words[i - 2] in _NAME_PARTICLES))
        if _plain_name_word(w) or w in _NAME_AL or w in _NAME_PARTICLES or w in _AL_PARTICLES or surname \
                or (_is_al(w) and after_particle):
            cut = i
            continue
        break
    while cut < len(words) and words[cut] in _NAME_AL:
        cut += 1  # a name does not start with الله
    brk = _after_last_break(toks)
    if cut < brk < len(words) and (plain(words[brk]) or (words[brk] == "علي" and brk < last and plain(words[brk + 1]))):
        cut = brk  # a name has no comma in it: "مدير البرنامج في سوريا، كين كروسلي"
    cut = _skip_genitive(words, cut)
    if cut < len(words) and _not_a_name_start(words, cut):
        return []
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
    if 0 < cut == last and _is_place(words[cut]):
        return []  # a body's seat after it, no person: "مكتب محافظ بغداد" (a capital alone may speak: بيونغيانغ)
    return words[cut:]


_MOTHER_OF = "ام"  # a woman's kunya: "أم خالد" is not خالد
_OF_GENITIVE = "ذي"  # ذو in the genitive, after a construct noun: "محافظة ذي قار"
_KUNYA = frozenset({_MOTHER_OF, "ابو"})

# Separate prepositions that put a place or a body after a speaker: "وزارة الصحة في غزة"، "مصدر داخل الاتحاد".
_PLACE_PREPOSITIONS = _words("في من داخل لدى")
# Marks that end a title or a body's quoted name before the person's name: "في عدن، ياسر"، "«درب عكار» هلا".
_NAME_BREAKS = frozenset("،,»”)")


def _after_last_break(toks: list[str]) -> int:
    """Return the index (among the words) of the first word after the last comma or closing quote, or 0."""
    at, words, quotes = 0, 0, 0
    for t in toks:
        if t.isalpha():
            words += 1
            continue
        quotes += t == '"'
        if t in _NAME_BREAKS or (t == '"' and quotes % 2 == 0):
            at = words
    return at


def _skip_genitive(words: list[str], cut: int) -> int:
    """Return where the personal name starts once a place or the genitive of a title's body before it is left out.

    "رئيس بلدية صيدا حازم بديع": a body noun in construct after a title owns the next word; "ممثل الأمم المتحدة
    في ليبيا غسان سلامة"، "المدير بالإنابة ضرار العلي": a place or a word carrying ب/ل does not start a name.
    Only while a name of two words or more is left after it.
    """
    while len(words) - cut > 2:
        w = words[cut]
        owned = cut > 1 and _is_title(words[cut - 2]) and not _is_al(words[cut - 1]) \
            and _is_institution(words[cut - 1])
        if not (owned or _is_place(w) or _with_preposition(w)):
            break
        cut += 1
    return cut


def _unnamed_source_adjectives(words: list[str], cut: int) -> bool:
    """Say whether the words from cut are adjectives of an unnamed source: "مصدر قضائي مطلع"، "مسؤول أمريكي"."""
    if not all(_source_adjective(t) for t in words[cut:]):
        return False
    k = cut - 1
    while k > 0 and _source_adjective(words[k]) and words[k] not in _UNNAMED_ROLES:
        k -= 1  # "مصدر دبلوماسي مطلع": an adjective read as a title
    return k >= 0 and (words[k] in _UNNAMED_ROLES or words[k] in _SOURCE_NOUNS)


def _source_adjective(t: str) -> bool:
    return bool(_NISBA.search(t)) or t in _ROLE_ADJECTIVES


def _with_preposition(w: str) -> bool:
    """Say whether a word is ب/ل + a place or an ال- word: "بالرباط"، "بالإنابة"، "للإحصاء"."""
    return w[:1] in "بل" and len(w) > 4 and (_is_place(w) or _is_al(w[1:]))


def _not_a_name_start(words: list[str], cut: int) -> bool:
    """Say whether the run read as a name is a body's place, genitive or adjectives, not a person's name."""
    w, before = words[cut], words[cut - 1] if cut else ""
    if before in _PLACE_PREPOSITIONS:
        return True  # "وزارة الصحة في غزة": where the body is
    if _with_preposition(w) and before and not _is_title(before):
        return True  # "محكمة الاستئناف بالرباط"، "وكالة الأنباء الرسمية بالقاهرة" (not "اللاعب بالوتيلي")
    if _unnamed_source_adjectives(words, cut):
        return True
    if w[:1] == "ب" and w[1:] in _LAND_FEATURES and before:
        return True  # the seat of a body or a post after its name: "مدير فرع الهيئة … بساحل حضرموت"، "بوادي الأردن"
    if w[:1] in "بل" and len(w) > 4 and cut == len(words) - 1 and _is_institution(words[0]) and _is_al(before) \
            and not _is_title(before):
        return True  # a body's seat after its adjective: "المحكمة الإدارية بأكادير" (not "الوزير بسام")
    if cut == 1 and _strip_al(words[0]) in _NAMED_ORGS and len(words) > 2 and words[1] not in _NAME_PARTICLES:
        # "جمعية حماية المستهلك"، "منظمة حقوق الإنسان": a noun and its ال- genitive describe the body; a proper
        # name with an adjective of origin stays its name ("شركة أرامكو السعودية").
        return _is_al(words[2]) and not _NISBA.search(words[-1])
    return False


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
        if len(long_) == 2 and long_[0] in _KUNYA:
            return False  # "أبو خالد"، "أم خالد" is the father or mother of خالد, not خالد
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
    ("الولايات المتحدة" / "الولايات المتحدة الأميركية"); a body with its seat ("وزارة الصحة في غزة"،
    "محكمة الاستئناف بالرباط") or an unnamed source ("مصدر قضائي مطلع") is name-less and keeps its whole
    string, and a person's name starts after a comma, a place or a title's body genitive ("رئيس بلدية صيدا
    حازم بديع" → "حازم بديع"). The canonical form is the longest
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


# --------------------------------------------------------------------------- case endings

_ROLE_NOUNS = _PERSON_TITLES | _GENERIC_ROLES | _UNNAMED_SOURCES
_TANWEEN_FATH = "\u064b"


def _without_accusative(word: str, *, bare_alif: bool) -> str | None:
    """Return the word without its indefinite accusative ending (مصدراً، مصدرًا، مسؤولةً), or None.

    A bare final alif ("مصدرا") counts only when bare_alif says the word is a role noun or its adjective:
    names and words whose base ends in alif (رانيا، لورا) keep it.
    """
    if word.endswith("ا" + _TANWEEN_FATH) or word.endswith(_TANWEEN_FATH + "ا"):
        return word[:-2]
    if word.endswith(_TANWEEN_FATH):
        return word[:-1]  # on ة or ء: "مسؤولةً"
    if bare_alif and word.endswith("ا") and len(word) > 3 and not _is_al(normalize(word)):
        return word[:-1]
    return None


# Adjectives that are no nisba but agree with a definite body: "اللجنة العليا"، "الهيئة المستقلة".
_DEFINITE_ADJECTIVES = _words("العليا الكبرى العامة الخاصة المستقلة المشتركة الدائمة المؤقتة "
                               "المنظمة المشرفة المكلفة المختصة المعنية")  # participles: "للجنة المنظمة"


def definite_by_adjective(speaker: str) -> bool:
    """Say whether a body's head word is definite because a definite adjective follows it.

    "للجنة" is ل + لجنة or ل + اللجنة, spelled alike; "للجنة العليا للانتخابات" is the second (an adjective agrees
    only with a definite head), "للجنة الامتحانات" the first (a construct).
    """
    words = normalize(speaker).split()
    if len(words) < 2 or _is_al(words[0]) or not _is_institution(words[0]):
        return False
    return words[1] in _DEFINITE_ADJECTIVES or (_is_al(words[1]) and bool(_NISBA.search(words[1])))


def lam_opens_body(speaker: str) -> bool:
    """Say whether a speaker read after "لل" is a body whose own name opens with ل: "للجنة" is ل + اللجنة, not
    ال + جنة ("وفقاً للجنة الأولمبية الدولية")."""
    first = normalize(speaker).split(" ", 1)[0]
    return _is_institution(first) and not _is_institution(first[1:])


def nominative_form(speaker: str) -> str:
    """Return the speaker phrase with the indefinite accusative of its head and agreeing adjectives made nominative.

    After إن/أن/لكن the subject is accusative: "لكن مصدراً مطلعاً في الدائرة قال" names "مصدر مطلع في الدائرة";
    "إن مسؤولاً حكومياً رفيعاً أوضح" names "مسؤول حكومي رفيع". Only the run of accusative words at the head
    changes; a name (رانيا، لورا) or a dual in construct ("رئيسا البلدين") does not.
    """
    words = speaker.split(" ")
    if not words[0].endswith(("ا", _TANWEEN_FATH)):
        return speaker  # no accusative ending on the head (_without_accusative): the usual speaker
    if words[0].endswith("ها"):
        return speaker  # "ابنها سامي"، "زوجها": her son, her husband; an accusative ة-noun keeps its ة ("ابنةً")
    first = normalize(words[0])
    role = first[:-1] in _ROLE_NOUNS and (len(words) == 1 or not _is_al(normalize(words[1])))
    head = _without_accusative(words[0], bare_alif=role)
    if head is None or normalize(head) not in _ROLE_NOUNS:
        return speaker
    out = [head]
    for i, word in enumerate(words[1:], 1):
        adjective = _without_accusative(word, bare_alif=True) if word.isalpha() or _TANWEEN_FATH in word else None
        if adjective is None:
            return " ".join(out + words[i:])
        out.append(adjective)
    return " ".join(out)
