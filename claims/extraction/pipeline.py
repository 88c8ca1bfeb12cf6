"""Run the extraction stages over one article and assemble its claims."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from .cleaning import clean_text
from .dates import find_dates, normalise_body
from .language import detect_language
from .numbers import page_decimal_mark
from .quantities import find_quantities
from .scoring import score_claim
from .sentences import split_sentences
from .speakers import (
    attribute_sentences,
    body_named_by_adjective,
    continues_report,
    definite_by_adjective,
    figure_setter,
    figure_sources,
    introduces_list,
    lam_opens_body,
    link_name_variants,
    nominative_form,
    opens_report,
    reports_figures,
    rule_source,
)
from .speakers.article import (
    SentenceReadings,
    bare_statements,
    named_body_for,
    opened_by_source_word,
    owns_the_document,
    poll_taker,
    speaker_clauses,
)
from .types import Attribution, DateMention, ExtractedClaim, QuantityMention, Sentence

# Bump when a change to the rules changes what is extracted: re-extraction keys on it.
EXTRACTOR_VERSION = "2026.11.29.98"

MAX_CLAIM_CHARS = 600


def extract_article(text: str, *, published: str | dt.date | None = None,
                    outlet: str | None = None, url: str | None = None,
                    clean: bool = True) -> dict:
    """Clean an article, extract its claims and return the JSON-ready result (gold/README.md)."""
    cleaned = clean_text(text or "", outlet=outlet) if clean else None
    body = cleaned.body if cleaned else (text or "")
    published_date = _as_date(published) or _as_date(cleaned.published if cleaned else None)
    claims = extract_claims(body, published=published_date)
    return {
        "title": cleaned.title if cleaned else None,
        "published": published_date.isoformat() if published_date else None,
        "source_credit": cleaned.source_credit if cleaned else None,
        "outlet": outlet,
        "url": url,
        "language": detect_language(body),
        "extractor_version": EXTRACTOR_VERSION,
        "body": body,
        "claims": [claim_to_dict(c) for c in claims if c.duplicate_of is None],
    }


def extract_claims(body: str, *, published: dt.date | None = None) -> list[ExtractedClaim]:
    """Return one claim per sentence that states a date, a quantity or an attributed statement."""
    sentences = split_sentences(body)
    normalised = normalise_body(body)  # one normalised copy and word split for dates and speakers
    dates = find_dates(body, published=published, normalised=normalised)
    # "27.432 مليار" is 27 432 billion on a page that writes 6,8 for decimals: the page's own mark decides
    quantities = [q for q in find_quantities(body, decimal_mark=page_decimal_mark(body))
                  if not _overlaps_any(q, dates)]
    readings = SentenceReadings()  # each sentence tokenised once, for its speaker and its figures' sources
    speakers = attribute_sentences(body, sentences, words=(normalised.words, normalised.word_starts),
                                   readings=readings)
    attributions = [_as_name(body, a) if a else None for a in speakers]
    speaker_names = [a.speaker for a in attributions if a]
    canonical = link_name_variants(speaker_names)
    canonical_of = partial(_canonical_of, canonical=canonical, speaker_names=speaker_names)

    claims: list[ExtractedClaim] = []
    lead: tuple[int, ExtractedClaim] | None = None  # the article's first sentence, when it is a claim
    in_sentence = _MentionsBySentence(dates, quantities)
    reported: tuple[int, Attribution] | None = None  # the sentence whose last figure a reporting body states
    last_report: Attribution | None = None  # the body or document that states the last sentence's figures
    listing: Attribution | None = None  # who states the figures of the bulleted list under a report's line
    for i, (sentence, attribution) in enumerate(zip(sentences, attributions)):
        list_item = _list_item(body, sentence)
        if not list_item:
            # "أبرز الأرقام في التقرير:" and the bullets under it: the report named before states their figures
            listing = (attribution if attribution and reports_figures(attribution) else last_report) \
                if introduces_list(sentence.text) else None
        if sentence.kind == "heading":
            continue
        in_dates, in_quantities = in_sentence(sentence)
        if not (in_dates or in_quantities or attribution):
            continue
        if attribution and attribution.canonical is None:
            attribution = Attribution(attribution.speaker, attribution.start, attribution.end, attribution.cue,
                                      attribution.carried, canonical.get(attribution.speaker))
        # Who states what in the sentence's later clauses: read once, for the figures and for a second speaker.
        sources = figure_sources(body, sentence, speaker=attribution, readings=readings) \
            if in_quantities or attribution else []
        claimants = _claimants(body, sentence, in_quantities, attribution, sources, readings)
        if in_quantities and not any(claimants) and reported and reported[0] == i - 1 \
                and continues_report(body[sentence.start:sentence.end]):
            # "وأوضح المعهد أن … . وسجلت أسعار الزيوت تراجعا بنسبة 13,2 بالمائة": the report's figures go on.
            claimants = [reported[1]] * len(in_quantities)
        if in_quantities and listing and list_item:
            claimants = [c or listing for c in claimants]
        if in_quantities:
            last_report = claimants[-1] if claimants[-1] and reports_figures(claimants[-1]) else None
            body_source = claimants[-1] if claimants[-1] and opens_report(
                claimants[-1], body[sentence.start:sentence.end]) else None
            reported = (i, body_source) if body_source else None
        parts = _speaker_parts(body, sentence, attribution, sources, canonical_of)
        if parts:
            # Two speakers in one sentence: each clause is its own claim, with its own speaker.
            for part_start, part_end, who in parts:
                claims.append(_clause_claim(body, sentence, part_start, part_end, who, in_dates,
                                            in_quantities, claimants))
            continue
        claim = _clause_claim(body, sentence, sentence.start, sentence.end, attribution, in_dates, in_quantities,
                              claimants)
        if not claims:
            lead = (i, claim)
        claims.append(claim)
    _lead_claimed_next(lead, sentences, attributions)
    mark_repeated_claims(claims)
    return claims


_BULLETS = frozenset("-•*–·▪●")


# A line of a list with no bullet: a label, a colon, then its figures ("كتلة الوفاء: 4,128 صوتاً – 25 مقعداً").
_LABELLED_FIGURES = re.compile(r"[^:\d\n]{2,60}:\s*\d")


def _list_item(body: str, sentence: Sentence) -> bool:
    """Say whether a sentence is a line of a list: a bullet ("- "، "• ") alone opens its line before it, or the
    line is a label and its figures ("القائمة الأولى: 412 صوتاً"), the whole line."""
    line_start = body.rfind("\n", 0, sentence.start) + 1
    before = body[line_start:sentence.start].strip()
    if before in _BULLETS:
        return True
    line_end = body.find("\n", sentence.end)
    whole_line = not before and not body[sentence.end:len(body) if line_end < 0 else line_end].strip()
    return whole_line and _LABELLED_FIGURES.match(sentence.text.strip()) is not None


def _lead_claimed_next(lead: tuple[int, ExtractedClaim] | None, sentences: list[Sentence],
                       attributions: list[Attribution | None]) -> None:
    """Give the lead's unattributed figures to the body that speaks first in the sentence right after it.

    "لقي 11 عاملاً حتفهم وأصيب 7 آخرون …. وقالت الشركة، في بيان، إن …": the lead tells what the body's
    statement reports. Only a body that opens its own report (not a person, not a source phrase closing
    its sentence; "وحسب بلاغ للمديرية، فإن …" opens it) and only the very next sentence: later ones report
    something else.
    """
    if lead is None:
        return
    i, claim = lead
    if not claim.quantities or claim.speaker is not None or any(claim.claimants):
        return
    nxt = i + 1  # the very next sentence, not the next one past a heading
    source = attributions[nxt] if nxt < len(sentences) and sentences[nxt].kind != "heading" else None
    if source is not None and not source.carried and opens_report(source, sentences[nxt].text):
        claim.claimants = [source] * len(claim.quantities)


def _speaker_parts(body: str, sentence: Sentence, speaker: Attribution | None,
                   sources: list[tuple[int, Attribution]],
                   canonical_of: Callable[[str], str | None]) -> list[tuple[int, int, Attribution]]:
    """Return the clauses of a sentence two speakers share ([] for one speaker), each with its speaker.

    sources are figure_sources(body, sentence, speaker=speaker)."""
    if speaker is None:
        return []
    parts = speaker_clauses(body, sentence, speaker, sources)
    return [(a, b, who if who is speaker else replace(_as_name(body, who), canonical=canonical_of(who.speaker)))
            for a, b, who in parts]


def _canonical_of(name: str, canonical: dict[str, str], speaker_names: list[str]) -> str | None:
    """Return the canonical spelling of a speaker, linking a clause's second speaker, who is not among the
    sentences' speakers, to their name variants as one of them."""
    if name not in canonical:
        canonical[name] = link_name_variants([*speaker_names, name]).get(name)
    return canonical[name]


