"""Article pages: thin views over newsroom.services."""
from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from claims.services import suggest_story

from .forms import IngestForm
from .middleware import SESSION_KEY
from .models import Article, Source, UserPreference
from .services import IngestError, ingest_article, ingest_url


@login_required
@permission_required("newsroom.view_article", raise_exception=True)
@vary_on_headers("HX-Request")
def article_list(request):
    articles = Article.objects.with_source().defer("raw_input", "body")
    page = Paginator(articles, 50).get_page(request.GET.get("page"))
    template = "newsroom/partials/article_rows.html" if request.htmx else "newsroom/article_list.html"
    polling = any(article.is_in_progress for article in page)
    return render(request, template, {"page": page, "polling": polling})


@login_required
@permission_required("newsroom.view_article", raise_exception=True)
def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.with_source(), pk=pk)
    claims = list(article.claims.current().order_by("start"))
    stories = list(article.stories.all())
    suggestion = None
    if not stories and request.user.has_perm("claims.change_story"):
        suggestion, _score = suggest_story(article=article)
    return render(request, "newsroom/article_detail.html", {
        "article": article,
        "claims": claims,
        "segments": highlight_segments(article.body, claims),
        "stories": stories,
        "suggestion": suggestion,
    })


@login_required
@permission_required("newsroom.view_article", raise_exception=True)
def article_status(request, pk: int):
    article = get_object_or_404(Article.objects.defer("raw_input", "body"), pk=pk)
    response = render(request, "newsroom/partials/status_badge.html", {"article": article})
    if request.htmx and not article.is_in_progress:
        response["HX-Refresh"] = "true"  # reload once, so the page shows the claims just extracted
    return response


@login_required
@permission_required("newsroom.add_article", raise_exception=True)
@require_http_methods(["GET", "POST"])
def ingest(request):
    form = IngestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {"title": data["title"], "outlet": data["outlet"], "published": data["published"],
                  "source": data["source"], "user": request.user}
        try:
            if form.fetches_url:
                result = ingest_url(url=data["url"], **fields)
            elif data["file"]:
                upload = data["file"]
                result = ingest_article(content=upload.read(), channel=Article.Channel.UPLOAD, filename=upload.name,
                                        content_type=upload.content_type or "", url=data["url"] or None, **fields)
            else:
                result = ingest_article(content=data["text"], channel=Article.Channel.PASTE, url=data["url"] or None,
                                        **fields)
        except IngestError as exc:
            form.add_error(None, str(exc))  # the form keeps what was typed: nothing is lost
        else:
            (messages.success if result.created else messages.warning)(request, result.message)
            return redirect(result.article)
    return render(request, "newsroom/ingest.html", {"form": form, "outlets": Source.objects.active()})


@login_required
@require_http_methods(["POST"])
def set_language(request):
    """Save the user's interface language and go back where they were."""
    language = request.POST.get("language", "")
    if language in dict(settings.LANGUAGES):
        UserPreference.objects.update_or_create(user=request.user, defaults={"language": language})
        request.session[SESSION_KEY] = language
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "newsroom:article-list"
    return redirect(target)


def highlight_segments(body: str, claims) -> list[tuple[str, object]]:
    """Cut the body into (text, claim-or-None) pieces so each claim's span can be highlighted."""
    segments, position = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < position or claim.end > len(body):
            continue  # overlapping spans: the first one wins the highlight
        if claim.start > position:
            segments.append((body[position:claim.start], None))
        segments.append((body[claim.start:claim.end], claim))
        position = claim.end
    segments.append((body[position:], None))
    return [segment for segment in segments if segment[0]]
