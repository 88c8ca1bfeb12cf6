"""Claim cards (the review queue, a claim's page, a just-decided card) read as plain rows.

The queue is the page editors live on. Model instances with a three-level prefetch cost more than the
rest of the page (benchmarks/queue_page.py); a `.values()` query and one for the other sources' versions
give the cards everything they show.
"""
from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import QuerySet

from newsroom.models import Article, source_names

from .models import Claim, GroupMembership, grouped_number

CARD_FIELDS = (
    "pk", "kind", "status", "version", "score", "text", "start", "end", "article_id",
    "date_value", "date_precision", "date_expression", "quantity_value", "quantity_qualifier", "quantity_unit",
    "quantity_expression", "quantities", "speaker", "reject_reason", "reviewed_at", "reviewed_by_id",
)
# The card's columns from its article, by the name the card uses. Source names come from
# newsroom.models.source_names() and reviewers' from one query when a card has one: each join here cost more.
# Read as plain paths (values_list), not F() annotations, which took ~7% longer to build.
CARD_JOINED = {
    "body": "article__body", "language": "article__language", "published_on": "article__published_on",
    "source_id": "article__source_id", "source_credit": "article__source_credit",
}
CARD_COLUMNS = (*CARD_FIELDS, *CARD_JOINED)
# A version line: another article's claim in the same group. Written out in SQL: its shape never changes,
# and the ORM took longer to build it (~2 ms) than the database to answer. Each card's memberships joined to
# the other members of the same groups, all indexed; the first column tells whose version a row is.
VERSION_COLUMNS = ("pk", "text", "status", "article_id", "date_value", "quantity_value", "quantity_qualifier",
                   "language", "source_id", "source_credit")
VERSIONS_SQL = f"""
SELECT mine.claim_id, c.id, c.text, c.status, c.article_id, c.date_value, c.quantity_value, c.quantity_qualifier,
       a.language, a.source_id, a.source_credit
FROM {GroupMembership._meta.db_table} mine
JOIN {GroupMembership._meta.db_table} m ON m.group_id = mine.group_id AND m.claim_id <> mine.claim_id
JOIN {Claim._meta.db_table} c ON c.id = m.claim_id
JOIN {Article._meta.db_table} a ON a.id = c.article_id
WHERE mine.claim_id IN ({{ids}})
ORDER BY m.group_id, c.id
"""


class ClaimRow:
    """A claim as a card shows it: the row's columns as attributes, and what the card derives from them."""

    Status = Claim.Status
    is_decided = Claim.is_decided  # the model's own properties, on the same column names
    quantity_display = Claim.quantity_display

    def __init__(self, row: dict, sources: dict[int, str]) -> None:
        self.__dict__.update(row)
        self.outlet = sources.get(self.source_id) or self.source_credit or ""  # as Article.outlet

    @property
    def score_display(self) -> str:
        return f"{self.score:.2f}"

    def paragraph(self) -> tuple[str, str, str]:
        """Return the text before the claim in its paragraph, the claim's span, and the text after it."""
        body = self.body
        start = body.rfind("\n", 0, self.start) + 1
        end = body.find("\n", self.end)
        end = len(body) if end == -1 else end
        return body[start:self.start], body[self.start:self.end], body[self.end:end]

    def more_quantities(self) -> list[dict]:
        """Return the sentence's other quantities ("up to 4 brigades … 12,000 soldiers"), unless an editor
        corrected the claim."""
        if len(self.quantities) < 2 or self.quantities[0].get("value") != self.quantity_value:
            return []
        return [{**q, "display": grouped_number(q["value"])} for q in self.quantities[1:] if q.get("value") is not None]


