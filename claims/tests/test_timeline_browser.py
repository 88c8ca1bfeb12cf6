"""A story's timeline as an editor and as a reader sees it, in headless Chromium (Playwright).

The seeds are loaded and every claim confirmed; the editor opens the story, reads the entries in date order,
sees a contradiction's values side by side, narrows the list with the filters, switches to the Arabic interface,
publishes, and a logged-out reader opens the public page and its embeddable variant.

Screenshots for a human to look at: /tmp/timeline-app.png, /tmp/timeline-app-ar.png, /tmp/timeline-public.png,
/tmp/timeline-print.png (full pages, 1280px wide).

What depends on the grouping module (claims/extraction/grouping.py) grouping the seeds across articles:
the corroborated June 2024 signing and the contradicted entries.  Without cross-article groups every entry is a
single source, and those assertions fail with a message that says so.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import Locator, Page, expect

from claims.models import Claim, ClaimGroup, Story
from claims.services import decide_claim
from newsroom.tests.factories import UserFactory

pytestmark = pytest.mark.browser

PASSWORD = "pw-for-timeline-browser-tests"
SHOTS = "/tmp/timeline"
GROUPING = "needs the grouping module to group the seeds across articles"


@pytest.fixture
def seeded(transactional_db):
    """An editor, and the seeds' story with every extracted claim confirmed (committed: the live server sees it)."""
    editor = UserFactory(username="mona", role="editors", password=PASSWORD)
    call_command("load_seeds", sync=True)
    for claim in Claim.objects.all():
        decide_claim(claim=claim, editor=editor, action="confirm", version=claim.version)
    return editor, Story.objects.get()


def log_in(page: Page, live_server, user) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()


def entries(page: Page) -> Locator:
    return page.locator("ol.timeline.dated > li.entry")


def starts(page: Page) -> list[str]:
    return entries(page).evaluate_all("els => els.map(e => e.querySelector('.when time').getAttribute('datetime'))")


def entry_count(page: Page) -> int:
    return page.locator("li.entry").count()


def no_horizontal_overflow(page: Page) -> None:
    """Nothing sticks out sideways at 1280px (no horizontal scrollbar)."""
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


def expect_contradictions(page: Page) -> Locator:
    """Every contradicted entry shows two or more differing values side by side, each with its outlets."""
    contradicted = page.locator("li.entry[data-agreement=contradicted]")
    assert contradicted.count() >= 1, f"no contradicted entry ({GROUPING})"
    for i in range(contradicted.count()):
        entry = contradicted.nth(i)
        values = entry.locator(".values .value strong")
        shown = values.all_inner_texts()
        assert len(shown) >= 2 and len(set(shown)) == len(shown), shown
        first, second = values.nth(0).bounding_box(), values.nth(1).bounding_box()
        # side by side: on one line (same top), not stacked
        assert first and second and abs(first["y"] - second["y"]) < 4, (first, second)
        expect(values.first).to_be_visible()
    return contradicted


