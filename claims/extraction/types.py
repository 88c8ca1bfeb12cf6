"""Plain data the extractor passes between its stages. No Django here."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CleanedText:
    """Article text after cleaning, with the metadata read out of it."""

    body: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, when the text states it
    source_credit: str | None = None  # "المصدر: …"
    removed: tuple[str, ...] = ()  # what was dropped, for the audit trail


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body; start/end index the body."""

    start: int
    end: int
    text: str
    kind: str = "body"  # body | heading | summary | caption | quote


@dataclass(frozen=True)
class DateMention:
    """A date expression in the body, normalised TIMEX3-style (see gold/README.md)."""

    start: int
    end: int
    expression: str
    value: str  # 2024-11-06, 2024-W44, 2024-06, 2024-Q1, 2024-H1, 2022, 2024-06-18/2024-06-19, XXXX-06, XXXX-WXX-3, XXXX-WXX, XXXX-XX
    precision: str  # day | week | month | quarter | half | year | interval | weekday
    hijri: str | None = None  # the Hijri date as written, when the text gave one


@dataclass(frozen=True)
class QuantityMention:
    """A counted or measured quantity in the body."""

    start: int
    end: int
    expression: str
    value: float
    qualifier: str = "exact"  # exact | approx | more_than | less_than | at_least | up_to
    unit: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Who a sentence attributes its content to."""

    speaker: str  # the name as written, with title where the text gives one
    start: int  # span of the speaker in the body
    end: int
    cue: str  # the verb or phrase: قال، أكد، وفق، بحسب …
    carried: bool = False  # True when inherited from an earlier sentence ("وأضاف")
    canonical: str | None = None  # one spelling shared by name variants


@dataclass
class ExtractedClaim:
    kind: str  # event | quantity | statement
    text: str
    start: int
    end: int
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    speaker: Attribution | None = None
    score: float = 0.0
    sentence_kind: str = "body"
    duplicate_of: int | None = None  # index of the claim this one repeats (summary bullet vs body)
    claimants: list[Attribution | None] = field(default_factory=list)  # per quantity, when not the speaker
