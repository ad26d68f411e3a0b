"""libls: model and score a school system as a learning system.

The types and functions are implemented in C++ (``libls._core``); this package re-exports
them under their public names.
"""

from __future__ import annotations

from ._errors import Error, ValidationError
from ._core import (
    Issue,
    Moments,
    ReadOptions,
    ResponseScale,
    ScaleOption,
    Severity,
    Summary,
    ValidationReport,
    __version__,
    summarise,
    version,
)

__all__ = [
    "Error",
    "Issue",
    "Moments",
    "ReadOptions",
    "ResponseScale",
    "ScaleOption",
    "Severity",
    "Summary",
    "ValidationError",
    "ValidationReport",
    "__version__",
    "summarise",
    "version",
]
