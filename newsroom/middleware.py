"""Serve each signed-in user the interface language they chose."""
from django.conf import settings
from django.utils import translation

SESSION_KEY = "ui_language"


class UserLanguageMiddleware:
    """Activate the user's chosen language; it is read from the database once per session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            language = request.session.get(SESSION_KEY)
            if language is None:
                from .models import UserPreference

                preference = UserPreference.objects.filter(user=user).values_list("language", flat=True).first()
                language = preference or ""
                request.session[SESSION_KEY] = language
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language() or settings.LANGUAGE_CODE)
        return response
