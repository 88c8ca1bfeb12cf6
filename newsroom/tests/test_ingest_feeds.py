"""parse_feed: RSS and Atom entries, absolute links, UTC dates; MalformedFeed for the rest."""
from __future__ import annotations

import datetime as dt

import pytest

from newsroom.ingest.feeds import FeedEntry, MalformedFeed, parse_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>اقتصاد</title><link>https://news.example/</link>
<item><title>البنك المركزي يثبت الفائدة</title><link>/economy/rates-1</link>
<pubDate>Thu, 24 Oct 2024 14:30:00 +0300</pubDate>
<description><![CDATA[<p>أبقى البنك المركزي <b>أسعار الفائدة</b> دون تغيير &amp; قال إن التضخم يتراجع.</p>]]></description></item>
<item><title>زلزال بقوة 5 درجات</title><link>https://news.example/world/quake</link></item>
<item><title>تكرار</title><link>https://news.example/world/quake</link></item>
<item><title>بلا رابط</title></item>
</channel></rss>""".encode("utf-8")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>انتخابات</title><id>urn:x</id><updated>2024-06-01T00:00:00Z</updated>
<entry><title>نسبة المشاركة 41 بالمئة</title><link href="https://news.example/elections/turnout"/>
<id>urn:1</id><updated>2024-06-01T18:00:00Z</updated><summary>أعلنت الهيئة نسبة المشاركة.</summary></entry>
</feed>""".encode("utf-8")


def test_rss_entries():
    entries = parse_feed(RSS, base_url="https://news.example/feed.xml")
    assert [e.url for e in entries] == ["https://news.example/economy/rates-1", "https://news.example/world/quake"]
    first = entries[0]
    assert first.title == "البنك المركزي يثبت الفائدة"
    assert first.published == dt.datetime(2024, 10, 24, 11, 30, tzinfo=dt.timezone.utc)
    assert first.summary == "أبقى البنك المركزي أسعار الفائدة دون تغيير & قال إن التضخم يتراجع."
    assert entries[1].published is None


def test_atom_entries():
    assert parse_feed(ATOM) == [FeedEntry(
        url="https://news.example/elections/turnout", title="نسبة المشاركة 41 بالمئة",
        published=dt.datetime(2024, 6, 1, 18, 0, tzinfo=dt.timezone.utc), summary="أعلنت الهيئة نسبة المشاركة.",
    )]


def test_windows_1256_feed():
    raw = RSS.decode("utf-8").replace('encoding="utf-8"', 'encoding="windows-1256"').encode("cp1256")
    entries = parse_feed(raw, base_url="https://news.example/")
    assert entries[0].title == "البنك المركزي يثبت الفائدة"


def test_valid_empty_feed_gives_no_entries():
    raw = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert parse_feed(raw) == []


@pytest.mark.parametrize("raw", [
    b"",
    b"   \n",
    b"<!doctype html><html><body><h1>Not a feed</h1><p>hello</p></body></html>",
    "مجرد نص عادي وليس خلاصة أخبار".encode("utf-8"),
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut off',
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
])
def test_malformed_feeds(raw):
    with pytest.raises(MalformedFeed, match="feed"):
        parse_feed(raw)
