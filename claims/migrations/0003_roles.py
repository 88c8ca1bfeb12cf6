"""Create the three roles as groups: viewers read, editors review, admins also curate sources and users."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW = ["newsroom.view_article", "newsroom.view_source", "claims.view_claim", "claims.view_decision"]
EDIT = VIEW + ["newsroom.add_article", "claims.review_claim"]
ADMIN = EDIT + [
    "newsroom.add_source", "newsroom.change_source", "newsroom.delete_source",
    "newsroom.change_article", "newsroom.delete_article", "claims.change_claim",
    "auth.view_user", "auth.add_user", "auth.change_user", "auth.view_group",
]
ROLES = {"viewers": VIEW, "editors": EDIT, "admins": ADMIN}


def create_roles(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = []
        for code in codes:
            app_label, codename = code.split(".")
            perms.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(perms)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_review"),
        ("newsroom", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