def test_editor_reads_filters_and_publishes_the_timeline(page: Page, live_server, seeded):
    editor, story = seeded
    groups = ClaimGroup.objects.filter(story=story).exclude(agreement=ClaimGroup.Agreement.NONE)
    log_in(page, live_server, editor)
    page.get_by_role("navigation").get_by_role("link", name="Stories").click()
    expect(page.get_by_role("row", name=story.title)).to_contain_text("5")  # its articles
    page.screenshot(path=f"{SHOTS}-stories.png")
    page.get_by_role("link", name=story.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(story.title)
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    # One entry per group of confirmed claims; the dated ones in date order, the rest listed apart.
    total = entry_count(page)
    assert total == groups.count() and total > 10
    expect(page.locator("#timeline-count")).to_have_text(f"{total} entries")
    dated = starts(page)
    assert dated and dated == sorted(dated) and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dated)
    undated = page.locator("ol.timeline.undated > li.entry")
    assert undated.count() == groups.filter(date_start__isnull=True).count()
    if undated.count():
        expect(page.get_by_role("heading", name="Year unknown")).to_be_visible()

    # Precision: a month sits at the start of the month and is labelled as the month; a week spans its days.
    june = entries(page).filter(has=page.locator("time", has_text=re.compile(r"^June 2024$")))
    assert june.count() >= 1
    expect(june.first.locator(".when time")).to_have_attribute("datetime", "2024-06-01")
    expect(june.first).to_have_attribute("data-precision", "month")
    expect(june.first).to_have_attribute("data-end", "2024-06-30")
    week = entries(page).filter(has=page.locator("time", has_text=re.compile(r"^week \d+ of 2024")))
    if week.count():
        start, end = (dt.date.fromisoformat(week.first.get_attribute(a)) for a in ("data-start", "data-end"))
        assert (end - start).days == 6, (start, end)

    # Every source is counted and links to its sentence in the article.
    for i in range(min(total, 8)):
        entry = page.locator("li.entry").nth(i)
        sources = entry.locator("li.source")
        expect(entry.locator(".badges .count")).to_contain_text(
            f"{sources.count()} source" + ("s" if sources.count() != 1 else ""))
        links = sources.get_by_role("link", name="in the article")
        expect(links).to_have_count(sources.count())
        for href in links.evaluate_all("els => els.map(a => a.getAttribute('href'))"):
            assert re.fullmatch(r"/articles/\d+/#claim-\d+", href), href

    # The gold corroboration: the June 2024 signing reported by several outlets.  [grouping]
    signing = entries(page).filter(has=page.locator("time", has_text=re.compile(r"^June 2024$"))) \
        .filter(has=page.locator(".badge.corroborated"))
    assert signing.count() >= 1, f"the June 2024 signing is not corroborated ({GROUPING})"
    assert signing.first.locator("li.source").count() >= 2

    # The gold contradictions: two values side by side.  [grouping]
    contradicted = expect_contradictions(page)
    vote = contradicted.filter(has=page.locator(".values", has_text="6 November 2024")) \
        .filter(has=page.locator(".values", has_text="8 November 2024"))
    assert vote.count() == 1, f"the Federation Council vote is not contradicted 6 vs 8 November 2024 ({GROUPING})"
    expect(vote.locator(".when .precision.disputed")).to_be_visible()
    troops = contradicted.filter(has=page.locator(".badge.kind-quantity"))
    assert troops.count() >= 1, f"the troop numbers are not contradicted ({GROUPING})"
    numbers = {re.sub(r"\D", "", t) for t in troops.first.locator(".values .value strong").all_inner_texts()}
    assert len(numbers & {"8000", "10000", "12000", "3000"}) >= 2, numbers

    # Clicking a source's link opens the article at the claim's sentence.
    link = entries(page).first.get_by_role("link", name="in the article").first
    href = link.get_attribute("href")
    no_horizontal_overflow(page)
    page.screenshot(path=f"{SHOTS}-app.png", full_page=True)
    link.click()
    expect(page).to_have_url(re.compile(re.escape(href) + "$"))
    expect(page.locator(href[href.index("#"):])).to_be_visible()
    page.go_back()

    # Filters narrow the list: kind, date range, outlet, name or word.
    page.get_by_label("Kind", exact=True).select_option("quantity")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"kind=quantity"))
    kinds = page.locator("li.entry").evaluate_all("els => els.map(e => e.dataset.kind)")
    assert kinds and set(kinds) == {"quantity"} and len(kinds) < total

    page.get_by_role("link", name="Reset").click()
    page.get_by_label("From", exact=True).fill("2024-06-01")
    page.get_by_label("To", exact=True).fill("2024-06-30")
    page.get_by_role("button", name="Filter").click()
    in_june = starts(page)
    assert in_june and len(in_june) < total
    for entry in entries(page).all():  # each entry overlaps the range
        assert entry.get_attribute("data-start") <= "2024-06-30" and entry.get_attribute("data-end") >= "2024-06-01"
    expect(page.locator("ol.timeline.undated")).to_have_count(0)

    page.get_by_role("link", name="Reset").click()
    outlet = "بوابة الفجر"
    page.get_by_label("Outlet", exact=True).fill(outlet)
    page.get_by_role("button", name="Filter").click()
    assert 0 < entry_count(page) < total
    for entry in page.locator("li.entry").all():
        expect(entry.locator(".source .outlet", has_text=outlet).first).to_be_visible()

    page.get_by_role("link", name="Reset").click()
    page.get_by_label("Name or word").fill("ستولتنبرغ")
    page.get_by_role("button", name="Filter").click()
    assert 0 < entry_count(page) < total
    for entry in page.locator("li.entry").all():
        expect(entry).to_contain_text("ستولتنبرغ")

    # The printable page: every entry, no forms.
    page.goto(f"{live_server.url}/stories/{story.pk}/export/print/")
    assert entry_count(page) == total and page.locator("form").count() == 0
    no_horizontal_overflow(page)
    page.screenshot(path=f"{SHOTS}-print.png", full_page=True)
    page.emulate_media(media="print")
    page.pdf(path=f"{SHOTS}-print.pdf")
    page.emulate_media(media="screen")

    # Publish; the public page works logged out, read only; the embed variant can sit in an iframe.
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    page.get_by_role("button", name="Publish the timeline").click()
    expect(page.get_by_role("status")).to_contain_text("The timeline is public at")
    story.refresh_from_db()
    assert story.is_published and story.public_slug

    # The Arabic interface: right to left, the date column and the rail on the right.
    page.get_by_role("button", name="العربية").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    first = entries(page).first
    when, what = first.locator(".when").bounding_box(), first.locator(".what").bounding_box()
    assert when["x"] > what["x"], "in Arabic the date column is on the right"
    assert page.locator("ol.timeline.dated").evaluate("e => getComputedStyle(e).direction") == "rtl"
    dot = first.evaluate("e => { const r = e.getBoundingClientRect(), d = getComputedStyle(e, '::before');"
                         " return {entry: r.right, dot: r.left + parseFloat(d.left) + parseFloat(d.width) / 2} }")
    assert dot["dot"] > dot["entry"], "in Arabic the entry's dot sits on the rail to its right"
    assert entry_count(page) == total
    no_horizontal_overflow(page)
    page.screenshot(path=f"{SHOTS}-app-ar.png", full_page=True)
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    reader = page.context.browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        public = reader.new_page()
        response = public.goto(f"{live_server.url}{story.get_public_url()}")
        assert response.status == 200
        expect(public.get_by_role("heading", level=1)).to_have_text(story.title)
        assert public.locator("li.entry").count() == total
        assert public.locator("input[type=checkbox], form.move, #merge-form").count() == 0  # read only
        assert public.get_by_role("link", name="in the article").count() == 0  # the desk's pages need a login
        expect_contradictions(public)
        no_horizontal_overflow(public)
        public.screenshot(path=f"{SHOTS}-public.png", full_page=True)
        public.get_by_label("Kind", exact=True).select_option("event")
        public.get_by_role("button", name="Filter").click()
        kinds = public.locator("li.entry").evaluate_all("els => els.map(e => e.dataset.kind)")
        assert kinds and set(kinds) == {"event"} and len(kinds) < total

        embed = public.goto(f"{live_server.url}{reverse('claims:public-embed', args=[story.public_slug])}")
        assert embed.status == 200
        headers = {name.lower() for name in embed.all_headers()}
        assert "x-frame-options" not in headers
        assert public.locator("li.entry").count() == total and public.locator("form").count() == 0
    finally:
        reader.close()
