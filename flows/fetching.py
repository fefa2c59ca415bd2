"""Web sources in the flow: feeds and pages fetched as task runs, then read like files.

Every URL is one ``fetch`` task run. Its retry policy is here, where an operator looks for it:
transient failures (timeouts, dropped connections, 408, 429, 5xx) are retried three times with
exponential backoff (1, 2, 4 s, each jittered by up to 50%); permanent ones (refused host, 404,
too large, not HTML) are not retried and go to quarantine with their reason, as does a transient
one that outlasts the retries. Fetches run on a thread pool of their own (whatever runs the NLP
batches, a Dask cluster included), at most ``fetch_per_host`` at a time to one host with
``fetch_delay`` between them. A feed's validators are kept only when all its entries were dealt
with, so an entry that failed for now is fetched again next run instead of hiding behind a 304.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from flows.settings import Settings
from tasks.documents import FetchState, RawDocument, Rejected
from tasks.ingest import batch as ingest
from tasks.ingest import fetch, web
from tasks.ingest.feeds import FeedEntry, UnusableFeed, canonical_url, parse_feed
from tasks.store import identify

FETCH_THREADS = 4


def _is_transient(task: Any, task_run: Any, state: Any) -> bool:
    # Only what may pass later: a bug or a permanent refusal is not worth a retry.
    try:
        state.result()
    except fetch.TransientFetchError:
        return True
    except Exception:
        return False
    return False


@task(
    name="fetch",
    task_run_name="fetch {url}",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_jitter_factor=0.5,
    retry_condition_fn=_is_transient,
    cache_policy=NO_CACHE,
)
def fetch_url(
    url: str,
    policy: fetch.FetchPolicy,
    accept: frozenset[str],
    validators: fetch.Validators | None,
    gate: fetch.HostGate,
) -> fetch.Fetched | fetch.PermanentFetchError:
    """GET one URL: transient failures raise (and are retried), permanent ones are returned."""
    try:
        return fetch.fetch(url, policy=policy, accept=accept, validators=validators, gate=gate)
    except fetch.PermanentFetchError as exc:
        return exc


load_fetch_states = task(
    name="load fetch state", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE
)(identify.fetch_states)


class _Fetcher:
    """One run's fetching: the thread pool, the per-host gate, what each URL's server said."""

    def __init__(self, cfg: Settings, known: dict[str, FetchState], runner: Any) -> None:
        self.policy, self.known, self.runner = cfg.fetch_policy(), known, runner
        self.gate = fetch.HostGate(per_host=cfg.fetch_per_host, delay=cfg.fetch_delay)
        self.documents: list[RawDocument] = []
        self.rejected: list[Rejected] = []
        self.unchanged: list[str] = []
        self.states: list[FetchState] = []
        self.retry_later: set[str] = set()  # failed for now: keep no state that would hide them

    def submit(self, url: str, accept: frozenset[str]) -> Any:
        validators = web.validators(self.known.get(canonical_url(url)))
        parameters = dict(url=url, policy=self.policy, accept=accept)
        parameters |= dict(validators=validators, gate=self.gate)
        return self.runner.submit(fetch_url, parameters=parameters)

    def outcome(self, url: str, future: Any) -> fetch.Fetched | None:
        """The response, or None with the reason there is none in ``rejected``."""
        try:
            result = future.result()
        except fetch.FetchError as exc:  # transient, and still failing after the retries
            self.retry_later.add(url)
            result = fetch.PermanentFetchError(url, f"{exc.reason} (after retries)")
        except Exception as exc:  # noqa: BLE001 - one bad URL never fails the run
            result = fetch.PermanentFetchError(url, f"internal_error: {type(exc).__name__}: {exc}")
        if isinstance(result, fetch.PermanentFetchError):
            self.rejected.append(web.fetch_rejected(result))
            return None
        return result  # type: ignore[no-any-return]

    def keep_state(self, fetched: fetch.Fetched) -> None:
        previous = self.known.get(canonical_url(fetched.url))
        self.states.append(web.fetch_state(fetched, previous))

    def page(self, fetched: fetch.Fetched, entry: FeedEntry | None) -> None:
        """Read one fetched page, or note that it has not changed since last time."""
        self.keep_state(fetched)
        if fetched.not_modified:
            self.unchanged.append(canonical_url(fetched.url))
            return
        doc = web.page_document(fetched, entry)
        if isinstance(doc, RawDocument):
            self.documents.append(doc)
        else:
            self.rejected.append(doc)

    def feed(self, fetched: fetch.Fetched, seen: set[str]) -> None:
        """Fetch and read the pages of a feed's entries; keep the feed's state if all went."""
        try:
            entries = parse_feed(fetched.body, base_url=fetched.final_url)
        except UnusableFeed as exc:
            self.rejected.append(web.url_rejected(fetched.url, exc.reason))
            return
        fresh = [e for e in entries if e.url not in seen]
        seen.update(e.url for e in fresh)
        for entry, future in [(e, self.submit(e.url, web.PAGE_TYPES)) for e in fresh]:
            page = self.outcome(entry.url, future)
            if page is not None:
                self.page(page, entry)
        if not self.retry_later.intersection(e.url for e in fresh):
            self.keep_state(fetched)


def ingest_urls(urls: Iterable[str], cfg: Settings, skip_raw: set[str]) -> ingest.Ingested:
    """Fetch the URLs (feeds expand to their entries' pages), then clean the pages."""
    urls = list(urls)
    known = load_fetch_states(cfg.data_root, storage_options=cfg.storage_options)
    pool: Any = ThreadPoolTaskRunner(max_workers=FETCH_THREADS)  # not the flow's runner
    with pool as runner:
        fetcher = _Fetcher(cfg, known, runner)
        sources = [(url, fetcher.submit(url, web.SOURCE_TYPES)) for url in urls]
        seen = {canonical_url(url) for url in urls}
        for url, future in sources:
            got = fetcher.outcome(url, future)
            if got is None:
                continue
            if web.is_feed(got):
                fetcher.feed(got, seen)
            elif got.not_modified:
                fetcher.keep_state(got)  # unchanged since last time: nothing to read
            else:
                fetcher.page(got, None)
    get_run_logger().info(
        "%d URLs named: %d pages fetched, %d unchanged, %d refused or failed",
        len(urls),
        len(fetcher.documents),
        len(fetcher.unchanged),
        len(fetcher.rejected),
    )
    out = ingest.ingest_documents(fetcher.documents, fetcher.rejected, skip_raw=skip_raw)
    out.unchanged += fetcher.unchanged
    out.fetched = fetcher.states
    return out