def claim_cards(claims: QuerySet | Callable[[], QuerySet], *, offset: int = 0, limit: int | None = None,
                compiled_as: Hashable | None = None) -> list[ClaimRow]:
    """Return the cards of a claim queryset (in its order, sliced), each with `versions`: the same fact as
    other articles report it (claims grouped with it). Two queries, a third when a card was decided,
    whatever the number of cards.

    With `compiled_as` (what the queryset's SQL depends on: the queue's filter choices), `claims` is a
    function returning the queryset, called only when that SQL is not compiled yet (see CompiledCardQueries).
    """
    sources = source_names()
    if compiled_as is None:
        cards = read_cards(claims, sources, offset=offset, limit=limit)
    else:
        cards = compiled_card_queries.read(compiled_as, claims, sources, offset=offset, limit=limit)
    reviewers = {card.reviewed_by_id for card in cards if card.reviewed_by_id}
    names = dict(get_user_model().objects.filter(pk__in=reviewers).values_list("pk", "username")) if reviewers else {}
    for card in cards:
        card.versions = []
        card.reviewer = names.get(card.reviewed_by_id, "")
    if cards:
        _attach_versions({card.pk: card for card in cards}, sources)
    return cards


def read_cards(claims, sources: dict[int, str], *, offset: int = 0, limit: int | None = None) -> list[ClaimRow]:
    """Return the cards of a claim queryset (in its order, sliced), in one query, without their versions."""
    return _cards_of(_card_rows(claims, offset, limit), sources)


def _cards_of(rows, sources: dict[int, str]) -> list[ClaimRow]:
    return [ClaimRow(dict(zip(CARD_COLUMNS, row)), sources) for row in rows]


def _card_rows(claims, offset: int, limit: int | None) -> QuerySet:
    rows = claims.values_list(*CARD_FIELDS, *CARD_JOINED.values())
    return rows[offset:offset + limit] if limit is not None else rows[offset:]


class CompiledCardQueries:
    """The card query's SQL, compiled once per distinct filter and page, and run again as it is.

    Building the queue's filtered queryset and compiling it through the ORM took ~1 ms of each queue page, more
    than PostgreSQL took to answer (benchmarks/queue_page.py); editors reload the same few filters all day. Only
    the SQL and its parameters are kept, never rows: each page still reads the database. The key must name all
    the queryset's SQL depends on (ClaimFilter.sql_key). Each thread keeps its own entries, so a compiled query
    only ever runs on the connection it was compiled for, and the least recently used go past `size`.
    """

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._local = threading.local()

    def read(self, key: Hashable, build_claims: Callable[[], QuerySet], sources: dict[int, str], *,
             offset: int = 0, limit: int | None = None) -> list[ClaimRow]:
        """Return the cards of build_claims()'s queryset (sliced), calling it only when `key` is new."""
        entries = self._entries()
        key = (key, offset, limit)
        compiled = entries.get(key)
        if compiled is None:
            rows = _card_rows(build_claims(), offset, limit)
            compiler = rows.query.get_compiler(using=rows.db)
            sql, params = compiler.as_sql()
            converters = compiler.get_converters([column for column, *_ in compiler.select[:compiler.col_count]])
            compiled = entries[key] = (compiler, sql, params, converters)
            if len(entries) > self.size:
                entries.popitem(last=False)
        else:
            entries.move_to_end(key)
        compiler, sql, params, converters = compiled
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:  # JSON columns everywhere, dates too on SQLite: as the ORM would convert them
            rows = compiler.apply_converters(rows, converters)
        return _cards_of(rows, sources)

    def _entries(self) -> OrderedDict:
        if not hasattr(self._local, "entries"):
            self._local.entries = OrderedDict()
        return self._local.entries


compiled_card_queries = CompiledCardQueries()


def _attach_versions(cards: dict[int, ClaimRow], sources: dict[int, str]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(VERSIONS_SQL.format(ids=", ".join(["%s"] * len(cards))), list(cards))
        rows = cursor.fetchall()
    seen: dict[int, set[int]] = defaultdict(set)  # a claim grouped with the card in two stories shows once
    for card_pk, *columns in rows:
        member, card = dict(zip(VERSION_COLUMNS, columns)), cards[card_pk]
        if member["article_id"] != card.article_id and member["pk"] not in seen[card_pk]:
            seen[card_pk].add(member["pk"])
            card.versions.append(ClaimRow(member, sources))
