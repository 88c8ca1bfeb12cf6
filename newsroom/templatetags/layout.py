"""{% topbar %}: base.html's top bar, the Jinja2 partial the review queue's layout shares (layout/topbar.jinja)."""
from django import template

from newsroom.jinja2 import layout_context, render_jinja

register = template.Library()


@register.simple_tag(takes_context=True)
def topbar(context) -> str:
    request = context.get("request")  # none when a template is rendered outside a request
    return render_jinja("layout/topbar.jinja", layout_context(request)) if request is not None else ""
