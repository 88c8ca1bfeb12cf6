"""An editor adds an Arabic article through the web pages, in headless Chromium (Playwright).

Screenshots go to /tmp/newsroom-browser-*.png for a human to look at.
"""
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect

from newsroom.models import Article

pytestmark = pytest.mark.browser

PASSWORD = "pw-for-browser-tests"
TITLE = "ارتفاع أسعار الخبز في العاصمة"
ARTICLE = """أعلنت وزارة التموين يوم الأحد 9 مارس 2025 رفع سعر رغيف الخبز المدعوم بنسبة 15 في المئة.
وقال وزير التموين في مؤتمر صحافي إن "الزيادة ضرورية لتغطية كلفة القمح المستورد".
وأضاف أن الحكومة ستوزع 200 ألف بطاقة دعم جديدة على الأسر المحتاجة خلال الشهر المقبل.
"""
SCREENSHOTS = "/tmp/newsroom-browser"


def editor_permissions(user):
    """Put the user in the editors role (the groups survive the flush of transactional tests: claims/roles.py)."""
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def editor(transactional_db):
    return editor_permissions(get_user_model().objects.create_user("browser-editor", password=PASSWORD))


def log_in(page: Page, live_server, user) -> None:
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()  # the desk is behind a login
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()


def add_article(page: Page, *, title: str, text: str) -> None:
    page.get_by_role("navigation").get_by_role("link", name="Add article").click()
    expect(page.get_by_role("heading", name="Add an article")).to_be_visible()
    page.get_by_label("Article text").fill(text)
    page.get_by_label("Title").fill(title)
    page.get_by_role("button", name="Add article").click()


def expect_article_page(page: Page, *, title: str) -> None:
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("added; claims are being extracted")
    body = page.locator(".article .body")
    expect(body).to_contain_text("رفع سعر رغيف الخبز المدعوم بنسبة 15 في المئة")
    expect(body).to_contain_text("200 ألف بطاقة دعم جديدة")
    # Arabic reads right to left: the body's direction comes out rtl (dir="auto"), so it is right-aligned.
    assert body.evaluate("e => getComputedStyle(e).direction") == "rtl"


def test_editor_adds_an_arabic_article_and_sees_it_done(page: Page, live_server, editor):
    """In the live server, extraction runs eagerly on commit (settings_test): the article is done on arrival."""
    log_in(page, live_server, editor)
    add_article(page, title=TITLE, text=ARTICLE)

    expect_article_page(page, title=TITLE)
    expect(page.locator(".article .badge")).to_have_text("Done")
    expect(page.locator("mark.claim").first).to_be_visible()  # claims are highlighted in the body
    page.screenshot(path=f"{SCREENSHOTS}-article.png", full_page=True)

    page.get_by_role("navigation").get_by_role("link", name="Articles").click()
    row = page.locator("#article-rows tr", has_text=TITLE)
    expect(row).to_have_count(1)
    expect(row.locator(".badge")).to_have_text("Done")
    expect(row.get_by_role("cell", name="ar", exact=True)).to_be_visible()
    page.screenshot(path=f"{SCREENSHOTS}-list.png", full_page=True)

    article = Article.objects.get()
    assert article.status == Article.Status.DONE
    assert article.ingested_by == editor
    assert article.claims.count() > 0


@pytest.mark.worker
def test_status_badge_turns_done_when_the_worker_finishes(page: Page, live_server, editor, celery_worker_process):
    """With a real worker, the badge starts queued and the page's polling flips it to Done without a reload."""
    log_in(page, live_server, editor)
    add_article(page, title=TITLE, text=ARTICLE)

    expect_article_page(page, title=TITLE)
    badge = page.locator(".article .badge")
    first_seen = badge.inner_text()
    assert first_seen in {"Queued", "Extracting", "Done"}
    print(f"badge on arrival: {first_seen}")  # usually Queued: the worker has not picked the task up yet
    expect(badge).to_have_text("Done", timeout=60_000)
    page.screenshot(path=f"{SCREENSHOTS}-worker-article.png", full_page=True)

    page.get_by_role("navigation").get_by_role("link", name="Articles").click()
    expect(page.locator("#article-rows tr", has_text=TITLE).locator(".badge")).to_have_text("Done")
    celery_worker_process.wait_for_log(r"extract_article_task\[[^\]]+\] succeeded")
    assert Article.objects.get().claims.count() > 0
