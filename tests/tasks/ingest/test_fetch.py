"""Fetching against a real local site: redirects, timeouts, caps, types, refusals, politeness."""

from __future__ import annotations

import ipaddress
import threading
import time

import pytest

from tasks.ingest.fetch import (
    HTML_TYPES,
    FetchPolicy,
    HostGate,
    PermanentFetchError,
    TransientFetchError,
    Validators,
    address_refusal,
    fetch,
    resolve_checked,
)
from tests.sites.web import Site

LOCAL = FetchPolicy(allow_private=True, connect_timeout=2, read_timeout=2, total_timeout=10)
ANY = HTML_TYPES | {"application/rss+xml", "text/plain"}


def _get(site: Site, path: str, policy: FetchPolicy = LOCAL, **kw):
    return fetch(site.url(path), policy=policy, accept=kw.pop("accept", ANY), **kw)


def test_a_page_is_fetched_with_our_user_agent_and_validators(site: Site) -> None:
    got = _get(site, "/articles/one.html")
    assert got.status == 200 and b"Floods displace 12,000 people" in got.body
    assert got.content_type == "text/html"
    assert got.validators == Validators(etag='"v1"', last_modified="Mon, 04 Nov 2024 08:30:00 GMT")
    assert site.requests[0].headers["User-Agent"].startswith("claimflow/")
    assert site.requests[0].headers["Host"] == site.base.removeprefix("http://")


def test_an_unchanged_resource_costs_one_request_and_no_body(site: Site) -> None:
    first = _get(site, "/feed.xml")
    again = _get(site, "/feed.xml", validators=first.validators)
    assert again.not_modified and again.body == b"" and again.validators.etag == '"v1"'
    assert site.requests[1].headers["If-None-Match"] == '"v1"'
    site.version = "v2"  # the feed changed: a full response again
    changed = _get(site, "/feed.xml", validators=first.validators)
    assert changed.status == 200 and changed.validators.etag == '"v2"'


def test_a_redirect_chain_is_followed_to_the_page(site: Site) -> None:
    got = _get(site, "/redirect/3")
    assert got.final_url == site.url("/articles/one.html")
    assert got.url == site.url("/redirect/3")
    assert site.paths() == ["/redirect/3", "/redirect/2", "/redirect/1", "/articles/one.html"]


def test_more_than_five_redirects_are_refused(site: Site) -> None:
    with pytest.raises(PermanentFetchError) as err:
        _get(site, "/loop/0")
    assert err.value.reason.startswith("too_many_redirects")
    assert len(site.requests) == 6  # the first request and five redirects, no more


def test_a_redirect_to_the_metadata_address_is_refused_before_connecting(site: Site) -> None:
    # Even with private hosts allowed: link-local and metadata addresses never are.
    with pytest.raises(PermanentFetchError) as err:
        _get(site, "/metadata.html")
    assert err.value.reason.startswith("refused_host: 169.254.169.254")
    assert "metadata" in err.value.reason and err.value.url == site.url("/metadata.html")
    assert site.paths() == ["/metadata.html"]


