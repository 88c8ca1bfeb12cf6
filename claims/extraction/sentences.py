"""Split an article body into sentences and tell headings, summaries and captions apart.

Rules (all applied per line, since a line break always ends a sentence):

- A sentence ends at ``.`` ``!`` ``?`` ``؟`` ``…`` (and runs of them), followed by any closing
  quote or bracket.
- A full stop does not end a sentence when it sits between digits (7.2, 30.04.2025), when a
  letter follows it directly (أ.ف.ب، U.S.), or when it follows a one-letter token
  (د. ، م. ، J. K.) or a known abbreviation (Dr.، etc.، ص.).
- Nothing inside a quoted passage ("…", “…”, ”…“, «…», „…“) ends the sentence, provided the
  quote closes on the same line. A quote that ends with its own full stop and is followed by
  new text on the line ends the sentence after the closing mark, unless the text after it
  continues the sentence (، , مضيفا، قائلا، حسب، وفق …).
- Kinds: "heading" (a short line without final punctuation), "summary" (the lines under a
  standalone "ملخص" marker: the bullets, or the first paragraph when no bullet follows),
  "caption" (a line ending with a photo credit in parentheses, e.g. "(أ ف ب)"), "quote" (a
  sentence that is wholly a quotation), "body" otherwise.
"""
from __future__ import annotations

import re

from .types import Sentence

_LINE = re.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c]+")
_OTHER_BREAKS = "\r\u2028\u2029\x85\x0b\x0c"  # what _LINE breaks on besides "\n"
# Whitespace plus invisible format characters (bidi marks, zero-width spaces, BOM).
_EDGE = r"\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
_EDGE_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "".join(
    chr(c) for r in ((0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2069), (0xFEFF, 0xFEFF))
    for c in range(r[0], r[1] + 1))
_EDGE_SET = frozenset(_EDGE_CHARS)
_BULLET = re.compile(f"^(?:[-–—•▪◦●·*]|\\d{{1,2}}[.)-])[{_EDGE}]+")
_HAS_WORD = re.compile(r"\w")

# An ellipsis of dots, else a run of end marks: (?:\.{2,}|[.!?؟…]+) written to start with a
# character set, which lets the regex engine skip to candidates instead of trying every position.
_TERMINAL = re.compile(r"[.!?؟…](?:(?<=\.)\.+|[.!?؟…]*)")
_CLOSERS = "\"'”“»’)]}›"
_CLOSING_RUN = re.compile(f"[{re.escape(_CLOSERS)}]*")
_CLOSER_CHARS = frozenset(_CLOSERS)
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st jr sr no vs etc inc ltd co corp gen col lt sgt gov sen rep fig vol pp "
    "ص ج ق م هـ د أ ت س ش".split()
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_HARAKAT = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")  # short vowels, tanween, shadda, sukun
# Words after a quote ending in a full stop that show the sentence goes on.
_CONTINUES = re.compile(
    r"^\s*(?:[،,؛;:]|(?:و|ف)?(?:مضيف|قائل|مشير|مؤكد|موضح|متابع|معتبر|محذر|لافت|مشدد)[اةً]*\b"
    r"|(?:و)?(?:حسب|بحسب|وفق|وفقا|وفقاً|على حد|كما)\b)"
)

# Quote pairs: opener -> closers. ASCII " pairs with itself; Arabic sites also write ”…“.
_QUOTE_PAIRS = {"\"": "\"", "“": "”\"", "”": "“”", "«": "»", "„": "“”", "‹": "›"}
# Every quote mark the package knows: sentences keep quotes whole, speakers read quoted speech.
QUOTE_MARKS = "\"“”«»„‹›"
assert QUOTE_MARKS == '"“”«»„‹›'  # _quote_regions tests each mark by name
_QUOTE_CHARS = re.compile(f"[{QUOTE_MARKS}]")
_MAX_QUOTE = 1500

