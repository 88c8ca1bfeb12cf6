from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Claim, Qualifier, RejectReason


class DecisionForm(forms.Form):
    """One decision on one claim; the version is the one the editor saw."""

    decision = forms.ChoiceField(choices=[("confirm", _("Confirm")), ("reject", _("Reject")),
                                          ("correct", _("Correct and confirm"))])
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = forms.ChoiceField(label=_("Reason"), choices=[("", "—"), *RejectReason.choices], required=False)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)
    text = forms.CharField(label=_("Claim text"), required=False, widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))
    date_value = forms.CharField(label=_("Date"), required=False, max_length=40,
                                 help_text=_("2024-11-06, 2024-W44, 2024-06, 2024-Q1, 2024 or 2024-06-18/2024-06-19"))
    quantity_value = forms.CharField(label=_("Quantity"), required=False, max_length=40)
    quantity_qualifier = forms.ChoiceField(label=_("Qualifier"), required=False,
                                           choices=[("", "—"), *Qualifier.choices])
    quantity_unit = forms.CharField(label=_("Unit"), required=False, max_length=60)
    speaker = forms.CharField(label=_("Speaker"), required=False, max_length=300)

    CORRECTABLE = ("text", "date_value", "quantity_value", "quantity_qualifier", "quantity_unit", "speaker")

    def corrections(self, claim: Claim) -> dict:
        """Return the fields the editor changed (only those that differ from the claim)."""
        changed = {}
        for name in self.CORRECTABLE:
            if name not in self.data:
                continue
            value = self.cleaned_data.get(name)
            current = getattr(claim, name)
            shown = "" if current is None else (f"{current:g}" if isinstance(current, float) else str(current))
            if (value or "").strip() != shown.strip():
                changed[name] = value
        return changed


class BulkDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("confirm", _("Confirm")), ("reject", _("Reject"))])
    reason = forms.ChoiceField(choices=[("", "—"), *RejectReason.choices], required=False)
    claims = forms.CharField(widget=forms.HiddenInput, required=False)

    def items(self, post) -> list[tuple[int, int]]:
        """Return (claim id, version) for each ticked claim; the version comes from version-<id> fields."""
        items = []
        for raw in post.getlist("selected"):
            if raw.isdigit() and post.get(f"version-{raw}", "").isdigit():
                items.append((int(raw), int(post[f"version-{raw}"])))
        return items
