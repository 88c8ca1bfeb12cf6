"""Every write of the ingestion side: raw input in, a cleaned Article out, extraction queued."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.extraction.cleaning import clean_text
from claims.extraction.decoding import UndecodableInput, decode_bytes
from claims.extraction.language import detect_language

from .ingest.feeds import MalformedFeed, parse_feed
from .ingest.fetch import FetchError, fetch_url
from .ingest.html import NotAnArticle, html_to_article
from .models import Article, Source

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


class IngestError(Exception):
    """Input the desk cannot take in; the message is shown to the user as it is."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool

    @property
    def message(self) -> str:
        if self.created:
            return _("Article “%(title)s” added; claims are being extracted.") % {"title": self.article}
        return _("This article is already in the desk (added %(when)s): nothing was added.") % {
            "when": timezone.localtime(self.article.ingested_at).strftime("%Y-%m-%d %H:%M")
        }


def content_hash(body: str) -> str:
    """Return the de-duplication key of a body: the same words in the same order give the same key."""
    return hashlib.sha256(_SPACE.sub(" ", body).strip().encode("utf-8")).hexdigest()


def ingest_article(
    *,
    content: bytes | str,
    channel: str,
    filename: str = "",
    content_type: str = "",
    title: str = "",
    outlet: str = "",
    url: str | None = None,
    published: dt.date | str | None = None,
    source: Source | None = None,
    user=None,
    queue: bool = True,
    encoding_hint: str | None = None,
) -> IngestResult:
    """Clean raw input into an Article, or return the article it duplicates, and queue its extraction.

    With queue=False the caller runs the extraction itself (``--sync``).
    """
    raw = content.encode("utf-8") if isinstance(content, str) else content
    if not raw.strip():
        raise IngestError(_("The article is empty: paste or upload some text."))
    if len(raw) > settings.INGEST_MAX_BYTES:
        raise IngestError(
            _("The input is %(size)s bytes; the limit is %(limit)s bytes.")
            % {"size": f"{len(raw):,}", "limit": f"{settings.INGEST_MAX_BYTES:,}"}
        )
    try:
        decoded = decode_bytes(raw, hint=encoding_hint)
    except UndecodableInput as exc:
        raise IngestError(str(exc)) from exc

    # NUL characters carry no text and PostgreSQL refuses them; the raw bytes keep them.
    text, html_meta = decoded.text.replace("\x00", ""), None
    if _looks_like_html(raw, filename, content_type):
        try:
            html_meta = html_to_article(text, url=url)
        except NotAnArticle as exc:
            raise IngestError(str(exc)) from exc
        text = html_meta.text
    if not text.strip():
        raise IngestError(_("The article is empty: there is no text in it."))

    cleaned = clean_text(text, outlet=outlet or None)
    if not cleaned.body.strip():
        raise IngestError(_("Nothing is left of this text once boilerplate is removed: it holds no article."))

    published_on = _as_date(published) or _as_date(getattr(html_meta, "published", None)) or _as_date(cleaned.published)
    source = source or _find_source(outlet=outlet, url=url)
    url = url or None
    existing = _find_duplicate(body=cleaned.body, url=url)
    if existing:
        return IngestResult(existing, created=False)

    article = Article(
        source=source,
        url=url,
        title=(title or getattr(html_meta, "title", None) or cleaned.title or "")[:500],
        published_on=published_on,
        published_precision=Article.Precision.DAY if published_on else Article.Precision.UNKNOWN,
        source_credit=(cleaned.source_credit or "")[:300],
        language=detect_language(cleaned.body) or "",
        raw_input=raw,
        raw_encoding=decoded.encoding,
        raw_content_type=content_type[:100],
        raw_filename=filename[:255],
        body=cleaned.body,
        removed=list(cleaned.removed),
        content_hash=content_hash(cleaned.body),
        channel=channel,
        ingested_by=user if getattr(user, "is_authenticated", False) else None,
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # Another request saved the same text between our check and our insert.
        duplicate = _find_duplicate(body=cleaned.body, url=url)
        if duplicate is None:
            raise
        return IngestResult(duplicate, created=False)
    if queue:
        queue_extraction(article)
    return IngestResult(article, created=True)


def ingest_url(*, url: str, user=None, source: Source | None = None, **fields) -> IngestResult:
    """Fetch a web page through the SSRF guard and ingest it."""
    existing = Article.objects.filter(url=url).first()
    if existing:
        return IngestResult(existing, created=False)
    try:
        page = fetch_url(
            url,
            timeout=settings.INGEST_FETCH_TIMEOUT,
            max_bytes=settings.INGEST_MAX_BYTES,
            allowed_hosts=settings.INGEST_ALLOWED_HOSTS,
        )
    except FetchError as exc:
        raise IngestError(str(exc)) from exc
    return ingest_article(
        content=page.raw, channel=fields.pop("channel", Article.Channel.URL), content_type=page.content_type,
        url=url, user=user, source=source, encoding_hint=page.encoding, **fields,
    )


def poll_source(*, source: Source) -> list[IngestResult]:
    """Fetch a source's feed and ingest its new entries; record the outcome on the source."""
    results: list[IngestResult] = []
    try:
        feed = fetch_url(
            source.feed_url,
            timeout=settings.INGEST_FETCH_TIMEOUT,
            max_bytes=settings.INGEST_MAX_BYTES,
            allowed_hosts=settings.INGEST_ALLOWED_HOSTS,
            accept_feeds=True,
        )
        entries = parse_feed(feed.raw, base_url=source.feed_url)
    except (FetchError, MalformedFeed) as exc:
        _record_poll(source, error=str(exc))
        return results
    errors = []
    for entry in entries:
        if not entry.url or Article.objects.filter(url=entry.url).exists():
            continue
        try:
            results.append(ingest_url(url=entry.url, source=source, title=entry.title or "",
                                      published=entry.published, channel=Article.Channel.FEED))
        except IngestError as exc:
            errors.append(f"{entry.url}: {exc}")
    _record_poll(source, error="\n".join(errors))
    return results


def queue_extraction(article: Article) -> None:
    """Queue claim extraction for an article once the current transaction commits."""
    from claims.tasks import extract_article_task

    extract_article_task.delay_on_commit(article.pk)


def _record_poll(source: Source, *, error: str) -> None:
    source.last_fetched_at = timezone.now()
    source.last_error = error
    source.save(update_fields=["last_fetched_at", "last_error"])


def _find_duplicate(*, body: str, url: str | None) -> Article | None:
    by_text = Article.objects.filter(content_hash=content_hash(body)).first()
    if by_text or not url:
        return by_text
    return Article.objects.filter(url=url).first()


def _find_source(*, outlet: str, url: str | None) -> Source | None:
    outlet = (outlet or "").strip()
    if outlet:
        return Source.objects.filter(name__iexact=outlet).first() or Source.objects.create(name=outlet[:200])
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    host = host.removeprefix("www.")
    for source in Source.objects.exclude(homepage="", feed_url=""):
        for link in (source.homepage, source.feed_url):
            link_host = (urlsplit(link).hostname or "").removeprefix("www.")
            if link_host and link_host == host:
                return source
    return None


def _looks_like_html(raw: bytes, filename: str, content_type: str) -> bool:
    if content_type.split(";")[0].strip().lower() in HTML_TYPES:
        return True
    if filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_SNIFF.match(raw[:512].lstrip(b"\xef\xbb\xbf")))


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
