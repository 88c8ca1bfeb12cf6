"""The TimelineJS export loads in the real TimelineJS3 library (node_modules, see package.json) in headless Chromium.

A small local HTTP server serves TimelineJS's dist folder and an empty page; the export comes from the API, as
a newsroom developer would fetch it, and goes into `new TL.Timeline(...)`.  Nothing is fetched from the network:
every request that is not to the local server is refused and reported (TimelineJS's default web font, PT Sans,
is requested from Google Fonts and refused: Arabic falls back to the system's Noto fonts, as it would online,
PT Sans having no Arabic glyphs).  Screenshots: /tmp/timelinejs.png (title slide, Arabic UI),
/tmp/timelinejs-event.png, /tmp/timelinejs-contradicted.png (English UI).
"""
from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import Page, expect
from rest_framework.test import APIClient

from claims.models import Claim, ClaimGroup, Story
from claims.services import decide_claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

DIST = Path(settings.BASE_DIR) / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
SCREENSHOT = "/tmp/timelinejs.png"
WEB_FONTS = ("https://fonts.googleapis.com/", "https://fonts.gstatic.com/")
PAGE = b"""<!doctype html>
<html><head><meta charset="utf-8"><title>TimelineJS export</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js" id="timeline-script-tag"></script>
<style>body { margin: 0; } #timeline-embed { width: 1280px; height: 720px; }</style></head>
<body><div id="timeline-embed"></div></body></html>"""


def timelinejs_dist() -> Path:
    """TimelineJS3's dist folder; skip without it (fail with CI=true: bin/test runs `npm ci`)."""
    if not (DIST / "js" / "timeline.js").exists():
        import os

        reason = f"needs TimelineJS3 in {DIST}: run `npm ci` (bin/test does)"
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    return DIST


