"""Time cross-article grouping (claims/extraction/grouping.py) on synthetic claims.

    .venv/bin/python benchmarks/grouping_speed.py           # 500 … 4,000 claims
    .venv/bin/python benchmarks/grouping_speed.py --quick   # a smoke run (tests use it)

Grouping runs when a story is refreshed; its cost should grow far slower than the number of pairs.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction.grouping import group_items  # noqa: E402
from claims.tests.extraction.test_grouping import synthetic_items  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes, repeats = ((200, 400), 1) if args.quick else ((500, 1000, 2000, 4000), 3)
    print(f"{'claims':>8} {'groups':>8} {'median ms':>10} {'µs/claim':>9}")
    for n in sizes:
        items = synthetic_items(n)
        timings = []
        for _ in range(repeats):
            start = time.perf_counter()
            groups = group_items(items)
            timings.append(time.perf_counter() - start)
        ms = statistics.median(timings) * 1000
        print(f"{n:>8} {len(groups):>8} {ms:>10.1f} {ms * 1000 / n:>9.1f}")


if __name__ == "__main__":
    main()
