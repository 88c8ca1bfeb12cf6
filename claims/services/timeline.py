"""Read a story's timeline: its groups of confirmed claims in date order, with agreement and sources."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..extraction.timex import timex_bounds
from ..models import Claim, ClaimGroup, GroupMembership, Story

_UNKNOWN_MONTH = re.compile(r"XXXX-(\d\d)")
_UNKNOWN_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
_UNKNOWN_MONTH_DAY = re.compile(r"XXXX-XX-(\d\d)")  # "الخامس عشر من الشهر الماضي" with no publication date


@dataclass
class TimelineFilters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlet: str = ""
    entity: str = ""
    kind: str = ""


@dataclass
class Timeline:
    story: Story
    dated: list[ClaimGroup] = field(default_factory=list)
    undated: list[ClaimGroup] = field(default_factory=list)

    @property
    def entry_count(self) -> int:
        return len(self.dated) + len(self.undated)


def confirmed_memberships():
    """The memberships a timeline shows: confirmed, current claims, with what their sources display."""
    return (GroupMembership.objects.filter(claim__status=Claim.Status.CONFIRMED, claim__is_current=True)
            .select_related("claim__article__source", "claim__reviewed_by").order_by("claim__article__published_on",
                                                                                      "claim_id"))


def build_timeline(*, story: Story, filters: TimelineFilters | None = None) -> Timeline:
    """Return the story's groups that hold confirmed claims, dated ones in date order, the rest apart."""
    filters = filters or TimelineFilters()
    groups = story.groups.exclude(agreement=ClaimGroup.Agreement.NONE)
    if filters.kind:
        groups = groups.filter(kind=filters.kind)
    if filters.date_from:
        groups = groups.filter(date_end__gte=filters.date_from)
    if filters.date_to:
        groups = groups.filter(date_start__lte=filters.date_to)
    confirmed = Q(memberships__claim__status=Claim.Status.CONFIRMED)
    if filters.outlet:
        groups = groups.filter(confirmed & (Q(memberships__claim__article__source__name__icontains=filters.outlet)
                                            | Q(memberships__claim__article__source_credit__icontains=filters.outlet)))
    if filters.entity:
        groups = groups.filter(confirmed & (Q(memberships__claim__text__icontains=filters.entity)
                                            | Q(memberships__claim__speaker__icontains=filters.entity)))
    groups = (groups.distinct().order_by("date_start", "date_end", "pk")
              .prefetch_related(Prefetch("memberships", queryset=confirmed_memberships(), to_attr="confirmed")))
    timeline = Timeline(story=story)
    for group in groups:
        group.sources = [m.claim for m in group.confirmed]
        group.outlets = sorted({source_name(c) for c in group.sources})
        group.when = date_label(group)
        group.precision = date_precision(group)
        group.disagreement = stated_values(group) if group.agreement == ClaimGroup.Agreement.CONTRADICTED else []
        (timeline.dated if group.date_start else timeline.undated).append(group)
    return timeline


def stated_values(group: ClaimGroup) -> list[dict]:
    """Return each value a contradicted group's sources give, as a reader reads it, with the outlets giving it.

    Also marks each of the group's confirmed claims (group.sources) with the value it states (claim.stated).
    """
    by_pk = {claim.pk: claim for claim in getattr(group, "sources", [])}
    shown = []
    for value in group.values or []:
        claims = [by_pk[pk] for pk in value.get("claims", []) if pk in by_pk]
        label = quantity_label(claims[0]) if group.kind == Claim.Kind.QUANTITY and claims else \
            group_value_label(group, value["value"])
        for claim in claims:
            claim.stated = label
        shown.append({"value": value["value"], "label": label, "claims": claims,
                      "outlets": sorted({c.article.outlet or _("unknown outlet") for c in claims})})
    return shown


def group_value_label(group: ClaimGroup, value: str) -> str:
    """Return one of a group's values (grouping's agreement) for a reader: an event's date value as a date."""
    if group.kind == Claim.Kind.EVENT and value:
        return value_label(value)
    return value


QUALIFIER_WORDS = {"exact": "", "approx": gettext_lazy("about"), "more_than": gettext_lazy("more than"),
                   "less_than": gettext_lazy("less than"), "at_least": gettext_lazy("at least"),
                   "up_to": gettext_lazy("up to")}


def quantity_label(claim: Claim) -> str:
    """Return a claim's quantity as a reader says it, in the interface language: "more than 8,000 جندي"."""
    words = [str(QUALIFIER_WORDS.get(claim.quantity_qualifier, "")), claim.quantity_display, claim.quantity_unit]
    return " ".join(word for word in words if word)


def source_name(claim: Claim) -> str:
    """Name the independent source of a claim: its outlet, or its article when the outlet is unknown."""
    return claim.article.outlet or claim.article.title or _("article %(id)s") % {"id": claim.article_id}


def date_precision(group: ClaimGroup) -> str:
    """Return how precisely the group is dated: day, week, month, quarter, half, year, interval (TIMEX3 precisions),
    "reported" (no date in the claims: the day the first source reported it) or "unknown"."""
    bounds = timex_bounds(group.date_value) if group.date_value else None
    if bounds is not None:
        return bounds[2]
    return "reported" if group.date_start else "unknown"


def date_label(group: ClaimGroup) -> str:
    """Say when, at the precision the sources give: a month is a month, an interval spans its days."""
    value = group.date_value
    if not value:
        if group.date_start:
            return _("reported %(date)s") % {"date": date_format(group.date_start, "j F Y")}
        return _("date unknown")
    return value_label(value)


def value_label(value: str) -> str:
    """Return a TIMEX3-style value as an editor reads it."""
    if m := _UNKNOWN_MONTH.fullmatch(value):
        return _("%(month)s, year unknown") % {"month": date_format(dt.date(2000, int(m[1]), 1), "F")}
    if m := _UNKNOWN_MONTH_DAY.fullmatch(value):
        return _("day %(day)s of a month unknown") % {"day": int(m[1])}
    if m := _UNKNOWN_WEEKDAY.fullmatch(value):
        return _("a %(weekday)s, date unknown") % {
            "weekday": date_format(dt.date(2024, 1, int(m[1])), "l")}  # 2024-01-01 was a Monday
    bounds = timex_bounds(value)
    if bounds is None:
        return value
    start, end, precision = bounds
    if precision == "day":
        return date_format(start, "j F Y")
    if precision == "month":
        return date_format(start, "F Y")
    if precision == "year":
        return str(start.year)
    if precision == "quarter":
        return _("Q%(q)s %(year)s") % {"q": (start.month - 1) // 3 + 1, "year": start.year}
    if precision == "half":
        if start.month == 1:
            return _("first half of %(year)s") % {"year": start.year}
        return _("second half of %(year)s") % {"year": start.year}
    if precision == "week":
        return _("week %(week)s of %(year)s (%(start)s – %(end)s)") % {
            "week": start.isocalendar()[1], "year": start.isocalendar()[0],
            "start": date_format(start, "j M"), "end": date_format(end, "j M Y")}
    if start.year == end.year and start.month == end.month and "-" in value.split("/")[0][5:]:
        return f"{start.day}–{end.day} {date_format(start, 'F Y')}"
    if "/" in value and len(value) == 9:  # 1950/1953
        return f"{start.year}–{end.year}"
    return f"{date_format(start, 'j F Y')} – {date_format(end, 'j F Y')}"
