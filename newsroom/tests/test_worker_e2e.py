"""End to end through a real Celery worker process: the API queues extraction, the worker does it.

Needs PostgreSQL and Redis (bin/test provides both); skipped without them, failed without them in CI.
"""
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.authtoken.models import Token

from claims.models import Claim
from claims.tasks import extract_article_task
from newsroom.models import Article

pytestmark = [pytest.mark.worker, pytest.mark.postgres]

ARTICLE = """أعلنت وزارة الصحة يوم الاثنين 3 فبراير 2025 أن عدد المصابين بالحمى في المحافظات الشمالية بلغ 412 حالة.
وقال وزير الصحة في مؤتمر صحافي إن "الوضع تحت السيطرة" وإن الوزارة أرسلت 20 فريقاً طبياً إلى المنطقة.
وأضاف أن المستشفيات استقبلت أكثر من 90 مريضاً خلال الأسبوع الماضي.
"""


def editor_permissions(user):
    """Put the user in the editors role (the groups survive the flush of transactional tests: claims/roles.py)."""
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def api_token(transactional_db):
    user = editor_permissions(get_user_model().objects.create_user("api-editor", password="pw-for-tests"))
    return Token.objects.create(user=user).key


def poll_article(client, token, article_id, *, until, timeout=60.0):
    deadline = time.monotonic() + timeout
    while True:
        response = client.get(f"/api/articles/{article_id}/", HTTP_AUTHORIZATION=f"Token {token}")
        assert response.status_code == 200, response.content
        data = response.json()
        if data["status"] in until or time.monotonic() > deadline:
            return data
        time.sleep(0.25)


def test_posted_article_is_extracted_by_the_worker(celery_worker_process, client, api_token):
    response = client.post(
        "/api/articles/",
        {"text": ARTICLE, "title": "الحمى في المحافظات الشمالية", "outlet": "وكالة الأنباء"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {api_token}",
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["duplicate"] is False
    assert created["status"] in {"queued", "extracting", "done"}

    data = poll_article(client, api_token, created["id"], until={"done", "failed"})

    assert data["status"] == "done", f"article ended {data['status']!r}: {data['error']}"
    assert data["error"] == ""
    assert data["language"] == "ar"
    claims = Claim.objects.filter(article_id=created["id"])
    assert claims.count() > 0
    assert data["claim_count"] == claims.count()
    assert data["extractor_version"]
    # The worker, not this process, did the work.
    celery_worker_process.wait_for_log(r"extract_article_task\[[^\]]+\] succeeded in [0-9.]+s: '\d+ claims'")


def test_task_for_a_deleted_article_finishes_quietly(celery_worker_process):
    user = get_user_model().objects.create_user("someone")
    article = Article.objects.create(
        title="سيحذف", body="خبر قصير سيحذف قبل استخراج الادعاءات.", raw_input=b"x", content_hash="deleted-1",
        channel=Article.Channel.API, ingested_by=user,
    )
    article_id = article.pk
    article.delete()

    extract_article_task.delay(article_id)

    celery_worker_process.wait_for_log(r"extract_article_task\[[^\]]+\] succeeded in [0-9.]+s: 'missing'")
    log = celery_worker_process.log()
    assert "Traceback" not in log
    assert "ERROR" not in log
    assert not Article.objects.filter(pk=article_id).exists()
