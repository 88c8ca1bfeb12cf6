"""CSV, JSON, TimelineJS3, ClaimReview JSON-LD and iCalendar, generated row by row from the database."""
from __future__ import annotations

import csv
import datetime as dt
import functools
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from icalendar import Event

from ..extraction.timex import timex_bounds
from ..models import Claim, ClaimGroup, GroupMembership, Story
from ..services.timeline import date_label, group_value_label, value_label

CHUNK = 2000


@dataclass(frozen=True)
class Export:
    name: str
    content_type: str
    extension: str
    render: Callable[[Story, str], Iterator[str]]


def confirmed_rows(story: Story):
    """Stream the story's confirmed claims, group by group in date order, with what provenance needs."""
    return (GroupMembership.objects
            .filter(story=story, claim__status=Claim.Status.CONFIRMED, claim__is_current=True)
            .select_related("group", "claim__article__source", "claim__reviewed_by")
            .defer("claim__article__body", "claim__article__raw_input", "claim__article__removed",
                   "claim__dates", "claim__quantities")
            .order_by("group__date_start", "group_id", "claim__article__published_on", "claim_id")
            .iterator(chunk_size=CHUNK))


def by_group(story: Story) -> Iterator[tuple[ClaimGroup, list[Claim]]]:
    for _, rows in itertools.groupby(confirmed_rows(story), key=lambda m: m.group_id):
        rows = list(rows)
        yield rows[0].group, [m.claim for m in rows]


@functools.lru_cache(maxsize=4096)
def _label(value: str, language: str) -> str:
    return value_label(value) if value else ""


@functools.lru_cache(maxsize=1)
def _article_path_prefix() -> str:
    return reverse("newsroom:article-detail", args=[0])[:-2]  # "/articles/"


def provenance(claim: Claim, group: ClaimGroup, base_url: str) -> dict:
    """Return one confirmed claim with where it comes from and who confirmed it."""
    article = claim.article
    return {
        "claim_id": claim.pk,
        "group_id": group.pk,
        "agreement": group.agreement,
        "kind": claim.kind,
        "claim": claim.text,
        "date": claim.date_value,
        "date_label": _label(claim.date_value, get_language()),
        "date_start": _iso(claim.date_start),
        "date_end": _iso(claim.date_end),
        "quantity": claim.quantity_value,
        "qualifier": claim.quantity_qualifier,
        "unit": claim.quantity_unit,
        "speaker": claim.speaker,
        "outlet": article.outlet,
        "article_title": article.title,
        "article_url": article.url or "",
        "article_published": _iso(article.published_on),
        "sentence_url": f"{base_url}{_article_path_prefix()}{article.pk}/#claim-{claim.pk}",
        "confirmed_by": claim.reviewed_by.get_username() if claim.reviewed_by else "",
        "confirmed_at": claim.reviewed_at.isoformat() if claim.reviewed_at else "",
    }


COLUMNS = [
    "claim_id", "group_id", "agreement", "kind", "claim", "date", "date_label", "date_start", "date_end", "quantity",
    "qualifier", "unit", "speaker", "outlet", "article_title", "article_url", "article_published", "sentence_url",
    "confirmed_by", "confirmed_at",
]


class _Line:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def render_csv(story: Story, base_url: str) -> Iterator[str]:
    writer = csv.DictWriter(_Line(), fieldnames=COLUMNS)
    yield writer.writeheader()
    for group, claims in by_group(story):
        for claim in claims:
            yield writer.writerow(provenance(claim, group, base_url))