_SUMMARY_MARKER = re.compile(
    r"^(?:ال)?(?:ملخص|خلاصة|باختصار|أبرز النقاط|النقاط الرئيسية|أهم النقاط|نقاط رئيسية)\s*[:：]?$"
)
_SUMMARY_INLINE = re.compile(r"^(?:ال)?(?:ملخص|خلاصة|باختصار)\s*[:：]\s*(?=\S)")
_CREDIT = (
    r"(?:أ\s*\.?\s*ف\s*\.?\s*ب|ا\s*ف\s*ب|أ\s*ب|ا\s*ب|رويترز|الأناضول|الاناضول|أسوشيتد برس|"
    r"د\s*ب\s*أ|إ\s*ب\s*أ|شينخوا|وكالات|غيتي(?: إيماجز)?|مواقع التواصل(?: الاجتماعي)?|"
    r"(?:صورة )?أرشيفية|أرشيف|رسمي|الجزيرة|سانا|واس|وام|بترا|قنا|كونا|"
    r"(?:صورة|الصورة|تصوير|مصدر الصورة|حقوق الصورة)\s*[:：][^()]{1,60}|"
    r"AFP|Reuters|AP|EPA|Getty(?: Images)?|Anadolu|Xinhua|[^()]{0,40}©[^()]{0,40})"
)
# A photo credit in parentheses at the end of a line: "(أ ف ب)", "(أرشيفية - رويترز)".
_CAPTION = re.compile(
    rf"\(\s*{_CREDIT}(?:\s*[-–/|،,]\s*{_CREDIT})*\s*\)\s*[.،]?$",
    re.IGNORECASE,
)
_HEADING_MAX_WORDS = 14
# In texts whose paragraphs do not end with a full stop, only very short lines are headings.
_HEADING_MAX_WORDS_UNPUNCTUATED = 6
_LONG_LINE_WORDS = 10
_DIGIT = re.compile(r"\d")
_PUNCT_END = frozenset(".!?؟…\"”»):")
_COMMA = re.compile(r"[،,]\s*\S")
_PARENTHESES = re.compile(r"\([^()]*\)")
# A list item that gives a label, a colon and a figure: "- متوسط سعر السيارة: 168 ألف درهم", also a figure
# that opens with a scale word: "- سعر الطن: مليون و250 ألف دينار"، "- كلفة المشروع: مليار دولار".
_DATA_ITEM = re.compile(r"^[^:：\n]{1,80}[:：]\s*(?:[0-9\u0660-\u0669]|(?:مليون|مليار|ألف|الف)\s)")
# In a list of such items, a count told in words: one by "واحد" after its noun, two by a dual alone, each with its
# share after it or nothing: "حزب الخضر: مقعد واحد (1,2%)"، "الحزب الشيوعي: مقعدان (2,1%)".
_WORDED_DATA_ITEM = re.compile(r"^[^:：\n]{1,80}[:：]\s*(?:\S+\s+(?:واحد|واحدة|واحدا|واحداً)|\S{3,}(?:ان|ين))"
                               r"\s*(?:\([^()]*\)\s*)?$")
_CLAUSE_WORD = re.compile(r"(?:^|\s)(?:إن|أن|أنه|إنه|أنها|إنها|أنّ|إنّ)(?=\s|$)")


def split_sentences(body: str) -> list[Sentence]:
    """Return the sentences of body in order; spans index body and exclude edge whitespace."""
    body = body or ""
    out: list[Sentence] = []
    heading_words = _LazyHeadingLimit(body)  # read only when a line may be a heading
    in_summary = False  # inside a block that a "ملخص" marker opened
    summary_paragraph = False  # marker seen, no bullet yet: the next paragraph is the summary
    spans = _line_spans(body)
    for index, (line_start, line_end) in enumerate(spans):
        start, end = _trim(body, line_start, line_end)
        if start >= end:
            continue
        text = body[start:end]
        if _SUMMARY_MARKER.match(text):
            out.append(Sentence(start, end, text, "heading"))
            in_summary, summary_paragraph = True, True
            continue
        inline = _SUMMARY_INLINE.match(text)
        if inline:
            start, end = _trim(body, start + inline.end(), end)
            in_summary, summary_paragraph = True, False
            text = body[start:end]
        bullet = _BULLET.match(text)
        if bullet:
            start, end = _trim(body, start + bullet.end(), end)
            if start >= end:
                continue
        if in_summary and bullet:
            kind, summary_paragraph = "summary", False
        elif bullet and _DATA_ITEM.match(body[start:end]):
            # "- نقاط الشحن فائق السرعة: 212 نقطة": a list of figures, each a fact, no heading
            kind, in_summary, summary_paragraph = "body", False, False
        elif in_summary and (summary_paragraph or inline):
            kind, in_summary, summary_paragraph = "summary", False, False
        else:
            in_summary = summary_paragraph = False
            kind = _line_kind(body[start:end], heading_words)
            if kind == "heading" and _in_figure_list(body, spans, index, start, end):
                kind = "body"  # "القائمة الأولى: 412 صوتاً – 3 مقاعد" in a list of results: a fact, no heading
        pieces = _split_line(body, start, end)
        for s, e in pieces:
            piece_kind = kind
            if kind == "heading" and len(pieces) > 1:
                piece_kind = "body"
            elif kind == "body" and body[s] in _QUOTE_PAIRS and _is_whole_quote(body[s:e]):
                piece_kind = "quote"
            out.append(Sentence(s, e, body[s:e], piece_kind))
    return out


