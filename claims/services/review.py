"""Editors' decisions on claims: confirm, reject, correct, undo. Optimistic locking on Claim.version."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ..extraction.timex import timex_bounds
from ..models import Claim, Decision, Qualifier, RejectReason
from .stories import refresh_groups_of

# What an editor may correct, and what a decision records before and after.
CORRECTABLE = ("text", "date_value", "quantity_value", "quantity_qualifier", "quantity_unit", "speaker")
SNAPSHOT = ("status", "reject_reason", "date_precision", "date_start", "date_end", *CORRECTABLE)
QUALIFIERS = set(Qualifier.values)
_UNKNOWN_YEAR = re.compile(r"XXXX-(\d\d|WXX-[1-7]|XX-\d\d)")


class ClaimNotReviewable(ValueError):
    """The decision itself is invalid (missing reason, bad corrected value…); the message says why."""


class StaleClaim(Exception):
    """The claim changed since the editor loaded it; nothing was saved."""

    def __init__(self, claim: Claim, decision: Decision | None):
        self.claim, self.decision = claim, decision
        if decision is None:
            message = _("This claim changed since you opened it; nothing was saved. Reload to see it.")
        else:
            message = _("%(editor)s already decided this claim (%(action)s, %(when)s); your decision was not "
                        "saved.") % {
                "editor": decision.editor or _("another editor"),
                "action": decision.get_action_display().lower(),
                "when": timezone.localtime(decision.created_at).strftime("%H:%M:%S"),
            }
        super().__init__(message)


@dataclass
class BulkOutcome:
    decided: list[Claim] = field(default_factory=list)
    conflicts: list[StaleClaim] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)


def decide_claim(*, claim: Claim, editor, action: str, version: int, reason: str = "", note: str = "",
                 corrections: dict | None = None) -> Claim:
    """Record an editor's confirm / reject / correct decision, or raise StaleClaim if the claim moved on."""
    corrections = {k: v for k, v in (corrections or {}).items() if k in CORRECTABLE}
    if action == Decision.Action.CORRECT and not corrections:
        action = Decision.Action.CONFIRM  # a correction that changes nothing is a confirmation
    elif action == Decision.Action.CONFIRM and corrections:
        action = Decision.Action.CORRECT  # confirming edited fields confirms the edited values
    new_values = _values_for(claim, action=action, reason=reason, corrections=corrections)
    return _save_decision(claim=claim, editor=editor, action=action, version=version, new_values=new_values,
                          reason=reason if action == Decision.Action.REJECT else "", note=note)


def decide_claims(*, items: list[tuple[int, int]], editor, action: str, reason: str = "") -> BulkOutcome:
    """Confirm or reject several claims, each with the version the editor saw; report conflicts per claim."""
    outcome = BulkOutcome()
    claims = Claim.objects.in_bulk([pk for pk, _ in items])
    for pk, version in items:
        claim = claims.get(pk)
        if claim is None:
            outcome.invalid.append((pk, _("No such claim.")))
            continue
        try:
            outcome.decided.append(decide_claim(claim=claim, editor=editor, action=action, version=version,
                                                reason=reason))
        except StaleClaim as exc:
            outcome.conflicts.append(exc)
        except ClaimNotReviewable as exc:
            outcome.invalid.append((pk, str(exc)))
    return outcome


@transaction.atomic
def undo_last_decision(*, editor) -> Claim | None:
    """Revert the editor's latest decision that is not undone yet; None when there is nothing to undo."""
    decision = (Decision.objects.select_for_update().filter(editor=editor, undone=False)
                .exclude(action=Decision.Action.UNDO).select_related("claim").first())
    if decision is None:
        return None
    claim = decision.claim
    restored = {name: _from_json(name, decision.old_values.get(name)) for name in SNAPSHOT}
    claim = _save_decision(claim=claim, editor=editor, action=Decision.Action.UNDO,
                           version=decision.claim_version, new_values=restored, reason="", note="")
    Decision.objects.filter(pk=decision.pk).update(undone=True)
    return claim


@transaction.atomic
def assign_batch(*, editor, size: int = 20, minutes: int = 30) -> list[Claim]:
    """Reserve the most check-worthy unassigned pending claims for one editor, so two editors don't collide."""
    now = timezone.now()
    free = Q(assigned_to__isnull=True) | Q(assigned_until__lt=now) | Q(assigned_to=editor)
    ids = list(Claim.objects.pending_review().current().filter(free).order_by("-score", "pk")
               .select_for_update(skip_locked=True).values_list("pk", flat=True)[:size])
    Claim.objects.filter(pk__in=ids).update(assigned_to=editor, assigned_until=now + dt.timedelta(minutes=minutes))
    return list(Claim.objects.filter(pk__in=ids).order_by("-score", "pk"))


