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

    def __init__(self, start: int, end: int, text: str, kind: str = "body") -> None:
        self.__dict__.update(start=start, end=end, text=text, kind=kind)  # see FAST_INIT


@dataclass(frozen=True)
class DateMention:
    """A date expression in the body, normalised TIMEX3-style (see gold/README.md)."""

    start: int
    end: int
    expression: str
    value: str  # 2024-11-06, 2024-W44, 2024-06, 2024-Q1, 2024-H1, 2022, 2024-06-18/2024-06-19, XXXX-06, XXXX-WXX-3, XXXX-WXX, XXXX-XX
    precision: str  # day | week | month | quarter | half | year | interval | weekday
    hijri: str | None = None  # the Hijri date as written, when the text gave one

    def __init__(self, start: int, end: int, expression: str, value: str, precision: str,
                 hijri: str | None = None) -> None:
        self.__dict__.update(start=start, end=end, expression=expression, value=value, precision=precision,
                             hijri=hijri)  # see FAST_INIT


@dataclass(frozen=True)
class QuantityMention:
    """A counted or measured quantity in the body."""

    start: int
    end: int
    expression: str
    value: float
    qualifier: str = "exact"  # exact | approx | more_than | less_than | at_least | up_to
    unit: str | None = None

    def __init__(self, start: int, end: int, expression: str, value: float, qualifier: str = "exact",
                 unit: str | None = None) -> None:
        self.__dict__.update(start=start, end=end, expression=expression, value=value, qualifier=qualifier,
                             unit=unit)  # see FAST_INIT


@dataclass(frozen=True)
class Attribution:
    """Who a sentence attributes its content to."""

    speaker: str  # the name as written, with title where the text gives one
    start: int  # span of the speaker in the body
    end: int
    cue: str  # the verb or phrase: قال، أكد، وفق، بحسب …
    carried: bool = False  # True when inherited from an earlier sentence ("وأضاف")
    canonical: str | None = None  # one spelling shared by name variants

    def __init__(self, speaker: str, start: int, end: int, cue: str, carried: bool = False,
                 canonical: str | None = None) -> None:
        self.__dict__.update(speaker=speaker, start=start, end=end, cue=cue, carried=carried,
                             canonical=canonical)  # see FAST_INIT


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


# Sentences, mentions and attributions are built by the dozen for each article. A frozen dataclass's own __init__
# sets each field through object.__setattr__, a call per field; these write the instance's __dict__ in one
# update instead (frozen=True still refuses any assignment afterwards). Each takes the fields in order, with
# their defaults, as the generated one would (test_types checks it).
FAST_INIT = (Sentence, DateMention, QuantityMention, Attribution)