def _in_figure_list(body: str, spans: list[tuple[int, int]], index: int, start: int, end: int) -> bool:
    """Say whether the line body[start:end] (spans[index]) is a label, a colon and a figure in a list without bullets.

    Such a line is a list item when the line before or after it has the same shape, or the line before ends with
    a colon that opens the list ("جاءت النتائج على النحو الآتي:").
    """
    if not _list_figure_line(body[start:end]):
        return False
    if index > 0:
        before = body[slice(*_trim(body, *spans[index - 1]))]
        if before.endswith((":", "：")) or _list_figure_line(before):
            return True
    if index + 1 < len(spans):
        return _list_figure_line(body[slice(*_trim(body, *spans[index + 1]))])
    return False


def _list_figure_line(line: str) -> bool:
    """Say whether a line is a label, a colon and a figure, in digits or a count in words (_WORDED_DATA_ITEM)."""
    return _DATA_ITEM.match(line) is not None or _WORDED_DATA_ITEM.match(line) is not None


def _line_spans(body: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each run _LINE finds: the text between line breaks, empty lines left out."""
    if any(mark in body for mark in _OTHER_BREAKS):
        return [line.span() for line in _LINE.finditer(body)]  # rare breaks: the regex knows them all
    # Only "\n" breaks the text: a split in C instead of a regex testing every character against a set.
    spans = []
    start = 0
    for line in body.split("\n"):
        end = start + len(line)
        if line:
            spans.append((start, end))
        start = end + 1
    return spans


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Return start/end moved inwards past whitespace and invisible format characters."""
    if 0 <= start < end <= len(body) and body[start] not in _EDGE_SET and body[end - 1] not in _EDGE_SET:
        return start, end  # the usual case: no edge to strip, no need to copy the segment
    segment = body[start:end]
    stripped = segment.lstrip(_EDGE_CHARS)
    new_start = start + len(segment) - len(stripped)
    new_end = new_start + len(stripped.rstrip(_EDGE_CHARS))
    return new_start, new_end


def _heading_limit(body: str) -> int:
    """Return how many words a heading may have: fewer when paragraphs go unpunctuated."""
    long_lines = [line.rstrip() for line in body[:200_000].splitlines()
                  if len(line.split(None, _LONG_LINE_WORDS)) > _LONG_LINE_WORDS]
    if len(long_lines) >= 2 and sum(line[-1:] in _PUNCT_END for line in long_lines) * 2 < len(long_lines):
        return _HEADING_MAX_WORDS_UNPUNCTUATED
    return _HEADING_MAX_WORDS


class _LazyHeadingLimit:
    """_heading_limit(body), worked out on the first call only: most bodies never ask for it."""

    __slots__ = ("_body", "_limit")

    def __init__(self, body: str) -> None:
        self._body = body
        self._limit: int | None = None

    def __call__(self) -> int:
        if self._limit is None:
            self._limit = _heading_limit(self._body)
        return self._limit


def _line_kind(text: str, heading_words: int | _LazyHeadingLimit = _HEADING_MAX_WORDS) -> str:
    """Return the kind of a whole line outside a summary block.

    heading_words is the heading limit, or a _LazyHeadingLimit to call for it: a line of more than
    _HEADING_MAX_WORDS words (the largest limit) is no heading whatever the limit, so the body is
    not measured for it.
    """
    if _CAPTION.search(text) and len(text) <= 300:
        return "caption"
    if text[-1] in ".!?؟…\"”»":
        return "body"
    words = len(text.split())
    if words > _HEADING_MAX_WORDS:
        return "body"
    if not isinstance(heading_words, int):
        heading_words = heading_words()
    if (words <= heading_words
            and not (heading_words < _HEADING_MAX_WORDS and _DIGIT.search(text))  # "ارتفع عدد القتلى إلى 35"
            and not _CLAUSE_WORD.search(text)
            and not _COMMA.search(_PARENTHESES.sub("", text))):  # a short paragraph, not a heading
        return "heading"
    return "body"


def _is_whole_quote(text: str) -> bool:
    """Say whether a sentence is wholly one quotation ("…".)."""
    if len(text) < 3 or text[0] not in _QUOTE_PAIRS:
        return False
    core = text.rstrip(".!?؟…")
    return core[-1:] in _QUOTE_PAIRS[text[0]] and not _QUOTE_CHARS.search(core[1:-1])


def _quote_regions(line: str) -> list[tuple[int, int]]:
    """Return [open, close] index pairs of quotes that close on this line."""
    regions: list[tuple[int, int]] = []
    # (the marks of QUOTE_MARKS spelt out: a chain of C scans, without a generator's step per mark)
    if not ('"' in line or "“" in line or "”" in line or "«" in line or "»" in line or "„" in line or "‹" in line
            or "›" in line):
        return regions  # most lines quote nothing: a few C scans, no regex testing each character
    marks = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(line)]
    i = 0
    while i < len(marks):
        pos, ch = marks[i]
        closers = _QUOTE_PAIRS.get(ch)
        if closers is None:
            i += 1
            continue
        for j in range(i + 1, len(marks)):
            if marks[j][1] in closers and marks[j][0] - pos <= _MAX_QUOTE:
                regions.append((pos, marks[j][0]))
                i = j + 1
                break
        else:
            i += 1
    return regions


