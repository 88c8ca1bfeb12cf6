from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_delete, post_save

        from .middleware import forget_session_permissions
        from .models import Source, forget_source_names

        user_logged_in.connect(forget_session_permissions, dispatch_uid="forget-session-permissions")

        for signal in (post_save, post_delete):
            signal.connect(forget_source_names, sender=Source, dispatch_uid=f"forget-source-names-{signal}")
