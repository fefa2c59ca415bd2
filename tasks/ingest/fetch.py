"""Fetching pages and feeds over HTTP(S), safely and politely.

Safe: http(s) only; every hop's host is resolved and each of its addresses checked before any
connection, and the request then goes to the checked address (no second lookup for DNS rebinding
to exploit); at most ``max_redirects`` redirects, each hop checked again; connect and read
timeouts plus a deadline for the whole body; a size cap counted while streaming (on decoded
bytes, so a gzip bomb stops at the cap); the content type checked against what the caller
accepts. Polite: a descriptive User-Agent, a per-host limit on concurrent requests and a delay
between request starts (``HostGate``), and conditional GET (``Validators``), so an unchanged
resource costs one request and no body.

Failures raise ``FetchError`` with a short machine-readable reason (``read.py``'s style):
``TransientFetchError`` for what may succeed later (timeouts, dropped connections, 408, 429,
5xx), worth retrying; ``PermanentFetchError`` for what will not (refused host, other 4xx,
too large, wrong content type, too many redirects), which belongs in quarantine.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from tasks.schema import PIPELINE_VERSION

USER_AGENT = (
    f"claimflow/{PIPELINE_VERSION} (news claim extraction; polite fetcher: one request per "
    "host at a time, conditional GET)"
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        *("application/rss+xml", "application/atom+xml", "application/rdf+xml"),
        *("application/xml", "text/xml", "application/x-rss+xml", "application/feed+xml"),
    }
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT_STATUS = frozenset({408, 425, 429})
# Cloud metadata services outside link-local ranges (AWS IPv6, Alibaba); link-local is always
# refused anyway (169.254.169.254, 169.254.170.2, fe80::/10).
_METADATA = frozenset(
    {ipaddress.ip_address("fd00:ec2::254"), ipaddress.ip_address("100.100.100.200")}
)
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: private in practice
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A URL that could not be fetched; ``reason`` is ``kind: detail``."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class TransientFetchError(FetchError):
    """May succeed if tried again later: a timeout, a dropped connection, 408, 429 or 5xx."""


class PermanentFetchError(FetchError):
    """Will not succeed by retrying: quarantine the URL with ``reason``."""


@dataclass(frozen=True)
class FetchPolicy:
    """How to fetch. Built by the flow from settings; never read from the environment here."""

    allow_private: bool = False  # loopback and private ranges (never link-local or metadata)
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 60.0  # for the whole body: a server dripping one byte a second
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Validators:
    """What a server said last time, sent back for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    """A response: 200 with a body, or 304 (``not_modified``) with none."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str | None = None
    validators: Validators = field(default_factory=Validators)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostGate:
    """Per-host politeness shared by every fetch of a run: at most ``per_host`` requests to one
    host at a time, and none starting sooner than ``delay`` seconds after the last one to that
    host finished."""

    def __init__(self, *, per_host: int = 2, delay: float = 1.0) -> None:
        if per_host < 1 or delay < 0:
            raise ValueError(f"per_host must be >= 1 and delay >= 0, got {per_host}, {delay}")
        self.per_host, self.delay = per_host, delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._free_at: dict[str, float] = {}

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            slots = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with slots:
            while (wait := self._free_at.get(host, 0.0) - time.monotonic()) > 0:
                time.sleep(wait)  # another request may finish meanwhile: look again
            try:
                yield
            finally:
                with self._lock:
                    self._free_at[host] = time.monotonic() + self.delay


def address_refusal(address: IPAddress, *, allow_private: bool) -> str | None:
    """Why connecting to ``address`` is refused, or None when it is allowed."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # [::ffff:127.0.0.1] is 127.0.0.1
    if address in _METADATA or address.is_link_local:
        return "link-local or metadata address"
    if address.is_unspecified or address.is_multicast:
        return "unspecified or multicast address"
    if address.is_global:
        return None
    if address.is_private or address.is_loopback or address in _SHARED:
        if allow_private:
            return None
        return "private or loopback address (set CLAIMFLOW_ALLOW_PRIVATE_HOSTS=1 to allow)"
    return "reserved address"


