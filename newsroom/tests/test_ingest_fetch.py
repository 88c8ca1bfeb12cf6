"""fetch_url against a real HTTP server on 127.0.0.1: SSRF guard, redirects, limits, types.

No traffic leaves 127.0.0.1: blocked addresses are refused before any connection.
"""
from __future__ import annotations

import gzip
import http.server
import socket
import threading
import time

import pytest

from claims.extraction.decoding import decode_bytes
from newsroom.ingest.fetch import (
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HttpError,
    InvalidUrl,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
    blocked_reason,
    fetch_url,
)

LOCAL = frozenset({"127.0.0.1"})
ARTICLE = """<!doctype html><html lang="ar" dir="rtl"><head>{meta}<title>التضخم في مصر</title></head>
<body><article><h1>التضخم في مصر يتراجع للشهر الثالث</h1>
<p>تراجع معدل التضخم السنوي في المدن المصرية إلى 26.4 بالمئة في سبتمبر.</p></article></body></html>"""
RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>x</title><link>https://example.org/1</link></item></channel></rss>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    port = 0

    def do_GET(self):  # noqa: N802 (http.server's naming)
        route = getattr(self, "route_" + self.path.strip("/").replace("-", "_"), None)
        if route is None:
            return self._send(404, "text/plain", b"not found")
        try:
            route()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as the size and time limits make it do

    def _send(self, status, content_type, body, extra=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location, status=302):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route_utf8(self):
        self._send(200, "text/html; charset=utf-8", ARTICLE.format(meta="").encode("utf-8"))

    def route_cp1256(self):
        self._send(200, "text/html; charset=windows-1256", ARTICLE.format(meta="").encode("cp1256"))

    def route_cp1256_meta(self):
        page = ARTICLE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
        self._send(200, "text/html", page.encode("cp1256"))

    def route_gzip(self):
        self._send(200, "text/html; charset=utf-8", gzip.compress(ARTICLE.format(meta="").encode()),
                   [("Content-Encoding", "gzip")])

    def route_gzip_bomb(self):
        self._send(200, "text/html", gzip.compress(b" " * 3_000_000), [("Content-Encoding", "gzip")])

    def route_slow(self):
        time.sleep(1.5)
        self._send(200, "text/html", b"<p>late</p>")

    def route_drip(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.05)

    def route_big_declared(self):
        self._send(200, "text/html", b"x" * 300_000)

    def route_big_streamed(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the size is only known while reading
        for _ in range(30):
            self.wfile.write(b"y" * 10_000)

    def route_pdf(self):
        self._send(200, "application/pdf", b"%PDF-1.7\n")

    def route_image(self):
        self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")

    def route_feed(self):
        self._send(200, "application/rss+xml; charset=utf-8", RSS)

    def route_server_error(self):
        self._send(500, "text/plain", b"boom")

    def route_to_utf8(self):
        self._redirect("/utf8", 301)

    def route_to_loopback(self):
        self._redirect(f"http://127.0.0.1:{self.port}/utf8")

    def route_to_private(self):
        self._redirect("http://10.20.30.40/internal")

    def route_to_metadata(self):
        self._redirect("http://169.254.169.254/latest/meta-data/")

    def route_to_mapped_loopback(self):
        self._redirect(f"http://[::ffff:127.0.0.1]:{self.port}/utf8")

    def route_to_file(self):
        self._redirect("file:///etc/passwd")

    def route_loop(self):
        self._redirect("/loop", 307)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), type("H", (_Handler,), {}))
    server.daemon_threads = True
    server.RequestHandlerClass.port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield lambda path: f"http://127.0.0.1:{server.server_port}{path}"
    server.shutdown()
    server.server_close()


def test_utf8_arabic_page(site):
    page = fetch_url(site("/utf8"), allowed_hosts=LOCAL)
    assert (page.status, page.content_type, page.encoding) == (200, "text/html", "utf-8")
    assert "التضخم في مصر" in page.raw.decode("utf-8")
    assert page.final_url == page.url == site("/utf8")


def test_windows_1256_page_with_charset_header(site):
    page = fetch_url(site("/cp1256"), allowed_hosts=LOCAL)
    assert page.encoding == "windows-1256"
    assert "26.4 بالمئة" in page.raw.decode(page.encoding)
    assert "26.4 بالمئة" in decode_bytes(page.raw).text


def test_windows_1256_page_declared_in_meta(site):
    page = fetch_url(site("/cp1256-meta"), allowed_hosts=LOCAL)
    assert page.encoding == "windows-1256"
    assert "التضخم في مصر" in page.raw.decode(page.encoding)


def test_gzip_body_is_decompressed(site):
    page = fetch_url(site("/gzip"), allowed_hosts=LOCAL)
    assert "التضخم" in page.raw.decode("utf-8")


def test_gzip_bomb_is_stopped_at_the_cap(site):
    with pytest.raises(TooLarge):
        fetch_url(site("/gzip-bomb"), allowed_hosts=LOCAL, max_bytes=100_000)


def test_loopback_is_refused_unless_allowed(site):
    with pytest.raises(BlockedAddress, match="loopback"):
        fetch_url(site("/utf8"))


def test_redirect_is_followed_and_rechecked(site):
    page = fetch_url(site("/to-utf8"), allowed_hosts=LOCAL)
    assert page.final_url == site("/utf8")
    assert page.url == site("/to-utf8")


