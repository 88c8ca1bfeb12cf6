"""Read Arabic numbers written in digits or words, and ordinals and durations.

The module works on tokens so that callers (quantities.py) keep exact offsets into the
original text: `tokenize` returns tokens with their spans and a normalised form, and
`read_number` reads the longest number phrase starting at a token.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple, Sequence

# --- characters -------------------------------------------------------------------------

# Arabic-Indic and Persian digits map 1:1 to ASCII, so offsets never move.
_DIGIT_TABLE = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                              **{chr(0x06F0 + i): str(i) for i in range(10)},
                              "\u066B": ".", "\u066C": ",", "\u2212": "-"})
_DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"
_AR_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF"
_AR_MARKS = "\u064B-\u065F\u0670\u0640"

# Arabic words first: the most frequent tokens are tried first. No two of ar, num and lat can start
# on the same character, so their order does not change what matches; sym, the catch-all, stays last.
_TOKEN = re.compile(
    rf"(?P<ar>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    rf"|(?P<num>[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*|[.\u066B][{_DIGITS}]+)"
    r"|(?P<lat>[A-Za-z]+)"
    r"|(?P<sym>[^\s])"
)
_MARKS = re.compile(f"[{_AR_MARKS}]")
_LETTER_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ئ": "ي",
                               "ؤ": "و", "ک": "ك", "ی": "ي", "ۀ": "ه", "ە": "ه"})


# _MARKS.sub("", word).translate(_LETTER_TABLE) in one translate: each character is either a
# mark (dropped) or maps on its own, and no letter maps to a mark.
_WORD_TABLE = {**str.maketrans({chr(c): None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)}),
               **_LETTER_TABLE}


def normalize_word(word: str) -> str:
    """Return word without diacritics/tatweel and with alif, ya, ta marbuta and hamza seats unified."""
    return word.translate(_WORD_TABLE)


def to_ascii_digits(text: str) -> str:
    """Return text with Arabic-Indic/Persian digits and separators as ASCII (same length)."""
    return text.translate(_DIGIT_TABLE)


class Token(NamedTuple):
    """A token of the text: kind is num | ar | lat | sym; norm is the normalised form."""

    # A named tuple, not a dataclass: an article has hundreds of tokens and a tuple is built
    # several times faster; fields, order and read-only access are the same.
    start: int
    end: int
    text: str
    kind: str
    norm: str
    spaced: bool  # whitespace (or the text start) precedes the token


_new_token = tuple.__new__  # skips NamedTuple's Python-level __new__ in the tokenize loop

# raw token text -> (kind, norm). The kind follows from the text alone (an Arabic word starts with
# a letter, a number with a digit or a point, a symbol is one character none of those take), and
# news vocabulary repeats, so most tokens of an article cost one dict hit.
_KIND_NORM: dict[str, tuple[str, str]] = {}
_KIND_NORM_MAX = 50_000  # bounds memory; a full cache is cleared and refills with current vocabulary


def kind_and_norm(raw: str) -> tuple[str, str]:
    """Return the kind and normal form of a token's text (what its Token would carry)."""
    # Alone, a token's text matches the same alternative it matched in the text.
    return _KIND_NORM.get(raw) or _kind_and_norm(raw, _TOKEN.match(raw).lastgroup or "sym")


def _kind_and_norm(raw: str, kind: str) -> tuple[str, str]:
    if kind == "ar":
        norm = normalize_word(raw)
    elif kind == "lat":
        norm = raw
    else:  # num, sym
        norm = to_ascii_digits(raw)
    if len(_KIND_NORM) >= _KIND_NORM_MAX:
        _KIND_NORM.clear()
    _KIND_NORM[raw] = (kind, norm)
    return kind, norm


def tokenize(text: str) -> list[Token]:
    """Split text into number, Arabic word, Latin word and symbol tokens with offsets."""
    # Built with C-level iteration (split, accumulate, map) rather than a Python loop per token:
    # split() gives gap, token, gap, token, …, gap, and the gaps are whitespace only.
    parts = _TOKEN_SPLIT.split(text)
    raws = parts[1::2]
    if not raws:
        return []
    offsets = list(accumulate(map(len, parts), initial=0))  # offsets[j]: where parts[j] starts
    kinds_norms = list(map(_KIND_NORM.get, raws))
    if None in kinds_norms:
        for i, raw in enumerate(raws):
            if kinds_norms[i] is None:
                # Alone, a token's text matches the same alternative it matched in the text.
                kinds_norms[i] = _kind_and_norm(raw, _TOKEN.match(raw).lastgroup or "sym")
    kinds, norms = zip(*kinds_norms)
    spaced = [True, *map(bool, parts[2:-1:2])]  # the first token counts as spaced (text start)
    return list(map(_new_token, repeat(Token),
                    zip(offsets[1::2], offsets[2::2], raws, kinds, norms, spaced)))


