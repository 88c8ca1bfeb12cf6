from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        from .roles import ensure_roles

        # Runs after the permissions are created; also restores the groups after a test flushes the database.
        post_migrate.connect(ensure_roles, dispatch_uid="claims.ensure_roles")