def resolve_checked(url: str, *, allow_private: bool) -> list[IPAddress]:
    """The addresses ``url``'s host resolves to, all allowed; raises FetchError otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise PermanentFetchError(url, f"refused_scheme: {parts.scheme or 'none'}")
    host = parts.hostname
    if not host:
        raise PermanentFetchError(url, "invalid_url: no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except ValueError as exc:
        raise PermanentFetchError(url, f"invalid_url: {exc}") from exc
    except socket.gaierror as exc:
        kind = TransientFetchError if exc.errno == socket.EAI_AGAIN else PermanentFetchError
        raise kind(url, f"unresolvable: {host}: {exc.strerror}") from exc
    addresses = list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))
    for address in addresses:  # one bad address refuses the host: we cannot choose for DNS
        refusal = address_refusal(address, allow_private=allow_private)
        if refusal:
            raise PermanentFetchError(url, f"refused_host: {host} is {address}, a {refusal}")
    return addresses


def fetch(
    url: str,
    *,
    policy: FetchPolicy,
    accept: frozenset[str],
    validators: Validators | None = None,
    gate: HostGate | None = None,
) -> Fetched:
    """GET ``url`` under ``policy``, following checked redirects; raises FetchError."""
    gate = gate or HostGate(delay=0.0)
    timeout = httpx.Timeout(
        connect=policy.connect_timeout, read=policy.read_timeout, write=policy.read_timeout,
        pool=policy.connect_timeout,
    )  # fmt: skip
    headers = {
        "User-Agent": policy.user_agent,
        "Accept": ", ".join(sorted(accept)) + ";q=1, */*;q=0.1",
    }
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _hop in range(policy.max_redirects + 1):
            try:
                address = resolve_checked(current, allow_private=policy.allow_private)[0]
            except FetchError as exc:  # the refusal belongs to the URL asked for
                if current == url:
                    raise
                raise type(exc)(url, f"{exc.reason} (redirected to {current})") from exc
            with gate.slot(urlsplit(current).hostname or ""):
                result = _get(client, url, current, address, headers, policy, accept)
            if isinstance(result, Fetched):
                return result
            current = result
    raise PermanentFetchError(url, f"too_many_redirects: more than {policy.max_redirects}")


def _get(
    client: httpx.Client,
    url: str,
    current: str,
    address: IPAddress,
    headers: dict[str, str],
    policy: FetchPolicy,
    accept: frozenset[str],
) -> Fetched | str:
    """One request to ``current`` sent to ``address``: the response, or the redirect target."""
    logical = httpx.URL(current)
    pinned = logical.copy_with(host=str(address))
    host_header = logical.host if logical.port is None else f"{logical.host}:{logical.port}"
    extensions = {"sni_hostname": logical.host} if logical.scheme == "https" else {}
    try:
        with client.stream(
            "GET", pinned, headers={**headers, "Host": host_header}, extensions=extensions
        ) as response:
            return _handle(response, url, current, policy, accept)
    except httpx.TimeoutException as exc:
        raise TransientFetchError(url, f"timeout: {type(exc).__name__} at {current}") from exc
    except httpx.DecodingError as exc:
        raise PermanentFetchError(url, f"undecodable: content-encoding: {exc}") from exc
    except httpx.TransportError as exc:
        raise TransientFetchError(url, f"connection: {type(exc).__name__}: {exc}") from exc


def _handle(
    response: httpx.Response, url: str, current: str, policy: FetchPolicy, accept: frozenset[str]
) -> Fetched | str:
    status = response.status_code
    if status in _REDIRECTS:
        location = response.headers.get("Location")
        if not location:
            raise PermanentFetchError(url, f"http_{status}: redirect without a Location")
        return urljoin(current, location)
    if status in _TRANSIENT_STATUS or status >= 500:
        raise TransientFetchError(url, f"http_{status}: {response.reason_phrase} at {current}")
    if status == 304:
        return Fetched(url=url, final_url=current, status=304, validators=_validators(response))
    if not 200 <= status < 300:
        raise PermanentFetchError(url, f"http_{status}: {response.reason_phrase} at {current}")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in accept:
        raise PermanentFetchError(url, f"unwanted_type: {media} at {current}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise PermanentFetchError(url, f"too_large: {declared} bytes > {policy.max_bytes}")
    body = bytearray()
    deadline = time.monotonic() + policy.total_timeout
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > policy.max_bytes:
            raise PermanentFetchError(url, f"too_large: more than {policy.max_bytes} bytes")
        if time.monotonic() > deadline:
            raise TransientFetchError(url, f"timeout: body took over {policy.total_timeout} s")
    return Fetched(
        url=url,
        final_url=current,
        status=status,
        body=bytes(body),
        content_type=media or None,
        validators=_validators(response),
    )


def _validators(response: httpx.Response) -> Validators:
    return Validators(
        etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified")
    )
