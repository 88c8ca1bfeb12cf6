"""Stories, their timelines, exports and published (public) timelines."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_POST

from newsroom.models import Article

from ..exports import EXPORTS, export_story
from ..models import Claim, ClaimGroup, Story
from ..services import add_articles, create_story, merge_groups, move_claim, publish_story, unpublish_story
from ..services.timeline import TimelineFilters, build_timeline
from ..story_forms import StoryForm, TimelineFilterForm


@login_required
@permission_required("claims.view_story", raise_exception=True)
def story_list(request):
    stories = Story.objects.all()
    return render(request, "claims/story_list.html", {
        "stories": stories, "form": StoryForm(), "can_edit": request.user.has_perm("claims.add_story")})


@login_required
@permission_required("claims.add_story", raise_exception=True)
@require_POST
def story_create(request):
    form = StoryForm(request.POST)
    if not form.is_valid():
        return render(request, "claims/story_list.html", {"stories": Story.objects.all(), "form": form,
                                                           "can_edit": True}, status=400)
    story = create_story(title=form.cleaned_data["title"], description=form.cleaned_data["description"],
                         user=request.user, articles=form.cleaned_data["articles"])
    messages.success(request, _("Story “%(title)s” created.") % {"title": story})
    return redirect(story)


@login_required
@permission_required("claims.view_story", raise_exception=True)
def story_timeline(request, pk: int):
    story = get_object_or_404(Story, pk=pk)
    filters_form = TimelineFilterForm(request.GET or None)
    filters = TimelineFilters(**filters_form.cleaned_data) if filters_form.is_valid() else TimelineFilters()
    can_edit = request.user.has_perm("claims.change_story")
    context = {
        "story": story, "timeline": build_timeline(story=story, filters=filters), "filters": filters_form,
        "exports": EXPORTS, "can_edit": can_edit, "public": False,
        "articles": story.articles.with_source().defer("body", "raw_input") if can_edit else None,
        "other_articles": Article.objects.exclude(stories=story).defer("body", "raw_input")[:200] if can_edit else None,
        "pending": Claim.objects.pending_review().current().filter(article__stories=story).count(),
    }
    return render(request, "claims/timeline.html", context)


def public_timeline(request, slug: str, embed: bool = False):
    """A published timeline: no login, read only; the embed variant can sit in an iframe."""
    story = get_object_or_404(Story.objects.published(), public_slug=slug)
    filters_form = TimelineFilterForm(request.GET or None)
    filters = TimelineFilters(**filters_form.cleaned_data) if filters_form.is_valid() else TimelineFilters()
    context = {"story": story, "timeline": build_timeline(story=story, filters=filters), "filters": filters_form,
               "public": True, "embed": embed}
    return render(request, "claims/public_timeline.html", context)


public_embed = xframe_options_exempt(lambda request, slug: public_timeline(request, slug, embed=True))


@login_required
@permission_required("claims.view_story", raise_exception=True)
def story_export(request, pk: int, fmt: str):
    story = get_object_or_404(Story, pk=pk)
    if fmt == "print":
        return render(request, "claims/timeline_print.html", {"story": story, "timeline": build_timeline(story=story)})
    return streaming_export(request, story, fmt)


def streaming_export(request, story: Story, fmt: str) -> StreamingHttpResponse:
    export = EXPORTS.get(fmt)
    if export is None:
        raise Http404(_("Unknown export format “%(fmt)s”.") % {"fmt": fmt})
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = StreamingHttpResponse(export_story(story, fmt, base_url), content_type=export.content_type)
    name = slugify(story.title, allow_unicode=True) or f"story-{story.pk}"
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(name)}.{export.extension}"
    return response


@login_required
@permission_required("claims.change_story", raise_exception=True)
@require_POST
def story_publish(request, pk: int):
    story = get_object_or_404(Story, pk=pk)
    if request.POST.get("publish") == "1":
        publish_story(story=story)
        messages.success(request, _("The timeline is public at %(url)s") % {
            "url": request.build_absolute_uri(story.get_public_url())})
    else:
        unpublish_story(story=story)
        messages.success(request, _("The timeline is no longer public."))
    return redirect(story)


@login_required
@permission_required("claims.change_story", raise_exception=True)
@require_POST
def story_add_articles(request, pk: int):
    story = get_object_or_404(Story, pk=pk)
    ids = [int(i) for i in request.POST.getlist("articles") if i.isdigit()]
    articles = list(Article.objects.filter(pk__in=ids))
    if articles:
        add_articles(story=story, articles=articles)
        messages.success(request, _("%(n)d article(s) added to the story.") % {"n": len(articles)})
    else:
        messages.error(request, _("Choose at least one article."))
    return redirect(request.POST.get("next") or story.get_absolute_url())


@login_required
@permission_required("claims.change_story", raise_exception=True)
@require_POST
def story_group_action(request, pk: int):
    """Merge groups, or move a claim to another group (or into a group of its own)."""
    story = get_object_or_404(Story, pk=pk)
    action = request.POST.get("action")
    if action == "merge":
        groups = list(story.groups.filter(pk__in=request.POST.getlist("groups")).order_by("date_start", "pk"))
        if len(groups) < 2:
            messages.error(request, _("Select two or more entries to merge."))
        else:
            merge_groups(story=story, groups=groups)
            messages.success(request, _("%(n)d entries merged.") % {"n": len(groups)})
    elif action == "move":
        claim = get_object_or_404(Claim, pk=request.POST.get("claim"), article__stories=story)
        target = request.POST.get("to_group")
        group = get_object_or_404(ClaimGroup, pk=target, story=story) if target and target != "new" else None
        move_claim(story=story, claim=claim, to_group=group)
        messages.success(request, _("Claim moved."))
    else:
        messages.error(request, _("Unknown action."))
    return redirect(story)


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)
