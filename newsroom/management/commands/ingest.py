"""python manage.py ingest PATH… [--sync]: ingest article files or folders (reads manifest.json)."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.tasks import extract_article_task
from newsroom.models import Article
from newsroom.services import IngestError, ingest_article

SUFFIXES = {".txt", ".text", ".html", ".htm"}


class Command(BaseCommand):
    help = "Ingest article files (.txt/.html) or folders of them; metadata comes from a manifest.json beside them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--sync", action="store_true", help="extract claims now, in this process")

    def handle(self, *paths, **options):
        files = []
        for path in options["paths"]:
            if path.is_dir():
                files += sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"No such file or folder: {path}")
        failures = sum(not self.ingest_file(path, sync=options["sync"]) for path in files)
        self.stdout.write(f"{len(files) - failures} of {len(files)} file(s) ingested.")
        if failures:
            raise CommandError(f"{failures} file(s) could not be ingested (see above).")

    def ingest_file(self, path: Path, *, sync: bool) -> bool:
        meta = read_manifest(path.parent).get(path.name, {})
        try:
            with transaction.atomic():
                result = ingest_article(
                    content=path.read_bytes(), channel=Article.Channel.COMMAND, filename=path.name,
                    title=meta.get("title") or "", outlet=meta.get("outlet") or "", url=meta.get("url"),
                    published=meta.get("published"), queue=not sync,
                )
        except IngestError as exc:
            self.stderr.write(f"{path}: {exc}")
            return False
        article = result.article
        if sync and (result.created or article.status != Article.Status.DONE):
            extract_article_task.apply(args=[article.pk])  # in this process, whatever the broker
            article.refresh_from_db()
        state = "added" if result.created else "already there"
        self.stdout.write(f"{path.name}: {state} as article {article.pk} ({article.status}) {article}")
        return article.status != Article.Status.FAILED


def read_manifest(folder: Path) -> dict[str, dict]:
    """Return manifest.json's metadata by file name, or {} when there is none."""
    manifest = folder / "manifest.json"
    if not manifest.exists():
        return {}
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CommandError(f"{manifest} is not valid JSON: {exc}") from exc
    return {entry["file"]: entry for entry in data.get("articles", []) if "file" in entry}
