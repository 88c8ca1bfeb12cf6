"""Exports carry confirmed claims only, each with its provenance, in formats other tools read."""
import csv
import io
import json

import pytest
from django.core.management import call_command
from icalendar import Calendar
from rest_framework.test import APIClient

from claims.models import Claim, Story
from claims.services import decide_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(editor):
    call_command("load_seeds", sync=True)
    claims = list(Claim.objects.order_by("pk"))
    for claim in claims[:-1]:
        decide_claim(claim=claim, editor=editor, action="confirm", version=1)
    decide_claim(claim=claims[-1], editor=editor, action="reject", version=1, reason="not_a_claim")
    return Story.objects.get()


@pytest.fixture
def api(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def export(api, story, fmt):
    response = api.get(f"/api/stories/{story.pk}/export/", {"format": fmt})
    assert response.status_code == 200, response.content
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def test_csv_has_one_row_per_confirmed_claim_with_provenance(api, story):
    rows = list(csv.DictReader(io.StringIO(export(api, story, "csv"))))
    assert len(rows) == Claim.objects.filter(status="confirmed").count()
    assert all(row["confirmed_by"] == "mona" and row["confirmed_at"] and row["claim"] for row in rows)
    assert {row["outlet"] for row in rows} >= {"اندبندنت عربية", "الأسبوع"}
    rejected = Claim.objects.get(status="rejected")
    assert str(rejected.pk) not in {row["claim_id"] for row in rows}


def test_json_export(api, story):
    data = json.loads(export(api, story, "json"))
    assert data["story"]["title"] == story.title
    assert len(data["claims"]) == Claim.objects.filter(status="confirmed").count()


def test_ics_parses_as_all_day_events(api, story):
    calendar = Calendar.from_ical(export(api, story, "ics"))
    events = list(calendar.walk("VEVENT"))
    assert events
    for event in events:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert not hasattr(start, "hour") and end > start  # all-day, DTEND exclusive
    june = [e for e in events if e.decoded("dtstart").isoformat() == "2024-06-01"]
    assert any((e.decoded("dtend") - e.decoded("dtstart")).days == 30 for e in june)  # a month spans its days


def test_claimreview_carries_every_required_field(api, story):
    reviews = json.loads(export(api, story, "claimreview"))
    assert len(reviews) == Claim.objects.filter(status="confirmed").count()
    for review in reviews:
        assert review["@type"] == "ClaimReview" and review["@context"] == "https://schema.org"
        assert review["claimReviewed"] and review["url"] and review["datePublished"]
        assert review["author"]["name"]
        assert review["reviewRating"]["alternateName"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["author"]["name"] and item["appearance"]
    assert any(r["itemReviewed"].get("datePublished") for r in reviews)


def test_timelinejs_uses_display_dates_for_approximate_ones(api, story):
    data = json.loads(export(api, story, "timelinejs"))
    assert data["title"]["text"]["headline"]
    assert data["events"]
    for event in data["events"]:
        assert "year" in event["start_date"] and event["text"]["headline"]
    months = [e for e in data["events"] if "day" not in e["start_date"]]
    assert months and all(e.get("display_date") for e in months)


def test_unknown_format_is_a_400(api, story):
    assert api.get(f"/api/stories/{story.pk}/export/", {"format": "pdf"}).status_code == 400


def test_stories_api_and_timeline(api, story):
    listed = api.get("/api/stories/").json()
    assert listed["results"][0]["article_count"] == 5
    timeline = api.get(f"/api/stories/{story.pk}/timeline/").json()
    assert timeline["entries"]
    assert {e["agreement"] for e in timeline["entries"]} <= {"corroborated", "contradicted", "single"}
    entry = timeline["entries"][0]
    assert entry["sources"][0]["sentence_url"].startswith("http")


def test_printable_page(client, editor, story):
    client.force_login(editor)
    response = client.get(f"/stories/{story.pk}/export/print/")
    assert response.status_code == 200 and "print.css" in response.content.decode()
