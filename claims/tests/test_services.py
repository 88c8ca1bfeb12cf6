"""Turning extractor output into claims: idempotent, and never over an editor's decision."""
import pytest

from claims.extraction import EXTRACTOR_VERSION
from claims.models import Claim
from claims.services import extract_claims
from claims.tasks import extract_article_task
from newsroom.models import Article
from newsroom.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BODY = ("قال وزير المالية يوم الأحد إن العجز بلغ 3 مليارات دولار في عام 2024.\n"
        "وأضاف أن الحكومة ستخفض الإنفاق بنحو 10% خلال الربع الأول من العام المقبل.")


def snapshot(article):
    return list(article.claims.order_by("start").values_list("kind", "start", "end", "date_value", "quantity_value"))


def test_extracting_twice_leaves_the_same_claims():
    article = ArticleFactory(body=BODY, published_on="2025-02-02")
    extract_claims(article=article)
    first = snapshot(article)
    extract_claims(article=article)
    assert first and snapshot(article) == first
    assert article.extractor_version == EXTRACTOR_VERSION


def test_claim_spans_point_into_the_body():
    article = ArticleFactory(body=BODY, published_on="2025-02-02")
    for claim in extract_claims(article=article):
        assert article.body[claim.start:claim.end] == claim.text


def test_re_extraction_keeps_decided_claims():
    article = ArticleFactory(body=BODY, published_on="2025-02-02")
    claim = extract_claims(article=article)[0]
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CONFIRMED)
    extract_claims(article=article)
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.CONFIRMED
    assert article.claims.filter(start=claim.start, end=claim.end, kind=claim.kind).count() == 1


def test_task_records_a_failure_and_keeps_the_raw_input(monkeypatch):
    article = ArticleFactory(body=BODY)

    def broken(**kwargs):
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr("claims.tasks.extract_claims", broken)
    assert extract_article_task(article.pk) == "failed"
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "extractor exploded" in article.error
    assert bytes(article.raw_input) == BODY.encode("utf-8")


def test_task_for_a_deleted_article_does_nothing():
    assert extract_article_task(987654) == "missing"


def test_task_marks_the_article_done():
    article = ArticleFactory(body=BODY, published_on="2025-02-02", status=Article.Status.QUEUED)
    extract_article_task(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.claims.count() >= 1
