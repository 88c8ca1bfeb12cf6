"""The review queue page, without and with htmx."""
import pytest
from django.urls import reverse

from claims.models import Claim, ClaimGroup, GroupMembership, Story
from newsroom.tests.factories import UserFactory

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


def test_each_request_filters_by_its_own_choices_only(editor_client, editor):
    """The filters are copied per request (claims.filters.CopiedOneLevel): one request's choices, and the
    FilterSet a method filter calls, must not carry over to the next."""
    first, second = ClaimFactory(speaker="لويد أوستن"), ClaimFactory(speaker="بيسكوف", assigned_to=editor)
    queue = reverse("claims:queue")

    def cards(query):
        page = editor_client.get(queue, query).content.decode()
        return {pk for pk in (first.pk, second.pk) if f'id="claim-{pk}"' in page}

    assert cards({"speaker": "أوستن"}) == {first.pk}
    assert cards({"outlet": second.article.source.name}) == {second.pk}
    assert cards({"source": first.article.source_id}) == {first.pk}
    assert cards({"mine": "true"}) == {second.pk}
    assert cards({}) == {first.pk, second.pk}
    assert cards({"speaker": "بيسكوف", "source": first.article.source_id}) == set()


def test_a_repeated_filter_reads_fresh_claims_for_each_editor(client, editor, other_editor):
    """The queue compiles a filter's SQL once (claims.cards.CompiledCardQueries), never its rows: the same
    choices show what the database holds now, "mine" shows each editor their own claims, and each page its own."""
    queue = reverse("claims:queue")
    hers, his = ClaimFactory(assigned_to=editor, score=0.9), ClaimFactory(assigned_to=other_editor, score=0.8)

    def cards(user, query):
        client.force_login(user)
        page = client.get(queue, query).content.decode()
        return [pk for pk in sorted(Claim.objects.values_list("pk", flat=True)) if f'id="claim-{pk}"' in page]

    assert cards(editor, {"mine": "true"}) == [hers.pk]
    assert cards(other_editor, {"mine": "true"}) == [his.pk]
    Claim.objects.filter(pk=hers.pk).update(status=Claim.Status.CONFIRMED)
    assert cards(editor, {"mine": "true"}) == []
    assert cards(editor, {"status": "confirmed"}) == [hers.pk]

    more = ClaimFactory.create_batch(20, score=0.5)
    first, second = cards(editor, {}), cards(editor, {"page": 2})
    assert len(first) == 20 and len(second) == 1 and not set(first) & set(second)
    assert set(first) | set(second) == {his.pk, *(claim.pk for claim in more)}


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
    claims = ClaimFactory.create_batch(size)
    ClaimFactory(status=Claim.Status.CONFIRMED, reviewed_by=UserFactory(username="rita"), score=0.9)
    story = Story.objects.create(title="قصة")
    for claim in claims:  # each card in a group with another article's claim
        group = ClaimGroup.objects.create(story=story, kind=claim.kind)
        GroupMembership.objects.create(group=group, claim=claim, story=story)
        GroupMembership.objects.create(group=group, claim=ClaimFactory(score=0.1, status="rejected"), story=story)
    editor_client.get(reverse("claims:queue"))
    # session, user, the cards, their groups' other claims (and on the first view: permissions, source names)
    with django_assert_max_num_queries(4):
        response = editor_client.get(reverse("claims:queue"))
    assert response.content.decode().count('class="claim-card') == size
    assert response.content.decode().count("Other sources report this (1)") == size
    with django_assert_max_num_queries(5):  # … and the reviewers' names of decided cards
        response = editor_client.get(reverse("claims:queue"), {"status": ""})
    assert "rita" in response.content.decode()


def test_the_queue_count_arrives_apart_and_is_capped(editor_client, monkeypatch):
    monkeypatch.setattr("claims.views.review.COUNT_CAP", 3)
    ClaimFactory.create_batch(5)
    ClaimFactory(kind=Claim.Kind.QUANTITY)
    page = editor_client.get(reverse("claims:queue"), {"kind": "quantity"}).content.decode()
    count_url = reverse("claims:queue-count") + "?kind=quantity"
    assert f'hx-get="{count_url}"' in page and page.count('class="claim-card') == 1
    assert editor_client.get(count_url).content.decode() == "1 claim"
    assert editor_client.get(reverse("claims:queue-count")).content.decode() == "more than 3 claims"


