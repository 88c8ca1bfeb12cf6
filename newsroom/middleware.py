"""Per-user state read once per session: the interface language, and (briefly) the permissions."""
import time

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


PERMISSIONS_KEY = "permissions"


class SessionPermissionsMiddleware:
    """Keep the signed-in user's permissions in the session for settings.PERMISSIONS_SESSION_SECONDS.

    Django's ModelBackend reads them with two queries on every request that checks one: two of the review
    queue's eight queries. A role an admin removes stops working within that many seconds, and at once when
    the user signs in again (forget_session_permissions).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated and user.is_active
        if settings.PERMISSIONS_SESSION_SECONDS and signed_in and not user.is_superuser:
            self._load(request, user)
        return self.get_response(request)

    def _load(self, request, user) -> None:
        now = time.time()
        cached = request.session.get(PERMISSIONS_KEY)
        fresh = cached and cached["user"] == user.pk and 0 <= now - cached["at"] < settings.PERMISSIONS_SESSION_SECONDS
        if fresh:
            user._perm_cache = set(cached["perms"])  # ModelBackend.get_all_permissions reads this cache
        else:
            request.session[PERMISSIONS_KEY] = {"user": user.pk, "at": now, "perms": sorted(user.get_all_permissions())}


def forget_session_permissions(sender, request, user, **kwargs) -> None:
    """On sign-in (the user_logged_in signal), read the permissions afresh."""
    if hasattr(request, "session"):
        request.session.pop(PERMISSIONS_KEY, None)
