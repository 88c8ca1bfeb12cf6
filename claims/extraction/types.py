"""Plain data the extractor passes between its stages. No Django here."""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields


def _fast_init(cls):
    """Give a frozen dataclass an __init__ that fills the instance dict directly.

    The generated frozen __init__ calls object.__setattr__ once per field, which makes building
    the many mentions, sentences and attributions of an article cost about four times what a
    plain class does. Writing the same values, in the same field order, to __dict__ builds an
    equal object (same fields, defaults, signature, repr, eq, hash and pickling); the class stays
    frozen for everyone else.
    """
    params, body = [], []
    defaults = {}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"_fast_init handles plain fields only, not {f.name}")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_dflt_{f.name}"] = f.default
            params.append(f"{f.name}=_dflt_{f.name}")
        body.append(f"    _d[{f.name!r}] = {f.name}")
    source = f"def __init__(self, {', '.join(params)}):\n    _d = self.__dict__\n" + "\n".join(body) + "\n"
    namespace: dict = {}
    exec(source, dict(defaults), namespace)  # noqa: S102 - code built from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
    return cls


@_fast_init
@dataclass(frozen=True)
class CleanedText:
    """Article text after cleaning, with the metadata read out of it."""

    body: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, when the text states it
    source_credit: str | None = None  # "المصدر: …"
    removed: tuple[str, ...] = ()  # what was dropped, for the audit trail


@_fast_init
@dataclass(frozen=True)
class Sentence:
    """A sentence of the body; start/end index the body."""

    start: int
    end: int
    text: str
    kind: str = "body"  # body | heading | summary | caption | quote


@_fast_init
@dataclass(frozen=True)
class DateMention:
    """A date expression in the body, normalised TIMEX3-style (see gold/README.md)."""

    start: int
    end: int
    expression: str
    value: str  # 2024-11-06, 2024-W44, 2024-06, 2024-Q1, 2024-H1, 2022, 2024-06-18/2024-06-19, XXXX-06, XXXX-WXX-3
    precision: str  # day | week | month | quarter | half | year | interval | weekday
    hijri: str | None = None  # the Hijri date as written, when the text gave one


@_fast_init
@dataclass(frozen=True)
class QuantityMention:
    """A counted or measured quantity in the body."""

    start: int
    end: int
    expression: str
    value: float
    qualifier: str = "exact"  # exact | approx | more_than | less_than | at_least | up_to
    unit: str | None = None


@_fast_init
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
