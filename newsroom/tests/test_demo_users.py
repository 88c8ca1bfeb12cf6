"""manage.py create_demo_users: three accounts that can log in, created once however often it runs."""
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


def run(**options) -> str:
    from io import StringIO

    out = StringIO()
    call_command("create_demo_users", stdout=out, **options)
    return out.getvalue()


def test_demo_users_can_log_in_and_running_twice_adds_nothing(db, client, settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "s3cret-demo")
    first = run()
    second = run()

    users = get_user_model().objects.order_by("username")
    assert [u.username for u in users] == ["admin", "editor", "viewer"]
    admin, editor, viewer = users
    assert admin.is_superuser and admin.is_staff
    assert not (editor.is_staff or editor.is_superuser or viewer.is_staff or viewer.is_superuser)
    for output in (first, second):
        assert "admin    password: s3cret-demo" in output
    assert "created" in first and "password reset" in second
    assert client.login(username="editor", password="s3cret-demo")
    # Roles come from the groups the migrations create: editors review, viewers only read.
    assert editor.has_perm("claims.review_claim") and editor.has_perm("newsroom.add_article")
    assert viewer.has_perm("claims.view_claim") and not viewer.has_perm("claims.review_claim")


def test_demo_users_are_refused_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        run()
    assert not get_user_model().objects.exists()
