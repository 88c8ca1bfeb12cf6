"""Every page and API endpoint against every role: viewers read, editors review, admins also curate."""
import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from newsroom.tests.factories import UserFactory

from .factories import ClaimFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "viewer", "editor", "admin"]
OK, LOGIN, DENIED = "ok", "login", "denied"


def endpoints(claim, api_claim):
    a = claim.article_id
    decide = {"decision": "confirm", "version": 1}
    return [
        # (method, url, data, expected per role: anonymous, viewer, editor, admin)
        ("get", reverse("newsroom:article-list"), None, (LOGIN, OK, OK, OK)),
        ("get", reverse("newsroom:article-detail", args=[a]), None, (LOGIN, OK, OK, OK)),
        ("get", reverse("newsroom:article-status", args=[a]), None, (LOGIN, OK, OK, OK)),
        ("get", reverse("newsroom:ingest"), None, (LOGIN, DENIED, OK, OK)),
        ("get", reverse("claims:queue"), None, (LOGIN, OK, OK, OK)),
        ("get", reverse("claims:queue-count"), None, (LOGIN, OK, OK, OK)),
        ("get", reverse("claims:claim-detail", args=[claim.pk]), None, (LOGIN, OK, OK, OK)),
        ("post", reverse("claims:decide", args=[claim.pk]), decide, (LOGIN, DENIED, OK, OK)),
        ("post", reverse("claims:undo"), {}, (LOGIN, DENIED, OK, OK)),
        ("post", reverse("claims:bulk"), {"decision": "confirm"}, (LOGIN, DENIED, OK, OK)),
        ("post", reverse("claims:batch"), {}, (LOGIN, DENIED, OK, OK)),
        ("get", reverse("admin:newsroom_source_changelist"), None, (LOGIN, LOGIN, LOGIN, OK)),
        ("api-get", "/api/articles/", None, (DENIED, OK, OK, OK)),
        ("api-post", "/api/articles/", {"text": "قال الوزير إن النمو بلغ 3%."}, (DENIED, DENIED, OK, OK)),
        ("api-get", "/api/sources/", None, (DENIED, OK, OK, OK)),
        ("api-get", "/api/claims/", None, (DENIED, OK, OK, OK)),
        ("api-get", f"/api/claims/{claim.pk}/", None, (DENIED, OK, OK, OK)),
        ("api-get", f"/api/claims/{claim.pk}/history/", None, (DENIED, OK, OK, OK)),
        ("api-post", f"/api/claims/{api_claim.pk}/decision/", decide, (DENIED, DENIED, OK, OK)),
    ]


def user_for(role):
    if role == "anonymous":
        return None
    if role == "admin":
        return UserFactory(username="ada", role="admins", is_staff=True)
    return UserFactory(username=role, role=f"{role}s")


def outcome(method, response):
    if method.startswith("api"):
        return OK if response.status_code in (200, 201) else DENIED if response.status_code in (401, 403) else None
    if response.status_code == 302:
        return LOGIN if "login" in response.url else OK  # a decision without JS redirects back to the queue
    return OK if response.status_code == 200 else DENIED if response.status_code == 403 else None


@pytest.mark.parametrize("role_index, role", list(enumerate(ROLES)))
def test_role_matrix(client, role_index, role):
    user = user_for(role)
    api = APIClient()
    if user:
        client.force_login(user)
        api.force_authenticate(user)
    mismatches = []
    for method, url, data, expected in endpoints(ClaimFactory(), ClaimFactory()):
        if method == "get":
            response = client.get(url)
        elif method == "post":
            response = client.post(url, data)
        elif method == "api-get":
            response = api.get(url)
        else:
            response = api.post(url, data, format="json")
        got = outcome(method, response)
        if got != expected[role_index]:
            mismatches.append((method, url, expected[role_index], got, response.status_code))
    assert mismatches == []


def test_a_removed_role_stops_working_once_the_sessions_permissions_expire(client, monkeypatch, settings):
    from django.contrib.auth.models import Group

    settings.PERMISSIONS_SESSION_SECONDS = 60
    now = [1_000_000.0]
    monkeypatch.setattr("newsroom.middleware.time.time", lambda: now[0])
    editor = user_for("editor")
    client.force_login(editor)
    claim = ClaimFactory()
    assert "decide-form" in client.get(reverse("claims:queue")).content.decode()

    editor.groups.remove(Group.objects.get(name="editors"))
    editor.groups.add(Group.objects.get(name="viewers"))
    now[0] += 30  # still within the session's minute: the page keeps its buttons
    assert "decide-form" in client.get(reverse("claims:queue")).content.decode()
    now[0] += 31
    assert "decide-form" not in client.get(reverse("claims:queue")).content.decode()

    response = client.post(reverse("claims:decide", args=[claim.pk]), {"decision": "confirm", "version": 1})
    assert response.status_code == 403

    editor.groups.add(Group.objects.get(name="editors"))
    client.get(reverse("claims:queue"))  # the session now holds "viewer" for a minute…
    client.post(reverse("login"), {"username": editor.username, "password": "pw-for-tests"})
    assert "decide-form" in client.get(reverse("claims:queue")).content.decode()  # …until they sign in again


def test_with_no_session_cache_a_removed_role_stops_at_once(client, settings):
    from django.contrib.auth.models import Group

    settings.PERMISSIONS_SESSION_SECONDS = 0
    editor = user_for("editor")
    client.force_login(editor)
    claim = ClaimFactory()
    client.get(reverse("claims:queue"))
    editor.groups.remove(Group.objects.get(name="editors"))
    response = client.post(reverse("claims:decide", args=[claim.pk]), {"decision": "confirm", "version": 1})
    assert response.status_code == 403