def test_the_queue_pages_through_claims_without_counting_them(editor_client):
    ClaimFactory.create_batch(25)
    first = editor_client.get(reverse("claims:queue")).content.decode()
    second = editor_client.get(reverse("claims:queue"), {"page": 2}).content.decode()
    assert first.count('class="claim-card') == 20 and "page=2" in first and "page 1" in first
    assert second.count('class="claim-card') == 5 and "page=1" in second and "page=3" not in second
    assert editor_client.get(reverse("claims:queue"), {"page": "zzz"}).status_code == 200


def test_a_card_shows_how_other_sources_report_the_same_fact(editor_client):
    from newsroom.tests.factories import ArticleFactory, SourceFactory

    ours = ClaimFactory(date_value="2024-11-06", score=0.9)
    theirs = ClaimFactory(article=ArticleFactory(source=SourceFactory(name="وكالة الشرق")), date_value="2024-11-08",
                          status=Claim.Status.CONFIRMED)
    same_article = ClaimFactory(article=ours.article, start=1, date_value="2024-11-06")
    story = Story.objects.create(title="قصة")
    group = ClaimGroup.objects.create(story=story, kind=Claim.Kind.EVENT)
    for claim in (ours, theirs, same_article):
        GroupMembership.objects.create(group=group, claim=claim, story=story)
    ClaimFactory(score=0.1)  # in no group
    page = editor_client.get(reverse("claims:queue")).content.decode()
    card = page[page.index(f'id="claim-{ours.pk}"'):page.index(f'id="claim-{same_article.pk}"')]
    assert "Other sources report this (1)" in card
    assert "وكالة الشرق" in card and "2024-11-08" in card and "Confirmed" in card
    assert page.count("Other sources report this") == 2  # ours and same_article; the ungrouped claim has none


def test_a_card_shows_every_quantity_of_its_sentence(editor_client):
    ClaimFactory(kind=Claim.Kind.QUANTITY, quantity_value=4, quantity_unit="ألوية", quantity_qualifier="up_to",
                 quantities=[{"value": 4, "unit": "ألوية", "qualifier": "up_to", "expression": "ما يصل إلى أربعة ألوية"},
                             {"value": 12000, "unit": "جندي", "qualifier": "up_to", "expression": "12 ألف جندي"}])
    page = editor_client.get(reverse("claims:queue")).content.decode()
    assert "12,000" in page and "12 ألف جندي" in page


def test_a_renamed_source_shows_its_new_name_on_the_queue_at_once(editor_client):
    claim = ClaimFactory()
    source = claim.article.source
    assert source.name in editor_client.get(reverse("claims:queue")).content.decode()
    source.name = "وكالة معاد تسميتها"
    source.save()
    page = editor_client.get(reverse("claims:queue")).content.decode()
    assert page.count("وكالة معاد تسميتها") == 2  # the card's outlet and the source filter's option


def test_htmx_asks_for_the_list_alone_when_the_filters_change(editor_client):
    ClaimFactory()
    quantity = ClaimFactory(kind=Claim.Kind.QUANTITY, quantity_value=3000, quantity_unit="جندي")
    fragment = editor_client.get(reverse("claims:queue"), {"kind": "quantity"}, headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert "<html" not in html and 'id="bulk-form"' in html
    assert html.count('class="claim-card') == 1 and f'id="claim-{quantity.pk}"' in html and "3,000" in html


def test_the_filter_form_keeps_what_the_editor_chose(editor_client):
    ClaimFactory()
    page = editor_client.get(reverse("claims:queue"), {"kind": "quantity", "has_number": "true",
                                                       "q": '<b>"أوستن"</b>'}).content.decode()
    assert '<option value="quantity" selected>' in page and '<option value="true" selected>' in page
    assert '<option value="pending" selected>' in page  # the queue's default status
    assert 'value="&lt;b&gt;&#34;أوستن&#34;&lt;/b&gt;"' in page and "<b>" not in page


def test_a_version_grouped_with_the_card_in_two_stories_shows_once(editor_client):
    from newsroom.tests.factories import ArticleFactory

    ours = ClaimFactory(date_value="2024-11-06", score=0.9)
    theirs = ClaimFactory(article=ArticleFactory(), date_value="2024-11-08", score=0.1)
    for title in ("قصة أولى", "قصة ثانية"):
        story = Story.objects.create(title=title)
        group = ClaimGroup.objects.create(story=story, kind=Claim.Kind.EVENT)
        for claim in (ours, theirs):
            GroupMembership.objects.create(group=group, claim=claim, story=story)
    page = editor_client.get(reverse("claims:queue")).content.decode()
    card = page[page.index(f'id="claim-{ours.pk}"'):page.index(f'id="claim-{theirs.pk}"')]
    assert "Other sources report this (1)" in card and card.count("2024-11-08") == 1