def _split_line(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentence spans of one line body[start:end]."""
    line = body[start:end]
    regions = _quote_regions(line)
    spans: list[tuple[int, int]] = []
    cut = 0
    for p, q in _end_runs(line):
        inside = None
        for region in regions:  # usually none: most lines quote nothing
            if region[0] < p < region[1]:
                inside = region
                break
        if inside is not None:
            a, b = inside
            # A quote ending in its own full stop ends the sentence after the closing mark,
            # unless the text after it carries the sentence on.
            if line[q:b].strip() or _CONTINUES.match(line[b + 1:]) or not line[b + 1:].strip():
                continue
            q = b + 1
        elif not _is_boundary(line, p, q, line[p:q]):
            continue
        if line[q:q + 1] in _CLOSER_CHARS:  # usually none follows: skip the regex call
            q = _CLOSING_RUN.match(line, q).end()
        s, e = _trim(body, start + cut, start + q)
        if s < e and _HAS_WORD.search(body, s, e):
            spans.append((s, e))
        cut = q
    s, e = _trim(body, start + cut, end)
    if s < e and _HAS_WORD.search(body, s, e):
        spans.append((s, e))
    return spans


def _end_runs(line: str) -> list[tuple[int, int]]:
    """Return the spans of _TERMINAL.finditer(line): the runs of end marks that may end a sentence."""
    if "!" in line or "?" in line or "؟" in line or "…" in line:  # (a chain of C scans, no generator)
        return [m.span() for m in _TERMINAL.finditer(line)]
    # Full stops only, the usual line: each run of dots, found by C scans for "." rather than a regex testing
    # every character against the set of end marks.
    runs = []
    p = line.find(".")
    while p != -1:
        q = p + 1
        while line[q:q + 1] == ".":
            q += 1
        runs.append((p, q))
        p = line.find(".", q)
    return runs


def _is_boundary(line: str, p: int, q: int, mark: str) -> bool:
    """Say whether the punctuation line[p:q] ends a sentence."""
    after = line[q:q + 1]
    if mark != ".":
        return not (after and after.isalnum())  # "?!" glued to a word is a typo, not an end
    before = line[p - 1:p]
    if after and (after.isalnum() or after in "٫,،"):
        return False  # 7.2, 30.04.2025, أ.ف.ب, U.S, example.com
    if before.isdigit() and line[q:q + 2].strip()[:1].isdigit():
        return False  # "7. 2" is rare; keep numbers whole
    if before.isalpha() and (p < 2 or not (line[p - 2].isalnum() or line[p - 2] in _HARAKAT)):
        return False  # initials and one-letter abbreviations: د. م. J. K. (but "يوميًا." ends a word)
    if p >= _LONGEST_ABBREVIATION + 1 and line[p - _LONGEST_ABBREVIATION - 1:p].isalnum():
        return True  # the word before is longer than any abbreviation (lower() never shortens)
    # The word before the mark: the run of \w characters (isalnum or "_") ending at it, at most 12 back.
    start = p
    while start > max(0, p - 12) and (line[start - 1].isalnum() or line[start - 1] == "_"):
        start -= 1
    return not (start < p and line[start:p].lower() in _ABBREVIATIONS)
