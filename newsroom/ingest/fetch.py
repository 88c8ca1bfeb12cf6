"""Fetch a web page or feed over HTTP(S), guarded against server-side request forgery.

Standard library only (http.client): every hop of a redirect chain is resolved, checked
against private/loopback/link-local/metadata addresses, and connected to the very address
that was checked (no second DNS lookup an attacker could rebind). The whole fetch shares
one deadline, and the body is read in chunks up to a size cap.
"""
from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5
CHUNK_BYTES = 65_536
USER_AGENT = "NewsroomClaims/1.0 (+newsroom claim extraction; article fetcher)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
    "application/feed+json", "application/json",
})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Cloud metadata endpoints, named for a clear message (most are link-local or private anyway).
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192",
))


class FetchError(Exception):
    """A page could not be fetched; str(error) is a message fit for the user."""


class InvalidUrl(FetchError):
    """The URL is malformed or not http/https."""


class BlockedAddress(FetchError):
    """The host resolves to an address the server must not reach (private, loopback, metadata…)."""


class HostNotFound(FetchError):
    """The host name does not resolve."""


class ConnectionFailed(FetchError):
    """The server could not be reached or broke the connection."""


class FetchTimeout(FetchError):
    """The server took longer than the time limit."""


class TooLarge(FetchError):
    """The response is bigger than the size limit."""


class UnsupportedContent(FetchError):
    """The response is not an HTML page, plain text or (when asked for) a feed."""


class TooManyRedirects(FetchError):
    """The server redirected more times than allowed."""


class HttpError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class FetchedPage:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type without parameters, lowercased ("" when the server sent none)
    raw: bytes
    encoding: str | None  # charset from the Content-Type header or a <meta>/XML declaration, if any


def fetch_url(url: str, *, timeout: float = 10, max_bytes: int = 5_000_000,
              allowed_hosts: Iterable[str] = frozenset(), accept_feeds: bool = False,
              ssl_context: ssl.SSLContext | None = None) -> FetchedPage:
    """Fetch url and return the page; raise a FetchError subclass with a user-facing message.

    allowed_hosts names hosts (or IP literals, no port) exempt from the address check, e.g.
    an intranet site or a test server. accept_feeds also admits RSS/Atom/XML/JSON types.
    ssl_context replaces the default certificate checks (e.g. to trust an intranet CA).
    """
    allowed = frozenset(h.lower().strip("[]") for h in allowed_hosts)
    deadline = time.monotonic() + timeout
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, target = _split(current)
        addresses = _resolve(host, port, allowed)
        status, headers, raw = _request(scheme, host, port, target, addresses, deadline, timeout, max_bytes,
                                        ssl_context)
        if status in REDIRECT_STATUSES and headers.get("location"):
            current = urljoin(current, headers["location"].strip())
            continue
        if status >= 400:
            reason = http.client.responses.get(status, "")
            raise HttpError(f"The server answered {status} {reason}".rstrip() + f" for {current}.", status)
        if not 200 <= status < 300:
            raise HttpError(f"The server answered with unexpected status {status} for {current}.", status)
        content_type, charset = _content_type(headers.get("content-type", ""))
        _check_type(content_type, accept_feeds)
        return FetchedPage(url=url, final_url=current, status=status, content_type=content_type,
                           raw=raw, encoding=charset or sniff_charset(raw))
    raise TooManyRedirects(f"The server redirected more than {MAX_REDIRECTS} times; gave up at {current}.")


def _split(url: str) -> tuple[str, str, int, str]:
    """Return (scheme, host, port, request target) of an http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InvalidUrl(f"The URL is not valid: {exc}.") from None
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise InvalidUrl(f"Only http and https URLs can be fetched, not {scheme or 'this'}: {url[:200]}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidUrl(f"The URL has no host name: {url[:200]}")
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    if re.search(r"[\x00-\x20\x7f]", target):  # no header injection through the request line
        raise InvalidUrl("The URL contains spaces or control characters.")
    return scheme, host, port or (443 if scheme == "https" else 80), target


def _resolve(host: str, port: int, allowed: frozenset[str]) -> list[str]:
    """Return the host's addresses, refusing any that the server must not reach."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise HostNotFound(f"The host {host} could not be found.") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if host.lower() in allowed:
        return addresses
    for address in addresses:
        reason = blocked_reason(address)
        if reason:
            raise BlockedAddress(f"The host {host} resolves to {reason} ({address}); fetching it is not allowed.")
    return addresses