def render_json(story: Story, base_url: str) -> Iterator[str]:
    head = {"story": {"id": story.pk, "title": story.title, "description": story.description,
                      "exported_at": timezone.now().isoformat()}}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "claims": ['
    for i, row in enumerate(provenance(c, g, base_url) for g, claims in by_group(story) for c in claims):
        yield ("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


def timelinejs_date(value: str) -> dict | None:
    """Return TimelineJS3 start/end/display dates for a TIMEX3-style value (None when the year is unknown)."""
    bounds = timex_bounds(value)
    if bounds is None:
        return None
    start, end, precision = bounds
    parts = {"year": {"year": start.year}, "month": {"year": start.year, "month": start.month}}
    out = {"start_date": parts.get(precision, _ymd(start))}
    if precision in ("week", "quarter", "half", "interval") and end != start:
        out["end_date"] = _ymd(end)
    if precision != "day":
        out["display_date"] = value_label(value)
    return out


def timelinejs_dates(group: ClaimGroup) -> dict | None:
    """Return where TimelineJS places a group and what date it shows (None when the year is unknown).

    A group without a date of its own sits on the day its first source reported it, and says so; a contradicted
    event shows every date its sources give, not just the earliest.
    """
    dates = timelinejs_date(group.date_value) if group.date_value else None
    if dates is None and group.date_start:
        dates = {"start_date": _ymd(group.date_start), "display_date": date_label(group)}
    if dates is not None and group.agreement == ClaimGroup.Agreement.CONTRADICTED and group.kind == Claim.Kind.EVENT:
        labels = [group_value_label(group, v["value"]) for v in group.values if v.get("value")]
        if len(labels) > 1:
            dates["display_date"] = " / ".join(labels)
    return dates


def _ymd(day: dt.date) -> dict:
    return {"year": day.year, "month": day.month, "day": day.day}


def _source_item(p: dict, stated: str = "") -> str:
    name = p["outlet"] or p["article_title"] or gettext("unknown outlet")
    published = f" ({escape(p['article_published'])})" if p["article_published"] else ""
    value = f'<strong dir="auto">{escape(stated)}</strong> — ' if stated else ""
    return (f'<li dir="auto">{value}<a href="{escape(p["article_url"] or p["sentence_url"])}" dir="auto">{escape(name)}'
            f'</a>{published}: <q dir="auto">{escape(p["claim"])}</q></li>')


def render_timelinejs(story: Story, base_url: str) -> Iterator[str]:
    """TimelineJS3's JSON format: a title slide and one event per group with a known year.

    Headlines are plain text (escaped); the slide text is HTML (TimelineJS sanitises it): the agreement, for a
    contradicted group each value beside the outlets that give it, then every source with a link and its sentence.
    """
    title = {"text": {"headline": escape(story.title), "text": f'<div dir="auto">{escape(story.description)}</div>'}}
    yield '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    first = True
    for group, claims in by_group(story):
        dates = timelinejs_dates(group)
        if dates is None:
            continue  # TimelineJS needs a year; the JSON and CSV exports keep these claims
        rows = [provenance(c, group, base_url) for c in claims]
        stated: dict[int, str] = {}
        values = ""
        if group.agreement == ClaimGroup.Agreement.CONTRADICTED:
            outlets = {p["claim_id"]: p["outlet"] or p["article_title"] or gettext("unknown outlet") for p in rows}
            for v in group.values:
                label = group_value_label(group, v["value"])
                stated.update((pk, label) for pk in v.get("claims", []))
                names = sorted({outlets[pk] for pk in v.get("claims", []) if pk in outlets})
                values += (f'<li dir="auto"><strong dir="auto">{escape(label)}</strong>'
                           + (f': <span dir="auto">{escape(" · ".join(names))}</span>' if names else "") + "</li>")
        event = {
            **dates,
            "unique_id": f"group-{group.pk}",
            "group": str(group.get_kind_display()),
            "text": {
                "headline": escape(Truncator(group.label or claims[0].text).chars(200)),
                "text": (f'<div dir="auto"><p class="agreement {group.agreement}">{group.get_agreement_display()}</p>'
                         + (f'<ul class="values">{values}</ul>' if values else "")
                         + '<ul class="sources">'
                         + "".join(_source_item(p, stated.get(p["claim_id"], "")) for p in rows) + "</ul></div>"),
            },
        }
        yield ("" if first else ",") + "\n" + json.dumps(event, ensure_ascii=False)
        first = False
    yield "\n]}\n"


RATINGS = {
    ClaimGroup.Agreement.CORROBORATED: (5, "Confirmed by independent sources"),
    ClaimGroup.Agreement.SINGLE: (4, "Confirmed as reported (single source)"),
    ClaimGroup.Agreement.CONTRADICTED: (2, "Disputed: sources give different values"),
}


def claim_review(claim: Claim, group: ClaimGroup, story: Story, base_url: str) -> dict:
    """Return a schema.org ClaimReview for one confirmed claim."""
    article = claim.article
    outlet = article.outlet
    rating, label = RATINGS.get(group.agreement, RATINGS[ClaimGroup.Agreement.SINGLE])
    appearance = {"@type": "CreativeWork", "url": article.url or f"{base_url}{article.get_absolute_url()}",
                  "headline": article.title}
    if outlet:
        appearance["publisher"] = {"@type": "Organization", "name": outlet}
    if article.published_on:
        appearance["datePublished"] = article.published_on.isoformat()
    item = {"@type": "Claim", "appearance": appearance,
            "author": {"@type": "Organization" if not claim.speaker else "Person", "name": claim.speaker or outlet
                       or "unknown"}}
    if article.published_on:
        item["datePublished"] = article.published_on.isoformat()
    public = f"{base_url}{story.get_public_url()}" if story.is_published else f"{base_url}{story.get_absolute_url()}"
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{public}#group-{group.pk}",
        "claimReviewed": claim.text,
        "datePublished": (claim.reviewed_at or timezone.now()).date().isoformat(),
        "author": {"@type": "Organization", "name": settings.NEWSROOM_NAME,
                   **({"url": base_url + "/"} if base_url else {})},
        "reviewRating": {"@type": "Rating", "ratingValue": rating, "bestRating": 5, "worstRating": 1,
                         "alternateName": label},
        "itemReviewed": item,
        "inLanguage": article.language or "und",
    }


def render_claimreview(story: Story, base_url: str) -> Iterator[str]:
    yield "["
    for i, review in enumerate(claim_review(c, g, story, base_url) for g, claims in by_group(story) for c in claims):
        yield ("," if i else "") + "\n" + json.dumps(review, ensure_ascii=False)
    yield "\n]\n"


def render_ics(story: Story, base_url: str) -> Iterator[str]:
    """RFC 5545: one all-day event per group, spanning the days its date covers (a month spans the month)."""
    yield ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Newsroom claims desk//Timeline export//EN\r\n"
           "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:" + _ics_text(story.title) + "\r\n")
    stamp = timezone.now()
    for group, claims in by_group(story):
        bounds = timex_bounds(group.date_value) if group.date_value else None
        if bounds is None and group.date_start:
            bounds = (group.date_start, group.date_end or group.date_start, "reported")
        if bounds is None:
            continue
        start, end, precision = bounds
        event = Event()
        event.add("uid", f"group-{group.pk}-story-{story.pk}@claims-desk")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end + dt.timedelta(days=1))  # DTEND of an all-day event is exclusive
        event.add("summary", (group.label or claims[0].text)[:250])
        lines = [f"{group.get_agreement_display()} · {precision}: "
                 + (value_label(group.date_value) if group.date_value else start.isoformat())]
        lines += [f"- {p['outlet'] or p['article_title']}: {p['claim']} ({p['article_url'] or p['sentence_url']})"
                  for p in (provenance(c, group, base_url) for c in claims)]
        event.add("description", "\n".join(lines))
        event.add("categories", [group.kind])
        event.add("x-claims-precision", precision)
        yield event.to_ical().decode("utf-8")
    yield "END:VCALENDAR\r\n"


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")[:200]


def _iso(value) -> str:
    return value.isoformat() if value else ""


EXPORTS = {
    "csv": Export("csv", "text/csv; charset=utf-8", "csv", render_csv),
    "json": Export("json", "application/json", "json", render_json),
    "timelinejs": Export("timelinejs", "application/json", "timelinejs.json", render_timelinejs),
    "claimreview": Export("claimreview", "application/ld+json", "claimreview.jsonld", render_claimreview),
    "ics": Export("ics", "text/calendar; charset=utf-8", "ics", render_ics),
}


def export_story(story: Story, name: str, base_url: str = "") -> Iterator[str]:
    """Return the chunks of a story's export in the named format (see EXPORTS)."""
    return EXPORTS[name].render(story, base_url)