# The tokens of _TOKEN, written to open with a character set: split()'s search then skips whitespace in a C loop
# instead of trying the four alternatives at every gap character. [^\s] reads a token's first character and a
# lookbehind tells which token it opens (the first characters of ar, num and lat are disjoint sets; anything else is
# a one-character sym), then the token goes on as _TOKEN's alternative would.
_TOKEN_SPLIT = re.compile(
    rf"([^\s](?:(?<=[{_AR_LETTERS}])[{_AR_LETTERS}{_AR_MARKS}]*"
    rf"|(?<=[{_DIGITS}])[{_DIGITS}]*(?:[.,\u066B\u066C][{_DIGITS}]+)*"
    rf"|(?<=[.\u066B])[{_DIGITS}]+"
    r"|(?<=[A-Za-z])[A-Za-z]*"
    r"|))"
)


class LazyTokens(Sequence[Token]):
    """tokenize(text) as a sequence whose tokens are built on first access.

    find_quantities looks at a few dozen tokens of an article's hundreds (the numbers and what
    surrounds them), so building every Token up front is most of its cost. Indexing and slicing
    behave as on the list tokenize() returns (a slice is a plain list).
    """

    __slots__ = ("_parts", "_cursor", "_built", "texts")

    def __init__(self, text: str) -> None:
        self._parts = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, …, gap
        self.texts: list[str] = self._parts[1::2]  # each token's text, in order
        # Offsets are summed only between the tokens built, which sit close together, rather than
        # accumulated over the whole text up front: (index of a part, where that part starts).
        self._cursor = (0, 0)
        self._built: list[Token | None] = [None] * len(self.texts)

    def _part_start(self, j: int) -> int:
        """Return where parts[j] starts in the text, summing lengths from the last part asked for."""
        k, at = self._cursor
        if j >= k:
            at += sum(map(len, self._parts[k:j]))
        else:
            at -= sum(map(len, self._parts[j:k]))
        self._cursor = (j, at)
        return at

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):  # type: ignore[override]
        token = self._built[index]  # raises IndexError/TypeError as a list would; a list for a slice
        if token.__class__ is list:  # a slice: the type test comes after the common case, an int
            return [self[i] for i in range(*index.indices(len(self.texts)))]
        if token is None:
            i = index + len(self.texts) if index < 0 else index
            raw = self.texts[i]
            kind, norm = kind_and_norm(raw)
            spaced = i == 0 or self._parts[2 * i] != ""  # the first token counts as spaced (text start)
            start = self._part_start(2 * i + 1)
            token = self._built[i] = _new_token(Token, (start, start + len(raw), raw, kind, norm, spaced))
        return token


# --- digits -----------------------------------------------------------------------------

_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_DECIMAL = re.compile(r"\d*\.\d+|\d+")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


def parse_digits(raw: str) -> float | None:
    """Return the value of a digit string with thousands separators or a decimal point/comma."""
    s = to_ascii_digits(raw)
    if _DECIMAL.fullmatch(s):
        return float(s)
    if _THOUSANDS_COMMA.fullmatch(s):
        return float(s.replace(",", ""))
    if _THOUSANDS_DOT.fullmatch(s):  # 1.000.000 (European grouping): only with two groups or more
        return float(s.replace(".", "").replace(",", "."))
    if _DECIMAL_COMMA.fullmatch(s):  # 7,8 is a decimal comma: three digits after it were caught above
        return float(s.replace(",", "."))
    return None


# A page's own decimal mark, from the figures only one way of writing can explain. A comma with one or two digits
# after it (2,75 ؛ 6,8) or dotted groups (1.833.164) say the page groups thousands with the dot; a dot with one,
# two or four and more digits after it (3.5 ؛ 0.25) or comma groups (25,000,000) say the dot is its decimal mark.
# A dot with exactly three digits after it (27.432) is the ambiguous case this settles. A sentence's full stop
# right after a figure ("بلغت 2,75.") is no digit separator.
# Each figure is found once, whole: digits with single dots or commas between them, not touching another figure or a
# comma (one scan of the page, not one per sign).
_DOT, _COMMA = ".\u066B", ",\u066C"  # the Arabic decimal and thousands separators read as the Latin ones
_FIGURE = re.compile(rf"(?<![{_DIGITS}{_DOT}{_COMMA}])[{_DIGITS}]+(?:[{_DOT}{_COMMA}][{_DIGITS}]+)*"
                     rf"(?![{_DIGITS}{_COMMA}]|[{_DOT}][{_DIGITS}])")
