"""The three roles, as Django groups: viewers read; editors review and build timelines; admins also curate.

They are kept in step with this file after every `migrate` (and after a test flushes its database) by a
post_migrate handler (claims/apps.py), so this list is the one place that says who may do what.
"""
from __future__ import annotations

VIEW = ["newsroom.view_article", "newsroom.view_source", "claims.view_claim", "claims.view_decision",
        "claims.view_story", "claims.view_claimgroup"]
EDIT = VIEW + ["newsroom.add_article", "claims.review_claim", "claims.add_story", "claims.change_story",
               "claims.change_claimgroup"]
ADMIN = EDIT + [
    "newsroom.add_source", "newsroom.change_source", "newsroom.delete_source",
    "newsroom.change_article", "newsroom.delete_article", "claims.change_claim", "claims.delete_story",
    "auth.view_user", "auth.add_user", "auth.change_user", "auth.view_group",
]
ROLES = {"viewers": VIEW, "editors": EDIT, "admins": ADMIN}


def ensure_roles(sender=None, **kwargs) -> None:
    """Create the role groups with their permissions (after every migrate, and after a test database flush)."""
    from django.contrib.auth.models import Group, Permission

    if sender is not None and sender.name != "claims":
        return  # claims migrates after auth and newsroom, so every permission named above exists by then

    wanted = {tuple(code.split(".")) for codes in ROLES.values() for code in codes}
    perms = {(p.content_type.app_label, p.codename): p
             for p in Permission.objects.select_related("content_type").filter(codename__in={c for _, c in wanted})}
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(perms[tuple(code.split("."))] for code in codes if tuple(code.split(".")) in perms))
