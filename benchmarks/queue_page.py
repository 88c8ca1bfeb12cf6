"""Server time of the review queue page at 1k, 10k and 100k claims, beside a bare one-query Django view.

    .venv/bin/python benchmarks/queue_page.py                 # PostgreSQL (BENCH_DATABASE_URL or local 'newsroom_bench')
    .venv/bin/python benchmarks/queue_page.py --sizes 1000    # a quick run
    .venv/bin/python benchmarks/queue_page.py --breakdown     # also the page's parts, to see where its time goes

Both pages go through the same middleware (session, auth, locale, htmx) with a logged-in editor;
the floor view runs one query for the first 20 claims and renders them as plain text. Every claim is
grouped with one in another article, so each card also shows another source's version.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _django  # noqa: E402


def floor_view(request):
    from django.http import HttpResponse

    from claims.models import Claim

    rows = Claim.objects.filter(status="pending").order_by("-score").values_list("pk", "text")[:20]
    return HttpResponse("\n".join(f"{pk} {text}" for pk, text in rows))


def pending_claims():
    from claims.models import Claim

    return Claim.objects.current().filter(status="pending").order_by("-score", "article_id", "start")


def cards_view(request):
    """The queue's twenty cards alone: one query (its SQL compiled once, as the queue's) and the card template,
    no versions, filters or layout."""
    from django.http import HttpResponse

    from claims.cards import compiled_card_queries
    from claims.views.review import card_context, render_cards
    from newsroom.models import source_names

    cards = compiled_card_queries.read("bench-cards", pending_claims, source_names(), limit=20)
    for card in cards:
        card.versions, card.reviewer = [], ""
    return HttpResponse(render_cards(cards, card_context(request)))


def cards_with_versions_view(request):
    """The twenty cards with the other sources' versions (claims.cards.claim_cards), still without filters or layout."""
    from django.http import HttpResponse

    from claims.cards import claim_cards
    from claims.views.review import card_context, render_cards

    return HttpResponse(render_cards(claim_cards(pending_claims, limit=20, compiled_as="bench-cards-versions"),
                                     card_context(request)))


def time_pages(client, urls: list[str], runs: int) -> list[tuple[float, int]]:
    """Median server time (ms) and query count of each page. The pages take turns, run by run, so that
    a busy moment of the machine slows them alike rather than one of them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times: dict[str, list[float]] = {url: [] for url in urls}
    for _ in range(3):  # warm caches and connections
        for url in urls:
            client.get(url)
    for _ in range(runs):
        for url in urls:
            t0 = time.perf_counter()
            response = client.get(url)
            times[url].append(time.perf_counter() - t0)
            assert response.status_code == 200, (url, response.status_code)
    results = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        results.append((statistics.median(times[url]) * 1000, len(queries)))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--database-url")
    parser.add_argument("--breakdown", action="store_true",
                        help="at each size, also time the cards alone and the cards with their versions")
    args = parser.parse_args(argv)
    url = _django.setup(args.database_url)

    from django.contrib.auth.decorators import login_required
    from django.contrib.auth.models import Group, User
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import include, path

    import newsroom.urls

    bench_urls = type(sys)("bench_urls")
    bench_urls.urlpatterns = [path("floor/", floor_view), path("cards/", login_required(cards_view)),
                              path("cards-versions/", login_required(cards_with_versions_view)),
                              path("", include(newsroom.urls))]
    sys.modules["bench_urls"] = bench_urls

    editor, _ = User.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name="editors"))
    print(f"database: {url.split('@')[-1]}")
    print(f"{'claims':>8} {'queue ms':>9} {'floor ms':>9} {'ratio':>6} {'queue queries':>14} {'floor queries':>14}")
    with override_settings(ROOT_URLCONF="bench_urls", DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        for size in args.sizes:
            _django.reset_claims()
            _django.make_claims(size)
            _django.group_in_pairs()
            from django.db import connection

            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    # Freshly bulk-loaded rows cost hint-bit writes and heap visits on every read until vacuumed;
                    # autovacuum has long done that in a live database.
                    cursor.execute("VACUUM ANALYZE")
            client = Client()
            client.force_login(editor)
            parts = (("cards alone", "/cards/"), ("cards + versions", "/cards-versions/")) if args.breakdown else ()
            (queue_ms, queue_q), (floor_ms, floor_q), *part_results = time_pages(
                client, ["/review/", "/floor/", *(url for _, url in parts)], args.runs)
            print(f"{size:>8} {queue_ms:>9.2f} {floor_ms:>9.2f} {queue_ms / floor_ms:>6.2f} {queue_q:>14} {floor_q:>14}")
            for (label, _), (part_ms, part_q) in zip(parts, part_results):
                print(f"{'':>8} {label}: {part_ms:.2f} ms, {part_ms / floor_ms:.2f}x the floor, {part_q} queries")
    print("target: the queue within 3x of the floor at 100k claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
