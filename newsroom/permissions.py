"""DRF permissions from the role groups (claims/migrations/0003_roles.py): one Django permission per action."""
from rest_framework.permissions import BasePermission


def has_perm(perm: str) -> type[BasePermission]:
    """Return a DRF permission class that lets in authenticated users holding `perm`."""

    class HasPerm(BasePermission):
        message = f"You need the “{perm}” permission (ask an admin for the right role)."

        def has_permission(self, request, view):
            return bool(request.user and request.user.is_authenticated and request.user.has_perm(perm))

    HasPerm.__name__ = f"HasPerm_{perm.replace('.', '_')}"
    return HasPerm


class ActionPermissionsMixin:
    """Pick the permission by view action: `action_perms = {"list": "app.view_x", ...}`."""

    action_perms: dict[str, str] = {}

    def get_permissions(self):
        perm = self.action_perms.get(self.action) or self.action_perms.get("*")
        return [has_perm(perm)()] if perm else super().get_permissions()