def _clause_claim(body: str, sentence: Sentence, start: int, end: int, speaker: Attribution | None,
                  dates: list[DateMention], quantities: list[QuantityMention],
                  claimants: list[Attribution | None]) -> ExtractedClaim:
    """Return the claim of the sentence's text from start to end (the whole sentence, or one speaker's clause):
    the dates and figures that start in it, and who states them."""
    in_dates = [d for d in dates if start <= d.start < end]
    kept = [(q, c) for q, c in zip(quantities, claimants) if start <= q.start < end]
    in_quantities = [q for q, _ in kept]
    kind = "quantity" if in_quantities else "event" if in_dates else "statement"
    a, b = _claim_span(start, end, in_dates + in_quantities)
    claim = ExtractedClaim(kind=kind, text=body[a:b], start=a, end=b, dates=in_dates, quantities=in_quantities,
                           speaker=speaker, sentence_kind=sentence.kind, claimants=[c for _, c in kept])
    claim.score = score_claim(claim)
    return claim


# "…، فيما بلغ الاحتياطي 50 مليار دولار": a while-clause opens a new statement, no longer an earlier source's.
_WHILE_CLAUSE = re.compile(r"،\s*(?:و?فيما|و?بينما|و?في حين)\s")


def _opens_sentence(body: str, sentence: Sentence, source: Attribution) -> bool:
    """Say whether a source phrase ("وبحسب الوزارة،"، "وفق المرصد،") is the first words of the sentence."""
    return bool(source.cue) and body[sentence.start:source.start].lstrip().startswith(source.cue)


