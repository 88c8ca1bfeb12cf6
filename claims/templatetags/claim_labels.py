"""{{ t.qualifiers|label:claim.quantity_qualifier }}: a stored code shown with its translated label.

The label maps are built once per request (claims.views.review.card_context), so a queue of twenty cards
translates nothing per card; the filter is a dictionary look-up.
"""
from django import template

register = template.Library()


@register.filter
def label(labels: dict, code):
    """Return the label of `code` in `labels`, or the code itself when it has none ("" stays "")."""
    if not code:
        return ""
    return labels.get(code, code) if isinstance(labels, dict) else code
