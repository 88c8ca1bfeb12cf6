"""Stories, grouping across articles, the timeline and publishing."""
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from claims.models import Claim, ClaimGroup, Story
from claims.services import decide_claim, merge_groups, move_claim, regroup_story
from claims.services.timeline import build_timeline, value_label
from newsroom.models import Article

pytestmark = pytest.mark.django_db

GOLD = Path(settings.BASE_DIR).parent / "shared" / "gold" / "seeds.gold.json"


@pytest.fixture
def seeded_story(editor):
    """The seeds loaded under their story, with every extracted claim confirmed."""
    call_command("load_seeds", sync=True)
    story = Story.objects.get()
    for claim in Claim.objects.all():
        decide_claim(claim=claim, editor=editor, action="confirm", version=claim.version)
    return story


def claims_at(anchor: str) -> set[int]:
    """Return the ids of claims whose span overlaps the anchor text in its article."""
    found = set()
    for article in Article.objects.all():
        start = article.body.find(anchor)
        if start >= 0:
            end = start + len(anchor)
            found |= set(article.claims.filter(start__lt=end, end__gt=start).values_list("pk", flat=True))
    return found


def test_load_seeds_files_the_seeds_under_one_story(seeded_story):
    assert seeded_story.articles.count() == 5
    assert ClaimGroup.objects.filter(story=seeded_story).exists()


def test_gold_clusters_show_on_the_timeline(seeded_story):
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD}")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    items = {item["id"]: item for article in gold["articles"]
             for item in article["events"] + article["quantities"]}
    timeline = build_timeline(story=seeded_story)
    by_claim = {claim.pk: group for group in timeline.dated + timeline.undated for claim in group.sources}
    for cluster in gold["clusters"]:
        member_claims = [claims_at(anchor) for member in cluster["members"] for anchor in items[member]["anchors"]]
        groups = {by_claim[pk].pk for ids in member_claims for pk in ids if pk in by_claim}
        assert len(groups) >= 1, cluster["id"]
        group = max((g for g in timeline.dated + timeline.undated if g.pk in groups), key=lambda g: len(g.sources))
        expected = "corroborated" if cluster["relation"] == "corroborate" else "contradicted"
        assert group.agreement == expected, (cluster["id"], group.agreement, group.values)
        assert len(group.outlets) >= 2, cluster["id"]


def test_timeline_page_orders_by_date_and_shows_contradictions(client, editor, seeded_story):
    client.force_login(editor)
    page = client.get(seeded_story.get_absolute_url()).content.decode()
    assert 'dir="auto"' in page and "timeline" in page
    dated = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', page)
    assert dated and dated == sorted(dated)
    assert "2000" in page  # the 2000 friendship treaty sits at the start


def test_only_confirmed_claims_reach_the_timeline(editor):
    call_command("load_seeds", sync=True)
    story = Story.objects.get()
    claim = Claim.objects.filter(kind="event").first()
    assert build_timeline(story=story).entry_count == 0
    decide_claim(claim=claim, editor=editor, action="confirm", version=1)
    timeline = build_timeline(story=story)
    assert [c.pk for g in timeline.dated + timeline.undated for c in g.sources] == [claim.pk]


def test_merge_and_move_are_kept_when_regrouping(seeded_story):
    groups = list(seeded_story.groups.order_by("pk")[:2])
    merged = merge_groups(story=seeded_story, groups=groups)
    claim = merged.claims.first()
    moved = move_claim(story=seeded_story, claim=claim)
    regroup_story(story=seeded_story)
    merged.refresh_from_db()
    assert merged.locked and moved.locked
    assert list(moved.claims.all()) == [claim]
    assert claim not in merged.claims.all()


@pytest.mark.parametrize("value, label", [
    ("2024-06", "June 2024"),
    ("2024-06-18/2024-06-19", "18–19 June 2024"),
    ("2024-11-06", "6 November 2024"),
    ("2024-Q1", "Q1 2024"),
    ("2024-H1", "first half of 2024"),
    ("2023-H2", "second half of 2023"),
    ("2022", "2022"),
    ("1950/1953", "1950–1953"),
    ("XXXX-06", "June, year unknown"),
    ("XXXX-WXX-3", "a Wednesday, date unknown"),
    ("XXXX-XX-15", "day 15 of a month unknown"),
])
def test_dates_are_labelled_at_their_precision(value, label):
    assert value_label(value) == label


def test_half_years_are_labelled_in_arabic():
    with translation.override("ar"):
        assert value_label("2024-H1") == "النصف الأول من 2024"
        assert value_label("XXXX-XX-15") == "اليوم 15 من شهر غير معروف"


def test_publishing_makes_a_public_read_only_page(client, editor, seeded_story):
    public = seeded_story.get_public_url()
    assert client.get(public).status_code == 404
    client.force_login(editor)
    client.post(reverse("claims:story-publish", args=[seeded_story.pk]), {"publish": "1"})
    client.logout()
    page = client.get(public)
    assert page.status_code == 200 and "decide-form" not in page.content.decode()
    embed = client.get(reverse("claims:public-embed", args=[seeded_story.public_slug]))
    assert embed.status_code == 200 and "X-Frame-Options" not in embed.headers
    client.force_login(editor)
    client.post(reverse("claims:story-publish", args=[seeded_story.pk]), {"publish": "0"})
    client.logout()
    assert client.get(public).status_code == 404


def test_viewers_cannot_publish(client, viewer, seeded_story):
    client.force_login(viewer)
    assert client.get(seeded_story.get_absolute_url()).status_code == 200
    assert client.post(reverse("claims:story-publish", args=[seeded_story.pk]), {"publish": "1"}).status_code == 403


def test_a_new_article_is_offered_the_story_it_belongs_to(client, editor, seeded_story):
    from newsroom.services import ingest_article

    text = ("قال الكرملين إن الرئيس الروسي فلاديمير بوتين سيزور بيونغ يانغ مجدداً لبحث تنفيذ معاهدة الدفاع المشترك "
            "مع كوريا الشمالية، بعد أن صادق عليها مجلس الاتحاد الروسي.")
    article = ingest_article(content=text, channel=Article.Channel.PASTE, queue=False).article
    unrelated = ingest_article(content="فاز المنتخب الوطني لكرة القدم على نظيره بثلاثة أهداف نظيفة في المباراة "
                                       "الودية التي أقيمت مساء أمس على الملعب الأولمبي.",
                               channel=Article.Channel.PASTE, queue=False).article
    client.force_login(editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "looks like part of the story" in page and seeded_story.title in page
    client.post(reverse("claims:story-add-articles", args=[seeded_story.pk]),
                {"articles": [article.pk], "next": article.get_absolute_url()})
    assert seeded_story.articles.filter(pk=article.pk).exists()
    assert "looks like part of the story" not in client.get(unrelated.get_absolute_url()).content.decode()