_COMMA_DECIMAL_SIGN = re.compile(r"\d+,\d{1,2}")
_DOT_GROUPS_SIGN = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DOT_DECIMAL_SIGN = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")
_COMMA_GROUPS_SIGN = re.compile(r"\d{1,3}(?:,\d{3}){2,}")


def page_decimal_mark(text: str) -> str:
    """Return "," when the page writes decimals with a comma and groups thousands with the dot, else ".".

    Only a page whose figures all agree is a comma page: one that also writes "1.8 مليون" or "25,000,000"
    mixes styles, and its "3.125 مليار" keeps the dot as decimal mark (the default, as most pages write).
    """
    comma_page = False
    for figure in map(to_ascii_digits, _FIGURE.findall(text)):
        if _DOT_DECIMAL_SIGN.fullmatch(figure) or _COMMA_GROUPS_SIGN.fullmatch(figure):
            return "."
        comma_page = comma_page or bool(_COMMA_DECIMAL_SIGN.fullmatch(figure) or _DOT_GROUPS_SIGN.fullmatch(figure))
    return "," if comma_page else "."


# --- number words -----------------------------------------------------------------------

# kinds: U unit 1-9, TEN عشرة, T tens, H hundreds, S scale, SP plural scale (needs a count),
# SD dual scale, F fraction, Z zero. "weak" units (أحد، إحدى، واحد) only count inside compounds.
_UNIT_FORMS = {
    1: ["واحد", "واحدة"], 2: ["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "إثنى", "إثنتى"],
    3: ["ثلاث", "ثلاثة"], 4: ["أربع", "أربعة"], 5: ["خمس", "خمسة"], 6: ["ست", "ستة"],
    7: ["سبع", "سبعة"], 8: ["ثمان", "ثماني", "ثمانية", "ثمانى"], 9: ["تسع", "تسعة"],
}
_TENS_FORMS = {20: "عشر", 30: "ثلاث", 40: "أربع", 50: "خمس", 60: "ست", 70: "سبع", 80: "ثمان", 90: "تسع"}
_HUNDRED_STEMS = {3: ["ثلاث"], 4: ["أربع"], 5: ["خمس"], 6: ["ست"], 7: ["سبع"], 8: ["ثمان", "ثماني"], 9: ["تسع"]}

NUMBER_WORDS: dict[str, tuple[str, float]] = {}


def _add(kind: str, value: float, *forms: str) -> None:
    for form in forms:
        NUMBER_WORDS[normalize_word(form)] = (kind, value)


for _v, _forms in _UNIT_FORMS.items():
    _add("U", _v, *_forms)
_add("W", 1, "أحد", "إحدى", "حادي")  # weak: one only before عشر
_add("TEN", 10, "عشر", "عشرة")
for _v, _stem in _TENS_FORMS.items():
    _add("T", _v, _stem + "ون", _stem + "ين")
_add("T", 80, "ثمانون", "ثمانين")
_add("H", 100, "مئة", "مائة", "مية", "مئه", "مائه")
_add("H", 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي")
for _v, _stems in _HUNDRED_STEMS.items():
    for _stem in _stems:
        _add("H", _v * 100, _stem + "مئة", _stem + "مائة")
_add("S", 1e3, "ألف")
# SA: the form ending in alif is the accusative after 11-99 ("12 مليونا"), or on its own before a noun the
# nominative dual in construct, which counts two ("ألفا جندي" 2000, "مليونا شخص" 2,000,000).
_add("SA", 1e3, "ألفا")
_add("SP", 1e3, "آلاف")
_add("SD", 1e3, "ألفان", "ألفين", "ألفي")
_add("S", 1e6, "مليون")
_add("SA", 1e6, "مليونا")
_add("SP", 1e6, "ملايين")
_add("SD", 1e6, "مليونان", "مليونين", "مليوني")
_add("S", 1e9, "مليار", "بليون")
_add("SA", 1e9, "مليارا", "بليونا")
_add("SP", 1e9, "مليارات", "بلايين")
_add("SD", 1e9, "ملياران", "مليارين", "ملياري")
_add("S", 1e12, "تريليون", "ترليون")
_add("SA", 1e12, "تريليونا")
_add("SP", 1e12, "تريليونات", "ترليونات")
_add("SD", 1e12, "تريليونان", "تريليونين", "تريليوني", "ترليونين", "ترليوني")
_add("F", 0.5, "نصف")
_add("F", 0.25, "ربع")
_add("F", 1 / 3, "ثلث")
_add("Z", 0, "صفر")
# FP: a plural fraction, counted by a unit before it ("ثلاثة أرباع"، "سبعة أعشار"); alone it is vague.
_add("FP", 0.25, "أرباع")
_add("FP", 0.2, "أخماس")
_add("FP", 0.1, "أعشار")

_DECIMAL_WORDS = frozenset(normalize_word(w) for w in ("فاصلة", "فاصل", "فاصله"))


@dataclass(frozen=True)
class Lookup:
    """A number word found in a token, with the clitics it carried."""

    kind: str
    value: float
    conj: bool  # carried و / ف
    definite: bool  # carried the article ال
    prep: bool  # carried ب / ل / ك


# Common nouns that read as a clitic on a number word: كمية "quantity" is no ك + مية (100). Checked after
# و/ف, so وكمية and فكمية are nouns too; ب/ل + number words (بمية ألف، لخمسة) are still split.
_NOUNS_LIKE_CLITIC_NUMBERS = frozenset(normalize_word(w) for w in ("كمية", "كميه"))

_CLITICS = re.compile(r"^(?P<conj>[وف])?(?P<prep>[بلك])?(?P<art>ال|ل(?=ل))?")


def lookup_word(norm: str, table: dict[str, tuple[str, float]] | None = None) -> Lookup | None:
    """Return the number word in a normalised token, stripping و/ف, ب/ل/ك and ال when needed."""
    if table is None:
        return _lookup_number_word(norm)
    return _lookup(norm, table)


@lru_cache(maxsize=65536)
def _lookup_number_word(norm: str) -> Lookup | None:
    # Cached: every Arabic token of an article is looked up, and news vocabulary repeats.
    return _lookup(norm, NUMBER_WORDS)


def _lookup(norm: str, table: dict[str, tuple[str, float]]) -> Lookup | None:
    hit = table.get(norm)
    if hit:
        return Lookup(hit[0], hit[1], False, False, False)
    # Every stem tried below is norm without its first 1 to 4 letters (و/ف, ب/ل/ك, ال/ل): most
    # words have no such stem in the table, and four lookups settle that.
    if not (norm[1:] in table or norm[2:] in table or norm[3:] in table or norm[4:] in table):
        return None
    # Try every split of the proclitic chain, shortest stem last, so و+احد wins over وا+حد.
    for conj in ("", "و", "ف"):
        if conj and not norm.startswith(conj):
            continue
        rest1 = norm[len(conj):]
        if rest1 in _NOUNS_LIKE_CLITIC_NUMBERS:
            continue
        for prep in ("", "ب", "ل", "ك"):
            if prep and not rest1.startswith(prep):
                continue
            rest2 = rest1[len(prep):]
            for art in ("", "ال", "ل"):
                if not (conj or prep or art):
                    continue
                if art == "ل" and prep != "ل":  # لل = ل + ال
                    continue
                if art and not rest2.startswith(art):
                    continue
                stem = rest2[len(art):]
                if len(stem) < 2:
                    continue
                hit = table.get(stem)
                if hit and len(stem) > 2:  # لست / بست are words, not ل+ست
                    return Lookup(hit[0], hit[1], bool(conj), bool(art), bool(prep))
    return None


# Units that are also weekdays (الأحد، الاثنين) or duals (الاثنان) make no compound with عشرة: "قتل الأحد عشرة
# أشخاص" is Sunday and ten. Eleven is الأحد عشر (no ة), twelve الاثنا/الاثني عشر.
_NOT_IN_DEFINITE_COMPOUND = frozenset(normalize_word(w) for w in ("اثنين", "اثنان", "اثنتين", "اثنتان"))
_ONE_IN_COMPOUND = normalize_word("أحد")
_TEN_MASCULINE = normalize_word("عشر")


def _ends_definite_compound(tokens: Sequence[Token], i: int) -> bool:
    """Say whether عشر/عشرة at tokens[i] follows a definite unit (الخمسة عشر، الأحد عشر، الاثنا عشر)."""
    if i == 0 or tokens[i - 1].kind != "ar":
        return False
    hit = lookup_word(tokens[i - 1].norm)
    if hit is None or not hit.definite or hit.kind not in ("U", "W"):
        return False
    unit = tokens[i - 1].norm[tokens[i - 1].norm.index("ال") + 2:]
    if unit in _NOT_IN_DEFINITE_COMPOUND:
        return False
    return unit != _ONE_IN_COMPOUND or tokens[i].norm == _TEN_MASCULINE


@dataclass(frozen=True)
class NumberRead:
    """A number phrase read from tokens[first:last]."""

    value: float
    first: int
    last: int  # exclusive token index
    words: bool  # spelled out (at least partly) in words
    scaled: bool  # carries a scale word (ألف، مليون …)
    digits_plain: bool  # a bare digit string without separators or scale (year/phone candidates)


def _is_conj(tok: Token) -> bool:
    return tok.kind == "ar" and tok.norm == "و"


def read_number(tokens: Sequence[Token], i: int, *, allow_definite: bool = False,
                allow_weak: bool = False) -> NumberRead | None:
    """Read the longest number phrase starting at tokens[i] (digits, words, scale words)."""
    n = len(tokens)
    tok = tokens[i]
    total = 0.0
    group = 0.0
    slot = ""  # last element in the current group
    last_scale = float("inf")
    whole_thousands = -1.0  # the total when it is only a count of thousands (ألف، 25 ألف), for "ألف مليار"
    words = scaled = False
    plain = False
    pos = i
    if tok.kind == "num":
        value = parse_digits(tok.norm)
        if value is None:
            return None
        group, slot, pos = value, "D", i + 1
        plain = _PLAIN_INT.fullmatch(tok.norm) is not None
        agency = _agency_decimal(tokens, i)
        if agency is not None:
            group, pos, plain = agency, i + 3, False
    elif tok.kind == "ar":
        hit = lookup_word(tok.norm)
        if hit is None or (hit.definite and not allow_definite) or shadda_not_number(tok.text):
            return None
        words = True
        if hit.kind == "TEN" and _ends_definite_compound(tokens, i):
            return None  # "الخمسة عشر لاعباً"، "الأشهر الأحد عشر": the end of a definite compound, not ten alone
        if hit.kind == "TEN" and is_tenth(tokens, i):
            group, slot = 0.1, "F"  # "عُشر درجة": a tenth, not ten
        elif hit.kind == "U" and (fraction := vowelled_fraction(tok)) is not None:
            group, slot = fraction, "F"  # "خُمس إنتاجه": a fifth, not five
        elif hit.kind in ("U", "TEN", "T", "H", "Z", "W"):
            group, slot = hit.value, hit.kind
        elif hit.kind in ("S", "SA"):
            if hit.kind == "SA" and _next_is_word(tokens, i):  # "ألفا جندي": dual construct, 2000
                total, slot = 2 * hit.value, "S"
            else:
                total, slot = hit.value, "S"
            last_scale, scaled = hit.value, True
            whole_thousands = total if hit.value == 1e3 else -1.0
        elif hit.kind == "SD":
            total, slot, last_scale, scaled = 2 * hit.value, "S", hit.value, True
        elif hit.kind == "F":
            group, slot = hit.value, "F"
        else:  # SP: "آلاف" with no count is vague; so is FP: "أعشار" alone
            return None
        pos = i + 1
    else:
        return None

    best_pos = pos
    best_value = total + group
    while pos < n:
        tok = tokens[pos]
        conj = False
        nxt = pos
        if _is_conj(tok):
            if pos + 1 >= n:
                break
            conj, nxt = True, pos + 1
            tok = tokens[nxt]
        if tok.kind == "num":
            # digits continue only as a new group after a scale: "3 ملايين و200 ألف"
            if not (conj and slot == "S"):
                break
            value = parse_digits(tok.norm)
            if value is None or value != int(value) or _scale_from(tokens, nxt + 1) >= last_scale:
                break  # "بين 500 ألف و1.2 مليون" / "و2 مليون": a second number, not a lower group
            hit = Lookup("D", value, True, False, False)
        elif tok.kind == "ar":
            hit = lookup_word(tok.norm)
            if hit is None or hit.prep or (hit.definite and not allow_definite) or shadda_not_number(tok.text):
                break
            if hit.conj:
                if conj:
                    break
                conj = True
        else:
            break
        kind, value = hit.kind, hit.value
        if kind in ("S", "SA", "SP", "SD"):
            if conj:
                if kind in ("S", "SA") and slot == "S" and value < last_scale:
                    # "مليون وألف": a bare next scale after a scale adds one of it
                    total += value
                    last_scale = value
                else:
                    break
            elif slot == "S" and kind == "S" and last_scale == 1e3 and value > 1e3 and total == whole_thousands:
                # "25 ألف مليار": ألف before a bigger scale multiplies it (a thousand billion), one number
                total *= value
                last_scale = 1e3 * value
            elif kind == "SD" or slot == "S" or slot == "Z":
                break
            else:
                count = group if group else 1.0
                if kind == "SP" and not (slot == "D" or 3 <= count <= 10):
                    break
                if total and count * value >= last_scale:
                    break
                if not total and value == 1e3:
                    whole_thousands = count * value  # the phrase so far is one count of thousands
                total += count * value
                group = 0.0
                last_scale = value
            slot, scaled, words = "S", True, True
        elif kind == "TEN" and not conj:
            if slot not in ("U", "W") or group >= 10:
                break
            group += 10
            slot = "TEEN"
        elif kind == "FP" and not conj and slot in ("U", "TEN", "D") and 2 <= group <= 10:
            group = round(group * value, 6)  # ثلاثة أرباع، سبعة أعشار
            slot = "END"
        elif kind == "H" and not conj and slot == "U" and value == 100:
            group *= 100  # ثلاث مئة
            slot = "H"
        elif kind == "F" and conj and slot == "S":
            total += value * last_scale  # مليون ونصف
            group = 0.0
            slot = "END"
            again = lookup_word(tokens[nxt + 1].norm) if nxt + 1 < len(tokens) and tokens[nxt + 1].kind == "ar" \
                else None
            if again and again.kind in ("S", "SA") and again.value == last_scale:
                nxt += 1  # "مليون ونصف مليون زائر": the scale said again belongs to the number
        elif kind == "F" and conj and slot in ("U", "TEN", "TEEN", "T", "D") and group:
            group += value  # ثلاثة ونصف
            slot = "END"
        elif conj and kind in ("U", "TEN", "T", "H", "D", "W"):
            if kind == "W":
                break
            if slot == "S":
                if kind == "D":
                    group, slot = value, "D"
                else:
                    group, slot = value, kind
            elif slot == "H" and kind in ("U", "TEN", "T"):
                group += value
                slot = kind
            elif slot == "U" and kind == "T" and group % 100 < 10:
                group += value
                slot = "T"
            elif slot == "W" and kind == "T":
                group += value  # إحدى وعشرون
                slot = "T"
            else:
                break
            words = True
        else:
            break
        pos = nxt + 1
        if slot in ("S", "END") or group < last_scale:
            best_pos, best_value = pos, total + group
        if slot == "END":
            break
    if best_pos == i + 1 and tokens[i].kind == "ar":
        only = lookup_word(tokens[i].norm)
        if only and only.kind == "W" and not allow_weak:
            return None  # أحد / إحدى alone are pronoun-like
    return NumberRead(best_value, i, best_pos, words, scaled, plain and best_pos == i + 1)


_PLAIN_INT = re.compile(r"\d+")
_TEN = normalize_word("عشر")
_DAMMA, _FATHA = "\u064f", "\u064e"


def is_tenth(tokens: Sequence[Token], i: int) -> bool:
    """Say whether the word عشر at tokens[i] is عُشر (a tenth), which is spelt as عَشر (ten) without vowels.

    A damma says so, a fatha says ten. Unvowelled, ten counts a plural (عشر سنوات، عشر درجات) and stands after the
    unit of a teen (خمسة عشر، أحد عشر); before an indefinite singular feminine noun (عشر درجة، عشر نقطة) it is a tenth.
    """
    tok = tokens[i]
    hit = lookup_word(tok.norm) if tok.kind == "ar" else None
    if hit is None or hit.kind != "TEN" or hit.definite or _CLITICS.sub("", tok.norm) != _TEN:
        return False
    letters = tok.text[tok.text.find("ع"):]
    if letters[1:2] == _DAMMA:
        return True
    if letters[1:2] == _FATHA or i + 1 >= len(tokens) or tokens[i + 1].kind != "ar":
        return False
    if i > 0 and tokens[i - 1].kind == "ar" and (before := lookup_word(tokens[i - 1].norm)) is not None \
            and before.kind in ("U", "W"):
        return False  # خمسة عشر، إحدى عشرة
    noun = _MARKS.sub("", tokens[i + 1].text)
    return noun.endswith("ة") and not noun.startswith("ال") and lookup_word(tokens[i + 1].norm) is None


# خُمس، سُبع، تُسع (a fifth, a seventh, a ninth) are spelt as خَمس، سَبع، تِسع (five, seven, nine) without vowels:
# only the damma on the first letter tells the fraction.
_VOWELLED_FRACTIONS = {normalize_word("خمس"): 1 / 5, normalize_word("سبع"): 1 / 7, normalize_word("تسع"): 1 / 9}


def vowelled_fraction(tok: Token) -> float | None:
    """Return the fraction a word of _VOWELLED_FRACTIONS stands for when a damma marks it, else None."""
    if tok.kind != "ar":
        return None
    clitics = _CLITICS.match(tok.norm)
    if clitics.group("art"):
        return None  # الخمس: "the five" or a fraction told before, read by the quantity rules
    stem = tok.norm[clitics.end():]
    value = _VOWELLED_FRACTIONS.get(stem)
    if value is None:
        return None
    letters = tok.text[tok.text.find(stem[0]):]
    return value if letters[1:2] == _DAMMA else None


# A number word never doubles a letter except the ت of ست (ستّ، ستّة، ستّين): a shadda elsewhere marks another
# word spelt alike, mostly a verb: "ألفّ" (I go round), "ألّف" (he wrote), "ثمّن" (he praised), "ربّع" (he squared).
_SHADDA = "\u0651"
_NUMBER_SHADDA = re.compile("ست" + _SHADDA)
_MARKS_BUT_SHADDA = re.compile("[\u064B-\u0650\u0652-\u065F\u0670\u0640]")


def shadda_not_number(text: str) -> bool:
    """Say whether a word spelt as a number word carries a shadda no number word has: ألفّ، ألّف (verbs)."""
    if _SHADDA not in text:
        return False
    return _NUMBER_SHADDA.search(_MARKS_BUT_SHADDA.sub("", text)) is None


def _scale_from(tokens: Sequence[Token], i: int) -> float:
    """Return the value of the scale word at tokens[i] (ألف، ملايين …), or 0 when there is none."""
    if i >= len(tokens) or tokens[i].kind != "ar":
        return 0.0
    hit = lookup_word(tokens[i].norm)
    return hit.value if hit is not None and hit.kind in ("S", "SA", "SP", "SD") else 0.0


def _agency_decimal(tokens: Sequence[Token], i: int) -> float | None:
    """Read the news-agency decimal "7ر4" (MENA, WAM, KUNA style): stored fraction first, it reads 4.7."""
    if i + 2 >= len(tokens):
        return None
    sep, whole = tokens[i + 1], tokens[i + 2]
    if sep.norm != "ر" or sep.spaced or whole.kind != "num" or whole.spaced:
        return None
    frac = tokens[i].norm
    if not (frac.isdigit() and whole.norm.isdigit()):
        return None
    return float(f"{whole.norm}.{frac}")


# Words after a scale that start another phrase, so the scale is no dual in construct: "مليونا و638 ألفا".
_NOT_A_COUNTED_NOUN = frozenset(normalize_word(w) for w in ("و", "من", "في", "على", "إلى", "الى", "عن"))


def _next_is_word(tokens: Sequence[Token], i: int) -> bool:
    """Return True when a word that can be a counted noun follows tokens[i]."""
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "ar":
        return False
    return tokens[i + 1].norm not in _NOT_A_COUNTED_NOUN and lookup_word(tokens[i + 1].norm) is None


# --- public parsers ---------------------------------------------------------------------

_FRACTION = re.compile(r"(-?)(\d+)/(\d+)")


def parse_number(text: str) -> float | None:
    """Return the value of a number phrase (digits, words, scale words), or None."""
    tokens = [t for t in tokenize(text or "") if not (t.kind == "sym" and t.norm in "،,.")]
    if not tokens:
        return None
    sign = 1.0
    if tokens[0].kind == "sym" and tokens[0].norm in ("-", "\u2212"):
        sign, tokens = -1.0, tokens[1:]
    compact = "".join(t.norm for t in tokens)
    m = _FRACTION.fullmatch(compact)
    if m:
        den = float(m.group(3))
        return sign * float(m.group(2)) / den if den else None
    for k, tok in enumerate(tokens):  # "واحد فاصلة واحد", "1 فاصلة 1"
        if tok.kind == "ar" and tok.norm in _DECIMAL_WORDS:
            whole = _read_all(tokens[:k])
            frac = _read_all(tokens[k + 1:])
            if whole is None or frac is None or frac != int(frac):
                return None
            return sign * (whole + frac / 10 ** len(str(int(frac))))
    value = _read_all(tokens)
    return None if value is None else sign * value


def _read_all(tokens: Sequence[Token]) -> float | None:
    """Return the value when one number phrase covers all tokens."""
    if not tokens:
        return None
    read = read_number(tokens, 0, allow_definite=True, allow_weak=False)
    if read is None or read.last != len(tokens):
        return None
    return read.value


_ORDINALS: dict[str, tuple[str, float]] = {}
for _v, _forms in {
    1: ["أول", "أولى", "حادي", "حادية"], 2: ["ثاني", "ثان", "ثانية"], 3: ["ثالث", "ثالثة"],
    4: ["رابع", "رابعة"], 5: ["خامس", "خامسة"], 6: ["سادس", "سادسة"], 7: ["سابع", "سابعة"],
    8: ["ثامن", "ثامنة"], 9: ["تاسع", "تاسعة"], 10: ["عاشر", "عاشرة"],
}.items():
    for _f in _forms:
        _ORDINALS[normalize_word(_f)] = ("O", _v)
# Cardinal forms used inside compound ordinals: الأحد عشر، الاثنا عشر، الواحد والعشرون.
for _key, (_kind, _val) in NUMBER_WORDS.items():
    if _kind in ("U", "W", "TEN", "T") and _key not in _ORDINALS:
        _ORDINALS[_key] = (_kind, _val)
_ORDINAL_DIGITS = re.compile(r"ال(?:ـ)*\s*(\d+)")


def parse_ordinal(text: str) -> int | None:
    """Return the value of an ordinal phrase (الثامن، الحادي والعشرون، الـ51), or None."""
    tokens = [t for t in tokenize(text or "") if t.kind != "sym" or t.norm == "ـ"]
    tokens = [t for t in tokens if t.norm not in ("ـ",)]
    if not tokens:
        return None
    if len(tokens) == 2 and tokens[0].norm in ("ال", "ل") and tokens[1].kind == "num":
        return int(tokens[1].norm) if tokens[1].norm.isdigit() else None
    hits = []
    for k, tok in enumerate(tokens):
        if tok.kind != "ar":
            return None
        if tok.norm == "و" and 0 < k < len(tokens) - 1:
            hits.append(None)
            continue
        hit = lookup_word(tok.norm, _ORDINALS)
        if hit is None:
            return None
        hits.append(hit)
    first = hits[0]
    if first is None:
        return None
    rest = [h for h in hits[1:] if h is not None]
    if not rest:
        if first.kind == "O":
            return int(first.value)
        if first.kind == "T" and first.definite:  # العشرون = the twentieth
            return int(first.value)
        return None  # الأحد / الاثنين alone are weekdays; الخمسة is a cardinal
    if len(rest) != 1 or first.kind not in ("O", "U", "W"):
        return None
    second = rest[0]
    joined = len(hits) == 3 or second.conj
    if second.kind == "TEN" and not joined:
        return int(first.value) + 10
    if second.kind == "T" and joined:
        return int(first.value) + int(second.value)
    return None


_DURATION_UNITS: dict[str, tuple[str, float]] = {}
for _unit, _sing, _plural, _dual in (
    ("second", ["ثانية", "لحظة"], ["ثوان", "ثواني", "ثوانٍ", "لحظات"], ["ثانيتين", "ثانيتان"]),
    ("minute", ["دقيقة"], ["دقائق"], ["دقيقتين", "دقيقتان"]),
    ("hour", ["ساعة"], ["ساعات"], ["ساعتين", "ساعتان"]),
    ("day", ["يوم", "يوما"], ["أيام"], ["يومين", "يومان"]),
    ("week", ["أسبوع", "أسبوعا"], ["أسابيع"], ["أسبوعين", "أسبوعان"]),
    ("month", ["شهر", "شهرا"], ["أشهر", "شهور"], ["شهرين", "شهران"]),
    ("year", ["سنة", "عام", "عاما"], ["سنوات", "سنين", "أعوام"], ["سنتين", "سنتان", "عامين", "عامان"]),
    ("decade", ["عقد"], ["عقود"], ["عقدين", "عقدان"]),
    ("century", ["قرن"], ["قرون"], ["قرنين", "قرنان"]),
):
    for _f in _sing + _plural:
        _DURATION_UNITS[normalize_word(_f)] = (_unit, 1)
    for _f in _dual:
        _DURATION_UNITS[normalize_word(_f)] = (_unit, 2)
DURATION_WORDS = frozenset(_DURATION_UNITS)
DUAL_DURATION_WORDS = frozenset(w for w, (_, count) in _DURATION_UNITS.items() if count == 2)  # سنتين، عامين


def parse_duration(text: str) -> tuple[float, str] | None:
    """Return (value, unit) for a duration phrase (شهرين، خمس ساعات، 30 يوم، ساعة ونصف), or None.

    unit is second | minute | hour | day | week | month | year | decade | century.
    """
    tokens = [t for t in tokenize(text or "") if t.kind != "sym"]
    if not tokens:
        return None
    for k, tok in enumerate(tokens):
        hit = _DURATION_UNITS.get(tok.norm) if tok.kind == "ar" else None
        if hit is None:
            continue
        unit, count = hit
        before, after = tokens[:k], tokens[k + 1:]
        if before:
            value = _read_all(before)
            if value is None or count == 2:
                return None
        else:
            value = float(count)
        if after:  # ساعة ونصف، ساعتين وربع
            frac = lookup_word(after[0].norm) if len(after) == 1 and after[0].kind == "ar" else None
            if frac is None or frac.kind != "F" or not frac.conj:
                return None
            value += frac.value
        return value, unit
    return None
