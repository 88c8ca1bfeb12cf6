"""python -m claims.extraction FILE [--published YYYY-MM-DD] [--outlet NAME] [--url URL]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import extract_article
from .decoding import decode_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction", description=__doc__)
    parser.add_argument("file", help="article text file, or - for standard input")
    parser.add_argument("--published", help="publication date YYYY-MM-DD, from outside the text")
    parser.add_argument("--outlet")
    parser.add_argument("--url")
    args = parser.parse_args(argv)
    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    text = decode_bytes(raw).text
    result = extract_article(text, published=args.published, outlet=args.outlet, url=args.url)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
