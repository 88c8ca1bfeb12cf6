"""Acceptance tests of the review queue in headless Chromium (Playwright): what an editor sees and does.

The seed articles (five Arabic articles, about fifty claims) are loaded for real.  The tests read which claims
the queue shows from the page rather than naming them, so a change in extraction does not break them.
Screenshots go to /tmp/queue-*.png for a human to look at.
"""
from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from claims.models import Claim, Decision, RejectReason
from newsroom.tests.factories import UserFactory

pytestmark = pytest.mark.browser

PASSWORD = "pw-for-tests"  # UserFactory's
NEW_DATE = "2024-11-08"
RAW_CODES = re.compile(r"\b(more_than|less_than|at_least|up_to|approx|unknown_year|wrong_extraction)\b")
SECOND_REASON = (RejectReason.values[1], str(RejectReason.labels[1]))  # what `r` then `2` picks


@pytest.fixture
def seeded(transactional_db):
    """The seed articles with their extracted claims, committed so the live server sees them."""
    call_command("load_seeds", sync=True, stdout=io.StringIO(), stderr=io.StringIO())
    assert Claim.objects.pending_review().count() >= 10
    return Claim.objects.all()


def log_in(page: Page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()


def open_queue(page: Page) -> None:
    page.get_by_role("navigation").get_by_role("link", name="Review").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    expect(page.locator(".claim-card").first).to_be_visible()


def card(page: Page, claim_id: str):
    return page.locator(f"#claim-{claim_id}")


def queue_ids(page: Page, n: int) -> list[str]:
    cards = page.locator(".claim-card")
    return [cards.nth(i).get_attribute("data-claim") for i in range(n)]


def status_of(page: Page, claim_id: str):
    return card(page, claim_id).locator("[data-role=status]")


def test_editor_reviews_with_the_keyboard_only(page: Page, live_server, seeded):
    editor = UserFactory(username="mona", role="editors")
    log_in(page, live_server, "mona")
    open_queue(page)
    first, second, third, fourth = queue_ids(page, 4)
    third_date_before = Claim.objects.get(pk=third).date_value
    assert third_date_before != NEW_DATE

    # The first card has the focus on arrival: the keys act on it.
    expect(card(page, first)).to_be_focused()
    expect(card(page, first)).to_have_class(re.compile(r"\bcurrent\b"))

    # c confirms it; the focus moves on to the next pending card.
    page.keyboard.press("c")
    expect(status_of(page, first)).to_have_text("Confirmed")
    expect(card(page, first)).to_have_attribute("data-status", "confirmed")
    expect(card(page, first).locator(".fields")).to_contain_text("mona")  # Decided: mona · time
    expect(card(page, second)).to_be_focused()
    expect(card(page, second)).to_have_class(re.compile(r"\bcurrent\b"))

    # r arms the reject form (the reason list has the focus); a digit typed into the details is just text;
    # back on the reason list, 2 picks the second reason and sends it.
    page.keyboard.press("r")
    expect(card(page, second)).to_have_class(re.compile(r"\brejecting\b"))
    expect(card(page, second).get_by_label("Reason for rejecting")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.type("2 outlets say otherwise")
    expect(card(page, second).get_by_label("Details")).to_have_value("2 outlets say otherwise")
    expect(card(page, second)).to_have_attribute("data-status", "pending")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("2")
    expect(status_of(page, second)).to_have_text("Rejected")
    expect(card(page, second).locator(".fields")).to_contain_text(SECOND_REASON[1])
    expect(card(page, third)).to_be_focused()

    # e loads the correction form into the card, with the date field focused; Enter saves and confirms.
    page.keyboard.press("e")
    date_field = card(page, third).locator(".edit-form input[name=date_value]")
    expect(date_field).to_be_visible()
    expect(date_field).to_be_focused()
    page.screenshot(path="/tmp/queue-keyboard-edit.png", full_page=True)
    page.keyboard.press("Control+A")
    page.keyboard.type(NEW_DATE)
    page.keyboard.press("Enter")
    expect(status_of(page, third)).to_have_text("Confirmed")
    expect(card(page, third).locator("[data-role=date]")).to_have_text(NEW_DATE)
    expect(card(page, third).locator(".edit-form")).to_have_count(0)
    expect(card(page, fourth)).to_be_focused()

    claims = Claim.objects.in_bulk([int(first), int(second), int(third)])
    assert (claims[int(first)].status, claims[int(first)].reviewed_by) == (Claim.Status.CONFIRMED, editor)
    assert (claims[int(second)].status, claims[int(second)].reject_reason) == (
        Claim.Status.REJECTED, SECOND_REASON[0])
    assert (claims[int(third)].status, claims[int(third)].date_value) == (Claim.Status.CONFIRMED, NEW_DATE)
    assert Decision.objects.get(claim_id=second).note == "2 outlets say otherwise"
    assert list(Decision.objects.order_by("id").values_list("claim_id", "action", "editor__username")) == [
        (int(first), "confirm", "mona"), (int(second), "reject", "mona"), (int(third), "correct", "mona")]

    # u undoes the last decision (the correction): the page reloads and the claim is pending again.
    with page.expect_navigation():
        page.keyboard.press("u")
    expect(page.get_by_role("status")).to_contain_text("Undone: the claim is pending again.")
    expect(card(page, third)).to_have_attribute("data-status", "pending")
    expect(status_of(page, third)).to_have_text("Pending")
    expect(card(page, first)).to_have_count(0)  # the queue shows pending claims: the other two are done
    third_claim = Claim.objects.get(pk=third)
    assert (third_claim.status, third_claim.date_value) == (Claim.Status.PENDING, third_date_before)
    assert list(third_claim.decisions.values_list("action", "undone")) == [("undo", False), ("correct", True)]
    assert Claim.objects.get(pk=first).status == Claim.Status.CONFIRMED  # only the last decision is undone

    # ? opens the shortcuts dialog, Escape closes it.
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("reject, with a reason")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    # The history page lists the decisions, newest first; the undone correction is marked.
    card(page, third).get_by_role("link", name="history").click()
    expect(page).to_have_url(re.compile(rf"/claims/{third}/$"))
    rows = page.locator("table.history tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Undone")
    expect(rows.nth(1)).to_contain_text("Corrected and confirmed (undone)")
    expect(rows.nth(1)).to_contain_text(NEW_DATE)
    expect(rows.nth(1)).to_have_class("undone")
    page.goto(f"{live_server.url}/claims/{first}/")
    expect(page.locator("table.history tbody tr")).to_have_count(1)
    expect(page.locator("table.history tbody tr")).to_contain_text("Confirmed")
    expect(page.locator("table.history tbody tr")).to_contain_text("mona")


def test_viewer_sees_the_queue_but_cannot_decide(page: Page, live_server, seeded):
    UserFactory(username="vera", role="viewers")
    log_in(page, live_server, "vera")
    open_queue(page)
    cards = page.locator(".claim-card")
    expect(cards).to_have_count(min(20, Claim.objects.pending_review().current().count()))
    expect(cards.first.locator(".context mark")).to_be_visible()
    for name in ("Confirm", "Reject", "Edit", "Undo my last decision", "Reserve 20 claims for me"):
        expect(page.get_by_role("button", name=name)).to_have_count(0)
    expect(page.locator(".decide-form, .reject-form, #bulk-form, input[name=selected]")).to_have_count(0)
    claim_id = cards.first.get_attribute("data-claim")

    sent = []
    page.on("request", lambda request: sent.append(request.url))
    for key in ("c", "r", "1", "e", "u"):  # the shortcuts find nothing to press
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert not [url for url in sent if "/decide/" in url or "/edit/" in url or "/undo/" in url]
    expect(status_of(page, claim_id)).to_have_text("Pending")

    # Even a well-formed POST (with the CSRF token) is refused: the viewer lacks the permission.
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(f"{live_server.url}/claims/{claim_id}/decide/", headers={"X-CSRFToken": token},
                                 form={"decision": "confirm", "version": "1", "csrfmiddlewaretoken": token})
    assert response.status == 403
    assert "CSRF" not in response.text()
    assert Claim.objects.get(pk=claim_id).status == Claim.Status.PENDING
    assert not Decision.objects.exists()


def test_two_editors_decide_the_same_claim_and_one_wins(new_context, live_server, seeded):
    UserFactory(username="mona", role="editors")
    UserFactory(username="karim", role="editors")
    page_a, page_b = new_context().new_page(), new_context().new_page()
    log_in(page_a, live_server, "mona")
    log_in(page_b, live_server, "karim")
    open_queue(page_a)
    open_queue(page_b)
    claim_id = page_a.locator(".claim-card").first.get_attribute("data-claim")
    assert page_b.locator(".claim-card").first.get_attribute("data-claim") == claim_id

    card(page_a, claim_id).get_by_role("button", name="Confirm").click()
    expect(status_of(page_a, claim_id)).to_have_text("Confirmed")

    card_b = card(page_b, claim_id)
    expect(card_b).to_have_attribute("data-status", "pending")  # B's page still shows the old version
    card_b.get_by_label("Reason for rejecting").select_option(value=RejectReason.DUPLICATE)
    with page_b.expect_response(lambda r: r.url.endswith(f"/claims/{claim_id}/decide/")) as answer:
        card_b.get_by_role("button", name="Reject").click()
    assert answer.value.status == 409
    assert answer.value.request.headers.get("hx-request") == "true"

    conflict = card_b.get_by_role("alert")
    expect(conflict).to_contain_text("mona already decided this claim")
    expect(conflict).to_contain_text("your decision was not saved")
    expect(card_b).to_have_attribute("data-status", "confirmed")  # B now sees the claim as it is
    expect(card_b.locator("[data-role=status]")).to_have_text("Confirmed")
    page_b.screenshot(path="/tmp/queue-conflict.png", full_page=True)

    claim = Claim.objects.get(pk=claim_id)
    assert (claim.status, claim.reject_reason, claim.version) == (Claim.Status.CONFIRMED, "", 2)
    assert list(Decision.objects.values_list("claim_id", "action", "editor__username")) == [
        (int(claim_id), "confirm", "mona")]


def test_queue_works_without_javascript(new_context, live_server, seeded):
    UserFactory(username="mona", role="editors")
    page = new_context(java_script_enabled=False).new_page()
    log_in(page, live_server, "mona")
    open_queue(page)
    claim_id = page.locator(".claim-card").first.get_attribute("data-claim")

    with page.expect_navigation():
        card(page, claim_id).get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/review/$"))
    expect(page.get_by_role("status")).to_have_text("Claim confirmed.")
    expect(page.locator(".message.success")).to_be_visible()
    expect(card(page, claim_id)).to_have_count(0)  # decided: no longer in the pending queue
    assert Claim.objects.get(pk=claim_id).status == Claim.Status.CONFIRMED
    assert list(Decision.objects.values_list("action", flat=True)) == ["confirm"]


def test_queue_screenshots_in_english_and_arabic(page: Page, live_server, seeded):
    UserFactory(username="mona", role="editors")
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, "mona")
    open_queue(page)
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.locator("main")).not_to_contain_text(RAW_CODES)  # qualifiers, precisions: labels, not codes
    expect(page.locator(".claim-card [data-role=quantity]").first).to_be_visible()
    page.screenshot(path="/tmp/queue-en.png", full_page=True)
    page.screenshot(path="/tmp/queue-en-top.png")

    page.get_by_role("button", name="العربية").click()
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", name="قائمة المراجعة")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/review/$"))  # the language button comes back to the queue
    first = page.locator(".claim-card").first
    expect(first.get_by_role("button", name="تأكيد")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(RAW_CODES)
    expect(page.locator("body")).not_to_contain_text(re.compile(
        r"Stories|Other sources|Pending|Confirm|\([a-z_ ]+\)"))  # e.g. "(week)": a precision left in English
    assert first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # Right to left: the card's thick edge and the claim head's first item are on the right.
    assert first.evaluate("e => getComputedStyle(e).borderRightWidth") == "4px"
    box, badge = first.bounding_box(), first.locator(".badge").first.bounding_box()
    assert badge["x"] > box["x"] + box["width"] / 2
    page.screenshot(path="/tmp/queue-ar.png", full_page=True)
    page.screenshot(path="/tmp/queue-ar-top.png")
