"""python manage.py create_demo_users: the demo accounts admin, editor and viewer, with printed passwords.

Idempotent: running it again creates nothing new and resets the three passwords to the demo password
(DEMO_PASSWORD, or a fixed default), so the credentials it prints always work.  Refuses to run with
DEBUG off unless --force is given: known passwords do not belong on a real deployment.
"""
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEFAULT_PASSWORD = "claims-desk-demo"

# username: (is_staff, is_superuser, role group).  The groups come from claims' 0003_roles migration;
# a user is put in its group when the group exists.
DEMO_USERS = {
    "admin": (True, True, "admins"),
    "editor": (False, False, "editors"),
    "viewer": (False, False, "viewers"),
}


class Command(BaseCommand):
    help = "Create (or reset) the demo users admin, editor and viewer and print their passwords."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="the password for all three (default: $DEMO_PASSWORD or a fixed demo one)")
        parser.add_argument("--force", action="store_true", help="run even with DEBUG off")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("DEBUG is off: demo users with known passwords are refused (use --force to insist).")
        password = options["password"] or os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        User = get_user_model()
        with transaction.atomic():
            for username, (is_staff, is_superuser, group_name) in DEMO_USERS.items():
                user, created = User.objects.get_or_create(username=username)
                user.is_staff, user.is_superuser, user.is_active = is_staff, is_superuser, True
                if not user.email:
                    user.email = f"{username}@example.invalid"
                user.set_password(password)
                user.save()
                group = Group.objects.filter(name=group_name).first()
                if group:
                    user.groups.add(group)
                role = "superuser" if is_superuser else ("staff" if is_staff else "user")
                role += f", {group_name}" if group else f", no '{group_name}' group: run migrate"
                state = "created" if created else "exists, password reset"
                self.stdout.write(f"  {username:<8} password: {password}   ({role}; {state})")
