"""manage.py ingest and load_seeds."""
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from claims.models import Claim
from newsroom.models import Article

from .articles import CENTRAL_BANK, ELECTION

pytestmark = pytest.mark.django_db

GOLD = Path(settings.BASE_DIR).parent / "shared" / "gold" / "seeds.gold.json"


def test_load_seeds_sync_extracts_every_seed():
    call_command("load_seeds", sync=True)
    assert Article.objects.count() == 5
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.DONE}
    assert Claim.objects.count() > 0
    call_command("load_seeds", sync=True)  # loading twice adds nothing
    assert Article.objects.count() == 5


def test_seed_bodies_hold_no_boilerplate():
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD}")
    call_command("load_seeds")
    gold = {a["file"]: a for a in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]}
    for article in Article.objects.all():
        expected = gold[article.raw_filename]
        leaks = [phrase for phrase in expected["not_in_body"] if phrase in article.body]
        assert leaks == [], article.raw_filename
        assert str(article.published_on) == str(expected["published"])


def test_manifest_metadata_is_applied():
    call_command("load_seeds")
    article = Article.objects.get(raw_filename="001_e233c69a089c14eb.txt")
    assert article.source.name == "اندبندنت عربية"
    assert str(article.published_on) == "2024-11-10"


def test_ingest_files_and_folders(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ELECTION, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(CENTRAL_BANK.encode("windows-1256"))
    (tmp_path / "ignored.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "a.txt", "published": "2025-03-20", "outlet": "الشرق", "url": "https://alsharq.example/a"}]}))
    call_command("ingest", str(tmp_path), sync=True)
    article = Article.objects.get(raw_filename="a.txt")
    assert (str(article.published_on), article.source.name, article.url) == (
        "2025-03-20", "الشرق", "https://alsharq.example/a")
    assert Article.objects.get(raw_filename="b.txt").status == Article.Status.DONE
    assert "2 of 2 file(s) ingested" in capsys.readouterr().out


def test_ingest_reports_bad_files_and_keeps_going(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "good.txt").write_text(ELECTION, encoding="utf-8")
    with pytest.raises(CommandError, match="1 file"):
        call_command("ingest", str(tmp_path))
    assert "empty.txt" in capsys.readouterr().err
    assert Article.objects.count() == 1


def test_ingest_refuses_a_missing_path():
    with pytest.raises(CommandError, match="No such file"):
        call_command("ingest", "/nonexistent/article.txt")