def _claimants(body: str, sentence: Sentence, quantities: list[QuantityMention],
               speaker: Attribution | None, sources: list[tuple[int, Attribution]],
               readings: SentenceReadings | None = None) -> list[Attribution | None]:
    """Return who states each quantity: the source of a later clause that states it, else the speaker.

    "وأشار الوزير إلى أن …، بعدما قدّر البنك الدولي الأضرار بنحو 3,4 مليارات دولار": the bank, not
    the minister, states the figure.
    """
    sources = sources if quantities else []  # figure_sources(body, sentence, speaker=speaker), read by the caller
    # "…، وفقاً للقوائم المالية": a firm's statements are its own; attribute_sentences named the firm.
    sources = [(at, s) for at, s in sources if not bare_statements(s.speaker)]
    poll = poll_taker(body, sentence, readings) if quantities else None
    if poll is not None and (speaker is None or speaker.start < poll.start):
        # "ويتوقع 48 من أصل 60 اقتصادياً استطلعت وكالة رويترز آراءهم أن …": who polled them counts them, and
        # the count is no source of its own ("…؛ إذ توقع 12 من أصل 19 اقتصادياً شاركوا في استطلاع أجرته …")
        sources = [(at, s) for at, s in sources if speaker is None or s.start != speaker.start]
        speaker = poll
    if quantities and speaker is not None and not speaker.carried and opened_by_source_word(speaker.cue):
        # "ويستهدف البنك المركزي خفض التضخم إلى 24%، وفق تقرير التضخم": a document that names no body is the
        # setting body's own; the body claims its figures
        setter = figure_setter(body, sentence, readings)
        if owns_the_document(setter, speaker):
            speaker = setter
    if quantities and speaker is None:
        # "جائزة قدرها 5 ملايين، بحسب لائحة المسابقة": with no one speaking, the rulebook that fixes it.
        # "وحددت الوزارة الحصة بحوالي 32 ألف طن": the body that sets a figure claims it; before a later clause's
        # source ("…، بعدما كانت النيابة قد التمست …") only the figures before that clause.
        rule = rule_source(body, sentence, readings)
        setter = (_as_name(body, rule) if rule else None) or figure_setter(body, sentence, readings)
        if setter is not None and (not sources or _sets_before(body, sentence, setter, sources)):
            speaker = setter
    earlier: list[tuple[int, Attribution]] = []
    if speaker is not None:
        # "وقدّرت الإدارة القيمة بنحو 1.2 مليار، في حين قدّرها محللون …": a source whose clause comes
        # before the speaker's states the figures before the speaker.
        earlier = [(at, s) for at, s in sources if s.end <= speaker.start and at >= sentence.start]
        rule = rule_source(body, sentence, readings) if quantities and not speaker.carried else None
        if rule is not None and rule.end <= speaker.start and _opens_sentence(body, sentence, rule):
            # "ووفقاً للمادة 180 من الدستور، يُخصص ربع المقاعد …، وهي نسب يرى خبراء أنها …": the rule that opens
            # the sentence fixes the figures before a later clause's speaker
            earlier.append((body.find(rule.cue, sentence.start), rule))
        sources = [(at, s) for at, s in sources if at > speaker.end]  # the speaker's own verb is no later clause
    # "وحدد المصرف السعر عند 110 ليرات، فيما تراوح في السوق بين 118 و120، بحسب ما رصدته "بلدي نيوز"": a source
    # closing the sentence gives its while-clause's figures; the body that set a figure before it keeps that one.
    setter = figure_setter(body, sentence, readings) if quantities and speaker is not None and not sources \
        and not speaker.carried and opened_by_source_word(speaker.cue) and _WHILE_CLAUSE.search(
            body, sentence.start, speaker.start) else None
    claimants = []
    for q in quantities:
        if setter is not None and setter.end <= q.start and _WHILE_CLAUSE.search(body, q.end, speaker.start):
            claimants.append(named_body_for(_as_name(body, setter), speaker))
            continue
        before = [s for at, s in sources if at < q.start]
        # A while-clause ends an earlier source's figures, unless that source opens the sentence: "وبحسب تقديرات
        # الوزارة، يتجاوز الطلب 48 ألفاً، فيما لا يزيد الإنتاج على 28 ألفاً، وهي فجوة قال خبراء إن …".
        first = [s for at, s in earlier if at < q.start and (_opens_sentence(body, sentence, s)
                                                            or not _WHILE_CLAUSE.search(body, at, q.start))] \
            if speaker and q.start < speaker.start else []
        claimant = _as_name(body, before[-1]) if before else _as_name(body, first[-1]) if first else speaker
        claimants.append(named_body_for(claimant, speaker) if claimant else None)
    return claimants


