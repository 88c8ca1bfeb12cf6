"""The interface in English and Arabic, chosen per user."""
import pytest
from django.urls import reverse

from newsroom.models import UserPreference

pytestmark = pytest.mark.django_db


def test_english_by_default(logged_in_client):
    page = logged_in_client.get(reverse("claims:queue")).content.decode()
    assert '<html lang="en" dir="ltr">' in page and "Review queue" in page


def test_a_user_switches_to_arabic_and_it_sticks(logged_in_client, user, client):
    logged_in_client.post(reverse("newsroom:set-language"), {"language": "ar", "next": reverse("claims:queue")})
    assert UserPreference.objects.get(user=user).language == "ar"
    page = logged_in_client.get(reverse("claims:queue")).content.decode()
    assert '<html lang="ar" dir="rtl">' in page and "قائمة المراجعة" in page
    logged_in_client.logout()
    client.force_login(user)  # a new session reads the saved choice
    assert "قائمة المراجعة" in client.get(reverse("claims:queue")).content.decode()


def test_unknown_language_is_ignored(logged_in_client, user):
    logged_in_client.post(reverse("newsroom:set-language"), {"language": "xx"})
    assert not UserPreference.objects.filter(user=user).exists()