def test_redirect_to_a_loopback_host_that_is_not_allowed(site):
    # "localhost" is allowed, the 127.0.0.1 it redirects to is not
    start = site("/to-loopback").replace("127.0.0.1", "localhost")
    with pytest.raises(BlockedAddress, match="127.0.0.1"):
        fetch_url(start, allowed_hosts={"localhost"})


@pytest.mark.parametrize("path, says", [
    ("/to-private", "private"),
    ("/to-metadata", "metadata"),
    ("/to-mapped-loopback", "loopback"),
])
def test_redirect_to_internal_addresses_is_refused(site, path, says):
    with pytest.raises(BlockedAddress, match=says):
        fetch_url(site(path), allowed_hosts=LOCAL)


def test_redirect_to_another_scheme_is_refused(site):
    with pytest.raises(InvalidUrl, match="http and https"):
        fetch_url(site("/to-file"), allowed_hosts=LOCAL)


def test_redirect_loop_stops(site):
    with pytest.raises(TooManyRedirects, match="5 times"):
        fetch_url(site("/loop"), allowed_hosts=LOCAL)


def test_slow_server_times_out(site):
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="0.5 seconds"):
        fetch_url(site("/slow"), allowed_hosts=LOCAL, timeout=0.5)
    assert time.monotonic() - started < 1.4


def test_slow_drip_body_times_out_on_the_total_deadline(site):
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch_url(site("/drip"), allowed_hosts=LOCAL, timeout=1)
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_oversized_body_is_refused(site, path):
    with pytest.raises(TooLarge, match="100,000 bytes"):
        fetch_url(site(path), allowed_hosts=LOCAL, max_bytes=100_000)


@pytest.mark.parametrize("path, says", [("/pdf", "application/pdf"), ("/image", "image/png")])
def test_non_html_content_is_refused(site, path, says):
    with pytest.raises(UnsupportedContent, match=says):
        fetch_url(site(path), allowed_hosts=LOCAL)


def test_feeds_only_when_asked_for(site):
    with pytest.raises(UnsupportedContent, match="application/rss"):
        fetch_url(site("/feed"), allowed_hosts=LOCAL)
    page = fetch_url(site("/feed"), allowed_hosts=LOCAL, accept_feeds=True)
    assert page.raw == RSS and page.encoding == "utf-8"


@pytest.mark.parametrize("path, status", [("/missing", 404), ("/server-error", 500)])
def test_http_errors_carry_the_status(site, path, status):
    with pytest.raises(HttpError, match=str(status)) as info:
        fetch_url(site(path), allowed_hosts=LOCAL)
    assert info.value.status == status


def test_closed_port_is_a_connection_failure():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectionFailed):
        fetch_url(f"http://127.0.0.1:{port}/", allowed_hosts=LOCAL, timeout=2)


@pytest.mark.parametrize("url", [
    "ftp://127.0.0.1/file", "file:///etc/passwd", "javascript:alert(1)", "http:///no-host",
    "http://127.0.0.1:99999/", "gopher://127.0.0.1:70/",
])
def test_invalid_urls(url):
    with pytest.raises(InvalidUrl):
        fetch_url(url)


@pytest.mark.parametrize("url", [
    "http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.5.4/", "http://[::1]/",
    "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://0.0.0.0/",
    "http://100.64.0.1/", "http://[::ffff:10.0.0.1]/",
])
def test_internal_addresses_are_refused_before_connecting(url):
    with pytest.raises(BlockedAddress) as info:
        fetch_url(url)
    assert "not allowed" in str(info.value)


@pytest.mark.parametrize("address, reason", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"),
    ("169.254.169.254", "metadata"), ("fd00:ec2::254", "metadata"), ("169.254.1.1", "link-local"),
    ("fe80::1", "link-local"), ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"),
    ("240.0.0.1", "reserved"), ("::ffff:127.0.0.1", "loopback"), ("2002:7f00:1::1", "loopback"),
    ("100.64.0.1", "non-public"), ("8.8.8.8", None), ("2a00:1450:4001::1", None),
])
def test_blocked_reason(address, reason):
    found = blocked_reason(address)
    assert (found is None) if reason is None else (reason in found)


def test_every_error_is_a_fetch_error_with_a_message():
    for error in (BlockedAddress, FetchTimeout, TooLarge, UnsupportedContent, InvalidUrl, ConnectionFailed):
        assert issubclass(error, FetchError)
    assert str(HttpError("The server answered 404 Not Found.", 404)) == "The server answered 404 Not Found."


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate made by openssl."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), type("H", (_Handler,), {}))
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}", cert
    server.shutdown()
    server.server_close()


def test_https_with_an_untrusted_certificate_fails_clearly(tls_site):
    base, _cert = tls_site
    with pytest.raises(ConnectionFailed, match="secure connection"):
        fetch_url(base + "/utf8", allowed_hosts=LOCAL, timeout=5)


def test_https_checks_the_certificate_against_the_host(tls_site):
    import ssl

    base, cert = tls_site
    page = fetch_url(base + "/utf8", allowed_hosts=LOCAL, timeout=5,
                     ssl_context=ssl.create_default_context(cafile=str(cert)))
    assert "التضخم في مصر" in page.raw.decode("utf-8")


@pytest.mark.parametrize("network", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                     "169.254.0.0/16", "fc00::/7", "fe80::/10", "::ffff:10.0.0.0/104"])
def test_every_address_of_internal_networks_is_blocked(network):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=50, deadline=None)
    @given(st.ip_addresses(network=network))
    def check(address):
        assert blocked_reason(str(address)) is not None

    check()
