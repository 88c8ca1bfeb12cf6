"""Parse an RSS/Atom feed into entries (feedparser)."""
from __future__ import annotations

import calendar
import datetime as dt
import html
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit


class MalformedFeed(ValueError):
    """The bytes are not a feed feedparser can read."""


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: dt.datetime | None = None  # timezone-aware, UTC
    summary: str | None = None  # plain text, tags removed


def parse_feed(raw: bytes, *, base_url: str | None = None) -> list[FeedEntry]:
    """Return the feed's entries that link to an http(s) page, in feed order, without repeats.

    Raise MalformedFeed when the bytes are not a feed (an HTML page, broken XML, empty input).
    """
    import feedparser

    if not raw or not raw.strip():
        raise MalformedFeed("The feed is empty.")
    # bytes, never a str: feedparser would treat a str that looks like a URL as one to fetch
    parsed = feedparser.parse(bytes(raw), response_headers={"content-location": base_url} if base_url else None)
    result: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in parsed.get("entries") or []:
        url = _entry_url(entry, base_url)
        if url is None or url in seen:
            continue
        seen.add(url)
        result.append(FeedEntry(
            url=url,
            title=_text(entry.get("title")),
            published=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
            summary=_text(entry.get("summary")),
        ))
    # A broken document with nothing usable is an error; a valid feed may be empty.
    if not result and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        detail = f" ({_short(problem)})" if problem else ""
        raise MalformedFeed(f"This is not a readable RSS or Atom feed{detail}.")
    return result


def _entry_url(entry, base_url: str | None) -> str | None:
    """Return the entry's link made absolute, or its id when that is a URL; None for neither."""
    for candidate in (entry.get("link"), entry.get("id")):
        if not candidate:
            continue
        url = urljoin(base_url or "", str(candidate).strip())
        if urlsplit(url).scheme in {"http", "https"} and urlsplit(url).netloc:
            return url
    return None


def _when(parsed) -> dt.datetime | None:
    """Turn feedparser's UTC struct_time into an aware datetime."""
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text(value) -> str | None:
    """Return value as plain text: tags dropped, entities decoded, spaces collapsed."""
    if not value:
        return None
    parser = _TextOnly()
    parser.feed(str(value))
    parser.close()
    text = " ".join(html.unescape("".join(parser.parts)).split())
    return text or None


def _short(problem: object) -> str:
    text = str(problem).strip()
    return text[:160] + ("…" if len(text) > 160 else "")
