"""The browser pages, through Django's test client."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.models import Article

from .articles import ELECTION
from .factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name, args", [("newsroom:article-list", []), ("newsroom:ingest", []),
                                        ("newsroom:article-detail", [1])])
def test_pages_need_a_login(client, name, args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_pasting_an_article_shows_it(logged_in_client):
    response = logged_in_client.post(reverse("newsroom:ingest"), {"text": ELECTION, "outlet": "الشرق"}, follow=True)
    article = Article.objects.get()
    assert response.redirect_chain[-1][0] == article.get_absolute_url()
    assert "نسبة المشاركة في الانتخابات التشريعية" in response.content.decode()
    assert "claims are being extracted" in response.content.decode()
    listing = logged_in_client.get(reverse("newsroom:article-list")).content.decode()
    assert "الشرق" in listing and 'data-status="' in listing


def test_uploading_a_file(logged_in_client):
    upload = SimpleUploadedFile("bank.txt", ELECTION.encode("windows-1256"), content_type="text/plain")
    logged_in_client.post(reverse("newsroom:ingest"), {"file": upload})
    assert "نسبة المشاركة" in Article.objects.get().body


def test_a_refused_input_keeps_what_was_typed(logged_in_client):
    response = logged_in_client.post(reverse("newsroom:ingest"), {"text": "   ", "title": "عنوان مهم"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Paste the article text" in page
    assert "عنوان مهم" in page
    assert not Article.objects.exists()


def test_a_duplicate_says_so_and_adds_nothing(logged_in_client):
    logged_in_client.post(reverse("newsroom:ingest"), {"text": ELECTION})
    response = logged_in_client.post(reverse("newsroom:ingest"), {"text": ELECTION}, follow=True)
    assert "already in the desk" in response.content.decode()
    assert Article.objects.count() == 1


def test_wrong_file_type_is_refused(logged_in_client):
    upload = SimpleUploadedFile("scan.pdf", b"%PDF-1.4", content_type="application/pdf")
    response = logged_in_client.post(reverse("newsroom:ingest"), {"file": upload})
    assert ".txt or .html" in response.content.decode()
    assert not Article.objects.exists()


def test_list_polls_while_extraction_runs_and_stops_after(logged_in_client):
    article = ArticleFactory(status=Article.Status.QUEUED)
    assert 'hx-trigger="every 2s"' in logged_in_client.get(reverse("newsroom:article-list")).content.decode()
    fragment = logged_in_client.get(reverse("newsroom:article-list"), headers={"HX-Request": "true"})
    assert fragment.content.decode().lstrip().startswith('<tbody id="article-rows"')
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)
    assert "every 2s" not in logged_in_client.get(reverse("newsroom:article-list")).content.decode()


def test_article_page_highlights_claims(logged_in_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        logged_in_client.post(reverse("newsroom:ingest"), {"text": ELECTION, "published": "2025-03-20"})
    article = Article.objects.get()
    page = logged_in_client.get(article.get_absolute_url()).content.decode()
    assert article.claims.exists()
    assert page.count('<mark class="claim') >= 1
    assert 'dir="auto"' in page


def test_a_url_given_with_pasted_text_is_kept_as_metadata(logged_in_client):
    logged_in_client.post(reverse("newsroom:ingest"), {"text": ELECTION, "url": "https://alsharq.example/news/7"})
    assert Article.objects.get().url == "https://alsharq.example/news/7"


def test_a_url_alone_is_fetched(logged_in_client, local_site):
    local_site.routes["/n"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                               f"<html><body><article><p>{ELECTION}</p></article></body></html>".encode())
    response = logged_in_client.post(reverse("newsroom:ingest"), {"url": local_site.url("/n")}, follow=True)
    article = Article.objects.get()
    assert article.channel == Article.Channel.URL and "نسبة المشاركة" in response.content.decode()


def test_a_url_that_cannot_be_fetched_says_why_and_keeps_the_form(logged_in_client, settings):
    settings.INGEST_ALLOWED_HOSTS = frozenset()
    response = logged_in_client.post(reverse("newsroom:ingest"), {"url": "http://127.0.0.1:9/x", "title": "عنوان"})
    page = response.content.decode()
    assert response.status_code == 200 and 'class="error"' in page and "عنوان" in page
    assert not Article.objects.exists()


def test_an_untitled_article_is_named_by_its_first_sentence_not_its_summary_marker():
    article = ArticleFactory(title="", body="ملخص:\n- صدق المجلس على المعاهدة.\nنص المقال.")
    assert str(article) == "صدق المجلس على المعاهدة."


def test_an_untitled_article_page_is_headed_by_its_first_line_and_says_so(logged_in_client):
    article = ArticleFactory(title="", body="ملخص:\n- صدق المجلس على المعاهدة.\nنص المقال.")
    page = logged_in_client.get(article.get_absolute_url()).content.decode()
    assert '<h1 dir="auto" class="untitled">صدق المجلس على المعاهدة.</h1>' in page
    assert "The text has no title" in page
    titled = ArticleFactory(title="عنوان الخبر", body="نص آخر.")
    page = logged_in_client.get(titled.get_absolute_url()).content.decode()
    assert '<h1 dir="auto">عنوان الخبر</h1>' in page and "The text has no title" not in page