def blocked_reason(address: str) -> str | None:
    """Return why an IP address must not be fetched (e.g. "a private address"), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if mapped is not None:
            return blocked_reason(str(mapped))
    checks = (
        (ip in METADATA_ADDRESSES, "a cloud metadata address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "a non-public address"),
    )
    return next((why for hit, why in checks if hit), None)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand, with the host name in Host."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to a checked address, verifying the certificate for the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float,
                 context: ssl.SSLContext | None = None) -> None:
        super().__init__(host, port, timeout=timeout, context=context or ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _request(scheme: str, host: str, port: int, target: str, addresses: list[str], deadline: float,
             timeout: float, max_bytes: int, ssl_context: ssl.SSLContext | None
             ) -> tuple[int, dict[str, str], bytes]:
    """Send one GET and return (status, lower-cased headers, body); the body only for 2xx."""
    last_error: OSError | None = None
    for address in addresses:
        remaining = _remaining(deadline, timeout)
        if scheme == "https":
            conn: http.client.HTTPConnection = _PinnedHTTPSConnection(host, port, address, remaining, ssl_context)
        else:
            conn = _PinnedHTTPConnection(host, port, address, remaining)
        try:
            conn.request("GET", target, headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                          "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
                "Accept-Encoding": "gzip",  # deflate is ambiguous (zlib or raw) across servers
                "Connection": "close",
            })
            response = conn.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            body = b""
            if 200 <= response.status < 300:
                body = _read_body(conn, response, headers, deadline, timeout, max_bytes)
            return response.status, headers, body
        except (TimeoutError, socket.timeout):
            raise FetchTimeout(f"The server {host} did not answer within {timeout:g} seconds.") from None
        except ssl.SSLError as exc:
            raise ConnectionFailed(f"The secure connection to {host} failed: {exc.reason or exc}.") from None
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            last_error = exc
        finally:
            conn.close()
    raise ConnectionFailed(f"The server {host} could not be reached ({last_error}).")


def _remaining(deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchTimeout(f"The fetch took longer than {timeout:g} seconds.")
    return left


def _read_body(conn: http.client.HTTPConnection, response: http.client.HTTPResponse, headers: dict[str, str],
               deadline: float, timeout: float, max_bytes: int) -> bytes:
    """Read the body in chunks, within the deadline and the size cap (also after decompression)."""
    too_large = TooLarge(f"The page is larger than the limit of {max_bytes:,} bytes.")
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise too_large
    coding = headers.get("content-encoding", "").strip().lower()
    inflater = None
    if coding in {"gzip", "x-gzip"}:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif coding == "deflate":
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header, detected
    elif coding not in {"", "identity"}:
        raise UnsupportedContent(f"The server sent the page compressed as {coding}, which is not supported.")
    parts: list[bytes] = []
    size = 0
    while True:
        if conn.sock is not None:  # a slow drip must not outlive the deadline
            conn.sock.settimeout(_remaining(deadline, timeout))
        chunk = response.read1(CHUNK_BYTES) if hasattr(response, "read1") else response.read(CHUNK_BYTES)
        if not chunk:
            break
        if inflater is not None:
            try:
                # max_length keeps a decompression bomb from filling memory
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise ConnectionFailed("The server sent a corrupt compressed page.") from None
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        parts.append(chunk)
        _remaining(deadline, timeout)
    return b"".join(parts)


def _content_type(value: str) -> tuple[str, str | None]:
    """Return (media type, charset) of a Content-Type header."""
    media, _, params = value.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return media.strip().lower(), match.group(1).lower() if match else None


def _check_type(content_type: str, accept_feeds: bool) -> None:
    allowed = HTML_TYPES | FEED_TYPES if accept_feeds else HTML_TYPES
    if not content_type or content_type in allowed or (accept_feeds and content_type.endswith("+xml")):
        return  # no type given: the decoder will refuse binary content
    what = "a feed, an HTML page or text" if accept_feeds else "an HTML page or text"
    raise UnsupportedContent(f"The address serves {content_type}, not {what}.")


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)


def sniff_charset(raw: bytes) -> str | None:
    """Return the charset a page declares in its first bytes (<meta charset>, XML declaration)."""
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "replace").lower()
