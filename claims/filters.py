"""One FilterSet for the review queue page and GET /api/claims/."""
import copy
from functools import lru_cache

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from newsroom.models import Article, Source

from .models import Claim


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices, empty_label=_("Any status"))
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices, empty_label=_("Any kind"))
    source = django_filters.ModelChoiceFilter(field_name="article__source", queryset=Source.objects.all(),
                                              label=_("Source"), empty_label=_("Any source"))
    article = django_filters.ModelChoiceFilter(queryset=Article.objects.only("pk", "title"), label=_("Article"),
                                               widget=django_filters.widgets.forms.NumberInput)
    outlet = django_filters.CharFilter(label=_("Outlet"), method="filter_outlet")
    speaker = django_filters.CharFilter(label=_("Speaker"), method="filter_speaker")
    date_after = django_filters.DateFilter(field_name="date_end", lookup_expr="gte", label=_("Claim date from"))
    date_before = django_filters.DateFilter(field_name="date_start", lookup_expr="lte", label=_("Claim date to"))
    has_number = django_filters.BooleanFilter(field_name="quantity_value", lookup_expr="isnull", exclude=True,
                                              label=_("Has a number"))
    min_score = django_filters.NumberFilter(field_name="score", lookup_expr="gte", label=_("Score at least"))
    mine = django_filters.BooleanFilter(method="filter_mine", label=_("Assigned to me"))

    class Meta:
        model = Claim
        fields = ["q", "status", "kind", "source", "article", "outlet", "speaker", "date_after", "date_before",
                  "has_number", "min_score", "mine"]

    def get_form_class(self):
        # The form class depends on nothing per request (no callable querysets): build it once per process
        # rather than once per page view, where it cost as much as the page's main query.
        return _claim_filter_form_class(type(self))

    def sql_key(self) -> tuple:
        """What the SQL of `qs` depends on, for claims.cards.CompiledCardQueries: the valid choices (invalid
        ones filter nothing), and the editor when "mine" is chosen. A new filter whose SQL depends on anything
        else (the time, a setting) must add it here."""
        if not self.is_bound:
            return ()
        self.form.is_valid()  # cleans the form; `qs` applies what cleaned_data holds
        choices = self.form.cleaned_data
        user = getattr(self.request, "user", None)
        return tuple(sorted(choices.items())), user.pk if choices.get("mine") and user is not None else None

    def search(self, queryset, name, value):
        return queryset.filter(Q(text__icontains=value) | Q(speaker__icontains=value))

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(Q(article__source__name__icontains=value) | Q(article__source_credit__icontains=value))

    def filter_speaker(self, queryset, name, value):
        return queryset.filter(Q(speaker__icontains=value) | Q(speaker_canonical__icontains=value))

    def filter_mine(self, queryset, name, value):
        user = getattr(self.request, "user", None)
        if not value or user is None or not user.is_authenticated:
            return queryset
        return queryset.filter(assigned_to=user)


class CopiedOneLevel(dict):
    """Filters of a FilterSet, or fields of a form, that each new instance copies one level deep.

    django-filter deep-copies every filter for each FilterSet, and Django every field for each form: with
    their querysets, choices, widgets and lazy labels that cost ~0.4 ms of each queue page. An instance only
    sets attributes of its own on its copies (a filter's model and parent, a field's cleaned value lives on
    the form); what the copies share is never changed per request.
    """

    def __deepcopy__(self, memo):
        return {name: _copy_one_level(item) for name, item in self.items()}


def _copy_one_level(item):
    copied = copy.copy(item)
    if getattr(item, "_method", None) is not None:
        copied.method = item._method  # a method filter calls its FilterSet through the copy, whose parent is set
    return copied


ClaimFilter.base_filters = CopiedOneLevel(ClaimFilter.base_filters)


@lru_cache(maxsize=None)
def _claim_filter_form_class(filterset_class):
    form_class = django_filters.FilterSet.get_form_class(filterset_class(queryset=Claim.objects.none()))
    form_class.base_fields = CopiedOneLevel(form_class.base_fields)
    return form_class
