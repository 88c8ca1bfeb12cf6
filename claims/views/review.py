"""The review queue: thin views over claims.services, htmx-aware, usable without JavaScript."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext, pgettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from newsroom.jinja2 import layout_context, render_jinja
from newsroom.models import source_names

from ..cards import claim_cards
from ..filters import ClaimFilter
from ..forms import BulkDecisionForm, DecisionForm
from ..models import Claim, Qualifier, RejectReason
from ..services import ClaimNotReviewable, StaleClaim, assign_batch, decide_claim, decide_claims, undo_last_decision

PAGE_SIZE = 20
COUNT_CAP = 1000  # counting 100k rows costs more than the page; past the cap, filters narrow the list


@dataclass
class QueuePage:
    """One page of the queue. It reads one claim past the page to know whether a next page exists;
    the total is counted apart (queue_count), up to COUNT_CAP."""

    number: int
    cards: list
    has_next: bool

    @classmethod
    def read(cls, claim_filter: ClaimFilter, number: str | None) -> "QueuePage":
        try:
            number = max(1, int(number or 1))
        except ValueError:
            number = 1
        cards = claim_cards(lambda: claim_filter.qs, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE + 1,
                            compiled_as=("queue", claim_filter.sql_key()))
        return cls(number=number, cards=cards[:PAGE_SIZE], has_next=len(cards) > PAGE_SIZE)

    @property
    def has_previous(self) -> bool:
        return self.number > 1


QUALIFIER_CHOICES = Qualifier.choices
PRECISIONS = {"day": pgettext_lazy("date precision", "day"), "week": pgettext_lazy("date precision", "week"),
              "weekday": pgettext_lazy("date precision", "day of the week"),
              "month": pgettext_lazy("date precision", "month"), "quarter": pgettext_lazy("date precision", "quarter"),
              "half": pgettext_lazy("date precision", "half-year"),
              "year": pgettext_lazy("date precision", "year"), "interval": pgettext_lazy("date precision", "interval"),
              "unknown_year": pgettext_lazy("date precision", "year unknown")}


def render_cards(claims, context: dict) -> str:
    return render_jinja("claims/claim_cards.jinja", {**context, "claims": claims})


def filter_fields(form, sources: dict[int, str]) -> list[tuple]:
    """The filter form's fields as (name, label, input type, options or None, submitted value) for
    filter_fields.jinja. Django's widget templates and lazy labels cost more than the page's queries: the
    fields' words are read once per language, the source options from the cached source names."""
    source_options = (("", _("Any source")), *((str(pk), name) for pk, name in sorted(sources.items(), key=_by_name)))
    return [(name, label, input_type, source_options if name == "source" else options, form.data.get(name, ""))
            for name, label, input_type, options in _filter_specs(get_language())]


def _by_name(item: tuple[int, str]) -> str:
    return item[1]


@lru_cache(maxsize=None)
def _filter_specs(language: str | None) -> tuple[tuple, ...]:
    specs = []
    for field in ClaimFilter(queryset=Claim.objects.none()).form:
        widget = field.field.widget
        is_select = getattr(widget, "input_type", None) == "select"
        options = tuple((str(value), str(label)) for value, label in widget.choices) if is_select and field.name != "source" else None
        input_type = "date" if "date" in field.name and widget.input_type == "text" else widget.input_type
        specs.append((field.name, str(field.label), input_type, options))
    return tuple(specs)


def card_context(request) -> dict:
    """Return what every claim card needs, computed once per request rather than once per card."""
    return {
        "can_review": request.user.has_perm("claims.review_claim"),
        "csrf_input": mark_safe(f'<input type="hidden" name="csrfmiddlewaretoken" value="{get_token(request)}">'),
        "next_url": request.get_full_path() if request.method == "GET" else request.POST.get("next", ""),
        **_card_labels(get_language()),
    }


@lru_cache(maxsize=None)
def _card_labels(language: str | None) -> dict:
    """The cards' fixed words and links in one interface language (the active one), built once per process."""
    reasons = "".join(f'<option value="{value}" data-key="{i}">{i}. {escape(label)}</option>'
                      for i, (value, label) in enumerate(RejectReason.choices, start=1))
    return {
        "reason_options": mark_safe(f'<option value="">{escape(_("Reason…"))}</option>{reasons}'),
        "urls": {"article": reverse("newsroom:article-detail", args=[0])[:-2],
                 "claim": reverse("claims:claim-detail", args=[0])[:-2]},
        "t": {
            "select": _("Select"), "score": _("Check-worthiness"), "unknown_outlet": _("unknown outlet"),
            "date_unknown": _("date unknown"), "in_article": _("in the article"), "history": _("history"),
            "date": _("Date"), "quantity": _("Quantity"), "speaker": _("Speaker"), "decided": _("Decided"),
            "other_sources": _("Other sources report this"), "confirm": _("Confirm"), "edit": _("Edit"),
            "reason_for_rejecting": _("Reason for rejecting"), "details_optional": _("Details (optional)"),
            "details": _("Details"), "reject": _("Reject"), "skip": _("Skip"),
            # Stored codes (more_than, week, wrong_extraction, pending) as the editor reads them.
            "qualifiers": {value: str(label) for value, label in QUALIFIER_CHOICES},
            "precisions": {value: str(label) for value, label in PRECISIONS.items()},
            "reasons": {value: str(label) for value, label in RejectReason.choices},
            "kinds": {value: str(label) for value, label in Claim.Kind.choices},
            "statuses": {value: str(label) for value, label in Claim.Status.choices},
        },
    }


