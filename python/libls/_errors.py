"""The exceptions libls raises. Both are ``ValueError`` subclasses."""

from __future__ import annotations

from typing import Any, List


class Error(ValueError):
    """Base of every libls error (the C++ ``ls::error``)."""


class ValidationError(Error):
    """Input was rejected; ``issues`` lists every problem found (C++ ``ls::validation_error``).

    Each issue has ``code`` (stable, e.g. ``"json.type_mismatch"``), ``path`` (a JSON
    pointer such as ``"/options/0/code"``), ``message`` and ``severity``.
    """

    def __init__(self, message: str, issues: List[Any]) -> None:
        super().__init__(message)
        self.issues = list(issues)


# Shown as libls.Error / libls.ValidationError in tracebacks and reprs.
Error.__module__ = ValidationError.__module__ = "libls"
