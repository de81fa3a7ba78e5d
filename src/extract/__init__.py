"""extract: medborgarlöfte reports in, validated and comparable JSON out.

The Python API (see `extract.api`): `extract_file`, `extract_all`, `load_overview`, and
the output model `Report`. Importing the package loads none of the pipeline; each name
is imported when first used.
"""

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("medborgarlofte-extract")  # the distribution's name (the import is `extract`)
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

SCHEMA_VERSION = "1.0"

_API = {"extract_file": "extract.api", "extract_all": "extract.api", "load_overview": "extract.api",
        "Outcome": "extract.api", "Report": "extract.report", "ExtractError": "extract.errors"}


def __getattr__(name: str) -> Any:
    """The API's names, imported on first use so that `import extract` stays light."""
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


__all__ = ["SCHEMA_VERSION", "ExtractError", "Outcome", "Report", "__version__", "extract_all", "extract_file",
           "load_overview"]
