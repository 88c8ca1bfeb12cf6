"""Give the roles their story permissions: everyone reads timelines; editors and admins build and publish them."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_PERMS = {
    "viewers": ["view_story", "view_claimgroup"],
    "editors": ["view_story", "view_claimgroup", "add_story", "change_story", "change_claimgroup"],
    "admins": ["view_story", "view_claimgroup", "add_story", "change_story", "change_claimgroup", "delete_story"],
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="claims", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*Permission.objects.filter(content_type__app_label="claims",
                                                                codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_stories"), ("claims", "0003_roles")]
    operations = [migrations.RunPython(grant, revoke)]
