"""GET /api/claims/, POST decision (409 on a stale version), GET history."""
import pytest
from rest_framework.test import APIClient

from claims.models import Claim

from .factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_list_is_paginated_and_filtered(api):
    ClaimFactory.create_batch(3, kind=Claim.Kind.EVENT)
    ClaimFactory(kind=Claim.Kind.QUANTITY, quantity_value=12000)
    data = api.get("/api/claims/", {"kind": "quantity"}).json()
    assert data["count"] == 1 and data["results"][0]["quantity_value"] == 12000
    assert {"next", "previous", "results"} <= data.keys()
    assert data["results"][0]["article"]["outlet"]


def test_decision_then_stale_decision_gets_409(api, other_editor):
    claim = ClaimFactory()
    ok = api.post(f"/api/claims/{claim.pk}/decision/", {"decision": "correct", "version": 1,
                                                         "date_value": "2024-06"}, format="json")
    assert ok.status_code == 200 and ok.json()["version"] == 2 and ok.json()["date_precision"] == "month"
    other = APIClient()
    other.force_authenticate(other_editor)
    stale = other.post(f"/api/claims/{claim.pk}/decision/", {"decision": "reject", "reason": "duplicate",
                                                             "version": 1}, format="json")
    assert stale.status_code == 409
    body = stale.json()
    assert body["decision"]["editor"] == "mona" and body["claim"]["status"] == "confirmed"
    history = api.get(f"/api/claims/{claim.pk}/history/").json()
    assert [d["action"] for d in history] == ["correct"]


def test_reject_without_reason_is_a_400(api):
    claim = ClaimFactory()
    response = api.post(f"/api/claims/{claim.pk}/decision/", {"decision": "reject", "version": 1}, format="json")
    assert response.status_code == 400 and "reason" in response.json()["detail"]


@pytest.mark.parametrize("size", [5, 30])
def test_claims_api_runs_a_constant_number_of_queries(api, django_assert_max_num_queries, size):
    ClaimFactory.create_batch(size)
    with django_assert_max_num_queries(6):
        assert len(api.get("/api/claims/").json()["results"]) == size
