"""Editors' decisions: recorded, validated, never lost to a concurrent editor."""
import datetime as dt

import pytest

from claims.models import Claim, Decision
from claims.services import (
    ClaimNotReviewable,
    StaleClaim,
    assign_batch,
    decide_claim,
    decide_claims,
    extract_claims,
    undo_last_decision,
)
from newsroom.tests.factories import ArticleFactory

from .factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_confirm_records_who_and_when(editor):
    claim = ClaimFactory()
    claim = decide_claim(claim=claim, editor=editor, action="confirm", version=1)
    assert (claim.status, claim.version, claim.reviewed_by) == (Claim.Status.CONFIRMED, 2, editor)
    decision = claim.decisions.get()
    assert (decision.action, decision.editor, decision.old_values["status"], decision.new_values["status"]) == (
        "confirm", editor, "pending", "confirmed")


def test_reject_needs_a_reason(editor):
    claim = ClaimFactory()
    with pytest.raises(ClaimNotReviewable, match="reason"):
        decide_claim(claim=claim, editor=editor, action="reject", version=1)
    claim = decide_claim(claim=claim, editor=editor, action="reject", version=1, reason="duplicate",
                         note="same as the summary line")
    assert (claim.status, claim.reject_reason) == (Claim.Status.REJECTED, "duplicate")
    assert claim.decisions.get().note == "same as the summary line"


def test_correcting_a_date_sets_its_calendar_span(editor):
    claim = ClaimFactory(date_value="2024-11-06")
    claim = decide_claim(claim=claim, editor=editor, action="correct", version=1,
                         corrections={"date_value": "2024-11-08", "speaker": "الكرملين"})
    assert (claim.status, claim.date_value, claim.date_start, claim.date_precision, claim.speaker) == (
        Claim.Status.CONFIRMED, "2024-11-08", dt.date(2024, 11, 8), "day", "الكرملين")
    decision = claim.decisions.get()
    assert decision.old_values["date_value"] == "2024-11-06"
    assert decision.new_values["date_value"] == "2024-11-08"


@pytest.mark.parametrize("value", ["XXXX-06", "XXXX-WXX-3", "XXXX-XX-15"])
def test_a_date_of_unknown_year_is_kept_as_written(editor, value):
    claim = decide_claim(claim=ClaimFactory(), editor=editor, action="correct", version=1,
                         corrections={"date_value": value})
    assert (claim.date_value, claim.date_precision, claim.date_start) == (value, "unknown_year", None)


@pytest.mark.parametrize("corrections, message", [
    ({"date_value": "next week"}, "not a date"),
    ({"quantity_value": "many"}, "not a number"),
    ({"quantity_qualifier": "roughly"}, "qualifier"),
    ({"text": "  "}, "empty"),
])
def test_bad_corrections_are_refused_and_change_nothing(editor, corrections, message):
    claim = ClaimFactory()
    with pytest.raises(ClaimNotReviewable, match=message):
        decide_claim(claim=claim, editor=editor, action="correct", version=1, corrections=corrections)
    claim.refresh_from_db()
    assert (claim.status, claim.version, claim.decisions.count()) == (Claim.Status.PENDING, 1, 0)


def test_a_stale_version_is_refused_and_names_the_other_decision(editor, other_editor):
    claim = ClaimFactory()
    decide_claim(claim=claim, editor=editor, action="confirm", version=1)
    with pytest.raises(StaleClaim) as conflict:
        decide_claim(claim=claim, editor=other_editor, action="reject", version=1, reason="unverifiable")
    assert "mona" in str(conflict.value) and "confirmed" in str(conflict.value)
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (Claim.Status.CONFIRMED, 2)
    assert list(claim.decisions.values_list("editor__username", flat=True)) == ["mona"]


def test_undo_restores_the_claim_and_is_recorded(editor):
    claim = ClaimFactory(date_value="2024-11-06")
    decide_claim(claim=claim, editor=editor, action="correct", version=1, corrections={"date_value": "2024-11-08"})
    claim = undo_last_decision(editor=editor)
    assert (claim.status, claim.date_value, claim.date_start, claim.version) == (
        Claim.Status.PENDING, "2024-11-06", None, 3)
    assert claim.reviewed_by is None
    assert list(claim.decisions.values_list("action", "undone")) == [("undo", False), ("correct", True)]
    assert undo_last_decision(editor=editor) is None


def test_undo_does_not_overwrite_a_later_decision_by_someone_else(editor, other_editor):
    claim = ClaimFactory()
    decide_claim(claim=claim, editor=editor, action="confirm", version=1)
    decide_claim(claim=claim, editor=other_editor, action="reject", version=2, reason="wrong_extraction")
    with pytest.raises(StaleClaim):
        undo_last_decision(editor=editor)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.REJECTED


def test_bulk_decisions_report_conflicts_one_by_one(editor, other_editor):
    a, b, c = ClaimFactory.create_batch(3)
    decide_claim(claim=b, editor=other_editor, action="reject", version=1, reason="duplicate")
    outcome = decide_claims(items=[(a.pk, 1), (b.pk, 1), (c.pk, 1)], editor=editor, action="confirm")
    assert [claim.pk for claim in outcome.decided] == [a.pk, c.pk]
    assert [conflict.claim.pk for conflict in outcome.conflicts] == [b.pk]
    assert Claim.objects.get(pk=b.pk).status == Claim.Status.REJECTED


def test_batches_do_not_overlap(editor, other_editor):
    ClaimFactory.create_batch(5)
    mine = {c.pk for c in assign_batch(editor=editor, size=3)}
    theirs = {c.pk for c in assign_batch(editor=other_editor, size=3)}
    assert len(mine) == 3 and len(theirs) == 2 and not mine & theirs


def test_re_extraction_never_overwrites_a_decision_and_marks_vanished_claims(editor):
    article = ArticleFactory(body="قال الوزير يوم الأحد إن العجز بلغ 3 مليارات دولار.\nوأضاف أن النمو بلغ 2%.",
                             published_on=dt.date(2025, 2, 2))
    claims = extract_claims(article=article)
    assert claims
    decided = decide_claim(claim=claims[0], editor=editor, action="correct", version=1,
                           corrections={"text": "نص صححه المحرر"})
    article.body = "نص جديد بالكامل لا يذكر شيئاً قابلاً للتحقق"
    extract_claims(article=article)
    decided.refresh_from_db()
    assert (decided.status, decided.text, decided.is_current) == (Claim.Status.CONFIRMED, "نص صححه المحرر", False)
    assert not article.claims.current().exists()
    assert Decision.objects.count() == 1
