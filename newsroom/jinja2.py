"""The Jinja2 environment for the hot pages (the review queue), where Django's template language cost more
than the database: twenty claim cards took ~15 ms to render in it, Jinja2 takes ~1 ms.

Templates translate with `{{ _("Text") }}` or `{{ _("page %(n)s") % {"n": 3} }}` from Django's catalogue
(`manage.py makemessages -e html,txt,jinja` finds exactly these forms), and link with `{{ url("claims:queue") }}`.
Both remember their answers: Django's gettext and reverse cost ~30 and ~60 µs a call here.
"""
from functools import lru_cache

from django.contrib.messages import get_messages
from django.middleware.csrf import get_token
from django.template import engines
from django.templatetags.static import static
from django.urls import get_script_prefix, reverse
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import get_language, get_language_bidi, gettext
from django_htmx.jinja import htmx_script
from jinja2 import Environment


class Translator:
    """`_` for templates rendered in one language: the one active when it first meets a message
    (translator() keeps one per language)."""

    def __init__(self) -> None:
        self.messages: dict[str, str] = {}

    def __call__(self, message: str) -> str:
        text = self.messages.get(message)
        if text is None:
            text = self.messages[message] = gettext(message)
        return text


@lru_cache(maxsize=None)
def translator(language: str | None) -> Translator:
    return Translator()


def translate(message: str) -> str:
    """`_` when the caller did not pass the active language's Translator in the context."""
    return translator(get_language())(message)


@lru_cache(maxsize=1024)
def _reverse(prefix: str, name: str, args: tuple) -> str:
    return reverse(name, args=args)


def url(name: str, *args) -> str:
    return _reverse(get_script_prefix(), name, args)


def truncatechars(value, length: int) -> str:
    """Cut to `length` characters with an ellipsis (Django's Truncator costs ~50 µs a call here)."""
    value = value or ""
    return value if len(value) <= length else value[:length - 1] + "…"


def environment(**options) -> Environment:
    env = Environment(**options)
    env.filters["truncatechars"] = truncatechars
    env.globals.update(_=translate, url=url, static=static, localtime=localtime, htmx_script=htmx_script)
    return env


def render_jinja(name: str, context: dict) -> str:
    """Render a template of templates/jinja2/ to safe HTML, with `_` bound to the active language."""
    context = {"_": translator(get_language()), **context}
    return mark_safe(engines["jinja2"].get_template(name).template.render(context))


def layout_context(request) -> dict:
    """What the page layout (layout/page.jinja) and its top bar (layout/topbar.jinja) show: Django's context
    processors would give the same, at the cost of a RequestContext."""
    csrf_token = get_token(request)
    return {
        "request": request, "user": request.user, "messages": get_messages(request),
        "language": get_language(), "rtl": get_language_bidi(), "csrf_token": csrf_token,
        "csrf_input": mark_safe(f'<input type="hidden" name="csrfmiddlewaretoken" value="{csrf_token}">'),
    }
