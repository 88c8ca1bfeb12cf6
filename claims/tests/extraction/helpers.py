"""Helpers the table-driven extraction tests share."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any, Callable

import pytest

from claims.extraction import extract_article
from claims.extraction.dates import find_dates
from claims.extraction.quantities import find_quantities
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute_sentences


def table(argnames: str, cases: list[tuple]):
    """Parametrize a test over a table of cases whose first column is the text, named by its start."""
    return pytest.mark.parametrize(argnames, cases, ids=[case[0][:40] for case in cases])


def dates_found(text: str, published: str | None) -> list[tuple[str, str]]:
    """Return (expression, value) of each date found, checking that every span holds its expression."""
    mentions = find_dates(text, published=dt.date.fromisoformat(published) if published else None)
    for m in mentions:
        assert text[m.start:m.end] == m.expression
    return [(m.expression, m.value) for m in mentions]


def quantities_found(text: str) -> list[tuple[str, float, str]]:
    """Return (expression, value, qualifier) of each quantity found."""
    return [(q.expression, q.value, q.qualifier) for q in find_quantities(text)]


def last_speaker(text: str) -> str | None:
    """Return the speaker of the text's last sentence."""
    found = attribute_sentences(text, split_sentences(text))[-1]
    return found.speaker if found else None


def clause_speakers(text: str) -> list[str | None]:
    """Return the speaker of each claim, in order (a sentence split between two speakers gives two)."""
    return [c["speaker"] for c in extract_article(text, clean=False)["claims"]]


def claimants(text: str, figure: str) -> list[str | None]:
    """Return the claimant of each quantity whose expression holds `figure` (cleaning off)."""
    out = extract_article(text, clean=False)
    return [q["claimant"] for c in out["claims"] for q in c["quantities"] if figure in q["expression"]]


def cpu_seconds(run: Callable[[], Any]) -> tuple[Any, float]:
    """Return run()'s result and the CPU seconds this process spent on it.

    For the guards against rules that grow faster than the text (a quadratic rule takes minutes on the
    guards' texts, a linear one well under a second): CPU time, unlike the wall clock, does not count
    the time other processes on a busy machine take. Speed figures live in benchmarks/.
    """
    started = time.process_time()
    result = run()
    return result, time.process_time() - started


@dataclass(frozen=True)
class ArticlePage:
    """An invented article of four paragraphs to set page furniture around (the per-round cleaning tests): the
    page puts the head lines over the title, middle lines after the second paragraph and the rest under it."""

    title: str
    paragraphs: tuple[str, str, str, str]
    head: tuple[str, ...] = ()
    foot: tuple[str, ...] = ()

    def page(self, *lines: str, head: tuple[str, ...] | None = None, middle: tuple[str, ...] = (),
             foot: tuple[str, ...] | None = None, title: str | None = None, joiner: str = "\n\n") -> str:
        first, second, *rest = self.paragraphs
        return joiner.join([*(self.head if head is None else head), title or self.title, first, second, *middle,
                            *rest, *lines, *(self.foot if foot is None else foot)])

    def assert_kept(self, cleaned, title: str | None = None) -> None:
        """Assert that the cleaned page kept the headline as its title and every paragraph in its body."""
        assert cleaned.title == (title or self.title)
        for paragraph in self.paragraphs:
            assert paragraph in cleaned.body

