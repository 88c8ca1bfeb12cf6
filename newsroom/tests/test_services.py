"""Ingestion through the service every channel ends in."""
import pytest

from claims.models import Claim
from newsroom.models import Article, Source
from newsroom.services import IngestError, ingest_article, ingest_url, poll_source

from .articles import CENTRAL_BANK, EARTHQUAKE, ELECTION

pytestmark = pytest.mark.django_db


def test_pasted_article_is_cleaned_and_its_raw_input_kept():
    result = ingest_article(content=EARTHQUAKE, channel=Article.Channel.PASTE)
    article = result.article
    assert result.created
    assert bytes(article.raw_input) == EARTHQUAKE.encode("utf-8")
    assert "ضرب زلزال بقوة 6.1 درجات" in article.body
    for boilerplate in ("Advertisement", "كلمات دلالية", "اقرأ أيضاً", "منتخب الناشئين", "تاريخ النشر", "المصدر:"):
        assert boilerplate not in article.body
    assert article.title == "زلزال بقوة 6.1 درجات يضرب جنوب البلاد"
    assert str(article.published_on) == "2025-03-12"
    assert article.source_credit == "وكالات"
    assert article.language == "ar"
    assert article.status == Article.Status.QUEUED


def test_ingesting_queues_extraction_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article = ingest_article(content=CENTRAL_BANK, channel=Article.Channel.PASTE).article
    assert len(callbacks) == 1
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.extractor_version
    assert Claim.objects.filter(article=article).exists()


def test_the_same_text_twice_is_one_article():
    first = ingest_article(content=ELECTION, channel=Article.Channel.PASTE)
    again = ingest_article(content="\n" + ELECTION.replace("، ", "،  ") + "\n", channel=Article.Channel.API)
    assert not again.created
    assert again.article == first.article
    assert "already in the desk" in again.message
    assert Article.objects.count() == 1


@pytest.mark.parametrize("content", ["", "   \n\t  ", b"", b"\n\n"])
def test_empty_input_is_refused_with_a_message(content):
    with pytest.raises(IngestError, match="empty"):
        ingest_article(content=content, channel=Article.Channel.PASTE)
    assert not Article.objects.exists()


def test_binary_file_is_refused():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    with pytest.raises(IngestError):
        ingest_article(content=png, channel=Article.Channel.UPLOAD, filename="photo.txt")
    assert not Article.objects.exists()


def test_oversized_input_is_refused(settings):
    settings.INGEST_MAX_BYTES = 1000
    with pytest.raises(IngestError, match="limit"):
        ingest_article(content="كلمة " * 500, channel=Article.Channel.PASTE)


@pytest.mark.parametrize("encoding", ["windows-1256", "utf-16", "utf-16-le", "utf-8-sig"])
def test_uploaded_files_in_arabic_encodings_come_out_right(encoding):
    raw = CENTRAL_BANK.encode(encoding)
    article = ingest_article(content=raw, channel=Article.Channel.UPLOAD, filename="bank.txt").article
    assert "قرر البنك المركزي رفع سعر الفائدة" in article.body
    assert bytes(article.raw_input) == raw
    assert article.raw_encoding


def test_uploaded_html_keeps_the_main_text_only():
    html = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
    <title>البنك المركزي يرفع الفائدة</title></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
    <article><h1>البنك المركزي يرفع الفائدة</h1>{"".join(f"<p>{p}</p>" for p in CENTRAL_BANK.splitlines())}</article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    article = ingest_article(content=html.encode("utf-8"), channel=Article.Channel.UPLOAD, filename="bank.html").article
    assert "رفع سعر الفائدة الرئيسي بمقدار 50 نقطة أساس" in article.body
    assert "جميع الحقوق محفوظة" not in article.body
    assert "<p>" not in article.body


def test_outlet_name_files_the_article_under_a_source():
    article = ingest_article(content=ELECTION, channel=Article.Channel.PASTE, outlet="الشرق").article
    assert article.source == Source.objects.get(name="الشرق")


def test_url_is_fetched_and_ingested(local_site):
    page = f"<html><head><title>الانتخابات</title></head><body><article><p>{ELECTION}</p></article></body></html>"
    local_site.routes["/news/1"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8"))
    result = ingest_url(url=local_site.url("/news/1"))
    assert result.created
    assert result.article.url == local_site.url("/news/1")
    assert "نسبة المشاركة في الانتخابات التشريعية" in result.article.body
    assert ingest_url(url=local_site.url("/news/1")).created is False


@pytest.mark.parametrize("route, message", [
    ((404, {"Content-Type": "text/html"}, b"gone"), "404"),
    ((200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 ..."), "pdf"),
])
def test_bad_urls_are_refused_with_a_message(local_site, route, message):
    local_site.routes["/x"] = route
    with pytest.raises(IngestError, match=f"(?i){message}"):
        ingest_url(url=local_site.url("/x"))
    assert not Article.objects.exists()


def test_private_addresses_are_refused(settings):
    settings.INGEST_ALLOWED_HOSTS = frozenset()
    for url in ("http://127.0.0.1:9/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "file:///etc/passwd"):
        with pytest.raises(IngestError):
            ingest_url(url=url)


def test_redirect_to_a_private_address_is_refused(local_site, settings):
    local_site.routes["/go"] = (302, {"Location": "http://10.1.2.3/admin"}, b"")
    with pytest.raises(IngestError):
        ingest_url(url=local_site.url("/go"))


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>أخبار</title><link>{base}</link>
<item><title>الانتخابات</title><link>{base}/news/1</link><pubDate>Tue, 01 Apr 2025 10:00:00 GMT</pubDate></item>
<item><title>البنك المركزي</title><link>{base}/news/2</link><pubDate>Wed, 02 Apr 2025 10:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_feed_poll_ingests_new_entries_once(local_site):
    base = local_site.url("")
    local_site.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, RSS.format(base=base).encode())
    for path, text in (("/news/1", ELECTION), ("/news/2", CENTRAL_BANK)):
        html = f"<html><body><article><p>{text}</p></article></body></html>".encode()
        local_site.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, html)
    source = Source.objects.create(name="أخبار", feed_url=local_site.url("/feed.xml"))

    results = poll_source(source=source)
    assert [r.created for r in results] == [True, True]
    assert {a.source for a in Article.objects.all()} == {source}
    assert str(Article.objects.get(url=local_site.url("/news/1")).published_on) == "2025-04-01"
    assert poll_source(source=source) == []
    source.refresh_from_db()
    assert source.last_fetched_at and not source.last_error


def test_malformed_feed_is_recorded_on_the_source(local_site):
    local_site.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><item>")
    source = Source.objects.create(name="معطوب", feed_url=local_site.url("/feed.xml"))
    assert poll_source(source=source) == []
    source.refresh_from_db()
    assert source.last_error
    assert not Article.objects.exists()