@login_required
@permission_required("claims.view_claim", raise_exception=True)
@vary_on_headers("HX-Request")
def review_queue(request):
    claim_filter = _queue_filter(request)
    page = QueuePage.read(claim_filter, request.GET.get("page"))
    context = {"page": page, "query": _query_without_page(request), **card_context(request)}
    # Rendered apart and passed in as one string: included in the page, each of the cards' ~3,000 pieces
    # went up through four nested templates' generators (~0.5 ms at 100k claims).
    context["cards_html"] = render_cards(page.cards, context)
    if request.htmx and not request.htmx.boosted:
        return HttpResponse(render_jinja("claims/queue_list.jinja", context))
    context["fields"] = filter_fields(claim_filter.form, source_names())
    # The whole page is Jinja2, layout included (layout/page.jinja): in base.html the layout cost ~0.8 ms.
    return HttpResponse(render_jinja("claims/queue_page.jinja", {**layout_context(request), **context}))


@login_required
@permission_required("claims.view_claim", raise_exception=True)
def queue_count(request):
    """How many claims the queue's filters match, up to COUNT_CAP (the queue page loads it after itself)."""
    count = _queue_filter(request).qs[:COUNT_CAP + 1].count()
    if count > COUNT_CAP:
        text = _("more than %(n)s claims") % {"n": COUNT_CAP}
    else:
        text = ngettext("%(n)s claim", "%(n)s claims", count) % {"n": count}
    return HttpResponse(escape(text))


def _queue_filter(request) -> ClaimFilter:
    data = request.GET.copy()
    data.setdefault("status", Claim.Status.PENDING)
    return ClaimFilter(data, queryset=Claim.objects.current(), request=request)


@login_required
@permission_required("claims.view_claim", raise_exception=True)
def claim_detail(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    decisions = claim.decisions.select_related("editor")
    cards = card_context(request)
    return render(request, "claims/claim_detail.html", {
        "claim": claim, "decisions": decisions, "qualifiers": QUALIFIER_CHOICES,
        "card_html": render_cards(claim_cards(Claim.objects.filter(pk=pk)), cards), **cards})


@login_required
@permission_required("claims.review_claim", raise_exception=True)
def claim_edit(request, pk: int):
    """The correction form of one claim, loaded into its card when the editor presses e."""
    claim = get_object_or_404(Claim, pk=pk)
    return render(request, "claims/partials/claim_edit.html", {
        "claim": claim, "qualifiers": QUALIFIER_CHOICES, "next_url": request.GET.get("next", "")})


@login_required
@permission_required("claims.review_claim", raise_exception=True)
@require_POST
def decide(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    form = DecisionForm(request.POST)
    status, error = 200, None
    if not form.is_valid():
        error, status = _("The decision was incomplete: %(errors)s") % {"errors": _form_errors(form)}, 400
    else:
        data = form.cleaned_data
        try:
            claim = decide_claim(claim=claim, editor=request.user, action=data["decision"], version=data["version"],
                                 reason=data["reason"], note=data["note"], corrections=form.corrections(claim))
        except StaleClaim as exc:
            claim, error, status = exc.claim, str(exc), 409
        except ClaimNotReviewable as exc:
            error, status = str(exc), 400
    if request.htmx:
        context = {"error": error, "just_decided": status == 200, **card_context(request)}
        return HttpResponse(render_cards(claim_cards(Claim.objects.filter(pk=claim.pk)), context), status=status)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Claim %(action)s.") % {"action": claim.get_status_display().lower()})
    return _back(request)


@login_required
@permission_required("claims.review_claim", raise_exception=True)
@require_POST
def undo(request):
    try:
        claim = undo_last_decision(editor=request.user)
    except StaleClaim as exc:
        messages.error(request, _("Cannot undo: %(reason)s") % {"reason": exc})
    else:
        if claim is None:
            messages.info(request, _("Nothing to undo."))
        else:
            messages.success(request, _("Undone: the claim is %(status)s again.") % {
                "status": claim.get_status_display().lower()})
    response = _back(request)
    if request.htmx:
        response["HX-Refresh"] = "true"
    return response


@login_required
@permission_required("claims.review_claim", raise_exception=True)
@require_POST
def bulk_decide(request):
    form = BulkDecisionForm(request.POST)
    items = form.items(request.POST) if form.is_valid() else []
    if not items:
        messages.error(request, _("Select at least one claim."))
        return _back(request)
    outcome = decide_claims(items=items, editor=request.user, action=form.cleaned_data["decision"],
                            reason=form.cleaned_data["reason"])
    if outcome.decided:
        messages.success(request, _("%(n)d claim(s) decided.") % {"n": len(outcome.decided)})
    for conflict in outcome.conflicts:
        messages.warning(request, _("Claim %(id)s: %(reason)s") % {"id": conflict.claim.pk, "reason": conflict})
    for pk, reason in outcome.invalid:
        messages.error(request, _("Claim %(id)s: %(reason)s") % {"id": pk, "reason": reason})
    return _back(request)


@login_required
@permission_required("claims.review_claim", raise_exception=True)
@require_POST
def take_batch(request):
    claims = assign_batch(editor=request.user)
    messages.info(request, _("%(n)d claim(s) reserved for you for 30 minutes.") % {"n": len(claims)})
    return redirect(reverse("claims:queue") + "?mine=true")


def _back(request):
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or ""
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = "claims:queue"
    return redirect(target)


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _form_errors(form) -> str:
    return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items())