class _Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if self.path in ("/", "/index.html"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
            return
        if not self.path.startswith("/tl/"):
            self.send_error(404)
            return
        self.path = self.path[len("/tl"):]
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture
def timelinejs_site():
    """http://127.0.0.1:<port>/ is an empty page with TimelineJS; /tl/ is TimelineJS's dist folder."""
    handler = functools.partial(_Handler, directory=str(timelinejs_dist()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def exported(editor):
    """The seeds' story with every claim confirmed, and its TimelineJS export fetched from the API."""
    call_command("load_seeds", sync=True)
    for claim in Claim.objects.all():
        decide_claim(claim=claim, editor=editor, action="confirm", version=claim.version)
    story = Story.objects.get()
    client = APIClient()
    client.force_authenticate(editor)
    response = client.get(f"/api/stories/{story.pk}/export/", {"format": "timelinejs"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return story, json.loads(b"".join(response.streaming_content).decode("utf-8"))


def open_timeline(page: Page, site: str, data: dict, options: dict) -> dict:
    """Load the page, build the timeline, wait for TimelineJS's `loaded` event; return what its config says."""
    problems: list[str] = []
    fonts: list[str] = []

    def console(message):
        if message.type == "error" and not (message.location or {}).get("url", "").startswith(WEB_FONTS):
            problems.append(f"console error: {message.text} ({message.location})")

    page.on("console", console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))

    def local_only(route):
        url = route.request.url
        if url.startswith(site):
            return route.continue_()
        if url.startswith(WEB_FONTS):
            fonts.append(url)  # TimelineJS's default typeface (PT Sans, no Arabic glyphs): offline here
        else:
            problems.append(f"request outside the local server: {url}")
        return route.abort()

    page.route("**/*", local_only)
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{site}/")
    result = page.evaluate("""([data, options]) => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("TimelineJS did not fire 'loaded' within 20s")), 20000);
        window.timeline = new TL.Timeline("timeline-embed", data, options);
        window.timeline.on("loaded", () => {
            clearTimeout(timer);
            const config = window.timeline.config;
            resolve({valid: config.isValid(), errors: config.getErrors().map(String),
                     events: config.events.length, ids: config.events.map(e => e.unique_id),
                     title: Boolean(config.title)});
        });
    })""", [data, options])
    page.wait_for_timeout(500)  # let the first slide settle before anything is measured
    result["problems"], result["fonts"] = problems, fonts
    return result


def visible_headline(page: Page, unique_id: str):
    """Go to a slide by its unique_id and return the locator of its headline."""
    page.evaluate("id => window.timeline.goToId(id)", unique_id)
    headline = page.locator(f"#{unique_id} .tl-headline")
    expect(headline).to_be_in_viewport(timeout=5000)
    return headline


def test_the_timelinejs_export_loads_in_timelinejs3(page: Page, timelinejs_site, exported):
    story, data = exported
    events = data["events"]
    assert events, "the export has no events"

    loaded = open_timeline(page, timelinejs_site, data, {"language": "ar", "script_path": f"{timelinejs_site}/tl/js/",
                                                        "hash_bookmark": False})

    assert loaded["problems"] == []
    assert loaded["valid"] and loaded["errors"] == []
    assert loaded["title"] and loaded["events"] == len(events)  # TimelineJS skipped none of our events
    assert sorted(loaded["ids"]) == sorted(e["unique_id"] for e in events)
    expect(page.locator(".tl-timeline")).to_be_visible()
    expect(page.locator(".tl-slide")).to_have_count(len(events) + 1)  # the title slide and one per event
    expect(page.locator(".tl-timemarker")).to_have_count(len(events))  # one marker per event on the time axis
    expect(page.locator(".tl-message-full")).to_have_count(0)  # TimelineJS's full-page error message

    # The title slide shows the story's Arabic title, right to left (language "ar" has direction rtl).
    title = page.locator(".tl-slide-titleslide .tl-headline")
    expect(title).to_have_text(story.title)
    expect(title).to_be_in_viewport()
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    box = title.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 10
    page.screenshot(path=SCREENSHOT)

    # Every event's Arabic headline reaches the DOM; the first one is visible once its slide is shown.
    for event in events:
        assert page.locator(f"#{event['unique_id']} .tl-headline").count() == 1
    first = visible_headline(page, events[0]["unique_id"])
    expect(first).to_contain_text(events[0]["text"]["headline"][:30])
    # Months and weeks show the export's display_date, not a day TimelineJS made up.
    month = next(e for e in events if "day" not in e["start_date"])
    visible_headline(page, month["unique_id"])
    expect(page.locator(f"#{month['unique_id']} .tl-headline-date")).to_have_text(month["display_date"])
    page.screenshot(path="/tmp/timelinejs-event.png")


def test_contradicted_values_show_side_by_side_in_timelinejs(page: Page, timelinejs_site, exported):
    """A contradicted group lists each value its sources give; a contradicted date shows every date.

    Needs the grouping module: only groups across articles can contradict (gold: the Federation Council vote,
    6 vs 8 November 2024; the troop numbers).
    """
    _, data = exported
    contradicted = [g for g in ClaimGroup.objects.filter(agreement=ClaimGroup.Agreement.CONTRADICTED)
                    .order_by("date_start", "pk") if g.date_start]
    if not contradicted:
        pytest.skip("no contradicted group: the grouping module has not grouped the seeds across articles")
    loaded = open_timeline(page, timelinejs_site, data, {"script_path": f"{timelinejs_site}/tl/js/"})
    assert loaded["problems"] == [] and loaded["valid"]
    for group in contradicted:
        visible_headline(page, f"group-{group.pk}")
        values = page.locator(f"#group-{group.pk} .values li")
        expect(values).to_have_count(len(group.values))
        expect(values.first).to_be_in_viewport()
        assert len(set(values.all_inner_texts())) == len(group.values) >= 2
        if group.kind == "event":  # the slide's date says every date the sources give, e.g. "6 … / 8 November 2024"
            shown = page.locator(f"#group-{group.pk} .tl-headline-date").inner_text()
            assert shown.count("/") == len(group.values) - 1, shown
            page.screenshot(path="/tmp/timelinejs-contradicted.png")