def _sets_before(body: str, sentence: Sentence, setter: Attribution, sources: list[tuple[int, Attribution]]) -> bool:
    """Say whether a setter's verb and name come before every later clause's source: "وألزمت المحكمة … 3,5 مليار،
    بعدما كانت النيابة قد التمست …"; not "…، وكانت الحكومة قد حددت موعدها" (the setter is that clause's)."""
    cue_at = body.find(setter.cue, sentence.start, sentence.end) if setter.cue else -1
    return 0 <= cue_at and all(cue_at < at and setter.end <= at for at, _ in sources)


class _MentionsBySentence:
    """Pick the mentions that start inside a sentence by bisection, not by scanning every mention."""

    def __init__(self, dates: list[DateMention], quantities: list[QuantityMention]) -> None:
        self._lists = (dates, quantities)
        # Bisection needs mentions in start order; the stages give them so, but a list that is
        # not falls back to the plain scan (same result, slower).
        self._starts = tuple([m.start for m in mentions] if _in_start_order(mentions) else None
                             for mentions in self._lists)

    def __call__(self, sentence: Sentence) -> tuple[list[DateMention], list[QuantityMention]]:
        found = []
        for mentions, starts in zip(self._lists, self._starts):
            if starts is None:
                found.append([m for m in mentions if sentence.start <= m.start < sentence.end])
            else:
                found.append(mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)])
        return found[0], found[1]


def _in_start_order(mentions: list) -> bool:
    return all(a.start <= b.start for a, b in zip(mentions, mentions[1:]))


def mark_repeated_claims(claims: list[ExtractedClaim]) -> None:
    """Mark a summary bullet that says what a body sentence says as a duplicate of it."""
    if not any(c.sentence_kind == "summary" for c in claims):
        return  # most articles have no summary bullets
    body_claims = [(i, c) for i, c in enumerate(claims) if c.sentence_kind != "summary"]
    words_of: dict[int, set[str]] = {}  # content words of body claims, computed once
    for claim in claims:
        if claim.sentence_kind != "summary":
            continue
        words = _content_words(claim.text)
        best, best_overlap = None, 0.0
        for i, other in body_claims:
            if not _same_values(claim, other):
                continue
            other_words = words_of.get(i)
            if other_words is None:
                other_words = words_of[i] = _content_words(other.text)
            overlap = len(words & other_words) / max(1, min(len(words), len(other_words)))
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None and best_overlap >= 0.3:
            claim.duplicate_of = best


