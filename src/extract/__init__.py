"""extract: medborgarlöfte reports in, validated and comparable JSON out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("extract")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

SCHEMA_VERSION = "1.0"

__all__ = ["SCHEMA_VERSION", "__version__"]
