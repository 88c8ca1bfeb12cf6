"""Stories: which articles report them, and how their claims group across articles."""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from newsroom.models import Article

from ..extraction.grouping import GroupItem, agreement, group_items, items_from_claim
from ..extraction.grouping import suggest_story as suggest_story_by_text
from ..models import Claim, ClaimGroup, GroupMembership, Story


def create_story(*, title: str, user=None, description: str = "", articles=()) -> Story:
    """Create a story and file the given articles under it."""
    story = Story.objects.create(title=title.strip()[:300], description=description, created_by=user)
    if articles:
        add_articles(story=story, articles=articles)
    return story


def add_articles(*, story: Story, articles) -> None:
    """File articles under a story and regroup its claims."""
    story.articles.add(*articles)
    regroup_story(story=story)


def remove_article(*, story: Story, article: Article) -> None:
    story.articles.remove(article)
    GroupMembership.objects.filter(story=story, claim__article=article).delete()
    ClaimGroup.objects.filter(story=story, memberships__isnull=True).delete()


def suggest_story(*, article: Article) -> tuple[Story | None, float]:
    """Return the story that shares the most names and words with the article, and the score."""
    profiles: dict[int, list[str]] = {}
    rows = Article.objects.filter(stories__isnull=False).exclude(pk=article.pk)
    for story_id, title, body in rows.values_list("stories", "title", "body"):
        profiles.setdefault(story_id, []).append(f"{title}\n{body[:4000]}")
    if not profiles:
        return None, 0.0
    best, score = suggest_story_by_text(f"{article.title}\n{article.body}",
                                        {pk: "\n".join(texts) for pk, texts in profiles.items()})
    return (Story.objects.filter(pk=best).first() if best else None), score


def claim_items(claim: Claim) -> list[GroupItem]:
    """Describe a claim for the pure grouping functions: one item per date or quantity it states.

    An editor's correction wins over what the extractor found.
    """
    article = claim.article
    dates = claim.dates if claim.dates and claim.dates[0].get("value") == claim.date_value else (
        [{"value": claim.date_value}] if claim.date_value else [])
    quantities = claim.quantities
    first = quantities[0] if quantities else {}
    if (first.get("value"), first.get("unit") or "", first.get("qualifier") or "") != (
            claim.quantity_value, claim.quantity_unit, claim.quantity_qualifier):
        quantities = [{"value": claim.quantity_value, "unit": claim.quantity_unit or None,
                       "qualifier": claim.quantity_qualifier or None}] if claim.quantity_value is not None else []
    return items_from_claim(claim.pk, claim.article_id, article.outlet, {
        "kind": claim.kind, "text": claim.text, "speaker": claim.speaker,
        "speaker_canonical": claim.speaker_canonical, "dates": dates, "quantities": quantities})


@transaction.atomic
def regroup_story(*, story: Story) -> list[ClaimGroup]:
    """Regroup the story's claims automatically; groups an editor arranged by hand stay as they are."""
    kept = set(GroupMembership.objects.filter(story=story, group__locked=True).values_list("claim_id", flat=True))
    claims = (Claim.objects.current().exclude(status=Claim.Status.REJECTED)
              .filter(article__stories=story).exclude(pk__in=kept).select_related("article__source"))
    by_key = {claim.pk: claim for claim in claims}
    ClaimGroup.objects.filter(story=story, locked=False).delete()
    parts = group_items([item for claim in by_key.values() for item in claim_items(claim)])
    groups = ClaimGroup.objects.bulk_create(
        [ClaimGroup(story=story, kind=by_key[part[0]].kind) for part in parts if part])
    GroupMembership.objects.bulk_create([
        GroupMembership(group=group, claim_id=key, story=story)
        for group, part in zip(groups, [p for p in parts if p]) for key in part
    ])
    refresh_groups(ClaimGroup.objects.filter(story=story))
    return groups


def refresh_groups(groups) -> None:
    """Recompute each group's agreement, values and date from its confirmed, current claims."""
    groups = list(groups)
    members: dict[int, list[Claim]] = {group.pk: [] for group in groups}
    confirmed = (GroupMembership.objects.filter(group__in=groups, claim__status=Claim.Status.CONFIRMED,
                                                claim__is_current=True)
                 .select_related("claim__article__source"))
    for membership in confirmed:
        members[membership.group_id].append(membership.claim)
    for group in groups:
        claims = members[group.pk]
        result = agreement([item for claim in claims for item in claim_items(claim)]) if claims else None
        dated = sorted((c for c in claims if c.date_start), key=lambda c: (c.date_start, c.date_end))
        reported = sorted(c.article.published_on for c in claims if c.article.published_on)
        group.agreement = result.status if result else ClaimGroup.Agreement.NONE
        group.values = [{"value": value, "claims": keys} for value, keys in result.values] if result else []
        group.confirmed_count = len(claims)
        group.date_value = dated[0].date_value if dated else ""
        group.date_start = dated[0].date_start if dated else (reported[0] if reported else None)
        group.date_end = max(c.date_end for c in dated) if dated else group.date_start
        if not group.label and claims:
            group.label = claims[0].text[:300]
    ClaimGroup.objects.bulk_update(groups, ["agreement", "values", "confirmed_count", "date_value", "date_start",
                                            "date_end", "label"])


def refresh_groups_of(*, claim: Claim) -> None:
    """Refresh the groups a claim belongs to, after a decision changed it."""
    refresh_groups(ClaimGroup.objects.filter(memberships__claim=claim))


@transaction.atomic
def merge_groups(*, story: Story, groups: list[ClaimGroup], label: str = "") -> ClaimGroup:
    """Merge groups of one story into the first; the result is locked against automatic regrouping."""
    target, *others = groups
    GroupMembership.objects.filter(story=story, group__in=others).update(group=target)
    ClaimGroup.objects.filter(pk__in=[g.pk for g in others]).delete()
    target.locked = True
    target.label = label or target.label
    target.save(update_fields=["locked", "label", "updated_at"])
    refresh_groups([target])
    return target


@transaction.atomic
def move_claim(*, story: Story, claim: Claim, to_group: ClaimGroup | None = None) -> ClaimGroup:
    """Move a claim to another group of the story, or split it into a group of its own (to_group=None)."""
    old = ClaimGroup.objects.filter(story=story, memberships__claim=claim).first()
    if to_group is None:
        to_group = ClaimGroup.objects.create(story=story, kind=claim.kind, locked=True)
    GroupMembership.objects.update_or_create(story=story, claim=claim, defaults={"group": to_group})
    ClaimGroup.objects.filter(pk=to_group.pk).update(locked=True, updated_at=timezone.now())
    if old is not None and old.pk != to_group.pk:
        if old.memberships.exists():
            ClaimGroup.objects.filter(pk=old.pk).update(locked=True, updated_at=timezone.now())
            refresh_groups([old])
        else:
            old.delete()
    to_group.refresh_from_db()
    refresh_groups([to_group])
    return to_group


def publish_story(*, story: Story) -> Story:
    story.is_published, story.published_at = True, timezone.now()
    story.save(update_fields=["is_published", "published_at"])
    return story


def unpublish_story(*, story: Story) -> Story:
    story.is_published, story.published_at = False, None
    story.save(update_fields=["is_published", "published_at"])
    return story


def regroup_stories_of(*, article: Article) -> None:
    """Regroup every story the article belongs to (after its claims changed)."""
    for story in article.stories.all():
        regroup_story(story=story)
