"""Set up Django for a benchmark on its own PostgreSQL database (created when missing)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/newsroom_bench"


def setup(database_url: str | None = None) -> str:
    """Point Django at the benchmark database, create and migrate it, and return its URL."""
    url = database_url or os.environ.get("BENCH_DATABASE_URL") or DEFAULT_URL
    if url.startswith("postgres"):
        _create_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ.setdefault("DJANGO_DEBUG", "false")
    os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return url


def _create_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def reset_claims() -> None:
    """Empty the tables a benchmark fills."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE claims_groupmembership, claims_claimgroup, claims_decision, claims_claim, "
                           "claims_story_articles, claims_story, newsroom_article RESTART IDENTITY CASCADE")
        else:
            for table in ("claims_groupmembership", "claims_claimgroup", "claims_decision", "claims_claim",
                          "claims_story_articles", "claims_story", "newsroom_article"):
                cursor.execute(f"DELETE FROM {table}")


def make_claims(count: int, *, status: str = "pending", per_article: int = 20, story=None) -> None:
    """Bulk-create `count` claims of realistic size spread over articles (and file them under a story)."""
    import datetime as dt
    import hashlib

    from claims.models import Claim, ClaimGroup, GroupMembership
    from newsroom.models import Article, Source

    source, _ = Source.objects.get_or_create(name="وكالة الأنباء")
    sentence = "وقال وزير الدفاع إن نحو {n} جندي وصلوا إلى المنطقة يوم الأربعاء الماضي، وفق ما ذكرته الوكالة."
    start_id = Article.objects.count()
    for first in range(0, count, 5000):
        batch = range(first, min(count, first + 5000))
        articles = []
        for a in range(first // per_article, (batch[-1]) // per_article + 1):
            body = "\n".join(sentence.format(n=1000 + a * per_article + i) for i in range(per_article))
            articles.append(Article(
                source=source, title=f"تقرير رقم {start_id + a}", body=body, raw_input=body.encode(),
                raw_encoding="utf-8", content_hash=hashlib.sha256(f"{start_id + a}".encode()).hexdigest(),
                channel="command", status="done", language="ar",
                published_on=dt.date(2024, 1, 1) + dt.timedelta(days=a % 365)))
        articles = Article.objects.bulk_create(articles)
        by_index = {first // per_article + i: art for i, art in enumerate(articles)}
        claims = []
        for n in batch:
            article = by_index[n // per_article]
            i = n % per_article
            offset = sum(len(sentence.format(n=1000 + (n // per_article) * per_article + k)) + 1 for k in range(i))
            text = sentence.format(n=1000 + n)
            day = dt.date(2024, 1, 1) + dt.timedelta(days=n % 700)
            claims.append(Claim(
                article=article, kind="quantity", text=text, start=offset, end=offset + len(text), status=status,
                score=(n * 7919 % 1000) / 1000, date_value=day.isoformat(), date_precision="day", date_start=day,
                date_end=day, quantity_value=1000 + n, quantity_qualifier="approx", quantity_unit="جندي",
                speaker="وزير الدفاع", extractor_version="bench"))
        claims = Claim.objects.bulk_create(claims)
        if story is not None:
            story.articles.add(*articles)
            groups = ClaimGroup.objects.bulk_create([
                ClaimGroup(story=story, kind="quantity", label=c.text[:200], agreement="single",
                           date_value=c.date_value, date_start=c.date_start, date_end=c.date_end, confirmed_count=1)
                for c in claims])
            GroupMembership.objects.bulk_create([
                GroupMembership(group=g, claim=c, story=story) for g, c in zip(groups, claims)])


def group_in_pairs(per_article: int = 20) -> None:
    """File every claim under one story, grouped with the claim at the same place in the next article, so
    each queue card shows another source's version (as once stories are built)."""
    from claims.models import Claim, ClaimGroup, GroupMembership, Story
    from newsroom.models import Article

    story = Story.objects.create(title="قصة للقياس")
    story.articles.add(*Article.objects.all())
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    pairs = [(ids[i], ids[i + per_article]) for i in range(len(ids) - per_article) if i // per_article % 2 == 0]
    for first in range(0, len(pairs), 5000):
        batch = pairs[first:first + 5000]
        groups = ClaimGroup.objects.bulk_create([ClaimGroup(story=story, kind="quantity") for _ in batch])
        GroupMembership.objects.bulk_create([
            GroupMembership(group=group, claim_id=claim_id, story=story)
            for group, pair in zip(groups, batch) for claim_id in pair])
