"""Export time and peak memory for a story of 10k and 100k confirmed claims, in every format.

    .venv/bin/python benchmarks/export_memory.py                # PostgreSQL (BENCH_DATABASE_URL or local 'newsroom_bench')
    .venv/bin/python benchmarks/export_memory.py --sizes 1000   # a quick run

Exports stream from a server-side cursor, so peak memory should stay flat as the story grows.
Peak memory is Python's allocations while the export is consumed (tracemalloc).
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _django  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--database-url")
    args = parser.parse_args(argv)
    url = _django.setup(args.database_url)

    from django.contrib.auth.models import User

    from claims.exports import EXPORTS, export_story
    from claims.models import Claim, Story

    editor, _ = User.objects.get_or_create(username="bench-editor")
    print(f"database: {url.split('@')[-1]}")
    print(f"{'claims':>8} {'format':<12} {'seconds':>8} {'MiB out':>8} {'peak MiB':>9}")
    for size in args.sizes:
        _django.reset_claims()
        story = Story.objects.create(title="قصة للقياس")
        _django.make_claims(size, status="confirmed", story=story)
        Claim.objects.update(reviewed_by=editor)
        for name in EXPORTS:
            t0 = time.perf_counter()
            written = sum(len(chunk.encode("utf-8")) for chunk in export_story(story, name, "https://desk.example"))
            seconds = time.perf_counter() - t0
            tracemalloc.start()  # a second pass: tracing slows Python down too much to time the first
            for _chunk in export_story(story, name, "https://desk.example"):
                pass
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"{size:>8} {name:<12} {seconds:>8.2f} {written / 2**20:>8.1f} {peak / 2**20:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
