import http.server
import threading

import pytest

from .factories import UserFactory


@pytest.fixture
def user(db):
    return UserFactory(username="editor", role="editors")


@pytest.fixture
def logged_in_client(client, user):
    client.force_login(user)
    return client


class _Site(http.server.BaseHTTPRequestHandler):
    """Serves whatever the test put in `routes`: path -> (status, headers, body bytes)."""

    routes: dict = {}

    def do_GET(self):
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site(settings):
    """A real HTTP server on 127.0.0.1, allowed through the SSRF guard for this test only."""
    handler = type("Site", (_Site,), {"routes": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.INGEST_ALLOWED_HOSTS = frozenset({"127.0.0.1"})
    site = type("LocalSite", (), {})()
    site.routes = handler.routes
    site.url = lambda path: f"http://127.0.0.1:{server.server_port}{path}"
    yield site
    server.shutdown()
    server.server_close()