def test_a_private_host_is_refused_unless_allowed(site: Site) -> None:
    with pytest.raises(PermanentFetchError) as err:
        _get(site, "/feed.xml", policy=FetchPolicy())
    assert err.value.reason.startswith("refused_host: 127.0.0.1")
    assert "CLAIMFLOW_ALLOW_PRIVATE_HOSTS" in err.value.reason
    assert site.requests == []  # nothing reached the server


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0x7f.1/",  # and in hex shorthand
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped IPv6
        "http://localhost:8080/",
        "http://[::1]/",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_every_spelling_of_an_internal_address_is_refused(url: str) -> None:
    with pytest.raises(PermanentFetchError, match="refused_host"):
        resolve_checked(url, allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://x.org/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(PermanentFetchError, match="refused_scheme"):
        resolve_checked(url, allow_private=True)


@pytest.mark.parametrize(
    ("address", "refused", "refused_even_if_allowed"),
    [
        ("93.184.216.34", False, False),
        ("2606:4700::1111", False, False),
        ("127.0.0.1", True, False),
        ("::1", True, False),
        ("10.0.0.1", True, False),
        ("172.16.5.4", True, False),
        ("192.168.1.1", True, False),
        ("100.64.0.1", True, False),  # carrier-grade NAT: not global
        ("::ffff:127.0.0.1", True, False),
        ("169.254.169.254", True, True),  # cloud metadata (link-local)
        ("169.254.170.2", True, True),  # ECS task metadata
        ("fe80::1", True, True),
        ("fd00:ec2::254", True, True),  # AWS metadata over IPv6
        ("100.100.100.200", True, True),  # Alibaba metadata
        ("0.0.0.0", True, True),  # reaches the local host on Linux
        ("224.0.0.1", True, True),
    ],
)
def test_address_policy(address: str, refused: bool, refused_even_if_allowed: bool) -> None:
    ip = ipaddress.ip_address(address)
    assert (address_refusal(ip, allow_private=False) is not None) is refused
    assert (address_refusal(ip, allow_private=True) is not None) is refused_even_if_allowed


def test_a_slow_page_times_out_as_a_transient_error(site: Site) -> None:
    site.slow_seconds = 3.0
    start = time.monotonic()
    with pytest.raises(TransientFetchError) as err:
        _get(site, "/slow.html", policy=FetchPolicy(allow_private=True, read_timeout=0.5))
    assert err.value.reason.startswith("timeout")
    assert time.monotonic() - start < 2.5


def test_a_dripping_body_hits_the_total_deadline(site: Site) -> None:
    # One byte every 0.1 s never trips the read timeout; the deadline for the body does.
    policy = FetchPolicy(allow_private=True, read_timeout=1, total_timeout=1)
    start = time.monotonic()
    with pytest.raises(TransientFetchError, match="timeout: body took over 1"):
        _get(site, "/drip.html", policy=policy)
    assert time.monotonic() - start < 3


def test_500_then_200_is_transient_then_fetched(site: Site) -> None:
    with pytest.raises(TransientFetchError, match="http_500"):
        _get(site, "/flaky.html")
    assert b"Rescuers reach" in _get(site, "/flaky.html").body


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        ("/missing.html", PermanentFetchError, "http_404"),
        ("/status/410", PermanentFetchError, "http_410"),
        ("/status/403", PermanentFetchError, "http_403"),
        ("/status/429", TransientFetchError, "http_429"),
        ("/status/503", TransientFetchError, "http_503"),
        ("/status/408", TransientFetchError, "http_408"),
    ],
)
def test_status_codes_are_sorted_into_transient_and_permanent(
    site: Site, path: str, error: type[Exception], reason: str
) -> None:
    with pytest.raises(error) as err:
        _get(site, path)
    assert type(err.value) is error and err.value.reason.startswith(reason)


def test_an_oversized_page_is_cut_off_while_streaming(site: Site) -> None:
    policy = FetchPolicy(allow_private=True, max_bytes=100_000)
    with pytest.raises(PermanentFetchError, match="too_large: more than 100000 bytes"):
        _get(site, "/big.html", policy=policy)
    with pytest.raises(PermanentFetchError, match="too_large: 52428800 bytes > 100000"):
        _get(site, "/big-declared.html", policy=policy)


def test_a_png_is_not_a_page(site: Site) -> None:
    with pytest.raises(PermanentFetchError, match="unwanted_type: image/png"):
        _get(site, "/photo.html", accept=HTML_TYPES)


def test_one_request_per_host_at_a_time_and_a_pause_after_each(site: Site) -> None:
    site.page_seconds = 0.1
    gate = HostGate(per_host=1, delay=0.2)
    paths = [
        "/articles/one.html",
        "/articles/two.html",
        "/articles/three.html",
        "/articles/one.html",
    ]
    threads = [threading.Thread(target=_get, args=(site, p), kwargs={"gate": gate}) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts = sorted(seen.started for seen in site.requests)
    ends = sorted(site.answered)
    assert len(starts) == 4 and site.max_in_flight == 1
    # Causal, so exact: the server answered, the client read it, waited, then asked again.
    assert min(start - end for end, start in zip(ends, starts[1:], strict=False)) >= 0.2


def test_the_per_host_limit_is_what_bounds_concurrency(site: Site) -> None:
    # The same load with two slots overlaps: the limit above is the gate's doing.
    site.page_seconds = 0.3
    gate = HostGate(per_host=2, delay=0.0)
    threads = [
        threading.Thread(target=_get, args=(site, "/articles/one.html"), kwargs={"gate": gate})
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert site.max_in_flight == 2
