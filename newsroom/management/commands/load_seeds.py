"""python manage.py load_seeds [--sync]: load the five seed articles with their manifest."""
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the seed articles in seeds/ (with seeds/manifest.json) as demo data."

    def add_arguments(self, parser):
        parser.add_argument("--sync", action="store_true", help="extract claims now, in this process")

    def handle(self, *args, **options):
        call_command("ingest", settings.BASE_DIR / "seeds", sync=options["sync"], stdout=self.stdout,
                     stderr=self.stderr)
