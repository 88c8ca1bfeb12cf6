"""The review queue page, without and with htmx."""
import pytest
from django.urls import reverse

from claims.models import Claim

from .factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_queue_shows_pending_claims_most_check_worthy_first(editor_client):
    low = ClaimFactory(score=0.2)
    high = ClaimFactory(score=0.9)
    ClaimFactory(score=0.95, status=Claim.Status.CONFIRMED)
    page = editor_client.get(reverse("claims:queue")).content.decode()
    assert page.index(f'id="claim-{high.pk}"') < page.index(f'id="claim-{low.pk}"')
    assert page.count('class="claim-card') == 2
    assert "<mark>" in page and 'dir="rtl"' in page


def test_queue_filters_and_search(editor_client):
    wanted = ClaimFactory(speaker="لويد أوستن", quantity_value=3000, kind=Claim.Kind.QUANTITY)
    ClaimFactory(speaker="بيسكوف")
    for query in ({"speaker": "أوستن"}, {"has_number": "true"}, {"kind": "quantity"}, {"q": "أوستن"}):
        page = editor_client.get(reverse("claims:queue"), query).content.decode()
        assert page.count('class="claim-card') == 1 and f'id="claim-{wanted.pk}"' in page, query


def test_confirm_without_javascript_redirects_back_with_a_message(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(reverse("claims:decide", args=[claim.pk]),
                                  {"decision": "confirm", "version": 1, "next": reverse("claims:queue")}, follow=True)
    assert "Claim confirmed" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.CONFIRMED


def test_htmx_decision_returns_the_decided_card(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(reverse("claims:decide", args=[claim.pk]),
                                  {"decision": "reject", "reason": "not_a_claim", "version": 1},
                                  headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith("<article") and 'data-status="rejected"' in html and "just-decided" in html


def test_htmx_conflict_is_a_409_with_the_other_decision(editor_client, other_editor, client):
    claim = ClaimFactory()
    from claims.services import decide_claim

    decide_claim(claim=claim, editor=other_editor, action="confirm", version=1)
    response = editor_client.post(reverse("claims:decide", args=[claim.pk]),
                                  {"decision": "reject", "reason": "duplicate", "version": 1},
                                  headers={"HX-Request": "true"})
    assert response.status_code == 409
    assert "karim already decided this claim" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.CONFIRMED


def test_correct_from_the_form_only_changes_edited_fields(editor_client):
    claim = ClaimFactory(date_value="2024-11-06", speaker="الكرملين")
    editor_client.post(reverse("claims:decide", args=[claim.pk]), {
        "decision": "confirm", "version": 1, "text": claim.text, "date_value": "2024-11-08",
        "quantity_value": "", "quantity_qualifier": "", "quantity_unit": "", "speaker": "الكرملين"})
    claim.refresh_from_db()
    decision = claim.decisions.get()
    assert (claim.status, claim.date_value, decision.action) == (Claim.Status.CONFIRMED, "2024-11-08", "correct")
    assert [name for name, _, _ in decision.changes() if name not in ("status", "date_start", "date_end")] == [
        "date_value"]


def test_undo_and_history_page(editor_client):
    claim = ClaimFactory()
    editor_client.post(reverse("claims:decide", args=[claim.pk]), {"decision": "confirm", "version": 1})
    editor_client.post(reverse("claims:undo"))
    claim.refresh_from_db()
    assert claim.status == Claim.Status.PENDING
    history = editor_client.get(claim.get_absolute_url()).content.decode()
    assert "Undone" in history and "Confirmed" in history and "(undone)" in history


def test_bulk_confirm(editor_client):
    a, b = ClaimFactory.create_batch(2)
    editor_client.post(reverse("claims:bulk"), {"decision": "confirm", "selected": [a.pk, b.pk],
                                                f"version-{a.pk}": 1, f"version-{b.pk}": 1})
    assert set(Claim.objects.values_list("status", flat=True)) == {Claim.Status.CONFIRMED}


def test_viewers_see_no_decision_buttons(client, viewer):
    ClaimFactory()
    client.force_login(viewer)
    page = client.get(reverse("claims:queue")).content.decode()
    assert 'class="claim-card' in page and "decide-form" not in page


@pytest.mark.parametrize("size", [5, 20])
def test_queue_runs_a_constant_number_of_queries(editor_client, django_assert_max_num_queries, size):
    ClaimFactory.create_batch(size)
    with django_assert_max_num_queries(12):  # session, user, count, claims, 2 prefetches, filter choices…
        response = editor_client.get(reverse("claims:queue"))
    assert response.content.decode().count('class="claim-card') == size


def test_a_long_queue_is_counted_up_to_a_cap(editor_client, monkeypatch):
    from claims.views.review import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "cap", 3)
    ClaimFactory.create_batch(5)
    page = editor_client.get(reverse("claims:queue")).content.decode()
    assert "more than 3 claims" in page and page.count('class="claim-card') == 5


def test_a_card_shows_every_quantity_of_its_sentence(editor_client):
    ClaimFactory(kind=Claim.Kind.QUANTITY, quantity_value=4, quantity_unit="ألوية", quantity_qualifier="up_to",
                 quantities=[{"value": 4, "unit": "ألوية", "qualifier": "up_to", "expression": "ما يصل إلى أربعة ألوية"},
                             {"value": 12000, "unit": "جندي", "qualifier": "up_to", "expression": "12 ألف جندي"}])
    page = editor_client.get(reverse("claims:queue")).content.decode()
    assert "12,000" in page and "12 ألف جندي" in page