def _values_for(claim: Claim, *, action: str, reason: str, corrections: dict) -> dict:
    if action == Decision.Action.REJECT:
        if reason not in RejectReason.values:
            raise ClaimNotReviewable(_("Choose a reason to reject the claim."))
        return {"status": Claim.Status.REJECTED, "reject_reason": reason}
    if action == Decision.Action.CONFIRM:
        return {"status": Claim.Status.CONFIRMED, "reject_reason": ""}
    if action != Decision.Action.CORRECT:
        raise ClaimNotReviewable(_("Unknown decision “%(action)s”.") % {"action": action})
    values = {"status": Claim.Status.CONFIRMED, "reject_reason": ""}
    for name, value in corrections.items():
        values.update(_clean_correction(claim, name, value))
    return values


def _clean_correction(claim: Claim, name: str, value) -> dict:
    """Validate one corrected field and return the fields it sets."""
    if name == "text":
        text = str(value or "").strip()
        if not text:
            raise ClaimNotReviewable(_("The claim text cannot be empty."))
        return {"text": text}
    if name == "speaker":
        return {"speaker": str(value or "").strip()[:300]}
    if name == "quantity_unit":
        return {"quantity_unit": str(value or "").strip()[:60]}
    if name == "quantity_qualifier":
        if value not in QUALIFIERS:
            raise ClaimNotReviewable(_("The qualifier must be one of: %(q)s.") % {"q": ", ".join(sorted(QUALIFIERS))})
        return {"quantity_qualifier": value}
    if name == "quantity_value":
        if value in (None, ""):
            return {"quantity_value": None}
        try:
            number = float(str(value).replace(",", "").replace("٬", "").strip())
        except ValueError:
            raise ClaimNotReviewable(_("“%(v)s” is not a number.") % {"v": value}) from None
        return {"quantity_value": number}
    if name == "date_value":
        value = str(value or "").strip()
        if not value:
            return {"date_value": "", "date_precision": "", "date_start": None, "date_end": None}
        bounds = timex_bounds(value)
        if bounds is None and not _UNKNOWN_YEAR.fullmatch(value):
            raise ClaimNotReviewable(_("“%(v)s” is not a date: write 2024-11-06, 2024-W44, 2024-06, 2024-Q1, 2024 "
                                       "or 2024-06-18/2024-06-19.") % {"v": value})
        if bounds is None:
            return {"date_value": value, "date_precision": "unknown_year", "date_start": None, "date_end": None}
        return {"date_value": value, "date_precision": bounds[2], "date_start": bounds[0], "date_end": bounds[1]}
    raise ClaimNotReviewable(_("“%(name)s” cannot be corrected.") % {"name": name})


@transaction.atomic
def _save_decision(*, claim: Claim, editor, action: str, version: int, new_values: dict, reason: str,
                   note: str) -> Claim:
    before = Claim.objects.select_for_update().filter(pk=claim.pk).values("version", *SNAPSHOT).first()
    if before is None or before["version"] != version:
        _raise_stale(claim)
    now = timezone.now()
    decided = new_values.get("status", before["status"]) != Claim.Status.PENDING
    # The conditional UPDATE is the lock that holds everywhere: of two editors sending the same
    # version, exactly one matches (select_for_update above makes the other wait on PostgreSQL).
    updated = Claim.objects.filter(pk=claim.pk, version=version).update(
        **new_values, version=version + 1, reviewed_by=editor if decided else None,
        reviewed_at=now if decided else None, assigned_to=None, assigned_until=None)
    if not updated:
        _raise_stale(claim)
    claim.refresh_from_db()
    Decision.objects.create(
        claim=claim, editor=editor, action=action, reason=reason, note=note,
        old_values={name: _to_json(before[name]) for name in SNAPSHOT},
        new_values={name: _to_json(getattr(claim, name)) for name in SNAPSHOT}, claim_version=claim.version,
    )
    refresh_groups_of(claim=claim)  # the timeline counts confirmed claims only
    return claim


def _raise_stale(claim: Claim):
    current = Claim.objects.filter(pk=claim.pk).first() or claim
    raise StaleClaim(current, current.decisions.select_related("editor").first() if current.pk else None)


def _to_json(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _from_json(name: str, value):
    if name in ("date_start", "date_end") and value:
        return dt.date.fromisoformat(value)
    return value
