"""Detect the language of a text."""
from __future__ import annotations

import re
from functools import lru_cache

MIN_LETTERS = 8  # fewer letters than this cannot be told apart reliably
SAMPLE_CHARS = 20_000  # the start of a long text is enough, and keeps detection fast
MIN_CONFIDENCE = 0.5

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_CHARS = r"\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC"
_ARABIC_SCRIPT = re.compile(f"[{_ARABIC_CHARS}]")
# Letters of Persian, Urdu and other languages written in Arabic script, absent from Arabic.
_NON_ARABIC_LETTERS = "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2"

# Counting matches one character at a time is slow on a whole article; the counts below are the
# same numbers taken from runs: Arabic-script runs first, then letters among what is left.
# The runs take spaces and newlines too (neither Arabic script nor letters, counted apart with
# str.count): a paragraph is then a few runs instead of one per word, and each run costs a step.
_ARABIC_RUN = re.compile(f"[{_ARABIC_CHARS} \\n]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ARABIC_SCRIPT_CHARS = [chr(cp) for block in ((0x0600, 0x0900), (0xFB50, 0xFF00)) for cp in range(*block)
                        if _ARABIC_SCRIPT.match(chr(cp))]
# Arabic-script characters that are not letters (marks such as U+0670, the rial sign): rare in text.
_ARABIC_NON_LETTERS = "".join(ch for ch in _ARABIC_SCRIPT_CHARS if not _LETTER.match(ch))
_ARABIC_NON_LETTER = re.compile("[" + re.escape(_ARABIC_NON_LETTERS) + "]")
# The Arabic script less those rare characters (non-letters, Persian/Urdu letters), in runs as _ARABIC_RUN's:
# removing them first leaves a short text (Latin, digits, punctuation) that still holds every rare one.
_COMMON_ARABIC_RUN = re.compile("[" + re.escape("".join(
    ch for ch in _ARABIC_SCRIPT_CHARS if ch not in _ARABIC_NON_LETTERS and ch not in _NON_ARABIC_LETTERS)) + " \\n]+")


@lru_cache(maxsize=1)
def _identifier():
    """Load py3langid's bundled model once, with probabilities normalised to [0, 1]."""
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Return an ISO 639 code, or None when the text is too short or unclear to tell."""
    sample = (text or "")[:SAMPLE_CHARS]
    letters, arabic, persian = _count_letters(sample)
    if letters < MIN_LETTERS:
        return None
    # Arabic script without Persian/Urdu letters is Arabic: no need to load the model.
    # A few stray Persian letters (کوریا in a keyword list) do not make a text Persian.
    if arabic / letters > 0.6 and persian <= 0.01 * arabic:
        return "ar"
    language, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or language in {"und", "zxx"}:
        return None
    return language


def _count_letters(sample: str) -> tuple[int, int, int]:
    """Return (letters, Arabic-script characters, Persian/Urdu letters) in sample, as _LETTER, _ARABIC_SCRIPT
    and _NON_ARABIC_LETTERS count them."""
    uncommon = _COMMON_ARABIC_RUN.sub("", sample)  # the common Arabic letters and the spaces gone, in C
    # Removing the rest of _ARABIC_RUN's characters gives what removing them all from sample gives: no Arabic
    # script, no space, no newline.
    rest = _ARABIC_RUN.sub("", uncommon)
    arabic = len(sample) - _spaces(sample) - len(rest)
    arabic_letters = arabic - len(_ARABIC_NON_LETTER.findall(uncommon))
    persian = sum(map(uncommon.count, _NON_ARABIC_LETTERS))  # a str.count each, on the short text
    return arabic_letters + len(rest) - len(_LETTER_RUN.sub("", rest)), arabic, persian


def _spaces(text: str) -> int:
    """Return how many spaces and newlines text holds (the non-Arabic characters _ARABIC_RUN takes)."""
    return text.count(" ") + text.count("\n")
