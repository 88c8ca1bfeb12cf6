"""python manage.py load_seeds [--sync]: load the five seed articles with their manifest, under one story."""
import json

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from claims.models import Story
from claims.services import add_articles
from newsroom.models import Article


class Command(BaseCommand):
    help = "Load the seed articles in seeds/ (with seeds/manifest.json) as demo data, filed under one story."

    def add_arguments(self, parser):
        parser.add_argument("--sync", action="store_true", help="extract claims now, in this process")

    def handle(self, *args, **options):
        folder = settings.BASE_DIR / "seeds"
        call_command("ingest", folder, sync=options["sync"], stdout=self.stdout, stderr=self.stderr)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        title = manifest.get("story")
        if not title:
            return
        story = Story.objects.filter(title=title).first() or Story.objects.create(title=title)
        files = [entry["file"] for entry in manifest["articles"]]
        add_articles(story=story, articles=Article.objects.filter(raw_filename__in=files))
        self.stdout.write(f"Story “{story}”: {story.articles.count()} article(s).")