def _as_name(body: str, attribution: Attribution) -> Attribution:
    """Give back the article a fused preposition swallowed: "وفقاً للاتحاد الأفريقي" credits "الاتحاد الأفريقي";
    name the body an adjective stands for: "بحسب أرقام أممية" credits الأمم المتحدة; name an accusative subject
    in the nominative: "إن مصدراً مطلعاً أكد" credits "مصدر مطلع".

    The span still points at what the body spells ("اتحاد الأفريقي"); only the name is completed.
    """
    nominative = nominative_form(attribution.speaker)  # "لكن مصدراً مطلعاً قال": the source is "مصدر مطلع"
    if nominative != attribution.speaker:
        return replace(attribution, speaker=nominative)
    start = attribution.start
    if start >= 2 and body[start - 2:start] == "لل" and (start == 2 or not body[start - 3].isalpha()):
        if lam_opens_body("ل" + attribution.speaker):
            return replace(attribution, speaker="ال" + "ل" + attribution.speaker)  # "وفقاً للجنة الأولمبية": اللجنة
        return replace(attribution, speaker="ال" + attribution.speaker)
    if start >= 1 and body[start - 1] == "ل" and attribution.speaker[:1] == "ل" \
            and (start == 1 or not body[start - 2].isalpha()) and definite_by_adjective(attribution.speaker):
        return replace(attribution, speaker="ال" + attribution.speaker)  # "وفق بيان للجنة العليا": اللجنة العليا
    named = body_named_by_adjective(attribution.speaker, attribution.cue)  # "بحسب أرقام أممية": the United Nations' figures
    return replace(attribution, speaker=named) if named else attribution


def claim_to_dict(claim: ExtractedClaim) -> dict:
    """Return the claim in the output contract of gold/README.md."""
    dates = [{"value": d.value, "expression": d.expression, "precision": d.precision,
              "start": d.start, "end": d.end, **({"hijri": d.hijri} if d.hijri else {})} for d in claim.dates]
    claimants = claim.claimants or [claim.speaker] * len(claim.quantities)
    quantities = [{"value": _plain_number(q.value), "qualifier": q.qualifier, "unit": q.unit,
                   "expression": q.expression, "claimant": claimant.speaker if claimant else None,
                   "start": q.start, "end": q.end}
                  for q, claimant in zip(claim.quantities, claimants)]
    return {
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "date": dates[0] if dates else None,
        "dates": dates,
        "quantity": quantities[0] if quantities else None,
        "quantities": quantities,
        "speaker": claim.speaker.speaker if claim.speaker else None,
        "speaker_canonical": claim.speaker.canonical if claim.speaker else None,
        "speaker_carried": claim.speaker.carried if claim.speaker else False,
        "sentence_kind": claim.sentence_kind,
        "score": round(claim.score, 3),
    }


def _claim_span(start: int, end: int, mentions: list[DateMention | QuantityMention]) -> tuple[int, int]:
    """Return the span start..end (a sentence or a clause), narrowed around its mentions when it is overlong."""
    if end - start <= MAX_CLAIM_CHARS or not mentions:
        return start, end
    first = min(m.start for m in mentions)
    last = max(m.end for m in mentions)
    pad = max(0, (MAX_CLAIM_CHARS - (last - first)) // 2)
    return max(start, first - pad), min(end, max(last + pad, first + MAX_CLAIM_CHARS))


def _overlaps_any(item, others) -> bool:
    return any(item.start < o.end and item.end > o.start for o in others)


def _same_values(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    """Two claims can be one fact only if they do not state different dates or numbers."""
    if a.dates and b.dates and not {d.value for d in a.dates} & {d.value for d in b.dates}:
        return False
    if a.quantities and b.quantities and not {q.value for q in a.quantities} & {q.value for q in b.quantities}:
        return False
    return bool(a.dates or a.quantities) == bool(b.dates or b.quantities)


_WORD = re.compile(r"[\u0621-\u064A\w]{3,}")
_DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")


def _content_words(text: str) -> set[str]:
    text = _DIACRITICS.sub("", text).replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه")
    return {w[2:] if w.startswith("ال") else w for w in _WORD.findall(text)}


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
