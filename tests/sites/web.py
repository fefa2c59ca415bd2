"""A real HTTP server on 127.0.0.1 serving fixture feeds and pages, and every way a site fails.

Routes: ``/feed.xml`` (RSS 2.0, three articles, one linked twice with tracking parameters),
``/atom.xml``, ``/rdf.xml``, ``/feed-dtd.xml`` (RSS 0.91 with an external DTD), ``/feed-xxe.xml``,
``/feed-bomb.xml``, ``/feed-mixed.xml`` (entries failing each their own way), ``/articles/*.html``;
``/redirect/<n>`` (a chain of n hops to article one), ``/loop/<n>`` (endless), ``/slow.html``,
``/drip.html``, ``/flaky.html`` (500 once, then a page), ``/missing.html`` (404), ``/big.html``
(streamed, no length), ``/big-declared.html``, ``/photo.html`` (image/png), ``/mislabelled.html``
(PNG bytes as text/html), ``/metadata.html`` (redirect to 169.254.169.254), ``/status/<code>``.
Feeds and pages carry an ETag and honour If-None-Match. Every request is recorded.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
FEED_TYPES = {
    "feed.xml": "application/rss+xml",
    "feed-mixed.xml": "application/rss+xml",
    "feed-xxe.xml": "application/rss+xml",
    "feed-bomb.xml": "application/rss+xml",
    "feed-dtd.xml": "application/rss+xml",
    "atom.xml": "application/atom+xml",
    "rdf.xml": "application/rdf+xml",
}
ARTICLES = ("one", "two", "three")


@dataclass(frozen=True)
class Seen:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    started: float
    status: int = 0


@dataclass
class Site:
    """The running site: its base URL, what it was asked, and knobs a test may turn."""

    base: str = ""
    requests: list[Seen] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    answered: list[float] = field(default_factory=list)  # when each response's head went out
    in_flight: int = 0
    max_in_flight: int = 0
    slow_seconds: float = 4.0
    page_seconds: float = 0.0  # added to every article response (to observe concurrency)
    version: str = "v1"  # the feeds' and pages' ETag: bump to "change" the site
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [seen.path for seen in self.requests]


def _body(name: str, site: Site) -> bytes:
    return (PAGES / name).read_text(encoding="utf-8").replace("{base}", site.base).encode()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "fixture-site/1"
        _counted = False  # this request is in site.in_flight

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # the test reads site.requests instead

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            with site.lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
                site.hits[self.path] += 1
                site.requests.append(Seen(self.path, dict(self.headers), time.monotonic()))
            self._counted = True
            try:
                self._route(self.path.split("?", 1)[0])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout or a size cap): that is the point
            finally:
                self._landed()

        def end_headers(self) -> None:
            with site.lock:  # before the client can have any of the response
                site.answered.append(time.monotonic())
            self._landed()
            super().end_headers()

        def _landed(self) -> None:
            """The request stops counting as in flight once its answer starts out, before the
            client can have any of it: counted after the body went out instead, a busy machine
            could let the client read the answer and send its next request before this thread
            ran again, and two requests the client never overlapped would count as three."""
            if self._counted:
                self._counted = False
                with site.lock:
                    site.in_flight -= 1

        def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def _cached(self, body: bytes, ctype: str) -> None:
            etag = f'"{site.version}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            modified = "Mon, 04 Nov 2024 08:30:00 GMT"
            self._send(200, body, ctype, ETag=etag, Last_Modified=modified)

        def _redirect(self, location: str, status: int = 302) -> None:
            self.send_response(status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _route(self, path: str) -> None:  # noqa: C901 - one branch per fixture route
            name = path.lstrip("/")
            if name in FEED_TYPES:
                self._cached(_body(name, site), FEED_TYPES[name])
            elif path.startswith("/articles/") and path[10:].removesuffix(".html") in ARTICLES:
                time.sleep(site.page_seconds)
                self._cached(_body(path[10:], site), "text/html; charset=utf-8")
            elif path.startswith("/redirect/"):
                hops = int(path.rsplit("/", 1)[1])
                target = "/articles/one.html" if hops <= 1 else f"/redirect/{hops - 1}"
                self._redirect(target, 301 if hops % 2 else 302)
            elif path.startswith("/loop/"):
                self._redirect(f"/loop/{int(path.rsplit('/', 1)[1]) + 1}")
            elif path == "/slow.html":
                time.sleep(site.slow_seconds)
                self._send(200, _body("one.html", site), "text/html")
            elif path == "/drip.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                for _ in range(1000):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/flaky.html":
                if site.hits[self.path] == 1:
                    self._send(500, b"try again", "text/plain")
                else:
                    self._send(200, _body("two.html", site), "text/html")
            elif path == "/big.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()  # no length: the client must count while streaming
                self.wfile.write(b"<html><body><p>")
                for _ in range(64):
                    self.wfile.write(b"news " * 20_000)
            elif path == "/big-declared.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<html>")
            elif path == "/photo.html":
                self._send(200, PNG, "image/png")
            elif path == "/mislabelled.html":
                self._send(200, PNG, "text/html")
            elif path == "/metadata.html":
                self._redirect("http://169.254.169.254/latest/meta-data/")
            elif path.startswith("/status/"):
                self._send(int(path.rsplit("/", 1)[1]), b"status", "text/plain")
            else:
                self._send(404, b"not found", "text/plain")

    return Handler


@contextmanager
def serve_site() -> Iterator[Site]:
    """Start the site on a free port of 127.0.0.1; stop it on exit."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="fixture-site", daemon=True
    )
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
